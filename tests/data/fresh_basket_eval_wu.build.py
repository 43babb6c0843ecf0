#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wu.jsonl -- 25 shopping lists of friends spending a winter weekend at a
rented country house (шашлык in the snow, pelmeni, hot tea, non-alcoholic mulled drinks) plus the hosts'
ordinary groceries, hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wu.build.py

LISTS below is literal data: 25 lists (3-5 items) as friends would type them to a Telegram bot, and for
every item the product ids of every in-stock offer of each store that a reasonable shopper who wrote
exactly that item would accept.  The lists were written before any offer was read and saved as
fresh_basket_eval_wu.blind_lists.txt (read-only); this script first checks that every list text equals
that blind draft, apart from the items recorded in REPLACED (none).  Candidate titles were grepped
broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; each item was re-checked by listing every in-stock title
matching its stem that was not accepted.  The note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store
has nothing acceptable (the item is "missing" there).  Made without reading korzina's matcher, its data
files, holdout files or the labels of any other set.

labelled_lists.build (unchanged, same directory) checks that every id exists in real_offers.jsonl *for
that store* and is in stock, that no id repeats within an item, that every item has a note and that the
labels are exactly the list's items in order (an item is the text between commas / new lines), then
writes the JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List
ids are fwu01, fwu02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wu.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wu.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list id: (item in the blind draft, item used instead)}.  None were needed.
REPLACED = {}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwu01 pork neck for the шашлык and its marinade
    ("шея свиная на шашлык на 8 человек, лучок репчатый 2 кило, уксус 9% бутылочку, минералка с газом для маринада", [
        ("шея свиная на шашлык на 8 человек", {
            "pyaterochka": ["3957120", "3619731", "3666472"],
            "magnit": ["199511", "107331", "199561"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork neck (шейка/шейная часть, with or without bone) incl. Магнит «Стейк из шеи свинины, в "
           "маринаде» (raw neck in marinade, fits «на шашлык»); cooked-smoked neck (РЕМИТ «Шейка … к/в»), "
           "Перекрёсток «Шейка-Балык-Бекон Панчетта», other pork cuts (лопатка, корейка, окорок, грудинка) and "
           "beef neck excluded; «на 8 человек» is a quantity. Outside knowledge: Пятёрочка «Шейка свиная» "
           "Рестория / Слово Мясника (no «охл.» in the title) taken as raw chilled neck"),
        ("лучок репчатый 2 кило", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012", "4272905"],
        }, "fresh bulb onions of any colour: «Лук репчатый» красный/белый, Ялтинский, «Светофор» set, "
           "Перекрёсток «Лук салатный»; green onion, shallot (Лук Шалот), herb mixes with onion, pickled "
           "FEDERICI «Луковки» and onion-flavoured chips/croutons excluded; «2 кило» is the quantity wanted. "
           "Outside knowledge: Перекрёсток «Лук салатный» taken as a sweet bulb onion"),
        ("уксус 9% бутылочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 9% vinegar in the offers; the only vinegar, Магнит «Уксус яблочный … 6%», has another strength "
           "and kind"),
        ("минералка с газом для маринада", {
            "pyaterochka": ["3634921", "3943982", "3977406", "3977408", "3621697", "3977405",
                            "3977407", "3635130", "3630603", "3656207", "3656206", "3688643",
                            "3688644"],
            "magnit": ["972a7fe2ec", "edf1174b69", "13256eedcb"],
            "dixy": [],
            "perekrestok": ["3197823", "2105576", "81514", "3943982", "3977406", "3977405", "3629622",
                            "81003", "4391568"],
        }, "sparkling natural mineral water (table, medicinal-table and medicinal, incl. Ессентуки №17), any "
           "size; still mineral waters, non-mineral drinking waters with gas (МАГНИТ «Вода питьевая газ», "
           "Святой источник, Малаховская, Сенежская, Акваграцио), flavoured waters (Аква Минерале "
           "лимон/черешня) and Perrier-based juice drinks excluded; Пятёрочка Мтаби, Arivali and Легенда Гор 5 "
           "л excluded because the title does not say they are sparkling. Outside knowledge: Боржоми and "
           "Нагутская-26 («минеральная», no gas stated) taken as sparkling (the same waters are titled «газ.» "
           "elsewhere); Пятёрочка «Вода Архыз Легенда Гор, газированная» taken as mineral (the Легенда Гор "
           "line is titled «минеральная природная … столовая»)"),
    ]),
    # fwu02 grill kit (firewood is not sold)
    ("уголь березовый 3 мешка самый дешевый, розжиг жидкий для мангала, шампуры металлические подлиннее, фольга для запекания картошки", [
        ("уголь березовый 3 мешка самый дешевый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4318495"],
        }, "charcoal for the grill: Перекрёсток «Уголь древесный Пр!ст, 2.5кг»; the wood is not named in the "
           "title and it is accepted (outside knowledge: retail barbecue charcoal in Russia is practically "
           "always birch); «3 мешка» is a quantity, «самый дешевый» a wish; activated-charcoal "
           "toothpaste/shaving foam excluded"),
        ("розжиг жидкий для мангала", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lighter fluid in the offers (only laundry liquids and liquid soap match «жидк»)"),
        ("шампуры металлические подлиннее", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no skewers in the offers (Магнит sells grill grates «Решетка-гриль», not skewers)"),
        ("фольга для запекания картошки", {
            "pyaterochka": [],
            "magnit": ["f69098d85b"],
            "dixy": [],
            "perekrestok": [],
        }, "aluminium foil: Магнит «Фольга особопрочная 29смх7м»; Перекрёсток «Рукав для запекания» (a baking "
           "bag, not foil) excluded"),
    ]),
    # fwu03 pelmeni night
    ("пельмешки 3 пачки на всех, сметана 20% банку побольше, маслице сливочное 82.5 пачку, перец черный молотый для шашлыка", [
        ("пельмешки 3 пачки на всех", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417",
                            "3693418", "3675532", "3666703", "3613651", "4000407", "3693405",
                            "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711",
                       "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any brand and filling, incl. Горячая штучка «БУЛЬМЕНИ» and Мираторг "
           "«Полуфабрикат … Пельмени Сливочные»; хинкали, вареники and the CALVE sauce «д/мяс/кур/пельм.» "
           "excluded; «3 пачки» is a quantity"),
        ("сметана 20% банку побольше", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906",
                            "4121609", "3651188", "58101", "3293409", "4349770"],
        }, "sour cream labelled exactly 20%, any pack, incl. Parmalat Comfort lactose-free 20%; 10/15/25/30% "
           "sour cream, «Сметанный» sauce and sour-cream-flavoured snacks excluded; «банку побольше» is a "
           "wish, not a size filter"),
        ("маслице сливочное 82.5 пачку", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled 82.5% (сладкосливочное/традиционное); 82% butter (Простоквашино in Дикси and "
           "Магнит, Президент «кислосливочное 82%»), 72.5%, chocolate butter 62% and sunflower/olive oils "
           "excluded"),
        ("перец черный молотый для шашлыка", {
            "pyaterochka": [],
            "magnit": ["82dc754b2f"],
            "dixy": [],
            "perekrestok": [],
        }, "ground black pepper: Магнит «Перец черный ВОСТОЧНЫЙ ГОСТЬ, молотый»; Пятёрочка KOTANYI «Мельница "
           "перец черный» (whole peppercorns in a grinder) and pepper mixes («4 ПЕРЦА», «СМЕСЬ ПЕРЦЕВ») "
           "excluded, as are sweet peppers"),
    ]),
    # fwu04 hot tea
    ("чай ахмад черный пакетированный, лимоны к чаю 3 шт, медку к чаю баночку, корень имбиря свежего грамм 100", [
        ("чай ахмад черный пакетированный", {
            "pyaterochka": ["3470341", "3620106"],
            "magnit": ["a37d9d8522", "204561"],
            "dixy": [],
            "perekrestok": [],
        }, "Ahmad Tea black tea in bags, any blend (incl. Магнит «чёрный, чабрец, 25 пакетиков»); Пятёрочка "
           "«AHM.TEA Чай АНГЛИЙСКИЙ №1 бергамот 200г» (loose leaf) and other brands excluded"),
        ("лимоны к чаю 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons in the offers (Магнит has limes «Лайм, 1 кг», excluded); lemon-flavoured goods "
           "excluded"),
        ("медку к чаю баночку", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural honey in a jar (МЕДОВЫЙ ДОМ цветочный / Восточная липа / Южный цветок); Пятёрочка "
           "«Крем-мёд … с лимоном и имбирём» / «с малиной» (honey with fillers), honey-flavoured cereals, "
           "chak-chak and honey cakes excluded"),
        ("корень имбиря свежего грамм 100", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh ginger root in the offers; pickled ginger (Магнит, Скатерть-Самобранка), candied ginger "
           "(АРКАДА) and ginger-flavoured goods excluded"),
    ]),
    # fwu05 non-alcoholic mulled juice
    ("сок виноградный красный 2 л\nкорица в палочках для глинтвейна\nгвоздика сушеная бутоны\nапельсины кило на глинтвейн\nсахар коричневый тростниковый пачку", [
        ("сок виноградный красный 2 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no red grape juice: the only grape items are Пятёрочка «Нектар ДОБРЫЙ виноградный 1л» (a nectar, "
           "not juice), the mixed «Сок яблочно-виноградный» and Сады Придонья «яблоко-виноград» (mixed juices) "
           "— all excluded"),
        ("корица в палочках для глинтвейна", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cinnamon sticks or ground cinnamon in the offers; cinnamon-flavoured goods (Choco Pie, печенье, "
           "Добрый «с экс.корицы») excluded"),
        ("гвоздика сушеная бутоны", {
            "pyaterochka": [],
            "magnit": ["ca7084daad"],
            "dixy": [],
            "perekrestok": [],
        }, "whole dried cloves: Магнит «ВОСТОЧНЫЙ ГОСТЬ Гвоздика целая сушеная 20г»; juice drinks «с экстр. … "
           "гвоздики» excluded"),
        ("апельсины кило на глинтвейн", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges; orange juices/nectars, orange-flavoured drinks and sweets excluded; «кило» is the "
           "quantity wanted"),
        ("сахар коричневый тростниковый пачку", {
            "pyaterochka": ["3973713"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "brown cane sugar: Пятёрочка «Сахар тростниковый нерафинированный \"Демерара\" 500г»; white sugar and "
           "biscuits «с Тростниковым Сахаром» excluded"),
    ]),
    # fwu06 sweets by the fire
    ("маршмеллоу жарить на огне, горький шоколад 70 процентов 2 плитки, юбилейное печенье к чаю на всех", [
        ("маршмеллоу жарить на огне", {
            "pyaterochka": ["3454215", "4052615", "4059074", "4059073", "4024311"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marshmallows of any size/flavour: MARSHMAL.PREM. мини, БОН ПАРИ «Кислые в кубе. Маршмеллоу», "
           "MIXBAR «Marshmallows», Шарлиз «Marshmallows mini», and LOVE IS «воздушный зефир для десертов» "
           "(outside knowledge: an American-type marshmallow sold under the word «зефир»); Russian fruit "
           "zefir, desserts with marshmallow pieces, a marshmallow-flavoured soda and a donut «Marshmallow» "
           "excluded"),
        ("горький шоколад 70 процентов 2 плитки", {
            "pyaterochka": ["4024458", "4053995"],
            "magnit": ["11ee50093d", "109391"],
            "dixy": [],
            "perekrestok": [],
        }, "dark (горький) chocolate of 70% cocoa: ALPEN GOLD Bitter 70%, Золотая марка «Дуэт в горьком, 70 "
           "%», А. Коркунов 70%; MERCI 72%, dark chocolates without 70% (Alpen Gold Dark, Путешествие, "
           "Российский, Ritter Sport), flavoured dark chocolate (Коммунарка с апельсином, O'Zera 55%), "
           "Пятёрочка «Шоколад Ozera Bitter, 90 г» (no % stated) and dark+white/milk combos excluded. Outside "
           "knowledge: Пятёрочка «Шоколад горький Alpen Gold, 80г» taken as the 70% Alpen Gold Bitter bar "
           "(Магнит titles it «горьк 70% 80г»)"),
        ("юбилейное печенье к чаю на всех", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701",
                            "4027703", "3655049", "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every «Юбилейное» biscuit (traditional, glazed, milk, nut, berry, oat, wholegrain, lean); "
           "Юбилейное mini cakes («Мини-кексы»), J.MEINL coffee «ЮБИЛЕЙНЫЙ» and «Колбаса Юбилейная» excluded"),
    ]),
    # fwu07 hosts: potatoes, bread, salad
    ("картошка 5 кг подешевле, черный хлеб буханку, огурцы свежие на салат, помидоры кг на салат", [
        ("картошка 5 кг подешевле", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes, loose or bagged, any colour (incl. «для варки»/«для жарки» 3 kg bags and Дикси "
           "«Картофель молодой»); «5 кг» is the quantity wanted, «подешевле» a wish; potato chips («Картофель "
           "хрустящий»), starch, ready dishes and herring «к картошке» excluded"),
        ("черный хлеб буханку", {
            "pyaterochka": ["3480920", "3500217", "3372334"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dark rye-wheat bread loaves: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский», «Хлеб Даниловский, "
           "Коломенское», «Хлеб Марьин, заварной»; Пятёрочка «Хлеб зерновой, Ржаной Край» and «Хреб Ржаной "
           "Край» (the brand Ржаной Край does not make a bread rye), батоны, sweet bakery, хлебцы and rye "
           "flour excluded. Outside knowledge: Даниловский and Марьин заварной are dark rye-wheat custard "
           "breads"),
        ("огурцы свежие на салат", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (short, medium, «Ботаника», «Хрустящие» tray, fresh gherkins «корнишоны 300г» in "
           "the vegetables section); salted/pickled cucumbers, the Магнит «Ассорти Черри и Корнишоны» jar and "
           "cucumber-flavoured goods excluded. Outside knowledge: Перекрёсток «Огурцы Хрустящие, 450г» and "
           "«Огурцы корнишоны, 300г» taken as fresh (sold with fresh vegetables, no brine or vinegar stated)"),
        ("помидоры кг на салат", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460",
                            "3673307"],
        }, "fresh tomatoes of any sort incl. cherry, cocktail, plum, pink and on the vine; Магнит «Томаты "
           "соленые», tomatoes in tomato juice, tomato paste/juice/ketchup and «Теличерри»-type peppers "
           "excluded; «кг» is the quantity wanted"),
    ]),
    # fwu08 chicken wings on the grill
    ("крылышки куриные 2 кг, соус heinz барбекю к крыльям, майонез слобода 67 процентов 2 шт", [
        ("крылышки куриные 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4318771"],
        }, "raw chicken wings: Перекрёсток «Крылья Первая Свежесть локтевая часть»; Пятёрочка Горячая штучка "
           "«Хрустящие Крылышки острые к пиву» (breaded ready snack) and croutons «со вкусом крылышек барбекю» "
           "excluded; «2 кг» is the quantity"),
        ("соус heinz барбекю к крыльям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Heinz barbecue sauce; other Heinz sauces (кисло-сладкий, сладкий чили, сырный, Цезарь, Cherry, "
           "Salsa, брусничный, терияки), Heinz ketchups and barbecue-flavoured snacks excluded"),
        ("майонез слобода 67 процентов 2 шт", {
            "pyaterochka": ["3163111", "3193489"],
            "magnit": ["104941"],
            "dixy": [],
            "perekrestok": ["3674577", "3193489", "4412152", "2108609", "3163111"],
        }, "Слобода mayonnaise of 67% (Провансаль and оливковый, any size); other brands of 67% and Слобода "
           "ketchup/sauce/oil excluded. Outside knowledge: Пятёрочка «Майонез Оливковый, Слобода, 800 мл» (no "
           "% in the title) taken as 67% — Перекрёсток sells the same id 3163111 as «Майонез Слобода оливковый "
           "67%, 800мл»"),
    ]),
    # fwu09 disposable tableware
    ("тарелки одноразовые на 10 человек, стаканчики пластиковые одноразовые штук 20, салфетки бумажные пачку, мешки для мусора 120л покрепче", [
        ("тарелки одноразовые на 10 человек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable plates in the offers («Сырная тарелка» is a cheese platter, excluded)"),
        ("стаканчики пластиковые одноразовые штук 20", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4392209"],
        }, "disposable cups: Перекрёсток «Стаканы одноразовые 250мл в ассортименте Маркет, 6шт» — the material "
           "is not stated in the title and it is accepted; «штук 20» read as the number of cups wanted, not "
           "the pack size; glasses given with whisky/rum, ice cream «в вафельном стаканчике» and «Моностакан» "
           "drinks excluded"),
        ("салфетки бумажные пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4429769", "4371757", "4429397", "4429400", "4310841", "4250543",
                            "4310840", "4250535", "4299678", "4397850"],
        }, "paper table napkins, plain or printed (Gratias 2-3 ply, Пр!ст, Art Bouquet); wet wipes, Магнит BIG "
           "CITY LIFE «Салфетки в рулоне» (cleaning wipes) and Пятёрочка CAREFREE «Салфетки» (panty liners) "
           "excluded"),
        ("мешки для мусора 120л покрепче", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 120 l bin bags; Магнит bags of 60 l (BIG CITY LIFE) and 35 l (МАГНИТ) excluded because the size "
           "was written"),
    ]),
    # fwu10 water and lemonade
    ("вода 5л 3 шт, лимонад тархун черноголовка 2 бутылки, колу 2л бутылки две", [
        ("вода 5л 3 шт", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles: Малаховская №1 5л, Легенда Гор 5 л (a low-mineral table "
           "water), and the children's waters Honey kid Черноголовская 5 л and АКВАЛАЙН «Для ляль … 5л» "
           "(ordinary drinking water, fit to drink for adults); smaller bottles excluded because the size was "
           "written; «3 шт» is a quantity"),
        ("лимонад тархун черноголовка 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["24f0ca6987"],
            "dixy": [],
            "perekrestok": ["3013417"],
        }, "Черноголовка Тархун lemonade, any bottle size; other Черноголовка flavours (Байкал, Дюшес, Крюшон, "
           "Кола, Лимонад, Мандарин) and Пятёрочка «Любимый Тархун» (another brand) excluded; «2 бутылки» is a "
           "quantity"),
        ("колу 2л бутылки две", {
            "pyaterochka": ["3684656", "4316013", "4213891"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1860", "4213891"],
        }, "cola in 2 l bottles (Coca-Cola, Pepsi, Черноголовка Кола, Любимая Кола); colas of other sizes and "
           "non-cola sodas (7UP, Fanta, Mirinda, Sprite) excluded; «бутылки две» is a quantity"),
    ]),
    # fwu11 hosts: breakfast dairy
    ("Молоко 2.5% два пакета, творог пятипроцентный 2 упаковки, яиц десяток на утро, батон к бутербродам", [
        ("Молоко 2.5% два пакета", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368",
                            "4310700", "af8570f806", "66ec0f255d", "2093081", "587286c051",
                            "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243", "3613024",
                            "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised, UHT, sterilised, children's Сарафаново "
           "incl., any size); other fat levels, ranges, kefir/yoghurt/ryazhenka 2.5% and flavoured milk "
           "excluded; «два пакета» is a quantity"),
        ("творог пятипроцентный 2 упаковки", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese 5% (Молочный знак 180г, Село Зелёное 500г); Дикси 3%, 9%, 0.5%, «Творог "
           "мягкий» 5.5%, flavoured grained curd with fruit/berry filling (Данон 5%, Савушкин «101 ЗЕРНО+СЛ.» "
           "5%), curd desserts and children's curd excluded"),
        ("яиц десяток на утро", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs in packs of 10, any class (С0/СО/С1/отборные), incl. Зелёная Линия «активита … с "
           "селеном и йодом»; packs of 6 and 20 and quail eggs excluded"),
        ("батон к бутербродам", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white loaves sold as «Батон» (Звездный нарезной, Нарезной нарезка Маркет); chocolate/protein "
           "«батончики», marzipan «Буханка» and other breads excluded"),
    ]),
    # fwu12 hosts: coffee
    ("кофе jacobs растворимый, сливки 10% в кофе, сахар кусочками рафинад коробку", [
        ("кофе jacobs растворимый", {
            "pyaterochka": ["3684932", "3626060", "3626048", "3636926", "3636923", "3372172",
                            "3488345", "3444962"],
            "magnit": ["106161", "205121", "106231"],
            "dixy": [],
            "perekrestok": [],
        }, "every Jacobs instant coffee (Monarch/Monarch Intense sublimated, Gold, Crema, Velour, Millicano "
           "«растворимый с молотым»); Jacobs ground coffee, beans and MONARCH Lungo capsules excluded"),
        ("сливки 10% в кофе", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "drinking cream labelled exactly 10% (Домик в деревне, Молочный знак, children's Сарафаново); 11% "
           "lactose-free, 20%, 33%, cream substitutes (Mr. Сливкин, «Сопьо Крима») excluded"),
        ("сахар кусочками рафинад коробку", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "lump sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг к/уп» (outside knowledge: pressed sugar "
           "cubes in a box are рафинад); cane sugar, powdered sugar and sugar biscuits excluded"),
    ]),
    # fwu13 cold cuts for the table
    ("нарезка сырокопченой колбасы на стол, сыр гауда кусочком, маслины без косточки банку, багет французский 2 шт", [
        ("нарезка сырокопченой колбасы на стол", {
            "pyaterochka": ["3379266", "3653063", "3380222", "3460891"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4425557", "3380222", "3380221", "3648372", "3332887", "3140747",
                            "4214450", "4273259", "4395547"],
        }, "sliced dry-smoked (сырокопчёная/с/к) sausage: titles saying нарезка/«в нарезке»/«нар.», plus "
           "multi-sausage assortment packs of 80-120 g (Велком Ассорти 90г, Маркет Collection «Палермо-Салями "
           "Монреаль-Флоренция» 120г, Бахрушинъ «Брауншвейгская+Сальчичон» 80г, Егорьевский «Совиньон; Салями "
           "Парма» 100 г), taken as sliced (outside knowledge: several sausages in one small pack can only be "
           "slices); Пятёрочка «Колбаса Брауншвейгская … Егорьевский МК, 100 г» accepted because Перекрёсток "
           "sells the same id 3380222 as «в нарезке»; whole sticks, sausages whose title does not say sliced, "
           "сыровяленые (фуэт, сальчичон), варёно-копчёные сервелаты, bacon and chicken snack sticks excluded"),
        ("сыр гауда кусочком", {
            "pyaterochka": ["3926818"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Gouda cheese as a piece/block: Пятёрочка LIEBENDORF «Сыр Гауда 45% 1кг»; the Laime assortment "
           "«Гауда и Тильзитер» (two cheeses) and Маасдам excluded"),
        ("маслины без косточки банку", {
            "pyaterochka": ["3013064", "3436379", "4005881"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4249106"],
        }, "pitted black olives (маслины): Bonduelle, IBERICA, Filippo Berio, La Explanada; маслины with "
           "stone, green olives (оливки, stuffed or plain) and olive-flavoured goods excluded"),
        ("багет французский 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no baguette loaves in the offers; Хрусteam «Багет» croutons excluded"),
    ]),
    # fwu14 winter pantry
    ("гречки пару пачек на кашу, тушенка говяжья в банке 3 шт, вареная сгущенка банка, рожки макароны 1 пачка", [
        ("гречки пару пачек на кашу", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto, 500 г»; buckwheat flakes (Увелка, Мистраль), "
           "PROSTO «Рис и греча» mix, baby cereals, soba noodles, canned buckwheat with meat and kits excluded"),
        ("тушенка говяжья в банке 3 шт", {
            "pyaterochka": ["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
            "magnit": ["111741"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed beef (Говядина тушеная); stewed pork, venison, canned buckwheat with beef and baby "
           "purees excluded"),
        ("вареная сгущенка банка", {
            "pyaterochka": ["3907533"],
            "magnit": ["167911"],
            "dixy": [],
            "perekrestok": [],
        }, "boiled condensed milk: Рогачев «Молоко сгущенное вареное» 360 г (Пятёрочка «Егорка», Магнит); "
           "plain sweetened condensed milk (Алексеевское), cakes, croissants, muffins, pryaniki and wafers "
           "with a «вареная сгущенка» filling excluded; «банка» is a pack word"),
        ("рожки макароны 1 пачка", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "elbow pasta: Пятёрочка «Макаронные изделия … Витой рожок, 450 г»; other pasta shapes (перья, "
           "спирали, спагетти, ракушки, улитки, пипе ригате, бантики, вермишель) excluded because the shape "
           "was written"),
    ]),
    # fwu15 hot cranberry mors
    ("морс клюквенный не сладкий 1л, ягоды замороженные на морс, мята свежая в чай", [
        ("морс клюквенный не сладкий 1л", {
            "pyaterochka": ["3472445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3695895", "4297529"],
        }, "cranberry mors of 1 l: Сады Придонья клюквенный 1л, Зелёная Линия 1л, ДОБРЫЙ «Морс КЛЮКВА из "
           "виногр/клюк. 1л»; Чудо-Ягода Клюквенный 970мл excluded because the size was written, mixed-berry "
           "mors (ФрутоНяня, М Кухня, Чудо-Ягода Ягодный сбор, брусника-малина) excluded; «не сладкий» is a "
           "taste wish, not a filter (no title says unsweetened)"),
        ("ягоды замороженные на морс", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen berries in the offers; fresh berries (малина, клюква Зелёная Линия 250г sold in the "
           "berry section, голубика) and berry-flavoured goods excluded"),
        ("мята свежая в чай", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh mint; Пятёрочка BIONIQ «Мята суш.измельч.» (dried) excluded because «свежая» was written; "
           "mint-flavoured goods excluded"),
    ]),
    # fwu16 snacks for the evening
    ("семечки жареные пару пакетов, чипсы краб 2 пачки, фисташки соленые на вечер, сухарики ржаные", [
        ("семечки жареные пару пакетов", {
            "pyaterochka": ["3669122", "3135484", "3695680", "3403508", "3630849", "3613320"],
            "magnit": ["2cc5876614", "1000229533", "104971"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted sunflower seeds in the shell (Бабкины, От Мартина, Молодежный, от Атамана); pumpkin seeds, "
           "Богучарские «очищенные» (shelled kernels) and От Мартина peanuts excluded. Outside knowledge: "
           "Бабкины 500 г and От Мартина «Отборные»/«особые»/«отб с морской солью» (no «жареные» in the title) "
           "taken as roasted"),
        ("чипсы краб 2 пачки", {
            "pyaterochka": ["3986507", "3931228", "3485986", "4343840", "4035369", "4035782"],
            "magnit": ["162f632716", "106331"],
            "dixy": [],
            "perekrestok": [],
        }, "crab-flavoured potato chips (Lay's, LAVA LAVA, Pringles, Русская Картошка, «Картофель хрустящий со "
           "вкусом краба»); crab sticks/meat, TUC crackers and Хрусteam croutons with crab excluded"),
        ("фисташки соленые на вечер", {
            "pyaterochka": ["4073982", "3933060"],
            "magnit": ["f692308d66"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted salted pistachios (Джаз, Пятёрочка loose, ВОСТОЧНЫЙ ГОСТЬ); pistachio sweets, yoghurt and "
           "curd snacks excluded"),
        ("сухарики ржаные", {
            "pyaterochka": [],
            "magnit": ["38f3e441a4", "4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": ["2063964", "63021", "2063961", "3911761", "3014253", "3427611", "3492417",
                            "3492421"],
        }, "rye bread croutons of any flavour: titles saying «ржаные»/«рж», Кириешки and Три корочки; "
           "ржано-пшеничные гренки/сухарики, wheat «Багет» croutons, Крутец «пшеничные с шашлыком-ржаные с "
           "томат» (a mixed pack), Finn Crisp and soups «с сухариками» excluded. Outside knowledge: КИРИЕШКИ "
           "and Три корочки «со вкусом сёмга с сыром + соус тартар» (no «ржаные» in the title) taken as rye "
           "croutons"),
    ]),
    # fwu17 lamb shashlik
    ("баранина на шашлык кило 2, кинза 2 пучка, лаваш тонкий 3 упаковки, аджика к мясу", [
        ("баранина на шашлык кило 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lamb or mutton in the offers; pet food «с ягненком» excluded"),
        ("кинза 2 пучка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no coriander leaves in the offers (only dill, parsley, green onion and mixes without coriander)"),
        ("лаваш тонкий 3 упаковки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lavash in the offers"),
        ("аджика к мясу", {
            "pyaterochka": ["4064470"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "adjika sauce: Пятёрочка «КУХМАСТЕР Соус \"Аджика\" 260г»; croutons «со вкусом аджики» excluded"),
    ]),
    # fwu18 mulled drink, take two
    ("глинтвейн безалкогольный, яблоки зеленые 1 кг, бадьян звездочки", [
        ("глинтвейн безалкогольный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no ready non-alcoholic mulled drink: Пятёрочка Костровок «Основа для приготовления глинтвейна на "
           "красном вине» (a spice mix for wine), ДОБРЫЙ «Нап.из клюкв/апел.с экс.корицы» and «Рожд. микс» "
           "juice drinks (not sold as глинтвейн) excluded"),
        ("яблоки зеленые 1 кг", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh green apples: Магнит «Яблоки Гренни Смит»; red apples (Яблоки красные, Гала, Медовый хруст, "
           "Ред Делишес), Перекрёсток «Яблоки сезонные» (colour not stated), juices and apple chips excluded; "
           "«1 кг» is the quantity wanted"),
        ("бадьян звездочки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no star anise in the offers"),
    ]),
    # fwu19 cocoa for the kids
    ("какао несквик пачку, молоко 3.2% на какао 2 литра, зефир коробку", [
        ("какао несквик пачку", {
            "pyaterochka": ["3696920", "4033873"],
            "magnit": ["167811"],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink powder (Какао Nesquik 500 г, OPTI-START, ALL NATURAL); Nesquik cereals and "
           "chocolate, other cocoa brands (Коммунарка, Ухтышки, MACCHOCOLATE) excluded"),
        ("молоко 3.2% на какао 2 литра", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064",
                            "89a1c1419e", "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25",
                            "4259100", "e2d5d93f2a", "b4411ba8d4", "35ac60eec2", "52d96fd806",
                            "885d917850", "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb",
                            "3645807", "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "cow drinking milk labelled exactly 3.2% (pasteurised, UHT, sterilised, children's Агуша/Сарафаново "
           "incl., any size); ranges (3.2-4, 3.2-4.5, «от 3,2% до 6%»), топлёное 3.2%, goat milk and flavoured "
           "milk excluded; «2 литра» read as the quantity wanted, not a pack size"),
        ("зефир коробку", {
            "pyaterochka": ["3489477", "3981251", "3681284", "3406629", "3936545", "3907943",
                            "4086822"],
            "magnit": ["b0da381628", "112451"],
            "dixy": [],
            "perekrestok": [],
        }, "Russian fruit zefir, plain or glazed, any flavour (Белевский, Шарлиз, Вдохновение, Сладкие "
           "истории, NEO/ECO BOTANICA); «коробку» is a pack word, not a filter; marshmallows (MARSHMAL.PREM., "
           "Шарлиз Marshmallows, LOVE IS «воздушный зефир для десертов»), пастила and desserts excluded"),
    ]),
    # fwu20 more pelmeni
    ("вареники с картошкой 2 пачки, пельмени с говядиной, хрен к пельменям, горчица русская чтоб ядреная", [
        ("вареники с картошкой 2 пачки", {
            "pyaterochka": ["3697765"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vareniki filled with potato: Пятёрочка «ЦЕЗАРЬ Вареники с карт/жар.луч.600г» (potato with fried "
           "onion); potato-and-mushroom vareniki (Сытый папа «с картофелем-луком и грибами», ЛОЖКАРЕВ "
           "«Варен/карт и гриб.») excluded as another filling; «2 пачки» is a quantity"),
        ("пельмени с говядиной", {
            "pyaterochka": ["3985043", "2024541", "3613651"],
            "magnit": ["198951", "109411", "160301", "0f6321338f"],
            "dixy": [],
            "perekrestok": [],
        }, "pelmeni whose meat is beef only: Eat Meat «Фермерские с говядиной», Ложкаревъ «из отборной "
           "говядины», Мираторг «из мраморной говядины», Цезарь «с мясом бычков», Сибирская коллекция "
           "«Телячьи»; mixed pork/beef (Мираторг Домашние/Сливочные, Сибирская коллекция Фирменные/Сочные/4 "
           "вида мяса) and pelmeni whose meat is not stated excluded. Outside knowledge: «мясо бычков» and "
           "«телячьи» (veal) taken as beef"),
        ("хрен к пельменям", {
            "pyaterochka": ["3616052"],
            "magnit": ["c88a871b65"],
            "dixy": [],
            "perekrestok": [],
        }, "table horseradish: МАХЕЕВЪ «Хрен столовый», Uni Dan «Хрен сливочный» (horseradish with cream); "
           "sauerkraut «с хреном» and croutons «с хреном» excluded"),
        ("горчица русская чтоб ядреная", {
            "pyaterochka": ["3435016"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Russian-style mustard: МАХЕЕВЪ «Горчица РУССКАЯ»; French mustard (Global Village) and "
           "mustard-flavoured snacks excluded; «чтоб ядреная» is a taste wish"),
    ]),
    # fwu21 hosts: household
    ("губки посудные штук 5, fairy для посуды лимонный побольше, бумага туалетная 8 рулонов упаковку, влажные салфетки в дорогу", [
        ("губки посудные штук 5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dish sponges in the offers"),
        ("fairy для посуды лимонный побольше", {
            "pyaterochka": ["3501026", "3500750"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dishwashing liquid, lemon («Сочный лимон» 450 and 900 мл); other Fairy scents (Platinum, "
           "Нежные руки), Finish tablets and other brands (AOS лимон) excluded; «побольше» is a wish"),
        ("бумага туалетная 8 рулонов упаковку", {
            "pyaterochka": ["3449118", "3900558"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 8 rolls (PAPIA 3 сл., Zewa Just 1 4 сл.); 12-roll packs excluded because "
           "the pack was written"),
        ("влажные салфетки в дорогу", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "3917869", "3697052", "4166484"],
        }, "wet wipes of any kind and pack (antibacterial, universal, cosmetic, baby wipes); «в дорогу» is a "
           "purpose; paper napkins and disposable nappy pads excluded"),
    ]),
    # fwu22 сало and pickles
    ("сало соленое кусок, хлеб бородинский к салу, огурцы маринованные банка, чеснока головки 2 на маринад", [
        ("сало соленое кусок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4383346", "4105487", "4313593", "4415868"],
        }, "salted pork fat (Сало Белорусское/Русское солёное, Маркет and Заповедные); Пятёрочка «Сало "
           "домашнее, с чесноком, Копченов» (curing not stated; the brand suggests smoked), Лардо "
           "варёно-копчёная, грудинка and колбаса «со шпиком» excluded"),
        ("хлеб бородинский к салу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Borodinsky bread; Магнит «Колбаса Бородинская», the brand Мясной дом Бородина and other breads "
           "excluded"),
        ("огурцы маринованные банка", {
            "pyaterochka": ["2147768", "3952588"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marinated (pickled in vinegar) cucumbers in a jar: Скатерть-Самобранка «Огурчики маринов 720мл», "
           "Дядя Ваня «Огурцы Пикули Одесские» (outside knowledge: пикули are marinated gherkins); salted "
           "(солёные) cucumbers (Глобус, МЕЛЕНЪ, Магнит корнишоны, Перекрёсток бочковые), the Магнит «Ассорти "
           "Черри и Корнишоны» and fresh cucumbers excluded"),
        ("чеснока головки 2 на маринад", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic bulbs: Перекрёсток «Чеснок, 3шт»; salted garlic (ФЭГ), dried granules (ВОСТОЧНЫЙ "
           "ГОСТЬ) and garlic-flavoured goods excluded"),
    ]),
    # fwu23 vegetables and fish on the grill
    ("скумбрия для гриля, шампиньоны крупные на шашлык, перец болгарский на гриль", [
        ("скумбрия для гриля", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raw or frozen mackerel: only cold-smoked mackerel (Балтийский берег, Люди Любят) and canned "
           "mackerel (Барс, Знак качества, Магнит рубленая) — excluded"),
        ("шампиньоны крупные на шашлык", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4280106", "3210027"],
        }, "fresh champignons (Маркет Fresh 400г, Маркет Collection «Королевские» 300г); «крупные» cannot be "
           "read from any title and is taken as a wish; marinated Bonduelle champignons, oyster mushrooms "
           "(вешенки) and salads excluded"),
        ("перец болгарский на гриль", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["2080290", "4228843", "6178", "6177"],
        }, "fresh sweet (bell) peppers of any colour: Магнит «Перец болгарский, красный», Перекрёсток «Перец "
           "жёлтый/красный сладкий», «Перец в ассортименте, 2шт», «Перец Рамиро сладкий»; canned grilled "
           "peppers (Janarat), frozen grill vegetables and black pepper excluded. Outside knowledge: "
           "Перекрёсток «Перец в ассортименте, 2шт» taken as fresh sweet peppers and Рамиро as a sweet pepper"),
    ]),
    # fwu24 tea and dessert
    ("мандаринки 2 кг сладкие, пряник тульский к чаю на всех, торт медовик на вечер, зеленый чай жасминовый", [
        ("мандаринки 2 кг сладкие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins (plain, Марокко, «с листом Китай»); «сладкие» is a wish, «2 кг» the quantity; "
           "mandarin nectars/sodas excluded"),
        ("пряник тульский к чаю на всех", {
            "pyaterochka": ["3971669"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Tula pryanik: Пятёрочка «Пряники тульские \"Тульский пряник\" … 140 гр»; other pryaniki (classic "
           "glazed, mint, chocolate, Lebkuchen, figured, gingerbread house) excluded"),
        ("торт медовик на вечер", {
            "pyaterochka": ["3985854", "4475"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3002948", "4325083"],
        }, "honey layer cake: Черёмушки «Медовик», «Торт слоеный Медовик 70г/шт», У Палыча «Медовый», Home "
           "Napoleon «Медово-Сметанный с вареной сгущенкой» (outside knowledge: «Медовый»/«медово-сметанный» "
           "are medovik cakes); Наполеон, Прага, Тирамису, «Персидская Ночь с фундуком и мёдом» and other "
           "cakes excluded"),
        ("зеленый чай жасминовый", {
            "pyaterochka": ["4074015"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "green tea with jasmine: Пятёрочка ASSAND «ЧАЙ ЗЕЛЕНЫЙ КИТАЙСКИЙ С ЖАСМИНОМ»; other green teas "
           "(Lime, Matcha, mint, oolong) and jasmine rice excluded"),
    ]),
    # fwu25 hosts: breakfast and staples
    ("геркулес овсянка на завтрак, бананов 6 штук, масло подсолнечное без запаха, соль 1 кг", [
        ("геркулес овсянка на завтрак", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats: Клинские «Хлопья овсяные \"Геркулес\"», УВЕЛКА «Хлопья зерн.овсян.трад.»; instant "
           "flavoured oat porridge, baby cereals, VELLE oat desserts, oat bran and oat biscuits excluded"),
        ("бананов 6 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "4208494", "4112219", "3639749"],
        }, "fresh bananas (loose, packed, organic, mini); dried bananas and banana-flavoured goods excluded; "
           "«6 штук» is a quantity"),
        ("масло подсолнечное без запаха", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "refined (deodorised) sunflower oil: ОЛЕЙНА раф.дез., БЛАГО, MR.RICCO раф/дезодор, СЛОБОДА «раф для "
           "жарки» (outside knowledge: refined sunflower oil is deodorised, i.e. «без запаха»); blends with "
           "olive/avocado oil, oils with herbs/garlic/basil (ALMADOR, MR.RICCO Прованские травы) and other "
           "oils excluded"),
        ("соль 1 кг", {
            "pyaterochka": [],
            "magnit": ["a48e91c3fa"],
            "dixy": [],
            "perekrestok": [],
        }, "food salt in 1 kg packs: Магнит «MAREMAN Соль морская средняя 1кг»; salted snacks and seasonings "
           "with salt excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: the lines after each "=== fwuNN ===" marker, up to the next marker."""
    texts, cur = {}, None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            m = re.match(r"^=== (fwu\d\d|end) ===$", line)
            if m:
                cur = m.group(1)
                if cur != "end":
                    texts[cur] = []
            elif cur and cur != "end":
                texts[cur].append(line)
    return {k: "\n".join(v) for k, v in texts.items()}


def check_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if sorted(blind) != ["fwu%02d" % n for n in range(1, len(lists) + 1)]:
        errors.append("blind draft has lists %r" % sorted(blind))
    for n, (text, _) in enumerate(lists, 1):
        rid = "fwu%02d" % n
        expected = blind.get(rid)
        if rid in REPLACED and expected is not None:
            old, new = REPLACED[rid]
            assert expected.count(old) == 1, (rid, old)
            expected = expected.replace(old, new)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fwu"))
