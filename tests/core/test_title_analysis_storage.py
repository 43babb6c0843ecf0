"""The stored title analysis: written with every save, redone when the title or the
analyzer changes, and how baskets read candidates by kind."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from korzina.core.matching.analyze import analyze_title, analyzer_version, with_sibling
from korzina.core.storage import open_memory_storage, open_storage
from korzina.core.storage.analysis import (
    CandidateQuery,
    analyze_pending,
    candidate_rows,
    candidate_rows_many,
    reanalyze,
)
from korzina.core.storage.importer import import_file
from korzina.core.storage.migrations import MIGRATIONS, apply_migrations
from korzina.core.storage.rows import pack_of
from korzina.core.text import Lemmatizer
from tests.matching.helpers import offer
from tests.replay import run_korzina


def _kinds(db: Any) -> dict[str, tuple[str, int]]:
    _, rows = db.query("SELECT product_id, kind, analyzer_version FROM products")
    return {pid: (kind, version) for pid, kind, version in rows}


def test_a_saved_offer_is_analysed_in_the_same_write() -> None:
    db = open_memory_storage()
    db.offers.save_offers(
        [
            offer("magnit", "1", "Молоко сгущённое цельное с сахаром 8,5% 380г", "99"),
            offer("magnit", "2", "Филе грудки цыплёнка-бройлера охлаждённое 700г", "399"),
        ]
    )
    kinds = _kinds(db)
    assert kinds["1"] == ("сгущенное молоко", analyzer_version())
    assert kinds["2"] == ("куриное филе", analyzer_version())
    _, rows = db.query(
        "SELECT fat_pct::VARCHAR, title_pack_value::VARCHAR, title_pack_unit FROM products "
        "WHERE product_id = '1'"
    )
    assert rows == [("8.50", "380.000", "г")]


def test_a_renamed_product_is_analysed_again() -> None:
    db = open_memory_storage()
    db.offers.save_offers([offer("dixy", "7", "Хлеб Дарницкий 700г", "60")])
    later = datetime(2030, 1, 1, tzinfo=UTC)
    db.offers.save_offers([offer("dixy", "7", "Томаты черри 250г", "199", observed_at=later)])
    assert _kinds(db)["7"][0] == "помидоры"


def test_candidate_rows_read_the_products_of_a_kind_with_their_analysis() -> None:
    db = open_memory_storage()
    db.offers.save_offers(
        [
            offer("pyaterochka", "1", "Макаронные изделия Barilla Спагетти №5 450г", "120"),
            offer("pyaterochka", "2", "Кола без сахара 0.5л", "80"),
            offer("pyaterochka", "3", "Сахар-песок 1кг", "90"),
            offer("pyaterochka", "4", "Филе трески замороженное 400г", "300"),
        ]
    )
    # (store, product_id, …, kind at column 15)
    # «сахар» with its sub-kind, as an item «сахар» asks (the title is granulated sugar)
    found = candidate_rows(db, CandidateQuery(kinds=("сахар", "сахарный песок")))
    assert [r[1] for r in found] == ["3"]
    pasta = candidate_rows(db, CandidateQuery(kinds=("макароны", "спагетти")))
    assert [(r[1], r[15]) for r in pasta] == [("1", "спагетти")]
    # An item no kind knows finds titles whose head phrase has its word.
    cod = candidate_rows(db, CandidateQuery(lemma="треска"))
    assert [r[1] for r in cod] == ["4"]
    # A look-alike regex and the cheapest per store narrow in SQL.
    none = candidate_rows(db, CandidateQuery(kinds=("сахар",), reject=" (?:сахар)"))
    assert none == []


def test_candidate_rows_narrow_by_what_the_matcher_accepts_in_cut_words() -> None:
    # Storage narrows by the qualifiers and brand an item asks for; a title that says
    # them only cut short («мол.», «NEST.») must still be read, as the matcher takes it.
    db = open_memory_storage()
    db.offers.save_offers(
        [
            offer("magnit", "1", "LAVAZZA Кофе QUALITA ORO мол.в/у 250г", "599"),
            offer("magnit", "2", "LAVAZZA Кофе QUALITA ORO зер.в/у 250г", "599"),
            offer("magnit", "3", "NEST.FITN.Батонч.КЛУБН.с цел.зл/кл.23,5г", "39"),
        ]
    )
    ground = candidate_rows(
        db, CandidateQuery(kinds=("кофе",), qualifiers=(("молотый", ("молот",)),))
    )
    assert [r[1] for r in ground] == ["1"]
    bars = candidate_rows(
        db, CandidateQuery(kinds=("батончик",), brand="nestle", brands=("nestle", "нестле"))
    )
    assert [r[1] for r in bars] == ["3"]


def test_candidate_rows_many_gives_each_query_exactly_its_own_rows() -> None:
    # A cold answer reads every item's candidates in one statement: the rows must come
    # back per query, the same as one query at a time, a product read by two queries
    # given to both, a query nothing can match left empty.
    db = open_memory_storage()
    db.offers.save_offers(
        [
            offer("magnit", "1", "Сахар-песок 1кг", "90"),
            offer("dixy", "2", "Сахар-песок 1кг", "85"),
            offer("magnit", "3", "Макаронные изделия Barilla Спагетти №5 450г", "120"),
            offer("magnit", "4", "Кола без сахара 0.5л", "80"),
            offer("magnit", "5", "Сахар тростниковый 500г", "150"),
        ]
    )
    queries = [
        CandidateQuery(kinds=("сахар", "сахарный песок")),
        CandidateQuery(kinds=("макароны", "спагетти")),
        CandidateQuery(),  # no kind, no word: nothing to read
        CandidateQuery(kinds=("сахар", "сахарный песок"), per_store=1),
        CandidateQuery(kinds=("сахар", "сахарный песок")),
    ]
    many = candidate_rows_many(db, queries)
    assert [sorted(rows) for rows in many] == [
        sorted(candidate_rows(db, query)) for query in queries
    ]
    assert sorted(r[1] for r in many[0]) == ["1", "2", "5"]
    assert sorted(r[1] for r in many[3]) == ["1", "2"]  # the cheapest of each store
    assert many[2] == []
    assert candidate_rows_many(db, []) == []
    # A bare brand's query reads every kind: the statement then scans per part.
    branded = [*queries, CandidateQuery(kinds=("сахар",), brand="barilla", brand_only=True)]
    many = candidate_rows_many(db, branded)
    assert [sorted(rows) for rows in many] == [
        sorted(candidate_rows(db, query)) for query in branded
    ]
    assert [r[1] for r in many[-1]] == ["3"]


def test_a_database_of_the_previous_schema_is_analysed_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    apply_migrations(con, MIGRATIONS[:1])
    con.execute(
        "INSERT INTO products (store, product_id, name, category_path, price, sold_by, "
        "available, first_seen, last_seen) VALUES ('magnit', '1', 'Томаты черри 250г', [], "
        "99.99, 'piece', true, now(), now())"
    )
    con.close()
    with open_storage(path) as db:
        assert _kinds(db)["1"] == ("помидоры", analyzer_version())


def upgraded_catalogue(path: Path, products: int) -> None:
    """A database of ``products`` + 1 distinct tomato titles that an older analyzer read."""
    with open_storage(path) as db:
        db.offers.save_offers([offer("magnit", "0", "Томаты черри 250г", "99")])
    con = duckdb.connect(str(path))
    con.execute(
        "INSERT INTO products (store, product_id, name, category_path, price, sold_by, "
        "available, first_seen, last_seen) SELECT 'magnit', i::VARCHAR, "
        "'Томаты черри сорт ' || i || ' Помидорная грядка 250г', ['Овощи', 'Томаты'], "
        "99.99, 'piece', true, now(), now() FROM range(1, ?) t(i)",
        [products + 1],
    )
    con.execute("UPDATE products SET analyzer_version = 1")
    con.execute(
        "UPDATE kv SET value = '1' WHERE namespace = 'korzina' AND key = 'analyzer_version'"
    )
    con.close()


def test_an_upgrade_reads_a_large_catalogue_again_under_the_answering_memory_limit(
    tmp_path: Path,
) -> None:
    # A basket or the bot opens the database with a small DuckDB memory limit; after an
    # upgrade of the analyzer that first open reads every product again, which held the
    # whole catalogue's update in one transaction and failed with «Out of Memory».
    path = tmp_path / "upgraded.duckdb"
    upgraded_catalogue(path, 20000)
    with open_storage(path, memory_limit="4MB") as db:
        _, rows = db.query(
            "SELECT count(*), count(DISTINCT kind), min(analyzer_version), "
            "current_setting('memory_limit') FROM products"
        )
    ((count, kinds, version, limit),) = rows
    assert (count, kinds, version) == (20001, 1, analyzer_version())
    # The answering limit is back for what the process does next.
    assert limit.endswith(" MiB") and float(limit.removesuffix(" MiB")) < 4


def test_the_open_that_reads_titles_again_first_says_how_many(tmp_path: Path) -> None:
    path = tmp_path / "upgraded.duckdb"
    upgraded_catalogue(path, 30)
    told: list[int] = []
    with open_storage(path, on_reanalysis=told.append):
        pass
    with open_storage(path, on_reanalysis=told.append):  # read already: nothing to say
        pass
    assert told == [31]


def test_a_basket_after_an_upgrade_says_it_reads_the_titles_again_not_a_silent_wait(
    tmp_path: Path,
) -> None:
    path = tmp_path / "upgraded.duckdb"
    upgraded_catalogue(path, 6000)
    env = {"KORZINA_DB": str(path)}
    code, out, err = run_korzina(["basket", "--offline", "--json", "помидоры"], env, tmp_path)
    assert code == 0, err
    assert "названия 6\u00a0001 товаров в базе перечитываются, один раз" in err
    assert out["baskets"][0]["lines"][0]["name"].startswith("Томаты черри")
    code, out, err = run_korzina(["basket", "--offline", "--json", "помидоры"], env, tmp_path)
    assert code == 0 and "перечитываются" not in err


def test_reanalyze_redoes_every_title_and_the_command_reports_it(tmp_path: Path) -> None:
    path = tmp_path / "k.duckdb"
    with open_storage(path) as db:
        db.offers.save_offers([offer("magnit", "1", "Томаты черри 250г", "99")])
        with db.transaction(), db._guard() as con:
            con.execute("UPDATE products SET kind = 'stale', analyzer_version = 1")
        assert reanalyze(db) == 1
        assert _kinds(db)["1"][0] == "помидоры"
        assert reanalyze(db) == 0
        assert reanalyze(db, everything=True) == 1
    code, out, err = run_korzina(
        ["reanalyze", "--all", "--json"], {"KORZINA_DB": str(path)}, tmp_path
    )
    assert code == 0, err
    assert out == {"analyzed": 1, "analyzer_version": analyzer_version()}


_STORED_ANALYSIS = (
    "SELECT store, product_id, name, brand, category_path, sold_by, pack_value, pack_unit, "
    "pack_count, kind, title_words, title_lemmas, head_lemmas, brand_key, fat_pct, egg_class, "
    "title_pack_value, title_pack_unit, title_pack_count FROM products "
    "ORDER BY product_id, store"
)


def _stored_against_direct(db: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Each product's stored analysis, and ``analyze_title`` run afresh on its columns
    (with its X5 sister's title of the same id, ``with_sibling``)."""
    lemmatizer = Lemmatizer()
    _, rows = db.query(_STORED_ANALYSIS)
    fresh = {
        (store, pid): analyze_title(
            name,
            brand,
            tuple(path or ()),
            pack=pack_of(p_value, p_unit, p_count),
            sold_by_kg=sold_by == "kg",
            lemmatizer=lemmatizer,
        )
        for store, pid, name, brand, path, sold_by, p_value, p_unit, p_count, *_ in rows
    }
    sister = {"pyaterochka": "perekrestok", "perekrestok": "pyaterochka"}
    stored, direct = [], []
    for store, pid, *_, kind, words, lemmas, head, brand_key, fat, egg, pv, pu, pc in rows:
        stored.append((pid, kind, words, lemmas, head, brand_key, fat, egg, pv, pu, pc))
        a = fresh[store, pid]
        if (other := fresh.get((sister.get(store, ""), pid))) is not None:
            a = with_sibling(a, other)
        pack = a.pack
        direct.append(
            (
                pid,
                a.kind,
                a.words,
                a.lemmas,
                a.head_lemmas,
                a.brand,
                a.fat_pct,
                a.egg_class,
                None if pack is None else pack.value,
                None if pack is None else pack.unit.value,
                None if pack is None else pack.count,
            )
        )
    return stored, direct


def test_ingest_stores_what_analyze_title_says_for_every_real_title() -> None:
    """The batched, cached analysis at ingest (distinct titles analysed once, analyses
    shared across batches and imports) stores exactly what ``analyze_title`` returns for
    each of the 4,190 real offers, the second import reading the cache only."""
    real = Path(__file__).resolve().parents[1] / "data" / "real_offers.jsonl"
    for _ in range(2):
        db = open_memory_storage()
        import_file(db, real, chunk_rows=700)
        stored, direct = _stored_against_direct(db)
        assert len(stored) > 4000
        assert stored == direct
    # Constructed: one real title under other brands, category paths and sale by weight;
    # what the analysis reads besides the title must not be taken from the cache.
    title = "Молоко Простоквашино пастеризованное 3,2% 930мл"
    db = open_memory_storage()
    db.offers.save_offers(
        [
            offer("magnit", "1", title, "90"),
            offer("magnit", "2", title, "90", brand="Простоквашино"),
            offer("magnit", "3", title, "90", category_path=("Сгущённое молоко",)),
            offer("magnit", "4", title, "90", sold_by="kg", pack=None),
        ]
    )
    stored, direct = _stored_against_direct(db)
    assert stored == direct
    assert len({row[1:] for row in stored}) > 1


def _words(db: Any) -> dict[tuple[str, str], str]:
    _, rows = db.query("SELECT store, product_id, title_words FROM products")
    return {(store, pid): words for store, pid, words in rows}


def test_sister_chains_titles_of_one_product_id_describe_one_product() -> None:
    # Real titles of X5's PLU 3433812 (tests/data/real_offers.jsonl): Пятёрочка leaves
    # out what Перекрёсток says, that the parmesan is grated.
    db = open_memory_storage()
    db.offers.save_offers([offer("pyaterochka", "3433812", "Сыр Пармезан, Dolche, 150 г", "199")])
    assert " тертый " not in _words(db)[("pyaterochka", "3433812")]
    later = datetime(2030, 1, 1, tzinfo=UTC)
    db.offers.save_offers(
        [
            offer(
                "perekrestok",
                "3433812",
                "Сыр Dolce Granto Пармезан тёртый 40%, 150г",
                "209",
                observed_at=later,
            ),
            # Магнит numbers its products its own way: the same id is another product.
            offer("magnit", "3433812", "Кефир 2,5% 900г", "89", observed_at=later),
        ]
    )
    words = _words(db)
    # The earlier product is read again when its sister's title arrives.
    assert " тертый " in words[("pyaterochka", "3433812")]
    assert " dolche " in words[("perekrestok", "3433812")]
    assert " кефир " not in words[("pyaterochka", "3433812")]
    assert " пармезан " not in words[("magnit", "3433812")]
    _, rows = db.query(
        "SELECT store, kind, fat_pct::VARCHAR FROM products WHERE store <> 'magnit' ORDER BY store"
    )
    # What a title says itself stays its own; the sister fills in the fat it leaves out.
    assert rows == [("perekrestok", "сыр", "40.00"), ("pyaterochka", "сыр", "40.00")]


def test_id_families_are_injected_and_none_leaves_every_title_alone() -> None:
    db = open_memory_storage()
    db.offers.save_offers(
        [
            offer("pyaterochka", "7", "Сыр Пармезан, 150 г", "199"),
            offer("perekrestok", "7", "Сыр Пармезан тёртый, 150г", "209"),
        ]
    )
    with db._write() as con:
        con.execute("UPDATE products SET analyzer_version = NULL")
        assert analyze_pending(con, families={}) == 2
    assert " тертый " not in _words(db)[("pyaterochka", "7")]
    families = {"pyaterochka": "x5", "perekrestok": "x5"}
    with db._write() as con:
        con.execute("UPDATE products SET analyzer_version = NULL")
        assert analyze_pending(con, families=families) == 2
        # Nothing is left stale: a second call finds nothing to do.
        assert analyze_pending(con, families=families) == 0
    assert " тертый " in _words(db)[("pyaterochka", "7")]
