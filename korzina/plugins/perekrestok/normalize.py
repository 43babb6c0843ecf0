"""Перекрёсток JSON → korzina models. Pure: no I/O, no clock beyond ``Offer.observed_at``.

Field paths are STORES.md section 3 ("Fields: feed/search items and the card"), checked
against the recorded responses in tests/fixtures/perekrestok/recorded/. Every reply wraps
its data in ``content``.

Prices are integer kopecks: ``priceTag.price`` now, ``priceTag.grossPrice`` before the
discount (``null`` = no discount). Multi-buy offers have ``discountMinimumAmount > 0``
(2000 ↔ «-14% от 2 шт.»): there ``price`` is the per-unit price *when buying that many*
and ``grossPrice`` the price of one unit, so korzina keeps ``grossPrice`` as the price.
When ``grossPrice`` is null on such an offer (seen: «-21% от 6 шт.»), ``price`` is all we
have and is kept. Goods sold by weight (``masterData.unit == 2``) are priced per kg.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

from korzina.core.errors import ShapeChanged
from korzina.core.models import (
    Category,
    Location,
    Offer,
    PackSize,
    Shop,
    SizeUnit,
    SoldBy,
    kopecks_to_money,
)
from korzina.core.rejects import each, item_label
from korzina.core.store_http import field
from korzina.core.units import parse_pack, unit_price

STORE = "perekrestok"
SITE_URL = "https://www.perekrestok.ru"
IMAGE_SIZE = "400x400"

# masterData.unit: 1 = «шт», 2 = «кг» (price per kg).
_UNIT_PIECE, _UNIT_KG = 1, 2


def _at(data: Any, path: str, where: str, **kw: Any) -> Any:
    """``field`` that names the full path (``content.items.3.priceTag``) on a shape change."""
    return field(STORE, data, path, where=where, **kw)


def _int_at(data: Any, path: str, where: str) -> int:
    value = _at(data, path, where)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ShapeChanged(STORE, f"{where}.{path}", f"expected integer kopecks, got {value!r}")
    return value


def content(data: Any) -> Any:
    """The ``content`` every API reply wraps its data in."""
    return _at(data, "content", "")


def access_token(session_cookie: str) -> str:
    """``accessToken`` from the ``session`` cookie: URL-encoded ``j:{...}`` JSON."""
    try:
        payload = json.loads(unquote(session_cookie).removeprefix("j:"))
        token = payload["accessToken"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ShapeChanged(STORE, "cookie session.accessToken", "unreadable") from exc
    if not isinstance(token, str) or not token:
        raise ShapeChanged(STORE, "cookie session.accessToken", "not a string")
    return token


def error_code(data: Any) -> str | None:
    """``error.code`` of an error reply (e.g. ``ACCESS_TOKEN_EXPIRED``), or None."""
    if isinstance(data, Mapping):
        error = data.get("error")
        if isinstance(error, Mapping) and isinstance(error.get("code"), str):
            return str(error["code"])
    return None


def pack_from_master_data(master: Mapping[str, Any]) -> PackSize | None:
    """``masterData.volume`` (ml) if given, else ``masterData.weight`` (g)."""
    for key, unit in (("volume", SizeUnit.ML), ("weight", SizeUnit.G)):
        value = master.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return PackSize(value=Decimal(value), unit=unit)
    return None


def image_url(item: Mapping[str, Any], size: str = IMAGE_SIZE) -> str | None:
    """``image`` (lists) or ``primaryImage`` (card) ``cropUrlTemplate`` with ``%s`` = size."""
    for key in ("image", "primaryImage"):
        image = item.get(key)
        if isinstance(image, Mapping):
            template = image.get("cropUrlTemplate")
            if isinstance(template, str) and template:
                return template.replace("%s", size)
    return None


def _category_id(item: Mapping[str, Any]) -> Any:
    # STORES.md: /cat/{catalogPrimaryCategory.id}/... (the site tree). Some feed items have
    # it null; search items' ``category`` and then ``primaryCategory`` stand in (inferred).
    for key in ("catalogPrimaryCategory", "category", "primaryCategory"):
        cat = item.get(key)
        if isinstance(cat, Mapping) and cat.get("id") is not None:
            return cat["id"]
    return None


def product_url(item: Mapping[str, Any], site_url: str = SITE_URL) -> str | None:
    """``https://www.perekrestok.ru/cat/{category}/p/{masterData.slug}-{masterData.plu}``."""
    master = item.get("masterData")
    cat = _category_id(item)
    if not isinstance(master, Mapping) or cat is None:
        return None
    slug, plu = master.get("slug"), master.get("plu")
    if not slug or not plu:
        return None
    return f"{site_url.rstrip('/')}/cat/{cat}/p/{slug}-{plu}"


def _category_path(item: Mapping[str, Any]) -> tuple[str, ...]:
    cat = item.get("category")  # search items: the site tree with the parent's title
    if isinstance(cat, Mapping) and isinstance(cat.get("title"), str):
        parent = cat.get("parentTitle")
        return (parent, cat["title"]) if isinstance(parent, str) else (cat["title"],)
    cat = item.get("catalogPrimaryCategory")
    if isinstance(cat, Mapping) and isinstance(cat.get("title"), str):
        return (cat["title"],)
    return ()


def brand_from_card(card: Mapping[str, Any]) -> str | None:
    """The brand, in the product card only: ``features[].items[key=="brand"]`` first."""
    features = card.get("features")
    if isinstance(features, list):
        for group in features:
            items = group.get("items") if isinstance(group, Mapping) else None
            for it in items if isinstance(items, list) else ():
                if isinstance(it, Mapping) and it.get("key") == "brand":
                    values = it.get("displayValues")
                    if isinstance(values, list) and values and isinstance(values[0], str):
                        return values[0]
    info = card.get("analyticsInfo")
    if isinstance(info, list):
        for entry in info:
            if isinstance(entry, Mapping) and entry.get("name") == "brandName":
                value = entry.get("value")
                if isinstance(value, str) and value:
                    return value
    return None


def offer_from_item(
    item: Mapping[str, Any],
    *,
    where: str = "item",
    shop_id: str | None = None,
    category_path: Sequence[str] | None = None,
    brand: str | None = None,
    site_url: str = SITE_URL,
    image_size: str = IMAGE_SIZE,
) -> Offer:
    """A product of search, feed or the card (they share the fields used here)."""
    if not isinstance(item, Mapping):
        raise ShapeChanged(STORE, where, "not an object")
    title = _at(item, "title", where)
    if not isinstance(title, str) or not title:
        raise ShapeChanged(STORE, f"{where}.title", "not a non-empty string")
    plu = _at(item, "masterData.plu", where)
    unit = _at(item, "masterData.unit", where)
    now = _int_at(item, "priceTag.price", where)
    gross = _at(item, "priceTag.grossPrice", where, default=None)
    if gross is not None:
        gross = _int_at(item, "priceTag.grossPrice", where)
    min_amount = _at(item, "priceTag.discountMinimumAmount", where, default=0) or 0
    if min_amount and gross is not None:
        # Multi-buy: ``price`` needs several units; one unit costs ``grossPrice``.
        price_k, regular_k = gross, gross
    else:
        price_k, regular_k = now, gross if gross is not None else now
    price, regular = kopecks_to_money(price_k), kopecks_to_money(regular_k)

    pack: PackSize | None
    if unit == _UNIT_KG:
        sold_by, pack = SoldBy.KG, None  # priceTag.price is per 1 kg
    elif unit == _UNIT_PIECE:
        sold_by = SoldBy.PIECE
        # The title is what the shopper sees («Пончик …, 2х64г»); masterData.weight is a
        # shipping weight for non-food (a gift bag: 90 g), so it comes last.
        pack = parse_pack(title) or pack_from_master_data(item["masterData"])
    else:
        raise ShapeChanged(STORE, f"{where}.masterData.unit", f"unknown unit {unit!r}")
    per_unit = unit_price(price, sold_by, pack)
    return Offer(
        store=STORE,
        product_id=str(plu),
        name=title,
        brand=brand,
        category_path=tuple(category_path) if category_path else _category_path(item),
        price=price,
        regular_price=regular,
        sold_by=sold_by,
        pack=pack,
        unit_price=per_unit[0] if per_unit else None,
        unit_price_unit=per_unit[1] if per_unit else None,
        url=product_url(item, site_url),
        image_url=image_url(item, image_size),
        shop_id=shop_id,
    )


def _offers(
    data: Any,
    list_path: str,
    *,
    shop_id: str | None,
    category_path: Sequence[str] | None,
    where: str = "",
    **kw: Any,
) -> list[Offer]:
    """The products at ``list_path`` of ``data`` (which sits at ``where`` in the reply)."""
    full = f"{where}.{list_path}" if where else list_path
    items = _at(data, list_path, where)
    if not isinstance(items, list):
        raise ShapeChanged(STORE, full, "not a list")
    # An item that cannot be read whole is dropped and named, not guessed (issue 15).
    return each(
        STORE,
        items,
        lambda i, item: offer_from_item(
            item,
            where=f"{full}.{i}",
            shop_id=shop_id,
            category_path=category_path,
            **kw,
        ),
        label=lambda i, item: _label(item, f"{full}.{i}"),
    )


def _label(item: Any, where: str) -> str:
    master = item.get("masterData") if isinstance(item, Mapping) else None
    plu = master.get("plu") if isinstance(master, Mapping) else None
    return item_label(item, "title", fallback=f"plu {plu}" if plu else where)


def offers_from_search(data: Any, *, shop_id: str | None = None, **kw: Any) -> list[Offer]:
    """``GET /catalog/search/all``: ``content.products[]``."""
    return _offers(data, "content.products", shop_id=shop_id, category_path=None, **kw)


def offers_from_feed(
    data: Any,
    *,
    shop_id: str | None = None,
    category_path: Sequence[str] | None = None,
    **kw: Any,
) -> list[Offer]:
    """``POST /catalog/product/feed``: ``content.items[]``."""
    return _offers(data, "content.items", shop_id=shop_id, category_path=category_path, **kw)


def offers_from_groups(
    data: Any,
    *,
    shop_id: str | None = None,
    category_path: Sequence[str] | None = None,
    **kw: Any,
) -> list[Offer]:
    """``content.items[].products[]`` of ``POST /catalog/product/grouped-feed`` (items
    ``{group, products}``) and ``GET /catalog/category/feed/{id}`` (items ``{category,
    count, products}``, a preview of each subcategory): the products are feed items."""
    groups = _at(data, "content.items", "")
    if not isinstance(groups, list):
        raise ShapeChanged(STORE, "content.items", "not a list")
    offers: list[Offer] = []
    for i, group in enumerate(groups):
        offers.extend(
            _offers(
                group,
                "products",
                where=f"content.items.{i}",
                shop_id=shop_id,
                category_path=category_path,
                **kw,
            )
        )
    return offers


def next_page_exists(data: Any) -> bool:
    """``content.paginator.nextPageExists`` of a feed page."""
    value = _at(data, "content.paginator.nextPageExists", "")
    if not isinstance(value, bool):
        raise ShapeChanged(STORE, "content.paginator.nextPageExists", "not a boolean")
    return value


def offer_from_card(data: Any, *, shop_id: str | None = None, **kw: Any) -> Offer:
    """``GET /catalog/product/plu{PLU}``: the card, with the brand."""
    card = content(data)
    return offer_from_item(
        card, where="content", shop_id=shop_id, brand=brand_from_card(card), **kw
    )


def categories_from_tree(data: Any) -> list[Category]:
    """``POST /catalog/tree``: ``content.items[{category, children[]}]``, flattened."""
    found: list[Category] = []

    def walk(nodes: Any, where: str, path: tuple[str, ...], parent: str | None) -> None:
        if not isinstance(nodes, list):
            raise ShapeChanged(STORE, where, "not a list")
        for i, node in enumerate(nodes):
            here = f"{where}.{i}"
            cid = str(_at(node, "category.id", here))
            title = str(_at(node, "category.title", here))
            children = _at(node, "children", here, default=None) or []
            found.append(
                Category(
                    store=STORE,
                    category_id=cid,
                    name=title,
                    path=(*path, title),
                    parent_id=parent,
                    is_leaf=not children,
                )
            )
            walk(children, f"{here}.children", (*path, title), cid)

    walk(_at(data, "content.items", ""), "content.items", (), None)
    return found


def _location(item: Mapping[str, Any], where: str) -> Location | None:
    """``location.coordinates`` of a shop: GeoJSON ``[lon, lat]``."""
    coords = _at(item, "location.coordinates", where, default=None)
    if isinstance(coords, list) and len(coords) == 2:
        return Location(lon=float(coords[0]), lat=float(coords[1]))
    return None


def _distance(origin: Location | None, location: Location | None) -> float | None:
    if origin is None or location is None:
        return None
    return round(origin.distance_m(location), 1)


def _shop(item: Any, where: str, origin: Location | None) -> Shop:
    """One shop of ``/shop?…`` or ``/shop/{id}``: id, title, address, city, location."""
    sid = _at(item, "id", where)
    location = _location(item, where)
    city = item.get("city")
    city_name = city.get("name") if isinstance(city, Mapping) else None
    title, address = item.get("title"), item.get("address")
    return Shop(
        store=STORE,
        shop_id=str(sid),
        name=title if isinstance(title, str) else None,
        address=address if isinstance(address, str) else None,
        location=location,
        distance_m=_distance(origin, location),
        extra={"city": city_name} if isinstance(city_name, str) else {},
    )


def shops_from_list(data: Any, *, origin: Location | None = None) -> list[Shop]:
    """``GET /shop?orderBy=distance…``: ``content.items[]``; coordinates are ``[lon, lat]``."""
    items = _at(data, "content.items", "")
    if not isinstance(items, list):
        raise ShapeChanged(STORE, "content.items", "not a list")
    return [_shop(item, f"content.items.{i}", origin) for i, item in enumerate(items)]


def shop_from_info(data: Any, *, origin: Location | None = None) -> Shop:
    """``GET /shop/{id}``: one shop in ``content``, the same fields as a ``/shop`` list item."""
    return _shop(content(data), "content", origin)


def shops_from_points(data: Any, *, origin: Location) -> list[Shop]:
    """``GET /shop/points``: every shop as ``{id, location}`` (no title or address), nearest
    to ``origin`` first. A fallback when ``/shop?orderBy=distance`` is not available: the
    recorded 1,000 points give the same three nearest shops as the recorded distance list.
    """
    items = _at(data, "content.items", "")
    if not isinstance(items, list):
        raise ShapeChanged(STORE, "content.items", "not a list")
    shops: list[Shop] = []
    for i, item in enumerate(items):
        where = f"content.items.{i}"
        location = _location(item, where)
        if location is None:
            raise ShapeChanged(STORE, f"{where}.location.coordinates", "not [lon, lat]")
        shops.append(
            Shop(
                store=STORE,
                shop_id=str(_at(item, "id", where)),
                location=location,
                distance_m=_distance(origin, location),
            )
        )
    shops.sort(key=lambda shop: shop.distance_m if shop.distance_m is not None else 0.0)
    return shops


def picked_shop_id(data: Any) -> str | None:
    """``PUT /delivery/mode/pickup/{id}`` answers ``content{mode:"pickup", shop{id,…}}``."""
    sid = _at(data, "content.shop.id", "", default=None)
    return None if sid is None else str(sid)


def current_shop_id(data: Any) -> str | None:
    """``GET /user/current``: ``content.deliveryMode.shop.id``; null until a shop is chosen."""
    mode = _at(data, "content.deliveryMode", "")
    if not isinstance(mode, Mapping):
        return None
    shop = mode.get("shop")
    if not isinstance(shop, Mapping) or shop.get("id") is None:
        return None
    return str(shop["id"])
