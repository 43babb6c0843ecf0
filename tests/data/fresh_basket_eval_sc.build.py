#!/usr/bin/env python3
"""Re-create fresh_basket_eval_sc.jsonl -- 25 shopping lists of a Belarusian-Ukrainian family cooking their home dishes
in Russia (драники/деруны, борщ, вареники, галушки, сало, мачанка, холодник, голубцы, кулеш, налистники, узвар and their
ordinary groceries), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_sc.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_sc.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, regional words, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё folded to е) and read one by one; every item was then re-checked against all in-stock
titles matching its stem that were not accepted.  The note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores; none were needed in this set).
labelled_lists.build then checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock, no id repeats within an item, every item has a note, the labels are exactly the list's items in order (an
item is the text between commas / new lines) -- and writes the JSONL; labelled_lists.stats prints the counts.  List
ids are fsc01, fsc02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_sc.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_sc.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores.
# No list of this set was empty in all four stores, so nothing was replaced.
REPLACED = [
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fsc01 драники
    ("бульба 3 кг на драники, цибуля пару штук, сметана 20% баночку, яичек десяток на драники", [
        ("бульба 3 кг на драники", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "«бульба» is Belarusian for potatoes; fresh raw potatoes of any pack: Дикси loose, «Белорусский» "
           "in a pack, white and red washed; Перекрёсток loose, net, «Бэби» 2 kg, «Чик-Чик» 1 kg (taken as "
           "fresh potatoes, as in set vy), «гигант для жарки», «для варки»/«для жарки» 3 kg, red, «крупный "
           "отборный», «отборный» 2.5 kg; «3 кг» and «на драники» are quantity and purpose; sweet potato "
           "(Батат), frozen fries, cooked/peeled «варёный очищенный», fried and baked potato dishes, mash, "
           "chips, pet food and Магнит «Картофель АЙДАХО (СП ГМ), 100г» (a ready dish, as in set g) excluded;"
           " Магнит and Пятёрочка carry no fresh potatoes"),
        ("цибуля пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "«цибуля» is Ukrainian for onion; fresh bulb onions: Дикси «Лук репчатый» loose and packed; "
           "Перекрёсток loose, net, red «репчатый красный» 500 g, peeled raw «очищенный», 500 g and 600 g "
           "packs; dried/ground onion (Kotanyi, Айдиго), onion rings snacks, «Зажарка» seasonings and "
           "everything «с луком» excluded; no fresh onions in Магнит or Пятёрочка; «пару штук» is a quantity"),
        ("сметана 20% баночку", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "4221528ef6", "1000237596", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405", "1000203662"],
            "dixy": ["2000276139", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407", "2000509714"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "plain sour cream of exactly 20% in any tub (any brand, 180-350 g; Вкуснотеево titles found only "
           "on re-check because «вкус» had been an exclusion word); «баночку» is a unit, not a filter; "
           "10/15/25/30% sour cream, Пятёрочка «пикантная, с чесноком» (15%, flavoured), «Сметанковый» "
           "cheese, «сметанный» mayonnaise, chips/crackers «со сметаной» and «Творог … со сметаной» excluded;"
           " no 20% sour cream in Пятёрочка"),
        ("яичек десяток на драники", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
                       "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
                     "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040",
                            "3001671", "4236458", "3355250", "2109476", "4012802",
                            "4085791", "2131763", "4085790", "4085792", "3182856",
                            "3182853"],
        }, "hen eggs in packs of 10 of any class (С0, С1, С2, отборные, «высшей категории», «Экстра»); packs "
           "of 6, 15, 20, 30, quail eggs, liquid egg products, chocolate eggs and mayonnaise «на перепелином "
           "яйце» excluded; Пятёрочка has no eggs; «десяток» = packs of 10 only, «на драники» is a purpose"),
    ]),
    # fsc02 борщ
    ("буряк для борща 2 шт\nкапуста белокачанная полкочана\nморква кило\nтоматной пасты баночку небольшую", [
        ("буряк для борща 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "4208428", "92844", "2143053", "13998", "4375880", "3368257", "3625863",
                            "4299508", "3378167", "786"],
        }, "«буряк» is Ukrainian for beetroot; fresh raw beets: Дикси «Свекла свежая»; Перекрёсток loose, 1 "
           "kg bag, bunches, «молодая», «мытая», tray 600 g, net, Весёлая Семейка 1 kg, Маркет Fresh 200 g "
           "(whole, and the raw «очищенная соломка» — Маркет Fresh is the chain's fresh-cut line, judgement),"
           " Белая Дача «Сладкая свежая резаная» (fresh cut); «2 шт» and «для борща» are quantity and "
           "purpose; cooked beets (варёная/отварная, whole, cubes, соломка), the ambiguous vacuum «Свекла "
           "очищенная» / «Свёкла целая очищенная, 500г» (peeled beet packs are normally cooked, title does "
           "not say raw), pickled/marinated, Korean-style, beet salads, dried snack, chard «Мангольд», seeds "
           "and «Капуста Пелюстка со свеклой» excluded"),
        ("капуста белокачанная полкочана", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546"],
        }, "typo for «белокочанная»; fresh white cabbage heads: Дикси «Капуста белокочанная», Перекрёсток "
           "«Капуста белокочанная», «… ранняя» and plain «Капуста» (sold by weight next to the other heads, "
           "taken as white cabbage as in set vy); «полкочана» is a quantity; shredded packs («резаная», "
           "«соломка», Белая Дача salad 250 g), cabbage-carrot mixes, marinated, sauerkraut, kimchi, Мистер "
           "Салат «по-деревенски»/«по-домашнему», cauliflower, broccoli, sea kale and seeds excluded"),
        ("морква кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "4191099", "19345", "3368256", "60529", "4299784"],
        }, "«морква» is Ukrainian/Belarusian for carrots; fresh raw carrots of any pack: Дикси loose and "
           "«белорусская мытая»; Перекрёсток loose «отечественная», «мытая» 1 kg, «свежая мытая» 200 g, tray "
           "600 g, «для сока» 1 kg, mini «Зайкино Счастье» 250 g; «кило» is a quantity of a weighed good; "
           "cooked peeled carrots (Дмитровские Овощи «варёная»), Korean carrot salads, cabbage/asparagus "
           "mixes with carrot, juices, purees, pet food excluded; none in Магнит or Пятёрочка"),
        ("томатной пасты баночку небольшую", {
            "pyaterochka": [],
            "magnit": ["d176b4306a", "3e333fcf75", "2c160abf20"],
            "dixy": ["2000000761", "2000521414", "2000569071", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste in the smaller packs, up to 380 g: Дикси Помидорка 380 g, Круглое лето pyramid 70 g,"
           " Помидорка sachet 30 g, Кухмастер 270 g, Selviano 380 g; Магнит Кухмастер 270 g, Помидорка 380 g "
           "and 70 g; Перекрёсток Пр!ст 70 g, Маркет 140 g; «небольшую» read as a pack-size wish that rules "
           "out the large 480-490 g jars (Магнит Кухмастер 480 g, Помидорка 480 ml, Ящик астраханских "
           "помидоров 490 g) — judgement; «баночку» is a unit (pyramids and sachets accepted); ketchups, "
           "tomato juices, passata «Протертая мякоть томатов», canned tomatoes and adjika excluded"),
    ]),
    # fsc03 вареники с творогом
    ("творог 9% 2 пачки на вареники, мука в/с пакет 2 кг, сметанка пожирней к вареникам, сахар песок кило", [
        ("творог 9% 2 пачки на вареники", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "1000122024",
                       "0cfee9df84", "1000530486", "1000426470", "1000426465", "1000448252",
                       "8000055235"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076",
                     "2000280850", "2000564413", "2000312025"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "3487310", "4294087"],
        }, "plain cottage cheese of exactly 9% in any pack (incl. рассыпчатый, пластовой, «Домашний», "
           "Savushkin «хуторок», Зелёная Линия «Зернышко» 9% — no cream or filling in the title, taken as "
           "plain cottage cheese); «2 пачки» and «на вареники» are quantity and purpose; 5%, 18%, soft 5.5% "
           "and fruit/flavoured cottage cheeses, «зерненый в сливках», curd desserts, творожная масса/паста "
           "and сырки excluded; none in Пятёрочка"),
        ("мука в/с пакет 2 кг", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "42f4e32b0a", "f04dd7b81b"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733", "ЦТ0044544"],
            "perekrestok": ["3915409", "3193726", "3305673", "91321", "4326495", "3681817", "4262616", "2037765",
                            "3626914", "2107396", "2112692"],
        }, "wheat flour of высший сорт in 2 kg packs: titles saying «высший сорт»/«высшего сорта» (Дикси "
           "Makfa, Увелка, Пышечка, Любимые традиции; Магнит «МАГНИТ высший сорт»; Перекрёсток Алексеевская, "
           "Бело-Нежная, Пермская, Предпортовая, Сарептская, Ситно, Сокольническая — found only on re-check, "
           "«сок» had been an exclusion word —, Старооскольская, У Палыча, Увелка, Царь) plus two titles "
           "without a grade taken as в/с because the same flour is titled «высшего сорта» elsewhere "
           "(judgement): Магнит «Мука ПЫШЕЧКА, пшеничная, 2кг» (as in set vy) and Дикси/Магнит "
           "«Старооскольская хлебопекарная 2кг»; «экстра» grade (Makfa, Алексеевская Экстра, Печенов, "
           "Французская штучка), the ungraded unbranded Дикси «Мука пшеничная хлебопекарная, 2 кг», "
           "«Тихорецкая особая», whole-grain and 1 kg packs, blinnaya mixes and non-wheat flours excluded"),
        ("сметанка пожирней к вареникам", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000237597", "1000553874", "c90113311e",
                       "2645f50028", "1000082622", "1899900582", "1000372785", "1000208902",
                       "8000035449", "1000558440", "8000057502", "8000072734", "1000463648",
                       "1000253705", "30145abd36", "1000461809", "4221528ef6", "1000237596",
                       "1899913371", "1000102474", "1000429067", "1000574404", "1000574405",
                       "1000203662", "87741a9faa", "1000241416", "65c9123e96", "a15781b1ca",
                       "1000372784", "1000372781", "8000030079"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404",
                     "2000279280", "2000276139", "2000220966", "2000166052", "2000544033",
                     "2000509715", "2000411407", "2000509714", "2000509087", "2000294264",
                     "2000230594", "2000100619", "2000558211", "2000602951"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "4335470", "29910",
                            "3391034", "3142744", "3651189", "3423443", "4349772",
                            "4349771", "3634035", "4250761", "4320002", "4229625",
                            "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524",
                            "3658372", "4121582", "4121607"],
        }, "any plain sour cream (10-30%, any brand and tub); «пожирней» is a wish and «к вареникам» a "
           "purpose, not filters; Пятёрочка «пикантная, с чесноком» (flavoured), sour cream «из топлёных "
           "сливок» (Магнит and Перекрёсток Простоквашино; excluded like топлёное молоко for milk — "
           "judgement), «Сметанковый» cheese, «сметанный» mayonnaise and snacks «со сметаной» excluded"),
        ("сахар песок кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs: Дикси «Сахар-песок белый, фасованный, 1 кг», Перекрёсток "
           "«Сахар белый песок, 1кг» and «Сахар Советский Экстра, 1кг» (granulated sugar of the extra "
           "category — judgement, as in set vy); «кило» names the pack of a packaged good: Дикси 5 kg and "
           "Чайкофский 900 g, Магнит Чайкофский 900 g, Перекрёсток Чайкофский 750 g excluded; pressed/lump "
           "sugar (Русский сахар «прессованный», «кусковой»), cane sugar (also «Сахар-песок Брауни "
           "тростниковый»), vanilla sugar, icing sugar and coconut sugar excluded"),
    ]),
    # fsc04 вареники с вишней
    ("вишня мороженая без косточек на вареники, крахмал картофельный для вишни, сахарок подешевле", [
        ("вишня мороженая без косточек на вареники", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen cherries in any chain (the only frozen berries are Дикси strawberries); cherry jelly, "
           "juices, nectars, yoghurts, curd desserts, jam and porridges «с вишней» are other products (trap)"),
        ("крахмал картофельный для вишни", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000264337"],
            "perekrestok": [],
        }, "potato starch: Дикси «Крахмал Магета картофельный высший сорт, 200 г» only; «для вишни» is a "
           "purpose; no starch in the other chains"),
        ("сахарок подешевле", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000214171", "2000214172", "2000174958"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "plain white granulated sugar in any pack: Дикси «Сахар-песок» white 1 kg and 5 kg, Чайкофский 900"
           " g; Магнит «Сахар-песок ЧАЙКОФСКИЙ, Рафинированный» 900 g (refined granulated sugar); Перекрёсток"
           " «Сахар белый песок» 1 kg, «Советский Экстра» 1 kg, Чайкофский «белый кристаллический» 750 g; "
           "«подешевле» is a wish; lump/pressed sugar (рафинад «прессованный», «кусковой» — plain «сахар» "
           "read as granulated, judgement), cane/brown sugar, vanilla and icing sugar, coconut sugar, "
           "sweeteners and sweet corn «сахарная» excluded"),
    ]),
    # fsc05 сало
    ("сало соленое с прослойкой грамм 300, часник 2 головки, бородинского хлебушка к салу, горчички острой", [
        ("сало соленое с прослойкой грамм 300", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no salted salo with a meat layer in any chain: Перекрёсток Зелёная Линия «Сало из свиного шпика с"
           " черным перцем и чесноком» and Дикси «Шпик бутербродный … с чесноком» are seasoned and do not say"
           " «с прослойкой»; raw pork belly («Грудинка свиная на кости»), bacon and smoked-cooked грудинка "
           "are other products"),
        ("часник 2 головки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "4090538", "51157", "77278"],
        }, "«часник» is Ukrainian for garlic; fresh garlic: Дикси loose and «в упаковке, 1 шт»; Перекрёсток "
           "loose, «ранний», Фермерский Чеснок «отборный 1 сорта, 1шт», «отборный зубчиками, 100г» (fresh "
           "cloves) and «Фермерский, 150г» (taken as fresh bulbs, as in set vy); «2 головки» is a quantity; "
           "dried, granulated, ground, crushed, grated, smoked and salted garlic, seasonings «с чесноком» and"
           " the garlic press excluded"),
        ("бородинского хлебушка к салу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "Borodinsky rye bread: Перекрёсток Аютинский Хлеб «Бородинский», Пр!ст «Бородинский новый "
           "заварной», Маркет «Бородинский формовой часть изделия», Самарский БКК «Бородинский особый» "
           "(sliced and half loaves accepted); Магнит BEERKA «Бородинские» croutons (trap), Мясной Дом "
           "Бородина sausages and other rye breads excluded; no Borodinsky bread in Магнит, Дикси or "
           "Пятёрочка"),
        ("горчички острой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "21002", "2143139", "3332502", "3435016", "3372044", "4337617",
                            "4273279", "3416298", "4229364", "2153858"],
        }, "hot mustard: titles saying «острая» or «жгучая» (Kuhne «Дижонская острая», ЕЖК «Русская Ядрёная "
           "жгучая») and «Русская» mustard of the brands that sell it as their one classic mustard (Махеевъ, "
           "Русские закуски, Столичная, Goldjick Тапако, Gustoff, Главпродукт, Натурово, Маркет, Семилукская "
           "трапеза; «Русская» is the hot Russian style — judgement); milder or other styles excluded: ЕЖК "
           "«Русская Столовая»/«Зернистая» and «С хреном острая» (flavoured with horseradish), Столичная «С "
           "мёдом»/«С хреном», Столовая (Пр!ст, Здрава), Дижонская/по-дижонски, Баварская, "
           "Ротиссер/зернистая, Деревенская, Домашняя, Французская, fruit mustards, Кинто «Скорпион "
           "чилийская» (chili-flavoured), burger mustard, whole mustard seeds, relish and everything «с "
           "горчицей»"),
    ]),
    # fsc06 деруны
    ("картоха молодая на деруны\nлук репчатый пару головок на зажарку\nсметана 15% к дерунам", [
        ("картоха молодая на деруны", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«молодая» (new potatoes) is a variety the user wrote and no fresh potato title says so; "
           "Перекрёсток «Картофель Бэби» (small potatoes, not stated as new crop) and the other fresh "
           "potatoes are left out; «Картофель молодой с паприкой и чесноком запеченный» is a cooked dish "
           "(trap)"),
        ("лук репчатый пару головок на зажарку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions: Дикси «Лук репчатый» loose and packed; Перекрёсток loose, net, red «репчатый "
           "красный» 500 g, peeled raw «очищенный», 500 g and 600 g packs; dried/ground onion (Kotanyi, "
           "Айдиго), onion rings snacks, «Зажарка» seasonings and everything «с луком» excluded; no fresh "
           "onions in Магнит or Пятёрочка; «пару головок» and «на зажарку» are quantity and purpose; Maggi "
           "«Зажарка с морковью и луком» is a seasoning (trap)"),
        ("сметана 15% к дерунам", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000237597", "1000553874", "c90113311e",
                       "2645f50028", "1000082622", "1899900582", "1000372785", "1000208902",
                       "8000035449", "1000558440", "8000057502", "8000072734", "1000463648",
                       "1000253705"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "4335470", "29910",
                            "3391034", "3142744", "3651189", "3423443", "4349772",
                            "4349771", "3634035"],
        }, "plain sour cream of exactly 15% in any tub (any brand, incl. lactose-free Свежее завтра and "
           "Вкуснотеево, found on re-check); «к дерунам» is a purpose; 10/20/25/30%, Пятёрочка «пикантная, с "
           "чесноком» (flavoured 15%), sour cream «из топлёных сливок» 15% (Магнит, Перекрёсток "
           "Простоквашино; judgement as for топлёное молоко), cheeses, mayonnaise and snacks with sour cream "
           "excluded"),
    ]),
    # fsc07 мачанка
    ("свиные ребрышки кило на мачанку, колбаса домашняя кольцо, грудинки копченой кусок, сметана 20 процентов для подливы", [
        ("свиные ребрышки кило на мачанку", {
            "pyaterochka": [],
            "magnit": ["3bdafc777f", "6617424068"],
            "dixy": ["2000567092", "2000298445", "2000553153"],
            "perekrestok": ["4363418", "46011"],
        }, "raw (chilled) pork ribs, also raw in marinade: Дикси «Слово мясника» с корейки, Мираторг "
           "«классические», Черкизово «Аппетитные в маринаде»; Магнит ЧМПЗ «для запекания», Мираторг "
           "«Пикантные»; Перекрёсток «Хороший Кусок» and Мираторг «Деликатесные» (no cooking stated, taken as"
           " raw — judgement); «кило» and «на мачанку» are quantity and purpose; smoked-cooked ribs (Иван "
           "Мясоедов, Ремит «к пиву», Перекрёсток Маркет «копчено-вареные») excluded — plain «свиные "
           "ребрышки» read as raw meat"),
        ("колбаса домашняя кольцо", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sausage titled «домашняя» in a ring: Черкизово «Колбаса ПО-ДОМАШНЕМУ, с чесноком» (Магнит) / "
           "«Колбаски … По-домашнему с чесноком» (Дикси) do not say what kind of sausage or form they are, "
           "and Магнит «Салями ДОМАШНЯЯ» is a salami stick; left out"),
        ("грудинки копченой кусок", {
            "pyaterochka": [],
            "magnit": ["41a7bb135b"],
            "dixy": [],
            "perekrestok": [],
        }, "smoked pork belly in a piece: Магнит Ремит «Грудинка ДОМАШНЯЯ, копчено-вареная, мини, 100г» only;"
           " bacon (Клинский «Черный кабан», Маркет, ОМПК «по-испански» нарезка, Зелёная Линия копчено-"
           "запеченный, raw Ближние Горки) is another product and mostly sliced; raw «Грудинка свиная на "
           "кости» and beef brisket excluded"),
        ("сметана 20 процентов для подливы", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "4221528ef6", "1000237596", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405", "1000203662"],
            "dixy": ["2000276139", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407", "2000509714"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "plain sour cream of exactly 20% (same set as «сметана 20% баночку»); «для подливы» is a purpose; "
           "other fat levels, flavoured sour cream, cheeses, mayonnaise and snacks excluded"),
    ]),
    # fsc08 холодник
    ("буряк молодой на холодник, кефир 2.5% литровый, свежих огурчиков 3-4 штуки, укропчик пучок в холодник", [
        ("буряк молодой на холодник", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["13998", "2143053"],
        }, "young beets: Перекрёсток «Свекла молодая» and «Свекла в пучках» (bunched beets with tops are the "
           "early young crop — judgement); ordinary beets, cooked and pickled beets excluded; no young beets "
           "in the other chains"),
        ("кефир 2.5% литровый", {
            "pyaterochka": [],
            "magnit": ["1000350608", "1899800689", "8000033639"],
            "dixy": ["ЦТ0028202"],
            "perekrestok": ["4245052", "4280483", "4137919", "3491537", "2173827", "2093082"],
        }, "kefir of exactly 2.5% in the «литровый» pack, read as the 0.9-1 l packs (no chain sells a 2.5% "
           "kefir of exactly 1 l; the 900-930 ml/g packs are what is called the litre pack — judgement): "
           "Дикси Простоквашино 930 ml; Магнит Минская Марка 900 ml, Простоквашино 930 g, Экомилк 900 ml; "
           "Перекрёсток Зелёная Линия 900 ml and ПЭТ 900 ml, Молочный Знак 900 g, Кубанская Бурёнка, "
           "Пискаревский 900 ml, Простоквашино 930 ml; smaller (430-800 ml/g) and larger (Сафiйка 1430 g) "
           "packs, 1%/3.2% and «кефирный продукт» excluded"),
        ("свежих огурчиков 3-4 штуки", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "3632205", "2098997", "3301324", "3255111", "2088998", "4072", "44569",
                            "2131726"],
        }, "fresh cucumbers of any kind and pack: Дикси «длинноплодный, 1 шт», «среднеплодные гладкие», "
           "«фасованные» 450 g, 600 g, «корнишоны, в упаковке, 300 г» (fresh gherkins, as in set vy); Магнит "
           "«ОГУРЦЫ гладкие, 1кг»; Перекрёсток Бакинские, «Хрустящие» (taken as fresh, as in set vy), "
           "гладкие, длинные, колючие, короткоплодные, фасованные, 600 g; «3-4 штуки» is a quantity; pickled,"
           " salted, marinated and canned cucumbers, cucumber-scented cosmetics, salads and chips excluded"),
        ("укропчик пучок в холодник", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh dill in any chain; herring «с укропом», chips and cheese with dill are other products "
           "(trap)"),
    ]),
    # fsc09 галушки
    ("мука пшеничная на галушки, яйца с0 десяток для теста, сало копченое кусочек", [
        ("мука пшеничная на галушки", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "42f4e32b0a", "f04dd7b81b"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733", "ЦТ0044544", "D000002191", "2000578792",
                     "2000576791", "2000317163", "2000213875"],
            "perekrestok": ["3915409", "3193726", "3305673", "91321", "4326495", "3681817", "4262616", "2037765",
                            "3626914", "2107396", "2112692", "91320", "16318", "3502351",
                            "2112693", "4278294", "3505430", "3292690", "4215036",
                            "3394693"],
        }, "ordinary wheat flour of any grade and pack: всех в/с and хлебопекарная 1-2 kg flours, «экстра» "
           "grade, the unbranded Дикси «Мука пшеничная хлебопекарная, 2 кг», Французская штучка «пшеничная, 1"
           " кг», Перекрёсток «Мука Царь, 1кг» (the brand's wheat flour, titled «пшеничная высшего сорта» in "
           "its 2 kg pack — judgement) and the Manitoba flour «из мягких сортов пшеницы»; «на галушки» is a "
           "purpose; pancake mixes («блинная»), self-raising flours, whole-grain/«цельносмолотого зерна» "
           "wheat flours (read as a different product — judgement), «Тихорецкая особая» (kind not stated), "
           "rye, rice, corn, buckwheat, oat, chickpea, almond, coconut and gluten-free flours excluded"),
        ("яйца с0 десяток для теста", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "4352464", "3356111",
                            "3432532", "2131762", "3421287", "3914040", "4236458",
                            "4012802", "4085790", "3182853"],
        }, "hen eggs of class С0 in packs of 10: titles «С0»/«СО»/«CO», «отборные»/«отборной категории» (the "
           "same class, by convention) and Роскар «Экстра категория С0»; С1, С2, «высшей категории» (СВ) and "
           "packs of 6/15/20/30 excluded"),
        ("сало копченое кусочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no smoked salo in any chain; bacon (сырокопченый/копчено-вареный), smoked-cooked грудинка and the"
           " seasoned salted Зелёная Линия salo are other products"),
    ]),
    # fsc10 шкварки
    ("сало свежее на шкварки кило, цыбуля репчатая, картопля 5 кг, соль крупного помола пачку", [
        ("сало свежее на шкварки кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh (raw, unsalted) pork fat in any chain; raw bacon slices (Ближние Горки «для жарки»), raw"
           " pork belly on the bone and salted/seasoned salo are other products"),
        ("цыбуля репчатая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "«цыбуля» = onion (Ukrainian/Belarusian); fresh bulb onions: Дикси «Лук репчатый» loose and "
           "packed; Перекрёсток loose, net, red «репчатый красный» 500 g, peeled raw «очищенный», 500 g and "
           "600 g packs; dried/ground onion (Kotanyi, Айдиго), onion rings snacks, «Зажарка» seasonings and "
           "everything «с луком» excluded; no fresh onions in Магнит or Пятёрочка"),
        ("картопля 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "«картопля» is Ukrainian for potatoes; fresh raw potatoes of any pack: Дикси loose, «Белорусский» "
           "in a pack, white and red washed; Перекрёсток loose, net, «Бэби» 2 kg, «Чик-Чик» 1 kg (taken as "
           "fresh potatoes, as in set vy), «гигант для жарки», «для варки»/«для жарки» 3 kg, red, «крупный "
           "отборный», «отборный» 2.5 kg; «5 кг» is a quantity of a weighed good; sweet potato (Батат), "
           "frozen fries, cooked/peeled «варёный очищенный», fried and baked potato dishes, mash, chips, pet "
           "food and Магнит «Картофель АЙДАХО (СП ГМ), 100г» (a ready dish, as in set g) excluded; Магнит and"
           " Пятёрочка carry no fresh potatoes"),
        ("соль крупного помола пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0044186", "DI00080806"],
            "perekrestok": ["3450465", "3613636", "3613637", "3255026"],
        }, "coarse table salt: Перекрёсток «Соль поваренная пищевая крупная, 1кг» and salt of помол №1 (the "
           "coarse grind of ordinary rock salt — judgement, as in set vy): Дикси «помол №1» 1 kg (two), "
           "Перекрёсток Salina «каменная … помол №1» 1 kg, Илецкая «помол 1» 180 g and 500 g; «пачку» is a "
           "unit; «Экстра», fine («мелкая»), medium (Мареман «Средняя», Крымская «средний помол»), помол №0, "
           "sea, Himalayan, Adyghe and flavoured salts, dishwasher and bath salts excluded"),
    ]),
    # fsc11 зелёный борщ
    ("щавель 2 пучка на зеленый борщ, яйца куриные 10 шт, картошечка кило, сметана савушкин", [
        ("щавель 2 пучка на зеленый борщ", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh (or canned) sorrel in any chain; Перекрёсток «Суп Щи из щавеля и шпината» is a ready "
           "soup (trap)"),
        ("яйца куриные 10 шт", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
                       "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
                     "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040",
                            "3001671", "4236458", "3355250", "2109476", "4012802",
                            "4085791", "2131763", "4085790", "4085792", "3182856",
                            "3182853"],
        }, "hen eggs in packs of 10 of any class (С0, С1, С2, отборные, «высшей категории», «Экстра»); packs "
           "of 6, 15, 20, 30, quail eggs, liquid egg products, chocolate eggs and mayonnaise «на перепелином "
           "яйце» excluded; Пятёрочка has no eggs; «10 шт» read as the pack of ten"),
        ("картошечка кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh raw potatoes of any pack: Дикси loose, «Белорусский» in a pack, white and red washed; "
           "Перекрёсток loose, net, «Бэби» 2 kg, «Чик-Чик» 1 kg (taken as fresh potatoes, as in set vy), "
           "«гигант для жарки», «для варки»/«для жарки» 3 kg, red, «крупный отборный», «отборный» 2.5 kg; "
           "«кило» is a quantity; sweet potato (Батат), frozen fries, cooked/peeled «варёный очищенный», "
           "fried and baked potato dishes, mash, chips, pet food and Магнит «Картофель АЙДАХО (СП ГМ), 100г» "
           "(a ready dish, as in set g) excluded; Магнит and Пятёрочка carry no fresh potatoes"),
        ("сметана савушкин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sour cream titled Савушкин; Брест-Литовск sour cream (Дикси, Магнит, Перекрёсток) is made by "
           "the same Belarusian company but the title names another brand, and Дикси «Хуторок» sour cream "
           "does not name Savushkin either, so the written brand is not met (judgement; a named brand is not "
           "replaced by another brand)"),
    ]),
    # fsc12 колбаса к чаю
    ("краковской колбаски кольцо, докторская колбаса грамм 500 на бутерброды, сыр брест-литовск кусочек, батон нарезной один к чаю", [
        ("краковской колбаски кольцо", {
            "pyaterochka": ["3631119"],
            "magnit": ["c5e3a9547a", "878681830d", "d687a93888"],
            "dixy": [],
            "perekrestok": [],
        }, "Краковская semi-smoked sausage: Магнит Ближние Горки 400 g, МДБ 400 g, Мясницкий ряд 300 g; "
           "Пятёрочка «Колбаса полукопченая Краковская 1кг» (Краковская is made as a ring — outside "
           "knowledge; the titles do not state the form); other semi-smoked sausages excluded; no Краковская "
           "in Дикси or Перекрёсток"),
        ("докторская колбаса грамм 500 на бутерброды", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d",
                       "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a",
                       "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, "Докторская boiled sausage of any brand and pack, sliced packs included (Магнит 100 g loose "
           "weights, «мини», «Особая», «от шефа»; Перекрёсток Черкизово нарезка, Велком кусок, Клинский, "
           "Окраина; Дикси МД Бородина 400 g and нарезка; Пятёрочка Кампомос); «грамм 500» is a quantity and "
           "«на бутерброды» a purpose; «Докторские» сосиски (Рублёвский) excluded"),
        ("сыр брест-литовск кусочек", {
            "pyaterochka": [],
            "magnit": ["07ea28435e", "f7f5ec29c3", "1000387429", "1000316963", "1000242775", "1000451006",
                       "1000242776", "1000316960", "1000316962", "1000316961"],
            "dixy": ["2000184737", "2000325240"],
            "perekrestok": [],
        }, "Брест-Литовск cheese in a piece, any variety (Классический, Финский, Гауда, Голландский, "
           "Королевский, Легкий, Маасдам, Российский; 200 g pieces); «кусочек» is a form: the slices (Магнит "
           "«слайсы»/«слайсами» 130 g, Пятёрочка «Брест-Литовский классический нарезка» 150 g) excluded, and "
           "Пятёрочка «Сыр Брест-Литовский легкий 35% 150г» left out too (150 g is the sliced pack of the "
           "line, the piece is 200 g — judgement); Брест-Литовск butter and sour cream excluded"),
        ("батон нарезной один к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "the loaf «Батон Нарезной» (Перекрёсток Коломенское Нарезной, Пр!ст «Нарезной классический "
           "нарезка», Маркет «Нарезной нарезанный» and «Нарезной улучшенный»; sliced loaves accepted); other "
           "батоны (Молочный, Горчичный, Зерновой, Новый, «к завтраку», Отрубной, Утренний, plain «Батон, "
           "300г») excluded — «нарезанный» means sliced, not the variety; snack bars «Батончик» excluded"),
    ]),
    # fsc13 сырники
    ("творог 5% полкило для сырников\nизюм без косточек в сырники\nванильного сахара пакетик\nсгущенка рогачев пару банок", [
        ("творог 5% полкило для сырников", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908",
                       "1000441658", "8000030462", "1000377235", "1720c2be05", "1000512632",
                       "c7f0f0e5ec", "2400019178", "1000372786", "1000475531", "1000572167",
                       "1000208909", "1079990193", "1000306424", "1000224037", "1000453157",
                       "1000426473", "161690c563", "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595",
                     "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116", "4294066",
                            "3668864", "4274201", "3279582", "3617778"],
        }, "plain cottage cheese of exactly 5% of any pack (рассыпчатый, традиционный, soft "
           "«мягкий»/«Нежный», lactose-free Parmalat, Зелёная Линия «Зернышко»); «полкило» is read as the "
           "amount for the recipe, not a 500 g pack (judgement), «для сырников» a purpose; 5.5% soft curd "
           "(Домик в деревне), «из топленого молока» (Кубанский молочник; judgement as for топлёное молоко), "
           "«зерненый в сливках», fruit/jam/raisin cottage cheeses (101 Зерно, Вкуснотеево «с изюмом», "
           "Зелёная Линия с вареньем), children's curds (Зелёная Линия «Биотворог детский» 5%), curd desserts"
           " and masses excluded; none in Пятёрочка"),
        ("изюм без косточек в сырники", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316951", "3640864", "4288277", "4308580", "4311579"],
        }, "seedless raisins: Перекрёсток «Виноград сушеный без косточек» (Зелёная Линия 150 g, Пр!ст 500 g) "
           "and Маркет «Виноград сушеный целый без косточки» 150 g — dried grapes are raisins, found on re-"
           "check under «сушен» —, plus «Изюм Голден Маркет» and «Изюм светлый Маркет Перекрёсток» "
           "(golden/light raisins are seedless sultana types — outside knowledge, the titles do not say «без "
           "косточек»); nut-and-raisin mixes, curd masses, breads and pastries «с изюмом» excluded; no "
           "raisins in the other chains"),
        ("ванильного сахара пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220514"],
            "perekrestok": ["4272698"],
        }, "vanilla sugar: Dr.Bakers «Сахар ванильный» 8 g in Дикси and Перекрёсток; Магнит «Ванилин ХААС» "
           "(vanillin, another product), vanilla syrups and anything «ванильный» excluded"),
        ("сгущенка рогачев пару банок", {
            "pyaterochka": [],
            "magnit": ["dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000186451", "2000014518"],
            "perekrestok": ["3376242", "4147345"],
        }, "Рогачевъ sweetened condensed milk 8.5% («с сахаром», «цельное»; 270-380 g); «пару банок» is a "
           "quantity; Рогачевъ boiled («Егорка вареное», «Вареное») and «с кофе» condensed milk excluded "
           "(other products); no Рогачевъ in Пятёрочка"),
    ]),
    # fsc14 пампушки
    ("дрожжи сухие на пампушки, часнычок, мука пшеничная 1 кг пачка, масло подсолнечное нерафинированное пахучее для пампушек", [
        ("дрожжи сухие на пампушки", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry yeast: Дикси «Саф-Момент сухие быстродействующие, 11 г» and Магнит «Дрожжи САФ-МОМЕНТ, 11г» "
           "(Саф-Момент is instant dry yeast — outside knowledge); pressed yeast (Магнит «ДРОЖЖИ ПРЕССОВАННЫЕ"
           " Люкс Экстра», Дикси «Люкс Экстра сухие хлебопекарные прессованные» — pressed yeast despite "
           "«сухие», as in set vy), yeast dough and yeast-free breads excluded"),
        ("часнычок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "4090538", "51157", "77278"],
        }, "diminutive of «часник» (garlic); fresh garlic as for «часник 2 головки»: loose, packed bulb, "
           "«ранний», Фермерский «отборный», cloves 100 g and 150 g pack; dried, granulated, ground, grated, "
           "smoked and salted garlic excluded"),
        ("мука пшеничная 1 кг пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000002191", "2000578792", "2000576791"],
            "perekrestok": ["91320", "16318", "3502351", "2112693", "4278294"],
        }, "wheat flour in 1 kg packs: Дикси Makfa хлебопекарная в/с, Французская штучка «пшеничная», Любимые"
           " традиции; Перекрёсток Предпортовая, Пышечка, Маркет, «Мука Царь, 1кг» (the brand's wheat flour —"
           " judgement) and Storie Di Farine Manitoba; 2 kg packs, pancake mixes («блинная»), self-raising "
           "and whole-grain/«цельносмолотого» flours and non-wheat flours excluded; no 1 kg wheat flour in "
           "Магнит or Пятёрочка"),
        ("масло подсолнечное нерафинированное пахучее для пампушек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4307791", "4149438", "3608379", "74883", "3653773", "4311768", "3683883",
                            "2071663"],
        }, "unrefined sunflower oil of any bottle: Дикси Благо, Слобода, Здоровое меню; Перекрёсток Dial-"
           "Export, Юкка Юг, Getuva high-oleic, Ароматы Жизни «из жареных семечек», Золотая Семечка, Русский "
           "МасляникЪ, Маркет 650 ml and 500 ml, «нераф» 900 ml; «пахучее» describes unrefined oil, «для "
           "пампушек» is a purpose; refined/deodorised oils, sunflower oils with olive/almond/linseed added "
           "or herb/garlic aroma, Аведовъ and Getuva New Way (refining not stated), olive, mustard and other "
           "oils excluded; no sunflower oil in Магнит or Пятёрочка"),
    ]),
    # fsc15 голубцы
    ("капуста на голубцы вилок, фарш свино-говяжий 1 кг подешевле, рис круглый пачку в голубцы, томатный сок литр для подливки", [
        ("капуста на голубцы вилок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546"],
        }, "a whole head («вилок») of fresh white cabbage: Дикси «Капуста белокочанная», Перекрёсток «Капуста"
           " белокочанная», «ранняя» and plain «Капуста» (white cabbage, as in set vy); shredded packs and "
           "salads, sauerkraut, marinated cabbage, cauliflower, broccoli, Chinese/sea cabbage excluded"),
        ("фарш свино-говяжий 1 кг подешевле", {
            "pyaterochka": [],
            "magnit": ["1f9a3b6240"],
            "dixy": [],
            "perekrestok": ["4364589"],
        }, "pork-and-beef mince: Магнит «Фарш МАГНИТ СВЕЖЕСТЬ Домашний» and Перекрёсток «Фарш Хороший Кусок "
           "домашний мясной» («Домашний» mince is the pork-beef mix — outside knowledge); «1 кг» and "
           "«подешевле» are quantity and wish; beef mince (Мираторг, Иван Мясоедов, Хороший Кусок, "
           "Перекрёсток), turkey (Индилайт), pollock mince and the minces whose meat is not stated (Черкизово"
           " «Фермерский», Ближние Горки «деревенский») excluded"),
        ("рис круглый пачку в голубцы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["4332035", "3674360", "3603169", "3231277", "3469128", "3469127"],
        }, "round-grain white rice of any pack incl. boil-in-bags: Дикси «Крупа Рис круглый», Зернышко к "
           "зернышку «круглозерный» 900 g and 5x80 g, Мистраль Кубань, Националь «Краснодарский белый "
           "круглозерный», Увелка «круглозерный шлифованный» bags; Перекрёсток Мистраль «Италика белый "
           "круглозерный», Мистраль Кубань bags, Увелка bags, «круглозернистый шлифованный», Маркет "
           "«круглозёрный» 900 g and 4x125 g; «пачку» is a unit; sushi rice (Sen Soy «для суши», «для "
           "японской кухни»), risotto rice (Адриатика, Бальдо), «Испанский» and Агро-Альянс «Экстра элитный "
           "кубанский» (grain not stated), long-grain, parboiled, basmati, jasmine, brown, plov rice and the "
           "rice-millet mix excluded; no round rice in Магнит or Пятёрочка"),
        ("томатный сок литр для подливки", {
            "pyaterochka": [],
            "magnit": ["9e403e69fb", "ced6e1653e", "c31db3f9e2"],
            "dixy": ["2000550671"],
            "perekrestok": ["3612826", "3649437"],
        }, "tomato juice in the litre pack (0.95-1 l): Дикси Любимый «100% томат, 0,97 л»; Магнит Добрый 1 l,"
           " Рич 1 l, Сады Придонья «с солью» 1 l; Перекрёсток Маркет «с мякотью … с солью» 1 l and Пр!ст «с "
           "солью и сахаром» 950 ml; «литр» names the pack, «для подливки» is a purpose; Магнит Рич 200 ml "
           "and Пятёрочка «прямой отжим 0,75л» (other sizes), Дикси «Нектар Любимый Томат-морская соль», "
           "Магнит «Детокс-сок томат-кинза-перец-чеснок», tomato paste and canned tomatoes excluded"),
    ]),
    # fsc16 кулеш
    ("пшено полкило на кулеш, сало с мясом, морковочка пара штук", [
        ("пшено полкило на кулеш", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats: Пятёрочка «Крупа пшено шлифованное в пакетиках для варки 400 гр.»; «полкило» is "
           "read as the amount wanted, not a pack size (judgement), «на кулеш» a purpose; Myllyn Paras «Каша "
           "… пшенная» (porridge), the Увелка «Дружба» rice-millet mix and ready millet porridge excluded; no"
           " millet in the other chains"),
        ("сало с мясом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no salo with a meat layer in any chain (the seasoned Зелёная Линия «Сало из свиного шпика» and "
           "Дикси «Шпик бутербродный» do not say so; bacon and smoked грудинка are other products)"),
        ("морковочка пара штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "4191099", "19345", "3368256", "60529", "4299784"],
        }, "diminutive of морковь; fresh carrots of any pack (Дикси loose and «белорусская мытая»; "
           "Перекрёсток loose, washed 1 kg and 200 g, tray, «для сока», mini); «пара штук» is a quantity; "
           "cooked carrots, Korean carrot salads, mixes, juices, purees excluded"),
    ]),
    # fsc17 налистники
    ("молочко 3.2% 2 литра, мука блинная пачка, творог на налистники", [
        ("молочко 3.2% 2 литра", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014",
                       "1812450001", "1000323041", "1000139951", "be3e0e74c3", "1000049786",
                       "1000445488", "1000127183", "1059990140", "4aff59ccac", "18ca387556",
                       "8000081425", "1000172272", "1899800825", "8000058295"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951",
                     "10J0077073", "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "drinking cow milk of exactly 3.2% — pasteurised, UHT, sterilised, any pack 200 ml-2 kg; "
           "children's drinking milk included as in all sets (Агуша «детское» 500 ml/925 ml, Тема «с 3 лет» "
           "and 200 ml, Аммм «безлактозное с 8 месяцев», Зелёная Линия «для детского питания с 8 месяцев», "
           "Пятёрочка АГУША 3.2%); «2 литра» is a quantity; ranges (3,2-4%, 3,2-6%, 3,4-4,5%, 3,5-4,5%), "
           "3.7%, топлёное milk, Му-у «Для капучино», flavoured milk and milk drinks excluded"),
        ("мука блинная пачка", {
            "pyaterochka": [],
            "magnit": ["6ea45de7b6", "5636222689"],
            "dixy": ["2000214069"],
            "perekrestok": ["16319", "2053130", "3502352"],
        }, "pancake flour mixes: Пышечка «блинная» (Дикси, Магнит ×2, Перекрёсток), С.Пудовъ «блинная "
           "классическая», Маркет «Мука блинная»; ordinary wheat flours and ready pancakes excluded"),
        ("творог на налистники", {
            "pyaterochka": ["4067060"],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "1000122024",
                       "0cfee9df84", "1000530486", "1000426470", "1000426465", "1000448252",
                       "8000055235", "1000563526", "1000535923", "3959a203ba", "8000068592",
                       "8000079349", "8000069908", "1000441658", "8000030462", "1000377235",
                       "1720c2be05", "1000512632", "c7f0f0e5ec", "2400019178", "1000372786",
                       "1000475531", "1000572167", "1000208909", "1079990193", "1000306424",
                       "1000224037", "1000453157", "1000426473", "161690c563", "1000448251",
                       "1000157386", "1000453156", "1eb57431af", "8000073444", "1899910741",
                       "8000079350", "8000033100", "1000372783"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076",
                     "2000280850", "2000564413", "2000312025", "2000410935", "2000595413",
                     "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595",
                     "2000539346", "2000568077", "2000309621", "2000512184", "2000599971",
                     "2000592831", "2000024202", "2000301689", "2000032946", "2000580113"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "3487310", "4294087",
                            "4249284", "4302679", "4166368", "4153930", "4128957",
                            "4299495", "4324116", "4294066", "3668864", "4274201",
                            "3279582", "3617778", "3194302", "4290625", "3692660",
                            "4069819", "4121611"],
        }, "any plain cottage cheese, any fat (0-18%), any pack, incl. soft «мягкий»/«Нежный», рассыпчатый, "
           "пластовой, lactose-free, Lactica «Скандинавский» 1.5%, fat-free; «на налистники» is a purpose; "
           "fruit/jam/raisin cottage cheeses and children's fruit curds (Агуша, Мама Лама, Тёма, Растишка, "
           "Бежин луг, Коломенский «дыня»), «из топленого молока», «со сметаной», «зерненый в сливках»/«101 "
           "Зерно», children's curds (Агуша «Классический», Тёма «для малышей», Зелёная Линия «Биотворог "
           "детский» — baby food), Коломенский «дыня» (kind unclear), curd products, desserts, masses, pastes"
           " and сырки excluded"),
    ]),
    # fsc18 окрошка
    ("квас хлебный 2 литра, хлебушка ржаного, редисочка пучок в окрошку, огурцов свежих 1 кг", [
        ("квас хлебный 2 литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kvass titled «хлебный»: Перекрёсток «Квас Медовый Зелёная Линия» is honey kvass and Пятёрочка "
           "«Квас … «Летний» фильтрованный 2,5л» does not state the kind; the written variety is required; "
           "«Капуста квашеная» is another product (trap)"),
        ("хлебушка ржаного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4149554", "3931337", "3126329", "3658457", "3631465", "2000243", "3965436", "78034810"],
        }, "bread titled rye («ржаной», «100% ржаной»): Перекрёсток Зелёная Линия «100% ржаной заварной», "
           "Грiдневъ «100% ржаной», Дарница «ржаной подовый половинка», Каравай «Ржаной половинка нарезка», "
           "Рижский Хлеб «Ржаной», Самарский «Старосельский ржаной», Экохлеб «Фермерский ржаной», «Батард "
           "Ржаной»; rye-wheat breads («ржано-пшеничный», Бородинский, Дарницкий), the brand Ржаной Край "
           "(Дикси, Магнит, Перекрёсток — a brand word, as in set g), rye crispbread («вафельный ржаной»), "
           "the garlic rye baguette (flavoured), ciabatta with rye flour, rye flour and croutons excluded"),
        ("редисочка пучок в окрошку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no radishes in any chain"),
        ("огурцов свежих 1 кг", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "3632205", "2098997", "3301324", "3255111", "2088998", "4072", "44569",
                            "2131726"],
        }, "fresh cucumbers of any kind and pack (same set as «свежих огурчиков»); «1 кг» is a quantity of a "
           "weighed good; pickled, salted and canned cucumbers excluded"),
    ]),
    # fsc19 селёдка с картошкой
    ("селедка слабосоленая целая, картошка мытая к селедке, масло подсолнечное пахучее", [
        ("селедка слабосоленая целая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78003365", "4352006", "35430", "3088471", "2078344", "70039", "61803", "9419", "3480999"],
        }, "whole lightly salted herring: Перекрёсток Pelican «атлантическая жирная неразделанная "
           "слабосолёная», «Москва на Волне Олюторская слабосолёная», «Сельдь слабосолёная» loose and in size"
           " grades 300+/350+/400+/500+, «тихоокеанская слабосолёная», «Сельдь атл.с/с в/у, 330г» (с/с = "
           "слабосолёная; not a fillet, taken as a whole fish — judgement); «целая» is a form: fillets and "
           "fillet pieces (also «слабосолёная филе», «бочковая слабосолёная филе») excluded; «свежесолёная» "
           "and «специального посола» (other salting), canned herring (Доброфлот, Форгрейт «натуральная»), "
           "herring in oil/marinade/sauce, smoked fillets, «под шубой» and celery drinks («сельдерей») "
           "excluded"),
        ("картошка мытая к селедке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309"],
            "perekrestok": [],
        }, "washed potatoes: Дикси «Картофель белый мытый в упаковке» and «Картофель красный мытый в "
           "упаковке»; «мытая» is a form the user wrote and no other fresh potato title says washed; «к "
           "селедке» is a purpose; unwashed/unstated fresh potatoes, cooked and processed potatoes excluded"),
        ("масло подсолнечное пахучее", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4307791", "4149438", "3608379", "74883", "3653773", "4311768", "3683883",
                            "2071663"],
        }, "«пахучее» = aromatic unrefined sunflower oil; same set as «масло подсолнечное нерафинированное "
           "пахучее»: all plain unrefined sunflower oils (Дикси Благо, Слобода, Здоровое меню; Перекрёсток "
           "Dial-Export, Юкка Юг, Getuva high-oleic, Ароматы Жизни, Золотая Семечка, Русский МасляникЪ, "
           "Маркет ×2, 900 ml); refined/deodorised and blended or aromatised oils excluded — judgement that "
           "«пахучее» names unrefined oil"),
    ]),
    # fsc20 молочное деду
    ("ряженка 4% бутылка, кефир 1% литр деду, творожок обезжиренный 2 пачки, маслица сливочного 72.5", [
        ("ряженка 4% бутылка", {
            "pyaterochka": [],
            "magnit": ["1000439736", "1000451592", "1000371474"],
            "dixy": [],
            "perekrestok": [],
        }, "ryazhenka of exactly 4%: Магнит Большая Кружка 4% 800 g and 500 g, Из Молока Нашей Дойки 4% 900 "
           "g; «бутылка» cannot be checked from the titles and is taken as a unit, not a filter; 2.1-3.5% and"
           " flavoured ryazhenka (клубника, груша, печёное яблоко, банан-карамель…), children's Агуша "
           "excluded; no 4% ryazhenka in the other chains"),
        ("кефир 1% литр деду", {
            "pyaterochka": [],
            "magnit": ["1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4334308", "4328084", "3636340", "3467794", "2084558", "3352331", "3604602"],
        }, "kefir of exactly 1% in the litre pack (0.9-1 l, as for «литровый»): Дикси Домик в деревне 900 g, "
           "Простоквашино 930 g; Магнит Вологодский 1 l, Село Зеленое 930 g; Перекрёсток Зелёная Линия 900 g,"
           " Молочный Знак 900 g, Вологодское 970 ml, Домик в деревне 900 ml, Пискаревский 1 l, Простоквашино"
           " 930 ml, Село Зелёное 930 ml; «деду» is a purpose; 1% packs of 330-800 g/ml (Магнит «Кефир 1% "
           "800г», Большая Кружка биокефир 500/800, Асеньевская 330 g, Ирбитский 400 g), "
           "«кефирный/биокефирный продукт», Bio Баланс «кефирный биопродукт» and other fat levels excluded"),
        ("творожок обезжиренный 2 пачки", {
            "pyaterochka": ["4067060"],
            "magnit": ["1000157386", "1000453156", "1eb57431af", "8000073444", "1899910741"],
            "dixy": [],
            "perekrestok": ["3194302"],
        }, "diminutive of творог; plain fat-free cottage cheese: titles «обезжиренный» (Магнит Моя цена, Село"
           " Зеленое, DANONE «мягкий», Резной Палисад «обезжиренный 1.8%»; Пятёрочка «Творог обезжиренный "
           "300г стакан») or 0% (Савушкин «Нежный» 0% in Магнит and Перекрёсток); «2 пачки» is a quantity; "
           "curd desserts «Творожок» (Чудо, Простоквашино, Савушкин), fat-free fruit drinks and 2%+ cottage "
           "cheese excluded; none in Дикси"),
        ("маслица сливочного 72.5", {
            "pyaterochka": [],
            "magnit": ["1000384151", "1000262381", "a1a2b1e98a", "3181241105", "1855599920", "1899911038",
                       "1844000142", "1000457493", "8000058591"],
            "dixy": ["2000401635", "2000288309", "2000538793"],
            "perekrestok": ["2029217", "3363741", "2068941", "3645266", "3472940", "4260610", "3980020", "4051359",
                            "3423762", "4035287", "3917028", "3384196", "3355277",
                            "86150", "3226314", "2071031", "3406593", "3371288",
                            "4147662", "4068626", "3347817"],
        }, "butter of 72.5% (Крестьянское and other 72.5% butters, any brand, lactose-free included; Можгасыр"
           " «Крестьянское 72.5%» found only on re-check, «сыр» had been an exclusion word) plus Перекрёсток "
           "«Масло Княгининское Крестьянское, 180г» (Крестьянское butter is 72.5% by standard — outside "
           "knowledge); 82-82.5% butters, Перекрёсток «Масло сливочное Волгодонское» (fat not stated), "
           "spreads, ghee and dishes «со сливочным маслом» excluded; none in Пятёрочка"),
    ]),
    # fsc21 колбаса и соленья
    ("кольцо колбасы полукопченой, капуста квашеная кило, огурчики соленые бочковые к картошке", [
        ("кольцо колбасы полукопченой", {
            "pyaterochka": ["3631119"],
            "magnit": ["c5e3a9547a", "878681830d", "d687a93888"],
            "dixy": [],
            "perekrestok": [],
        }, "a ring of semi-smoked sausage: the Краковская semi-smoked sausages (Магнит Ближние Горки, МДБ, "
           "Мясницкий ряд; Пятёрочка «Краковская» 1 kg) — Краковская is made as a ring (outside knowledge); "
           "other semi-smoked sausages whose form is not stated or is a stick (Дикси Папа Может «Чесночная», "
           "Венская салями, Эко Дорожная, Царицыно Идель; Магнит Венская/Финская/Домашняя салями; Перекрёсток"
           " Арбатская, Балыковая, Куриная), «колбаски» Охотничьи (thin links) and smoked-cooked/dry sausages"
           " excluded — «кольцо» is a form"),
        ("капуста квашеная кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000548651"],
            "perekrestok": ["2068014", "4006250", "4243262", "4116723"],
        }, "sauerkraut, plain or with carrot/caraway: Дикси «Капуста квашеная Фитнес, без сахара»; "
           "Перекрёсток Белоручка «с морковью» 1 kg, Маркет «с морковью и тмином», Зелёная Линия «с морковью "
           "шинкованная» 300 g and 800 g; «кило» is a quantity; sauerkraut with cranberries (Дикси) or apple "
           "(Перекрёсток) — flavoured with fruit, judgement —, marinated cabbage, Пелюстка with beet, kimchi "
           "and fresh cabbage excluded"),
        ("огурчики соленые бочковые к картошке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000406194", "2000324334"],
            "perekrestok": ["2145531", "4260395", "4379607", "3609120"],
        }, "barrel-salted cucumbers: Дикси Круглое лето «соленые бочковые» 900 g, Скатерть-самобранка "
           "«соленые бочковые» 720 ml; Перекрёсток Меленъ, Павловские, Станичные «солёные бочковые», "
           "Скатерть-Самобранка «бочковые по-домашнему солёные»; «бочковые» is a variety the user wrote: "
           "salted cucumbers not called бочковые (Корнишоны соленые, Маркет, Кубань Продукт, Лукашинские), "
           "Лукашинские «малосольные бочковые» (lightly salted, another product), marinated and fresh "
           "cucumbers excluded"),
    ]),
    # fsc22 грибной суп
    ("грибы белые сушеные на суп, перловка 1 пачка, картошки 2 кг в суп, морквы пару штук", [
        ("грибы белые сушеные на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["94668", "4254816"],
        }, "dried porcini: Перекрёсток Кедровый Бор «Таежные сушёные» 45 g and Зелёная Линия «сушеные» 40 g; "
           "frozen, fresh, marinated, salted porcini, other mushrooms and mushroom dishes/soups excluded; "
           "none in the other chains"),
        ("перловка 1 пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pearl barley in any chain (no «перловка»/«перловая»/«ячменная» groats)"),
        ("картошки 2 кг в суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh raw potatoes of any pack: Дикси loose, «Белорусский» in a pack, white and red washed; "
           "Перекрёсток loose, net, «Бэби» 2 kg, «Чик-Чик» 1 kg (taken as fresh potatoes, as in set vy), "
           "«гигант для жарки», «для варки»/«для жарки» 3 kg, red, «крупный отборный», «отборный» 2.5 kg; «2 "
           "кг» and «в суп» are quantity and purpose; sweet potato (Батат), frozen fries, cooked/peeled "
           "«варёный очищенный», fried and baked potato dishes, mash, chips, pet food and Магнит «Картофель "
           "АЙДАХО (СП ГМ), 100г» (a ready dish, as in set g) excluded; Магнит and Пятёрочка carry no fresh "
           "potatoes"),
        ("морквы пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "4191099", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots of any pack (Дикси loose and «белорусская мытая»; Перекрёсток loose, washed, tray, "
           "«для сока», mini); «пару штук» is a quantity; cooked carrots, salads, mixes, juices excluded"),
    ]),
    # fsc23 блины
    ("кефир 3.2% на блины, яичек 10 штук, масло растительное подешевле", [
        ("кефир 3.2% на блины", {
            "pyaterochka": ["3433425"],
            "magnit": ["9cbe548621", "1000531928", "1000143510", "790e8c96de", "1000350609", "48045cf20b",
                       "1899800795", "37f16272a7", "1000307731"],
            "dixy": ["2000253973", "2000208649", "DI00081047", "2000587052", "2000331970"],
            "perekrestok": ["4153932", "3668693", "4318914", "4174038", "4198906", "4252382", "3433425", "2083868",
                            "3467795", "3682461", "97452", "3922310", "4045978", "18510",
                            "4109799", "4159752"],
        }, "kefir of exactly 3.2% in any pack 175 ml-1 kg, incl. organic, «термостатный» and children's Агуша"
           " «Первая ложка» 3.2% (children's kefir treated like children's milk — judgement), Домик в деревне"
           " «Вкусный вечер» 3.2% (plain kefir); «на блины» is a purpose; ranges 3.2-4% (Из молока Нашей "
           "дойки), other fat levels, «кефирный коктейль» and «кефирный продукт» excluded"),
        ("яичек 10 штук", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
                       "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
                     "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040",
                            "3001671", "4236458", "3355250", "2109476", "4012802",
                            "4085791", "2131763", "4085790", "4085792", "3182856",
                            "3182853"],
        }, "hen eggs in packs of 10 of any class (С0, С1, С2, отборные, «высшей категории», «Экстра»); packs "
           "of 6, 15, 20, 30, quail eggs, liquid egg products, chocolate eggs and mayonnaise «на перепелином "
           "яйце» excluded; Пятёрочка has no eggs; «10 штук» read as the pack of ten"),
        ("масло растительное подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000002844", "2000268261", "DI00080540", "2000283309", "2000005808",
                     "2000296713", "2000555852", "2000154498", "2000559953", "DI00079242",
                     "2000561791", "2000396778", "DI00080746", "2000005809", "2000003488",
                     "ЦТ0039503", "2000563791", "2000210260"],
            "perekrestok": ["4067112", "97647", "4364877", "4307791", "4360914", "4332895", "4063704", "85884",
                            "2158543", "3958632", "4149438", "3608379", "2068955",
                            "4022580", "4250570", "2007886", "74883", "64128", "2046261",
                            "3340103", "3653773", "2147548", "3437316", "4269567",
                            "4311768", "3683883", "2071663", "3310650", "3197302",
                            "4218020", "6275", "2093709", "2043188", "3426152", "3426155",
                            "23714", "3454645", "21676", "3478098", "4277755", "4269569",
                            "4269568", "3642040"],
        }, "everyday vegetable oil = sunflower oil refined (also «рафинированное дезодорированное», high-"
           "oleic and the Altaria spray can — 15 Перекрёсток titles found only on re-check because «дезод» "
           "had been an exclusion word for deodorants) or unrefined, corn oil (Altero) and sunflower blends "
           "(with olive, almond, wheat-germ or linseed added, Благо «смесь подсолнечного и оливкового»), as "
           "in set vy; «подешевле» is a wish; olive, avocado, grape, mustard oils, sunflower oils flavoured "
           "with herbs/basil/garlic (Almador), Getuva «по-итальянски», butter, ghee and spreads excluded; no "
           "vegetable oil in Магнит (only mustard oil) or Пятёрочка (only olive)"),
    ]),
    # fsc24 узвар
    ("сухофрукты на узвар, мед липовый баночку в узвар, конфеты коммунарка", [
        ("сухофрукты на узвар", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dried-fruit mix for compote/uzvar in any chain; single dried fruits (Магнит Курага Семушка, "
           "Чернослив Восточный гость) are not the mix «сухофрукты на узвар» names (judgement), and Магнит "
           "НатурФудс «Смесь орехов и сухофруктов» is a nut snack; Перекрёсток «Узвар Великая Русь из груши-"
           "дички, 1л» is a ready drink (trap)"),
        ("мед липовый баночку в узвар", {
            "pyaterochka": [],
            "magnit": ["dadb78005d"],
            "dixy": [],
            "perekrestok": ["3687698", "4316603"],
        }, "linden honey: Магнит «Мед липовый БАШКИРХАН» 500 g; Перекрёсток «Мёд липовый натуральный Маркет "
           "Перекрёсток» 350 g and «Мёд натуральный липовый Маркет» 500 g; «баночку» is a unit and «в узвар» "
           "a purpose; other honeys (цветочный, горный, гречишный, акациевый…), cream honey with berries and "
           "honey-flavoured goods excluded"),
        ("конфеты коммунарка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Коммунарка candies in any chain: Дикси and Пятёрочка sell only Коммунарка chocolate bars "
           "(молочный, тёмный, горький с начинкой, «Трюфельный элит» 190/200 g bar), which are not конфеты"),
    ]),
    # fsc25 закусь
    ("горилка с перцем 0.5, сало с часником, огурчики малосольные на закусь, хлеба черного буханку к салу", [
        ("горилка с перцем 0.5", {
            "pyaterochka": [],
            "magnit": ["2044f1ffbf"],
            "dixy": ["2000197088"],
            "perekrestok": [],
        }, "«горилка с перцем» = Ukrainian-style pepper vodka, sold in Russia as «настойка горькая … с "
           "перцем» (outside knowledge): Дикси «Настойка горькая Nemiroff Мед с перцем, 40%, 0,5 л» (the "
           "Nemiroff honey-pepper horilka) and Магнит «Настойка горькая БУЛЬБАШЪ Медовая с перцем 37% "
           "(Беларусь), 0,5л»; both are 0.5 l as written; plain vodka (incl. Бульбашъ Особая), other Бульбашъ"
           " настойки (Журавинавая, Зубровая) and dried fish «с перцем» excluded"),
        ("сало с часником", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000601572"],
            "perekrestok": ["4280740"],
        }, "salo with garlic: Перекрёсток «Сало из свиного шпика с черным перцем и чесноком Зелёная Линия, "
           "100г» and Дикси «Шпик бутербродный Мясоедов с чесноком 200г» (шпик = salo; «бутербродный» may be "
           "a sliced or a minced spread product — either is salo with garlic, judgement); bacon, грудинка and"
           " garlic sausages excluded"),
        ("огурчики малосольные на закусь", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4260194"],
        }, "lightly salted cucumbers: Перекрёсток «Огурчики Лукашинские По-Суздальски малосольные бочковые, "
           "670г» only; ordinary salted («соленые», «бочковые») and marinated cucumbers and Lay's chips "
           "«Малосольные огурчики» (trap) excluded"),
        ("хлеба черного буханку к салу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4149554", "3931337", "3126329", "3658457", "3631465", "2000243", "3965436", "78034810",
                            "3382146", "4329404", "3974719", "3624125", "3974720",
                            "4074396", "3627134", "3953836", "4354623", "2053660",
                            "3945535"],
        }, "black (dark rye) bread: rye breads («ржаной», «100% ржаной», Батард Ржаной), Бородинский (4 "
           "titles), Дарницкий (6 titles) and Дарница «Двинский заварной» (Бородинский, Дарницкий and "
           "Двинский are the classic dark rye-wheat breads — outside knowledge, as in set vy); «буханку» is a"
           " unit (halves and sliced loaves accepted); light rye-wheat breads (Столовый, Деревенский, "
           "Чусовской, Даниловский, бездрожжевой ржано-пшеничный, Ароматный с изюмом), the brand Ржаной Край,"
           " the garlic rye baguette, rye crispbread, croutons and Перекрёсток «Гречка Чёрный Хлеб» (a "
           "buckwheat brand, trap) excluded; Перекрёсток only"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fscNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fsc\d\d ===$", line):
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
                    errors.append("fsc%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fsc%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fsc"))
