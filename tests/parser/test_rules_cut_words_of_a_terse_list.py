"""A father's terse list (blind set ul): product nouns cut with a dot where an item
begins, cut adjectives before a Latin brand, a product word cut without a dot, a dot
between a cut word and its weight, and the boys a product is for."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parser.helpers import items, only


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("мол. 3.2 2шт\nхлеб", "молоко"),
        ("колб. докторская, хлеб", "колбаса"),
        ("кетч. heinz, хлеб", "кетчуп"),
        ("сах. 1кг, хлеб", "сахар"),
    ],
)
def test_a_product_noun_cut_with_a_dot_starts_one_item(text: str, name: str) -> None:
    found = items(text)
    assert [i.name for i in found] == [name, "хлеб"]


def test_milk_cut_to_mol_keeps_its_fat() -> None:
    (milk, _) = items("мол. 2.5 подешевле, хлеб")
    assert milk.fat_pct == Decimal("2.5")


def test_a_cut_adjective_before_a_latin_brand_stays_in_its_item() -> None:
    (coffee, _) = items("кофе раств. nescafe gold, хлеб")
    assert coffee.name == "кофе"
    assert coffee.brand == "Nescafe"
    assert set(coffee.attributes) == {"растворимый", "gold"}


def test_a_product_word_cut_short_is_the_product_with_its_weight() -> None:
    (potatoes, _) = items("картоф. 5кг подешевле, хлеб")
    assert potatoes.name == "картофель"
    assert (potatoes.quantity, potatoes.unit) == (Decimal("5"), "кг")


def test_a_dot_before_a_count_still_parts_two_items() -> None:
    assert [i.name for i in items("хлеб. молоко. 2 пачки масла")] == ["хлеб", "молоко", "масло"]


def test_a_cut_variety_is_written_out() -> None:
    (buckwheat,) = items("гречка ядр. 2п")
    assert buckwheat.attributes == ("ядрица",)


def test_the_boys_a_shampoo_is_for_are_a_wish() -> None:
    (shampoo,) = items("шампунь clear men для пацанов")
    assert shampoo.name == "шампунь"
    assert shampoo.preferences == ("для пацанов",)


def test_actimel_written_in_cyrillic_is_the_brand() -> None:
    (drink, _) = items("актимель, хлеб")
    assert drink.brand == "Actimel"


def test_a_cut_adjective_before_a_number_keeps_the_number_and_the_rest_in_its_item() -> None:
    # «слив.» then «82.5»: the dot ends the cut word, not the item; the fat and the
    # purpose after it were «не понял» before.
    item = only("масло слив. 82.5 для слоеного теста")
    assert (item.name, item.fat_pct) == ("сливочное масло", Decimal("82.5"))
    assert item.preferences == ("для слоеного теста",)
