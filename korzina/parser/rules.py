"""The rules parser: a Russian shopping list → ``ShoppingList``, no model needed.

Pipeline, all pure, one module per stage:

1. ``fragments``: the text is cut into fragments (lines, commas, semicolons, bullets,
   numbering); «и» cuts softly: a piece after «и» is joined back when «и» joins the
   words of one product (``_Reader.continues``);
2. ``tokens``: each fragment is tokenized (numbers, fat %, egg classes, multipacks, words);
3. ``phrases``: brands are taken out, typos fixed against the vocabulary, alternatives
   («или») set aside, product phrases found by lemma (a fragment naming two products
   becomes two parts);
4. ``amounts``: each part's amount, pack, fat, egg class and price tier;
5. ``qualifiers``: its name and every other word about the product, kept as an
   attribute (required), a preference (ranks only) or named in a note;

then the same product named twice is merged.

Words outside the vocabulary: a fragment with no known product (or only a brand) that is
a noun phrase — adjectives and a noun head, the head a dictionary noun, an unknown word
that is neither adjective- nor verb-like, or a Latin word — is an item when the text
gives a reason to read it as shopping: an amount, a brand, the text being list-shaped
(two or more item fragments, or bullets/numbering), or the head being in ``goods.txt``.
Never an item: a fragment with a verb, pronoun or interjection («помоги», «я»,
«здравствуйте»), a head in the conversational stop list (``words.NOT_PRODUCTS``), a
person, animal or proper name, a noun after a preposition («для мамы»). Such items are
named by the head's lemma (the written form for unknown words) and noted «не из словаря».
A bare brand is its product («lays» → чипсы), and words with it qualify that product
(«lays краб» → чипсы, attributes ["краб"]).

Naming rule for ``ListItem.name``: the vocabulary's canonical name when the words are a
known product or alias (nominative singular, «картошка» → «картофель», «яиц» →
«яйцо», plural only for pluralia tantum and goods shops name in the plural: «чипсы»,
«сливки», «пельмени»), with the user's kind-changing adjectives put before it in
agreement («масла сливочного» → «сливочное масло», «молоко овсяное» → «овсяное
молоко»); ё is written as е; the brand is never part of the name. A generic word next
to a narrower product is that one product («молоко сгущенка» → «сгущенное молоко»); a
variety word keeps its word as an attribute («хлеб бородинский» → «хлеб»,
("бородинский",)).

``ListItem.attributes`` holds what a store title must state and the matcher requires
(«молоко безлактозное», «сыр гауда», «кофе в зернах», «сыр для пиццы»);
``ListItem.preferences`` holds wishes and words the parser is unsure of («свежий», «для
мамы»), which rank candidates but never exclude one (see ``qualifiers``). Alternatives
joined by «или», «и/или» are one item, the first named. A count of pieces inside a pack
(«чай 100 пакетиков», «10 шт в упаковке», «по 25 пакетиков») is the pack size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from korzina.core.ages import is_age
from korzina.core.models import (
    Intent,
    ListItem,
    PackSize,
    PriceCategory,
    QuantityUnit,
    ShoppingList,
    SizeUnit,
)
from korzina.core.units import size_as_amount
from korzina.parser import words as w
from korzina.parser.alternatives import Choices, split_alternatives
from korzina.parser.amounts import amount, read_amounts
from korzina.parser.clean import check_items, check_length, clean_list
from korzina.parser.fragments import (
    CUT_DOT,
    HEADING_NOTE,
    has_list_markers,
    split_fragments,
    split_pieces,
)
from korzina.parser.phrases import (
    Guess,
    Span,
    content_words,
    cut,
    drop_alternatives,
    find_spans,
    guess,
    guess_filled,
    is_flavour,
    mark_negated,
    take_brands,
)
from korzina.parser.qualifiers import describe
from korzina.parser.tokens import Tok, clean, is_container, measure_unit, tokenize
from korzina.parser.typos import brand_typos, fix_typos, join_split, split_glued
from korzina.parser.vocabulary import Brand, Vocabulary, fold

__all__ = ["RulesResult", "has_list_markers", "parse_rules", "split_fragments", "tokenize"]


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
    preferences: list[str] = field(default_factory=list)
    raw: str = ""
    alternatives: list[ListItem] = field(default_factory=list)
    max_price: Decimal | None = None
    max_price_per: SizeUnit | None = None
    pack_min: PackSize | None = None
    mentions: int = 1  # how many mentions were merged into this one
    notes: list[str] = field(default_factory=list)  # kept only if the draft is


@dataclass(slots=True)
class Flags:
    """Text-wide findings: the «самый дешёвый» and «где дешевле» phrases."""

    cheapest: bool = False
    where_cheaper: bool = False


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


@dataclass(slots=True)
class _Phrases:
    """A fragment's brands, content words and product phrases."""

    toks: list[Tok]
    brands: list[tuple[int, Brand]]
    content: list[int]
    spans: list[Span]

    @property
    def brand(self) -> Brand | None:
        return self.brands[0][1] if self.brands else None

    @property
    def implied(self) -> str | None:
        """The product a bare brand means when no product is named («lays краб»)."""
        brand = self.brand
        return brand.product if brand is not None and not self.spans else None


def _amountish(t: Tok, v: Vocabulary) -> bool:
    return (
        t.kind in ("num", "mult", "pack", "fat", "egg")
        or t.text in w.NUMBER_WORDS
        or t.text in w.DOZEN
        or t.text in w.HALF_WORDS
        or measure_unit(t, v) is not None
        or is_container(t, v)
    )


class _Reader:
    """Reads fragments with one vocabulary; holds no state between texts."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.v = vocab

    def phrases(self, fragment: str, notes: list[str], *, one_item: bool = False) -> _Phrases:
        """Stage 2-3 on one fragment: tokens, brands, typos, alternatives, phrases;
        ``one_item``: the fragment is one item of a comma-separated list."""
        v = self.v
        toks = join_split(v, split_glued(v, tokenize(fragment), notes), notes)
        mark_negated(v, toks)
        brands = take_brands(v, toks)
        fix_typos(v, toks, notes)
        brands = sorted(brands + brand_typos(v, toks, notes), key=lambda b: b[0])
        drop_alternatives(v, toks, notes)
        content = content_words(v, toks)
        implied = brands[0][1].product if brands else None
        at = brands[0][0] if brands else -1
        spans = find_spans(v, toks, content, implied, at, one_item=one_item)
        return _Phrases(toks, brands, content, spans)

    # «и» ------------------------------------------------------------------------------

    def fragments(self, text: str, said: list[str] | None = None) -> list[str]:
        """Fragments of the text, pieces after «и» joined back where they continue one
        product (see ``continues``); ``said`` gets a note of a heading or a recipe's
        measure left out (``split_pieces``)."""
        out: list[str] = []
        for pieces in split_pieces(text, said):
            current = pieces[0]
            for piece in pieces[1:]:
                if self.continues(current, piece):
                    current = f"{current} и {piece}"
                else:
                    out.append(current)
                    current = piece
            out.append(current)
        out = [piece for fragment in out for piece in self._cut_dots(fragment)]
        # «молоко, 3.2%», «масло сливочное. 72.5%»: amounts alone belong to the item before.
        joined: list[str] = []
        for fragment in out:
            if joined and _AMOUNTS_ONLY.fullmatch(fragment.strip()):
                joined[-1] = f"{joined[-1]} {fragment.strip()}"
            else:
                joined.append(fragment)
        return joined

    def _cut_dots(self, fragment: str) -> list[str]:
        """A fragment at ``CUT_DOT``s: the words after one continue the item («зефир в
        шок. глазури», «тунец консерв. в собственном соку») unless they open with a
        product word («хлеб, молоко. сыр»)."""
        if CUT_DOT not in fragment:
            return [fragment]
        out: list[str] = []
        for part in fragment.split(CUT_DOT):
            words_ = part.split()
            if not words_:
                continue
            if out and (words_[0] in w.PHRASE_PREPS or not self.v.names_goods(words_[0])):
                out[-1] = f"{out[-1]} {part.strip()}"
            else:
                out.append(part.strip())
        return out

    def continues(self, before: str, after: str) -> bool:
        """Whether «и» between ``before`` and ``after`` joins words of one product.

        It does when the word before «и» qualifies a product named before it in the same
        fragment (not the product word itself: «хлеб и масло» is two items) and the words
        after «и» have no amount of their own and name no product other than a flavour of
        a flavoured one: «чипсы lay's сметана и зелень», «сыр гауда и маасдам», «средство
        для мытья посуды и стекол». A second filling continues too: «вареники с картошкой
        и грибами».
        """
        v = self.v
        said = after.lower().split()
        if len(said) == 2 and said[0] in w.NEGATIONS and v.names_goods(said[1]):
            return True  # «масло не спред и не маргарин»: one more thing it must not be
        scratch: list[str] = []
        nxt = tokenize(after)
        # An amount closing the fragment is the whole item's («лейс сметана и лук 2
        # пачки»); one inside the words after «и» is their own («молоко и 2 хлеба»).
        end = len(nxt)
        while end > 0 and _amountish(nxt[end - 1], v):
            end -= 1
        if not end or any(_amountish(t, v) for t in nxt[:end]):
            return False
        prev = self.phrases(before, scratch)
        head = prev.spans[-1][1] if prev.spans else prev.implied
        if head is None or not prev.content:
            return False
        last = prev.content[-1]
        tail = self.phrases(after, scratch)
        if not tail.content:
            return False
        if any(last in idx for idx, _ in prev.spans):
            # only a filling goes on after the product's own words
            first = tail.toks[tail.content[0]].text
            filling = any(f" {p} " in f" {head} " for p in ("с", "со"))
            return filling and "ablt" in v.cases(first) and last == prev.spans[-1][0][-1]
        return all(is_flavour(v, head, name) for _, name in tail.spans)

    # one fragment -------------------------------------------------------------------

    def read_fragment(
        self, fragment: str, flags: Flags, notes: list[str], *, one_item: bool = False
    ) -> Reading:
        """Items of one fragment, whether it had content the rules could not read, and a
        noun phrase outside the vocabulary left for ``parse_rules`` to accept or not
        (``one_item``: as ``phrases``)."""
        v = self.v
        ph = self.phrases(fragment, notes, one_item=one_item)
        toks, content, spans = ph.toks, ph.content, ph.spans
        if not toks:
            return Reading([], False)
        brand = ph.brand
        if (
            len(spans) == 1
            and brand is not None
            and brand.product is not None
            and spans[0][0][0] > 0
            and toks[spans[0][0][0] - 1].text in (*w.PURPOSE_PREPS, "без", "в", "во")
        ):
            # «lays к пиву», «юбилейное к чаю»: what the brand's product goes with is no
            # product of the list; the brand's product is. «дирол без сахара»: nor what
            # it is without; «felix в желе», «шеба в соусе»: nor what it comes in.
            spans = []
        if len(spans) == 2 and spans[0][0][-1] + 1 == spans[1][0][0]:
            # «черри помидорчики»: a product's noun said once more beside its sort's word
            # is one product, the wider phrase («помидоры черри»).
            names = [{v.lemma(x) for x in span[1].split()} for span in spans]
            if names[0] != names[1] and (names[0] <= names[1] or names[1] <= names[0]):
                spans = [spans[0] if len(names[0]) > len(names[1]) else spans[1]]
        if not spans:
            if any(
                (toks[i].text in w.NOT_PRODUCTS or v.lemma(toks[i].text) in w.NOT_PRODUCTS)
                # «lays на вечер»: after a preposition, when it is wanted, no chat
                and not (i > 0 and toks[i - 1].text in w.PREPOSITIONS)
                for i in content
            ):
                # «добрый день»: chat, even where a word is also a brand («Добрый»)
                return Reading([], True)
            if ph.implied is None:
                found = guess(v, toks, content, ph.brand)
                if found is not None:
                    return Reading([], True, found)
        # «смузи с бананом»: a known product after a preposition may fill an unknown one;
        # if the text does not accept the unknown head, the known product stands alone
        filled = guess_filled(v, toks, content, spans[0], ph.brand) if len(spans) == 1 else None
        parts: list[tuple[list[Tok], Span | None]]
        brand_at: list[list[Brand]]
        if len(spans) <= 1:
            parts = [(toks, spans[0] if spans else None)]
            brand_at = [[b for _, b in ph.brands]]
        else:
            parts, brand_at = cut(v, toks, spans, ph.brands)
        drafts: list[Draft] = []
        for (part, span), brands in zip(parts, brand_at, strict=True):
            draft = self.read_part(
                part, span, brands[0] if brands else None, flags, fragment.strip()
            )
            if draft is not None:
                # «кофе якобс монарх»: a second brand is the first's line, required too
                draft.attributes += [b.name for b in brands[1:] if b.name != draft.brand]
                drafts.append(draft)
        unread = not drafts and (
            any(t.kind != "word" for t in toks)  # «x10», «2л»: an amount of no product
            or any(not toks[i].used and toks[i].text not in w.NOISE for i in content_words(v, toks))
        )
        return Reading(drafts, unread, filled)

    # one part: amount, tier, name, qualifiers ---------------------------------------------

    def read_part(
        self,
        toks: list[Tok],
        span: Span | None,
        brand: Brand | None,
        flags: Flags,
        raw: str,
    ) -> Draft | None:
        v = self.v
        # «coca-cola 0.5»: amounts read against the product a bare brand means, placed
        # where the brand is written.
        product_at = span
        # Where a bare brand is written: its product stands there.
        brand_at = (
            next((i for i, t in enumerate(toks) if t.role == "brand"), 0) if span is None else 0
        )
        if span is None and brand is not None and brand.product is not None:
            product_at = ([brand_at], brand.product)
        found = read_amounts(v, toks, product_at)
        flags.cheapest |= found.cheapest
        flags.where_cheaper |= found.where_cheaper
        if span is None and (brand is None or brand.product is None):
            if brand is None:
                return None
            name = fold(brand.name)
            # «альпро миндальное»: the words with a bare brand qualify what it makes.
            described = describe(v, toks, None, implied=name, head_at=brand_at)
        elif span is None:
            assert brand is not None and brand.product is not None
            described = describe(v, toks, None, implied=brand.product, head_at=brand_at)
            name = _implied_name(v, brand.product, described.name)
        else:
            described = describe(v, toks, span)
            assert described.name is not None
            name = _brands_product(v, described.name, brand, [toks[i].text for i in span[0]])
        wanted = amount(v, found, product_at, name, toks)
        draft = Draft(
            name=name,
            quantity=wanted.quantity,
            unit=wanted.unit,
            explicit=wanted.explicit,
            price_category=found.tier,
            brand=brand.name if brand else None,
            fat_pct=found.fat,
            egg_class=found.egg if "яйцо" in name.split() else None,
            pack=wanted.pack,
            attributes=[
                *described.attributes,
                *([f"размер {found.size}"] if found.size else []),
                *([f"номер {found.line}"] if found.line is not None else []),
                *([years(found.aged)] if found.aged is not None else []),
            ],
            # Titles write it «SPF 50», «SPF50»: a wish that ranks them, never a filter.
            preferences=[
                *described.preferences,
                *([f"spf {found.spf}"] if found.spf else []),
            ],
            raw=raw,
            notes=described.notes,
        )
        draft.notes.extend(wanted.notes)
        if span is not None and any(toks[i].role == "goods" for i in span[0]):
            draft.notes.insert(0, f"«{name}» — не из словаря, принял как товар: похоже на продукт")
        return draft


def _brands_product(v: Vocabulary, name: str, brand: Brand | None, written: list[str]) -> str:
    """«паста колгейт» is Colgate's зубная паста, not the макароны «паста» alone means:
    a written word that a synonym read as another product, where the brand's own product
    is named with it, is the brand's product («корм вискас для котят» stays for котят)."""
    if brand is None or brand.product is None or brand.product == name:
        return name
    said = {v.lemma(x) for x in written}
    if said & {v.lemma(x) for x in name.split()}:
        return name
    return brand.product if said & {v.lemma(x) for x in brand.product.split()} else name


def _implied_name(v: Vocabulary, product: str, described: str | None) -> str:
    """The product a bare brand means, with the purpose the list wrote after it: «феликс
    для котят» is корм для котят, not the brand's usual корм для кошек. An adjective
    after «для» is what the product is for within its purpose: «ласка для черного» is
    средство для стирки для черного (белья)."""
    if not described or described == product:
        return product
    base, _, _ = product.partition(" для ")
    extra = described[len(product) :].strip()
    if " для " in product and extra.startswith("для "):
        following = extra.split()[1:2]
        if following and v.adjective(following[0]):
            return f"{product} {extra}"
        return f"{base} {extra}"
    return described


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
    # «редбул, энергос подешевле»: a brand named and a cheap one of any brand are two.
    one_branded = (a.brand is None) != (b.brand is None)
    return not (one_branded and (a.price_category or b.price_category))


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
    a.preferences += [p for p in b.preferences if p not in a.preferences]
    a.raw = f"{a.raw}; {b.raw}"
    a.mentions += b.mentions


def _plural(n: int, one: str, few: str, many: str) -> str:
    """``n`` with the Russian noun form its number takes («21 год», «3 года», «5 лет»)."""
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} {one}"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} {few}"
    return f"{n} {many}"


def _times(n: int) -> str:
    """«2 упоминания», «5 упоминаний», «21 упоминание»."""
    return _plural(n, "упоминание", "упоминания", "упоминаний")


def years(n: int) -> str:
    """A spirit's age as a list writes it: «1 год», «3 года», «5 лет»."""
    return _plural(n, "год", "года", "лет")


def merge_drafts(drafts: list[Draft], notes: list[str]) -> list[Draft]:
    """The same product named twice is one item; one short note per merged item."""
    merged: list[Draft] = []
    for d in drafts:
        same = next((m for m in merged if _compatible(m, d)), None)
        if same is None:
            merged.append(d)
        else:
            _merge(same, d)
    for m in merged:
        if m.mentions > 1:
            notes.append(f"«{m.name}»: {_times(m.mentions)}, считаю одним товаром")
    return merged


def _for_whom(draft: Draft, wishes: tuple[str, ...]) -> None:
    """The child's (or pet's) age the list gave (``alternatives.who_for``) is the sort
    asked, as written («пюре с 6 месяцев», «корм для кошек старше 7 лет»): readers take
    no product for another age. A nappy's weight class is a wish: its size is asked."""
    for x in wishes:
        kept = draft.attributes if is_age(x) else draft.preferences
        if x not in kept:
            kept.append(x)


def _take_pack_range(draft: Draft, low: PackSize, raw: str) -> None:
    """«творог 300-400 г»: the pack read (400 г) is the range's larger end; a pack of 300
    г will do too. Where the size was read as the amount («курица 1.5-2 кг» of goods sold
    by weight) the larger end is bought, and a note (naming ``raw``) says so."""
    (low_total, low_unit) = low.total_base()
    high = draft.pack.total_base() if draft.pack is not None else None
    if high is not None and low_unit is high[1] and low_total < high[0]:
        draft.pack_min = low
        return
    draft.notes.append(f"«{raw}»: беру по верхней границе")


def to_item(d: Draft) -> ListItem:
    return ListItem(
        name=d.name,
        quantity=clean(d.quantity),
        unit=d.unit,
        price_category=d.price_category,
        brand=d.brand,
        fat_pct=d.fat_pct,
        egg_class=d.egg_class,
        pack=d.pack,
        attributes=tuple(d.attributes),
        preferences=tuple(d.preferences),
        alternatives=tuple(d.alternatives),
        max_price=d.max_price,
        max_price_per=d.max_price_per,
        pack_min=d.pack_min,
        raw=d.raw,
        source="rules",
    )


def _share_closing_words(first: Draft, written: str) -> None:
    """«семга или форель слабосоленая нарезка», «кефир или ряженка 1%»: a first choice
    written as its bare product word takes what closes the line, as the alternative does."""
    if " " in written.strip() or len(first.alternatives) != 1:
        return
    other = first.alternatives[0]
    if first.attributes or first.fat_pct is not None or first.pack is not None or first.brand:
        return
    first.attributes = list(other.attributes)
    first.fat_pct = other.fat_pct
    first.pack = other.pack


def _instead(reader: _Reader, first: Draft, choices: Choices, notes: list[str]) -> list[ListItem]:
    """The items a list allows instead of ``first`` (``alternatives.split_alternatives``):
    words naming a product are read alone («или нескафе»), others as the first choice's
    product with them («если нет то 2.5» is молоко 2.5%); "" is any product of the kind;
    a freed brand («любой фирмы») is the first choice without it."""
    # «сыр российский или голландский»: the product itself, not the first choice's sort.
    product = next(
        (p.name for x in reversed(first.name.split()) if (p := reader.v.product_of_word(x))),
        first.name,
    )
    out: list[Draft] = []
    for words, free in zip(choices.instead, choices.any_maker_instead, strict=True):
        if not words:
            out.append(Draft(product, first.quantity, first.unit, first.explicit, raw=product))
            continue
        # «или любые из говядины»: a phrase of the first choice's product, not a product;
        # «пюре яблоко или груша»: a flavour beside the first choice's flavour.
        parallel = (
            " " not in words
            and _names_product(reader, words)
            and any(" " not in a and _names_product(reader, a) for a in first.attributes)
        )
        alone = words.split()[0] not in w.PHRASE_PREPS and not parallel
        found, guessed = _read_alone(reader, words) if alone else ([], False)
        read = words
        if found and found[0].brand is not None and not _names_product(reader, words):
            # «сок апельсиновый рич если нет то добрый»: the brand's апельсиновый сок.
            read = f"{first.name} {words}"
            found, guessed = _read_alone(reader, read)
        if not found or guessed:
            # «или illy»: a word outside the vocabulary is more likely the product's.
            with_product, unsure = _read_alone(reader, f"{product} {words}")
            if (with_product and not unsure) or not found:
                found, read = with_product, f"{product} {words}"
                # «пюре фрутоняня яблоко или груша», «простоквашино 3.2 если нет то 2.5»:
                # the brand named for the first choice is the alternative's too.
                if found and found[0].brand is None and not (choices.any_maker or free):
                    found[0].brand = first.brand
        if found:
            alt = found[0]
            if not alt.explicit:
                alt.quantity, alt.unit, alt.explicit = first.quantity, first.unit, first.explicit
            alt.price_category = alt.price_category or first.price_category
            alt.raw = read
            out.append(alt)
        else:
            notes.append(f"«{words}» — не понял, что взять вместо «{first.raw or first.name}»")
    if choices.any_maker and first.brand is not None:
        out.append(replace(first, brand=None, alternatives=[], notes=[], raw=product))
    for alt in out:
        notes.append(f"«{alt.raw or alt.name}» — вариант, если «{first.raw or first.name}» нет")
    return [to_item(alt) for alt in out]


def _names_product(reader: _Reader, words: str) -> bool:
    """Whether a word of ``words`` is a product of the vocabulary (not only a brand)."""
    return any(reader.v.product_of_word(x) is not None for x in words.split())


def _read_alone(reader: _Reader, words: str) -> tuple[list[Draft], bool]:
    """The drafts of an alternative's words read as a fragment of their own, and whether
    they are a noun phrase outside the vocabulary («бри»), taken as a product."""
    scratch: list[str] = []  # its reading notes are not the list's
    reading = reader.read_fragment(words, Flags(), scratch)
    if reading.drafts or reading.guess is None:
        return reading.drafts, False
    found = reading.guess
    draft = reader.read_part(found.toks, found.span, found.brand, Flags(), words)
    return ([draft] if draft is not None else []), True


# --- entry points ----------------------------------------------------------------------


# A fragment of numbers with their units and nothing else («3.2%», «2 шт», «1,5 кг»).
_AMOUNTS_ONLY = re.compile(
    r"(?:\d+(?:[.,]\d+)?\s*(?:%|процент\w*|шт\w*|кг|г|гр\w*|л|литр\w*|мл|уп\w*|пач\w*)?\s*)+",
    re.IGNORECASE,
)


# A comma or semicolon between words: the list separates its items itself.
_COMMA_LIST = re.compile(r"[^\d\s][\s]*[,;]|[,;][\s]*[^\d\s]")


# A fragment that corrects the list rather than naming a product («не лучше 2 пачки», «не
# то», «колбасу не надо», «отбой», «и мне», «я тоже»).
_CORRECTION_RE = re.compile(r"(?<![а-яё])(?:не|нет|отбой|отмена|мне|тоже)(?![а-яё])", re.I)
CORRECTION_NOTE = "похоже на поправку к списку; я её не применил, проверьте список"


def parse_rules(text: str, vocabulary: Vocabulary) -> RulesResult:
    """Parse ``text`` and say which fragments could not be read.

    The text is cleaned first (escapes, controls, markup, code: ``clean.clean_list``); a list
    over the documented caps raises ``ListTooLong`` with a Russian message.
    """
    cleaned = clean_list(text)
    text = cleaned.text
    check_length(text)
    vocabulary.ready()
    reader = _Reader(vocabulary)
    flags = Flags()
    notes: list[str] = list(cleaned.notes)  # what cleaning removed is said, never silent
    fragments = reader.fragments(text, notes)
    # A list that separates its items with commas writes one item between them.
    one_item = len(fragments) >= 2 and bool(_COMMA_LIST.search(text))
    choices = [split_alternatives(fragment) for fragment in fragments]
    readings = [
        reader.read_fragment(choice.first, flags, notes, one_item=one_item) for choice in choices
    ]
    # List-shaped: two or more fragments that are items or noun phrases, or list markers.
    # Then a noun phrase outside the vocabulary is read as one more item of the list.
    list_shaped = has_list_markers(text) or sum(1 for r in readings if r.drafts or r.guess) >= 2
    drafts: list[Draft] = []
    unread: list[str] = []
    for fragment, choice, reading in zip(fragments, choices, readings, strict=True):
        before = len(drafts)
        found = reading.guess
        draft = None
        if found is not None and (reason := found.reason(list_shaped)) is not None:
            draft = reader.read_part(found.toks, found.span, found.brand, flags, choice.first)
            if draft is not None:
                draft.notes.insert(0, f"«{draft.name}» — не из словаря, принял как товар: {reason}")
                drafts.append(draft)
        if draft is None:
            drafts.extend(reading.drafts)
            if reading.unread:
                unread.append(choice.first)
            elif not reading.drafts and _CORRECTION_RE.search(fragment):
                # «папа: не лучше 2 пачки», «колбасу не надо», «и мне»: a chat's correction
                # of the list, which the rules do not apply; said, never dropped silently
                notes.append(f"«{fragment.strip()}» — {CORRECTION_NOTE}")
        if (choice.instead or choice.any_maker) and len(drafts) > before:
            last = drafts[-1]
            last.alternatives = _instead(reader, last, choice, last.notes)
            last.raw = fragment.strip()
            _share_closing_words(last, choice.first)
        if choice.reworded:
            for reread in drafts[before:]:
                reread.raw = fragment.strip()
        if choice.pack_min is not None:
            for ranged in drafts[before:]:
                _take_pack_range(ranged, choice.pack_min, fragment.strip())
        for wished in drafts[before:]:
            _for_whom(wished, choice.wishes)
        if choice.max_price is not None:
            per = f" за {choice.max_price_per.value}" if choice.max_price_per else ""
            for capped in drafts[before:]:
                capped.max_price = choice.max_price
                capped.max_price_per = choice.max_price_per
                capped.notes.append(f"«{capped.name}»: не дороже {choice.max_price} ₽{per}")
    for d in drafts:
        notes.extend(d.notes)
    items = merge_drafts(drafts, notes)
    check_items(len(items))
    listed = tuple(to_item(d) for d in items)
    if any(n.endswith(HEADING_NOTE) for n in notes):
        # «карбонара: бекон 200 г, пармезан 50г»: a recipe's sizes are how much goes in.
        listed = tuple(size_as_amount(item) or item for item in listed)
    intent = Intent.BASKET
    if len(items) == 1 and (flags.cheapest or flags.where_cheaper):
        intent = Intent.CHEAPEST
    for fragment in unread:
        notes.append(f"не понял: «{fragment}»")
    return RulesResult(
        ShoppingList(intent=intent, items=listed, notes=tuple(notes)),
        unread,
    )
