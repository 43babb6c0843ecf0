"""A size written alone that no store sells as one pack («молоко 4 литра», «рис 2 кг») is
the amount wanted, bought in the packs there are, with a note; a size some store sells,
a drink's or a household good's format, or a size smaller than every pack stays the pack.
Titles are real (tests/data/real_offers.jsonl: Магнит's rice, Перекрёсток's milk and
water, Пятёрочка's tomato paste and oil)."""

from __future__ import annotations

from decimal import Decimal

from korzina.core.matching.pick import pack_as_amount
from korzina.core.models import ListItem, PackSize, SizeUnit
from korzina.parser import parse_text
from tests.baskets.helpers import answer_over
from tests.matching.helpers import item, offer

RICE = [
    offer("magnit", "106651", "Рис Увелка, Краснодарский, круглый, 800 г", "69.99"),
    offer(
        "magnit", "106021", "Рис для плова Мистраль, традиционный, круглый, 1 сорт, 900 г", "79.99"
    ),
]
MILK = [
    offer("perekrestok", "587286c051", "Молоко Простоквашино пастеризованное 2.5%, 930мл", "81.99")
]
WATER = [
    offer(
        "perekrestok",
        "3625733",
        "Вода Малаховская питьевая 1 категории негазированная Пр!ст, 2л",
        "59.99",
    ),
]
PASTE = [offer("pyaterochka", "84652", "ПОМИДОРКА Паста томатная паст.ст/б 250мл", "59.99")]


def _parsed(text: str) -> ListItem:
    (it,) = parse_text(text).items
    return it


async def test_a_size_no_store_packs_is_bought_as_that_much_of_the_packs_there_are() -> None:
    answer = await answer_over(RICE, _parsed("рис круглый 2 кг"))
    (line,) = answer.basket("magnit").lines  # type: ignore[union-attr]
    assert line.product_id == "106651"  # the cheaper per kg
    assert line.packs == 3  # 2.4 кг of 800 г packs covers 2 кг
    assert (answer.items[0].quantity, answer.items[0].unit, answer.items[0].pack) == (2, "кг", None)
    assert any("2 кг" in n and "нет ни в одном магазине" in n for n in answer.notes)


async def test_litres_of_milk_are_an_amount_of_litre_packs() -> None:
    answer = await answer_over(MILK, _parsed("молоко 2.5% 4 литра"))
    (line,) = answer.basket("perekrestok").lines  # type: ignore[union-attr]
    assert line.packs == 5  # 5 × 930 мл ≥ 4 л


async def test_a_drinks_size_is_its_bottle_and_stays_required() -> None:
    answer = await answer_over(WATER, _parsed("вода 5 литров"))
    assert answer.basket("perekrestok").missing == (0,)  # type: ignore[union-attr]
    assert not any("нет ни в одном магазине" in n for n in answer.notes)


OIL = [offer("pyaterochka", "3454645", "ОЛЕЙНА Масло подсолн.раф.дез.1с 2л", "179.99")]


async def test_oil_is_sold_by_the_bottle_its_size_stays_the_bottle() -> None:
    answer = await answer_over(OIL, _parsed("масло подсолнечное 5 л"))
    assert answer.basket("pyaterochka").missing == (0,)  # type: ignore[union-attr]


async def test_a_size_beside_its_pack_word_is_that_packs() -> None:
    answer = await answer_over(RICE, _parsed("рис круглый пачка 2 кг"))
    assert answer.basket("magnit").missing == (0,)  # type: ignore[union-attr]


async def test_a_size_smaller_than_every_pack_names_a_small_pack() -> None:
    answer = await answer_over(PASTE, _parsed("томатная паста 70г"))
    assert answer.basket("pyaterochka").missing == (0,)  # type: ignore[union-attr]


def test_only_a_bare_weight_or_volume_is_read_as_an_amount() -> None:
    litres = PackSize(value=Decimal(4), unit=SizeUnit.L)
    assert pack_as_amount(item("молоко", pack=litres)) == item("молоко", quantity=4, unit="л")
    # «пельмени 2 пачки по кило»: a count says the size is each pack's.
    assert pack_as_amount(item("пельмени", quantity=2, unit="шт", pack=litres)) is None
    assert (
        pack_as_amount(item("чай", pack=PackSize(value=Decimal(25), unit=SizeUnit.PIECE))) is None
    )


def test_a_unit_after_its_own_number_is_not_moved_before_the_next() -> None:
    it = _parsed("вода 5 литров 2 бутыли")
    assert (it.quantity, it.pack) == (2, PackSize(value=Decimal(5), unit=SizeUnit.L))
    assert _parsed("докторской грамм 400").quantity == 400
