#!/usr/bin/env python3
"""Re-create fresh_basket_eval_w.jsonl -- shopping lists of people living alone who barely cook, hand-labelled
against the real offers in real_offers_g.jsonl (see real_offers_g.SOURCES.md).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_w.build.py

LISTS below is literal data: 25 lists (2-5 items) as typed to a Telegram bot by people living alone who
barely cook (ready meals, frozen dumplings and pizza, instant noodles, snacks, beer and energy drinks,
coffee, a few household basics), and for every item the product ids of every store that a reasonable
shopper who wrote exactly that item would accept.  The lists were written blind, before any offer was
read (fresh_basket_eval_w.blind_lists.txt); one item was replaced afterwards (see the README).  Candidate
titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings) and read one by one; every item was then re-checked against all in-stock titles
matching its stem.  The note of each item records what was accepted, what was deliberately left out and
any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the
item is "missing" there).  The labels were made without reading korzina's code, data or other labels.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and then writes the
JSONL in the format of real_basket_eval.jsonl.  List ids are fw01, fw02, ... in LISTS order; every list is
in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_w.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fw01
    ("пельмени сибирскую коллекцию, сметанку 15 процентов, жигулевское 2 шт", [
        ("пельмени сибирскую коллекцию", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        }, "Сибирская коллекция pelmeni of any filling (Новосибирские, фирменные, с мраморной говядиной, сочные "
           "со сливочным маслом); other pelmeni brands excluded"),
        ("сметанку 15 процентов", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785",
                       "1000461810", "1000463648", "1000553874", "1000558440", "1899900582", "8000035449",
                       "8000057502", "8000068594", "8000072734", "2645f50028", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034",
                     "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189",
                            "3667086", "4221356", "4226994", "4246009", "4264297", "4320001", "4335470",
                            "4349771", "4349772"],
        }, "sour cream 15% of any brand and size, incl. lactose-free and «из топлёных сливок»; Пятёрочка "
           "РостАгроЭкспорт «пикантная, с чесноком» (flavoured) and other fat levels excluded"),
        ("жигулевское 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Жигулёвское beer: none in stock anywhere. Магнит «Пиво ЖИГУЛИ Барное/Экспорт/ИПА» deliberately "
           "excluded: Жигули Барное is a different brand from the classic Жигулёвское (doubtful: some shoppers "
           "would take it); Дикси «Жигули Барное Манго-маракуйя» is a flavoured beer drink"),
    ]),
    # fw02
    ("доширак с говядиной 3 штуки, адреналин раш, лейс сметана лук большую пачку", [
        ("доширак с говядиной 3 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Доширак instant noodles with beef: Перекрёсток «Доширак Чан рамен … с острой говядиной»; Пятёрочка "
           "«Доширак, чан рамен, корейская» (no beef named), Роллтон vermicelli with beef and BigBon Говядина "
           "(other brands), Доширак mashed potato excluded"),
        ("адреналин раш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000542794"],
            "perekrestok": ["4206324"],
        }, "Adrenaline Rush energy drink, any variant (both in-stock ones are «без сахара»; the brand's variants "
           "are accepted); other energy drinks excluded"),
        ("лейс сметана лук большую пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0044994", "2000568012"],
            "perekrestok": [],
        }, "Lay's «Сметана и лук» in the larger packs (140 g, рифлёные 225 g); the 70 g pack excluded as not "
           "«большая пачка»; Lay's «Сметана и зелень», «Молодой зелёный лук», «Белые грибы со сметаной», the 37 "
           "g mixed-flavour Lay's and other brands' sour-cream-and-onion chips excluded"),
    ]),
    # fw03
    ("пицца замороженная пепперони, кола 1.5л, кириешки бекон, пивас светлый", [
        ("пицца замороженная пепперони", {
            "pyaterochka": [],
            "magnit": ["a3ef730a3c"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pepperoni pizza: Магнит «Пицца ЛА ТРАТТОРИЯ Пепперони» (taken as frozen — outside knowledge, "
           "the title does not say so); Магнит «Чебупицца ГОРЯЧАЯ ШТУЧКА Пепперони» (a pizza-filled pastry "
           "snack, not a pizza) and pizzas of other toppings excluded"),
        ("кола 1.5л", {
            "pyaterochka": [],
            "magnit": ["93578a0da7"],
            "dixy": [],
            "perekrestok": [],
        }, "regular cola in a 1.5 l bottle (the size names the bottle): Магнит «ДОБРЫЙ кола, 1,5л»; sugar-free "
           "colas (Дикси Добрый Кола без сахара 1,5 л), other sizes, Pepsi Dark Vanilla (flavoured) and rum-cola "
           "beer drinks excluded"),
        ("кириешки бекон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons: none in stock anywhere; other crouton brands (Воронцовские «в ассортименте», "
           "Хрусteam, Фишка) and bacon-flavoured peanuts excluded"),
        ("пивас светлый", {
            "pyaterochka": [],
            "magnit": ["0c7af2aa41", "1b3181a9dc", "2e39130955", "3ea97ca924", "409bf95866", "42f69bfc00",
                       "4b9214b25a", "5efbef1867", "63c65170c7", "69a66b3a0f", "72ef636633", "7e7ff281a0",
                       "8f5e8411f3", "9f7d0a8f2d", "ae5974fdda", "b22153f240", "b4204a2237", "b7be4e1cdf",
                       "bc158ed1af", "c7cb3e4e83", "cdadff0fd2", "cff5b47f4d", "e2bedcaafd", "e5d1876122",
                       "ee4fd3d93d", "f66314d40a", "ec022e4637"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light (светлое) beer of any brand/size, filtered or not, incl. IPA/wheat/pilsner styles "
           "labelled светлое and Magnit «Напиток пивной ЭДЕЛЬВЕЙС нефильтрованный» (a wheat beer sold as "
           "«напиток пивной» — outside knowledge that it is light); alcohol-free beer (Stella Artois б/а), "
           "flavoured beer drinks (Мишенька под вишенкой, Доктор Дизель, Amstel fruit, Dixy Green "
           "Beat/Tony's/Garry Garden etc.), cider, медовуха and dark beer excluded. Дикси and Перекрёсток list "
           "only flavoured beer drinks"),
    ]),
    # fw04
    ("нескафе голд банку, сахарку 1 кг, молочка 2.5 литр", [
        ("нескафе голд банку", {
            "pyaterochka": [],
            "magnit": ["07b5ff6b13", "0c262c177c", "5937914f18", "5ed1824f2e", "67ebe44e72", "e29b86ab6b",
                       "eab407b5dd"],
            "dixy": ["2000144529", "2000225116", "2000225117", "2000587951", "ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé Gold instant coffee of any sub-line and size (Голд, Арома, Бариста, Alta Rica; «банку» read "
           "as the quantity, titles do not say jar or soft pack); Nescafé Classic/Classic Crema, Nescafé 3в1 and "
           "other brands' «Gold» coffees (Чибо, Jacobs, Черная карта, Monarch, Tchibo) excluded"),
        ("сахарку 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in a 1 kg pack (the size names the pack): Дикси «Сахар-песок белый, "
           "фасованный, 1 кг», Перекрёсток «Сахар белый песок, 1кг» and «Сахар Советский Экстра, 1кг» (taken as "
           "granulated — outside knowledge); 900 g/750 g/5 kg packs, pressed/lump sugar (прессованный, "
           "кусковой), cane, coconut and vanilla sugar excluded"),
        ("молочка 2.5 литр", {
            "pyaterochka": [],
            "magnit": ["1000035016", "1000418036", "1000445487", "1812450029", "8000029029", "8000058293",
                       "ef94b89629"],
            "dixy": ["2000024178", "2000263555", "2000273384", "2000511374", "2000600212"],
            "perekrestok": ["3431582", "4137916", "4153927", "4244153", "4250778", "4310700"],
        }, "drinking cow milk 2.5% in a 0.9–1 l pack («литр» names the pack), pasteurised or UHT; топлёное "
           "(Перекрёсток Зелёная Линия), 200/500/800 ml, 1.4 l and 1.43 l packs, kefir and milk-brand butter "
           "excluded"),
    ]),
    # fw05
    ("роллтон курица 5 пачек, десяток яичек, провансаль майонез, хлебушек", [
        ("роллтон курица 5 пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Роллтон chicken instant noodles: none in stock anywhere; Дикси «Пюре картофельное Роллтон с куриным "
           "вкусом» (mashed potato, not noodles) and Роллтон pasta/bouillon excluded"),
        ("десяток яичек", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007",
                       "2047000014", "2047000033", "3454700001", "1a8d487cea", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325",
                     "2000284425", "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250",
                            "3356111", "3392204", "3421287", "3432532", "3914040", "4012802", "4085791",
                            "4085792", "4168688", "4201192", "4201194", "4236458", "4337164", "4339427",
                            "4352464", "4364349", "4085790"],
        }, "chicken eggs in packs of 10, any category (С0, С1, С2, СВ, отборные, деревенские); packs of 6, 15, "
           "20, 30, quail eggs and dishes with egg excluded"),
        ("провансаль майонез", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077733", "1000077734", "1000169172", "1000179908", "1000233673",
                       "1000277219", "1000348713", "1000356802", "1000422623", "1000498096", "1000501598",
                       "1000554514", "1000556519", "1000556521", "1000558908", "1728400030", "1799700138",
                       "8000045827", "2c23c84574", "56ff8ec751", "7a519275b4", "7d31b46ae3", "d8bbb63f48",
                       "da818e4a20", "ddda8365b8", "f0f427f9d4", "1000556520"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369",
                     "2000204803", "2000429651", "2000539317", "2000570511", "2000593851", "2000602611",
                     "T000005518", "ЦТ0027566", "ЦТ0040573", "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671",
                            "3467275", "3674577", "3677986", "4072721", "4105769", "4112954", "4199312",
                            "4259097", "4259098", "4297819", "4331497", "4331500", "4331515", "4331518",
                            "4331533", "4339442", "78193"],
        }, "mayonnaise sold as «Провансаль» (incl. Провансаль оливковый, с лимонным соком, белый, классический, "
           "Ряба «Провансаль сметанный», Московский провансаль классический); mayonnaises of other kinds "
           "(оливковый, на перепелиных яйцах, Домашний — also Московский Провансаль «Домашний»/«Сливочный»/«на "
           "перепелиных яйцах», where Провансаль is only the brand), майонезный соус excluded"),
        ("хлебушек", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "3d48c1e07c", "54f3720614", "643727af2a", "67f076fea4", "6929a8d5f0",
                       "71b3f9704a", "7fa10b807d", "a37c992f14", "d3cf97a497", "fb4c130c20"],
            "dixy": ["2000195093", "2000203640"],
            "perekrestok": ["2000243", "2024150", "2053660", "2060872", "2065120", "2065126", "3126329",
                            "3246712", "3357380", "3382146", "3427407", "3455248", "3455614", "3455615",
                            "3484089", "3617422", "3624125", "3627134", "3631465", "3634576", "3658457",
                            "3680023", "3931337", "3945535", "3953836", "3965436", "3974719", "3974720",
                            "4049144", "4074396", "4102687", "4148558", "4148561", "4149554", "4157283",
                            "4159802", "4164733", "4264947", "4276930", "4287370", "4291434", "4318510",
                            "4318511", "4318513", "4323651", "4323653", "4323654", "4329401", "4329402",
                            "4329404", "4354623", "4361611", "4361612", "49457", "66538", "66541", "78000800",
                            "78001023", "78007697", "78009384", "78009395", "78009545", "78010499", "78010859",
                            "78011178", "78020935", "78033782", "78034523", "78034683", "78034786", "78034810",
                            "78035405"],
        }, "any bread loaf: хлеб, батон, багет, батард, чиабатта, tin and hearth loaves, rye or wheat, incl. "
           "Перекрёсток «Хлебец … нарезанный» 250–350 g (sliced loaves, not crispbread); хлебцы/crispbread "
           "(Дикси «Хлеб Елизавета вафельный»), garlic/«пикантный» baguettes, sweet raisin loaves, сухари, "
           "гренки, рулеты, слойки excluded"),
    ]),
    # fw06
    ("вареники с картошкой 1 кг, сметана 20 жирности", [
        ("вареники с картошкой 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000281321", "2000364412", "2000550452"],
            "perekrestok": ["4114103"],
        }, "vareniki with potato filling, incl. potato with onion, mushrooms or spinach (potato is the filling "
           "named; «1 кг» read as the quantity); vareniki with cherry, cheese-spinach excluded"),
        ("сметана 20 жирности", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404",
                       "1000574405", "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715",
                     "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524",
                            "4221355", "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, "sour cream 20% of any brand and size; other fat levels, «Сметанный» mayonnaise and cheese "
           "«Сметанковый» excluded"),
    ]),
    # fw07
    ("наггетцы, кетчупчик, картошка фри замороженная, колу зеро", [
        ("наггетцы", {
            "pyaterochka": [],
            "magnit": ["5c691fa75f", "a36ebb7d8a", "fd1fdcfdd7"],
            "dixy": [],
            "perekrestok": [],
        }, "nuggets (chicken or turkey); стрипсы, котлеты excluded"),
        ("кетчупчик", {
            "pyaterochka": ["2157308", "2157309", "3273905", "3273907", "3387265"],
            "magnit": ["c112734da7"],
            "dixy": ["2000033799", "2000143160", "2000143225", "2000193817", "2000194769", "2000207279",
                     "2000207280", "2000207290", "2000224973", "2000309687", "2000320468", "2000538777",
                     "2000551592", "2000552955", "2000567791", "2000567792", "2000603860", "2000604791"],
            "perekrestok": ["2157566", "2157567", "3054047", "3054048", "3446697", "3652684", "3673189",
                            "3673190", "3684511", "3691258", "3941584", "3941585", "3970015", "4044938",
                            "4078077", "4078080", "4116830", "4116848", "4149865", "4149866", "4149867",
                            "4154517", "4157356", "4157697", "4157702", "4157703", "4157704", "4157803",
                            "4207051", "4225365", "4227924", "4227925", "4227926", "4227927", "4227928",
                            "4227930", "4227932", "4274971", "4274972", "4274973", "4282684", "4295650",
                            "4295651", "4295653", "4312325"],
        }, "any ketchup (all flavours, brands, sizes; Magnit «Кетчуп СЕМЕЙНЫЕ СЕКРЕТЫ, Соус по-грузински» "
           "included as it is sold as ketchup); Cheetos «Кетчуп» snacks, tomato sauces and tomato paste excluded"),
        ("картошка фри замороженная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000553851"],
            "perekrestok": ["3489169", "4326042"],
        }, "frozen French fries: Дикси «Картофель фри И зимой И летом» (frozen brand — outside knowledge), "
           "Перекрёсток «Картофель фри дольки быстрозамороженные» and «Картофель Фри замороженный Маркет»; "
           "Перекрёсток «Картофель резаный быстрозамороженный Пр!ст» (cut not stated as fries) and Магнит "
           "«Картофель АЙДАХО (СП ГМ)» (a ready dish) excluded"),
        ("колу зеро", {
            "pyaterochka": ["3466967"],
            "magnit": [],
            "dixy": ["2000562691", "2000562692", "2000562693", "2000562695"],
            "perekrestok": [],
        }, "sugar-free cola: Пятёрочка «COCA-COLA Нап.б/сах.» 0.33 l, Дикси «Добрый Кола без сахара» (all "
           "sizes); regular colas and Pepsi Dark Vanilla («низкокалорийный», flavoured) excluded"),
    ]),
    # fw08
    ("ред булл 2 банки, сникерсов штуки 3, арахис соленый к пиву, кофе 3в1", [
        ("ред булл 2 банки", {
            "pyaterochka": [],
            "magnit": ["40ecd31c9e"],
            "dixy": [],
            "perekrestok": ["2119252", "3173468"],
        }, "Red Bull energy drink, any can size; other energy drinks excluded"),
        ("сникерсов штуки 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078665", "2000189225"],
            "perekrestok": [],
        }, "Snickers bars (Дикси Snickers Super, Snickers с миндалем); Snickers Minis (bags of small candies: "
           "Пятёрочка 1 кг, Магнит «Конфеты СНИКЕРС, минис») and Дикси Snickers «Пломбир» (ice-cream-flavoured "
           "bar — a flavour not asked) excluded"),
        ("арахис соленый к пиву", {
            "pyaterochka": [],
            "magnit": ["81631c53d8"],
            "dixy": [],
            "perekrestok": [],
        }, "plain roasted salted peanuts: Магнит «Арахис СЕМУШКА, жареный, соленый»; flavoured peanuts "
           "(CHICO&RICO сыр/бекон/васаби/Мексика), peanuts in chocolate/sugar, seed mixes excluded"),
        ("кофе 3в1", {
            "pyaterochka": [],
            "magnit": ["03b9d053de", "4be2b27047", "50c83bd3a0", "746de8284b", "755c5490b7", "7b7ccd7e8a",
                       "a2274b9d99", "d340d565fe", "e67fe7ef5f"],
            "dixy": [],
            "perekrestok": [],
        }, "3-in-1 instant coffee drinks (NESCAFE, JACOBS, МАККОФЕ, MAXWELL HOUSE, ЖОКЕЙ, Московская кофейня на "
           "паяхъ, any flavour); JACOBS «4 в 1 Карамель», МАККОФЕ Капучино, Пятёрочка «Кофейный напиток Nescafe "
           "Classic, 7х18 г» (3-in-1 not stated) and non-coffee «3в1» goods excluded"),
    ]),
    # fw09
    ("балтика 7 светлое, фисташек пачку, сырная косичка копченая, вобла", [
        ("балтика 7 светлое", {
            "pyaterochka": [],
            "magnit": ["4b9214b25a"],
            "dixy": [],
            "perekrestok": [],
        }, "Балтика №7: Магнит «Пиво БАЛТИКА 7 светлое Экспортное 1,3л»; Балтика Крафти and Балтика №0 flavoured "
           "alcohol-free drinks excluded"),
        ("фисташек пачку", {
            "pyaterochka": [],
            "magnit": ["8b9281613e", "b3ee07a59e", "cbb2d0c598"],
            "dixy": ["2000539534", "2000539549"],
            "perekrestok": ["2020566", "2049819", "3162277", "3411931", "3428414", "3451308", "3499562",
                            "3638619", "3640863", "3900345", "3948588", "4066346", "4073982", "4090837",
                            "4105870", "4207559", "4249887", "4259987", "4274180", "4309728", "4331200",
                            "4369326", "49082", "49715", "68781"],
        }, "packed pistachio nuts of any brand (salted/roasted, in shell or shelled); loose pistachios sold by "
           "weight (no pack weight: Дикси 2000327653, Перекрёсток 3660622, 3942813, 3943233, 4262027, 4262202, "
           "4002203 дроблёные) excluded as not a «пачка», as are pistachio-flavoured sweets, ice cream and "
           "yoghurt"),
        ("сырная косичка копченая", {
            "pyaterochka": [],
            "magnit": ["1000368975", "8000075315"],
            "dixy": [],
            "perekrestok": ["4166737"],
        }, "smoked braided cheese (косичка копченая, incl. Магнит «Сыр Чечил косичка копченая»); unsmoked "
           "chechil «спагетти» and Магнит «Скумбрия … Косичка» excluded"),
        ("вобла", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "вобла: none in stock anywhere; other dried fish snacks (путассу, ставридка, анчоусы, корюшка, "
           "горбуша соломка, «рыбка янтарная») excluded"),
    ]),
    # fw10
    ("лапша бп подешевле, сосиски молочные 2 пачки, горчички баночку", [
        ("лапша бп подешевле", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": ["ЦТ0037844"],
            "perekrestok": ["3664094", "3947754"],
        }, "instant noodles of any brand: Пятёрочка and Перекрёсток Доширак Чан рамен, Дикси BigBon, Перекрёсток "
           "«Вермишель Роллтон По-домашнему с говядиной, 85г» (instant vermicelli); egg/lagman/soba/rice "
           "noodles, Магнит ГЛАВОБЕД noodle dish and instant mashed potato excluded"),
        ("сосиски молочные 2 пачки", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["1752cd8c83", "b2525e4143", "c890078deb", "f72f36dddd"],
            "dixy": ["2000125037", "2000300143", "2000322511", "2000572752", "2000600471", "2000602632"],
            "perekrestok": ["3198697", "3390152", "3416253", "3464086", "4100629", "4175216", "4276248",
                            "4329781"],
        }, "«Молочные» sausages of any brand and size, incl. Магнит ИНДИЛАЙТ «Молочные из индейки»; Вязанка "
           "«Молокуши», Окраина «с натуральным молоком» and other kinds (сливочные, венские, баварские…) "
           "excluded"),
        ("горчички баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "2000582072", "ЦТ0021675"],
            "perekrestok": ["21001", "21002", "2143139", "2153858", "3120635", "3135056", "3285595", "3297748",
                            "3332502", "3332503", "3333301", "3333328", "3358711", "3358713", "3372044",
                            "3416298", "3434688", "3435016", "3438145", "3456246", "3980912", "3995313",
                            "3995314", "4149116", "4152778", "4152780", "4229364", "4229365", "4268545",
                            "4273279", "4276808", "4322908", "4337616", "4337617", "4337618", "4361055",
                            "4361056", "4361057"],
        }, "table mustard of any kind (русская, столовая, дижонская, зернистая, с хреном, с мёдом, fruit "
           "mustards byJam.me); горчичный порошок, «Горчица … целая 40г» (whole seeds), mustard sauces "
           "(медово-горчичный etc.), mustard oil and foods with mustard excluded"),
    ]),
    # fw11
    ("туалетка 8 рулонов, моющее для посуды, губки кухонные, мешки мусорные 60л покрепче", [
        ("туалетка 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["6189f05c16", "9a0bd598be", "be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "toilet paper in 8-roll packs (the count names the pack): Магнит SOFFIONE Премио ×2, ЗЕВА Сирень 8, "
           "Перекрёсток Zewa Deluxe 8шт; 4/6/12-roll packs, wet toilet paper, tissues and towels excluded"),
        ("моющее для посуды", {
            "pyaterochka": [],
            "magnit": ["05e81b9637", "0cc102b359", "186ff3d636", "1cd0606d7d", "2d790e73ea", "381aaf5d64",
                       "3dc9a1ed43", "43a0e3032e", "4a060084e4", "4cf63843e3", "4e35e08ada", "514b218200",
                       "551d8403a9", "5fd6de4bb5", "76379a4e64", "7b4b7f0a59", "7c5bd74e06", "7caeebbd02",
                       "8d877b13ce", "963399e98a", "97c928414d", "a401696a68", "a8a6d84ae6", "a9dfde88f9",
                       "b3ebaa28e5", "bbb10983dd", "c4e892e413", "cd27c8307b", "d076c21852", "d0bd1a2d49",
                       "d3ea3a9828", "d458f25c78", "ddcc463812", "df2c291ad1", "e5a0684ec7", "e62ea315f2"],
            "dixy": ["2000265727", "2000274013", "2000289255", "2000321808", "2000323096", "2000371202",
                     "2000517533", "2000591971"],
            "perekrestok": ["3984598", "4011474", "4141118"],
        }, "hand dish-washing liquid/gel of any brand and scent (incl. Synergetic «для посуды, овощей, фруктов и "
           "игрушек» and detergents for children's dishes); dishwasher tablets, powder, salt, rinse aid and "
           "machine cleaners excluded"),
        ("губки кухонные", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges: Магнит «Губки для посуды МАГНИТ НУЖНЫЕ ВЕЩИ Макси»; bath/cosmetic sponges excluded"),
        ("мешки мусорные 60л покрепче", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l bin bags: Магнит «Мешки для мусора … Био ушки 60л» («покрепче» read as a wish); no other bin "
           "bags in stock"),
    ]),
    # fw12
    ("липтон черный пакетированный, печенек юбилейных, сгущенку", [
        ("липтон черный пакетированный", {
            "pyaterochka": ["510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton black tea in bags: Пятёрочка «Чай Lipton Yellow Label, черный, 25х2 г»; Lipton Ice Tea "
           "bottled drinks excluded"),
        ("печенек юбилейных", {
            "pyaterochka": [],
            "magnit": ["23c5c2875e", "4ecdd613ad", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное biscuits of any variety (витаминное, молочное, с глазурью, овсяное); Останкино «Юбилейная» "
           "sausage and Julius Meinl «Юбилейный» coffee excluded"),
        ("сгущенку", {
            "pyaterochka": [],
            "magnit": ["1000003186", "1000129520", "1000383833", "1000427075", "1000564283", "8000034052",
                       "66294fd8e5", "be9bed5042", "cc9252c04f", "dedd707721"],
            "dixy": ["2000014518", "2000165425", "2000186451", "2000309566", "T000025031"],
            "perekrestok": ["3913111", "4211054", "4218934", "2123014", "3376242", "3484257", "3491930",
                            "4147345"],
        }, "sweetened condensed milk (сгущённое молоко с сахаром / цельное, any size, incl. the 1% Пр!ст); "
           "boiled condensed milk (варёная), Рогачевъ «с кофе», Алексеевское «вкус печенье», condensed-milk "
           "cream desserts, Моя цена «Продукт молочный Сгущенка» (not milk) and sweets/ice cream with condensed "
           "milk excluded"),
    ]),
    # fw13
    ("хинкали замороженные, соус сырный, энергетик burn", [
        ("хинкали замороженные", {
            "pyaterochka": [],
            "magnit": ["15185d0608"],
            "dixy": [],
            "perekrestok": [],
        }, "khinkali: Магнит «Хинкали МИРАТОРГ По-грузински, 800г» (frozen — outside knowledge, the title does "
           "not say so); pelmeni and manty excluded"),
        ("соус сырный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000158954", "2000167842"],
            "perekrestok": ["4372003"],
        }, "cheese sauce: Дикси Heinz «Сырный» and Astoria «майонезный Сырный», Перекрёсток «Соус Сырный "
           "майонезный Перекрёсток Select» 35 g; dishes in cheese sauce, cheese-flavoured snacks excluded"),
        ("энергетик burn", {
            "pyaterochka": [],
            "magnit": ["4178214af4", "6c553cceef", "b332431eca", "f4ace401d4", "fa27f4c150"],
            "dixy": ["2000268262", "2000529079"],
            "perekrestok": ["3503452", "4315389"],
        }, "Burn energy drink, any flavour and size (оригинальный, тропический микс, Gold Rush, дарк, "
           "яблоко-киви, персик-манго/Zero); other energy drinks excluded"),
    ]),
    # fw14
    ("блинчики с мясом замороженные, творожок 5 процентный, кефир 2.5 процента, пару бананов", [
        ("блинчики с мясом замороженные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pancakes with meat: none in stock anywhere; Пятёрочка «ОСТАН.Блинчики с печенью» (liver), "
           "Цезарь «с деревенским творогом», С пылу с жару with cherry/strawberry, Магнит chilled «Блины с "
           "ветчиной и сыром» (store kitchen, ham not meat filling) excluded"),
        ("творожок 5 процентный", {
            "pyaterochka": [],
            "magnit": ["1000208909", "1000224037", "1000306424", "1000372786", "1000377235", "1000400388",
                       "1000426473", "1000441658", "1000448251", "1000453157", "1000475531", "1000512632",
                       "1000535923", "1000563526", "1000572167", "1079990193", "2400019178", "8000030462",
                       "8000068592", "8000069908", "8000079349", "161690c563", "1720c2be05", "3959a203ba",
                       "9aeeb10b64", "c7f0f0e5ec"],
            "dixy": ["2000227595", "2000244591", "2000309621", "2000322093", "2000410935", "2000512184",
                     "2000539346", "2000555052", "2000568077", "2000584511", "2000595413", "2000599971",
                     "ЦТ0047040"],
            "perekrestok": ["3668864", "4128957", "4153930", "4166368", "4223080", "4249284", "4274201",
                            "4294066", "4299495", "4302679", "4324116", "3279582", "3617778"],
        }, "plain cottage cheese 5% (творог of any brand and size, incl. мягкий/нежный, рассыпчатый, "
           "безлактозный, из топлёного молока and plain «зерненый в сливках»/«Зёрнышко»); «творожок» read as "
           "творог; flavoured curd (fruit, raisins, varenye), Даниссимо/творожный продукт, творожные пасты, baby "
           "biotvorog «с 6 месяцев» and 5.5% excluded"),
        ("кефир 2.5 процента", {
            "pyaterochka": [],
            "magnit": ["1000139426", "1000350608", "1000439735", "1000451590", "1899800689", "1899912534",
                       "8000033639", "610b0779be"],
            "dixy": ["2000560991", "ЦТ0028202"],
            "perekrestok": ["2093082", "2173827", "3386041", "3429041", "3491537", "3604726", "4137919",
                            "4229630", "4233125", "4245052", "4263418", "4280483", "4280893"],
        }, "kefir 2.5% of any brand and size; other fat levels, кефирный продукт and ряженка excluded"),
        ("пару бананов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas: Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», «Бананы красные» (a dessert "
           "banana variety); Перекрёсток «Бананы для жарки» (plantains), dried bananas and banana-flavoured "
           "goods excluded"),
    ]),
    # fw15
    ("бич пакет, докторская колбаска, маенез махеев", [
        ("бич пакет", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": ["ЦТ0037844"],
            "perekrestok": ["3664094", "3947754"],
        }, "cheap instant noodles («бич-пакет»), any brand: the same four instant noodle products as «лапша бп» "
           "(Доширак Чан рамен ×2, BigBon, Роллтон vermicelli 85 g); other noodles and instant mashed potato "
           "excluded"),
        ("докторская колбаска", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374",
                       "6e16b1777a", "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca",
                       "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "Докторская boiled sausage of any brand, piece or sliced, incl. Царицыно «ДОКТОРСКАЯ, Особая» and "
           "Перекрёсток's weighed Клинский; Докторские sausages (сосиски) excluded"),
        ("маенез махеев", {
            "pyaterochka": [],
            "magnit": ["1000077733", "1000077734", "1000498096", "1000520539", "1000558908", "269c8ab257",
                       "2c23c84574", "5861fc587f", "d8bbb63f48", "ddda8365b8"],
            "dixy": ["2000593851", "2000602611", "T000005518", "ЦТ0040573"],
            "perekrestok": ["2047206", "2093561", "4339442"],
        }, "Махеевъ mayonnaise of any kind (Провансаль, с лимонным соком, оливковый, на перепелином яйце, "
           "белый); other Махеевъ products (ketchup, mustard, jam, marinades) excluded"),
    ]),
    # fw16
    ("кофе в зернах хороший, сливки 10 для кофе, сахар рафинад кубиками", [
        ("кофе в зернах хороший", {
            "pyaterochka": ["3396617", "3649043"],
            "magnit": ["010c4606ec", "1c2a14cd16", "285b220deb", "29d0446442", "30cb0411c1", "3537ad66c3",
                       "3b6ffcb8f3", "46e47f37c9", "476327c381", "48fb31aaa1", "4e13c893b9", "91017de33b",
                       "aa4dd46995", "b0961842e9", "df383edea4", "e74483f8e8", "ef7ceaf5e3", "f51c4712f0"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted coffee beans of any brand («хороший» read as a wish, not a filter), incl. Пятёрочка LAVAZZA "
           "«зер.» and Магнит JARDIN «зерновой»; ground, instant and drinks excluded; sweetcorn «в зернах» "
           "excluded"),
        ("сливки 10 для кофе", {
            "pyaterochka": [],
            "magnit": ["1000006089", "1000052910", "1000128456", "1000144079", "1000456519", "1000461011",
                       "1000506066", "1000537609", "1899911837", "3201860040", "913cd14db9"],
            "dixy": [],
            "perekrestok": ["3431574", "4271735", "4267108", "44849", "68419"],
        }, "drinking cream 10% (sterilised/UHT, any size incl. 10×10 g portion creamers; «для кофе» read as the "
           "purpose); 11%, 20%, 33% cream and non-dairy creamers excluded"),
        ("сахар рафинад кубиками", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["10E0076829", "2000350151", "2000468691", "2000538871"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (прессованный/кусковой): Магнит «Сахар РУССКИЙ белый прессованный 1кг», Дикси "
           "прессованный 1 кг, Русский сахар 1 кг and 500 г, Чайкофский кусковой 250 г, Перекрёсток «Русский "
           "Сахар белый кусковой»; Магнит «Сахар-песок … Рафинированный» (granulated), cane lump sugar "
           "(unrefined, not рафинад) excluded"),
    ]),
    # fw17
    ("гречка в пакетиках, тушенку говяжью, огурчики маринованные банку, черного хлеба", [
        ("гречка в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000272542", "2000300392"],
            "perekrestok": ["28960", "3493533", "3603166", "3674200", "3696237", "4009020", "4061364", "4353613"],
        }, "buckwheat in boiling bags: titles saying «в пакетах для варки»/«в варочных пакетах» and portion "
           "packs N×80/62.5/100 g (taken as boiling bags — outside knowledge); loose buckwheat and Увелка «с "
           "грибами 2х150г» (flavoured) excluded"),
        ("тушенку говяжью", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "738a6cb8b8", "84ac027a5b", "cdc0e084b1"],
            "dixy": ["2000192964", "2000220776", "2000258591", "2000302684", "2000313236", "2000408120",
                     "2000415753", "2000557431", "T000000869"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef (говядина тушёная) of any brand and size; stewed pork, turkey, horse meat, beef "
           "in cat food excluded"),
        ("огурчики маринованные банку", {
            "pyaterochka": ["3015661", "3231209"],
            "magnit": ["7c2811d92a", "adb393075f", "b83846e7e3", "d77cad8396", "e66a4613a3", "e8630c700b",
                       "ec376f9811"],
            "dixy": ["2000148383", "2000180487", "2000200415", "2000208489", "2000348876", "2000604671",
                     "T000005987"],
            "perekrestok": ["2050041", "2101582", "3180523", "3472384", "3499242", "3504166", "3662073",
                            "3976234", "4061841", "4061853", "4078446", "4106670", "4107404", "4121991",
                            "4265436", "4307368", "4321954", "4342683", "4343529", "4367072", "4379606", "71250"],
        }, "marinated cucumbers/cornichons in jars, incl. jarred ones without a kind in the title (Пятёрочка "
           "«Корнишоны Закарпатские», Магнит «Огурчики ДЯДЯ ВАНЯ По-берлински», «Корнишоны … По-французски», "
           "«Корнишоны СКАТЕРТЬ-САМОБРАНКА», «Огурцы ШЕСТЬ СОТОК хрустящие», Globus «с ягодами можжевельника» — "
           "taken as marinated, outside knowledge); salted/barrel/lightly salted cucumbers, cucumber–tomato "
           "assortments, fresh cucumbers, Лукашинские «По-старорусски» (kind unclear) and Перекрёсток weighed "
           "«Огурцы Хрустящие» excluded"),
        ("черного хлеба", {
            "pyaterochka": [],
            "magnit": ["54f3720614"],
            "dixy": ["2000195093"],
            "perekrestok": ["2000243", "2024150", "2053660", "2060872", "3126329", "3382146", "3455614",
                            "3617422", "3624125", "3627134", "3631465", "3634576", "3658457", "3931337",
                            "3945535", "3953836", "3965436", "3974719", "3974720", "4049144", "4074396",
                            "4148558", "4149554", "4164733", "4276930", "4329404", "4354623", "78034786",
                            "78034810"],
        }, "dark/rye bread: loaves titled ржаной or ржано-пшеничный, Бородинский, Дарницкий, Столичный "
           "(rye-wheat — outside knowledge), Двинский заварной, Ржаной Край «заварной», Даниловский (rye-wheat, "
           "as Перекрёсток's title says), Пумперникель, Батард Ржаной; white/wheat bread, batons, Ржаной Край "
           "«зерновой» and Магнит «Хлеб РЖАНОЙ КРАЙ, нарезка» (kind unclear), raisin rye bread, garlic rye "
           "baguette, rye crispbread excluded"),
    ]),
    # fw18
    ("пельмени какие самые дешевые, майонезик, пивко темное", [
        ("пельмени какие самые дешевые", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["22f7803aca", "66c111d7a2", "72632b1f85", "805cabf639", "d6fdebf3e4", "dabbb02c05",
                       "f4f41d5103", "f95b2d1678", "feeac8f3fa"],
            "dixy": ["2000282673", "2000318344", "2000411354", "2000558274", "2000565192"],
            "perekrestok": ["3905172"],
        }, "any pelmeni (meat of any kind, incl. Пятёрочка Бульмени, Перекрёсток «Пельмени Четверг рыбные» — "
           "fish pelmeni are still pelmeni; «самые дешевые» is a ranking wish); vareniki, khinkali, manty "
           "excluded"),
        ("майонезик", {
            "pyaterochka": ["3277400"],
            "magnit": ["1000014596", "1000016691", "1000077733", "1000077734", "1000108624", "1000169172",
                       "1000179908", "1000233673", "1000277219", "1000348713", "1000351363", "1000356802",
                       "1000422623", "1000450507", "1000498096", "1000501598", "1000520539", "1000554514",
                       "1000556519", "1000556520", "1000556521", "1000558908", "1728400015", "1728400030",
                       "1799700138", "1799900201", "8000023980", "8000045827", "8000045828", "8000056331",
                       "8000059708", "1b1e1ef668", "269c8ab257", "2c23c84574", "53cac67445", "56ff8ec751",
                       "5861fc587f", "7a519275b4", "7d31b46ae3", "b624a9bb8a", "d2dba12ffc", "d8bbb63f48",
                       "da818e4a20", "ddda8365b8", "f0f427f9d4", "fa82a39b34"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000176263",
                     "2000186981", "2000202331", "2000202332", "2000202369", "2000204803", "2000265115",
                     "2000265607", "2000306265", "2000409572", "2000429651", "2000530112", "2000539317",
                     "2000567053", "2000570511", "2000572811", "2000593851", "2000599457", "2000602611",
                     "T000005518", "ЦТ0027566", "ЦТ0040573", "ЦТ0044024", "ЦТ0045065"],
            "perekrestok": ["2047206", "2093561", "2108609", "2162564", "3016147", "3029014", "3163111",
                            "3193489", "3335647", "3389322", "3412258", "3419671", "3425669", "3425670",
                            "3467275", "3636361", "3640161", "3674577", "3677986", "3695167", "4072721",
                            "4105769", "4112954", "4199312", "4225978", "4259097", "4259098", "4261699",
                            "4279915", "4284062", "4297819", "4331497", "4331500", "4331515", "4331518",
                            "4331533", "4339442", "78193"],
        }, "any mayonnaise (titles «Майонез …» of any brand, fat and kind); майонезный соус (Постный, Лёгкий, "
           "Коул-слоу, Спайси, сырный/чесночный), herring in mayonnaise excluded"),
        ("пивко темное", {
            "pyaterochka": [],
            "magnit": ["2d2759556d", "c97b2b855e"],
            "dixy": [],
            "perekrestok": [],
        }, "dark beer: Магнит «Пиво КРУШОВИЦЕ, темное» and «Пиво WOLPERTINGER темное»; light beer and beer "
           "drinks excluded"),
    ]),
    # fw19
    ("мороженка пломбир, апельсиновый сок литр, pringles оригинал", [
        ("мороженка пломбир", {
            "pyaterochka": ["3603591"],
            "magnit": ["b9cb5f988b"],
            "dixy": ["2000292043", "2000403833", "2000404884", "2000425012", "2000602331"],
            "perekrestok": ["2018400", "2020557", "3287145", "3334702", "3370940", "3371923", "3371925",
                            "3495928", "3603554", "3603591", "3603592", "3628052", "3693306", "3953742",
                            "3958194", "3975059", "4035404", "4048085", "4053323", "4057826", "4069595",
                            "4152236", "4154396", "4208997", "4210656", "4289045", "4298191", "4320862", "73965"],
        }, "plain (vanilla/classic) plombir ice cream in any form — cup, cone, tub, brick, eskimo incl. "
           "chocolate glaze; flavoured plombir (фисташка, черника, смородина, клубника, манго, солёная карамель, "
           "шоколадный, с варёной сгущёнкой, with chocolate crumbs, nuts, raisins, «Радуга» layered), "
           "ice-cream-flavoured yoghurts, curd, cakes, milkshakes and Snickers «Пломбир» excluded; ice creams "
           "not titled пломбир not considered"),
        ("апельсиновый сок литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000177095", "2000107420", "DI00078814"],
            "perekrestok": [],
        }, "single-fruit orange juice in a ~1 l pack: Дикси «Сок Я апельсиновый с мякотью, 0,97 л», «Сок J7 "
           "Апельсин с мякотью для детского питания, 0,97 л», «Сок Rich апельсиновый, 1 л»; nectars (Добрый, "
           "Любимый «100% апельсин» нектар), сокосодержащие напитки, J7 «продукт питьевой», 0.3 l J7, mixed "
           "juices and smoothies excluded"),
        ("pringles оригинал", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Pringles: none in stock anywhere; other chips excluded"),
    ]),
    # fw20
    ("котлеты по киевски замороженные, пюре быстрого приготовления, хайнц кетчуп", [
        ("котлеты по киевски замороженные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000579232"],
            "perekrestok": [],
        }, "frozen chicken Kiev: Дикси «Котлеты Мираторг По-киевски Сливочное масло и зелень 360г» (frozen — "
           "outside knowledge); Магнит ПЕТЕЛИНКА «По-киевски … охлажденные» (chilled, the shopper wrote frozen) "
           "and Перекрёсток «Котлета по-киевски с картофельным пюре» (ready meal) excluded"),
        ("пюре быстрого приготовления", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000000080", "2000162971", "2000178886", "2000577651", "ЦТ0023259"],
            "perekrestok": ["3614553"],
        }, "instant mashed potato: Роллтон (говядина, курица, сыр-чеснок), Доширак, «Бизнес меню с куриным филе "
           "110 г» (instant cup — outside knowledge), Перекрёсток Пр!ст «с сухариками и со вкусом курицы»; ready "
           "mashed potato (Картошечка 250 г, Перекрёсток Select 450 г), Дикси «Пюре картофельное Кунцево, 240 г» "
           "(kind unclear from the title — doubtful) and baby purees excluded"),
        ("хайнц кетчуп", {
            "pyaterochka": ["2157308", "2157309", "3273905", "3273907", "3387265"],
            "magnit": [],
            "dixy": ["2000033799", "2000143160", "2000143225", "2000538777", "2000567791", "2000567792"],
            "perekrestok": ["4116830", "4116848", "4154517", "4157356", "4157697", "4157702", "4157703",
                            "4157704", "4157803", "4207051", "4225365", "4274971", "4274972", "4274973",
                            "4295650", "4295651", "4295653"],
        }, "Heinz ketchup of any flavour and size, incl. Heinz Pikador (Перекрёсток titles it «Кетчуп Heinz "
           "Pikador»; Дикси's «Кетчуп Pikador» accepted as the same Heinz sub-brand — outside knowledge); Heinz "
           "sauces, mayonnaise, baby food, peas excluded"),
    ]),
    # fw21
    ("гель для стирки, освежитель для туалета, колгейт паста, шампунь для мужчин, мыло жидкое для рук", [
        ("гель для стирки", {
            "pyaterochka": [],
            "magnit": ["02a135ebb8", "0f9cb66369", "12b5bae819", "1c2e703cfb", "2019463e8d", "2538720e26",
                       "27c03855c4", "32aadc7f3d", "349820fcf8", "42d03b2ed8", "45c2aa1dd3", "4c448478b1",
                       "4eb060b2d6", "557ad87cf3", "59438f4761", "66bfaeda5d", "67efc94545", "6a19e08c4a",
                       "71ded66add", "7b0f08436d", "7d313765a5", "9175880554", "949e666dc6", "977db1793a",
                       "9906e11821", "9a10a6ffac", "9df1c0bfe5", "a9d20165e8", "ad69d217c3", "b7a496cf03",
                       "b9a56bd347", "ca19cbc13d", "de024f91ce"],
            "dixy": ["2000592812"],
            "perekrestok": [],
        }, "liquid laundry detergent: «гель для стирки» of any brand, incl. «средство для стирки … жидкое» (LOSK "
           "Арома, BIMAX); capsules, powders excluded"),
        ("освежитель для туалета", {
            "pyaterochka": ["61286bc1eb", "20712", "3212818", "3411982", "38668"],
            "magnit": ["0dea0f0d56", "1c784cc14c", "201fbef8c1", "22f225a523", "3ab0089226", "3df85dde9e",
                       "42fe42c702", "4701997b09", "4c2ba72398", "50ca75614b", "5d8947bd9a", "65de4380ad",
                       "7502cd94c3", "82650cc4a1", "8bf9c6d772", "8c9f42202c", "9448ceba15", "9b7b0844a6",
                       "a83cb55b28", "a9459b85ec", "a96fb4722f", "ab92bcd615", "ac28f14d0a", "c6a21854cd",
                       "cb27516695", "d012e0d603", "d29ec4524b", "d373502e47", "d41ae64cf3", "d577be321d",
                       "d67f3f2d68", "d995da486a", "e19d49ff10", "e2fc4a6650", "f2ba41d502", "f5c85ed1cb"],
            "dixy": ["2000412200"],
            "perekrestok": ["3974933", "4246858", "4370042"],
        }, "air freshener usable in the toilet: stand-alone aerosol air fresheners (Glade, Airwick incl. Pure "
           "250 ml, Симфони, Synergetic, Liberhaus, Магнит Нужные вещи, Arluni) and toilet rim blocks (Bref, "
           "Domestos); refills/«сменный баллон» and kits for automatic dispensers (Glade Автоматик, Airwick "
           "Freshmatic/Лайфсентс), diffusers and aroma oil excluded"),
        ("колгейт паста", {
            "pyaterochka": [],
            "magnit": ["02007f5dd2", "34c642c8c6", "350131f5fe", "5d575a5319", "65ee960a88", "6979fdd12e",
                       "81453183d1", "8708609287", "b432da8011", "b6d0eea1fc", "bf8f2e67c9", "bfa8bafe8c",
                       "d03e638466", "fe74f3aca3"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate toothpaste for adults, any kind (incl. Магнит «Гель для полости рта COLGATE Тотал12 "
           "Профессиональная чистка» — the Total 12 toothpaste-gel, outside knowledge); children's pastes (3-5, "
           "6-9 лет, Доктор Заяц), toothbrushes and Colgate shower gel excluded"),
        ("шампунь для мужчин", {
            "pyaterochka": [],
            "magnit": ["07251bb98b", "0d996b1e8d", "2336c3ab82", "30b37b9eaf", "622c84ff19", "668e385f91",
                       "8e0a633d30", "ae24cd3ee0", "f4f55309dc"],
            "dixy": [],
            "perekrestok": ["4342546"],
        }, "men's shampoo, incl. men's 2-in-1/3-in-1 products sold as shampoo (CLEAR мужской, Dove Men+Care, "
           "Palmolive Men, Ecolatier мужской, Rexona Men); women's/unisex shampoos excluded"),
        ("мыло жидкое для рук", {
            "pyaterochka": ["2156702"],
            "magnit": ["05b54fbbbb", "0950efec36", "0cb75b0290", "195c09bcbd", "1f41be18d5", "2539c26fd9",
                       "2d8d4f118f", "314189cc1c", "395d3dc41c", "5c167bfb88", "627234dc4a", "6cb0cbb9b8",
                       "71857a9509", "88aee1bd17", "a83d606130", "ab93591c26", "aedf77402b", "af1a4a2fd7",
                       "bbf17b51de", "c2cd737592", "c31e1b2585", "e70ce68862", "ece4ff1781", "ef11e1d9b0",
                       "f86784dad8", "fcb39eaa2b"],
            "dixy": ["2000343460", "2000448582", "2000575551", "ЦТ0041378"],
            "perekrestok": ["3670708", "4201031", "4201033", "4250593", "4276537", "4347139"],
        }, "liquid hand soap of any brand and scent, incl. liquid крем-мыло sold by volume (Бархатные ручки, "
           "Dove, Aura, Palmolive 300 мл, Synergetic 3,5 л), Магнит «SYNERGETIC Ж/мыло», Пятёрочка «PALMOL.Мыло "
           "… жид.» and «Мыло пенка МИЛАНА»; Дикси BABY BOOM children's soap, bar soap and shower gels excluded"),
    ]),
    # fw22
    ("корм для кошек вискас пауч, наполнитель для кошачьего туалета комкующийся, влажные салфетки 2 уп", [
        ("корм для кошек вискас пауч", {
            "pyaterochka": [],
            "magnit": ["2493311", "2493331", "2493341", "2493371", "2493411", "2493431", "2493691", "2541861",
                       "2541881", "2541891"],
            "dixy": ["2000604092"],
            "perekrestok": [],
        }, "Whiskas wet cat food in 75 g pouches, any flavour (incl. «старше 7 лет»); kitten food («для котят»), "
           "dry food, «Подушечки», the 1.9 kg «Паштет с говядиной» and other brands excluded"),
        ("наполнитель для кошачьего туалета комкующийся", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "clumping cat litter: none in stock anywhere; Магнит «Наполнитель … КЭТ СТЕП, силикагелевый» (silica "
           "gel, not clumping) excluded"),
        ("влажные салфетки 2 уп", {
            "pyaterochka": [],
            "magnit": ["337392b1b2", "36ac79cfc0", "4655517315", "47dd423390", "667fad1c9c", "73ec40a66f",
                       "9022eaa3a8", "bd449a17ff", "c3df2e5787", "d50c79a365", "e5cc67293e", "2499871"],
            "dixy": [],
            "perekrestok": [],
        }, "general/hand wet wipes of any brand, incl. antibacterial and children's wet wipes; AURA wipes «для "
           "поверхностей» and intimate-hygiene wipes excluded"),
    ]),
    # fw23
    ("шаверма, monster energy, жвачка дирол арбуз", [
        ("шаверма", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "шаверма/шаурма: none in stock anywhere; Перекрёсток sandwich rolls (сэндвич-ролл с курицей) excluded"),
        ("monster energy", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Monster Energy: none in stock anywhere; other energy drinks excluded"),
        ("жвачка дирол арбуз", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000565433", "DI00079614"],
            "perekrestok": ["2083379", "3498786", "4275943"],
        }, "Dirol chewing gum with watermelon flavour (со вкусом арбуза, Арбузная свежесть, X-Fresh Арбузный "
           "лёд, XXL/Colors Арбузная свежесть); Dirol watermelon–melon and other mixes, other brands' watermelon "
           "gum (Orbit, Wrigley's 5) excluded. REPLACEMENT of the blind «жвачка орбит мята» (no mint Orbit in "
           "stock; the whole list was empty)"),
    ]),
    # fw24
    ("сырники замороженные, йогуртик греческий, сосиски в тесте", [
        ("сырники замороженные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen syrniki: none in stock anywhere; Магнит «Творожные сырники Гармония 140г» and Перекрёсток "
           "«Сырники … Шеф Перекрёсток» (chilled ready food, not stated frozen) excluded"),
        ("йогуртик греческий", {
            "pyaterochka": [],
            "magnit": ["1000181497", "1000313702", "8000087572", "60f70a8dd4", "dafd7c4dc4", "fc153f8070"],
            "dixy": ["2000253975", "2000297751", "2000323039", "2000327453", "2000328570", "2000339952",
                     "2000403060", "2000585835", "2000596134", "2000601711", "2000601712"],
            "perekrestok": ["3601418", "3601420", "3687295", "4068958", "4068959", "4068960", "4202758",
                            "4219295", "4261361", "4323782"],
        }, "Greek yoghurt of any brand, fat and flavour (plain and fruit/nut/two-layer); Перекрёсток rice "
           "«по-гречески» and pastry «Греческая» excluded"),
        ("сосиски в тесте", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sausage rolls: none in stock anywhere; hot-dog buns and sausages excluded"),
    ]),
    # fw25
    ("креветки варено-мороженые, чипсы читос, энергетик торнадо, пиво бад", [
        ("креветки варено-мороженые", {
            "pyaterochka": [],
            "magnit": ["543e4295ac", "acf5d0e7eb", "d757ba985f", "daa53ea23d"],
            "dixy": ["2000559411", "2000563411", "2000595631"],
            "perekrestok": ["3331822", "3420956", "3464112", "3647723", "3686756", "4269760", "4269762",
                            "4343270", "4357329", "4362236", "4363720"],
        }, "cooked-frozen shrimps (titles «варено-мороженые», Магнит AURORA «в/м»), any species/size; raw-frozen "
           "(сыромороженые, свежемороженые), shrimps titled only «замороженные», shrimps in brine/«заливка», "
           "marinated skewers and shrimp-flavoured goods excluded"),
        ("чипсы читос", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000265100"],
            "perekrestok": ["3224542", "4179193"],
        }, "Cheetos corn snacks of any flavour (Сыр/Кетчуп, Кетчуп, «Палочки Cheetos»); other chips excluded"),
        ("энергетик торнадо", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000565672"],
            "perekrestok": ["4363397"],
        }, "Tornado Energy drinks, any flavour; other energy drinks excluded"),
        ("пиво бад", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Bud beer: none in stock anywhere; other beers excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fw"))
