"""Answers as kept in the kv store: compact, and enough to redo the answer after a restart.

What is kept: the items, statuses, choices and notes, and every option as a positional
row (no field names, no ``None`` tail). Baskets, the ranking and the split plan are not
kept: ``assemble`` recomputes them from the options and choices, exactly as the answer
made them, so a saved answer is about a fifth of the full model's JSON. Options are not
re-read from the database: a button pressed after prices changed still shows the prices
the answer was given with.

``saved_at`` (the service clock) lets old answers be refused and pruned.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from korzina.core.baskets.models import Answer, ProductRef
from korzina.core.baskets.rank import assemble
from korzina.core.matching.pick import Candidate
from korzina.core.models import Intent, ListItem, PackSize, SizeUnit, SoldBy, StoreStatus

VERSION = 2

_FALLBACK, _EXACT, _TIER = 1, 2, 4


def _pack_row(pack: PackSize | None) -> list[Any] | None:
    return None if pack is None else [str(pack.value), pack.unit.value, pack.count]


def _pack(row: Sequence[Any] | None) -> PackSize | None:
    if row is None:
        return None
    return PackSize(value=Decimal(row[0]), unit=SizeUnit(row[1]), count=row[2])


def _row(c: Candidate) -> list[Any]:
    pack = _pack_row(c.pack)
    flags = _FALLBACK * c.fallback | _EXACT * c.exact_pack | _TIER * c.tier_pick
    row: list[Any] = [
        c.product_id,
        c.name,
        str(c.price),
        c.observed_at.isoformat(),
        c.score,
        flags,
        c.sold_by.value,
        pack,
        c.brand,
        None if c.regular_price is None else str(c.regular_price),
        None if c.card_price is None else str(c.card_price),
        c.url,
        _pack_row(c.pieces),  # added later: older rows end before it
    ]
    while row[-1] is None:
        row.pop()
    return row


def _candidate(row: Sequence[Any]) -> Candidate:
    row = [*row, *([None] * (13 - len(row)))]
    pid, name, price, seen, score, flags, sold_by, pack, brand, regular, card, url, pieces = row
    return Candidate(
        product_id=pid,
        name=name,
        price=Decimal(price),
        observed_at=datetime.fromisoformat(seen),
        score=score,
        fallback=bool(flags & _FALLBACK),
        exact_pack=bool(flags & _EXACT),
        tier_pick=bool(flags & _TIER),
        sold_by=SoldBy(sold_by),
        pack=_pack(pack),
        pieces=_pack(pieces),
        brand=brand,
        regular_price=None if regular is None else Decimal(regular),
        card_price=None if card is None else Decimal(card),
        url=url,
    )


def dump_answer(answer: Answer, saved_at: datetime) -> dict[str, Any]:
    """The kv document of an answer (see the module docstring)."""
    return {
        "v": VERSION,
        "id": answer.id,
        "saved_at": saved_at.isoformat(),
        "created_at": answer.created_at.isoformat(),
        "intent": answer.intent.value,
        "items": [i.model_dump(mode="json", exclude_defaults=True) for i in answer.items],
        "card": answer.card,
        "statuses": [s.model_dump(mode="json", exclude_defaults=True) for s in answer.statuses],
        "options": {
            s: [[_row(c) for c in opts] for opts in per_item]
            for s, per_item in answer.options.items()
        },
        "chosen": {s: {str(i): pid for i, pid in c.items()} for s, c in answer.chosen.items()},
        "max_stores": answer.max_stores,
        "extra_store_cost": str(answer.extra_store_cost),
        "notes": list(answer.notes),
        "nearest": {
            s: {str(i): [r.product_id, r.name, str(r.price), list(r.lacks)] for i, r in m.items()}
            for s, m in answer.nearest.items()
        },
    }


def saved_at(raw: Mapping[str, Any]) -> datetime | None:
    """When a kv document was saved; None for documents saved before it was recorded."""
    value = raw.get("saved_at")
    return None if value is None else datetime.fromisoformat(value)


def load_answer(raw: Mapping[str, Any]) -> Answer:
    """An answer from its kv document (a full model dump from older versions too)."""
    if raw.get("v") != VERSION:
        return Answer.model_validate(raw)
    answer = assemble(
        answer_id=raw["id"],
        created_at=datetime.fromisoformat(raw["created_at"]),
        intent=Intent(raw["intent"]),
        items=[ListItem.model_validate(i) for i in raw["items"]],
        options={
            s: [[_candidate(r) for r in opts] for opts in per_item]
            for s, per_item in raw["options"].items()
        },
        statuses=[StoreStatus.model_validate(s) for s in raw["statuses"]],
        card=raw["card"],
        max_stores=raw["max_stores"],
        extra_store_cost=Decimal(raw["extra_store_cost"]),
        chosen={s: {int(i): pid for i, pid in c.items()} for s, c in raw["chosen"].items()},
    )
    nearest = {
        s: {
            int(i): ProductRef(product_id=r[0], name=r[1], price=Decimal(r[2]), lacks=tuple(r[3]))
            for i, r in m.items()
        }
        for s, m in raw.get("nearest", {}).items()
    }
    return answer.model_copy(update={"notes": tuple(raw.get("notes", ())), "nearest": nearest})
