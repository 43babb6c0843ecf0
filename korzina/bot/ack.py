"""Telegram is told a list arrived only once the inbox holds it.

Telegram forgets an update when a ``getUpdates`` asks for updates above it (its
``offset``). aiogram's polling sends that request as soon as it has started a task per
update of the last batch, not when they are handled: its filters run in a thread, so
the confirmation reached Telegram before the list was written to the inbox, and a bot
killed in between lost the list for good (``tests/bot/test_inbox_ack.py``).

``AckGate`` closes that window without giving up concurrent handling. As a client
session middleware it learns the ids of every batch ``getUpdates`` returns, and holds
the next ``getUpdates`` until each earlier update is safe to forget: a message once its
list is recorded (``recorded``, called by the list handler) or its handling is over,
any other update (a button, a location, a command) as soon as its handling starts. The
wait is bounded (``max_wait_s``): a handler stuck before recording delays polling, never
stops it. In webhook mode the HTTP reply is the confirmation, and aiogram sent it before
handling began: ``RecordedFirstWebhook`` replies once the update is safe, the same way.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, cast

from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.methods import GetUpdates, Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import TelegramObject, Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web

if TYPE_CHECKING:
    from aiogram import Bot

log = logging.getLogger("korzina.bot")

# The update the running handler task serves, with its gate: set per task by
# ``AckGate.handling``, read by ``recorded``.
_CURRENT: ContextVar[tuple[AckGate, int] | None] = ContextVar("korzina_ack", default=None)


def _may_be_a_list(update: Update) -> bool:
    """A text the list handlers take (``routers.lists``, ``routers.cheap``): any text but
    another command. The rest is not recorded, so it need not hold polling."""
    text = update.message.text if update.message is not None else None
    if text is None:
        return False
    return not text.startswith("/") or text.split(maxsplit=1)[0].split("@")[0] == "/cheap"


def recorded() -> None:
    """The current update's list is in the inbox: Telegram may forget the update."""
    current = _CURRENT.get()
    if current is not None:
        gate, update_id = current
        gate.safe(update_id)


class AckGate(BaseRequestMiddleware):
    """Holds ``getUpdates`` until the updates it would confirm are safe to forget."""

    def __init__(self, *, max_wait_s: float = 30.0) -> None:
        self.max_wait_s = max_wait_s
        self._unsafe: dict[int, asyncio.Event] = {}  # update id → set once safe
        self.held = 0  # getUpdates calls that had to wait (tests and logs read it)

    def safe(self, update_id: int) -> None:
        if (event := self._unsafe.get(update_id)) is not None:
            event.set()

    def expect(self, update_id: int) -> None:
        """``update_id`` was received: not safe to confirm until ``safe``."""
        self._unsafe.setdefault(update_id, asyncio.Event())

    async def confirmable(self, ids: list[int]) -> None:
        """Wait (bounded) until the updates ``ids`` are safe, then forget them."""
        waiting = [e for i in ids if (e := self._unsafe.get(i)) is not None and not e.is_set()]
        if waiting:
            self.held += 1
            try:
                async with asyncio.timeout(self.max_wait_s):
                    await asyncio.gather(*(e.wait() for e in waiting))
            except TimeoutError:
                log.warning(
                    "%d updates not recorded after %.0f s: confirming them to Telegram anyway",
                    sum(not e.is_set() for e in waiting),
                    self.max_wait_s,
                )
        for i in ids:
            self._unsafe.pop(i, None)

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if not isinstance(method, GetUpdates):
            return await make_request(bot, method)
        # The offset confirms every update below it.
        await self.confirmable([i for i in self._unsafe if i < (method.offset or 0)])
        # The middleware chain hands back the method's result (here a list of updates),
        # not the ``Response`` its annotation names.
        updates: Any = await make_request(bot, cast(TelegramMethod[TelegramType], method))
        for update in updates or ():
            self.expect(update.update_id)
        return cast(Response[TelegramType], updates)

    async def handling(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        """Outer middleware of ``dp.update``: marks the update's task for ``recorded``."""
        assert isinstance(event, Update)
        if not _may_be_a_list(event):
            self.safe(event.update_id)  # a button, a location, a command: nothing recorded
        token = _CURRENT.set((self, event.update_id))
        try:
            return await handler(event, data)
        finally:
            _CURRENT.reset(token)
            self.safe(event.update_id)


class RecordedFirstWebhook(SimpleRequestHandler):
    """The webhook's reply is Telegram's confirmation: it is sent once the update is safe
    (its list recorded), while the answer goes on in the background as before."""

    def __init__(self, gate: AckGate, **kwargs: Any) -> None:
        super().__init__(handle_in_background=True, **kwargs)
        self.gate = gate

    async def _handle_request_background(self, bot: Bot, request: web.Request) -> web.Response:
        update = await request.json(loads=bot.session.json_loads)
        update_id = update.get("update_id") if isinstance(update, dict) else None
        if not isinstance(update_id, int):
            return await super()._handle_request_background(bot, request)
        self.gate.expect(update_id)
        task = asyncio.create_task(self._background_feed_update(bot=bot, update=update))
        self._background_feed_update_tasks.add(task)
        task.add_done_callback(self._background_feed_update_tasks.discard)
        await self.gate.confirmable([update_id])  # each webhook reply confirms its own
        return web.json_response({}, dumps=bot.session.json_dumps)


def install(bot: Bot, dp: Any) -> AckGate:
    """An ``AckGate`` on ``bot``'s session and ``dp``'s updates."""
    gate = AckGate()
    bot.session.middleware(gate)
    dp.update.outer_middleware(gate.handling)
    return gate
