"""Which of an item's valid products to buy, and how many: pure functions.

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
from collections.abc import Sequence
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict

from korzina.core.matching.score import Match
from korzina.core.models import KOPECK, ListItem, Money, Offer, PackSize, PriceCategory, SoldBy
from korzina.core.units import normalize_amount, unit_price

_PIECE = "шт"


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
    observed_at: datetime
    score: float
    fallback: bool = False
    exact_pack: bool = False
    url: str | None = None

    def pay_price(self, card: bool) -> Decimal:
        """What one pack (or one kg) costs: the card price when counted and lower."""
        if card and self.card_price is not None and self.card_price < self.price:
            return self.card_price
        return self.price

    def unit_price(self, card: bool) -> tuple[Decimal, str] | None:
        """Price per кг/л (as one dimension «m») or per шт."""
        found = unit_price(self.pay_price(card), self.sold_by, self.pack)
        if found is None:
            return None
        value, unit = found
        return value, _PIECE if unit.value == _PIECE else "m"


def candidate(offer: Offer, match: Match, *, exact_pack: bool = False) -> Candidate:
    return Candidate(
        product_id=offer.product_id,
        name=offer.name,
        brand=offer.brand,
        price=offer.price,
        regular_price=offer.regular_price,
        card_price=offer.card_price,
        sold_by=offer.sold_by,
        pack=offer.pack,
        observed_at=offer.observed_at,
        score=match.score,
        fallback=match.fallback,
        exact_pack=exact_pack,
        url=offer.url,
    )


def sort_key(item: ListItem, c: Candidate, card: bool) -> tuple[int, Decimal, Decimal]:
    """Rank for the pick: the wanted dimension first, then the price that matters.

    With an amount asked («1,5 кг картошки», «яйца десяток») that price is the cost of
    covering the amount, so a 2.5 кг sack does not beat 1.5 кг of loose potatoes;
    otherwise it is the unit price, then the pack price.
    """
    pay = c.pay_price(card)
    up = c.unit_price(card)
    want = wanted_dimension(item)
    dim_rank = 2 if up is None else (0 if want is None or up[1] == want else 1)
    per_unit = up[0] if up is not None else pay
    if item.unit is not None:
        return (dim_rank, pay * packs_needed(item, c), per_unit)
    return (dim_rank, per_unit, pay)


def wanted_dimension(item: ListItem) -> str | None:
    if item.unit is None:
        return None
    return _PIECE if item.unit == _PIECE else "m"


def rank_candidates(item: ListItem, cands: Sequence[Candidate], *, card: bool) -> list[Candidate]:
    """Valid products in pick order: preferred group first, each by price (see sort_key)."""
    return sorted(
        cands,
        key=lambda c: (c.fallback, not c.exact_pack, *sort_key(item, c, card), c.product_id),
    )


def tier_pool(ranked: Sequence[Candidate]) -> list[Candidate]:
    """The products a tier chooses among: the best group (not fallback, exact pack)."""
    if not ranked:
        return []
    best = (ranked[0].fallback, not ranked[0].exact_pack)
    return [c for c in ranked if (c.fallback, not c.exact_pack) == best]


_THIRD = {
    None: 0,
    PriceCategory.CHEAP: 0,
    PriceCategory.MEDIUM: 1,
    PriceCategory.EXPENSIVE: 2,
}


def choose(item: ListItem, ranked: Sequence[Candidate], *, card: bool) -> Candidate | None:
    """The product the tier asks for (see the module docstring); None: nothing valid."""
    pool = sorted(tier_pool(ranked), key=lambda c: (*sort_key(item, c, card), c.product_id))
    if not pool:
        return None
    return pool[(_THIRD[item.price_category] * len(pool)) // 3]


def packs_needed(item: ListItem, c: Candidate) -> Decimal:
    """How many packs to buy, or how many kg for goods sold by weight."""
    qty = item.quantity if item.quantity > 0 else Decimal(1)
    if c.sold_by is SoldBy.KG:
        if item.unit in ("кг", "г"):
            return normalize_amount(qty, item.unit)[0]
        if item.unit in ("л", "мл"):
            return normalize_amount(qty, item.unit)[0]
        # «бананы», «3 банана»: no weight given; a kg is the unit of sale.
        return qty if item.unit is None else Decimal(1)
    if item.unit is None:
        return Decimal(math.ceil(qty))
    want, want_unit = normalize_amount(qty, item.unit)
    if c.pack is None:
        return Decimal(1)
    have, have_unit = c.pack.total_base()
    same_dim = (want_unit.value == _PIECE) == (have_unit.value == _PIECE)
    if not same_dim or have <= 0:
        # «2 шт молока» for a 930 мл pack: the number is a count of packs.
        return Decimal(math.ceil(qty)) if want_unit.value == _PIECE else Decimal(1)
    return Decimal(math.ceil(want / have))


def line_cost(item: ListItem, c: Candidate, *, card: bool) -> tuple[Decimal, Decimal]:
    """(packs, cost) of buying the item as product ``c``."""
    packs = packs_needed(item, c)
    cost = (c.pay_price(card) * packs).quantize(KOPECK, rounding=ROUND_HALF_UP)
    return packs, cost
