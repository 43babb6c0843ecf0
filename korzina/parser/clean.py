"""What a list is before it is parsed: text a person wrote, of a size a person writes.

Pasted text carries things no shopper wrote: terminal escape sequences («\\x1b[31m»,
which would read as «31 шт»), control characters, HTML markup and entities from a web
page or a chat export («<b>молоко</b>», «&nbsp;»). ``clean_text`` removes them, keeping
line breaks (block tags become one) so the list keeps its shape. ``check_size`` is the
documented cap on a list's length and item count, with a Russian message.
"""

from __future__ import annotations

import html
import re
import unicodedata

from korzina.core.errors import ParseError

# The documented caps (README, «Списки»): far above any shopping list, low enough that
# one pasted file cannot make a process parse for minutes or hold gigabytes.
MAX_LIST_CHARS = 10_000
MAX_LIST_ITEMS = 100

# ECMA-48: CSI «ESC [ … final», OSC «ESC ] … BEL|ST», other two-character escapes; and
# their 8-bit forms (CSI U+009B, OSC U+009D).
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"
    r"|\x1b[@-Z\\-_]?"
)
# A tag: «<b>», «</li>», «<img src=x onerror=…>», «<!-- … -->»; not «<2 л» nor «<молоко>».
_TAG = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*>|<![^<>]*>", re.DOTALL)
# Tags after which text starts on a new line, as a browser shows it.
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
# Content no reader sees: dropped with its tags.
_HIDDEN = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _tag(match: re.Match[str]) -> str:
    name = (match.group(2) or "").lower()
    return "\n" if name in _BLOCK_TAGS else " "


def _printable(ch: str) -> str:
    if ch in "\n\t":
        return ch
    category = unicodedata.category(ch)
    if category == "Cc":  # C0/C1 controls: \r, \b, \x00…
        return "\n" if ch in "\r\x0b\x0c\x85" else ""
    if category == "Cf" and ch not in "\u00ad\u200d":  # bidi overrides, zero-width marks
        return ""
    return ch


def clean_text(text: str) -> str:
    """``text`` without terminal escapes, control characters and markup.

    Entities are decoded before tags are removed, so «&lt;b&gt;» goes as «<b>» does.
    """
    text = _ESCAPES.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _HIDDEN.sub(" ", text)
        text = _TAG.sub(_tag, text)
    text = text.replace("\r\n", "\n")
    return "".join(_printable(ch) for ch in text)


class ListTooLong(ParseError):
    """A list over the documented caps: refused whole, with a Russian message."""

    def __init__(self, message: str, *, user_message: str) -> None:
        super().__init__(message)
        self.user_message = user_message


def _count(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def check_length(text: str, *, truncated: bool = False) -> None:
    """Refuse a text longer than ``MAX_LIST_CHARS`` (counted after cleaning);
    ``truncated``: ``text`` is the start of a longer one that was not read whole."""
    if len(text) > MAX_LIST_CHARS:
        size = f"больше {_count(len(text) - 1)}" if truncated else _count(len(text))
        raise ListTooLong(
            f"list of {size} characters (cap {MAX_LIST_CHARS})",
            user_message=(
                f"Список слишком длинный: {size} знаков, можно до "
                f"{_count(MAX_LIST_CHARS)}. Разбейте его на несколько списков."
            ),
        )


def check_items(count: int) -> None:
    """Refuse a list of more than ``MAX_LIST_ITEMS`` items."""
    if count > MAX_LIST_ITEMS:
        raise ListTooLong(
            f"list of {count} items (cap {MAX_LIST_ITEMS})",
            user_message=(
                f"В списке {_count(count)} товаров, можно до {MAX_LIST_ITEMS}. "
                "Разбейте его на несколько списков."
            ),
        )
