"""What ``korzina bot`` checks before anything slow: the token, the API base, the
database file, and (``telegram_me``) whether the Bot API server answers and takes the
token. Standard library only (no aiogram, no DuckDB import), so a wrong setting is
reported in well under a second, before seconds of imports and warm-up."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from korzina.core.errors import ConfigError, StorageError, TokenError

# Bytes 8–11 of every DuckDB database file.
_DUCKDB_MAGIC = b"DUCK"
TELEGRAM_API = "https://api.telegram.org"
REFUSED_TOKEN = (
    "Telegram отклонил токен (Unauthorized). Проверьте KORZINA_BOT_TOKEN "
    "или выпустите новый у @BotFather."
)


def checked_token(token: str | None) -> str:
    """The token, or a ``TokenError`` saying in Russian what is wrong with it (the rules
    of aiogram's ``validate_token``: digits, a colon, a secret, no spaces)."""
    if not token or not token.strip():
        raise TokenError(
            "KORZINA_BOT_TOKEN is not set",
            user_message="Не задан токен бота: получите его у @BotFather и задайте "
            "KORZINA_BOT_TOKEN=123456:ABC… (или bot_token в файле настроек).",
        )
    token = token.strip()
    left, sep, right = token.partition(":")
    if any(c.isspace() for c in token) or not sep or not left.isdigit() or not right:
        raise TokenError(
            "malformed token",
            user_message="Токен бота не похож на настоящий: он выглядит как 123456789:AAE…, "
            "без пробелов. Проверьте KORZINA_BOT_TOKEN.",
        )
    return token


def checked_api_base(api_base: str | None) -> str | None:
    """A Bot API server URL (http or https with a host), or a ``ConfigError``."""
    if api_base is None:
        return None
    parts = urlsplit(api_base)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(
            f"bad --api-base {api_base!r}",
            user_message=f"--api-base должен быть адресом сервера Bot API, например "
            f"http://127.0.0.1:8081, а не «{api_base}».",
        )
    try:
        parts.port  # noqa: B018 - raises on a port out of range
    except ValueError as exc:
        raise ConfigError(
            f"bad --api-base port: {exc}",
            user_message=f"В --api-base неверный порт: «{api_base}».",
        ) from exc
    return api_base.rstrip("/")


def checked_database(path: Path) -> Path:
    """The database file the bot will open: an existing DuckDB file, or a new one in a
    directory that can be written; a ``StorageError`` otherwise."""
    path = path.expanduser()
    if path.exists():
        if not path.is_file():
            raise StorageError(
                f"{path} is not a file", user_message=f"База {path} — не файл (это каталог?)."
            )
        try:
            with path.open("rb") as f:
                head = f.read(12)
        except OSError as exc:
            raise StorageError(
                f"cannot read {path}: {exc}", user_message=f"Нет доступа к базе {path}: {exc}."
            ) from exc
        if path.stat().st_size and head[8:12] != _DUCKDB_MAGIC:
            raise StorageError(
                f"{path} is not a DuckDB file",
                user_message=f"Файл {path} — не база korzina (DuckDB). Укажите другой: --db или "
                "KORZINA_DB.",
            )
        return path
    parent = next((p for p in path.parents if p.exists()), None)
    if parent is not None and not parent.is_dir():
        raise StorageError(
            f"cannot create {path}: {parent} is not a directory",
            user_message=f"Не могу создать базу {path}: {parent} — файл, а не каталог.",
        )
    if parent is None or not os.access(parent, os.W_OK | os.X_OK):
        raise StorageError(
            f"cannot create {path}",
            user_message=f"Не могу создать базу {path}: каталог недоступен для записи.",
        )
    return path


def _why_unreachable(reason: object, timeout_s: float) -> str:
    """A network failure in Russian words (the OS's own text is English)."""
    import socket
    import ssl

    if isinstance(reason, ConnectionRefusedError):
        return "соединение отклонено"
    if isinstance(reason, socket.gaierror):
        return "адрес не найден (DNS)"
    if isinstance(reason, TimeoutError):
        return f"нет ответа за {timeout_s:g} с"
    if isinstance(reason, ssl.SSLError):
        return "ошибка TLS"
    return "сеть недоступна"


def telegram_me(
    token: str, api_base: str | None = None, *, timeout_s: float = 15.0
) -> dict[str, Any]:
    """getMe over the standard library: the bot's user when the Bot API server answers
    and takes the token; a ``TokenError`` when it refuses the token, a ``ConfigError``
    when it cannot be reached or does not answer as a Bot API server. Asked before the
    seconds of importing aiogram, so either is said at once (``run_bot`` asks again
    through aiogram, for callers that skip this)."""
    # Imported here: a missing or malformed token is said without them.
    import json
    import urllib.error
    import urllib.request

    base = api_base or TELEGRAM_API
    # No proxy from the environment: aiogram's session (aiohttp) does not use one either.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    request = urllib.request.Request(f"{base}/bot{token}/getMe", data=b"", method="POST")
    try:
        with opener.open(request, timeout=timeout_s) as response:
            body = response.read()
    except urllib.error.HTTPError as exc:
        if exc.code == 401:
            raise TokenError(
                f"Telegram refused the token: HTTP {exc.code}", user_message=REFUSED_TOKEN
            ) from exc
        if exc.code == 429 or exc.code >= 500:
            raise ConfigError(
                f"getMe at {base}: HTTP {exc.code}",
                user_message=f"Сервер Bot API {base} сейчас не отвечает (HTTP {exc.code}): "
                "попробуйте запустить бота позже.",
            ) from exc
        raise ConfigError(
            f"getMe at {base}: HTTP {exc.code}",
            user_message=f"Сервер Bot API {base} ответил ошибкой {exc.code} на getMe: проверьте "
            "--api-base и KORZINA_BOT_TOKEN.",
        ) from exc
    except (OSError, ValueError) as exc:  # refused, no route, DNS, timeout, TLS
        reason = getattr(exc, "reason", exc)
        raise ConfigError(
            f"Telegram unreachable at {base}: {reason}",
            user_message=f"Не удаётся связаться с Telegram ({base}): "
            f"{_why_unreachable(reason, timeout_s)}. Проверьте сеть или --api-base.",
        ) from exc
    try:
        reply = json.loads(body)
        ok, me = reply["ok"], reply["result"]
    except (ValueError, KeyError, TypeError):
        ok, me = False, None
    if not ok or not isinstance(me, dict):
        raise ConfigError(
            f"getMe at {base}: not a Bot API reply: {body[:200]!r}",
            user_message=f"{base} отвечает не как сервер Bot API: проверьте --api-base.",
        )
    return me
