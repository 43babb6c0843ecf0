"""Product kinds: what a list item asks for and how store titles name it, as data.

The table is ``korzina/data/taxonomy.toml`` (its header documents every field); this
module reads it once into ``Taxonomy`` and answers two questions with it:

* which kind a list item asks for (``Taxonomy.kind_for``: the kind whose item lemma set
  is the largest subset of the item's lemmas; ``resolve_ambiguous`` for a bare «масло»);
* which kind a store title is (``Taxonomy.title_kind``, used by the title analysis at
  ingest): the title's head noun and the words of its head phrase against each kind's
  title rules, the most specific rule winning.

Kinds form a tree (``parent``): an item of a kind takes products of the kind and of its
sub-kinds («макароны» takes спагетти; «курица» takes куриное филе), never the other way.

Look-alikes: ``not`` stems in a title's head phrase make it another thing at ingest
(«Молоко сгущённое» is not молоко); ``reject`` stems anywhere in a title rule a product
out at match time unless the item asks for them («яйца перепелиные»); ``fallback``
stems make a second choice (long-life milk for «молоко»: used only where a store has
no fresh milk, and the line says so).

Ambiguous head nouns (``[ambiguous]``): a bare «масло» is butter in one catalogue and
sunflower oil in another, so a basket would compare different things. Such an item is
resolved to ONE kind before any store is searched: a cue in the item decides («пачка»,
grams, a fat % → сливочное масло; litres, «бутылка» → подсолнечное масло), and without
a cue «масло» means сливочное масло, the usual meaning on a shopping list.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal

from korzina.core.matching.brands import brand_key

Dimension = Literal["mass", "volume", "piece"]


@dataclass(frozen=True)
class TitleRule:
    """A title is the kind when its head noun is ``head`` and, for every group, one of
    the group's stems starts a word of its head phrase."""

    head: str
    groups: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Kind:
    name: str
    item: tuple[frozenset[str], ...]
    rules: tuple[TitleRule, ...] = ()
    not_stems: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()
    fallback: tuple[str, ...] = ()
    implied: frozenset[str] = field(default_factory=frozenset)
    categories: tuple[str, ...] = ()
    parent: str | None = None
    dim: Dimension | None = None
    fat_rounding: bool = False  # «82%» asked takes the shelf's 82,5%
    # «фарш для котлет»: a purpose the list writes is a use any product of the kind
    # serves, not a sort of it (as «сыр для пиццы» is).
    purpose_is_use: bool = False
    # What a title of this kind is unless it says otherwise: a qualifier lemma → the stems
    # that contradict it («ядрица» unless «продел»; canned corn unless «початок»).
    defaults: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Defaults that name a plain sort («кетчуп томатный»): their contradicting stems
    # refuse a title even when it says the qualifier («Кетчуп томат. с горч.»).
    plain: frozenset[str] = field(default_factory=frozenset)
    # A size written alone names the product's format (a bottle, a box of powder, a bag's
    # litres), never an amount to make up of other packs (``[formats]``).
    size_is_format: bool = False
    # What a title of this kind has unless it says it is without («кость» of a thigh):
    # «бедро без кости» needs a title that says so («филе бедра», «б/к»).
    present: frozenset[str] = field(default_factory=frozenset)
    # Lemmas that, anywhere in a title of the parent kind, make it this kind, as a
    # sub-kind's bare head does («Напиток растительный "Alpro" Миндальный»).
    named_by: frozenset[str] = field(default_factory=frozenset)
    # Words lists write as wishes elsewhere («мягкий хлеб») that name a sort of this kind
    # titles state («Творог мягкий», «щётка мягкая»): required, not ranked.
    sorts: frozenset[str] = field(default_factory=frozenset)
    # The kind and its sub-kinds, transitively: what an item of this kind may buy.
    family: frozenset[str] = field(default_factory=frozenset)
    depth: int = 0

    @property
    def heads(self) -> frozenset[str]:
        return frozenset(r.head for r in self.rules)


@dataclass(frozen=True)
class Ambiguity:
    """How to read a bare ambiguous noun: cue stems in the item's words → kind name."""

    default: str
    cues: Mapping[str, str]
    by_volume: str | None = None  # the kind when the amount is in л/мл
    by_mass: str | None = None  # the kind when the amount is in г/кг or a fat % is given


# The shortest cut word read as the head noun it begins: shorter cuts are too often
# another word («мол» is молоко or молотый).
_MIN_CUT = 4


class Taxonomy:
    """The kinds table, indexed for items (lemma sets) and titles (head nouns)."""

    def __init__(
        self,
        kinds: Sequence[Kind],
        ambiguous: Mapping[str, Ambiguity],
        version: int,
        abbreviations: Mapping[str, str] | None = None,
        varieties: Mapping[str, str] | None = None,
        wrappers: frozenset[str] = frozenset(),
        qualifiers: Mapping[str, tuple[str, ...]] | None = None,
        purpose_heads: frozenset[str] = frozenset(),
        blend_kinds: frozenset[str] = frozenset(),
        blend_groups: tuple[tuple[str, ...], ...] = (),
        flavours: tuple[str, ...] = (),
        cut_words: frozenset[str] = frozenset(),
        never_lines: frozenset[str] = frozenset(),
        unsaid_absence: Mapping[str, tuple[str, ...]] | None = None,
        made_of_heads: frozenset[str] = frozenset(),
        open_heads: frozenset[str] = frozenset(),
        brand_leads: tuple[str, ...] = (),
        brands_say: Mapping[str, str] | None = None,
        brand_titles: Mapping[str, tuple[str, ...]] | None = None,
        abbreviations_after: Mapping[str, Mapping[str, str]] | None = None,
        hot: tuple[str, ...] = (),
    ):
        self.version = version
        # Stems of a hot version of a product («Килька … с чили», «Кетчуп ОСТРЫЙ»): a
        # second choice for a list that did not ask for it hot.
        self.hot = hot
        # Abbreviations read one way after a product's word: «мол.» after «Кофе» is
        # молотый, elsewhere молочный (``analyze._written_out_title``).
        self.abbreviations_after = {k: dict(v) for k, v in (abbreviations_after or {}).items()}
        # What a producer's titles leave unsaid («Фарш Премиум, Петелинка» is chicken):
        # the brand's words → the words its titles are read with as well.
        self.brands_say = dict(brands_say or {})
        # The same, as a title's space-padded words are searched for them.
        self.brands_say_padded = tuple(
            (f" {b} ", said.split()) for b, said in self.brands_say.items()
        )
        # How titles of a chain name a brand where no rule spells it so («AHM.TEA» is Ahmad
        # Tea): the brand's key → title spellings, compared as ``brand_key`` compares them.
        self.brand_titles = dict(brand_titles or {})
        # Brands of dictionary words that open titles («Папа может Сосиски …»): not the
        # product, read past (``analyze._without_lead``). Lower case, longest first.
        self.brand_leads = tuple(sorted(brand_leads, key=len, reverse=True))
        # Stems of products that also name a flavour («Смузи клубника», «Кукис Три
        # Шоколада»): after an unknown word, a flavour, not the product.
        self.flavours = flavours
        # Dictionary words the chains also write as cut words («стер» стерилизованный,
        # «сух» сухой, «нар» нарезной): a title's cut words include them.
        self.cut_words = cut_words
        # Product nouns never read as a brand's line name (``analyze._find_kind``).
        self.never_lines = never_lines
        # What a plain product is without and titles rarely say («без добавок»): the
        # lemma → the stems of a title that has it.
        self.unsaid_absence = dict(unsaid_absence or {})
        # Kinds (and generic heads) made of fruit, and per fruit the stems titles name it
        # by: a title naming two is a blend, not the one fruit a list asks for.
        self.blend_kinds = blend_kinds
        self.blend_groups = blend_groups
        self.abbreviations = dict(abbreviations or {})
        # A variety lemma («гауда», «докторский») → the kind it is a variety of.
        self.varieties = dict(varieties or {})
        self.wrappers = wrappers
        # Heads a few kinds' rules read («Продукт творожный») that otherwise name no
        # product («Мясной продукт … Колбаса»): refused by every rule, a generic head.
        self.open_heads = open_heads
        # Head nouns whose kind is said after «для» («средство для мытья посуды»): their
        # title rules also read the words after «для».
        self.purpose_heads = purpose_heads
        # Cut nouns whose kind is what they are made of, said after «из» («Стейк из
        # свинины»): their title rules read the words after «из» too.
        self.made_of_heads = made_of_heads
        # A qualifier lemma a list writes → the stems titles say it with.
        self.qualifiers = dict(qualifiers or {})
        self.by_name: dict[str, Kind] = {k.name: k for k in kinds}
        self.names = frozenset(self.by_name)
        self.kinds = tuple(self.by_name.values())
        self.ambiguous = dict(ambiguous)
        # head noun → (kind, rule), most specific first: more groups, then deeper kind.
        by_head: dict[str, list[tuple[Kind, TitleRule]]] = {}
        for kind in self.kinds:
            for rule in kind.rules:
                by_head.setdefault(rule.head, []).append((kind, rule))
        for pairs in by_head.values():
            pairs.sort(key=lambda p: (-len(p[1].groups), -p[0].depth))
        self._by_head = by_head
        self._heads = frozenset(by_head)
        self._completions: dict[str, str] = {}
        # lemma → (item lemma set, table order, kind) for every set with it: ``kind_for`` looks only
        # at the sets an item's words can complete. Table order breaks ties.
        by_item: dict[str, list[tuple[frozenset[str], int, Kind]]] = {}
        for order, kind in enumerate(self.kinds):
            for lemmas in kind.item:
                for lemma in lemmas:
                    by_item.setdefault(lemma, []).append((lemmas, order, kind))
        self._by_item_lemma = by_item
        # parent → its sub-kinds' bare head nouns («спагетти» of макароны): a title of the
        # parent that names one later («Макаронные изделия "Шебекинские" Спагетти») is it.
        named: dict[str, dict[str, Kind]] = {}
        for kind in self.kinds:
            if kind.parent is not None:
                for rule in kind.rules:
                    if not rule.groups:
                        named.setdefault(kind.parent, {})[rule.head] = kind
                for lemma in kind.named_by:
                    named.setdefault(kind.parent, {})[lemma] = kind
        self._sub_kind_heads = named

    @property
    def heads(self) -> frozenset[str]:
        """Every head noun some kind's titles use."""
        return self._heads

    def completion(self, cut: str) -> str | None:
        """The one head noun a cut word begins («кетч» кетчуп, «антиперсп»
        антиперспирант): the chains cut product words to fit a label. None when no head,
        or more than one unrelated head, begins so («масл»: масло or маслина)."""
        if len(cut) < _MIN_CUT:
            return None
        found = self._completions.get(cut)
        if found is None:
            begun = [h for h in self._heads if h.startswith(cut) and h != cut]
            # «антиперсп»: антиперспирант and its «-спрей», «-карандаш» are one word.
            shortest = min(begun, key=len, default="")
            one = bool(begun) and all(h.startswith(shortest) for h in begun)
            found = self._completions[cut] = shortest if one else ""
        return found or None

    def sub_kind_named(
        self, kind: str, lemmas: Iterable[str], besides: str | None = None
    ) -> Kind | None:
        """The one sub-kind of ``kind`` whose head noun, other than the title's own head
        ``besides``, is among a title's ``lemmas``; None when none or several are
        («Макароны спагетти и перья»)."""
        heads = self._sub_kind_heads.get(kind)
        if not heads:
            return None
        found = {heads[lm].name: heads[lm] for lm in lemmas if lm in heads and lm != besides}
        return next(iter(found.values())) if len(found) == 1 else None

    def catch_alls(self, kind: Kind) -> frozenset[str]:
        """The kinds that take any title of one of ``kind``'s head nouns («напиток» for
        газировка, whose titles say «Напиток газированный»): where a store's title leaves
        out the word that makes the kind («Напиток Fanta груша»), a brand the list names
        still tells what it is."""
        return frozenset(
            other.name
            for head in kind.heads
            for other, rule in self._by_head.get(head, ())
            if not rule.groups and other.name != kind.name
        )

    def kind_for(
        self, item_lemmas: frozenset[str], anchor: frozenset[str] | None = None
    ) -> Kind | None:
        """The kind whose item lemma set is the largest subset of the item's lemmas; else
        the kind one of them is a variety of («моцарелла» → сыр, kept as a qualifier).
        With ``anchor`` (the item's name), only sets with a word of it count: a flavour
        («чипсы» + «сметана») never turns the item into another kind."""
        anchor = item_lemmas if anchor is None else anchor
        best: Kind | None = None
        best_key = (0, 0)
        for lemma in anchor:
            for lemmas, order, kind in self._by_item_lemma.get(lemma, ()):
                # The largest set wins; between equal sizes, the kind earlier in the table.
                key = (len(lemmas), -order)
                if key > best_key and lemmas <= item_lemmas:
                    best, best_key = kind, key
        if best is None:
            names = sorted({self.varieties[x] for x in anchor if x in self.varieties})
            if len(names) == 1:
                best = self.by_name[names[0]]
        return best

    def title_kind(self, head: str, phrase: str, dim: Dimension | None) -> Kind | None:
        """The kind of a title whose head noun is ``head``; ``phrase`` is its head phrase
        as " word word … " and ``dim`` the dimension of its pack. None: no kind fits."""
        for kind, rule in self._by_head.get(head, ()):
            if kind.dim is not None and dim is not None and dim != kind.dim:
                continue
            if any(f" {s}" in phrase for s in kind.not_stems):
                continue
            if all(any(f" {s}" in phrase for s in group) for group in rule.groups):
                return kind
        return None

    def resolve_ambiguous(
        self, head: str, raw_words: Sequence[str], *, volume: bool = False, mass: bool = False
    ) -> Kind | None:
        """The one kind a bare ambiguous noun means (see the module docstring); None when
        ``head`` is not ambiguous. Pure: the same item reads the same in every store."""
        rule = self.ambiguous.get(head)
        if rule is None:
            return None
        for word in raw_words:
            for cue, name in rule.cues.items():
                if word.startswith(cue):
                    return self.by_name[name]
        if volume and rule.by_volume:
            return self.by_name[rule.by_volume]
        if mass and rule.by_mass:
            return self.by_name[rule.by_mass]
        return self.by_name[rule.default]


def _stems(value: str | Iterable[str], shared: Mapping[str, str]) -> tuple[str, ...]:
    """Stems written as words of a string or of a list's strings, «@name» standing for a
    ``[shared]`` group."""
    text = value if isinstance(value, str) else " ".join(value)
    return _listed_stems(text.split(), shared)


def _listed_stems(stems: Iterable[str], shared: Mapping[str, str]) -> tuple[str, ...]:
    """Stems as listed (a qualifier's may hold a space: «в сахар»), an «@name» element
    standing for its ``[shared]`` group."""
    out: list[str] = []
    for stem in stems:
        out.extend(shared[stem[1:]].split() if stem.startswith("@") else [stem])
    return tuple(dict.fromkeys(out))


def _rule(text: str, lemma: Callable[[str], str]) -> TitleRule:
    head, *groups = text.split()
    return TitleRule(lemma(head), tuple(tuple(g.split("|")) for g in groups))


def _kind(
    name: str,
    row: Mapping[str, Any],
    shared: Mapping[str, str],
    lemma: Callable[[str], str],
    *,
    parent: str | None,
    family: set[str],
    depth: int,
    size_is_format: bool,
) -> Kind:
    """One ``[kinds."…"]`` table as a ``Kind``; raises ValueError on a bad ``dim``."""
    items = row.get("item", [name])
    dim = row.get("dim")
    if dim not in (None, "mass", "volume", "piece"):
        raise ValueError(f"kind {name!r}: bad dim {dim!r}")
    return Kind(
        name=name,
        item=tuple(frozenset(map(lemma, i.split())) for i in items),
        rules=tuple(_rule(t, lemma) for t in row.get("title", [])),
        not_stems=_stems(row.get("not", ()), shared),
        reject=_stems(row.get("reject", ""), shared),
        fallback=_stems(row.get("fallback", ""), shared),
        implied=frozenset(_stems(row.get("implied", ""), shared)),
        categories=_stems(row.get("categories", ""), shared),
        parent=parent,
        dim=dim,
        fat_rounding=bool(row.get("fat_rounding", False)),
        purpose_is_use=bool(row.get("purpose_is_use", False)),
        defaults={
            lemma(q): _stems(unless, shared) for q, unless in row.get("defaults", {}).items()
        },
        family=frozenset(family),
        depth=depth,
        size_is_format=size_is_format,
        present=frozenset(map(lemma, row.get("present", "").split())),
        plain=frozenset(map(lemma, row.get("plain", ()))),
        named_by=frozenset(map(lemma, row.get("named_by", "").split())),
        sorts=frozenset(map(lemma, row.get("sorts", "").split())),
    )


def parse_taxonomy(raw: Mapping[str, Any], lemma: Callable[[str], str] = lambda w: w) -> Taxonomy:
    """A ``Taxonomy`` from the TOML document's data; raises ValueError on a bad table.

    ``lemma`` spells item words and title heads as the lemmatizer will read them in
    lists and titles (pymorphy reads «печенье» as «печение»: both sides must agree)."""
    shared = {k: str(v) for k, v in raw.get("shared", {}).items()}
    rows: dict[str, dict[str, Any]] = raw["kinds"]
    parents = {name: row.get("parent") for name, row in rows.items()}
    for name, parent in parents.items():
        if parent is not None and parent not in rows:
            raise ValueError(f"kind {name!r}: unknown parent {parent!r}")

    def depth(name: str) -> int:
        seen, d = set(), 0
        while (name := parents[name]) is not None:  # type: ignore[assignment]
            if name in seen:
                raise ValueError(f"kind {name!r}: parent cycle")
            seen.add(name)
            d += 1
        return d

    family: dict[str, set[str]] = {name: {name} for name in rows}
    for name in rows:
        up = parents[name]
        while up is not None:
            family[up].add(name)
            up = parents[up]
    formats: set[str] = set()
    for name in raw.get("formats", {}).get("kinds", ()):
        if name not in rows:
            raise ValueError(f"formats names unknown kind {name!r}")
        formats |= family[name]
    kinds = [
        _kind(
            name,
            row,
            shared,
            lemma,
            parent=parents[name],
            family=family[name],
            depth=depth(name),
            size_is_format=name in formats,
        )
        for name, row in rows.items()
    ]
    ambiguous = {
        head: Ambiguity(
            default=rule["default"],
            cues=dict(rule.get("cues", {})),
            by_volume=rule.get("by_volume"),
            by_mass=rule.get("by_mass"),
        )
        for head, rule in raw.get("ambiguous", {}).items()
    }
    names = {k.name for k in kinds}
    for amb in ambiguous.values():
        for target in [amb.default, *amb.cues.values(), amb.by_volume, amb.by_mass]:
            if target is not None and target not in names:
                raise ValueError(f"ambiguous rule names unknown kind {target!r}")
    abbreviations = {str(k): str(v) for k, v in raw.get("abbreviations", {}).items()}
    varieties = {lemma(v): name for name, row in rows.items() for v in row.get("varieties", ())}
    wrappers = frozenset(lemma(w) for w in raw.get("wrappers", {}).get("nouns", ()))
    open_heads = frozenset(lemma(w) for w in raw.get("wrappers", {}).get("open", ()))
    listed = raw.get("qualifiers", {})
    # A string names another qualifier whose words it shares («"мужчина" = "мужской"»);
    # «@name» in a list stands for a ``[shared]`` group.
    qualifiers = {
        lemma(k): _listed_stems(listed[v] if isinstance(v, str) else v, shared)
        for k, v in listed.items()
    }
    purpose = frozenset(lemma(w) for w in raw.get("purpose", {}).get("nouns", ()))
    blends = raw.get("blends", {})
    for name in blends.get("kinds", ()):
        if name not in names:
            raise ValueError(f"blends names unknown kind {name!r}")
    blend_kinds = frozenset(blends.get("kinds", ())) | frozenset(
        lemma(h) for h in blends.get("heads", ())
    )
    return Taxonomy(
        kinds,
        ambiguous,
        int(raw["version"]),
        abbreviations,
        varieties,
        wrappers,
        qualifiers,
        purpose,
        blend_kinds,
        tuple(tuple(g.split()) for g in blends.get("fruits", ())),
        _stems(raw.get("flavours", {}).get("stems", ""), shared),
        frozenset(raw.get("cuts", {}).get("words", "").split()),
        frozenset(lemma(w) for w in raw.get("lines", {}).get("never", ())),
        {lemma(k): _stems(v, shared) for k, v in raw.get("unsaid_absence", {}).items()},
        frozenset(lemma(w) for w in raw.get("made_of", {}).get("nouns", ())),
        open_heads=open_heads,
        brand_leads=tuple(str(b).lower() for b in raw.get("brand_leads", {}).get("names", ())),
        brands_say={
            " ".join(str(b).lower().split()): str(said)
            for b, said in raw.get("brands_say", {}).items()
        },
        brand_titles={
            brand_key(str(b)): tuple(brand_key(str(t)) for t in spelled)
            for b, spelled in raw.get("brand_titles", {}).items()
        },
        abbreviations_after={
            str(word): {str(k): str(v) for k, v in table.items()}
            for word, table in raw.get("abbreviations_after", {}).items()
        },
        hot=_stems(raw.get("flavours", {}).get("hot", ""), shared),
    )


@functools.cache
def taxonomy() -> Taxonomy:
    """The bundled taxonomy (``korzina/data/taxonomy.toml``), read once per process."""
    from korzina.core.text import Lemmatizer

    text = resources.files("korzina.data").joinpath("taxonomy.toml").read_text("utf-8")
    lemmatizer = Lemmatizer()
    return parse_taxonomy(tomllib.loads(text), lambda w: lemmatizer.lemma(w) if w.isalpha() else w)


# A word no kind knows is a variety of the one kind that nearly every title saying it
# has («басмати»: «Рис Басмати», «Рис Мистраль, Басмати»), if two titles at least do.
_WORD_KIND_SHARE = 0.8
_WORD_KIND_TITLES = 2


def kind_by_titles(lemma: str, counts: Sequence[tuple[str, int]], tax: Taxonomy) -> str | None:
    """The known kind ``lemma`` is a variety of, by the kinds of the stored titles that
    say it (``counts``: kind → titles); None when a title is the word itself («Хумус …»)
    or the titles disagree («барбекю»: соус, чипсы, крылышки)."""
    total = sum(n for _, n in counts)
    if not counts or any(kind.rstrip("*") == lemma for kind, _ in counts):
        return None
    kind, n = max(counts, key=lambda c: c[1])
    if kind not in tax.by_name or n < _WORD_KIND_TITLES or n < _WORD_KIND_SHARE * total:
        return None
    return kind
