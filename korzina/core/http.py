"""The HTTP edge: the one place that builds the ``httpx.AsyncClient`` a store uses.

The transport is injected: tests pass ``httpx.MockTransport``; ``transport="browser"``
in a store's settings selects the Playwright browser transport
(``korzina.core.browser.BrowserTransport``), which runs each request as a ``fetch``
inside a real page so anti-bot cookies and headers are the site's own.
"""

from __future__ import annotations

import httpx

from korzina.core.store import StoreSettings

# A current desktop Chrome; stores answer bots with captchas, so look like a browser.
BROWSER_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)

DEFAULT_HEADERS = {
    "User-Agent": BROWSER_USER_AGENT,
    "Accept": "application/json, text/plain, */*",
    "Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5",
}


def build_client(
    settings: StoreSettings,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    headers: dict[str, str] | None = None,
    chromium_path: str | None = None,
) -> httpx.AsyncClient:
    """An AsyncClient for one store: timeouts, browser-like headers, proxy, transport.

    ``transport`` wins when given (tests); otherwise ``settings.transport`` picks plain
    HTTP or the browser.
    """
    if transport is None and settings.transport == "browser":
        from korzina.core.browser import BrowserTransport

        transport = BrowserTransport(
            warmup_url=settings.warmup_url or settings.base_url,
            chromium_path=chromium_path,
            proxy=settings.proxy,
        )
    timeout = httpx.Timeout(settings.timeout_s, connect=min(10.0, settings.timeout_s))
    return httpx.AsyncClient(
        base_url=settings.base_url,
        headers={**DEFAULT_HEADERS, **(headers or {})},
        timeout=timeout,
        transport=transport,
        proxy=settings.proxy if transport is None else None,
        follow_redirects=True,
    )
