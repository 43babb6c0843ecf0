"""Title analysis: the kind of a real store title comes from its head phrase only.

Titles here are real (tests/data/titles.tsv, tests/data/real_offers.jsonl, or quoted in
issue 11 from the stores' catalogues)."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from korzina.core.matching.analyze import analyze_title, head_phrase, with_sibling
from korzina.core.matching.kinds import parse_taxonomy, taxonomy
from korzina.core.matching.marks import diaper_size
from korzina.core.models import PackSize, SizeUnit
from korzina.core.text import Lemmatizer


@cache
def _lemmatizer() -> Lemmatizer:
    return Lemmatizer()


def kind_of(title: str, brand: str | None = None, pack: PackSize | None = None) -> str:
    return analyze_title(title, brand, pack=pack, lemmatizer=_lemmatizer()).kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # Composition, negation and quoted names never make the kind.
        ("Молоко сгущённое цельное с сахаром 8,5% 380г", "сгущенное молоко"),
        ("Напиток Черноголовка Кола без сахара газированный 1.5л", "кола"),
        ('Молоко "Платье в горошек" 3.2% 1л', "молоко"),
        ("Картофельное пюре Роллтон с куриным филе 40г", "пюре"),
        ("Чипсы Lay's со вкусом креветки 140г", "чипсы"),
        ("Сок Я Яблоко 0.97л", "сок"),
        ("Смузи клубника-банан-яблоко со злаками и витаминами J7 300мл", "смузи"),
        # The stores' own names for a kind.
        ("Томаты черри Красные 250г", "помидоры"),
        ("Филе грудки цыплёнка-бройлера охлаждённое 700г", "куриное филе"),
        ("Тушка цыпленка-бройлера охлажденная", "курица"),
        ("Макаронные изделия Barilla Спагетти №5 450г", "спагетти"),
        ("Сахар-песок 1кг", "сахарный песок"),  # a sub-kind of сахар
        ("Хлеб Бородинский 400г", "бородинский хлеб"),
        ("Напиток Любимая Кола газированный 1л", "кола"),
        ("Яйца Окское столовые СО 10шт", "яйцо"),
        # A brand before the head noun is skipped.
        ("Простоквашино молоко 2.5% 930мл", "молоко"),
    ],
)
def test_the_kind_comes_from_the_head_phrase(title: str, kind: str) -> None:
    assert kind_of(title) == kind


def test_a_look_alike_of_a_known_kind_is_marked_and_never_the_kind() -> None:
    assert kind_of("Молоко кокосовое Aroy-D 400мл") == "молоко*"
    # a milkshake is its own kind (taxonomy 142), never milk
    assert kind_of("Коктейль молочный Чудо банан 2% 200мл") == "молочный коктейль"


def test_a_ready_drink_is_not_coffee_by_its_pack_dimension() -> None:
    assert kind_of("Кофе Американо зерновой 230мл") == "кофе*"
    assert kind_of("Кофе Jacobs Monarch в зёрнах 800г") == "кофе"
    # The store's own pack counts before the title's.
    ml = PackSize(value=Decimal(300), unit=SizeUnit.ML)
    assert kind_of("Кофе Латте зерновой", pack=ml) == "кофе*"


def test_qualifiers_and_facts_stay_in_the_analysis() -> None:
    a = analyze_title("Сыр Ламбер Гауда 45% 180г", "Ламбер", lemmatizer=_lemmatizer())
    assert a.kind == "сыр"
    assert " гауда " in a.words and a.brand == "ламбер"
    assert a.fat_pct == Decimal("45")
    assert a.pack == PackSize(value=Decimal(180), unit=SizeUnit.G)
    eggs = analyze_title("Яйцо куриное Окское С0 10шт", lemmatizer=_lemmatizer())
    assert eggs.egg_class == "С0"


def test_the_head_phrase_ends_at_a_preposition_quote_or_number() -> None:
    assert head_phrase("Молоко сгущённое цельное с сахаром 8,5%") == [
        "молоко",
        "сгущенное",
        "цельное",
    ]
    assert head_phrase('Молоко "Платье в горошек"') == ["молоко"]
    assert head_phrase("Кефир 2.5% 900г") == ["кефир"]


def test_every_kind_parent_exists_and_families_include_sub_kinds() -> None:
    tax = taxonomy()
    assert "спагетти" in tax.by_name["макароны"].family
    assert "куриное филе" in tax.by_name["курица"].family
    assert "курица" not in tax.by_name["куриное филе"].family
    for kind in tax.kinds:
        assert kind.parent is None or kind.parent in tax.by_name


def test_a_bad_taxonomy_is_refused_with_the_kind_named() -> None:
    with pytest.raises(ValueError, match="unknown parent"):
        parse_taxonomy({"version": 1, "kinds": {"a": {"parent": "b"}}})
    with pytest.raises(ValueError, match="bad dim"):
        parse_taxonomy({"version": 1, "kinds": {"a": {"dim": "colour"}}})


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # Магнит's upper-case brand column, and dots glued to the next word.
        ("МАХЕЕВЪ Кетчуп Чили 300г д/п(Эссен Продакшн):16", "кетчуп"),
        ("СЕЛО ЗЕЛ.Творог 5% 500г", "творог"),
        ("АЛЕКСЕЕВ.Молоко цел.сг.сах.8,5% ж/б 360г", "сгущенное молоко"),
        # The chains' abbreviations, written out.
        ("BURN Нап энергет оригинальный 0,449л ж/б(Кока-кола):12", "энергетик"),
        ("TIDE Стир порош д/чувств кожи авт 400г(Проктер энд Гэмбл):11", "стиральный порошок"),
        # A wrapper noun is read past.
        ('Консервы. Горошек зеленый из мозговых сортов. "молодой Горошек без сахара", 425 мл.',
         "зеленый горошек"),
        ("Изделие колбасное варёное мясосодержащее. Сосиски «Венские». 450г", "сосиски"),
        # Attributes after a comma still belong to the head phrase.
        ("Напиток Fanta, газированный, 2 л", "газировка"),
        # An unknown word before a capitalized known head is a brand; before a lower-case
        # word it is the product («Смузи груша …»).
        ("БЗМЖ Данон Творог зерненый в йогурте 5,0% 150г", "творог"),
        ("Смузи груша шпинат и мята М Кухня 300мл", "смузи"),
        ("Говядина тушеная высший сорт 325 гр", "говяжья тушенка"),
        ("Икра лососевая, зернистая, натуральная, 75 г", "красная икра"),
        ("Филе бедра цыплёнка Троекурово без кости охлаждённое, 750г", "куриные бедра"),
    ],
)  # fmt: skip
def test_real_titles_of_the_four_chains(title: str, kind: str) -> None:
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("ХАЛВА Тимоша подсолнечная воздушная Тимоша, 200 г", "халва"),
        ("ЛОСОСЬ кусок, полуфабрикат из замороженного сырья (СП ГМ), 1кг", "лосось"),
        ("ГОЛЕНЬ КУРИНАЯ, в маринаде «Алабама» (СП ГМ), 1кг", "куриные голени"),
        ("КИВИ Экстра, 3шт.", "киви"),
    ],
)  # fmt: skip
def test_magnits_upper_case_run_is_the_product_when_it_names_one(title: str, kind: str) -> None:
    # Real Магнит titles (real_offers_g.jsonl): the upper-case run is no brand here.
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("HEINZ Кетч.ДЛЯ ГРИЛЯ И ШАШЛЫКА д/п 350г", "кетчуп"),
        ("REXONA Антиперсп.COBALT аэрозоль 150мл", "дезодорант"),
        ("KOTANYI Припр.д/переч.стейка мел.45г", "приправа"),
        ("ARG.Пашт.МЯСО ИНДЕЙКИ ключ 95г", "паштет"),
        ("ZEWA Салф.бум.д/лица неар.2сл.1уп/100шт", "салфетки"),
    ],
)  # fmt: skip
def test_a_cut_first_word_is_the_head_noun_it_begins(title: str, kind: str) -> None:
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # Real Перекрёсток and Пятёрочка titles: raw wings naming no bird are a chicken's,
        # a ready snack of wings is not raw chicken.
        ("Крылья Первая Свежесть локтевая часть", "куриные крылья"),
        ("Хрустящие Крылышки острые к пиву, Горячая штучка, 300 г", "крылышко*"),
    ],
)
def test_wings_naming_no_bird_are_chickens(title: str, kind: str) -> None:
    assert kind_of(title) == kind


def test_a_cut_head_before_a_hyphen_is_the_head_noun_it_begins() -> None:
    # Real Пятёрочка title (tests/data/real_offers.jsonl).
    assert kind_of("REXONA Антиперсп-кар.СУХОСТЬ ПУДРЫ 40мл") == "дезодорант"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # Real Пятёрочка and Перекрёсток titles: «продукт» is a head only its kinds read.
        ("Продукт творожный Даниссимо с сочным киви 5.5% 130г", "творожок"),
        (
            "Мясной продукт кат. Б охл. полукопченое колбасное изделие: Колбаса "
            '"Краковская" в натур. оболочке, 0,4кг',
            "колбаса",
        ),
    ],
)
def test_an_open_head_names_only_the_kinds_that_read_it(title: str, kind: str) -> None:
    assert kind_of(title) == kind


def test_a_line_name_opening_with_a_purpose_is_read_past() -> None:
    # Real Магнит titles: «Для ляль» is the line, «Вода» the product; «MAGGI Для Котлет»
    # is a seasoning for cutlets, never cutlets.
    assert kind_of("АКВАЛАЙН Для ляль Вода питьевая д/детского питания 5л:2") == "вода"
    assert kind_of("ПФ из рыбы Кета потр б/г(изгот из морож сырья)(СП ГМ)") == "кета"
    assert kind_of("MAGGI Для Котлет 54г (Нестле):10") != "котлеты"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Стейк из свинины, в маринаде «Алабама», 1 кг", "свинина"),
        ("Стейк из лосося, полуфабрикат из замороженного сырья, 1 кг", "лосось"),
        ("Мираторг Стейк Пеппер из мраморной говядины,полуфабрикат мясной", "говядина"),
    ],
)  # fmt: skip
def test_a_steak_is_what_it_is_cut_from(title: str, kind: str) -> None:
    assert kind_of(title) == kind


def test_a_hyphenated_purpose_noun_reads_its_purpose() -> None:
    assert kind_of("NIVEA Гель-ух.КРЕМ АБРИКОС д/душа 250мл") == "гель для душа"
    assert kind_of('Гель-уход для душа "Nivea" Крем и апельсин, 750 мл') == "гель для душа"


def test_a_cut_word_after_the_product_is_not_the_product() -> None:
    # «Пюре БРОК.» is a purée of broccoli, not broccoli; «масл» begins two heads.
    assert kind_of("GERB.Пюре БРОК.ов.осн.д/д с 4мес.80г") != "брокколи"
    assert taxonomy().completion("масл") is None
    assert taxonomy().completion("кетч") == "кетчуп"


def test_a_fat_range_is_no_fat_a_list_can_ask_for() -> None:
    for title in (
        "Молоко Из Вологды пастеризованное 3.2-4.5%, 950мл",
        "Молоко Романов луг цельное пастеризованное от 3,2% до 6%, 900 мл",
    ):
        assert analyze_title(title, lemmatizer=_lemmatizer()).fat_pct is None


def test_a_flavour_list_after_the_head_is_not_what_the_product_is() -> None:
    a = analyze_title(
        "Торт Mon Realle Мeringue Et Cognac меренга-шоколад-коньяк, 500г",
        lemmatizer=_lemmatizer(),
    )
    assert a.kind == "торт" and " коньяк " not in a.head_lemmas
    gel = analyze_title("Крем-гель Дав для душа 610мл", lemmatizer=_lemmatizer())
    assert " гель " in gel.head_lemmas


def test_brands_are_found_in_either_alphabet() -> None:
    from korzina.core.matching.brands import brand_variants

    assert "фанта" in brand_variants("fanta")
    assert "redbull" in brand_variants("редбулл")


def test_slash_pairs_and_the_brand_column_are_read() -> None:
    sausage = analyze_title("РУБЛЕВ.Колб.КРАКОВСКАЯ п/к кат.Б 350г", lemmatizer=_lemmatizer())
    assert sausage.kind == "колбаса" and " полукопченая " in sausage.words
    brush = analyze_title("З/щ SPLAT Special BLACKWOOD", lemmatizer=_lemmatizer())
    assert " зубная " in brush.words and " щетка " in brush.words
    # The upper-case brand column is not the product, but its words stay for a brand asked.
    bar = analyze_title("SNICKERS Батончик белый 81г м/уп(Марс):32/160", lemmatizer=_lemmatizer())
    assert " snickers " in bar.words


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # An adjective pymorphy reads first as a surname (Горький) before its noun.
        ("Горький шоколад А. Коркунов 70% какао, 90г", "шоколад"),
        # «Пресервы.» opens the title as «Консервы.» does: the product follows.
        (
            'Пресервы. Филе сельди атлантической слабосоленое "Русское море" в масле 230 гр.',
            "сельдь",
        ),
        # The chains' cuts: «дет.» children's, «нар.» sliced.
        ("САРАФ.Молоко ул/паст.дет.2,5% 970мл", "детское молоко"),
        # A sentence's full stop after a long word the dictionary lacks.
        ('Продукт мясосодержащий. Сардельки "Говяжьи оригинальные" 0,400 кг', "сардельки"),
    ],
)
def test_the_product_after_an_adjective_or_a_class_sentence_is_the_kind(
    title: str, kind: str
) -> None:
    assert kind_of(title) == kind


def test_a_closing_ch_of_a_latin_brand_is_also_kh_in_cyrillic() -> None:
    from korzina.core.matching.brands import brand_variants

    # «якобс монарх» and «JACOBS MONARCH»: «Монарх», not only «Монарч».
    assert "монарх" in brand_variants("monarch")


def test_an_italian_double_z_of_a_latin_brand_is_also_tsts_in_cyrillic() -> None:
    from korzina.core.matching.brands import brand_variants

    # «кофе lavazza» and Магнит's «Кофе Лавацца Квалита Оро».
    assert "лавацца" in brand_variants("lavazza")


def test_barillas_n_dot_number_is_a_line_number() -> None:
    from korzina.core.matching.marks import LINE_TOKEN, line_numbers

    assert line_numbers("Спагетти Barilla n.5, 450г") == [f"{LINE_TOKEN}5"]
    assert line_numbers("Спагетти Barilla, 450г") == []


def test_latin_letters_run_into_digits_are_one_word_not_units() -> None:
    from korzina.core.matching.marks import letter_digit_words

    assert letter_digit_words("Сок J7, апельсиновый, 0,97 л") == ["j7"]  # real, Магнит
    assert letter_digit_words("Витамин D3 2000 МЕ, 60 капсул") == ["d3"]  # constructed
    assert letter_digit_words("Кофе 3в1 MacCoffee, 20г") == []
    assert letter_digit_words("Чай Ahmad Tea 25x2г") == []


def test_a_chocolates_cocoa_share_is_its_percent() -> None:
    # Real Пятёрочка title: what «шоколад горький 70%» asks for; units.parse_fat leaves
    # «70% какао» (no fat), and so does the analysis of a title of another kind.
    bar = analyze_title("Горький шоколад А. Коркунов 70% какао, 90г", lemmatizer=_lemmatizer())
    assert bar.kind == "шоколад" and bar.fat_pct == 70
    drink = analyze_title("Напиток 12% какао, 250 г", lemmatizer=_lemmatizer())
    assert drink.fat_pct is None


def test_a_tea_sold_as_a_count_of_portions_is_in_bags() -> None:
    # Real Пятёрочка title: «чай … в пакетиках» finds it though no word says so.
    tea = analyze_title("Чай Greenfield, Kenyan Sunrise, черный, 100х2 г", lemmatizer=_lemmatizer())
    assert " пакетики " in tea.words
    loose = analyze_title("GREENF.Чай ЭРЛ ГРЕЙ ФЭНТАЗИ чер.лист200г", lemmatizer=_lemmatizer())
    assert " пакетики " not in loose.words


def test_mol_after_coffee_is_ground_and_milk_elsewhere() -> None:
    # Real Магнит titles: «мол.» is молотый in a coffee title, молочный in a chocolate's.
    coffee = analyze_title("PAULIG Кофе CLASSIC мол.250г", lemmatizer=_lemmatizer())
    assert " молотый " in coffee.lemmas and " молочный " not in coffee.lemmas
    bar = analyze_title("MILKA Шок.мол.с бел.в виде елочек 100г", lemmatizer=_lemmatizer())
    assert bar.kind == "шоколад" and " молочный " in bar.lemmas


def test_a_quoted_name_before_dlya_keeps_the_purpose() -> None:
    # Real Дикси title: the purpose after the quoted brand names the kind.
    title = 'Жидкость моющая "Mr. Proper" для полов и стен Лимон, 500 мл'
    assert kind_of(title) == "средство для мытья полов"


def test_pak_after_a_count_is_sachets() -> None:
    # Real Магнит title: «25пак» is what «чай в пакетиках» asks for.
    tea = analyze_title(
        "GREENFIELD Чай Спринг Мелоди 25пак 37,5г(Орими Трэйд) :10", lemmatizer=_lemmatizer()
    )
    assert " пакетик " in tea.lemmas


@pytest.mark.parametrize(
    ("title", "size"),
    [
        # Real titles: the size as a number, by its name in either alphabet, or by the
        # child's weight band (fresh_hygiene, fresh_city).
        ("Подгузники Huggies Elite Soft 4 (8-14кг), 54шт.", 4),
        ("Подгузники PAMPERS®, Актив Бейби Макси, 70 шт.", 4),
        ("Подгузники ХАГГИС, Ультракомфорт (8-14 кг), 80 шт.", 4),
        ("Подгузники МЕРРИЕС, Детские, 9-14кг, 54 шт.", 4),
        ("Подгузники Pampers Active Baby Midi 6-10 кг, 60 шт.", 3),
        # 13-14 kg starts a size 5 and a size 6 of different makers: no size.
        ("Трусики-подгузники ХАГГИС (13-17кг), 48 шт.", None),
        ("Салфетки влажные детские 8-14 кг", None),
    ],
)
def test_a_diapers_size_is_read_from_its_number_name_or_weight(
    title: str, size: int | None
) -> None:
    assert diaper_size(title) == size


def test_a_sister_chains_title_adds_words_but_never_overrides_what_a_title_says() -> None:
    lem = Lemmatizer()
    # Two real titles of one X5 PLU (Пятёрочка, Перекрёсток; tests/data/real_offers_g.jsonl).
    own = analyze_title("ПЕТМОЛ Крем сливочный ул/паст.33% 500г", lemmatizer=lem)
    other = analyze_title(
        "Сливки Петмол для взбивания ультрапастеризованные 33%, 500мл", lemmatizer=lem
    )
    both = with_sibling(own, other)
    assert (both.kind, both.pack, both.fat_pct) == (own.kind, own.pack, own.fat_pct)
    assert both.words.startswith(own.words.rstrip())
    assert " взбивания " in both.words and " взбивание " in both.lemmas
    assert both.words.count(" петмол ") == 1  # a word both say is kept once
    bare = analyze_title("Сыр Пармезан, 150 г", lemmatizer=lem)
    assert (
        with_sibling(bare, analyze_title("Сыр Пармезан тёртый 40%, 150г", lemmatizer=lem)).fat_pct
        == 40
    )
