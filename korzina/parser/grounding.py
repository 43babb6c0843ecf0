"""Grounding: an LLM item is kept only if the user's own words back it.

A name is grounded when each of its words is, by lemma, a word of the text, a typo of
one (one edit), or the vocabulary's canonical name for one («картошка» → «картофель»).
A quantity other than 1 must be a number written in the text. Items that fail are
dropped and logged: «milk» for «молоко», or "1".."15" for «яйца с0, десяток яиц».
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

from pydantic import BaseModel, ConfigDict
from rapidfuzz.distance import Levenshtein

from korzina.core.models import ListItem, PriceCategory, QuantityUnit
from korzina.parser.rules import parse_rules
from korzina.parser.vocabulary import Vocabulary, brand_key, fold

log = logging.getLogger(__name__)

_WORDS = re.compile(r"[a-zа-я]+")
_NUMBERS = re.compile(r"\d+(?:[.,]\d+)?")
_FUNCTION_WORDS = frozenset({"в", "во", "для", "с", "со", "из", "на", "по", "без", "и"})
# Numbers that words in the text stand for («десяток» → 10).
_WORD_NUMBERS = {
    "один": "1", "одна": "1", "одну": "1", "два": "2", "две": "2", "три": "3", "четыре": "4",
    "пять": "5", "шесть": "6", "семь": "7", "восемь": "8", "девять": "9", "десять": "10",
    "пара": "2", "пару": "2", "полтора": "1.5", "полторы": "1.5", "пол": "0.5",
    "полкило": "0.5", "поллитра": "0.5", "десяток": "10", "десятка": "10", "дюжина": "12",
    "дюжину": "12", "полдесятка": "5",
}  # fmt: skip


class LLMItem(BaseModel):
    """One item as the model must answer it (the ``format=`` JSON schema)."""

    model_config = ConfigDict(extra="ignore")

    name: str
    quantity: float | None = None
    unit: QuantityUnit | None = None
    price_category: Literal["cheap", "medium", "expensive"] | None = None
    brand: str | None = None


class LLMAnswer(BaseModel):
    """The whole answer: a list of items."""

    model_config = ConfigDict(extra="ignore")

    items: list[LLMItem]


@dataclass(frozen=True, slots=True)
class Grounded:
    items: list[ListItem]
    rejected: list[str]  # why each dropped or corrected item was, for notes and logs


def _text_numbers(text: str) -> set[Decimal]:
    found: set[Decimal] = set()
    folded = fold(text)
    for raw in _NUMBERS.findall(folded):
        try:
            found.add(Decimal(raw.replace(",", ".")))
        except InvalidOperation:  # pragma: no cover - the regex only admits numbers
            continue
    for word in _WORDS.findall(folded):
        if word in _WORD_NUMBERS:
            found.add(Decimal(_WORD_NUMBERS[word]))
    # «два десятка» is 20: products of a number and a dozen word
    if Decimal(10) in found:
        found |= {n * 10 for n in list(found) if n == n.to_integral_value() and n < 10}
    return found


class Grounder:
    """Checks LLM items against one text, with the vocabulary's lemmas and aliases."""

    def __init__(self, text: str, vocabulary: Vocabulary) -> None:
        self.v = vocabulary
        self.text = text
        words = _WORDS.findall(fold(text))
        self.words = set(words)
        self.lemmas = {vocabulary.lemma(w) for w in words}
        self.canonical_words: set[str] = set()
        for lemma in self.lemmas:
            product = vocabulary.product((lemma,))
            if product is not None:
                self.canonical_words.update(product.name.split())
        self.numbers = _text_numbers(text)
        self.brand_words = set(brand_key(text))

    def word_grounded(self, word: str) -> bool:
        if word in _FUNCTION_WORDS or word in self.words or word in self.canonical_words:
            return True
        lemma = self.v.lemma(word)
        if lemma in self.lemmas or lemma in self.canonical_words:
            return True
        # a typo in the text («малоко») backs the model's corrected word («молоко»)
        return len(word) >= 4 and any(
            Levenshtein.distance(word, w, score_cutoff=1) <= 1 for w in self.words if len(w) >= 4
        )

    def name_grounded(self, name: str) -> bool:
        words = _WORDS.findall(fold(name))
        # A name must have letters: "1", "2", … are not products.
        if not words or any(ch.isdigit() for ch in name):
            return False
        return all(self.word_grounded(w) for w in words)

    def ground(self, answer: LLMAnswer) -> Grounded:
        kept: list[ListItem] = []
        rejected: list[str] = []
        for item in answer.items:
            if not self.name_grounded(item.name):
                rejected.append(f"отброшен «{item.name}»: этого нет в тексте")
                log.info("LLM item %r dropped: not grounded in %r", item.name, self.text)
                continue
            quantity = Decimal(1)
            unit = item.unit
            if item.quantity is not None:
                q = Decimal(str(item.quantity))
                if q == 1 or q in self.numbers:
                    quantity = q
                else:
                    rejected.append(f"количество {item.quantity} для «{item.name}» не из текста")
                    log.info("LLM quantity %s for %r not in text", item.quantity, item.name)
                    unit = None
            brand = item.brand
            if brand and not set(brand_key(brand)) <= self.brand_words:
                rejected.append(f"марка «{brand}» не из текста")
                brand = None
            kept.append(self._to_item(item, quantity, unit, brand))
        return Grounded(kept, rejected)

    def _to_item(
        self, item: LLMItem, quantity: Decimal, unit: QuantityUnit | None, brand: str | None
    ) -> ListItem:
        # The model's name goes through the rules so names follow one convention, and the
        # words of it that qualify the product («сыр гауда») stay attributes, not dropped.
        normalized = parse_rules(item.name, self.v).shopping_list.items
        one = normalized[0] if len(normalized) == 1 else None
        name = one.name if one is not None else fold(item.name).strip()
        if brand:
            known = self.v.brand(brand_key(brand))
            brand = known.name if known else brand
        if quantity == quantity.to_integral_value():
            quantity = quantity.quantize(Decimal(1))
        return ListItem(
            name=name,
            quantity=quantity,
            unit=unit,
            price_category=PriceCategory(item.price_category) if item.price_category else None,
            brand=brand,
            attributes=one.attributes if one is not None else (),
            preferences=one.preferences if one is not None else (),
            raw=item.name,
            source="llm",
        )


def ground(answer: LLMAnswer, text: str, vocabulary: Vocabulary) -> Grounded:
    """The items of ``answer`` that ``text`` backs, and why the others were dropped."""
    return Grounder(text, vocabulary).ground(answer)
