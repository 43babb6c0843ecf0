"""What the words of a fragment name: brands, typos fixed, alternatives set aside, product
phrases found by lemma, a fragment naming several products cut into parts, and noun
phrases outside the vocabulary.

A product phrase (``Span``) is the token indexes of a product's words and its canonical
name. Words after it that qualify it are not phrases of their own: a product after
«для/в/из/к/на» is a purpose or form of the one before («сыр для пиццы»), a flavour
after a flavoured product is its flavour («чипсы lay's сметана и зелень»), and a goods
word that is a variety of the product before it is that variety («сыр моцарелла»). The
qualifier stage (``qualifiers.py``) keeps such words as attributes.
"""

from __future__ import annotations

from dataclasses import dataclass

from korzina.parser import words as w
from korzina.parser.tokens import Tok, is_container, measure_unit, number_of
from korzina.parser.vocabulary import Brand, NounReading, Vocabulary, brand_key

Span = tuple[list[int], str]  # token indexes of a product phrase, its canonical name


# --- brands, typos, alternatives -------------------------------------------------------


def mark_negated(v: Vocabulary, toks: list[Tok]) -> None:
    """«сметана 20 только не домик в деревне», «кофе не бери с ароматизатором», «соль не
    йодированная»: the words after «не» (or «кроме») to the part's end are what the
    product must not be, marked ``negated`` before brands and products are read. Not a
    tier («не дорогое», read with the amounts) nor talk («не забудь»)."""
    for at, t in enumerate(toks):
        if t.used or t.kind != "word" or t.text not in w.NEGATIONS:
            continue
        nxt = at + 1
        while nxt < len(toks) and toks[nxt].text in w.NEGATED_VERBS:
            nxt += 1
        verbs = range(at + 1, nxt)
        if nxt >= len(toks) or toks[nxt].kind != "word":
            return
        word = toks[nxt].text
        if (word in w.NOISE and word not in w.PREPOSITIONS) or word in w.TIER_AFTER_NOT:
            return
        if word.startswith(("дорог", "дешев")) or v.lemma(word) in w.CHEAP_LEMMA:
            return
        t.used = True
        for k in verbs:
            toks[k].used = True  # «не бери»: said, not the property
        for k in range(nxt, len(toks)):
            x = toks[k]
            if x.kind != "word" or x.used:
                continue
            if x.text in w.NEGATIONS or (
                x.text == "и" and k + 1 < len(toks) and toks[k + 1].text in w.NEGATIONS
            ):
                x.used = True  # «не спред не маргарин», «не спред и не маргарин»: one more
                continue
            # «не кислый творог»: the product after the property is not negated
            # («не спред»: a product right after «не» is)
            before = toks[k - 1].text
            if (
                k > nxt
                and before not in w.PREPOSITIONS
                and before not in w.NEGATIONS
                and v.names_goods(x.text)
            ):
                return
            x.role = "negated"
        return


def take_brands(v: Vocabulary, toks: list[Tok]) -> list[tuple[int, Brand]]:
    """Brands in the tokens (longest first), used up."""
    found: list[tuple[int, Brand]] = []
    idx_words = [
        i for i, t in enumerate(toks) if t.kind in ("word", "num", "egg") and t.role != "negated"
    ]
    # a window's key is its tokens' keys in a row (brand_key splits on what joins them)
    keys = [brand_key(toks[i].text) for i in idx_words]
    k = 0
    while k < len(idx_words):
        hit = None
        for n in range(min(v.max_brand, len(idx_words) - k), 0, -1):
            idx = idx_words[k : k + n]
            if idx[-1] - idx[0] != n - 1:
                continue
            key = keys[k] if n == 1 else tuple(x for part in keys[k : k + n] for x in part)
            if len(key) == n or len(key) == 1:
                brand = v.brand(key) or v.brand(("".join(key),))
                # «молоко на 7 дней»: a number after a preposition is a span, no brand
                after_prep = idx[0] > 0 and toks[idx[0] - 1].text in w.PREPOSITIONS
                # «нарезка сыра для бутербродов»: a dictionary word after a preposition is
                # what the phrase says, not a brand that happens to be spelt so
                common = (
                    n == 1 and after_prep and toks[idx[0]].kind == "word"
                    and v.word(toks[idx[0]].text).known
                )  # fmt: skip
                if brand is not None and not (
                    (n == 1 and toks[idx[0]].kind != "word")
                    or (toks[idx[0]].kind == "num" and after_prep)
                    or common
                ):
                    hit = (idx, brand)
                    break
        if hit is None:
            k += 1
            continue
        idx, brand = hit
        for i in idx:
            toks[i].used, toks[i].role = True, "brand"
        found.append((idx[0], brand))
        k += len(idx)
    return found


def drop_alternatives(v: Vocabulary, toks: list[Tok], notes: list[str]) -> None:
    """«хлеб и/или батон», «сыр российский или голландский»: one item, the first named.

    The words after «или» up to an amount or a non-name word are an alternative to
    what precedes; they are used up (and noted) so they become neither a second item
    nor a qualifier the product must have at once with the first.
    """
    for p, t in enumerate(toks):
        if t.used or t.text != "или":
            continue
        before = [x for x in toks[:p] if not x.used and x.text not in w.NOISE]
        if not before:
            continue  # nothing to be an alternative to: «или» is noise
        content = set(content_words(v, toks))
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


# --- product phrases ---------------------------------------------------------------------


def content_words(v: Vocabulary, toks: list[Tok]) -> list[int]:
    """Indexes of words that may name a product (not amounts, tiers, noise)."""
    memo = v.memo("content")
    out = []
    for i, t in enumerate(toks):
        if t.used or t.kind != "word" or t.role == "negated":
            continue
        hit = memo.get(t.text)
        if hit is None:
            hit = memo[t.text] = _may_name(v, t)
        if hit:
            out.append(i)
    return out


def _may_name(v: Vocabulary, t: Tok) -> bool:
    x = t.text
    if x in w.NOISE or x in w.NUMBER_WORDS or x in w.DOZEN or x in w.HALF_WORDS:
        return False
    if x in w.CHEAP or x in w.EXPENSIVE or x in w.MEASURE_SURFACE:
        return False
    lemma = v.lemma(x)
    if lemma in w.CHEAP_LEMMA or lemma in w.EXPENSIVE_LEMMA or lemma in w.MEDIUM_LEMMA:
        return False
    # «пакеты» may begin a product («пакеты для мусора»), «пакета» after a number not
    return not (lemma in w.MEASURE_LEMMA or (is_container(t, v) and lemma not in v.product_lemmas))


def _no_amount_between(v: Vocabulary, toks: list[Tok], lo: int, hi: int) -> bool:
    """Whether ``toks[lo:hi]`` holds words and brands only: no number, measure, container."""
    for t in toks[lo:hi]:
        if t.role == "brand":
            continue  # «чипсы lay's краб»
        if t.kind != "word" or t.text in w.NUMBER_WORDS or t.text in w.DOZEN:
            return False
        if measure_unit(t, v) is not None or is_container(t, v):
            return False
    return True


def agrees(v: Vocabulary, adjective: str, noun: str, cases: frozenset[str] | None = None) -> bool:
    """Some reading of ``adjective`` agrees with some reading of ``noun`` in case, number
    and (in the singular) gender; with ``cases``, in one of those cases."""
    for a in v.morph.parse(adjective):
        if a.tag.POS not in ("ADJF", "PRTF"):
            continue
        for n in v.morph.parse(noun):
            if n.tag.POS != "NOUN" or a.tag.case != n.tag.case or a.tag.number != n.tag.number:
                continue
            if cases is not None and n.tag.case not in cases:
                continue
            if a.tag.number == "plur" or a.tag.gender == n.tag.gender:
                return True
    return False


def is_flavour(v: Vocabulary, head: str, product: str) -> bool:
    """Whether ``product`` (a canonical name or goods word) after ``head`` is its flavour."""
    return head != product and head in w.FLAVOURED and (product in w.FLAVOURS or product in v.goods)


def purpose_verb(v: Vocabulary, t: Tok) -> bool:
    """A verb of what the product is for («украсить»), not a request («купить»)."""
    return (
        t.kind == "word"
        and t.text not in w.NOISE
        and (info := v.word(t.text)).known
        and info.pos == "INFN"
    )


def find_spans(
    v: Vocabulary,
    toks: list[Tok],
    content: list[int],
    implied: str | None = None,
    implied_at: int = -1,
    *,
    one_item: bool = False,
) -> list[Span]:
    """Product phrases among the content words, longest match first, left to right.

    Prepositions between content words may be part of a name («корм для кошек»). A
    product after «с» fills the one before it and stays in its name («вареники с
    картошкой», «… с картошкой и грибами»); after another preposition it is a purpose or
    form of the one before and no phrase («сыр для пиццы»). A second word naming the same
    product is a synonym or a variety («мороженое пломбир»); a flavour after a flavoured
    product is no phrase («чипсы сметана»). In a fragment that names a known product, a
    goods.txt word is a phrase too, unless it is a variety of the product before it
    («молоко хумус» is two items, «колбаса пепперони» one). ``implied`` is the product a
    brand in the fragment means, written at ``implied_at``: flavours after it are no
    phrases either («lays краб»); a product before it is («морс добрый»). ``one_item``:
    the list separates its items with commas, so a later product word with no amount
    before it qualifies the first («грибы шампиньоны», «соус барбекю»).

    Long on purpose: one pass with a shared cursor over the words, each branch
    deciding how many words the phrase takes; see ``read_amounts`` for the same shape.
    """
    allowed = set(content)
    seq = [
        i
        for i, t in enumerate(toks)
        if i in allowed or (not t.used and t.kind == "word" and t.text in w.PHRASE_PREPS)
    ]
    lemmas = [v.lemma(toks[i].text) for i in seq]
    found: list[Span] = []
    filled = False  # the last phrase ends with a filling («с картошкой»)
    varieties: dict[int, str] = {}  # token → the attribute its variety word keeps
    k = 0
    while k < len(seq):
        if toks[seq[k]].text in w.PHRASE_PREPS:
            k += 1
            continue
        if found and seq[k] > 0 and purpose_verb(v, toks[seq[k] - 1]):
            # «клубника украсить торт»: the verb's object says what the product before
            # is for (``qualifiers``), no second item
            k += 1
            continue
        for n in range(min(v.max_phrase, len(seq) - k), 0, -1):
            key = tuple(lemmas[k : k + n])
            product = v.product(key)
            variety = v.variety(key)
            if product is None and n == 1:
                product = v.product_of_word(toks[seq[k]].text)
                variety = v.variety_of_word(toks[seq[k]].text)
            if product is None:
                continue
            idx = seq[k : k + n]
            if (
                n == 1
                and variety is None
                and k + 1 < len(seq)
                and seq[k + 1] == idx[0] + 1
                and v.word(toks[idx[0]].text).pos in w.ADJECTIVE_POS
                and v.word(toks[idx[0]].text).known
                and v.word(toks[seq[k + 1]].text).pos == "NOUN"
                and (
                    v.product((lemmas[k + 1],)) is not None
                    or v.product_of_word(toks[seq[k + 1]].text) is not None
                )
            ):
                # «сливочный сыр», «сливочное мороженое»: an adjective that alone names a
                # product («сливочное» is butter) describes the noun after it.
                k += 1
                break
            if variety is not None:
                varieties.update(dict.fromkeys(idx, variety))
            prev = seq[k - 1] if k > 0 else -1
            back = k - 1
            while back > 0 and v.word(toks[seq[back]].text).pos in w.ADJECTIVE_POS:
                back -= 1  # «в томатном соусе»: the preposition before the adjectives
            before = toks[seq[back]].text if back >= 0 else ""
            prep = before if before in w.PHRASE_PREPS and back < k else ""
            last = found[-1] if found else None
            if last is not None and last[1] == product.name:
                found[-1] = (last[0] + idx, product.name)
            elif last is not None and prep in ("с", "со") and prev == seq[back]:
                # a filling changes the product and stays in the name
                words_ = " ".join(toks[i].text for i in idx)
                found[-1] = (last[0] + [prev, *idx], f"{last[1]} {prep} {words_}")
                filled = True
            elif last is not None and prep:
                pass  # «сыр для пиццы», «конфеты к чаю»: the qualifier stage reads it
            elif (
                last is not None
                and n == 1
                and k >= 2
                and seq[k - 1] == idx[0] - 1
                and seq[k - 2] == idx[0] - 2
                and toks[seq[k - 2]].text in w.PHRASE_PREPS
                and not any(seq[k - 1] in span[0] for span in found)
                and v.word(toks[seq[k - 1]].text).pos == "NOUN"
                and v.lemma(toks[seq[k - 1]].text).endswith(_ACTION_NOUN_ENDINGS)
                and "gent" in v.cases(toks[idx[0]].text)
            ):
                pass  # «соль на засолку рыбы»: what the purpose is done to, no item
            elif last is not None and prev >= 0 and v.lemma(toks[prev].text) in w.FLAVOUR_WORDS:
                pass  # «гель для душа с ароматом кокоса»: a scent or flavour, no product
            elif (
                last is not None
                and n == 1
                and idx[0] == last[0][-1] + 1
                and last[1].split()[0] in w.OF_HEADS
                and "gent" in v.cases(toks[idx[0]].text)
                and toks[idx[0]].text != product.name
            ):
                pass  # «икра трески», «филе индейки грудки»: whose it is, or which part
            elif (
                last is not None
                and n == 1
                and idx[0] == last[0][-1] + 1
                and toks[idx[0]].text != product.name
                and agrees(v, toks[idx[0]].text, toks[last[0][-1]].text, w.ITEM_CASES)
            ):
                pass  # «креветки мороженые»: an adjective of the product before it, no item
            elif (
                last is not None
                and n == 1
                and idx[0] == last[0][-1] + 1
                and (
                    toks[idx[0]].text in w.FORM_NOUNS
                    or w.FORM_OF.get(toks[idx[0]].text) in last[1].split()
                )
            ):
                pass  # «какао порошок», «горчица порошок»: the form of the first
            elif (
                last is not None
                and filled
                and all(t.text == "и" for t in toks[last[0][-1] + 1 : idx[0]])
                and toks[last[0][-1] + 1 : idx[0]]
                and "ablt" in v.cases(toks[idx[0]].text)
            ):
                # «вареники с картошкой и грибами»: a second filling
                words_ = " ".join(toks[i].text for i in idx)
                found[-1] = (last[0] + idx, f"{last[1]} и {words_}")
            elif (
                last is not None
                and is_flavour(v, last[1], product.name)
                and _no_amount_between(v, toks, last[0][-1] + 1, idx[0])
            ) or (
                last is None
                and implied
                and idx[0] > implied_at
                and is_flavour(v, implied, product.name)
            ):
                pass  # «чипсы lay's сметана», «lays сметана»: a flavour, no phrase
            elif last is not None and (narrower := refined(v, toks, last, idx, product.name)):
                found[-1] = (last[0] + idx, narrower)
                filled = False
            elif (
                one_item
                and last is not None
                and _no_amount_between(v, toks, last[0][-1] + 1, idx[0])
            ):
                pass  # «фасоль красная консерв»: a comma list's item is one product
            elif (
                last is not None
                and n == 1
                and idx[0] - 1 > last[0][-1]
                and number_of(toks[idx[0] - 1]) is not None
                # a product that is a container too («батон», «буханка», «кочан»)
                and lemmas[k] in w.CONTAINER_LEMMA
                # «сыр 2 батона колбасы»: a container of the product after it
                and not (k + 1 < len(seq) and v.product_of_word(toks[seq[k + 1]].text))
            ):
                # «хлеб 2 батона», «хлеб белый 2 булки»: the product before, counted in
                # its container, as «молоко 2 пакета» is
                toks[idx[0]].used = True
            else:
                found.append((idx, product.name))
                filled = False
            k += n
            break
        else:
            k += 1
    for idx, _ in found:
        for i in idx:
            if i in varieties:
                toks[i].role, toks[i].attr = "variety", varieties[i]
    if found and not one_item:
        found = _goods_spans(v, toks, content, found)
    return found


# Nouns of an action («засолка», «заморозка», «маринование», «мытье»): a product in the
# genitive after one is what the action is done to.
_ACTION_NOUN_ENDINGS = ("ка", "ние", "тие", "ье")

# Heads a word right after names the sort of («соус барбекю», «приправа карри»).
_NAMED_SORTS = frozenset({"соус", "специи"})


def _goods_spans(
    v: Vocabulary, toks: list[Tok], content: list[int], found: list[Span]
) -> list[Span]:
    """Goods words outside the vocabulary that are items of their own next to known ones."""
    taken = {i for idx, _ in found for i in idx}
    extra: list[Span] = []
    for i in content:
        if i in taken or toks[i].role:
            continue
        reading = v.noun(toks[i].text)
        if reading is None or not reading.goods:
            continue
        if i > 0 and (
            toks[i - 1].text in w.PREPOSITIONS or v.lemma(toks[i - 1].text) in w.FLAVOUR_WORDS
        ):
            continue  # «с хумусом», «для пиццы», «с ароматом кокоса»
        if i + 1 < len(toks) and toks[i + 1].text in w.PHRASE_PREPS:
            continue  # «смузи с бананом»: an unknown head filled, read by ``guess_filled``
        before = [s for s in found if s[0][0] < i]
        after = [s for s in found if s[0][0] > i]
        if (
            after
            and after[0][0][0] == i + 1
            and is_container(toks[i], v)
            and "gent" in v.cases(toks[i + 1].text)
        ):
            continue  # «стаканчик пломбира», «коробочка конфет»: what holds the product
        kinds = v.goods_kind(toks[i].text)
        near = before[-1] if before else after[0]
        if set(near[1].split()) & kinds or (before and is_flavour(v, before[-1][1], reading.name)):
            continue  # «сыр моцарелла», «пицца пепперони»: a variety or flavour
        if (
            before
            and before[-1][0][-1] == i - 1
            and set(before[-1][1].split()) & w.OF_HEADS
            and "gent" in v.cases(toks[i].text)
        ):
            # Any word of the name may be the head here: a word outside the vocabulary is
            # no product of its own, while a known one after «куриное филе» (``find_spans``)
            # is a second item («куриное филе яйца»).
            continue  # «икра мойвы», «индюшиное филе грудки»: whose it is, or which part
        if before and before[-1][0][-1] == i - 1 and before[-1][1] in _NAMED_SORTS:
            continue  # «соус барбекю», «приправа карри»: the sort the head names
        toks[i].role = "goods"
        extra.append(([i], reading.name))
    return sorted(found + extra, key=lambda s: s[0][0]) if extra else found


def refined(v: Vocabulary, toks: list[Tok], last: Span, idx: list[int], name: str) -> str | None:
    """The one product two neighbouring phrases name when one refines the other.

    «молоко сгущенка» is «молоко» and «сгущенное молоко»: the second name holds all words
    of the first, so it is one item under the narrower name. Only words, or a fat
    («маслице 82.5% сливочное»), may stand between them; an amount there means two items.
    """
    words_, new = set(last[1].split()), set(name.split())
    if not (words_ < new or new < words_):
        return None
    between = toks[last[0][-1] + 1 : idx[0]]
    if any(
        t.kind not in ("word", "fat")
        or t.text in w.NUMBER_WORDS
        or t.text in w.DOZEN
        or measure_unit(t, v) is not None
        or is_container(t, v)
        for t in between
    ):
        return None
    return name if len(new) > len(words_) else last[1]


def cut(
    v: Vocabulary,
    toks: list[Tok],
    spans: list[Span],
    brands: list[tuple[int, Brand]],
) -> tuple[list[tuple[list[Tok], Span | None]], list[list[Brand]]]:
    """Split a fragment that names several products («молоко хлеб 2 батона»).

    Amounts go with the product on the side the writer put them: if the first product
    has its number before it, numbers precede products in this fragment, else follow.
    """
    first_start = spans[0][0][0]
    prefix_style = any(
        t.kind in ("num", "mult") or t.text in w.NUMBER_WORDS or t.text in w.DOZEN
        for t in toks[:first_start]
    )
    cuts = [0]
    for k in range(1, len(spans)):
        start = spans[k][0][0]
        prev_end = spans[k - 1][0][-1]
        at = start
        if prefix_style:
            while at - 1 > prev_end and (
                toks[at - 1].kind != "word"
                or toks[at - 1].text in w.NUMBER_WORDS
                or toks[at - 1].text in w.DOZEN
                or measure_unit(toks[at - 1], v) is not None
                or is_container(toks[at - 1], v)
                or v.word(toks[at - 1].text).pos in w.ADJECTIVE_POS
            ):
                at -= 1
        else:
            while at - 1 > prev_end and v.word(toks[at - 1].text).pos in w.ADJECTIVE_POS:
                at -= 1
        cuts.append(at)
    cuts.append(len(toks))
    parts: list[tuple[list[Tok], Span | None]] = []
    brand_at: list[list[Brand]] = []
    for k, span in enumerate(spans):
        lo, hi = cuts[k], cuts[k + 1]
        local = ([i - lo for i in span[0]], span[1])
        parts.append((toks[lo:hi], local))
        brand_at.append([b for pos, b in brands if lo <= pos < hi])
    return parts, brand_at


# --- outside the vocabulary --------------------------------------------------------------


@dataclass(slots=True)
class Guess:
    """A fragment naming no known product, read as a noun phrase outside the vocabulary.

    Whether it becomes an item depends on the whole text (see ``reason``).
    """

    toks: list[Tok]
    span: Span
    brand: Brand | None
    goods: bool  # the head is in goods.txt
    amount: bool  # the fragment gives a number or a measure
    # The known product after it follows «без» («скир без сахара»): what it is without,
    # never the product bought.
    without: bool = False

    def reason(self, list_shaped: bool) -> str | None:
        """Why this noun phrase is an item (Russian, for the note), or None if it is not."""
        if self.brand is not None:
            return "указана марка"
        if self.without:
            return "после «без» сказано, чего в нём нет"
        if self.amount:
            return "указано количество"
        if self.goods:
            return "похоже на продукт"
        if list_shaped:
            return "текст — список"
        return None


def _foreign_phrase(v: Vocabulary, words: list[str]) -> bool:
    """Several Latin words none of which the vocabulary knows as goods («drop table
    offers», «select from products», «hello world»): code, markup or English pasted in,
    not a list entry. A lone unknown Latin word may still be a brand the vocabulary has
    not learnt yet («schweppes»), so it stays a guess."""
    latin = [x for x in words if x.isascii() and x.isalpha()]
    if len(latin) < 2 or len(latin) != len(words):
        return False
    return not any(x in v.goods for x in latin)


def _surname_only(v: Vocabulary, form: str) -> bool:
    """Every noun reading pymorphy has of ``form`` is a surname."""
    nouns = [p for p in v.morph.parse(form) if p.tag.POS == "NOUN"]
    return bool(nouns) and all("Surn" in p.tag for p in nouns)


def guess(v: Vocabulary, toks: list[Tok], content: list[int], brand: Brand | None) -> Guess | None:
    """The fragment as a noun phrase outside the vocabulary, or None if it is not one.

    The head is the first content word that is not an adjective (adjectives around it
    are qualifiers, read by ``name``); the fragment must be no sentence and the head
    no chat word, person, animal, proper name or object of a preposition.
    """
    if brand is None and _foreign_phrase(v, [toks[i].text for i in content]):
        return None
    head: int | None = None
    for i in content:
        info = v.word(toks[i].text)
        reading = v.noun(toks[i].text)
        # «помоги», «я», «здравствуйте»: a sentence or chat, not a list entry
        if info.known and info.pos in w.SENTENCE_POS and not (reading and reading.goods):
            return None
        # «от комаров спрей»: a phrase the fragment opens with is said of the product
        # after it, not the product.
        led = i > 0 and i - 1 not in content and toks[i - 1].text in w.PREPOSITIONS
        if (
            head is None
            and not (info.pos in w.ADJECTIVE_POS and not (reading and reading.goods))
            and not (led and i != content[-1])
        ):
            head = i
    if head is None:
        return None
    reading = v.noun(toks[head].text)
    if reading is None or reading.name in w.NOT_PRODUCTS or toks[head].text in w.NOT_PRODUCTS:
        return None
    if not reading.goods and (reading.animate or reading.proper):
        if content != [head] or not _surname_only(v, toks[head].text):
            return None
        # «фету»: a product pymorphy knows only as a surname (Фет), alone in its
        # fragment; no one lists a surname. An unknown word, then: a list makes it an item.
        reading = NounReading(toks[head].text, frozenset(), False, False, False, False)
    if reading.cases and not reading.cases & w.ITEM_CASES:
        return None  # «к чаепитию», «с мамой»: a complement, not what is bought
    first = head
    while first - 1 >= 0 and v.word(toks[first - 1].text).pos in w.ADJECTIVE_POS:
        first -= 1
    if first > 0 and toks[first - 1].text in w.PREPOSITIONS:
        return None  # «для мамы», «на работу»
    amount = any(
        t.kind in ("num", "mult", "pack")
        or t.text in w.NUMBER_WORDS
        or t.text in w.DOZEN
        or t.text in w.HALF_WORDS
        for t in toks
    )
    return Guess(toks, ([head], reading.name), brand, reading.goods, amount)


def guess_filled(
    v: Vocabulary, toks: list[Tok], content: list[int], span: Span, brand: Brand | None
) -> Guess | None:
    """An unknown head before «с/для/из/к/в/на» + a known product: one item, the head.

    Like the vocabulary's fillings, a filling after «с» stays in the name («смузи с
    бананом»); a purpose («для пиццы») is left to the qualifier stage. Works on a copy
    of the tokens, as the fragment is also read the usual way in case the text does not
    accept the guess.
    """
    idx = span[0]
    prep = idx[0] - 1
    if prep < 1 or toks[prep].text not in w.PHRASE_PREPS:
        return None
    before = [i for i in content if i < prep]
    if not before:
        return None
    copy = [Tok(t.kind, t.text, t.used, t.role, t.attr) for t in toks]
    found = guess(v, copy, before, brand)
    if found is None:
        return None
    head, name = found.span
    found.without = toks[prep].text == "без"
    if toks[prep].text in ("с", "со"):
        name = f"{name} {toks[prep].text} " + " ".join(toks[i].text for i in idx)
        found.span = ([*head, prep, *idx], name)
    return found
