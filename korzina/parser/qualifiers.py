"""The item's name and every other word the shopper wrote about the product.

``describe`` runs after the amounts of a part are read. The name comes from the product
phrase and the adjectives next to it («масла сливочного» → «сливочное масло»); then each
word left is kept, never dropped in silence:

* **attributes** (required: a title without them is not the item) are what a store
  title states: a variety or flavour after the product («сыр гауда», «чипсы lay's
  сметана и зелень», «колбаса пепперони»), a preparation or form («слабосоленая»,
  «молотый», «в зернах»), a purpose or make-up («для пиццы», «без сахара», «из цельного
  молока», «на молоке», «со вкусом краба» → «краб»), a variety word of the vocabulary
  («бородинский»). A purpose of a product named by its purpose joins the name instead
  («средство для мытья посуды», «корм для взрослых кошек»).
* **preferences** (rank, never exclude) are wishes («свежий», «помягче», «в бутылке»)
  and words the parser is unsure of: a word before the product, a person or occasion
  («для мамы», «к чаю», «на день рождения»), an adverb. Unsure ones are named in a note.
* Verbs, pronouns and particles are no part of a product: they are named in a note as
  skipped. Chat and shopping talk («в пятерочке», «на неделю») is filler.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from korzina.parser import words as w
from korzina.parser.phrases import Span, agrees, content_words, purpose_verb
from korzina.parser.tokens import Tok, is_container, piece_in_pack
from korzina.parser.typos import diminutive_base
from korzina.parser.vocabulary import Vocabulary, brand_key


@dataclass(slots=True)
class Described:
    """A part's name and the words kept about it (``name`` None: no product phrase)."""

    name: str | None
    # The head as the list wrote it («шоколадка» for шоколад): what adjectives agree with.
    written: str = ""
    attributes: list[str] = field(default_factory=list)
    preferences: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def attribute(self, text: str) -> None:
        if text and text not in self.attributes:
            self.attributes.append(text)

    def preference(self, text: str, *, note: bool) -> None:
        if text and text not in self.preferences:
            self.preferences.append(text)
            if note:
                self.notes.append(
                    f"«{text}» — учёл как пожелание к «{self.name}», не как обязательное"
                )


@dataclass(slots=True)
class _Group:
    """Words left after the name that belong together: «для мытья посуды», «гауда»."""

    prep: str  # the preposition that opens it, or ""
    idx: list[int]  # its tokens, «и» between words included
    before: bool  # it stands before the product
    likened: bool = False  # after «как»: what the product should be like («как в детстве»)


def _bunch(t: Tok, v: Vocabulary) -> bool:
    """«бананов кисть»: how fruit is sold, after its name (``w.BUNCH_AFTER_PRODUCT``)."""
    return v.word(t.text).lemma in w.BUNCH_AFTER_PRODUCT


def _sold_in(t: Tok, v: Vocabulary) -> bool:
    """A word after the product that says how it is sold: a container or a bunch."""
    return is_container(t, v) or _bunch(t, v)


def describe(
    v: Vocabulary,
    toks: list[Tok],
    span: Span | None,
    *,
    implied: str | None = None,
    head_at: int = 0,
) -> Described:
    """The name of a part and its attributes, preferences and notes (see the module).

    Without a product phrase, ``implied`` is the product a bare brand means, standing at
    ``head_at`` («lays краб» → чипсы, attributes ["краб"]); without either, no name.
    """
    if span is None and implied is None:
        return Described(None)
    out = Described(None)
    if span is not None:
        out.name = _name(v, toks, span, out)
        head, head_at = span[1], span[0][0]
        out.written = " ".join(toks[i].text for i in span[0])
    else:
        assert implied is not None
        out.name = head = implied
    if any(not t.used and t.kind == "word" for t in toks):
        for group in _groups(v, toks, head_at):
            _place(v, toks, group, head, out)
    for t in toks:
        if not t.used and t.kind == "fat":
            # «100% арабика», «сок 100%»: a percent no fat can be, what it is made of;
            # titles seldom say it, so it ranks, and the answer says so.
            out.preference(t.text, note=True)
            t.used = True
    return out


# --- the name ----------------------------------------------------------------------


def _name(v: Vocabulary, toks: list[Tok], span: Span, out: Described) -> str:
    """The name from the product phrase and the adjectives next to it; properties among
    those adjectives go to attributes, wishes to preferences, variety words to attributes.

    Just over 80 lines: one walk over the phrase's neighbours, each word placed once."""
    idx, canonical = span
    content = content_words(v, toks)
    # The phrase's first and last content words (a phrase may end in a word another
    # stage took, as no word of the phrase may be lost).
    pos_first = next((k for k, c in enumerate(content) if c >= idx[0]), len(content))
    pos_last = max((k for k, c in enumerate(content) if c <= idx[-1]), default=pos_first)
    agree_to = _noun_of(v, canonical) or canonical.split()[-1]
    head_case = v.word(toks[idx[0]].text).case
    modifiers: list[str] = []
    prefix_noun: str | None = None

    def governs_next(i: int) -> bool:
        """«колбаса высшего сорта»: the adjective agrees with the noun after it."""
        info = v.word(toks[i].text)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or nxt.used or nxt.kind != "word" or i + 1 in idx:
            return False
        noun = v.word(nxt.text)
        if noun.pos == "NOUN" and i > 0 and toks[i - 1].text in w.PREPOSITIONS:
            return True  # «томаты в собственном соку»: the preposition's phrase
        if noun.pos != "NOUN" or info.case not in ("gent", "datv", "ablt", "loct"):
            return False
        if info.case != head_case:
            return info.case == noun.case
        # «муки высшего сорта»: the head's case too, but the adjective agrees with the
        # noun after it and not with the head.
        return agrees(v, toks[i].text, nxt.text) and not agrees(v, toks[i].text, toks[idx[0]].text)

    def take(ci: int, *, after: bool = False) -> bool:
        t = toks[content[ci]]
        if t.used or t.role == "negated":
            return False
        info = v.word(t.text)
        if not v.adjective(t.text) or (after and governs_next(content[ci])):
            return False
        adj = v.agree(t.text, agree_to)
        if info.lemma in w.PREFERENCE_ADJ:
            out.preference(adj, note=False)
        elif t.text.startswith(w.PROPERTY_STEMS):
            out.attribute(adj)
        elif (
            adj not in canonical.split()
            # «мороженное пломбир»: the product misspelt with a double «н», not a word more
            and adj.replace("нн", "н") not in canonical.split()
            and adj not in modifiers
        ):
            modifiers.append(adj)
        t.used = True
        return True

    k = pos_first - 1
    before: list[int] = []
    while k >= 0 and v.adjective(toks[content[k]].text):
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
            if v.goods_kind(toks[content[k]].text) & set(canonical.split()):
                out.attribute(info.lemma)  # «жасмин рис», «арабика кофе»: its variety
            else:
                prefix_noun = info.lemma
            toks[content[k]].used = True
    for ci in before:
        take(ci)
    # qualifiers between the words of one phrase («хлеб заварной бородинский»)
    for ci in range(pos_first + 1, pos_last):
        if content[ci] not in idx:
            take(ci)
    if any(f" {p} " in f" {canonical} " for p in ("с", "со")):
        canonical = _more_filling(v, toks, idx[-1], canonical)
    k = pos_last + 1
    while k < len(content) and take(k, after=True):
        k += 1
    for i in idx:
        toks[i].used = True
        if toks[i].role == "variety":
            out.attribute(toks[i].attr)
    if prefix_noun:
        return f"{prefix_noun} " + " ".join(toks[i].text for i in idx)
    return " ".join([*modifiers, canonical])


def _more_filling(v: Vocabulary, toks: list[Tok], last: int, name: str) -> str:
    """«чай с лимоном и мятой»: words in the instrumental after «и» go on the filling."""
    j = last + 1
    if j + 1 < len(toks) and toks[j].text == "и" and not toks[j].used:
        run = [
            k
            for k in range(j + 1, len(toks))
            if toks[k].kind == "word" and not toks[k].used and "ablt" in v.cases(toks[k].text)
        ]
        run = [k for n, k in enumerate(run) if k == j + 1 + n]  # in a row after «и»
        if run:
            for k in (j, *run):
                toks[k].used = True
            return f"{name} и " + " ".join(toks[k].text for k in run)
    return name


# --- the words left ----------------------------------------------------------------


def _filler(v: Vocabulary, x: str) -> bool:
    """Words that say nothing about the product: chat, tiers, amounts already read."""
    if x in w.NOISE or x in w.CHEAP or x in w.EXPENSIVE or x in w.NUMBER_WORDS:
        return True
    if x in w.NOT_PRODUCTS:
        return True
    # «в тесте»: тест, or тесто; chat only when every reading is.
    return all(lemma in w.NOT_PRODUCTS for lemma in v.word(x).lemmas)


def _noun_like(v: Vocabulary, x: str) -> bool:
    info = v.word(x)
    return not info.known or info.pos == "NOUN"


def _groups(v: Vocabulary, toks: list[Tok], head_at: int) -> list[_Group]:
    """The unused words of a part, grouped: a preposition with its words, a noun with
    its adjectives and genitives, words joined by «и». A used token (the product, a
    brand, an amount) ends a group."""
    groups: list[_Group] = []
    cur: _Group | None = None
    and_at: int | None = None  # an «и» waiting for the next word of ``cur``
    for i, t in enumerate(toks):
        if t.used or t.kind != "word":
            cur, and_at = None, None
            continue
        x = t.text
        if t.role == "negated":
            # «не домик в деревне»: one thing the product must not be, whole
            if groups and groups[-1].prep == "не" and groups[-1].idx[-1] == i - 1:
                groups[-1].idx.append(i)
            else:
                groups.append(_Group("не", [i], i < head_at))
            cur, and_at = None, None
            continue
        if x in w.PREPOSITIONS:
            likened = i > 0 and toks[i - 1].text == "как" and not toks[i - 1].used
            cur, and_at = _Group(x, [], i < head_at, likened), None
            groups.append(cur)
            continue
        if x == "и":
            and_at = i if cur is not None and cur.idx else None
            continue
        if _filler(v, x):
            info = v.word(x)
            last = toks[cur.idx[-1]] if cur is not None and cur.idx else None
            if (
                cur is not None
                and info.pos == "NOUN"
                and (
                    # «на день рождения»: a filler noun inside a preposition's phrase
                    cur.prep
                    # «высшего сорта»: a noun the adjective before it agrees with
                    or (
                        last is not None
                        and v.word(last.text).pos in w.ADJECTIVE_POS
                        and v.word(last.text).case == info.case
                    )
                )
            ):
                cur.idx.append(i)
            continue
        if cur is not None and cur.idx and and_at is not None:
            cur.idx += [and_at, i]
        elif cur is not None and not (cur.idx and _starts_new(v, toks, cur, x)):
            cur.idx.append(i)
        else:
            cur = _Group("", [i], i < head_at)
            groups.append(cur)
        and_at = None
    return [g for g in groups if g.idx or g.prep]


def _starts_new(v: Vocabulary, toks: list[Tok], cur: _Group, x: str) -> bool:
    """Whether ``x`` opens a new phrase: a nominative noun after a noun («гауда нарезка»),
    an adjective after a noun («арабика молотый»: it agrees with the product), a
    container after a preposition's phrase in a case the preposition does not take
    («оливки без косточки банку побольше»: the pack, not what they are without)."""
    if cur.prep:
        cases = _PREP_CASES.get(cur.prep)
        return bool(
            cases and cur.idx and is_container(Tok("word", x), v) and not v.cases(x) & cases
        )
    info = v.word(x)
    if v.adjective(x):
        return _noun_like(v, toks[cur.idx[-1]].text)
    if not (info.known and info.pos == "NOUN" and info.case in ("nomn", "accs")):
        # unknown and Latin words go on a phrase of their own kind («эрл грей»)
        last = v.word(toks[cur.idx[-1]].text)
        return info.known is False and last.known and last.pos == "NOUN"
    return any(_noun_like(v, toks[i].text) for i in cur.idx)


def _text(toks: list[Tok], idx: list[int]) -> str:
    return " ".join(toks[i].text for i in idx)


def _nominative(v: Vocabulary, toks: list[Tok], idx: list[int]) -> str:
    """«краба» → «краб», «сметаны и зелени» → «сметана и зелень», «зеленого лука» →
    «зеленый лук»: flavour words as a title names them."""
    out: list[str] = []
    for n, i in enumerate(idx):
        x = toks[i].text
        info = v.word(x)
        if info.known and info.pos == "NOUN":
            out.append(info.lemma)
        elif info.known and info.pos in w.ADJECTIVE_POS:
            noun = next(
                (
                    v.word(toks[j].text).lemma
                    for j in idx[n + 1 :]
                    if v.word(toks[j].text).pos == "NOUN"
                ),
                None,
            )
            out.append(v.agree(x, noun) if noun else x)
        else:
            out.append(x)
    return " ".join(out)


# The cases a preposition's noun phrase takes.
_PREP_CASES = {
    "без": frozenset({"gent"}), "для": frozenset({"gent"}), "из": frozenset({"gent"}),
    "от": frozenset({"gent"}), "с": frozenset({"ablt", "gent"}),
    "со": frozenset({"ablt", "gent"}), "в": frozenset({"loct", "accs", "loc2"}),
    "во": frozenset({"loct", "accs", "loc2"}), "на": frozenset({"loct", "accs", "loc2"}),
    "под": frozenset({"ablt", "accs"}), "по": frozenset({"datv"}),
}  # fmt: skip


def _heads_adjective(
    v: Vocabulary, toks: list[Tok], prep: str, words: list[int], head: str
) -> bool:
    """The last word of a preposition's phrase is an adjective of the product, not of the
    phrase: it agrees with the product's head noun and has no reading in the cases the
    preposition takes («без косточки зеленые», «в шоколаде ванильный»)."""
    cases = _PREP_CASES.get(prep)
    last = toks[words[-1]].text
    if cases is None or not head:
        return False
    if any(agrees(v, last, toks[i].text, cases) for i in words[:-1]):
        return False  # «в масле подсолнечном»: the phrase's own adjective
    return any(agrees(v, last, h) for h in head.split())


def _noun_of(v: Vocabulary, name: str) -> str | None:
    """The first noun of a product's name: what its adjectives agree with."""
    return next((x for x in name.split() if v.word(x).pos == "NOUN"), None)


def _place(v: Vocabulary, toks: list[Tok], g: _Group, head: str, out: Described) -> None:
    """Keep one group as an attribute, a preference or part of the name; or note it."""
    for i in g.idx:
        toks[i].used = True
    words = [i for i in g.idx if toks[i].text != "и"]
    if g.prep and len(words) > 1:
        # «без всяких добавок», «без лишнего сахара»: the stress is talk; the phrase is
        # «без добавок»
        plain = [i for i in g.idx if v.word(toks[i].text).lemma not in w.EMPHATIC]
        if len(plain) < len(g.idx) and any(toks[i].text != "и" for i in plain):
            g = _Group(g.prep, plain, g.before)
            words = [i for i in g.idx if toks[i].text != "и"]
    if not words or all(_filler(v, toks[i].text) for i in words):
        return  # a lone preposition; «на неделю», «в пятерочке»: talk, not the product
    first = v.word(toks[words[0]].text)
    text = _text(toks, g.idx)
    if len(words) == 1 and not g.prep and _names_head(v, toks[words[0]].text, head):
        return  # «черри помидорчики», «корнишоны огурчики»: the product said once more
    if g.prep == "не":
        # what the product must not be: titles that say it are left out («не нивея» as
        # the brand titles spell, Nivea), in a remark too: «(только не ультрапастеризованное)»
        said = [brand_key(toks[i].text) for i in words]
        brand = v.brand(tuple(x for part in said for x in part))
        out.attribute(f"не {brand.name if brand is not None else text}")
        return
    if any(toks[i].aside for i in words):
        # «(латиница)», «(для мамы)»: a remark in parentheses is never required
        wish = all(v.word(toks[i].text).lemma in w.PREFERENCE_ADJ for i in words)
        out.preference(text if not g.prep else f"{g.prep} {text}", note=not wish)
        return
    last = words[-1]
    if (
        len(words) > 1
        and g.prep not in w.FOR_WHOM_PREPS
        and _person(v, toks[last].text)
        and not _person(v, toks[words[0]].text)
    ):
        # «вафли артек внукам», «зефир в шоколаде внучке»: who it is for closes the
        # group, a wish; the words before it are placed on their own («на др дочке» is
        # the occasion and the person, one wish)
        _place(v, toks, _Group(g.prep, [i for i in g.idx if i < last], g.before), head, out)
        out.preference(toks[last].text, note=True)
        return
    if first.lemma in w.FLAVOUR_WORDS:
        # «со вкусом краба», «вкус сметана и зелень»: the flavour is the attribute
        rest = g.idx[g.idx.index(words[0]) + 1 :]
        if rest:
            out.attribute(_nominative(v, toks, rest))
        elif g.prep:
            # «чипсы без вкуса»: no flavour named, titles say none; kept as a wish
            out.preference(f"{g.prep} {text}", note=True)
        return
    if g.prep:
        last = words[-1]
        if (
            len(words) > 1
            and is_container(toks[last], v)
            and v.word(toks[words[-2]].text).pos not in w.ADJECTIVE_POS
            # «в синей пачке»: «синей» reads first as синь, yet agrees with the pack
            and not agrees(v, toks[words[-2]].text, toks[last].text)
        ):
            # «маслины без косточки банка»: the phrase, then how it is packed (a wish)
            _place(v, toks, _Group(g.prep, [i for i in g.idx if i < last], g.before), head, out)
            out.preference(toks[last].text, note=False)
            return
        if len(words) > 1 and _heads_adjective(v, toks, g.prep, words, f"{head} {out.written}"):
            # «оливки без косточки зеленые»: the closing adjective is the olives', not
            # the stone's; the phrase without it, then the adjective on its own.
            _place(v, toks, _Group(g.prep, [i for i in g.idx if i < last], g.before), head, out)
            _place(v, toks, _Group("", [last], g.before), head, out)
            return
        _place_phrase(v, toks, g, head, out, f"{g.prep} {text}")
        return
    if (
        is_container(toks[words[0]], v)
        or all(v.word(toks[i].text).lemma in w.PACK_FEATURES for i in words)
        # «докторская колбаса батон»: after another product, a container that is also a
        # product of its own (a loaf) is the container; after bread it is the sort
        or (
            len(words) == 1
            and (
                v.word(toks[words[0]].text).lemma in w.CONTAINER_LEMMA or _bunch(toks[words[0]], v)
            )
            and not set(head.split()) & w.LOAF_HEADS
        )
    ):
        # «мороженое брикет», «укропа пучок побольше», «мыло дозатор»: how it is packed,
        # after the product, a wish (a count's container, «2 пакета», was read with its
        # number)
        out.preference(text, note=False)
        return
    if len(words) > 1 and _sold_in(toks[words[-1]], v):
        # «нескафе голд банка»: the line, then how it is packed (a wish, as «в банке»)
        out.preference(toks[words[-1]].text, note=False)
        words = words[:-1]
        text = _text(toks, words)
    infos = [v.word(toks[i].text) for i in words]
    if len(words) > 1 and any(purpose_verb(v, toks[i]) for i in words):
        # «клубника свежая украсить торт», «масло сковородку смазывать»: a verb and its
        # object say what the product is for, a wish; «торт» is no word its title must have
        out.preference(text, note=True)
        return
    if all(info.lemma in w.CATEGORY_NOUNS for info in infos):
        out.preference(text, note=False)  # «гвоздика пряность»: the spice, as titles say it
        return
    odd = [
        toks[i].text
        for i, info in zip(words, infos, strict=True)
        if info.known and info.pos in w.SENTENCE_POS and info.lemma not in w.PEOPLE
    ]
    if odd:
        out.notes.append(f"«{' '.join(odd)}» — не понял, пропустил")
        words = [i for i in words if toks[i].text not in odd]
        if not words:
            return
        text, infos = _text(toks, words), [v.word(toks[i].text) for i in words]
    if all(v.adjective(toks[i].text) for i in words):
        agree_to = _noun_of(v, head) or head
        for i, info in zip(words, infos, strict=True):
            adj = v.agree(toks[i].text, agree_to)
            if info.lemma in w.PREFERENCE_ADJ:
                out.preference(adj, note=False)
            else:
                out.attribute(adj)
        return
    if all(info.pos == "COMP" for info in infos):
        out.preference(text, note=False)  # «помягче», «посвежее»
        return
    if len(words) == 1 and (adjective := w.ADVERB_ADJECTIVES.get(toks[words[0]].text)):
        # «курица целиком»: the adverb says what a title says with its adjective («целая»)
        agree_to = _noun_of(v, head) or head
        out.attribute(v.agree(adjective, agree_to))
        return
    if any(_person(v, toks[i].text) for i in words) or any(info.pos == "ADVB" for info in infos):
        out.preference(text, note=True)
        return
    if all(toks[i].text.startswith(w.PROPERTY_STEMS) for i in words):
        out.attribute(text)  # «сыр ломтиками»: the form it is sold in
        return
    if any(
        info.known and info.pos == "NOUN" and info.case in ("datv", "ablt", "loct")
        for info in infos
    ) and not any(info.case in ("nomn", "accs", "gent") for info in infos):
        if len(words) > 1 and not g.prep and not infos[0].known:
            # «сыр чечил косичкой»: a name the dictionary does not know is the sort; the
            # shape after it is read on its own
            _place(v, toks, _Group("", [words[0]], g.before), head, out)
            _place(v, toks, _Group("", words[1:], g.before), head, out)
            return
        out.preference(text, note=True)  # «молоко маме»: a complement without a preposition
        return
    right_before_brand = (
        not out.written
        and not g.prep
        and len(words) == 1
        and words[0] + 1 < len(toks)
        and toks[words[0] + 1].role == "brand"
    )
    if g.before and not right_before_brand:
        # a word before the product is its qualifier only when the vocabulary says so
        # (one noun right before a bare brand, «гель персил», is as «персил гель»)
        if all(v.goods_kind(toks[i].text) & set(head.split()) for i in words):
            out.attribute(text)
        else:
            out.preference(text, note=True)
        return
    out.attribute(text)  # as written: «перья», «гауда», «холодного копчения»


def _names_head(v: Vocabulary, x: str, head: str) -> bool:
    """``x`` is a diminutive of the head's own noun («помидорчики» of помидоры черри)."""
    base = diminutive_base(v, x)
    return base is not None and v.lemma(base) in {v.lemma(h) for h in head.split()}


def _person(v: Vocabulary, x: str, *, after_prep: bool = False) -> bool:
    info = v.word(x)
    if info.lemma in w.PEOPLE:
        return True
    if info.lemma in w.CHILDREN and info.case == "datv":
        return True  # «вермишель паутинка детям»; «для детей» is a children's product
    if v.product_of_word(x) is not None:
        return False  # «из свинины»: a product, though «Свинин» is a surname too
    reading = v.noun(x)
    # A name right after a product is its variety or brand («торт наполеон», «вафли
    # артек», «смесь нан», not a «Нана»), unless it is said to whom: «молоко маше»,
    # «торт для маши».
    case = v.word(x).case
    return (
        reading is not None
        and reading.proper
        and not reading.goods
        and (case == "datv" or (after_prep and case != "nomn"))
    )


def _place_phrase(
    v: Vocabulary, toks: list[Tok], g: _Group, head: str, out: Described, phrase: str
) -> None:
    """A preposition's phrase: a property, a purpose in the name, or a wish."""
    if g.likened and g.idx:
        # «печенье как в детстве», «масло как с рынка»: a likeness no title states, a wish
        out.preference(f"как {phrase}", note=True)
        return
    words = [i for i in g.idx if toks[i].text != "и"]
    # «кофе в зернах хороший»: a wish closing the phrase is the product's, a wish.
    # «селедка в масле кусочки»: how it is cut or packed, after the phrase, is a wish of
    # its own; the phrase stays what the product is.
    while len(words) > 1 and (
        v.word(toks[words[-1]].text).lemma in w.PREFERENCE_ADJ
        or (
            _sold_in(toks[words[-1]], v)
            and v.word(toks[words[-1]].text).case in ("nomn", "accs", "ablt")
            and not is_container(toks[words[-2]], v)
        )
    ):
        out.preference(toks[words[-1]].text, note=False)
        words = words[:-1]
        phrase = " ".join([g.prep or "", *(toks[i].text for i in words)]).strip()
    lemmas = [v.lemma(toks[i].text) for i in words]
    nouns = [v.word(toks[i].text) for i in words if _noun_like(v, toks[i].text)]
    case = nouns[0].case if nouns and nouns[0].known else None
    infos = [v.word(toks[i].text) for i in words]
    # A word the dictionary lacks, by every reading it guesses («ифтара»: ифтара, ифтар).
    readings = {lm for info in infos if not info.known for lm in info.lemmas}
    if (
        any(_person(v, toks[i].text, after_prep=True) for i in words)
        or any(lemma in w.OCCASIONS for lemma in (*lemmas, *readings))
        or (
            g.prep in ("в", "во", "на")
            and any(lemma in w.PLACES for lemma in lemmas)
            and not set(head.split()) & w.SORTED_BY_PLACE
        )
        or (g.prep in ("в", "во", "на", "для") and any(lemma in w.VENUES for lemma in lemmas))
    ):
        out.preference(phrase, note=True)  # «для мамы», «на день рождения», «к чаю»
        return
    purpose = {lm for i in words for lm in v.word(toks[i].text).lemmas}
    head_lemmas = {v.lemma(h) for h in head.split()}
    if (
        g.prep in ("для", "на")
        and not set(head.split()) & w.PURPOSE_MADE
        and not any(purpose & w.SORT_PURPOSES.get(h, frozenset()) for h in head.split())
        and (
            purpose & w.COOKING_USES
            or (
                # «средство для духовки», «уголь для мангала»: a product for the cook,
                # not food cooked so
                purpose & w.HOME_USES
                and not head_lemmas & (w.PURPOSE_HEADS | w.PURPOSE_MADE | w.COOKING_GEAR)
            )
            or (
                g.prep == "для"
                and not head_lemmas & (w.PURPOSE_HEADS | w.PURPOSE_MADE)
                and any(v.names_goods(toks[i].text) for i in words)
            )
        )
    ):
        # «маргарин для теста», «квас для окрошки»: what any of them is for; a wish.
        # So is other food it goes with: «лимон для креветок», «сливки для кофе».
        out.preference(phrase, note=False)
        return
    if (
        g.prep in ("в", "во")
        and purpose & w.COOKING_USES
        and case in ("nomn", "accs")
        and not set(head.split()) & w.PURPOSE_MADE
    ):
        # «майонез в оливье», «сливки в суп»: the dish it goes into, a wish («в соусе»,
        # «в томате» say what the product is in)
        out.preference(phrase, note=False)
        return
    if all(info.known and info.pos in w.SENTENCE_POS for info in infos):
        out.notes.append(f"«{phrase}» — не понял, пропустил")  # «без ничего»
        return
    if (
        g.prep == "от"
        and not {v.lemma(h) for h in head.split()} & w.PURPOSE_HEADS
        and all(toks[i].text.isalpha() for i in words)
        and v.brand(tuple(x for i in words for x in brand_key(toks[i].text))) is None
    ):
        # «мед от простуды», «чай от кашля»: why it is bought, a wish; «спрей от
        # комаров» is the product's purpose (its name, above)
        out.preference(phrase, note=True)
        return
    prep = g.prep
    if prep in ("для", "от") and set(head.split()) & w.PURPOSE_HEADS and out.name:
        # «средство для мытья посуды»; not twice where the name has said it already
        if not out.name.endswith(phrase):
            out.name = f"{out.name} {phrase}"
        return
    if prep in ("в", "во") and any(
        is_container(toks[i], v)
        and not (piece_in_pack(toks[i], v) and set(head.split()) & w.SACHET_GOODS)
        and not (v.lemma(toks[i].text) in w.CUP_FORMS and set(head.split()) & w.CUP_GOODS)
        and not (v.lemma(toks[i].text) == "брикет" and set(head.split()) & w.BRIQUETTE_GOODS)
        for i in words
    ):
        # «в бутылке», «арахис в пакетике»: how it is packed, a wish; «чай в пакетиках»
        # is a form of tea, «лапша в стакане» of noodles
        out.preference(phrase, note=False)
        return
    if prep in ("с", "со") and set(lemmas) & w.PACK_FEATURES:
        out.preference(phrase, note=False)  # «сок с трубочкой»: the pack's, a wish
        return
    # Any reading counts: «кости» reads first as a genitive, «на кости» is on the bone.
    noun_at = next((i for i in words if _noun_like(v, toks[i].text)), None)
    made_with = (
        case is not None
        and noun_at is not None
        and bool(w.MADE_WITH_CASES & v.cases(toks[noun_at].text))
    )
    if prep == "по" and len(words) == 1 and v.lemma(toks[words[0]].text) in w.STANDARDS:
        # «тушенка по госту»: made to the standard, which titles state («ГОСТ»)
        out.attribute(v.lemma(toks[words[0]].text))
        return
    if prep == "по" and toks[words[0]].text.endswith(w.RECIPE_ENDINGS):
        # the word before «по»
        before = toks[g.idx[0] - 2].text if g.idx[0] >= 2 else ""
        if before in ("на", "для"):
            # «макароны рожки на по-флотски»: the dish they are for, a wish
            out.preference(f"{before} {phrase}", note=False)
            return
        # «котлеты по-киевски замороженные»: a recipe titles name, then what else the
        # product must be.
        out.attribute(f"по {toks[words[0]].text}")
        for i in words[1:]:
            if v.adjective(toks[i].text):
                out.attribute(toks[i].text)
            else:
                out.preference(toks[i].text, note=True)
        return
    if (
        prep in ("в", "во")
        and noun_at is not None
        and (case is not None or not v.word(toks[noun_at].text).known)
        and "accs" in v.cases(toks[noun_at].text)
        and not any(v.cases(toks[i].text) & w.IN_STATE_CASES for i in words)
        and not set(head.split()) & w.SORTED_BY_PLACE
    ):
        # «в роддом», «в дорогу», «в подарок»: where it goes (accusative), a wish; so is
        # «в ланчбокс», a word the dictionary lacks that reads only as one. «в зернах»,
        # «в масле» (prepositional) is what the product is, and so is the room a cleaner
        # is sold for («средство в ванную»)
        out.preference(phrase, note=True)
        return
    sweetened = prep == "на" and any(toks[i].text.startswith(w.SWEETENER_STEMS) for i in words)
    if prep in w.ATTRIBUTE_PREPS or (prep in ("на", "под") and made_with) or sweetened:
        out.attribute(phrase)
        return
    out.preference(phrase, note=True)  # «к пиву», «по акции», «на завтра»
