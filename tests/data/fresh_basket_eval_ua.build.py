#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ua.jsonl -- 25 shopping lists of three young guest workers from Kyrgyzstan sharing a
rented flat (plov, lagman, meat, onions, rice, flour, flatbread, tea with milk, sugar, oil, soap and household basics),
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ua.build.py

LISTS below is literal data: for every item (the text between commas / new lines, in order) the product ids of
every in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept, and a note
saying what was accepted, what was deliberately left out and which judgements rest on outside knowledge.  An empty
list means the store has nothing acceptable (the item is "missing" there).  The lists were written blind, before any
offer was read, and saved as fresh_basket_eval_ua.blind_lists.txt; this script first checks that every list text
equals that blind draft (apart from the replacements in REPLACED -- there are none), then calls
labelled_lists.build (every id exists *for that store* and is in stock, no id repeats within an item, every item has
a note, the labels are exactly the list's items in order) and labelled_lists.stats.  List ids are fua01, fua02, ...
in LISTS order; every list is in split "fresh".  The labels were made without reading korzina's matcher or its data.
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ua.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ua.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number: (blind item text, replacement item text)}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fua01
    ("рис для плова 5 кг, морковка желтая 3 кг, лук 3 кг, масло хлопковое 2 бутылки", [
        ("рис для плова 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rice for plov in a 5 kg pack: the written size names the pack (nominative product + size, as «сахар 1кг» in set g); the largest rice packs recorded are 900 g-1 kg (Националь/Мистраль/Зернышко «для плова», Индика, пропаренный), so nothing qualifies; ready plov (Магнит Узбекский, Российская корона), plov seasoning and rice dishes are not rice"),
        ("морковка желтая 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "yellow carrot (the Central Asian plov carrot) is a variety the user asked for; every carrot recorded is ordinary orange carrot or a carrot dish (по-корейски, варёная), so nothing qualifies; 3 кг is a quantity"),
        ("лук 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onion, loose or packed (в сетке, 500/600 г, очищенный, красный репчатый); 3 кг is a quantity; dried/ground onion (Kotanyi, Айдиго), onion rings snack, Lay's «зелёный лук», рахат-лукум, Великолукский products excluded"),
        ("масло хлопковое 2 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cottonseed oil (traditional for plov); none recorded (only sunflower, olive, corn, grapeseed, avocado, mustard oils and Sorti «экстракт хлопка» powder), so nothing qualifies"),
    ]),
    # fua02
    ("баранина на плов 2 кг\nнут пачку\nзира для плова\nчеснок головки 3", [
        ("баранина на плов 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw lamb/mutton; none recorded (only lamb-flavoured pet food, Мираторг «Кебабчичи говядина и ягнятина» minced product and «Баранки»), so nothing qualifies"),
        ("нут пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry chickpeas; none recorded (only chickpea flour Garnec, chickpea chips, barley-chickpea milk drinks and «Нутритив» cosmetics), so nothing qualifies"),
        ("зира для плова", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cumin (зира) seeds/ground; none recorded (only «Приправа для плова» mixes, sauerkraut «с тмином»), so nothing qualifies; a plov seasoning mix is not зира"),
        ("чеснок головки 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["4018137", "45692", "51157", "77278"],
        }, "fresh garlic heads, loose or packed (Дикси «Чеснок», «в упаковке 1 шт»; Перекрёсток «Чеснок», «ранний», Фермерский отборный 1 шт and Фермерский 150 г, taken as fresh heads); peeled cloves («зубчиками 100 г» — not heads), dried/granulated/ground/smoked/minced garlic, salted garlic and garlic-flavoured goods excluded; «3» is a count of heads (quantity)"),
    ]),
    # fua03
    ("мука мешок, дрожи сухие, подсолнечное масло 5 литров подешевле", [
        ("мука мешок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«мешок» names the pack: a sack of flour (5 kg or more); the largest flour packs recorded are 2 kg, so nothing qualifies"),
        ("дрожи сухие", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry yeast (typo for «дрожжи»): Дикси Саф-Момент «сухие быстродействующие» and Магнит САФ-МОМЕНТ 11 г (taken as dry instant yeast — outside knowledge, the Магнит title does not say «сухие»); Люкс Экстра 100 г is pressed fresh yeast (Магнит titles it «ПРЕССОВАННЫЕ», Дикси «сухие … прессованные») and is excluded; puff pastry and yeast-free bread excluded"),
        ("подсолнечное масло 5 литров подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sunflower oil in a 5 l bottle: the written volume names the bottle (as «вода питьевая 5л» in set g); the largest sunflower oil recorded is 2.7 l (Слобода), so nothing qualifies; «подешевле» is a wish, not a filter"),
    ]),
    # fua04
    ("чай черный гранулированный, молоко 2 пакета, сахар 5кг мешок, лепешек 3 штуки", [
        ("чай черный гранулированный", {
            "pyaterochka": [],
            "magnit": ["1305f039da"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea whose title says granulated (гранулированный/CTC): only Магнит ТЕСС «Кения черный гранулированный» 100 пакетиков (bags are fine, no form was written); leaf/«мелколистовой»/байховый teas whose titles do not say granulated, green/herbal teas, iced-tea drinks, granulated coffee/cocoa/garlic and «Сахар … Чайкофский» excluded"),
        ("молоко 2 пакета", {
            "pyaterochka": ["3146538", "2144368"],
            "magnit": ["1000122658", "1000023413", "1000035016", "1000037901", "1000049786", "1000127183", "1000139951", "1000143306",
                       "1000151468", "1000156187", "1000172272", "1000244834", "1000318574", "1000323041", "1000351083", "1000417765",
                       "1000418036", "1000445487", "1000445488", "1000553875", "1000563706", "1000568396", "1051242602", "1051242645",
                       "1059990140", "1812450001", "1812450029", "1899800732", "1899800825", "8000026014", "8000026015", "8000026668",
                       "8000029029", "8000029030", "8000029505", "8000058293", "8000058295", "8000079205", "8000081425", "115e5fb52e",
                       "14bded1fbf", "18ca387556", "447ce591a3", "4aff59ccac", "4e95f09bbf", "be3e0e74c3", "cfca1c1906", "ef94b89629"],
            "dixy": ["10J0077073", "2000024178", "2000066819", "2000133521", "2000204889", "2000227471", "2000238271", "2000263555",
                     "2000271385", "2000273384", "2000298650", "2000313238", "2000315332", "2000328870", "2000328874", "2000509793",
                     "2000511374", "2000546311", "2000557212", "2000560951", "2000571331", "2000594992", "2000600211", "2000600212",
                     "2000600213", "2000603016", "DI00081046"],
            "perekrestok": ["3431582", "3668699", "3668953", "4137916", "4137917", "4153926", "4153927", "4162259",
                            "4223221", "4238319", "4244153", "4250778", "4310700", "4316451", "4332464"],
        }, "drinking cow milk of any fat, pasteurised/UHT/sterilised, incl. lactose-free, protein and children's drinking milk (Агуша, Тема, Аммм, Зелёная Линия «для детского питания») and ranges such as 3.4-6 %; топлёное, козье, dry, condensed/«цельное концентрированное», Му-у «Для капучино» (barista milk), flavoured milk and milkshakes, kefir/ряженка excluded; «2 пакета» is a quantity"),
        ("сахар 5кг мешок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214172"],
            "perekrestok": [],
        }, "white granulated sugar in a 5 kg bag («5кг мешок» names the pack): only Дикси «Сахар-песок фасованный белый, 5 кг»; 1 kg/900 g/750 g packs, pressed/lump sugar, cane and vanilla sugar excluded"),
        ("лепешек 3 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78030338"],
        }, "flatbread (лепёшка): Перекрёсток «Лепёшка с чесноком из тандыра» (a tandoor flatbread with garlic, accepted as a лепёшка — no flavour was written); «Лепёшка сырная с зеленью и чесноком» (a cheese-filled bake), thin Armenian лаваш, bread loaves and baguettes excluded; «3 штуки» is a quantity"),
    ]),
    # fua05
    ("говядина на лагман, лапша для лагмана 2 пачки, перцы болгарские 3 шт, памидоры, редьку зеленую одну", [
        ("говядина на лагман", {
            "pyaterochka": [],
            "magnit": ["0c31b2d47a"],
            "dixy": ["2000309225"],
            "perekrestok": ["1036", "1038", "3020550", "3077141", "3478153", "3667501", "3697004", "3697006",
                            "3917642", "3935137", "3991972", "3991985", "4008468", "4010", "4012", "4090362",
                            "4113680", "4118875", "4118887", "4314598", "4373861", "46625", "46627", "7338",
                            "85566", "923"],
        }, "raw beef, any cut with or without bone (мякоть, бедро, лопатка, шея, огузок, антрекот, гуляш, грудинка, голень, суповое рагу, steaks incl. Black Angus); «на лагман» is a purpose, not a filter; beef mince, offal (язык, печень), люля-кебаб, кебабчичи, burgers, bacon, сыровяленая/копчёная beef, canned stewed beef, ready dishes and pet food excluded"),
        ("лапша для лагмана 2 пачки", {
            "pyaterochka": [],
            "magnit": ["f3da9c547b"],
            "dixy": ["2000592093"],
            "perekrestok": ["4303688"],
        }, "lagman noodles: Магнит МАКСТОРИ «Лагманная», Дикси Восточный гость «Лагманная», Перекрёсток «Лапша Лагманная» Маркет; бешбармак noodles, egg/home-style noodles, soba, funchoza and instant noodles excluded"),
        ("перцы болгарские 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh bell pepper; none recorded (only black/red ground pepper, marinated peppers, olives «со сладким перцем»), so nothing qualifies"),
        ("памидоры", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["10E0075437", "2000003231", "2000186544", "2000285867", "2000303785", "2000327738", "2000331828", "2000410142",
                     "2000580825", "2000580827", "2000601471", "2000601472", "D000004968", "ЦТ0019904"],
            "perekrestok": ["11971", "14809", "14811", "2100224", "21292", "2166", "3373662", "3383460",
                            "3383465", "3410591", "3634714", "3657325", "3695580", "4125409", "42138", "4214021",
                            "4217379", "4255159", "4261327", "4272752", "4327416", "4335742", "4335744", "4371254",
                            "4375133", "4377073", "4378622", "4381951", "4381952", "82521"],
        }, "«памидоры» is a misspelling of помидоры: fresh tomatoes of any kind (round, plum, pink, yellow, cocktail, on the vine, cherry incl. Магнит PREMIERE OF TASTE «Черри Горячее сердце»); salted/marinated tomatoes, tinned/peeled tomatoes, juices, ketchups, seasonings and assorted pickle jars excluded"),
        ("редьку зеленую одну", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "green (Margelan) radish; no radish of any kind recorded, so nothing qualifies"),
    ]),
    # fua06
    ("хозяйственного мыла 2 куска, порошок самый дешевый, губки посудные 5 шт", [
        ("хозяйственного мыла 2 куска", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "laundry soap (хозяйственное мыло); none recorded (only toilet soaps, liquid/cream soaps), so nothing qualifies"),
        ("порошок самый дешевый", {
            "pyaterochka": [],
            "magnit": ["0306390d77", "0998583ce9", "0cfa8dff0c", "147d8a2d07", "2002145e39", "21dd0bf72c", "240fe4229e", "32662031ca",
                       "3372dfb7f6", "3c569d2305", "467ad72946", "4a43abe881", "4d919fe5ff", "6d62d005d5", "84c2d44059", "8d8c8ce3af",
                       "933f2db840", "95636dc9ca", "9570abee2a", "9ec3c6b343", "a728270b73", "bed5eabde5", "cc70715e17", "cf77b09c0c",
                       "d01298315d", "d8210473b5", "d8aa9ce5e8", "e045589f41", "e08459da72", "e1ac0bab6d", "e486f7b53f", "eda27ccd92",
                       "eee3b0a174", "f400bf3623", "f7a5acd6cd", "f93558c546"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry washing powder of any brand/size (automatic, colour, children's, Persil «Сов»); in a list with soap and sponges «порошок» is read as стиральный порошок (outside knowledge of everyday usage); laundry gels/liquids/capsules, dishwasher powders (Somat, Finish), scouring powder (Comet), cocoa/milk powder excluded; «самый дешевый» is a wish"),
        ("губки посудные 5 шт", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges in a pack of 5 (the count names the pack): Магнит НУЖНЫЕ ВЕЩИ «Губки для посуды Макси, 5шт.»; the shoe sponge excluded"),
    ]),
    # fua07
    ("яиц 30 штук, белый хлеб 2 булки, провансаль майонез побольше", [
        ("яиц 30 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062838", "4229222"],
        }, "chicken eggs in packs of 30 (the count names the pack, as «десяток» = packs of 10), any class: Перекрёсток Пр!ст С1 30шт and Окское белое С1 30шт; packs of 6/10/15/20, quail eggs, egg white/yolk/melange excluded"),
        ("белый хлеб 2 булки", {
            "pyaterochka": [],
            "magnit": ["643727af2a", "67f076fea4", "7fa10b807d"],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4157283", "4264947", "4318510", "4329401", "4329402",
                            "49457", "78011178", "78020935"],
        }, "white wheat bread: loaves whose title says пшеничный (Магнит «ГОРЧИЧНЫЙ пшеничный», «ТОСТОВЫЙ пшеничный»), plain white батоны (нарезной, молочный, к завтраку, Новый, горчичный, «Батон 300г») and Перекрёсток «Хлеб Горчичный», «Французский» (taken as white wheat loaves — outside knowledge); rye/rye-wheat, grain/bran/отрубной, тостовый злаковый, «Чайный» (sweet), loaves whose flour is not stated (Советский, Сельский, формовой, Бабушкин, Монж, Домашний на кефире, Боярский), baguettes, ciabatta, buns, хлебцы and «Ржаной Край» excluded; «2 булки» is a quantity"),
        ("провансаль майонез побольше", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077733", "1000077734", "1000169172", "1000179908", "1000233673", "1000277219", "1000348713",
                       "1000356802", "1000422623", "1000498096", "1000501598", "1000554514", "1000556519", "1000556520", "1000556521",
                       "1000558908", "1728400030", "1799700138", "8000045827", "2c23c84574", "56ff8ec751", "7a519275b4", "7d31b46ae3",
                       "d8bbb63f48", "da818e4a20", "ddda8365b8", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369", "2000204803", "2000429651",
                     "2000539317", "2000570511", "2000593851", "2000602611", "T000005518", "ЦТ0027566", "ЦТ0040573", "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671", "3467275",
                            "3674577", "3677986", "4072721", "4105769", "4112954", "4199312", "4259097", "4259098",
                            "4297819", "4331497", "4331500", "4331515", "4331518", "4331533", "4339442", "78193"],
        }, "mayonnaise of the Провансаль variety, any fat/size (incl. «с лимонным соком», «оливковый», «с маслом авокадо», Ряба «Провансаль сметанный», Московский провансаль «классический»); mayonnaises of other varieties (Оливковый, на перепелином яйце, Классико, Heinz Классический, Чистый, Слобода «Московская», Московский Провансаль «Домашний»/«Сливочный»/«на перепелиных яйцах»), mayonnaise sauces (постный, лёгкий) and herring in mayonnaise excluded; «побольше» is read as a wish, not a pack filter"),
    ]),
    # fua08
    ("курицу тушкой, картоха 5 кг, моркови 1 кг, лук репчатый мешочек", [
        ("курицу тушкой", {
            "pyaterochka": [],
            "magnit": ["bba6e25510", "f8e8bcfe75"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken: Магнит ПЕТРУХА «Тушка цыпленка-бройлера» and СВОЯ «Цыплёнок табака охлажденный» (a whole split small chicken — outside knowledge); the marinated «Цыпленок табака … в маринаде», chicken parts (fillet, thigh, drumstick, wings), duckling, fish «тушка», squid and ready chicken dishes excluded"),
        ("картоха 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860",
                            "43968", "769"],
        }, "fresh raw potatoes, loose or bagged (white, red, baby, для варки/жарки, 2-3 kg bags); 5 кг is a quantity; boiled peeled potatoes, frozen fries, baked potatoes, crisps, batat and «Картошка» cakes/curd snacks excluded"),
        ("моркови 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4191099", "4299784", "60529"],
        }, "fresh raw carrots, loose or packed (мытая, на подложке, «для сока» 1 кг, mini carrots); 1 кг is a quantity; boiled carrot, Korean carrot salads, carrot juice/puree and mixes excluded"),
        ("лук репчатый мешочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onion (incl. red and peeled) loose or packed; «мешочек» is read as the quantity wanted (a small bag), not a pack filter; dried/ground onion and onion snacks excluded"),
    ]),
    # fua09
    ("чай пиала зеленый, рафинада 2 пачки, печенье подешевле, конфеты", [
        ("чай пиала зеленый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "green tea of the brand «Пиала»; no Пиала tea recorded, so nothing qualifies (other green teas are another brand)"),
        ("рафинада 2 пачки", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["10E0076829", "2000350151", "2000468691", "2000538871"],
            "perekrestok": ["4092763"],
        }, "refined white lump sugar (рафинад): white прессованный/кусковой sugar (Русский сахар, Чайкофский кусковой, Дикси «Сахар прессованный»); Магнит «Сахар-песок … Рафинированный» (granulated — a trap), unrefined cane lump sugar (Мистраль, Market Collection, Маркет тростниковый кусковой) and granulated sugar excluded"),
        ("печенье подешевле", {
            "pyaterochka": ["3281716", "3414723", "3613445", "3613448"],
            "magnit": ["125da11669", "22d53303c6", "23c5c2875e", "2d33544c78", "2d6c3b194d", "2eddde78ab", "495e3c2092", "4ecdd613ad",
                       "68b382d22e", "69e944a251", "776c87216f", "857b65e2eb", "858769ffec", "ad7d7d8d7a", "f4d02d704a"],
            "dixy": ["2000002140", "2000214298", "2000221434", "2000225711", "2000235792", "2000251113", "2000255652", "2000325940",
                     "2000327930", "2000347864", "2000349045", "2000351526", "2000419389", "2000529080", "2000535032", "2000578691",
                     "2000602074", "2000603031", "2000603032", "2000603633", "2000604751", "2000604753"],
            "perekrestok": ["2023501", "2023502", "2091843", "2140253", "3035354", "3218321", "3412681", "3438892",
                            "3505244", "3603607", "3613445", "3613448", "3630266", "3639545", "3643376", "3658003",
                            "3663100", "3680466", "3681160", "3681278", "3688135", "3901906", "3901907", "3951119",
                            "4017837", "4024594", "4032428", "4050870", "4086029", "4113987", "4123144", "4152128",
                            "4172266", "4172267", "4185824", "4202786", "4202788", "4202831", "4237829", "4237830",
                            "4251005", "4258982", "4279727", "4283932", "4283934", "4283939", "4284221", "4284222",
                            "4315655", "4315656", "4321922", "4321928", "4345400", "4356039", "4370424", "4370425",
                            "91535"],
        }, "any cookies/biscuits sold as «печенье» (Юбилейное, овсяное, сахарное, сдобное, Oreo, Belvita, Курабье, children's and protein cookies); ProteinRex flapjacks, Heinz «детское печеньице» (an infant food), галеты, крекеры, chocolate «с печеньем», cakes, waffles and ice cream excluded; «подешевле» is a wish"),
        ("конфеты", {
            "pyaterochka": ["d43af3923e", "2057828", "2057829", "2057831", "2057832", "2057838", "2057868", "2163162",
                            "27798", "3170296", "3608136", "3611872", "3906839", "41334", "79732", "3641772"],
            "magnit": ["021c6e0db9", "07abf8b4de", "0b5eeb1964", "0dd5e50005", "109a9a2b33", "15873947d1", "159e951f00", "1a45f76949",
                       "201c0febf2", "2985c8ab38", "3061e3f9c1", "30a2db00f8", "37c73d89a3", "3f687c59d0", "43821bf5fe", "4d2c22ee60",
                       "592ca0497d", "5fd73e9d00", "671fc15e2d", "675d31a401", "693157c4ab", "6ab14ba23b", "7583633c3e", "795afcfbc6",
                       "8440671f72", "8a1caa06dc", "9642facd57", "975026c3b7", "98d4fc8f5b", "9a1e6196ae", "a40f5fe2d1", "a48364b449",
                       "a51477a44e", "a6333e6d5c", "a861cd6747", "adcf5e1650", "ae89968bee", "b77b31fe85", "c2ffbf92d5", "c387bf6cae",
                       "c4ee699daa", "d0cd6a942e", "d3b4238775", "d5c31decd4", "e9d81e05f7"],
            "dixy": ["2000001749", "2000001754", "2000016072", "2000057659", "2000116547", "2000133579", "2000143367", "2000163942",
                     "2000193935", "2000234152", "2000241694", "2000260400", "2000260401", "2000266307", "2000268721", "2000270860",
                     "2000279606", "2000280200", "2000315223", "2000317648", "2000320701", "2000336291", "2000345233", "2000421741",
                     "2000522181", "2000528443", "2000528445", "2000562853", "2000575872", "2000579556", "2000594553", "2000597991",
                     "2000598032", "2000599192", "2000601032", "2000601433", "2000601434", "2000602111", "DI00078416"],
            "perekrestok": ["16159", "18162", "2057839", "2105827", "2122103", "21473", "2157344", "3163976",
                            "3215871", "3269923", "3381876", "3604056", "3613870", "3620093", "3650334", "3673382",
                            "4019325", "4036940", "40690", "4091384", "4109732", "4109733", "4109808", "4114242",
                            "4135353", "4144518", "4144519", "4165753", "4168654", "4254429", "4268231", "4268232",
                            "4268972", "4268973", "4269995", "4271125", "4271126", "4271127", "4272857", "4296410",
                            "4306468", "4309174", "4315672", "4315673", "4316955", "4316956", "4328038", "4331355",
                            "4331356", "4334062", "4344998", "4348721", "4357982", "4369884", "47448", "47451",
                            "5232"],
        }, "any sweets sold as конфеты (boxed/chocolate/wafer/jelly/chewy/protein candies, Рот Фронт батончики, трюфели, помадка), caramel and hard candies (Москвичка, Мечта, Lucky Days, Бон Пари «леденцы», «Трость», Sula) and ирис; breath mints and throat drops (Halls, Bon Pastil Fresh, Scandic), lollipops (Chupa Chups), Mentos/TicTac/M&M's dragées, marmalade, chocolate bars and tablets, halva bars, «Конфеты-мороженое», caramel-flavoured goods excluded"),
    ]),
    # fua10
    ("тушонка говяжья 3 банки, рожки макароны 2 пачки, лука кило", [
        ("тушонка говяжья 3 банки", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "738a6cb8b8", "84ac027a5b", "cdc0e084b1"],
            "dixy": ["2000192964", "2000220776", "2000258591", "2000302684", "2000313236", "2000408120", "2000415753", "2000557431",
                     "T000000869"],
            "perekrestok": ["4189729"],
        }, "«тушонка» is a misspelling of тушёнка: canned stewed beef (говядина тушеная, any brand/size); stewed pork, horse meat (Магнит КОНИНА), chicken, stewed cabbage and vegetables excluded; «3 банки» is a quantity"),
        ("рожки макароны 2 пачки", {
            "pyaterochka": ["2049747"],
            "magnit": ["367d4ecfc8", "6e98aa8b36", "f20a2d2027"],
            "dixy": ["2000005384", "2000005385", "2000544352", "2000572794", "2000575212"],
            "perekrestok": ["3435299", "4199587", "4273871", "4274071", "4328907", "4340660", "82772"],
        }, "dry pasta in the рожки (elbow/horn) shape: «Рожки», «Рожок», «Рожок крупный», «Витой рожок», «Рожок-полубублик», Роллтон «Рожки с оливковым маслом», Бакалейщики «Рожок Малютка с томатами и шпинатом», Maltagliati «Chifferini Rigati» (chifferi are elbows — outside knowledge); other shapes (перья, спирали, улитки, Pipe Rigate, петушиные гребешки, ракушки), ice-cream «рожок» and ready pasta dishes excluded; «2 пачки» is a quantity"),
        ("лука кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onion (incl. red and peeled), loose or packed; «кило» is a quantity; dried/ground onion excluded"),
    ]),
    # fua11
    ("фарш говяжий на манты, муку высший сорт 2 кг, лука 2 кг, тыкву кусок", [
        ("фарш говяжий на манты", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000207953", "2000322809"],
            "perekrestok": ["4013", "4288090", "4357432"],
        }, "raw beef mince (Мираторг, Иван Мясоедов, Перекрёсток, Хороший Кусок «из говядины»); «на манты» is a purpose; pork, mixed/«домашний»/«деревенский»/«фермерский» mince (meat not stated as beef), turkey mince and pollock mince excluded"),
        ("муку высший сорт 2 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a"],
            "dixy": ["2000553733", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481"],
            "perekrestok": ["2037765", "2107396", "2112692", "3193726", "3305673", "3626914", "3681817", "3915409",
                            "4262616", "4326495", "91321"],
        }, "wheat flour whose title says высший сорт («высшего сорта», «в/с») in a 2 kg pack (the written size names the pack, as «сахар 1кг» in set g); 1 kg packs, «экстра» grade (a different grade), flours without a stated grade (Пышечка пшеничная 2 кг, Старооскольская ГОСТ, Дикси «хлебопекарная», Тихорецкая особая), блинная, self-raising, whole-grain, rye, rice, corn and other flours excluded"),
        ("лука 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onion (incl. red and peeled), loose or packed; 2 кг is a quantity; dried/ground onion excluded"),
        ("тыкву кусок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh pumpkin (a piece); none recorded (only pumpkin-flavoured goods, purees, sausages «с тыквой»), so nothing qualifies"),
    ]),
    # fua12
    ("шампунь какой подешевле, мыло туалетное 4 шт, зубную пасту 2 шт, станки для бритья одноразовые", [
        ("шампунь какой подешевле", {
            "pyaterochka": ["2092382", "2656", "3011966", "3246199", "3262182"],
            "magnit": ["02dfde5506", "03b46117d4", "07251bb98b", "0d996b1e8d", "0efbec465d", "17a8adbed9", "1aa7d7f342", "1c0baca467",
                       "1ef83cd37e", "1fe4376ca7", "215d00bf33", "2336c3ab82", "237f713ab2", "281a60244c", "2a6fb72c89", "2aac1e8162",
                       "30b37b9eaf", "329d78760f", "337e57b951", "37b4273291", "386339969a", "3876166198", "397fb75ea4", "3ba581ce86",
                       "462209d33c", "47dd0ace9e", "4a5d360e19", "4b9375f54e", "52ff1cb377", "56e2a5e67e", "5a9487c941", "5b34832689",
                       "5ee6a06eed", "622c84ff19", "668e385f91", "6ce22476a7", "720a86133e", "751242848d", "75b3911ef4", "7f892ebf2d",
                       "7fb0ac7670", "8022253822", "80274356e0", "814b17941c", "822ed0226f", "8df24e7633", "8e0a633d30", "8f2a293272",
                       "8f8aac1b69", "9bf74ec5cf", "9c0f88ccbd", "9cae370ab9", "9d969ecd85", "a1dd70d74b", "a2c01ebcf4", "a419804581",
                       "a77bec9d06", "ac9b5b0c52", "ad49eeeeb6", "ae24cd3ee0", "b06f255d8e", "b2f4abab2d", "b3318ce2db", "b484b28e9c",
                       "b983ebf983", "bc02222db2", "be8f6081ad", "bf97e64cb9", "c094ca7f8d", "c4881f5765", "c6681315e5", "c835686df2",
                       "cb730b6f9a", "d0131321ff", "e173bb90e3", "e300bac7aa", "e55ac39ae7", "ec5117a6d6", "edd4068621", "f0e2ce54d8",
                       "f4f55309dc", "f51afdd952", "f5ecc5ad50", "f8c25f65b8", "f902fc9f05", "fa1fcb3709", "fa2936d2dd", "fd29fe4e6d",
                       "fdd7f4c870"],
            "dixy": ["2000605354"],
            "perekrestok": ["4093214", "4124056", "4250581", "4342546"],
        }, "any hair shampoo incl. anti-dandruff, 2-in-1/3-in-1 (shampoo+conditioner, shower gel+shampoo for men), children's and pharmacy (Librederm) shampoos; dry shampoos and the tinting «оттеночный серебряный» shampoo (a colour product) excluded; «какой подешевле» is a wish"),
        ("мыло туалетное 4 шт", {
            "pyaterochka": ["3350526", "2051922"],
            "magnit": ["10ebefccb6", "1d0c2585e7", "1ea86852eb", "20a12648c7", "2b2dc9be48", "2fce245dcf", "32a0d1f104", "4484d92f90",
                       "513fa131d4", "64e63d8450", "68fee10c37", "7095610270", "7bb5cda4e1", "8ca588b011", "902f1446a6", "9414c12e2a",
                       "96831829cd", "9ab8acf840", "9b02b9b497", "dc578d26ca", "dc80802708", "ed9cce1988"],
            "dixy": ["2000570312", "2000578992"],
            "perekrestok": ["3141071", "3623988", "4280563", "4280564", "4341133"],
        }, "solid toilet soap bars and solid cream-soap bars (single bars and 4-packs, incl. банное, antibacterial, children's Johnson's Baby bar); «4 шт» is a quantity of bars; liquid soaps and liquid cream-soaps (мл/л), laundry and shaving products excluded"),
        ("зубную пасту 2 шт", {
            "pyaterochka": ["2157107"],
            "magnit": ["02007f5dd2", "0441e28214", "05bcdac370", "0698c8a520", "0995fb4610", "1b97c67c19", "2a476026fc", "2cb02c1814",
                       "303c23d71f", "34c642c8c6", "350131f5fe", "36ac6aa095", "3eca76034b", "41b3a37740", "4b5c8b26bf", "54ebd01aa2",
                       "564e0e888e", "582435118c", "5c5da323dc", "5d575a5319", "5fb3a6894f", "62b2cb7a88", "6329b468cf", "65ee960a88",
                       "672c08cf6b", "6979fdd12e", "6e8e3f8436", "81453183d1", "8708609287", "8c74c7a89c", "92ea3d57cc", "941096778d",
                       "94c7aee1a6", "964d902e56", "96c08abb76", "96fd730db9", "a3d10bc11c", "b432da8011", "b6d0eea1fc", "b938d68eba",
                       "bf8f2e67c9", "bfa8bafe8c", "c2eff5a32d", "cd7248cfbd", "ceb9d42341", "d03e638466", "df539fe9c9", "f53229ccde",
                       "f56b4b5cc3", "fe74f3aca3"],
            "dixy": ["2000326358"],
            "perekrestok": [],
        }, "adult toothpaste of any brand (Colgate incl. travel SPLAT 40 ml, Blend-a-med, Lacalut, Splat, R.O.C.S., President, Лесной бальзам, Biomed, Garda, SPLAT «Ликвум-гель»); Магнит COLGATE «Гель для полости рта Тотал12 Профессиональная чистка» accepted as a gel toothpaste (outside knowledge); children's toothpastes (Colgate 3-5/6-9 лет, Доктор Заяц, Дракоша, SPLAT Kids/Junior/Juicy, Synergetic детская), toothbrushes, whitening pencil, mouthwash excluded; «2 шт» is a quantity"),
        ("станки для бритья одноразовые", {
            "pyaterochka": [],
            "magnit": ["0f0e1710f2", "41eb05fc96", "4c19c071a4", "6997758160", "88072131b3", "a2d5703fac", "ac7b9a9d6c", "bda8fa7ee4"],
            "dixy": [],
            "perekrestok": [],
        }, "disposable razors (titles say одноразовые: Zollider Force 2/3 packs, Gillette Blue Simple3 8шт); system razors with cassettes (Gillette Fusion/Mach3, Venus, BIC Flex, Dorco Pace — Dorco 2шт packs not stated disposable), replacement cassettes, electric shaver and shaving foam/gel excluded"),
    ]),
    # fua13
    ("айран 2 бутылки, сметаны 20% банку, огурци, лепешку одну", [
        ("айран 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["1000011316", "1000051020", "1000157764"],
            "dixy": ["2000566977", "2000586373", "2000591714"],
            "perekrestok": [],
        }, "айран (any brand/size: Магнит, Никон, «Напиток кисломолочный Айран Классический», Ростагроэкспорт); тан (a different salted drink), kefir and other fermented drinks excluded; «2 бутылки» is a quantity"),
        ("сметаны 20% банку", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404", "1000574405", "1899913371",
                       "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355",
                            "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, "sour cream of exactly 20 % (any brand/size); 10/15/25/30 %, «пикантная с чесноком», sour-cream sauces, mayonnaise «сметанный» and sour-cream-flavoured snacks excluded; «банку» is a quantity"),
        ("огурци", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000088660", "2000205870", "2000271421", "ЦТ0001499"],
            "perekrestok": ["2088998", "2098997", "2131726", "3255111", "3301324", "3368260", "3632205", "4072",
                            "44569"],
        }, "«огурци» is a misspelling of огурцы: fresh cucumbers of any kind (гладкие, колючие, короткоплодные, длинные, Бакинские; Перекрёсток «Огурцы Хрустящие» sold loose is taken as a fresh cucumber variety — outside knowledge); pickled/marinated/salted cucumbers and корнишоны (incl. Магнит ШЕСТЬ СОТОК «хрустящие» 720 мл jar), assorted jars, cucumber-flavoured goods excluded"),
        ("лепешку одну", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78030338"],
        }, "flatbread (лепёшка): Перекрёсток «Лепёшка с чесноком из тандыра» (a tandoor flatbread with garlic, accepted as a лепёшка — no flavour was written); «Лепёшка сырная с зеленью и чесноком» (a cheese-filled bake), thin Armenian лаваш, bread loaves and baguettes excluded"),
    ]),
    # fua14
    ("гречи 2 пачки, сасиски куриные, кетчуп подешевле любой", [
        ("гречи 2 пачки", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392", "2000539995", "DI00080511",
                     "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128", "3438178",
                            "3446736", "3477255", "3493533", "3600743", "3603166", "3667612", "3674200", "3694322",
                            "3696237", "39155", "3994791", "4009020", "4019310", "4059000", "4061364", "4090171",
                            "4204902", "4353613", "53673", "6847"],
        }, "«греча» = buckwheat groats (ядрица/продел, steamed or not, loose packs and boil-in-bags; Перекрёсток «Гречка Чёрный Хлеб» — Чёрный Хлеб is the brand); green buckwheat, buckwheat flour/flakes/noodles, buckwheat porridges and drinks, ready buckwheat dishes and Greek yoghurt («греческий») excluded; «2 пачки» is a quantity"),
        ("сасиски куриные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4135356", "4221323", "4241464", "4332703", "4344479", "4353596"],
        }, "«сасиски» is a misspelling of сосиски: sausages whose title says they are made of chicken or poultry (Идель «из мяса кур» с говядиной, Черкизово «с куриной грудкой», Зелёная Линия «из грудки куриной с тыквой», «из мяса птицы» — Папа Может Филейные, Зелёная Линия детские and «с моцареллой и базиликом», poultry taken as chicken); sausages whose meat is not stated (incl. Царицыно «Восточные с говядиной», «Филейные» of Мясницкий ряд/Останкино), pork/beef sausages, turkey sausages (Индилайт, Зелёная Линия из индейки) and сардельки excluded"),
        ("кетчуп подешевле любой", {
            "pyaterochka": ["2157308", "2157309", "3273905", "3273907", "3387265"],
            "magnit": ["c112734da7"],
            "dixy": ["2000033799", "2000143160", "2000143225", "2000193817", "2000194769", "2000207279", "2000207280", "2000207290",
                     "2000224973", "2000309687", "2000320468", "2000538777", "2000551592", "2000552955", "2000567791", "2000567792",
                     "2000603860", "2000604791"],
            "perekrestok": ["2157566", "2157567", "3054047", "3054048", "3446697", "3652684", "3673189", "3673190",
                            "3684511", "3691258", "3941584", "3941585", "3970015", "4044938", "4078077", "4078080",
                            "4116830", "4116848", "4149865", "4149866", "4149867", "4154517", "4157356", "4157697",
                            "4157702", "4157703", "4157704", "4157803", "4207051", "4225365", "4227924", "4227925",
                            "4227926", "4227927", "4227928", "4227930", "4227932", "4274971", "4274972", "4274973",
                            "4282684", "4295650", "4295651", "4295653", "4312325"],
        }, "any ketchup of any brand/flavour (томатный, острый, шашлычный, чесночный, лечо, чили, по-грузински, Pikador, Sahar); «подешевле любой» = the cheapest is fine; ketchup-flavoured crisps/croutons excluded"),
    ]),
    # fua15
    ("туалетной бумаги 12 рулонов\nfairy 1 бутылка\nмусорные пакеты рулон\nсредство от тараканов", [
        ("туалетной бумаги 12 рулонов", {
            "pyaterochka": [],
            "magnit": ["013f5191a0", "2300103434", "939f14debe", "e9a925895a"],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 12 rolls (the count names the pack), any ply/brand (Familia Плюс, ZEWA Делюкс/Плюс); packs of 4/6/8, facial tissues, handkerchiefs excluded"),
        ("fairy 1 бутылка", {
            "pyaterochka": [],
            "magnit": ["186ff3d636", "43a0e3032e", "4cf63843e3", "514b218200", "551d8403a9", "7c5bd74e06", "8d877b13ce", "a401696a68",
                       "a8a6d84ae6", "b3ebaa28e5", "bbb10983dd", "d076c21852", "d0bd1a2d49", "df2c291ad1"],
            "dixy": ["2000265727", "2000274013", "2000371202", "2000517533", "2000591971"],
            "perekrestok": ["4011474", "4141118"],
        }, "Fairy/ФЭЙРИ washing-up liquid of any scent/size incl. Platinum and Pure&Clean; Fairy dishwasher tablets (All in 1, «Все в 1») and other brands of dish soap excluded; «1 бутылка» is a quantity"),
        ("мусорные пакеты рулон", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags: Магнит НУЖНЫЕ ВЕЩИ «Мешки для мусора … 60л, 20шт.» (bin bags are sold on a roll — «рулон» is read as the pack form/quantity, not a filter)"),
        ("средство от тараканов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cockroach killer (spray, gel, traps); none recorded (only a Раптор pantry-moth trap), so nothing qualifies"),
    ]),
    # fua16
    ("кочан капусты, свеколки 2 шт, говядину на кости для шорпо", [
        ("кочан капусты", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["1546", "198", "45661"],
        }, "a head of white cabbage: Дикси «Капуста белокочанная», Перекрёсток «Капуста белокочанная», «… ранняя» and plain «Капуста» (taken as white cabbage sold loose — outside knowledge); shredded/cut cabbage («соломка», «резаная»), cauliflower, broccoli, sauerkraut, marinated/Korean cabbage, salads, seeds and mixes excluded"),
        ("свеколки 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["13998", "2143053", "3368257", "3378167", "4299508", "4375880", "45532", "786",
                            "92844"],
        }, "«свеколка» = fresh raw beetroot (loose, packed, мытая, молодая, в пучках, Маркет Fresh 200 г); «2 шт» is a quantity; boiled beets, peeled beets whose title does not say raw («очищенная», «целая очищенная 500г» — vacuum-packed, taken as cooked), cut/«соломка» beets, dried beet snacks, mangold leaves and beet salads excluded"),
        ("говядину на кости для шорпо", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3020550", "7338", "85566", "923"],
        }, "raw beef on the bone for soup: Перекрёсток «Голень говяжья с костью», «Лопатка говяжья на кости», «Шейный отруб говяжий на кости» and «Рагу из говядины суповое» (soup cuts with bone — outside knowledge); boneless cuts (incl. «Мясо говяжье для бульона без кости»), «Грудинка говяжья для харчо» (bone not stated), steaks, mince and offal excluded; «для шорпо» is a purpose"),
    ]),
    # fua17
    ("рису круглого для каши, молоко 3.2 два пакета, сливочное масло 82% пачку, сахару 1кг", [
        ("рису круглого для каши", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180350", "2000219612", "2000282743", "2000292827", "DI00079260", "DI00080510", "ЦТ0042579"],
            "perekrestok": ["3231277", "3469127", "3469128", "3603169", "3674360", "4332035"],
        }, "round-grain rice (круглый/круглозерный/круглозернистый, loose packs and boil-in-bags; Дикси Агро-Альянс «Экстра элитный кубанский» taken as round-grain Kuban rice — outside knowledge); «для каши» is a purpose; long-grain, parboiled, jasmine, basmati, brown, risotto/paella rices not titled round (Адриатика, Бальдо, Испанский), sushi rice, rice mixes and rice dishes excluded"),
        ("молоко 3.2 два пакета", {
            "pyaterochka": ["2144368"],
            "magnit": ["1000122658", "1000049786", "1000127183", "1000139951", "1000172272", "1000244834", "1000323041", "1000445488",
                       "1000553875", "1051242645", "1059990140", "1812450001", "1899800825", "8000026014", "8000026015", "8000058295",
                       "8000081425", "18ca387556", "4aff59ccac", "be3e0e74c3"],
            "dixy": ["10J0077073", "2000066819", "2000238271", "2000509793", "2000557212", "2000560951", "2000594992", "2000600213"],
            "perekrestok": ["3668699", "3668953", "4162259"],
        }, "cow drinking milk labelled exactly 3.2 % (pasteurised/UHT/sterilised, incl. children's Агуша/Тема/Аммм and Зелёная Линия «для детского питания»); ranges (3.2-4, 3.2-6, 3.4-6), other fat levels, топлёное 3.2 % (Северная долина, Эго), Му-у «Для капучино», condensed/concentrated and dry milk excluded; «два пакета» is a quantity"),
        ("сливочное масло 82% пачку", {
            "pyaterochka": ["3026226", "3993159"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642", "1000458136", "1000521208",
                       "1000566266", "1899900309", "8000045816", "4fc2d8c8ad", "6b22928df7", "86326346d1", "87355db645"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271", "2000604391",
                     "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                            "3628337", "3637761", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367",
                            "3963777", "3999749", "4055506", "4135603", "4188102", "4196090", "4260609", "4281083",
                            "4292462", "4310021", "4343792", "86149", "3699369", "4113532", "4175276", "4188099"],
        }, "butter of 82 % or 82.5 % fat (82.5 counts as «82»), sweet-cream/traditional, salted or not, incl. lactose-free Тысяча Озёр; 72.5 % Крестьянское, butters without a stated fat (Княгининское, Волгодонское), spreads, margarine, ghee/топлёная смесь excluded; «пачку» is a quantity"),
        ("сахару 1кг", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar (сахар-песок/белый кристаллический; Перекрёсток «Сахар Советский Экстра, 1кг» taken as granulated — outside knowledge); «сахару 1кг» (partitive genitive) is read as the amount wanted, so 900 g/750 g/5 kg packs count; lump/pressed sugar, cane/brown sugar (incl. Дикси «Брауни» тростниковый сахар-песок), coconut and vanilla sugar excluded"),
    ]),
    # fua18
    ("лапша яичная 2 пачки, фарш для лагмана, перец красный молотый пакетик, чеснока 1 головку", [
        ("лапша яичная 2 пачки", {
            "pyaterochka": [],
            "magnit": ["031445c77a"],
            "dixy": [],
            "perekrestok": ["4061766", "4307631"],
        }, "egg noodles whose title says яичная (Магнит ВЕРОНИ «яичная по-домашнему», Перекрёсток «Домашняя яичная» Маркет, Домшим «яичная»); noodles not stated as egg (лагманная, бесбармачная, Неаполитанская, АИДА/ВЕРОНИ «Лапша»), De Cecco tagliatelle all'uovo with spinach (flavoured green pasta), soba, funchoza and instant noodles excluded"),
        ("фарш для лагмана", {
            "pyaterochka": [],
            "magnit": ["0376e5e67d", "1f9a3b6240", "7a27d3e67f", "b77abe71d3"],
            "dixy": ["2000207953", "2000322809"],
            "perekrestok": ["3681614", "4013", "4288090", "4357432", "4364589", "7354"],
        }, "any raw meat mince (beef, pork, mixed «домашний»/«деревенский»/«фермерский», Индилайт turkey mince — Индилайт is a turkey brand, outside knowledge); no meat was written and «для лагмана» is a purpose, so pork is not excluded by the text; fish (pollock) mince and «фаршированные» goods excluded"),
        ("перец красный молотый пакетик", {
            "pyaterochka": [],
            "magnit": ["5a67f90bb1", "cdbdec1c03"],
            "dixy": [],
            "perekrestok": [],
        }, "ground red (hot) pepper: Магнит КОТАНИ «Паприка, Перец красный молотый» 25 г (the title calls it перец красный молотый) and КОТАНИ «Чили, Молотый» 25 г (Kotanyi 25 g spices come in paper sachets — outside knowledge); plain sweet paprika (Восточный гость «Паприка красная молотая»), smoked paprika, pepper mixes, chili in a grinder, black pepper and fresh/marinated peppers excluded"),
        ("чеснока 1 головку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["4018137", "45692", "51157", "77278"],
        }, "fresh garlic heads, loose or packed (Дикси «Чеснок», «в упаковке 1 шт»; Перекрёсток «Чеснок», «ранний», Фермерский отборный 1 шт and Фермерский 150 г, taken as fresh heads); peeled cloves («зубчиками 100 г» — not heads), dried/granulated/ground/smoked/minced garlic, salted garlic and garlic-flavoured goods excluded; «1 головку» is a quantity"),
    ]),
    # fua19
    ("ребрышки бараньи, лук 3 луковицы, памидоры, кинзу 1 пучок", [
        ("ребрышки бараньи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw lamb ribs; no lamb recorded (only pork ribs and smoked pork ribs), so nothing qualifies"),
        ("лук 3 луковицы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onion (incl. red and peeled), loose or packed; «3 луковицы» is a quantity; dried/ground onion excluded"),
        ("памидоры", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["10E0075437", "2000003231", "2000186544", "2000285867", "2000303785", "2000327738", "2000331828", "2000410142",
                     "2000580825", "2000580827", "2000601471", "2000601472", "D000004968", "ЦТ0019904"],
            "perekrestok": ["11971", "14809", "14811", "2100224", "21292", "2166", "3373662", "3383460",
                            "3383465", "3410591", "3634714", "3657325", "3695580", "4125409", "42138", "4214021",
                            "4217379", "4255159", "4261327", "4272752", "4327416", "4335742", "4335744", "4371254",
                            "4375133", "4377073", "4378622", "4381951", "4381952", "82521"],
        }, "«памидоры» is a misspelling of помидоры: fresh tomatoes of any kind (round, plum, pink, yellow, cocktail, on the vine, cherry incl. Магнит PREMIERE OF TASTE «Черри Горячее сердце»); salted/marinated tomatoes, tinned/peeled tomatoes, juices, ketchups, seasonings and assorted pickle jars excluded"),
        ("кинзу 1 пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603793"],
            "perekrestok": [],
        }, "fresh coriander leaves (кинза): Дикси «КИНЗА 1 упаковка 75г» (a pack of fresh herb; «1 пучок» is a quantity); kinza-flavoured yoghurt, cheese and juice, ground coriander seed (Восточный гость «Кориандр молотый» — a spice, not the herb) and coriander in olives excluded"),
    ]),
    # fua20
    ("чай зеленый 2 пачки, изюм граммов 300, сахар песок пачку", [
        ("чай зеленый 2 пачки", {
            "pyaterochka": [],
            "magnit": ["3cbdd6886d", "45d9a874e0", "49ba4f9607", "5a597956f8", "5f006c6421", "6af760c408", "80d9ad34a0", "8ec1c56fe5",
                       "9b8c0d1f0d", "a9b0b5bbeb", "b4e965a022", "b80010aff6", "b9016fb572", "c86aab1a9b", "cb7ab23e14", "df6fe065ca",
                       "e1b666c6ef", "e24c9ca3aa"],
            "dixy": ["2000337169"],
            "perekrestok": ["2133936", "2133950", "3472463", "4105406", "4317677", "4330285"],
        }, "dry green tea (leaf or bags) of any brand, plain or flavoured (jasmine, lime, mojito, fruit, detox green+oolong); ready-to-drink iced teas (RICH, Lipton, YES!, Святой источник), «Напиток чайный зелёный лимонник» (a herbal drink), oolong-only (TESS Get Energy, Mute Улун), black/black+green blends (HILLTOP 1001 ночь), herbal teas and green-tea scented cleaners excluded; «2 пачки» is a quantity"),
        ("изюм граммов 300", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3469368", "3640864", "3959493", "4288277", "4308580", "4311579", "4316951", "4342295"],
        }, "raisins (изюм, incl. titles «Виноград сушёный» = raisins, light/golden, with or without seeds); «граммов 300» (inverted order = approximately) is read as an amount, not a pack size; baked goods, chocolate-coated raisins (драже), fruit mixes and curd products «с изюмом» excluded"),
        ("сахар песок пачку", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar (сахар-песок/белый кристаллический, any pack incl. 5 kg; Перекрёсток «Сахар Советский Экстра, 1кг» taken as granulated — outside knowledge); lump/pressed sugar, cane/brown sugar (incl. Дикси «Брауни» тростниковый сахар-песок), coconut and vanilla sugar excluded; «пачку» is a quantity"),
    ]),
    # fua21
    ("сгущенного молока 2 банки, батона 1 шт, чай липтон", [
        ("сгущенного молока 2 банки", {
            "pyaterochka": [],
            "magnit": ["1000003186", "1000129520", "1000383833", "1000427075", "1000564283", "8000034052", "66294fd8e5", "be9bed5042",
                       "cc9252c04f", "dedd707721"],
            "dixy": ["2000014518", "2000165425", "2000186451", "2000309566", "T000025031"],
            "perekrestok": ["3913111", "4211054", "4218934", "2123014", "3376242", "3484257", "3491930", "4147345"],
        }, "sweetened condensed milk (молоко сгущённое (цельное) с сахаром, any brand/size/pack incl. the Дикси 650 г sachet and the 1 % Пр!ст); boiled condensed milk (варёная), condensed milk «с кофе» and «вкус печенье», Моя цена «Продукт молочный Сгущенка» (not milk), evaporated unsweetened milk and sweets with condensed milk excluded; «2 банки» is a quantity"),
        ("батона 1 шт", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d", "a37c992f14"],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4157283", "4264947", "4318510", "4318511", "4329401",
                            "4329402", "78011178"],
        }, "a батон loaf of any kind (нарезной, молочный, к завтраку, Новый, горчичный, зерновой, отрубной, plain «Батон»); «батончик» bars, baguettes, bread loaves and хлебцы excluded; «1 шт» is a quantity"),
        ("чай липтон", {
            "pyaterochka": ["510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton tea: Пятёрочка «Чай Lipton Yellow Label, черный, 25х2 г»; Lipton Ice Tea / «Холодный чай Lipton» (ready-to-drink) excluded"),
    ]),
    # fua22
    ("муки 5 кг, дрожжи пакетик, молока литр, масло для жарки", [
        ("муки 5 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["2000213875", "2000317163", "2000553733", "2000576791", "2000578792", "D000002191", "ЦТ0035253", "ЦТ0037862",
                     "ЦТ0044481", "ЦТ0044544"],
            "perekrestok": ["16318", "2037765", "2107396", "2112692", "2112693", "3193726", "3292690", "3305673",
                            "3346668", "3394693", "3502351", "3505430", "3626914", "3681817", "3915409", "4215036",
                            "4262616", "4278294", "4326495", "91320", "91321"],
        }, "plain white wheat flour of any grade and pack (высший сорт, экстра, хлебопекарная, Манитоба; Тихорецкая «особая» and «Мука Царь, 1кг» taken as wheat flour — outside knowledge); «муки 5 кг» (partitive genitive) is read as the amount wanted, not a pack size; pancake flour (блинная), self-raising, whole-grain, rye, rice, corn, buckwheat, oat, gluten-free and nut flours excluded"),
        ("дрожжи пакетик", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "yeast in a sachet = dry yeast: Дикси Саф-Момент «сухие быстродействующие» 11 г and Магнит САФ-МОМЕНТ 11 г (dry instant yeast — outside knowledge); pressed fresh yeast Люкс Экстра 100 г (a block, not a sachet) excluded"),
        ("молока литр", {
            "pyaterochka": ["3146538", "2144368"],
            "magnit": ["1000122658", "1000023413", "1000035016", "1000037901", "1000049786", "1000127183", "1000139951", "1000143306",
                       "1000151468", "1000156187", "1000172272", "1000244834", "1000318574", "1000323041", "1000351083", "1000417765",
                       "1000418036", "1000445487", "1000445488", "1000553875", "1000563706", "1000568396", "1051242602", "1051242645",
                       "1059990140", "1812450001", "1812450029", "1899800732", "1899800825", "8000026014", "8000026015", "8000026668",
                       "8000029029", "8000029030", "8000029505", "8000058293", "8000058295", "8000079205", "8000081425", "115e5fb52e",
                       "14bded1fbf", "18ca387556", "447ce591a3", "4aff59ccac", "4e95f09bbf", "be3e0e74c3", "cfca1c1906", "ef94b89629"],
            "dixy": ["10J0077073", "2000024178", "2000066819", "2000133521", "2000204889", "2000227471", "2000238271", "2000263555",
                     "2000271385", "2000273384", "2000298650", "2000313238", "2000315332", "2000328870", "2000328874", "2000509793",
                     "2000511374", "2000546311", "2000557212", "2000560951", "2000571331", "2000594992", "2000600211", "2000600212",
                     "2000600213", "2000603016", "DI00081046"],
            "perekrestok": ["3431582", "3668699", "3668953", "4137916", "4137917", "4153926", "4153927", "4162259",
                            "4223221", "4238319", "4244153", "4250778", "4310700", "4316451", "4332464"],
        }, "drinking cow milk of any fat, pasteurised/UHT/sterilised, incl. lactose-free, protein and children's drinking milk (Агуша, Тема, Аммм, Зелёная Линия «для детского питания») and ranges such as 3.4-6 %; топлёное, козье, dry, condensed/«цельное концентрированное», Му-у «Для капучино» (barista milk), flavoured milk and milkshakes, kefir/ряженка excluded; «молока литр» (partitive genitive) is read as the amount wanted, so packs other than 1 l count"),
        ("масло для жарки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000154498", "2000210260", "2000268261", "2000283309",
                     "2000396778", "2000555852", "2000561791", "2000563791", "DI00079242", "DI00080540", "DI00080746", "ЦТ0039503"],
            "perekrestok": ["2007886", "2043188", "2046261", "2068955", "2093709", "2147548", "2158543", "21676",
                            "23714", "3197302", "3310650", "3340103", "3426152", "3426155", "3437316", "3454645",
                            "3478098", "3642040", "4022580", "4063704", "4218020", "4269567", "4269568", "4269569",
                            "4277755", "4332895", "4360914", "4364877", "6275", "64128", "85884", "97647"],
        }, "ordinary cooking oil for frying: refined sunflower oil of any brand/size (incl. high-oleic, spray), sunflower oil without a refinement mark (Аведовъ), sunflower blends with olive/almond/wheat-germ oil (Altero, Almador, Благо, Слобода, Я люблю готовить, Agrolive) and refined corn oil; unrefined oils, flavoured oils (с ароматом трав/базилика/чеснока), olive oils (incl. refined/pomace), avocado, grapeseed and mustard oils, Getuva oils (refinement not stated), butter and ghee excluded — the specialty oils are not what «масло для жарки» means (judgement)"),
    ]),
    # fua23
    ("дошираков 5 шт, черный хлеб одну булку, яйца куриные десяток штук", [
        ("дошираков 5 шт", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Доширак instant noodles (Чан рамен, any flavour); Доширак potato puree (not noodles) and instant noodles of other brands (Роллтон, BigBon) excluded; «5 шт» is a quantity"),
        ("черный хлеб одну булку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2000243", "2024150", "2053660", "2060872", "3126329", "3382146", "3617422", "3624125",
                            "3627134", "3631465", "3634576", "3658457", "3931337", "3953836", "3965436", "3974719",
                            "3974720", "4049144", "4074396", "4148558", "4149554", "4164733", "4276930", "4318513",
                            "4329404", "4354623", "4361611", "78034786", "78034810"],
        }, "black (rye or rye-wheat) bread: Бородинский, Дарницкий, titles saying ржаной/ржано-пшеничный (incl. Батард Ржаной, Пумперникель — Westphalian rye), Столичный and Измайловский (rye-wheat — outside knowledge); wheat breads and батоны, «Ржаной Край» breads (brand word, composition not stated), raisin or garlic rye breads, rye ciabatta, «вафельный ржаной» crisp bread, хлебцы and loaves whose flour is not stated (Двинский, Ароматный, солодовый, Ржевский, Рижский Крестьянский/Деревенский, Боярский) excluded; «одну булку» is a quantity"),
        ("яйца куриные десяток штук", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007", "2047000014", "2047000033",
                       "3454700001", "1a8d487cea", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425", "2000326489",
                     "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111",
                            "3392204", "3421287", "3432532", "3914040", "4012802", "4085791", "4085792", "4168688",
                            "4201192", "4201194", "4236458", "4337164", "4339427", "4352464", "4364349", "4085790"],
        }, "chicken eggs in packs of 10 («десяток»), any class (СО/С0/отборные, С1, С2, высшей категории); packs of 6/15/20/30, quail eggs and liquid egg products excluded"),
    ]),
    # fua24
    ("порошок стиральный 3 кг, кондиционер для белья подешевле, белизну одну бутылку, перчатки резиновые пару", [
        ("порошок стиральный 3 кг", {
            "pyaterochka": [],
            "magnit": ["3c569d2305", "6d62d005d5", "84c2d44059", "9ec3c6b343", "eee3b0a174"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry powder in a 3 kg pack (the written size names the pack): BIMAX Колор and «100 пятен» 3кг, PERSIL Сенситив, «Свежесть от Вернель» and «Колор … Свежесть от Вернель» 3кг; other pack sizes (1.5-2.7 kg, 4-6 kg), gels, capsules and dishwasher powders (Somat 3кг) excluded"),
        ("кондиционер для белья подешевле", {
            "pyaterochka": ["3625262", "70980"],
            "magnit": ["059d53fa78", "1ab71f9367", "20028d9807", "20f80590d8", "5f6ea5bfba", "6527bb5d39", "7ab3cd50b3", "8f532dee73",
                       "9263318f64", "bb6844cd7c", "d84a2feb00", "fc6438872a"],
            "dixy": [],
            "perekrestok": ["4359643"],
        }, "fabric softener of any brand/size (Lenor, Vernel, Synergetic, Qualita, Е, Магнит, Крестовниковых, children's), incl. Перекрёсток Frosch «Ополаскиватель для белья» (a softener); hair conditioners, water softeners (Calgon) and mouthwash excluded; «подешевле» is a wish"),
        ("белизну одну бутылку", {
            "pyaterochka": ["3413434"],
            "magnit": ["2de571f286"],
            "dixy": [],
            "perekrestok": [],
        }, "«Белизна» = chlorine bleach: Пятёрочка Sanfor «гель белизна 3в1» and Магнит «Отбеливатель ACE Гель автомат» (a chlorine bleach — outside knowledge); oxygen bleaches (ACE Окси, Synergetic «без хлора»), Domestos cleaners, whitening toothpastes and toilet blocks excluded; «одну бутылку» is a quantity"),
        ("перчатки резиновые пару", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rubber household gloves; none recorded, so nothing qualifies"),
    ]),
    # fua25
    ("огурцы свежие кило, помидорки 1 кг, уксус 9% для салата", [
        ("огурцы свежие кило", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000088660", "2000205870", "2000271421", "ЦТ0001499"],
            "perekrestok": ["2088998", "2098997", "2131726", "3255111", "3301324", "3368260", "3632205", "4072",
                            "44569"],
        }, "fresh cucumbers of any kind (гладкие, колючие, короткоплодные, длинные, Бакинские; Перекрёсток «Огурцы Хрустящие» sold loose is taken as a fresh cucumber variety — outside knowledge); pickled/marinated/salted cucumbers and корнишоны (incl. Магнит ШЕСТЬ СОТОК «хрустящие» 720 мл jar), assorted jars, cucumber-flavoured goods excluded; «кило» is a quantity"),
        ("помидорки 1 кг", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["10E0075437", "2000003231", "2000186544", "2000285867", "2000303785", "2000327738", "2000331828", "2000410142",
                     "2000580825", "2000580827", "2000601471", "2000601472", "D000004968", "ЦТ0019904"],
            "perekrestok": ["11971", "14809", "14811", "2100224", "21292", "2166", "3373662", "3383460",
                            "3383465", "3410591", "3634714", "3657325", "3695580", "4125409", "42138", "4214021",
                            "4217379", "4255159", "4261327", "4272752", "4327416", "4335742", "4335744", "4371254",
                            "4375133", "4377073", "4378622", "4381951", "4381952", "82521"],
        }, "«помидорки» (diminutive of помидоры): fresh tomatoes of any kind (round, plum, pink, yellow, cocktail, on the vine, cherry incl. Магнит PREMIERE OF TASTE «Черри Горячее сердце»); salted/marinated tomatoes, tinned/peeled tomatoes, juices, ketchups, seasonings and assorted pickle jars excluded; 1 кг is a quantity"),
        ("уксус 9% для салата", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "9 % table vinegar; the only vinegar recorded is Перекрёсток «Уксус виноградный … 6%», which does not match the written 9 %, so nothing qualifies"),
    ]),
]


def blind_lists(path=BLIND):
    """The list texts of the blind draft: each list follows a line '=== fuaNN' up to the next such line."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("=== "):
                if cur is not None:
                    texts.append("\n".join(cur).rstrip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).rstrip("\n"))
    return texts


def check_blind(lists):
    blind = blind_lists()
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (btext, (text, _)) in enumerate(zip(blind, lists), 1):
        expected = btext
        if n in REPLACED:
            old, new = REPLACED[n]
            if btext.count(old) != 1:
                errors.append("fua%02d: replaced item %r not found once in the blind text" % (n, old))
            expected = btext.replace(old, new)
        if text != expected:
            errors.append("fua%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fua"))
