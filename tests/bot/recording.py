"""A recording aiogram session for handler tests through ``Dispatcher.feed_update``.

Like aiogram's own ``tests/mocked_bot.py``, but instead of queued canned responses it
answers every method with a plausible result (a sent message gets the next id, an edit
returns the edited message) and records every call, so a test reads what the bot did.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.session.base import BaseSession
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import (
    CallbackQuery,
    Chat,
    InlineKeyboardMarkup,
    Location,
    Message,
    Update,
    User,
)

from korzina.bot.app import build_dispatcher, make_bot
from korzina.bot.deps import BotDeps

BOT_USER = {"id": 42, "is_bot": True, "first_name": "korzina", "username": "korzina_bot"}
TOKEN = "42:TEST-token"


class RecordingSession(BaseSession):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[TelegramMethod[Any]] = []
        self._ids = itertools.count(1000)
        self.fail: dict[str, Exception] = {}  # method name → error to raise once

    async def close(self) -> None:
        pass

    def _message(self, chat_id: int | str | None, **extra: Any) -> dict[str, Any]:
        return {
            "message_id": next(self._ids),
            "date": int(datetime.now(UTC).timestamp()),
            "chat": {"id": int(chat_id or 0), "type": "private"},
            "from": BOT_USER,
            **extra,
        }

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        self.calls.append(method)
        name = type(method).__name__
        if name in self.fail:
            raise self.fail.pop(name)
        data = method.model_dump(exclude_none=True)
        result: Any = True
        if name == "GetMe":
            result = BOT_USER
        elif name == "SendMessage":
            result = self._message(data["chat_id"], text=data["text"])
        elif name == "SendPhoto":
            result = self._message(
                data["chat_id"],
                photo=[{"file_id": "p1", "file_unique_id": "u1", "width": 1000, "height": 550}],
            )
        elif name == "EditMessageText":
            result = {
                **self._message(data.get("chat_id"), text=data["text"]),
                "message_id": data.get("message_id"),
            }
        returning = method.__returning__
        if result is True:
            return True  # type: ignore[return-value]
        from pydantic import TypeAdapter

        return TypeAdapter(returning).validate_python(result, context={"bot": bot})  # type: ignore[no-any-return]

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        yield b""


@dataclass
class Chatter:
    """One bot under test, fed updates as a user would send them."""

    deps: BotDeps
    session: RecordingSession = field(default_factory=RecordingSession)
    bot: Bot = field(init=False)
    dp: Dispatcher = field(init=False)
    _updates: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    last: list[TelegramMethod[Any]] = field(default_factory=list)  # calls of the last update

    def __post_init__(self) -> None:
        self.bot = make_bot(TOKEN, session=self.session)
        self.dp = build_dispatcher(self.deps)

    @staticmethod
    def user(user_id: int) -> User:
        return User(id=user_id, is_bot=False, first_name="Покупатель", language_code="ru")

    def _incoming(self, user_id: int, **extra: Any) -> Message:
        return Message(
            message_id=next(self._updates),
            date=datetime.now(UTC),
            chat=Chat(id=user_id, type="private"),
            from_user=self.user(user_id),
            **extra,
        )

    async def send(self, text: str | None = None, *, user_id: int = 7, **extra: Any) -> None:
        start = len(self.session.calls)
        message = self._incoming(user_id, text=text, **extra)
        await self.dp.feed_update(self.bot, Update(update_id=next(self._updates), message=message))
        self.last = self.session.calls[start:]

    async def share_location(self, lat: float, lon: float, *, user_id: int = 7) -> None:
        await self.send(user_id=user_id, location=Location(latitude=lat, longitude=lon))

    async def press(self, data: str, *, message_id: int, user_id: int = 7) -> None:
        start = len(self.session.calls)
        query = CallbackQuery(
            id=str(next(self._updates)),
            from_user=self.user(user_id),
            chat_instance="ci",
            data=data,
            message=Message(
                message_id=message_id,
                date=datetime.now(UTC),
                chat=Chat(id=user_id, type="private"),
                from_user=User(**BOT_USER),  # type: ignore[arg-type]
                text="…",
            ),
        )
        await self.dp.feed_update(
            self.bot, Update(update_id=next(self._updates), callback_query=query)
        )
        self.last = self.session.calls[start:]

    def named(self, name: str, calls: list[TelegramMethod[Any]] | None = None) -> list[Any]:
        return [
            c for c in (self.session.calls if calls is None else calls) if type(c).__name__ == name
        ]

    def buttons(self, method: Any) -> list[tuple[str, str]]:
        """(text, callback data) of every inline button a sent or edited message has."""
        markup = getattr(method, "reply_markup", None)
        if not isinstance(markup, InlineKeyboardMarkup):
            return []
        return [(b.text, b.callback_data or "") for row in markup.inline_keyboard for b in row]
