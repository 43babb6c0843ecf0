"""Пятёрочка normalization against the recorded responses (tests/fixtures/pyaterochka/recorded)."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

from korzina.core.errors import ShapeChanged
from korzina.core.models import Offer, PackSize, SizeUnit, SoldBy
from korzina.core.rejects import collect
from korzina.plugins.pyaterochka import normalize
from korzina.plugins.pyaterochka.client import PyaterochkaStore
from tests.conftest import load_json, recorded


def _json(name: str) -> Any:
    return load_json(recorded("pyaterochka", name))


def _by_plu(offers: list[Offer], plu: int) -> Offer:
    [offer] = [o for o in offers if o.product_id == str(plu)]
    return offer


@pytest.fixture(scope="module")
def search_offers() -> list[Offer]:
    return normalize.offers_from_products(_json("oi-search-v3-kola.json"), shop_id="35XY")


@pytest.fixture(scope="module")
def category_offers() -> list[Offer]:
    return normalize.offers_from_products(
        _json("oi-category-products-v2.json"),
        shop_id="35XY",
        category_path=("Пятёрочка выручает!",),
    )


def test_search_item_has_its_recorded_price_pack_and_unit_price(
    search_offers: list[Offer],
) -> None:
    cola = _by_plu(search_offers, 4429993)
    assert cola.name == "Напиток Кола Добрый с пониженной калорийностью газированный 1л"
    assert cola.price == Decimal("89.99")
    assert cola.regular_price == Decimal("89.99")
    assert not cola.is_promo
    assert cola.sold_by is SoldBy.PIECE
    assert cola.pack == PackSize(value=Decimal(1), unit=SizeUnit.L)
    assert (cola.unit_price, cola.unit_price_unit) == (Decimal("89.99"), SizeUnit.L)
    assert cola.shop_id == "35XY"
    assert cola.available is True
    assert cola.image_url == (
        "https://catalog-images.x5static.net/product/2063329-main/800x800.jpeg"
        "?updated_at=2025-09-29T11:29:23.079Z"
    )
    assert cola.url is not None
    assert cola.url.startswith("https://5ka.ru/product/napitok-kola-dobryy-s-ponizhennoy-")
    assert cola.url.endswith("--4429993/")


def test_discount_price_is_the_current_price_and_regular_is_kept(
    category_offers: list[Offer],
) -> None:
    zefir = _by_plu(category_offers, 3406629)  # «-41%» label
    assert zefir.price == Decimal("99.99")
    assert zefir.regular_price == Decimal("169.99")
    assert zefir.is_promo
    assert zefir.category_path == ("Пятёрочка выручает!",)


def test_multi_buy_price_is_not_taken_as_the_single_unit_price(
    category_offers: list[Offer], search_offers: list[Offer]
) -> None:
    # «% от 2 шт»: cpd_promo_price 187.99 applies only when buying two.
    farsh = _by_plu(category_offers, 3673806)
    assert farsh.price == Decimal("219.99")
    assert not farsh.is_promo
    # «1+1»: one pack costs 119.98; 59.99 is the per-unit price of the pair.
    knuty = _by_plu(category_offers, 4332173)
    assert knuty.price == Decimal("119.98")
    evervess = _by_plu(search_offers, 4279557)
    assert evervess.price == Decimal("99.99")


def test_weighed_good_priced_per_100_g_becomes_a_price_per_kg(
    category_offers: list[Offer],
) -> None:
    macadamia = _by_plu(category_offers, 4137255)  # «Цена за 100 г», 99.99 / 119.90
    assert macadamia.sold_by is SoldBy.KG
    assert macadamia.price == Decimal("999.90")
    assert macadamia.regular_price == Decimal("1199.00")
    assert (macadamia.unit_price, macadamia.unit_price_unit) == (Decimal("999.90"), SizeUnit.KG)
    assert macadamia.pack is None


def test_weighed_good_priced_per_kg_keeps_its_price(category_offers: list[Offer]) -> None:
    pomelo = _by_plu(category_offers, 29866)  # «Цена за 1 кг»
    assert pomelo.sold_by is SoldBy.KG
    assert pomelo.price == Decimal("159.99")
    assert pomelo.regular_price == Decimal("179.99")
    assert pomelo.unit_price == Decimal("159.99")


def test_pack_comes_from_property_clarification(category_offers: list[Offer]) -> None:
    avocado = _by_plu(category_offers, 3148279)  # «2 шт»
    assert avocado.pack == PackSize(value=Decimal(2), unit=SizeUnit.PIECE)
    assert (avocado.unit_price, avocado.unit_price_unit) == (Decimal("100.00"), SizeUnit.PIECE)
    wine = _by_plu(category_offers, 4225898)  # «750 мл», title says 0.75л
    assert wine.pack == PackSize(value=Decimal(750), unit=SizeUnit.ML)
    assert wine.unit_price == Decimal("1066.65")
    # «1уп.» in the title is no size; the clarification «500 г» is.
    puro = _by_plu(category_offers, 2131933)
    assert puro.pack == PackSize(value=Decimal(500), unit=SizeUnit.G)


def test_pack_falls_back_to_the_title_without_a_clarification() -> None:
    data = _json("oi-category-products-v2.json")
    item = copy.deepcopy(data["products"][0])  # «Кофе Egoiste Noir молотый 250г»
    item["property_clarification"] = None
    offer = normalize.offer_from_item(item)
    assert offer.pack == PackSize(value=Decimal(250), unit=SizeUnit.G)
    assert offer.unit_price == Decimal("3999.96")


def test_every_recorded_listing_parses() -> None:
    search = normalize.offers_from_products(_json("oi-search-v3-kola.json"))
    products = normalize.offers_from_products(_json("oi-category-products-v2.json"))
    line = normalize.offers_from_products(_json("oi-category-products-line-v1.json"))
    assert len(search) == 12
    assert len(products) == 30
    assert len(line) == len(_json("oi-category-products-line-v1.json")["products"]) > 0
    for offer in [*search, *products, *line]:
        assert offer.price > 0
        assert offer.url is not None and offer.url.endswith(f"--{offer.product_id}/")
    # products_line has no cpd_promo_price or is_available; its prices still parse.
    assert _by_plu(line, 3395339).price == Decimal("999.99")


def test_product_detail_gives_the_brand_and_regular_price() -> None:
    offer = normalize.offer_from_detail(_json("oi-product-info-v2.json"), shop_id="35XY")
    assert offer.product_id == "3395339"
    assert offer.name == "Кофе Egoiste Noir молотый 250г"
    assert offer.brand == "Egoiste"
    assert offer.price == Decimal("999.99")
    assert offer.pack == PackSize(value=Decimal(250), unit=SizeUnit.G)


def test_category_tree_is_flattened_with_groups_and_leaf_paths() -> None:
    cats = normalize.categories_from_tree(_json("oi-categories-tree-v2.json"))
    groups = [c for c in cats if c.parent_id is None]
    assert len(groups) == 20
    assert all(not g.is_leaf for g in groups)
    dairy = [c for c in cats if c.parent_id == "251C12887"]
    assert len(dairy) == 6
    assert all(c.is_leaf and c.path[0] == "Молочная продукция и яйцо" for c in dairy)
    assert any(c.category_id == "251C17046" and c.name == "Скидки недели" for c in cats)


def test_store_at_a_point_becomes_a_shop_with_its_sap_code() -> None:
    shop = normalize.shop_from_store_at_point(_json("oi-orders-stores-by-coords.json"))
    assert shop.shop_id == "J200"
    assert shop.address == "Москва, Новоалексеевская, 12с1"
    assert shop.extra == {"city": "msk"}


def test_default_shop_is_the_one_the_site_picks_for_a_new_visitor() -> None:
    sample = _json("oi-localstorage-DeliveryPanelStore.json")
    assert PyaterochkaStore.default_settings.default_shop_id == normalize.default_sap_code(sample)


def test_price_bounds_come_from_the_price_filter() -> None:
    bounds = normalize.price_bounds(_json("oi-category-products-v2.json"))
    assert bounds == (Decimal("9.99"), Decimal("1499.00"))


def test_an_item_without_prices_is_dropped_and_named_the_rest_kept() -> None:
    data = copy.deepcopy(_json("oi-search-v3-kola.json"))
    name = data["products"][3]["name"]
    del data["products"][3]["prices"]
    with collect() as rejected:
        offers = normalize.offers_from_products(data)
    assert len(offers) == len(data["products"]) - 1
    assert [(r.item, r.reason) for r in rejected] == [(name, "не читается поле products.3.prices")]


def test_a_price_that_does_not_parse_drops_its_item() -> None:
    data = copy.deepcopy(_json("oi-search-v3-kola.json"))
    data["products"][1]["prices"]["regular"] = "89,9З"  # a Cyrillic З: not a number
    with collect() as rejected:
        offers = normalize.offers_from_products(data)
    assert data["products"][1]["plu"] not in {int(o.product_id) for o in offers}
    assert [r.reason for r in rejected] == ["не читается поле products.1.prices.regular"]


def test_prices_missing_from_every_item_is_a_shape_change_naming_the_field() -> None:
    data = copy.deepcopy(_json("oi-search-v3-kola.json"))
    for product in data["products"]:
        del product["prices"]
    with pytest.raises(ShapeChanged) as info:
        normalize.offers_from_products(data)
    assert info.value.field == "products.0.prices"


def test_missing_products_is_a_shape_change() -> None:
    with pytest.raises(ShapeChanged) as info:
        normalize.offers_from_products({"search_query_id": "x"})
    assert info.value.field == "products"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        # Public links: 5ka.ru/product/nektar-global-village-ananasovyy-950ml--3634676/
        ("Нектар Global Village Ананасовый 950мл", "nektar-global-village-ananasovyy-950ml"),
        # ...and a name cut at 50 characters (…--3483307/)
        (
            "Продукт рассольный Сиртаки Original для греческого салата 55% 200г",
            "produkt-rassolnyy-sirtaki-original-dlya-grecheskog",
        ),
    ],
)
def test_product_slug_matches_the_sites_links(name: str, slug: str) -> None:
    assert normalize.product_slug(name) == slug
