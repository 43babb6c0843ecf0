"""End to end: real long polling against a Bot API server on loopback started here.

The bot is started by ``run_bot``, the function ``korzina bot --api-base URL`` calls,
over a DuckDB file holding the demo snapshot.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import cast

import pytest

from korzina.bot.app import RunOptions, run_bot
from korzina.core.storage import open_storage
from korzina.core.storage.base import Storage
from korzina.data import demo_offers
from tests.bot.conftest import demo_deps
from tests.bot.loopback import BotCall, LoopbackBotAPI

LIST = "молоко 3,2%, хлеб, сыр, кефир"


@pytest.fixture
async def api() -> AsyncIterator[LoopbackBotAPI]:
    server = LoopbackBotAPI()
    await server.start()
    yield server
    await server.stop()


def edit_with(prefix: str, message_id: int | None = None) -> object:
    def match(call: BotCall) -> bool:
        return (
            call.method == "editMessageText"
            and (message_id is None or int(call.params["message_id"]) == message_id)
            and any(d.startswith(prefix) for _, d in call.buttons)
        )

    return match


async def test_a_user_sends_a_list_gets_baskets_and_swaps_a_line_in_place(
    api: LoopbackBotAPI, tmp_path: Path
) -> None:
    storage = cast(Storage, open_storage(tmp_path / "bot.duckdb"))
    storage.offers.save_offers(demo_offers())
    deps = demo_deps(storage)
    options = RunOptions(
        token=api.token, api_base=api.base_url, polling_timeout=1, handle_signals=False
    )
    stop = asyncio.Event()
    bot = asyncio.create_task(run_bot(options, deps, stop=stop))
    try:
        await api.send_text(7, LIST)
        progress = await api.wait_for(lambda c: c.method == "sendMessage")
        assert progress.text.startswith("🔎 Ищу в 4 магазинах")
        message_id = progress.result["message_id"]

        baskets = await api.wait_for(edit_with("s:", message_id))  # type: ignore[arg-type]
        assert "<b>Корзины</b> (4 товара)" in baskets.text
        store_data = next(d for _, d in baskets.buttons if d.startswith("s:"))

        mark = len(api.calls)
        await api.press(7, message_id, store_data)
        basket = await api.wait_for(edit_with("l:", message_id), after=mark)  # type: ignore[arg-type]
        alt_data = next(d for _, d in basket.buttons if d.startswith("l:"))

        mark = len(api.calls)
        await api.press(7, message_id, alt_data)
        alts = await api.wait_for(edit_with("w:", message_id), after=mark)  # type: ignore[arg-type]
        swap_label, swap_data = next((t, d) for t, d in alts.buttons if d.startswith("w:"))

        mark = len(api.calls)
        await api.press(7, message_id, swap_data)
        swapped = await api.wait_for(edit_with("h:", message_id), after=mark)  # type: ignore[arg-type]
        assert swapped.text.startswith("🔄 Заменил")
        chosen = swap_label.split(" · ", 1)[1].rstrip("…")
        assert chosen in swapped.text
        assert any(c.method == "answerCallbackQuery" for c in api.calls[mark:])
        assert not any(c.method == "sendMessage" for c in api.calls[mark:])  # edited, not sent
    finally:
        stop.set()
        await asyncio.gather(bot, return_exceptions=True)
        storage.close()
