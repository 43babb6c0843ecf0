"""Baskets: per-store baskets, ranking, split plans, swaps, and the service around them."""

from __future__ import annotations

from korzina.core.baskets.models import Answer, BasketLine, SplitLine, SplitPlan, StoreBasket
from korzina.core.baskets.rank import alternatives, assemble, plan_split, rank_baskets, swap

__all__ = [
    "Answer",
    "BasketLine",
    "SplitLine",
    "SplitPlan",
    "StoreBasket",
    "alternatives",
    "assemble",
    "plan_split",
    "rank_baskets",
    "swap",
]
