"""Baskets per store, ranking, split plans, alternatives and swaps (pure)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from korzina.core.baskets import Answer, alternatives, assemble, swap
from korzina.core.errors import KorzinaError
from korzina.core.matching import match_items
from korzina.core.models import Intent, ListItem, Offer
from tests.matching.helpers import index_of, item, offer

NOW = datetime(2026, 9, 28, 12, 0, tzinfo=UTC)

OFFERS = [
    offer("a", "a-milk", "Молоко Простоквашино пастеризованное 3.2% 1л", "100.00"),
    offer("a", "a-milk2", "Молоко Домик в деревне пастеризованное 3.2% 1л", "120.00"),
    offer("a", "a-bread", "Хлеб Дарницкий 700г", "60.00"),
    offer("b", "b-milk", "Молоко Село Зелёное пастеризованное 3.2% 1л", "90.00"),
    offer("b", "b-bread", "Хлеб Дарницкий 700г", "70.00"),
    offer("c", "c-milk", "Молоко Простоквашино пастеризованное 3.2% 1л", "50.00"),
    offer("c", "c-kefir", "Кефир Простоквашино 3.2% 1л", "40.00"),
]


def answer_for(items: list[ListItem], **kw: object) -> Answer:
    idx = index_of(*OFFERS)
    options = match_items(idx, items, ["a", "b", "c"])
    return assemble(
        answer_id="t1",
        created_at=NOW,
        intent=kw.pop("intent", Intent.BASKET),  # type: ignore[arg-type]
        items=items,
        options=options,
        statuses=[],
        **kw,  # type: ignore[arg-type]
    )


def test_complete_baskets_rank_before_cheaper_incomplete_ones() -> None:
    ans = answer_for([item("молоко"), item("хлеб")])
    assert [b.store for b in ans.baskets] == ["a", "b", "c"]
    a, b, c = ans.baskets
    assert (a.total, b.total, c.total) == (Decimal("160.00"), Decimal("160.00"), Decimal("50.00"))
    assert a.complete and b.complete and not c.complete
    assert c.missing == (1,)  # no bread in c, and kefir is not milk's stand-in for bread


def test_basket_lines_carry_product_packs_cost_and_when_seen() -> None:
    ans = answer_for([item("молоко", quantity=2)])
    line = ans.basket("a").lines[0]  # type: ignore[union-attr]
    assert (line.product_id, line.packs, line.cost) == ("a-milk", Decimal(2), Decimal("200.00"))
    assert ans.basket("a").observed_from == line.observed_at  # type: ignore[union-attr]


def test_split_buys_each_item_where_it_is_cheapest_and_reports_the_saving() -> None:
    ans = answer_for([item("молоко"), item("хлеб")], max_stores=2)
    assert ans.split is not None
    bought = {sl.line.item: sl.store for sl in ans.split.lines}
    assert bought == {0: "c", 1: "a"}
    assert ans.split.total == Decimal("110.00")
    assert ans.split.saving == Decimal("50.00")  # against a or b at 160


def test_split_pays_for_extra_stores_and_stays_in_one_store_when_cheaper() -> None:
    ans = answer_for([item("молоко"), item("хлеб")], max_stores=2, extra_store_cost=Decimal("60"))
    assert ans.split is not None
    assert ans.split.stores == ("a",) or ans.split.stores == ("b",)
    assert ans.split.saving == Decimal("0.00")


def test_no_split_is_planned_for_a_single_store() -> None:
    assert answer_for([item("молоко")]).split is None


def test_cheapest_intent_ranks_stores_by_their_cheapest_valid_product() -> None:
    ans = answer_for([item("молоко", price_category="expensive")], intent=Intent.CHEAPEST)
    assert ans.baskets[0].store == "c"
    assert ans.baskets[1].store == "b"  # 90 < a's cheapest 100, though a's pick is 120


def test_swap_recomputes_the_basket_and_keeps_the_answer_id() -> None:
    ans = answer_for([item("молоко"), item("хлеб")])
    alts = alternatives(ans, "a", 0)
    assert [c.product_id for c in alts] == ["a-milk2"]
    swapped = swap(ans, "a", 0, "a-milk2")
    assert swapped.id == ans.id
    assert swapped.basket("a").total == Decimal("180.00")  # type: ignore[union-attr]
    assert [c.product_id for c in alternatives(swapped, "a", 0)] == ["a-milk"]
    assert ans.basket("a").total == Decimal("160.00")  # type: ignore[union-attr]


def test_swap_refuses_a_product_that_is_not_valid_for_the_line() -> None:
    ans = answer_for([item("молоко")])
    with pytest.raises(KorzinaError):
        swap(ans, "c", 0, "c-kefir")
    with pytest.raises(KorzinaError):
        swap(ans, "nowhere", 0, "a-milk")


def test_an_answer_survives_a_json_round_trip_with_exact_money() -> None:
    ans = answer_for([item("молоко", quantity="1.5", unit="л"), item("хлеб")], max_stores=2)
    back = Answer.model_validate(ans.model_dump(mode="json"))
    assert back == ans
    swapped = swap(back, "a", 0, "a-milk2")
    assert swapped.basket("a").lines[0].cost == Decimal("240.00")  # type: ignore[union-attr]


def _cheapest(offers: list[Offer], items: list[ListItem]) -> list[str]:
    stores = sorted({o.store for o in offers})
    ans = assemble(
        answer_id="t2",
        created_at=NOW,
        intent=Intent.CHEAPEST,
        items=items,
        options=match_items(index_of(*offers), items, stores),
        statuses=[],
    )
    return [b.store for b in ans.baskets]


def test_cheapest_intent_ranks_a_long_life_fallback_after_stores_with_fresh_milk() -> None:
    offers = [
        offer("d", "uht", "Молоко Домик в деревне ультрапастеризованное 3.2% 950г", "65.99"),
        offer("p", "fresh1", "Молоко Молочный Знак пастеризованное 3.2% 900г", "77.99"),
        offer("m", "fresh2", "Молоко Вкуснотеево пастеризованное 3.2% 900г", "89.99"),
    ]
    assert _cheapest(offers, [item("молоко", fat_pct="3.2")]) == ["p", "m", "d"]


def test_cheapest_intent_compares_like_units_only() -> None:
    # Eggs priced per piece in two stores; the third store's only eggs have no count, so
    # their price is per pack and not comparable, whatever the number.
    offers = [
        offer("a", "e10", "Яйцо куриное С1 10шт", "120.00"),  # 12 ₽/шт
        offer("b", "e6", "Яйцо куриное С1 6шт", "66.00"),  # 11 ₽/шт
        offer("c", "e?", "Яйцо куриное С1", "9.00", pack=None),  # no unit price
    ]
    assert _cheapest(offers, [item("яйца")]) == ["b", "a", "c"]
