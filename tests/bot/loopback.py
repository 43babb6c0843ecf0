"""A small Telegram Bot API server on loopback, for end-to-end tests and load tests
(test support code: the benchmarks import it from here too).

It speaks the real HTTP protocol aiogram uses (``/bot<token>/<method>``, form or JSON
parameters, ``{"ok": …, "result": …}`` replies) for the methods the bot calls: getMe,
getUpdates (long polling), deleteWebhook, setMyCommands, sendMessage, editMessageText,
answerCallbackQuery, sendPhoto. Tests play the user: ``send_text`` and ``press`` queue
updates; ``calls`` records what the bot did; ``wait_for`` awaits a call.

Faults, as Telegram shows them: ``flood_limit`` answers a chat's calls over N per window
with 429 and ``retry_after`` (constructed from the Bot API's documented error shape,
``{"ok": false, "error_code": 429, "parameters": {"retry_after": N}}``); ``hold``
keeps chosen methods unanswered (a bot killed meanwhile never hears back) until
``release``, which forgets them.

Run it on the test's loop (``start``/``stop``) or, for a synchronous caller such as a
CLI test, on its own thread (``LoopbackThread``).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_ID = 4242
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "korzina", "username": "korzina_bot"}
TOKEN = f"{BOT_ID}:loopback-token"


@dataclass
class BotCall:
    """One Bot API method the bot called, with its parameters (JSON fields decoded)."""

    method: str
    params: dict[str, Any]
    at: float  # time.monotonic()
    result: Any = None

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def buttons(self) -> list[tuple[str, str]]:
        markup = self.params.get("reply_markup") or {}
        rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
        return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]


@dataclass
class LoopbackBotAPI:
    token: str = TOKEN
    host: str = "127.0.0.1"
    port: int = 0
    calls: list[BotCall] = field(default_factory=list)
    # Called with every recorded call (cheaper than many ``wait_for`` under load).
    listeners: list[Callable[[BotCall], None]] = field(default_factory=list)
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(100))
    _runner: web.AppRunner | None = None
    _changed: asyncio.Condition | None = None
    # (calls, window seconds, retry_after): a chat's sends and edits over ``calls`` per
    # window are refused with 429; ``refused`` counts them.
    flood_limit: tuple[int, float, int] | None = None
    refused: int = 0
    _sent_at: dict[int, list[float]] = field(default_factory=dict)
    _held: set[str] = field(default_factory=set)
    _release: asyncio.Event | None = None
    held: int = 0  # calls waiting now

    def hold(self, *methods: str) -> None:
        """Leave calls of these methods (lower case) unanswered until ``release``."""
        self._held = {m.lower() for m in methods}
        self._release = asyncio.Event()

    def release(self) -> None:
        """Answer nothing of what was held (its caller is gone) and hold no more."""
        self._held = set()
        if self._release is not None:
            self._release.set()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        self._changed = asyncio.Condition()
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # --- playing the user ---------------------------------------------------------

    def _user(self, user_id: int) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"u{user_id}", "language_code": "ru"}

    async def _push(self, update: dict[str, Any]) -> int:
        assert self._changed is not None
        async with self._changed:
            update["update_id"] = next(self._ids)
            self._updates.append(update)
            self._changed.notify_all()
        return int(update["update_id"])

    async def send_text(self, user_id: int, text: str) -> int:
        """The user writes ``text`` to the bot; the update id."""
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private"},
            "from": self._user(user_id),
            "text": text,
        }
        if text.startswith("/"):
            size = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": size}]
        return await self._push({"message": message})

    async def press(self, user_id: int, message_id: int, data: str) -> int:
        """The user presses an inline button with ``data`` under message ``message_id``."""
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private"},
            "from": BOT_USER,
            "text": "…",
        }
        query = {
            "id": str(next(self._ids)),
            "from": self._user(user_id),
            "chat_instance": str(user_id),
            "message": message,
            "data": data,
        }
        return await self._push({"callback_query": query})

    async def wait_for(
        self, predicate: Callable[[BotCall], bool], *, timeout: float = 10.0, after: int = 0
    ) -> BotCall:
        """The first call (from index ``after``) matching ``predicate``, waiting for it."""
        assert self._changed is not None
        async with asyncio.timeout(timeout), self._changed:
            while True:
                for call in self.calls[after:]:
                    if predicate(call):
                        return call
                await self._changed.wait()

    # --- the Bot API -----------------------------------------------------------------

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
        elif request.can_read_body:
            for key, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    params[key] = {"filename": value.filename, "size": len(value.file.read())}
                else:
                    params[key] = value
        for key in ("reply_markup", "allowed_updates", "commands"):
            if isinstance(params.get(key), str):
                params[key] = json.loads(params[key])
        return params

    def _message(self, chat_id: Any, **extra: Any) -> dict[str, Any]:
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": int(chat_id), "type": "private"},
            "from": BOT_USER,
            **extra,
        }

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params = await self._params(request)
        if method.lower() == "getupdates":
            return web.json_response({"ok": True, "result": await self._get_updates(params)})
        result: Any = True
        name = method.lower()
        if name in self._held and self._release is not None:
            self.held += 1
            await self._release.wait()
            self.held -= 1
            return web.json_response(
                {"ok": False, "error_code": 500, "description": "held and forgotten"}, status=500
            )
        wait = self._flooded(name, params)
        if wait is not None:
            self.refused += 1
            return web.json_response(
                {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {wait}",
                    "parameters": {"retry_after": wait},
                },
                status=429,
            )
        if name == "getme":
            result = BOT_USER
        elif name == "sendmessage":
            result = self._message(params["chat_id"], text=params["text"])
        elif name == "sendphoto":
            photo = [{"file_id": "p", "file_unique_id": "p", "width": 1000, "height": 550}]
            result = self._message(params["chat_id"], photo=photo)
        elif name == "editmessagetext":
            result = self._message(params["chat_id"], text=params["text"])
            result["message_id"] = int(params["message_id"])
        assert self._changed is not None
        call = BotCall(method, params, time.monotonic(), result)
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
        for listener in self.listeners:
            listener(call)
        return web.json_response({"ok": True, "result": result})

    def _flooded(self, name: str, params: dict[str, Any]) -> int | None:
        """``retry_after`` when this call goes over the chat's flood limit, else None."""
        if self.flood_limit is None or name not in ("sendmessage", "editmessagetext"):
            return None
        calls, window, retry_after = self.flood_limit
        now = time.monotonic()
        recent = [t for t in self._sent_at.get(int(params["chat_id"]), []) if t > now - window]
        if len(recent) >= calls:
            self._sent_at[int(params["chat_id"])] = recent
            return retry_after
        self._sent_at[int(params["chat_id"])] = [*recent, now]
        return None

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        assert self._changed is not None
        async with self._changed:
            # Telegram forgets updates below the offset: the bot confirmed them.
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if not self._updates and timeout:
                try:
                    async with asyncio.timeout(timeout):
                        await self._changed.wait_for(lambda: bool(self._updates))
                except TimeoutError:
                    pass
            return self._updates[:limit]


class LoopbackThread:
    """The loopback server on its own thread and loop (for synchronous callers)."""

    def __init__(self, api: LoopbackBotAPI | None = None) -> None:
        self.api = api or LoopbackBotAPI()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def __enter__(self) -> LoopbackBotAPI:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.api.start(), self._loop).result(timeout=10)
        return self.api

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self.api.stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()
