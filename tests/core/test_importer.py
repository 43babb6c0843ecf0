"""`import_file`: JSONL, CSV and Parquet of normalized offers, bad rows reported by line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest

import korzina.data
from korzina.cli.app import to_jsonable
from korzina.cli.stores import search_json
from korzina.core.errors import ParseError
from korzina.core.models import (
    Offer,
    PackSize,
    SizeUnit,
    SoldBy,
    Status,
    StoreResult,
    StoreStatus,
)
from korzina.core.storage import DuckDBStorage, open_memory_storage, open_storage
from korzina.core.storage.importer import import_file
from korzina.core.storage.importer.jsonl import jsonl_chunks
from korzina.data import demo_offers

NOW = datetime(2026, 9, 27, 12, 0, tzinfo=UTC)

GOOD_MILK = {
    "store": "magnit",
    "product_id": "1000262356",
    "name": "Молоко Простоквашино 3,2% 930 мл",
    "price": 89.99,
    "regular_price": "109,99",
    "unit": "шт",
    "category": "Молочные продукты > Молоко",
    "brand": "Простоквашино",
    "pack": "930 мл",
    "observed_at": "2026-09-25T10:00:00+03:00",
    "ignored_field": "whatever",
}
GOOD_BANANAS = {
    "store": "dixy",
    "product_id": "77",
    "name": "Бананы",
    "price": "129.90",
    "unit": "кг",
    "category": "Фрукты/Бананы",
}


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[DuckDBStorage]:
    db = open_storage(tmp_path / "k.duckdb")
    yield db
    db.close()


def write_jsonl(path: Path, lines: list[Any]) -> Path:
    text = "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


BAD_AND_GOOD = [
    GOOD_MILK,  # line 1
    "",  # line 2: blank, not a row
    "{not json",  # 3
    {"store": "magnit", "product_id": "2", "price": 10},  # 4: no name
    {"store": "magnit", "product_id": "3", "name": "x", "price": "дорого"},  # 5
    {"store": "magnit", "product_id": "4", "name": "x", "price": -5},  # 6
    {"store": "magnit", "product_id": "5", "name": "x", "price": 5, "unit": "литр"},  # 7
    {"store": "magnit", "product_id": "6", "name": "x", "price": 5, "observed_at": "вчера"},  # 8
    GOOD_BANANAS,  # 9
    [1, 2, 3],  # 10
]


def test_jsonl_bad_rows_are_reported_by_line_and_good_rows_kept(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    report = import_file(storage, write_jsonl(tmp_path / "o.jsonl", BAD_AND_GOOD), now=NOW)

    assert (report.rows, report.imported) == (9, 2)
    reasons = {s.line: s.reason for s in report.skipped}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 10]
    assert "name" in reasons[4]
    assert "«дорого»" in reasons[5]
    assert "отрицательная" in reasons[6]
    assert "unit" in reasons[7]
    assert "observed_at" in reasons[8]
    assert {o.product_id for o in storage.offers.latest_offers()} == {"1000262356", "77"}


def test_jsonl_fields_are_typed_like_offers(storage: DuckDBStorage, tmp_path: Path) -> None:
    import_file(storage, write_jsonl(tmp_path / "o.jsonl", [GOOD_MILK, GOOD_BANANAS]), now=NOW)
    milk, bananas = storage.offers.get_offers([("magnit", "1000262356"), ("dixy", "77")])

    assert milk.price == Decimal("89.99")
    assert milk.regular_price == Decimal("109.99")
    assert milk.category_path == ("Молочные продукты", "Молоко")
    assert milk.brand == "Простоквашино"
    assert milk.pack is not None and (milk.pack.value, milk.pack.unit) == (930, SizeUnit.ML)
    assert milk.observed_at == datetime(2026, 9, 25, 7, 0, tzinfo=UTC)
    assert milk.sold_by is SoldBy.PIECE
    # «кг»: sold by weight, the price is per kilogram; no observed_at: the import time.
    assert bananas.sold_by is SoldBy.KG
    assert (bananas.unit_price, bananas.unit_price_unit) == (Decimal("129.90"), SizeUnit.KG)
    assert bananas.category_path == ("Фрукты", "Бананы")
    assert bananas.observed_at == NOW


def test_reimporting_the_same_file_adds_no_prices(storage: DuckDBStorage, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "o.jsonl", [GOOD_MILK, GOOD_BANANAS])
    first = import_file(storage, path, now=NOW)
    second = import_file(storage, path, now=NOW)
    assert (first.stats.new_prices, second.stats.new_prices) == (2, 0)
    assert (first.stats.new_products, second.stats.new_products) == (2, 0)


def test_line_numbers_stay_right_across_chunks(storage: DuckDBStorage, tmp_path: Path) -> None:
    lines: list[Any] = [dict(GOOD_MILK, product_id=str(i)) for i in range(1, 11)]
    lines[6] = {"store": "magnit", "product_id": "7", "name": "x", "price": "n/a"}
    report = import_file(storage, write_jsonl(tmp_path / "o.jsonl", lines), chunk_rows=3)
    assert (report.rows, report.imported) == (10, 9)
    assert [s.line for s in report.skipped] == [7]


def test_jsonl_is_read_a_chunk_at_a_time(storage: DuckDBStorage, tmp_path: Path) -> None:
    # Streamed, not read whole: each chunk is at most chunk_rows lines, the file is not
    # read past the chunk being handed over, and the report is the same as one chunk's.
    lines: list[Any] = [dict(GOOD_MILK, product_id=str(i)) for i in range(1, 11)]
    lines[2] = "{broken"
    lines[8] = dict(GOOD_BANANAS, weight=1)  # a field only the last chunk has
    path = write_jsonl(tmp_path / "o.jsonl", lines)
    chunks = jsonl_chunks(path, "utf-8", chunk_rows=4)
    first = next(chunks)
    assert first.table.num_rows == 4 and first.done < path.stat().st_size
    rest = list(chunks)
    assert [c.table.num_rows for c in rest] == [4, 2]
    assert rest[-1].done == path.stat().st_size
    numbers = [n for c in (first, *rest) for n in c.table.column("line_no").to_pylist()]
    assert numbers == list(range(1, 11))
    report = import_file(storage, path, chunk_rows=4, now=NOW)
    assert (report.rows, report.imported) == (10, 9)
    assert [s.line for s in report.skipped] == [3]
    assert report.ignored_fields == ("ignored_field", "weight")


def test_an_import_stopped_midway_keeps_its_chunks_and_a_rerun_adds_the_rest_once(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    # Each chunk is committed once merged (one transaction for the file grew with it):
    # Ctrl+C after the first chunk keeps it; the same file again adds only the rest.
    lines: list[Any] = [dict(GOOD_MILK, product_id=str(i)) for i in range(1, 11)]
    path = write_jsonl(tmp_path / "o.jsonl", lines)

    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_file(storage, path, chunk_rows=4, now=NOW, progress=interrupt)
    assert storage.query("SELECT count(*) FROM products")[1] == [(4,)]
    again = import_file(storage, path, chunk_rows=4, now=NOW)
    assert (again.imported, again.stats.new_products, again.stats.new_prices) == (10, 6, 6)
    assert storage.query("SELECT count(*) FROM observations")[1] == [(10,)]


def test_an_import_inside_a_callers_transaction_is_still_all_or_nothing(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    path = write_jsonl(tmp_path / "o.jsonl", [dict(GOOD_MILK, product_id=str(i)) for i in range(9)])
    with pytest.raises(RuntimeError), storage.transaction():
        assert import_file(storage, path, chunk_rows=4, now=NOW).imported == 9
        raise RuntimeError("the caller's own work failed")
    assert storage.query("SELECT count(*) FROM products")[1] == [(0,)]


def test_csv_import_reports_bad_lines_and_keeps_good_ones(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    path = tmp_path / "o.csv"
    path.write_text(
        "store;product_id;name;price;unit;category;observed_at\n"
        'magnit;1;"Молоко; 3,2%";89,99;шт;Молочные > Молоко;2026-09-25\n'
        "magnit;2;Хлеб;;шт;;\n"
        "\n"
        "dixy;3;Сыр;1 299,00;;;2026-13-45\n"
        "dixy;4;Сыр;1 299,00;;;\n",
        encoding="utf-8",
    )
    report = import_file(storage, path, now=NOW)

    assert (report.rows, report.imported) == (4, 2)
    assert [(s.line, "price" in s.reason) for s in report.skipped] == [(3, True), (5, False)]
    milk, cheese = storage.offers.get_offers([("magnit", "1"), ("dixy", "4")])
    assert milk.name == "Молоко; 3,2%"
    assert milk.price == Decimal("89.99")
    assert cheese.price == Decimal("1299.00")


def test_csv_without_required_columns_is_unreadable(storage: DuckDBStorage, tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    path.write_text("store,name\nmagnit,Молоко\n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        import_file(storage, path)
    assert "product_id" in err.value.user_message and "price" in err.value.user_message


def test_parquet_import_reports_bad_rows_by_row_number(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    path = tmp_path / "o.parquet"
    table = pa.table(
        {
            "store": ["magnit", "magnit", "dixy"],
            "product_id": ["1", "2", "3"],
            "name": ["Молоко", None, "Сыр"],
            "price": [89.99, 10.0, 299.5],
            "category": [["Молочные", "Молоко"], [], ["Сыры"]],
            "observed_at": pa.array(
                [datetime(2026, 9, 25, tzinfo=UTC)] * 3, type=pa.timestamp("us", tz="UTC")
            ),
        }
    )
    pq.write_table(table, path)
    report = import_file(storage, path, now=NOW)

    assert (report.rows, report.imported) == (3, 2)
    assert [(s.line, s.reason) for s in report.skipped] == [(2, "нет поля name")]
    milk, cheese = storage.offers.get_offers([("magnit", "1"), ("dixy", "3")])
    assert milk.price == Decimal("89.99")
    assert milk.category_path == ("Молочные", "Молоко")
    assert cheese.price == Decimal("299.50")
    assert cheese.observed_at == datetime(2026, 9, 25, tzinfo=UTC)


def test_a_file_that_is_not_parquet_is_unreadable(storage: DuckDBStorage, tmp_path: Path) -> None:
    path = tmp_path / "o.parquet"
    path.write_text("not parquet", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        import_file(storage, path)
    assert "Parquet" in err.value.user_message


@pytest.mark.parametrize("name", ["offers.xlsx", "missing.jsonl"])
def test_unknown_format_or_missing_file_is_unreadable(
    storage: DuckDBStorage, tmp_path: Path, name: str
) -> None:
    with pytest.raises(ParseError):
        import_file(storage, tmp_path / name)


def test_progress_reaches_the_file_size(storage: DuckDBStorage, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "o.jsonl", [dict(GOOD_MILK, product_id=str(i)) for i in range(9)])
    calls: list[tuple[int, int]] = []
    import_file(storage, path, chunk_rows=4, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (path.stat().st_size, path.stat().st_size)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_jsonl_bom_crlf_padding_and_blank_lines(storage: DuckDBStorage, tmp_path: Path) -> None:
    path = tmp_path / "o.jsonl"
    milk = json.dumps(dict(GOOD_MILK, name="  Молоко  ", brand=" "), ensure_ascii=False)
    bananas = json.dumps(GOOD_BANANAS, ensure_ascii=False)
    text = "\ufeff" + milk + "\r\n   \r\n\t\r\n  " + bananas + "\r\n" + '  {"store": " "}\r\n'
    path.write_text(text, encoding="utf-8", newline="")
    report = import_file(storage, path, now=NOW)

    assert (report.rows, report.imported) == (3, 2)
    assert [(s.line, s.reason) for s in report.skipped] == [(5, "нет поля store")]
    milk_offer, bananas_offer = storage.offers.get_offers(
        [("magnit", "1000262356"), ("dixy", "77")]
    )
    assert (milk_offer.name, milk_offer.brand) == ("Молоко", None)
    assert bananas_offer.price == Decimal("129.90")


def test_a_line_not_in_utf8_is_a_bad_row_and_the_utf8_lines_are_kept(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    path = tmp_path / "o.jsonl"
    bad_name = json.dumps(dict(GOOD_BANANAS, name="Бананы X"), ensure_ascii=False).encode()
    good = json.dumps(GOOD_MILK, ensure_ascii=False).encode()
    bad_line = bad_name.replace(b"X", b"\xff")
    path.write_bytes(bad_line + b"\n" + b"{broken\n" + good + b"\n")
    report = import_file(storage, path, now=NOW)

    assert (report.rows, report.imported) == (3, 1)
    reasons = {s.line: s.reason for s in report.skipped}
    nth = bad_line.index(b"\xff") + 1
    assert reasons[1] == f"строка не в кодировке utf-8: неверный байт 0xff ({nth}-й байт строки)"
    assert "JSON" in reasons[2]
    assert [o.product_id for o in storage.offers.latest_offers()] == [GOOD_MILK["product_id"]]
    assert report.encoding is None  # UTF-8


def test_a_file_name_with_glob_characters_is_read_as_is(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    write_jsonl(tmp_path / "o1.jsonl", [GOOD_MILK])  # what "o[12].jsonl" would match as a glob
    report = import_file(storage, write_jsonl(tmp_path / "o[12].jsonl", [GOOD_BANANAS]), now=NOW)
    assert report.imported == 1
    assert [o.product_id for o in storage.offers.latest_offers()] == ["77"]


def test_parquet_without_required_columns_is_unreadable(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    path = tmp_path / "o.parquet"
    pq.write_table(pa.table({"store": ["magnit"], "name": ["Молоко"]}), path)
    with pytest.raises(ParseError) as err:
        import_file(storage, path)
    assert "product_id" in err.value.user_message and "price" in err.value.user_message
    assert storage.offers.latest_offers() == []


def test_parquet_line_numbers_stay_right_across_chunks(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    path = tmp_path / "o.parquet"
    prices = ["1.50", "2", "x", "4", "5", "-6", "7"]
    table = pa.table(
        {
            "store": ["magnit"] * 7,
            "product_id": [str(i) for i in range(7)],
            "name": ["Товар"] * 7,
            "price": prices,
        }
    )
    pq.write_table(table, path)
    calls: list[tuple[int, int]] = []
    report = import_file(
        storage, path, chunk_rows=2, now=NOW, progress=lambda d, t: calls.append((d, t))
    )
    assert (report.rows, report.imported) == (7, 5)
    assert [s.line for s in report.skipped] == [3, 6]
    assert calls == [(2, 7), (4, 7), (6, 7), (7, 7)]


def test_a_parquet_name_with_glob_characters_is_read_as_is(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    def write(name: str, product_id: str) -> Path:
        path = tmp_path / name
        table = {"store": ["dixy"], "product_id": [product_id], "name": ["Сыр"], "price": [1.5]}
        pq.write_table(pa.table(table), path)
        return path

    write("o1.parquet", "1")  # what "o[12].parquet" would match as a glob
    report = import_file(storage, write("o[12].parquet", "2"), now=NOW)
    assert (report.rows, report.imported) == (1, 1)
    assert [o.product_id for o in storage.offers.latest_offers()] == ["2"]


# --- Offer JSON (`korzina search --json`, demo_offers.jsonl) ----------------------------

DEMO_FILE = Path(korzina.data.__file__).parent / "demo_offers.jsonl"


def _by_key(offers: list[Offer]) -> list[Offer]:
    return sorted(offers, key=lambda o: o.key)


def test_the_demo_file_imports_as_the_offers_demo_offers_gives(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    report = import_file(storage, DEMO_FILE, now=NOW)
    reference = open_memory_storage()
    reference.offers.save_offers(demo_offers())

    assert (report.rows, report.imported, report.skipped) == (232, 232, ())
    assert report.ignored_fields == ("source",)
    imported = _by_key(storage.offers.latest_offers())
    assert [o.model_dump() for o in imported] == [
        o.model_dump() for o in _by_key(reference.offers.latest_offers())
    ]
    assert {o.sold_by for o in imported} == {SoldBy.PIECE, SoldBy.KG}


def _search_offers() -> list[Offer]:
    seen = datetime(2026, 9, 26, 9, 30, tzinfo=UTC)
    return [
        Offer(
            store="perekrestok",
            product_id="y1",
            name="Йогурт Активиа 4х100г",
            brand="Активиа",
            category_path=("Молочные продукты", "Йогурты/десерты"),
            price=Decimal("159.99"),
            regular_price=Decimal("199.99"),
            card_price=Decimal("149.99"),
            promo_until=datetime(2026, 10, 1, 21, 0, tzinfo=UTC),
            pack=PackSize(value=Decimal("100"), unit=SizeUnit.G, count=4),
            unit_price=Decimal("399.98"),
            unit_price_unit=SizeUnit.KG,
            url="https://example.invalid/y1",
            image_url="https://example.invalid/y1.jpg",
            shop_id="15",
            observed_at=seen,
        ),
        Offer(
            store="dixy",
            product_id="b7",
            name="Бананы",
            category_path=("Фрукты",),
            price=Decimal("129.9"),
            sold_by=SoldBy.KG,
            unit_price=Decimal("129.9"),
            unit_price_unit=SizeUnit.KG,
            available=False,
            observed_at=seen,
        ),
    ]


def test_offers_of_search_json_import_back_equal(storage: DuckDBStorage, tmp_path: Path) -> None:
    offers = _search_offers()
    status = StoreStatus(store="perekrestok", status=Status.OK)
    document = to_jsonable(search_json("йогурт", [StoreResult(status=status, offers=offers)]))
    report = import_file(storage, write_jsonl(tmp_path / "o.jsonl", document["offers"]), now=NOW)

    assert (report.imported, report.skipped, report.ignored_fields) == (2, (), ())
    reference = open_memory_storage()
    reference.offers.save_offers(offers)
    assert [o.model_dump() for o in _by_key(storage.offers.latest_offers())] == [
        o.model_dump() for o in _by_key(reference.offers.latest_offers())
    ]


def test_both_spellings_agreeing_are_accepted(storage: DuckDBStorage, tmp_path: Path) -> None:
    row = dict(
        GOOD_BANANAS,
        sold_by="kg",
        category_path=["Фрукты", "Бананы"],
        pack={"value": "1", "unit": "кг"},
    )
    report = import_file(storage, write_jsonl(tmp_path / "o.jsonl", [row]), now=NOW)
    (bananas,) = storage.offers.get_offers([("dixy", "77")])
    assert (report.imported, report.skipped) == (1, ())
    assert (bananas.sold_by, bananas.category_path) == (SoldBy.KG, ("Фрукты", "Бананы"))
    assert bananas.pack == PackSize(value=Decimal("1"), unit=SizeUnit.KG, count=1)


BAD_OFFER_JSON = [
    (dict(GOOD_BANANAS, sold_by="piece"), "поля unit и sold_by противоречат друг другу"),
    (dict(GOOD_MILK, category_path=["Молоко"]), "поля category и category_path противоречат"),
    (dict(GOOD_MILK, unit=None, sold_by="литр"), "неизвестное значение sold_by: «литр»"),
    (dict(GOOD_MILK, pack={"value": "много", "unit": "мл"}), "pack: value не число: «много»"),
    (dict(GOOD_MILK, pack={"value": "930", "unit": "ведро"}), "pack: неизвестная единица"),
    (dict(GOOD_MILK, pack={"value": "930", "unit": "мл", "count": "два"}), "pack: count"),
    (dict(GOOD_MILK, pack={"unit": "мл"}), "pack: value не число"),
    (dict(GOOD_MILK, unit_price="x"), "unit_price не число: «x»"),
    (dict(GOOD_MILK, unit_price=1, unit_price_unit="ящик"), "unit_price_unit: «ящик»"),
    (dict(GOOD_MILK, available="наверное"), "available не true и не false: «наверное»"),
    (dict(GOOD_MILK, promo_until="скоро"), "неверная дата promo_until: «скоро»"),
]


def test_conflicting_spellings_and_bad_offer_fields_are_reported_by_line(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    lines = [GOOD_BANANAS] + [row for row, _ in BAD_OFFER_JSON]
    report = import_file(storage, write_jsonl(tmp_path / "o.jsonl", lines), now=NOW)

    assert (report.rows, report.imported) == (len(lines), 1)
    reasons = {s.line: s.reason for s in report.skipped}
    assert sorted(reasons) == list(range(2, len(lines) + 1))
    for line, (_, expected) in enumerate(BAD_OFFER_JSON, start=2):
        assert expected in reasons[line], (line, reasons[line])


def test_unknown_fields_are_named_in_the_report(storage: DuckDBStorage, tmp_path: Path) -> None:
    lines = [dict(GOOD_MILK, source="x"), dict(GOOD_BANANAS, weight=1), "{broken"]
    report = import_file(storage, write_jsonl(tmp_path / "o.jsonl", lines), now=NOW)
    assert report.ignored_fields == ("ignored_field", "source", "weight")


def test_csv_takes_offer_spellings_and_names_unknown_columns(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    path = tmp_path / "o.csv"
    path.write_text(
        "store,product_id,name,price,sold_by,category_path,pack,available,colour\n"
        "dixy,1,Картофель,46.99,kg,Овощи > Картофель,,true,red\n"
        'dixy,2,Йогурт,159.99,piece,"[""Молочные"", ""Йогурты""]",'
        '"{""value"": ""100"", ""unit"": ""г"", ""count"": 4}",false,\n'
        "dixy,3,Сок,99,штука,,,,\n",
        encoding="utf-8",
    )
    report = import_file(storage, path, now=NOW)

    assert (report.imported, report.ignored_fields) == (2, ("colour",))
    assert [(s.line, "sold_by" in s.reason) for s in report.skipped] == [(4, True)]
    potatoes, yoghurt = storage.offers.get_offers([("dixy", "1"), ("dixy", "2")])
    assert (potatoes.sold_by, potatoes.category_path) == (SoldBy.KG, ("Овощи", "Картофель"))
    assert yoghurt.pack == PackSize(value=Decimal("100"), unit=SizeUnit.G, count=4)
    assert (yoghurt.category_path, yoghurt.available) == (("Молочные", "Йогурты"), False)


def test_parquet_takes_offer_spellings_and_names_unknown_columns(
    storage: DuckDBStorage, tmp_path: Path
) -> None:
    path = tmp_path / "o.parquet"
    pack = pa.struct([("value", pa.string()), ("unit", pa.string()), ("count", pa.int32())])
    table = pa.table(
        {
            "store": ["dixy", "dixy"],
            "product_id": ["1", "2"],
            "name": ["Картофель", "Йогурт"],
            "price": ["46.99", "159.99"],
            "sold_by": ["kg", "piece"],
            "category_path": [["Овощи", "Картофель"], ["Молочные", "Йогурты"]],
            "pack": pa.array([None, {"value": "100", "unit": "ведро", "count": 4}], type=pack),
            "source": ["a", "b"],
        }
    )
    pq.write_table(table, path)
    report = import_file(storage, path, now=NOW)

    assert (report.imported, report.ignored_fields) == (1, ("source",))
    assert [(s.line, "pack: неизвестная единица" in s.reason) for s in report.skipped] == [
        (2, True)
    ]
    (potatoes,) = storage.offers.get_offers([("dixy", "1")])
    assert (potatoes.sold_by, potatoes.category_path) == (SoldBy.KG, ("Овощи", "Картофель"))
