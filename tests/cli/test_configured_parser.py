"""One choice of list parser for `parse`, `basket` and `bot`: the settings decide."""

from __future__ import annotations

from pathlib import Path

import pytest

from korzina.cli.app import App
from korzina.cli.parse import configured_parser
from korzina.core.errors import ConfigError
from korzina.core.plugins import make_plugin_manager
from korzina.core.settings import load_settings
from korzina.parser.llm import LLMParser, RulesParser


def _app(**env: str) -> App:
    # No config file: only the given environment decides.
    env.setdefault("KORZINA_CONFIG", "/nonexistent/korzina.toml")
    return App(pm=make_plugin_manager(), settings=load_settings(env=env))


def test_without_a_model_the_rules_parse_the_list() -> None:
    assert isinstance(configured_parser(_app()), RulesParser)


def test_with_a_model_the_hybrid_parser_asks_it_for_what_the_rules_missed() -> None:
    parser = configured_parser(
        _app(KORZINA_OLLAMA_MODEL="mistral", OLLAMA_HOST="http://127.0.0.1:1")
    )
    assert isinstance(parser, LLMParser)
    assert parser.hybrid and parser.model == "mistral"


def test_an_explicit_kind_wins_over_the_default() -> None:
    assert isinstance(configured_parser(_app(KORZINA_OLLAMA_MODEL="m"), "rules"), RulesParser)
    with pytest.raises(ConfigError):
        configured_parser(_app(), "llm")  # the LLM needs a model name


def test_database_words_are_read_again_when_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from korzina.cli import parse as parse_cli
    from korzina.core.storage import open_storage
    from korzina.data import demo_offers

    db, cache = tmp_path / "prices.duckdb", tmp_path / "cache"
    storage = open_storage(db)
    storage.offers.save_offers([o for o in demo_offers() if "Хлеб" not in o.name])
    storage.close()
    kinds, _ = parse_cli.database_words(db, cache)
    assert "молоко" in kinds and "хлеб" not in kinds
    # Unchanged file: the kept words, without opening DuckDB.
    monkeypatch.setattr(parse_cli, "read_database_words", lambda db: ([], []))
    assert parse_cli.database_words(db, cache)[0] == kinds
    monkeypatch.undo()
    storage = open_storage(db)
    storage.offers.save_offers([o for o in demo_offers() if "Хлеб" in o.name])
    storage.close()
    assert "хлеб" in parse_cli.database_words(db, cache)[0]


def test_the_cli_learns_no_form_noun_the_database_has_as_a_kind(tmp_path: Path) -> None:
    # «persil гель» is Persil's washing gel in `parse`, `basket` and the bot too, not the
    # generic kind «гель» a database of real titles holds.
    from korzina.cli import parse as parse_cli
    from korzina.core.storage import open_storage
    from korzina.parser import parse_text
    from tests.fakes import offer

    db = tmp_path / "prices.duckdb"
    storage = open_storage(db)
    storage.offers.save_offers(
        [
            offer("magnit", "1", "Гель Persil Color 1,3 л", "499.99", brand="Persil"),
            offer("magnit", "2", "Молоко Простоквашино 3,2% 930мл", "99.99"),
        ]
    )
    storage.close()
    kinds, _ = parse_cli.database_words(db, tmp_path / "cache")
    assert "молоко" in kinds and "гель" not in kinds
    app = _app(KORZINA_DB=str(db), KORZINA_CACHE_DIR=str(tmp_path / "cache"))
    (gel,) = parse_text("persil гель", vocabulary=parse_cli.build_vocabulary(app)).items
    assert (gel.name, gel.attributes) == ("стиральный порошок", ("гель",))
