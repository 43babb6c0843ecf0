"""A list is confirmed to Telegram only once it is recorded in the bot's inbox, by
polling and by webhook.

Telegram forgets an update when the next ``getUpdates`` carries an ``offset`` above it.
aiogram's polling sends that request as soon as it has started a task per update, not
when the handlers are done: its filters run in a thread (``asyncio.to_thread``), so the
confirmation could reach Telegram before the list was written to the inbox, and a bot
killed in between lost the list. The loopback Bot API server checks, at every
``getUpdates``, that each update it is told to forget was recorded first. A webhook's
reply is the confirmation there: aiogram sent it before handling began.
"""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from korzina.bot.app import RunOptions, run_bot
from korzina.bot.inbox import Inbox
from tests.bot.conftest import demo_deps
from tests.bot.loopback import BotCall, LoopbackBotAPI

LISTS = 20


class RecordingInbox(Inbox):
    """The inbox, remembering every message id it ever recorded (entries are deleted
    once answered)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.ever: set[int] = set()

    def record(self, *, chat_id: int, user_id: int, message_id: int, text: str) -> int:
        entry = super().record(chat_id=chat_id, user_id=user_id, message_id=message_id, text=text)
        self.ever.add(message_id)
        return entry


class CheckingBotAPI(LoopbackBotAPI):
    """Notes every list update confirmed (by a getUpdates offset) before it was recorded."""

    inbox: RecordingInbox | None = None
    confirmed: list[int]
    unrecorded: list[int]

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        for update in self._updates:
            message = update.get("message")
            if update["update_id"] < offset and message is not None:
                assert self.inbox is not None
                self.confirmed.append(message["message_id"])
                if message["message_id"] not in self.inbox.ever:
                    self.unrecorded.append(message["message_id"])
        return await super()._get_updates(params)


@pytest.fixture
async def api() -> AsyncIterator[CheckingBotAPI]:
    server = CheckingBotAPI()
    server.confirmed, server.unrecorded = [], []
    await server.start()
    yield server
    await server.stop()


def is_baskets(call: BotCall) -> bool:
    return call.method == "editMessageText" and any(d.startswith("s:") for _, d in call.buttons)


async def test_a_list_is_confirmed_to_telegram_only_after_it_is_recorded(
    api: CheckingBotAPI, tmp_path: Path
) -> None:
    inbox = RecordingInbox(tmp_path / "inbox.sqlite")
    api.inbox = inbox
    deps = demo_deps(rate_limit=100)
    deps.inbox = inbox
    options = RunOptions(
        token=api.token, api_base=api.base_url, polling_timeout=1, handle_signals=False
    )
    stop = asyncio.Event()
    task = asyncio.create_task(run_bot(options, deps, stop=stop))
    try:
        await api.wait_for(lambda c: c.method == "deleteWebhook", timeout=30)
        for user in range(LISTS):  # one getUpdates batch of lists from 20 chats
            await api.send_text(1000 + user, "молоко, хлеб")
        async with asyncio.timeout(120):  # every list answered, every update confirmed
            while (
                len(api.confirmed) < LISTS
                or sum(map(is_baskets, api.calls)) < LISTS
                or inbox.pending()
            ):
                await asyncio.sleep(0.1)
    finally:
        stop.set()
        await asyncio.gather(task, return_exceptions=True)
    assert len(api.confirmed) == LISTS
    assert api.unrecorded == []
    assert inbox.pending() == []  # every one answered, then forgotten


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_a_webhook_update_is_confirmed_only_after_its_list_is_recorded(
    api: CheckingBotAPI, tmp_path: Path
) -> None:
    inbox = RecordingInbox(tmp_path / "inbox.sqlite")
    deps = demo_deps(rate_limit=100)
    deps.inbox = inbox
    port = _free_port()
    options = RunOptions(
        token=api.token,
        api_base=api.base_url,
        webhook_url="https://example.org/hook",
        listen_host="127.0.0.1",
        listen_port=port,
        handle_signals=False,
    )
    stop = asyncio.Event()
    task = asyncio.create_task(run_bot(options, deps, stop=stop))
    unrecorded: list[int] = []

    async def deliver(http: aiohttp.ClientSession, secret: str, user: int) -> None:
        # What Telegram posts (the Bot API's Update with a private text message).
        message_id = 500 + user
        update = {
            "update_id": 9000 + user,
            "message": {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": {"id": 2000 + user, "type": "private"},
                "from": {"id": 2000 + user, "is_bot": False, "first_name": "u"},
                "text": "молоко, хлеб",
            },
        }
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
        url = f"http://127.0.0.1:{port}/"
        async with http.post(url, json=update, headers=headers) as reply:
            assert reply.status == 200
            if message_id not in inbox.ever:  # the 200 is Telegram's confirmation
                unrecorded.append(message_id)

    try:
        hook = await api.wait_for(lambda c: c.method == "setWebhook", timeout=30)
        async with aiohttp.ClientSession() as http:
            await asyncio.gather(
                *(deliver(http, hook.params["secret_token"], u) for u in range(LISTS))
            )
        async with asyncio.timeout(120):
            # Answered: the basket sent, then the inbox entry closed (a moment later, so a
            # stop right after the last send raced it on a loaded machine).
            while sum(map(is_baskets, api.calls)) < LISTS or inbox.pending():
                await asyncio.sleep(0.1)
    finally:
        stop.set()
        await asyncio.gather(task, return_exceptions=True)
    assert unrecorded == []
    assert inbox.pending() == []
