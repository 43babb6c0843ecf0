"""The shopping-list parser: rules first, an ollama LLM as a grounded helper.

``parse_text(text)`` is the pure, synchronous rules parser. ``make_parser(kind)``
gives a ``ListParser`` with an async ``parse`` for the rules, the LLM or both.
"""

from __future__ import annotations

from functools import lru_cache

from korzina.core.models import ShoppingList
from korzina.parser.llm import ListParser, make_parser
from korzina.parser.rules import RulesResult, parse_rules, split_fragments
from korzina.parser.vocabulary import Vocabulary

__all__ = [
    "ListParser",
    "RulesResult",
    "ShoppingList",
    "Vocabulary",
    "default_vocabulary",
    "make_parser",
    "parse_rules",
    "parse_text",
    "split_fragments",
]


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """The built-in vocabulary, built on first use (callers with a database pass their own)."""
    return Vocabulary()


def parse_text(text: str, *, vocabulary: Vocabulary | None = None) -> ShoppingList:
    """Parse a shopping list with the rules only: pure, synchronous, no model."""
    return parse_rules(text, vocabulary or default_vocabulary()).shopping_list
