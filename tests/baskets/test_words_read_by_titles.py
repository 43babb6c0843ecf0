"""A word no kind knows is read as the variety of the one kind its stored titles share
(«басмати» is рис басмати), and said so in the answer's notes. Titles are real
(tests/data/real_offers.jsonl: Пятёрочка's and Магнит's basmati rice, Пятёрочка's
«Соус Кинто, Ткемали»); the sauces and crisps of «барбекю» are constructed."""

from __future__ import annotations

from korzina.core.baskets.service import BasketOptions, BasketService
from korzina.core.matching.kinds import kind_by_titles, taxonomy
from korzina.core.storage import open_memory_storage
from korzina.parser import parse_text
from tests.baskets.helpers import answer_over
from tests.matching.helpers import item, offer

OFFERS = [
    offer("pyaterochka", "1", "Рис Мистраль, Басмати, белый, ароматный, 500 г", "99.99"),
    offer("magnit", "2", "НАЦИОНАЛЬ Рис Басмати 500г м/уп (Ангстрем):6", "149.99"),
    offer("magnit", "3", "Рис круглозерный Националь, 900 г", "89.99"),
    offer("magnit", "4", "Соус Барбекю Heinz, 230 г", "129.99"),
    offer("magnit", "5", "Чипсы Lay's Барбекю, 140 г", "119.99"),
]


async def test_a_word_every_title_has_under_one_kind_is_that_kinds_variety() -> None:
    answer = await answer_over(OFFERS, item("басмати"))
    assert (answer.items[0].name, answer.items[0].attributes) == ("рис", ("басмати",))
    (line,) = answer.basket("magnit").lines  # type: ignore[union-attr]
    assert line.product_id == "2"  # the basmati, not the cheaper round rice
    assert any("басмати" in n and "рис" in n for n in answer.notes)


async def test_a_word_titles_use_under_several_kinds_stays_as_written() -> None:
    answer = await answer_over(OFFERS, item("барбекю"))
    assert answer.items[0].name == "барбекю"


def test_kind_by_titles_needs_two_titles_agreeing_and_none_named_by_the_word() -> None:
    tax = taxonomy()
    assert kind_by_titles("басмати", [("рис", 2)], tax) == "рис"
    assert kind_by_titles("ткемали", [("соус", 1)], tax) is None
    assert kind_by_titles("барбекю", [("соус", 2), ("чипсы", 2)], tax) is None
    assert kind_by_titles("хумус", [("хумус", 3), ("соус", 9)], tax) is None


DEVZIRA = [
    offer(
        "pyaterochka",
        "7",
        'Крупа рисовая слабошлифованная "Рис Девзира с зирой" "Увелка" 0,405 кг',
        "119.99",
    ),
    offer("magnit", "8", "Рис для плова Мистраль, традиционный, круглый, 1 сорт, 900 г", "79.99"),
]


async def test_an_unknown_wish_the_titles_of_its_kind_use_is_required() -> None:
    """«девзира рис»: the dictionary has no «девзира», but a rice title has: it is the
    sort asked, so Магнит's other plov rice is no pick there, and the answer says why."""
    storage = open_memory_storage()
    storage.offers.save_offers(DEVZIRA)
    service = BasketService(storage)
    options = BasketOptions(offline=True, save=False)
    answer = await service.answer(parse_text("девзира рис для плова"), options)
    assert answer.basket("pyaterochka").lines  # type: ignore[union-attr]
    assert answer.basket("magnit").missing == (0,)  # type: ignore[union-attr]
    assert any("девзира" in n and "ищу только с ним" in n for n in answer.notes)
    assert not any("девзира" in n and "пожелание" in n for n in answer.notes)


async def test_an_unknown_word_no_title_of_its_kind_uses_takes_no_other_product() -> None:
    """«калиджира рис» where no store sells that rice (as «кофе пеле» where none sells
    Pelé): the word is a sort or brand the stores lack, and another product of the kind
    is no answer to it (readers of real lists marked Nescafe wrong for «кофе пеле»).
    A container said fondly («пачечку») and a name of the kind itself stay wishes."""
    storage = open_memory_storage()
    storage.offers.save_offers(DEVZIRA)
    service = BasketService(storage)
    options = BasketOptions(offline=True, save=False)
    answer = await service.answer(parse_text("калиджира рис"), options)
    assert all(not b.lines for b in answer.baskets)
    assert answer.basket("magnit").missing == (0,)  # type: ignore[union-attr]
    assert any("калиджира" in n and "нет ни в одном названии" in n for n in answer.notes)
    fondly = await service.answer(parse_text("рис круглый пачечку"), options)
    assert [line.product_id for line in fondly.basket("magnit").lines] == ["8"]  # type: ignore[union-attr]
    assert not any("пачечку" in n and "нет ни в одном" in n for n in fondly.notes)


BARISTA = [
    offer("dixy", "11", "Молоко ультрапастеризованное Му-у Для капучино 3,2%, 925мл", "109.90"),
    offer("dixy", "12", 'Молоко "Простоквашино" пастеризованное 1,5%, 930 мл', "89.90"),
    offer("perekrestok", "13", "Молоко питьевое пастеризованное 2.5% Молочный Знак, 900г", "62.07"),
    # Constructed: a milk that says what dish it is for.
    offer("perekrestok", "14", "Молоко для каши 2,5%, 1 л", "79.99"),
]


async def test_food_wished_for_is_required_where_titles_of_the_kind_name_it() -> None:
    """«молоко для капучино»: milk titles say «Для капучино» (a barista milk, real
    titles of tests/data/real_offers_g.jsonl), so it is the sort asked: no other milk is
    picked. A dish any milk goes into («для каши») stays a wish even where a title says
    it."""
    storage = open_memory_storage()
    storage.offers.save_offers(BARISTA)
    service = BasketService(storage)
    options = BasketOptions(offline=True, save=False)
    answer = await service.answer(parse_text("молоко для капучино"), options)
    assert [line.product_id for line in answer.basket("dixy").lines] == ["11"]  # type: ignore[union-attr]
    assert answer.basket("perekrestok").missing == (0,)  # type: ignore[union-attr]
    assert any("для капучино" in n and "ищу только с ним" in n for n in answer.notes)
    plain = await service.answer(parse_text("молоко для каши"), options)
    assert [line.product_id for line in plain.basket("dixy").lines] == ["12"]  # type: ignore[union-attr]


SHAVINGS = [
    offer("magnit", "9", "Шоколад белый ALPEN GOLD, миндаль, кокосовая стружка, 90г", "99.99"),
    offer("dixy", "10", "Шоколад Alpen Gold белый Миндаль и кокосовая стружка 80г/85г", "89.99"),
]


async def test_a_word_titles_say_only_as_what_they_have_is_no_variety() -> None:
    """«стружка кокосовая»: the chocolates say it after their name, as what they have
    (real titles, tests/data/real_offers_g.jsonl); it is no sort of chocolate."""
    answer = await answer_over(SHAVINGS, item("кокосовая стружка"))
    assert answer.items[0].name == "кокосовая стружка"
    assert not any(b.lines for b in answer.baskets)


CHILDRENS = [
    offer("perekrestok", "21", "Бананы фасованные", "139.99"),
    offer("pyaterochka", "22", "ФРУКТ.САД Сок ЯБЛ.осв.д/дет.пит.1,93л", "99.99"),
    offer("pyaterochka", "23", "Сок Добрый яблоко, 1 л", "89.99"),
]


async def test_a_kind_no_store_sells_for_children_is_bought_plain_with_a_note() -> None:
    """«бананчики для детей»: no banana is sold for children, so the plain ones are the
    answer and the note says so (the item was missing in every store); «сок для детей»
    stays the children's juice, since a store sells one. Real titles
    (tests/data/real_offers*.jsonl)."""
    storage = open_memory_storage()
    storage.offers.save_offers(CHILDRENS)
    service = BasketService(storage)
    options = BasketOptions(offline=True, save=False)
    answer = await service.answer(parse_text("бананчики для детей, сок для детей"), options)
    (banana,) = answer.basket("perekrestok").lines  # type: ignore[union-attr]
    assert banana.product_id == "21"
    assert any("для детей» нет ни в одном магазине" in n for n in answer.notes)
    juices = [line.product_id for line in answer.basket("pyaterochka").lines]  # type: ignore[union-attr]
    assert juices == ["22"]


ORANGES = [
    # Real titles (tests/data/real_offers.jsonl, Перекрёсток and Магнит).
    offer("perekrestok", "1535", "Апельсины", "159.99"),
    offer("magnit", "109471", "Апельсины, 1 кг", "89.90"),
    # Constructed in Магнит's style: cranberries sold for a fruit drink, and plain ones.
    offer("magnit", "31", "Клюква замороженная для морса, 300г", "149.99"),
    offer("magnit", "32", "Клюква свежая, 125г", "99.99"),
]


async def test_a_home_dish_or_cooking_is_a_wish_unless_titles_of_the_kind_say_it() -> None:
    """«апельсины для фреша»: no orange title says «фреш», so any oranges are bought,
    the wish kept; «клюква для морса»: a title of the kind says it, so it is the sort
    asked and the cheaper fresh cranberries are no pick."""
    storage = open_memory_storage()
    storage.offers.save_offers(ORANGES)
    service = BasketService(storage)
    options = BasketOptions(offline=True, save=False)
    fresh = await service.answer(parse_text("апельсины для фреша"), options)
    assert fresh.items[0].preferences == ("для фреша",)
    assert sorted(b.lines[0].product_id for b in fresh.baskets if b.lines) == ["109471", "1535"]
    drink = await service.answer(parse_text("клюква для морса"), options)
    assert [line.product_id for line in drink.basket("magnit").lines] == ["31"]  # type: ignore[union-attr]
    assert any("для морса" in n and "ищу только с ним" in n for n in drink.notes)
