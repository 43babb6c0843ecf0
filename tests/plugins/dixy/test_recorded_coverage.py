"""Every recorded Дикси file is read by the adapter or listed as unused with a reason.

See tests/plugins/recorded_table.py. Only fragments were recorded for Дикси (INDEX.md); each
is run through the function that reads its kind of reply.
"""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from korzina.core.models import Offer, PackSize, SizeUnit
from korzina.plugins.dixy import normalize
from tests.plugins.recorded_table import (
    Consumed,
    Unused,
    check_accounted,
    read_text,
    recorded_files,
    stale_entries,
)

STORE = "dixy"


def _python_literals(path: Path) -> dict[str, Any]:
    """LIVE (a listing card) and PAGES (its pagenData) of the recorded Python excerpt."""
    out: dict[str, Any] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            out[node.targets[0].id] = ast.literal_eval(node.value)
    return out


# --- consumed ----------------------------------------------------------------


def _listing_reply(lit: dict[str, Any]) -> tuple[normalize.ListingPage, normalize.Offers]:
    """The card and pagenData in the listing-json.php reply shape → ``listing_page``,
    then ``offers`` on its cards, as DixyStore reads a section page."""
    page = normalize.listing_page(
        [{"title": None, "pagenData": lit["PAGES"], "cards": [lit["LIVE"]]}]
    )
    assert page is not None
    return page, normalize.offers(page.cards, shop_id=None)


def _listing(result: tuple[normalize.ListingPage, normalize.Offers]) -> None:
    page, found = result
    assert (page.page, page.pages_count, page.element_count) == (3, 43, 1264)
    [viola] = found.offers
    assert viola.name == "Йогурт безлактозный Viola Греческий Малина-Мята 3% 140г"
    assert (viola.price, viola.regular_price) == (Decimal("79.99"), Decimal("87.99"))
    assert viola.promo_until is not None and viola.promo_until.date().isoformat() == "2026-10-04"
    assert viola.pack == PackSize(value=Decimal(140), unit=SizeUnit.G)


def _card_offer(card: dict[str, Any]) -> Offer | None:
    return normalize.offer(card, shop_id=None)


def _avocado(offer: Offer | None) -> None:
    assert offer is not None
    assert (offer.product_id, offer.name) == ("2000329470", "Авокадо Хасс в упаковке, 700 г")
    assert offer.price == Decimal("438.90") and not offer.is_promo
    assert offer.pack == PackSize(value=Decimal(700), unit=SizeUnit.G)
    assert offer.available is False  # canBuy false


def _live_page(html: str) -> tuple[Offer | None, normalize.PagePrice | None]:
    """A product page: the embedded ``product_card`` as an offer, and ``page_price``."""
    card = normalize.product_card(html)
    assert card is not None
    return normalize.offer(card, shop_id=None), normalize.page_price(html)


def _live(result: tuple[Offer | None, normalize.PagePrice | None]) -> None:
    offer, shown = result
    _avocado(offer)
    assert shown == normalize.PagePrice(Decimal("438.90"), "шт", "242556")


def _archive(shown: normalize.PagePrice | None) -> None:
    # Older markup without initElementData: the price block only, 420.90 in January.
    assert shown == normalize.PagePrice(Decimal("420.90"), "шт", "242556")


CONSUMED: dict[str, Consumed] = {
    "listing-json_card_live_2026-09-25.py.txt": Consumed(
        _listing_reply, _listing, _python_literals
    ),
    "product_initElementData_live_2026-09-27.json": Consumed(_card_offer, _avocado),
    "product_page_fragment_live_2026-09-27.html": Consumed(_live_page, _live, read_text),
    "product_page_fragment_webarchive_2026-01-24.html": Consumed(
        normalize.page_price, _archive, read_text
    ),
}

UNUSED: dict[str, Unused] = {}


@pytest.mark.parametrize("name", recorded_files(STORE))
def test_recorded_file_is_read_by_the_adapter_or_listed_unused_with_a_reason(name: str) -> None:
    check_accounted(STORE, name, CONSUMED, UNUSED)


def test_the_tables_name_only_recorded_files_that_exist() -> None:
    assert stale_entries(STORE, CONSUMED, UNUSED) == []
