"""A text message is a shopping list: a progress message edited as stores answer,
then the ranked baskets in its place (``korzina.bot.answering``)."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.types import CallbackQuery, Message

from korzina.bot import texts
from korzina.bot.answering import ListRequest, answer_list
from korzina.bot.deps import BotDeps


def build_router() -> Router:
    """Lists and the catch-alls; include it last (it takes any text and any button)."""
    router = Router(name="lists")

    @router.message(F.text.startswith("/"))
    async def unknown_command(message: Message) -> None:
        await message.answer(texts.UNKNOWN_COMMAND)

    @router.message(F.text)
    async def shopping_list(message: Message, bot: Bot, deps: BotDeps) -> None:
        await answer_list(bot, deps, ListRequest.of(message))

    @router.message()
    async def not_text(message: Message) -> None:
        await message.answer(texts.NOT_TEXT)

    @router.callback_query()
    async def unknown_button(callback: CallbackQuery) -> None:
        # A button of an older bot version whose payload no class reads any more.
        await callback.answer(texts.STALE, show_alert=True)

    return router
