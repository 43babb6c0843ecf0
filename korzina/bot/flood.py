"""Telegram's flood control: a 429 with ``retry_after`` is waited out, per chat.

A client session middleware (aiogram's documented place to "handle rate limiting errors
and retry the request"): when Telegram answers a method for a chat with 429, that chat
is closed until ``retry_after`` has passed, every call for it waits (in order), and the
refused call is sent again. Other chats go on meanwhile. Nothing is dropped silently: a
call refused more than ``max_tries`` times, or told to wait longer than ``max_wait_s``,
raises ``TelegramRetryAfter`` to its caller, which says so in the log (one line).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType

if TYPE_CHECKING:
    from aiogram import Bot

log = logging.getLogger("korzina.bot")


class FloodControl(BaseRequestMiddleware):
    """Waits out Telegram's 429 per chat and sends the refused call again."""

    def __init__(
        self,
        *,
        max_tries: int = 5,
        max_wait_s: float = 120.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_tries = max_tries
        self.max_wait_s = max_wait_s
        self.monotonic = monotonic
        self._closed_until: dict[Any, float] = {}  # chat id (None: no chat) → monotonic
        self.waits = 0  # 429s waited out (tests and logs read it)

    async def _open(self, chat: Any) -> None:
        while (wait := self._closed_until.get(chat, 0.0) - self.monotonic()) > 0:
            await asyncio.sleep(wait)
        self._closed_until.pop(chat, None)

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        chat = getattr(method, "chat_id", None)
        for attempt in range(1, self.max_tries + 1):
            await self._open(chat)
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as exc:
                if attempt == self.max_tries or exc.retry_after > self.max_wait_s:
                    log.warning(
                        "%s to chat %s refused by flood control %d times (retry after %s s): "
                        "given up",
                        type(method).__name__,
                        chat,
                        attempt,
                        exc.retry_after,
                    )
                    raise
                self.waits += 1
                until = self.monotonic() + exc.retry_after
                self._closed_until[chat] = max(self._closed_until.get(chat, 0.0), until)
                log.info(
                    "flood control: chat %s waits %s s before %s",
                    chat,
                    exc.retry_after,
                    type(method).__name__,
                )
        raise AssertionError("unreachable")  # the loop returns or raises
