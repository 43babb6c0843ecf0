"""Sorts a list names in its own words, as readers of real titles took them.

Titles are real (tests/data/real_offers.jsonl and real_offers_g.jsonl: Магнит, Пятёрочка,
Перекрёсток), each with its recorded price; the lists are parsed as a shopper wrote them.
"""

from __future__ import annotations

import pytest

from korzina.core.matching import match_items
from korzina.core.matching.analyze import analyze_title
from korzina.core.text import Lemmatizer
from korzina.parser import parse_text
from tests.matching.helpers import index_of, offer


def picked(text: str, *titles: tuple[str, str]) -> str | None:
    """The product the list's one item takes among ``titles`` (title, price)."""
    idx = index_of(*(offer("s", str(n), t, p) for n, (t, p) in enumerate(titles)))
    (one,) = parse_text(text).items
    found = match_items(idx, [one], ["s"])["s"][0]
    return found[0].name if found else None


BAR = ("Сыр плавленый Карат Дружба 45% 90г", "59.99")
TUB = ("Сыр Hochland, плавленый, сливочный, 55 %, 400 г", "189.99")
SLICES = ("VALIO Сыр СЛИВОЧНЫЙ плав.45% ломт.140г", "49.99")


@pytest.mark.parametrize("text", ["сырки плавленые", "плавленый сырок", "сырочки плавленые"])
def test_a_processed_cheese_bar_is_the_small_pack_not_a_tub_or_slices(text: str) -> None:
    assert picked(text, TUB, SLICES, BAR) == BAR[0]
    assert picked(text, TUB, SLICES) is None


def test_processed_cheese_alone_takes_any_pack() -> None:
    assert picked("плавленый сыр", TUB, SLICES, BAR) == SLICES[0]


NESQUIK = ("NESQUIK Завтрак ДУО готовый Мол.Шок.250г", "79.99")
FLAKES = ("NEST.Хлопья GOLD кукур.мед/арахис300г", "99.99")
CORN_BREAKFAST = ("Завтраки Любятово, кукурузные, 300 г", "49.99")


def test_flakes_take_a_ready_breakfast_where_the_store_has_no_flakes_of_it() -> None:
    assert picked("хлопья несквик", NESQUIK, FLAKES) == NESQUIK[0]


def test_flakes_titled_flakes_come_before_a_cheaper_ready_breakfast() -> None:
    assert picked("хлопья кукурузные", CORN_BREAKFAST, FLAKES) == FLAKES[0]
    assert picked("хлопья кукурузные", CORN_BREAKFAST) == CORN_BREAKFAST[0]


CANE = ('Сахар тростниковый нерафинированный "Демерара" 500г', "89.99")
WHITE = ("Сахар-песок ЧАЙКОФСКИЙ, Рафинированный, ГОСТ, 900г", "79.99")


def test_plain_sugar_is_not_cane_sugar_which_a_list_names() -> None:
    assert picked("сахарок", CANE) is None
    assert picked("сахар", CANE, WHITE) == WHITE[0]
    assert picked("сахар тростниковый", CANE, WHITE) == CANE[0]


SEMI_SWEET = ("Вино Луиза Чао, Каберне, красное, полусладкое, 3 л", "399.99")
DRY = ("Вино Вранац, красное, сухое, 1 л", "269.99")


@pytest.mark.parametrize("text", ["вино красное не сладкое", "винишко красное несладкое"])
def test_a_wine_not_sweet_is_a_dry_one(text: str) -> None:
    assert picked(text, SEMI_SWEET, DRY) == DRY[0]
    assert picked(text, SEMI_SWEET) is None


@pytest.mark.parametrize(
    "title",
    [
        "Гель Rexona Men Дикий лайм 3 в 1 для душа и шампунь, 490мл",
        "Гель Rexona Men 2в1 для душа, 490мл",
    ],
)
def test_several_uses_before_the_purpose_still_name_it(title: str) -> None:
    assert analyze_title(title, lemmatizer=Lemmatizer()).kind == "гель для душа"


ULTRA_CUT = ("САРАФ.Молоко ул/паст.2,5% 970мл", "49.99")
PASTEURISED = ("Молоко Молочный Знак питьевое пастеризованное 2.5%, 900мл", "59.99")


def test_pasteurised_milk_is_not_the_ultra_pasteurised_a_chain_writes_ul_past() -> None:
    assert picked("молоко пастеризованное 2.5%", ULTRA_CUT, PASTEURISED) == PASTEURISED[0]
    assert picked("молоко пастеризованное 2.5%", ULTRA_CUT) is None
    assert picked("молоко ультрапастеризованное 2.5%", ULTRA_CUT, PASTEURISED) == ULTRA_CUT[0]


BEANS_800 = ("Кофе натуральный жареный в зернах 800 г", "499.99")
BEANS_1KG = ("Кофе Ambassador Nero, зерновой, натуральный, 1 кг", "479.99")


def test_a_coffee_size_is_the_pack_not_an_amount_of_smaller_packs() -> None:
    (item,) = parse_text("зерновой кофе 1кг подешевле").items
    assert item.pack is not None and item.unit is None
    assert picked("кофе в зернах 1 кг", BEANS_800, BEANS_1KG) == BEANS_1KG[0]


CHILI_KILKA = (
    "Консервы рыбные. Килька балтийская неразделанная обжаренная с чили в томатном соусе, 240г",
    "49.99",
)
PLAIN_KILKA = ("Килька черноморская, в томатном соусе, Вкусные консервы, 240 г", "59.99")


def test_a_hot_version_is_a_second_choice_unless_the_list_asks_for_it_hot() -> None:
    assert picked("кильку в томате 2 банки", CHILI_KILKA, PLAIN_KILKA) == PLAIN_KILKA[0]
    assert picked("кильку в томате 2 банки", CHILI_KILKA) == CHILI_KILKA[0]
    hot = ("HEINZ Кетчуп ОСТРЫЙ дой-пак 350г", "99.99")
    plain = ("МАХЕЕВЪ Кетчуп ТОМАТНЫЙ д/п с доз.700г", "129.99")
    assert picked("кетчуп к сосискам", hot, plain) == plain[0]
    assert picked("кетчуп острый", hot, plain) == hot[0]


LIQUID_KISSEL = ("Кисель Фруто Няня, малина, 200 мл", "26.99")
DRY_KISSEL = ("Кисель Русский продукт клюквенный, 220 г", "39.99")


@pytest.mark.parametrize("text", ["кисель в брикете", "киселя в брикетах пару штук"])
def test_kissel_in_a_briquette_is_the_dry_block_not_the_drink(text: str) -> None:
    assert picked(text, LIQUID_KISSEL, DRY_KISSEL) == DRY_KISSEL[0]
    assert picked(text, LIQUID_KISSEL) is None
    assert picked("кисель", LIQUID_KISSEL) == LIQUID_KISSEL[0]


CRANBERRY = ("Клюква дикорастущая Зелёная Линия, 250г", "289.99")
CRANBERRY_DRAGEE = ('Шарлиз Драже Клюква в шоколадной глазури "Шарлиз" 170 г', "99.99")
SUGARED_CRANBERRY = ("Клюква в сахарной пудре Зелёная Линия, 100г", "129.99")
CRANBERRY_LIQUEUR = ("Настойка слад СОРМОВСКАЯ Клюква на коньяк 19% 0,5л(Сордис):6", "399.99")


def test_cranberries_are_the_berry_not_sweets_or_a_liqueur_named_after_it() -> None:
    others = (CRANBERRY_DRAGEE, SUGARED_CRANBERRY, CRANBERRY_LIQUEUR)
    assert picked("клюква", *others, CRANBERRY) == CRANBERRY[0]
    assert picked("клюква", *others) is None
    assert picked("клюква в сахарной пудре", *others) == SUGARED_CRANBERRY[0]


HAKE = ("Хек серебристый потрошеный без головы мороженый, 1кг", "299.99")
BREADED_HAKE = ('Хек "Vici" в панировке замороженный, 300 г', "199.99")


def test_plain_hake_is_the_fish_not_breaded_hake() -> None:
    assert picked("хек", BREADED_HAKE, HAKE) == HAKE[0]
    assert picked("хек", BREADED_HAKE) is None
    assert picked("хек в панировке", BREADED_HAKE, HAKE) == BREADED_HAKE[0]
