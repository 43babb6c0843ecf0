#!/usr/bin/env python3
"""Re-create fresh_basket_eval_q.jsonl -- 25 shopping lists of many kinds of shoppers, hand-labelled against
the real offers in real_offers_g.jsonl (the same offers as fresh_basket_eval_g, see real_offers_g.SOURCES.md).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_q.build.py

LISTS below is literal data: 25 lists (2-4 items, 84 items) written blind first (before any offer was read,
see fresh_basket_eval_q.blind_lists.txt) as people type to a Telegram bot -- a pensioner, a student, a young
couple, a fitness fan, a vegetarian, a dacha owner, a fisherman, a nursing mother, a night-shift worker, an
office manager, parents, bakers, a party, a cleaning day, a cat/dog owner -- and for every item the product
ids of every store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic
brand spellings, ё/е) and read one by one, then every item was re-checked by listing all in-stock titles
matching its stem that were not accepted.  The note of each item records what was deliberately left out and
any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the
item is "missing" there).  The labels were made without reading korzina or any other set's labels.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly
the list's items in order (an item is the text between commas / new lines) -- and then writes the JSONL in
the format of real_basket_eval.jsonl.  List ids are fq01, fq02, ... in LISTS order; every list is in split
"fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_q.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # Q1 pensioner
    ("гречка ядрица подешевле, кефирчик 1 процент, дарницкий хлебушек, сушки маковые", [
        ("гречка ядрица подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000294696", "2000300392", "DI00080511", "ЦТ0042599"],
            "perekrestok": ["28960", "3019156", "3231481", "3276128", "3438178", "3446736", "3477255", "3493533",
                            "3600743", "3667612", "3674200", "3696237", "3994791", "4009020", "4019310", "4059000",
                            "4061364", "4090171", "6847", "14301"],
        }, "buckwheat groats whose title says ядрица (incl. boil-in-bag, quick-cooking, пропаренная); "
           "Перекрёсток Агро-Альянс Экстра элитная 14301 accepted because Дикси titles the same product «ядрица» "
           "(outside knowledge); titles not stating ядрица (Мистраль 900г, Увелка Экстра, Нижегородская, "
           "Националь Камолино, plain «Гречка»), green buckwheat, ready dishes, baby purees, buckwheat drink "
           "excluded; «подешевле» is not a filter"),
        ("кефирчик 1 процент", {
            "pyaterochka": [],
            "magnit": ["1000166736", "1000563708", "1899911984", "1000451591"],
            "dixy": ["2000166045", "2000227476"],
            "perekrestok": ["2084558", "3352331", "3467794", "3604602", "3636340", "4242643", "4252383", "4255904",
                            "4263416", "4328084", "4334308"],
        }, "kefir and биокефир of exactly 1%; «кефирный продукт»/«биокефирный продукт»/«Биопродукт кефирный» 1% "
           "and other fat levels excluded"),
        ("дарницкий хлебушек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2053660", "3627134", "3953836", "3974720", "4074396", "4354623"],
        }, "bread «Дарницкий» of any maker; Перекрёсток «Хлеб Дарница ржаной подовый» and «Дарница Двинский» are "
           "the brand Дарница, not Дарницкий bread -> excluded"),
        ("сушки маковые", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "сушки with poppy seed: Магнит НЕВСКАЯ СУШКА mini маковые; other сушки (garlic taralli, Ладожский "
           "without sugar) and poppy-seed buns excluded"),
    ]),
    # Q2 student
    ("доширак говяжий 3 шт, пелемени сибирская коллекция, майонез провансаль самый дешевый", [
        ("доширак говяжий 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Доширак noodles with beef: Перекрёсток Чан рамен с острой говядиной; Пятёрочка Доширак чан рамен "
           "корейская (not beef), Доширак potato purée and BigBon beef noodles excluded"),
        ("пелемени сибирская коллекция", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        }, "pelmeni of the brand Сибирская коллекция, any filling; other brands excluded"),
        ("майонез провансаль самый дешевый", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077733", "1000077734", "1000169172", "1000179908", "1000233673", "1000277219", "1000348713",
                       "1000356802", "1000422623", "1000498096", "1000501598", "1000554514", "1000556519", "1000556520", "1000556521",
                       "1000558908", "1728400030", "1799700138", "8000045827", "2c23c84574", "53cac67445", "56ff8ec751", "7a519275b4",
                       "7d31b46ae3", "d8bbb63f48", "da818e4a20", "ddda8365b8", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369", "2000204803", "2000265607",
                     "2000306265", "2000409572", "2000429651", "2000539317", "2000570511", "2000593851", "2000602611", "T000005518",
                     "ЦТ0027566", "ЦТ0040573", "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671", "3467275",
                            "3674577", "3677986", "4072721", "4105769", "4112954", "4199312", "4259097", "4259098",
                            "4297819", "4331497", "4331500", "4331515", "4331518", "4331533", "4339442", "78193"],
        }, "every mayonnaise titled Провансаль of any brand, fat and variant (оливковый, с лимонным соком, "
           "сметанный, Московский Провансаль Домашний/Сливочный, на перепелиных яйцах, с маслом авокадо); «самый "
           "дешевый» is a ranking wish, not a filter"),
    ]),
    # Q3 young couple
    ("винишко красное сух, сыр камамбер, виноград кишмиш", [
        ("винишко красное сух", {
            "pyaterochka": [],
            "magnit": ["0d69bc12b7", "1128713b37", "179454ad06", "1aeecf4fbf", "20076532cf", "25e2e0b426", "282e3b100c", "2843dc2427",
                       "2f74e42279", "316badec71", "3c061d5267", "4a0256aba7", "63ce59d607", "66dc79b1bd", "6c75cc20c2", "6dec98c122",
                       "6fea0b8f60", "70de72738c", "7b8fa4bd5e", "97edfb5844", "984016a189", "992027187d", "9995f68840", "9a7baeb044",
                       "a05527a9ea", "ac836556b8", "adea6d56aa", "aefb2f40d1", "b8cc734787", "ba4136257e", "d05962e7be", "d408e7403a",
                       "d73ee8f4f1", "d982768147", "da35009364", "e3b2e41081", "eb4f5b53b5", "f076430c9a"],
            "dixy": [],
            "perekrestok": ["2141096", "3502899"],
        }, "still red dry wine of any grape/country/size (incl. «выдержанное», Магнит «красн сух» abbreviation); "
           "red semi-dry (полусухое), sweet, sparkling, port, sangria-style wine drinks excluded"),
        ("сыр камамбер", {
            "pyaterochka": [],
            "magnit": ["1000280920", "8000077476", "6fea2c6791", "f58b273104"],
            "dixy": [],
            "perekrestok": ["4203083"],
        }, "Camembert of any brand and fat; other white-mould cheeses (бри etc.) not asked for"),
        ("виноград кишмиш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, "fresh seedless grapes: Дикси «Виноград Мускат, без косточки» accepted (кишмиш is what shoppers call "
           "seedless grapes - outside knowledge); Перекрёсток Ред Глоб, Тайфи, чёрный, Artfrut белый (seeded or "
           "unstated), raisins (виноград сушёный, even «без косточек»), juices and flavoured goods excluded"),
    ]),
    # Q4 fitness fan
    ("куриная грудка 1.5 кг, творог пятипроцентный 2 пачки, геркулес крупный, батончик протеиновый шоколадный", [
        ("куриная грудка 1.5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "2000317425", "2000407516", "2000593951", "DI00080023"],
            "perekrestok": ["2173555", "3034277", "3191300", "3216279", "3273915", "3336397", "3362832", "3609675",
                            "3649232", "3653837", "3669585", "3673509", "3678985", "3689116", "3694848", "3940063",
                            "3946764", "4116904", "4208844", "4242120", "4306879", "4312563", "4323072", "4329298",
                            "4347498", "52888", "53105", "78003876"],
        }, "raw chicken breast: breast fillet (филе грудки, «филе цыплёнка/куриное» taken as breast fillet as in "
           "set g, медальоны из филе), breast on the bone, raw fillet in marinade; thigh fillet, sausages «из "
           "грудки», cooked/fried fillet and ready meals, pet food, seasoning excluded; 1.5 кг is the quantity, "
           "not a pack filter"),
        ("творог пятипроцентный 2 пачки", {
            "pyaterochka": [],
            "magnit": ["1000208909", "1000224037", "1000306424", "1000372786", "1000377235", "1000426473", "1000441658", "1000448251",
                       "1000453157", "1000475531", "1000512632", "1000535923", "1000563526", "1000572167", "1079990193", "2400019178",
                       "8000030462", "8000068592", "8000069908", "8000079349", "161690c563", "1720c2be05", "3959a203ba", "9aeeb10b64",
                       "c7f0f0e5ec"],
            "dixy": ["2000227595", "2000244591", "2000309621", "2000322093", "2000410935", "2000512184", "2000539346", "2000555052",
                     "2000568077", "2000595413", "2000599971", "ЦТ0047040"],
            "perekrestok": ["3668864", "4128957", "4153930", "4166368", "4249284", "4274201", "4294066", "4299495",
                            "4302679", "4324116", "3279582", "3617778"],
        }, "plain cottage cheese of exactly 5% (incl. мягкий/нежный, рассыпчатый, lactose-free, from baked "
           "milk); 5.5%/4.5%/3.5%, with raisins/fruit/jam, зерненый в сливках, творожок/паста/сырки/масса, "
           "children's and baby биотворог excluded"),
        ("геркулес крупный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000005395", "2000219614", "2000222892", "2000601251"],
            "perekrestok": ["2105514", "24926", "3421663", "3469028", "3933387", "4005492", "4157124", "6752"],
        }, "rolled oats (овсяные хлопья) named Геркулес, non-instant; quick-cooking Геркулес «быстрого "
           "приготовления», flavoured instant kasha sachets, Геркулес bread excluded; Магнит ГЕРКУЛЕС «Нежный» "
           "(thin flakes) and oat flakes not named геркулес (№1-№3, Nordic plain) excluded as not the large "
           "геркулес the shopper asked for"),
        ("батончик протеиновый шоколадный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chocolate-flavoured protein bar in stock: Дикси Snaq Fabriq (pistachio-caramel) and Перекрёсток "
           "BootyBar (pistachio) protein bars are other flavours; Bombbar muesli bar, protein "
           "cookies/cakes/sweets excluded"),
    ]),
    # Q5 vegetarian
    ("тофу любой, нут сухой 1 кг, хумус классик баночка, соевое молоко alpro", [
        ("тофу любой", {
            "pyaterochka": [],
            "magnit": ["8000092760"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED (blind: «тофу копчёный брусок» - no smoked tofu anywhere). Any tofu: Магнит Россоя «Сыр "
           "Тофу натуральный»"),
        ("нут сухой 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dry chickpeas in stock; chickpea flour, chickpea chips and barley-chickpea drinks excluded"),
        ("хумус классик баночка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no classic hummus; Перекрёсток Груня hummus from sweet potato with chimichurri is a flavoured "
           "variant -> excluded"),
        ("соевое молоко alpro", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain Alpro/Planto soy drink: Дикси Alpro/Planto are almond and coconut-rice, Магнит Planto soy "
           "drinks are flavoured (pistachio ice cream, almond caramel), Green Milk/Nemoloko are other brands -> "
           "excluded (Planto = Alpro's Russian name, outside knowledge)"),
    ]),
    # Q6 dacha owner
    ("уголек березовый 3 кг, жидкость для розжига, шашлык из свинины в маринаде", [
        ("уголек березовый 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no charcoal in stock (only charcoal toothpaste, «треугольники»)"),
        ("жидкость для розжига", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lighter fluid in stock"),
        ("шашлык из свинины в маринаде", {
            "pyaterochka": [],
            "magnit": ["ffb7467b7c"],
            "dixy": [],
            "perekrestok": ["78003999"],
        }, "raw pork shashlik: Магнит Мираторг «Шашлык свиной Деликатесный» 1кг and Перекрёсток «Шашлык из "
           "свиной шейки охлаждённый» (both taken as marinated raw meat - outside knowledge); Перекрёсток "
           "«любительский»/«по-московски» (meat not stated), fried shashlik, chicken/shrimp shashlik, marinades, "
           "seasonings and ketchups «для шашлыка» excluded"),
    ]),
    # Q7 fisherman
    ("водка 0.5 подешевле, сало соленое, черный хлеб половинка, огурчики маринованные хрустящие", [
        ("водка 0.5 подешевле", {
            "pyaterochka": [],
            "magnit": ["090152c9de", "1ecbe55218", "32795289f4", "483a8735b1", "534137b00f", "5566ab37c4", "56c2c0738a", "5a09151d49",
                       "5d4a3d8744", "73f83e02e5", "9a3d8b810b", "a773f41952", "b96abc4aba", "eafc6715dd", "f8bb91864d", "f98a033259"],
            "dixy": [],
            "perekrestok": [],
        }, "unflavoured vodka in 0.5 l bottles (0.5 names the bottle); 0.7/1 l bottles, flavoured vodkas "
           "(клюква, Lemon, кедровая, можжевеловая/можжевельник) and grape «Кизлярка» excluded; «подешевле» not "
           "a filter"),
        ("сало соленое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000601572"],
            "perekrestok": ["4280740"],
        }, "salted pork fat: Перекрёсток «Сало из свиного шпика с черным перцем и чесноком» and Дикси «Шпик "
           "бутербродный с чесноком» (salted spread-style шпик - outside knowledge)"),
        ("черный хлеб половинка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3126329", "2060872", "3658457"],
        }, "rye / rye-wheat bread sold as «половинка»; whole rye loaves, «часть изделия», Ржаной Край brand "
           "breads, rye wafer bread, baguettes «половинка» and halved peaches excluded"),
        ("огурчики маринованные хрустящие", {
            "pyaterochka": ["3015661", "3231209"],
            "magnit": ["adb393075f", "b83846e7e3", "d77cad8396", "e66a4613a3", "e8630c700b", "ec376f9811", "7c2811d92a"],
            "dixy": ["2000148383", "2000180487", "2000200415", "2000208489", "2000348876", "T000005987", "2000604671"],
            "perekrestok": ["4106670", "4342683", "2050041", "2101582", "3180523", "3472384", "3499242", "3504166",
                            "3662073", "3976234", "4061841", "4061853", "4078446", "4107404", "4121991", "4265436",
                            "4307368", "4321954", "4343529", "4367072", "4379606", "71250"],
        }, "jarred marinated cucumbers and gherkins of any brand («хрустящие» is a taste wish, not a filter; "
           "Магнит ШЕСТЬ СОТОК «хрустящие» and СКАТЕРТЬ-САМОБРАНКА/Пятёрочка Закарпатские корнишоны jars "
           "accepted as marinated - outside knowledge); Дядя Ваня «По-берлински» without the word (same product "
           "titled маринованные elsewhere) and Globus «с ягодами можжевельника» accepted as marinated (outside "
           "knowledge); salted (солёные, бочковые, малосольные) cucumbers, Лукашинские «По-старорусски с зеленью "
           "и дубовым листом» (pickling not stated), tomato-cucumber assortments, fresh gherkins, Перекрёсток "
           "«Огурцы Хрустящие» by weight (form not stated) and yoghurts «с хрустящими шариками» excluded"),
    ]),
    # Q8 nursing mother
    ("пюре фрутоняня яблочное, подгузники памперс 3, овсяное печеньице, чай с фенхелем", [
        ("пюре фрутоняня яблочное", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["2000227782", "T000007148"],
            "perekrestok": [],
        }, "ФрутоНяня purée of apple only (any size, incl. «без сахара»); mixes (яблоко-банан, яблоко-персик, "
           "груша-яблоко, with cream, with biscuits, ЯБЛ/ГРУШ/ПЕРСИК), juices, kashas and other ФрутоНяня goods "
           "excluded"),
        ("подгузники памперс 3", {
            "pyaterochka": [],
            "magnit": ["c59f00047d", "e22730169f"],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers diapers of size 3 = Midi: Магнит «Миди Джамбо (4-9 кг)» and «Премиум Кеа Миди (5-9кг)» (Midi "
           "= size 3, outside knowledge); Pampers pants (трусики, even Midi), other sizes, Huggies/Merries/NANI "
           "excluded («памперс» read as the brand since the shopper also wrote «подгузники»)"),
        ("овсяное печеньице", {
            "pyaterochka": ["3613445", "3613448"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000002140", "2000214298", "2000221434", "2000225711", "2000235792", "2000251113", "2000255652", "2000325940",
                     "2000349045", "2000351526", "2000419389", "2000529080", "2000535032", "2000603032", "2000603633"],
            "perekrestok": ["2023501", "2023502", "2091843", "3035354", "3218321", "3412681", "3438892", "3505244",
                            "3603607", "3613445", "3613448", "3639545", "3643376", "3658003", "3663100", "3681160",
                            "3681278", "3688135", "3901906", "3901907", "3951119", "4017837", "4024594", "4032428",
                            "4050870", "4086029", "4113987", "4123144", "4172266", "4172267", "4185824", "4202786",
                            "4202788", "4202831", "4251005", "4258982", "4283932", "4283934", "4283939", "4284221",
                            "4284222", "4315655", "4315656", "4356039", "4370424", "4370425", "91535"],
        }, "any oatmeal cookie (plain, with raisins/chocolate/glaze, sugar-free, children's ФрутоНяня cookies, "
           "Юбилейное Овсяное); ProteinRex oat flapjacks (bars), baby purée «с овсяным печеньем» and yoghurt "
           "with oat cookie excluded"),
        ("чай с фенхелем", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4317677"],
        }, "tea containing fennel: only Перекрёсток Richard Wellness «Дижестив» green tea with fennel among its "
           "herbs (accepted, borderline: not a fennel tea for nursing mothers); no herbal fennel tea in stock"),
    ]),
    # Q9 night-shift worker
    ("энергетик адреналин, кофе нескафе голд растворимый, шоколад ритер спорт", [
        ("энергетик адреналин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000542794"],
            "perekrestok": ["4206324"],
        }, "Adrenaline (Rush) energy drinks of any variant (both in stock are sugar-free); Burn, Red Bull, Volt, "
           "Tornado, Gorilla etc. excluded"),
        ("кофе нескафе голд растворимый", {
            "pyaterochka": [],
            "magnit": ["07b5ff6b13", "0c262c177c", "5937914f18", "5ed1824f2e", "67ebe44e72", "e29b86ab6b", "eab407b5dd"],
            "dixy": ["2000144529", "2000225116", "2000225117", "2000587951", "ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé Gold instant coffee of any variant and size (сублимированный, «молотый в растворимом», "
           "Barista, Aroma, Alta Rica - Gold Alta Rica taken as instant, outside knowledge); Nescafé Classic / "
           "Classic Crema and 3в1 drinks excluded"),
        ("шоколад ритер спорт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001696", "2000208184", "2000215500", "2000574951", "2000598771", "2000603611"],
            "perekrestok": ["3490519", "3995225", "4074334", "4114351", "4258929", "4315403", "4372367"],
        }, "Ritter Sport chocolate bars of any flavour (typo «ритер»); other brands excluded"),
    ]),
    # Q10 office kitchen
    ("чай липтон в пакетиках 100 шт, рафинад кусочками, печенюшки юбилейные, сливки для кофе 10%", [
        ("чай липтон в пакетиках 100 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton tea bags in a pack of 100: none; Пятёрочка Lipton Yellow Label 25 bags excluded because «100 "
           "шт» names the pack, Lipton iced tea drinks excluded"),
        ("рафинад кусочками", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["10E0076829", "2000350151", "2000468691", "2000538871"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (сахар прессованный / кусковой); Магнит ЧАЙКОФСКИЙ «Сахар-песок Рафинированный» "
           "(granulated), cane/unrefined lump sugar (Мистраль, Маркет тростниковый) excluded"),
        ("печенюшки юбилейные", {
            "pyaterochka": [],
            "magnit": ["23c5c2875e", "4ecdd613ad", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное cookies of any variant (витаминное, молочное, с глазурью, Овсяное); Юбилейная sausage and "
           "Julius Meinl «Юбилейный» coffee excluded"),
        ("сливки для кофе 10%", {
            "pyaterochka": [],
            "magnit": ["1000006089", "1000052910", "1000128456", "1000144079", "1000456519", "1000461011", "1000506066", "1000537609",
                       "1899911837", "3201860040", "913cd14db9"],
            "dixy": [],
            "perekrestok": ["3431574", "4271735", "4267108", "44849", "68419"],
        }, "drinking cream of exactly 10% (sterilised/UHT, bottles and 10 g portion cups) - «для кофе» is the "
           "use, not a filter; 11%, 20%, 33% cream, ice cream and tea «со сливками», творог «+сливки» excluded"),
    ]),
    # Q11 pensioner's vegetables
    ("свеколки пару штук, капуста белокочанная кочан, морковка 1 кг, лук репка", [
        ("свеколки пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["13998", "2143053", "3368257", "3378167", "4299508", "4375880", "45532", "786",
                            "92844"],
        }, "fresh whole beetroot (loose, молодая, в пучках, мытая, packs, Маркет Fresh свежая); boiled/peeled "
           "vacuum packs (incl. «Свёкла целая очищенная» and «Свекла очищенная», taken as cooked - outside "
           "knowledge), cut соломка/резаная, marinated beet, seeds, chard (мангольд) excluded"),
        ("капуста белокочанная кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["1546", "198"],
        }, "fresh white cabbage sold as heads (incl. ранняя); shredded/cut packs (not a кочан), marinated and "
           "sauerkraut, seeds and Перекрёсток plain «Капуста» (kind not stated) excluded"),
        ("морковка 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4299784", "60529"],
        }, "fresh carrots of any pack or loose (1 кг is the quantity); boiled carrots, carrot-containing dishes, "
           "juices, pet food, sauerkraut with carrot excluded"),
        ("лук репка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "bulb onions (лук репчатый, incl. red and peeled); green onions, leeks, onion-flavoured snacks and "
           "seasonings excluded"),
    ]),
    # Q12 kids
    ("сок добрый яблочный 2л, йогурт растишка, сырки глазированные чудо", [
        ("сок добрый яблочный 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый apple juice in a 2 l pack: none - Добрый apple juice exists only as 1 l (Дикси 10E0072646, "
           "Магнит 9aed063f0e, Перекрёсток 58049) and small packs, excluded because «2л» names the pack (set-g "
           "convention, cf. «сахар 1кг»); apple-mix juices, nectars «яблочки», Active kid excluded anyway"),
        ("йогурт растишка", {
            "pyaterochka": [],
            "magnit": ["1000211109", "1000334603", "1000559788", "1000568730", "1059990444", "8000022363"],
            "dixy": ["2000280864"],
            "perekrestok": ["3629034", "4023796", "4341332", "4356575"],
        }, "Растишка yoghurts of any flavour, spoonable and drinking; Растишка творог and milkshakes (коктейль "
           "молочный) excluded"),
        ("сырки глазированные чудо", {
            "pyaterochka": [],
            "magnit": ["1000149410", "1000149411", "2a66b2b012", "758f114f7c", "9119334841"],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snacks of the brand Чудо, any flavour; Магнит ЧУДО «Десерт вишневое пирожное»/«три "
           "шоколада» sырки accepted as glazed (the Чудо Десерт line is glazed - outside knowledge, title does "
           "not say); other brands' glazed сырки excluded"),
    ]),
    # Q13 breakfast
    ("кукурузные хлопья без сахара, молоко ультрапастеризованное 2.5%, бананы спелые", [
        ("кукурузные хлопья без сахара", {
            "pyaterochka": [],
            "magnit": ["12df5755fb"],
            "dixy": [],
            "perekrestok": [],
        }, "plain (unglazed, no honey) corn flakes: Магнит ЛЮБЯТОВО «Хлопья кукурузные» 600г accepted as the "
           "unsweetened kind (borderline: the title does not say «без сахара»); honey, glazed (Кузя Лакомкин), "
           "cinnamon-honey corn flakes and chocolate with corn flakes excluded"),
        ("молоко ультрапастеризованное 2.5%", {
            "pyaterochka": [],
            "magnit": ["1000418036", "1812450029", "8000058293"],
            "dixy": ["2000263555", "2000273384", "2000511374", "2000546311", "2000600212"],
            "perekrestok": ["3431582", "4244153"],
        }, "UHT cow milk of exactly 2.5%; pasteurised/sterilised (incl. Агуша sterilised), milk of unstated "
           "treatment (Магнит ДОМИК В ДЕРЕВНЕ 2,5% 1,4л), топлёное, other fat levels excluded"),
        ("бананы спелые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["2084703", "3652283", "4625"],
        }, "fresh bananas (incl. red and bio); «спелые» is a wish, not a filter; Перекрёсток «Бананы для жарки» "
           "(plantains), dried bananas, banana sweets and flavoured goods excluded"),
    ]),
    # Q14 baking
    ("мучка высшего сорта 2кг, дрожжи саф момент, разрыхлитель д/теста, сахарная пудра 1 пачка", [
        ("мучка высшего сорта 2кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4"],
            "dixy": ["2000553733", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481"],
            "perekrestok": ["2037765", "2107396", "2112692", "3193726", "3305673", "3626914", "3681817", "3915409",
                            "4262616", "4326495", "91321"],
        }, "wheat flour of высший сорт in 2 kg packs («2кг» names the pack); Магнит ПЫШЕЧКА пшеничная 2кг "
           "accepted although its grade is not in the title (Дикси titles the same product «высший сорт» - "
           "outside knowledge); 1 kg packs, сорт экстра / особая / plain хлебопекарная without grade, "
           "wholegrain, self-raising, блинная, rye/rice/corn/other flours excluded"),
        ("дрожжи саф момент", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "САФ-МОМЕНТ dry instant yeast; Люкс Экстра pressed yeast (Саф-Нева) and yeast dough excluded"),
        ("разрыхлитель д/теста", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        }, "baking powder: Дикси Dr.Bakers «Разрыхлитель теста»"),
        ("сахарная пудра 1 пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0026194"],
            "perekrestok": [],
        }, "icing sugar: Дикси Магета «Сахарная пудра»; goods «в сахарной пудре» excluded"),
    ]),
    # Q15 borscht
    ("говядина на косточке для бульона, паста томатная баночка, сметанка 15 проц", [
        ("говядина на косточке для бульона", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3020550", "46625", "7338", "85566", "923", "2101259"],
        }, "raw beef on the bone: шейный отруб на кости, грудинка говяжья для харчо (taken as on the bone - "
           "outside knowledge), рагу суповое, голень с костью, лопатка на кости, стриплоин с костью (a steak "
           "cut, but beef on the bone; «для бульона» is a purpose, not a filter); boneless beef, steaks without "
           "bone, cooked/smoked beef, ready meals and pet food excluded"),
        ("паста томатная баночка", {
            "pyaterochka": [],
            "magnit": ["2c160abf20", "3e333fcf75", "63697ab89b", "64828d44cd", "7f508c0006", "d176b4306a"],
            "dixy": ["2000322276", "2000536311"],
            "perekrestok": ["3504319", "3690262"],
        }, "tomato paste of any brand; packaging is mostly not stated, so everything not titled as another form "
           "is accepted; Дикси «Круглое лето» пирамидка and «Помидорка» саше excluded because «баночка» names a "
           "jar/can; ketchups and sauces excluded"),
        ("сметанка 15 проц", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785", "1000461810", "1000463648",
                       "1000553874", "1000558440", "1899900582", "8000035449", "8000057502", "8000068594", "8000072734", "2645f50028",
                       "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086",
                            "4221356", "4226994", "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        }, "sour cream of exactly 15% (incl. lactose-free and «из топлёных сливок»); Пятёрочка РостАгроЭкспорт "
           "«пикантная, с чесноком» (flavoured), other fat levels, sour-cream sauces/snacks excluded"),
    ]),
    # Q16 fish
    ("скумбрия хол. копчения, селедка в масле, икра мойвы санта бремор", [
        ("скумбрия хол. копчения", {
            "pyaterochka": [],
            "magnit": ["1b9094b7b8"],
            "dixy": ["2000545671"],
            "perekrestok": [],
        }, "cold-smoked mackerel (pieces, «косичка»); hot-smoked mackerel, canned mackerel, frozen mackerel, "
           "fish paste and Перекрёсток «Скумбрия 0.3-0.5 кг» (treatment not stated) excluded"),
        ("селедка в масле", {
            "pyaterochka": [],
            "magnit": ["d1c803816b"],
            "dixy": ["2000162753", "2000179260", "2000236692", "2000242531", "2000309903", "2000322886"],
            "perekrestok": ["2168484", "3345483", "3463465", "3622071", "3622072", "3682728", "3683735", "3683742",
                            "3993017", "4116562", "4159336", "4275608", "4322376", "4323336", "4366965", "79543"],
        }, "herring fillet (pieces) in oil of any brand and seasoning (с укропом, с дымком, со специями, "
           "по-польски с лучком и томатом); herring in wine, mayonnaise, tomato filling, marinade, whole salted "
           "herring, cold-smoked fillet, canned natural herring and «сельдь под шубой» excluded"),
        ("икра мойвы санта бремор", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000165824"],
            "perekrestok": [],
        }, "Santa Bremor capelin roe: Дикси «Икра мойвы Санта Бремор в соусе с креветкой» (a flavour variant; no "
           "flavour was written); other Santa Bremor products and whole capelin excluded"),
    ]),
    # Q17 party
    ("чипсы принглс, жигулевское пиво 1.5л, фисташки солёные", [
        ("чипсы принглс", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Pringles in stock (neither Latin nor Cyrillic spelling); other chips excluded"),
        ("жигулевское пиво 1.5л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Жигулёвское» beer and nothing in 1.5 l: Магнит ЖИГУЛИ Барное/Экспорт/ИПА are the brand Жигули "
           "(not Жигулёвское) in 0.45 l cans, Дикси «Жигули Барное Манго-маракуйя» is a flavoured beer drink, "
           "Перекрёсток «Яблоки Жигулевские» are apples"),
        ("фисташки солёные", {
            "pyaterochka": [],
            "magnit": ["8b9281613e", "b3ee07a59e", "cbb2d0c598"],
            "dixy": ["2000327653", "2000539534", "2000539549"],
            "perekrestok": ["2020566", "2049819", "3162277", "3411931", "3428414", "3451308", "3499562", "3638619",
                            "3640863", "3660622", "3900345", "3942813", "4066346", "4073982", "4090837", "4105870",
                            "4207559", "4249887", "4259987", "4274180", "4309728", "4369326", "49082", "49715",
                            "72535"],
        }, "salted pistachios of any brand and pack, in shell or shelled (incl. Camel «печёные подсоленные»); "
           "unsalted/raw/dried shelled pistachios, crushed kernels, pistachios whose salting is not stated "
           "(Good-Food, «Фисташки неочищенные», Семушка очищенные) and pistachio-flavoured sweets, ice cream, "
           "yoghurts excluded"),
    ]),
    # Q18 cleaning day
    ("губочки для посуды, мешки для мусора 60л с завязками, средство для мытья пола мистер пропер", [
        ("губочки для посуды", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges: Магнит НУЖНЫЕ ВЕЩИ Макси 5шт; shoe sponge excluded"),
        ("мешки для мусора 60л с завязками", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l bin bags with tie handles: Магнит НУЖНЫЕ ВЕЩИ «Био ушки 60л» (ушки = tie handles)"),
        ("средство для мытья пола мистер пропер", {
            "pyaterochka": [],
            "magnit": ["494fcd17ad", "ae95ec9c5b", "cac8e32a0f", "dc08e0632c", "275fd6ca49"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "Mr. Proper floor cleaner (для полов и стен, any scent/size); Магнит «Моющее средство MR.PROPER "
           "Лимон/роза 500мл» accepted as the same floors-and-walls liquid (outside knowledge); Mr. Proper "
           "sprays (Антижир, Универсальный) and other brands' floor cleaners excluded"),
    ]),
    # Q19 bathroom
    ("зубная паста colgate отбеливание, шампунь для жирных волос, туалетная бумага трехслойная", [
        ("зубная паста colgate отбеливание", {
            "pyaterochka": [],
            "magnit": ["02007f5dd2", "350131f5fe", "b432da8011", "d03e638466"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate toothpastes titled whitening (отбеливающая Лечебные травы / Прополис, Тотал 12 "
           "Профессиональное отбеливание, Бережное отбеливание); Colgate charcoal (уголь, whitening not stated), "
           "other Colgate pastes, gel, brushes excluded"),
        ("шампунь для жирных волос", {
            "pyaterochka": [],
            "magnit": ["e55ac39ae7"],
            "dixy": [],
            "perekrestok": [],
        }, "shampoo whose title says it is for oily hair: Магнит LIKATO «для тонких и жирных»; shampoos that do "
           "not say so (Schauma 7 трав, Pantene Аква Лайт, Fructis Огуречная свежесть, anti-dandruff etc.) "
           "excluded"),
        ("туалетная бумага трехслойная", {
            "pyaterochka": [],
            "magnit": ["0f9bdfbe08", "11634cf6c9", "24f2c70304", "6189f05c16", "939f14debe", "9a0bd598be", "be21812bf9", "cdc752b01e",
                       "f88b88076f"],
            "dixy": ["2000142974", "2000294361"],
            "perekrestok": ["75364"],
        }, "3-ply toilet paper of any brand, scent and roll count; Магнит ЗЕВА ДЕЛЮКС «Белая с ароматом ромашки» "
           "accepted as 3-ply (Zewa Deluxe is 3-ply, outside knowledge); 2-ply and 4-ply paper and moist toilet "
           "paper excluded"),
    ]),
    # Q20 pancakes
    ("яйца 2 десятка с0, масло подсолнечное рафинир., сгущенка вареная", [
        ("яйца 2 десятка с0", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "2047000014", "1a8d487cea"],
            "dixy": ["2000212529", "2000269325", "2000284425", "2000326489", "2000601652"],
            "perekrestok": ["2131762", "3182853", "3356111", "3392204", "3421287", "3432532", "3914040", "4012802",
                            "4076991", "4168688", "4201192", "4201194", "4236458", "4263543", "4337164", "4352464",
                            "4364349", "4085790"],
        }, "chicken eggs of class С0 (= СО = CO = отборные/отборной категории, incl. «Экстра категория С0») in "
           "packs of 10 or 20 («2 десятка» = 20 eggs: two 10-packs or one 20-pack); С1/С2/СВ/высшей категории, "
           "packs of 6/15/30, quail eggs excluded"),
        ("масло подсолнечное рафинир.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000154498", "2000210260", "2000268261", "2000283309",
                     "2000555852", "2000563791", "DI00079242", "DI00080540", "ЦТ0039503"],
            "perekrestok": ["2007886", "2043188", "2046261", "2068955", "2093709", "2147548", "21676", "23714",
                            "3340103", "3426152", "3426155", "3454645", "3478098", "3642040", "4022580", "4218020",
                            "4269568", "4269569", "4277755", "6275", "64128"],
        }, "refined sunflower oil of any brand and size (incl. дезодорированное, вымороженное, high-oleic "
           "refined, Altaria spray); unrefined oil, oil whose refining is not stated (Аведовъ, Getuva New Way), "
           "blends with olive/almond/wheat-germ oil and flavoured oils (garlic, basil, herbs) excluded"),
        ("сгущенка вареная", {
            "pyaterochka": [],
            "magnit": ["1000244512", "1000244735", "1000346225", "1000379971", "8000034109", "205bde5081", "3ab993278c"],
            "dixy": ["2000311392", "2000335387"],
            "perekrestok": ["4245765", "4250610", "3684740"],
        }, "boiled condensed milk (молоко сгущённое варёное, any brand/size); plain sweetened condensed milk, "
           "condensed milk with coffee, and goods «с варёной сгущёнкой» (сырки, булочки, пончики, гофры, corn "
           "sticks) excluded"),
    ]),
    # Q21 dog and cat
    ("корм педигри для собак сухой, наполнитель древесный кошачий", [
        ("корм педигри для собак сухой", {
            "pyaterochka": [],
            "magnit": ["5f419d7ce3", "635a090395", "a3b4a1cd4c", "cda7970ddc"],
            "dixy": [],
            "perekrestok": [],
        }, "Pedigree dry dog food of any recipe and size (adult, small breeds, puppies); the 2.2 kg and 13 kg "
           "bags not titled «сухой» accepted as dry food by their pack (outside knowledge); wet Pedigree "
           "pouches/pâté 80-85 g excluded"),
        ("наполнитель древесный кошачий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no wood-pellet cat litter in stock; Магнит КЭТ СТЕП silica-gel litter is another kind -> excluded; "
           "yoghurts/ice cream «с наполнителем» excluded"),
    ]),
    # Q22 tea time
    ("печенье орео, зефирки ванильные, мед цветочный натуральный", [
        ("печенье орео", {
            "pyaterochka": [],
            "magnit": ["2d6c3b194d", "f4d02d704a"],
            "dixy": [],
            "perekrestok": [],
        }, "Oreo cookies (ОРЕО, any variant); Alpen Gold/Milka chocolate with Oreo and Oreo ice cream excluded"),
        ("зефирки ванильные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain vanilla zephyr: Дикси Коломенский «Ваниль и малина» is a vanilla-raspberry mix (excluded, "
           "borderline), Пятёрочка Шарлиз «Бело-розовый» does not say vanilla, the rest are fruit/berry or "
           "chocolate-coated zephyr -> excluded"),
        ("мед цветочный натуральный", {
            "pyaterochka": [],
            "magnit": ["928ff089d4"],
            "dixy": ["2000573811"],
            "perekrestok": ["3467507", "3479121", "4316605", "4320672", "4331449", "4340910", "4340911", "4355859"],
        }, "honey titled «цветочный» (incl. «цветочное разнотравье», Таёжный/Горный/Лесной/Шалфейный/донниковый "
           "«цветочный»); honey not titled цветочный (липовый, гречишный, акациевый, луговой, горный Магнит, "
           "Майский, Подсолнух, Уссурийский), крем-мёд with berries and honey-flavoured goods excluded"),
    ]),
    # Q23 salad
    ("огурцы длинноплодные, помидоры розовые 1 кг, сметана 20% жирности, укропчик пучок", [
        ("огурцы длинноплодные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3301324"],
        }, "fresh long cucumbers: Перекрёсток «Огурцы длинные, 1шт»; short/medium cucumbers (короткоплодные, "
           "среднеплодные, колючие, Бакинские), cucumbers whose length is not stated (гладкие, фасованные, plain "
           "«Огурцы»), pickled cucumbers excluded"),
        ("помидоры розовые 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["21292", "3383465", "3695580"],
        }, "fresh tomatoes titled розовые (loose or packed; 1 кг is the quantity); red, yellow, cherry, Кумато, "
           "and varieties whose colour is not stated (Бычье сердце, Махитос, Панамера, Азербайджанские/Дагестан "
           "without «розовые») excluded"),
        ("сметана 20% жирности", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404", "1000574405", "1899913371",
                       "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355",
                            "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, "sour cream of exactly 20%, any brand and pack; 10/15/25% and sour-cream sauces/snacks excluded"),
        ("укропчик пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh dill in stock (only parsley, microgreens, dill-flavoured croutons and herring «с укропом») "
           "-> missing everywhere"),
    ]),
    # Q24 pasta dinner
    ("спагетти барилла №5, пармезан хороший, соус песто зеленый, фарш индейки", [
        ("спагетти барилла №5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000016649"],
            "perekrestok": [],
        }, "Barilla spaghetti №5; Barilla Spaghettini №3, Спагеттони, баветте, букатини and other shapes "
           "excluded"),
        ("пармезан хороший", {
            "pyaterochka": [],
            "magnit": ["1000371470", "1000384143", "1000526832", "1000578272", "0dc02300a0", "632a4664e6", "b10071458c", "e7e41c2d16"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416", "4300784", "4345021", "3496419"],
        }, "parmesan-type cheese of any brand, piece, by weight or grated («хороший» is a wish, not a filter); "
           "ITALIAN SNACK cream cheese with parmesan and ravioli with parmesan excluded"),
        ("соус песто зеленый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pesto sauce in stock; Магнит «Сыр ПЕСТО Грин/Рэд» is a cheese and Пятёрочка Dr.Oetker pizza "
           "«песто» a pizza -> excluded"),
        ("фарш индейки", {
            "pyaterochka": [],
            "magnit": ["b77abe71d3"],
            "dixy": [],
            "perekrestok": [],
        }, "minced turkey: Магнит «Фарш ИНДИЛАЙТ Классический» (Индилайт is a turkey brand - outside knowledge, "
           "the title does not say индейка); turkey medallions, thigh fillet, sausages, cutlets excluded"),
    ]),
    # Q25 avocado toast
    ("авокадо спелый 2 шт, семга слабосоленая нарезка, хлебцы ржаные хрустящие", [
        ("авокадо спелый 2 шт", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["2131945", "3216120", "3445047", "3948371", "3954359", "3954360", "4065597", "4068450",
                            "4090374", "4127617", "4254512", "4266346", "4266407", "4272853", "4379376", "49622"],
        }, "fresh whole avocados, any variety and pack (2 шт is the quantity, «спелый» a wish; Ready-to-eat "
           "included); «Авокадо свежий без косточки 300г» (processed pulp), avocado cheeses, cosmetics, oils, "
           "toys excluded"),
        ("семга слабосоленая нарезка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lightly salted salmon/сёмга slices in stock: only frozen raw salmon, a frozen salmon steak, "
           "smoked chopped salmon, roe, pâté and olives with salmon -> excluded"),
        ("хлебцы ржаные хрустящие", {
            "pyaterochka": [],
            "magnit": ["eb4308a4fa"],
            "dixy": [],
            "perekrestok": [],
        }, "rye crispbread: Магнит ЩЕДРЫЕ «Тонкие ржаные»; other crispbreads (multigrain, buckwheat, corn-rice, "
           "zerновые) and rye bread excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fq"))
