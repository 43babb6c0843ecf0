"""What a store title marks in its own way, read before or beside its kind: Latin letters
typed into Cyrillic words, a diaper's size, beer that is alcohol-free without saying so."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from korzina.core.text import normalize

# Latin letters that look Cyrillic, in a word that is otherwise Cyrillic («Cок», «Kорм»:
# a Latin C or K typed into a Russian title).
_HOMOGLYPHS = str.maketrans("ACEHKMOPTXacekmopxy", "АСЕНКМОРТХасекморху")
MIXED_WORD_RE = re.compile(r"\w*[а-яё]\w*", re.IGNORECASE)
# A Latin letter next to a Cyrillic one: the only titles worth the word-by-word pass.
MIXED_PAIR_RE = re.compile(r"[а-яё][a-z]|[a-z][а-яё]", re.IGNORECASE)


# And the reverse: a Cyrillic letter typed into a Latin word («NESCAFE СLASSIC»).
_LATIN_HOMOGLYPHS = str.maketrans("АСЕНКМОРТХасекморху", "ACEHKMOPTXacekmopxy")


def cyrillic_word(m: re.Match[str]) -> str:
    """A word of mixed scripts in the script most of its letters are in, where the
    odd letters look alike in both («Cок» → «Сок», «СLASSIC» → «CLASSIC»)."""
    word = m.group(0)
    latin = [c for c in word if "a" <= c.lower() <= "z"]
    if not latin:
        return word
    if len(latin) * 2 > len(word):
        fixed = word.translate(_LATIN_HOMOGLYPHS)
        return fixed if fixed.isascii() else word
    fixed = word.translate(_HOMOGLYPHS)
    return fixed if all(not ("a" <= c.lower() <= "z") for c in fixed) else word


# A diaper's size as titles write it: «р.2», «р4,9-14кг», «размер 4», «4 (9-14 кг)»,
# «Pampers 6, Extra Large»; else by its name («Maxi» is 4). Kept as one title word,
# ``SIZE_TOKEN`` + number, that a list's «подгузники 4» asks for.
SIZE_TOKEN = "размер"
_SIZED_TITLE_RE = re.compile(r"подгуз|трусик|pants", re.IGNORECASE)
_SIZE_NUMBER_RE = re.compile(
    r"(?:\bр\.?\s?|размер\s?|разм\.?\s?)(\d)(?!\d)|(?<![\d.,\w-])(\d)(?=\s*[,(]|\s+\()",
    re.IGNORECASE,
)
_SIZE_NAMES = (
    ("newborn", 1), ("mini", 2), ("midi", 3), ("maxi", 4), ("junior", 5),
    ("extra large", 6), ("xl", 6), ("xxl", 7),
    ("ньюборн", 1), ("мини", 2), ("миди", 3), ("макси", 4), ("юниор", 5), ("джуниор", 5),
    ("экстра лардж", 6),
)  # fmt: skip
# The child's weight a size is for («ХАГГИС, Ультракомфорт, 8-14 кг»): (lowest kg, size).
_SIZE_WEIGHT_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[-–]\s*\d{1,2}\s*кг", re.IGNORECASE)
# Pampers 2 is 4-8 kg, Huggies 3 5-9, Pampers 4 9-14, Huggies 5 12-22; 13-14 kg starts
# both a size 5 and a size 6 of different makers: no size.
_SIZE_BY_LOWEST_KG = ((2, 1), (4, 2), (6, 3), (9, 4), (12, 5), (14, None), (99, 6))


def diaper_size(title: str) -> int | None:
    """The size of a diaper title (see ``SIZE_TOKEN``); None: not one, or not said."""
    if not _SIZED_TITLE_RE.search(title):
        return None
    m = _SIZE_NUMBER_RE.search(title)
    if m is not None:
        return int(m.group(1) or m.group(2))
    low = title.lower()
    named = next((n for name, n in _SIZE_NAMES if re.search(rf"\b{name}\b", low)), None)
    if named is not None:
        return named
    w = _SIZE_WEIGHT_RE.search(title)
    if w is None:
        return None
    lowest = int(w.group(1))
    return next((size for upto, size in _SIZE_BY_LOWEST_KG if lowest <= upto), None)


# Paper's plies as titles write them («3 слоя», «2-х слойная», «3сл», «4 ply»): kept as the
# word a list writes («трехслойная»). «туалет.3 сл.»: a point after a word is no decimal.
_PLY_RE = re.compile(r"(?<!\d)(?<!\d[.,])([234])\s*(?:-?х)?\s*-?\s*(?:сло|сл\b|ply)", re.IGNORECASE)
_PLY_WORDS = {"2": "двухслойный", "3": "трехслойный", "4": "четырехслойный"}


def ply_word(title: str) -> str | None:
    """«трехслойный» for a title of three-ply paper, or None."""
    m = _PLY_RE.search(title)
    return _PLY_WORDS[m.group(1)] if m else None


# «Кофе 3в1», «Шампунь 2 в 1»: several products in one, kept as one word,
# ``IN_ONE_TOKEN`` + number, that a list's «кофе 3в1» asks for (the parser's «3 в 1»).
IN_ONE_TOKEN = "водном"
_IN_ONE_RE = re.compile(r"(?<![\d.,])([2-5])\s*-?\s*(?:в|in)\s*-?\s*1(?!\d|[.,]\d)", re.IGNORECASE)


def in_one_word(title: str) -> str | None:
    """``IN_ONE_TOKEN`` + number for a title of a «3 в 1» product, or None."""
    m = _IN_ONE_RE.search(title)
    return f"{IN_ONE_TOKEN}{m.group(1)}" if m else None


# A line's number as titles write it: «№17», «БАЛТИКА 7 экспортное», «Ессентуки 4 газ»,
# Barilla's «n.5»
# (a whole number right after a word, with no unit): kept as one word, ``LINE_TOKEN`` +
# number, that a list's «балтика 7» asks for (the parser's attribute «номер 7»).
LINE_TOKEN = "номер"
_LINE_RE = re.compile(
    r"(?:№\s?|\bn[o°]?\.\s?|(?<=[^\W\d_])\s)(\d{1,2})(?![\d.,]?\d)(?!\s*(?:%|[гл]\b|гр|кг|мл|шт|x|х|мес|лет|сл))",
    re.IGNORECASE,
)


# Latin letters run into digits («Сок J7 …», «Коэнзим Q10», «Витамин D3»): one word a
# list writes so (a brand, a vitamin), which the title's words would cut to its letters.
_LETTERS_DIGITS_RE = re.compile(r"(?<![^\W_])([a-z]{1,3}\d{1,3})(?![^\W_])", re.IGNORECASE)


def letter_digit_words(title: str) -> list[str]:
    """The title's words of Latin letters and digits, lower case («J7» → "j7")."""
    return [m.group(1).lower() for m in _LETTERS_DIGITS_RE.finditer(title)]


def line_numbers(title: str) -> list[str]:
    """``LINE_TOKEN`` words for the numbered lines a title may name («Ессентуки №4»)."""
    return [f"{LINE_TOKEN}{m.group(1)}" for m in _LINE_RE.finditer(title)]


# How long a spirit was aged («Коньяк … 5-летний», «Виски … 12 лет», «12 yo»): kept as one
# word, ``AGED_TOKEN`` + years, that a list's «коньяк 5 лет» asks for (the parser's «5 лет»).
AGED_TOKEN = "выдержка"
_AGED_RE = re.compile(
    r"(?<![\d.,\-–])(\d{1,2})\s*-?\s*(?:лет|летн|года?\b|yo\b|y\.o\.|years?\b)", re.IGNORECASE
)


_AGED_HINT_RE = re.compile(r"лет|год|yo|y\.o|year", re.IGNORECASE)


def aged_years(title: str) -> list[str]:
    """``AGED_TOKEN`` words for the ages a title states («5-летний»)."""
    if not _AGED_HINT_RE.search(title):
        return []
    return [f"{AGED_TOKEN}{int(m.group(1))}" for m in _AGED_RE.finditer(title)]


# A fat range («3,4–4,5%», «от 3,2 до 6%»): the title's fat is none a list can ask for,
# but it is not silent on fat either. Kept as one title word.
FAT_RANGE_TOKEN = "жирностьдиапазон"

# Alcohol-free beer that does not say so in words: Балтика's line «№0», «0,0 %».
ALCOHOL_FREE_RE = re.compile(r"№\s*0(?![\d.,])|(?<![\d.,])0[.,]0\s*%")
# A beer's «0%» is its alcohol too («Пиво … Ipa 0%»), not another product's fat.
_ZERO_PERCENT_RE = re.compile(r"(?<![\d.,])0\s*%")


def alcohol_free(title: str) -> bool:
    """Whether a title is of an alcohol-free beer it does not call so in words."""
    return ALCOHOL_FREE_RE.search(title) is not None or (
        "пив" in title.lower() and _ZERO_PERCENT_RE.search(title) is not None
    )


# A cut word, as the chains abbreviate to fit a label: with its dot («NEST.FITN.Батонч.»,
# «сух.корм», «ПАРМЕЗ.33%»), or a short Cyrillic stub the dictionary does not know
# («Напиток овс шок»). Kept as «word.» title words (``ABBREVIATION_MARK``) so a list's
# «fitness», «сухой», «овсяный», «nestle» can find the word it was cut from.
ABBREVIATION_MARK = "."
# Not the second half of «п/сух», «п/сл» (полусухое, полусладкое): read whole by the
# title's abbreviations, never a cut «сухое».
_DOTTED_RE = re.compile(r"(?<![^\W\d_])(?<!\bп/)([^\W\d_]{3,})\.", re.IGNORECASE)
_STUB_RE = re.compile(r"(?<![^\W\d_.])(?<!\bп/)([а-яё]{3,6})(?![^\W\d_.])", re.IGNORECASE)


def abbreviations(
    title: str, known: Callable[[str], bool], cut_words: frozenset[str] = frozenset()
) -> list[str]:
    """The title's cut words, lower case, each ending in ``ABBREVIATION_MARK``;
    ``known``: whether the dictionary has a word (a known short word is no stub, unless
    ``cut_words`` says the chains cut words to it: «стер», «сух»)."""
    cut = [m.group(1).lower() for m in _DOTTED_RE.finditer(title)]
    cut += [
        w
        for m in _STUB_RE.finditer(title)
        if (w := m.group(1).lower()) in cut_words or not known(w)
    ]
    return [f"{normalize(w)}{ABBREVIATION_MARK}" for w in dict.fromkeys(cut)]


def abbreviation_pattern(word: str, shortest: int = 3) -> str | None:
    """A regex finding, in a title's " … " words, a cut of ``word`` (see ``abbreviates``):
    for storage to narrow by what the matcher will accept. None: too short to be cut."""
    cuts = [re.escape(word[:n]) for n in range(shortest, len(word))]
    return " (?:" + "|".join(cuts) + ")" + re.escape(ABBREVIATION_MARK) if cuts else None


@functools.cache
def _abbreviation_re(word: str, shortest: int) -> re.Pattern[str] | None:
    pattern = abbreviation_pattern(word, shortest)
    return re.compile(pattern) if pattern is not None else None


def abbreviates(word: str, text: str, shortest: int = 3) -> bool:
    """Whether a title's " … " words hold a cut of ``word`` (see ``abbreviations``): a
    strict beginning of it, at least ``shortest`` letters long."""
    if ABBREVIATION_MARK not in text:
        return False
    found = _abbreviation_re(word, shortest)
    return found is not None and found.search(text) is not None
