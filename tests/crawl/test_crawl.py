"""The crawl through the real Магнит adapter over a replayed catalog: stop mid-way, resume.

Catalog: 4 leaf categories, 68 goods, pages of 10 (see ``tests.crawl.catalog``).
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner

from korzina.cli import cli
from korzina.cli.app import App
from korzina.core.crawl import (
    CrawlOptions,
    NoProgress,
    crawl_store,
    load_state,
    plan_categories,
    session_opener,
    shared_opener,
)
from korzina.core.errors import ConfigError, StoreRateLimited, StoreUnavailable
from korzina.core.models import Category
from korzina.core.plugins import make_plugin_manager, open_stores
from korzina.core.settings import load_settings
from korzina.core.storage import open_memory_storage
from korzina.core.store import StoreAdapter
from tests.crawl.catalog import (
    LEAF_SIZES,
    SHOP,
    all_ids,
    blocked_once,
    page_routes,
    requested_categories,
)
from tests.fakes import CRAWLABLE, FakeStore
from tests.replay import ReplayServer

PAGE = 10
TOTAL = sum(LEAF_SIZES.values())


def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, base_url: str, db: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        "[stores.magnit]\nmin_interval_s = 0\n"
        f'options = {{ page_size = "{PAGE}", jitter_s = "0" }}\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("KORZINA_CONFIG", str(config))
    monkeypatch.setenv("KORZINA_MAGNIT_BASE_URL", base_url)
    monkeypatch.setenv("KORZINA_DB", str(db))


def _invoke(*args: str) -> Any:
    result = CliRunner().invoke(cli, list(args), obj=App(pm=make_plugin_manager()))
    return result


def _products(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT product_id FROM products").fetchall()]
    finally:
        con.close()


def _observation_keys(db: Path) -> list[tuple[str, str | None]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT product_id, shop_id FROM observations").fetchall()
    finally:
        con.close()


def test_blocked_crawl_keeps_what_it_saved_and_resume_finds_every_offer_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "k.duckdb"
    # The second leaf is blocked on its second page, once.
    routes = [blocked_once("107728", PAGE), *page_routes(PAGE)]
    with ReplayServer(routes) as server:
        _config(tmp_path, monkeypatch, server.url, db)
        first = _invoke("crawl", "--store", "magnit", "--shop", SHOP, "--batch", "7", "--json")
        assert first.exit_code == 1, first.output
        report = json.loads(first.stdout)[0]
        assert report["status"] == "blocked"
        assert "закрыл доступ" in report["message"]
        assert report["categories_done"] == 1
        # Everything fetched before the block is in the database: leaf 1 and page 1 of leaf 2.
        saved = _products(db)
        assert len(saved) == LEAF_SIZES["107727"] + PAGE == report["offers"]
        state = load_state(session_opener(db), "magnit", SHOP)
        assert state is not None
        assert (state["status"], state["done"]) == ("blocked", ["107727"])

        before = len(server.requests)
        second = _invoke(
            "crawl", "--store", "magnit", "--shop", SHOP, "--resume", "--batch", "7", "--json"
        )
        assert second.exit_code == 0, second.output
        resumed = json.loads(second.stdout)[0]
        asked_again = requested_categories(server.requests[before:])

    assert (resumed["status"], resumed["resumed"]) == ("done", True)
    assert (resumed["categories_skipped"], resumed["categories_done"]) == (1, 3)
    assert 107727 not in asked_again  # the finished category is not fetched again
    products = _products(db)
    assert len(products) == len(set(products)) == TOTAL
    assert set(products) == all_ids()
    # Redoing page 1 of the blocked leaf added no observation: one row per product.
    observations = _observation_keys(db)
    assert len(observations) == TOTAL
    assert {shop for _, shop in observations} == {SHOP}


class _CancelAfter(NoProgress):
    """Cancels the crawling task once ``limit`` offers have been seen (a kill mid-page)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.seen = 0

    def offers_seen(self, count: int) -> None:
        self.seen += count
        if self.seen == self.limit:
            task = asyncio.current_task()
            assert task is not None
            task.cancel()


def _magnit(server: ReplayServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> StoreAdapter:
    _config(tmp_path, monkeypatch, server.url, tmp_path / "unused.duckdb")
    return open_stores(make_plugin_manager(), load_settings(), only=["magnit"])[0]


async def test_cancelled_crawl_saves_its_batches_and_resume_completes_the_catalog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "crawl.duckdb"
    opener = session_opener(db)
    with ReplayServer(page_routes(PAGE)) as server:
        adapter = _magnit(server, tmp_path, monkeypatch)
        # Cancelled on the 6th offer of the second leaf: the task stops at its next await,
        # the request for that leaf's second page: 33 seen, 32 in batches of 4, 1 buffered.
        with pytest.raises(asyncio.CancelledError):
            await crawl_store(
                adapter,
                opener,
                shop_id=SHOP,
                options=CrawlOptions(batch_size=4),
                progress=_CancelAfter(LEAF_SIZES["107727"] + 6),
            )
        state = load_state(opener, "magnit", SHOP)
        assert state is not None
        assert state["status"] == "interrupted"
        assert state["done"] == ["107727"]
        interrupted = _products(db)
        # The batch in flight was committed on the way out: nothing seen was lost.
        assert len(interrupted) == state["offers"] == LEAF_SIZES["107727"] + PAGE

        report = await crawl_store(
            adapter, opener, shop_id=SHOP, options=CrawlOptions(resume=True, batch_size=4)
        )
        await adapter.aclose()

    assert report.status == "done"
    assert report.categories_skipped == 1
    products = _products(db)
    assert len(products) == len(set(products)) == TOTAL
    assert set(interrupted) <= set(products)
    assert len(_observation_keys(db)) == TOTAL


async def test_resume_after_a_finished_crawl_starts_a_new_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = open_memory_storage()
    with ReplayServer(page_routes(PAGE)) as server:
        adapter = _magnit(server, tmp_path, monkeypatch)
        first = await crawl_store(adapter, shared_opener(storage), shop_id=SHOP)
        again = await crawl_store(
            adapter, shared_opener(storage), shop_id=SHOP, options=CrawlOptions(resume=True)
        )
        await adapter.aclose()
    assert (first.status, first.new_prices) == ("done", TOTAL)
    # A new pass re-reads all of it; unchanged prices add no observation.
    assert (again.resumed, again.categories_done, again.offers, again.new_prices) == (
        False,
        4,
        TOTAL,
        0,
    )


class _FlakyCategories(FakeStore):
    """Two leaves; the first fails with ``errors`` before answering, the second answers."""

    capabilities = CRAWLABLE

    def __init__(self, errors: list[BaseException]) -> None:
        super().__init__()
        self.errors = errors
        self.attempts: dict[str, int] = {}

    async def categories(self, shop: Any = None) -> list[Category]:
        return [
            Category(store="fake", category_id="a", name="А"),
            Category(store="fake", category_id="b", name="Б"),
        ]

    async def category_offers(self, category: Category, shop: Any = None) -> Any:
        from tests.fakes import offer

        self.attempts[category.category_id] = self.attempts.get(category.category_id, 0) + 1
        yield offer("fake", f"{category.category_id}1", "Молоко", "80.00")
        if category.category_id == "a" and self.errors:
            raise self.errors.pop(0)
        yield offer("fake", f"{category.category_id}2", "Хлеб", "40.00")


async def _no_sleep(_s: float) -> None:
    return None


async def test_transient_failure_is_retried_and_a_persistent_one_is_recorded_and_skipped() -> None:
    storage = open_memory_storage()
    flaky = _FlakyCategories([StoreUnavailable("fake", "HTTP 502")])
    report = await crawl_store(flaky, shared_opener(storage), sleep=_no_sleep)
    assert (report.status, flaky.attempts["a"], report.offers) == ("done", 2, 5)

    broken = _FlakyCategories([StoreUnavailable("fake", "HTTP 502")] * 3)
    report = await crawl_store(
        broken,
        shared_opener(open_memory_storage()),
        sleep=_no_sleep,
        options=CrawlOptions(retries=2),
    )
    assert report.status == "partial"
    assert [e.category_id for e in report.errors] == ["a"]
    assert "временно недоступен" in report.errors[0].message
    assert report.categories_done == 1  # «b» was crawled after «a» failed


async def test_category_retries_back_off_with_jitter_and_obey_retry_after() -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    flaky = _FlakyCategories(
        [StoreUnavailable("fake", "HTTP 502"), StoreRateLimited("fake", "429", retry_after=5.0)]
    )
    report = await crawl_store(
        flaky,
        shared_opener(open_memory_storage()),
        sleep=sleep,
        options=CrawlOptions(retries=2, backoff_s=2.0),
    )
    assert report.status == "done" and flaky.attempts["a"] == 3
    # The first wait is 2 s scaled by jitter into [1, 2); the 429's Retry-After is obeyed.
    assert 1.0 <= slept[0] < 2.0
    assert slept[1] == 5.0


async def test_a_refused_connection_is_not_retried_and_stops_the_crawl_quickly() -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    refused = StoreUnavailable("fake", "ConnectError: refused", connect_failed=True)
    flaky = _FlakyCategories([refused] * 10)
    report = await crawl_store(
        flaky,
        shared_opener(open_memory_storage()),
        sleep=sleep,
        options=CrawlOptions(retries=2, max_consecutive_failures=1),
    )
    assert report.status == "unavailable"
    assert flaky.attempts == {"a": 1} and slept == []


async def test_a_store_that_cannot_give_its_catalog_is_not_crawled() -> None:
    store = FakeStore()  # category_crawl=False
    report = await crawl_store(store, shared_opener(open_memory_storage()), sleep=_no_sleep)
    assert report.status == "unavailable"
    assert report.message == "Магазин не отдаёт каталог целиком: обход невозможен."
    assert store.calls == 0


def test_plan_takes_the_leaves_under_a_parent_and_refuses_unknown_ids() -> None:
    tree = [
        Category(store="s", category_id="1", name="Молочное", is_leaf=False),
        Category(store="s", category_id="2", name="Молоко", parent_id="1", path=("М", "Молоко")),
        Category(store="s", category_id="3", name="Сыр", parent_id="1", path=("М", "Сыр")),
        Category(store="s", category_id="4", name="Хлеб"),
    ]
    assert [c.category_id for c in plan_categories(tree, None)] == ["2", "3", "4"]
    assert [c.category_id for c in plan_categories(tree, ["1"])] == ["2", "3"]
    assert [c.category_id for c in plan_categories(tree, ["4"])] == ["4"]
    with pytest.raises(ConfigError, match="99"):
        plan_categories(tree, ["99"])
