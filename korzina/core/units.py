"""Sizes, fat, egg class and flour grade from real Russian product titles.

Pure functions, no I/O. The matcher runs them over hundreds of thousands of
titles, so every pattern is compiled once at import time.

Rules worth knowing (the tests in tests/core/test_units.py pin each of them):

* **Pack size.** A number followed by a unit: г/гр/грамм, кг, мл, л/литр,
  шт/штук, пак/пакетиков, капсул, рулонов (the last four count pieces).
  Multipacks: «4х100г», «2 x 1.5л», «6*0,33л», «100пак х 2г» (count first),
  «70 г х 3», «0,5л x 6шт» (count last) and «350мл 2шт» (a size followed by a
  piece count) give ``value`` per piece and ``count``. The separator may be
  Cyrillic х, Latin x, ``*`` or ×. A range «1,2-1,6 кг» gives its midpoint.
  When a title has several sizes the *last* mass/volume wins (stores put the
  size at the end: «Хлеб 7 злаков 300г»); a piece count is used only when the
  title has no mass or volume («Яйца С0 10шт»). Numbers not followed by a unit
  («12 шариков», «№4», «J7», «33х33см») are never sizes. «1уп.» is not a size.
* **Fat.** The first «N%» that is not a discount («-41%», «скидка 15%», «до
  50%», «15% от 2 шт»), not cocoa or juice content («70% какао», «100% сока»)
  and not alcohol («4,5% об.», or a title that starts with вино/пиво/сидр...).
  A range «3,4-6%» gives its *lower* bound: the label guarantees at least that
  much, and a shopper asking for 3.2% must not get 3.4-6% by its midpoint.
  ``parse_fat_range`` returns both bounds for callers that want them.
* **Egg class.** Upper-case С/C followed by 0-3, О/O (отборное) or В/B
  (высшая), Latin or Cyrillic, as a separate token: «С0», «C1», «CO», «СВ».
  Not «СО2», not «витамин С», not «СВ-Волжанка». Lower case («яйца с1»),
  «отборные» and «высшей категории» count only when the text is about eggs,
  since «Клубника отборная» is not an egg class. Dietary «Д0»-«Д2» likewise
  need an egg context (vitamin «Д2» exists).
* **Flour grade.** «в/с», «высший сорт», «высшего сорта» → «высший»; «1 с»,
  «1с», «1 сорт», «первого сорта» → «первый»; «2 с», «второго сорта» →
  «второй». ``parse_title`` fills ``flour_grade`` only for titles about flour
  (мука), because «Тушка цыплёнка 1 сорт» is a poultry grade.
* **Flags.** ``ultra_pasteurized``: «ультрапастеризованное», «у/паст»,
  «ультрапаст.». ``pasteurized``: pasteurized and *not* ultra-pasteurized.
  ``weighted``: «весовой», «на вес», «развес».
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from korzina.core.models import KOPECK, ListItem, PackSize, QuantityUnit, SizeUnit, SoldBy

__all__ = [
    "TitleFacts",
    "normalize_amount",
    "parse_egg_class",
    "parse_fat",
    "parse_fat_range",
    "parse_flour_grade",
    "parse_pack",
    "parse_title",
    "unit_price",
]

_THOUSAND = Decimal(1000)

# --- pack size -------------------------------------------------------------

_NUM = r"\d+(?:[.,]\d+)?"
# Longest alternatives first; the unit must not run on into a word («2 года»,
# «1 лимон», «2сл»).
_MEASURE_UNIT = (
    r"килограмм(?:ов|а)?|кг|kg"
    r"|грамм(?:ов|а)?|гр|г|g"
    r"|миллилитр(?:ов|а)?|мл|ml"
    r"|литр(?:ов|а)?|л"
)
_PIECE_UNIT = r"штук[аи]?|шт|пакетик(?:ов|а|и)?|пак|капсул[аы]?|капс|рулон(?:ов|а)?|рул"
_END = r"(?![^\W\d_]|\d)"  # not followed by a letter or digit
_X = r"\s*[xXхХ×*]\s*"
# Not inside a number («1.5»); after a cut word's dot it may start («3сл.8рул»).
_NOT_AFTER_NUM = r"(?<!\d)(?:(?<![.,])|(?<=[^\W\d_][.,]))"

# Alternatives in priority order; finditer takes the first that matches at
# each position, so multipacks win over a bare size starting at the same digit.
_PACK_RE = re.compile(
    rf"""
    {_NOT_AFTER_NUM}(?:
        # 4х100г, 2 x 1.5л, 6*0,33л, 100пак х 2г
        (?P<c1>\d{{1,3}})(?:\s*(?:шт|пак)\.?)?{_X}(?P<v1>{_NUM})\s*(?P<u1>{_MEASURE_UNIT}){_END}
      | # 70 г х 3, 0,5л x 6шт
        (?P<v2>{_NUM})\s*(?P<u2>{_MEASURE_UNIT})\.?{_X}(?P<c2>\d{{1,3}})(?:\s*шт\.?)?{_END}
      | # 1,2-1,6 кг
        (?P<lo>{_NUM})\s*[-–]\s*(?P<hi>{_NUM})\s*(?P<u3>{_MEASURE_UNIT}){_END}
      | # 350мл 2шт, 125г (4 шт)
        (?P<v4>{_NUM})\s*(?P<u4>{_MEASURE_UNIT})\.?[\s,]*\(?\s*(?P<c4>\d{{1,3}})\s*шт{_END}
      | # 930мл, 1,45 л, 500 г
        (?P<v5>{_NUM})\s*(?P<u5>{_MEASURE_UNIT}){_END}
      | # 10шт, 20 пак, 10 пакетиков
        (?P<v6>\d{{1,4}})\s*(?:{_PIECE_UNIT}){_END}
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

_UNIT_ALIASES: dict[str, SizeUnit] = {}
for _alias in ("г", "гр", "g", "грамм", "грамма", "граммов"):
    _UNIT_ALIASES[_alias] = SizeUnit.G
for _alias in ("кг", "kg", "килограмм", "килограмма", "килограммов"):
    _UNIT_ALIASES[_alias] = SizeUnit.KG
for _alias in ("мл", "ml", "миллилитр", "миллилитра", "миллилитров"):
    _UNIT_ALIASES[_alias] = SizeUnit.ML
for _alias in ("л", "l", "литр", "литра", "литров"):
    _UNIT_ALIASES[_alias] = SizeUnit.L
for _alias in ("шт", "штук", "штука", "штуки", "pcs"):
    _UNIT_ALIASES[_alias] = SizeUnit.PIECE


def _dec(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def _unit(text: str) -> SizeUnit:
    return _UNIT_ALIASES[text.lower()]


# Runs of digits; the big pattern is tried only where one starts. A pattern
# that begins with \d lets the regex engine skip ahead, which is several times
# faster than finditer trying the big pattern (lookbehind first) everywhere.
_DIGITS_RE = re.compile(r"\d+")


def _pack_parts(m: re.Match[str]) -> tuple[Decimal, SizeUnit, int]:
    g = m.groupdict()
    if g["c1"] is not None:
        return _dec(g["v1"]), _unit(g["u1"]), int(g["c1"])
    if g["c2"] is not None:
        return _dec(g["v2"]), _unit(g["u2"]), int(g["c2"])
    if g["lo"] is not None:
        lo, hi = _dec(g["lo"]), _dec(g["hi"])
        # «2-1 кг» is not a range: keep the number next to the unit.
        return (hi if hi <= lo else (lo + hi) / 2), _unit(g["u3"]), 1
    if g["c4"] is not None:
        return _dec(g["v4"]), _unit(g["u4"]), int(g["c4"])
    if g["v5"] is not None:
        return _dec(g["v5"]), _unit(g["u5"]), 1
    return _dec(g["v6"]), SizeUnit.PIECE, 1


# A crawl or re-crawl reads the same titles again (every shop, every day); PackSize is
# frozen, so one parsed value can be shared.
@functools.lru_cache(maxsize=1 << 16)
def parse_pack(text: str) -> PackSize | None:
    """The product's own pack size in ``text``, or None when it states none.

    The last mass or volume wins; a piece count only when there is neither, or when the
    only mass is a range beside a count: «4 (9-14 кг), 46 шт» is the child's weight.
    """
    last_measure: tuple[Decimal, SizeUnit, int] | None = None
    last_multi: tuple[Decimal, SizeUnit, int] | None = None
    last_piece: tuple[Decimal, SizeUnit, int] | None = None
    measure_is_range = False
    pos = 0
    while True:
        run = _DIGITS_RE.search(text, pos)
        if run is None:
            break
        m = _PACK_RE.match(text, run.start())
        if m is None:
            pos = run.end()
            continue
        pos = m.end()
        value, unit, count = _pack_parts(m)
        if value <= 0 or count <= 0:
            continue
        if unit is SizeUnit.PIECE:
            last_piece = (value, unit, count)
        else:
            last_measure = (value, unit, count)
            measure_is_range = m.group("lo") is not None
            if count > 1:
                last_multi = last_measure
    found = last_measure
    if (
        found is not None
        and found[2] == 1
        and last_multi is not None
        and last_multi[1] is found[1]
        and last_multi[0] * last_multi[2] == found[0]
    ):
        # «100х2 г, 200 г»: the total after the multipack that makes it up
        found = last_multi
    if found is None or (measure_is_range and last_piece is not None):
        found = last_piece
    if found is None:
        return None
    # Built once, at the end: a pydantic model costs more than the regex.
    return PackSize(value=found[0], unit=found[1], count=found[2])


# --- fat -------------------------------------------------------------------

_FAT_RE = re.compile(
    rf"""
    (?:(?P<lo>{_NUM})\s*(?:[-–—]|\s+до\s+)\s*)?   # optional range start: 3,4-6% / 3,4 до 6%
    (?<![\d.,])(?P<sign>[-−–]\s*)?(?P<v>{_NUM})\s*%
    """,
    re.VERBOSE,
)
# Words right before a percent that make it a discount or a promo, not fat.
_FAT_BAD_BEFORE_RE = re.compile(
    r"(?:скидк\w*|выгод\w*|кешб[эе]к\w*|кэшб[эе]к\w*|до|минус|акци\w*|баллов)\s*$",
    re.IGNORECASE,
)
# What follows the percent: discount terms, cocoa, juice, alcohol by volume.
_FAT_BAD_AFTER_RE = re.compile(
    r"\s*(?:от\b|скидк|кешб|кэшб|на\s|какао|сока|сок\b|мяса|фрукт|ягод|об\b|об\.|vol|алк|spf)",
    re.IGNORECASE,
)
_FAT_BAD_BEFORE_WINDOW = 16
_ALCOHOL_TITLE_RE = re.compile(
    r"^\s*(?:вино|вина|пиво|сидр|пуаре|медовуха|шампанское|игристое|коньяк|водка|виски|ром|джин"
    r"|ликер|ликёр|настойка|вермут|бренди|текила|слабоалкогольный|пивной)\b",
    re.IGNORECASE,
)
_ALC_MARK_RE = re.compile(r"алк\.|алкоголь", re.IGNORECASE)
# «100% арабика», «сок 100%»: what it is made of, never a fat (ghee is 99 %).
_MAX_FAT = Decimal("99.9")


def parse_fat_range(text: str) -> tuple[Decimal, Decimal] | None:
    """Fat percent as (low, high); a single value gives (v, v). None if absent.

    See the module docstring for what is not fat (discounts, cocoa, alcohol).
    """
    if "%" not in text:  # most titles: skip the regex entirely
        return None
    if _ALCOHOL_TITLE_RE.match(text) or _ALC_MARK_RE.search(text):
        return None
    for m in _FAT_RE.finditer(text):
        if m.group("sign") is not None:
            continue  # «-41%» is a discount
        start = m.start("lo") if m.group("lo") is not None else m.start("v")
        before = text[max(0, start - _FAT_BAD_BEFORE_WINDOW) : start]
        if _FAT_BAD_BEFORE_RE.search(before):
            continue
        if _FAT_BAD_AFTER_RE.match(text, m.end()):
            continue
        high = _dec(m.group("v"))
        low = _dec(m.group("lo")) if m.group("lo") is not None else high
        if low > high:  # «10-5%» is not a range; keep the percent itself
            low = high
        if high > _MAX_FAT:
            continue
        return low, high
    return None


def parse_fat(text: str) -> Decimal | None:
    """Fat percent: «3,2%» → 3.2; a range «3,4-6%» gives its lower bound 3.4."""
    found = parse_fat_range(text)
    return None if found is None else found[0]


# --- egg class -------------------------------------------------------------

_LETTER = r"[^\W\d_]"
# Cheap substring test on the lower-cased text: eggs, an egg, «яиц».
_EGG_CONTEXT_WORDS = ("яйц", "яйк", "яиц", "яйо", "egg")
# Upper-case С/C + 0-3/О/O/В/B as its own token; not after a letter, digit or
# hyphen, nor «витамин»; not followed by a digit, letter or hyphen-word
# («СО2», «СВ-Волжанка»). The letter comes first and the lookbehinds after it,
# so the regex engine can jump between candidate letters.
_EGG_STRICT_RE = re.compile(
    rf"[СC](?<!{_LETTER}[СC])(?<![\d-][СC])(?<!(?i:витамин )[СC])(?<!(?i:витамина )[СC])"
    rf"(?<!(?i:витамином )[СC])([0-3ОOВB])(?!{_LETTER}|\d|-{_LETTER}|-\d)"
)
_EGG_LOOSE_RE = re.compile(
    rf"[СCсc](?<!{_LETTER}[СCсc])(?<![\d-][СCсc])\s?([0-3ОOВBоoвb])(?!{_LETTER}|\d|-{_LETTER}|-\d)"
)
_EGG_DIET_RE = re.compile(rf"[ДдDd](?<!{_LETTER}[ДдDd])(?<![\d-][ДдDd])([0-2])(?!{_LETTER}|\d)")
_EGG_SELECT_RE = re.compile(r"отборн\w*", re.IGNORECASE)
_EGG_HIGHEST_RE = re.compile(r"высш\w*\s+категори\w*", re.IGNORECASE)
# «Яйцо куриное столовое 1 категории», «первой категории»: С1 (GOST's first category).
_EGG_NTH_RE = re.compile(
    r"(?<![\w.,])(1|2|3|перв|втор|трет)(?:ой|ая|ей|ья|-?й|-?я)?\s+категори", re.IGNORECASE
)
_EGG_NTH = {"1": "1", "перв": "1", "2": "2", "втор": "2", "3": "3", "трет": "3"}
_EGG_SECOND = {
    "0": "0",
    "1": "1",
    "2": "2",
    "3": "3",
    "О": "О",
    "O": "О",
    "о": "О",
    "o": "О",
    "В": "В",
    "B": "В",
    "в": "В",
    "b": "В",
}


def parse_egg_class(text: str) -> str | None:
    """Egg category normalized to Cyrillic: «С0», «С1», «С2», «С3», «СВ», «СО», «Д0»-«Д2».

    Upper-case tokens count anywhere; lower case, «отборные», «высшей категории», «1
    категории» and dietary «Д1» only when the text is about eggs.
    """
    m = _EGG_STRICT_RE.search(text)
    if m is not None:
        return "С" + _EGG_SECOND[m.group(1)]
    low = text.lower()
    if not any(word in low for word in _EGG_CONTEXT_WORDS):
        return None
    m = _EGG_LOOSE_RE.search(text)
    if m is not None:
        return "С" + _EGG_SECOND[m.group(1)]
    m = _EGG_DIET_RE.search(text)
    if m is not None:
        return "Д" + m.group(1)
    if _EGG_SELECT_RE.search(text):
        return "СО"
    if _EGG_HIGHEST_RE.search(text):
        return "СВ"
    m = _EGG_NTH_RE.search(text)
    if m is not None:
        return "С" + _EGG_NTH[m.group(1).lower()]
    return None


# --- flour grade -----------------------------------------------------------

_GRADE_RE = re.compile(
    rf"""
    (?<!{_LETTER})(?:
        (?P<top>в/с|высш(?:ий|его|\.)\s*(?:сорт\w*|с\b|с\.)|высш(?:ий|его)\b)
      | (?P<first>первый\s+сорт|первого\s+сорта|1\s*(?:-?(?:й|ый|ого)\s*)?(?:сорт\w*|с\b|с\.))
      | (?P<second>второй\s+сорт|второго\s+сорта|2\s*(?:-?(?:й|ой|ого)\s*)?(?:сорт\w*|с\b|с\.))
    )(?!{_LETTER})
    """,
    re.IGNORECASE | re.VERBOSE,
)
_FLOUR_CONTEXT_RE = re.compile(r"мук[аиуеой]?\b", re.IGNORECASE)


def parse_flour_grade(text: str) -> str | None:
    """Grade of flour: «в/с» → «высший», «1 с»/«первого сорта» → «первый», «2 с» → «второй»."""
    m = _GRADE_RE.search(text)
    if m is None:
        return None
    if m.group("top") is not None:
        return "высший"
    if m.group("first") is not None:
        return "первый"
    return "второй"


# --- flags and the whole title -------------------------------------------

_ULTRA_RE = re.compile(r"ультра-?\s*паст|у/\s*паст|\buht\b", re.IGNORECASE)
# The whole ultra word, removed before looking for plain pasteurization.
_ULTRA_WORD_RE = re.compile(r"(?:ультра-?\s*|у/\s*)паст\w*\.?", re.IGNORECASE)
_PAST_RE = re.compile(r"пастер|(?<![/\w])паст\.", re.IGNORECASE)
_WEIGHTED_RE = re.compile(r"(?<!\w)(?:весов\w*|вес\.|на\s+вес\b|развес\w*)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TitleFacts:
    """What a product title states about the product itself."""

    pack: PackSize | None = None
    fat_pct: Decimal | None = None
    egg_class: str | None = None
    flour_grade: str | None = None
    ultra_pasteurized: bool = False
    pasteurized: bool = False
    weighted: bool = False


# Пятёрочка's older drink titles close on a bare number of litres («Вода … столовая негаз
# "Легенда Гор " 0,5», «… 5.0»): read as litres in a title of a drink.
_BARE_LITRES_RE = re.compile(r"(?<![\d.,])(\d{1,2}[.,]\d{1,3})\s*$")
_DRINK_RE = re.compile(r"(?<!\w)(?:вода|напиток|сок|нектар|морс|лимонад|квас|пиво)", re.IGNORECASE)


def _drink_pack(title: str) -> PackSize | None:
    bare = _BARE_LITRES_RE.search(title)
    if bare is None or _DRINK_RE.search(title) is None:
        return None
    value = Decimal(bare.group(1).replace(",", "."))
    return PackSize(value=value, unit=SizeUnit.L) if 0 < value <= 20 else None


def parse_title(title: str) -> TitleFacts:
    """All facts of one title; never raises."""
    low = title.lower()
    # Substring tests first: most titles mention neither, and `in` is far
    # cheaper than a regex search.
    ultra = plain = False
    if "паст" in low or "uht" in low:
        ultra = _ULTRA_RE.search(title) is not None
        # «ультрапастеризованное» contains «пастер»: look for plain
        # pasteurization only outside the ultra-pasteurized words.
        rest = _ULTRA_WORD_RE.sub(" ", title) if ultra else title
        plain = _PAST_RE.search(rest) is not None
    return TitleFacts(
        pack=parse_pack(title) or _drink_pack(title),
        fat_pct=parse_fat(title),
        egg_class=parse_egg_class(title),
        flour_grade=(
            parse_flour_grade(title) if "мук" in low and _FLOUR_CONTEXT_RE.search(title) else None
        ),
        ultra_pasteurized=ultra,
        pasteurized=plain,
        weighted="вес" in low and _WEIGHTED_RE.search(title) is not None,
    )


# --- amounts and unit prices ---------------------------------------------


def normalize_amount(value: Decimal, unit: str) -> tuple[Decimal, SizeUnit]:
    """An amount in base units: г → кг, мл → л; кг, л and шт unchanged.

    ``unit`` is a SizeUnit or a Russian alias («гр», «литр», «штук»...).
    Raises ValueError for an unknown unit.
    """
    try:
        base = _UNIT_ALIASES[str(unit).strip().lower().rstrip(".")]
    except KeyError:
        raise ValueError(f"unknown unit: {unit!r}") from None
    if base is SizeUnit.G:
        return value / _THOUSAND, SizeUnit.KG
    if base is SizeUnit.ML:
        return value / _THOUSAND, SizeUnit.L
    return value, base


def unit_price(
    price: Decimal, sold_by: SoldBy, pack: PackSize | None
) -> tuple[Decimal, SizeUnit] | None:
    """Price per кг, л or шт, rounded to kopecks; None when the size is unknown.

    Sold by weight: ``price`` is already per кг. Otherwise the pack's total
    («4х100г» = 0.4 кг) divides the price.
    """
    if sold_by is SoldBy.KG:
        return price.quantize(KOPECK, rounding=ROUND_HALF_UP), SizeUnit.KG
    if pack is None:
        return None
    amount, base = normalize_amount(pack.value * pack.count, pack.unit)
    if amount <= 0:
        return None
    try:
        per = (price / amount).quantize(KOPECK, rounding=ROUND_HALF_UP)
    except InvalidOperation:  # absurd sizes overflow the quantize precision
        return None
    return per, base


_AMOUNT_UNITS: dict[SizeUnit, QuantityUnit] = {
    SizeUnit.G: "г",
    SizeUnit.KG: "кг",
    SizeUnit.ML: "мл",
    SizeUnit.L: "л",
}


def size_as_amount(item: ListItem) -> ListItem | None:
    """The item with the size of its one pack read as the amount wanted («рис 2 кг»: that
    much rice, in any packs). None when the size is not a bare weight or volume of one
    pack (a count was written, «2 пачки по кило», or it counts pieces)."""
    pack = item.pack
    if pack is None or pack.count != 1 or item.unit is not None or item.quantity != 1:
        return None
    unit = _AMOUNT_UNITS.get(pack.unit)
    if unit is None:
        return None
    return item.model_copy(update={"pack": None, "quantity": pack.value, "unit": unit})
