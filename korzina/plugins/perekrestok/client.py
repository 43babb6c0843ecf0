"""The Перекрёсток adapter: ``/api/customer/1.4.1.0`` (STORES.md section 3).

- Session: GET the site root; it sets cookie ``session`` = URL-encoded ``j:{"accessToken"…}``;
  API calls send ``Auth: Bearer <accessToken>``. On ``error.code == "ACCESS_TOKEN_EXPIRED"``
  or 401 the session is renewed once and the request retried. Under the browser transport
  the cookie lives in the browser (fetch hides ``Set-Cookie``) and the transport adds the
  ``Auth`` header the site's own scripts send, so a missing cookie is not an error there.
- Shop: chosen server-side for the session: ``PUT /delivery/mode/pickup/{shopId}``, then
  poll ``/user/current`` until ``content.deliveryMode.shop.id`` matches (not instant,
  Tradash/perekrestokPrice). Redone after every new session. No shop = the anonymous
  visitor's Moscow default.
- Category products: ``POST /catalog/product/feed`` page by page until
  ``paginator.nextPageExists`` is false.
- Every reply: JSON ``Content-Type`` and a ``content`` key, else blocked / shape changed.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import Any, ClassVar

import httpx

from korzina.core.errors import ShapeChanged, StoreBlocked, StoreUnavailable
from korzina.core.models import Category, Location, Offer, Shop
from korzina.core.store import Capabilities, StoreAdapter, StoreSettings
from korzina.core.store_http import COMMON_BLOCK_MARKERS, block_reason, check_access
from korzina.plugins.perekrestok import normalize

# The anti-bot texts and stub STORES.md lists under «Blocked if» for perekrestok.ru.
BLOCK_MARKERS: tuple[str, ...] = (
    *COMMON_BLOCK_MARKERS,
    "Мы хотим убедиться, что имеем дело именно с вами",
    "url=/exhkqyad",
    "разверните картинку",
)

TOKEN_EXPIRED = "ACCESS_TOKEN_EXPIRED"
# STORES.md: perPage 1..100.
MAX_PER_PAGE = 100


class PerekrestokStore(StoreAdapter):
    id: ClassVar[str] = "perekrestok"
    display_name: ClassVar[str] = "Перекрёсток"
    block_markers: ClassVar[tuple[str, ...]] = BLOCK_MARKERS
    # Both X5 chains number products by one PLU (STORES.md: the id is the PLU).
    id_family: ClassVar[str | None] = "x5"
    capabilities: ClassVar[Capabilities] = Capabilities(
        text_search=True, category_crawl=True, per_shop_prices=True, shop_finder=True
    )
    default_settings: ClassVar[StoreSettings] = StoreSettings(
        base_url="https://www.perekrestok.ru/api/customer/1.4.1.0",
        transport="browser",
        warmup_url="https://www.perekrestok.ru/",
        min_interval_s=0.5,
        # None: the anonymous visitor's default (Moscow, city 81).
        default_shop_id=None,
        options={
            "per_page": str(MAX_PER_PAGE),
            "site_url": "https://www.perekrestok.ru",
            "image_size": "400x400",
            "shop_poll_attempts": "10",
            "shop_poll_interval_s": "0.5",
        },
    )

    def __init__(self, client: httpx.AsyncClient, settings: StoreSettings) -> None:
        super().__init__(client, settings)
        opts = settings.options
        self._per_page = max(1, min(MAX_PER_PAGE, int(opts.get("per_page", MAX_PER_PAGE))))
        self._site_url = opts.get("site_url", "https://www.perekrestok.ru").rstrip("/")
        self._image_size = opts.get("image_size", "400x400")
        self._poll_attempts = max(1, int(opts.get("shop_poll_attempts", "10")))
        self._poll_interval_s = float(opts.get("shop_poll_interval_s", "0.5"))
        # The session cookie is set by the site root, outside the API base.
        self._root = str(httpx.URL(settings.base_url).copy_with(path="/", query=None))
        self._token: str | None = None
        self._has_session = False
        # The shop selected for the current session (None: the anonymous default).
        self._shop: str | None = None
        # One session and one selected shop at a time: requests must not interleave.
        self._lock = asyncio.Lock()

    # --- session --------------------------------------------------------------

    def _session_cookie(self) -> str | None:
        value: str | None = None
        for cookie in self.client.cookies.jar:
            if cookie.name == "session" and cookie.value:
                value = cookie.value
        return value

    async def _new_session(self, *, fresh: bool = False) -> None:
        """GET the site root for a ``session`` cookie and its access token."""
        if fresh:
            self.client.cookies.clear()
        self._token, self._has_session, self._shop = None, False, None
        response = await self._request(
            "GET", self._root, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
        )
        check_access(response, self.id, markers=BLOCK_MARKERS, where=" on the site root")
        if stub := block_reason(response, BLOCK_MARKERS):
            # The ~1.8 KB stub with <meta refresh url=/exhkqyad> comes back as 200.
            raise StoreBlocked(self.id, f"site root: {stub}")
        if response.status_code >= 500:
            raise StoreUnavailable(self.id, f"HTTP {response.status_code} on the site root")
        cookie = self._session_cookie()
        if cookie is not None:
            self._token = normalize.access_token(cookie)
        elif self.settings.transport != "browser":
            raise StoreBlocked(self.id, "the site root set no `session` cookie")
        self._has_session = True

    def _headers(self) -> dict[str, str]:
        headers = {
            "Accept": "application/json, text/plain, */*",
            "Origin": self._site_url,
            "Referer": self._site_url + "/",
        }
        if self._token:
            headers["Auth"] = f"Bearer {self._token}"  # the site's header name
        return headers

    async def _send(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        json: Any = None,
    ) -> httpx.Response:
        return await self._request(method, path, params=params, json=json, headers=self._headers())

    @staticmethod
    def _expired(response: httpx.Response) -> bool:
        if response.status_code == 401:
            return True
        if "json" not in response.headers.get("content-type", ""):
            return False
        try:
            return normalize.error_code(response.json()) == TOKEN_EXPIRED
        except ValueError:
            return False

    def _decode(self, response: httpx.Response, shop_id: str | None) -> Any:
        data = self._read_json(response, where=f" (shop {shop_id or 'default'})")
        ctype = response.headers.get("content-type", "")
        if "json" not in ctype:
            raise ShapeChanged(self.id, "Content-Type", f"{ctype or 'none'}, not JSON")
        normalize.content(data)  # ShapeChanged("content") when the wrapper is gone
        return data

    # --- shop selection ---------------------------------------------------------

    async def _ensure_shop(self, wanted: str | None) -> None:
        if wanted == self._shop:
            return
        if wanted is None:
            # Back to the anonymous default: only a new cookie forgets a chosen shop.
            await self._new_session(fresh=True)
            return
        reply = self._decode(await self._send("PUT", f"/delivery/mode/pickup/{wanted}"), wanted)
        picked = normalize.picked_shop_id(reply)
        if picked is not None and picked != wanted:
            raise StoreUnavailable(self.id, f"asked for pickup shop {wanted}, got {picked}")
        for attempt in range(self._poll_attempts):
            if attempt:
                await asyncio.sleep(self._poll_interval_s)
            current = normalize.current_shop_id(
                self._decode(await self._send("GET", "/user/current"), wanted)
            )
            if current == wanted:
                self._shop = wanted
                return
        raise StoreUnavailable(
            self.id,
            f"shop {wanted} not confirmed by /user/current after {self._poll_attempts} polls",
        )

    async def _api(
        self,
        method: str,
        path: str,
        shop: Shop | None,
        *,
        params: Any = None,
        json: Any = None,
    ) -> Any:
        """One API call with the session and shop in place; one renewal on expiry."""
        wanted = shop.shop_id if shop is not None else self.settings.default_shop_id
        async with self._lock:
            for attempt in range(2):
                if not self._has_session:
                    await self._new_session()
                await self._ensure_shop(wanted)
                response = await self._send(method, path, params=params, json=json)
                if attempt == 0 and self._expired(response):
                    await self._new_session(fresh=True)
                    continue
                return self._decode(response, wanted)
        raise AssertionError("unreachable")  # pragma: no cover

    def _shop_id(self, shop: Shop | None) -> str | None:
        return shop.shop_id if shop is not None else self.settings.default_shop_id

    def _norm_kw(self) -> dict[str, str]:
        return {"site_url": self._site_url, "image_size": self._image_size}

    # --- StoreAdapter -------------------------------------------------------------

    async def search(self, query: str, shop: Shop | None = None, *, limit: int = 30) -> list[Offer]:
        # search/all answers with up to 10 products and no paging (STORES.md).
        params = [
            ("textQuery", query),
            ("entityTypes[]", "product"),
            ("entityTypes[]", "category"),
        ]
        data = await self._api("GET", "/catalog/search/all", shop, params=params)
        offers = normalize.offers_from_search(data, shop_id=self._shop_id(shop), **self._norm_kw())
        return offers[:limit]

    async def categories(self, shop: Shop | None = None) -> list[Category]:
        data = await self._api("POST", "/catalog/tree", shop)
        return normalize.categories_from_tree(data)

    async def category_offers(
        self, category: Category, shop: Shop | None = None
    ) -> AsyncIterator[Offer]:
        seen: set[str] = set()
        page = 1
        while True:
            body = {
                "filter": {"category": int(category.category_id)},
                "page": page,
                "perPage": self._per_page,
                "withBestProductReviews": False,
                "orderBy": "price",
                "orderDirection": "asc",
            }
            data = await self._api("POST", "/catalog/product/feed", shop, json=body)
            offers = normalize.offers_from_feed(
                data,
                shop_id=self._shop_id(shop),
                category_path=category.path or (category.name,),
                **self._norm_kw(),
            )
            for offer in offers:
                if offer.product_id not in seen:
                    seen.add(offer.product_id)
                    yield offer
            # An empty page also ends it, so a server that always says "more" cannot loop us.
            if not normalize.next_page_exists(data) or not offers:
                return
            page += 1

    async def product(self, plu: str, shop: Shop | None = None) -> Offer:
        """The product card by PLU: the price at the shop and the brand."""
        data = await self._api("GET", f"/catalog/product/plu{plu}", shop)
        return normalize.offer_from_card(data, shop_id=self._shop_id(shop), **self._norm_kw())

    async def price(self, product_ids: Sequence[str], shop: Shop | None = None) -> list[Offer]:
        return [await self.product(plu, shop) for plu in product_ids]

    async def find_shops(self, location: Location, *, limit: int = 5) -> list[Shop]:
        params = {
            "orderBy": "distance",
            "orderDirection": "asc",
            "lat": location.lat,
            "lng": location.lon,
            "page": 1,
            "perPage": limit,
        }
        # The anonymous session is enough to list shops; no shop needs selecting.
        async with self._lock:
            if not self._has_session:
                await self._new_session()
            response = await self._send("GET", "/shop", params=params)
            if self._expired(response):
                await self._new_session(fresh=True)
                response = await self._send("GET", "/shop", params=params)
            data = self._decode(response, None)
        return normalize.shops_from_list(data, origin=location)[:limit]
