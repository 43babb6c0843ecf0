"""A chat's corrections of the list («не лучше 2 пачки», «колбасу не надо», «и мне») are
not applied by the rules, and are said in the notes, never dropped without a word."""

from __future__ import annotations

import pytest

from korzina.parser import parse_text
from korzina.parser.rules import CORRECTION_NOTE


@pytest.mark.parametrize(
    ("text", "correction"),
    [
        ("кофе lavazza в зернах\nпапа: не лучше молотый", "не лучше молотый"),
        ("картохи 2 кг, колбасу не надо", "колбасу не надо"),
        ("печенье к чайку\nтёма: и мне", "и мне"),
    ],
)
def test_a_correction_is_said_not_dropped(text: str, correction: str) -> None:
    found = parse_text(text)
    assert f"«{correction}» — {CORRECTION_NOTE}" in found.notes


def test_a_polite_word_is_no_correction() -> None:
    assert not any(CORRECTION_NOTE in n for n in parse_text("молоко, спасибо").notes)
