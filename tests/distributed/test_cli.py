"""The distributed commands where a user meets them: the installed ``korzina`` process."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from korzina.core.models import Offer
from korzina.distributed.lake import ensure_lake, write_category
from tests.replay import run_korzina


def test_a_distributed_crawl_without_redis_says_where_to_give_it(tmp_path: Path) -> None:
    code, out, err = run_korzina(["crawl", "--distributed", "--store", "magnit"], {}, tmp_path)
    assert code == 1 and out is None
    assert "Не указан адрес Redis: --redis URL или KORZINA_REDIS_URL" in err


def test_an_unreachable_redis_is_named(tmp_path: Path) -> None:
    code, _, err = run_korzina(
        ["crawl", "--distributed", "--store", "magnit"],
        {"KORZINA_REDIS_URL": "redis://127.0.0.1:9/0"},
        tmp_path,
    )
    assert code == 1
    assert "Redis недоступен по адресу redis://127.0.0.1:9/0" in err


def test_distributed_options_without_distributed_are_refused(tmp_path: Path) -> None:
    code, _, err = run_korzina(["crawl", "--store", "magnit", "--wait"], {}, tmp_path)
    assert code == 2
    assert "только с --distributed" in err


def _lake(tmp_path: Path) -> Path:
    lake = ensure_lake(tmp_path / "lake")
    for crawl, minutes, price in (("c1", 0, "10.00"), ("c2", 60, "12.50")):
        offers = [
            Offer(
                store="magnit",
                product_id=pid,
                name="Кефир",
                price=Decimal(price if pid == "a" else "40.00"),
                shop_id="992301",
                observed_at=datetime(2026, 12, 1, 4, tzinfo=UTC) + timedelta(minutes=minutes),
            )
            for pid in ("a", "b")
        ]
        write_category(
            lake,
            crawl_id=crawl,
            day=date(2026, 12, 1),
            store="magnit",
            shop="992301",
            category_id="1",
            offers=offers,
        )
    return lake


def test_lake_sql_compact_and_refresh(tmp_path: Path) -> None:
    lake = _lake(tmp_path)
    env = {"KORZINA_LAKE": str(lake)}
    query = "SELECT product_id, count(*) AS n FROM lake_observations GROUP BY 1 ORDER BY 1"
    code, rows, err = run_korzina(["lake", "sql", "--json", query], env, tmp_path)
    assert code == 0, err
    assert rows == [{"product_id": "a", "n": 2}, {"product_id": "b", "n": 1}]

    code, report, err = run_korzina(["lake", "compact", "--json"], env, tmp_path)
    assert code == 0, err
    assert (report["partitions"], report["rows_in"], report["rows_out"]) == (1, 4, 3)

    code, report, err = run_korzina(["lake", "refresh", "--json"], env, tmp_path)
    assert code == 0, err
    assert report["targets"] == [
        {"target": "magnit:992301", "rows": 3, "new_products": 2, "new_prices": 3}
    ]
    code, rows, err = run_korzina(
        ["sql", "--json", "SELECT product_id, price FROM observations ORDER BY 1, 2"],
        env,
        tmp_path,
    )
    assert code == 0, err
    assert rows == [
        {"product_id": "a", "price": 10},
        {"product_id": "a", "price": 12.5},
        {"product_id": "b", "price": 40},
    ]


def test_lake_sql_reads_nothing_outside_the_lake(tmp_path: Path) -> None:
    lake = _lake(tmp_path)
    outside = tmp_path / "secret.csv"
    outside.write_text("a\n1\n", encoding="utf-8")
    code, _, err = run_korzina(
        ["lake", "sql", "--lake", str(lake), f"SELECT * FROM read_csv('{outside}')"],
        {},
        tmp_path,
    )
    assert code == 1
    assert "Ошибка в запросе" in err


def test_waiting_for_an_unknown_crawl_says_so(tmp_path: Path, redis_url: str) -> None:
    code, _, err = run_korzina(
        ["crawl", "--distributed", "--crawl-id", "20261204T000000-abcdef", "--wait"],
        {"KORZINA_REDIS_URL": redis_url},
        tmp_path,
    )
    assert code == 1
    assert "Нет обхода 20261204T000000-abcdef в Redis" in err
