"""The HTTP edge: the one place that builds the ``httpx.AsyncClient`` a store uses.

The transport is injected: tests pass ``httpx.MockTransport``; ``transport="browser"``
in a store's settings selects the Playwright browser transport
(``korzina.core.browser.BrowserTransport``), which runs each request as a ``fetch``
inside a real page so anti-bot cookies and headers are the site's own.

Whatever the transport, ``build_client`` wraps it in a ``PacedTransport``: every request
to a store, from a search, a crawl's page or a session renewal, waits for the store's
``min_interval_s`` (plus its ``jitter_s`` option) there and nowhere else.

``can_connect`` is the quick "is there a network at all" check: a TCP connection to
each store's host (or proxy), all at once, first success wins.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
import urllib.request
from collections.abc import Awaitable, Callable, Iterable

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

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class RateLimiter:
    """At least ``min_interval_s`` between the starts of requests to one store.

    Each ``wait()`` reserves the next free slot and sleeps until it, so concurrent callers
    are spaced out in arrival order (``await limiter.wait()`` before each request).
    """

    def __init__(
        self, min_interval_s: float, *, clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep
    ) -> None:
        self.min_interval_s = max(0.0, min_interval_s)
        self._clock = clock
        self._sleep = sleep
        self._next_free = float("-inf")

    async def wait(self) -> None:
        if self.min_interval_s <= 0:
            return
        now = self._clock()
        # No await between reading and writing the slot: asyncio makes this atomic.
        slot = max(now, self._next_free)
        self._next_free = slot + self.min_interval_s
        if slot > now:
            await self._sleep(slot - now)


def jitter_range(text: str) -> tuple[float, float]:
    """``"0.1-0.5"`` → (0.1, 0.5); ``"0.3"`` → (0.3, 0.3); empty → (0, 0)."""
    low, _, high = text.partition("-")
    a = float(low or 0)
    b = float(high) if high else a
    return (min(a, b), max(a, b))


class PacedTransport(httpx.AsyncBaseTransport):
    """Wraps a store's transport so requests start at least ``min_interval_s`` apart,
    each followed by a random extra pause in ``jitter_s`` (Qrator bans clients whose
    requests come like clockwork).

    One per client, so every request of one adapter shares it, however many calls run.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        min_interval_s: float,
        *,
        jitter_s: tuple[float, float] = (0.0, 0.0),
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.inner = inner
        self.limiter = RateLimiter(min_interval_s, clock=clock, sleep=sleep)
        self.jitter_s = jitter_s
        self._sleep = sleep
        self._rand = rand

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self.limiter.wait()
        low, high = self.jitter_s
        if self.limiter.min_interval_s > 0 and high > 0:
            await self._sleep(low + (high - low) * self._rand())
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _env_proxy(url: str) -> str | None:
    """The proxy the environment (``HTTPS_PROXY``, ``NO_PROXY``…) sets for ``url``."""
    parsed = httpx.URL(url)
    if parsed.host and urllib.request.proxy_bypass(parsed.host):
        return None
    return urllib.request.getproxies().get(parsed.scheme)


def proxy_for(settings: StoreSettings) -> str | None:
    """The proxy a store's requests go through: its own setting, else the environment's."""
    return settings.proxy or _env_proxy(settings.base_url)


def paced(
    transport: httpx.AsyncBaseTransport,
    settings: StoreSettings,
    *,
    clock: Clock = time.monotonic,
    sleep: Sleep = asyncio.sleep,
    rand: Callable[[], float] = random.random,
) -> PacedTransport:
    """``transport`` paced by the store's ``min_interval_s`` and ``jitter_s`` option."""
    return PacedTransport(
        transport,
        settings.min_interval_s,
        jitter_s=jitter_range(settings.options.get("jitter_s", "")),
        clock=clock,
        sleep=sleep,
        rand=rand,
    )


def build_client(
    settings: StoreSettings,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    headers: dict[str, str] | None = None,
    chromium_path: str | None = None,
) -> httpx.AsyncClient:
    """An AsyncClient for one store: timeouts, browser-like headers, proxy, a paced
    transport.

    ``transport`` wins when given (tests; it is paced all the same); otherwise
    ``settings.transport`` picks plain HTTP or the browser.
    """
    if transport is None and settings.transport == "browser":
        from korzina.core.browser import BrowserTransport

        transport = BrowserTransport(
            warmup_url=settings.warmup_url or settings.base_url,
            chromium_path=chromium_path,
            proxy=settings.proxy,
        )
    elif transport is None:
        transport = httpx.AsyncHTTPTransport(proxy=proxy_for(settings))
    timeout = httpx.Timeout(settings.timeout_s, connect=min(10.0, settings.timeout_s))
    return httpx.AsyncClient(
        base_url=settings.base_url,
        headers={**DEFAULT_HEADERS, **(headers or {})},
        timeout=timeout,
        transport=paced(transport, settings),
        follow_redirects=True,
    )


def probe_address(settings: StoreSettings) -> tuple[str, int]:
    """Where a store's first TCP connection goes: its proxy if it has one, else its host."""
    url = httpx.URL(proxy_for(settings) or settings.base_url)
    port = url.port or (443 if url.scheme in ("https", "wss") else 80)
    return url.host, port


async def _connects(host: str, port: int) -> bool:
    try:
        _reader, writer = await asyncio.open_connection(host, port)
    except OSError:  # DNS failure (gaierror), refused, unreachable
        return False
    writer.close()
    with contextlib.suppress(OSError):
        await writer.wait_closed()
    return True


async def can_connect(addresses: Iterable[tuple[str, int]], *, timeout_s: float = 2.0) -> bool:
    """True as soon as one address accepts a TCP connection; False when none does within
    ``timeout_s`` (all at once, so the whole check takes at most ``timeout_s``)."""
    tasks = [asyncio.ensure_future(_connects(h, p)) for h, p in dict.fromkeys(addresses)]
    if not tasks:
        return True
    try:
        async with asyncio.timeout(timeout_s):
            for next_done in asyncio.as_completed(tasks):
                if await next_done:
                    return True
    except TimeoutError:
        pass
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return False
