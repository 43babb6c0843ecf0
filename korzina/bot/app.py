"""Building and running the bot: ``Bot``, ``Dispatcher``, polling or a webhook.

``run_bot(options, deps)`` is what ``korzina bot`` calls, and what the end-to-end test
and the load test call against a loopback Bot API server (``--api-base``).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramNetworkError, TelegramUnauthorizedError
from aiogram.methods import (
    AnswerCallbackQuery,
    DeleteWebhook,
    EditMessageText,
    GetMe,
    GetUpdates,
    SendMessage,
    SendPhoto,
    SetMyCommands,
    SetWebhook,
    TelegramMethod,
)
from aiogram.methods.base import Response
from aiogram.types import BotCommand, User
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from korzina.bot import ack, errors
from korzina.bot.answering import resume_unanswered
from korzina.bot.deps import BotDeps
from korzina.bot.flood import FloodControl
from korzina.bot.preflight import REFUSED_TOKEN, checked_token
from korzina.bot.routers import baskets, cheap, history, lists, settings, start
from korzina.core.errors import ConfigError, TokenError

log = logging.getLogger("korzina.bot")

COMMANDS = (
    BotCommand(command="start", description="Начать и пример списка"),
    BotCommand(command="help", description="Как пользоваться"),
    BotCommand(command="cheap", description="Где дешевле один товар"),
    BotCommand(command="location", description="Ближайшие магазины"),
    BotCommand(command="stores", description="Включить и выключить магазины"),
)


# The Bot API methods the bot calls (their replies are parsed: pinned_response_types).
REPLY_METHODS: tuple[type[TelegramMethod[Any]], ...] = (
    GetMe,
    GetUpdates,
    DeleteWebhook,
    SetWebhook,
    SetMyCommands,
    SendMessage,
    EditMessageText,
    AnswerCallbackQuery,
    SendPhoto,
)


@dataclass(frozen=True)
class RunOptions:
    token: str
    api_base: str | None = None  # a local Bot API server, e.g. http://127.0.0.1:8081
    webhook_url: str | None = None  # webhook mode when set
    listen_host: str = "0.0.0.0"
    listen_port: int = 8080
    polling_timeout: int = 30
    handle_signals: bool = True


def make_bot(
    token: str,
    *,
    api_base: str | None = None,
    session: BaseSession | None = None,
    flood: FloodControl | None = None,
) -> Bot:
    """A ``Bot`` with HTML messages, talking to ``api_base`` when given; Telegram's 429s
    are waited out per chat (``flood``, a fresh ``FloodControl`` by default)."""
    if session is None:
        session = (
            AiohttpSession(api=TelegramAPIServer.from_base(api_base))
            if api_base
            else AiohttpSession()
        )
    session.middleware(flood or FloodControl())
    return Bot(
        checked_token(token),
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True),
    )


async def check_token(bot: Bot) -> User:
    """getMe: proves the token before polling starts, with a clear message if refused."""
    try:
        # bot.me() keeps the answer: start_polling asks for it again.
        return await bot.me()
    except TelegramUnauthorizedError as exc:
        raise TokenError(
            f"Telegram refused the token: {exc}",
            user_message=REFUSED_TOKEN,
        ) from exc
    except TelegramNetworkError as exc:
        raise ConfigError(
            f"Telegram unreachable: {exc}",
            user_message="Не удаётся связаться с Telegram: проверьте сеть или --api-base.",
        ) from exc


def pinned_response_types() -> tuple[type[Response[Any]], ...]:
    """aiogram reads every reply as ``Response[T]``. pydantic caches those generic classes
    weakly, so after a garbage collection each is rebuilt on the next reply (about 10 ms
    of the event loop each, many times in a burst). Holding them builds each once."""
    return tuple(Response[m.__returning__] for m in REPLY_METHODS)  # type: ignore[name-defined]


def build_dispatcher(deps: BotDeps) -> Dispatcher:
    """A dispatcher with fresh routers and ``deps`` as workflow data."""
    dp = Dispatcher(**deps.workflow_data())
    # Order matters: the lists router takes any text, so it comes last.
    dp.include_routers(
        errors.build_router(),
        start.build_router(),
        settings.build_router(),
        cheap.build_router(),
        baskets.build_router(),
        history.build_router(),
        lists.build_router(),
    )
    return dp


async def _serve_webhook(
    bot: Bot, dp: Dispatcher, options: RunOptions, stop: asyncio.Event, gate: ack.AckGate | None
) -> None:
    assert options.webhook_url is not None
    secret = secrets.token_urlsafe(24)
    app = web.Application()
    # With an inbox, the reply that confirms an update waits for its list's record.
    handler = (
        ack.RecordedFirstWebhook(gate, dispatcher=dp, bot=bot, secret_token=secret)
        if gate is not None
        else SimpleRequestHandler(dispatcher=dp, bot=bot, secret_token=secret)
    )
    handler.register(app, path="/")
    setup_application(app, dp, bot=bot)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, options.listen_host, options.listen_port)
    await site.start()
    await bot.set_webhook(
        options.webhook_url,
        secret_token=secret,
        allowed_updates=dp.resolve_used_update_types(),
        drop_pending_updates=False,
    )
    log.info("webhook %s on %s:%s", options.webhook_url, options.listen_host, options.listen_port)
    try:
        await stop.wait()  # or cancelled: Ctrl+C ends asyncio.run
    finally:
        await runner.cleanup()


async def _warm_up_and_resume(bot: Bot, deps: BotDeps) -> None:
    try:
        await bot.set_my_commands(list(COMMANDS))
    except Exception:
        log.warning("could not set the command menu", exc_info=True)
    try:
        await deps.warm_up()
    finally:
        # What exists now (the index, dictionaries, models) lives as long as the bot: the
        # cyclic GC need not rescan it, which under load cost pauses of 100+ ms.
        # `korzina bot` starts with the GC off (korzina.cli.bot): this collects what the
        # start-up left, once, after the first poll, and turns it back on.
        gc.collect()
        gc.freeze()
        gc.enable()
    deps.warmed.set()
    await resume_unanswered(bot, deps)


async def _poll(bot: Bot, dp: Dispatcher, options: RunOptions, stop: asyncio.Event) -> None:
    async def stop_when_asked() -> None:
        await stop.wait()
        # aiogram refuses to stop polling that has not started yet: a stop asked
        # during start-up waits for it rather than being lost (the bot would run on).
        while True:
            try:
                await dp.stop_polling()
                return
            except RuntimeError:
                await asyncio.sleep(0.05)

    # Cancelling start_polling leaves its polling task running; stop_polling ends it.
    watcher = asyncio.create_task(stop_when_asked())
    try:
        await bot.delete_webhook(drop_pending_updates=False)
        await dp.start_polling(
            bot,
            polling_timeout=options.polling_timeout,
            handle_signals=options.handle_signals,
            close_bot_session=False,
        )
    finally:
        if not watcher.done():
            watcher.cancel()


async def run_bot(
    options: RunOptions,
    deps: BotDeps,
    *,
    session: BaseSession | None = None,
    on_ready: Callable[[User], None] | None = None,
    stop: asyncio.Event | None = None,
) -> None:
    """Check the token, then serve until ``stop`` is set (or a signal, or cancellation);
    the basket worker runs meanwhile."""
    bot = make_bot(options.token, api_base=options.api_base, session=session, flood=deps.flood)
    deps.worker.start()
    try:
        me = await check_token(bot)
        log.info("bot @%s (%s) starting", me.username, me.id)
        dp = build_dispatcher(deps)
        # Held for the bot's lifetime: see pinned_response_types.
        _pinned = pinned_response_types()
        if on_ready is not None:
            on_ready(me)
        # Polling starts at once; the warm-up runs on the worker meanwhile (a first list
        # waits for it there, as it would have), then the lists a stopped bot left
        # unanswered are answered beside the new ones.
        background = asyncio.create_task(_warm_up_and_resume(bot, deps))
        stop = stop or asyncio.Event()
        try:
            # With an inbox, a list is confirmed to Telegram once recorded (bot/ack.py).
            gate = ack.install(bot, dp) if deps.inbox is not None else None
            if options.webhook_url:
                await _serve_webhook(bot, dp, options, stop, gate)
            else:
                await _poll(bot, dp, options, stop)
        finally:
            if not background.done():
                background.cancel()
    finally:
        gc.unfreeze()
        await bot.session.close()
        cleanup = deps.on_close() if deps.on_close is not None else None
        await asyncio.to_thread(deps.worker.stop, cleanup=cleanup)
