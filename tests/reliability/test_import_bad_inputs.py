"""`korzina import` of hostile and broken files: every bad row named, every good row kept.

Each test runs the installed command (``run_korzina``) on a constructed file that mixes
good rows with one kind of bad input, and checks the report and the database: the bad
rows are reported by line, the good ones are all there, no garbage is stored.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
from click.testing import CliRunner

from korzina.cli import cli
from korzina.cli.app import App
from korzina.core.plugins import make_plugin_manager
from tests.replay import run_korzina

HEADER = "store,product_id,name,price,observed_at\n"
TITLES = ["Молоко Простоквашино 3.2% 930 мл", "Хлеб Бородинский 400 г", "Яйца С0 10 шт"]


def good_csv_rows(n: int, start: int = 1) -> list[str]:
    return [
        f"magnit,{i},{TITLES[i % 3]} №{i},{50 + i % 40}.90,2026-11-20T10:00:00+03:00\n"
        for i in range(start, start + n)
    ]


def good_json(i: int, **extra: Any) -> str:
    row = {"store": "dixy", "product_id": str(i), "name": f"{TITLES[i % 3]} №{i}", "price": 99}
    return json.dumps(row | extra, ensure_ascii=False) + "\n"


def korzina_import(path: Path, tmp_path: Path) -> tuple[int, Any, str]:
    return run_korzina(["import", str(path), "--json"], {}, tmp_path)


def names(tmp_path: Path) -> list[str]:
    code, rows, err = run_korzina(
        ["sql", "select name from products order by try_cast(product_id as int)", "--json"],
        {},
        tmp_path,
    )
    assert code == 0, err
    return [r["name"] for r in rows]


def test_a_field_over_the_csv_module_limit_is_one_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = good_csv_rows(10)
    rows[4] = f"magnit,5,{'Х' * 200_000},10,2026-11-20\n"  # line 6: over 131,072 chars
    rows[7] = f"magnit,8,{'Ы' * 10_000},10,2026-11-20\n"  # line 9: over 4 KB
    path.write_text(HEADER + "".join(rows), encoding="utf-8")

    code, report, err = korzina_import(path, tmp_path)

    assert code == 0, err
    assert (report["rows"], report["imported"]) == (10, 8)
    reasons = {s["line"]: s["reason"] for s in report["skipped"]}
    assert reasons[6] == "поле длиннее 131072 символов"
    assert reasons[9].startswith("поле name длиннее 4096 байт")
    assert len(names(tmp_path)) == 8


def test_an_unbalanced_quote_costs_one_line_not_the_rest_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    broken = 'magnit,0,"Молоко 3,2% без закрывающей кавычки,89.99,2026-11-20\n'
    tail_broken = 'magnit,9999,"Кефир,59.99,2026-11-20\n'  # near the end: runs into EOF
    rows = [broken, *good_csv_rows(2000), tail_broken, *good_csv_rows(3, start=3000)]
    path.write_text(HEADER + "".join(rows), encoding="utf-8")

    code, report, err = korzina_import(path, tmp_path)

    assert code == 0, err
    assert report["imported"] == 2003
    assert [s["line"] for s in report["skipped"]] == [2, 2003]
    assert all("незакрытая кавычка" in s["reason"] for s in report["skipped"])


def test_a_quoted_multi_line_field_is_still_one_good_row(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    rows = ['magnit,1,"Молоко\nпастеризованное",89.99,2026-11-20\n', *good_csv_rows(2, 2)]
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    code, report, err = korzina_import(path, tmp_path)
    assert code == 0, err
    assert (report["rows"], report["imported"], report["skipped"]) == (3, 3, [])
    assert names(tmp_path)[0] == "Молоко\nпастеризованное"


def test_a_csv_with_old_mac_line_ends_keeps_its_rows_and_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    text = HEADER + "".join(good_csv_rows(2)) + 'magnit,9,"Хлеб\nбелый",20,\n' + "magnit,3,x,да,\n"
    path.write_bytes(text.replace("\n", "\r").encode("utf-8"))
    code, report, err = korzina_import(path, tmp_path)
    assert code == 0, err
    assert (report["rows"], report["imported"]) == (4, 3)
    assert report["skipped"] == [{"line": 6, "reason": "price не число: «да»"}]


def test_a_cp1251_file_is_detected_and_imported_as_cyrillic(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    rows = good_csv_rows(20)
    path.write_bytes((HEADER + "".join(rows)).encode("cp1251"))

    code, report, err = korzina_import(path, tmp_path)

    assert code == 0, err
    assert (report["imported"], report["encoding"]) == (20, "cp1251")
    assert names(tmp_path) == [r.split(",")[2] for r in rows]


def test_a_latin1_line_in_a_utf8_file_is_a_bad_row_not_mojibake(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [good_json(i).encode() for i in range(1, 6)]
    lines[2] = good_json(3, name="Кофе café").encode().replace("é".encode(), b"\xe9")
    path.write_bytes(b"".join(lines))

    code, report, err = korzina_import(path, tmp_path)

    assert code == 0, err
    assert (report["rows"], report["imported"], report["encoding"]) == (5, 4, "utf-8")
    assert [s["line"] for s in report["skipped"]] == [3]
    assert "не в кодировке utf-8" in report["skipped"][0]["reason"]
    assert not any("\ufffd" in n for n in names(tmp_path))


def test_a_file_in_no_known_encoding_is_refused_with_a_message(tmp_path: Path) -> None:
    rng = random.Random(7)
    path = tmp_path / "noise.csv"
    path.write_bytes(HEADER.encode() + bytes(rng.randrange(128, 256) for _ in range(4000)))
    code, report, err = korzina_import(path, tmp_path)
    assert code == 1
    assert report is None
    assert "Не удалось определить кодировку файла noise.csv" in " ".join(err.split())


def test_a_utf16_file_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "unicode.csv"
    path.write_text(HEADER + "".join(good_csv_rows(3)), encoding="utf-16")
    code, report, err = korzina_import(path, tmp_path)
    assert (code, report) == (1, None)
    assert "в кодировке UTF-16; сохраните его в UTF-8" in " ".join(err.split())


def test_implausible_observed_at_and_promo_until_are_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_text(
        good_json(1)
        + good_json(2, observed_at="2099-01-01T00:00:00Z")
        + good_json(3, observed_at="1970-01-01")
        + good_json(4, promo_until="2999-12-31")
        + good_json(5, observed_at="2026-11-20T10:00:00+03:00"),
        encoding="utf-8",
    )
    code, report, err = korzina_import(path, tmp_path)
    assert code == 0, err
    assert report["imported"] == 2
    reasons = {s["line"]: s["reason"] for s in report["skipped"]}
    assert reasons[2] == "observed_at в будущем: «2099-01-01T00:00:00Z»"
    assert reasons[3] == "observed_at раньше 2000 года: «1970-01-01»"
    assert reasons[4] == "неправдоподобная дата promo_until: «2999-12-31»"


def test_an_oversized_name_is_a_bad_row_in_every_format(tmp_path: Path) -> None:
    huge = "Молоко " * 400_000  # 4.8 MB
    jsonl = tmp_path / "huge.jsonl"
    jsonl.write_text(good_json(1) + good_json(2, name=huge) + good_json(3), encoding="utf-8")
    csv = tmp_path / "huge.csv"
    csv.write_text(
        HEADER + good_csv_rows(1)[0] + f"magnit,2,{huge},10,\n" + good_csv_rows(1, 3)[0],
        encoding="utf-8",
    )
    parquet = tmp_path / "huge.parquet"
    pq.write_table(
        pa.table(
            {
                "store": ["perekrestok"] * 3,
                "product_id": ["1", "2", "3"],
                "name": ["Хлеб", huge, "Яйца"],
                "price": [10, 20, 30],
            }
        ),
        parquet,
    )
    for path, line, reason in (
        (jsonl, 2, "строка длиннее 1024 КБ"),
        (csv, 3, "строка длиннее 1024 КБ"),  # line 1 is the header
        (parquet, 2, "поле name длиннее 4096 байт"),
    ):
        code, report, err = korzina_import(path, tmp_path)
        assert code == 0, err
        assert (report["rows"], report["imported"]) == (3, 2), path
        assert report["skipped"][0]["line"] == line
        assert report["skipped"][0]["reason"].startswith(reason)
    assert max(len(n) for n in names(tmp_path)) < 100


def test_an_unknown_store_id_is_named_in_the_report(tmp_path: Path) -> None:
    path = tmp_path / "stores.jsonl"
    path.write_text(
        good_json(1) + good_json(2, store="magnet") + good_json(3, store="magnet"),
        encoding="utf-8",
    )
    code, report, err = korzina_import(path, tmp_path)
    assert code == 0, err
    assert report["stores"] == {"dixy": 1, "magnet": 2}
    assert report["unknown_stores"] == {"magnet": 2}


def test_the_text_report_names_the_encoding_and_the_unknown_store(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes((HEADER + "magnet,1,Кефир 1%,59.90,\n").encode("cp1251"))
    result = CliRunner().invoke(
        cli,
        ["--db", str(tmp_path / "k.duckdb"), "import", str(path)],
        obj=App(pm=make_plugin_manager()),
    )
    text = " ".join(result.output.split())
    assert result.exit_code == 0, result.output
    assert "Кодировка файла: cp1251 (определена автоматически)" in text
    assert "Неизвестные магазины: magnet (1 строк)" in text
