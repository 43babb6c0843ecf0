"""The connection ``korzina sql`` runs a user's query on: the database and nothing else.

DuckDB's table functions read any file or URL (``read_text('/proc/self/environ')`` would
print the bot's token) and a URL makes it fetch an extension. The sandbox connection is
read-only and has external access off (no file, directory, URL, ``ATTACH`` or ``COPY``
beyond the database file itself), extension auto-load and auto-install off, and its
configuration locked, so the query cannot ``SET`` any of that back. ``allow_files``
turns external access on for an analyst who wants to join their own files; extensions
stay off even then (no download from a query).

A statement runs with a time limit (DuckDB's ``interrupt`` from a timer) and returns at
most ``max_rows`` rows; ``SqlResult.truncated`` says when more were there.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from korzina.core.errors import StorageError
from korzina.core.storage import _connect, check_schema, closed_on_error
from korzina.core.storage.duckdb_repo import check_read_only_sql, storage_error

# Defaults of `korzina sql` (documented in its --help and the README).
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_ROWS = 10_000

SANDBOX_CONFIG: dict[str, Any] = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "allow_community_extensions": False,
}


@dataclass(frozen=True)
class SqlResult:
    names: list[str]
    rows: list[tuple[Any, ...]]
    truncated: bool  # more rows than ``max_rows`` were there; only the first are kept


class SqlTimeout(StorageError):
    """The statement ran longer than its limit and was stopped."""


def open_sandbox(
    path: str | Path, *, allow_files: bool = False, wait_s: float = 0.0
) -> duckdb.DuckDBPyConnection:
    """A read-only, locked-down connection to the database file at ``path``."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise StorageError(
            f"database {path} does not exist",
            user_message=f"База {path} не найдена; сначала загрузите данные: korzina import ФАЙЛ.",
        )
    config = dict(SANDBOX_CONFIG, enable_external_access=allow_files)
    con = _connect(path, True, wait_s, config)
    with closed_on_error(con):
        con.execute("SET TimeZone = 'UTC'")
        check_schema(con)
        # Last: from here on no statement can change a setting.
        con.execute("SET lock_configuration = true")
    return con


def run_sql(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    *,
    max_rows: int = DEFAULT_MAX_ROWS,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> SqlResult:
    """Run one read-only statement; at most ``max_rows`` rows, at most ``timeout_s`` seconds.

    The limit covers fetching too: DuckDB computes lazily while rows are fetched.
    """
    check_read_only_sql(con, sql)
    expired = threading.Event()

    def stop() -> None:
        expired.set()
        con.interrupt()

    timer = threading.Timer(timeout_s, stop)
    timer.start()
    try:
        cur = con.execute(sql)
        names = [d[0] for d in cur.description or ()]
        rows = cur.fetchmany(max_rows + 1)
    except duckdb.Error as exc:
        if expired.is_set():
            raise SqlTimeout(
                f"statement stopped after {timeout_s} s",
                user_message=f"Запрос выполнялся дольше {timeout_s:g} с и был остановлен; "
                "упростите его или увеличьте предел: --timeout СЕКУНД.",
            ) from exc
        raise _sandbox_error(exc) from exc
    finally:
        timer.cancel()
    return SqlResult(names=names, rows=rows[:max_rows], truncated=len(rows) > max_rows)


def _sandbox_error(exc: duckdb.Error) -> StorageError:
    if isinstance(exc, duckdb.PermissionException) or "disabled by configuration" in str(exc):
        return StorageError(
            str(exc),
            user_message="Запрос обращается к файлам, адресам или расширениям вне базы; "
            "это запрещено. Чтобы читать свои файлы (read_csv, read_parquet…), "
            "добавьте --files.",
        )
    if "configuration has been locked" in str(exc):
        return StorageError(str(exc), user_message="Настройки базы в запросе менять нельзя.")
    return storage_error(exc)
