"""The Перекрёсток adapter's requests: session token, shop selection, feed pages, blocks.

A small fake of perekrestok.ru behind ``httpx.MockTransport`` serves the recorded replies
(tests/fixtures/perekrestok/recorded) and the labelled constructed ones; it issues
``session`` cookies, checks the ``Auth`` header and remembers the pickup shop per token,
as the real site does server-side.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from korzina.core.errors import ShapeChanged, StoreBlocked, StoreUnavailable
from korzina.core.http import PacedTransport, build_client
from korzina.core.models import Category, Location, Shop
from korzina.core.rejects import collect
from korzina.core.settings import load_settings
from korzina.core.store import StoreSettings
from korzina.plugins.perekrestok.client import PerekrestokStore
from tests.conftest import constructed, recorded
from tests.replay import ReplayServer, Route

API = "/api/customer/1.4.1.0"


def session_cookie(token: str) -> str:
    """A ``session`` cookie value in the documented shape (constructed)."""
    payload = {"accessToken": token, "refreshToken": "r-" + token, "accessTokenExpiredAt": 1}
    return quote("j:" + json.dumps(payload, separators=(",", ":")))


def _file(path: Path) -> httpx.Response:
    return httpx.Response(
        200, content=path.read_bytes(), headers={"content-type": "application/json; charset=utf-8"}
    )


class FakeSite:
    """perekrestok.ru as the adapter sees it; ``routes`` maps (method, path) to a reply."""

    def __init__(self, routes: dict[tuple[str, str], Callable[[httpx.Request], httpx.Response]]):
        self.routes = routes
        self.requests: list[httpx.Request] = []
        self.tokens = 0
        self.expire: set[str] = set()  # tokens to answer ACCESS_TOKEN_EXPIRED for
        self.shop_by_token: dict[str, str] = {}
        self.confirm_after = 0  # /user/current polls before the shop shows up
        self.polls = 0

    def token(self, request: httpx.Request) -> str | None:
        auth = request.headers.get("auth", "")
        return auth.removeprefix("Bearer ") or None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path == "/":
            self.tokens += 1
            return httpx.Response(
                200,
                text="<html><body><div id='app'></div></body></html>",
                headers={
                    "content-type": "text/html",
                    "set-cookie": f"session={session_cookie(f'tok{self.tokens}')}; Path=/",
                },
            )
        token = self.token(request)
        if token is None:
            return httpx.Response(401, json={"error": {"code": "UNAUTHORIZED"}})
        if token in self.expire:
            return httpx.Response(
                401,
                content=constructed("perekrestok", "error-access-token-expired.json").read_bytes(),
                headers={"content-type": "application/json"},
            )
        if request.method == "PUT" and path.startswith(API + "/delivery/mode/pickup/"):
            self.shop_by_token[token] = path.rsplit("/", 1)[1]
            self.polls = 0
            return _file(recorded("perekrestok", "delivery_mode_pickup_PUT.json"))
        if path == API + "/user/current":
            self.polls += 1
            if token in self.shop_by_token and self.polls > self.confirm_after:
                return _file(constructed("perekrestok", "user_current-pickup-shop-1.json"))
            return _file(recorded("perekrestok", "user_current.json"))
        handler = self.routes.get((request.method, path))
        if handler is None:
            return httpx.Response(404, json={"error": {"code": "NOT_FOUND", "path": path}})
        return handler(request)

    def api_calls(self) -> list[str]:
        return [f"{r.method} {r.url.path.removeprefix(API)}" for r in self.requests]


def _settings(**options: str) -> StoreSettings:
    base = PerekrestokStore.default_settings
    return base.model_copy(
        update={
            "transport": "http",
            "min_interval_s": 0.0,
            "options": {**base.options, "shop_poll_interval_s": "0", **options},
        }
    )


def _store(site: Any, **options: str) -> PerekrestokStore:
    settings = _settings(**options)
    return PerekrestokStore(build_client(settings, transport=httpx.MockTransport(site)), settings)


SEARCH = {
    ("GET", API + "/catalog/search/all"): lambda r: _file(
        recorded("perekrestok", "catalog_search_all.json")
    )
}


async def test_search_sends_the_session_token_as_auth_and_parses_real_offers() -> None:
    site = FakeSite(SEARCH)
    offers = await _store(site).search("молоко", limit=5)
    assert len(offers) == 5
    assert offers[0].name == "Молоко питьевое ультрапастеризованное 3.2% Пр!ст, 970мл"
    assert offers[0].price == Decimal("89.99")
    assert offers[0].shop_id is None  # the anonymous default shop
    assert site.api_calls() == ["GET /", "GET /catalog/search/all"]
    call = site.requests[1]
    assert call.headers["auth"] == "Bearer tok1"
    assert call.url.params["textQuery"] == "молоко"
    assert call.url.params.get_list("entityTypes[]") == ["product", "category"]


async def test_a_chosen_shop_is_put_as_pickup_and_polled_until_current() -> None:
    site = FakeSite(SEARCH)
    site.confirm_after = 2  # the choice shows up on the third poll
    store = _store(site)
    offers = await store.search("молоко", Shop(store="perekrestok", shop_id="1"))
    assert site.api_calls() == [
        "GET /",
        "PUT /delivery/mode/pickup/1",
        "GET /user/current",
        "GET /user/current",
        "GET /user/current",
        "GET /catalog/search/all",
    ]
    assert {o.shop_id for o in offers} == {"1"}
    # The same shop on the same session is not selected again.
    await store.search("кефир", Shop(store="perekrestok", shop_id="1"))
    assert site.api_calls()[-1] == "GET /catalog/search/all"
    assert len(site.requests) == 7


async def test_a_shop_never_confirmed_is_reported_unavailable() -> None:
    site = FakeSite(SEARCH)
    site.confirm_after = 1000
    with pytest.raises(StoreUnavailable) as info:
        await _store(site, shop_poll_attempts="3").search(
            "молоко", Shop(store="perekrestok", shop_id="1")
        )
    assert "not confirmed" in str(info.value)
    assert site.api_calls().count("GET /user/current") == 3


async def test_an_expired_token_renews_the_session_reselects_the_shop_and_retries() -> None:
    site = FakeSite(SEARCH)
    store = _store(site)
    shop = Shop(store="perekrestok", shop_id="1")
    await store.search("молоко", shop)
    site.expire.add("tok1")
    offers = await store.search("молоко", shop)
    assert offers[0].price == Decimal("89.99")
    calls = site.api_calls()
    second = calls[calls.index("GET /catalog/search/all") + 1 :]
    assert second == [
        "GET /catalog/search/all",  # tok1: ACCESS_TOKEN_EXPIRED
        "GET /",  # a new session
        "PUT /delivery/mode/pickup/1",  # the shop again, for the new cookie
        "GET /user/current",
        "GET /catalog/search/all",
    ]
    assert site.requests[-1].headers["auth"] == "Bearer tok2"


async def test_a_token_still_refused_after_renewal_is_not_retried_forever() -> None:
    site = FakeSite(SEARCH)
    site.expire.update({"tok1", "tok2", "tok3"})
    with pytest.raises(StoreBlocked):
        await _store(site).search("молоко")
    assert site.api_calls().count("GET /") == 2


async def test_category_feed_is_followed_until_no_next_page() -> None:
    def feed(request: httpx.Request) -> httpx.Response:
        page = json.loads(request.content)["page"]
        return _file(constructed("perekrestok", f"catalog_product_feed-page{page}of3.json"))

    site = FakeSite({("POST", API + "/catalog/product/feed"): feed})
    category = Category(
        store="perekrestok",
        category_id="1728",
        name="Поздравляем любимых",
        path=("Поздравляем любимых",),
    )
    offers = [o async for o in _store(site, per_page="16").category_offers(category)]
    assert len(offers) == 48
    assert len({o.product_id for o in offers}) == 48
    bodies = [json.loads(r.content) for r in site.requests if r.url.path.endswith("/product/feed")]
    assert [b["page"] for b in bodies] == [1, 2, 3]
    assert bodies[0] == {
        "filter": {"category": 1728},
        "page": 1,
        "perPage": 16,
        "withBestProductReviews": False,
        "orderBy": "price",
        "orderDirection": "asc",
    }
    assert offers[0].category_path == ("Поздравляем любимых",)


async def test_categories_come_from_the_tree() -> None:
    site = FakeSite(
        {
            ("POST", API + "/catalog/tree"): lambda r: _file(
                recorded("perekrestok", "catalog_tree.json")
            )
        }
    )
    cats = await _store(site).categories()
    assert len([c for c in cats if c.parent_id is None]) == 31


async def test_price_reads_the_product_card_with_its_brand() -> None:
    site = FakeSite(
        {
            ("GET", API + "/catalog/product/plu2103416"): lambda r: _file(
                recorded("perekrestok", "catalog_product_plu.json")
            )
        }
    )
    [offer] = await _store(site).price(["2103416"])
    assert offer.brand == "Арт и Дизайн"
    assert offer.price == Decimal("51.99")


async def test_find_shops_asks_by_distance_with_lat_and_lng() -> None:
    site = FakeSite(
        {
            ("GET", API + "/shop"): lambda r: _file(
                recorded("perekrestok", "shop_nearest_by_distance.json")
            )
        }
    )
    shops = await _store(site).find_shops(Location(lat=55.7558, lon=37.6176), limit=3)
    call = site.requests[-1]
    assert call.url.params["lat"] == "55.7558"
    assert call.url.params["lng"] == "37.6176"
    assert call.url.params["orderBy"] == "distance"
    assert call.url.params["perPage"] == "3"
    assert [s.shop_id for s in shops] == ["1235", "595", "1256"]


async def test_the_exhkqyad_stub_on_the_site_root_is_blocked() -> None:
    stub = constructed("perekrestok", "exhkqyad-stub.html").read_text(encoding="utf-8")
    store = _store(lambda r: httpx.Response(200, text=stub, headers={"content-type": "text/html"}))
    with pytest.raises(StoreBlocked) as info:
        await store.search("молоко")
    assert "exhkqyad" in str(info.value)


async def test_api_403_is_blocked_with_the_shop() -> None:
    site = FakeSite(
        {("GET", API + "/catalog/search/all"): lambda r: httpx.Response(403, text="Forbidden")}
    )
    with pytest.raises(StoreBlocked) as info:
        await _store(site).search("молоко", Shop(store="perekrestok", shop_id="1"))
    assert "403" in str(info.value)
    assert "shop 1" in str(info.value)


async def test_a_bot_check_page_instead_of_json_is_blocked() -> None:
    # The text STORES.md lists for perekrestok.ru's bot check, in a minimal page (constructed).
    text = "Мы хотим убедиться, что имеем дело именно с вами, а не с ботом"
    page = f"<html><body><h1>{text}</h1></body></html>"
    site = FakeSite(
        {
            ("GET", API + "/catalog/search/all"): lambda r: httpx.Response(
                200, text=page, headers={"content-type": "text/html"}
            )
        }
    )
    with pytest.raises(StoreBlocked) as info:
        await _store(site).search("молоко")
    assert "anti-bot" in str(info.value)


async def test_a_site_root_without_a_session_cookie_is_blocked_over_plain_http() -> None:
    store = _store(
        lambda r: httpx.Response(200, text="<html></html>", headers={"content-type": "text/html"})
    )
    with pytest.raises(StoreBlocked) as info:
        await store.search("молоко")
    assert "session" in str(info.value)


async def test_a_reply_without_content_is_a_shape_change() -> None:
    site = FakeSite(
        {("GET", API + "/catalog/search/all"): lambda r: httpx.Response(200, json={"items": []})}
    )
    with pytest.raises(ShapeChanged) as info:
        await _store(site).search("молоко")
    assert info.value.field == "content"


async def test_json_under_a_non_json_content_type_is_a_shape_change() -> None:
    body = recorded("perekrestok", "catalog_search_all.json").read_bytes()
    site = FakeSite(
        {
            ("GET", API + "/catalog/search/all"): lambda r: httpx.Response(
                200, content=body, headers={"content-type": "text/plain"}
            )
        }
    )
    with pytest.raises(ShapeChanged) as info:
        await _store(site).search("молоко")
    assert info.value.field == "Content-Type"


async def test_one_item_without_a_price_tag_is_dropped_and_named_the_rest_kept() -> None:
    data = json.loads(
        recorded("perekrestok", "catalog_search_all.json").read_text(encoding="utf-8")
    )
    total = len(data["content"]["products"])
    title = data["content"]["products"][2]["title"]
    del data["content"]["products"][2]["priceTag"]
    site = FakeSite(
        {("GET", API + "/catalog/search/all"): lambda r: httpx.Response(200, json=data)}
    )
    with collect() as rejected:
        offers = await _store(site).search("молоко", limit=100)
    assert len(offers) == total - 1
    assert title not in {o.name for o in offers}
    assert [(r.item, r.reason) for r in rejected] == [
        (title, "не читается поле content.products.2.priceTag")
    ]


async def test_a_price_tag_missing_from_every_item_is_a_shape_change_naming_the_field() -> None:
    data = json.loads(
        recorded("perekrestok", "catalog_search_all.json").read_text(encoding="utf-8")
    )
    for product in data["content"]["products"]:
        product["priceLabel"] = product.pop("priceTag")  # renamed by the store
    site = FakeSite(
        {("GET", API + "/catalog/search/all"): lambda r: httpx.Response(200, json=data)}
    )
    with pytest.raises(ShapeChanged) as info:
        await _store(site).search("молоко")
    assert info.value.field == "content.products.0.priceTag"


def test_default_transport_is_the_browser() -> None:
    settings = load_settings().store_settings("perekrestok", PerekrestokStore.default_settings)
    assert settings.transport == "browser"
    assert settings.warmup_url == "https://www.perekrestok.ru/"
    assert settings.base_url == "https://www.perekrestok.ru/api/customer/1.4.1.0"
    assert settings.default_shop_id is None


def test_transport_http_in_the_environment_switches_to_plain_http(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KORZINA_PEREKRESTOK_TRANSPORT", "http")
    settings = load_settings().store_settings("perekrestok", PerekrestokStore.default_settings)
    assert settings.transport == "http"
    transport = build_client(settings)._transport
    assert isinstance(transport, PacedTransport)
    assert isinstance(transport.inner, httpx.AsyncHTTPTransport)


async def test_replay_server_serves_the_session_and_api_under_the_base_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    routes = [
        Route(
            "GET",
            "/",
            body="<html><body><div id='app'></div></body></html>",
            content_type="text/html; charset=utf-8",
            headers={"Set-Cookie": f"session={session_cookie('replay-token')}; Path=/"},
        ),
        Route(
            "GET",
            API + "/catalog/search/all",
            body_file=recorded("perekrestok", "catalog_search_all.json"),
            query={"textQuery": "молоко", "entityTypes[]": ["product", "category"]},
            when=lambda req: req.headers.get("auth") == "Bearer replay-token",
        ),
    ]
    with ReplayServer(routes) as server:
        monkeypatch.setenv("KORZINA_PEREKRESTOK_BASE_URL", server.url + API)
        monkeypatch.setenv("KORZINA_PEREKRESTOK_TRANSPORT", "http")
        settings = load_settings().store_settings("perekrestok", PerekrestokStore.default_settings)
        store = PerekrestokStore(build_client(settings), settings)
        try:
            offers = await store.search("молоко")
        finally:
            await store.aclose()
    assert [o.price for o in offers[:2]] == [Decimal("89.99"), Decimal("102.99")]
    assert offers[1].regular_price == Decimal("109.99")
