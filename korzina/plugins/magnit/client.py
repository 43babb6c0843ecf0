"""Магнит: the magnit.ru web gateway (``/webgate/…``) over plain HTTP.

Endpoints, bodies and headers are those of STORES.md section 2:

- goods by term or category: ``POST /webgate/v2/goods/search`` (shop in the body as
  ``storeCode``/``storeType``/``catalogType``; offset pagination to ``hasMore`` false,
  ``limit`` ≤ 50, offsets stop near 10 000, so crawl leaf categories);
- the category tree: ``GET /webgate/v3/categories/store/{storeCode}``;
- brand facets: ``POST /webgate/v1/goods/filters`` (the goods items have no brand: the
  category crawl attributes one by matching the facet's brand names in product names,
  and ``brands()`` exposes the facet itself);
- shops: ``POST /webgate/v1/stores-facade/search`` with a box around the point, sorted
  by distance here.

Qrator bans fast clients: at least ``min_interval_s`` (0.5 s) plus 0.1–0.5 s jitter
(option ``jitter_s``) between requests (IT-Arkhipov's notes, via STORES.md); the store's
paced transport (``korzina.core.http.PacedTransport``) applies both to every request.
"""

from __future__ import annotations

import logging
import math
import uuid
from collections.abc import AsyncIterator, Sequence
from typing import Any, ClassVar

import httpx

from korzina.core.errors import StoreError
from korzina.core.models import Category, Location, Offer, Shop
from korzina.core.store import Capabilities, StoreAdapter, StoreSettings
from korzina.plugins.magnit import normalize

log = logging.getLogger(__name__)

GOODS_SEARCH = "/webgate/v2/goods/search"
GOODS_FILTERS = "/webgate/v1/goods/filters"
CATEGORIES = "/webgate/v3/categories/store/{store_code}"
STORES_SEARCH = "/webgate/v1/stores-facade/search"

# The server caps ``limit`` at 50 and stops answering past offset ~10 000 (moya-korzina).
MAX_LIMIT = 50
MAX_OFFSET = 10_000

DEFAULT_OPTIONS: dict[str, str] = {
    # Working pair from the recorded goods sample; both vary by shop format [?].
    "store_type": "express",
    "catalog_type": "3",
    # Headers of the real web client (shoptv-har-webgate-carts-lite-headers.excerpt.json).
    "app_version": "2026.6.24-17.37",
    "platform_version": "Windows Chrome 149",
    # Empty: a fresh UUID per adapter, as a new browser would get.
    "device_id": "",
    # The web client's tag is its own UUID + "_0", not derived from the device id (HAR).
    "device_tag": "",
    # Extra random pause on top of min_interval_s, "low-high" seconds (the paced transport).
    "jitter_s": "0.1-0.5",
    "page_size": "50",
    # Half the side of the map box searched for shops, km.
    "shop_box_km": "3",
    # storeTypeListV2 of the stores-facade (supermarkets, hypermarkets, «у дома», …).
    "shop_types": "MM,MM_MINI,ME,GM,MC,MO,DG",
}


class MagnitStore(StoreAdapter):
    """«Магнит»: search, category crawl, brand facets and shops through the web gateway."""

    id: ClassVar[str] = "magnit"
    display_name: ClassVar[str] = "Магнит"
    capabilities: ClassVar[Capabilities] = Capabilities(
        text_search=True, category_crawl=True, per_shop_prices=True, shop_finder=True
    )
    default_settings: ClassVar[StoreSettings] = StoreSettings(
        base_url="https://magnit.ru",
        transport="http",
        timeout_s=15.0,
        min_interval_s=0.5,
        default_shop_id="992301",  # the site's default store (STORES.md)
        options=DEFAULT_OPTIONS,
    )

    def __init__(self, client: httpx.AsyncClient, settings: StoreSettings) -> None:
        super().__init__(client, settings)
        self.options = {**DEFAULT_OPTIONS, **settings.options}
        device = self.options["device_id"] or str(uuid.uuid4())
        self.headers = {
            "Accept": "application/json, text/plain, */*",
            "Content-Type": "application/json",
            "Origin": "https://magnit.ru",
            "Referer": "https://magnit.ru/",
            "x-app-version": self.options["app_version"],
            "x-client-name": "magnit",
            "x-device-id": device,
            "x-device-tag": self.options["device_tag"] or f"{uuid.uuid4()}_0",
            "x-device-platform": "Web",
            "x-platform-version": self.options["platform_version"],
            "x-new-magnit": "true",
        }

    # --- plumbing -----------------------------------------------------------

    async def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        return await self._fetch_json(method, path, headers=self.headers, **kwargs)

    def _shop_params(self, shop: Shop | None) -> dict[str, str]:
        code = shop.shop_id if shop else (self.settings.default_shop_id or "992301")
        extra = shop.extra if shop else {}
        return {
            "storeCode": code,
            "storeType": extra.get("storeType", self.options["store_type"]),
            "catalogType": extra.get("catalogType", self.options["catalog_type"]),
        }

    def _check_store(self, items: list[dict[str, Any]], asked: str) -> None:
        """Items echo the shop they are priced for; another shop's prices are not ours."""
        echoed = normalize.echoed_store_codes(items)
        if echoed - {asked}:
            raise StoreError(
                self.id,
                f"asked storeCode {asked}, items are priced for {sorted(echoed)}",
                user_message="Магнит вернул цены другого магазина.",
            )

    async def _goods(
        self, body: dict[str, Any], shop: Shop | None, *, limit: int
    ) -> AsyncIterator[tuple[normalize.GoodsPage, str]]:
        """Pages of goods/search for ``body`` (term or categories) from offset 0 to the end."""
        params = self._shop_params(shop)
        page_size = max(1, min(MAX_LIMIT, int(self.options["page_size"]), limit))
        offset = 0
        while True:
            payload = {
                **body,
                "includeAdultGoods": True,
                "pagination": {"limit": page_size, "offset": offset},
                "sort": {"order": "desc", "type": "popularity"},
                **params,
            }
            page = normalize.goods_page(await self._call("POST", GOODS_SEARCH, json=payload))
            self._check_store(page.items, params["storeCode"])
            yield page, params["storeCode"]
            if not page.has_more or not page.items:
                return
            offset = page.next_offset if page.next_offset else offset + len(page.items)
            if offset >= MAX_OFFSET:
                log.warning(
                    "magnit: stopped at offset %d (server cap ~%d): %s is incomplete, "
                    "crawl its leaf categories",
                    offset,
                    MAX_OFFSET,
                    body,
                )
                return

    # --- StoreAdapter ---------------------------------------------------------

    async def search(self, query: str, shop: Shop | None = None, *, limit: int = 30) -> list[Offer]:
        offers: list[Offer] = []
        async for page, code in self._goods({"term": query}, shop, limit=limit):
            offers.extend(normalize.offers(page.items, shop_id=code))
            if len(offers) >= limit:
                break
        return offers[:limit]

    async def categories(self, shop: Shop | None = None) -> list[Category]:
        params = self._shop_params(shop)
        data = await self._call(
            "GET",
            CATEGORIES.format(store_code=params["storeCode"]),
            params={"storetype": params["storeType"], "catalogtype": params["catalogType"]},
        )
        return normalize.categories(data)

    async def brands(self, category: Category, shop: Shop | None = None) -> list[tuple[str, int]]:
        """The category's brand facet: (brand, number of goods), as the site's filter shows."""
        return (await self._facets(category, shop)).brands

    async def _facets(self, category: Category, shop: Shop | None) -> normalize.Facets:
        params = self._shop_params(shop)
        body = {
            "storeCodes": [params["storeCode"]],
            "storeType": params["storeType"],
            "catalogType": params["catalogType"],
            "categoryIDs": [int(category.category_id)],
            "includeAdultGoods": True,
            "onlyDiscount": False,
            "filters": [],
        }
        return normalize.facets(await self._call("POST", GOODS_FILTERS, json=body))

    async def category_offers(
        self, category: Category, shop: Shop | None = None
    ) -> AsyncIterator[Offer]:
        # A tuple: attribute_brand caches its compiled pattern per brand list.
        brand_names = tuple(name for name, _ in (await self._facets(category, shop)).brands)
        path = category.path or (category.name,)
        body = {"categories": [int(category.category_id)]}
        async for page, code in self._goods(body, shop, limit=MAX_LIMIT):
            for offer in normalize.offers(
                page.items, shop_id=code, category_path=path, brands=brand_names
            ):
                yield offer

    async def price(self, product_ids: Sequence[str], shop: Shop | None = None) -> list[Offer]:
        """Current offers by product id: a term search by the article number.

        The gateway has no goods-by-id call; an article number as ``term`` is answered as
        an article search (``isSearchByArticle``, STORES.md). Only exact id matches count.
        """
        found: list[Offer] = []
        for pid in dict.fromkeys(product_ids):
            for offer in await self.search(pid, shop, limit=10):
                if offer.product_id == pid:
                    found.append(offer)
                    break
        return found

    async def find_shops(self, location: Location, *, limit: int = 5) -> list[Shop]:
        half_km = float(self.options["shop_box_km"])
        dlat = half_km / 111.0
        dlon = half_km / (111.0 * max(0.01, math.cos(math.radians(location.lat))))
        body = {
            "filters": {
                "geo": {
                    "typeName": "box",
                    "leftTopPoint": {
                        "latitude": round(location.lat + dlat, 6),
                        "longitude": round(location.lon - dlon, 6),
                    },
                    "rightBottomPoint": {
                        "latitude": round(location.lat - dlat, 6),
                        "longitude": round(location.lon + dlon, 6),
                    },
                },
                "storeTypeListV2": [
                    t.strip() for t in self.options["shop_types"].split(",") if t.strip()
                ],
            }
        }
        data = await self._call("POST", STORES_SEARCH, json=body)
        return normalize.shops(data, location)[:limit]
