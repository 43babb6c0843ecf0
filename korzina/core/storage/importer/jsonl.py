"""JSONL: the file's lines as a table ``_lines(line_no, line, problem)`` in DuckDB."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa  # type: ignore[import-untyped]

from korzina.core.storage.importer.encoding import UTF8, decoded_lines, detect_encoding
from korzina.core.storage.importer.fields import (
    FIELDS,
    MAX_LINE_BYTES,
    count,
    duckdb_path,
)

_OVERSIZED = f"'строка длиннее {MAX_LINE_BYTES // 1024} КБ'"


def load_jsonl(con: duckdb.DuckDBPyConnection, path: Path) -> tuple[int, str]:
    """Load the lines into ``_lines``; returns the number of lines and the encoding.

    DuckDB reads a UTF-8 file natively (about ten times faster than handing it Python
    strings). ``read_blob`` takes a glob, and a failing statement would abort the
    caller's transaction, so a name with glob characters, or bytes that are not UTF-8
    (``TRY`` gives NULL, hence no lines), go through Python instead, line by line: a
    line that is not in the file's encoding, or too long, carries its ``problem``.
    """
    name = duckdb_path(path)
    if name is not None:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _lines AS SELECT line_no,"
            " CASE WHEN line_no = 1 THEN ltrim(line, chr(65279)) ELSE line END AS line,"
            f" CASE WHEN strlen(line) > {MAX_LINE_BYTES} THEN {_OVERSIZED} END AS problem"
            " FROM (SELECT generate_subscripts(l, 1) AS line_no, unnest(l) AS line"
            " FROM (SELECT string_split(TRY(decode(content)), chr(10)) AS l"
            " FROM read_blob(?)))",
            [name],
        )
        lines = count(con, "SELECT count(*) FROM _lines")
        if lines:  # even an empty file has one (empty) line
            return lines, UTF8
    encoding = detect_encoding(path)
    numbers: list[int] = []
    texts: list[str] = []
    problems: list[str | None] = []
    with path.open("rb") as raw:
        for line in decoded_lines(raw, encoding):
            numbers.append(line.no)
            texts.append(line.text.removesuffix("\n"))
            problems.append(line.problem)
    table = pa.table(
        {
            "line_no": pa.array(numbers, type=pa.int64()),
            "line": pa.array(texts, type=pa.string()),
            "problem": pa.array(problems, type=pa.string()),
        }
    )
    con.register("_decoded", table)
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE _lines AS SELECT * FROM _decoded")
    finally:
        con.unregister("_decoded")
    return len(numbers), encoding


def unknown_json_keys(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The keys of the file's JSON objects that are not FIELDS, for the report.

    A second parse of every line (about a tenth of the import). ``try`` turns a line
    that is not JSON into NULL, as an error would abort the caller's transaction;
    arrays and scalars have no keys.
    """
    rows = con.execute(
        "SELECT DISTINCT unnest(try(json_keys(line))) FROM _lines WHERE problem IS NULL"
    ).fetchall()
    return {str(r[0]) for r in rows} - set(FIELDS)


def jsonl_bytes(con: duckdb.DuckDBPyConnection, lo: int, hi: int) -> int:
    """Bytes of lines ``lo..hi`` with their newlines, for the progress bar."""
    rows = con.execute(
        "SELECT coalesce(sum(strlen(line) + 1), 0) FROM _lines WHERE line_no BETWEEN ? AND ?",
        [lo, hi],
    ).fetchall()
    return int(rows[0][0]) if rows else 0
