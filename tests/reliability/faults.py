"""A fault-injecting httpx transport in front of a replay of each store.

``ReplayTransport`` answers an adapter's requests from ``tests.replay.Route``s (the
recorded or constructed replies, in process: no sockets). ``FaultTransport`` wraps it and
spoils the one reply that carries a store's prices (``StoreReplay.target``) the way a
broken network, proxy or store does (``FAULTS``): a captcha, an HTML page for JSON, a hang,
a refused connection, a body cut short, a renamed field, a 429, a 5xx then OK, a
connection cut mid-body, one item whose price does not parse or is implausible.

Every spoiled reply is built here from a recorded one; none is a recording of a real
failure (the constructed pages are labelled where they are defined).
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qs

import httpx

from korzina.core.models import Status
from tests.conftest import constructed, recorded
from tests.replay import RecordedRequest, Route

HTML = "text/html; charset=utf-8"
JSON = "application/json; charset=utf-8"

# Constructed: a complete, unremarkable HTML page (no anti-bot wording) where JSON was
# expected, as a CDN's maintenance page or a misrouted proxy sends it.
MAINTENANCE_PAGE = (
    "<!DOCTYPE html><html lang='ru'><head><title>Технические работы</title></head>"
    "<body><h1>Сайт временно недоступен</h1><p>Зайдите позже.</p></body></html>"
)
# Constructed: Дикси's search page when nothing is found (complete, no cards), so the
# adapter falls back to listing-json, whose replies the JSON faults then spoil.
DIXY_NOTHING_FOUND = (
    "<!DOCTYPE html><html lang='ru'><head><title>Поиск — Дикси</title></head>"
    "<body><section class='catalog-list'><p>Ничего не найдено</p></section></body></html>"
)
# A session cookie in the documented shape, URL-encoded j:{...} (constructed).
PEREKRESTOK_COOKIE = "j%3A%7B%22accessToken%22%3A%22replay%22%2C%22refreshToken%22%3A%22r%22%7D"


class ReplayTransport(httpx.AsyncBaseTransport):
    """``Route``s served in process; an unmatched request gets a 404 naming it."""

    def __init__(self, routes: Sequence[Route]) -> None:
        self.routes = list(routes)
        self.requests: list[RecordedRequest] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        req = RecordedRequest(
            method=request.method,
            path=request.url.path,
            query=parse_qs(request.url.query.decode(), keep_blank_values=True),
            headers={k.lower(): v for k, v in request.headers.items()},
            body=body,
        )
        self.requests.append(req)
        route = next((r for r in self.routes if r.matches(req)), None)
        if route is None:
            return httpx.Response(
                404, json={"replay": "no route", "method": req.method, "path": req.path}
            )
        route.used += 1
        return httpx.Response(
            route.status,
            headers={"content-type": route.content_type, **route.headers},
            content=route.payload(),
        )


# --- the four stores, replayed ----------------------------------------------------------

PriceSetter = Callable[[dict[str, Any], str], None]


@dataclass(frozen=True)
class StoreReplay:
    """One store's replay: its routes, the reply with the prices, and how to spoil it."""

    label: str  # the test id («dixy-listing» is Дикси's JSON path)
    store: str  # the adapter id
    routes: Callable[[], list[Route]]
    target: str  # regex of the path of the reply that carries the prices
    body: Literal["json", "html"]
    # JSON replies: the offer items of a decoded reply; set an item's price (roubles);
    # rename a required field of an item.
    items: Callable[[Any], list[dict[str, Any]]] | None = None
    set_price: PriceSetter | None = None
    rename: Callable[[dict[str, Any]], None] | None = None
    # Another HTML page the store reads on the way (Перекрёсток's site root).
    html_target: str | None = None
    captcha: str = "servicepipe-captcha.html"
    captcha_store: str = "pyaterochka"


def _pyaterochka() -> list[Route]:
    return [
        Route(
            "GET",
            r"/api/catalog/v3/stores/[^/]+/search",
            regex=True,
            body_file=recorded("pyaterochka", "oi-search-v3-kola.json"),
        )
    ]


def _magnit() -> list[Route]:
    return [
        Route(
            "POST",
            "/webgate/v2/goods/search",
            body_file=recorded("magnit", "noen51-webgate-v2-goods-search-category-65057.json"),
        )
    ]


def _perekrestok() -> list[Route]:
    return [
        Route(
            "GET",
            "/",
            body="<!DOCTYPE html><html><body><div id='app'></div></body></html>",
            content_type=HTML,
            headers={"set-cookie": f"session={PEREKRESTOK_COOKIE}; Path=/"},
        ),
        Route(
            "GET",
            "/api/customer/1.4.1.0/catalog/search/all",
            body_file=recorded("perekrestok", "catalog_search_all.json"),
        ),
    ]


def _dixy() -> list[Route]:
    return [
        Route(
            "GET",
            "/catalog/",
            content_type=HTML,
            body_file=constructed("dixy", "search_moloko.html"),
        )
    ]


def _dixy_listing() -> list[Route]:
    return [
        Route("GET", "/catalog/", content_type=HTML, body=DIXY_NOTHING_FOUND),
        Route(
            "GET",
            "/ajax/listing-json.php",
            query={"page": "1"},
            body_file=constructed("dixy", "listing-json_sid14_page1.json"),
        ),
        Route(
            "GET",
            "/ajax/listing-json.php",
            query={"page": "2"},
            body_file=constructed("dixy", "listing-json_sid14_page2.json"),
        ),
    ]


def _set(path: Sequence[str], convert: Callable[[str], Any]) -> PriceSetter:
    def setter(item: dict[str, Any], roubles: str) -> None:
        node = item
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = convert(roubles)

    return setter


def _pyaterochka_price(item: dict[str, Any], roubles: str) -> None:
    # The price is ``prices.discount`` when set, else ``prices.regular``: set both.
    item["prices"]["regular"] = roubles
    item["prices"]["discount"] = None


def _perekrestok_price(item: dict[str, Any], roubles: str) -> None:
    # A multi-buy item prices one unit at ``grossPrice``: clear it so ``price`` counts.
    item["priceTag"]["price"] = _kopecks(roubles)
    item["priceTag"]["grossPrice"] = None


def _kopecks(roubles: str) -> Any:
    try:
        return round(float(roubles) * 100)
    except ValueError:
        return roubles  # not a number: the garbled-price fault


def _rename(path: Sequence[str], new: str) -> Callable[[dict[str, Any]], None]:
    def rename(item: dict[str, Any]) -> None:
        node = item
        for key in path[:-1]:
            node = node[key]
        node[new] = node.pop(path[-1])

    return rename


STORES: tuple[StoreReplay, ...] = (
    StoreReplay(
        label="pyaterochka",
        store="pyaterochka",
        routes=_pyaterochka,
        target=r"/api/catalog/v3/stores/[^/]+/search",
        body="json",
        items=lambda data: data["products"],
        set_price=_pyaterochka_price,
        rename=_rename(("prices",), "price_info"),
    ),
    StoreReplay(
        label="magnit",
        store="magnit",
        routes=_magnit,
        target=r"/webgate/v2/goods/search",
        body="json",
        items=lambda data: data["items"],
        set_price=_set(("price",), _kopecks),
        rename=_rename(("price",), "finalPrice"),
    ),
    StoreReplay(
        label="perekrestok",
        store="perekrestok",
        routes=_perekrestok,
        target=r"/api/customer/1\.4\.1\.0/catalog/search/all",
        body="json",
        items=lambda data: data["content"]["products"],
        set_price=_perekrestok_price,
        rename=_rename(("priceTag",), "priceLabel"),
        html_target=r"/",
    ),
    StoreReplay(
        label="dixy",
        store="dixy",
        routes=_dixy,
        target=r"/catalog/",
        body="html",
        captcha="qrator_robot_403.html",
        captcha_store="dixy",
    ),
    StoreReplay(
        label="dixy-listing",
        store="dixy",
        routes=_dixy_listing,
        target=r"/ajax/listing-json\.php",
        body="json",
        items=lambda data: data[0]["cards"],
        set_price=_set(("priceSimple",), str),
        rename=_rename(("priceSimple",), "price_simple"),
        captcha="qrator_robot_403.html",
        captcha_store="dixy",
    ),
)


# --- faults ---------------------------------------------------------------------------

Inner = httpx.AsyncBaseTransport


class _CutStream(httpx.AsyncByteStream):
    """A body that stops halfway: the connection drops before Content-Length is met."""

    def __init__(self, content: bytes) -> None:
        self.content = content

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.content[: len(self.content) // 2]
        raise httpx.RemoteProtocolError("peer closed connection without sending complete body")


def _like(response: httpx.Response, content: bytes) -> httpx.Response:
    """``response`` with another body: the same status and headers (cookies too), the
    length that of the new body."""
    headers = [(k, v) for k, v in response.headers.multi_items() if k != "content-length"]
    return httpx.Response(response.status_code, headers=headers, content=content)


async def _captcha(replay: StoreReplay, request: httpx.Request, inner: Inner) -> httpx.Response:
    page = constructed(replay.captcha_store, replay.captcha).read_bytes()
    return httpx.Response(403, headers={"content-type": HTML}, content=page)


async def _html_for_json(
    replay: StoreReplay, request: httpx.Request, inner: Inner
) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": HTML}, content=MAINTENANCE_PAGE.encode())


async def _hang(replay: StoreReplay, request: httpx.Request, inner: Inner) -> httpx.Response:
    await asyncio.sleep(3600)  # the fan-out's timeout ends it
    raise AssertionError("unreachable")


async def _refused(replay: StoreReplay, request: httpx.Request, inner: Inner) -> httpx.Response:
    raise httpx.ConnectError("[Errno 111] Connection refused", request=request)


async def _truncated(replay: StoreReplay, request: httpx.Request, inner: Inner) -> httpx.Response:
    # HTTP 200 and a consistent length: what a fatal error mid-render or a broken proxy
    # produces. Cut at half the characters, so UTF-8 stays valid.
    response = await inner.handle_async_request(request)
    text = (await response.aread()).decode()
    return _like(response, text[: len(text) // 2].encode())


async def _rate_limited(
    replay: StoreReplay, request: httpx.Request, inner: Inner
) -> httpx.Response:
    return httpx.Response(
        429,
        headers={"content-type": JSON, "retry-after": "30"},
        content=b'{"error": "Too Many Requests"}',
    )


async def _cut_mid_body(
    replay: StoreReplay, request: httpx.Request, inner: Inner
) -> httpx.Response:
    response = await inner.handle_async_request(request)
    content = await response.aread()
    return httpx.Response(
        200,
        headers={
            "content-type": response.headers.get("content-type", JSON),
            "content-length": str(len(content)),
        },
        stream=_CutStream(content),
    )


async def _json_items(
    replay: StoreReplay,
    request: httpx.Request,
    inner: Inner,
    spoil: Callable[[list[dict[str, Any]]], None],
) -> httpx.Response:
    assert replay.items is not None
    response = await inner.handle_async_request(request)
    data = json.loads(await response.aread())
    spoil(replay.items(data))
    return _like(response, json.dumps(data, ensure_ascii=False).encode())


def _first_price(roubles: str, html: str) -> Callable[..., Any]:
    async def apply(replay: StoreReplay, request: httpx.Request, inner: Inner) -> httpx.Response:
        if replay.body == "html":
            response = await inner.handle_async_request(request)
            text = (await response.aread()).decode()
            spoiled = re.sub(r"\d+\.<span>\d+</span>", html, text, count=1)
            assert spoiled != text
            return _like(response, spoiled.encode())
        assert replay.set_price is not None
        set_price = replay.set_price
        return await _json_items(replay, request, inner, lambda items: set_price(items[0], roubles))

    return apply


async def _renamed(replay: StoreReplay, request: httpx.Request, inner: Inner) -> httpx.Response:
    assert replay.rename is not None
    rename = replay.rename

    def every(items: list[dict[str, Any]]) -> None:
        for item in items:
            rename(item)

    return await _json_items(replay, request, inner, every)


class _Once:
    """503 on the first request, then the replay: a store's brief outage."""

    async def __call__(
        self, replay: StoreReplay, request: httpx.Request, inner: Inner
    ) -> httpx.Response:
        return httpx.Response(
            503, headers={"content-type": HTML}, content=b"<html><body>503</body></html>"
        )


Apply = Callable[[StoreReplay, httpx.Request, Inner], Any]


@dataclass(frozen=True)
class Fault:
    """One way a store's price reply goes wrong, and the status the answer must show."""

    name: str
    applies: Callable[[StoreReplay], bool]
    apply: Apply
    expect: frozenset[Status]
    # Russian words the store's status message must contain.
    says: str | None = None
    times: int | None = None  # spoil only the first ``times`` matching requests
    # The reply spoiled is the store's other HTML page (Перекрёсток's site root).
    on_html_page: bool = False
    # Items of the reply that must not be stored (dropped by the parser or the checks).
    drops_one: bool = False


def _any(replay: StoreReplay) -> bool:
    return replay.label != "dixy-listing"  # Дикси's network faults: on its search page


def _json(replay: StoreReplay) -> bool:
    return replay.body == "json"


FAILED = frozenset({Status.BLOCKED, Status.ERROR, Status.TIMEOUT})

FAULTS: tuple[Fault, ...] = (
    Fault("captcha-403", _any, _captcha, frozenset({Status.BLOCKED}), "закрыл доступ"),
    Fault("html-for-json", _json, _html_for_json, frozenset({Status.BLOCKED, Status.ERROR})),
    Fault("hang", _any, _hang, frozenset({Status.TIMEOUT}), "не ответил"),
    Fault("refused", _any, _refused, frozenset({Status.ERROR, Status.TIMEOUT})),
    Fault("truncated-json", _json, _truncated, frozenset({Status.ERROR}), "неполный ответ"),
    Fault(
        "truncated-html",
        lambda r: r.body == "html",
        _truncated,
        frozenset({Status.ERROR}),
        "неполный ответ",
    ),
    # Перекрёсток's site root is HTML it does not parse: cut short, it changes nothing.
    Fault(
        "truncated-html-page",
        lambda r: r.html_target is not None,
        _truncated,
        frozenset({Status.OK}),
        on_html_page=True,
    ),
    Fault("renamed-field", _json, _renamed, frozenset({Status.ERROR}), "изменил формат"),
    Fault("429-retry-after", _any, _rate_limited, FAILED),
    Fault("5xx-then-ok", _any, _Once(), frozenset({Status.OK}), times=1),
    Fault("cut-mid-body", _any, _cut_mid_body, frozenset({Status.ERROR}), "недоступен"),
    # One item whose price does not parse («7a.99»): dropped and named, the rest kept.
    Fault(
        "garbled-price",
        lambda r: True,
        _first_price("7a.99", "7a.<span>99</span>"),
        frozenset({Status.PARTIAL}),
        "Отброшено товаров: 1",
        drops_one=True,
    ),
    # One item at 1,00 ₽: the plausibility checks drop and name it.
    Fault(
        "implausible-price",
        lambda r: True,
        _first_price("1.00", "1.<span>00</span>"),
        frozenset({Status.PARTIAL}),
        "ниже 2,00 ₽",
        drops_one=True,
    ),
)


@dataclass
class FaultTransport(httpx.AsyncBaseTransport):
    """``inner`` with ``fault`` applied to the requests ``replay`` says carry prices."""

    inner: ReplayTransport
    replay: StoreReplay
    fault: Fault | None = None
    hits: int = 0
    passed: list[str] = field(default_factory=list)  # paths served unspoiled

    def _targeted(self, request: httpx.Request) -> bool:
        if self.fault is None:
            return False
        pattern = self.replay.html_target if self.fault.on_html_page else self.replay.target
        return pattern is not None and re.fullmatch(pattern, request.url.path) is not None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        fault = self.fault
        spoil = fault is not None and self._targeted(request)
        if fault is not None and spoil and (fault.times is None or self.hits < fault.times):
            self.hits += 1
            response: httpx.Response = await fault.apply(self.replay, request, self.inner)
            return response
        self.passed.append(request.url.path)
        return await self.inner.handle_async_request(request)


def cases() -> list[tuple[StoreReplay, Fault]]:
    """Every (store, fault) pair that applies."""
    return [(replay, fault) for replay in STORES for fault in FAULTS if fault.applies(replay)]
