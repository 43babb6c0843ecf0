"""An answer as messages: the progress while stores are searched, the ranked overview,
one store's basket line by line, and the alternatives of one line."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from korzina.bot.callbacks import (
    AltCb,
    HistoryCb,
    RankCb,
    StoreCb,
    SwapCb,
    answer_ref,
)
from korzina.bot.render.common import (
    ALTS_PER_PAGE,
    LINES_PER_PAGE,
    PROBLEM_WORDS,
    STATUS_WORDS,
    TEXT_LIMIT,
    Block,
    View,
    answer_stores,
    candidate_unit,
    esc,
    name_of,
    seen_text,
    short,
    stores_word,
    unit_text,
)
from korzina.bot.render.pages import (
    _clamp,
    nav_row,
    page_text,
    paginate,
)
from korzina.core.baskets.models import Answer, BasketLine, StoreBasket
from korzina.core.matching.pick import Candidate
from korzina.core.models import Intent, ListItem, Status, StoreStatus
from korzina.core.present import cheaper_text, item_text, nearest_text, number, pack_text, rub


def progress_text(
    stores: Sequence[str], done: Mapping[str, StoreStatus], names: Mapping[str, str]
) -> str:
    """«Ищу в 4 магазинах… Магнит ✓, Пятёрочка ✓, Дикси — недоступен»."""
    head = f"🔎 Ищу в {len(stores)} {stores_word(len(stores))}…"
    marks = [
        f"{esc(name_of(s, names))} {STATUS_WORDS[done[s].status]}" for s in stores if s in done
    ]
    return f"{head} {', '.join(marks)}" if marks else head


# --- the ranked answer ----------------------------------------------------------------


def _missing_names(answer: Answer, missing: Sequence[int]) -> str:
    return ", ".join(esc(item_text(answer.items[i])) for i in missing)


def status_note(status: StoreStatus, basket: StoreBasket | None, names: Mapping[str, str]) -> str:
    """A line naming a store that did not answer as asked, and what is shown instead."""
    if status.status is Status.PARTIAL and status.message:
        # Answered; what could not be read whole or was implausible is named (issue 15).
        return f"⚠️ {esc(name_of(status.store, names))}: {esc(status.message)}"
    word = PROBLEM_WORDS[status.status]
    kept = "показаны сохранённые цены" if basket is not None and basket.lines else "цен нет"
    return f"⚠️ {esc(name_of(status.store, names))}: {word}, {kept}"


def _overview_blocks(answer: Answer, names: Mapping[str, str], tz: tzinfo) -> list[Block]:
    n = len(answer.items)
    blocks: list[Block] = []
    for rank, b in enumerate(answer.baskets, start=1):
        name = f"<b>{esc(name_of(b.store, names))}</b>"
        if not b.lines:
            blocks.append(Block(f"{rank}. {name} — ничего не нашлось"))
            continue
        if answer.intent is Intent.CHEAPEST:
            rows = []
            for line in b.lines:
                unit = unit_text(line.unit_price, line.unit_price_unit)
                rows.append(
                    f"{rank}. {name}: {esc(line.name)} — {rub(line.price)}"
                    + (f" ({unit})" if unit else "")
                )
            text = "\n".join(rows)
        else:
            text = f"{rank}. {name} — <b>{rub(b.total)}</b>, {len(b.lines)} из {n}"
        if b.missing:
            text += f"\n    нет: {_missing_names(answer, b.missing)}"
        if seen := seen_text(b, tz):
            text += f"\n    цены: {seen}"
        blocks.append(Block(text))
    split = answer.split
    if split is not None and len(split.stores) > 1 and split.saving and split.saving > 0:
        where = " + ".join(esc(name_of(s, names)) for s in split.stores)
        text = (
            f"💡 В {len(split.stores)} {stores_word(len(split.stores))} ({where}): "
            f"<b>{rub(split.total)}</b>, экономия {rub(split.saving)}"
        )
        for store in split.stores:
            got = [
                esc(item_text(answer.items[sl.line.item]))
                for sl in split.lines
                if sl.store == store
            ]
            text += f"\n    {esc(name_of(store, names))}: {', '.join(got)}"
        blocks.append(Block(text))
    for status in answer.statuses:
        if status.status is not Status.OK or answer.basket(status.store) is None:
            blocks.append(Block(status_note(status, answer.basket(status.store), names)))
    # The service's own remarks (e.g. fresh prices it could not save), last, as the CLI does.
    blocks.extend(Block(f"ℹ️ {esc(note)}") for note in answer.notes)
    return blocks


def overview(
    answer: Answer,
    names: Mapping[str, str],
    tz: tzinfo,
    *,
    page: int = 0,
    limit: int = TEXT_LIMIT,
) -> View:
    """The ranked baskets (page ``page``) with a button per store."""
    ref = answer_ref(answer.id)
    if answer.intent is Intent.CHEAPEST:
        header = "<b>Где дешевле:</b> " + esc(", ".join(item_text(i) for i in answer.items))
    else:
        n = len(answer.items)
        header = f"<b>Корзины</b> ({n} {_goods_word(n)}), дешёвые сначала:"
    pages = paginate(header, _overview_blocks(answer, names, tz), limit=limit)
    page = _clamp(page, len(pages))
    stores = answer_stores(answer)
    rows: list[list[InlineKeyboardButton]] = []
    for b in answer.baskets:
        if not b.lines:
            continue
        label = f"🛒 {name_of(b.store, names)} · {rub(b.total)}"
        rows.append(
            [
                InlineKeyboardButton(
                    text=label, callback_data=StoreCb(a=ref, s=stores.index(b.store)).pack()
                )
            ]
        )
    if nav := nav_row(page, len(pages), RankCb, a=ref):
        rows.append(nav)
    return View(page_text(header, pages[page]), InlineKeyboardMarkup(inline_keyboard=rows))


def _goods_word(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "товар"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "товара"
    return "товаров"


# --- one store's basket -----------------------------------------------------------------


def line_text(n: int, item: ListItem, line: BasketLine) -> str:
    amount = f"{number(line.packs)} кг" if line.by_weight else f"{number(line.packs)} шт"
    price = f"{rub(line.price)}/кг" if line.by_weight else rub(line.price)
    text = f"{n}. {esc(item_text(item))} → <b>{esc(line.name)}</b>\n    {amount} × {price}"
    if line.packs != 1:
        text += f" = {rub(line.cost)}"
    if unit := unit_text(line.unit_price, line.unit_price_unit):
        text += f" · {unit}"
    if line.promo and line.regular_price is not None:
        text += f" · акция, обычно {rub(line.regular_price)}"
    if line.fallback:
        text += " · замена: другого подходящего нет"
    if line.cheaper is not None:
        text += f"\n    {esc(cheaper_text(line.cheaper))}"
    return text


def store_view(
    answer: Answer,
    store_index: int,
    names: Mapping[str, str],
    tz: tzinfo,
    *,
    page: int = 0,
    limit: int = TEXT_LIMIT,
    per_page: int = LINES_PER_PAGE,
    note: str = "",
) -> View:
    """One store's basket line by line, with swap and price-history buttons per line."""
    ref = answer_ref(answer.id)
    store = answer_stores(answer)[store_index]
    basket = answer.basket(store)
    if basket is None:
        raise IndexError(store_index)
    n = len(answer.items)
    header = (
        f"<b>{esc(name_of(store, names))}</b> — <b>{rub(basket.total)}</b>, "
        f"{len(basket.lines)} из {n}"
    )
    if note:
        header = f"{note}\n{header}"
    blocks = [
        Block(line_text(k, answer.items[line.item], line), key=line.item)
        for k, line in enumerate(basket.lines, start=1)
    ]
    if basket.missing:
        blocks.append(Block(f"Нет в магазине: {_missing_names(answer, basket.missing)}"))
        for i, near in sorted(answer.nearest.get(store, {}).items()):
            text = f"{item_text(answer.items[i])}: {nearest_text(near)}"
            blocks.append(Block(esc(text)))
    if seen := seen_text(basket, tz):
        blocks.append(Block(f"Цены: {seen}"))
    pages = paginate(header, blocks, limit=limit, per_page=per_page)
    page = _clamp(page, len(pages))
    options = answer.options.get(store, [])
    rows: list[list[InlineKeyboardButton]] = []
    shown: set[int] = set()
    numbers = {line.item: k for k, line in enumerate(basket.lines, start=1)}
    for block in pages[page]:
        if block.key is None or block.key in shown:
            continue
        i = block.key
        shown.add(i)
        row: list[InlineKeyboardButton] = []
        if i < len(options) and len(options[i]) > 1:
            label = f"🔄 {numbers[i]}. {short(item_text(answer.items[i]), 28)}"
            row.append(
                InlineKeyboardButton(
                    text=label, callback_data=AltCb(a=ref, s=store_index, i=i).pack()
                )
            )
        row.append(
            InlineKeyboardButton(
                text=f"📈 {numbers[i]}" if row else f"📈 {numbers[i]}. история цены",
                callback_data=HistoryCb(a=ref, s=store_index, i=i).pack(),
            )
        )
        rows.append(row)
    if nav := nav_row(page, len(pages), StoreCb, a=ref, s=store_index):
        rows.append(nav)
    rows.append([InlineKeyboardButton(text="⬅ Все магазины", callback_data=RankCb(a=ref).pack())])
    return View(page_text(header, pages[page]), InlineKeyboardMarkup(inline_keyboard=rows))


def page_of_item(
    answer: Answer,
    store_index: int,
    item: int,
    names: Mapping[str, str],
    tz: tzinfo,
    *,
    limit: int = TEXT_LIMIT,
    per_page: int = LINES_PER_PAGE,
) -> int:
    """The page of ``store_view`` that shows ``item`` (to come back to it after a swap)."""
    for page in range(len(answer.items) + 2):
        view = store_view(answer, store_index, names, tz, page=page, limit=limit, per_page=per_page)
        if view.markup and any(
            b.callback_data == HistoryCb(a=answer.id, s=store_index, i=item).pack()
            for row in view.markup.inline_keyboard
            for b in row
        ):
            return page
    return 0


# --- alternatives -----------------------------------------------------------------------


def candidate_text(c: Candidate, card: bool) -> str:
    parts = [esc(c.name)]
    pack = pack_text(c.pack)
    # Titles usually say the pack already («Молоко 3,2% 930 мл»): do not repeat it.
    if pack and pack.replace(" ", "") not in c.name.replace(" ", ""):
        parts.append(pack)
    price = rub(c.pay_price(card)) + ("/кг" if c.sold_by.value == "kg" else "")
    text = " · ".join(parts) + f" — <b>{price}</b>"
    if unit := candidate_unit(c, card):
        text += f" ({unit})"
    return text


def alternatives_view(
    answer: Answer,
    store_index: int,
    item: int,
    names: Mapping[str, str],
    *,
    page: int = 0,
    per_page: int = ALTS_PER_PAGE,
    limit: int = TEXT_LIMIT,
) -> View:
    """Other valid products of the same kind for one line, each a swap button."""
    ref = answer_ref(answer.id)
    store = answer_stores(answer)[store_index]
    options = answer.options[store][item]
    current = answer.chosen.get(store, {}).get(item)
    header = (
        f"<b>{esc(name_of(store, names))}</b> · {esc(item_text(answer.items[item]))}\n"
        + next(
            (
                f"Сейчас: {candidate_text(c, answer.card)}"
                for c in options
                if c.product_id == current
            ),
            "Сейчас: нет в корзине",
        )
        + "\nМожно взять вместо:"
    )
    alts = [(k, c) for k, c in enumerate(options) if c.product_id != current]
    blocks = [
        Block(f"{n}. {candidate_text(c, answer.card)}", key=k) for n, (k, c) in enumerate(alts, 1)
    ]
    if not blocks:
        blocks = [Block("Других подходящих товаров в этом магазине нет.")]
    pages = paginate(header, blocks, limit=limit, per_page=per_page)
    page = _clamp(page, len(pages))
    numbers = {k: n for n, (k, _) in enumerate(alts, 1)}
    rows: list[list[InlineKeyboardButton]] = []
    for block in pages[page]:
        if block.key is None or block.key not in numbers:
            continue
        c = options[block.key]
        numbers_text = f"{numbers.pop(block.key)}. {rub(c.pay_price(answer.card))}"
        rows.append(
            [
                InlineKeyboardButton(
                    text=f"{numbers_text} · {short(c.name, 30)}",
                    callback_data=SwapCb(a=ref, s=store_index, i=item, k=block.key).pack(),
                )
            ]
        )
    if nav := nav_row(page, len(pages), AltCb, a=ref, s=store_index, i=item):
        rows.append(nav)
    rows.append(
        [
            InlineKeyboardButton(
                text="⬅ Назад к корзине", callback_data=StoreCb(a=ref, s=store_index).pack()
            )
        ]
    )
    return View(page_text(header, pages[page]), InlineKeyboardMarkup(inline_keyboard=rows))


# --- settings -------------------------------------------------------------------------------
