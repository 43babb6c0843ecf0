"""Fake store adapters for tests of anything that talks to stores (fan-out, CLI, bot).

- ``FakeStore``: answers from memory after an optional delay, or raises the errors it is
  given, one per call (``failures``) and then for good (``error``). Records its calls.
- ``HttpFakeStore``: a minimal real adapter over HTTP (``GET /search?q=…&limit=…`` → JSON
  list of ``{"product_id", "name", "price"}``), for tests of transports and replay servers.
- ``fake_store_class(id)``: a subclass with its own id, so several fakes can be registered.

Both accept the ``(client, settings)`` constructor that ``open_stores`` uses.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import ClassVar

import httpx

from korzina.core.errors import StoreBlocked, StoreUnavailable
from korzina.core.models import Category, Location, Offer, Shop
from korzina.core.store import Capabilities, StoreAdapter, StoreSettings

_FAKE_CAPABILITIES = Capabilities(
    text_search=True, category_crawl=False, per_shop_prices=True, shop_finder=False
)
# For fakes that implement ``categories``/``category_offers``: the crawler checks the flag.
CRAWLABLE = _FAKE_CAPABILITIES.model_copy(update={"category_crawl": True})


def offer(store: str, product_id: str, name: str, price: str, **extra: object) -> Offer:
    """A small offer for tests (price as a string so it stays exact)."""
    return Offer.model_validate(
        {"store": store, "product_id": product_id, "name": name, "price": price, **extra}
    )


def _unused_client() -> httpx.AsyncClient:
    # Fakes that answer from memory never send; a request here is a test bug, so 599.
    return httpx.AsyncClient(transport=httpx.MockTransport(lambda _r: httpx.Response(599)))


class FakeStore(StoreAdapter):
    """An in-memory store: ``offers`` after ``delay`` seconds, or an error."""

    id: ClassVar[str] = "fake"
    display_name: ClassVar[str] = "Тестовый магазин"
    capabilities: ClassVar[Capabilities] = _FAKE_CAPABILITIES
    default_settings: ClassVar[StoreSettings] = StoreSettings(base_url="http://fake.invalid")

    def __init__(
        self,
        client: httpx.AsyncClient | None = None,
        settings: StoreSettings | None = None,
        *,
        offers: Sequence[Offer] = (),
        delay: float = 0.0,
        error: BaseException | None = None,
        failures: Sequence[BaseException] = (),
    ) -> None:
        super().__init__(client or _unused_client(), settings or self.default_settings)
        self.offers = list(offers)
        self.delay = delay
        self.error = error
        self.failures = list(failures)
        self.calls = 0
        self.queries: list[tuple[str, Shop | None]] = []
        self.active = 0  # calls in flight now
        self.max_active = 0  # the most calls ever in flight at once

    async def _answer(self) -> list[Offer]:
        self.calls += 1
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        try:
            if self.delay:
                await asyncio.sleep(self.delay)
            if self.failures:
                raise self.failures.pop(0)
            if self.error is not None:
                raise self.error
            return list(self.offers)
        finally:
            self.active -= 1

    async def search(self, query: str, shop: Shop | None = None, *, limit: int = 30) -> list[Offer]:
        self.queries.append((query, shop))
        return (await self._answer())[:limit]

    async def categories(self, shop: Shop | None = None) -> list[Category]:
        return [Category(store=self.id, category_id="1", name="Молоко")]

    async def category_offers(
        self, category: Category, shop: Shop | None = None
    ) -> AsyncIterator[Offer]:
        for item in await self._answer():
            yield item

    async def price(self, product_ids: Sequence[str], shop: Shop | None = None) -> list[Offer]:
        wanted = set(product_ids)
        return [o for o in await self._answer() if o.product_id in wanted]

    async def find_shops(self, location: Location, *, limit: int = 5) -> list[Shop]:
        return [Shop(store=self.id, shop_id="1", location=location)][:limit]


class HttpFakeStore(FakeStore):
    """A store whose ``search`` is a real HTTP call through its client."""

    id: ClassVar[str] = "httpfake"
    display_name: ClassVar[str] = "Тестовый магазин по HTTP"

    async def search(self, query: str, shop: Shop | None = None, *, limit: int = 30) -> list[Offer]:
        self.calls += 1
        self.queries.append((query, shop))
        params: dict[str, str | int] = {"q": query, "limit": limit}
        if shop is not None:
            params["shop"] = shop.shop_id
        response = await self._request("GET", "/search", params=params)
        if response.status_code in (401, 403):
            raise StoreBlocked(self.id, f"HTTP {response.status_code}")
        if response.status_code >= 500:
            raise StoreUnavailable(self.id, f"HTTP {response.status_code}")
        return [
            Offer(
                store=self.id,
                product_id=str(row["product_id"]),
                name=row["name"],
                price=row["price"],
            )
            for row in response.json()
        ]


def fake_store_class(
    store_id: str, display_name: str | None = None, base: type[FakeStore] = FakeStore
) -> type[FakeStore]:
    """A subclass of ``base`` with its own id, display name and default base URL."""
    attrs = {
        "id": store_id,
        "display_name": display_name or f"Магазин {store_id}",
        "default_settings": StoreSettings(base_url=f"http://{store_id}.invalid"),
    }
    return type(f"Fake_{store_id}", (base,), attrs)


class FakeTime:
    """A clock and a sleep that advances it instantly; records every sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
