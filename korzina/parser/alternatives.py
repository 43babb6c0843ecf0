"""What a list allows instead of an item: «молоко 3.2 если нет то 2.5», «кофе якобс или
нескафе», «камамбер можно бри», and «любой фирмы» after a brand (the brand first, any
other after it).

Pure text functions: ``split_alternatives`` cuts one fragment into the item's own words
and the words of each alternative; the reader (``rules.parse_rules``) reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
# written before is a first choice, not a requirement.
_ANY_MAKER = re.compile(
    r"(?:\s+|^)(?:а\s+)?(?:можно\s+)?(?:(?:любо(?:й|го|е)|люб(?:ая|ую|ые|ых)|друг(?:ой|ого|ая|ую|ое|ие|их))"
    r"\s+(?:фирм[аыу]?|марк[аиу]|производител[ья]|бренд[а]?)|любо(?:й|го|е)|люб(?:ая|ую|ые|ых)"
    r"|друг(?:ой|ого|ая|ую|ое|ие|их)(?=\s*$))"
    r"(?=\s|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Choices:
    """One fragment's item words, its alternatives' words ("" for any product of the
    kind), and whether any maker will do."""

    first: str
    instead: tuple[str, ...] = ()
    any_maker: bool = False
    # per alternative: whether its words freed the brand («если нет любые молочные»)
    any_maker_instead: tuple[bool, ...] = ()


def split_alternatives(fragment: str) -> Choices:
    """The item's own words and what may be bought instead («сыр гауда или маасдам»:
    «сыр гауда», («маасдам»,)); ``any_maker`` when the list frees the brand it named."""
    parts = [fragment]
    for marker in (_IF_NOT, _OR, _MAY):
        parts = [piece for part in parts for piece in marker.split(part)]
    pieces = [p.strip(" ,-—–") for p in parts]
    first, *rest = pieces
    if not first:
        return Choices(fragment)
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
