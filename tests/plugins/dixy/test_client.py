"""Дикси adapter over real HTTP (a replay server): paging, shop choice, search, blocks."""

from __future__ import annotations

import json
from decimal import Decimal
from urllib.parse import parse_qs

import httpx
import pytest

from korzina.core.errors import ShapeChanged, StoreBlocked, StoreRateLimited, StoreUnavailable
from korzina.core.models import Category, Location, Shop
from korzina.core.plugins import make_plugin_manager, open_stores, store_classes
from korzina.core.settings import load_settings
from korzina.plugins.dixy import DixyStore
from tests.conftest import constructed
from tests.replay import RecordedRequest, ReplayServer, Route

PAGE1 = constructed("dixy", "listing-json_sid14_page1.json")
PAGE2 = constructed("dixy", "listing-json_sid14_page2.json")
SHOP = Shop(
    store="dixy",
    shop_id="1002",
    address="Москва, ул. Пример, д. 7",
    location=Location(lat=55.756, lon=37.618),
)
HTML = "text/html; charset=UTF-8"
# Bitrix answers listing-json.php as text/html; the body is '\n' + JSON.
LISTING_TYPE = "text/html; charset=UTF-8"


def _listing_routes(sid: str = "14") -> list[Route]:
    return [
        Route("GET", "/ajax/listing-json.php", body_file=PAGE1, content_type=LISTING_TYPE,
              query={"sid": sid, "page": "1"}),
        Route("GET", "/ajax/listing-json.php", body_file=PAGE2, content_type=LISTING_TYPE,
              query={"sid": sid, "page": "2"}),
    ]  # fmt: skip


def _store(server: ReplayServer) -> DixyStore:
    settings = DixyStore.default_settings.model_copy(
        update={"base_url": server.url, "transport": "http", "min_interval_s": 0.0}
    )
    return DixyStore(httpx.AsyncClient(base_url=server.url), settings)


def _listing_requests(server: ReplayServer) -> list[RecordedRequest]:
    return [r for r in server.requests if r.path == "/ajax/listing-json.php"]


def test_dixy_is_registered_and_uses_the_browser_by_default() -> None:
    assert store_classes(make_plugin_manager())["dixy"] is DixyStore
    defaults = DixyStore.default_settings
    assert (defaults.transport, defaults.warmup_url) == ("browser", "https://dixy.ru/")
    assert DixyStore.display_name == "Дикси"


async def test_section_listing_is_paged_until_the_last_page() -> None:
    with ReplayServer(_listing_routes()) as server:
        store = _store(server)
        cat = Category(store="dixy", category_id="14", name="Йогурты")
        offers = [o async for o in store.category_offers(cat)]
    reqs = _listing_requests(server)
    assert [r.query["page"] for r in reqs] == [["1"], ["2"]]
    q = reqs[0].query
    assert q["block"] == ["product-list"] and q["perPage"] == ["30"]
    assert q["gl_filter"] == [""] and q["useTracking"] == ["true"]
    assert [o.product_id for o in offers] == ["2000635792", "2000329470", "9000000002"]
    assert store.skipped_no_price == 1
    viola = offers[0]
    assert (viola.price, viola.regular_price) == (Decimal("79.99"), Decimal("87.99"))


async def test_listing_stops_at_pages_count_even_without_the_last_page_flag() -> None:
    data = json.loads(PAGE1.read_text())
    data[0]["pagenData"].update(pages_count=1, isLastPage=False)
    routes = [Route("GET", "/ajax/listing-json.php", json_body=data, query={"page": "1"})]
    with ReplayServer(routes) as server:
        offers = [o async for o in _store(server).category_offers(
            Category(store="dixy", category_id="14", name="Йогурты"))]  # fmt: skip
    assert len(_listing_requests(server)) == 1 and len(offers) == 2


async def test_an_empty_listing_reply_is_retried_once() -> None:
    routes = [
        Route("GET", "/ajax/listing-json.php", body="\n[]", content_type=LISTING_TYPE,
              query={"page": "1"}, times=1),
        *_listing_routes(),
    ]  # fmt: skip
    with ReplayServer(routes) as server:
        offers = [o async for o in _store(server).category_offers(
            Category(store="dixy", category_id="14", name="Йогурты"))]  # fmt: skip
    assert [r.query["page"] for r in _listing_requests(server)] == [["1"], ["1"], ["2"]]
    assert len(offers) == 3


async def test_a_page_empty_twice_in_the_middle_is_an_error_not_a_silent_gap() -> None:
    routes = [
        _listing_routes()[0],
        Route("GET", "/ajax/listing-json.php", body="\n[]", content_type=LISTING_TYPE,
              query={"page": "2"}),
    ]  # fmt: skip
    got = []
    with ReplayServer(routes) as server:
        store = _store(server)
        with pytest.raises(StoreUnavailable, match="empty listing page 2"):
            async for o in store.category_offers(
                Category(store="dixy", category_id="14", name="Йогурты")
            ):
                got.append(o)
    assert len(got) == 2  # page 1 was delivered before the failure


async def test_a_section_path_is_resolved_to_its_sid_from_the_section_page() -> None:
    section = constructed("dixy", "section_molochnye-produkty-yaytso.html")
    routes = [
        Route("GET", "/catalog/molochnye-produkty-yaytso/", body_file=section, content_type=HTML),
        *_listing_routes("14"),
    ]
    with ReplayServer(routes) as server:
        store = _store(server)
        cat = Category(
            store="dixy",
            category_id="/catalog/molochnye-produkty-yaytso/",
            name="Молочные продукты, яйцо",
        )
        offers = [o async for o in store.category_offers(cat)]
        again = [o async for o in store.category_offers(cat)]  # the sid is remembered
    assert len(offers) == len(again) == 3
    assert _listing_requests(server)[0].query["sid"] == ["14"]
    assert [r.path for r in server.requests].count("/catalog/molochnye-produkty-yaytso/") == 1


async def test_categories_are_read_from_the_catalog_page() -> None:
    routes = [Route("GET", "/catalog/", body_file=constructed("dixy", "catalog.html"),
                    content_type=HTML)]  # fmt: skip
    with ReplayServer(routes) as server:
        cats = await _store(server).categories()
    assert [c.name for c in cats] == ["Молочные продукты, яйцо", "Фрукты, овощи"]


async def test_choosing_a_shop_saves_it_once_and_sends_its_cookie_on_listing_calls() -> None:
    save = constructed("dixy", "ajax_saveStore.json")
    cookie_value = json.loads(save.read_text())["store_info"]
    routes = [
        Route("POST", "/ajax/ajax.php", body_file=save,
              when=lambda r: parse_qs(r.body.decode()).get("action") == ["saveStore"]),
        *_listing_routes(),
    ]  # fmt: skip
    with ReplayServer(routes) as server:
        store = _store(server)
        cat = Category(store="dixy", category_id="14", name="Йогурты")
        first = [o async for o in store.category_offers(cat, SHOP)]
        _ = [o async for o in store.category_offers(cat, SHOP)]
    saves = [r for r in server.requests if r.path == "/ajax/ajax.php"]
    assert len(saves) == 1
    form = parse_qs(saves[0].body.decode())
    assert form["store_id"] == ["1002"] and form["isDelivery"] == ["false"]
    assert form["coords"] == ["55.756,37.618"]
    assert form["address"] == ["Москва, ул. Пример, д. 7"]
    listing = _listing_requests(server)
    assert len(listing) == 4
    assert all(r.headers.get("cookie") == f"store_info={cookie_value}" for r in listing)
    assert server.requests[0].path == "/ajax/ajax.php"  # chosen before the first listing call
    assert {o.shop_id for o in first} == {"1002"}


async def test_save_store_reply_without_store_info_is_a_shape_change() -> None:
    routes = [Route("POST", "/ajax/ajax.php", json_body={"status": "success"})]
    with ReplayServer(routes) as server, pytest.raises(ShapeChanged, match="store_info"):
        await _store(server).search("молоко", SHOP)


async def test_search_reads_the_site_search_page() -> None:
    routes = [Route("GET", "/catalog/", body_file=constructed("dixy", "search_moloko.html"),
                    content_type=HTML, query={"q": "молоко"})]  # fmt: skip
    with ReplayServer(routes) as server:
        offers = await _store(server).search("молоко")
    assert [(o.name, o.price) for o in offers] == [
        ("Йогурт безлактозный Viola Греческий Малина-Мята 3% 140г", Decimal("79.99")),
        ("Авокадо Хасс в упаковке, 700 г", Decimal("438.90")),
    ]
    assert len(server.requests) == 1


async def test_search_falls_back_to_the_listing_with_search_query() -> None:
    routes = [
        Route("GET", "/catalog/", body="<html><body><p>Ничего</p></body></html>",
              content_type=HTML, query={"q": "йогурт"}),
        Route("GET", "/ajax/listing-json.php", body_file=PAGE1, content_type=LISTING_TYPE,
              query={"searchQuery": "йогурт", "page": "1"}),
        Route("GET", "/ajax/listing-json.php", body_file=PAGE2, content_type=LISTING_TYPE,
              query={"searchQuery": "йогурт", "page": "2"}),
    ]  # fmt: skip
    with ReplayServer(routes) as server:
        offers = await _store(server).search("йогурт", limit=2)
    assert [o.product_id for o in offers] == ["2000635792", "2000329470"]
    assert len(_listing_requests(server)) == 1  # the limit was reached on page 1


async def test_price_reads_the_product_page_card() -> None:
    page = constructed("dixy", "product_avokado-khass-v-upakovke-700-g-2000329470.html")
    routes = [
        Route("GET", "/catalog/", body_file=constructed("dixy", "search_moloko.html"),
              content_type=HTML),
        Route("GET", "/product/avokado-khass-v-upakovke-700-g-2000329470/", body_file=page,
              content_type=HTML),
    ]  # fmt: skip
    with ReplayServer(routes) as server:
        store = _store(server)
        by_code = await store.price(["avokado-khass-v-upakovke-700-g-2000329470"])
        await store.search("авокадо")  # remembers the page of every offer it returns
        by_id = await store.price(["2000329470"])
    assert [(o.product_id, o.price, o.available) for o in by_code] == [
        ("2000329470", Decimal("438.90"), False)
    ]
    assert by_id == [by_id[0]] and by_id[0].price == Decimal("438.90")
    pages = [r for r in server.requests if r.path.startswith("/product/")]
    assert len(pages) == 2


async def test_find_shops_sorts_the_store_list_by_distance() -> None:
    routes = [Route("GET", "/ajax/stores-json.php",
                    body_file=constructed("dixy", "stores-json.json"))]  # fmt: skip
    with ReplayServer(routes) as server:
        shops = await _store(server).find_shops(Location(lat=55.7558, lon=37.6173), limit=2)
    assert [s.shop_id for s in shops] == ["1002", "1001"]


@pytest.mark.parametrize(
    ("path", "status", "name"),
    [
        ("/catalog/", 200, "qrator_vpn_200.html"),
        ("/catalog/", 403, "qrator_robot_403.html"),
        ("/ajax/listing-json.php", 200, "qrator_vpn_200.html"),
        ("/ajax/listing-json.php", 403, "qrator_robot_403.html"),
    ],
)
async def test_qrator_pages_are_reported_as_blocked(path: str, status: int, name: str) -> None:
    routes = [Route("GET", path, status=status, body_file=constructed("dixy", name),
                    content_type=HTML)]  # fmt: skip
    with ReplayServer(routes) as server, pytest.raises(StoreBlocked):
        store = _store(server)
        if path == "/catalog/":
            await store.search("молоко")
        else:
            _ = [o async for o in store.category_offers(
                Category(store="dixy", category_id="14", name="Йогурты"))]  # fmt: skip


async def test_an_auth_refusal_is_reported_as_blocked() -> None:
    routes = [Route("GET", "/ajax/stores-json.php", status=401, body="{}")]
    with ReplayServer(routes) as server, pytest.raises(StoreBlocked):
        await _store(server).find_shops(Location(lat=55.75, lon=37.61))


async def test_a_429_on_json_or_html_is_too_many_requests_with_its_retry_after() -> None:
    routes = [
        Route("GET", "/ajax/stores-json.php", status=429, body="{}", headers={"Retry-After": "4"}),
        Route("GET", "/catalog/", status=429, body="", content_type=HTML,
              headers={"Retry-After": "9"}),
    ]  # fmt: skip
    with ReplayServer(routes) as server:
        store = _store(server)
        with pytest.raises(StoreRateLimited) as json_429:
            await store.find_shops(Location(lat=55.75, lon=37.61))
        with pytest.raises(StoreRateLimited) as html_429:
            await store.search("молоко")
    assert json_429.value.retry_after == 4.0
    assert html_429.value.retry_after == 9.0


async def test_html_where_the_listing_json_was_expected_is_a_block() -> None:
    routes = [Route("GET", "/ajax/listing-json.php", body="<html><body>Дикси</body></html>",
                    content_type=HTML)]  # fmt: skip
    with ReplayServer(routes) as server, pytest.raises(StoreBlocked, match="HTML instead of JSON"):
        _ = [o async for o in _store(server).category_offers(
            Category(store="dixy", category_id="14", name="Йогурты"))]  # fmt: skip


async def test_base_url_and_transport_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    routes = [Route("GET", "/catalog/", body_file=constructed("dixy", "search_moloko.html"),
                    content_type=HTML)]  # fmt: skip
    with ReplayServer(routes) as server:
        monkeypatch.setenv("KORZINA_DIXY_BASE_URL", server.url)
        monkeypatch.setenv("KORZINA_DIXY_TRANSPORT", "http")
        [store] = open_stores(make_plugin_manager(), load_settings(), only=["dixy"])
        assert store.settings.transport == "http"
        try:
            offers = await store.search("молоко")
        finally:
            await store.aclose()
    assert len(offers) == 2
    assert server.requests[0].query == {"q": ["молоко"]}
