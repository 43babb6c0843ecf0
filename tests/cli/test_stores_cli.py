"""`korzina stores` and `korzina search` through the real CLI, against local HTTP servers.

The stores are ``HttpFakeStore`` plugins reached over 127.0.0.1 through
``KORZINA_<STORE>_BASE_URL``, the same path the real adapters' end-to-end tests take.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from rich.console import Console

from korzina.cli import cli
from korzina.cli import stores as stores_cli
from korzina.cli.app import App
from korzina.core.errors import StorageError
from korzina.core.hookspecs import hookimpl
from korzina.core.models import Offer, Shop
from korzina.core.plugins import make_plugin_manager
from korzina.core.settings import Settings
from korzina.core.store import StoreAdapter
from tests.fakes import HttpFakeStore, fake_store_class
from tests.replay import ReplayServer, Route

Alpha = fake_store_class("alpha", "Альфа", base=HttpFakeStore)
Beta = fake_store_class("beta", "Бета", base=HttpFakeStore)


class FakeStoragePlugin:
    @hookimpl
    def register_stores(self, register: Callable[[type[StoreAdapter]], None]) -> None:
        register(Alpha)
        register(Beta)


class RecordingStorage:
    """Just enough of ``Storage`` to see what the command saves (and to fail on demand)."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.saved: list[Offer] = []
        self.stores_saved: dict[str, str] = {}
        self.closed = False
        self.known_shops: dict[tuple[str, str], Shop] = {}
        self.offers = self
        self.stores = self
        self.shops = self

    @contextmanager
    def _tx(self) -> Iterator[None]:
        yield

    def transaction(self) -> AbstractContextManager[None]:
        return self._tx()

    def save_offers(self, offers: Iterable[Offer]) -> None:
        if self.fail:
            raise StorageError("disk full", user_message="Ошибка базы данных.")
        self.saved.extend(offers)

    def save_store(self, store_id: str, display_name: str) -> None:
        self.stores_saved[store_id] = display_name

    def get_shop(self, store: str, shop_id: str) -> Shop | None:
        return self.known_shops.get((store, shop_id))

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def storage(monkeypatch: pytest.MonkeyPatch) -> RecordingStorage:
    recording = RecordingStorage()

    def open_for(_settings: Settings, _on_reanalysis: Any = None) -> Any:
        return recording

    monkeypatch.setattr(stores_cli, "open_storage_for", open_for)
    return recording


def run(*args: str) -> Result:
    pm = make_plugin_manager(load_entrypoints=False, plugins=[FakeStoragePlugin()])
    # A wide console so table rows are not wrapped mid-word.
    app = App(pm=pm, console=Console(width=250, highlight=False))
    return CliRunner().invoke(cli, list(args), obj=app)


MILK = [
    {"product_id": "101", "name": "Молоко Простоквашино 3,2% 930 мл", "price": "89.99"},
    {"product_id": "102", "name": "Молоко [акция] 2,5%", "price": "74.50"},
]


@pytest.fixture
def alpha_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ReplayServer]:
    with ReplayServer([Route("GET", "/search", json_body=MILK)]) as server:
        monkeypatch.setenv("KORZINA_ALPHA_BASE_URL", server.url)
        yield server


@pytest.fixture
def beta_blocked(monkeypatch: pytest.MonkeyPatch) -> Iterator[ReplayServer]:
    routes = [Route("GET", "/search", status=403, body="<html>captcha</html>")]
    with ReplayServer(routes) as server:
        monkeypatch.setenv("KORZINA_BETA_BASE_URL", server.url)
        yield server


def test_search_json_has_the_offers_and_every_store_status(
    alpha_server: ReplayServer, beta_blocked: ReplayServer, storage: RecordingStorage
) -> None:
    result = run("search", "молоко", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["query"] == "молоко"
    assert [(o["store"], o["product_id"], o["price"]) for o in doc["offers"]] == [
        ("alpha", "101", 89.99),
        ("alpha", "102", 74.5),
    ]
    statuses = {s["store"]: s["status"] for s in doc["stores"]}
    assert statuses == {"alpha": "ok", "beta": "blocked"}
    assert alpha_server.requests[0].query["q"] == ["молоко"]


def test_search_saves_every_offer_seen_and_closes_the_database(
    alpha_server: ReplayServer, beta_blocked: ReplayServer, storage: RecordingStorage
) -> None:
    run("search", "молоко", "--json")
    assert [o.product_id for o in storage.saved] == ["101", "102"]
    assert storage.stores_saved == {"alpha": "Альфа"}
    assert storage.closed


def test_search_table_shows_prices_and_names_the_blocked_store(
    alpha_server: ReplayServer, beta_blocked: ReplayServer, storage: RecordingStorage
) -> None:
    result = run("search", "молоко")
    assert result.exit_code == 0, result.output
    assert "Альфа" in result.stdout and "товаров: 2" in result.stdout
    assert "89,99 ₽" in result.stdout
    # Square brackets in a product name are text, not rich markup.
    assert "Молоко [акция] 2,5%" in result.stdout
    assert "Бета" in result.stdout and "закрыл доступ" in result.stdout


def test_search_exits_1_when_every_store_failed(
    beta_blocked: ReplayServer, storage: RecordingStorage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KORZINA_ALPHA_BASE_URL", beta_blocked.url)
    result = run("search", "молоко", "--json")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert {s["store"]: s["status"] for s in doc["stores"]} == {
        "alpha": "blocked",
        "beta": "blocked",
    }
    assert doc["offers"] == []


def test_search_only_asks_the_chosen_store_at_the_chosen_shop(
    alpha_server: ReplayServer, beta_blocked: ReplayServer, storage: RecordingStorage
) -> None:
    result = run("search", "молоко", "--store", "alpha", "--shop", "35XY", "--limit", "5", "--json")
    assert result.exit_code == 0, result.output
    assert beta_blocked.requests == []
    request = alpha_server.requests[0]
    assert request.query["shop"] == ["35XY"] and request.query["limit"] == ["5"]
    assert json.loads(result.stdout)["stores"][0]["shop_id"] == "35XY"


def test_search_rejects_an_unknown_store_in_russian(storage: RecordingStorage) -> None:
    result = run("search", "молоко", "--store", "lenta")
    assert result.exit_code == 1
    assert "Неизвестный магазин: lenta" in result.stderr


def test_search_rejects_a_bare_shop_id_with_several_stores(storage: RecordingStorage) -> None:
    result = run("search", "молоко", "--shop", "35XY")
    assert result.exit_code == 2
    assert "--shop магазин=номер" in result.stderr


def test_search_reports_a_failed_save_and_still_prints_the_offers(
    alpha_server: ReplayServer, beta_blocked: ReplayServer, storage: RecordingStorage
) -> None:
    storage.fail = True
    result = run("search", "молоко", "--json")
    assert result.exit_code == 1
    assert len(json.loads(result.stdout)["offers"]) == 2
    assert "Цены не сохранены в базу" in result.stderr


def test_stores_lists_plugins_with_their_effective_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KORZINA_BETA_BASE_URL", "http://127.0.0.1:9/api/")
    monkeypatch.setenv("KORZINA_BETA_TRANSPORT", "browser")
    result = run("stores", "--json")
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in json.loads(result.stdout)["stores"]}
    assert rows["alpha"]["display_name"] == "Альфа"
    assert rows["alpha"]["base_url"] == "http://alpha.invalid"
    assert rows["alpha"]["transport"] == "http"
    assert rows["beta"]["base_url"] == "http://127.0.0.1:9/api"
    assert rows["beta"]["transport"] == "browser"
    assert rows["alpha"]["capabilities"]["text_search"] is True


def test_stores_check_shows_each_store_live_health(
    alpha_server: ReplayServer, beta_blocked: ReplayServer
) -> None:
    result = run("stores", "--check")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    alpha_line = next(line for line in lines if "alpha" in line)
    beta_line = next(line for line in lines if "beta" in line)
    assert "ответил" in alpha_line
    assert "закрыл доступ" in beta_line


def test_stores_check_json_carries_the_health_status(
    alpha_server: ReplayServer, beta_blocked: ReplayServer
) -> None:
    result = run("stores", "--check", "--json")
    health = {row["id"]: row["health"]["status"] for row in json.loads(result.stdout)["stores"]}
    assert health == {"alpha": "ok", "beta": "blocked"}


def test_search_saves_offers_into_the_real_database(
    alpha_server: ReplayServer, beta_blocked: ReplayServer, tmp_path: Path
) -> None:
    from korzina.core.storage import open_storage

    db = tmp_path / "prices.duckdb"
    result = run("--db", str(db), "search", "молоко", "--store", "alpha", "--json")
    assert result.exit_code == 0, result.output
    storage = open_storage(db, read_only=True)
    try:
        saved = storage.offers.latest_offers(stores=["alpha"])
    finally:
        storage.close()
    assert sorted((o.product_id, o.price) for o in saved) == [
        ("101", Decimal("89.99")),
        ("102", Decimal("74.50")),
    ]
