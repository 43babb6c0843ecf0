"""Storage behaviour: the DuckDB repositories, transactions and read-only SQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import pytest

from korzina.core.errors import StorageError
from korzina.core.models import Location, Offer, PackSize, Shop, SizeUnit, SoldBy
from korzina.core.storage import (
    DuckDBStorage,
    Storage,
    open_memory_storage,
    open_storage,
)
from korzina.core.storage.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    Migration,
    apply_migrations,
)

T0 = datetime(2026, 9, 25, 10, 0, tzinfo=UTC)


def offer(
    product_id: str = "1", price: str | Decimal = "89.99", *, at: datetime = T0, **kw: Any
) -> Offer:
    fields: dict[str, Any] = {
        "store": "magnit",
        "product_id": product_id,
        "name": f"Молоко Простоквашино 3,2% 930 мл #{product_id}",
        "price": price,
        "observed_at": at,
    }
    fields.update(kw)
    return Offer(**fields)


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[Storage]:
    db: Storage = open_storage(tmp_path / "db" / "korzina.duckdb")
    yield db
    db.close()


# --- observations ------------------------------------------------------------


def test_same_price_seen_twice_writes_one_observation(storage: Storage) -> None:
    storage.offers.save_offers([offer(price="89.99")])
    stats = storage.offers.save_offers([offer(price="89.99", at=T0 + timedelta(hours=1))])

    assert stats.new_prices == 0
    assert [p.price for p in storage.offers.price_history("magnit", "1")] == [Decimal("89.99")]


def test_changed_price_writes_a_second_observation(storage: Storage) -> None:
    storage.offers.save_offers([offer(price="89.99")])
    stats = storage.offers.save_offers([offer(price="79.99", at=T0 + timedelta(hours=1))])

    history = storage.offers.price_history("magnit", "1")
    assert stats.new_prices == 1
    assert [(p.price, p.observed_at) for p in history] == [
        (Decimal("89.99"), T0),
        (Decimal("79.99"), T0 + timedelta(hours=1)),
    ]


def test_price_returning_to_an_earlier_value_is_a_new_observation(storage: Storage) -> None:
    storage.offers.save_offers(
        [
            offer(price="89.99", at=T0),
            offer(price="79.99", at=T0 + timedelta(days=1)),
            offer(price="79.99", at=T0 + timedelta(days=2)),
            offer(price="89.99", at=T0 + timedelta(days=3)),
        ]
    )
    prices = [p.price for p in storage.offers.price_history("magnit", "1")]
    assert prices == [Decimal("89.99"), Decimal("79.99"), Decimal("89.99")]


def test_card_or_regular_price_change_alone_is_an_observation(storage: Storage) -> None:
    storage.offers.save_offers([offer(regular_price="99.99")])
    storage.offers.save_offers([offer(regular_price="109.99", at=T0 + timedelta(hours=1))])
    storage.offers.save_offers(
        [offer(regular_price="109.99", card_price="69.99", at=T0 + timedelta(hours=2))]
    )
    history = storage.offers.price_history("magnit", "1")
    assert [(p.regular_price, p.card_price) for p in history] == [
        (Decimal("99.99"), None),
        (Decimal("109.99"), None),
        (Decimal("109.99"), Decimal("69.99")),
    ]


def test_observations_are_kept_per_shop(storage: Storage) -> None:
    storage.offers.save_offers([offer(shop_id="A"), offer(shop_id="B")])
    stats = storage.offers.save_offers(
        [
            offer(shop_id="A", at=T0 + timedelta(hours=1)),
            offer(shop_id="B", price="85.00", at=T0 + timedelta(hours=1)),
        ]
    )
    history = storage.offers.price_history("magnit", "1")
    assert stats.new_prices == 1
    assert [(p.shop_id, p.price) for p in history] == [
        ("A", Decimal("89.99")),
        ("B", Decimal("89.99")),
        ("B", Decimal("85.00")),
    ]


def test_a_store_wide_price_is_compared_with_its_own_history_not_a_shops(
    storage: Storage,
) -> None:
    storage.offers.save_offers([offer(shop_id=None, price="89.99")])
    storage.offers.save_offers([offer(shop_id="A", price="70.00", at=T0 + timedelta(hours=1))])
    again = storage.offers.save_offers(
        [
            offer(shop_id=None, price="89.99", at=T0 + timedelta(hours=2)),
            offer(shop_id="A", price="70.00", at=T0 + timedelta(hours=2)),
        ]
    )
    changed = storage.offers.save_offers(
        [offer(shop_id=None, price="70.00", at=T0 + timedelta(hours=3))]
    )
    assert (again.new_prices, changed.new_prices) == (0, 1)
    history = storage.offers.price_history("magnit", "1")
    assert [(p.shop_id, p.price) for p in history] == [
        (None, Decimal("89.99")),
        ("A", Decimal("70.00")),
        (None, Decimal("70.00")),
    ]


def test_price_history_since_leaves_out_older_points(storage: Storage) -> None:
    storage.offers.save_offers(
        [offer(price="89.99", at=T0), offer(price="79.99", at=T0 + timedelta(days=2))]
    )
    points = storage.offers.price_history("magnit", "1", since=T0 + timedelta(days=1))
    assert [p.price for p in points] == [Decimal("79.99")]


# --- products (latest state) -----------------------------------------------------


def test_products_keep_the_latest_state_and_the_first_sighting(storage: Storage) -> None:
    storage.offers.save_offers([offer(price="89.99", category_path=("Молоко",))])
    storage.offers.save_offers(
        [
            offer(
                price="79.99",
                at=T0 + timedelta(days=1),
                category_path=("Молочные продукты", "Молоко"),
                available=False,
            )
        ]
    )
    (latest,) = storage.offers.latest_offers()
    assert latest.price == Decimal("79.99")
    assert latest.category_path == ("Молочные продукты", "Молоко")
    assert latest.available is False
    assert latest.observed_at == T0 + timedelta(days=1)
    _, rows = storage.query("SELECT first_seen, last_seen FROM products")
    assert rows == [(T0, T0 + timedelta(days=1))]


def test_an_older_offer_does_not_replace_newer_state_but_moves_first_seen(
    storage: Storage,
) -> None:
    storage.offers.save_offers([offer(price="79.99", at=T0)])
    storage.offers.save_offers([offer(price="99.99", at=T0 - timedelta(days=3))])

    (latest,) = storage.offers.latest_offers()
    assert latest.price == Decimal("79.99")
    _, rows = storage.query("SELECT first_seen, last_seen FROM products")
    assert rows == [(T0 - timedelta(days=3), T0)]


def test_the_later_of_two_offers_in_one_batch_wins(storage: Storage) -> None:
    stats = storage.offers.save_offers(
        [offer(price="50.00", at=T0 + timedelta(hours=2)), offer(price="60.00", at=T0)]
    )
    (latest,) = storage.offers.latest_offers()
    assert latest.price == Decimal("50.00")
    assert stats == type(stats)(offers=2, new_products=1, new_prices=2)


def test_one_batch_can_add_update_and_backdate_products_at_once(storage: Storage) -> None:
    storage.offers.save_offers([offer("1", category_path=("Молоко",)), offer("2")])
    stats = storage.offers.save_offers(
        [
            offer("1", price="70.00", at=T0 + timedelta(days=1), category_path=("Сыр",)),
            offer("2", price="10.00", at=T0 - timedelta(days=1)),
            offer("3", store="pyaterochka", at=T0 + timedelta(days=1)),
        ]
    )
    assert (stats.new_products, stats.new_prices) == (1, 3)
    by_id = {o.product_id: o for o in storage.offers.latest_offers()}
    assert (by_id["1"].price, by_id["1"].category_path) == (Decimal("70.00"), ("Сыр",))
    assert by_id["2"].price == Decimal("89.99")  # the older offer leaves the state alone
    assert by_id["3"].store == "pyaterochka"
    _, rows = storage.query("SELECT product_id, first_seen FROM products ORDER BY product_id")
    assert rows == [("1", T0), ("2", T0 - timedelta(days=1)), ("3", T0 + timedelta(days=1))]
    assert "pyaterochka" in {store for store, _ in storage.stores.list_stores()}


def test_write_stats_count_new_products_and_new_prices(storage: Storage) -> None:
    first = storage.offers.save_offers([offer("1"), offer("2")])
    second = storage.offers.save_offers(
        [offer("1", at=T0 + timedelta(hours=1)), offer("3", at=T0 + timedelta(hours=1))]
    )
    assert (first.offers, first.new_products, first.new_prices) == (2, 2, 2)
    assert (second.offers, second.new_products, second.new_prices) == (2, 1, 1)


def test_an_offer_keeps_every_field_through_storage(storage: Storage) -> None:
    full = Offer(
        store="perekrestok",
        product_id="42",
        name="Сыр Ламбер 50% 230 г",
        brand="Ламбер",
        category_path=("Сыры", "Твёрдые сыры"),
        price=Decimal("299.90"),
        regular_price=Decimal("399.90"),
        card_price=Decimal("279.90"),
        promo_until=T0 + timedelta(days=7),
        sold_by=SoldBy.PIECE,
        pack=PackSize(value=Decimal("230"), unit=SizeUnit.G, count=1),
        unit_price=Decimal("1303.91"),
        unit_price_unit=SizeUnit.KG,
        url="https://www.perekrestok.ru/cat/42",
        image_url="https://img.example/42.jpg",
        shop_id="1234",
        available=True,
        observed_at=T0,
    )
    storage.offers.save_offers([full])
    assert storage.offers.get_offers([("perekrestok", "42")]) == [full]


def test_money_is_rounded_to_kopecks_and_naive_times_are_utc(storage: Storage) -> None:
    storage.offers.save_offers(
        [offer(price=Decimal("10.005"), at=datetime(2026, 9, 25, 10, 0), sold_by=SoldBy.KG)]
    )
    (latest,) = storage.offers.latest_offers()
    assert latest.price == Decimal("10.01")
    assert latest.observed_at == T0
    assert latest.sold_by is SoldBy.KG


def test_latest_offers_filter_by_store_age_and_shop(storage: Storage) -> None:
    storage.offers.save_offers(
        [
            offer("old", at=T0 - timedelta(days=10), shop_id="A"),
            offer("new", at=T0, shop_id="A"),
            offer("other-shop", at=T0, shop_id="B"),
            offer("d1", at=T0, store="dixy", shop_id="Z"),
        ]
    )
    offers = storage.offers

    assert [o.product_id for o in offers.latest_offers(stores=["dixy"])] == ["d1"]
    assert [o.product_id for o in offers.latest_offers(since=T0 - timedelta(days=1))] == [
        "d1",
        "new",
        "other-shop",
    ]
    # Only magnit is restricted to a shop; dixy keeps all its offers.
    assert [o.product_id for o in offers.latest_offers(shop_ids={"magnit": "A"})] == [
        "d1",
        "new",
        "old",
    ]
    assert offers.latest_offers(stores=[]) == []


def test_get_offers_keeps_the_callers_order_and_skips_unknown_keys(storage: Storage) -> None:
    storage.offers.save_offers([offer("1"), offer("2"), offer("3")])
    found = storage.offers.get_offers(
        [("magnit", "3"), ("magnit", "missing"), ("dixy", "1"), ("magnit", "1"), ("magnit", "3")]
    )
    assert [o.product_id for o in found] == ["3", "1"]


def test_saving_nothing_changes_nothing(storage: Storage) -> None:
    before = storage.offers.data_version()
    assert storage.offers.save_offers([]).offers == 0
    assert storage.offers.data_version() == before


def test_data_version_changes_on_every_write(storage: Storage) -> None:
    seen = [storage.offers.data_version()]
    storage.offers.save_offers([offer()])
    seen.append(storage.offers.data_version())
    storage.offers.save_offers([offer(at=T0 + timedelta(hours=1))])  # unchanged price
    seen.append(storage.offers.data_version())
    storage.shops.save_shops([Shop(store="magnit", shop_id="A")])
    seen.append(storage.offers.data_version())
    storage.stores.save_store("magnit", "Магнит")
    seen.append(storage.offers.data_version())
    assert len(set(seen)) == len(seen)


# --- transactions ----------------------------------------------------------------


def test_an_error_inside_a_transaction_rolls_everything_back(storage: Storage) -> None:
    storage.offers.save_offers([offer(price="89.99")])
    storage.kv.put("user", "1", {"city": "Москва"})
    version = storage.offers.data_version()

    with pytest.raises(RuntimeError), storage.transaction():
        storage.offers.save_offers([offer(price="10.00", at=T0 + timedelta(hours=1))])
        storage.offers.save_offers([offer("2")])
        storage.shops.save_shops([Shop(store="magnit", shop_id="A")])
        storage.kv.put("user", "1", {"city": "Казань"})
        storage.kv.delete("user", "1")
        raise RuntimeError("crawl failed midway")

    assert [o.price for o in storage.offers.latest_offers()] == [Decimal("89.99")]
    assert len(storage.offers.price_history("magnit", "1")) == 1
    assert storage.shops.list_shops() == []
    assert storage.kv.get("user", "1") == {"city": "Москва"}
    assert storage.offers.data_version() == version


def test_a_committed_transaction_keeps_all_its_writes(storage: Storage) -> None:
    with storage.transaction():
        storage.offers.save_offers([offer("1")])
        with storage.transaction():  # nested: joins the outer one
            storage.offers.save_offers([offer("2")])
    assert [o.product_id for o in storage.offers.latest_offers()] == ["1", "2"]


def test_storage_is_usable_after_a_rolled_back_transaction(storage: Storage) -> None:
    with pytest.raises(ValueError), storage.transaction():
        storage.offers.save_offers([offer("1")])
        raise ValueError
    storage.offers.save_offers([offer("2")])
    assert [o.product_id for o in storage.offers.latest_offers()] == ["2"]


# --- shops, stores, kv --------------------------------------------------------------


def test_shops_are_upserted_and_listed_by_store(storage: Storage) -> None:
    storage.shops.save_shops(
        [
            Shop(store="magnit", shop_id="2", name="old name"),
            Shop(
                store="magnit",
                shop_id="1",
                name="Магнит у дома",
                address="Москва, ул. Ленина, 1",
                location=Location(lat=55.75, lon=37.61),
                extra={"format": "MM"},
            ),
            Shop(store="dixy", shop_id="9"),
        ]
    )
    saved = storage.shops.save_shops([Shop(store="magnit", shop_id="2", name="new name")])

    assert saved == 1
    assert [s.shop_id for s in storage.shops.list_shops("magnit")] == ["1", "2"]
    assert len(storage.shops.list_shops()) == 3
    shop = storage.shops.get_shop("magnit", "1")
    assert shop is not None
    assert shop.location == Location(lat=55.75, lon=37.61)
    assert shop.extra == {"format": "MM"}
    assert storage.shops.get_shop("magnit", "2") == Shop(
        store="magnit", shop_id="2", name="new name"
    )
    assert storage.shops.get_shop("magnit", "nope") is None


def test_stores_are_registered_by_offers_and_named_by_save_store(storage: Storage) -> None:
    storage.offers.save_offers([offer(store="dixy"), offer(store="magnit")])
    storage.stores.save_store("magnit", "Магнит")
    assert storage.stores.list_stores() == [("dixy", "dixy"), ("magnit", "Магнит")]


def test_kv_stores_json_documents_by_namespace(storage: Storage) -> None:
    doc = {"items": ["молоко", "хлеб"], "n": 2}
    storage.kv.put("basket", "u1", doc)
    doc["n"] = 3  # the caller's later change is not stored
    storage.kv.put("basket", "u2", [1, 2])
    storage.kv.put("basket", "u2", "replaced")

    assert storage.kv.get("basket", "u1") == {"items": ["молоко", "хлеб"], "n": 2}
    assert storage.kv.get("basket", "u2") == "replaced"
    assert storage.kv.get("other", "u1") is None
    storage.kv.delete("basket", "u1")
    assert storage.kv.get("basket", "u1") is None


def test_kv_put_many_writes_documents_of_several_namespaces_at_once(storage: Storage) -> None:
    storage.kv.put("basket", "old", "before")
    # More documents than one statement holds, a key written twice (the last wins) and
    # an existing document replaced.
    docs = [("basket", f"k{i}", {"n": i}) for i in range(1203)]
    storage.kv.put_many(
        [*docs, ("log", "h1", ["k1"]), ("basket", "k7", "again"), ("basket", "old", 1)]
    )
    assert storage.kv.get("basket", "k0") == {"n": 0}
    assert storage.kv.get("basket", "k1202") == {"n": 1202}
    assert storage.kv.get("basket", "k7") == "again"
    assert storage.kv.get("basket", "old") == 1
    assert storage.kv.get("log", "h1") == ["k1"]
    storage.kv.put_many([])  # nothing to write is no error


def test_kv_refuses_values_json_cannot_hold(storage: Storage) -> None:
    with pytest.raises(StorageError):
        storage.kv.put("x", "y", {"when": T0})


# --- SQL -----------------------------------------------------------------------------


def test_query_answers_select_with_parameters(storage: Storage) -> None:
    storage.offers.save_offers([offer("1", "10.00"), offer("2", "20.00", store="dixy")])
    names, rows = storage.query(
        "SELECT store, price FROM products WHERE price > ? ORDER BY store", [Decimal("5")]
    )
    assert names == ["store", "price"]
    assert rows == [("dixy", Decimal("20.00")), ("magnit", Decimal("10.00"))]
    assert list(storage.iter_query("SELECT count(*) FROM products")) == [(2,)]


@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM products",
        "INSERT INTO kv VALUES ('a', 'b', '1', now())",
        "DROP TABLE products",
        "UPDATE products SET price = 0",
        "SELECT 1; DELETE FROM products",
        "COPY products TO 'out.csv'",
    ],
)
def test_query_refuses_statements_that_write(storage: Storage, sql: str) -> None:
    storage.offers.save_offers([offer()])
    with pytest.raises(StorageError) as err:
        storage.query(sql)
    assert "SELECT" in err.value.user_message
    assert len(storage.offers.latest_offers()) == 1


def test_query_syntax_error_is_a_storage_error(storage: Storage) -> None:
    with pytest.raises(StorageError, match="syntax"):
        storage.query("SELEC nonsense")


# --- DuckDB file specifics -----------------------------------------------------------


def test_migrations_are_applied_once_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "k.duckdb"
    open_storage(path).close()
    open_storage(path).close()  # a second open applies nothing

    con = duckdb.connect(str(path))
    try:
        rows = con.execute("SELECT version, name FROM schema_version ORDER BY version").fetchall()
        assert [v for v, _ in rows] == [m.version for m in MIGRATIONS]
        assert rows[-1][0] == LATEST_VERSION
        assert apply_migrations(con) == []
    finally:
        con.close()


def test_a_new_migration_is_applied_on_top_of_existing_ones() -> None:
    con = duckdb.connect(":memory:")
    assert apply_migrations(con) == [m.version for m in MIGRATIONS]
    nxt = LATEST_VERSION + 1
    extra = (*MIGRATIONS, Migration(nxt, "add a note column", "ALTER TABLE shops ADD note VARCHAR"))
    assert apply_migrations(con, extra) == [nxt]
    assert apply_migrations(con, extra) == []
    assert con.execute("SELECT note FROM shops").fetchall() == []


def test_a_failing_migration_is_rolled_back_and_not_recorded() -> None:
    con = duckdb.connect(":memory:")
    apply_migrations(con)
    broken = (
        *MIGRATIONS,
        Migration(
            LATEST_VERSION + 1, "broken", "CREATE TABLE half (a INT); SELECT * FROM no_such_table"
        ),
    )
    with pytest.raises(StorageError, match=f"migration {LATEST_VERSION + 1}"):
        apply_migrations(con, broken)
    rows = con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    tables = {r[0] for r in rows}
    assert "half" not in tables
    assert con.execute("SELECT max(version) FROM schema_version").fetchone() == (LATEST_VERSION,)


def test_a_database_newer_than_the_code_is_refused() -> None:
    con = duckdb.connect(":memory:")
    apply_migrations(con)
    con.execute("INSERT INTO schema_version (version, name) VALUES (99, 'future')")
    with pytest.raises(StorageError) as err:
        apply_migrations(con)
    assert "новой версией" in err.value.user_message


def test_migrations_must_be_numbered_in_order() -> None:
    con = duckdb.connect(":memory:")
    with pytest.raises(StorageError, match="numbered"):
        apply_migrations(con, (Migration(2, "gap", "SELECT 1"),))


def test_the_in_memory_database_is_duckdb_with_the_schema_and_its_own_data() -> None:
    with open_memory_storage() as db, open_memory_storage() as other:
        assert isinstance(db, DuckDBStorage) and db.path is None
        _, rows = db.query("SELECT max(version) FROM schema_version")
        assert rows == [(LATEST_VERSION,)]
        db.offers.save_offers([offer("1", "10.00"), offer("2", "20.00")])
        # iter_query reads through a cursor of its own: the same in-memory database.
        assert list(db.iter_query("SELECT product_id FROM products ORDER BY 1")) == [
            ("1",),
            ("2",),
        ]
        assert other.offers.latest_offers() == []  # every call is a new database


@pytest.mark.parametrize("read_only", [False, True])
def test_a_memory_path_is_refused_where_a_database_file_is_opened(read_only: bool) -> None:
    # Opened per command or per crawl batch, it would be a new empty database every time.
    with pytest.raises(StorageError) as err:
        open_storage(":memory:", read_only=read_only)
    assert "не файл базы" in err.value.user_message


def test_data_survives_closing_and_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "k.duckdb"
    with open_storage(path) as db:
        db.offers.save_offers([offer()])
    with open_storage(path, read_only=True) as db:
        assert [o.price for o in db.offers.latest_offers()] == [Decimal("89.99")]


def test_a_read_only_storage_refuses_writes_with_a_russian_message(tmp_path: Path) -> None:
    path = tmp_path / "k.duckdb"
    open_storage(path).close()
    with open_storage(path, read_only=True) as db, pytest.raises(StorageError) as err:
        db.offers.save_offers([offer()])
    assert "только для чтения" in err.value.user_message


def test_opening_a_missing_file_read_only_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as err:
        open_storage(tmp_path / "absent.duckdb", read_only=True)
    assert "не найдена" in err.value.user_message
    assert not (tmp_path / "absent.duckdb").exists()
