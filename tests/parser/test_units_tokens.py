"""Size, fat and egg-class tokens of a list are read by korzina.core.units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from korzina.core.models import ListItem, SizeUnit
from korzina.parser import parse_text


def _one(text: str) -> ListItem:
    (item,) = parse_text(text).items
    return item


@pytest.mark.parametrize(
    ("text", "fat"),
    [("сметана 10%", "10"), ("сливки 20 %", "20"), ("молоко 3,2%", "3.2"), ("кефир 2.50%", "2.5")],
)
def test_fat_percent(text: str, fat: str) -> None:
    item = _one(text)
    assert item.fat_pct == Decimal(fat)
    assert str(item.fat_pct) == fat  # written as a person would: «10», not «1E+1»


def test_percent_over_100_is_not_fat() -> None:
    assert _one("молоко 150%").fat_pct is None


@pytest.mark.parametrize(
    ("text", "egg"),
    [
        ("яйца с0", "С0"),
        ("яйца c1", "С1"),  # Latin c
        ("яйца со", "СО"),
        ("яйца св", "СВ"),
        ("яйца д1", "Д1"),
        ("яйца с-0", "С0"),  # written as titles never do: kept by the parser
        ("яйца д3", "Д3"),
    ],
)
def test_egg_class(text: str, egg: str) -> None:
    assert _one(text).egg_class == egg


@pytest.mark.parametrize(
    ("text", "value", "unit", "count"),
    [
        ("вода 6x0,5л", "0.5", SizeUnit.L, 6),
        ("йогурт 2 х 125 г", "125", SizeUnit.G, 2),
        ("сок 3×1.5кг", "1.5", SizeUnit.KG, 3),
    ],
)
def test_multipack(text: str, value: str, unit: SizeUnit, count: int) -> None:
    pack = _one(text).pack
    assert pack is not None
    assert (pack.value, pack.unit, pack.count) == (Decimal(value), unit, count)
