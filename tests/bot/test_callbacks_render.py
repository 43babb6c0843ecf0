"""Button payloads within 64 bytes; pure rendering: money, progress, pages."""

from __future__ import annotations

from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from aiogram.filters.callback_data import MAX_CALLBACK_LENGTH

from korzina.bot.callbacks import (
    MAX_ANSWER_ID,
    MAX_INDEX,
    AltCb,
    HistoryCb,
    NoopCb,
    RankCb,
    StoreCb,
    SwapCb,
    ToggleStoreCb,
    answer_ref,
)
from korzina.bot.render import (
    Block,
    overview,
    page_text,
    paginate,
    progress_text,
    status_note,
    tg_len,
)
from korzina.core.baskets.service import BasketOptions
from korzina.core.models import Status, StoreStatus
from korzina.core.present import rub
from korzina.parser import parse_text
from tests.bot.conftest import demo_deps

NAMES = {"magnit": "Магнит", "pyaterochka": "Пятёрочка", "dixy": "Дикси"}


def test_every_callback_fits_64_bytes_at_its_largest_values() -> None:
    a = "x" * MAX_ANSWER_ID
    n = MAX_INDEX
    largest = [
        RankCb(a=a, p=n),
        StoreCb(a=a, s=n, p=n),
        AltCb(a=a, s=n, i=n, p=n),
        SwapCb(a=a, s=n, i=n, k=n),
        HistoryCb(a=a, s=n, i=n),
        ToggleStoreCb(s=n),
        NoopCb(),
    ]
    for cb in largest:
        assert len(cb.pack().encode()) <= MAX_CALLBACK_LENGTH, cb


@pytest.mark.parametrize("bad", ["", "x" * (MAX_ANSWER_ID + 1), "ab:cd"])
def test_answer_ids_that_could_overflow_a_button_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        answer_ref(bad)


def test_a_real_answer_id_fits() -> None:
    deps = demo_deps()
    import asyncio

    answer = asyncio.run(deps.service.answer(parse_text("хлеб"), BasketOptions(offline=True)))
    assert answer_ref(answer.id) == answer.id


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("123.45"), "123,45 ₽"),
        (Decimal("1067.4"), "1 067,40 ₽"),
        (Decimal("0"), "0,00 ₽"),
        (Decimal("1234567.891"), "1 234 567,89 ₽"),
    ],
)
def test_rubles_are_formatted_the_russian_way(value: Decimal, text: str) -> None:
    assert rub(value) == text


def test_progress_names_each_store_as_it_answers() -> None:
    stores = ["magnit", "pyaterochka", "dixy"]
    assert progress_text(stores, {}, NAMES) == "🔎 Ищу в 3 магазинах…"
    done = {
        "magnit": StoreStatus(store="magnit", status=Status.OK),
        "dixy": StoreStatus(store="dixy", status=Status.ERROR),
    }
    assert (
        progress_text(stores, done, NAMES) == "🔎 Ищу в 3 магазинах… Магнит ✓, Дикси — недоступен"
    )
    assert progress_text(["magnit"], {}, NAMES) == "🔎 Ищу в 1 магазине…"


def test_a_partial_store_names_what_it_dropped() -> None:
    """Issue 15: a store whose answer lost items says so in the progress line and
    names them in a note, in the user's language."""
    partial = StoreStatus(
        store="dixy",
        status=Status.PARTIAL,
        message="Отброшено товаров: 1 («Яйцо куриное С0 10 шт»: цена 1,00 ₽ ниже 2,00 ₽).",
        rejected=1,
    )
    assert progress_text(["dixy"], {"dixy": partial}, NAMES) == (
        "🔎 Ищу в 1 магазине… Дикси ✓ (часть товаров отброшена)"
    )
    assert status_note(partial, None, NAMES) == (
        "⚠️ Дикси: Отброшено товаров: 1 («Яйцо куриное С0 10 шт»: цена 1,00 ₽ ниже 2,00 ₽)."
    )


def test_pages_fit_the_limit_keep_order_and_lose_nothing() -> None:
    header = "<b>Пятёрочка</b> — 1 000,00 ₽"
    blocks = [
        Block(f"{k}. " + "товар с длинным названием 🥛 " * (k % 7 + 1), key=k) for k in range(60)
    ]
    pages = paginate(header, blocks, limit=500, per_page=8)
    assert len(pages) > 1
    for page in pages:
        assert tg_len(page_text(header, page)) <= 500
        assert sum(b.key is not None for b in page) <= 8
    assert [b for page in pages for b in page] == blocks


def test_a_block_longer_than_a_page_is_split_not_cut() -> None:
    text = "\n".join(f"строка {k} " + "я" * 150 for k in range(20))
    pages = paginate("заголовок", [Block(text, key=0)], limit=600)
    assert len(pages) > 1
    assert all(tg_len(page_text("заголовок", p)) <= 600 for p in pages)
    rebuilt = "\n".join(b.text for p in pages for b in p)
    assert rebuilt.replace("\n", "") == text.replace("\n", "")


def test_overview_pages_long_answers_with_arrows() -> None:
    deps = demo_deps()
    import asyncio

    text = "молоко 3,2%, хлеб, яйца С0 десяток, масло сливочное, сыр, чипсы lays, кефир"
    answer = asyncio.run(deps.service.answer(parse_text(text), BasketOptions(offline=True)))
    tz = ZoneInfo("Europe/Moscow")
    first = overview(answer, deps.config.store_names, tz, limit=260)
    assert tg_len(first.text) <= 260
    assert first.markup is not None
    labels = [b.text for row in first.markup.inline_keyboard for b in row]
    assert "▶" in labels and any(t.startswith("1/") for t in labels)
    last = overview(answer, deps.config.store_names, tz, page=99, limit=260)
    assert last.text != first.text  # clamped to the last page, not an error
