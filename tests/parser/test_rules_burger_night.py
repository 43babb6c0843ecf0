"""A couple's burger and sushi nights (blind set uu): what burgers need is a wish for
tomatoes and chicken, a sort for buns, patties and cheese; garlic is bought by the head,
whatever cloves the recipe wants."""

from __future__ import annotations

import pytest

from tests.parser.helpers import only


@pytest.mark.parametrize(
    "text", ["помидоры для бургеров", "куриное филе 1 кг для бургеров", "бекон на бургеры"]
)
def test_burgers_are_a_wish_for_what_no_title_makes_for_them(text: str) -> None:
    item = only(text)
    assert item.attributes == ()
    assert any("бургер" in p for p in item.preferences)


@pytest.mark.parametrize(
    "text", ["булочки для бургеров", "сыр для бургеров", "котлеты для бургеров"]
)
def test_burgers_name_the_sort_of_buns_cheese_and_patties(text: str) -> None:
    assert only(text).attributes == ("для бургеров",)


def test_cloves_of_garlic_are_no_word_the_title_must_have() -> None:
    item = only("чесночок пару зубчиков на соус")
    assert item.name == "чеснок"
    assert item.attributes == ()
