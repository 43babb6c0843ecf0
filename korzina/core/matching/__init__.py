"""Matching list items to products: kinds and look-alikes, scoring, the pick.

``match_items`` is the one entry point the basket layer uses: for each store and item
it returns the valid products, ranked in pick order. Everything here is pure apart
from the lemma cache inside the index.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from korzina.core.matching.index import OfferIndex
from korzina.core.matching.pick import (
    THIRD,
    Candidate,
    candidate,
    choose,
    line_cost,
    pay_price,
    price_key,
    rank_candidates,
)
from korzina.core.matching.score import THRESHOLD, ItemSpec, Match, pack_base
from korzina.core.models import ListItem, PackSize

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

    ``since`` leaves out offers seen before it. Only the first ``max_options`` become
    candidates (ranking plain tuples first keeps a 200,000-offer request fast); the
    tier's pick is computed over all valid products, kept even when it ranks beyond
    them, and flagged ``tier_pick``. Results are memoized on the index until its offers
    change.
    """
    specs = [index.spec(item) for item in items]
    out: dict[str, list[list[Candidate]]] = {}
    for store in stores:
        per_item: list[list[Candidate]] = []
        for item, spec in zip(items, specs, strict=True):
            memo_key = (item, store, card, since, max_options)
            hit = index.memo.get(memo_key)
            if hit is not None:
                per_item.append(list(hit))
                continue
            rows = []
            for offer, m, pack in index.match(spec, store, since=since):
                exact = _same_pack(spec, pack)
                pay = pay_price(offer.price, offer.card_price, card)
                key = (m.fallback, not exact, *price_key(item, pay, offer.sold_by, pack))
                rows.append((key, offer.product_id, offer, m, pack, exact))
            rows.sort(key=lambda r: (r[0], r[1]))
            kept: list[Candidate] = []
            if rows:
                group = rows[0][0][:2]
                pool = sum(1 for r in rows if r[0][:2] == group)
                pick_at = (THIRD[item.price_category] * pool) // 3
                chosen = [*range(min(max_options, len(rows)))]
                if pick_at not in chosen:
                    chosen.append(pick_at)
                for n in chosen:
                    _, _, offer, m, pack, exact = rows[n]
                    kept.append(
                        candidate(offer, m, pack=pack, exact_pack=exact, tier_pick=n == pick_at)
                    )
            index.memo[memo_key] = kept
            per_item.append(list(kept))
        out[store] = per_item
    return out


def _same_pack(spec: ItemSpec, pack: PackSize | None) -> bool:
    want = spec.pack
    if want is None or pack is None:
        return False
    have = pack_base(pack)
    return (
        want is not None
        and have is not None
        and have[1] == want[1]
        and abs(have[0] - want[0]) <= want[0] / 20
    )
