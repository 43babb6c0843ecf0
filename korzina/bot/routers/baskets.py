"""Buttons on an answer: the ranking's pages, one store's basket, alternatives, swaps
(each loads its answer for its chat first: ``korzina.bot.buttons``)."""

from __future__ import annotations

import asyncio
import functools

from aiogram import Router
from aiogram.types import CallbackQuery

from korzina.bot import texts
from korzina.bot.buttons import chat_of, load_answer, show
from korzina.bot.callbacks import AltCb, NoopCb, RankCb, StoreCb, SwapCb
from korzina.bot.deps import BotDeps
from korzina.bot.render import (
    alternatives_view,
    answer_stores,
    overview,
    page_of_item,
    short,
    store_view,
)
from korzina.core.errors import KorzinaError


def build_router() -> Router:
    router = Router(name="baskets")

    @router.callback_query(NoopCb.filter())
    async def noop(callback: CallbackQuery) -> None:
        await callback.answer()

    @router.callback_query(RankCb.filter())
    async def ranking(callback: CallbackQuery, callback_data: RankCb, deps: BotDeps) -> None:
        config = deps.config
        answer = await load_answer(callback, deps.service, callback_data.a)
        if answer is not None:
            await show(
                callback, overview(answer, config.store_names, config.tz, page=callback_data.p)
            )

    @router.callback_query(StoreCb.filter())
    async def open_store(callback: CallbackQuery, callback_data: StoreCb, deps: BotDeps) -> None:
        cb, config = callback_data, deps.config
        answer = await load_answer(callback, deps.service, cb.a, cb.s)
        if answer is not None:
            view = store_view(answer, cb.s, config.store_names, config.tz, page=cb.p)
            await show(callback, view)

    @router.callback_query(AltCb.filter())
    async def alternatives(callback: CallbackQuery, callback_data: AltCb, deps: BotDeps) -> None:
        cb = callback_data
        answer = await load_answer(callback, deps.service, cb.a, cb.s, cb.i)
        if answer is not None:
            view = alternatives_view(answer, cb.s, cb.i, deps.config.store_names, page=cb.p)
            await show(callback, view)

    @router.callback_query(SwapCb.filter())
    async def swap(callback: CallbackQuery, callback_data: SwapCb, deps: BotDeps) -> None:
        cb, service = callback_data, deps.service
        answer = await load_answer(callback, service, cb.a, cb.s, cb.i)
        if answer is None:
            return
        store = answer_stores(answer)[cb.s]
        options = answer.options[store][cb.i]
        if not 0 <= cb.k < len(options):
            await callback.answer(texts.STALE, show_alert=True)
            return
        product = options[cb.k]
        do_swap = functools.partial(
            service.swap, answer.id, store, cb.i, product.product_id, owner=chat_of(callback)
        )
        try:
            updated = await asyncio.to_thread(do_swap)
        except KorzinaError as exc:
            await callback.answer(exc.user_message, show_alert=True)
            return
        if updated is None:
            await callback.answer(texts.STALE, show_alert=True)
            return
        names, tz = deps.config.store_names, deps.config.tz
        page = page_of_item(updated, cb.s, cb.i, names, tz)
        note = f"🔄 Заменил: {short(product.name, 60)}"
        view = store_view(updated, cb.s, names, tz, page=page, note=note)
        await show(callback, view, texts.SWAPPED)

    return router
