"""The Playwright browser transport on Debian's Chromium, against a local site.

The site imitates an anti-bot-protected store: its page sets a session cookie by script
and its own script calls the API with ``x-*`` headers; the API answers JSON only to a
request carrying that cookie and those headers, 403 otherwise.
"""

from __future__ import annotations

import json
import secrets
import shutil
import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from korzina.core.browser import (
    FINAL_URL_HEADER,
    BrowserTransport,
    is_site_header,
    playwright_proxy,
    resolve_chromium,
)
from korzina.core.errors import ConfigError

CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Debian's chromium is not installed (make browser, or apt-get install chromium)",
)

PAGE = """<!doctype html><html><head><title>Магазин</title></head><body>
<script>
  document.cookie = "session={token}; path=/";
  fetch("/api/config", {{headers: {{"x-app-version": "8.45.0", "x-device-id": "dev-1"}}}});
</script></body></html>"""


class Site:
    """A tiny store site on 127.0.0.1 in a background thread."""

    def __init__(self, *, sets_cookie: bool = True) -> None:
        self.sets_cookie = sets_cookie
        self.token: str | None = None
        self.page_loads = 0
        self.api_calls: list[dict[str, Any]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def _send(self, status: int, body: bytes, ctype: str, **headers: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def _authorized(self) -> bool:
                cookies = dict(
                    part.strip().split("=", 1)
                    for part in (self.headers.get("Cookie") or "").split(";")
                    if "=" in part
                )
                return (
                    site.token is not None
                    and cookies.get("session") == site.token
                    and self.headers.get("x-app-version") == "8.45.0"
                )

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if self.path == "/":
                    site.page_loads += 1
                    token = secrets.token_hex(8)
                    if site.sets_cookie:
                        site.token = token
                    html = PAGE.format(token=token if site.sets_cookie else "")
                    self._send(200, html.encode(), "text/html; charset=utf-8")
                elif self.path == "/api/config":
                    self._send(200, b"{}", "application/json")
                elif self.path == "/api/redirect":
                    self._send(302, b"", "text/plain", Location="/challenge?back_location=1")
                elif self.path.startswith("/challenge"):
                    self._send(200, "<html>Я не робот</html>".encode(), "text/html; charset=utf-8")
                elif self.path.startswith("/api/"):
                    call = {"path": self.path, "method": self.command, "body": body.decode()}
                    site.api_calls.append(call)
                    if not self._authorized():
                        self._send(403, b"<html>blocked</html>", "text/html")
                        return
                    payload = {"ok": True, **call, "x-client": self.headers.get("x-client")}
                    data = json.dumps(payload, ensure_ascii=False).encode()
                    self._send(200, data, "application/json; charset=utf-8")
                else:
                    self._send(404, b"", "text/plain")

            do_GET = do_POST = _handle

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def expire_session(self) -> None:
        self.token = None

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.close()


async def open_client(site: Site) -> tuple[httpx.AsyncClient, BrowserTransport]:
    transport = BrowserTransport(warmup_url=site.url + "/", settle_s=0.3)
    return httpx.AsyncClient(base_url=site.url, transport=transport, timeout=60), transport


@pytest.fixture
async def browser_client(site: Site) -> AsyncIterator[tuple[httpx.AsyncClient, BrowserTransport]]:
    client, transport = await open_client(site)
    yield client, transport
    await client.aclose()
    await transport.aclose()


@pytest.mark.browser
@needs_chromium
async def test_browser_warms_up_then_calls_the_api_from_inside_the_page(
    site: Site, browser_client: tuple[httpx.AsyncClient, BrowserTransport]
) -> None:
    client, transport = browser_client
    response = await client.get("/api/products", params={"q": "молоко"})
    assert response.status_code == 200
    assert response.json()["ok"] is True
    assert site.page_loads == 1
    # The site's own script's headers were recorded and reused for the API host.
    assert transport.site_headers["127.0.0.1"]["x-device-id"] == "dev-1"

    # Later calls reuse the session: no new warm-up.
    again = await client.get("/api/products")
    assert again.status_code == 200 and site.page_loads == 1


@pytest.mark.browser
@needs_chromium
async def test_browser_sends_method_body_and_our_headers(
    site: Site, browser_client: tuple[httpx.AsyncClient, BrowserTransport]
) -> None:
    client, _ = browser_client
    response = await client.post(
        "/api/search", json={"term": "хлеб"}, headers={"x-client": "korzina"}
    )
    data = response.json()
    assert data["method"] == "POST"
    assert json.loads(data["body"]) == {"term": "хлеб"}
    assert data["x-client"] == "korzina"


@pytest.mark.browser
@needs_chromium
async def test_browser_refreshes_the_session_once_on_403_and_retries(
    site: Site, browser_client: tuple[httpx.AsyncClient, BrowserTransport]
) -> None:
    client, transport = browser_client
    assert (await client.get("/api/products")).status_code == 200
    site.expire_session()
    response = await client.get("/api/products")
    assert response.status_code == 200
    assert site.page_loads == 2 and transport.warmups == 2


@pytest.mark.browser
@needs_chromium
async def test_browser_gives_up_after_one_refresh_when_still_blocked() -> None:
    site = Site(sets_cookie=False)
    client, transport = await open_client(site)
    try:
        response = await client.get("/api/products")
        assert response.status_code == 403
        assert site.page_loads == 2  # warm-up plus exactly one refresh
        assert len(site.api_calls) == 2
    finally:
        await client.aclose()
        await transport.aclose()
        site.close()


@pytest.mark.browser
@needs_chromium
async def test_browser_reports_the_final_url_after_a_redirect(
    site: Site, browser_client: tuple[httpx.AsyncClient, BrowserTransport]
) -> None:
    client, _ = browser_client
    response = await client.get("/api/redirect")
    assert "back_location=" in response.headers[FINAL_URL_HEADER]
    assert "Я не робот" in response.text


def test_missing_chromium_is_a_config_error_in_russian(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(ConfigError) as info:
        resolve_chromium(None, env={})
    assert "Chromium" in info.value.user_message
    assert "KORZINA_CHROMIUM" in info.value.user_message


def test_chromium_path_comes_from_argument_then_env(tmp_path: Any) -> None:
    binary = tmp_path / "chromium"
    binary.write_text("#!/bin/sh\n")
    binary.chmod(0o755)
    assert resolve_chromium(str(binary), env={}) == str(binary)
    assert resolve_chromium(None, env={"KORZINA_CHROMIUM": str(binary)}) == str(binary)
    with pytest.raises(ConfigError):
        resolve_chromium(str(tmp_path / "absent"), env={})


def test_only_x_and_auth_headers_are_copied_from_the_site() -> None:
    assert is_site_header("X-App-Version") and is_site_header("Auth")
    assert is_site_header("authorization")
    assert not is_site_header("cookie") and not is_site_header("accept")


def test_proxy_credentials_are_split_out_for_playwright() -> None:
    assert playwright_proxy("http://u:p@10.0.0.1:3128") == {
        "server": "http://10.0.0.1:3128",
        "username": "u",
        "password": "p",
    }
    assert playwright_proxy(None) is None
