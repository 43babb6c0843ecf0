"""Every recorded Перекрёсток response is read by the adapter or listed as unused with a reason.

See tests/plugins/recorded_table.py. Values are those of the recorded files
(tests/fixtures/perekrestok/recorded/, INDEX.md).
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

from korzina.core.models import Category, Location, Offer, PackSize, Shop, SizeUnit, SoldBy
from korzina.plugins.perekrestok import normalize
from tests.plugins.recorded_table import (
    Consumed,
    Unused,
    check_accounted,
    read_text,
    recorded_files,
    stale_entries,
)

STORE = "perekrestok"
# The point the recorded shop lists were asked for (INDEX.md: lat=55.7558&lng=37.6176).
MOSCOW = Location(lat=55.7558, lon=37.6176)


def _by_title(offers: list[Offer], title: str) -> Offer:
    [offer] = [o for o in offers if o.name == title]
    return offer


# --- consumed ----------------------------------------------------------------


def _search(offers: list[Offer]) -> None:
    milk = _by_title(offers, "Молоко питьевое ультрапастеризованное 3.2% Пр!ст, 970мл")
    assert (milk.product_id, milk.price) == ("3431579", Decimal("89.99"))
    assert milk.pack == PackSize(value=Decimal(970), unit=SizeUnit.ML)


def _feed(offers: list[Offer]) -> None:
    onion = _by_title(offers, "Лук салатный")
    assert onion.sold_by is SoldBy.KG
    assert (onion.price, onion.regular_price) == (Decimal("99.99"), Decimal("119.99"))


def _grouped_feed(offers: list[Offer]) -> None:
    assert len(offers) == 476
    cheese = offers[0]
    assert cheese.name == "Сыр мягкий Bonfesto Моцарелла мини 12 шариков 45%, 100г"
    assert cheese.price == Decimal("125.99")
    assert cheese.pack == PackSize(value=Decimal(100), unit=SizeUnit.G)


def _category_feed_preview(offers: list[Offer]) -> None:
    assert len(offers) == 24  # 8 per subcategory, 3 subcategories
    mandarins = _by_title(offers, "Мандарины Марокко")
    assert mandarins.sold_by is SoldBy.KG
    assert (mandarins.price, mandarins.regular_price) == (Decimal("189.99"), Decimal("229.99"))
    water = _by_title(offers, "Вода Псыж минеральная питьевая лечебно-столовая газированная, 1л")
    assert water.price == Decimal("69.99")
    assert water.pack == PackSize(value=Decimal(1), unit=SizeUnit.L)


def _similar(offers: list[Offer]) -> None:
    assert len(offers) == 24
    bag = offers[0]
    assert bag.product_id == "3498315"
    assert bag.name == "Пакет Арт Дизайн подарочный ST премиум в ассортименте"
    assert bag.price == Decimal("184.99")


def _card(offer: Offer) -> None:
    assert (offer.product_id, offer.brand, offer.price) == (
        "2103416",
        "Арт и Дизайн",
        Decimal("51.99"),
    )


def _tree(cats: list[Category]) -> None:
    [dairy] = [c for c in cats if c.category_id == "113"]
    assert dairy.name == "Молоко, сыр, яйца"
    assert dairy.parent_id is None and not dairy.is_leaf


def _nearest(shops: list[Shop]) -> None:
    assert [s.shop_id for s in shops] == ["1235", "595", "1256"]
    assert shops[0].name == "Аркадия"
    assert shops[0].location == Location(lat=55.74466361, lon=37.63002252)


def _shop_info(shop: Shop) -> None:
    assert (shop.shop_id, shop.name) == ("1", "ТЦ Белгород")
    assert shop.address == "Белгород Попова ул 36"
    assert shop.location == Location(lat=50.599874, lon=36.590546)
    assert shop.extra == {"city": "Белгород"}


def _shop_points(shops: list[Shop]) -> None:
    assert len(shops) == 1000
    # The same three nearest shops as shop_nearest_by_distance.json, same coordinates.
    assert [s.shop_id for s in shops[:3]] == ["1235", "595", "1256"]
    assert shops[0].location == Location(lat=55.74466361, lon=37.63002252)


def _picked(shop_id: str | None) -> None:
    assert shop_id == "1"


def _current(shop_id: str | None) -> None:
    assert shop_id is None  # content.deliveryMode is null: an anonymous, fresh session


CONSUMED: dict[str, Consumed] = {
    "catalog_search_all.json": Consumed(normalize.offers_from_search, _search),
    "catalog_product_feed.json": Consumed(normalize.offers_from_feed, _feed),
    "catalog_product_grouped-feed.json": Consumed(normalize.offers_from_groups, _grouped_feed),
    "catalog_category_feed_preview.json": Consumed(
        normalize.offers_from_groups, _category_feed_preview
    ),
    # content.items[] of feed items, the feed's shape.
    "catalog_product_similar.json": Consumed(normalize.offers_from_feed, _similar),
    "catalog_product_plu.json": Consumed(normalize.offer_from_card, _card),
    "catalog_tree.json": Consumed(normalize.categories_from_tree, _tree),
    "shop_nearest_by_distance.json": Consumed(
        functools.partial(normalize.shops_from_list, origin=MOSCOW), _nearest
    ),
    "shop_info.json": Consumed(normalize.shop_from_info, _shop_info),
    "shop_points.json": Consumed(
        functools.partial(normalize.shops_from_points, origin=MOSCOW), _shop_points
    ),
    "delivery_mode_pickup_PUT.json": Consumed(normalize.picked_shop_id, _picked),
    "user_current.json": Consumed(normalize.current_shop_id, _current),
}


# --- not used by the adapter -------------------------------------------------


def _category_full(data: Any) -> None:
    assert data["content"]["category"]["title"] == "Поздравляем любимых"
    assert [c["category"]["title"] for c in data["content"]["children"]] == [
        "Праздничный стол",
        "Подарки",
        "Сладкий комплимент",
    ]


def _review_aggregate(data: Any) -> None:
    [item] = data["content"]["items"]
    assert (item["categoryId"], item["avgProductsRating"]) == (1728, 486)


def _availability(data: Any) -> None:
    assert data["content"]["count"] == 153


def _plu_categories(data: Any) -> None:
    [primary] = [c for c in data["content"]["items"] if c["isPrimary"]]
    assert primary["title"] == "Сезонные товары"


def _reviews(data: Any) -> None:
    assert len(data["content"]["items"]) == 10
    assert data["content"]["items"][0]["rating"] == 500
    assert data["content"]["paginator"]["nextPageExists"] is True


def _review_count(data: Any) -> None:
    assert (data["content"]["total"], data["content"]["five"]) == (341, 334)


def _search_form(data: Any) -> None:
    content = data["content"]
    assert (content["priceFrom"], content["priceTo"], content["productCount"]) == (
        5199,
        799900,
        760,
    )
    assert content["searchFeatures"][0]["key"] == "brand"


def _delivery_address(data: Any) -> None:
    assert data["content"]["items"] == []


def _delivery_info(data: Any) -> None:
    assert data["content"]["available"] is False


def _courier(data: Any) -> None:
    assert data["content"]["mode"] == "courier"
    assert data["content"]["address"]["fullAddress"] == "Москва, Малая Бронная улица, 44"


def _switcher(data: Any) -> None:
    assert data["content"]["deliveryInfo"]["title"] == "Стандартная доставка"


def _dom_card(html: str) -> None:
    tree = LexborHTMLParser(html)
    link = tree.css_first(".product-card__title-link")
    price = tree.css_first(".product-card__price .price-new")
    assert link is not None and price is not None
    assert link.attributes["href"] == "/cat/1768/p/sanitized-ready-meal-4408829"
    assert price.text() == "199,99 ₽"


def _city_current(data: Any) -> None:
    city = data["content"]["city"]
    assert (city["id"], city["name"]) == (81, "Москва")


def _city_search(data: Any) -> None:
    assert [c["name"] for c in data["content"]["items"]] == [
        "Москва",
        "Щербинка (Москва)",
        "Москва, д.Рогозино",
    ]


def _reverse(data: Any) -> None:
    assert data["content"]["fullAddress"] == "Москва, Красная площадь, 1"
    assert data["content"]["location"]["coordinates"] == [37.61768, 55.755277]


def _suggests(data: Any) -> None:
    assert data["content"]["items"][0]["fullAddress"] == "Москва"


def _qualifier(data: Any) -> None:
    keys = [i["key"] for i in data["content"]["items"]]
    assert len(keys) == 21
    assert keys[0] == "discount_details_epl"


def _shop_features(data: Any) -> None:
    first = data["content"]["items"][0]
    assert (first["key"], first["title"]) == ("kofe-point", "Кофе-поинт")


_REVIEWS = "reviews and ratings: korzina compares prices, not ratings"
_GEO = "city/address lookup: korzina is given coordinates and finds shops by them"
_COURIER = "courier delivery: korzina compares shelf prices at a pickup shop"

UNUSED: dict[str, Unused] = {
    "catalog_category_full.json": Unused(
        "one category's subtree: catalog_tree.json already has every category and child",
        _category_full,
    ),
    "catalog_category_review_aggregate.json": Unused(_REVIEWS, _review_aggregate),
    "catalog_plu_shop-availability_count.json": Unused(
        "how many shops stock a PLU: korzina asks the chosen shop's own price", _availability
    ),
    "catalog_product_plu_categories.json": Unused(
        "a product's categories: offers take theirs from the listing or catalogPrimaryCategory",
        _plu_categories,
    ),
    "catalog_product_plu_review.json": Unused(_REVIEWS, _reviews),
    "catalog_product_plu_review_count.json": Unused(_REVIEWS, _review_count),
    "catalog_search_form.json": Unused(
        "filter facets: paging ends on nextPageExists and the brand comes from the card",
        _search_form,
    ),
    "delivery_address.json": Unused(
        "the user's saved courier addresses; " + _COURIER, _delivery_address
    ),
    "delivery_info.json": Unused("courier delivery terms; " + _COURIER, _delivery_info),
    "delivery_mode_courier_POST.json": Unused(
        "selects an address for courier mode; korzina selects a pickup shop", _courier
    ),
    "delivery_switcher.json": Unused("delivery tabs of the site's header; " + _COURIER, _switcher),
    "dom_catalog_product-card_SANITIZED_fixture.html": Unused(
        "synthetic markup, invented names and prices (INDEX.md); the adapter reads the JSON API",
        _dom_card,
        read_text,
    ),
    "geo_city_current.json": Unused(_GEO, _city_current),
    "geo_city_search.json": Unused(_GEO, _city_search),
    "geocoder_reverse.json": Unused(_GEO, _reverse),
    "geocoder_suggests.json": Unused(_GEO, _suggests),
    "qualifier.json": Unused("the site's feature flags: no products, shops or prices", _qualifier),
    "shop_features.json": Unused(
        "shop amenities (coffee point, battery collection): no prices", _shop_features
    ),
}


@pytest.mark.parametrize("name", recorded_files(STORE))
def test_recorded_file_is_read_by_the_adapter_or_listed_unused_with_a_reason(name: str) -> None:
    check_accounted(STORE, name, CONSUMED, UNUSED)


def test_the_tables_name_only_recorded_files_that_exist() -> None:
    assert stale_entries(STORE, CONSUMED, UNUSED) == []
