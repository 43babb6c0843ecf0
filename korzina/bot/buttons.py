"""What every button on an answer does first: load the answer it names, for its chat.

Every button carries the answer's id; the answer is loaded from the kv store, so a
button works after a restart, and an unknown id, an expired answer or another chat's
answer gets the polite «устарела»: an answer belongs to the chat it was given in.
"""

from __future__ import annotations

import asyncio

from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, InaccessibleMessage

from korzina.bot import texts
from korzina.bot.render import View, answer_stores
from korzina.core.baskets.models import Answer
from korzina.core.baskets.service import BasketService


def chat_of(callback: CallbackQuery) -> int:
    """The chat a button was pressed in (the user's own for a private chat)."""
    return callback.message.chat.id if callback.message is not None else callback.from_user.id


async def show(callback: CallbackQuery, view: View, notice: str | None = None) -> None:
    """Edit the button's message into ``view`` and close the button's spinner."""
    message = callback.message
    if message is None or isinstance(message, InaccessibleMessage):
        await callback.answer(texts.STALE, show_alert=True)
        return
    try:
        await message.edit_text(view.text, reply_markup=view.markup)
    except TelegramBadRequest as exc:
        if "not modified" not in str(exc):
            raise
    await callback.answer(notice)


async def load_answer(
    callback: CallbackQuery,
    service: BasketService,
    answer_id: str,
    store: int | None = None,
    item: int | None = None,
) -> Answer | None:
    """The saved answer of this chat (with the store and item the button names), or
    None after telling the user the button is stale."""
    answer = await asyncio.to_thread(service.load, answer_id, owner=chat_of(callback))
    stores = answer_stores(answer) if answer is not None else []
    if (
        answer is None
        or (store is not None and not 0 <= store < len(stores))
        or (store is not None and answer.basket(stores[store]) is None)
        or (item is not None and not 0 <= item < len(answer.items))
    ):
        await callback.answer(texts.STALE, show_alert=True)
        return None
    return answer
