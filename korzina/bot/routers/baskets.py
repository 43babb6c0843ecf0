"""Buttons on an answer: the ranking's pages, one store's basket, alternatives, swaps.

Every button carries the answer's id; the answer is loaded from the kv store, so a
button works after a restart, and an unknown id gets a polite «устарела».
"""

from __future__ import annotations

import asyncio
import logging

from aiogram import Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, InaccessibleMessage

from korzina.bot import texts
from korzina.bot.callbacks import AltCb, NoopCb, RankCb, StoreCb, SwapCb
from korzina.bot.deps import BotConfig
from korzina.bot.render import (
    View,
    alternatives_view,
    answer_stores,
    overview,
    page_of_item,
    short,
    store_view,
)
from korzina.core.baskets.models import Answer
from korzina.core.baskets.service import BasketService
from korzina.core.errors import KorzinaError

log = logging.getLogger(__name__)


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
    """The saved answer (with the store and item the button names), or None after
    telling the user the button is stale."""
    answer = await asyncio.to_thread(service.load, answer_id)
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


def build_router() -> Router:
    router = Router(name="baskets")

    @router.callback_query(NoopCb.filter())
    async def noop(callback: CallbackQuery) -> None:
        await callback.answer()

    @router.callback_query(RankCb.filter())
    async def ranking(
        callback: CallbackQuery, callback_data: RankCb, service: BasketService, config: BotConfig
    ) -> None:
        answer = await load_answer(callback, service, callback_data.a)
        if answer is not None:
            await show(
                callback, overview(answer, config.store_names, config.tz, page=callback_data.p)
            )

    @router.callback_query(StoreCb.filter())
    async def open_store(
        callback: CallbackQuery, callback_data: StoreCb, service: BasketService, config: BotConfig
    ) -> None:
        answer = await load_answer(callback, service, callback_data.a, callback_data.s)
        if answer is not None:
            view = store_view(
                answer, callback_data.s, config.store_names, config.tz, page=callback_data.p
            )
            await show(callback, view)

    @router.callback_query(AltCb.filter())
    async def alternatives(
        callback: CallbackQuery, callback_data: AltCb, service: BasketService, config: BotConfig
    ) -> None:
        cb = callback_data
        answer = await load_answer(callback, service, cb.a, cb.s, cb.i)
        if answer is not None:
            view = alternatives_view(answer, cb.s, cb.i, config.store_names, page=cb.p)
            await show(callback, view)

    @router.callback_query(SwapCb.filter())
    async def swap(
        callback: CallbackQuery, callback_data: SwapCb, service: BasketService, config: BotConfig
    ) -> None:
        cb = callback_data
        answer = await load_answer(callback, service, cb.a, cb.s, cb.i)
        if answer is None:
            return
        store = answer_stores(answer)[cb.s]
        options = answer.options[store][cb.i]
        if not 0 <= cb.k < len(options):
            await callback.answer(texts.STALE, show_alert=True)
            return
        product = options[cb.k]
        try:
            updated = await asyncio.to_thread(
                service.swap, answer.id, store, cb.i, product.product_id
            )
        except KorzinaError as exc:
            await callback.answer(exc.user_message, show_alert=True)
            return
        if updated is None:
            await callback.answer(texts.STALE, show_alert=True)
            return
        names, tz = config.store_names, config.tz
        page = page_of_item(updated, cb.s, cb.i, names, tz)
        note = f"🔄 Заменил: {short(product.name, 60)}"
        view = store_view(updated, cb.s, names, tz, page=page, note=note)
        await show(callback, view, texts.SWAPPED)

    return router
