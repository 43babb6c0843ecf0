"""A kind's default qualifier: a title that says neither it nor its contradiction is taken.

Titles are real (tests/data/real_offers.jsonl: Магнит's «Крупа Гречневая Prosto» and
«Кукуруза Бондюэль» say neither «ядрица» nor «консервированная»), the contradicting ones
are constructed in the chains' style.
"""

from __future__ import annotations

import pytest

from korzina.core.matching import match_items
from korzina.core.matching.analyze import analyze_title
from korzina.core.models import ListItem
from korzina.core.text import Lemmatizer
from tests.matching.helpers import index_of, item, offer


def picked(list_item: ListItem, *titles: str) -> str | None:
    idx = index_of(*(offer("s", str(n), t, "99.99") for n, t in enumerate(titles)))
    found = match_items(idx, [list_item], ["s"])["s"][0]
    return found[0].name if found else None


@pytest.mark.parametrize(
    ("asked", "attribute", "title"),
    [
        ("гречка", "ядрица", "Крупа Гречневая Prosto, 500 г"),
        ("кукуруза", "консервированная", "Кукуруза Бондюэль, 340 г"),
        ("горошек", "консервированный", "Горошек зеленый Bonduelle, 400 г"),
        # Real Дикси and Пятёрочка titles: a bird naming no part is whole, a water
        # naming no gas is still.
        ("курица", "целая", "Цыпленок-бройлер охлажденный, 1 кг"),
        ("вода", "негазированная", "Вода Honey kid, Черноголовская, питьевая, 5 л"),
        ("шашлык", "в маринаде", "Шашлык из свиной шейки охлаждённый"),
        # Real Магнит titles: a plain yoghurt or cocoa powder has no sugar added.
        ("йогурт", "без сахара", "Йогурт Lactica Греческий 4% 120г"),
        ("какао", "без сахара", "Какао-порошок РОССИЙСКИЙ, Россия, 100г"),
        ("вода", "без газа", "Вода Honey kid, Черноголовская, питьевая, 5 л"),
        # Real Магнит and Перекрёсток titles: plain tinned beans are in their own juice;
        # tuna or beans «натуральные» are.
        ("фасоль", "в собственном соку", "Фасоль ГЛОБУС, красная, 425мл"),
        ("фасоль", "консервированная", "Фасоль красная натуральная Пр!ст, 360г"),
        ("тунец", "в собственном соку", "Тунец МАГУРО филе натуральное, 170г"),
        ("кетчуп", "томатный", "Кетчуп Heinz, 570г"),
        # Real Перекрёсток title: a soap is a bar unless it says otherwise.
        ("мыло", "кусковое", "Мыло Le Petit Marseillais белый персик и нектарин, 90г"),
        # Real Перекрёсток title: paper napkins are table napkins.
        ("салфетки", "столовые", "Салфетки бумажные киви 2 слоя 33x33см Home Story, 20шт"),
        # Real Магнит title: dried fruit has no sugar added unless it says so.
        ("курага", "без сахара", "Курага СЕМУШКА, 150г"),
        # Real Дикси title: a zefir is white unless it names a berry, pink or a glaze.
        ("зефир", "белый", 'Зефир "Коломенский" Яблочный, 250 г'),
    ],
)
def test_a_title_silent_on_the_default_is_taken(asked: str, attribute: str, title: str) -> None:
    assert picked(item(asked, attributes=(attribute,)), title) == title


@pytest.mark.parametrize(
    ("asked", "attribute", "title"),
    [
        ("гречка", "ядрица", "Крупа гречневая продел Мистраль, 900 г"),
        ("кукуруза", "консервированная", "Кукуруза в початках замороженная, 500 г"),
        ("горошек", "консервированный", "Горошек зеленый замороженный, 400 г"),
        ("курица", "целая", "Бедро цыпленка-бройлера охлажденное, 1 кг"),
        ("курица", "целая", "Курица Том-ям с рисом Перекрёсток Select, 250г"),
        ("вода", "негазированная", "Вода минеральная Ессентуки №17 лечебная, 0,5 л"),
        ("вода", "негазированная", "Вода питьевая газированная, 1,5 л"),
        ("йогурт", "без сахара", "Йогурт греческий Viola Малина-Мята 3% 140г"),
        ("какао", "без сахара", "Какао-напиток Несквик растворимый, 250 г"),
        ("фасоль", "в собственном соку", "Фасоль красная сухая, 450 г"),
        ("тунец", "в собственном соку", "Тунец МАГУРО филе в масле, 170г"),
        # A plain sort's default: contradicted even where the title says it (real
        # Пятёрочка title).
        ("кетчуп", "томатный", "HEINZ Кетчуп томат.с горч.1кат.350г"),
        ("мыло", "кусковое", "Мыло жидкое Synergetic миндальное молочко, 500мл"),
        ("салфетки", "столовые", "Салфетки для лица ЗЕВА, Софт, 2-слойные, 100 шт."),
        ("курага", "без сахара", "Курага в сахарном сиропе, 200г"),
        ("зефир", "белый", "белевский Зефир с ароматом ванили гл.250г"),
    ],
)
def test_a_title_contradicting_the_default_is_not(asked: str, attribute: str, title: str) -> None:
    assert picked(item(asked, attributes=(attribute,)), title) is None


def test_a_title_saying_the_qualifier_ranks_before_one_silent_on_it() -> None:
    silent = "Крупа Гречневая Prosto, 500 г"
    said = "Крупа гречневая ядрица Увелка, 800 г"
    assert picked(item("гречка", attributes=("ядрица",)), silent, said) == said


def test_a_qualifier_with_no_default_is_still_required() -> None:
    # «гауда» is no cheese's default: a plain «Сыр Российский» is not гауда.
    assert picked(item("сыр", attributes=("гауда",)), "Сыр Российский Брест, 200 г") is None


@pytest.mark.parametrize(("form", "lemma"), [("шейка", "шейка"), ("хумус", "хумус")])
def test_a_tie_between_readings_goes_to_the_word_as_written(form: str, lemma: str) -> None:
    # pymorphy3 gives «шейка» as шейк (genitive) and шейка (nominative) equal odds.
    assert Lemmatizer().lemma(form) == lemma


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # Real Магнит titles: a lower-case slash abbreviation ends the upper-case brand.
        ("COLGATE з/щ Зиг Заг 2+1 бесплатно (Колгейт):6/48", "зубная щетка"),
        ("SPLAT JUNIOR З/п д/дет 6-11лет Бабл Гам 73г(Органик Фарм):12", "зубная паста"),
        ("ECLIPSE Ж/р Лесные Ягоды подушечки 13,6г (Ригли):30/600", "жевательная резинка"),
    ],
)
def test_a_slash_abbreviation_after_the_brand_is_the_product(title: str, kind: str) -> None:
    assert analyze_title(title, lemmatizer=Lemmatizer()).kind == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # Real Пятёрочка titles: what follows a preposition is no product, so the Latin
        # brand's upper-case run ended where its Cyrillic product began.
        ("CLOSEUP ОПОЛАСКИВАТЕЛЬ для полости рта ЖАРКАЯ МЯТА 250МЛ", "ополаскиватель для рта"),
        # … and a run followed by a product word stays the brand's.
        ("KNORR ЧАШКА СУПА Харчо с сухариками 14г (Юнилевер Русь) :30", "харчо"),
    ],
)
def test_a_latin_brands_upper_case_run_before_a_preposition(title: str, kind: str) -> None:
    assert analyze_title(title, lemmatizer=Lemmatizer()).kind == kind


@pytest.mark.parametrize(
    ("asked", "attribute", "title"),
    [
        # Real titles; fish fingers are frozen unless a title says otherwise.
        ("рыбные палочки", "замороженные", "Палочки рыбные ВИЧИ, 500г"),
        # a list's «мороженое» after fish is frozen (pymorphy3 reads the noun)
        ("минтай", "мороженое", "Филе минтая, полуфабрикат из замороженного сырья, 1 кг"),
        ("грудинка", "варено-копченая", "Грудинка Останкино копчёно-варёная категории В, 300г"),
        ("креветки", "вареномороженые", "Креветки Polar 70/90 варёно-мороженые, 1кг"),
    ],
)
def test_frozen_and_cooked_smoked_said_other_ways(asked: str, attribute: str, title: str) -> None:
    assert picked(item(asked, attributes=(attribute,)), title) == title


@pytest.mark.parametrize(
    ("asked", "attribute", "title"),
    [
        ("грудинка", "варено-копченая", "Грудинка вареная Мясной двор, 300г"),
        ("креветки", "вареномороженые", "Креветки Ваннамей свежемороженые, 500г"),
        # fresh mint is neither dried mint nor a mint flavour
        ("мята", "", "BIONIQ Мята суш.измельч.35г"),
        ("мята", "", "CLOSEUP ОПОЛАСКИВАТЕЛЬ для полости рта ЖАРКАЯ МЯТА 250МЛ"),
    ],
)
def test_a_process_or_a_mint_flavour_is_not_the_thing(
    asked: str, attribute: str, title: str
) -> None:
    attributes = (attribute,) if attribute else ()
    assert picked(item(asked, attributes=attributes), title) is None


@pytest.mark.parametrize(
    "title",
    [
        # Real titles: a tea sold by weight and not in bags is loose, whether or not it
        # says «листовой».
        "BETA TEA Чай черный Mix Fruit 90г:10",
        "Чай Champion, черный, 100 г",
    ],
)
def test_tea_by_weight_is_loose_leaf(title: str) -> None:
    assert picked(item("черный чай", attributes=("листовой",)), title) == title


@pytest.mark.parametrize(
    "title",
    [
        "Чай черный Первым делом байховый 20пх1,5г 30г",
        "GREENFIELD Чай Спринг Мелоди 25пак 37,5г(Орими Трэйд) :10",
        "Чай черный, Lipton Yellow label, 100х2г",
        "TESS Pina Colada Чай 20 пирамид 36г (НЕП):12",
    ],
)
def test_tea_in_bags_is_not_loose_leaf(title: str) -> None:
    assert picked(item("черный чай", attributes=("листовой",)), title) is None


def test_large_leaf_written_as_two_words() -> None:
    large = "Чай черный БЕТА ТИ, байховый, крупнолистовой, 250г"
    plain = "Чай Champion, черный, 100 г"
    asked = item("черный чай", attributes=("листовой",), preferences=("крупный",))
    assert picked(asked, plain) is None
    assert picked(asked, large, plain) == large


@pytest.mark.parametrize(
    "title",
    [
        # Real Дикси and Перекрёсток titles.
        "Салат Морковь по-корейски, 500 г",
        "Морковь по-корейски Шеф Перекрёсток, 200г",
    ],
)
def test_korean_carrot_is_its_own_kind(title: str) -> None:
    assert analyze_title(title, lemmatizer=Lemmatizer()).kind == "морковь по-корейски"
    assert picked(item("корейская морковь"), title) == title
    # fresh carrots are not it, nor it fresh carrots
    assert picked(item("морковь"), title) is None
    assert picked(item("корейская морковь"), "Морковь мытая, 1 кг") is None


@pytest.mark.parametrize(
    ("asked", "attribute", "title"),
    [
        # Real titles: dry peas are sold split unless a title says whole or green; a
        # cracker is savoury unless it names something sweet.
        ("горох", "колотый", "Горох Увелка, 800 г"),
        ("крекер", "без сахара", "Крекер Tuc Original с солью, 100г"),
    ],
)
def test_split_peas_and_savoury_crackers_by_default(asked: str, attribute: str, title: str) -> None:
    assert picked(item(asked, attributes=(attribute,)), title) == title


@pytest.mark.parametrize(
    ("asked", "attribute", "title"),
    [
        ("горох", "колотый", "Горох Bizim Tarla зелёный, 660г"),
        ("горох", "", "KNORR ЧАШКА СУПА Суп Горох с сухар 21г(Юнилевер Русь):30"),
        ("крекер", "без сахара", "Крекер Скрепыши Азбука зверушек, 150г"),
    ],
)
def test_green_or_soup_peas_and_sweet_crackers_are_not(
    asked: str, attribute: str, title: str
) -> None:
    attributes = (attribute,) if attribute else ()
    assert picked(item(asked, attributes=attributes), title) is None


def test_salo_is_salted_unless_smoked() -> None:
    # Real Дикси and Перекрёсток titles: seasoned salo says nothing of salt.
    salted = item("сало", attributes=("соленое",))
    assert picked(salted, "Шпик бутербродный Мясоедов с чесноком 200г") is not None
    assert picked(salted, "Сало из свиного шпика с черным перцем и чесноком Зелёная Линия, 100г")
    # constructed in the chains' style: a smoked one is not salted salo
    assert picked(salted, "Сало копченое Мясоедов, 200г") is None


def test_raw_almonds_and_foods_for_diabetics() -> None:
    # Real titles: almonds are raw unless roasted; diabetics' biscuits are «на фруктозе».
    raw = item("миндаль", attributes=("сырой",))
    assert picked(raw, "Миндаль, ядра, 150 г") is not None
    assert picked(raw, "Миндаль жареный соленый, 150 г") is None  # constructed
    diabetic = item("печенье", attributes=("для диабетиков",))
    fructose = "Печенье овсяное Хлебный Спас Злаки ассорти на фруктозе 250г"
    assert picked(diabetic, fructose) == fructose
    assert picked(diabetic, "Печенье Юбилейное традиционное, 112 г") is None


@pytest.mark.parametrize(
    ("title", "taken"),
    [
        # Real titles (Перекрёсток, Пятёрочка): a process compound is one process, so its
        # first part is not what a list asks with the word alone.
        ("Сервелат варёно-копчёный Останкино Швейцарский в нарезке, 100г", False),
        ("Колбаса Докторская варёная категории А, 400г", True),
    ],
)
def test_boiled_sausage_is_not_a_cooked_smoked_one(title: str, taken: bool) -> None:
    asked = item("колбаса", attributes=("вареная",))
    assert (picked(asked, title) == title) is taken


# Real titles: Магнит's (tests/data/real_offers_g.jsonl) «варено копченый» with a space,
# «бел п/сух» and «бел сух»; tinned and frozen pink salmon.


def test_a_process_compound_written_with_a_space_is_still_one_process() -> None:
    asked = item("колбаса", attributes=("вареная",))
    assert picked(asked, "Сервелат финский, варено копченый, Папа может,420 г") is None


def test_semi_dry_cut_as_p_slash_is_no_dry_wine() -> None:
    asked = item("вино", attributes=("белое", "сухое"))
    semi = "Вино J.P.CHENET Коломбар Шардоне бел п/сух 0,75л (Франция):6"
    dry = "Вино El Pedal Rioja Виура бел сух 0,75л (Испания):6"
    assert picked(asked, semi) is None
    assert picked(asked, semi, dry) == dry


TINNED = "ГОРБУША, 5 МОРЕЙ, натуральная, 245г"
FROZEN = "Горбуша МАГНИТ филе с кожей мороженая,  500г"


def test_fish_asked_in_a_tin_is_the_tinned_one() -> None:
    assert picked(item("горбуша", preferences=("в банке",)), TINNED, FROZEN) == TINNED
    assert picked(item("горбуша", preferences=("в банке",)), FROZEN) is None
    # Not asked in a tin: the tin is a look-alike of the fish, as before.
    assert picked(item("горбуша"), TINNED, FROZEN) == FROZEN


def test_a_cat_or_dog_said_fondly_is_still_its_food() -> None:
    cat = "Корм для кошек Whiskas, желе, индейка, 85 г"
    dog = "Корм PEDIGREE®, для взрослых собак, говядина, 13кг"
    assert picked(item("корм для кошечки"), dog, cat) == cat
    assert picked(item("корм для собачки"), cat, dog) == dog


@pytest.mark.parametrize(
    ("asked", "attribute", "title"),
    [
        # Real titles (tests/data/real_offers.jsonl, real_offers_g.jsonl) that say a
        # quality another way: «Protein» is protein, Магнит's «пауч» a pouch.
        ("батончик", "протеиновый", "Батончик SmartBar Protein, в темной глазури, 40 г"),
        (
            "корм для кошек",
            "в пакетиках",
            "ДАРЛИНГ Корм д/кош вл в подливе утка 75г пауч (Нестле):26",
        ),
        # A kind that is the quality: bananas are sold ripe, снежок is sweet.
        ("бананы", "желтые", "Бананы спелые"),
        ("снежок", "сладкий", "Снежок ТОРЖОК 2,5%, 500г"),
    ],
)
def test_a_quality_a_title_says_another_way_or_its_kind_has(
    asked: str, attribute: str, title: str
) -> None:
    assert picked(item(asked, attributes=(attribute,)), title) == title


@pytest.mark.parametrize(
    ("asked", "attribute", "title"),
    [
        # Constructed: green bananas say so.
        ("бананы", "желтые", "Бананы зеленые, 1 кг"),
    ],
)
def test_a_title_that_says_the_contrary_quality_is_not_taken(
    asked: str, attribute: str, title: str
) -> None:
    assert picked(item(asked, attributes=(attribute,)), title) is None


def test_tofu_titled_as_a_cheese_is_tofu_not_cheese() -> None:
    # Real Магнит title (tests/data/real_offers_g.jsonl); the cheese is constructed.
    tofu = "Сыр Тофу натуральный Россоя 120г"
    cheese = "Сыр Российский 50%, 200 г"
    idx = index_of(offer("s", "1", tofu, "79.99"), offer("s", "2", cheese, "99.99"))
    (found,) = match_items(idx, [item("тофу")], ["s"])["s"][0]
    assert (found.name, found.fallback) == (tofu, False)  # its kind, not a second choice
    assert picked(item("сыр"), tofu, cheese) == cheese
