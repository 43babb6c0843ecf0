"""Fat written in words and adjectives of degree, as households type them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from korzina.parser import parse_text


@pytest.mark.parametrize(
    ("text", "fat"),
    [
        ("сметана 20 процентов", "20"),
        ("молоко 2,5 процента", "2.5"),
        ("сметана 20 проц.", "20"),
        ("творог 9-процентный", "9"),
        ("кефир 1 процентный", "1"),
    ],
)
def test_a_percent_written_in_words_is_the_fat(text: str, fat: str) -> None:
    (item,) = parse_text(text).items
    assert item.fat_pct == Decimal(fat)
    assert (item.quantity, item.unit) == (Decimal(1), None)  # not «20 шт»
    assert not any("процент" in a for a in item.attributes)


def test_a_percent_word_does_not_leave_the_number_as_a_count() -> None:
    (item,) = parse_text("кефир 1 процентный 2 пачки").items
    assert (item.fat_pct, item.quantity) == (Decimal(1), Decimal(2))


def test_a_superlative_keeps_the_word_the_list_wrote() -> None:
    # pymorphy inflects «высший» to «высочайшая»: the shopper wrote «высший»
    (item,) = parse_text("мука высший сорт").items
    assert item.name == "высшая мука"


def test_a_unit_written_before_its_number_is_still_the_amount() -> None:
    # weighed goods: the amount wanted; others: the pack
    sausage = parse_text("докторской грамм 400")
    (item,) = sausage.items
    assert (item.quantity, item.unit) == (Decimal(400), "г")
    milk = parse_text("молоко литра 2")
    (item,) = milk.items
    assert item.pack is not None and (item.pack.value, item.pack.unit.value) == (Decimal(2), "л")
    assert not sausage.notes and not milk.notes  # nothing left unread


@pytest.mark.parametrize("text", ["докторская", "любительской колбасы", "колбаса пепперони"])
def test_a_sausage_variety_alone_or_beside_it_is_that_sausage(text: str) -> None:
    (item,) = parse_text(text).items
    assert item.name == "колбаса" and len(item.attributes) == 1


@pytest.mark.parametrize(
    ("text", "fat"),
    [("сметана 20", 20), ("масло брест-литовск 82", 82), ("творог 9", 9), ("сливки 33", 33)],
)
def test_a_whole_number_that_is_a_usual_fat_of_the_product_is_its_fat(text: str, fat: int) -> None:
    (item,) = parse_text(text).items
    assert (item.fat_pct, item.quantity) == (Decimal(fat), Decimal(1))


@pytest.mark.parametrize("text", ["сметана 2", "творог 2 пачки", "молоко 20"])
def test_a_whole_number_that_is_no_usual_fat_stays_a_count(text: str) -> None:
    (item,) = parse_text(text).items
    assert item.fat_pct is None and item.quantity > 1
