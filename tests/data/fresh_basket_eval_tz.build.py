#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tz.jsonl -- 25 shopping lists of an elderly woman who names products by the look of the
pack, by where they stand and by habit («масло в золотой пачке», «молоко то что в бутылке», «сыр кусочком не нарезку»,
half-remembered brands, old-fashioned diminutives), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tz.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tz.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftz01, ftz02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tz.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tz.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none were.
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 black bread, bottled milk, butter, eggs
    ("хлебушек черный нарезной, молоко то что в бутылке, масло в золотой пачке, яички десяток покрупнее", [
        ("хлебушек черный нарезной", {
            "pyaterochka": [],
            "magnit": ["6929a8d5f0"],
            "dixy": ["2000195093"],
            "perekrestok": ["3382146", "4329404", "3974719", "3974720", "4074396", "3627134", "3658457", "4276930",
                            "3953836", "3624125", "2053660", "3965436", "3455614"],
        }, "black (rye or rye-wheat) bread sold sliced («нарезка»/«нарезанный»): Бородинский, Дарницкий, "
           "ржаной/ржано-пшеничный loaves, and Коломенский «Ржаной Край» plain and «заварной» (taken as dark "
           "rye-wheat bread - outside knowledge); unsliced loaves, «Ржаной Край зерновой» (grain bread, as set d), "
           "Столичный, Измайловский, Крестьянский, Бабушкин (titles do not say rye; grey/white breads), white and "
           "toast breads, хлебцы, гренки excluded"),
        ("молоко то что в бутылке", {
            "pyaterochka": [],
            "magnit": ["1000143306", "8000026015", "1000553875", "8000026014", "cfca1c1906", "ef94b89629",
                       "115e5fb52e", "1000035016", "1000151468", "1899800732", "4aff59ccac", "1000127183"],
            "dixy": ["2000594992", "2000313238", "2000227471", "2000133521", "2000571331", "2000298650",
                     "2000557212", "2000204889", "2000024178", "DI00081046", "2000509793", "2000603016"],
            "perekrestok": ["4137916", "4316451", "4223221"],
        }, "plain drinking cow milk in a bottle: the pack is named in one title only (Перекрёсток «ПЭТ»); "
           "otherwise accepted where the pack is known to be a PET bottle - pasteurised packs of 1.4 l and more "
           "(Домик в деревне 1.4/1.9 l, Простоквашино 1.4 l, Лебедянь 1.4 kg, Хуторок 1.4 l, Эго 1.7 l, Правильное "
           "2 l, Село Зелёное 2 kg, Зелёная Линия 1.4 kg, Молочный Знак 1.4 l) and the pasteurised 930 ml Домик в "
           "деревне and Простоквашино (outside knowledge); UHT cartons (Parmalat, 950 g/1 l UHT), milk whose pack "
           "is not known (incl. other 900-1000 ml packs), топлёное, козье, lactose-free UHT, dry and condensed "
           "milk excluded"),
        ("масло в золотой пачке", {
            "pyaterochka": ["3026226", "3993159"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000262381", "1000312970",
                       "1000384151", "1000433642", "1000457493", "1000458136", "1000521208", "1000566266",
                       "1844000142", "1855599920", "1899900309", "1899911038", "3181241105", "8000045816",
                       "8000058591", "4fc2d8c8ad", "6b22928df7", "86326346d1", "87355db645", "a1a2b1e98a"],
            "dixy": ["2000186964", "2000288309", "2000401635", "2000509906", "2000538793", "2000575412",
                     "2000581831", "2000588791", "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["2029217", "2043237", "2068941", "2071031", "3026226", "3226314", "3287314", "3347817",
                            "3355277", "3363741", "3369241", "3371288", "3384196", "3396544", "3406593", "3413519",
                            "3423762", "3434127", "3472940", "34890", "3612778", "3628337", "3637761", "3643092",
                            "3645266", "3654551", "3657363", "3698785", "3917028", "3922315", "3953367", "3963777",
                            "3980020", "3999749", "4035287", "4051359", "4055506", "4068626", "4135603", "4147662",
                            "4188102", "4196090", "4260609", "4260610", "4281083", "4292462", "4310021", "4343792",
                            "86149", "86150", "3699369", "4113532", "4175276", "4188099"],
        }, "butter (сливочное/сладкосливочное, any fat 72.5-82.5 %, incl. Крестьянское, Традиционное, "
           "lactose-free); the colour of the pack cannot be read from the titles and is not a filter; chocolate "
           "butter, ghee, the De Olio «Крем» spread, margarine and vegetable oils excluded"),
        ("яички десяток покрупнее", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007",
                       "2047000014", "2047000033", "3454700001", "1a8d487cea", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325",
                     "2000284425", "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111",
                            "3392204", "3421287", "3432532", "3914040", "4012802", "4085791", "4085792", "4168688",
                            "4201192", "4201194", "4236458", "4337164", "4339427", "4352464", "4364349", "4085790"],
        }, "chicken eggs in packs of 10, any category («покрупнее» is a wish); packs of 6/15/20/30 and quail eggs "
           "excluded"),
    ]),
    # L02 dairy run
    ("творог 5 процентов в синей пачке\nсметанка 20 процентов в стаканчике\nкефирчик домик в деревне\nсырки глазированные ванильные 3 штучки", [
        ("творог 5 процентов в синей пачке", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908",
                       "1000441658", "1000377235", "1000512632", "1720c2be05", "9aeeb10b64", "2400019178",
                       "1000372786", "1000572167", "1000208909", "1000306424", "1000224037", "1000453157",
                       "1000426473", "161690c563", "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000555052", "2000539346", "2000568077",
                     "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116", "3617778"],
        }, "plain cottage cheese of exactly 5 % (traditional/crumbly, any pack size, incl. lactose-free Parmalat "
           "and Кубанский молочник «из топленого молока»); the pack colour is not a filter; soft/«нежный мягкий» "
           "cottage cheese in tubs and «зерненый в сливках» (other products, not sold in a «пачка»), Зелёная Линия "
           "«Зёрнышко» (taken as grainy - outside knowledge), fruit/raisin/jam versions, children's curds, curd "
           "desserts and other fat levels excluded"),
        ("сметанка 20 процентов в стаканчике", {
            "pyaterochka": [],
            "magnit": ["1000461809", "1000203662", "1000237596", "4221528ef6", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405", "30145abd36"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000509715", "2000544033", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream of exactly 20 %, any brand and size; «стаканчик» cannot be checked from the titles and is "
           "not a filter; 10/15/25/30 % sour cream, sour-cream mayonnaise and chips excluded"),
        ("кефирчик домик в деревне", {
            "pyaterochka": [],
            "magnit": ["1000143510"],
            "dixy": ["2000227476", "2000253973"],
            "perekrestok": ["3467794", "3467795"],
        }, "Домик в деревне kefir of any fat (incl. «Вкусный вечер» 3.2 %); Домик в деревне «Биокефирный/Кефирный "
           "продукт» (not kefir, as in set g), its ryazhenka, snezhok and milk, and other brands' kefir excluded"),
        ("сырки глазированные ванильные 3 штучки", {
            "pyaterochka": ["4061730"],
            "magnit": ["8000070532", "1000274202", "8000078945", "61ab02df21", "1000238205", "1000172948",
                       "1000122409", "1000186648", "1000359364", "1000117018", "3d86f7f88b"],
            "dixy": [],
            "perekrestok": ["4227614", "20615", "3666242", "3427052"],
        }, "glazed curd snacks with vanilla (ваниль/ванилин/ванильный, incl. the glazed «суфле с ванилью» and the "
           "6-pack of Ростагрокомплекс vanilla bars); Магнит Ростагроэкспорт «ванильный, 20%, 45г» taken as the "
           "glazed bar (same product as Перекрёсток «с ароматом ванили глазированный 20%, 45г» - outside "
           "knowledge); unglazed vanilla curd bars (90-100 g), Сыркофф and Коровка из Кореновки (glaze not "
           "stated), «ваниль-карамель» and other flavours excluded; «3 штучки» is a quantity"),
    ]),
    # L03 tea-time sandwich
    ("сыр кусочком не нарезку, колбаска вареная к чаю, батон нарезной беленький который длинный", [
        ("сыр кусочком не нарезку", {
            "pyaterochka": ["3356581"],
            "magnit": ["1000387429", "1000057898", "1000074377", "1000153883", "1000242775", "1000242776",
                       "1000316960", "1000316961", "1000316962", "1000316963", "1000332012", "1000352345",
                       "1000358774", "1000367084", "1000367086", "1000368974", "1000371470", "1000372106",
                       "1000383360", "1000384143", "1000417247", "1000426484", "1000451006", "1000464833",
                       "1000500634", "1000500639", "1000500641", "1000512567", "1000564747", "1000565717",
                       "1000578272", "1899800173", "8000032665", "8000032666", "8000040121", "8000068573",
                       "0086507076", "07ea28435e", "0dc02300a0", "13cdfe21e3", "19a309a351", "1a90d33db1",
                       "27147c26e5", "48c9a80520", "4cef7f7bed", "59a960bc76", "612aa92a54", "632a4664e6",
                       "6d81c195d5", "774853cd47", "8555af9284", "90021816c1", "959ebe85ab", "9b0afa1bae",
                       "9c07667d61", "a296745f42", "aa8307af5f", "bdf248d14f", "de08dbdc63", "e1ddb3122f",
                       "e7e41c2d16", "eea589ee34", "f1ec862f1b", "f524067ea6", "f55c16f629", "f6d00325e6",
                       "f7f5ec29c3"],
            "dixy": ["2000176772", "2000184737", "2000209050", "2000279127", "2000302672", "2000317363",
                     "2000325240", "2000397412", "2000397447", "2000407435", "2000418432", "2000420018",
                     "2000541532", "2000557813", "2000566494", "2000578152", "2000579911", "2000588771", "2000597551"],
            "perekrestok": ["3347817", "3496416", "3505826", "3629975", "3668882", "3958445", "4133358", "4280949",
                            "4282006", "4353316", "4357611", "4370306", "3500346", "4003954"],
        }, "real cheese bought as a piece, block, wedge or by weight: hard and semi-hard cheeses (Российский, "
           "Голландский, Гауда, Маасдам, Тильзитер, Ламбер, Пармезан, Чеддер, Эдам, Сметанковый, Сливочный…), "
           "blue-veined wedges, and brine cheeses in pieces (брынза, сулугуни, адыгейский, халлуми); «кусочком не "
           "нарезку» excludes sliced/«слайсы»/«ломтики», grated and cubed cheese; balls and soft/spreadable "
           "cheeses (моцарелла, скаморца, рикотта, маскарпоне, буррата, страчателла, кремчиз) and small "
           "white-mould wheels (камамбер, бри) are not pieces; smoked and flavoured cheeses (копчёный, "
           "косичка/чечил strings, с орехами, с перцем, песто, с томатами, «со вкусом топлёного молока», Радость "
           "вкуса «Топлёное молочко»), Экомилк «Фетика» and Cheese House «Cheese 20%» (not clearly real cheese), "
           "the «Ассорти» pack, tofu, плавленый/творожный cheese and cheese products excluded; Пятёрочка "
           "Брест-Литовск «легкий 35% 150г», Valio «Чеддер 120 г» and Магнит President «Мастер бутерброда» 150 г "
           "left out as these packs are slices (outside knowledge); Сыроварня Трубецких «с пажитником» (flavoured) "
           "excluded"),
        ("колбаска вареная к чаю", {
            "pyaterochka": ["3636156"],
            "magnit": ["60ec499c51", "6187ab2c5c", "3a639c7d3d", "4204e62e10", "892b23214a", "352b78741a",
                       "0406a2a7ef", "c9c2b3f600", "6e16b1777a", "89c39c317d", "fa414b5a8d", "47bbbb5374",
                       "fa236141ca", "233ff452a9", "80689e53b3", "0505750ecb", "4061304bee", "a1d07647fd",
                       "6cf62c7ba3"],
            "dixy": ["2000566596", "2000544937", "2000302807", "2000402411", "2000404595", "2000577531",
                     "2000563511", "2000275319", "2000595018", "2000556092", "2000538031", "2000595016"],
            "perekrestok": ["3385812", "4300888", "2170372", "3434232", "4312573"],
        }, "boiled sausage (варёная колбаса: Докторская, Молочная, Русская, Сливочная, Классическая, Филейская, "
           "Мясная, Стародворская…, loaf or sliced, incl. the children's poultry boiled sausage); «к чаю» is a "
           "purpose; liver sausage, smoked/dry sausages, ham, frankfurters, small boiled «колбаски», frying "
           "sausages, Пятёрочка «Колбаса Столичная» (a dry-cured GOST sausage - outside knowledge), Магнит "
           "«Говяжья особая» and «Папа может Филейная» (type not stated) excluded"),
        ("батон нарезной беленький который длинный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "the «Батон Нарезной» variety (whole or pre-sliced); other батоны (Молочный, к завтраку, Новый, "
           "Отрубной, Утренний, Горчичный, Зерновой, plain «Батон»), baguettes and bread excluded"),
    ]),
    # L04 sweets like in childhood
    ("печенье овсяное как в детстве, конфеты шоколадные на развес, пряники мятные белые к чаю, зефир белый ванильный как раньше", [
        ("печенье овсяное как в детстве", {
            "pyaterochka": ["3613448"],
            "magnit": [],
            "dixy": ["2000351526", "2000214298", "2000325940", "2000235792", "2000225711", "2000529080",
                     "2000349045", "2000535032"],
            "perekrestok": ["3681160", "4032428", "4315655", "4284221", "3438892", "4123144", "4024594", "3218321",
                            "3505244", "3901907", "3951119", "2023501", "4113987", "4251005", "3603607", "3613448"],
        }, "plain oatmeal cookies (классическое, Особое, Домашнее, постное, children's ФрутоНяня, «с овсяными "
           "хлопьями»); «как в детстве» is a wish; oat cookies with raisins, chocolate, fillings, glaze, honey, "
           "cereal/«злаковое ассорти»/«5 злаков» mixes, «Изюминка», Arte Bianca «Янтарная сказка» (flavour not "
           "stated), sugar-free on sorbitol/maltitol/fructose/stevia, gluten-free, protein flapjacks and oat "
           "snacks excluded"),
        ("конфеты шоколадные на развес", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000279606"],
            "perekrestok": ["4168654"],
        }, "chocolate sweets sold loose by weight (titles without a pack weight, priced per kg): Перекрёсток "
           "Кремлина «Инжир шоколадный глазированные» and Дикси РотФронт «Птичье Молоко» (soufflé in chocolate - "
           "outside knowledge); packaged boxes and bags (incl. the Пятёрочка 1 kg flow-pack Трюфель), loose "
           "candies whose title does not show chocolate (Акконд, Конти Княжеские, Bonita/Royal ассорти, «Теплый "
           "вечер» glazed, Невский Кондитер «Картошка», Крокант, Беловежская пуща, Timi, nougat), caramel, jelly, "
           "fudge and РотФронт «Батончики»/халва excluded"),
        ("пряники мятные белые к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no mint пряники in any chain; Стойленские, chocolate, orange, cranberry and pear пряники are other "
           "products"),
        ("зефир белый ванильный как раньше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain white vanilla зефир in any chain; the vanilla-raspberry half-and-half pack (Коломенский), "
           "Шарлиз «Бело-розовый», fruit (apple, cranberry, strawberry, blackcurrant, lingonberry) and "
           "chocolate-covered зефир excluded"),
    ]),
    # L05 borscht vegetables
    ("картошечка 3 кило, морковочка пару штучек, лучок репчатый с килограммчик, свеколка на борщ 2 штучки", [
        ("картошечка 3 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "3987", "4342860", "3142878", "3142879", "3074469", "43968", "3092450",
                            "4265670"],
        }, "fresh potatoes of any kind and pack (loose, net, washed, red, «Бэби», «для варки/жарки» 3 kg, Чик-Чик "
           "1 kg taken as fresh as in set vy); «3 кило» is a quantity; batat, boiled peeled, frozen and fried "
           "potatoes, ready dishes (Магнит «АЙДАХО»), chips and seasonings excluded; Магнит and Пятёрочка carry no "
           "fresh potatoes"),
        ("морковочка пару штучек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "3463356", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots of any pack (loose, washed, net, mini, «для сока»); «пару штучек» is a quantity; boiled "
           "carrots, Korean carrot salads, juices and pet food excluded"),
        ("лучок репчатый с килограммчик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (loose, net, packs, peeled, red onion - still репчатый); the weight is a quantity; "
           "dried/ground onion, onion rings and sauces excluded"),
        ("свеколка на борщ 2 штучки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "786", "3378167", "13998", "4375880", "3368257", "82265",
                            "4208428", "3625863", "4299508"],
        }, "fresh raw beetroot (loose, packs, bunches, young, peeled raw «Свекла очищенная» by weight - taken as "
           "raw, fresh cut and shredded «свежая резаная»/«очищенная соломка»); «2 штучки» is a quantity, «на борщ» "
           "a purpose; boiled beets («варёная»/«отварная», and Перекрёсток «Свёкла целая очищенная, 500г» - vacuum "
           "pack taken as boiled, outside knowledge), pickled/marinated beets, Korean beet salad, chard, dried "
           "beet and seeds excluded"),
    ]),
    # L06 salad vegetables
    ("капустка белая вилок небольшой\nпомидорчики розовые мясистые\nогурчики пупырчатые короткие", [
        ("капустка белая вилок небольшой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["198", "1546", "45661"],
        }, "fresh white cabbage heads (incl. «ранняя»; Перекрёсток plain «Капуста» taken as white cabbage, as in "
           "set vy); «небольшой» is a wish; shredded/cut packs (not a вилок), sauerkraut, marinated and Korean "
           "cabbage, cauliflower, broccoli and seeds excluded"),
        ("помидорчики розовые мясистые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465"],
        }, "fresh pink tomatoes (titles saying «розовые»); «мясистые» is a wish; red, yellow, cherry, cocktail, "
           "plum, Кумато, Бычье сердце, Махитос, Голубая леди and tomatoes of unstated colour (Дагестан, "
           "Фермерские), canned, marinated and sun-dried tomatoes excluded"),
        ("огурчики пупырчатые короткие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000327957"],
            "perekrestok": ["3255111", "2088998", "4072", "3368260"],
        }, "fresh short bumpy cucumbers: «колючие» (spiny) cucumbers, «короткоплодные», Бакинские (short bumpy "
           "Azerbaijani cucumbers) and Дикси fresh «корнишоны, в упаковке» (taken as fresh, as in set vy) - the "
           "last three rest on outside knowledge; smooth («гладкие»), long-fruited cucumbers and packs/loose "
           "cucumbers of unstated type (Огурцы 600 г, фасованные, Хрустящие), pickled, salted and marinated "
           "cucumbers excluded"),
    ]),
    # L07 groats
    ("гречка ядрица в пакетиках для варки которая в коробочке, пшенка на кашку, овсянка геркулес не быстрая, манка крупа пачечку", [
        ("гречка ядрица в пакетиках для варки которая в коробочке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000300392", "2000272542"],
            "perekrestok": ["4353613", "28960", "4061364", "4009020", "3674200", "3603166", "3696237", "3493533"],
        }, "buckwheat groats in boil-in-bags (titles with «в пакетах для варки»/«варочных пакетах» or a bag count "
           "4x100, 5x80, 8x62.5, 8x80 g); titles without «ядрица» (Увелка Экстра, Prosto «для гарнира») taken as "
           "ядрица - no продел is on sale (as set vy); «в коробочке» cannot be checked and is not a filter; "
           "loose-pack buckwheat, green buckwheat, porridges and ready buckwheat dishes excluded"),
        ("пшенка на кашку", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats (пшено), incl. the boil-in-bag pack; «на кашку» is a purpose; Пятёрочка Myllyn Paras "
           "«Каша пшенная» (a porridge product), the rice-millet mix «Дружба», wheat (пшеничн-) products and ready "
           "porridges excluded"),
        ("овсянка геркулес не быстрая", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000222892", "2000219614", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "3469028", "2105514", "3933387", "3421663", "6752"],
        }, "rolled oats of the «Геркулес» kind not sold as quick: titles with «Геркулес» (traditional, "
           "Монастырский, Финский, Фермерский, Нежный, plain); «не быстрая» excludes «быстрого приготовления», "
           "«3-5 мин», «1 минута», instant porridges and flavoured sachets; «Экстра» flakes (a quick-cooking "
           "grade), Ясно Солнышко №1-№3, Nordic and other flakes whose title names no Геркулес, oat flour, oat "
           "drinks and cookies excluded"),
        ("манка крупа пачечку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no semolina groats in any chain; Makfa flavoured «Каша манная» sachets and lagman noodles are other "
           "products"),
    ]),
    # L08 tinned and preserved fish
    ("селедочка кусочками в масле в баночке, шпроты в плоской баночке, килечка в томате, горбуша в банке на суп", [
        ("селедочка кусочками в масле в баночке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000162753", "2000236692", "2000242531"],
            "perekrestok": ["3345483", "3683735", "3463465", "4322376"],
        }, "herring fillet pieces in oil, plain (Vici «К картошке»/традиционная, Мореслав, Русский Невод, "
           "Исландка, Пр!ст); «в баночке» is the usual plastic tub and not a filter; pieces with dill, smoke, "
           "spices or herbs, whole fillets in oil («филе в масле» without «кусочки»: Леор, Матиас, Русское море «к "
           "картошке» 400 г, Балтийский Берег «по-царски», Маркет), herring in marinade/wine/mayonnaise/tomato, "
           "whole salted or smoked herring excluded"),
        ("шпроты в плоской баночке", {
            "pyaterochka": [],
            "magnit": ["861990d37c", "cb3b169ef1", "1bdba960f3", "3382c3c046"],
            "dixy": [],
            "perekrestok": [],
        }, "sprats in oil (all sold in flat tins), incl. «крупные»; sprats «с халапеньо» (flavoured) excluded"),
        ("килечка в томате", {
            "pyaterochka": [],
            "magnit": ["b755c9549a"],
            "dixy": [],
            "perekrestok": [],
        }, "kilka in tomato sauce; Лаатса fried kilka «с чили» (flavoured) excluded"),
        ("горбуша в банке на суп", {
            "pyaterochka": [],
            "magnit": ["fe303b7cfa"],
            "dixy": [],
            "perekrestok": ["3653861"],
        }, "canned pink salmon (натуральная); «на суп» is a purpose; frozen fillets, dried «соломка», lightly "
           "salted/smoked slices, salmon caviar and fish spreads excluded"),
    ]),
    # L09 meat and pelmeni
    ("окорочка куриные из холодильника не мороженые, фарш домашний полкило, пельмешки сибирские в пачке", [
        ("окорочка куриные из холодильника не мороженые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken leg quarters (окорочка) in any chain; chicken thighs (бедро), drumsticks in marinade, wings "
           "and pork «окорок» are other cuts"),
        ("фарш домашний полкило", {
            "pyaterochka": [],
            "magnit": ["1f9a3b6240"],
            "dixy": [],
            "perekrestok": ["4364589"],
        }, "«Домашний» minced meat (Магнит Свежесть «Домашний», Хороший Кусок «домашний мясной»); «полкило» is a "
           "quantity; Ближние Горки «деревенский», Черкизово «Фермерский», pork, beef, turkey and fish mince "
           "excluded"),
        ("пельмешки сибирские в пачке", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        }, "read as the half-remembered brand «Сибирская коллекция» (all its pelmeni; no pelmeni are titled "
           "«Сибирские») - judgement; Цезарь «Гордость Сибири», other brands' pelmeni, vareniki and khinkali "
           "excluded"),
    ]),
    # L10 baking
    ("мука блинная в пачке с блинчиками, дрожжи сухие пакетик маленький, ванилин пакетик для пирога, сахарок песок пару пачек", [
        ("мука блинная в пачке с блинчиками", {
            "pyaterochka": [],
            "magnit": ["5636222689", "6ea45de7b6"],
            "dixy": ["2000214069"],
            "perekrestok": ["3502352", "16319", "2053130"],
        }, "pancake flour («мука блинная», any brand); the picture on the pack is not a filter; wheat flour, ready "
           "pancakes and pans excluded"),
        ("дрожжи сухие пакетик маленький", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry instant yeast sachets (Саф-Момент 11 g); pressed yeast Люкс Экстра (Магнит; Дикси's title says "
           "both «сухие» and «прессованные», 100 g block - taken as pressed, as in set vy) excluded"),
        ("ванилин пакетик для пирога", {
            "pyaterochka": [],
            "magnit": ["029c368571"],
            "dixy": [],
            "perekrestok": [],
        }, "vanillin (ХААС 1.5 g); vanilla sugar (Dr.Bakers «Сахар ванильный») is another product; "
           "vanilla-flavoured goods excluded"),
        ("сахарок песок пару пачек", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar of any pack (Чайкофский «Рафинированный» 900 g, Советский Экстра, 1 kg and 5 kg "
           "packs); «пару пачек» is a quantity; cane/brown, coconut, lump/pressed sugar, icing sugar and vanilla "
           "sugar excluded"),
    ]),
    # L11 oil and spices for pickling
    ("масло подсолнечное нерафинированное пахучее как с рынка, уксус 9 процентов столовый, лаврушка пакетик маленький, перец черный горошком пакетик для засолки", [
        ("масло подсолнечное нерафинированное пахучее как с рынка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4149438", "3608379", "3683883", "4311768", "2071663", "3653773", "4307791"],
        }, "unrefined sunflower oil (any brand and size, incl. «из жареных семечек» and Getuva high-oleic "
           "unrefined); «пахучее как с рынка» is a wish; refined oils, blends «с добавлением "
           "оливкового/льняного/миндального», flavoured Almador, olive, mustard and avocado oils excluded"),
        ("уксус 9 процентов столовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 9 % table vinegar in any chain; Перекрёсток «Уксус виноградный … 6%» is another vinegar"),
        ("лаврушка пакетик маленький", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "bay leaves (Kotanyi 5 g, Пр!ст 10 g); «пакетик маленький» is a quantity"),
        ("перец черный горошком пакетик для засолки", {
            "pyaterochka": [],
            "magnit": ["9303052c5b"],
            "dixy": ["2000024941", "2000303083", "ЦТ0046007", "2000557371", "2000260537", "2000315723"],
            "perekrestok": ["4207245", "3904322", "4202515", "9505", "3641165", "88779", "3661159", "9387",
                            "3395331", "4113011", "3479407", "3166460", "3213422", "3481023", "3689196", "3500195",
                            "69129", "3172904"],
        }, "whole black peppercorns («горошек/горошком/целый», any pack size); «пакетик» is read as a unit, «для "
           "засолки» as a purpose; ground and crushed pepper, pepper in a grinder, titles that do not say whole or "
           "ground (Kamis 42 г, Маркет 36/50 г, Santa Maria «Теличерри»), pepper mixes and allspice excluded"),
    ]),
    # L12 household
    ("мыло хозяйственное 2 куска 72 процента, порошок для ручной стирки коробку, белизна бутылку большую, спички коробков 10", [
        ("мыло хозяйственное 2 куска 72 процента", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household (хозяйственное) soap in any chain; toilet soaps (DURU, Palmolive, банное, Крестовниковых) "
           "are other products"),
        ("порошок для ручной стирки коробку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no washing powder for hand wash in any chain: all powders are «автомат» or do not say hand wash (МИФ, "
           "Persil Сов, Synergetic «универсальный»); gels, capsules, dishwasher and scouring powders are other "
           "products"),
        ("белизна бутылку большую", {
            "pyaterochka": ["3413434"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Белизна» chlorine bleach: Пятёрочка Sanfor «гель белизна 3в1» (a chlorine bleach gel - judgement); "
           "«бутылку большую» is a wish; oxygen bleaches and stain removers (ACE, Synergetic), Domestos "
           "«Ультрабелый» cleaners and toilet blocks excluded"),
        ("спички коробков 10", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no matches in any chain"),
    ]),
    # L13 sweets by weight
    ("конфеты коровка на развес, мишка на севере на развес, батончики рот фронт грамм 200, вафли артек пачку", [
        ("конфеты коровка на развес", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Коровка» fudge candies in any chain; Коровка wafers (Пятёрочка) and Коровка из Кореновки ice "
           "cream, curd snacks and sour cream are other products (trap)"),
        ("мишка на севере на развес", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Мишка на Севере» candies in any chain; the wafer cake «Мишка косолапый» and «Космомишки» curd "
           "snacks are other products"),
        ("батончики рот фронт грамм 200", {
            "pyaterochka": ["79732"],
            "magnit": ["a40f5fe2d1", "c387bf6cae", "d0cd6a942e"],
            "dixy": ["2000116547"],
            "perekrestok": ["2057839"],
        }, "Рот Фронт «Батончики» candies, any variant and pack (loose by weight at Дикси, 100 g, 250 g, the 1 kg "
           "bag); «грамм 200» is a quantity of a weighed sweet, not a pack size; other Рот Фронт sweets (Маска, "
           "халва, «Любимые с детства» assortment, caramel, marmalade) excluded"),
        ("вафли артек пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Артек» wafers in any chain; other wafers (Коломенское, Коровка, Lucky Days, Джек…) are other brands"),
    ]),
    # L14 coffee and tea table
    ("кофе растворимый в стеклянной банке, сгущенка в синей банке, сахар кусочками рафинад в коробке", [
        ("кофе растворимый в стеклянной банке", {
            "pyaterochka": ["3291822", "2141879"],
            "magnit": ["432d08fee3", "c96912b91e", "cc7dfb915f", "d84b87b448", "9b2d4e05df", "0386d066d3",
                       "d377483cd5", "3792ee999f", "9b7c8128ee", "75165edd66"],
            "dixy": [],
            "perekrestok": [],
        }, "instant coffee in a glass jar: no title names the pack, so only jars known to be glass are accepted "
           "(outside knowledge) - Egoiste 100 g, Bushido 100 g, Карт Нуар 95 g, Jacobs Monarch/Monarch Intense 95 "
           "g, Tchibo Gold Selection 95 g, Nescafe Classic/Classic Crema 95 g; instant coffees sold in pouches or "
           "of unknown pack (70-75 g, 110-150 g, 170-190 g packs, Ambassador, Жокей, Мокко, Фреско, Black Swan, "
           "Черная Карта, Д'Арте, Nescafe Gold…), 3-in-1 drinks, ground and bean coffee and chicory excluded"),
        ("сгущенка в синей банке", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "1000427075", "cc9252c04f", "be9bed5042", "66294fd8e5",
                       "1000129520", "dedd707721", "1000383833"],
            "dixy": ["T000025031", "2000186451", "2000014518"],
            "perekrestok": ["3484257", "3376242", "4147345", "3913111", "4218934", "4211054"],
        }, "sweetened condensed milk in a tin («сгущённое с сахаром»/«цельное 8,5 %», incl. the 1 % Пр!ст); the "
           "colour of the label is not a filter; soft packs (Дикси Алексеевское «сашет 650 г», the same 650 g "
           "Алексеевское at Магнит and Перекрёсток, Главпродукт 600 г) and the 100 g Алексеевское (a tube - "
           "outside knowledge) excluded as not a банка; варёная сгущёнка, condensed milk with coffee, Магнит "
           "«концентрированное стерилизованное» (unsweetened), Моя цена «Продукт молочный Сгущенка» and sweets "
           "with condensed milk excluded"),
        ("сахар кусочками рафинад в коробке", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000538871", "10E0076829", "2000350151"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (рафинад кусковой / «прессованный», any box size); cane lump sugar and granulated "
           "sugar excluded; «в коробке» is how lump sugar is sold and not a further filter"),
    ]),
    # L15 fermented milk
    ("кефир в зеленой пачке 2.5%\nряженочка пол-литра\nпростоквашу как у бабушки\nснежок сладкий бутылочку", [
        ("кефир в зеленой пачке 2.5%", {
            "pyaterochka": [],
            "magnit": ["1000451590", "1000439735", "1000139426", "610b0779be", "1000350608", "1899800689",
                       "8000033639", "1899912534"],
            "dixy": ["ЦТ0028202", "2000560991"],
            "perekrestok": ["4280893", "4245052", "4280483", "4137919", "4263418", "4229630", "3491537", "4233125",
                            "3604726", "2173827", "2093082", "3386041", "3429041"],
        }, "kefir of exactly 2.5 %, any brand and size; the colour of the pack is not a filter; other fat levels, "
           "«биокефирный/кефирный продукт», ryazhenka and ayran excluded"),
        ("ряженочка пол-литра", {
            "pyaterochka": [],
            "magnit": ["1000451592"],
            "dixy": [],
            "perekrestok": [],
        }, "ryazhenka in a half-litre pack (Большая кружка 4 % 500 г); «пол-литра» names the pack, so 175-430 g, "
           "800-900 g packs and flavoured/children's ryazhenka are excluded"),
        ("простоквашу как у бабушки", {
            "pyaterochka": [],
            "magnit": ["1000284419", "26c8070a70"],
            "dixy": ["2000543672"],
            "perekrestok": [],
        }, "простокваша (Эго термостатная / «Мечниковская»); «как у бабушки» is a wish; kefir, varenets, ryazhenka "
           "and Простоквашино-brand products (a brand, not простокваша - trap) excluded"),
        ("снежок сладкий бутылочку", {
            "pyaterochka": [],
            "magnit": ["34811ecb49"],
            "dixy": ["2000536774", "2000604081"],
            "perekrestok": [],
        }, "plain Снежок (Торжок 500 г, Домик в деревне 270 г, Хуторок 430 г); «сладкий» describes snezhok itself, "
           "«бутылочку» is a quantity; the strawberry children's ФрутоНяня Снежок (flavoured) excluded"),
    ]),
    # L16 sausage, cheese, bread
    ("колбаса докторская кусок батончиком, сыр российский кусочком граммов на триста, хлеб дарницкий полбуханки", [
        ("колбаса докторская кусок батончиком", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "352b78741a", "0406a2a7ef", "c9c2b3f600", "6e16b1777a",
                       "89c39c317d", "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "80689e53b3",
                       "0505750ecb"],
            "dixy": ["2000404595"],
            "perekrestok": ["3385812", "2170372", "3434232"],
        }, "Докторская boiled sausage as a whole piece/loaf or by weight (incl. «Особая», «от шефа», мини); sliced "
           "packs («нарезка»: Дикси МД Бородина 190 г, Перекрёсток Черкизово 150 г), Докторские sausages (сосиски) "
           "and other boiled sausages excluded; Магнит «100г» items are sold by weight"),
        ("сыр российский кусочком граммов на триста", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese (incl. «Российский молодой») as a piece or by weight; «граммов на триста» is a "
           "quantity; «Российский слайсами» (sliced) and the «Продукт По-Российски» (vegetable-fat cheese product) "
           "excluded"),
        ("хлеб дарницкий полбуханки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974720", "4074396", "3627134", "3953836", "4354623", "2053660"],
        }, "Дарницкий rye-wheat bread (whole, half «часть изделия» and sliced loaves); «полбуханки» is a "
           "quantity/unit (as «буханка» in set vy); the Дарница brand's «Двинский» and «ржаной подовый половинка» "
           "(brand word, other breads - trap) and Бородинский excluded"),
    ]),
    # L17 fish and porridge
    ("рыбка минтай мороженый, рис круглый на кашку, сметана погуще, петрушечка свежая", [
        ("рыбка минтай мороженый", {
            "pyaterochka": [],
            "magnit": ["feaf47ac86", "21f5feb583"],
            "dixy": ["DI00079597"],
            "perekrestok": ["4352277"],
        }, "frozen pollock (тушка or fillet, «свежемороженый/замороженный»); Магнит «МИНТАЙ полуфабрикат из "
           "замороженного сырья» (fish thawed and sold chilled, not frozen), pollock mince, roe and ready fish "
           "cakes excluded"),
        ("рис круглый на кашку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["3231277", "3469128", "3469127", "4332035", "3674360", "3603169"],
        }, "round-grain rice (круглый/круглозёрный/круглозернистый, incl. Краснодарский, Кубань, Италика and "
           "boil-in-bag packs); «на кашку» is a purpose; Адриатика and Бальдо (risotto varieties, as in set vy), "
           "sushi rice, long-grain, parboiled, brown and rice mixes excluded"),
        ("сметана погуще", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000102474", "1000203662", "1000208902", "1000219465", "1000237596",
                       "1000237597", "1000241416", "1000253705", "1000372781", "1000372784", "1000372785",
                       "1000429067", "1000461809", "1000461810", "1000463648", "1000553874", "1000558440",
                       "1000574404", "1000574405", "1899900582", "1899913371", "8000030079", "8000035449",
                       "8000057502", "8000068594", "8000072734", "2645f50028", "30145abd36", "4221528ef6",
                       "65c9123e96", "87741a9faa", "a15781b1ca", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000100619", "2000166052", "2000220966", "2000220967", "2000230594",
                     "2000276122", "2000276139", "2000279280", "2000294264", "2000411404", "2000411407",
                     "2000509087", "2000509714", "2000509715", "2000544033", "2000544034", "2000558211",
                     "2000595012", "2000602951"],
            "perekrestok": ["29910", "3142744", "3166306", "3181748", "3391034", "3423443", "3629029", "3632833",
                            "3632834", "3634035", "3651189", "3658372", "3667086", "4072176", "4087849", "4095524",
                            "4121582", "4121607", "4221355", "4221356", "4226994", "4229625", "4241375", "4246009",
                            "4250761", "4264297", "4320001", "4320002", "4335470", "4349771", "4349772", "4376610"],
        }, "plain sour cream of any fat, brand and size (incl. «из топлёных сливок» and lactose-free); «погуще» is "
           "a wish; garlic sour cream (Пятёрочка РостАгроЭкспорт «с чесноком»), sour-cream mayonnaise, cheese "
           "«Сметанковый», cakes and chips excluded"),
        ("петрушечка свежая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley (Дикси pack 75 g); dried parsley, ketchup «укроп-петрушка» and microgreens excluded"),
    ]),
    # L18 fruit
    ("яблочки зеленые кислые килограмм, бананчики желтые не зеленые, мандаринки сладкие, изюм темный без косточек грамм 200", [
        ("яблочки зеленые кислые килограмм", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664", "4047567", "4194478", "4152180", "3171926"],
        }, "fresh green apples: titles saying «зелёные» and the green sour varieties Гренни Смит and Симиренко "
           "(outside knowledge); «килограмм» is a quantity; yellow Голден/Гольден, red and other varieties and "
           "apples of unstated colour (Органика, ранние, Садовые…), apple juice and zephyr excluded"),
        ("бананчики желтые не зеленые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625"],
        }, "ordinary fresh bananas (Дикси «спелые», Перекрёсток loose and Био); ripeness cannot be checked and is "
           "a wish; red bananas (colour), plantains «для жарки» and dried bananas excluded"),
        ("мандаринки сладкие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins (Дикси «Мандарины сладкие»); olives and drinks with mandarin excluded"),
        ("изюм темный без косточек грамм 200", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dark raisins in any chain; Перекрёсток «Изюм Голден» and «Изюм светлый» are light raisins (colour "
           "written)"),
    ]),
    # L19 for tea
    ("вареньице малиновое, мед гречишный темный баночку, баранки с маком связку, сушки маленькие", [
        ("вареньице малиновое", {
            "pyaterochka": [],
            "magnit": ["bb783c4961"],
            "dixy": ["2000318053", "2000546998"],
            "perekrestok": ["4253746", "4252161", "4204893"],
        }, "raspberry varenye (RICCO/Mr.Ricco, Круглое лето, Пр!ст, Маркет, Ратибор); raspberry jam («джем»), "
           "raspberries «протёртая с сахаром» and other berries excluded (варенье ≠ джем, as in set d)"),
        ("мед гречишный темный баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3687699", "4320671"],
        }, "buckwheat honey (Маркет 350/500 g); «темный» describes buckwheat honey itself, «баночку» is a "
           "quantity; other honeys and chak-chak «с гречишным мёдом» excluded"),
        ("баранки с маком связку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no baranki with poppy seeds in any chain; plain/vanilla baranki (Каравай, Семейка Озби) lack the "
           "written poppy seeds and Невская сушка «маковые» are сушки, not баранки (trap); poppy seeds and buns "
           "excluded"),
        ("сушки маленькие", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": ["4280136"],
        }, "small сушки: Магнит Невская сушка «Сушки-мини» (with poppy seeds) and Перекрёсток «Ладожский малышок» "
           "(small sushki without sugar); Дикси Nina Farina garlic «тараллини» (flavoured Italian snack) and "
           "баранки excluded"),
    ]),
    # L20 half-remembered brands
    ("масло простоквашина 82 процента, творожок вкусвилл обезжиренный, молочко домик в деревне в бутылочке", [
        ("масло простоквашина 82 процента", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Простоквашино butter in any chain (read as the brand Простоквашино, spelled as remembered); other "
           "brands' 82.5 % butter is not accepted for a named brand"),
        ("творожок вкусвилл обезжиренный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no ВкусВилл products in any chain; fat-free cottage cheese of other brands is not accepted for a named "
           "brand"),
        ("молочко домик в деревне в бутылочке", {
            "pyaterochka": [],
            "magnit": ["1000143306", "8000026015", "1000553875", "8000026014", "cfca1c1906", "ef94b89629",
                       "115e5fb52e", "1000035016"],
            "dixy": ["2000594992", "2000313238", "2000227471", "2000133521"],
            "perekrestok": [],
        }, "Домик в деревне drinking milk in a bottle: its pasteurised 930 ml, 1.4 l and 1.9 l packs (PET bottles "
           "- outside knowledge, titles do not name the pack); Домик в деревне UHT 950 g (cartons), lactose-free "
           "UHT, ryazhenka, kefir and other brands excluded"),
    ]),
    # L21 cat and toilet paper
    ("корм для кошечки в пакетиках, наполнитель для кошачьего туалета древесный в гранулах, туалетная бумага мягкая", [
        ("корм для кошечки в пакетиках", {
            "pyaterochka": [],
            "magnit": ["022e1cb063", "0aa722ea47", "0adb281b8b", "159c859f66", "1bc3a52946", "238c0d6220",
                       "258ae7de32", "3d18463c21", "4a4b946ca6", "4b45bf5084", "4f374f40d8", "5475a65fae",
                       "54a53edec1", "5c2b5eca31", "5e3ba75210", "8555865978", "860a44990e", "88bfe8e014",
                       "92c1566d7e", "932c94424e", "9bf8b5b90c", "9f6054f9aa", "b357a754b6", "b5120b46c3",
                       "ba1a288ef8", "bbcb5d5f30", "bbcc3f6e2b", "bc08b83fbb", "bceeba235b", "bf4253574e",
                       "c44cca57cb", "c6afce15d2", "cbfaedea0b", "d08035f21d", "d50e8152be", "e615cc80e5",
                       "eeb0d50af5", "f46b40c2dc", "2493311", "2493331", "2493341", "2493371", "2493411", "2493421",
                       "2493431", "2493691", "2541861", "2541881", "2541891", "2586511", "2586551", "2586561",
                       "2586581", "2586591", "2586621", "2586641", "2586661", "2586671", "2586681", "2586691",
                       "2586701", "2586731", "2586741", "2586751", "2586791", "4907621", "4907631", "4907641",
                       "4907651", "5167901", "5167911", "5168331", "5168341", "5168351", "5178631", "5178641",
                       "5227421", "5252471", "5257221", "5362361", "5389101", "5389501"],
            "dixy": ["2000325835", "2000325836", "2000325855", "2000371065", "2000373777", "2000424138",
                     "2000424149", "2000537995", "2000539213", "2000571853", "2000604092"],
            "perekrestok": ["3496906", "4002291", "4002293", "4009059", "4249859"],
        }, "wet cat food in pouches (75-85 g Felix/Феликс, Whiskas, Kitekat, Perfect Fit, Purina One, "
           "Gourmet/Гурмэ, Sheba, Nature's Table, incl. kitten and sterilised formulas and Felix «суп» 48 g "
           "pouches); dry food, Whiskas «Подушечки», the Whiskas 1.9 kg pack, the tinned Мнямс 70 g, the untitled "
           "Магнит «Корм для кошек» and dog food excluded"),
        ("наполнитель для кошачьего туалета древесный в гранулах", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no wood-pellet litter in any chain; Магнит «Кэт Степ» is silica gel (другой наполнитель)"),
        ("туалетная бумага мягкая", {
            "pyaterochka": [],
            "magnit": ["013f5191a0", "0f9bdfbe08", "11634cf6c9", "2300103434", "24f2c70304", "328b9015fd",
                       "475d902330", "6189f05c16", "939f14debe", "9a0bd598be", "b0339ecad9", "be21812bf9",
                       "be65d013c1", "cdc752b01e", "e01188fba0", "e9a925895a", "f88b88076f"],
            "dixy": ["2000142974", "2000294361"],
            "perekrestok": ["75364"],
        }, "toilet paper rolls of any brand, ply and pack (Zewa/Зева, Papia/Папия, Familia, Soffione); «мягкая» is "
           "a wish; wet toilet paper, paper towels, handkerchiefs and facial tissues excluded"),
    ]),
    # L22 pantry
    ("макароны рожки пачечку, вермишель паутинка тоненькая, тушенка говяжья гост банку", [
        ("макароны рожки пачечку", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "f20a2d2027", "367d4ecfc8"],
            "dixy": ["2000575212", "2000544352", "2000005384", "2000005385", "2000572794"],
            "perekrestok": ["4340660", "3435299", "4328907", "82772", "4273871", "4199587"],
        }, "dry pasta shaped as рожки (рожки, рожок крупный/большие, витой рожок, рожок-полубублик, Роллтон «Рожки "
           "с оливковым маслом», and Maltagliati «Chifferini Rigati» - chifferi are small elbows/рожки, outside "
           "knowledge), any pack incl. the Моя цена 3 kg bag; «пачечку» is a quantity; other shapes (перья, "
           "спирали, спагетти, ракушки…) and the coloured «Рожок Малютка с томатами и шпинатом» excluded"),
        ("вермишель паутинка тоненькая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000015331"],
            "perekrestok": [],
        }, "«Паутинка» vermicelli (Makfa); other thin vermicelli (Makfa «Короткая тонкая», Barilla Филини, "
           "Шебекинские «лёгкая», capellini, Пр!ст/Маркет вермишель) are named otherwise and funchoza/instant "
           "noodles are other products"),
        ("тушенка говяжья гост банку", {
            "pyaterochka": [],
            "magnit": ["738a6cb8b8"],
            "dixy": ["2000192964", "2000415753", "2000302684", "T000000869"],
            "perekrestok": [],
        }, "canned stewed beef made to GOST: titles with «ГОСТ» (Главпродукт высший сорт, Иван Мясоедов, Мясные "
           "ряды, Семейный бюджет) and Дикси «Главпродукт Высший сорт 338 г» (the same product as Магнит's "
           "«ГЛАВПРОДУКТ, высший сорт, ГОСТ, 338г» - outside knowledge); stewed beef whose title does not say "
           "ГОСТ, stewed pork, turkey and horse meat excluded"),
    ]),
    # L23 cakes
    ("пирожное картошка пару штук, торт медовик небольшой к чаю, кекс с изюмом в обертке, зефир в шоколаде коробочку на подарок", [
        ("пирожное картошка пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000574151"],
            "perekrestok": [],
        }, "the «Картошка» pastry (Клер Дэлис 70 g); «пару штук» is a quantity; «Картошка» curd snacks and loose "
           "«Картошка» candies (trap), potato products excluded"),
        ("торт медовик небольшой к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Медовик cake in any chain; Перекрёсток «Пирожное Медовик» 90-110 g are single pastries, not a торт; "
           "other cakes excluded"),
        ("кекс с изюмом в обертке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3485110", "4294659"],
        }, "packaged raisin cakes (Русский Бисквит «Венский с изюмом», Маркет «со вкусом рома и изюмом»); cakes "
           "without raisins (orange, lemon, vanilla, chocolate, blueberry muffins), cake mixes and rolls excluded"),
        ("зефир в шоколаде коробочку на подарок", {
            "pyaterochka": [],
            "magnit": ["0b2c20ca98"],
            "dixy": [],
            "perekrestok": ["3688339"],
        }, "zephyr coated in chocolate (Шармэль «классический, в шоколаде», Старые традиции «в шоколадной "
           "глазури»); «коробочку на подарок» is a quantity and purpose; uncoated zephyr and the chilled dairy "
           "dessert «Зефир молочный в бельгийском шоколаде» of Завод Пастухова (a 60 g dairy dessert - judgement) "
           "excluded"),
    ]),
    # L24 chicken and buckwheat
    ("курочка целая тушкой, гречечка, сметанка домик в деревне 15%", [
        ("курочка целая тушкой", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken carcass (Петруха «Тушка цыпленка-бройлера» chilled); цыплёнок табака (a small "
           "split bird for frying, plain or in marinade), chicken parts and duck excluded"),
        ("гречечка", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "2000180341", "2000539995",
                     "2000219613", "1030037286"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178",
                            "4009020", "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448",
                            "4090171", "4019310", "3603166", "39155", "3696237", "3477255", "3231481", "3600743",
                            "3493533", "3994791", "3667612", "4059000"],
        }, "buckwheat groats of any brand and pack (ядрица, quick-cooking, boil-in-bag; titles without «ядрица» "
           "taken as ядрица as in set vy; Перекрёсток «Гречка Националь Камолино» accepted as titled); green "
           "buckwheat, buckwheat flour, pasta, drinks, porridges and ready buckwheat dishes excluded"),
        ("сметанка домик в деревне 15%", {
            "pyaterochka": [],
            "magnit": ["1000237597", "1000553874"],
            "dixy": ["2000220967", "2000595012"],
            "perekrestok": ["4335470"],
        }, "Домик в деревне sour cream of exactly 15 % (300 g and 450 g); its 10/20/25 % sour cream and other "
           "brands excluded"),
    ]),
    # L25 bread, kefir, eggs
    ("хлеб белый кирпичиком который формовой, кефир 3.2 процента, яйца с1 десяток в коробочке", [
        ("хлеб белый кирпичиком который формовой", {
            "pyaterochka": [],
            "magnit": ["643727af2a", "67f076fea4"],
            "dixy": [],
            "perekrestok": ["78009395"],
        }, "white wheat tin loaf: Перекрёсток «Хлеб формовой» (taken as white wheat - judgement), Магнит "
           "Коломенский «Хлеб ТОСТОВЫЙ пшеничный» (a white tin loaf) and Русский хлеб «Хлеб ГОРЧИЧНЫЙ пшеничный … "
           "высший сорт» (a white wheat tin loaf - outside knowledge); батоны, baguettes, подовый and "
           "rye/rye-wheat breads (Дарницкий, Бородинский), breads of unstated flour (Советский, Крестьянский, "
           "Французский, Сельский), multigrain toast and хлебцы excluded"),
        ("кефир 3.2 процента", {
            "pyaterochka": ["3433425"],
            "magnit": ["1000531928", "9cbe548621", "1000143510", "1000350609", "790e8c96de", "1899800795",
                       "48045cf20b", "1000307731", "37f16272a7"],
            "dixy": ["2000253973", "2000208649", "DI00081047", "2000587052", "2000331970"],
            "perekrestok": ["4153932", "3668693", "4318914", "4174038", "4198906", "4252382", "3433425", "2083868",
                            "3467795", "3682461", "4109799", "97452", "4159752", "4045978", "3922310"],
        }, "kefir of exactly 3.2 % (incl. organic and термостатный), any brand and size; ranges 3.2-4 % (Из молока "
           "Нашей дойки), other fat levels, «биокефирный/кефирный продукт» and the infant kefir Агуша «Первая "
           "ложка с 8 месяцев» excluded"),
        ("яйца с1 десяток в коробочке", {
            "pyaterochka": [],
            "magnit": ["3454700001", "e5202b5cfd", "1000247384", "2047000033", "1000247393"],
            "dixy": ["2000588991", "2000596671", "2000238733", "2000139399", "2000269323", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "chicken eggs of category С1 («1 категории») in packs of 10; «в коробочке» is the usual pack and not a "
           "filter; С0/СО/отборные, СВ/высшей категории, С2, packs of 6/15/20/30 and quail eggs excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftzNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftz\d\d ===$", line):
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
                    errors.append("ftz%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftz%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftz"))
