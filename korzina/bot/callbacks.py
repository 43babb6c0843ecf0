"""Inline-button payloads: one ``CallbackData`` class per action, each within 64 bytes.

Why they fit: every field is bounded. ``a`` is a saved answer's id (at most
``MAX_ANSWER_ID`` URL-safe characters; the service makes 8); the integers are indexes
below ``MAX_INDEX`` (stores, list items, options, pages). ``tests/bot/test_callbacks.py``
packs every class with its largest values and checks the 64-byte limit, and
``answer_ref`` refuses an id that could break it.
"""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData

MAX_ANSWER_ID = 16
MAX_INDEX = 9999  # far above any list cap, store count or page count the bot uses


def answer_ref(answer_id: str) -> str:
    """The answer id as it goes into a button; refuses ids that could overflow 64 bytes."""
    if not answer_id or len(answer_id.encode()) > MAX_ANSWER_ID or ":" in answer_id:
        raise ValueError(f"answer id {answer_id!r} does not fit a button")
    return answer_id


class RankCb(CallbackData, prefix="r"):
    """The ranked stores of an answer, page ``p``."""

    a: str
    p: int = 0


class StoreCb(CallbackData, prefix="s"):
    """One store's basket line by line: store ``s`` (index into the answer's stores), page ``p``."""

    a: str
    s: int
    p: int = 0


class AltCb(CallbackData, prefix="l"):
    """The alternatives of item ``i`` in store ``s``, page ``p``."""

    a: str
    s: int
    i: int
    p: int = 0


class SwapCb(CallbackData, prefix="w"):
    """Buy item ``i`` in store ``s`` as option ``k`` (index into the answer's options)."""

    a: str
    s: int
    i: int
    k: int


class HistoryCb(CallbackData, prefix="h"):
    """A price chart of item ``i`` as bought in each store (``s`` is the store it came from)."""

    a: str
    s: int
    i: int


class ToggleStoreCb(CallbackData, prefix="t"):
    """Turn store ``s`` (index into the bot's known stores) on or off for this user."""

    s: int


class NoopCb(CallbackData, prefix="n"):
    """A button that only shows something (the page counter)."""


ALL_CALLBACKS: tuple[type[CallbackData], ...] = (
    RankCb,
    StoreCb,
    AltCb,
    SwapCb,
    HistoryCb,
    ToggleStoreCb,
    NoopCb,
)
