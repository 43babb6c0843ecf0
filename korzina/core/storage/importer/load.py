"""Loading: read a file chunk by chunk, check each chunk, merge the good rows.

All of it runs in the storage's own connection, and the good rows go to the shared
merge (``duckdb_repo.merge_offers``) without passing through Python. Each chunk is
committed once merged: DuckDB keeps a transaction's changes in memory, so one
transaction for the whole file grew with it (2.7 GB at 1,000,000 rows). An import
stopped midway keeps the chunks before; importing the file again adds the rest and
nothing twice (the merge keeps one price per product and time).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from korzina.core.models import utcnow
from korzina.core.storage.analysis_pool import MIN_TITLES, TitlePool
from korzina.core.storage.base import SkippedRow, WriteStats
from korzina.core.storage.duckdb_repo import DuckDBStorage
from korzina.core.storage.importer.checks import (
    GOOD_SQL,
    check_sql,
    columns_fields_sql,
    jsonl_fields_sql,
)
from korzina.core.storage.importer.csvfile import read_csv
from korzina.core.storage.importer.encoding import UTF8, detect_encoding
from korzina.core.storage.importer.fields import (
    FORMATS,
    FileImportReport,
    Progress,
    unreadable,
    unreadable_file,
)
from korzina.core.storage.importer.jsonl import jsonl_chunks, unknown_json_keys
from korzina.core.storage.importer.parquet import load_parquet
from korzina.core.storage.merge import merge_offers
from korzina.core.storage.rows import as_utc

# Two DuckDB row groups (122,880 rows each): a chunk's statements then run on two
# threads, and a 200,000-row file is one chunk with one merge.
CHUNK_ROWS = 2 * 122_880
# A file this large has enough titles for the analysis workers (``MIN_TITLES`` rows; a
# real catalogue's JSONL rows run 400-500 bytes): they are started before its first chunk
# is read. A smaller file never starts them early (an evaluation's 9,000 offers).
_LARGE_FILE_BYTES = MIN_TITLES * 500
MAX_REPORTED_SKIPS = 1000  # the count is always exact; the list keeps the first ones


@dataclass
class _Run:
    """One import in progress: the connection, its clock and what it has counted."""

    con: duckdb.DuckDBPyConnection
    now: datetime
    progress: Progress | None
    commit: Callable[[], bool]  # commits the chunks merged so far (when it may)
    pool: TitlePool  # the title analysis workers of every chunk
    rows: int = 0
    imported: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    ignored: set[str] = field(default_factory=set)
    encodings: list[str] = field(default_factory=list)
    stores: Counter[str] = field(default_factory=Counter)
    stats: WriteStats = field(default_factory=WriteStats)

    def chunk(self, fields_sql: str, params: Sequence[Any], done: int, total: int) -> None:
        """Check one chunk into ``_checked``, count it, and merge its good rows."""
        con = self.con
        con.execute(check_sql(fields_sql, self.now), list(params))
        counted = con.execute(
            "SELECT count(*), count(*) FILTER (reason IS NULL) FROM _checked"
        ).fetchall()
        rows, good = (int(counted[0][0]), int(counted[0][1])) if counted else (0, 0)
        self.rows += rows
        self.imported += good
        room = MAX_REPORTED_SKIPS - len(self.skipped)
        if rows > good and room > 0:
            bad = con.execute(
                "SELECT line_no, reason FROM _checked WHERE reason IS NOT NULL"
                " ORDER BY line_no LIMIT ?",
                [room],
            ).fetchall()
            self.skipped.extend(SkippedRow(line=int(n), reason=str(r)) for n, r in bad)
        if good:
            per_store = con.execute(
                "SELECT store_s, count(*) FROM _checked WHERE reason IS NULL GROUP BY ALL"
            ).fetchall()
            self.stores.update({str(s): int(n) for s, n in per_store})
            stats = merge_offers(con, GOOD_SQL, [self.now], pool=self.pool)
            self.stats = WriteStats(
                offers=self.stats.offers + stats.offers,
                new_products=self.stats.new_products + stats.new_products,
                new_prices=self.stats.new_prices + stats.new_prices,
            )
        self.commit()
        if self.progress is not None:
            self.progress(done, total)


def _jsonl(run: _Run, path: Path, chunk_rows: int) -> None:
    con = run.con
    total = path.stat().st_size
    fields = jsonl_fields_sql("_jsonl_lines")
    try:
        encoding = detect_encoding(path)  # one streamed pass
        run.encodings.append(encoding)
        for chunk in jsonl_chunks(path, encoding, chunk_rows):
            con.register("_jsonl_lines", chunk.table)
            try:
                run.ignored.update(unknown_json_keys(con, "_jsonl_lines"))
                run.chunk(fields, [], min(chunk.done, total), total)
            finally:
                con.unregister("_jsonl_lines")
    except OSError as exc:
        raise unreadable_file(path, exc) from exc


def _parquet(run: _Run, path: Path, chunk_rows: int) -> None:
    con = run.con
    total, nested, ignored = load_parquet(con, path)
    run.ignored.update(ignored)
    present = {str(r[0]) for r in con.execute("DESCRIBE _src").fetchall()}
    fields = columns_fields_sql(
        "(SELECT * FROM _src WHERE line_no BETWEEN ? AND ?)", present, nested
    )
    for lo in range(1, total + 1, chunk_rows):
        hi = lo + chunk_rows - 1
        run.chunk(fields, [lo, hi], min(hi, total), total)
    con.execute("DROP TABLE IF EXISTS _src")


def _csv(run: _Run, path: Path, chunk_rows: int) -> None:
    try:
        for table, done, total in read_csv(path, chunk_rows, run.ignored, run.encodings):
            run.con.register("_chunk", table)
            try:
                fields = columns_fields_sql("_chunk", set(table.schema.names), set())
                run.chunk(fields, [], done, total)
            finally:
                run.con.unregister("_chunk")
    except OSError as exc:
        raise unreadable_file(path, exc) from exc


_READERS = {"jsonl": _jsonl, "parquet": _parquet, "csv": _csv}


def import_file(
    storage: DuckDBStorage,
    path: str | Path,
    *,
    progress: Progress | None = None,
    chunk_rows: int = CHUNK_ROWS,
    now: datetime | None = None,
) -> FileImportReport:
    """Import offers from ``path`` (format by extension) into ``storage``.

    ``now`` is the import's clock: the ``observed_at`` of rows that have none (default:
    the current time), and what a future ``observed_at`` is judged against.
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
    # Read, check and merge in the storage's connection: no row leaves DuckDB.
    with storage.bulk_write() as con, TitlePool() as pool:
        if path.stat().st_size >= _LARGE_FILE_BYTES:
            pool.warm()  # the workers load their dictionaries while the file is read
        run = _Run(
            con=con,
            now=as_utc(now or utcnow()),
            progress=progress,
            commit=storage.commit_so_far,
            pool=pool,
        )
        _READERS[fmt](run, path, chunk_rows)
        con.execute("DROP TABLE IF EXISTS _checked")
    encoding = next((e for e in run.encodings if e != UTF8), None)
    return FileImportReport(
        rows=run.rows,
        imported=run.imported,
        skipped=tuple(run.skipped),
        stats=run.stats,
        ignored_fields=tuple(sorted(run.ignored)),
        encoding=encoding,
        store_rows=dict(sorted(run.stores.items())),
    )
