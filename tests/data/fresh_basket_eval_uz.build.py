#!/usr/bin/env python3
"""Re-create fresh_basket_eval_uz.jsonl -- 25 shopping lists of a volunteer buying at once for three elderly
neighbours (баба Нина, баба Зоя and дед): the elders' own old-fashioned words («кефирчик», «сушки», «батон
нарезной», «маргарин для выпечки», «шиповник», «овсянка на воде», «сахарный песок», «пшёнка», «ирис») with the
volunteer's clarifications in brackets or after a dash, hand-labelled against the real offers in
real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_uz.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_uz.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fuz01, fuz02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_uz.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_uz.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none were
REPLACED = [
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 кефир, сушки, батон, сметана
    ("кефирчик бабе нине (1% она просила), сушки с маком пару пачек деду, батон нарезной - один на всех, сметанка 15 процентов маленькая", [
        ("кефирчик бабе нине (1% она просила)", {
            "pyaterochka": [],
            "magnit": ["1000166736", "1000451591", "1000563708", "1899911984"],
            "dixy": ["2000166045", "2000227476"],
            "perekrestok": ["2084558", "3352331", "3467794", "3604602", "3636340", "4242643", "4252383", "4255904",
                            "4263416", "4328084", "4334308"],
        }, "kefir 1% of any brand and pack, biokefir 1% included (Большая Кружка «Биокефир»); the recipient and"
           " «она просила» are not filters; other fats, «Биокефирный/Кефирный продукт» (Домик в деревне), "
           "«Биопродукт Bio Баланс кефирный», the kefir cocktail and things made with kefir (bread, shashlik) "
           "excluded; Пятёрочка has no 1% kefir"),
        ("сушки с маком пару пачек деду", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "сушки with poppy seeds: Магнит «Сушки-мини НЕВСКАЯ СУШКА, маковые» (mini сушки are сушки); «пару "
           "пачек» is a quantity; plain Ладожский «малышок» сушки (no poppy), Nina Farina «Тараллини с "
           "чесноком», баранки (Каравай, ОЗБИ ванильные — baranki are not сушки and have no poppy) and poppy-"
           "seed buns/rolls excluded"),
        ("батон нарезной - один на всех", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "white loaf of the «Нарезной» kind: Перекрёсток Коломенское «Нарезной», Пр!ст «Нарезной "
           "классический», Маркет «Нарезной» 190 g and «Нарезной улучшенный» (sliced or not); «один на всех» is"
           " a quantity. Other batons (Молочный, Горчичный, Зерновой, Отрубной, Утренний, «к завтраку», "
           "«Новый», Перекрёсток bakery «Батон, 300г» whose kind is not named) are different loaves and "
           "excluded; chocolate/cereal «батончики» excluded"),
        ("сметанка 15 процентов маленькая", {
            "pyaterochka": [],
            "magnit": ["1899900582", "8000068594", "8000072734", "c90113311e"],
            "dixy": ["2000279280"],
            "perekrestok": ["29910", "3142744", "3423443", "3632833", "4246009", "4320001", "4349772"],
        }, "plain sour cream 15% in a small pack (175-200 g); «маленькая» names the pack, so 260-450 g packs "
           "are excluded (judgement: the standard 300 g tub is not the small one); the garlic-flavoured "
           "РостАгроЭкспорт «пикантная», other fats, sour-cream mayonnaise and flavoured snacks excluded"),
    ]),
    # L02 овсянка, шиповник, мёд, бананы
    ("овсянка на воде - геркулес долгой варки\nшиповник сушеный - баба нина отвар пьет\nмедку липового баночку - баба нина с ним чай пьет\nбананы помягче", [
        ("овсянка на воде - геркулес долгой варки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000005395", "2000219614", "2000222892", "2000601251"],
            "perekrestok": ["2105514", "24926", "3421663", "3469028", "3933387", "4005492", "4157124", "6752"],
        }, "rolled oats of the Геркулес kind that need cooking: titles naming «Геркулес» flakes that are not "
           "marked quick (Русский продукт традиционный/Монастырский, Любимые традиции, Nordic «Геркулес "
           "Финский», Мистраль «Фермерский», Экстра Геркулес 1 кг, Маркет, plain «Геркулес» 400/500 g); "
           "«овсянка на воде» is how the porridge will be cooked, not a product. Excluded: «быстрого "
           "приготовления», «3-5 мин», «1 минута», «без варки», instant flavoured porridge bags, ready "
           "porridges, Магнит «ГЕРКУЛЕС, Нежный» (judgement: the thin quick-cooking flake), oat flakes whose "
           "titles do not say Геркулес (Ясно Солнышко №1-3, Nordic plain/«с отрубями»/«Ленивая овсянка», Myllyn"
           " Paras, Vila Natura, Лакоме cut oats, голозёрный, без глютена), oat flour, oat drinks, Геркулес "
           "bread"),
        ("шиповник сушеный - баба нина отвар пьет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried rose hips: none in any chain; black teas «с шиповником» (Tess Pleasure), Баринофф rosehip "
           "nectar, иван-чай-and-rosehip tea drink, yoghurts and marmalade with rosehip are other products "
           "(trap)"),
        ("медку липового баночку - баба нина с ним чай пьет", {
            "pyaterochka": [],
            "magnit": ["dadb78005d"],
            "dixy": [],
            "perekrestok": ["3687698", "4316603"],
        }, "linden honey: Магнит «Мед липовый БАШКИРХАН», Перекрёсток Маркет «Мёд липовый натуральный» 350 g "
           "and «Мёд натуральный липовый» 500 g; «баночку» is a quantity; other honeys (гречишный, цветочный, "
           "акациевый, горный, майский…), крем-мёд with berries and honey-flavoured goods excluded"),
        ("бананы помягче", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas: Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био» and «Бананы красные» (a "
           "dessert banana variety eaten raw); «помягче» is a wish; Перекрёсток «Бананы для жарки» (plantains),"
           " dried/вяленые bananas, banana sweets, purees, yoghurts and banana-flavoured goods excluded; Магнит"
           " and Пятёрочка have no fresh bananas"),
    ]),
    # L03 выпечка: маргарин, мука, яйца, сахар
    ("маргорин для выпечки - 2 пачки, мука высший сорт 2 кг для пирога, яйца десяток на всех троих, сахарный песок пачку", [
        ("маргорин для выпечки - 2 пачки", {
            "pyaterochka": [],
            "magnit": ["1000054609", "1000374189"],
            "dixy": ["2000003174"],
            "perekrestok": ["4275750", "58471"],
        }, "margarine (typo «маргорин»): Пышка «для выпечки» 72% and Хозяюшка «сливочный» 60% (Магнит, "
           "Перекрёсток), Хозяюшка (Дикси); «для выпечки» is a purpose every margarine serves, «2 пачки» a "
           "quantity; spreads (Кремлевское растительно-жировой / растительно-сливочный) are a different product"
           " and excluded"),
        ("мука высший сорт 2 кг для пирога", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4"],
            "dixy": ["2000553733", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481"],
            "perekrestok": ["2037765", "2107396", "2112692", "3193726", "3305673", "3626914", "3681817", "3915409",
                            "4262616", "4326495", "91321"],
        }, "wheat flour of высший сорт in 2 kg packs («2 кг» names the standard pack of a packaged good; «для "
           "пирога» is a purpose): titles saying высший сорт / в/с, «хлебопекарная высший сорт» included, and "
           "Магнит «Мука ПЫШЕЧКА, пшеничная, 2кг» (judgement: Пышечка wheat flour is sold as высший сорт, as in"
           " set vy). Excluded: 1 kg packs, сорт «экстра» (Makfa, Алексеевская, Французская штучка, Печенов), "
           "«особая» (Тихорецкая), titles without a grade (Старооскольская «ГОСТ» in Магнит and Дикси, Дикси "
           "«Мука пшеничная хлебопекарная, 2 кг», Царь 1 кг), блинная flour mixes, wholegrain, rye, rice, corn,"
           " oat, buckwheat and other flours"),
        ("яйца десяток на всех троих", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007",
                       "2047000014", "2047000033", "3454700001", "1a8d487cea", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325",
                     "2000284425", "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111",
                            "3392204", "3421287", "3432532", "3914040", "4012802",
                            "4085791", "4085792", "4168688", "4201192", "4201194",
                            "4236458", "4337164", "4339427", "4352464", "4364349",
                            "4085790"],
        }, "hen's eggs in packs of 10, any class and brand (С0, С1, С2, отборные, «высшей категории», "
           "деревенские); «десяток» = packs of 10 only (6, 15, 20, 30 excluded); «на всех троих» is a quantity;"
           " quail eggs, smoked quail eggs and dishes with egg excluded"),
        ("сахарный песок пачку", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171"],
            "perekrestok": ["3230933", "3902622", "3650732"],
        }, "granulated white sugar in ordinary packs: Магнит Чайкофский «Сахар-песок … Рафинированный» 900 g, "
           "Дикси Чайкофский «Сахар-песок» 900 g and «Сахар-песок белый, фасованный, 1 кг», Перекрёсток «Сахар "
           "белый песок, 1кг», Чайкофский «белый кристаллический свекловичный» 750 g and «Сахар Советский "
           "Экстра, 1кг» (judgement: granulated, as in set vy); «пачку» is one pack, so the 5 kg sack is "
           "excluded (judgement: a sack is not a «пачка»); brown cane sugars (Дикси «Брауни» тростниковый "
           "сахар-песок, Перекрёсток Маркет/Market Collection тростниковый кристаллический — a different, "
           "speciality sugar), lump/pressed sugar (Русский сахар прессованный/кусковой, Чайкофский кусковой), "
           "vanilla, coconut and powdered sugar, sweetcorn excluded"),
    ]),
    # L04 мягкое для бабы Зои
    ("творожок мягкий для бабы зои (не зернистый), пюре детское яблочное - ей жевать трудно, печенье мария - размачивает в чае", [
        ("творожок мягкий для бабы зои (не зернистый)", {
            "pyaterochka": [],
            "magnit": ["1000475531", "1079990193", "1899910741", "8000030462", "1eb57431af", "c7f0f0e5ec",
                       "1051242603", "1000500397"],
            "dixy": ["2000032946", "2000227595", "2000301689", "2000322093"],
            "perekrestok": ["3194302", "4069819", "4274201", "3279582", "3692660", "4050943"],
        }, "plain soft cottage cheese: titles «Творог … мягкий» (Домик в деревне 5%/5,5%, Простоквашино «Нежный"
           " мягкий», Савушкин «Нежный мягкий» 0%/5%, «НЕЖНЫЙ, Мягкий», DANONE обезжиренный, Хуторок, Минская "
           "марка, Зелёная Линия 4,5%), Магнит Савушкин «Нежный» 0%/5% (the same soft product, titled without "
           "«мягкий»), and plain children's curd (Агуша «Классический», Тема «для малышей», Зелёная Линия "
           "«Биотворог детский» 5%; judgement: infant curd is a smooth soft curd); «не зернистый» excludes "
           "творог зерненый/«101 зерно»/«Зернышко»; flavoured soft curds (с изюмом, абрикос, манго, инжир), "
           "crumbly/traditional curd, curd desserts and творожные продукты (Даниссимо, Чудо, Растишка) excluded"),
        ("пюре детское яблочное - ей жевать трудно", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["T000007148", "2000227782", "2000602072"],
            "perekrestok": [],
        }, "children's single-fruit apple puree: Пятёрочка ФРУТОНЯНЯ «Пюре ябл.», Магнит ФРУТОНЯНЯ «Яблочное», "
           "Дикси ФрутоНяня «Яблоко» 250 g and «Яблоко без сахара» 90 g and Gipopo «Яблоко» (a children's "
           "brand); mixed purees (яблоко-груша, -персик, -банан, -сливки, Агуша mixes), apple desserts, juices "
           "and porridges excluded; Перекрёсток has only mixes"),
        ("печенье мария - размачивает в чае", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Мария» biscuits: none in any chain; Юбилейное, «Чайное сахарное», oatmeal cookies and the pears "
           "«Санта Мария» are other products"),
    ]),
    # L05 бородинский, селёдка, картошка, лук
    ("хлеб бородинский половинку\nселедочка в масле баночку деду\nкартошечки 3 кг на всех\nлучок репчатый пару головок бабе зое", [
        ("хлеб бородинский половинку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "3624125", "3974719", "4329404"],
        }, "Borodinsky rye bread, any maker and form (Аютинский ржано-пшеничный нарезка, Пр!ст «новый "
           "заварной», Маркет «формовой часть изделия», Самарский «особый»); «половинку» is how much, not a "
           "product (halves and whole loaves accepted); гренки BEERKA «Бородинские» and everything of Мясной "
           "дом Бородина (sausages) excluded (trap); only Перекрёсток carries it"),
        ("селедочка в масле баночку деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000162753", "2000322886", "2000236692", "2000242531", "2000179260", "2000309903"],
            "perekrestok": ["3345483", "3682728", "3683735", "3463465", "3993017", "4322376", "4275608", "4159336"],
        }, "packed salted herring fillet in plain oil: Дикси Vici «К картошке» 150/240 g, Леор, Мореслав, "
           "Матиас «оригинальная в масле», Русское море «Традиционный посол»; Перекрёсток Vici «традиционная», "
           "Балтийский Берег «по-царски» филе в масле, Русский Невод 400 g, Русское Море «Исландка» and "
           "«традиционный посол», Пр!ст, Маркет «слабосоленое в масле» and the deli «Филе сельди без кожи в "
           "масляной заливке» («баночку» is a quantity); seasoned variants («с укропом», «с дымком», «со "
           "специями», «с приправами», «с лучком и томатом», «в майонезе», in wine/tomato/mustard dressings, "
           "«По-шведски» marinade), whole or cold-smoked herring, canned Доброфлот/Форгрейт «натуральная» and "
           "Santa Bremor «популярное» (the title does not say oil) excluded, so Магнит has none"),
        ("картошечки 3 кг на всех", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860",
                            "43968", "769"],
        }, "fresh potatoes, loose or packed, any variety (white, red, Белорусский, «для варки/жарки» 3 kg, "
           "«гигант», «крупный отборный», «отборный» 2,5 kg, baby potatoes 2 kg, Чик-Чик 1 kg — judgement as in"
           " set vy: fresh); «3 кг» is the quantity of a weighed good, not a pack filter; батат (sweet potato),"
           " boiled peeled and frozen cut potatoes, Магнит «Картофель АЙДАХО (СП ГМ)» (a ready dish), crisps, "
           "seasonings and sweets «Картошка» excluded"),
        ("лучок репчатый пару головок бабе зое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions: Дикси «Лук репчатый» loose and «в упаковке»; Перекрёсток «Лук репчатый» loose, "
           "«в сетке», 500 g, 600 g, «красный» 500 g (a red bulb onion is still лук репчатый; colour not "
           "written) and «очищенный» (peeled fresh); «пару головок» is a quantity; dried/ground onion (Kotanyi,"
           " Айдиго), onion rings, crisps and everything «с луком» excluded"),
    ]),
    # L06 чай с рафинадом
    ("чай индийский черный (дед пьет только индийский), сахар-рафинад кусковой (дед вприкуску пьет), пряничков мятных помягче, повидло яблочное получше", [
        ("чай индийский черный (дед пьет только индийский)", {
            "pyaterochka": [],
            "magnit": ["e5f644b54b"],
            "dixy": [],
            "perekrestok": ["3506750"],
        }, "plain black tea from India: Richman «Ассам» (Магнит «Ассам черный крупнолистовой» — judgement: "
           "Assam is an Indian tea region; Перекрёсток's title of the same tea says «индийский»); Ceylon, "
           "Kenyan and blended (English Breakfast, «Английский классический») black teas and flavoured teas "
           "excluded"),
        ("сахар-рафинад кусковой (дед вприкуску пьет)", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["10E0076829", "2000350151", "2000468691", "2000538871"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (рафинад): Магнит and Дикси «Русский сахар» «белый прессованный» 1 kg / 500 g and "
           "Дикси «Сахар прессованный, 1 кг» (pressed lumps are рафинад), Дикси Чайкофский «кусковой» 250 g, "
           "Перекрёсток «Русский Сахар белый кусковой»; brown cane lump sugar (Мистраль, Маркет, Market "
           "Collection — not рафинад), granulated sugar (incl. Магнит «Сахар-песок … Рафинированный») and "
           "pressed yeast excluded"),
        ("пряничков мятных помягче", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mint пряники: none in any chain; chocolate (LUCKY DAYS, СЛАНА), Стойленские (flavour not named), "
           "orange-blossom «Дымка», cranberry Полёт, pear-flavoured «Северные» пряники and the «Имбирный "
           "пряник» soy drink are other products"),
        ("повидло яблочное получше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3503165"],
        }, "apple повидло: Перекрёсток Пр!ст «Повидло яблочное» 500 g (the only one; «получше» is a wish, not a"
           " filter); strawberry, raspberry and земляничное повидло, jams and the porridge with apple confiture"
           " excluded"),
    ]),
    # L07 манка, топлёное молоко, масло, кисель
    ("манка на кашу, молочко топленое для бабы нины, масло сливочное 72.5 бабе нине, кисель в брикетах - пару штук", [
        ("манка на кашу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "semolina (манная крупа): none in any chain; the only «манная» product is Дикси Makfa instant "
           "flavoured «Каша манная» (клюква-мед-имбирь / Гурьевская), a ready porridge mix, excluded; "
           "«Лагманная» noodles contain the stem (trap)"),
        ("молочко топленое для бабы нины", {
            "pyaterochka": [],
            "magnit": ["1000465371", "1000551077"],
            "dixy": ["2000216779"],
            "perekrestok": ["4205257", "4280728"],
        }, "baked milk (молоко топлёное) of any fat and pack: Магнит Северная долина 3,2% 400 ml and Эго 3,2% "
           "900 g, Дикси Эго 3,2%, Перекрёсток Зелёная Линия 2,5% 900 ml and 4% 500 ml; ряженка, сметана «из "
           "топленых сливок», cheese «Топленое молочко», ghee and топлёная смесь, wafers and biscuits «топленое"
           " молоко» excluded"),
        ("масло сливочное 72.5 бабе нине", {
            "pyaterochka": [],
            "magnit": ["1000262381", "1000384151", "1000457493", "1844000142", "1855599920", "1899911038",
                       "3181241105", "8000058591", "a1a2b1e98a"],
            "dixy": ["2000288309", "2000401635", "2000538793"],
            "perekrestok": ["2029217", "2071031", "3226314", "3347817", "3355277", "3363741", "3371288", "3384196",
                            "3406593", "3423762", "3472940", "3645266", "3917028",
                            "3980020", "4035287", "4051359", "4068626", "4147662",
                            "4260610", "86150", "2068941"],
        }, "butter of exactly 72,5% fat (Крестьянское and others, сладкосливочное, salted or unsalted, lactose-"
           "free Зелёная Линия included), any pack, plus Перекрёсток «Масло Княгининское Крестьянское, 180г» "
           "(judgement: «Крестьянское» butter is 72,5% by GOST; the title gives no %); 82/82,5% butters, "
           "chocolate butter 62%, spreads (Кремлевское 72,5%), Волгодонское (fat not stated) and dishes «со "
           "сливочным маслом» excluded"),
        ("кисель в брикетах - пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kissel in briquettes (the pressed dry block): none; Дикси «Кисель Русский продукт» Малина/Клюква "
           "190 g (the title does not say брикет), the 25 g instant sachet, ФрутоНяня and ready kissel drinks "
           "(Аппетиссимо, «Овсянка, Сэр!») are other forms and excluded; «пару штук» is a quantity"),
    ]),
    # L08 цикорий, сухари, кефир, гречка
    ("цикорий растворимый (деду вместо кофе), сухари ванильные к чаю - деду, кефир 3.2 деду, ядрица - гречку", [
        ("цикорий растворимый (деду вместо кофе)", {
            "pyaterochka": [],
            "magnit": ["279b109298", "577c8fa879", "6e9c524bd5", "9c453f410d"],
            "dixy": [],
            "perekrestok": [],
        }, "plain instant chicory: Магнит Большая чашка «растворимый», Экологика «натуральный растворимый "
           "сублимированный», «Здоровье» «натуральный растворимый» and Цикорич «порошкообразный» (judgement: "
           "powdered chicory is the instant kind; ground chicory for brewing is sold as «молотый»); the "
           "Пятёрочка «Большая чаша» «с черникой» is flavoured and excluded"),
        ("сухари ванильные к чаю - деду", {
            "pyaterochka": [],
            "magnit": ["4f2c3ab423"],
            "dixy": [],
            "perekrestok": [],
        }, "sweet vanilla rusks: Магнит «Сухарики ОГО!, ванильные» 250 g (sweet rusks despite the diminutive); "
           "rusks with raisins (Любимые традиции, Kerneco, Ого, Поляница, Семейка Озби), панировочные сухари "
           "and savoury сухарики (Воронцовские, Хрусteam, Take It) excluded"),
        ("кефир 3.2 деду", {
            "pyaterochka": ["3433425"],
            "magnit": ["1000143510", "1000307731", "1000350609", "1000531928", "1899800795", "37f16272a7",
                       "48045cf20b", "790e8c96de", "9cbe548621"],
            "dixy": ["2000208649", "2000253973", "2000331970", "2000587052", "DI00081047"],
            "perekrestok": ["18510", "2083868", "3433425", "3467795", "3668693", "3682461", "3922310", "4045978",
                            "4109799", "4153932", "4159752", "4174038", "4198906",
                            "4252382", "4318914", "97452"],
        }, "kefir of exactly 3,2% (any brand and pack, Пятёрочка АСЕНЬЕВСКАЯ ФЕРМА 3,2% included, incl. "
           "«органический», «термостатный», Вкусный вечер and Агуша children's kefir 3,2% — as children's milk "
           "counts as milk); ranges 3,2-4% (Из молока Нашей дойки), other fats, кефирный продукт/коктейль and "
           "foods made with kefir excluded"),
        ("ядрица - гречку", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392",
                     "2000539995", "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128", "3438178",
                            "3446736", "3477255", "3493533", "3600743", "3603166",
                            "3667612", "3674200", "3694322", "3696237", "39155",
                            "3994791", "4009020", "4019310", "4059000", "4061364",
                            "4090171", "4204902", "4353613", "53673", "6847"],
        }, "buckwheat groats (ядрица) of any brand and pack, incl. boil-in-bag packets, "
           "«быстроразваривающаяся», «пропаренная», «Экстра», and titles «Гречка …»/«Крупа гречневая …» without"
           " the word ядрица (judgement as in set vy: no продел is on sale, so plain buckwheat groats are "
           "ядрица); green buckwheat, buckwheat flakes, flour, noodles, drinks, bread and ready buckwheat "
           "dishes (с грибами, по-купечески, по-азиатски, with meat) excluded"),
    ]),
    # L09 чернослив, винегрет, квашеная капуста
    ("чернослив без косточки - для кишечника, свеколка на винегрет, капустка квашеная (бабе зое к картошке)", [
        ("чернослив без косточки - для кишечника", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pitted prunes: no title says «без косточки»; Магнит «Чернослив ВОСТОЧНЫЙ ГОСТЬ, 150г» does not say "
           "whether it is pitted, so it is not accepted (the form written is required); prune purees, yoghurts,"
           " marmalade and dishes with prunes excluded; missing everywhere"),
        ("свеколка на винегрет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["13998", "2143053", "3368257", "3378167", "3625863", "4208428", "4299508", "4375880",
                            "45532", "786", "92844"],
        }, "fresh beetroot (fresh-produce word): Дикси «Свекла свежая»; Перекрёсток loose «Свекла», «в пакете, "
           "1кг», «в сетке», «на подложке», «мытая», Весёлая Семейка «мытая», «молодая», «в пучках», Белая Дача"
           " «Сладкая свежая резаная» and Маркет Fresh «свежая» / «очищенная соломка» (raw fresh-cut line); «на"
           " винегрет» is a purpose, so boiled beets are not added; boiled, marinated, dried, Korean-style "
           "beets, beet salads, chard («Мангольд»), seeds, and Перекрёсток «Свекла очищенная» / «Свёкла целая "
           "очищенная, 500г» (judgement: vacuum-packed peeled beets, raw or boiled not stated) excluded"),
        ("капустка квашеная (бабе зое к картошке)", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000548651"],
            "perekrestok": ["2068014", "4116723", "4243262"],
        }, "plain sauerkraut, incl. the classic «с морковью» (Белоручка, Зелёная Линия «шинкованная с морковью»"
           " 300/800 g) and Дикси «Фитнес, без сахара»; flavoured sauerkrauts («с клюквой», «с морковью и "
           "яблоком», «с морковью и тмином»), marinated cabbage («в маринаде», «Пелюстка со свеклой»), kimchi, "
           "Korean-style and stewed cabbage, fresh cabbage excluded; Магнит and Пятёрочка carry none"),
    ]),
    # L10 паровые котлетки, рисовая каша, сливки
    ("минтай филе без костей (на паровые котлетки), морковка пару штучек на котлетки, рис круглый на молочную кашу бабе зое, сливки 10% к кофе - баба нина", [
        ("минтай филе без костей (на паровые котлетки)", {
            "pyaterochka": [],
            "magnit": ["21f5feb583", "b9c33693bc"],
            "dixy": [],
            "perekrestok": [],
        }, "pollock fillet: Магнит «Минтай МАГНИТ филе без кожи свежемороженый» 600 g and «МИНТАЙ филе, "
           "полуфабрикат из замороженного сырья» 1 kg (fillet is the boneless cut); «на паровые котлетки» is a "
           "purpose, so pollock mince (Перекрёсток Люди любят «Фарш из минтая») is another product and "
           "excluded, as are whole/headless pollock (тушка, Магнит «МИНТАЙ полуфабрикат» whose cut is not "
           "named), roe and cooked dishes"),
        ("морковка пару штучек на котлетки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4191099", "4299784", "60529"],
        }, "fresh carrots of any pack: Дикси «Морковь свежая», «белорусская мытая»; Перекрёсток «Морковь "
           "отечественная», «на подложке», Маркет Fresh «мытая» 1 kg and «свежая мытая» 200 g, «для сока» 1 kg,"
           " «Зайкино Счастье мини»; «пару штучек» is a quantity, «на котлетки» a purpose; boiled peeled "
           "carrots, Korean carrot salads, carrot mixes, purees, juices, seasonings and pet food excluded"),
        ("рис круглый на молочную кашу бабе зое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180350", "2000219612", "2000282743", "2000292827", "DI00079260", "ЦТ0042579"],
            "perekrestok": ["3231277", "3469127", "3469128", "3603169", "3674360", "4332035"],
        }, "round-grain rice: titles «круглый»/«круглозерный»/«круглозернистый» (Дикси «Крупа Рис круглый», "
           "Зернышко к зернышку 900 g and 5×80 g, Мистраль Кубань, Националь Краснодарский, Увелка; Перекрёсток"
           " Мистраль Кубань 5×80 g and «Италика белый круглозерный», Увелка, Маркет 900 g and 4×125 g, «Рис "
           "круглозернистый шлифованный»); «на молочную кашу» is a purpose; the rice-and-millet mix «Дружба», "
           "sushi/Japanese rice, Адриатика, Бальдо, «Испанский» (round grain not stated), long-grain, "
           "parboiled, basmati, jasmine, brown rice and rice dishes excluded"),
        ("сливки 10% к кофе - баба нина", {
            "pyaterochka": [],
            "magnit": ["1000006089", "1000052910", "1000128456", "1000144079", "1000456519", "1000461011",
                       "1000506066", "1000537609", "1899911837", "3201860040", "913cd14db9"],
            "dixy": [],
            "perekrestok": ["3431574", "4271735", "4267108", "44849", "68419"],
        }, "drinking cream of exactly 10% in any pack (стерилизованные / ультрапастеризованные / «питьевые», "
           "VALIO «для кофе», the 10×10 g portion cups of Зелёная Линия, Альпенгурт and Campina «для кофе»); "
           "11%, 20% and 33% creams, coffee whiteners and cream-flavoured goods excluded; «к кофе» is a purpose"),
    ]),
    # L11 дарницкий, докторская, сырок, йогурт
    ("хлеб дарницкий буханку, колбаса докторская (мягкая - зубов у деда нет), сырок плавленный дружба - дед просил, йогурт питьевой без добавок", [
        ("хлеб дарницкий буханку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2053660", "3627134", "3953836", "3974720", "4074396", "4354623"],
        }, "Darnitsky rye-wheat bread, whole or part loaves, sliced or not (Маркет, Пр!ст 650 g and «часть "
           "изделия» 325 g, Коломенское, Хлебозавод №22, Щелковохлеб); «буханку» is a unit, not a filter; "
           "breads of the bakery brand «Дарница» («ржаной подовый половинка», «Двинский заварной») are other "
           "breads (a brand word is not the product) and marmalade «Ударница» contains the stem; only "
           "Перекрёсток carries it"),
        ("колбаса докторская (мягкая - зубов у деда нет)", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374",
                       "6e16b1777a", "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600",
                       "fa236141ca", "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "Doktorskaya boiled sausage of any maker, weight or form (ГОСТ, «Особая», «от шефа», нарезка, кусок,"
           " weighed Клинский); «мягкая» describes the sausage the elder wants and is not a filter (Doktorskaya"
           " is a soft boiled sausage); Докторские sausages (сосиски) excluded"),
        ("сырок плавленный дружба - дед просил", {
            "pyaterochka": [],
            "magnit": ["1000227071"],
            "dixy": [],
            "perekrestok": [],
        }, "processed cheese «Дружба»: Магнит «Сыр плавленый Карат Дружба 45% 90г»; the «Плавленый продукт "
           "ДРУЖБА» and Моя цена «Продукт плавленый Дружба с сыром» are processed products, not cheese (as "
           "«Продукт По-Российски» was not сыр российский in set g), and excluded; halva «Дружба» and the rice-"
           "millet mix «Дружба» are other products"),
        ("йогурт питьевой без добавок", {
            "pyaterochka": ["8487"],
            "magnit": ["1000380540", "555ec5242d"],
            "dixy": [],
            "perekrestok": [],
        }, "plain drinking yoghurt: Пятёрочка DANONE «Биойогурт АКТ.пит.натур.» 870 g, Магнит «Йогурт питьевой "
           "АКТИВИА Натуральный» and «Йогурт питьевой Epica Натуральный»; every other drinking yoghurt is "
           "flavoured (fruit, cereals, prunes) and excluded; natural spoonable/Greek/thermostatic yoghurts "
           "(АктиБио 130 g, Простоквашино, Teos, Neo, Free), the sweetened Зелёная Линия «Йогурт сладкий» and "
           "goat-milk bioyoghurt 100 g are not drinking or not plain and excluded"),
    ]),
    # L12 паштет, суп, кабачковая икра, масло
    ("печенка куриная на паштет, вермишелька паутинка на суп, икра кабачковая баночку (дед на хлеб мажет), масло подсолнечное нерафинированное (пахучее - для винегрета)", [
        ("печенка куриная на паштет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw chicken liver: none in any chain; Дикси frozen beef liver «Печень говяжья Диета», liver pâtés "
           "(Михайлов курень, Йошкар-Олинский, goose-liver pâté), cod liver, liver baby purees and pet food "
           "with liver are other products (the purpose «на паштет» does not make a pâté acceptable)"),
        ("вермишелька паутинка на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000015331"],
            "perekrestok": [],
        }, "«Паутинка» vermicelli: Дикси Makfa «Паутинка» 450 g (the only title naming it); other vermicelli "
           "(Makfa «Короткая тонкая», Barilla «Филини», Верони, Шебекинские «лёгкая» №111, Маркет, Пр!ст, "
           "spinach vermicelli) are not named паутинка and excluded, as are funchoza and instant noodle soups"),
        ("икра кабачковая баночку (дед на хлеб мажет)", {
            "pyaterochka": [],
            "magnit": ["381b954c56", "946989d11a"],
            "dixy": [],
            "perekrestok": [],
        }, "squash caviar (икра кабачковая / «из кабачков»): Магнит Ресторация Обломов «Икра из кабачков» 420 g"
           " and Семейные секреты «Икра кабачковое» 520 g; «баночку» is a quantity; frozen courgettes, "
           "courgettes in adjika and courgette purees excluded"),
        ("масло подсолнечное нерафинированное (пахучее - для винегрета)", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["2071663", "3608379", "3653773", "3683883", "4067112", "4149438", "4307791", "4311768",
                            "74883"],
        }, "unrefined sunflower oil of any brand and bottle (Дикси Благо, Слобода, «Здоровое меню»; Перекрёсток"
           " Золотая Семечка, Dial-Export, Юкка Юг, Русский МасляникЪ, «Ароматы Жизни … из жареных семечек», "
           "Getuva «высокоолеиновое нерафинированное», Маркет 500/650 ml, «Масло подсолнечное нерафинированное,"
           " 900мл»); «пахучее» is a wish, «для винегрета» a purpose; refined oils, oils whose titles do not "
           "say unrefined (Аведовъ, Getuva New Way), blends «с добавлением оливкового/льняного/миндального», "
           "flavoured Almador, mustard, olive and avocado oils excluded"),
    ]),
    # L13 компот: сухофрукты, изюм, курага
    ("сухофрукты на компот (смесь), изюмчик без косточек в компот, курага - сердце у деда", [
        ("сухофрукты на компот (смесь)", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a dried-fruit mix for compote: none in any chain; Магнит НАТУРФУДС «Смесь орехов и сухофруктов» (a "
           "nut-and-fruit snack mix), Перекрёсток «Смесь винограда сушёная» (raisins only), single dried "
           "fruits, Агуша ready «Компот» and curd with dried fruit are other products"),
        ("изюмчик без косточек в компот", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4288277", "4308580", "4311579", "4316951", "4342295"],
        }, "seedless raisins: Перекрёсток titles «Виноград сушеный … без косточек/без косточки» (Зелёная Линия "
           "150 g, Пр!ст 500 g, Маркет 150 g «целый» and 200 g) and Маркет «Изюм Голден» 250 g (judgement: "
           "golden raisins are made from seedless grapes); raisins whose titles do not say seedless (Маркет "
           "«Изюм светлый», «Виноград сушёный» Маркет 200 g / Пр!ст 100 g, «Смесь винограда сушёная») excluded,"
           " as are raisins in chocolate, bread, cheese curd and chocolate with raisins"),
        ("курага - сердце у деда", {
            "pyaterochka": [],
            "magnit": ["adf6cd599a"],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots: Магнит «Курага СЕМУШКА, 150г»; curd, yoghurt, porridge, sweets and compote with "
           "курага excluded"),
    ]),
    # L14 молочное: сметана, творог, яйца, сырки
    ("сметана 20% (бабушка хочет густую), творог 9% пачечку, яички с0, сырочки глазированные ванильные", [
        ("сметана 20% (бабушка хочет густую)", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404",
                       "1000574405", "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355",
                            "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, "plain sour cream of exactly 20%, any brand and pack; «густую» is a wish (no title marks thickness);"
           " other fats, sour-cream mayonnaise and flavoured snacks excluded"),
        ("творог 9% пачечку", {
            "pyaterochka": [],
            "magnit": ["1000122024", "1000386975", "1000426465", "1000426470", "1000448252", "1000530486",
                       "8000055235", "0cfee9df84", "18fc386178", "3d536f7add", "57c16fad2a",
                       "93ff6e854f"],
            "dixy": ["2000266304", "2000280850", "2000312025", "2000423589", "2000564413", "2000566980",
                     "2000567931", "2000568076", "2000569975"],
            "perekrestok": ["4129495", "4153929", "4249279", "4249286", "4299497", "3192865", "3487310"],
        }, "plain cottage cheese of exactly 9%, any brand and pack (incl. рассыпчатый, «Домашний», «пластовой»,"
           " «традиционный», «классический»); «пачечку» is a quantity; grainy cottage cheese in cream (Зелёная "
           "Линия «Зернышко» 9%), other fats, curd masses, desserts and flavoured curds excluded"),
        ("яички с0", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "2047000014", "1a8d487cea"],
            "dixy": ["2000212529", "2000269325", "2000284425", "2000326489", "2000601652"],
            "perekrestok": ["2131762", "3182853", "3356111", "3392204", "3421287", "3432532", "3914040", "4012802",
                            "4076991", "4168688", "4201192", "4201194", "4236458",
                            "4263543", "4337164", "4352464", "4364349", "4085790"],
        }, "hen's eggs of class С0 (= СО = «отборные»/«отборной категории»), any count (10, 20); «Экстра "
           "категория С0» included; С1, С2, СВ, «1 категории», «высшей категории» (= СВ) and quail eggs "
           "excluded"),
        ("сырочки глазированные ванильные", {
            "pyaterochka": ["4061730"],
            "magnit": ["1000117018", "1000122409", "1000172948", "1000186648", "1000238205", "1000274202",
                       "1000359364", "8000070532", "8000078945", "61ab02df21"],
            "dixy": [],
            "perekrestok": ["20615", "3427052", "3666242", "4227614"],
        }, "glazed curd snacks with vanilla or vanillin, any glaze (chocolate, confectionery) and pack: titles "
           "saying глазированные/«в … глазури»/«в молочном шоколаде» and ваниль/ванилин (Село Зеленое, "
           "Простоквашино, Ростагроэкспорт, Свитлогорье, Советские традиции, Пушкинский, А.Ростагрокомплекс "
           "incl. «Суфле с ванилью» and the 6×25 g pack); other flavours (сгущенка, кокос, какао, клубника, "
           "карамель, картошка…), unglazed curd snacks with vanillin (90-100 g bars, «Три кота»), and curd "
           "snacks whose titles do not say they are glazed (Коровка из Кореновки «ваниль», Ростагроэкспорт "
           "«ванильный», Сыркофф «Ваниль») excluded"),
    ]),
    # L15 боржоми, томатный сок, яблоки
    ("боржоми бутылку - от изжоги, сок томатный с мякотью (бабе зое), яблоки зеленые - семеренко", [
        ("боржоми бутылку - от изжоги", {
            "pyaterochka": [],
            "magnit": ["67c2003564"],
            "dixy": ["2000188861", "2000211073", "2000315091", "ЦТ0020861"],
            "perekrestok": ["3393237"],
        }, "Borjomi mineral water in any bottle (Магнит 1,25 l; Дикси PET 0,5/0,75/1,25 l and glass 0,5 l; "
           "Перекрёсток 750 ml); «бутылку» is a quantity, «от изжоги» a purpose; the flavoured «Боржоми "
           "Флейворд Вотер» drinks (вишня-гранат, цитрус-имбирь) are other products; no other mineral water is "
           "added"),
        ("сок томатный с мякотью (бабе зое)", {
            "pyaterochka": ["3652920"],
            "magnit": ["135a3b5716", "9e403e69fb", "c31db3f9e2", "ced6e1653e"],
            "dixy": ["2000550671"],
            "perekrestok": ["3612826", "3649437"],
        }, "tomato juice: Перекрёсток Маркет and Пр!ст «с мякотью», and also the tomato juices whose titles do "
           "not mention pulp (Пятёрочка «Сок Томат прямой отжим», Магнит Добрый, Рич 1 l and 200 ml «с солью», "
           "Сады Придонья «с солью», Дикси «Любимый 100% томат») — judgement: tomato juice is sold with its "
           "pulp (no clarified tomato juice exists on these shelves), so «с мякотью» does not separate "
           "products; salt is the usual seasoning of tomato juice and not a different product; tomatoes «в "
           "томатном соке» excluded"),
        ("яблоки зеленые - семеренко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3171926"],
        }, "fresh apples of the Симиренко (Ренет Симиренко) variety the volunteer names after the dash: "
           "Перекрёсток «Яблоки Симиренко» (the typo «семеренко» is this variety); other green apples (Гренни "
           "Смит, «Яблоки зеленые» фасованные/Маркет) and other varieties excluded, as the written variety is "
           "required; apple juice, puree and apple-flavoured goods excluded"),
    ]),
    # L16 от простуды: клюква, лимон, имбирь, мёд
    ("клюква мороженая на морс, лимончик к чаю - бабе нине, имбирь корень небольшой (от простуды), медок гречишный - деду от кашля", [
        ("клюква мороженая на морс", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4275459", "4289122"],
        }, "frozen cranberries: Перекрёсток Маркет «Клюква дикорастущая быстрозамороженная» 300 g and Пр!ст "
           "«Клюква садовая быстрозамороженная» 700 g; «на морс» is a purpose; fresh «Клюква садовая», Магнит "
           "«КЛЮКВА, 250г» (frozen not stated), dried, sugared, puréed cranberries, cranberry drinks and sweets"
           " excluded"),
        ("лимончик к чаю - бабе нине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, "fresh lemons: Дикси «Лимоны сочные», Перекрёсток «Лимон» (loose), «Лимон Маркет Fresh, 2шт», «Лимон"
           " Узбекистан Market Collection, 2шт», «Лимоны Узбекистан»; «к чаю» is a purpose; the lime-lemon "
           "«Микс» and the ginger-lemon set, lemon juice, lemon-flavoured goods and cleaners «Лимон» excluded; "
           "Магнит and Пятёрочка have no fresh lemons"),
        ("имбирь корень небольшой (от простуды)", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3218215", "4097889"],
        }, "fresh ginger root: Перекрёсток «Имбирь» (loose) and «Имбирь, 300г»; «небольшой» is a size wish for "
           "a loose root, not a pack filter; ground (Kotanyi, Pripravka), pickled, candied, «в сахаре», the "
           "ginger-lemon set and ginger-flavoured goods excluded"),
        ("медок гречишный - деду от кашля", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3687699", "4320671"],
        }, "buckwheat honey: Перекрёсток Маркет «Мёд Гречишный натуральный монофлорный» 500 g and «Мёд "
           "гречишный натуральный» 350 g; other honeys (липовый, цветочный, горный…), crème honeys and honey-"
           "flavoured goods excluded; «от кашля» is a purpose"),
    ]),
    # L17 варенец, простокваша, топлёное масло, пшёнка
    ("варенец бутылочку, простокваша (баба нина без нее не может), масло топленое - баночку, пшенка на кашу с тыквой", [
        ("варенец бутылочку", {
            "pyaterochka": [],
            "magnit": ["1000560511", "8000093609"],
            "dixy": ["2000581091"],
            "perekrestok": [],
        }, "варенец of any fat and pack: Магнит Ростагроэкспорт термостатный 3,5-4,5% 320 g and Славянские "
           "Кружева 3,2% 200 g, Дикси Ростагроэкспорт 320 g; «бутылочку» is a quantity (the pack form is not in"
           " the titles and is not used as a filter); ряженка, kefir and yoghurt excluded"),
        ("простокваша (баба нина без нее не может)", {
            "pyaterochka": [],
            "magnit": ["1000284419", "26c8070a70"],
            "dixy": ["2000543672"],
            "perekrestok": [],
        }, "простокваша: Магнит ЭГО «термостатная» 4% and Эго «Мечниковская термостатная» 4% (Мечниковская is a"
           " kind of простокваша), Дикси «Простокваша термостатная Эго»; everything of the brand Простоквашино "
           "(milk, kefir, sour cream, curd, yoghurts) is another product (a brand word is not the product — "
           "trap)"),
        ("масло топленое - баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4202027"],
        }, "ghee / melted butter: Перекрёсток Зелёная Линия «Масло Гхи топлёное 99%» 140 g; «баночку» is a "
           "quantity; Магнит Хозяюшка «Смесь топленая»/«Топленая смесь» 99,7% (a butter-and-vegetable-fat "
           "blend, not butter), ordinary butter and baked milk excluded"),
        ("пшенка на кашу с тыквой", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats: Пятёрочка «Крупа пшено шлифованное в пакетиках для варки 400 гр.»; «на кашу с "
           "тыквой» is a purpose; Пятёрочка Myllyn Paras «Каша … пшенная» (a porridge product, form not stated "
           "as groats), the rice-and-millet mixes «Дружба» and the ready rice-millet porridge of Шеф "
           "Перекрёсток excluded; wheat (пшеница) products contain the stem"),
    ]),
    # L18 хозяйственное
    ("мыло хозяйственное 72% пару кусков - баба зоя стирает им, средство для мытья посуды самое дешевое, туалетная бумага - упаковка 4 рулона, стиральный порошок для ручной стирки", [
        ("мыло хозяйственное 72% пару кусков - баба зоя стирает им", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "laundry soap (хозяйственное мыло) 72%: none in any chain; toilet soaps, liquid and cream soaps "
           "excluded"),
        ("средство для мытья посуды самое дешевое", {
            "pyaterochka": [],
            "magnit": ["05e81b9637", "0cc102b359", "186ff3d636", "1cd0606d7d", "2d790e73ea", "381aaf5d64",
                       "3dc9a1ed43", "43a0e3032e", "4a060084e4", "4cf63843e3", "4e35e08ada",
                       "514b218200", "551d8403a9", "5fd6de4bb5", "76379a4e64", "7b4b7f0a59",
                       "7c5bd74e06", "7caeebbd02", "8d877b13ce", "963399e98a", "97c928414d",
                       "a401696a68", "a8a6d84ae6", "a9dfde88f9", "b3ebaa28e5", "bbb10983dd",
                       "c4e892e413", "cd27c8307b", "d076c21852", "d0bd1a2d49", "d3ea3a9828",
                       "d458f25c78", "ddcc463812", "df2c291ad1", "e5a0684ec7", "e62ea315f2"],
            "dixy": ["2000265727", "2000274013", "2000289255", "2000321808", "2000323096", "2000371202",
                     "2000517533", "2000591971"],
            "perekrestok": ["3984598", "4011474", "4141118"],
        }, "hand dish-washing liquid/gel of any brand, scent and size (Fairy incl. Platinum and Pure&Clean, "
           "AOS, Sorti, Synergetic, BIOMIO, Гарденика, Sanita, PALMIA, Завод братьев Крестовниковых, the baby-"
           "dish and «посуды, овощей, фруктов и игрушек» variants); «самое дешевое» is a wish; dishwasher "
           "tablets, capsules, salt and rinse aid, sponges and disposable tableware excluded"),
        ("туалетная бумага - упаковка 4 рулона", {
            "pyaterochka": [],
            "magnit": ["0f9bdfbe08", "11634cf6c9", "24f2c70304", "475d902330", "b0339ecad9", "be21812bf9",
                       "e01188fba0", "f88b88076f"],
            "dixy": ["2000142974", "2000294361"],
            "perekrestok": [],
        }, "toilet paper in packs of 4 rolls («упаковка 4 рулона» names the pack), any brand, ply, colour or "
           "scent (ЗЕВА/ZEWA Делюкс/Плюс/Just1/Нэчерал софт, ПАПИЯ/Papia); packs of 6, 8, 12 rolls and wet "
           "toilet paper excluded"),
        ("стиральный порошок для ручной стирки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for hand washing: none in any chain — every powder is «автомат» or does not say it "
           "is for hand washing (Persil «Сов», МИФ «Морозная свежесть», Synergetic «универсальный» / "
           "суперконцентрат, Завод братьев Крестовниковых); gels, capsules, and cleaning or mustard powders "
           "excluded"),
    ]),
    # L19 к чаю: коровка, зефир, пастила, ирис
    ("конфеты коровка полкило к чаю, зефирчик белый для бабы нины, пастилу яблочную бабе зое, ирис золотой ключик", [
        ("конфеты коровка полкило к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Коровка» milk fudge sweets: none in any chain; Пятёрочка «Вафли Коровка» (wafers) and the dairy "
           "brand «Коровка из Кореновки» are other products; «полкило» is a quantity"),
        ("зефирчик белый для бабы нины", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "white зефир: no title says white; excluded are Шарлиз «Бело-розовый» (half pink), Коломенский "
           "«Ваниль и малина» (assorted colours), berry/fruit-flavoured and chocolate-coated зефир, and — as a "
           "judgement — the apple zefirs (Семейные секреты «Антоновка», Коломенский «Яблочный»), often white "
           "but whose colour the titles do not state; missing everywhere"),
        ("пастилу яблочную бабе зое", {
            "pyaterochka": [],
            "magnit": ["357a2a47ed"],
            "dixy": [],
            "perekrestok": ["4116134", "4317912"],
        }, "apple pastila: Магнит «Пастила БЕЛЕВСКАЯ ПАСТИЛА, Яблоко» 200 g; Перекрёсток Зелёная Линия «Пастила"
           " Белёвская классическая без сахара» 100 g and «Батончик из белевской яблочной пастилы» 35 g "
           "(judgement: classic Белёвская pastila is apple pastila; the bar is apple pastila in bar form); "
           "Магнит «Мармелад БЕЛЕВСКАЯ ПАСТИЛА, Яблочный» (marmalade — trap), cranberry, bilberry and "
           "strawberry-cream pastilas, and Дикси «Классическая/Ягодное ассорти» 50 g (sold in assortment, apple"
           " not guaranteed) excluded"),
        ("ирис золотой ключик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Золотой ключик» toffee: none in any chain; Перекрёсток «Ирис Сливочный Маркет» and MELLER «Ирис с "
           "шоколадом» are other brands (a named brand that is absent is not replaced)"),
    ]),
    # L20 суп: бульонные кубики, лавровый лист, горох
    ("кубики бульонные куриные - дед суп варит, лаврушка пакетик - дед в суп кладет, горох колотый на суп", [
        ("кубики бульонные куриные - дед суп варит", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken stock cubes: none in any chain; Дикси Роллтон «Бульон говяжий Домашний» (beef, not cubes), "
           "Maggi/Knorr seasonings and mixes, and other «кубики» (mozzarella, mango, mushrooms) are other "
           "products"),
        ("лаврушка пакетик - дед в суп кладет", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "bay leaves: Магнит «Лист лавровый КОТАНИ, 5г», Перекрёсток «Лист лавровый Пр!ст, 10г»; «пакетик» is"
           " a quantity"),
        ("горох колотый на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4306938"],
        }, "split peas: Перекрёсток «Горох шлифованный колотый Маркет, 800г»; Пятёрочка «Горох Увелка, 800 г» "
           "does not say split (the form written is required) and is excluded; green peas (горошек), sweet "
           "peas, pea microgreens, pea pasta and ready pea soup excluded"),
    ]),
    # L21 рыбное: килька, горбуша, сельдь, морская капуста
    ("килька в томате - 3 баночки, горбуша консервированная, филе сельди слабосоленой, салат из морской капусты (для щитовидки)", [
        ("килька в томате - 3 баночки", {
            "pyaterochka": [],
            "magnit": ["b755c9549a"],
            "dixy": [],
            "perekrestok": [],
        }, "kilka in tomato sauce: Магнит Доброфлот «балтийская в томатном соусе» 240 g; «3 баночки» is a "
           "quantity; Магнит ЛААТСА «обжаренная с чили в томатном соусе» (a spiced variant) and sprats in oil "
           "(шпроты) excluded"),
        ("горбуша консервированная", {
            "pyaterochka": [],
            "magnit": ["fe303b7cfa"],
            "dixy": [],
            "perekrestok": ["3653861"],
        }, "canned pink salmon: Магнит «ГОРБУША, 5 МОРЕЙ, натуральная, 245г» and Перекрёсток «Горбуша "
           "натуральная Пр!ст, 250г» (judgement: «натуральная» 245/250 g is the canned product); frozen fillet,"
           " breaded fillet, dried strips, lightly salted or cold-smoked slices, roe and fish paste excluded"),
        ("филе сельди слабосоленой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000179260"],
            "perekrestok": ["3454388", "3009042", "4275608"],
        }, "lightly salted herring fillet: Перекрёсток Русское Море «бочковая слабосолёная филе» 230 g, deli "
           "«Сельдь филе слабосолёная», Маркет «Филе сельди атлантической слабосоленое в масле» 250 g, and "
           "Дикси «Сельдь Матиас Деликатесная оригинальная в масле филе» (judgement: Матиас/matjes is lightly "
           "salted herring); whole lightly salted herring (неразделанная, 300+…500+, Олюторская, «атл.с/с "
           "в/у»), herring fillets not said to be lightly salted («соленая», «традиционный посол», Vici, Santa "
           "Bremor «популярное»), seasoned/marinated fillets («с приправами», Матиас «с приправами» and «свежая"
           " зелень», МАРЕ «По-шведски»), and lightly salted trout, salmon and горбуша excluded"),
        ("салат из морской капусты (для щитовидки)", {
            "pyaterochka": [],
            "magnit": ["b81df9d11a"],
            "dixy": ["2000597411"],
            "perekrestok": [],
        }, "sea-kale (seaweed) salads: Магнит Балтийский берег «Салат из морской капусты … в сырном соусе» and "
           "Дикси «Морская капуста с морковью по-корейски» (seaweed is the salad, the sauce/carrot its "
           "dressing); Дикси Мореслав «Салат … из морской капусты с крабовыми палочками» (a composite crab-"
           "stick salad) and the fried seaweed snack Midori 5 g excluded; «для щитовидки» is a purpose"),
    ]),
    # L22 тушёнка, рожки, соль
    ("тушенка говяжья гост пару банок деду, рожки подешевле - дед любит с тушенкой, соль йодированная пачку (у бабы нины кончилась)", [
        ("тушенка говяжья гост пару банок деду", {
            "pyaterochka": [],
            "magnit": ["738a6cb8b8"],
            "dixy": ["2000192964", "2000302684", "2000415753", "T000000869"],
            "perekrestok": [],
        }, "canned stewed beef made to ГОСТ: titles with «ГОСТ» (Магнит Главпродукт «высший сорт, ГОСТ» 338 g; "
           "Дикси Иван Мясоедов «высший сорт, ГОСТ», «Мясные ряды» ГОСТ, «Семейный бюджет» ГОСТ 500 g) and "
           "Дикси «Главпродукт Высший сорт, 338 г» (judgement: the same Главпродукт product Магнит titles "
           "«ГОСТ»); «ГОСТ» is a standard the user wrote and is required, so beef stews not said to be GOST "
           "(Богатырская, Великолукский, РУСЬ, Совок, Барс Экстра, Гродфуд, Первым Делом «кусковая», Курганский"
           " «Стандарт», Пр!ст «Классическая») are excluded, as are pork, turkey and horse-meat stews; «пару "
           "банок» is a quantity"),
        ("рожки подешевле - дед любит с тушенкой", {
            "pyaterochka": ["2049747"],
            "magnit": ["367d4ecfc8", "6e98aa8b36", "f20a2d2027"],
            "dixy": ["2000005384", "2000005385", "2000544352", "2000572794", "2000575212"],
            "perekrestok": ["3435299", "4273871", "4328907", "4340660", "82772"],
        }, "dry pasta of the рожки (elbow) shape, any brand and size (Baisad, Верони, Моя цена 3 kg, АИДА "
           "«Рожок», Maltagliati «Рожок крупный», Любимые традиции, Шебекинские «Витой рожок» and «Рожок-"
           "полубублик», Роллтон «Рожки с оливковым маслом», Маркет «Рожки»/«Рожки Большие», Пр!ст); "
           "«подешевле» is a wish; vegetable-coloured «Рожок Малютка с томатами и шпинатом» and ice-cream cones"
           " («рожок») excluded"),
        ("соль йодированная пачку (у бабы нины кончилась)", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001900", "2000171442", "2000317165", "ЦТ0001666"],
            "perekrestok": ["2157581", "3224596", "3224598", "3652519", "4117216", "4266811", "4328849", "4335115"],
        }, "iodised salt of any kind and pack (rock «Экстра», sea salt 4Life, Setra, Пр!ст, Маркет incl. «помол"
           " №0»); «пачку» is a quantity; non-iodised salts (Экстра, помол №1, Himalayan, Adyghe, flavoured "
           "«Вкусная соль»), dishwasher salt excluded"),
    ]),
    # L23 для деда-диабетика
    ("сок яблочный без сахара - у деда диабет, хлебцы гречневые деду, печенье на фруктозе (диабетическое), сахарозаменитель в таблетках для деда", [
        ("сок яблочный без сахара - у деда диабет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00080427", "ЦТ0017501"],
            "perekrestok": ["67047"],
        }, "single-fruit apple juice labelled without sugar: ФрутоНяня «яблочный без сахара осветленный» (Дикси"
           " 0,2 l and 0,5 l, Перекрёсток 200 ml; a children's juice of that fruit counts, as in "
           "real_basket_eval); «без сахара» is written and required, so apple juices whose titles do not say it"
           " (Добрый, Rich, J7, Сады Придонья, Любимый, Маркет…) are excluded (the claim cannot be read from "
           "those titles), as are mixed apple juices (яблоко-персик без сахара, -виноград, -вишня, -груша), "
           "nectars and сокосодержащие напитки; Магнит and Пятёрочка have none"),
        ("хлебцы гречневые деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000136520"],
            "perekrestok": [],
        }, "buckwheat crispbread: Дикси Dr.Korner «хрустящие гречневые с витаминами» 100 g; other crispbreads "
           "(кукурузно-рисовые, зерновые, ржаные, multigrain, with fruit) excluded"),
        ("печенье на фруктозе (диабетическое)", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000251113"],
            "perekrestok": ["2140253"],
        }, "cookies sweetened with fructose: Дикси Хлебный Спас «Злаки ассорти на фруктозе» 250 g, Перекрёсток "
           "Хлебный Спас «Черника на фруктозе» 200 g; «на фруктозе» is written and required, so diabetic "
           "cookies on sorbitol, maltitol or stevia (Петродиет, Полёт «Искусство жить», Посиделкино, Magic "
           "Grain) and fructose crispbread are excluded"),
        ("сахарозаменитель в таблетках для деда", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sweetener tablets: none; FitParad №10 150 g and Fit Parad №7 60 g are powdered sweeteners (the form"
           " «в таблетках» is required); dishwasher and other tablets excluded"),
    ]),
    # L24 оладьи из кабачка
    ("кабачок на оладьи, укропчик пучок свежий бабе нине, сметанка 10% к оладьям", [
        ("кабачок на оладьи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh courgette/marrow: none in any chain; Магнит «4 СЕЗОНА Кабачки замор нарез» (frozen), кабачки "
           "в аджике, squash caviar and courgette baby purees are other forms (fresh-produce words mean fresh "
           "produce); «на оладьи» is a purpose"),
        ("укропчик пучок свежий бабе нине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill: none in any chain (Дикси sells fresh parsley only); dill-flavoured crisps, herring «с "
           "укропом», seasonings and dried herbs are other products"),
        ("сметанка 10% к оладьям", {
            "pyaterochka": [],
            "magnit": ["1000241416", "1000372784", "8000030079", "65c9123e96", "87741a9faa"],
            "dixy": ["2000230594", "2000509087", "2000558211"],
            "perekrestok": ["4121582"],
        }, "plain sour cream of exactly 10%, any brand and pack (Домик в деревне, Простоквашино, Хуторок, "
           "Экомилк «сливочная» 10%); «к оладьям» is a purpose; other fats, sour-cream mayonnaise and flavoured"
           " snacks excluded"),
    ]),
    # L25 после операции: детское питание, кефир, груши
    ("каша гречневая детская безмолочная (деду после операции), пюре мясное из индейки - баночки детские, кефирчик 2.5 на ночь, груши мягкие спелые - бабе зое", [
        ("каша гречневая детская безмолочная (деду после операции)", {
            "pyaterochka": [],
            "magnit": ["e0fa6db4be"],
            "dixy": ["2000291139"],
            "perekrestok": [],
        }, "dry dairy-free buckwheat baby cereal: Дикси Nestle «Каша гречневая, безмолочная» 200 g and Магнит "
           "ФЛЁР АЛЬПИН «Каша безмол гречневая» 175 g (judgement: both are infant-cereal brands, so «детская» "
           "holds though the titles do not say it); milk buckwheat porridges (Агуша «Засыпай-ка», ФрутоНяня, "
           "Nestle «с курагой, молочная») and non-buckwheat dairy-free cereals (Hipp oat) excluded, as are "
           "buckwheat groats and adult ready dishes"),
        ("пюре мясное из индейки - баночки детские", {
            "pyaterochka": ["3422801", "2167862"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-meat turkey baby puree: Пятёрочка «Мясное пюре Агуша, индейка» 80 g and «Пюре Тема, индейка»"
           " 100 g; Gerber «рагу из индейки с рисом» (a meat-and-rice dish) and adult turkey products excluded"),
        ("кефирчик 2.5 на ночь", {
            "pyaterochka": [],
            "magnit": ["1000139426", "1000350608", "1000439735", "1000451590", "1899800689", "1899912534",
                       "8000033639", "610b0779be"],
            "dixy": ["2000560991", "ЦТ0028202"],
            "perekrestok": ["2093082", "2173827", "3386041", "3429041", "3491537", "3604726", "4137919", "4229630",
                            "4233125", "4245052", "4263418", "4280483", "4280893"],
        }, "kefir of exactly 2,5%, any brand and pack; «на ночь» is a purpose; other fats, ranges, кефирный "
           "продукт and foods made with kefir excluded"),
        ("груши мягкие спелые - бабе зое", {
            "pyaterochka": [],
            "magnit": ["3c38bb868f"],
            "dixy": ["2000003213", "D000011164", "ЦТ0024100"],
            "perekrestok": ["200", "2814", "292", "3095430", "31314", "3139324", "3243465", "3326080", "3326082",
                            "3339375", "3633264", "4209031", "4258954", "4370794",
                            "4370828", "4370829", "4370830", "4370831", "4372904",
                            "47319", "47341", "48673", "50819", "57357", "6881", "6882",
                            "7228", "79038", "79223", "806", "84531", "9469"],
        }, "fresh pears of any variety (Магнит «Санта Мария» 1 kg; Дикси Китайская, Конференц, «сезонная»; "
           "Перекрёсток Аббат, Анжу, Вильямс incl. «спелые», Конференция, Дюрандо, Комис, Форелл, Пакхам, Санта"
           " Мария, red and Chinese pears, «Груши, 2шт»…); «мягкие спелые» is a wish; pear juices, nectars, "
           "purees, jams, drinks, pear-flavoured goods and «Узвар» excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fuzNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fuz\d\d ===$", line):
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
                    errors.append("fuz%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fuz%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fuz"))
