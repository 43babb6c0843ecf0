"""Every recorded Пятёрочка response is read by the adapter or listed as unused with a reason.

See tests/plugins/recorded_table.py. Values are those of the recorded files
(tests/fixtures/pyaterochka/recorded/, INDEX.md).
"""

from __future__ import annotations

import asyncio
import uuid
from decimal import Decimal
from typing import Any

import httpx
import pytest

from korzina.core.http import build_client
from korzina.core.models import Category, Offer, PackSize, Shop, SizeUnit, SoldBy
from korzina.plugins.pyaterochka import normalize
from korzina.plugins.pyaterochka.client import PyaterochkaStore
from tests.conftest import load_json, recorded
from tests.plugins.recorded_table import (
    Consumed,
    Unused,
    check_accounted,
    recorded_files,
    stale_entries,
)

STORE = "pyaterochka"


def _by_plu(offers: list[Offer], plu: str) -> Offer:
    [offer] = [o for o in offers if o.product_id == plu]
    return offer


# --- consumed ----------------------------------------------------------------


def _search(offers: list[Offer]) -> None:
    cola = _by_plu(offers, "4429993")
    assert cola.name == "Напиток Кола Добрый с пониженной калорийностью газированный 1л"
    assert (cola.price, cola.regular_price) == (Decimal("89.99"), Decimal("89.99"))
    assert cola.pack == PackSize(value=Decimal(1), unit=SizeUnit.L)


def _tree(cats: list[Category]) -> None:
    [deals] = [c for c in cats if c.category_id == "251C17046"]
    assert deals.path == ("Пятёрочка выручает!", "Скидки недели")
    assert deals.parent_id == "251C17045"


def _category_products(offers: list[Offer]) -> None:
    zefir = _by_plu(offers, "3406629")
    assert zefir.name == "Зефир Шарлиз глазированный ваниль 240г"
    assert (zefir.price, zefir.regular_price) == (Decimal("99.99"), Decimal("169.99"))
    assert zefir.is_promo
    assert zefir.pack == PackSize(value=Decimal(240), unit=SizeUnit.G)


def _products_line(offers: list[Offer]) -> None:
    # Same products[] shape as category products, without cpd_promo_price/is_available.
    assert len(offers) == 30
    coffee = _by_plu(offers, "3395339")
    assert coffee.name == "Кофе Egoiste Noir молотый 250г"
    assert coffee.price == Decimal("999.99")
    assert coffee.pack == PackSize(value=Decimal(250), unit=SizeUnit.G)
    macadamia = _by_plu(offers, "4137255")  # «Цена за 100 г» 99.99 / 119.90
    assert macadamia.sold_by is SoldBy.KG
    assert (macadamia.price, macadamia.regular_price) == (Decimal("999.90"), Decimal("1199.00"))


def _detail(offer: Offer) -> None:
    assert (offer.product_id, offer.brand) == ("3395339", "Egoiste")
    assert offer.price == Decimal("999.99")


def _store_at_point(shop: Shop) -> None:
    assert shop.shop_id == "J200"
    assert shop.address == "Москва, Новоалексеевская, 12с1"


def _default_sap(sap: str) -> None:
    assert sap == "35XY" == PyaterochkaStore.default_settings.default_shop_id


def _device_id_sent(device_id: str) -> list[str]:
    """The X-DEVICE-ID the adapter sends: with the recorded id as option, then by default."""
    sent: list[str] = []

    def serve(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["x-device-id"])
        return httpx.Response(200, json=load_json(recorded(STORE, "oi-search-v3-kola.json")))

    async def one_search(options: dict[str, str]) -> None:
        base = PyaterochkaStore.default_settings
        settings = base.model_copy(
            update={
                "transport": "http",
                "min_interval_s": 0.0,
                "options": {**base.options, **options},
            }
        )
        async with build_client(settings, transport=httpx.MockTransport(serve)) as client:
            await PyaterochkaStore(client, settings).search("кола", limit=1)

    asyncio.run(one_search({"device_id": device_id}))
    asyncio.run(one_search({}))
    return [device_id, *sent]


def _device_id(ids: list[str]) -> None:
    recorded_id, with_option, by_default = ids
    assert recorded_id == "188d3372-0a31-47f9-a043-252dc59d6f4f"
    assert with_option == recorded_id
    # The site's id is a random UUID4; the adapter makes one of the same kind.
    assert uuid.UUID(recorded_id).version == uuid.UUID(by_default).version == 4


CONSUMED: dict[str, Consumed] = {
    "oi-search-v3-kola.json": Consumed(normalize.offers_from_products, _search),
    "oi-categories-tree-v2.json": Consumed(normalize.categories_from_tree, _tree),
    "oi-category-products-v2.json": Consumed(normalize.offers_from_products, _category_products),
    "oi-category-products-line-v1.json": Consumed(normalize.offers_from_products, _products_line),
    "oi-product-info-v2.json": Consumed(normalize.offer_from_detail, _detail),
    "oi-orders-stores-by-coords.json": Consumed(
        normalize.shop_from_store_at_point, _store_at_point
    ),
    "oi-localstorage-DeliveryPanelStore.json": Consumed(normalize.default_sap_code, _default_sap),
    # PyaterochkaStore's X-DEVICE-ID header (option device_id).
    "oi-localstorage-deviceId.json": Consumed(_device_id_sent, _device_id),
}


# --- not used by the adapter -------------------------------------------------


def _extended(data: Any) -> None:
    assert data["name"] == "Пятёрочка выручает!"
    assert [t["name"] for t in data["categories_tags"]] == [
        "Скидки недели",
        "Выгодно",
        "Новинки с доставкой",
    ]


def _geocode(data: Any) -> None:
    [first, *_] = data["response"]["GeoObjectCollection"]["featureMember"]
    obj = first["GeoObject"]
    assert obj["metaDataProperty"]["GeocoderMetaData"]["text"] == "Россия, Москва, проспект Мира"
    assert obj["Point"]["pos"] == "37.637919 55.812332"


def _suggest(data: Any) -> None:
    assert data["results"][0]["address"]["formatted_address"] == "Армавир, улица Маршала Баграмяна"


def _promo_offers(data: Any) -> None:
    offers = data["offers"]
    assert len(offers) == 11
    assert offers[0]["title"] == "Не провороньте скидки!"
    assert not any("price" in key for offer in offers for key in offer)


UNUSED: dict[str, Unused] = {
    "oi-category-extended-v2.json": Unused(
        "one group's header and child ids: the v2 category tree already has every group's children",
        _extended,
    ),
    "oi-maps-geocode.json": Unused(
        "the site's address geocoder: korzina is given coordinates, it does not geocode",
        _geocode,
    ),
    "oi-maps-suggest.json": Unused(
        "address suggestions for the site's search box: no shops or prices", _suggest
    ),
    "oi-public-promo-offers.json": Unused(
        "promo banners (title, link, dates): no products or prices", _promo_offers
    ),
}


@pytest.mark.parametrize("name", recorded_files(STORE))
def test_recorded_file_is_read_by_the_adapter_or_listed_unused_with_a_reason(name: str) -> None:
    check_accounted(STORE, name, CONSUMED, UNUSED)


def test_the_tables_name_only_recorded_files_that_exist() -> None:
    assert stale_entries(STORE, CONSUMED, UNUSED) == []
