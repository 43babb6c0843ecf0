"""Cutting a list into item-sized fragments: lines, commas, semicolons, bullets,
numbering, «плюс», «+»; URLs, emoji and checkboxes are noise.

«и» is cut too, but softly: ``split_pieces`` keeps the pieces of one comma fragment
together, so the reader can join a piece back when «и» joins the words of one product
(«чипсы lay's сметана и зелень» is one item, «молоко, хлеб и масло» three).
"""

from __future__ import annotations

import re

from korzina.parser.words import CUT_ADJECTIVES, CUT_STEMS

_URL = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+|(?<!\S)/[a-z_]+"  # URLs, emails, bot commands
    r"|\b[\w.-]+\.(?:ru|рф|su|com|net|org|io|me|info)\b\S*",  # bare domains
    re.I,
)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3]")
_CHECKBOX = re.compile(r"\[\s*[xх✓✔ ]?\s*\]", re.I)
_LINE_LEAD = re.compile(r"^\s*(?:[-*•·–—>+▪◦●○►=]+|\d{1,2}[.)](?=\s|[^\d\s.,]))\s*")
_INLINE_NUMBER = re.compile(r"(?:(?<=\s)|^)\d{1,2}\)\s")
_ABBREVIATION_DOT = re.compile(r"(?<![а-яa-z])(шт|уп|упак|гр|г|кг|л|мл|пач|бут)\.", re.I)
# Adjectives shoppers cut with a dot before their noun («зуб. паста», «курин. грудка»):
# one item, not two sentences. ``words.CUT_ADJECTIVES`` writes out its phrases later
# (the dot is dropped here); a ``words.CUT_STEMS`` stem is written out here.
_CUT_BEFORE_NOUN = frozenset({k.split()[0] for k in CUT_ADJECTIVES} | set(CUT_STEMS))
_ADJECTIVE_DOT = re.compile(
    r"(?<![а-яёa-z])("
    + "|".join(sorted(_CUT_BEFORE_NOUN, key=len, reverse=True))
    + r")\.\s*(?=[а-яё])",
    re.I,
)
# «блинчики с творогом замор.»: a cut adjective closing an item; not «кур.», «глаз.» or
# «вар.», which are words of their own.
_CUT_STEM_END = re.compile(
    r"(?<![а-яёa-z])("
    + "|".join(sorted(set(CUT_STEMS) - {"кур", "глаз", "вар"}, key=len, reverse=True))
    + r")\.(?=\s*(?:[,;]|$))",
    re.I,
)
# A maker's initials («сырок б.ю. александров»): one word, not two sentences.
_INITIALS = re.compile(r"(?<![\w.])([а-яёa-z])\.\s?([а-яёa-z])\.(?=\s*[а-яёa-z])", re.I)
_SPLIT = re.compile(
    r"[;:!?|]|,(?!\d)|(?<!\d),|\.(?!\d)|\s+(?:а также|плюс|\+|&)\s+(?![/\s]*или\b)"
    r"|\s[—–]\s(?=\D*$)",
    re.I,
)
# «и» between words, not «и/или» (an alternative, read by the reader)
_AND = re.compile(r"\s+и\s+(?![/\s]*или\b)", re.I)
_STRIP = " \t-*•·–—\"'«»()[]"


def has_list_markers(text: str) -> bool:
    """Whether a line starts with a bullet or a number, or the text has checkboxes."""
    return bool(_CHECKBOX.search(text)) or any(
        _LINE_LEAD.match(line) for line in text.replace("\r", "\n").split("\n")
    )


def split_pieces(text: str) -> list[list[str]]:
    """Comma fragments of the text, each as its pieces between «и» (noise removed)."""
    text = _URL.sub(" ", text.replace("\r", "\n"))
    text = _EMOJI.sub(" ", text)
    if "[" in text:
        text = _CHECKBOX.sub(" ", text)
    out: list[list[str]] = []
    for line in text.split("\n"):
        line = _LINE_LEAD.sub("", line)
        if ")" in line:
            line = _INLINE_NUMBER.sub(" ; ", line)
        if "." in line:  # every pattern below ends a word with its dot
            line = _ABBREVIATION_DOT.sub(r"\1 ", line)
            line = _ADJECTIVE_DOT.sub(
                lambda m: CUT_STEMS.get(m.group(1).lower(), m.group(1)) + " ", line
            )
            line = _CUT_STEM_END.sub(lambda m: CUT_STEMS[m.group(1).lower()], line)
            line = _INITIALS.sub(r"\1\2 ", line)
        for part in _SPLIT.split(line):
            pieces = [
                p.strip(_STRIP)
                for p in (_AND.split(part) if ("и" in part or "И" in part) else [part])
            ]
            pieces = [p for p in pieces if p]
            if pieces:
                out.append(pieces)
    return out


def split_fragments(text: str) -> list[str]:
    """The text cut into item-sized fragments («и» included), noise removed."""
    return [piece for pieces in split_pieces(text) for piece in pieces]
