"""Long texts as pages of whole blocks, never cut (Telegram's 4,096-character limit),
and the ◀ n/m ▶ row that turns them."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardButton

from korzina.bot.callbacks import (
    AltCb,
    NoopCb,
    RankCb,
    StoreCb,
)
from korzina.bot.render.common import (
    TEXT_LIMIT,
    Block,
    tg_len,
)


def _split_block(block: Block, room: int) -> list[Block]:
    """A block too long for a page, split at line ends (or anywhere, for one huge line)."""
    if tg_len(block.text) <= room:
        return [block]
    out: list[Block] = []
    cur = ""
    for line in block.text.split("\n"):
        while tg_len(line) > room:
            head, line = line[: room // 2], line[room // 2 :]  # //2: UTF-16 safe
            if cur:
                out.append(Block(cur, block.key))
                cur = ""
            out.append(Block(head, block.key))
        candidate = f"{cur}\n{line}" if cur else line
        if tg_len(candidate) > room:
            out.append(Block(cur, block.key))
            cur = line
        else:
            cur = candidate
    if cur:
        out.append(Block(cur, block.key))
    return out


def paginate(
    header: str, blocks: Sequence[Block], *, limit: int = TEXT_LIMIT, per_page: int = 0
) -> list[list[Block]]:
    """Blocks in pages whose text (``page_text``) fits ``limit``; at most ``per_page``
    keyed blocks a page (0: no cap). Every block appears, in order, on some page."""
    room = limit - tg_len(header) - 2
    if room < 64:
        raise ValueError("the header leaves no room for text")
    pieces = [p for b in blocks for p in _split_block(b, room)]
    pages: list[list[Block]] = []
    cur: list[Block] = []
    size = keyed = 0
    for piece in pieces:
        add = tg_len(piece.text) + (1 if cur else 0)
        crowded = per_page and piece.key is not None and keyed >= per_page
        if cur and (size + add > room or crowded):
            pages.append(cur)
            cur, size, keyed = [], 0, 0
            add = tg_len(piece.text)
        cur.append(piece)
        size += add
        keyed += piece.key is not None
    if cur or not pages:
        pages.append(cur)
    return pages


def page_text(header: str, page: Sequence[Block]) -> str:
    body = "\n".join(b.text for b in page)
    return f"{header}\n\n{body}" if body else header


def nav_row(
    page: int, pages: int, make: type[RankCb] | type[StoreCb] | type[AltCb], **fields: object
) -> list[InlineKeyboardButton]:
    """◀ k/n ▶ for a paged message (nothing for one page)."""
    if pages <= 1:
        return []
    noop = NoopCb().pack()

    def to(p: int) -> str:
        return make(p=p, **fields).pack()

    return [
        InlineKeyboardButton(text="◀", callback_data=to(page - 1) if page > 0 else noop),
        InlineKeyboardButton(text=f"{page + 1}/{pages}", callback_data=noop),
        InlineKeyboardButton(text="▶", callback_data=to(page + 1) if page + 1 < pages else noop),
    ]


def _clamp(page: int, pages: int) -> int:
    return max(0, min(page, pages - 1))


# --- progress -----------------------------------------------------------------------
