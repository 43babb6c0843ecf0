"""The LLM path through a real ollama.AsyncClient whose HTTP transport is mocked.

The two "bad answers" below were really given by a small local model (issue 3);
grounding must reject them. The other responses are constructed for these tests.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import ollama
import pytest

from korzina.core.errors import ConfigError
from korzina.parser import Vocabulary, make_parser
from korzina.parser.grounding import LLMAnswer, ground

Handler = Callable[[httpx.Request], Any]


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary()


def chat_reply(content: str) -> httpx.Response:
    return httpx.Response(
        200,
        json={
            "model": "test-model",
            "created_at": "2026-01-01T00:00:00Z",
            "message": {"role": "assistant", "content": content},
            "done": True,
        },
    )


def client_with(handler: Handler) -> ollama.AsyncClient:
    return ollama.AsyncClient(
        host="http://ollama.test:11434", transport=httpx.MockTransport(handler)
    )


REAL_BAD_MILK = '{"items": [{"name": "milk", "quantity": 3.2, "priceCategory": "cheap"}]}'
REAL_BAD_EGGS = json.dumps(
    {"items": [{"name": str(n), "quantity": n} for n in range(1, 16)]}, ensure_ascii=False
)


def test_real_bad_answer_milk_in_english_is_rejected_by_grounding(vocab: Vocabulary) -> None:
    answer = LLMAnswer.model_validate_json(REAL_BAD_MILK)
    grounded = ground(answer, "молоко 3.2%, хлеб, яйца дорогие, чипсы lays", vocab)
    assert grounded.items == []
    assert any("milk" in r for r in grounded.rejected)


def test_real_bad_answer_numbered_items_are_rejected_by_grounding(vocab: Vocabulary) -> None:
    answer = LLMAnswer.model_validate_json(REAL_BAD_EGGS)
    grounded = ground(answer, "яйца с0, десяток яиц", vocab)
    assert grounded.items == []
    assert len(grounded.rejected) == 15


async def test_llm_parser_sends_schema_and_temperature_and_keeps_grounded_items(
    vocab: Vocabulary,
) -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return chat_reply(
            '{"items": [{"name": "кускус", "quantity": 2, "unit": "шт"},'
            ' {"name": "авокадо", "quantity": 7}]}'
        )

    parser = make_parser("llm", vocabulary=vocab, ollama_client=client_with(handler), model="m")
    sl = await parser.parse("кускус 2 пачки")
    (body,) = seen
    assert body["model"] == "m" and body["options"]["temperature"] == 0
    assert body["format"]["properties"]["items"]["type"] == "array"
    assert [(i.name, i.quantity, i.unit, i.source) for i in sl.items] == [
        ("кускус", 2, "шт", "llm")
    ]
    assert any("авокадо" in n for n in sl.notes)


async def test_hybrid_sends_only_what_the_rules_could_not_read(vocab: Vocabulary) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content)["messages"][-1]["content"])
        return chat_reply('{"items": [{"name": "тахини", "quantity": 1}]}')

    parser = make_parser("hybrid", vocabulary=vocab, ollama_client=client_with(handler), model="m")
    # a sentence the rules do not read as a list entry (they read a bare «тахини» now)
    sl = await parser.parse("молоко, хлеб, посоветуй хороший тахини")
    assert seen == ["посоветуй хороший тахини"]
    assert [(i.name, i.source) for i in sl.items] == [
        ("молоко", "rules"),
        ("хлеб", "rules"),
        ("тахини", "llm"),
    ]


async def test_hybrid_does_not_call_the_model_when_rules_read_everything(vocab: Vocabulary) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("the model must not be asked")

    parser = make_parser("hybrid", vocabulary=vocab, ollama_client=client_with(handler), model="m")
    sl = await parser.parse("молоко 3.2%, хлеб")
    assert [i.name for i in sl.items] == ["молоко", "хлеб"]


async def test_invalid_json_keeps_the_rules_answer_with_a_note(vocab: Vocabulary) -> None:
    parser = make_parser(
        "llm",
        vocabulary=vocab,
        ollama_client=client_with(lambda r: chat_reply('{"items": [{"name": "молоко"')),
        model="m",
    )
    sl = await parser.parse("молоко, хлеб")
    assert [i.name for i in sl.items] == ["молоко", "хлеб"]
    assert any("не по схеме" in n for n in sl.notes)


async def test_timeout_keeps_the_rules_answer_with_a_note(vocab: Vocabulary) -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(5)
        return chat_reply('{"items": []}')

    parser = make_parser(
        "llm", vocabulary=vocab, ollama_client=client_with(slow), model="m", timeout_s=0.05
    )
    sl = await parser.parse("яйца с0, десяток яиц")
    assert [(i.name, i.quantity, i.egg_class) for i in sl.items] == [("яйцо", 10, "С0")]
    assert any("не ответила" in n for n in sl.notes)


async def test_no_server_keeps_the_rules_answer_with_a_note(vocab: Vocabulary) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    parser = make_parser("hybrid", vocabulary=vocab, ollama_client=client_with(refuse), model="m")
    sl = await parser.parse("хлеб, посоветуй хороший тахини")
    assert [i.name for i in sl.items] == ["хлеб"]
    assert any("недоступен" in n for n in sl.notes)


async def test_real_bad_answers_through_the_client_leave_no_invented_items(
    vocab: Vocabulary,
) -> None:
    parser = make_parser(
        "llm",
        vocabulary=vocab,
        ollama_client=client_with(lambda r: chat_reply(REAL_BAD_EGGS)),
        model="m",
    )
    sl = await parser.parse("яйца с0, десяток яиц")
    assert sl.items == ()


def test_grounding_accepts_the_models_fix_of_a_typo_and_text_numbers(vocab: Vocabulary) -> None:
    answer = LLMAnswer.model_validate_json(
        '{"items": [{"name": "молоко", "quantity": 2}, {"name": "яйцо", "quantity": 10}]}'
    )
    grounded = ground(answer, "малоко 2 шт, десяток яиц", vocab)
    assert [(i.name, i.quantity) for i in grounded.items] == [("молоко", 2), ("яйцо", 10)]


def test_grounding_resets_a_quantity_not_in_the_text(vocab: Vocabulary) -> None:
    answer = LLMAnswer.model_validate_json('{"items": [{"name": "хлеб", "quantity": 3}]}')
    grounded = ground(answer, "хлеб", vocab)
    assert [(i.name, i.quantity) for i in grounded.items] == [("хлеб", Decimal(1))]
    assert grounded.rejected


def test_llm_parser_needs_a_model() -> None:
    with pytest.raises(ConfigError):
        make_parser("hybrid", vocabulary=Vocabulary(builtin=False))
