"""The price lake's upkeep: compaction of its raw files, and the serving database
built or refreshed from it (see ``korzina.distributed.lake`` for the lake itself)."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.fs as pafs  # type: ignore[import-untyped]

from korzina.distributed.lake import (
    COMPACTED,
    RAW,
    Lake,
    _files,
    _unreachable,
    attach,
    changes_sql,
    ensure_lake,
    open_lake,
    rows_sql,
)
from korzina.distributed.units import Target, safe_part

# --- compaction ------------------------------------------------------------------------


@dataclass
class CompactReport:
    partitions: int = 0
    files_in: int = 0
    rows_in: int = 0
    rows_out: int = 0
    seconds: float = 0.0
    written: list[str] = field(default_factory=list)


def compact(
    lake: str | Path | Lake,
    *,
    targets: Iterable[Target] | None = None,
    changes_only: bool = False,
) -> CompactReport:
    """Fold each partition's raw files (and its compacted file) into one compacted file.

    Daily (the default), a compacted partition keeps each product's first prices of that
    day and every change within it, so one partition is that shop's whole price list of
    that day. ``changes_only`` keeps a row only when its prices differ from the product's
    previous row in any earlier partition of the shop too (the rows of untouched
    partitions are read as seeds, not rewritten): the database's ``observations``, the
    smallest lake, but a day's partition then lists only what changed that day.

    One ``COPY … PARTITION_BY (store, date, shop)`` writes every touched partition into a
    temporary directory (next to the lake, or a local one for S3); each file is then moved
    into its partition (renamed, or uploaded under its final key), replacing what was
    compacted there before, and the raw files read are deleted. A crash between the two
    leaves rows both raw and compacted: the change rule drops the repeats on the next
    compaction and in the views.

    Over 80 lines: one pass per partition that lists, reads, writes and deletes in an
    order a crash at any step leaves safe (see the comments); split, the order would
    spread over several functions.
    """
    import duckdb

    started = time.monotonic()
    where = ensure_lake(lake)
    raw = _files(where, RAW, targets, None)
    report = CompactReport()
    if not raw:
        return report
    touched = {f.partition for f in raw}
    compacted = _files(where, COMPACTED, targets, None)
    old = [f for f in compacted if f.partition in touched]
    seeds: list[str] = []
    if changes_only:
        shops = {(store, shop) for store, _, shop in touched}
        seeds = [
            f.url for f in compacted if f.partition not in touched and (f.store, f.shop) in shops
        ]
    report.files_in = len(raw) + len(old)
    keys = "store, shop, product_id" if changes_only else "store, date, shop, product_id"
    read = [f.url for f in raw + old]
    source = f"SELECT *, true AS _keep FROM ({rows_sql(read)})"
    if seeds:
        source += f" UNION ALL BY NAME SELECT *, false AS _keep FROM ({rows_sql(seeds)})"
    tmp = (
        Path(tempfile.mkdtemp(prefix="korzina-compact-"))
        if where.is_s3
        else Path(where.root) / f".compact-{uuid.uuid4().hex}"
    )
    con = duckdb.connect()
    try:
        attach(con, where)
        con.execute("SET preserve_insertion_order = false")
        report.rows_in = int(
            con.execute(f"SELECT count(*) FROM ({rows_sql(read)})").fetchall()[0][0]
        )
        report.rows_out = int(
            con.execute(
                f"COPY (SELECT * EXCLUDE (_keep) FROM ({changes_sql(source, keys)}) WHERE _keep "
                "ORDER BY store, date, shop, product_id, observed_at) "
                f"TO '{tmp}' (FORMAT parquet, PARTITION_BY (store, date, shop), "
                "COMPRESSION zstd)"
            ).fetchall()[0][0]
        )
    finally:
        con.close()
    try:
        kept: set[str] = set()
        for path in sorted(tmp.rglob("*.parquet")):
            dest = where.path(COMPACTED, *path.parent.relative_to(tmp).parts, path.name)
            if where.is_s3:
                pafs.copy_files(
                    str(path),
                    dest,
                    source_filesystem=pafs.LocalFileSystem(),
                    destination_filesystem=where.fs,
                )
            else:
                Path(dest).parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, dest)
            kept.add(where.url(dest))
            report.written.append(where.url(dest))
        report.partitions = len({w.rsplit("/", 1)[0] for w in report.written})
        # What was compacted before in a touched partition is in the new file (or, with
        # changes_only, was no change): older files there go with the raw files.
        for url in [f.url for f in raw] + [f.url for f in old if f.url not in kept]:
            with contextlib.suppress(FileNotFoundError):
                where.fs.delete_file(where.fs_path(url))
    except OSError as exc:
        raise _unreachable(where, exc) from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report.seconds = time.monotonic() - started
    return report


# --- serving refresh ---------------------------------------------------------------


# $1, $2: the store and shop as the database keeps them; $3, $4: as the partition paths
# spell them (``safe_part``).
_MERGE_SOURCE = """
SELECT row_number() OVER (ORDER BY l.observed_at, l.crawl_id, l.category_id, l.seq) AS seq,
       $1 AS store, l.product_id, l.name, l.brand, l.category_path, l.price, l.regular_price,
       l.card_price, l.promo_until, l.sold_by, l.pack_value, l.pack_unit, l.pack_count,
       l.unit_price, l.unit_price_unit, l.url, l.image_url, $2 AS shop_id, l.available,
       l.observed_at
FROM ({rows}) l
LEFT JOIN (
    SELECT product_id, max(observed_at) AS last
    FROM observations WHERE store = $1 AND shop_id = $2 GROUP BY product_id
) o ON o.product_id = l.product_id
WHERE l.store = $3 AND l.shop = $4 AND (o.last IS NULL OR l.observed_at > o.last)
"""


@dataclass
class RefreshReport:
    """What a refresh merged, per target."""

    rows: dict[str, int] = field(default_factory=dict)
    new_products: dict[str, int] = field(default_factory=dict)
    new_prices: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def refresh_serving(
    storage: Any,
    lake: str | Path | Lake,
    targets: Iterable[Target] | None = None,
    *,
    since: date | None = None,
) -> RefreshReport:
    """Merge the lake's rows of ``targets`` (every shop in the lake: None) into ``storage``.

    ``storage`` is an open writable ``DuckDBStorage``. One transaction per target. Only rows
    newer than the last observation stored for their product and shop are merged: those
    already merged are older or add nothing (an unchanged price), so a refresh repeated,
    or run while workers still write, stores each price change once.
    """
    from korzina.core.storage.merge import merge_offers

    started = time.monotonic()
    where = open_lake(lake)
    files = _files(where, RAW, targets, since) + _files(where, COMPACTED, targets, since)
    chosen = (
        sorted(set(targets), key=lambda t: t.key)
        if targets is not None
        else sorted({Target(f.store, f.shop) for f in files}, key=lambda t: t.key)
    )
    report = RefreshReport()
    for target in chosen:
        mine = [
            f.url
            for f in files
            if (f.store, f.shop) == (safe_part(target.store), safe_part(target.shop))
        ]
        if not mine:
            report.rows[target.key] = 0
            continue
        source = _MERGE_SOURCE.format(rows=rows_sql(mine))
        with storage.bulk_write() as con:
            attach(con, where)
            stats = merge_offers(
                con,
                source,
                [target.store, target.shop, safe_part(target.store), safe_part(target.shop)],
            )
        report.rows[target.key] = stats.offers
        report.new_products[target.key] = stats.new_products
        report.new_prices[target.key] = stats.new_prices
    report.seconds = time.monotonic() - started
    return report
