"""The HTTP edge: ``build_client`` and the per-store settings that feed it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import korzina.core.browser
from korzina.core.errors import ConfigError
from korzina.core.http import BROWSER_USER_AGENT, build_client
from korzina.core.settings import Settings
from korzina.core.store import StoreSettings

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
