"""A market that publishes its prices as a CSV file at a URL.

It shows the minimum a store needs: class attributes, the async methods, and
normalization into ``Offer``. The CSV comes over HTTP through the client korzina
builds, so base-URL overrides and injected transports work as for the built-in stores.
"""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Sequence

from korzina.core.errors import ShapeChanged
from korzina.core.models import Category, Location, Offer, Shop, SoldBy, money
from korzina.core.store import Capabilities, StoreAdapter, StoreSettings
from korzina.core.units import parse_pack, unit_price

REQUIRED = ("product_id", "name", "price", "unit", "category")


class MarketPriceListStore(StoreAdapter):
    id = "example_market"
    display_name = "Рынок у дома (пример)"
    capabilities = Capabilities(
        text_search=True, category_crawl=True, per_shop_prices=False, shop_finder=False
    )
    default_settings = StoreSettings(base_url="https://market.example.org", min_interval_s=1.0)

    async def _price_list(self) -> list[Offer]:
        response = await self._request("GET", "/prices.csv")
        response.raise_for_status()
        rows = list(csv.DictReader(io.StringIO(response.text)))
        if rows and (missing := [c for c in REQUIRED if c not in rows[0]]):
            raise ShapeChanged(self.id, missing[0], "column missing from prices.csv")
        offers = []
        for row in rows:
            sold_by = SoldBy.KG if row["unit"] == "кг" else SoldBy.PIECE
            price = money(row["price"])
            pack = parse_pack(row["name"])
            per_unit = unit_price(price, sold_by, pack)
            offers.append(
                Offer(
                    store=self.id,
                    product_id=row["product_id"],
                    name=row["name"],
                    category_path=(row["category"],),
                    price=price,
                    sold_by=sold_by,
                    pack=pack,
                    unit_price=per_unit[0] if per_unit else None,
                    unit_price_unit=per_unit[1] if per_unit else None,
                )
            )
        return offers

    async def search(self, query: str, shop: Shop | None = None, *, limit: int = 30) -> list[Offer]:
        words = query.lower().split()
        found = [o for o in await self._price_list() if all(w in o.name.lower() for w in words)]
        return found[:limit]

    async def categories(self, shop: Shop | None = None) -> list[Category]:
        names = sorted({o.category_path[0] for o in await self._price_list()})
        return [Category(store=self.id, category_id=n, name=n, path=(n,)) for n in names]

    async def category_offers(
        self, category: Category, shop: Shop | None = None
    ) -> AsyncIterator[Offer]:
        for offer in await self._price_list():
            if offer.category_path == (category.category_id,):
                yield offer

    async def price(self, product_ids: Sequence[str], shop: Shop | None = None) -> list[Offer]:
        wanted = set(product_ids)
        return [o for o in await self._price_list() if o.product_id in wanted]

    async def find_shops(self, location: Location, *, limit: int = 5) -> list[Shop]:
        # One market, no shop finder (capabilities.shop_finder is False).
        return []
