#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yc.jsonl -- ordinary weekly shopping lists of many different households,
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yc.build.py

LISTS below is literal data: 25 weekly household lists (3-4 items) as a household would type them to a
Telegram bot (written blind, before any offer was read: fresh_basket_eval_yc.blind_lists.txt), and for
every item the product ids of every in-stock offer of each store that a reasonable shopper would accept.
Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations,
Latin and Cyrillic brand spellings, ё/е) and read one by one; the note of each item records what was
accepted, what was deliberately left out and any judgement that rests on outside knowledge.  An empty
list means the store has nothing acceptable (the item is "missing" there).  No matcher code or data and
no labels of other sets were read.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock, no id repeats within an item, every item has a note, and the labels are exactly the list's items in
order -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fyc01, fyc02, ... in
LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yc.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyc01 breakfast basics
    ("молочко 2.5 жирности литр, бородинский хлебушек нарезка, яички крупные десяток, бананчики кило", [
        ("молочко 2.5 жирности литр", {
            "pyaterochka": [],
            "magnit": ["1000035016", "1000418036", "1000445487", "1812450029", "8000029029", "8000058293",
                       "ef94b89629"],
            "dixy": ["2000024178", "2000263555", "2000273384", "2000511374", "2000600212"],
            "perekrestok": ["3431582", "4137916", "4153927", "4244153", "4250778", "4310700"],
        }, "cow drinking milk labelled exactly 2.5 % in a ~1 l pack (900 ml - 1 l, 900-970 g, «0,93/1 л»): «литр» "
           "names the pack; 1.4 l / 1.43 l / 800 ml / 500 ml / 200 ml packs, топлёное (Зелёная Линия 2.5 %), "
           "kefir/ряженка/yoghurt 2.5 % excluded; reading «литр» as the ordinary 0.9-1 l milk pack is a judgement"),
        ("бородинский хлебушек нарезка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "3624125", "3974719", "4329404"],
        }, "sliced Borodinsky rye bread (all four Перекрёсток loaves are «нарезка»/«нарезанный»); гренки BEERKA "
           "«Бородинские» and the brand «МД Бородина» (колбаса, сосиски) are traps"),
        ("яички крупные десяток", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1a8d487cea", "2047000014"],
            "dixy": ["2000212529", "2000269325", "2000284425", "2000326489", "2000601652"],
            "perekrestok": ["2131762", "3182853", "3356111", "3392204", "3421287", "3432532", "3914040", "4012802",
                            "4085790", "4168688", "4201192", "4201194", "4236458", "4337164", "4339427", "4352464",
                            "4364349"],
        }, "chicken eggs of a large class (С0 / СО / «отборные» / «Экстра С0» / СВ «высшей категории») in packs of "
           "10; С1, С2, «1 категории», packs of 6/15/20, quail and chocolate eggs excluded; taking «крупные» as "
           "С0 and above (the egg classes by weight) rests on outside knowledge"),
        ("бананчики кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["2084703", "3652283", "4625"],
        }, "fresh bananas incl. «Бананы Био» and «Бананы красные» (a dessert banana); «Бананы для жарки» (plantains, "
           "outside knowledge), dried/вяленые bananas, banana sweets and flavoured dairy excluded; «кило» is a "
           "quantity"),
    ]),
    # fyc02 kefir, loaf, sausages
    ("кефир 1 процент 900г, батон нарезной половинка, сосиски молочные в натур оболочке", [
        ("кефир 1 процент 900г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000227476"],
            "perekrestok": ["3467794", "4328084", "4334308"],
        }, "kefir labelled exactly 1 % in a 900 g / 900 ml pack (the written size names the pack); 930 g, 970 ml, "
           "1 l, 800 g, 500 g, 400 g and 330 g packs, «Биокефирный продукт»/«Кефирный продукт»/«Биопродукт … "
           "кефирный» excluded"),
        ("батон нарезной половинка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4102687"],
        }, "half a «Батон Нарезной»: only Перекрёсток's 190 g «Батон Нарезной нарезанный» is half the usual "
           "380-400 g loaf (a judgement on weight, outside knowledge; no title says «половинка»); whole "
           "Нарезной loaves of 300-400 g, other batons (Утренний, Отрубной, Молочный, Горчичный…) and the "
           "«половинка» rye/wheat breads excluded"),
        ("сосиски молочные в натур оболочке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "milk sausages in natural casing: no title states a natural casing («н/о» appears only on Магнит "
           "Ближние Горки сардельки), so nothing can be accepted; the many «Молочные» sausages without a casing "
           "statement and Вязанка «Молокуши» were left out"),
    ]),
    # fyc03 dairy and tomatoes
    ("творожок 5% пару пачек, сметанка 20 процентов 300г, черри помидорки на веточке", [
        ("творожок 5% пару пачек", {
            "pyaterochka": [],
            "magnit": ["1000208909", "1000224037", "1000306424", "1000372786", "1000377235", "1000426473",
                       "1000441658", "1000448251", "1000453157", "1000475531", "1000512632", "1000535923",
                       "1000563526", "1000572167", "1079990193", "161690c563", "1720c2be05", "2400019178",
                       "3959a203ba", "8000030462", "8000068592", "8000069908", "8000079349", "9aeeb10b64",
                       "c7f0f0e5ec"],
            "dixy": ["2000227595", "2000244591", "2000309621", "2000322093", "2000410935", "2000512184",
                     "2000539346", "2000555052", "2000568077", "2000595413", "2000599971", "ЦТ0047040"],
            "perekrestok": ["3279582", "3617778", "3668864", "4050943", "4128957", "4153930", "4166368", "4249284",
                            "4274201", "4294066", "4299495", "4302679", "4324116"],
        }, "plain cottage cheese labelled exactly 5 % of any pack (incl. «мягкий», «рассыпчатый», lactose-free, «из "
           "топленого молока», Зелёная Линия «Зёрнышко», the children's Биотворог 5 %); 5.5 %, 4.5 %, with "
           "raisins/varenye/fruit, «зерненый в сливках», 101 Зерно, Даниссимо, Растишка and творожные продукты "
           "excluded; «пару пачек» is a quantity"),
        ("сметанка 20 процентов 300г", {
            "pyaterochka": [],
            "magnit": ["1000203662", "1000237596", "1000429067", "1000461809", "1899913371", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714"],
            "perekrestok": ["4072176", "4087849", "4095524", "4221355", "4229625", "4241375", "4250761", "4376610"],
        }, "sour cream labelled exactly 20 % in a 300 g pack (the written size names the pack); 20 % in 180/200/280/"
           "350 g, other fat levels and Сыр «Сметанковый» excluded"),
        ("черри помидорки на веточке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000580827", "2000601472"],
            "perekrestok": ["4381951", "4381952"],
        }, "fresh cherry tomatoes on the vine («черри … на ветке»); loose cherry tomatoes, «Томаты Коктейль на "
           "ветке», «Томаты на ветке» (not cherry), salted/marinated cherry and assorted jars excluded"),
    ]),
    # fyc04 chicken and plov
    ("куриное филе грудки 1кг, рис для плова длинный, морковка немытая, лучок репчатый пару кило", [
        ("куриное филе грудки 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "2000317425", "2000407516", "2000593951", "DI00080023"],
            "perekrestok": ["2173555", "3034277", "3191300", "3216279", "3273915", "3336397", "3362832", "3609675",
                            "3649232", "3653837", "3669585", "3678985", "3689116", "3694848", "3940063", "3946764",
                            "4116904", "4208844", "4242120", "4306879", "4312563", "4323072", "4329298", "4347498",
                            "52888"],
        }, "raw chicken breast fillet of any pack («филе грудки», «филе цыплёнка(-бройлера)» taken as breast fillet, "
           "«малое филе», fillet «Медальон(ы)»); thigh fillet, «Грудка … цыплёнка» and «Филе грудки … на кости» "
           "(bone-in), «Медальон куриный» without «филе», fillet in marinade, cooked/fried fillet and turkey "
           "excluded; «1кг» is a quantity of a weighed good"),
        ("рис для плова длинный", {
            "pyaterochka": ["3493524", "3647681", "3674167"],
            "magnit": ["442b8a34cc"],
            "dixy": ["2000002128", "2000180347", "2000261091", "2000288318", "2000594951"],
            "perekrestok": ["3469126", "3469129", "3603168", "3634155", "3634156", "3635865", "3674166", "39747",
                            "4254250", "4290674", "57930"],
        }, "rice stated long-grain («длиннозерный», «длинный», Индика) and basmati / jasmine (long-grain varieties, "
           "outside knowledge), incl. boiling bags and parboiled long-grain; «для плова» is a purpose, not a filter, "
           "so «рис для плова» packs that do not state a long grain (Националь, Мистраль, Маркет, Зернышко к "
           "зернышку, Агро-Альянс Экстра, Националь Пилаф) and Националь «среднезерный для плова» are left out, as are "
           "round/medium-grain, parboiled without a length, brown, sushi and ready rice dishes"),
        ("морковка немытая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733"],
            "perekrestok": ["60529"],
        }, "fresh loose carrots whose title does not say they are washed («Морковь свежая», «Морковь "
           "отечественная»); «мытая» carrots, the 600 g tray «на подложке» (tray carrots are washed - outside "
           "knowledge), mini carrots, cooked carrots, juices and salads excluded"),
        ("лучок репчатый пару кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh yellow bulb onions, loose, netted, packed or peeled («очищенный»); red onion (a different "
           "variety), dried onion and onion-flavoured goods excluded; «пару кило» is a quantity"),
    ]),
    # fyc05 pasta dinner
    ("фаршик говяжий полкило, barilla спагетти n5, хайнц кетчуп для шашлыка", [
        ("фаршик говяжий полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000207953", "2000322809"],
            "perekrestok": ["4013", "4288090", "4357432"],
        }, "minced beef (фарш говяжий / из говядины) of any pack; «Домашний», «Фермерский», «деревенский» "
           "(mixed or unstated meat), pork, turkey and fish mince excluded; «полкило» is a quantity"),
        ("barilla спагетти n5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000016649"],
            "perekrestok": [],
        }, "Barilla spaghetti No. 5; Barilla Spaghettini No. 3, Спагеттони, Букатини, other Barilla shapes and other "
           "brands' spaghetti excluded"),
        ("хайнц кетчуп для шашлыка", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225"],
            "perekrestok": ["4116848", "4157803", "4207051"],
        }, "Heinz ketchup of its shashlik line («для гриля и шашлыка», «к шашлыку и грилю», «гриль и шашлык для "
           "мяса», «укроп-петрушка для шашлыка»): here «для шашлыка» names a kind of ketchup that Heinz sells; "
           "Heinz томатный/острый/итальянский/с чесноком, Heinz sauces, Heinz Pikador and other brands' шашлычный "
           "ketchup excluded"),
    ]),
    # fyc06 butter, sugar, tea
    ("сливочное масло 82.5 крестьянское не спред, сахарок 1 кило, гринфилд черный пакетики 100 шт", [
        ("сливочное масло 82.5 крестьянское не спред", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no butter is both 82.5 % and «Крестьянское»: every Крестьянское in the offers is 72.5 % (the GOST fat of "
           "that kind, outside knowledge) or states no fat (Княгининское, Волгодонское), and every 82.5 % butter is "
           "«Традиционное» or unnamed; both written qualifiers are required, so nothing is accepted; spreads and "
           "chocolate butter would be excluded anyway"),
        ("сахарок 1 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in a 1 kg pack («1 кило» names the pack; Советский Экстра taken as granulated); "
           "900 g / 750 g / 5 kg packs, pressed/lump sugar (прессованный, кусковой), cane and coconut sugar excluded"),
        ("гринфилд черный пакетики 100 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000228472", "2000289445"],
            "perekrestok": ["2147890", "2147891", "3378336", "3450276"],
        }, "Greenfield black tea in packs of 100 bags, any blend (Earl Grey Fantasy, English Edition, Золотой Цейлон, "
           "Kenyan Sunrise, Spring Melody); 25-bag packs, loose/leaf tea and Greenfield herbal tea excluded"),
    ]),
    # fyc07 coffee and sweets
    ("якобс монарх растворимый пакет, альпенгольд молочная с орехом, зефир шоколадный подешевле", [
        ("якобс монарх растворимый пакет", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "88df1b0c73"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs Monarch instant (сублимированный) coffee in the 150 g size, which is sold as a soft pack; the 95 g "
           "and 190 g Monarch (glass-jar sizes) excluded - the pack form is not in any title, so this rests on "
           "outside knowledge of the pack sizes; Monarch ground and beans, Jacobs Millicano/Gold/3в1 and Dixy «Monarch "
           "Miligrano» (instant with ground, the former Millicano line) excluded"),
        ("альпенгольд молочная с орехом", {
            "pyaterochka": ["4053758"],
            "magnit": ["139ff320b9", "6e9f4b5667", "7f2fc67594", "d8e11f8019", "e1dde2301c"],
            "dixy": ["2000220297", "ЦТ0042895"],
            "perekrestok": ["4329958"],
        }, "Alpen Gold milk chocolate with whole nuts: фундук, фундук и изюм, солёный миндаль и карамель, арахис "
           "(peanut counted as a nut, as in everyday speech) with flakes or crackers; «с фундуком и изюмом» without "
           "«молочный» taken as milk chocolate (outside knowledge); dark, white, Max Fun, Oreo, арахисовая паста and "
           "кокос/инжир bars excluded"),
        ("зефир шоколадный подешевле", {
            "pyaterochka": [],
            "magnit": ["0b2c20ca98", "1000354755"],
            "dixy": [],
            "perekrestok": ["3688339"],
        }, "chocolate-covered zefir (в шоколаде / в шоколадной глазури, incl. the cranberry one in chocolate glaze and "
           "the 60 g dessert zefir in Belgian chocolate); plain and fruit zefir excluded; «подешевле» is a wish"),
    ]),
    # fyc08 cleaning
    ("ариэль автомат колор порошок, туалетку 3х слойную 8 рулонов, фейри лимон 450мл, губки кухонные 5 шт", [
        ("ариэль автомат колор порошок", {
            "pyaterochka": [],
            "magnit": ["3372dfb7f6", "4d919fe5ff", "cc70715e17"],
            "dixy": [],
            "perekrestok": [],
        }, "Ariel automatic washing powder of the Color line (Колор, Колор и Стайл), any size; Ariel Горный родник / "
           "Ленор фреш powders (not colour), capsules and gels, other brands excluded"),
        ("туалетку 3х слойную 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["6189f05c16", "9a0bd598be"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "3-ply toilet paper in packs of 8 rolls (Soffione Премио, Zewa Deluxe Персик «8шт»); 3-ply in 4/6/12 rolls, "
           "2-ply and 4-ply, moist toilet paper excluded"),
        ("фейри лимон 450мл", {
            "pyaterochka": [],
            "magnit": ["551d8403a9", "d0bd1a2d49"],
            "dixy": ["2000265727"],
            "perekrestok": [],
        }, "Fairy dish liquid «Сочный лимон» 450 ml (Магнит's cards «Сочный лимон; Апельсин-лимонник» cover the lemon "
           "one); lemon 900 ml / 1.35 l, other Fairy scents, Fairy dishwasher tablets excluded"),
        ("губки кухонные 5 шт", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen/dish sponges in a pack of 5; the shoe sponge excluded"),
    ]),
    # fyc09 hygiene
    ("шампунь head and shoulders ментол, колгейт тройное действие, олвейз ультра нормал", [
        ("шампунь head and shoulders ментол", {
            "pyaterochka": [],
            "magnit": ["edd4068621"],
            "dixy": [],
            "perekrestok": [],
        }, "Head & Shoulders menthol shampoo: the only one is the 2-in-1 card «Ментол освежающий/Энергия океана» "
           "(a menthol 2-in-1 shampoo, accepted); «Лед Арктики», Цитрусовая свежесть, Основной уход and the other "
           "H&S shampoos do not say menthol and are excluded"),
        ("колгейт тройное действие", {
            "pyaterochka": [],
            "magnit": ["65ee960a88"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate «Тройное действие» toothpaste; other Colgate pastes, brushes and Fructis «Тройное восстановление» "
           "excluded"),
        ("олвейз ультра нормал", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Always Ultra Normal pads: no Always product is in the offers; OLA! Ultra Normal, Naturella, Kotex, Bella "
           "and daily liners are other brands/kinds and excluded"),
    ]),
    # fyc10 football evening
    ("жигулевское барное 3 бутылки, лейс со вкусом краба 140г, кириешки холодец с хреном, колу 2л бутылку", [
        ("жигулевское барное 3 бутылки", {
            "pyaterochka": [],
            "magnit": ["0c7af2aa41", "63c65170c7", "9f7d0a8f2d", "b4204a2237"],
            "dixy": [],
            "perekrestok": [],
        }, "«жигулевское барное» read as the beer Жигули Барное (any variant incl. the wheat unfiltered one); Жигули "
           "ИПА and Экспорт, the Dixy «Пивной напиток Жигули Барное Манго-маракуйя» (flavoured beer drink) and "
           "Жигулевские apples excluded; «3 бутылки» is a count, not a pack form (the titles do not say bottle or "
           "can)"),
        ("лейс со вкусом краба 140г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's crab 140 g: the only Lay's with crab is Dixy's 37 g assortment card (size excluded); Lay's 140 g of "
           "other flavours and Русская Картошка «Камчатский краб» excluded"),
        ("кириешки холодец с хреном", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Кириешки in the offers; Dixy's гренки «Фишка … Холодец с хреном» are another brand and excluded"),
        ("колу 2л бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cola of any brand in a 2 l bottle: no cola is offered in 2 l (Coca-Cola 0.33 l, Добрый Кола 1/1.5 l, "
           "Черноголовка Кола 0.5 l, Funky Monkey 0.5 l), so nothing is accepted"),
    ]),
    # fyc11 kids' snacks
    ("растишка питьевой клубника, сырки б ю александров, яблочки гренни смит кило", [
        ("растишка питьевой клубника", {
            "pyaterochka": ["3463087"],
            "magnit": ["1000334603", "1059990444"],
            "dixy": [],
            "perekrestok": [],
        }, "Растишка drinking yoghurt of a strawberry flavour: «Земляника» (Danone's name for the strawberry "
           "flavour; земляника/клубника used interchangeably - outside knowledge) and «Клубничный пломбир»; mixed "
           "flavours (малина-банан, бананово-клубничное мороженое, клубника-малина-земляника), spoonable Растишка "
           "yoghurts and curds, and Растишка milkshakes (not yoghurt) excluded"),
        ("сырки б ю александров", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Б.Ю. Александров glazed curd snacks: none in the offers; Пятёрочка «Б.Ю.АЛЕКС. Масса ОСОБАЯ с изюмом» is "
           "curd mass, not a сырок, and other brands' сырки are excluded"),
        ("яблочки гренни смит кило", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664"],
        }, "fresh Granny Smith apples, loose or packed (1 kg bag, 4 pcs); Granny Smith juice and other varieties "
           "excluded; «кило» is a quantity"),
    ]),
    # fyc12 borscht
    ("картошечки 3 кг, капусты кочан, свеклы пару штук, сметанку для борща 15%", [
        ("картошечки 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860",
                            "43968", "769"],
        }, "fresh raw potatoes of any variety and pack (white, red, baby, для варки/жарки, Чик-Чик, гигант); boiled "
           "peeled potatoes, frozen fries, ready potato dishes (incl. Магнит «Картофель АЙДАХО (СП ГМ)»), batat, "
           "chips and the сырок/конфеты «Картошка» excluded; «3 кг» is a quantity"),
        ("капусты кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["1546", "198", "45661"],
        }, "a whole head of fresh white cabbage (белокочанная, ранняя, and Перекрёсток's plain «Капуста» taken as "
           "white cabbage); shredded/cut cabbage packs, cauliflower, broccoli, sauerkraut, marinated and "
           "Korean-style cabbage, seeds excluded"),
        ("свеклы пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["13998", "2143053", "3368257", "3378167", "4299508", "4375880", "45532", "786", "92844"],
        }, "fresh raw whole beetroot (loose, net, bag, tray, young, bunched); cooked, peeled («очищенная», «целая "
           "очищенная» - taken as cooked/processed), cut/соломка, marinated, salads, chard and seeds excluded; «пару "
           "штук» is a quantity"),
        ("сметанку для борща 15%", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785",
                       "1000461810", "1000463648", "1000553874", "1000558440", "1899900582", "2645f50028",
                       "8000035449", "8000057502", "8000068594", "8000072734", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034",
                     "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086",
                            "4221356", "4226994", "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        }, "sour cream labelled exactly 15 % of any size (incl. lactose-free and «из топлёных сливок»); Пятёрочка "
           "«пикантная, с чесноком» (flavoured), other fat levels excluded; «для борща» is a purpose"),
    ]),
    # fyc13 pelmeni night
    ("пельмени сибирская коллекция 2 пачки, майонезик провансаль 67%, огурчики корнишоны маринованные", [
        ("пельмени сибирская коллекция 2 пачки", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        }, "Сибирская коллекция pelmeni of any filling; Цезарь «Гордость Сибири» and other brands excluded; «2 пачки» "
           "is a quantity"),
        ("майонезик провансаль 67%", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077734", "1000169172", "1000179908", "1000233673", "1000277219",
                       "1000348713", "1000356802", "1000422623", "1000501598", "1000556519", "1000556521",
                       "1728400030", "1799700138", "2c23c84574", "56ff8ec751", "7a519275b4", "7d31b46ae3",
                       "8000045827", "da818e4a20", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369",
                     "2000204803", "2000265607", "2000306265", "2000429651", "2000539317", "2000570511",
                     "ЦТ0027566", "ЦТ0040573", "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671", "3467275",
                            "3674577", "3677986", "4072721", "4105769", "4112954", "4199312", "4259097", "4259098",
                            "4297819", "4331497", "4331500", "4331515", "4331518", "78193"],
        }, "mayonnaise whose title says «Провансаль» (as type or as the brand «Московский Провансаль», any variant: "
           "оливковый, с лимонным соком, с маслом авокадо, сливочный, на перепелиных яйцах) and 67 %; Перекрёсток «Я "
           "люблю готовить Московский Провансаль классический, 700 г» has no % in the title but that product is 67 % "
           "(outside knowledge); 50.5 %/55 % provansal, Махеевъ 655 ml without a fat value, and 67 % mayonnaise not "
           "called Провансаль (Слобода Оливковый, «Московская», Чистый, Heinz, перепелиные without Провансаль) "
           "excluded"),
        ("огурчики корнишоны маринованные", {
            "pyaterochka": ["3015661", "3231209"],
            "magnit": ["b83846e7e3", "d77cad8396", "ec376f9811"],
            "dixy": ["2000180487"],
            "perekrestok": ["3180523", "3662073", "4061841", "4265436"],
        }, "marinated gherkins (корнишоны); jars titled only «Корнишоны» (Закарпатские, Скатерть-Самобранка, Дядя "
           "Ваня По-французски) taken as marinated - the same brands are titled «маринованные» elsewhere; salted "
           "gherkins, fresh gherkins, larger marinated cucumbers not called корнишоны and assorted jars excluded"),
    ]),
    # fyc14 water and fruit
    ("водичку без газа 5 литров, добрый сок яблоко 1л, лимоны пару штучек, мандаринки абхазия", [
        ("водичку без газа 5 литров", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "c0d204fa30", "daea15c2c5"],
            "dixy": ["2000145479", "2000264455", "2000311289", "2000337258", "2000601611"],
            "perekrestok": ["2504", "3217460", "3373718", "3462773", "3674373", "4231308", "4263871", "4264399",
                            "43693"],
        }, "still drinking water in 5 l bottles, incl. children's water (plain still water) and 5 l bottles whose "
           "title does not say still (Источник здоровой жизни, Люкс вода, Виста - 5 l water is still, outside "
           "knowledge); other sizes, sparkling, mineral and flavoured water excluded"),
        ("добрый сок яблоко 1л", {
            "pyaterochka": [],
            "magnit": ["9aed063f0e"],
            "dixy": ["10E0072646"],
            "perekrestok": ["58049"],
        }, "Добрый single-fruit apple juice in 1 l; Добрый 0.33/0.3/0.2 l apple juice, apple nectars («Деревенские "
           "яблочки», «Фермерские яблочки»), mixed juices and drinks excluded"),
        ("лимоны пару штучек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, "fresh lemons, loose or packed; the lime-lemon mix and lemon-flavoured goods excluded; «пару штучек» is a "
           "quantity"),
        ("мандаринки абхазия", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Abkhazian mandarins: the only mandarins (Dixy «Мандарины сладкие») state no origin, so the written origin "
           "is not met; mandarin drinks and olives «с мандарином», Abkhazian wine and figs excluded"),
    ]),
    # fyc15 sandwiches and frying
    ("докторская колбаска вареная, гауду нарезку, масло раст рафинир для жарки", [
        ("докторская колбаска вареная", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374",
                       "6e16b1777a", "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca",
                       "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "Докторская boiled sausage of any maker, piece or slices (incl. «от шефа», «Особая»); «Докторские» "
           "frankfurters (сосиски) excluded"),
        ("гауду нарезку", {
            "pyaterochka": [],
            "magnit": ["1000452314"],
            "dixy": [],
            "perekrestok": ["4003953", "4353317"],
        }, "sliced Gouda («нарезка», «ломтики»); Gouda in blocks/by weight excluded"),
        ("масло раст рафинир для жарки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000154498", "2000210260",
                     "2000268261", "2000283309", "2000555852", "2000563791", "DI00079242", "DI00080540",
                     "ЦТ0039503"],
            "perekrestok": ["2007886", "21676", "2043188", "2046261", "2068955", "2093709", "2147548", "23714", "3197302",
                            "3340103", "3426152", "3426155", "3454645", "3478098", "3642040", "4022580", "4218020",
                            "4269568", "4269569", "4277755", "6275", "64128"],
        }, "refined vegetable oil of the kind sold as «растительное» - sunflower (incl. high-oleic and the refined "
           "spray) and corn - stated «рафинированное»; unrefined oils, oils not stated refined (Аведовъ, Altero, "
           "Almador, Благо смесь), blends with unrefined olive oil, olive oils (incl. pomace/refined - bought as "
           "«оливковое», not «растительное»), grapeseed and avocado oils excluded"),
    ]),
    # fyc16 chicken and garden
    ("бедрышки куриные охлажденные, укропчику свежего, чесночку 2 головки, кабачки цукини", [
        ("бедрышки куриные охлажденные", {
            "pyaterochka": [],
            "magnit": ["6bf2d45df8", "83c54dfa06", "d9a7978145"],
            "dixy": ["2000581594"],
            "perekrestok": ["2160048", "3683728", "78004576"],
        }, "chilled raw chicken thighs, bone-in or thigh fillet; Магнит «БЕДРО КУРИНОЕ гриль, охлажденное» taken as "
           "raw thighs for grilling (it says охлажденное); turkey thigh, beef «бедро», drumsticks in marinade and "
           "wings excluded"),
        ("укропчику свежего", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill: no dill is offered (the only «укроп» titles are olives, chips and flavoured goods), so "
           "nothing is accepted"),
        ("чесночку 2 головки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["4018137", "45692", "51157", "77278"],
        }, "fresh garlic bulbs (loose, 1-pc pack, Фермерский 150 g, ранний); peeled cloves («зубчиками»), grated, "
           "dried, smoked and salted garlic, garlic press excluded; «2 головки» is a quantity"),
        ("кабачки цукини", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh courgettes: none offered; frozen sliced courgettes, «икра кабачковая», canned courgettes in adjika "
           "and baby purees excluded"),
    ]),
    # fyc17 baby
    ("подгузы памперс 4ка, фрутоняня яблочное пюре баночки, влажные салфетки для малыша", [
        ("подгузы памперс 4ка", {
            "pyaterochka": [],
            "magnit": ["53ba3d65f3"],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers taped diapers of size 4: «Актив Бейби Макси» (Maxi = size 4, outside knowledge); Pampers pants "
           "(трусики, incl. «4 Maxi») are a different form and excluded, as are other sizes (Миди/3, Джуниор/5, "
           "Экстра Лардж/6, мини, ньюборн) and Huggies/Merries/Nani"),
        ("фрутоняня яблочное пюре баночки", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["2000227782", "T000007148"],
            "perekrestok": [],
        }, "ФрутоНяня single-fruit apple puree of any size (90/100/250 g); no title states the container, so "
           "«баночки» is read as a count; mixed purees (яблоко-банан, яблоко-персик, груша-яблоко, with cream or "
           "biscuits) and other brands excluded"),
        ("влажные салфетки для малыша", {
            "pyaterochka": [],
            "magnit": ["36ac79cfc0", "47dd423390", "667fad1c9c", "bd449a17ff", "c3df2e5787", "d50c79a365",
                       "e5cc67293e"],
            "dixy": [],
            "perekrestok": [],
        }, "children's wet wipes (Pampers, Huggies, Каспер «Детские», AURA «Солнце и луна» - Aura's children's line, "
           "outside knowledge); moist toilet paper (incl. МОН РУЛОН «детская»), antibacterial/universal/intimate "
           "wipes excluded"),
    ]),
    # fyc18 breakfast pantry
    ("геркулес хлопья овсяные, медок цветочный баночка, кефирчик 3.2 литровый", [
        ("геркулес хлопья овсяные", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000005395", "2000219614", "2000222892", "2000601251"],
            "perekrestok": ["2105514", "23772", "24926", "3421663", "3469028", "3933387", "4005492", "4157124", "6752"],
        }, "plain oat flakes titled «Геркулес» (the type/brand, any maker, incl. «быстрого приготовления», «Экстра "
           "Геркулес», «Монастырский», «Финский»); oat flakes not called Геркулес (Ясно Солнышко №1-3, Nordic, "
           "Маркет №3, quick flakes), flavoured flakes, oat drinks and cookies excluded"),
        ("медок цветочный баночка", {
            "pyaterochka": [],
            "magnit": ["928ff089d4"],
            "dixy": ["2000573811"],
            "perekrestok": ["3467507", "3479121", "4316605", "4320672", "4331449", "4340910", "4340911", "4355859"],
        }, "honey whose title says «цветочный» (incl. «цветочное разнотравье», донниковый/шалфейный/лесной/горный "
           "«цветочный»); honeys not called цветочный (липовый, гречишный, акациевый, луговой, горный, Майский, "
           "подсолнух) and honey-flavoured goods excluded; «баночка» is a count"),
        ("кефирчик 3.2 литровый", {
            "pyaterochka": ["3433425"],
            "magnit": ["1000143510", "1000307731", "1000350609", "1000531928", "1899800795", "48045cf20b",
                       "790e8c96de", "9cbe548621"],
            "dixy": ["2000208649", "2000253973", "2000331970", "DI00081047"],
            "perekrestok": ["2083868", "3433425", "3467795", "3668693", "3682461", "3922310", "4045978", "4198906",
                            "97452"],
        }, "kefir labelled exactly 3.2 % in a ~1 l pack (900 ml - 1 l, 930 g - 1 kg): «литровый» names the pack; "
           "ranges 3.2-4 %, children's Агуша kefir, packs of 175-500 ml excluded"),
    ]),
    # fyc19 baking
    ("мучка высший сорт 2кг, дрожжи саф-момент пакетик, яиц с1 два десятка", [
        ("мучка высший сорт 2кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481"],
            "perekrestok": ["2107396", "2112692", "3193726", "3305673", "4326495", "91321"],
        }, "wheat flour of «высший сорт» in 2 kg packs; Магнит «ПЫШЕЧКА, пшеничная, 2кг» taken as высший сорт (Dixy "
           "titles the same Пышечка 2 kg «высший сорт»); 1 kg packs, «сорт экстра», «Тихорецкая особая», "
           "whole-grain, self-raising, rye, rice, corn and other flours excluded"),
        ("дрожжи саф-момент пакетик", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "Саф-Момент dry yeast sachets (11 g); pressed yeast «Люкс Экстра (Саф-Нева)» and frozen dough excluded"),
        ("яиц с1 два десятка", {
            "pyaterochka": [],
            "magnit": ["1000247384", "1000247393", "2047000033", "3454700001", "44e0856421", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671"],
            "perekrestok": ["2109476", "2131763", "3001671", "3182856", "3950938", "4085791", "4088955"],
        }, "chicken eggs of class С1 («1 категории») in packs of 10 or 20 (two dozen = two tens or one twenty); С0/СО/"
           "отборные, С2, высшей категории, packs of 6/15/30 and quail eggs excluded"),
    ]),
    # fyc20 dinner and coffee
    ("селедочка слабой соли в масле, ряженки 4 процента бутылку, хлебцы гречневые хрустящие, сливочки 10 для кофе", [
        ("селедочка слабой соли в масле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4275608", "4366965"],
        }, "herring stated both lightly salted («слабосолёная») and in oil (incl. «с приправами в масле»); herring in "
           "oil not stated lightly salted (Vici, Мореслав, Матиас, Русский Невод, «традиционный посол», «солёная»), "
           "lightly salted herring not in oil (whole, бочковая, in marinade), smoked, in mayonnaise/wine/tomato and "
           "«под шубой» excluded"),
        ("ряженки 4 процента бутылку", {
            "pyaterochka": [],
            "magnit": ["1000371474", "1000439736", "1000451592"],
            "dixy": [],
            "perekrestok": [],
        }, "ряженка labelled exactly 4 % of any pack; «бутылку» is read as a count of one (no title states the "
           "container); other fat levels and flavoured ряженка excluded"),
        ("хлебцы гречневые хрустящие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000136520"],
            "perekrestok": [],
        }, "buckwheat crispbread (Dr.Korner «хрустящие гречневые»); other grains' хлебцы and buckwheat groats "
           "excluded"),
        ("сливочки 10 для кофе", {
            "pyaterochka": [],
            "magnit": ["1000006089", "1000052910", "1000128456", "1000144079", "1000456519", "1000461011",
                       "1000506066", "1000537609", "1899911837", "3201860040", "913cd14db9"],
            "dixy": [],
            "perekrestok": ["3431574", "4267108", "4271735", "44849", "68419"],
        }, "drinking/coffee cream labelled exactly 10 % of any pack, incl. portion creamers; «для кофе» is a purpose; "
           "11 %, 20 %, 33 % cream and ice cream «со сливками 10%» excluded"),
    ]),
    # fyc21 tea time
    ("вафельки яшкино сливочные, коровка конфеты 250г, торт медовик небольшой, листовой черный чай ахмад", [
        ("вафельки яшкино сливочные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Яшкино cream wafers: the only Яшкино product is «Вафельные рулетики … сгущенное молоко» (other flavour "
           "and form); Коломенское «Вафли сливочные» are another brand; nothing accepted"),
        ("коровка конфеты 250г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Коровка» milk fudge sweets: none offered; Коровка wafers, «Коровка из Кореновки» ice cream/sour cream "
           "and other sweets excluded"),
        ("торт медовик небольшой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a (small) Medovik cake: none offered; Перекрёсток «Пирожное … Медовик» 90 g / 110 g are single pastries, "
           "not a cake, and «Пирог Медовый венский» is another cake; nothing accepted"),
        ("листовой черный чай ахмад", {
            "pyaterochka": ["3380947", "3380950"],
            "magnit": ["03fb2db2be", "108be7a212", "1fa2ce7c58", "d35e2f82d3"],
            "dixy": ["2000203431"],
            "perekrestok": ["3605415"],
        }, "Ahmad black leaf (loose) tea of any blend (Классический, Английский завтрак, Высокогорный, Ceylon, Earl "
           "Grey); packs given in grams without a bag count taken as loose, and Магнит «AHMAD Tea Эрл Грей, 100г» "
           "taken as black (Earl Grey is a black tea); tea bags (incl. «листовой … 25х1.5г»), green tea excluded"),
    ]),
    # fyc22 bathroom
    ("гель д/душа для мужиков, рексона дезодорант спрей мужской, диски ватные 120 шт", [
        ("гель д/душа для мужиков", {
            "pyaterochka": [],
            "magnit": ["04385b1c05", "0a0bc36d75", "1fde288d8a", "27b08defc4", "35c3ab54cc", "393259057b",
                       "5453f6025c", "64c0ec7e7a", "6c202199a3", "869541895d", "8b4da8afe5", "8e0a633d30",
                       "a162a1690e", "a4d6d8f2fb", "ae24cd3ee0", "b05b3805a4", "b2be06e3a0", "c8614395b8",
                       "ee38106f2e", "f4f55309dc", "fb86a14079"],
            "dixy": [],
            "perekrestok": ["4342546"],
        }, "men's shower gels incl. 2-in-1/3-in-1 gel+shampoo: titles with мужской/Men/Мэн/МЕН plus AXE/АКС and Old "
           "Spice (men's brands); Палмолив «Спорт, 3 в 1» and NIVEA «Энергия/Заряд чистоты» taken as the Palmolive "
           "Men / NIVEA Men lines (outside knowledge); women's, children's and unisex gels (FA «Сила притяжения», "
           "NIVEA «Пробуждающий») excluded"),
        ("рексона дезодорант спрей мужской", {
            "pyaterochka": ["500"],
            "magnit": ["a65979054c", "ba0094b520", "ffe672aa4a"],
            "dixy": [],
            "perekrestok": [],
        }, "Rexona men's aerosol deodorant/antiperspirant: Кобальт (Магнит titles it «мужской»; Пятёрочка «COBALT "
           "аэрозоль»), Мэн «Невидимый» spray, and «REXONA Мен Свежесть душа, 150мл» (150 ml = the aerosol size, "
           "outside knowledge); Rexona roll-ons and sticks, Rexona without Men/мужской (Dixy «Свежесть душа», "
           "«Сочный арбуз», «Инвизибл Айс») and other brands excluded"),
        ("диски ватные 120 шт", {
            "pyaterochka": [],
            "magnit": ["472f57de85"],
            "dixy": [],
            "perekrestok": [],
        }, "cotton pads in a pack of 120 (the count names the pack); Белла Коттон 80 pcs and cotton buds excluded"),
    ]),
    # fyc23 freezer and tins
    ("минтай мороженый тушка, горошек зел консервированный, кукурузка сладкая банка", [
        ("минтай мороженый тушка", {
            "pyaterochka": [],
            "magnit": ["feaf47ac86"],
            "dixy": ["DI00079597"],
            "perekrestok": ["4352277"],
        }, "frozen pollock carcass (тушка, headless/gutted); pollock fillet, mince and Магнит «МИНТАЙ полуфабрикат из "
           "замороженного сырья» (sold thawed, no тушка stated) excluded"),
        ("горошек зел консервированный", {
            "pyaterochka": [],
            "magnit": ["02059b03ae", "077ca9bca9", "08e4c89d92", "118e7a3919", "334fc1acba", "68a96163bf",
                       "7e3054a87f"],
            "dixy": ["0230306094", "10A0036580", "1100075857", "2000118079", "2000163949", "2000189884",
                     "2000313797", "2000313828"],
            "perekrestok": ["16791", "19134", "2035571", "27460", "3026306", "32340", "3350744", "3360308", "3447858", "3483842",
                            "3504837", "3628006", "3635251", "3951175", "4004677", "4011800", "4059535", "4188483",
                            "4192227", "4206921", "4211849", "4273266", "4274246", "4283761", "4380317", "77114"],
        }, "canned green peas of any brand and size (incl. the 4.15 kg tin); brand tins titled only «Горошек … "
           "зелёный» taken as canned; frozen peas, fresh «Горошек сладкий», pea microgreens, peas with carrot, "
           "peppercorns «горошек» excluded"),
        ("кукурузка сладкая банка", {
            "pyaterochka": [],
            "magnit": ["27836bac30", "a869e5b9ba", "cfc404aebb", "d2de35fd7c", "fb00d5f8b1"],
            "dixy": ["1041027555", "10E0064890", "2000163950", "2000279948", "2000313796", "2000318963",
                     "2000556891", "DI00079261"],
            "perekrestok": ["3447859", "4316301", "4321444"],
        }, "canned sweet corn (сладкая / сахарная / молодая, kernels), any size; corn flakes, sticks, chips, oil, "
           "flour and mixes excluded"),
    ]),
    # fyc24 barbecue
    ("шейка свиная на шашлык 2 кг, тонкого лаваша 2 упаковки, розовые томаты кило, черноголовка лимонад", [
        ("шейка свиная на шашлык 2 кг", {
            "pyaterochka": [],
            "magnit": ["afb09aae99"],
            "dixy": [],
            "perekrestok": ["4363415", "78003999", "912"],
        }, "raw pork neck (шейка свиная), incl. Перекрёсток «Шашлык из свиной шейки охлаждённый» (pork neck "
           "prepared for shashlik); shashlik of unstated cut (Мираторг «Деликатесный», «любительский», "
           "«по-московски»), smoked/cooked шейка, beef neck excluded; «2 кг» is a quantity"),
        ("тонкого лаваша 2 упаковки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "thin Armenian lavash (Армянский lavash is the thin kind - outside knowledge for the title without "
           "«тонкий»); «2 упаковки» is a quantity"),
        ("розовые томаты кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["21292", "3383465", "3695580", "4377073"],
        }, "fresh pink tomatoes («розовые»), plus Перекрёсток «Томаты Махитос Азербайджан» (Махитос is a pink-fruited "
           "variety - outside knowledge); red, yellow, cherry/cocktail, Бычье сердце and other tomatoes with no colour "
           "stated excluded; «кило» is a quantity"),
        ("черноголовка лимонад", {
            "pyaterochka": [],
            "magnit": ["b4875f70d2"],
            "dixy": [],
            "perekrestok": [],
        }, "the classic Черноголовка «Лимонад»: Магнит «НАПИТКИ ИЗ ЧЕРНОГОЛОВКИ, Оригинальный» (their original "
           "Лимонад - outside knowledge); Тархун, Байкал, Дюшес, Буратино, лимон, лимон-лайм, Лимонный пунш, Кола, "
           "мандарин and Черноголовка baby water excluded (a brand with «лимонад» means the classic product)"),
    ]),
    # fyc25 cleaning day
    ("средство для пола мистер пропер, белизну гель, мусорные мешки 60 литров", [
        ("средство для пола мистер пропер", {
            "pyaterochka": [],
            "magnit": ["275fd6ca49", "494fcd17ad", "ae95ec9c5b", "cac8e32a0f", "dc08e0632c"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "Mr.Proper floor (and wall) cleaning liquid of any scent and size; Магнит «Моющее средство MR.PROPER, "
           "Лимон/роза, 500мл» taken as the same floors-and-walls liquid Dixy titles in 500 ml; Mr.Proper sprays "
           "(универсальный, антижир) and other brands' floor cleaners excluded"),
        ("белизну гель", {
            "pyaterochka": ["3413434"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Белизна» gel (Sanfor «гель белизна» 3в1); ACE gel bleach and oxygen bleaches/stain removers are not "
           "called Белизна and are excluded, as are whitening toothpastes"),
        ("мусорные мешки 60 литров", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "rubbish bags of 60 l; nothing else matched"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyc"))
