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

Where: a directory (any shared file system), or S3-compatible storage given as
``s3://bucket/prefix`` (``open_lake``): files are read, written and listed through
pyarrow's file systems, and DuckDB reads an S3 lake's files through the same pyarrow
client registered as an fsspec file system (``attach``), so no DuckDB extension is needed.
A local raw file is written under a temporary name and renamed into place; an object store
has no rename, but an object is stored whole or not at all, so it is written under its
final key directly. The endpoint and keys come from the usual AWS variables
(``AWS_ENDPOINT_URL_S3`` or ``AWS_ENDPOINT_URL``, ``AWS_ACCESS_KEY_ID``,
``AWS_SECRET_ACCESS_KEY``, ``AWS_REGION``).

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

import functools
import json
import os
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.fs as pafs  # type: ignore[import-untyped]
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


S3 = "s3://"


@dataclass(frozen=True)
class Lake:
    """Where a lake is: ``uri`` as shown (an absolute directory or ``s3://bucket/prefix``),
    the pyarrow file system holding it and the lake's root path on that file system."""

    uri: str
    fs: Any  # pyarrow.fs.FileSystem
    root: str

    @property
    def is_s3(self) -> bool:
        return self.uri.startswith(S3)

    def path(self, *parts: str) -> str:
        return "/".join([self.root, *parts])

    def url(self, path: str) -> str:
        """A file's name as DuckDB reads it (an S3 key through ``attach``)."""
        return S3 + path if self.is_s3 else path

    def fs_path(self, url: str) -> str:
        return url[len(S3) :] if self.is_s3 else url

    def __str__(self) -> str:
        return self.uri


def _s3_filesystem() -> Any:
    endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
    # A region given up front: without one the client may ask AWS where the bucket is.
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
    return pafs.S3FileSystem(
        region=region,
        endpoint_override=endpoint or None,
        connect_timeout=10,
        request_timeout=60,
    )


def open_lake(location: str | Path | Lake) -> Lake:
    """A lake location: a directory, or ``s3://bucket/prefix`` on S3-compatible storage."""
    if isinstance(location, Lake):
        return location
    text = str(location)
    if text.startswith(S3):
        root = text[len(S3) :].strip("/")
        if not root:
            raise ConfigError(
                f"lake {text}: no bucket", user_message=f"Озеро цен {text}: не указан бакет."
            )
        return Lake(uri=S3 + root, fs=_s3_filesystem(), root=root)
    resolved = str(Path(text).resolve())
    return Lake(uri=resolved, fs=pafs.LocalFileSystem(), root=resolved)


def _unreachable(lake: Lake, exc: OSError) -> ConfigError:
    return ConfigError(
        f"lake {lake.uri}: {exc}", user_message=f"Озеро цен {lake.uri} недоступно: {exc}"
    )


def _put(lake: Lake, path: str, data: bytes) -> None:
    """A small file written whole: renamed into place locally, one PUT on S3."""
    if lake.is_s3:
        with lake.fs.open_output_stream(path) as out:
            out.write(data)
        return
    tmp = Path(path).with_name(f".{Path(path).name}.{uuid.uuid4().hex}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def ensure_lake(location: str | Path | Lake) -> Lake:
    """Create the lake and its manifest, or check the manifest's version."""
    lake = open_lake(location)
    manifest = lake.path(MANIFEST)
    try:
        if not lake.is_s3:
            Path(lake.root).mkdir(parents=True, exist_ok=True)
        if lake.fs.get_file_info(manifest).type == pafs.FileType.File:
            with lake.fs.open_input_stream(manifest) as f:
                data = json.loads(f.read().decode("utf-8"))
        else:
            data = None
            body = json.dumps({"schema": "korzina-lake", "version": LAKE_VERSION}) + "\n"
            _put(lake, manifest, body.encode("utf-8"))
    except OSError as exc:
        raise _unreachable(lake, exc) from exc
    if data is not None and data.get("version") != LAKE_VERSION:
        raise ConfigError(
            f"lake {lake.uri}: schema version {data.get('version')}, expected {LAKE_VERSION}",
            user_message=(
                f"Озеро цен {lake.uri} другой версии ({data.get('version')}); "
                f"эта korzina читает версию {LAKE_VERSION}."
            ),
        )
    return lake


@functools.cache
def _fsspec_class() -> Any:
    try:
        from fsspec.implementations.arrow import ArrowFSWrapper  # type: ignore[import-untyped]
    except ImportError as exc:
        raise ConfigError(
            "fsspec is not installed",
            user_message=(
                "Для озера цен в S3 нужен пакет fsspec: pip install 'korzina[distributed]'."
            ),
        ) from exc

    class S3Lake(ArrowFSWrapper):
        """pyarrow's S3 client as an fsspec file system DuckDB reads ``s3://`` through."""

        protocol = "s3"

        @classmethod
        def _strip_protocol(cls, path: Any) -> str:
            text = str(path)
            return (text[len(S3) :] if text.startswith(S3) else text).rstrip("/")

    return S3Lake


def attach(con: Any, location: str | Path | Lake) -> None:
    """Let the DuckDB connection ``con`` read the lake's files (an S3 lake's through
    pyarrow's client; a directory needs nothing)."""
    lake = open_lake(location)
    if lake.is_s3 and "s3" not in con.list_filesystems():
        con.register_filesystem(_fsspec_class()(lake.fs))


def partition_path(lake: Lake, part: str, store: str, day: date, shop: str) -> str:
    return lake.path(
        part, f"store={safe_part(store)}", f"date={day.isoformat()}", f"shop={safe_part(shop)}"
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
    lake: str | Path | Lake,
    *,
    crawl_id: str,
    day: date,
    store: str,
    shop: str,
    category_id: str,
    offers: Sequence[Offer],
) -> str:
    """One category's sightings as one raw file, in place only when complete; its name.

    The name depends only on (crawl, category): writing it again replaces it.
    """
    where = open_lake(lake)
    folder = partition_path(where, RAW, store, day, shop)
    final = f"{folder}/{safe_part(crawl_id)}-{safe_part(category_id)}.parquet"
    table = lake_table(offers, crawl_id, category_id)
    if where.is_s3:
        # No rename on an object store; an object appears whole or not at all.
        try:
            pq.write_table(table, final, filesystem=where.fs)
        except OSError as exc:
            raise _unreachable(where, exc) from exc
        return where.url(final)
    Path(folder).mkdir(parents=True, exist_ok=True)
    tmp = Path(folder) / f".{Path(final).name}.{uuid.uuid4().hex}.tmp"
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, final)
    finally:
        tmp.unlink(missing_ok=True)
    return final


class LakeFile(NamedTuple):
    """A data file: its partition (as the path spells it) and its name for DuckDB."""

    store: str
    day: date
    shop: str
    url: str

    @property
    def partition(self) -> tuple[str, date, str]:
        return (self.store, self.day, self.shop)


def _files(
    lake: Lake, part: str, targets: Iterable[Target] | None, since: date | None
) -> list[LakeFile]:
    base = lake.path(part)
    wanted = None if targets is None else {(safe_part(t.store), safe_part(t.shop)) for t in targets}
    try:
        infos = lake.fs.get_file_info(pafs.FileSelector(base, recursive=True, allow_not_found=True))
    except OSError as exc:
        raise _unreachable(lake, exc) from exc
    out: list[LakeFile] = []
    for info in infos:
        if info.type != pafs.FileType.File or not info.path.startswith(base + "/"):
            continue
        parts = info.path[len(base) + 1 :].split("/")
        # store=…/date=…/shop=…/name.parquet; temporary files start with a dot.
        if len(parts) != 4 or parts[3].startswith(".") or not parts[3].endswith(".parquet"):
            continue
        keys = [p.partition("=") for p in parts[:3]]
        if [k for k, _, _ in keys] != ["store", "date", "shop"]:
            continue
        store, day_text, shop = (v for _, _, v in keys)
        try:
            day = date.fromisoformat(day_text)
        except ValueError:
            continue
        if since is not None and day < since:
            continue
        if wanted is not None and (store, shop) not in wanted:
            continue
        out.append(LakeFile(store, day, shop, lake.url(info.path)))
    return sorted(out)


def lake_files(
    lake: str | Path | Lake,
    *,
    targets: Iterable[Target] | None = None,
    since: date | None = None,
) -> list[str]:
    """Every data file (raw and compacted) of ``targets`` (all shops: None) from ``since``,
    named as DuckDB reads them (``attach`` the lake to the connection first)."""
    where = open_lake(lake)
    return [
        f.url for f in _files(where, RAW, targets, since) + _files(where, COMPACTED, targets, since)
    ]


def _sql_list(paths: Sequence[str | Path]) -> str:
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


def _read(files: Sequence[str | Path]) -> str:
    return (
        f"SELECT store, date, shop, {', '.join(LAKE_COLUMNS)} FROM read_parquet("
        f"{_sql_list(files)}, hive_partitioning = true, hive_types = {HIVE_TYPES})"
    )


def rows_sql(files: Sequence[str | Path]) -> str:
    """A SELECT of the files' rows with their partition columns (store, date, shop).

    Raw files (pyarrow's, from ``lake_table``) and compacted ones (DuckDB's ``COPY``) are
    read in two scans joined by name: within each kind every file has the same schema, so
    neither scan needs ``union_by_name``, which would read every file's footer up front
    (a third of a query's time over thousands of files)."""
    if not files:
        return _EMPTY_ROWS
    compacted = [f for f in files if f"/{COMPACTED}/store=" in str(f)]
    raw = [f for f in files if f"/{COMPACTED}/store=" not in str(f)]
    return " UNION ALL BY NAME ".join(_read(group) for group in (raw, compacted) if group)


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


def lake_views_sql(lake: str | Path | Lake) -> list[str]:
    """CREATE VIEW statements for ``lake_rows`` and ``lake_observations`` (see above).

    The file list is fixed when the views are made: new files need the views made again.
    The connection that runs them reads an S3 lake once ``attach``-ed.
    """
    files = lake_files(lake)
    rows = rows_sql(files)
    return [
        f"CREATE OR REPLACE VIEW lake_rows AS {rows}",
        "CREATE OR REPLACE VIEW lake_observations AS "
        "SELECT store, shop, product_id, price, regular_price, card_price, observed_at, "
        "date, crawl_id FROM (" + changes_sql("SELECT * FROM lake_rows") + ")",
    ]
