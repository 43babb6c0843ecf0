"""Words of a student writing Russian as a second language and of a neighbour's errand
list (blind sets uo, ur): units with one «м», a bird or animal before its cut, a cut word
of «без кости», fish the vocabulary lacked, and the elders a product is for."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.parser.helpers import only


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [("картошка 2 килограм", "2", "кг"), ("сыр российский 300 грам", "300", "г")],
)
def test_a_unit_written_with_one_m_is_the_unit(text: str, amount: str, unit: str) -> None:
    item = only(text)
    assert (item.quantity, item.unit) == (Decimal(amount), unit)
    assert item.attributes == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("курица бедро", "куриные бедра"),
        ("курица крылышки 1кг", "куриные крылья"),
        ("курица грудка", "куриная грудка"),
        ("свинина грудинка 500г", "свиная грудинка"),
    ],
)
def test_the_animal_before_its_cut_is_one_product(text: str, name: str) -> None:
    assert only(text).name == name


def test_without_the_bone_cut_short_is_still_required() -> None:
    item = only("курица бедро без кост")
    assert item.attributes == ("без кости",)


def test_capelin_for_the_cat_is_read_with_its_wishes() -> None:
    item = only("мойва мороженая кило (дед коту варит)")
    assert item.name == "мороженая мойва"
    assert "дед" in item.preferences


def test_the_elder_a_product_is_for_closes_the_phrase_as_a_wish() -> None:
    item = only("селедочка в масле баночку бабе нине")
    assert item.attributes == ("в масле",)
    assert "бабе" in item.preferences


def test_kissel_said_as_a_briquette_in_the_instrumental_requires_the_briquette() -> None:
    item = only("кисель брикетом 2 шт для бабы нины")
    assert item.attributes == ("в брикете",)
