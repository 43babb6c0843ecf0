"""Store faults × the four adapters, through the basket service: the answer names the
faulty store's state, the other stores answer as usual, and nothing wrong is stored.

Each case starts from a database holding what a clean replay of every store gives,
three days old (so the list is searched live), asks for «молоко» with one store's price
reply spoiled (``tests.reliability.faults``), and compares the database after with the
one before: a wrong price saved (the half-delivered Дикси card read as 1,00 ₽, a renamed
field read as zero) would change a row. ``test_a_real_price_change_is_seen`` shows the
comparison does see a change when a store's price really changes.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from korzina.core.baskets.models import Answer
from korzina.core.baskets.service import BasketOptions, BasketService
from korzina.core.fanout import FanOut
from korzina.core.models import ListItem, Offer, ShoppingList, Status, utcnow
from korzina.core.plugins import close_stores, make_plugin_manager, open_stores
from korzina.core.settings import FanOutSettings, Settings
from korzina.core.storage import open_storage
from korzina.core.storage.base import Storage
from tests.reliability.faults import (
    STORES,
    Fault,
    FaultTransport,
    ReplayTransport,
    StoreReplay,
    cases,
)

# Short enough for a hang to end quickly, one retry without a pause for transient errors.
FANOUT = FanOutSettings(timeout_s=1.5, retries=1, backoff_s=0.0)
MAIN = {r.store: r for r in STORES if r.label == r.store}  # each store's usual replay


def _settings(tmp_path: Path) -> Settings:
    # Plain HTTP, no pacing; Магнит's recorded reply is priced for shop 320040.
    quick: dict[str, Any] = {"transport": "http", "min_interval_s": 0}
    return Settings.model_validate(
        {
            "db_path": str(tmp_path / "korzina.duckdb"),
            "stores": {
                "pyaterochka": quick,
                "magnit": {**quick, "default_shop_id": "320040", "options": {"jitter_s": "0-0"}},
                "perekrestok": quick,
                "dixy": quick,
            },
        }
    )


def _replays(faulty: StoreReplay) -> list[StoreReplay]:
    return [faulty if store == faulty.store else replay for store, replay in MAIN.items()]


async def _search(settings: Settings, replays: Sequence[StoreReplay]) -> list[Offer]:
    """Every offer the clean ``replays`` give; each store must answer ok."""
    transports = {r.store: FaultTransport(ReplayTransport(r.routes()), r) for r in replays}
    adapters = open_stores(
        make_plugin_manager(), settings, only=list(transports), transports=transports
    )
    try:
        results = await FanOut(FANOUT).search(adapters, "молоко")
    finally:
        await close_stores(adapters)
    assert all(r.status.status is Status.OK for r in results), [r.status for r in results]
    return [o for r in results for o in r.offers]


_CLEAN: dict[str, list[Offer]] = {}


def _clean(settings: Settings, replay: StoreReplay) -> list[Offer]:
    """What a clean replay of ``replay`` gives (every offer, all statuses ok)."""
    if replay.label not in _CLEAN:
        offers = asyncio.run(_search(settings, [replay]))
        assert offers, replay.label
        _CLEAN[replay.label] = offers
    return _CLEAN[replay.label]


def _snapshot(storage: Storage) -> dict[str, list[tuple[Any, ...]]]:
    """The stored prices, without timestamps: products and the price history."""
    _, products = storage.query(
        "select store, product_id, shop_id, name, price, regular_price, card_price, "
        "unit_price, sold_by from products order by all"
    )
    _, history = storage.query(
        "select store, product_id, shop_id, price, regular_price, card_price "
        "from observations order by all"
    )
    return {"products": products, "observations": history}


def _seed(storage: Storage, offers: Sequence[Offer]) -> None:
    old = utcnow() - timedelta(days=3)
    storage.offers.save_offers([o.model_copy(update={"observed_at": old}) for o in offers])


async def _basket(
    storage: Storage, settings: Settings, faulty: StoreReplay, fault: Fault
) -> tuple[Answer, dict[str, FaultTransport]]:
    """«молоко» through the basket service, the four stores replayed, ``fault`` on
    ``faulty``'s price reply."""
    transports = {
        r.store: FaultTransport(ReplayTransport(r.routes()), r, fault if r is faulty else None)
        for r in _replays(faulty)
    }
    adapters = open_stores(
        make_plugin_manager(), settings, only=list(transports), transports=transports
    )
    try:
        service = BasketService(storage, fanout=FanOut(FANOUT), adapters=adapters)
        shopping = ShoppingList(items=(ListItem(name="молоко", raw="молоко"),))
        answer = await service.answer(shopping, BasketOptions(save=False))
    finally:
        await close_stores(adapters)
    return answer, transports


@pytest.fixture
def world(tmp_path: Path) -> tuple[Settings, Storage]:
    settings = _settings(tmp_path)
    storage = open_storage(settings.db_path)
    yield settings, storage  # type: ignore[misc]
    storage.close()


@pytest.mark.parametrize(
    ("replay", "fault"), [pytest.param(r, f, id=f"{r.label}-{f.name}") for r, f in cases()]
)
def test_a_store_fault_is_named_and_stores_nothing_wrong(
    replay: StoreReplay, fault: Fault, world: tuple[Settings, Storage]
) -> None:
    settings, storage = world
    replays = _replays(replay)
    _seed(storage, [o for r in replays for o in _clean(settings, r)])
    before = _snapshot(storage)

    answer, transports = asyncio.run(_basket(storage, settings, replay, fault))

    statuses = {s.store: s for s in answer.statuses}
    faulty = statuses[replay.store]
    assert faulty.status in fault.expect, faulty
    if faulty.status is not Status.OK:
        assert faulty.message, faulty  # a state a person can read, in Russian
    if fault.says:
        assert fault.says in faulty.message, faulty.message
    assert transports[replay.store].hits >= 1  # the fault did happen
    for store, status in statuses.items():
        if store != replay.store:
            assert status.status is Status.OK, status  # the other stores are intact
    if fault.drops_one:
        # One item dropped and named; the reply's other items are used and stored.
        assert (faulty.status, faulty.rejected) == (Status.PARTIAL, 1)
    if not faulty.ok:
        # The store's saved prices answer for it, and the answer says so.
        assert "показаны сохранённые цены" in faulty.message
        assert answer.basket(replay.store) is not None
    if fault.times is not None:
        # A brief outage: the retry got the real reply.
        assert any(re.fullmatch(replay.target, p) for p in transports[replay.store].passed)

    assert _snapshot(storage) == before  # nothing wrong stored, nothing lost


def test_every_store_fault_pair_is_covered() -> None:
    """The matrix: each adapter meets every fault that can reach it."""
    tried = {(r.store, f.name) for r, f in cases()}
    network = {"captcha-403", "hang", "refused", "429-retry-after", "5xx-then-ok", "cut-mid-body"}
    reply = {"truncated-json", "html-for-json", "renamed-field", "garbled-price"}
    for store in MAIN:
        assert {(store, f) for f in network | reply | {"implausible-price"}} <= tried
    assert ("dixy", "truncated-html") in tried
    assert ("perekrestok", "truncated-html-page") in tried


@pytest.mark.parametrize("replay", STORES, ids=[r.label for r in STORES])
def test_a_real_price_change_is_seen(replay: StoreReplay, world: tuple[Settings, Storage]) -> None:
    """The comparison above is not blind: a plausible new price (10 % up) of one product
    is stored and changes the snapshot, and the status stays ok."""
    settings, storage = world
    replays = _replays(replay)
    clean = _clean(settings, replay)
    _seed(storage, [o for r in replays for o in _clean(settings, r)])
    before = _snapshot(storage)

    async def raise_first(r: StoreReplay, request: httpx.Request, inner: Any) -> httpx.Response:
        response = await inner.handle_async_request(request)
        text = (await response.aread()).decode()
        if r.body == "html":
            first = clean[0].price
            new = (first * Decimal("1.1")).quantize(Decimal("0.01"))
            whole, cents = f"{first:.2f}".split(".")
            nwhole, ncents = f"{new:.2f}".split(".")
            spoiled = text.replace(
                f"{whole}.<span>{cents}</span>", f"{nwhole}.<span>{ncents}</span>", 1
            )
        else:
            assert r.items is not None and r.set_price is not None
            data = json.loads(text)
            item = r.items(data)[0]
            new = (clean[0].price * Decimal("1.1")).quantize(Decimal("0.01"))
            r.set_price(item, str(new))
            spoiled = json.dumps(data, ensure_ascii=False)
        assert spoiled != text
        return httpx.Response(
            200,
            headers={"content-type": response.headers["content-type"]},
            content=spoiled.encode(),
        )

    change = Fault("price-up", lambda r: True, raise_first, frozenset({Status.OK}))
    answer, _ = asyncio.run(_basket(storage, settings, replay, change))

    assert {s.store: s.status for s in answer.statuses}[replay.store] is Status.OK
    after = _snapshot(storage)
    assert after != before
    changed = {row[1] for row in set(after["products"]) ^ set(before["products"])}
    assert changed == {clean[0].product_id}
