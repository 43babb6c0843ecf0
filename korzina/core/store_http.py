"""What every store adapter needs around a request: one place, so stores behave alike.

- ``send``: make the request, map httpx failures to ``StoreUnavailable`` (timeouts flagged).
- ``expect_json``: classify the response: anti-bot page or 401/403 → ``StoreBlocked``,
  429 without an anti-bot page → ``StoreRateLimited`` (with its ``Retry-After``),
  5xx → ``StoreUnavailable``, HTML or garbage where JSON was expected → ``StoreBlocked`` when
  a block marker is present, JSON cut short → ``IncompleteReply``, else ``ShapeChanged``.
- ``field``: walk a JSON path and raise ``ShapeChanged`` naming the path when it is missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from korzina.core.errors import (
    IncompleteReply,
    ShapeChanged,
    StoreBlocked,
    StoreRateLimited,
    StoreUnavailable,
)

# Text seen on anti-bot pages of these stores (STORES.md): ServicePipe, Qrator, captchas.
COMMON_BLOCK_MARKERS: tuple[str, ...] = (
    "servicepipe.tech",
    "captcha-control",
    "rotated_captcha",
    "js-challenge-loader",
    'label[for="is-robot"]',
    'for="is-robot"',
    "Я не робот",
    "пройдите проверку",
    "не с ботом",
    "а не с ботом",
    "Не удалось загрузить сайт",
    "проверьте настройки интернета и VPN",
    "/exhkqyad",
    "/xpvnsulc",
    "qrator",
)


async def send(
    client: httpx.AsyncClient,
    store: str,
    method: str,
    url: str,
    **kwargs: Any,
) -> httpx.Response:
    """``client.request`` with network failures turned into ``StoreUnavailable``."""
    try:
        return await client.request(method, url, **kwargs)
    except httpx.TimeoutException as exc:
        raise StoreUnavailable(store, f"timeout: {method} {url}", timeout=True) from exc
    except httpx.ConnectError as exc:
        # DNS failure or refused: no connection was made. Fails fast, retried sparingly.
        raise StoreUnavailable(
            store, f"{type(exc).__name__}: {method} {url}: {exc}", connect_failed=True
        ) from exc
    except httpx.TransportError as exc:
        raise StoreUnavailable(store, f"{type(exc).__name__}: {method} {url}: {exc}") from exc


def connect_failed(exc: BaseException) -> bool:
    """No connection was made (DNS failure, refused): asking again at once fails alike."""
    return isinstance(exc, httpx.ConnectError) or bool(getattr(exc, "connect_failed", False))


def retry_after_s(response: httpx.Response, *, now: datetime | None = None) -> float | None:
    """The ``Retry-After`` header in seconds (delta-seconds or an HTTP date), or None."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def check_access(
    response: httpx.Response,
    store: str,
    *,
    markers: Iterable[str] = COMMON_BLOCK_MARKERS,
    blocked_statuses: Sequence[int] = (401, 403),
    where: str = "",
) -> None:
    """Raise when the store refused: ``StoreRateLimited`` for a plain 429 (slow down, not
    a block), ``StoreBlocked`` for 401/403 or a 429 that is an anti-bot page."""
    status = response.status_code
    if status == 429:
        if why := block_reason(response, markers):
            raise StoreBlocked(store, f"HTTP 429{where}: {why}")
        wait = retry_after_s(response)
        told = f", Retry-After {wait:g} s" if wait is not None else ""
        raise StoreRateLimited(store, f"HTTP 429{where}: too many requests{told}", retry_after=wait)
    if status in blocked_statuses:
        why = block_reason(response, markers) or "access denied"
        raise StoreBlocked(store, f"HTTP {status}{where}: {why}")


_CHALLENGE_URL_MARKERS = ("/exhkqyad", "/xpvnsulc", "back_location=", "request_ip=")


def _challenge_url(response: httpx.Response) -> str | None:
    url = str(response.url)
    # The browser transport's fetch follows redirects itself and reports where it ended.
    url += " " + response.headers.get("x-korzina-final-url", "")
    for marker in _CHALLENGE_URL_MARKERS:
        if marker in url:
            return f"redirected to an anti-bot page ({marker})"
    return None


def block_reason(
    response: httpx.Response, markers: Iterable[str] = COMMON_BLOCK_MARKERS
) -> str | None:
    """Why ``response`` looks like an anti-bot page, or None."""
    if redirected := _challenge_url(response):
        return redirected
    text = response.text[:20000] if response.content else ""
    low = text.lower()
    for marker in markers:
        if marker.lower() in low:
            return f"anti-bot page ({marker})"
    return None


def expect_json(
    response: httpx.Response,
    store: str,
    *,
    markers: Iterable[str] = COMMON_BLOCK_MARKERS,
    blocked_statuses: Sequence[int] = (401, 403),
) -> Any:
    """The decoded JSON body, or the right ``StoreError`` for what came instead."""
    status = response.status_code
    check_access(response, store, markers=markers, blocked_statuses=blocked_statuses)
    if redirected := _challenge_url(response):
        raise StoreBlocked(store, redirected)
    if status >= 500:
        raise StoreUnavailable(
            store, f"HTTP {status} from {response.request.method} {response.url.path}"
        )
    ctype = response.headers.get("content-type", "")
    body = response.text.lstrip()
    if "json" not in ctype and not body.startswith(("{", "[")):
        # HTML where JSON was expected: a challenge page, a stub, or a changed site.
        raise StoreBlocked(
            store,
            block_reason(response, markers)
            or f"HTML instead of JSON (HTTP {status}, {ctype or 'no type'})",
        )
    if status >= 400:
        raise StoreUnavailable(store, f"HTTP {status} from {response.url.path}: {body[:200]}")
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        # The markers are looked for only in a reply that is not JSON: a crawl reads
        # thousands of good pages, each would be lower-cased and searched for nothing.
        if reason := block_reason(response, markers):
            raise StoreBlocked(store, reason) from exc
        if cut_short(body, exc):
            raise IncompleteReply(store, f"JSON cut short after {len(body)} characters") from exc
        raise ShapeChanged(store, "<body>", f"invalid JSON: {exc}") from exc


def cut_short(text: str, error: json.JSONDecodeError) -> bool:
    """Whether JSON ``text`` that failed with ``error`` was truncated: the error is at its
    end (or in a string left open) and it ends inside a string, object or array; not
    malformed some other way («{broken»)."""
    at_end = error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string")
    if not at_end:
        return False
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return in_string or depth > 0


_MISSING = object()


def field(store: str, data: Any, path: str, *, default: Any = _MISSING, where: str = "") -> Any:
    """``data`` at a dotted path (``"content.items"``, ``"prices.regular"``, ``"a.0.b"``).

    A missing key or wrong type raises ``ShapeChanged`` naming the path, unless a
    ``default`` is given, which is returned for missing keys (not for wrong types).
    ``where`` is where ``data`` sits in the reply (``"content.items.3"``): the error names
    the full path, so a report says which item of a page broke.
    """
    node = data
    walked: list[str] = where.split(".") if where else []
    for part in path.split("."):
        walked.append(part)
        if isinstance(node, Mapping):
            if part not in node:
                if default is not _MISSING:
                    return default
                raise ShapeChanged(store, ".".join(walked), "missing")
            node = node[part]
        elif isinstance(node, list) and part.isdigit():
            index = int(part)
            if index >= len(node):
                if default is not _MISSING:
                    return default
                raise ShapeChanged(store, ".".join(walked), "index out of range")
            node = node[index]
        else:
            raise ShapeChanged(
                store, ".".join(walked), f"expected an object, got {type(node).__name__}"
            )
    return node
