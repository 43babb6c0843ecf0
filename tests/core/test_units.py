"""Units, sizes, fat, egg class and flour grade from Russian product titles.

Three kinds of evidence:
* a table of real titles from the recorded store responses (tests/data/titles.tsv);
* cross-checks of the title parse against the size fields the stores send
  themselves (Пятёрочка ``property_clarification``, Перекрёсток ``masterData``);
* hand-written edge cases, marked as such, for what the fixtures lack
  (egg classes, flour grades, discounts).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from korzina.core.models import PackSize, SizeUnit, SoldBy
from korzina.core.units import (
    TitleFacts,
    normalize_amount,
    parse_egg_class,
    parse_fat,
    parse_fat_range,
    parse_flour_grade,
    parse_pack,
    parse_title,
    unit_price,
)

TESTS = Path(__file__).resolve().parent.parent
FIXTURES = TESTS / "fixtures"
TABLE = TESTS / "data" / "titles.tsv"
FLAGS = ("ultra_pasteurized", "pasteurized", "weighted")


# --- the table of real titles -------------------------------------------


@dataclass(frozen=True)
class Row:
    source: str
    title: str
    pack: PackSize | None
    fat_pct: Decimal | None
    egg_class: str | None
    flour_grade: str | None
    flags: frozenset[str]
    note: str


def _load_table() -> list[Row]:
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    rows = []
    for rec in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        pack = None
        if rec["pack_value"]:
            pack = PackSize(
                value=Decimal(rec["pack_value"]),
                unit=SizeUnit(rec["pack_unit"]),
                count=int(rec["pack_count"]),
            )
        rows.append(
            Row(
                source=rec["source"],
                title=rec["title"],
                pack=pack,
                fat_pct=Decimal(rec["fat_pct"]) if rec["fat_pct"] else None,
                egg_class=rec["egg_class"] or None,
                flour_grade=rec["flour_grade"] or None,
                flags=frozenset(f for f in rec["flags"].split(",") if f),
                note=rec["note"],
            )
        )
    return rows


ROWS = _load_table()


def _fixture_path(source: str) -> Path:
    store, name = source.split("/", 1)
    return FIXTURES / store / "recorded" / name


def test_title_table_holds_at_least_120_real_titles_from_all_four_stores() -> None:
    assert len(ROWS) >= 120
    assert len({r.title for r in ROWS}) == len(ROWS), "duplicate titles in the table"
    assert {r.source.split("/")[0] for r in ROWS} == {
        "pyaterochka",
        "magnit",
        "dixy",
        "perekrestok",
    }


@pytest.mark.parametrize("row", ROWS, ids=[r.title[:60] for r in ROWS])
def test_table_title_occurs_verbatim_in_its_fixture(row: Row) -> None:
    text = _fixture_path(row.source).read_text(encoding="utf-8")
    # JSON escapes quotes; the .py.txt sample keeps them as they are.
    assert row.title in text or json.dumps(row.title, ensure_ascii=False)[1:-1] in text


@pytest.mark.parametrize("row", ROWS, ids=[r.title[:60] for r in ROWS])
def test_real_title_parses_to_the_expected_facts(row: Row) -> None:
    facts = parse_title(row.title)
    assert facts.pack == row.pack, row.note
    assert facts.fat_pct == row.fat_pct, row.note
    assert facts.egg_class == row.egg_class, row.note
    assert facts.flour_grade == row.flour_grade, row.note
    assert {f for f in FLAGS if getattr(facts, f)} == row.flags, row.note


# --- cross-checks against the stores' own size fields ---------------------


def _pyaterochka_products() -> Iterator[dict[str, Any]]:
    for path in sorted((FIXTURES / "pyaterochka" / "recorded").glob("oi-*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("products"), list):
            yield from data["products"]
        elif isinstance(data, dict) and "property_clarification" in data:
            yield data  # product-info answers one product


def _perekrestok_products() -> Iterator[dict[str, Any]]:
    rec = FIXTURES / "perekrestok" / "recorded"

    def load(name: str) -> Any:
        return json.loads((rec / name).read_text(encoding="utf-8"))["content"]

    for name in ("catalog_product_grouped-feed.json", "catalog_category_feed_preview.json"):
        for group in load(name)["items"]:
            yield from group["products"]
    for name in ("catalog_product_feed.json", "catalog_product_similar.json"):
        yield from load(name)["items"]
    yield from load("catalog_search_all.json")["products"]
    yield load("catalog_product_plu.json")


# Where title and structured field disagree, and why. Any new disagreement fails.
PYATEROCHKA_KNOWN = {
    "Авокадо Puro Gusto фасованный 1уп.": "title says one pack, not its weight",
    "Напиток Добрый Кола газированный 250мл": "the store's field says 250 г for a drink",
}
PEREKRESTOK_KNOWN_GROSS = {
    # masterData.weight is the gross weight: cheese packed in brine or water.
    "Сыр мягкий Bonfesto Моцарелла мини 12 шариков 45%, 100г",
    "Сыр мягкий Bonfesto Моцарелла 1 шарик 45%, 100г",
    "Сыр Unagrande Моцарелла Чильеджина в воде 45%, 125г",
    "Сыр Unagrande Моцарелла протеиновый в воде чильеджина безлактозный 32%, 100г",
    "Сыр Unagrande Моцарелла Фиор ди латте в воде 45%, 125г",
    "Сыр Unagrande Моцарелла в воде Чильеджина безлактозный 45%, 125г",
    "Сыр Galbani Моцарелла мини 45%, 100г",
    "Сыр Galbani Моцарелла мини 45%, 150г",
    "Сыр Galbani Моцарелла макси 45%, 250г",
    "Сыр Galbani Буррата мини 50%, 125г",
}


@dataclass(frozen=True)
class CrossCheck:
    compared: int
    agreed: int
    disagreements: dict[str, str]

    @property
    def rate(self) -> float:
        return self.agreed / self.compared


def _cross_check_pyaterochka() -> CrossCheck:
    seen: set[str] = set()
    compared = agreed = 0
    bad: dict[str, str] = {}
    for p in _pyaterochka_products():
        clar, name = p.get("property_clarification"), p["name"]
        # «Цена за 1 кг» is a price basis of goods sold by weight, not a size.
        if not clar or clar.startswith("Цена за") or name in seen:
            continue
        seen.add(name)
        compared += 1
        ours, theirs = parse_pack(name), parse_pack(clar)
        assert theirs is not None, f"cannot read the store's own size {clar!r}"
        if ours is not None and ours.total_base() == theirs.total_base():
            agreed += 1
        else:
            bad[name] = f"title {ours} vs field {clar!r}"
    return CrossCheck(compared, agreed, bad)


def _cross_check_perekrestok() -> CrossCheck:
    seen: set[str] = set()
    compared = agreed = 0
    bad: dict[str, str] = {}
    for p in _perekrestok_products():
        title, master = p["title"], p["masterData"]
        if title in seen:
            continue
        seen.add(title)
        pack = parse_pack(title)
        if pack is None or pack.unit is SizeUnit.PIECE:
            continue
        # Only like with like: volume (ml) for л/мл, weight (g) for г/кг.
        amount, base = pack.total_base()
        field = master.get("volume") if base is SizeUnit.L else master.get("weight")
        if not field:
            continue
        compared += 1
        # The fields are whole grams/millilitres: «432.9г» is stored as 433.
        if round(amount * 1000) == int(field):
            agreed += 1
        else:
            bad[title] = f"title {amount} {base} vs masterData {field}"
    return CrossCheck(compared, agreed, bad)


def test_pyaterochka_title_sizes_agree_with_property_clarification() -> None:
    check = _cross_check_pyaterochka()
    assert check.compared >= 30
    assert set(check.disagreements) == set(PYATEROCHKA_KNOWN), check.disagreements
    assert check.rate >= 0.9


def test_perekrestok_title_sizes_agree_with_master_data_except_gross_weights() -> None:
    check = _cross_check_perekrestok()
    assert check.compared >= 400
    assert set(check.disagreements) == PEREKRESTOK_KNOWN_GROSS, check.disagreements
    # Brine cheese: the gross weight is always more than the net in the title.
    for title in PEREKRESTOK_KNOWN_GROSS:
        amount_text, field_text = check.disagreements[title].split(" vs masterData ")
        assert Decimal(amount_text.split()[1]) * 1000 < Decimal(field_text)
    assert check.rate >= 0.95


# --- hand-written edge cases (not from fixtures) -------------------------

# (text, value, unit, count); the brief's own examples plus a few more.
HAND_PACKS = [
    ("930мл", "930", "мл", 1),
    ("1,45 л", "1.45", "л", 1),
    ("0.9 кг", "0.9", "кг", 1),
    ("10шт", "10", "шт", 1),
    ("4х100г", "100", "г", 4),
    ("4x100г", "100", "г", 4),
    ("4×100 г", "100", "г", 4),
    ("2 x 1.5л", "1.5", "л", 2),
    ("6*0,33л", "0.33", "л", 6),
    ("1кг", "1", "кг", 1),
    ("500 г", "500", "г", 1),
    ("180г", "180", "г", 1),
    ("20 пак", "20", "шт", 1),
    ("10 пакетиков", "10", "шт", 1),
    ("1.5л", "1.5", "л", 1),
    ("0,5 л", "0.5", "л", 1),
    ("200 гр", "200", "г", 1),
    ("70 г х 3", "70", "г", 3),
    ("Вода питьевая 0,5л x 6шт", "0.5", "л", 6),
    ("Чай черный 100пак х 2г", "2", "г", 100),
    ("Хлеб Бородинский 7 злаков 300г", "300", "г", 1),
    ("Молоко 3,2% 930мл", "930", "мл", 1),
    ("Яйца С0 10шт", "10", "шт", 1),
    ("Йогурт питьевой 2,5% 125г (4 шт)", "125", "г", 4),
    ("Цыплёнок-бройлер 1,2-1,6 кг", "1.4", "кг", 1),
    ("Колбаса (0,5 кг)", "0.5", "кг", 1),
    ("Пельмени 1 килограмм", "1", "кг", 1),
    # A real Пятёрочка title (fresh_weekend fv25): a count right after a cut word's dot.
    ("PAPIA Бумага туалетная белая 3сл.8рул", "8", "шт", 1),
    # A real Дикси title: the total after the multipack it adds up is the multipack.
    ('Чай черный "Принцесса Нури" Высокогорный, 100х2 г, 200 г', "2", "г", 100),
    # … but a total it does not add up to stays the pack.
    ("Сок 3х0,2л, 1л", "1", "л", 1),
]


@pytest.mark.parametrize(("text", "value", "unit", "count"), HAND_PACKS)
def test_hand_written_pack_sizes_parse(text: str, value: str, unit: str, count: int) -> None:
    assert parse_pack(text) == PackSize(value=Decimal(value), unit=SizeUnit(unit), count=count)


@pytest.mark.parametrize(
    "text",
    [
        "Напиток 2 года выдержки",
        "Салфетки 33х33см",
        "Хлеб 7 злаков",
        "1 лимон",
        "Шампунь 2в1",
        "",
        # «.5л» is half a litre written short, not 5 litres (and not read as one).
        "Вода .5л",
    ],
)
def test_numbers_without_a_unit_are_not_a_pack(text: str) -> None:
    assert parse_pack(text) is None


@pytest.mark.parametrize(
    ("title", "count"),
    [
        # The kg range is the child's weight. A real title (tests/data/real_offers.jsonl),
        # then a hand-written one in Pampers' style.
        ("Подгузники Mini р.2 4-8кг Kokoro, 24шт", 24),
        ("Подгузники Pampers Active Baby 4 (9-14 кг), 46 шт", 46),
    ],
)
def test_a_mass_range_beside_a_piece_count_is_not_the_pack(title: str, count: int) -> None:
    assert parse_pack(title) == PackSize(value=Decimal(count), unit=SizeUnit.PIECE)


def test_mass_or_volume_wins_over_a_piece_count_elsewhere_in_the_title() -> None:
    # Hand-written: eggs titled with both count and weight.
    assert parse_pack("Яйцо куриное С1 10шт, 550г") == PackSize(value=Decimal(550), unit=SizeUnit.G)


@pytest.mark.parametrize(
    ("text", "fat"),
    [
        ("3,2%", "3.2"),
        ("Масло сливочное 82,5% 180г", "82.5"),
        ("2.5 %", "2.5"),
        ("Творог жирн. 9%", "9"),
        ("Сметана м.д.ж. 15%", "15"),
        ("Молоко 0,5-2,5%", "0.5"),
        ("Молоко от 3,4 до 6%", "3.4"),
        ("Кефир 2,5% -41%", "2.5"),
    ],
)
def test_hand_written_fat_percents_parse(text: str, fat: str) -> None:
    assert parse_fat(text) == Decimal(fat)


@pytest.mark.parametrize(
    "text",
    [
        "-41%",
        "Скидка 15% по карте",
        "Выгода 20%",
        "Скидки до 50%",
        "% от 2 шт",
        "15% от 2 шт",
        "Шоколад горький 70% какао",
        "Пиво светлое 4,5% 0,5л",
        "Настойка 20% об.",
        "Сок 100% сока",
    ],
)
def test_discount_cocoa_and_alcohol_percents_are_not_fat(text: str) -> None:
    assert parse_fat(text) is None


def test_fat_range_keeps_both_bounds() -> None:
    assert parse_fat_range("Молоко отборное 3.4-6%") == (Decimal("3.4"), Decimal(6))
    assert parse_fat_range("Молоко 3,2%") == (Decimal("3.2"), Decimal("3.2"))


@pytest.mark.parametrize(
    ("text", "egg_class"),
    [
        ("Яйца куриные С0 10шт", "С0"),
        ("Яйца куриные C0 10шт", "С0"),  # Latin C, digit zero
        ("Яйцо C1 10 шт", "С1"),  # Latin C
        ("Яйцо куриное С2", "С2"),
        ("Яйцо столовое С3 10шт", "С3"),
        ("Яйцо СВ 10шт", "СВ"),
        ("Яйцо CB 10шт", "СВ"),  # Latin C and B
        ("Яйца СО 10шт", "СО"),  # Cyrillic О: отборное
        ("Яйца CO 10шт", "СО"),  # Latin O
        ("яйца с1", "С1"),  # a shopper's lower case
        ("Яйца куриные отборные 10шт", "СО"),
        ("Яйцо отборное", "СО"),
        ("Яйцо куриное высшей категории", "СВ"),
        # The GOST category in words or digits (Дикси, tests/data/real_offers_g.jsonl).
        ("Яйцо куриное столовое 1 категории, 10 шт", "С1"),
        ("Яйца первой категории", "С1"),
        ("Яйцо 10 шт 2-й категории", "С2"),
        ("Яйцо диетическое Д0", "Д0"),
        ("Яйца Д1 10шт", "Д1"),
    ],
)
def test_hand_written_egg_classes_normalize_to_cyrillic(text: str, egg_class: str) -> None:
    assert parse_egg_class(text) == egg_class


@pytest.mark.parametrize(
    "text",
    [
        "Напиток с витамином С",
        "Витамин C1000",
        "Вода газированная СО2",
        "Сыр мягкий СВ-Волжанка Burrata",
        "Клубника отборная",
        "Витамин Д2",
        "Колбаса категории В",
        "Мясо 1 категории",
        "Сок с 1 года",
    ],
)
def test_egg_class_does_not_fire_outside_eggs(text: str) -> None:
    assert parse_egg_class(text) is None


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Мука пшеничная в/с 2кг", "высший"),
        ("Мука пшеничная высшего сорта 1 кг", "высший"),
        ("Мука пшеничная 1 с 2 кг", "первый"),
        ("Мука 1с", "первый"),
        ("Мука ржаная первого сорта", "первый"),
        ("Мука пшеничная 2 сорт", "второй"),
    ],
)
def test_hand_written_flour_grades_parse(text: str, grade: str) -> None:
    assert parse_flour_grade(text) == grade
    assert parse_title(text).flour_grade == grade


def test_flour_grade_is_left_out_of_non_flour_titles() -> None:
    assert parse_flour_grade("Тушка цыплёнка 1 сорт") == "первый"
    assert parse_title("Тушка цыплёнка 1 сорт").flour_grade is None
    assert parse_flour_grade("Колбаса с/к полусухая") is None


@pytest.mark.parametrize(
    ("text", "ultra", "plain"),
    [
        ("Молоко ультрапастеризованное 3,2%", True, False),
        ("Молоко у/паст 3,2% 1л", True, False),
        ("Молоко ультрапаст. 2,5%", True, False),
        ("Молоко пастеризованное 2,5%", False, True),
        ("Молоко паст. 2,5%", False, True),
        ("Молоко стерилизованное 3,2%", False, False),
    ],
)
def test_pasteurization_flags_tell_ultra_from_plain(text: str, ultra: bool, plain: bool) -> None:
    facts = parse_title(text)
    assert (facts.ultra_pasteurized, facts.pasteurized) == (ultra, plain)


@pytest.mark.parametrize(
    ("text", "weighted"),
    [
        ("Конфеты весовые", True),
        ("Сыр Российский весовой", True),
        ("Печенье на вес", True),
        ("Орехи развесные", True),
        ("Конфеты 200г", False),
        ("Сыр Весенний 45%", False),
    ],
)
def test_weighted_flag(text: str, weighted: bool) -> None:
    assert parse_title(text).weighted is weighted


def test_title_facts_are_frozen() -> None:
    facts = parse_title("Молоко 3,2% 930мл")
    with pytest.raises(AttributeError):
        facts.fat_pct = Decimal(1)  # type: ignore[misc]
    assert facts == TitleFacts(
        pack=PackSize(value=Decimal(930), unit=SizeUnit.ML), fat_pct=Decimal("3.2")
    )


# --- unit prices and amounts ------------------------------------------------


@pytest.mark.parametrize(
    ("price", "sold_by", "pack", "expected"),
    [
        ("349.90", SoldBy.KG, None, ("349.90", SizeUnit.KG)),
        ("349.90", SoldBy.KG, PackSize(value=Decimal(500), unit=SizeUnit.G), ("349.90", "кг")),
        (
            "89.99",
            SoldBy.PIECE,
            PackSize(value=Decimal(100), unit=SizeUnit.G, count=4),
            ("224.98", "кг"),
        ),
        ("99.99", SoldBy.PIECE, PackSize(value=Decimal(930), unit=SizeUnit.ML), ("107.52", "л")),
        ("129.90", SoldBy.PIECE, PackSize(value=Decimal(10), unit=SizeUnit.PIECE), ("12.99", "шт")),
        ("100", SoldBy.PIECE, PackSize(value=Decimal(3), unit=SizeUnit.PIECE), ("33.33", "шт")),
        (
            "59.99",
            SoldBy.PIECE,
            PackSize(value=Decimal("1.5"), unit=SizeUnit.L, count=2),
            ("20.00", "л"),
        ),
        ("75.00", SoldBy.PIECE, PackSize(value=Decimal("0.9"), unit=SizeUnit.KG), ("83.33", "кг")),
    ],
)
def test_unit_price_per_kg_l_or_piece_in_kopecks(
    price: str, sold_by: SoldBy, pack: PackSize | None, expected: tuple[str, str]
) -> None:
    result = unit_price(Decimal(price), sold_by, pack)
    assert result is not None
    value, unit = result
    assert isinstance(value, Decimal)
    assert (str(value), unit) == (expected[0], SizeUnit(expected[1]))


def test_unit_price_is_none_without_a_size_for_piece_goods() -> None:
    assert unit_price(Decimal("99.90"), SoldBy.PIECE, None) is None


@pytest.mark.parametrize(
    ("value", "unit", "expected", "base"),
    [
        ("500", "г", "0.5", SizeUnit.KG),
        ("200", "гр", "0.2", SizeUnit.KG),
        ("930", "мл", "0.93", SizeUnit.L),
        ("1.5", "л", "1.5", SizeUnit.L),
        ("2", "кг", "2", SizeUnit.KG),
        ("10", "шт", "10", SizeUnit.PIECE),
        ("3", SizeUnit.PIECE, "3", SizeUnit.PIECE),
        ("1", "литр", "1", SizeUnit.L),
    ],
)
def test_normalize_amount_to_base_units(
    value: str, unit: str, expected: str, base: SizeUnit
) -> None:
    assert normalize_amount(Decimal(value), unit) == (Decimal(expected), base)


def test_normalize_amount_rejects_an_unknown_unit() -> None:
    with pytest.raises(ValueError, match="unknown unit"):
        normalize_amount(Decimal(1), "ведро")


# --- properties ---------------------------------------------------------------

_TITLE_ALPHABET = st.sampled_from(
    [*"0123456789 ,.-%*xх×/()№СCОOВBДгкмлштпакупвсяйцо", "мл", "кг", "шт", "в/с", "у/паст"]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), st.lists(_TITLE_ALPHABET, max_size=30).map("".join)))
def test_parsers_never_raise_on_arbitrary_text(text: str) -> None:
    facts = parse_title(text)
    if facts.pack is not None:
        assert facts.pack.value > 0 and facts.pack.count > 0
    if facts.fat_pct is not None:
        assert Decimal(0) <= facts.fat_pct <= Decimal(100)
    assert parse_egg_class(text) in {None, "С0", "С1", "С2", "С3", "СВ", "СО", "Д0", "Д1", "Д2"}
    assert parse_flour_grade(text) in {None, "высший", "первый", "второй"}


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=9999),
    st.sampled_from(["г", "кг", "мл", "л", "шт"]),
    st.sampled_from(["", " "]),
)
def test_a_bare_size_round_trips(value: int, unit: str, space: str) -> None:
    assert parse_pack(f"Товар {value}{space}{unit}") == PackSize(
        value=Decimal(value), unit=SizeUnit(unit)
    )


@pytest.mark.parametrize(
    ("title", "litres"),
    [
        # Real Пятёрочка titles (tests/data/real_offers_g.jsonl, real_offers.jsonl).
        ('Вода минеральная природная питьевая столовая негаз "Легенда Гор " 5.0', "5.0"),
        ('Вода минеральная природная питьевая столовая газ "Легенда Гор " 0,5', "0.5"),
    ],
)
def test_a_drink_title_closing_on_a_bare_number_says_its_litres(title: str, litres: str) -> None:
    pack = parse_title(title).pack
    assert pack is not None and (pack.value, pack.unit) == (Decimal(litres), SizeUnit.L)


def test_a_bare_closing_number_of_no_drink_is_no_pack() -> None:
    assert parse_title("Сыр Гауда 45,5").pack is None
