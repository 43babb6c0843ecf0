"""The Пятёрочка adapter: ``5d.5ka.ru/api`` catalog endpoints (STORES.md section 1).

- The shop is the SAP code in every catalog URL (``/catalog/.../stores/{sap}/...``); no
  cookie is involved, so prices are the shop's own by construction.
- Plain HTTP gets 403 from ServicePipe since 2025, so the default transport is the browser
  (requests run as ``fetch`` inside a page that loaded https://5ka.ru/ first).
- Category pages: ``limit`` up to 499 and no total. A short page is the end; a full page
  may be truncated, so the price range is split (``price_min``/``price_max``) until every
  slice is short, deduplicating by PLU (ip52rus/5ka-moscow-parser, via STORES.md).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Sequence
from decimal import Decimal
from typing import Any, ClassVar

import httpx

from korzina.core.errors import ConfigError
from korzina.core.models import KOPECK, Category, Location, Offer, Shop
from korzina.core.store import Capabilities, StoreAdapter, StoreSettings
from korzina.core.store_http import COMMON_BLOCK_MARKERS
from korzina.plugins.pyaterochka import normalize

# ServicePipe's loading page has the title «loading https://5ka.ru/…» (STORES.md «Blocked if»).
BLOCK_MARKERS: tuple[str, ...] = (*COMMON_BLOCK_MARKERS, "<title>loading https://5ka.ru/")

# The API's largest page (STORES.md: limit 1..499).
MAX_PAGE = 499


class PyaterochkaStore(StoreAdapter):
    id: ClassVar[str] = "pyaterochka"
    display_name: ClassVar[str] = "Пятёрочка"
    block_markers: ClassVar[tuple[str, ...]] = BLOCK_MARKERS
    # Both X5 chains number products by one PLU (STORES.md: the id is the PLU).
    id_family: ClassVar[str | None] = "x5"
    capabilities: ClassVar[Capabilities] = Capabilities(
        text_search=True, category_crawl=True, per_shop_prices=True, shop_finder=True
    )
    default_settings: ClassVar[StoreSettings] = StoreSettings(
        base_url="https://5d.5ka.ru/api",
        transport="browser",
        warmup_url="https://5ka.ru/",
        # ip52rus waits 0.18-0.25 s between requests; be a little politer.
        min_interval_s=0.3,
        # The store the site picks for a new visitor: localStorage['DeliveryPanelStore']
        # .selectedStore.sapCode in the recorded sample (Москва, Севастопольский пр-т, 28к2).
        default_shop_id="35XY",
        options={
            "mode": "store",
            "page_limit": str(MAX_PAGE),
            "site_url": "https://5ka.ru",
            # Headers the site's scripts send to 5d.5ka.ru (tamdeshevle, 2026).
            "x_app_version": "8.45.0",
            "x_platform": "web",
            # Empty: a random UUID per adapter, as the site's localStorage['deviceId'].
            "device_id": "",
        },
    )

    def __init__(self, client: httpx.AsyncClient, settings: StoreSettings) -> None:
        super().__init__(client, settings)
        opts = settings.options
        self._mode = opts.get("mode", "store")
        self._page_limit = max(1, min(MAX_PAGE, int(opts.get("page_limit", MAX_PAGE))))
        self._site_url = opts.get("site_url", "https://5ka.ru").rstrip("/")
        self._headers = {
            "Accept": "application/json, text/plain, */*",
            "Origin": self._site_url,
            "Referer": self._site_url + "/",
            "X-APP-VERSION": opts.get("x_app_version", "8.45.0"),
            "X-PLATFORM": opts.get("x_platform", "web"),
            "X-DEVICE-ID": opts.get("device_id") or str(uuid.uuid4()),
        }

    # --- plumbing -------------------------------------------------------------

    def _sap(self, shop: Shop | None) -> str:
        sap = shop.shop_id if shop is not None else self.settings.default_shop_id
        if not sap:
            raise ConfigError(
                "pyaterochka: no shop and no default_shop_id",
                user_message="Для Пятёрочки не выбран магазин.",
            )
        return sap

    async def _get(self, path: str, params: dict[str, Any], *, sap: str | None) -> Any:
        # Say which shop was asked: the block may be specific to a region or IP.
        where = f" (shop {sap})" if sap else ""
        return await self._fetch_json(
            "GET", path, params=params, headers=self._headers, where=where
        )

    def _catalog_params(self, **extra: Any) -> dict[str, Any]:
        return {"mode": self._mode, "include_restrict": "true", **extra}

    # --- StoreAdapter ---------------------------------------------------------

    async def search(self, query: str, shop: Shop | None = None, *, limit: int = 30) -> list[Offer]:
        sap = self._sap(shop)
        data = await self._get(
            f"/catalog/v3/stores/{sap}/search",
            self._catalog_params(q=query, limit=max(1, min(limit, MAX_PAGE))),
            sap=sap,
        )
        offers = normalize.offers_from_products(data, shop_id=sap, site_url=self._site_url)
        return offers[:limit]

    async def categories(self, shop: Shop | None = None) -> list[Category]:
        sap = self._sap(shop)
        data = await self._get(
            f"/catalog/v2/stores/{sap}/categories",
            self._catalog_params(include_subcategories="0"),
            sap=sap,
        )
        return normalize.categories_from_tree(data)

    async def _page(
        self, sap: str, category: Category, lo: Decimal | None, hi: Decimal | None, offset: int
    ) -> Any:
        params = self._catalog_params(limit=self._page_limit)
        if offset:
            params["offset"] = offset
        if lo is not None and hi is not None:
            params["price_min"] = str(lo)
            params["price_max"] = str(hi)
        return await self._get(
            f"/catalog/v2/stores/{sap}/categories/{category.category_id}/products",
            params,
            sap=sap,
        )

    async def category_offers(
        self, category: Category, shop: Shop | None = None
    ) -> AsyncIterator[Offer]:
        sap = self._sap(shop)
        seen: set[str] = set()
        path = category.path or (category.name,)
        # Slices of the price range still to fetch; (None, None) is the whole category.
        todo: list[tuple[Decimal | None, Decimal | None]] = [(None, None)]
        while todo:
            lo, hi = todo.pop()
            data = await self._page(sap, category, lo, hi, 0)
            offers = normalize.offers_from_products(
                data, shop_id=sap, category_path=path, site_url=self._site_url
            )
            for offer in offers:
                if offer.product_id not in seen:
                    seen.add(offer.product_id)
                    yield offer
            if len(offers) < self._page_limit:
                continue  # a short page: this slice is complete
            if lo is None or hi is None:
                bounds = normalize.price_bounds(data)
                if bounds is None:
                    async for offer in self._by_offset(sap, category, None, None, path, seen):
                        yield offer
                    continue
                lo, hi = bounds
            if hi - lo < 2 * KOPECK:
                # One price and still a full page: the range cannot be split further.
                async for offer in self._by_offset(sap, category, lo, hi, path, seen):
                    yield offer
                continue
            mid = ((lo + hi) / 2).quantize(KOPECK)
            # Bounds may be inclusive or not (undocumented); slices share ``mid`` and
            # the PLU set removes the overlap.
            todo.append((mid, hi))
            todo.append((lo, mid))

    async def _by_offset(
        self,
        sap: str,
        category: Category,
        lo: Decimal | None,
        hi: Decimal | None,
        path: Sequence[str],
        seen: set[str],
    ) -> AsyncIterator[Offer]:
        """Offset pages of a slice that price splitting cannot shrink, to a short page."""
        offset = self._page_limit
        while True:
            data = await self._page(sap, category, lo, hi, offset)
            offers = normalize.offers_from_products(
                data, shop_id=sap, category_path=path, site_url=self._site_url
            )
            fresh = [o for o in offers if o.product_id not in seen]
            for offer in fresh:
                seen.add(offer.product_id)
                yield offer
            # A short page ends it; so does a page of repeats (the server ignored offset).
            if len(offers) < self._page_limit or not fresh:
                return
            offset += self._page_limit

    async def product(self, plu: str, shop: Shop | None = None) -> Offer:
        """One product's detail: the regular price and the brand (absent from listings)."""
        sap = self._sap(shop)
        data = await self._get(
            f"/catalog/v2/stores/{sap}/products/{plu}", self._catalog_params(), sap=sap
        )
        return normalize.offer_from_detail(data, shop_id=sap, site_url=self._site_url)

    async def price(self, product_ids: Sequence[str], shop: Shop | None = None) -> list[Offer]:
        return [await self.product(plu, shop) for plu in product_ids]

    async def find_shops(self, location: Location, *, limit: int = 5) -> list[Shop]:
        # The API answers with the single store serving the point, not a list.
        data = await self._get(
            "/orders/v1/orders/stores/", {"lon": location.lon, "lat": location.lat}, sap=None
        )
        return [normalize.shop_from_store_at_point(data)][:limit]
