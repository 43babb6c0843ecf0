"""Words a list writes that real titles leave unsaid: a purpose, the plain sort, what a
kind is by default, a country, a baby product's age. Titles are real (tests/data
real_offers.jsonl and real_offers_g.jsonl); each row protects one way a title says, or
does not need to say, what the list asked."""

from __future__ import annotations

import pytest

from tests.matching.helpers import first_match


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        # Any mince makes cutlets, any mince of the store a meatball.
        ("фарш для котлет", 'Фарш говяжий "Иван Мясоедов", 400 г'),
        ("фарш для тефтелей", "Фарш МАГНИТ СВЕЖЕСТЬ Домашний охлажденный, 400г"),
        # Beside the sort the list named, the purpose is why it is wanted.
        ("соус песто для пасты", "Соус Песто классический, Filippo Berio, 190 г"),
    ],
)
def test_an_unsaid_purpose_is_a_second_choice_not_a_miss(phrase: str, title: str) -> None:
    match = first_match(phrase, title)
    assert match is not None and match.fallback


def test_a_title_saying_the_purpose_is_the_first_choice() -> None:
    match = first_match(
        "сыр для пиццы", "Сыр мягкий Моцарелла для пиццы 45% Маркет Перекрёсток, 250г"
    )
    assert match is not None and not match.fallback


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        # Most purposes name a sort («Моцарелла для пиццы», rice for plov).
        ("сыр для пиццы", "Сыр Тысяча озер утренний 45%, 240 г"),
        ("рис для плова", "Рис ИНДИКА белый длиннозерный, 1кг"),
        ("кетчуп для шашлыка", "Кетчуп СЕМЕЙНЫЕ СЕКРЕТЫ, Соус по-грузински, 350г"),
        # A purpose noun's kind: the purpose is the product.
        ("средство для мытья посуды", "CILLIT BANG Средство АНТИЖИР+СИЯН.750мл"),
        # Only the purpose noun is soft: «девзира» after it is still asked for.
        ("рис для плова девзира", "Рис Адриатика, Националь, 900 г"),
    ],
)
def test_a_purpose_that_names_a_sort_stays_required(phrase: str, title: str) -> None:
    assert first_match(phrase, title) is None


def test_the_plain_sort_word_ranks_and_never_excludes() -> None:
    match = first_match(
        "соус соевый классический", "СТЕБЕЛЬ БАМБУКА Соус соевый 280г п/бут(Имп. Соусов):12"
    )
    assert match is not None and not match.fallback


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # A ready meal of chicken is no chicken.
        (
            "курица",
            "ИЗДЕЛИЕ КУЛИНАРНОЕ ИЗ МЯСА ПТИЦЫ С ГАРНИРОМ БЫСТРОЗАМОРОЖЕННОЕ. ВТОРОЕ ОБЕДЕННОЕ "
            "БЛЮДО.Курица в соусе терияки с рисом, 0,3 кг",
            False,
        ),
        # A sausage that names no smoking is boiled; a salami is dry-cured.
        ("колбаса варёная", "Колбаса Докторская, велком, 500 г", True),
        ("колбаса варёная", "МАЛАХОВСКИЙ Колб.ПРЕСТИЖ.с/к с/в б/с1кг", False),
        ("колбаса сырокопчёная", "Колбаса Черкизово, Сальчичон, 0,35 кг", True),
        ("колбаса сырокопчёная", "Салями ДОМАШНЯЯ полукопченая (Владимирский стандарт)", False),
        # A country's adjective, said by the country's name.
        ("пиво чешское", "HOLBA Serak 11 Пиво светл паст 4,7% 0,5л ж/б (Чехия):24", True),
        ("пиво чешское", "Пиво Жигулевское светлое 4% 0,5 л", False),
        # Baby food by its age or its baby brand.
        ("сок яблочный детский", "Сок Сады Придонья Зеленое яблоко с 4 месяцев 0,125л", True),
        ("сок яблочный детский", "АГУША Сок яблоко осв 200мл т/пак (ЗДМП):18", True),
        ("сок яблочный детский", "Сок Добрый яблочный, 1 л", False),
        # Young cabbage is the early one; stalk celery is petiole celery.
        ("капустка молодая", "Капуста белокочанная ранняя, 1 кг", True),
        ("сельдерей стеблевой", "Сельдерей черешковый, 1шт", True),
        ("фрутоняня мясное пюре", "Пюре Фрутоняня*, цыпленок, с 6-ти месяцев, 80 г", True),
        ("фрутоняня мясное пюре", "Пюре Фрутоняня яблоко, 90 г", False),
    ],
)  # fmt: skip
def test_what_a_title_says_without_the_lists_word(phrase: str, title: str, expected: bool) -> None:
    assert (first_match(phrase, title) is not None) is expected
