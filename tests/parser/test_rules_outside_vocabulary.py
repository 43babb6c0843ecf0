"""Products outside the vocabulary: a noun phrase is an item when the text is shopping
(a list, an amount, a brand, a goods word), and chat stays at zero items."""

from __future__ import annotations

from decimal import Decimal

import pytest

from korzina.core.matching import match_items
from korzina.parser import parse_text
from tests.matching.helpers import index_of, offer


def names(text: str) -> list[str]:
    return [i.name for i in parse_text(text).items]


def test_unknown_product_next_to_a_known_one_is_an_item_with_a_note() -> None:
    sl = parse_text("блины с мясом, смузи")
    assert [i.name for i in sl.items] == ["блины с мясом", "смузи"]
    assert any("«смузи» — не из словаря" in n for n in sl.notes)
    assert not any("не понял" in n for n in sl.notes)


@pytest.mark.parametrize(
    ("text", "name"),
    [("оладьи", "оладья"), ("хумус", "хумус"), ("тофу", "тофу"), ("маскарпоне", "маскарпоне")],
)
def test_lone_goods_word_is_an_item_named_by_its_lemma(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text", ["машина", "работа", "погода", "кот", "йцукен"])
def test_lone_non_food_word_gives_no_items_and_says_it_was_not_understood(text: str) -> None:
    sl = parse_text(text)
    assert sl.items == ()
    assert sl.notes == (f"не понял: «{text}»",)


@pytest.mark.parametrize("text", ["машина, работа", "- машина\n- работа", "1. машина"])
def test_any_noun_phrase_in_a_list_shaped_text_is_an_item(text: str) -> None:
    assert names(text)[0] == "машина"


@pytest.mark.parametrize(
    "text",
    [
        "привет", "спасибо", "как дела", "помоги", "что купить", "здравствуйте", "ок", "да",
        "нет", "добрый день", "привет, как дела?", "помоги составить список покупок",
        "я хочу машину", "привет, машина", "мама, папа", "погода плохая, машина сломалась",
        "ivan@mail.ru", "/start", "example.com", "hello, test", "1234", "магазин, цена",
    ],
)  # fmt: skip
def test_chat_pronouns_verbs_people_and_addresses_give_no_items(text: str) -> None:
    assert parse_text(text).items == ()


def test_an_amount_makes_an_unknown_noun_an_item_in_the_genitive() -> None:
    (item,) = parse_text("200 г моцареллы").items
    assert (item.name, item.quantity, item.unit) == ("моцарелла", Decimal(200), "г")


def test_a_noun_after_a_preposition_is_not_an_item() -> None:
    assert parse_text("для мамы").items == ()


def test_adjectives_of_an_unknown_head_stay_in_the_name_in_agreement() -> None:
    assert names("острого хумуса 2 банки") == ["острый хумус"]


def test_known_filling_after_an_unknown_head_stays_in_its_name() -> None:
    assert names("смузи с бананом") == ["смузи с бананом"]
    # a head not known as goods is not accepted alone: the known product stands
    assert names("мусс с вишней") == ["вишня"]
    # one known as goods is the item, its filling kept («коктейль»: goods since v13)
    assert names("коктейль с вишней") == ["коктейль с вишней"]


def test_goods_word_is_not_fixed_into_a_known_product_as_a_typo() -> None:
    sl = parse_text("тофу, хлеб")
    assert [i.name for i in sl.items] == ["тофу", "хлеб"]
    assert not any("исправил" in n for n in sl.notes)


def test_marker_of_an_unknown_item_is_a_note_not_an_attribute_the_matcher_requires() -> None:
    (item,) = parse_text("хумус").items
    assert item.attributes == ()
    # every attribute must be in a title: a marker there would make «хумус» match nothing
    hummus = offer("s", "h", "Хумус классический 200 г", "139.99")
    found = match_items(index_of(hummus), [item], ["s"])
    assert [c.product_id for c in found["s"][0]] == ["h"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("тампоны", "тампон"),
        ("лак для волос", "лак для волос"),  # «лак» is also a surname: not a person here
        ("крем для рук", "крем для рук"),
        ("пена для бритья", "пена для бритья"),
        ("зубная нить", "зубная нить"),
        ("гель для бритья", "гель для бритья"),
        ("корица", "корица"),
    ],
)
def test_a_lone_household_or_grocery_word_is_an_item(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text", ["мама", "кот", "для мамы"])
def test_a_lone_person_or_animal_is_still_no_item(text: str) -> None:
    assert names(text) == []


def test_a_word_in_kazakh_or_tatar_letters_is_read_as_its_russian_spelling() -> None:
    # «қатық» is what Russian titles spell «Катык»: its letters folded, it is an item
    # like any unknown product word, not «не понял».
    sl = parse_text("молоко, қатық если есть, хлеб")
    assert [i.name for i in sl.items] == ["молоко", "катык", "хлеб"]
    assert not any("не понял" in n for n in sl.notes)
