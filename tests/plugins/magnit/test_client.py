"""Магнит adapter over HTTP: request bodies, headers, pagination, shop choice, blocks, pacing."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from korzina.core.errors import ShapeChanged, StoreBlocked, StoreError, StoreRateLimited
from korzina.core.http import paced
from korzina.core.models import Category, Location, Shop
from korzina.core.plugins import make_plugin_manager, open_stores, store_classes
from korzina.core.settings import load_settings
from korzina.core.store import StoreSettings
from korzina.plugins.magnit import MagnitStore
from tests.conftest import constructed, load_json, recorded
from tests.replay import ReplayServer, Route

GOODS = recorded("magnit", "noen51-webgate-v2-goods-search-category-65057.json")
FILTERS = recorded("magnit", "shoptv-webgate-v1-goods-filters.json")
SHOP = Shop(store="magnit", shop_id="320040")  # the store the recorded goods were asked for

Handler = Callable[[httpx.Request], httpx.Response]


def _settings(**options: str) -> StoreSettings:
    base = MagnitStore.default_settings
    return base.model_copy(update={"min_interval_s": 0.0, "options": {**base.options, **options}})


def _store(handler: Handler, **options: str) -> MagnitStore:
    client = httpx.AsyncClient(base_url="https://magnit.ru", transport=httpx.MockTransport(handler))
    return MagnitStore(client, _settings(**options))


def _recorded_goods() -> httpx.Response:
    return httpx.Response(
        200, content=GOODS.read_bytes(), headers={"content-type": "application/json"}
    )


def _json(data: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=data)


def _paged(page_size: int) -> Handler:
    """goods/search answered from the recorded 16 items, ``page_size`` at a time, like the
    gateway's ``pagination`` block; goods/filters answered with the recorded facet reply."""
    items = load_json(GOODS)["items"]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/webgate/v1/goods/filters":
            return _json(load_json(FILTERS))
        body = json.loads(request.content)
        offset, limit = body["pagination"]["offset"], body["pagination"]["limit"]
        chunk = items[offset : offset + limit]
        more = offset + len(chunk) < len(items)
        return _json(
            {
                "items": chunk,
                "pagination": {
                    "hasMore": more,
                    "limit": limit,
                    "offset": offset,
                    "nextOffset": offset + len(chunk) if more else None,
                    "totalCount": len(items),
                },
            }
        )

    return handler


def test_magnit_is_registered_through_its_entry_point() -> None:
    assert store_classes(make_plugin_manager())["magnit"] is MagnitStore
    assert MagnitStore.display_name == "Магнит"


async def test_search_posts_term_and_shop_with_the_web_client_headers() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _recorded_goods()

    offers = await _store(handler).search("молоко", SHOP, limit=30)
    req = seen[0]
    assert (req.method, req.url.path) == ("POST", "/webgate/v2/goods/search")
    body = json.loads(req.content)
    assert body["term"] == "молоко"
    assert (body["storeCode"], body["storeType"], body["catalogType"]) == ("320040", "express", "3")
    assert body["pagination"] == {"limit": 30, "offset": 0}
    assert req.headers["x-client-name"] == "magnit"
    assert req.headers["x-app-version"] == "2026.6.24-17.37"
    # As in the recorded HAR: the tag is another UUID with "_0", not the device id.
    tag = req.headers["x-device-tag"]
    assert tag.endswith("_0") and tag != req.headers["x-device-id"] + "_0"
    assert req.headers["x-new-magnit"] == "true"
    assert req.headers["x-device-platform"] == "Web"
    assert req.headers["x-platform-version"] == "Windows Chrome 149"
    assert len(offers) == 16
    coffee = next(o for o in offers if o.product_id == "1000397251")
    assert (coffee.name, coffee.price, coffee.shop_id) == (
        "Кофе с молоком 300мл",
        Decimal("99.99"),
        "320040",
    )


async def test_store_type_and_versions_come_from_settings_options() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _recorded_goods()

    store = _store(handler, store_type="dostavka", catalog_type="2", app_version="2026.9.1-10.00")
    await store.search("кофе", SHOP)
    body = json.loads(seen[0].content)
    assert (body["storeType"], body["catalogType"]) == ("dostavka", "2")
    assert seen[0].headers["x-app-version"] == "2026.9.1-10.00"


async def test_items_priced_for_another_shop_are_reported_not_passed_off() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _recorded_goods()

    # No shop: the default 992301 is asked, the recorded items echo 320040.
    with pytest.raises(StoreError, match="asked storeCode 992301") as info:
        await _store(handler).search("кофе")
    assert info.value.user_message == "Магнит вернул цены другого магазина."


async def test_category_crawl_follows_offsets_until_has_more_is_false() -> None:
    seen: list[httpx.Request] = []
    inner = _paged(6)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return inner(request)

    store = _store(handler, page_size="6")
    cat = Category(store="magnit", category_id="65057", name="Завтраки")
    offers = [o async for o in store.category_offers(cat, SHOP)]
    goods = [json.loads(r.content) for r in seen if r.url.path == "/webgate/v2/goods/search"]
    assert [g["pagination"]["offset"] for g in goods] == [0, 6, 12]
    assert all(g["categories"] == [65057] and g["storeCode"] == "320040" for g in goods)
    assert len(offers) == 16 and len({o.product_id for o in offers}) == 16
    assert all(o.category_path == ("Завтраки",) for o in offers)


async def test_category_crawl_asks_the_brand_facet_for_the_same_category_and_shop() -> None:
    seen: list[httpx.Request] = []
    inner = _paged(50)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return inner(request)

    cat = Category(store="magnit", category_id="65057", name="Завтраки")
    _ = [o async for o in _store(handler).category_offers(cat, SHOP)]
    facet = json.loads(seen[0].content)
    assert seen[0].url.path == "/webgate/v1/goods/filters"
    assert facet["categoryIDs"] == [65057] and facet["storeCodes"] == ["320040"]
    assert await _store(handler).brands(cat, SHOP) == load_brands()


def load_brands() -> list[tuple[str, int]]:
    f = next(f for f in load_json(FILTERS)["filters"] if f["id"] == "brands")
    return [(e["name"], e["count"]) for e in f["elements"]]


async def test_search_stops_paging_once_the_limit_is_reached() -> None:
    seen: list[httpx.Request] = []
    inner = _paged(5)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return inner(request)

    offers = await _store(handler).search("кофе", SHOP, limit=5)
    assert len(offers) == 5 and len(seen) == 1


async def test_price_finds_products_by_article_search_and_keeps_exact_ids_only() -> None:
    bodies: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return _recorded_goods()

    offers = await _store(handler).price(["1000394738", "0000000000"], SHOP)
    assert [b["term"] for b in bodies] == ["1000394738", "0000000000"]
    assert [(o.product_id, o.price) for o in offers] == [("1000394738", Decimal("81.99"))]


async def test_categories_are_read_from_the_store_tree_endpoint() -> None:
    seen: list[httpx.Request] = []
    tree = load_json(constructed("magnit", "webgate-v3-categories-store.json"))

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _json(tree)

    cats = await _store(handler).categories(SHOP)
    assert seen[0].url.path == "/webgate/v3/categories/store/320040"
    assert dict(seen[0].url.params) == {"storetype": "express", "catalogtype": "3"}
    assert [c.name for c in cats if c.is_leaf] == [
        "Молочный прилавок",
        "Мясо и рыба",
        "Завтраки",
        "Доставляем лето",
    ]


async def test_find_shops_sends_a_box_around_the_point_and_sorts_by_distance() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _json(load_json(constructed("magnit", "webgate-v1-stores-facade-search.json")))

    here = Location(lat=55.7558, lon=37.6173)
    shops = await _store(handler).find_shops(here, limit=1)
    geo = json.loads(seen[0].content)["filters"]["geo"]
    assert seen[0].url.path == "/webgate/v1/stores-facade/search"
    assert geo["typeName"] == "box"
    assert geo["leftTopPoint"]["latitude"] > here.lat > geo["rightBottomPoint"]["latitude"]
    assert geo["leftTopPoint"]["longitude"] < here.lon < geo["rightBottomPoint"]["longitude"]
    assert [s.shop_id for s in shops] == ["320040"]


QRATOR_VPN_PAGE = (
    "<html><head><title>dixy.ru</title></head><body><h1>Не удалось загрузить сайт. "
    "Возможно, у вас включён ВПН</h1></body></html>"
)


@pytest.mark.parametrize(
    ("status", "body", "ctype"),
    [
        (200, QRATOR_VPN_PAGE, "text/html; charset=utf-8"),
        (403, "<html><body>Я не робот</body></html>", "text/html"),
        (401, "{}", "application/json"),
        (429, "<html><body>Я не робот</body></html>", "text/html"),
        (200, "<html><body>Каталог</body></html>", "text/html"),
    ],
    ids=["qrator-vpn-200", "robot-403", "401", "robot-429", "html-not-json"],
)
async def test_blocks_are_reported_as_store_blocked(status: int, body: str, ctype: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, text=body, headers={"content-type": ctype})

    with pytest.raises(StoreBlocked):
        await _store(handler).search("молоко", SHOP)


async def test_a_plain_429_is_too_many_requests_not_a_block() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, text="", headers={"retry-after": "2"})

    with pytest.raises(StoreRateLimited) as caught:
        await _store(handler).search("молоко", SHOP)
    assert not isinstance(caught.value, StoreBlocked)
    assert caught.value.retry_after == 2.0


async def test_reply_without_items_is_a_shape_change_naming_the_field() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return _json({"pagination": {"hasMore": False}, "goods": []})

    with pytest.raises(ShapeChanged, match="'items'"):
        await _store(handler).search("молоко", SHOP)


async def test_requests_are_spaced_by_the_interval_plus_jitter() -> None:
    now = [0.0]
    slept: list[float] = []
    started: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    def handler(request: httpx.Request) -> httpx.Response:
        started.append(now[0])
        return _recorded_goods()

    settings = MagnitStore.default_settings  # min_interval_s 0.5, jitter 0.1-0.5
    transport = paced(
        httpx.MockTransport(handler), settings, clock=lambda: now[0], sleep=sleep, rand=lambda: 0.5
    )
    client = httpx.AsyncClient(base_url="https://magnit.ru", transport=transport)
    store = MagnitStore(client, settings)
    for _ in range(3):
        await store.search("кофе", SHOP)
    gaps = [b - a for a, b in itertools.pairwise(started)]
    assert settings.min_interval_s == 0.5
    assert all(g >= 0.5 for g in gaps)
    # The jitter, 0.1 + 0.4 * 0.5, once per request, on top of the interval.
    assert sum(1 for s in slept if s == pytest.approx(0.3)) == 3
    assert all(g == pytest.approx(0.5) for g in gaps)


async def test_no_pacing_when_the_interval_is_zero() -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    def handler(request: httpx.Request) -> httpx.Response:
        return _recorded_goods()

    settings = _settings()
    transport = paced(httpx.MockTransport(handler), settings, sleep=sleep)
    client = httpx.AsyncClient(base_url="https://magnit.ru", transport=transport)
    store = MagnitStore(client, settings)
    await store.search("кофе", SHOP)
    await store.search("кофе", SHOP)
    assert slept == []


async def test_base_url_override_keeps_the_real_paths_under_a_local_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    routes = [Route("POST", "/webgate/v2/goods/search", body_file=GOODS)]
    with ReplayServer(routes) as server:
        monkeypatch.setenv("KORZINA_MAGNIT_BASE_URL", server.url)
        monkeypatch.setenv("KORZINA_MAGNIT_TRANSPORT", "http")
        [store] = open_stores(make_plugin_manager(), load_settings(), only=["magnit"])
        assert isinstance(store, MagnitStore)
        store.settings = store.settings.model_copy(update={"min_interval_s": 0.0})
        try:
            offers = await store.search("молоко", SHOP)
        finally:
            await store.aclose()
    assert len(offers) == 16
    assert json.loads(server.requests[0].body)["storeCode"] == "320040"
