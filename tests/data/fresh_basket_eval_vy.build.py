#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vy.jsonl -- 25 shopping lists of a Korean-Russian (koryo-saram) family cooking
Tashkent-style (морковча, кимчи, фунчоза, кукси, хе, пянсе, плов and their ordinary groceries), hand-labelled
against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vy.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_vy.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fvy01, fvy02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vy.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vy.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (21, "зиру на плов", "приправу на плов"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 морковча
    ("морковь 3 кг на морковчу, приправа для моркови по-корейски 2 пачки, молотый кориандр для морковчи, масло подсолнечное рафинир. 2 бутылки", [
        ("морковь 3 кг на морковчу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "19345", "3368256", "60529", "4299784", "3463356"],
        }, "fresh raw carrots of any pack (loose, net, washed 200 g-1 kg, «для сока» 1 kg, mini carrots 250 g); «3 кг» and «на "
           "морковчу» are quantity and purpose, not filters; cooked peeled carrots (Дмитровские Овощи «варёная»), ready "
           "Korean carrot salads, carrot juices/purees/pet food excluded; Магнит and Пятёрочка carry no fresh carrots"),
        ("приправа для моркови по-корейски 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no seasoning for Korean carrots in any chain; the ready «Морковь по-корейски» salads, Maggi «Зажарка с морковью», "
           "Восточный гость / Kotanyi seasonings for plov, meat, potatoes are other products (trap)"),
        ("молотый кориандр для морковчи", {
            "pyaterochka": [],
            "magnit": ["4664254ad9"],
            "dixy": [],
            "perekrestok": [],
        }, "ground coriander seed (Восточный гость 20 г); fresh coriander leaves (Дикси «КИНЗА»), olives/cheese/juice «с "
           "кориандром/кинзой» excluded"),
        ("масло подсолнечное рафинир. 2 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "DI00080540", "2000283309", "2000005808", "2000555852", "2000154498",
                     "DI00079242", "2000005809", "2000003488", "ЦТ0039503", "2000563791", "2000210260"],
            "perekrestok": ["6275", "2093709", "2043188", "2068955", "4022580", "2007886", "3340103", "64128", "2046261",
                            "3426152", "3426155", "23714", "3454645", "3642040", "21676", "3478098", "2147548", "4277755",
                            "4269569", "4269568"],
        }, "refined sunflower oil in bottles of any size (0.5-2.7 l, incl. «высокоолеиновое рафинированное»); unrefined oils, "
           "blends «с добавлением оливкового/миндального/льняного», flavoured Almador (травы, базилик, чеснок), oils whose "
           "titles do not say refined (Аведовъ, Getuva New Way) and the Altaria refined spray 250 ml (a spray can, not a bottle) "
           "excluded; «2 бутылки» is a quantity"),
    ]),
    # L02 кимчи дома
    ("капуста пекинская 2 кочана\nперец красный молотый острый\nчеснок 3 головы покрупнее\nсоль каменная крупная для засолки капусты", [
        ("капуста пекинская 2 кочана", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Chinese (napa) cabbage in any chain; white cabbage, cauliflower, broccoli, sauerkraut and the white-cabbage "
           "kimchi of Лукашинские are other products"),
        ("перец красный молотый острый", {
            "pyaterochka": [],
            "magnit": ["5a67f90bb1"],
            "dixy": [],
            "perekrestok": [],
        }, "ground hot red pepper: Kotanyi «Чили, Молотый»; Kotanyi «Паприка, Перец красный молотый» (sweet paprika, not "
           "hot - outside knowledge), Восточный гость paprika, chili in a grinder (Пятёрочка KOTANYI «ЧИЛИ ОСТР.в мельн.», "
           "Магнит «Чили острый … Мельница» - whole pods, not ground), crushed pepper mixes, black pepper and marinated chili "
           "excluded"),
        ("чеснок 3 головы покрупнее", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "77278", "4018137", "51157"],
        }, "fresh garlic bulbs (loose, 1 шт, net 150 g, «ранний»); «3 головы покрупнее» is a quantity and a wish; peeled "
           "cloves (Фермерский «отборный зубчиками» - not heads), grated garlic, dried/granulated/smoked garlic, garlic salt and "
           "salted garlic excluded; Фермерский Чеснок 150 г taken as fresh bulbs (outside knowledge)"),
        ("соль каменная крупная для засолки капусты", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0044186", "DI00080806"],
            "perekrestok": ["3450465", "3613636", "3613637", "3255026"],
        }, "coarse (помол №1 / «крупная») non-iodised rock salt: Salina «каменная … помол №1», Илецкая помол 1 (Sol-Iletsk "
           "rock salt), «Соль поваренная пищевая крупная», Дикси «помол №1» 1 kg packs (taken as rock salt - outside knowledge: "
           "cheap помол №1 food salt is rock salt); «Экстра» (fine, evaporated), fine/medium sea salt (Магнит Мареман средняя), "
           "fine Himalayan, Adyghe and flavoured salts, dishwasher salt excluded"),
    ]),
    # L03 фунчоза
    ("фунчоза пару пачек, огурчики на фунчозу, соевый соус сэн сой классический, кунжут белый пакетик", [
        ("фунчоза пару пачек", {
            "pyaterochka": ["d7d44e6c8e"],
            "magnit": ["07265a036c"],
            "dixy": [],
            "perekrestok": ["3980622", "4326610"],
        }, "dry glass noodles (Домшим «вермишель Фунчоза», Зелёная Линия «Лапша Фунчоза бобовая»), incl. the Sen Soy pack "
           "«вермишель фунчоза и японский соус мисо» (dry funchoza with a sauce sachet); ready salads and mixes with funchoza "
           "(Кореяна, «Микс по-корейски», Шеф salads), rice noodles and Фо soups excluded"),
        ("огурчики на фунчозу", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "2098997", "3301324", "3255111", "2088998", "4072", "44569", "3632205", "2131726"],
        }, "fresh cucumbers of any kind (гладкие, колючие, длинные, короткоплодные, Бакинские, packs); pickled, salted, "
           "marinated cucumbers and gherkins in jars, «огуречный» cosmetics, yoghurts (stem inside «йогурт») excluded; Дикси "
           "«Огурцы корнишоны, в упаковке, 300 г» (no brine or jar named) and Перекрёсток «Огурцы Хрустящие» (sold by weight) "
           "taken as fresh (outside knowledge)"),
        ("соевый соус сэн сой классический", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000260452"],
            "perekrestok": [],
        }, "Sen Soy classic soy sauce; other soy sauces (Стебель Бамбука, Mivimex, Магнит), Sen Soy black-pepper sauce, Sen "
           "Soy rice and soba and the Sen Soy funchoza kit excluded"),
        ("кунжут белый пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4187582"],
        }, "white sesame seeds; buns, crackers, cashews, bread «с кунжутом» and the Гурмикс «Кунжутная» salad dressing "
           "excluded"),
    ]),
    # L04 рис и яйца
    ("рис круглый кило, морская капуста по-корейски, яичек десяток с1", [
        ("рис круглый кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["3231277", "3469128", "3469127", "4332035", "3674360", "3603169"],
        }, "white round-grain rice whose title says круглый/круглозерный/круглозёрный (incl. 5x80 g boil-in-bags and Мистраль "
           "Италика); «кило» is a quantity; sushi/«японской кухни» rice, Адриатика, Бальдо, Испанский, Пилаф, «для плова», "
           "long-grain, parboiled, brown rice, rice-millet mix and rice flour excluded (round grain not stated)"),
        ("морская капуста по-корейски", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000597411"],
            "perekrestok": [],
        }, "Korean-style seaweed salad (Дикси «Морская капуста с морковью по-корейски»); seaweed salad in cheese sauce, "
           "Мореслав seaweed salad with crab sticks, Midori fried seaweed snack and nori chips excluded"),
        ("яичек десяток с1", {
            "pyaterochka": [],
            "magnit": ["3454700001", "e5202b5cfd", "1000247384", "2047000033", "1000247393"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "hen eggs of category С1 («1 категории») in packs of 10; С0/СО/отборные, С2, СВ/высшей категории, packs of 6, 15, "
           "20, 30, quail and chocolate eggs excluded"),
    ]),
    # L05 свинина с соевым соусом
    ("свиная шейка полтора кило, репчатого лука 2 кило, соевый соус kikkoman бутылку, сахар белый килограмм", [
        ("свиная шейка полтора кило", {
            "pyaterochka": [],
            "magnit": ["afb09aae99"],
            "dixy": [],
            "perekrestok": ["912", "4363415"],
        }, "raw chilled pork neck (Черкизово 750 g, Перекрёсток «без кости», Хороший Кусок); «полтора кило» is a quantity; "
           "Перекрёсток «Шашлык из свиной шейки» (marinated shashlik), smoked-cooked «Шейка из свинины» and other pork cuts "
           "(корейка, окорок, лопатка, вырезка, грудинка) excluded"),
        ("репчатого лука 2 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (loose, net, packs, red «Лук репчатый красный», peeled fresh onion); «2 кило» is a quantity; "
           "dried onion (Kotanyi, Айдиго), onion-flavoured snacks and rahat-lukum excluded"),
        ("соевый соус kikkoman бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Kikkoman in any chain; the other soy sauces (Стебель Бамбука, Магнит, Mivimex, Sen Soy) are other brands, "
           "so not accepted for a brand the user named"),
        ("сахар белый килограмм", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs («килограмм» names the pack, as «сахар 1кг» in set g); Перекрёсток «Сахар "
           "Советский Экстра, 1кг» taken as granulated (outside knowledge); 900 g / 750 g / 5 kg packs (Чайкофский), pressed "
           "and lump sugar, cane, coconut and vanilla sugar excluded"),
    ]),
    # L06 заправка для салатов
    ("кунжутное масло для салатов, уксус 9% подешевле, кинза два пучочка, лук перо пучок", [
        ("кунжутное масло для салатов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sesame oil in any chain; the Гурмикс «Кунжутная» salad dressing (80 g sachet) is a dressing, not oil"),
        ("уксус 9% подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 9% table vinegar in any chain; Перекрёсток «Уксус виноградный … 6%» has another strength, "
           "balsamic cream and olives «с винным уксусом» are other products"),
        ("кинза два пучочка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603793"],
            "perekrestok": [],
        }, "fresh coriander leaves (Дикси «КИНЗА 1 УПАКОВКА 75Г»; a pack instead of a bunch, «два пучочка» is a quantity); "
           "ground coriander seed, detox juice and yoghurt with кинза excluded"),
        ("лук перо пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no green onion in any chain; bulb onions and chips «Молодой зелёный лук» are other products"),
    ]),
    # L07 кимпаб
    ("рис японский для суши, нори для кимпаба, огурцы свежие для кимпаба, крабовые палочки для кимпаба", [
        ("рис японский для суши", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3143475", "4285358"],
        }, "rice sold for sushi / Japanese cuisine (Sen Soy «для суши», Market Collection «для японской кухни»); plain "
           "round-grain rice not titled for sushi excluded"),
        ("нори для кимпаба", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no nori sheets in any chain; nori chips (Пятёрочка «Чипсы Нори», Дикси Naitori) and Midori fried seaweed are "
           "snacks (trap)"),
        ("огурцы свежие для кимпаба", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "2098997", "3301324", "3255111", "2088998", "4072", "44569", "3632205", "2131726"],
        }, "fresh cucumbers of any kind, as for «огурчики на фунчозу»; pickled/salted/marinated cucumbers excluded; Дикси "
           "packed «корнишоны» 300 g and Перекрёсток «Хрустящие» taken as fresh (outside knowledge)"),
        ("крабовые палочки для кимпаба", {
            "pyaterochka": [],
            "magnit": ["4f11f65802", "8a27ccab55"],
            "dixy": ["2000307177", "ЦТ0035069", "2000224260", "2000179155", "2000546772", "2000300878", "2000521851"],
            "perekrestok": ["45926", "4124683", "3204340", "26084", "2154175", "2154177", "3408151", "4157138", "4112613",
                            "3169222", "3210145", "3199420", "3659730", "4096079", "24998", "2043673", "3500653", "2162050",
                            "3458", "4291954", "4291955", "4034752"],
        }, "plain crab (surimi) sticks, chilled or frozen, incl. «Снежный краб», «с мясом краба», «Салатные», Vici «для "
           "рулетиков» and Vici «Палочки сурими»; «крабовое мясо» (as in set g), filled sticks (Crabe De L’amour with sauce, "
           "Краб-ролл / Лосось-ролл with cheese), crab salads and crab-flavoured snacks excluded"),
    ]),
    # L08 хе из рыбы
    ("минтай филе на хе, уксусная эссенция 70 процентов, перец чили свежий, лук для хе", [
        ("минтай филе на хе", {
            "pyaterochka": [],
            "magnit": ["21f5feb583", "b9c33693bc"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pollock fillet (Магнит «филе без кожи» 600 g, «МИНТАЙ филе» 1 kg); whole/headless pollock «тушка», "
           "Магнит «МИНТАЙ полуфабрикат» (not fillet), pollock mince, roe and cooked dishes excluded"),
        ("уксусная эссенция 70 процентов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no vinegar essence in any chain; 6% grape vinegar is not essence"),
        ("перец чили свежий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh chili peppers in any chain; ground/milled chili, marinated «Перец … Чили» (Дядя Ваня), chili ketchups, "
           "sauces and Chilean wines/mussels excluded"),
        ("лук для хе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions as for «репчатого лука 2 кило» (white or red, peeled fresh onion incl.); dried onion excluded"),
    ]),
    # L09 кукси
    ("лапша для кукси 2 пачки\nмякоть говяжья\nпомидоры на кукси\nяйца для кукси", [
        ("лапша для кукси 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4061768"],
        }, "no noodles sold «для кукси»; Домшим «Лапша Сомен пшеничная» (thin wheat noodles, the usual substitute - outside "
           "knowledge) accepted; lagman and beshbarmak noodles (thicker/flat), egg noodles, soba, funchoza, rice noodles, "
           "vermicelli/spaghetti and instant noodles excluded"),
        ("мякоть говяжья", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697004", "3917642", "4008468", "4314598", "1036", "1038", "3697006", "3077141", "46627",
                            "4373861", "4012", "3667501"],
        }, "raw boneless beef sold as a cut or pieces (мякоть, бедро мякоть, огузок, духовая, антрекот, шейная часть без кости, "
           "филей, ростбиф, гуляш); Мираторг Black Angus «Огузок» taken as boneless (outside knowledge); bone-in cuts (голень, "
           "лопатка на кости, грудинка для харчо, шейный отруб на кости), portion steaks (Минутка, Рибай, Tender etc.), "
           "mince, offal, люля-кебаб, stewed/cooked beef excluded"),
        ("помидоры на кукси", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000331828", "2000285867", "2000410142", "D000004968", "2000580825", "10E0075437", "2000303785",
                     "ЦТ0019904", "2000003231", "2000601471", "2000601472", "2000580827", "2000186544", "2000327738"],
            "perekrestok": ["4327416", "4335742", "4335744", "4378622", "4125409", "3383460", "4255159", "14809", "3657325",
                            "82521", "4375133", "2166", "14811", "42138", "3373662", "4377073", "4261327", "3695580",
                            "21292", "3383465", "4214021", "4217379", "2100224", "4272752", "11971", "3410591", "3634714",
                            "4381951", "4381952", "4371254"],
        }, "fresh tomatoes of any colour, size and variety incl. cherry and cocktail (convention of real_basket_eval); salted, "
           "marinated, canned, cut, sun-dried tomatoes, tomato paste/juice/sauces and «Теличерри» pepper excluded"),
        ("яйца для кукси", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "1000247190", "e5202b5cfd", "1000247378", "1000247384",
                       "1000247234", "8000092349", "1a8d487cea", "44e0856421", "2047000033", "1000247393"],
            "dixy": ["2000588991", "2000326489", "2000601112", "2000596671", "2000269323", "2000269325", "2000212529",
                     "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4322003", "4201192", "4201194", "4168688", "4339427", "4364349", "4263543", "3392204", "4337164",
                            "3421287", "3914040", "3001671", "4236458", "3355250", "4085790", "4088955", "4229222",
                            "4085792", "4076991", "2109476", "2109474", "3303858", "4085791", "2131763", "3950938",
                            "3182856", "3182853", "3624328", "4012802", "4352464", "3062838", "3356111", "3432532",
                            "2131762"],
        }, "hen eggs of any category and pack size; quail eggs (incl. smoked), liquid egg white/yolk/melange, chocolate eggs "
           "and «Колбаса ЛИВЕРНАЯ ЯИЧНАЯ» excluded"),
    ]),
    # L10 тофу
    ("тофу упаковку, пекинка 1 кочан, соус соевый подешевле 2 бутылки, паста кочхуджан", [
        ("тофу упаковку", {
            "pyaterochka": [],
            "magnit": ["8000092760"],
            "dixy": [],
            "perekrestok": [],
        }, "tofu (Магнит «Сыр Тофу натуральный Россоя»); soy drinks and soy asparagus excluded"),
        ("пекинка 1 кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Chinese (napa) cabbage in any chain; white cabbage and white-cabbage kimchi are other products"),
        ("соус соевый подешевле 2 бутылки", {
            "pyaterochka": ["3385361"],
            "magnit": ["3e45dc3ab8", "83c9a5b62e"],
            "dixy": ["2000322380", "2000260452"],
            "perekrestok": [],
        }, "bottled soy sauce of any brand (Стебель Бамбука, Магнит 1 л, Mivimex, Sen Soy); «подешевле» is a wish and "
           "«2 бутылки» a quantity; Перекрёсток «Соус соевый, 30г» (a 30 g portion, not a bottle), teriyaki/black-pepper/"
           "hoisin products and soy drinks excluded"),
        ("паста кочхуджан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no gochujang or other Korean pepper paste in any chain; tomato paste, jalapeño-stuffed olives and chili ketchups "
           "are other products"),
    ]),
    # L11 к ужину
    ("морковча острая готовая, буханка черного ржаного, сметанка 15% стаканчик", [
        ("морковча острая готовая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000209090", "2000566992"],
            "perekrestok": ["4356605", "4356606", "4317162", "4052638", "2090393", "4286023", "4285982", "4183217",
                            "4263716", "4263718"],
        }, "ready Korean carrot salad («Морковь по-корейски», «Салат из моркови по-корейски», Дикси «морковь пикантная "
           "по-корейски»); no title distinguishes spicy from mild, «острая» is taken as the usual spicy морковча; carrot "
           "with soy asparagus, cabbage with carrot, seaweed with carrot, squid with carrot, mixes with funchoza and fresh "
           "carrots excluded"),
        ("буханка черного ржаного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78034810", "4149554", "3382146", "4329404", "3974719", "3624125", "3126329", "3974720",
                            "4074396", "3627134", "3953836", "4354623", "2053660", "4148558", "3658457", "2060872",
                            "4276930", "78034786", "3631465", "3617422", "2000243", "4164733", "3965436"],
        }, "dark rye or rye-wheat bread loaves (whole, halves, sliced; «буханка» read as a unit): titles saying ржаной / "
           "ржано-пшеничный, Бородинский and Дарницкий (rye-wheat dark bread - outside knowledge); the brand «Ржаной Край» "
           "(as in set g), Двинский, Даниловский зерновой, Столичный, Пумперникель, Рижский Деревенский/Крестьянский (rye not "
           "stated), bread with raisins or garlic, wheat-rye «хлебец», rye crispbread, rye ciabatta and baguette excluded"),
        ("сметанка 15% стаканчик", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874", "c90113311e",
                       "1000082622", "1899900582", "1000372785", "2645f50028", "b699c0f510", "1000208902", "8000035449",
                       "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470", "29910",
                            "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, "plain sour cream of exactly 15% (incl. lactose-free and «из топлёных сливок»); «стаканчик» cannot be checked from "
           "the titles (none names a pouch) and is not used as a filter; 10/20/25/30%, Пятёрочка «пикантная, с чесноком», "
           "sour-cream-flavoured snacks and «сметанный» mayonnaise excluded"),
    ]),
    # L12 вечер с кимчи
    ("кимчи готовое баночку, рамен острый шин, пиво светлое 2 бутылки", [
        ("кимчи готовое баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4177359"],
        }, "ready kimchi: Лукашинские «Кимчи По-Корейски из белокочанной капусты» (made of white cabbage, but sold as kimchi); "
           "other Korean-style salads (капуста с морковью, морковь, спаржа) and sauerkraut excluded"),
        ("рамен острый шин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Nongshim Shin Ramyun in any chain; Доширак «Чан рамен … с острой говядиной» is another brand (trap), other "
           "instant noodles excluded"),
        ("пиво светлое 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["b7be4e1cdf", "8f5e8411f3", "4b9214b25a", "69a66b3a0f", "5efbef1867", "ee4fd3d93d", "7e7ff281a0",
                       "b22153f240", "e5d1876122", "42f69bfc00", "ae5974fdda", "f66314d40a", "b4204a2237", "63c65170c7",
                       "9f7d0a8f2d", "409bf95866", "e2bedcaafd", "0c7af2aa41", "bc158ed1af", "cdadff0fd2", "c7cb3e4e83",
                       "72ef636633", "2e39130955", "1b3181a9dc", "cff5b47f4d", "3ea97ca924", "ec022e4637"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light beer (светлое: lager, pilsner, wheat, IPA, unfiltered), any container - «2 бутылки» is a "
           "quantity; Эдельвейс «Напиток пивной нефильтрованный» 4.9% taken as a light wheat beer (outside knowledge); dark "
           "beer, alcohol-free beer, flavoured beer drinks (Мишенька под вишенкой, Doctor Diesel, Green Beat, Tony's Garret, "
           "KONIX Cherie), медовуха and ALKO rum-cola excluded; Дикси and Перекрёсток carry no plain beer"),
    ]),
    # L13 спаржа по-корейски дома
    ("соевая спаржа сухая, морковочка 2 кг, глутамат натрия, чесночок молодой", [
        ("соевая спаржа сухая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3445260"],
        }, "dried soy asparagus (Midori «Фучжу сушёная»); ready soy-asparagus salads «по-корейски», green/white asparagus "
           "and «Спаржа Россия» (not stated soy) excluded"),
        ("морковочка 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "19345", "3368256", "60529", "4299784", "3463356"],
        }, "fresh raw carrots as for «морковь 3 кг на морковчу»; «2 кг» is a quantity; cooked carrots and salads excluded"),
        ("глутамат натрия", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no monosodium glutamate sold in any chain; universal seasonings (Maggi, Knorr) are other products"),
        ("чесночок молодой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["77278"],
        }, "young garlic: Перекрёсток «Чеснок ранний» (early = young garlic); plain «Чеснок» not stated young, dried, "
           "salted and grated garlic excluded"),
    ]),
    # L14 баклажаны по-корейски
    ("баклажаны кило, болгарский перец красный мясистый, кинзочка, масло растительное", [
        ("баклажаны кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh aubergines in any chain; Магнит «Баклажаны на гриле РЕСТОРАЦИЯ ОБЛОМОВ» 420 g (a canned/jarred "
           "preserve) is not fresh produce"),
        ("болгарский перец красный мясистый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh bell peppers in any chain; products «со сладким перцем/с болгарским перцем» (olives, sauces, marinated "
           "cabbage, dog food), paprika and marinated peppers excluded"),
        ("кинзочка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603793"],
            "perekrestok": [],
        }, "fresh coriander leaves (Дикси «КИНЗА 1 УПАКОВКА 75Г»); ground coriander and products «с кинзой» excluded"),
        ("масло растительное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000002844", "2000268261", "DI00080540", "2000283309", "2000005808", "2000296713",
                     "2000555852", "2000154498", "2000559953", "DI00079242", "2000561791", "2000396778", "DI00080746",
                     "2000005809", "2000003488", "ЦТ0039503", "2000563791", "2000210260"],
            "perekrestok": ["4067112", "97647", "4364877", "4360914", "4332895", "4218020", "4063704", "85884", "2158543",
                            "3958632", "4149438", "4149447", "6275", "2093709", "3608379", "2043188", "2068955", "4250570",
                            "4022580", "2007886", "74883", "3340103", "64128", "2046261", "3426152", "3426155", "3683883",
                            "4311768", "2071663", "23714", "3454645", "3642040", "3653773", "21676", "3478098", "2147548",
                            "3437316", "4277755", "4269569", "4269568", "4269567", "3310650", "4307791", "3197302"],
        }, "everyday vegetable cooking oil: sunflower oil refined or unrefined, any size, incl. the refined spray, sunflower "
           "blends with olive/almond/linseed/wheat-germ oil, «Масло растительное Благо смесь», corn oil; sunflower oils "
           "flavoured with herbs, basil or garlic (Almador), olive, sesame, mustard (Магнит Сарепта - a strong-flavoured "
           "specialty), grape-seed and avocado oils, butter and ghee excluded"),
    ]),
    # L15 плов
    ("свиная грудинка, рис длиннозерный 2 пачки на плов, укропа пучок свежего, петрушки пучок побольше", [
        ("свиная грудинка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3273206"],
        }, "raw pork belly (Перекрёсток «Грудинка свиная … на кости»); Магнит smoked-cooked «Грудинка ДОМАШНЯЯ», beef "
           "brisket, bacon and other pork cuts excluded"),
        ("рис длиннозерный 2 пачки на плов", {
            "pyaterochka": ["3647681", "3493524"],
            "magnit": ["442b8a34cc"],
            "dixy": ["2000594951", "2000180347", "2000002128", "2000261091"],
            "perekrestok": ["3469129", "3469126", "57930", "3674166", "3603168"],
        }, "ordinary long-grain rice whose title says длиннозерный/длинный (white or parboiled, incl. 5x80 g bags); the "
           "aromatic varieties basmati and jasmine (asked for by name), «для плова» and parboiled rice whose titles do not say "
           "long-grain (Националь среднезерный is explicitly medium-grain), round-grain, brown and mixed rice excluded; "
           "«2 пачки» and «на плов» are quantity and purpose"),
        ("укропа пучок свежего", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh dill in any chain; products «с укропом» (herring, cheese, croutons, olives) excluded"),
        ("петрушки пучок побольше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley (Дикси «ПЕТРУШКА УПАК 75Г», a pack instead of a bunch); «побольше» is a wish; Heinz ketchup "
           "«укроп-петрушка» excluded"),
    ]),
    # L16 чай с печеньем
    ("зеленый чай рассыпной, юбилейное печеньице пару пачек, рафинад кусковой", [
        ("зеленый чай рассыпной", {
            "pyaterochka": [],
            "magnit": ["a9b0b5bbeb", "b9016fb572", "df6fe065ca"],
            "dixy": [],
            "perekrestok": [],
        }, "loose (not bagged) green tea without flavouring: Ahmad «Байховый» 100 g, Richard «Роял Грин» 90 g, Tess «СТАЙЛ, "
           "байховый» 100 g (taken as plain - its title names no flavour); flavoured green teas (Tess Лайм листовой, INDU «с "
           "саусепом», Befruitbe), green teas in bags/pyramids, bottled green tea drinks and black teas excluded"),
        ("юбилейное печеньице пару пачек", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "858769ffec", "68b382d22e"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every Юбилейное cookie (традиционное, молочное, with glaze, «Овсяное»), as brand + product word; Останкино "
           "«Юбилейная» sausage and Julius Meinl «Юбилейный» coffee excluded"),
        ("рафинад кусковой", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000538871", "10E0076829", "2000350151"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (прессованный / кусковой, any pack); granulated sugar, Магнит «Сахар-песок ЧАЙКОФСКИЙ, "
           "Рафинированный» (granulated), cane lump sugar (brown, unrefined) and sugar syrups excluded"),
    ]),
    # L17 дастархан
    ("лепешки 2 штуки, катык бутылочку, розовых помидоров кило, огурцов кило полтора", [
        ("лепешки 2 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78030338"],
        }, "tandoor flat bread: Перекрёсток «Лепёшка с чесноком из тандыра» (a garlic-topped lepyoshka, accepted as the only "
           "lepyoshka); the cheese-filled «Лепёшка сырная с зеленью и чесноком» (a filled pastry), lavash, ciabatta and loaves "
           "excluded"),
        ("катык бутылочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no katyk in any chain; айран, тан, мацони, ряженка, простокваша and kefir are other fermented-milk products and "
           "are not accepted for a product the user named"),
        ("розовых помидоров кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465"],
        }, "fresh tomatoes whose title says розовые; red, yellow, Кумато, cherry and varieties whose colour the title does "
           "not state (Бычье сердце, Панамера, Махитос, азербайджанские without «розовые») excluded; «кило» is a quantity"),
        ("огурцов кило полтора", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "2098997", "3301324", "3255111", "2088998", "4072", "44569", "3632205", "2131726"],
        }, "fresh cucumbers of any kind, as for «огурчики на фунчозу»; pickled/salted/marinated excluded"),
    ]),
    # L18 простой ужин
    ("сардельки свиные подешевле, макарошки перья, кетчуп хайнц острый", [
        ("сардельки свиные подешевле", {
            "pyaterochka": [],
            "magnit": ["d7c3fb2448"],
            "dixy": ["2000605431"],
            "perekrestok": [],
        }, "pork sardelki (Ближние Горки «Сардельки Свиные ГОСТ», Мясоедов «Сардельки свиные ГОСТ»); Магнит «Сардельки "
           "СОЧНЫЕ» and Пятёрочка Велком «ВЕЛКОМОВСКИЕ копченые» (pork not stated, smoked) excluded; «подешевле» is a wish"),
        ("макарошки перья", {
            "pyaterochka": ["94425"],
            "magnit": ["eb8a3570e8", "61313f9ca5"],
            "dixy": ["2000590812", "ЦТ0046807", "2000573915"],
            "perekrestok": ["4329570", "3435300", "4117154", "4273869"],
        }, "dry penne (перья, «перья рифленые», «перья трубчатые», Market Collection «Пенне»); other shapes and pasta dishes "
           "excluded"),
        ("кетчуп хайнц острый", {
            "pyaterochka": ["2157308"],
            "magnit": [],
            "dixy": ["2000143160"],
            "perekrestok": ["4157697", "4225365", "4274971", "4157704", "4295653"],
        }, "Heinz hot ketchup (острый, суперострый, incl. «Heinz Pikador суперострый»); Heinz tomato, garlic, grill, "
           "Italian ketchups, Дикси «Pikador Супер острый» (no Heinz in the title, as in set zh), Махеевъ Чили and other hot "
           "ketchups excluded"),
    ]),
    # L19 молочка
    ("молоко простоквашино 2.5%, творожок 9 процентов 2 пачки, кефир жирность 1%, масло сливочное 82% пачка", [
        ("молоко простоквашино 2.5%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000024178"],
            "perekrestok": [],
        }, "Простоквашино drinking milk 2.5%; Простоквашино 1.5%, 3.2%, «Отборное» 3.4-4.5%, Простоквашино kefir 2.5% and "
           "other 2.5% milks excluded"),
        ("творожок 9 процентов 2 пачки", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "8000055235", "1000122024",
                       "0cfee9df84", "1000530486", "1000426470", "1000426465", "1000448252"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076", "2000564413",
                     "2000312025", "2000280850"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "4294087", "3487310"],
        }, "plain cottage cheese of exactly 9% (any pack, incl. «рассыпчатый», «пластовой», Зелёная Линия «Зернышко»); "
           "«творожок» read as plain творог as in set zh, «2 пачки» a quantity; 2/5% cottage cheese, flavoured curd desserts, "
           "творожная масса and «зерненый в сливках» excluded"),
        ("кефир жирность 1%", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416",
                            "2084558", "3352331", "3604602"],
        }, "kefir (incl. биокефир) of exactly 1%; «биокефирный продукт», «кефирный продукт», Bio Баланс «Биопродукт "
           "кефирный» (not kefir - as in set g), kefir of other fat and kefir cocktails excluded"),
        ("масло сливочное 82% пачка", {
            "pyaterochka": ["3993159", "3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
                       "87355db645", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309",
                       "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
                     "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["4175276", "3999749", "3413519", "3643092", "3637761", "34890", "3628337", "4260609",
                            "3026226", "4113532", "4188099", "4188102", "3434127", "4281083", "3963777", "3612778",
                            "4310021", "4055506", "86149", "3369241", "3698785", "3287314", "3396544", "3657363",
                            "4292462", "4343792", "3699369", "4196090", "3953367", "4135603", "3922315", "3654551"],
        }, "butter of 82% or 82.5% (counts as «82», convention of real_basket_eval) in any brick size 150-400 g, incl. "
           "lactose-free; 72.5% Крестьянское, ghee, spreads and margarine excluded"),
    ]),
    # L20 курица с картошкой
    ("окорочка куриные кило, махеев майонез провансаль, картошки 5 кило", [
        ("окорочка куриные кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken leg quarters (окорочка) in any chain; thighs (Петелинка, Петруха «бедро»), thigh fillets and "
           "drumsticks in marinade («Алабама») are other cuts and are excluded; pork «окорок» is a trap"),
        ("махеев майонез провансаль", {
            "pyaterochka": [],
            "magnit": ["1000077733", "1000498096", "d8bbb63f48", "1000558908", "1000077734", "ddda8365b8", "2c23c84574"],
            "dixy": ["T000005518", "ЦТ0040573", "2000593851", "2000602611"],
            "perekrestok": ["2047206", "4339442"],
        }, "every Махеевъ Провансаль mayonnaise (50.5% and 67%, «белый», «с лимонным соком», any pack); Махеевъ «Оливковый» "
           "and «на перепелином яйце» (not Провансаль), Слобода/Ряба Провансаль and Махеевъ ketchups/sauces excluded"),
        ("картошки 5 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "3987", "4342860", "3142878", "3142879", "3074469", "43968", "3092450",
                            "4265670"],
        }, "fresh potatoes of any kind and pack (loose, net, washed, red, baby, «для варки/жарки», 1-3 kg bags); «5 кило» is "
           "a quantity; Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh (outside knowledge); sweet potato (батат), "
           "boiled peeled, frozen fries, Магнит «Картофель АЙДАХО» (a ready dish, as in set g), chips, «сырок/пирожное "
           "Картошка» and herring «к картошке» excluded"),
    ]),
    # L21 салат из дайкона (one item replaced, see README)
    ("дайкон, уксус рисовый бутылочку, масло кунжутное маленькое, приправу на плов", [
        ("дайкон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no daikon, radish or turnip in any chain"),
        ("уксус рисовый бутылочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no rice vinegar in any chain; Перекрёсток «Уксус виноградный … 6%» is another vinegar"),
        ("масло кунжутное маленькое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sesame oil in any chain; the Гурмикс «Кунжутная» dressing is not oil"),
        ("приправу на плов", {
            "pyaterochka": [],
            "magnit": ["b94b2b01d4", "077e848619"],
            "dixy": [],
            "perekrestok": ["3481031"],
        }, "REPLACEMENT item (blind text «зиру на плов», absent everywhere, as was the whole list): seasoning for plov "
           "(Восточный гость «для плова», Kotanyi «для плова», Маркет Перекрёсток «Приправа для плова»); ready plov and rice "
           "«для плова» excluded"),
    ]),
    # L22 пянсе
    ("фарш свиной 1 кг\nкапуста белокочанная вилок\nдрожжи сухие для пянсе пару пакетиков\nмука в/с 2 кг", [
        ("фарш свиной 1 кг", {
            "pyaterochka": [],
            "magnit": ["0376e5e67d"],
            "dixy": [],
            "perekrestok": ["7354"],
        }, "minced pork (Дальние Дали 700 g, Перекрёсток «Фарш … свиной»); «1 кг» is a quantity of a weighed/meat good; "
           "«Домашний»/«деревенский» mixed mince (pork+beef), beef, turkey and fish mince excluded"),
        ("капуста белокочанная вилок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["198", "1546", "45661"],
        }, "fresh white cabbage heads (incl. «ранняя»); Перекрёсток plain «Капуста» 44.99 taken as white cabbage (outside "
           "knowledge: the default cabbage); shredded/cut packs (not a «вилок»), cabbage salads, sauerkraut, marinated "
           "cabbage, cauliflower, broccoli and seeds excluded"),
        ("дрожжи сухие для пянсе пару пакетиков", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry active yeast (Саф-Момент 11 g); pressed fresh yeast Люкс Экстра (Магнит «ПРЕССОВАННЫЕ»; Дикси's title says "
           "both «сухие» and «прессованные», 100 g block - taken as pressed), yeast dough and «бездрожжевой» bread excluded"),
        ("мука в/с 2 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481"],
            "perekrestok": ["3193726", "3305673", "91321", "4326495", "2107396", "2112692"],
        }, "wheat flour of высший сорт in 2 kg packs («2 кг» names the pack); Магнит «Мука ПЫШЕЧКА, пшеничная, 2кг» taken as "
           "высший сорт (Дикси titles the same flour «Пышечка высший сорт» - outside knowledge); 1 kg packs, «экстра» grade "
           "(Печенов, Французская штучка), Тихорецкая «особая», wholegrain, gluten-free, rice and other flours excluded"),
    ]),
    # L23 хе из кальмара
    ("кальмары для хе, огурчики пару кило, соевые ростки", [
        ("кальмары для хе", {
            "pyaterochka": ["c4476447bc"],
            "magnit": ["92c8a76c40", "b1aba46ee4"],
            "dixy": ["2000602540"],
            "perekrestok": [],
        }, "raw frozen squid (тушка) to make хе; ready squid хе / «Кальмары с морковью по-корейски» (the dish itself, not "
           "the ingredient), dried squid snacks and squid in sauce excluded"),
        ("огурчики пару кило", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "2098997", "3301324", "3255111", "2088998", "4072", "44569", "3632205", "2131726"],
        }, "fresh cucumbers, as for «огурчики на фунчозу»; pickled/salted/marinated cucumbers excluded"),
        ("соевые ростки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no soy/mung bean sprouts in any chain; microgreens (pea), soy asparagus and tofu are other products"),
    ]),
    # L24 азиатский ужин
    ("сладкий соус чили, рис жасмин тайский, креветки мороженые пачку, лайм 2 штучки", [
        ("сладкий соус чили", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sweet chili sauce in any chain; Махеевъ «кисло-сладкий» (sweet-and-sour), Чим-Чим «чили с лаймом» (not "
           "stated sweet), chili ketchups and ground chili excluded"),
        ("рис жасмин тайский", {
            "pyaterochka": ["3674167"],
            "magnit": [],
            "dixy": ["2000288318"],
            "perekrestok": ["4290674", "39747", "3634156", "3608771"],
        }, "jasmine rice (any brand, incl. 5x80 g bags); Националь «Золото Таиланда» taken as Thai jasmine rice (outside "
           "knowledge); «тайский» read as the kind, not as a country-of-origin filter; basmati and other rice excluded"),
        ("креветки мороженые пачку", {
            "pyaterochka": [],
            "magnit": ["543e4295ac", "4377bbfd5b", "acf5d0e7eb", "daa53ea23d", "d757ba985f"],
            "dixy": ["2000559411", "2000283070", "2000578411", "2000563411", "2000595631"],
            "perekrestok": ["4362236", "4328813", "4277440", "4301249", "4296609", "4360313", "4364088", "3627766",
                            "4116769", "69215", "3464112", "3420956", "3331822", "4269762", "4357329", "3686756",
                            "4363720", "4269760", "4343270", "3647723"],
        }, "frozen shrimps, raw or cooked-frozen, peeled or not, packed or sold by weight («пачку» is a quantity); Магнит "
           "«аргентинские красные без головы», Дикси Нортон «Королевские 50/70» and Перекрёсток Camimex «тигровая … "
           "очищенная» taken as frozen (outside knowledge: sold frozen); shrimps in brine/«в заливке», boiled «в рассоле», "
           "marinated skewers, shrimp шашлык, dumplings, shrimp-flavoured cheese and caviar excluded"),
        ("лайм 2 штучки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["325", "3678347"],
        }, "fresh limes (loose, Маркет Fresh 3 шт); «2 штучки» is a quantity; the lime-lemon mix pack, lime-flavoured drinks, "
           "teas, sweets and cosmetics excluded"),
    ]),
    # L25 кладовка
    ("тушенка из свинины, крупа гречневая ядрица пару пачек, сгущеночки пару банок, чай черный в пакетиках подешевле пачку", [
        ("тушенка из свинины", {
            "pyaterochka": [],
            "magnit": ["00378960af", "bad91e2152", "cb1e84dc80", "10442db11c"],
            "dixy": ["2000553351", "2000329129", "2000423791", "2000303429", "2000204154", "2000302685"],
            "perekrestok": ["4189730"],
        }, "canned stewed pork (Свинина тушеная, any brand and size); stewed beef, chicken in its own juice and pork "
           "ready meals excluded"),
        ("крупа гречневая ядрица пару пачек", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "2000180341", "2000539995",
                     "2000219613", "1030037286"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178", "4009020",
                            "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448", "4090171", "4019310",
                            "3603166", "39155", "3667612", "4059000", "3696237", "3477255", "3231481", "3600743",
                            "3493533", "3994791"],
        }, "buckwheat groats (ядрица), incl. quick-cooking/steamed and boil-in-bag packs; titles without «ядрица» (Makfa, "
           "Мистраль, Увелка Экстра, Агро-Альянс, Пассим, plain «Гречка») taken as ядрица - no продел is on sale (outside "
           "knowledge); green buckwheat, buckwheat flakes/flour/noodles, porridges, ready buckwheat dishes («с грибами», «по-"
           "купечески», «по-азиатски», Raisad гарнир) excluded"),
        ("сгущеночки пару банок", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "1000003186", "1000427075", "cc9252c04f", "be9bed5042", "66294fd8e5",
                       "1000129520", "dedd707721", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4218934", "4211054"],
        }, "sweetened condensed milk (сгущённое с сахаром / цельное, any pack incl. the Дикси 650 g sachet and the 1% Пр!ст); "
           "«пару банок» is a quantity; варёная сгущёнка, Моя цена «Продукт молочный Сгущенка» (not milk), Магнит «цельное "
           "концентрированное стерилизованное» (unsweetened) and sweets with condensed milk excluded"),
        ("чай черный в пакетиках подешевле пачку", {
            "pyaterochka": ["18087", "510", "3141303", "2070399"],
            "magnit": ["f27576dc9c", "8e34db68c9", "8c57f14bbe", "1305f039da", "77d6909a1a", "c237948667", "79c875b985",
                       "41cb31723f", "f528489d63", "1ce117e378", "62e44aad83", "91c9c098ea", "9ffe7d26ae", "262636efc4",
                       "f48f2ca4d2", "0b0945cde7", "62e737f079", "7304afe46d", "f2ec203f7f", "527c289095", "edf75508f3",
                       "539736f8c3"],
            "dixy": ["2000520549", "2000289445", "2000568232", "2000224056", "2000335959", "2000295224", "2000601831"],
            "perekrestok": ["3338198", "2147890", "46398", "3378336", "2095906", "3440334", "3662837", "4206083", "2070399",
                            "96196"],
        }, "plain black tea in bags/sachets of any count (Цейлон, Кения, English Breakfast, Букет, Высокогорный…); "
           "«подешевле» is a wish, «пачку» a quantity; flavoured black teas (Earl Grey/бергамот, чабрец, berries, fruit, "
           "mint), assortment boxes, loose-leaf black tea, green/herbal teas and bottled tea drinks excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fvyNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fvy\d\d ===$", line):
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
                    errors.append("fvy%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fvy%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fvy"))
