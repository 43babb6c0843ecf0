"""What a list item may match: product kinds and their look-alikes, as data.

A ``Kind`` says which product head nouns are the thing the shopper asked for and
which words turn such a product into a look-alike. Adding a product or a new
look-alike is one line in ``KINDS``; the scorer never grows an if-chain.

Terms used below (all lower case, ё written as е):

* **item lemmas**: lemmas of the list item's name («сливочное масло» → сливочный, масло);
  a kind is chosen by the largest ``item`` lemma set contained in them.
* **heads**: lemma of the product title's first noun («Молоко пастеризованное …» → молоко)
  mapped to stems that must also appear in the title («крупа» counts for «гречка»
  only with «гречн…»).
* **reject**: stems that make a product a look-alike (сгущенное молоко, перепелиные
  яйца), unless the item itself contains that stem («яйца перепелиные»).
* **fallback**: stems that make a product second choice: it is used only when the
  store has no product of the kind without them, unless the item asks for it.
* **implied**: lemmas the kind implies, so an item «куриное яйцо» does not require
  the title to say «куриное».

Long-life milk: «молоко» prefers fresh (pasteurized) milk. Ultra-pasteurized and
sterilized milk is a *fallback*: a store that has only long-life milk still shows
milk, marked as such in the line, and a store that has fresh milk never picks a
long-life one for a plain «молоко». Asking «молоко ультрапастеризованное» turns
that around: then only long-life milk matches, since the qualifier is required.

Ambiguous head nouns (``AMBIGUOUS``): a bare «масло» is butter in one store's catalogue
and sunflower oil in another's, so a basket would compare different things. Such an item
is resolved to ONE kind before any store is searched (``resolve_ambiguous``): a cue in
the item decides («пачка», grams, a fat % → сливочное масло; litres, «бутылка» →
подсолнечное масло), and without a cue «масло» means сливочное масло, the usual meaning
on a shopping list. A qualifier the table does not know («масло оливковое») leaves the
item generic: the qualifier itself then narrows the products.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Kind:
    name: str
    item: tuple[frozenset[str], ...]
    heads: Mapping[str, tuple[str, ...]]
    reject: tuple[str, ...] = ()
    fallback: tuple[str, ...] = ()
    implied: frozenset[str] = field(default_factory=frozenset)
    # Stems expected somewhere in the category path; a small bonus, never required.
    categories: tuple[str, ...] = ()


def _k(
    name: str,
    item: str | tuple[str, ...],
    heads: dict[str, tuple[str, ...]] | tuple[str, ...],
    *,
    reject: str = "",
    fallback: str = "",
    implied: str = "",
    categories: str = "",
) -> Kind:
    """Compact table rows: space-separated stems, «|»-separated item lemma sets."""
    items = (item,) if isinstance(item, str) else item
    head_map = heads if isinstance(heads, dict) else dict.fromkeys(heads, ())
    return Kind(
        name=name,
        item=tuple(frozenset(i.split()) for i in items),
        heads=head_map,
        reject=tuple(reject.split()),
        fallback=tuple(fallback.split()),
        implied=frozenset(implied.split()),
        categories=tuple(categories.split()),
    )


# Look-alikes shared by dairy kinds: substitutes are not the real thing.
_SUBSTITUTE = "заменит молокосодерж растительно-сливоч продукт"

KINDS: tuple[Kind, ...] = (
    _k(
        "молоко",
        "молоко",
        ("молоко",),
        reject="сгущ концентрир кокос овсян миндал соев рисов сух коктейл напит шоколад "
        "коз " + _SUBSTITUTE,
        fallback="ультрапаст у/паст стерилиз безлакт детск топлен длительн",
        implied="коровий питьевой",
        categories="молок молоч",
    ),
    _k(
        "сгущенное молоко",
        ("сгущенный молоко", "сгущенка", "сгущеный молоко"),
        {"молоко": ("сгущ",), "сгущенка": ()},
        reject="вареное варен " + _SUBSTITUTE,
        implied="сгущенный",
    ),
    _k("кефир", "кефир", ("кефир", "биокефир"), reject=_SUBSTITUTE, categories="кефир молоч"),
    _k("сметана", "сметана", ("сметана",), reject=_SUBSTITUTE, categories="сметан молоч"),
    _k("творог", "творог", ("творог",), reject=_SUBSTITUTE + " масс", categories="творог молоч"),
    _k("ряженка", "ряженка", ("ряженка",), reject=_SUBSTITUTE),
    _k("йогурт", "йогурт", ("йогурт",), reject=_SUBSTITUTE),
    _k(
        "сливочное масло",
        ("сливочный масло",),
        {"масло": ("сливоч",)},
        reject="спред шоколад раститель маргарин " + _SUBSTITUTE,
        fallback="топлен",
        categories="масл молоч",
    ),
    _k(
        "подсолнечное масло",
        ("подсолнечный масло", "растительный масло", "постный масло"),
        {"масло": ("подсолн", "раститель")},
        reject="сливоч спред",
        implied="растительный подсолнечный",
    ),
    _k(
        "сыр",
        "сыр",
        ("сыр",),
        reject="плавлен творожн сырн колбасн " + _SUBSTITUTE,
        categories="сыр",
    ),
    _k("плавленый сыр", "плавленый сыр", {"сыр": ("плавл",)}, reject=_SUBSTITUTE),
    _k(
        "хлеб",
        "хлеб",
        ("хлеб", "батон", "буханка"),
        reject="хлебц сухар булоч гренк лаваш палоч тост-",
        categories="хлеб выпеч",
    ),
    _k(
        "ржаной хлеб",
        ("ржаной хлеб", "черный хлеб", "бородинский хлеб", "бородинский"),
        {"хлеб": ("ржан", "бород")},
        reject="хлебц сухар булоч гренк",
        implied="ржаной черный бородинский",
    ),
    _k("батон", "батон", ("батон",), reject="шоколад мюсли"),
    _k("булка", ("булка", "булочка"), ("булка", "булочка", "плюшка")),
    _k("сухари", ("сухарь", "сухари", "сухарик"), ("сухарь", "сухари", "сухарик")),
    _k("хлебцы", ("хлебец", "хлебцы"), ("хлебец", "хлебцы")),
    _k(
        "яйцо",
        ("яйцо", "куриный яйцо"),
        ("яйцо",),
        reject="перепел шоколад kinder киндер сюрприз страус утин гусин пасхал краск красител",
        implied="куриный столовый",
        categories="яйц",
    ),
    _k(
        "перепелиное яйцо",
        "перепелиный яйцо",
        {"яйцо": ("перепел",)},
        reject="шоколад kinder киндер",
    ),
    _k(
        "картофель",
        ("картофель", "картошка"),
        ("картофель", "картошка"),
        reject="фри чипс пюре драник деревенск запеч",
        categories="овощ",
    ),
    _k("банан", "банан", ("банан",), reject="сушен чипс пюре вялен десерт йогурт"),
    _k("чипсы", ("чипсы", "чипс"), ("чипсы", "чипс")),
    _k(
        "гречка",
        ("гречка", "гречневый крупа"),
        {"гречка": (), "крупа": ("гречн",)},
        reject="хлопь лапш",
        implied="гречневый",
    ),
    _k("мороженое", ("мороженое", "пломбир"), ("мороженое", "пломбир", "эскимо")),
    _k("сырок", "сырок", ("сырок",), reject=_SUBSTITUTE),
    _k("спред", "спред", ("спред",)),
)


@dataclass(frozen=True)
class Ambiguity:
    """How to read a bare ambiguous noun: cue stems in the item's words → kind name."""

    default: str
    cues: Mapping[str, str]
    by_volume: str | None = None  # the kind when the amount is in л/мл
    by_mass: str | None = None  # the kind when the amount is in г/кг or a fat % is given


AMBIGUOUS: Mapping[str, Ambiguity] = {
    "масло": Ambiguity(
        default="сливочное масло",
        cues={
            "пачк": "сливочное масло",
            "брикет": "сливочное масло",
            "бутыл": "подсолнечное масло",
            "бутылк": "подсолнечное масло",
            "литр": "подсолнечное масло",
        },
        by_volume="подсолнечное масло",
        by_mass="сливочное масло",
    ),
}

_BY_NAME = {k.name: k for k in KINDS}


def resolve_ambiguous(
    head: str, raw_words: Sequence[str], *, volume: bool = False, mass: bool = False
) -> Kind | None:
    """The one kind a bare ambiguous noun means (see the module docstring); None when
    ``head`` is not ambiguous. Pure: the same item reads the same in every store."""
    rule = AMBIGUOUS.get(head)
    if rule is None:
        return None
    for word in raw_words:
        for cue, name in rule.cues.items():
            if word.startswith(cue):
                return _BY_NAME[name]
    if volume and rule.by_volume:
        return _BY_NAME[rule.by_volume]
    if mass and rule.by_mass:
        return _BY_NAME[rule.by_mass]
    return _BY_NAME[rule.default]


def kind_for(item_lemmas: frozenset[str]) -> Kind | None:
    """The kind whose item lemma set is the largest subset of the item's lemmas."""
    best: Kind | None = None
    best_size = 0
    for kind in KINDS:
        for lemmas in kind.item:
            if lemmas <= item_lemmas and len(lemmas) > best_size:
                best, best_size = kind, len(lemmas)
    return best
