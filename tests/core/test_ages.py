"""The child's age in months as lists and real titles write it (``core.ages``)."""

from __future__ import annotations

import pytest

from korzina.core.ages import is_age, list_age, title_age


@pytest.mark.parametrize(
    ("wish", "months"),
    [
        ("с 6 месяцев", 6),
        ("с 6 мес", 6),
        ("до 3 лет", 36),
        ("от 1 до 3 лет", 36),
        ("1-3 года", 36),
        ("с 1,5 лет", 18),
        ("с рождения", 0),
        ("от года", 12),
        ("с полугода", 6),
        ("6+ мес", 6),
        ("6+", None),  # months of baby food or years of toothpaste: unsaid
    ],
)
def test_a_lists_phrase_gives_the_oldest_age_it_allows(wish: str, months: int | None) -> None:
    assert list_age(wish) == months
    assert is_age(wish)


def test_words_that_are_no_age_are_none() -> None:
    assert (list_age("детям"), is_age("детям"), is_age("коньяк 5 лет")) == (None, False, False)


@pytest.mark.parametrize(
    ("title", "months"),
    [
        # real titles (tests/data/real_offers*.jsonl)
        ("GERB.Пюре БРОК.ов.осн.д/д с 4мес.80г", 4),
        ("GER.Пюре ЦВ.КАП.на ов.осн.д/д 4мес 80г", 4),
        ("Пюре Фрутоняня*, цыпленок, с 6-ти месяцев, 80 г", 6),
        ("Батончик Gerber Фруктово-злаковый виноград и яблоко с 12 месяцев, 25г", 12),
        (
            "БЗМЖ Творог «Мама Лама» с персиком и грушей. Продукт предназначен "
            "д/дет.дошк/школ.возр.(стар.3-х лет). 3,8 % 100г",
            36,
        ),
        ("Паста зубная SYNERGETIC® Детская Клубничка и банан 3-6л Микс, 50мл", 36),
        ("Мясное пюре Агуша, цыпленок-говядина, 7,7%, 80 г", None),
        ("Виски Bells Original, купаж, 3 года, 40 %, 0,7 л", None),
    ],
)
def test_a_title_gives_the_youngest_age_its_product_is_for(title: str, months: int | None) -> None:
    assert title_age(title) == months
