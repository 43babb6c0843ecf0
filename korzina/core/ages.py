"""The child's age a product is for, in months, as lists and titles write it.

A list says who the product is for («пюре с 6 месяцев», «сок детям до 3 лет», «йогурт
от 1 до 3 лет», «каша с рождения»); a title says from what age it may be given («Пюре
… с 4мес.», «с 6-ти месяцев», «(стар.3-х лет)», «Детская 3-6л»). A product for an older
child than the list's is not the item; one that says no age is. Pure text functions,
shared by the parser (which keeps the list's phrase as a wish, not a count) and the
basket service (which leaves out products for older children).
"""

from __future__ import annotations

import re

# A list's phrase: «с 6 месяцев», «до 3 лет», «от 1 до 3 лет», «1-3 года», «6+», «с рождения»,
# «от года».
LIST_AGE = re.compile(
    r"(?<!\S)(?:(?:(?:с|со|от)\s+)?(?P<low>\d{1,2})\s*(?:[-–—]|до)\s*(?P<high>\d{1,2})"
    r"|(?P<prep>с|со|от|до|старше|после)\s+(?P<n>\d{1,2})(?P<half>[.,]5)?)"
    r"(?:\s*-?\s*(?:х|ти|ми|и)(?![а-я]))?\s*(?P<unit>мес(?:яц[а-я]*)?\b\.?|лет\b|года?\b|годик[а-я]*)"
    r"|(?<!\S)(?P<plus>\d{1,2})\s*\+(?!\s*кг)(?:\s*(?P<plus_unit>мес[а-я]*\.?|лет\b))?(?=[\s,.;)]|$)"
    r"|(?<!\S)(?P<birth>с\s+рождения)\b"
    r"|(?<!\S)(?:с|со|от|до|старше|после)\s+(?P<word>года|годика|полугода|полгода)\b",
    re.IGNORECASE,
)
# «сок от года», «с полугода»: the age said in a word.
_WORD_MONTHS = {"года": 12, "годика": 12, "полугода": 6, "полгода": 6}

# A title's «from» age: «с 4мес.», «с 6-ти месяцев», «старше 3-х лет», «стар.3-х лет»,
# «с 1 года», «3-6л», «4мес», «для новорожденных».
_TITLE_AGE = re.compile(
    r"(?<![а-яa-z])(?:с|со|от|старше|стар\.?)\s*(?P<n>\d{1,2})(?P<half>[.,]5)?"
    r"(?:\s*-?\s*(?:х|ти|ми|и)(?![а-я]))?\s*(?P<unit>мес|лет|года?\b)"
    r"|(?<![\d.,])(?P<low>\d{1,2})\s*[-–]\s*\d{1,2}\s*(?P<range_unit>мес|лет|л\b)"
    r"|(?<![\d.,\w])(?P<bare>\d{1,2})\s*мес"
    r"|(?P<birth>с\s+рождения|новорожд)",
    re.IGNORECASE,
)

_MONTHS_IN = {"м": 1, "л": 12, "г": 12}


def _months(n: str, half: str | None, unit: str) -> int:
    years_or_months = _MONTHS_IN[unit[0].lower()]
    return int(n) * years_or_months + (6 if half and years_or_months == 12 else 0)


def list_age(wish: str) -> int | None:
    """The oldest age, in months, a list's phrase gives the child («с 6 месяцев» 6, «до 3
    лет» 36, «от 1 до 3 лет» 36, «с рождения» 0); None for none or a bare «6+», whose
    unit (months of baby food, years of toothpaste) the list leaves unsaid."""
    m = LIST_AGE.search(wish)
    if m is None or (m.group("plus") and not m.group("plus_unit")):
        return None
    if m.group("birth"):
        return 0
    if m.group("word"):
        return _WORD_MONTHS[m.group("word").lower()]
    if m.group("plus"):
        return _months(m.group("plus"), None, m.group("plus_unit"))
    n = m.group("high") or m.group("n")
    return _months(n, m.group("half"), m.group("unit"))


def child_months(attributes: tuple[str, ...]) -> int | None:
    """The oldest child's age the item's attributes give, in months; None for none."""
    return max((a for x in attributes if (a := list_age(x)) is not None), default=None)


def is_age(wish: str) -> bool:
    """Whether a wish is a child's age phrase and nothing else («с 6 месяцев», «6+»)."""
    return LIST_AGE.fullmatch(wish.strip()) is not None


def title_age(title: str) -> int | None:
    """The youngest age, in months, a title says its product is for; None when it says
    none («Пюре Фрутоняня … с 6-ти месяцев» 6, «Паста … Детская 3-6л» 36)."""
    ages = [
        0
        if m.group("birth")
        else _months(m.group("low"), None, m.group("range_unit"))
        if m.group("low")
        else int(m.group("bare"))
        if m.group("bare")
        else _months(m.group("n"), m.group("half"), m.group("unit"))
        for m in _TITLE_AGE.finditer(title)
    ]
    return min(ages) if ages else None
