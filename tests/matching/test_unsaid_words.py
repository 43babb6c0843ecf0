"""Words a list writes that real titles leave unsaid: a purpose, the plain sort, what a
kind is by default, a country, a baby product's age. Titles are real (tests/data
real_offers.jsonl and real_offers_g.jsonl); each row protects one way a title says, or
does not need to say, what the list asked."""

from __future__ import annotations

import pytest

from tests.matching.helpers import first_match


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        # Any mince of the store makes a meatball.
        ("фарш для тефтелей", "Фарш МАГНИТ СВЕЖЕСТЬ Домашний охлажденный, 400г"),
        # Beside the sort the list named, the purpose is why it is wanted.
        ("соус песто для пасты", "Соус Песто классический, Filippo Berio, 190 г"),
    ],
)
def test_an_unsaid_purpose_is_a_second_choice_not_a_miss(phrase: str, title: str) -> None:
    match = first_match(phrase, title)
    assert match is not None and match.fallback


def test_a_title_saying_the_purpose_is_the_first_choice() -> None:
    match = first_match(
        "сыр для пиццы", "Сыр мягкий Моцарелла для пиццы 45% Маркет Перекрёсток, 250г"
    )
    assert match is not None and not match.fallback


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        # Most purposes name a sort («Моцарелла для пиццы», rice for plov).
        ("сыр для пиццы", "Сыр Тысяча озер утренний 45%, 240 г"),
        ("рис для плова", "Рис ИНДИКА белый длиннозерный, 1кг"),
        ("кетчуп для шашлыка", "Кетчуп СЕМЕЙНЫЕ СЕКРЕТЫ, Соус по-грузински, 350г"),
        # A purpose noun's kind: the purpose is the product.
        ("средство для мытья посуды", "CILLIT BANG Средство АНТИЖИР+СИЯН.750мл"),
        # Only the purpose noun is soft: «девзира» after it is still asked for.
        ("рис для плова девзира", "Рис Адриатика, Националь, 900 г"),
    ],
)
def test_a_purpose_that_names_a_sort_stays_required(phrase: str, title: str) -> None:
    assert first_match(phrase, title) is None


def test_the_plain_sort_word_ranks_and_never_excludes() -> None:
    match = first_match(
        "соус соевый классический", "СТЕБЕЛЬ БАМБУКА Соус соевый 280г п/бут(Имп. Соусов):12"
    )
    assert match is not None and not match.fallback


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # A ready meal of chicken is no chicken.
        (
            "курица",
            "ИЗДЕЛИЕ КУЛИНАРНОЕ ИЗ МЯСА ПТИЦЫ С ГАРНИРОМ БЫСТРОЗАМОРОЖЕННОЕ. ВТОРОЕ ОБЕДЕННОЕ "
            "БЛЮДО.Курица в соусе терияки с рисом, 0,3 кг",
            False,
        ),
        # A sausage that names no smoking is boiled; a salami is dry-cured.
        ("колбаса варёная", "Колбаса Докторская, велком, 500 г", True),
        ("колбаса варёная", "МАЛАХОВСКИЙ Колб.ПРЕСТИЖ.с/к с/в б/с1кг", False),
        ("колбаса сырокопчёная", "Колбаса Черкизово, Сальчичон, 0,35 кг", True),
        ("колбаса сырокопчёная", "Салями ДОМАШНЯЯ полукопченая (Владимирский стандарт)", False),
        # A country's adjective, said by the country's name.
        ("пиво чешское", "HOLBA Serak 11 Пиво светл паст 4,7% 0,5л ж/б (Чехия):24", True),
        ("пиво чешское", "Пиво Жигулевское светлое 4% 0,5 л", False),
        # Baby food by its age or its baby brand.
        ("сок яблочный детский", "Сок Сады Придонья Зеленое яблоко с 4 месяцев 0,125л", True),
        ("сок яблочный детский", "АГУША Сок яблоко осв 200мл т/пак (ЗДМП):18", True),
        ("сок яблочный детский", "Сок Добрый яблочный, 1 л", False),
        # Young cabbage is the early one; stalk celery is petiole celery.
        ("капустка молодая", "Капуста белокочанная ранняя, 1 кг", True),
        ("сельдерей стеблевой", "Сельдерей черешковый, 1шт", True),
        ("фрутоняня мясное пюре", "Пюре Фрутоняня*, цыпленок, с 6-ти месяцев, 80 г", True),
        ("фрутоняня мясное пюре", "Пюре Фрутоняня яблоко, 90 г", False),
    ],
)  # fmt: skip
def test_what_a_title_says_without_the_lists_word(phrase: str, title: str, expected: bool) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # A dish an ingredient goes into is why it is wanted, not a sort (fresh_chores).
        ("кунжут для хлеба", "ВОСТОЧНЫЙ ГОСТЬ Семена кунжута 40г(ТДХ):20", True),
        ("яблоки для шарлотки", "Яблоки Гренни Смит, 1 кг", True),
        # What most titles of a kind leave unsaid ranks, never excludes.
        ("фольга пищевая", "Фольга особопрочная 29смх7м 14мкм(РУСАЛ-Саянская фольга):35", True),
        ("сметана жирная 20%", "Сметана Домик в деревне 20%, 300г", True),
        # Readers hold a title to «ГОСТ».
        ("докторская колбаса гост", "Колбаса Мясной дом Бородина Докторская вареная, 400 г", False),
        # What a kind is unless its title says otherwise (fresh_elders, fresh_fasting).
        ("маслины черные без косточки", "Маслины без косточки Пр!ст, 280г", True),
        ("маслины черные", "Маслины зеленые Пр!ст, 280г", False),
        ("оливки зеленые", "Оливки Bonduelle Classique без косточки, 300г", True),
        ("пшено шлифованное", "МИСТР.Пшено ЗОЛОТОЕ 5х80г", True),
        ("хлебцы диетические", "МАГНИТ Хлебцы пшеничные 80г п/уп(Док Граин):25", True),
        ("имбирь свежий корень", "Имбирь, 300г", True),
        # The taxonomy's other words for a list's word.
        ("лук репка", "Лук репчатый красный", True),
        ("черри на веточке", "Томаты Черри Виталион на ветке 200г", True),
        ("сыр нежирный", "ТЫС.ОЗЕР Сыр ЛЕГКИЙ 30% 240г", True),
        ("минтай тушка мороженый", 'Минтай "Мореслав" тушка свежемороженая, 800 г', True),
        # The taxonomy's other words, and packed bacon sliced (fresh_breakfast).
        ("круассаны с шоколадной начинкой", '7DAYS Мини Круассаны с кремом "Какао" 105г', True),
        ("печенье юбилейное с молоком", "Печенье Юбилейное молочное с глазурью 348г", True),
        ("бекон в нарезке", "Бекон Дымов, Венгерский, сырокопченый, 200 г", True),
        ("бекон в нарезке", "Бекон копченый, кусок, 300 г", False),
        ("молочко детское", "САРАФ.Молоко ул/паст.дет.2,5% 970мл", True),
        # A brand glued to its number («7Days»): no «LUCKY DAYS».
        ("круассаны 7 days", "Мини круассаны 7Days, черешня, 300 г", True),
        ("круассаны 7 days", "Круассаны LUCKY DAYS с кремом, 300 г", False),
        # Gherkins are their own sort; ice is no ice lolly (fresh_drinks).
        ("корнишончики маринованные", "Огурцы маринованные Кубань Продукт, 680г", False),
        ("корнишоны", "Огурцы корнишоны маринованные 680г", True),
        ("огурцы маринованные", "Огурцы корнишоны маринованные 680г", True),
        ("лёд кубиками", "Фруктовый лёд Фабрика грёз двухслойный, 50г", False),
        ("лёд пищевой", "Лёд пищевой в кубиках, 1 кг", True),
        # A hot sauce says its pepper; a can of beans «в томате» is in a tomato sauce.
        ("кетчупчик острый", "МАХЕЕВЪ Кетчуп Чили 300г д/п(Эссен Продакшн):16", True),
        ("фасоль в томате", "ПИКАНТА Фасоль печеная в томатном соусе 470г ст/бан:6", True),
        ("фасоль красная", "ПИКАНТА Фасоль печеная в томатном соусе 470г ст/бан:6", False),
        # A six-letter adjective finds its other genders («острый» → «острая»).
        ("горчица острая", "Горчица Русская острая, 100 г", True),
        # A baby purée of one vegetable or meat is no blend of it (fresh_kids).
        ("пюре мясное тёма говядина", "Пюре Тема, говядина с кабачками и рисом, 100 г", False),
        ("пюре мясное тёма говядина", "Пюре Тема*, говядина, 100г", True),
        ("пюрешка из кабачка", "Пюре Сады Придонья цветная капуста-кабачок-картофель, 125г", False),
        ("пюрешка из кабачка", "Пюре ФрутоНяня Кабачок, 80г", True),
        # A nut is said by its name; a brand opening with a number by its word (sweets).
        ("альпенгольд изюм орехи", "Шоколад ALPEN GOLD, с фундуком и изюмом, 90г", True),
        ("мороженое 48 копеек", "Пломбир 48 копеек 12%, 210г", True),
        ("мороженое 48 копеек", "Пломбир Как Раньше ванильный стаканчик 15%, 70г", False),
        # An ale's «0%» is its alcohol: no plain beer.
        ("пиво светлое", "ГОРЬКОВСКАЯ ПИВОВАРНЯ Пиво светлое Ipa 0% 0,33л ж/б:24", False),
        # Lipton's «желтый» is Yellow Label.
        ("чай липтон желтый в пакетиках", "Чай черный Lipton Yellow Label 25 пакетиков", True),
        # Pet food is wet unless it says dry.
        ("корм для кошек влажный", "Корм для кошек WHISKAS® рагу с курицей, 75г", True),
        ("корм для кошек влажный", "Корм для кошек Whiskas, сухой, курица-индейка, 350 г", False),
        # A cutlet with its garnish is a ready meal.
        ("котлеты куриные", "Котлета куриная со шпинатом и картофельным пюре Шеф, 250г", False),
        # Instant mash and porridge say an instant brand, a flavour or «без варки».
        ("пюре быстрого приготовления", "Пюре картофельное Роллтон с говядиной 55г", True),
        (
            "пюре быстрого приготовления",
            "Пюре картофельное с сухариками и со вкусом курицы Пр!ст, 40г",
            True,
        ),
        ("пюре быстрого приготовления", "Пюре Картошечка картофельное, 250г", False),
        ("овсянка быстрого приготовления", "Каша Быстров Овсяная без варки Ассорти 6пак*40г", True),
        ("овсянка быстрого приготовления", "Хлопья овсяные Клинские \"Геркулес\" 500г", False),
        # Blue mould is «голубая»; lime honey names the tree (fresh_instructions).
        ("сыр с синей плесенью", "Сыр с голубой плесенью 50% Маркет Перекрёсток, 100г", True),
        (
            "мёд липовый",
            "Мёд натуральный цветочный монофлорный фасованный: Восточная липа "
            '"МЕДОВЫЙ ДОМ" 320г*6шт., стекло',
            True,
        ),
        ("мёд липовый", "Мед цветочный Медовая долина, 250г", False),
        # A compound of two colours, tastes, grains or meats is a blend of them; a
        # process compound is both (fresh_city, fresh_counter, fresh_cuisines).
        ("зефир белый", 'ШАРЛИЗ Зефир "Бело-розовый" 180г', False),
        ("зефир бело-розовый", 'ШАРЛИЗ Зефир "Бело-розовый" 180г', True),
        ("хлеб пшеничный", "Хлеб Ржано-пшеничный, Даниловский, 300 г", False),
        ("соус чили сладкий", "Соус МАХЕЕВЪ кисло-сладкий, 230г", False),
        ("креветки замороженные", 'Креветки "Северные", варено-мороженые, 400 г', True),
        # A stove is cleaned of grease: a degreaser (fresh_chores, fresh_hygiene).
        ("средство для плиты", "UNICUM Жироудалитель для кухни спрей 500мл(БестКлин):6", True),
        # Penne are «перья» on Russian shelves (fresh_cuisines).
        ("паста пенне", "Макароны MAKFA®, перья, 450г", True),
        # A blend written with a hyphen is one word, its negation too (fresh_instructions).
        ("фарш говяжий не свино-говяжий", "Фарш Мираторг говяжий, 400г", True),
        ("фарш говяжий не свино-говяжий", "Фарш Мираторг свино-говяжий домашний 400г", False),
        ("фарш свино-говяжий", "Фарш Мираторг свино-говяжий домашний 400г", True),
        ("зефир бело-розовый", 'ШАРЛИЗ Зефир "Бело-розовый" 180г', True),
        ("зефир бело-розовый", "БЕЛ.ПАСТ.МАНУФ.Зефир БЕЛЕВС.АНТОНОВ.250г", False),
        # A baby-food maker's titles leave the child unsaid (fresh_kids).
        ("печенье для малышей", 'Печенье "ФрутоНяня" Овсяное, 50 г', True),
        ("печенье для малышей", "Печенье Юбилейное молочное с глазурью 348г", False),
        # A poultry farm's titles leave the bird unsaid (taxonomy [brands_say]).
        ("фарш куриный", "Фарш Премиум, Петелинка, 500 г", True),
        ("фарш куриный", "Фарш МАГНИТ СВЕЖЕСТЬ Домашний охлажденный, 400г", False),
        # Tinned beans and tuna «натуральные» are in their own juice.
        ("тунец в собственном соку", "Тунец Знак Качества натуральный кусочками, 250 г", True),
        ("фасоль красная в собственном соку", "Фасоль красная натуральная Пр!ст, 360г", True),
        # A tin of tuna says oil or a sauce if it has them (fresh_notes, fresh_cuisines).
        ("тунец в собственном соку", "Тунец скипджек рубленый Новый Океан, 185г", True),
        ("тунец в собственном соку", "ТУНЕЦ ДЛЯ САЛАТА КАПИТАН ВКУСОВ 170Г", False),
        # «д/м» before the pack is oil added.
        (
            "тунец в собственном соку",
            "ФОРТУНА Тунец рубл. д/м 0,185кг ж/б(Голд плиз Кининг Ко):12",
            False,
        ),
        # Men's lines in Cyrillic (fresh_hygiene, fresh_alone).
        ("дезодорант мужской", "Дезодорант REXONA® Мен Свежесть душа, 150мл", True),
        ("шампунь для мужчин", "Шампунь CLEAR® 3 в 1 мужской Свежесть, 400мл", True),
        # A baby's juice says its age (fresh_health).
        ("сок яблочный для детей", "Сок Сады Придонья Зеленое яблоко с 4 месяцев 0,125л", True),
        # Round-grain rice by its varieties' names (fresh_budget, fresh_everyday).
        ("рис круглый", "Рис Мистраль, Кубань, 0,9 кг", True),
        ("рис круглый", "Рис ИНДИКА белый длиннозерный, 1кг", False),
        # An oat drink is unsweetened unless it says a taste; «Овсяша» is buckwheat.
        ("молоко овсяное без сахара", "Напиток овсяный Nemoloko Классический 3.2% 1л", True),
        (
            "молоко овсяное без сахара",
            "Напиток гречневый Овсяша обогащённый кальцием и витамином B2 для питания детей "
            "1.5%, 1л",
            False,
        ),
        # Refined oil has no smell unless it says unrefined (fresh_notes).
        ("масло подсолнечное без запаха", "Масло подсолнечное Злато рафинированное, 1 л", True),
        ("масло подсолнечное без запаха", "Масло подсолнечное нерафинированное Злато, 1 л", False),
        # A thigh fillet is off the bone; «без кожи» does not end the head (fresh_dinners).
        ("бедро куриное без кости", "Филе бедра без кожи ЦБ 1кг охл.", True),
        (
            "бедро куриное без косточки",
            "Филе бедра куриное Первая свежесть охлаждённое, 750г",
            True,
        ),
    ],
)  # fmt: skip
def test_words_real_titles_leave_unsaid_or_say_otherwise(
    phrase: str, title: str, expected: bool
) -> None:
    assert (first_match(phrase, title) is not None) is expected


def test_a_latin_product_word_beside_a_brand_names_the_product() -> None:
    # «kinder chocolate» is Kinder's chocolate, not any Kinder product (fresh_kids).
    assert first_match("kinder chocolate", "Пирожное Kinder Молочный ломтик, 28г") is None
    assert first_match("kinder chocolate", 'Шоколад "Kinder" молочный со злаками, 23,5 г')


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        # A dish the product goes into is why it is wanted, a wish (fresh_dinners).
        ("фарш для котлет", 'Фарш говяжий "Иван Мясоедов", 400 г'),
        ("сметана 20% для заправки", "Сметана Домик в деревне 20%, 300г"),
        ("шея свиная для шашлыка 2 кг", "Шейка свиная, Слово Мясника, 800 г"),
        ("майонез провансаль 67 на оливье", "Майонез Ряба, Провансаль, 67 %, 744 г"),
    ],
)
def test_a_dish_the_product_goes_into_is_a_wish(phrase: str, title: str) -> None:
    match = first_match(phrase, title)
    assert match is not None and not match.fallback


def test_a_portion_steak_is_beefs_second_choice() -> None:
    # Real Перекрёсток title; readers of four sets refused it for «говядина на суп».
    match = first_match("говядина на суп", "Стейк говяжий Веско Мачете охлаждённый, 200г")
    assert match is not None and match.fallback


def test_a_sort_written_beside_a_bare_brand_stays_required() -> None:
    # «мартини асти» (read by titles as «шампанское асти», fresh_holiday): «асти», a
    # word pymorphy guesses as the verb «астить», is the sort, not a form of the brand's
    # product; Martini's other drinks are no Asti. The Fiero title is real (Магнит).
    from korzina.core.matching import match_items
    from korzina.core.models import ListItem
    from tests.matching.helpers import index_of, offer

    asti = ListItem(name="шампанское", brand="Martini", attributes=("асти",), raw="мартини асти")
    idx = index_of(
        offer("s", "fiero", "Напиток MARTINI Fiero сладкий (Италия), 1л", "99"),
        offer("s", "asti", "Вино игристое Martini Asti белое сладкое, 750мл", "99"),
    )
    assert [c.product_id for c in match_items(idx, [asti], ["s"])["s"][0]] == ["asti"]


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # brands.txt's other-alphabet spelling is the brand in a title (fresh_hygiene).
        (
            "гель для душа палмолив с оливкой",
            "Гель для душа ПАЛМОЛИВ, Олива и увлажняющее молочко, 750мл",
            True,
        ),
        (
            "шампунь клеар против перхоти",
            "Шампунь КЛИАР, Мужской, против перхоти, Ледяная свежесть, 400мл",
            True,
        ),
        # A same-alphabet alias may be another brand: Жигули is no Жигулевское.
        ("пиво жигулевское", "Пиво ЖИГУЛИ, Барное, светлое, фильтрованное, 0,45л", False),
    ],
)  # fmt: skip
def test_a_brand_as_lists_spell_it_in_the_other_alphabet(
    phrase: str, title: str, expected: bool
) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # A spirit's age is a required sort, not a count of bottles (fresh_holiday).
        ("коньяк армянский 5 лет", "Коньяк армянский НОЙ Подарочный 5-летний 40%, 0,25л", True),
        ("коньяк армянский 5 лет", "Коньяк армянский НОЙ 3-летний 40%, 0,5л", False),
        ("виски 12 лет", "Виски Chivas Regal 12 лет 40%, 0,7л", True),
        # A fat of 0 % is «обезжиренный»; a light cheese is at most 30 % (fresh_healthy).
        ("творожок обезжиренный", "Творог Савушкин Нежный 0% 125г", True),
        ("творог обезжиренный", "Творог Простоквашино 5%, 200г", False),
        ("сыр нежирный", "Сыр Delissir Делиссир Хоритаки 30%, 180г", True),
        ("сыр нежирный", "Сыр Российский 50%, 180г", False),
        # Russian sparkling wine by its maker; cane sugar is brown (fresh_week, fresh_drinks).
        ("шампанское российское", "Вино игристое АБРАУ ДЮРСО белое полусладкое, 0,75л", True),
        ("сахар тростниковый коричневый", 'Сахар-песок "Брауни" тростниковый, 500 г', True),
        # A semi-smoked sausage by its variety; a dish is why, not a sort (fresh_cooking).
        ("колбаска полукопченая для солянки", "Колбаса Краковская, 0,43 кг", True),
        ("говядина для гуляша", "Лопаточная часть говядины, без кости, охлажденная, 1 кг", True),
        ("помидоры на рагу", "Томаты розовые, 1 уп. (700 г)", True),
    ],
)  # fmt: skip
def test_what_a_title_says_by_its_numbers_and_names(
    phrase: str, title: str, expected: bool
) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # A sliced form said anywhere in the title is the head's (fresh_kids).
        ("нарезка сыра", "Сыр ТЫСЯЧА ОЗЕР, Лёгкий, 15%, нарезка, 125г", True),
        ("нарезка сыра", "Сыр Рыжий Чеддер в нарезке Радость Вкуса 45% 125г", True),
        ("нарезка сыра", "Сыр Российский 50%, 200г", False),
        # Cut words a list writes, and the words titles use for them (fresh_phone,
        # fresh_kids, fresh_picnic, fresh_notes).
        ("кофе якобс монарх раствор", "Кофе JACOBS MONARCH, сублимированный, 95г", True),
        ("огурчики пупырчатые", "Огурцы колючие среднеплодные, 600г", True),
        ("аджика острая", "АДЖИКА (ООО Томат Регион), 120г", True),
        ("аджика острая", "Аджика неострая Кавказская, 200г", False),
        ("котлетки куриные", "Котлеты рубленые НАША ПТИЧКА по-французски, охлажденные, 480г", True),
        ("лаврушки пакетик", "Лист лавровый Пр!ст, 10г", True),
        ("освежитель возд glade", "Освежитель воздуха Glade, морской, 300 мл", True),
    ],
)  # fmt: skip
def test_words_lists_cut_and_titles_say_otherwise(phrase: str, title: str, expected: bool) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # A tub of ice cream is half a litre or more, whatever the title says (fresh_party).
        ("мороженко пломбир в ведерке", "Морож.КЛ.ВЕН.пломб.ван/шок.гл 1л", True),
        ("мороженко пломбир в ведерке", "Пломбир Как Раньше ванильный стаканчик 15%, 70г", False),
        # A diminutive adjective or noun is said plain in titles.
        ("арахис солененький", 'Арахис отборный обжаренный с солью "От Мартина" 100г', True),
        ("мюсли с орешками", "Мюсли Matti, орех-яблоко, 250 г", True),
        # Nuggets are chicken, a juice clear, unless the title says otherwise.
        ("наггетсы куриные", "CHIKON Наггетсы КЛАССИЧЕСКИЕ 300г", True),
        ("наггетсы куриные", "Наггетсы рыбные из минтая, 300г", False),
        ("сок апельсиновый без мякоти", "Сок J7, апельсиновый, 0,97 л", True),
        ("сок апельсиновый без мякоти", "Сок J7 апельсиновый с мякотью, 0,97 л", False),
        # Sunflower seeds by the plant's name.
        ("семечки подсолнуха", "Семечки От Мартина, Отборные, 200 г", True),
    ],
)  # fmt: skip
def test_party_goods_as_titles_say_them(phrase: str, title: str, expected: bool) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # A dish salad is what the leaf rules refuse (fresh_office, fresh_after_work).
        ("салат цезарь готовый", "Салат Цезарь Перекрёсток Select, 220г", True),
        ("крабовый салат готовый", "Салат Крабовый Перекрёсток Select, 180г", True),
        ("салат", "Салат Цезарь Перекрёсток Select, 220г", False),
        ("салат цезарь", "Салат Айсберг, 1 шт", False),
        # A pancake mix is pancake flour; plain flour is no mix (fresh_month, fresh_regions).
        ("мука блинная", "АЛАДУШ.Смесь БЛИНЫ ЦАРСКИЕ муч.800г", True),
        ("мука", "АЛАДУШ.Смесь БЛИНЫ ЦАРСКИЕ муч.800г", False),
        ("мука блинная", "Мука Makfa пшеничная высшего сорта, 1кг", False),
        # A spice mix for a dish is a seasoning (fresh_cooking); what it is made with is
        # not what it is for (fresh_moving).
        ("приправа для плова", "MAGGI Смесь для плова с курицей 24г (Нестле):12", True),
        ("приправа для курицы", "MAGGI Смесь для плова с курицей 24г (Нестле):12", False),
        # A baby's age is no composition.
        ("сок яблочный для детей", "Сок Сады Придонья Зеленое яблоко с 4 месяцев 0,125л", True),
    ],
)  # fmt: skip
def test_dishes_and_mixes_as_titles_name_them(phrase: str, title: str, expected: bool) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # A hard cheese's variety heading the title is cheese (fresh_recipes_copied).
        ("пармезан 50г", "Тёртый пармезан 40% Dolce Granto 50г", True),
        # Round rice by variety, grainy mustard the French one (fresh_cooking, fresh_counter).
        ("рис круглозерный для голубцов", "Рис Мистраль, Кубань, 0,9 кг", True),
        ("горчица зернистая", "Горчица Французская Global Village 260 г.", True),
        ("горчица зернистая", "Горчица Русская острая, 100 г", False),
        # A diaper size by its name (fresh_city, fresh_notes).
        ("подгузники памперс 4", "Подгузники PAMPERS®, Актив Бейби Макси, 70 шт.", True),
        ("подгузники памперс 4", "Подгузники PAMPERS®, Миди, 80 шт.", False),
        # Baku tomatoes are pink (fresh_hurry).
        ("помидорки розовые", "Томаты Бакинские, 350г", True),
        ("помидорки розовые", "Томаты, 1 уп. (600 г)", False),
    ],
)  # fmt: skip
def test_cheese_and_tomato_sorts_as_titles_name_them(
    phrase: str, title: str, expected: bool
) -> None:
    assert (first_match(phrase, title) is not None) is expected


def test_plum_tomatoes_are_said_plum_shaped() -> None:
    """«помидоры сливки» (a comma list's item) takes «Томаты сливовидные» (fresh_dinners)."""
    from korzina.core.matching import match_items
    from tests.matching.helpers import index_of, item, offer

    wanted = item("помидоры", attributes=("сливки",))
    idx = index_of(offer("s", "1", "Томаты сливовидные, 1 уп. (600 г)", "99.99"))
    assert match_items(idx, [wanted], ["s"])["s"][0]


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # A title's own word wins over its fat: «обезжиренный 1.8%» is what it says.
        ("творог обезжиренный", "Творог обезжиренный Резной Палисад 1.8% 180г", True),
        ("сыр нежирный", "Сыр Ламбер лайт 30%, нарезка, 150г", True),
        # A sliced form in capitals; «для нарезки» is a block to slice.
        ("нарезка сыра", "Сыр Ламбер 50%, НАРЕЗКА, 150г", True),
        ("нарезка сыра", "Сыр Российский для нарезки 50%, 500г", False),
        # «д/м посуды» stays washing-up liquid.
        ("средство для мытья посуды", "Средство д/м посуды AOS 450мл", True),
        # A ready salad is no leaf mix; an olive no Оливье.
        ("салат готовый", "Салат Шпинат, 75г", False),
        ("салат готовый", "Смесь салатная Айсберг и руккола, 125г", False),
        ("гель для душа с оливкой", "Салат Оливье с ветчиной, 250г", False),
    ],
)  # fmt: skip
def test_review_fixes_keep_what_titles_say(phrase: str, title: str, expected: bool) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # The form before a bare brand, with what for (fresh_hygiene).
        ("гель персил для цветного", "Гель для стирки PERSIL®, Колор, 2,92л", True),
        ("гель персил для цветного", "Порошок стиральный Persil Color, 3кг", False),
        # A juice has no added sugar or salt unless it says so (fresh_healthy, fresh_iftar).
        ("сок гранатовый без сахара", "NAR Сок гранатовый 1л:8", True),
        ("томатный сок без соли", "Сок ДОБРЫЙ, Томатный, 1л", True),
        ("томатный сок без соли", "Сок томатный с мякотью с солью и сахаром Пр!ст, 950мл", False),
        # Shelled walnuts are «очищенный», «ядро».
        ("орехи грецкие без скорлупы", "Ядро ореха грецкого  BOTANICA 140г", True),
        # Lines whose every product is what the list asks (fresh_dorm, fresh_sweets).
        ("шампунь от перхоти хед энд шолдерс", "Шампунь Head&Shoulders, 2 в 1, 400 мл", True),
        ("дирол без сахара", "Жевательная резинка \"Dirol\" со вкусом арбуза, 13,6 г", True),
        # Yalta onions are red; packed seeds black unless said white.
        ("лук красный ялтинский", "Лук Ялтинский, в сетке, 1 уп. (300 г)", True),
        ("семечки черные", "Семечки От Мартина, Отборные, 200 г", True),
        ("семечки черные", "Семечки белые жареные, 200 г", False),
        # Nuggets are breaded; an all-purpose cleaner says so (not a scouring powder).
        ("наггетсы куриные в панировке", "Наггетсы Мираторг, куриные, 0,3 кг", True),
        ("средство универсальное для уборки", "Средство универсальное Domestos, 0,75 л", True),
        ("средство универсальное для уборки", "Чистящее средство Comet, 475 г", False),
        # Kernels of nuts are those nuts (fresh_sweets).
        ("орешки в шоколаде", "Ядра арахиса в молочном шоколаде Маркет, 150г", True),
        ("отварная свекла", "Свекла варёная очищенная целая, 500г", True),
    ],
)  # fmt: skip
def test_ninth_session_classes(phrase: str, title: str, expected: bool) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # The café's words (fresh_cafe): slices, sugar cubes, burger buns.
        ("сыр гауда слайсы", "Сыр Гауда ломтики 45% Маркет, 125г", True),
        ("сыр гауда слайсы", "Сыр Гауда 45%, 200г", False),
        ("рафинад в кубиках", "Сахар РУССКИЙ белый прессованный, 1кг", True),
        ("рафинад в кубиках", "Сахар-песок белый, фасованный, 1 кг", False),
        ("булочки для бургеров", "Булочка для гамбургера с кунжутом 3шт Маркет, 165г", True),
    ],
)  # fmt: skip
def test_cafe_words_are_what_titles_say(phrase: str, title: str, expected: bool) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        ("эклерчики заварные", "Эклер шоколадный, 80г", True),
        ("мистер пропер для мытья полов", "Средство моющее MR.PROPER® для полов, 1л", True),
        ("миндальное молоко для рафа", "Напиток Nemoloko Миндальный 1л", True),
    ],
)  # fmt: skip
def test_cafe_pastry_and_cleaning_words(phrase: str, title: str, expected: bool) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # A Latin title of the cheese (fresh_recipes_copied); a Russian sort's spellings.
        ("пармезан", "Сыр Parmesan порционированный твёрдый тёртый 40% Маркет, 90г", True),
        ("яблоки зеленые симиренко", "Яблоки Симиренко", True),
        # A plain cabbage is white; portions are triangles; «ушки» are ties.
        ("капуста белокачанная", "Капуста", True),
        ("капуста белокачанная", "Капуста краснокочанная, 1 кг", False),
        ("сыр плавленый треугольники", "Сыр Valio Viola плавленый 8 порций 45%, 130г", True),
        ("мусорные пакеты с завязками", "Мешки для мусора Био ушки 60л, 20шт.", True),
    ],
)  # fmt: skip
def test_notes_and_voice_lists_words(phrase: str, title: str, expected: bool) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # What a kind or a line is without saying it (fresh_health, fresh_young).
        ("имбирь корешок", "Имбирь, 300г", True),
        ("рис бурый нешлифованный", "Рис бурый Националь Здоровье, 800 г", True),
        ("гель д/д мужской", "Гель для душа АКС Эпик Фреш, 250мл", True),
        ("зеленый чай в пакетиках", "Чай зеленый Tess Flirt с клубникой 25шт", True),
        ("зеленый чай в пакетиках", "Чай зеленый Tess листовой, 100г", False),
    ],
)  # fmt: skip
def test_what_a_kind_or_line_is_unsaid(phrase: str, title: str, expected: bool) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # A vegetarian household's words (fresh_vegetarian): the vegetable, not its seeds
        # or a baby purée; the vegetable, not a ready grilled dish; a cheese's cut form.
        ("тыква", "Семена тыквы обжаренные солёные Маркет, 100г", False),
        ("тыква", "GERB.Пюре ТЫКВА овщ.осн.д/дет 5мес 80г", False),
        ("тыква", "Тыква мускатная, 1 кг", True),
        ("баклажаны", "Баклажаны на гриле РЕСТОРАЦИЯ ОБЛОМОВ, 420г", False),
        ("гауда нарезкой", "Сыр гауда 48% Маркет Перекрёсток, 200г", False),
        ("гауда нарезкой", "Сыр гауда ломтики 48% Маркет Перекрёсток, 125г", True),
    ],
)  # fmt: skip
def test_vegetarian_lists_words(phrase: str, title: str, expected: bool) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "expected"),
    [
        # Where the product is used: «в туалет» as «для туалета», any air freshener serves;
        # a toilet cleaner's title says «для унитаза» (fresh_cafe, fresh_dorm).
        ("освежитель воздуха в туалет", "Освежитель воздуха Glade, морской, 300 мл", True),
        # A place's words up to its noun, not a sort of freshener (fresh_office).
        (
            "освежитель воздуха в офисный туалет",
            "Освежитель воздуха Glade, морской, 300 мл",
            True,
        ),
        (
            "доместос для туалета",
            "DOMESTOS СРЕДСТВО ЧИСТЯЩЕЕ ДЛЯ УНИТАЗА УЛЬТРА БЕЛЫЙ, 750МЛ",
            True,
        ),
        # A plant milk named after a quoted brand (fresh_vegetarian).
        ("миндальное молоко", 'Напиток растительный "Alpro"/"Planto" Миндальный, 1 л', True),
        ("миндальное молоко", "Напиток овсяный Nemoloko Классический 1 л", False),
        # Seeds of a named plant are those seeds, not the plant (fresh_vegetarian,
        # fresh_occasions); «Семена укропа Гавриш, 2 г» is a constructed title.
        ("кунжутные семечки", "Кунжут белый семена Маркет Перекрёсток, 150г", True),
        ("семечки тыквы", "Семечки тыквенные Бабкины, жареные, 70 г", True),
        ("семечки", "Семена тыквы обжаренные солёные Маркет, 100г", False),
        ("семена укропа", "Укроп зеленый Маркет Fresh, 100г", False),
        ("семена укропа", "Семена укропа Гавриш, 2 г", True),
        # What the kind is unless it says otherwise (fresh_maslenitsa, fresh_bachelor).
        ("лучок красный сладкий", "Лук репчатый красный", True),
        ("шампиньоны маринованые целые", "Шампиньоны Bonduelle, маринованные, 540 г", True),
        ("шампиньоны целые", "Шампиньоны Bonduelle Classique резаные, 400г", False),
        (
            "сыр российский брусочек",
            "БЗМЖ Сыр полутвердый Брест-Литовск российский 50% 200гр",
            True,
        ),
        ("сыр российский брусочек", "Сыр Российский нарезка 50% Зелёная Линия, 150г", False),
        ("чебуреки замороженные", "Чебуреки ГОРЯЧАЯ ШТУЧКА, со свининой и говядиной, 360г", True),
        (
            "блинчики с творогом замороженые",
            "Блинчики Цезарь с деревенским творогом на сливочном масле 450г",
            True,
        ),
        ("блинчики с творогом замороженые", "Блинчики с творогом Шеф Перекрёсток, 225г", False),
        ("лазанья", "Макаронные изделия лазанья из твёрдых сортов пшеницы Маркет, 250г", False),
        (
            "хлопья кукурузные с сахаром",
            "Хлопья кукурузные КУЗЯ ЛАКОМКИН глазированные, 250г",
            True,
        ),
        ("мука пшеничная", "Мука Makfa высшего сорта, 2кг", True),
        ("мука пшеничная", "Мука ржаная хлебопекарная обдирная, 1 кг", False),
        ("котлеты куриные домашние", "Котлеты ЛОЖКАРЕВЪ куриные в панировке, 400г", True),
        # fresh_night's words: what titles call a toaster's bread, a coffee for the
        # cezve, a glazed curd bar, men's things, a cereal bar.
        ("хлебушек для тостера", "Хлеб ТОСТОВЫЙ пшеничный нарезанный (Коломенский), 320г", True),
        (
            "кофе молотый для турки",
            "Кофе Жокей По-восточному натуральный жареный молотый, 250г",
            True,
        ),
        (
            "сырки глазированые",
            "Сырок творожный А.РостАгроКомплекс Картошка в молочном шоколаде 20% 50г",
            True,
        ),
        ("гель для душа для мужиков", "Гель для душа NIVEA® Мен, Ультра, 250мл", True),
        ("мюсли-батончики", "Батончик-мюсли Bombbar Клубника, 45г", True),
        ("зубная паста отбеливающая", "Зубная паста LACALUT White&Repair, 75мл", True),
        # A hard cheese's name says it is hard; Whiskas' «Подушечки» are dry food.
        ("сыр твердый пармезан", "Сыр ПАРМЕЗАН Гранд 45% (Поставский МЗ), 200г", True),
        (
            "вискас сухой корм",
            "Корм для кошек WHISKAS, Вискас Подушечки с паштетом Курица/индейка, 800г",
            True,
        ),
        (
            "мюсли-батончики",
            "Батончик шоколадный Mars Max с нугой и карамелью в молочном шоколаде, 81г",
            False,
        ),
    ],
)
def test_places_seeds_and_what_kinds_are_unsaid(phrase: str, title: str, expected: bool) -> None:
    assert (first_match(phrase, title) is not None) is expected


@pytest.mark.parametrize(
    ("phrase", "title", "second_choice"),
    [
        # The plain sort asked: a filling or flavour «с …» is another sort (fresh_after_work).
        ("хумус классический", "Хумус, с кедровыми орешками, 200 г", True),
        # A filling named, and the title fills with more (fresh_night, fresh_drinks).
        ("варенички с картошкой", 'Вареники "Первым делом" с картофелем и грибами, 500 г', True),
        ("вареники с картошкой", "Вареники Сытый папа, с картофелем-луком и грибами, 450 г", True),
        # Onion after «и» seasons the filling: no second one (fresh_night, fresh_family_chat).
        ("вареники с картошкой", 'Вареники "Цезарь" с картофелем и жареным лучком, 600 г', False),
        ("сок томатный с солью", "Сок томатный с мякотью с солью и сахаром Пр!ст, 950мл", True),
        # Sweet rusks and a sachet assortment, where the list did not ask for them.
        ("сухарики к супу", "Сухарики ОГО!, ванильные, 250г", True),
        ("геркулес", "Каша Увелка Овсяная Ассорти 5пак*40г", True),
        ("соус соевый классический", "Соус соевый СТЕБЕЛЬ БАМБУКА, 280г", False),
        (
            "масло сливочное обычное",
            "Масло сливочное Традиционное с массовой долей жира 82,5 % 175 гр",
            False,
        ),
    ],
)
def test_a_flavoured_title_is_a_second_choice_for_the_plain_sort(
    phrase: str, title: str, second_choice: bool
) -> None:
    match = first_match(phrase, title)
    assert match is not None and match.fallback is second_choice


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        # Plant fat, the sign of a substitute, is what the sour cream is without; a real
        # one's title does not say «без растительных жиров», nor is «без жиров» asked.
        ("сметана 15% без растительных жиров", "Сметана Домик в деревне, 15%, 300 г"),
        # Butter «натуральное» is the real thing: any title that is no substitute.
        (
            "масло сливочное 82.5 натуральное",
            "Масло сливочное Традиционное с массовой долей жира 82,5 % 175 гр",
        ),
        # Extra virgin olive oil is unrefined.
        ("оливковое масло нерафинированное", "Масло оливковое МОНИНИ, Экстра Вирджин, 250г"),
        # «запашистое» sunflower oil is the unrefined one titles call just that.
        (
            "масло подсолнечное нерафинированное запашистое",
            'Масло "Благо" подсолнечное нерафинированное, 650 мл',
        ),
        # The breast fillet of a turkey is its fillet, not a chicken's.
        (
            "индюшиное филе грудки",
            "Филе грудки индейки Пава-Пава премиум охлаждённое, 500г",
        ),
        # Butter is unsalted unless its title says «солёное».
        ("масло сливочное без соли", "Масло сливочное Простоквашино, 82 %, 180 г"),
        # Sausage sorts smoked by recipe need not say it.
        ("колбаса копченая", "Колбаса Краковская, 0,43 кг"),
        ("колбаса копченая", "Колбаса Черкизово, Сальчичон, 0,35 кг"),
        # Apples of a sweet sort are sweet apples.
        ("яблочки сладкие", "Яблоки Гала"),
        # Rose hips in a shop are dried; a sponge is for washing up.
        ("сушеный шиповник", "Шиповник, Бабушкин Хуторок, 75 г"),
        ("губки посуду мыть", "Губки для посуды МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт."),
        # A razor is a man's unless it says it is for women; cocoa is the powder unless
        # it is a drink mix.
        ("бритвы одноразовые мужские", "Бритвы одноразовые GILLETTE® Блу Симпл3, 8шт."),
        (
            "какао порошок золотой ярлык",
            "Какао натуральный ЗОЛОТОЙ ЯРЛЫК (красный Октябрь), 100г",
        ),
        # Milk for porridge is any milk; bleach is for laundry.
        ("молоко 3.2 для кашки", "Молоко Домик в деревне пастеризованное 3.2% 930мл"),
        ("отбеливатель для белья", "Отбеливатель ACE®, Гель, автомат, 1л"),
        # Pet food «с рыбой» names the fish; «с мясом» is any naming no fish; an old
        # cat's food says «старше 7 лет».
        ("кошачий корм с рыбой", "Корм для кошек FELIX® Аппетитные кусочки форель, 75г"),
        ("консервы для собак с мясом", "Корм для собак PEDIGREE® кролик-индейка, 85г"),
        ("корм для пожилых кошек", "Корм для кошек WHISKAS® старше 7 лет рагу-ягненок, 75г"),
        # Dried squid asked is dried squid, however its title says it.
        ("кальмар сушеный", "SOLONINA Кальмар стружка сушено-вяленый 70г п/уп:10"),
        # A filled gingerbread names its filling.
        ("пряники с начинкой", "Пряники тульские с вареной сгущенкой, 350г"),
        # Wet wipes are for hands unless they say another use.
        ("влажные салфеточки для рук", "Салфетки влажные Tolli Plus, универсальные, 60 шт."),
        ("щетка зубная мягкая", "COLGATE З/щетка ШЕЛК.НИТИ С ДР.УГЛЕМ"),
        ("творог мягкий", "Творог мягкий Домик в деревне 5,5%, 170 г"),
        # Condensed milk is tinned unless its title says another pack.
        ("сгущенка гост жестяная банка", "Молоко сгущенное МАГНИТ цельное с сахаром ГОСТ, 360г"),
        # Where a baby cream goes is no word of its title.
        (
            "крем детский в роддом",
            "Крем детский Аванта с витаминами и ромашкой в футляре, 46мл",
        ),
    ],
)
def test_words_real_titles_leave_unsaid_do_not_exclude_them(phrase: str, title: str) -> None:
    match = first_match(phrase, title)
    assert match is not None and not match.fallback


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        # Dishwasher salt is no table salt.
        ("соль поваренная", "Соль для посудомоечных машин SOMAT®, 1,5кг"),
        ("соль", "Соль для посудомоечных машин SOMAT®, 1,5кг"),
        # Salted butter for «без соли»; a wafer tube of boiled condensed milk is a sweet;
        # a shoe sponge is no dish sponge.
        ("масло сливочное без соли", "Масло сливочное соленое Вологодское 82,5%, 180г"),
        (
            "вареная сгущенка",
            "Молоко сгущённое с сахаром варёное в вафельной трубочке 8.5% Зелёная Линия, 35г",
        ),
        ("губки", "Губка для обуви ДИВИДИК КЛАССИК, Бесцветная"),
        # A soda «без красителей» is one whose title says so: a cola is coloured.
        ("газировка без красителей", "Напиток безалкогольный ДОБРЫЙ кола, 1,5л"),
        # A flavour or candied fruit is no filling.
        ("пряники с начинкой", "Пряники LUCKY DAYS®, с шоколадным вкусом, 400г"),
        ("пряники с начинкой", "Пряники «Дымка» Цветок апельсина с цукатами заварные, 300 г"),
        # Squid for a salad is no dried beer snack; буженина is no tin nor raw meat.
        ("кальмары для салата", "SOLONINA Кальмар стружка сушено-вяленый 70г п/уп:10"),
        ("буженинку", "Консервы мясные. Буженина классическая 325 г"),
        ("буженинку", "Буженина Индилайт бескостная из индейки в маринаде охлажденная 800г"),
        ("бритвы одноразовые мужские", "Станок для бритья Venus Smooth одноразовый, 2шт."),
        ("какао порошок", "Какао Nesquik, 500 г"),
        # A «Кофе … 3в1» is the sweet sachet mix, no instant coffee.
        (
            "растворимый кофе",
            "Кофе МОСКОВКАЯ КОФЕЙНЯ НА ПАЯХЪ, 3в1, мягкий, растворимый, 20пакетиков",
        ),
        # A 13 kg bag is dry food, whatever its title leaves unsaid; fish is no «мясо».
        ("педигри влажный", "Корм PEDIGREE®, для взрослых собак, говядина, 13кг"),
        ("консервы для собак с мясом", "Корм для собак PEDIGREE® с лососем, 85г"),
        # «мягкий» is a sort of cottage cheese and of a toothbrush, not a wish.
        ("творог 5% мягкий", "Творог 5% Молочный знак, 180г"),
        ("щетка зубная мягкая", "BIOMED Silver комплексн Medium з/щетка в асс(СкайЛаб):12/48"),
        # A plain yoghurt names no fruit, berry or nut, whichever one a title names.
        ("йогурт несладкий без добавок", "Йогурт Ирбитский клюква-брусника 2.5%, 500мл"),
        ("йогурт несладкий без добавок", "Йогурт Epica Crispy фисташки 10.5%, 140г"),
        # «только не …» in a remark still says what the milk must not be.
        (
            "молоко 3.2 (только не ультрапастеризованное)",
            "Молоко Веселая коровка ультрапастеризованное ОМК 3,2%, 970 мл",
        ),
    ],
)
def test_what_the_list_rules_out_is_never_picked(phrase: str, title: str) -> None:
    assert first_match(phrase, title) is None


def test_an_instant_porridge_with_cream_is_oats_second_choice() -> None:
    match = first_match(
        "геркулес", "Каша овсяная Традиционная быстрого приготовления со сливками Пр!ст, 35г"
    )
    assert match is not None and match.fallback


def test_drip_bags_are_ground_coffees_second_choice() -> None:
    match = first_match("кофейку молотого", "Кофе молотый COFFESSO, Crema Delicato, 5 пакетиков")
    assert match is not None and match.fallback


def test_a_bran_loaf_is_a_second_choice_for_a_white_one() -> None:
    match = first_match("батон белый", "Батон ОТРУБНОЙ нарезка (Русский хлеб), 400г")
    assert match is not None and match.fallback
