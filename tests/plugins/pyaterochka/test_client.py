"""The Пятёрочка adapter's requests: real paths, shop in the URL, pagination, blocks.

Responses are the recorded ones (tests/fixtures/pyaterochka/recorded), served through
``httpx.MockTransport`` or the ReplayServer on 127.0.0.1.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from korzina.core.errors import ShapeChanged, StoreBlocked
from korzina.core.http import PacedTransport, build_client
from korzina.core.models import Category, Location, Shop
from korzina.core.settings import load_settings
from korzina.core.store import StoreSettings
from korzina.plugins.pyaterochka.client import PyaterochkaStore
from tests.conftest import constructed, load_json, recorded
from tests.replay import ReplayServer, Route

Handler = Callable[[httpx.Request], httpx.Response]


def _json(name: str) -> Any:
    return load_json(recorded("pyaterochka", name))


def _settings(**options: str) -> StoreSettings:
    base = PyaterochkaStore.default_settings
    return base.model_copy(
        update={"transport": "http", "min_interval_s": 0.0, "options": {**base.options, **options}}
    )


def _store(handler: Handler, **options: str) -> tuple[PyaterochkaStore, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def serve(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    settings = _settings(**options)
    client = build_client(settings, transport=httpx.MockTransport(serve))
    return PyaterochkaStore(client, settings), seen


def _ok(data: Any) -> httpx.Response:
    return httpx.Response(200, json=data)


async def test_search_calls_the_v3_search_of_the_default_shop() -> None:
    store, seen = _store(lambda r: _ok(_json("oi-search-v3-kola.json")))
    offers = await store.search("кола", limit=5)
    assert len(offers) == 5
    assert offers[0].name.startswith("Напиток Кола Добрый")
    [request] = seen
    assert request.url.path == "/api/catalog/v3/stores/35XY/search"
    assert request.url.params["q"] == "кола"
    assert request.url.params["mode"] == "store"
    assert request.url.params["include_restrict"] == "true"
    assert request.headers["x-platform"] == "web"
    assert request.headers["x-device-id"]


async def test_a_chosen_shop_puts_its_sap_code_in_the_url() -> None:
    store, seen = _store(lambda r: _ok(_json("oi-search-v3-kola.json")))
    shop = Shop(store="pyaterochka", shop_id="J200")
    offers = await store.search("кола", shop)
    assert seen[0].url.path == "/api/catalog/v3/stores/J200/search"
    assert {o.shop_id for o in offers} == {"J200"}


async def test_categories_come_from_the_v2_tree() -> None:
    store, seen = _store(lambda r: _ok(_json("oi-categories-tree-v2.json")))
    cats = await store.categories()
    assert seen[0].url.path == "/api/catalog/v2/stores/35XY/categories"
    assert seen[0].url.params["include_subcategories"] == "0"
    assert len([c for c in cats if c.is_leaf]) == sum(
        len(g["categories"]) for g in _json("oi-categories-tree-v2.json")
    )


async def test_a_short_category_page_is_the_end() -> None:
    store, seen = _store(lambda r: _ok(_json("oi-category-products-v2.json")))
    category = Category(store="pyaterochka", category_id="251C17045", name="Пятёрочка выручает!")
    offers = [o async for o in store.category_offers(category)]
    assert len(offers) == 30  # fewer than 499: one request is the whole category
    [request] = seen
    assert request.url.path == "/api/catalog/v2/stores/35XY/categories/251C17045/products"
    assert request.url.params["limit"] == "499"


def _price_filtering_server(limit_seen: list[int]) -> Handler:
    """A server built from the 30 recorded category items (a constructed reply).

    It applies ``price_min``/``price_max`` to the current price and returns at most
    ``limit`` items, like the real API; the reply keeps the recorded ``filters``.
    """
    recorded_reply = _json("oi-category-products-v2.json")

    def current(item: dict[str, Any]) -> Decimal:
        p = item["prices"]
        return Decimal(p["discount"] if p["discount"] is not None else p["regular"])

    def serve(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        limit = int(params["limit"])
        limit_seen.append(limit)
        items = recorded_reply["products"]
        if "price_min" in params:
            lo, hi = Decimal(params["price_min"]), Decimal(params["price_max"])
            items = [i for i in items if lo <= current(i) <= hi]
        offset = int(params.get("offset", "0"))
        reply = copy.deepcopy(recorded_reply)
        reply["products"] = items[offset : offset + limit]
        return _ok(reply)

    return serve


async def test_a_full_page_is_split_by_price_until_every_item_is_found() -> None:
    limits: list[int] = []
    store, seen = _store(_price_filtering_server(limits), page_limit="10")
    category = Category(store="pyaterochka", category_id="251C17045", name="Пятёрочка выручает!")
    offers = [o async for o in store.category_offers(category)]
    plus = [o.product_id for o in offers]
    expected = {str(p["plu"]) for p in _json("oi-category-products-v2.json")["products"]}
    assert len(plus) == len(set(plus)) == 30
    assert set(plus) == expected
    assert set(limits) == {10}
    # The first request has no price range; the splits use the recorded 9.99..1499.00.
    assert "price_min" not in seen[0].url.params
    assert seen[1].url.params["price_min"] == "9.99"
    assert any(r.url.params.get("price_max") == "1499.00" for r in seen[1:])


async def test_a_single_price_slice_that_stays_full_is_paged_by_offset() -> None:
    # Constructed from the recorded reply: 30 recorded items all at one price, so
    # splitting the price range cannot shrink the slice.
    reply = copy.deepcopy(_json("oi-category-products-v2.json"))
    for item in reply["products"]:
        item["prices"] = {"regular": "99.99", "discount": None, "cpd_promo_price": None}
    for f in reply["filters"]:
        if f["field_name"] == "price":
            f["range_min_val"] = f["range_max_val"] = "99.99"

    def serve(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        page = copy.deepcopy(reply)
        page["products"] = reply["products"][offset : offset + 10]
        return _ok(page)

    store, seen = _store(serve, page_limit="10")
    category = Category(store="pyaterochka", category_id="251C17045", name="x")
    offers = [o async for o in store.category_offers(category)]
    assert len({o.product_id for o in offers}) == 30
    # The whole-category page, then offsets within the one-price slice to a short page.
    assert [r.url.params.get("offset") for r in seen] == [None, "10", "20", "30"]
    assert {r.url.params.get("price_min") for r in seen[1:]} == {"99.99"}


async def test_price_fetches_the_product_detail_with_the_brand() -> None:
    store, seen = _store(lambda r: _ok(_json("oi-product-info-v2.json")))
    [offer] = await store.price(["3395339"], Shop(store="pyaterochka", shop_id="J200"))
    assert seen[0].url.path == "/api/catalog/v2/stores/J200/products/3395339"
    assert offer.brand == "Egoiste"
    assert offer.price == Decimal("999.99")


async def test_find_shops_asks_for_the_store_at_the_point() -> None:
    store, seen = _store(lambda r: _ok(_json("oi-orders-stores-by-coords.json")))
    [shop] = await store.find_shops(Location(lat=55.8, lon=37.64))
    assert seen[0].url.path == "/api/orders/v1/orders/stores/"
    assert seen[0].url.params["lat"] == "55.8"
    assert seen[0].url.params["lon"] == "37.64"
    assert shop.shop_id == "J200"


async def test_http_403_is_reported_as_blocked_with_the_shop() -> None:
    store, _ = _store(lambda r: httpx.Response(403, text="Forbidden"))
    with pytest.raises(StoreBlocked) as info:
        await store.search("молоко")
    assert "403" in str(info.value)
    assert "35XY" in str(info.value)


async def test_a_captcha_page_instead_of_json_is_blocked() -> None:
    page = constructed("pyaterochka", "servicepipe-captcha.html").read_text(encoding="utf-8")
    store, _ = _store(
        lambda r: httpx.Response(200, text=page, headers={"content-type": "text/html"})
    )
    with pytest.raises(StoreBlocked) as info:
        await store.search("молоко")
    assert "anti-bot" in str(info.value)


async def test_a_servicepipe_redirect_is_blocked() -> None:
    def serve(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/xpvnsulc"):
            return httpx.Response(200, text="<html></html>", headers={"content-type": "text/html"})
        target = "/xpvnsulc/?back_location=https%3A%2F%2F5ka.ru%2F&request_ip=1.2.3.4"
        return httpx.Response(302, headers={"location": target})

    store, _ = _store(serve)
    with pytest.raises(StoreBlocked) as info:
        await store.search("молоко")
    assert "/xpvnsulc" in str(info.value)


async def test_a_challenge_redirect_seen_by_the_browser_transport_is_blocked() -> None:
    # The browser transport's fetch follows redirects and names the final URL in a header.
    final = "https://5ka.ru/xpvnsulc/?back_location=https%3A%2F%2F5ka.ru%2F"
    store, _ = _store(
        lambda r: httpx.Response(
            200,
            text="<html><body></body></html>",
            headers={"content-type": "text/html", "x-korzina-final-url": final},
        )
    )
    with pytest.raises(StoreBlocked) as info:
        await store.search("молоко")
    assert "/xpvnsulc" in str(info.value)


async def test_a_reply_without_prices_is_a_shape_change() -> None:
    data = copy.deepcopy(_json("oi-search-v3-kola.json"))
    for product in data["products"]:
        del product["prices"]
    store, _ = _store(lambda r: _ok(data))
    with pytest.raises(ShapeChanged) as info:
        await store.search("кола")
    assert info.value.field == "products.0.prices"


def test_default_transport_is_the_browser() -> None:
    settings = load_settings().store_settings("pyaterochka", PyaterochkaStore.default_settings)
    assert settings.transport == "browser"
    assert settings.warmup_url == "https://5ka.ru/"
    assert settings.base_url == "https://5d.5ka.ru/api"


def test_transport_http_in_the_environment_switches_to_plain_http(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KORZINA_PYATEROCHKA_TRANSPORT", "http")
    monkeypatch.setenv("KORZINA_PYATEROCHKA_BASE_URL", "http://127.0.0.1:9/api/")
    settings = load_settings().store_settings("pyaterochka", PyaterochkaStore.default_settings)
    assert settings.transport == "http"
    assert settings.base_url == "http://127.0.0.1:9/api"
    client = build_client(settings)
    assert isinstance(client._transport, PacedTransport)
    assert isinstance(client._transport.inner, httpx.AsyncHTTPTransport)


async def test_replay_server_under_the_base_url_serves_the_real_paths(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    routes = [
        Route(
            "GET",
            "/api/catalog/v3/stores/35XY/search",
            body_file=recorded("pyaterochka", "oi-search-v3-kola.json"),
            query={"q": "кола", "mode": "store"},
        )
    ]
    with ReplayServer(routes) as server:
        monkeypatch.setenv("KORZINA_PYATEROCHKA_BASE_URL", server.url + "/api")
        monkeypatch.setenv("KORZINA_PYATEROCHKA_TRANSPORT", "http")
        settings = load_settings().store_settings("pyaterochka", PyaterochkaStore.default_settings)
        store = PyaterochkaStore(build_client(settings), settings)
        try:
            offers = await store.search("кола")
        finally:
            await store.aclose()
    assert [o.price for o in offers[:3]] == [Decimal("89.99"), Decimal("189.99"), Decimal("217.99")]
