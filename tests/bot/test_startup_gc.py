"""`korzina bot` starts with the cyclic garbage collector off (its start-up allocates
much and frees little); ``run_bot`` turns it back on after the first poll, once the
warm-up is over, whether the warm-up succeeded or failed: a bot must not run for days
without it."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator, Iterator

import pytest

from korzina.bot.app import RunOptions, run_bot
from tests.bot.conftest import demo_deps
from tests.bot.loopback import LoopbackBotAPI


@pytest.fixture
async def api() -> AsyncIterator[LoopbackBotAPI]:
    server = LoopbackBotAPI()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def gc_off() -> Iterator[None]:
    """The collector as `korzina bot` leaves it for ``run_bot``; restored afterwards."""
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.enable()


async def eventually(check: object, timeout_s: float = 60.0) -> bool:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not check():  # type: ignore[operator]
        if asyncio.get_running_loop().time() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


@pytest.mark.parametrize("warm_up_fails", [False, True], ids=["warmed", "warm-up failed"])
@pytest.mark.usefixtures("gc_off")
async def test_the_collector_is_on_again_after_the_warm_up(
    api: LoopbackBotAPI, warm_up_fails: bool
) -> None:
    deps = demo_deps()
    if warm_up_fails:

        async def broken() -> None:
            raise RuntimeError("the warm-up failed")

        deps.warm_up = broken  # type: ignore[method-assign]
    options = RunOptions(
        token=api.token, api_base=api.base_url, polling_timeout=1, handle_signals=False
    )
    stop = asyncio.Event()
    bot = asyncio.create_task(run_bot(options, deps, stop=stop))
    try:
        await api.wait_for(lambda c: c.method == "getUpdates" or c.method == "deleteWebhook")
        assert await eventually(gc.isenabled)
        assert gc.get_freeze_count() > 0  # what the start-up made is left out of later passes
        assert deps.warmed.is_set() is not warm_up_fails
        # Polling goes on either way: a list is still answered.
        await api.send_text(7, "молоко")
        answer = await api.wait_for(lambda c: c.method == "editMessageText", timeout=60)
        assert answer.text
    finally:
        stop.set()
        await asyncio.gather(bot, return_exceptions=True)
