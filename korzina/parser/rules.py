"""The rules parser: a Russian shopping list → ``ShoppingList``, no model needed.

Pipeline, all pure: the text is cut into fragments (lines, commas, semicolons, bullets,
numbering, «и»); each fragment is tokenized (numbers, fat %, egg classes, multipacks,
words); brands are taken out, typos fixed against the vocabulary, product phrases found
by lemma (a fragment naming two products becomes two parts); each part yields an item
with its amount, price tier and attributes; the same product named twice is merged.

Words outside the vocabulary: a fragment with no known product (or only a brand) that is
a noun phrase — adjectives and a noun head, the head a dictionary noun, an unknown word
that is neither adjective- nor verb-like, or a Latin word — is an item when the text
gives a reason to read it as shopping: an amount, a brand, the text being list-shaped
(two or more item fragments, or bullets/numbering), or the head being in ``goods.txt``.
Never an item: a fragment with a verb, pronoun or interjection («помоги», «я»,
«здравствуйте»), a head in the conversational stop list (``_NOT_PRODUCTS``), a person,
animal or proper name, a noun after a preposition («для мамы»). Such items are named by
the head's lemma (the written form for unknown words) and noted «не из словаря».

Naming rule for ``ListItem.name``: the vocabulary's canonical name when the words are a
known product or alias (nominative singular, «картошка» → «картофель», «яиц» →
«яйцо», plural only for pluralia tantum and goods shops name in the plural: «чипсы»,
«сливки», «пельмени»), with the user's kind-changing adjectives put before it in
agreement («масла сливочного» → «сливочное масло», «молоко овсяное» → «овсяное
молоко»); ё is written as е; the brand is never part of the name. A generic word next
to a narrower product is that one product («хлеб бородинский» → «ржаной хлеб»).

``ListItem.attributes`` holds properties of the same product that a store title must
state and the matcher requires («молоко безлактозное» → «молоко», ("безлактозное",));
wishes no title states («свежий») are dropped. Alternatives joined by «или», «и/или»
are one item, the first named. A count of pieces inside a pack («чай 100 пакетиков»,
«10 шт в упаковке», «по 25 пакетиков») is the pack size, not the amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from korzina.core.models import (
    Intent,
    ListItem,
    PackSize,
    PriceCategory,
    QuantityUnit,
    ShoppingList,
    SizeUnit,
)
from korzina.core.units import parse_egg_class, parse_fat, parse_pack
from korzina.parser.vocabulary import Brand, Vocabulary, brand_key, fold

# --- splitting ---------------------------------------------------------------

_URL = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+|(?<!\S)/[a-z_]+"  # URLs, emails, bot commands
    r"|\b[\w.-]+\.(?:ru|рф|su|com|net|org|io|me|info)\b\S*",  # bare domains
    re.I,
)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3]")
_CHECKBOX = re.compile(r"\[\s*[xх✓✔ ]?\s*\]", re.I)
_LINE_LEAD = re.compile(r"^\s*(?:[-*•·–—>+▪◦●○►=]+|\d{1,2}[.)](?=\s|[^\d\s.,]))\s*")
_INLINE_NUMBER = re.compile(r"(?:(?<=\s)|^)\d{1,2}\)\s")
_ABBREVIATION_DOT = re.compile(r"(?<![а-яa-z])(шт|уп|упак|гр|г|кг|л|мл|пач|бут)\.", re.I)
_SPLIT = re.compile(
    r"[;:!?]|,(?!\d)|(?<!\d),|\.(?!\d)|\s+(?:и|а также|плюс|\+|&)\s+(?![/\s]*или\b)"
    r"|\s[—–]\s(?=\D*$)",
    re.I,
)


def has_list_markers(text: str) -> bool:
    """Whether a line starts with a bullet or a number, or the text has checkboxes."""
    return bool(_CHECKBOX.search(text)) or any(
        _LINE_LEAD.match(line) for line in text.replace("\r", "\n").split("\n")
    )


def split_fragments(text: str) -> list[str]:
    """The text cut into item-sized fragments, noise (URLs, emoji, checkboxes) removed."""
    text = _URL.sub(" ", text.replace("\r", "\n"))
    text = _EMOJI.sub(" ", text)
    text = _CHECKBOX.sub(" ", text)
    fragments: list[str] = []
    for line in text.split("\n"):
        line = _LINE_LEAD.sub("", line)
        line = _INLINE_NUMBER.sub(" ; ", line)
        line = _ABBREVIATION_DOT.sub(r"\1 ", line)
        for part in _SPLIT.split(line):
            part = part.strip(" \t-*•·–—\"'«»()[]")
            if part:
                fragments.append(part)
    return fragments


# --- tokens ------------------------------------------------------------------

_TOKEN = re.compile(
    r"(?P<pack>\d+\s*[xх×*]\s*\d+(?:[.,]\d+)?\s*(?:кг|гр|г|мл|л)(?![а-яa-z]))"
    r"|(?P<fat>\d+(?:[.,]\d+)?\s*%)"
    r"|(?P<egg>(?<![а-яa-z])[сcд]\s?-?[0-3](?![\d%.,])|(?<![а-я])[сд][во](?![а-я]))"
    r"|(?P<mult>(?<![а-яa-z0-9])[xх×*]\s?\d{1,3}(?![\d.,])|\d{1,3}\s?[xх×*](?![а-яa-z0-9]))"
    r"|(?P<num>\d+(?:[.,]\d+)?)"
    r"|(?P<word>[a-z][a-z0-9]*(?:['’][a-z]+)?|[а-я]+)"
)
_EGGISH = re.compile(r"яй|яиц|яич")


@dataclass(slots=True)
class Tok:
    kind: str  # pack | fat | egg | mult | num | word
    text: str
    used: bool = False
    role: str = ""  # what consumed it: brand, amount, tier, noise, name


def tokenize(fragment: str) -> list[Tok]:
    return [Tok(m.lastgroup or "word", m.group()) for m in _TOKEN.finditer(fold(fragment))]


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        return None
    return value.normalize() if value == value.to_integral_value() else value


def _clean(value: Decimal) -> Decimal:
    """Drop trailing zeros (2.0 → 2) so JSON shows what a person wrote."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


# --- word lists --------------------------------------------------------------

_NUMBER_WORDS = {
    "один": 1, "одна": 1, "одно": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
    "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
    "пара": 2, "пару": 2, "парочку": 2, "парочка": 2, "полтора": 1.5, "полторы": 1.5,
}  # fmt: skip
_MEASURE_SURFACE: dict[str, QuantityUnit] = {
    "кг": "кг", "кило": "кг", "кгр": "кг", "г": "г", "гр": "г", "грм": "г",
    "л": "л", "литр": "л", "литра": "л", "литров": "л", "литре": "л", "мл": "мл",
}  # fmt: skip
_MEASURE_LEMMA: dict[str, QuantityUnit] = {
    "килограмм": "кг", "килограмма": "кг", "грамм": "г", "грамма": "г", "литр": "л",
    "миллилитр": "мл",
}  # fmt: skip
_HALF_WORDS: dict[str, tuple[Decimal, QuantityUnit]] = {
    "полкило": (Decimal("0.5"), "кг"), "полкилограмма": (Decimal("0.5"), "кг"),
    "поллитра": (Decimal("0.5"), "л"), "поллитровку": (Decimal("0.5"), "л"),
}  # fmt: skip
_DOZEN = {
    "десяток": 10, "десятка": 10, "десятков": 10, "десятку": 10, "десяточек": 10,
    "полдесятка": 5, "дюжина": 12, "дюжину": 12, "дюжины": 12,
}  # fmt: skip
_CONTAINER_SURFACE = frozenset(
    {"шт", "штук", "штуки", "штука", "штучки", "уп", "упак", "пач", "бут"}
)
_CONTAINER_LEMMA = frozenset(
    {
        "штука", "штучка", "пачка", "пачечка", "упаковка", "упаковочка", "бутылка", "бутылочка",
        "банка", "баночка", "пакет", "пакетик", "коробка", "коробочка", "буханка", "лоток",
        "палка", "палочка", "кусок", "кусочек", "пучок", "головка", "сетка", "брикет",
        "стакан", "стаканчик", "флакон", "тюбик", "рулон", "ведро", "ведерко", "мешок",
        "связка", "батон", "булка", "бутыль", "коробок", "блок", "вилок", "кочан", "штучный",
    }
)  # fmt: skip
# Pieces inside one pack: a count of them after the name is the pack's size.
_PIECE_IN_PACK_LEMMA = frozenset({"пакетик", "капсула", "таблетка", "саше"})
# «10 шт в упаковке», «100 шт/уп»: words naming the pack that holds the pieces.
_PACK_SURFACE = frozenset({"уп", "упак", "пач"})
_PACK_LEMMA = frozenset({"упаковка", "пачка", "коробка", "набор", "лоток", "блок"})
_CHEAP = frozenset(
    {"дешевый", "дешевые", "дешевое", "дешевая", "дешевую", "дешевого", "дешевых", "подешевле",
     "подешевше", "недорогой", "недорогие", "недорогое", "недорогая", "недорогую", "недорогого",
     "эконом", "экономный", "бюджетный", "бюджетные", "бюджетное", "бюджетная", "попроще",
     "дешевенький", "дешевенькое", "дешевенькие", "дешевле", "дешево", "недорого"}
)  # fmt: skip
_CHEAP_LEMMA = frozenset({"дешевый", "недорогой", "бюджетный", "экономный", "дешевенький"})
_EXPENSIVE = frozenset(
    {"подороже", "дороже", "премиум", "премиальный", "премиальное", "премиальные", "получше",
     "лучше", "лучший", "лучшее", "лучшие", "лучшую", "элитный", "элитное", "элитные",
     "качественный", "качественное", "качественные", "качественную", "дорого"}
)  # fmt: skip
_EXPENSIVE_LEMMA = frozenset({"дорогой", "премиальный", "элитный", "качественный", "лучший"})
_MEDIUM_LEMMA = frozenset({"средний", "среднеценовой"})
_NOISE = frozenset(
    {
        "купить", "купи", "купите", "куплю", "купим", "покупать", "взять", "возьми", "возьмите",
        "брать", "бери", "захвати", "захватить", "прихвати", "нужно", "надо", "нужен", "нужна",
        "нужны", "необходимо", "еще", "ещё", "также", "тоже", "пожалуйста", "плиз", "пжл",
        "пож", "мне", "нам", "домой", "список", "списочек", "покупок", "покупки", "покупка",
        "продукты", "продуктов", "магазин", "магазине", "в", "во", "на", "с", "со", "по", "к",
        "ко", "у", "о", "об", "от", "до", "за", "из", "а", "но", "или", "и", "для", "хочу",
        "хотим", "хотела", "хотел", "можно", "обязательно", "срочно", "забудь", "забыть",
        "завтра", "сегодня", "неделю", "неделя", "выходные", "ужин", "обед", "завтрак", "где",
        "что", "найди", "найти", "покажи", "подскажи", "всего", "какой", "какая", "какое",
        "какие", "нибудь", "любой", "любое", "любая", "любые", "любую", "штучку", "вот", "ну",
        "там", "тут", "дома", "кончился", "кончилось", "закончился", "закончилось",
        "закончились", "кончились", "есть", "будет", "давай", "плюс", "итого", "самый",
        "самое", "самая", "самые", "самую", "самого", "это", "эти", "этот", "эту", "привет",
        "спасибо", "пока", "как", "дела", "дешевле", "не", "нет", "да", "ок", "хорошо", "ладно",
        "минимум", "максимум", "примерно", "около", "грамм", "штук", "вес", "весовой",
        "весовые", "весовая", "развесной", "развесные", "шт", "сорт", "сорта",
        "жирность", "жирности", "жирн", "категории", "категория", "кат", "класс", "класса",
        "цена", "цене", "цены", "сегмента", "сегмент", "ценовой", "ценового",
    }
)  # fmt: skip
# Wishes no store title states («свежий хлеб»): read and dropped, because the matcher
# requires every word of the name and attributes to be in a product's title.
_PREFERENCE_ADJ = frozenset(
    {"свежий", "вкусный", "большой", "маленький", "крупный", "мелкий", "обычный", "нормальный",
     "простой", "хороший", "спелый", "новый"}
)  # fmt: skip
# Properties of the same product that the matcher must require (titles state them):
# they go to ``attributes``, agreeing with the head («безлактозное»), not into the name.
# Matched as word beginnings so unknown words and participles are covered.
_PROPERTY_STEMS = (
    "безлактоз", "низколактоз", "безглютен", "ультрапастериз", "пастериз", "стерилиз",
    "обезжир",
)  # fmt: skip
_CHEAPEST_LEMMA = frozenset({"дешевый"})
_PHRASE_PREPS = frozenset({"для", "с", "со", "в", "к", "из", "на"})
_PREPOSITIONS = frozenset(
    {"в", "во", "на", "с", "со", "к", "ко", "у", "о", "об", "от", "до", "за", "из", "для",
     "по", "без", "про", "при", "над", "под", "через", "после", "перед"}
)  # fmt: skip
# Nouns of chat and shopping talk, not goods: a fragment headed by one is never an item,
# however list-shaped the text. Lemmas (Latin as written). Non-food common nouns
# («машина», «погода») are not here: they are refused alone but read inside a list.
_NOT_PRODUCTS = frozenset(
    {
        # greetings and chat
        "привет", "спасибо", "пожалуйста", "здравствуйте", "вопрос", "ответ", "помощь",
        "просьба", "сообщение", "текст", "слово", "пример", "тест", "бот", "команда",
        "старт", "дело", "раз", "человек", "друг",
        # shopping talk
        "магазин", "список", "цена", "стоимость", "деньги", "рубль", "копейка", "товар",
        "продукт", "покупка", "корзина", "заказ", "доставка", "скидка", "акция", "чек",
        "сайт", "ссылка", "адрес", "почта", "телефон", "номер",
        # time
        "время", "день", "утро", "вечер", "ночь", "неделя", "месяц", "год", "час", "минута",
        # store chains people name when they mean where, not what
        "пятерочка", "магнит", "перекресток", "ашан", "лента", "вкусвилл", "дикси",
        "metro", "spar", "auchan", "lenta",
        # Latin chat words
        "ok", "okay", "hi", "hello", "thanks", "start", "help", "test", "bot", "lol", "yes",
        "no", "http", "https", "www",
    }
)  # fmt: skip
# Parts of speech that make a fragment a sentence, not a list entry («помоги выбрать»).
_SENTENCE_POS = frozenset(
    {"VERB", "INFN", "NPRO", "INTJ", "PRED", "GRND", "PRTS", "ADJS", "PRCL", "CONJ"}
)
# A noun in one of these cases can be what is bought («хумус», «купи хумус», «хумуса»).
_ITEM_CASES = frozenset({"nomn", "accs", "gent"})


# --- reading one part ----------------------------------------------------------


@dataclass(slots=True)
class Draft:
    """An item before merging; ``explicit`` is whether the text gave an amount."""

    name: str
    quantity: Decimal = Decimal(1)
    unit: QuantityUnit | None = None
    explicit: bool = False
    price_category: PriceCategory | None = None
    brand: str | None = None
    fat_pct: Decimal | None = None
    egg_class: str | None = None
    pack: PackSize | None = None
    attributes: list[str] = field(default_factory=list)
    raw: str = ""


@dataclass(slots=True)
class Flags:
    """Text-wide findings: the «самый дешёвый» and «где дешевле» phrases."""

    cheapest: bool = False
    where_cheaper: bool = False


@dataclass(slots=True)
class Guess:
    """A fragment naming no known product, read as a noun phrase outside the vocabulary.

    Whether it becomes an item depends on the whole text (see ``reason``).
    """

    toks: list[Tok]
    span: tuple[list[int], str]
    brand: Brand | None
    goods: bool  # the head is in goods.txt
    amount: bool  # the fragment gives a number or a measure

    def reason(self, list_shaped: bool) -> str | None:
        """Why this noun phrase is an item (Russian, for the note), or None if it is not."""
        if self.brand is not None:
            return "указана марка"
        if self.amount:
            return "указано количество"
        if self.goods:
            return "похоже на продукт"
        if list_shaped:
            return "текст — список"
        return None


@dataclass(slots=True)
class Reading:
    """One fragment read: its items, whether content was left unread, a pending guess."""

    drafts: list[Draft]
    unread: bool
    guess: Guess | None = None


@dataclass(slots=True)
class RulesResult:
    """The rules' answer plus the fragments they could not read (for the LLM in hybrid)."""

    shopping_list: ShoppingList
    unread: list[str]


_EGG_LETTERS = str.maketrans({"c": "С", "с": "С", "д": "Д", "в": "В", "о": "О"})


def _egg_class(text: str) -> str:
    """An egg-class token as units.py reads store titles («с0», «c1», «со», «д1»).

    The parser has already seen eggs in the fragment, so the token is read in that
    context. People also write what titles do not («с-0», «д3», «дв»), which units.py
    rejects: those keep their letters, normalized to Cyrillic capitals.
    """
    compact = text.replace(" ", "").replace("-", "")
    return parse_egg_class(f"яйца {compact}") or compact.translate(_EGG_LETTERS)


def _measure_unit(tok: Tok, vocab: Vocabulary) -> QuantityUnit | None:
    if tok.kind != "word":
        return None
    unit = _MEASURE_SURFACE.get(tok.text)
    if unit is None and len(tok.text) > 4:
        unit = _MEASURE_LEMMA.get(vocab.lemma(tok.text))
    return unit


def _is_container(tok: Tok, vocab: Vocabulary) -> bool:
    if tok.kind != "word":
        return False
    if tok.text in _CONTAINER_SURFACE:
        return True
    info = vocab.word(tok.text)
    # «банки» reads first as «банк»: any reading that is a container counts
    return info.lemma not in vocab.product_lemmas and any(
        lemma in _CONTAINER_LEMMA for lemma in info.lemmas
    )


def _piece_in_pack(tok: Tok, vocab: Vocabulary) -> bool:
    """A piece sold only inside a pack: «чай 100 пакетиков» is one pack of 100."""
    return tok.kind == "word" and vocab.lemma(tok.text) in _PIECE_IN_PACK_LEMMA


def _in_pack(toks: list[Tok], at: int, vocab: Vocabulary) -> bool:
    """Whether the counted word at ``at`` is followed by «в упаковке», «в пачке», «/уп».

    Then the count describes one pack («салфетки 10 шт в упаковке»); the words are used up.
    """
    rest = [j for j in range(at + 1, len(toks)) if not toks[j].used]
    if rest and toks[rest[0]].text in ("в", "во"):
        rest = rest[1:]
    # «в пакете», «в бутылке» say how it is packed, not how many are in one pack
    if rest and (
        toks[rest[0]].text in _PACK_SURFACE or vocab.lemma(toks[rest[0]].text) in _PACK_LEMMA
    ):
        for j in range(at + 1, rest[0] + 1):
            toks[j].used = True
        return True
    return False


def _number(tok: Tok) -> Decimal | None:
    if tok.kind == "num":
        return _decimal(tok.text)
    if tok.kind == "word" and tok.text in _NUMBER_WORDS:
        return Decimal(str(_NUMBER_WORDS[tok.text]))
    return None


class _Reader:
    """Reads fragments with one vocabulary; holds no state between texts."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.v = vocab

    # brands, typos ----------------------------------------------------------

    def take_brands(self, toks: list[Tok]) -> list[tuple[int, Brand]]:
        found: list[tuple[int, Brand]] = []
        words = [i for i, t in enumerate(toks) if t.kind in ("word", "num", "egg")]
        k = 0
        while k < len(words):
            hit = None
            for n in range(min(self.v.max_brand, len(words) - k), 0, -1):
                idx = words[k : k + n]
                if idx[-1] - idx[0] != n - 1:
                    continue
                key = brand_key(" ".join(toks[i].text for i in idx))
                if len(key) == n or len(key) == 1:
                    brand = self.v.brand(key) or self.v.brand((("".join(key)),))
                    if brand is not None and not (n == 1 and toks[idx[0]].kind != "word"):
                        hit = (idx, brand)
                        break
            if hit is None:
                k += 1
                continue
            idx, brand = hit
            # A brand word that is also the product here («простоквашино» ряженка is fine,
            # but «сливочное» is not a brand): product words win unless the brand is Latin.
            for i in idx:
                toks[i].used, toks[i].role = True, "brand"
            found.append((idx[0], brand))
            k += len(idx)
        return found

    def fix_typos(self, toks: list[Tok], notes: list[str]) -> None:
        for t in toks:
            if t.used or t.kind != "word" or not ("а" <= t.text[0] <= "я"):
                continue
            if t.text in _NOISE or t.text in _CHEAP or t.text in _EXPENSIVE:
                continue
            if self.v.lemma(t.text) in self.v.product_lemmas:
                continue
            if t.text in self.v.goods:
                continue  # a real word for goods, not a misspelt product
            fixed = self.v.fix_typo(t.text)
            if fixed and fixed != t.text:
                notes.append(f"исправил «{t.text}» → «{fixed}»")
                t.text = fixed

    def drop_alternatives(self, toks: list[Tok], notes: list[str]) -> None:
        """«хлеб и/или батон», «сыр российский или голландский»: one item, the first named.

        The words after «или» up to an amount or a non-name word are an alternative to
        what precedes; they are used up (and noted) so they become neither a second item
        nor a qualifier the product must have at once with the first.
        """
        for p, t in enumerate(toks):
            if t.used or t.text != "или":
                continue
            before = [x for x in toks[:p] if not x.used and x.text not in _NOISE]
            if not before:
                continue  # nothing to be an alternative to: «или» is noise
            content = set(self.content(toks))
            numbers = before[-1].kind == "num"  # «2 или 3 кг»
            run: list[int] = []
            for j in range(p + 1, len(toks)):
                x = toks[j]
                if x.used or not (
                    j in content or x.kind in ("fat", "egg") or (numbers and x.kind == "num")
                ):
                    break
                run.append(j)
            if not run:
                continue
            t.used = True
            if p > 0 and toks[p - 1].text == "и":  # «и/или»
                toks[p - 1].used = True
            for j in run:
                toks[j].used, toks[j].role = True, "alternative"
            alternative = " ".join(toks[j].text for j in run)
            notes.append(f"«{alternative}» — вариант на выбор, ищу первый названный")

    # product spans ------------------------------------------------------------

    def content(self, toks: list[Tok]) -> list[int]:
        """Indexes of words that may name a product (not amounts, tiers, noise)."""
        out = []
        for i, t in enumerate(toks):
            if t.used or t.kind != "word":
                continue
            x = t.text
            if x in _NOISE or x in _NUMBER_WORDS or x in _DOZEN or x in _HALF_WORDS:
                continue
            if x in _CHEAP or x in _EXPENSIVE or x in _MEASURE_SURFACE:
                continue
            lemma = self.v.lemma(x)
            if lemma in _CHEAP_LEMMA or lemma in _EXPENSIVE_LEMMA or lemma in _MEDIUM_LEMMA:
                continue
            if lemma in _MEASURE_LEMMA or (
                _is_container(t, self.v) and lemma not in self.v.product_lemmas
            ):
                continue
            out.append(i)
        return out

    def spans(self, toks: list[Tok], content: list[int]) -> list[tuple[list[int], str]]:
        """Product phrases among the content words, longest match first, left to right.

        Prepositions between content words may be part of a name («корм для кошек»).
        A product after «с» belongs to the one before it («вареники с картошкой»), and
        a second word naming the same product is a synonym («мороженое пломбир»).
        """
        allowed = set(content)
        seq = [
            i
            for i, t in enumerate(toks)
            if i in allowed or (not t.used and t.kind == "word" and t.text in _PHRASE_PREPS)
        ]
        lemmas = [self.v.lemma(toks[i].text) for i in seq]
        found: list[tuple[list[int], str]] = []
        k = 0
        while k < len(seq):
            if toks[seq[k]].text in _PHRASE_PREPS:
                k += 1
                continue
            for n in range(min(self.v.max_phrase, len(seq) - k), 0, -1):
                product = self.v.product(tuple(lemmas[k : k + n]))
                if product is None and n == 1:
                    product = self.v.product_of_word(toks[seq[k]].text)
                if product is not None:
                    idx = seq[k : k + n]
                    prev = seq[k - 1] if k > 0 else None
                    if found and found[-1][1] == product.name:
                        found[-1] = (found[-1][0] + idx, product.name)
                    elif found and prev is not None and toks[prev].text in _PHRASE_PREPS:
                        # a filling or purpose: part of the previous item, not an item;
                        # a filling («с картошкой») changes the product and stays in the name
                        name = found[-1][1]
                        if toks[prev].text in ("с", "со"):
                            words = " ".join(toks[i].text for i in idx)
                            name = f"{name} {toks[prev].text} {words}"
                        found[-1] = (found[-1][0] + [prev, *idx], name)
                    elif found and (narrower := self._refined(toks, found[-1], idx, product.name)):
                        found[-1] = (found[-1][0] + idx, narrower)
                    else:
                        found.append((idx, product.name))
                    k += n
                    break
            else:
                k += 1
        return found

    def _refined(
        self, toks: list[Tok], last: tuple[list[int], str], idx: list[int], name: str
    ) -> str | None:
        """The one product two neighbouring phrases name when one refines the other.

        «хлеб бородинский» is «хлеб» and «бородинский» (→ «ржаной хлеб»): the second
        name holds all words of the first, so it is one item under the narrower name.
        Only words may stand between them; an amount there means two items.
        """
        words, new = set(last[1].split()), set(name.split())
        if not (words < new or new < words):
            return None
        between = toks[last[0][-1] + 1 : idx[0]]
        if any(
            t.kind != "word"
            or t.text in _NUMBER_WORDS
            or t.text in _DOZEN
            or _measure_unit(t, self.v) is not None
            or _is_container(t, self.v)
            for t in between
        ):
            return None
        return name if len(new) > len(words) else last[1]

    # one part: amount, tier, attributes, name --------------------------------------

    def read_part(
        self,
        toks: list[Tok],
        span: tuple[list[int], str] | None,
        brand: Brand | None,
        flags: Flags,
        raw: str,
    ) -> Draft | None:
        v = self.v
        counts: list[Decimal] = []
        measures: list[tuple[Decimal, QuantityUnit, int, bool]] = []  # value, unit, pos, after «по»
        packs: list[PackSize] = []
        fat: Decimal | None = None
        egg: str | None = None
        tier: PriceCategory | None = None
        eggish = bool(_EGGISH.search(" ".join(t.text for t in toks)))
        head_pos = span[0][0] if span else len(toks)
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            if t.used:
                i += 1
                continue
            nxt = next((j for j in range(i + 1, n) if not toks[j].used), None)
            after_po = i > 0 and toks[i - 1].text == "по"
            if t.kind == "pack":
                # a multipack token («6 x 0,5 л») is read as store titles are
                multipack = parse_pack(t.text)
                if multipack is not None:
                    packs.append(multipack)
                t.used = True
            elif t.kind == "fat":
                # units.py's reading: a percent over 100 is no fat. A bare decimal
                # («молоко 3,2») is fat only in a list, so that rule stays below.
                percent = parse_fat(t.text)
                fat = _clean(percent) if percent is not None else None
                t.used = True
            elif t.kind == "egg":
                if eggish:
                    egg = _egg_class(t.text)
                t.used = True
            elif t.kind == "mult":
                times = _decimal(re.sub(r"[^\d]", "", t.text))
                if times:
                    counts.append(times)
                t.used = True
            elif (number := _number(t)) is not None or t.text == "пол":
                nt = toks[nxt] if nxt is not None else None
                value = Decimal("0.5") if number is None else number
                nunit = _measure_unit(nt, v) if nt is not None else None
                if nt is not None and nunit is not None:
                    measures.append((value, nunit, i, after_po))
                    nt.used = True
                elif nt is not None and nt.kind == "word" and nt.text in _DOZEN:
                    counts.append(value * _DOZEN[nt.text])
                    nt.used = True
                elif (
                    nt is not None
                    and nxt is not None
                    and (_is_container(nt, v) or (i > head_pos and _piece_in_pack(nt, v)))
                    and (span is None or nxt not in span[0])
                ):
                    nt.used = True
                    # «по 100 пакетиков», «10 шт в упаковке», «чай 25 пакетиков»: one pack
                    if (
                        after_po
                        or _in_pack(toks, nxt, v)
                        or (i > head_pos and _piece_in_pack(nt, v))
                    ):
                        packs.append(PackSize(value=value, unit=SizeUnit.PIECE))
                    else:
                        counts.append(value)
                elif t.text == "пол":
                    t.used = True
                    i += 1
                    continue
                elif (
                    value > 0
                    and value != value.to_integral_value()
                    and fat is None
                    and value <= 40
                    and i > head_pos
                    and not (span and v.by_weight(span[1]))
                ):
                    fat = value  # «молоко 3,2»: a decimal after a non-weighed product is fat
                elif (
                    value > 0
                    and value != value.to_integral_value()
                    and span
                    and v.by_weight(span[1])
                ):
                    measures.append((value, "кг", i, False))
                elif 0 < value <= 100 and value == value.to_integral_value():
                    counts.append(value)
                t.used = True
            elif t.kind == "word":
                x = t.text
                wunit = _measure_unit(t, v)
                if x in _HALF_WORDS:
                    hv, hu = _HALF_WORDS[x]
                    measures.append((hv, hu, i, after_po))
                    t.used = True
                elif x in _DOZEN:
                    counts.append(Decimal(_DOZEN[x]))
                    t.used = True
                elif wunit is not None and len(x) > 1 and x not in ("гр", "л"):
                    measures.append((Decimal(1), wunit, i, after_po))
                    t.used = True
                elif (
                    _is_container(t, v)
                    and (span is None or i not in span[0])
                    and nxt is not None
                    and toks[nxt].kind == "word"
                ):
                    counts.append(Decimal(1))
                    t.used = True
                elif x == "самый" or x in ("самое", "самая", "самые", "самую", "самого", "самых"):
                    if nxt is not None and v.lemma(toks[nxt].text) in _CHEAPEST_LEMMA:
                        tier = PriceCategory.CHEAP
                        flags.cheapest = True
                        toks[nxt].used = True
                    elif nxt is not None and v.lemma(toks[nxt].text) == "дорогой":
                        tier = PriceCategory.EXPENSIVE
                        toks[nxt].used = True
                    t.used = True
                elif x == "не" and nxt is not None:
                    nl = v.lemma(toks[nxt].text)
                    if nl == "дорогой" or toks[nxt].text in ("дорого", "дорогие"):
                        tier = PriceCategory.CHEAP
                        toks[nxt].used = True
                    elif nl in _CHEAP_LEMMA or toks[nxt].text in (
                        "самый",
                        "самые",
                        "самое",
                        "самая",
                    ):
                        tier = PriceCategory.MEDIUM
                        toks[nxt].used = True
                        nn = next((j for j in range(nxt + 1, n) if not toks[j].used), None)
                        if nn is not None and v.lemma(toks[nn].text) in _CHEAP_LEMMA:
                            toks[nn].used = True
                    t.used = True
                elif (
                    x == "где"
                    and (
                        cheaper := next(
                            (
                                j
                                for j in range(i + 1, n)
                                if toks[j].text not in _NOISE - {"дешевле"}
                            ),
                            None,
                        )
                    )
                    is not None
                    and toks[cheaper].text in ("дешевле", "подешевле")
                ):
                    flags.where_cheaper = True
                    for j in range(i, cheaper + 1):
                        toks[j].used = True
                elif nxt is not None and (
                    (x == "где" and toks[nxt].text in ("дешевле", "подешевле"))
                    or (x in ("дешевле", "подешевле") and toks[nxt].text == "всего")
                ):
                    flags.where_cheaper = True
                    toks[nxt].used = True
                    t.used = True
                elif x in _CHEAP or v.lemma(x) in _CHEAP_LEMMA:
                    tier = PriceCategory.CHEAP
                    t.used = True
                elif x in _EXPENSIVE or v.lemma(x) in _EXPENSIVE_LEMMA:
                    tier = PriceCategory.EXPENSIVE
                    t.used = True
                elif v.lemma(x) in _MEDIUM_LEMMA:
                    tier = PriceCategory.MEDIUM
                    t.used = True
                elif eggish and x.startswith("отборн"):
                    egg = egg or "СО"
                    t.used = True
                elif eggish and x.startswith("высш"):
                    egg = egg or "СВ"
                    t.used = True
            i += 1

        name, attributes = self.name(toks, span)
        if name is None:
            if brand is None:
                return None
            name = brand.product or fold(brand.name)
        draft = Draft(name=name, raw=raw, price_category=tier, fat_pct=fat, attributes=attributes)
        draft.brand = brand.name if brand else None
        if "яйцо" in name.split():
            draft.egg_class = egg
        if counts:
            draft.quantity, draft.unit, draft.explicit = sum(counts, Decimal(0)), "шт", True
            if measures:
                mv, mu, _, _ = measures[0]
                packs.append(PackSize(value=mv, unit=SizeUnit(mu)))
        elif measures:
            mv, mu, pos, after_po = measures[0]
            weighed = v.by_weight(span[1] if span else name)
            if not after_po and (pos < head_pos or weighed or mu == "кг"):
                draft.quantity, draft.unit, draft.explicit = mv, mu, True
            else:
                packs.append(PackSize(value=mv, unit=SizeUnit(mu)))
        draft.quantity = _clean(draft.quantity)
        if packs:
            first = packs[0]
            draft.pack = PackSize(value=_clean(first.value), unit=first.unit, count=first.count)
        return draft

    def name(
        self, toks: list[Tok], span: tuple[list[int], str] | None
    ) -> tuple[str | None, list[str]]:
        """The item's name from its product phrase and the adjectives next to it."""
        if span is None:
            return None, []
        idx, canonical = span
        v = self.v
        content = self.content(toks)
        pos_first = content.index(idx[0])
        pos_last = content.index(idx[-1])
        head = canonical.split()[-1] if " " not in canonical else canonical
        agree_to = next(
            (w for w in canonical.split() if v.word(w).pos == "NOUN"), canonical.split()[-1]
        )
        modifiers: list[str] = []
        attributes: list[str] = []
        prefix_noun: str | None = None

        def take(ci: int) -> bool:
            t = toks[content[ci]]
            info = v.word(t.text)
            if info.pos in ("ADJF", "PRTF"):
                if info.lemma not in _PREFERENCE_ADJ:
                    adj = v.agree(t.text, agree_to)
                    if t.text.startswith(_PROPERTY_STEMS):
                        if adj not in attributes:
                            attributes.append(adj)
                    elif adj not in canonical.split() and adj not in modifiers:
                        modifiers.append(adj)
                t.used = True
                return True
            return False

        k = pos_first - 1
        before: list[int] = []
        while k >= 0 and v.word(toks[content[k]].text).pos in ("ADJF", "PRTF"):
            before.insert(0, k)
            k -= 1
        if k >= 0 and k == pos_first - 1 - len(before):
            info = v.word(toks[content[k]].text)
            # «филе индейки»: a noun that is not a product itself, right before one.
            if (
                info.pos == "NOUN"
                and info.known
                and info.lemma not in v.product_lemmas
                and info.case in ("nomn", "accs")
                and not before
                and toks[content[k] + 1 :][:1] == [toks[idx[0]]]  # «коктейль с вишней»: no
            ):
                prefix_noun = info.lemma
                toks[content[k]].used = True
        for ci in before:
            take(ci)
        # qualifiers between the words of one phrase («хлеб заварной бородинский»)
        for ci in range(pos_first + 1, pos_last):
            if content[ci] not in idx:
                take(ci)
        k = pos_last + 1
        while k < len(content) and take(k):
            k += 1
        for i in idx:
            toks[i].used = True
        if prefix_noun:
            name = f"{prefix_noun} " + " ".join(toks[i].text for i in idx)
        else:
            name = " ".join([*modifiers, head if " " not in canonical else canonical])
        return name, attributes

    def guess(self, toks: list[Tok], content: list[int], brand: Brand | None) -> Guess | None:
        """The fragment as a noun phrase outside the vocabulary, or None if it is not one.

        The head is the first content word that is not an adjective (adjectives around it
        are qualifiers, read by ``name``); the fragment must be no sentence and the head
        no chat word, person, animal, proper name or object of a preposition.
        """
        v = self.v
        head: int | None = None
        for i in content:
            info = v.word(toks[i].text)
            reading = v.noun(toks[i].text)
            # «помоги», «я», «здравствуйте»: a sentence or chat, not a list entry
            if info.known and info.pos in _SENTENCE_POS and not (reading and reading.goods):
                return None
            if head is None and not (
                info.pos in ("ADJF", "PRTF") and not (reading and reading.goods)
            ):
                head = i
        if head is None:
            return None
        reading = v.noun(toks[head].text)
        if reading is None or reading.name in _NOT_PRODUCTS or toks[head].text in _NOT_PRODUCTS:
            return None
        if not reading.goods and (reading.animate or reading.proper):
            return None
        if reading.cases and not reading.cases & _ITEM_CASES:
            return None  # «к чаепитию», «с мамой»: a complement, not what is bought
        first = head
        while first - 1 >= 0 and v.word(toks[first - 1].text).pos in ("ADJF", "PRTF"):
            first -= 1
        if first > 0 and toks[first - 1].text in _PREPOSITIONS:
            return None  # «для мамы», «на работу»
        amount = any(
            t.kind in ("num", "mult", "pack")
            or t.text in _NUMBER_WORDS
            or t.text in _DOZEN
            or t.text in _HALF_WORDS
            for t in toks
        )
        return Guess(toks, ([head], reading.name), brand, reading.goods, amount)

    # one fragment -------------------------------------------------------------------

    def read_fragment(self, fragment: str, flags: Flags, notes: list[str]) -> Reading:
        """Items of one fragment, whether it had content the rules could not read, and a
        noun phrase outside the vocabulary left for ``parse_rules`` to accept or not."""
        toks = tokenize(fragment)
        if not toks:
            return Reading([], False)
        brands = self.take_brands(toks)
        self.fix_typos(toks, notes)
        self.drop_alternatives(toks, notes)
        content = self.content(toks)
        spans = self.spans(toks, content)
        if not spans:
            if any(
                toks[i].text in _NOT_PRODUCTS or self.v.lemma(toks[i].text) in _NOT_PRODUCTS
                for i in content
            ):
                # «добрый день»: chat, even where a word is also a brand («Добрый»)
                return Reading([], True)
            guess = self.guess(toks, content, brands[0][1] if brands else None)
            if guess is not None:
                return Reading([], True, guess)
        # «смузи с бананом»: a known product after a preposition may fill an unknown one;
        # if the text does not accept the unknown head, the known product stands alone
        filled = (
            self.guess_filled(toks, content, spans[0], brands[0][1] if brands else None)
            if len(spans) == 1
            else None
        )
        if len(spans) <= 1:
            parts = [(toks, spans[0] if spans else None)]
            brand_at = [brands[0][1] if brands else None]
        else:
            parts, brand_at = self.cut(toks, spans, brands)
        drafts: list[Draft] = []
        for (part, span), brand in zip(parts, brand_at, strict=True):
            draft = self.read_part(part, span, brand, flags, fragment.strip())
            if draft is not None:
                drafts.append(draft)
        leftover = [
            toks[i].text
            for i in self.content(toks)
            if not toks[i].used and toks[i].text not in _NOISE
        ]
        unread = not drafts and bool(leftover or any(t.kind == "num" for t in toks))
        return Reading(drafts, unread, filled)

    def guess_filled(
        self, toks: list[Tok], content: list[int], span: tuple[list[int], str], brand: Brand | None
    ) -> Guess | None:
        """An unknown head before «с/для/из/к/в/на» + a known product: one item, the head.

        Like the vocabulary's fillings, a filling after «с» stays in the name («смузи с
        бананом»); a purpose («для», «к») is dropped. Works on a copy of the tokens, as the
        fragment is also read the usual way in case the text does not accept the guess.
        """
        idx = span[0]
        prep = idx[0] - 1
        if prep < 1 or toks[prep].text not in _PHRASE_PREPS:
            return None
        before = [i for i in content if i < prep]
        if not before:
            return None
        copy = [Tok(t.kind, t.text, t.used, t.role) for t in toks]
        guess = self.guess(copy, before, brand)
        if guess is None:
            return None
        head, name = guess.span
        if toks[prep].text in ("с", "со"):
            name = f"{name} {toks[prep].text} " + " ".join(toks[i].text for i in idx)
        guess.span = ([*head, prep, *idx], name)
        return guess

    def cut(
        self,
        toks: list[Tok],
        spans: list[tuple[list[int], str]],
        brands: list[tuple[int, Brand]],
    ) -> tuple[list[tuple[list[Tok], tuple[list[int], str] | None]], list[Brand | None]]:
        """Split a fragment that names several products («молоко хлеб 2 батона»).

        Amounts go with the product on the side the writer put them: if the first product
        has its number before it, numbers precede products in this fragment, else follow.
        """
        first_start = spans[0][0][0]
        prefix_style = any(
            t.kind in ("num", "mult") or t.text in _NUMBER_WORDS or t.text in _DOZEN
            for t in toks[:first_start]
        )
        cuts = [0]
        for k in range(1, len(spans)):
            start = spans[k][0][0]
            prev_end = spans[k - 1][0][-1]
            cut = start
            if prefix_style:
                while cut - 1 > prev_end and (
                    toks[cut - 1].kind != "word"
                    or toks[cut - 1].text in _NUMBER_WORDS
                    or toks[cut - 1].text in _DOZEN
                    or _measure_unit(toks[cut - 1], self.v) is not None
                    or _is_container(toks[cut - 1], self.v)
                    or self.v.word(toks[cut - 1].text).pos in ("ADJF", "PRTF")
                ):
                    cut -= 1
            else:
                while cut - 1 > prev_end and self.v.word(toks[cut - 1].text).pos in (
                    "ADJF",
                    "PRTF",
                ):
                    cut -= 1
            cuts.append(cut)
        cuts.append(len(toks))
        parts: list[tuple[list[Tok], tuple[list[int], str] | None]] = []
        brand_at: list[Brand | None] = []
        for k, span in enumerate(spans):
            lo, hi = cuts[k], cuts[k + 1]
            local = ([i - lo for i in span[0]], span[1])
            parts.append((toks[lo:hi], local))
            brand_at.append(next((b for pos, b in brands if lo <= pos < hi), None))
        return parts, brand_at


# --- merging -----------------------------------------------------------------------


def _compatible(a: Draft, b: Draft) -> bool:
    # Attributes are required properties («безлактозное»): like the name, they must agree.
    if a.name != b.name or set(a.attributes) != set(b.attributes):
        return False
    for x, y in (
        (a.brand, b.brand),
        (a.fat_pct, b.fat_pct),
        (a.egg_class, b.egg_class),
        (a.pack, b.pack),
        (a.price_category, b.price_category),
    ):
        if x is not None and y is not None and x != y:
            return False
    return True


def _same_attributes(a: Draft, b: Draft) -> bool:
    return (a.brand, a.fat_pct, a.egg_class, a.pack, a.price_category) == (
        b.brand,
        b.fat_pct,
        b.egg_class,
        b.pack,
        b.price_category,
    )


def _merge(a: Draft, b: Draft) -> None:
    """Fold ``b`` into ``a``: a later explicit amount specifies an earlier bare mention."""
    if a.explicit and b.explicit:
        if a.unit == b.unit:
            a.quantity += b.quantity
    elif b.explicit:
        a.quantity, a.unit, a.explicit = b.quantity, b.unit, True
    elif not a.explicit and _same_attributes(a, b):
        a.quantity += b.quantity  # «молоко, ещё молоко»; «яйца, яйца с0» only refines
    a.brand = a.brand or b.brand
    a.fat_pct = a.fat_pct if a.fat_pct is not None else b.fat_pct
    a.egg_class = a.egg_class or b.egg_class
    a.pack = a.pack or b.pack
    a.price_category = a.price_category or b.price_category
    a.raw = f"{a.raw}; {b.raw}"


def merge_drafts(drafts: list[Draft], notes: list[str]) -> list[Draft]:
    merged: list[Draft] = []
    for d in drafts:
        same = next((m for m in merged if _compatible(m, d)), None)
        if same is None:
            merged.append(d)
        else:
            notes.append(f"«{same.raw}» и «{d.raw}» — один товар «{d.name}»")
            _merge(same, d)
    return merged


def to_item(d: Draft) -> ListItem:
    return ListItem(
        name=d.name,
        quantity=_clean(d.quantity),
        unit=d.unit,
        price_category=d.price_category,
        brand=d.brand,
        fat_pct=d.fat_pct,
        egg_class=d.egg_class,
        pack=d.pack,
        attributes=tuple(d.attributes),
        raw=d.raw,
        source="rules",
    )


# --- entry points ----------------------------------------------------------------------


def parse_rules(text: str, vocabulary: Vocabulary) -> RulesResult:
    """Parse ``text`` and say which fragments could not be read."""
    vocabulary.ready()
    reader = _Reader(vocabulary)
    flags = Flags()
    notes: list[str] = []
    fragments = split_fragments(text)
    readings = [reader.read_fragment(fragment, flags, notes) for fragment in fragments]
    # List-shaped: two or more fragments that are items or noun phrases, or list markers.
    # Then a noun phrase outside the vocabulary is read as one more item of the list.
    list_shaped = has_list_markers(text) or sum(1 for r in readings if r.drafts or r.guess) >= 2
    drafts: list[Draft] = []
    unread: list[str] = []
    for fragment, reading in zip(fragments, readings, strict=True):
        guess = reading.guess
        if guess is not None and (reason := guess.reason(list_shaped)) is not None:
            draft = reader.read_part(guess.toks, guess.span, guess.brand, flags, fragment.strip())
            if draft is not None:
                notes.append(f"«{draft.name}» — не из словаря, принял как товар: {reason}")
                drafts.append(draft)
                continue
        drafts.extend(reading.drafts)
        if reading.unread:
            unread.append(fragment)
    items = merge_drafts(drafts, notes)
    intent = Intent.BASKET
    if len(items) == 1 and (flags.cheapest or flags.where_cheaper):
        intent = Intent.CHEAPEST
    for fragment in unread:
        notes.append(f"не понял: «{fragment}»")
    return RulesResult(
        ShoppingList(intent=intent, items=tuple(to_item(d) for d in items), notes=tuple(notes)),
        unread,
    )
