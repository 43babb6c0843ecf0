"""Heinz's budget line «Pikador» is, to the labelled sets' readers, another brand: a list
asking Heinz ketchup takes Heinz first and Pikador only where a store has nothing else.
Titles are real (tests/data/real_offers_g.jsonl: Дикси's Heinz, Перекрёсток's Pikador); the
store holding both is constructed."""

from __future__ import annotations

from korzina.parser import parse_text
from tests.baskets.helpers import answer_over
from tests.matching.helpers import offer

HEINZ = offer("dixy", "2000033799", 'Кетчуп "Heinz" Томатный, 320 г', "119.90")
PIKADOR = offer("dixy", "4295651", "Кетчуп Heinz Pikador томатный, 300г", "69.99")


async def test_the_brand_itself_before_its_budget_line_though_dearer() -> None:
    (item,) = parse_text("кетчуп хайнц томатный").items
    answer = await answer_over([HEINZ, PIKADOR], item)
    (line,) = answer.basket("dixy").lines  # type: ignore[union-attr]
    assert line.product_id == "2000033799"


async def test_the_budget_line_where_a_store_has_only_it() -> None:
    (item,) = parse_text("кетчуп хайнц томатный").items
    answer = await answer_over([PIKADOR], item)
    (line,) = answer.basket("dixy").lines  # type: ignore[union-attr]
    assert (line.product_id, line.fallback) == ("4295651", True)
