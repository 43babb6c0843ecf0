"""The price lake: Parquet files partitioned by store / date / shop, written by workers.

Layout (lake schema version 1, recorded in ``<lake>/lake.json``)::

    <lake>/lake.json
    <lake>/raw/store=<store>/date=<YYYY-MM-DD>/shop=<shop>/<crawl_id>-<category>.parquet
    <lake>/observations/store=<store>/date=<YYYY-MM-DD>/shop=<shop>/data_0.parquet

``raw``: what workers write, one file per crawled category: every offer seen (a
*sighting*). ``date`` is the UTC day the crawl started (the crawl id's date), so all files
of one crawl land in one partition per shop whatever the clock says when a unit runs; a
redone unit writes the same file name again (renamed into place, never half-written),
which is what makes a worker's death harmless.

``observations``: the compacted partitions (``compact``), one file per partition, written
by one ``COPY … PARTITION_BY (store, date, shop)``; the raw files it read are deleted
after. Daily compaction keeps, per product, its first sighting in the partition and every
later one whose prices differ from the one before (a partition is the shop's price list of
that day); ``changes_only`` keeps only rows whose prices differ from the product's previous
row in any earlier partition too (the database's ``observations``; the smallest lake).

Columns of every file (the partition values ``store``, ``date``, ``shop`` are in the path
only; DuckDB adds them with ``hive_partitioning``):

================ =====================================================================
product_id       the store's product id
name, brand      the title and brand as the store gives them
category_path    VARCHAR[] of category names, root first
price            DECIMAL(12,2) roubles: what the shopper pays (per kg when sold_by = kg)
regular_price    DECIMAL(12,2): before the promo
card_price       DECIMAL(12,2): with the loyalty card
promo_until      TIMESTAMPTZ
sold_by          ``piece`` or ``kg``
pack_value       DECIMAL(12,3), pack_unit VARCHAR, pack_count INTEGER
unit_price       DECIMAL(12,2) per unit_price_unit (кг, л, шт)
url, image_url   VARCHAR
available        BOOLEAN
observed_at      TIMESTAMPTZ (UTC): when the offer was seen
seq              BIGINT: the offer's place in its file (orders equal timestamps)
crawl_id         the crawl that saw it
category_id      the category crawled
================ =====================================================================

A new column or layout is a new ``LAKE_VERSION``; readers check ``lake.json``.

Two views (``lake_views_sql``): ``lake_rows`` (everything stored: sightings not compacted
yet and compacted rows) and ``lake_observations`` (the price changes per store, shop and
product over all dates: the same rows a single DuckDB database's ``observations`` table
keeps, whatever was compacted or written twice).

``refresh_serving`` merges the lake's rows for some shops into a serving DuckDB database
through the same set-based merge as a crawl batch (``merge_offers``), taking only rows newer
than the last observation stored for that product and shop, so running it again adds
nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from korzina.core.errors import ConfigError
from korzina.core.models import Offer
from korzina.core.storage.rows import offers_to_table
from korzina.distributed.units import Target, safe_part

LAKE_VERSION = 1
MANIFEST = "lake.json"
RAW = "raw"
COMPACTED = "observations"

# The file columns, in order (the partition values are in the path).
LAKE_COLUMNS: tuple[str, ...] = (
    "product_id",
    "name",
    "brand",
    "category_path",
    "price",
    "regular_price",
    "card_price",
    "promo_until",
    "sold_by",
    "pack_value",
    "pack_unit",
    "pack_count",
    "unit_price",
    "unit_price_unit",
    "url",
    "image_url",
    "available",
    "observed_at",
    "seq",
    "crawl_id",
    "category_id",
)

HIVE_TYPES = "{'store': VARCHAR, 'date': DATE, 'shop': VARCHAR}"


def ensure_lake(lake: str | Path) -> Path:
    """Create the lake directory and its manifest, or check the manifest's version."""
    root = Path(lake)
    root.mkdir(parents=True, exist_ok=True)
    manifest = root / MANIFEST
    if manifest.exists():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        if data.get("version") != LAKE_VERSION:
            raise ConfigError(
                f"lake {root}: schema version {data.get('version')}, expected {LAKE_VERSION}",
                user_message=(
                    f"Озеро цен {root} другой версии ({data.get('version')}); "
                    f"эта korzina читает версию {LAKE_VERSION}."
                ),
            )
        return root
    tmp = root / f".{MANIFEST}.{uuid.uuid4().hex}"
    tmp.write_text(
        json.dumps({"schema": "korzina-lake", "version": LAKE_VERSION}) + "\n", encoding="utf-8"
    )
    os.replace(tmp, manifest)
    return root


def partition_dir(lake: Path, part: str, store: str, day: date, shop: str) -> Path:
    return (
        lake
        / part
        / f"store={safe_part(store)}"
        / f"date={day.isoformat()}"
        / f"shop={safe_part(shop)}"
    )


def lake_table(offers: Sequence[Offer], crawl_id: str, category_id: str) -> pa.Table:
    """Offers as a table of ``LAKE_COLUMNS``."""
    batch = offers_to_table(list(offers))
    n = batch.num_rows
    columns = {name: batch.column(name) for name in batch.column_names}
    columns["crawl_id"] = pa.array([crawl_id] * n, type=pa.string())
    columns["category_id"] = pa.array([category_id] * n, type=pa.string())
    return pa.table({name: columns[name] for name in LAKE_COLUMNS})


def write_category(
    lake: Path,
    *,
    crawl_id: str,
    day: date,
    store: str,
    shop: str,
    category_id: str,
    offers: Sequence[Offer],
) -> Path:
    """One category's sightings as one raw file, renamed into place when complete.

    The name depends only on (crawl, category): writing it again replaces it.
    """
    folder = partition_dir(lake, RAW, store, day, shop)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{safe_part(crawl_id)}-{safe_part(category_id)}.parquet"
    tmp = folder / f".{final.name}.{uuid.uuid4().hex}.tmp"
    try:
        pq.write_table(lake_table(offers, crawl_id, category_id), tmp)
        os.replace(tmp, final)
    finally:
        tmp.unlink(missing_ok=True)
    return final


def _files(
    lake: Path, part: str, targets: Iterable[Target] | None, since: date | None
) -> list[Path]:
    root = lake / part
    if not root.exists():
        return []
    wanted = None if targets is None else {(safe_part(t.store), safe_part(t.shop)) for t in targets}
    out: list[Path] = []
    for store_dir in sorted(root.glob("store=*")):
        store = store_dir.name.split("=", 1)[1]
        for date_dir in sorted(store_dir.glob("date=*")):
            if since is not None and date.fromisoformat(date_dir.name.split("=", 1)[1]) < since:
                continue
            for shop_dir in sorted(date_dir.glob("shop=*")):
                shop = shop_dir.name.split("=", 1)[1]
                if wanted is not None and (store, shop) not in wanted:
                    continue
                out.extend(sorted(shop_dir.glob("*.parquet")))
    return out


def lake_files(
    lake: str | Path, *, targets: Iterable[Target] | None = None, since: date | None = None
) -> list[Path]:
    """Every data file (raw and compacted) of ``targets`` (all shops: None) from ``since``."""
    root = Path(lake)
    return _files(root, RAW, targets, since) + _files(root, COMPACTED, targets, since)


def _sql_list(paths: Sequence[Path]) -> str:
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


_EMPTY_ROWS = (
    "SELECT NULL::VARCHAR AS store, NULL::DATE AS date, NULL::VARCHAR AS shop, "
    "NULL::VARCHAR AS product_id, NULL::VARCHAR AS name, NULL::VARCHAR AS brand, "
    "NULL::VARCHAR[] AS category_path, NULL::DECIMAL(12,2) AS price, "
    "NULL::DECIMAL(12,2) AS regular_price, NULL::DECIMAL(12,2) AS card_price, "
    "NULL::TIMESTAMPTZ AS promo_until, NULL::VARCHAR AS sold_by, "
    "NULL::DECIMAL(12,3) AS pack_value, NULL::VARCHAR AS pack_unit, "
    "NULL::INTEGER AS pack_count, NULL::DECIMAL(12,2) AS unit_price, "
    "NULL::VARCHAR AS unit_price_unit, NULL::VARCHAR AS url, NULL::VARCHAR AS image_url, "
    "NULL::BOOLEAN AS available, NULL::TIMESTAMPTZ AS observed_at, NULL::BIGINT AS seq, "
    "NULL::VARCHAR AS crawl_id, NULL::VARCHAR AS category_id WHERE false"
)


def rows_sql(files: Sequence[Path]) -> str:
    """A SELECT of the files' rows with their partition columns (store, date, shop)."""
    if not files:
        return _EMPTY_ROWS
    return (
        f"SELECT store, date, shop, {', '.join(LAKE_COLUMNS)} FROM read_parquet("
        f"{_sql_list(files)}, hive_partitioning = true, hive_types = {HIVE_TYPES}, "
        "union_by_name = true)"
    )


# The change rule of the database's observations, over lake rows: per (store, shop,
# product) in time order, a row is a change when it is the first or a price differs.
_CHANGES = """
SELECT * EXCLUDE (changed) FROM (
    SELECT *,
           row_number() OVER w = 1
           OR price IS DISTINCT FROM lag(price) OVER w
           OR regular_price IS DISTINCT FROM lag(regular_price) OVER w
           OR card_price IS DISTINCT FROM lag(card_price) OVER w AS changed
    FROM ({source})
    WINDOW w AS (PARTITION BY {keys} ORDER BY observed_at, crawl_id, category_id, seq)
) WHERE changed
"""


def changes_sql(source: str, keys: str = "store, shop, product_id") -> str:
    return _CHANGES.format(source=source, keys=keys)


def lake_views_sql(lake: str | Path) -> list[str]:
    """CREATE VIEW statements for ``lake_rows`` and ``lake_observations`` (see above).

    The file list is fixed when the views are made: new files need the views made again.
    """
    files = lake_files(lake)
    rows = rows_sql(files)
    return [
        f"CREATE OR REPLACE VIEW lake_rows AS {rows}",
        "CREATE OR REPLACE VIEW lake_observations AS "
        "SELECT store, shop, product_id, price, regular_price, card_price, observed_at, "
        "date, crawl_id FROM (" + changes_sql("SELECT * FROM lake_rows") + ")",
    ]


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
    lake: str | Path, *, targets: Iterable[Target] | None = None, changes_only: bool = False
) -> CompactReport:
    """Fold each partition's raw files (and its compacted file) into one compacted file.

    Daily (the default), a compacted partition keeps each product's first prices of that
    day and every change within it, so one partition is that shop's whole price list of
    that day. ``changes_only`` keeps a row only when its prices differ from the product's
    previous row in any earlier partition of the shop too (the rows of untouched
    partitions are read as seeds, not rewritten): the database's ``observations``, the
    smallest lake, but a day's partition then lists only what changed that day.

    One ``COPY … PARTITION_BY (store, date, shop)`` writes every touched partition into a
    temporary directory; each file is then renamed into its partition (replacing what was
    compacted there before) and the raw files read are deleted. A crash between the two
    leaves rows both raw and compacted: the change rule drops the repeats on the next
    compaction and in the views.
    """
    import duckdb

    started = time.monotonic()
    root = ensure_lake(lake)
    raw = _files(root, RAW, targets, None)
    report = CompactReport()
    if not raw:
        return report
    touched = {f.parent.relative_to(root / RAW) for f in raw}
    compacted = _files(root, COMPACTED, targets, None)
    old = [f for f in compacted if f.parent.relative_to(root / COMPACTED) in touched]
    seeds: list[Path] = []
    if changes_only:
        shops = {(p.parts[0], p.parts[2]) for p in touched}
        for f in compacted:
            rel = f.parent.relative_to(root / COMPACTED)
            if rel not in touched and (rel.parts[0], rel.parts[2]) in shops:
                seeds.append(f)
    report.files_in = len(raw) + len(old)
    keys = "store, shop, product_id" if changes_only else "store, date, shop, product_id"
    source = f"SELECT *, true AS _keep FROM ({rows_sql(raw + old)})"
    if seeds:
        source += f" UNION ALL BY NAME SELECT *, false AS _keep FROM ({rows_sql(seeds)})"
    tmp = root / f".compact-{uuid.uuid4().hex}"
    con = duckdb.connect()
    try:
        con.execute("SET preserve_insertion_order = false")
        report.rows_in = int(
            con.execute(f"SELECT count(*) FROM ({rows_sql(raw + old)})").fetchall()[0][0]
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
        produced = sorted(tmp.rglob("*.parquet"))
        kept: set[Path] = set()
        for path in produced:
            dest = root / COMPACTED / path.parent.relative_to(tmp) / path.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, dest)
            kept.add(dest)
            report.written.append(str(dest))
        report.partitions = len({Path(w).parent for w in report.written})
        # What was compacted before in a touched partition is in the new file (or, with
        # changes_only, was no change): older files there go with the raw files.
        for f in [*raw, *(f for f in old if f not in kept)]:
            f.unlink(missing_ok=True)
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
    lake: str | Path,
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
    root = Path(lake)
    files = lake_files(root, targets=targets, since=since)
    chosen = (
        sorted(set(targets), key=lambda t: t.key)
        if targets is not None
        else sorted(
            {
                Target(f.parent.parent.parent.name.split("=", 1)[1], f.parent.name.split("=", 1)[1])
                for f in files
            },
            key=lambda t: t.key,
        )
    )
    report = RefreshReport()
    for target in chosen:
        mine = [
            f
            for f in files
            if f.parent.name == f"shop={safe_part(target.shop)}"
            and f.parent.parent.parent.name == f"store={safe_part(target.store)}"
        ]
        if not mine:
            report.rows[target.key] = 0
            continue
        source = _MERGE_SOURCE.format(rows=rows_sql(mine))
        with storage.bulk_write() as con:
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
