"""Lists pasted from notes and chats: an emoji may be the only name of a product, and a
part that is only an amount is said, never dropped."""

from __future__ import annotations

from decimal import Decimal

from korzina.parser import parse_text


def test_an_emoji_with_only_a_count_is_the_product_it_shows() -> None:
    sl = parse_text("🥚 x10\n🍌 6 шт\n🧀 пармезан")
    assert [(i.name, i.quantity) for i in sl.items] == [
        ("яйцо", Decimal(10)),
        ("банан", Decimal(6)),
        ("пармезан", Decimal(1)),
    ]
    assert "«🥚» — понял как «яйца»" in sl.notes
    assert not any("🧀" in n for n in sl.notes)  # «пармезан» is written: decoration


def test_an_emoji_beside_the_word_is_decoration() -> None:
    sl = parse_text("🥛 молоко 2л, ✅ хлеб")
    assert [i.name for i in sl.items] == ["молоко", "хлеб"]
    assert not any("понял как" in n for n in sl.notes)


def test_a_part_that_is_only_an_amount_is_named_as_not_understood() -> None:
    sl = parse_text("молоко, x10\n🦄 x2")
    assert [i.name for i in sl.items] == ["молоко"]
    assert "не понял: «x10»" in sl.notes
    assert "не понял: «x2»" in sl.notes
