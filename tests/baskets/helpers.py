"""One way the basket tests answer a list: over an in-memory database holding these offers."""

from __future__ import annotations

from collections.abc import Sequence

from korzina.core.baskets.models import Answer
from korzina.core.baskets.service import BasketOptions, BasketService
from korzina.core.models import ListItem, Offer, ShoppingList
from korzina.core.storage import open_memory_storage


async def answer_over(offers: Sequence[Offer], *items: ListItem) -> Answer:
    """The offline answer for ``items`` over a fresh database of ``offers``."""
    storage = open_memory_storage()
    storage.offers.save_offers(offers)
    return await BasketService(storage).answer(
        ShoppingList(items=tuple(items)), BasketOptions(offline=True, save=False)
    )
