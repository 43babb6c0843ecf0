"""Магнит: recorded gateway replies → offers, categories, facets and shops (pure functions)."""

from __future__ import annotations

import copy
import re
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from korzina.core.errors import ShapeChanged
from korzina.core.models import Location, PackSize, SizeUnit, SoldBy
from korzina.core.rejects import collect
from korzina.plugins.magnit import normalize
from tests.conftest import constructed, load_json, recorded

GOODS = recorded("magnit", "noen51-webgate-v2-goods-search-category-65057.json")
FILTERS = recorded("magnit", "shoptv-webgate-v1-goods-filters.json")


def _items() -> list[dict[str, Any]]:
    return list(load_json(GOODS)["items"])


def _item(product_id: str) -> dict[str, Any]:
    return next(i for i in _items() if i["id"] == product_id)


def test_every_recorded_goods_item_becomes_an_offer() -> None:
    page = normalize.goods_page(load_json(GOODS))
    assert len(page.items) == 16
    assert page.has_more is False and page.total == 16
    offers = [normalize.offer(i, shop_id="320040") for i in page.items]
    assert {o.store for o in offers} == {"magnit"}
    assert all(o.price > 0 and o.url and o.image_url for o in offers)


def test_promo_with_old_price_keeps_both_prices_and_the_end_date() -> None:
    o = normalize.offer(_item("1000394738"), shop_id="320040")
    assert o.name == "Блины с мясом 180г"
    assert o.price == Decimal("81.99")  # 8199 kopecks
    assert o.regular_price == Decimal("113.99")  # promotion.oldPrice 11399
    assert o.is_promo
    assert o.promo_until == datetime(2026, 8, 16, 23, 59, 59, tzinfo=UTC)
    assert o.pack == PackSize(value=Decimal(180), unit=SizeUnit.G)
    assert o.unit_price == Decimal("455.50") and o.unit_price_unit is SizeUnit.KG


def test_final_price_promo_without_old_price_leaves_regular_unknown() -> None:
    # «Финальная цена» badge: isPromotion true, oldPrice null (STORES.md).
    o = normalize.offer(_item("1000322391"), shop_id="320040")
    assert o.price == Decimal("94.99")
    assert o.regular_price is None
    assert o.promo_until == datetime(2026, 9, 1, 23, 59, 59, tzinfo=UTC)
    assert o.pack == PackSize(value=Decimal(300), unit=SizeUnit.ML)
    assert o.unit_price == Decimal("316.63") and o.unit_price_unit is SizeUnit.L


def test_goods_without_promo_have_regular_equal_to_price_and_no_end_date() -> None:
    o = normalize.offer(_item("1000397251"), shop_id="320040")
    assert (o.name, o.price, o.regular_price) == ("Кофе с молоком 300мл", Decimal("99.99"), o.price)
    assert o.promo_until is None and not o.is_promo


def test_product_url_and_image_are_built_as_the_site_builds_them() -> None:
    o = normalize.offer(_item("1000397251"), shop_id="320040")
    assert o.url == "https://magnit.ru/product/1000397251-kofe_s_molokom_300ml"
    assert o.image_url is not None
    assert o.image_url.startswith("https://images-foodtech.magnit.ru/")
    assert o.shop_id == "320040" and o.sold_by is SoldBy.PIECE


def test_weighted_goods_are_priced_per_kg_from_the_unit_price() -> None:
    # Constructed from a recorded item: the sample has no weighed goods, so the
    # weighted block is filled the way STORES.md documents it [C].
    item = copy.deepcopy(_item("8000087762"))
    item["weighted"].update(isWeighted=True, unitPrice=59999, unitLabel="кг")
    o = normalize.offer(item, shop_id="320040")
    assert o.sold_by is SoldBy.KG
    assert o.price == Decimal("599.99")
    assert (o.unit_price, o.unit_price_unit) == (Decimal("599.99"), SizeUnit.KG)
    assert o.pack is None


def test_weighted_unit_price_per_100_g_is_scaled_to_a_kilogram() -> None:
    item = copy.deepcopy(_item("8000087762"))
    item["weighted"].update(isWeighted=True, unitPrice=8990, unitLabel="100 г")
    assert normalize.offer(item, shop_id="320040").price == Decimal("899.00")


def test_items_echo_their_store_code() -> None:
    assert normalize.echoed_store_codes(_items()) == {"320040"}


def test_a_missing_price_is_a_shape_change_naming_the_field() -> None:
    item = _item("1000397251")
    del item["price"]
    with pytest.raises(ShapeChanged, match="'price'"):
        normalize.offer(item, shop_id="320040")


def test_kopecks_as_text_are_a_shape_change() -> None:
    item = _item("1000397251")
    item["price"] = "99.99"
    with pytest.raises(ShapeChanged, match="integer kopecks"):
        normalize.offer(item, shop_id="320040")


def test_goods_reply_without_pagination_is_a_shape_change() -> None:
    data = load_json(GOODS)
    del data["pagination"]
    with pytest.raises(ShapeChanged, match="'pagination'"):
        normalize.goods_page(data)


def test_recorded_brand_facet_lists_brands_with_counts_and_the_total() -> None:
    f = normalize.facets(load_json(FILTERS))
    assert f.total == 724
    assert ("Простоквашино", 11) in f.brands
    assert ("Домик в Деревне", 9) in f.brands
    assert len(f.brands) == 50


def test_brand_is_attributed_by_the_longest_whole_word_facet_name() -> None:
    brands = [name for name, _ in normalize.facets(load_json(FILTERS)).brands]
    assert (
        normalize.attribute_brand("Молоко Домик в Деревне 3.2% 900мл", [*brands, "Домик"])
        == "Домик в Деревне"
    )
    # «Магнит» is a facet brand, but not inside another word.
    assert normalize.attribute_brand("Магнитики на холодильник", brands) is None
    assert normalize.attribute_brand("Хлеб Различные бренды", brands) is None


def test_an_overlapping_longer_brand_wins_over_one_found_earlier_in_the_name() -> None:
    # «Молоко Домик» starts first, but «Домик в Деревне» (longer) overlaps it.
    assert (
        normalize.attribute_brand("Сыр Молоко Домик в Деревне", ["Молоко Домик", "Домик в Деревне"])
        == "Домик в Деревне"
    )
    assert normalize.attribute_brand("Молоко Домик в Деревне", ["Деревне", "Молоко Домик"]) == (
        "Молоко Домик"
    )


def test_brands_of_equal_length_go_to_the_one_listed_first_as_written_there() -> None:
    assert normalize.attribute_brand("Ab Cd", ["Cd", "Ab"]) == "Cd"
    assert normalize.attribute_brand("Ab Cd", ["Ab", "Cd"]) == "Ab"
    assert normalize.attribute_brand("Сок J7 1л", [" j7 ", "J7"]) == "j7"


def test_brand_names_are_matched_literally_and_an_empty_facet_finds_nothing() -> None:
    assert normalize.attribute_brand("Пудинг Dr Oetker", ["Dr. Oetker"]) is None
    assert normalize.attribute_brand("Пудинг Dr. Oetker", ["Dr. Oetker"]) == "Dr. Oetker"
    assert normalize.attribute_brand("Драже M&M's 45г", iter(["M&M's", "M"])) == "M&M's"
    assert normalize.attribute_brand("Хлеб", []) is None
    assert normalize.attribute_brand("Хлеб Различные бренды", ["Различные бренды", " "]) is None


def _brand_by_brand(name: str, brands: list[str]) -> str | None:
    """The rule as first written: a whole-word search per brand, the longest kept."""
    low = name.casefold()
    best: str | None = None
    for brand in brands:
        b = brand.strip()
        if not b or b.casefold() in normalize.NOT_A_BRAND:
            continue
        if re.search(rf"(?<!\w){re.escape(b.casefold())}(?!\w)", low) and (
            best is None or len(b) > len(best)
        ):
            best = b
    return best


def test_recorded_names_get_the_brand_the_brand_by_brand_rule_gives() -> None:
    facet = [name for name, _ in normalize.facets(load_json(FILTERS)).brands]
    brands = [*facet, "J7", "М Кухня", "Домик", "Молоко", "мл", "3,2%"]
    names = [str(i["name"]) for i in _items()] + ["Молоко Домик в Деревне 3.2% 900мл"]
    expected = [_brand_by_brand(n, brands) for n in names]
    assert [normalize.attribute_brand(n, brands) for n in names] == expected
    assert any(expected) and None in expected


def test_recorded_goods_names_get_brands_from_a_facet_that_lists_them() -> None:
    offers = [
        normalize.offer(i, shop_id="320040", brands=["J7", "М Кухня", "Различные бренды"])
        for i in _items()
    ]
    by_id = {o.product_id: o.brand for o in offers}
    assert by_id["1000322391"] == "J7"
    assert by_id["8000043552"] == "М Кухня"
    assert by_id["1000397251"] is None


def test_category_tree_is_flattened_with_paths_and_leaves() -> None:
    cats = normalize.categories(
        load_json(constructed("magnit", "webgate-v3-categories-store.json"))
    )
    by_id = {c.category_id: c for c in cats}
    milk = by_id["107727"]
    assert milk.path == ("Только у нас", "Свежее каждый день", "Молочный прилавок")
    assert milk.parent_id == "107680" and milk.is_leaf
    assert not by_id["107677"].is_leaf
    assert by_id["65057"].is_leaf and by_id["65057"].parent_id == "107677"
    assert [c.category_id for c in cats][:2] == ["107677", "107680"]


def test_shops_are_active_ones_sorted_by_distance() -> None:
    data = load_json(constructed("magnit", "webgate-v1-stores-facade-search.json"))
    here = Location(lat=55.7558, lon=37.6173)
    found = normalize.shops(data, here)
    assert [s.shop_id for s in found] == ["320040", "992301"]
    assert found[0].distance_m is not None and found[0].distance_m < 100
    assert found[0].extra == {"storeTypeV2": "ME"}


def test_shop_without_coordinates_is_a_shape_change() -> None:
    data = load_json(constructed("magnit", "webgate-v1-stores-facade-search.json"))
    del data["items"]["items"][0]["coordinates"]
    with pytest.raises(ShapeChanged, match=r"items\.items\.0\.coordinates"):
        normalize.shops(data, Location(lat=55.75, lon=37.61))


def test_an_item_whose_price_is_not_kopecks_is_dropped_and_named_the_rest_kept() -> None:
    items = copy.deepcopy(_items())
    items[1]["price"] = "81.99"  # roubles as text: not read as 82 kopecks
    with collect() as rejected:
        offers = normalize.offers(items, shop_id="320040")
    assert len(offers) == len(items) - 1
    assert [(r.item, r.reason) for r in rejected] == [(items[1]["name"], "не читается поле price")]


def test_a_page_none_of_whose_items_has_a_price_is_a_shape_change() -> None:
    items = copy.deepcopy(_items())
    for item in items:
        item["finalPrice"] = item.pop("price")  # the field renamed by the store
    with pytest.raises(ShapeChanged) as info:
        normalize.offers(items, shop_id="320040")
    assert info.value.field == "price"
