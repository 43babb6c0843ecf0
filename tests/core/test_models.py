"""Core models: money stays exact, locations measure distances."""

from decimal import Decimal

import pytest

from korzina.core.models import Location, Offer, kopecks_to_money, money


def test_money_reads_rouble_strings_and_kopecks_exactly() -> None:
    assert money("89,99") == Decimal("89.99")
    assert money("1 067.4") == Decimal("1067.40")
    assert kopecks_to_money(8199) == Decimal("81.99")


def test_offer_turns_a_json_float_price_into_the_exact_decimal() -> None:
    offer = Offer(store="s", product_id="1", name="x", price=89.99)  # type: ignore[arg-type]
    assert offer.price == Decimal("89.99")


def test_location_distance_is_the_great_circle_distance_in_metres() -> None:
    red_square = Location(lat=55.7539, lon=37.6208)
    st_petersburg = Location(lat=59.9386, lon=30.3141)
    assert red_square.distance_m(red_square) == 0
    # About 634 km between the two city centres.
    assert red_square.distance_m(st_petersburg) == pytest.approx(634_000, rel=0.01)
