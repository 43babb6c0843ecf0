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
from dataclasses import dataclass

from korzina.core.errors import ParseError

# The documented caps (README, «Списки»): far above any shopping list, low enough that
# one pasted file cannot make a process parse for minutes or hold gigabytes.
MAX_LIST_CHARS = 10_000
MAX_LIST_ITEMS = 100

# ECMA-48: CSI «ESC [ … final», OSC «ESC ] … BEL|ST», other two-character escapes; and
# their 8-bit forms (CSI U+009B, OSC U+009D).
_CODE_CHARS = re.compile("[A-Za-z$`{<\x1b\x9b-\x9d]")
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


# Code pasted into a list: never an item, always named in a note. Each pattern is a whole
# statement or command, so a brand in Latin letters («Red Bull», «lays») is untouched.
_SQL = re.compile(
    r"""(?:['"`]\s*\)*\s*;\s*)?"""  # the injection's opening «'); »
    r"\b(?P<code>(?:select\b(?=[^;\n]*\bfrom\b)"
    r"|(?:insert|replace)\s+into\b|delete\s+from\b|update\s+\w+\s+set\b|merge\s+into\b"
    r"|(?:drop|create|alter)\s+(?:table|database|schema|view|index|user|function|trigger)\b"
    r"|truncate\s+(?:table\s+)?\w|union\s+(?:all\s+)?select\b"
    r"|(?:exec|execute)\s+(?:xp_|sp_)\w*|grant\s+\w+(?:\s*,\s*\w+)*\s+on\b)"
    # up to the statement's end; «, сыр» after it is the list going on
    r"(?:[^;\n,]|,(?!\s*[А-Яа-яЁё]))*)"
    r"(?:\s*;)?(?:[ \t]*--[^\n]*)?",
    re.IGNORECASE,
)
# «' OR '1'='1», «or 1=1»: the classic always-true condition.
_SQL_TRUE = re.compile(
    r"""['"]?\s*\b(?P<code>(?:or|and)\s+(['"]?)(\w+)\2\s*=\s*\2\3\b['"]?)(?:[ \t]*--[^\n]*)?""",
    re.IGNORECASE,
)
_COMMANDS = (
    r"(?:sudo\s+)?(?:rm|curl|wget|cat|nc|ncat|netcat|bash|sh|zsh|chmod|chown|python3?|perl"
    r"|ruby|php|echo|ls|eval|exec|kill|killall|shutdown|reboot|mkfs|dd|su|ssh|scp|tee"
    r"|base64|whoami|uname|env|printenv|nohup|powershell|certutil|xargs|mv|cp|touch)"
)
_SHELL = re.compile(
    r"(?:(?:&&|\|\||\|)[ \t]*)?"  # the operator joining it to the list is removed too
    r"(?P<code>\$\([^()\n]*\)"  # $(…)
    r"|`\s*[A-Za-z][^`\n]*`"  # `…`
    r"|(?<=&&|\|\|)[ \t]*" + _COMMANDS + r"\b[^\n;,]*"  # «&& cat /etc/passwd»
    r"|(?<=[|&])[ \t]*" + _COMMANDS + r"\b[^\n;,]*"  # «| sh»
    # a command opening a fragment, with a flag, a path, a URL, a pipe or a redirect
    r"|(?:^|(?<=[\n;,]))[ \t]*" + _COMMANDS + r"(?=[ \t])[^\n;,]*?"
    r"(?:[ \t]--?[A-Za-z]|[ \t]~?/|[ \t]https?://|[|<>$])[^\n;,]*)",
    re.IGNORECASE | re.MULTILINE,
)
_SCRIPT = re.compile(
    r"(?P<code>\b(?:javascript|vbscript):[^\s,;]*"
    r"|\b(?:alert|prompt|confirm|eval|fetch)\s*\([^()\n]*\)"
    r"|\b(?:document|window)\.[\w.]+(?:\([^()\n]*\))?"
    r"|\$\{[^{}\n]*\}|\{\{[^{}\n]*\}\}"  # ${jndi:…}, {{7*7}}
    r"|<\?(?:php)?.*?(?:\?>|$))",
    re.IGNORECASE | re.DOTALL,
)

# What each pattern above cannot match without (a cheap look before the full pattern).
_SCRIPT_CHARS = re.compile(r"[:(.{<]")
_SHELL_CHARS = re.compile(r"[$`|&<>]|[ \t]--?[A-Za-z]|[ \t]~?/|https?://", re.IGNORECASE)
_SQL_WORDS = re.compile(
    r"select|insert|replace|delete|update|merge|drop|create|alter|truncate|union|exec|grant",
    re.IGNORECASE,
)

# What each kind is called in its note, in the order they are looked for: markup first
# (a tag's attributes hold script), then script, shell and SQL.
_NOTE = {
    "escape": "управляющие коды терминала",
    "control": "невидимые управляющие символы",
    "hidden": "скрипт",
    "tag": "HTML-разметку",
    "script": "скрипт",
    "shell": "команду оболочки",
    "sql": "SQL-код",
}
_SHOWN = 3  # fragments quoted in a note; the rest are counted


@dataclass(frozen=True)
class Cleaned:
    """A list's text without what no shopper wrote, and notes naming what was removed."""

    text: str
    notes: tuple[str, ...] = ()


class _Removed:
    """What cleaning took out, by kind, in the order met (each fragment once)."""

    def __init__(self) -> None:
        self.found: dict[str, dict[str, None]] = {}

    def add(self, kind: str, fragment: str) -> None:
        shown = " ".join(fragment.replace("\x1b", "ESC").split())
        shown = "".join(ch for ch in shown if unicodedata.category(ch) != "Cc")
        if len(shown) > 40:
            shown = shown[:39] + "…"
        self.found.setdefault(kind, {})[shown] = None

    def notes(self) -> tuple[str, ...]:
        out: list[str] = []
        for what in dict.fromkeys(_NOTE.values()):
            shown = [f for kind, fs in self.found.items() if _NOTE[kind] == what for f in fs]
            if not shown:
                continue
            if what == _NOTE["control"]:
                out.append(f"пропустил {what}: {len(shown)}")
                continue
            quoted = ", ".join(f"«{f}»" for f in shown[:_SHOWN])
            more = f" и ещё {len(shown) - _SHOWN}" if len(shown) > _SHOWN else ""
            out.append(f"пропустил {what}: {quoted}{more}")
        return tuple(out)


def _cut(pattern: re.Pattern[str], kind: str, text: str, removed: _Removed, by: str) -> str:
    def one(match: re.Match[str]) -> str:
        removed.add(kind, match.group("code") if "code" in pattern.groupindex else match[0])
        return by

    return pattern.sub(one, text)


def _tags(text: str, removed: _Removed) -> str:
    def one(match: re.Match[str]) -> str:
        name = (match.group(2) or "").lower()
        if not match.group(1):  # an opening tag (or a comment) is named, its end is not
            removed.add("tag", match[0])
        return "\n" if name in _BLOCK_TAGS else " "

    return _TAG.sub(one, text)


def _printable(ch: str, removed: _Removed) -> str:
    if ch in "\n\t":
        return ch
    category = unicodedata.category(ch)
    if category == "Cc":  # C0/C1 controls: \r, \b, \x00…
        if ch in "\r\x0b\x0c\x85":
            return "\n"
        removed.add("control", f"U+{ord(ch):04X}")
        return ""
    if category == "Cf" and ch not in "\u00ad\u200d":  # bidi overrides, zero-width marks
        if ch not in "\ufeff\u200b\u200c\u2060":  # a BOM or a zero-width space is paste noise
            removed.add("control", f"U+{ord(ch):04X}")
        return ""
    return ch


def clean_list(text: str) -> Cleaned:
    """``text`` without terminal escapes, control characters, markup and pasted code
    (script, shell commands, SQL statements), with a Russian note for each kind removed.

    Entities are decoded before tags are removed, so «&lt;b&gt;» goes as «<b>» does.
    """
    removed = _Removed()
    # Escapes, script, shell and SQL all need a Latin letter or one of these characters:
    # a list without any (most) skips those patterns.
    code_like = _CODE_CHARS.search(text) is not None
    if code_like:
        text = _cut(_ESCAPES, "escape", text, removed, "")
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _cut(_HIDDEN, "hidden", text, removed, " ")
        text = _tags(text, removed)
    text = text.replace("\r\n", "\n")
    # No control or format character (str.isprintable is False for both): nothing to drop.
    if not text.replace("\n", "").replace("\t", "").isprintable():
        text = "".join(_printable(ch, removed) for ch in text)
    if code_like:
        # Each pattern needs characters a plain list seldom has: a «lays» in Latin skips
        # the patterns whose characters are absent.
        if _SCRIPT_CHARS.search(text):
            text = _cut(_SCRIPT, "script", text, removed, " ")
        if _SHELL_CHARS.search(text):
            text = _cut(_SHELL, "shell", text, removed, "\n")
        if "=" in text:
            text = _cut(_SQL_TRUE, "sql", text, removed, " ")
        if _SQL_WORDS.search(text):
            text = _cut(_SQL, "sql", text, removed, "\n")
    return Cleaned(text, removed.notes())


def clean_text(text: str) -> str:
    """``clean_list(text).text``: the text a parser reads."""
    return clean_list(text).text


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
