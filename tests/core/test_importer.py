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

from korzina.core.errors import ParseError
from korzina.core.models import SizeUnit, SoldBy
from korzina.core.storage import Storage, open_memory_storage, open_storage
from korzina.core.storage.importer import import_file

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


@pytest.fixture(params=["duckdb", "memory"])
def storage(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Storage]:
    db: Storage = (
        open_storage(tmp_path / "k.duckdb") if request.param == "duckdb" else open_memory_storage()
    )
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
    storage: Storage, tmp_path: Path
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


def test_jsonl_fields_are_typed_like_offers(storage: Storage, tmp_path: Path) -> None:
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


def test_reimporting_the_same_file_adds_no_prices(storage: Storage, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "o.jsonl", [GOOD_MILK, GOOD_BANANAS])
    first = import_file(storage, path, now=NOW)
    second = import_file(storage, path, now=NOW)
    assert (first.stats.new_prices, second.stats.new_prices) == (2, 0)
    assert (first.stats.new_products, second.stats.new_products) == (2, 0)


def test_line_numbers_stay_right_across_chunks(storage: Storage, tmp_path: Path) -> None:
    lines: list[Any] = [dict(GOOD_MILK, product_id=str(i)) for i in range(1, 11)]
    lines[6] = {"store": "magnit", "product_id": "7", "name": "x", "price": "n/a"}
    report = import_file(storage, write_jsonl(tmp_path / "o.jsonl", lines), chunk_rows=3)
    assert (report.rows, report.imported) == (10, 9)
    assert [s.line for s in report.skipped] == [7]


def test_csv_import_reports_bad_lines_and_keeps_good_ones(storage: Storage, tmp_path: Path) -> None:
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


def test_csv_without_required_columns_is_unreadable(storage: Storage, tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    path.write_text("store,name\nmagnit,Молоко\n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        import_file(storage, path)
    assert "product_id" in err.value.user_message and "price" in err.value.user_message


def test_parquet_import_reports_bad_rows_by_row_number(storage: Storage, tmp_path: Path) -> None:
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


def test_a_file_that_is_not_parquet_is_unreadable(storage: Storage, tmp_path: Path) -> None:
    path = tmp_path / "o.parquet"
    path.write_text("not parquet", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        import_file(storage, path)
    assert "Parquet" in err.value.user_message


@pytest.mark.parametrize("name", ["offers.xlsx", "missing.jsonl"])
def test_unknown_format_or_missing_file_is_unreadable(
    storage: Storage, tmp_path: Path, name: str
) -> None:
    with pytest.raises(ParseError):
        import_file(storage, tmp_path / name)


def test_progress_reaches_the_file_size(storage: Storage, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "o.jsonl", [dict(GOOD_MILK, product_id=str(i)) for i in range(9)])
    calls: list[tuple[int, int]] = []
    import_file(storage, path, chunk_rows=4, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (path.stat().st_size, path.stat().st_size)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_jsonl_bom_crlf_padding_and_blank_lines(storage: Storage, tmp_path: Path) -> None:
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


def test_jsonl_with_invalid_utf8_is_read_with_replacement(storage: Storage, tmp_path: Path) -> None:
    path = tmp_path / "o.jsonl"
    bad_name = json.dumps(dict(GOOD_BANANAS, name="Бананы X"), ensure_ascii=False).encode()
    path.write_bytes(bad_name.replace(b"X", b"\xff") + b"\n" + b"{broken\n")
    report = import_file(storage, path, now=NOW)

    assert (report.rows, report.imported) == (2, 1)
    assert [s.line for s in report.skipped] == [2]
    (bananas,) = storage.offers.get_offers([("dixy", "77")])
    assert bananas.name == "Бананы \ufffd"


def test_a_file_name_with_glob_characters_is_read_as_is(storage: Storage, tmp_path: Path) -> None:
    write_jsonl(tmp_path / "o1.jsonl", [GOOD_MILK])  # what "o[12].jsonl" would match as a glob
    report = import_file(storage, write_jsonl(tmp_path / "o[12].jsonl", [GOOD_BANANAS]), now=NOW)
    assert report.imported == 1
    assert [o.product_id for o in storage.offers.latest_offers()] == ["77"]


def test_parquet_without_required_columns_is_unreadable(storage: Storage, tmp_path: Path) -> None:
    path = tmp_path / "o.parquet"
    pq.write_table(pa.table({"store": ["magnit"], "name": ["Молоко"]}), path)
    with pytest.raises(ParseError) as err:
        import_file(storage, path)
    assert "product_id" in err.value.user_message and "price" in err.value.user_message
    assert storage.offers.latest_offers() == []


def test_parquet_line_numbers_stay_right_across_chunks(storage: Storage, tmp_path: Path) -> None:
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
    storage: Storage, tmp_path: Path
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
