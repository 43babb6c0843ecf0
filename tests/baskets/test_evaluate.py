"""The eval metrics count a wrong pick, a wrong «missing» and a wrong best store."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from korzina.cli.basket import demo_service
from korzina.cli.evaluate import load_cases
from korzina.core.baskets import assemble
from korzina.core.baskets.evaluate import EvalCase, EvalIndex, EvalReport, score_answer
from korzina.core.baskets.service import BasketOptions
from korzina.core.matching import match_items
from korzina.core.models import Intent
from korzina.core.storage import open_memory_storage
from korzina.parser import parse_text
from tests.matching.helpers import index_of, item, offer

EVAL_FILE = Path(__file__).parents[1] / "data" / "basket_eval.jsonl"

OFFERS = [
    offer("a", "milk", "Молоко Простоквашино пастеризованное 3.2% 1л", "100.00"),
    offer("a", "milk2", "Молоко Домик в деревне пастеризованное 3.2% 1л", "80.00"),
    offer("b", "milkb", "Молоко Село Зелёное пастеризованное 3.2% 1л", "90.00"),
]


def report_for(acceptable: dict[str, frozenset[str]]) -> EvalReport:
    items = [item("молоко")]
    answer = assemble(
        answer_id="e",
        created_at=datetime(2026, 9, 28, tzinfo=UTC),
        intent=Intent.BASKET,
        items=items,
        options=match_items(index_of(*OFFERS), items, ["a", "b"]),
        statuses=[],
    )
    report = EvalReport()
    score_answer(report, EvalCase("c", "молоко", (acceptable,)), answer, {o.key: o for o in OFFERS})
    return report


def test_all_right_scores_one_everywhere() -> None:
    r = report_for({"a": frozenset({"milk", "milk2"}), "b": frozenset({"milkb"})})
    assert (r.validity.value, r.optimality.value, r.missing.value) == (1.0, 1.0, 1.0)
    assert r.best_store.value == 1.0


def test_a_pick_outside_the_labels_is_invalid_and_a_wrong_gap_is_counted() -> None:
    # A shopper would take only «milk» in a, and nothing in b.
    r = report_for({"a": frozenset({"milk"}), "b": frozenset()})
    assert r.validity.hits == 0 and r.validity.total == 2
    assert r.missing.hits == 1 and r.missing.total == 2
    assert r.errors


async def test_the_eval_path_and_the_basket_path_choose_the_same_product_on_the_eval_set() -> None:
    storage = open_memory_storage()
    service = demo_service(storage)
    index = service.index()
    labelled = EvalIndex({}, index)
    compared = 0
    for case in load_cases(EVAL_FILE):
        answer = await service.answer(parse_text(case.text), BasketOptions(offline=True))
        stores = [b.store for b in answer.baskets]
        # Every valid product, not only the kept options: the eval ranks all it is given.
        valid = match_items(index, answer.items, stores, max_options=100_000)
        for b in answer.baskets:
            for line in b.lines:
                ids = frozenset(c.product_id for c in valid[b.store][line.item])
                pick = labelled.pick(answer.items[line.item], b.store, ids, card=False)
                assert pick is not None, (case.id, b.store, line.item)
                assert pick.product_id == line.product_id, (case.id, b.store, line.item)
                compared += 1
    assert compared >= 200
