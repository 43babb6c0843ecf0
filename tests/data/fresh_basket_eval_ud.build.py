#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ud.jsonl -- 25 shopping lists of a young couple who both work from home in a small flat
(coffee of every form, quick breakfasts, salads, ready meals and frozen food, a cat, hygiene goods), hand-labelled
against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ud.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_ud.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; every item was then re-checked against all in-stock titles matching
its stem that were not accepted.  The note of each item records what was accepted, what was deliberately left out
and any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item
is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fud01, fud02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ud.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ud.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (11, "сухой корм для стерилизованных кошек проплан", "сухой корм для стерилизованных кошек пурина ван"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 кофе на неделю
    ("зерновой кофе 1кг подешевле, молоко 3.2% две пачки, тростниковый сахарок к кофе, овсяное печенье к кофе", [
        ("зерновой кофе 1кг подешевле", {
            "pyaterochka": ["3396617"],
            "magnit": ["1c2a14cd16", "f51c4712f0", "df383edea4", "91017de33b", "285b220deb", "476327c381",
                       "e74483f8e8", "010c4606ec"],
            "dixy": [],
            "perekrestok": [],
        }, "coffee beans in 1 kg packs, any brand (Пятёрочка LAVAZZA «зер.в/у 1кг» = beans, vacuum pack); «1кг» "
           "names the pack, so 800 g (Пятёрочка «в зернах 800 г», JACOBS Монарх 800 г) and 200-500 g bean packs are "
           "excluded; «подешевле» is a wish; ground, instant, capsules excluded; Дикси and Перекрёсток sell no "
           "coffee beans"),
        ("молоко 3.2% две пачки", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "1000172272", "1899800825", "8000026015",
                       "1000553875", "8000026014", "1812450001", "1000323041", "1000139951", "1000049786",
                       "1000445488", "be3e0e74c3", "1000127183", "1059990140", "8000058295", "4aff59ccac",
                       "18ca387556"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951", "10J0077073",
                     "2000600213"],
            "perekrestok": ["3668699", "4162259"],
        }, "drinking cow milk of exactly 3.2% (pasteurised, UHT, sterilised, any pack), incl. children's drinking "
           "milk Агуша/Тема (convention of real_basket_eval); «две пачки» is a quantity; топлёное (Эго, Северная "
           "долина), ranges 3.2-4% / 3.2-6%, Му-у «Для капучино» (as in set g), infant milk «с 8 месяцев» (Аммм, "
           "Зелёная Линия - baby food), other fats, kefir, condensed and flavoured milk excluded"),
        ("тростниковый сахарок к кофе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000598451"],
            "perekrestok": ["2113550", "4269179", "4293934", "4269180", "4282808", "3629156"],
        }, "cane sugar of any form (granulated/crystalline and lump, refined or not); white beet sugar, coconut "
           "sugar and vanilla sugar excluded; «к кофе» is a purpose"),
        ("овсяное печенье к кофе", {
            "pyaterochka": ["3613448", "3613445"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000351526", "2000214298", "2000325940", "2000235792", "2000225711", "2000255652", "2000002140",
                     "2000349045", "2000535032", "2000603633", "2000251113", "2000419389", "2000603032", "2000221434"],
            "perekrestok": ["3681160", "3681278", "4202831", "4017837", "4032428", "3035354", "4185824", "4283932",
                            "3639545", "3658003", "4202786", "4202788", "4315655", "4284221", "3438892", "4123144",
                            "4284222", "4315656", "4024594", "3218321", "2091843", "3412681", "4172266", "4172267",
                            "3505244", "3901907", "3951119", "3901906", "2023501", "4283934", "4283939", "91535",
                            "2023502", "4258982", "3603607", "4086029", "3613445", "3663100", "4050870", "3613448",
                            "4356039", "3688135"],
        }, "oatmeal cookies of any brand, classic or with raisins/chocolate pieces/glaze/fruit filling, incl. "
           "sugar-free (на мальтите/сорбите/фруктозе/стевии), gluten-free and постное ones; protein "
           "cookies/flapjacks (ProteinRex, Take A Bite), ФрутоНяня baby cookies, Хлебный Спас «Полезный завтрак с "
           "овсяными хлопьями» (not sold as овсяное), Любятово «Колечки овсяные» (a breakfast cereal - outside "
           "knowledge), yoghurts/purees «с овсяным печеньем» and oat drinks excluded"),
    ]),
    # L02 кот: влажный корм и лоток
    ("вискас влажный 10 пакетиков\nкомкующийся наполнитель коту в лоток\nfelix паучи с курицей", [
        ("вискас влажный 10 пакетиков", {
            "pyaterochka": [],
            "magnit": ["2541891", "2493341", "2493311", "2493431", "2541881", "2493691", "2493331", "2541861",
                       "2493371", "2493411", "2493421"],
            "dixy": ["2000604092"],
            "perekrestok": [],
        }, "Whiskas wet food in pouches (75 g: рагу, желе, паштет, «Аппетитный микс»), every variant incl. «старше 7 "
           "лет» and «для котят» (brand + product word accepts every variant); «10 пакетиков» is a quantity; Whiskas "
           "dry food (Пятёрочка 350 g, Магнит «Подушечки» 800 g, Дикси «подушечки для котят»), Магнит «WHISKAS® "
           "Паштет с говядиной, 1,9кг» (pack form not stated, not clearly pouches), Магнит's bare «Корм для кошек» "
           "20.99 (no brand in the title) and other brands excluded"),
        ("комкующийся наполнитель коту в лоток", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no clumping cat litter in any chain; the only litter is Магнит КЭТ СТЕП silica gel (not clumping)"),
        ("felix паучи с курицей", {
            "pyaterochka": [],
            "magnit": ["9bf8b5b90c", "5362361", "2586591", "d08035f21d", "9f6054f9aa", "258ae7de32", "c44cca57cb",
                       "3d18463c21", "bc08b83fbb", "5389501", "5178641", "5389101", "2586751", "2586741", "2586561",
                       "2586621"],
            "dixy": ["2000325835"],
            "perekrestok": [],
        }, "Felix wet food (pouches 48-85 g) whose title names chicken (курица, курица-морковь/томат, "
           "ягнёнок-курица, мясные ломтики/суп с курицей), incl. kitten variants; Felix «говядина/птица» (chicken "
           "not stated), other flavours, Felix dry food «сухой птица», other brands with chicken (Purina One, "
           "Perfect Fit, Гурмэ) excluded"),
    ]),
    # L03 быстрый завтрак
    ("овсянку быстрого приготовления на завтраки, греческий йогурт пару баночек, бананчики связочку, мед цветочный к овсянке", [
        ("овсянку быстрого приготовления на завтраки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000186448", "2000604115"],
            "perekrestok": ["3503161", "23772", "2122914", "3480286"],
        }, "plain quick-cooking oats whose title says so: flakes «быстрого приготовления» / «3-5 мин» / «1 минута» "
           "and Пр!ст instant porridge «Традиционная быстрого приготовления со сливками» (no fruit flavour); "
           "fruit-flavoured instant porridge sachets and assortments (клубника, абрикос, «в ассортименте», Быстров "
           "«по-новому», Мистраль клюква-мёд) excluded as flavoured (plain product word); ordinary "
           "Геркулес/№2/№3/Экстра flakes whose title does not say quick, Nordic «Ленивая овсянка», baby porridges "
           "and ready cooked porridge excluded; «на завтраки» is a purpose"),
        ("греческий йогурт пару баночек", {
            "pyaterochka": [],
            "magnit": ["1000181497", "8000087572", "dafd7c4dc4"],
            "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"],
            "perekrestok": [],
        }, "plain Greek yoghurt (Lactica 4%, Epica 2.5%, Магнит «ГРЕЧЕСКИЙ 2%», Neo Классический, Простоквашино, "
           "Teos plain and «Натуральный»); flavoured Greek yoghurts (черника, клубника, орех-мёд, манго-чиа, "
           "двухслойные with fruit), skyr and other yoghurts excluded; «пару баночек» is a quantity"),
        ("бананчики связочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (loose, «спелые», Био, red bananas - a banana variety, nothing was specified); «связочку» "
           "is a quantity; Перекрёсток «Бананы для жарки» (plantains, as in set g), dried/вяленые bananas, "
           "banana-flavoured goods excluded"),
        ("мед цветочный к овсянке", {
            "pyaterochka": [],
            "magnit": ["928ff089d4"],
            "dixy": [],
            "perekrestok": ["4320672", "3479121", "4340911", "3467507", "4316605", "4331449", "4355859", "4340910"],
        }, "natural honey whose title says «цветочный» (incl. «цветочное разнотравье», «Горный … цветочный», "
           "«донниковый цветочный», «Шалфейный … цветочный»); monofloral honeys named otherwise (липовый, гречишный, "
           "акациевый, Дикси «Янтарный Подсолнух»), honeys with no variety stated (Магнит «Майский», «горный», "
           "«Уссурийский бальзам», Перекрёсток «луговой»), крем-мёд with berries/nuts and honey-flavoured goods "
           "excluded"),
    ]),
    # L04 салат к обеду
    ("салат айсберг кочан один, черри помидорки коробочку, огурчики для салата 3 шт, сыр фета для греческого", [
        ("салат айсберг кочан один", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no iceberg lettuce in any chain (the only leaf salads are spinach, chard and a rucola/chard/spinach "
           "mix); ready salads and «Русская красавица» excluded"),
        ("черри помидорки коробочку", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000003231", "2000601471", "2000601472", "2000580827", "2000186544"],
            "perekrestok": ["3373662", "4217379", "11971", "3410591", "3634714", "4381951", "4381952", "4371254"],
        }, "fresh cherry tomatoes of any colour/pack (incl. on the vine, plum-shaped cherry, Кумато черри, «Микс "
           "шейкер»); «коробочку» is a quantity; marinated/salted cherry tomatoes, cherry+cucumber jars, «коктейль» "
           "tomatoes (another size class, as in set g), ketchup «черри» and pepper «Теличерри» excluded"),
        ("огурчики для салата 3 шт", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "2098997", "3301324", "3255111", "2088998", "4072", "44569", "3632205",
                            "2131726"],
        }, "fresh cucumbers of any kind (smooth, prickly, long, short, Бакинские, корнишоны in a produce tray); «3 "
           "шт» is a quantity; Дикси «Огурцы корнишоны, в упаковке, 300 г» and Перекрёсток weighed «Огурцы "
           "Хрустящие» taken as fresh (produce-style titles, as in set vy); pickled, salted, marinated jars (Шесть "
           "соток «хрустящие» 720 мл, Globus, Дядя Ваня, Лукашинские) excluded"),
        ("сыр фета для греческого", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no feta in any chain; Фетакса (processed «без рассола» and Хохланд «рассольный»), Экомилк «Фетика», "
           "Сиртаки «продукт рассольный», Sveza/сербская брынза are other cheeses (the user named фета), and "
           "feta-filled olives/pies excluded"),
    ]),
    # L05 ужин из морозилки
    ("пельмешки сибирская коллекция пачку, вареники с картошкой на ужин пачку, сметанку 15 процентов к пельмешкам", [
        ("пельмешки сибирская коллекция пачку", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        }, "every pelmeni of the brand Сибирская коллекция (Новосибирские, фирменные, с мраморной говядиной, "
           "Сочные); «пачку» is a quantity; other brands excluded"),
        ("вареники с картошкой на ужин пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000364412"],
            "perekrestok": [],
        }, "vareniki with potato filling (Цезарь «с картофелем и жареным лучком» - onion is part of the classic "
           "potato filling); potato-and-mushroom (Первым делом, Сытый папа), potato-and-spinach (Перекрёсток "
           "Цезарь), cherry and cheese vareniki excluded - another filling than the one written"),
        ("сметанку 15 процентов к пельмешкам", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000237597", "1000553874", "c90113311e",
                       "1000082622", "1899900582", "1000372785", "2645f50028", "b699c0f510", "1000208902",
                       "8000035449", "1000558440", "8000057502", "8000072734", "1000463648", "1000253705"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "4335470", "29910",
                            "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771", "3634035"],
        }, "plain sour cream of exactly 15% (any brand and pot, incl. «из топлёных сливок» and lactose-free); "
           "Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» (flavoured), other fat levels, «сметанный продукт», "
           "sauces and «Сметанковый» cheese excluded"),
    ]),
    # L06 морозилка
    ("пицца замороженая, мексиканская смесь овощная, наггетсы куриные в духовку, мороженное пломбир", [
        ("пицца замороженая", {
            "pyaterochka": ["3482556"],
            "magnit": ["6ac714280b", "a3ef730a3c", "2fa3e5ac5d"],
            "dixy": [],
            "perekrestok": ["4216530"],
        }, "frozen pizza of any kind; Dr.Oetker Ristorante, Ля Траттория and Цезарь (as in set d) taken as frozen, "
           "Zotman «Ice» likewise (outside knowledge: frozen-pizza lines, the titles do not say «замороженная»); "
           "Перекрёсток «Пицца Римская … Маркет Collection» excluded (frozen state not stated, may be a chilled "
           "ready pizza); Горячая штучка «Чебупицца» (a pizza-flavoured pastry snack), pizza sauces/dough/seasonings "
           "and pizza-flavoured crisps excluded"),
        ("мексиканская смесь овощная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen Mexican vegetable mix in any chain; Магнит Bonduelle «Мексика микс, 310г» excluded as a canned "
           "mix (outside knowledge: Bonduelle's 310 g Мексика микс is a tin), other frozen mixes (Итальянская, "
           "Каталонская с соусом, ризотто с курицей, broccoli-cauliflower) are other products"),
        ("наггетсы куриные в духовку", {
            "pyaterochka": [],
            "magnit": ["a36ebb7d8a", "fd1fdcfdd7"],
            "dixy": [],
            "perekrestok": [],
        }, "chicken nuggets (Мираторг «НАГГЕТСЫ КУРИНЫЕ», Золотой Петушок «традиционные» - a chicken brand, outside "
           "knowledge); Индилайт turkey nuggets and breaded chicken medallions excluded; «в духовку» is a purpose"),
        ("мороженное пломбир", {
            "pyaterochka": ["3603591"],
            "magnit": ["b9cb5f988b"],
            "dixy": ["2000425012", "2000403833", "2000602331", "2000292043", "2000404884"],
            "perekrestok": ["3603592", "4210656", "4289045", "4320862", "4208997", "4048085", "3603591", "4035404",
                            "3603554", "3370940", "3371923", "73965", "2020557", "4057826", "2018400", "4152236",
                            "4154396", "4298191", "4053323", "3495928", "3693306", "3975059", "4069595", "3953742",
                            "3958194", "3334702", "3287145", "3371925", "3628052", "4265481"],
        }, "plain (vanilla / unflavoured) plombir ice cream in any format - cup, cone, tub, brick, tube, eskimo or "
           "bites in plain chocolate glaze; flavoured plombir (чёрная смородина, черника, фисташка, манго-маракуйя, "
           "солёная карамель, арбуз, «Белые грибы», шоколадный, с варёной сгущёнкой, с изюмом/орехами/шоколадной "
           "крошкой, Радуга layers, fruit-juice glazes), plombir-flavoured yoghurts/curds/drinks, cakes and Snickers "
           "«Пломбир» excluded; «мороженное» is a typo"),
    ]),
    # L07 ванная
    ("зубная паста colgate любая, туалетную бумагу 3х слойную упаковку 8 рулонов, мужской гель для душа подешевле, шампунь хеден шолдерс от перхоти", [
        ("зубная паста colgate любая", {
            "pyaterochka": ["2157107"],
            "magnit": ["81453183d1", "bf8f2e67c9", "bfa8bafe8c", "6979fdd12e", "fe74f3aca3", "34c642c8c6",
                       "d03e638466", "02007f5dd2", "5d575a5319", "350131f5fe", "8708609287", "b432da8011",
                       "b6d0eea1fc", "65ee960a88"],
            "dixy": [],
            "perekrestok": [],
        }, "every adult Colgate toothpaste («любая»: уголь, Naturals, кальций-ремин, Тотал 12, отбеливающая, "
           "прополис, тройное действие, Пятёрочка «Colgаtе макс блеск» - spelled with Cyrillic letters); Магнит "
           "«Гель для полости рта COLGATE® Тотал12 Профессиональная чистка» accepted as the gel toothpaste of that "
           "line (outside knowledge; Магнит also lists it as «Зубная паста … Тотал 12 Профессиональная чистка»); "
           "children's Colgate pastes (3-5, 6-9 лет, Доктор Заяц) excluded for this adult household's «любая» "
           "(age-specific products), Colgate toothbrushes, Tahiti (a Colgate company brand) and other toothpaste "
           "brands excluded"),
        ("туалетную бумагу 3х слойную упаковку 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["9a0bd598be", "6189f05c16"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "3-ply toilet paper in packs of 8 rolls (Soffione Премио, incl. «лаванда»; Zewa Deluxe Персик 8 шт) - «8 "
           "рулонов» names the pack; scented/coloured variants accepted (no wish about scent); 3-ply packs of 4 or "
           "12 rolls, 2-ply and 4-ply paper, moist toilet paper, paper towels and tissues excluded"),
        ("мужской гель для душа подешевле", {
            "pyaterochka": [],
            "magnit": ["1fde288d8a", "393259057b", "fb86a14079", "5453f6025c", "c8614395b8", "0a0bc36d75",
                       "ee38106f2e", "04385b1c05", "a162a1690e", "35c3ab54cc", "27b08defc4", "869541895d",
                       "8b4da8afe5", "64c0ec7e7a", "b05b3805a4", "f4f55309dc", "8e0a633d30", "ae24cd3ee0",
                       "b2be06e3a0", "a4d6d8f2fb"],
            "dixy": [],
            "perekrestok": ["4342546"],
        }, "men's shower gels, incl. 2в1/3в1 gel-shampoos of men's lines: titles saying Мен/MEN/мужской (FA Men, "
           "Nivea Men, Palmolive Мен, Ecolatier мужской, Rexona Men) and the men-only brands Old Spice and AXE/АКС "
           "(outside knowledge), Palmolive «Спорт, 3 в 1» (Palmolive Men Sport - outside knowledge); «подешевле» is "
           "a wish; women's, children's and unisex gels, and Nivea «Энергия/Заряд чистоты» / «Пробуждающий» (gender "
           "not stated) excluded"),
        ("шампунь хеден шолдерс от перхоти", {
            "pyaterochka": [],
            "magnit": ["f0e2ce54d8", "edd4068621", "329d78760f", "4a5d360e19", "a77bec9d06", "1fe4376ca7",
                       "bc02222db2", "cb730b6f9a", "822ed0226f", "462209d33c", "c6681315e5", "fa1fcb3709",
                       "03b46117d4", "6ce22476a7"],
            "dixy": [],
            "perekrestok": [],
        }, "every Head & Shoulders shampoo (all are anti-dandruff shampoos; 2в1 shampoo+conditioner included, any "
           "size); «хеден шолдерс» is a phonetic spelling; Clear, Schauma «от перхоти», Fructis «Против перхоти», "
           "Dove Men «против перхоти» and other brands excluded (brand written)"),
    ]),
    # L08 растворимый кофе
    ("нескафе голд в стеклянной банке, сливки к кофе 10 процентов, рафинад в кофе коробочку", [
        ("нескафе голд в стеклянной банке", {
            "pyaterochka": [],
            "magnit": ["e29b86ab6b", "5ed1824f2e", "5937914f18", "67ebe44e72", "eab407b5dd", "07b5ff6b13",
                       "0c262c177c"],
            "dixy": ["2000587951", "2000225117", "2000225116", "2000144529", "ЦТ0000119"],
            "perekrestok": [],
        }, "every Nescafé Gold instant coffee (Gold, Голд Арома, Gold Barista / «сублимированный с молотым», Дикси "
           "«Gold Alta Rica» whose title says Gold), any weight; «в стеклянной банке» cannot be checked from the "
           "titles (no title states jar or soft pack) and is not used as a filter, as «стаканчик» in set vy; Nescafé "
           "Classic / Classic Crema / 3в1 and other brands excluded"),
        ("сливки к кофе 10 процентов", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609",
                       "3201860040", "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "drinking cream of exactly 10% (pasteurised/UHT/sterilised, any pack incl. 10x10 g coffee portions); «к "
           "кофе» is a purpose; Parmalat 11%, 20%/33% cream, cream-flavoured goods and dry creamer excluded"),
        ("рафинад в кофе коробочку", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000538871", "10E0076829", "2000350151"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (прессованный / кусковой: Русский сахар, Чайкофский «кусковой»); «коробочку» is a "
           "quantity; granulated sugar incl. Магнит «Сахар-песок … Рафинированный», cane lump sugar "
           "(нерафинированный - not рафинад) and vanilla sugar excluded"),
    ]),
    # L09 кофе дома: капсулы и турка
    ("капсулы для неспрессо, кофе для турки молотый, молоко овсяное бариста", [
        ("капсулы для неспрессо", {
            "pyaterochka": [],
            "magnit": ["eacf84687f", "12153dcb82", "c9d41f4007", "392a0d86d5"],
            "dixy": [],
            "perekrestok": [],
        }, "coffee capsules for Nespresso (Original) machines: Jardin «10 капсул» Andante and Ristretto, L'OR "
           "Espresso «Делициозо» and «Лунго Профондо» 52 g (outside knowledge: Jardin capsules and L'OR Espresso "
           "10x5.2 g packs are Nespresso-compatible; the titles do not say so); Jardin «Vanillia» capsules excluded "
           "as flavoured, Tassimo L'OR discs (another system), drip bags, laundry capsules and medicine capsules "
           "excluded"),
        ("кофе для турки молотый", {
            "pyaterochka": ["1e481d9846", "3607723"],
            "magnit": ["ab6f2df0cf", "2700f5e3b1", "be3079e158", "f32af3a996", "f083873ce2", "bf33a13d25",
                       "0fe86f8472", "a6281deb0c", "76b0197955", "80d20f5714", "7d84ba5b6e", "3bb33c0c9e",
                       "46bb6aa6cb", "8269b24f19", "7046b50e4e", "222418c5e4", "a46592e215", "c2e5e0f5ec",
                       "97373908ef", "4522417a72", "79b9a44edb", "8d3366ce51", "a2b0f72440"],
            "dixy": ["2000277619", "2000228092", "2000303593", "2000054819", "2000186346", "2000183725", "2000193927",
                     "2000267720", "10E0076694", "2000056820", "2000362026", "2000582491", "2000263796", "2000574432",
                     "2000546071", "2000568376", "2000557192", "2000557193", "2000605231", "2000235411", "2000604152",
                     "2000552471"],
            "perekrestok": ["4058107", "3965705", "4108341", "4345202", "4345201", "4340948", "4325139", "3395340",
                            "4150051", "3395339", "3689956", "4166073", "4166074", "2147872", "4320251", "4320252",
                            "72112", "72110", "3606929", "3612036", "4129183", "4122814", "4347224", "4291307",
                            "4315506", "4253960", "4351047", "4295649", "4261915", "4261911", "4262483", "6944",
                            "4342549", "3644175", "3171130", "29278", "4261910"],
        }, "unflavoured ground coffee in ordinary packs, any brand (incl. the packs titled «для турки», "
           "«По-восточному», Jacobs «Turka», Mehmet Efendi, Петр Великий «Императорский помол»); «для турки» is read "
           "as the purpose - no title states a grind otherwise, so any ground coffee can be brewed in a cezve; "
           "instant and «молотый в растворимом», beans, capsules, Tassimo discs, drip/filter bags and 5x9 g portion "
           "sachets (Coffesso 5 пакетиков / 45 г), Verle «Гватемала 66г» (Verle's 66 g packs are filter packs - "
           "outside knowledge), flavoured coffee (Jardin «Синнамон Кейк ароматизированный», Жокей «Ирландские "
           "сливки»), Магнит «МОСКОВСКАЯ КОФЕЙНЯ … Мокко, 250г» (form not stated) and JACOBS «Монарх Интенс, 95г» "
           "(instant, as in set g) excluded"),
        ("молоко овсяное бариста", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no oat barista drink in any chain; plain oat drinks (Nemoloko классический, Hi, Vega Natura) lack "
           "«бариста», Planto Barista is almond/soy, Nemoloko «Professional» Банан/Миндаль are flavoured non-oat "
           "drinks, cow milk «Для капучино» is not oat - all excluded"),
    ]),
    # L10 завтрак с тостами
    ("десяток яиц на завтраки\nхлеб для тостов пачку\nсливочное масло 82.5 процента\nгауду нарезкой", [
        ("десяток яиц на завтраки", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "1000247190", "e5202b5cfd", "1000247378",
                       "1000247384", "1000247234", "1a8d487cea", "2047000033", "1000247393"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529", "2000238733",
                     "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "3421287",
                            "3914040", "3001671", "4236458", "3355250", "4085790", "4085792", "2109476", "4085791",
                            "2131763", "3182856", "3182853", "4012802", "4352464", "3356111", "3432532", "2131762"],
        }, "chicken eggs in packs of 10 of any class (С0/СО/отборные, С1/1 категории, С2, высшей категории, "
           "деревенские, white or brown) - no class was written; «десяток» = packs of 10 only, so packs of 6, 15, 20 "
           "and 30 are excluded; «на завтраки» is a purpose; quail eggs and egg products excluded"),
        ("хлеб для тостов пачку", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "toast bread (Коломенский «Хлеб ТОСТОВЫЙ» пшеничный and злаковый, sliced); «пачку» is a quantity; other "
           "sliced loaves (батон, ржаной, зерновой «нарезка»), Belvita «сэндвич» cookies and ready sandwiches "
           "excluded"),
        ("сливочное масло 82.5 процента", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                       "1000433642", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643",
                       "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
                     "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609", "3026226",
                            "4113532", "3434127", "3612778", "4310021", "4055506", "86149", "3369241", "3698785",
                            "3287314", "3396544", "3657363", "4292462", "4343792", "3699369", "4196090", "3953367",
                            "4135603", "3922315", "3654551"],
        }, "butter of exactly 82.5% (сладкосливочное / «Традиционное», any brick 150-400 g, incl. lactose-free); the "
           "written fat % must match, so 82% butters (JALO KERMA, Арла Натура, Киприно, Молочный знак 82%, Natura, "
           "President) and 72.5% Крестьянское, Перекрёсток «Волгодонское» (no fat stated), spreads, ghee and pelmeni "
           "«со сливочным маслом» excluded"),
        ("гауду нарезкой", {
            "pyaterochka": [],
            "magnit": ["1000452314"],
            "dixy": [],
            "perekrestok": ["4353317", "4003953"],
        }, "sliced Gouda (Село Зелёное «Гауда Премиум нарезка», Маркет «Гауда ломтики» 45%/48%); the written form "
           "«нарезкой» is required, so Gouda blocks/wedges (Брест-Литовск 200 г, Молокавоз, Маркет 200 г, weighed "
           "Landkaas) and other sliced cheeses excluded"),
    ]),
    # L11 кот: сухой корм, лакомство, наполнитель (one item replaced, see README)
    ("сухой корм для стерилизованных кошек пурина ван, лакомство для котика, древесный наполнитель для лотка 10 литров", [
        ("сухой корм для стерилизованных кошек пурина ван", {
            "pyaterochka": [],
            "magnit": ["5f2c27349b", "082e5a8772", "5ac79c1445", "81960a917d"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACEMENT item (blind text «сухой корм для стерилизованных кошек проплан» - no Pro Plan in any chain, "
           "and the whole list was empty): Purina ONE dry food for sterilised cats (680 g - 1.5 kg); Магнит's 750 g "
           "«Корм для стерилизованных кошек PURINA ONE®» taken as dry (outside knowledge: the 750 g Purina One packs "
           "are dry food; Магнит titles the same line «сухой» at 1.5 kg); Purina One wet pouches and dry food not "
           "for sterilised cats, Perfect Fit «для стерилизованных» (another brand, wet) excluded"),
        ("лакомство для котика", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cat treats in any chain; Fructis «Лакомство для волос» hair masks, Gerber «лакомство» puree and dog "
           "treats (TiTBiT) are other products"),
        ("древесный наполнитель для лотка 10 литров", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no wood cat litter in any chain; the only litter is Магнит КЭТ СТЕП silica gel; «древесным углём» "
           "toothpastes are a trap"),
    ]),
    # L12 перекус у ноутбука
    ("хумус пару упаковок, хлебцы хрустящие к хумусу, авокадо пару штучек на тосты, альметте творожный сыр к хлебцам", [
        ("хумус пару упаковок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain (chickpea) hummus in any chain; Перекрёсток «Хумус Груня из сладкого батата с чимичурри» is a "
           "flavoured sweet-potato spread, excluded as for other flavoured variants of a plain product"),
        ("хлебцы хрустящие к хумусу", {
            "pyaterochka": [],
            "magnit": ["e1b6951c6f", "b072d79d11", "8cfe71c65b", "eb4308a4fa"],
            "dixy": ["2000136520"],
            "perekrestok": ["4101075", "4050645"],
        }, "plain (unsweetened, unflavoured) crispbreads: grain, rye, multigrain, with seeds or vitamins "
           "(Коломенский зерновые, Фитнеслайн, Щедрые, Dr.Korner гречневые, Magic Grain, Бурже шведские); "
           "«хрустящие» describes every хлебцы; sweet or flavoured crispbreads (карамельные, клюквенные, "
           "клубника-банан, чернослив-изюм, с чесноком, Фацер «Овощи-микс»), ФрутоНяня baby crisps, Доктор Кёрнер "
           "«Корнерсы» (cheese/tomato snacks) excluded"),
        ("авокадо пару штучек на тосты", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["49622", "4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407",
                            "4272853", "3216120", "4254512", "4379376", "3954359", "3948371", "3445047", "3954360"],
        }, "whole fresh avocados (loose, packs of 1-2, 500 g-1 kg, Hass, ready-to-eat, organic); «пару штучек» is a "
           "quantity and «на тосты» a purpose; Перекрёсток «Авокадо свежий без косточки, 300г» (pitted halves, not "
           "whole fruit), avocado cheeses/yoghurts/oils, chips, toys and cosmetics excluded"),
        ("альметте творожный сыр к хлебцам", {
            "pyaterochka": [],
            "magnit": ["9409610182", "9409610181"],
            "dixy": [],
            "perekrestok": ["4366904"],
        }, "every Almette curd cheese (Сливочный, с зеленью, с авокадо - brand + product word accepts every "
           "variant); other brands' curd cheeses (Sveza, Савушкин, Молочная культура) excluded"),
    ]),
    # L13 готовые салаты
    ("оливье готовый полкило, винегрет, морковь по-корейски, шуба", [
        ("оливье готовый полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4263125"],
        }, "ready Olivier salad (Перекрёсток weighed «Салат Оливье с колбасой»); «полкило» is a quantity of a "
           "weighed good; other ready salads excluded"),
        ("винегрет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2011428"],
        }, "ready vinaigrette salad (Перекрёсток «Винегрет овощной с маслом»); beetroot salads «из свеклы с "
           "чесноком», «Свекла по-корейски» excluded"),
        ("морковь по-корейски", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000209090", "2000566992"],
            "perekrestok": ["4356605", "4356606", "4317162", "4052638", "2090393", "4286023", "4285982", "4183217",
                            "4263716", "4263718"],
        }, "ready Korean-style carrot salad (any brand/pack, weighed or packed, incl. Дикси «морковь пикантная "
           "по-корейски»); carrot with asparagus, cabbage with carrot, seaweed with carrot, Korean-style "
           "squid/asparagus/beet/mushrooms and sandwiches «с морковью по-корейски» excluded; fresh carrots are not "
           "the ready salad"),
        ("шуба", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2011068"],
        }, "«шуба» = the ready salad «Сельдь под шубой» (Перекрёсток, weighed); other herring products and salads "
           "excluded"),
    ]),
    # L14 быстрый обед
    ("доширак пару штук, сосиски пачку, кетчуп к сосискам, зеленый горошек баночку", [
        ("доширак пару штук", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Доширак instant noodles (Чан рамен); «пару штук» is a quantity; Доширак mashed potato (Дикси «Пюре "
           "картофельное Доширак») is another product of the brand (the brand alone means the classic noodles), "
           "BigBon/Роллтон noodles are other brands"),
        ("сосиски пачку", {
            "pyaterochka": ["16676bb3f8", "3306014", "3631905"],
            "magnit": ["119aa8a644", "1752cd8c83", "1e5c44f755", "2dd98ca456", "37c028c01a", "5215d6a234",
                       "5ee4bc3c3d", "61299796c8", "7c9f298d18", "9323828a10", "9b4b38b86e", "a71ef90bc4",
                       "b2525e4143", "c09ecd22ea", "c7e784766f", "c890078deb", "d08287067b", "f72f36dddd"],
            "dixy": ["2000125037", "2000174171", "2000181981", "2000190007", "2000231293", "2000279644", "2000286260",
                     "2000300143", "2000308550", "2000316003", "2000318804", "2000322511", "2000324158", "2000326151",
                     "2000330718", "2000418174", "2000424551", "2000513172", "2000528072", "2000563472", "2000565391",
                     "2000566631", "2000566633", "2000572752", "2000577622", "2000592098", "2000595013", "2000600471",
                     "2000602632", "ЦТ0047282"],
            "perekrestok": ["3198697", "3207022", "3330134", "3347588", "3359555", "3390152", "3416253", "3434237",
                            "3443810", "3460864", "3464086", "3464088", "3486631", "3489558", "3635837", "3653933",
                            "3697463", "4045571", "4051414", "4062689", "4077764", "4081069", "4100627", "4100629",
                            "4135356", "4169216", "4169220", "4175216", "4221323", "4241464", "4276248", "4276249",
                            "4279045", "4316920", "4321243", "4329781", "4332703", "4337765", "4337767", "4339153",
                            "4342912", "4343709", "4344479", "4353596"],
        }, "any сосиски (молочные, сливочные, венские, баварские, с сыром, из птицы/индейки, детские, подкопчённые), "
           "any pack; «пачку» is a quantity; сардельки, шпикачки, sausages in dough, stewed cabbage «с сосисками», "
           "dog food and sausage-flavoured snacks excluded"),
        ("кетчуп к сосискам", {
            "pyaterochka": ["2157309"],
            "magnit": [],
            "dixy": ["2000552955", "2000033799", "2000538777", "2000567791", "2000207279", "2000207280", "2000320468",
                     "2000193817"],
            "perekrestok": ["4295651", "4154517", "4157702", "4116830", "4274973", "4312325", "4282684", "3691258",
                            "3054048", "3970015", "4044938", "3673189", "4149865", "4227928", "3652684"],
        }, "plain tomato ketchup (titles «Томатный» or with no variety, e.g. Перекрёсток «Кетчуп Sahar»), any brand "
           "and pack; flavoured ketchups (шашлычный, для гриля, острый/суперострый, чили, с чесноком, итальянский, "
           "лечо, кавказский, аджика, с базиликом, укроп-петрушка, черри, с вялеными томатами) excluded (plain "
           "product word); «к сосискам» is a purpose"),
        ("зеленый горошек баночку", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92",
                       "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884", "2000118079",
                     "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "3951175", "4283761", "4059535", "3635251", "3483842",
                            "19134", "4206921", "3628006", "77114", "32340", "4188483", "3504837", "4192227",
                            "3447858", "4273266", "4274246", "3350744", "3360308", "3026306", "4380317", "4211849",
                            "2035571"],
        }, "canned green peas of any brand in ordinary cans/jars (200-450 g; «баночку» names the canned form); "
           "frozen peas (4 Сезона, Маркет «быстрозамороженный», weighed «замороженный»), the 4.15 kg Бояринъ "
           "catering tin (not «баночка»), Bonduelle «с морковью», Перекрёсток weighed «Горошек сладкий», dried/split "
           "peas, black pepper «горошек» and dog food excluded; Зелёная Линия «Горошек Изысканный» taken as canned "
           "green peas"),
    ]),
    # L15 ужин с курицей
    ("филе куры 1 кг, басмати рис пачку, соус соевый бутылочку, замороженная брокколи пакет", [
        ("филе куры 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3669585", "4242120", "4208844", "3694848", "4323072", "3273915", "3653837", "2173555",
                            "3946764", "4329298", "3191300", "52888", "3362832", "3336397", "3940063", "4312563",
                            "3678985", "3649232", "3609675", "4116904", "3034277", "4347498", "3216279", "4306879",
                            "3689116"],
        }, "raw chilled chicken breast fillet («кура» = chicken; «куриное филе» = breast fillet, convention of "
           "real_basket_eval): «Филе грудки», «Филе куриное», «Филе цыплёнка(-бройлера)» (taken as breast fillet, as "
           "in set g), «малое» inner fillet, Петелинка/Петруха «Медальон(ы) … из филе цыплёнка» (plain cut fillet); "
           "«1 кг» is a quantity of a weighed good; thigh fillets, bone-in breast («Грудка … цыплёнка», «Филе грудки "
           "… на кости»), Первая Свежесть «Медальон куриный» (part not stated), marinated fillet («в маринаде»), "
           "fried/baked fillet, ready meals, sausages, cat food and Maggi seasoning excluded; Магнит and Пятёрочка "
           "sell no raw chicken fillet"),
        ("басмати рис пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635865", "4254250", "3634155"],
        }, "basmati rice (Dunar, Shanti «Басмати Селла» (parboiled basmati), Увелка 5x80 g bags); «пачку» is a "
           "quantity; jasmine, long-grain and other rice excluded"),
        ("соус соевый бутылочку", {
            "pyaterochka": ["3385361"],
            "magnit": ["3e45dc3ab8", "83c9a5b62e"],
            "dixy": ["2000322380", "2000260452"],
            "perekrestok": [],
        }, "bottled soy sauce (Стебель Бамбука классический, Магнит 1 л, Mivimex, Sen Soy классический); Перекрёсток "
           "«Соус соевый, 30г» (a portion sachet, not a bottle - as in set vy), Sen Soy «чёрный перец» sauce, the "
           "Sen Soy funchoza kit and soy drinks/asparagus excluded"),
        ("замороженная брокколи пакет", {
            "pyaterochka": [],
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["74445", "4019919", "4019915", "3444750", "2125852", "3489151", "4325364", "3625801",
                            "4003966", "3405386", "4225833", "4152339", "4238817", "2059262", "4320949"],
        }, "frozen broccoli of any brand/pack (Hortex taken as frozen - a frozen-vegetable brand, Перекрёсток titles "
           "the same Hortex 400 g «быстрозамороженная»); «пакет» is a quantity; fresh broccoli, broccolini and "
           "mini/purple broccoli, broccoli-cauliflower mixes, soups and purees excluded"),
    ]),
    # L16 гигиена
    ("олвейс прокладки, станки для бритья gillette, рексону дезик, ватных дисков упаковку", [
        ("олвейс прокладки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Always pads in any chain; Naturella, Kotex, Ola!, Bella, Discreet, Lin Yun, Laurier and Seni are "
           "other brands (the brand was written)"),
        ("станки для бритья gillette", {
            "pyaterochka": [],
            "magnit": ["17040ba778", "eb882c1907", "6997758160", "f668eaa68a", "a7414d133c", "6121e45574",
                       "e4394bed78", "d4887d1ad9", "2b4b0bdb18", "ffad21686b"],
            "dixy": [],
            "perekrestok": [],
        }, "Gillette razors (handles with cassettes and disposable razors: Fusion/ProGlide, Mach3 Turbo, Blue "
           "Simple3, Магнит «Станок бритвенный МАК 3» and VENUS razors - Mach3 and Venus are Gillette lines, outside "
           "knowledge); no gender was written, so Venus women's razors are kept; replacement cassettes alone (Мак3, "
           "Фьюжн, Venus Эмбрейс) are not «станки», BIC, Dorco, Zollider and the Витек electric shaver excluded"),
        ("рексону дезик", {
            "pyaterochka": ["500"],
            "magnit": ["4771da81a4", "5f11b3c717", "ffe672aa4a", "ba0094b520", "3acde2d4bb", "1109b9c12e",
                       "2d8a0cf27c", "8b17183829", "23103129c3", "6a9b4973c6", "a65979054c", "b3b309ce8f",
                       "3f59c948eb", "ec0e64dbb3"],
            "dixy": ["2000321591"],
            "perekrestok": ["4341094", "4342821"],
        }, "every Rexona deodorant/antiperspirant (spray, roll-on, stick; men's and women's - none specified); "
           "«дезик» = deodorant; the Rexona Men shower gel and other brands excluded"),
        ("ватных дисков упаковку", {
            "pyaterochka": [],
            "magnit": ["51bcbab403", "472f57de85"],
            "dixy": [],
            "perekrestok": [],
        }, "cotton pads (Bella Cotton 80 шт, Я Самая 120 шт); «упаковку» is a quantity; cotton buds (ватные палочки) "
           "excluded"),
    ]),
    # L17 кофе с десертом
    ("кофе в капсулах дольче густо, горький шоколад 70 процентов плитку, зефирки к кофе", [
        ("кофе в капсулах дольче густо", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Nescafé Dolce Gusto capsules in any chain; Магнит Soffione «Дольче густо» is a paper-towel design "
           "(trap), Jardin and L'OR capsules are for Nespresso, Tassimo discs for another system"),
        ("горький шоколад 70 процентов плитку", {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        }, "plain dark chocolate bars of exactly 70% (Lindt Превосходный 70%, Alpen Gold Горький 70%, Россия Щедрая "
           "Душа Российский горький 70%, Зелёная Линия «Шоколад на меду классический 70%» - honey-sweetened but "
           "plain); the written % must match, so 75% Бабаевский элитный, 65%/68% bars and dark bars with no % stated "
           "are excluded, as are dark chocolates with nuts, fruit, fillings or flavours; «плитку» is a quantity"),
        ("зефирки к кофе", {
            "pyaterochka": ["3416715"],
            "magnit": ["44889a6882", "0b2c20ca98"],
            "dixy": ["2000561711"],
            "perekrestok": [],
        }, "plain zefir: бело-розовый, apple zefir (Антоновка, Коломенский «Яблочный» - apple purée is the classic "
           "base) and Шармэль «классический, в шоколаде» (plain zefir in a coating, as glazed plombir in fud06); "
           "fruit/berry-flavoured zefir (брусника, смородина, клубника, клюква, малина, вишня/манго, «шампанского и "
           "клубники»), Пастухов «Десерт … Зефир молочный», marshmallows and chocolate with marshmallow excluded"),
    ]),
    # L18 завтрак-боул
    ("гранолу на завтрак, безлактозное молоко 2 пачки, черника замороженная, киви штучек 6", [
        ("гранолу на завтрак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4019918", "4274667"],
        }, "granola (Granolife клубника-малина, Настин Сластин кедровые орешки и клюква - granola is a mix by "
           "definition and no plain one is on sale, so fruit/nut inclusions are not read as a flavour); yoghurts «с "
           "гранолой», protein bars and muesli/flakes excluded; «на завтрак» is a purpose"),
        ("безлактозное молоко 2 пачки", {
            "pyaterochka": ["3146538"],
            "magnit": ["1000351083", "1000417765", "8000079205", "1000568396"],
            "dixy": ["2000328870"],
            "perekrestok": [],
        }, "lactose-free drinking cow milk of any fat/pack (Valio Zero Lactose, Parmalat incl. «Protein», Домик в "
           "деревне); «2 пачки» is a quantity; Аммм «безлактозное с 8 месяцев» (infant milk), lactose-free yoghurts, "
           "kefir-type drinks, butter, curd and ordinary milk excluded"),
        ("черника замороженная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4135309"],
        }, "frozen bilberries (Перекрёсток «Черника быстрозамороженная» Маркет); fresh голубика (Магнит 100/125 g), "
           "freeze-dried черника, «протёртая с сахаром», berry mixes and blueberry-flavoured goods excluded"),
        ("киви штучек 6", {
            "pyaterochka": [],
            "magnit": ["48288c27b9"],
            "dixy": ["2000313184"],
            "perekrestok": ["1532", "4177001", "4156364", "4175544", "2094491", "14017", "3638652", "4322057",
                            "4104587"],
        }, "fresh kiwifruit of any colour/pack (green, Gold, red, loose, basket, packs of 2-6); «штучек 6» is a "
           "quantity; Перекрёсток «Киви мини, 125г» (kiwiberry, another fruit - outside knowledge), cut kiwi pieces, "
           "fruit mixes, kiwi jam and kiwi-flavoured goods excluded"),
    ]),
    # L19 сырники
    ("замороженные сырники на завтрак, творог 5 процентов пару пачек на сырники, клубничное варенье к сырникам", [
        ("замороженные сырники на завтрак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen syrniki in any chain; Магнит «Творожные сырники Гармония», Перекрёсток Шеф Перекрёсток сырники "
           "and Зелёная Линия «Сырнички» are chilled ready dishes (not stated frozen - the user wrote «замороженные»)"),
        ("творог 5 процентов пару пачек на сырники", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000030462", "1000377235",
                       "1000512632", "1720c2be05", "9aeeb10b64", "c7f0f0e5ec", "2400019178", "1000372786",
                       "1000475531", "1000572167", "1000208909", "1079990193", "1000306424", "1000224037",
                       "1000453157", "1000426473", "161690c563", "1000448251", "1000441658", "8000069908",
                       "8000079349"],
            "dixy": ["2000410935", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595", "2000539346",
                     "2000568077", "2000309621", "2000512184", "2000599971", "2000595413"],
            "perekrestok": ["4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116", "4274201",
                            "3279582", "3617778"],
        }, "plain cottage cheese of exactly 5% (traditional, рассыпчатый, мягкий/нежный, из топлёного молока, "
           "lactose-free), any pack; «пару пачек» is a quantity and «на сырники» a purpose; 4.5%, 5.5%, 9%, 1.5%, "
           "fat-free, grainy cottage cheese in cream («зерненый», also Зелёная Линия «Творог Зёрнышко 5%» - taken as "
           "grainy from its name), flavoured curds, children's/baby curds, curd desserts and «продукт творожный» "
           "excluded"),
        ("клубничное варенье к сырникам", {
            "pyaterochka": [],
            "magnit": ["3ba4bd1160", "9f6051ecca"],
            "dixy": ["2000546999"],
            "perekrestok": ["4252164", "4252950", "4198148"],
        }, "strawberry varenye (Магнит, Ратибор, Круглое лето, Маркет, Пр!ст); «варенье ≠ джем» (convention of set "
           "d): strawberry jams (Махеевъ, Mr. Ricco, Пр!ст), strawberry-cherry jam, curds/ice cream/сырки with jam "
           "or varenye excluded"),
    ]),
    # L20 вечер с кино
    ("попкорн для микроволновки пару пакетов, принглс банку, светлое пиво банки 4 шт, сухарики любые к пиву пару пачек", [
        ("попкорн для микроволновки пару пакетов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000284017"],
            "perekrestok": [],
        }, "plain (salted) microwave popcorn (Cranpers «для СВЧ с солью»); flavoured microwave popcorn (сыр, "
           "сладко-солёный, солёная карамель, карамель/сыр) and Коринкорн «ассорти» (flavours not stated) excluded "
           "as flavoured variants of a product sold plain; ready popcorn not for the microwave (Lucky Days "
           "солёный/шоколад) excluded; «пару пакетов» is a quantity"),
        ("принглс банку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Pringles in any chain; other crisps are other brands (the brand was written)"),
        ("светлое пиво банки 4 шт", {
            "pyaterochka": [],
            "magnit": ["b7be4e1cdf", "8f5e8411f3", "4b9214b25a", "69a66b3a0f", "5efbef1867", "ee4fd3d93d",
                       "7e7ff281a0", "b22153f240", "e5d1876122", "42f69bfc00", "ae5974fdda", "f66314d40a",
                       "b4204a2237", "63c65170c7", "9f7d0a8f2d", "409bf95866", "e2bedcaafd", "0c7af2aa41",
                       "bc158ed1af", "cdadff0fd2", "c7cb3e4e83", "72ef636633", "2e39130955", "1b3181a9dc",
                       "cff5b47f4d", "3ea97ca924", "ec022e4637"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light (светлое) beer of any style and strength - lager, pilsner, wheat, IPA, blanche, filtered "
           "or not - incl. Эдельвейс «Напиток пивной нефильтрованный» (a light wheat beer, as in set vy); «банки 4 "
           "шт» is read as the quantity (4 cans), as «пару банок» in set vy - most titles do not state can or "
           "bottle; dark beer (Wolpertinger, Крушовице тёмное), alcohol-free, flavoured beer drinks (Доктор Дизель, "
           "ALKO ром/кола, GreenBeat, Sour Ale), медовуха and beer snacks excluded; only Магнит sells beer"),
        ("сухарики любые к пиву пару пачек", {
            "pyaterochka": ["400d61212a"],
            "magnit": ["5a8a28eceb", "7a105553d3"],
            "dixy": ["2000594153", "2000431152", "2000158872", "2000545311", "2000301073", "2000572411", "2000265801",
                     "2000603332"],
            "perekrestok": ["4099879", "3387861", "3687988"],
        }, "savoury bread-crouton snacks of any flavour («любые»): сухарики and гренки (the same beer snack, named "
           "either way), incl. Тимоша «Хрустимки» (a crouton snack - outside knowledge) and assortment packs; sweet "
           "rusks (ванильные, с изюмом, сахарные), panko breadcrumbs, soups/purees «с сухариками» and cauliflower «в "
           "сухариках» excluded; «пару пачек» is a quantity"),
    ]),
    # L21 котёнок
    ("влажный корм для котят, силикагелевый наполнитель для кошки, мусорные пакеты 60л рулон", [
        ("влажный корм для котят", {
            "pyaterochka": [],
            "magnit": ["9bf8b5b90c", "5362361", "c6afce15d2", "2493421", "2586591"],
            "dixy": ["2000371065"],
            "perekrestok": ["4009059"],
        }, "wet food for kittens of any brand (Felix, Perfect Fit, Whiskas, Purina One «для котят», pouches 75-85 "
           "g); dry kitten food (Perfect Fit/Purina One сухой, Whiskas «подушечки для котят»), adult-cat wet food "
           "and kitten yoghurts/curds excluded"),
        ("силикагелевый наполнитель для кошки", {
            "pyaterochka": [],
            "magnit": ["eaad0805c2"],
            "dixy": [],
            "perekrestok": [],
        }, "silica-gel cat litter (Магнит КЭТ СТЕП силикагелевый 1.8 кг); no other litter in any chain"),
        ("мусорные пакеты 60л рулон", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l garbage bags (Магнит «Мешки для мусора … Био ушки 60л, 20шт»; «60л» names the bag size, «рулон» is "
           "the usual pack); no other garbage bags in any chain"),
    ]),
    # L22 готовая еда
    ("блинчики замороженные с мясом, котлетки по-киевски, пюрешку быстрого приготовления", [
        ("блинчики замороженные с мясом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen pancakes with meat in any chain; Магнит «Блинчики/Блины с ветчиной и сыром» (chilled, ham and "
           "cheese), Останкино «Блинчики с печенью» (liver), cottage-cheese, cherry, strawberry and apple pancakes "
           "are other products"),
        ("котлетки по-киевски", {
            "pyaterochka": [],
            "magnit": ["2742947aaa"],
            "dixy": ["2000579232"],
            "perekrestok": [],
        }, "chicken Kiev semi-finished cutlets (Петелинка «По-киевски» chilled, Мираторг «По-киевски Сливочное масло "
           "и зелень»); Перекрёсток Шеф «Котлета по-киевски с картофельным пюре» (a ready meal with a side dish), "
           "other cutlets excluded"),
        ("пюрешку быстрого приготовления", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000339292"],
            "perekrestok": ["78561"],
        }, "plain instant mashed potato: Дикси «Пюре картофельное Кунцево, 240 г» and Перекрёсток «Пюре Картошечка "
           "картофельное, 250г» (dry potato flakes - outside knowledge, the titles do not say «быстрого "
           "приготовления»); flavoured instant cups (Роллтон с говядиной / куриным вкусом / сыр-чеснок, Доширак со "
           "вкусом курицы, Пр!ст с сухариками и курицей) excluded as flavoured variants of a product sold plain; "
           "chilled ready mash (Перекрёсток Select 450 г), meals «с картофельным пюре» and baby purees excluded"),
    ]),
    # L23 цезарь
    ("салат ромэн, куриную грудку для цезаря, пармезан кусочком для цезаря, гренки для цезаря", [
        ("салат ромэн", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no romaine lettuce in any chain (leaf salads on sale: spinach, chard, a rucola/chard/spinach mix); ready "
           "salads excluded"),
        ("куриную грудку для цезаря", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3673509", "53105", "3669585", "4242120", "4208844", "3694848", "4323072", "3273915",
                            "3653837", "2173555", "3946764", "4329298", "3191300", "52888", "3362832", "3336397",
                            "3940063", "4312563", "3678985", "3649232", "3609675", "4116904", "3034277", "4347498",
                            "3216279", "4306879", "3689116"],
        }, "raw chilled chicken breast, boneless or on the bone («Грудка … цыплёнка», «Филе грудки … на кости»), "
           "i.e. the breast fillets of fud15 plus bone-in breasts; «для цезаря» is a purpose; thigh fillets, "
           "marinated/fried/baked/smoked chicken, ready meals and sandwiches excluded"),
        ("пармезан кусочком для цезаря", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "1000384143", "0dc02300a0", "632a4664e6"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416"],
        }, "Parmesan-type hard cheese titled «Пармезан» sold as a piece (weighed, wedges 100-200 g, Маркет «кусок»); "
           "the written form «кусочком» excludes grated Parmesan (Дольче, Dolce Granto тёртый, Маркет/Зелёная Линия "
           "тёртый, «порционированный тёртый»), the Italian Snack cream cheese and ravioli «с пармезаном»"),
        ("гренки для цезаря", {
            "pyaterochka": ["400d61212a"],
            "magnit": ["5a8a28eceb"],
            "dixy": ["2000431152", "2000545311", "2000572411"],
            "perekrestok": ["3387861", "3687988"],
        }, "garlic croutons (гренки/сухарики «с чесноком», «Чесночные», «чеснок-укроп») - no unflavoured croutons "
           "are on sale and garlic is the classic crouton seasoning, so garlic ones are taken as the plain product; "
           "croutons of other flavours (красная икра, сметана-лук, холодец с хреном, белые грибы, томат, краб, "
           "буженина) and assortments with such flavours (777, Фишка «в ассортименте», Воронцовские «в "
           "ассортименте», Хрусteam) excluded; sweet rusks and breadcrumbs excluded"),
    ]),
    # L24 кухня и ванная
    ("фейри большую бутылку, губки кухонные для посуды штук 10, влажные салфетки пару пачек, жидкое мыло в ванную", [
        ("фейри большую бутылку", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6",
                       "b3ebaa28e5", "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1",
                       "7c5bd74e06", "43a0e3032e"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "every Fairy washing-up liquid (any scent, Platinum, Pure&Clean, 430 ml-1.35 l; «фейри» alone = the "
           "classic dish liquid); «большую бутылку» is a wish (no size was named); Fairy dishwasher tablets «All in "
           "1/Все в 1» and other brands excluded"),
        ("губки кухонные для посуды штук 10", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen dish sponges (Магнит «Губки для посуды … Макси, 5шт.»); «штук 10» is a quantity (two packs); the "
           "shoe-polish sponge excluded"),
        ("влажные салфетки пару пачек", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "337392b1b2", "4655517315", "9022eaa3a8",
                       "36ac79cfc0", "2499871", "d50c79a365", "667fad1c9c", "bd449a17ff", "73ec40a66f"],
            "dixy": [],
            "perekrestok": [],
        }, "personal wet wipes of any kind (universal, antibacterial, scented, children's - baby wipes are everyday "
           "wet wipes); «пару пачек» is a quantity; surface-cleaning wipes (Aura «д/поверхностей»), intimate-hygiene "
           "wipes, moist toilet paper, dry tissues and laundry colour-catcher sheets excluded"),
        ("жидкое мыло в ванную", {
            "pyaterochka": ["2156702"],
            "magnit": ["0950efec36", "ece4ff1781", "88aee1bd17", "af1a4a2fd7", "a83d606130", "0cb75b0290",
                       "5c167bfb88", "fcb39eaa2b", "c31e1b2585", "ef11e1d9b0", "395d3dc41c", "627234dc4a",
                       "314189cc1c", "2539c26fd9", "e70ce68862", "f86784dad8", "c2cd737592", "ab93591c26",
                       "aedf77402b", "195c09bcbd", "2d8d4f118f", "1f41be18d5", "05b54fbbbb", "71857a9509",
                       "6cb0cbb9b8", "bbf17b51de"],
            "dixy": ["2000575551", "2000605356", "ЦТ0041378", "2000605355", "2000343460", "2000448582"],
            "perekrestok": ["4347139", "4250593", "4201031", "4201033", "3670708", "4276537"],
        }, "liquid hand soap of any brand/scent/volume, incl. liquid cream-soap (sold by ml: Dove, Бархатные ручки, "
           "Duru 1+1, Aura, Palmolive, Grass Milana), foam soap (Milana «Мыло пенка») and children's liquid soap "
           "(Baby Boom); «в ванную» is a purpose; bar soap and solid cream-soap (sold by g), shower gels and dish "
           "liquids excluded"),
    ]),
    # L25 холодные напитки
    ("холодный кофе в банке, минералку с газом полторашку, апельсиновый сок литровый", [
        ("холодный кофе в банке", {
            "pyaterochka": [],
            "magnit": ["8000062507", "1000500918"],
            "dixy": [],
            "perekrestok": [],
        }, "ready-to-drink cold coffee (Магнит «Молочный кофейный напиток … Frappe Natura Selection» and Slasty "
           "Story «Капучино»); «в банке» cannot be checked from the titles (no title states can or bottle) and is "
           "not used as a filter, as the glass jar in fud08; Frappe «Moccachino» (chocolate-flavoured), the Чудо "
           "milkshake «с экстрактом кофе», instant/3в1 coffee sachets and coffee for brewing excluded"),
        ("минералку с газом полторашку", {
            "pyaterochka": [],
            "magnit": ["2132714cae", "9d46fc2eab"],
            "dixy": ["2000015389", "2000222632", "2000572194", "2000163846", "2000206433", "2000599872", "2000601312",
                     "2000601311", "ЦТ0043947"],
            "perekrestok": ["88995", "74767", "3485716", "2083111", "2029732", "4250375", "2075986"],
        }, "sparkling mineral water in 1.5 l bottles («полторашку» names the 1.5 l bottle): titles «минеральная … "
           "газированная» or «лечебно-столовая газированная», and mineral waters sold only sparkling whose title "
           "omits it - Ессентуки №4 / «целебная», Галерея источников №4/№17, Славяновская, Аш-Тау (outside "
           "knowledge); still mineral water, drinking water «питьевая газированная» (not mineral), Кувака "
           "(carbonation not stated), flavoured waters and other sizes excluded"),
        ("апельсиновый сок литровый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814", "2000107420", "2000177095"],
            "perekrestok": [],
        }, "orange juice (single-fruit «сок апельсиновый», with or without pulp, incl. J7 children's orange juice - "
           "convention of real_basket_eval) in 1 l / 0.97 l cartons (0.97 l is the usual «litre» juice carton); the "
           "0.3 l J7, orange nectars, «сокосодержащие» drinks (Добрый Pulpy, Вкусно Сок, Любимый), J7 «Продукт "
           "питьевой», multi-fruit and detox juices excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fudNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fud\d\d ===$", line):
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
                    errors.append("fud%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fud%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fud"))
