"""One choice of list parser for `parse`, `basket` and `bot`: the settings decide."""

from __future__ import annotations

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
