"""A list pasted from a family group chat: who writes, before a colon, is no product
(«Лена:» had been read as лён, «Маша:» as маш), while a product before a colon still is."""

from __future__ import annotations

from korzina.parser import parse_text


def test_names_before_a_colon_are_who_writes_not_products() -> None:
    found = parse_text("Лена: йогурт клубничный\nМаша: хлеб бородинский")
    assert [i.name for i in found.items] == ["клубничный йогурт", "хлеб"]
    assert "«Лена:» — заголовок, не товар" in found.notes


def test_a_person_word_or_a_verb_before_one_item_is_a_heading() -> None:
    found = parse_text("папа: пиво\nзабыла: сметана 20%")
    assert [i.name for i in found.items] == ["пиво", "сметана"]
    assert "«папа:» — заголовок, не товар" in found.notes
    assert "«забыла:» — заголовок, не товар" in found.notes


def test_a_product_before_a_colon_is_still_the_item() -> None:
    (milk,) = parse_text("молоко: 2 литра").items
    assert milk.name == "молоко"
