"""Title analysis: what a store's product is, read once from its title when it is saved.

``analyze_title`` is pure (apart from the lemmatizer's word cache): a real store title,
its brand and category path in, a ``TitleAnalysis`` out. Its result is stored beside
the product in DuckDB (``products.kind`` …, with ``ANALYZER_VERSION``), so baskets,
the index and an analyst's SQL read one understanding of every product instead of
re-deriving it per request.

How a title is read («Молоко сгущённое цельное с сахаром 8,5% 380г»):

* the **head phrase** is the title up to the first preposition, conjunction, quote,
  number or punctuation: «молоко сгущенное цельное». Composition and negation
  («с куриным филе», «без сахара», «со вкусом краба», «в горошек») and quoted names
  («"Платье в горошек"») are after it, so they never make the kind;
* the **head noun** is the phrase's first noun that a kind's title rule knows (a brand
  word before it is skipped), else its first noun;
* the **kind** is the most specific taxonomy rule for that head whose stems are in the
  head phrase and whose dimension fits the pack («Кофе … 230мл» is a drink, not coffee).
  A title with no fitting rule keeps its head noun as kind, marked ``*`` when a rule for
  that noun exists but was refused (a look-alike: «молоко*» for coconut milk), so no
  list item of a known kind ever takes it;
* **words** and **lemmas** of the whole title stay for qualifiers a list asks for
  (variety «гауда», flavour «краб», form «в зёрнах»), with fat %, egg class and pack.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from korzina.core.matching.kinds import Dimension, Taxonomy, taxonomy
from korzina.core.models import PackSize, SizeUnit
from korzina.core.text import Lemmatizer, normalize, words
from korzina.core.units import parse_title

# Bump when a change to this module can change a stored analysis; the stored version
# is ``ANALYZER_CODE_VERSION * 1000 + taxonomy version``.
ANALYZER_CODE_VERSION = 2

# Words that end the head phrase: what follows is composition, purpose or a name.
_CUT_WORDS = frozenset(
    [
        "с",
        "со",
        "без",
        "в",
        "во",
        "для",
        "из",
        "на",
        "по",
        "от",
        "под",
        "к",
        "ко",
        "и",
        "или",
        "а",
        "либо",
        "при",
        "до",
    ]
)
# Tokens: words (inner hyphens and slashes kept), numbers, and single other characters.
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-/][^\W\d_]+)*|\d+(?:[.,]\d+)?|\S")
_ADJ = frozenset({"ADJF", "ADJS", "PRTF", "PRTS", "NUMR", "ADVB"})
_QUOTES = frozenset("\"'«»“”„")


def analyzer_version(tax: Taxonomy | None = None) -> int:
    """The version stored beside every analysis: code and taxonomy together."""
    return ANALYZER_CODE_VERSION * 1000 + (tax or taxonomy()).version


@dataclass(frozen=True, slots=True)
class TitleAnalysis:
    """What one store title says the product is."""

    kind: str  # a taxonomy kind, else the head noun (``*``-marked for a look-alike)
    head: str | None
    words: str  # " word word … ": the normalized words of the title
    lemmas: str  # " lemma lemma … ": the lemmas of every reading of its words
    brand: str  # the brand as a comparison key (``brand_key``)
    fat_pct: Decimal | None
    egg_class: str | None
    pack: PackSize | None  # the pack the title states


def brand_key(text: str) -> str:
    """A brand for comparison: «Lay's» and «LAYS» and «lays» are one brand."""
    return "".join(ch for ch in normalize(text) if ch.isalnum())


def pack_dimension(pack: PackSize | None, sold_by_kg: bool = False) -> Dimension | None:
    if sold_by_kg:
        return "mass"
    if pack is None:
        return None
    if pack.unit in (SizeUnit.G, SizeUnit.KG):
        return "mass"
    if pack.unit in (SizeUnit.ML, SizeUnit.L):
        return "volume"
    return None  # pieces say nothing of what the product is


# A run of upper-case words before the first word in lower case: Магнит's brand column
# («МАХЕЕВЪ Кетчуп Чили», «ЧИСТАЯ ЛИНИЯ Шамп Сила»), or a label («БЗМЖ Коктейль»).
_LOWER_RE = re.compile(r"[a-zа-яё]")
_SLASH_ABBR_RE = re.compile(r"(?<![^\W\d_])([дб])/(?=[^\W\d_])", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def expand(title: str, abbreviations: Mapping[str, str]) -> str:
    """The title with the chains' abbreviations written out and a leading upper-case
    brand run dropped: what the analysis reads."""
    title = _drop_caps_lead(title)
    if not abbreviations:
        return title
    title = _SLASH_ABBR_RE.sub(
        lambda m: abbreviations.get(m.group(1).lower() + "/", m.group(0)) + " ", title
    )
    return _WORD_RE.sub(lambda m: abbreviations.get(m.group(0).lower(), m.group(0)), title)


def _drop_caps_lead(title: str) -> str:
    parts = title.split()
    n = 0
    # Words with a letter and no lower-case letter, before a word with one.
    while n < len(parts) and not _LOWER_RE.search(parts[n]):
        n += 1
    if n == len(parts) or not any(c.isalpha() for p in parts[:n] for c in p):
        return title
    return " ".join(parts[n:])


def head_phrase(title: str) -> list[str]:
    """The normalized words of the title before its first cut (see the module doc)."""
    out: list[str] = []
    for m in _TOKEN_RE.finditer(normalize(title)):
        token = m.group(0)
        if token in _CUT_WORDS or token in _QUOTES or token[0].isdigit():
            break
        if not token[0].isalpha():
            if token in "-–/.":
                continue
            break
        out.append(token)
    return out


def analyze_title(
    name: str,
    brand: str | None = None,
    category_path: tuple[str, ...] = (),
    *,
    pack: PackSize | None = None,
    sold_by_kg: bool = False,
    lemmatizer: Lemmatizer,
    tax: Taxonomy | None = None,
) -> TitleAnalysis:
    """Read one title (see the module docstring). ``pack`` is the offer's own pack, if
    the store gave one; the title's pack is used otherwise. Never raises."""
    tax = tax or taxonomy()
    facts = parse_title(name)
    dim = pack_dimension(pack or facts.pack, sold_by_kg)
    brand_words = set(words(brand)) if brand else set()
    read = expand(name, tax.abbreviations)
    tokens = head_phrase(read)
    infos = [lemmatizer.info(w) for w in tokens]
    parts = [p for w in tokens if "-" in w or "/" in w for p in re.split(r"[-/]", w) if p]
    phrase = (
        " "
        + " ".join(
            [*tokens, *parts, *(i.lemma for i in infos), *(lemmatizer.lemma(p) for p in parts)]
        )
        + " "
    )
    head: str | None = None
    kind_name: str | None = None
    known_heads = tax.heads
    for w, info in zip(tokens, infos, strict=True):
        lemma = info.lemma
        if w in brand_words or info.latin:
            continue
        if lemma in known_heads and info.pos == "NOUN":
            kind = tax.title_kind(lemma, phrase, dim)
            head = lemma
            # A head whose rules all refuse the title is a look-alike of it.
            kind_name = kind.name if kind is not None else f"{lemma}*"
            break
        if not (info.noun or info.pos == "NOUN" or not info.known) or info.pos in _ADJ:
            continue  # an adjective or participle before the head («Картофельное пюре»)
        head = kind_name = lemma  # a head noun no kind knows: the generic kind
        break
    title_words = words(read)
    return TitleAnalysis(
        kind=kind_name or "",
        head=head,
        words=" " + " ".join(title_words) + " ",
        # Every reading's lemma: «трески» is треска or треск, and a list may mean either.
        lemmas=" "
        + " ".join(dict.fromkeys(lm for w in title_words for lm in lemmatizer.info(w).lemmas))
        + " ",
        brand=brand_key(brand) if brand else "",
        fat_pct=facts.fat_pct,
        egg_class=facts.egg_class,
        pack=facts.pack,
    )
