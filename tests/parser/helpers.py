"""Helpers shared by the parser's rule tests."""

from __future__ import annotations

from korzina.core.models import ListItem
from korzina.parser import parse_text


def only(text: str) -> ListItem:
    """The one item ``text`` parses into (fails, naming what it got, otherwise)."""
    items = parse_text(text).items
    assert len(items) == 1, [(i.name, i.attributes) for i in items]
    return items[0]


def items(text: str) -> list[ListItem]:
    """The items ``text`` parses into."""
    return list(parse_text(text).items)
