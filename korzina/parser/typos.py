"""Misspelt and diminutive words read as the product or brand they are («малако»,
«сметанна», «картошечка», «прастоквашино»), each noted."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator

from korzina.core.text import ADJECTIVE_ENDINGS, spelled_in_parts
from korzina.parser import words as w
from korzina.parser.tokens import Tok, is_container
from korzina.parser.vocabulary import Brand, Vocabulary, brand_key

# Parts of speech a list entry never has («сметанна» reads as a short adjective):
# a word read so that is near a product word is a typo of it.
_TYPO_POS = frozenset({"ADJS", "VERB", "INFN", "PRTS", "GRND"})


def split_glued(v: Vocabulary, toks: list[Tok], notes: list[str]) -> list[Tok]:
    """Two words typed without a space («сосискимолочные», «майонезслобода»), split in
    two, noted: a word no dictionary knows that is a product word and a known word or
    a brand."""
    out: list[Tok] = []
    for t in toks:
        parts = _glued(v, t.text) if t.kind == "word" and len(t.text) >= 8 else None
        if parts is None:
            out.append(t)
            continue
        notes.append(f"«{t.text}» — понял как «{parts[0]} {parts[1]}»")
        out += [Tok("word", parts[0], aside=t.aside), Tok("word", parts[1], aside=t.aside)]
    return out


def _glued(v: Vocabulary, form: str) -> tuple[str, str] | None:
    if v.word(form).known or v.names_goods(form):
        return None
    if form.startswith(w.ONE_WORD_STEMS):
        return None  # «кофемашины»: one word the dictionary lacks
    if diminutive_base(v, form) is not None:
        return None  # «корнишончики», «редисочка»: one word said fondly
    for cut in range(4, len(form) - 3):
        left, right = form[:cut], form[cut:]
        if not v.names_goods(left):
            continue
        info = v.word(right)
        if left[-1] in "ое" and info.pos in ("ADJF", "PRTF"):
            continue  # a compound adjective the dictionary lacks («молокосодержащий»)
        if info.known or v.brand((right,)) is not None:
            return left, right
    for cut in range(4, len(form) - 3):
        # «зубнаящетка», «туалетнаябумага» (a voice's words run together): an adjective
        # and the noun it agrees with.
        left_info, right_info = v.word(form[:cut]), v.word(form[cut:])
        if (
            left_info.known
            and right_info.known
            and left_info.pos == "ADJF"
            and right_info.pos == "NOUN"
            and left_info.case == right_info.case
        ):
            return form[:cut], form[cut:]
    return None


# Properties whose «не»-form is a sort titles name in one word.
_NE_PROPERTIES = frozenset({"рафинированный", "фильтрованный"})
# An adjective's endings in every gender and number («зерный», «зерная», «зерные»).
_ANY_ADJECTIVE_ENDING = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю")


def join_split(v: Vocabulary, toks: list[Tok], notes: list[str]) -> list[Tok]:
    """Two words that are one, joined: a compound adjective split in two («рис кругло
    зерный», as a voice types it: a short adjective in «-о» and a part no dictionary
    knows), noted; «не» before a sort titles write in one word («не рафинированное»)."""
    out: list[Tok] = []
    for t in toks:
        last = out[-1] if out else None
        if (
            last is not None
            and last.text == "не"
            and t.kind == "word"
            and v.lemma(t.text) in _NE_PROPERTIES
            and v.word("не" + t.text).known
        ):
            # «масло не рафинированное», «пиво не фильтрованное»: the sort titles name
            # in one word («нерафинированное»), not every oil but the refined one.
            last.text += t.text
            continue
        if (
            last is not None
            and last.kind == t.kind == "word"
            and last.text.endswith(("о", "е"))
            and len(t.text) >= 4
            and not (right := v.word(t.text)).known
            and right.pos in ("ADJF", "PRTF")
            and t.text.endswith(_ANY_ADJECTIVE_ENDING)
            and t.text not in v.goods
            and v.brand((t.text,)) is None
            and (left := v.word(last.text)).known
            and left.pos in ("ADJS", "ADVB")
        ):
            notes.append(f"«{last.text} {t.text}» — понял как «{last.text}{t.text}»")
            last.text += t.text
            continue
        out.append(t)
    return out


def brand_typos(v: Vocabulary, toks: list[Tok], notes: list[str]) -> list[tuple[int, Brand]]:
    """Brands misspelt («прастоквашино» → Простоквашино): words no dictionary knows that
    are not product words, near one brand. Run after ``fix_typos``, so a misspelt product
    («макорона») is never read as a brand («Corona»)."""
    found: list[tuple[int, Brand]] = []
    for i, t in enumerate(toks):
        if t.used or t.kind != "word" or len(t.text) < 6 or t.text in v.goods:
            continue
        if t.role == "negated":
            continue  # «только не махеев»: what it must not be, never the brand asked
        info = v.word(t.text)
        if info.lemma in v.product_lemmas or v.product_of_word(t.text):
            continue
        # «адреналинчик»: the dictionary may know a fond form; a long brand stem still says it
        shortest = 6 if info.known else 4
        nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].kind == "word" else None
        brand = _brand_diminutive(v, t.text, shortest, nxt.text) if nxt else None
        if brand is not None and nxt is not None:
            nxt.used, nxt.role = True, "brand"  # «адреналинчик раш»: the brand's second word
        else:
            brand = _brand_diminutive(v, t.text, shortest)
        if brand is None and not info.known:
            brand = v.fix_brand_typo(t.text)
        if brand is not None:
            notes.append(f"«{t.text}» — понял как марку «{brand.name}»")
            t.used, t.role = True, "brand"
            found.append((i, brand))
    return found


# «спрайтик», «сникерсик»: a brand said fondly.
_BRAND_DIMINUTIVES = ("ики", "иков", "ик", "чики", "чик")


def _brand_diminutive(
    v: Vocabulary, form: str, shortest: int = 4, then: str | None = None
) -> Brand | None:
    """The brand ``form`` says fondly; with ``then``, the two-word brand it begins."""
    for stem, _ in _stems_before(form, ((s, "") for s in _BRAND_DIMINUTIVES), shortest):
        brand = v.brand((stem, then) if then else (stem,))
        if brand is not None:
            return brand
    return None


def _stems_before(
    form: str, suffixes: Iterable[tuple[str, str]], shortest: int
) -> Iterator[tuple[str, str]]:
    """(stem, replacement) for each suffix ``form`` ends with, leaving ``shortest`` or
    more letters of stem."""
    for suffix, base in suffixes:
        if form.endswith(suffix) and len(form) - len(suffix) >= shortest:
            yield form[: -len(suffix)], base


# Diminutive suffixes of product words and what replaces them («картошечка» →
# «картошка», «бекончик» → «бекон», «капустка» → «капуста», «хлебушек» → «хлеб»).
_DIMINUTIVES = (
    ("ечка", "ка"), ("ечку", "ку"), ("ечки", "ки"), ("очка", "ка"), ("очку", "ку"),
    ("ичка", "а"), ("ичку", "у"),  # «лапшичка» → «лапша»
    ("очки", "ки"), ("ушек", ""), ("ушка", ""), ("чики", ""), ("чиков", ""), ("чик", ""),
    ("чика", ""), ("чику", ""),  # «бекончика», «помидорчику»: the genitive, the dative
    ("ечек", "ка"), ("очек", "ка"),  # «сушечек», «бараночек»: the genitive plural
    ("ики", ""), ("иков", ""), ("ик", ""), ("ика", ""), ("ка", "а"), ("ку", "у"), ("ки", "ы"),
    ("ишки", "и"),  # «хинкалишки» → «хинкали»
    ("ок", ""),  # «медок» → «мед»
    ("енка", "ное"), ("енки", "ные"), ("енку", "ное"),  # «пироженка» → «пирожное»
    ("цо", "о"),  # «винцо» → «вино»
    ("ьице", "ье"), ("ице", "о"),  # «вареньице» → «варенье», «маслице» → «масло»
)  # fmt: skip


def diminutive_base(v: Vocabulary, form: str, *, goods: bool = False) -> str | None:
    """The product word a diminutive is made of, or None: only a suffix that leaves a
    known product word (with at least three letters of stem) counts; with ``goods``, a
    word for goods the vocabulary has no product of («пармезанчик» → «пармезан»)."""
    for stem, base in _stems_before(form, _DIMINUTIVES, 3):
        # «авокадики» → «авокадо», «тофушка» → «тофу»: an undeclined noun's vowel.
        for candidate in (stem + base, stem, stem + "а", stem + "ы", stem + "о", stem + "у"):
            # A noun, not another word of the product's: «медовик» is no «медов»
            # (медовый, a short adjective), it is a cake.
            if (
                candidate != form
                and (v.product_of_word(candidate) is not None or (goods and candidate in v.goods))
                and v.word(candidate).pos == "NOUN"
            ):
                return candidate
    return None


def _cut_noun(v: Vocabulary, form: str) -> str | None:
    """The product a word the dictionary lacks is the start of, when every product word
    it begins names one product («картоф» → «картофель», «пельм» → «пельмени»)."""
    if len(form) < 5:
        return None
    begun = [p for p in v.product_lemmas if p.startswith(form)]
    names = {product.name for p in begun if (product := v.product_of_word(p)) is not None}
    if len(names) != 1:
        return None
    (name,) = names
    return name if name.startswith(form) else min(begun, key=len)


def _misspelt_diminutive(v: Vocabulary, form: str) -> str | None:
    """The product word a misspelt diminutive is made of («круасанчики» → «круассан»)."""
    for stem, base in _stems_before(form, _DIMINUTIVES, 4):
        fixed = v.fix_typo(stem + base)
        if fixed is not None and v.product_of_word(fixed) is not None:
            return fixed
    return None


# «маринов», «копч»: a participle is cut before its suffix too.
_PARTICIPLE_ENDINGS = ("анный", "енный", "еный")
_ADJECTIVE_ENDINGS = (*ADJECTIVE_ENDINGS, *_PARTICIPLE_ENDINGS)


def _cut_adjective(
    v: Vocabulary, form: str, endings: tuple[str, ...] = _ADJECTIVE_ENDINGS
) -> str | None:
    """The adjective a word the dictionary lacks is the start of, with its ending
    added («розов» → «розовый»), or None."""
    if len(form) < 4:
        return None
    for ending in endings:
        full = v.word(form + ending)
        if full.known and full.pos in ("ADJF", "PRTF"):
            return form + ending
    if endings is _PARTICIPLE_ENDINGS:
        return None
    info = v.word(form)
    full = v.word(info.lemma)
    if info.pos == "ADJS" and full.known and full.pos == "ADJF":
        return info.lemma  # a short form, as a list cuts the full one
    return None


_ONE_N_RE = re.compile(r"(?<=[аоеия])н(?=(?:ый|ая|ое|ые|ого|ую|ой|ых|ом|ым|ыми)$)")


def _double_n(v: Vocabulary, form: str) -> str | None:
    """A participle written with one «н» of its two, or None."""
    fixed = _ONE_N_RE.sub("нн", form)
    if fixed == form:
        return None
    info = v.word(fixed)
    return fixed if info.known and info.pos in ("ADJF", "PRTF") else None


def _after_product(v: Vocabulary, toks: list[Tok], at: int) -> bool:
    """Whether a product word comes before ``toks[at]``: asked only of the few words a
    cut adjective may be, not of every word."""
    return any(v.names_goods(x.text) for x in toks[:at])


# A Russian word typed in Latin letters («kolu», «morojenoe», «syr»): the letters a
# brand's transliteration reads otherwise.
_CONSONANT_Y = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])й(?=[бвгджзклмнпрстфхцчшщ]|$)")


def _typed_in_latin(v: Vocabulary, form: str) -> str | None:
    """The product word a Latin-typed Russian word is, or None; never a brand's name."""
    if len(form) < 3 or not form.isascii() or not form.isalpha():
        return None
    if v.brand(brand_key(form)) is not None:
        return None
    # Imported here: the matching package costs the parser's start-up 30 ms, and only an
    # unknown Latin word needs it.
    from korzina.core.matching.brands import brand_variants

    base = brand_variants(form)[1]
    for candidate in dict.fromkeys(
        [base, base.replace("дж", "ж"), _CONSONANT_Y.sub("ы", base), base.replace("дж", "й")]
    ):
        if v.product_of_word(candidate) is not None:
            return candidate
    # As chats spell it («pelmeni»: пельмени, «yogurt»: йогурт).
    return next((c for c in russian_spellings(form) if v.product_of_word(c) is not None), None)


# How chats write Russian in Latin letters: each spelling and the letters it may stand
# for, the likelier first («y» is ы, й or и; «l» may hide a soft sign, «pelmeni»).
# Longer spellings are tried first at each position.
_TRANSLIT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("shch", ("щ",)), ("sch", ("щ",)), ("tch", ("ч",)), ("cho", ("чо", "че")),
    ("zho", ("жо", "же")), ("sho", ("шо", "ше")),
    ("sh", ("ш",)), ("ch", ("ч",)), ("zh", ("ж",)), ("kh", ("х",)), ("ts", ("ц", "тс")),
    ("tz", ("ц",)), ("jya", ("жья", "йя")), ("yo", ("е", "йо")), ("jo", ("е",)),
    ("yu", ("ю",)), ("ju", ("ю",)), ("'", ("ь", "")),
    ("iu", ("ю", "иу")), ("ya", ("я",)), ("ja", ("я",)), ("ia", ("ия", "я")),
    ("ye", ("е", "ые", "ье")), ("ie", ("ие", "ье")), ("je", ("е",)), ("iy", ("ий", "ый")),
    ("yy", ("ый",)), ("ij", ("ий",)), ("yj", ("ый",)), ("a", ("а",)), ("b", ("б",)),
    ("c", ("ц", "к")), ("d", ("д",)),
    ("e", ("е", "э")), ("f", ("ф",)), ("g", ("г",)), ("h", ("х",)), ("i", ("и", "й")),
    ("j", ("й", "ж")), ("k", ("к",)), ("l", ("л", "ль")), ("m", ("м",)), ("n", ("н",)),
    ("o", ("о",)), ("p", ("п",)), ("q", ("к",)), ("r", ("р",)), ("s", ("с",)),
    ("t", ("т",)), ("u", ("у",)), ("v", ("в",)), ("w", ("ш", "в")), ("x", ("кс", "х")),
    ("y", ("ы", "й", "и")), ("z", ("з",)),
)  # fmt: skip
_MAX_SPELLINGS = 512


@functools.lru_cache(maxsize=4096)
def russian_spellings(form: str) -> tuple[str, ...]:
    """The Cyrillic words a Latin-typed Russian word may be («yaytsa» → «яйца»,
    «chyornyj» → «черный»), the likeliest first: fewest second readings. Kept: an item
    typed in Latin asks for a word's spellings more than once."""
    choices: list[tuple[str, ...]] = []
    for part in spelled_in_parts(form, _TRANSLIT):
        if isinstance(part, str):
            return ()  # not a letter Russian is typed with
        choices.append(part)
    spellings = list(itertools.islice(itertools.product(*choices), _MAX_SPELLINGS))
    spellings.sort(
        key=lambda letters: sum(c != o[0] for c, o in zip(letters, choices, strict=True))
    )
    out = ["".join(letters) for letters in spellings]
    # A soft sign left unwritten at the end («morkov», «sol»), tried last.
    return (*out, *(s + "ь" for s in out if s[-1] in _SOFT_ENDINGS))


_SOFT_ENDINGS = frozenset("лнтдсзвмрчшжбп")
_ADJECTIVE_RE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$")
_LATIN_EGG_CLASS_RE = re.compile(r"s-?[0-3]")


def _latin_words(v: Vocabulary, toks: list[Tok]) -> list[tuple[Tok, str | None]]:
    """The words of Latin letters that may be Russian typed so, each with its first
    spelling the dictionary, the vocabulary or a brand knows (None: none); never a
    brand's name or a unit («500g»)."""
    out: list[tuple[Tok, str | None]] = []
    for t in toks:
        if t.used or t.kind != "word" or not t.text.isascii():
            continue
        if not t.text.replace("'", "").isalpha():
            continue  # «gor'kiy»: an apostrophe for a soft sign
        if t.text in w.MEASURE_SURFACE or v.brand(brand_key(t.text)) is not None:
            continue
        russian = next(
            (
                s
                for s in russian_spellings(t.text)
                if v.word(s).known or v.names_goods(s) or v.brand(brand_key(s)) is not None
            ),
            None,
        )
        out.append((t, russian))
    return out


def _read_latin_words(v: Vocabulary, toks: list[Tok], notes: list[str], latin: bool) -> None:
    """In an item typed in Latin letters, its other words too («hleb borodinskiy»,
    «chipsy lays s krabom»), each read as its first Russian spelling the dictionary knows.
    ``latin``: a product word of the item was typed so; without one, an item is read so
    only when it has two words of four letters or more and every such word reads as
    Russian («tualetnaya bumaga»), not an English name («dove men care»)."""
    found = _latin_words(v, toks)
    if not latin:
        long = [russian for t, russian in found if len(t.text) >= 4]
        if len(long) < 2 or None in long:
            return
    for t, russian in found:
        if russian is None and len(t.text) >= 5:
            # A rarer adjective the dictionary lacks («krupnolistovoi»): as it is spelt.
            russian = next((s for s in russian_spellings(t.text) if _ADJECTIVE_RE.search(s)), None)
        if russian is not None:
            _read_as(t, russian, notes)
    if any(t.text.startswith("яйц") for t in toks):
        for t in toks:
            if t.kind == "word" and _LATIN_EGG_CLASS_RE.fullmatch(t.text):
                # «jaica s0»: the class typed with a Latin «s»
                notes.append(f"«{t.text}» — понял как «С{t.text[-1]}»")
                t.kind, t.text = "egg", f"с{t.text[-1]}"


def _read_as(t: Tok, word: str, notes: list[str], named: str | None = None) -> None:
    """``t`` read as ``word`` from now on, and the answer says so (as ``named``)."""
    notes.append(f"«{t.text}» — понял как «{named or word}»")
    t.text = word


def _as_product(v: Vocabulary, t: Tok, word: str, notes: list[str]) -> None:
    """``t`` read as ``word``, a product word, named in the note as its product."""
    product = v.product_of_word(word)
    _read_as(t, word, notes, product.name if product else None)


def fix_typos(v: Vocabulary, toks: list[Tok], notes: list[str]) -> None:
    """Misspelt product words («малоко», «сметанна») replaced by the product word, noted."""
    latin = False
    for at, t in enumerate(toks):
        if not t.used and t.kind == "word" and (russian := _typed_in_latin(v, t.text)):
            _read_as(t, russian, notes)  # named as written: «borodinskiy» is «бородинский»
            latin = True
            continue
        if t.used or t.kind != "word" or not ("а" <= t.text[0] <= "я"):
            continue
        if t.text in w.NOISE or t.text in w.CHEAP or t.text in w.EXPENSIVE:
            continue
        if t.text in w.SHELF_WORDS:
            continue  # «майонез лайт»: a word of the shelf, not «лайм» misspelt
        if t.text in w.CUT_STEMS and any(
            o is not t and o.kind == "word" and len(o.text) > 3 for o in toks
        ):
            # «филе кур», «минтай филе замор», «зел лучок»: a stem cut without its dot,
            # beside the word it describes (alone, «кур» is hens).
            _read_as(t, w.CUT_STEMS[t.text], notes)
            continue
        if t.role == "negated" and v.brand(brand_key(t.text)) is not None:
            continue  # «только не простоквашино»: a brand, not «простокваша» misspelt
        info = v.word(t.text)
        if info.lemma in v.product_lemmas:
            continue  # a product word
        if (
            info.pos in _TYPO_POS
            and v.product_of_word(t.text) is not None
            and not any(
                v.word(x.text).pos == "NOUN" and v.product_of_word(x.text) for x in toks[:at]
            )
        ):
            # «глазированных сырков»: a product's plural after its adjective, not «сырковый»
            # cut short (after a product noun it may be one: «масло слив»)
            continue
        if t.text in v.goods and (is_container(t, v) or diminutive_base(v, t.text) is None):
            continue  # a real word for goods; «рулетик» is still the product «рулет»
        # A short form after the product is its adjective («пармезан терт»); alone it
        # is more likely the product misspelt («сметанна»).
        cut = not info.known or (info.pos == "ADJS" and _after_product(v, toks, at))
        if cut and at == 0 and (noun := _cut_noun(v, t.text)) is not None:
            _as_product(v, t, noun, notes)  # «пельм сибирские»: first, the product cut short
            continue
        if cut:
            full = _cut_adjective(v, t.text)
        else:
            # «огурцы маринов»: a participle cut before its suffix, though the cut is a
            # word of its own (a plural of «марина»), right after the product it
            # describes (not «на перекус»).
            beside = (
                at > 0
                and toks[at - 1].kind == "word"
                and toks[at - 1].text not in w.NOISE
                and (info.pos != "NOUN" or info.case == "gent")  # not «размер 3»
            )
            full = (
                _cut_adjective(v, t.text, _PARTICIPLE_ENDINGS)
                if beside and _after_product(v, toks, at)
                else None
            )
        if full is not None:
            # «помидоры розов», «салфетки влажн», «пармезан терт»: an adjective cut
            # short, written out (not «терт» read as «торт»).
            _read_as(t, full, notes)
            continue
        if not info.known and (doubled := _double_n(v, t.text)) is not None:
            _read_as(t, doubled, notes)  # «консервированый», «маринованые»: one «н» of two
            continue
        fixed = diminutive_base(v, t.text)
        if fixed is None and not info.known:
            fixed = _cut_noun(v, t.text)  # «картоф 5кг», «майон»: a product word cut short
        if fixed is None and not (len(t.text) == 4 and _after_product(v, toks, at)):
            # a four-letter word after the product is one edit from many words: its
            # brand or sort («кофе растворимый пеле»), not another product misspelt
            fixed = v.fix_typo(t.text)
        if fixed is None and not info.known:
            fixed = _misspelt_diminutive(v, t.text)  # «круасанчики»: «круассан» fondly
        if fixed is None and not info.known:
            fixed = diminutive_base(v, t.text, goods=True)  # «пармезанчик»: a cheese's name
        if fixed is None and info.known and info.pos in _TYPO_POS:
            fixed = v.fix_typo(t.text, known=True)
        if fixed and fixed != t.text:
            _as_product(v, t, fixed, notes)
    _read_latin_words(v, toks, notes, latin)
