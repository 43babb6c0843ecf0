#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tw.jsonl -- 25 shopping lists of a family in Primorye (Vladivostok, the Russian Far
East): local fish and seafood (горбуша, кета, минтай, навага, корюшка, кальмар, икра, морская капуста/чука), Korean
dishes of the Far East (кукса, хе, морковча, чимча), Chinese and Japanese imports (лапша, соевый соус, рисовый
уксус, нори, гобаожоу) and everyday staples, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tw.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tw.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one, and every item was re-checked by listing all in-stock titles matching
its stem that were not accepted; the note of each item records what was accepted, what was deliberately left out and
any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacement in
REPLACED (one item of a list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftw01, ftw02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tw.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tw.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (10, "масло кунжутное для заправки", "заправку кунжутную для салата"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 уха
    ("горбушу 2 шт на уху, картохи 2 кг, лучку репчатого 3 луковицы, лист лавровый пакетик для ухи", [
        ("горбушу 2 шт на уху", {
            "pyaterochka": [],
            "magnit": ["3b46071f32"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pink salmon: Магнит «Горбуша МАГНИТ филе с кожей мороженая, 500г» (no form was written, so a "
           "frozen fillet counts; «2 шт» is a count and «на уху» a purpose, neither a filter); no whole or gutted "
           "горбуша in any chain; canned «натуральная» (5 Морей, Пр!ст), breaded CHEF POLAR fillet, salted and "
           "cold-smoked slices, dried «соломка», fish paste and chopped «рыбка красная» mixes excluded"),
        ("картохи 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860",
                            "43968", "769"],
        }, "fresh potatoes, loose or bagged, any variety or pack (картоха = картошка; «2 кг» is a quantity of a "
           "weighed good); sweet potato (батат), boiled peeled potatoes, fries, ready potato dishes (Магнит "
           "«Картофель АЙДАХО (СП ГМ)» taken as a cooked dish), chips, purees and «Картошка» sweets excluded; "
           "Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh potatoes (outside knowledge: a table-potato "
           "brand)"),
        ("лучку репчатого 3 луковицы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions, loose, netted or packed, incl. Перекрёсток «Лук репчатый красный» (titled "
           "репчатый; colour was not written) and peeled fresh onions «очищенный»; «3 луковицы» is a quantity; "
           "dried/ground onion (Айдиго, Kotanyi), green-onion chips, onion rings and everything «с луком» "
           "excluded"),
        ("лист лавровый пакетик для ухи", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "bay leaves: Kotanyi (КОТАНИ) 5 г, Пр!ст 10 г; «пакетик» is the usual pack and a quantity; no other "
           "bay-leaf product on sale"),
    ]),
    # L02 бутерброды с икрой
    ("икра горбуши 2 баночки\nмасло сливочное 82.5 получше\nбатон нарезной под икру\nшампанское брют бутылку", [
        ("икра горбуши 2 баночки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000530894"],
            "perekrestok": [],
        }, "pink-salmon roe: Дикси «Икра лососевая Московский рыбокомбинат горбуша зернистая 90г»; the species is "
           "required, so salmon roe of unstated species (Магнит «ИКРА КРАСНАЯ, 95г», Дикси «Икра лососевая "
           "зернистая 1 сорт»), trout roe, «структурированная»/«Отборная/Русская» imitation red caviar, "
           "pollock/capelin/cod/halibut roe and caviar-flavoured croutons excluded"),
        ("масло сливочное 82.5 получше", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642",
                       "1000458136", "1000521208", "1000566266", "1899900309", "4fc2d8c8ad",
                       "6b22928df7", "8000045816", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791",
                     "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                            "3628337", "3643092", "3654551", "3657363", "3698785",
                            "3699369", "3922315", "3953367", "3999749", "4055506",
                            "4113532", "4135603", "4175276", "4196090", "4260609",
                            "4292462", "4310021", "4343792", "86149"],
        }, "butter of exactly 82.5% (сливочное / сладкосливочное, salted or unsalted, any pack size, incl. "
           "lactose-free Тысяча Озёр 82.5%); «получше» is a wish; 82% butters (JALO KERMA, Arla Natura, Киприно, "
           "President, Молочный знак, Natura), 72.5% and 62% chocolate butter, butter without a stated fat "
           "(Волгодонское), ghee, spreads, margarine and «сливочные» products excluded"),
        ("батон нарезной под икру", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "the «Нарезной» loaf (Коломенское, Пр!ст «классический», Маркет «нарезанный», Маркет «улучшенный»), "
           "sliced or not; other батоны (Утренний, Отрубной, Новый, к завтраку, Горчичный, Зерновой, Молочный, a "
           "plain «Батон, 300г») are different loaves; baguettes excluded; «под икру» is a purpose"),
        ("шампанское брют бутылку", {
            "pyaterochka": [],
            "magnit": ["22ff9f18a9", "31844a02d1", "3372349d7b", "3524b141a3", "36e4ecf3ef", "4eb78cec1b",
                       "84ac7a2c5a", "921bd70811", "ed1f763e6d", "fc186391a3"],
            "dixy": [],
            "perekrestok": ["4006572"],
        }, "sparkling wine (шампанское in everyday speech = «Вино игристое») labelled брют, white or rosé (colour "
           "not written): Аристов, Абрау-Дюрсо (incl. Премиум), Шато Тамань, Просекко, Кава, Креман, Советское "
           "Шампанское розовое брют; экстрабрют, сухое/полусухое/полусладкое/сладкое (Асти, Ламбруско, Москато, "
           "Martini Rose) and still wines excluded; «бутылку» is a quantity"),
    ]),
    # L03 хе из минтая
    ("минтай 2 кило на хе, уксусная эссенция, лук репка кило, перчик красный молотый", [
        ("минтай 2 кило на хе", {
            "pyaterochka": [],
            "magnit": ["21f5feb583", "826be1cf8b", "b9c33693bc", "feaf47ac86"],
            "dixy": ["DI00079597"],
            "perekrestok": ["4352277"],
        }, "raw pollock in any form: frozen fillet (Магнит 600 г), headless/gutted тушка (BOREALIS, Мореслав, "
           "Люди Любят) and Магнит's counter pollock «полуфабрикат из замороженного сырья» (whole and fillet, "
           "sold by the kilo); «2 кило» is a quantity, «на хе» a purpose; pollock mince, fish cakes (биточек) and "
           "pollock roe excluded"),
        ("уксусная эссенция", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no vinegar essence (70%) in any chain; the only vinegar on sale is Перекрёсток's 6% grape vinegar, a "
           "different product"),
        ("лук репка кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "«лук репка» = bulb onion (лук-репка): the same fresh onions as «лучку репчатого» (loose, netted, "
           "packed, red репчатый and peeled fresh); «кило» is a quantity; dried/ground onion and onion-flavoured "
           "snacks excluded"),
        ("перчик красный молотый", {
            "pyaterochka": [],
            "magnit": ["5a67f90bb1"],
            "dixy": [],
            "perekrestok": [],
        }, "ground hot red pepper: Kotanyi «Чили, Молотый»; paprika is sold as a different spice (Kotanyi "
           "«Паприка, Перец красный молотый» and Восточный гость «Паприка красная молотая» are sweet paprika, "
           "smoked paprika likewise - outside knowledge), chili in a grinder (whole pods), crushed pepper mixes, "
           "black pepper and marinated chili excluded"),
    ]),
    # L04 кукса
    ("лапша для куксы 2 пачки\nговядина на бульон\nогурчики свежие на куксу\nяиц с0 десяток", [
        ("лапша для куксы 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4061768"],
        }, "no noodles sold as «для кукси»; Домшим «Лапша Сомен пшеничная, 300г» accepted as the thin Asian wheat "
           "noodle used for кукса (outside knowledge); lagman and beshbarmak noodles, Russian egg noodles, soba, "
           "funchoza, rice noodles and instant noodles excluded"),
        ("говядина на бульон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1036", "1038", "3020550", "3077141", "3667501", "3697004", "3697006", "3917642",
                            "4008468", "4010", "4012", "1031", "4314598", "4373861",
                            "46625", "46627", "7338", "85566", "923"],
        }, "raw beef cuts on or off the bone (для бульона, суповое рагу, «Мясо котлетное» trimmings, голень, "
           "лопатка, шейная часть/отруб, грудинка, огузок, бедро/мякоть, антрекот, ростбиф, филей, духовая, "
           "гуляш); «на бульон» is a purpose; portion steaks (Магнит Блэк Ангус Тендер, Дикси Минутка, "
           "Перекрёсток Рибай/Канзас/Пеппер/Паризьен/Фланк/Мачете) are a different product, mince, tongue, liver, "
           "beef bacon, kebabs, stewed, cooked, cured and smoked beef excluded; Магнит and Дикси sell only steaks"),
        ("огурчики свежие на куксу", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000088660", "2000205870", "2000271421", "2000327957", "ЦТ0001499"],
            "perekrestok": ["2088998", "2098997", "2131726", "3255111", "3301324", "3368260", "3632205", "4072",
                            "44569"],
        }, "fresh cucumbers of any kind and pack (гладкие, колючие, длинные/длинноплодные, короткоплодные, "
           "Бакинские, фасованные); Магнит «ОГУРЦЫ гладкие, 1кг», Дикси «Огурцы корнишоны, в упаковке, 300 г» and "
           "Перекрёсток «Огурцы Хрустящие» (sold by weight) taken as fresh (outside knowledge: no jar or brine "
           "named); pickled, salted and canned cucumbers (Пятёрочка «Корнишоны Закарпатские 720 мл», Дядя Ваня, 6 "
           "соток, Globus, Лукашинские), cucumber-flavoured goods excluded"),
        ("яиц с0 десяток", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1a8d487cea", "2047000014"],
            "dixy": ["2000212529", "2000269325", "2000284425", "2000326489", "2000601652"],
            "perekrestok": ["2131762", "3182853", "3356111", "3392204", "3421287", "3432532", "3914040", "4012802",
                            "4085790", "4201192", "4168688", "4201194", "4236458",
                            "4337164", "4352464", "4364349"],
        }, "hen's eggs of class С0 (= СО = «отборная/отборной категории») in packs of 10 only (десяток); С1, С2, "
           "СВ/«высшей категории», packs of 6/15/20/30, quail eggs and egg products excluded"),
    ]),
    # L05 корейские салатики к столу
    ("морковча острая, чимча из пекинки, папоротник по-корейски, морская капуста по корейски 250г", [
        ("морковча острая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000209090", "2000566992"],
            "perekrestok": ["2090393", "4052638", "4183217", "4263716", "4263718", "4285982", "4286023", "4317162",
                            "4356605", "4356606"],
        }, "ready Korean carrot salad (морковча = «Морковь по-корейски», incl. Дикси «морковь пикантная "
           "по-корейски»); «острая» describes the dish, which is always spicy, and no title offers a mild/hot "
           "choice, so it is not used as a filter; carrot mixed with asparagus, funchoza, cabbage or seaweed, "
           "squid with carrot, sandwiches and Korean-carrot seasoning excluded"),
        ("чимча из пекинки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no napa-cabbage kimchi in any chain; Перекрёсток Лукашинские «Кимчи По-Корейски из белокочанной "
           "капусты» is made of white cabbage, which the user ruled out («из пекинки»), and sauerkraut is another "
           "product"),
        ("папоротник по-корейски", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fern (папоротник) salad or fern of any kind in any chain; the Korean asparagus, carrot, beet, "
           "mushroom and squid salads are other products"),
        ("морская капуста по корейски 250г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Korean-style seaweed salad of 250 g: the only one, Дикси «Морская капуста с морковью по-корейски, "
           "300 г», is a different pack size (a written pack size is respected); seaweed salads that are not "
           "Korean-style (Мореслав with crab sticks 400 г, Магнит Балтийский Берег «в сырном соусе, 250г») and "
           "the Midori roasted seaweed snack excluded"),
    ]),
    # L06 жареная корюшка и навага
    ("корюшку свежую кило, навага мороженая, мучка пшеничная в/с, масло растительное без запаха", [
        ("корюшку свежую кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh smelt in any chain; Магнит «Корюшка ФЛОТСКАЯ солено-сушеная, 40г» is a dried snack, not "
           "fresh fish"),
        ("навага мороженая", {
            "pyaterochka": [],
            "magnit": ["fc3a520d18"],
            "dixy": [],
            "perekrestok": [],
        }, "navaga: Магнит «НАВАГА полуфабрикат из замороженного сырья, 1кг» - raw navaga from frozen stock sold "
           "at the counter; taken as what a shopper asking for frozen navaga buys (judgement: «мороженая» "
           "separates raw fish from smoked, dried or canned fish, none of which is on sale); no other navaga"),
        ("мучка пшеничная в/с", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a"],
            "dixy": ["2000553733", "2000576791", "D000002191", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481"],
            "perekrestok": ["16318", "2037765", "2107396", "2112692", "3193726", "3305673", "3502351", "3626914",
                            "3681817", "3915409", "4262616", "4326495", "91320", "91321"],
        }, "wheat flour whose title says высший сорт (в/с), any pack size, incl. «хлебопекарная высшего сорта»; "
           "«экстра» grade (Makfa, Французская Штучка, Алексеевская, Печенов), flours without a stated grade "
           "(Магнит Пышечка 2 кг and Старооскольская, Дикси «Мука пшеничная хлебопекарная» and Французская штучка "
           "1 кг, Перекрёсток «Мука Царь, 1кг», Тихорецкая «особая»), pancake flour (блинная), self-raising "
           "«Кондитерская», wholegrain, rye, rice, corn and other flours excluded"),
        ("масло растительное без запаха", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000154498", "2000210260",
                     "2000268261", "2000283309", "2000555852", "2000563791", "DI00079242",
                     "DI00080540", "ЦТ0039503"],
            "perekrestok": ["2007886", "2043188", "2046261", "2068955", "2093709", "2147548", "21676", "23714",
                            "3197302", "3340103", "3426152", "3426155", "3454645",
                            "3478098", "3642040", "4022580", "4218020", "4269568",
                            "4269569", "4277755", "6275", "64128"],
        }, "odourless = refined (deodorised) everyday vegetable oil: refined sunflower oils of any size and brand "
           "(incl. high-oleic refined and the Altaria refined spray - no form was written) and Altero refined "
           "deodorised corn oil; titles saying only «рафинированное» taken as deodorised (outside knowledge: "
           "retail refined oil is deodorised); unrefined oils, blends with olive/almond/linseed/wheat-germ oil, "
           "Almador flavoured oils, oils without a refined statement (Аведовъ, Getuva New Way), olive, "
           "grape-seed, avocado and mustard oils excluded"),
    ]),
    # L07 пирожки
    ("мука на пирожки 2кг\nдрожжи сухие саф-момент 2 пакетика на пирожки\nсахарок на тесто\nкапуста белокочанная на начинку", [
        ("мука на пирожки 2кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["2000213875", "2000317163", "2000553733", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "ЦТ0044544"],
            "perekrestok": ["2037765", "2107396", "2112692", "3193726", "3292690", "3305673", "3394693", "3505430",
                            "3626914", "3681817", "3915409", "4215036", "4262616",
                            "4326495", "91321"],
        }, "white wheat flour for baking in 2 kg packs (the written size names the pack), any grade (высший, "
           "экстра, хлебопекарная; «на пирожки» is a purpose); 1 kg packs, pancake flour, wholegrain (Французская "
           "Штучка цельнозерновая 2 кг), rye, rice, corn and specialty flours excluded; Перекрёсток «Мука "
           "Тихорецкая особая, 2кг» excluded because the title does not say it is wheat flour"),
        ("дрожжи сухие саф-момент 2 пакетика на пирожки", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "Саф-Момент yeast (11 г sachets): Дикси «сухие быстродействующие» and Магнит «Дрожжи САФ-МОМЕНТ, 11г» "
           "(Saf-Moment is dry instant yeast - outside knowledge); pressed yeast Люкс Экстра (whose Дикси title "
           "also says «сухие» but «прессованные») and yeast dough excluded"),
        ("сахарок на тесто", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar of any pack (сахар-песок, «белый кристаллический», incl. Магнит Чайкофский "
           "«Сахар-песок … Рафинированный»); Перекрёсток «Сахар Советский Экстра, 1кг» taken as granulated "
           "(outside knowledge); lump/pressed sugar, cane sugars (brown, a different product), coconut sugar and "
           "icing sugar excluded"),
        ("капуста белокочанная на начинку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["1546", "198", "4208425", "4268735", "45661"],
        }, "fresh white cabbage: whole heads (incl. «ранняя») and fresh shredded packs (Белая Дача «свежая "
           "белокочанная резаная», Маркет Fresh «соломка»; no form was written); Перекрёсток plain «Капуста» "
           "taken as white cabbage (outside knowledge); cauliflower, broccoli, marinated and sauerkraut, mixed "
           "salad packs, seeds and cabbage-kimchi excluded"),
    ]),
    # L08 роллы дома
    ("рис для суши 500г, рисовый уксус бутылочку, нори 10 листиков, соус соевый киккоман к роллам", [
        ("рис для суши 500г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4285358"],
        }, "sushi rice in a 500 g pack: Market Collection «Рис для японской кухни шлифованный, 500г» (Japanese "
           "rice = sushi rice); Sen Soy «Рис для суши, 250г» is a different pack size (respected), round-grain "
           "rice not sold for sushi excluded"),
        ("рисовый уксус бутылочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no rice vinegar in any chain (only a 6% grape vinegar)"),
        ("нори 10 листиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no nori sheets in any chain; nori chips (Пятёрочка «Чипсы Нори», Дикси Naitori) and roasted-seaweed "
           "snacks are other products"),
        ("соус соевый киккоман к роллам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Kikkoman in any chain; a named brand that is absent is not replaced by another (Стебель Бамбука, "
           "Магнит, Sen Soy, Mivimex soy sauces excluded)"),
    ]),
    # L09 салат с кальмаром
    ("кальмар командорский 1 кг, майонез махеев провасаль, яйца с1 десяточек на салат с кальмаром, лучок зеленый на салатик пучок", [
        ("кальмар командорский 1 кг", {
            "pyaterochka": [],
            "magnit": ["92c8a76c40"],
            "dixy": [],
            "perekrestok": [],
        }, "Commander squid: Магнит «Кальмар БОРЕАЛИС командорский тушка свежемороженый, 500г» («1 кг» is a "
           "quantity); squid whose title does not say командорский (Пятёрочка Fish House тушка, Магнит «КАЛЬМАР "
           "Тушка, неочищенный», Дикси Мореслав тушка), dried squid, squid salads, хе and pastes excluded"),
        ("майонез махеев провасаль", {
            "pyaterochka": [],
            "magnit": ["1000077733", "1000077734", "1000498096", "1000558908", "2c23c84574", "d8bbb63f48",
                       "ddda8365b8"],
            "dixy": ["2000593851", "2000602611", "T000005518", "ЦТ0040573"],
            "perekrestok": ["2047206", "4339442"],
        }, "every Махеевъ Провансаль mayonnaise (typo «провасаль»), any fat and size, incl. «с лимонным соком» "
           "and «белый»; Махеевъ Оливковый and «на перепелином яйце», other brands' Провансаль, Махеевъ ketchups, "
           "jams, mustard, horseradish and marinades excluded"),
        ("яйца с1 десяточек на салат с кальмаром", {
            "pyaterochka": [],
            "magnit": ["1000247384", "1000247393", "2047000033", "3454700001", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671"],
            "perekrestok": ["2109476", "2131763", "3001671", "3182856", "4085791"],
        }, "hen's eggs of class С1 (= «1 категории») in packs of 10 only; С0/отборные, С2, СВ, packs of "
           "6/15/20/30 and quail eggs excluded"),
        ("лучок зеленый на салатик пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no green onion in any chain (bulb onions are a different product; Lay's «Молодой зелёный лук» chips "
           "excluded)"),
    ]),
    # L10 морская капуста (one item replaced, see README)
    ("салат чука 2 упаковки, морская капуста сушеная, заправку кунжутную для салата", [
        ("салат чука 2 упаковки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chuka (wakame) salad in any chain; Korean carrot/asparagus salads and the Мореслав "
           "seaweed-with-crab-sticks salad are other products"),
        ("морская капуста сушеная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dried seaweed (kelp) in any chain; Midori «Морская капуста жареная в оливковом масле, 5 г» is a "
           "roasted snack sheet and nori chips are snacks, not dried kelp"),
        ("заправку кунжутную для салата", {
            "pyaterochka": [],
            "magnit": ["86f90311a4"],
            "dixy": [],
            "perekrestok": [],
        }, "replacement item (blind «масло кунжутное для заправки», no sesame oil anywhere): sesame salad "
           "dressing Гурмикс «Заправка салатная Кунжутная, 80г»; sesame seeds, buns and snacks with sesame "
           "excluded"),
    ]),
    # L11 завтрак
    ("творог пятипроцентный две пачечки\nсметанки 20% к сырникам\nмолочка 3.2 литровый пакет\nбородинского хлебушка к завтраку", [
        ("творог пятипроцентный две пачечки", {
            "pyaterochka": [],
            "magnit": ["1000208909", "1000224037", "1000306424", "1000372786", "1000377235", "1000426473",
                       "1000441658", "1000448251", "1000453157", "1000475531", "1000512632",
                       "1000535923", "1000563526", "1000572167", "1079990193", "161690c563",
                       "1720c2be05", "2400019178", "3959a203ba", "8000030462", "8000068592",
                       "8000069908", "8000079349", "c7f0f0e5ec"],
            "dixy": ["2000227595", "2000244591", "2000309621", "2000322093", "2000410935", "2000512184",
                     "2000539346", "2000555052", "2000568077", "2000595413", "2000599971",
                     "ЦТ0047040"],
            "perekrestok": ["3279582", "3617778", "4128957", "4153930", "4166368", "4249284", "4274201", "4299495",
                            "4302679", "4324116"],
        }, "plain cottage cheese of exactly 5% (traditional, crumbly «рассыпчатый», soft «мягкий/нежный», "
           "lactose-free Parmalat), any pack; «две пачечки» is a quantity; 5.5% and other fats, творог «из "
           "топленого молока» (a flavour variant, like топлёное молоко), granular cottage cheese in cream (101 "
           "Зерно, Село Зелёное, Хуторок, Молочный знак, Зелёная Линия «Зёрнышко/Зернышко»), творог with raisins, "
           "fruit or jam, baby биотворог, curd desserts, pastes and cheeses excluded"),
        ("сметанки 20% к сырникам", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404",
                       "1000574405", "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715",
                     "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355",
                            "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, "sour cream of exactly 20%, any brand and pack; «к сырникам» is a purpose; other fats, sour-cream "
           "products (сметанный), garlic sour cream and sour-cream-flavoured goods excluded"),
        ("молочка 3.2 литровый пакет", {
            "pyaterochka": [],
            "magnit": ["1000049786", "1000122658", "1000139951", "1000172272", "1000323041", "1000445488",
                       "1812450001", "18ca387556", "8000026014", "8000058295", "be3e0e74c3"],
            "dixy": ["10J0077073", "2000066819", "2000238271", "2000560951", "2000600213"],
            "perekrestok": ["3668699", "4162259"],
        }, "drinking cow milk of exactly 3.2% in the ordinary «литровый» carton, read as 0.9-1 l / 0.9-1 kg (900 "
           "мл, 925 мл, 930 г/мл, 950 г/мл, 970/973 мл, 1 л, 1 кг - judgement: these are all sold as the litre "
           "carton), pasteurised/UHT/sterilised, incl. Агуша children's milk 925 мл; the container (bag, carton, "
           "bottle) is not stated in titles and is not used as a filter; 200-500 мл, 1.4-2 л packs, ranges "
           "(3.2-4%, 3.2-6%), топлёное, «для капучино», kefir, ряженка and flavoured or plant milks excluded"),
        ("бородинского хлебушка к завтраку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "3624125", "3974719", "4329404"],
        }, "Borodinsky bread (Аютинский, Самарский БКК «особый», Маркет, Пр!ст «новый заварной»), whole or part "
           "loaf; Бородинские croutons (BEERKA), the sausage brand МД Бородина and other rye breads excluded"),
    ]),
    # L12 лапша
    ("доширак с говядиной 5 шт, роллтон куриный 5 пачек, лапша яичная китайская", [
        ("доширак с говядиной 5 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Doshirak with beef: Перекрёсток «Лапша Доширак Чан рамен быстрого приготовления с острой говядиной» "
           "(a Doshirak noodle with beef; the extra «острой» is not a reason to refuse it, nothing else was "
           "written); Пятёрочка «Доширак, чан рамен, корейская» (no beef in the title), Доширак potato puree, "
           "other brands' noodles (BigBon, Роллтон) excluded; «5 шт» is a quantity"),
        ("роллтон куриный 5 пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Rollton instant noodles or vermicelli with chicken in any chain (a brand alone means its classic "
           "product, the instant noodle); Роллтон mashed potato «с куриным вкусом», Роллтон pasta, broth and "
           "«Вермишель … с говядиной» are other products"),
        ("лапша яичная китайская", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4061766"],
        }, "Asian egg noodles: Домшим «Лапша … яичная, 300г» (Домшим is an Asian-food line, its egg noodle is the "
           "Chinese-style wok noodle - outside knowledge); Russian-style egg noodles «по-домашнему»/«Домашняя» "
           "(Верони, Маркет, Бакалейщики), soba, somen, rice noodles, instant noodles and ready noodle dishes "
           "excluded"),
    ]),
    # L13 гобаожоу
    ("свинина вырезка 1 кг на гобаожоу, крахмал картофельный на кляр, сахар-песок 2кг, уксус 9% для соуса", [
        ("свинина вырезка 1 кг на гобаожоу", {
            "pyaterochka": [],
            "magnit": ["e241cf3bd5"],
            "dixy": ["2000321668"],
            "perekrestok": ["4363417", "84875"],
        }, "raw pork tenderloin: Перекрёсток «Вырезка свиная» (Хороший Кусок, Перекрёсток) and Черкизово "
           "«Медальоны/Медальон из свиной вырезки» (the same cut, sliced); «1 кг» is a quantity, «на гобаожоу» a "
           "purpose; neck, loin (корейка), escalope, shoulder, belly, goulash, marinated and cooked pork excluded"),
        ("крахмал картофельный на кляр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000264337"],
            "perekrestok": [],
        }, "potato starch: Дикси «Крахмал Магета картофельный высший сорт, 200 г»; nothing else sold as starch"),
        ("сахар-песок 2кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no granulated sugar in a 2 kg pack: the chains sell 750 г, 900 г, 1 кг and 5 кг granulated sugar, and "
           "a written pack size is respected; lump and cane sugar excluded anyway"),
        ("уксус 9% для соуса", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 9% vinegar in any chain; Перекрёсток's only vinegar is a 6% grape vinegar"),
    ]),
    # L14 икра на бутерброды
    ("икра минтая баночку, икорка мойвы в соусе, масло крестьянское 72.5 пачку к икре", [
        ("икра минтая баночку", {
            "pyaterochka": [],
            "magnit": ["5c0424b062", "f447cae139"],
            "dixy": [],
            "perekrestok": [],
        }, "salted pollock roe: Русское Море «пробойная соленая, 130г», Авистрон «Пробойная, 120г» (jars/tins; "
           "«баночку» is a quantity); cod roe (Пятёрочка), capelin and salmon roe excluded"),
        ("икорка мойвы в соусе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000165824", "2000602451"],
            "perekrestok": [],
        }, "capelin roe in sauce: Дикси Санта Бремор «Икра мойвы … в соусе с креветкой» and Мореслав «Икра "
           "деликатесная … с креветкой» (taken as capelin roe in sauce - outside knowledge: «икра деликатесная» "
           "is the capelin-roe spread); the flavour was not written, so flavoured capelin-roe spreads count; "
           "pollock, cod, salmon and halibut roe excluded"),
        ("масло крестьянское 72.5 пачку к икре", {
            "pyaterochka": [],
            "magnit": ["1000457493", "1844000142", "1855599920", "3181241105"],
            "dixy": ["2000401635"],
            "perekrestok": ["2029217", "2068941", "2071031", "3226314", "3347817", "3355277", "3363741", "3371288",
                            "3384196", "3406593", "3423762", "3472940", "3645266",
                            "3917028", "3980020", "4035287", "4260610", "86150"],
        }, "«Крестьянское» butter 72.5%: every title naming Крестьянское with 72.5%, plus Перекрёсток «Масло "
           "Княгининское Крестьянское, 180г» (no % printed; Крестьянское is 72.5% by the butter standard - "
           "outside knowledge); 72.5% butters not called Крестьянское (Брест-Литовск, Danke, Первым делом, "
           "Шахунья «Гост», Кунгурский, ЭкоНива, lactose-free Зелёная Линия), 82.5% butters and spreads excluded; "
           "«пачку» is a quantity"),
    ]),
    # L15 крабовый салат
    ("крабовые палочки вичи подешевле, кукурузу сладкую 2 банки, рис круглозерный на крабовый салат, огурцы длинные 2 шт в салат", [
        ("крабовые палочки вичи подешевле", {
            "pyaterochka": [],
            "magnit": ["4f11f65802"],
            "dixy": ["2000307177"],
            "perekrestok": ["2154175", "2154177", "26084", "3169222", "3204340", "3408151", "4034752", "4112613",
                            "4124683", "4157138"],
        }, "every Vici (Вичи) crab-stick product, chilled or frozen, incl. «Снежный краб» sticks, sticks «с "
           "натуральным мясом краба», the «для рулетиков» sticks and Vici «Палочки сурими» (surimi sticks are "
           "crab sticks - outside knowledge); «подешевле» is a wish; Vici «Крабовое мясо» (not sticks), Vici "
           "Crabe De L'amour sticks filled with shrimp or lobster-flavour sauce, other brands' crab sticks and "
           "crab-stick salads excluded"),
        ("кукурузу сладкую 2 банки", {
            "pyaterochka": [],
            "magnit": ["27836bac30", "a869e5b9ba", "cfc404aebb", "d2de35fd7c", "fb00d5f8b1"],
            "dixy": ["1041027555", "10E0064890", "2000163950", "2000279948", "2000313796", "2000318963",
                     "2000556891", "DI00079261"],
            "perekrestok": ["3447859", "4316301", "4321444"],
        }, "canned sweet corn (сладкая = сахарная), any brand and can, incl. Bonduelle «Молодая» and Магнит "
           "«Кукуруза БОНДЮЭЛЬ» 212 мл/340 г (canned corn kernels are sweet corn - outside knowledge); «2 банки» "
           "is a quantity; corn flour, flakes, sticks, popcorn, chips and baby purees with corn excluded"),
        ("рис круглозерный на крабовый салат", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180350", "2000219612", "2000282743", "2000292827", "DI00079260", "ЦТ0042579"],
            "perekrestok": ["3231277", "3469127", "3469128", "3603169", "3674360", "4332035"],
        }, "rice whose title says round-grain (круглозерный/круглозёрный/круглозернистый/«Рис круглый»), loose or "
           "in boiling bags; rice of unstated grain (Кубанский «Экстра», Адриатика, Бальдо, «для японской "
           "кухни»), long-grain, parboiled, basmati, jasmine, brown rice and the rice-and-millet mix excluded"),
        ("огурцы длинные 2 шт в салат", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000205870"],
            "perekrestok": ["3301324"],
        }, "fresh long (long-fruited) cucumbers: Дикси «Огурец длинноплодный, 1 шт», Перекрёсток «Огурцы длинные, "
           "1шт»; «2 шт» is a quantity; medium-/short-fruited cucumbers and cucumbers of unstated length, pickled "
           "cucumbers excluded"),
    ]),
    # L16 детям
    ("сок фрутоняня яблоко 2шт, юбилейные печеньки к чаю, растишку 4 штучки", [
        ("сок фрутоняня яблоко 2шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00080427", "ЦТ0017501"],
            "perekrestok": ["67047"],
        }, "ФрутоНяня apple juice (яблочный осветлённый, 0.2 л and 0.5 л); «2шт» is a quantity; ФрутоНяня mixed "
           "juices (яблоко-виноград, -вишня, -персик), pear juice, nectars, apple purees and drinks excluded"),
        ("юбилейные печеньки к чаю", {
            "pyaterochka": [],
            "magnit": ["23c5c2875e", "4ecdd613ad", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every Юбилейное cookie (витаминное, молочное, with glaze, Овсяное); Останкино «Юбилейная» sausage and "
           "Julius Meinl «Юбилейный» coffee excluded"),
        ("растишку 4 штучки", {
            "pyaterochka": ["3463087", "3476289", "3503854"],
            "magnit": ["1000187936", "1000211109", "1000320906", "1000320907", "1000334603", "1000559788",
                       "1000568730", "1059990444", "8000022358", "8000022363", "8000050475"],
            "dixy": ["2000216292", "2000280864", "2000342715"],
            "perekrestok": ["3629034", "4023796", "4045396", "4045398", "4341332", "4356575"],
        }, "every Растишка children's dairy product (творог/творожок, spoonable and drinking yoghurt, milkshake): "
           "the brand names the product here and the user did not name a kind; «4 штучки» is a quantity; other "
           "brands' children's dairy (Агуша, ФрутоНяня, Тёма) excluded"),
    ]),
    # L17 чай с подругой
    ("зеленый чай с жасмином пакетированный, пряников к чаю, сахарку кускового пачку, один лимончик", [
        ("зеленый чай с жасмином пакетированный", {
            "pyaterochka": [],
            "magnit": ["45d9a874e0"],
            "dixy": [],
            "perekrestok": [],
        }, "green tea with jasmine in bags: Принцесса Ява «Жасмин, 25 пакетиков»; plain and other flavoured green "
           "teas, Tess «Гет Энерджи с ароматом киви и жасмина» (not stated green), black teas and jasmine "
           "household goods excluded"),
        ("пряников к чаю", {
            "pyaterochka": [],
            "magnit": ["00fc72aa0c", "19b02edf30", "a7710b95fa"],
            "dixy": ["2000572672"],
            "perekrestok": ["3057544", "4213198"],
        }, "пряники of any kind (Стойленские, chocolate, заварные клюква, with orange blossom and candied peel, "
           "glazed «Северные»); no kind was written and all are пряники; Green Milk «Имбирный пряник» soy drink "
           "excluded"),
        ("сахарку кускового пачку", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["10E0076829", "2000350151", "2000468691", "2000538871"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (кусковой / прессованный), any pack; granulated sugar (incl. Магнит «Сахар-песок … "
           "Рафинированный»), brown cane lump sugar (Мистраль, Маркет, Market Collection - a different product) "
           "excluded"),
        ("один лимончик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, "fresh lemons, loose or in 2-packs («один» is a quantity); the lime-lemon mix, ginger-lemon set, "
           "lemon-flavoured drinks, sweets and household goods excluded"),
    ]),
    # L18 селёдка под шубой
    ("селедка тихоокеанская слабосоленая, свеколка кило на шубу, майонез 67 процентов самый дешевый, морковки 2 шт на шубу", [
        ("селедка тихоокеанская слабосоленая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["9419", "4352006"],
        }, "lightly salted Pacific herring, whole or fillet: Перекрёсток «Сельдь тихоокеанская слабосолёная» and "
           "«Сельдь Москва на Волне Олюторская слабосолёная» (Olyutorsky herring is Pacific - outside knowledge); "
           "lightly salted herring of unstated origin (Перекрёсток 300+/350+/400+/500+, «Сельдь филе "
           "слабосолёная», Русское Море бочковая), Atlantic herring, Pacific herring that is «солёная» not "
           "«слабосолёная» or in oil/wine/mayonnaise (Пр!ст, Royal Fish, Капитанская Бочка, Балтийский Берег "
           "по-царски), canned herring (Магнит Доброфлот) excluded"),
        ("свеколка кило на шубу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["13998", "2143053", "3368257", "3378167", "4208428", "4299508", "4375880", "45532",
                            "786", "92844"],
        }, "fresh raw beetroot, loose, netted, bagged, in bunches, «молодая» and the fresh-cut Белая Дача "
           "«Сладкая свежая резаная»; «кило» is a quantity; boiled/cooked beet (варёная, отварная), peeled beet "
           "whose title does not say raw («Свёкла целая очищенная», «Свекла очищенная», Маркет Fresh «очищенная "
           "соломка»), chard (мангольд), dried beet, seeds and beet salads excluded"),
        ("майонез 67 процентов самый дешевый", {
            "pyaterochka": ["3277400"],
            "magnit": ["1000014596", "1000016691", "1000077734", "1000108624", "1000169172", "1000179908",
                       "1000233673", "1000277219", "1000348713", "1000356802", "1000422623",
                       "1000501598", "1000556519", "1000556521", "1728400015", "1728400030",
                       "1799700138", "1799900201", "1b1e1ef668", "2c23c84574", "56ff8ec751",
                       "7a519275b4", "7d31b46ae3", "8000023980", "8000045827", "8000045828",
                       "8000056331", "b624a9bb8a", "da818e4a20", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000176263",
                     "2000186981", "2000202331", "2000202369", "2000204803", "2000265115",
                     "2000306265", "2000429651", "2000530112", "2000539317", "2000567053",
                     "2000570511", "2000572811", "2000599457", "ЦТ0027566", "ЦТ0040573",
                     "ЦТ0044024", "ЦТ0045065"],
            "perekrestok": ["2047206", "2108609", "2162564", "3016147", "3029014", "3163111", "3193489", "3335647",
                            "3389322", "3412258", "3419671", "3425669", "3425670",
                            "3467275", "3636361", "3640161", "3674577", "3677986",
                            "3695167", "4072721", "4105769", "4199312", "4225978",
                            "4259097", "4259098", "4261699", "4279915", "4284062",
                            "4297819", "4331497", "4331500", "4331515", "4331518",
                            "78193"],
        }, "mayonnaise whose title states 67%, any brand and size (Провансаль, Классический, Оливковый, на "
           "перепелиных яйцах, с лимонным соком, «Чистый», with avocado oil - oil/egg variants, not flavours); "
           "«самый дешевый» is a wish; other fats (50.5%, 55%, 61%), titles without a fat % (Махеевъ 655 мл, Я "
           "люблю готовить 700 г), «Сливочный» mayonnaise (a flavour), mayonnaise sauces (Постный, Лёгкий, "
           "Тартар, Сырный, Коул-слоу) and herring in mayonnaise excluded"),
        ("морковки 2 шт на шубу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4191099", "4299784", "60529"],
        }, "fresh raw carrots, loose or packed (washed, на подложке, mini, «для сока» 1 кг); «2 шт» is a "
           "quantity; boiled peeled carrots (Дмитровские Овощи), Korean carrot salads, mixes, juices, purees and "
           "pet food excluded"),
    ]),
    # L19 пиво
    ("пиво светлое 4 бутылки, кальмарчика сушеного пакетик к пивку, горбуша холодного копчения", [
        ("пиво светлое 4 бутылки", {
            "pyaterochka": [],
            "magnit": ["0c7af2aa41", "1b3181a9dc", "2e39130955", "3ea97ca924", "409bf95866", "42f69bfc00",
                       "4b9214b25a", "5efbef1867", "63c65170c7", "69a66b3a0f", "72ef636633",
                       "7e7ff281a0", "8f5e8411f3", "9f7d0a8f2d", "ae5974fdda", "b22153f240",
                       "b4204a2237", "bc158ed1af", "c7cb3e4e83", "cdadff0fd2", "cff5b47f4d",
                       "e2bedcaafd", "e5d1876122", "ee4fd3d93d", "f66314d40a"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic beer titled светлое (filtered or not, lager, pilsner, wheat, IPA, Бланш), any size; «4 "
           "бутылки» is a quantity, and titles rarely name the container, so it is not checked, except that "
           "BAVARIA «ж/б» (a can, not a bottle) is excluded; dark beer, alcohol-free beer, flavoured «пивной "
           "напиток» (Amstel, Балтика №0, Dr.Diesel, Green Beat, Tony's Garret, Мишенька под вишенкой, KONIX "
           "Cherie), Эдельвейс «Напиток пивной» (not titled светлое) and медовуха excluded; Дикси and Перекрёсток "
           "offer no light beer"),
        ("кальмарчика сушеного пакетик к пивку", {
            "pyaterochka": [],
            "magnit": ["fd129d68ed"],
            "dixy": ["2000175972", "2000175974"],
            "perekrestok": [],
        }, "plain dried squid snack: Магнит SOLONINA «сушено-вяленый, полоски», Дикси Сухогруз «сушеный» and "
           "«Кольца кальмара … солено-сушеные»; Магнит «КАЛЬМАР, Сушеный, вкус краба» (flavoured), frozen squid, "
           "squid salads and pastes excluded"),
        ("горбуша холодного копчения", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4353726"],
        }, "cold-smoked pink salmon: Люди Любят «Горбуша филе-ломтики холодного копчения, 150г»; lightly salted "
           "and dried горбуша, canned горбуша, cold-smoked кета/нерка and chopped red-fish mixes excluded"),
    ]),
    # L20 морепродукты
    ("креветки варено мороженые 1кг, гребешок мороженый полкило, мидии в раковине", [
        ("креветки варено мороженые 1кг", {
            "pyaterochka": [],
            "magnit": ["543e4295ac", "acf5d0e7eb", "d757ba985f", "daa53ea23d"],
            "dixy": ["2000559411", "2000563411", "2000595631"],
            "perekrestok": ["3331822", "3420956", "3464112", "3647723", "3686756", "4269760", "4269762", "4343270",
                            "4357329", "4362236", "4363720"],
        }, "shrimps whose title says cooked-frozen (варено-/варёно-мороженые, AURORA «в/м»), peeled or not, any "
           "size and pack («1кг» read as the quantity of a frozen seafood bought by weight, not a pack size); "
           "raw-frozen (сыромороженые, свежемороженые), shrimps whose title does not say cooked (Магнит "
           "аргентинские красные, Дикси Мореслав/Нортон Королевские, Перекрёсток «Королевские 50/70 "
           "замороженные», Кинг Фрост, Camimex, Ваннамей), shrimps in brine or marinade, shrimp dishes and "
           "shrimp-flavoured goods excluded"),
        ("гребешок мороженый полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no scallops in any chain (only «Петушиные гребешки» pasta)"),
        ("мидии в раковине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain mussels in the shell: the only in-shell mussels, Перекрёсток St.Andrews «в раковине в "
           "томатно-чесночном / чесночно-сливочном соусе / соусе из белого вина», are sauced ready products "
           "(plain mussels excluded flavoured ones); mussel meat (Vici, Санта Бремор, Меридиан…) and Перекрёсток "
           "«Мидии черноморские» / Vici «чилийские варено-мороженые» (shell not stated) excluded"),
    ]),
    # L21 консервы и салат
    ("сайра натуральная 3 банки, печень трески баночку, горошка зеленого банку в салат, картошечка молодая 1 кг", [
        ("сайра натуральная 3 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no saury (сайра) in any chain; canned sardine, mackerel, sprats and tuna are other fish"),
        ("печень трески баночку", {
            "pyaterochka": [],
            "magnit": ["43e66c8a47"],
            "dixy": [],
            "perekrestok": [],
        }, "canned cod liver: Магнит «Печень трески ВКУСНЫЕ КОНСЕРВЫ По-мурмански, 185г»; cod roe and fish pastes "
           "excluded"),
        ("горошка зеленого банку в салат", {
            "pyaterochka": [],
            "magnit": ["02059b03ae", "077ca9bca9", "08e4c89d92", "118e7a3919", "334fc1acba", "68a96163bf",
                       "7e3054a87f"],
            "dixy": ["0230306094", "10A0036580", "1100075857", "2000118079", "2000163949", "2000189884",
                     "2000313797", "2000313828"],
            "perekrestok": ["16791", "19134", "2035571", "27460", "3026306", "32340", "3350744", "3360308",
                            "3447858", "3483842", "3504837", "3628006", "3635251",
                            "3951175", "4004677", "4011800", "4059535", "4188483",
                            "4192227", "4206921", "4211849", "4273266", "4274246",
                            "4283761", "4380317", "77114"],
        }, "canned green peas, any brand and can (incl. «молодой», «нежный», «деликатесный», «без сахара», the "
           "4.15 кг Бояринъ tin; Зелёная Линия «Горошек Изысканный, 450г» and Грин Рэй/6 соток «молодой» taken as "
           "canned green peas - outside knowledge); «банку» is a quantity; frozen peas, fresh sweet/sugar-snap "
           "peas («Горошек сладкий»), peas with carrot, split peas, microgreens, peppercorns and dog food "
           "excluded"),
        ("картошечка молодая 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no title offers new (молодой) potatoes; ordinary and «Бэби» potatoes do not state молодая and the "
           "written variety is required; Перекрёсток «Картофель молодой с паприкой и чесноком запеченный» is a "
           "cooked dish"),
    ]),
    # L22 на дачу
    ("тушенку говяжью 3 банки на дачу, гречки ядрицы 2 пачки на дачу, кофе нескафе голд пакет", [
        ("тушенку говяжью 3 банки на дачу", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "738a6cb8b8", "84ac027a5b", "cdc0e084b1"],
            "dixy": ["2000192964", "2000220776", "2000258591", "2000302684", "2000313236", "2000408120",
                     "2000415753", "2000557431", "T000000869"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef (Говядина тушёная), any brand and can; «3 банки» a quantity, «на дачу» a purpose; "
           "stewed pork, turkey, horse meat and cabbage with sausages excluded"),
        ("гречки ядрицы 2 пачки на дачу", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392",
                     "2000539995", "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128", "3438178",
                            "3446736", "3477255", "3493533", "3600743", "3603166",
                            "3667612", "3674200", "3694322", "3696237", "39155",
                            "3994791", "4009020", "4019310", "4059000", "4061364",
                            "4090171", "4353613", "53673", "6847"],
        }, "roasted buckwheat groats (ядрица), loose, quick-cooking/steamed or in boiling bags; titles without "
           "«ядрица» (Makfa, Тёплые Традиции, Увелка, Пассим, Агро-Альянс, Нижегородская, Мистраль, Prosto, plain "
           "«Гречка») taken as ядрица - no продел is on sale (outside knowledge); green buckwheat, Националь "
           "«Гречка … Камолино» (the title names a rice variety), flakes, flour, soba, porridges, baby food and "
           "ready buckwheat dishes excluded"),
        ("кофе нескафе голд пакет", {
            "pyaterochka": [],
            "magnit": ["07b5ff6b13", "0c262c177c", "5937914f18", "5ed1824f2e", "67ebe44e72", "e29b86ab6b",
                       "eab407b5dd"],
            "dixy": ["2000144529", "2000225116", "2000225117", "2000587951", "ЦТ0000119"],
            "perekrestok": [],
        }, "every Nescafé Gold instant coffee (Голд, Голд Арома, Голд/Gold Barista, Gold Alta Rica), any size; "
           "the pack type («пакет» = soft pack vs glass jar) is not stated in the titles and is not used as a "
           "filter; Nescafé Classic/Classic Crema, 3-in-1 drinks, other brands' «Gold» coffees (Jacobs, Чибо, "
           "Черная карта, Jardin, Milagro, Monarch) excluded"),
    ]),
    # L23 хе из кеты
    ("кета свежемороженая на хе, лук синий, уксус столовый бутылку, кинзы пучочек на хе", [
        ("кета свежемороженая на хе", {
            "pyaterochka": [],
            "magnit": ["02dc19cfac"],
            "dixy": [],
            "perekrestok": [],
        }, "raw chum salmon: Магнит «ПФ из рыбы Кета потр б/г (изгот из морож сырья)» - gutted headless кета from "
           "frozen stock sold at the counter, taken as what a shopper asking for frozen кета buys (judgement, as "
           "for «навага мороженая»); lightly salted and cold-smoked кета slices (Перекрёсток Люди Любят) and "
           "chopped red-fish mixes excluded"),
        ("лук синий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3016771"],
        }, "«синий лук» = red (purple) onion in everyday speech (outside knowledge): Перекрёсток «Лук репчатый "
           "красный, 500г»; yellow onions, dried onion and onion snacks excluded"),
        ("уксус столовый бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no table vinegar (столовый уксус, the plain 6-9% vinegar) in any chain; Перекрёсток's «Уксус "
           "виноградный … натуральный 6%» is a grape (wine) vinegar, a different kind, and olives «с винным "
           "уксусом» are no vinegar"),
        ("кинзы пучочек на хе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603793"],
            "perekrestok": [],
        }, "fresh coriander leaves: Дикси «КИНЗА 1 УПАКОВКА 75Г» («пучочек» is a quantity); ground coriander "
           "seed, parsley and products «с кинзой» excluded"),
    ]),
    # L24 пельмени
    ("пельмешки сибирские 1 кг, сметанки 15-процентной баночку, кетчуп хайнц к пельменям, хлебушка черного буханку на стол", [
        ("пельмешки сибирские 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 1 kg pack of «Сибирские» pelmeni: the written 1 kg names the pack of a packaged good and every "
           "pelmeni pack on sale is 0.7-0.9 кг; besides, «Сибирская коллекция» is a brand and Цезарь «Гордость "
           "Сибири» a product name, not the «Сибирские» kind (a brand word in a name does not make the product)"),
        ("сметанки 15-процентной баночку", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785",
                       "1000461810", "1000463648", "1000553874", "1000558440", "1899900582",
                       "2645f50028", "8000035449", "8000057502", "8000068594", "8000072734",
                       "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034",
                     "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "4221356",
                            "4226994", "4246009", "4264297", "4320001", "4335470",
                            "4349771", "4349772"],
        }, "sour cream of exactly 15%, any brand and pack, incl. lactose-free; «баночку» is a quantity (the "
           "container is not stated in titles); sour cream «из топлёных сливок» (a flavour variant), Пятёрочка "
           "garlic «пикантная» sour cream, other fats and sour-cream products excluded"),
        ("кетчуп хайнц к пельменям", {
            "pyaterochka": ["2157308", "2157309", "3273905", "3273907", "3387265"],
            "magnit": [],
            "dixy": ["2000033799", "2000143160", "2000143225", "2000538777"],
            "perekrestok": ["4116830", "4116848", "4154517", "4157356", "4157697", "4157702", "4157703", "4157704",
                            "4157803", "4207051", "4225365", "4274971", "4274972",
                            "4274973", "4295650", "4295651", "4295653"],
        }, "every Heinz ketchup (томатный, острый, суперострый, итальянский, с чесноком, для гриля и шашлыка, "
           "укроп-петрушка, incl. Перекрёсток «Кетчуп Heinz Pikador …»); Дикси «Кетчуп Pikador» (no Heinz in the "
           "title), Heinz sauces, mayonnaise and vegetables, and other brands' ketchups excluded"),
        ("хлебушка черного буханку на стол", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2000243", "2024150", "2053660", "2060872", "3126329", "3382146", "3617422", "3624125",
                            "3627134", "3631465", "3634576", "3658457", "3931337",
                            "3945535", "3953836", "3965436", "3974719", "3974720",
                            "4049144", "4074396", "4148558", "4149554", "4164733",
                            "4276930", "4329404", "4354623", "4361611", "78034786",
                            "78034810"],
        }, "black bread = rye or rye-wheat bread: Бородинский, Дарницкий, ржаной (Старосельский, Рижский, "
           "Каравай, Дарница, Экохлеб, Грiдневъ, Зелёная Линия 100%, Батард Ржаной) and ржано-пшеничный loaves, "
           "whole, half or sliced («буханку» is a unit); Столичный and Двинский taken as rye-wheat and "
           "Пумперникель as black rye bread (outside knowledge); the Ржаной Край brand breads (brand word only), "
           "Даниловский «зерновой», white, wholegrain wheat and unstated breads (Ароматный, Деревенский, "
           "Крестьянский, Солодовый, Монж, Ржевский), raisin bread, crispbread and croutons excluded"),
    ]),
    # L25 фрукты
    ("мандарины китайские 2 кг, хурму полкило, яблоки фуджи", [
        ("мандарины китайские 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Chinese mandarins: Дикси «Мандарины сладкие» do not state the origin the user asked for "
           "(judgement: the written origin is required); olives «с мандарином» excluded"),
        ("хурму полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000015856"],
            "perekrestok": [],
        }, "fresh persimmon: Дикси «Хурма»; «полкило» is a quantity"),
        ("яблоки фуджи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48645"],
        }, "Fuji apples: Перекрёсток «Яблоки Fudzi»; other varieties (Гала, Голден, Гренни Смит, Ред делишес, "
           "Джонаголд, Симиренко, Крипс Пинк…) excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftwNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftw\d\d ===$", line):
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
                    errors.append("ftw%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftw%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftw"))
