"""What the parser knows: product words, brands, and a cached morphological analyzer.

A ``Vocabulary`` starts from the built-in lists in ``data/`` and grows with
``extend()`` from the database (product titles, brands) and plugins (brands).
Lemmas come from a ``korzina.core.text.Lemmatizer`` (the matcher's rule, the process's
one pymorphy3 analyzer, built lazily), which caches every lookup, so parsing the same
words again costs a dict hit.
``data/goods.txt`` lists words for goods beyond the products: evidence, read by
``noun``, that a lone word outside the vocabulary is shopping; a word there may name the
products it is a variety of («моцарелла ; сыр»), so «сыр моцарелла» is one item.
A variety in ``data/products.txt`` (``хлеб ; varieties: бородинский``) means the product
with that word kept as a required attribute: «бородинский» is «хлеб» that says «бородинский».
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from korzina.core.text import PROPER_NAME, Lemmatizer, WordInfo, fold, normalize

log = logging.getLogger(__name__)

_WORD = re.compile(r"[a-zа-я0-9&]+")
_PREPOSITIONS = frozenset({"в", "во", "для", "с", "со", "из", "на", "по", "без", "от"})
# Words that head many store titles but are packaging or marketing, not a product.
_TITLE_STOP = frozenset(
    {
        "упаковка", "пакет", "штука", "бутылка", "банка", "набор", "вкус", "продукт",
        "товар", "изделие", "масса", "смесь", "напиток", "средство", "коробка", "пачка",
        "акция", "новинка", "подарок", "россия", "вес", "шт", "г", "кг", "мл", "л",
        # Parts and cuts that need their animal («филе индейки» is one item), and «банк»,
        # pymorphy's first reading of «банки».
        "филе", "тушка", "кусок", "ломтик", "нарезка", "банк",
        # «Мини-маффины», «Мини-крендель»: a size, which pymorphy reads as a name («минь»).
        "минь", "мини", "миди", "макси",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=65536)
def _sound(form: str) -> str:
    """A word as heard: unstressed о/а and е/и alike, doubled letters once («малако»,
    «молоко» → «малака»)."""
    out = form.translate(_SOUND)
    return re.sub(r"(.)\1+", r"\1", out)


_SOUND = str.maketrans({"о": "а", "е": "и", "ё": "и", "я": "а"})


# Case endings of a feminine brand name («Фанта», «Милка», «Кока-Кола») that a list
# writes in the accusative, genitive or instrumental: each back to the nominative.
# «купи фанту»: a feminine brand in another case; «сникерсов», «сникерсы»: a masculine
# one in the plural.
_BRAND_CASE_ENDINGS = (
    ("ою", "а"), ("ой", "а"), ("у", "а"), ("ы", "а"), ("ю", "я"), ("и", "я"),
    ("ов", ""), ("ы", ""), ("ами", ""), ("ах", ""),
)  # fmt: skip
# The last letters of those endings, and «а» of a masculine brand's genitive (``brand``).
_CASE_LAST = frozenset(ending[-1] for ending, _ in _BRAND_CASE_ENDINGS) | {"а"}


@functools.lru_cache(maxsize=65536)
def brand_key(text: str) -> tuple[str, ...]:
    """A brand as normalized words: «Lay's» → ("lays",), «Кока-Кола» → ("кока", "кола").

    Memoized: the parser asks for every word of every list."""
    return tuple(_WORD.findall(normalize(text)))


@dataclass(frozen=True, slots=True)
class Product:
    """A canonical product name and whether a weight after it is the amount wanted
    (``by_weight``: «картошка 2 кг») or the pack («рис 1 кг», ``packed``)."""

    name: str
    by_weight: bool = False
    packed: bool = False


@dataclass(frozen=True, slots=True)
class Brand:
    """A brand's display name and the product a bare brand means («lays» → чипсы)."""

    name: str
    product: str | None = None


@dataclass(frozen=True, slots=True)
class NounReading:
    """How a word outside the product vocabulary may head an item («хумус», «оладьи»)."""

    name: str  # a goods.txt entry, the dictionary lemma, or the form as written
    cases: frozenset[str]  # cases of its noun readings; empty for unknown and Latin words
    animate: bool  # «мама», «кот»: people and animals are not bought (goods.txt aside)
    proper: bool  # «москва», «маша»: names of people, places, organisations
    goods: bool  # goods.txt names it: a lone word is accepted
    known: bool  # pymorphy's dictionary has it


# Unknown words ending like an infinitive or a reflexive verb are not nouns.
_VERB_ENDING = re.compile(r"(?:ть|ться|тись|ся|сь)$")


def data_lines(filename: str) -> list[str]:
    """The lines of one of the parser's data files (``korzina/parser/data``), without
    blank lines and «#» comments."""
    text = resources.files("korzina.parser").joinpath("data", filename).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@functools.cache
def _builtin_brands() -> tuple[tuple[Brand, tuple[str, ...]], ...]:
    """brands.txt read once: each brand and the ways people write it (its aliases)."""
    out = []
    for line in data_lines("brands.txt"):
        body, *rest = line.split(";")
        display, _, aliases = body.partition("=")
        product = rest[0] if rest else ""
        brand = Brand(display.strip(), fold(product.strip()) or None)
        out.append((brand, tuple(a.strip() for a in aliases.split(",") if a.strip())))
    return tuple(out)


def builtin_brand_spellings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each built-in brand's display name and the ways brands.txt says people write it
    («Palmolive»: «палмолив»): a title may spell it so («Гель для душа ПАЛМОЛИВ»), where
    a letter-by-letter transliteration does not."""
    return tuple((brand.name, aliases) for brand, aliases in _builtin_brands())


class Vocabulary:
    """Known product words and brands, with cached lemmas; grows with ``extend``."""

    def __init__(self, *, builtin: bool = True, lemmatizer: Lemmatizer | None = None) -> None:
        # the shared lemma rule (korzina.core.text); its analyzer is the process's one
        self.lemmatizer = lemmatizer or Lemmatizer()
        self._indexed = False
        self._agree: dict[tuple[str, str], str] = {}
        # lemma tuple → product; the longest tuple wins when parsing
        self.phrases: dict[tuple[str, ...], Product] = {}
        self.product_lemmas: set[str] = set()
        self.max_phrase = 1
        self._weighed: set[str] = set()
        self._packed: set[str] = set()
        self.brands: dict[tuple[str, ...], Brand] = {}
        self.max_brand = 1
        self._typo_forms: list[str] | None = None
        self._typo_sounds: dict[str, list[str]] = {}
        self._brand_words: dict[tuple[str, ...], str] | None = None
        self._pending_products: list[tuple[str, list[str], bool, bool, list[str]]] = []
        # lemma tuple of a variety («бородинский» of хлеб) → the word kept as an attribute
        self.varieties: dict[tuple[str, ...], str] = {}
        # goods.txt: words that show a lone unknown word is shopping (see ``noun``)
        self.goods: set[str] = set()
        # goods.txt word → the products it is a variety of («пепперони» → колбаса)
        self.goods_kinds: dict[str, frozenset[str]] = {}
        self._nouns: dict[str, NounReading | None] = {}
        # word form → whether it names a container («пачки», «банку»), see ``container``
        self._containers: dict[str, bool] = {}
        self._cases: dict[str, frozenset[str]] = {}
        # per-stage caches of readings that depend on the products known (``memo``)
        self._memos: dict[str, dict[str, Any]] = {}
        # ``brand``'s lookups of another case, emptied when a brand is added.
        self._brand_cases: dict[tuple[str, ...], Brand | None] = {}
        if builtin:
            self._load_builtin()

    # --- morphology ---------------------------------------------------------

    @property
    def morph(self) -> Any:
        self.ready()
        return self.lemmatizer.morph

    def ready(self) -> None:
        """Build the product index now (it is lazy otherwise). The analyzer itself is
        loaded when a word is not in the lemmatizer's cache (see ``Lemmatizer.remember``).
        """
        if not self._indexed:
            self._indexed = True
            self._index_pending()

    def word(self, form: str) -> WordInfo:
        """Lemma, part of speech and case of a (folded) word form; cached by the lemmatizer."""
        if not self._indexed:
            self.ready()  # the product index is built with the first word looked up
        return self.lemmatizer.info(form)

    def lemma(self, form: str) -> str:
        return self.word(form).lemma

    def agree(self, adjective: str, head: str) -> str:
        """``adjective`` agreeing with a nominative ``head``: «сливочного» → «сливочное»."""
        key = (adjective, head)
        cached = self._agree.get(key)
        if cached is not None:
            return cached
        result = adjective
        parses = self.morph.parse(head)
        # the head is nominative: prefer such a reading («хумус» also reads as «хумуса», gent)
        head_parse = next(
            (p for p in parses if p.tag.POS == "NOUN" and p.tag.case == "nomn"),
            next((p for p in parses if p.tag.POS == "NOUN"), parses[0]),
        )
        grammemes = {"nomn"}
        if head_parse.tag.number == "plur" or "Pltm" in head_parse.tag:
            grammemes.add("plur")
        else:
            grammemes |= {"sing", head_parse.tag.gender or "masc"}
        for p in self.morph.parse(adjective):
            if p.tag.POS in ("ADJF", "PRTF"):
                inflected = p.inflect(grammemes)
                if inflected is not None and "Supr" in p.tag:
                    # «высший» → «высочайшая»: another superlative of the same lemma;
                    # the form of the word written is wanted («высшая»).
                    inflected = next(
                        (
                            f
                            for f in p.lexeme
                            if grammemes <= f.tag.grammemes and f.word.startswith(adjective[:-2])
                        ),
                        None,
                    )
                if inflected is not None:
                    result = fold(inflected.word)
                    break
        self._agree[key] = result
        return result

    def adjective(self, form: str) -> bool:
        """Whether ``form`` is read as an adjective or participle here: its likeliest
        reading, or a reading behind a proper noun («горький» reads first as the surname
        Горький: after «шоколад» it is «горький»). Cached."""
        memo = self.memo("adjective")
        hit = memo.get(form)
        if hit is None:
            info = self.word(form)
            hit = info.pos in ("ADJF", "PRTF")
            if not hit and info.known and info.pos == "NOUN":
                parses = self.morph.parse(form)
                hit = bool(PROPER_NAME & parses[0].tag.grammemes) and any(
                    p.tag.POS in ("ADJF", "PRTF") for p in parses[1:4]
                )
            memo[form] = hit
        return hit

    def cases(self, form: str) -> frozenset[str]:
        """Cases of all readings of ``form`` («мятой»: gent, datv, ablt, loct); cached."""
        hit = self._cases.get(form)
        if hit is None:
            hit = frozenset(str(p.tag.case) for p in self.morph.parse(form) if p.tag.case)
            self._cases[form] = hit
        return hit

    def noun(self, form: str) -> NounReading | None:
        """How ``form`` may head an item when the vocabulary does not know it; cached.

        Dictionary words count when their likeliest reading is a noun (goods.txt words
        whatever pymorphy says: «суши» reads first as a verb); unknown Cyrillic words when
        they end like neither an adjective nor a verb; Latin words of 3+ letters.
        """
        if form in self._nouns:
            return self._nouns[form]
        reading = self._noun(form)
        self._nouns[form] = reading
        return reading

    def _noun(self, form: str) -> NounReading | None:
        if len(form) < 3 or not form.isalpha():
            return None
        info = self.word(form)
        goods = (
            form
            if form in self.goods
            else next((lemma for lemma in info.lemmas if lemma in self.goods), None)
        )
        if "a" <= form[0] <= "z":
            return NounReading(form, frozenset(), False, False, goods is not None, False)
        parses = self.morph.parse(form)
        nouns = [p for p in parses if p.tag.POS == "NOUN"]
        cases = frozenset(str(p.tag.case) for p in nouns if p.tag.case)
        if goods is not None:
            # pymorphy's cases for loanwords are guesses («тофу» → datv): not kept
            return NounReading(goods, frozenset(), False, False, True, info.known)
        if not info.known:
            if info.pos in ("ADJF", "PRTF") or _VERB_ENDING.search(form):
                return None
            return NounReading(form, frozenset(), False, False, False, False)
        # «мята»: a noun's reading that pymorphy ranks alike with an adjective's («мятый»)
        # counts as the likeliest.
        tied = [p for p in nouns if p.score >= parses[0].score]
        if not tied:
            return None
        # «джин», «мак»: a thing's reading before a name's («Джина», the abbreviation
        # «МАК») that pymorphy ranks first or alike.
        first = tied[0]  # ``parses[0]`` itself when pymorphy reads it first as a noun
        if PROPER_NAME & first.tag.grammemes or "Abbr" in first.tag:
            first = next(
                (
                    p
                    for p in nouns
                    if "anim" not in p.tag
                    and "Abbr" not in p.tag
                    and not PROPER_NAME & p.tag.grammemes
                ),
                first,
            )
        # «лак»: a surname's reading is animate, the varnish's is not; a person or an
        # animal only when every reading of the word as this noun is one.
        same = [p for p in nouns if p.normal_form == first.normal_form]
        return NounReading(
            fold(first.normal_form),
            cases,
            all("anim" in p.tag for p in same),
            bool(PROPER_NAME & first.tag.grammemes),
            False,
            True,
        )

    # --- products -----------------------------------------------------------

    def _load_builtin(self) -> None:
        for line in data_lines("goods.txt"):
            word, _, kinds = line.partition(";")
            word = fold(word.strip())
            self.goods.add(word)
            if kinds.strip():
                self.goods_kinds[word] = frozenset(
                    fold(k.strip()) for k in kinds.split(",") if k.strip()
                )
        for line in data_lines("products.txt"):
            body, *flags = line.split(";")
            canonical, _, aliases = body.partition("=")
            names = [canonical.strip()] + [a.strip() for a in aliases.split(",") if a.strip()]
            by_weight = any(f.strip() == "kg" for f in flags)
            packed = any(f.strip() == "pack" for f in flags)
            varieties = [
                v.strip()
                for f in flags
                if f.strip().startswith("varieties:")
                for v in f.strip().removeprefix("varieties:").split(",")
                if v.strip()
            ]
            self._pending_products.append(
                (fold(canonical.strip()), names, by_weight, packed, varieties)
            )
        for brand, spellings in _builtin_brands():
            for alias in (brand.name, *spellings):
                self._add_brand(brand_key(alias), brand)

    def _index_pending(self) -> None:
        pending, self._pending_products = self._pending_products, []
        for canonical, names, by_weight, packed, varieties in pending:
            product = Product(canonical, by_weight, packed)
            for name in names:
                self._add_phrase(name, product)
            for name in varieties:
                self._add_phrase(name, product, variety=True)

    def _add_phrase(self, name: str, product: Product, *, variety: bool = False) -> None:
        words = _WORD.findall(fold(name))
        if not words:
            return
        infos = [self.word(w) for w in words]
        key = tuple(i.lemma for i in infos)
        self.phrases.setdefault(key, product)
        if variety:
            self.varieties.setdefault(key, " ".join(words))
        if len(key) == 2:
            # «хлеб бородинский» is «бородинский хлеб»: two-word names in either order
            self.phrases.setdefault((key[1], key[0]), product)
        if product.by_weight:
            self._weighed.add(product.name)
        if product.packed:
            self._packed.add(product.name)
        self._containers.clear()
        for memo in self._memos.values():
            memo.clear()
        self.max_phrase = max(self.max_phrase, len(key))
        if len(key) == 1:
            self.product_lemmas.add(key[0])
        else:
            self.product_lemmas.update(
                i.lemma for i in infos if i.pos == "NOUN" and i.lemma not in _PREPOSITIONS
            )
        self._typo_forms = None
        self._typo_sounds = {}

    def product(self, key: tuple[str, ...]) -> Product | None:
        return self.phrases.get(key)

    def variety(self, key: tuple[str, ...]) -> str | None:
        """The attribute a variety alias keeps («бородинский» → "бородинский"), or None."""
        return self.varieties.get(key)

    def variety_of_word(self, form: str) -> str | None:
        """``variety`` for one word under any of its readings."""
        for lemma in self.word(form).lemmas:
            found = self.varieties.get((lemma,))
            if found is not None:
                return found
        return None

    def goods_kind(self, form: str) -> frozenset[str]:
        """The products a goods.txt word is a variety of («моцареллы» → {"сыр"})."""
        if form in self.goods_kinds:
            return self.goods_kinds[form]
        for lemma in self.word(form).lemmas:
            if lemma in self.goods_kinds:
                return self.goods_kinds[lemma]
        return frozenset()

    def product_of_word(self, form: str) -> Product | None:
        """The product one word names under any of its readings («молочка» → молоко)."""
        for lemma in self.word(form).lemmas:
            product = self.phrases.get((lemma,))
            if product is not None:
                return product
        return None

    def names_goods(self, form: str) -> bool:
        """Whether one word names goods: a product of the vocabulary or a goods word."""
        return self.product_of_word(form) is not None or form in self.goods

    def memo(self, name: str) -> dict[str, Any]:
        """A cache for the parser's stages, by word form, emptied when products change."""
        return self._memos.setdefault(name, {})

    def container(self, form: str, lemmas: frozenset[str]) -> bool:
        """Whether ``form`` names a container (one of ``lemmas``) and is no product of
        its own («батон» is; «пакета» is a container though «пакеты для мусора» are a
        product): «банки» reads first as «банк», so any reading counts. Cached per form."""
        hit = self._containers.get(form)
        if hit is None:
            info = self.word(form)
            hit = (info.lemma,) not in self.phrases and any(
                lemma in lemmas for lemma in info.lemmas
            )
            self._containers[form] = hit
        return hit

    def by_weight(self, name: str) -> bool:
        self.ready()
        return name in self._weighed

    def packed(self, name: str) -> bool:
        """Whether a weight written after ``name`` is its pack («рис 1 кг», «мука 2 кг»)."""
        self.ready()
        return name in self._packed

    # --- brands -------------------------------------------------------------

    def _add_brand(self, key: tuple[str, ...], brand: Brand) -> None:
        if not key or (len(key) == 1 and len(key[0]) < 2):
            return
        self._brand_words = None
        self._brand_cases.clear()
        self.brands.setdefault(key, brand)
        self.max_brand = max(self.max_brand, len(key))
        if "&" in key and len(key) > 2:
            # «head&shoulders»: the list's words never keep the «&»
            self._add_brand(tuple(k for k in key if k != "&"), brand)

    def brand(self, key: tuple[str, ...]) -> Brand | None:
        """The brand ``key`` spells, in the form a list writes it: a feminine brand in
        another case too («купи фанту», «кока колу», «милку» are Fanta, Coca-Cola, Milka),
        a masculine one in the genitive («спрайта»)."""
        found = self.brands.get(key)
        if found is None and key and len(last := key[-1]) >= 4 and last[-1] in _CASE_LAST:
            memo = self._brand_cases
            if key in memo:
                return memo[key]
            # «памперсы» is what diapers are called, whoever makes them.
            product = self.product_of_word(last) is not None
            for ending, nominative in _BRAND_CASE_ENDINGS:
                if product and not nominative:
                    continue
                if last.endswith(ending):
                    found = self.brands.get((*key[:-1], last[: -len(ending)] + nominative))
                    if found is not None:
                        break
            if found is None and not product and len(last) >= 5 and last[-1] == "а":
                # «полторашку спрайта», «пачку чипсов лейса»: a masculine brand's genitive
                found = self.brands.get((*key[:-1], last[:-1]))
            memo[key] = found
        return found

    # --- growing ------------------------------------------------------------

    def extend(self, product_names: Iterable[str] = (), brands: Iterable[str] = ()) -> None:
        """Learn from the database: product titles add their head noun, brands add themselves.

        A store title such as «Молоко Простоквашино пастеризованное 3,2% 930мл» adds «молоко»:
        the first dictionary noun of the title. Brands that are ordinary product words
        («Молоко») are skipped so they never swallow a product.
        """
        added_products = added_brands = 0
        for title in product_names:
            for w in _WORD.findall(fold(title)):
                if not w.isalpha():
                    continue
                info = self.word(w)
                if info.pos == "NOUN" and info.known and info.case == "nomn":
                    fresh = (info.lemma,) not in self.phrases
                    if fresh and info.lemma not in _TITLE_STOP and len(info.lemma) > 2:
                        self._add_phrase(info.lemma, Product(info.lemma))
                        added_products += 1
                    break
        for raw in brands:
            key = brand_key(raw)
            if not key or key in self.brands:
                continue
            if len(key) == 1 and (
                self.word(key[0]).lemma in self.product_lemmas or key[0].isdigit()
            ):
                continue
            self._add_brand(key, Brand(raw.strip()))
            added_brands += 1
        log.debug("vocabulary extended: %d products, %d brands", added_products, added_brands)

    # --- typos --------------------------------------------------------------

    def fix_typo(self, form: str, *, known: bool = False) -> str | None:
        """The known product word form closest to ``form``, or None.

        Conservative: words pymorphy does not know, at least 4 letters, at most one edit
        away (two for words of 8+ letters), so real words are never "fixed". With
        ``known`` a dictionary word is fixed too, one edit away only: the caller has seen
        it read as something no list says («сметанна», a short adjective). The nearest
        form must be one product's: two products equally near is no confident fix.
        """
        if len(form) < 4 or not form.isalpha() or (self.word(form).known and not known):
            return None
        forms = self.typo_forms()
        if not self._typo_sounds:
            for choice in forms:
                self._typo_sounds.setdefault(_sound(choice), []).append(choice)
        if not known:
            # «малако»: unstressed vowels written as heard, however many
            alike = self._typo_sounds.get(_sound(form), [])
            if len({self.product_of_word(choice) for choice in alike}) == 1:
                return alike[0]
        max_distance = 1 if known else (2 if len(form) >= 8 else 1)
        found = process.extract(
            form, forms, scorer=Levenshtein.distance, score_cutoff=max_distance, limit=4
        )
        # A typo rarely hits a word's first letter («замороженые» is not «мороженые»).
        found = [f for f in found if f[0][:1] == form[:1]]
        if not found:
            return None
        best = min(score for _, score, _ in found)
        nearest = [choice for choice, score, _ in found if score == best]
        products = {self.product_of_word(choice) for choice in nearest}
        if len(products) > 1:
            # «сахр»: «сахар» and «сайр» (сайра's genitive plural) are one edit away; a
            # list names its product in its own form, so the word's own form wins.
            nearest = [choice for choice in nearest if self.word(choice).lemma == choice]
            products = {self.product_of_word(choice) for choice in nearest}
        return nearest[0] if len(products) == 1 else None

    def typo_forms(self) -> list[str]:
        """Every form of every product word: what a misspelt word is compared with."""
        if self._typo_forms is None:
            self._typo_forms = self._build_typo_forms()
        return self._typo_forms

    def _phrase_adjectives(self) -> set[str]:
        """The words besides product words in the vocabulary's product phrases: their
        adjectives («перепелиный» of «перепелиное яйцо», «сгущенный»)."""
        return {
            lemma
            for key in self.phrases
            if len(key) > 1
            for lemma in key
            if lemma not in self.product_lemmas and len(lemma) >= 4 and lemma.isalpha()
        }

    def typo_forms_key(self) -> str:
        """What ``typo_forms`` are made of, as a key for a cache of them."""
        words = {*self.product_lemmas, *self.goods_kinds, *self._phrase_adjectives()}
        lemmas = "\n".join(sorted(words))
        return hashlib.sha256(lemmas.encode()).hexdigest()[:16]

    def use_typo_forms(self, forms: list[str]) -> None:
        """``typo_forms`` kept by an earlier process with the same ``typo_forms_key``:
        making them analyses every product word's forms, a tenth of a second."""
        self._typo_forms = forms
        self._typo_sounds = {}

    def fix_brand_typo(self, form: str) -> Brand | None:
        """The one brand whose one-word name is an edit away from ``form`` (two for 10+
        letters), or None: «прастоквашино» → Простоквашино, «рагачев» → Рогачевъ."""
        if self._brand_words is None:
            # A closing hard sign is not written («рогачев» for Рогачевъ).
            self._brand_words = {
                k: k[0].removesuffix("ъ")
                for k in sorted(self.brands)
                if len(k) == 1 and len(k[0]) >= 5 and k[0].isalpha()
            }
        max_distance = 2 if len(form) >= 10 else 1
        found = process.extract(
            form, self._brand_words, scorer=Levenshtein.distance, score_cutoff=max_distance, limit=4
        )
        if not found:
            return None
        best = min(score for _, score, _ in found)
        brands = {self.brands[key] for _, score, key in found if score == best}
        return brands.pop() if len(brands) == 1 else None

    def _build_typo_forms(self) -> list[str]:
        forms: set[str] = set()
        # Products, and the varieties goods.txt names («моцарела» is моцарелла, a сыр).
        for lemma in [*self.product_lemmas, *self.goods_kinds]:
            if len(lemma) < 4 or not lemma.isalpha():
                continue
            parses = [p for p in self.morph.parse(lemma) if p.tag.POS == "NOUN"]
            if parses:
                forms.update(fold(f.word) for f in parses[0].lexeme)
            else:
                forms.add(lemma)
        # «перепелинные яйца»: a product phrase's adjective misspelt («перепелиные»).
        for lemma in self._phrase_adjectives():
            parses = [p for p in self.morph.parse(lemma) if p.tag.POS in ("ADJF", "PRTF")]
            if parses:
                forms.update(fold(f.word) for f in parses[0].lexeme)
        return sorted(forms)
