"""Matching list items to products: kinds and look-alikes, scoring, the pick.

``match_items`` is the one entry point the basket layer uses: for each store and item
it returns the valid products, ranked in pick order. Everything here is pure apart
from the lemma cache inside the index.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from korzina.core.matching.index import OfferIndex
from korzina.core.matching.pick import Candidate, candidate, choose, line_cost, rank_candidates
from korzina.core.matching.score import THRESHOLD, ItemSpec, Match
from korzina.core.models import ListItem

__all__ = [
    "THRESHOLD",
    "Candidate",
    "ItemSpec",
    "Match",
    "OfferIndex",
    "choose",
    "line_cost",
    "match_items",
    "rank_candidates",
]

# Alternatives kept per line: enough for the bot's swap buttons, small enough to store.
MAX_OPTIONS = 12


def match_items(
    index: OfferIndex,
    items: Sequence[ListItem],
    stores: Sequence[str],
    *,
    card: bool = False,
    since: datetime | None = None,
    max_options: int = MAX_OPTIONS,
) -> dict[str, list[list[Candidate]]]:
    """Valid products per store per item, in pick order (``[store][item_index]``).

    ``since`` leaves out offers seen before it. The tier's pick is always kept among
    the options even when it ranks beyond ``max_options`` (an «expensive» pick).
    """
    specs = [index.spec(item) for item in items]
    out: dict[str, list[list[Candidate]]] = {}
    for store in stores:
        per_item: list[list[Candidate]] = []
        for item, spec in zip(items, specs, strict=True):
            found = [
                candidate(offer, m, exact_pack=_same_pack(spec, index, offer.key))
                for offer, m in index.match(spec, store, since=since)
            ]
            ranked = rank_candidates(item, found, card=card)
            pick = choose(item, ranked, card=card)
            kept = ranked[:max_options]
            if pick is not None and pick not in kept:
                kept.append(pick)
            per_item.append(kept)
        out[store] = per_item
    return out


def _same_pack(spec: ItemSpec, index: OfferIndex, key: tuple[str, str]) -> bool:
    if spec.pack is None:
        return False
    pack = index.pack_of(key)
    return (
        pack is not None
        and pack[1] == spec.pack[1]
        and abs(pack[0] - spec.pack[0]) <= spec.pack[0] / 20
    )
