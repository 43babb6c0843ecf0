"""Every recorded Магнит response is read by the adapter or listed as unused with a reason.

See tests/plugins/recorded_table.py. Values are those of the recorded files
(tests/fixtures/magnit/recorded/, INDEX.md).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest

from korzina.core.models import Offer, PackSize, Shop, SizeUnit
from korzina.plugins.magnit import normalize
from korzina.plugins.magnit.client import MagnitStore
from tests.conftest import recorded
from tests.plugins.recorded_table import (
    Consumed,
    Unused,
    check_accounted,
    recorded_files,
    stale_entries,
)

STORE = "magnit"
GOODS = "noen51-webgate-v2-goods-search-category-65057.json"
SHOP = Shop(store=STORE, shop_id="320040")


# --- consumed ----------------------------------------------------------------


def _goods_offers(data: Any) -> list[Offer]:
    """What MagnitStore does with a goods/search page: ``goods_page`` then ``offer``."""
    return [normalize.offer(i, shop_id="320040") for i in normalize.goods_page(data).items]


def _goods(offers: list[Offer]) -> None:
    assert len(offers) == 16
    [blini] = [o for o in offers if o.product_id == "1000394738"]
    assert blini.name == "Блины с мясом 180г"
    assert (blini.price, blini.regular_price) == (Decimal("81.99"), Decimal("113.99"))
    assert blini.promo_until == datetime(2026, 8, 16, 23, 59, 59, tzinfo=UTC)
    assert blini.pack == PackSize(value=Decimal(180), unit=SizeUnit.G)


def _facets(facets: normalize.Facets) -> None:
    assert facets.total == 724
    assert facets.brands[:3] == [("Bibigo", 3), ("Dr. Oetker", 6), ("Green Ribbon", 4)]


# The x-* headers the adapter sends on every gateway call, as the real web client does.
_CLIENT_HEADERS = (
    "x-app-version",
    "x-client-name",
    "x-device-platform",
    "x-new-magnit",
    "x-platform-version",
)


def _headers_of_the_har_and_the_adapter(har: Any) -> tuple[dict[str, str], httpx.Headers]:
    """The HAR's request headers, and those MagnitStore sends with the HAR's device id."""
    recorded_headers = {h["name"]: h["value"] for h in har["request"]["headers"]}
    sent: list[httpx.Headers] = []

    def serve(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers)
        return httpx.Response(200, content=recorded(STORE, GOODS).read_bytes())

    async def one_search() -> None:
        base = MagnitStore.default_settings
        options = {
            **base.options,
            "device_id": recorded_headers["x-device-id"],
            "device_tag": recorded_headers["x-device-tag"],
        }
        settings = base.model_copy(update={"min_interval_s": 0.0, "options": options})
        async with httpx.AsyncClient(
            base_url="https://magnit.ru", transport=httpx.MockTransport(serve)
        ) as client:
            # The recorded goods are priced for storeCode 320040.
            await MagnitStore(client, settings).search("молоко", SHOP, limit=1)

    asyncio.run(one_search())
    return recorded_headers, sent[0]


def _headers(pair: tuple[dict[str, str], httpx.Headers]) -> None:
    har, adapter = pair
    assert har["x-app-version"] == "2026.6.24-17.37"
    assert {k: adapter[k] for k in _CLIENT_HEADERS} == {k: har[k] for k in _CLIENT_HEADERS}
    assert adapter["x-device-id"] == har["x-device-id"] == "350efbb0-376a-4b9f-84d2-54591c36673c"
    assert (
        adapter["x-device-tag"] == har["x-device-tag"] == "5ef89830-46e1-4e87-b349-b9e87363ae26_0"
    )


CONSUMED: dict[str, Consumed] = {
    GOODS: Consumed(_goods_offers, _goods),
    "shoptv-webgate-v1-goods-filters.json": Consumed(normalize.facets, _facets),
    # MagnitStore's request headers (client.py DEFAULT_OPTIONS cite this file).
    "shoptv-har-webgate-carts-lite-headers.excerpt.json": Consumed(
        _headers_of_the_har_and_the_adapter, _headers
    ),
}

UNUSED: dict[str, Unused] = {}


@pytest.mark.parametrize("name", recorded_files(STORE))
def test_recorded_file_is_read_by_the_adapter_or_listed_unused_with_a_reason(name: str) -> None:
    check_accounted(STORE, name, CONSUMED, UNUSED)


def test_the_tables_name_only_recorded_files_that_exist() -> None:
    assert stale_entries(STORE, CONSUMED, UNUSED) == []
