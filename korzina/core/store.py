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
``MockTransport``, always paced by the store's ``min_interval_s``; the adapter does not
know or care. Its requests go through ``_request`` / ``_fetch_json`` (send, map network
failures, expect JSON, name the shop in a block), so every store classifies answers alike.

An adapter is an async context manager: ``async with store:`` closes its client.
"""

from __future__ import annotations

import abc
import logging
from collections.abc import AsyncIterator, Sequence
from types import TracebackType
from typing import Any, ClassVar, Literal, Self

import httpx
from pydantic import BaseModel, ConfigDict, Field

from korzina.core.errors import KorzinaError, StoreBlocked, StoreError, StoreUnavailable
from korzina.core.models import Category, Location, Offer, Shop, Status, StoreStatus
from korzina.core.store_http import COMMON_BLOCK_MARKERS, expect_json, send

log = logging.getLogger(__name__)

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
    # Requests start at least ``min_interval_s`` apart (``korzina.core.http.PacedTransport``);
    # ``options["jitter_s"]`` ("0.1-0.5") adds a random pause to each.
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
    # Text of this store's anti-bot pages (STORES.md «Blocked if»), for ``_read_json``.
    block_markers: ClassVar[tuple[str, ...]] = COMMON_BLOCK_MARKERS
    # Stores of one family give one product the same id (X5's PLU: Пятёрочка and
    # Перекрёсток): what one of them titles a product tells what the other sells.
    id_family: ClassVar[str | None] = None

    def __init__(self, client: httpx.AsyncClient, settings: StoreSettings) -> None:
        self.client = client
        self.settings = settings
        # Where its first TCP connection goes (host, port), for the fan-out's quick "is
        # there a network" check; set by ``open_stores`` for real transports only.
        self.network_address: tuple[str, int] | None = None

    # --- requests (for subclasses) ------------------------------------------------

    async def _request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One request through the store's (paced) client; network failures become
        ``StoreUnavailable``."""
        return await send(self.client, self.id, method, url, **kwargs)

    def _read_json(self, response: httpx.Response, *, where: str = "") -> Any:
        """The JSON body, or the ``StoreError`` for what came instead; ``where`` (e.g.
        ``" (shop 35XY)"``) is added to a block's reason: a block may be regional."""
        try:
            return expect_json(response, self.id, markers=self.block_markers)
        except StoreBlocked as exc:
            if not where:
                raise
            raise StoreBlocked(self.id, error_detail(exc) + where) from exc

    async def _fetch_json(self, method: str, url: str, *, where: str = "", **kwargs: Any) -> Any:
        """``_request`` then ``_read_json``: the usual "send, expect JSON" of an API call."""
        return self._read_json(await self._request(method, url, **kwargs), where=where)

    # --- the contract -------------------------------------------------------------

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
        if not self.capabilities.text_search:
            return StoreStatus(
                store=self.id,
                status=Status.OK,
                message="Поиска по названию нет; проверка не делалась.",
            )
        try:
            await self.search("молоко", None, limit=1)
        except (KorzinaError, httpx.HTTPError) as exc:
            return status_from_error(self.id, exc)
        return StoreStatus(store=self.id, status=Status.OK)

    async def aclose(self) -> None:
        await self.client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # A failing close must not hide the answer or the error already on its way up.
        try:
            await self.aclose()
        except Exception:
            log.warning("closing %s failed", self.id, exc_info=True)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id} {self.settings.base_url}>"


# Statuses are shown to people in tables and chat messages: one short line of detail.
DETAIL_LIMIT = 160


def error_detail(exc: BaseException) -> str:
    """The technical part of an error message: no ``store:`` prefix, one line, bounded.

    Browser errors carry a multi-line call log; that stays in the log, not the status.
    """
    text = str(exc)
    if isinstance(exc, StoreError) and text.startswith(f"{exc.store}: "):
        text = text[len(exc.store) + 2 :]
    text = text.strip().splitlines()[0] if text.strip() else ""
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1] + "…"


def status_from_error(
    store_id: str, exc: BaseException, *, shop_id: str | None = None
) -> StoreStatus:
    """The status a failed store call gets: blocked, timeout or error.

    ``message`` is the error's Russian ``user_message`` (what a person reads); ``detail``
    is the technical reason, one bounded line (what a developer reads in JSON or logs).
    """
    if isinstance(exc, StoreBlocked):
        status = Status.BLOCKED
    elif (isinstance(exc, StoreUnavailable) and exc.timeout) or isinstance(
        exc, (TimeoutError, httpx.TimeoutException)
    ):
        status = Status.TIMEOUT
    else:
        status = Status.ERROR
    detail = error_detail(exc)
    if isinstance(exc, KorzinaError):
        message = exc.user_message
        if detail in {exc.user_message, getattr(exc, "store", "")}:
            detail = ""
    elif isinstance(exc, TimeoutError):
        message = "Магазин не ответил вовремя."
    elif isinstance(exc, httpx.HTTPError):
        message = StoreUnavailable.user_message
        detail = f"{type(exc).__name__}: {detail}"
    else:
        message = "Внутренняя ошибка модуля магазина."
        detail = f"{type(exc).__name__}: {detail}"
    return StoreStatus(
        store=store_id, status=status, message=message, detail=detail or None, shop_id=shop_id
    )
