"""Import normalized offers from JSONL, CSV or Parquet into a storage.

Fields: required ``store``, ``product_id``, ``name``, ``price``; optional
``regular_price``, ``card_price``, ``unit`` («шт» or «кг»: sold by piece or by weight,
a «кг» price being per kilogram), ``category`` (a path separated by " > " or "/"),
``brand``, ``url``, ``image_url``, ``shop_id``, ``pack`` («930 мл», «4х100г»),
``promo_until`` and ``observed_at`` (ISO dates). Other fields are ignored.

The file is read in chunks. Python only splits it into lines (JSONL) or fields (CSV)
and counts line numbers; an in-memory DuckDB extracts, types and checks every field
of a chunk set-based, so a bad row costs no more than a good one. Bad rows (a
missing required field, a price that is not a non-negative number, a bad date or
unit) are reported with their line number and reason and skipped; the good rows of
the whole file are written in one transaction.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import duckdb
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from korzina.core.errors import ParseError
from korzina.core.models import utcnow
from korzina.core.storage.base import ImportReport, SkippedRow, Storage, WriteStats
from korzina.core.storage.rows import BATCH_SCHEMA, as_utc, table_to_offers

FIELDS: tuple[str, ...] = (
    "store",
    "product_id",
    "name",
    "price",
    "regular_price",
    "card_price",
    "unit",
    "category",
    "brand",
    "url",
    "image_url",
    "shop_id",
    "pack",
    "promo_until",
    "observed_at",
)
REQUIRED: tuple[str, ...] = ("store", "product_id", "name", "price")
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}

CHUNK_ROWS = 50_000
MAX_REPORTED_SKIPS = 1000  # the count is always exact; the list keeps the first ones

Progress = Callable[[int, int], None]  # (done, total) in bytes, or rows for Parquet


@runtime_checkable
class BulkOfferWriter(Protocol):
    """A repository that takes a whole Arrow batch of offers (both korzina backends do)."""

    def save_offer_table(self, table: pa.Table) -> WriteStats: ...


def unreadable(path: Path, detail: str, user: str) -> ParseError:
    err = ParseError(f"{path}: {detail}")
    err.user_message = user
    return err


# --- readers: each yields (raw Arrow chunk, progress done, progress total) -------------


_BLOCK_BYTES = 8 << 20


def _read_jsonl(path: Path, chunk_rows: int) -> Iterator[tuple[pa.Table, int, int]]:
    # Blocks of whole lines; lines go to Arrow untouched (blank ones are dropped in
    # SQL), so Python does no per-line work beyond splitting.
    total = path.stat().st_size
    next_line = 1
    pending = b""
    with path.open("rb") as f:
        while True:
            block = f.read(_BLOCK_BYTES)
            data = pending + block
            if not block:
                pending = b""
            else:
                cut = data.rfind(b"\n") + 1
                data, pending = data[:cut], data[cut:]
            if data:
                text = data.decode("utf-8", errors="replace")
                if next_line == 1:
                    text = text.removeprefix("\ufeff")
                lines = text.split("\n")
                if lines[-1] == "":
                    lines.pop()  # after the final newline
                for i in range(0, len(lines), chunk_rows):
                    part = lines[i : i + chunk_rows]
                    first = next_line + i
                    numbers = pa.array(range(first, first + len(part)), type=pa.int64())
                    done = f.tell() - len(pending) if i + chunk_rows >= len(lines) else f.tell()
                    yield pa.table({"line_no": numbers, "line": part}), min(done, total), total
                next_line += len(lines)
            if not block:
                return


def _csv_header(path: Path, sample: str) -> tuple[str, list[str]]:
    first = sample.splitlines()[0] if sample else ""
    if not first.strip():
        raise unreadable(path, "no header line", "В CSV-файле нет строки заголовка.")
    try:
        delimiter = csv.Sniffer().sniff(first, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    header = [h.strip().lower() for h in next(csv.reader([first], delimiter=delimiter))]
    missing = [f for f in REQUIRED if f not in header]
    if missing:
        raise unreadable(
            path,
            f"header lacks {missing}",
            f"В заголовке CSV нет обязательных столбцов: {', '.join(missing)}.",
        )
    return delimiter, header


def _read_csv(path: Path, chunk_rows: int) -> Iterator[tuple[pa.Table, int, int]]:
    total = path.stat().st_size
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")
        delimiter, header = _csv_header(path, text.readline())
        index = {name: i for i, name in enumerate(header) if name in FIELDS}
        reader = csv.reader(text, delimiter=delimiter)

        def empty() -> dict[str, list[Any]]:
            return {"line_no": [], **{name: [] for name in index}}

        cols = empty()
        previous_end = 1  # the header is line 1
        for row in reader:
            start, previous_end = previous_end + 1, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            cols["line_no"].append(start)
            for name, i in index.items():
                cols[name].append(row[i] if i < len(row) else None)
            if len(cols["line_no"]) >= chunk_rows:
                yield pa.table(cols), raw.tell(), total
                cols = empty()
        if cols["line_no"]:
            yield pa.table(cols), total, total


def _read_parquet(path: Path, chunk_rows: int) -> Iterator[tuple[pa.Table, int, int]]:
    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise unreadable(path, str(exc), f"Файл {path.name} не читается как Parquet.") from exc
    names = set(pf.schema_arrow.names)
    missing = [f for f in REQUIRED if f not in names]
    if missing:
        raise unreadable(
            path,
            f"schema lacks {missing}",
            f"В Parquet-файле нет обязательных столбцов: {', '.join(missing)}.",
        )
    wanted = [f for f in FIELDS if f in names]
    total = pf.metadata.num_rows
    done = 0
    for batch in pf.iter_batches(batch_size=chunk_rows, columns=wanted):
        table = pa.Table.from_batches([batch])
        n = table.num_rows
        line_nos = pa.array(range(done + 1, done + n + 1), type=pa.int64())
        done += n
        yield table.add_column(0, "line_no", line_nos), done, total


# --- SQL: raw strings to typed, checked rows --------------------------------------------


_JSON_STRUCT = "{" + ", ".join(f'"{name}": "VARCHAR"' for name in FIELDS) + "}"


def _jsonl_fields_sql() -> str:
    """Fields of a JSON line; a line that is not a JSON object gets an ``_error``.

    ``from_json`` into a struct of VARCHARs parses each line once; numbers arrive as
    their text and a JSON array as its JSON text.
    """
    picks = []
    for name in FIELDS:
        if name == "category":
            # A JSON array of names is accepted as a category path too.
            picks.append(
                "CASE WHEN starts_with(j.category, '[') AND json_valid(j.category)"
                " AND json_type(j.category) = 'ARRAY' THEN array_to_string("
                "from_json(j.category, '[\"VARCHAR\"]'), ' > ') ELSE j.category END AS category"
            )
        else:
            picks.append(f"j.{name} AS {name}")
    return (
        "SELECT line_no, CASE WHEN NOT ok THEN 'строка не является объектом JSON' END AS _error, "
        + ", ".join(picks)
        + f" FROM (SELECT line_no, ok, CASE WHEN ok THEN from_json(line, '{_JSON_STRUCT}') END"
        " AS j FROM (SELECT line_no, line, "
        # Valid JSON that starts with "{" is an object.
        "json_valid(line) AND starts_with(ltrim(line), '{') AS ok "
        "FROM _chunk WHERE trim(line, ' \t\r') <> ''))"
    )


def _columns_fields_sql(schema: pa.Schema) -> str:
    """Fields of a CSV or Parquet chunk as text; absent columns are NULL."""
    present = set(schema.names)
    picks = []
    for name in FIELDS:
        if name not in present:
            picks.append(f"NULL::VARCHAR AS {name}")
        elif name == "category" and pa.types.is_list(schema.field(name).type):
            picks.append("array_to_string(category, ' > ') AS category")
        else:
            picks.append(f"CAST({name} AS VARCHAR) AS {name}")
    return "SELECT line_no, NULL::VARCHAR AS _error, " + ", ".join(picks) + " FROM _chunk"


def _text(name: str) -> str:
    return f"nullif(trim({name}), '') AS {name}_s"


def _num(name: str) -> str:
    # Spaces (also non-breaking) and a decimal comma are common in Russian files.
    return (
        f"TRY_CAST(replace(regexp_replace({name}_s, '\\s', '', 'g'), ',', '.') "
        f"AS DECIMAL(12,2)) AS {name}_d"
    )


def _quote(name: str) -> str:
    return f"'«' || left({name}_s, 40) || '»'"


_CHECK = (
    "CREATE OR REPLACE TEMP TABLE _checked AS "
    "WITH t AS (SELECT line_no, _error, "
    + ", ".join(_text(n) for n in FIELDS)
    + " FROM _raw), typed AS (SELECT *, "
    + ", ".join(_num(n) for n in ("price", "regular_price", "card_price"))
    + ", lower(unit_s) AS unit_l"
    + ", TRY_CAST(observed_at_s AS TIMESTAMPTZ) AS observed_at_ts"
    + ", TRY_CAST(promo_until_s AS TIMESTAMPTZ) AS promo_until_ts"
    + ", regexp_extract(pack_s, '^(?:(\\d+)\\s*[xх×*]\\s*)?(\\d+(?:[.,]\\d+)?)\\s*"
    "(г|гр|кг|мл|л|шт)\\.?$', ['count', 'value', 'unit'], 'i') AS pack_m"
    " FROM t) SELECT *, CASE"
    " WHEN _error IS NOT NULL THEN _error"
    " WHEN store_s IS NULL THEN 'нет поля store'"
    " WHEN product_id_s IS NULL THEN 'нет поля product_id'"
    " WHEN name_s IS NULL THEN 'нет поля name'"
    " WHEN price_s IS NULL THEN 'нет поля price'"
    + "".join(
        f" WHEN {n}_s IS NOT NULL AND {n}_d IS NULL THEN '{n} не число: ' || {_quote(n)}"
        f" WHEN {n}_d < 0 THEN 'отрицательная цена {n}: ' || {_quote(n)}"
        for n in ("price", "regular_price", "card_price")
    )
    + " WHEN unit_l IS NOT NULL AND unit_l NOT IN ('шт', 'кг', 'piece', 'kg') THEN"
    " 'неизвестная единица unit: ' || " + _quote("unit") + " || ' (нужно «шт» или «кг»)'"
    " WHEN observed_at_s IS NOT NULL AND observed_at_ts IS NULL THEN"
    " 'неверная дата observed_at: ' || " + _quote("observed_at") + ""
    " WHEN promo_until_s IS NOT NULL AND promo_until_ts IS NULL THEN"
    " 'неверная дата promo_until: ' || " + _quote("promo_until") + ""
    " END AS reason FROM typed"
)

_GOOD = """
SELECT line_no AS seq, store_s AS store, product_id_s AS product_id, name_s AS name,
       brand_s AS brand,
       CASE WHEN category_s IS NULL THEN []::VARCHAR[]
            WHEN contains(category_s, '>')
                 THEN list_filter(string_split_regex(category_s, '\\s*>\\s*'),
                                  lambda s: trim(s) <> '')
            ELSE list_filter(list_transform(string_split(category_s, '/'), lambda s: trim(s)),
                             lambda s: s <> '')
       END AS category_path,
       price_d AS price, regular_price_d AS regular_price, card_price_d AS card_price,
       promo_until_ts AS promo_until,
       CASE WHEN unit_l IN ('кг', 'kg') THEN 'kg' ELSE 'piece' END AS sold_by,
       CASE WHEN pack_m.value <> '' THEN
            TRY_CAST(replace(pack_m.value, ',', '.') AS DECIMAL(12,3)) END AS pack_value,
       CASE WHEN pack_m.value <> '' THEN
            CASE lower(pack_m.unit) WHEN 'гр' THEN 'г' ELSE lower(pack_m.unit) END
       END AS pack_unit,
       CASE WHEN pack_m.value <> '' THEN
            coalesce(TRY_CAST(nullif(pack_m.count, '') AS INTEGER), 1) END AS pack_count,
       -- a «кг» price is already per kilogram
       CASE WHEN unit_l IN ('кг', 'kg') THEN price_d END AS unit_price,
       CASE WHEN unit_l IN ('кг', 'kg') THEN 'кг' END AS unit_price_unit,
       url_s AS url, image_url_s AS image_url, shop_id_s AS shop_id, true AS available,
       coalesce(observed_at_ts, ?::TIMESTAMPTZ) AS observed_at
FROM _checked
WHERE reason IS NULL
ORDER BY line_no
"""


@dataclass
class _Totals:
    rows: int = 0
    imported: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    offers: int = 0
    new_products: int = 0
    new_prices: int = 0

    def add(self, stats: WriteStats) -> None:
        self.offers += stats.offers
        self.new_products += stats.new_products
        self.new_prices += stats.new_prices


def _validate(
    con: duckdb.DuckDBPyConnection, chunk: pa.Table, fmt: str, now: datetime
) -> tuple[pa.Table, list[SkippedRow], int]:
    """Typed good rows (``BATCH_SCHEMA``), the first skipped rows, and the rows read."""
    con.register("_chunk", chunk)
    try:
        fields_sql = _jsonl_fields_sql() if fmt == "jsonl" else _columns_fields_sql(chunk.schema)
        con.execute("CREATE OR REPLACE TEMP TABLE _raw AS " + fields_sql)
    finally:
        con.unregister("_chunk")
    con.execute(_CHECK)
    bad = con.execute(
        "SELECT line_no, reason FROM _checked WHERE reason IS NOT NULL ORDER BY line_no LIMIT ?",
        [MAX_REPORTED_SKIPS],
    ).fetchall()
    good = con.sql(_GOOD, params=[now]).to_arrow_table().cast(BATCH_SCHEMA)
    counted = con.execute("SELECT count(*) FROM _checked").fetchall()
    skipped = [SkippedRow(line=int(n), reason=str(r)) for n, r in bad]
    return good, skipped, int(counted[0][0]) if counted else 0


def import_file(
    storage: Storage,
    path: str | Path,
    *,
    progress: Progress | None = None,
    chunk_rows: int = CHUNK_ROWS,
    now: datetime | None = None,
) -> ImportReport:
    """Import offers from ``path`` (format by extension) into ``storage``.

    ``now`` is the ``observed_at`` of rows that have none (default: the current time).
    Raises ``ParseError`` when the file cannot be read at all; bad rows are reported.
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise unreadable(
            path,
            f"unknown extension {path.suffix!r}",
            f"Неизвестный формат файла {path.name}: нужен .jsonl, .csv или .parquet.",
        )
    if not path.is_file():
        raise unreadable(path, "not a file", f"Файл {path} не найден.")
    stamp = as_utc(now or utcnow())
    readers = {"jsonl": _read_jsonl, "csv": _read_csv, "parquet": _read_parquet}
    totals = _Totals()
    con = duckdb.connect(":memory:")
    try:
        con.execute("SET TimeZone = 'UTC'")
        with storage.transaction():
            for chunk, done, total in readers[fmt](path, chunk_rows):
                good, skipped, rows = _validate(con, chunk, fmt, stamp)
                totals.rows += rows
                totals.imported += good.num_rows
                room = MAX_REPORTED_SKIPS - len(totals.skipped)
                totals.skipped.extend(skipped[: max(room, 0)])
                if good.num_rows:
                    totals.add(_save(storage, good))
                if progress is not None:
                    progress(done, total)
    except OSError as exc:
        raise unreadable(path, str(exc), f"Не удалось прочитать файл {path}: {exc}") from exc
    finally:
        con.close()
    return ImportReport(
        rows=totals.rows,
        imported=totals.imported,
        skipped=tuple(totals.skipped),
        stats=WriteStats(
            offers=totals.offers, new_products=totals.new_products, new_prices=totals.new_prices
        ),
    )


def _save(storage: Storage, table: pa.Table) -> WriteStats:
    offers = storage.offers
    if isinstance(offers, BulkOfferWriter):
        return offers.save_offer_table(table)
    return offers.save_offers(table_to_offers(table))
