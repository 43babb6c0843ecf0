"""«пол» is a half before a unit («пол кило») and the floor in a product's name
(«средство для мыть пол», blind set uo): the name keeps it, and the list is read."""

from __future__ import annotations

from decimal import Decimal

from korzina.parser import parse_text


def test_a_floor_cleaner_written_with_a_verb_is_read_not_a_crash() -> None:
    found = parse_text("салфетки бумажный, средство для мыть пол, перчатки резиновый size m")
    assert [i.name for i in found.items] == [
        "бумажные салфетки",
        "средство для мытья полов",
        "резиновая перчатка",
    ]


def test_half_before_a_unit_is_still_an_amount() -> None:
    (cheese,) = parse_text("сыр пол кило").items
    assert (cheese.quantity, cheese.unit) == (Decimal("0.5"), "кг")
