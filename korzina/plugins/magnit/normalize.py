"""Магнит's web-gateway JSON → korzina models. Pure: no I/O, no clock except ``observed_at``.

Field paths are those of STORES.md section 2 ("Fields: goods/search items[]"):
prices are integer kopecks, ``price`` is the final price (promo included), the price before
the promo is ``promotion.oldPrice`` (often null: the «Финальная цена» badge), the pack size
is only in ``name``, the brand is not in the goods items at all.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from korzina.core.errors import ShapeChanged
from korzina.core.models import (
    Category,
    Location,
    Offer,
    PackSize,
    Shop,
    SoldBy,
    kopecks_to_money,
)
from korzina.core.rejects import each, item_label
from korzina.core.store_http import field
from korzina.core.units import parse_pack, unit_price

STORE = "magnit"
SITE = "https://magnit.ru"

# The brands facet lists this pseudo-brand for goods without one; it names no product.
NOT_A_BRAND = frozenset({"различные бренды"})


@dataclass(frozen=True)
class GoodsPage:
    """One reply of ``POST /webgate/v2/goods/search``."""

    items: list[dict[str, Any]]
    has_more: bool
    next_offset: int | None
    total: int | None


def goods_page(data: Any) -> GoodsPage:
    """The items and the ``pagination`` block of a goods/search reply."""
    items = field(STORE, data, "items")
    if not isinstance(items, list):
        raise ShapeChanged(STORE, "items", f"expected a list, got {type(items).__name__}")
    has_more = field(STORE, data, "pagination.hasMore")
    next_offset = field(STORE, data, "pagination.nextOffset", default=None)
    total = field(STORE, data, "pagination.totalCount", default=None)
    return GoodsPage(
        items=[i for i in items if isinstance(i, dict)],
        has_more=bool(has_more),
        next_offset=int(next_offset) if isinstance(next_offset, int) else None,
        total=int(total) if isinstance(total, int) else None,
    )


def _kopecks(item: Mapping[str, Any], path: str) -> Decimal:
    value = field(STORE, item, path)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ShapeChanged(STORE, path, f"expected integer kopecks, got {value!r}")
    return kopecks_to_money(value)


def _image(item: Mapping[str, Any]) -> str | None:
    for media in item.get("gallery") or ():
        if isinstance(media, dict) and media.get("type") == "IMAGE" and media.get("url"):
            return str(media["url"])
    return None


def _promo_until(item: Mapping[str, Any]) -> datetime | None:
    raw = field(STORE, item, "promotion.endDate", default=None)
    if not raw:
        return None
    try:
        # "2026-09-01T23:59:59Z": ISO UTC (STORES.md).
        return datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    except ValueError as exc:
        raise ShapeChanged(STORE, "promotion.endDate", f"not an ISO date: {raw!r}") from exc


_UNIT_LABEL = re.compile(r"(?P<amount>\d+(?:[.,]\d+)?)?\s*(?P<unit>кг|г)\b", re.IGNORECASE)


def _per_kg(unit_kopecks: int, unit_label: str) -> Decimal | None:
    """``weighted.unitPrice`` (kopecks per ``unitLabel``, e.g. «кг», «100 г») → roubles per kg."""
    m = _UNIT_LABEL.search(unit_label)
    if not m:
        return None
    amount = Decimal((m.group("amount") or "1").replace(",", "."))
    if amount <= 0:
        return None
    kg = amount if m.group("unit").lower() == "кг" else amount / 1000
    return kopecks_to_money(unit_kopecks) / kg


# A brand list's pattern and, per casefolded brand, its priority and the brand to report.
_BrandMatcher = tuple[re.Pattern[str], dict[str, tuple[tuple[int, int], str]]]


@functools.lru_cache(maxsize=64)
def _brand_matcher(brands: tuple[str, ...]) -> _BrandMatcher | None:
    """One compiled pattern for a whole brand list (every offer of a category shares it).

    A ``re.search`` per brand per offer was the crawl's main cost. Each alternative sits in
    a lookahead, so every word start is tried (overlapping matches are all seen), and the
    alternatives are ordered so that the first one matching at a position is the one the
    brand-by-brand rule prefers there: longest ``brand.strip()``, then earliest listed.
    """
    chosen: dict[str, tuple[tuple[int, int], str]] = {}
    for index, brand in enumerate(brands):
        b = brand.strip()
        key = b.casefold()
        if not b or key in NOT_A_BRAND:
            continue
        rank = (-len(b), index)
        if key not in chosen or rank < chosen[key][0]:
            chosen[key] = (rank, b)
    if not chosen:
        return None
    alternatives = "|".join(re.escape(k) for k in sorted(chosen, key=lambda k: chosen[k][0]))
    return re.compile(rf"(?<!\w)(?=({alternatives})(?!\w))"), chosen


def attribute_brand(name: str, brands: Iterable[str]) -> str | None:
    """The brand from the category's ``brands`` facet that the product name contains.

    The goods items carry no brand (STORES.md), but names usually do («… J7 300мл»,
    «… М Кухня 300мл»). The longest whole-word match wins (the earliest listed on a tie),
    so «Домик в Деревне» beats «Домик»; pseudo-brands like «Различные бренды» never match.
    """
    matcher = _brand_matcher(tuple(brands))
    if matcher is None:
        return None
    pattern, chosen = matcher
    best: tuple[tuple[int, int], str] | None = None
    for m in pattern.finditer(name.casefold()):
        found = chosen[m.group(1)]
        if best is None or found[0] < best[0]:
            best = found
    return best[1] if best else None


def offer(
    item: Mapping[str, Any],
    *,
    shop_id: str | None,
    category_path: tuple[str, ...] = (),
    brands: Sequence[str] = (),
) -> Offer:
    """One goods/search item as an Offer at ``shop_id`` (the storeCode the item echoes)."""
    product_id = str(field(STORE, item, "id"))
    name = " ".join(str(field(STORE, item, "name")).split())
    price = _kopecks(item, "price")
    regular: Decimal | None = price
    promo_until: datetime | None = None
    if field(STORE, item, "promotion.isPromotion", default=False):
        old = field(STORE, item, "promotion.oldPrice", default=None)
        # oldPrice null under the «Финальная цена» badge: the regular price is unknown.
        regular = _kopecks(item, "promotion.oldPrice") if old is not None else None
        promo_until = _promo_until(item)

    pack: PackSize | None = parse_pack(name)
    sold_by = SoldBy.PIECE
    if field(STORE, item, "weighted.isWeighted", default=False):
        sold_by = SoldBy.KG
        unit_kopecks = field(STORE, item, "weighted.unitPrice", default=None)
        label = field(STORE, item, "weighted.unitLabel", default=None)
        per_kg = (
            _per_kg(unit_kopecks, str(label))
            if isinstance(unit_kopecks, int) and not isinstance(unit_kopecks, bool) and label
            else None
        )
        if per_kg is not None:
            if regular is not None and price:
                regular = (regular * per_kg / price).quantize(Decimal("0.01"))
            price = per_kg.quantize(Decimal("0.01"))
        # Else [?]: unitPrice was null in every recorded item; ``price`` is taken as per kg.
        pack = None
    up = unit_price(price, sold_by, pack)
    seo = item.get("seoCode")
    quantity = item.get("quantity")
    return Offer(
        store=STORE,
        product_id=product_id,
        name=name,
        brand=attribute_brand(name, brands),
        category_path=category_path,
        price=price,
        regular_price=regular,
        promo_until=promo_until,
        sold_by=sold_by,
        pack=pack,
        unit_price=up[0] if up else None,
        unit_price_unit=up[1] if up else None,
        url=f"{SITE}/product/{product_id}-{seo}" if seo else f"{SITE}/product/{product_id}",
        image_url=_image(item),
        shop_id=shop_id,
        available=not (isinstance(quantity, int) and quantity <= 0),
    )


def offers(
    items: Sequence[Mapping[str, Any]],
    *,
    shop_id: str | None,
    category_path: tuple[str, ...] = (),
    brands: Sequence[str] = (),
) -> list[Offer]:
    """Every item of a goods page; an item that cannot be read whole is dropped and
    named (``korzina.core.rejects``), not guessed (issue 15)."""
    return each(
        STORE,
        items,
        lambda _, item: offer(item, shop_id=shop_id, category_path=category_path, brands=brands),
        label=lambda i, item: item_label(item, "name", "id", fallback=f"items.{i}"),
    )


def echoed_store_codes(items: Iterable[Mapping[str, Any]]) -> set[str]:
    """The ``storeCode`` values the items echo (items without one are not counted)."""
    return {str(i["storeCode"]) for i in items if i.get("storeCode") not in (None, "")}


# --- category tree ---------------------------------------------------------


def categories(data: Any) -> list[Category]:
    """``GET /webgate/v3/categories/store/{code}`` → the tree flattened, parents first."""
    roots = field(STORE, data, "items")
    if not isinstance(roots, list):
        raise ShapeChanged(STORE, "items", "expected a list of categories")
    out: list[Category] = []

    def walk(nodes: list[Any], parent: Category | None, where: str) -> None:
        for i, node in enumerate(nodes):
            path = f"{where}.{i}"
            cid = field(STORE, node, "id")
            name = str(field(STORE, node, "name")).strip()
            children = node.get("children") or []
            if not isinstance(children, list):
                raise ShapeChanged(STORE, f"{path}.children", "expected a list")
            cat = Category(
                store=STORE,
                category_id=str(cid),
                name=name,
                path=(*(parent.path if parent else ()), name),
                parent_id=parent.category_id if parent else None,
                is_leaf=not children,
            )
            out.append(cat)
            walk(children, cat, f"{path}.children")

    walk(roots, None, "items")
    return out


# --- facets ----------------------------------------------------------------


@dataclass(frozen=True)
class Facets:
    """``POST /webgate/v1/goods/filters``: brand names with counts, and the total count."""

    brands: list[tuple[str, int]]
    total: int | None


def facets(data: Any) -> Facets:
    filters = field(STORE, data, "filters")
    if not isinstance(filters, list):
        raise ShapeChanged(STORE, "filters", "expected a list")
    brands: list[tuple[str, int]] = []
    for f in filters:
        if isinstance(f, dict) and f.get("id") == "brands":
            for j, el in enumerate(f.get("elements") or ()):
                name = field(STORE, el, "name")
                count = el.get("count")
                if not isinstance(name, str):
                    raise ShapeChanged(STORE, f"filters[brands].elements.{j}.name", "not text")
                brands.append((name, int(count) if isinstance(count, int) else 0))
    total = field(STORE, data, "pagination.totalCount", default=None)
    return Facets(brands=brands, total=int(total) if isinstance(total, int) else None)


# --- shops -----------------------------------------------------------------


def shops(data: Any, near: Location) -> list[Shop]:
    """``POST /webgate/v1/stores-facade/search`` ``items.items[]`` → active shops, nearest first."""
    records = field(STORE, data, "items.items")
    if not isinstance(records, list):
        raise ShapeChanged(STORE, "items.items", "expected a list of stores")
    found: list[Shop] = []
    for i, rec in enumerate(records):
        path = f"items.items.{i}"
        if rec.get("isActive") is False:
            continue
        # Paths from the reply's root, so a ShapeChanged names the record.
        code = field(STORE, data, f"{path}.externalId.storeCode")
        lat = field(STORE, data, f"{path}.coordinates.latitude")
        lon = field(STORE, data, f"{path}.coordinates.longitude")
        try:
            where = Location(lat=float(lat), lon=float(lon))
        except (TypeError, ValueError) as exc:
            raise ShapeChanged(STORE, f"{path}.coordinates", f"bad point {lat!r}, {lon!r}") from exc
        kind = rec.get("storeTypeV2")
        found.append(
            Shop(
                store=STORE,
                shop_id=str(code),
                name=f"Магнит ({kind})" if kind else "Магнит",
                address=str(rec["address"]) if rec.get("address") else None,
                location=where,
                distance_m=round(near.distance_m(where), 1),
                extra={"storeTypeV2": str(kind)} if kind else {},
            )
        )
    found.sort(key=lambda s: s.distance_m or 0.0)
    return found
