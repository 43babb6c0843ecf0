"""How korzina writes money, numbers, packs and list items for people (Russian), pure.

The CLI and the Telegram bot both render through these, so a price reads the same
everywhere: «1 067,40 ₽», «46,99 ₽/кг», «4 × 100 г», «молоко 3,2%».
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal
from typing import TYPE_CHECKING

from korzina.core.models import ListItem, PackSize, Status

if TYPE_CHECKING:
    from korzina.core.baskets.models import BasketLine, ProductRef


@dataclass(frozen=True)
class StatusWords:
    """How a store's answer status is said, by where it is said."""

    state: str  # a store's state in a table: «ответил», «закрыл доступ»
    mark: str  # after the store's name in a summary: «✓», «— закрыл доступ»
    problem: str  # why its prices are missing: «закрыл доступ для программ»


# The one table of status words: the CLI and the bot both read it.
STATUS_WORDS: dict[Status, StatusWords] = {
    Status.OK: StatusWords("ответил", "✓", "нет цен"),
    Status.PARTIAL: StatusWords(
        "ответил частично", "✓ (часть товаров отброшена)", "часть товаров отброшена"
    ),
    Status.BLOCKED: StatusWords("закрыл доступ", "— закрыл доступ", "закрыл доступ для программ"),
    Status.TIMEOUT: StatusWords("не ответил вовремя", "— не ответил вовремя", "не ответил вовремя"),
    Status.ERROR: StatusWords("ошибка", "— недоступен", "недоступен"),
}


def rub(value: Decimal | None, per: str | None = None) -> str:
    """«1 067,40 ₽» or «599,00 ₽/кг»; an empty string for None. Formatted from the Decimal."""
    if value is None:
        return ""
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",") + " ₽"
    return f"{text}/{per}" if per else text


def number(value: Decimal) -> str:
    """A quantity the Russian way, without trailing zeros: «1,5», «10», «3,2»."""
    return format(value.normalize(), "f").replace(".", ",")


def pack_text(pack: PackSize | None, *, low: PackSize | None = None) -> str:
    """«930 мл», «4 × 100 г», a range «300–400 г» (``low`` its smaller end); empty when
    the pack is unknown."""
    if pack is None:
        return ""
    one = f"{number(pack.value)} {pack.unit.value}"
    if low is not None:
        start = number(low.value) if low.unit is pack.unit else pack_text(low)
        return f"{start}–{one}"
    return f"{pack.count} × {one}" if pack.count > 1 else one


def item_text(item: ListItem) -> str:
    """What the user asked for: «молоко 3,2%», «яйцо С0», «чипсы Lay's»."""
    parts = [item.name, *item.attributes]
    if item.brand:
        parts.append(item.brand)
    if item.fat_pct is not None:
        parts.append(f"{number(item.fat_pct)}%")
    if item.egg_class:
        parts.append(item.egg_class)
    return " ".join(parts)


def asked_text(item: ListItem) -> str:
    """The item as the shopper wrote it («средство для мытья посуды», «яйца дорогие»),
    else the parser's reading of it (an item the LLM added has no words of its own)."""
    # A merged item's raw is its mentions joined by «; »: each wording once.
    parts = dict.fromkeys(" ".join(p.split()) for p in item.raw.split(";"))
    return "; ".join(p for p in parts if p) or item_text(item)


def unit_price_text(line: BasketLine) -> str:
    """What a line costs per unit of measure, the figure cheapest-item answers rank by:
    «77,77 ₽/л»; empty when the pack does not say."""
    if line.unit_price is None or not line.unit_price_unit:
        return ""
    return rub(line.unit_price, line.unit_price_unit)


def time_text(moment: datetime, tz: tzinfo) -> str:
    """A moment on the shopper's clock (the configured time zone): «28.09 09:10»."""
    return moment.astimezone(tz).strftime("%d.%m %H:%M")


def nearest_text(ref: ProductRef) -> str:
    """Why a missing item is missing and what is there instead:
    «нет «гауда»; есть: Сыр Российский 50% 200г — 160,99 ₽»."""
    lacks = ", ".join(f"«{w}»" for w in ref.lacks)
    head = f"нет {lacks}; есть" if lacks else "ближайшее"
    return f"{head}: {ref.name} — {rub(ref.price)}"


def cheaper_text(ref: ProductRef) -> str:
    """A cheaper second-choice product beside a line: «дешевле: … — 79,99 ₽ (длительного
    хранения)»."""
    why = f" ({', '.join(ref.lacks)})" if ref.lacks else ""
    return f"дешевле: {ref.name} — {rub(ref.price)}{why}"


def no_connection_text(has_prices: bool) -> str:
    """What to say once when no store could be reached because there is no network."""
    if has_prices:
        return (
            "Нет подключения к сети: магазины не опрошены, показаны цены из базы. "
            "Без сети быстрее так: korzina basket --offline «список»."
        )
    return (
        "Нет подключения к сети, а в базе нет цен: это не значит, что товаров нет в "
        "магазинах. Подключитесь к сети или загрузите цены: korzina import ФАЙЛ."
    )
