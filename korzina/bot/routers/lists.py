"""A text message is a shopping list: a progress message edited as stores answer,
then the ranked baskets in its place."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping, Sequence

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest, TelegramRetryAfter
from aiogram.types import CallbackQuery, Message

from korzina.bot import texts
from korzina.bot.deps import (
    BotConfig,
    ListParser,
    PrefsRepo,
    RateLimiter,
    Worker,
    answer_list,
    on_loop,
)
from korzina.bot.render import View, overview, progress_text
from korzina.core.baskets.service import BasketOptions, BasketService
from korzina.core.models import ShoppingList, StoreResult, StoreStatus

log = logging.getLogger(__name__)


class Progress:
    """The progress message: edited as stores answer (throttled), then replaced by the answer."""

    def __init__(
        self,
        bot: Bot,
        chat_id: int,
        message_id: int,
        stores: Sequence[str],
        names: Mapping[str, str],
        *,
        interval_s: float,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.bot = bot
        self.chat_id = chat_id
        self.message_id = message_id
        self.stores = list(stores)
        self.names = names
        self.interval_s = interval_s
        self.monotonic = monotonic
        self.done: dict[str, StoreStatus] = {}
        self.shown = progress_text(self.stores, {}, names)
        self.last_edit = monotonic()
        self.closed = False
        self._lock = asyncio.Lock()

    async def update(self, result: StoreResult) -> None:
        status = result.status
        before = self.done.get(status.store)
        # One failed search is enough to name the store: a failure is never overwritten.
        if before is None or (before.ok and not status.ok):
            self.done[status.store] = status
        async with self._lock:
            if self.closed:
                return
            text = progress_text(self.stores, self.done, self.names)
            now = self.monotonic()
            if text == self.shown or now - self.last_edit < self.interval_s:
                return
            await self._edit(View(text))
            self.shown, self.last_edit = text, now

    async def finish(self, view: View) -> None:
        """Show the answer in place of the progress; later store results are ignored."""
        async with self._lock:
            self.closed = True
            await self._edit(view)

    async def _edit(self, view: View) -> None:
        try:
            await self.bot.edit_message_text(
                text=view.text,
                chat_id=self.chat_id,
                message_id=self.message_id,
                reply_markup=view.markup,
            )
        except TelegramRetryAfter as exc:
            log.info("progress edit throttled by Telegram for %s s", exc.retry_after)
        except TelegramBadRequest as exc:
            if "not modified" not in str(exc):
                raise


async def reply_with_baskets(
    message: Message,
    bot: Bot,
    shopping_list: ShoppingList,
    *,
    service: BasketService,
    worker: Worker,
    prefs: PrefsRepo,
    config: BotConfig,
) -> None:
    """Everything after parsing: the user's stores and shops, progress, the answer."""
    assert message.from_user is not None
    user = await asyncio.to_thread(prefs.load, message.from_user.id)
    stores = [s for s in config.known_stores if s not in user.disabled]
    if not stores:
        await message.answer(texts.NO_STORES)
        return
    names = config.store_names
    sent = await message.answer(progress_text(stores, {}, names))
    progress = Progress(
        bot, sent.chat.id, sent.message_id, stores, names, interval_s=config.progress_interval_s
    )
    options = BasketOptions(
        stores=tuple(stores),
        max_stores=config.max_stores,
        extra_store_cost=config.extra_store_cost,
    )
    callback = on_loop(asyncio.get_running_loop(), progress.update)
    try:
        answer = await worker.run(
            answer_list(service, shopping_list, options, user.shops, callback)
        )
    except Exception:
        # The progress message must not keep saying «Ищу…» forever.
        log.exception("answering a list failed")
        await progress.finish(View(texts.APOLOGY))
        return
    await progress.finish(overview(answer, names, config.tz))


async def checked_list(
    message: Message,
    text: str,
    *,
    parse_list: ListParser,
    worker: Worker,
    limiter: RateLimiter,
    config: BotConfig,
) -> ShoppingList | None:
    """The parsed list, or None after telling the user why not (limits, nothing found)."""
    assert message.from_user is not None
    if len(text) > config.max_text:
        await message.answer(texts.too_long(len(text), config.max_text))
        return None
    wait = limiter.hit(message.from_user.id)
    if wait is not None:
        await message.answer(texts.slow_down(wait))
        return None
    shopping_list = await worker.run(parse_list(text))
    if not shopping_list.items:
        await message.answer(texts.EMPTY_LIST)
        return None
    if len(shopping_list.items) > config.max_items:
        await message.answer(texts.too_many_items(len(shopping_list.items), config.max_items))
        return None
    return shopping_list


def build_router() -> Router:
    """Lists and the catch-alls; include it last (it takes any text and any button)."""
    router = Router(name="lists")

    @router.message(F.text.startswith("/"))
    async def unknown_command(message: Message) -> None:
        await message.answer(texts.UNKNOWN_COMMAND)

    @router.message(F.text)
    async def shopping_list(
        message: Message,
        bot: Bot,
        service: BasketService,
        worker: Worker,
        prefs: PrefsRepo,
        limiter: RateLimiter,
        config: BotConfig,
        parse_list: ListParser,
    ) -> None:
        parsed = await checked_list(
            message,
            (message.text or "").strip(),
            parse_list=parse_list,
            worker=worker,
            limiter=limiter,
            config=config,
        )
        if parsed is not None:
            await reply_with_baskets(
                message, bot, parsed, service=service, worker=worker, prefs=prefs, config=config
            )

    @router.message()
    async def not_text(message: Message) -> None:
        await message.answer(texts.NOT_TEXT)

    @router.callback_query()
    async def unknown_button(callback: CallbackQuery) -> None:
        # A button of an older bot version whose payload no class reads any more.
        await callback.answer(texts.STALE, show_alert=True)

    return router
