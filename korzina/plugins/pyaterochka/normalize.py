"""Пятёрочка JSON → korzina models. Pure: no I/O, no clock beyond ``Offer.observed_at``.

Field paths are STORES.md section 1 ("Fields: list/search products[] and detail"), checked
against the recorded responses in tests/fixtures/pyaterochka/recorded/.

Prices are rouble decimal strings (``"89.99"``). The current price is ``prices.discount``
when it is not null, else ``prices.regular``. Multi-buy offers (``promo.n_plus_m`` «1+1»,
``promo.rebate`` «% от 2 шт») carry ``prices.cpd_promo_price``: the price of one unit *only
when buying several*. korzina compares what one unit costs, so ``price`` stays the
single-unit price and the multi-buy price is not used (Offer has no field for it).

Goods sold by weight have ``uom == "кг"`` and ``property_clarification`` «Цена за 1 кг» or
«Цена за 100 г»: the price is for that amount, so it is scaled to a price per kg.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from korzina.core.errors import ShapeChanged
from korzina.core.models import Category, Offer, PackSize, Shop, SizeUnit, SoldBy, money
from korzina.core.rejects import each, item_label
from korzina.core.store_http import field
from korzina.core.units import parse_pack, unit_price

STORE = "pyaterochka"
SITE_URL = "https://5ka.ru"

_UNITS = {
    "г": SizeUnit.G,
    "кг": SizeUnit.KG,
    "мл": SizeUnit.ML,
    "л": SizeUnit.L,
    "шт": SizeUnit.PIECE,
}
# property_clarification of packaged goods: "250 г", "1 л", "1.5 л", "2 шт".
_CLARIFICATION_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(г|кг|мл|л|шт)\.?\s*$", re.IGNORECASE)
# property_clarification of weighed goods: "Цена за 1 кг", "Цена за 100 г".
_PER_AMOUNT_RE = re.compile(r"^\s*Цена за\s+(\d+(?:[.,]\d+)?)\s*(г|кг)\s*$", re.IGNORECASE)


def _at(data: Any, path: str, where: str, **kw: Any) -> Any:
    """``field`` that names the full path (``products.3.prices``) when the shape changed."""
    return field(STORE, data, path, where=where, **kw)


def pack_from_clarification(text: str | None) -> PackSize | None:
    """The pack size from ``property_clarification`` ("250 г" → 250 г), or None."""
    if not text:
        return None
    m = _CLARIFICATION_RE.match(text)
    if m is None:
        return None
    value = Decimal(m.group(1).replace(",", "."))
    if value <= 0:
        return None
    return PackSize(value=value, unit=_UNITS[m.group(2).lower()])


def per_kg_factor(clarification: str | None) -> Decimal:
    """What a weighed good's price must be multiplied by to be per kg.

    «Цена за 100 г» → 10, «Цена за 1 кг» → 1. Anything else: the price is taken as
    per kg, which is what the site shows for goods sold by weight.
    """
    if not clarification:
        return Decimal(1)
    m = _PER_AMOUNT_RE.match(clarification)
    if m is None:
        return Decimal(1)
    amount = Decimal(m.group(1).replace(",", "."))
    grams = amount if m.group(2).lower() == "г" else amount * 1000
    if grams <= 0:
        return Decimal(1)
    return Decimal(1000) / grams


_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip
_SLUG_MAX = 50


def product_slug(name: str) -> str:
    """The slug the site puts before ``--<plu>`` in product URLs.

    The API returns no slug. Public links show a transliterated name cut to 50
    characters: «…Сиртаки оригинал для греческого…» → ``…sirtaki-original-dlya-grecheskog``,
    «Нектар Global Village ананасовый 950мл» → ``nektar-global-village-ananasovyy-950ml``.
    The site resolves the product by the PLU after ``--``.
    """
    text = "".join(_TRANSLIT.get(ch, ch) for ch in name.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:_SLUG_MAX].rstrip("-")


def product_url(name: str, plu: int | str, site_url: str = SITE_URL) -> str:
    """``https://5ka.ru/product/<slug>--<plu>/`` as the site links its products."""
    return f"{site_url.rstrip('/')}/product/{product_slug(name)}--{plu}/"


def _first(items: Any) -> str | None:
    if isinstance(items, list) and items and isinstance(items[0], str):
        return items[0]
    return None


def _image(item: Mapping[str, Any]) -> str | None:
    links = item.get("image_links")
    if not isinstance(links, Mapping):
        return None
    return _first(links.get("normal")) or _first(links.get("small"))


def _offer(
    item: Mapping[str, Any],
    *,
    price: Decimal,
    regular: Decimal,
    where: str,
    shop_id: str | None,
    category_path: Sequence[str],
    brand: str | None,
    site_url: str,
) -> Offer:
    plu = _at(item, "plu", where)
    name = _at(item, "name", where)
    if not isinstance(name, str) or not name:
        raise ShapeChanged(STORE, f"{where}.name", "not a non-empty string")
    uom = _at(item, "uom", where)
    clarification = item.get("property_clarification")
    if uom == "кг":
        factor = per_kg_factor(clarification)
        price, regular = money(price * factor), money(regular * factor)
        sold_by, pack = SoldBy.KG, None
    else:
        sold_by = SoldBy.PIECE
        # The site's own pack label first; the title when it has none.
        pack = pack_from_clarification(clarification) or parse_pack(name)
    per_unit = unit_price(price, sold_by, pack)
    available = item.get("is_available")
    return Offer(
        store=STORE,
        product_id=str(plu),
        name=name,
        brand=brand,
        category_path=tuple(category_path),
        price=price,
        regular_price=regular,
        sold_by=sold_by,
        pack=pack,
        unit_price=per_unit[0] if per_unit else None,
        unit_price_unit=per_unit[1] if per_unit else None,
        url=product_url(name, plu, site_url),
        image_url=_image(item),
        shop_id=shop_id,
        available=available if isinstance(available, bool) else True,
    )


def _money_at(item: Any, path: str, where: str) -> Decimal:
    raw = _at(item, path, where)
    try:
        return money(raw)
    except (ArithmeticError, ValueError, TypeError) as exc:
        raise ShapeChanged(STORE, f"{where}.{path}", f"not a price: {raw!r}") from exc


def offer_from_item(
    item: Mapping[str, Any],
    *,
    where: str = "products",
    shop_id: str | None = None,
    category_path: Sequence[str] = (),
    brand: str | None = None,
    site_url: str = SITE_URL,
) -> Offer:
    """One ``products[]`` item of search, category products or products_line."""
    if not isinstance(item, Mapping):
        raise ShapeChanged(STORE, where, "not an object")
    regular = _money_at(item, "prices.regular", where)
    discount = _at(item, "prices.discount", where, default=None)
    price = _money_at(item, "prices.discount", where) if discount is not None else regular
    return _offer(
        item,
        price=price,
        regular=regular,
        where=where,
        shop_id=shop_id,
        category_path=category_path,
        brand=brand,
        site_url=site_url,
    )


def offers_from_products(
    data: Any,
    *,
    shop_id: str | None = None,
    category_path: Sequence[str] = (),
    site_url: str = SITE_URL,
) -> list[Offer]:
    """Every item of a reply with ``products[]`` (search, category products, products_line)."""
    products = _at(data, "products", "")
    if not isinstance(products, list):
        raise ShapeChanged(STORE, "products", "not a list")
    # An item that cannot be read whole is dropped and named, not guessed (issue 15).
    return each(
        STORE,
        products,
        lambda i, item: offer_from_item(
            item,
            where=f"products.{i}",
            shop_id=shop_id,
            category_path=category_path,
            site_url=site_url,
        ),
        label=lambda i, item: item_label(item, "name", "plu", fallback=f"products.{i}"),
    )


def brand_from_detail(detail: Mapping[str, Any]) -> str | None:
    """``attributes[name=="Бренд"].value``: the brand lives only in the product detail."""
    attributes = detail.get("attributes")
    if not isinstance(attributes, list):
        return None
    for attr in attributes:
        if isinstance(attr, Mapping) and attr.get("name") == "Бренд":
            value = attr.get("value")
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def offer_from_detail(
    detail: Mapping[str, Any], *, shop_id: str | None = None, site_url: str = SITE_URL
) -> Offer:
    """The product detail: ``prices`` is a list there, ``[placement_type=="regular_primary"]``.

    Only ``regular_primary`` has been seen (STORES.md [?]), so the detail's price is the
    regular price; a search or category listing shows the promo price.
    """
    prices = _at(detail, "prices", "")
    if not isinstance(prices, list):
        raise ShapeChanged(STORE, "prices", "expected a list in the product detail")
    regular: Decimal | None = None
    for i, entry in enumerate(prices):
        if isinstance(entry, Mapping) and entry.get("placement_type") == "regular_primary":
            regular = _money_at(entry, "value", f"prices.{i}")
    if regular is None:
        raise ShapeChanged(STORE, "prices[placement_type=regular_primary]", "missing")
    return _offer(
        detail,
        price=regular,
        regular=regular,
        where="",
        shop_id=shop_id,
        category_path=(),
        brand=brand_from_detail(detail),
        site_url=site_url,
    )


def categories_from_tree(data: Any) -> list[Category]:
    """The category tree (groups with ``categories[]``), flattened; children are leaves."""
    if not isinstance(data, list):
        raise ShapeChanged(STORE, "<categories>", "expected a list of groups")
    found: list[Category] = []
    for i, group in enumerate(data):
        gid = str(_at(group, "id", str(i)))
        gname = str(_at(group, "name", str(i)))
        children = _at(group, "categories", str(i), default=None) or []
        found.append(
            Category(
                store=STORE,
                category_id=gid,
                name=gname,
                path=(gname,),
                is_leaf=not children,
            )
        )
        for j, child in enumerate(children):
            where = f"{i}.categories.{j}"
            name = str(_at(child, "name", where))
            found.append(
                Category(
                    store=STORE,
                    category_id=str(_at(child, "id", where)),
                    name=name,
                    path=(gname, name),
                    parent_id=gid,
                )
            )
    return found


def price_bounds(data: Any) -> tuple[Decimal, Decimal] | None:
    """``filters[field_name=="price"].range_min_val/range_max_val`` of a category reply."""
    filters = data.get("filters") if isinstance(data, Mapping) else None
    if not isinstance(filters, list):
        return None
    for f in filters:
        if isinstance(f, Mapping) and f.get("field_name") == "price":
            lo, hi = f.get("range_min_val"), f.get("range_max_val")
            if lo is None or hi is None:
                return None
            return money(lo), money(hi)
    return None


def shop_from_store_at_point(data: Any) -> Shop:
    """``/orders/v1/orders/stores/`` answers with the one store serving a point."""
    sap = _at(data, "sap_code", "")
    if not isinstance(sap, str) or not sap:
        raise ShapeChanged(STORE, "sap_code", "not a non-empty string")
    address = data.get("shop_address")
    city = data.get("store_city")
    return Shop(
        store=STORE,
        shop_id=sap,
        name=f"Пятёрочка {sap}",
        address=address if isinstance(address, str) else None,
        extra={"city": city} if isinstance(city, str) else {},
    )


def default_sap_code(delivery_panel_store: Any) -> str:
    """``localStorage['DeliveryPanelStore'].selectedStore.sapCode``: the site's default store."""
    sap = _at(delivery_panel_store, "selectedStore.sapCode", "")
    return str(sap)
