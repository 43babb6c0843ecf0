"""Thin storage queries for price history, outliers and the basket index.

Each function reads through the ``Storage`` protocol (``query`` or a repository); the
arithmetic is in ``korzina.core.analytics.prices``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from korzina.core.analytics.prices import (
    OUTLIER_MIN_POINTS,
    DiscountCheck,
    IndexPoint,
    basket_index,
    daily_prices,
    days_between,
    discount_checks,
    end_of_day,
    is_outlier,
    median,
    reference_median,
)
from korzina.core.errors import ConfigError
from korzina.core.storage.base import PricePoint, Storage

if TYPE_CHECKING:
    # analytics.match reads through the basket service, which imports this module.
    from korzina.core.analytics.match import Matched

# A staple basket for `korzina index` when the config names none (`index_basket`).
DEFAULT_BASKET: tuple[str, ...] = (
    "молоко 3,2%",
    "хлеб",
    "яйца",
    "масло сливочное",
    "сыр",
    "гречка",
    "рис",
    "сахар",
    "макароны",
    "курица",
)


@dataclass(frozen=True)
class ProductRow:
    store: str
    product_id: str
    name: str
    price: Decimal
    regular_price: Decimal | None
    sold_by: str
    shop_id: str | None


def _product_rows(storage: Storage, keys: Sequence[tuple[str, str]]) -> list[ProductRow]:
    """The products of ``keys``, in that order."""
    if not keys:
        return []
    _, rows = storage.query(
        "SELECT store, product_id, name, price, regular_price, sold_by, shop_id FROM products "
        "WHERE list_contains(?::VARCHAR[], store || chr(31) || product_id)",
        [[f"{s}\x1f{p}" for s, p in keys]],
    )
    by_key = {(r[0], r[1]): ProductRow(*r) for r in rows}
    return [by_key[k] for k in keys if k in by_key]


def find_products(
    storage: Storage,
    query: str,
    *,
    stores: Sequence[str] | None = None,
    limit: int = 20,
) -> list[ProductRow]:
    """The products a basket would take for the items ``query`` names, by store in pick
    order; at most ``limit``, every store's best ones first (``analytics.match``)."""
    from korzina.core.analytics.match import items_of, matching_products

    items = items_of(query)
    if not items:
        raise ConfigError(
            f"no product in {query!r}",
            user_message=f"В запросе «{query}» не найден товар: напишите его, как строку "
            "списка покупок (например, «молоко 3,2%»).",
        )
    found = [
        m
        for per_item in matching_products(storage, items, stores=stores)
        for ranked in per_item.values()
        for m in ranked
    ]
    chosen = dict.fromkeys((m.store, m.product_id) for m in sorted(found, key=lambda m: m.rank))
    keys = list(chosen)[:limit]
    order = {k: i for i, k in enumerate(dict.fromkeys((m.store, m.product_id) for m in found))}
    return _product_rows(storage, sorted(keys, key=lambda k: (k[0], order[k])))


@dataclass(frozen=True)
class HistoryRow:
    """One observation with what the analytics say about it."""

    point: PricePoint
    discount: DiscountCheck | None  # set when the row is a promo
    outlier: bool


@dataclass(frozen=True)
class ProductHistory:
    product: ProductRow
    median: Decimal | None
    rows: list[HistoryRow]


def product_history(
    storage: Storage, product: ProductRow, *, since: datetime | None = None
) -> ProductHistory:
    """The product's observations (since ``since``) with discount checks and outlier flags.

    Discounts are judged against the whole stored history (the 30 days before a promo may
    start before ``since``); the median is over every stored observation.
    """
    everything = storage.offers.price_history(product.store, product.product_id)
    ref = reference_median([p.price for p in everything])
    checks = discount_checks(everything)
    rows = [
        HistoryRow(point=p, discount=c, outlier=is_outlier(p.price, ref))
        for p, c in zip(everything, checks, strict=True)
        if since is None or p.observed_at >= since
    ]
    return ProductHistory(product=product, median=ref, rows=rows)


def _price_lists(
    storage: Storage, keys: Iterable[tuple[str, str]] | None
) -> list[tuple[str, str, Decimal, list[Decimal]]]:
    """(store, product_id, current price, observed prices) of the products (all, or
    ``keys``) with enough observations to judge: a hash join on the keys, so asking for
    thousands of products costs one pass over the observations."""
    enough = "HAVING count(*) >= ?"
    if keys is None:
        sql = (
            "WITH o AS (SELECT store, product_id, list(o.price) AS prices FROM observations o "
            f"GROUP BY ALL {enough}) "
            "SELECT o.store, o.product_id, p.price, o.prices FROM o "
            "JOIN products p USING (store, product_id)"
        )
        params: list[Any] = [OUTLIER_MIN_POINTS]
    else:
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return []
        sql = (
            "WITH k AS (SELECT unnest(?::VARCHAR[]) AS store, unnest(?::VARCHAR[]) AS product_id), "
            "o AS (SELECT store, product_id, list(o.price) AS prices FROM observations o "
            f"JOIN k USING (store, product_id) GROUP BY ALL {enough}) "
            "SELECT o.store, o.product_id, p.price, o.prices FROM o "
            "JOIN products p USING (store, product_id)"
        )
        params = [[s for s, _ in wanted], [p for _, p in wanted], OUTLIER_MIN_POINTS]
    _, rows = storage.query(sql, params)
    return [(s, p, price, list(prices)) for s, p, price, prices in rows]


def outlier_keys(
    storage: Storage, keys: Iterable[tuple[str, str]] | None = None
) -> set[tuple[str, str]]:
    """(store, product_id) of products whose current price is an outlier for that product.

    The basket matcher leaves these out: a price 3× off the product's median is a glitch
    in the store's data, not a bargain or a rip-off to show a shopper.
    """
    return {
        (store, pid)
        for store, pid, price, prices in _price_lists(storage, keys)
        if is_outlier(price, reference_median(prices))
    }


# --- the basket index ----------------------------------------------------------


@dataclass(frozen=True)
class BasketChoice:
    """The product that stands for one basket item at one store."""

    store: str
    item: str
    product_id: str
    name: str


@dataclass(frozen=True)
class IndexReport:
    days: list[date]
    choices: list[BasketChoice]
    missing: dict[str, list[str]]  # store -> items with no matching product
    points: list[IndexPoint]
    # Items some store lacks: left out of every store's cost, so the costs compare.
    left_out: list[str] = field(default_factory=list)


def _observations(
    storage: Storage, keys: Sequence[tuple[str, str]], until: datetime
) -> dict[tuple[str, str], list[tuple[datetime, Decimal]]]:
    flat = [f"{s}\x1f{p}" for s, p in keys]
    _, rows = storage.query(
        "SELECT store, product_id, observed_at, price FROM observations "
        "WHERE list_contains(?::VARCHAR[], store || chr(31) || product_id) "
        "AND observed_at < ?::TIMESTAMPTZ ORDER BY observed_at",
        [flat, until],
    )
    out: dict[tuple[str, str], list[tuple[datetime, Decimal]]] = defaultdict(list)
    for store, pid, at, price in rows:
        out[(store, pid)].append((at, price))
    return out


def index_report(
    storage: Storage,
    basket: Sequence[str],
    *,
    today: date,
    days: int = 30,
    stores: Sequence[str] | None = None,
) -> IndexReport:
    """The basket's cost per store per day over the ``days`` up to ``today``.

    Each basket item is a query; at each store it is represented, for the whole period,
    by the matching product with the lowest median price over its observations (ties: the
    lower product id), so the index follows fixed products, as a price index should.
    Outlier observations are left out of the daily prices.
    """
    if not basket:
        raise ConfigError("empty basket", user_message="Корзина для индекса пуста.")
    from korzina.core.analytics.match import items_of, matching_products

    period = days_between(today - timedelta(days=max(1, days) - 1), today)
    until = end_of_day(today)
    # Each basket entry is one list item («молоко 3,2%»), matched as a basket matches it.
    parsed = {text: items_of(text)[:1] for text in basket}
    items = [item for found in parsed.values() for item in found]
    per_item = iter(matching_products(storage, items, stores=stores))
    candidates: dict[tuple[str, str], list[Matched]] = {}
    for text, found in parsed.items():
        if found:
            for store, ranked in next(per_item).items():
                candidates[(store, text)] = ranked
    _, have = storage.query(
        "SELECT DISTINCT store FROM products"
        " WHERE ?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], store)",
        [None if stores is None else list(stores)] * 2,
    )
    known_stores = {r[0] for r in have}
    if stores is not None:
        known_stores |= set(stores)
    keys = sorted({(r.store, r.product_id) for rows in candidates.values() for r in rows})
    history = _observations(storage, keys, until) if keys else {}
    chosen = {
        (store, item): pick
        for store in sorted(known_stores)
        for item in basket
        if (pick := _lowest_median(candidates.get((store, item), []), history)) is not None
    }
    common = [i for i in basket if all((s, i) in chosen for s in known_stores)]
    missing: dict[str, list[str]] = {}
    series: dict[str, dict[str, dict[date, Decimal]]] = {s: {} for s in known_stores}
    for store in sorted(known_stores):
        missing_here = [i for i in basket if (store, i) not in chosen]
        if missing_here:
            missing[store] = missing_here
        for item in common:
            rows = history.get((store, chosen[(store, item)].product_id), [])
            ref = reference_median([p for _, p in rows])
            clean = [(at, p) for at, p in rows if not is_outlier(p, ref)]
            series[store][item] = daily_prices(clean, period)
    return IndexReport(
        days=period,
        choices=[BasketChoice(s, i, m.product_id, m.name) for (s, i), m in chosen.items()],
        missing=missing,
        points=basket_index(series, period),
        left_out=[i for i in basket if i not in common],
    )


def _lowest_median(
    matched: Sequence[Matched],
    history: Mapping[tuple[str, str], list[tuple[datetime, Decimal]]],
) -> Matched | None:
    """The matched product with the lowest median observed price (ties: lower id)."""
    best: tuple[Decimal, str, Matched] | None = None
    for m in matched:
        ref = median(p for _, p in history.get((m.store, m.product_id), []))
        if ref is not None and (best is None or (ref, m.product_id) < best[:2]):
            best = (ref, m.product_id, m)
    return None if best is None else best[2]
