"""Amounts, price tiers, fat and egg class: the tokens of one part that say how much of
the product and which price, read before its name and qualifiers.

A count of pieces inside a pack («чай 100 пакетиков», «10 шт в упаковке», «по 25
пакетиков») is the pack size, not the amount. A weight or volume before the name, or of a
product sold by weight, is the amount; otherwise it describes the pack («вода 5л»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from korzina.core.models import PackSize, PriceCategory, QuantityUnit, SizeUnit
from korzina.core.units import parse_fat, parse_pack
from korzina.parser import words as w
from korzina.parser.phrases import Span
from korzina.parser.tokens import (
    EGGISH,
    Tok,
    clean,
    egg_class,
    in_pack,
    is_container,
    measure_unit,
    number_of,
    piece_in_pack,
    to_decimal,
)
from korzina.parser.vocabulary import Vocabulary


@dataclass(slots=True)
class Amounts:
    """What one part says besides its product: amounts, pack, fat, egg class, tier."""

    counts: list[Decimal] = field(default_factory=list)
    # value, unit, position, written after «по»
    measures: list[tuple[Decimal, QuantityUnit, int, bool]] = field(default_factory=list)
    packs: list[PackSize] = field(default_factory=list)
    fat: Decimal | None = None
    egg: str | None = None
    tier: PriceCategory | None = None
    cheapest: bool = False  # «самый дешёвый»
    where_cheaper: bool = False  # «где дешевле»
    odd: list[str] = field(default_factory=list)  # numbers read as no amount: «0», «5000»
    size: int | None = None  # «подгузники 4»: the size, a required attribute
    line: int | None = None  # «балтика 7», «ессентуки 17»: the brand's numbered line
    spf: int | None = None  # «крем спф 50»: the sun protection factor, not fifty creams
    aged: int | None = None  # «коньяк 5 лет», «виски 12 лет»: how long it was aged

    def dozens(self, times: Decimal, word: str) -> None:
        """«2 десятка яиц», «яйца десяток 2 упаковки»: that many dozens, bought in packs
        of a dozen (a dozen names the pack, as readers take it)."""
        self.counts.append(times * w.DOZEN[word])
        self.packs.append(PackSize(value=Decimal(w.DOZEN[word]), unit=SizeUnit.PIECE))


@dataclass(slots=True)
class Amount:
    """The amount wanted and the pack, as ``ListItem`` has them."""

    quantity: Decimal
    unit: QuantityUnit | None
    explicit: bool  # the text gave the amount
    pack: PackSize | None
    # An amount or pack the text gave that cannot be meant («сыр 0 кг», «хлеб 100000 шт»):
    # left out of the item and said here, never silently replaced.
    notes: list[str] = field(default_factory=list)


# Far above what a shopper buys of one product or finds in one pack: beyond these a
# number is a typo or junk, not an amount.
MAX_QUANTITY: dict[str, Decimal] = {
    "шт": Decimal(100),
    "кг": Decimal(100),
    "г": Decimal(100_000),
    "л": Decimal(100),
    "мл": Decimal(100_000),
}
# A volume pack may be what each piece holds: bin bags of 120, 160 and 240 litres.
MAX_PACK: dict[SizeUnit, Decimal] = {
    SizeUnit.KG: Decimal(100),
    SizeUnit.G: Decimal(100_000),
    SizeUnit.L: Decimal(300),
    SizeUnit.ML: Decimal(300_000),
    SizeUnit.PIECE: Decimal(1000),
}


def _boxed(v: Vocabulary, word: str, name: str) -> bool:
    """«коробку конфет», «стаканчик пломбира»: the container of a product sold so as a
    sort, not only a count."""
    return v.lemma(word) in w.BOXED_GOODS.get(name, ())


def read_amounts(v: Vocabulary, toks: list[Tok], span: Span | None) -> Amounts:
    """Read and use up the amount, pack, fat, egg-class and tier tokens of one part.

    Long on purpose: one left-to-right pass whose branches consume the next token
    («2 пачки», «пол кило») and share the cursor and what was read so far; split into
    functions, each would need the whole state passed in and out.
    """
    a = Amounts()
    eggish = bool(EGGISH.search(" ".join(t.text for t in toks)))
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
                a.packs.append(multipack)
            t.used = True
        elif t.kind == "fat":
            # units.py's reading: a percent over 100 is no fat. A bare decimal
            # («молоко 3,2») is fat only in a list, so that rule stays below.
            percent = parse_fat(t.text)
            if percent is not None:
                a.fat = clean(percent)
                t.used = True
            # else «100% арабика»: what it is made of, a wish (``qualifiers.describe``)
        elif t.kind == "line":
            if a.line is None:
                a.line = int(re.sub(r"\D", "", t.text))
            t.used = True
        elif t.kind == "egg":
            if eggish:
                a.egg = egg_class(t.text)
            t.used = True
        elif t.kind == "mult":
            times = to_decimal(re.sub(r"[^\d]", "", t.text))
            if times:
                a.counts.append(times)
            t.used = True
        elif (number := number_of(t)) is not None or t.text == "пол":
            nt = toks[nxt] if nxt is not None else None
            value = Decimal("0.5") if number is None else number
            nunit = measure_unit(nt, v) if nt is not None else None
            # «молоко 3,2», «масло сливочное 72.5 пачку»: a decimal after a product not
            # sold by weight is its fat, even before a container word (no 72.5 packs).
            fat_like = (
                value > 0
                and value != value.to_integral_value()
                # «банку 0.449», «0,33»: three places, or two below one, are litres
                and (places := -int(value.as_tuple().exponent)) <= 2
                and not (places == 2 and value < 1)
                and a.fat is None
                and (value <= 40 or (span is not None and span[1] in w.HIGH_FAT and value < 100))
                and i > head_pos
                and not (span and v.by_weight(span[1]))
            )
            if nt is not None and nunit is not None and fat_like and nt.text in w.ONE_UNIT_WORDS:
                # «молочка 2.5 литр»: a fraction is never «литр» (that is one litre); the
                # number is the fat, the word the litre.
                a.fat = value
            elif nt is not None and nunit is not None:
                a.measures.append((value, nunit, i, after_po))
                nt.used = True
            elif (
                nt is not None
                and nt.kind == "word"
                and nt.text in w.YEARS_AGED
                and span is not None
                and span[1].split()[-1] in w.AGED_SPIRITS
                and a.aged is None
                and value == value.to_integral_value()
                and 1 <= value <= 50
            ):
                a.aged = int(value)  # «коньяк 5 лет»: its age, not five bottles
                nt.used = True
            elif nt is not None and nt.kind == "word" and nt.text in w.DOZEN:
                a.dozens(value, nt.text)
                nt.used = True
            elif nt is not None and nt.kind == "word" and v.lemma(nt.text) in w.COUNTED_SHEETS:
                a.counts.append(value)
                nt.used = True
            elif (
                nt is not None
                and nxt is not None
                and not fat_like
                and (is_container(nt, v) or (i > head_pos and piece_in_pack(nt, v)))
                and (span is None or nxt not in span[0])
            ):
                # «2 коробки конфет»: two boxes, and the box is what they are (a wish)
                nt.used = span is None or not _boxed(v, nt.text, span[1])
                # «по 100 пакетиков», «10 шт в упаковке», «чай 25 пакетиков»: one pack
                # «чай 25 пакетиков» is a box; «разрыхлитель 2 пакетика» two sachets.
                boxed = (
                    i > head_pos
                    and piece_in_pack(nt, v)
                    and not _by_the_pouch(span)
                    and (value > w.FEW_PIECES or v.lemma(nt.text) in w.PACKED_ROLLS)
                ) or (
                    # «таблетки финиш 100 шт», «капсулы ариэль 30 шт»: the pieces named
                    # elsewhere in the fragment, counted here
                    value > w.FEW_PIECES
                    and nt.text in w.CONTAINER_SURFACE
                    and any(piece_in_pack(x, v) for x in toks if x is not nt)
                    and not _by_the_pouch(span)
                )
                if after_po or in_pack(toks, nxt, v) or boxed:
                    a.packs.append(PackSize(value=value, unit=SizeUnit.PIECE))
                else:
                    a.counts.append(value)
            elif (
                i - 1 > head_pos
                and toks[i - 1].kind == "word"
                and not toks[i - 1].used
                and v.lemma(toks[i - 1].text) in w.PACKED_ROLLS
                and value == value.to_integral_value()
            ):
                # «туалетка рулонов 4»: the rolls counted after their word, one pack
                a.packs.append(PackSize(value=value, unit=SizeUnit.PIECE))
                toks[i - 1].used = True
            elif t.text == "пол":
                # «пол батона»: a half with no unit, dropped; not the floor a product's
                # name says («средство для мытья пол»)
                t.used = span is None or i not in span[0]
                i += 1
                continue
            elif (
                a.spf is None
                and i > 0
                and toks[i - 1].text in w.SPF_WORDS
                and value == value.to_integral_value()
            ):
                a.spf = int(value)
                toks[i - 1].used = True
            elif (
                a.line is None
                and i > 0
                and toks[i - 1].role == "brand"
                and toks[i - 1].text in w.NUMBERED_BRANDS
                and 0 <= value <= 30
                and value == value.to_integral_value()
            ):
                a.line = int(value)  # «балтика 7» is Балтика №7, not seven bottles
            elif (
                span
                and a.size is None
                and 1 <= value <= 9
                and value == value.to_integral_value()
                and (
                    (span[1] in w.SIZED and i > head_pos)
                    or (i > 0 and not toks[i - 1].used and toks[i - 1].text in w.SIZE_WORDS)
                )
            ):
                a.size = int(value)
                if i > 0 and toks[i - 1].text in w.SIZE_WORDS:
                    toks[i - 1].used = True
                elif nt is not None and nt.text in w.SIZE_WORDS:
                    nt.used = True  # «памперсы 4 размер»
            elif (
                span
                and span[1] in w.BY_LITRE
                and i > head_pos
                and 0 < value <= 5
                and value != value.to_integral_value()
            ):
                a.packs.append(PackSize(value=value, unit=SizeUnit.L))  # «виски 0.5»
            elif fat_like:
                a.fat = value
            elif value > 0 and value != value.to_integral_value() and span and v.by_weight(span[1]):
                a.measures.append((value, "кг", i, False))
            elif (
                span
                and i > head_pos
                and a.fat is None
                and value == value.to_integral_value()
                and int(value) in w.FAT_WHOLE.get(span[1], ())
            ):
                a.fat = clean(value)  # «сметана 20», «масло брест-литовск 82»
            elif after_po and 1 < value < 50 and value == value.to_integral_value():
                # «яйца 2 упаковки по 10», «вода 2 упаковки по 6»: each pack's pieces; the
                # packs counted before are that many pieces each, as «2 десятка» are
                a.packs.append(PackSize(value=value, unit=SizeUnit.PIECE))
                if len(a.counts) == 1:
                    a.counts[0] *= value
            elif after_po and 50 <= value <= 5000 and value == value.to_integral_value():
                # «гречка 2 пачки по 900»: each pack's grams (millilitres of a drink)
                liquid = span is not None and span[1] in w.BY_LITRE
                a.packs.append(PackSize(value=value, unit=SizeUnit.ML if liquid else SizeUnit.G))
            elif 0 < value <= 100 and value == value.to_integral_value():
                a.counts.append(value)
            else:
                a.odd.append(t.text)  # «сыр 0», «хлеб 5000»: said, not bought
            t.used = True
        elif t.kind == "word":
            x = t.text
            wunit = measure_unit(t, v)
            if x in w.HALF_WORDS:
                hv, hu = w.HALF_WORDS[x]
                a.measures.append((hv, hu, i, after_po))
                t.used = True
            elif (sized := w.PACK_ADJECTIVES.get(v.lemma(x))) is not None:
                a.packs.append(PackSize(value=Decimal(sized[0]), unit=SizeUnit(sized[1])))
                t.used = True
            elif x in w.DOZEN:
                # «яйца десяток пару»: the number after the dozen counts dozens, too
                after = toks[nxt] if nxt is not None else None
                times = number_of(after) if after is not None else None
                packed = (
                    toks[nxt + 1] if nxt is not None and nxt + 1 < n else None
                )  # «яйца десяток 2 упаковки»: two packs of ten, not twelve eggs
                if (
                    after is not None
                    and times is not None
                    and 1 < times <= 10
                    and (after.kind == "word" or (packed is not None and is_container(packed, v)))
                ):
                    after.used = True
                    if after.kind != "word" and packed is not None:
                        packed.used = True
                else:
                    times = Decimal(1)
                a.dozens(times, x)
                t.used = True
            elif wunit is not None and len(x) > 1 and x not in ("гр", "л"):
                a.measures.append((Decimal(1), wunit, i, after_po))
                t.used = True
            elif (
                is_container(t, v)
                and (span is None or i not in span[0])
                and nxt is not None
                and toks[nxt].kind == "word"
                # «чай в пакетиках черный»: after «в» it is how it is packed, a wish;
                # «мороженое брикет ванильное»: after the product, its form
                and not (i > 0 and toks[i - 1].text in ("в", "во"))
                and (span is None or i < span[0][0])
                # «коробку конфет»: a box of chocolates, what the sweets are, kept
                and not (span is not None and _boxed(v, x, span[1]))
            ):
                a.counts.append(Decimal(1))
                t.used = True
            elif x in w.SUPERLATIVE_FORMS:
                if nxt is not None and v.lemma(toks[nxt].text) in w.CHEAPEST_LEMMA:
                    a.tier = PriceCategory.CHEAP
                    a.cheapest = True
                    toks[nxt].used = True
                elif nxt is not None and v.lemma(toks[nxt].text) == "дорогой":
                    a.tier = PriceCategory.EXPENSIVE
                    toks[nxt].used = True
                t.used = True
            elif x == "не" and nxt is not None:
                nl = v.lemma(toks[nxt].text)
                if nl == "дорогой" or toks[nxt].text.startswith("дорог"):
                    a.tier = PriceCategory.CHEAP
                    toks[nxt].used = True
                elif nl in w.CHEAP_LEMMA or toks[nxt].text in (
                    "самый",
                    "самые",
                    "самое",
                    "самая",
                ):
                    a.tier = PriceCategory.MEDIUM
                    toks[nxt].used = True
                    nn = next((j for j in range(nxt + 1, n) if not toks[j].used), None)
                    if nn is not None and v.lemma(toks[nn].text) in w.CHEAP_LEMMA:
                        toks[nn].used = True
                elif (
                    toks[nxt].kind == "word"
                    and toks[nxt].text not in w.NOISE
                    and v.word(toks[nxt].text).pos in w.ADJECTIVE_POS
                    and (span is None or nxt not in span[0])
                ):
                    # «творог не кислый»: a property the product must not have; no title
                    # says so, so it is never required: the qualifier stage notes it
                    toks[nxt].role = "negated"
                t.used = True
            elif (
                x == "где"
                and (
                    cheaper := next(
                        (j for j in range(i + 1, n) if toks[j].text not in w.NOISE - {"дешевле"}),
                        None,
                    )
                )
                is not None
                and toks[cheaper].text in ("дешевле", "подешевле")
            ):
                a.where_cheaper = True
                for j in range(i, cheaper + 1):
                    toks[j].used = True
            elif nxt is not None and (
                (x == "где" and toks[nxt].text in ("дешевле", "подешевле"))
                or (x in ("дешевле", "подешевле") and toks[nxt].text == "всего")
            ):
                a.where_cheaper = True
                toks[nxt].used = True
                t.used = True
            elif x in w.CHEAP or v.lemma(x) in w.CHEAP_LEMMA:
                a.tier = PriceCategory.CHEAP
                t.used = True
            elif x in w.EXPENSIVE or v.lemma(x) in w.EXPENSIVE_LEMMA:
                a.tier = PriceCategory.EXPENSIVE
                t.used = True
            elif v.lemma(x) in w.MEDIUM_LEMMA and not says_measure(v, toks, nxt):
                a.tier = PriceCategory.MEDIUM
                t.used = True
            elif eggish and x.startswith("отборн"):
                a.egg = a.egg or "СО"
                t.used = True
            elif eggish and x.startswith("высш"):
                a.egg = a.egg or "СВ"
                t.used = True
        i += 1
    return a


def _by_the_pouch(span: Span | None) -> bool:
    """Pet food's «пакетик» is a pouch bought one by one («вискас 10 пакетиков» is ten
    pouches), not a piece inside one pack as tea's is."""
    return span is not None and span[1].startswith(w.POUCH_GOODS)


def says_measure(v: Vocabulary, toks: list[Tok], nxt: int | None) -> bool:
    """Whether «средний» before ``toks[nxt]`` is the middle of a scale («средней
    жесткости», «средней обжарки»), not a price tier («средней цены»)."""
    if nxt is None or toks[nxt].kind != "word":
        return False
    lemma = v.lemma(toks[nxt].text)
    return lemma in w.SCALE_LEMMA


def amount(v: Vocabulary, a: Amounts, span: Span | None, name: str, toks: list[Tok]) -> Amount:
    """The amount wanted and the pack from what ``read_amounts`` found."""
    head_pos = span[0][0] if span else len(toks)
    quantity, explicit = Decimal(1), False
    unit: QuantityUnit | None = None
    packs = list(a.packs)
    if a.counts:
        quantity, unit, explicit = sum(a.counts, Decimal(0)), "шт", True
        if a.measures:
            mv, mu, _, _ = a.measures[0]
            packs.append(PackSize(value=mv, unit=SizeUnit(mu)))
    elif a.measures:
        mv, mu, pos, after_po = a.measures[0]
        weighed = v.by_weight(span[1] if span else name)
        # «рис 1 кг»: a pack of groats; «1 кг риса», «картошка 2 кг»: an amount.
        packed = pos > head_pos and v.packed(span[1] if span else name)
        # «сока пару литров»: a couple of litres is how much, never a pack's size
        vague = toks[pos].kind == "word" and toks[pos].text in w.COUPLE_WORDS
        if not after_po and (pos < head_pos or weighed or vague or (mu == "кг" and not packed)):
            quantity, unit, explicit = mv, mu, True
        else:
            packs.append(PackSize(value=mv, unit=SizeUnit(mu)))
    if (
        unit == "шт"
        and not packs
        and quantity >= 10
        and span is not None
        and any(g in span[1].split() for g in w.BAGGED_GOODS)
    ):
        # «чай черный 100 шт»: a box of a hundred bags, not a hundred boxes.
        packs.append(PackSize(value=quantity, unit=SizeUnit.PIECE))
        quantity, unit, explicit = Decimal(1), None, False
    notes = [f"«{name}»: число «{x}» не понял как количество" for x in a.odd]
    if explicit and not 0 < quantity <= MAX_QUANTITY.get(unit or "шт", Decimal(100)):
        notes.append(
            f"«{name}»: «{_amount_text(quantity, unit)}» не похоже на количество — не учёл"
        )
        quantity, unit, explicit = Decimal(1), None, False
    pack = None
    if packs:
        first = packs[0]
        if first.value > 0 and first.value * first.count <= MAX_PACK[first.unit]:
            pack = PackSize(value=clean(first.value), unit=first.unit, count=first.count)
        else:
            size = _amount_text(first.value, first.unit.value)
            notes.append(f"«{name}»: упаковка «{size}» не похожа на правду — не учёл")
    return Amount(clean(quantity), unit, explicit, pack, notes)


def _amount_text(value: Decimal, unit: str | None) -> str:
    number = format(clean(value), "f").replace(".", ",")
    return f"{number} {unit}" if unit else number
