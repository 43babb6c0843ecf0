"""/cheap <товар>: where one product is cheapest, by unit price."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from korzina.bot import texts
from korzina.bot.deps import BotConfig, ListParser, PrefsRepo, RateLimiter, Worker
from korzina.bot.routers.lists import checked_list, reply_with_baskets
from korzina.core.baskets.service import BasketService
from korzina.core.models import Intent


def build_router() -> Router:
    router = Router(name="cheap")

    @router.message(Command("cheap"))
    async def cheap(
        message: Message,
        command: CommandObject,
        bot: Bot,
        service: BasketService,
        worker: Worker,
        prefs: PrefsRepo,
        limiter: RateLimiter,
        config: BotConfig,
        parse_list: ListParser,
    ) -> None:
        what = (command.args or "").strip()
        if not what:
            await message.answer(texts.CHEAP_USAGE)
            return
        parsed = await checked_list(
            message, what, parse_list=parse_list, worker=worker, limiter=limiter, config=config
        )
        if parsed is None:
            return
        parsed = parsed.model_copy(update={"intent": Intent.CHEAPEST})
        await reply_with_baskets(
            message, bot, parsed, service=service, worker=worker, prefs=prefs, config=config
        )

    return router
