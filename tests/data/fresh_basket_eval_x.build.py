#!/usr/bin/env python3
"""Re-create fresh_basket_eval_x.jsonl -- shopping lists of grandmothers stocking the pantry and
preserving at the dacha (canning, baking, tea, sweets for the grandchildren), hand-labelled against
the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_x.build.py

LISTS below is literal data: 25 lists (2-5 items) as typed to a Telegram bot, and for every item the
product ids of every store that a reasonable shopper would accept.  The lists were written blind (see
fresh_basket_eval_x.blind_lists.txt) before any offer was read; one item was replaced afterwards (see
the README).  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, Latin letters inside Cyrillic words) and read one
by one; the note of each item records what was deliberately left out and any judgement that rests on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing"
there).  The labels were made without reading korzina's matcher, its data files or other sets' labels.

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fx01, fx02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_x.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # X1 canning basics
    ("сахар 5 кг, уксус яблочный, соль крупная без йода, крышки для банок", [
        ("сахар 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "white granulated sugar (any pack; «5 кг» is the quantity); no store has сахар-песок. Магнит «РУССКИЙ Сахар "
           "белый прессованный 1кг» (lump sugar, a different form, asked for separately in fx14) and Пятёрочка «Сахар "
           "тростниковый нерафинированный Демерара 500г» (a speciality cane sugar, not what one buys 5 kg of for jam) "
           "excluded; сахарная пудра, сахарная кукуруза, sweets «сахарное» are traps"),
        ("уксус яблочный", {
            "pyaterochka": [],
            "magnit": ["53141da599"],
            "dixy": [],
            "perekrestok": [],
        }, "apple vinegar: Магнит «МАГНИТ Уксус яблочный … 6% 500мл»; no other vinegar in the offers. Replaced the blind "
           "item «уксус 9%» (see README)"),
        ("соль крупная без йода", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "coarse non-iodised salt: none. Магнит «MAREMAN Соль морская средняя 1кг» is medium grind, not «крупная» - "
           "excluded; «Семечки с морской солью», «АНТИСОЛЬ», фасоль, «с солью» foods are traps"),
        ("крышки для банок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canning lids: none in the offers (no «крышк» title at all); «Тропикал Эдишн Большая Банка» (energy drink) and "
           "«Стевия банка» are traps"),
    ]),
    # X2 spices for pickling
    ("лимонка для консервации, гвоздика, перец душистый горошком, хрен столовый", [
        ("лимонка для консервации", {
            "pyaterochka": ["3625350"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236367"],
        }, "«лимонка» = citric acid: Пятёрочка «HAAS Лимонная кислота 250г», Перекрёсток «Кислота лимонная Пр!ст 250г»; "
           "lemon-flavoured goods («Лимонная свежесть» Domestos, кекс «Лимонный», майонез «с лимонным соком») excluded"),
        ("гвоздика", {
            "pyaterochka": [],
            "magnit": ["ca7084daad"],
            "dixy": [],
            "perekrestok": [],
        }, "clove spice: Магнит «ВОСТОЧНЫЙ ГОСТЬ Гвоздика целая сушеная 20г»; Пятёрочка juice drink «с экстр. корицы и "
           "гвоздики» excluded"),
        ("перец душистый горошком", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "allspice berries: none. Black pepper (Магнит ground, Пятёрочка KOTANYI mill), sweet peppers, «Перец-гриль» "
           "canned and «кетчуп Томатный душистый» are not allspice"),
        ("хрен столовый", {
            "pyaterochka": [],
            "magnit": ["c88a871b65"],
            "dixy": [],
            "perekrestok": [],
        }, "table horseradish: Магнит «МАХЕЕВЪ Хрен столовый 140г». Пятёрочка «Хрен сливочный, Uni Dan» (a creamy sauce, "
           "not столовый), sauerkraut «с хреном» and croutons/chips «со вкусом холодца с хреном» excluded"),
    ]),
    # X3 baking day
    ("мучицы высшего сорта 2 кг, дрожжи саф-момент 2 пакетика, маргарин для теста, яйца домашние десяток", [
        ("мучицы высшего сорта 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "8065"],
        }, "wheat flour labelled высший сорт, 1 kg or 2 kg («2 кг» read as the quantity): Makfa 2 кг and 1 кг, Пышечка "
           "2 кг. Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), Пятёрочка РЯЗАНОЧКА «ЭКСТРА» (a different grade), "
           "цельносмолотая, ржаная, рисовая, «из твердой пшеницы (крупка)», blini mix and «изделие мучное» excluded"),
        ("дрожжи саф-момент 2 пакетика", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "Саф-Момент dry yeast 11 г (Перекрёсток); frozen yeast dough (Рестория) and «без дрожжевое» puff pastry excluded"),
        ("маргарин для теста", {
            "pyaterochka": ["3977160"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baking margarine: Пятёрочка «Маргарин для выпечки Пышка 72%»; the only margarine in the offers"),
        ("яйца домашние десяток", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505"],
        }, "«домашние» read as farm/village eggs: only «Село Зелёное Деревенское С1 10шт» says so (both chains, packs of 10). "
           "Ordinary С0/С1 eggs without such wording, 6- and 20-packs, quail eggs, Kinder eggs and mayonnaise «на "
           "перепелином яйце» excluded"),
    ]),
    # X4 chocolate glaze
    ("какао-порошок для глазури, маслице сливочное 82.5 2 пачки, сахарной пудры пачку", [
        ("какао-порошок для глазури", {
            "pyaterochka": ["3614049"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain cocoa powder: Пятёрочка «КОММУНАРКА Какао-порошок 150г». Instant cocoa drinks (Nesquik, Ухтышки, "
           "Macchocol hot chocolate) are not baking cocoa; chocolate «75% какао», «с какао» sweets excluded"),
        ("маслице сливочное 82.5 2 пачки", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled 82.5% (Пятёрочка: сладко-сливочное традиционное 380 г, Вкуснотеево 400 г, «Традиционное» 175 г, "
           "Тысяча озёр 400 г). The written fat must match: 82% (Простоквашино in Магнит/Дикси, Президент кислосливочное) "
           "and 72.5% excluded; chocolate butter 62% excluded"),
        ("сахарной пудры пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4255400"],
        }, "icing sugar: Перекрёсток «Пудра сахарная Пр!ст 230г»; corn sticks «в сахарной пудре» and REXONA «сухость пудры» "
           "excluded"),
    ]),
    # X5 tea with gingerbread
    ("чай черный крупнолистовой, пряники мятные, сушечки с маком", [
        ("чай черный крупнолистовой", {
            "pyaterochka": ["3694768", "3608792", "4079110", "3691655", "3440336", "3452991", "3378319", "4085553"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain (unflavoured) black loose-leaf tea whose title says крупнолистовой / «кр/л» / листовой: BETA Домик кр/л 50 г, "
           "Richard All The Best Wishes and Year of the royal Ox крупнолистовой 80 г, Richard новогодняя игрушка кр/л 20 г, "
           "Richard Королевский Цейлон лист. 90 г, Крепкие Традиции листовой 250 г, Greenfield Golden Ceylon листовой 200 г, "
           "Майский «Новогодний шар» черный лист. 20 г. Excluded: tea bags, flavoured tea (Эрл грей, бергамот, ягоды, TESS "
           "Плэжа, Richard Love/Lord Grey), green/oolong, and loose tea whose leaf grade is not stated (Akbar, Акбар Gold, "
           "Champion, Азерчай букет, Краснодарский, Twinings Английский завтрак, Hilltop)"),
        ("пряники мятные", {
            "pyaterochka": [],
            "magnit": ["203161"],
            "dixy": [],
            "perekrestok": [],
        }, "mint gingerbread: Магнит «Пряники Яшкино, мятные». Classic/chocolate/blackcurrant/condensed-milk/тульские пряники "
           "and gingerbread houses excluded (a flavour was written)"),
        ("сушечки с маком", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "poppy-seed сушки: none. Пятёрочка «Баранки оригинал. с маком 350г» are баранки (bigger, softer), not сушки - "
           "excluded; «Мини сушка Семейка Озби, ваниль» has no poppy seed"),
    ]),
    # X6 treats
    ("конфеты ромашка рот фронт, вафли к чаю подешевле, зефир бело-розовый", [
        ("конфеты ромашка рот фронт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Рот Фронт «Ромашка» sweets: none. «Конфеты Ромашки» (Пятёрочка 1 кг, Магнит по весу) do not name the maker and "
           "«Ромашки» is another factory's sweet (outside knowledge: Славянка) - excluded since the brand was written; "
           "Рот Фронт «Птичье молоко» and other Рот Фронт goods are other sweets"),
        ("вафли к чаю подешевле", {
            "pyaterochka": ["3668255", "3668256", "3687458", "3687534", "3418863", "3257371", "3939083", "3948437",
                            "3607404", "3673372", "3607414", "3141421", "2126636", "3908663", "3908665", "4036375",
                            "3432952"],
            "magnit": ["9b5bb8a58d", "f55f44c954", "2a32ffe31d", "7d5a68f794", "01fb3ade65", "29989b90ed"],
            "dixy": [],
            "perekrestok": [],
        }, "any packet of sweet wafers (any filling; «подешевле» is a wish, not a filter). Excluded: Toreno «для торта» "
           "(cake layers), chocolate bars with wafer (KitKat, Dove, Milka «вафли … покрытые молочным шоколадом» 30 г, "
           "«Вафля в молочном шоколаде» 28,5 г), «Торт вафельный», ice cream in wafer cones"),
        ("зефир бело-розовый", {
            "pyaterochka": [],
            "magnit": ["112451"],
            "dixy": [],
            "perekrestok": [],
        }, "classic unglazed two-colour zephyr: Магнит «Зефир Сладкие истории, с клубникой» accepted (outside knowledge: "
           "sold as pink-and-white halves). Glazed/chocolate zephyr, Белёвский apple/blackcurrant/«Зефирное детство» "
           "pastila-type zephyr, marshmallow «для десертов», Immuno «Смузи абрикос манго» excluded"),
    ]),
    # X7 setting jelly
    ("желатин пищевой, пектин для варенья, ванилин 2 пакетика, сахарок ванильный для куличей", [
        ("желатин пищевой", {
            "pyaterochka": [],
            "magnit": ["5ba197ad81"],
            "dixy": [],
            "perekrestok": ["4236371"],
        }, "food gelatine: Магнит СЫТАЯ УЛЫБКА 30 г, Перекрёсток Пр!ст 20 г"),
        ("пектин для варенья", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pectin / jam setting agent: none in the offers"),
        ("ванилин 2 пакетика", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vanillin: none; vanilla-flavoured goods (ice cream, croissants, drinks, zephyr) excluded"),
        ("сахарок ванильный для куличей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vanilla sugar: none; icing sugar and plain sugar are other products"),
    ]),
    # X8 tea for guests
    ("чай гринфилд с бергамотом, печенье юбилейное традиционное, мармеладки", [
        ("чай гринфилд с бергамотом", {
            "pyaterochka": ["3378317"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Greenfield with bergamot: Пятёрочка «GREENF.Чай ЭРЛ ГРЕЙ ФЭНТАЗИ чер.лист 200г» (Earl Grey = bergamot). Greenfield "
           "Spring Melody (thyme/mint), Kenyan Sunrise, Golden Ceylon, Redberry and other brands' Earl Grey excluded"),
        ("печенье юбилейное традиционное", {
            "pyaterochka": ["3471173"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Юбилейное «традиционное» (Пятёрочка 313 г). Glazed, молочное, ореховое, земляничное, шоколадное, клюква, "
           "черника, овсяное, постное and цельнозерновое Юбилейное are other varieties - excluded"),
        ("мармеладки", {
            "pyaterochka": ["2108128", "3928270", "4074832", "3928269", "3635491", "3956458", "4065859", "3617730",
                            "3617424", "3652385", "4027387", "3694097", "3622388", "3908962"],
            "magnit": ["4e2a2e3450", "09d4db4220"],
            "dixy": [],
            "perekrestok": [],
        }, "any jelly or chewing marmalade sweets (Fruittella, Бон Пари, Chupa Chups Sour Tubes, Mooeys, Haribo, Mamba "
           "Фрумеладки, Белёвский/Шарлиз/Махеевъ мармелад, Sweet Time мармеладные конфеты). Chocolate «с мармеладом», the "
           "«мармеладные мишки» drink, Mamba/Skittles chewing candies (not marmalade) excluded"),
    ]),
    # X9 pancakes
    ("мука блинная макфа, молоко 2.5% 2 литра, сметанка 15% баночку, разрыхлитель доктор откер", [
        ("мука блинная макфа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Makfa pancake flour: none. Makfa wheat flour is not pancake flour; Пятёрочка «АЛАДУШ.Смесь БЛИНЫ ЦАРСКИЕ» is "
           "another brand - excluded since the brand was written"),
        ("молоко 2.5% 2 литра", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700",
                            "af8570f806", "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9",
                            "50cb0959f8", "76055bf243", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised, UHT, sterilised, children's Сарафаново), any pack "
           "(«2 литра» is the quantity, so Магнит Вкуснотеево 0,2 л and Можайское 450 мл count). Other fats, ranges, "
           "yoghurts/Actimel/milkshakes 2,5% and condensed milk excluded"),
        ("сметанка 15% баночку", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream 15% (any brand/tub, lactose-free Parmalat and Простоквашино included as with milk). 10/20/25/30% "
           "sour cream, sauces and chips «со сметаной» excluded"),
        ("разрыхлитель доктор откер", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Dr. Oetker baking powder: none. Перекрёсток «Разрыхлитель для теста Пр!ст» is another brand and Пятёрочка Dr. "
           "Oetker «Глазурь со вкусом цитрусовых» is another product - both excluded"),
    ]),
    # X10 pickling salt and spices
    ("соль поваренная 1 кг, уксусная эссенция 70, лаврушка, семена горчицы", [
        ("соль поваренная 1 кг", {
            "pyaterochka": [],
            "magnit": ["a48e91c3fa"],
            "dixy": [],
            "perekrestok": [],
        }, "edible salt 1 kg: Магнит «MAREMAN Соль морская средняя 1кг» accepted (sea salt is a food salt of the written "
           "pack size; judgement). Seasoning KOTANYI «Чеснок-травы-соль», snacks «с солью», АНТИСОЛЬ excluded"),
        ("уксусная эссенция 70", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "70% acetic essence: none; Магнит apple vinegar 6% is not essence"),
        ("лаврушка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bay leaf: none in the offers"),
        ("семена горчицы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mustard seed: none; prepared mustard (Махеевъ Русская, Global Village Французская) and honey-mustard snacks "
           "excluded"),
    ]),
    # X11 for the grandchildren
    ("сгущенка рогачевская 2 банки, печенье мария, какао несквик для внуков", [
        ("сгущенка рогачевская 2 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Рогачёв sweetened condensed milk: none. Both Рогачёв condensed-milk offers are варёная (Магнит «вареное», "
           "Пятёрочка «Егорка вареное»), which is not «сгущенка» (fresh_basket_eval_g convention); Алексеевское is another "
           "brand; Перекрёсток «Молоко Рогачевъ стерилизованное» is not condensed"),
        ("печенье мария", {
            "pyaterochka": [],
            "magnit": ["fe5facccea"],
            "dixy": [],
            "perekrestok": [],
        }, "«Мария» biscuits: Магнит «ЛЮБЯТОВО Печенье затяж Мария трад глаз 138г»; other затяжное (Petit Beurre, "
           "постное) excluded"),
        ("какао несквик для внуков", {
            "pyaterochka": ["3696920", "4033873"],
            "magnit": ["167811"],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink powder: Магнит «Какао Nesquik 500г», Пятёрочка «NESQUIK Какао-нап. OPTI-START» and «ALL "
           "NATURAL какао-напиток». Nesquik cereals, chocolate bars, sweets and Ухтышки/Macchocol cocoa excluded"),
    ]),
    # X12 tea and sweets
    ("чай принцесса нури, сушки ванильные, карамельки, халвы подсолнечной грамм 300", [
        ("чай принцесса нури", {
            "pyaterochka": ["3950803"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Принцесса Нури tea (Пятёрочка «Завтрак в Бенгалии» 100 пак.); Принцесса Канди is another line - excluded"),
        ("сушки ванильные", {
            "pyaterochka": ["3474797"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vanilla сушки: Пятёрочка «Мини сушка Семейка Озби, ваниль 150 г»; poppy-seed баранки excluded"),
        ("карамельки", {
            "pyaterochka": ["3467876", "4074614", "3619012", "47451"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "loose/bagged caramel sweets: Пятёрочка «Карамель ЛЕДЕНЦЫ МИНИ 180г», «Микс карамель с начинкой шипучка», "
           "Werther's «Сливочная карамель», SULA «Карамель мультивит. леденц. б/сах.». Lollipops and figures on a stick "
           "(Chupa Chups - a separate item in fx15 - Lenco, Леденцовая Страна, Sweet Ness), KROSBY «Крокодильчики "
           "карамельные» (a corn snack), ирис/toffee, chocolate with caramel, caramel yoghurts excluded"),
        ("халвы подсолнечной грамм 300", {
            "pyaterochka": ["3937598"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sunflower halva (Пятёрочка Тимоша подсолнечная 200 г; «грамм 300» is the quantity). Магнит «ДРУЖБА Халва с "
           "арахисом» (peanut) and wafers «с халвой» excluded"),
    ]),
    # X13 rye bread at home
    ("дрожжи живые прессованые, мука ржаная обдирная, тмин", [
        ("дрожжи живые прессованые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh pressed yeast: none; Перекрёсток Саф-Момент is dry yeast - excluded"),
        ("мука ржаная обдирная", {
            "pyaterochka": ["3653414"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye flour обдирная: Пятёрочка «Мука ржаная хлебопекарная обдирная, 1 кг»; wheat flours, rye crackers/гренки "
           "and bread excluded"),
        ("тмин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "caraway: none; rice «с зирой» (cumin) excluded"),
    ]),
    # X14 oil, sugar, tea
    ("масло подсолнечное рафинированое, сахар кусковой прессованный, чай липтон 100 пакетиков", [
        ("масло подсолнечное рафинированое", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "refined sunflower oil: Олейна раф. дез. 2 л, Благо, Mr.Ricco раф/дезодор, Слобода раф для жарки. Blends and "
           "flavoured oils (Mr.Ricco «с доб олив», «с экстр Прованские травы», «с доб масла авокадо», ALMADOR basil/garlic), "
           "olive/grape oil, sunflower seeds excluded"),
        ("сахар кусковой прессованный", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "lump sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг»; demerara cane sugar and icing sugar excluded"),
        ("чай липтон 100 пакетиков", {
            "pyaterochka": ["3424384", "11200"],
            "magnit": ["206041"],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton tea in 100-bag packs (the count names the pack): Yellow Label 100x2 г and Earl Grey 100 пак. (any Lipton "
           "variant). Lipton 20/25-bag packs (Matcha, «Баланс и спокойствие») and Lipton ice tea drinks excluded"),
    ]),
    # X15 for the grandchildren
    ("шоколадка аленка для внуков, киндер сюрпризы 3 штуки, чупа чупс", [
        ("шоколадка аленка для внуков", {
            "pyaterochka": ["3426468", "3601839"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Алёнка milk chocolate bars (Пятёрочка 200 г and 15 г); АЛЕНКА assorted gift sets («Веселые каникулы», "
           "«Маскарад») are not a chocolate bar - excluded"),
        ("киндер сюрпризы 3 штуки", {
            "pyaterochka": ["3353042", "3353040", "3688901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Kinder Surprise with a toy: egg 20 г, MAXI egg 100 г and «KINDER Шок. СЮРПРИЗ фигур. мол. с игр. 36г» (a "
           "Surprise figure with toy; judgement). Kinder Joy (Магнит), Kinder Chocolate, Mini/Maxi Mix sets and the "
           "«Kinder Land» soda excluded"),
        ("чупа чупс", {
            "pyaterochka": ["59117"],
            "magnit": ["e18062a6bf"],
            "dixy": [],
            "perekrestok": ["33015", "4359005", "3505733", "4272130", "59117", "3690389", "4366036", "4276207", "17885",
                            "4354045", "2037567", "3690030", "4366035"],
        }, "Chupa Chups lollipops of any flavour/pack. Chupa Chups Sour Tubes marmalade and the chocolate ball «Шар из "
           "молоч.шок+игр.» are not lollipops - excluded; other brands' lollipops excluded"),
    ]),
    # X16 cake fillings
    ("корица в палочках, изюм светлый, грецкие орешки чищеные, мак кондитерский", [
        ("корица в палочках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cinnamon sticks: none; goods «с корицей» excluded"),
        ("изюм светлый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "light raisins: none; nut/raisin mixes and goods «с изюмом» excluded"),
        ("грецкие орешки чищеные", {
            "pyaterochka": ["3915361", "3982582"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "shelled walnuts: «Ядро ореха грецкого BOTANICA 140г» and «Грецкий орех Mix Bar 100г» (outside knowledge: a bag of "
           "kernels). Магнит «Орех грецкий, неочищенный» (in shell), Bombbar bar, чурчхела, jam «грецкие орехи» excluded"),
        ("мак кондитерский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3393241"],
        }, "confectioners' poppy seed: Перекрёсток «Мак кондитерский, 100г»"),
    ]),
    # X17 more baking
    ("сода питьевая, крахмал картофельный 1 пачка, яйца с1 два десятка", [
        ("сода питьевая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baking soda: none in the offers"),
        ("крахмал картофельный 1 пачка", {
            "pyaterochka": [],
            "magnit": ["c77aeb33ac"],
            "dixy": [],
            "perekrestok": ["4268660"],
        }, "potato starch: Магнит 200 г, Перекрёсток Пр!ст 200 г; corn starch excluded"),
        ("яйца с1 два десятка", {
            "pyaterochka": ["3446505", "3341462"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3341462", "3062836", "4068694", "3662512"],
        }, "hen eggs class С1 in packs of 10 or 20 (two десятка = 2x10 or 1x20). С0/отборные/Экстра, 6-packs, quail and "
           "Kinder eggs excluded; Зелёная Линия «активита С1 с селеном и йодом» is still С1 eggs - accepted"),
    ]),
    # X18 compote and honey
    ("кисель в брикетах, компот сухофрукты, медок цветочный", [
        ("кисель в брикетах", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kissel concentrate in briquettes: none. Ready kissel drinks (Пятёрочка Фруто Няня 200 мл, Перекрёсток «Кисeль "
           "Малиновый» 500 мл with a Latin e) are not briquettes - excluded"),
        ("компот сухофрукты", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried-fruit mix for compote: none. JANARAT ready compotes and snack mixes «сухофрукты и орехи» excluded"),
        ("медок цветочный", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural flower honey: Магнит Медовый дом цветочный разнотравье, Пятёрочка «Мёд натуральный цветочный» Восточная "
           "липа and Южный цветок. «Крем-мёд … с наполнителями» (flavoured), honey cakes, чак-чак, honey-flavoured goods "
           "excluded"),
    ]),
    # X19 jams
    ("варенье клубничное побольше, джем абрикосовый, повидло", [
        ("варенье клубничное побольше", {
            "pyaterochka": [],
            "magnit": ["82bf2ad868"],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry варенье: Магнит «ВОЛОГОДСКОЕ ВАРЕНЬЕ клубничное 370г». Strawberry джем (Махеевъ) excluded (варенье ≠ "
           "джем, fresh_basket_eval_d convention); other flavours excluded; «побольше» is a wish"),
        ("джем абрикосовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "apricot jam: none (Махеевъ jams are клубника, апельсин, малина, лесные ягоды, персик/манго); pastries «с "
           "абрикосовым» excluded"),
        ("повидло", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "povidlo: none; jams and варенье are other products"),
    ]),
    # X20 tea time
    ("чай майский 25 пакетиков, печенюшки овсяные мягкие, ирис кис-кис", [
        ("чай майский 25 пакетиков", {
            "pyaterochka": ["3399714"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Майский tea in 25 bags (Пятёрочка «смородина с мятой; душистый чабрец 25х2 г»); Майский «Новогодний шар» 20 г "
           "loose is not bags - excluded"),
        ("печенюшки овсяные мягкие", {
            "pyaterochka": ["3995521", "3995522", "3639541", "4050870"],
            "magnit": ["106061", "106071"],
            "dixy": [],
            "perekrestok": [],
        }, "oatmeal cookies (no title states softness, so all oat cookies of the soft Russian type): Пятёрочка «овсяное "
           "Классическое» plain and with chocolate, «Миндальное овсяное», Хлебный спас «Овсяное Мультизлаковое»; Магнит "
           "Хлебный спас «Овсяное» Особое and Злаковое ассорти. «Печенье овсяное, Юбилейное» excluded as a crunchy "
           "biscuit (outside knowledge); BelVita, muesli cookies, Velle oat product excluded"),
        ("ирис кис-кис", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Кис-Кис toffee: none. Other toffees (Meller, «Золотой ключик», Шарлиз «Сливочный») are other brands - excluded"),
    ]),
    # X21 freezing berries
    ("лимонная кислота, пакетики для заморозки ягод, перчик черный молотый", [
        ("лимонная кислота", {
            "pyaterochka": ["3625350"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236367"],
        }, "citric acid: Пятёрочка HAAS 250 г, Перекрёсток Пр!ст 250 г"),
        ("пакетики для заморозки ягод", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "freezer bags: none. Перекрёсток «Пакеты для завтрака» and «Пакеты для пищевых продуктов» do not say they are for "
           "freezing - excluded; bin bags excluded"),
        ("перчик черный молотый", {
            "pyaterochka": [],
            "magnit": ["82dc754b2f"],
            "dixy": [],
            "perekrestok": [],
        }, "ground black pepper: Магнит «Перец черный ВОСТОЧНЫЙ ГОСТЬ, молотый, 50г». Пятёрочка «KOTANYI Мельница перец "
           "черный» (whole peppercorns in a grinder, not «молотый»), croutons «с черным перцем» and sweet peppers excluded"),
    ]),
    # X22 grandchildren visiting
    ("кукурузные палочки, сок добрый яблочный детям, вафельки артек к чаю, пастила, барни медвежонок", [
        ("кукурузные палочки", {
            "pyaterochka": ["3922199"],
            "magnit": ["206011"],
            "dixy": [],
            "perekrestok": [],
        }, "sweet corn sticks: Магнит «Кузя Лакомкин, в сахарной пудре», Пятёрочка «Ухтышки палочки кукурузные сладкие». "
           "Магнит «Кукурузные палочки Читос, кетчуп/сыр» excluded as a savoury chips-type snack (judgement); crab sticks, "
           "corn «шарики» excluded"),
        ("сок добрый яблочный детям", {
            "pyaterochka": [],
            "magnit": ["0f2cae24db"],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый apple juice: Магнит «ДОБРЫЙ Сок яблочный 0,3л». Добрый мультифрут, Pulpy, Витамин drinks and other "
           "brands' apple juice excluded («детям» is a purpose, not a filter)"),
        ("вафельки артек к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Артек wafers: none; other wafers excluded because the brand was written"),
        ("пастила", {
            "pyaterochka": ["4049946", "4086820", "4086821"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "пастила of any flavour: Белёвская классическая без сахара, с кедровым орехом, с корицей. Магнит «БЕЛЕВСКАЯ "
           "ПАСТИЛА Мармелад» (marmalade), Белёвский зефир and the «Донат … с посыпкой из пастилы» excluded"),
        ("барни медвежонок", {
            "pyaterochka": ["3695795", "3695892", "3676974", "3955551", "3603069", "3993218", "3981707", "3981711"],
            "magnit": ["104921", "104981", "214661", "109311"],
            "dixy": [],
            "perekrestok": ["2143824", "3695795", "3695892"],
        }, "Медвежонок Барни sponge cakes, any filling and pack (incl. Фан Сэндвич and ДУО). Бон Пари «Забавный медвежонок» "
           "marmalade is not Барни - excluded"),
    ]),
    # X23 napoleon cake
    ("какао золотой ярлык, сливки 10 процентов, вафельные коржи", [
        ("какао золотой ярлык", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Золотой ярлык cocoa: none; Коммунарка cocoa powder and Nesquik are other brands - excluded"),
        ("сливки 10 процентов", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "10% cream: Магнит Домик в деревне стер 10% 950 г, Перекрёсток Молочный знак 10% 500 мл, Пятёрочка Сарафаново "
           "детские 10% (children's cream, as with children's milk). Parmalat безлактозные 11%, 20/33% cream, «Заменитель "
           "сухих сливок», Сопьо Крима and sour cream 10% excluded"),
        ("вафельные коржи", {
            "pyaterochka": ["3687923"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wafer cake layers: Пятёрочка «Вафли Toreno, для торта, 125 г». Перекрёсток «Коржи для торта Черока Наполеон "
           "слоёные» are puff-pastry layers, not wafer - excluded; ordinary wafers excluded"),
    ]),
    # X24 syrniki
    ("масло сливочное простоквашино 2 пачки, творог 9% пачку, манка 1 кг", [
        ("масло сливочное простоквашино 2 пачки", {
            "pyaterochka": [],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "Простоквашино butter (82% 180 г in Магнит and Дикси). Other butter brands and Простоквашино milk/sour cream "
           "excluded"),
        ("творог 9% пачку", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216658", "4185866"],
        }, "cottage cheese 9%: Пятёрочка Вкуснотеево 300 г, Перекрёсток Молочный знак 180 г and «традиционный» 800 г. Other "
           "fats (Дикси 3%), творожный сыр, desserts and biotvorog excluded"),
        ("манка 1 кг", {
            "pyaterochka": [],
            "magnit": ["a9eb0a29d1"],
            "dixy": [],
            "perekrestok": [],
        }, "semolina: Магнит «Каша манная УВЕЛКА, 700г» accepted as semolina groats (outside knowledge: a 700 g Увелка "
           "pack of манная крупа, not instant porridge sachets); «1 кг» is the quantity"),
    ]),
    # X25 tea and a loaf
    ("чай ахмад earl grey 100 пак, конфеты коровка, батон нарезной свежий", [
        ("чай ахмад earl grey 100 пак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Ahmad Earl Grey in 100 bags: none. Ahmad «Английский №1 бергамот 200г» is loose tea, Ahmad classic/чабрец are "
           "not Earl Grey, other brands' Earl Grey 100 пак. (Lipton, Richard) excluded"),
        ("конфеты коровка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Коровка» sweets: none. Вафли Коровка, пряник Коровка, ice cream «Коровка из Кореновки» and milk «Веселая "
           "коровка» are not the sweets - excluded"),
        ("батон нарезной свежий", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "батон нарезной: Перекрёсток «Батон Нарезной нарезка Маркет», Пятёрочка «Батон Звездный нар, Хлебный Дом» («нар» "
           "read as нарезной; judgement). Chocolate/protein «батончики» excluded; «свежий» is a wish"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fx"))
