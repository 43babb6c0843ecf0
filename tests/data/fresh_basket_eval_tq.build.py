#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tq.jsonl -- 25 shopping lists of a family in the Urals and Siberia (Екатеринбург, Пермь,
Новосибирск) written with their regional words and habits (вехотка, шаньги, пельмени сибирские, булка хлеба, греча,
виктория, мультифоры, черемша, варенец, снежок, полторашка, кедровые орешки, облепиха, брусника) and ordinary groceries,
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tq.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tq.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftq01, ftq02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tq.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tq.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none were
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 пельмени вечером
    ("пельмени сибирские 2 пачки, сметаны 20% баночку к пельменям, уксус 9% столовый бутылочку, горчица русская баночку", [
        ("пельмени сибирские 2 пачки", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000318344", "2000558274", "2000565192"],
            "perekrestok": [],
        }, "frozen meat pelmeni whose own title calls them Siberian: Сибирская коллекция (Новосибирские, фирменные, с "
           "мраморной говядиной, Сочные со сливочным маслом) and Цезарь «Гордость Сибири»; judgement: «сибирские» is read "
           "as the Siberian pelmeni named so by the maker (no title is literally «Сибирские»), so every other pelmeni "
           "(Мираторг, Стародворские, Горячая штучка, Цезарь с телятиной, Grandmeni, fish pelmeni Четверг) is excluded; «2 "
           "пачки» is a quantity"),
        ("сметаны 20% баночку к пельменям", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404", "1000574405", "1899913371",
                       "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355", "4229625", "4241375",
                            "4250761", "4320002", "4376610"],
        }, "sour cream 20% of any brand and pot size (180-350 g); «баночку» is a unit and «к пельменям» a purpose, not "
           "filters; 10/15/25/30% sour cream, Ряба «сметанный» mayonnaise, sour-cream-flavoured snacks and «Сметанковый» "
           "cheese excluded"),
        ("уксус 9% столовый бутылочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 9% table vinegar in any chain: Перекрёсток has only a 6% natural grape vinegar (other strength, other "
           "product) and olives «с винным уксусом»"),
        ("горчица русская баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["2143139", "2153858", "3120635", "3332502", "3333301", "3372044", "3416298", "3435016", "4229364", "4273279",
                            "4276808", "4337617"],
        }, "mustard sold as «Русская» (Махеевъ, Русские закуски, Столичная, ЕЖК Столовая and Ядрёная жгучая — both ЕЖК "
           "«Русская» — Главпродукт, Натурово, Маркет, Семилукская трапеза, Goldjick, Gustoff); «Русская» is the variety "
           "written, so «Столовая» (Здрава, Пр!ст), Дижонская, Баварская, Французская, Деревенская, Домашняя, honey/fruit "
           "mustards, whole-grain (ЕЖК Русская Зернистая) and horseradish-flavoured (ЕЖК Русская С хреном, Столичная С "
           "хреном) ones excluded; Пятёрочка and Магнит have no mustard"),
    ]),
    # L02 баня
    ("вехотку пожестче, мыло дегтярное 2 куска, шампунь шаума подешевле", [
        ("вехотку пожестче", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "вехотка = мочалка (washcloth) in the Urals/Siberia (outside knowledge, regional word); no washcloth is sold on "
           "its own: Дикси has only gift sets «Гель для душа 250мл + Мочалка» (Camay, Dove), which are shower gels, "
           "excluded"),
        ("мыло дегтярное 2 куска", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no tar soap in any chain; the only «деготь» title is Magnit's Librederm shampoo «Деготь» (a shampoo, "
           "excluded); other toilet, baby, liquid and «банное» soaps are not tar soap"),
        ("шампунь шаума подешевле", {
            "pyaterochka": ["2656", "2671", "3262182"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Schauma shampoos: Пятёрочка «SCHAUMA Шампунь 7 ТРАВ», «SCHAUMA Шамп.муж.с хмелем» and «SCH.Шампунь ОТ ПЕРХОТИ "
           "INTENSIVE 380мл» (SCH. = Schauma: same 380 ml size and price as the other Schauma, Schauma sells an "
           "anti-dandruff Intensive line — outside knowledge); the Schauma balm «Бальзам для волос Schauma» and shampoos "
           "of other brands excluded; «подешевле» is a wish; no other chain has Schauma"),
    ]),
    # L03 шаньги печь
    ("картошки 3 кг на шаньги\nмуки высший сорт пачку 2 кг\nсметана 15% для шанег\nмасло сливочное 2 пачки", [
        ("картошки 3 кг на шаньги", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860", "43968", "769"],
        }, "fresh raw potatoes of any pack (loose, net, washed, 1-3 kg bags, «для варки/жарки», baby potatoes); «3 кг» is "
           "a quantity and «на шаньги» a purpose (шаньги = Ural/Siberian open buns topped with mashed potato); sweet "
           "potato (Батат), chips/fries, boiled peeled potatoes, fried/baked potato dishes, mash, Магнит «Картофель АЙДАХО "
           "(СП ГМ) 100г» (a ready dish) and «Картошка» cakes/curd snacks excluded; Перекрёсток «Картофель Чик-Чик, 1кг» "
           "taken as fresh potatoes (outside knowledge)"),
        ("муки высший сорт пачку 2 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a"],
            "dixy": ["2000553733", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481"],
            "perekrestok": ["2037765", "2107396", "2112692", "3193726", "3305673", "3626914", "3681817", "3915409", "4262616", "4326495",
                            "91321"],
        }, "wheat flour whose title says высший сорт, in 2 kg packs («пачку 2 кг» names the pack); 1 kg packs, сорт "
           "«экстра» (a different grade), flours without a stated grade (Магнит «ПЫШЕЧКА, пшеничная, 2кг», "
           "«СТАРООСКОЛЬСКАЯ, хлебопекарная, ГОСТ», Дикси Старооскольская and «Мука пшеничная хлебопекарная» 2 kg, "
           "Тихорецкая «особая»), pancake flour, whole-grain, rye, rice, corn and other flours excluded"),
        ("сметана 15% для шанег", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785", "1000461810", "1000463648",
                       "1000553874", "1000558440", "1899900582", "8000035449", "8000057502", "8000068594",
                       "8000072734", "2645f50028", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086", "4221356", "4226994",
                            "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        }, "sour cream 15% of any brand and pot size, incl. lactose-free and Простоквашино «из топлёных сливок» (a sour "
           "cream, not a flavour); the garlic-flavoured Пятёрочка «пикантная, с чесноком» excluded; «для шанег» is a "
           "purpose"),
        ("масло сливочное 2 пачки", {
            "pyaterochka": ["3026226", "3993159"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000262381", "1000312970", "1000384151", "1000433642",
                       "1000457493", "1000458136", "1000521208", "1000566266", "1844000142", "1855599920",
                       "1899900309", "1899911038", "3181241105", "8000045816", "8000058591", "4fc2d8c8ad",
                       "6b22928df7", "86326346d1", "87355db645", "a1a2b1e98a"],
            "dixy": ["10J0079578", "2000186964", "2000288309", "2000401635", "2000509906", "2000538793", "2000575412", "2000581831",
                     "2000588791", "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["2029217", "2043237", "2068941", "2071031", "3026226", "3226314", "3287314", "3347817", "3355277", "3363741",
                            "3369241", "3371288", "3384196", "3396544", "3406593", "3413519", "3423762", "3434127",
                            "3472940", "34890", "3612778", "3628337", "3637761", "3643092", "3645266", "3654551",
                            "3657363", "3698785", "3917028", "3922315", "3953367", "3963777", "3980020", "3999749",
                            "4035287", "4051359", "4055506", "4068626", "4135603", "4147662", "4188102", "4196090",
                            "4260609", "4260610", "4281083", "4292462", "4310021", "4343792", "86149", "86150",
                            "3699369", "4113532", "4175276", "4188099"],
        }, "butter of any fat (72.5/82/82.5%), brand and pack, sweet-cream, salted or unsalted, lactose-free; «2 пачки» is "
           "a quantity; ghee/топлёное, chocolate butter (Экомилк Шоколадное 62%), spreads, vegetable and olive oils and "
           "goods «со сливочным маслом» excluded"),
    ]),
    # L04 чай с облепихой
    ("облепиха замороженая 1 кг, мед алтайский, корень имбиря свежего, лимончика 2 штуки", [
        ("облепиха замороженая 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen sea buckthorn in any chain; sea buckthorn «протёртая с сахаром» (Дикси Экопродукт, Перекрёсток "
           "Пр!ст), juices, teas, drinks and toothpaste «с облепихой» are other products (fresh-produce/form word "
           "«замороженая» = frozen berries); «1 кг» is a quantity"),
        ("мед алтайский", {
            "pyaterochka": [],
            "magnit": ["ec1ad9dc52"],
            "dixy": [],
            "perekrestok": [],
        }, "honey sold as Altai honey: Магнит «БЕРЕСТОВ А.С. Мед Майский Алтайцвет 500г» (judgement: «Алтайцвет» names "
           "Altai blossom honey — outside knowledge; «алтайский» is the origin the user wrote); other honeys (Berestov "
           "«Уссурийский бальзам» and «липовый Башкирхан», «Таёжный цветочный», «горный», Медовед, Дикси Абрико/Медовая "
           "долина, Перекрёсток Маркет цветочный/гречишный), crème honey and honey-flavoured goods excluded because they "
           "are not Altai honey"),
        ("корень имбиря свежего", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3218215"],
        }, "fresh ginger root: Перекрёсток loose «Имбирь»; ground (Kotanyi, Pripravka), marinated, «белый "
           "пастеризованный», candied/«в сахаре», dried «осмотического обезвоживания» ginger, ginger drinks/teas/sweets "
           "excluded; Перекрёсток «Имбирь, 300г» excluded because the title does not say it is fresh root (its price per "
           "kg is far above the loose fresh root)"),
        ("лимончика 2 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, "fresh lemons (loose, «сочные», Маркет Fresh 2 шт, Market Collection 2 шт, Узбекистан); «2 штуки» is a "
           "quantity; lemonade, citric acid, lemon-flavoured drinks, sweets and cleaners excluded; Пятёрочка and Магнит "
           "have no fresh lemons"),
    ]),
    # L05 морс
    ("брусника мороженая полкило\nклюквы мороженой на морс пакет\nсахарный песок пару кило", [
        ("брусника мороженая полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen lingonberries in any chain; Магнит «Ягода протертая СИБИРСКАЯ ЯГОДА, Брусника» (puree with sugar), "
           "brusnika jams/varenye, sauce, yoghurts, zefir and cereal «с брусникой» are other products; «полкило» is a "
           "quantity"),
        ("клюквы мороженой на морс пакет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4275459", "4289122"],
        }, "frozen cranberries: Перекрёсток «Клюква дикорастущая быстрозамороженная Маркет 300г» and «Клюква садовая "
           "быстрозамороженная Пр!ст 700г»; the form «мороженой» is required, so loose fresh «Клюква садовая» "
           "(Перекрёсток) and Магнит «КЛЮКВА, 250г» (form not stated) are excluded, as are dried/sugared/«протёртая» "
           "cranberries, sauerkraut «с клюквой» and cranberry sweets; «на морс» is a purpose, «пакет» a unit"),
        ("сахарный песок пару кило", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar of any pack (900 g-5 kg, Магнит Чайкофский «Сахар-песок … Рафинированный» = refined "
           "granulated, Перекрёсток Чайкофский «белый кристаллический свекловичный» 750 g); «пару кило» is a quantity; "
           "Перекрёсток «Сахар Советский Экстра, 1кг» taken as granulated (outside knowledge); pressed/lump sugar (Русский "
           "сахар прессованный, кусковой), cane sugar, vanilla sugar, icing sugar, coconut sugar and sweeteners excluded"),
    ]),
    # L06 пирог и каша
    ("кедровые орешки очищенные, изюма без косточек грамм 200, курага для пирога, геркулес пачку на кашу", [
        ("кедровые орешки очищенные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pine nuts in any chain; granola «Кедровые орешки и клюква», crème honey «с кедровым орехом», «Кедровый "
           "грильяж» sweets, «Кедровая» vodka and Кедровый Бор mushrooms are other products"),
        ("изюма без косточек грамм 200", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316951", "3640864"],
        }, "raisins: Перекрёсток «Изюм Голден Маркет 250г» and «Изюм светлый Маркет 233г» (golden/light sultana-type "
           "raisins are seedless — outside knowledge); «грамм 200» is read as the quantity wanted, not a pack size; "
           "nut-and-raisin mixes, goods «с изюмом» and chocolate-coated raisins excluded; no other chain sells plain "
           "raisins"),
        ("курага для пирога", {
            "pyaterochka": [],
            "magnit": ["adf6cd599a"],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots: Магнит «Курага СЕМУШКА, 150г»; curd masses, yoghurts, porridges, compote and sweets with "
           "курага excluded; «для пирога» is a purpose"),
        ("геркулес пачку на кашу", {
            "pyaterochka": [],
            "magnit": ["1fbd6e427e", "7e4e5763f5", "8a13df6c91"],
            "dixy": ["1041032607", "2000005395", "2000186448", "2000219614", "2000222892", "2000601251", "2000604115", "DI00078791"],
            "perekrestok": ["2105514", "2122914", "2122915", "2122919", "23772", "24926", "3421663", "3469027", "3469028", "3503161", "3933387",
                            "4005492", "4078263", "4157124", "4321219", "6752", "9056"],
        }, "«геркулес» is the everyday word for rolled oats: plain oat flakes of any brand and cut (Геркулес, Экстра, Ясно "
           "солнышко №1-3, Nordic, quick-cooking, whole-grain, gluten-free, naked-oat flakes); judgement: the product word "
           "is read colloquially, so «Экстра»/numbered flakes count; flakes with bran, fruit/berries (вишня, "
           "клюква-яблоко), Nordic «Ленивая овсянка», instant porridges in sachets (Каша Геркулес с клубникой etc.), «без "
           "варки» assortments, oat cookies and Фацер «Хлеб ГЕРКУЛЕС» excluded"),
    ]),
    # L07 завтрак
    ("сайку, масла сливочного 82.5 пачку, сыра российского кусок граммов на 300, колбасы докторской грамм 300 на бутеры", [
        ("сайку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "сайка = a small oblong white wheat loaf/bun (the standard meaning; judgement: whether Ural speakers also use "
           "it for any white loaf could not be confirmed, so only a сайка is accepted); no product titled сайка in any "
           "chain; батоны, toast bread, «Булка Рижская», ciabatta and white/grey loaves are other breads"),
        ("масла сливочного 82.5 пачку", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642", "1000458136", "1000521208",
                       "1000566266", "1899900309", "8000045816", "4fc2d8c8ad", "6b22928df7", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271", "2000604391",
                     "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778", "3628337", "3643092",
                            "3654551", "3657363", "3698785", "3922315", "3953367", "3999749", "4055506", "4135603",
                            "4196090", "4260609", "4292462", "4310021", "4343792", "86149", "3699369", "4113532",
                            "4175276"],
        }, "butter with exactly 82.5 % fat (written 82,5 % or 82.5), any brand and pack; «пачку» is a quantity; 82 % "
           "butter (JALO KERMA, Arla Natura, President, Молочный знак, Киприно), 72.5 % butter, chocolate butter, ghee, "
           "spreads and margarine excluded (the written fat must match exactly)"),
        ("сыра российского кусок граммов на 300", {
            "pyaterochka": [],
            "magnit": ["1000057898", "1000316962", "f6d00325e6"],
            "dixy": ["2000209050", "2000397412"],
            "perekrestok": ["3629975", "3668882"],
        }, "cheese «Российский» (Брест-Литовск, Вкуснотеево, Моя цена весовой, Белебеевский, Тендер, Пр!ст and Зелёная "
           "Линия «Российский молодой»), pieces or sold by weight; «кусок» excludes the 130 g slices (Брест-Литовск "
           "«слайсами»); «граммов на 300» is a quantity; «Продукт По-Российски … на основе растительного жира» (not "
           "cheese) and other cheeses excluded"),
        ("колбасы докторской грамм 300 на бутеры", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374", "6e16b1777a", "80689e53b3",
                       "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca", "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "boiled sausage «Докторская» of any brand, piece, slices or weighed; «грамм 300» is a quantity and «на бутеры» "
           "a purpose; «Докторские» sausages (сосиски Рублёвский) and other boiled sausages excluded"),
    ]),
    # L08 к ужину
    ("булку черного хлеба, сала соленого кусочек, черемша маринованная банку", [
        ("булку черного хлеба", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2000243", "2053660", "2060872", "3126329", "3382146", "3617422", "3624125", "3627134", "3631465", "3658457",
                            "3931337", "3953836", "3965436", "3974719", "3974720", "4074396", "4148558", "4149554",
                            "4164733", "4276930", "4329404", "4354623", "78034786", "78034810"],
        }, "«булка» in Siberia/the Urals = a loaf of any bread (regional use, outside knowledge), so a loaf (whole, half "
           "or sliced) of dark rye or rye-wheat bread: titles saying ржаной/ржано-пшеничный, Бородинский or Дарницкий "
           "(Перекрёсток only); the brand «Ржаной Край» (title does not say rye bread), "
           "Двинский/Столичный/Измайловский/Даниловский and Magnit's «Даниловский зерновой» (rye not stated), wheat-rye "
           "«пшенично-ржаной», bread with raisins, rye crispbread «вафельный», garlic rye baguette, croutons and rye flour "
           "excluded"),
        ("сала соленого кусочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000601572"],
            "perekrestok": ["4280740"],
        }, "salted pork fatback: Дикси «Шпик бутербродный Мясоедов с чесноком 200г» and Перекрёсток «Сало из свиного шпика "
           "с черным перцем и чесноком 100г»; judgement (outside knowledge): both are ready-to-eat salted сало, and "
           "garlic/pepper are the usual seasoning of salted сало, not a different flavour; smoked/boiled pork belly "
           "(Магнит «Грудинка ДОМАШНЯЯ копчено-вареная») excluded"),
        ("черемша маринованная банку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "черемша = wild garlic (ramsons), a Siberian staple usually bought marinated in jars (outside knowledge); none "
           "in any chain"),
    ]),
    # L09 молочка
    ("варенец 2 бутылки, ряженки 4% бутылочку, творог 5 процентов пару пачек, снежок детям", [
        ("варенец 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["1000560511", "8000093609"],
            "dixy": ["2000581091"],
            "perekrestok": [],
        }, "варенец of any fat and pack (Ростагроэкспорт термостатный 3.5-4.5 % 320 g, Славянские Кружева 3.2 % 200 g); «2 "
           "бутылки» is read as a quantity (the pack shape is not a product difference); ряженка and other fermented milks "
           "excluded"),
        ("ряженки 4% бутылочку", {
            "pyaterochka": [],
            "magnit": ["1000371474", "1000439736", "1000451592"],
            "dixy": [],
            "perekrestok": [],
        }, "ряженка 4 % (Большая кружка 500 g/800 g, Из Молока Нашей Дойки 900 g); 2.5/3.2/3.5 % and flavoured ряженка "
           "(печёное яблоко, клубника, банан-карамель, курага-чернослив) excluded; «бутылочку» is a unit"),
        ("творог 5 процентов пару пачек", {
            "pyaterochka": [],
            "magnit": ["1000208909", "1000224037", "1000306424", "1000372786", "1000377235", "1000426473", "1000441658", "1000448251",
                       "1000453157", "1000475531", "1000512632", "1000535923", "1000563526", "1000572167",
                       "1079990193", "2400019178", "8000030462", "8000068592", "8000069908", "8000079349",
                       "161690c563", "1720c2be05", "3959a203ba", "9aeeb10b64", "c7f0f0e5ec"],
            "dixy": ["2000227595", "2000244591", "2000309621", "2000322093", "2000410935", "2000512184", "2000539346", "2000555052",
                     "2000568077", "2000595413", "2000599971", "ЦТ0047040"],
            "perekrestok": ["4050943", "4128957", "4153930", "4166368", "4249284", "4274201", "4299495", "4302679", "4324116", "3279582",
                            "3617778"],
        }, "plain cottage cheese with exactly 5 % fat, any brand and pack, incl. soft («мягкий», «Нежный»), crumbly, "
           "lactose-free, «из топленого молока» and the plain children's Зелёная Линия 5 %; «пару пачек» is a quantity; "
           "grainy cottage cheese in cream («зерненый в сливках», Савушкин 101 Зерно, Зелёная Линия «Зёрнышко» — "
           "judgement: a different product), fruit/raisin/jam cottage cheeses, 5.5 % (Домик в деревне мягкий), 2/4/9/18 % "
           "and curd desserts excluded"),
        ("снежок детям", {
            "pyaterochka": [],
            "magnit": ["34811ecb49"],
            "dixy": ["2000536774", "2000604081"],
            "perekrestok": [],
        }, "plain снежок (sweet fermented milk drink): Магнит Торжок 2.5 %, Дикси «Домик в деревне» 2.5 % and Хуторок 2.5 "
           "%; «детям» is a purpose; the strawberry-wild-strawberry ФрутоНяня снежок (flavoured) excluded"),
    ]),
    # L10 пельмени лепить
    ("фарш свино-говяжий 2 кг на пельмени\nлук репчатый кило на фарш\nмучки для пельменей пачку\nперца черного молотого пакетик", [
        ("фарш свино-говяжий 2 кг на пельмени", {
            "pyaterochka": [],
            "magnit": ["1f9a3b6240"],
            "dixy": [],
            "perekrestok": ["4364589"],
        }, "mixed pork-and-beef mince: Магнит «МАГНИТ СВЕЖЕСТЬ Домашний» and Перекрёсток «Хороший Кусок домашний мясной» "
           "(judgement: «Домашний» mince is by Russian standard pork+beef — outside knowledge); pure beef (Мираторг, Иван "
           "Мясоедов, Хороший Кусок из говядины, Перекрёсток говяжий), pure pork (Дальние Дали, Перекрёсток свиной), "
           "turkey (Индилайт), pollock mince and minces whose meat is not stated (Черкизово «Фермерский», Ближние Горки "
           "«деревенский») excluded; «2 кг» and «на пельмени» are quantity and purpose"),
        ("лук репчатый кило на фарш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions (loose, net, 500-600 g packs, red, peeled); «кило» and «на фарш» are quantity and purpose; "
           "dried and ground onion (Kotanyi, Айдиго), onion-flavoured chips and green onion excluded"),
        ("мучки для пельменей пачку", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["2000213875", "2000317163", "2000553733", "2000576791", "2000578792", "D000002191", "ЦТ0035253", "ЦТ0037862",
                     "ЦТ0044481", "ЦТ0044544"],
            "perekrestok": ["16318", "2037765", "2107396", "2112692", "3193726", "3292690", "3305673", "3394693", "3502351", "3505430",
                            "3626914", "3681817", "3915409", "4215036", "4262616", "4326495", "91320", "91321",
                            "4278294"],
        }, "ordinary white wheat flour of any grade and pack (высший сорт, экстра, хлебопекарная, Пышечка, "
           "Старооскольская, Манитоба); «для пельменей» is a purpose, «пачку» a unit; pancake flour mixes, self-raising, "
           "whole-grain and non-wheat flours and flours whose kind is not stated (Тихорецкая «особая», «Мука Царь, 1кг») "
           "excluded"),
        ("перца черного молотого пакетик", {
            "pyaterochka": [],
            "magnit": ["71d97ddd90"],
            "dixy": ["2000259286", "2000315784", "2000535254", "ЦТ0046005"],
            "perekrestok": ["20279", "2029582", "2127636", "3166456", "3166496", "3172900", "3481016", "3481330", "3500194", "3687602",
                            "4078639", "4088822", "4117709", "4202527", "4207246", "4285102", "49761", "88780",
                            "9382"],
        }, "ground black pepper of any brand and pack (10-100 g, loose by weight); «пакетик» cannot be checked from most "
           "titles and is read as a unit; whole peppercorns, pepper in a grinder, crushed pepper, pepper whose form is not "
           "stated (Kamis 42 г, Маркет Перекрёсток 36/50 г), pepper mixes and pepper sauces excluded"),
    ]),
    # L11 уха
    ("омуль копченый 2 штуки, горбуша мороженая, лаврушка на уху", [
        ("омуль копченый 2 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "омуль (Baikal cisco), a Siberian smoked fish — none in any chain; other smoked fish (herring, trout, "
           "pink-salmon slices) are other fish"),
        ("горбуша мороженая", {
            "pyaterochka": [],
            "magnit": ["3b46071f32"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pink salmon: Магнит «Горбуша МАГНИТ филе с кожей мороженая 500г»; canned «натуральная», dried/вяленая "
           "«соломка», salted and cold-smoked slices, breaded fillet, caviar and fish pastes excluded"),
        ("лаврушка на уху", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "лаврушка = bay leaf (colloquial): Магнит Котани 5 г, Перекрёсток Пр!ст 10 г; «на уху» is a purpose"),
    ]),
    # L12 в школу
    ("мультифоры 20 штук, тетради 48 листов 5 шт, сырков глазированных штук пять", [
        ("мультифоры 20 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "мультифора = a punched A4 sheet protector («файл»), a Siberian/Ural word (outside knowledge); no stationery "
           "files in any chain"),
        ("тетради 48 листов 5 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "48-sheet notebooks: none; Перекрёсток has only 18-sheet school notebooks (Киви-киви), and «48 листов» names "
           "the notebook"),
        ("сырков глазированных штук пять", {
            "pyaterochka": ["4061730"],
            "magnit": ["8000070532", "1000305762", "1000359364", "1000274202", "1000059925", "1899801136", "61ab02df21", "1000238205",
                       "1000172948", "1000122409", "1000186648", "8000078945", "1000117018"],
            "dixy": [],
            "perekrestok": ["4227614", "20615", "3666242", "3427052"],
        }, "glazed curd snacks with a plain (vanilla/vanillin or unstated) filling in chocolate or other glaze, single "
           "bars or multipacks; «штук пять» is a quantity; flavoured fillings (варёная сгущёнка, клубника, кокос, какао, "
           "«со вкусом шоколада», апельсин, карамель/caramel glaze, «Картошка», кактус, Status fruit-pistachio), Protein "
           "Power, non-glazed curd bars (Ростагроэкспорт «ванильный» 45 г, Коровка из Кореновки — glaze not stated, "
           "Хозяйство Васильевой, с изюмом) and curd desserts excluded; judgement: a plain «сырки глазированные» is read "
           "like other plain products (flavours excluded)"),
    ]),
    # L13 к чаю
    ("шаньги с картошкой 6 штук, чай листовой черный пачку, сгущенка вареная банку", [
        ("шаньги с картошкой 6 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "шаньги = Ural/Siberian open round buns topped with mashed potato (regional word, outside knowledge); none in "
           "any chain; buns with other fillings, potato pies and potatoes excluded"),
        ("чай листовой черный пачку", {
            "pyaterochka": ["3380940", "3380950", "55923", "2049940"],
            "magnit": ["cbfbcf3730", "4720a7f85f", "65054e7b15", "e5f644b54b", "d7f2406271", "d19e923d5f", "d35e2f82d3", "03fb2db2be",
                       "a510289c84", "fdaeb671e9", "278651b790", "8cdd8e4398", "bdf50ca6e6", "6e48f23b2b",
                       "c8696b4f23", "6cfa07362e", "fe3343d282", "f2c67c596a", "f619b0597f"],
            "dixy": ["2000203431", "2000361849", "DI00080603"],
            "perekrestok": ["3605415", "3636930", "3440336", "3506750", "3439925", "4131561", "2049940"],
        }, "plain black loose-leaf tea in packs (Ahmad, Dilmah, Akbar, Richard, Richman Ассам, Kensington крупнолистовой, "
           "Принцесса Канди/Нури Пекое, Азерчай, Greenfield, Майский «Корона Российской империи», Sun Field, Beta); teas "
           "whose title gives only a weight and no bag count were taken as loose (outside knowledge; Пятёрочка Ahmad "
           "«Английский завтрак» and Майский are titled «листовой» in Дикси/Перекрёсток); flavoured teas (Earl "
           "Grey/бергамот, Richman Orange Pekoe — «с ароматом бергамота» in Перекрёсток's title, чабрец, смородина, "
           "fruits, Kensington Secret Garden, «Добрый вечер» herbal blend, FruTea), bagged tea, green/herbal teas, kids' "
           "tea, bottled tea drinks and Принцесса Нури 100 г (leaf or granulated not stated) excluded"),
        ("сгущенка вареная банку", {
            "pyaterochka": [],
            "magnit": ["1000244512", "1000244735", "1000346225", "1000379971", "8000034109", "205bde5081", "3ab993278c"],
            "dixy": ["2000311392", "2000335387"],
            "perekrestok": ["4245765", "4250610", "3684740"],
        }, "boiled sweetened condensed milk («вареное/варёное сгущённое с сахаром», Бела Слада «Сгущенное молоко "
           "вареное»), any brand and can size; plain sweetened condensed milk, «Продукт молочный Сгущенка» and goods «с "
           "варёной сгущёнкой» (the Зелёная Линия wafer tube «в вафельной трубочке», сырки, вафли, булочки, пончики, "
           "гофры, кукурузные палочки) excluded; «банку» is a unit"),
    ]),
    # L14 чаепитие
    ("варенье брусничное, пряники тульские пару штук, сушки с маком пакетик, чай черный с чабрецом пачку", [
        ("варенье брусничное", {
            "pyaterochka": [],
            "magnit": ["e8e8814412"],
            "dixy": ["ЦТ0028424"],
            "perekrestok": ["4313422"],
        }, "lingonberry varenye: Магнит «Варенье ВОЛОГОДСКОЕ Брусничное», Дикси «Варенье десертное Экопродукт Брусника», "
           "Перекрёсток «Варенье брусничное Маркет»; jam/confiture (Русский лес «Джем брусничный», Darbo «Конфитюр») "
           "excluded (варенье ≠ джем, as in set d), as are Мама Карелия «брусника с сосновыми почками» (a mixed varenye), "
           "Магнит «Ягода протертая … Брусника», sauce, mustard and yoghurts with lingonberry"),
        ("пряники тульские пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Tula gingerbread in any chain; Стойленские, Сланa/Lucky Days chocolate, Дымка, Полёт, Русские Пряники "
           "«Северные» and other пряники are other kinds (the variety «тульские» is required)"),
        ("сушки с маком пакетик", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "poppy-seed сушки: Магнит «Сушки-мини НЕВСКАЯ СУШКА, маковые, 200г»; «пакетик» is a unit; plain/vanilla баранки "
           "and garlic «Тараллини» excluded"),
        ("чай черный с чабрецом пачку", {
            "pyaterochka": [],
            "magnit": ["05c3ce571d", "739159b9d5", "b411bf6170", "f9b0dd39e7"],
            "dixy": [],
            "perekrestok": ["3497561", "4131559", "4206082"],
        }, "black tea with thyme, loose or bagged (Азерчай, Kensington, Тесс, Майский «Душистый Чабрец», Market "
           "Collection); «пачку» is a unit; Майский «чабрец-мята» (thyme and mint) excluded as another flavour, plain "
           "black teas and herbal teas excluded"),
    ]),
    # L15 борщ
    ("свекла 1 кг на борщ, капусты белой вилок, говядинки на косточке кг, паста томатная банку", [
        ("свекла 1 кг на борщ", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "13998", "4375880", "3368257", "4299508", "3378167", "786", "4208428", "3625863"],
        }, "fresh raw beetroot (loose, bag/net, washed, young, bunched, 200 g fresh packs incl. raw «свежая "
           "резаная»/Маркет Fresh «очищенная соломка» fresh-cut); «1 кг» and «на борщ» are quantity and purpose; cooked "
           "beet (варёная/отварная), marinated, «по-корейски» and beet salads, dried beet snacks, Swiss chard (Мангольд), "
           "seeds and Перекрёсток «Свекла очищенная» (loose) / «Свёкла целая очищенная, 500г» (raw or cooked not stated) "
           "excluded"),
        ("капусты белой вилок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["198", "1546", "45661"],
        }, "a whole head of white cabbage: Дикси «Капуста белокочанная», Перекрёсток «Капуста белокочанная», «… ранняя» "
           "and plain «Капуста» (taken as white cabbage — outside knowledge); «вилок» = a whole head, so shredded/cut "
           "packs (Белая Дача резаная, Маркет Fresh соломка, «Салат … Капуста белокочанная»), sauerkraut, marinated "
           "cabbage, kimchi, cauliflower, broccoli and seeds excluded"),
        ("говядинки на косточке кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["85566", "923", "3020550"],
        }, "bone-in beef: Перекрёсток «Голень говяжья с костью», «Лопатка говяжья на кости», «Шейный отруб говяжий на "
           "кости»; boneless cuts (мякоть, антрекот, огузок, стейки), «Грудинка говяжья для харчо» (bone not stated), "
           "mince, offal, pork ribs and ready meals excluded; «кг» is a quantity"),
        ("паста томатная банку", {
            "pyaterochka": [],
            "magnit": ["2c160abf20", "3e333fcf75", "63697ab89b", "64828d44cd", "7f508c0006", "d176b4306a"],
            "dixy": ["2000000761", "2000322276", "2000521414", "2000536311", "2000569071"],
            "perekrestok": ["3504319", "3690262"],
        }, "tomato paste of any brand and pack (jars, cans, 70 g pyramids, 30 g sachets); «банку» is read as a unit; "
           "ketchup, tomato sauces and tomato juice excluded"),
    ]),
    # L16 уборка
    ("белизны две бутылки, порошок tide ручная стирка, губки для посуды штук 10 упаковку, перчатки резиновые для уборки пару", [
        ("белизны две бутылки", {
            "pyaterochka": ["3413434"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«белизна» = household chlorine bleach: Пятёрочка «Чистящее средство Sanfor, гель белизна, 3в1, 700 г» (sold as "
           "Sanfor «Белизна-гель», a chlorine bleach gel — outside knowledge); oxygen and other bleaches (ACE, "
           "Synergetic), chlorine toilet blocks, whitening toothpastes excluded; «две бутылки» is a quantity"),
        ("порошок tide ручная стирка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Tide for hand washing: none — Магнит has only Tide «автомат»/«колор» powders, liquid and capsules for machines "
           "(form «ручная стирка» is required); other brands excluded"),
        ("губки для посуды штук 10 упаковку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a pack of 10 dish sponges: none; Магнит «Губки для посуды МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт.» is a 5-piece pack "
           "(«штук 10 упаковку» names the pack); shoe sponge excluded"),
        ("перчатки резиновые для уборки пару", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household rubber gloves in any chain"),
    ]),
    # L17 компот и ягоды
    ("черная смородина мороженая пакет, виктория замороженая на компот, облепиховое варенье, меду гречишного банку", [
        ("черная смородина мороженая пакет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen blackcurrants in any chain; blackcurrant varenye/jam, teas, sweets, yoghurts and drinks excluded "
           "(form «мороженая» required)"),
        ("виктория замороженая на компот", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000184203"],
            "perekrestok": ["3489160", "4289123"],
        }, "«виктория» = garden strawberries in the Urals/Siberia (regional word, outside knowledge); frozen strawberries: "
           "Дикси «Клубника Круглое лето быстрозамороженная 300 г», Перекрёсток Маркет 400 г and Пр!ст 700 г; strawberry "
           "yoghurts, cheesecake, sweets and other frozen berries excluded; «на компот» is a purpose"),
        ("облепиховое варенье", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sea-buckthorn varenye in any chain; «Облепиха протёртая с сахаром» (Дикси Экопродукт, Перекрёсток Пр!ст) is "
           "a puree, not varenye, and is excluded"),
        ("меду гречишного банку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4320671", "3687699"],
        }, "buckwheat honey: Перекрёсток «Мёд Гречишный натуральный монофлорный Маркет 500г» and «Мёд гречишный "
           "натуральный Маркет Перекрёсток 350г»; other honeys, Чак-Чак «с гречишным мёдом» and the «Гречишный» white "
           "chocolate excluded"),
    ]),
    # L18 селёдка с картошкой
    ("селедочка бочковая, картошка молодая 2 кило, лук зеленый пучок свежий, масло пахучее нерафинированное", [
        ("селедочка бочковая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3454388"],
        }, "barrel-salted herring: Перекрёсток «Сельдь Русское Море бочковая слабосолёная филе, 230г»; «бочковая» is "
           "required, so other salted herrings (whole or fillet, in oil, in marinade), cold-smoked herring and herring "
           "salads excluded"),
        ("картошка молодая 2 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no new potatoes: the only «молодой» potato is Перекрёсток «Картофель молодой с паприкой и чесноком запеченный» "
           "(a baked dish); ordinary fresh potatoes and Перекрёсток «Картофель Бэби, 2кг» (small baby potatoes — not sold "
           "as new crop) excluded since «молодая» is required"),
        ("лук зеленый пучок свежий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh green onions in any chain; bulb onions, dried onion and onion-flavoured chips excluded"),
        ("масло пахучее нерафинированное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4307791", "4149438", "3608379", "74883", "3653773", "4311768", "3683883", "2071663"],
        }, "«пахучее масло» = unrefined (aromatic) sunflower oil (colloquial, outside knowledge): every «подсолнечное "
           "нерафинированное» oil incl. «из жареных семечек» and high-oleic unrefined; refined sunflower oil, unrefined "
           "olive, avocado and mustard oils (Магнит Сарепта горчичное), blends (с льняным, с оливковым) excluded"),
    ]),
    # L19 крупы
    ("греча 2 пачки подешевле, рис круглый на кашу кило, пшено пачку, манки для каши пачку", [
        ("греча 2 пачки подешевле", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392", "2000539995", "DI00080511",
                     "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128", "3438178", "3446736", "3477255", "3493533",
                            "3600743", "3603166", "3667612", "3674200", "3694322", "3696237", "39155", "3994791",
                            "4009020", "4019310", "4059000", "4061364", "4090171", "4204902", "4353613", "53673",
                            "6847"],
        }, "«греча» = buckwheat groats (colloquial, common in the Urals/Siberia): any plain buckwheat (ядрица or unstated, "
           "steamed, quick-cooking, boil-in-bag, loose by weight); «2 пачки» is a quantity and «подешевле» a wish; green "
           "buckwheat, buckwheat with mushrooms and other ready dishes (Дядя Ваня, Cook Chart, Raisad, «по-азиатски»), "
           "buckwheat flour, flakes, drinks and baby food excluded"),
        ("рис круглый на кашу кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180350", "2000219612", "2000282743", "2000292827", "DI00079260", "ЦТ0042579"],
            "perekrestok": ["3231277", "3469127", "3469128", "3603169", "3674360", "4332035"],
        }, "round-grain rice, any pack (900 g, 500 g, boil-in-bag 5×80/4×125 g): titles saying "
           "круглый/круглозерный/круглозернистый (Зернышко к зернышку, Мистраль Кубань and Италика, Националь "
           "Краснодарский, Увелка, Маркет, Перекрёсток); «кило» and «на кашу» are quantity and purpose; sushi/Japanese "
           "rice, Адриатика, Бальдо, «элитный кубанский» (shape not stated), long-grain, parboiled, basmati, jasmine, plov "
           "rice and rice-millet mixes excluded"),
        ("пшено пачку", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats: Пятёрочка «Крупа пшено шлифованное в пакетиках для варки 400 гр.»; Myllyn Paras «Каша пшенная» "
           "(porridge flakes), rice-millet mixes (Увелка Дружба) and ready porridges excluded"),
        ("манки для каши пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain semolina in any chain; the only semolina is Дикси Makfa instant «Каша манная "
           "Клюква-мед-имбирь/Гурьевская» (flavoured instant porridge), excluded"),
    ]),
    # L20 к пиву
    ("пиво светлое 2 полторашки, кириешек 3 пачки, рыбки сушеной к пиву пакетик, семечки жареные пакет", [
        ("пиво светлое 2 полторашки", {
            "pyaterochka": [],
            "magnit": ["4b9214b25a"],
            "dixy": [],
            "perekrestok": [],
        }, "«полторашка» = a large PET bottle of about 1.5 l (colloquial; beer PET of 1.3-1.5 l is called so — outside "
           "knowledge), so light beer in such a bottle: Магнит «БАЛТИКА 7 светлое Экспортное … 1,3л»; light beer in "
           "0.33-0.5 l cans/bottles and the 0.95 l Охота excluded (the pack named is respected), as are dark, "
           "alcohol-free, flavoured beer drinks and медовуха; «2» is a count"),
        ("кириешек 3 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Кириешки croutons in any chain (Novosibirsk brand); other croutons (Фишка, BEERKA, Vian, Take It) are other "
           "brands and are excluded"),
        ("рыбки сушеной к пиву пакетик", {
            "pyaterochka": ["342922fced"],
            "magnit": ["2955c1a6cb", "cedf126903"],
            "dixy": [],
            "perekrestok": [],
        }, "dried fish snacks: Пятёрочка Fish House «Путассу сушено-вяленая», Магнит Solonina «Анчоусы сушено-вяленые» and "
           "«Корюшка ФЛОТСКАЯ солено-сушеная»; purely вяленая fish (горбуша «соломка» Донской рыбокомбинат, Люди Любят), "
           "the pepper-flavoured «Рыбка янтарная … с перцем», lightly-salted trout «Пивной набор», frozen путассу and "
           "seafood excluded; «к пиву» is a purpose"),
        ("семечки жареные пакет", {
            "pyaterochka": ["a42f313fd4"],
            "magnit": ["166510f6cc", "83a6516715", "a9efec4e65", "c07c5cf8b5", "f87f37880a"],
            "dixy": ["2000151864", "2000196729", "2000228392", "2000277205", "2000562834"],
            "perekrestok": ["3014404", "3072541", "3248290", "3248291", "3276166", "3276168", "3331102", "3338822", "3358404", "3360327",
                            "3403508", "3444686", "3449918", "3473272", "3473273", "3619418", "3624461", "3630849",
                            "3652924", "3669122", "3669392", "3695680", "4155183", "4260366", "4280034", "4373719",
                            "85158"],
        }, "roasted sunflower seeds in the shell without salt, any brand, variety (black, striped, white) and pack; "
           "judgement: packaged snack sunflower seeds are roasted unless said otherwise (outside knowledge), so titles "
           "that do not repeat «жареные» (От Мартина отборные, Бабкины Семечки, Белочка, Золотая Семечка, Степановна, "
           "Крутой Окер классические) count; «пакет» is a unit; salted seeds («с солью», «солёные», «с морской солью», the "
           "salted/unsalted mix), seeds with peanuts, pumpkin seeds, sunflower kernels and sunflower oils excluded"),
    ]),
    # L21 сладкое
    ("конфет птичье молоко коробку, зефир в шоколаде пачку, печенье овсяное кг", [
        ("конфет птичье молоко коробку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000279606"],
            "perekrestok": [],
        }, "Птичье молоко sweets: Дикси «Конфеты РотФронт Птичье Молоко» (sold by weight); judgement: «коробку» is read as "
           "the quantity wanted, the product itself matches; no other chain has Птичье молоко"),
        ("зефир в шоколаде пачку", {
            "pyaterochka": [],
            "magnit": ["0b2c20ca98", "1000354755"],
            "dixy": [],
            "perekrestok": [],
        }, "zefir in chocolate: Магнит «Зефир ШАРМЭЛЬ, классический, в шоколаде, 250г» and «Десерт Завод им. В.П. "
           "Пастухова Зефир молочный в бельгийском шоколаде 60г»; «пачку» is a unit; unglazed zefir and fruit/berry zefir "
           "incl. Белёвских мастеров «Клюква в шоколадной глазури» (cranberry flavour) excluded"),
        ("печенье овсяное кг", {
            "pyaterochka": ["3613448"],
            "magnit": [],
            "dixy": ["2000351526", "2000214298", "2000325940", "2000235792", "2000225711", "2000529080", "2000349045", "2000535032"],
            "perekrestok": ["4032428", "4315655", "3438892", "4024594", "3218321", "3951119", "3505244", "3901907", "2023501", "3603607",
                            "3613448", "4284221", "4123144", "4251005", "4113987"],
        }, "plain oatmeal cookies (классическое/овсяное, Особое, Домашнее, Постное, children's ФрутоНяня, Юбилейное "
           "Овсяное), any pack; «кг» is a quantity; cookies with raisins («Изюминка», «с изюмом»), chocolate, fruit, nuts, "
           "honey, seeds, glaze, cereal assortments («Злаковое ассорти», «5 злаков», «Коломенское злаковое»), diabetic "
           "ones on sorbitol/maltitol/fructose/stevia, gluten-free, protein flapjacks and Arte Bianca "
           "«Алтайское»/«Янтарная сказка» (flavour not stated) excluded"),
    ]),
    # L22 гигиена
    ("паста зубная детская, бумага туалетная 2 упаковки, вехотка детская мягкая, мыло жидкое подешевле", [
        ("паста зубная детская", {
            "pyaterochka": [],
            "magnit": ["4ad21b8537", "65db2383ee", "6aa3b9d65b", "812ec1602a", "ac505bb49a", "be146bf29a", "c0230164e2", "cb6a253762",
                       "d5a001b980"],
            "dixy": [],
            "perekrestok": ["4310519"],
        }, "children's toothpaste of any brand and flavour (Colgate 3-5/6-9 лет and «Доктор Заяц» — Colgate's kids' paste, "
           "outside knowledge —, Splat Kids/Junior/Juicy, Synergetic детская, Дракоша); adult toothpastes, brushes and "
           "rinses excluded"),
        ("бумага туалетная 2 упаковки", {
            "pyaterochka": [],
            "magnit": ["013f5191a0", "0f9bdfbe08", "11634cf6c9", "2300103434", "24f2c70304", "328b9015fd", "475d902330", "6189f05c16",
                       "939f14debe", "9a0bd598be", "b0339ecad9", "be21812bf9", "be65d013c1", "cdc752b01e",
                       "e01188fba0", "e9a925895a", "f88b88076f"],
            "dixy": ["2000142974", "2000294361"],
            "perekrestok": ["75364"],
        }, "dry toilet paper of any brand, ply and roll count (4-12 rolls, incl. scented/printed — scent is not a product "
           "difference for household paper); «2 упаковки» is a quantity; moist toilet paper (Мон Рулон влажная) and facial "
           "tissues excluded"),
        ("вехотка детская мягкая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "вехотка = мочалка (washcloth, Ural/Siberian word); no washcloths sold on their own in any chain (only Дикси "
           "shower-gel gift sets «+ Мочалка»)"),
        ("мыло жидкое подешевле", {
            "pyaterochka": ["2156702"],
            "magnit": ["05b54fbbbb", "0950efec36", "0cb75b0290", "195c09bcbd", "1f41be18d5", "2539c26fd9", "2d8d4f118f", "314189cc1c",
                       "395d3dc41c", "5c167bfb88", "627234dc4a", "6cb0cbb9b8", "71857a9509", "88aee1bd17",
                       "a83d606130", "ab93591c26", "aedf77402b", "af1a4a2fd7", "bbf17b51de", "c2cd737592",
                       "c31e1b2585", "e70ce68862", "ece4ff1781", "ef11e1d9b0", "f86784dad8", "fcb39eaa2b"],
            "dixy": ["2000343460", "2000448582", "2000575551", "2000605355", "2000605356", "ЦТ0041378"],
            "perekrestok": ["3670708", "4201031", "4201033", "4250593", "4276537", "4347139"],
        }, "liquid hand soap of any brand, scent and size incl. liquid cream soaps in bottles/refills (Крем-мыло … 300-500 "
           "мл, Synergetic 3,5 л), baby liquid soap and the Милана foam soap; «подешевле» is a wish; bar soaps, shower "
           "gels and dish soaps excluded"),
    ]),
    # L23 блины
    ("молока 3.2% 2 литра, десяток яиц для блинов, масло подсолнечное на блины, сгущенка цельная 2 банки", [
        ("молока 3.2% 2 литра", {
            "pyaterochka": ["2144368"],
            "magnit": ["1000122658", "1000049786", "1000127183", "1000139951", "1000172272", "1000244834", "1000323041", "1000445488",
                       "1000553875", "1051242645", "1059990140", "1812450001", "1899800825", "8000026014",
                       "8000026015", "8000058295", "8000081425", "18ca387556", "4aff59ccac", "be3e0e74c3"],
            "dixy": ["10J0077073", "2000066819", "2000238271", "2000509793", "2000557212", "2000560951", "2000594992", "2000600213"],
            "perekrestok": ["3668699", "3668953", "4162259"],
        }, "drinking cow milk with exactly 3.2 % fat, any brand, pack and treatment (pasteurised, UHT, sterilised), incl. "
           "children's drinking milk (Агуша, Тёма, Зелёная Линия and Аммм безлактозное «с 8 месяцев»), as in "
           "real_basket_eval; «2 литра» is a quantity; ranges (3.2-6 %, 3.4-6 %), Му-у «Для капучино», baked, condensed "
           "and other-fat milks excluded"),
        ("десяток яиц для блинов", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007", "2047000014", "2047000033",
                       "3454700001", "1a8d487cea", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425", "2000326489",
                     "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111", "3392204", "3421287",
                            "3432532", "3914040", "4012802", "4085791", "4085792", "4168688", "4201192", "4201194",
                            "4236458", "4337164", "4339427", "4352464", "4364349", "4085790"],
        }, "chicken eggs in packs of 10 of any category and brand («десяток» = packs of 10 only); packs of 6/15/20/30 "
           "excluded; «для блинов» is a purpose"),
        ("масло подсолнечное на блины", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000154498", "2000210260", "2000268261", "2000283309",
                     "2000290945", "2000296713", "2000555852", "2000559953", "2000563791", "DI00079242",
                     "DI00080540", "ЦТ0039503"],
            "perekrestok": ["2007886", "2043188", "2046261", "2068955", "2071663", "2093709", "2147548", "21676", "23714", "3340103", "3426152",
                            "3426155", "3454645", "3478098", "3608379", "3642040", "3653773", "3683883", "3958632",
                            "4022580", "4067112", "4149438", "4218020", "4269568", "4269569", "4277755", "4307791",
                            "4311768", "6275", "64128", "74883", "97647"],
        }, "sunflower oil of any brand and pack, refined or unrefined (Золотая семечка, Слобода, Олейна, Благо, Ideal, "
           "Аведовъ, Getuva, the Altaria spray); «на блины» is a purpose; blends with olive/almond/linseed oil or wheat "
           "germ, flavoured Almador (травы, базилик, чеснок), other vegetable oils and margarine excluded"),
        ("сгущенка цельная 2 банки", {
            "pyaterochka": [],
            "magnit": ["1000003186", "1000129520", "1000383833", "1000427075", "1000564283", "8000034052", "66294fd8e5", "be9bed5042",
                       "cc9252c04f", "dedd707721"],
            "dixy": ["2000014518", "2000165425", "2000186451", "2000309566", "T000025031"],
            "perekrestok": ["4211054", "4218934", "2123014", "3376242", "3484257", "3491930", "4147345"],
        }, "sweetened condensed whole milk (8.5 % «сгущённое с сахаром» / «цельное»), any brand and can/sachet; judgement: "
           "8.5 % sweetened condensed milk is by standard made from whole milk (outside knowledge), so it counts even "
           "where «цельное» is not written; «2 банки» is a quantity; boiled, coffee and «вкус печенье» condensed milk, the "
           "1 % Пр!ст (skimmed) and Моя цена «Продукт молочный Сгущенка» excluded"),
    ]),
    # L24 шашлык на дачу
    ("шашлык свиной маринованный 2 кг, шашлычного кетчупа бутылку, лаваша тонкого 3 пачки, квас полторашку", [
        ("шашлык свиной маринованный 2 кг", {
            "pyaterochka": [],
            "magnit": ["ffb7467b7c"],
            "dixy": [],
            "perekrestok": ["78003999"],
        }, "raw marinated pork shashlik: Магнит «Шашлык свиной МИРАТОРГ Деликатесный, 1кг» and Перекрёсток «Шашлык из "
           "свиной шейки охлаждённый» (ready-to-grill shashlik is sold marinated — outside knowledge); «2 кг» is a "
           "quantity; the fried «Шашлык из свинины с луком жареный», chicken and shrimp shashlik and shashliks whose meat "
           "is not stated («любительский», «по-московски») excluded"),
        ("шашлычного кетчупа бутылку", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225", "2000194769", "2000309687"],
            "perekrestok": ["2157566", "3673190", "3684511", "3941584", "4149866", "4157803", "4207051", "4227932"],
        }, "ketchup sold as shashlik ketchup («Шашлычный», «для/к шашлыку», «Гриль и шашлык»), any brand and pack (Heinz, "
           "Махеевъ, Круглое лето, Помидорка, Слобода, Пр!ст); «бутылку» is read as a unit (doy-packs included); Heinz «со "
           "вкусом укроп-петрушка для шашлыка» (an added herb flavour), tomato and other ketchups, marinades and "
           "seasonings for shashlik excluded"),
        ("лаваша тонкого 3 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "thin lavash: Перекрёсток «Лаваш Коломенский Армянский тонкий» and «Лаваш Армянский Маркет Перекрёсток» "
           "(Armenian lavash is the thin sheet lavash — outside knowledge); «3 пачки» is a quantity"),
        ("квас полторашку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kvass in a ~1.5 l bottle: none — Пятёрочка «Квас Русский узор Летний 2,5л ПЭТ» and Перекрёсток «Квас Медовый "
           "Зелёная Линия, 1л» are other sizes («полторашку» names the pack)"),
    ]),
    # L25 ужин на скорую руку
    ("манты 1 кг, вареников с картошкой 2 пачки, майонез провансаль 2 пачки, бородинского булку", [
        ("манты 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no manty in any chain; Мираторг «Хинкали По-грузински» and pelmeni are other dumplings"),
        ("вареников с картошкой 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000364412"],
            "perekrestok": [],
        }, "potato vareniki: Дикси «Вареники Цезарь с картофелем и жареным лучком, 600 г» (onion is the usual part of a "
           "potato filling); potato-and-mushroom (Первым делом, Сытый папа), potato-and-spinach (Цезарь, Перекрёсток), "
           "cherry and cheese vareniki excluded; «2 пачки» is a quantity"),
        ("майонез провансаль 2 пачки", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077733", "1000077734", "1000169172", "1000179908", "1000233673", "1000277219", "1000348713",
                       "1000356802", "1000422623", "1000498096", "1000501598", "1000554514", "1000556519",
                       "1000556521", "1000558908", "1728400030", "1799700138", "8000045827", "2c23c84574",
                       "53cac67445", "56ff8ec751", "7a519275b4", "7d31b46ae3", "d8bbb63f48", "da818e4a20",
                       "ddda8365b8", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369", "2000204803", "2000306265",
                     "2000409572", "2000429651", "2000539317", "2000570511", "2000593851", "2000602611",
                     "T000005518", "ЦТ0027566", "ЦТ0040573", "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671", "3467275", "3674577", "3677986",
                            "4072721", "4105769", "4112954", "4199312", "4259097", "4259098", "4297819", "4331497",
                            "4331500", "4331515", "4331518", "4339442", "78193"],
        }, "mayonnaise sold as «Провансаль», any brand, fat (50.5-67 %) and pack, incl. variants named for an ingredient "
           "(с лимонным соком, оливковый, с маслом авокадо, на перепелиных яйцах, Домашний); «2 пачки» is a quantity; Ряба "
           "«Сметанный Провансаль»/«Провансаль сметанный» and Московский провансаль «Сливочный» (other flavours) and "
           "non-Провансаль mayonnaises excluded"),
        ("бородинского булку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "3624125", "3974719", "4329404"],
        }, "Borodinsky bread, a loaf, half or sliced (Аютинский, Пр!ст новый заварной, Маркет Перекрёсток формовой, "
           "Самарский БКК особый); «булку» = a loaf (Siberian/Ural «булка» = loaf of any bread); BEERKA «Бородинские» "
           "croutons, МД Бородина sausages and other rye breads excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftqNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftq\d\d ===$", line):
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
                    errors.append("ftq%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftq%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftq"))
