"""Price storage: one DuckDB database, a file or (for tests and one-off runs) memory.

``open_storage(path)`` opens (creating and migrating) the database file;
``open_storage(path, read_only=True)`` opens it for reading only, which DuckDB allows
for any number of processes as long as no process holds it open for writing.
``open_memory_storage()`` gives a fresh DuckDB database in process memory: the same
engine and schema, gone when it is closed. The schema is documented in
``korzina.core.storage.migrations``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from korzina.core.errors import StorageError
from korzina.core.retry import Backoff, retry_sync
from korzina.core.storage.analysis import analyzed_database, database_analyzed, stale_products
from korzina.core.storage.base import (
    ImportReport,
    PricePoint,
    SkippedRow,
    Storage,
    WriteStats,
)
from korzina.core.storage.duckdb_repo import DuckDBStorage, storage_error
from korzina.core.storage.migrations import LATEST_VERSION, apply_migrations, current_version

__all__ = [
    "ANSWERING_MEMORY",
    "DuckDBStorage",
    "ImportReport",
    "PricePoint",
    "SkippedRow",
    "Storage",
    "WriteStats",
    "is_lock_error",
    "open_memory_storage",
    "open_storage",
]


def is_lock_error(exc: BaseException) -> bool:
    """True when another process holds the database file open for writing."""
    text = str(exc).lower()
    return "could not set lock" in text or "conflicting lock" in text


def _connect(
    path: Path, read_only: bool, wait_s: float, config: dict[str, Any] | None = None
) -> duckdb.DuckDBPyConnection:
    # The writer releases the lock when it closes; wait for that (up to ``wait_s``),
    # every 25-50 ms at first, then up to every second.
    try:
        return retry_sync(
            lambda: duckdb.connect(str(path), read_only=read_only, config=config or {}),
            retry_on=(duckdb.Error,),
            backoff=Backoff(0.05, retries=None, cap_s=1.0, deadline_s=wait_s),
            policy=lambda exc, delay: delay if is_lock_error(exc) else None,
        )
    except duckdb.Error as exc:
        raise storage_error(exc) from exc


# DuckDB's buffer for processes that answer lists (basket, search, the bot): a cold basket
# reads scattered rows of a large catalogue, and DuckDB would keep every block it touched
# (about 200 MB more at 1,000,000 offers); evicting them costs nothing measurable.
ANSWERING_MEMORY = "64MB"


def open_storage(
    path: str | Path,
    *,
    read_only: bool = False,
    wait_s: float = 0.0,
    memory_limit: str | None = None,
    threads: int | None = None,
    on_reanalysis: Callable[[int], None] | None = None,
) -> DuckDBStorage:
    """Open the DuckDB file at ``path``.

    Writable: creates parent directories and the file, and applies pending migrations.
    Read-only: the file must exist and be migrated; no write is possible through it.
    ``wait_s``: how long to keep retrying while another process holds the write lock.
    ``memory_limit``: DuckDB's memory limit for this process (``ANSWERING_MEMORY``).
    ``threads``: DuckDB's worker threads (default: one per core).
    ``on_reanalysis``: told how many stored products this open reads again first (the
    first writable open after an analyzer upgrade: seconds at a large catalogue).
    """
    if str(path).startswith(":memory:"):
        # DuckDB would open a new, empty database at every call: a crawl that opens the
        # database per batch, or a command opening it read-only, would lose or miss data.
        raise StorageError(
            f"{path} is not a database file",
            user_message=f"{path} — не файл базы: укажите путь к файлу DuckDB "
            "(--db или KORZINA_DB).",
        )
    path = Path(path).expanduser()
    if read_only and not path.exists():
        raise StorageError(
            f"database {path} does not exist",
            user_message=f"База {path} не найдена; сначала загрузите данные: korzina import ФАЙЛ.",
        )
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                f"cannot create {path.parent}: {exc}",
                user_message=f"Не удаётся создать каталог для базы: {path.parent}",
            ) from exc
    config: dict[str, Any] = {}
    if memory_limit:
        config["memory_limit"] = memory_limit
    if threads:
        config["threads"] = threads
    con = _connect(path, read_only, wait_s, config)
    return _prepare(con, read_only=read_only, path=path, on_reanalysis=on_reanalysis)


def open_memory_storage() -> DuckDBStorage:
    """A fresh, migrated DuckDB database in process memory (tests, the basket evaluation).

    One connection holds it: it cannot be opened again by path, so code that opens the
    database per unit of work (``korzina.core.crawl.session_opener``) is given this
    storage itself (``shared_opener``).
    """
    try:
        con = duckdb.connect(":memory:")
    except duckdb.Error as exc:
        raise storage_error(exc) from exc
    return _prepare(con, read_only=False, path=None)


def check_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Refuse a database of another schema version (a read-only open cannot migrate it)."""
    version = current_version(con)
    if version != LATEST_VERSION:
        raise StorageError(
            f"database schema version {version}, expected {LATEST_VERSION}",
            user_message="Схема базы не той версии; откройте её на запись "
            "(например, korzina import), чтобы обновить.",
        )


@contextmanager
def closed_on_error(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Setting up ``con``: on a failure it is closed, and a DuckDB error becomes a
    ``StorageError`` with its Russian message."""
    try:
        yield
    except duckdb.Error as exc:
        con.close()
        raise storage_error(exc) from exc
    except StorageError:
        con.close()
        raise


def _prepare(
    con: duckdb.DuckDBPyConnection,
    *,
    read_only: bool,
    path: Path | None,
    on_reanalysis: Callable[[int], None] | None = None,
) -> DuckDBStorage:
    """UTC sessions and a current schema (applied, or checked when read-only)."""
    with closed_on_error(con):
        con.execute("SET TimeZone = 'UTC'")
        if read_only:
            check_schema(con)
        else:
            apply_migrations(con)
            if not database_analyzed(con):
                if on_reanalysis is not None and (stale := stale_products(con)):
                    on_reanalysis(stale)
                _analyze_database(con)
    return DuckDBStorage(con, read_only=read_only, path=path)


def _analyze_database(con: duckdb.DuckDBPyConnection) -> None:
    """Titles saved before this analyzer (an upgrade, migration 2), read once. Reading a
    whole catalogue joins and updates every product: the answering memory limit is lifted
    meanwhile, and set back after a checkpoint (written blocks stay in memory until one,
    and the limit could not be set back below them)."""
    (limit,) = con.execute("SELECT current_setting('memory_limit')").fetchone() or ("",)
    con.execute("RESET memory_limit")
    con.execute("BEGIN TRANSACTION")
    try:
        analyzed_database(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.execute("CHECKPOINT")
        con.execute(f"SET memory_limit = '{limit}'")
