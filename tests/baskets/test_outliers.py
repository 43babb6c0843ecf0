"""The outlier guard in baskets: a price 3× off the product's own median is never picked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from korzina.core.baskets.service import BasketOptions, BasketService
from korzina.core.fanout import FanOut
from korzina.core.models import ShoppingList
from korzina.core.settings import FanOutSettings
from korzina.core.storage import Storage, open_memory_storage
from tests.fakes import fake_store_class
from tests.matching.helpers import item, offer

NOW = datetime(2026, 9, 28, 12, 0, tzinfo=UTC)
GLITCH = "Молоко Простоквашино 3.2% 930мл"
NORMAL = "Молоко Домик в деревне 3.2% 930мл"
MILK = ShoppingList(items=(item("молоко"),))

Alpha = fake_store_class("alpha")


def _history(storage: Storage, prices: list[str], *, last: datetime = NOW) -> None:
    """Observations of one product a day apart, the last one (its current price) at ``last``."""
    start = last - timedelta(days=len(prices) - 1)
    for n, price in enumerate(prices):
        seen = start + timedelta(days=n)
        storage.offers.save_offers([offer("alpha", "glitch", GLITCH, price, observed_at=seen)])


async def test_an_absurd_current_price_is_not_picked_and_a_normal_alternative_is() -> None:
    storage = open_memory_storage()
    # 89.99, 95.49, 92.99 and now 9.20 (a lost digit): under a third of the median.
    _history(storage, ["89.99", "95.49", "92.99", "9.20"])
    storage.offers.save_offers([offer("alpha", "normal", NORMAL, "119.99", observed_at=NOW)])
    service = BasketService(storage, known_stores=["alpha"], clock=lambda: NOW)
    answer = await service.answer(MILK, BasketOptions(offline=True))
    basket = answer.basket("alpha")
    assert basket is not None and basket.complete
    assert [line.product_id for line in basket.lines] == ["normal"]
    assert [c.product_id for c in answer.options["alpha"][0]] == ["normal"]


async def test_a_cheap_price_without_enough_history_is_kept() -> None:
    storage = open_memory_storage()
    # Two observations are no reference (nothing is flagged under three): still the pick.
    _history(storage, ["89.99", "9.20"])
    storage.offers.save_offers([offer("alpha", "normal", NORMAL, "119.99", observed_at=NOW)])
    service = BasketService(storage, known_stores=["alpha"], clock=lambda: NOW)
    answer = await service.answer(MILK, BasketOptions(offline=True))
    assert [line.product_id for line in answer.basket("alpha").lines] == ["glitch"]  # type: ignore[union-attr]


async def test_an_absurd_price_from_a_live_search_is_not_picked() -> None:
    storage = open_memory_storage()
    # A normal history, last seen two days ago, so the item is searched live.
    _history(storage, ["89.99", "95.49", "92.99"], last=NOW - timedelta(days=2))
    live = [
        offer("alpha", "glitch", GLITCH, "929.90", observed_at=NOW),  # a misplaced point
        offer("alpha", "normal", NORMAL, "119.99", observed_at=NOW),
    ]
    alpha = Alpha(offers=live)
    service = BasketService(
        storage,
        fanout=FanOut(FanOutSettings(timeout_s=2, retries=0, backoff_s=0)),
        adapters=[alpha],
        clock=lambda: NOW,
    )
    answer = await service.answer(ShoppingList(items=(item("молоко", price_category="expensive"),)))
    assert alpha.calls == 1
    assert [line.product_id for line in answer.basket("alpha").lines] == ["normal"]  # type: ignore[union-attr]
    assert [c.product_id for c in answer.options["alpha"][0]] == ["normal"]
