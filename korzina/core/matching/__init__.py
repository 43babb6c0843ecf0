"""Matching list items to products: kinds and look-alikes, scoring, the pick.

``match_items`` is the one entry point the basket layer uses: for each store and item
it returns the valid products, ranked in pick order. Everything here is pure apart
from the lemma cache inside the index.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from korzina.core.ages import child_months, title_age
from korzina.core.matching.index import OfferIndex, OfferRecord
from korzina.core.matching.pick import (
    THIRD,
    Candidate,
    line_cost,
    packs_for,
    wanted_dimension,
)
from korzina.core.matching.score import (
    THRESHOLD,
    ItemSpec,
    Match,
    OfferFeatures,
    egg_class_key,
    fat_agrees,
    has_brand,
    has_qualifier,
    pack_fits,
    score,
)
from korzina.core.models import ListItem, PackSize, SizeUnit, SoldBy
from korzina.core.present import pack_text
from korzina.core.text import words
from korzina.core.units import unit_price

__all__ = [
    "THRESHOLD",
    "Candidate",
    "ItemSpec",
    "Judge",
    "Match",
    "OfferIndex",
    "line_cost",
    "match_items",
    "nearest",
    "rank_offers",
    "tier_pick",
]

# Whether an offer (by its features) is the item, and how sure: the scorer by default.
Judge = Callable[[ItemSpec, OfferFeatures], Match | None]

# Per id of a shared features object, for one item: None (not a match), or its match,
# group (0-3: fallback, then not the exact pack), unit total, dimension rank and packs to
# buy when an amount is asked.
_Facts = tuple[Match, int, tuple[str, Decimal] | None, int, Decimal | None, int]
_Seen = dict[int, _Facts | None]
_MISSING: Any = object()

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
    # Per item, for every store: what is known of each shared features object.
    per_features: list[_Seen] = [{} for _ in items]
    out: dict[str, list[list[Candidate]]] = {}
    for store in stores:
        per_item: list[list[Candidate]] = []
        for item, spec, seen in zip(items, specs, per_features, strict=True):
            memo_key = (item, store, card, since, max_options)
            hit = index.memo.get(memo_key)
            if hit is None:
                positions = index.positions(spec, store)
                hit = _options(index, item, spec, positions, card, since, max_options, seen, score)
                index.memo[memo_key] = hit
            per_item.append(list(hit))
        out[store] = per_item
    return out


def rank_offers(
    index: OfferIndex,
    item: ListItem,
    positions: Iterable[int],
    *,
    card: bool = False,
    judge: Judge = score,
    max_options: int = MAX_OPTIONS,
) -> list[Candidate]:
    """The offers at ``positions`` that ``judge`` accepts for ``item``, in pick order,
    the tier's pick flagged: the one ranking the baskets use, for callers that choose
    the offers themselves (the basket eval ranks a store's labelled products with it)."""
    spec = index.spec(item)
    return _options(index, item, spec, positions, card, None, max_options, {}, judge)


def nearest(
    index: OfferIndex, item: ListItem, store: str, *, card: bool = False
) -> tuple[Candidate, tuple[str, ...]] | None:
    """For an item missing in ``store``: the cheapest product of its kind that a required
    qualifier, brand, fat % or egg class kept out, and what of those it lacks. Never a
    look-alike: the kind and the look-alike rules still hold."""
    spec = index.spec(item)
    if not (spec.qualifiers or spec.brand or spec.fat_pct or spec.egg_class or spec.pack):
        return None
    relaxed = replace(spec, qualifiers=(), brand="", fat_pct=None, egg_class=None, pack=None)
    found = rank_offers(
        index,
        item,
        index.positions(spec, store),
        card=card,
        judge=lambda _, f: score(relaxed, f),
        max_options=1,
    )
    if not found:
        return None
    best = found[0]
    _, feats = index.columns()
    f = feats[index.position((store, best.product_id))]
    # Named as the shopper wrote them («гауда», not its lemma).
    written = {index.lemmatizer.lemma(w): w for w in words(" ".join([item.name, *item.attributes]))}
    lacks = [written.get(q[0], q[0]) for q in spec.qualifiers if not has_qualifier(q, f)]
    if spec.brand and not has_brand(spec, f):
        lacks.append(item.brand or spec.brand)
    rounding = spec.kind.fat_rounding
    if spec.fat_pct is not None and (
        f.fat_pct is None or not fat_agrees(spec.fat_pct, f.fat_pct, rounding=rounding)
    ):
        lacks.append(f"{spec.fat_pct}%")
    if spec.egg_class is not None and egg_class_key(f.egg_class) != spec.egg_class:
        lacks.append(spec.egg_class)
    fits = spec.pack is None or (f.pack is not None and pack_fits(spec, f.pack))
    if item.pack is not None and not fits:
        lacks.append(pack_text(item.pack, low=item.pack_min))
    return best, tuple(lacks)


def tier_pick(options: Sequence[Candidate]) -> Candidate | None:
    """The product the item's price tier picked among ranked options; None: none valid."""
    return next((c for c in options if c.tier_pick), None)


def _options(
    index: OfferIndex,
    item: ListItem,
    spec: ItemSpec,
    positions: Iterable[int],
    card: bool,
    since: datetime | None,
    max_options: int,
    seen: _Seen,
    judge: Judge,
) -> list[Candidate]:
    """One item's options among some offers: every match ranked, the first
    ``max_options`` and the tier's pick made candidates.

    Pick order: a fallback last, then a pack other than the one asked for, then more of
    the item's preferences («помягче», «свежий») first, then the wanted dimension (₽/кг
    and ₽/л together, ₽/шт apart), then the cost of the amount
    asked (else the unit price), then the pack price, then the product id. The price
    tier takes the cheapest of its third of the best group (see ``pick``).

    This loop runs for every offer with the item's head noun, so the score and the
    pack facts are computed once per shared features object and the rows are flat
    tuples whose plain order is the pick order.
    """
    want = wanted_dimension(item)
    by_amount = item.unit is not None
    child = child_months(item.attributes)
    limited = item.max_price is not None or child is not None
    kg_rank = 0 if want in (None, "m") else 1
    kg_packs = packs_for(item, SoldBy.KG, None) if by_amount else None
    records, features = index.columns()
    counts = [0, 0, 0, 0]
    # (fallback, not exact pack, (preferences, dimension rank), price, price, product id,
    # position, match):
    # (… product id) is unique in a store, so plain tuple order is the pick order.
    rows: list[tuple[Any, ...]] = []
    for pos in positions:
        rec = records[pos]
        if not rec.usable or (since is not None and rec.observed_at < since):
            continue
        feats = features[pos]
        fid = id(feats)
        facts = seen.get(fid, _MISSING)
        if facts is _MISSING:
            facts = seen[fid] = _facts(item, spec, feats, want, by_amount, judge)
        if facts is None:
            continue
        m, group, ut, dim_rank, packs, prefs = facts
        price, card_price = rec.price, rec.card_price
        pay = card_price if card and card_price is not None and card_price < price else price
        if limited and not admitted(item, rec, pay, child):
            continue
        if rec.sold_by is SoldBy.KG:
            dim_rank, per_unit, packs = kg_rank, pay, kg_packs
        elif ut is None:
            per_unit = pay
        else:
            per_unit = pay / ut[1]
        # A size wished: within the dimension, the smaller (or bigger) pack first.
        size = (1, 0) if ut is None else (0, -spec.size_wish * ut[1])
        rank = (-prefs, dim_rank, size) if spec.size_wish else (-prefs, dim_rank)
        fallback, other_pack = group > 1, group & 1 == 1
        pid = rec.product_id
        if packs is not None:
            rows.append((fallback, other_pack, rank, pay * packs, per_unit, pid, pos, m))
        else:
            rows.append((fallback, other_pack, rank, per_unit, pay, pid, pos, m))
        counts[group] += 1
    if not rows:
        return []
    # The tier chooses among the best group (not fallback, exact pack) only.
    pool = next(n for n in counts if n)
    pick_at = (THIRD[item.price_category] * pool) // 3
    if pick_at < max_options:
        # A partial sort: only the first max_options rows are ever shown.
        top = heapq.nsmallest(max_options, rows)
        picked = top[pick_at]
    else:
        rows.sort()
        top, picked = rows[:max_options], rows[pick_at]
        top.append(picked)
    return [
        record_candidate(records[r[6]], r[7], exact_pack=not r[1], tier_pick=r is picked)
        for r in top
    ]


def admitted(item: ListItem, rec: OfferRecord, pay: Decimal, child: int | None) -> bool:
    """Whether the list's own limits admit an offer paid ``pay``: its price cap («не
    дороже 150 р»: a pack; «до 350 руб за кг»: a кг, л or шт, so a product whose price
    per that unit is unknown is not kept) and the child's age in months («пюре с 6
    месяцев»: a title for older children is not the item; one with no age is). Applied
    before the tier picks, so the pick is made among what the list admits."""
    if child is not None and (from_age := title_age(rec.name)) is not None and from_age > child:
        return False
    if item.max_price is None:
        return True
    if item.max_price_per is None:
        return pay <= item.max_price
    found = unit_price(pay, rec.sold_by, rec.pack)
    if found is None:
        return False
    value, unit = found
    per_piece = item.max_price_per is SizeUnit.PIECE
    return (unit is SizeUnit.PIECE) == per_piece and value <= item.max_price


def _facts(
    item: ListItem,
    spec: ItemSpec,
    feats: OfferFeatures,
    want: str | None,
    by_amount: bool,
    judge: Judge,
) -> _Facts | None:
    """What ranking needs of a features object for ``item``; None when it is no match."""
    m = judge(spec, feats)
    if m is None:
        return None
    exact = _same_base(spec, feats.pack) or _whole_pack(item, feats.pieces or feats.pack_size)
    ut = feats.unit
    dim_rank = 2 if ut is None else (0 if want is None or ut[0] == want else 1)
    # Packs to buy of a piece-sold product depend on its pack only.
    packs = packs_for(item, SoldBy.PIECE, feats.pack_size, feats.pieces) if by_amount else None
    prefs = sum(1 for st in spec.preferences if f" {st}" in feats.text)
    return m, 2 * m.fallback + (not exact), ut, dim_rank, packs, prefs


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
        pieces=rec.pieces,
        observed_at=rec.observed_at,
        score=match.score,
        fallback=match.fallback,
        exact_pack=exact_pack,
        tier_pick=tier_pick,
        url=rec.url,
    )


def _whole_pack(item: ListItem, pack: PackSize | None) -> bool:
    """«десяток яиц», «20 яиц»: a count that is one pack's pieces asks for that pack; packs
    of another count rank after it (never left out)."""
    return (
        item.unit == "шт"
        and item.quantity > 1
        and pack is not None
        and pack.unit is SizeUnit.PIECE
        and pack.value * pack.count == item.quantity
    )


def _same_base(spec: ItemSpec, have: tuple[Decimal, str] | None) -> bool:
    """The offer's pack (as ``pack_base``) is the one asked for, within 5 %."""
    return spec.pack is not None and have is not None and pack_fits(spec, have)
