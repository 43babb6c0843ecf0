"""The bot's fixed Russian texts, in one place so handlers and tests agree on them."""

from __future__ import annotations

import html
from collections.abc import Sequence

from korzina.bot.render import EXAMPLE_LIST


def greeting(store_names: Sequence[str]) -> str:
    """/start: the stores are the installed plugins' names (a third-party store's too),
    named in the nominative after a colon so no declension is needed."""
    where = (
        f" — в магазинах: {html.escape(', '.join(store_names), quote=False)}" if store_names else ""
    )
    return (
        f"Привет! Я korzina: ищу, где ваш список покупок дешевле всего{where}.\n\n"
        "Просто пришлите список одним сообщением, например:\n"
        f"<code>{EXAMPLE_LIST}</code>\n\n"
        "Я покажу корзину в каждом магазине: сколько стоит, чего нет и когда видел цены. "
        "Любую позицию можно заменить кнопкой 🔄, а 📈 покажет историю цены.\n"
        "Чтобы цены были вашего магазина, отправьте /location. Все команды: /help."
    )


HELP = (
    "Как пользоваться:\n"
    "• пришлите список покупок: <code>молоко 3,2%, хлеб, яйца</code>;\n"
    "• /cheap <i>товар</i> — где дешевле всего один товар: <code>/cheap гречка</code>;\n"
    "• /location — выбрать ближайшие магазины по геопозиции;\n"
    "• /stores — включить или выключить магазины;\n"
    "• в ответе: 🛒 открыть корзину магазина, 🔄 заменить товар, 📈 история цены.\n\n"
    "Можно писать по-своему: «2 пакета молока», «яйца подешевле», «сыр дорогой», "
    "«самое дешевое масло»."
)

EMPTY_LIST = (
    "Не нашёл в сообщении товаров. Пришлите список через запятую, например:\n"
    f"<code>{EXAMPLE_LIST}</code>"
)
NOT_TEXT = f"Я понимаю списки покупок текстом. Например:\n<code>{EXAMPLE_LIST}</code>"
UNKNOWN_COMMAND = "Не знаю такой команды. Список команд: /help."
STALE = "Эта корзина устарела, отправьте список заново."
APOLOGY = "Извините, что-то пошло не так. Попробуйте ещё раз чуть позже."
NO_STORES = "Все магазины выключены — включите хотя бы один: /stores."
CHEAP_USAGE = "Напишите товар после команды, например: <code>/cheap молоко 3,2%</code>."
LOCATION_ASK = (
    "Отправьте геопозицию кнопкой ниже (или через 📎 → Геопозиция), "
    "и я найду ближайший магазин каждой сети."
)
LOCATION_BUTTON = "📍 Отправить геопозицию"
NO_SHOP_FINDER = "Поиск магазинов по геопозиции сейчас недоступен (бот работает без сети)."
NO_HISTORY = "Истории цен для этого товара пока нет."
SWAPPED = "Заменил"


def too_many_items(n: int, cap: int) -> str:
    return (
        f"В списке {n} позиций, а я ищу до {cap} за раз. "
        "Разделите список на части и пришлите по очереди."
    )


def too_long(n: int, cap: int) -> str:
    return f"Сообщение длинное ({n} символов), я читаю до {cap}. Разделите список на части."


def slow_down(seconds: float) -> str:
    return f"Слишком много списков подряд. Подождите {max(1, round(seconds))} с и пришлите снова."


RESEND = (
    "Я перезапускался и не успел ответить на этот список вовремя. "
    "Пришлите его, пожалуйста, ещё раз."
)
