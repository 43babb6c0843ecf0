"""Import normalized offers from JSONL, CSV or Parquet into a storage.

Fields: required ``store``, ``product_id``, ``name``, ``price``; optional
``regular_price``, ``card_price``, ``unit`` («шт» or «кг»: sold by piece or by weight,
a «кг» price being per kilogram), ``category`` (a path separated by " > " or "/"),
``brand``, ``url``, ``image_url``, ``shop_id``, ``pack`` («930 мл», «4х100г»),
``promo_until`` and ``observed_at`` (ISO dates). The names of ``Offer`` JSON (what
``korzina search --json`` prints and ``korzina/data/demo_offers.jsonl`` holds) are
accepted too: ``sold_by`` ("piece"/"kg"), ``category_path`` (a list), ``pack`` as an
object ``{"value", "unit", "count"}``, ``unit_price``, ``unit_price_unit`` and
``available``. A row that spells one field both ways with different values is bad.
``unit_price`` is kept as given; only a «кг» ``unit`` row without one gets its price.
Other fields are ignored and named in the report (``ignored_fields``).

DuckDB reads the file (``read_text`` split into numbered lines for JSONL,
``read_parquet`` with row numbers for Parquet; Python's ``csv`` module splits CSV,
whose quoting, ragged rows and multi-line fields it handles exactly), then extracts,
types and checks every field of a chunk set-based, so a bad row costs no more than a
good one. All of this runs in the storage's own connection, and the good rows go to
the shared merge (``duckdb_repo.merge_offers``) without passing through Python. Bad
rows (a missing required field, a price that is not a non-negative number, a bad date
or unit) are reported with their line number and reason and skipped; the good rows
of the whole file are written in one transaction.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from korzina.core.errors import ParseError
from korzina.core.models import utcnow
from korzina.core.storage.base import ImportReport, SkippedRow, WriteStats
from korzina.core.storage.duckdb_repo import DuckDBStorage, merge_offers
from korzina.core.storage.rows import as_utc

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

# Two DuckDB row groups (122,880 rows each): a chunk's statements then run on two
# threads, and a 200,000-row file is one chunk with one merge.
CHUNK_ROWS = 2 * 122_880
MAX_REPORTED_SKIPS = 1000  # the count is always exact; the list keeps the first ones

Progress = Callable[[int, int], None]  # (done, total) in bytes, or rows for Parquet


@dataclass(frozen=True)
class FileImportReport(ImportReport):
    """An import's report plus the fields of the file that korzina does not know."""

    ignored_fields: tuple[str, ...] = ()


def unreadable(path: Path, detail: str, user: str) -> ParseError:
    err = ParseError(f"{path}: {detail}")
    err.user_message = user
    return err


def _unreadable_file(path: Path, exc: Exception) -> ParseError:
    return unreadable(path, str(exc), f"Не удалось прочитать файл {path}: {exc}")


def _duckdb_path(path: Path) -> str | None:
    """The path for DuckDB's file functions, or None when DuckDB would take it as a glob.

    Absolute, so DuckDB expands no ``~`` and sees no URL scheme in it.
    """
    name = str(path.absolute())
    return None if any(c in name for c in "*?[{") else name


# --- readers ------------------------------------------------------------------------


def _load_jsonl(con: duckdb.DuckDBPyConnection, path: Path) -> int:
    """The file's lines as ``_lines(line_no, line)``; returns the number of lines.

    DuckDB reads the whole file natively (about ten times faster than handing it a
    Python string). ``read_blob`` takes a glob, and a failing statement would abort the
    caller's transaction, so a name with glob characters, or bytes that are not UTF-8
    (``TRY`` gives NULL, hence no lines), go through Python instead, decoded with
    replacement characters as before.
    """
    split = (
        "CREATE OR REPLACE TEMP TABLE _lines AS "
        "SELECT line_no, CASE WHEN line_no = 1 THEN ltrim(line, chr(65279)) ELSE line END"
        " AS line FROM (SELECT generate_subscripts(l, 1) AS line_no, unnest(l) AS line"
        " FROM (SELECT string_split({}, chr(10)) AS l {}))"
    )
    lines = 0
    name = _duckdb_path(path)
    if name is not None:
        con.execute(split.format("TRY(decode(content))", "FROM read_blob(?)"), [name])
        lines = _count(con, "SELECT count(*) FROM _lines")
    if lines == 0:  # even an empty file has one (empty) line
        text = path.read_bytes().decode("utf-8", errors="replace")
        con.execute(split.format("?", ""), [text])
        lines = _count(con, "SELECT count(*) FROM _lines")
    return lines


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> int:
    # fetchall, never fetchone: a half-read result blocks `register` on the connection.
    rows = con.execute(sql, list(params)).fetchall()
    return int(rows[0][0]) if rows else 0


def _unknown_json_keys(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The keys of the file's JSON objects that are not FIELDS, for the report.

    A second parse of every line (about a tenth of the import). ``try`` turns a line
    that is not JSON into NULL, as an error would abort the caller's transaction;
    arrays and scalars have no keys.
    """
    rows = con.execute("SELECT DISTINCT unnest(try(json_keys(line))) FROM _lines").fetchall()
    return {str(r[0]) for r in rows} - set(FIELDS)


def _jsonl_bytes(con: duckdb.DuckDBPyConnection, lo: int, hi: int) -> int:
    """Bytes of lines ``lo..hi`` with their newlines, for the progress bar."""
    rows = con.execute(
        "SELECT coalesce(sum(strlen(line) + 1), 0) FROM _lines WHERE line_no BETWEEN ? AND ?",
        [lo, hi],
    ).fetchall()
    return int(rows[0][0]) if rows else 0


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


def _read_csv(
    path: Path, chunk_rows: int, ignored: set[str]
) -> Iterator[tuple[pa.Table, int, int]]:
    """Chunks of the known columns; the other header names are added to ``ignored``."""
    total = path.stat().st_size
    with path.open("rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")
        delimiter, header = _csv_header(path, text.readline())
        index = {name: i for i, name in enumerate(header) if name in FIELDS}
        ignored.update(name for name in header if name and name not in FIELDS)
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


def _load_parquet(con: duckdb.DuckDBPyConnection, path: Path) -> tuple[int, set[str], set[str]]:
    """The file's known columns as ``_src(line_no, …)``.

    Returns the rows, the nested (list or struct) columns and the unknown columns.
    """
    name = _duckdb_path(path)
    try:
        if name is None:
            # A glob-like name: pyarrow reads the one file and DuckDB scans the table.
            table = pq.read_table(path)
            numbers = pa.array(range(1, table.num_rows + 1), type=pa.int64())
            con.register("_parquet", table.add_column(0, "line_no", numbers))
            source, params = "_parquet", []
        else:
            source = "(SELECT file_row_number + 1 AS line_no, * EXCLUDE (file_row_number)"
            source += " FROM read_parquet(?, file_row_number = true))"
            params = [name]
        described = con.execute(
            f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {source})", params
        ).fetchall()
        types = {str(col): str(kind) for col, kind in described}
        missing = [f for f in REQUIRED if f not in types]
        if missing:
            raise unreadable(
                path,
                f"schema lacks {missing}",
                f"В Parquet-файле нет обязательных столбцов: {', '.join(missing)}.",
            )
        wanted = [f for f in FIELDS if f in types]
        # The names are FIELDS entries, fixed identifiers; the path is a parameter.
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _src AS SELECT line_no, "
            + ", ".join(f'"{col}"' for col in wanted)
            + f" FROM {source}",
            params,
        )
    except (duckdb.IOException, duckdb.InvalidInputException, pa.ArrowException) as exc:
        raise unreadable(path, str(exc), f"Файл {path.name} не читается как Parquet.") from exc
    finally:
        if name is None:
            con.unregister("_parquet")
    nested = {col for col in wanted if types[col].endswith("]") or types[col].startswith("STRUCT")}
    ignored = {col for col in types if col not in FIELDS and col != "line_no"}
    return _count(con, "SELECT count(*) FROM _src"), nested, ignored


# --- SQL: raw strings to typed, checked rows --------------------------------------------


_JSON_STRUCT = "{" + ", ".join(f'"{name}": "VARCHAR"' for name in FIELDS) + "}"
_PACK_STRUCT = '{"value": "VARCHAR", "unit": "VARCHAR", "count": "VARCHAR"}'


def _jsonl_fields_sql(source: str) -> str:
    """Fields of a JSON line; a line that is not a JSON object gets an ``_error``.

    ``from_json`` into a struct of VARCHARs parses each line once; numbers arrive as
    their text, a JSON array or object (``category_path``, ``pack``) as its JSON text.
    """
    return (
        "SELECT line_no, CASE WHEN NOT ok THEN 'строка не является объектом JSON' END AS _error, "
        + ", ".join(f"j.{name} AS {name}" for name in FIELDS)
        + f" FROM (SELECT line_no, ok, CASE WHEN ok THEN from_json(line, '{_JSON_STRUCT}') END"
        " AS j FROM (SELECT line_no, line, "
        # Valid JSON that starts with "{" is an object. trim() copies the whole line
        # and costs more than parsing it, so only lines not starting with "{" pay it.
        "json_valid(line) AND CASE WHEN starts_with(line, '{') THEN true"
        " ELSE starts_with(ltrim(line), '{') END AS ok "
        f"FROM {source} WHERE CASE WHEN starts_with(line, '{{') THEN true"
        " ELSE trim(line, ' \t\r') <> '' END))"
    )


def _columns_fields_sql(source: str, present: set[str], nested: set[str]) -> str:
    """Fields of a CSV or Parquet chunk as text; absent columns are NULL.

    A list or struct column (Parquet ``category_path``, ``pack``) becomes its JSON text,
    the same text a JSONL line gives, so one check serves all three formats.
    """
    picks = []
    for name in FIELDS:
        if name not in present:
            picks.append(f"NULL::VARCHAR AS {name}")
        elif name in nested:
            picks.append(f"CAST(to_json({name}) AS VARCHAR) AS {name}")
        else:
            picks.append(f"CAST({name} AS VARCHAR) AS {name}")
    return "SELECT line_no, NULL::VARCHAR AS _error, " + ", ".join(picks) + " FROM " + source


def _text(name: str) -> str:
    # nullif(trim(x), ''); trim() (spaces only) is skipped where it would change nothing.
    return (
        f"CASE WHEN starts_with({name}, ' ') OR ends_with({name}, ' ')"
        f" THEN nullif(trim({name}), '') ELSE nullif({name}, '') END AS {name}_s"
    )


def _num(name: str) -> str:
    # Spaces (also non-breaking) and a decimal comma are common in Russian files.
    return (
        f"TRY_CAST(replace(regexp_replace({name}_s, '\\s', '', 'g'), ',', '.') "
        f"AS DECIMAL(12,2)) AS {name}_d"
    )


def _quote(expr: str) -> str:
    return f"'«' || left({expr}, 40) || '»'"


def _path(text: str) -> str:
    """A category path from its text: a JSON array of names, or names joined by > or /."""
    return (
        f"CASE WHEN starts_with({text}, '[') AND json_valid({text})"
        f" AND json_type({text}) = 'ARRAY' THEN list_filter(list_transform("
        f"from_json({text}, '[\"VARCHAR\"]'), lambda s: trim(s)), lambda s: s <> '')"
        f" WHEN contains({text}, '>') THEN list_filter("
        f"string_split_regex({text}, '\\s*>\\s*'), lambda s: trim(s) <> '')"
        f" ELSE list_filter(list_transform(string_split({text}, '/'), lambda s: trim(s)),"
        " lambda s: s <> '') END"
    )


_MONEY_FIELDS = ("price", "regular_price", "card_price", "unit_price")
_SOLD_BY_OF_UNIT = "CASE WHEN unit_l IN ('кг', 'kg') THEN 'kg' ELSE 'piece' END"

# Follows "WITH _raw AS (<fields of the chunk>)": one statement per chunk. ``typed``
# parses each field, ``fin`` merges the two spellings of a field into the stored value.
_CHECK = (
    ", t AS (SELECT line_no, _error, "
    + ", ".join(_text(n) for n in FIELDS)
    + " FROM _raw), typed AS (SELECT *, "
    + ", ".join(_num(n) for n in _MONEY_FIELDS)
    + ", lower(unit_s) AS unit_l, lower(sold_by_s) AS sold_by_l"
    ", lower(unit_price_unit_s) AS unit_price_unit_l"
    ", TRY_CAST(available_s AS BOOLEAN) AS available_b"
    ", TRY_CAST(observed_at_s AS TIMESTAMPTZ) AS observed_at_ts"
    ", TRY_CAST(promo_until_s AS TIMESTAMPTZ) AS promo_until_ts"
    # ``pack`` is either a string («930 мл») or an Offer's object (its JSON text).
    ", starts_with(pack_s, '{') AS pack_is_obj"
    ", CASE WHEN starts_with(pack_s, '{') AND json_valid(pack_s) THEN"
    f" from_json(pack_s, '{_PACK_STRUCT}') END AS pack_o"
    ", regexp_extract(pack_s, '^(?:(\\d+)\\s*[xх×*]\\s*)?(\\d+(?:[.,]\\d+)?)\\s*"
    "(г|гр|кг|мл|л|шт)\\.?$', ['count', 'value', 'unit'], 'i') AS pack_m"
    " FROM t), fin AS (SELECT *"
    f", coalesce(sold_by_l, {_SOLD_BY_OF_UNIT}) AS sold_by"
    ", CASE WHEN pack_is_obj THEN TRY_CAST(replace(trim(pack_o.value), ',', '.')"
    " AS DECIMAL(12,3)) WHEN pack_m.value <> '' THEN"
    " TRY_CAST(replace(pack_m.value, ',', '.') AS DECIMAL(12,3)) END AS pack_value"
    ", CASE WHEN pack_is_obj THEN lower(trim(pack_o.unit)) WHEN pack_m.value <> '' THEN"
    " lower(pack_m.unit) END AS pack_unit_l"
    ", CASE WHEN pack_is_obj THEN coalesce(TRY_CAST(trim(pack_o.count) AS INTEGER),"
    " CASE WHEN pack_o.count IS NULL THEN 1 END) WHEN pack_m.value <> '' THEN"
    " coalesce(TRY_CAST(nullif(pack_m.count, '') AS INTEGER), 1) END AS pack_count"
    " FROM typed)"
    # Only what _GOOD needs is kept: writing the wide table costs a fifth of the check.
    " SELECT * EXCLUDE (_error, price_s, regular_price_s, card_price_s, unit_price_s,"
    " unit_s, sold_by_s, sold_by_l, unit_price_unit_s, available_s,"
    " pack_s, pack_is_obj, pack_o, pack_m, pack_unit_l, promo_until_s, observed_at_s),"
    " CASE WHEN pack_unit_l = 'гр' THEN 'г' ELSE pack_unit_l END AS pack_unit, CASE"
    " WHEN _error IS NOT NULL THEN _error"
    " WHEN store_s IS NULL THEN 'нет поля store'"
    " WHEN product_id_s IS NULL THEN 'нет поля product_id'"
    " WHEN name_s IS NULL THEN 'нет поля name'"
    " WHEN price_s IS NULL THEN 'нет поля price'"
    + "".join(
        f" WHEN {n}_s IS NOT NULL AND {n}_d IS NULL THEN '{n} не число: ' || {_quote(n + '_s')}"
        f" WHEN {n}_d < 0 THEN 'отрицательная цена {n}: ' || {_quote(n + '_s')}"
        for n in _MONEY_FIELDS
    )
    + " WHEN unit_l IS NOT NULL AND unit_l NOT IN ('шт', 'кг', 'piece', 'kg') THEN"
    " 'неизвестная единица unit: ' || " + _quote("unit_s") + " || ' (нужно «шт» или «кг»)'"
    " WHEN sold_by_l IS NOT NULL AND sold_by_l NOT IN ('piece', 'kg') THEN"
    " 'неизвестное значение sold_by: ' || " + _quote("sold_by_s") + ""
    " || ' (нужно «piece» или «kg»)'"
    f" WHEN unit_l IS NOT NULL AND sold_by_l IS NOT NULL AND {_SOLD_BY_OF_UNIT} <> sold_by_l"
    " THEN 'поля unit и sold_by противоречат друг другу: ' || " + _quote("unit_s") + ""
    " || ' и ' || " + _quote("sold_by_s") + ""
    # An empty list says no more than an absent field, so it conflicts with nothing.
    " WHEN category_s IS NOT NULL AND category_path_s IS NOT NULL"
    " AND category_s <> '[]' AND category_path_s <> '[]'"
    f" AND {_path('category_s')} IS DISTINCT FROM {_path('category_path_s')}"
    " THEN 'поля category и category_path противоречат друг другу: ' || "
    + _quote("category_s")
    + " || ' и ' || "
    + _quote("category_path_s")
    + " WHEN pack_is_obj AND pack_o IS NULL THEN 'pack не объект JSON: ' || "
    + _quote("pack_s")
    + " WHEN pack_is_obj AND pack_value IS NULL THEN 'pack: value не число: ' || "
    + _quote("coalesce(pack_o.value, '')")
    + " WHEN pack_is_obj AND pack_value <= 0 THEN 'pack: value не больше нуля: ' || "
    + _quote("pack_o.value")
    + " WHEN pack_is_obj"
    " AND coalesce(pack_unit_l, '') NOT IN ('г', 'гр', 'кг', 'мл', 'л', 'шт') THEN"
    " 'pack: неизвестная единица unit: ' || " + _quote("coalesce(pack_o.unit, '')") + ""
    " || ' (нужно г, кг, мл, л или шт)'"
    " WHEN pack_is_obj AND (pack_count IS NULL OR pack_count < 1) THEN"
    " 'pack: count не целое положительное число: ' || " + _quote("pack_o.count") + ""
    " WHEN unit_price_unit_l IS NOT NULL"
    " AND unit_price_unit_l NOT IN ('г', 'кг', 'мл', 'л', 'шт') THEN"
    " 'неизвестная единица unit_price_unit: ' || " + _quote("unit_price_unit_s") + ""
    " || ' (нужно г, кг, мл, л или шт)'"
    " WHEN available_s IS NOT NULL AND available_b IS NULL THEN"
    " 'available не true и не false: ' || " + _quote("available_s") + ""
    " WHEN observed_at_s IS NOT NULL AND observed_at_ts IS NULL THEN"
    " 'неверная дата observed_at: ' || " + _quote("observed_at_s") + ""
    " WHEN promo_until_s IS NOT NULL AND promo_until_ts IS NULL THEN"
    " 'неверная дата promo_until: ' || " + _quote("promo_until_s") + ""
    " END AS reason FROM fin"
)

_GOOD = (
    """
SELECT line_no AS seq, store_s AS store, product_id_s AS product_id, name_s AS name,
       brand_s AS brand,
       CASE WHEN category_path_s IS NOT NULL AND category_path_s <> '[]' THEN """
    + _path("category_path_s")
    + """
            WHEN category_s IS NOT NULL THEN """
    + _path("category_s")
    + """
            ELSE []::VARCHAR[] END AS category_path,
       price_d AS price, regular_price_d AS regular_price, card_price_d AS card_price,
       promo_until_ts AS promo_until, sold_by,
       pack_value, pack_unit, pack_count,
       -- as given; else a «кг» price (the import format's `unit`) is per kilogram.
       -- An Offer's `sold_by` row is taken as it is: no unit_price unless it has one.
       CASE WHEN unit_price_d IS NOT NULL THEN unit_price_d
            WHEN unit_price_unit_l IS NULL AND unit_l IN ('кг', 'kg') THEN price_d
       END AS unit_price,
       CASE WHEN unit_price_d IS NOT NULL THEN unit_price_unit_l
            WHEN unit_price_unit_l IS NULL AND unit_l IN ('кг', 'kg') THEN 'кг'
       END AS unit_price_unit,
       url_s AS url, image_url_s AS image_url, shop_id_s AS shop_id,
       coalesce(available_b, true) AS available,
       coalesce(observed_at_ts, ?::TIMESTAMPTZ) AS observed_at
FROM _checked
WHERE reason IS NULL
"""
)


@dataclass
class _Totals:
    rows: int = 0
    imported: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    ignored: set[str] = field(default_factory=set)
    offers: int = 0
    new_products: int = 0
    new_prices: int = 0

    def add(self, stats: WriteStats) -> None:
        self.offers += stats.offers
        self.new_products += stats.new_products
        self.new_prices += stats.new_prices


def _check(
    con: duckdb.DuckDBPyConnection, fields_sql: str, params: Sequence[Any], room: int
) -> tuple[int, int, list[SkippedRow]]:
    """Type and check one chunk into ``_checked``: rows, good rows, the first bad ones."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _checked AS WITH _raw AS (" + fields_sql + ")" + _CHECK,
        list(params),
    )
    counted = con.execute(
        "SELECT count(*), count(*) FILTER (reason IS NULL) FROM _checked"
    ).fetchall()
    rows, good = (int(counted[0][0]), int(counted[0][1])) if counted else (0, 0)
    bad = (
        con.execute(
            "SELECT line_no, reason FROM _checked WHERE reason IS NOT NULL"
            " ORDER BY line_no LIMIT ?",
            [room],
        ).fetchall()
        if rows > good and room > 0
        else []
    )
    return rows, good, [SkippedRow(line=int(n), reason=str(r)) for n, r in bad]


def _run(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    fmt: str,
    now: datetime,
    chunk_rows: int,
    progress: Progress | None,
) -> _Totals:
    totals = _Totals()

    def chunk(fields_sql: str, params: Sequence[Any], done: int, total: int) -> None:
        room = MAX_REPORTED_SKIPS - len(totals.skipped)
        rows, good, skipped = _check(con, fields_sql, params, room)
        totals.rows += rows
        totals.imported += good
        totals.skipped.extend(skipped)
        if good:
            totals.add(merge_offers(con, _GOOD, [now]))
        if progress is not None:
            progress(done, total)

    if fmt == "jsonl":
        try:
            lines = _load_jsonl(con, path)
        except (OSError, duckdb.IOException) as exc:
            raise _unreadable_file(path, exc) from exc
        total, done = path.stat().st_size, 0
        totals.ignored.update(_unknown_json_keys(con))
        fields = _jsonl_fields_sql(
            "(SELECT line_no, line FROM _lines WHERE line_no BETWEEN ? AND ?)"
        )
        for lo in range(1, lines + 1, chunk_rows):
            hi = lo + chunk_rows - 1
            done = total if hi >= lines else min(done + _jsonl_bytes(con, lo, hi), total)
            chunk(fields, [lo, hi], done, total)
        con.execute("DROP TABLE IF EXISTS _lines")
    elif fmt == "parquet":
        total, nested, ignored = _load_parquet(con, path)
        totals.ignored.update(ignored)
        present = {str(r[0]) for r in con.execute("DESCRIBE _src").fetchall()}
        fields = _columns_fields_sql(
            "(SELECT * FROM _src WHERE line_no BETWEEN ? AND ?)", present, nested
        )
        for lo in range(1, total + 1, chunk_rows):
            hi = lo + chunk_rows - 1
            chunk(fields, [lo, hi], min(hi, total), total)
        con.execute("DROP TABLE IF EXISTS _src")
    else:
        try:
            for table, done, total in _read_csv(path, chunk_rows, totals.ignored):
                # CSV cells come from Python's csv module (see the module docstring).
                con.register("_chunk", table)
                try:
                    fields = _columns_fields_sql("_chunk", set(table.schema.names), set())
                    chunk(fields, [], done, total)
                finally:
                    con.unregister("_chunk")
        except OSError as exc:
            raise _unreadable_file(path, exc) from exc
    con.execute("DROP TABLE IF EXISTS _checked")
    return totals


def import_file(
    storage: DuckDBStorage,
    path: str | Path,
    *,
    progress: Progress | None = None,
    chunk_rows: int = CHUNK_ROWS,
    now: datetime | None = None,
) -> FileImportReport:
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
    # Read, check and merge in the storage's connection: no row leaves DuckDB.
    with storage.bulk_write() as con:
        totals = _run(con, path, fmt, stamp, chunk_rows, progress)
    return FileImportReport(
        rows=totals.rows,
        imported=totals.imported,
        skipped=tuple(totals.skipped),
        stats=WriteStats(
            offers=totals.offers, new_products=totals.new_products, new_prices=totals.new_prices
        ),
        ignored_fields=tuple(sorted(totals.ignored)),
    )
