"""The data every part of korzina passes around: offers, shops, statuses, parsed items.

Money is ``Decimal`` roubles with two places (``money()`` normalizes); never float.
Models are pydantic, frozen where they travel between layers, so a pure function
cannot change what it was given.
"""

from __future__ import annotations

import enum
import math
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, field_validator

KOPECK = Decimal("0.01")


def money(value: Decimal | int | str) -> Decimal:
    """Roubles as a Decimal with two places; accepts a Decimal, a string like "89.99" or an int."""
    if isinstance(value, float):  # pragma: no cover - guarded by type checkers too
        raise TypeError("money must not be a float")
    return Decimal(str(value).replace(" ", "").replace(",", ".")).quantize(
        KOPECK, rounding=ROUND_HALF_UP
    )


def kopecks_to_money(kopecks: int) -> Decimal:
    """Integer kopecks (Магнит, Перекрёсток) to roubles."""
    return (Decimal(int(kopecks)) / 100).quantize(KOPECK)


def utcnow() -> datetime:
    return datetime.now(UTC)


# JSON keeps money as a number ("89.99" -> 89.99); the Decimal stays exact in Python.
Money = Annotated[
    Decimal,
    PlainSerializer(lambda d: float(d), return_type=float, when_used="json"),
]


class SoldBy(enum.StrEnum):
    """How a store sells a product: by the piece (pack) or by weight, priced per kg."""

    PIECE = "piece"
    KG = "kg"


class SizeUnit(enum.StrEnum):
    """Base units for pack sizes and unit prices."""

    G = "г"
    KG = "кг"
    ML = "мл"
    L = "л"
    PIECE = "шт"


class PackSize(BaseModel):
    """The content of one pack: ``value`` ``unit`` × ``count`` (``4х100г`` → 100 г × 4)."""

    model_config = ConfigDict(frozen=True)

    value: Decimal
    unit: SizeUnit
    count: int = 1

    def total_base(self) -> tuple[Decimal, SizeUnit]:
        """The total in a base unit for unit prices: kg, l or pieces."""
        total = self.value * self.count
        if self.unit is SizeUnit.G:
            return total / 1000, SizeUnit.KG
        if self.unit is SizeUnit.ML:
            return total / 1000, SizeUnit.L
        return total, self.unit


class Location(BaseModel):
    """A point on the map (WGS 84)."""

    model_config = ConfigDict(frozen=True)

    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)

    def distance_m(self, other: Location) -> float:
        """Great-circle distance in metres (haversine); stores without a finder sort by it."""
        r = 6_371_000.0
        p1, p2 = math.radians(self.lat), math.radians(other.lat)
        dp, dl = p2 - p1, math.radians(other.lon - self.lon)
        h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * r * math.asin(math.sqrt(h))


class Shop(BaseModel):
    """One physical shop of a store; prices are per shop."""

    model_config = ConfigDict(frozen=True)

    store: str
    shop_id: str
    name: str | None = None
    address: str | None = None
    location: Location | None = None
    distance_m: float | None = None
    extra: dict[str, str] = Field(default_factory=dict)


class Category(BaseModel):
    """A store's catalog category; ``path`` is the names from the root down."""

    model_config = ConfigDict(frozen=True)

    store: str
    category_id: str
    name: str
    path: tuple[str, ...] = ()
    parent_id: str | None = None
    is_leaf: bool = True


class Offer(BaseModel):
    """What a store asks for one product at one shop at one moment.

    ``price`` is what the shopper pays now (promo included). For goods sold by
    weight (``sold_by == KG``) ``price`` is per kilogram. ``unit_price`` is per
    ``unit_price_unit`` (кг, л or шт) so like compares with like across stores.
    """

    model_config = ConfigDict(frozen=True)

    store: str
    product_id: str
    name: str
    brand: str | None = None
    category_path: tuple[str, ...] = ()
    price: Money
    regular_price: Money | None = None
    card_price: Money | None = None
    promo_until: datetime | None = None
    sold_by: SoldBy = SoldBy.PIECE
    pack: PackSize | None = None
    unit_price: Money | None = None
    unit_price_unit: SizeUnit | None = None
    url: str | None = None
    image_url: str | None = None
    shop_id: str | None = None
    available: bool = True
    observed_at: datetime = Field(default_factory=utcnow)

    @field_validator("price", "regular_price", "card_price", "unit_price", mode="before")
    @classmethod
    def _no_float_money(cls, v: Any) -> Any:
        if isinstance(v, float):
            # Floats sneak in from JSON; go through str so 89.99 stays 89.99.
            return money(str(v))
        if isinstance(v, (int, str)) and not isinstance(v, bool):
            return money(v)
        return v

    @property
    def is_promo(self) -> bool:
        return self.regular_price is not None and self.regular_price > self.price

    @property
    def key(self) -> tuple[str, str]:
        return (self.store, self.product_id)


class Status(enum.StrEnum):
    """How a store answered one request."""

    OK = "ok"
    # Answered, but some items could not be read whole or were implausible: they were
    # dropped and the status names them; the rest is used like an ``ok`` answer.
    PARTIAL = "partial"
    BLOCKED = "blocked"
    TIMEOUT = "timeout"
    ERROR = "error"


class StoreStatus(BaseModel):
    """One store's status for one request; every answer carries one per store."""

    model_config = ConfigDict(frozen=True)

    store: str
    status: Status
    # For people, in Russian: what happened («Магазин закрыл доступ для программ.»).
    message: str | None = None
    # For developers (JSON, logs): the technical reason, one line, often English.
    detail: str | None = None
    shop_id: str | None = None
    # Items of the answer dropped because they could not be read whole or were
    # implausible (``korzina.core.rejects``); the message names them.
    rejected: int = 0
    at: datetime = Field(default_factory=utcnow)

    @property
    def ok(self) -> bool:
        """The store answered and its offers are usable (``partial`` too: what was kept
        is sound; what was dropped is named)."""
        return self.status in (Status.OK, Status.PARTIAL)


class StoreResult(BaseModel):
    """Offers from one store (possibly none) and how the store answered."""

    model_config = ConfigDict(frozen=True)

    status: StoreStatus
    offers: tuple[Offer, ...] = ()


# --- shopping lists -------------------------------------------------------


class Intent(enum.StrEnum):
    BASKET = "basket"
    CHEAPEST = "cheapest"


class PriceCategory(enum.StrEnum):
    CHEAP = "cheap"
    MEDIUM = "medium"
    EXPENSIVE = "expensive"


QuantityUnit = Literal["шт", "кг", "г", "л", "мл"]


class ListItem(BaseModel):
    """One item of a shopping list, as the parser understood it.

    ``quantity``/``unit`` are the amount wanted (``unit`` None: that many units of
    sale); ``pack`` describes the product itself («вода 5л»), not the amount.

    Every word the shopper wrote about the product is kept: ``attributes`` are required
    qualifiers (variety «гауда», flavour «краб», form «в зёрнах», purpose «для пиццы»):
    a product whose title lacks one is not the item. ``preferences`` are words the
    parser was unsure of: they rank candidates (a title with them first) but never
    exclude one.
    """

    model_config = ConfigDict(frozen=True)

    name: str
    quantity: Decimal = Decimal(1)
    unit: QuantityUnit | None = None
    price_category: PriceCategory | None = None
    brand: str | None = None
    fat_pct: Decimal | None = None
    egg_class: str | None = None
    pack: PackSize | None = None
    # «творог 300-400 г»: the smallest pack that will do; ``pack`` is the largest.
    pack_min: PackSize | None = None
    attributes: tuple[str, ...] = ()
    preferences: tuple[str, ...] = ()
    # What the list allows instead, in order («молоко 3.2 если нет то 2.5»): bought only
    # in a store that has nothing of the item itself.
    alternatives: tuple[ListItem, ...] = ()
    # «не дороже 150 р»: the most one pack may cost (a product dearer is not the item).
    max_price: Decimal | None = None
    # «до 350 руб за кг»: ``max_price`` is the most a кг (л, шт) may cost, not a pack.
    max_price_per: SizeUnit | None = None
    raw: str = ""
    source: Literal["rules", "llm"] = "rules"


class ShoppingList(BaseModel):
    """A parsed list: what the user wants and why (basket or a cheapest-one question)."""

    model_config = ConfigDict(frozen=True)

    intent: Intent = Intent.BASKET
    items: tuple[ListItem, ...] = ()
    notes: tuple[str, ...] = ()
