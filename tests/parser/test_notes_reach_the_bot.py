"""The parser's notes reach the user in Telegram, under the ranked baskets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.bot.conftest import demo_deps
from tests.bot.recording import Chatter


@pytest.fixture
def chatter() -> Iterator[Chatter]:
    deps = demo_deps()
    with deps.worker.running():
        yield Chatter(deps)


async def test_notes_of_the_parser_are_shown_under_the_baskets(chatter: Chatter) -> None:
    await chatter.send("сметанна, сыр для мамы, хлеб")
    final = chatter.named("EditMessageText", chatter.last)[-1]
    assert "«сметанна» — понял как «сметана»" in final.text
    assert "«для мамы» — учёл как пожелание к «сыр»" in final.text
