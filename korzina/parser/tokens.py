"""Tokens of one fragment: numbers, fat %, egg classes, multipacks and words, and the
token-level readings the amount stage needs (measures, containers, pieces in a pack).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from korzina.core.models import QuantityUnit
from korzina.core.text import BLEND_FIRSTS, PROCESS_FIRSTS
from korzina.core.units import parse_egg_class
from korzina.parser import words as w
from korzina.parser.vocabulary import Vocabulary, fold

_TOKEN = re.compile(
    r"(?P<inone>[2-5]в1(?!\d|[.,]\d))"
    r"|(?P<pack>\d+\s*[xх×*]\s*\d+(?:[.,]\d+)?\s*(?:кг|гр|г|мл|л)(?![а-яa-z]))"
    r"|(?P<fat>\d+(?:[.,]\d+)?\s*%)"
    r"|(?P<egg>(?<![а-яa-z])[сcд]\s?-?[0-3](?![\d%.,])|(?<![а-яa-z])(?:[сc][воo]|д[во])(?![а-яa-z]))"
    r"|(?P<mult>(?<![а-яa-z0-9])[xх×*]\s?\d{1,3}(?![\d.,])|\d{1,3}\s?[xх×*](?![а-яa-z0-9]))"
    # «спагетти №5», «барилла n5»: a product's numbered line, never a count
    r"|(?P<line>(?:№|(?<![а-яa-z0-9])no?\.?)\s?\d{1,2}(?![\d.,]))"
    r"|(?P<num>\d+(?:[.,]\d+)?)"
    r"|(?P<word>[a-z][a-z0-9]*(?:['’][a-z]+)?|[а-я]+)"
)
EGGISH = re.compile(r"яй|яиц|яич")
# «сметана 20 процентов», «творог 9-процентный»: the percent written out is a percent sign.
# «докторской грамм 400», «сыра кило 1.5»: a unit written out before its number (not one
# after its own: «вода 5 литров 2 бутыли»).
_UNIT_FIRST = re.compile(
    r"(?<![а-я])(?<!\d )(?<!\d)"
    r"(грамм(?:а|ов)?|гр|килограмм(?:а|ов)?|кило|литр(?:а|ов)?)\s+(\d+(?:[.,]\d+)?)(?![\d.,%])"
)
_PERCENT_WORD = re.compile(
    r"(\d+(?:[.,]\d+)?)[\s-]*(?:процент(?:а|ов|н[а-я]{2,3})?|проц\.?)(?![а-я])"
)


# Egg-class tokens that are also words: «со», «до» (Latin «co» too) are prepositions
# unless the fragment is about eggs («чипсы со вкусом краба», «сыр со сливками»).
_EGG_WORDS = {"со": "со", "co": "со", "сo": "со", "cо": "со", "до": "до"}


@dataclass(slots=True)
class Tok:
    kind: str  # pack | fat | egg | mult | num | word
    text: str
    used: bool = False
    role: str = ""  # what consumed it: brand, amount, tier, variety, goods, …
    attr: str = ""  # a variety word's attribute («бородинский»)
    aside: bool = False  # written in parentheses: a remark («яйца с2 (латиница)»)


# Words a list writes short, read as what they stand for: a slash abbreviation («мука
# в/с», «колбаса с/к», else its letters would be read as prepositions and dropped), a cut
# adjective («зуб паста») and a pet in the dative («корм коту» is корм для кошек).
_WRITTEN_OUT = {
    **w.LIST_ABBREVIATIONS,
    **w.CUT_ADJECTIVES,
    **w.CUT_WORDS,
    **w.REGIONAL_WORDS,
    **w.ANIMAL_DATIVES,
}
_SHORT_RE = re.compile(
    r"(?<![\w/])(?:" + "|".join(re.escape(a) for a in _WRITTEN_OUT) + r")(?![\w/])"
)

_FOR_RE = re.compile(r"(?<![\w/])д/(?=[а-я])")
# «свино-говяжий», «ржано-пшеничный»: a blend (``BLEND_FIRSTS``) is one word, as titles'
# analysis joins it too («не свино-говяжий» is not «не свиной, не говяжий»).
# So is a process compound (``PROCESS_FIRSTS``): «варено-мороженые», «сыро-копченая».
_COMPOUND_ADJECTIVE_RE = re.compile(
    rf"\b({'|'.join((*BLEND_FIRSTS, *PROCESS_FIRSTS))})-"
    r"(?=[а-я]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ую|юю|ых|их)\b)"
)
# «курага б/сахара», «б/лактозы»: «без» (after the listed «б/к», «б/а»).
_WITHOUT_RE = re.compile(r"(?<![\w/])б/(?=[а-я]{3})")

# «3х слойную», «2-х слойная», «3 слоя»: the number of plies is one word («трехслойную»),
# not a count.
_PLY_RE = re.compile(r"(?<![\d.,])([2345])\s*-?\s*х?\s*-?\s*(слойн\w*|сло(?:я|ев|ёв)(?!\w))")
_PLY_PREFIX = {"2": "двух", "3": "трех", "4": "четырех", "5": "пяти"}
# «кофе 3 в 1», «шампунь 2в1»: one word, several products in one, not 3 + 1 pieces.
IN_ONE_RE = re.compile(r"(?<![\d.,])([2-5])\s*-?\s*в\s*-?\s*1(?!\d|[.,]\d)")


def _ply_word(m: re.Match[str]) -> str:
    word = m.group(2)
    return _PLY_PREFIX[m.group(1)] + (word if word.startswith("слойн") else "слойная")


def spell_plies(folded: str) -> str:
    """«3 слоя» as the one word the parser reads it as («трехслойная»); lower-case text."""
    if "слойн" in folded or "слоя" in folded or "слоев" in folded:
        return _PLY_RE.sub(_ply_word, folded)
    return folded


def _kind(m: re.Match[str]) -> str:
    # «3в1» is a word: what the product is, read by the amount stage.
    return "word" if m.lastgroup in (None, "inone") else m.lastgroup


_NUMBER_WORD = re.compile(r"\bномер\s*(?=\d)")


# Numbers a voice types as words («восемьдесят два процента», «грамм двести», «два с
# половиной процента»): written as digits. A unit word alone stays a word («три
# корочки» is a brand, «две пачки» the reader counts), unless a percent or a half follows.
_NUMBER_VALUES = {**w.UNIT_WORDS, **w.TEEN_WORDS, **w.TEN_WORDS, **w.HUNDRED_WORDS}
_NUMBER_ALT = "|".join(sorted(_NUMBER_VALUES, key=len, reverse=True))
_SPELLED_RE = re.compile(
    rf"(?<![а-я])((?:{_NUMBER_ALT})(?:\s+(?:{_NUMBER_ALT}))*)(\s+с\s+половиной)?(?![а-я])"
    r"(?=(\s+проц)?)"
)


def _said_value(said: list[str]) -> int | None:
    """The number the words say («восемьдесят два» 82); None for no one number."""
    order = (w.HUNDRED_WORDS, w.TEN_WORDS, w.UNIT_WORDS)
    value, step = 0, 0
    for word in said:
        # hundreds, then tens, then units, each once; a teen ends the number
        at = next((n for n, group in enumerate(order) if word in group), None)
        if word in w.TEEN_WORDS and step <= 1:
            value, step = value + w.TEEN_WORDS[word], 3
        elif at is not None and at >= step:
            value, step = value + order[at][word], at + 1
        else:
            return None  # «два три»: no one number
    return value


def _spelled_number(m: re.Match[str]) -> str:
    said = m.group(1).split()
    value = _said_value(said)
    if value is None:
        return m.group(0)
    if len(said) == 1 and said[0] in w.UNIT_WORDS and not (m.group(2) or m.group(3)):
        return m.group(0)
    return f"{value},5" if m.group(2) else str(value)


# «три и две десятых процента», «две целых пять десятых»: a decimal a voice said in words.
_SAID_DECIMAL_RE = re.compile(
    rf"(?<![а-я])((?:{_NUMBER_ALT}|ноль|нуль)(?:\s+(?:{_NUMBER_ALT}))*)\s+(?:и|целых|целая)\s+"
    rf"((?:{_NUMBER_ALT})(?:\s+(?:{_NUMBER_ALT}))*)\s+(десят|сот)(?:ых|ая|ые)(?![а-я])",
    re.IGNORECASE,
)


def said_decimals(text: str) -> str:
    """The text with decimals said in words written in digits («три и две десятых» is
    «3,2»): before «и» parts items."""
    if "десят" not in text and "сот" not in text:
        return text
    return _SAID_DECIMAL_RE.sub(_said_decimal, text)


def _said_decimal(m: re.Match[str]) -> str:
    said, part_said, unit = (g.lower() for g in m.groups())
    whole = 0 if said in ("ноль", "нуль") else _said_value(said.split())
    part = _said_value(part_said.split())
    places = 1 if unit == "десят" else 2
    if whole is None or part is None or part >= 10**places:
        return m.group(0)
    return f"{whole},{part:0{places}d}"


_COCOA_SHARE_RE = re.compile(r"(\d+(?:[.,]\d+)?\s*%)\s*какао(?:\s+бобов|\s+продуктов)?(?![а-я])")

# «кефир однопроцентный», «творог пяти процентный»: a fat said as a word, glued to
# «процентный» or apart from it; written in digits, it is read as any «5 процентный».
_FAT_WORD_RE = re.compile(
    rf"(?<![а-я])({'|'.join(sorted(w.FAT_WORDS, key=len, reverse=True))})\s*(?=процентн)"
)


_EGG_CATEGORIES = {"перв": "с1", "втор": "с2", "высш": "св", "отборн": "со", "1": "с1", "2": "с2"}
_EGG_CATEGORY_RE = re.compile(r"(?<![а-я\d])(перв|втор|высш|отборн|1|2)[а-я-]*\s+категори[а-я]*")

# «балтика семерка», «ессентуки четверка»: a numbered line said as its number's noun.
_LINE_NOUNS = {
    "нулевк": 0, "двойк": 2, "тройк": 3, "четверк": 4, "пятерк": 5, "шестерк": 6,
    "семерк": 7, "восьмерк": 8, "девятк": 9,
}  # fmt: skip
# The brand in any case («балтику семерку»): its stem, then any ending; written back as
# the brand («балтика 7»), which the reader knows a line number after.
_LINE_BRAND_STEMS = {b.rstrip("аиуы"): b for b in sorted(w.NUMBERED_BRANDS)}
_LINE_NOUN_RE = re.compile(
    rf"(?<![а-яa-z])({'|'.join(_LINE_BRAND_STEMS)})[а-яa-z]*\s+({'|'.join(_LINE_NOUNS)})[а-я]*"
)


def tokenize(fragment: str) -> list[Tok]:
    """Tokens of one fragment; words in parentheses are marked ``aside`` (a remark)."""
    folded = fold(fragment)
    # Each rewrite below only where its word can be (most fragments need none).
    if any(word in _NUMBER_VALUES for word in folded.split()):
        # (decimals said in words were written in digits before «и» parted the line:
        # ``fragments.split_pieces``)
        folded = _SPELLED_RE.sub(_spelled_number, folded)
    if "какао" in folded and "шокол" in folded:
        # «шоколад 70% какао»: the chocolate's cocoa share (its percent), not more cocoa
        folded = _COCOA_SHARE_RE.sub(r"\1", folded)
    if "проц" in folded:
        folded = _FAT_WORD_RE.sub(lambda m: w.FAT_WORDS[m.group(1)] + " ", folded)
        folded = _PERCENT_WORD.sub(r"\1%", folded)
    if "категори" in folded and EGGISH.search(folded):
        # «яйца первой категории»: the class titles write «С1»
        folded = _EGG_CATEGORY_RE.sub(lambda m: _EGG_CATEGORIES[m.group(1)], folded)
    if any(brand in folded for brand in _LINE_BRAND_STEMS):
        folded = _LINE_NOUN_RE.sub(
            lambda m: f"{_LINE_BRAND_STEMS[m.group(1)]} {_LINE_NOUNS[m.group(2)]}", folded
        )
    if "гр" in folded or "кило" in folded or "литр" in folded:
        folded = _UNIT_FIRST.sub(r"\2 \1", folded)
    folded = _SHORT_RE.sub(lambda m: _WRITTEN_OUT[m.group(0)], folded)
    if "-" in folded:
        folded = _COMPOUND_ADJECTIVE_RE.sub(r"\1", folded)
    if "д/" in folded:
        folded = _FOR_RE.sub("для ", folded)  # «маринад д/шашлыка»: any «д/» is «для»
    if "б/" in folded:
        folded = _WITHOUT_RE.sub("без ", folded)
    if "номер" in folded:
        folded = _NUMBER_WORD.sub("№", folded)  # «ессентуки номер 4» is «ессентуки №4»
    if "1" in folded:
        folded = IN_ONE_RE.sub(r"\1в1", folded)
    folded = spell_plies(folded)
    if "(" not in folded:
        toks = [Tok(_kind(m), m.group()) for m in _TOKEN.finditer(folded)]
    else:
        toks = []
        depth, at = 0, 0
        for m in _TOKEN.finditer(folded):
            gap = folded[at : m.start()]
            depth = max(0, depth + gap.count("(") - gap.count(")"))
            at = m.end()
            toks.append(Tok(_kind(m), m.group(), aside=depth > 0))
    if not EGGISH.search(folded):
        for t in toks:
            if t.kind == "egg" and t.text in _EGG_WORDS:
                t.kind, t.text = "word", _EGG_WORDS[t.text]
    return toks


def to_decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        return None
    return value.normalize() if value == value.to_integral_value() else value


def clean(value: Decimal) -> Decimal:
    """Drop trailing zeros (2.0 → 2) so JSON shows what a person wrote."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


_EGG_LETTERS = str.maketrans({"c": "С", "с": "С", "д": "Д", "в": "В", "о": "О", "o": "О"})


def egg_class(text: str) -> str:
    """An egg-class token as units.py reads store titles («с0», «c1», «со», «д1»).

    The parser has already seen eggs in the fragment, so the token is read in that
    context. People also write what titles do not («с-0», «д3», «дв»), which units.py
    rejects: those keep their letters, normalized to Cyrillic capitals.
    """
    compact = text.replace(" ", "").replace("-", "")
    return parse_egg_class(f"яйца {compact}") or compact.translate(_EGG_LETTERS)


def measure_unit(tok: Tok, vocab: Vocabulary) -> QuantityUnit | None:
    if tok.kind != "word":
        return None
    unit = w.MEASURE_SURFACE.get(tok.text)
    if unit is None and len(tok.text) > 4:
        unit = w.MEASURE_LEMMA.get(vocab.lemma(tok.text))
    return unit


def is_container(tok: Tok, vocab: Vocabulary) -> bool:
    if tok.kind != "word":
        return False
    if tok.text in w.CONTAINER_SURFACE:
        return True
    # «банки» reads first as «банк»: any reading that is a container counts
    return vocab.container(tok.text, w.CONTAINER_LEMMA)


def piece_in_pack(tok: Tok, vocab: Vocabulary) -> bool:
    """A piece sold only inside a pack: «чай 100 пакетиков» is one pack of 100."""
    return tok.kind == "word" and vocab.lemma(tok.text) in w.PIECE_IN_PACK_LEMMA


def in_pack(toks: list[Tok], at: int, vocab: Vocabulary) -> bool:
    """Whether the counted word at ``at`` is followed by «в упаковке», «в пачке», «/уп».

    Then the count describes one pack («салфетки 10 шт в упаковке»); the words are used up.
    """
    rest = [j for j in range(at + 1, len(toks)) if not toks[j].used]
    if rest and toks[rest[0]].text in ("в", "во"):
        rest = rest[1:]
    # «в пакете», «в бутылке» say how it is packed, not how many are in one pack
    if rest and (
        toks[rest[0]].text in w.PACK_SURFACE or vocab.lemma(toks[rest[0]].text) in w.PACK_LEMMA
    ):
        for j in range(at + 1, rest[0] + 1):
            toks[j].used = True
        return True
    return False


def number_of(tok: Tok) -> Decimal | None:
    if tok.kind == "num":
        return to_decimal(tok.text)
    if tok.kind == "word" and tok.text in w.NUMBER_WORDS:
        return Decimal(str(w.NUMBER_WORDS[tok.text]))
    return None
