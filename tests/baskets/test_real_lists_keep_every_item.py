"""No item of a list disappears: over the real-title lists (tests/data/real_basket_eval.jsonl
and the fresh_basket_eval_*.jsonl sets, answered over the real offers they are labelled on), every
item the household wrote appears in the answer, in every store, as a bought line or as missing,
or is named in the answer's notes."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from korzina.cli.evaluate import EVAL_SETS
from korzina.core.baskets.models import Answer
from korzina.core.baskets.service import BasketOptions, BasketService
from korzina.core.storage import open_memory_storage
from korzina.core.storage.importer import import_file
from korzina.core.text import fold, words
from korzina.parser import parse_text
from korzina.parser.fragments import HEADING_NOTE

DATA = Path(__file__).resolve().parents[1] / "data"


@cache
def _service(offers: str) -> BasketService:
    storage = open_memory_storage()
    report = import_file(storage, DATA / offers)
    assert report.imported == report.rows
    return BasketService(storage)


# (labelled lists, the real offers they are labelled over): every real-title set
# `korzina eval-basket` runs, from its registry, but the held-out `holdout`.
SETS = [
    (labels.name, offers.name)
    for name, (labels, offers) in EVAL_SETS.items()
    if offers is not None and name != "holdout"
]


def _cases() -> list[tuple[dict[str, object], str]]:
    return [
        (json.loads(line), offers)
        for name, offers in SETS
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _accounted(answer: Answer, label: str) -> bool:
    """The written item is an item of the answer (its words are in an item's raw text),
    or a note names it."""
    if ":" in label:
        # «папа: и мне»: the speaker's heading is noted on its own, then the rest
        speaker, rest = label.split(":", 1)
        if f"«{speaker.strip()}:» {HEADING_NOTE}" in answer.notes and rest.strip():
            label = rest
    wanted = set(words(label))
    if not wanted:
        # «кефирчик 3,2%»: the labels split items at every comma, so «2%» is a label;
        # it is accounted for where it is part of an item as written.
        return any(fold(label) in fold(item.raw or "") for item in answer.items) or any(
            f"«{label.strip()}»" in note
            for note in answer.notes  # «+1», noted as not read
        )
    for item in answer.items:
        if wanted & set(words(item.raw or item.name)):
            return True
    # A note quotes the words as written, without the brackets around a remark
    return any(wanted <= set(words(note)) for note in answer.notes)


async def test_every_written_item_is_found_missing_or_noted_in_every_store() -> None:
    lost: list[str] = []
    for case, offers in _cases():
        answer = await _service(offers).answer(
            parse_text(str(case["text"])), BasketOptions(offline=True, save=False)
        )
        for expected in case["expected"]:  # type: ignore[attr-defined]
            if not _accounted(answer, expected["label"]):
                lost.append(f"{case['id']}: {expected['label']}")
        for basket in answer.baskets:
            shown = {line.item for line in basket.lines} | set(basket.missing)
            if shown != set(range(len(answer.items))):
                lost.append(f"{case['id']}: {basket.store} shows {sorted(shown)}")
    assert lost == []
