"""Scoring a parser against labelled lists (``tests/data/parser_lists.jsonl``).

One JSON object per line: ``{"text": …, "intent": "basket"|"cheapest", "items": [{"name": …,
"quantity": 1, "unit": null, "price_category": null, "brand": null, "fat_pct": null,
"egg_class": null}]}``; omitted item fields take those defaults. Three optional fields are
compared only on items that label them: ``attributes`` and ``preferences`` (lists, order
ignored) and ``pack`` (``{"value": 100, "unit": "шт", "count": 1}``, count defaulting to
1). Predicted items are aligned with labelled ones by exact name, then by a shared word
(«масло» ~ «сливочное масло», counted as found but with a wrong name). Item
precision/recall/F1 count aligned items; field accuracy is over aligned pairs (intent: over
lists).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from korzina.core.errors import ParseError
from korzina.core.models import ListItem, ShoppingList

FIELDS = ("name", "quantity", "unit", "price_category", "brand", "fat_pct", "egg_class")
# Fields scored only where the label states them (older labels do not).
OPTIONAL_FIELDS = ("attributes", "preferences", "pack")


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    intent: str
    items: tuple[dict[str, Any], ...]


def _gold_item(raw: dict[str, Any]) -> dict[str, Any]:
    def dec(x: Any) -> Decimal | None:
        return None if x is None else Decimal(str(x))

    item = {
        "name": raw["name"],
        "quantity": dec(raw.get("quantity", 1)),
        "unit": raw.get("unit"),
        "price_category": raw.get("price_category"),
        "brand": raw.get("brand"),
        "fat_pct": dec(raw.get("fat_pct")),
        "egg_class": raw.get("egg_class"),
    }
    for name in ("attributes", "preferences"):
        if name in raw:
            item[name] = frozenset(raw[name])
    if "pack" in raw:
        pack = raw["pack"]
        item["pack"] = (
            None if pack is None else _pack(pack["value"], pack["unit"], pack.get("count"))
        )
    return item


def _pack(value: Any, unit: str, count: Any) -> tuple[Decimal, str, int]:
    return Decimal(str(value)).normalize(), str(unit), int(count or 1)


def load_cases(path: Path) -> list[Case]:
    """Read a JSONL file of labelled lists; a bad line raises ``ParseError`` naming it."""
    cases: list[Case] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ParseError(f"cannot read {path}: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            cases.append(
                Case(
                    raw["text"],
                    raw.get("intent", "basket"),
                    tuple(_gold_item(i) for i in raw.get("items", [])),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ParseError(f"{path}: {exc}", line=number) from exc
    return cases


def _predicted(item: ListItem) -> dict[str, Any]:
    return {
        "name": item.name,
        "quantity": item.quantity,
        "unit": item.unit,
        "price_category": item.price_category.value if item.price_category else None,
        "brand": item.brand,
        "fat_pct": item.fat_pct,
        "egg_class": item.egg_class,
        "attributes": frozenset(item.attributes),
        "preferences": frozenset(item.preferences),
        "pack": None
        if item.pack is None
        else _pack(item.pack.value, item.pack.unit, item.pack.count),
    }


def align(
    gold: Iterable[dict[str, Any]], pred: Iterable[dict[str, Any]]
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], int, int]:
    """Pairs of (gold, predicted) items, and the counts of unpaired gold and predicted."""
    g_left, p_left = list(gold), list(pred)
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for same in (
        lambda a, b: a["name"] == b["name"],
        lambda a, b: bool(set(a["name"].split()) & set(b["name"].split())),
    ):
        for g in list(g_left):
            p = next((p for p in p_left if same(g, p)), None)
            if p is not None:
                pairs.append((g, p))
                g_left.remove(g)
                p_left.remove(p)
    return pairs, len(g_left), len(p_left)


@dataclass
class Report:
    lists: int = 0
    gold_items: int = 0
    predicted_items: int = 0
    found: int = 0
    intent_correct: int = 0
    field_correct: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(FIELDS + OPTIONAL_FIELDS, 0)
    )
    field_labelled: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(OPTIONAL_FIELDS, 0)
    )
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found / self.predicted_items if self.predicted_items else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold_items if self.gold_items else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self) -> dict[str, float]:
        acc = {f: (self.field_correct[f] / self.found if self.found else 1.0) for f in FIELDS}
        for f in OPTIONAL_FIELDS:
            if self.field_labelled[f]:
                acc[f] = self.field_correct[f] / self.field_labelled[f]
        acc["intent"] = self.intent_correct / self.lists if self.lists else 1.0
        return acc

    def as_dict(self) -> dict[str, Any]:
        return {
            "lists": self.lists,
            "gold_items": self.gold_items,
            "predicted_items": self.predicted_items,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "accuracy": {k: round(v, 4) for k, v in self.accuracy().items()},
            "errors": self.errors,
        }


def evaluate(cases: Iterable[Case], results: Iterable[ShoppingList]) -> Report:
    """Score parsed ``results`` against ``cases`` (same order)."""
    report = Report()
    for case, result in zip(cases, results, strict=True):
        pred = [_predicted(i) for i in result.items]
        pairs, missed, extra = align(case.items, pred)
        report.lists += 1
        report.gold_items += len(case.items)
        report.predicted_items += len(pred)
        report.found += len(pairs)
        report.intent_correct += result.intent.value == case.intent
        wrong: list[str] = []
        for g, p in pairs:
            for f in FIELDS + OPTIONAL_FIELDS:
                if f not in g:
                    continue
                if f in OPTIONAL_FIELDS:
                    report.field_labelled[f] += 1
                if g[f] == p[f]:
                    report.field_correct[f] += 1
                else:
                    wrong.append(f"{g['name']}.{f}: {p[f]!r} ≠ {g[f]!r}")
        if result.intent.value != case.intent:
            wrong.append(f"intent: {result.intent.value} ≠ {case.intent}")
        if missed or extra or wrong:
            report.errors.append(
                {
                    "text": case.text,
                    "missed": missed,
                    "extra": extra,
                    "wrong": wrong,
                    "got": [p["name"] for p in pred],
                }
            )
    return report


def evaluate_with(cases: list[Case], parse: Callable[[str], ShoppingList]) -> Report:
    return evaluate(cases, (parse(c.text) for c in cases))
