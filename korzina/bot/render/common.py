"""What every rendered message shares: limits, ``View`` and ``Block``, escaping, store
names, units, times, and the stores an answer ranks."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal

from aiogram.types import InlineKeyboardMarkup

from korzina.core.baskets.models import Answer, StoreBasket
from korzina.core.matching.pick import Candidate
from korzina.core.present import STATUS_WORDS as ALL_STATUS_WORDS
from korzina.core.present import rub
from korzina.core.units import unit_price

TEXT_LIMIT = 4096
LINES_PER_PAGE = 8  # a phone screen of basket lines, each with its buttons
ALTS_PER_PAGE = 8
BUTTON_LABEL = 40  # button labels are short hints; the full text is in the message

EXAMPLE_LIST = "молоко 3,2%, хлеб, яйца С0 десяток, сыр, 1,5 кг картошки, бананы"

# The bot's two uses of the one status table (korzina.core.present.STATUS_WORDS).
STATUS_WORDS = {status: words.mark for status, words in ALL_STATUS_WORDS.items()}
PROBLEM_WORDS = {status: words.problem for status, words in ALL_STATUS_WORDS.items()}

UNIT_NAMES = {"кг": "кг", "л": "л", "шт": "шт"}


@dataclass(frozen=True)
class View:
    """One message: HTML text and its inline keyboard."""

    text: str
    markup: InlineKeyboardMarkup | None = None


@dataclass(frozen=True)
class Block:
    """A piece of a message that stays whole on a page; ``key`` ties buttons to it."""

    text: str
    key: int | None = None


# --- small formatters -------------------------------------------------------------


def tg_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji may count 2)."""
    return len(text.encode("utf-16-le")) // 2


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def name_of(store: str, names: Mapping[str, str]) -> str:
    return names.get(store, store)


def unit_text(value: Decimal | None, unit: str | None) -> str:
    return f"{rub(value)}/{unit}" if value is not None and unit else ""


def candidate_unit(c: Candidate, card: bool) -> str:
    found = unit_price(c.pay_price(card), c.sold_by, c.pack)
    return unit_text(found[0], UNIT_NAMES.get(found[1].value)) if found else ""


def seen_text(b: StoreBasket, tz: tzinfo) -> str:
    """When the basket's prices were seen, on the shopper's clock."""
    if b.observed_from is None or b.observed_to is None:
        return ""
    lo = b.observed_from.astimezone(tz).strftime("%d.%m %H:%M")
    hi = b.observed_to.astimezone(tz).strftime("%d.%m %H:%M")
    return lo if lo == hi else f"{lo} – {hi}"


def short(text: str, size: int = BUTTON_LABEL) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def stores_word(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "магазине"
    return "магазинах"


def answer_stores(answer: Answer) -> list[str]:
    """The answer's stores in a stable order (buttons refer to them by index).

    The statuses are a tuple in the order the stores were asked; ``options`` is a dict
    whose key order a JSON store need not keep.
    """
    return [s.store for s in answer.statuses] or sorted(answer.options)


# --- paging -----------------------------------------------------------------------


def stamp(moment: datetime, tz: tzinfo) -> str:
    return moment.astimezone(tz).strftime("%d.%m.%Y %H:%M")
