"""The settings messages: stores on and off, the nearest shops found."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from korzina.bot.callbacks import (
    ToggleStoreCb,
)
from korzina.bot.render.common import (
    PROBLEM_WORDS,
    View,
    esc,
    name_of,
)
from korzina.core.models import Shop, StoreStatus


def stores_view(known: Sequence[str], disabled: Sequence[str], names: Mapping[str, str]) -> View:
    """/stores: a button per store that turns it on or off."""
    on = [s for s in known if s not in disabled]
    text = "Где искать: нажмите на магазин, чтобы включить или выключить его."
    if not on:
        text += "\n\nСейчас все магазины выключены: списки искать негде."
    rows = [
        [
            InlineKeyboardButton(
                text=f"{'✅' if s not in disabled else '⬜'} {name_of(s, names)}",
                callback_data=ToggleStoreCb(s=k).pack(),
            )
        ]
        for k, s in enumerate(known)
    ]
    return View(text, InlineKeyboardMarkup(inline_keyboard=rows))


def shops_text(
    found: Mapping[str, Shop], failed: Sequence[StoreStatus], names: Mapping[str, str]
) -> str:
    """The nearest shop of each store, saved for this user, and the stores that failed."""
    if not found:
        text = "Не удалось найти магазины рядом с этой точкой."
    else:
        text = "Запомнил ближайшие магазины:"
        for store, shop in found.items():
            where = esc(shop.address or shop.name or shop.shop_id)
            dist = f" ({_distance(shop.distance_m)})" if shop.distance_m is not None else ""
            text += f"\n• {esc(name_of(store, names))}: {where}{dist}"
        text += "\nЦены в списках теперь по этим магазинам."
    for status in failed:
        text += f"\n⚠️ {esc(name_of(status.store, names))}: {PROBLEM_WORDS[status.status]}"
    return text


def _distance(metres: float) -> str:
    # Display only: a distance is not money, so float is fine here.
    return f"{metres / 1000:.1f} км".replace(".", ",") if metres >= 1000 else f"{metres:.0f} м"
