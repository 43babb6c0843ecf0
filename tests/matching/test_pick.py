"""The pick: price tiers by unit price, amounts in packs or kg, card prices."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from korzina.core.matching import MAX_OPTIONS, line_cost, match_items, tier_pick
from korzina.core.models import ListItem, PriceCategory
from korzina.parser import parse_text
from tests.matching.helpers import index_of, item, offer

MILKS = [
    offer("s", "a", "Молоко Красная цена пастеризованное 3.2% 900мл", "72.99"),  # 81.10/л
    offer("s", "b", "Молоко Простоквашино пастеризованное 3.2% 930мл", "99.99"),  # 107.52/л
    offer("s", "c", "Молоко Село Зелёное пастеризованное 3.2% 1л", "89.99"),  # 89.99/л
    offer("s", "d", "Молоко Домик в деревне пастеризованное 3.2% 930мл", "104.99"),  # 112.89/л
    offer("s", "e", "Молоко Б.Ю.Александров пастеризованное 3.2% 1л", "139.99"),
    offer("s", "f", "Молоко Вкуснотеево пастеризованное 3.2% 900г", "94.99"),  # 105.54/кг
]


def pick(list_item: ListItem, *offers: object, card: bool = False) -> str | None:
    idx = index_of(*offers)  # type: ignore[arg-type]
    ranked = match_items(idx, [list_item], ["s"], card=card)["s"][0]
    chosen = tier_pick(ranked)
    return None if chosen is None else chosen.product_id


def test_no_tier_takes_the_lowest_unit_price_not_the_lowest_pack_price() -> None:
    small = offer("s", "small", "Молоко Простоквашино пастеризованное 3.2% 500мл", "59.99")
    assert pick(item("молоко"), small, *MILKS) == "a"


def test_price_tiers_take_the_cheapest_of_their_third() -> None:
    # Sorted by ₽/л: a 81.10, c 89.99, f 105.54, b 107.52, d 112.89, e 139.99.
    assert pick(item("молоко", price_category=PriceCategory.CHEAP), *MILKS) == "a"
    assert pick(item("молоко", price_category=PriceCategory.MEDIUM), *MILKS) == "f"
    assert pick(item("молоко", price_category=PriceCategory.EXPENSIVE), *MILKS) == "d"


def test_weighted_goods_cost_the_amount_times_the_price_per_kg() -> None:
    potatoes = offer("s", "p", "Картофель мытый", "49.99", sold_by="kg", pack=None)
    want = item("картофель", quantity="1.5", unit="кг")
    idx = index_of(potatoes)
    c = match_items(idx, [want], ["s"])["s"][0][0]
    assert line_cost(want, c, card=False) == (Decimal("1.5"), Decimal("74.99"))


def test_an_amount_buys_enough_whole_packs() -> None:
    want = item("молоко", quantity="2", unit="л")
    c = match_items(index_of(MILKS[1]), [want], ["s"])["s"][0][0]
    packs, cost = line_cost(want, c, card=False)
    assert packs == Decimal(3)  # 3 × 930 мл covers 2 л, 2 packs would not
    assert cost == Decimal("299.97")


def test_an_amount_is_bought_by_its_cost_not_by_the_sack() -> None:
    loose = offer("s", "loose", "Картофель мытый", "49.99", sold_by="kg", pack=None)
    sack = offer("s", "sack", "Картофель в сетке 2.5кг", "109.99")  # 44/кг but 2.5 кг
    assert pick(item("картофель", quantity="1.5", unit="кг"), loose, sack) == "loose"
    assert pick(item("картофель", quantity="2.5", unit="кг"), loose, sack) == "sack"


def test_ten_eggs_are_not_bought_as_two_packs_of_six() -> None:
    ten = offer("s", "ten", "Яйцо куриное Окское С0 10шт", "139.99")  # 14/шт
    six = offer("s", "six", "Яйца куриные Синявинские С0 6шт", "79.99")  # 13.33/шт
    want = item("яйцо", quantity=10, unit="шт", egg_class="С0")
    assert pick(want, ten, six) == "ten"
    assert pick(item("яйцо", egg_class="С0"), ten, six) == "six"


def test_card_prices_count_only_with_the_card_flag() -> None:
    plain = offer("s", "plain", "Молоко Село Зелёное пастеризованное 3.2% 1л", "89.99")
    carded = offer(
        "s", "card", "Молоко Простоквашино пастеризованное 3.2% 1л", "99.99", card_price="79.99"
    )
    assert pick(item("молоко"), plain, carded) == "plain"
    assert pick(item("молоко"), plain, carded, card=True) == "card"
    c = match_items(index_of(carded), [item("молоко")], ["s"], card=True)["s"][0][0]
    assert line_cost(item("молоко"), c, card=True)[1] == Decimal("79.99")


def test_the_exact_pack_asked_for_wins_over_a_cheaper_other_pack() -> None:
    from korzina.core.models import PackSize, SizeUnit

    five = offer("s", "five", "Вода Шишкин лес питьевая негазированная 5л", "119.99")
    small = offer("s", "small", "Вода Шишкин лес питьевая негазированная 1.5л", "29.99")
    want = item("вода", pack=PackSize(value=Decimal(5), unit=SizeUnit.L))
    assert pick(want, five, small) == "five"
    assert pick(item("вода"), five, small) == "small"


def test_nothing_valid_means_no_pick() -> None:
    assert pick(item("молоко"), offer("s", "k", "Кефир Простоквашино 3.2% 930мл", "99")) is None


def test_the_tier_pick_is_made_over_all_valid_products_even_beyond_the_kept_options() -> None:
    milks = [
        offer("s", f"m{n:02}", f"Молоко Бренд{n} пастеризованное 3.2% 1л", f"{80 + n}.00")
        for n in range(30)
    ]
    want = item("молоко", price_category=PriceCategory.EXPENSIVE)
    options = match_items(index_of(*milks), [want], ["s"], max_options=5)["s"][0]
    flagged = [c.product_id for c in options if c.tier_pick]
    assert flagged == ["m20"]  # the cheapest of the upper third of 30 products
    assert len(options) == 6


def test_memoized_matches_are_dropped_when_offers_are_added() -> None:
    idx = index_of(MILKS[1])
    assert match_items(idx, [item("молоко")], ["s"])["s"][0][0].product_id == "b"
    idx.add([MILKS[0]])
    assert match_items(idx, [item("молоко")], ["s"])["s"][0][0].product_id == "a"


def test_the_memo_keeps_only_its_cap_of_most_recent_entries() -> None:
    idx = index_of(*MILKS)
    idx.memo.cap = 3
    first = item("молоко")
    match_items(idx, [first], ["s"])
    for n in range(5):  # a new per-minute cutoff every time, as in a bot with no writes
        since = datetime(2026, 9, 1, 0, n, tzinfo=UTC)
        match_items(idx, [first], ["s"], since=since)
    assert len(idx.memo) == 3
    assert (first, "s", False, None, MAX_OPTIONS) not in idx.memo  # the oldest went first


def test_a_dozen_of_eggs_counts_packs_by_the_titles_pieces_when_the_store_weighs_them() -> None:
    # Real Перекрёсток offers (tests/data/real_offers.jsonl): the store's pack is grams.
    six = offer(
        "perekrestok",
        "4202935",
        "Яйца Волжанин куриные пищевые столовые отборной категории, 6шт",
        "74.99",
        pack={"value": "390", "unit": "г"},
    )
    ten = offer(
        "perekrestok",
        "3662512",
        "Яйцо куриное столовое С1 Маркет Перекрёсток, 10шт",
        "89.99",
        pack={"value": "550", "unit": "г"},
    )
    (item,) = parse_text("десяток яиц").items
    ranked = match_items(index_of(six, ten), [item], ["perekrestok"])["perekrestok"][0]
    chosen = tier_pick(ranked)
    # One pack of ten, not ten packs of a 390 g box, and the whole-dozen pack first.
    assert chosen is not None and chosen.product_id == "3662512"
    assert line_cost(item, chosen, card=False) == (Decimal(1), Decimal("89.99"))
    (two,) = parse_text("20 яиц").items
    assert line_cost(two, chosen, card=False) == (Decimal(2), Decimal("179.98"))


@pytest.mark.parametrize(
    ("phrase", "first"),
    [
        # «маленькую баночку»: the smaller pot before the cheaper big one (fresh_elders).
        ("сметана 15% маленькую баночку", "small"),
        # «большая пачка»: the bigger pack before the cheaper small one.
        ("какао несквик большая пачка", "big"),
    ],
)
def test_a_wished_size_ranks_packs_by_size_before_price(phrase: str, first: str) -> None:
    from korzina.parser import parse_text

    (wanted,) = parse_text(phrase).items
    if "сметана" in phrase:
        offers = [
            offer("s", "small", "Сметана Домик в деревне 15%, 300г", "120"),
            offer("s", "big", "Сметана Домик в деревне 15%, 450г", "150"),
        ]
    else:
        offers = [
            offer("s", "small", "NESQUIK Какао-напиток 135г", "90"),
            offer("s", "big", "Какао-напиток Nesquik 500г", "400"),
        ]
    options = match_items(index_of(*offers), [wanted], ["s"])["s"][0]
    assert options[0].product_id == first
