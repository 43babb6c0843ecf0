"""/start and /help."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

from korzina.bot import texts
from korzina.bot.deps import BotDeps


def build_router() -> Router:
    router = Router(name="start")

    @router.message(CommandStart())
    async def start(message: Message, deps: BotDeps) -> None:
        config = deps.config
        names = [config.store_names.get(s, s) for s in config.known_stores]
        await message.answer(texts.greeting(names))

    @router.message(Command("help"))
    async def help_(message: Message) -> None:
        await message.answer(texts.HELP)

    return router
