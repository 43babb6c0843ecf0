"""What an import file may hold: the fields, the limits of a plausible row, the report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb

from korzina.core.errors import ParseError
from korzina.core.storage.base import ImportReport

FIELDS: tuple[str, ...] = (
    "store",
    "product_id",
    "name",
    "price",
    "regular_price",
    "card_price",
    "unit",
    "sold_by",
    "category",
    "category_path",
    "brand",
    "url",
    "image_url",
    "shop_id",
    "pack",
    "unit_price",
    "unit_price_unit",
    "available",
    "promo_until",
    "observed_at",
)
REQUIRED: tuple[str, ...] = ("store", "product_id", "name", "price")
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}

# Limits of a plausible row; a row beyond them is reported by line and skipped.
# A JSONL line or a CSV record longer than this is not parsed at all.
MAX_LINE_BYTES = 1 << 20
# One field (a title, a URL): real ones are under 300 bytes; 4 KB leaves room.
MAX_FIELD_BYTES = 4096
# A quoted CSV field running on for more lines than this is an unbalanced quote.
MAX_RECORD_LINES = 50
# observed_at may run ahead of the import's clock by this much (clocks and time zones
# disagree); a later one would keep a price "fresh" until that day.
FUTURE_SKEW = timedelta(days=1)
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)  # no price data is older
PROMO_HORIZON = timedelta(days=2 * 366)  # a promo that ends later is a typo

Progress = Callable[[int, int], None]  # (done, total) in bytes, or rows for Parquet


@dataclass(frozen=True)
class FileImportReport(ImportReport):
    """An import's report, plus what korzina noticed about the file.

    ``ignored_fields``: fields korzina does not know; ``encoding``: the file's text
    encoding when it was not UTF-8 (detected); ``store_rows``: imported rows per store id.
    """

    ignored_fields: tuple[str, ...] = ()
    encoding: str | None = None
    store_rows: dict[str, int] = field(default_factory=dict)


def unreadable(path: Path, detail: str, user: str) -> ParseError:
    err = ParseError(f"{path}: {detail}")
    err.user_message = user
    return err


def unreadable_file(path: Path, exc: Exception) -> ParseError:
    return unreadable(path, str(exc), f"Не удалось прочитать файл {path}: {exc}")


def duckdb_path(path: Path) -> str | None:
    """The path for DuckDB's file functions, or None when DuckDB would take it as a glob.

    Absolute, so DuckDB expands no ``~`` and sees no URL scheme in it.
    """
    name = str(path.absolute())
    return None if any(c in name for c in "*?[{") else name


def count(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> int:
    # fetchall, never fetchone: a half-read result blocks `register` on the connection.
    rows = con.execute(sql, list(params)).fetchall()
    return int(rows[0][0]) if rows else 0
