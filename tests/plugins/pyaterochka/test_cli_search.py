"""`korzina search молоко --store pyaterochka --json` end to end: the installed command in a
subprocess, the real adapter over plain HTTP, a replay server on 127.0.0.1 under the real
API paths (``KORZINA_PYATEROCHKA_BASE_URL`` = server + ``/api``).

The replayed body is the recorded search reply (it was recorded for «кола»; the server
answers it whatever the query, so the assertions are on its real products).
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import constructed, recorded
from tests.replay import ReplayServer, Route
from tests.replay import run_korzina as _korzina


def _env(server: ReplayServer) -> dict[str, str]:
    return {
        "KORZINA_PYATEROCHKA_BASE_URL": server.url + "/api",
        "KORZINA_PYATEROCHKA_TRANSPORT": "http",
    }


def test_cli_search_pyaterochka_prints_the_replayed_offers_of_the_chosen_shop(
    tmp_path: Path,
) -> None:
    routes = [
        Route(
            "GET",
            "/api/catalog/v3/stores/J200/search",
            body_file=recorded("pyaterochka", "oi-search-v3-kola.json"),
            query={"q": "молоко", "mode": "store", "include_restrict": "true"},
        )
    ]
    with ReplayServer(routes) as server:
        code, data, err = _korzina(
            ["search", "молоко", "--store", "pyaterochka", "--shop", "J200", "--json"],
            _env(server),
            tmp_path,
        )
    assert code == 0, err
    assert data["stores"] == [
        {"store": "pyaterochka", "status": "ok", "message": None, "detail": None, "shop_id": "J200"}
    ]
    by_id = {o["product_id"]: o for o in data["offers"]}
    assert len(by_id) == 12
    cola = by_id["4429993"]
    assert cola["name"] == "Напиток Кола Добрый с пониженной калорийностью газированный 1л"
    assert cola["price"] == 89.99
    assert cola["unit_price"] == 89.99 and cola["unit_price_unit"] == "л"
    assert cola["shop_id"] == "J200"
    assert cola["url"].endswith("--4429993/")
    # A multi-buy («% от 2 шт», 84.99 from two) keeps its single-unit price.
    assert by_id["4279557"]["price"] == 99.99


def test_cli_search_pyaterochka_reports_a_captcha_page_as_blocked(tmp_path: Path) -> None:
    routes = [
        Route(
            "GET",
            "/api/catalog/v3/stores/35XY/search",
            status=403,
            body_file=constructed("pyaterochka", "servicepipe-captcha.html"),
            content_type="text/html; charset=utf-8",
        )
    ]
    with ReplayServer(routes) as server:
        code, data, _ = _korzina(
            ["search", "молоко", "--store", "pyaterochka", "--json"], _env(server), tmp_path
        )
    assert code == 1  # the only store asked did not answer
    [status] = data["stores"]
    assert status["status"] == "blocked"
    assert status["message"] == "Магазин закрыл доступ для программ."
    assert "35XY" in status["detail"]
    assert data["offers"] == []
