"""/cheap <товар>: where one product is cheapest, by unit price."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.types import Message

from korzina.bot.answering import ListRequest, answer_list
from korzina.bot.deps import BotDeps


def build_router() -> Router:
    router = Router(name="cheap")

    @router.message(Command("cheap"))
    async def cheap(message: Message, bot: Bot, deps: BotDeps) -> None:
        # The whole message is the request: a restart reads «/cheap …» the same way.
        await answer_list(bot, deps, ListRequest.of(message))

    return router
