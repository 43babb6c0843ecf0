"""The plausibility checks at ingest: each rule drops what it is for, and no real offer of
the recorded catalog sample is dropped (a false alarm loses a real price)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from korzina.core.models import Offer, PackSize, SizeUnit, SoldBy, money
from korzina.core.plausibility import kind_floor, problem, screen
from korzina.core.rejects import collect
from korzina.core.units import parse_pack, unit_price

SAMPLE = Path(__file__).parent.parent / "data" / "real_offers.jsonl"


def _offer(name: str, price: str, **extra: object) -> Offer:
    """An offer as an adapter builds it: the pack from the title, the unit price from it."""
    pack = extra.pop("pack", parse_pack(name))
    sold_by = extra.pop("sold_by", SoldBy.PIECE)
    assert isinstance(sold_by, SoldBy)
    up = unit_price(money(price), sold_by, pack if isinstance(pack, PackSize) else None)
    fields: dict[str, object] = {
        "store": "dixy",
        "product_id": "1",
        "name": name,
        "price": price,
        "sold_by": sold_by,
        "pack": pack,
        "unit_price": up[0] if up else None,
        "unit_price_unit": up[1] if up else None,
    }
    fields.update(extra)
    return Offer.model_validate(fields)


@pytest.mark.parametrize(
    ("offer", "why"),
    [
        (_offer("Молоко Домик в деревне 3,2% 930мл", "0"), "цена 0,00 ₽"),
        (_offer("Яйцо куриное С0 10 шт", "1.00"), "цена 1,00 ₽ ниже 2,00 ₽"),
        # The half-delivered card of issue 15 read as 13 ₽: 1,30 ₽ an egg.
        (
            _offer("Яйцо куриное С0 10 шт", "13"),
            "1,30 ₽ за шт — ниже правдоподобного для «яйцо» (1,50 ₽ за шт)",
        ),
        (
            _offer("Масло сливочное Простоквашино 82% 180г", "9.99"),
            "55,50 ₽ за кг — ниже правдоподобного для «сливочное масло» (100,00 ₽ за кг)",
        ),
        (
            _offer("Молоко Домик в деревне 3,2% 930мл", "89.99", unit_price="9.68"),
            "цена за л 9,68 ₽ не сходится с ценой упаковки 89,99 ₽ (96,76 ₽ за л)",
        ),
        (
            _offer("Сыр Ламбер 50% 230г", "299.99", card_price="599.99"),
            "цена по карте 599,99 ₽ выше обычной 299,99 ₽",
        ),
        (
            _offer("Сыр Ламбер 50% 230г", "299.99", regular_price="29.99"),
            "цена до скидки 29,99 ₽ ниже текущей 299,99 ₽",
        ),
    ],
    ids=["zero", "under-2", "egg-floor", "butter-floor", "unit-vs-pack", "card", "regular"],
)
def test_an_implausible_price_is_named(offer: Offer, why: str) -> None:
    assert problem(offer) == why


@pytest.mark.parametrize(
    "offer",
    [
        _offer("Яйцо куриное С0 10 шт", "134.99"),
        # Cheap per unit but not a kind with a floor: paper napkins, bin bags.
        _offer("Салфетки бумажные белые 1 слой, 100шт", "41.99"),
        _offer("Пакеты для мусора 60л 20шт", "95.99"),
        _offer("Вода питьевая 5 л", "55.99"),
        _offer("Картофель мытый", "35.90", sold_by=SoldBy.KG, pack=None),
        # A deep but real clearance: 74,99 → 4,99 ₽ (seen in the sample).
        _offer("Хлопушка пружинная 10 см", "4.99", regular_price="74.99"),
        _offer("Сыр Ламбер 50% 230г", "299.99", card_price="279.99", regular_price="319.99"),
    ],
    ids=["eggs", "napkins", "bin-bags", "water", "by-weight", "clearance", "card"],
)
def test_a_plausible_price_passes(offer: Offer) -> None:
    assert problem(offer) is None


def test_no_offer_of_the_recorded_catalog_sample_is_dropped() -> None:
    offers = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        regular = row.get("regular_price")
        offers.append(
            _offer(
                row["name"],
                str(row["price"]),
                store=row["store"],
                product_id=row["product_id"],
                brand=row.get("brand"),
                category_path=tuple(row.get("category_path") or ()),
                sold_by=SoldBy(row["sold_by"]),
                regular_price=None if regular is None else str(regular),
            )
        )
    assert len(offers) > 4000
    assert [(o.name, problem(o)) for o in offers if problem(o)] == []


def test_a_sub_kind_takes_its_parents_floor() -> None:
    assert kind_floor("яйцо") == (SizeUnit.PIECE, Decimal("1.50"))
    # «бородинский хлеб» → «ржаной хлеб» → «хлеб».
    assert kind_floor("бородинский хлеб") == (SizeUnit.KG, Decimal("30"))
    assert kind_floor("no such kind") is None


def test_screen_keeps_the_plausible_and_names_the_rest() -> None:
    good = _offer("Яйцо куриное С1 10 шт", "119.99", product_id="a")
    bad = _offer("Яйцо куриное С0 10 шт", "1.00", product_id="b")
    with collect() as rejected:
        kept = screen([good, bad])
    assert kept == [good]
    assert [r.text() for r in rejected] == ["«Яйцо куриное С0 10 шт»: цена 1,00 ₽ ниже 2,00 ₽"]


def test_the_analysis_runs_only_under_a_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ordinary prices cost no title analysis: it runs for a price per unit under the
    highest floor of that unit only."""
    import korzina.core.plausibility as plausibility

    seen: list[str] = []
    real = plausibility.kind_of
    monkeypatch.setattr(plausibility, "kind_of", lambda o: seen.append(o.name) or real(o))
    assert problem(_offer("Яйцо куриное С0 10 шт", "134.99")) is None
    assert problem(_offer("Масло сливочное 82% 180г", "199.99")) is None
    assert seen == []
    assert problem(_offer("Яйцо куриное С0 10 шт", "13")) is not None
    assert seen == ["Яйцо куриное С0 10 шт"]
