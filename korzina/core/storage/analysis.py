"""Stored title analysis: written when products are saved, read by kind for baskets.

Every write of offers (a live search, a crawl batch, ``korzina import``) ends with
``analyze_pending`` in the same transaction: the products whose title or brand changed
(the merge clears their ``analyzer_version``) or that an older analyzer read are
analysed (``korzina.core.matching.analyze``), and their ``kind``, words, lemmas, brand,
fat %, egg class and title pack columns set. Titles are analysed once per distinct
(title, brand, category path, pack), so a crawl that sees the same products again does
no analysis at all. ``korzina reanalyze`` runs the same function over the whole table
after the analyzer or the taxonomy changed. Stores of one id family (X5's PLU for
Пятёрочка and Перекрёсток, ``StoreAdapter.id_family``) give one product one id: a product is
analysed with its sister chain's title of the same id too (``with_sibling``), and again when
that title arrives or changes.

``candidate_rows`` is how baskets find candidates: the products of an item's kinds (and,
for an item no kind knows, the titles whose head phrase has its word), narrowed by what
the item must have, straight from the stored columns, never by analysing titles again.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from korzina.core.matching.analyze import TitleAnalysis, analyzer_version, with_sibling
from korzina.core.matching.marks import abbreviation_pattern
from korzina.core.storage.analysis_pool import Product, TitlePool, analyze_product
from korzina.core.storage.rows import arrow
from korzina.core.text import Lemmatizer

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa  # type: ignore[import-untyped]

    from korzina.core.storage.base import Storage
    from korzina.core.storage.duckdb_repo import DuckDBStorage

# Products analysed per UPDATE: bounds the memory of a whole-table reanalysis.
_CHUNK = 50_000


@functools.cache
def _analysis_schema() -> pa.Schema:
    pa = arrow()
    return pa.schema(
        [
            ("store", pa.string()),
            ("product_id", pa.string()),
            ("kind", pa.string()),
            ("title_words", pa.string()),
            ("title_lemmas", pa.string()),
            ("head_lemmas", pa.string()),
            ("brand_key", pa.string()),
            ("fat_pct", pa.decimal128(5, 2)),
            ("egg_class", pa.string()),
            ("title_pack_value", pa.decimal128(12, 3)),
            ("title_pack_unit", pa.string()),
            ("title_pack_count", pa.int32()),
            ("analyzed_title", pa.string()),
        ]
    )


_PRODUCT = (
    "{t}.name, {t}.brand, {t}.category_path, {t}.sold_by, {t}.pack_value, {t}.pack_unit, "
    "{t}.pack_count"
)
_PENDING = (
    "SELECT p.store, p.product_id FROM products p {among}"
    "WHERE p.analyzer_version IS DISTINCT FROM ?"
)
# With stores of an id family: each product is read with its sister chain's title of the
# same id (``with_sibling``), and read again when that title is new or changed.
_PENDING_WITH_SIBLINGS = (
    "{cte}SELECT DISTINCT p.store, p.product_id FROM products p {among}"
    "LEFT JOIN {siblings} s ON s.product_id = p.product_id AND s.store <> p.store "
    "AND {family_p} = {family_s} "
    "WHERE p.analyzer_version IS DISTINCT FROM ? "
    "OR (s.store IS NOT NULL AND s.analyzer_version IS DISTINCT FROM ?)"
)
# The products to read, numbered: chunk k is read while chunk k - 1 is written, so
# every chunk is fixed before any is written (a written product is no longer stale).
_TODO = (
    "CREATE OR REPLACE TEMP TABLE _analysis_todo AS "
    "SELECT *, row_number() OVER () AS n FROM ({pending})"
)
_CHUNK_ROWS = (
    "SELECT p.store, p.product_id, " + _PRODUCT.format(t="p") + " FROM _analysis_todo t "
    "JOIN products p USING (store, product_id) WHERE t.n BETWEEN ? AND ?"
)
# A chunk's products with their sister chains' products of the same ids, one sister each;
# the sisters are looked for among the chunk's ids only, not the whole table per chunk.
_CHUNK_ROWS_WITH_SIBLINGS = (
    "WITH c AS MATERIALIZED (SELECT store, product_id FROM _analysis_todo WHERE n BETWEEN ? AND ?) "
    "SELECT p.store, p.product_id, "
    + _PRODUCT.format(t="p")
    + ", "
    + _PRODUCT.format(t="s")
    + " FROM c JOIN products p USING (store, product_id) "
    "LEFT JOIN (SELECT * FROM products WHERE {family_products} IS NOT NULL "
    "AND product_id IN (SELECT product_id FROM c)) s "
    "ON s.product_id = p.product_id AND s.store <> p.store AND {family_p} = {family_s} "
    "QUALIFY row_number() OVER (PARTITION BY p.store, p.product_id ORDER BY s.store) = 1"
)
# A batch's products and their sister chains' products of the same ids; the products of a
# family with the batch's ids are read once (``_sib``), not the whole table per join.
_WITH_SIBLINGS_OF_BATCH = (
    "WITH _sib AS MATERIALIZED (SELECT store, product_id, analyzer_version, "
    + _PRODUCT.format(t="products")
    + " FROM products WHERE {family_products} IS NOT NULL "
    "AND product_id IN (SELECT product_id FROM {among})), "
    "_among AS (SELECT store, product_id FROM {among} UNION "
    "SELECT q.store, q.product_id FROM _sib q JOIN {among} b "
    "ON q.product_id = b.product_id AND q.store <> b.store AND {family_q} = {family_b}) "
)
_STORE_ID = re.compile(r"[a-z0-9_.-]+")


def _family_sql(column: str, families: Mapping[str, str]) -> str:
    """A SQL expression of the id family of the store in ``column`` (NULL: none)."""
    whens = " ".join(f"WHEN '{store}' THEN '{family}'" for store, family in families.items())
    return f"(CASE {column} {whens} END)"


@functools.cache
def installed_id_families() -> Mapping[str, str]:
    """The id families the installed store plugins declare (``StoreAdapter.id_family``)."""
    from korzina.core.plugins import id_families, make_plugin_manager

    return id_families(make_plugin_manager())


def _shared_families(families: Mapping[str, str]) -> dict[str, str]:
    """The stores whose family has another store too (only they have siblings)."""
    safe = {s: f for s, f in families.items() if _STORE_ID.fullmatch(s) and _STORE_ID.fullmatch(f)}
    counts = Counter(safe.values())
    return {s: f for s, f in safe.items() if counts[f] > 1}


# Where the whole table was last brought to an analyzer version (``analyzed_database``).
_MARK = ("korzina", "analyzer_version")

_UPDATE = """
UPDATE products SET
    kind = a.kind, title_words = a.title_words, title_lemmas = a.title_lemmas,
    head_lemmas = a.head_lemmas,
    brand_key = a.brand_key, fat_pct = a.fat_pct, egg_class = a.egg_class,
    title_pack_value = a.title_pack_value, title_pack_unit = a.title_pack_unit,
    title_pack_count = a.title_pack_count, analyzed_title = a.analyzed_title,
    analyzer_version = ?
FROM _analysis a
WHERE products.store = a.store AND products.product_id = a.product_id
"""


@functools.cache
def shared_lemmatizer() -> Lemmatizer:
    """One word cache per process for ingest: catalogues repeat their words."""
    return Lemmatizer()


def analyze_pending(
    con: duckdb.DuckDBPyConnection,
    lemmatizer: Lemmatizer | None = None,
    *,
    among: str | None = None,
    families: Mapping[str, str] | None = None,
    commit_chunks: bool = False,
    pool: TitlePool | None = None,
) -> int:
    """Analyse every product whose stored analysis is missing or stale; returns how many.

    ``among``: a table of (store, product_id) to look at only (a merge's own batch, so a
    crawl batch costs its own rows, not a scan of the catalogue). ``families``: each
    store's id family (default: what the installed plugins declare); a product is read
    with its sister chain's title of the same id, and read again when that one changes.
    Runs inside the caller's transaction (the write that saved the products).
    ``commit_chunks``: commit after every chunk and go on in a new transaction (a whole
    catalogue read again: DuckDB holds a transaction's updated rows in memory, and a
    process opened with ``ANSWERING_MEMORY`` could not hold 200,000 of them). ``pool``:
    the workers of a write that has more batches (default: started here if needed)."""
    lemmatizer = lemmatizer or shared_lemmatizer()
    version = analyzer_version()
    families = installed_id_families() if families is None else families
    pending, params, chunk_rows = _pending_query(con, version, among, _shared_families(families))
    con.execute(_TODO.format(pending=pending), params)
    try:
        (total,) = con.execute("SELECT count(*) FROM _analysis_todo").fetchall()[0]
        if not total:
            return 0
        chunks = [(lo, min(lo + _CHUNK - 1, total)) for lo in range(1, total + 1, _CHUNK)]

        def start(chunk: tuple[int, int], reading: _Reading | None) -> _Reading:
            rows = con.execute(chunk_rows, list(chunk)).fetchall()
            return _Reading.start(rows, lemmatizer, workers, reading)

        with contextlib.nullcontext(pool) if pool is not None else TitlePool() as workers:
            # The workers read chunk k + 1 while this process writes chunk k.
            reading = start(chunks[0], None)
            for k in range(len(chunks)):
                following = start(chunks[k + 1], reading) if k + 1 < len(chunks) else None
                _write_analyses(con, reading.table(), version)
                if commit_chunks:
                    con.execute("COMMIT")
                    con.execute("BEGIN TRANSACTION")
                if following is not None:
                    reading = following
        return int(total)
    finally:
        with contextlib.suppress(Exception):
            con.execute("DROP TABLE IF EXISTS _analysis_todo")


def _write_analyses(con: duckdb.DuckDBPyConnection, table: pa.Table, version: int) -> None:
    con.register("_analysis", table)
    try:
        con.execute(_UPDATE, [version])
    finally:
        # After a failed statement the transaction is aborted and so is this call: the
        # statement's own error is the one to see.
        with contextlib.suppress(Exception):
            con.unregister("_analysis")


def _pending_query(
    con: duckdb.DuckDBPyConnection, version: int, among: str | None, shared: Mapping[str, str]
) -> tuple[str, list[Any], str]:
    """``analyze_pending``'s queries: the keys of the stale products (of ``among`` only,
    if given) and its parameters, and the query of one chunk's rows of them (with their
    sister chains' titles where ``shared`` has families)."""
    if shared and among:
        # A batch of no family's store (a Магнит crawl) has no siblings to look for.
        (n,) = con.execute(
            f"SELECT count(*) FROM {among} WHERE list_contains(?::VARCHAR[], store)",
            [list(shared)],
        ).fetchone() or (0,)
        if not n:
            shared = {}
    if not shared:
        join = f"JOIN {among} b USING (store, product_id) " if among else ""
        return _PENDING.format(among=join), [version], _CHUNK_ROWS
    cte = ""
    if among:
        cte = _WITH_SIBLINGS_OF_BATCH.format(
            among=among,
            family_products=_family_sql("store", shared),
            family_q=_family_sql("q.store", shared),
            family_b=_family_sql("b.store", shared),
        )
    pending = _PENDING_WITH_SIBLINGS.format(
        cte=cte,
        among="JOIN _among b USING (store, product_id) " if among else "",
        siblings="_sib" if among else "products",
        family_p=_family_sql("p.store", shared),
        family_s=_family_sql("s.store", shared),
    )
    chunk_rows = _CHUNK_ROWS_WITH_SIBLINGS.format(
        family_products=_family_sql("store", shared),
        family_p=_family_sql("p.store", shared),
        family_s=_family_sql("s.store", shared),
    )
    return pending, [version, version], chunk_rows


# Analyses of recent titles, shared by the batches of a crawl or an import: a catalogue
# repeats titles across categories, shops and re-crawls. Keyed by what the analysis reads
# (with the analyzer version); only for the shared lemmatizer; emptied when full.
_RECENT: dict[tuple[Any, ...], TitleAnalysis] = {}
_RECENT_MAX = 50_000


def _products(row: tuple[Any, ...]) -> tuple[Product, Product | None]:
    """A pending row's product, and its sister chain's product of the same id if it has
    one (``_PENDING_WITH_SIBLINGS``)."""
    sibling = row[9:16] if len(row) >= 16 and row[9] is not None else None
    return row[2:9], sibling


_Key = tuple[Any, ...]


@dataclass
class _Reading:
    """One chunk of pending rows, its new titles being read by the workers meanwhile."""

    rows: Sequence[tuple[Any, ...]]
    lemmatizer: Lemmatizer
    version: int
    new: dict[_Key, Product]  # the titles the workers read (none: this process reads)
    analyses: Callable[[], list[TitleAnalysis] | None] | None

    @classmethod
    def start(
        cls,
        rows: Sequence[tuple[Any, ...]],
        lemmatizer: Lemmatizer,
        pool: TitlePool | None,
        earlier: _Reading | None = None,
    ) -> _Reading:
        """Start the workers on ``rows``' titles that neither the recent analyses nor the
        ``earlier`` chunk, still being read, has."""
        version = analyzer_version()
        new: dict[_Key, Product] = {}
        analyses = None
        # The workers read like the parent only with the shared lemmatizer.
        if pool is not None and lemmatizer is shared_lemmatizer():
            reading = earlier.new if earlier is not None else {}
            for row in rows:
                for product in _products(row):
                    if product is None:
                        continue
                    k = _key(version, product)
                    if k not in _RECENT and k not in reading:
                        new.setdefault(k, product)
            analyses = pool.submit(list(new.values()))
            if analyses is None:
                new = {}
        return cls(rows, lemmatizer, version, new, analyses)

    def table(self) -> pa.Table:
        """The chunk's analyses as the ``_analysis`` table (waiting for the workers)."""
        shared = self.lemmatizer is shared_lemmatizer()
        seen: dict[_Key, TitleAnalysis] = _RECENT if shared else {}
        read = self.analyses() if self.analyses is not None else None
        if len(seen) > _RECENT_MAX:
            seen.clear()
        if read is not None:
            seen.update(zip(self.new, read, strict=True))

        def analysis(product: Product) -> TitleAnalysis:
            k = _key(self.version, product)
            a = seen.get(k)
            if a is None:
                a = seen[k] = analyze_product(product, self.lemmatizer)
            return a

        return _table(self.rows, [_analysis_of(row, analysis) for row in self.rows])


def _key(version: int, product: Product) -> _Key:
    """What a product's analysis reads, with the analyzer version."""
    name, brand, path, sold_by, p_value, p_unit, p_count = product
    return (version, name, brand, tuple(path or ()), p_value, p_unit, p_count, sold_by)


def _analysis_of(
    row: tuple[Any, ...], analysis: Callable[[Product], TitleAnalysis]
) -> TitleAnalysis:
    product, sibling = _products(row)
    own = analysis(product)
    return own if sibling is None else with_sibling(own, analysis(sibling))


def _table(rows: Sequence[tuple[Any, ...]], found: Sequence[TitleAnalysis]) -> pa.Table:
    packs = [a.pack for a in found]
    cols: dict[str, list[Any]] = {
        "store": [r[0] for r in rows],
        "product_id": [r[1] for r in rows],
        "kind": [a.kind for a in found],
        "title_words": [a.words for a in found],
        "title_lemmas": [a.lemmas for a in found],
        "head_lemmas": [a.head_lemmas for a in found],
        "brand_key": [a.brand for a in found],
        "fat_pct": [a.fat_pct for a in found],
        "egg_class": [a.egg_class for a in found],
        "title_pack_value": [None if p is None else p.value for p in packs],
        "title_pack_unit": [None if p is None else p.unit.value for p in packs],
        "title_pack_count": [None if p is None else p.count for p in packs],
        "analyzed_title": [r[2] for r in rows],
    }
    return arrow().table(cols, schema=_analysis_schema())


def analyzed_database(con: duckdb.DuckDBPyConnection) -> int:
    """Bring a whole database to this analyzer (an upgrade, or a file of the previous
    schema) once: a mark in ``kv`` says it is done, so opening a database costs nothing
    afterwards; every merge analyses its own new and renamed products. Returns how many
    products were analysed. Runs in the caller's transaction, and commits it after every
    chunk of products (``analyze_pending``'s ``commit_chunks``): an upgrade interrupted
    keeps what it read, and the next open goes on from there."""
    if database_analyzed(con):
        return 0
    done = analyze_pending(con, commit_chunks=True)
    con.execute(
        "INSERT INTO kv VALUES (?, ?, ?, now()) ON CONFLICT DO UPDATE SET value = excluded.value, "
        "updated_at = excluded.updated_at",
        [*_MARK, str(analyzer_version())],
    )
    return done


def database_analyzed(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether ``analyzed_database`` has brought the whole database to this analyzer."""
    rows = con.execute(
        "SELECT value::INTEGER FROM kv WHERE namespace = ? AND key = ?", list(_MARK)
    ).fetchall()
    return bool(rows) and rows[0][0] == analyzer_version()


def stale_products(con: duckdb.DuckDBPyConnection) -> int:
    """How many stored products this analyzer has not read (what an upgrade reads again)."""
    row = con.execute(
        "SELECT count(*) FROM products WHERE analyzer_version IS DISTINCT FROM ?",
        [analyzer_version()],
    ).fetchone()
    return int(row[0]) if row else 0


def reanalyze(db: DuckDBStorage, *, everything: bool = False) -> int:
    """Analyse stale products again (``everything``: all of them); returns how many.
    Commits after every chunk: run it on its own, not inside a caller's transaction."""
    with db._write() as con:
        if everything:
            con.execute("UPDATE products SET analyzer_version = NULL")
        done = analyze_pending(con, commit_chunks=True)
        analyzed_database(con)
        return done


# --- reading ------------------------------------------------------------------

ANALYSIS_COLUMNS = (
    "kind, title_words, title_lemmas, head_lemmas, brand_key, fat_pct, egg_class, "
    "title_pack_value, title_pack_unit, title_pack_count"
)


@dataclass(frozen=True)
class CandidateQuery:
    """Which stored products can be one list item: its kinds (or, for an item no kind
    knows, its word in the title), narrowed by what it must have. Every filter keeps a
    superset of what the matcher accepts: a product with no stated fat % stays for a fat
    asked, since the matcher may still take it."""

    kinds: tuple[str, ...] = ()
    lemma: str | None = None
    fat_pct: Decimal | None = None
    egg_classes: tuple[str, ...] = ()
    brand: str = ""
    brands: tuple[str, ...] = ()  # its spellings to look for in the title
    # A regex over ``title_words`` of look-alikes to leave out, and one of second
    # choices to rank last (the matcher's own ``reject_re`` and ``fallback_re``).
    reject: str | None = None
    fallback: str | None = None
    # Only the first ``per_store`` products of each store in price order per kg, l or
    # piece: enough for the cheapest pick and its alternatives (None: all of them).
    per_store: int | None = None
    # (lemma, stems): the lemma or a word starting with one of the stems in the title
    qualifiers: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # A bare brand: products of the brand of any kind too (the matcher ranks them last).
    brand_only: bool = False
    # Titles of this parent kind that say one of these stems: the matcher's ``mentions``.
    parent: str | None = None
    mention_stems: tuple[str, ...] = ()

    @property
    def narrowed(self) -> bool:
        """Fewer products than the whole kinds are read."""
        return bool(
            self.fat_pct is not None
            or self.egg_classes
            or self.brand
            or self.qualifiers
            or self.reject
            or self.per_store is not None
        )


# What the index needs of a product: its offer fields and its stored analysis.
CANDIDATE_COLUMNS = (
    "store, product_id, name, brand, category_path, price, regular_price, card_price, "
    "sold_by, pack_value, pack_unit, pack_count, url, available, last_seen, " + ANALYSIS_COLUMNS
)


def candidate_rows(
    db: Storage, query: CandidateQuery, *, stores: Sequence[str] | None = None
) -> list[tuple[Any, ...]]:
    """The ``CANDIDATE_COLUMNS`` of the products that can be the item ``query`` describes."""
    built = _candidate_filter(query, stores)
    if built is None:
        return []
    _, rows = db.query(f"SELECT {CANDIDATE_COLUMNS} FROM products WHERE {built.sql}", built.params)
    return rows


def candidate_rows_many(
    db: Storage, queries: Sequence[CandidateQuery]
) -> list[list[tuple[Any, ...]]]:
    """``candidate_rows`` of each query, read in one statement: DuckDB runs the parts on
    all its threads, and a cold answer pays one round trip instead of one per item. The
    table is scanned once, for the rows of any query's kinds or words, and only the
    columns the parts test; each part picks its rows from those, and the wide columns
    (titles, paths, prices) are read once, by a join, for the rows picked."""
    out: list[list[tuple[Any, ...]]] = [[] for _ in queries]
    built = [(i, b) for i, q in enumerate(queries) if (b := _candidate_filter(q, None)) is not None]
    if not built:
        return out
    if all(b.gate is not None for _, b in built):
        # DuckDB pushes a list of kinds into its scan for one query alone: one scan by
        # every query's gate, of the columns the parts test, costs less than one a part.
        gates = " OR ".join(f"({b.gate})" for _, b in built)
        source = "gated"
        cte = (
            f"gated AS MATERIALIZED (SELECT rowid AS row_id, {_FILTER_COLUMNS} "
            f"FROM products WHERE available AND ({gates})), "
        )
        cte_params = [p for _, b in built for p in b.gate_params]
    else:  # a bare brand's query reads every kind: no gate to scan by
        source = "(SELECT rowid AS row_id, * FROM products)"
        cte, cte_params = "", []
    hits = " UNION ALL ".join(
        f"(SELECT {i} AS query_no, row_id FROM {source} WHERE {b.sql})" for i, b in built
    )
    # The products' side is cut to the hits by a semi-join before the join: joined
    # directly, DuckDB may build its hash table over the whole products table.
    _, rows = db.query(
        f"WITH {cte}hits AS MATERIALIZED ({hits}), "
        f"wide AS (SELECT rowid AS row_id, {CANDIDATE_COLUMNS} FROM products "
        "WHERE rowid IN (SELECT row_id FROM hits)) "
        "SELECT hits.query_no, wide.* EXCLUDE (row_id) FROM hits JOIN wide USING (row_id)",
        [*cte_params, *(p for _, b in built for p in b.params)],
    )
    for row in rows:
        out[row[0]].append(row[1:])
    return out


# The columns ``_candidate_filter``'s conditions and ordering test.
_FILTER_COLUMNS = (
    "store, product_id, kind, head_lemmas, title_words, title_lemmas, category_path, "
    "brand_key, fat_pct, egg_class, available, sold_by, price, pack_value, pack_unit, "
    "pack_count, title_pack_value, title_pack_unit, title_pack_count"
)


@dataclass(frozen=True)
class _Filter:
    """What follows ``WHERE`` for one query (``sql``, ``params``, its per-store cut
    included), and its ``gate``: the kinds or words a row needs at all (None: a bare
    brand's query, which any kind can answer)."""

    sql: str
    params: list[Any]
    gate: str | None
    gate_params: list[Any]


def _candidate_filter(query: CandidateQuery, stores: Sequence[str] | None) -> _Filter | None:
    """What follows ``FROM products WHERE`` in ``candidate_rows`` (its conditions and its
    per-store cut), with its parameters; None when nothing can match."""
    where: list[str] = []
    params: list[Any] = []
    either = []
    if query.kinds:
        either.append("list_contains(?::VARCHAR[], kind)")
        params.append(list(query.kinds))
    if query.lemma:
        either.append("contains(head_lemmas, ?)")
        params.append(f" {query.lemma} ")
    if query.brand_only and query.brand:
        either.append("true")  # narrowed to the brand below
    if query.parent and query.mention_stems:
        said = " OR ".join("contains(title_words, ?)" for _ in query.mention_stems)
        either.append(f"(kind = ? AND ({said}))")
        params += [query.parent, *(f" {s}" for s in query.mention_stems)]
    if not either:
        return None
    gate = None if query.brand_only and query.brand else " OR ".join(either)
    gate_params = list(params)
    where.append("(" + " OR ".join(either) + ")")
    if query.fat_pct is not None:
        # A whole % also takes the half-point above it (``score.fat_agrees``).
        where.append("(fat_pct IS NULL OR fat_pct BETWEEN ? AND ?)")
        params += [query.fat_pct, query.fat_pct + Decimal("0.5")]
    if query.egg_classes:
        where.append("(egg_class IS NULL OR list_contains(?::VARCHAR[], egg_class))")
        params.append(list(query.egg_classes))
    if query.brand:
        spellings = query.brands or (query.brand,)
        # The brand cut short in the title («NEST.», ``score.has_brand``).
        cut = [p for b in spellings if (p := abbreviation_pattern(b, shortest=4))]
        where.append(
            "(brand_key = ? OR "
            + " OR ".join(
                [
                    *("contains(replace(title_words, ' ', ''), ?)" for _ in spellings),
                    *("regexp_matches(title_words, ?)" for _ in cut),
                ]
            )
            + ")"
        )
        params += [query.brand, *spellings, *cut]
    for lemma, stems in query.qualifiers:
        either = ["contains(title_lemmas, ?)"]
        params.append(f" {lemma} ")
        if (cut_word := abbreviation_pattern(lemma)) is not None:
            either.append("regexp_matches(title_words, ?)")  # «сух.», ``score.has_qualifier``
            params.append(cut_word)
        for stem in stems:
            either += [
                "contains(title_words, ?)",
                "contains(replace(lower(array_to_string(category_path, ' ')), 'ё', 'е'), ?)",
            ]
            params += [f" {stem}", stem]
        where.append("(" + " OR ".join(either) + ")")
    if query.reject:
        where.append("NOT regexp_matches(title_words, ?)")
        params.append(query.reject)
    if stores is not None:
        where.append("list_contains(?::VARCHAR[], store)")
        params.append(list(stores))
    where.append("available")
    sql = " AND ".join(where)
    if query.per_store is not None:
        second = "regexp_matches(title_words, ?)" if query.fallback else "false"
        if query.fallback:
            params.append(query.fallback)
        sql += (
            f" QUALIFY row_number() OVER (PARTITION BY store ORDER BY {second}, "
            f"{_UNIT_PRICE} NULLS LAST, price, product_id) <= ?"
        )
        params.append(query.per_store)
    return _Filter(sql, params, gate, gate_params)


# The price per kg, l or piece, from the store's pack, else the title's (for ordering).
_UNIT_PRICE = """(CASE WHEN sold_by = 'kg' THEN price
    WHEN pack_value > 0 THEN price / (pack_value * coalesce(pack_count, 1)
        * CASE WHEN pack_unit IN ('г', 'мл') THEN 0.001 ELSE 1 END)
    WHEN title_pack_value > 0 THEN price / (title_pack_value * coalesce(title_pack_count, 1)
        * CASE WHEN title_pack_unit IN ('г', 'мл') THEN 0.001 ELSE 1 END)
    END)"""


def kinds_of_word(db: Storage, lemma: str) -> list[tuple[str, int]]:
    """How many stored products of each kind have ``lemma`` anywhere in their title:
    what the catalogue says a word no kind knows is («басмати»: рис)."""
    _, rows = db.query(
        "select kind, count(*) from products where contains(title_lemmas, ?) "
        "group by kind order by count(*) desc, kind",
        [f" {lemma} "],
    )
    return [(str(kind), int(n)) for kind, n in rows]
