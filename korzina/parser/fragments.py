"""Cutting a list into item-sized fragments: lines, commas, semicolons, bullets,
numbering, «плюс», «+»; URLs, emoji and checkboxes are noise.

«и» is cut too, but softly: ``split_pieces`` keeps the pieces of one comma fragment
together, so the reader can join a piece back when «и» joins the words of one product
(«чипсы lay's сметана и зелень» is one item, «молоко, хлеб и масло» three).
"""

from __future__ import annotations

import functools
import re

from korzina.core.text import morph_analyzer
from korzina.parser.tokens import said_decimals
from korzina.parser.vocabulary import data_lines
from korzina.parser.words import CUT_ADJECTIVES, CUT_NOUNS, CUT_STEMS, PEOPLE

_URL = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+|(?<!\S)/[a-z_]+"  # URLs, emails, bot commands
    r"|\b[\w.-]+\.(?:ru|рф|su|com|net|org|io|me|info)\b\S*",  # bare domains
    re.I,
)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3]")
# A part of a list between commas or lines, and what may stand beside an emoji that says
# the product: counts and sizes («🥚 x10», «🍌 6 шт», «🥛 2л»), no word of its own.
_PART = re.compile(r"[^,;\n]+")
_AMOUNT_ONLY = re.compile(
    r"(?:\s|[\d.,%()!*+=-]|[xх×]\s*\d|\d\s*[xх×]|шт\w*|кг|кило\w*|гр?\b|грамм\w*|мл|л\b|литр\w*"
    r"|уп\w*|пач\w*|бут\w*|бан\w*|десят\w*|пар[ауы]?\b)*",
    re.I,
)
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
    # a Latin brand too: «кофе раств. nescafe gold»; a number: «масло слив. 82.5 для теста»
    + r")\.\s*(?=[а-яёa-z]|\d)",
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
# «мол. 3.2», «колб. докторская»: a product noun cut with its dot where an item begins
# (after «кофе», «мол.» is молотый: a ``CUT_STEMS`` word, not this).
_NOUN_DOT = re.compile(
    r"(^|[,;]\s*)(" + "|".join(sorted(CUT_NOUNS, key=len, reverse=True)) + r")\.", re.I
)
_DOT_INSIDE_ITEM = re.compile(r"(?<=[а-яё])\.(?=\s+[а-яё])")
# Where such a dot stood: the reader joins the words after it to the item unless they
# name a product of their own («хлеб, молоко. сыр»).
CUT_DOT = "\u2024"
# A maker's initials («сырок б.ю. александров»): one word, not two sentences.
_INITIALS = re.compile(r"(?<![\w.])([а-яёa-z])\.\s?([а-яёa-z])\.(?=\s*[а-яёa-z])", re.I)
_SPLIT = re.compile(
    # not a dot inside a Latin name («dr.korner»)
    # nor a dot between a word and its weight or volume («картоф. 5кг»)
    r"[;:!?|]|,(?!\d)|(?<!\d),|(?<![a-z](?=\.[a-z]))(?<![а-яё](?=\.\s*\d+(?:[.,]\d+)?\s*(?:кг|гр?|мл|л)(?![а-яё])))\.(?!\d)"
    r"|\s+(?:а также|плюс|\+|&)\s+(?![/\s]*или\b)|\s[—–]\s(?=\D*$)",
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


# «борщ: свекла 2 шт, капуста …», «оливье на нг:»: a line's heading, what the items
# are for; not «молоко: 2 л» (an amount follows) nor a line with no list after it.
HEADING_NOTE = "— заголовок, не товар"
_HEADING = re.compile(r"^\s*([^:,;\d][^:,;]{0,39}?)\s*:\s*(?=(?:[^\d\s][^,]*,.*)?$)")
# «Лена: йогурт», «мама: пиво», «забыла: сметана»: who writes, or a word of the chat,
# before one item of a group chat's line (not «Лен», «маш» read as products).
_SPEAKER = re.compile(r"^\s*([а-яёa-z]+(?:\s+[а-яёa-z]+)?)\s*:\s*(?=\S)", re.I)
_SPEAKER_POS = frozenset({"VERB", "NPRO"})


def _speaker(line: str) -> re.Match[str] | None:
    """The «who:» that opens a chat's line, when every word of it is a person's name, a
    word for a person or a verb; else None (a product before a colon is an item)."""
    m = _SPEAKER.match(line)
    if m is None:
        return None
    for word in m.group(1).lower().split():
        parses = morph_analyzer().parse(word)
        if not any(
            ("Name" in p.tag and p.tag.case == "nomn")
            or p.normal_form in PEOPLE
            or (p is parses[0] and p.tag.POS in _SPEAKER_POS)
            for p in parses
        ):
            return None
    return m


# A recipe's measure («2 ст.л.», «1 ч. л.», «стакан», «щепотка»): how much goes into
# the dish, not how much to buy; one pack of the product is.
_MEASURE = re.compile(
    r"(?<![\w.])(?:(?:\d+(?:[.,]\d+)?|пол|половина|половинка)?\s*"
    r"(?:ст\.?\s?л\.?|ч\.?\s?л\.?|стол(?:\.|ов[а-я]*)?\s+лож(?:\.|[а-я]+)"
    r"|чайн(?:\.|[а-я]*)\s+лож(?:\.|[а-я]+)|щепотк[аиу]|щепоть)"
    # a glass is a measure only counted («1 стакан»): alone it is a product
    r"|(?:\d+(?:[.,]\d+)?|пол)\s*стакан(?:а|ов)?)(?![\w])\.?",
    re.I,
)


@functools.cache
def _emoji_words() -> dict[str, str]:
    """data/emoji.txt read once: a food or household emoji and the word it stands for."""
    pairs = (line.split(maxsplit=1) for line in data_lines("emoji.txt"))
    return {emoji: word for emoji, word in pairs}


def _emoji_as_words(text: str, said: list[str] | None) -> str:
    """«🥚 x10»: an emoji that is the only name of its part of the list is its word; every
    other emoji is decoration («🥛 молоко 2л»)."""
    known = _emoji_words()

    def part(m: re.Match[str]) -> str:
        found = m.group(0)
        if _AMOUNT_ONLY.fullmatch(_EMOJI.sub("", found)) is None:
            return found  # the part names its product in words
        for ch in found:
            if (word := known.get(ch)) is not None:
                if said is not None:
                    said.append(f"«{ch}» — понял как «{word}»")
                return " " + " ".join(found.replace(ch, f" {word} ", 1).split())
        return found

    return _PART.sub(part, text)


def split_pieces(text: str, said: list[str] | None = None) -> list[list[str]]:
    """Comma fragments of the text, each as its pieces between «и» (noise removed). A
    line's heading before a colon is no item, a recipe's measure no amount, an emoji the
    word it stands for where no word is written: ``said`` gets a note of each."""
    text = _URL.sub(" ", text.replace("\r", "\n"))
    if _EMOJI.search(text):
        text = _EMOJI.sub(" ", _emoji_as_words(text, said))
    if "[" in text:
        text = _CHECKBOX.sub(" ", text)
    out: list[list[str]] = []
    for line in text.split("\n"):
        line = said_decimals(_LINE_LEAD.sub("", line))
        if ":" in line and (heading := _HEADING.match(line) or _speaker(line)) is not None:
            if said is not None and (name := heading.group(1).strip(_STRIP)):
                said.append(f"«{name}:» {HEADING_NOTE}")
            line = line[heading.end() :]
        measures = _MEASURE.findall(line)
        if measures:
            if said is not None:
                said += [f"«{m.strip()}» — мера из рецепта, беру одну упаковку" for m in measures]
            line = _MEASURE.sub(" ", line)
        if ")" in line:
            line = _INLINE_NUMBER.sub(" ; ", line)
        if "." in line:  # every pattern below ends a word with its dot
            line = _ABBREVIATION_DOT.sub(r"\1 ", line)
            line = _NOUN_DOT.sub(lambda m: m.group(1) + CUT_NOUNS[m.group(2).lower()] + " ", line)
            line = _ADJECTIVE_DOT.sub(
                lambda m: CUT_STEMS.get(m.group(1).lower(), m.group(1)) + " ", line
            )
            line = _CUT_STEM_END.sub(lambda m: CUT_STEMS[m.group(1).lower()], line)
            line = _INITIALS.sub(r"\1\2 ", line)
            if "," in line:
                # «зефир в шок. глазури, конфеты»: where commas part the items, a dot
                # before a lower-case word may end a cut word; the reader decides
                # (``CUT_DOT``)
                line = _DOT_INSIDE_ITEM.sub(f" {CUT_DOT} ", line)
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
    """The text cut into item-sized fragments («и» included), noise removed; a dot that
    may end a cut word stays a dot."""
    return [
        piece.replace(f" {CUT_DOT} ", ". ") for pieces in split_pieces(text) for piece in pieces
    ]
