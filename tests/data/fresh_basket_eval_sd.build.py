#!/usr/bin/env python3
"""Re-create fresh_basket_eval_sd.jsonl -- 25 shopping lists of friends buying supplies the morning after a party
(mineral water by brand, brines, kefir and ayran, electrolyte drinks, soup to heat up, eggs, bread, something sweet
and salty, coffee, juice), hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_sd.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_sd.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of each list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fsd01, fsd02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_sd.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_sd.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (6, "кола без сахара 2л", "кола без сахара 1.5л"),
    (9, "тан 1 л", "тан пол-литра"),
]

# Sparkling mineral water (title says mineral water, or a brand sold only as mineral water), shared by two items.
MINERAL_SPARKLING = {
    "pyaterochka": ["3630603", "3635130", "3634921", "3943982", "3977406", "3977408", "3977405", "3977407", "3621697",
                    "3656206", "3688643", "3688644"],
    "magnit": ["972a7fe2ec", "edf1174b69", "13256eedcb"],
    "dixy": [],
    "perekrestok": ["3197823", "2105576", "81514", "3943982", "3977406", "3977405", "3629622", "81003", "4391568"],
}

BANANAS = {
    "pyaterochka": [],
    "magnit": [],
    "dixy": [],
    "perekrestok": ["3757", "3639749", "4208494", "4112219"],
}

HONEY_PLAIN = {
    "pyaterochka": ["3645749", "3645764"],
    "magnit": ["d32ff23653"],
    "dixy": [],
    "perekrestok": [],
}

RYE_WHEAT_BREAD = {
    "pyaterochka": ["3480920", "3500217"],
    "magnit": [],
    "dixy": [],
    "perekrestok": [],
}

TOMATO_JUICE_ALL = {
    "pyaterochka": [],
    "magnit": ["b3901ed97f", "204641", "205971", "73e225090c"],
    "dixy": [],
    "perekrestok": ["3196547", "3498246", "14125"],
}

PISTACHIOS_SALTED = {
    "pyaterochka": ["4073982", "3933060"],
    "magnit": ["f692308d66"],
    "dixy": [],
    "perekrestok": [],
}

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def copy(acc):
    return {s: list(ids) for s, ids in acc.items()}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 рассол и боржоми
    ("огуречный рассол баночку 🥒, боржомчик 2 бутылки, кефирчик 3.2% на всех, буханку черного на всю толпу", [
        ("огуречный рассол баночку 🥒", copy(NONE),
         "no cucumber brine sold as a drink in any chain; jars of pickled/salted cucumbers (Глобус, МЕЛЕНЪ, Маркет "
         "«бочковые»), seafood and cheese «в рассоле», Сиртаки «Продукт рассольный» and the «Томатно-огуречный» vegetable "
         "juice are other products (trap, as «рассол огуречный» in set d)"),
        ("боржомчик 2 бутылки", {
            "pyaterochka": ["3943982"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["81514", "3943982"],
        }, "Borjomi mineral water, any bottle size (Пятёрочка 1.25 l, Перекрёсток 0.5 l and 1.25 l); «боржомчик» is a "
           "diminutive and «2 бутылки» a quantity; other Georgian/Caucasian mineral waters (Джермук, Мтаби, Рычал су, "
           "Багиатти) are other brands"),
        ("кефирчик 3.2% на всех", copy(NONE),
         "no kefir at all in the offers; ряженка, варенец, bio-yoghurts, Актимель/Имунеле and the ТАН drink "
         "are other fermented-milk products"),
        ("буханку черного на всю толпу", copy(RYE_WHEAT_BREAD),
         "dark (rye-wheat) bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб Даниловский, Коломенское» "
         "(outside knowledge: Даниловский is a rye-wheat заварной bread); «буханку» is a unit. Excluded: «Хлеб Марьин, "
         "заварной» (title does not say rye and the recipe could not be confirmed), «Хлеб зерновой, Ржаной Край» and "
         "«Хреб Ржаной Край» (a brand word, not the bread; as in set d), batons, хлебцы, гренки/сухарики; Магнит has no "
         "bread"),
    ]),
    # L02 ессентуки и яичница
    ("есентуки 17 штук пять на всех\nайрана литра 2 на всех\nяиц десяток с0 на яичницу\nнарезной батон пару штук", [
        ("есентуки 17 штук пять на всех", {
            "pyaterochka": ["3977406", "3977408"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3977406"],
        }, "Ессентуки №17 (typo «есентуки»), glass 0.45 l and PET 1 l; «штук пять» is a quantity. Excluded: Ессентуки №4 and "
           "Пятёрочка «ЗАПОВ.ЗДОР. Вода№17 пит.мин.лечеб.» (a №17-type water whose title does not name Ессентуки)"),
        ("айрана литра 2 на всех", copy(NONE),
         "no ayran in any chain; the Халалмилк «ТАН» drink, other fermented-milk products and yoghurt drinks are other "
         "products"),
        ("яиц десяток с0 на яичницу", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "chicken eggs of class С0/СО/«отборные» in packs of 10 (Волжское Утро отборные, Окское СО, Роскар «Экстра СО», "
           "Маркет СО); С1 eggs, Волжанин отборные 6 шт (not a десяток), quail eggs, Kinder eggs and mayonnaise «на "
           "перепелином яйце» excluded"),
        ("нарезной батон пару штук", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "батон нарезной (Пятёрочка Хлебный Дом «Звездный» нар., Перекрёсток Маркет «Батон Нарезной нарезка»); «пару штук» "
           "is a quantity; chocolate/nut bars «батончик», rye bread and хлебцы excluded"),
    ]),
    # L03 кофе, сок, чипсы, шоколадка
    ("растворимый кофе якобс монарх побольше, сока апельсинового пару литров, чипсики лейс сметана и лук, шоколадку милка", [
        ("растворимый кофе якобс монарх побольше", {
            "pyaterochka": ["3488345", "3372172"],
            "magnit": ["205121", "106231"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs Monarch instant (freeze-dried) coffee of any jar size, incl. «Monarch Intense» (as in set g); «побольше» "
           "is a wish. Monarch beans/ground/capsules (MONARCH Lungo), Jacobs Gold/Millicano/Velour/Crema and other brands "
           "excluded"),
        ("сока апельсинового пару литров", {
            "pyaterochka": ["84794", "3965623"],
            "magnit": ["204401"],
            "dixy": [],
            "perekrestok": ["3965623", "3190682"],
        }, "single-fruit orange juice sold as «сок» (SWELL «Сок Апельсин», J7 апельсиновый incl. the children's 0.3 l and "
           "«с мякотью»); «пару литров» is a quantity. Orange nectars (Добрый, Любимый, J7 «апельсин-мандарин», Rich "
           "«апельсин-манго»), multi-fruit juices, GORILLA/Fanta/«Фреш Апельсин» drinks excluded"),
        ("чипсики лейс сметана и лук", {
            "pyaterochka": ["3453318", "4069903"],
            "magnit": ["198921"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's sour cream & onion, any pack, incl. Lay's Stax «Нежная Сметана и лук» (a Lay's line); Lay's «сметана и "
           "зелень», «лисички в сметане», «зеленый лук», Krack, Русская Картошка and TWISTER sour-cream-and-onion chips and "
           "the gin «Вайт Лейс» excluded"),
        ("шоколадку милка", {
            "pyaterochka": ["3689776", "3681277", "3680750", "3468709", "3468711", "3468708", "3645519", "3900599", "3907200",
                            "3606533", "3643945", "3468710", "3468707", "3483271", "3683712", "3981472", "4024593",
                            "4055040"],
            "magnit": ["8f909bd3bf", "c91d6a24a7", "1000149245", "112361", "111691"],
            "dixy": [],
            "perekrestok": ["4353876", "4371496", "4353891"],
        }, "every Milka chocolate bar of any flavour/size (brand + product accepts all its variants), incl. the «в виде "
           "ёлочек» bar and the gift set of three 90 g bars; the Milka egg figure, Milka candies, cookies, wafers, cakes "
           "and ice cream excluded"),
    ]),
    # L04 доширак и сосиски
    ("доширак 6 штук 🍜, махеев майонезик, сосисок молочных пару пачек, минералки с газом побольше", [
        ("доширак 6 штук 🍜", copy(NONE),
         "no Доширак in any chain; Пятёрочка's unbranded «Изделия макаронные быстрого приготовления. Лапша с куриным "
         "вкусом 90 г», Роллтон noodles and dry soba/udon are not the named brand (although «доширак» is often used for any "
         "instant noodles, the convention keeps a written brand)"),
        ("махеев майонезик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2047206", "4312243"],
        }, "every Махеевъ mayonnaise (Провансаль с лимонным соком, С перепелиным яйцом); Махеевъ ketchup, mustard, jam, "
           "«Соус ЦЕЗАРЬ майонезный», sauces and other brands' mayonnaise excluded"),
        ("сосисок молочных пару пачек", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«Молочные» sausages (Велком, Магнит 0.33 and 0.65 kg); сливочные, докторские, детские, венские, баварские "
           "sausages and «Колбаса Молочная» excluded; «пару пачек» is a quantity"),
        ("минералки с газом побольше", copy(MINERAL_SPARKLING),
         "sparkling mineral water of any brand and size: titles that say mineral water and gas, plus Боржоми (naturally "
         "sparkling; Пятёрочка's title omits «газ») and Архыз «Легенда Гор, газированная» 1.5 l (outside knowledge: the "
         "same line is titled «минеральная … газ» in 0.5 l). Excluded: still waters, «питьевая» (not mineral) waters "
         "(Святой источник, Сенежская, Малаховская, Магнит, Акваграцио), mineral waters whose titles do not say whether "
         "they are sparkling (Мтаби, Нагутская-26, Arivali), Нарзан Элита негазированная and flavoured Perrier/Aqua "
         "Minerale drinks; «побольше» is a wish"),
    ]),
    # L05 капустный рассол и пельмени
    ("рассол капустный, квашеная капуста полкило, пельмешек 2 пачки на всю братву, сметанки 20% к пельменям", [
        ("рассол капустный", copy(NONE),
         "no cabbage brine sold in any chain; sauerkraut itself (next item), seafood/cheese «в рассоле» and «Продукт "
         "рассольный» are other products"),
        ("квашеная капуста полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4400341", "4400340", "4325076", "4325075", "4336623"],
        }, "plain sauerkraut of any pack (Белая Дача «Деревенская» and «фитнес», «кислая», «кисло-сладкая», Зелёная Линия "
           "«шинкованная с морковью» — carrot is part of the classic recipe); «полкило» is a quantity. Flavoured versions "
           "with cranberry or horseradish (Перекрёсток ×4, Магнит «Капуста квашеная с хреном»), Korean-style "
           "cauliflower, seaweed salad and fresh/Chinese cabbage excluded"),
        ("пельмешек 2 пачки на всю братву", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                            "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any brand, filling and pack (incl. Горячая штучка «Бульмени»); vareniki, khinkali, "
           "чебуреки and the Calve sauce «для пельменей» excluded; «2 пачки» is a quantity"),
        ("сметанки 20% к пельменям", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4121609", "3651188", "58101",
                            "3293409", "4349770", "4217906"],
        }, "sour cream of exactly 20% (incl. Parmalat Comfort lactose-free 20%); 10/15/25/30% sour creams, sour-cream "
           "sauces and sour-cream-flavoured snacks excluded; Магнит sells only 15%"),
    ]),
    # L06 энергетик и кола (one item replaced, see README)
    ("редбул 3 банки, кола без сахара 1.5л, лимонов штуки 3 в воду", [
        ("редбул 3 банки", copy(NONE),
         "no Red Bull in any chain; other energy drinks (Adrenaline, Burn, Monster, Драйв Ми, 100кВт, Тропикал) are other "
         "brands"),
        ("кола без сахара 1.5л", {
            "pyaterochka": ["4306402"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4255568", "4274867"],
        }, "REPLACEMENT item (blind text «кола без сахара 2л», absent everywhere, as was the whole list): sugar-free cola in "
           "1.5 l bottles (Черноголовка «Кола без сахара», Cool Cola Zero, Добрый Cola без сахара). Regular colas, "
           "«с пониженной калорийностью»/«низкокалорийный» flavoured drinks (Добрый Кола 1 l, Pepsi Dark Vanilla/Mango), "
           "Pepsi Лайт 1 l, Coca-Cola б/сах 0.9 l, Добрый Кола б/сах 0.5 l excluded (other sizes or not sugar-free)"),
        ("лимонов штуки 3 в воду", copy(NONE),
         "no fresh lemons in any chain (Магнит sells only limes); lemon juice blends, citric acid, lemon-flavoured "
         "drinks, sweets and detergents excluded"),
    ]),
    # L07 изотоник, бананы, мёд, вода
    ("изотоник любой, бананов кило на всех, медок цветочный для бодрости, воды негазированной 5л баклажку", [
        ("изотоник любой", copy(NONE),
         "no isotonic / sports electrolyte drink in any chain; energy drinks, vitamin drinks (Societe Minerale Viteo, "
         "Vit & Go) and mineral water are other products; «любой» is a wish"),
        ("бананов кило на всех", copy(BANANAS),
         "fresh bananas, loose, packed, organic and mini (Перекрёсток); «кило» is a quantity; dried bananas, banana "
         "sweets, nectar, smoothies and banana-flavoured goods excluded; the other chains carry no fresh bananas"),
        ("медок цветочный для бодрости", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural flower honey (Медовый дом «цветочный» — Восточная липа, Южный цветок, разнотравье); «для бодрости» is a "
           "purpose. Крем-мёд «с наполнителями» (лимон-имбирь, малина) excluded as flavoured; honey-flavoured sweets, "
           "чак-чак, медовик excluded"),
        ("воды негазированной 5л баклажку", {
            "pyaterochka": ["3635131", "3608729"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still water in 5 l bottles: Малаховская №1 негазированная; Архыз «Легенда Гор» 5 l, Honey kid Черноголовская "
           "5 l and Аквалайн «Для ляль» 5 l, whose titles do not say «негазированная» (outside knowledge: 5 l bottles are "
           "always still; the last two are children's drinking water, accepted as drinking water the way children's milk is "
           "accepted as milk). Bottles of other sizes and sparkling waters excluded"),
    ]),
    # L08 суп, хлеб, томатный сок, огурцы
    ("суп в банке чтоб просто разогреть, бородинского буханку к супу, томатный сок 1 л, соленых огурчиков банку (рассол выпьем)", [
        ("суп в банке чтоб просто разогреть", {
            "pyaterochka": [],
            "magnit": ["bdce58049d", "21caad8a16"],
            "dixy": [],
            "perekrestok": [],
        }, "ready soup in a jar/can to heat up: Магнит Буздякский «Суп гороховый 500г ст/б» and «Борщ БУЗДЯКСКИЙ, 500г» "
           "(outside knowledge: the same Буздякский line of ready soups in glass jars). Excluded: DeliLabs soup «в "
           "реторт-пакете» (not a jar), dry soups and cup soups (Лидкон, Главсуп, Vegeta, Knorr «Чашка супа»), Роллтон "
           "bouillon, Maggi «Смесь для солянки», children's vegetable purees «крем-суп», frozen salmon soup sets"),
        ("бородинского буханку к супу", copy(NONE),
         "no Бородинский bread in any chain; «Хлебцы тонкие бородинские», «Колбаса Бородинская», the brand «Мясной дом "
         "Бородина» and Даниловский rye-wheat bread are other products (trap)"),
        ("томатный сок 1 л", {
            "pyaterochka": [],
            "magnit": ["b3901ed97f", "204641", "205971"],
            "dixy": [],
            "perekrestok": ["3196547", "3498246", "14125"],
        }, "tomato juice in ~1 l packs (1 l, 0.97 l and 0.95 l cartons taken as the litre pack; incl. «с мякотью», «с "
           "солью», children's): Rich, Дары Кубани, Фруктовый сад, J7, Santal, Сады Придонья. Excluded: the 2 l Сады "
           "Придонья pack (size), tomato nectars (Любимый, Добрый «с сахаром и солью»), the «Томатно-огуречный» vegetable "
           "juice, tomato paste and ketchup"),
        ("соленых огурчиков банку (рассол выпьем)", {
            "pyaterochka": ["4063896"],
            "magnit": ["f4d4a78066", "157851"],
            "dixy": [],
            "perekrestok": ["4404269"],
        }, "salted (fermented) cucumbers: Глобус «соленые огурчики СТАРОРУССКИЕ», МЕЛЕНЪ «Огурцы соленые», Магнит «Огурцы "
           "соленые, Корнишоны», Маркет «Огурцы солёные бочковые»; «банку» is a count and «(рассол выпьем)» a purpose. "
           "Marinated cucumbers («Огурчики маринов.»), Дядя Ваня «Пикули» (pickled, not said salted), fresh cucumbers and "
           "the Черри-Корнишоны assortment excluded"),
    ]),
    # L09 тан и лаваш (one item replaced, see README)
    ("тан пол-литра, мацони пару баночек, тонкий лаваш 2 упаковки", [
        ("тан пол-литра", {
            "pyaterochka": ["3677707"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACEMENT item (blind text «тан 1 л», absent everywhere, as was the whole list: the only тан is 0.5 l): "
           "Халалмилк «Напиток к/м ТАН ХАЛЯЛЬ 1% 0,5л»; ayran, yoghurt drinks and Имунеле excluded"),
        ("мацони пару баночек", copy(NONE),
         "no matsoni in any chain; yoghurts, варенец and other fermented-milk products are other products"),
        ("тонкий лаваш 2 упаковки", copy(NONE),
         "no lavash in any chain; Mission «Лепешки тортилья пшеничные» are tortillas, not lavash"),
    ]),
    # L10 кофе с нарзаном и круассанами
    ("нарзан в стекле пару штук, lavazza в зернах, сливочек 10% к кофейку, круассаны 4 шт 🥐", [
        ("нарзан в стекле пару штук", copy(NONE),
         "no classic (sparkling) Нарзан in any chain: the only Нарзан is Магнит «Минеральная вода НАРЗАН ЭЛИТА, "
         "негазированная, 500мл», a still variant (a brand without a qualifier means the classic product, as in set d) "
         "whose title does not say glass either; other mineral waters (Боржоми, Ессентуки, Джермук…) are other brands"),
        ("lavazza в зернах", {
            "pyaterochka": ["45169", "3086387"],
            "magnit": ["105001"],
            "dixy": [],
            "perekrestok": [],
        }, "Lavazza coffee beans of any blend/size (Qualita Oro 250 g, «зерновой» 1 kg, Магнит «Квалита Оро Пёрфект "
           "Симфони, зерно»); Lavazza ground coffee and other brands' beans excluded"),
        ("сливочек 10% к кофейку", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "drinking cream of exactly 10% (Сарафаново «дет.» 10% — children's cream accepted as children's milk is — Домик "
           "в деревне 10% 950 g, Молочный знак 10%); Parmalat Comfort 11%, 20/33% cream, «Сопьо Крима» cream substitute, "
           "«Заменитель сухих сливок», Irish-cream coffee and Baileys excluded"),
        ("круассаны 4 шт 🥐", copy(NONE),
         "no plain croissants in any chain; every croissant on sale is filled/flavoured (7Days, Шарлиз, Chipicao, Яшкино "
         "with cocoa, vanilla, condensed-milk, strawberry, cherry cream) and plain products exclude flavoured ones"),
    ]),
    # L11 электролиты
    ("gatorade 3 бутылки, powerade пару штук, вода святой источник газированная", [
        ("gatorade 3 бутылки", copy(NONE),
         "no Gatorade in any chain; energy drinks and other sports-sounding products (Ritter Sport, «спорт.» water "
         "bottle) excluded"),
        ("powerade пару штук", copy(NONE),
         "no Powerade in any chain"),
        ("вода святой источник газированная", {
            "pyaterochka": ["3951439"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["20388"],
        }, "Святой Источник sparkling water (Пятёрочка 1 l PET, Перекрёсток 1.5 l); still Святой источник (ключевая 0.5/"
           "1.5 l, children's «Светлячок» н/г) and other brands excluded"),
    ]),
    # L12 яичница с беконом
    ("яиц два десятка на всех, бекона нарезку на яичницу, тостовый хлеб на гренки", [
        ("яиц два десятка на всех", {
            "pyaterochka": ["3446505", "3341462", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3341462", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs of any class in packs of 10 or 20 («два десятка» = twenty, bought as two tens or one pack of 20), "
           "incl. «активита с селеном и йодом»; the pack of 6 (Волжанин), quail eggs, chocolate eggs and egg mayonnaise "
           "excluded"),
        ("бекона нарезку на яичницу", {
            "pyaterochka": ["3443644", "3445554", "3655098", "3649921", "4020279"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3443644", "3445554", "4420883", "4225967"],
        }, "packaged raw-smoked bacon of any brand (Велком, Дымов «Венгерский» — titled «нарезка» at Перекрёсток — "
           "Market Collection, Cortador, unbranded «бекон» 150/180 g); packaged bacon is sold in slices, so titles that do "
           "not say «нарезка» are accepted (judgement). Pork belly «Грудинка» (also the sliced one), the Шейка-Балык-Бекон "
           "assortment, the bacon sandwich and bacon-flavoured croutons excluded"),
        ("тостовый хлеб на гренки", copy(NONE),
         "no toast bread in any chain; ham «для тостов», cheese «пл.-тост», батоны, хлебцы and ready гренки excluded"),
    ]),
    # L13 бульон, лапша, сухарики, пиво
    ("куриный бульон готовый попить, роллтон с курицей 5 пачек, кириешек с беконом 3 пачки, пиво безалкогольное 🙈", [
        ("куриный бульон готовый попить", copy(NONE),
         "no ready chicken broth in any chain; Роллтон «Бульон говяжий Домашний» (dry, beef), soups and noodles with "
         "chicken flavour excluded"),
        ("роллтон с курицей 5 пачек", {
            "pyaterochka": [],
            "magnit": ["1000134679"],
            "dixy": [],
            "perekrestok": [],
        }, "Роллтон chicken noodles (Магнит «Лапша РОЛЛТОН, Куриная по-домашнему, 90г»); Роллтон beef bouillon and "
           "Пятёрочка's unbranded «Лапша с куриным вкусом 90 г» excluded; «5 пачек» is a quantity"),
        ("кириешек с беконом 3 пачки", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons with bacon flavour: Магнит's promo cards «КИРИЕШКИ Сухарики холодец/бекон/ветчина» 100 g and "
           "40 g cover the bacon flavour among three (judgement); other brands' croutons (Три корочки, Хрусteam, Клины…) "
           "excluded"),
        ("пиво безалкогольное 🙈", {
            "pyaterochka": [],
            "magnit": ["167351", "ab02321689"],
            "dixy": [],
            "perekrestok": ["4350458", "3636389", "4344713", "3655527", "3502293"],
        }, "alcohol-free beer and alcohol-free «напиток пивной» of beer style: Bud безалкогольное (light, 0.5%), "
           "Горьковская IPA 0%, Hoegaarden безалкогольный, Балтика №0 светлое and Пшеничный (outside knowledge: №0 is "
           "Baltika's alcohol-free line), Крушовице Нон-алко. Flavoured ones (Балтика грейпфрут, №0 Гранат, №0 Грейпфрут), "
           "alcoholic beer, alcohol-free wine and other alcohol-free drinks excluded"),
    ]),
    # L14 окрошка
    ("кваса очаковского на окрошку, кефира для окрошки литра 2, докторской колбаски на окрошку, огурцов свежих штук 5 в окрошку", [
        ("кваса очаковского на окрошку", copy(NONE),
         "no kvass at all in the offers (Очаковский or other)"),
        ("кефира для окрошки литра 2", copy(NONE),
         "no kefir at all in the offers; «литра 2» is a quantity and «для окрошки» a purpose"),
        ("докторской колбаски на окрошку", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "boiled «Докторская» sausage of any brand and weight, incl. weighed loaves, sliced Ремит and Царицыно «ДОК.ОСОБ. "
           "ХАЛЯЛЬ» (Докторская особая); «Сардельки Докторские», «Сосиски Докторские», Молочная/Любительская/other boiled "
           "sausages excluded"),
        ("огурцов свежих штук 5 в окрошку", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers of any type/pack (Магнит короткоплодные, среднеплодные; Перекрёсток Ботаника, «Хрустящие», "
           "«корнишоны 300г» — the last two taken as fresh, as in set vy); «штук 5» is a quantity. Salted/marinated "
           "cucumbers, the Черри-Корнишоны assortment, cucumber shampoo and cheese «с огурцами» excluded"),
    ]),
    # L15 мороженое, чипсы, кола
    ("пломбир в стаканчике 5 шт 🍦, чипсы принглс паприка, колы 1.5 пару бутылок", [
        ("пломбир в стаканчике 5 шт 🍦", {
            "pyaterochka": ["4009747"],
            "magnit": ["454d2f4e9d", "5e86759538"],
            "dixy": [],
            "perekrestok": [],
        }, "plain (vanilla/cream) plombir ice cream in a cup: Свитлогорье «в вафельном стаканчике», 48 КОПЕЕК «стак "
           "пломбир», Славино «пломбир ванил в ваф/стак». Chocolate plombir cup (flavoured), plombir in cones, briquettes, "
           "flow-packs, 1 l tubs, eskimo and «КАК РАНЬШЕ пломбир ваниль 70г» (form not stated) excluded; «5 шт» is a "
           "quantity"),
        ("чипсы принглс паприка", {
            "pyaterochka": ["3231225"],
            "magnit": ["204411"],
            "dixy": [],
            "perekrestok": [],
        }, "Pringles paprika 165 g; other Pringles flavours (краб, сыр, rice chips Asian Collection) and other brands' "
           "paprika chips (Lay's, Krack, Naturals, TWISTER) excluded"),
        ("колы 1.5 пару бутылок", {
            "pyaterochka": ["3684633", "4279795"],
            "magnit": ["214541"],
            "dixy": [],
            "perekrestok": ["3684633", "4366963"],
        }, "regular cola of any brand in 1.5 l bottles (Pepsi, Любимая Кола, Coca-Cola, Cool Cola); «пару бутылок» is a "
           "quantity. Other sizes, sugar-free/zero colas (the classic product is meant; this set's fsd06 asks for "
           "sugar-free explicitly), flavoured colas (Wild Cherry, Orange, Vanilla, Dark Vanilla, Mango, Добрый ваниль) "
           "excluded"),
    ]),
    # L16 картошка с селёдкой
    ("помидорный рассол если бывает, селедочку в масле баночку, картошка кило, зеленого лучка пучок к картошке", [
        ("помидорный рассол если бывает", copy(NONE),
         "no tomato brine sold in any chain; tomato juice, «Томаты в томатном соке» and brined seafood/cheese are other "
         "products"),
        ("селедочку в масле баночку", {
            "pyaterochka": ["4043492", "3603143", "3682728", "3637884", "3497722"],
            "magnit": ["29793287b9", "3068665d37", "112371"],
            "dixy": [],
            "perekrestok": ["4056953", "3621742", "3497722", "3637884", "79542", "4360965", "4034451", "4367712",
                            "4147685", "4364448", "4225103"],
        }, "herring fillet (pieces) in oil, plain: Русское море, Тесей «Царская, в масле», Балтийский берег «по-царски», "
           "Матиас/XXL, VICI «К картошке», Смоленская коллекция, Меридиан, Атлантика, Люди Любят «Царская», Русское море "
           "«Селедочка аппетитная»/«к картошке»; Santa Bremor «Матиас деликатесное оригинальное» 400 g (Пятёрочка and "
           "Перекрёсток) accepted on outside knowledge (the original Матиас line is in oil, titled so at Перекрёсток in "
           "250 g). Excluded: versions with dill, onion or smoke aroma, herring in brine/wine/spiced dressings, "
           "«по-шведски» assortment, whole salted herring, herring roe, «Сельдь под шубой»; «баночку» is a count"),
        ("картошка кило", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any pack (loose, washed, red, «для варки»/«для жарки» 3 kg, молодой 1 kg); «кило» is a "
           "quantity; chips, «Картофель хрустящий», potato starch, ready dishes and vareniki excluded"),
        ("зеленого лучка пучок к картошке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295465"],
        }, "fresh green onion (Маркет Fresh «Лук зеленый» 100 g); herb mixes with onion (петрушка-укроп-лук), bulb onions "
           "(репчатый, Ялтинский, шалот, «Лук салатный», «Светофор»), onion-flavoured chips excluded"),
    ]),
    # L17 бодрое утро
    ("адреналин раш 2 банки 🔋, сникерс 4 шт, кофе 3в1 пакетики, молока 2.5% в кофе", [
        ("адреналин раш 2 банки 🔋", {
            "pyaterochka": ["3931836"],
            "magnit": ["205111"],
            "dixy": [],
            "perekrestok": [],
        }, "the classic Adrenaline Rush energy drink 0.449 l (a brand without a qualifier means the classic product, as in "
           "set d). Adrenaline Rush «без сахара», «red energy», Adrenaline Juicy, Game Fuel and Gold, and other energy "
           "drinks excluded"),
        ("сникерс 4 шт", copy(NONE),
         "no classic Snickers bar in any chain: Магнит sells only «SNICKERS Батончик белый» (Snickers White, a variant; the "
         "classic product is meant) and Пятёрочка only an M&M's & Friends gift box with Snickers minis; other bars "
         "excluded"),
        ("кофе 3в1 пакетики", copy(NONE),
         "no 3-in-1 coffee sachets in any chain; Nescafé «Classic Latte» sachets and «Classic Cappuccino» 18 g are other "
         "coffee drinks, instant coffee in jars is not 3-in-1"),
        ("молока 2.5% в кофе", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700", "af8570f806",
                            "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243",
                            "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "drinking cow milk of exactly 2.5%, pasteurised/UHT/sterilised, any pack, incl. Сарафаново «детское» 2.5% (as "
           "in real_basket_eval) and the 0.2 l Вкуснотеево; other fat levels, ranges, топлёное, goat, flavoured milk, "
           "milkshakes and condensed milk excluded; «в кофе» is a purpose"),
    ]),
    # L18 овсянка
    ("кефира 1% 2 пачки, геркулеса пачку на кашу всем, мед в кашу, бананчиков штук 6 в кашу", [
        ("кефира 1% 2 пачки", copy(NONE),
         "no kefir at all in the offers; the 1% ТАН drink and yoghurts are other products"),
        ("геркулеса пачку на кашу всем", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats of the «Геркулес» type: Клинские «Хлопья овсяные Геркулес» and Увелка «Хлопья зерн.овсян.трад.» "
           "(outside knowledge: «традиционные» oat flakes are the thick Геркулес type); instant flavoured porridges "
           "(Быстров, Ясно Солнышко), Velle oat products, oat bran, oat cookies and buckwheat/rice flakes excluded"),
        ("мед в кашу", copy(HONEY_PLAIN),
         "natural honey (Медовый дом цветочный, липа, разнотравье); крем-мёд with fillers (лимон-имбирь, малина) excluded "
         "as flavoured, honey-flavoured snacks and sweets excluded"),
        ("бананчиков штук 6 в кашу", copy(BANANAS),
         "fresh bananas, loose, packed, organic and mini (Перекрёсток); «штук 6» is a quantity; dried bananas and "
         "banana-flavoured goods excluded"),
    ]),
    # L19 солянка
    ("солянка готовая, сметанки 15% в солянку, лимончик в солянку, серого хлебушка", [
        ("солянка готовая", copy(NONE),
         "no ready solyanka in any chain; Maggi «Смесь для солянки» is a seasoning, other soups are other dishes"),
        ("сметанки 15% в солянку", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4121592", "4431124", "4095525",
                            "4217907"],
        }, "sour cream of exactly 15%, any brand and pack, incl. lactose-free Parmalat Comfort and Простоквашино "
           "безлактозная 15%; 10/20/25/30% sour creams and sour-cream sauces/snacks excluded"),
        ("лимончик в солянку", copy(NONE),
         "no fresh lemons in any chain (Магнит sells only limes); lemon-flavoured products and citric acid excluded"),
        ("серого хлебушка", copy(RYE_WHEAT_BREAD),
         "grey bread = rye-wheat bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб Даниловский, Коломенское» "
         "(outside knowledge: a rye-wheat bread); «Хлеб Марьин, заварной» (flour not stated), «Ржаной Край» breads, "
         "batons, хлебцы and rye croutons excluded"),
    ]),
    # L20 пицца и тархун
    ("пицу замороженную 2 шт, тархуна бутылку, томатного сока пару литров", [
        ("пицу замороженную 2 шт", {
            "pyaterochka": ["3693580", "3607265"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pizza (typo «пицу»): Рестория «Пицца ассорти 350г» (category Заморозка) and «Цезарь Пицца с ветчиной и "
           "грибами, 420г» (taken as frozen on outside knowledge, as in set d). Горячая штучка «Чебупицца» (a pizza-"
           "flavoured pastry snack), pizza cheese, pizza-flavoured crackers and croutons excluded"),
        ("тархуна бутылку", {
            "pyaterochka": ["3921439"],
            "magnit": ["24f0ca6987"],
            "dixy": [],
            "perekrestok": ["3013417"],
        }, "tarragon lemonade «Тархун» of any brand and bottle (Любимый Тархун 1.5 l, Черноголовка 0.5 and 2 l); other "
           "lemonades (Байкал, Дюшес, Лимонад) and «тархун»-flavoured caramel excluded"),
        ("томатного сока пару литров", copy(TOMATO_JUICE_ALL),
         "tomato juice of any pack (incl. the 2 l Сады Придонья «с солью», «с мякотью», children's); «пару литров» is a "
         "quantity; tomato nectars, mixed vegetable juices, tomato paste and ketchup excluded"),
    ]),
    # L21 чай со сгущёнкой (донат, ряженка)
    ("донат магний 2 бутылки, ряженки 4% бутылочку холодненькой, сушек пакет к чаю, сгущенку банку к чаю", [
        ("донат магний 2 бутылки", copy(NONE),
         "no Donat Mg mineral water in any chain; Перекрёсток «Донат …» are doughnuts (trap); other mineral waters are "
         "other brands"),
        ("ряженки 4% бутылочку холодненькой", copy(NONE),
         "no plain ryazhenka of 4%: the only ryazhenka is Агуша «клубника, 2,9%» (flavoured, other fat); варенец 4% is "
         "another product"),
        ("сушек пакет к чаю", {
            "pyaterochka": ["3474797"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "сушки: Пятёрочка «Мини сушка Семейка Озби, ваниль» (judgement: «ванильные» is one of the traditional kinds of "
           "сушки, not a flavoured version of a plain product; no other сушки on sale); баранки (a different, larger ring), "
           "cookies and croutons excluded; «пакет» is a count"),
        ("сгущенку банку к чаю", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "sweetened condensed whole milk (Алексеевское in a can, doy-pack and 270/380 g packs); «банку» is a count. "
           "Boiled condensed milk (Рогачев «вареное», «Егорка»), goods «со сгущенкой»/«вареная сгущенка» and the "
           "Даниссимо/Чудо desserts excluded"),
    ]),
    # L22 вода, сок, печенье, орешки
    ("аква минерале без газа 6 бутылок, вишневого сока пачку, юбилейное печенье к кофе, соленых орешков", [
        ("аква минерале без газа 6 бутылок", copy(NONE),
         "no plain Aqua Minerale water in any chain; Пятёрочка's Аква Минерале «Лимон» and «Черешня» are flavoured drinks "
         "(one of them sparkling), Societe Minerale drinks are other products"),
        ("вишневого сока пачку", copy(NONE),
         "no single-fruit cherry juice in any chain; cherry nectars (Rich, IL PRIMO, J7, Swell), apple-cherry juices, "
         "cherry-flavoured drinks and compote are other products"),
        ("юбилейное печенье к кофе", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every Юбилейное cookie (traditional, glazed, oat, lean, with cereals, berries, nuts, chocolate flavour — brand + "
           "product accepts all variants, as in set vy); Юбилейное mini-cakes, Останкино «Юбилейная» sausage and J.Meinl "
           "«Юбилейный» coffee excluded"),
        ("соленых орешков", {
            "pyaterochka": ["3954224", "3661412", "4073982", "3933060"],
            "magnit": ["4a8764138e", "f692308d66"],
            "dixy": [],
            "perekrestok": [],
        }, "salted roasted nuts incl. peanuts (От Мартина «с солью», Chaka «ореховый, соленый», Джаз and loose pistachios "
           "«соленые/подсоленные», Восточный гость peanuts and pistachios «соленый»). Nuts whose titles do not say salted "
           "(Джаз арахис, Семушка кешью, walnuts, hazelnuts, macadamia), flavoured PARTY NUTS (incl. «с морской солью и "
           "черным перцем», a seasoned variant), nut-and-fruit mixes and salted seeds excluded"),
    ]),
    # L23 чаепитие
    ("клюквенный морс 2 бутылки, черный чай с лимоном пакетированный, рафинаду пачку в чай, пряников к чаю побольше", [
        ("клюквенный морс 2 бутылки", {
            "pyaterochka": ["3472445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3695895", "3190898", "4297529"],
        }, "cranberry mors: Добрый «Морс КЛЮКВА» (made from grape/cranberry, sold as cranberry mors), Сады Придонья, "
           "Чудо-Ягода and Зелёная Линия «клюквенный»; mixed-berry mors (ФрутоНяня, Чудо-Ягода «Ягодный сбор», Сады Придонья "
           "бруснично-малиновый, Магнит М Кухня) excluded"),
        ("черный чай с лимоном пакетированный", copy(NONE),
         "no lemon-flavoured black tea in bags: Richard «Lord Grey» is a bergamot(-lemon) Earl Grey-type tea (and its "
         "bagged title names no lemon), Lipton/Фьюз Ти lemon are bottled iced tea; plain and other flavoured teas excluded"),
        ("рафинаду пачку в чай", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "lump sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг» (pressed white sugar = рафинад); Пятёрочка "
           "«Сахар тростниковый нерафинированный Демерара» (granulated cane sugar) excluded"),
        ("пряников к чаю побольше", {
            "pyaterochka": ["4002046", "4007696", "3628338", "3940555", "3926891", "3926890", "3469420", "3971669",
                            "3922082"],
            "magnit": ["ea8f71c5d6", "203161"],
            "dixy": [],
            "perekrestok": [],
        }, "any пряники (classic, glazed, figured, Тульский, mint, filled, Lebkuchen): the user named no kind and пряники "
           "come in many kinds, none of which is a flavoured version of a plain product (judgement); «Десерт … вкус "
           "имбирный пряник», ginger cookies and mini-muffins excluded; «побольше» is a wish"),
    ]),
    # L24 минералка и закуска
    ("боржоми ж/б, ессентуки №4 две штуки, перепелиных яиц упаковку, колбаса сырокопченая нарезка", [
        ("боржоми ж/б", copy(NONE),
         "no Borjomi in cans: the Borjomi on sale is in 0.5 l and 1.25 l bottles (a written pack form is respected)"),
        ("ессентуки №4 две штуки", {
            "pyaterochka": ["3977405", "3977407"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3977405"],
        }, "Ессентуки №4 (glass 0.45 l, PET 1 l); Ессентуки №17 and Пятёрочка «ЗАПОВ.ЗДОР. Вода №4» (a №4-type water whose "
           "title does not name Ессентуки) excluded; «две штуки» is a quantity"),
        ("перепелиных яиц упаковку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4321659"],
        }, "quail eggs (Маркет 20 шт); chicken eggs, mayonnaise «на перепелиных яйцах», salads with quail egg and the vodka "
           "«Перепелка» excluded"),
        ("колбаса сырокопченая нарезка", {
            "pyaterochka": ["3380222", "3380221", "3653063", "3379266", "3622973", "3460891"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4425557", "3380222", "3380221", "3648372", "3332887", "3140747", "4214450", "4395547",
                            "4273259"],
        }, "sliced raw-smoked (сырокопчёная) sausage: titles saying нарезка/«в нарезке»/«нар.» (Маркет Collection Пражская "
           "салями, Егорьевская Брауншвейгская and Столичная — Пятёрочка sells the same ids, Егорьевский «СЕРВЕЛ.ИМБИР. с/к "
           "… нар.», Ремит Trio mio and «АБРИКОЛЕТ. с/к … нар.», Черкизово Сальчичон, Останкино «Салями … Итальянская в "
           "нарезке») plus assortments of several с/к sausages in 80–120 g packs (Велком Ассорти, "
           "Бахрушинъ, Маркет Палермо-Монреаль-Флоренция; judgement: such packs are slices) and Егорьевский «Палермо» and "
           "«Салями Парма» 100 g (judgement: the same Егорьевский 100 g sliced line). Excluded: sticks whose titles do not "
           "say sliced (Останкино Ароматная, Клинский, Малаховский, Рублевский, Маркет Брауншвейгская 100 g, Черкизово «Салями Астория», "
           "Мясная ферма Сальчичон 50 g, «Чоризо с/к … с/н»…), dry-cured "
           "«сыровяленая» sausages (Фуэт, Сальчичон Casademont, Верона, Solemici — another variety), варёно-копчёная and "
           "полукопчёная sausages, snack sticks and bacon"),
    ]),
    # L25 пивная закуска и кофе
    ("воблы пару штук 🐟, фисташек соленых, молотый кофе под турку покрепче, вода архыз 1.5л", [
        ("воблы пару штук 🐟", {
            "pyaterochka": [],
            "magnit": ["705f039ea0"],
            "dixy": [],
            "perekrestok": [],
        }, "dried vobla: Магнит «SOLO NINA Вобла вяленая соломка 40г» (vobla in strips; «пару штук» is a quantity, the form "
           "was not written — judgement); dried tuna/squid snacks, herring and other fish excluded"),
        ("фисташек соленых", copy(PISTACHIOS_SALTED),
         "salted roasted pistachios (Джаз «жареные соленые», loose «обжаренные подсоленные», Восточный гость «жар солен»); "
         "pistachio-flavoured sweets excluded"),
        ("молотый кофе под турку покрепче", {
            "pyaterochka": ["3683616", "3689956", "7765", "72110", "2100058", "3980976", "3452816", "3395340", "3395339",
                            "3607723", "3607740", "3664256", "2147888", "3353391", "46293", "4034432", "3900893"],
            "magnit": ["159961", "111661", "14d2756c10"],
            "dixy": [],
            "perekrestok": [],
        }, "plain ground roasted coffee of any brand and pack, incl. «для заваривания в чашке» (Paulig Mokka, Черная карта) "
           "and Jardin «Cafe Eclair»/«Dessert Cup» blends (taken as unflavoured blends, outside knowledge); «под турку» "
           "is a purpose and «покрепче» a wish. Excluded: ЖОКЕЙ «Ирландские сливки» (flavoured), MONARCH Lungo 10 шт "
           "(capsules), «молотый в растворимом» instant coffees, beans and instant coffee"),
        ("вода архыз 1.5л", {
            "pyaterochka": ["3630603", "3630602"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3966336"],
        }, "Архыз water in 1.5 l bottles, sparkling or still (Легенда Гор газированная/негазированная, Архыз Горная "
           "негазированная); Архыз 0.5/0.75/5 l (other pack sizes) and other brands excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fsdNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fsd\d\d ===$", line):
            if cur is not None:
                blocks.append("\n".join(cur).strip("\n"))
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        blocks.append("\n".join(cur).strip("\n"))
    return blocks


def check_blind(lists, blind):
    errors = []
    if len(lists) != len(blind):
        errors.append("%d lists, blind draft has %d" % (len(lists), len(blind)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        expected = draft
        for num, old, new in REPLACED:
            if num == n:
                items = [p.strip() for p in re.split(r"[,\n]", expected)]
                if items.count(old) != 1:
                    errors.append("fsd%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fsd%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fsd"))
