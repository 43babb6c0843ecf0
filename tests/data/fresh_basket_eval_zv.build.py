#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zv.jsonl -- dacha-season / picnic shopping lists hand-labelled against the
real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zv.build.py

LISTS below is literal data: 25 lists (3-4 items) of the dacha season and picnics (grill meat, vegetables
and greens, bread, sauces and ketchup, drinks, charcoal and lighter fluid, disposable tableware, insect
repellent, seeds and garden bits), typed as a household would type them to a Telegram bot, and for every
item the product ids of every store that a reasonable shopper would accept.  The lists were written first
(fresh_basket_eval_zv.blind_lists.txt) before any offer was read.  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and
read one by one; the note of each item records what was accepted, what was deliberately left out and any
judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item
is "missing" there).  The labels were made without reading korzina's matcher or its data files.

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly
the list's items in order (an item is the text between commas / new lines) -- and then writes the JSONL in
the format of real_basket_eval.jsonl.  List ids are fzv01, fzv02, ... in LISTS order; every list is in
split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zv.jsonl")


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 pork shashlik kit
    ("шашлык из свинины маринованный 2 кило, уголек березовый 2 мешка, жидкость для розжига пожиже, кетчуп балтимор шашлычный к мясу", [
        ("шашлык из свинины маринованный 2 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ready marinated pork shashlik (cubed meat); none offered. Магнит «Стейк из свинины, в маринаде "
           "«Алабама»» and «Стейк из шеи свинины, в маринаде» are marinated pork *steaks*, not shashlik, "
           "excluded; raw unmarinated pork neck, Магнит «Голень куриная, в маринаде» and Индилайт turkey in "
           "marinade excluded; «2 кило» is a quantity"),
        ("уголек березовый 2 мешка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "birch charcoal; the only charcoal, Перекрёсток «Уголь древесный Пр!ст, 2.5кг», does not say birch, "
           "so excluded (the written wood kind is required; outside knowledge says much Russian charcoal is "
           "birch but the title does not); «2 мешка» is a quantity; ice-cream «брикет» is a trap"),
        ("жидкость для розжига пожиже", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lighter fluid; no offer in any store (grepped розжиг/разжиг); «пожиже» is a wish"),
        ("кетчуп балтимор шашлычный к мясу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Baltimore brand required; no Балтимор/Baltimor offer. Слобода «Кетчуп Шашлычный», Махеевъ «ШАШЛЫЧ.» "
           "and all other ketchups excluded (wrong brand); «к мясу» is a purpose"),
    ]),
    # L2 pork neck and salad
    ("шейка свиная кусок, лавашик тонкий 2 упаковки, лук репчатый кило, помидоры для шашлыка", [
        ("шейка свиная кусок", {
            "pyaterochka": ["3957120", "3619731", "3666472"],
            "magnit": ["199511", "107331"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork neck as a piece: Пятёрочка Черкизово «Шейка п/ф из свинины крупнокусковой бескостный», "
           "Рестория «Шейка свиная» 400 г and Слово Мясника «Шейка свиная» 800 г (taken as raw chilled meat), "
           "Магнит «Шейная часть свинины» boneless and on the bone; cooked-smoked РЕМИТ «Шейка из свинины к/в», "
           "Маркет «Шейка-Балык-Бекон Панчетта» and Магнит «Стейк из шеи свинины, в маринаде» (steaks, not a "
           "piece) excluded"),
        ("лавашик тонкий 2 упаковки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "thin lavash; no лаваш in any store; Mission tortillas excluded (different flatbread); «2 упаковки» "
           "is a quantity"),
        ("лук репчатый кило", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["79012", "79135", "3368252", "3623836"],
        }, "bulb onions: «Лук репчатый» red/white, Магнит «Лук Светофор» (3 bulbs) and Ялтинский (a bulb onion "
           "variety, outside knowledge); shallots, Перекрёсток «Лук салатный» (unclear kind), green onion, herb "
           "sets, onion-flavoured chips/snacks excluded; «кило» is a quantity"),
        ("помидоры для шашлыка", {
            "pyaterochka": [],
            "magnit": ["199891", "168851", "168841", "169381", "107681", "107631", "107621", "107611"],
            "dixy": [],
            "perekrestok": ["3673307", "4217380", "3676649", "4188460", "4327843", "4355823", "3017019"],
        }, "every fresh tomato incl. cherry, plum, pink, on the vine, cocktail and orange cherry; «для шашлыка» "
           "is a purpose, not a filter; marinated/salted/canned tomatoes, tomato paste, juice, ketchup excluded"),
    ]),
    # L3 wings and beer
    ("крылышки куриные для гриля, соус хайнц барбекю для гриля, огурцы гладкие кило, пиво светлое ящик", [
        ("крылышки куриные для гриля", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4318771"],
        }, "raw chicken wings: Перекрёсток «Крылья Первая Свежесть локтевая часть» (Первая Свежесть is a chicken "
           "brand); Горячая штучка «Хрустящие Крылышки острые к пиву» (breaded, ready frozen snack) and "
           "wing-flavoured гренки excluded"),
        ("соус хайнц барбекю для гриля", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz barbecue sauce; no Heinz BBQ sauce anywhere. Other Heinz sauces (кисло-сладкий, сырный, "
           "сладкий чили, Цезарь, терияки, брусничный, Cherry, Salsa), Heinz ketchups and BBQ-flavoured snacks "
           "excluded"),
        ("огурцы гладкие кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "smooth cucumbers; no title says гладкие (or длинноплодные). Магнит «среднеплодные, пупырчатые» (the "
           "opposite), Магнит «короткоплодные, тепличные», Перекрёсток «Ботаника фасованные», «Хрустящие» and "
           "корнишоны (skin not stated) and all salted/pickled cucumbers excluded"),
        ("пиво светлое ящик", {
            "pyaterochka": [],
            "magnit": ["7f9482ca4a", "7a049f38a7", "307d22d94c", "30dda00a31", "a982a99aeb", "1f2ea4eaba",
                       "22307d326d", "201971", "199081", "202121", "199071", "160021",
                       "159311", "168001", "168011", "167991", "160011", "104791",
                       "108721", "111751", "108671", "111441", "104801", "204931", "205571"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic pale/light beer of any brand and size: Магнит Amstel, Kozel Rezany («светлое»), Löwenbräu, "
           "Staropramen, Carlsberg (incl. Wild Unfiltered), Miller, Bud 66, Holsten, Krušovice, Estrella Damm, "
           "Балтика №7, Старый Мельник, Holba, Prazacka, Franziskaner Weissbier and ABBE Blonde «пивной напиток "
           "светлый» 6.6 %; Miller, Hoegaarden and Kronenbourg Blanc accepted as light beers by outside "
           "knowledge (pale lager / white wheat beer). Non-alcoholic beers and beer drinks (Балтика №0, Bud 0, "
           "Крушовице Нон-алко, Hoegaarden 0, IPA 0 %), dark beers (Zatecky Gus Cerny, ABBE Brune) excluded; "
           "Пятёрочка and Перекрёсток have only dark or alcohol-free ones; «ящик» is a quantity"),
    ]),
    # L4 grill sausages
    ("купаты из свинины, колбаски для гриля, горчица дижонская, хлеб бородинский нарезной", [
        ("купаты из свинины", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pork kupaty; Магнит «Купаты куриные» (chicken) excluded; Дикси «Купаты Ямское подворье» does not "
           "name the meat, excluded because the written meat is required"),
        ("колбаски для гриля", {
            "pyaterochka": ["3492564", "3651808"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw sausages for grilling: Пятёрочка Мираторг «Колбаски Чевапчичи из говядины» and Ближние Горки "
           "«Чевапчичи, из свинины» (čevapčići are skinless grill sausages, outside knowledge); dry snack "
           "sausages (Кнуты, Черкизово «Колбаски Снек»), boiled сосиски/шпикачки and grill-flavoured chips "
           "excluded"),
        ("горчица дижонская", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Dijon mustard; none. Global Village «Горчица Французская» (not called Dijon), Махеевъ «Горчица "
           "РУССКАЯ» and mustard-flavoured snacks excluded"),
        ("хлеб бородинский нарезной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sliced Borodinsky bread; none. ЩЕДРЫЕ «Хлебцы тонкие бородинские» (crispbread), the brand «Мясной "
           "дом Бородина» and Магнит «Колбаса Бородинская» are traps"),
    ]),
    # L5 disposable tableware
    ("тарелочки одноразовые бумажные 10шт, стаканчики пластиковые 20 шт, вилки одноразовые", [
        ("тарелочки одноразовые бумажные 10шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "paper disposable plates; none (Say Cheese «Сырная тарелка» is cheese)"),
        ("стаканчики пластиковые 20 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plastic cups; Перекрёсток «Стаканы одноразовые 250мл в ассортименте Маркет, 6шт» does not say "
           "plastic («в ассортименте» may be paper) and is a 6-pack, excluded; «стаканчик» ice creams and "
           "yoghurt «Моностакан» are traps"),
        ("вилки одноразовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "disposable forks; none (вилк/ложк only match Ложкаревъ dumplings)"),
    ]),
    # L6 bugs
    ("средство от комаров off, фумигатор пластины, спрей от клещей детский", [
        ("средство от комаров off", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "OFF! repellent; none. Магнит «Аэрозоль ГАРДЭКС ЭКСТРИМ, от всех летающих насекомых и клещей» is "
           "another brand, excluded"),
        ("фумигатор пластины", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fumigator mats; none («пластин» only matches Dirol chewing gum)"),
        ("спрей от клещей детский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's tick spray; Гардэкс «ЭКСТРИМ» aerosol is not for children (Extreme is the adult line, "
           "outside knowledge), excluded"),
    ]),
    # L7 seeds and garden
    ("семена укропа гавриш, семена редиски, грунт для рассады, перчатки садовые", [
        ("семена укропа гавриш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Гавриш dill seeds; no seed packets in any store; dried dill (Восточный гость) and fresh dill "
           "excluded"),
        ("семена редиски", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "radish seeds; none; fresh radish (Перекрёсток «Редис красный», «Редис Дайкон») excluded"),
        ("грунт для рассады", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "seedling soil; none"),
        ("перчатки садовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "garden gloves; none"),
    ]),
    # L8 greens
    ("зелень петрушка пучок, кинза, зеленый лук, укропчик пучка два", [
        ("зелень петрушка пучок", {
            "pyaterochka": [],
            "magnit": ["200411"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh parsley: Магнит «Петрушка, 1 уп. (100 г)» (a packed bunch); Перекрёсток herb sets «Набор "
           "зелени Лук, Укроп и Петрушка» and «Ассорти свежие петрушка-укроп-лук» (mixes) and Valio cheese with "
           "parsley excluded"),
        ("кинза", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "coriander leaves; none (кинз/кориандр not found; Киндзмараули wine is a trap)"),
        ("зеленый лук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295465"],
        }, "Перекрёсток «Лук зеленый Маркет Fresh»; herb sets, «Лук салатный», bulb onions, green-onion "
           "chips/snacks excluded"),
        ("укропчик пучка два", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill: Магнит «Укроп, 1 уп.», Перекрёсток «Укроп зеленый Маркет Fresh»; dried dill, herb sets, "
           "herring «с укропом» excluded; «пучка два» is a quantity"),
    ]),
    # L9 grill vegetables
    ("кабачки молодые 3 шт, баклажаны 2-3 штучки, перец болгарский красный кило, шампиньоны для гриля", [
        ("кабачки молодые 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["44110", "48632"],
        }, "fresh courgettes: Перекрёсток «Кабачки» and «Кабачки цуккини зелёные» (fresh courgettes are sold "
           "young, outside knowledge; «молодые» is not on any title); squash caviar, baby purées and Дядя Ваня "
           "«Кабачки в аджике» excluded"),
        ("баклажаны 2-3 штучки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4414"],
        }, "fresh aubergines; aubergine caviar, Магнит «Баклажаны по-корейски» (salad) and vegetable conserves "
           "excluded"),
        ("перец болгарский красный кило", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["6177"],
        }, "red bell pepper: Магнит «Перец болгарский, красный, 1 кг», Перекрёсток «Перец красный сладкий»; "
           "yellow pepper, «Перец в ассортименте, 2шт» (colour unknown), Рамиро (pointed, colour not stated), "
           "grilled-pepper conserves and ground pepper excluded"),
        ("шампиньоны для гриля", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3210027", "4280106"],
        }, "fresh champignons incl. «Королевские» (brown champignons); Bonduelle marinated champignons, вешенки, "
           "mushroom sauces/soups excluded; «для гриля» is a purpose"),
    ]),
    # L10 drinks
    ("минералочка ессентуки 17, лимонад тархун 2 шт, квас очаковский 2л 2 шт", [
        ("минералочка ессентуки 17", {
            "pyaterochka": ["3977406", "3977408"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3977406"],
        }, "Ессентуки №17 (0.45 l glass, 1 l PET); Ессентуки №4, ЗАПОВ.ЗДОР. «Вода№17» (a different "
           "spring/brand, not Ессентуки by title) and other mineral waters excluded"),
        ("лимонад тархун 2 шт", {
            "pyaterochka": ["3921439"],
            "magnit": ["24f0ca6987"],
            "dixy": [],
            "perekrestok": ["3013417"],
        }, "tarragon lemonade of any brand/size: Черноголовка «Тархун» 2 l and 0.5 l, Пятёрочка «Любимый Тархун» "
           "1.5 l; other Черноголовка lemonades (Байкал, Дюшес, plain) and «шипучка» candy excluded; «2 шт» is a "
           "quantity"),
        ("квас очаковский 2л 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Очаковский kvass; no kvass in any store"),
    ]),
    # L11 hot dogs
    ("сосиски для жарки, булочки для хот-догов, кетчуп хайнц томатный 800, горчичка русская поострее", [
        ("сосиски для жарки", {
            "pyaterochka": ["3370433", "3607043", "3663361", "4045572", "26457", "3311600", "4025037", "3486631",
                            "3359555", "3018288", "3018289", "3642007", "3948226",
                            "3385843"],
            "magnit": ["159871", "112421", "206081", "213611"],
            "dixy": [],
            "perekrestok": ["4056912"],
        }, "every sausage (сосиски) incl. Баварские, молочные, сливочные, с сыром, poultry; «для жарки» is read "
           "as a purpose since no offer is sold as «для жарки»; сардельки, шпикачки, Хотстеры «сосиски в тесте» "
           "excluded"),
        ("булочки для хот-догов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hot-dog buns; none (only sweet buns and pastries)"),
        ("кетчуп хайнц томатный 800", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz tomato ketchup of about 800 g required; only Пятёрочка «Томатный кетчуп Heinz 342г» and «HEINZ "
           "Кетчуп томат.с горч. 350г» exist, excluded by size"),
        ("горчичка русская поострее", {
            "pyaterochka": ["3435016"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пятёрочка «МАХЕЕВЪ Горчица РУССКАЯ»; «поострее» is a wish; Global Village «Французская» excluded"),
    ]),
    # L12 chicken thighs
    ("мясо курицы бедро без кости, маринад для курицы, соус чесночный", [
        ("мясо курицы бедро без кости", {
            "pyaterochka": ["4007208"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4328962", "3692842", "4250498", "4007208"],
        }, "boneless chicken thigh (филе бедра): Пятёрочка «Филе бедра без кожи ЦБ» (ЦБ = цыплёнок-бройлер), "
           "Перекрёсток Зелёная Линия, Троекурово «без кости», Первая свежесть and Петелинка «без кожи» fillets; "
           "bone-in «Бедро куриное», «Бедро цыпл-табака», turkey thigh fillets and beef «Мякоть бедра» excluded"),
        ("маринад для курицы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a marinade for chicken; none (no marinade product; dry seasonings and Maggi «на второе» mixes "
           "excluded)"),
        ("соус чесночный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "garlic sauce; none. Кинто «Кебаб», Heinz/Calve/Махеевъ other sauces, squid «в чесночном соусе» and "
           "garlic snacks excluded"),
    ]),
    # L13 water and juice
    ("вода питьевая 5л 2 бутыли, лед пищевой, сок яблочный", [
        ("вода питьевая 5л 2 бутыли", {
            "pyaterochka": ["3635131", "3608729"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "5 l still drinking water: Перекрёсток Малаховская №1 5 l, Пятёрочка Honey kid Черноголовская 5 l and "
           "Магнит Аквалайн «Для ляль» 5 l (children's drinking water, still counts), Пятёрочка «Легенда Гор, "
           "Архыз, минеральная, 5 л» (a low-mineralised table water sold as drinking water, outside knowledge); "
           "all smaller bottles excluded; «2 бутыли» is a quantity"),
        ("лед пищевой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "food ice; none («лед» only in candy/gum titles)"),
        ("сок яблочный", {
            "pyaterochka": ["3903669", "3679184", "3920296", "4074641", "3684252", "3679183"],
            "magnit": ["bc852256db", "ece47f47e1", "0f2cae24db", "eef4bdbf61", "202971"],
            "dixy": [],
            "perekrestok": ["26869", "4316044", "4304867", "3190706", "80142"],
        }, "100 % apple juice of any brand/size incl. children's apple juice (Агуша «яблоко осв», ФРУКТ.САД, "
           "Honey Kid, Сады Придонья «зелёное яблоко»); apple nectars (Добрый, Любимый, Global Village), mixed "
           "juices (яблоко-вишня, -виноград, -персик, морковно-яблочный, с сельдереем), juice drinks and Агуша "
           "«вода+сок» excluded"),
    ]),
    # L14 grill gear
    ("мангал одноразовый, решетка для гриля, шампуры", [
        ("мангал одноразовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "disposable grill; none (Janarat «Овощи запеченные на мангале» is food)"),
        ("решетка для гриля", {
            "pyaterochka": [],
            "magnit": ["202991", "204421"],
            "dixy": [],
            "perekrestok": [],
        }, "Магнит «Решетка-гриль, универсальная» flat and deep"),
        ("шампуры", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "skewers; none"),
    ]),
    # L15 napkins and bags
    ("салфетки бумажные на стол, пакеты для мусора 120л, влажные салфетки с антибактериальным эффектом", [
        ("салфетки бумажные на стол", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4299678", "4310840", "4310841", "4429769", "4429400", "4429397", "4371757",
                            "4250535", "4397850", "4250543"],
        }, "paper table napkins (Пр!ст, Gratias incl. printed ones, Art Bouquet); wet wipes, Carefree panty "
           "liners and Магнит BIG CITY LIFE «Салфетки в рулоне 25x30см» (cleaning roll) excluded"),
        ("пакеты для мусора 120л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "120 l bin bags; only Магнит 60 l and 35 l bags exist, excluded by the written volume; food bags "
           "excluded"),
        ("влажные салфетки с антибактериальным эффектом", {
            "pyaterochka": [],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "3917869", "4166484", "4174787"],
        }, "antibacterial/antiseptic wet wipes: Магнит SALFETI «антибак», Перекрёсток Home Story "
           "«антибактериальные», «антисептические» and «с экстрактом чайного дерева антибактериальные», Пр!ст "
           "«антибактериальные косметические»; Tolli Plus, Kokoro baby wipes (no antibacterial claim) excluded"),
    ]),
    # L16 steak night
    ("стейк рибай, соль крупного помола, перец черный горошком", [
        ("стейк рибай", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ribeye steak; none. Мираторг «Стейк Пеппер», «Стейк Бафоло», pork/turkey/fish steaks excluded"),
        ("соль крупного помола", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "coarse salt; Магнит MAREMAN «Соль морская средняя» (medium grind) excluded; no other salt"),
        ("перец черный горошком", {
            "pyaterochka": ["89001"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "black peppercorns: Пятёрочка KOTANYI «Мельница перец черный» (a grinder filled with whole black "
           "peppercorns, outside knowledge); ground black pepper (Восточный гость «молотый»), pepper mixes (4 "
           "ПЕРЦА, СМЕСЬ ПЕРЦЕВ) excluded"),
    ]),
    # L17 potatoes and salo
    ("картошка молодая 2 кг, сало соленое с прослойкой, черный хлебушек нарезка, огурцы малосольные хрустящие", [
        ("картошка молодая 2 кг", {
            "pyaterochka": [],
            "magnit": ["168701"],
            "dixy": ["72aaa021b7"],
            "perekrestok": [],
        }, "young potatoes: Дикси «Картофель молодой, 1 кг», Магнит «Картофель Новый урожай» (new-crop = young "
           "potatoes, outside knowledge); ordinary washed/red potatoes, «для жарки», «для варки» excluded; «2 "
           "кг» is a quantity"),
        ("сало соленое с прослойкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "salted salo with a meat streak; no title says «с прослойкой». Plain salted back-fat (Белорусское «из "
           "шпика», Заповедные «Русское»), Копченов «Сало домашнее, с чесноком» and грудинка excluded"),
        ("черный хлебушек нарезка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sliced black (rye) bread; Пятёрочка «Хлеб Ржано-пшеничный, Даниловский», «Хреб Ржаной Край», «Хлеб "
           "зерновой, Ржаной Край» do not say sliced, excluded because the written form (нарезка) is required; "
           "rye crispbread excluded"),
        ("огурцы малосольные хрустящие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lightly salted cucumbers; none. Barrel-salted «Огурцы солёные бочковые», МЕЛЕНЪ salted, pickled "
           "«Огурчики маринов.», корнишоны and fresh Перекрёсток «Огурцы Хрустящие» excluded"),
    ]),
    # L18 cheese for the grill
    ("сыр халуми, сыр сулугуни для гриля, лепешка тандырная", [
        ("сыр халуми", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "halloumi; none"),
        ("сыр сулугуни для гриля", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4050805", "3203422", "3484610"],
        }, "every suluguni (Умалат incl. «палочки», Предгорье Кавказа); «для гриля» is a purpose"),
        ("лепешка тандырная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tandoor flatbread; none; Mission «Лепешки тортилья пшеничные» excluded (different bread)"),
    ]),
    # L19 snacks
    ("чипсы лейс краб большая пачка, сухарики 3 корочки холодец хрен, семки от мартина жареные", [
        ("чипсы лейс краб большая пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's crab chips in a big pack; only 50 g (Пятёрочка), 85 g «Королевский краб» (Пятёрочка) and 90 g "
           "(Магнит) packs exist — all the small/standard sizes, excluded by «большая пачка» (the big Lay's "
           "packs are 140-225 g); Pringles краб, Русская Картошка Краб, LAVA LAVA and other Lay's flavours "
           "excluded"),
        ("сухарики 3 корочки холодец хрен", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2063961", "3911761"],
        }, "Три корочки «холодец с хреном» rye croutons 100 g and 60 g + mustard sauce; other Три корочки "
           "flavours, TWISTER «холодца с хреном» potato snack excluded"),
        ("семки от мартина жареные", {
            "pyaterochka": ["3403508", "3630849", "3669122"],
            "magnit": ["1000229533"],
            "dixy": [],
            "perekrestok": [],
        }, "От Мартина sunflower seeds (Отборные, особые, black roasted salted, with sea salt; От Мартина "
           "sunflower seeds are sold roasted, outside knowledge); От Мартина pumpkin seeds and peanuts, Бабкины, "
           "Богучарские and other brands excluded"),
    ]),
    # L20 summer fruit
    ("арбуз астраханский, черешня, клубника садовая", [
        ("арбуз астраханский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Astrakhan watermelon; Перекрёсток «Арбуз Чёрный принц без косточек» is another variety, excluded; "
           "watermelon ice cream/drinks excluded"),
        ("черешня", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh sweet cherries; none (only cherry-flavoured drinks, croissants; «Сельдерей черешковый» is a "
           "trap)"),
        ("клубника садовая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["11034", "4391361", "3457076"],
        }, "fresh strawberries (садовая = garden strawberry as opposed to wild земляника): Перекрёсток Маркет "
           "Fresh 250 g, «свежая» 340 g, «отборная»; Artfruit strawberry-blueberry mix and strawberry-flavoured "
           "goods excluded"),
    ]),
    # L21 Caucasian sauces
    ("ткемали красный, аджика, хрен столовый русский", [
        ("ткемали красный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "red tkemali; Пятёрочка «Соус Кинто, Ткемали» does not say red (tkemali is made red or green), "
           "excluded"),
        ("аджика", {
            "pyaterochka": ["4064470"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пятёрочка КУХМАСТЕР «Соус Аджика»; Дядя Ваня «Кабачки в адж. по-тбилис.» excluded"),
        ("хрен столовый русский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Русский» horseradish is a named variety; Магнит МАХЕЕВЪ «Хрен столовый» does not say Русский, "
           "excluded; Uni Dan «Хрен сливочный», sauerkraut with horseradish and horseradish-flavoured snacks "
           "excluded"),
    ]),
    # L22 soft drinks
    ("пепси 2 штуки, спрайт 1.5 л, айран тан", [
        ("пепси 2 штуки", {
            "pyaterochka": ["3684630", "3684633", "3207052", "3684639", "3684656"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3684633", "3684639"],
        }, "classic Pepsi cola of any size; flavoured Pepsi (Wild Cherry, Mango, Dark Vanilla), Pepsi Light and "
           "PepsiCo Evervess cola excluded; «2 штуки» is a quantity"),
        ("спрайт 1.5 л", {
            "pyaterochka": [],
            "magnit": ["213591"],
            "dixy": [],
            "perekrestok": [],
        }, "Sprite 1.5 l (Магнит); Пятёрочка Sprite 0.9 l and «Спрайт … лимона, лайма и мяты» 0.5 l excluded by "
           "size"),
        ("айран тан", {
            "pyaterochka": ["3677707"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ayran/tan: Пятёрочка ХАЛАЛМИЛК «Напиток к/м ТАН» (the user wrote «тан»; tan is the salted "
           "ayran-style drink); no ayran offer"),
    ]),
    # L23 Caucasian grill
    ("люля кебаб говяжий, баранина на шашлык, кинза пучок", [
        ("люля кебаб говяжий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef lula kebab; none. Beef mince, čevapčići, kupaty and Кинто «Кебаб» sauce excluded"),
        ("баранина на шашлык", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lamb; none («баран» only matches Баранки)"),
        ("кинза пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh coriander; none"),
    ]),
    # L24 campfire
    ("зефир для костра, спички каминные, фольга пищевая 10м", [
        ("зефир для костра", {
            "pyaterochka": ["4059074", "4059073", "3454215", "4024311", "4052615"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marshmallows (the kind toasted over a fire): MIXBAR «Marshmallows», Шарлиз «Marshmallows mini», "
           "MARSHMAL.PREM mini, LOVE IS «воздушный зефир для десертов» and БОН ПАРИ «Кислые в кубе. Маршмеллоу» "
           "(outside knowledge: these are American-style marshmallows); Russian зефир (Белевский, Шарлиз "
           "глазированный, Сладкие истории, NEO/ECO BOTANICA), marshmallow-flavoured drinks/donut and curd "
           "dessert excluded"),
        ("спички каминные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fireplace matches; none"),
        ("фольга пищевая 10м", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "10 m food foil; only Магнит «Фольга особопрочная 29смх7м» exists, excluded by the written length"),
    ]),
    # L25 salad for the dacha
    ("майонез провансаль ряба, колбаска докторская грамм 300, зеленый горошек банка, квас хлебный", [
        ("майонез провансаль ряба", {
            "pyaterochka": ["3355228", "3355242"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["4233420"],
        }, "Ряба Провансаль mayonnaise incl. «Провансаль оливковый»; other brands' провансаль excluded"),
        ("колбаска докторская грамм 300", {
            "pyaterochka": ["3347584", "3620675", "3385812", "78001451", "4019606", "2120885"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4296145", "4380012", "4301347", "4432115", "4410079", "4255289", "4264678",
                            "3639615", "4221913", "4352000", "3347584", "3033317",
                            "78001451"],
        }, "every Докторская boiled sausage (any brand, pack or by weight); «грамм 300» is read as the amount to "
           "buy, not a pack size; Докторские сардельки/сосиски and Black Monster «The Doctor» excluded"),
        ("зеленый горошек банка", {
            "pyaterochka": ["4043589"],
            "magnit": ["203021", "111581", "213651"],
            "dixy": [],
            "perekrestok": ["27460", "41891", "82254", "4273266", "4345766"],
        }, "canned green peas of any brand/size (Bonduelle, Globus, 6 соток, Знак заботы, Маркет, Пятёрочка "
           "«молодой Горошек»); black pepper «горошек» excluded"),
        ("квас хлебный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bread kvass; no kvass in any store"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzv"))
