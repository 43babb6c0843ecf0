"""The browser transport: each HTTP request runs as a ``fetch`` inside a real page.

Пятёрочка, Перекрёсток and Дикси stand behind anti-bot protection that refuses plain
HTTP clients; their own web clients get through because they run in a browser that has
passed the checks. ``BrowserTransport`` does the same with Debian's Chromium through
Playwright:

1. On the first request (lazily) it launches Chromium with a fresh user-data dir, opens
   ``warmup_url``, waits for ``load`` plus ``settle_s`` so challenge scripts can set
   their cookies.
2. While the page lives it records the headers the site's own scripts send (``x-*``,
   ``Auth``/``Authorization``), per host, and adds them to our requests to that host:
   the site's values win over ours, since they are the fresh ones.
3. Every request is ``page.evaluate`` of ``fetch(url, {method, headers, body,
   credentials: "include"})``; the body comes back base64-encoded, so bytes are exact.
4. On 401/403 it re-opens the warm-up page once (new cookies and headers) and retries
   once; whatever the retry gets is the answer (no loops against a block).

Requests are serialized with a lock: one page, one request at a time, which is also the
polite pace for these stores. ``fetch`` follows redirects; the final URL comes back in
the ``x-korzina-final-url`` response header so adapters can spot a challenge redirect.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import shutil
import tempfile
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from korzina.core.errors import ConfigError

if TYPE_CHECKING:
    from playwright.async_api import BrowserContext, Page, Playwright, ProxySettings, Request

log = logging.getLogger(__name__)

LAUNCH_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

FINAL_URL_HEADER = "x-korzina-final-url"

# Headers the browser sets itself (or forbids scripts to set): never passed to fetch.
_BROWSER_OWNED = frozenset(
    {
        "host",
        "connection",
        "content-length",
        "accept-encoding",
        "cookie",
        "user-agent",
        "origin",
        "referer",
        "keep-alive",
        "transfer-encoding",
        "te",
        "upgrade",
    }
)
# fetch has already decoded the body, so these no longer describe it.
_STALE_RESPONSE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})

_FETCH_JS = """
async ({url, method, headers, body}) => {
  const init = {method, headers, credentials: "include"};
  if (body !== null) {
    init.body = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  }
  const r = await fetch(url, init);
  const bytes = new Uint8Array(await r.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return {status: r.status, url: r.url, headers: [...r.headers.entries()], body: btoa(binary)};
}
"""


def resolve_chromium(path: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """The Chromium binary: ``path``, else ``KORZINA_CHROMIUM``, else ``chromium`` on PATH."""
    env = os.environ if env is None else env
    candidate = path or env.get("KORZINA_CHROMIUM") or shutil.which("chromium")
    if not candidate or not (os.path.isfile(candidate) and os.access(candidate, os.X_OK)):
        raise ConfigError(
            f"chromium not found (path={path!r}, KORZINA_CHROMIUM={env.get('KORZINA_CHROMIUM')!r})",
            user_message=(
                "Не найден Chromium для транспорта browser. Установите его "
                "(sudo apt-get install chromium) или укажите путь в KORZINA_CHROMIUM; "
                "либо выберите транспорт http (KORZINA_<МАГАЗИН>_TRANSPORT=http)."
            ),
        )
    return candidate


def is_site_header(name: str) -> bool:
    """Headers worth copying from the site's own requests: its ``x-*`` ones and auth."""
    name = name.lower()
    return name.startswith("x-") or name in ("auth", "authorization")


def playwright_proxy(proxy: str | None) -> ProxySettings | None:
    """``http://user:pass@host:port`` as Playwright wants it (credentials apart)."""
    if not proxy:
        return None
    from playwright.async_api import ProxySettings

    url = httpx.URL(proxy)
    server = f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "")
    if url.username:
        return ProxySettings(server=server, username=url.username, password=url.password or "")
    return ProxySettings(server=server)


class BrowserTransport(httpx.AsyncBaseTransport):
    """An httpx transport that sends every request from inside a warmed-up Chromium page."""

    def __init__(
        self,
        *,
        warmup_url: str,
        chromium_path: str | None = None,
        proxy: str | None = None,
        settle_s: float = 2.0,
        navigation_timeout_s: float = 45.0,
        user_agent: str | None = None,
    ) -> None:
        self.warmup_url = warmup_url
        self.chromium_path = chromium_path
        self.proxy = proxy
        self.settle_s = settle_s
        self.navigation_timeout_s = navigation_timeout_s
        self.user_agent = user_agent
        # host -> header -> value, as last sent by the page's own scripts.
        self.site_headers: dict[str, dict[str, str]] = {}
        self.warmups = 0
        self._lock = asyncio.Lock()
        self._playwright: Playwright | None = None
        self._context: BrowserContext | None = None
        self._page: Page | None = None
        self._user_data_dir: str | None = None
        self._own_urls: set[str] = set()
        self._warm = False

    # --- life cycle -------------------------------------------------------------

    async def _start(self) -> Page:
        executable = resolve_chromium(self.chromium_path)
        from playwright.async_api import Error as PlaywrightError
        from playwright.async_api import async_playwright

        self._user_data_dir = tempfile.mkdtemp(prefix="korzina-chromium-")
        self._playwright = await async_playwright().start()
        try:
            self._context = await self._playwright.chromium.launch_persistent_context(
                self._user_data_dir,
                executable_path=executable,
                headless=True,
                args=list(LAUNCH_ARGS),
                proxy=playwright_proxy(self.proxy),
                user_agent=self.user_agent,
                locale="ru-RU",
                timeout=self.navigation_timeout_s * 1000,
            )
        except PlaywrightError as exc:
            await self.aclose()
            raise ConfigError(
                f"chromium {executable} failed to start: {exc}",
                user_message=f"Не удалось запустить Chromium ({executable}).",
            ) from exc
        self._context.set_default_timeout(self.navigation_timeout_s * 1000)
        page = self._context.pages[0] if self._context.pages else await self._context.new_page()
        page.on("request", self._remember_headers)
        self._page = page
        return page

    async def _warm_up(self, page: Page, request: httpx.Request) -> None:
        """Open the site like a visitor, so its scripts set cookies and show their headers."""
        from playwright.async_api import Error as PlaywrightError

        self.warmups += 1
        self._warm = False
        log.info("browser warm-up %d: %s", self.warmups, self.warmup_url)
        try:
            await page.goto(self.warmup_url, wait_until="load")
        except PlaywrightError as exc:
            # Unreachable site or a slow challenge: transient; the next request warms up again.
            raise httpx.ConnectError(f"browser warm-up failed: {exc}", request=request) from exc
        if self.settle_s > 0:
            await asyncio.sleep(self.settle_s)
        self._warm = True

    def _remember_headers(self, request: Request) -> None:
        if request.url in self._own_urls:
            return  # our own fetch: its headers are ours, not the site's
        found = {k.lower(): v for k, v in request.headers.items() if is_site_header(k)}
        if found:
            host = httpx.URL(request.url).host
            self.site_headers.setdefault(host, {}).update(found)

    async def aclose(self) -> None:
        """Close the browser and remove its profile; safe to call twice."""
        context, playwright = self._context, self._playwright
        self._page = self._context = self._playwright = None
        self._warm = False
        try:
            if context is not None:
                await context.close()
        finally:
            if playwright is not None:
                await playwright.stop()
            if self._user_data_dir is not None:
                shutil.rmtree(self._user_data_dir, ignore_errors=True)
                self._user_data_dir = None

    # --- requests -----------------------------------------------------------------

    def _fetch_headers(self, request: httpx.Request) -> dict[str, str]:
        headers = {
            k.lower(): v for k, v in request.headers.items() if k.lower() not in _BROWSER_OWNED
        }
        headers.update(self.site_headers.get(request.url.host, {}))
        return headers

    async def _fetch(self, page: Page, request: httpx.Request) -> dict[str, Any]:
        from playwright.async_api import Error as PlaywrightError

        body = await request.aread()
        url = str(request.url)
        arg = {
            "url": url,
            "method": request.method,
            "headers": self._fetch_headers(request),
            "body": base64.b64encode(body).decode("ascii") if body else None,
        }
        self._own_urls.add(url)
        try:
            result: dict[str, Any] = await page.evaluate(_FETCH_JS, arg)
        except PlaywrightError as exc:
            # A failed fetch (network, CORS, the page navigating away) is transient.
            raise httpx.ConnectError(f"in-page fetch failed: {exc}", request=request) from exc
        finally:
            self._own_urls.discard(url)
        return result

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        async with self._lock:
            page = self._page or await self._start()
            if not self._warm:
                await self._warm_up(page, request)
            result = await self._fetch(page, request)
            if result["status"] in (401, 403):
                log.info("browser: HTTP %s, refreshing the session", result["status"])
                await self._warm_up(page, request)
                result = await self._fetch(page, request)
        headers = [(k, v) for k, v in result["headers"] if k.lower() not in _STALE_RESPONSE_HEADERS]
        headers.append((FINAL_URL_HEADER, result["url"]))
        return httpx.Response(
            result["status"],
            headers=headers,
            content=base64.b64decode(result["body"]),
            request=request,
        )
