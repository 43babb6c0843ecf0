"""What a list allows instead of an item: «молоко 3.2 если нет то 2.5», «кофе якобс или
нескафе», «камамбер можно бри», and «любой фирмы» after a brand (the brand first, any
other after it).

Pure text functions: ``split_alternatives`` cuts one fragment into the item's own words
and the words of each alternative; the reader (``rules.parse_rules``) reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from korzina.core.ages import LIST_AGE
from korzina.core.models import PackSize, SizeUnit

# «если нет», «а если нет 3.2 то», «если не будет — бери»: what follows is the second
# choice; words between «нет» and «то» repeat the first («если нет 3.2 то 2.5»).
_IF_NOT = re.compile(
    r"\s+(?:а\s+)?(?:если|коли)\s+(?:нет[уа]?|не\s+будет|не\s+найд[её]шь|не\s+найд[её]те"
    r"|закончил(?:ся|ась|ось|ись))\b(?:\s+(?:(?!то\b|тогда\b)\S+\s+){0,3}?(?:то|тогда)\b)?"
    r"(?:\s*[-—–]\s*|\s+(?:бери|возьми)\b)?",
    re.IGNORECASE,
)
# «или», «либо», «и/или»: not between numbers («2 или 3 пачки» is an amount).
_OR = re.compile(r"(?<!\d(?=\s+(?:или|либо)\s+\d))\s+(?:и\s*/\s*или|или|либо)\s+", re.IGNORECASE)
# «можно бри», not «можно другой фирмы» nor «можно любой» (those free the brand).
_MAY = re.compile(r"\s+можно\s+(?!(?:друг|люб)[а-я]*\b)(?:и\s+|также\s+)?", re.IGNORECASE)
# «любой фирмы», «можно другой марки», «можно любой», «любого производителя»: the brand
# written before is a first choice, not a requirement; so is a bare «любые» in a second
# choice («если нет любые молочные»).
_ANY_MAKER = re.compile(
    r"(?:\s+|^)(?:а\s+)?(?:можно\s+)?(?:(?:любо(?:й|го|е)|люб(?:ая|ую|ые|ых)|друг(?:ой|ого|ая|ую|ое|ие|их))"
    r"\s+(?:фирм[аыу]?|марк[аиу]|производител[ья]|бренд[а]?)|любо(?:й|го|е)|люб(?:ая|ую|ые|ых)"
    r"|друг(?:ой|ого|ая|ую|ое|ие|их)(?=\s*$))"
    r"(?=\s|$)",
    re.IGNORECASE,
)
# A bare «любой» closing the first choice («доместос для туалета любой», «печенье
# юбилейное любое») is any of what it names, the brand kept; «можно любой» frees it.
_BARE_ANY = re.compile(r"(?<!можно)\s+(?:любо(?:й|е)|люб(?:ая|ую|ые))\s*$", re.IGNORECASE)


# «молодой если есть»: a wish, anything of the kind will do without it.
_IF_ANY = re.compile(r"\s+(?:а\s+)?(?:если|коли)\s+(?:есть|найд[её]шь)\s*$", re.IGNORECASE)
# «китайский не надо», «куриные не бери» closing the item: the word before is what the
# product must not be, as «не китайский» («не бери дорогой» is read by the reader).
_NOT_WANTED = re.compile(
    r"(?<!\S)(\S+)\s+не\s+(?:надо|нужн[оаы]?|бери(?:те)?|брать|покупай(?:те)?)\s*$",
    re.IGNORECASE,
)


# «не дороже 150р», «до 300 рублей», «дешевле 100 ₽»: a price cap, not an amount.
_PRICE_CAP = re.compile(
    r"\s*(?:,\s*)?(?:но\s+)?(?:не\s+дороже|не\s+больше|дешевле|до|максимум|макс\.?|в\s+пределах)"
    r"\s+(?P<sum>\d+(?:[.,]\d+)?)\s*(?P<cur>р\b\.?|руб[а-я]*\.?|₽|рэ\b)?"
    r"(?:\s*(?P<by>за\b|/)?\s*(?P<per>кг\b|кило[а-я]*|килограмм[а-я]*|л\b|литр[а-я]*|шт[а-я]*\.?))?",
    re.IGNORECASE,
)
# «творог 300-400 г», «филе 800 г - 1 кг», «от 1 до 1,5 кг»: a range of pack sizes (of
# mass or volume: «2-3 пачки» is a count). Not in parentheses: «памперс 4 (9-14кг)» is
# the baby's weight, a size class.
_PACK_RANGE = re.compile(
    r"(?<![\d.,(])(?:от\s+)?(?P<low>\d+(?:[.,]\d+)?)\s*(?P<low_unit>кг|г|гр|мл|л)?\.?"
    r"\s*(?:-|–|—|до)\s*"
    r"(?=(?P<high>\d+(?:[.,]\d+)?)\s*(?P<unit>кг\b|кило[а-я]*|килограмм[а-я]*|г\b|гр\b|гр\.|"
    r"грамм[а-я]*|мл\b|л\b|литр[а-я]*))",
    re.IGNORECASE,
)
# «кефир 2–3 шт», «яйца 2-3 десятка», «хлеб 1-2 батона»: a range of counts is its smaller
# one, as «2 или 3 пачки» is (both numbers were read as amounts and added up: 32 eggs).
_COUNT_RANGE = re.compile(
    r"(?<![\d.,(])(\d+)\s*[-–—]\s*\d+(?=\s*(?!кг\b|кило|г\b|гр\b|грам|мл\b|л\b|литр|%)[^\W\d_])",
    re.IGNORECASE,
)
# The unit a size or a cap's «за …» names, by its first letter: the patterns above admit
# only «кг», «кило…», «г», «гр», «грамм…», «мл», «л», «литр…» and «шт…».
_UNIT_BY_LETTER = {
    "к": SizeUnit.KG, "г": SizeUnit.G, "м": SizeUnit.ML, "л": SizeUnit.L, "ш": SizeUnit.PIECE,
}  # fmt: skip


def pack_range(fragment: str) -> tuple[PackSize, str] | None:
    """The smaller end of a range of pack sizes, and the fragment without it («творог
    300-400 г» → 300 г, «творог 400 г»): the parser reads the larger end as it reads any
    size. None when there is no range, or its ends are not in order."""
    m = _PACK_RANGE.search(fragment)
    if m is None:
        return None
    high_unit = _UNIT_BY_LETTER[m.group("unit")[0].lower()]
    low_unit = _UNIT_BY_LETTER[m.group("low_unit")[0].lower()] if m.group("low_unit") else high_unit
    low = PackSize(value=Decimal(m.group("low").replace(",", ".")), unit=low_unit)
    high = PackSize(value=Decimal(m.group("high").replace(",", ".")), unit=high_unit)
    (lv, lu), (hv, hu) = low.total_base(), high.total_base()
    if lu is not hu or not 0 < lv < hv:
        return None
    return low, f"{fragment[: m.start()]}{fragment[m.end() :]}"


# «памперс 4 (9-14кг)», «подгузники 9-14 кг», «трусики 15+ кг»: the baby's weight, a size
# class as titles write it («Pampers … 4 (9-14 кг)»), not a pack nor an amount. In
# parentheses always; bare only where the fragment names nappies.
_WEIGHT_CLASS = re.compile(
    r"\(\s*(?P<paren>\d{1,2}\s*(?:[-–—]\s*\d{1,2}|\+)\s*кг)\s*\)"
    r"|(?<![\d.,])(?P<bare>\d{1,2}\s*(?:[-–—]\s*\d{1,2}|\+)\s*кг)\b",
    re.IGNORECASE,
)
_NAPPIES = re.compile(r"подгуз|памперс|pampers|трусик|хаггис|huggies|merries|меррис", re.IGNORECASE)


def who_for(fragment: str) -> tuple[tuple[str, ...], str]:
    """The child's age and weight class a fragment gives («с 6 месяцев», «9-14 кг»), and
    the fragment without them: said of the product, never an amount."""
    wishes: list[str] = []

    def age(m: re.Match[str]) -> str:
        wishes.append(" ".join(m.group(0).split()))
        return " "

    def weight(m: re.Match[str]) -> str:
        if m.group("bare") and not _NAPPIES.search(fragment):
            return m.group(0)  # «картошка 2-3 кг»: an amount
        wishes.append(" ".join((m.group("paren") or m.group("bare")).split()))
        return " "

    rest = _WEIGHT_CLASS.sub(weight, LIST_AGE.sub(age, fragment))
    return tuple(wishes), " ".join(rest.split())


# What a number after «до» measures when it is no sum of money («до 2 кг», «до 5 лет»).
_NOT_MONEY = re.compile(
    r"\s*(?:г\b|гр|грам|мл|уп|пач|бан|бут|%|лет|год|мес|дн|раз|x\b|х\b|\*)", re.IGNORECASE
)
# The least sum a cap written without «р» or «₽» is read as: «не дороже 80» is roubles.
_BARE_CAP_MIN = 10


@dataclass(frozen=True, slots=True)
class PriceCap:
    """«не дороже 150 р», «до 350 руб за кг»: the sum, and the unit it is per (None: a
    pack), with where the words are in the fragment."""

    price: Decimal
    per: SizeUnit | None
    span: tuple[int, int]


def price_cap(fragment: str) -> PriceCap | None:
    """The first price cap of ``fragment``. A sum without «р» is one where nothing after
    it says it measures something else, and it is at least ``_BARE_CAP_MIN``; a unit
    after the sum is what it is per when «р» or «за» says so («до 250 за кг»), else the
    sum was an amount («до 2 кг»)."""
    for m in _PRICE_CAP.finditer(fragment):
        price = Decimal(m.group("sum").replace(",", "."))
        unit = m.group("per")
        per = _UNIT_BY_LETTER[unit[0].lower()] if unit else None
        if m.group("cur") is None:
            if unit is not None and m.group("by") is None:
                continue
            if per is None and (price < _BARE_CAP_MIN or _NOT_MONEY.match(fragment, m.end())):
                continue
        return PriceCap(price, per, m.span())
    return None


# An amount closing a fragment («… 300 г», «… 2 пачки»), and any number at all.
_CLOSING_AMOUNT = re.compile(
    r"\s(\d+(?:[.,]\d+)?\s*(?:кг|г|гр|грамм[а-я]*|л|мл|литр[а-я]*|шт[а-я]*|уп[а-я]*|пач[а-я]*"
    r"|бан[а-я]*|бут[а-я]*)\.?)\s*$",
    re.IGNORECASE,
)
_HAS_NUMBER = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Choices:
    """One fragment's item words, its alternatives' words ("" for any product of the
    kind), and whether any maker will do."""

    first: str
    instead: tuple[str, ...] = ()
    any_maker: bool = False
    # per alternative: whether its words freed the brand («если нет любые молочные»)
    any_maker_instead: tuple[bool, ...] = ()
    max_price: Decimal | None = None
    max_price_per: SizeUnit | None = None
    pack_min: PackSize | None = None  # «творог 300-400 г»: the range's smaller end
    # «с 6 месяцев», «(9-14 кг)»: who the product is for, kept as wishes (``who_for``)
    wishes: tuple[str, ...] = ()
    # The words read are not the fragment's («2-3 шт» as «2 шт», a range's or a cap's
    # words left out): the items keep the fragment as written.
    reworded: bool = False


# Words one of the patterns above needs: a fragment with none of them is read as it is,
# without running them (most are).
_CUES = (
    "если", "коли", "или", "либо", "можно", "люб", "друг", " не ",
    "дороже", "дешевле", "больше", " до ", "макс", "пределах",
)  # fmt: skip


# Text a fragment has where ``who_for`` may find something.
_AGE_CUES = ("мес", "лет", "год", "+", "рожд", "кг")


def split_alternatives(fragment: str) -> Choices:
    """The item's own words and what may be bought instead («сыр гауда или маасдам»:
    «сыр гауда», («маасдам»,)); ``any_maker`` when the list frees the brand it named."""
    lowered = f" {fragment.lower()}"
    if any(cue in lowered for cue in _AGE_CUES):
        wishes, left = who_for(fragment)
        if wishes and left:
            return replace(split_alternatives(left), wishes=wishes, reworded=True)
    if any(dash in fragment for dash in "-–—") or " до " in lowered:
        counted = _COUNT_RANGE.sub(r"\1", fragment)
        if counted != fragment:
            return replace(split_alternatives(counted), reworded=True)
        ranged = pack_range(fragment)
        if ranged is not None:
            low, narrowed = ranged
            return replace(split_alternatives(narrowed), pack_min=low, reworded=True)
    if not any(cue in lowered for cue in _CUES):
        return Choices(fragment)
    cap = price_cap(fragment)
    if cap is not None:
        start, end = cap.span
        capped = split_alternatives(f"{fragment[:start]} {fragment[end:]}".strip())
        return replace(capped, max_price=cap.price, max_price_per=cap.per, reworded=True)
    fragment = _NOT_WANTED.sub(r"не \1", fragment)
    wish, n = _IF_ANY.subn("", fragment)
    if n and wish.strip():
        wished = split_alternatives(wish)
        return replace(
            wished,
            instead=(*wished.instead, ""),
            any_maker_instead=(*wished.any_maker_instead, False),
        )
    parts = [fragment]
    for marker in (_IF_NOT, _OR, _MAY):
        parts = [piece for part in parts for piece in marker.split(part)]
    pieces = [p.strip(" ,-—–") for p in parts]
    first, *rest = pieces
    if not first:
        return Choices(fragment)
    if rest and (amount := _CLOSING_AMOUNT.search(rest[-1])) and not _HAS_NUMBER.search(first):
        # «сыр российский и/или голландский 300 г»: the amount closing the line is both's.
        first = f"{first} {amount.group(1)}"
    first = _BARE_ANY.sub("", f" {first}").strip()
    cleaned: list[str] = []
    freed: list[bool] = []
    for piece in [first, *rest]:
        kept, n = _ANY_MAKER.subn(" ", f" {piece}")
        cleaned.append(" ".join(kept.split()))
        freed.append(n > 0)
    first, *instead = cleaned
    if not first:
        return Choices(fragment)
    # An empty alternative («если нет любые», «или любое другое»): any product of the
    # kind will do, whatever the first choice's sort or brand.
    unique = dict(zip(instead, freed[1:], strict=True))
    return Choices(first, tuple(unique), freed[0], tuple(unique.values()))
