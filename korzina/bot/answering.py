"""Answering one shopping list in a chat: record it, check it, show progress, answer.

The same flow serves a list message, ``/cheap``, and a list the bot had not answered
when it stopped (``resume_unanswered``, run at start-up): every list is recorded in the
inbox before work starts and forgotten once its answer (or the reason there is none)
is shown, so a bot killed meanwhile answers it after the restart, editing the same
«🔎 Ищу…» message.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramRetryAfter
from aiogram.types import Message, ReplyParameters

from korzina.bot import ack, texts
from korzina.bot.deps import BotDeps, on_loop
from korzina.bot.render import View, overview, progress_text
from korzina.core.baskets.service import BasketOptions
from korzina.core.models import Intent, ShoppingList, StoreResult, StoreStatus

log = logging.getLogger(__name__)

CHEAP_COMMAND = "/cheap"


@dataclass(frozen=True)
class ListRequest:
    """A list as the user sent it (a whole message: a list, or ``/cheap товар``)."""

    chat_id: int
    user_id: int
    message_id: int
    text: str

    @classmethod
    def of(cls, message: Message) -> ListRequest:
        """The list a message carries, with whom to answer."""
        assert message.from_user is not None
        return cls(message.chat.id, message.from_user.id, message.message_id, message.text or "")

    @property
    def intent(self) -> Intent | None:
        return Intent.CHEAPEST if self.is_cheap else None

    @property
    def is_cheap(self) -> bool:
        head = self.text.split(maxsplit=1)[0] if self.text.strip() else ""
        return head.split("@", 1)[0] == CHEAP_COMMAND

    @property
    def list_text(self) -> str:
        """The list itself: the message, or what follows ``/cheap``."""
        if self.is_cheap:
            parts = self.text.split(maxsplit=1)
            return parts[1].strip() if len(parts) > 1 else ""
        return self.text.strip()


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
            try:
                await self._edit(View(text))
            except TelegramRetryAfter as exc:
                # A progress step is not worth a long wait: the answer replaces it anyway.
                log.info("progress edit skipped: flood control for %s s", exc.retry_after)
                return
            self.shown, self.last_edit = text, now

    async def finish(self, view: View) -> None:
        """Show the answer in place of the progress; later store results are ignored.

        A progress message that cannot be edited any more (deleted, too old) gets the
        answer as a new message instead.
        """
        async with self._lock:
            self.closed = True
            try:
                await self._edit(view)
            except TelegramBadRequest as exc:
                log.info("progress message %s not editable (%s): sent anew", self.message_id, exc)
                await self.bot.send_message(self.chat_id, view.text, reply_markup=view.markup)

    async def _edit(self, view: View) -> None:
        try:
            await self.bot.edit_message_text(
                text=view.text,
                chat_id=self.chat_id,
                message_id=self.message_id,
                reply_markup=view.markup,
            )
        except TelegramBadRequest as exc:
            if "not modified" not in str(exc):
                raise


async def _say(bot: Bot, request: ListRequest, text: str, progress_id: int | None) -> None:
    """A short reply about the list: in place of its progress message when there is one."""
    if progress_id is not None:
        await Progress(bot, request.chat_id, progress_id, [], {}, interval_s=0).finish(View(text))
        return
    await bot.send_message(
        request.chat_id,
        text,
        reply_parameters=ReplyParameters(
            message_id=request.message_id, allow_sending_without_reply=True
        ),
    )


async def _checked(
    bot: Bot, deps: BotDeps, request: ListRequest, *, limited: bool, progress_id: int | None
) -> ShoppingList | None:
    """The parsed list, or None after telling the user why not (limits, nothing found)."""
    config = deps.config
    text = request.list_text
    if request.is_cheap and not text:
        await _say(bot, request, texts.CHEAP_USAGE, progress_id)
        return None
    if len(text) > config.max_text:
        await _say(bot, request, texts.too_long(len(text), config.max_text), progress_id)
        return None
    wait = deps.limiter.hit(request.user_id) if limited else None
    if wait is not None:
        await _say(bot, request, texts.slow_down(wait), progress_id)
        return None
    parsed = await deps.worker.run(deps.parse_list(text))
    if not parsed.items:
        await _say(bot, request, texts.EMPTY_LIST, progress_id)
        return None
    if len(parsed.items) > config.max_items:
        too_many = texts.too_many_items(len(parsed.items), config.max_items)
        await _say(bot, request, too_many, progress_id)
        return None
    if request.intent is not None:
        parsed = parsed.model_copy(update={"intent": request.intent})
    return parsed


async def _answer(
    bot: Bot,
    deps: BotDeps,
    request: ListRequest,
    parsed: ShoppingList,
    *,
    entry: int | None,
    progress_id: int | None,
) -> None:
    """Everything after parsing: the user's stores and shops, progress, the answer."""
    config = deps.config
    names = config.store_names
    user = await asyncio.to_thread(deps.prefs.load, request.user_id)
    stores = [s for s in config.known_stores if s not in user.disabled]
    if not stores:
        await _say(bot, request, texts.NO_STORES, progress_id)
        return
    if progress_id is None:
        sent = await bot.send_message(request.chat_id, progress_text(stores, {}, names))
        progress_id = sent.message_id
        if deps.inbox is not None and entry is not None:
            deps.inbox.progress(entry, progress_id)
    progress = Progress(
        bot, request.chat_id, progress_id, stores, names, interval_s=config.progress_interval_s
    )
    options = BasketOptions(
        stores=tuple(stores),
        max_stores=config.max_stores,
        extra_store_cost=config.extra_store_cost,
    )
    callback = on_loop(asyncio.get_running_loop(), progress.update)
    try:
        answer = await deps.worker.run(
            deps.service.answer(
                parsed, options, shops=user.shops, owner=request.chat_id, on_store_result=callback
            )
        )
    except Exception:
        # The progress message must not keep saying «Ищу…» forever.
        log.exception("answering a list failed")
        await progress.finish(View(texts.APOLOGY))
        return
    await progress.finish(overview(answer, names, config.tz))


async def answer_list(
    bot: Bot,
    deps: BotDeps,
    request: ListRequest,
    *,
    limited: bool = True,
    entry: int | None = None,
    progress_id: int | None = None,
) -> None:
    """Answer one list in its chat: recorded in the inbox first (unless resuming its
    ``entry``), forgotten once answered. ``progress_id``: the «Ищу…» message an earlier
    run already showed, edited to the answer."""
    inbox = deps.inbox
    if inbox is not None and entry is None:
        entry = inbox.record(
            chat_id=request.chat_id,
            user_id=request.user_id,
            message_id=request.message_id,
            text=request.text,
        )
        ack.recorded()  # now Telegram may forget the update (korzina.bot.ack)
    parsed = await _checked(bot, deps, request, limited=limited, progress_id=progress_id)
    if parsed is not None:
        await _answer(bot, deps, request, parsed, entry=entry, progress_id=progress_id)
    # Not on an exception: the error handler apologises, and a list whose answer could
    # not be shown stays in the inbox for the next start.
    if inbox is not None and entry is not None:
        inbox.done(entry)


async def resume_unanswered(bot: Bot, deps: BotDeps) -> int:
    """Answer the lists a stopped bot left unanswered (an old one: ask to resend).
    Returns how many there were; each is answered concurrently, like new lists."""
    inbox = deps.inbox
    if inbox is None:
        return 0
    pending = inbox.pending()
    if not pending:
        return 0
    log.info("%d lists were left unanswered by the last run: answering them", len(pending))
    now = deps.clock()
    jobs = []
    for e in pending:
        request = ListRequest(e.chat_id, e.user_id, e.message_id, e.text)
        if (now - e.received_at).total_seconds() > deps.config.resume_max_age_s:
            jobs.append(_too_old(bot, deps, request, e.id, e.progress_id))
        else:
            jobs.append(
                answer_list(
                    bot, deps, request, limited=False, entry=e.id, progress_id=e.progress_id
                )
            )
    results = await asyncio.gather(*jobs, return_exceptions=True)
    for e, r in zip(pending, results, strict=True):
        if isinstance(r, BaseException):
            log.warning("list %s of chat %s not answered after restart: %r", e.id, e.chat_id, r)
    return len(pending)


async def _too_old(
    bot: Bot, deps: BotDeps, request: ListRequest, entry: int, progress_id: int | None
) -> None:
    await _say(bot, request, texts.RESEND, progress_id)
    assert deps.inbox is not None
    deps.inbox.done(entry)
