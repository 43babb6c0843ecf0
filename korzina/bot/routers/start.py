"""/start and /help."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

from korzina.bot import texts


def build_router() -> Router:
    router = Router(name="start")

    @router.message(CommandStart())
    async def start(message: Message) -> None:
        await message.answer(texts.GREETING)

    @router.message(Command("help"))
    async def help_(message: Message) -> None:
        await message.answer(texts.HELP)

    return router
