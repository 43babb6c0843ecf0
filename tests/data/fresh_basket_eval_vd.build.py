#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vd.jsonl -- a set of shopping lists of a mother who packs daily lunch boxes
for her husband (building site) and two school children, plus the family's ordinary groceries, hand-labelled
against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vd.build.py

LISTS below is literal data: 25 lists (3-5 items, 90 items) as such a mother would type them to a Telegram
bot, and for every item the product ids of every store that a reasonable shopper who wrote exactly that item
would accept.  The lists were written and saved in fresh_basket_eval_vd.blind_lists.txt (read-only) before any
offer was read; this script checks that every list text equals that blind draft, except the one item recorded
in REPLACED (its list was empty in all four stores).  Candidate titles were grepped broadly in
real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded
to е) and read one by one, then every item was re-checked by listing all in-stock titles matching its stem
that were not accepted.  The note of each item records what was accepted, what was deliberately left out and
any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable.
The labels were made without reading or running the tool being evaluated.

labelled_lists.build (unchanged, same directory) checks that every id exists in real_offers_g.jsonl *for that
store* and is in stock, that no id repeats within an item, that every item has a note and that the labels are
exactly the list's items in order (an item is the text between commas / new lines), then writes the JSONL;
labelled_lists.stats prints the counts.  List ids are fvd01 ... fvd25 in LISTS order; every list is in split
"fresh".
"""
import hashlib
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vd.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vd.blind_lists.txt")
BLIND_SHA256 = "23cf214e77ac334321d1974c4a5c398e269e6ff1e294eb00b4b3df72745d57f5"

# list number -> (blind item text, replacement text): the only changes made to the blind draft
REPLACED = {
    3: ("пленку пищевую", "бумажные салфетки в ланчбокс"),
}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvd01 sandwiches for the husband
    ("хлеб тостовый для ланчбоксов, ветчина нарезка мужу на бутеры, сыр ломтиками к тостам, огурчики свежие пару штук", [
        ("хлеб тостовый для ланчбоксов", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "toast bread (Хлеб ТОСТОВЫЙ Коломенский, wheat and cereal); other sliced loaves, хлебцы and "
           "brioche buns excluded; «для ланчбоксов» is a purpose"),
        ("ветчина нарезка мужу на бутеры", {
            "pyaterochka": [],
            "magnit": ["f40c256f93"],
            "dixy": [],
            "perekrestok": ["4239655"],
        }, "sliced ham (Черкизово «нарезка»); Перекрёсток Зелёная Линия «Ветчина куриная охлаждённая» 120 г "
           "taken as sliced (outside knowledge: a 120 g ham pack is a sliced pack); whole-piece hams "
           "(Великолукский 325 г, Вязанка 500 г, Индилайт 400 г, Владимирский Стандарт per 100 г), "
           "хамон/окорок/карбонад/буженина, blinis and cheese with ham excluded; «мужу на бутеры» is a "
           "purpose"),
        ("сыр ломтиками к тостам", {
            "pyaterochka": ["3388814"],
            "magnit": ["8000046709", "1000500635", "bb94e30976", "e2a74deed4", "be2dd7f6c8", "1b8b3c9113",
                       "1000560446", "1000278400", "ca5cdad8ff", "8000046707", "8000076647", "1000318957",
                       "1000452314", "8000072121", "31ddd058b1"],
            "dixy": ["2000365650", "2000557451"],
            "perekrestok": ["4353317", "4003953", "3500347", "4274229", "3501004"],
        }, "real cheese sold sliced (titles with «нарезка», «ломтики», «слайс(ы/ами)»), any kind incl. "
           "flavoured (with nuts, tomato-basil, olives) and light/protein cheese; processed slices (Hochland "
           "«Гриль Чиз … плавленый»), grated cheese, unsliced pieces and Магнит ПРЕЗИДЕНТ «Мастер бутерброда» "
           "(no slicing stated; judged a processed-cheese product, outside knowledge) excluded"),
        ("огурчики свежие пару штук", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000271421", "2000088660", "ЦТ0001499", "2000327957"],
            "perekrestok": ["3368260", "2098997", "3301324", "3255111", "2088998", "4072", "44569", "3632205",
                            "2131726"],
        }, "fresh cucumbers of any kind (гладкие, колючие, длинноплодные, короткоплодные, Бакинские, "
           "фасованные); Дикси «Огурцы корнишоны, в упаковке, 300 г» taken as fresh (the salted ones say "
           "«соленые») and Перекрёсток «Огурцы Хрустящие» (sold by kg at the fresh-cucumber price) taken as "
           "fresh - both outside-knowledge judgements; pickled/salted cucumbers and gherkins in jars, mixed "
           "pickles, the «огур» inside «йогурт», salads and cosmetics excluded; «пару штук» is a quantity"),
    ]),
    # fvd02 children's snack pack
    ("йогуртики детские по 100г, бананы на перекус, сок в маленьких пачках по 200 мл", [
        ("йогуртики детские по 100г", {
            "pyaterochka": ["3463087"],
            "magnit": ["1059990444", "8000022363", "1000568730", "1000272455"],
            "dixy": ["2000580591", "2000280864"],
            "perekrestok": ["4341332", "3629034", "4356575"],
        }, "children's yoghurts (Растишка, СуперКид) in single packs of about 100 g, read as 90-120 g; "
           "children's yoghurts in 180-210 g bottles (Агуша, Тёма, Фрутоняня, Мама Лама) and the 70 g "
           "Растишка packs excluded by the written size; adult yoghurts of 95-120 g (Alpenland, Campina, "
           "Савушкин, Простоквашино) excluded as not children's; children's curds (творог/биотворог) "
           "excluded; Пятёрочка «РАСТИШ.Йогурт ЗЕМЛЯН. … пит. 90г» accepted (found on re-check: abbreviated "
           "title)"),
        ("бананы на перекус", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas incl. Bio and red bananas; Перекрёсток «Бананы для жарки» (plantains), dried "
           "bananas and banana-flavoured goods excluded; «на перекус» is a purpose"),
        ("сок в маленьких пачках по 200 мл", {
            "pyaterochka": [],
            "magnit": ["135a3b5716", "2b7a93fdc9"],
            "dixy": ["2000586171", "ЦТ0021653", "2000193829", "2000592316", "ЦТ0042596", "ЦТ0017501",
                     "DI00081301", "ЦТ0017504"],
            "perekrestok": ["3411877", "3636704", "4001466", "4157531", "4157532", "4157530", "3387565",
                            "4340742", "4340738", "67047"],
        }, "any product sold as «сок» (any fruit or vegetable, children's juices incl.) in 200 ml / 0.2 l "
           "packs; Магнит РИЧ 200 мл (apple and tomato) accepted although the title does not say carton or "
           "glass (outside knowledge: Rich 0.2 l is sold in cartons too); nectars, «напиток сокосодержащий» "
           "(Добрый Active kid 200 мл), морс, компот, 125 ml and 250 ml juices excluded"),
    ]),
    # fvd03 packing material for lunch boxes
    ("фольга для бутербродов, пакеты zip lock, контейнеры с крышкой для обедов, бумажные салфетки в ланчбокс", [
        ("фольга для бутербродов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no food foil (пищевая фольга) in the offers; aluminium frying pans and foil face masks excluded"),
        ("пакеты zip lock", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no zip-lock/food storage bags in the offers; garbage bags, boil-in-bag groats and tea bags "
           "excluded"),
        ("контейнеры с крышкой для обедов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no food containers in the offers; Перекрёсток «Ланч бокс Корейский свинина хе» is a ready meal, "
           "not a container"),
        ("бумажные салфетки в ланчбокс", {
            "pyaterochka": [],
            "magnit": ["a9b3dab026"],
            "dixy": [],
            "perekrestok": ["3951668"],
        }, "REPLACED item (blind text «пленку пищевую»: no cling film in any store, so the whole list was "
           "empty): paper table napkins (WELLFORT 3-ply, Home Story 2-ply); facial tissues (ZEWA «д/лица», "
           "«Салфетки для лица»), handkerchiefs, wet wipes and paper towels excluded; «в ланчбокс» is a "
           "purpose"),
    ]),
    # fvd04 sandwich basics
    ("колбаса сервелат подешевле\nмайонез провансаль побольше\nяйца с1 десяток 2 шт", [
        ("колбаса сервелат подешевле", {
            "pyaterochka": ["0da064a041"],
            "magnit": ["bb6f79075c", "11b5f25ada", "6d879da1f1", "24ef845cb6", "c1950da806", "8ee202a921"],
            "dixy": ["2000535171", "2000422431", "2000603351", "2000590791"],
            "perekrestok": ["4361224", "4322507", "4323441"],
        }, "every sausage sold as «сервелат» (Финский, Зернистый, Московский, Кремлёвский, Мускатный, "
           "Пражский, Карельский, Мраморный…; 100 g price units incl.); Черкизово «Сервелетти» (a raw-smoked "
           "stick sausage of that brand, not a cervelat) excluded; «подешевле» is a wish, not a filter"),
        ("майонез провансаль побольше", {
            "pyaterochka": [],
            "magnit": ["1000077733", "1000498096", "d8bbb63f48", "1000558908", "1000077734", "ddda8365b8",
                       "2c23c84574", "53cac67445", "1799700138", "1000501598", "1000554514", "1000556519",
                       "1000556521", "56ff8ec751", "7d31b46ae3", "1000277219", "1000169172", "f0f427f9d4",
                       "8000045827", "1000233673", "1728400030", "1000179908", "da818e4a20", "7a519275b4",
                       "1000422623", "1000014596", "1000356802", "1000348713", "1000556520"],
            "dixy": ["2000570511", "T000005518", "ЦТ0040573", "2000593851", "2000409572", "ЦТ0027566",
                     "2000204803", "2000156539", "2000265607", "1100075125", "2000000160", "2000135999",
                     "ЦТ0045065", "2000429651", "2000539317", "2000602611", "2000202369", "2000306265",
                     "2000172969"],
            "perekrestok": ["3412258", "4072721", "2047206", "4339442", "4259098", "4259097", "4297819",
                            "3677986", "4331515", "4331518", "4331533", "4331500", "4331497", "3016147",
                            "3467275", "3419671", "3674577", "3193489", "78193", "3389322", "4199312",
                            "3029014", "4112954", "4105769"],
        }, "every mayonnaise whose title says «Провансаль» (any fat, with lemon juice, olive or sour-cream "
           "Провансаль, and every «Московский Провансаль» mayonnaise incl. Домашний/Сливочный/на перепелиных "
           "яйцах, the brand being named after the variety); mayonnaises without «провансаль» (оливковый, на "
           "перепелином яйце, классический Heinz/Mr. Ricco Классико, Чистый, Домашний Я люблю готовить, "
           "Слобода Московская), «майонезный соус» and Пятёрочка Ряба «оливковый» excluded; «побольше» is a "
           "size wish, not a filter (every pack size kept)"),
        ("яйца с1 десяток 2 шт", {
            "pyaterochka": [],
            "magnit": ["3454700001", "e5202b5cfd", "1000247384", "2047000033", "1000247393"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "chicken eggs of class С1 (also written C1 or «1 категории») in packs of 10; С0/отборные, С2, "
           "«высшей категории», packs of 6/15/20/30 and quail eggs excluded; «2 шт» is a quantity of packs"),
    ]),
    # fvd05 hot lunch for the building site
    ("тушенка говяжья 2 банки, рожки на гарнир, гречку ядрицу на кашу, подсолнечное масло для жарки", [
        ("тушенка говяжья 2 банки", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b"],
            "dixy": ["2000313236", "2000408120", "T000000869", "2000258591", "2000192964", "2000415753",
                     "2000220776", "2000302684", "2000557431"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef («Говядина тушеная», any grade/size); stewed turkey and horse meat, pork, "
           "ready meals with beef and baby meat purees excluded; «2 банки» is a quantity"),
        ("рожки на гарнир", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "f20a2d2027", "367d4ecfc8"],
            "dixy": ["2000575212", "2000544352", "2000005384", "2000005385", "2000572794"],
            "perekrestok": ["4199587", "4274071", "4340660", "3435299", "4328907", "82772", "4273871"],
        }, "dry pasta of the elbow shape: «рожки», «рожок» (крупный, витой, полубублик, Малютка with "
           "tomato-spinach), Роллтон Рожки с оливковым маслом (dry pasta) and Перекрёсток Maltagliati "
           "«Chifferini Rigati» (chifferi = ridged elbows, outside knowledge); other shapes (перья, спирали, "
           "ракушки, улитки, Pipe Rigate, спагетти), ready «Макароны по-флотски», ice cream «в рожке» "
           "excluded"),
        ("гречку ядрицу на кашу", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "2000180341",
                     "2000539995", "2000219613", "1030037286"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178",
                            "4009020", "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448",
                            "4090171", "4019310", "3603166", "39155", "3696237", "3477255", "3231481",
                            "3600743", "3493533", "3994791", "3667612", "4059000"],
        }, "brown buckwheat groats incl. quick-cooking/steamed and boil-in-bag; plain «гречка»/«крупа "
           "гречневая» titles without «ядрица» accepted as ядрица (outside knowledge: no продел is offered "
           "anywhere, and plain buckwheat groats are whole-kernel ядрица); green buckwheat, ready buckwheat "
           "dishes (с грибами, по-купечески, с овощами), buckwheat drinks, flour pasta and the «греч» in "
           "Greek yoghurts excluded; «на кашу» is a purpose; Чёрный Хлеб ядрица (непропаренная and "
           "быстроразваривающаяся, found on re-check: titles contain «Хлеб») and Аривера «непропаренная» "
           "accepted as ordinary kasha buckwheat (outside knowledge: non-steamed ядрица is not green "
           "buckwheat)"),
        ("подсолнечное масло для жарки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "2000005808", "2000555852", "DI00079242", "2000005809",
                     "2000003488", "ЦТ0039503", "2000563791", "2000210260", "2000154498", "2000283309",
                     "DI00080540"],
            "perekrestok": ["4218020", "6275", "2093709", "2043188", "2068955", "4022580", "2007886",
                            "3426152", "3426155", "23714", "3454645", "3642040", "21676", "3478098",
                            "2147548", "4277755", "4269569", "4269568", "2046261", "3340103", "64128"],
        }, "refined sunflower oil (title says «рафинированное», high-oleic and spray incl.): «для жарки» is "
           "read as naming refined oil, the usual frying oil (outside knowledge); unrefined oils, blends «с "
           "добавлением оливкового/миндального/льняного», flavoured Almador oils and titles that do not say "
           "refined (Аведовъ, Getuva New Way) excluded; Магнит has no sunflower oil; «Золотая семечка» "
           "refined oils added on re-check (first grep had excluded «семеч»); Золотая Семечка "
           "нерафинированное excluded"),
    ]),
    # fvd06 sausages for the kids
    ("сосиски молочные детям на обед, кетчуп heinz к сосискам, батон для бутербродов", [
        ("сосиски молочные детям на обед", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83"],
            "dixy": ["2000300143", "2000322511", "2000125037", "2000602632", "2000572752", "2000600471"],
            "perekrestok": ["3416253", "3198697", "4175216", "4100629", "3464086", "3390152", "4276248",
                            "4329781"],
        }, "sausages of the «Молочные» kind, any brand/size incl. Индилайт «Молочные из индейки» and 100 g "
           "price units; Вязанка «Молокуши», Окраина «с натуральным молоком», сливочные, «Детям» (not "
           "молочные) and other kinds excluded; «детям на обед» is a purpose"),
        ("кетчуп heinz к сосискам", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157803", "4157356", "4274972",
                            "4157697", "4225365", "4274971", "4157703", "4116848", "4157704", "4154517",
                            "4157702", "4116830", "4274973"],
        }, "every Heinz ketchup (Кетч./Кетчуп of any flavour and size, incl. the Перекрёсток titles «Кетчуп "
           "Heinz Pikador …»); Дикси «Кетчуп Pikador» without Heinz in the title, other brands' ketchups, "
           "Heinz sauces (барбекю, сырный, горчичный…), Heinz mayonnaise, peas, corn and baby food excluded; "
           "«к сосискам» is a purpose"),
        ("батон для бутербродов", {
            "pyaterochka": [],
            "magnit": ["a37c992f14", "7fa10b807d"],
            "dixy": [],
            "perekrestok": ["4318510", "4318511", "4264947", "2065120", "4329401", "3680023", "4102687",
                            "4329402", "4157283", "78011178"],
        }, "white loaves sold as «Батон» (нарезной, молочный, отрубной, горчичный, зерновой, к завтраку, "
           "sliced or not); Магнит «Булка Рижская» (a bun), батончики and bread of other kinds excluded; «для "
           "бутербродов» is a purpose"),
    ]),
    # fvd07 drinks and biscuits
    ("водичка негазированная 0.5 6 шт, холодный чай lipton, печенье юбилейное в школу", [
        ("водичка негазированная 0.5 6 шт", {
            "pyaterochka": [],
            "magnit": ["f54aafe234", "dcf748edda", "2553561", "d13e3cd3df"],
            "dixy": ["2000292748", "2000557954", "2000145439", "ЦТ0040414", "2000308567", "2000275919"],
            "perekrestok": ["3922562", "3655717", "3674371", "4316385", "70516"],
        }, "still drinking/table water in 0.5 l bottles (Архыз, Бон Аква, Сенежская, Горная вершина, "
           "Пилигрим, Aqua Minerale, Tassay, Мензелинка, Маркет); Дикси «Aqua Minerale, 0,5 л» and "
           "«Сенежская, 0,5 л» (gas not stated) taken as still (outside knowledge: the plain labels are the "
           "still ones); sparkling, medicinal (Borjomi, Ессентуки, Нарзан…), flavoured waters and other sizes "
           "(0.33, 0.45, 1-5 l) excluded; «6 шт» is a quantity"),
        ("холодный чай lipton", {
            "pyaterochka": ["3487481"],
            "magnit": [],
            "dixy": ["2000285268", "2000264940"],
            "perekrestok": ["3487474"],
        }, "Lipton Ice Tea ready-to-drink tea of any flavour/size; Lipton tea bags (Yellow Label) and other "
           "brands' iced teas (Rich, Nestea/НЕСТИ, YES!, Святой источник, Пр!ст) excluded"),
        ("печенье юбилейное в школу", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "858769ffec", "68b382d22e"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every «Юбилейное» biscuit (traditional, молочное, with glaze, oatmeal); колбаса «Юбилейная» and "
           "Julius Meinl «Юбилейный» coffee excluded; «в школу» is a purpose"),
    ]),
    # fvd08 dairy for the kids
    ("творожки агуша в ланчбокс, сырки глазированные в школу, молоко 2.5% детям на завтрак, кефир на вечер", [
        ("творожки агуша в ланчбокс", {
            "pyaterochka": [],
            "magnit": ["1000177278", "1000109125", "1051242603", "1812432013", "1812432015", "1812432014",
                       "1000564007", "8000049983"],
            "dixy": [],
            "perekrestok": ["4174763", "2137027", "69726"],
        }, "Агуша children's curd (творог детский, plain and fruit, 80-100 g); other Агуша products (yoghurt, "
           "kefir, ряженка, milk, porridge, purees) and other brands' children's curds (Тёма, Мама Лама, "
           "Растишка) excluded; «в ланчбокс» is a purpose"),
        ("сырки глазированные в школу", {
            "pyaterochka": ["4061730", "f17a948634"],
            "magnit": ["8000070532", "1000305762", "42cd196db0", "1000059925", "1899801136", "1000518913",
                       "1000581120", "1000274202", "8000078945", "d7df85a8e4", "1000580175", "1000149410",
                       "61ab02df21", "2a844a0718", "1432ba3e24", "b3f3665e14", "1000359365", "1000238205",
                       "1000172948", "1000238206", "1000167330", "1000122409", "1000167329", "1000149411",
                       "1000186648", "1000186649", "1000059932", "1000138236", "1000351466", "1000359364",
                       "8000061673", "8000061566", "1000580174", "a436bb1f2b", "2a66b2b012", "758f114f7c",
                       "9119334841", "1000411952", "1000402146", "1000117018", "1000077349", "1000286637",
                       "1000286638"],
            "dixy": ["2000597331", "2000597332", "2000179854"],
            "perekrestok": ["4227636", "4227649", "4227635", "4227614", "3041670", "20615", "3666242",
                            "3666241", "4208433", "3427052", "3454107", "3463779"],
        }, "glazed curd snack bars: titles saying глазированный / «гл.» / «в … глазури» / «в молочном "
           "(тёмном) шоколаде», any flavour and pack (incl. multipacks and Ростагроэкспорт «Десерт творожный "
           "глазированный»); Чудо «Сырок творожный … Десерт» bars and Сыркофф 23 % bars taken as glazed "
           "(outside knowledge: both lines are glazed bars); unglazed сырки (90-100 g with raisins/vanilla, "
           "Ростагроэкспорт «Сырок творожный ванильный 20%», Коровка из Кореновки, Хозяйство Васильевой), "
           "Свитлогорье glazed curd «палочки» 180 g, Магнит «Сырок в вафельном рожке», Дикси «Десерт … "
           "Чизкейк», творожная масса and processed cheese excluded; «в школу» is a purpose"),
        ("молоко 2.5% детям на завтрак", {
            "pyaterochka": [],
            "magnit": ["1051242602", "1000143306", "1812450029", "cfca1c1906", "ef94b89629", "1000418036",
                       "8000029029", "1000563706", "1000035016", "1000037901", "1000445487", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384",
                     "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "drinking cow milk labelled exactly 2.5% (pasteurised, UHT, sterilised, children's Агуша 2.5% "
           "incl.); топлёное 2.5% (Зелёная Линия), other fat levels, flavoured milk, kefir/ряженка/yoghurt "
           "2.5% and butter brands named «…молоко» excluded; «детям на завтрак» is a purpose"),
        ("кефир на вечер", {
            "pyaterochka": ["3433425"],
            "magnit": ["1000451591", "1000563708", "1000451590", "1000439735", "1000531928", "9cbe548621",
                       "1000143510", "1000139426", "610b0779be", "1000350608", "1000350609", "790e8c96de",
                       "1899800689", "1899800795", "48045cf20b", "1899911984", "1899912534", "1000166736",
                       "1000307731", "37f16272a7", "8000033639"],
            "dixy": ["2000227476", "2000253973", "2000560239", "2000208649", "ЦТ0028202", "DI00081047",
                     "2000560991", "2000587052", "2000166045", "2000331970"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4280893", "4245052", "4280483",
                            "4137919", "4153932", "3668693", "4318914", "4174038", "4198906", "4252383",
                            "4252382", "3433425", "4229630", "2083868", "3636340", "18510", "3467794",
                            "3467795", "4302774", "4263416", "4263418", "3682461", "3491537", "4233125",
                            "3604726", "4109799", "2084558", "2173827", "3352331", "2093082", "97452",
                            "3386041", "3429041", "3604602", "4159752", "4045978", "3922310"],
        }, "kefir of any fat and size, incl. биокефир, термостатный, organic and Агуша children's kefir; "
           "«биокефирный/кефирный продукт», Bio Баланс «биопродукт кефирный», Простоквашино «кефирный "
           "коктейль», bread «на кефире» and shashlik «в кефире» excluded; «на вечер» is a purpose"),
    ]),
    # fvd09 family dinner week
    ("куриное филе на неделю, рис длиннозерный на плов, морковка на суп, лук на зажарку, сметанка жирная 20%", [
        ("куриное филе на неделю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "3694848", "4323072", "3273915",
                            "3653837", "2173555", "3946764", "4329298", "3191300", "52888", "3362832",
                            "3336397", "3940063", "4312563", "3678985", "3649232", "3609675", "4116904",
                            "4306879", "3034277", "4347498", "3216279"],
        }, "raw chilled chicken breast fillet: «филе грудки», «филе куриное», «филе цыплёнка(-бройлера)» "
           "taken as breast fillet (as in set g), small inner fillet («малое»), Петелинка/Петруха medallions "
           "cut from the fillet; Перекрёсток «Филе грудки фермерское» accepted as chicken (species not "
           "written; outside knowledge); thigh fillet, Перекрёсток «Филе грудки … на кости» and «Грудка "
           "Псковская» (bone-in breast, not fillet), cooked/breaded products, ready meals and turkey "
           "excluded; Магнит and Пятёрочка offer no chicken breast fillet; «на неделю» is a quantity"),
        ("рис длиннозерный на плов", {
            "pyaterochka": ["3674167", "3647681", "3493524"],
            "magnit": ["442b8a34cc"],
            "dixy": ["2000594951", "2000180347", "2000002128", "2000261091", "2000288318"],
            "perekrestok": ["3635865", "4254250", "3469129", "3469126", "4290674", "39747", "3674166", "57930",
                            "3634155", "3603168", "3634156"],
        }, "white long-grain rice: titles saying длиннозерный/длинный (parboiled incl.), Индика, and "
           "jasmine/basmati rice (long-grain varieties, outside knowledge); round-grain, brown, "
           "Italian/Spanish/Japanese rice and rice whose grain length is not stated (Агро-Альянс Экстра Gold "
           "пропаренный, Националь Пилаф/Пропаренный золотистый/Золото Таиланда/Адриатика, «Рис пропаренный "
           "шлифованный», Светофор mix) excluded; «на плов» is a purpose; rices sold «для плова» "
           "(Агро-Альянс, Зернышко к зернышку, Мистраль, Маркет, Националь — the latter says «среднезерный») "
           "do not state long grain and were excluded"),
        ("морковка на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784", "4191099"],
        }, "fresh carrots of any pack (loose, washed, tray, mini); Korean-style carrot salads, carrot in "
           "mixes, juices, purees and pet food excluded; «на суп» is a purpose; Перекрёсток «Морковь для "
           "сока, 1кг» (fresh carrots) added on re-check; boiled peeled carrots excluded"),
        ("лук на зажарку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (лук репчатый incl. red, peeled, in net); dried onion (Kotanyi, Айдиго), "
           "onion-flavoured goods, «Лукашинские» and рахат-лукум excluded; «на зажарку» is a purpose"),
        ("сметанка жирная 20%", {
            "pyaterochka": [],
            "magnit": ["1000461809", "1000203662", "1000237596", "4221528ef6", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405", "30145abd36"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000509715", "2000544033",
                     "2000411407"],
            "perekrestok": ["4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524", "4250761"],
        }, "sour cream labelled exactly 20%; 10/15/25 % sour cream, «сметанный продукт», sour-cream "
           "mayonnaise and sauces excluded; «жирная» is satisfied by 20 %; Перекрёсток «Сметана 20% Зелёная "
           "Линия, 300г» added on re-check (first grep had excluded «зелен»)"),
    ]),
    # fvd10 fruit for school
    ("мандаринки в школу, яблоки зеленые на неделю, груши детям", [
        ("мандаринки в школу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins (Дикси «Мандарины сладкие»); BIOMIO dish soap with mandarin oil and Skittles "
           "excluded; «в школу» is a purpose"),
        ("яблоки зеленые на неделю", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664", "4047567", "4194478", "4152180", "3171926"],
        }, "fresh green apples: «зелёные» and Granny Smith, plus Перекрёсток «Яблоки Симиренко» (a green "
           "variety, outside knowledge); red and yellow varieties (Голден, Гала, Ред делишес, Фудзи…), apples "
           "of unstated colour (ранние, Садовые, Органика, Муцу taken as yellow-green), juices, purees and "
           "apple-flavoured goods excluded; «на неделю» is a quantity"),
        ("груши детям", {
            "pyaterochka": [],
            "magnit": ["3c38bb868f"],
            "dixy": ["2000003213", "ЦТ0024100", "D000011164"],
            "perekrestok": ["4258954", "4370831", "50819", "4370830", "79223", "6881", "4370829", "3095430",
                            "4370828", "3326082", "31314", "3633264", "47341", "200", "79038", "84531", "292",
                            "47319", "9469", "4370794", "7228", "48673", "4372904", "3326080", "3139324",
                            "3339375", "6882", "2814", "57357", "3243465", "806", "4209031"],
        }, "fresh pears of every variety (incl. Chinese pears); pear-flavoured yoghurts/ряженка, confiture, "
           "узвар, настойка, toys («игрушк») and cosmetics excluded; «детям» is a purpose"),
    ]),
    # fvd11 snacks for school
    ("кириешки 3 пачки, чипсы маленькие, батончики мюсли в школу, орешки", [
        ("кириешки 3 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the brand Кириешки is not in the offers; other croutons (Воронцовские, Хрусteam, Take It/OP'N'GO, "
           "sweet сухари with raisins, breadcrumbs) excluded because a brand was written (as in set zh), "
           "although «кириешки» is sometimes used for any small croutons; «3 пачки» is a quantity"),
        ("чипсы маленькие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036304", "2000330912", "10J0079471", "2000325823"],
            "perekrestok": ["4376005"],
        }, "potato chips in small packs, read as up to 70 g (Lay's 37 g and 70 g, Kixx 50 g), any flavour; "
           "packs of 80 g and more (Русская картошка 80 г, Lay's 81-90 g, 100-225 g packs), grain "
           "«флайчипсы», chickpea chips, meat chips and corn nachos excluded"),
        ("батончики мюсли в школу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000227732"],
            "perekrestok": ["4211374", "3455922", "3455919", "3600317", "3600318", "3600319", "4304777",
                            "3407418"],
        }, "muesli/cereal bars: titles «батончик-мюсли» and «(фруктово-)злаковый» bars (Gerber); fruit bars "
           "(ФрутоНяня, Пятёрочка «Фруктовый батончик»), nut bars (Nut&Go, Pikki, R.A.W., Reeel), protein "
           "bars, chocolate bars and Рот Фронт «Батончики» sweets excluded; «в школу» is a purpose"),
        ("орешки", {
            "pyaterochka": [],
            "magnit": ["81631c53d8", "abd3cbd84c", "ed9925faf2", "ed892219d9", "54004547b7", "fd9ad7f0a4",
                       "dcb49ccf2f", "f6f9a683d9", "1fcc40680d", "a19a7e2d66", "b3ee07a59e", "cbb2d0c598",
                       "8b9281613e", "4d5c9ecb86"],
            "dixy": ["2000539539", "2000327986", "2000539534", "2000539549", "2000327653", "2000594771"],
            "perekrestok": ["3912995", "4279867", "4279870", "4279869", "4279871", "4279872", "4279875",
                            "3942814", "4280430", "4252731", "3900342", "4314009", "3640845", "3649109",
                            "4306959", "4304105", "4314008", "3428417", "3948591", "4280242", "4117048",
                            "4280433", "3640846", "4280434", "4306957", "3428419", "4065823", "4053145",
                            "4305385", "4305393", "3428415", "3411931", "2020566", "4369326", "68781",
                            "49082", "4207559", "3499562", "4090837", "4073982", "49715", "2049819",
                            "4309728", "72535", "3162277", "3451308", "4105870", "4262027", "4249887",
                            "4331200", "3943233", "3948588", "3428414", "4066346", "3660622", "3942813",
                            "3640863", "3638619", "4259621", "4303530", "4269170", "4313961", "4259321",
                            "4274180", "3900345", "3942810", "4259987", "4262202", "4279868", "4259335"],
        }, "edible nuts as a snack: peanuts (plain and flavoured Chico&Rico), cashews, almonds, pistachios, "
           "hazelnuts, walnuts (kernels and in shell), nut mixes and nut-led mixes with raisins/dried fruit, "
           "the Магнит nut gift set; crushed pistachios for baking, almond flour, nutmeg, seeds (sunflower, "
           "«Семечки … с арахисом»), dates stuffed with nuts, nut desserts/spreads/chocolate and cedar-named "
           "vodka excluded; raw cashews/pistachios, in-shell pistachios and cashews with honey-sesame or "
           "teriyaki coating added on re-check; Маркет «Драже кешью в карамели» (a sweet) excluded"),
    ]),
    # fvd12 paper and bags
    ("влажные салфетки с собой\nполотенца бумажные 2 шт\nмешки для мусора 60л 2 рулона", [
        ("влажные салфетки с собой", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "337392b1b2", "4655517315", "9022eaa3a8",
                       "36ac79cfc0", "2499871", "d50c79a365", "667fad1c9c", "bd449a17ff", "73ec40a66f"],
            "dixy": [],
            "perekrestok": [],
        }, "wet wipes for hands/body of any pack size (antibacterial, universal, children's and baby wipes); "
           "wet toilet paper (Kleenex, Мон Рулон), AURA wipes «д/поверхностей», intimate-hygiene wipes (Я "
           "САМАЯ), K2R laundry sheets and dry paper napkins excluded; «с собой» is a purpose, not a pack "
           "size"),
        ("полотенца бумажные 2 шт", {
            "pyaterochka": [],
            "magnit": ["84553e2983", "4079668ed1", "1782e40b42", "32a9e59c4b", "2616a9cbe3", "16ad542324",
                       "ce24df13d2"],
            "dixy": [],
            "perekrestok": [],
        }, "paper kitchen towels of any pack (1, 2 or 4 rolls); «2 шт» is a quantity; paper napkins and "
           "tissues excluded"),
        ("мешки для мусора 60л 2 рулона", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "garbage bags of 60 l (МАГНИТ НУЖНЫЕ ВЕЩИ Био ушки 60 л); «2 рулона» is a quantity; no other "
           "garbage bags in the offers"),
    ]),
    # fvd13 wraps and salads
    ("тунец консервы, кукурузу бондюэль, листья салата на бутеры, лаваш армянский для роллов", [
        ("тунец консервы", {
            "pyaterochka": ["3610561"],
            "magnit": ["bc43ddc83b", "f4bfc133e7", "fa610b1a57"],
            "dixy": ["D000010279", "2000535351", "2000533435", "2000301085", "2000552775", "2000533434"],
            "perekrestok": ["4003716", "4003717", "4003714", "4003715"],
        }, "canned tuna of any kind (natural/own juice, in oil, chunks or chopped, cans and the Пятёрочка "
           "glass jar); Меридиан tuna «Риет» spread, frozen/raw tuna fillet, salads with tuna and cat food "
           "excluded"),
        ("кукурузу бондюэль", {
            "pyaterochka": [],
            "magnit": ["a869e5b9ba", "d2de35fd7c"],
            "dixy": ["2000279948", "DI00079261", "10E0064890"],
            "perekrestok": [],
        }, "Bonduelle canned sweet corn of any size; other brands' corn (Globus, Грин Рэй, 6 соток, Heinz, "
           "Пр!ст…), Bonduelle «Мексика микс» and other Bonduelle vegetables excluded"),
        ("листья салата на бутеры", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lettuce (листовой, айсберг, романо, латук) in the offers; spinach, mangold («Салат Мангольд»), "
           "rucola-chard-spinach mixes and ready salads excluded as not lettuce leaves"),
        ("лаваш армянский для роллов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "Armenian lavash (Маркет, Коломенский тонкий); tandoor and cheese flatbreads (лепёшки) excluded; "
           "«для роллов» is a purpose"),
    ]),
    # fvd14 wrap fillings
    ("сыр плавленый в треугольничках, крабовые палки в лаваш, перепелиные яйца детям", [
        ("сыр плавленый в треугольничках", {
            "pyaterochka": [],
            "magnit": ["09f119dd16", "1862400009", "ae17955afa", "1000270511", "1000270513"],
            "dixy": ["2000319790", "2000541172"],
            "perekrestok": [],
        }, "portioned processed cheese: titles saying «треугольники», «порционный» or «8 порций», and the "
           "Viola 130 g, Hochland 140 g and Сыробогатов 130 g packs taken as boxes of triangles (outside "
           "knowledge: those are the portion-box sizes); processed cheese in tubs/blocks (200-400 g, Дружба "
           "90-100 g, Viola 140-380 g), slices (Hochland Гриль Чиз, Чизбургер/Сэндвич), President 150 g (form "
           "unknown), «плавленый продукт», Фетакса and cream cheese excluded"),
        ("крабовые палки в лаваш", {
            "pyaterochka": [],
            "magnit": ["4f11f65802", "8a27ccab55"],
            "dixy": ["2000307177", "ЦТ0035069", "2000224260", "2000179155", "2000300878", "2000521851",
                     "2000546772"],
            "perekrestok": ["45926", "4124683", "3204340", "26084", "2154175", "2154177", "3408151", "4157138",
                            "4112613", "3169222", "3210145", "3199420", "3659730", "4096079", "24998",
                            "2043673", "3500653", "2162050", "3458", "4291954", "4291955"],
        }, "crab sticks (imitation surimi sticks, chilled or frozen, incl. «с мясом краба» and Vici «для "
           "рулетиков»); «крабовое мясо», Краб-ролл/Лосось-ролл filled rolls, Vici «Crabe De L'amour» with "
           "sauce filling, crab-flavoured chips/croutons and Камчатский краб chips excluded; «в лаваш» is a "
           "purpose; Дикси Русское море «Салатные» crab sticks added on re-check (first grep had excluded "
           "«салат»); seaweed salad with crab sticks excluded"),
        ("перепелиные яйца детям", {
            "pyaterochka": [],
            "magnit": ["8000079148"],
            "dixy": ["2000601592"],
            "perekrestok": ["3413822", "3477870"],
        }, "raw quail eggs (10 or 20 pcs, children's Qegg incl.); Перекрёсток smoked quail eggs (a ready "
           "snack) and mayonnaise «на перепелином яйце» excluded; «детям» is a purpose"),
    ]),
    # fvd15 sandwich spread
    ("колбаса докторская на бутерброды, маслице 82.5, черный хлеб в нарезке", [
        ("колбаса докторская на бутерброды", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "352b78741a", "0406a2a7ef", "c9c2b3f600", "6e16b1777a",
                       "89c39c317d", "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "80689e53b3",
                       "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["3385812", "2170372", "3434232", "4312573"],
        }, "boiled sausage «Докторская» of any maker, size or form (piece, sliced, 100 g price units, "
           "Царицыно «Докторская Особая», «от шефа»); Докторские сосиски, Доктор Кёрнер snacks and other "
           "products excluded; «на бутерброды» is a purpose"),
        ("маслице 82.5", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                       "1000433642", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643",
                       "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831",
                     "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609",
                            "3026226", "4113532", "3434127", "3612778", "4310021", "4055506", "86149",
                            "3369241", "3698785", "3287314", "3396544", "3657363", "4292462", "4343792",
                            "3699369", "4196090", "3953367", "4135603", "3922315", "3654551"],
        }, "butter labelled exactly 82.5% (сливочное/сладкосливочное, salted or not, lactose-free incl.); "
           "butters labelled 82% (Arla Natura, Jalo Kerma, Киприно, Молочный знак, President), 72.5% and "
           "other oils excluded because the written fat value must match"),
        ("черный хлеб в нарезке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3974720", "4074396", "3627134", "3658457",
                            "4276930", "3953836", "3624125", "2053660", "3965436", "3634576", "4049144"],
        }, "sliced rye or rye-wheat bread (Бородинский, Дарницкий, ржаной, ржано-пшеничный, titles saying "
           "нарезка/нарезанный); unsliced dark loaves (Каравай Столовый половинка, Чусовской, Рижский, "
           "Дарница подовый…), wheat-rye «хлебец», grain breads and the brand «Ржаной Край» (Магнит, Дикси, "
           "Перекрёсток; composition not stated, as in set g) excluded; sliced «Столичный» (Щелковохлеб, "
           "Черемушки) added on re-check as rye-wheat dark bread (outside knowledge: Столичный is a rye-wheat "
           "recipe); Измайловский, Крестьянский, Бабушкин (flour not stated) excluded"),
    ]),
    # fvd16 tea break on the site
    ("кофе 3в1 самый дешевый, сгущенка мужу в кофе, вафли в дорогу, сушечки", [
        ("кофе 3в1 самый дешевый", {
            "pyaterochka": [],
            "magnit": ["50c83bd3a0", "7b7ccd7e8a", "755c5490b7", "746de8284b", "a2274b9d99", "e67fe7ef5f",
                       "4be2b27047", "d340d565fe", "03b9d053de"],
            "dixy": [],
            "perekrestok": [],
        }, "instant 3-in-1 coffee drinks (sticks or packs of any brand: Maxwell House, Московская кофейня на "
           "паяхъ, Jacobs, Nescafé, Жокей, MacCoffee); other coffee and non-coffee «3в1» goods (shower gels, "
           "shampoos, capsules) excluded; «самый дешевый» is a ranking wish, not a filter; Пятёрочка "
           "«Кофейный напиток Nescafe Classic, 7х18 г» excluded (3-in-1 not stated) and Jacobs «4 в 1» "
           "excluded"),
        ("сгущенка мужу в кофе", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "1000003186", "1000427075", "cc9252c04f", "be9bed5042",
                       "66294fd8e5", "1000129520", "dedd707721", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4218934",
                            "4211054"],
        }, "sweetened condensed milk (молоко сгущённое цельное / с сахаром, any size incl. the 1% Пр!ст and "
           "Рогачевъ «цельное 8,5%», taken as sweetened by its fat value); boiled condensed milk, «с кофе», "
           "«вкус печенье», Моя цена «Продукт молочный Сгущенка» (not milk) and sweets/ice cream with "
           "condensed milk excluded; «мужу в кофе» is a purpose"),
        ("вафли в дорогу", {
            "pyaterochka": ["3000449", "3673372", "3957302", "1191"],
            "magnit": ["98361dfdef", "c66dcb1c29", "ff8a1f323c", "3112081001", "df2cfb12b6"],
            "dixy": ["2000575912", "2000571911", "2000395386"],
            "perekrestok": ["4323197", "4323148", "4323149"],
        }, "wafers sold as «Вафли» of any flavour (incl. mini wafers, Viennese soft wafers, Kinder Maxi King "
           "wafer bar, sugar-free Take a Bitey); wafer cakes (торт вафельный), «Вафельные рулетики», "
           "Пятёрочка «Гофры» (a different product name), wafer sweets, chocolate and bars with wafer, ice "
           "cream in wafer cones excluded; «в дорогу» is a purpose"),
        ("сушечки", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": ["4280136"],
        }, "сушки (Невская сушка mini with poppy seeds, Ладожский малышок); баранки, Дикси «Сушки Nina Farina "
           "Тараллини с чесноком» (Italian savoury taralli, outside knowledge) and the «полубублик» pasta "
           "shape excluded"),
    ]),
    # fvd17 spreads for sandwiches
    ("печеночный паштет на бутерброды, печень трески 1 банка, хлебцы ржаные 2 пачки", [
        ("печеночный паштет на бутерброды", {
            "pyaterochka": ["121c493676", "3966502"],
            "magnit": ["72650c06ba", "6771fd64ae"],
            "dixy": [],
            "perekrestok": [],
        }, "liver pâté: «Паштет из печени», «Печеночный» and Пятёрочка canned «Паштет с гусиной печенью» (a "
           "liver pâté); chicken/turkey/duck/salmon/vegetarian pâtés (Argeta Курица, Жан де Вейрак, Магуро, "
           "Гродфуд), Зелёная Линия «Паштет По-домашнему» (composition not stated), pet food pâtés and raw "
           "beef liver excluded; «на бутерброды» is a purpose"),
        ("печень трески 1 банка", {
            "pyaterochka": [],
            "magnit": ["43e66c8a47"],
            "dixy": [],
            "perekrestok": [],
        }, "canned cod liver (Вкусные консервы По-мурмански); cod roe and cod dumplings excluded; «1 банка» "
           "is a quantity"),
        ("хлебцы ржаные 2 пачки", {
            "pyaterochka": [],
            "magnit": ["eb4308a4fa"],
            "dixy": [],
            "perekrestok": [],
        }, "rye crispbread (Щедрые «Тонкие ржаные»); crispbreads not stated to be rye (grain, buckwheat, "
           "rice, corn, Бурже «шведские с семенами»), loaves named «Хлебец» and rye bread excluded; «2 пачки» "
           "is a quantity"),
    ]),
    # fvd18 the husband's salo
    ("сало соленое мужу на работу, чеснок головки 2, горчица к салу, хрен в баночке", [
        ("сало соленое мужу на работу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4280740"],
        }, "salted pork fat (Зелёная Линия «Сало из свиного шпика с черным перцем и чесноком», taken as "
           "salted cured salo, outside knowledge); Дикси «Шпик бутербродный с чесноком» (a spread), "
           "smoked/boiled грудинка and raw pork belly excluded; «мужу на работу» is a purpose"),
        ("чеснок головки 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "77278", "4018137"],
        }, "fresh garlic bulbs (loose, «в упаковке, 1 шт», ранний, Фермерский «отборный 1 сорта, 1шт»); "
           "peeled cloves («зубчиками»), Фермерский Чеснок 150 г (form not stated), salted, dried, smoked, "
           "chopped garlic and garlic presses excluded; «2» is a quantity"),
        ("горчица к салу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000582072", "2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["4361057", "4361055", "4361056", "3120635", "4276808", "21002", "21001", "3995314",
                            "3995313", "2143139", "3333328", "3333301", "3332502", "3285595", "3297748",
                            "4152780", "4149116", "4152778", "4322908", "3358711", "3358713", "3438145",
                            "3435016", "3372044", "4337616", "4337618", "4337617", "4273279", "4229365",
                            "4229364", "3416298", "2153858", "3434688", "3980912", "3456246", "4268545",
                            "3135056", "3332503"],
        }, "prepared table mustard of any kind (Русская, столовая, дижонская, зернистая, баварская, with "
           "honey, fruit mustards); mustard powder, whole mustard seeds (Волшебное дерево «целая»), "
           "mustard/honey-mustard sauces and mustard-oil goods excluded; «к салу» is a purpose; mustards «С "
           "хреном» (Столичная, ЕЖК) added on re-check; Дядя Ваня relish with mustard excluded"),
        ("хрен в баночке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000203670", "2000118860"],
            "perekrestok": [],
        }, "prepared table horseradish in jars (Махеевъ, Главпродукт); pickles and dishes «с хреном» excluded"),
    ]),
    # fvd19 vegetables for lunch boxes
    ("помидорки черри в ланчбокс, мини морковь, огурцы короткоплодные на нарезку, виноград без косточек детям", [
        ("помидорки черри в ланчбокс", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000003231", "2000601471", "2000601472", "2000580827", "2000186544"],
            "perekrestok": ["3373662", "4217379", "11971", "3410591", "3634714", "4381951", "4381952",
                            "4371254"],
        }, "fresh cherry tomatoes of any colour/shape (on the vine, plum-shaped, Кумато черри мини, mixes); "
           "cocktail tomatoes («коктейль»), ordinary tomatoes, salted cherry tomatoes and canned/dried "
           "tomatoes excluded; «в ланчбокс» is a purpose"),
        ("мини морковь", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3463356"],
        }, "mini carrots (Перекрёсток «Морковь Зайкино Счастье мини, 250г»); ordinary fresh carrots (incl. "
           "«Морковь свежая мытая … 200г», size not stated) and Korean-style carrot excluded"),
        ("огурцы короткоплодные на нарезку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4072"],
        }, "fresh cucumbers titled «короткоплодные»; other fresh cucumbers (гладкие/колючие среднеплодные, "
           "длинные, Бакинские, «Хрустящие», фасованные of unstated type, Дикси fresh gherkins) excluded "
           "because the variety was written; pickled/salted cucumbers excluded; «на нарезку» is a purpose"),
        ("виноград без косточек детям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, "fresh seedless grapes (Дикси «Виноград Мускат, без косточки»); Перекрёсток fresh grapes not "
           "stated seedless (Artfrut белый, Ред Глоб, Тайфи, чёрный), dried grapes/raisins, fruit mixes and "
           "grape-flavoured goods excluded; «детям» is a purpose"),
    ]),
    # fvd20 kids' drinks
    ("сок добрый 0.2 детям 10 шт, молочный коктейль чудо шоколад, вода детская", [
        ("сок добрый 0.2 детям 10 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4157531", "4157532", "4157530"],
        }, "Добрый juices in 200 ml packs (Добрый Active Kid яблочный, яблоко-вишня, яблоко-персик, all "
           "titled «Сок»); Добрый Active kid «напиток сокосодержащий», Добрый juices of 0.3/0.33/1 l, Добрый "
           "nectars, морс and soft drinks excluded; «детям 10 шт» is purpose and quantity"),
        ("молочный коктейль чудо шоколад", {
            "pyaterochka": ["3466824", "3339126"],
            "magnit": ["1000008104", "1000089124", "3010420008"],
            "dixy": [],
            "perekrestok": ["3339133", "42876"],
        }, "Чудо chocolate milkshake of any size (incl. the «ЧУДО ДЕТКИ» chocolate shake); Чудо shakes of "
           "other flavours (клубника, дыня, кокос, фисташковый пломбир, «Вишня в шоколаде», капучино), Чудо "
           "yoghurt/pudding/сырки and other brands excluded"),
        ("вода детская", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "daea15c2c5", "162ec6aa1d"],
            "dixy": ["2000523032", "2000523034", "2000311289", "2000605054", "2000601611"],
            "perekrestok": [],
        }, "drinking water sold for children (ФрутоНяня, Аквалайн «Для ляль», Черноголовка Бэйби, Кидси) of "
           "any size; Агуша «Вода и сок» (a juice drink) and ordinary waters excluded"),
    ]),
    # fvd21 household
    ("Порошок для стирки, fairy большой, губки для посуды пачку, бумага туалетная", [
        ("Порошок для стирки", {
            "pyaterochka": [],
            "magnit": ["d8aa9ce5e8", "3372dfb7f6", "3c569d2305", "cf77b09c0c", "a728270b73", "eda27ccd92",
                       "f93558c546", "2002145e39", "147d8a2d07", "d8210473b5", "9570abee2a", "84c2d44059",
                       "933f2db840", "e486f7b53f", "e1ac0bab6d", "bed5eabde5", "240fe4229e", "95636dc9ca",
                       "4d919fe5ff", "cc70715e17", "8d8c8ce3af", "9ec3c6b343", "4a43abe881", "0cfa8dff0c",
                       "d01298315d", "eee3b0a174", "6d62d005d5", "21dd0bf72c", "e045589f41", "f7a5acd6cd",
                       "0998583ce9", "0306390d77", "f400bf3623", "467ad72946", "32662031ca", "e08459da72"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry powder of any brand, kind and size (автомат, колор, детский, concentrate); laundry gels, "
           "liquids and capsules, dishwasher powders (Somat, Finish) and other «порошок» goods excluded"),
        ("fairy большой", {
            "pyaterochka": [],
            "magnit": ["186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "8d877b13ce", "bbb10983dd"],
            "dixy": ["2000274013", "2000591971", "2000371202"],
            "perekrestok": [],
        }, "Fairy dish-washing liquid in the big bottles, read as 900 ml and 1.35 l; Fairy 430-650 ml bottles "
           "excluded by «большой», Fairy dishwasher tablets (All in 1) excluded; Перекрёсток has only 430/450 "
           "ml Fairy"),
        ("губки для посуды пачку", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges for dishes (МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5 шт.); shoe sponge and bath puffs in "
           "shower-gel sets excluded"),
        ("бумага туалетная", {
            "pyaterochka": [],
            "magnit": ["e9a925895a", "328b9015fd", "9a0bd598be", "939f14debe", "11634cf6c9", "e01188fba0",
                       "013f5191a0", "be21812bf9", "6189f05c16", "cdc752b01e", "24f2c70304", "b0339ecad9",
                       "2300103434", "f88b88076f", "0f9bdfbe08", "475d902330", "be65d013c1"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": ["75364"],
        }, "dry toilet paper rolls of any brand, ply and pack; moist toilet paper (Kleenex, Мон Рулон) "
           "excluded as a different product"),
    ]),
    # fvd22 borscht
    ("картошка сетка 5 кг, капусты пол кочана, свеколка пару штук, томатная паста для борща", [
        ("картошка сетка 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450", "4265670"],
        }, "fresh raw potatoes of any variety or pack (loose, in net, washed packs, Бэби, для жарки/варки, "
           "Чик-Чик taken as fresh packaged potatoes); no 5 kg net is offered, so «сетка 5 кг» is read as the "
           "quantity wanted of a weighed good (as «картошка 2 кг» in set g); boiled peeled, fried, frozen "
           "potatoes, chips and ready dishes excluded"),
        ("капусты пол кочана", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546"],
        }, "fresh white cabbage sold as heads (белокочанная, ранняя, plain «Капуста»); pre-shredded packs "
           "(резаная, соломка, «Салат Белая дача Капуста»), sauerkraut, marinated cabbage, other cabbages and "
           "seeds excluded; «пол кочана» is a quantity"),
        ("свеколка пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "786", "3378167", "13998", "4375880", "3368257",
                            "4299508"],
        }, "fresh whole raw beetroot (loose, bunched, young, washed, in net/bag/tray); boiled beetroot, "
           "peeled/shredded packs, Korean beet salad, mangold and beet sugar excluded; «пару штук» is a "
           "quantity"),
        ("томатная паста для борща", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000521414", "2000569071", "2000322276", "2000536311", "2000000761"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste of any brand and pack; ketchup, passata («протертая мякоть»), tomato juice and "
           "sauces excluded; «для борща» is a purpose; Дикси «Паста Помидорка томатная, 380 г» added on "
           "re-check (word order)"),
    ]),
    # fvd23 dairy run
    ("творог 5% пачки 2, молоко ультрапастеризованное 3.2% 2 пакета, ряженка в бутылке", [
        ("творог 5% пачки 2", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908",
                       "1000441658", "8000030462", "1000377235", "1000512632", "1720c2be05", "9aeeb10b64",
                       "c7f0f0e5ec", "2400019178", "1000372786", "1000475531", "1000572167", "1000208909",
                       "1079990193", "1000306424", "1000224037", "1000453157", "1000426473", "161690c563",
                       "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052",
                     "2000227595", "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116",
                            "4274201", "3279582", "3617778", "3668864", "4294066"],
        }, "plain cottage cheese labelled exactly 5% (traditional, рассыпчатый, мягкий/нежный, lactose-free, "
           "from baked milk); 4.5/5.5/9/18 % curd, curd with raisins or jam, children's biocurd, творожная "
           "масса/сырки/десерты excluded; «пачки 2» is a quantity; Зелёная Линия «Творог Зёрнышко 5%» (no "
           "cream or flavour stated) added on re-check; «зерненый в сливках» / «101 зерно + сливки» curds "
           "excluded as a different product"),
        ("молоко ультрапастеризованное 3.2% 2 пакета", {
            "pyaterochka": [],
            "magnit": ["1000244834", "1000172272", "1899800825", "1812450001", "1000323041", "1000049786",
                       "be3e0e74c3", "8000058295", "18ca387556"],
            "dixy": ["2000238271", "2000066819", "2000560951", "10J0077073", "2000600213"],
            "perekrestok": [],
        }, "drinking cow milk titled ультрапастеризованное and labelled exactly 3.2% (children's UHT milk "
           "Агуша/Тема incl.); pasteurised, sterilised and milk whose treatment is not stated, топлёное, Му-у "
           "«Для капучино» (barista milk), other fat levels excluded; «2 пакета» is a quantity; Перекрёсток "
           "has no UHT 3.2% milk"),
        ("ряженка в бутылке", {
            "pyaterochka": [],
            "magnit": ["1000385205", "1000451592", "1000439736", "1000371474", "1000348552"],
            "dixy": ["2000536771", "2000587053", "2000313789"],
            "perekrestok": ["4230794", "4173940"],
        }, "plain ряженка of any fat and size incl. Агуша children's 3.2% and Домик в деревне «Топленое "
           "молоко» (the classic taste); no title states the packaging, so «в бутылке» could not be checked "
           "and was not used to exclude (as Nescafé «в пакете» in set zh); fruit-flavoured ряженка (груша, "
           "клубника, печёное яблоко, банан-карамель, курага-чернослив, малина) and Эго «термостатная» (set "
           "in its cup, outside knowledge) excluded"),
    ]),
    # fvd24 weekend
    ("копченая грудинка, бородинский хлеб буханка, редиска свежая, пиво мужу", [
        ("копченая грудинка", {
            "pyaterochka": [],
            "magnit": ["41a7bb135b"],
            "dixy": [],
            "perekrestok": [],
        }, "smoked pork belly sold as «Грудинка» (Ремит «Домашняя», копчено-вареная); bacon (sold as "
           "«Бекон»), raw pork belly on the bone and beef brisket excluded"),
        ("бородинский хлеб буханка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "Borodinsky rye bread (whole or part loaves, sliced or not; «буханка» read as the unit wanted); "
           "Магнит гренки BEERKA «Бородинские» and the brand «МД Бородина» excluded"),
        ("редиска свежая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no radishes in the offers (the «редис» stem matches nothing; daikon/black radish absent too)"),
        ("пиво мужу", {
            "pyaterochka": [],
            "magnit": ["b7be4e1cdf", "8f5e8411f3", "c97b2b855e", "4b9214b25a", "69a66b3a0f", "5efbef1867",
                       "ee4fd3d93d", "7e7ff281a0", "b22153f240", "e5d1876122", "42f69bfc00", "ae5974fdda",
                       "f66314d40a", "b4204a2237", "63c65170c7", "9f7d0a8f2d", "409bf95866", "e2bedcaafd",
                       "0c7af2aa41", "2d2759556d", "bc158ed1af", "cdadff0fd2", "c7cb3e4e83", "72ef636633",
                       "2e39130955", "1b3181a9dc", "cff5b47f4d", "3ea97ca924", "ec022e4637"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic beer of any colour, style and size (Магнит only), plus Эдельвейс «Напиток пивной» "
           "нефильтрованный 4,9% taken as a wheat beer (outside knowledge, as in set zh); flavoured beer "
           "drinks (Доктор Дизель, Konix Cherie, Мишенька под вишенкой, Green Beat, Tony's Garret, Жигули "
           "Манго-маракуйя, Essa…), ALKO rum-cola, медовуха and beer snacks excluded; «мужу» is a purpose"),
    ]),
    # fvd25 freezer
    ("пельмени на ужин, замороженные котлеты, наггетсы куриные детям, блинчики с мясом мужу на обед", [
        ("пельмени на ужин", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4",
                       "dabbb02c05", "f4f41d5103", "72632b1f85"],
            "dixy": ["2000596852", "2000596851", "2000282673", "2000558274", "2000318344", "2000411354",
                     "2000565192"],
            "perekrestok": [],
        }, "meat pelmeni of any brand (beef/pork, chicken, veal; Горячая штучка «Бульмени» and «Бигбули» "
           "incl.); Перекрёсток «Пельмени Четверг рыбные из трески» (fish) excluded as not the default meat "
           "pelmeni; «на ужин» is a purpose"),
        ("замороженные котлеты", {
            "pyaterochka": [],
            "magnit": ["a7684b72ad", "00beea1146", "8706d861f4", "870ea52286"],
            "dixy": ["2000579232"],
            "perekrestok": [],
        }, "frozen cutlets: Морозко (beef, turkey), Ложкаревъ chicken cutlets in breading and Мираторг "
           "«По-киевски» — none says «замороженные», all taken as frozen by brand/line (outside knowledge); "
           "chilled cutlets (охлажденные, Люкс СП ГМ, Петелинка, Наша Птичка, Первая свежесть), ready meals "
           "«котлета с картофелем/пюре», Vici fish burgers, шницели and minced meat excluded; Магнит «Котлеты "
           "МИРАТОРГ, для бургеров, говяжьи, 300г» added on re-check (first grep had excluded «для бургер»), "
           "taken as frozen (outside knowledge)"),
        ("наггетсы куриные детям", {
            "pyaterochka": [],
            "magnit": ["a36ebb7d8a", "fd1fdcfdd7"],
            "dixy": [],
            "perekrestok": [],
        }, "chicken nuggets (Золотой Петушок традиционные, Мираторг куриные); Индилайт turkey nuggets and "
           "Золотой Петушок «Стрипсы» excluded; «детям» is a purpose"),
        ("блинчики с мясом мужу на обед", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pancakes with meat in the offers; блинчики with curd, cherry, strawberry, liver (Останкино «с "
           "печенью») and ham-and-cheese excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: each list follows a line '--- fvdNN' up to the next such line."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("--- fvd"):
                if cur is not None:
                    texts.append("\n".join(cur).strip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).strip("\n"))
    return texts


def check_blind():
    with open(BLIND, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    if digest != BLIND_SHA256:
        sys.exit("blind draft changed: sha256 %s != %s" % (digest, BLIND_SHA256))
    blind = read_blind(BLIND)
    if len(blind) != len(LISTS):
        sys.exit("blind draft has %d lists, LISTS has %d" % (len(blind), len(LISTS)))
    errors = []
    for n, (text, _) in enumerate(LISTS, 1):
        expected = blind[n - 1]
        if n in REPLACED:
            old, new = REPLACED[n]
            if expected.count(old) != 1:
                errors.append("fvd%02d: replaced item %r not found once in the blind text" % (n, old))
            expected = expected.replace(old, new)
        if text != expected:
            errors.append("fvd%02d: %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fvd"))
