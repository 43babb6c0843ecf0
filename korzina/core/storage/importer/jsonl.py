"""JSONL: the file's lines, a chunk at a time, as a table ``(line_no, line, problem)``.

The file is streamed: memory holds one chunk of lines (``CHUNK_ROWS``), never the file
(reading it whole took 2.9 GB at 1,000,000 rows, issue 15). Each line is decoded in
Python; a line that is not in the file's encoding, or too long, carries its ``problem``
and becomes a bad row of the report.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa  # type: ignore[import-untyped]

from korzina.core.storage.importer.encoding import decoded_lines
from korzina.core.storage.importer.fields import FIELDS


@dataclass(frozen=True)
class LineChunk:
    """``table`` of lines (``line_no``, ``line``, ``problem``); ``done``: bytes read so far."""

    table: pa.Table
    done: int


def jsonl_chunks(path: Path, encoding: str, chunk_rows: int) -> Iterator[LineChunk]:
    """The file's lines, ``chunk_rows`` at a time; a blank line counts but is no row."""
    with path.open("rb") as raw:
        numbers: list[int] = []
        texts: list[str] = []
        problems: list[str | None] = []
        for line in decoded_lines(raw, encoding):
            numbers.append(line.no)
            texts.append(line.text.removesuffix("\n"))
            problems.append(line.problem)
            if len(numbers) >= chunk_rows:
                yield LineChunk(_table(numbers, texts, problems), raw.tell())
                numbers, texts, problems = [], [], []
        if numbers:
            yield LineChunk(_table(numbers, texts, problems), raw.tell())


def _table(numbers: list[int], texts: list[str], problems: list[str | None]) -> pa.Table:
    return pa.table(
        {
            "line_no": pa.array(numbers, type=pa.int64()),
            "line": pa.array(texts, type=pa.string()),
            "problem": pa.array(problems, type=pa.string()),
        }
    )


def unknown_json_keys(con: duckdb.DuckDBPyConnection, source: str) -> set[str]:
    """The keys of the JSON objects in ``source`` that are not FIELDS, for the report.

    A second parse of every line (about a tenth of the import). ``try`` turns a line
    that is not JSON into NULL, as an error would abort the caller's transaction;
    arrays and scalars have no keys.
    """
    rows = con.execute(
        f"SELECT DISTINCT unnest(try(json_keys(line))) FROM {source} WHERE problem IS NULL"
    ).fetchall()
    return {str(r[0]) for r in rows} - set(FIELDS)
