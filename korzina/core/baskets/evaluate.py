"""Basket quality against a labelled set: pure functions over answers and labels.

A labelled case is one list (``text``) and, per item in the parser's order, the product
ids a shopper would accept in each store (empty: the store has no valid product)::

    {"id": "milk-bread", "text": "молоко 3.2%, хлеб",
     "expected": [{"label": "молоко 3.2%", "acceptable": {"magnit": ["1000100045"], ...}}]}

Figures (each over the (list, item, store) triples — store-items — where it applies):

* **found**: an acceptable product is chosen (over store-items that have one);
* **wrong**: the chosen product is not acceptable (over all store-items);
* **absent**: «нет в магазине» is said (over store-items that have nothing acceptable);
* **validity**: the chosen product is acceptable (over triples with a chosen product);
* **optimality**: the chosen product costs no more than the best acceptable product
  under the item's price tier, picked by the basket's own ranking (``rank_offers``);
* **missing**: the item is missing exactly where nothing is acceptable;
* **ranking**: the best store agrees with the best store of the labelled baskets
  (complete first, then total) and the share of store pairs ordered alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

from korzina.core.baskets.models import Answer
from korzina.core.baskets.rank import cheapest_keys
from korzina.core.errors import ParseError
from korzina.core.matching import OfferIndex, rank_offers, tier_pick
from korzina.core.matching.pick import Candidate, line_cost
from korzina.core.matching.score import ItemSpec, Match, OfferFeatures, second_choice
from korzina.core.matching.text import Lemmatizer
from korzina.core.models import Intent, ListItem, Offer, PriceCategory
from korzina.core.storage.analysis import CandidateQuery, candidate_rows
from korzina.core.storage.base import Storage


@dataclass(frozen=True)
class EvalCase:
    id: str
    text: str
    acceptable: tuple[Mapping[str, frozenset[str]], ...]  # per item: store → product ids
    labels: tuple[str, ...] = ()
    split: str = ""  # "dev" (looked at while building) or "test" (scored only)


def parse_case(raw: Mapping[str, Any], line: int) -> EvalCase:
    try:
        expected = raw["expected"]
        return EvalCase(
            id=str(raw["id"]),
            text=str(raw["text"]),
            acceptable=tuple(
                {s: frozenset(map(str, ids)) for s, ids in e["acceptable"].items()}
                for e in expected
            ),
            labels=tuple(str(e.get("label", "")) for e in expected),
            split=str(raw.get("split", "")),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ParseError(f"bad eval case: {exc!r}", line=line) from exc


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hits += ok

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass
class EvalReport:
    lists: int = 0
    parsed_alike: int = 0  # lists the parser split into the labelled number of items
    found: Ratio = field(default_factory=Ratio)
    wrong: Ratio = field(default_factory=Ratio)
    absent: Ratio = field(default_factory=Ratio)
    validity: Ratio = field(default_factory=Ratio)
    optimality: Ratio = field(default_factory=Ratio)
    missing: Ratio = field(default_factory=Ratio)
    best_store: Ratio = field(default_factory=Ratio)
    store_pairs: Ratio = field(default_factory=Ratio)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def r(x: Ratio) -> dict[str, Any]:
            return {"value": x.value, "hits": x.hits, "total": x.total}

        return {
            "lists": self.lists,
            "parsed_alike": self.parsed_alike,
            "found": r(self.found),
            "wrong": r(self.wrong),
            "absent": r(self.absent),
            "validity": r(self.validity),
            "optimality": r(self.optimality),
            "missing": r(self.missing),
            "best_store": r(self.best_store),
            "store_pairs": r(self.store_pairs),
            "errors": self.errors,
        }


class EvalIndex:
    """The labelled products, indexed once, ranked by the baskets' own ranking."""

    def __init__(self, offers: Mapping[tuple[str, str], Offer], index: OfferIndex | None = None):
        if index is None:
            index = OfferIndex(_lemmatizer())
            index.add(offers.values())
        self.index = index
        self._pos: dict[tuple[str, str], int] = {}

    def _positions(self) -> dict[tuple[str, str], int]:
        # The service's index fills as lists are answered: positions follow it.
        records, _ = self.index.columns()
        if len(self._pos) != len(records):
            self._pos = {rec.key: pos for pos, rec in enumerate(records)}
        return self._pos

    def pick(
        self, item: ListItem, store: str, ids: frozenset[str], *, card: bool
    ) -> Candidate | None:
        """The product the tier should take among the acceptable ones: the basket's own
        ranking (``rank_offers``) over exactly those products, each judged acceptable
        (a fallback still ranks as one)."""
        where = self._positions()
        positions = sorted(p for i in ids if (p := where.get((store, i))) is not None)
        return tier_pick(rank_offers(self.index, item, positions, card=card, judge=_acceptable))


def eval_index(storage: Storage) -> OfferIndex:
    """Every product of a (small) database with its stored analysis, indexed."""
    index = OfferIndex(_lemmatizer())
    _, kinds = storage.query("SELECT DISTINCT kind FROM products WHERE kind IS NOT NULL")
    index.add_rows(candidate_rows(storage, CandidateQuery(kinds=tuple(k for (k,) in kinds))))
    return index


def _acceptable(spec: ItemSpec, f: OfferFeatures) -> Match:
    return Match(score=1.0, fallback=second_choice(spec, f))


@cache
def _lemmatizer() -> Lemmatizer:
    return Lemmatizer()


def _expected_order(
    case: EvalCase,
    items: Sequence[ListItem],
    stores: Sequence[str],
    labelled: EvalIndex,
    card: bool,
    intent: Intent = Intent.BASKET,
) -> list[str]:
    """Stores ordered by the labelled baskets: complete first, then total (or, for a
    «cheapest» question, the baskets' own ``cheapest_keys`` over the cheapest acceptable
    products)."""
    missing: dict[str, int] = {}
    totals: dict[str, Decimal] = {}
    cheapest: dict[str, list[Candidate | None]] = {}
    for store in stores:
        missing[store], totals[store] = 0, Decimal(0)
        for item, acc in zip(items, case.acceptable, strict=True):
            ids = acc.get(store, frozenset())
            pick = labelled.pick(item, store, ids, card=card)
            if pick is None:
                missing[store] += 1
            else:
                totals[store] += line_cost(item, pick, card=card)[1]
            cheap = item.model_copy(update={"price_category": PriceCategory.CHEAP})
            cheapest.setdefault(store, []).append(labelled.pick(cheap, store, ids, card=card))
    keys = cheapest_keys(cheapest, card=card) if intent is Intent.CHEAPEST else {}
    return sorted(stores, key=lambda s: (missing[s], keys.get(s, (0, 0, totals[s])), s))


def score_answer(
    report: EvalReport,
    case: EvalCase,
    answer: Answer,
    offers: Mapping[tuple[str, str], Offer] | EvalIndex,
) -> None:
    """Add one answered case to ``report`` (``offers``: the labelled stores' products,
    or an ``EvalIndex`` of them built once for many cases)."""
    labelled = offers if isinstance(offers, EvalIndex) else EvalIndex(offers)
    report.lists += 1
    items = answer.items
    if len(items) != len(case.acceptable):
        report.errors.append(
            f"{case.id}: parsed into {len(items)} items, labelled {len(case.acceptable)}"
        )
        return
    report.parsed_alike += 1
    stores = [b.store for b in answer.baskets]
    for b in answer.baskets:
        lines = {line.item: line for line in b.lines}
        for i, item in enumerate(items):
            acc = case.acceptable[i].get(b.store, frozenset())
            line = lines.get(i)
            report.missing.add((line is None) == (not acc))
            if acc:
                report.found.add(line is not None and line.product_id in acc)
            else:
                report.absent.add(line is None)
            report.wrong.add(line is not None and line.product_id not in acc)
            if line is None:
                if acc:
                    report.errors.append(
                        f"{case.id}: {b.store} item {i} ({case.labels[i] if case.labels else ''})"
                        " → missing, though acceptable products exist"
                    )
                continue
            valid = line.product_id in acc
            report.validity.add(valid)
            if not valid:
                report.errors.append(
                    f"{case.id}: {b.store} item {i} ({case.labels[i] if case.labels else ''}) "
                    f"→ {line.name} [{line.product_id}] is not acceptable"
                )
                continue
            best = labelled.pick(item, b.store, acc, card=answer.card)
            if best is not None:
                best_cost = line_cost(item, best, card=answer.card)[1]
                report.optimality.add(line.cost <= best_cost)
                if line.cost > best_cost:
                    report.errors.append(
                        f"{case.id}: {b.store} item {i}: {line.name} {line.cost} ₽, "
                        f"cheaper acceptable {best.name} {best_cost} ₽"
                    )
    expected = _expected_order(case, items, stores, labelled, answer.card, answer.intent)
    report.best_store.add(bool(stores) and stores[0] == expected[0])
    if stores and stores[0] != expected[0]:
        report.errors.append(f"{case.id}: first store {stores[0]}, labels say {expected[0]}")
    pos = {s: n for n, s in enumerate(expected)}
    for first in range(len(stores)):
        for second in range(first + 1, len(stores)):
            report.store_pairs.add(pos[stores[first]] < pos[stores[second]])
