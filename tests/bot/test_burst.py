"""What keeps a burst of lists quick, checked by behaviour (speed itself is shown by
benchmarks/bench_bot.py): start-up work done once, reply models built once, the
long-lived heap kept out of the garbage collector's way while the bot runs."""

from __future__ import annotations

import asyncio
import gc
from pathlib import Path
from typing import cast

from aiogram.methods.base import Response

from korzina.bot.app import REPLY_METHODS, RunOptions, pinned_response_types, run_bot
from korzina.bot.callbacks import ToggleStoreCb
from korzina.core.storage import open_storage
from korzina.core.storage.base import Storage
from korzina.data import demo_offers
from tests.bot.conftest import demo_deps
from tests.bot.loopback import LoopbackBotAPI
from tests.bot.recording import Chatter


async def test_warm_up_builds_the_offer_index_before_the_first_list() -> None:
    deps = demo_deps()
    with deps.worker.running():
        assert deps.service._index.version != deps.storage.offers.data_version()
        await deps.warm_up()
        assert deps.service._index.version == deps.storage.offers.data_version()
        assert deps.service._index.stores  # built, not just stamped


def test_the_reply_models_the_bot_parses_survive_a_garbage_collection() -> None:
    pinned = pinned_response_types()
    gc.collect()
    for method, model in zip(REPLY_METHODS, pinned, strict=True):
        assert Response[method.__returning__] is model  # type: ignore[name-defined]


async def test_every_method_the_bot_calls_has_its_reply_model_pinned(chatter: Chatter) -> None:
    await chatter.send("/start")
    await chatter.send("молоко 3,2%, хлеб, сыр")
    final = chatter.named("EditMessageText", chatter.last)[-1]
    store = next(d for _, d in chatter.buttons(final) if d.startswith("s:"))
    await chatter.press(store, message_id=final.message_id)
    await chatter.send("/stores")
    await chatter.press(ToggleStoreCb(s=0).pack(), message_id=final.message_id)
    called = {type(c) for c in chatter.session.calls}
    assert called <= set(REPLY_METHODS), called - set(REPLY_METHODS)


async def test_the_heap_is_frozen_after_the_warm_up_and_released_after(tmp_path: Path) -> None:
    api = LoopbackBotAPI()
    await api.start()
    storage = cast(Storage, open_storage(tmp_path / "bot.duckdb"))
    storage.offers.save_offers(demo_offers())
    deps = demo_deps(storage)
    options = RunOptions(
        token=api.token, api_base=api.base_url, polling_timeout=1, handle_signals=False
    )
    frozen: list[int] = []
    stop = asyncio.Event()
    bot = asyncio.create_task(run_bot(options, deps, stop=stop))
    try:
        # Polling starts at once (issue 12); the warm-up runs on the worker meanwhile.
        await api.wait_for(lambda c: c.method == "deleteWebhook", timeout=30)
        await asyncio.wait_for(deps.warmed.wait(), 30)
        assert deps.service._index.stores
        frozen.append(gc.get_freeze_count())
    finally:
        stop.set()
        await asyncio.gather(bot, return_exceptions=True)
        storage.close()
        await api.stop()
    assert frozen and frozen[0] > 0
    assert gc.get_freeze_count() == 0
