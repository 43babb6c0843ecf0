"""The storage on DuckDB: repositories over one connection, set-based bulk writes
(the merge itself is ``korzina.core.storage.merge``).

One connection is shared by the repositories and guarded by a re-entrant lock, so a
transaction and the statements in it never interleave with another thread's.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from korzina.core.errors import StorageError
from korzina.core.models import Location, Offer, Shop
from korzina.core.storage.base import PricePoint, WriteStats
from korzina.core.storage.merge import (
    BUMP_VERSION,
    STAGE_BATCH,
    first_count,
    merge_batch,
)
from korzina.core.storage.rows import (
    OFFER_COLUMNS,
    arrow,
    as_utc,
    offers_to_table,
    opt_utc,
    row_to_offer,
)

_PRODUCT_SELECT = ", ".join(c if c != "observed_at" else "last_seen" for c in OFFER_COLUMNS)

if TYPE_CHECKING:
    import pyarrow as pa  # type: ignore[import-untyped]


def _shops_schema() -> pa.Schema:
    pa = arrow()
    return pa.schema(
        [
            ("store", pa.string()),
            ("shop_id", pa.string()),
            ("name", pa.string()),
            ("address", pa.string()),
            ("lat", pa.float64()),
            ("lon", pa.float64()),
            ("extra", pa.string()),
        ]
    )


_UPSERT_SHOPS = """
INSERT INTO shops (store, shop_id, name, address, lat, lon, extra, updated_at)
SELECT store, shop_id, name, address, lat, lon, CAST(extra AS JSON), current_timestamp
FROM _incoming_shops
ON CONFLICT (store, shop_id) DO UPDATE SET
    name = excluded.name, address = excluded.address, lat = excluded.lat,
    lon = excluded.lon, extra = excluded.extra, updated_at = excluded.updated_at
"""

# Statement types `query` runs; anything else could write.
_READ_ONLY_TYPES = {duckdb.StatementType.SELECT}


def storage_error(exc: duckdb.Error) -> StorageError:
    """A DuckDB error as a StorageError with a short Russian explanation."""
    text = str(exc)
    low = text.lower()
    if "could not set lock" in low or "conflicting lock" in low:
        user = "База занята другим процессом korzina (идёт запись); повторите позже."
    elif "read-only" in low or "read only" in low:
        user = "База открыта только для чтения: запрос пытается изменить данные."
    elif isinstance(exc, duckdb.ParserException):
        user = f"Ошибка в SQL: {text.splitlines()[0]}"
    elif isinstance(exc, duckdb.CatalogException):
        user = f"Нет такой таблицы или столбца: {text.splitlines()[0]}"
    else:
        user = f"Ошибка базы данных: {text.splitlines()[0] if text else type(exc).__name__}"
    return StorageError(text, user_message=user)


def check_read_only_sql(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Refuse anything but SELECT-like statements (DESCRIBE, SHOW, SUMMARIZE are SELECT)."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise storage_error(exc) from exc
    if len(statements) != 1:
        raise StorageError(
            f"expected one statement, got {len(statements)}",
            user_message="Нужен ровно один запрос SELECT.",
        )
    kind = statements[0].type
    if kind not in _READ_ONLY_TYPES:
        raise StorageError(
            f"statement type {kind.name} is not read-only",
            user_message=f"Разрешены только запросы на чтение (SELECT); {kind.name} запрещён.",
        )


class DuckDBStorage:
    """``Storage`` over one DuckDB connection (a file or ``:memory:``)."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        *,
        read_only: bool = False,
        path: Path | None = None,
    ) -> None:
        self._con = con
        self._lock = threading.RLock()
        self._depth = 0
        self.read_only = read_only
        self.path = path
        # Transactions committed through this storage: while it holds the file no one
        # else can write, so a reader may keep what it read until this number moves.
        self.commits = 0
        self.offers = DuckDBOfferRepository(self)
        self.shops = DuckDBShopRepository(self)
        self.stores = DuckDBStoreRepository(self)
        self.kv = DuckDBKeyValueRepository(self)

    # -- plumbing ---------------------------------------------------------

    @contextmanager
    def _guard(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The connection, locked, with DuckDB errors turned into StorageError."""
        with self._lock:
            try:
                yield self._con
            except duckdb.Error as exc:
                raise storage_error(exc) from exc

    @contextmanager
    def _write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A write: joins the caller's transaction or runs in its own."""
        with self.transaction(), self._guard() as con:
            yield con

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or rolls back on an exception.

        Nested calls join the outermost transaction (DuckDB has no savepoints).
        """
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            with self._guard() as con:
                con.execute("BEGIN TRANSACTION")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                with self._guard() as con:
                    con.execute("ROLLBACK")
                raise
            self._depth = 0
            with self._guard() as con:
                con.execute("COMMIT")
            self.commits += 1

    def commit_so_far(self) -> bool:
        """In the outermost ``transaction`` (a long ``bulk_write``): commit what is written
        and go on in a new transaction, so a large import holds one chunk's changes in
        memory, not the whole file's. In a caller's own transaction: nothing (False)."""
        with self._guard() as con:
            if self._depth != 1:
                return False
            con.execute("COMMIT")
            con.execute("BEGIN TRANSACTION")
            return True

    def _bump_version(self, con: duckdb.DuckDBPyConnection) -> None:
        con.execute(BUMP_VERSION)

    # -- Storage ----------------------------------------------------------

    def query(
        self, sql: str, params: Sequence[Any] = ()
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run one read-only statement; returns column names and rows."""
        with self._guard() as con:
            check_read_only_sql(con, sql)
            cur = con.execute(sql, list(params))
            names = [d[0] for d in cur.description or ()]
            return names, cur.fetchall()

    def iter_query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """Stream the rows of one read-only statement, a thousand at a time."""
        with self._guard() as con:
            check_read_only_sql(con, sql)
            # A cursor is its own connection to the same database: the lock is not held
            # while the caller consumes rows.
            cur = con.cursor()
        try:
            cur.execute(sql, list(params))
            while rows := cur.fetchmany(1000):
                yield from rows
        except duckdb.Error as exc:
            raise storage_error(exc) from exc
        finally:
            cur.close()

    def copy_to(self, sql: str, target: str | Path, options: str) -> int:
        """Write the rows of one read-only statement to files (DuckDB ``COPY … TO``).

        ``options`` is the COPY option list, from code (never user text); the path is
        quoted here. Only files are written, so a read-only storage can do it. Returns
        the number of rows written.
        """
        with self._guard() as con:
            check_read_only_sql(con, sql)
            quoted = str(target).replace("'", "''")
            return first_count(con.execute(f"COPY ({sql}) TO '{quoted}' ({options})").fetchall())

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def __enter__(self) -> DuckDBStorage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- bulk loading -----------------------------------------------------

    def save_offer_table(self, table: pa.Table) -> WriteStats:
        """Write a ``batch_schema()`` Arrow table of offers set-based, in one transaction."""
        if table.num_rows == 0:
            return WriteStats()
        with self._write() as con:
            con.register("_incoming", table)
            try:
                con.execute(STAGE_BATCH + "_incoming")
            finally:
                con.unregister("_incoming")
            return merge_batch(con, table.num_rows)

    @contextmanager
    def bulk_write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The connection, locked and in a transaction, for set-based loaders.

        The importer reads, types and checks a file here with SQL and writes the good rows
        through ``merge_offers``, so no row passes through Python.
        """
        with self._write() as con:
            yield con

    def _save_shops(self, con: duckdb.DuckDBPyConnection, shops: list[Shop]) -> int:
        # Last one wins when a batch names the same shop twice (ON CONFLICT would refuse).
        unique = list({(s.store, s.shop_id): s for s in shops}.values())
        if not unique:
            return 0
        table = arrow().table(
            {
                "store": [s.store for s in unique],
                "shop_id": [s.shop_id for s in unique],
                "name": [s.name for s in unique],
                "address": [s.address for s in unique],
                "lat": [s.location.lat if s.location else None for s in unique],
                "lon": [s.location.lon if s.location else None for s in unique],
                "extra": [json.dumps(s.extra, ensure_ascii=False) for s in unique],
            },
            schema=_shops_schema(),
        )
        con.register("_incoming_shops", table)
        try:
            con.execute(_UPSERT_SHOPS)
        finally:
            con.unregister("_incoming_shops")
        return len(unique)


class DuckDBOfferRepository:
    def __init__(self, db: DuckDBStorage) -> None:
        self._db = db

    def save_offers(self, offers: Iterable[Offer]) -> WriteStats:
        return self._db.save_offer_table(offers_to_table(offers))

    def latest_offers(
        self,
        *,
        stores: Sequence[str] | None = None,
        since: datetime | None = None,
        shop_ids: dict[str, str] | None = None,
    ) -> list[Offer]:
        shop_filter = shop_ids or {}
        sql = (
            f"SELECT {_PRODUCT_SELECT} FROM products p "
            "LEFT JOIN (SELECT unnest(?::VARCHAR[]) AS f_store, unnest(?::VARCHAR[]) AS f_shop) f"
            " ON f.f_store = p.store "
            "WHERE (?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], p.store)) "
            "AND (?::TIMESTAMPTZ IS NULL OR p.last_seen >= ?::TIMESTAMPTZ) "
            "AND (f.f_store IS NULL OR p.shop_id = f.f_shop) "
            "ORDER BY p.store, p.product_id"
        )
        store_list = None if stores is None else list(stores)
        since_utc = opt_utc(since)
        params = [
            list(shop_filter.keys()),
            list(shop_filter.values()),
            store_list,
            store_list,
            since_utc,
            since_utc,
        ]
        with self._db._guard() as con:
            rows = con.execute(sql, params).fetchall()
        return [row_to_offer(r) for r in rows]

    def get_offers(self, keys: Iterable[tuple[str, str]]) -> list[Offer]:
        wanted = list(dict.fromkeys(keys))  # unique, in the caller's order
        if not wanted:
            return []
        sql = (
            f"SELECT {_PRODUCT_SELECT} FROM products p "
            "JOIN (SELECT unnest(?::VARCHAR[]) AS k_store, unnest(?::VARCHAR[]) AS k_id,"
            " unnest(range(?)) AS k_pos) k ON k.k_store = p.store AND k.k_id = p.product_id "
            "ORDER BY k.k_pos"
        )
        params = [[s for s, _ in wanted], [p for _, p in wanted], len(wanted)]
        with self._db._guard() as con:
            rows = con.execute(sql, params).fetchall()
        return [row_to_offer(r) for r in rows]

    def price_history(
        self, store: str, product_id: str, *, since: datetime | None = None
    ) -> list[PricePoint]:
        since_utc = opt_utc(since)
        sql = (
            "SELECT store, product_id, shop_id, price, regular_price, card_price, observed_at "
            "FROM observations WHERE store = ? AND product_id = ? "
            "AND (?::TIMESTAMPTZ IS NULL OR observed_at >= ?::TIMESTAMPTZ) "
            "ORDER BY observed_at, shop_id NULLS FIRST, rowid"
        )
        with self._db._guard() as con:
            rows = con.execute(sql, [store, product_id, since_utc, since_utc]).fetchall()
        return [
            PricePoint(
                store=r[0],
                product_id=r[1],
                shop_id=r[2],
                price=r[3],
                regular_price=r[4],
                card_price=r[5],
                observed_at=as_utc(r[6]),
            )
            for r in rows
        ]

    def data_version(self) -> int:
        with self._db._guard() as con:
            return first_count(con.execute("SELECT version FROM data_version").fetchall())


class DuckDBShopRepository:
    def __init__(self, db: DuckDBStorage) -> None:
        self._db = db

    def save_shops(self, shops: Iterable[Shop]) -> int:
        shop_list = list(shops)
        if not shop_list:
            return 0
        with self._db._write() as con:
            saved = self._db._save_shops(con, shop_list)
            self._db._bump_version(con)
        return saved

    def get_shop(self, store: str, shop_id: str) -> Shop | None:
        with self._db._guard() as con:
            rows = con.execute(
                "SELECT store, shop_id, name, address, lat, lon, extra FROM shops "
                "WHERE store = ? AND shop_id = ?",
                [store, shop_id],
            ).fetchall()
        return _row_to_shop(rows[0]) if rows else None

    def list_shops(self, store: str | None = None) -> list[Shop]:
        with self._db._guard() as con:
            rows = con.execute(
                "SELECT store, shop_id, name, address, lat, lon, extra FROM shops "
                "WHERE ?::VARCHAR IS NULL OR store = ? ORDER BY store, shop_id",
                [store, store],
            ).fetchall()
        return [_row_to_shop(r) for r in rows]


def _row_to_shop(row: tuple[Any, ...]) -> Shop:
    store, shop_id, name, address, lat, lon, extra = row
    location = Location(lat=lat, lon=lon) if lat is not None and lon is not None else None
    return Shop(
        store=store,
        shop_id=shop_id,
        name=name,
        address=address,
        location=location,
        extra=json.loads(extra) if extra else {},
    )


class DuckDBStoreRepository:
    def __init__(self, db: DuckDBStorage) -> None:
        self._db = db

    def save_store(self, store_id: str, display_name: str) -> None:
        with self._db._write() as con:
            con.execute(
                "INSERT INTO stores (store_id, display_name) VALUES (?, ?) "
                "ON CONFLICT (store_id) DO UPDATE SET display_name = excluded.display_name",
                [store_id, display_name],
            )
            self._db._bump_version(con)

    def list_stores(self) -> list[tuple[str, str]]:
        with self._db._guard() as con:
            rows = con.execute(
                "SELECT store_id, display_name FROM stores ORDER BY store_id"
            ).fetchall()
        return [(r[0], r[1]) for r in rows]


_KV_ROWS = 500  # documents per statement of ``put_many``


class DuckDBKeyValueRepository:
    """JSON documents; values go through ``json``, so a caller gets an equal copy back."""

    def __init__(self, db: DuckDBStorage) -> None:
        self._db = db

    def put(self, namespace: str, key: str, value: Any) -> None:
        self.put_many([(namespace, key, value)])

    def put_many(self, documents: Sequence[tuple[str, str, Any]]) -> None:
        """One statement for them all: DuckDB spends about 2 ms planning an upsert, and
        then a fraction of that per row (the bot saves a burst's answers at once)."""
        # A key twice in one statement is an error in DuckDB: the last value wins.
        rows = {(ns, key): dump_json(value) for ns, key, value in documents}
        if not rows:
            return
        items = list(rows.items())
        with self._db._write() as con:
            for start in range(0, len(items), _KV_ROWS):
                part = items[start : start + _KV_ROWS]
                con.execute(
                    "INSERT INTO kv (namespace, key, value, updated_at) VALUES "
                    + ", ".join("(?, ?, ?, current_timestamp)" for _ in part)
                    + " ON CONFLICT (namespace, key) "
                    "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                    [v for (ns, key), text in part for v in (ns, key, text)],
                )

    def get(self, namespace: str, key: str) -> Any | None:
        with self._db._guard() as con:
            rows = con.execute(
                "SELECT value FROM kv WHERE namespace = ? AND key = ?", [namespace, key]
            ).fetchall()
        return json.loads(rows[0][0]) if rows else None

    def delete(self, namespace: str, key: str) -> None:
        with self._db._write() as con:
            con.execute("DELETE FROM kv WHERE namespace = ? AND key = ?", [namespace, key])


def dump_json(value: Any) -> str:
    """JSON text of a kv value; a value JSON cannot hold is refused, not mangled."""
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise StorageError(
            f"kv value is not JSON-serializable: {exc}",
            user_message="Значение нельзя сохранить: оно не переводится в JSON.",
        ) from exc
