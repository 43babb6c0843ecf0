"""The typed storage interface, implemented by ``duckdb_repo``.

Everything above storage (matching, crawl, bot, CLI) talks to these protocols rather
than to a DuckDB connection. There is one engine: tests use it too, on a temporary
file or in memory (``open_memory_storage``), so they see the real SQL, including
rollback when a transaction fails.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from korzina.core.models import Offer, Shop


@dataclass(frozen=True)
class WriteStats:
    """What one ``save_offers`` call changed."""

    offers: int = 0  # offers received
    new_products: int = 0  # products never seen before
    new_prices: int = 0  # observation rows written (price differed from the last one)


@dataclass(frozen=True)
class SkippedRow:
    line: int  # 1-based line (JSONL/CSV) or row number (Parquet)
    reason: str


@dataclass(frozen=True)
class ImportReport:
    rows: int
    imported: int
    skipped: tuple[SkippedRow, ...] = ()
    stats: WriteStats = field(default_factory=WriteStats)


@dataclass(frozen=True)
class PricePoint:
    """One price observation of one product at one shop."""

    store: str
    product_id: str
    shop_id: str | None
    price: Decimal
    regular_price: Decimal | None
    card_price: Decimal | None
    observed_at: datetime


class OfferRepository(Protocol):
    def save_offers(self, offers: Iterable[Offer]) -> WriteStats:
        """Upsert products (latest state) and append an observation per changed price.

        One transaction: all offers are written or none.
        """
        ...

    def latest_offers(
        self,
        *,
        stores: Sequence[str] | None = None,
        since: datetime | None = None,
        shop_ids: dict[str, str] | None = None,
    ) -> list[Offer]:
        """The latest known offer of every product, filtered by store, age and shop."""
        ...

    def get_offers(self, keys: Iterable[tuple[str, str]]) -> list[Offer]:
        """Latest offers for (store, product_id) keys; unknown keys are left out."""
        ...

    def price_history(
        self, store: str, product_id: str, *, since: datetime | None = None
    ) -> list[PricePoint]:
        """Observations of one product, oldest first."""
        ...

    def data_version(self) -> int:
        """A number that changes whenever offers are written (for caches)."""
        ...


class ShopRepository(Protocol):
    def save_shops(self, shops: Iterable[Shop]) -> int: ...

    def get_shop(self, store: str, shop_id: str) -> Shop | None: ...

    def list_shops(self, store: str | None = None) -> list[Shop]: ...


class StoreRepository(Protocol):
    def save_store(self, store_id: str, display_name: str) -> None: ...

    def list_stores(self) -> list[tuple[str, str]]: ...


class KeyValueRepository(Protocol):
    """Small JSON documents by namespace and key (user settings, saved baskets, crawl state)."""

    def put(self, namespace: str, key: str, value: Any) -> None: ...

    def put_many(self, documents: Sequence[tuple[str, str, Any]]) -> None:
        """Several (namespace, key, value) documents in one write."""
        ...

    def get(self, namespace: str, key: str) -> Any | None: ...

    def delete(self, namespace: str, key: str) -> None: ...


class Storage(Protocol):
    """One database: repositories plus transactions and read-only SQL."""

    # Read-only properties, so an implementation may hold its repositories as attributes.
    @property
    def offers(self) -> OfferRepository: ...

    @property
    def shops(self) -> ShopRepository: ...

    @property
    def stores(self) -> StoreRepository: ...

    @property
    def kv(self) -> KeyValueRepository: ...

    def transaction(self) -> AbstractContextManager[None]:
        """Everything inside commits together or rolls back on an exception."""
        ...

    def query(
        self, sql: str, params: Sequence[Any] = ()
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run read-only SQL; returns column names and rows."""
        ...

    def iter_query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]: ...

    def close(self) -> None: ...
