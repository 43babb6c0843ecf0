"""`korzina search молоко --store magnit|dixy --json` end to end: the installed command in a
subprocess, the real adapters, a replay server on 127.0.0.1 under the real paths."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import constructed, recorded
from tests.replay import ReplayServer, Route
from tests.replay import run_korzina as _korzina


def test_cli_search_magnit_prints_the_replayed_offers_as_json(tmp_path: Path) -> None:
    routes = [
        Route(
            "POST",
            "/webgate/v2/goods/search",
            body_file=recorded("magnit", "noen51-webgate-v2-goods-search-category-65057.json"),
        )
    ]
    with ReplayServer(routes) as server:
        code, data, err = _korzina(
            ["search", "молоко", "--store", "magnit", "--shop", "320040", "--json"],
            {"KORZINA_MAGNIT_BASE_URL": server.url, "KORZINA_MAGNIT_TRANSPORT": "http"},
            tmp_path,
        )
    assert code == 0, err
    body = json.loads(server.requests[0].body)
    assert (body["term"], body["storeCode"]) == ("молоко", "320040")
    assert data["stores"] == [
        {"store": "magnit", "status": "ok", "message": None, "detail": None, "shop_id": "320040"}
    ]
    by_id = {o["product_id"]: o for o in data["offers"]}
    assert len(by_id) == 16
    coffee = by_id["1000397251"]
    assert (coffee["name"], coffee["price"]) == ("Кофе с молоком 300мл", 99.99)
    pancakes = by_id["1000394738"]
    assert (pancakes["price"], pancakes["regular_price"]) == (81.99, 113.99)
    assert pancakes["url"] == (
        "https://magnit.ru/product/1000394738-natur_bufet_zavtrak_bliny_s_myasom_180g_lotok"
    )


def test_cli_search_magnit_names_prices_of_another_shop_as_an_error(tmp_path: Path) -> None:
    routes = [
        Route(
            "POST",
            "/webgate/v2/goods/search",
            body_file=recorded("magnit", "noen51-webgate-v2-goods-search-category-65057.json"),
        )
    ]
    with ReplayServer(routes) as server:
        # No --shop: the default 992301 is asked; the recording echoes 320040.
        code, data, _ = _korzina(
            ["search", "молоко", "--store", "magnit", "--json"],
            {"KORZINA_MAGNIT_BASE_URL": server.url, "KORZINA_MAGNIT_TRANSPORT": "http"},
            tmp_path,
        )
    assert code == 1
    [status] = data["stores"]
    assert status["status"] == "error"
    assert "Магнит вернул цены другого магазина" in status["message"]
    assert data["offers"] == []


def test_cli_search_dixy_prints_the_replayed_offers_as_json(tmp_path: Path) -> None:
    routes = [
        Route(
            "GET",
            "/catalog/",
            body_file=constructed("dixy", "search_moloko.html"),
            content_type="text/html; charset=UTF-8",
            query={"q": "молоко"},
        )
    ]
    with ReplayServer(routes) as server:
        code, data, err = _korzina(
            ["search", "молоко", "--store", "dixy", "--json"],
            {"KORZINA_DIXY_BASE_URL": server.url, "KORZINA_DIXY_TRANSPORT": "http"},
            tmp_path,
        )
    assert code == 0, err
    assert [s["status"] for s in data["stores"]] == ["ok"]
    offers = [(o["name"], o["price"], o["regular_price"]) for o in data["offers"]]
    assert offers == [
        ("Йогурт безлактозный Viola Греческий Малина-Мята 3% 140г", 79.99, 87.99),
        ("Авокадо Хасс в упаковке, 700 г", 438.9, 438.9),
    ]
    assert data["offers"][1]["url"] == (
        "https://dixy.ru/product/avokado-khass-v-upakovke-700-g-2000329470/"
    )


def test_cli_search_dixy_reports_a_qrator_page_as_blocked(tmp_path: Path) -> None:
    routes = [
        Route(
            "GET",
            "/catalog/",
            body_file=constructed("dixy", "qrator_vpn_200.html"),
            content_type="text/html; charset=UTF-8",
        )
    ]
    with ReplayServer(routes) as server:
        code, data, _ = _korzina(
            ["search", "молоко", "--store", "dixy", "--json"],
            {"KORZINA_DIXY_BASE_URL": server.url, "KORZINA_DIXY_TRANSPORT": "http"},
            tmp_path,
        )
    assert code == 1
    [status] = data["stores"]
    assert status["status"] == "blocked"
    assert status["message"] == "Магазин закрыл доступ для программ."
    assert "Не удалось загрузить сайт" in status["detail"]
