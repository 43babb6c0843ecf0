"""Baskets, lines, split plans and the answer to one list: frozen, JSON-round-trippable.

An ``Answer`` carries everything needed to redo its baskets without the database:
the items, the ranked valid products per store and item (``options``), the store
statuses and the choices made. That is what makes ``swap`` pure and what lets the
bot's buttons work after a restart (the answer is kept in the kv store by ``id``).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from korzina.core.matching.pick import Candidate
from korzina.core.models import Intent, ListItem, Money, StoreStatus


class ProductRef(BaseModel):
    """A product named beside a line or a missing item, with why it was not taken."""

    model_config = ConfigDict(frozen=True)

    product_id: str
    name: str
    price: Money  # what the amount asked would cost (or one pack / one kg)
    # What it lacks of what was asked («гауда», «Lay's», «3.2%»), or why it is second.
    lacks: tuple[str, ...] = ()


class BasketLine(BaseModel):
    """One item bought as one product in one store."""

    model_config = ConfigDict(frozen=True)

    item: int  # index into Answer.items
    product_id: str
    name: str
    price: Money  # what one pack (or one kg) costs as counted (card price with --card)
    regular_price: Money | None = None
    card_price: Money | None = None
    promo: bool = False
    packs: Decimal  # packs to buy, or kg for goods sold by weight
    by_weight: bool = False
    cost: Money
    unit_price: Money | None = None
    unit_price_unit: str | None = None  # «кг», «л» or «шт»
    fallback: bool = False  # a second-choice product (e.g. long-life milk for «молоко»)
    observed_at: datetime
    # A second-choice product that costs less than this line (long-life milk beside
    # fresh): «cheapest» shows the preferred product and says so, never hides it.
    cheaper: ProductRef | None = None


class StoreBasket(BaseModel):
    """The list as bought in one store."""

    model_config = ConfigDict(frozen=True)

    store: str
    total: Money
    complete: bool
    missing: tuple[int, ...] = ()
    lines: tuple[BasketLine, ...] = ()
    observed_from: datetime | None = None
    observed_to: datetime | None = None


class SplitLine(BaseModel):
    model_config = ConfigDict(frozen=True)

    store: str
    line: BasketLine


class SplitPlan(BaseModel):
    """The list bought across up to ``max_stores`` stores, each item where it is cheapest."""

    model_config = ConfigDict(frozen=True)

    stores: tuple[str, ...]
    lines: tuple[SplitLine, ...]
    items_total: Money
    extra_cost: Money  # cost per extra store × (stores used − 1)
    total: Money
    missing: tuple[int, ...] = ()
    # Against the best single-store basket (same missing items or fewer); None: no such basket.
    saving: Money | None = None


class Answer(BaseModel):
    """The answer to one shopping list."""

    model_config = ConfigDict(frozen=True)

    id: str
    created_at: datetime
    intent: Intent
    items: tuple[ListItem, ...]
    card: bool = False
    baskets: tuple[StoreBasket, ...] = ()  # best first
    statuses: tuple[StoreStatus, ...] = ()
    # options[store][item] = valid products in pick order; the basket uses ``chosen``.
    options: dict[str, list[list[Candidate]]] = Field(default_factory=dict)
    # chosen[store][item] = product id picked (by the tier, or by the user via swap).
    chosen: dict[str, dict[int, str]] = Field(default_factory=dict)
    max_stores: int = 1
    extra_store_cost: Money = Decimal(0)
    split: SplitPlan | None = None
    # Per store, per missing item: the nearest product of the item's kind that lacks
    # something the list asked for («гауды нет; есть: Сыр Российский …»).
    nearest: dict[str, dict[int, ProductRef]] = Field(default_factory=dict)
    # Remarks for the user about the answer as a whole (e.g. prices not saved), Russian.
    notes: tuple[str, ...] = ()

    def basket(self, store: str) -> StoreBasket | None:
        return next((b for b in self.baskets if b.store == store), None)
