"""Is an offer's price believable? Checks every offer passes before it is stored or used.

A parser that reads a page cut short can still produce a well-formed ``Offer``: Дикси's
last card of a half-delivered search page gave «1,00 ₽» for eggs that cost 134,99 ₽
(issue 15). The parsers refuse what they cannot read whole; these checks are the second
line: a price no shop asks for is dropped and named (``korzina.core.rejects``), never
stored. Pure functions; the one hook is ``screen``, called where a store's offers enter
korzina: the fan-out (live search, refresh) and the crawl (category pages).

The rules are few and deliberately loose: a false alarm drops a real price, so each
floor sits several times below the cheapest real price seen in the recorded catalog
sample (tests/data/real_offers.jsonl, 4,190 offers of the four stores):

1. **not positive**: a price of 0 or below is not a price;
2. **below 2 ₽**: the cheapest real product in the sample costs 4,99 ₽;
3. **unit price contradicts the pack**: the stated price per кг/л/шт differs from the
   pack price divided by the pack size by more than 2 % (an adapter or store mix-up);
4. **card price far above the regular price**: a loyalty-card price is a discount, one
   over 1.5× the regular price is a misread;
5. **regular price far below the current price**: the price «before the promo» under
   two thirds of the current price is a misread (a promo lowers the price);
6. **below the kind's floor**: for staple kinds (eggs, milk, bread, …), a price per
   кг/л/шт under ``KIND_FLOORS`` (about a quarter of the cheapest in the sample: eggs
   6,25 ₽ apiece → 1,50 ₽). The title analysis that finds the kind
   (``korzina.core.matching.analyze``) runs only for offers under the highest floor of
   their unit whose title has the head noun of such a kind, so most cost nothing here.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from decimal import Decimal

from korzina.core.matching.analyze import analyze_title
from korzina.core.matching.kinds import taxonomy
from korzina.core.models import Offer, SizeUnit, SoldBy
from korzina.core.rejects import reject
from korzina.core.text import Lemmatizer
from korzina.core.units import unit_price

MIN_PRICE = Decimal("2.00")
UNIT_PRICE_TOLERANCE = Decimal("0.02")  # relative
CARD_OVER_REGULAR = Decimal("1.5")
REGULAR_UNDER_PRICE = Decimal("0.66")

# Kind (a taxonomy name) → (unit, the lowest believable price per that unit). A kind's
# sub-kinds inherit its floor (``Kind.parent``). Cheapest seen in the sample, for scale:
# яйцо 6,25/шт, молоко 41/л, хлеб 156/кг, сливочное масло 500/кг, сахар 110/кг,
# мука 28/кг, рис 55/кг, картофель 36/кг, вода 11/л, сыр 394/кг, творог 190/кг,
# курица 75/кг, подсолнечное масло 90/л, макароны 66/кг, кофе 480/кг, сметана 175/кг.
KIND_FLOORS: Mapping[str, tuple[SizeUnit, Decimal]] = {
    "яйцо": (SizeUnit.PIECE, Decimal("1.50")),
    "молоко": (SizeUnit.L, Decimal("10")),
    "хлеб": (SizeUnit.KG, Decimal("30")),
    "сливочное масло": (SizeUnit.KG, Decimal("100")),
    "сахар": (SizeUnit.KG, Decimal("20")),
    "мука": (SizeUnit.KG, Decimal("7")),
    "рис": (SizeUnit.KG, Decimal("12")),
    "картофель": (SizeUnit.KG, Decimal("7")),
    "вода": (SizeUnit.L, Decimal("2")),
    "сыр": (SizeUnit.KG, Decimal("80")),
    "творог": (SizeUnit.KG, Decimal("40")),
    "курица": (SizeUnit.KG, Decimal("15")),
    "подсолнечное масло": (SizeUnit.L, Decimal("20")),
    "макароны": (SizeUnit.KG, Decimal("15")),
    "кофе": (SizeUnit.KG, Decimal("100")),
    "сметана": (SizeUnit.KG, Decimal("35")),
}


def _rub(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",") + " ₽"


@functools.cache
def _highest_floor() -> dict[SizeUnit, Decimal]:
    top: dict[SizeUnit, Decimal] = {}
    for unit, floor in KIND_FLOORS.values():
        top[unit] = max(floor, top.get(unit, floor))
    return top


@functools.cache
def _lemmatizer() -> Lemmatizer:
    return Lemmatizer()


def kind_of(offer: Offer) -> str:
    """The offer's kind, as the title analysis reads it when the offer is saved."""
    analysis = analyze_title(
        offer.name,
        offer.brand,
        offer.category_path,
        pack=offer.pack,
        sold_by_kg=offer.sold_by is SoldBy.KG,
        lemmatizer=_lemmatizer(),
    )
    return analysis.kind


def kind_floor(kind: str) -> tuple[SizeUnit, Decimal] | None:
    """The floor of ``kind`` or of its nearest ancestor in ``KIND_FLOORS``."""
    tax = taxonomy()
    seen: set[str] = set()
    name: str | None = kind
    while name is not None and name not in seen:
        if name in KIND_FLOORS:
            return KIND_FLOORS[name]
        seen.add(name)
        found = tax.by_name.get(name)
        name = found.parent if found is not None else None
    return None


@functools.cache
def _floor_stems() -> tuple[str, ...]:
    """Stems of the head nouns of every kind with a floor (its own or an ancestor's):
    a title without one of them is not of such a kind, so it needs no analysis."""
    stems = {
        head[:-1] if len(head) > 3 else head
        for kind in taxonomy().kinds
        if kind_floor(kind.name) is not None
        for head in kind.heads
    }
    return tuple(sorted(stems))


def _may_have_floor(name: str) -> bool:
    low = name.lower().replace("ё", "е")
    return any(stem in low for stem in _floor_stems())


def problem(offer: Offer) -> str | None:
    """Why ``offer``'s price is not believable (Russian, for the store's status), or None."""
    price = offer.price
    if price <= 0:
        return f"цена {_rub(price)}"
    if price < MIN_PRICE:
        return f"цена {_rub(price)} ниже {_rub(MIN_PRICE)}"
    per = offer.unit_price
    if per is not None and offer.pack is not None and offer.sold_by is SoldBy.PIECE:
        expected = unit_price(price, offer.sold_by, offer.pack)
        if expected is not None and expected[1] == offer.unit_price_unit:
            gap = abs(per - expected[0])
            if gap > max(expected[0] * UNIT_PRICE_TOLERANCE, Decimal("0.02")):
                return (
                    f"цена за {expected[1].value} {_rub(per)} не сходится с ценой упаковки "
                    f"{_rub(price)} ({_rub(expected[0])} за {expected[1].value})"
                )
    if offer.card_price is not None:
        base = offer.regular_price if offer.regular_price is not None else price
        if offer.card_price > base * CARD_OVER_REGULAR:
            return f"цена по карте {_rub(offer.card_price)} выше обычной {_rub(base)}"
    if offer.regular_price is not None and offer.regular_price < price * REGULAR_UNDER_PRICE:
        return f"цена до скидки {_rub(offer.regular_price)} ниже текущей {_rub(price)}"
    if per is not None and offer.unit_price_unit is not None:
        top = _highest_floor().get(offer.unit_price_unit)
        if top is not None and per < top and _may_have_floor(offer.name):
            kind = kind_of(offer)
            floor = kind_floor(kind)
            if floor is not None and floor[0] == offer.unit_price_unit and per < floor[1]:
                unit = floor[0].value
                return (
                    f"{_rub(per)} за {unit} — ниже правдоподобного для «{kind}» "
                    f"({_rub(floor[1])} за {unit})"
                )
    return None


def screen(offers: Iterable[Offer]) -> list[Offer]:
    """The believable offers; every other one is rejected (``korzina.core.rejects``),
    so the status of the call that brought it names it."""
    kept: list[Offer] = []
    for offer in offers:
        why = problem(offer)
        if why is None:
            kept.append(offer)
        else:
            reject(offer.store, offer.name or offer.product_id, why)
    return kept
