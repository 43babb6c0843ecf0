"""Writing offers, a batch at a time, set-based.

The batch goes in as an Arrow table (or the importer's checked rows) and a few set-based
statements append the changed prices to ``observations``, upsert ``products`` and
register unseen stores; the titles new or changed in the batch are analysed in the same
transaction. Every value travels as a parameter or in the Arrow table; the only SQL text
built at run time is fixed identifiers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

from korzina.core.storage.analysis import analyze_pending
from korzina.core.storage.analysis_pool import TitlePool
from korzina.core.storage.base import WriteStats
from korzina.core.storage.rows import OFFER_COLUMNS

# Normalize whatever arrived (BATCH_SCHEMA columns: a registered Arrow table or the
# importer's checked rows) into typed columns; the source relation is appended.
STAGE_BATCH = """
CREATE OR REPLACE TEMP TABLE _batch AS
SELECT CAST(seq AS BIGINT) AS seq, store, product_id, name, brand,
       CAST(coalesce(category_path, []) AS VARCHAR[]) AS category_path,
       CAST(price AS DECIMAL(12,2)) AS price,
       CAST(regular_price AS DECIMAL(12,2)) AS regular_price,
       CAST(card_price AS DECIMAL(12,2)) AS card_price,
       CAST(promo_until AS TIMESTAMPTZ) AS promo_until,
       sold_by,
       CAST(pack_value AS DECIMAL(12,3)) AS pack_value, pack_unit,
       CAST(pack_count AS INTEGER) AS pack_count,
       CAST(unit_price AS DECIMAL(12,2)) AS unit_price, unit_price_unit,
       url, image_url, shop_id, coalesce(available, true) AS available,
       CAST(observed_at AS TIMESTAMPTZ) AS observed_at
FROM """

# A row per price change. Each (store, product_id, shop_id) of the batch is seeded with
# its last stored observation (only that key's history is grouped, not the product's
# other shops); in time order, a batch row is kept when it is the first of its key or
# any of its three prices differs from the row before it.
_INSERT_OBSERVATIONS = """
INSERT INTO observations (store, product_id, shop_id, price, regular_price, card_price,
                          observed_at)
WITH seed AS (
    SELECT o.store, o.product_id, o.shop_id,
           max_by({'p': o.price, 'r': o.regular_price, 'c': o.card_price,
                   't': o.observed_at}, o.observed_at) AS last
    FROM observations o
    SEMI JOIN (SELECT DISTINCT store, product_id, shop_id FROM _batch) k
           ON o.store = k.store AND o.product_id = k.product_id
          AND o.shop_id IS NOT DISTINCT FROM k.shop_id
    GROUP BY o.store, o.product_id, o.shop_id
),
combined AS (
    SELECT store, product_id, shop_id, last.p AS price, last.r AS regular_price,
           last.c AS card_price, last.t AS observed_at, 0 AS src, CAST(0 AS BIGINT) AS seq
    FROM seed
    UNION ALL
    SELECT store, product_id, shop_id, price, regular_price, card_price, observed_at,
           1 AS src, seq
    FROM _batch
),
marked AS (
    SELECT *,
           row_number() OVER w = 1
           OR price IS DISTINCT FROM lag(price) OVER w
           OR regular_price IS DISTINCT FROM lag(regular_price) OVER w
           OR card_price IS DISTINCT FROM lag(card_price) OVER w AS changed
    FROM combined
    WINDOW w AS (PARTITION BY store, product_id, shop_id ORDER BY observed_at, src, seq)
)
SELECT store, product_id, shop_id, price, regular_price, card_price, observed_at
FROM marked
WHERE src = 1 AND changed
"""

# The newest offer of each product in the batch (the later one on a tie), with what one
# look at ``products`` says about it: stored yet, seen earlier than stored, newer.
_STAGE_LATEST = """
CREATE OR REPLACE TEMP TABLE _latest AS
SELECT l.*, p.product_id IS NOT NULL AS known,
       l.first_obs < p.first_seen AS earlier,
       l.observed_at >= p.last_seen AS newer,
       l.category_path IS DISTINCT FROM p.category_path AS path_changed
FROM (
    SELECT * EXCLUDE (seq),
           min(observed_at) OVER (PARTITION BY store, product_id) AS first_obs
    FROM _batch
    QUALIFY row_number() OVER (PARTITION BY store, product_id
                               ORDER BY observed_at DESC, seq DESC) = 1
) l
LEFT JOIN products p ON p.store = l.store AND p.product_id = l.product_id
"""

# How many rows each statement below would touch. Each of them joins the whole products
# table, so one that touches nothing (updates in a first crawl, inserts in a re-crawl,
# stores already registered) is not run.
_COUNT_TODO = """
SELECT count(*) FILTER (NOT known), count(*) FILTER (earlier), count(*) FILTER (newer),
       count(*) FILTER (newer AND path_changed),
       (SELECT count(*) FROM (SELECT DISTINCT store FROM _latest) s
        ANTI JOIN stores ON stores.store_id = s.store)
FROM _latest
"""

# An import of older history may reveal an earlier first sighting.
_UPDATE_FIRST_SEEN = """
UPDATE products SET first_seen = l.first_obs
FROM _latest l
WHERE products.store = l.store AND products.product_id = l.product_id
  AND l.first_obs < products.first_seen
"""

_KEY_MATCH = "products.store = l.store AND products.product_id = l.product_id"
_NEWER = _KEY_MATCH + " AND l.observed_at >= products.last_seen"

# A list column is updated by DuckDB as delete + insert, hundreds of times slower than a
# scalar column, so the category path is only written where it actually changed.
_UPDATE_CATEGORY = (
    "UPDATE products SET category_path = l.category_path FROM _latest l WHERE "
    + _NEWER
    + " AND products.category_path IS DISTINCT FROM l.category_path"
)

# Only a newer (or equally new) offer replaces the stored state.
_SCALAR_COLUMNS = [
    c for c in OFFER_COLUMNS if c not in ("store", "product_id", "category_path", "observed_at")
]
_UPDATE_PRODUCTS = (
    "UPDATE products SET "
    + ", ".join(f"{c} = l.{c}" for c in _SCALAR_COLUMNS)
    + ", last_seen = l.observed_at"
    # A new title or brand is analysed again (``analysis.analyze_pending``).
    + ", analyzer_version = CASE WHEN products.name IS DISTINCT FROM l.name"
    " OR products.brand IS DISTINCT FROM l.brand THEN NULL ELSE products.analyzer_version END"
    + " FROM _latest l WHERE "
    + _NEWER
)

_INSERT_PRODUCTS = (
    "INSERT INTO products ("
    + ", ".join([*OFFER_COLUMNS[:-1], "first_seen", "last_seen"])
    + ") SELECT "
    + ", ".join(f"l.{c}" for c in [*OFFER_COLUMNS[:-1], "first_obs", "observed_at"])
    + " FROM _latest l WHERE NOT l.known"
)

_REGISTER_STORES = """
INSERT INTO stores (store_id, display_name)
SELECT DISTINCT store, store FROM _latest
ON CONFLICT DO NOTHING
"""

BUMP_VERSION = "UPDATE data_version SET version = version + 1, updated_at = current_timestamp"


def merge_offers(
    con: duckdb.DuckDBPyConnection,
    source_sql: str,
    params: Sequence[Any] = (),
    *,
    pool: TitlePool | None = None,
) -> WriteStats:
    """Write the offers ``source_sql`` selects (``BATCH_SCHEMA`` columns) set-based.

    Run inside ``DuckDBStorage.bulk_write``; the same merge as ``save_offer_table``.
    ``pool``: title analysis workers kept across the batches of one write.
    """
    con.execute(STAGE_BATCH + "(" + source_sql + ")", list(params))
    rows = first_count(con.execute("SELECT count(*) FROM _batch").fetchall())
    if rows == 0:
        con.execute("DROP TABLE _batch")
        return WriteStats()
    return merge_batch(con, rows, pool=pool)


def merge_batch(
    con: duckdb.DuckDBPyConnection, rows: int, *, pool: TitlePool | None = None
) -> WriteStats:
    """Append changed prices and upsert products from the staged ``_batch`` table."""
    new_prices = first_count(con.execute(_INSERT_OBSERVATIONS).fetchall())
    con.execute(_STAGE_LATEST)
    # The flags stay true for these statements: none of them changes a product's keys
    # or last_seen before the next one runs (the products update comes last of them).
    new_products, earlier, newer, moved, new_stores = con.execute(_COUNT_TODO).fetchall()[0]
    if earlier:
        con.execute(_UPDATE_FIRST_SEEN)
    if moved:
        con.execute(_UPDATE_CATEGORY)
    if newer:
        con.execute(_UPDATE_PRODUCTS)
    if new_products:
        con.execute(_INSERT_PRODUCTS)
    if new_stores:
        con.execute(_REGISTER_STORES)
    # Titles new or changed in this batch are understood now, in the same transaction.
    analyze_pending(con, among="_latest", pool=pool)
    con.execute("DROP TABLE _latest")
    con.execute("DROP TABLE _batch")
    con.execute(BUMP_VERSION)
    return WriteStats(offers=rows, new_products=new_products, new_prices=new_prices)


def first_count(rows: list[tuple[Any, ...]]) -> int:
    # fetchall, never fetchone: a half-read result blocks `register` on the connection.
    return int(rows[0][0]) if rows else 0
