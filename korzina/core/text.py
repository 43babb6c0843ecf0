"""The one text normalization of korzina: ё-folding, words and cached lemmas.

The parser's vocabulary, the matcher's index and analytics' search all spell words
the same way through this module, and all lemmas come from one ``Lemmatizer`` rule,
so a parsed item name and the matcher's lemmas of it cannot disagree.

pymorphy3's analyzer is heavy (~15 MB of dictionaries, ~0.2 s to build), so
``morph_analyzer()`` builds it once per process: its ``functools.cache`` is the only
module-level state, and the analyzer itself is read-only after construction.
Lemmatizers are cheap objects holding their own word cache around that analyzer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

# Words are letters (Cyrillic or Latin) with inner hyphens kept: «растительно-сливочный».
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_APOSTROPHES = str.maketrans("", "", "'’`")
# Adjective endings: pymorphy guesses many unknown adjectives («безлактозное»,
# «цельнозерновой») as nouns first; they are qualifiers, read as adjectives.
_ADJ_ENDING = re.compile(r"(?:ый|ий|ой|ое|ее|ая|яя|ые|ие|ого|его|ому|ему|ую|юю|ых|их|ым|им)$")
_ADJ_POS = ("ADJF", "PRTF")


# Letters of the other Cyrillic alphabets lists are written in (Kazakh, Tatar, Bashkir,
# Ukrainian, Belarusian): «қатық», «құрт» are what Russian titles spell «катык», «курт».
_OTHER_LETTERS = "қғңөұүһәіїєґўҗ"
_FOLD_OTHER = str.maketrans(_OTHER_LETTERS, "кгноуухаииегуж")
_OTHER_RE = re.compile(f"[{_OTHER_LETTERS}]")


def fold(text: str) -> str:
    """Lower case with ё folded to е (and other Cyrillic alphabets' letters to Russian
    ones): the one spelling of every word."""
    lowered = text.lower().replace("ё", "е")
    # A search is ten times cheaper than a translate, and almost no text needs one.
    return lowered.translate(_FOLD_OTHER) if _OTHER_RE.search(lowered) else lowered


# Normalized words, kept: title analysis normalizes every word of every title, and
# catalogues repeat their words. Texts longer than a word are not kept; emptied when full.
_NORMALIZED: dict[str, str] = {}
_NORMALIZED_MAX = 200_000
_LONGEST_KEPT = 32


def normalize(text: str) -> str:
    """``fold`` with apostrophes dropped («Lay's» → «lays»)."""
    hit = _NORMALIZED.get(text)
    if hit is not None:
        return hit
    out = fold(text).translate(_APOSTROPHES)
    if len(text) <= _LONGEST_KEPT:
        if len(_NORMALIZED) >= _NORMALIZED_MAX:
            _NORMALIZED.clear()
        _NORMALIZED[text] = out
    return out


# A Latin name glued to its number («7Days», «4fresh»): one word too, as brands spell it.
_NUMBERED_NAME_RE = re.compile(r"(?<![\w.,])\d+[a-z]{3,}\b")
_DIGIT_RE = re.compile(r"\d")


def words(text: str) -> list[str]:
    """Normalized words of ``text``; a hyphenated word also yields its parts, a Latin
    name glued to a number its whole («7days»)."""
    out: list[str] = []
    folded = normalize(text)
    for m in _WORD_RE.finditer(folded):
        word = m.group(0)
        out.append(word)
        if "-" in word:
            out.extend(p for p in word.split("-") if p)
    if _DIGIT_RE.search(folded):
        out.extend(m.group(0) for m in _NUMBERED_NAME_RE.finditer(folded))
    return out


_T = TypeVar("_T")


def spelled_in_parts(text: str, table: Sequence[tuple[str, _T]]) -> list[_T | str]:
    """``text`` cut into the spellings of ``table`` (at each position the first that
    matches, so longer spellings go first), each given as its value; a character no
    spelling starts with stays itself. How Latin letters are read as Cyrillic ones."""
    out: list[_T | str] = []
    rest = text
    while rest:
        for spelling, value in table:
            if rest.startswith(spelling):
                out.append(value)
                rest = rest[len(spelling) :]
                break
        else:
            out.append(rest[0])
            rest = rest[1:]
    return out


@functools.cache
def morph_analyzer() -> Any:
    """The process's one pymorphy3 analyzer, built on first use (the start-up cost)."""
    import pymorphy3  # imported here: callers that never lemmatize never pay for it

    return pymorphy3.MorphAnalyzer()


# Grammemes of a proper name: a person, a place, an organisation, a trade mark.
PROPER_NAME = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
# An adjective's full-form endings: the matcher's stems drop them, the parser writes a cut
# adjective out with them («розов» → «розовый»).
ADJECTIVE_ENDINGS = ("ый", "ий", "ой")
# First parts of a compound adjective of two meats, grains, tastes or colours
# («свино-говяжий», «ржано-пшеничный», «кисло-сладкий», «бело-розовый»): a blend of
# both, neither alone (unlike a process, «варено-копченая», which is both).
BLEND_FIRSTS = (
    "бело", "красно", "черно", "желто", "зелено", "розово", "сине", "кисло", "сладко",
    "горько", "ржано", "пшенично", "свино", "говяже", "говяжье", "говядо", "курино",
)  # fmt: skip
# The first parts of process compounds («варено-копченый», «свеже-мороженый»): one word,
# one qualifier, neither part alone.
PROCESS_FIRSTS = ("варено", "свеже", "быстро", "сыро", "полу")


@functools.cache
def is_proper_name(word: str) -> bool:
    """Whether the dictionary reads ``word`` first as a proper name («меллер», «артек»)."""
    parses = morph_analyzer().parse(word)
    return bool(parses) and bool(PROPER_NAME & parses[0].tag.grammemes)


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What parser and matcher know of one word form."""

    lemma: str
    pos: str | None  # part of speech of the chosen reading
    case: str | None  # its case
    known: bool  # pymorphy's dictionary has the form
    # every reading's lemma, most likely first («лимонов» → лимонов, лимон)
    lemmas: tuple[str, ...]
    # the word can be a nominative noun in one of its three likeliest readings:
    # titles start with the product type in the nominative («Масло», «Яйца», «Сухари»)
    noun: bool
    latin: bool


def _lemma_of(parse: Any) -> str:
    """A reading's lemma. The one participle rule: a participle lemmatizes to itself,
    masculine nominative («сгущенное» → «сгущенный»), not to its verb («сгустить»), so
    participles stay qualifiers that kinds tables and product names can say."""
    if parse.tag.POS == "PRTF":
        masc = parse.inflect({"masc", "sing", "nomn"})
        return normalize(masc.word if masc is not None else parse.word)
    return normalize(parse.normal_form)


# Analyses by the shared pymorphy3 analyzer, for every Lemmatizer that uses it: a word's
# analysis is a pure function of the word and the dictionaries, so the taxonomy, the
# parser and the offer index share them, and a start-up cache (``remember``) serves all.
_SHARED: dict[str, WordInfo] = {}


class Lemmatizer:
    """Lemmas of word forms, each analysed once: cached per process for the shared
    analyzer, per instance for an injected one."""

    def __init__(self, morph: Any = None) -> None:
        self._morph = morph
        self._cache: dict[str, WordInfo] = _SHARED if morph is None else {}

    @property
    def morph(self) -> Any:
        """The pymorphy3 analyzer (the shared one unless another was injected)."""
        if self._morph is None:
            self._morph = morph_analyzer()
        return self._morph

    def info(self, word: str) -> WordInfo:
        """Lemma and grammar of a normalized word form; cached."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        info = self._analyse(word)
        self._cache[word] = info
        return info

    def _analyse(self, word: str) -> WordInfo:
        if word.isascii():
            return WordInfo(word, None, None, False, (word,), noun=False, latin=True)
        if not word.replace("-", "").isalpha():
            return WordInfo(word, None, None, False, (word,), noun=False, latin=False)
        morph = self.morph
        parses = morph.parse(word)
        best = parses[0]
        # Equally likely readings («шейка»: шейк, gen. or шейка, nom.): the one whose
        # dictionary form is the word itself, as a list names a product.
        best = next(
            (p for p in parses if p.score == best.score and normalize(p.normal_form) == word),
            best,
        )
        if {"Surn", "Name", "Patr"} & best.tag.grammemes:
            # «блинов» is блин before it is Блинов, «Горький шоколад» bitter before it is
            # Горький: a list and a title name things, not people.
            best = next(
                (p for p in parses if p.tag.POS == "NOUN" and not PROPER_NAME & p.tag.grammemes),
                next((p for p in parses if p.tag.POS in _ADJ_POS), best),
            )
        known = bool(morph.word_is_known(word))
        if not known and best.tag.POS not in _ADJ_POS and _ADJ_ENDING.search(word):
            best = next((p for p in parses if p.tag.POS in _ADJ_POS), best)
        return WordInfo(
            _lemma_of(best),
            best.tag.POS,
            best.tag.case,
            known,
            tuple(dict.fromkeys(_lemma_of(p) for p in [best, *parses])),
            noun=any(
                p.tag.POS == "NOUN"
                and "nomn" in p.tag
                and not (best.tag.POS in _ADJ_POS and PROPER_NAME & p.tag.grammemes)
                for p in parses[:3]
            ),
            latin=False,
        )

    def lemma(self, word: str) -> str:
        return self.info(word).lemma

    def known(self) -> dict[str, WordInfo]:
        """Every word analysed so far (to keep between processes: ``remember``)."""
        return dict(self._cache)

    def remember(self, infos: Mapping[str, WordInfo]) -> None:
        """Take analyses made earlier by the same code and dictionaries (a start-up cache):
        a word found here is never given to the analyzer."""
        for word, info in infos.items():
            self._cache.setdefault(word, info)

    def lemmas(self, text: str) -> list[str]:
        return [self.lemma(w) for w in words(text)]
