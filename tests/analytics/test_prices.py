"""Pure price arithmetic: the real-discount check, the outlier guard, daily prices, the index."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from korzina.core.analytics.prices import (
    basket_index,
    check_discount,
    daily_prices,
    discount_checks,
    is_outlier,
    median,
    reference_median,
)

D = Decimal
T0 = datetime(2026, 8, 1, 10, tzinfo=UTC)


@dataclass(frozen=True)
class Row:
    price: Decimal
    regular_price: Decimal | None
    observed_at: datetime


def _day(n: int) -> datetime:
    return T0 + timedelta(days=n)


def test_promo_below_the_30_day_minimum_regular_price_is_a_real_discount() -> None:
    history = [Row(D("99.90"), D("99.90"), _day(0)), Row(D("89.90"), D("89.90"), _day(10))]
    check = check_discount(D("79.90"), _day(20), history)
    assert check.min_regular == D("89.90")
    assert check.is_real is True


def test_promo_above_the_30_day_minimum_regular_price_is_not_a_real_discount() -> None:
    # The classic trick: the regular price goes up, then a «discount» back to about it.
    history = [Row(D("89.90"), D("89.90"), _day(0)), Row(D("119.90"), D("119.90"), _day(15))]
    check = check_discount(D("99.90"), _day(20), history, claimed_regular=D("119.90"))
    assert (check.min_regular, check.claimed_regular, check.is_real) == (
        D("89.90"),
        D("119.90"),
        False,
    )
    # Equal to the minimum is not below it either.
    assert check_discount(D("89.90"), _day(20), history).is_real is False


def test_prices_older_than_30_days_count_only_while_still_in_force() -> None:
    history = [
        Row(D("50.00"), D("50.00"), _day(0)),  # replaced on day 5: out of a day-40 window
        Row(D("70.00"), D("70.00"), _day(5)),  # in force when the day-40 window opens
        Row(D("80.00"), D("80.00"), _day(20)),
    ]
    assert check_discount(D("60.00"), _day(40), history).min_regular == D("70.00")
    assert check_discount(D("60.00"), _day(40), history).is_real is True


def test_a_promo_with_no_history_before_it_cannot_be_judged() -> None:
    later = [Row(D("90.00"), None, _day(5))]
    assert check_discount(D("70.00"), _day(1), later).is_real is None


def test_each_promo_row_of_a_history_gets_a_verdict_and_regular_rows_none() -> None:
    history = [
        Row(D("100.00"), D("100.00"), _day(0)),
        Row(D("80.00"), D("100.00"), _day(3)),  # promo, below 100: real
        Row(D("120.00"), D("120.00"), _day(10)),
        Row(D("100.00"), D("120.00"), _day(12)),  # promo from 120 to 100: min was 100
    ]
    checks = discount_checks(history)
    assert [c.is_real if c else None for c in checks] == [None, True, None, False]


def test_outlier_is_over_three_times_or_under_a_third_of_the_median() -> None:
    m = D("100.00")
    assert is_outlier(D("300.01"), m) and is_outlier(D("33.33"), m)
    assert not is_outlier(D("300.00"), m) and not is_outlier(D("33.34"), m)
    assert not is_outlier(D("5.00"), None)


def test_two_observations_are_too_few_to_call_either_an_outlier() -> None:
    assert reference_median([D("100"), D("9999")]) is None
    assert reference_median([D("100"), D("101"), D("9999")]) == D("101")
    assert median([D("1.05"), D("2.10")]) == D("1.575")  # exact, not rounded to cents


def test_daily_price_is_the_last_change_at_or_before_the_day_carried_forward() -> None:
    rows = [(_day(1), D("10.00")), (_day(1) + timedelta(hours=5), D("11.00")), (_day(3), D("9.00"))]
    days = [date(2026, 8, d) for d in range(1, 6)]
    assert daily_prices(rows, days) == {
        date(2026, 8, 2): D("11.00"),
        date(2026, 8, 3): D("11.00"),
        date(2026, 8, 4): D("9.00"),
        date(2026, 8, 5): D("9.00"),
    }


def test_basket_index_sums_items_per_store_and_day_and_skips_incomplete_days() -> None:
    d1, d2, d3 = date(2026, 8, 1), date(2026, 8, 2), date(2026, 8, 3)
    series = {
        "magnit": {
            "молоко": {d1: D("80"), d2: D("80"), d3: D("88")},
            "хлеб": {d2: D("40"), d3: D("44")},
        },
        "dixy": {
            "молоко": {d1: D("75"), d2: D("75"), d3: D("75")},
            "хлеб": {d1: D("45"), d2: D("45"), d3: D("45")},
        },
    }
    points = {(p.store, p.day): p for p in basket_index(series, [d1, d2, d3])}
    assert points[("magnit", d1)].cost is None and points[("magnit", d1)].priced == 1
    assert (points[("magnit", d2)].cost, points[("magnit", d2)].index) == (D("120"), D("100.0"))
    assert (points[("magnit", d3)].cost, points[("magnit", d3)].index) == (D("132"), D("110.0"))
    assert [points[("dixy", d)].index for d in (d1, d2, d3)] == [D("100.0")] * 3
