"""Pure price arithmetic over observation rows: medians, outliers, real discounts, daily series.

No I/O and no clock: every function takes the rows and the moment it reasons about, so
tests give exact histories and expect exact answers. Money is ``Decimal`` throughout.

Observations are change-only (a row is stored when a price changes), so "the price on a
day" is the last observation at or before the end of that day, carried forward.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Protocol

# A price over OUTLIER_FACTOR × the median, or under the median / OUTLIER_FACTOR, is a glitch
# (a per-pack price shown per kg, a missing digit) rather than a price anyone pays.
OUTLIER_FACTOR = Decimal(3)
# With fewer observations the median is not a reference: two points would flag each other.
OUTLIER_MIN_POINTS = 3
DISCOUNT_WINDOW_DAYS = 30


class PriceRow(Protocol):
    """What the arithmetic needs of an observation (``PricePoint`` has these fields)."""

    @property
    def price(self) -> Decimal: ...

    @property
    def regular_price(self) -> Decimal | None: ...

    @property
    def observed_at(self) -> datetime: ...


def median(values: Iterable[Decimal]) -> Decimal | None:
    """The median, exact in Decimal (the mean of the two middle values for an even count);
    None for no values."""
    ordered = list(values)
    return statistics.median(ordered) if ordered else None


def is_outlier(price: Decimal, median_price: Decimal | None) -> bool:
    """True when ``price`` is over 3× or under a third of the product's median price."""
    if median_price is None or median_price <= 0:
        return False
    return price > median_price * OUTLIER_FACTOR or price * OUTLIER_FACTOR < median_price


def reference_median(prices: Sequence[Decimal]) -> Decimal | None:
    """The median to judge outliers by, or None when there are too few prices to judge."""
    return median(prices) if len(prices) >= OUTLIER_MIN_POINTS else None


def regular_of(row: PriceRow) -> Decimal:
    """The regular (non-promo) price a row shows: ``regular_price``, else the price itself.

    A store that gives no pre-promo price (Магнит's «Финальная цена») counts its price as
    regular, which can only lower the 30-day minimum: the check errs towards «not real».
    """
    return row.regular_price if row.regular_price is not None else row.price


def is_promo(row: PriceRow) -> bool:
    return row.regular_price is not None and row.regular_price > row.price


@dataclass(frozen=True)
class DiscountCheck:
    """The verdict on one promo price against the previous 30 days."""

    promo_price: Decimal
    claimed_regular: Decimal | None  # what the store says the price was
    min_regular: Decimal | None  # the lowest regular price seen in the window
    window_days: int
    # True: below every regular price of the window; False: not; None: no history to judge.
    is_real: bool | None


def check_discount(
    promo_price: Decimal,
    at: datetime,
    history: Iterable[PriceRow],
    *,
    claimed_regular: Decimal | None = None,
    window_days: int = DISCOUNT_WINDOW_DAYS,
) -> DiscountCheck:
    """Is ``promo_price`` (seen at ``at``) a real discount?

    Real only when it is below the lowest regular price of the ``window_days`` before
    ``at``. The window covers rows observed in [at - window, at) and the last row before
    the window, whose price was still in force when the window opened.
    """
    start = at - timedelta(days=window_days)
    rows = sorted((r for r in history if r.observed_at < at), key=lambda r: r.observed_at)
    in_force = [r for r in rows if r.observed_at < start][-1:]
    window = in_force + [r for r in rows if r.observed_at >= start]
    lowest = min((regular_of(r) for r in window), default=None)
    verdict = None if lowest is None else promo_price < lowest
    return DiscountCheck(
        promo_price=promo_price,
        claimed_regular=claimed_regular,
        min_regular=lowest,
        window_days=window_days,
        is_real=verdict,
    )


def discount_checks(history: Sequence[PriceRow]) -> list[DiscountCheck | None]:
    """For each row of one product's history: the discount check if it is a promo, else None."""
    out: list[DiscountCheck | None] = []
    for row in history:
        if is_promo(row):
            out.append(
                check_discount(
                    row.price, row.observed_at, history, claimed_regular=row.regular_price
                )
            )
        else:
            out.append(None)
    return out


def end_of_day(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time.min, tzinfo=UTC)


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def daily_prices(
    rows: Iterable[tuple[datetime, Decimal]], days: Sequence[date]
) -> dict[date, Decimal]:
    """The price in force at the end of each day (the last row at or before it).

    Days before the first row have no price and are left out.
    """
    ordered = sorted(rows, key=lambda r: r[0])
    out: dict[date, Decimal] = {}
    i = 0
    current: Decimal | None = None
    for day in sorted(days):
        limit = end_of_day(day)
        while i < len(ordered) and ordered[i][0] < limit:
            current = ordered[i][1]
            i += 1
        if current is not None:
            out[day] = current
    return out


@dataclass(frozen=True)
class IndexPoint:
    """The basket's cost at one store on one day."""

    day: date
    store: str
    cost: Decimal | None  # None when an item had no price yet that day
    priced: int  # items with a price that day
    items: int  # items in the basket for this store
    index: Decimal | None  # cost relative to the store's first complete day, ×100


def basket_index(
    series: Mapping[str, Mapping[str, Mapping[date, Decimal]]], days: Sequence[date]
) -> list[IndexPoint]:
    """Basket cost per store per day from each item's daily price.

    ``series[store][item][day]`` is the price of the product chosen for ``item`` at
    ``store``. A day on which any item is unpriced has no cost (an incomplete basket is not
    comparable). The index is the cost over the store's first complete day's cost, ×100.
    """
    points: list[IndexPoint] = []
    for store in sorted(series):
        items = series[store]
        base: Decimal | None = None
        for day in sorted(days):
            prices = [p[day] for p in items.values() if day in p]
            complete = bool(items) and len(prices) == len(items)
            cost = sum(prices, Decimal(0)) if complete else None
            if cost is not None and base is None and cost > 0:
                base = cost
            index = (cost * 100 / base).quantize(Decimal("0.1")) if cost and base else None
            points.append(
                IndexPoint(
                    day=day,
                    store=store,
                    cost=cost,
                    priced=len(prices),
                    items=len(items),
                    index=index,
                )
            )
    return points
