"""Baskets from matched products: pure ranking, split planning and swaps.

Ranking: complete baskets first, then fewer missing items, then the total. A
«cheapest» question («самое дешевое молоко 3.2%») ranks stores by their cheapest valid
product for each item instead (``cheapest_keys``): a store whose product is a fallback
(long-life milk for «молоко») comes after stores with the real thing, a product without a
unit price comparable with the other stores' after those with one, then by unit price.

Split: every subset of up to ``max_stores`` stores is tried (4 stores → 14 subsets);
each item goes to the subset's store whose picked product costs least; a cost per
extra store is added; fewest missing items wins, then the lowest total.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from itertools import combinations

from korzina.core.baskets.models import (
    Answer,
    BasketLine,
    ProductRef,
    SplitLine,
    SplitPlan,
    StoreBasket,
)
from korzina.core.errors import KorzinaError
from korzina.core.matching.pick import Candidate, line_cost
from korzina.core.models import Intent, ListItem, StoreStatus, money
from korzina.core.units import unit_price

_UNIT_NAMES = {"кг": "кг", "л": "л", "шт": "шт"}


_SWAP_REFUSED = "Этот товар нельзя выбрать для этой позиции."


def make_line(item_index: int, item: ListItem, c: Candidate, *, card: bool) -> BasketLine:
    packs, cost = line_cost(item, c, card=card)
    up = unit_price(c.pay_price(card), c.sold_by, c.pack)
    return BasketLine(
        item=item_index,
        product_id=c.product_id,
        name=c.name,
        price=c.pay_price(card),
        regular_price=c.regular_price,
        card_price=c.card_price,
        promo=c.regular_price is not None and c.regular_price > c.price,
        packs=packs,
        by_weight=c.sold_by.value == "kg",
        cost=cost,
        unit_price=up[0] if up else None,
        unit_price_unit=_UNIT_NAMES.get(up[1].value) if up else None,
        fallback=c.fallback,
        observed_at=c.observed_at,
    )


def build_basket(
    store: str,
    items: Sequence[ListItem],
    options: Sequence[Sequence[Candidate]],
    chosen: Mapping[int, str],
    *,
    card: bool,
) -> StoreBasket:
    """One store's basket: the chosen product of each item, or the item is missing."""
    lines: list[BasketLine] = []
    missing: list[int] = []
    for i, item in enumerate(items):
        pid = chosen.get(i)
        c = next((c for c in options[i] if c.product_id == pid), None) if pid else None
        if c is None:
            missing.append(i)
            continue
        line = make_line(i, item, c, card=card)
        if c.fallback and not c.tier_pick:
            # The shopper swapped to this product: a choice, not a substitute forced on them.
            line = line.model_copy(update={"fallback": False})
        if not c.fallback:
            line = line.model_copy(
                update={"cheaper": cheaper_fallback(item, line, options[i], card)}
            )
        lines.append(line)
    seen = [line.observed_at for line in lines]
    return StoreBasket(
        store=store,
        total=money(sum((line.cost for line in lines), Decimal(0))),
        complete=not missing,
        missing=tuple(missing),
        lines=tuple(lines),
        observed_from=min(seen) if seen else None,
        observed_to=max(seen) if seen else None,
    )


# Words of a title that say why a second-choice product is second.
_LONG_LIFE = ("ультрапаст", "у/паст", "стерилиз", "длительн")


def cheaper_fallback(
    item: ListItem, line: BasketLine, options: Sequence[Candidate], card: bool
) -> ProductRef | None:
    """The cheapest second-choice product costing less than ``line``, if any."""
    best: tuple[Decimal, Candidate] | None = None
    for c in options:
        if not c.fallback:
            continue
        cost = line_cost(item, c, card=card)[1]
        if cost < line.cost and (best is None or cost < best[0]):
            best = (cost, c)
    if best is None:
        return None
    cost, c = best
    low = c.name.lower()
    why = "длительного хранения" if any(w in low for w in _LONG_LIFE) else "запасной вариант"
    return ProductRef(product_id=c.product_id, name=c.name, price=money(cost), lacks=(why,))


def initial_choices(
    items: Sequence[ListItem], options: Sequence[Sequence[Candidate]], *, card: bool
) -> dict[int, str]:
    """The tier's pick for every item that has a valid product (flagged by the matcher,
    which ranks every valid product, not only the options it keeps)."""
    out: dict[int, str] = {}
    for i in range(len(items)):
        pick = next((c for c in options[i] if c.tier_pick), None)
        if pick is not None:
            out[i] = pick.product_id
    return out


# (uses a fallback, items without a comparable unit price, sum of the unit prices)
CheapestKey = tuple[int, int, Decimal]


def cheapest_keys(
    picks: Mapping[str, Sequence[Candidate | None]], *, card: bool
) -> dict[str, CheapestKey]:
    """Each store's rank for a «cheapest» question from its cheapest valid product per
    item (None: it has none).

    Like with like: an item's unit prices are compared in the unit most stores' products
    are priced in (₽/кг and ₽/л together, ₽/шт apart); a store whose product is priced
    otherwise, or not at all, ranks after those that compare. A fallback product
    (long-life milk for «молоко») ranks after the real thing whatever its price.
    """
    n = max((len(p) for p in picks.values()), default=0)
    units: list[str | None] = []
    for i in range(n):
        seen = Counter(
            up[1]
            for ps in picks.values()
            if (p := ps[i]) is not None and (up := p.unit_price(card)) is not None
        )
        # Most stores' unit; a tie goes to kg/l, the unit most groceries are priced in.
        units.append(max(seen, key=lambda u: (seen[u], u == "m")) if seen else None)
    keys: dict[str, CheapestKey] = {}
    for store, ps in picks.items():
        fallbacks = lacking = 0
        total = Decimal(0)
        for p, unit in zip(ps, units, strict=True):
            if p is None:
                continue
            fallbacks += p.fallback
            up = p.unit_price(card)
            if up is None or up[1] != unit:
                lacking += 1
            else:
                total += up[0]
        keys[store] = (fallbacks, lacking, total)
    return keys


def rank_baskets(
    baskets: Sequence[StoreBasket],
    *,
    intent: Intent = Intent.BASKET,
    items: Sequence[ListItem] = (),
    options: Mapping[str, Sequence[Sequence[Candidate]]] | None = None,
    card: bool = False,
) -> list[StoreBasket]:
    """Best first: complete, then fewer missing, then total (or cheapest products)."""
    cheapest: dict[str, CheapestKey] = {}
    if intent is Intent.CHEAPEST and options is not None:
        # Options are in pick order, so the first is the cheapest valid product.
        cheapest = cheapest_keys(
            {s: [o[0] if o else None for o in opts] for s, opts in options.items()}, card=card
        )

    def key(b: StoreBasket) -> tuple[bool, int, CheapestKey, str]:
        amount = cheapest.get(b.store, (0, 0, b.total))
        return (not b.complete, len(b.missing), amount, b.store)

    return sorted(baskets, key=key)


def plan_split(
    baskets: Sequence[StoreBasket],
    n_items: int,
    *,
    max_stores: int,
    extra_store_cost: Decimal = Decimal(0),
) -> SplitPlan | None:
    """The cheapest way to buy the list in up to ``max_stores`` stores; None if < 2 allowed."""
    if max_stores < 2 or not baskets:
        return None
    by_store = {b.store: {line.item: line for line in b.lines} for b in baskets}
    best: tuple[tuple[int, Decimal, int], SplitPlan] | None = None
    stores = sorted(by_store)
    for size in range(1, min(max_stores, len(stores)) + 1):
        for subset in combinations(stores, size):
            chosen: list[SplitLine] = []
            missing: list[int] = []
            for i in range(n_items):
                offers = [(by_store[s][i].cost, s) for s in subset if i in by_store[s]]
                if not offers:
                    missing.append(i)
                    continue
                _, store = min(offers)
                chosen.append(SplitLine(store=store, line=by_store[store][i]))
            used = tuple(sorted({sl.store for sl in chosen}))
            items_total = money(sum((sl.line.cost for sl in chosen), Decimal(0)))
            extra = money(extra_store_cost * max(0, len(used) - 1))
            plan = SplitPlan(
                stores=used,
                lines=tuple(chosen),
                items_total=items_total,
                extra_cost=extra,
                total=money(items_total + extra),
                missing=tuple(missing),
            )
            key = (len(missing), plan.total, len(used))
            if best is None or key < best[0]:
                best = (key, plan)
    if best is None:
        return None
    plan = best[1]
    singles = [b.total for b in baskets if len(b.missing) <= len(plan.missing)]
    saving = money(min(singles) - plan.total) if singles else None
    return plan.model_copy(update={"saving": saving})


def assemble(
    *,
    answer_id: str,
    created_at: datetime,
    intent: Intent,
    items: Sequence[ListItem],
    options: Mapping[str, list[list[Candidate]]],
    statuses: Sequence[StoreStatus],
    card: bool = False,
    max_stores: int = 1,
    extra_store_cost: Decimal = Decimal(0),
    chosen: Mapping[str, Mapping[int, str]] | None = None,
) -> Answer:
    """Baskets, ranking and split for matched options; ``chosen`` keeps earlier swaps."""
    picks: dict[str, dict[int, str]] = {}
    baskets: list[StoreBasket] = []
    for store, opts in options.items():
        picks[store] = (
            dict(chosen[store])
            if chosen and store in chosen
            else initial_choices(items, opts, card=card)
        )
        baskets.append(build_basket(store, items, opts, picks[store], card=card))
    ranked = rank_baskets(baskets, intent=intent, items=items, options=options, card=card)
    return Answer(
        id=answer_id,
        created_at=created_at,
        intent=intent,
        items=tuple(items),
        card=card,
        baskets=tuple(ranked),
        statuses=tuple(statuses),
        options={s: [list(o) for o in opts] for s, opts in options.items()},
        chosen=picks,
        max_stores=max_stores,
        extra_store_cost=money(extra_store_cost),
        split=plan_split(
            ranked, len(items), max_stores=max_stores, extra_store_cost=extra_store_cost
        ),
    )


def alternatives(answer: Answer, store: str, item_index: int) -> list[Candidate]:
    """Other valid products for a line, in pick order (the current one left out)."""
    opts = answer.options.get(store)
    if opts is None or not 0 <= item_index < len(opts):
        return []
    current = answer.chosen.get(store, {}).get(item_index)
    return [c for c in opts[item_index] if c.product_id != current]


def swap(answer: Answer, store: str, item_index: int, product_id: str) -> Answer:
    """The answer with one line of one store bought as another valid product."""
    opts = answer.options.get(store)
    if opts is None or not 0 <= item_index < len(opts):
        raise KorzinaError(f"no line {item_index} in store {store!r}", user_message=_SWAP_REFUSED)
    if all(c.product_id != product_id for c in opts[item_index]):
        raise KorzinaError(
            f"{product_id!r} is not a valid product for item {item_index} in {store!r}",
            user_message=_SWAP_REFUSED,
        )
    chosen = {s: dict(c) for s, c in answer.chosen.items()}
    chosen.setdefault(store, {})[item_index] = product_id
    return assemble(
        answer_id=answer.id,
        created_at=answer.created_at,
        intent=answer.intent,
        items=answer.items,
        options=answer.options,
        statuses=answer.statuses,
        card=answer.card,
        max_stores=answer.max_stores,
        extra_store_cost=answer.extra_store_cost,
        chosen=chosen,
    )
