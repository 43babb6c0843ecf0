#!/usr/bin/env python3
"""Re-create fresh_basket_eval_uj.jsonl -- 25 shopping lists of two brothers who run a car repair garage and eat there
(instant noodles, sausages, bread, energy drinks, snacks, beer snacks, hand soap, rags, rubbish bags, paper, and a few
things for their families at home), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_uj.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_uj.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; every item was then re-checked by listing all in-stock titles
matching its stem that were not accepted.  The note of each item records what was accepted, what was deliberately
left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable
(the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fuj01, fuj02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_uj.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_uj.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (3, "паста для очистки рук", "мыло для рук жидкое"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 обед в гараже: дошик, сосиски, батон, майонез
    ("даширак говяжий коробку, сосиски молочные пачки 3, батон нарезной 2 шт свежий, майонез махеев пару пачек", [
        ("даширак говяжий коробку", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Доширак instant noodles with beef flavour: Перекрёсток «Доширак Чан рамен … с острой говядиной» 120 г and "
           "Пятёрочка «Доширак, чан рамен, корейская» 120 г (the same 120 g Чан рамен line; its flavour is taken from the "
           "Перекрёсток title - outside knowledge that Чан рамен is the spicy-beef line); «коробку» is a quantity (a carton "
           "of packs); «даширак» is read as the brand Доширак, so BigBon «Говядина с томатным соусом», Роллтон «с "
           "говядиной» and Доширак potato mash «со вкусом курицы» are excluded"),
        ("сосиски молочные пачки 3", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["1752cd8c83", "b2525e4143", "c890078deb", "f72f36dddd"],
            "dixy": ["2000125037", "2000300143", "2000322511", "2000572752", "2000600471", "2000602632"],
            "perekrestok": ["3198697", "3390152", "3416253", "3464086", "4100629", "4175216", "4276248", "4329781"],
        }, "sausages of the «Молочные» recipe, any brand and pack (incl. Магнит 100 g weighed units and Индилайт «Молочные "
           "из индейки»); «пачки 3» is a quantity; Вязанка «Молокуши», Окраина «с натуральным молоком», сливочные, венские, "
           "детские and other recipes, and «Колбаса … Молочная» excluded"),
        ("батон нарезной 2 шт свежий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "white loaf of the «Нарезной» recipe, whole or sliced (Коломенское Нарезной 400 г, Пр!ст «Нарезной классический "
           "нарезка», Маркет «Нарезной нарезанный» 190 г and «Нарезной улучшенный»); «2 шт» and «свежий» are quantity and "
           "wish; other loaves (Батон Новый, к завтраку, Молочный, Утренний, Отрубной, Горчичный, Зерновой, plain «Батон, "
           "300г») are other recipes and excluded; no батон нарезной in Пятёрочка, Магнит or Дикси"),
        ("майонез махеев пару пачек", {
            "pyaterochka": [],
            "magnit": ["1000077733", "1000077734", "1000498096", "1000520539", "1000558908", "269c8ab257", "2c23c84574",
                       "5861fc587f", "d8bbb63f48", "ddda8365b8"],
            "dixy": ["2000593851", "2000602611", "T000005518", "ЦТ0040573"],
            "perekrestok": ["2047206", "2093561", "4339442"],
        }, "every Махеевъ mayonnaise (Провансаль, с лимонным соком, оливковый, на перепелином яйце, белый; any size); other "
           "Махеевъ products (ketchup, mustard, jam, marinades, sauces) and other mayonnaise brands excluded; «пару пачек» "
           "is a quantity"),
    ]),
    # L02 энергетики и семки
    ("адреналин раш 6 банок\nred bull 0.5 пару\nсемки от мартина 3 пачки\nчипсы lays сметана лук большую пачку", [
        ("адреналин раш 6 банок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the classic Adrenaline Rush is not on sale; the only Adrenaline offers are sugar-free (Дикси «Adrenaline без "
           "сахара», Перекрёсток «Adrenaline Rush без сахара»), excluded as a different variant (a brand without a "
           "qualifier means the classic product, as Hoegaarden ≠ its alcohol-free drink in set d); other energy drinks "
           "(Burn, Red Bull, E-ON, Volt, Tornado…) excluded"),
        ("red bull 0.5 пару", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3173468"],
        }, "Red Bull in the 473 ml can (Red Bull's largest can, which is what «0.5» names - outside knowledge: there is no "
           "0.5 l Red Bull); the 355 ml cans (Магнит, Перекрёсток) are another pack size and excluded; «пару» is a "
           "quantity; other brands excluded"),
        ("семки от мартина 3 пачки", {
            "pyaterochka": [],
            "magnit": ["5cbde10c7f", "f87f37880a"],
            "dixy": ["2000151864", "2000196729", "2000277205", "2000282287", "2000285542", "2000300666", "2000540213",
                     "2000562834"],
            "perekrestok": ["3072541", "3348828", "3403508", "3469303", "3624461", "3630849", "3661124", "3669122", "3669391", "3669392",
                            "4280033", "4280034", "3695680"],
        }, "От Мартина sunflower seeds of any kind and size (отборные, белые, чёрные, полосатые, особенные, Мегапапа, с "
           "солью / без соли, Молодёжные); «семки» = sunflower seeds, so От Мартина pumpkin seeds are excluded, as are "
           "other brands (От Атамана, Джинн, Бабкины, Богучарские, Белочка…); Перекрёсток «Семечки подсолнечные Молодёжные "
           "отборные обжаренные» (no brand in the title) taken as От Мартина's Молодёжные line (outside knowledge; Дикси "
           "titles that line «От Мартина Молодежные»); «3 пачки» is a quantity"),
        ("чипсы lays сметана лук большую пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000330912", "2000568012", "ЦТ0044994"],
            "perekrestok": [],
        }, "Lay's «Сметана и лук» of any size incl. the ridged «Рифленые» 225 g; «большую пачку» is a wish, not a size, so "
           "the 70 g pack is kept; other Lay's flavours (Сметана и зелень, Молодой зелёный лук, Белые грибы со сметаной, "
           "сыр, краб, соль) and the mixed 37 g «Зеленый лук/Сметана и зелень/Краб» excluded"),
    ]),
    # L03 гараж: руки, ветошь, мешки, перчатки
    ("мыло для рук жидкое, ветошь пару кило, мешки мусорные 120л пару рулонов, перчатки рабочие х/б 10 пар", [
        ("мыло для рук жидкое", {
            "pyaterochka": ["2156702"],
            "magnit": ["05b54fbbbb", "0950efec36", "0cb75b0290", "195c09bcbd", "1f41be18d5", "2539c26fd9", "2d8d4f118f",
                       "314189cc1c", "395d3dc41c", "5c167bfb88", "627234dc4a", "6cb0cbb9b8", "71857a9509", "88aee1bd17",
                       "a83d606130", "ab93591c26", "aedf77402b", "af1a4a2fd7", "bbf17b51de", "c2cd737592", "c31e1b2585",
                       "e70ce68862", "ece4ff1781", "ef11e1d9b0", "f86784dad8", "fcb39eaa2b"],
            "dixy": ["2000343460", "2000448582", "2000575551", "2000605355", "2000605356", "ЦТ0041378"],
            "perekrestok": ["3670708", "4201031", "4201033", "4250593", "4276537", "4347139"],
        }, "REPLACED item (blind draft: «паста для очистки рук», which no chain carries): liquid hand soap of any brand, "
           "scent and size - «мыло жидкое», «жидкое мыло», liquid «крем-мыло» in bottles (250 ml-3.5 l), foam soap "
           "«мыло-пенка», antibacterial and children's liquid soaps; bar soaps (туалетное, банное, твёрдое крем-мыло 80-190 "
           "g), shower gels, shampoos, hand creams and antiseptic gels excluded"),
        ("ветошь пару кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no wiping rags (ветошь) in any chain; wet wipes and sponges are other products"),
        ("мешки мусорные 120л пару рулонов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 120 l rubbish bags in any chain; Магнит «Мешки для мусора … Био ушки 60л» is another size (120 l names the "
           "bag)"),
        ("перчатки рабочие х/б 10 пар", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no work gloves (cotton or otherwise) in any chain"),
    ]),
    # L04 ролтон, докторская, бородинский, кетчуп
    ("ролтон курица 10 пачек, колбаса докторская полкило, бородинский хлеб буханку, кетчуп хайнц пару бутылок", [
        ("ролтон курица 10 пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Роллтон instant noodles with chicken are not on sale; «ролтон» without a product word is read as the brand's "
           "classic product, the instant noodles, so Дикси «Пюре картофельное Роллтон с куриным вкусом» (instant mash), "
           "Роллтон «Бульон», Роллтон pasta and Перекрёсток «Вермишель Роллтон … с говядиной» (beef) are excluded"),
        ("колбаса докторская полкило", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374", "6e16b1777a",
                       "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca", "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "boiled sausage «Докторская» of any brand and pack, incl. sliced packs, 100 g weighed units, Царицыно "
           "«Докторская Особая» and Мясницкий ряд «Докторская от шефа»; «полкило» is a quantity; «Сосиски … Докторские» and "
           "other boiled sausages excluded"),
        ("бородинский хлеб буханку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "3624125", "3974719", "4329404"],
        }, "Бородинский bread of any bakery, whole, part loaf or sliced («буханку» read as a unit); Ржаной Край, Дарницкий "
           "and other dark breads, BEERKA «Бородинские» croutons and the brand МД Бородина (sausages) excluded"),
        ("кетчуп хайнц пару бутылок", {
            "pyaterochka": ["2157308", "2157309", "3273905", "3273907", "3387265"],
            "magnit": [],
            "dixy": ["2000033799", "2000143160", "2000143225", "2000538777"],
            "perekrestok": ["4116830", "4116848", "4154517", "4157356", "4157697", "4157702", "4157703", "4157704", "4157803", "4207051",
                            "4225365", "4274971", "4274972", "4274973", "4295650", "4295651", "4295653"],
        }, "every Heinz ketchup (томатный, острый, суперострый, итальянский, для гриля и шашлыка, с чесноком, "
           "укроп-петрушка; any size, incl. the Heinz Pikador ketchups whose Перекрёсток titles say Heinz); «пару бутылок» "
           "is read as a quantity, so the Пятёрочка дой-пак packs are kept; Дикси «Pikador» without Heinz in the title, "
           "Heinz sauces (сырный, цезарь, барбекю, горчичный, гранатовый), Heinz mayonnaise, purees and other ketchup "
           "brands excluded"),
    ]),
    # L05 пельмени со сметаной и горчицей
    ("пельмени сибирская коллекция 3 пачки, сметана 20% банку, горчица ядреная русская", [
        ("пельмени сибирская коллекция 3 пачки", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        }, "every Сибирская коллекция pelmeni (фирменные, Новосибирские, с мраморной говядиной, Сочные со сливочным "
           "маслом); «3 пачки» is a quantity; other brands (Мираторг, Цезарь «Гордость Сибири», Горячая штучка, Grandmeni…) "
           "excluded"),
        ("сметана 20% банку", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404", "1000574405",
                       "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355", "4229625", "4241375",
                            "4250761", "4320002", "4376610"],
        }, "sour cream of exactly 20 % fat, any brand and pot size («банку» is a quantity); 10/15/25/30 % sour cream, "
           "Пятёрочка's 15 % garlic sour cream, Ряба «Сметанный» mayonnaise, sour-cream-flavoured chips/croutons and "
           "«Сметанковый» cheese excluded"),
        ("горчица ядреная русская", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["2143139", "2153858", "3120635", "3332502", "3333301", "3372044", "3416298", "3435016", "4229364", "4273279",
                            "4276808", "4337617"],
        }, "ready mustard of the «Русская» kind, any brand (Махеевъ, Столичная, Русские закуски, Главпродукт, Тапако, ЕЖК, "
           "Семилукская трапеза, Маркет, Gustoff, Натурово); «ядреная» (hot) is read as a taste word, not a variety - "
           "Russian mustard is the hot kind - so ЕЖК «Русская Ядрёная жгучая» and the other plain Русская mustards are all "
           "accepted; Русская «С хреном», «Зернистая», Dijon/Bavarian/other mustards, mustard powder, mustard oil and "
           "mustard sauces excluded; Магнит and Пятёрочка carry no ready mustard"),
    ]),
    # L06 кофе-брейк: 3в1, рафинад, печенье, сгущёнка
    ("кофе 3в1 маккофе коробку, рафинад коробку, печенье юбилейное к кофе 3 пачки, сгущенку 2 банки на кофе", [
        ("кофе 3в1 маккофе коробку", {
            "pyaterochka": [],
            "magnit": ["03b9d053de"],
            "dixy": [],
            "perekrestok": [],
        }, "MacCoffee 3-in-1 instant coffee drink (Магнит sells the 20 g stick; «коробку» is a quantity); MacCoffee "
           "«Капучино Ди Торино», «МакШоколад», MacCoffee ground espresso (Дикси) and other brands' 3-in-1 (Nescafé, "
           "Jacobs, Жокей, Maxwell House, Московская кофейня) excluded"),
        ("рафинад коробку", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["10E0076829", "2000350151", "2000468691", "2000538871"],
            "perekrestok": ["4092763"],
        }, "white lump sugar («прессованный» / «кусковой», any size; «коробку» is a quantity); Магнит «Сахар-песок … "
           "Рафинированный» (granulated), cane lump sugar (Мистраль, Маркет, Market Collection), granulated and vanilla "
           "sugar excluded"),
        ("печенье юбилейное к кофе 3 пачки", {
            "pyaterochka": [],
            "magnit": ["23c5c2875e", "4ecdd613ad", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every Юбилейное cookie (традиционное, молочное, с глазурью, овсяное); «к кофе» and «3 пачки» are purpose and "
           "quantity; Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» coffee excluded"),
        ("сгущенку 2 банки на кофе", {
            "pyaterochka": [],
            "magnit": ["1000003186", "1000129520", "1000383833", "1000427075", "1000564283", "66294fd8e5", "8000034052",
                       "be9bed5042", "cc9252c04f", "dedd707721"],
            "dixy": ["2000014518", "2000165425", "2000186451", "2000309566", "T000025031"],
            "perekrestok": ["2123014", "3376242", "3484257", "3491930", "3913111", "4147345", "4211054", "4218934"],
        }, "sweetened condensed milk (сгущённое с сахаром / цельное 8.5 %, any pack incl. the Дикси 650 g sachet and the 1 "
           "% Пр!ст); Рогачевъ and Алексеевское titles without «с сахаром» (8.5 %) taken as the sweetened kind (outside "
           "knowledge: unsweetened condensed milk is sold as «стерилизованное»); «2 банки» and «на кофе» are quantity and "
           "purpose; варёная сгущёнка, «с кофе», «вкус печенье», Моя цена «Продукт молочный Сгущенка» and desserts with "
           "condensed milk excluded"),
    ]),
    # L07 бичпакеты и сардельки
    ("бичпакеты 20 штук\nсардельки кило подешевле\nхлеб черный 2 буханки\nгорчица к сарделькам", [
        ("бичпакеты 20 штук", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": ["ЦТ0037844"],
            "perekrestok": ["3664094", "3947754"],
        }, "any instant noodles in a pack («бичпакет» = cheap instant noodles): Доширак «Чан рамен» 120 g, BigBon 85 g, "
           "Роллтон «Вермишель По-домашнему с говядиной» 85 g; «20 штук» is a quantity; instant mash (Роллтон, Доширак, "
           "Бизнес меню), Быстринка soup, dry wheat/egg/buckwheat/rice noodles, funchoza and ready noodle dishes (Главобед, "
           "Шеф) excluded"),
        ("сардельки кило подешевле", {
            "pyaterochka": ["3411852"],
            "magnit": ["1d9befa508", "d7c3fb2448"],
            "dixy": ["2000605431"],
            "perekrestok": [],
        }, "sardelki of any kind (свиные ГОСТ, Сочные 100 g weighed units, Велком «Велкомовские копченые» - smoked sardelki "
           "are still sardelki, nothing else was written); «кило» and «подешевле» are quantity and wish; сосиски and "
           "колбаски excluded; Перекрёсток carries none"),
        ("хлеб черный 2 буханки", {
            "pyaterochka": [],
            "magnit": ["6929a8d5f0"],
            "dixy": ["2000195093"],
            "perekrestok": ["3382146", "3624125", "3974719", "4329404", "2053660", "3627134", "3953836", "3974720", "4074396", "4354623",
                            "3126329", "3658457", "3965436", "2000243", "3631465", "4149554", "2060872", "3617422", "4276930", "4148558",
                            "4164733", "78034786", "3455614", "78034810", "2024150", "3634576", "4049144", "4361611", "3931337"],
        }, "black bread = rye or rye-wheat loaves, whole, halves or sliced: Бородинский, Дарницкий, ржаной, ржано-пшеничный "
           "(Каравай Столовый, Даниловский, Деревенский, Чусовской, Самарский), Батард Ржаной; judgements resting on "
           "outside knowledge: Столичный (Хлебный Дом, Щелковохлеб, Черемушки) taken as rye-wheat black bread, Пумперникель "
           "as black rye bread, and Коломенский «Ржаной край заварной» (and Магнит's plain «РЖАНОЙ КРАЙ, нарезка») as a "
           "dark rye-wheat custard bread; Ржаной Край «зерновой», wheat-rye «Хлебец пшенично-ржаной», breads with raisins "
           "or garlic, the rye wafer crispbread «Елизавета» and white/grain/other loaves of unclear kind (Ароматный, "
           "Двинский, Боярский, солодовый, Ржевский) excluded; «2 буханки» is a quantity"),
        ("горчица к сарделькам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "2000582072", "ЦТ0021675"],
            "perekrestok": ["21001", "21002", "2143139", "2153858", "3120635", "3285595", "3297748", "3332502", "3333301", "3333328",
                            "3358711", "3358713", "3372044", "3416298", "3435016", "3438145", "3456246", "3980912", "3995313", "3995314",
                            "4149116", "4152778", "4152780", "4229364", "4229365", "4268545", "4273279", "4276808", "4337616", "4337617",
                            "4337618"],
        }, "any plain ready mustard (Русская, столовая, дижонская, зернистая, баварская, французская, домашняя, "
           "деревенская, «burger & hot-dog»); «к сарделькам» is a purpose; flavoured mustards (с хреном, с мёдом, fruit "
           "mustards byJam, Кинто «Скорпион» chili), whole mustard seeds, mustard powder, mustard oil and "
           "mustard/honey-mustard sauces excluded; Магнит and Пятёрочка carry no ready mustard"),
    ]),
    # L08 к пиву
    ("кириешки бекон 5 пачек, арахис соленый пачек 5, жигулевское пиво 4 банки по 0.5, вобла штуки 3", [
        ("кириешки бекон 5 пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Кириешки in any chain; other croutons and rusks (Фишка, Хрусteam, 777, Воронцовские, BEERKA, Гренковъ…) are "
           "other brands"),
        ("арахис соленый пачек 5", {
            "pyaterochka": [],
            "magnit": ["81631c53d8"],
            "dixy": [],
            "perekrestok": [],
        }, "plain salted roasted peanuts (Семушка «жареный, соленый» 150 g); flavoured Chico&Rico peanuts (сыр, бекон, "
           "васаби, Мексика), salted nut mixes (Solonina), peanuts in sugar, halva and peanut sweets excluded; «пачек 5» is "
           "a quantity"),
        ("жигулевское пиво 4 банки по 0.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Жигулёвское» beer in any chain; Магнит «Жигули Барное / Экспорт / ИПА» is another brand (trap), Дикси "
           "«Жигули Барное Манго-маракуйя» a flavoured beer drink, Перекрёсток «Яблоки Жигулевские» apples"),
        ("вобла штуки 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no vobla (dried roach) in any chain; other dried fish snacks (ставридка, корюшка, анчоусы, путассу, горбуша) "
           "are other fish"),
    ]),
    # L09 энергетик, сникерсы, вода, стаканчики
    ("monster энергетик 4 шт, сникерсы 5 штук, вода 5л 2 баклажки, стаканчики одноразовые пачку", [
        ("monster энергетик 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Monster energy drink in any chain; other energy drinks (Burn, Red Bull, Adrenaline, Горилла, Flash Up…) are "
           "other brands"),
        ("сникерсы 5 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078665"],
            "perekrestok": [],
        }, "the classic Snickers chocolate bar: Дикси «Snickers Super» 80 g (classic recipe, bigger bar); Snickers «с "
           "миндалем» and «Пломбир» (other recipes/flavours), Snickers Minis (bite-size candies sold in 100 g / 1 kg bags, "
           "not bars) and Snickers ice cream excluded; «5 штук» is a quantity"),
        ("вода 5л 2 баклажки", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "c0d204fa30", "daea15c2c5"],
            "dixy": ["2000145479", "2000264455", "2000311289", "2000337258", "2000601611"],
            "perekrestok": ["2504", "3217460", "3373718", "3462773", "3674373", "4231308", "4263871", "4264399", "43693"],
        }, "still drinking water in 5 l bottles, any brand, incl. children's drinking water (Черноголовка Бэйби, Кидси, "
           "ФрутоНяня, Аквалайн «для ляль») - it is drinking water and nothing else was written, as children's milk counts "
           "as milk; «2 баклажки» is a quantity; 0.5-2.5 l bottles, flavoured waters and mineral waters in small bottles "
           "excluded"),
        ("стаканчики одноразовые пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable cups in any chain; ice cream «в вафельном стаканчике» and disposable razors («станки "
           "одноразовые») are traps"),
    ]),
    # L10 хозяйство: салфетки, мешки, губки
    ("салфетки влажные для рук пачку побольше, пакеты для мусора 60л рулона 3, губки кухонные упаковку", [
        ("салфетки влажные для рук пачку побольше", {
            "pyaterochka": [],
            "magnit": ["2499871", "337392b1b2", "36ac79cfc0", "4655517315", "47dd423390", "667fad1c9c", "73ec40a66f", "9022eaa3a8",
                       "bd449a17ff", "c3df2e5787", "d50c79a365", "e5cc67293e"],
            "dixy": [],
            "perekrestok": [],
        }, "wet wipes for the skin, any size: universal, antibacterial, scented and children's wipes (Каспер, Pampers, "
           "Huggies - usable for hands; «для рук» is a purpose and «пачку побольше» a wish, so 15-piece packs are kept); "
           "intimate-hygiene wipes, Aura wipes «д/поверхностей», wet toilet paper (Мон Рулон, Kleenex), laundry «салфетки» "
           "K2R, dry paper napkins and facial tissues excluded; only Магнит carries wet wipes"),
        ("пакеты для мусора 60л рулона 3", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l rubbish bags (Магнит «Мешки для мусора … Био ушки 60л, 20шт»); «рулона 3» is a quantity; no rubbish bags "
           "elsewhere"),
        ("губки кухонные упаковку", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen dish sponges (Магнит «Губки для посуды … Макси, 5шт»); the Дивидик shoe sponge and bath sponges "
           "(мочалки) excluded"),
    ]),
    # L11 картофельное пюре с колбасками
    ("пюре картофельное роллтон 6 шт, охотничьи колбаски полкило, ржаной хлебушек буханку, огурчики маринованные банку к картошке", [
        ("пюре картофельное роллтон 6 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000162971", "2000577651", "ЦТ0023259"],
            "perekrestok": [],
        }, "Роллтон instant mashed potato of any flavour (с говядиной, с куриным вкусом, сыр с чесноком и зеленью); «6 шт» "
           "is a quantity; Доширак, «Бизнес меню», Пр!ст and Кунцево instant mash, ready mash (Перекрёсток Select, "
           "Картошечка) and other Роллтон products excluded"),
        ("охотничьи колбаски полкило", {
            "pyaterochka": ["3385825"],
            "magnit": ["704a1e1642"],
            "dixy": [],
            "perekrestok": [],
        }, "«Охотничьи» smoked sausages (МДБ «Колбаски Охотничьи п/к» 230 g, Дмитрогорский «Колбаски ОХОТНИЧЬИ, "
           "полукопченые» 100 g weighed unit); «полкило» is a quantity; Дикси Царицыно «Колбаса Охотничья сырокопченая» (a "
           "sausage stick, not колбаски), Кинто «охотничий» sauce, «Сыр ОХОТНИЧИЙ» and other колбаски excluded"),
        ("ржаной хлебушек буханку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3126329", "3658457", "3965436", "2000243", "3631465", "4149554", "78034810", "3931337"],
        }, "bread whose title says it is rye (Дарница «ржаной подовый» half, Каравай «Ржаной» half sliced, Экохлеб "
           "«Фермерский ржаной», Самарский «Старосельский ржаной», Рижский Хлеб «Ржаной», Зелёная Линия «100% ржаной», "
           "Грiдневъ «100% ржаной на закваске», «Батард Ржаной»); «буханку» is read as a unit (halves and sliced loaves "
           "accepted); rye-wheat breads (Бородинский, Дарницкий, «ржано-пшеничный»), the brand «Ржаной Край», rye garlic "
           "baguette, rye croutons and the rye wafer crispbread «Елизавета» excluded"),
        ("огурчики маринованные банку к картошке", {
            "pyaterochka": ["3231209"],
            "magnit": ["7c2811d92a", "adb393075f", "b83846e7e3", "e8630c700b", "ec376f9811"],
            "dixy": ["2000148383", "2000180487", "2000200415", "2000208489", "2000348876", "T000005987"],
            "perekrestok": ["2050041", "2101582", "3180523", "3472384", "3499242", "3504166", "3662073", "3976234", "4061841", "4078446",
                            "4106670", "4107404", "4121991", "4265436", "4307368", "4321954", "4343529", "4367072", "4379606", "71250"],
        }, "marinated cucumbers and gherkins in jars, any brand and size (incl. Лукашинские «с хреном и смородиной» / «с "
           "пряной зеленью» - ordinary pickling herbs); Дядя Ваня «По-берлински» and «По-французски» titles without "
           "«маринованные» (Магнит, Перекрёсток) taken as marinated because the same products are titled «маринованные» in "
           "Дикси; «банку» and «к картошке» are quantity and purpose; salted, barrel and lightly salted cucumbers "
           "(«соленые», «бочковые», «малосольные»), the honey-mustard «По-Дижонски», jars whose titles do not say how they "
           "are preserved (Магнит Скатерть-Самобранка корнишоны 720 мл, Шесть соток «хрустящие», Пятёрочка «Корнишоны "
           "Закарпатские», Globus with juniper, Лукашинские «По-старорусски»), mixed vegetable assortments, fresh cucumbers "
           "and cream cheese with pickles excluded"),
    ]),
    # L12 тушёнка с макаронами
    ("тушенка говяжья 6 банок, рожки макароны 3 пачки, кетчуп шашлычный пару штук", [
        ("тушенка говяжья 6 банок", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "738a6cb8b8", "84ac027a5b", "cdc0e084b1"],
            "dixy": ["2000192964", "2000220776", "2000258591", "2000302684", "2000313236", "2000408120", "2000415753",
                     "2000557431", "T000000869"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef (Говядина тушёная, any brand and tin size); «6 банок» is a quantity; stewed pork, turkey, "
           "horse meat, chicken in its own juice, fresh beef and stewed cabbage with sausages excluded; Пятёрочка carries "
           "none"),
        ("рожки макароны 3 пачки", {
            "pyaterochka": ["2049747"],
            "magnit": ["367d4ecfc8", "6e98aa8b36", "f20a2d2027"],
            "dixy": ["2000544352", "2000572794", "2000005384", "2000005385", "2000575212"],
            "perekrestok": ["3435299", "4273871", "4328907", "4340660", "82772", "4199587"],
        }, "dry pasta of the рожки (elbow) shape, any brand and size: «Рожки», «Рожки Большие», «Рожок», «Витой рожок», "
           "«Рожок-полубублик», Maltagliati «Рожок крупный», the Моя цена 3 kg pack and Роллтон «Рожки с оливковым маслом»; "
           "Maltagliati «Chifferini Rigati» taken as рожки (outside knowledge: chifferi are the Italian elbow macaroni); «3 "
           "пачки» is a quantity; the tomato-spinach coloured «Рожок Малютка» (flavoured), other shapes (улитки, pipe "
           "rigate, ракушки, спирали, перья), ice cream «рожок» and curd desserts excluded"),
        ("кетчуп шашлычный пару штук", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225", "2000194769", "2000309687"],
            "perekrestok": ["2157566", "3673190", "3684511", "3941584", "4116848", "4149866", "4157803", "4207051", "4227932"],
        }, "ketchup for shashlik: titles «Шашлычный», «для шашлыка», «К шашлыку и грилю», «для гриля и шашлыка» / «Гриль и "
           "шашлык» (Махеевъ, Круглое лето, Слобода, Помидорка, Пр!ст, Heinz incl. «укроп-петрушка для шашлыка»); «пару "
           "штук» is a quantity; tomato, hot, garlic, Italian, lecho and Слобода «Гриль» ketchups, shashlik marinades and "
           "sauces excluded"),
    ]),
    # L13 чай
    ("липтон чай 100 пакетиков, сахар 1кг 2 пачки, овсяное печенье пачки 2, сушек пакет побольше", [
        ("липтон чай 100 пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Lipton tea in 100-bag packs in any chain (100 bags names the pack); Пятёрочка Lipton Yellow Label 25 bags is "
           "another pack size, Lipton iced tea and «Ice Tea» drinks are other products"),
        ("сахар 1кг 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs (the size names the pack): Дикси «Сахар-песок белый, фасованный, 1 кг», "
           "Перекрёсток «Сахар белый песок, 1кг» and «Сахар Советский Экстра, 1кг» (taken as granulated - outside "
           "knowledge); «2 пачки» is a quantity; lump sugar (прессованный/кусковой 1 kg), cane sugar, 900 g / 750 g / 5 kg "
           "packs and vanilla sugar excluded"),
        ("овсяное печенье пачки 2", {
            "pyaterochka": ["3613445", "3613448"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000214298", "2000225711", "2000235792", "2000325940", "2000349045", "2000351526", "2000529080",
                     "2000251113"],
            "perekrestok": ["2023501", "2091843", "3218321", "3412681", "3438892", "3505244", "3603607", "3613445", "3613448", "3663100",
                            "3681160", "3681278", "3901907", "3951119", "4017837", "4024594", "4032428", "4113987", "4123144", "4172266",
                            "4172267", "4251005", "4258982", "4283932", "4283939", "4284221", "4315655"],
        }, "plain oatmeal cookies of any brand and pack: классическое, домашнее, особое, злаковое ассорти / 5 злаков, "
           "постное, безглютеновое, sweetened with fructose/sorbitol/maltitol, children's ФрутоНяня; oatmeal cookies with "
           "an added taste or filling (изюм, шоколад, глазурь, яблоко-корица, мёд-орехи, кунжут, клюква-малина, "
           "абрикос-цукаты, лён-стевия, топинамбур), protein flapjacks and bars, and «Изюминка» (Перекрёсток, name = raisin "
           "cookie - judgement) excluded; oat flakes, porridge, oat drinks and purees «с овсяным печеньем» excluded; «пачки "
           "2» is a quantity"),
        ("сушек пакет побольше", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": ["4280136"],
        }, "сушки: Невская сушка «Сушки-мини маковые» (poppy seed is the traditional сушка topping - judgement) and Зелёная "
           "Линия «Сушки Ладожский малышок без сахара»; «пакет побольше» is a wish; баранки (bigger, another product), "
           "Italian taralli with garlic (Nina Farina «Тараллини»), соломка and сухари excluded"),
    ]),
    # L14 домой семье
    ("молоко 3.2 домой 2 пакета, яйца домой десяток, творог 5% домой, бананы детям кило", [
        ("молоко 3.2 домой 2 пакета", {
            "pyaterochka": ["2144368"],
            "magnit": ["1000049786", "1000122658", "1000127183", "1000139951", "1000172272", "1000244834", "1000323041",
                       "1000445488", "1000553875", "1051242645", "1059990140", "1812450001", "1899800825", "18ca387556",
                       "4aff59ccac", "8000026014", "8000026015", "8000058295", "8000081425", "be3e0e74c3"],
            "dixy": ["10J0077073", "2000066819", "2000238271", "2000509793", "2000557212", "2000560951", "2000594992",
                     "2000600213"],
            "perekrestok": ["3668699", "4162259", "3668953"],
        }, "drinking cow milk of exactly 3.2 % fat, pasteurised, UHT or sterilised, any pack (bottles and 200 ml packs too; "
           "«2 пакета» and «домой» are quantity and purpose), incl. children's drinking milk (Агуша, Тёма, Аммм "
           "lactose-free «с 8 месяцев», Зелёная Линия «для детского питания с 8 месяцев») as in the earlier sets; топлёное "
           "milk, ranges 3.2-4 % / 3.2-6 %, Му-у «Для капучино», milk cocktails, oat drinks, kefir and ацидофилин excluded"),
        ("яйца домой десяток", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "1a8d487cea", "2047000007",
                       "2047000014", "2047000033", "3454700001", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425",
                     "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111", "3392204", "3421287",
                            "3432532", "3914040", "4012802", "4085790", "4085791", "4085792", "4168688", "4201192", "4201194", "4236458",
                            "4337164", "4339427", "4352464", "4364349"],
        }, "chicken eggs in packs of 10 («десяток»), any category (С0, С1, С2, отборные, высшей категории) and brand; packs "
           "of 6, 15, 20 and 30, quail eggs, smoked quail eggs and egg-containing products excluded"),
        ("творог 5% домой", {
            "pyaterochka": [],
            "magnit": ["1000208909", "1000224037", "1000306424", "1000372786", "1000377235", "1000400388", "1000426473",
                       "1000441658", "1000448251", "1000453157", "1000475531", "1000512632", "1000535923", "1000563526",
                       "1000572167", "1079990193", "161690c563", "1720c2be05", "2400019178", "3959a203ba", "8000030462",
                       "8000068592", "8000069908", "8000079349", "c7f0f0e5ec"],
            "dixy": ["2000227595", "2000244591", "2000309621", "2000322093", "2000410935", "2000512184", "2000539346",
                     "2000555052", "2000568077", "2000584511", "2000595413", "2000599971", "ЦТ0047040"],
            "perekrestok": ["3279582", "3617778", "3668864", "4050943", "4128957", "4153930", "4166368", "4223080", "4249284", "4274201",
                            "4294066", "4299495", "4302679", "4324116"],
        }, "plain cottage cheese of exactly 5 % fat, any brand and pack: traditional, рассыпчатый, мягкий/Нежный, plain "
           "зернёный (incl. «зерненый в сливках» without fruit), lactose-free Parmalat and Зелёная Линия «Биотворог детский "
           "… 5%»; 5.5 % (Домик в деревне мягкий), 3.5-4.5 % and 9 %, Кубанский молочник «из топленого молока», творог with "
           "fruit, jam or raisins (101 Зерно, Вкуснотеево с изюмом, Зелёная Линия с вареньем), Даниссимо and other curd "
           "desserts, сырки, masses and cream cheeses excluded; «домой» is a purpose"),
        ("бананы детям кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», «Бананы красные» - a dessert-banana "
           "variety, nothing else was written); «кило» and «детям» are quantity and purpose; Перекрёсток «Бананы для жарки» "
           "(plantains), dried/вяленые bananas, banana sweets, drinks and cosmetics excluded"),
    ]),
    # L15 перекус из морозилки
    ("сосиски в тесте замороженные, чебуреки 2 пачки, провансаль майонез пачку побольше", [
        ("сосиски в тесте замороженные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sausage rolls (frozen or otherwise) in any chain; plain sausages, chebureki, pizzas and «Чебупицца» are "
           "other products"),
        ("чебуреки 2 пачки", {
            "pyaterochka": [],
            "magnit": ["79b88187a6", "6f67dec2f2"],
            "dixy": [],
            "perekrestok": [],
        }, "chebureki: Горячая штучка «Чебуреки со свининой и говядиной» 360 g and Жаренки «Чебурек … с мясом» 85 g; «2 "
           "пачки» is a quantity; «Чебупицца» (a pizza snack), pies and pasties of other kinds excluded"),
        ("провансаль майонез пачку побольше", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077733", "1000077734", "1000169172", "1000179908", "1000233673", "1000277219",
                       "1000348713", "1000356802", "1000422623", "1000498096", "1000501598", "1000554514", "1000556519",
                       "1000556520", "1000556521", "1000558908", "1728400030", "1799700138", "2c23c84574", "56ff8ec751",
                       "7a519275b4", "7d31b46ae3", "8000045827", "d8bbb63f48", "da818e4a20", "ddda8365b8", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369", "2000204803",
                     "2000429651", "2000539317", "2000570511", "2000593851", "2000602611", "T000005518", "ЦТ0027566", "ЦТ0040573",
                     "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671", "3467275", "3674577", "3677986",
                            "4072721", "4105769", "4112954", "4199312", "4259097", "4259098", "4297819", "4331497", "4331500", "4331515",
                            "4331518", "4331533", "4339442", "78193"],
        }, "mayonnaise whose title names it «Провансаль», any brand, fat and size (classic 67 %, light 50.5 %, «с лимонным "
           "соком», «оливковый», «сметанный», «с маслом авокадо»; «Московский провансаль» of Я люблю готовить and the "
           "«Московский Провансаль Классический»); «пачку побольше» is a wish, not a size; mayonnaises not named Провансаль "
           "(оливковый, на перепелиных яйцах, Heinz, Я люблю готовить «Чистый»/«Домашний»), the «Московский Провансаль» "
           "brand's Сливочный / на перепелиных яйцах / Домашний variants (a brand word is not the variety), mayonnaise "
           "sauces and Пятёрочка's Ряба «оливковый» excluded"),
    ]),
    # L16 энергетики коробками
    ("энергетик горилла коробку, burn 2 банки, флеш ап 6 шт, coca cola 2л 3 бутылки", [
        ("энергетик горилла коробку", {
            "pyaterochka": [],
            "magnit": ["d14454fd02", "eaee7b7235"],
            "dixy": [],
            "perekrestok": [],
        }, "every Gorilla energy drink (Магнит «ГОРИЛЛА газированный» and «ГОРИЛЛА Манго», 0.45 l); «коробку» is a "
           "quantity; other energy drinks excluded"),
        ("burn 2 банки", {
            "pyaterochka": [],
            "magnit": ["6c553cceef"],
            "dixy": [],
            "perekrestok": ["4315389"],
        }, "the classic Burn energy drink («оригинальный», 449 ml and 330 ml cans); a brand without a qualifier means the "
           "classic product, so Burn flavours and lines (Яблоко-Киви, тропический микс, персик-манго / Zero без сахара, "
           "Gold Rush, Dark) are excluded, as are other brands; «2 банки» is a quantity"),
        ("флеш ап 6 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199222"],
        }, "the plain Flash Up energy drink (Перекрёсток «Flash Up Ultra Energy энергетический газированный» 450 ml - no "
           "flavour in the title); Flash Up «энергия мятный лайм» (a flavour) and other brands excluded; «6 шт» is a "
           "quantity"),
        ("coca cola 2л 3 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Coca-Cola in 2 l bottles in any chain (2 l names the bottle): Пятёрочка sells only 0.33 l cans (classic and "
           "sugar-free); Добрый Кола, Черноголовка Кола, Funky Monkey Cola and Pepsi are other brands"),
    ]),
    # L17 пятничное пиво
    ("сухарики три корочки 10 пачек\nфисташки соленые пару пачек\nпиво балтика 7 2 баклахи\nрыбки сушеной к пивку", [
        ("сухарики три корочки 10 пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Три корочки» croutons in any chain; Кириешки-like croutons of other brands (Фишка, Хрусteam, 777, "
           "Воронцовские, BEERKA, Гренковъ, Добрынов…) are other brands"),
        ("фисташки соленые пару пачек", {
            "pyaterochka": [],
            "magnit": ["8b9281613e", "b3ee07a59e", "cbb2d0c598"],
            "dixy": ["2000327653", "2000539534", "2000539549"],
            "perekrestok": ["2020566", "2049819", "3162277", "3411931", "3428414", "3451308", "3499562", "3638619", "3640863", "3660622",
                            "3900345", "3942813", "4066346", "4073982", "4090837", "4105870", "4207559", "4249887", "4259987", "4274180",
                            "4309728", "4369326", "49082", "49715", "72535"],
        }, "salted pistachios (titles saying солёные / с солью / подсоленные), packed or sold by weight, in shell or not; "
           "«пару пачек» is a quantity; pistachios without salt in the title (Семушка «очищенные», Good-Food, "
           "«неочищенные», raw, crushed, «сушеные»), other nuts and pistachio-flavoured goods excluded"),
        ("пиво балтика 7 2 баклахи", {
            "pyaterochka": [],
            "magnit": ["4b9214b25a"],
            "dixy": [],
            "perekrestok": [],
        }, "Балтика 7 Экспортное in the 1.3 l plastic bottle («баклаха» names the big plastic bottle); Балтика Крафти and "
           "alcohol-free Балтика №0 drinks excluded; «2» is a quantity"),
        ("рыбки сушеной к пивку", {
            "pyaterochka": ["342922fced"],
            "magnit": ["1d5c4bba58", "2955c1a6cb", "adac1fd7d0", "cedf126903", "863dcd83be", "624d38546e"],
            "dixy": ["2000162541"],
            "perekrestok": ["4357085"],
        }, "dried fish beer snacks: Дикси Мореслав «Желтый полосатик солено-сушеный», сушено-вяленые ставридка, анчоусы, "
           "путассу, солено-сушёная корюшка, «Рыбка янтарная» сушёная с перцем and вяленая горбуша соломка (colloquially "
           "«сушёная рыбка» covers вяленая beer fish - judgement); Магнит «СУХОГРУЗ Снэки рыбные Желтый Полосатик» taken as "
           "dried fish (outside knowledge; Дикси sells the same fish as «солено-сушеный»); dried squid (not fish), pig ears "
           "and ribs «к пиву», frozen fish and Русское море «Рыбка красная» (not dried) excluded; «к пивку» is a purpose"),
    ]),
    # L18 бумага и мыло
    ("бумажные полотенца 8 рулонов, туалетку 24 рулона, мыло жидкое 5л канистру", [
        ("бумажные полотенца 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["16ad542324", "1782e40b42", "2616a9cbe3", "32a9e59c4b", "4079668ed1", "84553e2983", "ce24df13d2"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen paper towels in rolls, any brand and pack (1, 2 or 4 rolls); «8 рулонов» is read as the number of rolls "
           "wanted (no 8-roll pack is on sale in any chain), not as a pack size; paper napkins, facial tissues and toilet "
           "paper excluded; only Магнит carries paper towels"),
        ("туалетку 24 рулона", {
            "pyaterochka": [],
            "magnit": ["013f5191a0", "0f9bdfbe08", "11634cf6c9", "2300103434", "24f2c70304", "328b9015fd", "475d902330",
                       "6189f05c16", "939f14debe", "9a0bd598be", "b0339ecad9", "be21812bf9", "be65d013c1", "cdc752b01e",
                       "e01188fba0", "e9a925895a", "f88b88076f"],
            "dixy": ["2000142974", "2000294361"],
            "perekrestok": ["75364"],
        }, "dry toilet paper in rolls, any brand, ply, scent or pack (4-12 rolls); «24 рулона» is read as the number of "
           "rolls wanted (no 24-roll pack is on sale), not a pack size; wet toilet paper (Мон Рулон «влажная», Kleenex "
           "«Влажная туал/бум»), paper towels and napkins excluded"),
        ("мыло жидкое 5л канистру", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 5 l liquid soap in any chain (5 l names the canister); the largest is Магнит Synergetic «Крем-мыло … 3,5л», "
           "another size; 300 ml-1 l liquid soaps excluded"),
    ]),
    # L19 малому домой
    ("памперсы 4 размер пачку, фрутоняня пюре яблоко 6 баночек, сок агуша пачек 6, печенье детское для малого", [
        ("памперсы 4 размер пачку", {
            "pyaterochka": [],
            "magnit": ["116d109416", "3b8b03027e", "53ba3d65f3", "db2998f897"],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers size 4 (Maxi, 9-15 kg), diapers or pants, any pack: «Трусики-подгузники PAMPERS 4 Maxi», «Трусики … "
           "Премиум Кеа, 4 Макси», «Подгузники … Актив Бейби Макси», «Трусики … Макси» (Maxi = size 4 - outside knowledge); "
           "«памперсы» is read as the brand Pampers (a brand written is required), so Huggies, Merries and Nani are "
           "excluded although the word is also used for any diaper - judgement; Pampers Midi/Junior/Extra Large and other "
           "sizes, and Pampers wet wipes excluded; «пачку» is a quantity"),
        ("фрутоняня пюре яблоко 6 баночек", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["2000227782", "T000007148"],
            "perekrestok": [],
        }, "ФрутоНяня single-fruit apple puree, any size (90-250 g; «6 баночек» is a quantity): Пятёрочка «Пюре ябл. … "
           "100г», Магнит «Пюре ФРУТОНЯНЯ, Яблочное, 100г», Дикси «Яблоко без сахара с 4 месяцев 90г» and «Яблоко … 250 г»; "
           "mixed purees (яблоко-банан, яблоко-персик(-сливки), яблоко-черника с печеньем, груша-яблоко…), other ФрутоНяня "
           "products and other brands excluded"),
        ("сок агуша пачек 6", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Агуша juice in any chain; Агуша «Напиток сокосодержащий» (Яблоко-Виноград, «Вода и сок»), Агуша морс and "
           "компот are other products (trap as in set d), and ФрутоНяня juices are another brand"),
        ("печенье детское для малого", {
            "pyaterochka": ["3648884"],
            "magnit": [],
            "dixy": ["2000529080"],
            "perekrestok": ["4113987", "4251005"],
        }, "children's cookies: Heinz «Детское печеньице» (Пятёрочка), ФрутоНяня oat cookies 50 g and 120 g (ФрутоНяня is a "
           "baby-food brand; the 50 g titles say «для детей»); «для малого» is a purpose; ordinary cookies, Скрепыши "
           "crackers, Gipopo and Фанни Ямми cookies (titles do not say they are for children) and purees «с печеньем» "
           "excluded"),
    ]),
    # L20 хот-доги
    ("бургеры в упаковке 4 шт, булки для хот догов 2 пачки, сосиски для хот догов, горчичка к хот догам", [
        ("бургеры в упаковке 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4371202"],
        }, "a packaged ready burger: Перекрёсток Select «Чизбургер с медово-горчичным соусом» 200 g; burger patties "
           "(Мираторг «Котлеты для бургеров», Vici «Бургеры рыбные» - frozen fish patties), buns, the pie «с начинкой "
           "Чизбургер» and Магнит's cheese «Чизбургер» excluded; «4 шт» is a quantity"),
        ("булки для хот догов 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4317073"],
        }, "hot-dog buns (Маркет «Булочка для хот-дога 4шт»); hamburger buns, brioche and other rolls excluded; «2 пачки» "
           "is a quantity"),
        ("сосиски для хот догов", {
            "pyaterochka": ["16676bb3f8", "3306014", "3631905"],
            "magnit": ["119aa8a644", "1752cd8c83", "2dd98ca456", "37c028c01a", "5215d6a234", "5ee4bc3c3d", "61299796c8",
                       "7c9f298d18", "9323828a10", "9b4b38b86e", "a71ef90bc4", "b2525e4143", "c09ecd22ea", "c7e784766f",
                       "c890078deb", "d08287067b", "f72f36dddd"],
            "dixy": ["2000125037", "2000174171", "2000181981", "2000190007", "2000231293", "2000279644", "2000286260",
                     "2000300143", "2000308550", "2000316003", "2000318804", "2000322511", "2000324158", "2000326151",
                     "2000330718", "2000418174", "2000424551", "2000513172", "2000528072", "2000563472", "2000565391",
                     "2000566631", "2000566633", "2000572752", "2000577622", "2000600471", "2000602632", "ЦТ0047282"],
            "perekrestok": ["3198697", "3207022", "3330134", "3347588", "3359555", "3390152", "3416253", "3434237", "3443810", "3460864",
                            "3464086", "3464088", "3486631", "3635837", "3653933", "3697463", "4045571", "4051414", "4062689", "4081069",
                            "4100627", "4100629", "4169220", "4175216", "4241464", "4276248", "4279045", "4316920", "4321243", "4329781",
                            "4332703", "4337765", "4337767", "4339153", "4342912", "4343709", "4344479", "4353596"],
        }, "no sausages sold as «для хот-дога», and «для хот догов» is a purpose, so every plain sausage (сосиски) of any "
           "recipe, meat, brand and pack is accepted (молочные, сливочные, венские, баварские, клинские, домашние, "
           "филейные, докторские, копчёные / подкопчённые, из индейки / птицы, детские, мини «Молокуши»); sausages with an "
           "added filling or taste (с сыром, с беконом, с брокколи и морковью, с тыквой, с моцареллой и базиликом), stewed "
           "cabbage with sausages, sardelki and колбаски excluded"),
        ("горчичка к хот догам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "2000582072", "ЦТ0021675"],
            "perekrestok": ["21001", "21002", "2143139", "2153858", "3120635", "3285595", "3297748", "3332502", "3333301", "3333328",
                            "3358711", "3358713", "3372044", "3416298", "3435016", "3438145", "3456246", "3980912", "3995313", "3995314",
                            "4149116", "4152778", "4152780", "4229364", "4229365", "4268545", "4273279", "4276808", "4337616", "4337617",
                            "4337618"],
        }, "any plain ready mustard (Русская, столовая, дижонская, зернистая, баварская, французская, домашняя, "
           "деревенская, Семилукская «burger & hot-dog»); «к хот догам» is a purpose; flavoured mustards (с хреном, с "
           "мёдом, fruit mustards, Кинто «Скорпион»), whole mustard seeds, mustard powder, mustard oil and mustard sauces "
           "excluded; Магнит and Пятёрочка carry no ready mustard"),
    ]),
    # L21 бутерброды
    ("колбаса сырокопченая подешевле, сыр российский кусок грамм 500, хлеба нарезного буханку", [
        ("колбаса сырокопченая подешевле", {
            "pyaterochka": ["3966938"],
            "magnit": ["012f52ac6f", "06d16516c6", "21cb360c4b", "2dbd01217d", "363ea9366e", "403c330318", "40d5bd1fe4",
                       "47ef8a1460", "48c30df1cf", "494e727a2c", "4a8c9560a0", "4ea41a31dc", "54d2bfe83d", "63dfb9d92b",
                       "64b09aa833", "65eabc7d3d", "6af3d2dba7", "6c0ebbb571", "9a7d190daf", "9cac16391e", "b1886148dd",
                       "d5889cdb3d", "e1bb99c49a", "f35109da30"],
            "dixy": ["2000284194", "2000310948", "2000397424", "2000402841", "2000413915", "2000539576", "2000546175",
                     "2000558771", "2000572231", "2000598631", "2000603172"],
            "perekrestok": ["4095329", "4100196", "4141051", "4321977", "4322133", "4338643", "4364470"],
        }, "dry-cured (сырокопчёная) sausage of any kind, brand and pack, incl. salami, «полусухая сырокопчёная» "
           "(Сальчичон, Чоризо, Фелино, Миланская), sliced packs and all-sausage assortments (Велком, Ремит Trio Mio); "
           "«подешевле» is a wish; half-smoked (полукопчёная: Венская, Финская, Домашняя салями), cooked-smoked (Сервелат "
           "Московский, Элитная), сыровяленая, salami without the kind in the title (Останкино «Салями ВЕНСКАЯ», Дымов "
           "«САЛЯМИ ФИНСКАЯ»), thin колбаски (Пиколини), the Сальчичон/Прошутто assortment (ham), bacon, balyk, carpaccio "
           "and hamon excluded"),
        ("сыр российский кусок грамм 500", {
            "pyaterochka": [],
            "magnit": ["1000057898", "1000316962", "f6d00325e6"],
            "dixy": ["2000209050", "2000397412"],
            "perekrestok": ["3629975", "3668882"],
        }, "Российский cheese in a piece, packed or by weight (Тендер, Белебеевский, Моя цена весовой, Брест-Литовск 200 g, "
           "Вкуснотеево, «Российский молодой» Пр!ст and Зелёная Линия); «кусок» is the form, so Брест-Литовск «Российский "
           "слайсами» is excluded; «грамм 500» is a quantity; the plant-fat «Продукт По-Российски» and other cheeses "
           "excluded"),
        ("хлеба нарезного буханку", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "643727af2a", "67f076fea4", "6929a8d5f0", "7fa10b807d", "a37c992f14", "fb4c130c20"],
            "dixy": ["2000195093", "2000203640"],
            "perekrestok": ["2053660", "3382146", "3455248", "3455614", "3455615", "3624125", "3627134", "3634576", "3658457", "3680023",
                            "3953836", "3965436", "3974719", "3974720", "4049144", "4074396", "4102687", "4159802", "4264947", "4276930",
                            "4287370", "4291434", "4318510", "4318511", "4318513", "4323651", "4323653", "4323654", "4329401", "4329402",
                            "4329404"],
        }, "«хлеб нарезной» read as sliced bread: every bread loaf (хлеб, батон, «хлебец» loaf) whose title says it is "
           "sliced («нарезка», «нарезанный»), white or dark, whole or part loaf («буханку» read as a unit); Коломенское "
           "«Батон … Нарезной» 400 g (the recipe name, sold unsliced) and loaves not sold sliced excluded - judgement: the "
           "word is also the name of the «батон нарезной» recipe; crispbread, croutons and lavash excluded"),
    ]),
    # L22 кофе
    ("кофе растворимый нескафе голд банку, сахар песок пакет, сливок для кофе пачку, печенюшки", [
        ("кофе растворимый нескафе голд банку", {
            "pyaterochka": [],
            "magnit": ["07b5ff6b13", "0c262c177c", "5937914f18", "5ed1824f2e", "67ebe44e72", "e29b86ab6b", "eab407b5dd"],
            "dixy": ["2000144529", "2000225116", "2000225117", "2000587951", "ЦТ0000119"],
            "perekrestok": [],
        }, "every Nescafé Gold instant coffee (Gold, Gold «сублимированный с молотым», Gold Barista, Gold Арома, Gold Alta "
           "Rica; any size); «банку» is read as a quantity (the titles do not say jar or refill pack); Nescafé Classic / "
           "Classic Crema and Nescafé 3-in-1 drinks excluded"),
        ("сахар песок пакет", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar of any pack size (Чайкофский 900 g / 750 g, фасованный 1 kg and 5 kg, Магнит "
           "«Сахар-песок … Рафинированный» 900 g, Советский Экстра 1 kg taken as granulated); «пакет» is a quantity; lump "
           "sugar, cane sugar (Брауни «Сахар-песок тростниковый», Маркет), vanilla sugar, icing sugar and coconut sugar "
           "excluded"),
        ("сливок для кофе пачку", {
            "pyaterochka": [],
            "magnit": ["1000006089", "1000052910", "1000071969", "1000128456", "1000144079", "1000290041", "1000350169",
                       "1000456519", "1000461011", "1000461012", "1000506066", "1000537609", "1000549783", "1812420003",
                       "1899911837", "3201860040", "913cd14db9"],
            "dixy": [],
            "perekrestok": ["3163857", "3431574", "4267107", "4267108", "4271735", "4316249", "44831", "44849", "68419"],
        }, "drinking cream of 10-20 % (стерилизованные, ультрапастеризованные, питьевые, portion cups «для кофе» 10×10 g, "
           "Valio «для кофе»); «для кофе» names coffee cream, so whipping cream («для взбивания», 33 %) is excluded, as are "
           "milk cocktails, «со вкусом сливок» spreads and teas, and sweets with cream; «пачку» is a quantity; Дикси and "
           "Пятёрочка carry no cream"),
        ("печенюшки", {
            "pyaterochka": ["3281716", "3414723", "3613445", "3613448"],
            "magnit": ["125da11669", "22d53303c6", "23c5c2875e", "2d33544c78", "2d6c3b194d", "2eddde78ab", "495e3c2092",
                       "4ecdd613ad", "68b382d22e", "69e944a251", "776c87216f", "857b65e2eb", "858769ffec", "ad7d7d8d7a",
                       "f4d02d704a"],
            "dixy": ["2000002140", "2000214298", "2000221434", "2000225711", "2000235792", "2000251113", "2000255652",
                     "2000325940", "2000327930", "2000347864", "2000349045", "2000351526", "2000419389", "2000529080",
                     "2000535032", "2000578691", "2000602074", "2000603031", "2000603032", "2000603633", "2000604751",
                     "2000604753"],
            "perekrestok": ["2023501", "2023502", "2091843", "2140253", "3035354", "3218321", "3412681", "3438892", "3505244", "3603607",
                            "3613445", "3613448", "3630266", "3639545", "3643376", "3658003", "3663100", "3680466", "3681160", "3681278",
                            "3688135", "3901906", "3901907", "3951119", "4017837", "4024594", "4032428", "4047851", "4047852", "4050870",
                            "4086029", "4113987", "4123144", "4152128", "4172266", "4172267", "4185824", "4202786", "4202788", "4202831",
                            "4237829", "4237830", "4251005", "4258982", "4279727", "4283932", "4283934", "4283939", "4284221", "4284222",
                            "4315655", "4315656", "4321922", "4321928", "4345400", "4356039", "4370424", "4370425", "91535"],
        }, "any cookies (every product sold as «Печенье»: oatmeal, Юбилейное, Oreo, Belvita, курабье, сахарное, сдобное, "
           "with fillings or glaze, protein and children's ФрутоНяня cookies); Heinz «Детское печеньице» (a dissolving "
           "baby-food biscuit), crackers, галеты, сушки, пряники, вафли, пирожные, chocolate with cookie pieces and "
           "purees/yoghurts «с печеньем» excluded"),
    ]),
    # L23 уборка
    ("fairy для посуды большую бутылку, освежитель воздуха в сортир, перчатки резиновые хозяйственные пары 2", [
        ("fairy для посуды большую бутылку", {
            "pyaterochka": [],
            "magnit": ["186ff3d636", "43a0e3032e", "4cf63843e3", "514b218200", "551d8403a9", "7c5bd74e06", "8d877b13ce",
                       "a401696a68", "a8a6d84ae6", "b3ebaa28e5", "bbb10983dd", "d076c21852", "d0bd1a2d49", "df2c291ad1"],
            "dixy": ["2000265727", "2000274013", "2000371202", "2000517533", "2000591971"],
            "perekrestok": ["4011474", "4141118"],
        }, "every Fairy hand dishwashing liquid (Сочный лимон, Platinum, Pure&Clean, Нежные руки, Жасмин и алоэ…, 430 "
           "ml-1.35 l); «большую бутылку» is a wish, not a size, so 430-450 ml bottles are kept; Fairy dishwasher tablets "
           "(«для посудомоечных машин», All in 1) and other brands excluded"),
        ("освежитель воздуха в сортир", {
            "pyaterochka": ["20712", "3212818", "3411982", "38668", "61286bc1eb"],
            "magnit": ["1c784cc14c", "201fbef8c1", "2af5feac40", "3ab0089226", "3df85dde9e", "42fe42c702", "4c2ba72398",
                       "50ca75614b", "5d8947bd9a", "5f6c2e8c1f", "668a740138", "7502cd94c3", "82650cc4a1", "8bf9c6d772",
                       "a83cb55b28", "a9459b85ec", "a96fb4722f", "ab92bcd615", "ac28f14d0a", "c6a21854cd", "cb27516695",
                       "d012e0d603", "d29ec4524b", "d373502e47", "d41ae64cf3", "d577be321d", "e19d49ff10", "e2fc4a6650",
                       "f5c85ed1cb"],
            "dixy": [],
            "perekrestok": ["3974933", "4212613", "4246858", "4370042"],
        }, "an air freshener usable on its own: aerosols of any brand and scent (Glade, Air Wick incl. Pure 250 ml, "
           "Симфони, Synergetic, Liberhaus, Arluni, Магнит) and complete dispenser/diffuser sets (Air Wick «+сменный "
           "баллон», «+держатель», «Диффузор+сменный флакон»); «в сортир» is a purpose; refills alone («сменный "
           "баллон/блок», «запасной блок», «аромамасло для диффузора») and the automatic Glade «AUTOM.» 269 ml (Пятёрочка) "
           "and Air Wick «Freshmatic» 250 ml (Перекрёсток) whose titles do not say whether the dispenser is included - "
           "judgement - excluded; toilet rim blocks and odour-neutralising soap excluded"),
        ("перчатки резиновые хозяйственные пары 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household rubber gloves in any chain"),
    ]),
    # L24 домой на выходные
    ("курицу целую 2 тушки, картошка сетку 5 кг, лук репчатый сетку 2 кг, масло подсолнечное бутылку", [
        ("курицу целую 2 тушки", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75", "bba6e25510"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная» and «Цыплёнок табака СВОЯ "
           "охлажденный» (a whole bird split for frying, unseasoned - judgement); «2 тушки» is a quantity; the marinated "
           "«Цыпленок табака ПЕТРУХА в маринаде» (flavoured), chicken parts (филе, бедро, крыло), duck, cooked chicken "
           "dishes and canned chicken excluded"),
        ("картошка сетку 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860", "43968", "769"],
        }, "fresh potatoes of any kind and pack (loose, washed packs, nets, Бэби 2 kg, отборный 2.5 kg, для варки / для "
           "жарки 3 kg, Чик-Чик 1 kg taken as fresh); «сетку 5 кг» is read as the quantity wanted of a weighed vegetable "
           "(as «картошка 5 кг» in the earlier sets), not as a pack size - no 5 kg net is on sale - judgement; boiled "
           "peeled potatoes, frozen chips and cut potatoes, sweet potatoes (батат), ready potato dishes and potato "
           "seasonings excluded"),
        ("лук репчатый сетку 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions (лук репчатый loose, packed 500-600 g, in a net, peeled «очищенный», and «Лук репчатый "
           "красный»); «сетку 2 кг» is read as the quantity of a weighed vegetable, not a pack size - judgement; dried and "
           "ground onion (Айдиго, Kotanyi), green onion, onion rings snacks and лукум excluded"),
        ("масло подсолнечное бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000210260", "2000268261", "2000290945",
                     "2000296713", "2000555852", "2000559953", "2000563791", "DI00079242", "ЦТ0039503", "2000154498",
                     "2000283309", "DI00080540"],
            "perekrestok": ["2007886", "2043188", "2068955", "2071663", "2093709", "2147548", "21676", "23714", "3426152", "3426155",
                            "3454645", "3478098", "3608379", "3642040", "3653773", "3683883", "3958632", "4022580", "4067112", "4149438",
                            "4269568", "4269569", "4277755", "4307791", "4311768", "6275", "97647", "2046261", "3340103", "64128",
                            "74883"],
        }, "pure sunflower oil in a bottle, refined or unrefined (incl. высокоолеиновое, вымороженное, «из жареных "
           "семечек», Getuva New Way, Аведовъ), any size; «бутылку» is a quantity; blends «с добавлением оливкового / "
           "миндального / льняного / зародышей пшеницы», Благо «смесь», flavoured Almador (чеснок, базилик, травы), the "
           "Altaria spray can, other oils and sunflower seeds excluded; Магнит and Пятёрочка carry no sunflower oil"),
    ]),
    # L25 перекус
    ("лапша биг бон, пирожки с мясом, кофе в банках холодный, шоколадки", [
        ("лапша биг бон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0037844"],
            "perekrestok": [],
        }, "BigBon instant noodles (Дикси «Лапша BigBon Говядина с томатным соусом с базиликом 85г»; no flavour was "
           "written); Доширак, Роллтон and other noodles excluded"),
        ("пирожки с мясом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no meat pies (пирожки с мясом) in any chain; Магнит «ПИРОЖОК печеный с начинкой Чизбургер» (another filling), "
           "chebureki, Loniki filo pies with feta and spinach, pelmeni and cakes (пирожное) are other products"),
        ("кофе в банках холодный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no canned ready-to-drink coffee in any chain; Магнит's milk coffee drinks (Slasty Story «Капучино» 245 ml, "
           "Natura Selection «Frappe» 250 g) are not said to be in cans, instant and ground coffee, MacCoffee sticks and "
           "condensed milk «с кофе» are other products"),
        ("шоколадки", {
            "pyaterochka": ["16430", "16432", "16615", "20393", "3067338", "3170181", "3197262", "3677292", "4024716", "45557", "45563",
                            "50047", "4053758"],
            "magnit": ["0071fb559e", "0481a74e51", "08e22e388e", "0c54d47b99", "10e6d7e476", "139ff320b9", "142e0dbdd9",
                       "15748facf4", "194dc492d5", "2032fb5a0b", "216f1d2f85", "2235fa66ff", "22c56a0ed9", "24430df087",
                       "24fef76bf3", "268b473a70", "298c9e25a1", "2a48a6605c", "2b68a42ddd", "2c5c666697", "34b14f4d9d",
                       "3f61cb8fc7", "46a83df51c", "5b739b266c", "6cfae67d2b", "6e9f4b5667", "72023ebb5a", "754614c426",
                       "7f2fc67594", "912985bec4", "9285ec1ef5", "9cfeca23ba", "a07886a689", "a9156051a6", "b91506c103",
                       "b97bf7842e", "bcde84a4a7", "bef3a33601", "c11e4b0943", "c1801c39ee", "ca645b45ff", "cd072d622d",
                       "cd30a216c3", "ceea9fe288", "d5635fb03d", "d5f2c8190a", "d8e11f8019", "def53248b5", "e1dde2301c",
                       "e29d69ec44", "e7518fbbda", "ed01a0e389", "f0d9c24d7f", "f0ff871a33", "f7d3306012", "fa24e80d9f",
                       "fbdae9857e"],
            "dixy": ["10F0045393", "1100072978", "2000000252", "2000001696", "2000001702", "2000001771", "2000001818",
                     "2000004713", "2000016728", "2000158980", "2000167601", "2000178894", "2000208143", "2000208184",
                     "2000215500", "2000220297", "2000220298", "2000223852", "2000227778", "2000227851", "2000231552",
                     "2000266303", "2000273675", "2000283718", "2000283723", "2000291803", "2000312445", "2000325968",
                     "2000326210", "2000326212", "2000326743", "2000328569", "2000348816", "2000435705", "2000436184",
                     "2000437558", "2000437793", "2000529891", "2000573912", "2000573952", "2000574951", "2000576196",
                     "2000578351", "2000585171", "2000589814", "2000591731", "2000593171", "2000594711", "2000598771",
                     "2000598791", "2000599291", "2000599293", "2000600734", "2000601375", "2000603611", "2000603831",
                     "DI00077739", "ЦТ0042895"],
            "perekrestok": ["3478916", "3484515", "3490519", "3685756", "3695418", "3995225", "4021002", "4074334", "4114351", "4121219",
                            "4182941", "4182942", "4182943", "4239023", "4258929", "4263670", "4268776", "4272335", "4287178", "4287180",
                            "4287181", "4291700", "4294523", "4294524", "4294525", "4305087", "4307131", "4307132", "4307133", "4307134",
                            "4312462", "4312463", "4312464", "4313144", "4313152", "4315403", "4329952", "4329958", "4329961", "4332386",
                            "4334741", "4334845", "4334846", "4336152", "4336222", "4340680", "4353882", "4356448", "4372367"],
        }, "chocolate bars (tablets) of any brand, kind, size and flavour - every product sold as «Шоколад …» incl. "
           "Пятёрочка's abbreviated «БАБАЕВ.Шоколад», «LINDT Шок.» and «РОС-ЩЕД.ДУШ.Шок.» and Дикси «Шоколадная плитка А4»; "
           "«шоколадки» is read as chocolate tablets, so candy bars sold as «батончик» (Snickers, Mars, Пикник…), chocolate "
           "sweets (конфеты), Kinder eggs and Kinder cakes, the chocolate «Бомбочка» with marshmallow, chocolate spreads, "
           "drinks, desserts and the croissant «Круассан-куб Шоколад» are excluded - judgement"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fujNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fuj\d\d ===$", line):
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
                    errors.append("fuj%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fuj%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fuj"))
