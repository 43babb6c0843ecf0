"""The rules parser on the examples of issue 3 and the cases people write."""

from __future__ import annotations

from decimal import Decimal

import pytest

from korzina.core.models import Intent, PackSize, PriceCategory, SizeUnit
from korzina.parser import Vocabulary, parse_text, split_fragments


def names(text: str) -> list[str]:
    return [i.name for i in parse_text(text).items]


def test_issue_example_basket_with_fat_tier_and_brand() -> None:
    sl = parse_text("молоко 3.2%, хлеб, яйца дорогие, чипсы lays")
    assert sl.intent is Intent.BASKET
    milk, bread, eggs, chips = sl.items
    assert (milk.name, milk.fat_pct, milk.quantity, milk.unit) == (
        "молоко",
        Decimal("3.2"),
        1,
        None,
    )
    assert bread.name == "хлеб"
    assert (eggs.name, eggs.price_category) == ("яйцо", PriceCategory.EXPENSIVE)
    assert (chips.name, chips.brand) == ("чипсы", "Lay's")


def test_cheapest_intent_for_a_single_item_question() -> None:
    sl = parse_text("самое дешевое молоко 3.2%")
    assert sl.intent is Intent.CHEAPEST
    assert [(i.name, i.fat_pct) for i in sl.items] == [("молоко", Decimal("3.2"))]


@pytest.mark.parametrize("text", ["где дешевле гречка", "найди самый дешевый хлеб"])
def test_cheapest_intent_phrases(text: str) -> None:
    assert parse_text(text).intent is Intent.CHEAPEST


def test_amounts_packs_dozen_and_kilograms() -> None:
    sl = parse_text("купить: 2 пачки масла, десяток яиц, 1,5 кг картошки")
    got = [(i.name, i.quantity, i.unit) for i in sl.items]
    assert got == [("масло", 2, "шт"), ("яйцо", 10, "шт"), ("картофель", Decimal("1.5"), "кг")]


def test_same_product_twice_merges_and_explicit_amount_wins() -> None:
    (eggs,) = parse_text("яйца с0, десяток яиц").items
    assert (eggs.name, eggs.egg_class, eggs.quantity, eggs.unit) == ("яйцо", "С0", 10, "шт")


def test_repeated_bare_mentions_add_up() -> None:
    (milk,) = parse_text("молоко, ещё молоко").items
    assert (milk.name, milk.quantity, milk.unit) == ("молоко", 2, None)


def test_different_fat_is_a_different_product() -> None:
    assert len(parse_text("молоко 3.2%, молоко 1,5%").items) == 2


@pytest.mark.parametrize("text", ["привет", "https://example.com/list", "1234", "", "   \n"])
def test_text_without_groceries_gives_no_items(text: str) -> None:
    assert parse_text(text).items == ()


def test_typos_are_fixed_against_the_vocabulary_and_noted() -> None:
    sl = parse_text("малоко, хлеп")
    assert [i.name for i in sl.items] == ["молоко", "хлеб"]
    assert any("малоко" in n for n in sl.notes)


def test_a_typo_one_edit_from_two_products_is_the_one_in_its_own_form() -> None:
    # «сахр» (fresh_phone): «сахар» and «сайр», сайра's genitive plural, are both one edit
    # away; a list names its product in the product's own form.
    sl = parse_text("сахр 1кг")
    assert [i.name for i in sl.items] == ["сахар"]
    assert any("«сахр»" in n and "сахар" in n for n in sl.notes)


def test_real_words_are_not_fixed_into_products() -> None:
    # «мыло» is one letter from «масло» but is a real word and a product of its own.
    assert names("мыло") == ["мыло"]


def test_a_couple_of_litres_is_an_amount_not_a_pack_size() -> None:
    # «сока апельсинового пару литров» (fresh_morning_after): bought in whatever packs the
    # store has, where «сок 2 литра» asks for the two-litre pack.
    (juice,) = parse_text("сока апельсинового пару литров").items
    assert (juice.quantity, juice.unit, juice.pack) == (Decimal(2), "л", None)
    (sized,) = parse_text("сок яблочный 2 литра").items
    assert (sized.quantity, sized.pack) == (Decimal(1), PackSize(value=Decimal(2), unit=SizeUnit.L))


def test_pack_size_after_the_name_is_an_attribute_not_the_amount() -> None:
    (water,) = parse_text("вода 5л").items
    assert (water.quantity, water.unit) == (1, None)
    assert water.pack is not None and (water.pack.value, water.pack.unit) == (5, SizeUnit.L)


def test_half_a_kilo() -> None:
    (cheese,) = parse_text("пол кило сыра").items
    assert (cheese.quantity, cheese.unit) == (Decimal("0.5"), "кг")


def test_qualifiers_stay_in_the_name_in_agreement() -> None:
    assert names("масла сливочного 2 пачки") == ["сливочное масло"]
    assert names("перепелиных яиц 20 шт") == ["перепелиное яйцо"]
    assert names("хлеб ржаной") == ["ржаной хлеб"]


def test_bullets_numbering_emoji_and_conjunctions_split_items() -> None:
    text = "- молоко\n• хлеб\n1. кефир\n2) сметана 20%\n🥛 творог и сыр"
    assert names(text) == ["молоко", "хлеб", "кефир", "сметана", "творог", "сыр"]


def test_decimal_comma_is_not_a_separator() -> None:
    assert split_fragments("картошка 2,5 кг, лук") == ["картошка 2,5 кг", "лук"]


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("дешевые яйца", PriceCategory.CHEAP),
        ("сыр подешевле", PriceCategory.CHEAP),
        ("кофе эконом", PriceCategory.CHEAP),
        ("кофе премиум", PriceCategory.EXPENSIVE),
        ("вино получше", PriceCategory.EXPENSIVE),
        ("сыр подороже", PriceCategory.EXPENSIVE),
        ("колбаса средней цены", PriceCategory.MEDIUM),
    ],
)
def test_price_tier_words_in_any_position(text: str, tier: PriceCategory) -> None:
    (item,) = parse_text(text).items
    assert item.price_category is tier


def test_egg_class_latin_c_and_selected_eggs() -> None:
    assert parse_text("яйца c1").items[0].egg_class == "С1"
    assert parse_text("яйца отборные").items[0].egg_class == "СО"


def test_brand_in_cyrillic_and_a_bare_brand() -> None:
    (item,) = parse_text("ряженка простоквашино").items
    assert (item.name, item.brand) == ("ряженка", "Простоквашино")
    (cola,) = parse_text("кока-кола 2 шт").items
    assert (cola.name, cola.brand, cola.quantity) == ("кола", "Coca-Cola", 2)


@pytest.mark.parametrize(
    ("text", "name", "brand"),
    [
        # Brands stores leave out of their brand field, which a list names: «Балтимор»
        # is no wish of any ketchup (fresh_basket_eval_wn).
        ("балтимор кетчуп", "кетчуп", "Балтимор"),
        ("колбаса дымов", "колбаса", "Дымов"),
        ("кофе чибо молотый", "кофе", "Tchibo"),
        ("геркулес ясно солнышко", "овсянка", "Ясно солнышко"),
    ],
)
def test_a_brand_the_stores_do_not_fill_in_is_known(text: str, name: str, brand: str) -> None:
    (item,) = parse_text(text).items
    assert (item.name, item.brand, item.preferences) == (name, brand, ())


@pytest.mark.parametrize(("text", "variety"), [("каркаде чаек", "каркаде"), ("чай улун", "улун")])
def test_a_tea_named_by_its_sort_requires_the_sort(text: str, variety: str) -> None:
    (item,) = parse_text(text).items
    assert (item.name, item.attributes) == ("чай", (variety,))


def test_vocabulary_grows_from_database_titles_and_brands() -> None:
    vocab = Vocabulary()
    before = parse_text("хамон ибериком", vocabulary=vocab)
    # read outside the vocabulary (goods.txt), the brand unknown
    assert [(i.name, i.brand) for i in before.items] == [("хамон", None)]
    assert any("не из словаря" in n for n in before.notes)
    vocab.extend(["Хамон Ибериком сыровяленый, 100 г"], ["Ибериком"])
    after = parse_text("хамон ибериком", vocabulary=vocab)
    assert [(i.name, i.brand) for i in after.items] == [("хамон", "Ибериком")]
    assert not any("не из словаря" in n for n in after.notes)


@pytest.mark.parametrize(
    ("text", "attributes", "quantity"),
    [
        ("подгузники 4", ("размер 4",), 1),
        ("памперсы 5", ("размер 5",), 1),
        ("подгузники размер 3", ("размер 3",), 1),
        ("2 пачки подгузников", (), 2),
    ],
)
def test_a_number_after_diapers_is_their_size_not_a_count(
    text: str, attributes: tuple[str, ...], quantity: int
) -> None:
    (item,) = parse_text(text).items
    assert (item.name, item.attributes, item.quantity) == ("подгузники", attributes, quantity)


@pytest.mark.parametrize(("text", "litres"), [("виски 0.5", "0.5"), ("пиво 1,5", "1.5")])
def test_a_decimal_after_a_drink_is_litres_not_fat(text: str, litres: str) -> None:
    (item,) = parse_text(text).items
    assert item.fat_pct is None
    assert item.pack is not None and (item.pack.value, item.pack.unit) == (Decimal(litres), "л")


def test_a_decimal_after_milk_is_still_fat() -> None:
    (item,) = parse_text("молоко 3.2").items
    assert item.fat_pct == Decimal("3.2") and item.pack is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Learned title heads «филе», «банка» never split one item into two.
        ("филе индейки, утиная грудка", ["филе индейки", "утиная грудка"]),
        ("2 банки тушенки свиной", ["свиная тушенка"]),
        # A spice the list names is kept as what it is, not dropped.
        ("перец черный молотый, хмели сунели", ["черный перец", "специи"]),
    ],
)
def test_list_items_stay_whole_with_a_database_vocabulary(text: str, names: list[str]) -> None:
    vocab = Vocabulary()
    vocab.extend(["Филе грудки цыплёнка", "Банка для хранения", "Тушенка говяжья"], [])
    assert [i.name for i in parse_text(text, vocabulary=vocab).items] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("бекончик", "бекон"),
        ("картошечка", "картофель"),
        ("капустка", "капуста"),
        ("арбузик", "арбуз"),
        ("морсик клюквенный", "клюквенный морс"),
        ("хлебушек ржаной", "ржаной хлеб"),
        ("медок липовый", "липовый мед"),
        # «-ок» never cuts a product word of its own: «сырок», «творожок» stay.
        ("сырок", "сырок"),
        ("творожок", "творожок"),
    ],
)
def test_a_diminutive_is_its_product(text: str, name: str) -> None:
    (item,) = parse_text(text).items
    assert item.name == name


def test_a_typo_fix_keeps_the_first_letter() -> None:
    # «замороженые» is a misspelt «замороженные», never the product «мороженое».
    assert [i.name for i in parse_text("мидии замороженые").items] == ["мидия"]


@pytest.mark.parametrize(
    ("text", "attribute"),
    [("икра трески", "трески"), ("икра мойвы", "мойвы"), ("какао порошок", "порошок")],
)
def test_whose_it_is_or_its_form_qualifies_the_product_before_it(text: str, attribute: str) -> None:
    (item,) = parse_text(text).items
    assert attribute in item.attributes


def test_products_in_a_row_without_commas_are_still_separate_items() -> None:
    assert [i.name for i in parse_text("хлеб молоко яйца").items] == ["хлеб", "молоко", "яйцо"]


def test_a_databases_form_noun_kind_never_replaces_the_brands_product() -> None:
    # Real titles whose head is a bare form noun («гель», «ополаскиватель»): the database
    # has such generic kinds, and a list's «persil гель» is still Persil's washing gel.
    from korzina.cli.parse import learn_from_database
    from korzina.core.storage import open_memory_storage
    from tests.fakes import offer

    storage = open_memory_storage()
    storage.offers.save_offers(
        [
            offer("magnit", "1", "Гель Persil Color 1,3 л", "499.99", brand="Persil"),
            offer("magnit", "2", "Ополаскиватель для полости рта Лесной бальзам", "199"),
        ]
    )
    vocab = Vocabulary()
    learn_from_database(vocab, storage)
    (gel,) = parse_text("persil гель", vocabulary=vocab).items
    assert (gel.name, gel.brand, gel.attributes) == ("стиральный порошок", "Persil", ("гель",))
    (rinse,) = parse_text("ополаскиватель для белья ленор", vocabulary=vocab).items
    assert rinse.name == "кондиционер для белья"
