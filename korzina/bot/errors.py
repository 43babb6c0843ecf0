"""Any exception in a handler: a short Russian message to the user and a log line.

aiogram catches the exception and calls this handler; returning True marks the update
handled, so polling goes on with the next one and the bot keeps running. A
``KorzinaError`` says what went wrong in its own Russian ``user_message`` (the database
is busy, a setting is wrong…); anything else gets the general apology.
"""

from __future__ import annotations

import logging

from aiogram import Router
from aiogram.exceptions import TelegramNetworkError, TelegramRetryAfter
from aiogram.types import ErrorEvent

from korzina.bot import texts
from korzina.core.errors import KorzinaError

log = logging.getLogger("korzina.bot")


def user_text(exc: BaseException) -> str:
    """What the user is told about ``exc``."""
    return exc.user_message if isinstance(exc, KorzinaError) else texts.APOLOGY


def build_router() -> Router:
    router = Router(name="errors")

    @router.error()
    async def apologize(event: ErrorEvent) -> bool:
        update, exc = event.update, event.exception
        if isinstance(exc, TelegramRetryAfter | TelegramNetworkError):
            # Telegram itself refused or failed: one line, no traceback, and no apology
            # (it would be refused the same way). Flood control already logged the wait.
            log.warning("update %s: Telegram: %s", update.update_id, exc)
            return True
        log.error(
            "update %s failed: %s: %s",
            update.update_id,
            type(exc).__name__,
            exc,
            exc_info=None if isinstance(exc, KorzinaError) else exc,
        )
        try:
            if update.callback_query is not None:
                await update.callback_query.answer(user_text(exc), show_alert=True)
            elif update.message is not None:
                await update.message.answer(user_text(exc))
        except Exception:
            # Telegram itself may be what failed; the log line above is what remains.
            log.warning("could not send the apology for update %s", update.update_id)
        return True

    return router
