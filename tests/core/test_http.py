"""The HTTP edge: ``build_client``, the paced transport, the connection check, and the
per-store settings that feed them."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import korzina.core.browser
from korzina.core.errors import ConfigError
from korzina.core.http import (
    BROWSER_USER_AGENT,
    PacedTransport,
    RateLimiter,
    build_client,
    can_connect,
    paced,
)
from korzina.core.settings import Settings
from korzina.core.store import StoreSettings
from tests.fakes import FakeTime

STORE_DEFAULTS = StoreSettings(
    base_url="https://5d.5ka.ru/api", warmup_url="https://5ka.ru/", timeout_s=12.0
)


class Recorder:
    """A MockTransport handler that keeps every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"ok": True})


async def test_client_looks_like_a_browser_and_speaks_russian() -> None:
    rec = Recorder()
    async with build_client(STORE_DEFAULTS, transport=httpx.MockTransport(rec)) as client:
        await client.get("/catalog")
    headers = rec.requests[0].headers
    assert headers["user-agent"] == BROWSER_USER_AGENT
    assert "Chrome/" in headers["user-agent"]
    assert headers["accept-language"].startswith("ru-RU")
    assert headers["accept"].startswith("application/json")


async def test_extra_headers_are_added_to_the_defaults() -> None:
    rec = Recorder()
    client = build_client(
        STORE_DEFAULTS, transport=httpx.MockTransport(rec), headers={"x-platform": "webapp"}
    )
    async with client:
        await client.get("/catalog")
    headers = rec.requests[0].headers
    assert headers["x-platform"] == "webapp" and headers["user-agent"] == BROWSER_USER_AGENT


def test_timeouts_come_from_the_store_settings() -> None:
    client = build_client(STORE_DEFAULTS, transport=httpx.MockTransport(Recorder()))
    assert client.timeout.read == 12.0
    assert client.timeout.connect == 10.0
    quick = build_client(
        StoreSettings(base_url="http://x", timeout_s=3.0), transport=httpx.MockTransport(Recorder())
    )
    assert quick.timeout.connect == 3.0


async def test_the_injected_transport_answers_instead_of_the_network() -> None:
    rec = Recorder()
    settings = StoreSettings(base_url="https://unreachable.invalid/api", proxy="http://127.0.0.1:9")
    async with build_client(settings, transport=httpx.MockTransport(rec)) as client:
        response = await client.get("/x")
    assert response.json() == {"ok": True}
    assert str(rec.requests[0].url) == "https://unreachable.invalid/api/x"


class ProxyServer:
    """An HTTP proxy on 127.0.0.1 that answers itself and records the absolute-form URLs."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_GET(self) -> None:
                proxy.seen.append(self.path)
                body = b'{"via": "proxy"}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def proxy_server() -> Iterator[ProxyServer]:
    server = ProxyServer()
    yield server
    server.close()


async def test_the_configured_proxy_carries_store_requests(
    proxy_server: ProxyServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KORZINA_PROXY", proxy_server.url)
    from korzina.core.settings import load_settings

    settings = load_settings().store_settings(
        "magnit", StoreSettings(base_url="http://magnit.test")
    )
    assert settings.proxy == proxy_server.url
    async with build_client(settings) as client:
        response = await client.get("/webgate/v2/goods/search")
    assert response.json() == {"via": "proxy"}
    assert proxy_server.seen == ["http://magnit.test/webgate/v2/goods/search"]


async def test_browser_transport_is_built_from_the_store_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[dict[str, Any]] = []

    class FakeBrowser(httpx.AsyncBaseTransport):
        def __init__(self, **kwargs: Any) -> None:
            built.append(kwargs)

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json={"via": "browser"})

    monkeypatch.setattr(korzina.core.browser, "BrowserTransport", FakeBrowser)
    settings = STORE_DEFAULTS.model_copy(update={"transport": "browser"})
    async with build_client(settings, chromium_path="/usr/bin/chromium") as client:
        response = await client.get("/catalog")
    assert response.json() == {"via": "browser"}
    assert built == [
        {"warmup_url": "https://5ka.ru/", "chromium_path": "/usr/bin/chromium", "proxy": None}
    ]


def test_env_overrides_base_url_and_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORZINA_PYATEROCHKA_BASE_URL", "http://127.0.0.1:8123/api/")
    monkeypatch.setenv("KORZINA_PYATEROCHKA_TRANSPORT", "http")
    defaults = STORE_DEFAULTS.model_copy(update={"transport": "browser"})
    settings = Settings().store_settings("pyaterochka", defaults)
    assert settings.base_url == "http://127.0.0.1:8123/api"
    assert settings.transport == "http"
    # Untouched settings keep the adapter's defaults.
    assert settings.timeout_s == 12.0 and settings.warmup_url == "https://5ka.ru/"


async def test_overridden_base_url_keeps_the_real_paths_under_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KORZINA_PYATEROCHKA_BASE_URL", "http://127.0.0.1:8123/api")
    settings = Settings().store_settings("pyaterochka", STORE_DEFAULTS)
    rec = Recorder()
    async with build_client(settings, transport=httpx.MockTransport(rec)) as client:
        await client.get("/catalog/v3/stores/35XY/search", params={"q": "молоко"})
    url = rec.requests[0].url
    assert (url.host, url.port, url.path) == (
        "127.0.0.1",
        8123,
        "/api/catalog/v3/stores/35XY/search",
    )
    assert url.params["q"] == "молоко"


def test_env_wins_over_the_config_file_which_wins_over_defaults(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = Settings(stores={"dixy": {"base_url": "http://from-config", "min_interval_s": 2.0}})
    assert config.store_settings("dixy", STORE_DEFAULTS).base_url == "http://from-config"
    monkeypatch.setenv("KORZINA_DIXY_BASE_URL", "http://from-env")
    merged = config.store_settings("dixy", STORE_DEFAULTS)
    assert merged.base_url == "http://from-env" and merged.min_interval_s == 2.0


def test_an_unknown_transport_in_the_environment_is_a_config_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KORZINA_MAGNIT_TRANSPORT", "carrier-pigeon")
    with pytest.raises(ConfigError, match="magnit"):
        Settings().store_settings("magnit", STORE_DEFAULTS)


def test_a_disabled_store_is_marked_so() -> None:
    settings = Settings(disabled_stores=("dixy",)).store_settings("dixy", STORE_DEFAULTS)
    assert settings.enabled is False


async def test_rate_limiter_spaces_requests_by_the_min_interval() -> None:
    clock = FakeTime()
    limiter = RateLimiter(2.0, clock=clock.clock, sleep=clock.sleep)
    starts = []
    for _ in range(3):
        await limiter.wait()
        starts.append(clock.now)
    assert [s - starts[0] for s in starts] == [0.0, 2.0, 4.0]


def _paced_client(
    min_interval_s: float, clock: FakeTime, started: list[float]
) -> httpx.AsyncClient:
    """A client whose paced transport records when each request reached the store."""

    def handler(request: httpx.Request) -> httpx.Response:
        started.append(clock.now)
        return httpx.Response(200, json={})

    settings = StoreSettings(base_url="http://paced.invalid", min_interval_s=min_interval_s)
    transport = paced(httpx.MockTransport(handler), settings, clock=clock.clock, sleep=clock.sleep)
    return httpx.AsyncClient(base_url=settings.base_url, transport=transport)


async def test_every_request_of_a_store_is_paced_in_its_transport_once() -> None:
    """Searches, pages and session renewals all pass the one transport: each waits for
    the interval once, however the calls that make them are nested."""
    clock, started = FakeTime(), []
    async with _paced_client(1.0, clock, started) as client:
        for _ in range(2):  # two calls of two pages each
            await client.get("/page/1")
            await client.get("/page/2")
    assert [t - started[0] for t in started] == [0.0, 1.0, 2.0, 3.0]


async def test_concurrent_requests_are_spaced_in_arrival_order() -> None:
    clock, started = FakeTime(), []
    async with _paced_client(0.5, clock, started) as client:
        await asyncio.gather(*(client.get(f"/{i}") for i in range(3)))
    assert sorted(t - 1000.0 for t in started) == [0.0, 0.5, 1.0]


async def test_the_jitter_option_adds_a_random_pause_to_each_request() -> None:
    clock = FakeTime()
    settings = StoreSettings(
        base_url="http://paced.invalid", min_interval_s=0.5, options={"jitter_s": "0.1-0.5"}
    )
    transport = paced(
        httpx.MockTransport(lambda r: httpx.Response(200)),
        settings,
        clock=clock.clock,
        sleep=clock.sleep,
        rand=lambda: 0.5,
    )
    async with httpx.AsyncClient(base_url=settings.base_url, transport=transport) as client:
        for _ in range(3):
            await client.get("/")
    assert clock.sleeps.count(pytest.approx(0.3)) == 3


async def test_no_pause_at_all_when_the_interval_is_zero() -> None:
    clock = FakeTime()
    settings = StoreSettings(base_url="http://x.invalid", options={"jitter_s": "0.1-0.5"})
    transport = paced(
        httpx.MockTransport(lambda r: httpx.Response(200)),
        settings,
        clock=clock.clock,
        sleep=clock.sleep,
    )
    async with httpx.AsyncClient(base_url=settings.base_url, transport=transport) as client:
        await client.get("/")
        await client.get("/")
    assert clock.sleeps == []


def test_build_client_paces_whatever_transport_it_is_given() -> None:
    settings = StoreSettings(base_url="http://x.invalid", min_interval_s=0.7)
    injected = httpx.MockTransport(Recorder())
    client = build_client(settings, transport=injected)
    assert isinstance(client._transport, PacedTransport)
    assert client._transport.inner is injected
    assert client._transport.limiter.min_interval_s == 0.7
    plain = build_client(settings)
    assert isinstance(plain._transport, PacedTransport)
    assert isinstance(plain._transport.inner, httpx.AsyncHTTPTransport)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_can_connect_is_false_at_once_when_every_address_refuses() -> None:
    started = time.monotonic()
    assert not await can_connect([("127.0.0.1", _closed_port()), ("127.0.0.1", _closed_port())])
    assert time.monotonic() - started < 1.0


async def test_can_connect_is_true_when_one_address_accepts() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        assert await can_connect([("127.0.0.1", _closed_port()), ("127.0.0.1", port)])


async def test_can_connect_gives_up_after_its_timeout() -> None:
    async def never(host: str, port: int) -> bool:
        await asyncio.sleep(3600)
        return True

    import korzina.core.http as http

    original = http._connects
    http._connects = never
    try:
        started = time.monotonic()
        assert not await can_connect([("10.255.255.1", 443)], timeout_s=0.2)
        assert time.monotonic() - started < 1.0
    finally:
        http._connects = original
