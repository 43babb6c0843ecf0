"""Words of a man on a soft diet after dental surgery (blind set ut): the dish a product
goes into, children as recipients in the dative, and ice cream misspelt with «нн»."""

from __future__ import annotations

import pytest

from tests.parser.helpers import only


@pytest.mark.parametrize(
    ("text", "wish"),
    [("майонез махеев в оливье", "в оливье"), ("сливки 10% в суп", "в суп")],
)
def test_the_dish_a_product_goes_into_is_a_wish(text: str, wish: str) -> None:
    item = only(text)
    assert item.attributes == ()
    assert wish in item.preferences


@pytest.mark.parametrize(
    ("text", "attribute"), [("килька в томате", "в томате"), ("тунец в соусе", "в соусе")]
)
def test_what_a_product_is_in_stays_required(text: str, attribute: str) -> None:
    assert only(text).attributes == (attribute,)


def test_children_in_the_dative_are_who_it_is_for_not_part_of_the_sort() -> None:
    item = only("вермишель паутинка детям в суп")
    assert item.attributes == ("паутинка",)
    assert "детям" in item.preferences


def test_for_children_still_names_a_childrens_product() -> None:
    assert only("шампунь для детей").name == "шампунь для детей"


def test_ice_cream_misspelt_with_a_double_n_is_ice_cream_once() -> None:
    item = only("мороженное пломбир в стаканчике")
    assert item.name == "мороженое"
    assert item.attributes == ("пломбир",)
