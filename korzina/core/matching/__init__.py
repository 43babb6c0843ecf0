"""Matching list items to products: kinds and look-alikes, scoring, the pick.

``match_items`` is the one entry point the basket layer uses: for each store and item
it returns the valid products, ranked in pick order. Everything here is pure apart
from the lemma cache inside the index.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from korzina.core.matching.index import OfferIndex, OfferRecord, unit_total
from korzina.core.matching.pick import (
    THIRD,
    Candidate,
    choose,
    line_cost,
    packs_for,
    rank_candidates,
    wanted_dimension,
)
from korzina.core.matching.score import THRESHOLD, ItemSpec, Match
from korzina.core.models import ListItem, SoldBy

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

# Per id of a features object: its score, and (exact pack, unit total, dimension rank).
_Seen = tuple[dict[int, Match | None], dict[int, tuple[bool, tuple[str, Decimal] | None, int]]]

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
    # Per item, for every store: scores and pack facts per shared features object.
    per_features: list[_Seen] = [({}, {}) for _ in items]
    out: dict[str, list[list[Candidate]]] = {}
    for store in stores:
        per_item: list[list[Candidate]] = []
        for item, spec, seen in zip(items, specs, per_features, strict=True):
            memo_key = (item, store, card, since, max_options)
            hit = index.memo.get(memo_key)
            if hit is None:
                hit = _options(index, item, spec, store, card, since, max_options, seen)
                index.memo[memo_key] = hit
            per_item.append(list(hit))
        out[store] = per_item
    return out


def _options(
    index: OfferIndex,
    item: ListItem,
    spec: ItemSpec,
    store: str,
    card: bool,
    since: datetime | None,
    max_options: int,
    seen: _Seen,
) -> list[Candidate]:
    """One item's options in one store: every match ranked as ``price_key`` ranks it
    (inlined: this loop runs for every valid offer), candidates made for the kept ones."""
    want = wanted_dimension(item)
    by_amount = item.unit is not None
    kg_rank = 0 if want in (None, "m") else 1
    scores, pack_facts = seen
    rows: list[tuple[tuple[Any, ...], str, int, Match, bool]] = []
    for pos, rec, feats, m in index.match(spec, store, since=since, scores=scores):
        fid = id(feats)
        facts = pack_facts.get(fid)
        if facts is None:
            ut = unit_total(SoldBy.PIECE, feats.pack_size)
            dim_rank = 2 if ut is None else (0 if want is None or ut[0] == want else 1)
            facts = pack_facts[fid] = (_same_base(spec, feats.pack), ut, dim_rank)
        exact, ut, dim_rank = facts
        price, card_price = rec.price, rec.card_price
        pay = card_price if card and card_price is not None and card_price < price else price
        sold_by = rec.sold_by
        if sold_by is SoldBy.KG:
            dim_rank, per_unit = kg_rank, pay
        elif ut is None:
            per_unit = pay
        else:
            per_unit = pay / ut[1]
        if by_amount:
            cost = pay * packs_for(item, sold_by, rec.pack)
            key = (m.fallback, not exact, dim_rank, cost, per_unit)
        else:
            key = (m.fallback, not exact, dim_rank, per_unit, pay)
        rows.append((key, rec.product_id, pos, m, exact))
    # (key, product id) is unique per store, so plain tuple order is the ranking.
    rows.sort()
    kept: list[Candidate] = []
    if rows:
        group = rows[0][0][:2]
        pool = sum(1 for r in rows if r[0][:2] == group)
        pick_at = (THIRD[item.price_category] * pool) // 3
        chosen = [*range(min(max_options, len(rows)))]
        if pick_at not in chosen:
            chosen.append(pick_at)
        for n in chosen:
            _, _, pos, m, exact = rows[n]
            kept.append(
                record_candidate(index.record(pos), m, exact_pack=exact, tier_pick=n == pick_at)
            )
    return kept


def record_candidate(
    rec: OfferRecord, match: Match, *, exact_pack: bool, tier_pick: bool
) -> Candidate:
    """A candidate from an indexed offer (its pack is the offer's, else its title's)."""
    return Candidate(
        product_id=rec.product_id,
        name=rec.name,
        brand=rec.brand,
        price=rec.price,
        regular_price=rec.regular_price,
        card_price=rec.card_price,
        sold_by=rec.sold_by,
        pack=rec.pack,
        observed_at=rec.observed_at,
        score=match.score,
        fallback=match.fallback,
        exact_pack=exact_pack,
        tier_pick=tier_pick,
        url=rec.url,
    )


def _same_base(spec: ItemSpec, have: tuple[Decimal, str] | None) -> bool:
    """The offer's pack (as ``pack_base``) is the one asked for, within 5 %."""
    want = spec.pack
    if want is None or have is None:
        return False
    return have[1] == want[1] and abs(have[0] - want[0]) <= want[0] / 20
