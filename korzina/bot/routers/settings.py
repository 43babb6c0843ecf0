"""/location (or a shared location): the nearest shop of each store; /stores: on and off."""

from __future__ import annotations

import asyncio

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import (
    CallbackQuery,
    InaccessibleMessage,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from korzina.bot import texts
from korzina.bot.callbacks import ToggleStoreCb
from korzina.bot.deps import BotDeps
from korzina.bot.render import shops_text, stores_view
from korzina.core.models import Location


def build_router() -> Router:
    router = Router(name="settings")

    @router.message(Command("location"))
    async def ask_location(message: Message) -> None:
        keyboard = ReplyKeyboardMarkup(
            keyboard=[[KeyboardButton(text=texts.LOCATION_BUTTON, request_location=True)]],
            resize_keyboard=True,
            one_time_keyboard=True,
        )
        await message.answer(texts.LOCATION_ASK, reply_markup=keyboard)

    @router.message(F.location)
    async def got_location(message: Message, deps: BotDeps) -> None:
        assert message.location is not None and message.from_user is not None
        shop_finder, prefs, db, config = deps.shop_finder, deps.prefs, deps.storage, deps.config
        if shop_finder is None:
            await message.answer(texts.NO_SHOP_FINDER, reply_markup=ReplyKeyboardRemove())
            return
        point = Location(lat=message.location.latitude, lon=message.location.longitude)
        found, failed = await deps.worker.run(shop_finder.nearest(point, config.known_stores))
        user_id = message.from_user.id

        def save() -> None:
            if found:
                db.shops.save_shops(found.values())
            user = prefs.load(user_id)
            prefs.save(user_id, user.model_copy(update={"shops": {**user.shops, **found}}))

        await asyncio.to_thread(save)
        await message.answer(
            shops_text(found, failed, config.store_names), reply_markup=ReplyKeyboardRemove()
        )

    @router.message(Command("stores"))
    async def stores(message: Message, deps: BotDeps) -> None:
        assert message.from_user is not None
        user = await asyncio.to_thread(deps.prefs.load, message.from_user.id)
        config = deps.config
        view = stores_view(config.known_stores, user.disabled, config.store_names)
        await message.answer(view.text, reply_markup=view.markup)

    @router.callback_query(ToggleStoreCb.filter())
    async def toggle(callback: CallbackQuery, callback_data: ToggleStoreCb, deps: BotDeps) -> None:
        prefs, config = deps.prefs, deps.config
        if not 0 <= callback_data.s < len(config.known_stores):
            await callback.answer(texts.STALE, show_alert=True)
            return
        store = config.known_stores[callback_data.s]
        user_id = callback.from_user.id

        def flip() -> tuple[str, ...]:
            user = prefs.load(user_id)
            off = set(user.disabled) ^ {store}
            disabled = tuple(s for s in config.known_stores if s in off)
            prefs.save(user_id, user.model_copy(update={"disabled": disabled}))
            return disabled

        disabled = await asyncio.to_thread(flip)
        view = stores_view(config.known_stores, disabled, config.store_names)
        if callback.message is not None and not isinstance(callback.message, InaccessibleMessage):
            await callback.message.edit_text(view.text, reply_markup=view.markup)
        state = "выключен" if store in disabled else "включён"
        await callback.answer(f"{config.store_names.get(store, store)}: {state}")

    return router
