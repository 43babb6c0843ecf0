"""Answers to Russian message text and inline keyboards: pure functions, no I/O.

Telegram shows at most 4,096 characters (UTF-16 code units, after HTML entities are
parsed) per message. Long answers are split into pages with ◀ ▶ buttons, never cut:
``paginate`` fills pages with whole blocks and splits a block only when it alone
would not fit. Lengths are measured on the HTML source, which is never shorter than
what Telegram counts, so a page that fits here fits there.

Split by responsibility: ``common`` (limits, views, names, units), ``pages`` (long
texts as pages), ``answer`` (progress, overview, a store's basket, alternatives),
``settings`` (stores, shops).
"""

from __future__ import annotations

from korzina.bot.render.answer import (
    alternatives_view,
    candidate_text,
    line_text,
    overview,
    page_of_item,
    progress_text,
    status_note,
    store_view,
)
from korzina.bot.render.common import (
    ALTS_PER_PAGE,
    BUTTON_LABEL,
    EXAMPLE_LIST,
    LINES_PER_PAGE,
    PROBLEM_WORDS,
    STATUS_WORDS,
    TEXT_LIMIT,
    UNIT_NAMES,
    Block,
    View,
    answer_stores,
    candidate_unit,
    esc,
    name_of,
    seen_text,
    short,
    stamp,
    stores_word,
    tg_len,
    unit_text,
)
from korzina.bot.render.pages import (
    nav_row,
    page_text,
    paginate,
)
from korzina.bot.render.settings import (
    shops_text,
    stores_view,
)
from korzina.core.present import item_text

__all__ = [
    "ALTS_PER_PAGE",
    "BUTTON_LABEL",
    "EXAMPLE_LIST",
    "LINES_PER_PAGE",
    "PROBLEM_WORDS",
    "STATUS_WORDS",
    "TEXT_LIMIT",
    "UNIT_NAMES",
    "Block",
    "View",
    "alternatives_view",
    "answer_stores",
    "candidate_text",
    "candidate_unit",
    "esc",
    "item_text",
    "line_text",
    "name_of",
    "nav_row",
    "overview",
    "page_of_item",
    "page_text",
    "paginate",
    "progress_text",
    "seen_text",
    "shops_text",
    "short",
    "stamp",
    "status_note",
    "store_view",
    "stores_view",
    "stores_word",
    "tg_len",
    "unit_text",
]
