"""Answers belong to their chat; Telegram's 429 is waited out, nothing dropped; a list
left unanswered by a stopped bot is answered (or, when old, the user asked to resend);
a wrong setting is reported before anything slow is imported."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from korzina.bot import texts
from korzina.bot.app import RunOptions, run_bot
from korzina.bot.callbacks import HistoryCb, RankCb, StoreCb
from korzina.bot.deps import BotDeps
from korzina.bot.inbox import Inbox
from korzina.cli import cli
from korzina.cli.app import App
from korzina.core.plugins import make_plugin_manager
from tests.bot.conftest import NOW, demo_deps
from tests.bot.loopback import BotCall, LoopbackBotAPI
from tests.bot.recording import Chatter

LIST = "молоко 3,2%, хлеб, сыр"
STRANGER = 666


def alerts(chatter: Chatter) -> list[str | None]:
    return [c.text for c in chatter.named("AnswerCallbackQuery", chatter.last)]


async def test_another_chat_cannot_open_or_swap_an_answer_by_its_id(chatter: Chatter) -> None:
    await chatter.send(LIST)
    final = chatter.named("EditMessageText", chatter.last)[-1]
    store = next(d for _, d in chatter.buttons(final) if d.startswith("s:"))
    answer_id = StoreCb.unpack(store).a
    mid = final.message_id

    # The owner opens the store and its alternatives: a swap payload exists.
    await chatter.press(store, message_id=mid)
    basket = chatter.named("EditMessageText", chatter.last)[-1]
    alt = next(d for _, d in chatter.buttons(basket) if d.startswith("l:"))
    await chatter.press(alt, message_id=mid)
    alts = chatter.named("EditMessageText", chatter.last)[-1]
    swap = next(d for _, d in chatter.buttons(alts) if d.startswith("w:"))
    before = chatter.deps.service.load(answer_id)
    assert before is not None

    # Someone else with the same payloads: «устарела», nothing shown, nothing changed.
    foreign = [store, alt, swap, RankCb(a=answer_id).pack(), HistoryCb(a=answer_id, s=0, i=0)]
    for data in foreign:
        payload = data if isinstance(data, str) else data.pack()
        await chatter.press(payload, message_id=mid, user_id=STRANGER)
        assert alerts(chatter) == [texts.STALE], payload
        assert not chatter.named("EditMessageText", chatter.last)
        assert not chatter.named("SendPhoto", chatter.last)
    assert chatter.deps.service.load(answer_id) == before

    # The owner's swap still works.
    await chatter.press(swap, message_id=mid)
    assert alerts(chatter) == [texts.SWAPPED]


@pytest.fixture
async def api() -> AsyncIterator[LoopbackBotAPI]:
    server = LoopbackBotAPI()
    await server.start()
    yield server
    server.release()
    await server.stop()


async def running(api: LoopbackBotAPI, deps: BotDeps) -> tuple[asyncio.Task[None], asyncio.Event]:
    options = RunOptions(
        token=api.token, api_base=api.base_url, polling_timeout=1, handle_signals=False
    )
    stop = asyncio.Event()
    task = asyncio.create_task(run_bot(options, deps, stop=stop))
    await api.wait_for(lambda c: c.method == "deleteWebhook", timeout=30)
    return task, stop


def is_baskets(call: BotCall) -> bool:
    return call.method == "editMessageText" and any(d.startswith("s:") for _, d in call.buttons)


async def test_telegrams_429_is_waited_out_per_chat_and_every_answer_arrives(
    api: LoopbackBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    # Two sends or edits per chat per second, then 429 with retry_after 1 (constructed
    # after the Bot API's documented error shape).
    api.flood_limit = (2, 1.0, 1)
    deps = demo_deps(rate_limit=100)
    task, stop = await running(api, deps)
    flooder, other = 11, 12
    try:
        with caplog.at_level(logging.INFO):
            for _ in range(5):
                await api.send_text(flooder, LIST)
            await api.send_text(other, LIST)
            async with asyncio.timeout(60):
                while True:
                    seen = len(api.calls)
                    done = [c for c in api.calls[:seen] if is_baskets(c)]
                    if len(done) == 6:
                        break
                    await api.wait_for(lambda _: True, after=seen, timeout=60)
    finally:
        stop.set()
        await asyncio.gather(task, return_exceptions=True)
    assert api.refused > 0 and deps.flood.waits >= api.refused
    chats = [int(c.params["chat_id"]) for c in done]
    assert chats.count(flooder) == 5 and chats.count(other) == 1
    # The other chat was not held up by the flooder's waits.
    assert chats.index(other) < len(chats) - 1
    assert not [c for c in api.calls if c.text == texts.APOLOGY]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


async def test_unanswered_lists_are_answered_at_start_and_old_ones_asked_again(
    api: LoopbackBotAPI, tmp_path: Path
) -> None:
    inbox = Inbox(tmp_path / "inbox.sqlite", clock=lambda: NOW - timedelta(hours=2))
    old = inbox.record(chat_id=21, user_id=21, message_id=5, text=LIST)
    inbox.progress(old, 900)  # its «Ищу…» message was shown before the bot stopped
    inbox.clock = lambda: NOW - timedelta(minutes=1)
    inbox.record(chat_id=22, user_id=22, message_id=6, text=LIST)  # not even progress yet
    fresh_with_progress = inbox.record(chat_id=23, user_id=23, message_id=7, text="/cheap сыр")
    inbox.progress(fresh_with_progress, 901)
    deps = demo_deps()
    deps.inbox = inbox
    task, stop = await running(api, deps)
    try:
        resend = await api.wait_for(lambda c: c.text == texts.RESEND, timeout=30)
        fresh = await api.wait_for(
            lambda c: is_baskets(c) and c.params["chat_id"] in (22, "22"), timeout=30
        )
        cheap = await api.wait_for(
            lambda c: is_baskets(c) and c.params["chat_id"] in (23, "23"), timeout=30
        )
    finally:
        stop.set()
        await asyncio.gather(task, return_exceptions=True)
    assert resend.method == "editMessageText" and int(resend.params["message_id"]) == 900
    # No progress message had been shown: a new one, then the answer in its place.
    progress = next(
        c for c in api.calls if c.method == "sendMessage" and c.params["chat_id"] in (22, "22")
    )
    assert int(fresh.params["message_id"]) == progress.result["message_id"]
    assert int(cheap.params["message_id"]) == 901
    assert inbox.pending() == []


def run(*args: str) -> tuple[int, str]:
    app = App(
        pm=make_plugin_manager(),
        console=Console(width=200, highlight=False),
        err=Console(width=200, highlight=False, stderr=True),
    )
    result = CliRunner().invoke(cli, list(args), obj=app)
    return result.exit_code, result.output


def test_a_bad_api_base_or_database_is_exit_2_before_the_bot_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KORZINA_BOT_TOKEN", "1:abc")
    code, out = run("bot", "--demo", "--api-base", "127.0.0.1:8081")
    assert code == 2 and "--api-base должен быть адресом сервера Bot API" in out
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("это не база, а заметки о покупках\n", encoding="utf-8")
    monkeypatch.setenv("KORZINA_DB", str(not_a_db))
    code, out = run("bot")
    assert code == 2 and "не база korzina" in out
    monkeypatch.setenv("KORZINA_DB", str(tmp_path))
    code, out = run("bot")
    assert code == 2 and "не файл" in out


def test_the_configuration_checks_import_neither_aiogram_nor_duckdb() -> None:
    probe = (
        "import sys, korzina.bot.preflight; "
        "print(sorted(m for m in ('aiogram', 'duckdb') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"
