"""Which stored products a text names, matched exactly as a basket matches a list item.

``korzina history`` and ``korzina index`` name products the way a shopper does
(«молоко 3,2%», «яйца»), so they read them the way baskets do: the list parser turns
the text into items, ``candidate_rows`` reads the products that can be each item (with
their stored title analysis), and the basket matcher keeps the valid ones in pick order.
«3,2%» then finds titles that say «3.2%», and «курица» finds «Тушка цыплёнка-бройлера».

Unlike a basket, a product whose current price is an outlier is kept: its history is
what shows the glitch, and the index judges products by their median price.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from korzina.core.baskets.queries import candidate_query
from korzina.core.matching import match_items
from korzina.core.matching.index import OfferIndex
from korzina.core.models import ListItem
from korzina.core.storage.analysis import candidate_rows
from korzina.core.storage.base import Storage
from korzina.parser import parse_text

# Products kept per store and item: the pick and its alternatives.
PER_STORE = 12


@dataclass(frozen=True)
class Matched:
    """A stored product that baskets would take for an item, and its place in the pick."""

    store: str
    product_id: str
    name: str
    rank: int  # 0: the product the basket picks in this store


def items_of(text: str) -> tuple[ListItem, ...]:
    """The list items a text names (the list parser, as for a basket)."""
    return parse_text(text).items


def matching_products(
    storage: Storage,
    items: Sequence[ListItem],
    *,
    stores: Sequence[str] | None = None,
    per_store: int = PER_STORE,
) -> list[dict[str, list[Matched]]]:
    """Per item, per store: the stored products that match it, in pick order."""
    index = OfferIndex()
    for item in items:
        spec = index.spec(item)
        query = candidate_query(spec, item)
        rows = candidate_rows(storage, query, stores=stores)
        index.add_rows(rows, lemmas=query.lemma is not None)
    found = sorted(index.stores if stores is None else set(stores) & index.stores)
    matched = match_items(index, items, found, max_options=per_store)
    return [
        {
            store: [
                Matched(store, c.product_id, c.name, rank)
                for rank, c in enumerate(matched[store][i])
            ]
            for store in found
            if matched[store][i]
        }
        for i in range(len(items))
    ]
