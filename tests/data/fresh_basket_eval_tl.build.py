#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tl.jsonl -- 25 everyday shopping lists of a household that writes the count or amount
before the product («2 молока», «10 яичек», «полкило сыра российского», «2 кг картошки», «штуки 3 йогурта питьевых»,
«2 пачки творага 9%», «3 банки тушенки говяжьей»), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tl.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tl.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list is empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftl01, ftl02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tl.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tl.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none was
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 breakfast basics
    ("2 молока, 1 батон, 10 яичек, 1 масло сливочное", [
        ("2 молока", {
            "pyaterochka": ["3146538", "2144368"],
            "magnit": ["1000122658", "1000023413", "1000035016", "1000037901", "1000049786", "1000127183",
                       "1000139951", "1000143306", "1000151468", "1000156187", "1000172272", "1000244834",
                       "1000318574", "1000323041", "1000351083", "1000417765", "1000418036", "1000445487",
                       "1000445488", "1000553875", "1000563706", "1000568396", "1051242602", "1051242645",
                       "1059990140", "1812450001", "1812450029", "1899800732", "1899800825", "8000026014",
                       "8000026015", "8000026668", "8000029029", "8000029030", "8000029505", "8000058293",
                       "8000058295", "8000079205", "8000081425", "115e5fb52e", "14bded1fbf", "18ca387556",
                       "447ce591a3", "4aff59ccac", "4e95f09bbf", "be3e0e74c3", "cfca1c1906", "ef94b89629"],
            "dixy": ["10J0077073", "2000024178", "2000066819", "2000133521", "2000204889", "2000227471",
                     "2000238271", "2000263555", "2000271385", "2000273384", "2000298650", "2000313238",
                     "2000315332", "2000328870", "2000328874", "2000509793", "2000511374", "2000546311",
                     "2000557212", "2000560951", "2000571331", "2000589411", "2000594992", "2000600211",
                     "2000600212", "2000600213", "2000603016", "DI00081046"],
            "perekrestok": ["3431582", "3668699", "3668953", "4137916", "4137917", "4153926", "4153927",
                            "4162259", "4223221", "4238319", "4244153", "4250778", "4310700", "4316451",
                            "4332464"],
        }, "drinking cow milk of any fat and pack: pasteurised, UHT, sterilised, отборное, lactose-free, "
           "children's drinking milk (Агуша, Тема «с 3 лет», also the «с 8 месяцев» milks of Аммм and Зелёная "
           "Линия - plain cow milk, as children's milk in real_basket_eval), Дикси «в ассортименте» milk and Му-у "
           "«Для капучино» (plain 3.2 % milk); «2» is a count of packs, not a filter; топлёное, goat, condensed "
           "(incl. Магнит «цельное концентрированное стерилизованное»), dry, coconut and oat/almond/soy drinks, "
           "flavoured milk drinks (ЧУДО коктейль), fermented drinks excluded"),
        ("1 батон", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d", "a37c992f14"],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4157283", "4264947", "4318510", "4318511",
                            "4329401", "4329402", "78011178"],
        }, "white wheat loaves sold as «Батон» of any variety (Отрубной, Утренний, Нарезной, Молочный, Горчичный, "
           "Зерновой, «к завтраку», Новый, plain «Батон»), sliced or whole; baguettes, батард, chiabatta, tin "
           "bread («Хлеб …»), sweet buns and chocolate/cereal «батончики» excluded; Пятёрочка and Дикси have no "
           "батон"),
        ("10 яичек", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007",
                       "2047000014", "2047000033", "3454700001", "1a8d487cea", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325",
                     "2000284425", "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250",
                            "3356111", "3392204", "3421287", "3432532", "3914040", "4012802", "4085791",
                            "4085792", "4168688", "4201192", "4201194", "4236458", "4337164", "4339427",
                            "4352464", "4364349", "4085790"],
        }, "chicken eggs in packs of 10, any class (С0, С1, С2, отборные, высшей категории, «в ассортименте»); "
           "«10 яичек» is read like «десяток» - the standard pack of 10 - so packs of 6, 15, 20 and 30 are "
           "excluded; quail eggs, liquid egg white/yolk/melange, chocolate eggs and goods «на перепелином яйце» "
           "excluded"),
        ("1 масло сливочное", {
            "pyaterochka": ["3026226", "3993159"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000262381", "1000312970",
                       "1000384151", "1000433642", "1000457493", "1000458136", "1000521208", "1000566266",
                       "1844000142", "1855599920", "1899900309", "1899911038", "3181241105", "8000045816",
                       "8000058591", "4fc2d8c8ad", "6b22928df7", "86326346d1", "87355db645", "a1a2b1e98a"],
            "dixy": ["2000186964", "2000288309", "2000401635", "2000509906", "2000538793", "2000575412",
                     "2000581831", "2000588791", "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["2029217", "2043237", "2068941", "2071031", "3026226", "3226314", "3287314",
                            "3347817", "3355277", "3363741", "3369241", "3371288", "3384196", "3396544",
                            "3406593", "3413519", "3423762", "3434127", "3472940", "34890", "3612778",
                            "3628337", "3637761", "3643092", "3645266", "3654551", "3657363", "3698785",
                            "3917028", "3922315", "3953367", "3963777", "3980020", "3999749", "4035287",
                            "4051359", "4055506", "4068626", "4135603", "4147662", "4188102", "4196090",
                            "4260609", "4260610", "4281083", "4292462", "4310021", "4343792", "86149",
                            "86150", "3699369", "4113532", "4175276", "4188099"],
        }, "butter of any fat (72.5 %, 82 %, 82.5 %, Крестьянское, Традиционное, сладко-сливочное, несолёное, "
           "lactose-free), any pack; «1» is a count; spreads (Кремлевский спред), chocolate butter (Маслом вверх, "
           "Экомилк Шоколадное 62 %), ghee/топлёное, vegetable oils and goods «со сливочным маслом» excluded"),
    ]),
    # L02 kefir, black bread, cheese
    ("пару кефиров 1%\n2 хлеба черного\nполкило сыра российского", [
        ("пару кефиров 1%", {
            "pyaterochka": [],
            "magnit": ["1000166736", "1000451591", "1000563708", "1899911984"],
            "dixy": ["2000166045", "2000227476"],
            "perekrestok": ["2084558", "3352331", "3467794", "3604602", "3636340", "4242643", "4252383",
                            "4255904", "4263416", "4328084", "4334308"],
        }, "kefir and биокефир of exactly 1 % fat, any brand and pack («пару» is a count); «Биокефирный продукт», "
           "«Кефирный продукт», Bio Баланс «Биопродукт … кефирный» (kefir products, not kefir - as in sets g and "
           "vy), kefir of other fat, flavoured kefir cocktails excluded"),
        ("2 хлеба черного", {
            "pyaterochka": [],
            "magnit": ["54f3720614"],
            "dixy": [],
            "perekrestok": ["2000243", "2024150", "2053660", "2060872", "3126329", "3382146", "3617422",
                            "3624125", "3627134", "3631465", "3634576", "3658457", "3931337", "3945535",
                            "3953836", "3965436", "3974719", "3974720", "4049144", "4074396", "4148558",
                            "4149554", "4164733", "4276930", "4329404", "4354623", "4361611", "78034786",
                            "78034810"],
        }, "dark rye and rye-wheat bread of any loaf, half or sliced pack: titles saying ржаной / "
           "ржано-пшеничный, Бородинский, Дарницкий, Двинский заварной (Дарница), Столичный, Даниловский (Магнит "
           "«ДАНИЛОВСКИЙ зерновой» - the Перекрёсток title names Даниловский as ржано-пшеничный), Pumpernickel, "
           "«Батард Ржаной»; Двинский, Столичный and Pumpernickel taken as dark rye-wheat/rye breads by outside "
           "knowledge; «2» is a count; the brand «Ржаной Край» (not a rye-bread name, as in sets d and g), rye "
           "bread with raisins or garlic, wafer «хлеб» Елизавета and crispbreads, and breads whose titles name no "
           "rye (Горчичный, Советский, Французский, Измайловский, Ароматный, Крестьянский, Боярский, Сельский, "
           "Монж, солодовый, «с отрубями», Ржевский) excluded; Пятёрочка and Дикси have no dark bread"),
        ("полкило сыра российского", {
            "pyaterochka": [],
            "magnit": ["1000057898", "1000316962", "8000046707", "f6d00325e6"],
            "dixy": ["2000209050", "2000397412"],
            "perekrestok": ["3629975", "3668882"],
        }, "Российский cheese of any brand, fat and form (piece, sold by weight, slices; «полкило» is a quantity "
           "of a weighed good, not a pack size); Магнит «Продукт По-Российски … на основе растительного жира» "
           "(not cheese - trap), other cheeses and non-cheese goods «российский» (коньяк, карбонад, какао) "
           "excluded"),
    ]),
    # L03 soup vegetables
    ("2 кг картошки, 1 кг морковки, 3 луковицы, 1 кочан капусты", [
        ("2 кг картошки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670",
                            "4342860", "43968", "769"],
        }, "fresh potatoes of any kind and pack (loose, net, washed packs, Бэби 2 kg, «для варки/для жарки» 3 kg, "
           "отборный 2.5 kg, «гигант для жарки», Чик-Чик 1 kg - a potato variety, taken as fresh as in set vy); "
           "«2 кг» is a quantity of a weighed good; sweet potato (батат), frozen fries/cut potatoes, boiled "
           "peeled potatoes, fried and baked potato dishes, Магнит «Картофель АЙДАХО (СП ГМ)» (a ready dish, as "
           "in set g), chips, purees and «сырок Картошка» excluded"),
        ("1 кг морковки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4191099", "4299784", "60529"],
        }, "fresh raw carrots of any pack (loose, «белорусская мытая», washed 200 g-1 kg packs, «для сока» 1 kg, "
           "mini 250 g, tray 600 g); «1 кг» is a quantity of a weighed good; boiled peeled carrots (Дмитровские "
           "Овощи), Korean carrot salads, carrot nectar/smoothies/baby purees, mixes and pet food «с морковью» "
           "excluded; Пятёрочка and Магнит have no fresh carrots"),
        ("3 луковицы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions (лук репчатый: loose, net, 500-600 g packs, «в упаковке 1 шт», red, fresh peeled); "
           "«3 луковицы» is a count of a weighed good; dried/ground onion (Kotanyi, Айдиго), dishes with onion "
           "sauce, onion-flavoured snacks excluded; Пятёрочка and Магнит have no fresh onions"),
        ("1 кочан капусты", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["1546", "198", "45661"],
        }, "a whole head of fresh white cabbage (Дикси and Перекрёсток «Капуста белокочанная», Перекрёсток «… "
           "ранняя» and plain «Капуста» sold by weight - taken as white cabbage, as in set vy); «кочан» names the "
           "form, so shredded packs (Белая Дача «резаная», Маркет «соломка»), cabbage salads and mixes, "
           "sauerkraut, marinated cabbage and kimchi, cauliflower, broccoli, sea kale and seeds excluded"),
    ]),
    # L04 fruit
    ("5 бананов\nкило яблок\nпару апельсинов\n3 груши", [
        ("5 бананов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["2084703", "3652283", "4625"],
        }, "fresh bananas (loose, Бананы спелые, Био, red bananas - a banana variety); «5» is a count of a "
           "weighed good; Перекрёсток «Бананы для жарки» (plantains, as in set g), dried bananas, "
           "banana-flavoured dairy and sweets excluded; Пятёрочка and Магнит have no fresh bananas"),
        ("кило яблок", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0074363", "10E0076185", "10E0076186", "2000499049"],
            "perekrestok": ["2168511", "3171926", "3283268", "3356276", "3366324", "3366327", "3366336",
                            "3366339", "3366344", "3366346", "3616014", "3639577", "3980656", "4039875",
                            "4047567", "4047903", "4047904", "4097664", "4097665", "4152138", "4152180",
                            "4152181", "4194477", "4194478", "4194479", "4194480", "4208423", "4258743",
                            "4258744", "4271017", "4286927", "4287238", "4341473", "4342539", "4374590",
                            "4381173", "4381176", "4381179", "48645", "77001777", "79341", "81962",
                            "99994"],
        }, "fresh apples of any variety and pack (loose, 1-2 kg bags, 2-4 pcs packs, organic); «кило» is a "
           "quantity of a weighed good; juices, purees, dried apples, apple-flavoured goods and dishes with "
           "apples excluded"),
        ("пару апельсинов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000312804"],
            "perekrestok": ["3022836", "3629179", "3663839", "4209029", "4260539", "48651", "55655",
                            "60619", "77001353", "77110", "98632"],
        }, "fresh whole oranges of any variety and pack (Навелин, red/blood oranges, отборные, фасованные, 2 "
           "pcs); «пару» is a count of a weighed good; Перекрёсток «Апельсин … резанный кусочками» (cut pieces, "
           "not whole fruit), «Апельсины шоколадные» (sweets), orange juices and orange-flavoured goods excluded"),
        ("3 груши", {
            "pyaterochka": [],
            "magnit": ["3c38bb868f"],
            "dixy": ["2000003213", "D000011164", "ЦТ0024100"],
            "perekrestok": ["200", "2814", "292", "3095430", "31314", "3139324", "3243465", "3326080",
                            "3326082", "3339375", "3633264", "4209031", "4258954", "4370794", "4370828",
                            "4370829", "4370830", "4370831", "4372904", "47319", "47341", "48673",
                            "50819", "57357", "6881", "6882", "7228", "79038", "79223", "806", "84531",
                            "9469"],
        }, "fresh pears of any variety and pack (Санта Мария 1 kg, Конференц, Вильямс, Аббат, Китайская, «2шт» "
           "…); «3» is a count of a weighed good; pear-flavoured dairy, confiture, узвар, liqueur and pizza with "
           "pear excluded"),
    ]),
    # L05 a Простоквашино dairy run
    ("2 молока 3.2 простоквашино, 1 сметану 20%, 2 пачки творага 9%", [
        ("2 молока 3.2 простоквашино", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000557212"],
            "perekrestok": [],
        }, "Простоквашино drinking milk of exactly 3.2 % (Дикси 1.4 l); «2» is a count of packs; Простоквашино "
           "milk 1.5 %, 2.5 % and «отборное» 3.4-4.5 % (a range does not satisfy 3.2), Простоквашино 3.2 % kefir "
           "and 3.2 % milk of other brands excluded"),
        ("1 сметану 20%", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404",
                       "1000574405", "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715",
                     "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524",
                            "4221355", "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, "sour cream of exactly 20 %, any brand and pack («1» is a count); sour cream of other fat, flavoured "
           "sour cream, «сметанный» mayonnaise and the Сметанник cake excluded"),
        ("2 пачки творага 9%", {
            "pyaterochka": [],
            "magnit": ["1000122024", "1000386975", "1000426465", "1000426470", "1000448252", "1000530486",
                       "8000055235", "0cfee9df84", "18fc386178", "3d536f7add", "57c16fad2a", "93ff6e854f"],
            "dixy": ["2000266304", "2000280850", "2000312025", "2000423589", "2000564413", "2000566980",
                     "2000567931", "2000568076", "2000569975"],
            "perekrestok": ["4129495", "4153929", "4249279", "4249286", "4294087", "4299497", "3192865",
                            "3487310"],
        }, "plain cottage cheese (творог) of exactly 9 %, any brand and pack, incl. рассыпчатый, пластовой, "
           "«Домашний», «Традиционный» and Зелёная Линия «Зернышко» 9 % (taken as plain cottage cheese); "
           "«творага» is a typo; «2 пачки» is a count; cottage cheese of other fat, flavoured/children's curd, "
           "curd desserts, творожная масса, creamed cottage cheese «в сливках», cream cheese and сырки excluded"),
    ]),
    # L06 kids' dairy
    ("штуки 3 йогурта питьевых, 2 творожка агуша, 1 ряженку", [
        ("штуки 3 йогурта питьевых", {
            "pyaterochka": ["3159605", "3159606", "8487", "21842", "3463087", "56595", "3609770"],
            "magnit": ["1000080818", "1000080819", "1000094173", "1000138066", "1000201448", "1000201629",
                       "1000201630", "1000206971", "1000206972", "1000222957", "1000334603", "1000380540",
                       "1000380541", "1000380544", "1000396252", "1000454041", "1000454042", "1000508295",
                       "1000508300", "1000508320", "1000519721", "1000559788", "1000562187", "1000579078",
                       "1059990444", "1899900785", "8000022363", "8000028031", "8000028032", "264dcf04cc",
                       "2da150143b", "43248db1e8", "555ec5242d", "6274db9238", "7d3e9ca5eb", "95fea1fa6d",
                       "ad26a8d9c2", "b12dce2487", "dcef614113", "e48ddbaaa1", "eb9eabd4d0", "ff3259caa2",
                       "67fc9c08f6", "8000033677", "8000033680", "8000033684"],
            "dixy": ["2000033300", "2000171444", "2000326716", "2000326717", "2000330336", "2000330341",
                     "2000424799", "2000524055", "2000524056", "2000524057", "2000551851", "2000551852",
                     "2000576131", "2000585994", "2000595652", "2000600832", "2000600833"],
            "perekrestok": ["2106846", "2151254", "3398778", "3487326", "3668617", "3923785", "3989996",
                            "4023796", "4038857", "4089148", "4142668", "4142669", "4142671", "4142672",
                            "4159716", "4159721", "4166076", "4166345", "4235921", "4238985", "4274118",
                            "4289041", "4298987", "4300032", "4309945", "4319749", "4341332", "4371732",
                            "4378504"],
        }, "drinking yoghurts of any flavour, fat and brand: every title that says «питьевой»/«пит.» (Активиа, "
           "Актибио, Чудо, Epica, Фруате, Тёлушка, Хуторок, Слобода, Viola, Lucky Days, Epos, children's "
           "Растишка, Агуша, Тёма, Мама Лама, Фрутоняня), yoghurts sold in ml bottles (Перекрёсток Ирбитский, "
           "Тулома, Бежин Луг, Тольяттимолоко, Из Талицы, Коровка из Кореновки, Вкуснотеево 690 ml, Зелёная Линия "
           "300 ml, Актибио 260 ml) and, by outside knowledge, the 260 g / 870 g bottles of Активиа and Актибио "
           "whose titles omit «питьевой» (the same lines are titled «питьевой» elsewhere); «штуки 3» is a count; "
           "spoonable yoghurts in cups (130-400 g, Greek, Epica 130 g, Даниссимо, Фругурт 240 g - unclear, left "
           "out), oat- and goat-milk yoghurts, kefir, Actimel/Имунеле-type fermented drinks, milkshakes and "
           "Мажитэль milk-juice drinks excluded"),
        ("2 творожка агуша", {
            "pyaterochka": [],
            "magnit": ["1000109125", "1000177278", "1000564007", "1051242603", "1812432013", "1812432014",
                       "1812432015", "8000049983"],
            "dixy": [],
            "perekrestok": ["2137027", "4174763", "69726"],
        }, "Агуша children's cottage cheese (творожок) of any flavour or plain (Классический, Злаки, fruit, "
           "Малиновый пломбир), any age marking; «2» is a count; Агуша yoghurts, ряженка, kefir, porridges, "
           "purees and cottage cheese of other brands excluded"),
        ("1 ряженку", {
            "pyaterochka": [],
            "magnit": ["1000348552", "1000371474", "1000385205", "1000439736", "1000451592"],
            "dixy": ["2000313789", "2000536771", "2000543673", "2000587053"],
            "perekrestok": ["4173940", "4230794"],
        }, "plain ряженка of any fat, brand and pack (incl. термостатная, «топленая», children's Агуша Детская "
           "3.2 % without filler, and Дикси Домик в деревне «Топленое молоко» 2.5 % - taken as the plain variety "
           "of that line, ряженка being made of baked milk); «1» is a count; flavoured ряженка (клубника, груша, "
           "малина, печёное яблоко, банан-карамель, курага-чернослив), варенец and kefir excluded"),
    ]),
    # L07 pantry: tinned beef, groats, pasta
    ("3 банки тушенки говяжьей, 2 пачки гречки, 2 пачки спагетти, 1 томатную пасту", [
        ("3 банки тушенки говяжьей", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "738a6cb8b8", "84ac027a5b", "cdc0e084b1"],
            "dixy": ["2000192964", "2000220776", "2000258591", "2000302684", "2000313236", "2000408120",
                     "2000415753", "2000557431", "T000000869"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef (Говядина тушёная, any brand, grade and tin size); «3 банки» is a count; stewed "
           "pork, turkey and horse meat, beef in pet food, cold cuts, fresh beef and ready dishes excluded"),
        ("2 пачки гречки", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392",
                     "2000539995", "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128",
                            "3438178", "3446736", "3477255", "3493533", "3600743", "3603166", "3667612",
                            "3674200", "3694322", "3696237", "39155", "3994791", "4009020", "4019310",
                            "4059000", "4061364", "4090171", "4204902", "4353613", "53673", "6847"],
        }, "buckwheat groats of any brand and pack (ядрица, «Экстра», quick-cooking/steamed, boil-in-bag 5x80 g / "
           "8x62.5 g, Чёрный Хлеб brand, Makfa, Теплые Традиции 0.9 kg); «2 пачки» is a count; green buckwheat "
           "(Bravolli, Агро-Альянс зелёная, Зелёная Линия), ready buckwheat dishes (Cook Chart «По-Купечески», "
           "«по-азиатски», Raisad гарнир, Дядя Ваня / Увелка «с грибами», «по-боярски»), buckwheat flour/noodles, "
           "baby porridges and pet food excluded; Магнит has no buckwheat groats"),
        ("2 пачки спагетти", {
            "pyaterochka": ["94429"],
            "magnit": ["5296e76f4b", "811f1a2896", "9332b0bf64"],
            "dixy": ["2000005386", "2000016649", "2000280926", "2000288865", "ЦТ0021284"],
            "perekrestok": ["3435297", "3501223", "3623096", "4117174", "4273870", "4340661", "4347044",
                            "82760"],
        }, "dry spaghetti of any brand, group and thickness (spaghettini, spaghettoni, «тонкие», №2-№5); «2 "
           "пачки» is a count; other long shapes (Barilla Букатини, Makfa Capellini, Barilla баветте, Makfa "
           "«Макароны длинные»), gluten-free pea and corn-rice spaghetti of Зелёная Линия (special-diet pasta, "
           "not everyday spaghetti), chechil cheese «Спагетти» (trap, as in set g), ready dishes with spaghetti "
           "and sauces «для спагетти» excluded"),
        ("1 томатную пасту", {
            "pyaterochka": [],
            "magnit": ["2c160abf20", "3e333fcf75", "63697ab89b", "64828d44cd", "7f508c0006", "d176b4306a"],
            "dixy": ["2000000761", "2000322276", "2000521414", "2000536311", "2000569071"],
            "perekrestok": ["3504319", "3690262"],
        }, "tomato paste of any brand and pack (jar, pyramid, sachet, 30-490 g); «1» is a count; ketchup "
           "(Помидорка «Кетчуп … томатный»), tomato sauces, canned tomatoes and fish/seafood pastes excluded"),
    ]),
    # L08 baking a pie
    ("2 десятка яиц с0, 1 пачку масла 82.5, 2 пачки муки для пирога, 1 разрыхлитель", [
        ("2 десятка яиц с0", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "2047000014", "1a8d487cea"],
            "dixy": ["2000212529", "2000269325", "2000284425", "2000326489", "2000601652"],
            "perekrestok": ["2131762", "3182853", "3356111", "3392204", "3421287", "3432532", "3914040",
                            "4012802", "4076991", "4168688", "4201192", "4201194", "4236458", "4263543",
                            "4337164", "4352464", "4364349", "4085790"],
        }, "chicken eggs of class С0 («С0» = «СО» = «CO» = «отборные»/«отборной категории», also «Экстра "
           "категория С0») in packs of 10 or 20 («2 десятка» = two packs of ten or one pack of twenty); С1, С2, "
           "СВ/«высшей категории», packs of 6, 15, 30, quail eggs excluded"),
        ("1 пачку масла 82.5", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642",
                       "1000458136", "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad",
                       "6b22928df7", "86326346d1"],
            "dixy": ["2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271",
                     "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890",
                            "3612778", "3628337", "3643092", "3654551", "3657363", "3698785", "3922315",
                            "3953367", "3999749", "4055506", "4135603", "4196090", "4260609", "4292462",
                            "4310021", "4343792", "86149", "3699369", "4113532", "4175276"],
        }, "butter 82.5 % (Традиционное, Вологодское, сладко-сливочное, any brand and pack; «пачку» is a count); "
           "the written fat must match exactly, so 72.5 % (Крестьянское), butters labelled 82 % (President, Arla "
           "Natura, Молочный знак, Киприно, JALO KERMA), butters without a stated fat (Волгодонское, "
           "Княгининское), 62 % chocolate butter and spreads excluded"),
        ("2 пачки муки для пирога", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["2000213875", "2000317163", "2000553733", "2000576791", "2000578792", "D000002191",
                     "ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "ЦТ0044544"],
            "perekrestok": ["16318", "2037765", "2107396", "2112692", "2112693", "3193726", "3292690",
                            "3305673", "3346668", "3394693", "3502351", "3505430", "3626914", "3681817",
                            "3915409", "4215036", "4262616", "4278294", "4326495", "91320", "91321"],
        }, "ordinary wheat flour of any brand, grade and pack (высший сорт, хлебопекарная, экстра, Манитоба, "
           "Французская штучка, and «Мука Царь» 1 kg / «Мука Тихорецкая особая» 2 kg whose titles do not name the "
           "grain - taken as wheat flour, the default meaning of «мука»); «2 пачки» is a count and «для пирога» a "
           "purpose; rye, rice, corn, oat, chickpea, coconut, almond, multigrain, buckwheat, gluten-free and "
           "wholegrain flours, pancake flour «блинная» (a mix) and the self-raising «самоподнимающаяся» flour "
           "(flour with raising agent) excluded"),
        ("1 разрыхлитель", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        }, "baking powder (Дикси Dr.Bakers «Разрыхлитель теста» 10 g); «1» is a count; baking soda, yeast and "
           "self-raising flour are other products; the other chains carry no baking powder"),
    ]),
    # L09 weekday dinner
    ("2 кг куриных бедрышек, кило фарша говяжьего, 2 пачки пельминей, 1 сметанку 15%", [
        ("2 кг куриных бедрышек", {
            "pyaterochka": [],
            "magnit": ["6bf2d45df8", "83c54dfa06", "d9a7978145"],
            "dixy": ["2000581594"],
            "perekrestok": ["2160048", "3683728", "78004576"],
        }, "raw chilled chicken thighs, bone-in or boneless (Петелинка, Петруха, Первая Свежесть / Рококо / Ясные "
           "Зори «филе бедра»), incl. Магнит «БЕДРО КУРИНОЕ гриль, охлажденное, 1кг» (taken as raw thighs for "
           "grilling - chilled, priced like raw meat; outside knowledge); «2 кг» is a quantity; beef and turkey "
           "thighs, drumsticks, whole legs (окорочка), fillet of breast and cooked chicken excluded"),
        ("кило фарша говяжьего", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000207953", "2000322809"],
            "perekrestok": ["4013", "4288090", "4357432"],
        }, "raw beef mince of any brand and pack (Мираторг, Иван Мясоедов, Перекрёсток by weight, Хороший Кусок "
           "«из говядины»); «кило» is a quantity; mixed «Домашний»/«деревенский»/«Фермерский» mince, pork, turkey "
           "and fish mince excluded"),
        ("2 пачки пельминей", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["22f7803aca", "66c111d7a2", "72632b1f85", "805cabf639", "d6fdebf3e4", "dabbb02c05",
                       "f4f41d5103", "f95b2d1678", "feeac8f3fa"],
            "dixy": ["2000282673", "2000318344", "2000411354", "2000558274", "2000565192", "2000596851",
                     "2000596852"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any brand, filling and pack (beef-pork, beef, veal, chicken, «Бульмени» of "
           "Горячая штучка - the same product is titled «Пельмени Бульмени» at Пятёрочка); «пельминей» is a typo; "
           "«2 пачки» is a count; fish pelmeni (Четверг cod with spinach - not what «пельмени» means by default), "
           "вареники, manty and ravioli excluded"),
        ("1 сметанку 15%", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785",
                       "1000461810", "1000463648", "1000553874", "1000558440", "1899900582", "8000035449",
                       "8000057502", "8000068594", "8000072734", "2645f50028", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034",
                     "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189",
                            "4221356", "4226994", "4246009", "4264297", "4320001", "4335470", "4349771",
                            "4349772"],
        }, "sour cream of exactly 15 %, any brand and pack, incl. lactose-free (Свежее завтра); «1» is a count; "
           "Простоквашино «из топлёных сливок» 15 % (a baked-cream variety, left out like топлёное milk), "
           "Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» (flavoured), sour cream of other fat excluded"),
    ]),
    # L10 football on TV
    ("6 банок пива светлого, 2 пачки чипсов лейс сметана лук, 3 пачки сухариков кириешки, полкило фисташек", [
        ("6 банок пива светлого", {
            "pyaterochka": [],
            "magnit": ["0c7af2aa41", "1b3181a9dc", "2e39130955", "3ea97ca924", "409bf95866", "42f69bfc00",
                       "4b9214b25a", "5efbef1867", "63c65170c7", "69a66b3a0f", "72ef636633", "7e7ff281a0",
                       "8f5e8411f3", "9f7d0a8f2d", "ae5974fdda", "b22153f240", "b4204a2237", "b7be4e1cdf",
                       "bc158ed1af", "c7cb3e4e83", "cdadff0fd2", "cff5b47f4d", "e2bedcaafd", "e5d1876122",
                       "ee4fd3d93d", "f66314d40a"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light beer of any brand, style and pack (lagers, pilsners, «светлое пшеничное», light IPA, "
           "Бланш, Ледокол 8 %, cans and bottles 0.33-1.3 l; «6 банок» is a count of packs, as «2 бутылки» in set "
           "vy) and Магнит «Напиток пивной ЭДЕЛЬВЕЙС нефильтрованный» (taken as a light wheat beer, as in set "
           "vy); alcohol-free beer (Стелла Артуа 0.0), dark beer (Wolpertinger, Крушовице тёмное), flavoured beer "
           "drinks (Мишенька под вишенкой, Dr.Diesel, Green Beat, Konix Cherry, ALKO ром-кола, Amstel 0.0 …), "
           "медовуха and beer snacks excluded; only Магнит sells beer"),
        ("2 пачки чипсов лейс сметана лук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000330912", "2000568012", "ЦТ0044994"],
            "perekrestok": [],
        }, "Lay's potato chips «Сметана и лук» of any pack, incl. the ridged «Рифленые» 225 g (same flavour); "
           "«лейс» is the Cyrillic spelling; «2 пачки» is a count; Lay's «Сметана и зелень», «Молодой зелёный "
           "лук», the 37 g assortment «Зеленый лук/Сметана и зелень/Краб», Lay's Stax/white mushrooms with sour "
           "cream and sour-cream-and-onion chips of other brands (Хрустящий картофель, Русская картошка) excluded"),
        ("3 пачки сухариков кириешки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Кириешки croutons in any chain; a named brand that is absent is not replaced by another brand, so "
           "Воронцовские, Хрусteam, Take It, Фишка, 777 and other croutons/гренки are excluded"),
        ("полкило фисташек", {
            "pyaterochka": [],
            "magnit": ["8b9281613e", "b3ee07a59e", "cbb2d0c598"],
            "dixy": ["2000327653", "2000539534", "2000539549"],
            "perekrestok": ["2020566", "2049819", "3162277", "3411931", "3428414", "3451308", "3499562",
                            "3638619", "3640863", "3660622", "3900345", "3942813", "3943233", "3948588",
                            "4066346", "4073982", "4090837", "4105870", "4207559", "4249887", "4259987",
                            "4262027", "4262202", "4274180", "4309728", "4331200", "4369326", "49082",
                            "49715", "68781", "72535"],
        }, "whole pistachio nuts of any brand and pack, in shell or shelled, roasted-salted, baked, dried or raw, "
           "packed or by weight; «полкило» is a quantity, not a pack size; crushed kernels «дроблёные ядро» (a "
           "baking ingredient), pistachio-flavoured sweets, ice cream, dairy, chocolate and cosmetics excluded"),
    ]),
    # L11 tea time
    ("3 банки сгущенки, 2 пачки печенья юбилейное, 1 чай в пакетиках черный, 1 коробку конфет рафаэлло", [
        ("3 банки сгущенки", {
            "pyaterochka": [],
            "magnit": ["1000003186", "1000129520", "1000383833", "1000427075", "1000564283", "8000034052",
                       "66294fd8e5", "be9bed5042", "cc9252c04f", "dedd707721"],
            "dixy": ["2000014518", "2000165425", "2000186451", "2000309566", "T000025031"],
            "perekrestok": ["3913111", "4211054", "4218934", "2123014", "3376242", "3484257", "3491930",
                            "4147345"],
        }, "sweetened condensed milk (сгущённое с сахаром / цельное 8.5 %, any brand and pack, incl. the Дикси "
           "650 g sachet and the 1 % Пр!ст; Рогачевъ «цельное 8,5%» without «с сахаром» taken as the classic "
           "sweetened product - outside knowledge: unsweetened evaporated milk is 7.8 %); «3 банки» is a count of "
           "packs; варёная сгущёнка, coffee- and cookie-flavoured condensed milk, Моя цена «Продукт молочный "
           "Сгущенка» (not milk), Магнит «цельное концентрированное стерилизованное» (unsweetened), condensed "
           "milk in wafer tubes and sweets «со сгущёнкой» excluded"),
        ("2 пачки печенья юбилейное", {
            "pyaterochka": [],
            "magnit": ["23c5c2875e", "4ecdd613ad", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every Юбилейное cookie (традиционное, молочное, with glaze, oat «с овсяными хлопьями»; a brand with a "
           "product word accepts every variant of that product, as in set vy); «2 пачки» is a count; Останкино "
           "«Юбилейная» sausage and Julius Meinl «Юбилейный» coffee (traps) excluded"),
        ("1 чай в пакетиках черный", {
            "pyaterochka": ["18087", "510", "3141303", "2070399"],
            "magnit": ["f27576dc9c", "8e34db68c9", "8c57f14bbe", "262636efc4", "539736f8c3", "1305f039da",
                       "77d6909a1a", "c237948667", "79c875b985", "41cb31723f", "f528489d63", "1ce117e378",
                       "62e44aad83", "91c9c098ea", "9ffe7d26ae", "f48f2ca4d2", "0b0945cde7", "62e737f079",
                       "7304afe46d", "f2ec203f7f", "527c289095", "edf75508f3"],
            "dixy": ["2000520549", "2000289445", "2000568232", "2000224056", "2000335959", "2000295224",
                     "2000601831"],
            "perekrestok": ["3338198", "3378336", "2095906", "2147890", "46398", "3440334", "3662837",
                            "4206083", "2070399", "96196"],
        }, "plain (unflavoured) black tea in bags, sachets or with tags, any count and brand (Цейлон, Кения, "
           "English Breakfast, Классический, Высокогорный, Букет, Akbar, Lipton Yellow Label, Dilmah, Riston, "
           "Принцесса Нури/Канди/Ява, Майский, Richard, Greenfield Kenyan Sunrise / Золотой Цейлон / English "
           "Edition, Curtis Delicate Black …); «1» is a count; flavoured black teas (Earl Grey/бергамот, чабрец, "
           "мята, berries, fruit, Tess Pleasure/Forest Dream, Greenfield Spring Melody / Christmas mystery, "
           "masala), assortment boxes (Richard Royal Tea Collection, Мэтр де Те, Curtis Dessert), loose-leaf tea, "
           "green, herbal and bottled tea drinks excluded"),
        ("1 коробку конфет рафаэлло", {
            "pyaterochka": [],
            "magnit": ["3061e3f9c1"],
            "dixy": ["2000001754", "2000016072", "2000320701", "DI00078416"],
            "perekrestok": ["18162", "2105827", "2157344", "3163976", "3604056", "40690"],
        }, "Raffaello almond-coconut sweets in any box size (40-240 g), incl. Дикси «Конфеты Raffaello Торт, 100 "
           "г» (taken as the cake-shaped Raffaello gift box - outside knowledge); «коробку» is satisfied by every "
           "Raffaello pack (all are boxed); other boxed chocolates (Merci, Ferrero Rocher, Комильфо) excluded"),
    ]),
    # L12 coffee and sweets
    ("1 пачку кофе молотого получше, 2 шоколадки милка, 1 сахар рафинад", [
        ("1 пачку кофе молотого получше", {
            "pyaterochka": ["1e481d9846", "3607723"],
            "magnit": ["ab6f2df0cf", "2700f5e3b1", "be3079e158", "f32af3a996", "f083873ce2", "bf33a13d25",
                       "0fe86f8472", "a6281deb0c", "76b0197955", "80d20f5714", "7d84ba5b6e", "3bb33c0c9e",
                       "c2e5e0f5ec", "97373908ef", "4522417a72", "79b9a44edb", "8d3366ce51", "a2b0f72440",
                       "46bb6aa6cb", "8269b24f19", "7046b50e4e", "222418c5e4"],
            "dixy": ["2000277619", "2000228092", "2000303593", "2000054819", "2000186346", "2000183725",
                     "2000193927", "2000267720", "10E0076694", "2000362026", "2000582491", "2000263796",
                     "2000574432", "2000546071", "2000568376", "2000557192", "2000557193", "2000605231",
                     "2000235411", "2000604152"],
            "perekrestok": ["2147872", "29278", "3171130", "3395339", "3395340", "3606929", "3612036",
                            "3644175", "3689956", "3965705", "4058107", "4108341", "4122814", "4129183",
                            "4150051", "4166073", "4166074", "4253960", "4261910", "4261911", "4261915",
                            "4262483", "4291307", "4295649", "4315506", "4320251", "4320252", "4325139",
                            "4340948", "4342549", "4345201", "4345202", "4347224", "4351047", "6944",
                            "72110", "72112"],
        }, "roast ground coffee in packs (any brand, blend and size 70 g-500 g, incl. «для "
           "турки»/«по-восточному», Жокей «По-восточному» and Петр Великий «Императорский помол» - taken as "
           "ground coffee from their names); «получше» is a wish and «пачку» a count, neither is a filter; "
           "instant and freeze-dried coffee incl. «растворимый с добавлением молотого» (Nescafe Gold, Monarch "
           "Miligrano), beans, capsules and discs (Магнит «ЛОР Эспрессо … 52г» - L'OR capsules, outside "
           "knowledge; Tassimo), single-serve drip/filter bags (Coffesso 5x9 g / «5 пакетиков» / 45 g, Verle 66 g "
           "incl. «Гватемала», Маркет Collection 6x10 g), flavoured coffee (Jardin Синнамон Кейк, Жокей "
           "«Ирландские сливки»), Pyaterochka Bushido original 100 g (instant) and coffee drinks excluded"),
        ("2 шоколадки милка", {
            "pyaterochka": [],
            "magnit": ["0481a74e51", "08e22e388e", "194dc492d5", "216f1d2f85", "24430df087", "24fef76bf3",
                       "268b473a70", "298c9e25a1", "2a48a6605c", "46a83df51c", "5b739b266c", "72023ebb5a",
                       "912985bec4", "a07886a689", "a9156051a6", "c1801c39ee", "ed01a0e389", "fa24e80d9f",
                       "fbdae9857e"],
            "dixy": ["2000283718", "2000283723", "2000312445", "2000598791"],
            "perekrestok": ["4353882"],
        }, "Milka chocolate bars of every variety and size (milk, with nuts/raisins/biscuit/caramel/strawberry, "
           "Bubbles porous incl. the white Bubbles, 80-300 g bars; a brand with a product word accepts every "
           "variant of that product); «милка» is the Cyrillic spelling; «2» is a count; Milka sweets (Конфеты), "
           "nut paste, cakes/pastries, ice cream and the Milkavita cream excluded"),
        ("1 сахар рафинад", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000538871", "10E0076829", "2000350151"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (рафинад: «прессованный», «кусковой», any pack 250 g-1 kg); «1» is a count; Магнит "
           "«Сахар-песок ЧАЙКОФСКИЙ, Рафинированный» (granulated, not lumps - trap), cane lump sugar (Мистраль, "
           "Маркет «тростниковый кусковой» - brown, unrefined), granulated sugar, vanilla sugar, icing sugar and "
           "sweeteners excluded"),
    ]),
    # L13 cooking basics
    ("2 бутылки масла подсолнечного подешевле, 1 пачку соли, 1 кетчуп хайнц, 1 пачку перца черного молотого", [
        ("2 бутылки масла подсолнечного подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000154498", "2000210260",
                     "2000268261", "2000283309", "2000290945", "2000296713", "2000555852", "2000559953",
                     "2000563791", "DI00079242", "DI00080540", "ЦТ0039503"],
            "perekrestok": ["2007886", "2043188", "2046261", "2068955", "2071663", "2093709", "2147548",
                            "21676", "23714", "3340103", "3426152", "3426155", "3454645", "3478098",
                            "3608379", "3642040", "3653773", "3683883", "3958632", "4022580", "4067112",
                            "4149438", "4269568", "4269569", "4277755", "4307791", "4311768", "6275",
                            "64128", "74883", "97647"],
        }, "sunflower oil of any kind and bottle size, refined or unrefined (incl. high-oleic, «из жареных "
           "семечек», Аведовъ, Getuva New Way); «подешевле» is a wish and «2 бутылки» a count; blends «с "
           "добавлением оливкового/миндального/льняного», sunflower-olive mixes, «с зародышами пшеницы», "
           "flavoured Almador oils (herbs, basil, garlic), the Altaria spray can (an aerosol, not a bottle of "
           "oil), sunflower kernels and honey excluded"),
        ("1 пачку соли", {
            "pyaterochka": [],
            "magnit": ["d35c77aa75"],
            "dixy": ["2000001900", "2000171442", "2000317165", "2000328011", "2000543511", "2000543512",
                     "DI00080806", "ЦТ0001666", "ЦТ0001667", "ЦТ0031984", "ЦТ0044186"],
            "perekrestok": ["2157581", "3224596", "3224598", "3231335", "3255026", "3450465", "3605522",
                            "3613636", "3613637", "3652519", "4117216", "4221321", "4259187", "4266810",
                            "4266811", "4328849", "4335115"],
        }, "plain food salt of any kind and pack: поваренная «Экстра», помол №1, rock (Salina, Илецкая), iodised, "
           "sea and Himalayan pink salt; «1 пачку» is a count; flavoured salts (Вкусная соль «7 блюд», «с "
           "чесноком», «душистые травы», «с грузинскими травами», чесночная, Адыгейская - a salt-and-herb mix), "
           "dishwasher salt (Finish, Somat «специальная», Yes's) and bath salts excluded"),
        ("1 кетчуп хайнц", {
            "pyaterochka": ["2157308", "2157309", "3273905", "3273907", "3387265"],
            "magnit": [],
            "dixy": ["2000033799", "2000143160", "2000143225", "2000538777"],
            "perekrestok": ["4116830", "4116848", "4154517", "4157356", "4157697", "4157702", "4157703",
                            "4157704", "4157803", "4207051", "4225365", "4274971", "4274972", "4274973",
                            "4295650", "4295651", "4295653"],
        }, "every Heinz ketchup (томатный, острый, суперострый, итальянский, для гриля и шашлыка, с чесноком, "
           "укроп-петрушка, the Heinz Pikador line whose Перекрёсток titles name Heinz; any pack 300-800 g); "
           "«хайнц» is the Cyrillic spelling; «1» is a count; other Heinz products (sauces, mayonnaise, peas, "
           "baby food) and ketchups of other brands excluded"),
        ("1 пачку перца черного молотого", {
            "pyaterochka": [],
            "magnit": ["71d97ddd90"],
            "dixy": ["2000259286", "2000315784", "2000535254", "ЦТ0046005"],
            "perekrestok": ["20279", "2029582", "2127636", "3166456", "3166496", "3172900", "3481016",
                            "3481330", "3500194", "3687602", "4078639", "4088822", "4117709", "4202527",
                            "4207246", "4285102", "49761", "88780", "9382"],
        }, "ground black pepper of any brand and pack (10 g-100 g sachets, Индана, Kotanyi, Kamis, Восточный "
           "гость, Santa Maria, Маркет, Пр!ст, Перекрёсток loose «Перец чёрный молотый»); «1 пачку» is a count; "
           "whole/peppercorns «горошком»/«целый», crushed «дроблёный», pepper in grinders, titles that do not say "
           "ground (Kamis 42 g, Маркет Перекрёсток 36 g / 50 g, Santa Maria Теличерри 70 g), pepper mixes, "
           "paprika and chili excluded"),
    ]),
    # L14 household goods
    ("2 упаковки туалетной бумаги\n1 фейри\n2 куска мыла хозяйственного\n1 порошок автомат", [
        ("2 упаковки туалетной бумаги", {
            "pyaterochka": [],
            "magnit": ["013f5191a0", "0f9bdfbe08", "11634cf6c9", "2300103434", "24f2c70304", "328b9015fd",
                       "475d902330", "6189f05c16", "939f14debe", "9a0bd598be", "b0339ecad9", "be21812bf9",
                       "be65d013c1", "cdc752b01e", "e01188fba0", "e9a925895a", "f88b88076f"],
            "dixy": ["2000142974", "2000294361"],
            "perekrestok": ["75364"],
        }, "dry toilet paper of any brand, ply, roll count and scent/print (Zewa, Familia, Soffione, Papia; 4-12 "
           "rolls); «2 упаковки» is a count of packs; moist toilet paper (Kleenex, Мон Рулон «влажная» - wipes), "
           "paper towels, tissues and napkins excluded"),
        ("1 фейри", {
            "pyaterochka": [],
            "magnit": ["186ff3d636", "43a0e3032e", "4cf63843e3", "514b218200", "551d8403a9", "7c5bd74e06",
                       "8d877b13ce", "a401696a68", "a8a6d84ae6", "b3ebaa28e5", "bbb10983dd", "d076c21852",
                       "d0bd1a2d49", "df2c291ad1"],
            "dixy": ["2000265727", "2000274013", "2000371202", "2000517533", "2000591971"],
            "perekrestok": ["4011474", "4141118"],
        }, "Fairy hand dishwashing liquid of any scent, line (Platinum, Pure&Clean, Нежные руки) and bottle size; "
           "«фейри» is the Cyrillic spelling of the brand, read as the brand (other dish liquids such as BioMio, "
           "Palmia are not accepted); «1» is a count; Fairy dishwasher tablets «для посудомоечных машин All in 1» "
           "excluded (not what «фейри» means, as in set g)"),
        ("2 куска мыла хозяйственного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no laundry soap (мыло хозяйственное) in any chain; toilet soap (Palmolive, Duru, Safeguard, банное), "
           "liquid soap and soap-containing cleaners are other products"),
        ("1 порошок автомат", {
            "pyaterochka": [],
            "magnit": ["0306390d77", "0998583ce9", "147d8a2d07", "2002145e39", "21dd0bf72c", "240fe4229e",
                       "32662031ca", "3372dfb7f6", "3c569d2305", "4a43abe881", "4d919fe5ff", "6d62d005d5",
                       "8d8c8ce3af", "95636dc9ca", "9570abee2a", "9ec3c6b343", "a728270b73", "cc70715e17",
                       "cf77b09c0c", "d8210473b5", "d8aa9ce5e8", "e045589f41", "e1ac0bab6d", "eda27ccd92",
                       "eee3b0a174", "f400bf3623", "f93558c546"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry powder for automatic machines: стиральный порошок titles that say «автомат» (Ariel, Losk, "
           "Persil, Bimax, Tide, Миф, Sorti, Дося, ЗБК) and Synergetic «универсальный» (for machine and hand "
           "wash); «1» is a count; powders whose titles do not state automatic use (Persil Сенситив / Сов, Sorti "
           "Колор, Tide детский колор, Dosia Альпийская свежесть, Миф Морозная свежесть, ЗБК детский для белого, "
           "Synergetic Eco) are left out because «автомат» was written; gels, liquid detergents, capsules, "
           "dishwasher powders, scouring powders and mustard powder excluded"),
    ]),
    # L15 sandwiches
    ("1 десяток яиц, пару батонов нарезных, 300 г колбасы докторской", [
        ("1 десяток яиц", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007",
                       "2047000014", "2047000033", "3454700001", "1a8d487cea", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325",
                     "2000284425", "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250",
                            "3356111", "3392204", "3421287", "3432532", "3914040", "4012802", "4085791",
                            "4085792", "4168688", "4201192", "4201194", "4236458", "4337164", "4339427",
                            "4352464", "4364349", "4085790"],
        }, "chicken eggs in packs of 10 («десяток» = packs of 10 only, as in all sets), any class; packs of 6, "
           "15, 20, 30, quail eggs, liquid egg products and chocolate eggs excluded"),
        ("пару батонов нарезных", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "батон «Нарезной» (the classic loaf of that name: Коломенское Нарезной, Пр!ст «Нарезной классический», "
           "Маркет «Нарезной» and «Нарезной улучшенный», sliced or not); «пару» is a count; other batons that are "
           "merely sliced («Молочный нарезанный», «к завтраку нарезанный», Горчичный, Зерновой, Отрубной, "
           "Утренний «нарезка») are other varieties - «нарезной» is read as the variety name (judgement); "
           "baguettes and tin bread excluded"),
        ("300 г колбасы докторской", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374",
                       "6e16b1777a", "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca",
                       "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "cooked sausage Докторская of any brand and pack (sticks, pieces, slices, by weight; incl. «Особая», "
           "«от шефа», ГОСТ, «мини»); «300 г» reads as a quantity of a deli good, not a pack size; Докторские "
           "frankfurters (Рублёвский сосиски) and other «Доктор …» brands excluded"),
    ]),
    # L16 a cold: tea with lemon and honey
    ("2 лимона к чаю, 1 банку меда, пачку чая зеленого, 1 пачку печенья овсяного", [
        ("2 лимона к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, "fresh lemons (loose «Лимон»/«Лимоны сочные»/«Лимоны Узбекистан», 2-pc packs); «2» is a count of a "
           "weighed good and «к чаю» a purpose; the lime-lemon mix pack, the ginger-lemon «иммунный» set, "
           "lemon-flavoured goods, «лимонные» nectarines and olives with lemon excluded; Пятёрочка and Магнит "
           "have no fresh lemons"),
        ("1 банку меда", {
            "pyaterochka": [],
            "magnit": ["384d8d8201", "44c60c9317", "928ff089d4", "980d05dc00", "dadb78005d", "ec1ad9dc52"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["3467507", "3479121", "3687698", "3687699", "3687710", "4316603", "4316605",
                            "4320670", "4320671", "4320672", "4331449", "4340910", "4340911", "4355859"],
        }, "natural honey of any kind and pack (цветочный, липовый, гречишный, горный, акациевый, луговой …, "
           "135-500 g); «1 банку» is a count of packs; Магнит «Мед УССУРИЙСКИЙ БАЛЬЗАМ» (a honey-based «бальзам» "
           "blend, not plain honey - judgement), honey-flavoured sweets, drinks, porridge and cosmetics excluded"),
        ("пачку чая зеленого", {
            "pyaterochka": [],
            "magnit": ["df6fe065ca", "b4e965a022", "e1b666c6ef", "a9b0b5bbeb", "b9016fb572", "6af760c408"],
            "dixy": [],
            "perekrestok": [],
        }, "plain green tea, bagged or loose (Ahmad «Зеленый» 25 bags and «Байховый» 100 g, Kensington «зеленый», "
           "Richard Royal Green bags and loose, Тесс «СТАЙЛ, байховый» - no flavour named in its title, taken as "
           "plain); «пачку» is a count; flavoured green teas (jasmine, lime, mojito, Флирт, Детокс, Хьюго, "
           "клубника/ваниль, soursop, ananas), oolong, bottled tea drinks and «зелёный чай» dish soaps excluded; "
           "only Магнит carries plain green tea"),
        ("1 пачку печенья овсяного", {
            "pyaterochka": ["3613445", "3613448"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000214298", "2000225711", "2000235792", "2000325940", "2000349045", "2000351526",
                     "2000529080", "2000535032"],
            "perekrestok": ["2023501", "3218321", "3412681", "3438892", "3505244", "3603607", "3613445",
                            "3613448", "3663100", "3681160", "3681278", "3901907", "3951119", "4024594",
                            "4032428", "4113987", "4123144", "4251005", "4258982", "4283932", "4284221",
                            "4315655"],
        }, "plain oatmeal cookies of any brand and pack (classic, «Особое», «Домашнее», «злаковое»/«5 "
           "злаков»/«Злаковое ассорти» multigrain oat cookies, Юбилейное «с овсяными хлопьями», lenten Пастарель, "
           "children's ФрутоНяня oat cookies, Таруска «на горчичном масле»); «1 пачку» is a count; oatmeal "
           "cookies with raisins (incl. «Изюминка»), chocolate, glaze, fillings, honey, nuts, sesame, berries, "
           "fruit, vanilla, sugar-free/diet versions (сорбит, мальтит, фруктоза, стевия, gluten-free), protein "
           "flapjacks and purees excluded"),
    ]),
    # L17 chicken soup
    ("1 курицу целую на суп, 1 пачку вермишели, 1 пучок укропа, пачку лаврового листа", [
        ("1 курицу целую на суп", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная» (the only whole bird on "
           "sale); «на суп» is a purpose; Цыплёнок табака (Петруха in marinade and СВОЯ - a flattened, split bird "
           "sold for frying, judged a different cut), chicken parts, duck carcass, fish «тушка» and ready chicken "
           "dishes excluded"),
        ("1 пачку вермишели", {
            "pyaterochka": ["d7d44e6c8e"],
            "magnit": ["07265a036c", "2c49a7a5d2", "7d3bf66fd0", "e60106f6b1"],
            "dixy": ["2000004708", "T000015331"],
            "perekrestok": ["3435295", "3501218", "3947754", "3980622", "82761"],
        }, "dry вермишель of any brand (short thin, Филини, «Вермишелька»/№111 лёгкая, Makfa «Паутинка» - the "
           "finest vermicelli, Маркет, Пр!ст); «1 пачку» is a count; Makfa «длинная шпинатная» "
           "(spinach-coloured), noodles (лапша), instant noodles, rice vermicelli/funchoza and soups excluded"),
        ("1 пучок укропа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh dill in any chain (Дикси sells only parsley «ПЕТРУШКА УПАК 75Г»); dill-flavoured herring, "
           "chips, croutons, ketchup and cheese are other products"),
        ("пачку лаврового листа", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "dried bay leaves (Магнит Kotanyi «Лист лавровый» 5 g, Перекрёсток Пр!ст 10 g); «пачку» is a count; "
           "spice mixes containing bay leaf excluded"),
    ]),
    # L18 hot dogs
    ("2 пачки сосисок, 1 горчицу, 4 булочки для хот-догов", [
        ("2 пачки сосисок", {
            "pyaterochka": ["16676bb3f8", "3306014", "3631905"],
            "magnit": ["119aa8a644", "1752cd8c83", "2dd98ca456", "37c028c01a", "5215d6a234", "5ee4bc3c3d",
                       "61299796c8", "7c9f298d18", "9323828a10", "9b4b38b86e", "a71ef90bc4", "b2525e4143",
                       "c09ecd22ea", "c7e784766f", "c890078deb", "d08287067b", "f72f36dddd"],
            "dixy": ["2000125037", "2000174171", "2000181981", "2000190007", "2000231293", "2000279644",
                     "2000286260", "2000300143", "2000308550", "2000316003", "2000318804", "2000322511",
                     "2000324158", "2000326151", "2000330718", "2000418174", "2000424551", "2000513172",
                     "2000528072", "2000563472", "2000565391", "2000566631", "2000566633", "2000572752",
                     "2000577622", "2000600471", "2000602632", "ЦТ0047282"],
            "perekrestok": ["3198697", "3207022", "3330134", "3347588", "3359555", "3390152", "3416253",
                            "3434237", "3443810", "3460864", "3464086", "3464088", "3486631", "3635837",
                            "3653933", "3697463", "4045571", "4051414", "4062689", "4081069", "4100627",
                            "4100629", "4169220", "4175216", "4241464", "4276248", "4279045", "4316920",
                            "4321243", "4329781", "4332703", "4337765", "4337767", "4339153", "4342912",
                            "4343709", "4344479", "4353596"],
        }, "сосиски of any brand, recipe and meat (молочные, сливочные, венские, баварские, докторские, филейные, "
           "smoked, turkey, poultry, beef, children's), packed or sold per 100 g; «2 пачки» is a count; sausages "
           "with added cheese, bacon, mozzarella-basil, pumpkin or broccoli (filled/flavoured variants), "
           "sardelki, kupaty, sausages in dough and pet food excluded"),
        ("1 горчицу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "2000582072", "ЦТ0021675"],
            "perekrestok": ["21001", "21002", "2143139", "2153858", "3120635", "3285595", "3297748",
                            "3332502", "3333301", "3333328", "3358711", "3358713", "3372044", "3416298",
                            "3434688", "3435016", "3438145", "3456246", "3980912", "3995313", "3995314",
                            "4149116", "4152778", "4152780", "4229364", "4229365", "4268545", "4273279",
                            "4276808", "4337616", "4337617", "4337618"],
        }, "prepared table mustard of any style and brand (Русская, Столовая, Домашняя, Деревенская, Дижонская, "
           "Баварская, зернистая/Ротиссер, «ядрёная жгучая», «burger & hot-dog»); «1» is a count; fruit mustards "
           "(брусника, инжир, манго), mustard with horseradish or chili (flavoured variants), whole mustard seed "
           "(Волшебное дерево «целая»), mustard sauces, relish, mustard powder and mustard oil excluded"),
        ("4 булочки для хот-догов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4317073"],
        }, "hot-dog buns: Перекрёсток «Булочка для хот-дога 4шт Маркет» (a pack of 4); «4 булочки» is a count; "
           "hamburger buns, brioche, sweet buns and baguettes excluded; the other chains have no hot-dog buns"),
    ]),
    # L19 summer salad
    ("1 кг помидоров, полкило огурцов, 2 перца болгарских, 1 пучок редиски", [
        ("1 кг помидоров", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["10E0075437", "2000003231", "2000186544", "2000285867", "2000303785", "2000327738",
                     "2000331828", "2000410142", "2000580825", "2000580827", "2000601471", "2000601472",
                     "D000004968", "ЦТ0019904"],
            "perekrestok": ["11971", "14809", "14811", "2100224", "21292", "2166", "3373662", "3383460",
                            "3383465", "3410591", "3634714", "3657325", "3695580", "4125409", "42138",
                            "4214021", "4217379", "4255159", "4261327", "4272752", "4327416", "4335742",
                            "4335744", "4371254", "4375133", "4377073", "4378622", "4381951", "4381952",
                            "82521"],
        }, "fresh tomatoes of any variety and pack (red, pink, yellow, plum-shaped, on the vine, cocktail, cherry "
           "- cherry counts as «помидоры» as in real_basket_eval -, Кумато, Бычье сердце, Голубая Леди, loose or "
           "packed); «1 кг» is a quantity of a weighed good; marinated, salted, canned in juice/sauce/own juice, "
           "canned chopped «резаные», sun-dried tomatoes, tomato paste and the Дядя Ваня jars excluded; Магнит "
           "has only one fresh pack (cherry «Горячее сердце»)"),
        ("полкило огурцов", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998",
                            "4072", "2131726"],
        }, "fresh cucumbers of any kind and pack (гладкие, колючие, длинные, среднеплодные, короткоплодные, "
           "Бакинские, packed 300-600 g or loose); «полкило» is a quantity of a weighed good; Дикси «Огурцы "
           "корнишоны, в упаковке, 300 г» (no brine or jar named) and Перекрёсток «Огурцы Хрустящие» (sold by "
           "weight at the price of fresh short cucumbers) taken as fresh - outside knowledge; pickled, salted, "
           "marinated cucumbers and gherkins in jars (incl. Магнит «ШЕСТЬ СОТОК, хрустящие, 720мл»), vegetable "
           "assortments and yoghurts (stem inside «йогурт») excluded"),
        ("2 перца болгарских", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh bell pepper in any chain; black pepper, chili, paprika powder, stuffed and marinated peppers "
           "and dishes «с болгарским перцем» are other products"),
        ("1 пучок редиски", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh radish in any chain; radish seeds and salads are other products"),
    ]),
    # L20 breakfast: yoghurt, muesli, juice
    ("3 йогурта активия, 1 пачку мюсли, 1 литр сока апельсинового", [
        ("3 йогурта активия", {
            "pyaterochka": ["3159605", "3159606", "3609770", "8487"],
            "magnit": ["02e2bec94a", "264dcf04cc", "2da150143b", "555ec5242d", "6274db9238", "67fc9c08f6",
                       "7d3e9ca5eb", "9478d6d6b5", "ad26a8d9c2", "c59def5e83", "dcef614113", "e48ddbaaa1",
                       "ff3259caa2"],
            "dixy": [],
            "perekrestok": [],
        }, "every Активиа (Danone Activia) yoghurt, spoonable or drinkable, any flavour and size (Пятёрочка "
           "«DANONE Биойогурт АКТ.» and «АКТИВ.Биойогурт» 870 g, Магнит 130 g and 260 g); «активия» is a "
           "misspelling of the brand; «3» is a count; yoghurts of other brands (Актибио, Epica …) excluded"),
        ("1 пачку мюсли", {
            "pyaterochka": [],
            "magnit": ["343cbf7aa0"],
            "dixy": [],
            "perekrestok": [],
        }, "muesli: Магнит «Мюсли ОГО, с тропическими фруктами» (fruit is part of ordinary muesli); «1 пачку» is "
           "a count; granola (Granolife, Настин Сластин - sold as a separate baked product, judgement), muesli "
           "bars, yoghurts and ice cream with muesli/granola, oat flakes and porridges excluded"),
        ("1 литр сока апельсинового", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814", "2000177095", "2000107420"],
            "perekrestok": [],
        }, "single-fruit orange juice sold as «сок» in a litre carton: Дикси Rich 1 l, «Я» 0.97 l and J7 «для "
           "детского питания» 0.97 l (0.97 l is today's standard «litre» carton; children's juice of the fruit "
           "counts, as in real_basket_eval); «1 литр» names the pack, so J7 0.3 l is excluded; nectars (Добрый, "
           "Любимый «100% апельсин»), J7 «Продукт питьевой», сокосодержащие drinks, multi-fruit and detox juices "
           "excluded"),
    ]),
    # L21 Olivier salad
    ("2 майонеза, 2 банки горошка, 1 банку кукурузы, 2 пачки крабовых палочек", [
        ("2 майонеза", {
            "pyaterochka": ["3277400"],
            "magnit": ["1000014596", "1000016691", "1000077733", "1000077734", "1000108624", "1000169172",
                       "1000179908", "1000233673", "1000277219", "1000348713", "1000351363", "1000356802",
                       "1000422623", "1000450507", "1000498096", "1000501598", "1000520539", "1000554514",
                       "1000556519", "1000556521", "1000558908", "1728400015", "1728400030", "1799700138",
                       "1799900201", "8000023980", "8000045827", "8000045828", "8000056331", "8000059708",
                       "1b1e1ef668", "269c8ab257", "2c23c84574", "53cac67445", "56ff8ec751", "5861fc587f",
                       "7a519275b4", "7d31b46ae3", "b624a9bb8a", "d2dba12ffc", "d8bbb63f48", "da818e4a20",
                       "ddda8365b8", "f0f427f9d4", "fa82a39b34", "1000556520"],
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
        }, "mayonnaise of any brand, fat and pack (Провансаль, классический, оливковый, на перепелином яйце, с "
           "лимонным соком, сметанный, Домашний, «чистый», with avocado oil; Магнит «РЯБА Провансаль сметанный "
           "50.5%» whose title omits the word майонез); «2» is a count; майонезный соус (Постный, Лёгкий, "
           "Коул-слоу, Тартар, сырный, чесночный, Спайси) and herring in mayonnaise excluded"),
        ("2 банки горошка", {
            "pyaterochka": [],
            "magnit": ["02059b03ae", "077ca9bca9", "08e4c89d92", "118e7a3919", "334fc1acba", "68a96163bf",
                       "7e3054a87f"],
            "dixy": ["0230306094", "10A0036580", "1100075857", "2000118079", "2000163949", "2000189884",
                     "2000313797", "2000313828"],
            "perekrestok": ["16791", "19134", "2035571", "27460", "3026306", "32340", "3350744",
                            "3360308", "3447858", "3483842", "3504837", "3628006", "3635251", "3951175",
                            "4004677", "4011800", "4059535", "4188483", "4192227", "4206921", "4211849",
                            "4273266", "4283761", "4380317", "77114"],
        }, "canned green peas of any brand and tin/jar size (молодой, нежный, деликатесный, мозговых сортов, без "
           "сахара, the 4.15 kg Бояринъ tin); with «горошек» the word «банки» names the canned form, so frozen "
           "peas (4 Сезона, Маркет, loose), fresh sugar peas «Горошек сладкий», peas with carrots and Зелёная "
           "Линия «Горошек Изысканный» (title does not say canned or frozen - left out) are excluded; black "
           "pepper «горошком», chickpeas and pet food excluded"),
        ("1 банку кукурузы", {
            "pyaterochka": [],
            "magnit": ["27836bac30", "a869e5b9ba", "cfc404aebb", "d2de35fd7c", "fb00d5f8b1"],
            "dixy": ["1041027555", "10E0064890", "2000163950", "2000279948", "2000313796", "2000318963",
                     "2000556891", "DI00079261"],
            "perekrestok": ["3447859", "4316301", "4321444"],
        }, "canned sweet corn kernels of any brand and size (сладкая, сахарная, молодая, деликатесная; Bonduelle, "
           "Globus, Green Ray, 6 соток, Heinz, Пр!ст, Маркет); «1 банку» names the canned form and is a count; "
           "frozen corn/cobs, popcorn, corn flakes, sticks, flour and salads with corn excluded"),
        ("2 пачки крабовых палочек", {
            "pyaterochka": [],
            "magnit": ["4f11f65802", "8a27ccab55"],
            "dixy": ["2000179155", "2000224260", "2000300878", "2000307177", "2000521851", "2000546772",
                     "ЦТ0035069"],
            "perekrestok": ["2043673", "2154175", "2154177", "2162050", "24998", "26084", "3169222",
                            "3199420", "3204340", "3210145", "3408151", "3458", "3500653", "3659730",
                            "4034752", "4096079", "4112613", "4124683", "4157138", "4291954", "4291955",
                            "45926"],
        }, "plain crab (surimi) sticks of any brand and pack, chilled, frozen or pasteurised (incl. «Снежный "
           "краб», «Салатные», «с мясом натурального краба», Vici «для рулетиков», Vici «Палочки сурими», "
           "«Палочки Путина крабовые», Coraya); «2 пачки» is a count; «крабовое мясо» (a different product, as in "
           "set g), filled Краб-ролл / Лосось-ролл / Crabe De L’amour, crab salads and crab-flavoured chips "
           "excluded"),
    ]),
    # L22 the baby
    ("4 пюрешки детских яблочных, 1 кашу детскую гречневую, 1 пачку подгузников 4", [
        ("4 пюрешки детских яблочных", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["T000007148", "2000602072", "2000227782"],
            "perekrestok": [],
        }, "single-fruit apple baby purees of any size (ФрутоНяня «Яблочное»/«Яблоко» 90-250 g incl. «без "
           "сахара», Gipopo «Яблоко»); «4» is a count; multi-fruit purees with apple (apple-pear, apple-peach, "
           "apple-banana, with cream, biscuit or berries), vegetable purees, the adult Nutrino purees and apple "
           "juices excluded"),
        ("1 кашу детскую гречневую", {
            "pyaterochka": [],
            "magnit": ["1000177276", "1000579489", "e0fa6db4be"],
            "dixy": ["2000291139", "2000265599"],
            "perekrestok": ["3603636"],
        }, "plain buckwheat porridge for babies/children, ready liquid or dry, milk or dairy-free (Агуша "
           "«Засыпай-ка» молочно-гречневая / «гречка» 200 ml, ФрутоНяня «жидкая молочная гречневая» 200 ml, "
           "Nestle «гречневая безмолочная» 200 g, Флёр Альпин «Каша безмол гречневая» 175 g - an organic "
           "baby-cereal brand, outside knowledge); «1» is a count; buckwheat porridges with apple or dried "
           "apricots, multigrain and other-grain baby porridges, and the adult instant «Каша Магнит гречневая с "
           "грибами и луком» excluded"),
        ("1 пачку подгузников 4", {
            "pyaterochka": [],
            "magnit": ["ba8611ce1a", "53ba3d65f3", "da5217477c", "42c3dfa89a", "8f86f635d0"],
            "dixy": [],
            "perekrestok": [],
        }, "tape diapers of size 4 (Maxi, about 8-14 kg): Huggies Elite Soft 4 (8-14 kg), Pampers «Актив Бейби "
           "Макси» (Maxi = size 4), Хаггис «Ультракомфорт» 8-14 kg incl. «для девочек» (Huggies size 4 range) and "
           "Меррис «Детские 9-14кг» (Merries L, the size-4 weight class) - the last three by outside knowledge of "
           "the brands' size charts; «1 пачку» is a count; other sizes (Ньюборн, мини, Миди, Джуниор, Экстра "
           "Лардж, 12-22 kg …), diaper pants «трусики(-подгузники)» (a different form) and wet wipes excluded; "
           "only Магнит sells diapers"),
    ]),
    # L23 drinks and water
    ("2 бутыли воды по 5л, 6 бутылок минералки газированной, 2 колы по 2 литра", [
        ("2 бутыли воды по 5л", {
            "pyaterochka": ["3635131"],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693",
                            "4263871", "4231308"],
        }, "still drinking/table water in 5 l bottles of any brand (incl. children's drinking water 5 l - "
           "ФрутоНяня, Аквалайн «Для ляль», Черноголовка Бэйби, Кидси - plain water, and Пятёрочка «Легенда Гор» "
           "table water «5.0» read as 5 l); «по 5л» names the bottle and «2 бутыли» is a count; smaller bottles, "
           "the 6 l Зелёная Линия and the 18.9 l cooler bottle, flavoured waters and medicinal mineral waters "
           "excluded"),
        ("6 бутылок минералки газированной", {
            "pyaterochka": ["6993", "3193325"],
            "magnit": ["f701a87ff6", "67c2003564", "1c2ad4b953", "2132714cae", "9d46fc2eab"],
            "dixy": ["ЦТ0020861", "2000211073", "2000315091", "2000188861", "2000283682", "10E0072597",
                     "2000015389", "2000000144", "ЦТ0043947", "2000572194", "2000346018", "2000601311",
                     "2000323928", "2000294825", "2000000143", "2000599872"],
            "perekrestok": ["54819", "4274135", "4274156", "4138195", "4358151", "88995", "74767",
                            "56196", "3485716", "2105574", "3393237", "2083111", "3977407", "2029732",
                            "4201131", "51503", "20676", "81004", "20389", "2075986", "3655711",
                            "4250375"],
        }, "sparkling mineral water (столовая or лечебно-столовая) of any brand and bottle: titles saying "
           "«минеральная» (or «лечебно-столовая») and «газированная», plus brands that are sold sparkling though "
           "the title omits it - Боржоми, Нарзан, Ессентуки №4 (and Галерея источников №4), Набеглави, Рычал-Су "
           "(outside knowledge); «6 бутылок» is a count; still and «негазированная» mineral waters, titles that "
           "state neither gas nor a known sparkling brand (Славяновская, Кувака, Обуховская 13, Rokada, Стэлмас 1 "
           "l, Аш-Тау Дикси, Ессентуки «целебная»), purely medicinal «лечебная» waters (Ессентуки №17), "
           "non-mineral drinking waters «питьевая газированная» (Bon Aqua, Aqua Minerale, Святой источник "
           "питьевая, Архыз «питьевая»), flavoured waters and lemonades excluded"),
        ("2 колы по 2 литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cola in 2 l bottles in any chain (colas on sale: Coca-Cola 0.33 l at Пятёрочка, Добрый, "
           "Черноголовка, Funky Monkey 0.33-1.5 l at Магнит and Дикси); «по 2 литра» names the bottle, so smaller "
           "bottles are not accepted; Evervess and rum-cola beer drinks are other products"),
    ]),
    # L24 cat and dog
    ("10 пакетиков вискас, 1 наполнитель для кошачьего туалета, 2 банки корма для собак", [
        ("10 пакетиков вискас", {
            "pyaterochka": [],
            "magnit": ["2493311", "2493331", "2493341", "2493371", "2493411", "2493421", "2493431",
                       "2493691", "2541861", "2541881", "2541891"],
            "dixy": ["2000604092"],
            "perekrestok": [],
        }, "Whiskas wet food in 75 g pouches of any flavour and recipe (рагу, желе, паштет, соус; incl. the "
           "kitten and «старше 7 лет» pouches - no life stage was written); «вискас» is the Cyrillic spelling; "
           "«10 пакетиков» is a count of pouches; Whiskas dry food (Пятёрочка 350 g, «Подушечки» 350-800 g) and "
           "the 1.9 kg pâté pack (not a pouch) excluded"),
        ("1 наполнитель для кошачьего туалета", {
            "pyaterochka": [],
            "magnit": ["eaad0805c2"],
            "dixy": [],
            "perekrestok": [],
        }, "cat litter: Магнит «Наполнитель для кошачьего туалета КЭТ СТЕП, силикагелевый, 1,8кг» (any litter "
           "type is acceptable; this is the only one on sale); «1» is a count; yoghurts and ice cream «с "
           "наполнителем» (trap) excluded"),
        ("2 банки корма для собак", {
            "pyaterochka": [],
            "magnit": ["29c8e3ff37", "d79df2ed60", "e2d41a7149", "d043b38106", "d807de44a4", "b4a9c6d2c0",
                       "d23d6a5e3a", "4051471852", "c10a3d762f", "6d20512d93", "93ddf1f29b"],
            "dixy": ["2000575411", "2000337213", "2000372875"],
            "perekrestok": ["4066610", "4282949", "4282950"],
        }, "wet dog food in single-serve packs of any brand and recipe (Pedigree 80-85 g, Purina ONE Мини 85 g, "
           "Cesar 80-85 g); «2 банки» is read as «two packs of wet (tinned-type) food» - pouch, tray or tin -, "
           "the substantive distinction being wet vs dry; dry food (Pedigree 2.2/13 kg, Perfect Fit, Purina ONE "
           "600 g/1.5 kg, Мираторг WINNER Meat 500 g - a dry line, outside knowledge), treats (Dentastix, Winner, "
           "TiTBiT, Triol), toys, repellents and cat food excluded"),
    ]),
    # L25 stocking up
    ("2 пачки риса самого дешевого, 3 банки шпрот, 1 кг сахара, 2 пачки овсянки геркулес", [
        ("2 пачки риса самого дешевого", {
            "pyaterochka": ["3493524", "3631227", "3647681", "3674167"],
            "magnit": ["442b8a34cc"],
            "dixy": ["0230703063", "2000000058", "2000002128", "2000180346", "2000180347", "2000180350",
                     "2000203655", "2000219612", "2000261091", "2000274400", "2000282743", "2000288318",
                     "2000292827", "2000310624", "2000350727", "2000350733", "2000587451", "2000594951",
                     "2000600234", "DI00079260", "DI00080510", "T000024619", "ЦТ0042579"],
            "perekrestok": ["3143475", "3231277", "3413111", "3469125", "3469126", "3469127", "3469128",
                            "3469129", "3483037", "3603168", "3603169", "3608320", "3608771", "3634155",
                            "3634156", "3635865", "3674166", "3674360", "39747", "4217253", "4254250",
                            "4285358", "4290674", "4332035", "4345261", "4371462", "4372428", "4374544",
                            "57930"],
        }, "rice groats of any kind, brand and pack, as no type was written (long-grain, round-grain, parboiled, "
           "basmati, jasmine, Адриатика/Бальдо/Италика, for plov, for sushi, brown; 5x80 g boil-in-bag incl.); "
           "«самого дешевого» is a wish and «2 пачки» a count; rice dishes (Перекрёсток «Рис Светофор» by weight, "
           "«жареный рис», Ком Бо, Yelli со шпинатом), rice-millet mixes, puffed rice, rice "
           "flour/noodles/crispbread and pet food with rice excluded"),
        ("3 банки шпрот", {
            "pyaterochka": [],
            "magnit": ["1bdba960f3", "3382c3c046", "861990d37c", "cb3b169ef1"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprats in oil of any brand and tin (5 Морей, Барс, Вкусные консервы крупные, Знак качества); "
           "«3 банки» is a count; sprats «с халапеньо» (flavoured), sprat pâté, kilka in tomato and other canned "
           "fish excluded; only Магнит sells sprats"),
        ("1 кг сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs («1 кг» names the pack of a packaged good, as «сахар 1кг» in set "
           "g): Дикси «Сахар-песок белый, фасованный, 1 кг», Перекрёсток «Сахар белый песок, 1кг» and «Сахар "
           "Советский Экстра, 1кг» (taken as granulated, as in set vy); 900 g / 750 g / 5 kg packs, lump sugar "
           "(рафинад/прессованный 1 kg - «сахар» means granulated by default), cane and coconut sugar, vanilla "
           "sugar, sweeteners, candy floss and «сахарная» corn excluded"),
        ("2 пачки овсянки геркулес", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000005395", "2000219614", "2000222892", "2000601251"],
            "perekrestok": ["2105514", "23772", "24926", "3421663", "3469028", "3933387", "4005492",
                            "4157124", "6752"],
        }, "rolled oat flakes titled «Геркулес» - the word is both the Русский Продукт brand and the everyday "
           "name of this kind of oats - of any maker and pack (Русский Продукт традиционный/Монастырский/быстрого "
           "приготовления, Любимые традиции, Маркет, Мистраль Фермерский, Nordic «Геркулес Финский», «Экстра "
           "Геркулес» 1 kg, Магнит «ГЕРКУЛЕС Нежный», Дикси «Геркулес» 400 g); «2 пачки» is a count; oat flakes "
           "not titled Геркулес (Ясно Солнышко №1-3, Nordic, Organic life, Маркет №3 …), flavoured and instant "
           "porridges, oat drinks and cookies excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftlNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftl\d\d ===$", line):
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
                    errors.append("ftl%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftl%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftl"))
