"""`korzina parse` and `korzina eval-parser` through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from korzina.cli import cli
from korzina.cli.app import App
from korzina.core.plugins import make_plugin_manager


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KORZINA_DB", str(tmp_path / "none.duckdb"))
    monkeypatch.delenv("KORZINA_OLLAMA_MODEL", raising=False)

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        app = App(pm=make_plugin_manager(load_entrypoints=False))
        return CliRunner().invoke(cli, list(args), obj=app)

    return invoke


def test_parse_json_follows_the_issue_schema(run) -> None:  # type: ignore[no-untyped-def]
    result = run("parse", "--json", "купить: 2 пачки масла, десяток яиц, 1,5 кг картошки")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["intent"] == "basket"
    got = [(i["name"], i["quantity"], i["unit"]) for i in doc["items"]]
    assert got == [("масло", 2, "шт"), ("яйцо", 10, "шт"), ("картофель", 1.5, "кг")]


def test_parse_without_groceries_says_so_and_exits_zero(run) -> None:  # type: ignore[no-untyped-def]
    result = run("parse", "привет")
    assert result.exit_code == 0
    assert "Не нашёл в тексте ни одного товара" in result.output
    doc = json.loads(run("parse", "--json", "привет").output)
    assert doc["items"] == []
    assert doc["notes"][0].startswith("Не нашёл в тексте ни одного товара")


def test_eval_parser_reports_scores_as_json(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "lists.jsonl"
    data.write_text(
        json.dumps({"text": "молоко, хлеб", "intent": "basket",
                    "items": [{"name": "молоко"}, {"name": "сыр"}]}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    doc = json.loads(run("eval-parser", "--json", str(data)).output)
    assert (doc["precision"], doc["recall"]) == (0.5, 0.5)


def test_parse_shows_attributes_preferences_and_notes(run) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(run("parse", "--json", "сыр гауда для мамы, хлеб бородинский").output)
    got = [(i["name"], i["attributes"], i["preferences"]) for i in doc["items"]]
    assert got == [("сыр", ["гауда"], ["для мамы"]), ("хлеб", ["бородинский"], [])]
    assert any("«для мамы»" in n for n in doc["notes"])
    table = run("parse", "сыр гауда для мамы").output
    # the table may wrap the cell: its words, in order, are there
    assert all(word in table for word in ("сыр (гауда;", "желательно:", "мамы)"))
    assert "«для мамы» — учёл как пожелание" in table
