"""The store adapter contract: what every store plugin implements.

Designed from the four real APIs (see ../shared/stores/STORES.md):

- Пятёрочка: the shop (SAP code) is in every URL; search and category pages; no total,
  pages of up to 499.
- Магнит: the shop (``storeCode``) is in the JSON body; offset pagination with ``hasMore``.
- Перекрёсток: the shop is chosen server-side for a session (``PUT /delivery/mode/pickup``);
  page pagination with ``nextPageExists``.
- Дикси: the shop is a cookie after ``saveStore``; page pagination with ``isLastPage``;
  no nearest-shop endpoint (distances computed locally).

So ``shop`` is passed to every call and the adapter does whatever its store needs to
make prices that shop's own. ``shop=None`` means the store's default shop.

Adapters receive a ready ``httpx.AsyncClient`` (built by ``korzina.core.http``): the
transport inside it may be plain HTTP, the Playwright browser, or a test's
``MockTransport``; the adapter does not know or care.
"""

from __future__ import annotations

import abc
from collections.abc import AsyncIterator, Sequence
from typing import ClassVar, Literal

import httpx
from pydantic import BaseModel, ConfigDict, Field

from korzina.core.errors import KorzinaError
from korzina.core.models import Category, Location, Offer, Shop, Status, StoreStatus

TransportKind = Literal["http", "browser"]


class Capabilities(BaseModel):
    """What a store's API can do; callers check these instead of catching errors."""

    model_config = ConfigDict(frozen=True)

    text_search: bool
    category_crawl: bool
    per_shop_prices: bool
    shop_finder: bool


class StoreSettings(BaseModel):
    """Per-store configuration: where and how to reach it, and how politely."""

    model_config = ConfigDict(frozen=True)

    base_url: str
    transport: TransportKind = "http"
    # The page a browser transport opens first to pass anti-bot checks and get cookies.
    warmup_url: str | None = None
    timeout_s: float = 15.0
    min_interval_s: float = 0.0
    proxy: str | None = None
    enabled: bool = True
    default_shop_id: str | None = None
    # Store-specific knobs (e.g. Магнит's storeType/catalogType), strings only.
    options: dict[str, str] = Field(default_factory=dict)


class StoreAdapter(abc.ABC):
    """One store. Subclasses set the class attributes and implement the async methods.

    Methods raise ``StoreError`` subclasses (``StoreBlocked``, ``StoreUnavailable``,
    ``ShapeChanged``); the fan-out turns those into statuses.
    """

    id: ClassVar[str]
    display_name: ClassVar[str]
    capabilities: ClassVar[Capabilities]
    # Defaults a user can override in config or by KORZINA_<STORE>_BASE_URL/_TRANSPORT.
    default_settings: ClassVar[StoreSettings]

    def __init__(self, client: httpx.AsyncClient, settings: StoreSettings) -> None:
        self.client = client
        self.settings = settings

    @abc.abstractmethod
    async def search(self, query: str, shop: Shop | None = None, *, limit: int = 30) -> list[Offer]:
        """Offers matching a free-text query at ``shop``."""

    @abc.abstractmethod
    async def categories(self, shop: Shop | None = None) -> list[Category]:
        """The catalog tree, flattened; leaves are what ``category_offers`` should crawl."""

    @abc.abstractmethod
    def category_offers(self, category: Category, shop: Shop | None = None) -> AsyncIterator[Offer]:
        """Every offer of a category, following the store's pagination to the end."""

    @abc.abstractmethod
    async def price(self, product_ids: Sequence[str], shop: Shop | None = None) -> list[Offer]:
        """Current offers for known products (to refresh a basket without a search)."""

    @abc.abstractmethod
    async def find_shops(self, location: Location, *, limit: int = 5) -> list[Shop]:
        """Shops nearest to ``location``, nearest first."""

    async def health(self) -> StoreStatus:
        """A cheap live check of the store's API; never raises."""
        from korzina.core.fanout import status_from_error

        try:
            await self.search("молоко", None, limit=1)
        except (KorzinaError, httpx.HTTPError) as exc:
            return status_from_error(self.id, exc)
        return StoreStatus(store=self.id, status=Status.OK)

    async def aclose(self) -> None:
        await self.client.aclose()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id} {self.settings.base_url}>"
