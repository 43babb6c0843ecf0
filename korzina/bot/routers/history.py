"""📈 on a basket line: a PNG chart of that item's product price over time in each store."""

from __future__ import annotations

import asyncio

from aiogram import Bot, Router
from aiogram.types import BufferedInputFile, CallbackQuery

from korzina.bot import texts
from korzina.bot.buttons import chat_of, load_answer
from korzina.bot.callbacks import HistoryCb
from korzina.bot.deps import BotDeps
from korzina.bot.render import answer_stores, esc, item_text
from korzina.core.analytics.chart import chart_png
from korzina.core.analytics.queries import ProductHistory, ProductRow, product_history
from korzina.core.baskets.models import Answer
from korzina.core.errors import ConfigError
from korzina.core.storage.base import Storage


def line_histories(storage: Storage, answer: Answer, item: int) -> list[ProductHistory]:
    """The observations of the product bought for ``item`` in each store (with any)."""
    out: list[ProductHistory] = []
    for store in answer_stores(answer):
        pid = answer.chosen.get(store, {}).get(item)
        options = answer.options.get(store, [])
        c = next((c for c in options[item] if c.product_id == pid), None) if pid else None
        if c is None:
            continue
        row = ProductRow(
            store=store,
            product_id=c.product_id,
            name=c.name,
            price=c.price,
            regular_price=c.regular_price,
            sold_by=c.sold_by.value,
            shop_id=None,
        )
        history = product_history(storage, row)
        if history.rows:
            out.append(history)
    return out


def build_router() -> Router:
    router = Router(name="history")

    @router.callback_query(HistoryCb.filter())
    async def history(
        callback: CallbackQuery, callback_data: HistoryCb, bot: Bot, deps: BotDeps
    ) -> None:
        cb, config = callback_data, deps.config
        answer = await load_answer(callback, deps.service, cb.a, cb.s, cb.i)
        if answer is None:
            return
        histories = await asyncio.to_thread(line_histories, deps.storage, answer, cb.i)
        if not histories:
            await callback.answer(texts.NO_HISTORY, show_alert=True)
            return
        what = item_text(answer.items[cb.i])
        # A matplotlib Figure has no global state: charts are drawn in parallel threads.
        try:
            png = await asyncio.to_thread(
                chart_png,
                histories,
                title=f"Цена: {what}",
                store_names=dict(config.store_names),
                until=deps.clock(),
            )
        except ConfigError as exc:  # matplotlib (the charts extra) is not installed
            await callback.answer(exc.user_message, show_alert=True)
            return
        await callback.answer()
        await bot.send_photo(
            chat_of(callback),
            BufferedInputFile(png, filename="price-history.png"),
            caption=f"📈 История цены: {esc(what)}",
        )

    return router
