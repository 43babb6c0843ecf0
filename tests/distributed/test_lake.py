"""The price lake: files written once per (crawl, category), compaction, the serving refresh.

Offers here are constructed (small ``Offer`` values); the stores' real shapes are covered by
the worker test over the replay server. Each behaviour is checked on a lake in a directory
and on one in S3-compatible storage (moto's server, started by the fixture).
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from korzina.core.errors import ConfigError
from korzina.core.models import Offer
from korzina.core.storage import open_memory_storage
from korzina.distributed.lake import (
    COMPACTED,
    RAW,
    Lake,
    attach,
    ensure_lake,
    lake_files,
    lake_views_sql,
    rows_sql,
    write_category,
)
from korzina.distributed.maintenance import compact, refresh_serving
from korzina.distributed.units import Target

DAY = date(2026, 12, 1)
T0 = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)


def _offer(pid: str, price: str, minutes: int, shop: str = "s1", store: str = "magnit") -> Offer:
    return Offer(
        store=store,
        product_id=pid,
        name=f"Молоко {pid}",
        price=Decimal(price),
        shop_id=shop,
        observed_at=T0 + timedelta(minutes=minutes),
    )


@pytest.fixture(params=["directory", "s3"])
def lake(request: pytest.FixtureRequest, tmp_path: Path) -> Lake:
    if request.param == "directory":
        return ensure_lake(tmp_path / "lake")
    location, _ = request.getfixturevalue("s3_lake")
    return ensure_lake(location)


def _write(
    lake: Lake, crawl: str, category: str, offers: list[Offer], shop: str = "s1", day: date = DAY
) -> str:
    return write_category(
        lake,
        crawl_id=crawl,
        day=day,
        store=offers[0].store if offers else "magnit",
        shop=shop,
        category_id=category,
        offers=offers,
    )


def _lake_observations(lake: Lake) -> list[tuple[object, ...]]:
    con = duckdb.connect()
    try:
        attach(con, lake)
        for statement in lake_views_sql(lake):
            con.execute(statement)
        return con.execute(
            "SELECT store, shop, product_id, price FROM lake_observations "
            "ORDER BY store, shop, product_id, observed_at"
        ).fetchall()
    finally:
        con.close()


def test_a_category_written_again_replaces_its_file(lake: Lake) -> None:
    first = _write(lake, "c1", "10", [_offer("a", "10.00", 0), _offer("b", "20.00", 0)])
    again = _write(lake, "c1", "10", [_offer("a", "10.00", 5), _offer("b", "20.00", 5)])
    assert first == again
    assert first == f"{lake.uri}/{RAW}/store=magnit/date={DAY}/shop=s1/c1-10.parquet"
    files = lake_files(lake)
    assert files == [first]
    if not lake.is_s3:
        assert not list(Path(first).parent.glob(".*"))  # no temporary file left behind
    con = duckdb.connect()
    attach(con, lake)
    assert con.execute(f"SELECT count(*) FROM ({rows_sql(files)})").fetchall() == [(2,)]


def test_compaction_keeps_first_prices_and_changes_and_is_idempotent(lake: Lake) -> None:
    _write(lake, "c1", "10", [_offer("a", "10.00", 0), _offer("b", "20.00", 0)])
    _write(lake, "c2", "10", [_offer("a", "10.00", 60), _offer("b", "25.00", 60)])
    before = _lake_observations(lake)
    report = compact(lake)
    assert (report.partitions, report.files_in, report.rows_in, report.rows_out) == (1, 2, 4, 3)
    files = lake_files(lake)
    assert len(files) == 1 and f"/{COMPACTED}/store=magnit/" in files[0]
    assert (
        _lake_observations(lake)
        == before
        == [
            ("magnit", "s1", "a", Decimal("10.00")),
            ("magnit", "s1", "b", Decimal("20.00")),
            ("magnit", "s1", "b", Decimal("25.00")),
        ]
    )
    # A later crawl the same day: folded into the same partition file.
    _write(lake, "c3", "10", [_offer("a", "11.00", 120), _offer("b", "25.00", 120)])
    again = compact(lake)
    assert (again.partitions, again.rows_in, again.rows_out) == (1, 5, 4)
    assert compact(lake).partitions == 0  # nothing raw left


def _compacted_rows(lake: Lake) -> list[tuple[object, ...]]:
    con = duckdb.connect()
    try:
        attach(con, lake)
        return con.execute(
            f"SELECT date, product_id, price FROM ({rows_sql(lake_files(lake))}) ORDER BY ALL"
        ).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("changes_only", [False, True])
def test_daily_partitions_are_whole_price_lists_unless_changes_only(
    lake: Lake, changes_only: bool
) -> None:
    day2 = DAY + timedelta(days=1)
    _write(lake, "c1", "10", [_offer("a", "10.00", 0), _offer("b", "20.00", 0)])
    compact(lake, changes_only=changes_only)  # day 1 compacted before day 2 arrives
    _write(lake, "c2", "10", [_offer("a", "10.00", 1440), _offer("b", "21.00", 1440)], day=day2)
    before = _lake_observations(lake)
    report = compact(lake, changes_only=changes_only)
    assert report.partitions == 1  # only day 2 was touched
    day2_rows = [r for r in _compacted_rows(lake) if r[0] == day2]
    if changes_only:
        assert day2_rows == [(day2, "b", Decimal("21.00"))]
    else:
        assert day2_rows == [(day2, "a", Decimal("10.00")), (day2, "b", Decimal("21.00"))]
    # Either way the price changes read the same.
    assert (
        _lake_observations(lake)
        == before
        == [
            ("magnit", "s1", "a", Decimal("10.00")),
            ("magnit", "s1", "b", Decimal("20.00")),
            ("magnit", "s1", "b", Decimal("21.00")),
        ]
    )


def test_a_crash_between_compaction_and_raw_deletion_repeats_nothing(tmp_path: Path) -> None:
    lake = ensure_lake(tmp_path / "lake")
    raw = Path(_write(lake, "c1", "10", [_offer("a", "10.00", 0), _offer("b", "20.00", 0)]))
    kept = tmp_path / "kept.parquet"
    shutil.copy(raw, kept)
    compact(lake)
    shutil.copy(kept, raw)  # as if the process died before deleting the raw file
    assert _lake_observations(lake) == [
        ("magnit", "s1", "a", Decimal("10.00")),
        ("magnit", "s1", "b", Decimal("20.00")),
    ]
    assert compact(lake).rows_out == 2


def test_refresh_merges_each_change_once_and_again_adds_nothing(lake: Lake) -> None:
    offers_1 = [_offer("a", "10.00", 0), _offer("b", "20.00", 0)]
    offers_2 = [_offer("a", "10.00", 60), _offer("b", "25.00", 60)]
    _write(lake, "c1", "10", offers_1)
    _write(lake, "c2", "10", offers_2)
    _write(lake, "c1", "20", [_offer("c", "5.00", 1, shop="s2")], shop="s2")

    served = open_memory_storage()
    report = refresh_serving(served, lake, [Target("magnit", "s1")])
    assert report.rows == {"magnit:s1": 4}
    assert report.new_prices == {"magnit:s1": 3}
    assert report.new_products == {"magnit:s1": 2}
    # Again, after compaction, and for every shop: only the other shop's row is new.
    compact(lake)
    report = refresh_serving(served, lake)
    assert report.new_prices == {"magnit:s1": 0, "magnit:s2": 1}

    # The same observations as a database that saved the offers directly, in order.
    direct = open_memory_storage()
    direct.offers.save_offers(offers_1)
    direct.offers.save_offers(offers_2)
    direct.offers.save_offers([_offer("c", "5.00", 1, shop="s2")])
    query = "SELECT store, shop_id, product_id, price, observed_at FROM observations ORDER BY ALL"
    assert served.query(query) == direct.query(query)
    assert _lake_observations(lake) == [(r[0], r[1], r[2], r[3]) for r in served.query(query)[1]]


def test_a_lake_of_another_version_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    lake = tmp_path / "lake"
    lake.mkdir()
    (lake / "lake.json").write_text(json.dumps({"version": 99}), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        ensure_lake(lake)
    assert "другой версии (99)" in caught.value.user_message


def test_an_empty_lake_has_empty_views(lake: Lake) -> None:
    assert _lake_observations(lake) == []
    assert lake_files(lake) == []
