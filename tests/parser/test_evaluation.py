"""The rules parser holds its quality on the labelled lists of tests/data."""

from __future__ import annotations

from pathlib import Path

from korzina.parser import Vocabulary, parse_text
from korzina.parser.evaluate import evaluate_with, load_cases

DATA = Path(__file__).parents[1] / "data" / "parser_lists.jsonl"


def test_labelled_lists_are_many_and_varied() -> None:
    cases = load_cases(DATA)
    assert len(cases) >= 150
    assert any(c.intent == "cheapest" for c in cases)
    assert sum(1 for c in cases if not c.items) >= 5


def test_rules_parser_item_f1_and_field_accuracy_on_labelled_lists() -> None:
    vocab = Vocabulary()
    report = evaluate_with(load_cases(DATA), lambda text: parse_text(text, vocabulary=vocab))
    assert report.f1 >= 0.97, report.errors
    for field, value in report.accuracy().items():
        assert value >= 0.95, (field, report.errors)


def test_preferences_are_scored_only_where_labelled(tmp_path: Path) -> None:
    data = tmp_path / "lists.jsonl"
    data.write_text(
        '{"text": "свежий хлеб", "items": [{"name": "хлеб", "preferences": ["свежий"]}]}\n'
        '{"text": "сыр для мамы", "items": [{"name": "сыр", "preferences": []}]}\n'
        '{"text": "молоко", "items": [{"name": "молоко"}]}\n',
        encoding="utf-8",
    )
    vocab = Vocabulary()
    report = evaluate_with(load_cases(data), lambda text: parse_text(text, vocabulary=vocab))
    # one labelled preference agrees, the other does not; «молоко» states none
    assert report.accuracy()["preferences"] == 0.5
