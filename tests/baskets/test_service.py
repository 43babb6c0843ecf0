"""The basket service: database first, live search for what is missing, answers by id."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from korzina.core.baskets.service import (
    ANSWERS_NAMESPACE,
    NOT_SAVED,
    BasketOptions,
    BasketService,
)
from korzina.core.errors import StorageError, StoreBlocked
from korzina.core.fanout import FanOut
from korzina.core.models import ListItem, ShoppingList, Status, StoreResult
from korzina.core.settings import FanOutSettings
from korzina.core.storage import open_memory_storage, open_storage
from korzina.core.storage.base import OfferRepository
from korzina.data import demo_offers, demo_stores
from korzina.parser import parse_text
from tests.fakes import fake_store_class
from tests.matching.helpers import item, offer

NOW = datetime(2026, 9, 28, 12, 0, tzinfo=UTC)
FRESH = NOW - timedelta(hours=1)
STALE = NOW - timedelta(days=3)

Alpha = fake_store_class("alpha")
Beta = fake_store_class("beta")
FANOUT = FanOutSettings(timeout_s=2, retries=0, backoff_s=0)


def shopping(*items: ListItem) -> ShoppingList:
    return ShoppingList(items=items)


def service(storage: object, *adapters: object) -> BasketService:
    return BasketService(
        storage,  # type: ignore[arg-type]
        fanout=FanOut(FANOUT),
        adapters=adapters,  # type: ignore[arg-type]
        clock=lambda: NOW,
    )


async def test_fresh_offers_in_the_database_answer_without_asking_the_store() -> None:
    storage = open_memory_storage()
    storage.offers.save_offers(
        [offer("alpha", "1", "Молоко Простоквашино 3.2% 930мл", "99.99", observed_at=FRESH)]
    )
    alpha = Alpha(offers=[])
    answer = await service(storage, alpha).answer(shopping(item("молоко")))
    assert alpha.calls == 0
    assert answer.baskets[0].lines[0].product_id == "1"
    assert answer.statuses[0].status is Status.OK


async def test_an_item_without_fresh_offers_is_searched_live_and_saved() -> None:
    storage = open_memory_storage()
    storage.offers.save_offers(
        [offer("alpha", "old", "Молоко Домик в деревне 3.2% 930мл", "80.00", observed_at=STALE)]
    )
    live = offer("alpha", "new", "Молоко Простоквашино 3.2% 930мл", "99.99", observed_at=NOW)
    alpha = Alpha(offers=[live, offer("alpha", "k", "Кефир 3.2% 930мл", "70", observed_at=NOW)])
    seen: list[StoreResult] = []
    answer = await service(storage, alpha).answer(
        shopping(item("молоко", fat_pct="3.2")), on_store_result=seen.append
    )
    assert alpha.queries[0][0] == "молоко 3.2%"
    assert [r.status.store for r in seen] == ["alpha"]
    # The stale offer is not used once the store has answered.
    assert [line.product_id for line in answer.baskets[0].lines] == ["new"]
    assert {o.product_id for o in storage.offers.latest_offers(stores=["alpha"])} >= {"new", "k"}


async def test_a_blocked_store_keeps_its_stored_prices_and_says_so() -> None:
    storage = open_memory_storage()
    storage.offers.save_offers(
        [offer("beta", "b1", "Хлеб Дарницкий 700г", "55.00", observed_at=STALE)]
    )
    alpha = Alpha(offers=[offer("alpha", "a1", "Хлеб Дарницкий 700г", "60.00", observed_at=NOW)])
    beta = Beta(error=StoreBlocked("beta", "HTTP 403"))
    answer = await service(storage, alpha, beta).answer(shopping(item("хлеб")))
    status = {s.store: s for s in answer.statuses}
    assert status["beta"].status is Status.BLOCKED
    assert "сохранённые" in (status["beta"].message or "")
    assert answer.basket("beta").lines[0].product_id == "b1"  # type: ignore[union-attr]
    assert status["alpha"].status is Status.OK


async def test_offline_answers_from_the_database_only_and_names_stores_without_data() -> None:
    storage = open_memory_storage()
    storage.offers.save_offers(
        [offer("alpha", "1", "Хлеб Дарницкий 700г", "60", observed_at=STALE)]
    )
    alpha = Alpha(offers=[])
    svc = BasketService(
        storage, adapters=[alpha], known_stores=["alpha", "beta"], clock=lambda: NOW
    )
    answer = await svc.answer(shopping(item("хлеб")), BasketOptions(offline=True))
    assert alpha.calls == 0
    status = {s.store: s for s in answer.statuses}
    assert status["alpha"].status is Status.OK
    assert status["beta"].status is Status.ERROR and status["beta"].message
    assert answer.basket("beta").missing == (0,)  # type: ignore[union-attr]


async def test_answers_are_kept_by_id_and_swaps_survive_a_new_service() -> None:
    storage = open_memory_storage()
    storage.offers.save_offers(
        [
            offer("alpha", "m1", "Молоко Простоквашино 3.2% 1л", "90.00", observed_at=FRESH),
            offer("alpha", "m2", "Молоко Домик в деревне 3.2% 1л", "110.00", observed_at=FRESH),
        ]
    )
    first = service(storage)
    answer = await first.answer(shopping(item("молоко")), BasketOptions(offline=True))
    restarted = BasketService(storage, clock=lambda: NOW)  # e.g. the bot after a restart
    loaded = restarted.load(answer.id)
    assert loaded == answer
    assert [c.product_id for c in restarted.alternatives(loaded, "alpha", 0)] == ["m2"]
    swapped = restarted.swap(answer.id, "alpha", 0, "m2")
    assert swapped is not None and swapped.baskets[0].total == Decimal("110.00")
    assert restarted.load(answer.id) == swapped
    assert restarted.load("no-such-id") is None
    assert restarted.swap("no-such-id", "alpha", 0, "m2") is None


async def test_the_index_is_new_after_a_write_and_holds_only_the_kinds_asked() -> None:
    storage = open_memory_storage()
    storage.offers.save_offers(
        [
            offer("alpha", "1", "Хлеб Дарницкий 700г", "60", observed_at=FRESH),
            offer("alpha", "3", "Молоко Простоквашино 3.2% 930мл", "90", observed_at=FRESH),
        ]
    )
    svc = BasketService(storage, clock=lambda: NOW)
    first = svc.index()
    assert svc.index() is first
    storage.offers.save_offers(
        [offer("alpha", "2", "Батон Нарезной 400г", "45", observed_at=FRESH)]
    )
    second = svc.index()
    assert second is not first and len(second) == 0
    await svc.answer(parse_text("хлеб"), BasketOptions(offline=True, save=False))
    # Both breads (a батон is a хлеб), read with their stored analysis; not the milk.
    assert svc.index() is second and len(second) == 2


class _LockedOffers:
    """The offers repository while a crawler holds the database: every write refused."""

    def __init__(self, inner: OfferRepository) -> None:
        self._inner = inner
        self.writes = 0

    def save_offers(self, offers: object) -> None:
        self.writes += 1
        raise StorageError("Could not set lock on file", user_message="База занята.")

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)


class _LockedStorage:
    """The storage with its offers repository locked; everything else goes through."""

    def __init__(self) -> None:
        self._inner = open_memory_storage()
        self.offers = _LockedOffers(self._inner.offers)

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)


async def test_a_refused_write_during_a_live_search_still_answers_with_the_fresh_offers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    storage = _LockedStorage()
    live = offer("alpha", "new", "Молоко Простоквашино 3.2% 930мл", "99.99", observed_at=NOW)
    alpha = Alpha(offers=[live])
    with caplog.at_level(logging.WARNING):
        answer = await service(storage, alpha).answer(shopping(item("молоко")))
    assert storage.offers.writes == 1
    assert [line.product_id for line in answer.baskets[0].lines] == ["new"]
    status = answer.statuses[0]
    assert status.status is Status.OK and NOT_SAVED in (status.message or "")
    assert answer.notes == (NOT_SAVED,)
    assert "not saved" in caplog.text


async def test_answers_older_than_the_kept_days_are_pruned_on_save_and_not_loaded() -> None:
    storage = open_memory_storage()
    storage.offers.save_offers(
        [offer("alpha", "m1", "Молоко Простоквашино 3.2% 1л", "90.00", observed_at=FRESH)]
    )
    now = [NOW]
    svc = BasketService(storage, clock=lambda: now[0], keep_answers_days=7)
    offline = BasketOptions(offline=True)
    old = await svc.answer(shopping(item("молоко")), offline)
    now[0] = NOW + timedelta(days=6)
    recent = await svc.answer(shopping(item("молоко")), offline)
    now[0] = NOW + timedelta(days=7, hours=2)
    assert svc.load(old.id) is None  # expired, whether pruned yet or not
    newest = await svc.answer(shopping(item("молоко")), offline)  # this save prunes
    assert storage.kv.get(ANSWERS_NAMESPACE, old.id) is None
    assert svc.load(recent.id) == recent and svc.load(newest.id) == newest
    # A restarted service goes on from where pruning stopped.
    now[0] = NOW + timedelta(days=13, hours=2)
    await BasketService(storage, clock=lambda: now[0]).answer(shopping(item("хлеб")), offline)
    assert storage.kv.get(ANSWERS_NAMESPACE, recent.id) is None
    assert storage.kv.get(ANSWERS_NAMESPACE, newest.id) is not None


async def test_an_answer_is_saved_only_when_asked() -> None:
    storage = open_memory_storage()
    svc = BasketService(storage, known_stores=["alpha"], clock=lambda: NOW)
    answer = await svc.answer(shopping(item("хлеб")), BasketOptions(offline=True, save=False))
    assert svc.load(answer.id) is None


async def test_the_saved_answer_is_compact_and_redoes_the_answer_after_a_restart() -> None:
    storage = open_memory_storage()
    storage.offers.save_offers(demo_offers())
    svc = BasketService(storage, known_stores=demo_stores(), clock=lambda: NOW)
    text = "молоко 3.2%, хлеб, яйца С0 десяток, масло сливочное, сыр, 1,5 кг картошки, кефир"
    answer = await svc.answer(parse_text(text), BasketOptions(offline=True, max_stores=2))
    raw = storage.kv.get(ANSWERS_NAMESPACE, answer.id)
    full = json.dumps(answer.model_dump(mode="json"), ensure_ascii=False)
    assert len(json.dumps(raw, ensure_ascii=False)) * 2.5 < len(full)
    restarted = BasketService(storage, clock=lambda: NOW)
    assert restarted.load(answer.id) == answer
    store = answer.baskets[0].store
    other = restarted.alternatives(answer, store, 0)[0].product_id
    swapped = restarted.swap(answer.id, store, 0, other)
    assert swapped is not None and restarted.load(answer.id) == swapped


async def test_answers_finished_together_are_each_saved_in_one_group_and_load(
    tmp_path: Path,
) -> None:
    storage = open_storage(tmp_path / "answers.duckdb")
    storage.offers.save_offers(
        [offer("alpha", "m1", "Молоко Простоквашино 3.2% 1л", "90.00", observed_at=FRESH)]
    )
    svc = BasketService(storage, clock=lambda: NOW)
    answers = await asyncio.gather(
        *(svc.answer(shopping(item("молоко")), BasketOptions(offline=True)) for _ in range(20))
    )
    restarted = BasketService(storage, clock=lambda: NOW)
    assert all(restarted.load(a.id) == a for a in answers)
    hour_ids = storage.kv.get("basket_answer_log", "2026-09-28T12")
    assert hour_ids is not None and sorted(hour_ids) == sorted(a.id for a in answers)
    storage.close()
