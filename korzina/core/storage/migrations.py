"""The price database: one DuckDB file, its tables, and the migrations that build them.

Every price korzina sees is kept here: store searches, category crawls and
``korzina import``. Query it with plain SQL (``korzina sql "SELECT …"``, the
``duckdb`` shell, or any DuckDB client opened read-only). Money is roubles as
``DECIMAL(12,2)``, never a float; times are ``TIMESTAMPTZ`` (korzina's sessions use
UTC). Ids are strings as the stores give them. ``shop_id`` is NULL for a price that
is not tied to one shop (a store with one price list for a whole region).

Tables
------

``stores``: one row per store plugin.

============== ========================================================================
store_id       the plugin id: ``pyaterochka``, ``magnit``, ``dixy``, ``perekrestok`` (PK)
display_name   the Russian name: «Пятёрочка», «Магнит», «Дикси», «Перекрёсток»
============== ========================================================================

``shops``: physical shops; prices are per shop. Key (store, shop_id).

============== ========================================================================
store          the store id (``stores.store_id``)
shop_id        the store's own shop id
name           the shop's name, if the store gives one
address        its street address
lat, lon       WGS 84 coordinates (DOUBLE)
extra          JSON object of store-specific strings an adapter needs again
updated_at     when the shop was last saved
============== ========================================================================

``products``: the latest state of every product, one row per (store, product_id).
Updated from the newest offer seen (an older offer, e.g. from an import of old
data, never overwrites a newer one).

================ ======================================================================
store            the store id
product_id       the store's product id (PLU, SKU, goods id)
name             the title as the store writes it
brand            the brand, if the store gives one
category_path    the store's category names from the root down (``VARCHAR[]``);
                 ``array_to_string(category_path, ' > ')`` gives one string
price            what the shopper pays now, promo included; per kg when sold_by = 'kg'
regular_price    the price before the promo, if the store shows one
card_price       the loyalty-card price, if any
promo_until      when the promo ends
sold_by          ``'piece'`` (a pack) or ``'kg'`` (by weight; the price is per kg)
pack_value       the content of one pack (``DECIMAL(12,3)``), e.g. 930
pack_unit        its unit: г, кг, мл, л or шт
pack_count       packs in the offer («4х100г»: value 100, unit г, count 4)
unit_price       the price per unit_price_unit, to compare across pack sizes
unit_price_unit  кг, л or шт
url              the product page
image_url        the product picture
shop_id          the shop whose price this is (the shop of the latest offer)
available        FALSE when the store shows the product as out of stock
first_seen       when korzina first saw the product
last_seen        when korzina last saw it (the time of this state)
kind             what the product is, read from its title once when it was saved
                 (``korzina/data/taxonomy.toml``: «молоко», «сгущенное молоко»,
                 «куриное филе»…; a title no kind knows keeps its head noun, marked
                 ``*`` when it is a look-alike of a known kind: «молоко*»)
title_words      the title's normalized words, space-separated with spaces at both ends
title_lemmas     their lemmas, the same way (``contains(title_lemmas, ' гауда ')``)
head_lemmas      the lemmas of the title's head phrase (the words before «с», «в», a quote
                 or a number): what the product is, not what it is made with
brand_key        the brand for comparison (lower case, letters and digits only)
fat_pct          the fat % the title states
egg_class        the egg class the title states (С0, С1, СО, СВ…)
title_pack_*     the pack the title states (value, unit, count), beside the store's own
analyzed_title   the title the analysis was made from
analyzer_version the analyzer and taxonomy version (``korzina reanalyze`` redoes older)
================ ======================================================================

``observations``: the price history, append-only. A row is written when a price
is seen and differs from the last one recorded for the same (store, product_id,
shop_id): (price, regular_price, card_price) compared as a whole. Seeing the same
prices again writes nothing, so consecutive rows of one key always differ and
``observed_at`` is when that price was first seen.

============== ========================================================================
store          the store id
product_id     the product id (``products.product_id``)
shop_id        the shop, or NULL for a store-wide price
price          the price then (per kg for goods sold by weight)
regular_price  the price before the promo then
card_price     the loyalty-card price then
observed_at    when this price was first seen
============== ========================================================================

``kv``: small JSON documents by namespace and key (saved baskets, user settings,
crawl state). Key (namespace, key).

============== ========================================================================
namespace      who owns the document, e.g. ``basket_answers``
key            its key within the namespace
value          the document (JSON)
updated_at     when it was last written
============== ========================================================================

``schema_version``: the migrations applied to this file, one row each
(``version``, ``name``, ``applied_at``). ``data_version`` is one row: a counter
(``version``, ``updated_at``) bumped by every write of prices, shops or stores, so
long-lived readers know when to reload.

Examples
--------

.. code-block:: sql

    -- the cheapest 3.2% milk per store right now
    SELECT store, name, price, unit_price, unit_price_unit
    FROM products
    WHERE name ILIKE '%молоко%3,2%%' AND available
    QUALIFY row_number() OVER (PARTITION BY store ORDER BY unit_price) = 1;

    -- the price history of one product, with the change from the previous price
    SELECT shop_id, observed_at, price, price - lag(price) OVER w AS change
    FROM observations
    WHERE store = 'magnit' AND product_id = '1000262356'
    WINDOW w AS (PARTITION BY shop_id ORDER BY observed_at)
    ORDER BY shop_id, observed_at;

    -- products per store and how many are on promo
    SELECT s.display_name, count(*) AS products, count(*) FILTER (regular_price > price) AS promo
    FROM products p JOIN stores s ON s.store_id = p.store
    GROUP BY ALL ORDER BY products DESC;

Migrations
----------

``MIGRATIONS`` is an ordered list; each has a version (1, 2, …), a name and its SQL.
``apply_migrations`` runs those above the file's version, each in its own
transaction together with its ``schema_version`` row, so running it again changes
nothing. A released migration is never edited: a change is a new one at the end.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from korzina.core.errors import StorageError

if TYPE_CHECKING:
    import duckdb

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


_V1 = """
CREATE TABLE stores (
    store_id     VARCHAR PRIMARY KEY,
    display_name VARCHAR NOT NULL
);
COMMENT ON TABLE stores IS 'One row per store plugin: id and Russian name.';

CREATE TABLE shops (
    store      VARCHAR NOT NULL,
    shop_id    VARCHAR NOT NULL,
    name       VARCHAR,
    address    VARCHAR,
    lat        DOUBLE,
    lon        DOUBLE,
    extra      JSON,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (store, shop_id)
);
COMMENT ON TABLE shops IS 'Physical shops of each store; prices are per shop.';

CREATE TABLE products (
    store           VARCHAR NOT NULL,
    product_id      VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    brand           VARCHAR,
    category_path   VARCHAR[] NOT NULL,
    price           DECIMAL(12,2) NOT NULL,
    regular_price   DECIMAL(12,2),
    card_price      DECIMAL(12,2),
    promo_until     TIMESTAMPTZ,
    sold_by         VARCHAR NOT NULL CHECK (sold_by IN ('piece', 'kg')),
    pack_value      DECIMAL(12,3),
    pack_unit       VARCHAR,
    pack_count      INTEGER,
    unit_price      DECIMAL(12,2),
    unit_price_unit VARCHAR,
    url             VARCHAR,
    image_url       VARCHAR,
    shop_id         VARCHAR,
    available       BOOLEAN NOT NULL,
    first_seen      TIMESTAMPTZ NOT NULL,
    last_seen       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (store, product_id)
);
COMMENT ON TABLE products IS
    'Latest state of every product, one row per (store, product_id); money in roubles.';

CREATE TABLE observations (
    store         VARCHAR NOT NULL,
    product_id    VARCHAR NOT NULL,
    shop_id       VARCHAR,
    price         DECIMAL(12,2) NOT NULL,
    regular_price DECIMAL(12,2),
    card_price    DECIMAL(12,2),
    observed_at   TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE observations IS
    'Price history, append-only: a row when (price, regular_price, card_price) of a '
    '(store, product_id, shop_id) differs from the last one recorded.';

CREATE TABLE kv (
    namespace  VARCHAR NOT NULL,
    key        VARCHAR NOT NULL,
    value      JSON NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (namespace, key)
);
COMMENT ON TABLE kv IS 'Small JSON documents by namespace and key.';

CREATE TABLE data_version (
    version    BIGINT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
INSERT INTO data_version VALUES (0, now());
COMMENT ON TABLE data_version IS
    'One row: a counter bumped by every write of prices, shops or stores (for caches).';
"""

# Title analysis (korzina.core.matching.analyze), stored beside each product when it is
# saved and redone when the analyzer's version or the product's title changes.
_V2 = """
ALTER TABLE products ADD COLUMN kind VARCHAR;
ALTER TABLE products ADD COLUMN title_words VARCHAR;
ALTER TABLE products ADD COLUMN title_lemmas VARCHAR;
ALTER TABLE products ADD COLUMN head_lemmas VARCHAR;
ALTER TABLE products ADD COLUMN brand_key VARCHAR;
ALTER TABLE products ADD COLUMN fat_pct DECIMAL(5,2);
ALTER TABLE products ADD COLUMN egg_class VARCHAR;
ALTER TABLE products ADD COLUMN title_pack_value DECIMAL(12,3);
ALTER TABLE products ADD COLUMN title_pack_unit VARCHAR;
ALTER TABLE products ADD COLUMN title_pack_count INTEGER;
ALTER TABLE products ADD COLUMN analyzed_title VARCHAR;
ALTER TABLE products ADD COLUMN analyzer_version INTEGER;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "prices, shops, stores, kv", _V1),
    Migration(2, "title analysis columns on products", _V2),
)

LATEST_VERSION = MIGRATIONS[-1].version

_SCHEMA_VERSION_DDL = """
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)
"""


def _check_order(migrations: tuple[Migration, ...]) -> None:
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise StorageError(f"migrations must be numbered 1, 2, 3…; got {versions}")


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to the database (0 for a new file)."""
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() "
        "WHERE table_name = 'schema_version' AND schema_name = 'main' "
        "AND database_name = current_database()"
    ).fetchall()
    if not exists or not exists[0][0]:
        return 0
    rows = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()
    return int(rows[0][0]) if rows else 0


def apply_migrations(
    con: duckdb.DuckDBPyConnection, migrations: tuple[Migration, ...] = MIGRATIONS
) -> list[int]:
    """Apply the migrations the database lacks, in order; returns the versions applied.

    Each migration and its ``schema_version`` row commit together, so a failure leaves
    the file at the last good version and running this again is harmless.
    """
    _check_order(migrations)
    con.execute(_SCHEMA_VERSION_DDL)
    have = current_version(con)
    newest = migrations[-1].version if migrations else 0
    if have > newest:
        raise StorageError(
            f"database schema version {have} is newer than this korzina knows ({newest})",
            user_message=(
                f"База создана более новой версией korzina (схема {have}, "
                f"эта версия знает до {newest}). Обновите korzina."
            ),
        )
    applied: list[int] = []
    for migration in migrations:
        if migration.version <= have:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_version (version, name) VALUES (?, ?)",
                [migration.version, migration.name],
            )
            con.execute("COMMIT")
        except Exception as exc:
            con.execute("ROLLBACK")
            raise StorageError(
                f"migration {migration.version} ({migration.name}) failed: {exc}",
                user_message=f"Не удалось обновить схему базы до версии {migration.version}.",
            ) from exc
        log.info("applied migration %s: %s", migration.version, migration.name)
        applied.append(migration.version)
    return applied
