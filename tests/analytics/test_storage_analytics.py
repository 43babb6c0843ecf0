"""Analytics over a real DuckDB file: outlier keys, the basket index, Parquet, `korzina history`."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from korzina.cli import cli
from korzina.cli.app import App
from korzina.core.analytics.export import export_parquet
from korzina.core.analytics.queries import find_products, index_report, outlier_keys
from korzina.core.errors import StorageError
from korzina.core.models import Offer
from korzina.core.plugins import make_plugin_manager
from korzina.core.storage import DuckDBStorage, open_storage

D = Decimal
DAY0 = datetime(2026, 7, 28, 9, tzinfo=UTC)


def _offer(
    store: str, pid: str, name: str, price: str, day: int, regular: str | None = None
) -> Offer:
    return Offer(
        store=store,
        product_id=pid,
        name=name,
        price=D(price),
        regular_price=D(regular) if regular else D(price),
        shop_id="1",
        observed_at=DAY0 + timedelta(days=day),
    )


@pytest.fixture
def db(tmp_path: Path) -> DuckDBStorage:
    storage = open_storage(tmp_path / "a.duckdb")
    history = [
        # magnit milk: steady 80, a promo to 70 that is real, then a glitch of 800.
        _offer("magnit", "m1", "Молоко 3,2% 930мл", "80.00", 0),
        _offer("magnit", "m1", "Молоко 3,2% 930мл", "82.00", 2),
        _offer("magnit", "m1", "Молоко 3,2% 930мл", "70.00", 5, regular="82.00"),
        _offer("magnit", "m1", "Молоко 3,2% 930мл", "81.00", 6),
        _offer("magnit", "m1", "Молоко 3,2% 930мл", "800.00", 7),
        # a dearer milk at magnit: not the one the index follows.
        _offer("magnit", "m2", "Молоко отборное 3,2%", "120.00", 0),
        _offer("magnit", "b1", "Хлеб Бородинский", "50.00", 1),
        _offer("dixy", "d1", "Молоко 3,2% 900мл", "75.00", 0),
        _offer("dixy", "d2", "Хлеб нарезной", "45.00", 0),
        _offer("dixy", "d2", "Хлеб нарезной", "47.00", 40),  # another month
    ]
    for o in history:
        storage.offers.save_offers([o])
    return storage


def test_outlier_keys_name_products_whose_current_price_is_three_times_off(
    db: DuckDBStorage,
) -> None:
    assert outlier_keys(db) == {("magnit", "m1")}
    assert outlier_keys(db, [("dixy", "d1")]) == set()


def test_find_products_reads_the_query_as_a_basket_item(db: DuckDBStorage) -> None:
    found = find_products(db, "МОЛОКО 3,2%")
    # By store, each in the basket's pick order; m1 is kept though its current price
    # is the 800 ₽ glitch: a history is where that shows.
    assert [(p.store, p.product_id) for p in found] == [
        ("dixy", "d1"),
        ("magnit", "m1"),
        ("magnit", "m2"),
    ]
    assert [p.product_id for p in find_products(db, "молоко", stores=["dixy"])] == ["d1"]
    assert find_products(db, "хлеб", limit=1)[0].name == "Хлеб нарезной"  # every store's best first


def test_index_follows_the_cheapest_product_per_item_and_leaves_outliers_out(
    db: DuckDBStorage,
) -> None:
    report = index_report(db, ["молоко", "хлеб"], today=date(2026, 8, 5), days=9)
    chosen = {(c.store, c.item): c.product_id for c in report.choices}
    assert chosen == {
        ("magnit", "молоко"): "m1",
        ("magnit", "хлеб"): "b1",
        ("dixy", "молоко"): "d1",
        ("dixy", "хлеб"): "d2",
    }
    cost = {(p.store, p.day): p.cost for p in report.points}
    assert cost[("magnit", date(2026, 7, 28))] is None  # no bread yet
    assert cost[("magnit", date(2026, 7, 29))] == D("130.00")
    assert cost[("magnit", date(2026, 8, 2))] == D("120.00")  # the 70 ₽ promo day
    # Day 7 is the 800 ₽ glitch: the index keeps the 81 ₽ before it.
    assert cost[("magnit", date(2026, 8, 4))] == D("131.00")
    assert cost[("dixy", date(2026, 8, 4))] == D("120.00")


def test_parquet_export_is_partitioned_by_store_and_month_and_reads_back(
    db: DuckDBStorage, tmp_path: Path
) -> None:
    out = tmp_path / "export"
    report = export_parquet(db, out)
    parts = sorted(str(p.parent.relative_to(out)) for p in report.files)
    assert parts == [
        "store=dixy/month=2026-07",
        "store=dixy/month=2026-09",
        "store=magnit/month=2026-07",
        "store=magnit/month=2026-08",
    ]
    con = duckdb.connect()
    rows = con.execute(
        "SELECT store, month, product_id, price, name "
        "FROM read_parquet(?, hive_partitioning = true) ORDER BY store, observed_at",
        [str(out / "**" / "*.parquet")],
    ).fetchall()
    _, stored = db.query("SELECT count(*) FROM observations")
    assert report.rows == len(rows) == stored[0][0] == 10
    assert rows[0] == ("dixy", "2026-07", "d1", D("75.00"), "Молоко 3,2% 900мл")
    price_type = con.execute(
        "SELECT typeof(price) FROM read_parquet(?, hive_partitioning = true) LIMIT 1",
        [str(out / "**" / "*.parquet")],
    ).fetchone()
    assert price_type == ("DECIMAL(12,2)",)  # money stays exact in the files
    with pytest.raises(StorageError, match="not empty"):
        export_parquet(db, out)
    assert export_parquet(db, out, overwrite=True).rows == 10


def test_export_command_writes_the_files_through_a_read_only_connection(
    db: DuckDBStorage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = db.path
    db.close()
    assert path is not None
    monkeypatch.setenv("KORZINA_DB", str(path))
    out = tmp_path / "parquet"
    result = CliRunner().invoke(
        cli, ["export", str(out), "--json"], obj=App(pm=make_plugin_manager())
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["rows"] == 10 and len(doc["files"]) == 4
    with open_storage(path, read_only=True) as again:  # the file is unchanged and free
        assert again.query("SELECT count(*) FROM observations")[1] == [(10,)]


def test_history_command_shows_discount_verdicts_outliers_and_draws_a_png(
    db: DuckDBStorage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = db.path
    db.close()
    assert path is not None
    monkeypatch.setenv("KORZINA_DB", str(path))
    png = tmp_path / "chart.png"
    runner = CliRunner()
    app = App(pm=make_plugin_manager())
    result = runner.invoke(cli, ["history", "молоко", "--days", "3650", "--png", str(png)], obj=app)
    assert result.exit_code == 0, result.output
    assert "реальная скидка" in result.output
    assert "выброс" in result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    as_json = runner.invoke(
        cli,
        ["history", "молоко", "--days", "3650", "--json"],
        obj=App(pm=make_plugin_manager()),
    )
    data = {h["product_id"]: h for h in json.loads(as_json.stdout)}
    assert set(data) == {"m1", "m2", "d1"}
    points = data["m1"]["points"]
    assert [p["real_discount"] for p in points] == [None, None, True, None, None]
    assert [p["outlier"] for p in points] == [False, False, False, False, True]
