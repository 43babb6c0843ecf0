"""`korzina search молоко --store perekrestok --json` end to end: the installed command in a
subprocess, the real adapter over plain HTTP, a replay server on 127.0.0.1 that sets the
``session`` cookie on ``/`` and serves the recorded API replies under
``/api/customer/1.4.1.0`` (``KORZINA_PEREKRESTOK_BASE_URL``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from tests.conftest import constructed, recorded
from tests.replay import ReplayServer, Route
from tests.replay import run_korzina as _korzina

API = "/api/customer/1.4.1.0"
# A session cookie in the documented shape, URL-encoded j:{...} (constructed).
COOKIE = quote('j:{"accessToken":"cli-token","refreshToken":"r","accessTokenExpiredAt":1}')


def _env(server: ReplayServer) -> dict[str, str]:
    return {
        "KORZINA_PEREKRESTOK_BASE_URL": server.url + API,
        "KORZINA_PEREKRESTOK_TRANSPORT": "http",
    }


def _authorized(req: Any) -> bool:
    return bool(req.headers.get("auth") == "Bearer cli-token")


def _site_root() -> Route:
    return Route(
        "GET",
        "/",
        body="<html><body><div id='app'></div></body></html>",
        content_type="text/html; charset=utf-8",
        headers={"Set-Cookie": f"session={COOKIE}; Path=/"},
    )


def test_cli_search_perekrestok_selects_the_shop_and_prints_the_replayed_offers(
    tmp_path: Path,
) -> None:
    routes = [
        _site_root(),
        Route(
            "PUT",
            API + "/delivery/mode/pickup/1",
            body_file=recorded("perekrestok", "delivery_mode_pickup_PUT.json"),
            when=_authorized,
        ),
        Route(
            "GET",
            API + "/user/current",
            body_file=constructed("perekrestok", "user_current-pickup-shop-1.json"),
            when=_authorized,
        ),
        Route(
            "GET",
            API + "/catalog/search/all",
            body_file=recorded("perekrestok", "catalog_search_all.json"),
            query={"textQuery": "молоко", "entityTypes[]": ["product", "category"]},
            when=_authorized,
        ),
    ]
    with ReplayServer(routes) as server:
        code, data, err = _korzina(
            ["search", "молоко", "--store", "perekrestok", "--shop", "1", "--json"],
            _env(server),
            tmp_path,
        )
        calls = [f"{r.method} {r.path}" for r in server.requests]
    assert code == 0, err
    assert calls == [
        "GET /",
        f"PUT {API}/delivery/mode/pickup/1",
        f"GET {API}/user/current",
        f"GET {API}/catalog/search/all",
    ]
    assert data["stores"] == [
        {"store": "perekrestok", "status": "ok", "message": None, "detail": None, "shop_id": "1"}
    ]
    by_id = {o["product_id"]: o for o in data["offers"]}
    assert len(by_id) == 10
    milk = by_id["3431579"]
    assert milk["name"] == "Молоко питьевое ультрапастеризованное 3.2% Пр!ст, 970мл"
    assert milk["price"] == 89.99
    assert milk["url"] == (
        "https://www.perekrestok.ru/cat/114/p/"
        "moloko-pitevoe-ultrapasterizovannoe-3-2-pr-st-970ml-3431579"
    )
    promo = by_id["3645807"]  # Сарафаново детское, -17%
    assert (promo["price"], promo["regular_price"]) == (104.99, 126.99)


def test_cli_search_perekrestok_reports_the_exhkqyad_stub_as_blocked(tmp_path: Path) -> None:
    routes = [
        Route(
            "GET",
            "/",
            body_file=constructed("perekrestok", "exhkqyad-stub.html"),
            content_type="text/html; charset=utf-8",
        )
    ]
    with ReplayServer(routes) as server:
        code, data, _ = _korzina(
            ["search", "молоко", "--store", "perekrestok", "--json"], _env(server), tmp_path
        )
    assert code == 1
    [status] = data["stores"]
    assert status["status"] == "blocked"
    assert status["message"] == "Магазин закрыл доступ для программ."
    assert "exhkqyad" in status["detail"]
