"""Scoring one product against one list item: a pure function over precomputed features.

The score is a confidence in [0, 1]. A product is a candidate only at or above
``THRESHOLD``; below it the item is missing in that store, because an honest
«нет в магазине» beats a confident wrong match.

How the score is made (``score``):

* the product's kind (read from its title once, at ingest: ``analyze``) must be the
  item's kind or one of its sub-kinds, else no match; a generic item (no kind in the
  taxonomy) whose word appears in the title but not as its kind is a *fallback* match;
* a look-alike stem (kind ``reject``) not asked for by the item: no match;
* every qualifier of the item («гауда», «ядрица», «краб», «в зёрнах») must appear in
  the title or its category path: else no match; a preference only ranks;
* fat %, egg class and brand asked for must agree: a different value is no match, an
  unknown value costs enough to drop below the threshold;
* pack size asked for («вода 5 л»): a different pack costs a little (still a match),
  the pick prefers the exact pack;
* the category path agreeing with the kind adds a little;
* a ``fallback`` stem (long-life milk) costs a little and marks the match as fallback.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from rapidfuzz.distance import Levenshtein

from korzina.core.ages import is_age
from korzina.core.matching.brands import brand_key, brand_variants
from korzina.core.matching.kinds import Kind, Taxonomy, taxonomy
from korzina.core.matching.marks import (
    AGED_TOKEN,
    FAT_RANGE_TOKEN,
    IN_ONE_TOKEN,
    LINE_TOKEN,
    SIZE_TOKEN,
    abbreviates,
)
from korzina.core.matching.text import Lemmatizer, WordInfo, normalize, stem, words
from korzina.core.models import ListItem, PackSize
from korzina.core.text import BLEND_FIRSTS, PROCESS_FIRSTS, is_proper_name
from korzina.parser.tokens import spell_plies
from korzina.parser.vocabulary import builtin_brand_spellings

THRESHOLD = 0.5
# A product for an animal, and an item's word for one.
_FOR_PETS_RE = re.compile(r" для (?:собак|кошек|кош|котов|котят|щенков|животных|птиц|грызунов) ")
_PET_KINDS = ("корм", "наполнитель")
_PET_WORDS_RE = re.compile(r" (?:собак|пес|пс[аеу]|кош|кот|щен|животн|птиц|попуга|грызун|хомяк)")

_HEAD = 0.7
_ATTR_OK = 0.1
_ATTR_UNKNOWN = -0.3
_CATEGORY = 0.05
_PACK_OK = 0.05
# How far a pack may be from the one asked and still be it: 1/PACK_PART of it.
PACK_PART = 20
_FALLBACK = -0.1
_PREFERENCE = 0.02
# A qualifier the title does not say but its kind is by default: below a title saying it.
_DEFAULT = -0.05

# Egg classes that are one class: «СО» (letter О) is how many titles write «С0».
_EGG_SAME = {"СО": "С0"}


def egg_class_key(egg_class: str | None) -> str | None:
    """An egg class as compared: «СО» is «С0»."""
    return _EGG_SAME.get(egg_class or "", egg_class)


def egg_class_spellings(egg_class: str) -> tuple[str, ...]:
    """Every stored spelling of the class ``egg_class`` (for a filter in SQL)."""
    key = _EGG_SAME.get(egg_class, egg_class)
    return tuple(sorted({key, *(k for k, v in _EGG_SAME.items() if v == key)}))


# Function words that never count as qualifiers.
_SIZE_ATTR_RE = re.compile(r"размер (\d+)")
_LINE_ATTR_RE = re.compile(r"номер (\d+)")
_AGED_ATTR_RE = re.compile(r"(\d+) (?:год|года|лет)")
_IN_ONE_ATTR_RE = re.compile(r"([2-5])в1")
# «до», «старше»: of an age («сок до 3 лет»), which titles write «с 4 мес.».
_STOP = frozenset(
    {"и", "с", "со", "в", "для", "без", "из", "на", "по", "от", "против", "под", "при", "к", "о",
     "до", "старше"}
)  # fmt: skip
# What makes a yoghurt, cereal or cracker sweet: a title saying one is no «не сладкий».
_SWEET_FLAVOURS = (
    "наполнит", "фрукт", "ягод", "мед", "мёд", "кориц", "шокол", "какао", "карамел", "ванил",
    "сгущ", "джем", "варень", "сироп", "глазир", "клубни", "землян", "черник", "малин",
    "вишн", "черешн", "персик", "абрикос", "банан", "манго", "ананас", "яблок", "груш",
    "смородин", "голубик", "брусник", "клюкв", "кокос", "маракуй", "киви", "дын", "тыкв",
    "изюм", "финик", "инжир", "чернослив", "кураг", "орех", "фундук", "пломбир", "десерт",
)  # fmt: skip
# «с шоколадной начинкой»: the filling's adjective says it; titles say «крем», «кр.».
_FILLING = frozenset({"начинка"})
# The last word of a two-word qualifier → its first: the first stands for both.
_PHRASE_TAILS = {"сок": "собственный", "приготовление": "быстрый"}
# Words a list writes for the plain sort («соус соевый классический», «обычный хлеб»),
# a size («порошок большой») or what most titles of a kind leave unsaid («фольга
# пищевая», «масло ароматное»): every title of the kind is that sort unless it says
# another, so they rank, never exclude. (Not «гост»: readers hold a title to it.)
_PLAIN = frozenset(
    {
        "классический",
        "обычный",
        "простой",
        "стандартный",
        "традиционный",
        "большой",
        "маленький",
        "небольшой",
        "пищевой",
        "ароматный",
        "запашистый",
        "пахучий",
    }
)


# Of those, the words for the plain sort: a title «с …» a filling or flavour is another
# sort of it («Хумус с кедровыми орешками» for «хумус классический»), a second choice.
_PLAIN_SORT = frozenset({"классический", "обычный", "простой", "стандартный"})
_FLAVOURED_RE = re.compile(r" (?:с|со) (?!массов|добавлен)[а-я]")

# A size the list wishes: titles do not say it, their packs do.
_SMALL = frozenset({"маленький", "небольшой"})
_BIG = frozenset({"большой", "больший"})


def pack_base(pack: PackSize | None) -> tuple[Decimal, str] | None:
    """A pack's total in kg, l or pieces, with kg and l treated as one dimension."""
    if pack is None:
        return None
    total, unit = pack.total_base()
    return total, "шт" if unit.value == "шт" else "m"


@dataclass(frozen=True, slots=True)
class OfferFeatures:
    """What the scorer needs of one offer, computed once when it is indexed."""

    kind: str
    lemmas: frozenset[str]
    head_lemmas: frozenset[str]  # of the title's head phrase
    text: str  # " word word … " for prefix tests: f" {stem}" in text
    category: str
    compact: str  # the title without spaces or punctuation, for brand tests
    brand: str
    fat_pct: Decimal | None
    egg_class: str | None
    pack: tuple[Decimal, str] | None
    pack_size: PackSize | None  # the offer's own pack, or the one its title states
    # ``pack_size`` in its pricing dimension («m»: kg or l, «шт») as the pick divides a
    # price by it; None without a usable pack (see ``matching.index.unit_total``).
    unit: tuple[str, Decimal] | None = None
    # The title's piece count where ``pack_size`` is a weight (``index.title_pieces``).
    pieces: PackSize | None = None


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """What a list item asks for, resolved once per request."""

    kind: Kind
    known_kind: bool
    head: str
    kinds: frozenset[str]  # product kinds that are the item: its kind and sub-kinds
    # (lemma, stems): the title must have the lemma or a word starting with one of the
    # stems (its own, and the taxonomy's other words for it: «консервированный» → «в масле»)
    qualifiers: tuple[tuple[str, tuple[str, ...]], ...]
    preferences: tuple[str, ...]  # stems that rank, never exclude
    asked: str  # " word word … " of the item's own words and attributes
    fat_pct: Decimal | None
    egg_class: str | None
    brand: str
    pack: tuple[Decimal, str] | None
    brands: tuple[str, ...] = ()  # ``brand`` and its transliterations
    # «творог 300-400 г»: the smallest pack that will do, in ``pack``'s base unit.
    pack_low: Decimal | None = None
    # The kind's look-alike and fallback stems minus those the item asks for, as one
    # regex each: one C-level search per offer instead of a loop over stems.
    reject_re: re.Pattern[str] | None = None
    fallback_re: re.Pattern[str] | None = None
    # Stems the item asks to be without («вода без газа»): a title may say «без газа» or
    # «негазированная», or not mention it; one that has it plainly is not the item.
    absent: tuple[str, ...] = ()
    # The list named only a brand («доместос», «твикс»): the brand's usual kind first,
    # else any product of the brand (a fallback).
    brand_only: bool = False
    # A title of the kind's parent that names the kind elsewhere than in its head phrase
    # («Макаронные изделия Barilla, СПАГЕТТИ», «Швеппс "Индиан Тоник" напиток»): the
    # parent, and per rule of the kind (head stem, groups of stems) to find in the title.
    parent: str | None = None
    # Every kind the taxonomy knows: a generic item's word inside the head phrase of one
    # of them («Торт … Лайм», «Йогурт … манго») is a flavour, not the item.
    known_kinds: frozenset[str] = frozenset()
    mentions: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()  # (head stem, groups)
    # A juice of the fruits the list names: the other fruits' stems
    # (``Taxonomy.blend_groups``); a title naming one of them is a blend, not the item.
    blend_groups: tuple[tuple[str, ...], ...] = ()
    # Qualifiers from the item's purpose where the kind says any of its products serves
    # it (``Kind.purpose_is_use``: «фарш для котлет»): a product that does not say it is
    # a fallback, not a miss.
    soft: frozenset[str] = frozenset()
    # Lemmas the list wrote after «для» («приправа для курицы»): what it is for.
    purposes: frozenset[str] = frozenset()
    # Look-alike titles of the item's own head noun («Салат Цезарь …» for «салат
    # цезарь»): where they say every word of the item, the list named them, a second choice.
    named_lookalikes: frozenset[str] = frozenset()
    # «маленькую баночку» (-1), «большая пачка» (1): the smaller or bigger packs first.
    size_wish: int = 0
    # «хумус классический», «йогурт обычный»: the plain sort is wished.
    plain_wish: bool = False
    # A hot version the list did not ask for («Килька … с чили»): a second choice.
    hot_re: re.Pattern[str] | None = None
    # The fillings the list named («вареники с картошкой»), followed or preceded by
    # another («с картофелем и грибами»): a title it finds is a mix, a second choice.
    mixed_filling_re: re.Pattern[str] | None = None
    # The item names an animal: a product «для собак» may be it.
    for_pets: bool = False

    @property
    def read_kinds(self) -> frozenset[str]:
        """The kinds whose products can be the item: what storage and the index read."""
        return self.kinds | self.named_lookalikes


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    fallback: bool = False


def qualifier_stems(lemma: str, tax: Taxonomy) -> tuple[str, ...]:
    """The stems a title may say a list's qualifier with: its crude stem and the
    taxonomy's other words for it (an entry listing the lemma itself replaces the crude
    stem: «мультифрукт» is no «мультиовощной»), and a fruit's own stem for its
    adjective («яблочный» is said «яблоко»)."""
    # «замороженые», «свежемороженная»: the double «н» a list gets wrong either way.
    listed = tax.qualifiers.get(lemma) or tax.qualifiers.get(_other_n_spelling(lemma), ())
    own = any(s.strip() == lemma for s in listed)
    stems = list(listed) if own else [stem(lemma), *listed]
    stems += [s for group in tax.blend_groups for s in group if lemma.startswith(s)]
    if not listed and (m := _DIMINUTIVE_ADJ_RE.fullmatch(lemma)):
        # «солененький», «сладенький»: titles say the plain adjective («соленый»).
        stems += [*qualifier_stems(m.group(1) + "ый", tax), m.group(1)]
    return tuple(dict.fromkeys(stems))


# An adjective's diminutive: the plain one's stem and «-еньк-», «-оньк-».
_DIMINUTIVE_ADJ_RE = re.compile(r"([а-я]{4,}?)(?:еньк|оньк)ий")


def _after_without(attr_words: list[str]) -> list[str]:
    """The words an attribute asks to be without: those after «без»."""
    if "без" not in attr_words:
        return []
    return [w for w in attr_words[attr_words.index("без") + 1 :] if w not in _STOP]


def fat_agrees(asked: Decimal, have: Decimal, *, rounding: bool = False) -> bool:
    """The fat % asked and the title's agree; with ``rounding`` (a kind sold at half
    points, butter) a whole % asked is the shelf's half-point too: «82%» is 82,5%."""
    if asked == have:
        return True
    whole = asked == asked.to_integral_value()
    return rounding and whole and asked < have <= asked + Decimal("0.5")


def has_brand(spec: ItemSpec, f: OfferFeatures) -> bool:
    """The product is of the brand asked, by its brand field or in its title, in either
    alphabet."""
    return (
        f.brand == spec.brand
        or any(b in f.compact for b in spec.brands)
        # «NEST.FITN.», «ДАНИС.»: the brand cut short, four letters at least.
        or any(abbreviates(b, f.text, shortest=4) for b in spec.brands)
    )


def _names_the_title(spec: ItemSpec, f: OfferFeatures) -> bool:
    """A generic item's word right at the title's start, beside its head («Соус песто»):
    the variety the title is, not a flavour deep in it («Торт Leberge Лайм»)."""
    return any(w.startswith(stem(spec.head)) for w in f.text.split()[:2])


def _says_every_word(spec: ItemSpec, f: OfferFeatures) -> bool:
    """The title says every word of the item, its kind's words too («масло подсолнечное
    нерафинированное» is no «Масло горчичное, нерафинированное»)."""
    # A word the kind is by default need not be said («готовый» of a dish salad).
    return all(
        f" {stem(w)}" in f.text
        for w in spec.asked.split()
        if w not in _STOP and w not in spec.kind.defaults
    )


# What seasons a filling rather than being a second one (``_mixed_filling_re``).
_SEASONING = r"(?:жарен\S* |обжарен\S* |репчат\S* )?(?:лук|лучк|зелен|укроп|петрушк|специ)"


def _mixed_filling_re(
    quals: Sequence[tuple[str, tuple[str, ...]]], fillings: frozenset[str]
) -> re.Pattern[str] | None:
    """A title that fills with what the list named and more («Вареники с картофелем и
    грибами» for «вареники с картошкой»): the stems of the named fillings, then «и»
    within two words, or after it. Onion or greens after «и» season the filling
    («с картофелем и жареным лучком»): no second filling."""
    stems = [re.escape(s) for lemma, said in quals if lemma in fillings for s in said]
    if not stems:
        return None
    named = "|".join(stems)
    return re.compile(rf" (?:{named})\S*(?: \S+)?(?: \S+)? и (?!{_SEASONING})\S| и (?:{named})")


def _mentions_kind(spec: ItemSpec, f: OfferFeatures) -> bool:
    return any(
        f" {head}" in f.text and all(any(f" {s}" in f.text for s in g) for g in groups)
        for head, groups in spec.mentions
    )


# A gift set or an assortment box is not what a bare brand asks for («сникерс»).
_GIFT_SET_RE = re.compile(r" (?:набор|подар|ассорти)")
# A brand's ice cream or purée is another shelf's product («Мороженое Snickers», «Пюре
# картофельное Роллтон»): four readers of five refused it for the bare brand.
_OTHER_SHELF = frozenset({"мороженое", "пюре"})


def _brand_product(spec: ItemSpec, f: OfferFeatures) -> bool:
    """A title of another kind that is still the brand a bare brand item asks for: the
    brand starts a word of the title (not «орео» inside «море охлаждённые»)."""
    if _GIFT_SET_RE.search(f.text) or f.kind in _OTHER_SHELF:
        return False
    ws = f.text.split()
    return any("".join(ws[i : i + 3]).startswith(b) for i in range(len(ws)) for b in spec.brands)


def pack_within(want: tuple[Decimal, str], have: tuple[Decimal, str], part: int) -> bool:
    """Two packs (as ``pack_base``) of one dimension differ by at most 1/``part`` of
    the one asked."""
    return have[1] == want[1] and abs(have[0] - want[0]) <= want[0] / part


def pack_fits(spec: ItemSpec, have: tuple[Decimal, str]) -> bool:
    """The pack asked (``spec.pack``, or the range from ``spec.pack_low`` to it) holds
    ``have`` within 1/``PACK_PART`` of its ends."""
    assert spec.pack is not None
    if spec.pack_low is None:
        return pack_within(spec.pack, have, PACK_PART)
    low, high = spec.pack_low, spec.pack[0]
    return have[1] == spec.pack[1] and low - low / PACK_PART <= have[0] <= high + high / PACK_PART


def _capacity(pack: tuple[Decimal, str]) -> bool:
    """A volume of ten litres or more asked is what each piece holds (bin bags), not
    what a pack contains."""
    return pack[1] == "m" and pack[0] >= 10


# The fat % at or below which a title that does not say the word is what it says:
# (other kinds, cheese).
_LOW_FAT = {
    "обезжиренный": (Decimal("0.5"), Decimal("0.5")),
    "нежирный": (Decimal("1"), Decimal("30")),
}
_CHEESE_KINDS = frozenset({"сыр", "сырная нарезка", "плавленый сыр"})
# The fat % from which a dairy product is «жирный» though its title does not say the
# word («сметана жирная»: 20 % and more; «творог жирный»: 9 %; milk and kefir: 3.2 %).
_FULL_FAT = {
    "сметана": Decimal("20"),
    "сливки": Decimal("20"),
    "творог": Decimal("9"),
    "молоко": Decimal("3.2"),
    "кефир": Decimal("3.2"),
    "ряженка": Decimal("4"),
}


def has_qualifier(qualifier: tuple[str, tuple[str, ...]], f: OfferFeatures) -> bool:
    """The title (or its category path) says what the item must be."""
    lemma, stems = qualifier
    if lemma.startswith("без "):
        return any(f" {s}" in f.text for s in stems)
    said = _says_qualifier(lemma, stems, f)
    if not said and lemma in _LOW_FAT and f.fat_pct is not None:
        # «Творог Савушкин Нежный 0%» is обезжиренный; «Сыр … 30%» a light cheese.
        other, cheese = _LOW_FAT[lemma]
        return f.fat_pct <= (cheese if f.kind in _CHEESE_KINDS else other)
    if not said and lemma == "жирный" and f.fat_pct is not None and f.kind in _FULL_FAT:
        return f.fat_pct >= _FULL_FAT[f.kind]
    return said


def _says_qualifier(lemma: str, stems: tuple[str, ...], f: OfferFeatures) -> bool:
    return (
        lemma in f.lemmas
        or any(_says(s, f.text) or f" {s}" in f.category for s in stems)
        # «сух.корм» is сухой, «мол.» молотый; a blend's first part is no cut of it
        or (abbreviates(lemma, f.text) and not lemma.startswith(BLEND_FIRSTS))
    ) and not (_only_without(lemma, stems, f.text) or _only_in_process(lemma, stems, f))


# A process compound («варено-копченый», «свеже-мороженый»): one process, neither part.
# «варёно-копчёный», and Магнит's «варено копченый» with a space.
_PROCESS_RE = re.compile(rf" ({'|'.join(PROCESS_FIRSTS)})([- ])([^\W\d_]+)(?= )")


def _only_in_process(lemma: str, stems: tuple[str, ...], f: OfferFeatures) -> bool:
    """The title says the lemma asked only as the first part of a process compound: «колбаса
    вареная» is no «Сервелат варёно-копчёный», «рыба свежая» no «свеже-мороженая»."""
    found = _PROCESS_RE.findall(f.text)
    if not found:
        return False
    rest = f.text
    for first, gap, second in found:
        if not lemma.startswith(first[:-1]):
            return False  # another word's compound: not what said the lemma
        if lemma.replace("-", "").startswith(first + second[:3]):
            return False  # the compound itself was asked («варено-мороженые»)
        rest = _without_compound(rest, first, second, sep=gap)
    return not any(_says(s, rest) for s in stems)


def _without_compound(text: str, first: str, second: str, *also: str, sep: str = "-") -> str:
    """``text`` (a title's space-padded words) without the compound «first-second» (its
    parts apart by ``sep``) and the words the analysis derived from it: its parts and the
    two joined (and ``also``)."""
    for derived in (f"{first}{sep}{second}", first, second, first + second, *also):
        text = text.replace(f" {derived} ", " ", 1)
    return text


# A compound adjective whose parts are a blend (``text.BLEND_FIRSTS``): neither alone.
_BLEND_RE = re.compile(
    rf" ({'|'.join(BLEND_FIRSTS)})-([^\W\d_]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие))(?= )"
)


def _only_in_blend(stems: tuple[str, ...], asked: str, text: str) -> bool:
    """The title says a stem only as one part of a compound adjective whose other part
    the list did not ask (``asked``: the item's words): «хлеб ржаной» is no
    «Хлеб Ржано-пшеничный», «зефир белый» no «Зефир Бело-розовый», «фарш говяжий» no
    «свино-говяжий»; «зефир бело-розовый» is."""
    if "-" not in text:
        return False
    blends = _BLEND_RE.findall(text)
    if not blends:
        return False
    rest = text
    for first, second in blends:
        if any(s.startswith((f"{first}-", first + second[:1])) for s in stems) or all(
            any(w.startswith(part[:-1][:4]) for w in asked.split()) for part in (first, second)
        ):
            return False  # the list asked the blend itself
        # the first part as a cut word too
        rest = _without_compound(rest, first, second, f"{first}.")
    return not any(_says(s, rest) for s in stems)


# A baby product's age as the «детский» stems say it («с 6 месяцев», «6 мес»).
_AGE_STEMS = ("месяц", "мес ")


def _only_with(stems: tuple[str, ...], text: str) -> bool:
    """The title says a purpose the list wrote only as what it is made with: «Смесь для
    плова с курицей» is no «приправа для курицы»."""
    # Not a child's age («с 4 месяцев»: titles drop the number).
    found = [at for s in stems if not s.startswith(_AGE_STEMS) for at in _word_starts(s, text)]
    return bool(found) and all(text.endswith((" с", " со"), 0, at) for at in found)


def _word_starts(stem: str, text: str) -> Iterator[int]:
    """Where words of a " … " text begin with ``stem``."""
    at = text.find(f" {stem}")
    while at >= 0:
        yield at
        at = text.find(f" {stem}", at + 1)


def _says(stem: str, text: str) -> bool:
    """A title's words say ``stem``, not only behind «без» («с газом» is no «без газа»)."""
    return any(not text.endswith(" без", 0, at) for at in _word_starts(stem, text))


def _only_without(lemma: str, stems: tuple[str, ...], text: str) -> bool:
    """The title says the qualifier only as what it is without («Вода …, без газа»,
    «… без кости» for «на кости»: the lemma's first four letters catch its other forms)."""
    stems = (*stems, lemma[:4]) if len(lemma) > 4 else stems
    return f" без {lemma}" in text or (
        any(f" без {s}" in text for s in stems) and not any(_says(s, text) for s in stems)
    )


def _is_blend(groups: tuple[tuple[str, ...], ...], text: str) -> bool:
    """Whether a title names a fruit the item did not ask for (``ItemSpec.blend_groups``)."""
    return any(f" {s}" in text for group in groups for s in group)


# Tea that is not loose: bags («25пак», «20пх1,5г» read as « пх »), pyramids, sachets,
# sticks, granules. («100х2 г» is counted in the pack.)
_BAGGED_TEA_RE = re.compile(r"(?<!у)пак|пирамид|саше|стик|капсул|гранул| пх ")
# Pet food a title calls neither dry nor wet is told by its pack: a bag of 300 g or more
# is dry food («Корм для кошек Purina One, индейка, 1,5 кг»), a pouch or tin of 200 g
# or less is wet.
_WET_FOOD_RE = re.compile(" (?:влаж|вл |конс|пауч|желе|соус|паштет|подлив|кусочк|мусс)")
_DRY_FOOD_RE = re.compile(" (?:сух|гранул|хрустящ)")
# A diminutive that names a kind's small form, which its pack says: «сырок» of
# processed cheese is the foil-wrapped bar of 70-120 g, not a tub, slices or portions.
_SMALL_FORMS = {"плавленый сыр": "сырок"}
_NOT_A_BAR_RE = re.compile(" (?:ломт|слайс|тост|треуг|порц|ванн|колбас)")


def pack_may_say(lemma: str, spec: ItemSpec) -> bool:
    """Whether a product's pack may say the qualifier its title does not (pet food, tea
    bags)."""
    return (
        (spec.head == "корм" and lemma in ("сухой", "влажный"))
        or (spec.head == "чай" and lemma in ("пакетированный", "листовой"))
        or (spec.kind.name == "мороженое" and lemma == "ведерко")
        or (spec.kind.name == "кисель" and lemma == "брикет")
        or _SMALL_FORMS.get(spec.kind.name) == lemma
        or lemma in ("пакетик", "консервированный")
    )


def _without(phrase: Sequence[str], lemmatizer: Lemmatizer, tax: Taxonomy) -> list[str]:
    """The lemmas a «без» phrase asks to be without. Where one of its words is one titles
    leave unsaid («без растительных жиров», «без усилителей вкуса»), the rest of the
    phrase is what that word is of, not a second thing to be without."""
    lemmas = [lemmatizer.lemma(w) for w in phrase]
    return [lm for lm in lemmas if lm in tax.unsaid_absence] or lemmas


def _place_lemmas(phrase: Sequence[str], lemmatizer: Lemmatizer) -> list[str]:
    """The lemmas of a place's words up to its noun («офисный туалет»)."""
    out: list[str] = []
    for word in phrase:
        info = lemmatizer.info(word)
        out.append(info.lemma)
        if info.pos == "NOUN":
            break
    return out


def fat_may_say(lemma: str, spec: ItemSpec) -> bool:
    """Whether a product's fat % may say the qualifier its title does not («творог
    обезжиренный» 0 %, «сметана жирная» 20 %; ``has_qualifier``)."""
    return lemma in _LOW_FAT or (lemma == "жирный" and spec.kind.name in _FULL_FAT)


def _said_by_pack(lemma: str, spec: ItemSpec, f: OfferFeatures) -> bool:
    if not pack_may_say(lemma, spec) or f.pack is None or f.pack[1] != "m":
        return False
    if lemma == "консервированный":
        # «Ананасы Lorado, шайбы, 580 мл»: fruit or vegetables sold by volume are a jar
        # or a tin; fresh ones are sold by weight or by the piece.
        size = f.pack_size
        return size is not None and size.unit.value in ("мл", "л")
    if lemma == "пакетик":
        # «кисель в пакетиках»: «Кисель … Клюква, 25г» is one sachet.
        return f.pack[0] <= Decimal("0.05")
    if lemma == "пакетированный":
        # «Чай Lipton Yellow Label, черный, 25х2 г»: a box of bags of two grams.
        size = f.pack_size
        return size is not None and size.count >= 10 and size.unit.value == "г" and size.value <= 3
    if lemma == "листовой":
        # «BETA TEA Чай черный Mix Fruit 90г»: a tea sold by weight, not in bags, is loose.
        size = f.pack_size
        return (
            size is not None
            and size.count <= 1
            and f.pack[0] >= Decimal("0.02")
            and not _BAGGED_TEA_RE.search(f.text)
        )
    if lemma == "сухой":
        return f.pack[0] >= Decimal("0.3") and not _WET_FOOD_RE.search(f.text)
    if lemma == "сырок":
        return f.pack[0] <= Decimal("0.12") and not _NOT_A_BAR_RE.search(f.text)
    if lemma == "брикет":
        # «Кисель … клюквенный 220г»: weighed, the dry block; «… 200 мл» is the drink
        size = f.pack_size
        return size is not None and size.unit.value in ("г", "кг")
    if lemma == "ведерко":
        # «Морож.КЛ.ВЕН.пломб.ван/шок.гл 1л»: 400 g or ml and more is a tub.
        return f.pack[0] >= Decimal("0.4")
    if lemma == "влажный":
        return f.pack[0] <= Decimal("0.2") and not _DRY_FOOD_RE.search(f.text)
    return False


def _stems_re(stems: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern finding any word that starts with one of ``stems`` in a " … " text."""
    alts = sorted({re.escape(s) for s in stems}, key=len, reverse=True)
    return re.compile(" (?:" + "|".join(alts) + ")") if alts else None


def _amount_dim(item: ListItem) -> str | None:
    """«v» when the item's amount or pack is a volume, «m» a mass, else None."""
    units = [item.unit or ""]
    if item.pack is not None:
        units.append(item.pack.unit.value)
    if any(u in ("л", "мл") for u in units):
        return "v"
    if any(u in ("кг", "г") for u in units):
        return "m"
    return None


def _kind_by_title_head(
    infos: list[WordInfo], extra_words: list[str], *, lemmatizer: Lemmatizer, tax: Taxonomy
) -> tuple[Kind | None, set[str]]:
    """The kind of an item whose noun no kind's list names but titles do: «корейка
    свиная» is свинина (titles «Корейка свин.»), «сервелат» is колбаса. The noun stays
    required (it is not spent on the kind); the kind's rule must fit the item's words."""
    nouns = [i.lemma for i in infos if i.noun]
    if not nouns:
        return None, set()
    item_words = [i.lemma for i in infos] + [lemmatizer.lemma(w) for w in extra_words]
    phrase = " " + " ".join(item_words + [stem(w) for w in item_words]) + " "
    kind = tax.title_kind(nouns[0], phrase, None)
    if kind is None:
        return None, set()
    # A group of one stem is what the kind is («свин» of «корейка свин»): the word is
    # spent on the kind and the head noun stays required. A group of many alternatives
    # says which one («средство чист|унитаз|стекл|…»): that word stays required and the
    # generic head is spent.
    rules = [r for r in kind.rules if r.head == nouns[0]]
    single = {stem for r in rules for g in r.groups if _one_meaning(g) for stem in g}
    covered = {w for w in item_words if any(w.startswith(s) for s in single)}
    if rules and all(r.groups and not any(_one_meaning(g) for g in r.groups) for r in rules):
        covered.add(nouns[0])
    return kind, covered


def _one_meaning(group: tuple[str, ...]) -> bool:
    """A rule's group of one stem, or of spellings of one word («говяд|говяж»): what the
    kind is, not which of several («чист|унитаз|стекл»)."""
    shared = next(
        (n for n, letters in enumerate(zip(*group, strict=False)) if len(set(letters)) > 1),
        min(len(stem) for stem in group),
    )
    return len(group) == 1 or shared >= 4


def _resolve_kind(
    item: ListItem,
    kind: Kind | None,
    infos: list[WordInfo],
    extra_words: list[str],
    *,
    lemmatizer: Lemmatizer,
    tax: Taxonomy,
    marks: frozenset[str] = frozenset(),
) -> tuple[Kind, str, bool, frozenset[str], set[str]]:
    """(kind, head noun, whether the taxonomy knows it, kinds to read, lemmas the kind
    spends) of an item whose table kind is ``kind`` (None: not in the table). ``marks``:
    tokens of the item a kind's words may name beside its own («3в1» of «кофе 3в1»)."""
    lemmas = [i.lemma for i in infos]
    lemma_set = frozenset(lemmas)
    covered: set[str] = set()
    if kind is None:
        kind, covered = _kind_by_title_head(infos, extra_words, lemmatizer=lemmatizer, tax=tax)
    if kind is None and len(lemma_set - _STOP) == 1 and not extra_words:
        # A bare ambiguous noun («масло»): one kind for the item in every store.
        (bare,) = lemma_set - _STOP
        kind = tax.resolve_ambiguous(
            bare,
            words(item.raw or ""),
            volume=_amount_dim(item) == "v",
            mass=_amount_dim(item) == "m" or item.fat_pct is not None,
        )
        covered = {bare}
    if kind is not None:
        # Only the name's own words are spent on the kind; an attribute that picked a kind
        # stays required unless the kind implies it («квашеная» for квашеная капуста).
        covered |= set().union(*(s for s in kind.item if s <= lemma_set | marks)) | kind.implied
        # «колбаса» + «нарезка» is колбасная нарезка: the name's word is spent on it too.
        said = lemma_set | marks | {lemmatizer.lemma(w) for w in extra_words}
        covered |= set().union(*(s & lemma_set for s in kind.item if s <= said))
        head = next(iter(sorted(kind.heads)), kind.name)
        known = True
        kinds = kind.family
        if any(f" {s}" in f" {' '.join(lemmas + extra_words)}" for s in kind.not_stems):
            # The item asks for a look-alike by name («молоко кокосовое»): titles that
            # the kind refused for that word are what it wants.
            kinds = kinds | {f"{h}*" for h in kind.heads}
    else:
        # A noun by its likeliest reading first: «сладкие кукурузные палочки» are палочки
        nouns = [i.lemma for i in infos if i.pos == "NOUN"] or [i.lemma for i in infos if i.noun]
        head = nouns[0] if nouns else (lemmas[0] if lemmas else normalize(item.name))
        kind = Kind(name=head, item=(frozenset({head}),))
        covered = {head}
        known = False
        # «филе трески»: titles whose head is a known noun but no kind of it fits.
        kinds = frozenset({head, f"{head}*"})
    return kind, head, known, kinds, covered


_DOUBLED = "бвгджзклмнпрстфц"


def _doubling_fixes(word: str, lemmatizer: Lemmatizer) -> list[str]:
    """Dictionary words one doubled consonant away from ``word`` (a word the dictionary
    does not know): «колекция» is «коллекция», «граммм» «грамм»."""
    if len(word) < 6:
        return []
    found = []
    for i, ch in enumerate(word):
        if ch not in _DOUBLED or i == 0:
            continue
        if i + 1 < len(word) and word[i + 1] == ch:
            variant = word[:i] + word[i + 1 :]
        else:
            variant = word[: i + 1] + word[i:]
        if lemmatizer.info(variant).known:
            found.append(lemmatizer.lemma(variant))
    return found


def _other_n_spelling(word: str) -> str:
    """``word`` with its double «н» single, or its «ен» doubled: lists write «квашенная»,
    «замороженая» either way."""
    return word.replace("нн", "н") if "нн" in word else word.replace("ен", "енн", 1)


def _n_spellings(lemmas: frozenset[str]) -> frozenset[str]:
    """The lemmas with the other «н»/«нн» spelling of each adjective beside it (the kind
    table has one)."""
    other = {_other_n_spelling(lm) for lm in lemmas if lm.endswith(("енный", "еный"))}
    return lemmas | other if other else lemmas


def _low_end(item: ListItem) -> Decimal | None:
    """The smaller end of a range of packs asked, in the pack's base unit."""
    low = pack_base(item.pack_min)
    high = pack_base(item.pack)
    return low[0] if low and high and low[1] == high[1] and low[0] < high[0] else None


def item_spec(item: ListItem, lemmatizer: Lemmatizer, tax: Taxonomy | None = None) -> ItemSpec:
    """Resolve an item's kind, head noun, qualifiers and preferences.

    Over 80 lines: the kind, the qualifiers, the brand and what the kind implies are read
    from the same item words, each narrowing what the next may spend; the helpers it calls
    (``_resolve_kind``, ``_kind_by_title_head``) hold the parts that stand alone."""
    tax = tax or taxonomy()
    # «не домик в деревне», «не острый»: what the product must not be, never required.
    negated = [a for a in item.attributes if a.startswith("не ")]
    if negated:
        kept = tuple(a for a in item.attributes if not a.startswith("не "))
        spec = item_spec(item.model_copy(update={"attributes": kept}), lemmatizer, tax)
        # «йогурт не сладкий»: a flavoured one («с фруктовым наполнителем», «мед») is sweet
        # too; a plain one first.
        unsweet = any(lemmatizer.lemma(w) == "сладкий" for a in negated for w in words(a))
        sweet = _SWEET_FLAVOURS if unsweet else ()
        return replace(
            spec,
            absent=(*spec.absent, *_negated_stems(negated, lemmatizer, tax), *sweet),
            plain_wish=spec.plain_wish or unsweet,
        )
    item_words = words(item.name)
    infos = [lemmatizer.info(w) for w in item_words]
    lemmas = [i.lemma for i in infos]
    lemma_set = frozenset(lemmas)
    # Each attribute's words, and those after its «без», read once for every use below.
    attrs = [(a, aw, _after_without(aw)) for a in item.attributes for aw in [words(a)]]
    # The kind may be named with an attribute too («капуста» + «квашеная»).
    # Not an attribute after a preposition: «соус томатный для пасты» is no томатная паста.
    attr_lemmas = frozenset(
        lemmatizer.lemma(w) for _, aw, _ in attrs if aw and aw[0] not in _STOP for w in aw
    )
    # The product is named before a preposition: «чипсы с луком» are chips, not onions.
    cut = next((n for n, w in enumerate(item_words) if w in _STOP and w != "и"), len(item_words))
    anchor = frozenset(lemmas[:cut]) or lemma_set
    # «кофе 3в1»: the token a kind's item words may name («кофейный напиток»), and titles
    # of such a product carry.
    in_one = [m for a in item.attributes if (m := _IN_ONE_ATTR_RE.fullmatch(a))]
    in_one_words = frozenset(m.group(0) for m in in_one)
    kind = tax.kind_for(_n_spellings(lemma_set | attr_lemmas) | in_one_words, anchor=anchor)
    if (
        kind is not None
        and not any(s <= lemma_set | attr_lemmas | in_one_words for s in kind.item)
        and any(i.pos == "NOUN" and i.lemma not in tax.varieties for i in infos[:cut])
    ):
        # «изюм темный»: a variety adjective («темный» шоколад) beside another product's
        # noun names that product's sort, not the variety's kind.
        kind = None
    diminutive = set()
    if kind is not None and not any(len(s) > 1 and s <= lemma_set | attr_lemmas for s in kind.item):
        wider = _diminutive_of_wider(kind, anchor, lemma_set | attr_lemmas, tax)
        if wider is not None:
            diminutive = {x for s in kind.item if len(s) == 1 for x in s}
            kind = wider
    # «без газа»: the words after «без» are what the product must not have.
    without_lemmas = [
        lemma for _, _, not_had in attrs for lemma in _without(not_had, lemmatizer, tax)
    ]
    absent = tuple(
        s for lemma in without_lemmas for s in tax.unsaid_absence.get(lemma, (stem(lemma),))
    )
    # And a title must say it is without: one that does not («Виноград черный» for
    # «виноград без косточек», a plain «Вода 1,5 л» for «вода без газа») has it.
    without = [
        (f"без {lemma}", (f"без {stem(lemma)}", *tax.qualifiers.get(f"без {lemma}", ())))
        for lemma in without_lemmas
        if lemma not in tax.unsaid_absence or (kind is not None and lemma in kind.present)
    ]
    # «размер 4» (diapers): one token that titles of that size carry (``analyze``).
    sizes = [m.group(1) for a in item.attributes if (m := _SIZE_ATTR_RE.fullmatch(a))]
    # «номер 7» (Балтика 7, Ессентуки 17): the token titles of that line carry.
    lines = [m.group(1) for a in item.attributes if (m := _LINE_ATTR_RE.fullmatch(a))]
    # «5 лет» (a spirit's age): the token titles of that age carry.
    aged = [m.group(1) for a in item.attributes if (m := _AGED_ATTR_RE.fullmatch(a))]
    extra_words = [
        w
        for attr, aw, not_had in attrs
        if not _SIZE_ATTR_RE.fullmatch(attr)
        and not _LINE_ATTR_RE.fullmatch(attr)
        and not _AGED_ATTR_RE.fullmatch(attr)
        and not _IN_ONE_ATTR_RE.fullmatch(attr)
        for w in aw
        if w not in not_had
    ]
    kind, head, known, kinds, covered = _resolve_kind(
        item, kind, infos, extra_words, lemmatizer=lemmatizer, tax=tax, marks=in_one_words
    )
    # «сырки плавленые»: the small bar, not a tub or slices (its pack says so).
    small_form = {lm for lm in diminutive if _SMALL_FORMS.get(kind.name) == lm}
    covered = covered | (diminutive - small_form)
    # The name's words the list did not write itself: a bare brand's product
    # («ессентуки» is минеральная вода), a variety's kind («тархун» is лимонад).
    written = " " + " ".join(_written(item)) + " "
    raw_lemmas = {lemmatizer.lemma(w) for w in written.split()}
    unwritten = {
        lm for lm in lemmas if item.raw and lm not in raw_lemmas and f" {stem(lm)}" not in written
    }
    if unwritten and tax.kind_for(frozenset(raw_lemmas)) is kind:
        unwritten = set()  # «сельдь» read as «селедка»: the kind's own synonym, written
    if (
        known
        and kind.parent
        and lemmas
        and unwritten >= set(lemmas)
        and any(tax.varieties.get(x) == kind.name for x in raw_lemmas)
    ):
        # «тархун» alone: the list named the variety, not «лимонад»; a soda titled
        # «Напиток … Тархун» is it too, so the wider kind's products count.
        kinds = kinds | tax.by_name[kind.parent].family
    # A preference that is a variety or a sort of the kind («шоколад горький», «творог
    # мягкий») is required.
    promoted = [
        lm
        for p in item.preferences
        for w in words(p)
        if tax.varieties.get(lm := lemmatizer.lemma(w)) == kind.name or lm in kind.sorts
    ]
    if item.brand and lemmas and unwritten >= set(lemmas[:cut]) and kind.implied and attr_lemmas:
        # «ariel капсулы», «persil гель»: the form the list wrote beside a bare brand is
        # the product, for the brand's purpose (капсулы для стирки, not its порошок); the
        # list may say what for («гель персил для цветного»).
        probe = attr_lemmas | kind.implied | {"для"}
        form = tax.kind_for(probe)
        if (
            form is not None
            and form.name != kind.name
            # the list's word names the form («капсулы»), not a sort («мартини асти»)
            and any(s <= probe and s & kind.implied and s & attr_lemmas for s in form.item)
        ):
            kind, known, kinds = form, True, frozenset(form.family)
            covered = covered | set(attr_lemmas)
    surfaces: dict[str, set[str]] = {}
    for w in (*item_words, *(x for _, aw, _ in attrs for x in aw)):
        if not (w_info := lemmatizer.info(w)).known and w_info.lemma != w:
            surfaces.setdefault(w_info.lemma, set()).add(w)
    quals: list[tuple[str, tuple[str, ...]]] = []
    plain: list[str] = []
    wished: set[str] = {lemmatizer.lemma(w) for p in item.preferences for w in words(p)}
    asked_lemmas = [*lemmas, *(lemmatizer.lemma(w) for w in extra_words), *promoted]
    # «варено-копченая»: a process compound is one qualifier, its parts none.
    compounds = {lm for lm in asked_lemmas if "-" in lm and lm.startswith(PROCESS_FIRSTS)}
    for compound in compounds:
        covered = covered | {lemmatizer.lemma(part) for part in compound.split("-")}
    # «карамель с начинкой»: a bare filling is asked; «с шоколадной начинкой» says it with
    # its adjective.
    bare_filling = any([w for w in aw if w not in _STOP] == ["начинкой"] for _, aw, _ in attrs)
    if "крупный" in wished and "листовой" in asked_lemmas:
        # «чай листовой крупный»: the large-leaf sort titles call «крупнолистовой».
        asked_lemmas = ["крупнолистовой" if lm == "листовой" else lm for lm in asked_lemmas]
    for lemma in asked_lemmas:
        if (
            lemma in covered
            or lemma in _STOP
            or (lemma in _FILLING and not bare_filling)
            or ("-" in lemma and lemma not in compounds)
            or len(lemma) < 2
        ):
            continue
        if _PHRASE_TAILS.get(lemma) in asked_lemmas:
            continue  # «в собственном соку»: one qualifier, its first word
        if lemma == "жирный" and item.fat_pct is not None:
            continue  # «сметана жирная 20%»: the fat says how fat
        if lemma in _PLAIN:
            plain.append(stem(lemma))
            wished.add(lemma)
            continue
        if item.brand and lemma in unwritten:
            continue  # a bare brand's product word: not asked for
        if all(lemma != q for q, _ in quals):
            stems = qualifier_stems(lemma, tax)
            info = lemmatizer.info(lemma)
            # «энергетик торнадо», «кола зеро»: a noun a title may write in Latin; not a
            # word the taxonomy spells out («вареномороженый»).
            if lemma not in tax.qualifiers and (
                not info.known or is_proper_name(lemma) or (info.pos == "NOUN" and len(lemma) > 4)
            ):
                # «голд», «дирол», «меллер»: a Latin name written in Cyrillic, or the reverse.
                stems += brand_variants(brand_key(lemma))[1:]
                # «асти» guessed as the verb «астить»: the word as the list wrote it too.
                for written_as in surfaces.get(lemma, ()):
                    stems += (stem(written_as), *brand_variants(brand_key(written_as))[1:])
                # «колекция»: a doubled letter written once (or the reverse).
                stems += tuple(stem(v) for v in _doubling_fixes(lemma, lemmatizer))
            quals.append((lemma, tuple(dict.fromkeys(stems))))
    quals += [(f"{SIZE_TOKEN}{n}", (f"{SIZE_TOKEN}{n}",)) for n in sizes]
    quals += [(f"{LINE_TOKEN}{n}", (f"{LINE_TOKEN}{n} ",)) for n in lines]
    quals += [(f"{AGED_TOKEN}{n}", (f"{AGED_TOKEN}{n} ",)) for n in aged]
    quals += [(f"{IN_ONE_TOKEN}{m.group(1)}", (f"{IN_ONE_TOKEN}{m.group(1)} ",)) for m in in_one]
    quals += [q for q in dict.fromkeys(without) if all(q[0] != have for have, _ in quals)]
    brand_only = bool(item.brand) and not _names_product(item, lemma_set, lemmatizer)
    if brand_only and known:
        # «фанта»: a Fanta title is the item whatever its head says («Напиток Fanta
        # груша»); score() still requires the brand. Not «спагетти barilla»: the list
        # named the kind, and a brand does not make «Макаронные изделия» spaghetti.
        kinds = kinds | tax.catch_alls(kind)
    brand = brand_key(item.brand) if item.brand else ""
    brands = brand_variants(brand) if brand else ()
    if brand:
        brands = _with_written_spellings(brand, brands, lemmatizer)
        brands = tuple(dict.fromkeys([*brands, *tax.brand_titles.get(brand, ())]))
        # The words the list spelled the brand with («боржоми» for Borjomi): a title may
        # spell it so too.
        named = set(item_words) | set(extra_words)
        spelled = [
            w for w in words(item.raw or "") if w not in named and w not in _STOP and w.isalpha()
        ]
        # The brand's words together («хед энд шолдерс»), or one of them alone where the
        # list wrote another word beside it («минералка боржоми»).
        starts = {b[:2] for b in brands}
        own = brands
        for alias in dict.fromkeys(["".join(spelled), *spelled]):
            key = brand_key(alias)
            # Not a word of the brand itself («adrenaline» of Adrenaline Rush): that would
            # take the brand's other lines.
            if len(alias) > 3 and alias[:2] in starts and not any(key in b for b in own):
                brands = tuple(dict.fromkeys([*brands, *brand_variants(key)]))
    # A brand the parser left in the name is asked for as a brand, not a qualifier.
    quals = [q for q in quals if not brand or brand_key(q[0]) != brand]
    # Not where the list says what it is in («скумбрия в масле банка»): that says the tin.
    if known and _asks_tin(item, lemmatizer) and not any(aw[:1] == ["в"] for _, aw, _ in attrs):
        # «горбуша в банке»: a kind whose tins are a look-alike («Горбуша натуральная»),
        # asked in a tin, is the tinned one: required, and no longer a look-alike.
        tin = next((g.split("|") for g in kind.reject if "консерв" in g.split("|")), None)
        if tin is not None and not any(s in st for s in tin for _, st in quals):
            quals.append(("консервированный", tuple(tin)))
    prefs = tuple(
        dict.fromkeys(
            [
                *(
                    stem(lemmatizer.lemma(w))
                    for p in item.preferences
                    # an age («с 6 месяцев») ranks nothing: titles write it otherwise, and
                    # ``matching.admitted`` compares it
                    if not is_age(p)
                    for w in words(p)
                    if w not in _STOP and len(w) > 1
                ),
                *plain,
            ]
        )
    )
    # Most purposes name a sort («сыр для пиццы», «рис для плова»): only a kind whose
    # purposes are uses takes its other products, and only the purpose noun right after
    # «для» is soft («рис для плова девзира»: not «девзира»).
    # The name's too («освежитель для туалета» is read as one name): its noun, not what
    # the noun is like («шампунь для окрашенных волос»: волосы).
    # A kind whose purposes are uses takes «в туалет» as «для туалета», and the words of
    # a place up to its noun («в офисный туалет»): a place has no sorts.
    for_preps = ("для", "в", "во") if known and kind.purpose_is_use else ("для",)
    purposes = frozenset(
        lemma
        for _, aw, _ in attrs
        if len(aw) > 1 and aw[0] in for_preps
        for lemma in (
            [lemmatizer.lemma(aw[1])] if aw[0] == "для" else _place_lemmas(aw[1:], lemmatizer)
        )
    ) | frozenset(
        next((i.lemma for i in infos[n + 1 :] if i.pos == "NOUN"), "")
        for n, w in enumerate(item_words[:-1])
        if w == "для"
    ) - {""}
    # A purpose beside the sort the list named is why it is wanted, not another sort
    # («соус песто для пасты», «соус томатный для пасты»).
    named_sort = any(q not in purposes and not q.startswith("без ") for q, _ in quals)
    soft = purposes if known and (kind.purpose_is_use or named_sort) else frozenset()
    asked = " " + " ".join([*item_words, *extra_words]) + " "
    # A juice of the fruits the list names: a title with another fruit is a blend.
    fruits = [any(f" {s}" in asked for s in g) for g in tax.blend_groups]
    blends = (kind.name in tax.blend_kinds or head in tax.blend_kinds) and any(fruits)
    size_wish = -1 if wished & _SMALL else 1 if wished & _BIG else 0
    # «сыр куском»: a form wished that titles of the kind have unless they say another
    # («нарезка», «тертый»): those that say another are not it.
    contrary = tuple(s for lm in sorted(wished) for s in kind.defaults.get(lm, ()))
    return ItemSpec(
        size_wish=size_wish,
        plain_wish=bool(wished & _PLAIN_SORT),
        # A hot version is one look-alike said several ways: asking one asks for all.
        hot_re=_stems_re(_look_alikes(["|".join(tax.hot)], asked, quals)),
        mixed_filling_re=_mixed_filling_re(
            quals,
            frozenset(
                infos[n + 1].lemma
                for n, w in enumerate(item_words[:-1])
                if w in ("с", "со") and infos[n + 1].pos == "NOUN"
            ),
        ),
        # A brand names its own line («дримс» is a cat treat).
        for_pets=bool(brand)
        or _PET_WORDS_RE.search(asked) is not None
        or any(kind.name in tax.by_name[p].family for p in _PET_KINDS if p in tax.by_name),
        # A look-alike the list asks for, in its words or in a qualifier's («кола без
        # сахара» asks for «zero»), is no look-alike.
        reject_re=_stems_re(_look_alikes(kind.reject, asked, quals)),
        # Asking for one second-choice sort («безлактозное») is asking for that sort: its
        # other second-choice words («ультрапастеризованное») then mark no substitute.
        fallback_re=None
        if any(f" {s}" in asked for s in kind.fallback)
        else _stems_re(kind.fallback),
        kind=kind,
        known_kind=known,
        head=head,
        kinds=kinds,
        qualifiers=tuple(quals),
        preferences=prefs,
        absent=(*absent, *contrary),
        asked=asked,
        fat_pct=item.fat_pct,
        egg_class=egg_class_key(item.egg_class),
        brand=brand,
        brands=brands,
        pack=pack_base(item.pack),
        pack_low=_low_end(item),
        brand_only=brand_only,
        parent=kind.parent if known else None,
        known_kinds=tax.names,
        # Only the kind's own word («спагетти», «тоник»): a rule with groups found across
        # the whole title reads composition («Икра … с копченым лососем» is not red caviar).
        # Or a variety of it: «Напиток … Тархун» is a лимонад.
        mentions=tuple(
            dict.fromkeys(
                [
                    *((stem(r.head), ()) for r in kind.rules if not r.groups),
                    *((stem(v), ()) for v, name in tax.varieties.items() if name == kind.name),
                ]
            )
        )
        if kind.parent and known
        else (),
        blend_groups=tuple(
            g for g, named in zip(tax.blend_groups, fruits, strict=True) if not named
        )
        if blends
        else (),
        soft=soft,
        purposes=purposes,
        named_lookalikes=frozenset({f"{head}*"})
        if known and head in kind.heads and any(not q.startswith("без ") for q, _ in quals)
        else frozenset(),
    )


@functools.cache
def _brand_spellings() -> dict[str, tuple[str, ...]]:
    """``builtin_brand_spellings`` keyed as the matcher compares brands (``brand_key``)."""
    return {
        brand_key(display): tuple(dict.fromkeys(brand_key(a) for a in aliases))
        for display, aliases in builtin_brand_spellings()
    }


def _with_written_spellings(
    brand: str, variants: tuple[str, ...], lemmatizer: Lemmatizer
) -> tuple[str, ...]:
    """A brand's variants and how brands.txt says people write it in the other alphabet
    («палмолив» in «Гель для душа ПАЛМОЛИВ»). Not a same-alphabet alias, which may be
    another brand («жигули» of Жигулевское), a short form of the brand («домик»), nor a
    word the dictionary knows («цезарь» of Cesar names a salad and a sauce)."""
    aliases = _brand_spellings().get(brand, ())
    spelled = [
        a
        for a in aliases
        if len(a) >= 4
        and a.isalpha()
        and a.isascii() != brand.isascii()
        and not lemmatizer.info(a).known
        and not any(v.startswith(a) and len(v) > len(a) + 2 for v in variants)
    ]
    # «3 корочки» of Три корочки: written with its number («3КОРОЧКИ Сухарики»).
    numbered = [
        v for a in aliases if re.fullmatch(r"\d+[^\W\d_]{5,}", a) for v in brand_variants(a)
    ]
    return tuple(dict.fromkeys([*variants, *spelled, *numbered]))


def _negated_stems(negated: list[str], lemmatizer: Lemmatizer, tax: Taxonomy) -> tuple[str, ...]:
    """The stems a title must not say for «не …» attributes: each word's, its taxonomy
    synonyms' and, for a name, its other alphabet's («не нивея» is no Nivea)."""
    out: list[str] = []
    for attr in negated:
        for w in words(attr)[1:]:
            if w in _STOP or len(w) < 3:
                continue
            lemma = lemmatizer.lemma(w)
            out += qualifier_stems(lemma, tax)
            out += brand_variants(brand_key(w))[1:]
    return tuple(dict.fromkeys(out))


def _diminutive_of_wider(
    kind: Kind, anchor: frozenset[str], lemmas: frozenset[str], tax: Taxonomy
) -> Kind | None:
    """«сырку российского», «сырки плавленые»: a diminutive («сырок») beside a sort of
    the product it is made of (российский сыр, плавленый сыр) is that product; alone it
    stays its own kind (a glazed curd snack)."""
    own = {next(iter(s)) for s in kind.item if len(s) == 1}
    for lemma in anchor & own:
        for other in tax.kinds:
            base = next(iter(other.name.split()), "")
            if other is kind or len(base) < 3 or lemma == base or not lemma.startswith(base):
                continue
            wider = (lemmas - {lemma}) | {base}
            named = tax.kind_for(wider, anchor=frozenset({base}))
            if named is None or named is kind:
                continue
            # «хлебцы ржаные»: a word the wider kind's titles refuse is no diminutive of it.
            refused = [
                s for k in (named, tax.by_name.get(base)) if k is not None for s in k.not_stems
            ]
            if any(w.startswith(s) for w in (lemma, *kind.name.split()) for s in refused):
                continue
            # A sort: a variety of it, or a kind whose item words are more than its noun.
            if any(s <= wider and len(s) > 1 for s in named.item) or any(
                tax.varieties.get(x) == named.name for x in wider
            ):
                return named
    return None


# A tin a list names («в банке», «баночку», «ж/б»): for fish and meat, the tinned sort.
_TIN_LEMMAS = frozenset({"банка", "банк", "баночка", "жестянка", "жестяной", "жб"})


def _asks_tin(item: ListItem, lemmatizer: Lemmatizer) -> bool:
    said = [w for p in (*item.attributes, *item.preferences) for w in words(p.replace("/", ""))]
    return any(lemmatizer.lemma(w) in _TIN_LEMMAS for w in said)


def _look_alikes(
    reject: Iterable[str], asked: str, quals: list[tuple[str, tuple[str, ...]]]
) -> list[str]:
    """The kind's look-alike stems the item did not ask for. «маринов|солен|консерв» is
    one look-alike said several ways: asking one of them asks for all."""
    out: list[str] = []
    for group in reject:
        parts = group.split("|")
        if not any(f" {s}" in asked or any(s in st for _, st in quals) for s in parts):
            out.extend(parts)
    return out


def _written(item: ListItem) -> list[str]:
    """The words the list wrote, a misspelt word of the name read as the name's word the
    parser fixed it to («малоко» is «молоко», «маенез» «майонез»: the product was written,
    not only a brand); «3 слоя» is the «трехслойная» the parser read."""
    raw = words(spell_plies(normalize(item.raw or item.name)))
    if not item.raw:
        return raw
    names = words(item.name)
    return [next((n for n in names if _misspelt(w, n)), w) for w in raw]


def _misspelt(written: str, word: str) -> bool:
    """``written`` may be ``word`` misspelt: one letter off from four letters, two from six."""
    if len(written) < 4:
        return False
    return Levenshtein.distance(written, word) <= (2 if len(written) >= 6 else 1)


def _names_product(item: ListItem, lemmas: frozenset[str], lemmatizer: Lemmatizer) -> bool:
    """Whether the list wrote the product beside its brand, in any form of its word
    («творожки агуша» is творог of Агуша), not the brand alone («доширак»)."""
    raw = _written(item)
    if item.brand:
        # The brand's own words name no product: «кока кола зеро» is Coca-Cola alone.
        spellings = brand_variants(brand_key(item.brand))
        raw = [w for w in raw if not any(brand_key(w) in b for b in spellings)]
    if lemmas & frozenset(lemmatizer.lemma(w) for w in raw):
        return True
    # «kinder chocolate»: a Latin word beside the brand that is none of the item's other
    # words is the product, in the parser's other language.
    said = {w for p in (*item.attributes, *item.preferences) for w in words(p)}
    if any(w.isascii() and w.isalpha() and len(w) > 3 and w not in said for w in raw):
        return True
    return any(len(s := stem(lm)) >= 4 and w.startswith(s) for lm in lemmas for w in raw)


def score(spec: ItemSpec, f: OfferFeatures) -> Match | None:
    """How sure we are that the product is what the item asks for; None: it is not."""
    kind = spec.kind
    fallback = lookalike = False
    if f.kind in spec.kinds or (f.kind == spec.parent and _mentions_kind(spec, f)):
        value = _HEAD
    elif f.kind in spec.named_lookalikes and _says_every_word(spec, f):
        value, fallback, lookalike = THRESHOLD + 0.1, True, True
    elif (
        not spec.known_kind
        and spec.head in f.head_lemmas
        and (f.kind not in spec.known_kinds or _names_the_title(spec, f))
    ) or (spec.brand_only and _brand_product(spec, f)):
        # A generic item may sit behind another head («Напиток … кола»), a bare brand
        # behind a kind the table does not give it: fallback only.
        value = THRESHOLD + 0.1
        fallback = True
    else:
        return None
    if spec.reject_re is not None and spec.reject_re.search(f.text):
        return None
    for qualifier in spec.qualifiers:
        if qualifier[0] in kind.plain and any(
            f" {s}" in f.text for s in kind.defaults.get(qualifier[0], ())
        ):
            return None  # «кетчуп томатный» is the plain one, no «томат. с горч.»
        if (
            has_qualifier(qualifier, f)
            and not _only_in_blend(qualifier[1], spec.asked, f.text)
            and not (qualifier[0] in spec.purposes and _only_with(qualifier[1], f.text))
        ):
            continue
        if lookalike and qualifier[0] not in kind.defaults:
            return None  # a look-alike only as the list named it (or as its kind is)
        if _said_by_pack(qualifier[0], spec, f):
            value += _DEFAULT  # the pack says it, the title does not
            continue
        if qualifier[0] in spec.soft:
            value += _FALLBACK  # the purpose, not said: a second choice
            fallback = True
            continue
        unless = kind.defaults.get(qualifier[0])
        if unless is None or any(f" {s}" in f.text for s in unless):
            return None
        if qualifier[0] == "влажный" and _said_by_pack("сухой", spec, f):
            return None  # «Корм PEDIGREE … говядина, 13кг»: a bag that size is dry food
        value += _DEFAULT  # the kind's default («гречка» is ядрица), not said
    if spec.blend_groups and _is_blend(spec.blend_groups, f.text):
        return None
    if not spec.for_pets and _FOR_PETS_RE.search(f.text):
        return None  # «Говядина по-строгановски для собак» is a dog treat
    for st in spec.absent:
        if f" {st}" in f.text and f" без {st}" not in f.text:
            return None
    if spec.fat_pct is not None:
        if f.fat_pct is None:
            if f" {FAT_RANGE_TOKEN} " in f.text:
                return None  # «3,4–4,5%» is no «3,2%»
            value += _ATTR_UNKNOWN
        elif not fat_agrees(spec.fat_pct, f.fat_pct, rounding=kind.fat_rounding):
            return None
        else:
            value += _ATTR_OK
    if spec.egg_class is not None:
        have = egg_class_key(f.egg_class)
        if have is None:
            value += _ATTR_UNKNOWN
        elif have != spec.egg_class:
            return None
        else:
            value += _ATTR_OK
    if spec.brand:
        if has_brand(spec, f):
            value += _ATTR_OK
        else:
            return None
    if spec.pack is not None and f.pack is not None:
        # A pack asked («вода 5 л», «кола 2 л») is the pack: within a twentieth (950 мл
        # for «1 л»), else not the item; a title without a pack still may be. Readers
        # refuse 900 мл for «молоко 1 литр» (a tenth let it in: held-out wrong −19).
        offered = f.pack
        if spec.pack[1] == "шт" and f.pack_size is not None and f.pack_size.count > 1:
            # «чай 100 пакетиков»: «100х2 г» is a box of a hundred.
            offered = (Decimal(f.pack_size.count), "шт")
        elif spec.pack[1] == "шт" and f.pieces is not None:
            offered = pack_base(f.pieces) or offered
        elif _capacity(spec.pack) and f.pack_size is not None and f.pack_size.count > 1:
            # «мешки для мусора 60 л»: the size of each of «60л, 20шт», not their sum.
            each = pack_base(PackSize(value=f.pack_size.value, unit=f.pack_size.unit))
            offered = each or offered
        if not pack_fits(spec, offered):
            return None
        value += _PACK_OK
    if kind.categories and any(f" {s}" in f.category for s in kind.categories):
        value += _CATEGORY
    for st in spec.preferences:
        if f" {st}" in f.text or f" {st}" in f.category:
            value += _PREFERENCE
    if second_choice(spec, f):
        value += _FALLBACK
        fallback = True
    if value < THRESHOLD:
        return None
    return Match(score=min(1.0, value), fallback=fallback)


def second_choice(spec: ItemSpec, f: OfferFeatures) -> bool:
    """A product of the item that is a second choice by its title: a fallback sort of
    the kind, another sort than the plain one wished, a mix of fillings, a hot version."""
    return bool(
        (spec.fallback_re is not None and spec.fallback_re.search(f.text))
        or (spec.plain_wish and _FLAVOURED_RE.search(f.text))
        or (spec.mixed_filling_re is not None and spec.mixed_filling_re.search(f.text))
        or (spec.hot_re is not None and spec.hot_re.search(f.text))
    )
