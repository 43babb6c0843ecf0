"""Parsers behind one interface: rules, an ollama LLM, or both (hybrid).

The LLM is a helper, never trusted blindly: its JSON is validated by pydantic and every
item grounded in the user's words (``grounding.py``). In ``hybrid`` the rules parse
first and only fragments they could not read go to the model. No server, a timeout or
invalid JSON: the rules' answer stands, with a note saying so.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any, Literal, Protocol

from pydantic import ValidationError

from korzina.core.errors import ConfigError, LLMUnavailable
from korzina.core.models import Intent, ListItem, ShoppingList
from korzina.parser.clean import clean_text
from korzina.parser.grounding import LLMAnswer, ground
from korzina.parser.rules import RulesResult, parse_rules
from korzina.parser.vocabulary import Vocabulary

log = logging.getLogger(__name__)

ParserKind = Literal["rules", "llm", "hybrid"]


@cache
def system_prompt() -> str:
    """The few-shot prompt, kept in ``prompt.md`` so it is read and reviewed as text."""
    return resources.files("korzina.parser").joinpath("prompt.md").read_text("utf-8")


class ListParser(Protocol):
    async def parse(self, text: str) -> ShoppingList: ...


class RulesParser:
    """The rules alone: no model, no I/O."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    async def parse(self, text: str) -> ShoppingList:
        return parse_rules(text, self.vocabulary).shopping_list


class LLMParser:
    """Asks ollama for structured output; ``hybrid`` sends only what the rules missed."""

    def __init__(
        self,
        *,
        vocabulary: Vocabulary,
        client: Any,
        model: str,
        timeout_s: float,
        hybrid: bool,
    ) -> None:
        self.vocabulary = vocabulary
        self.client = client
        self.model = model
        self.timeout_s = timeout_s
        self.hybrid = hybrid

    async def ask(self, text: str) -> LLMAnswer:
        """One chat call; raises ``LLMUnavailable`` with a note for every failure mode."""
        # Imported here: the rules parser (every `korzina parse`) never pays for them.
        import httpx
        import ollama

        try:
            response = await asyncio.wait_for(
                self.client.chat(
                    model=self.model,
                    messages=[
                        {"role": "system", "content": system_prompt()},
                        {"role": "user", "content": text},
                    ],
                    format=LLMAnswer.model_json_schema(),
                    options={"temperature": 0},
                ),
                timeout=self.timeout_s,
            )
        except (TimeoutError, httpx.TimeoutException) as exc:
            raise LLMUnavailable(f"модель не ответила за {self.timeout_s:g} с") from exc
        except (ConnectionError, httpx.TransportError) as exc:
            raise LLMUnavailable("сервер ollama недоступен") from exc
        except ollama.ResponseError as exc:
            raise LLMUnavailable(f"ollama вернула ошибку: {exc.error}") from exc
        content = response.message.content or ""
        try:
            return LLMAnswer.model_validate_json(content)
        except ValidationError as exc:
            log.info("LLM answer is not valid JSON for the schema: %r", content[:500])
            raise LLMUnavailable("ответ модели не по схеме JSON") from exc

    async def parse(self, text: str) -> ShoppingList:
        rules: RulesResult = parse_rules(text, self.vocabulary)  # cleans, noting what went
        text = clean_text(text)  # the model reads what the rules read, never raw markup
        base = rules.shopping_list
        if self.hybrid and not rules.unread:
            return base
        query = "\n".join(rules.unread) if self.hybrid else text
        try:
            answer = await self.ask(query)
        except LLMUnavailable as exc:
            log.warning("LLM parser unavailable: %s", exc.note)
            return base.model_copy(
                update={"notes": (*base.notes, f"LLM: {exc.note}; ответ по правилам")}
            )
        grounded = ground(answer, query, self.vocabulary)
        notes = [*base.notes, *(f"LLM: {r}" for r in grounded.rejected)]
        notes += [f"LLM: добавлен «{i.name}»" for i in grounded.items]
        items = _merge_items((*base.items, *grounded.items) if self.hybrid else grounded.items)
        cheapest = base.intent is Intent.CHEAPEST and len(items) == 1
        return ShoppingList(
            intent=Intent.CHEAPEST if cheapest else Intent.BASKET,
            items=items,
            notes=tuple(notes),
        )


def _merge_items(items: Iterable[ListItem]) -> tuple[ListItem, ...]:
    """The same product from the rules and the model is kept once (the rules' reading)."""
    seen: dict[tuple[str, str | None, frozenset[str]], ListItem] = {}
    for item in items:
        # «сыр» and «сыр гауда» are different products: attributes are part of the key
        key = (item.name, item.brand, frozenset(item.attributes))
        if key in seen:
            continue
        seen[key] = item
    return tuple(seen.values())


def make_parser(
    kind: ParserKind,
    *,
    vocabulary: Vocabulary | None = None,
    ollama_client: Any = None,
    model: str | None = None,
    timeout_s: float = 20.0,
    host: str | None = None,
) -> ListParser:
    """A parser of the given kind; ``llm`` and ``hybrid`` need a model name."""
    if vocabulary is None:
        from korzina.parser import default_vocabulary

        vocabulary = default_vocabulary()
    if kind == "rules":
        return RulesParser(vocabulary)
    if kind not in ("llm", "hybrid"):
        raise ConfigError(f"unknown parser kind {kind!r}", user_message=f"Нет разборщика «{kind}».")
    if not model:
        raise ConfigError(
            "an LLM parser needs a model",
            user_message="Для разбора через LLM задайте модель: KORZINA_OLLAMA_MODEL.",
        )
    if ollama_client is None:
        import ollama

        ollama_client = ollama.AsyncClient(host=host)
    client = ollama_client
    return LLMParser(
        vocabulary=vocabulary,
        client=client,
        model=model,
        timeout_s=timeout_s,
        hybrid=kind == "hybrid",
    )


__all__ = ["LLMParser", "ListParser", "RulesParser", "make_parser"]
