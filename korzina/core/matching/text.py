"""Tokens and lemmas of product titles and list items.

One ``Lemmatizer`` per index: pymorphy3's analyzer is heavy to build, and a title
vocabulary is small (a few thousand distinct words over 200,000 offers), so every
word is analysed once and cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pymorphy3

# Words are letters (Cyrillic or Latin) with inner hyphens kept: «растительно-сливочный».
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_APOSTROPHES = str.maketrans("", "", "'’`")

# Parts of speech that can be a product's head noun.
_NOUN_POS = frozenset({"NOUN"})


def normalize(text: str) -> str:
    """Lower case, ё as е, apostrophes dropped («Lay's» → «lays»)."""
    return text.lower().replace("ё", "е").translate(_APOSTROPHES)


def words(text: str) -> list[str]:
    """Normalized words of ``text``; a hyphenated word also yields its parts."""
    out: list[str] = []
    for m in _WORD_RE.finditer(normalize(text)):
        word = m.group(0)
        out.append(word)
        if "-" in word:
            out.extend(p for p in word.split("-") if p)
    return out


def stem(lemma: str) -> str:
    """A crude stem for prefix matching across word forms and derivations."""
    return lemma if len(lemma) <= 5 else lemma[:5]


@dataclass(frozen=True, slots=True)
class WordInfo:
    lemma: str
    noun: bool
    latin: bool


class Lemmatizer:
    """pymorphy3 with a per-instance cache of word → (lemma, is-noun)."""

    def __init__(self) -> None:
        self._morph = pymorphy3.MorphAnalyzer()
        self._cache: dict[str, WordInfo] = {}

    def info(self, word: str) -> WordInfo:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        if word.isascii():
            info = WordInfo(word, noun=False, latin=True)
        else:
            parses = self._morph.parse(word)
            best = parses[0]
            # A word that can be a nominative noun at all counts as one: titles start
            # with the product type in the nominative («Масло», «Яйца», «Сухари»).
            noun = any(p.tag.POS in _NOUN_POS and "nomn" in p.tag for p in parses[:3])
            lemma = best.normal_form
            if best.tag.POS == "PRTF":
                # Participles lemmatize to the verb («сгущенное» → «сгустить»); keep the
                # participle so the kind tables can say «сгущенный».
                masc = best.inflect({"masc", "sing", "nomn"})
                lemma = masc.word if masc is not None else word
            info = WordInfo(normalize(lemma), noun=noun, latin=False)
        self._cache[word] = info
        return info

    def lemma(self, word: str) -> str:
        return self.info(word).lemma

    def lemmas(self, text: str) -> list[str]:
        return [self.lemma(w) for w in words(text)]
