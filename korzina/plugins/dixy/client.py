"""Дикси: dixy.ru (1C-Bitrix behind Qrator), through the browser transport by default.

What STORES.md section 4 documents, and how this adapter uses it:

- section products: ``GET /ajax/listing-json.php?block=product-list&sid=<sid>&perPage=30
  &page=N&gl_filter=&useTracking=true`` (body starts with "\\n"; stop on ``isLastPage`` or
  ``page >= pages_count``; an empty ``[]`` may come back without error: retry once);
- sections: links with two path segments on ``/catalog/``; each section's ``sid`` from
  ``"sid": <n>`` in the section page;
- text search: the site's page ``/catalog/?q=<q>`` (HTML cards), falling back to
  ``listing-json.php`` with ``searchQuery=`` when the page has no cards;
- product refresh: the product page's ``module.initElementData({...})`` (older pages:
  the ``.card__price-num`` block);
- shops: ``/ajax/stores-json.php`` (about 2,200; nearest computed here); the shop is
  chosen by ``POST /ajax/ajax.php`` ``action=saveStore`` and its ``store_info`` is sent
  as a cookie on later calls (the browser keeps the cookie itself).

Plain HTTP is refused by Qrator (STORES.md); ``transport="browser"`` opens
``https://dixy.ru/`` first and runs every request as ``fetch`` inside that page.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from typing import Any, ClassVar

import httpx

from korzina.core.errors import (
    IncompleteReply,
    ShapeChanged,
    StoreBlocked,
    StoreRateLimited,
    StoreUnavailable,
)
from korzina.core.models import Category, Location, Offer, Shop
from korzina.core.store import Capabilities, StoreAdapter, StoreSettings
from korzina.core.store_http import retry_after_s
from korzina.plugins.dixy import normalize

log = logging.getLogger(__name__)

LISTING = "/ajax/listing-json.php"
CATALOG = "/catalog/"
STORES = "/ajax/stores-json.php"
AJAX = "/ajax/ajax.php"
PER_PAGE = 30

HTML_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


class DixyStore(StoreAdapter):
    """«Дикси»: section listings, site search, product pages and shops of dixy.ru."""

    id: ClassVar[str] = "dixy"
    display_name: ClassVar[str] = "Дикси"
    block_markers: ClassVar[tuple[str, ...]] = normalize.BLOCK_MARKERS
    capabilities: ClassVar[Capabilities] = Capabilities(
        text_search=True, category_crawl=True, per_shop_prices=True, shop_finder=True
    )
    default_settings: ClassVar[StoreSettings] = StoreSettings(
        base_url="https://dixy.ru",
        transport="browser",
        warmup_url="https://dixy.ru/",
        timeout_s=30.0,
        # moya-korzina walked 500 pages at one request a second; faster got the IP flagged.
        min_interval_s=1.0,
    )

    def __init__(self, client: httpx.AsyncClient, settings: StoreSettings) -> None:
        super().__init__(client, settings)
        self._store_info: dict[str, str] = {}  # shop id → store_info cookie value
        self._sids: dict[str, str] = {}  # section path → sid
        self._urls: dict[str, str] = {}  # xml_id → product page path, from offers seen
        # Cards without a price (hidePrice or "0.00") are skipped; counted here.
        self.skipped_no_price = 0

    # --- plumbing -----------------------------------------------------------

    async def _get(self, path: str, shop: Shop | None, **kwargs: Any) -> httpx.Response:
        headers: dict[str, str] = dict(kwargs.pop("headers", {}))
        if shop is not None:
            value = await self._select(shop)
            headers["Cookie"] = f"store_info={value}"
        return await self._request("GET", path, headers=headers, **kwargs)

    async def _json(self, path: str, shop: Shop | None, **kwargs: Any) -> Any:
        return self._read_json(await self._get(path, shop, **kwargs))

    async def _html(self, path: str, shop: Shop | None, **kwargs: Any) -> str:
        response = await self._get(path, shop, headers={"Accept": HTML_ACCEPT}, **kwargs)
        status = response.status_code
        text = response.text
        reason = normalize.block_reason(text)
        if status == 429 and not reason:
            wait = retry_after_s(response)
            raise StoreRateLimited(self.id, f"HTTP 429 from GET {path}", retry_after=wait)
        if status in (401, 403, 429) or reason:
            raise StoreBlocked(self.id, f"HTTP {status}: {reason or 'access denied'}")
        if status >= 400:
            raise StoreUnavailable(self.id, f"HTTP {status} from GET {response.url.path}")
        # Every page is read whole or not at all: a catalogue cut short would lose
        # sections, a product page its initElementData (STORES.md: pages end in </html>).
        if not normalize.page_complete(text):
            raise IncompleteReply(self.id, f"page {response.url.path} cut short: no </html>")
        return text

    async def _select(self, shop: Shop) -> str:
        """Choose ``shop`` on the site once (``saveStore``); its ``store_info`` cookie value."""
        if value := self._store_info.get(shop.shop_id):
            return value
        coords = f"{shop.location.lat},{shop.location.lon}" if shop.location else ""
        form = {
            "action": "saveStore",
            "isDelivery": "false",
            "store_id": shop.shop_id,
            "coords": coords,
            "address": shop.address or "",
        }
        data = await self._fetch_json("POST", AJAX, data=form)
        value = normalize.store_info(data)
        self._store_info[shop.shop_id] = value
        return value

    def _keep(self, found: normalize.Offers) -> list[Offer]:
        self.skipped_no_price += found.skipped_no_price
        if found.skipped_no_price:
            log.info("dixy: %d cards without a price skipped", found.skipped_no_price)
        for o in found.offers:
            if o.url:
                self._urls[o.product_id] = o.url.removeprefix(normalize.SITE)
        return found.offers

    async def _listing(
        self, params: dict[str, str], shop: Shop | None
    ) -> AsyncIterator[list[Offer]]:
        """Pages of listing-json from page 1 to the last, one list of offers per page."""
        page = 1
        while True:
            query = {
                "block": "product-list",
                **params,
                "perPage": str(PER_PAGE),
                "page": str(page),
                "gl_filter": "",
                "useTracking": "true",
            }
            reply = normalize.listing_page(await self._json(LISTING, shop, params=query))
            if reply is None:
                # An empty reply without an error happens (Br0n1slav/dixy_sales): once more.
                reply = normalize.listing_page(await self._json(LISTING, shop, params=query))
                if reply is None:
                    if page == 1:
                        return  # nothing there at all
                    raise StoreUnavailable(self.id, f"empty listing page {page} twice: {params}")
            yield self._keep(normalize.offers(reply.cards, shop_id=shop.shop_id if shop else None))
            last = reply.pages_count is not None and page >= reply.pages_count
            if reply.is_last or last or not reply.cards:
                return
            page += 1

    # --- StoreAdapter ---------------------------------------------------------

    async def search(self, query: str, shop: Shop | None = None, *, limit: int = 30) -> list[Offer]:
        shop_id = shop.shop_id if shop else None
        html = await self._html(CATALOG, shop, params={"q": query})
        found = self._keep(normalize.search_page(html, shop_id=shop_id))
        if not found:
            async for page in self._listing({"searchQuery": query}, shop):
                found.extend(page)
                if len(found) >= limit:
                    break
        return found[:limit]

    async def categories(self, shop: Shop | None = None) -> list[Category]:
        return normalize.sections(await self._html(CATALOG, shop))

    async def section_sid(self, category: Category, shop: Shop | None = None) -> str:
        """The listing ``sid`` of a section: a numeric id is one already, a path is looked
        up in the section page."""
        if category.category_id.isdigit():
            return category.category_id
        if sid := self._sids.get(category.category_id):
            return sid
        sid = normalize.section_sid(await self._html(category.category_id, shop))
        if sid is None:
            raise ShapeChanged(self.id, '"sid"', f"not found in {category.category_id}")
        self._sids[category.category_id] = sid
        return sid

    async def category_offers(
        self, category: Category, shop: Shop | None = None
    ) -> AsyncIterator[Offer]:
        sid = await self.section_sid(category, shop)
        async for page in self._listing({"sid": sid}, shop):
            for o in page:
                yield o

    async def price(self, product_ids: Sequence[str], shop: Shop | None = None) -> list[Offer]:
        """Current offers from product pages (``/product/<slug>-<xml_id>/``).

        ``/product/<xml_id>/`` is a 404, so the page address comes from an offer this
        adapter has seen, or the id is given as the full ``<slug>-<xml_id>`` code; else the
        site search is asked for the article and the card whose link ends with it is used.
        """
        found: list[Offer] = []
        for pid in dict.fromkeys(product_ids):
            path = self._urls.get(pid)
            if path is None and "-" in pid:
                path = f"/product/{pid}/"
            if path is None:
                hits = [o for o in await self.search(pid, shop, limit=10) if o.product_id == pid]
                found.extend(hits[:1])
                continue
            card = normalize.product_card(await self._html(path, shop))
            if card is None:
                log.warning("dixy: no initElementData on %s", path)
                continue
            o = normalize.offer(card, shop_id=shop.shop_id if shop else None)
            if o is None:
                self.skipped_no_price += 1
            else:
                found.append(o)
        return found

    async def find_shops(self, location: Location, *, limit: int = 5) -> list[Shop]:
        return normalize.shops(await self._json(STORES, None), location)[:limit]
