"""Перекрёсток normalization against the recorded responses (fixtures/perekrestok/recorded)."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import pytest

from korzina.core.errors import ShapeChanged
from korzina.core.models import Location, Offer, PackSize, SizeUnit, SoldBy
from korzina.core.rejects import collect
from korzina.plugins.perekrestok import normalize
from tests.conftest import constructed, load_json, recorded


def _json(name: str) -> Any:
    return load_json(recorded("perekrestok", name))


def _by_title(offers: list[Offer], title: str) -> Offer:
    [offer] = [o for o in offers if o.name == title]
    return offer


@pytest.fixture(scope="module")
def search() -> list[Offer]:
    return normalize.offers_from_search(_json("catalog_search_all.json"))


@pytest.fixture(scope="module")
def feed() -> list[Offer]:
    return normalize.offers_from_feed(_json("catalog_product_feed.json"))


def test_search_item_has_its_recorded_price_pack_url_and_image(search: list[Offer]) -> None:
    milk = _by_title(search, "Молоко питьевое ультрапастеризованное 3.2% Пр!ст, 970мл")
    assert milk.product_id == "3431579"  # masterData.plu
    assert milk.price == Decimal("89.99")  # priceTag.price 8999 kopecks
    assert milk.regular_price == Decimal("89.99")  # grossPrice null: no discount
    assert milk.sold_by is SoldBy.PIECE
    assert milk.pack == PackSize(value=Decimal(970), unit=SizeUnit.ML)
    assert (milk.unit_price, milk.unit_price_unit) == (Decimal("92.77"), SizeUnit.L)
    assert milk.category_path == ("Молоко, сыр, яйца", "Молоко, сметана")
    assert milk.url == (
        "https://www.perekrestok.ru/cat/114/p/"
        "moloko-pitevoe-ultrapasterizovannoe-3-2-pr-st-970ml-3431579"
    )
    assert milk.image_url == (
        "https://tsx.x5static.net/i/400x400/xdelivery/files/59/b7/06ae325xd16739524760e67f3a33.jpg"
    )


def test_gross_price_is_the_regular_price_of_a_discounted_item(search: list[Offer]) -> None:
    milk = _by_title(search, "Молоко детское ультрапастеризованное 3.2% Сарафаново, 970мл")
    assert milk.price == Decimal("104.99")  # -17%
    assert milk.regular_price == Decimal("126.99")
    assert milk.is_promo


def test_multi_buy_price_is_not_taken_as_the_single_unit_price(feed: list[Offer]) -> None:
    # «-14% от 2 шт.»: 59.99 needs two; one costs grossPrice 69.99.
    garlic = _by_title(feed, "Чеснок, 3шт")
    assert garlic.price == Decimal("69.99")
    assert not garlic.is_promo
    # «-21% от 6 шт.» with grossPrice null: priceTag.price is all there is.
    water = _by_title(feed, "Вода питьевая Сенежская негазированная, 1.5л")
    assert water.price == Decimal("56.99")
    assert water.pack == PackSize(value=Decimal("1.5"), unit=SizeUnit.L)


def test_weighed_item_is_priced_per_kg(feed: list[Offer]) -> None:
    onion = _by_title(feed, "Лук салатный")  # masterData.unit 2
    assert onion.sold_by is SoldBy.KG
    assert onion.price == Decimal("99.99")
    assert onion.regular_price == Decimal("119.99")
    assert (onion.unit_price, onion.unit_price_unit) == (Decimal("99.99"), SizeUnit.KG)
    assert onion.pack is None


def test_pack_from_the_title_then_master_data(feed: list[Offer]) -> None:
    donut = _by_title(feed, "Пончик Перекрёсток Берлинский с варёной сгущёнкой, 2х64г")
    assert donut.pack == PackSize(value=Decimal(64), unit=SizeUnit.G, count=2)
    # No size in the title: masterData.weight 90 g.
    bag = _by_title(feed, "Сумка подарочная Арт и Дизайн DE 6.3х14.5х11.5см")
    assert bag.pack == PackSize(value=Decimal(90), unit=SizeUnit.G)


def test_item_without_a_catalog_category_still_gets_a_url(feed: list[Offer]) -> None:
    drink = _by_title(
        feed,
        "Напиток Party Time Asia Jelly K-Pop со вкусом мармеладных мишек газированный, 500мл",
    )
    assert drink.url is not None
    assert drink.url.startswith("https://www.perekrestok.ru/cat/423/p/")  # primaryCategory
    assert drink.price == Decimal("74.99")
    assert drink.regular_price == Decimal("99.99")


def test_every_recorded_product_list_parses(search: list[Offer], feed: list[Offer]) -> None:
    assert len(search) == len(_json("catalog_search_all.json")["content"]["products"]) == 10
    assert len(feed) == 48
    grouped = _json("catalog_product_grouped-feed.json")
    products = [p for group in grouped["content"]["items"] for p in group["products"]]
    offers = [normalize.offer_from_item(p) for p in products]
    similar = [
        normalize.offer_from_item(p)
        for p in _json("catalog_product_similar.json")["content"]["items"]
    ]
    assert len(offers) == 476
    for offer in [*search, *feed, *offers, *similar]:
        assert offer.price > 0
        assert offer.url is not None and offer.url.endswith(f"-{offer.product_id}")


def test_feed_paginator_says_whether_more_pages_exist() -> None:
    assert normalize.next_page_exists(_json("catalog_product_feed.json")) is True
    last = load_json(constructed("perekrestok", "catalog_product_feed-page3of3.json"))
    assert normalize.next_page_exists(last) is False


def test_product_card_gives_the_brand_and_price() -> None:
    offer = normalize.offer_from_card(_json("catalog_product_plu.json"))
    assert offer.product_id == "2103416"
    assert offer.brand == "Арт и Дизайн"
    assert offer.price == Decimal("51.99")
    assert offer.url == (
        "https://www.perekrestok.ru/cat/42/p/sumka-podarocnaa-art-i-dizajn-de-6-3h14-5h11-5sm-2103416"
    )
    assert offer.image_url is not None and "/i/400x400/" in offer.image_url


def test_category_tree_is_flattened_with_paths() -> None:
    cats = normalize.categories_from_tree(_json("catalog_tree.json"))
    roots = [c for c in cats if c.parent_id is None]
    assert len(roots) == 31
    dairy = next(c for c in roots if c.category_id == "113")
    assert dairy.name == "Молоко, сыр, яйца" and not dairy.is_leaf
    leaves = [c for c in cats if c.parent_id == "113"]
    assert len(leaves) == 16
    assert all(c.is_leaf and c.path[0] == "Молоко, сыр, яйца" for c in leaves)


def test_nearest_shops_have_locations_and_distances() -> None:
    origin = Location(lat=55.7558, lon=37.6176)
    shops = normalize.shops_from_list(_json("shop_nearest_by_distance.json"), origin=origin)
    assert [s.shop_id for s in shops] == ["1235", "595", "1256"]
    first = shops[0]
    assert first.name == "Аркадия"
    assert first.location == Location(lat=55.74466361, lon=37.63002252)
    assert first.extra == {"city": "Москва"}
    assert first.distance_m is not None and 1000 < first.distance_m < 2000


def test_pickup_reply_and_current_user_name_the_selected_shop() -> None:
    assert normalize.picked_shop_id(_json("delivery_mode_pickup_PUT.json")) == "1"
    assert normalize.current_shop_id(_json("user_current.json")) is None  # anonymous
    selected = load_json(constructed("perekrestok", "user_current-pickup-shop-1.json"))
    assert normalize.current_shop_id(selected) == "1"


def test_access_token_is_read_from_the_session_cookie() -> None:
    # Constructed cookie in the documented shape: URL-encoded j:{...}.
    value = quote('j:{"accessToken":"eyJ.abc","refreshToken":"r","accessTokenExpiredAt":1}')
    assert normalize.access_token(value) == "eyJ.abc"
    with pytest.raises(ShapeChanged):
        normalize.access_token(quote('j:{"refreshToken":"r"}'))


def test_expired_token_error_code_is_recognised() -> None:
    body = load_json(constructed("perekrestok", "error-access-token-expired.json"))
    assert normalize.error_code(body) == "ACCESS_TOKEN_EXPIRED"
    assert normalize.error_code(_json("user_current.json")) is None


def test_one_item_without_a_price_tag_is_dropped_and_named_the_rest_kept() -> None:
    data = copy.deepcopy(_json("catalog_product_feed.json"))
    total = len(data["content"]["items"])
    title = data["content"]["items"][5]["title"]
    del data["content"]["items"][5]["priceTag"]
    with collect() as rejected:
        offers = normalize.offers_from_feed(data)
    assert len(offers) == total - 1
    assert [(r.item, r.reason) for r in rejected] == [
        (title, "не читается поле content.items.5.priceTag")
    ]


def test_a_price_tag_missing_from_every_item_is_a_shape_change_naming_the_field() -> None:
    data = copy.deepcopy(_json("catalog_product_feed.json"))
    for item in data["content"]["items"]:
        del item["priceTag"]
    with pytest.raises(ShapeChanged) as info:
        normalize.offers_from_feed(data)
    assert info.value.field == "content.items.0.priceTag"


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        # A price in roubles instead of kopecks: not read as 89 kopecks or 8 999 ₽.
        (("priceTag", "price"), "89.99", "content.products.0.priceTag.price"),
        (("masterData", "unit"), 3, "content.products.0.masterData.unit"),
    ],
)
def test_an_item_that_cannot_be_read_is_dropped_and_a_reply_of_only_such_items_fails(
    path: tuple[str, str], value: object, field: str
) -> None:
    data = copy.deepcopy(_json("catalog_search_all.json"))
    products = data["content"]["products"]
    products[0][path[0]][path[1]] = value
    with collect() as rejected:
        offers = normalize.offers_from_search(data)
    assert len(offers) == len(products) - 1
    assert [r.reason for r in rejected] == [f"не читается поле {field}"]
    for product in products:
        product[path[0]][path[1]] = value
    with pytest.raises(ShapeChanged) as info:
        normalize.offers_from_search(data)
    assert info.value.field == field


def test_missing_content_wrapper_is_a_shape_change() -> None:
    with pytest.raises(ShapeChanged) as info:
        normalize.content(json.loads('{"items": []}'))
    assert info.value.field == "content"


def test_grouped_feed_and_category_feed_preview_products_become_offers() -> None:
    grouped = normalize.offers_from_groups(_json("catalog_product_grouped-feed.json"))
    assert len(grouped) == 476
    preview = normalize.offers_from_groups(_json("catalog_category_feed_preview.json"), shop_id="1")
    assert len(preview) == 24  # three subcategories, 8 products each
    mandarins = _by_title(preview, "Мандарины Марокко")
    assert mandarins.sold_by is SoldBy.KG
    assert (mandarins.price, mandarins.regular_price) == (Decimal("189.99"), Decimal("229.99"))
    assert mandarins.shop_id == "1"
    bananas = _by_title(preview, "Бананы")
    assert bananas.url == "https://www.perekrestok.ru/cat/153/p/banany-3757"
    assert bananas.category_path == ("Фрукты",)


def test_group_without_products_is_a_shape_change_naming_the_group() -> None:
    data = copy.deepcopy(_json("catalog_category_feed_preview.json"))
    del data["content"]["items"][1]["products"]
    with pytest.raises(ShapeChanged) as info:
        normalize.offers_from_groups(data)
    assert info.value.field == "content.items.1.products"


def test_one_shop_reply_has_title_address_city_and_location() -> None:
    shop = normalize.shop_from_info(_json("shop_info.json"), origin=Location(lat=50.6, lon=36.6))
    assert (shop.shop_id, shop.name) == ("1", "ТЦ Белгород")
    assert shop.address == "Белгород Попова ул 36"
    assert shop.location == Location(lat=50.599874, lon=36.590546)
    assert shop.extra == {"city": "Белгород"}
    assert shop.distance_m is not None and shop.distance_m < 1000


def test_all_shop_points_sorted_by_distance_agree_with_the_nearest_shops_reply() -> None:
    origin = Location(lat=55.7558, lon=37.6176)
    points = normalize.shops_from_points(_json("shop_points.json"), origin=origin)
    nearest = normalize.shops_from_list(_json("shop_nearest_by_distance.json"), origin=origin)
    assert len(points) == 1000
    assert [(s.shop_id, s.location) for s in points[:3]] == [
        (s.shop_id, s.location) for s in nearest
    ]
    assert [s.distance_m for s in points[:3]] == [s.distance_m for s in nearest]
    assert points[0].name is None  # /shop/points has no title or address


def test_shop_point_without_coordinates_is_a_shape_change() -> None:
    data = copy.deepcopy(_json("shop_points.json"))
    data["content"]["items"][7]["location"]["coordinates"] = []
    with pytest.raises(ShapeChanged) as info:
        normalize.shops_from_points(data, origin=Location(lat=55.75, lon=37.61))
    assert info.value.field == "content.items.7.location.coordinates"
