"""The one exception tree of korzina.

::

    KorzinaError                  base; ``user_message`` is a short Russian text for people
    ├── ConfigError               bad settings, an unknown store
    │   └── TokenError            the bot token is missing or refused
    ├── StoreError                a store could not answer (carries ``store``)
    │   ├── StoreBlocked          anti-bot protection answered instead of the API
    │   ├── StoreUnavailable      network failure, 5xx, timeout: transient, may be retried
    │   │   ├── StoreRateLimited  HTTP 429: too many requests (``retry_after`` when told)
    │   │   ├── NoConnection      no store could be reached at all: no network here
    │   │   └── IncompleteReply   the reply ended early (truncated JSON, a page cut short)
    │   └── ShapeChanged          the response is not the shape we know (names the field)
    ├── ParseError                a shopping list or an import row could not be read
    │   └── LLMUnavailable        no usable model answer (the rules' reading stands)
    └── StorageError              DuckDB refused a read or a write

Adapters raise ``StoreError`` subclasses; the fan-out turns them into a
``StoreStatus`` so callers never see them. Logs keep the detail.
"""

from __future__ import annotations


class KorzinaError(Exception):
    """Base of every error korzina raises on purpose."""

    user_message = "Что-то пошло не так."

    def __init__(self, message: str = "", *, user_message: str | None = None) -> None:
        super().__init__(message or self.user_message)
        if user_message is not None:
            self.user_message = user_message


class ConfigError(KorzinaError):
    """Settings are missing or wrong."""

    user_message = "Ошибка настройки."


class TokenError(ConfigError):
    """The bot token is missing, malformed, or Telegram refused it."""

    user_message = "Токен бота не подходит."


class StoreError(KorzinaError):
    """A store did not give a usable answer."""

    user_message = "Магазин не ответил."

    def __init__(self, store: str, message: str = "", *, user_message: str | None = None) -> None:
        self.store = store
        super().__init__(f"{store}: {message}" if message else store, user_message=user_message)


class StoreBlocked(StoreError):
    """Anti-bot protection (ServicePipe, Qrator, a captcha) answered instead of the API."""

    user_message = "Магазин закрыл доступ для программ."


class StoreUnavailable(StoreError):
    """A transient failure: network, 5xx, 429, timeout. Worth a retry with backoff."""

    user_message = "Магазин временно недоступен."

    def __init__(
        self,
        store: str,
        message: str = "",
        *,
        timeout: bool = False,
        connect_failed: bool = False,
        user_message: str | None = None,
    ) -> None:
        self.timeout = timeout
        # No connection was made (DNS failure, refused): asking again at once rarely helps.
        self.connect_failed = connect_failed
        super().__init__(store, message, user_message=user_message)


class StoreRateLimited(StoreUnavailable):
    """HTTP 429: the store asks us to slow down; not a block. ``retry_after`` in seconds
    when the store said (the ``Retry-After`` header)."""

    user_message = "Слишком много запросов к магазину; он просит подождать."

    def __init__(self, store: str, message: str = "", *, retry_after: float | None = None):
        self.retry_after = retry_after
        super().__init__(store, message)


class NoConnection(StoreUnavailable):
    """No store answered a TCP connection: this computer has no network (or no DNS)."""

    user_message = "Нет подключения к сети."

    def __init__(self, store: str, message: str = "no network connection") -> None:
        super().__init__(store, message, connect_failed=True)


class IncompleteReply(StoreUnavailable):
    """The reply ended before its end: JSON cut short, an HTML page without its closing
    tags. A broken proxy or a fatal error mid-render does this with HTTP 200, so nothing
    of it is used (a half-delivered card would give a wrong price); worth a retry."""

    user_message = "Магазин прислал неполный ответ."


class ShapeChanged(StoreError):
    """A response lacks a field we rely on: the store changed its API."""

    user_message = "Магазин изменил формат ответа."

    def __init__(self, store: str, field: str, detail: str = "") -> None:
        self.field = field
        super().__init__(
            store, f"unexpected response shape at {field!r}" + (f": {detail}" if detail else "")
        )


class ParseError(KorzinaError):
    """Input text or a file row could not be read."""

    user_message = "Не удалось разобрать ввод."

    def __init__(self, message: str, *, line: int | None = None) -> None:
        self.line = line
        super().__init__(f"line {line}: {message}" if line is not None else message)


class LLMUnavailable(ParseError):
    """The model gave no usable answer; ``note`` says why, in Russian, for the user.

    Never reaches a caller of a parser: the rules' answer stands, with the note.
    """

    def __init__(self, note: str) -> None:
        super().__init__(note)
        self.note = note
        self.user_message = note


class StorageError(KorzinaError):
    """The database refused an operation."""

    user_message = "Ошибка базы данных."
