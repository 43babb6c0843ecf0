"""Any exception in a handler: a short Russian apology to the user and a log line.

aiogram catches the exception and calls this handler; returning True marks the update
handled, so polling goes on with the next one and the bot keeps running.
"""

from __future__ import annotations

import logging

from aiogram import Router
from aiogram.types import ErrorEvent

from korzina.bot import texts

log = logging.getLogger("korzina.bot")


def build_router() -> Router:
    router = Router(name="errors")

    @router.error()
    async def apologize(event: ErrorEvent) -> bool:
        update = event.update
        log.error(
            "update %s failed: %s: %s",
            update.update_id,
            type(event.exception).__name__,
            event.exception,
            exc_info=event.exception,
        )
        try:
            if update.callback_query is not None:
                await update.callback_query.answer(texts.APOLOGY, show_alert=True)
            elif update.message is not None:
                await update.message.answer(texts.APOLOGY)
        except Exception:
            # Telegram itself may be what failed; the log line above is what remains.
            log.warning("could not send the apology for update %s", update.update_id)
        return True

    return router
