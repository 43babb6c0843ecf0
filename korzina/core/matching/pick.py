"""Which of an item's valid products to buy, and how many: the rules and pure helpers.

The ranking itself is one implementation, ``korzina.core.matching._options`` (flat
tuples, fast over 200,000 offers); the basket eval ranks through it too.

* Like is compared with like: the unit price is per кг, л or шт (``korzina.core.units``).
  Mass and volume are compared with each other (milk is sold both as 900 г and 930 мл;
  1 кг ≈ 1 л is close enough to rank them), pieces only with pieces.
* Price tier: the valid products sorted by unit price (by the cost of the amount when
  one is asked) fall into thirds; none or
  «дешевый» takes the cheapest of all, «средний» the cheapest of the middle third,
  «дорогой» the cheapest of the upper third.
* Fallback products (long-life milk for «молоко») are used only when a store has no
  other valid product; a product in the exact pack asked for wins over other packs.
* Amounts: goods sold by weight cost quantity × price per kg; packed goods are bought
  in whole packs, enough to cover the amount («2 л молока» → 3 packs of 930 мл).
"""

from __future__ import annotations

import math
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict

from korzina.core.models import (
    KOPECK,
    ListItem,
    Money,
    PackSize,
    PriceCategory,
    SizeUnit,
    SoldBy,
)
from korzina.core.units import normalize_amount, size_as_amount, unit_price

_PIECE = "шт"
# Words of a pack beside a size: the size is that pack's («мешок 5 кг», «пачка 2 кг»).
_CONTAINERS = ("мешок", "мешк", "канистр", "бутыл", "пачк", "пачеч", "банк", "баноч", "ведр")


class Candidate(BaseModel):
    """A valid product for one item in one store, with what the pick needs to price it."""

    model_config = ConfigDict(frozen=True)

    product_id: str
    name: str
    brand: str | None = None
    price: Money
    regular_price: Money | None = None
    card_price: Money | None = None
    sold_by: SoldBy = SoldBy.PIECE
    pack: PackSize | None = None
    # The title's piece count when ``pack`` is a weight (``OfferRecord.pieces``).
    pieces: PackSize | None = None
    observed_at: datetime
    score: float
    fallback: bool = False
    exact_pack: bool = False
    tier_pick: bool = False  # the product the item's price tier picked in this store
    url: str | None = None

    def pay_price(self, card: bool) -> Decimal:
        """What one pack (or one kg) costs: the card price when counted and lower."""
        return pay_price(self.price, self.card_price, card)

    def unit_price(self, card: bool) -> tuple[Decimal, str] | None:
        """Price per кг/л (as one dimension «m») or per шт."""
        found = unit_price(self.pay_price(card), self.sold_by, self.pack)
        if found is None:
            return None
        value, unit = found
        return value, _PIECE if unit.value == _PIECE else "m"


def pay_price(price: Decimal, card_price: Decimal | None, card: bool) -> Decimal:
    """The price counted: the card price when the card counts and it is lower."""
    if card and card_price is not None and card_price < price:
        return card_price
    return price


def wanted_dimension(item: ListItem) -> str | None:
    if item.unit is None:
        return None
    return _PIECE if item.unit == _PIECE else "m"


THIRD = {
    None: 0,
    PriceCategory.CHEAP: 0,
    PriceCategory.MEDIUM: 1,
    PriceCategory.EXPENSIVE: 2,
}


def packs_needed(item: ListItem, c: Candidate) -> Decimal:
    """How many packs to buy, or how many kg for goods sold by weight."""
    return packs_for(item, c.sold_by, c.pack, c.pieces)


def packs_for(
    item: ListItem, sold_by: SoldBy, pack: PackSize | None, pieces: PackSize | None = None
) -> Decimal:
    qty = item.quantity if item.quantity > 0 else Decimal(1)
    if sold_by is SoldBy.KG:
        if item.unit in ("кг", "г"):
            return normalize_amount(qty, item.unit)[0]
        if item.unit in ("л", "мл"):
            return normalize_amount(qty, item.unit)[0]
        # «бананы», «3 банана»: no weight given; a kg is the unit of sale.
        return qty if item.unit is None else Decimal(1)
    if item.unit is None:
        return Decimal(math.ceil(qty))
    want, want_unit = normalize_amount(qty, item.unit)
    if want_unit.value == _PIECE and pieces is not None:
        pack = pieces  # «десяток яиц» in packs of «6шт» priced by weight
    if pack is None:
        return Decimal(1)
    have, have_unit = pack.total_base()
    same_dim = (want_unit.value == _PIECE) == (have_unit.value == _PIECE)
    if not same_dim or have <= 0:
        # «2 шт молока» for a 930 мл pack: the number is a count of packs.
        return Decimal(math.ceil(qty)) if want_unit.value == _PIECE else Decimal(1)
    return Decimal(math.ceil(want / have))


def pack_as_amount(item: ListItem) -> ListItem | None:
    """«молоко 4 литра», «рис 2 кг» read as the amount wanted (``size_as_amount``); None
    also when a pack is named beside the size."""
    if any(w.startswith(_CONTAINERS) for p in item.preferences for w in p.split()):
        return None  # «сахар мешок 5 кг»: the sack is the pack
    return size_as_amount(item)


def holds_over(pack: PackSize | None, than: PackSize, times: int) -> bool:
    """Whether ``pack`` holds over ``times`` what ``than`` does (mass and volume alike,
    1 кг ≈ 1 л; pieces only with pieces)."""
    if pack is None:
        return False
    have, have_unit = pack.total_base()
    want, want_unit = than.total_base()
    if (have_unit is SizeUnit.PIECE) != (want_unit is SizeUnit.PIECE):
        return False
    return have > want * times


def line_cost(item: ListItem, c: Candidate, *, card: bool) -> tuple[Decimal, Decimal]:
    """(packs, cost) of buying the item as product ``c``."""
    packs = packs_needed(item, c)
    cost = (c.pay_price(card) * packs).quantize(KOPECK, rounding=ROUND_HALF_UP)
    return packs, cost
