"""Brands for comparison: one key per brand however a title or a list writes it, and its
spellings in the other alphabet («Fanta» / «Фанта», «нескафе» / «Nescafe»)."""

from __future__ import annotations

import re

from korzina.core.text import normalize, spelled_in_parts


def brand_key(text: str) -> str:
    """A brand for comparison: «Lay's» and «LAYS» and «lays» are one brand."""
    return "".join(ch for ch in normalize(text) if ch.isalnum())


# Brands are written in Latin or Cyrillic («Fanta» / «Фанта», «Red Bull» / «Ред Булл»):
# a rough transliteration each way, enough to find one spelling in the other's title.
_LAT_TO_CYR = [
    ("shch", "щ"), ("sch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"),
    ("ts", "ц"), ("ya", "я"), ("yu", "ю"), ("yo", "е"), ("ye", "е"), ("ee", "и"),
    ("oo", "у"), ("ck", "к"), ("ph", "ф"), ("th", "т"), ("w", "в"), ("x", "кс"),
    ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
    ("h", "х"), ("i", "и"), ("j", "дж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("v", "в"), ("y", "й"), ("z", "з"),
]  # fmt: skip
_CYR_TO_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip


# How Russian writes Latin sounds that a letter-by-letter transliteration misses
# («несквик» is Nesquik, «дирол» Dirol, «голд» Gold): alternatives tried as well.
# «вичи» is Vici: an Italian «c» before «i», «e»; «пармезан» Parmesan: a voiced «s».
_LATIN_ALTERNATIVES = (
    ("kv", "qu"), ("ks", "x"), ("k", "c"), ("zh", "j"), ("kh", "h"), ("chi", "ci"), ("che", "ce"),
    ("eza", "esa"),
)  # fmt: skip
_VOWELS = "аеиоуыэюя"


def brand_variants(key: str) -> tuple[str, ...]:
    """A brand key and its transliterations («fanta» → «fanta», «фанта»), for finding
    a brand in a title that spells it the other way."""
    out = [key]
    if key.isascii():
        out.append("".join(spelled_in_parts(key, _LAT_TO_CYR)))
        # «virgin» is «вирджин», «extra» «экстра»: a soft g and an opening e as Russian
        # writes them.
        soft = re.sub(r"г(?=[еи])", "дж", out[-1])
        out.append(("э" + soft[1:]) if soft.startswith("е") else soft)
        # «monarch» is «Монарх»: a closing «ch» as German and Greek names say it.
        if out[1].endswith("ч") and key.endswith("ch"):
            out.append(out[1][:-1] + "х")
        # «lavazza» is «Лавацца», «mozzarella» «моцарелла»: an Italian «zz».
        if "zz" in key:
            out.append(out[1].replace("зз", "цц"))
    # «48 копеек»: a brand opening with its number is found by its word too, where the
    # word is long enough to be the brand's own (not «7 days»).
    if (m := re.fullmatch(r"\d+([^\W\d_]{5,})", key)) is not None:
        out.append(m.group(1))
    cyrillic = [v for v in out if not v.isascii()]
    for v in cyrillic:
        # «бондюель» / «БОНДЮЭЛЬ»: an «е» after a vowel is often written «э».
        out.append(re.sub(f"(?<=[{_VOWELS}])е", "э", v))
        # «НАПИТКИ ИЗ ЧЕРНОГОЛОВКИ»: a feminine brand declined in a title.
        if len(v) >= 6 and v[-1] in "ая":
            out.append(v[:-1])
    if not key.isascii():
        latin = "".join(_CYR_TO_LAT.get(ch, ch) for ch in key)
        out.append(latin)
        out += [latin.replace(a, b) for a, b in _LATIN_ALTERNATIVES if a in latin]
    return tuple(dict.fromkeys(v for v in out if len(v) > 1))
