"""The in-memory backend: plain dicts and lists with the DuckDB backend's behaviour.

Used by tests of everything above storage. It follows the same rules as
``duckdb_repo``: prices rounded to kopecks, naive timestamps taken as UTC, an
observation only when a price changed, products replaced only by a newer offer, and a
transaction that restores a snapshot when it fails. ``query`` loads the current state
into a private in-memory DuckDB, so read-only SQL answers as it would on a file.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import duckdb
import pyarrow as pa  # type: ignore[import-untyped]

from korzina.core.models import Offer, Shop, utcnow
from korzina.core.storage.base import PricePoint, WriteStats
from korzina.core.storage.duckdb_repo import DuckDBStorage, dump_json
from korzina.core.storage.migrations import apply_migrations
from korzina.core.storage.rows import (
    as_utc,
    opt_utc,
    pack_value,
    table_to_offers,
    to_cents,
)

ObsKey = tuple[str, str, str | None]


@dataclass
class _Product:
    offer: Offer
    first_seen: datetime
    last_seen: datetime


@dataclass
class _State:
    stores: dict[str, str] = field(default_factory=dict)
    shops: dict[tuple[str, str], Shop] = field(default_factory=dict)
    products: dict[tuple[str, str], _Product] = field(default_factory=dict)
    observations: list[PricePoint] = field(default_factory=list)
    # The index in `observations` of the newest row per key: the dedup seed.
    last_obs: dict[ObsKey, int] = field(default_factory=dict)
    kv: dict[tuple[str, str], tuple[str, datetime]] = field(default_factory=dict)
    version: int = 0


def _normalize(offer: Offer) -> Offer:
    """The offer as the database would give it back: kopecks, UTC, pack to 3 places."""
    pack = offer.pack
    return offer.model_copy(
        update={
            "price": to_cents(offer.price),
            "regular_price": to_cents(offer.regular_price),
            "card_price": to_cents(offer.card_price),
            "unit_price": to_cents(offer.unit_price),
            "promo_until": opt_utc(offer.promo_until),
            "observed_at": as_utc(offer.observed_at),
            "pack": None
            if pack is None
            else pack.model_copy(update={"value": pack_value(pack.value)}),
        }
    )


def _prices(p: PricePoint | Offer) -> tuple[Any, Any, Any]:
    return (p.price, p.regular_price, p.card_price)


class MemoryStorage:
    """``Storage`` in process memory; nothing is persisted."""

    def __init__(self) -> None:
        self._state = _State()
        self._lock = threading.RLock()
        self._depth = 0
        self.read_only = False
        self.offers = MemoryOfferRepository(self)
        self.shops = MemoryShopRepository(self)
        self.stores = MemoryStoreRepository(self)
        self.kv = MemoryKeyValueRepository(self)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Snapshot on entry, restore on an exception; nested calls join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            snapshot = copy.deepcopy(self._state)
            self._depth = 1
            try:
                yield
            except BaseException:
                self._state = snapshot
                raise
            finally:
                self._depth = 0

    def _bump_version(self) -> None:
        self._state.version += 1

    # -- bulk -------------------------------------------------------------

    def save_offer_table(self, table: pa.Table) -> WriteStats:
        return self.offers.save_offers(table_to_offers(table))

    # -- SQL over a DuckDB copy --------------------------------------------

    def _as_duckdb(self) -> DuckDBStorage:
        con = duckdb.connect(":memory:")
        con.execute("SET TimeZone = 'UTC'")
        apply_migrations(con)
        db = DuckDBStorage(con)
        s = self._state
        db.load_snapshot(
            stores=sorted(s.stores.items()),
            shops=s.shops.values(),
            products=((p.offer, p.first_seen, p.last_seen) for p in s.products.values()),
            observations=s.observations,
            kv=((ns, k, v, t) for (ns, k), (v, t) in s.kv.items()),
            version=s.version,
        )
        return db

    def query(
        self, sql: str, params: Sequence[Any] = ()
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        with self._lock:
            db = self._as_duckdb()
        try:
            return db.query(sql, params)
        finally:
            db.close()

    def iter_query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        _, rows = self.query(sql, params)
        yield from rows

    def close(self) -> None:
        """Nothing to release; kept for the Storage interface."""

    def __enter__(self) -> MemoryStorage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class MemoryOfferRepository:
    def __init__(self, db: MemoryStorage) -> None:
        self._db = db

    def save_offers(self, offers: Iterable[Offer]) -> WriteStats:
        batch = [_normalize(o) for o in offers]
        if not batch:
            return WriteStats()
        with self._db.transaction():
            state = self._db._state
            new_prices = self._append_observations(state, batch)
            new_products = self._upsert_products(state, batch)
            for o in batch:
                state.stores.setdefault(o.store, o.store)
            self._db._bump_version()
        return WriteStats(offers=len(batch), new_products=new_products, new_prices=new_prices)

    @staticmethod
    def _append_observations(state: _State, batch: list[Offer]) -> int:
        # Same rule as the SQL: per key, the last stored row seeds a time-ordered
        # sequence with the batch; a batch row is kept when its prices differ from the
        # row before it (seed first on equal times, then batch order).
        by_key: dict[ObsKey, list[tuple[datetime, int, int, Offer | PricePoint]]] = {}
        for seq, o in enumerate(batch):
            by_key.setdefault((o.store, o.product_id, o.shop_id), []).append(
                (o.observed_at, 1, seq, o)
            )
        new_rows: list[PricePoint] = []
        for key, rows in by_key.items():
            seed_index = state.last_obs.get(key)
            if seed_index is not None:
                seed = state.observations[seed_index]
                rows.append((seed.observed_at, 0, 0, seed))
            rows.sort(key=lambda r: (r[0], r[1], r[2]))
            previous: tuple[Any, Any, Any] | None = None
            for _, src, _, item in rows:
                if src == 1 and (previous is None or _prices(item) != previous):
                    assert isinstance(item, Offer)
                    new_rows.append(
                        PricePoint(
                            store=item.store,
                            product_id=item.product_id,
                            shop_id=item.shop_id,
                            price=item.price,
                            regular_price=item.regular_price,
                            card_price=item.card_price,
                            observed_at=item.observed_at,
                        )
                    )
                previous = _prices(item)
        for point in new_rows:
            key = (point.store, point.product_id, point.shop_id)
            current = state.last_obs.get(key)
            state.observations.append(point)
            if current is None or point.observed_at >= state.observations[current].observed_at:
                state.last_obs[key] = len(state.observations) - 1
        return len(new_rows)

    @staticmethod
    def _upsert_products(state: _State, batch: list[Offer]) -> int:
        latest: dict[tuple[str, str], tuple[Offer, datetime]] = {}
        for o in batch:  # batch order: a later offer wins a tie, as `seq DESC` in SQL
            seen = latest.get(o.key)
            if seen is None:
                latest[o.key] = (o, o.observed_at)
            else:
                best, first = seen
                newest = o if o.observed_at >= best.observed_at else best
                latest[o.key] = (newest, min(first, o.observed_at))
        new_products = 0
        for key, (offer, first_obs) in latest.items():
            stored = state.products.get(key)
            if stored is None:
                state.products[key] = _Product(offer, first_obs, offer.observed_at)
                new_products += 1
                continue
            stored.first_seen = min(stored.first_seen, first_obs)
            if offer.observed_at >= stored.last_seen:
                stored.offer = offer
                stored.last_seen = offer.observed_at
        return new_products

    def save_offer_table(self, table: pa.Table) -> WriteStats:
        return self.save_offers(table_to_offers(table))

    def latest_offers(
        self,
        *,
        stores: Sequence[str] | None = None,
        since: datetime | None = None,
        shop_ids: dict[str, str] | None = None,
    ) -> list[Offer]:
        since_utc = opt_utc(since)
        shop_filter = shop_ids or {}
        with self._db._lock:
            products = sorted(self._db._state.products.items())
        result = []
        for (store, _), p in products:
            if stores is not None and store not in stores:
                continue
            if since_utc is not None and p.last_seen < since_utc:
                continue
            if store in shop_filter and p.offer.shop_id != shop_filter[store]:
                continue
            result.append(p.offer)
        return result

    def get_offers(self, keys: Iterable[tuple[str, str]]) -> list[Offer]:
        with self._db._lock:
            products = self._db._state.products
            return [products[k].offer for k in dict.fromkeys(keys) if k in products]

    def price_history(
        self, store: str, product_id: str, *, since: datetime | None = None
    ) -> list[PricePoint]:
        since_utc = opt_utc(since)
        with self._db._lock:
            points = [
                p
                for p in self._db._state.observations
                if p.store == store
                and p.product_id == product_id
                and (since_utc is None or p.observed_at >= since_utc)
            ]
        # As the SQL: by time, no shop first, then insertion order (sort is stable).
        return sorted(points, key=lambda p: (p.observed_at, p.shop_id is not None, p.shop_id or ""))

    def data_version(self) -> int:
        return self._db._state.version


class MemoryShopRepository:
    def __init__(self, db: MemoryStorage) -> None:
        self._db = db

    def save_shops(self, shops: Iterable[Shop]) -> int:
        unique = {(s.store, s.shop_id): s.model_copy(update={"distance_m": None}) for s in shops}
        if not unique:
            return 0
        with self._db.transaction():
            self._db._state.shops.update(unique)
            self._db._bump_version()
        return len(unique)

    def get_shop(self, store: str, shop_id: str) -> Shop | None:
        return self._db._state.shops.get((store, shop_id))

    def list_shops(self, store: str | None = None) -> list[Shop]:
        with self._db._lock:
            items = sorted(self._db._state.shops.items())
        return [s for (st, _), s in items if store is None or st == store]


class MemoryStoreRepository:
    def __init__(self, db: MemoryStorage) -> None:
        self._db = db

    def save_store(self, store_id: str, display_name: str) -> None:
        with self._db.transaction():
            self._db._state.stores[store_id] = display_name
            self._db._bump_version()

    def list_stores(self) -> list[tuple[str, str]]:
        return sorted(self._db._state.stores.items())


class MemoryKeyValueRepository:
    """Values are kept as JSON text, so a caller mutating its object changes nothing here."""

    def __init__(self, db: MemoryStorage) -> None:
        self._db = db

    # A put or delete is one dict operation after the JSON is made: it cannot fail half
    # way, so it takes the lock but no snapshot (``transaction`` deep-copies the whole
    # state, offers included). Inside a caller's transaction its snapshot still covers
    # the write, since ``_state.kv`` is part of it.

    def put(self, namespace: str, key: str, value: Any) -> None:
        text = dump_json(value)
        with self._db._lock:
            self._db._state.kv[(namespace, key)] = (text, utcnow())

    def get(self, namespace: str, key: str) -> Any | None:
        stored = self._db._state.kv.get((namespace, key))
        return None if stored is None else json.loads(stored[0])

    def delete(self, namespace: str, key: str) -> None:
        with self._db._lock:
            self._db._state.kv.pop((namespace, key), None)
