"""Tokens and lemmas of product titles and list items.

Normalization and lemmas live in ``korzina.core.text``, shared with the parser so an
item's name and the matcher's lemmas of it agree; this module adds the matcher's stem.
One ``Lemmatizer`` per index: a title vocabulary is small (a few thousand distinct words
over 200,000 offers), so every word is analysed once and cached.
"""

from __future__ import annotations

from korzina.core.text import ADJECTIVE_ENDINGS, Lemmatizer, WordInfo, normalize, words

__all__ = ["Lemmatizer", "WordInfo", "normalize", "stem", "words"]


# Prefixes after which five letters say too little: «полусухое» and «полусладкое» share
# «полус», «слабосолёная» and «слабогазированная» «слабо», «мультифруктовый» and
# «мультиовощной» «мульт».
_PREFIXES = ("полу", "мало", "слабо", "сильно", "средне", "низко", "высоко", "обез", "мульти")


def stem(lemma: str) -> str:
    """A crude stem for prefix matching across word forms and derivations."""
    prefix = next((p for p in _PREFIXES if lemma.startswith(p)), "")
    keep = max(5, len(prefix) + 4)
    # A six-letter adjective («острый», «мягкий», «рыбный») kept whole for five letters
    # would not find its other genders («острая», «мягкое», «рыбные»).
    if lemma.endswith(ADJECTIVE_ENDINGS) and len(lemma) - 2 >= 4:
        lemma = lemma[:-2]
    return lemma if len(lemma) <= keep else lemma[:keep]
