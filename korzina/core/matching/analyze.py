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
  («"Платье в горошек"») are after it, so they never make the kind. A quoted name
  right after the head is stepped over when words in lower case go on («Масло "Благо"
  подсолнечное», Дикси's style); a capitalized name after a comma ends the phrase
  («Хлеб зерновой, Ржаной Край»);
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
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from korzina.core.matching.brands import brand_key
from korzina.core.matching.kinds import Dimension, Taxonomy, taxonomy
from korzina.core.matching.marks import (
    FAT_RANGE_TOKEN,
    MIXED_PAIR_RE,
    MIXED_WORD_RE,
    SIZE_TOKEN,
    abbreviations,
    aged_years,
    alcohol_free,
    cyrillic_word,
    diaper_size,
    in_one_word,
    letter_digit_words,
    line_numbers,
    ply_word,
)
from korzina.core.models import PackSize, SizeUnit
from korzina.core.text import Lemmatizer, WordInfo, normalize, words
from korzina.core.units import parse_fat_range, parse_title

# Bump when a change to this module can change a stored analysis; the stored version
# is ``ANALYZER_CODE_VERSION * 1000 + taxonomy version``.
ANALYZER_CODE_VERSION = 57

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
# An opening quote and the quote that closes it.
_CLOSING = {"«": "»", '"': '"', "„": "“", "“": "”"}


def analyzer_version(tax: Taxonomy | None = None) -> int:
    """The version stored beside every analysis: code and taxonomy together."""
    return ANALYZER_CODE_VERSION * 1000 + (tax or taxonomy()).version


@dataclass(frozen=True, slots=True)
class TitleAnalysis:
    """What one store title says the product is."""

    kind: str  # a taxonomy kind, else the head noun (``*``-marked for a look-alike)
    head: str | None
    # " lemma … " of the head phrase (every reading): where an item no kind knows must
    # find its word («Напиток Кола», not «Пюре из капусты брокколи»).
    head_lemmas: str
    words: str  # " word word … ": the normalized words of the title
    lemmas: str  # " lemma lemma … ": the lemmas of every reading of its words
    brand: str  # the brand as a comparison key (``brand_key``)
    fat_pct: Decimal | None
    egg_class: str | None
    pack: PackSize | None  # the pack the title states


def with_sibling(own: TitleAnalysis, sibling: TitleAnalysis) -> TitleAnalysis:
    """One product as two stores of an id family title it (``StoreAdapter.id_family``):
    its own analysis, with the words the other title adds («Сыр Пармезан, Dolche» is
    «Dolce Granto Пармезан тёртый» at the sister chain). What it says itself wins: its
    kind, fat, egg class, brand and pack; the sibling only fills what it leaves out."""
    return TitleAnalysis(
        kind=own.kind or sibling.kind,
        head=own.head if own.kind else sibling.head,
        head_lemmas=own.head_lemmas if own.kind else sibling.head_lemmas,
        words=_joined(own.words, sibling.words),
        lemmas=_joined(own.lemmas, sibling.lemmas),
        brand=own.brand or sibling.brand,
        fat_pct=own.fat_pct if own.fat_pct is not None else sibling.fat_pct,
        egg_class=own.egg_class or sibling.egg_class,
        pack=own.pack,
    )


def _joined(own: str, more: str) -> str:
    """`` a b `` and `` b c `` as `` a b c ``: the words of ``more`` not in ``own``."""
    have = set(own.split())
    extra = [w for w in dict.fromkeys(more.split()) if w not in have]
    return f"{own.rstrip()} {' '.join(extra)} " if extra else own


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


# Where a title's «с …» phrase begins: what the product comes with, not what it is.
_WITH_PHRASE_RE = re.compile(r"\s(?:с|со)\s", re.IGNORECASE)
# A run of upper-case words before the first word in lower case: Магнит's brand column
# («МАХЕЕВЪ Кетчуп Чили», «ЧИСТАЯ ЛИНИЯ Шамп Сила»), or a label («БЗМЖ Коктейль»).
_LOWER_WORD_RE = re.compile(r"(?<![\d])[a-zа-яё]{2,}")
# «д/детей», «б/сахара», «З/паста»: a one-letter abbreviation before a slash, written out
# when the taxonomy's abbreviations list it («x/»), else left as it is («с/к»).
_SLASH_ABBR_RE = re.compile(r"(?<![^\W\d_])([^\W\d_])/(?=[^\W\d_])", re.IGNORECASE)
_SLASH_PAIR_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}/[^\W\d_]{1,4}(?![^\W\d_])")
_OIL_ADDED_RE = re.compile(r"(?<![^\W\d_])д/м\s+(?=\d)", re.IGNORECASE)
_DOT_JOIN_RE = re.compile(r"(?<=[^\W\d_])\.(?=[^\W_])")
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _separated(title: str) -> str:
    """Mixed Latin-Cyrillic words in Cyrillic, and words joined by a dot apart."""
    if MIXED_PAIR_RE.search(title):
        title = MIXED_WORD_RE.sub(cyrillic_word, title)
    # «ЗЕЛ.Творог», «дет.10%»: a dot after a letter separates two words.
    return _DOT_JOIN_RE.sub(". ", title)


def _without_lead(title: str, abbreviations: Mapping[str, str], leads: tuple[str, ...]) -> str:
    """The title without its leading brand: an upper-case run or one of ``leads``."""
    title = _drop_caps_lead(title, abbreviations)
    lowered = title.lower()
    for lead in leads:
        # «Папа может Сосиски …», «Принцесса НУРИ Завтрак …»: a name of words
        if lowered.startswith(lead) and lowered[len(lead) : len(lead) + 1] in (" ", ".", ","):
            return title[len(lead) :].lstrip(" .,")
    return title


def _written_out_title(
    title: str,
    abbreviations: Mapping[str, str],
    after: Mapping[str, Mapping[str, str]] | None,
) -> str:
    """The title with the chains' abbreviations written out."""
    # «Тунец рубл. д/м 0,185кг»: «д/м» before the pack is oil added («д/м посуды» is for
    # washing dishes, read below).
    if "/м" in title or "/М" in title:
        title = _OIL_ADDED_RE.sub("с добавлением масла ", title)
    if not abbreviations:
        return title
    if "/" in title:
        # «п/к», «з/щ», «ст/б», «ул/паст»: two short words joined by a slash, listed whole.
        title = _SLASH_PAIR_RE.sub(
            lambda m: (
                " " + abbreviations[k] + " "
                if (k := m.group(0).lower()) in abbreviations
                else m.group(0)
            ),
            title,
        )
        title = _SLASH_ABBR_RE.sub(
            lambda m: (
                abbreviations[k] + " "
                if (k := m.group(1).lower() + "/") in abbreviations
                else m.group(0)
            ),
            title,
        )
    if after:
        title = _expand_after(title, after)
    if abbreviations.keys().isdisjoint(_WORD_RE.findall(title.lower())):
        return title  # nothing to write out: skip a call per word
    return _WORD_RE.sub(lambda m: abbreviations.get(m.group(0).lower(), m.group(0)), title)


def _expand_after(title: str, after: Mapping[str, Mapping[str, str]]) -> str:
    """«PAULIG Кофе CLASSIC мол.250г»: the abbreviations a product word gives its own
    reading, written out after that word."""
    lowered = title.lower()
    for word, table in after.items():
        if word.lower() not in lowered:
            continue  # most titles name none of these words: skip the search
        said = re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", title, re.IGNORECASE)
        if said is not None:
            tail = _WORD_RE.sub(partial(_written_out, table), title[said.end() :])
            title = title[: said.end()] + tail
            lowered = title.lower()
    return title


def _written_out(table: Mapping[str, str], m: re.Match[str]) -> str:
    return table.get(m.group(0).lower(), m.group(0))


_FROM_TO_RE = re.compile(r"от\s*\d+(?:[.,]\d+)?\s*%?\s*до\s*\d", re.IGNORECASE)


def _fat_is_range(title: str) -> bool:
    found = parse_fat_range(title)
    return (found is not None and found[0] != found[1]) or bool(_FROM_TO_RE.search(title))


_FAT_FREE_RE = re.compile(r"обезжир", re.IGNORECASE)
# «70% какао»: a chocolate's percent (units.parse_fat leaves it: no fat).
_COCOA_RE = re.compile(r"(?<![\d.,])(\d{2})\s*%\s*какао", re.IGNORECASE)


def _fat_of(stated: Decimal | None, title: str, kind: str) -> Decimal | None:
    """The fat % a title states, or 0 for one that says it is fat-free without a
    number («Творог обезжиренный»: what a list's «творог 0%» asks for); a chocolate's
    cocoa share («Горький шоколад … 70% какао»: what «шоколад горький 70%» asks for)."""
    if stated is None and _FAT_FREE_RE.search(title):
        return Decimal(0)
    if stated is None and kind == "шоколад" and (cocoa := _COCOA_RE.search(title)):
        return Decimal(cocoa.group(1))
    return stated


def _lower_word(part: str, after_number: bool = False) -> bool:
    # «з/щ», «д/волос»: a slash abbreviation in lower case is a word too; so is a short
    # word with a lower-case letter («Фо Бо с говядиной»), unless a unit after a number.
    return (
        bool(_LOWER_WORD_RE.search(part))
        or ("/" in part and any(c.islower() for c in part))
        or (part.isalpha() and len(part) <= 2 and not after_number and not part.isupper())
    )


_CYRILLIC_RE = re.compile("[а-яё]", re.I)
_LEAD_PREPOSITIONS = frozenset({"для", "д/", "с", "со", "в", "во", "из", "на", "от"})


_LONGEST_CAPS_BRAND = 5


def _drop_caps_lead(title: str, abbreviations: Mapping[str, str] | None = None) -> str:
    parts = title.split()
    n = 0
    # Words with no lower-case word in them, before one that has («TWISTER КАРТОФЕЛЬ
    # ХРУСТЯЩИЙ 140г» is all upper case: its «г» is a unit, not a word). An abbreviation
    # of a product phrase is no brand («ЗП Colgate …» is «зубная паста»).
    while (
        n < len(parts)
        and not _lower_word(parts[n], n > 0 and parts[n - 1][-1:].isdigit())
        and " " not in (abbreviations or {}).get(parts[n].lower().rstrip("."), "")
    ):
        if n and parts[n].startswith("(") and not " ".join(parts[:n]).isascii():
            # «АДЖИКА (ООО Томат Регион)»: a Cyrillic upper-case run before a maker in
            # parentheses is the product; «HUGGIES (ХАГГИС) Трусики…» is a brand.
            return title
        n += 1
    if (
        n == len(parts)
        or n >= _LONGEST_CAPS_BRAND
        or not any(c.isalpha() for p in parts[:n] for c in p)
    ):
        # Five words and more in upper case are the product written so, not a brand
        # («МОРОЖЕНОЕ СЛИВОЧН.БАНАН.С МАЛИН.ДЕСЕРТОМ … INTRIGA малина-банан»).
        return title
    if parts[n].lower() in _LEAD_PREPOSITIONS:
        # «CLOSEUP ОПОЛАСКИВАТЕЛЬ для полости рта ЖАРКАЯ МЯТА»: what follows a preposition
        # is no product; a Latin brand's run ended where its Cyrillic product began.
        n = next(
            (k for k in range(1, n) if _CYRILLIC_RE.search(parts[k]) and parts[k - 1].isascii()),
            n,
        )
    return " ".join(parts[n:])


def head_phrase(title: str) -> list[str]:
    """The normalized words of the title before its first cut (see the module doc)."""
    return [token for token, _ in _head_tokens(title)]


def _head_tokens(title: str) -> list[tuple[str, bool]]:
    """``head_phrase`` with, per word, whether the title writes it capitalized."""
    out: list[tuple[str, bool]] = []
    quoted: str | None = None  # the quote that closes a name after the head
    after_name = after_comma = False
    skip = -1  # the word after «без» of ``_CUT_OFF``
    found = list(_TOKEN_RE.finditer(title))
    for n, m in enumerate(found):
        written = m.group(0)
        token = normalize(written)
        if not token:
            continue  # an apostrophe
        if quoted is not None:
            if token == quoted:
                quoted, after_name = None, True
            continue
        if after_name:
            # «Масло "Брест-Литовск" сливочное»: the phrase goes on past a quoted name
            # only with a word in lower case; anything else ends it.
            after_name = False
            if not (token[0].isalpha() and written.islower()):
                break
        if token in _QUOTES and out and token in _CLOSING:
            quoted = _CLOSING[token]
            continue
        if out and token[0].isdigit() and _number_inside(found, n):
            continue  # «Хлеб 100% ржаной», «Бумага ДЖАСТ 1 туал.»: the phrase goes on
        if token == "без" and n + 1 < len(found) and normalize(found[n + 1].group(0)) in _CUT_OFF:
            skip = n + 1  # «Филе бедра без кожи ЦБ»: what was cut off, not composition
            continue
        if n == skip:
            continue
        if token in _CUT_WORDS or token in _QUOTES or token[0].isdigit():
            break
        if token == "%" and out:
            continue
        if not token[0].isalpha():
            if token in "-–/.,":
                after_comma = token == ","
                continue  # «Напиток Fanta, газированный»: attributes after a comma
            break
        following = found[n + 1].group(0) if n + 1 < len(found) else ""
        if (
            after_comma
            and written[0].isupper()
            and following[:1].isupper()
            and not written.isascii()  # Latin words are names anyway («Virgen Extra»)
        ):
            break  # «Хлеб зерновой, Ржаной Край»: a name after the comma, not an attribute
        after_comma = False
        out.append((token, written[0].isupper()))
    return out


# Sliced forms, said anywhere in a title (``_find_kind``).
# Not «для нарезки» (a block to slice).
_SLICED_RE = re.compile(
    r"(?<!для )(?<![^\W\d_])(нарезк[а-я]*|ломтик[а-я]*|слайс[а-я]*)", re.IGNORECASE
)


# What a cut of meat or a fruit is without: «без кожи», «без кости» go on describing the
# head phrase.
_CUT_OFF = frozenset({"кожи", "кости", "косточки", "шкуры"})


def _number_inside(found: list[re.Match[str]], n: int) -> bool:
    """A number (a percent too) inside the head phrase, not its end: a word in lower case
    follows it, not a unit («Хлеб 100% ржаной», «Бумага ДЖАСТ 1 туал.»)."""
    k = n + 1
    if k < len(found) and found[k].group(0) == "%":
        k += 1
    if k >= len(found):
        return False
    after = found[k].group(0)
    return after.isalpha() and after.islower() and normalize(after) not in _UNITS_AFTER_NUMBER


# Магнит's maker in parentheses before the case count («… 75г пауч (Нестле):26»,
# «АДЖИКА (ООО Томат Регион), 120г»): who made it, neither its brand nor a word of what it
# is. A country there («(Испания):6») stays: a list may ask for Spanish wine.
_COUNTRIES = (
    "россия|италия|испания|франция|чехия|германия|грузия|чили|аргентина|португалия|австрия"
    "|австралия|юар|абхазия|армения|беларусь|белоруссия|казахстан|сербия|венгрия|болгария"
    "|молдова|молдавия|турция|китай|япония|корея|таиланд|вьетнам|индия|шри-ланка|кения"
    "|бразилия|колумбия|эквадор|мексика|сша|канада|бельгия|нидерланды|голландия|дания"
    "|финляндия|швеция|норвегия|польша|латвия|литва|эстония|ирландия|шотландия|англия"
    "|великобритания|новая зеландия|израиль|египет|марокко|узбекистан|азербайджан|греция"
)
_MAKER_RE = re.compile(
    rf"\((?!\s*(?:{_COUNTRIES})\s*\))[^()]*\)(?=\s*:\s*\d+(?:/\d+)?\s*$)"
    r"|\((?:ООО|ОАО|ЗАО|АО|ПАО|ИП)\s[^()]*\)",
    re.IGNORECASE,
)


# Words that open a flavour or scent, not a product: «"ФАНТА" вкус "ГРУША", напиток …».
_NOT_HEADS = frozenset({"вкус", "аромат"})
# «Мини круассаны», «Макси-пачка»: a size before the head, never the head.
_SIZE_WORDS = frozenset({"мини", "макси", "супер"})
_UNITS_AFTER_NUMBER = frozenset({"г", "гр", "кг", "мл", "л", "шт", "x", "х"})


def _later_phrases(title: str, known: Callable[[str], bool]) -> list[list[tuple[str, bool]]]:
    """The head phrases that start later in the title, outside quotes: after a comma, a
    closed quote, a number with its unit or a sentence's full stop («1л "Сады Придонья"
    сок …», «HOLBA Serak 11 Пиво …», «Мясной продукт. Колбасное изделие …»). Never after
    a preposition (what follows «с», «для» is composition) nor an abbreviation's dot
    («кр.какао» is a cream filling); ``known``: whether the dictionary has a word."""
    tokens = list(_TOKEN_RE.finditer(title))
    straight = sum(1 for m in tokens if m.group(0) == '"')
    out: list[list[tuple[str, bool]]] = []
    quoted = False
    seen = 0
    boundary = False
    previous = ""
    for m in tokens:
        token = m.group(0)
        before, previous = previous, token
        if token == "'":
            continue  # «Lay's»
        if token in _QUOTES:
            seen += token == '"'
            if token in "»”":
                quoted = False
            elif token in "«„“":
                quoted = True
            # An odd last straight quote («"Фанта" Мангуава" напиток») opens nothing.
            elif not (not quoted and seen == straight and straight % 2):
                quoted = not quoted
            boundary = not quoted
            continue
        if quoted:
            continue
        low = token.lower()
        if low in _CUT_WORDS:
            boundary = False
            continue
        if token[0].isdigit() or token in ",;:®™":
            boundary = True
            continue
        if token == ".":
            spaced = title[m.start() - 1 : m.start()].isspace()
            # «Продукт мясосодержащий. Сардельки»: a long word the dictionary lacks, then
            # a space and a capital, ends a sentence too; a cut word is short.
            sentence = re.match(r"\s+[А-ЯЁ]", title[m.end() :]) is not None and len(before) >= 9
            boundary = spaced or (
                before.isalpha() and len(before) > 3 and (known(before.lower()) or sentence)
            )
            continue
        if boundary and low in _UNITS_AFTER_NUMBER:
            continue
        if boundary and token[0].isalpha():
            phrase = _head_tokens(title[m.start() :])
            if phrase:
                out.append(phrase)
        boundary = False
    return out


_OPENING_PREPOSITIONS = frozenset({"для", "из"})


def _after_opening_purpose(title: str) -> list[list[tuple[str, bool]]]:
    """«АКВАЛАЙН Для ляль Вода питьевая …», «ПФ из рыбы Кета …»: a line name that opens
    with «для» or «из» and words in lower case is read past, to the capitalized word after
    it (not «MAGGI Для Котлет»: there the capitalized word is what it is for)."""
    tokens = list(_TOKEN_RE.finditer(title))
    if len(tokens) < 3 or normalize(tokens[0].group(0)) not in _OPENING_PREPOSITIONS:
        return []
    for n, m in enumerate(tokens[1:], start=1):
        word = m.group(0)
        if not word[0].isalpha() or normalize(word) in _CUT_WORDS:
            return []
        if word[0].isupper():
            phrase = _head_tokens(title[m.start() :]) if n > 1 else []
            return [phrase] if phrase else []
    return []


# A full stop written after a space: the end of a name or a sentence, not a cut word.
_SPACED_DOT_RE = re.compile(r"\s\.")


def _purpose_words(title: str, head: str | None = None, preposition: str = "для") -> list[str]:
    """The words after «для» when «для» ends the head phrase, up to the next cut: what a
    purpose noun is for («Средство для мытья посуды», «Корм д/кошек»). ``head``: the
    purpose noun as written, where the phrase starts later in the title (after a quoted
    name: «NIVEA MEN "Защита и Уход" Увлажняющий Гель для бритья»). With «из»: what a
    cut is made of («Стейк из свинины»)."""
    read = [normalize(m.group(0)) for m in _TOKEN_RE.finditer(title)]
    start = read.index(head) + 1 if head is not None and head in read else 0
    # «Гель Rexona Men … 3 в 1 для душа»: «N в 1» says how many uses, not a pack.
    read = read[:start] + _without_uses(read[start:])
    tokens = iter(read[start:])
    for token in tokens:
        if token == preposition:
            break
        if token in _QUOTES:
            # «Жидкость моющая "Mr. Proper" для полов»: a quoted name before «для»
            if not any(t in _QUOTES for t in tokens):
                return []
            continue
        if token and (token in _CUT_WORDS or token[0].isdigit()):
            return []
    else:
        return []
    out: list[str] = []
    for token in tokens:
        if not token or token in "-–/.," or token in _PURPOSE_GOES_ON:
            continue  # «… для мытья посуды в посудомоечных машинах»: still the purpose
        if token in _CUT_WORDS or token in _QUOTES or not token[0].isalpha():
            break
        out.append(token)
    return out


_PURPOSE_GOES_ON = frozenset({"в", "во", "для"})


def _without_uses(tokens: list[str]) -> list[str]:
    """``tokens`` without «N в 1» («3 в 1», «2в1»: a product of several uses)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i].isdigit() and tokens[i + 1 : i + 3] == ["в", "1"]:
            i += 3
            continue
        if re.fullmatch(r"\d+в1", tokens[i]):
            i += 1
            continue
        out.append(tokens[i])
        i += 1
    return out


def _phrase_after(read: str, head: str, lemmatizer: Lemmatizer, preposition: str = "для") -> str:
    """ " word … lemma … " of ``_purpose_words``: what a kind's title rules read beside
    the head phrase."""
    found = _purpose_words(read, head, preposition)
    return " ".join([*found, *(lemmatizer.lemma(f) for f in found)]) + " "


def _find_kind(
    read: str,
    cased: list[tuple[str, bool]],
    infos: list[WordInfo],
    phrase: str,
    dim: Dimension | None,
    brand_words: set[str],
    *,
    lemmatizer: Lemmatizer,
    tax: Taxonomy,
    after_brand: bool = False,
    first: bool = False,
) -> tuple[str | None, str | None]:
    """(head lemma, kind name) of a title's head phrase: the first product noun, read
    with the kind's rules (see the module docstring). ``after_brand``: the phrase
    follows an upper-case brand («PURINA ONE Актив сух.корм»); ``first``: it opens the
    title, where a cut first word is the product («Кетч.»), not what it is made of
    («Пюре БРОК.»)."""
    tokens = [t for t, _ in cased]
    head: str | None = None
    kind_name: str | None = None
    wrapper: str | None = None
    purpose: str | None = None
    generic: str | None = None
    known_heads = tax.heads
    for n, (w, info) in enumerate(zip(tokens, infos, strict=True)):
        lemma = info.lemma
        if info.latin or w in _SIZE_WORDS:
            continue
        if generic is not None and lemma.startswith(tax.flavours):
            break  # «Смузи клубника-банан»: a flavour after a name, not the product
        # A brand's word, unless it opens the title as a product the table knows
        # («Молоко Северное молоко …», brand «Северное Молоко»).
        if w in brand_words and not (n == 0 and lemma in known_heads):
            continue
        if "-" in w and lemma not in known_heads:
            # «Какао-напиток», «Трусики-подгузники»: a part that a kind's rule reads.
            for at, part in enumerate(p for p in w.split("-") if p):
                part_lemma = lemmatizer.lemma(part)
                if part_lemma not in known_heads and first and at == 0 and n == 0:
                    # «Антиперсп-кар.», «Шамп-уход»: the cut head noun opens the title.
                    part_lemma = tax.completion(part) or part_lemma
                if part_lemma not in known_heads:
                    continue
                # «NIVEA Гель-ух.КРЕМ АБРИКОС д/душа»: a purpose noun's «для» words.
                extra = (
                    _phrase_after(read, w, lemmatizer) if part_lemma in tax.purpose_heads else ""
                )
                kind = tax.title_kind(part_lemma, phrase + extra, dim)
                if kind is not None:
                    return part_lemma, kind.name
        if (
            first
            and all(i.latin for i in infos[:n])  # «VANISH Oxi Advance Пятновыводит»
            and not info.known
            and lemma not in known_heads
            and (full := tax.completion(w))
        ):
            # «HEINZ Кетч.», «REXONA Антиперсп.»: a cut head noun, read whole.
            kind = tax.title_kind(full, phrase, dim)
            if kind is not None:
                return full, kind.name
        if (
            not info.known
            and lemma not in known_heads  # «Маршмеллоу Бананы …»: a kind the table knows
            and n + 1 < len(tokens)
            and cased[n + 1][1]
            and infos[n + 1].lemma in known_heads
        ):
            continue  # «Данон Творог …»: an unknown word before a capitalized head: a brand
        # «Шампанское», «Мороженое»: adjectives by form, product nouns on a shelf.
        if lemma in known_heads and (info.pos == "NOUN" or info.noun):
            if lemma in tax.purpose_heads and purpose is None:
                # A purpose noun's kind is said after «для», or «от» what it removes
                # («Средство от налета и грязи Cillit Bang»): read those words too.
                purpose = _phrase_after(read, w, lemmatizer) + _phrase_after(
                    read, w, lemmatizer, "от"
                )
            extra = purpose if lemma in tax.purpose_heads and purpose else ""
            if lemma in tax.made_of_heads:
                extra += _phrase_after(read, w, lemmatizer, "из")
            # «Сыр ТЫСЯЧА ОЗЕР, Лёгкий, 15%, нарезка», «Сыр … в нарезке»: a sliced form
            # said anywhere is the head's form.
            extra += "".join(f" {f.lower()}" for f in _SLICED_RE.findall(read)) + " "
            kind = tax.title_kind(lemma, phrase + extra, dim)
            if kind is not None:
                head, kind_name = lemma, kind.name
                break
            if lemma in tax.wrappers:
                wrapper = wrapper or lemma
                continue
            # A head whose rules all refuse the title is a look-alike of it; after an
            # unknown word («Тилапия филе»), that word is the product.
            # «Мясной продукт … Колбаса»: an open head is read like a head no kind knows.
            look_alike = lemma if lemma in tax.open_heads else f"{lemma}*"
            head, kind_name = (generic, generic) if generic else (lemma, look_alike)
            break
        if not (info.noun or info.pos == "NOUN" or not info.known) or info.pos in _ADJ:
            continue  # an adjective or participle before the head («Картофельное пюре»)
        if lemma in tax.wrappers:
            wrapper = wrapper or lemma  # «Консервы. Горошек …»: read on
            continue
        # After an upper-case brand, a capitalized first word may be its line («PURINA
        # ONE Актив сух.корм»): read on for a product the table knows.
        line_name = after_brand and n == 0 and cased[n][1] and lemma not in tax.never_lines
        if (info.known and not line_name) or generic is not None:
            head = kind_name = generic or lemma  # a head noun no kind knows: the generic kind
            break
        # A word the dictionary does not know («комплексн Medium з/щетка», «Персил
        # Ср.д/ст.»): a name or a cut word, when a product the table knows follows it.
        generic = lemma
    if kind_name is None and generic is not None:
        head = kind_name = generic
    if kind_name is None and wrapper is not None:
        head = kind_name = wrapper
    return head, kind_name


def _phrase(tokens: list[str], infos: list[WordInfo], lemmatizer: Lemmatizer) -> str:
    """ " word … lemma … " of a head phrase, with the parts of hyphenated words."""
    parts = [p for w in tokens if "-" in w or "/" in w for p in re.split(r"[-/]", w) if p]
    return (
        " "
        + " ".join(
            [*tokens, *parts, *(i.lemma for i in infos), *(lemmatizer.lemma(p) for p in parts)]
        )
        + " "
    )


def _known_noun(info: WordInfo) -> bool:
    return info.known and info.pos == "NOUN"


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
    the store gave one; the title's pack is used otherwise. Never raises.

    Over 80 lines: one reading whose steps (the head phrase, a later phrase when the first
    names no product, the marks, the words) share the expanded title and its word
    analyses; split, each would take and return most of them."""
    tax = tax or taxonomy()
    separated = _separated(name)
    without_lead = _without_lead(separated, tax.abbreviations, tax.brand_leads)
    # The upper-case lead kept: the title's words, and a second reading (see below).
    whole = _written_out_title(separated, tax.abbreviations, tax.abbreviations_after)
    read = (
        whole
        if without_lead == separated
        else _written_out_title(without_lead, tax.abbreviations, tax.abbreviations_after)
    )
    facts = parse_title(read)
    dim = pack_dimension(pack or facts.pack, sold_by_kg)
    brand_words = set(words(brand)) if brand else set()
    known_word = lambda w: lemmatizer.info(w).known  # noqa: E731
    cased = _head_tokens(read)
    tokens = [t for t, _ in cased]
    infos = [lemmatizer.info(w) for w in tokens]
    phrase = _phrase(tokens, infos, lemmatizer)
    head, kind_name = _find_kind(
        read,
        cased,
        infos,
        phrase,
        dim,
        brand_words,
        lemmatizer=lemmatizer,
        tax=tax,
        after_brand=whole != read,
        first=True,
    )
    if kind_name not in tax.by_name and not (kind_name or "").endswith("*"):
        # No product in the first phrase, only a name or «вкус»: one later in the title.
        first = next((t for t, i in zip(tokens, infos, strict=True) if i.lemma == head), "")
        # A word the dictionary knows, whole or in its hyphenated parts («мини-рулет»),
        # is a product of its own; an unknown one is a name.
        parts = [p for p in re.split(r"[-/]", first) if p]
        known = first and (
            all(lemmatizer.info(p).known for p in parts)
            # «Маска-баттер для лица … Авокадо»: a noun the dictionary knows, then a name
            or (len(parts) > 1 and len(parts[0]) >= 4 and _known_noun(lemmatizer.info(parts[0])))
        )
        # «Мясной продукт. Колбасное изделие вареное. Колбаса …»: the law's name first.
        meat_product = head == "продукт" and (" мясн" in phrase or " мясосодерж" in phrase)
        # «Мясницкий ряд .Колбасное изделие. Сосиски …»: a name, then sentences.
        sentences = _SPACED_DOT_RE.search(read) is not None
        # «ЛОСОСЬ кусок, полуфабрикат …», «ХАЛВА Тимоша …»: Магнит's upper-case run is
        # the product when its first word is one the table knows, not a brand.
        lead = _head_tokens(whole)[:1] if whole != read else []
        product_lead = bool(lead) and lemmatizer.info(lead[0][0]).lemma in tax.heads
        if (
            head is None
            or head in _NOT_HEADS
            or not known
            or meat_product
            or sentences
            or product_lead
        ):
            # «TWISTER КАРТОФЕЛЬ ХРУСТЯЩИЙ «Со вкусом…»»: the upper-case run was the
            # product, not a brand; then the phrases later in the title.
            firsts = [_head_tokens(whole)] if whole != read else []
            last_resort: tuple[tuple[str | None, str | None], list[tuple[str, bool]]] | None
            last_resort = None
            opening = _after_opening_purpose(read) if head is None else []
            for later in [*opening, *firsts, *_later_phrases(read, known_word)]:
                later_infos = [lemmatizer.info(w) for w, _ in later]
                found = _find_kind(
                    read,
                    later,
                    later_infos,
                    _phrase([t for t, _ in later], later_infos, lemmatizer),
                    dim,
                    brand_words,
                    lemmatizer=lemmatizer,
                    tax=tax,
                )
                # A known kind; or, instead of «вкус», the upper-case phrase's own head.
                flavour_only = head in _NOT_HEADS and firsts and later is firsts[0]
                if found[1] in tax.by_name or (flavour_only and found[0]):
                    head, kind_name = found
                    cased, infos = later, later_infos
                    tokens = [t for t, _ in cased]
                    break
                if head is None and firsts and later is firsts[0] and found[0]:
                    last_resort = found, later  # «КАРП охлажденный (СП ГМ)», if nothing else
            else:
                if last_resort is not None:
                    (head, kind_name), cased = last_resort
                    infos = [lemmatizer.info(w) for w, _ in cased]
                    tokens = [t for t, _ in cased]
    if kind_name in tax.by_name:
        # «Макаронные изделия "Шебекинские" Спагетти тонкие»: a sub-kind named after a
        # quote or a comma, outside the head phrase; not in a «с …» phrase.
        # Not a word of a mix («Горбуша-Скумбрия», «Радичио + Рукола»).
        before_with = _WITH_PHRASE_RE.split(read)[0]
        alone = [w for w in _WORD_RE.findall(before_with) if "-" not in w]
        named = (
            None
            if "+" in before_with
            else tax.sub_kind_named(kind_name, (lemmatizer.lemma(w) for w in alone), besides=head)
        )
        if named is not None:
            kind_name = named.name
    head_token = next((t for t, i in zip(tokens, infos, strict=True) if i.lemma == head), "")
    head_parts = [p for p in re.split(r"[-/]", head_token) if p] if "-" in head_token else []
    # Every word, the upper-case brand column too («SNICKERS Батончик»): a list may ask
    # for the brand.
    title_words = words(_MAKER_RE.sub(" ", whole))
    # «хот-дога»: a list may write the word joined («для хотдога»).
    title_words += [w.replace("-", "") for w in title_words if "-" in w]
    size = diaper_size(name)
    if size is not None:
        title_words.append(f"{SIZE_TOKEN}{size}")
    title_words += line_numbers(name)
    title_words += letter_digit_words(name)
    title_words += aged_years(name)
    plies = ply_word(name)
    if plies is not None:
        title_words.append(plies)
    in_one = in_one_word(name)
    if in_one is not None:
        title_words.append(in_one)
    fat_range = _fat_is_range(read)
    if fat_range:
        title_words.append(FAT_RANGE_TOKEN)
    joined = " " + " ".join(title_words) + " "
    for padded, said in tax.brands_say_padded:
        if padded in joined:
            title_words += said  # «Фарш Премиум, Петелинка»: chicken mince
    if (
        kind_name == "чай"
        and facts.pack is not None
        and (facts.pack.count > 1 or (facts.pack.unit is SizeUnit.PIECE and facts.pack.value >= 10))
    ):
        # «Чай Greenfield … 100х2 г»: a hundred bags; «Чай зеленый Tess Flirt … 25шт»
        title_words.append("пакетики")
    if alcohol_free(name):
        title_words.append("безалкогольный")  # «Балтика №0», «0,0%», «Ipa 0%»: beer's look-alike
    return TitleAnalysis(
        kind=kind_name or "",
        head=head,
        head_lemmas=" "
        + " ".join(
            dict.fromkeys(
                [lm for i in infos for lm in i.lemmas]
                # The parts of a hyphenated head («Крем-гель»), not of a flavour list
                # after it («меренга-шоколад-коньяк»).
                + [lm for p in head_parts for lm in lemmatizer.info(p).lemmas]
            )
        )
        + " ",
        # The cut words last, never lemmatized: a list's word may begin with one.
        words=" "
        + " ".join(
            [*title_words, *abbreviations(_MAKER_RE.sub(" ", name), known_word, tax.cut_words)]
        )
        + " ",
        # Every reading's lemma: «трески» is треска or треск, and a list may mean either.
        lemmas=" "
        + " ".join(dict.fromkeys(lm for w in title_words for lm in lemmatizer.info(w).lemmas))
        + " ",
        brand=brand_key(brand) if brand else "",
        # «от 3,2% до 6%», «3.2-4.5%»: no one fat a list can ask for.
        fat_pct=None if fat_range else _fat_of(facts.fat_pct, read, kind_name or ""),
        egg_class=facts.egg_class,
        pack=facts.pack,
    )
