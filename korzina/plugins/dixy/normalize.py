"""Дикси (dixy.ru, 1C-Bitrix) replies → korzina models. Pure: text or JSON in, models out.

Field paths are those of STORES.md section 4: listing ``cards[]`` and the product page's
``module.initElementData({...})`` are the same object; prices are rouble strings
(``priceSimple`` now, ``oldPriceSimple`` before the promo), ``"0.00"`` or ``hidePrice``
means no price, ``symbol`` «кг» means the price is per kg, the promo end is a badge
«до 04.10.2026».
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from korzina.core.errors import IncompleteReply, ShapeChanged
from korzina.core.models import Category, Location, Offer, PackSize, Shop, SoldBy, money
from korzina.core.rejects import each, item_label
from korzina.core.store_http import field
from korzina.core.units import parse_pack, unit_price

STORE = "dixy"
SITE = "https://dixy.ru"
MSK = timezone(timedelta(hours=3))

# Qrator's pages (STORES.md): the VPN page comes with HTTP 200, the captcha with 403.
BLOCK_MARKERS: tuple[str, ...] = (
    "Не удалось загрузить сайт",
    "Возможно, у вас включён ВПН",
    "Я не робот",
    "Поставь галочку",
    "captcha",
)


def block_reason(text: str) -> str | None:
    """Which Qrator page ``text`` is, or None. Real pages mention qrator in scripts, so only
    the pages' own wording counts."""
    low = text[:20000].lower()
    for marker in BLOCK_MARKERS:
        if marker.lower() in low:
            return f"anti-bot page ({marker})"
    return None


# --- prices and cards ------------------------------------------------------


def price_text(raw: Any) -> Decimal | None:
    """A rouble string («79.99», «1 299.00») as money; None for empty, zero or garbage."""
    if raw is None or isinstance(raw, bool):
        return None
    text = str(raw).replace("\xa0", "").replace(" ", "").replace(",", ".")
    if not text:
        return None
    try:
        value = money(text)
    except InvalidOperation:
        return None
    return value if value > 0 else None


# A price as the listing JSON writes it: roubles, optionally a point and kopecks.
_PRICE_RE = re.compile(r"\d+(?:\.\d{1,2})?")


def card_price(raw: Any, where: str) -> Decimal | None:
    """A card's price string, strictly: None when the card shows no price (absent, empty,
    «0.00»); ``ShapeChanged`` for anything that is not a price («7a.99», «-5»), so the
    card is dropped and named instead of read as something else."""
    if raw is None or isinstance(raw, bool):
        return None
    text = str(raw).replace("\xa0", "").replace(" ", "").replace(",", ".")
    if not text:
        return None
    if not _PRICE_RE.fullmatch(text):
        raise ShapeChanged(STORE, where, f"not a price: {raw!r}")
    value = money(text)
    return value if value > 0 else None


_PROMO_END = re.compile(r"до\s+(\d{2})\.(\d{2})\.(\d{4})")


def promo_until(badges: Any) -> datetime | None:
    """The end of the promo from a badge «до 04.10.2026»: the end of that day, Moscow time."""
    for badge in badges or ():
        if isinstance(badge, dict):
            m = _PROMO_END.search(str(badge.get("title") or ""))
            if m:
                d, mth, y = (int(g) for g in m.groups())
                return datetime(y, mth, d, 23, 59, 59, tzinfo=MSK)
    return None


def _pack(title: str, weight: Any) -> PackSize | None:
    # The title first: ``weight`` is the gross weight (the Viola yogurt card says
    # «153 гр» for a 140 г pot), so it only helps when the title has no size.
    return parse_pack(title) or (parse_pack(str(weight)) if weight else None)


def _absolute(path: Any) -> str | None:
    if not path:
        return None
    text = str(path)
    return text if text.startswith("http") else SITE + text


def offer(card: Mapping[str, Any], *, shop_id: str | None) -> Offer | None:
    """One card (listing ``cards[]`` or ``initElementData``) as an Offer; None when the
    card has no price (``hidePrice`` or ``"0.00"``), which the caller counts."""
    if not isinstance(card, Mapping):
        raise ShapeChanged(STORE, "cards[]", "not an object")
    product_id = str(field(STORE, card, "xml_id"))
    title = " ".join(str(field(STORE, card, "title")).split())
    raw_price = field(STORE, card, "priceSimple")
    if card.get("hidePrice") is True:
        return None
    price = card_price(raw_price, "priceSimple")
    if price is None:
        return None
    old = card_price(card.get("oldPriceSimple"), "oldPriceSimple")
    symbol = str(card.get("symbol") or card.get("realSymbol") or "").strip().lower()
    sold_by = SoldBy.KG if symbol == "кг" else SoldBy.PIECE
    pack = None if sold_by is SoldBy.KG else _pack(title, card.get("weight"))
    up = unit_price(price, sold_by, pack)
    promo = old is not None and old > price
    section = card.get("section")
    can_buy = card.get("canBuy")
    return Offer(
        store=STORE,
        product_id=product_id,
        name=title,
        brand=(str(card["brand"]).strip() or None) if card.get("brand") else None,
        category_path=(str(section),) if section else (),
        price=price,
        regular_price=old if old is not None and old >= price else price,
        promo_until=promo_until(card.get("badges")) if promo else None,
        sold_by=sold_by,
        pack=pack,
        unit_price=up[0] if up else None,
        unit_price_unit=up[1] if up else None,
        url=_absolute(card.get("url")),
        image_url=_absolute(card.get("src")),
        shop_id=shop_id,
        available=can_buy if isinstance(can_buy, bool) else True,
    )


@dataclass
class Offers:
    """Offers from some cards, and how many cards had no price (skipped, not lost)."""

    offers: list[Offer] = dc_field(default_factory=list)
    skipped_no_price: int = 0


def _card_label(card: Any, where: str) -> str:
    return item_label(card, "title", "xml_id", fallback=where)


def offers(cards: list[dict[str, Any]], *, shop_id: str | None) -> Offers:
    """Offers of listing cards; a card that cannot be read whole is dropped and named
    (``korzina.core.rejects``), one without a price is counted as skipped."""
    out = Offers()

    def build(_: int, card: dict[str, Any]) -> Offer | None:
        o = offer(card, shop_id=shop_id)
        if o is None:
            out.skipped_no_price += 1
        return o

    out.offers = each(STORE, cards, build, label=lambda i, card: _card_label(card, f"cards.{i}"))
    return out


# --- listing-json ------------------------------------------------------------


@dataclass(frozen=True)
class ListingPage:
    cards: list[dict[str, Any]]
    page: int | None
    pages_count: int | None
    is_last: bool
    element_count: int | None


def _int(value: Any) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


def listing_page(data: Any) -> ListingPage | None:
    """``[{"title", "pagenData", "cards"}]`` → the page; None for the empty ``[]`` the
    server sometimes sends instead of a page (the caller retries)."""
    if isinstance(data, list) and not data:
        return None
    block = field(STORE, data, "0")
    cards = field(STORE, block, "cards")
    if not isinstance(cards, list):
        raise ShapeChanged(STORE, "0.cards", f"expected a list, got {type(cards).__name__}")
    pagen = field(STORE, block, "pagenData", default=None) or {}
    if not isinstance(pagen, dict):
        raise ShapeChanged(STORE, "0.pagenData", "expected an object")
    return ListingPage(
        cards=[c for c in cards if isinstance(c, dict)],
        page=_int(pagen.get("page")),
        pages_count=_int(pagen.get("pages_count")),
        is_last=bool(pagen.get("isLastPage")),
        element_count=_int(pagen.get("element_count")),
    )


# --- HTML: catalog, sections, search, product page ----------------------------


def sections(html: str) -> list[Category]:
    """Top sections of ``/catalog/``: links ``a[href^="/catalog/"]`` with two path segments."""
    tree = HTMLParser(html)
    found: dict[str, Category] = {}
    for a in tree.css('a[href^="/catalog/"]'):
        href = urlsplit(a.attributes.get("href") or "").path
        parts = [p for p in href.split("/") if p]
        if len(parts) != 2 or href in found:
            continue
        name = " ".join(a.text(separator=" ").split()) or parts[1]
        found[href] = Category(
            store=STORE, category_id=f"/catalog/{parts[1]}/", name=name, path=(name,)
        )
    return list(found.values())


_SID = re.compile(r'"sid"\s*:\s*"?(\d+)')


def section_sid(html: str) -> str | None:
    """The section id (``sid``) the page's listing script uses."""
    m = _SID.search(html)
    return m.group(1) if m else None


def _price_node(node: Node | None) -> Decimal | None:
    """«79.<span>99</span><span class='rub'>руб.</span>» → 79.99."""
    if node is None:
        return None
    whole = ""
    if node.child is not None and node.child.tag == "-text":
        whole = node.child.text_content or ""
    spans = [s.text() for s in node.css("span") if "rub" not in (s.attributes.get("class") or "")]
    text = (whole.strip() + (spans[0].strip() if spans else "")).replace(" ", "")
    return price_text(text)


def _card_price_node(node: Node | None, where: str) -> Decimal | None:
    """A search card's price block, whole or not at all: roubles, a point, the kopecks
    span and the «руб.» span (``_price_node``'s markup). A block cut short (a page
    truncated mid-card: «1» of «134.<span>99</span>…») raises ``ShapeChanged``; it is
    never read as 1,00 ₽. No block at all is no price (None)."""
    if node is None:
        return None
    whole = ""
    if node.child is not None and node.child.tag == "-text":
        whole = (node.child.text_content or "").strip().replace(" ", "").replace("\xa0", "")
    spans = node.css("span")
    kopecks = [s for s in spans if "rub" not in (s.attributes.get("class") or "")]
    has_rub = any("rub" in (s.attributes.get("class") or "") for s in spans)
    cents = kopecks[0].text().strip() if kopecks else ""
    if not (re.fullmatch(r"\d+\.", whole) and re.fullmatch(r"\d{2}", cents) and has_rub):
        raise ShapeChanged(STORE, where, f"incomplete price {node.html!r:.80}")
    value = money(whole + cents)
    return value if value > 0 else None


def page_complete(html: str) -> bool:
    """Whether an HTML page arrived whole: its closing ``</html>`` after the last card.

    A page cut short (a fatal error mid-render, a broken proxy: HTTP 200 and a consistent
    length) has none; the parser would close its open tags and read the half-delivered
    last card."""
    low = html.lower()
    return low.rfind("</html") > low.rfind("<article")


def search_page(html: str, *, shop_id: str | None) -> Offers:
    """The site's search page ``/catalog/?q=``: cards ``article.card[product-id]``.

    A page without its closing ``</html>`` is refused whole (``IncompleteReply``); a card
    whose price block is not whole is dropped and named (``korzina.core.rejects``)."""
    if not page_complete(html):
        raise IncompleteReply(STORE, "search page cut short: no </html> after the last card")
    out = Offers()

    def build(_: int, card: Node) -> Offer | None:
        link = card.css_first("a.card__link")
        title_node = card.css_first(".card__title")
        if link is None or title_node is None:
            raise ShapeChanged(STORE, "article.card .card__title/a.card__link", "missing")
        href = link.attributes.get("href") or ""
        m = re.search(r"-([0-9a-z]{6,})/?$", href, re.IGNORECASE)
        product_id = m.group(1) if m else str(card.attributes.get("product-id"))
        title = " ".join(title_node.text(separator=" ").split())
        price = _card_price_node(card.css_first(".card__price-num"), ".card__price-num")
        if price is None:
            out.skipped_no_price += 1
            return None
        old = _card_price_node(card.css_first(".card__price-crossed"), ".card__price-crossed")
        bsk = card.css_first("[data-bsk_data]")
        unit = _bsk_unit(bsk.attributes.get("data-bsk_data") if bsk else None)
        sold_by = SoldBy.KG if unit == "кг" else SoldBy.PIECE
        pack = None if sold_by is SoldBy.KG else parse_pack(title)
        up = unit_price(price, sold_by, pack)
        img = card.css_first("img")
        return Offer(
            store=STORE,
            product_id=product_id,
            name=title,
            price=price,
            regular_price=old if old is not None and old >= price else price,
            sold_by=sold_by,
            pack=pack,
            unit_price=up[0] if up else None,
            unit_price_unit=up[1] if up else None,
            url=_absolute(href),
            image_url=_absolute(img.attributes.get("src")) if img else None,
            shop_id=shop_id,
        )

    def label(i: int, card: Node) -> str:
        title_node = card.css_first(".card__title")
        title = " ".join(title_node.text(separator=" ").split()) if title_node else ""
        return title or str(card.attributes.get("product-id") or f"article.card {i}")

    cards = HTMLParser(html).css("article.card[product-id]")
    out.offers = each(STORE, cards, build, label=label)
    return out


def _bsk_unit(bsk: str | None) -> str | None:
    """``data-bsk_data="242556 1 1 шт 0"``: the 4th token is the unit of sale."""
    parts = (bsk or "").split()
    return parts[3].lower() if len(parts) >= 4 else None


_INIT = "initElementData("


def product_card(html: str) -> dict[str, Any] | None:
    """The JSON object passed to ``module.initElementData(...)`` on a product page."""
    at = html.find(_INIT)
    if at < 0:
        return None
    try:
        card, _ = json.JSONDecoder().raw_decode(html, at + len(_INIT))
    except json.JSONDecodeError as exc:
        raise ShapeChanged(STORE, "initElementData", f"not JSON: {exc}") from exc
    if not isinstance(card, dict):
        raise ShapeChanged(STORE, "initElementData", "expected an object")
    return card


@dataclass(frozen=True)
class PagePrice:
    """What older product pages (no initElementData) show: the price and unit of sale."""

    price: Decimal
    unit: str | None
    bitrix_id: str | None


def page_price(html: str) -> PagePrice | None:
    """``.card__price-num`` and ``data-bsk_data`` of a product page's price block."""
    tree = HTMLParser(html)
    price = _price_node(tree.css_first(".card__price-num"))
    if price is None:
        return None
    holder = tree.css_first("[data-bsk_data]")
    bsk = holder.attributes.get("data-bsk_data") if holder else None
    return PagePrice(
        price=price,
        unit=_bsk_unit(bsk),
        bitrix_id=(bsk or "").split()[0] if bsk else None,
    )


# --- stores ------------------------------------------------------------------


def shops(data: Any, near: Location) -> list[Shop]:
    """``/ajax/stores-json.php`` → every shop, nearest first (no nearest-store endpoint).

    ``geometry.coordinates`` is read as ``[lat, lon]``, as alltheplaces' dixy_ru spider
    does (STORES.md marks it [?]).
    """
    if not isinstance(data, list):
        raise ShapeChanged(STORE, "<body>", "expected a list of stores")
    found: list[Shop] = []
    for i, _ in enumerate(data):
        coords = field(STORE, data, f"{i}.geometry.coordinates")
        if not (isinstance(coords, list) and len(coords) == 2):
            raise ShapeChanged(
                STORE, f"{i}.geometry.coordinates", f"expected [lat, lon]: {coords!r}"
            )
        try:
            where = Location(lat=float(coords[0]), lon=float(coords[1]))
        except (TypeError, ValueError) as exc:
            raise ShapeChanged(STORE, f"{i}.geometry.coordinates", str(exc)) from exc
        address = field(STORE, data, f"{i}.properties.balloonContentBody", default=None)
        hours = field(STORE, data, f"{i}.properties.balloonContentFooter", default=None)
        found.append(
            Shop(
                store=STORE,
                shop_id=str(field(STORE, data, f"{i}.id")),
                name="Дикси",
                address=" ".join(str(address).split()) if address else None,
                location=where,
                distance_m=round(near.distance_m(where), 1),
                extra={"hours": str(hours)} if hours else {},
            )
        )
    found.sort(key=lambda s: s.distance_m or 0.0)
    return found


def store_info(data: Any) -> str:
    """The ``store_info`` value of the ``saveStore`` reply, sent back as a cookie.

    STORES.md says it is base64 JSON [C, not confirmed in 2026]; it is passed on opaque.
    """
    value = field(STORE, data, "store_info")
    if not isinstance(value, str) or not value:
        raise ShapeChanged(STORE, "store_info", "expected a non-empty string")
    return value
