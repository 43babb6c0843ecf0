"""Дикси: recorded cards and pages, and constructed replies around them → models."""

from __future__ import annotations

import ast
import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from korzina.core.errors import IncompleteReply, ShapeChanged
from korzina.core.models import Location, PackSize, SizeUnit, SoldBy
from korzina.core.rejects import collect
from korzina.plugins.dixy import normalize
from tests.conftest import constructed, load_json, recorded

MSK = timezone(timedelta(hours=3))


def _recorded_literals() -> dict[str, Any]:
    """LIVE (a listing card) and PAGES (its pagenData) from the recorded Python excerpt."""
    tree = ast.parse(recorded("dixy", "listing-json_card_live_2026-09-25.py.txt").read_text())
    out: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            out[node.targets[0].id] = ast.literal_eval(node.value)
    return out


def _listing(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("\n")  # as the server sends it
    return json.loads(text)


def test_recorded_listing_card_is_a_promo_offer_with_its_end_date() -> None:
    card = _recorded_literals()["LIVE"]
    o = normalize.offer(card, shop_id=None)
    assert o is not None
    assert o.product_id == "2000635792"
    assert o.name == "Йогурт безлактозный Viola Греческий Малина-Мята 3% 140г"
    assert o.brand == "Viola"
    assert (o.price, o.regular_price) == (Decimal("79.99"), Decimal("87.99"))
    assert o.is_promo
    assert o.promo_until == datetime(2026, 10, 4, 23, 59, 59, tzinfo=MSK)
    assert o.sold_by is SoldBy.PIECE
    assert o.category_path == ("Йогурты",)
    assert o.url == (
        "https://dixy.ru/product/yogurt-bezlaktoznyy-viola-grecheskiy-malina-myata-3-140g-2000635792/"
    )


def test_pack_comes_from_the_title_not_the_gross_weight_field() -> None:
    # The card says weight «153 гр» for a 140 г pot: the field is the gross weight.
    o = normalize.offer(_recorded_literals()["LIVE"], shop_id=None)
    assert o is not None
    assert o.pack == PackSize(value=Decimal(140), unit=SizeUnit.G)
    assert (o.unit_price, o.unit_price_unit) == (Decimal("571.36"), SizeUnit.KG)


def test_recorded_pagen_data_parses_as_a_middle_page() -> None:
    lit = _recorded_literals()
    page = normalize.listing_page(
        [{"title": None, "pagenData": lit["PAGES"], "cards": [lit["LIVE"]]}]
    )
    assert page is not None
    assert (page.page, page.pages_count, page.is_last, page.element_count) == (3, 43, False, 1264)


def test_recorded_init_element_data_is_an_offer_without_promo() -> None:
    card = load_json(recorded("dixy", "product_initElementData_live_2026-09-27.json"))
    o = normalize.offer(card, shop_id=None)
    assert o is not None
    assert (o.product_id, o.name) == ("2000329470", "Авокадо Хасс в упаковке, 700 г")
    assert o.price == o.regular_price == Decimal("438.90")
    assert not o.is_promo and o.promo_until is None
    assert o.pack == PackSize(value=Decimal(700), unit=SizeUnit.G)
    assert o.unit_price == Decimal("627.00")
    assert o.available is False  # canBuy false: «Раскупили»
    assert o.brand is None


def test_recorded_live_product_page_embeds_the_same_card() -> None:
    html = recorded("dixy", "product_page_fragment_live_2026-09-27.html").read_text()
    card = normalize.product_card(html)
    assert card == load_json(recorded("dixy", "product_initElementData_live_2026-09-27.json"))
    price = normalize.page_price(html)
    assert price == normalize.PagePrice(Decimal("438.90"), "шт", "242556")


def test_recorded_web_archive_page_without_json_still_shows_price_and_unit() -> None:
    html = recorded("dixy", "product_page_fragment_webarchive_2026-01-24.html").read_text()
    assert normalize.product_card(html) is None
    assert normalize.page_price(html) == normalize.PagePrice(Decimal("420.90"), "шт", "242556")


def test_constructed_listing_pages_give_offers_and_count_cards_without_price() -> None:
    p1 = normalize.listing_page(_listing(constructed("dixy", "listing-json_sid14_page1.json")))
    p2 = normalize.listing_page(_listing(constructed("dixy", "listing-json_sid14_page2.json")))
    assert p1 is not None and p2 is not None
    assert (p1.page, p1.is_last, p2.page, p2.is_last) == (1, False, 2, True)
    first = normalize.offers(p1.cards, shop_id="1002")
    second = normalize.offers(p2.cards, shop_id="1002")
    assert [o.product_id for o in first.offers] == ["2000635792", "2000329470"]
    assert first.skipped_no_price == 0
    assert second.skipped_no_price == 1  # hidePrice / "0.00"
    [weighed] = second.offers
    assert weighed.sold_by is SoldBy.KG and weighed.price == Decimal("549.90")
    assert (weighed.unit_price, weighed.unit_price_unit) == (Decimal("549.90"), SizeUnit.KG)
    assert weighed.pack is None


@pytest.mark.parametrize(
    ("changes", "skipped"),
    [({"hidePrice": True}, True), ({"priceSimple": "0.00"}, True), ({"priceSimple": ""}, True)],
)
def test_cards_without_a_price_are_skipped(changes: dict[str, Any], skipped: bool) -> None:
    card = {**_recorded_literals()["LIVE"], **changes}
    assert (normalize.offer(card, shop_id=None) is None) is skipped


def test_card_without_price_field_is_a_shape_change_naming_it() -> None:
    card = dict(_recorded_literals()["LIVE"])
    del card["priceSimple"]
    with pytest.raises(ShapeChanged, match="priceSimple"):
        normalize.offer(card, shop_id=None)


def test_listing_without_cards_is_a_shape_change() -> None:
    with pytest.raises(ShapeChanged, match="cards"):
        normalize.listing_page([{"title": None, "pagenData": {}, "items": []}])


def test_empty_listing_reply_is_reported_as_none_for_a_retry() -> None:
    assert normalize.listing_page([]) is None


def test_search_page_cards_give_prices_old_prices_units_and_links() -> None:
    html = constructed("dixy", "search_moloko.html").read_text()
    found = normalize.search_page(html, shop_id=None)
    viola, avocado = found.offers
    assert viola.product_id == "2000635792"
    assert (viola.price, viola.regular_price) == (Decimal("79.99"), Decimal("87.99"))
    assert viola.image_url == "https://dixy.ru/upload/constructed/viola.jpg"
    assert avocado.name == "Авокадо Хасс в упаковке, 700 г"
    assert avocado.price == avocado.regular_price == Decimal("438.90")
    assert avocado.url == "https://dixy.ru/product/avokado-khass-v-upakovke-700-g-2000329470/"


def test_a_search_page_cut_short_is_refused_whole() -> None:
    """Issue 15: the page cut after the «1» of the last card's «134.<span>99</span>»
    must not give that card at 1,00 ₽ (nor the other cards as if the page were whole)."""
    html = constructed("dixy", "search_yaytsa.html").read_text()
    cut = html[: html.index('card__price-num">134.') + len('card__price-num">1')]
    with pytest.raises(IncompleteReply):
        normalize.search_page(cut, shop_id=None)
    whole = normalize.search_page(html, shop_id=None)
    assert [o.price for o in whole.offers] == [Decimal("119.99"), Decimal("134.99")]


@pytest.mark.parametrize(
    "block",
    [
        "1<span class='rub'>руб.</span>",  # the kopecks span lost
        "134.<span>99</span>",  # the «руб.» span lost
        "13a.<span>99</span><span class='rub'>руб.</span>",
        "134.<span>9</span><span class='rub'>руб.</span>",
    ],
    ids=["no-kopecks", "no-rub", "garbled", "one-kopeck-digit"],
)
def test_a_card_whose_price_block_is_not_whole_is_dropped_and_named(block: str) -> None:
    html = constructed("dixy", "search_yaytsa.html").read_text()
    spoiled = html.replace("134.<span>99</span><span class='rub'>руб.</span>", block)
    assert spoiled != html
    with collect() as rejected:
        found = normalize.search_page(spoiled, shop_id=None)
    assert [o.name for o in found.offers] == ["Яйцо куриное С1 10 шт"]
    assert [(r.item, r.reason) for r in rejected] == [
        ("Яйцо куриное С0 10 шт", "не читается поле .card__price-num")
    ]


def test_a_listing_card_whose_price_does_not_parse_is_dropped_and_named() -> None:
    data = load_json(constructed("dixy", "listing-json_sid14_page1.json"))
    cards = normalize.listing_page(data).cards  # type: ignore[union-attr]
    cards[0]["priceSimple"] = "79,9.9"
    with collect() as rejected:
        found = normalize.offers(cards, shop_id=None)
    assert len(found.offers) == len(cards) - 1
    assert [(r.item, r.reason) for r in rejected] == [
        (cards[0]["title"], "не читается поле priceSimple")
    ]


@pytest.mark.parametrize("raw", [None, "", "0.00", "0"])
def test_a_card_price_of_nothing_or_zero_is_no_price(raw: object) -> None:
    assert normalize.card_price(raw, "priceSimple") is None


def test_sections_are_two_segment_catalog_links_without_duplicates() -> None:
    cats = normalize.sections(constructed("dixy", "catalog.html").read_text())
    assert [(c.category_id, c.name) for c in cats] == [
        ("/catalog/molochnye-produkty-yaytso/", "Молочные продукты, яйцо"),
        ("/catalog/frukty-ovoshchi/", "Фрукты, овощи"),
    ]


def test_section_sid_is_found_in_the_section_page() -> None:
    html = constructed("dixy", "section_molochnye-produkty-yaytso.html").read_text()
    assert normalize.section_sid(html) == "14"
    assert normalize.section_sid("<html></html>") is None


def test_shops_are_sorted_by_distance_with_address_and_hours() -> None:
    data = load_json(constructed("dixy", "stores-json.json"))
    found = normalize.shops(data, Location(lat=55.7558, lon=37.6173))
    assert [s.shop_id for s in found] == ["1002", "1001", "1003"]
    assert found[0].address == "Москва, ул. Пример, д. 7"
    assert found[0].extra == {"hours": "08:00-23:00"}
    assert found[0].distance_m is not None and found[0].distance_m < 100
    assert found[2].distance_m is not None and found[2].distance_m > 600_000


def test_store_without_coordinates_is_a_shape_change_naming_the_record() -> None:
    data = load_json(constructed("dixy", "stores-json.json"))
    del data[1]["geometry"]
    with pytest.raises(ShapeChanged, match=r"1\.geometry"):
        normalize.shops(data, Location(lat=55.75, lon=37.61))


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        # HTTP 200 page shown to VPN/datacenter visitors.
        ("qrator_vpn_200.html", "anti-bot page (Не удалось загрузить сайт)"),
        # HTTP 403 captcha page.
        ("qrator_robot_403.html", "anti-bot page (Я не робот)"),
    ],
)
def test_qrator_pages_are_recognised_and_the_reason_names_the_page(name: str, reason: str) -> None:
    assert normalize.block_reason(constructed("dixy", name).read_text()) == reason


def test_a_real_page_that_mentions_qrator_is_not_a_block() -> None:
    html = recorded("dixy", "product_page_fragment_live_2026-09-27.html").read_text()
    assert normalize.block_reason(html + "<script src='/qrator/q.js'></script>") is None
