#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vh.jsonl -- shopping lists of a pregnant woman in her second trimester (doctor's
advice and cravings: pasteurised dairy, lean meat, fish, fruit, vegetables, juice, pickles, ice cream) and her
husband's ordinary items, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vh.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed to a Telegram bot, and for every item the product ids
of every in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  The
lists were written and saved in fresh_basket_eval_vh.blind_lists.txt before any offer was read; this script
checks that every list text equals that blind draft (apart from the items in REPLACED, which is empty: no item
was replaced).  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings) and read one by one; the note of each item records what was
accepted, what was deliberately left out and any judgement resting on outside knowledge.  An empty list means
the store has nothing acceptable (the item is "missing" there).  The labels were made without reading or
running the tool under evaluation.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock
(``available`` true), no id repeats within an item, every item has a note, and the labels are exactly the
list's items in order (an item is the text between commas / new lines) -- and writes the JSONL; stats prints the
counts.  List ids are fvh01, fvh02, ... in LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vh.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vh.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number (1-based): (blind item text, new item text)}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # vh01 pasteurised dairy and pickles
    ('молоко пастеризованное 3.2%, творог 5% пару пачек, яблоки зеленые 1.5 кг, огурчики солененькие', [
        ('молоко пастеризованное 3.2%', {
            "pyaterochka": [],
            "magnit": ["1000122658", "8000026015", "1000553875", "8000026014", "1000445488", "1000127183", "4aff59ccac"],
            "dixy": ["2000594992", "2000557212", "2000509793"],
            "perekrestok": ["3668699", "4162259"],
        }, 'cow drinking milk of exactly 3.2% that is pasteurised (title says «пастеризованное»); '
           "ultrapasteurised/UHT and sterilised milk (incl. Агуша/Тема children's milk, Пятёрочка АГУША 500г) "
           'excluded because the user asked for «пастеризованное», топлёное (Эго, Северная долина) and ranges '
           '3.2-4/3.2-6 excluded. Outside knowledge: Дикси «Простоквашино, 3,2%, 1,4 л» taken as pasteurised '
           '(the 1.4 l bottle), Дикси «Село Зеленое, 3,2%, 2 кг» taken as pasteurised (Магнит sells it as '
           '«пастеризованное 3.2% 2кг»)'),
        ('творог 5% пару пачек', {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908", "1000441658",
                       "8000030462", "1000377235", "1720c2be05", "9aeeb10b64", "1000512632", "c7f0f0e5ec", "2400019178",
                       "1000372786", "1000475531", "1000572167", "1000208909", "1079990193", "1000306424", "1000224037",
                       "1000453157", "1000426473", "161690c563", "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595",
                     "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4050943", "4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116", "4274201",
                            "3279582", "3617778"],
        }, 'plain cottage cheese of exactly 5% (classic, рассыпчатый, мягкий/нежный, lactose-free Parmalat, '
           "Кубанский молочник «из топленого молока», the plain children's biotvorog 5% of Зелёная Линия); "
           '«пару пачек» is a quantity. Excluded: flavoured curd (с изюмом, с вареньем, fruit), '
           '«зерненый»/«зерно в сливках» incl. Зелёная Линия «Зернышко/Зёрнышко» (taken as grainy cottage '
           'cheese by its name), 5.5% Домик в деревне мягкий, творожные продукты/сырки/массы, Даниссимо'),
        ('яблоки зеленые 1.5 кг', {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664", "4194478", "4152180", "4047567", "3171926"],
        }, 'fresh apples sold as green or of a green variety (Гренни Смит, Симиренко — green by outside '
           'knowledge); «1.5 кг» is the quantity wanted, so 1 kg / loose / 4-piece packs count too. '
           'Голден/Гольден (yellow), red and unnamed-colour apples (Дикси «Яблоки фасованные», Зелёная Линия '
           '«Органика» — a brand name), apple juices, green-apple-flavoured goods excluded'),
        ('огурчики солененькие', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000406194", "2000548652", "2000324334", "2000406217", "2000271005"],
            "perekrestok": ["4167094", "4149239", "2145531", "4260395", "4379607", "4022883", "4187465", "3976232", "4188777",
                            "4260194", "4275316", "3609120"],
        }, 'salted cucumbers whose title says соленые/солёные or малосольные (barrel-salted, корнишоны солёные, '
           'flavoured salted ones with honey-cranberry or tarragon); marinated cucumbers/gherkins '
           '(маринованные, По-берлински, Globus with juniper, «хрустящие» Шесть соток), Лукашинские '
           '«По-старорусски с зеленью и дубовым листом» (method not stated), fresh cucumbers, assortments and '
           "Lay's «Малосольные огурчики» chips excluded"),
    ]),
    # vh02 veal, broccoli, juice, husband's beer
    ('телятина 1 кг\nброкколи 1 кочан\nсок гранатовый без сахара\nпиво жигулевское мужу', [
        ('телятина 1 кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'raw veal; no store has raw veal — only pet food «с телятиной», Тема baby puree and Цезарь pelmeni '
           '«с телятиной», all excluded; beef (говядина) is not veal'),
        ('брокколи 1 кочан', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4269499", "1557", "3698687"],
        }, 'fresh broccoli («1 кочан» = a fresh head): Перекрёсток loose «Капуста брокколи»/«Капуста Брокколи» '
           'and the 300 g pack «Капуста брокколи, 300г» (taken as fresh, no freezing stated); frozen broccoli '
           '(Hortex, Vитамин, Bonduelle, Пр!ст…, all florets), broccolini/«Никколини миниатюрные», purple mini '
           'broccoli, broccoli-cauliflower mixes, purees and seeds excluded'),
        ('сок гранатовый без сахара', {
            "pyaterochka": ["40350"],
            "magnit": ["1af6e004b6"],
            "dixy": [],
            "perekrestok": ["3165884", "3497974", "4222320", "3497977", "3427396", "2045973", "3684607", "4331160", "4331161",
                            "4100581", "4145061"],
        }, "single-fruit pomegranate juice (direct or reconstituted, incl. children's Nar); juices saying «с "
           'сахаром» (Перекрёсток Barinoff) excluded, and Магнит «Сок БАРИНОФФ гранатовый, 250мл» excluded too '
           '(outside knowledge: the same Barinoff 250 ml juice is titled «с сахаром» at Перекрёсток); '
           'multi-fruit juices (Ideas ананас-апельсин-гранат), сокосодержащие напитки, Rich «Гранат» soda and '
           'fresh pomegranates excluded'),
        ('пиво жигулевское мужу', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'beer named «Жигулёвское» (a classic beer name sold by many breweries); none is on offer. Магнит '
           '«ЖИГУЛИ Барное/Экспорт/ИПА» is a different brand (Жигули, not Жигулёвское) and is excluded, as are '
           'the Дикси «Жигули» mango beer drink and «Яблоки Жигулевские»; «мужу» is a purpose, not a filter'),
    ]),
    # vh03 ice cream craving, gherkins, kefir
    ('мороженое пломбир в стаканчике 3 шт, корнишоны маринованные банку, кефир простоквашино 2.5%', [
        ('мороженое пломбир в стаканчике 3 шт', {
            "pyaterochka": ["3603591"],
            "magnit": [],
            "dixy": ["2000292043"],
            "perekrestok": ["4208997", "4289045", "3603591", "4035404", "3370940", "3371923", "4152236", "4053323", "3680631"],
        }, 'plain (vanilla/creamy) plombir in a (waffle) cup, any brand; «3 шт» is a quantity. Excluded: '
           'flavoured or filled cups (варёная сгущёнка, фисташка, черника, арбуз, изюм, шоколадная крошка), '
           'non-plombir cups (Дикси Первым Делом 4% «ванильное», Ирбитское «сливочное» 10%), cones (рожок), '
           'eskimos, bricks, tubs. Outside knowledge: Дикси «Коровка из Кореновки Пломбир ванильный 15%, 100г» '
           'taken as the 100 g waffle cup (Перекрёсток sells it as «стаканчик 15%, 100г»); Дикси Хуторок '
           '«Пломбир ванильный, 80 г» excluded (form not stated)'),
        ('корнишоны маринованные банку', {
            "pyaterochka": ["3231209", "3015661"],
            "magnit": ["b83846e7e3", "d77cad8396", "ec376f9811"],
            "dixy": ["2000180487"],
            "perekrestok": ["4265436", "3180523", "3662073", "4061841"],
        }, 'marinated gherkins (titles with корнишоны; «банку» is a quantity). Outside knowledge: jarred '
           'gherkins without a stated method — Пятёрочка «Корнишоны Закарпатские, Eко, 720 мл», Магнит Дядя '
           'Ваня «По-французски» (Дикси titles it «маринованные»), Магнит Скатерть-Самобранка 720мл '
           '(Перекрёсток titles it «маринованные») — taken as marinated. Salted gherkins (Дикси/Перекрёсток '
           '«соленые»), fresh gherkins (Дикси «Огурцы корнишоны, в упаковке»), assortments, and marinated '
           'cucumbers not sold as gherkins excluded'),
        ('кефир простоквашино 2.5%', {
            "pyaterochka": [],
            "magnit": ["1899800689"],
            "dixy": ["ЦТ0028202"],
            "perekrestok": ["2093082"],
        }, "Простоквашино kefir of exactly 2.5%; 1% and 3.2% Простоквашино kefir, other brands' 2.5% kefir and "
           'the Простоквашино «кефирный коктейль» excluded'),
    ]),
    # vh04 turkey dinner and husband's sausages
    ('филе индейки грамм 500, кабачки 2 штуки, гречка ядрица пачку, сметана 15 процентов баночку, сосиски молочные подешевле мужу', [
        ('филе индейки грамм 500', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'raw turkey breast fillet (by the convention «куриное филе» = breast fillet); none is on offer. '
           'Magnit «ФИЛЕ БЕДРА ИНДЕЙКИ охлажденное» (thigh fillet) excluded, as are turkey medallions, '
           'smoked/boiled turkey, nuggets, cutlets, stewed turkey, pâté and pet food; «грамм 500» is a quantity'),
        ('кабачки 2 штуки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'fresh zucchini; none is on offer. Frozen sliced zucchini (4 Сезона), кабачковая икра, Дядя Ваня '
           'zucchini in adjika and baby purees excluded'),
        ('гречка ядрица пачку', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "1030037286", "2000180341", "2000219613"],
            "perekrestok": ["3446736", "28960", "4061364", "3276128", "3438178", "4009020", "3019156", "3674200", "6847",
                            "4090171", "4019310", "3667612", "4059000", "3600743", "3696237", "3477255", "3231481", "3493533",
                            "3994791"],
        }, 'buckwheat groats whose title says «ядрица» (any pack, quick-cooking and boil-in-bag incl.); '
           'buckwheat without «ядрица» in the title (Makfa 400г, Тёплые традиции, Мистраль 900г, Увелка, '
           'Пассим, Агро-Альянс «Экстра элитная», Националь Камолино…) excluded because the written variety '
           'cannot be checked, green buckwheat (Зелёная Линия «зелёная ядрица», Агро-Альянс зелёная) excluded, '
           'ready dishes, flakes, porridges, flour and soba excluded'),
        ('сметана 15 процентов баночку', {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874", "c90113311e",
                       "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785", "1000208902", "8000035449",
                       "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470", "29910",
                            "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, 'plain sour cream of exactly 15% (incl. «из топлёных сливок» and lactose-free); «баночку» is a '
           'quantity. Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» (flavoured), other fat levels, '
           '«сметанный» mayonnaise and chips excluded'),
        ('сосиски молочные подешевле мужу', {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83"],
            "dixy": ["2000300143", "2000322511", "2000125037", "2000602632", "2000572752", "2000600471"],
            "perekrestok": ["3416253", "3464086", "3390152", "4276248", "4329781", "3198697", "4175216", "4100629"],
        }, 'sausages sold as «Молочные» of any brand and category (incl. Индилайт «Молочные из индейки»); '
           '«подешевле» is a wish and «мужу» a purpose, neither is a filter. Вязанка «Молокуши», Окраина «с '
           'натуральным молоком», сливочные, венские, other kinds and pet food excluded'),
    ]),
    # vh05 cod dinner
    ('треска филе замороженное\nлимон 1 штука\nмолодая картошка 1.5 кг\nмайонез провансаль мужу', [
        ('треска филе замороженное', {
            "pyaterochka": [],
            "magnit": ["f7e065c834"],
            "dixy": [],
            "perekrestok": [],
        }, 'frozen cod fillet: Магнит «Треска МАГНИТ филе без кожи, свежемороженая»; Магнит «ТРЕСКА '
           'полуфабрикат из замороженного сырья (СП ГМ)» (a semi-finished product of unknown form), cod '
           'roe/liver, fish triangles «из тресковых пород», cod pelmeni and cat food excluded'),
        ('лимон 1 штука', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, 'fresh lemons, loose or in 2-piece packs («1 штука» is a quantity); Перекрёсток «Микс Лайм-лимон», '
           '«Набор иммунный имбирь-лимон», «Нектарины лимонные», olives «с лимоном» and lemon-scented goods '
           'excluded'),
        ('молодая картошка 1.5 кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'fresh new-season potatoes; no title says молодой/молодая for raw potatoes. Перекрёсток «Картофель '
           'молодой с паприкой и чесноком запеченный» is a ready dish; ordinary potatoes and Перекрёсток '
           '«Картофель Бэби, 2кг» (small potatoes, age not stated) are not «молодая» and are excluded, as are '
           'chips, fries and purees'),
        ('майонез провансаль мужу', {
            "pyaterochka": [],
            "magnit": ["d8bbb63f48", "ddda8365b8", "2c23c84574", "1000077733", "1000558908", "1000077734", "1000498096",
                       "1799700138", "1000501598", "56ff8ec751", "7d31b46ae3", "1000554514", "1000556519", "1000556521",
                       "f0f427f9d4", "da818e4a20", "7a519275b4", "1000277219", "1000169172", "8000045827", "1000233673",
                       "1728400030", "1000179908", "1000422623", "1000014596", "1000356802", "1000348713", "1000556520"],
            "dixy": ["2000570511", "T000005518", "ЦТ0040573", "2000593851", "2000204803", "2000156539", "ЦТ0027566",
                     "1100075125", "2000000160", "2000135999", "ЦТ0045065", "2000429651", "2000539317", "2000602611",
                     "2000202369", "2000172969", "2000202332"],
            "perekrestok": ["3412258", "4072721", "2047206", "4339442", "4259098", "4259097", "4297819", "3677986", "4331515",
                            "4331518", "4331533", "4331500", "4331497", "3016147", "3467275", "3419671", "3674577", "3193489",
                            "78193", "3389322", "4199312", "3029014", "4112954", "4105769"],
        }, 'mayonnaise sold as «Провансаль» of any brand and fat level, incl. its variants (с лимонным соком, '
           'оливковый, с маслом авокадо, сметанный) and «Московский Провансаль Классический»; «мужу» is a '
           'purpose. Excluded: mayonnaise not sold as Провансаль (оливковый, на перепелином яйце, Домашний, '
           'Классико, Heinz, Чистый), and Московский Провансаль «Домашний»/«Сливочный»/«на перепелиных яйцах» '
           '(the brand word does not make them Провансаль), mayonnaise sauces (Постный, Лёгкий). Outside '
           'knowledge: Дикси «Ряба Сметанный» taken as the same product Магнит/Перекрёсток title «Ряба '
           'Провансаль сметанный»'),
    ]),
    # vh06 yoghurt, fruit, kids' juice, husband's chips
    ('йогуртик без сахара, бананы 5 шт, сок яблочный детский 3 коробочки, чипсы lays с беконом', [
        ('йогуртик без сахара', {
            "pyaterochka": ["8487"],
            "magnit": ["02e2bec94a", "67fc9c08f6", "8000033680", "8000033684", "8000033679", "8000033677", "8000033683",
                       "1000470924", "1000181497", "dafd7c4dc4", "8000087572", "1000380540", "555ec5242d"],
            "dixy": ["2000537895", "2000571724", "2000585835", "2000596134", "2000366091", "2000297751", "2000569034",
                     "2000253975", "2000330341", "2000330336"],
            "perekrestok": ["4246013", "4264817"],
        }, 'yoghurt whose title says «без сахара» (Активиа/Актибио with fruit, Козочка с облачка) plus plain '
           'natural/classic/Greek yoghurts, spoonable or drinking. Outside knowledge: plain yoghurts without '
           'flavour (Активиа «натур./Натуральный», Epica «Натуральный», АктиБио «Натуральный», Простоквашино '
           '«Натуральный термостатный», Free «Натуральный», plain Greek: Lactica, Магнит «ГРЕЧЕСКИЙ 2%», Epica, '
           'Neo «Классический», Простоквашино, Савушкин TEOS, Teos «Натуральный», Зелёная Линия plain goat '
           'bio-yoghurts) taken as having no added sugar. Flavoured yoghurts without «без сахара», Зелёная '
           'Линия «Йогурт сладкий», yoghurt products, chocolate «с йогуртом» excluded'),
        ('бананы 5 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, 'fresh bananas (incl. organic «Бананы Био» and red bananas); «5 шт» is a quantity. Перекрёсток '
           '«Бананы для жарки» (taken as plantains, outside knowledge), dried/sun-dried bananas and '
           'banana-flavoured goods excluded'),
        ('сок яблочный детский 3 коробочки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000107422", "ЦТ0017501", "DI00080427", "2000177649", "2000341137"],
            "perekrestok": ["3646063", "4157530", "4340742", "4340738", "3270265", "67047", "3049629"],
        }, 'single-fruit apple juice for children (title says для детского питания / с N месяцев / Kids / '
           'Active kid, or ФрутоНяня), any pack size; «3 коробочки» is a quantity. Outside knowledge: the 125 '
           'ml Сады Придонья apple juices without an age in the title (Дикси «Яблоко, прямой отжим, 0,125 л», '
           'Перекрёсток «зеленое яблоко, 125мл») taken as the baby line (the same 125 ml packs are titled «с 4 '
           'месяцев»/«3 месяца+» elsewhere). Adult apple juices, mixed juices (яблоко-вишня, яблоко-виноград…), '
           'сокосодержащие напитки (Агуша, Любимый «для детского питания») and nectars excluded'),
        ('чипсы lays с беконом', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's chips with bacon flavour; none is on offer (Lay's flavours on offer: соль, "
           'сметана-зелень/лук, зелёный лук, краб, креветка, грибы со сметаной, огурчики, сырное ассорти, '
           'яблоко в карамели — all excluded); no other bacon chips either'),
    ]),
    # vh07 pickle and ice cream cravings
    ('квашеная капустка, помидоры соленые, эскимо 2 шт, хлеб черный самый дешевый', [
        ('квашеная капустка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000548651", "2000208672"],
            "perekrestok": ["2068014", "4006250", "4006123", "4243262", "4116723"],
        }, 'sauerkraut (капуста квашеная), plain or with carrot, cranberry, apple or caraway, incl. Дикси '
           '«Фитнес» без сахара; Дикси «Капуста Пелюстка со свеклой» (a marinated cabbage), Korean-style '
           'carrot-cabbage, sea kale, fresh and stewed cabbage excluded'),
        ('помидоры соленые', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000530467"],
            "perekrestok": ["4020063"],
        }, 'salted tomatoes: Дикси «Томаты солёные, красные, 1кг» and Перекрёсток «Томаты черри красные '
           'солёные» (cherry tomatoes count as помидоры); marinated tomatoes, assortments, fresh, sun-dried and '
           'canned chopped tomatoes excluded'),
        ('эскимо 2 шт', {
            "pyaterochka": [],
            "magnit": ["ccb762812f", "b2a52cc7c4"],
            "dixy": ["2000591931"],
            "perekrestok": ["4151681", "4354078", "4278655", "4130359", "4151679", "4047712", "3287145", "3371925", "4296328",
                            "2014565", "3628052", "3650693", "3953742", "4284849"],
        }, 'eskimo ice cream bars of any brand and flavour (titles with «эскимо», Магнат, Lotte incl.); «2 шт» '
           'is a quantity. Outside knowledge: glazed single bars not titled эскимо — Дикси Село Зелёное '
           '«пломбир с клубникой во фруктовой глазури 70г», Перекрёсток Чистая Линия «Пломбир ванильный в '
           'шоколадной глазури 12%, 80г», Эkzo «в замороженной глазури 70г» — taken as eskimo bars. Cones '
           '(рожок, incl. glazed cones), Молочный Знак «Трубочка», cups, bricks, tubs, chocolate ice-cream '
           'bonbons excluded'),
        ('хлеб черный самый дешевый', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78034810", "3382146", "4329404", "3974719", "3945535", "3126329", "3974720", "4074396", "3627134",
                            "4148558", "3658457", "2060872", "4276930", "3953836", "3631465", "3624125", "2000243", "4354623",
                            "4049144", "4164733", "2053660", "3634576", "3965436", "4361611", "4361612"],
        }, '«чёрный хлеб» = rye or rye-wheat bread loaves: Бородинский, Дарницкий/Дарница, ржаной, '
           'ржано-пшеничный (Деревенский, Столовый, Даниловский, Чусовской), Старосельский ржаной, Батард '
           'Ржаной; «самый дешевый» is a wish, not a filter. Outside knowledge: Столичный (Черёмушки, '
           'Щелковохлеб), Двинский заварной, Ржевский and Пумперникель taken as rye/rye-wheat dark bread. '
           'Excluded: wheat breads, Ржаной Край (a brand; its «зерновой»/«заварной» loaves not stated as rye), '
           '«Ароматный» breads incl. the rye-wheat one with raisins, солодовый/Крестьянский/Сельский/Монж (kind '
           'not stated), Дикси «Елизавета вафельный ржаной» (crispbread), хлебцы, сухари, гренки'),
    ]),
    # vh08 dried fruit and nuts, husband's shaving foam
    ('ряженка 4 процентная, курага без косточки, грецкие орехи пачку, пена для бритья gillette мужу', [
        ('ряженка 4 процентная', {
            "pyaterochka": [],
            "magnit": ["1000439736", "1000451592", "1000371474"],
            "dixy": [],
            "perekrestok": [],
        }, 'ryazhenka of exactly 4% (Большая кружка 500/800 г, Из Молока Нашей Дойки); other fat levels '
           "(2-3.5%), flavoured and children's ryazhenka excluded"),
        ('курага без косточки', {
            "pyaterochka": [],
            "magnit": ["adf6cd599a"],
            "dixy": [],
            "perekrestok": [],
        }, 'dried apricots (курага is pitted by definition): Магнит «Курага СЕМУШКА, 150г»; compote, '
           'curd/yoghurt/ryazhenka with курага and chocolate-covered курага sweets excluded'),
        ('грецкие орехи пачку', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912995", "4259321"],
        }, 'walnuts: Перекрёсток «Грецкий орех Пр!ст, 100г» and «Орехи грецкие в скорлупе» (the user did not '
           'ask for shelled; «пачку» is a quantity); cheese, yoghurt, porridge, jam, dates and sweets with '
           'walnuts excluded'),
        ('пена для бритья gillette мужу', {
            "pyaterochka": [],
            "magnit": ["0f38a051dc"],
            "dixy": [],
            "perekrestok": [],
        }, 'Gillette shaving foam: Магнит «Пена для бритья GILLETTE®, Сириес для чувствительной кожи»; Gillette '
           "shaving gels (a different form), after-shave gel, razors and cartridges, and other brands' foams "
           'excluded; «мужу» is a purpose'),
    ]),
    # vh09 iron: liver and beet
    ('печень говяжья полкило\nморковка 1кг на суп\nсвекла 2 штуки\nтоматного сока', [
        ('печень говяжья полкило', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000310966"],
            "perekrestok": [],
        }, 'raw beef liver: Дикси «Печень говяжья «Диета» замороженная» (frozen; the user did not ask for '
           'chilled; «полкило» is a quantity); liver pâtés, cod liver, baby purees with liver, pancakes with '
           'liver and pet food excluded'),
        ('морковка 1кг на суп', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784", "4191099"],
        }, 'fresh raw carrots, loose or packed (incl. mini carrots and «Морковь для сока, 1кг»); «1кг» is the '
           'quantity wanted and «на суп» a purpose. Boiled peeled carrots (Дмитровские Овощи), Korean carrot '
           'salad, juices, purees and pet food excluded'),
        ('свекла 2 штуки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "13998", "4375880", "3368257", "3378167", "786", "4299508"],
        }, 'fresh raw beetroot, loose, bagged, bunched or young («2 штуки» is a quantity), incl. Перекрёсток '
           '«Свекла свежая Маркет Fresh, 200г». Boiled beet (варёная/отварная, cubes, julienne), peeled beet '
           'without a stated state («Свекла очищенная», «Свёкла целая очищенная») and fresh cut '
           'julienne/«резаная» beet (not whole), marinated beet, chard (мангольд) and dried beet snacks '
           'excluded'),
        ('томатного сока', {
            "pyaterochka": ["3652920"],
            "magnit": ["9e403e69fb", "135a3b5716", "ced6e1653e", "c31db3f9e2"],
            "dixy": ["2000550671"],
            "perekrestok": ["3612826", "3649437"],
        }, 'tomato juice of any brand, with or without salt/pulp; Дикси Любимый «Нектар Томат-морская соль» (a '
           'nectar), Магнит «Детокс-сок АЙДИАС томат-кинза-перец-чеснок» (a vegetable mix) and tomatoes «в '
           'томатном соке» excluded'),
    ]),
    # vh10 ice cream, peaches, water, husband's pelmeni
    ('мороженое 48 копеек 2 шт, персики самые свежие, водички без газа 5л, пельмени для мужа пачку', [
        ('мороженое 48 копеек 2 шт', {
            "pyaterochka": [],
            "magnit": ["c3c75fe1a4", "8e06a9a6ee"],
            "dixy": ["2000576651"],
            "perekrestok": ["4212278", "4048090", "4048085"],
        }, 'any «48 копеек» ice cream (cone, tub, пломбир, сливочное, манго со сливками, шоколадная Прага); «2 '
           'шт» is a quantity; other brands excluded'),
        ('персики самые свежие', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4348432", "4258858", "4353564", "3759", "77263", "4140941", "73914", "3334645", "3197915",
                            "3638016", "3630901"],
        }, 'fresh peaches of any kind, incl. flat (плоские/инжирный) peaches; «самые свежие» is a wish. '
           'Nectarines, canned peaches, juices, nectars and peach-flavoured goods excluded'),
        ('водички без газа 5л', {
            "pyaterochka": [],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871", "4231308"],
        }, "still drinking water in 5 l bottles («5л» names the bottle), incl. children's drinking water "
           '(Фрутоняня, Аквалайн «Для ляль», Черноголовка Бэйби, Кидси). Outside knowledge: 5 l waters whose '
           'title does not state still (Магнит «Источник здоровой жизни», Перекрёсток «Виста», «Люкс вода '
           'питьевая, 5л с тарой») taken as still. 6 l (Зелёная Линия), 0.5-2.5 l bottles, sparkling, '
           'mineral/medicinal and flavoured waters excluded'),
        ('пельмени для мужа пачку', {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4", "dabbb02c05",
                       "f4f41d5103", "72632b1f85"],
            "dixy": ["2000282673", "2000558274", "2000318344", "2000411354", "2000565192"],
            "perekrestok": [],
        }, 'meat pelmeni of any brand and filling (pork-beef, beef, veal, chicken; Бульмени/Бигбули incl.); '
           '«для мужа» is a purpose and «пачку» a quantity. Перекрёсток «Пельмени Четверг рыбные из трески» '
           '(fish) excluded'),
    ]),
    # vh11 hake with rice
    ('филе хека замороженное, рис пропаренный пачку, огурцы свежие кг, сыр адыгейский штучку', [
        ('филе хека замороженное', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4340327"],
        }, 'frozen hake fillet: Перекрёсток «Хек Люди Любят патагонский медальон из филе-кусочков без кожи '
           'замороженный» (portions of skinless fillet, accepted); Магнит «ХЕК СЕРЕБРИСТЫЙ, полуфабрикат из '
           'замороженного сырья (СП ГМ), 1кг» (form not stated, taken as not fillet), Дикси Vici «Хек в '
           'панировке» (breaded) and baby purees/soups with hake excluded'),
        ('рис пропаренный пачку', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000024619", "2000310624", "2000180346", "0230703063", "2000002128"],
            "perekrestok": ["3674166", "57930", "3603168", "3608320", "3469125"],
        }, 'parboiled rice (title says пропаренный), any grain, pack or boil-in-bag; «пачку» is a quantity. '
           'Mixes of parboiled and red rice, non-parboiled rice excluded'),
        ('огурцы свежие кг', {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000271421", "2000088660", "ЦТ0001499", "2000327957"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072", "2131726"],
        }, 'fresh cucumbers of any kind (гладкие, колючие, длинные, короткоплодные, Бакинские, fresh '
           'gherkin-size «Огурцы корнишоны, в упаковке»); «кг» is a quantity. Outside knowledge: Перекрёсток '
           '«Огурцы Хрустящие» (loose, priced like the fresh короткоплодные) taken as fresh. Salted, marinated '
           'and canned cucumbers (incl. Магнит Шесть соток «хрустящие, 720мл»), salads and assortments excluded'),
        ('сыр адыгейский штучку', {
            "pyaterochka": [],
            "magnit": ["de08dbdc63", "1899800173", "1000464833"],
            "dixy": ["2000418432"],
            "perekrestok": ["4280949"],
        }, 'Adyghe cheese of any brand, packed or by weight; «штучку» is a quantity. Adyghe salt excluded'),
    ]),
    # vh12 milk, сырки, oranges, husband's beer
    ('молоко домик в деревне 2.5, сырки глазированные 4 штуки, апельсины 2кг, пиво балтика 7 2 бутылки', [
        ('молоко домик в деревне 2.5', {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000035016"],
            "dixy": ["2000313238"],
            "perekrestok": [],
        }, 'Домик в деревне drinking milk of exactly 2.5% (pasteurised or UHT, any size); other fat levels '
           '(3.2%, 3.7% отборное, отборное without %, 1.8% lactose-free), other brands and Домик в деревне '
           'ryazhenka excluded'),
        ('сырки глазированные 4 штуки', {
            "pyaterochka": ["4061730", "f17a948634"],
            "magnit": ["8000070532", "1000305762", "42cd196db0", "1000138236", "1000351466", "1000359364", "1000581120",
                       "1000274202", "1000059925", "1899801136", "1000518913", "d7df85a8e4", "1000580175", "1000149410",
                       "61ab02df21", "2a844a0718", "1432ba3e24", "b3f3665e14", "1000359365", "1000238205", "1000172948",
                       "1000238206", "1000167330", "1000122409", "1000167329", "1000186648", "1000186649", "8000078945",
                       "1000149411", "a436bb1f2b", "2a66b2b012", "8000061673", "8000061566", "1000580174", "1000059932",
                       "3d86f7f88b", "1000117018"],
            "dixy": ["2000597331", "2000597332", "2000179854"],
            "perekrestok": ["4227636", "4227649", "4227635", "4227614", "3041670", "20615", "3666242", "3666241", "3427052",
                            "3454107", "3463779", "4208433"],
        }, 'glazed curd snacks of any flavour (глазированный, «гл.», в глазури, в (молочном) шоколаде), incl. '
           'Моя цена «с ЗМЖ»; «4 штуки» is a quantity. Outside knowledge: Магнит «Сырок творожный '
           'РОСТАГРОЭКСПОРТ, ванильный, 20%, 45г» taken as the glazed 45 g сырок (Перекрёсток titles it '
           '«глазированный»). Unglazed сырки (с изюмом/ванилином 16.5% 90г, Хозяйство Васильевой, Пискаревский, '
           'Вемол), сырки whose glaze is not stated (Коровка из Кореновки ваниль, Сыркофф, Чудо «Десерт», '
           'Магнит «в вафельном рожке»), curd masses and сыр excluded'),
        ('апельсины 2кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000312804"],
            "perekrestok": ["4260539", "3629179", "77110", "55655", "48651", "77001353", "3022836", "3663839", "98632",
                            "60619", "4209029"],
        }, 'fresh whole oranges of any kind (incl. red-fleshed and Навелин), loose or packed; «2кг» is a '
           'quantity. Перекрёсток «Апельсин Перекрёсток резанный кусочками» (cut fruit), juices, J7 «Продукт '
           'питьевой» and orange-flavoured goods excluded'),
        ('пиво балтика 7 2 бутылки', {
            "pyaterochka": [],
            "magnit": ["4b9214b25a"],
            "dixy": [],
            "perekrestok": [],
        }, 'Балтика 7 beer: Магнит «Пиво БАЛТИКА 7 светлое Экспортное … 1,3л» (a PET bottle; «2 бутылки» is a '
           'quantity); Балтика Крафти wheat beer and alcohol-free Балтика №0 drinks excluded'),
    ]),
    # vh13 chicken breast and pasta
    ('грудка куриная охлажденная 1кг, макароны из твердых сортов пшеницы, черри помидоры 1 упаковка, кетчуп для мужа', [
        ('грудка куриная охлажденная 1кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3673509", "3689116", "3669585", "4242120", "4208844", "53105", "3694848", "4323072", "3273915",
                            "2173555", "3946764", "4329298", "3653837", "52888", "3191300", "78003876", "3362832", "3940063",
                            "4312563", "3678985", "3649232", "3609675", "4306879", "4116904", "3034277", "4347498", "3216279",
                            "3336397"],
        }, 'raw chilled chicken breast: breast on the bone, breast fillet (incl. «филе цыплёнка(-бройлера)», '
           '«филе куриное», малое филе, breast-fillet medallions and the raw «Филе курицы в маринаде»); «1кг» '
           'is a quantity. Outside knowledge: raw poultry titles without «охлаждённое» (Петелинка, Перекрёсток '
           '«Филе куриное», Латифа) taken as chilled, since frozen goods say so; «филе цыплёнка» taken as '
           'breast fillet. Thigh fillets, thighs, wings, whole birds, cooked/smoked breast, cutlets, sausages '
           'and pet food excluded'),
        ('макароны из твердых сортов пшеницы', {
            "pyaterochka": [],
            "magnit": ["e60106f6b1", "2c49a7a5d2", "3578fbe574", "c058112781", "9332b0bf64", "7e1d66d2df", "54953eed21",
                       "6d2462031e", "06594d00ff", "3bb34798f6", "61313f9ca5", "4cae925c1a", "0facf2dd98", "bcb882d827"],
            "dixy": ["2000224712", "2000280926", "2000320175", "2000016649", "2000349519", "2000302407", "ЦТ0046806",
                     "T000015331", "ЦТ0046807", "ЦТ0046808", "2000002143", "T000015329", "ЦТ0021284", "2000573915",
                     "2000575212", "2000588314", "2000288871", "2000288865", "2000299086", "2000004708", "2000005384",
                     "2000005385", "2000005386"],
            "perekrestok": ["3446522", "3501218", "4360107", "52306", "62190", "4199587", "4266382", "4300500", "4274091",
                            "4274093", "4274071", "4329570", "4329571", "4340660", "4328907", "4340661", "4336730", "4340662",
                            "82772", "82766", "82761", "3501222", "3501219", "4117154", "4273869", "4273871", "4347044",
                            "3623096", "82760", "3501223", "4273870", "4117174", "4273872", "4117113", "4117157"],
        }, 'dry pasta of any shape (incl. vermicelli, nests, ptitim, risoni, stelline, spinach/tomato-coloured '
           'pasta) made of durum wheat: titles saying «из твёрдых сортов» or «группа/группы А», plus — outside '
           'knowledge — the durum brands Barilla, De Cecco, Makfa, Шебекинские, Pasteroni and '
           'Maltagliati/Мальтальятти. Excluded: group B (Моя цена «грВ», Пр!ст «группа В»), brands whose wheat '
           'is not stated (Верони, Аида, Baisad, Gusto di Roma, Любимые традиции, Старооскольские, Makfa '
           '«Станичные» budget line), noodles (лапша яичная/лагманная/бесбармачная, фунчоза, соба), lasagne '
           'sheets, gluten-free pea/corn/buckwheat pasta, ready pasta dishes'),
        ('черри помидоры 1 упаковка', {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000601471", "2000601472", "2000580827", "2000003231", "2000186544"],
            "perekrestok": ["3373662", "4217379", "3410591", "4381951", "4381952", "4371254", "11971", "3634714"],
        }, 'fresh cherry tomatoes of any colour, loose-vine or packed (incl. Кумато черри мини, Черри Микс, '
           'сливовидные черри); «1 упаковка» is a quantity. Cocktail tomatoes («Коктейль», «коктейльные»), '
           'ordinary tomatoes, marinated/salted cherry tomatoes and cherry assortments excluded'),
        ('кетчуп для мужа', {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": ["c112734da7"],
            "dixy": ["2000552955", "2000143225", "2000143160", "2000033799", "2000538777", "2000567792", "2000567791",
                     "2000207279", "2000194769", "2000207290", "2000207280", "2000551592", "2000309687", "2000320468",
                     "2000193817", "2000224973", "2000603860", "2000604791"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971", "4116830",
                            "4157803", "4157697", "4157703", "4116848", "4157704", "4154517", "4157702", "4274973", "4312325",
                            "4078080", "4078077", "4282684", "3691258", "3054047", "3054048", "2157567", "3970015", "4044938",
                            "3673189", "3941585", "3446697", "3941584", "2157566", "3673190", "4149865", "4149866", "4149867",
                            "4227924", "4227925", "4227926", "4227928", "4227930", "4227932", "4227927", "3652684", "3684511"],
        }, 'any ketchup (any brand or flavour: томатный, острый, шашлычный, чесночный, лечо, чили…; Магнит '
           'Семейные секреты «Кетчуп … Соус по-грузински» incl.); «для мужа» is a purpose. Cheetos «Кетчуп» '
           'snacks, tomato paste and other sauces excluded'),
    ]),
    # vh14 mackerel, lecho, olives
    ('скумбрия свежемороженая 2 шт, лечо, маслины без косточки баночку', [
        ('скумбрия свежемороженая 2 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2124163"],
        }, 'whole raw frozen mackerel. Outside knowledge: Перекрёсток loose «Скумбрия 0.3- 0.5 кг» (whole fish '
           'graded by size) taken as frozen — mackerel on sale in Russia is frozen; «2 шт» is a quantity. '
           'Магнит «СКУМБРИЯ полуфабрикат из замороженного сырья (СП ГМ)» (thawed, not frozen) excluded, as are '
           'hot/cold-smoked mackerel, canned mackerel, fish pastes and minced fish'),
        ('лечо', {
            "pyaterochka": [],
            "magnit": ["7cd3628dbb", "e681c4bce6"],
            "dixy": [],
            "perekrestok": [],
        }, 'canned lecho (Валдайский погребок «Любительское», Помидорка); ketchups «Лечо» (Махеевъ, Слобода) '
           'excluded'),
        ('маслины без косточки баночку', {
            "pyaterochka": [],
            "magnit": ["ffc8624869", "a4c260b58b", "67a5bec16c"],
            "dixy": ["2000280423", "2000573831", "2000284987", "D000011668", "2000300243", "2000293466"],
            "perekrestok": ["3013064", "4049135", "4340423", "4340420", "4102524", "4340492", "4340498", "3628531", "3468532"],
        }, 'pitted black olives (маслины без косточки), any brand and size; «баночку» is a quantity. Маслины '
           'with stone, stuffed маслины (с лососем, с фетой), sun-dried and marinated-with-herbs маслины with '
           'stone, green olives and Kalamata olives excluded'),
    ]),
    # vh15 vitamins: kiwi, persimmon, honey, chamomile
    ('киви кг, хурма пару штук, мед цветочный банку, ромашковый чай', [
        ('киви кг', {
            "pyaterochka": [],
            "magnit": ["48288c27b9"],
            "dixy": ["2000313184"],
            "perekrestok": ["1532", "4156364", "4177001", "4175544", "2094491", "14017", "3638652", "4322057", "4104587"],
        }, 'fresh kiwi fruit, green, gold or red-fleshed, loose or packed; «кг» is a quantity. Перекрёсток '
           '«Киви мини, 125г» (taken as kiwiberry, a different fruit — outside knowledge), cut kiwi, fruit '
           'mixes, kiwi-flavoured goods excluded'),
        ('хурма пару штук', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000015856"],
            "perekrestok": [],
        }, 'fresh persimmon: Дикси «Хурма»; «пару штук» is a quantity'),
        ('мед цветочный банку', {
            "pyaterochka": [],
            "magnit": ["928ff089d4"],
            "dixy": ["2000573811"],
            "perekrestok": ["4355859", "4320672", "4340911", "4340910", "3479121", "3467507", "4316605", "4331449"],
        }, 'honey sold as «цветочный/цветочное» (flower honey, incl. «Горный/Лесной/Шалфейный натуральный '
           'цветочный», «донниковый цветочный», «цветочное разнотравье», «цветочный луговой»); «банку» is a '
           'quantity. Honeys not called цветочный (липовый, гречишный, акациевый, подсолнух, '
           'горный/майский/луговой/Уссурийский without «цветочный»), крем-мёд with berries/nuts, медовуха and '
           'honey-flavoured goods excluded'),
        ('ромашковый чай', {
            "pyaterochka": [],
            "magnit": ["41c45cd02f"],
            "dixy": [],
            "perekrestok": [],
        }, 'chamomile herbal tea: Магнит «Чай травяной ТРАВЫ БАШКИРИИ, Ромашка»; Richard «Дижестив» green tea '
           '(chamomile only one of several additions), ФрутоНяня apple-chamomile drink and chamomile-scented '
           'goods excluded'),
    ]),
    # vh16 light supper, husband's sausage
    ('творог зерненый 2 баночки, авокадо 2 штуки, хлебцы ржаные пачку, колбаса докторская мужу', [
        ('творог зерненый 2 баночки', {
            "pyaterochka": [],
            "magnit": ["1000400388", "1000005856", "8000057737"],
            "dixy": ["2000584511", "2000311947"],
            "perekrestok": ["4223080", "4294066", "3668864", "4294087"],
        }, 'plain grainy cottage cheese (зерненый, «творожное зерно в сливках», any fat); «2 баночки» is a '
           'quantity. Outside knowledge: Зелёная Линия «Творог Зернышко/Зёрнышко» 5% and 9% taken as grainy '
           'cottage cheese. Fruit-flavoured grainy curd (101 Зерно клубника/малина/черника/манго, Село Зелёное '
           'груша/черника, Савушкин клубника) and ordinary cottage cheese excluded'),
        ('авокадо 2 штуки', {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["49622", "4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407", "4272853",
                            "4254512", "4379376", "3954359", "3948371", "3445047", "3216120", "3954360"],
        }, 'fresh whole avocados of any variety, loose or packed («2 штуки» is a quantity); Перекрёсток '
           '«Авокадо свежий без косточки, 300г» (prepared halves), avocado oil, cosmetics and avocado-flavoured '
           'goods excluded'),
        ('хлебцы ржаные пачку', {
            "pyaterochka": [],
            "magnit": ["eb4308a4fa"],
            "dixy": [],
            "perekrestok": [],
        }, 'rye crispbread: Магнит «Хлебцы ЩЕДРЫЕ, Тонкие ржаные»; crispbreads not stated as rye (Бурже '
           'шведские, 5 злаков, кукурузно-рисовые, гречневые, зерновые), Дикси «Елизавета» wafer bread, loaves '
           '«Хлебец …» and Бородинские гренки excluded'),
        ('колбаса докторская мужу', {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d", "fa414b5a8d",
                       "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, '«Докторская» boiled sausage of any brand, whole, piece or sliced (incl. Царицыно «Докторская '
           'Особая», Мясницкий ряд «Докторская от шефа»); «мужу» is a purpose. Сосиски «Докторские» and other '
           'boiled sausages excluded'),
    ]),
    # vh17 orange juice, fruit ice, barrel cucumbers
    ('сок апельсиновый рич, мороженое фруктовый лед, огурчики бочковые', [
        ('сок апельсиновый рич', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814"],
            "perekrestok": [],
        }, 'Rich orange juice: Дикси «Сок «Rich» апельсиновый, 1 л»; other Rich juices/nectars/sodas/teas and '
           "other brands' orange juice excluded"),
        ('мороженое фруктовый лед', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316928", "4316930", "4212279", "4211368", "4345008"],
        }, 'fruit ice (фруктовый лёд), any flavour and brand (Джелато «Лед … фруктовый», Бон Пари «Лёд '
           'фруктовый Арбузик», Серебряный Снег, Фабрика грёз); sorbets (Amore, Зелёная Линия «Сорбет»/«Десерт '
           'сорбет») and Lotte frozen «Десерт Эскимо арбуз» (not called fruit ice) excluded, as are milk ice '
           'creams'),
        ('огурчики бочковые', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000406194", "2000324334"],
            "perekrestok": ["2145531", "4260395", "4379607", "4260194", "3609120"],
        }, 'barrel cucumbers: salted cucumbers whose title says «бочковые» (incl. Лукашинские «малосольные '
           'бочковые»); salted cucumbers not called бочковые, marinated and fresh cucumbers excluded'),
    ]),
    # vh18 lean beef, pumpkin, husband's cream and energy drink
    ('говядина постная, тыковка, сливки 10% для кофе мужу, энергетик adrenaline rush мужу', [
        ('говядина постная', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314598", "3697006", "1038", "4373861"],
        }, 'raw lean beef: Перекрёсток «Говядина мякоть бедра без кости», «Огузок говяжий» (Мираторг Black '
           'Angus and Перекрёсток), «Филей говядины … верхней части бедра» — lean hindquarter cuts by outside '
           'knowledge. Excluded: marbled beef (Праймбиф мраморная, Black Angus steaks incl. Магнит «Тендер '
           'мраморная говядина»), steaks, antrecôte, лопатка на кости, «духовая» (fat content not stated), '
           'mince, ready dishes, sausages and pet food'),
        ('тыковка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'fresh pumpkin; none is on offer — only pumpkin seeds, pumpkin nectar/juices, baby purees and '
           'pumpkin-flavoured goods, all excluded'),
        ('сливки 10% для кофе мужу', {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609", "3201860040",
                       "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, 'drinking/coffee cream of exactly 10%, any treatment and pack (incl. 10×10 g coffee portions); «для '
           'кофе мужу» is a purpose. 11% Parmalat, 20%/33% cream, ice cream «со сливками 10%», coffee creamers '
           'on plant fat excluded'),
        ('энергетик adrenaline rush мужу', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000542794"],
            "perekrestok": ["4206324"],
        }, 'Adrenaline Rush energy drink; only the sugar-free version is on offer and is accepted (brand + '
           'product word accepts its variants). Outside knowledge: Дикси «Напиток энергетический Adrenaline без '
           'сахара 0,449 л» taken as Adrenaline Rush zero. Other energy drinks excluded; «мужу» is a purpose'),
    ]),
    # vh19 acidophilin, prunes, oats, husband's seeds
    ('ацидофилин бутылку, чернослив без косточки пачку, овсянка геркулес пачку, семечки мужу', [
        ('ацидофилин бутылку', {
            "pyaterochka": [],
            "magnit": ["1000171695", "1000348551"],
            "dixy": [],
            "perekrestok": ["4230793"],
        }, 'acidophilin of any fat, incl. Пискаревский «сладкий»; «бутылку» is a quantity; other fermented milk '
           'drinks excluded'),
        ('чернослив без косточки пачку', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'pitted prunes; no title says «без косточки»: Магнит «Чернослив ВОСТОЧНЫЙ ГОСТЬ, 150г» (pit not '
           'stated) excluded because the written qualifier cannot be checked; yoghurts, purees, sweets, '
           'marmalade and dishes with prunes excluded'),
        ('овсянка геркулес пачку', {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000222892", "2000219614", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "3933387", "3421663", "23772", "6752", "24926", "2105514", "3469028"],
        }, 'plain rolled-oat flakes sold as «Геркулес» (brand or kind: Русский продукт Геркулес '
           'традиционный/Монастырский/быстрого приготовления/Экстра, Nordic «Геркулес Финский», Мистраль '
           '«Геркулес Фермерский», Маркет «геркулес», Магнит «ГЕРКУЛЕС Нежный»); «пачку» is a quantity. Oat '
           'flakes not called Геркулес (Ясно Солнышко №1-3, Nordic, Myllyn Paras, Пр!ст…), flavoured instant '
           'porridge (Каша Геркулес с клубникой/абрикосом/вишней), ready porridge and baby cereals excluded'),
        ('семечки мужу', {
            "pyaterochka": ["a42f313fd4"],
            "magnit": ["166510f6cc", "83a6516715", "5cbde10c7f", "c07c5cf8b5", "f87f37880a", "a9efec4e65"],
            "dixy": ["2000277205", "2000562834", "2000540213", "2000196729", "2000282287", "2000151864", "2000228392",
                     "2000285542", "2000300666", "2000433743", "2000596431"],
            "perekrestok": ["4323974", "4373719", "4066293", "4155183", "85158", "3360327", "3338822", "4260366", "3014404",
                            "4132783", "3652924", "3358404", "4004281", "4280034", "4280033", "3348828", "3072541", "3403508",
                            "3669391", "3669122", "3624461", "3469303", "3677347", "3331102", "3276168", "3276166", "3664432",
                            "4066289", "3674375", "3248290", "3248291", "3916662", "3671291", "3619418", "3613320", "3466899",
                            "3630849", "3473272", "3473273", "3449918", "3444686", "3642467", "3695680", "3669392", "3661124",
                            "4298586"],
        }, '«семечки» = sunflower seeds (black, striped or white; salted or not; roasted kernels «ядра … '
           'жареные» incl.); «мужу» is a purpose. Pumpkin seeds (their own word, «тыквенные»), seeds with '
           'peanuts (Крутой Окер «С арахисом»), loose raw «Ядро подсолнечника», halva, kozinaki and sunflower '
           'oil excluded'),
    ]),
    # vh20 pollock, cabbage, herring
    ('минтай кг\nкапустка белокочанная\nсметанка 20% 2 шт\nселедочка в масле баночку', [
        ('минтай кг', {
            "pyaterochka": [],
            "magnit": ["826be1cf8b", "b9c33693bc", "feaf47ac86", "21f5feb583"],
            "dixy": ["DI00079597"],
            "perekrestok": ["4352277"],
        }, 'raw pollock, whole gutted (тушка) or fillet, frozen or thawed from frozen (Магнит «полуфабрикат из '
           'замороженного сырья» whole and fillet; no form was asked for); «кг» is a quantity. Pollock roe, '
           'pollock mince, pollock patties and ready dishes excluded'),
        ('капустка белокочанная', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["198", "1546", "45661", "4208425", "4268735"],
        }, 'fresh white cabbage, whole (incl. early cabbage) or freshly shredded plain white cabbage (Белая '
           'Дача «резаная», Маркет Fresh «соломка»). Outside knowledge: Перекрёсток loose «Капуста» (44.99/kg) '
           'taken as white cabbage. Marinated cabbage, mixes with carrot/red cabbage, sauerkraut, '
           'Peking/red/cauliflower/broccoli excluded'),
        ('сметанка 20% 2 шт', {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029", "3166306",
                            "4072176", "4376610", "3181748", "4095524"],
        }, 'plain sour cream of exactly 20%, any brand and pack; «2 шт» is a quantity. Other fat levels, '
           'flavoured sour cream, «сметанный» mayonnaise and chips excluded'),
        ('селедочка в масле баночку', {
            "pyaterochka": [],
            "magnit": ["d1c803816b"],
            "dixy": ["2000162753", "2000322886", "2000236692", "2000242531", "2000179260", "2000309903"],
            "perekrestok": ["3345483", "3682728", "3622072", "3622071", "79543", "3683742", "2168484", "3683735", "3463465",
                            "3993017", "4116562", "4322376", "4323336", "4275608", "4366965", "4159336"],
        }, 'herring (fillet or pieces) in oil, incl. variants in oil with dill, spices, smoke or onion-tomato '
           '(«в масляной заливке» incl.); «баночку» is a quantity. Excluded: herring in mayonnaise, wine, '
           'tomato sauce or marinade, whole salted herring, cold-smoked fillet, canned «натуральная» herring, '
           'and fillets whose packing medium is not stated (Магнит Санта Бремор «популярное», Перекрёсток '
           'Матиас «свежая зелень», «Сельдь филе слабосолёная», «филе без кожи соленая»)'),
    ]),
    # vh21 apples, cheese, husband's coffee, eggs
    ('яблоки голден 2 кг, сыр маасдам кусочек, кофе nescafe classic мужу, яйца десяток на омлет', [
        ('яблоки голден 2 кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074363"],
            "perekrestok": ["4194477", "3366324", "4152181", "4097665"],
        }, 'fresh Golden Delicious apples (Голден/Гольден), loose or packed; «2 кг» is a quantity. Other '
           'varieties and apple juices excluded'),
        ('сыр маасдам кусочек', {
            "pyaterochka": [],
            "magnit": ["1000500639", "f524067ea6", "1000316960", "f1ec862f1b"],
            "dixy": [],
            "perekrestok": ["3500346"],
        }, 'Maasdam cheese in a piece or by weight, any brand; sliced Maasdam (Landkaas «слайс», Маркет '
           '«нарезка») excluded because the user asked for a piece («кусочек»)'),
        ('кофе nescafe classic мужу', {
            "pyaterochka": [],
            "magnit": ["fcd2266a66", "45760b0392", "75165edd66", "9b7c8128ee"],
            "dixy": ["2000326563"],
            "perekrestok": [],
        }, 'Nescafé Classic instant coffee, incl. Classic Crema and Дикси «Nescafe Classic с добавлением '
           'натурального молотого» (the Classic recipe); «мужу» is a purpose. Nescafé Gold (all kinds), 3в1 '
           'drinks and Пятёрочка «Кофейный напиток Nescafe Classic, 7х18 г» (a coffee drink, not coffee) '
           'excluded'),
        ('яйца десяток на омлет', {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190", "e5202b5cfd",
                       "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529", "2000238733",
                     "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464", "3356111",
                            "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250", "2109476", "4085791",
                            "2131763", "4012802", "4085790", "4085792", "3182856", "3182853"],
        }, 'chicken eggs of any class in packs of 10 («десяток»); «на омлет» is a purpose. Packs of 6/15/20/30, '
           'quail eggs, egg white/yolk/melange and chocolate eggs excluded'),
    ]),
    # vh22 probiotics and pears
    ('бифидок бутылку, груши конференция 1кг, йогурт натуральный не сладкий 2 шт', [
        ('бифидок бутылку', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'bifidok (a bifidobacteria fermented milk drink); none is on offer. Бифилайф, Актибио/Активиа '
           'bio-yoghurts and kefirs are other products and are excluded'),
        ('груши конференция 1кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0024100"],
            "perekrestok": ["4370829"],
        }, 'fresh Conference pears (Дикси «Груша Конференц», Перекрёсток «Груша конференция Россия»); other '
           'pear varieties excluded; «1кг» is a quantity'),
        ('йогурт натуральный не сладкий 2 шт', {
            "pyaterochka": ["8487"],
            "magnit": ["1000470924", "1000181497", "dafd7c4dc4", "8000087572", "1000380540", "555ec5242d"],
            "dixy": ["2000537895", "2000585835", "2000596134", "2000366091", "2000297751", "2000569034", "2000253975"],
            "perekrestok": ["4246013", "4264817"],
        }, 'plain unflavoured yoghurt (titles «Натуральный», «классический», plain Greek, Козочка с облачка '
           '«без сахара» plain goat yoghurt), spoonable or drinking; «2 шт» is a quantity. Outside knowledge: '
           'these plain yoghurts taken as unsweetened. Fruit/flavoured yoghurts, even «без сахара», Зелёная '
           'Линия «Йогурт сладкий» and yoghurt products excluded'),
    ]),
    # vh23 sweets and pickled vegetables
    ('зефир белый пачку, пастила 1 пачка, помидорчики маринованные, кабачковая икра', [
        ('зефир белый пачку', {
            "pyaterochka": [],
            "magnit": ["44889a6882"],
            "dixy": ["2000561711"],
            "perekrestok": [],
        }, 'plain white zephyr, unglazed. Outside knowledge: apple zephyr without added colour is white — '
           'Магнит Семейные секреты «Антоновка» and Дикси Коломенский «Яблочный» accepted. Excluded: '
           'glazed/chocolate zephyr, pink or two-coloured (клубника, клюква, малина, вишня/манго, брусника, '
           'смородина, «Бело-розовый», «Ваниль и малина»), marshmallows'),
        ('пастила 1 пачка', {
            "pyaterochka": [],
            "magnit": ["357a2a47ed"],
            "dixy": ["2000002181", "2000573731"],
            "perekrestok": ["4116135", "4116136", "4116134", "4164937", "9857"],
        }, 'pastila of any flavour (Белёвская apple/berry, Ударница клюквенная, Шармэль клубника-сливки, '
           'sugar-free Зелёная Линия); «1 пачка» is a quantity. Магнит «Мармелад БЕЛЕВСКАЯ ПАСТИЛА» (marmalade; '
           'the brand word does not make it pastila) and the Зелёная Линия pastila bar («Батончик из … '
           'пастилы») excluded'),
        ('помидорчики маринованные', {
            "pyaterochka": [],
            "magnit": ["648d9229b0", "d3fb2fc16e", "50ab112cc5", "80be815488", "6ba63c1678"],
            "dixy": ["2000163959", "ЦТ0002790", "ЦТ0044234"],
            "perekrestok": ["4316983", "4094329", "4052495"],
        }, 'marinated tomatoes incl. marinated cherry tomatoes; salted tomatoes, tomatoes «в томатном соке», '
           'assortments with cucumbers, fresh and sun-dried tomatoes excluded'),
        ('кабачковая икра', {
            "pyaterochka": [],
            "magnit": ["381b954c56", "946989d11a"],
            "dixy": [],
            "perekrestok": [],
        }, 'zucchini caviar (Ресторация Обломов «Икра из кабачков», Семейные секреты «Икра кабачковое»); fish '
           'roe and other vegetable spreads excluded'),
    ]),
    # vh24 rabbit, spinach, Greek yoghurt, husband's beer
    ('крольчатина, шпинат замороженный пачку, йогурт греческий 2 баночки, пивко светлое мужу', [
        ('крольчатина', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw rabbit meat; none is on offer — only baby purees, pet food and children's sausages «с "
           'кроликом», all excluded'),
        ('шпинат замороженный пачку', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3444912", "4089745", "4150062"],
        }, 'frozen spinach (Hortex измельчённый, И Зимой И Летом резаный, Маркет резаный); fresh spinach, salad '
           'mixes, ready dishes and pasta with spinach excluded; «пачку» is a quantity'),
        ('йогурт греческий 2 баночки', {
            "pyaterochka": [],
            "magnit": ["1000181497", "dafd7c4dc4", "8000087572", "1000313702", "fc153f8070", "60f70a8dd4"],
            "dixy": ["2000585835", "2000339952", "2000403060", "2000596134", "2000297751", "2000328570", "2000327453",
                     "2000253975", "2000323039", "2000601711", "2000601712"],
            "perekrestok": ["4323782", "3601418", "4202758", "3601420", "4261361", "4219295", "3687295", "4068960", "4068958",
                            "4068959"],
        }, 'yoghurt sold as «греческий» (Greek), plain or flavoured, incl. two-layer Greek yoghurts; «2 '
           'баночки» is a quantity. Teos «Актив» drinking yoghurt (not called Greek), other yoghurts, skyr and '
           'curd excluded'),
        ('пивко светлое мужу', {
            "pyaterochka": [],
            "magnit": ["b7be4e1cdf", "8f5e8411f3", "4b9214b25a", "69a66b3a0f", "5efbef1867", "ee4fd3d93d", "7e7ff281a0",
                       "b22153f240", "e5d1876122", "42f69bfc00", "ae5974fdda", "f66314d40a", "b4204a2237", "63c65170c7",
                       "9f7d0a8f2d", "409bf95866", "e2bedcaafd", "0c7af2aa41", "bc158ed1af", "cdadff0fd2", "1b3181a9dc",
                       "cff5b47f4d", "3ea97ca924", "c7cb3e4e83", "72ef636633", "2e39130955", "ec022e4637"],
            "dixy": [],
            "perekrestok": [],
        }, 'alcoholic light beer of any brand and style (filtered or not, lager, pilsner, wheat, IPA, «свет» = '
           'светлое); «мужу» is a purpose. Outside knowledge: Магнит «Напиток пивной ЭДЕЛЬВАЙС нефильтрованный» '
           'taken as a (light wheat) beer. Dark beer (Wolpertinger, Крушовице тёмное), alcohol-free beer and '
           'beer drinks (Stella Artois 0%, Amstel, Балтика №0, Hollandia), flavoured beer drinks (Мишенька под '
           "вишенкой, Доктор Дизель, Konix Cherie, Green Beat, Tony's Garret, Essa, ALKO), медовуха and cider "
           'excluded'),
    ]),
    # vh25 cherry juice, trout, cauliflower, husband's croutons
    ('вишневый сок, форель охлажденная, цветная капустка, сухарики к пиву мужу', [
        ('вишневый сок', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'single-fruit cherry juice; none is on offer — only cherry nectars (Бариноff, Rich), apple-cherry '
           'juices, multi-fruit nectars, сокосодержащие напитки and cherry sodas, all excluded'),
        ('форель охлажденная', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'raw chilled trout; none is on offer. Lightly salted trout fillet (Меридиан, Океан, Люди Любят, '
           'Пр!ст), Пятёрочка «Форель, Балтийский Берег, 200 г» (a packaged salted/smoked fillet by outside '
           'knowledge), Дикси frozen trout steak, trout roe, beer snack sets and cat food excluded'),
        ('цветная капустка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079984", "2000300470"],
            "perekrestok": ["2053320", "4368230", "4359306", "79224", "68156", "1039", "4019922", "4019917", "3444752",
                            "2125856", "4003967", "49005", "3405390", "4269502", "4254368", "4225834", "3667246", "3489152",
                            "3625621", "4315692", "2813", "3477508", "82044", "4092602", "4092600", "82045", "48631",
                            "3698688", "4152340", "3065545"],
        }, 'plain cauliflower, fresh or frozen (no form was asked for), any colour (white, yellow, green, '
           'orange, purple, Николетта mini); broccoli-cauliflower mixes, baby purees, cream soups, breaded '
           'cauliflower (Равиолло в сухариках) and seeds excluded'),
        ('сухарики к пиву мужу', {
            "pyaterochka": [],
            "magnit": ["7a105553d3"],
            "dixy": ["2000265801", "2000572411", "2000603332"],
            "perekrestok": [],
        }, "savoury snack croutons sold as «сухарики» (Воронцовские, Хрусteam, Take It/OP'N'GO) and — outside "
           'knowledge — Дикси «Хрустимки Тимоша» (a rye-crouton snack); «к пиву мужу» is a purpose. Гренки (a '
           'different snack word: Фишка, BEERKA, 777, Добрынов, Vian, Гренковъ, Рижские, Вкус Вилладж), sweet '
           'сухари with raisins/sugar and vanilla сухарики excluded'),
    ]),
]


def blind_lists(path):
    """The list texts of the blind draft: the lines between '=== vhNN ===' markers, '#' header lines skipped."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("#"):
                continue
            if line.startswith("=== vh"):
                if cur is not None:
                    texts.append("\n".join(cur).strip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).strip("\n"))
    return texts


def check_blind(lists):
    blind = blind_lists(BLIND)
    errors = []
    if len(blind) != len(lists):
        errors.append("%d lists here, %d in the blind draft" % (len(lists), len(blind)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        if n in REPLACED:
            old, new = REPLACED[n]
            draft = draft.replace(old, new, 1)
        if text != draft:
            errors.append("fvh%02d: text %r differs from the blind draft %r" % (n, text, draft))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fvh"))
