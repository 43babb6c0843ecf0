#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xm.jsonl -- winter cold-and-flu season household lists hand-labelled against
the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xm.build.py

LISTS below is literal data: 25 lists (3-5 items) of a household in the cold-and-flu season, typed as to a
Telegram bot (copied byte for byte from fresh_basket_eval_xm.blind_lists.txt, written before any offer was
read; one item of fxm23 was replaced after labelling, see the README), and for every item the product ids
of every in-stock offer per store that a reasonable shopper who wrote exactly that item would accept.
Candidates were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin
and Cyrillic brand spellings, ё/е) and read one by one; the note of each item records what was accepted,
what was deliberately left out and any judgement resting on outside knowledge.  An empty list means the
store has nothing acceptable (the item is "missing" there).  Nothing of korzina was read or run.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id repeats within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and writes the
JSONL in the format of real_basket_eval.jsonl.  List ids are fxm01 ... fxm25 in LISTS order; every list is
in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xm.jsonl")

LEMONS = {
    "pyaterochka": [],
    "magnit": [],
    "dixy": ["10E0074364"],
    "perekrestok": ["1536", "3677353", "3148269", "49780"],
}
LEMON_NOTE = ("fresh lemons (Дикси «Лимоны сочные», Перекрёсток «Лимон», «Лимоны Узбекистан», packs of 2); "
              "Перекрёсток «Микс Лайм-лимон» (mixed pack), lemon juice seasoning, citric acid, lemonades and "
              "lemon-flavoured goods excluded; the count and «покрупнее»/«на чай» are wishes, not filters")
GINGER = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["3218215", "4097889"]}
CARROTS = {
    "pyaterochka": [],
    "magnit": [],
    "dixy": ["ЦТ0036199", "DI00078733"],
    "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784", "4191099"],
}
CARROT_NOTE = ("fresh carrots, loose or packed, incl. Перекрёсток «Морковь Зайкино Счастье мини» (baby carrots) and «Морковь для сока, 1кг»; "
               "boiled peeled carrots (Дмитровские Овощи), carrot-cabbage salad mixes, Korean carrot and carrot "
               "smoothies excluded; the amount is a quantity")
GARLIC = {
    "pyaterochka": [],
    "magnit": [],
    "dixy": ["DI00078769", "ЦТ0039681"],
    "perekrestok": ["45692", "4018137", "51157", "77278"],
}
GARLIC_NOTE = ("fresh garlic heads (loose, «в упаковке 1 шт», Фермерский Чеснок «отборный 1 сорта» and 150 г, "
               "«Чеснок ранний»); peeled cloves («отборный зубчиками» 100 г, the user counts heads), minced / "
               "grated / salted / smoked / dried garlic, Kotanyi and garlic-flavoured goods excluded; the count is a "
               "quantity")
BANANAS = {"pyaterochka": [], "magnit": [], "dixy": ["10E0074360"], "perekrestok": ["3652283", "4625", "2084703"]}
BANANA_NOTE = ("fresh bananas incl. «Бананы Био» and «Бананы красные» (a banana variety); «Бананы для жарки» "
               "(plantains, outside knowledge), dried/вяленые bananas and banana-flavoured goods excluded")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxm01 tea with lemon, honey and ginger
    ("лимоны штуки 3 покрупнее, медок натуральный любой, имбирь для чая, чай greenfield черный в пакетиках", [
        ("лимоны штуки 3 покрупнее", LEMONS, LEMON_NOTE),
        ("медок натуральный любой", {
            "pyaterochka": [],
            "magnit": ["ec1ad9dc52", "384d8d8201", "dadb78005d", "44c60c9317", "980d05dc00", "928ff089d4"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["4355859", "4320670", "4320672", "4320671", "4340911", "4340910", "3687699", "3479121",
                            "3687698", "3687710", "4316603", "4316605", "3467507", "4331449"],
        }, "plain bee honey of any variety and pack (цветочный, горный, липовый, акациевый, гречишный, донниковый, "
           "луговой, лесной, шалфейный, подсолнечный «Янтарный Подсолнух», Берестов «Майский»); creamed honey with "
           "berries or nuts («Крем-мёд с малиной/клубникой/кедровым орехом»), Магнит «Мед УССУРИЙСКИЙ БАЛЬЗАМ» "
           "(name of a herbal balm, likely a honey blend - doubt), honey-flavoured goods, медовуха and чак-чак excluded"),
        ("имбирь для чая", GINGER,
         "fresh ginger root (Перекрёсток loose «Имбирь» and «Имбирь, 300г»); «для чая» is a purpose, not a filter; "
         "ground, pickled, candied ginger, «Набор иммунный имбирь-лимон» (a ginger+lemon set - doubt, left out as a "
         "mix), ginger teas and drinks excluded"),
        ("чай greenfield черный в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000289445", "2000228472", "2000000294"],
            "perekrestok": ["2042290", "3626161", "2147891", "2073803", "3378336", "2095906", "2114141", "2147890",
                            "46398", "3450276"],
        }, "Greenfield black tea in bags, every blend (brand + product word), incl. flavoured black blends (Earl "
           "Grey, Christmas Mystery, Currant&Mint) and Дикси «English Edition 100х2 г» (bags by the weight notation); "
           "loose Greenfield (Earl Grey 100/200 г, Kenyan Sunrise листовой, Golden Ceylon крупнолистовой) and "
           "Greenfield Spirit Mate (herbal) excluded"),
    ]),
    # fxm02 chicken broth
    ("курица для бульончика, морковка 3-4 штучки, лук репчатый пару луковиц, паутинка вермишелька", [
        ("курица для бульончика", {
            "pyaterochka": [],
            "magnit": ["83c54dfa06", "6bf2d45df8", "d9a7978145", "99331702b7", "f8e8bcfe75", "bba6e25510"],
            "dixy": [],
            "perekrestok": ["53105", "3673509"],
        }, "«для бульона» taken as naming the kind: raw chicken on the bone - whole bird (тушка, «Цыплёнок табака "
           "СВОЯ охлажденный»), thighs (incl. Магнит «БЕДРО КУРИНОЕ гриль, охлажденное», taken as raw), wings, "
           "«Филе грудки … на кости», «Грудка Псковская» (taken as bone-in, outside knowledge); boneless fillets "
           "(breast, thigh fillet, medallions), marinated parts («в маринаде Алабама», «Цыпленок табака в маринаде»), "
           "duckling, cooked chicken and dishes excluded - doubt: some shoppers would also take fillet"),
        ("морковка 3-4 штучки", CARROTS, CARROT_NOTE),
        ("лук репчатый пару луковиц", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions incl. red «Лук репчатый красный» and peeled «Лук репчатый очищенный»; onion rings snack, "
           "tomatoes with onion, seasonings excluded; the count is a quantity"),
        ("паутинка вермишелька", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000015331"],
            "perekrestok": [],
        }, "vermicelli of the «паутинка» shape (Makfa «Паутинка»); other vermicelli (Makfa «Короткая тонкая», "
           "Шебекинские «Вермишелька легкая»/№111, Верони, группа А/В, Barilla Филини, spinach vermicelli), фунчоза "
           "and instant Роллтон vermicelli excluded because the shape written is not stated"),
    ]),
    # fxm03 tissues, wipes, oranges
    ("платочки бумажные zewa, салфетки влажные д/детей, апельсинчики кг 2", [
        ("платочки бумажные zewa", {
            "pyaterochka": [],
            "magnit": ["c617dc083d", "860dac16d4", "e5066f2ca7"],
            "dixy": [],
            "perekrestok": [],
        }, "Zewa paper handkerchiefs (Латиница and «ЗЕВА»: Делюкс Дизайн 10 шт, Делюкс 10x10, Дэлюкс Ромашка); Zewa "
           "facial tissues «Салфетки для лица» (box of 100, Пятёрочка and Магнит), Zewa toilet paper/towels and "
           "Магнит own-brand handkerchiefs excluded (brand written)"),
        ("салфетки влажные д/детей", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "36ac79cfc0", "d50c79a365", "bd449a17ff",
                       "667fad1c9c"],
            "dixy": [],
            "perekrestok": [],
        }, "children's wet wipes (Huggies Elite Soft, Pampers Kids/New Baby/Аква Пьюр, Каспер «Детские» 15 and 120); "
           "АУРА «Солнце и луна, с ромашкой» accepted as Aura's children's line (outside knowledge); antibacterial, "
           "universal, intimate, surface wipes and moist toilet paper excluded"),
        ("апельсинчики кг 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000312804"],
            "perekrestok": ["4260539", "3629179", "77110", "55655", "48651", "77001353", "3022836", "3663839", "98632",
                            "60619", "4209029"],
        }, "fresh oranges of any variety and pack (Навелин, red/«с красной мякотью», отборные, фасованные, 2 шт); "
           "«Апельсин резанный кусочками» (cut fruit), juices, nectars and orange-flavoured goods excluded; «кг 2» is a "
           "quantity"),
    ]),
    # fxm04 raspberry jam, tea, milk for porridge
    ("варение малиновое, липтон пакетики черный, молочко 2.5 для каши", [
        ("варение малиновое", {
            "pyaterochka": [],
            "magnit": ["bb783c4961"],
            "dixy": ["2000318053", "2000546998"],
            "perekrestok": ["4253746", "4204893", "4252161"],
        }, "raspberry varenye (typo «варение»): Mr.Ricco/RICCO малиновое, Круглое лето, Пр!ст, Ратибор малина, Маркет "
           "Перекрёсток; raspberry jams (Mr.Ricco «Джем Малина», Махеевъ, Ратибор «Джем», Пр!ст, St.Dalfour), Стоевъ "
           "«Повидло Малиновое», «Малина протёртая с сахаром» and other berry varenyes excluded (варенье ≠ джем)"),
        ("липтон пакетики черный", {
            "pyaterochka": ["510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton black tea in bags (Пятёрочка «Lipton Yellow Label, черный, 25х2 г»); Lipton Ice Tea and «Холодный "
           "чай Lipton» bottles excluded"),
        ("молочко 2.5 для каши", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029", "1000037901",
                       "1000445487", "1051242602", "1000563706", "1000035016", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384",
                     "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "cow drinking milk labelled exactly 2.5 % (pasteurised, UHT or sterilised, incl. children's Агуша 2.5 %); "
           "топлёное 2.5 % (Зелёная Линия), 1.5/1.8/3.2 % milk, ranges, condensed/dry milk and milk drinks excluded; "
           "«для каши» is a purpose, not a filter"),
    ]),
    # fxm05 cranberry mors at home
    ("клюква замороженая, сахарок 1 кг пачка, гречишный мед баночку, грейпфрутов пару", [
        ("клюква замороженая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4275459", "4289122"],
        }, "frozen cranberries (Маркет «дикорастущая быстрозамороженная», Пр!ст «садовая быстрозамороженная»); Магнит "
           "«КЛЮКВА, 250г» (form not stated, may be fresh - doubt), fresh «Клюква садовая», dried/вяленая, in sugar "
           "powder, протёртая с сахаром and cranberry products excluded (typo «замороженая»)"),
        ("сахарок 1 кг пачка", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "10E0076829", "2000214171"],
            "perekrestok": ["4092763", "3650732", "3230933"],
        }, "white beet sugar in a 1 kg pack, granulated or pressed/lump (no form written: «Сахар-песок белый 1 кг», "
           "«Сахар белый песок 1кг», «Сахар Советский Экстра 1кг», Русский сахар прессованный/кусковой 1 кг, "
           "«Сахар прессованный 1 кг») - doubt: some would want only granulated; 900 g/750 g/500 g/5 kg packs, cane, "
           "coconut and vanilla sugar excluded (size names the pack)"),
        ("гречишный мед баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4320671", "3687699"],
        }, "buckwheat honey (Маркет «Мёд Гречишный натуральный монофлорный» 500 г, Маркет Перекрёсток «Мёд гречишный» "
           "350 г); other honeys and «Чак-Чак с гречишным мёдом» excluded"),
        ("грейпфрутов пару", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no fresh grapefruit in the recorded offers; grapefruit lemonade, teas, shower gels, air fresheners and "
         "chocolate with grapefruit excluded"),
    ]),
    # fxm06 soup base
    ("кубики бульонные магги курица, лапша яичная, чесночок 1 головка, укропа свежего пучок", [
        ("кубики бульонные магги курица", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no Maggi bouillon cubes in the recorded offers; Maggi seasonings («На второе», «Зажарка», «Универсальная») "
         "and Роллтон «Бульон говяжий Домашний» excluded (not Maggi chicken cubes)"),
        ("лапша яичная", {
            "pyaterochka": [],
            "magnit": ["031445c77a"],
            "dixy": [],
            "perekrestok": ["4307631", "4061766"],
        }, "egg noodles (Верони «яичная по-домашнему», Маркет «Лапша Домашняя яичная», Домшим «яичная»); noodles not "
           "stated as egg (Аида/Верони «Лапша», Неаполитанская, лагман/бешбармак, soba, somen, rice, instant) and "
           "liquid egg products excluded"),
        ("чесночок 1 головка", GARLIC, GARLIC_NOTE),
        ("укропа свежего пучок", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no fresh dill in the recorded offers (Дикси sells only «КИНЗА» and «ПЕТРУШКА» 75 г packs); dill-flavoured "
         "croutons, chips, herring and cheese excluded"),
    ]),
    # fxm07 herbal remedies
    ("ромашка чай в пакетиках, шиповник, лимончик один на чай, мёд липовый любой", [
        ("ромашка чай в пакетиках", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no chamomile tea in bags: Магнит «Чай травяной ТРАВЫ БАШКИРИИ, Ромашка, 40г» does not say bags (40 g "
         "pack, taken as loose - doubt), Richard «Дижестив» is a green-tea blend with chamomile, ФрутоНяня "
         "«Яблоко-ромашка-липа» is a drink; chamomile soaps, toilet paper and handkerchiefs excluded"),
        ("шиповник", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no dried rose hips in the recorded offers; rose-hip nectar (Бариноff), teas «с шиповником» (Tess Pleasure, "
         "Чага-чай) and yoghurts with rose hip excluded"),
        ("лимончик один на чай", LEMONS, LEMON_NOTE),
        ("мёд липовый любой", {
            "pyaterochka": [],
            "magnit": ["dadb78005d"],
            "dixy": [],
            "perekrestok": ["3687698", "4316603"],
        }, "lime-blossom honey of any brand («Мед липовый БАШКИРХАН», Маркет Перекрёсток «Мёд липовый», Маркет «Мёд "
           "натуральный липовый»); other honeys excluded"),
    ]),
    # fxm08 sick toddler
    ("фрутоняня сок яблоко, пюре детское груша, творожок агуша для малыша, каша детская овсяная, детское печенье для малой", [
        ("фрутоняня сок яблоко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0017501", "DI00080427"],
            "perekrestok": ["67047"],
        }, "ФрутоНяня single-fruit apple juice (яблочный без сахара осветлённый 0.2/0.5 л); ФрутоНяня apple blends "
           "(яблоко-вишня, яблоко-виноград, яблоко-персик), nectars, apple puree and other brands' apple juice excluded"),
        ("пюре детское груша", {
            "pyaterochka": ["3397858"],
            "magnit": ["078f82bf9e"],
            "dixy": ["2000227812", "2000234542"],
            "perekrestok": [],
        }, "single-fruit pear baby puree (ФрутоНяня «Груша натуральная» 100 г, «Груша, с 4 месяцев» 100/90 г, "
           "Пятёрочка «ФРУТО НЯНЯ Пюре ГРУША д/дет.100г»); pear blends (Груша-яблоко, ЯБЛ/ГРУШ/ПЕРСИК, Gipopo, Агуша Яблоко-груша-банан-манго), pear juice and pear curd excluded"),
        ("творожок агуша для малыша", {
            "pyaterochka": [],
            "magnit": ["1000564007", "8000049983", "1000177278", "1000109125", "1051242603", "1812432015", "1812432014",
                       "1812432013"],
            "dixy": [],
            "perekrestok": ["4174763", "2137027", "69726"],
        }, "every Агуша children's curd (brand + product word: Классический 4.5 %, фруктовые, «Засыпай-ка», «Злаки», "
           "«Малиновый пломбир»); Агуша yoghurts, ряженка, kefir, porridge, Тёма/ФрутоНяня/Мама Лама/Растишка curds "
           "excluded"),
        ("каша детская овсяная", {
            "pyaterochka": [],
            "magnit": ["1000297599", "1000247970", "1000342026"],
            "dixy": [],
            "perekrestok": ["4102912", "3370566", "3667323"],
        }, "children's oat porridge, dry or ready-to-drink, plain or with fruit (Агуша «Вставай-ка молочно-овсяная с "
           "малиной», «Овсянка сухая», «Овсянка-Малина»; ФрутоНяня «Молочно-овсяная с бананом»; Сады Придонья «Каша "
           "овсяная … с 6 месяцев»; HiPP «Овсянка органическая»); multigrain / wheat-oat / buckwheat / rice children's "
           "porridges and adult instant oats (Мистраль, Пр!ст) excluded"),
        ("детское печенье для малой", {
            "pyaterochka": ["3648884"],
            "magnit": [],
            "dixy": ["2000529080"],
            "perekrestok": ["4251005", "4113987"],
        }, "biscuits made for children (Heinz «Детское печеньице», ФрутоНяня овсяное 50/120 г); purees «с печеньем», "
           "Скрепыши crackers and ordinary biscuits excluded"),
    ]),
    # fxm09 vitamins from fruit
    ("киви штук 6, мандаринки кг 3, гранат один спелый, бананчиков штуки 4", [
        ("киви штук 6", {
            "pyaterochka": [],
            "magnit": ["48288c27b9"],
            "dixy": ["2000313184"],
            "perekrestok": ["1532", "4156364", "4177001", "4175544", "2094491", "14017", "3638652", "4322057",
                            "4104587"],
        }, "fresh kiwifruit, green, gold or red, loose or packed (Магнит «КИВИ Экстра, 3шт.»); «Киви мини, 125г» "
           "(taken as kiwiberry, a different fruit - outside knowledge), «Киви нарезанный кусочками» and kiwi drinks "
           "excluded; the count is a quantity"),
        ("мандаринки кг 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins (Дикси «Мандарины сладкие»); mandarin-flavoured goods excluded; «кг 3» is a quantity"),
        ("гранат один спелый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000015855"],
            "perekrestok": ["50828", "3695843", "4371417", "4335750", "4371415"],
        }, "fresh pomegranates incl. «Гранат для сока Азербайджан» (purpose in the name); pomegranate juice, sauce, лукум and flavoured goods excluded; «спелый» is a wish"),
        ("бананчиков штуки 4", BANANAS, BANANA_NOTE),
    ]),
    # fxm10 green tea, honey, cinnamon
    ("чай зеленый не в пакетиках, мед акациевый, корицы молотой пакетик", [
        ("чай зеленый не в пакетиках", {
            "pyaterochka": [],
            "magnit": ["df6fe065ca", "a9b0b5bbeb", "b9016fb572", "e24c9ca3aa", "cb7ab23e14"],
            "dixy": [],
            "perekrestok": ["2133936", "4330285"],
        }, "loose green tea, plain or flavoured (Тесс Стайл байховый 100 г, Ahmad байховый 100 г, Richard Royal Green "
           "90 г, Тесс Лайм листовой 100 г, INDU китайский с саусепом 90 г, Befruitbe зелёный 65 г); the negative wish "
           "excludes every bagged/pyramid green tea (Ahmad, Kensington, Тесс, Принцесса Ява, Кёртис, Richard 25 пак.), "
           "also excluded: Hilltop «черный с зеленым» (black blend), oolongs (Mute Улун, Tess Get Energy), «Напиток "
           "чайный», bottled green tea"),
        ("мед акациевый", {
            "pyaterochka": [],
            "magnit": ["44c60c9317"],
            "dixy": [],
            "perekrestok": ["4320670"],
        }, "acacia honey (МЁДОВЕД «Акация белая», Маркет «Мёд Акациевый»); other honeys excluded"),
        ("корицы молотой пакетик", {
            "pyaterochka": [],
            "magnit": ["aaed24508c"],
            "dixy": [],
            "perekrestok": [],
        }, "ground cinnamon (Магнит «Корица КОТАНИ, Молотая, 25г», sold in a sachet - outside knowledge); cinnamon "
           "teas, sweets and biscuits excluded"),
    ]),
    # fxm11 borsch
    ("суповой набор, картошка кило 2, свекла 2 шт, белокачанную капусту полкочана, сметаны 20% баночку", [
        ("суповой набор", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000576952"],
            "perekrestok": ["7338"],
        }, "soup set of meat on bones (Перекрёсток «Рагу из говядины суповое», Дикси «Набор для супа «Слово мясника», охлажденный, 500 г»); Перекрёсток «Мясо говяжье … для "
           "бульона без кости» (boneless meat, not a суповой набор), Мираторг «Рагу … свиное» (not stated for soup - doubt) and chicken parts excluded"),
        ("картошка кило 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh potatoes of any variety and pack (белый/красный мытый, Бэби 2 кг, «Картофель Чик-Чик, 1кг» taken as "
           "fresh, для варки/для жарки 3 кг, гигант, отборный); sweet potato (батат), boiled/fried/frozen potato, "
           "Магнит «Картофель АЙДАХО» (ready dish), starch and chips excluded; «кило 2» is a quantity"),
        ("свекла 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "13998", "4375880", "3368257", "4299508", "3378167", "786"],
        }, "fresh whole beetroot (loose, в пакете/сетке, на подложке, молодая, в пучках, мытая, «Свекла свежая Маркет "
           "Fresh»); boiled/peeled/cut beet (варёная, очищенная, соломка, «Белая Дача … резаная»), мангольд, seeds, "
           "«Капуста Пелюстка со свеклой» excluded; the count is a quantity"),
        ("белокачанную капусту полкочана", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546"],
        }, "fresh white cabbage heads (Дикси/Перекрёсток «Капуста белокочанная», «… ранняя», Перекрёсток «Капуста» "
           "45661 taken as white cabbage - outside knowledge); shredded packs (резаная/соломка 200 г), mixes, "
           "pickled/marinated/stewed cabbage, cauliflower, broccoli and seeds excluded; «полкочана» is a quantity"),
        ("сметаны 20% баночку", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715",
                     "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "plain sour cream exactly 20 % (any brand and tub); 10/15 % sour cream, cream 20 %, flavoured sour cream "
           "and «сметанный» products excluded"),
    ]),
    # fxm12 non-food
    ("туалетка 3 слоя, платки носовые, антисептик для рук любой", [
        ("туалетка 3 слоя", {
            "pyaterochka": [],
            "magnit": ["939f14debe", "9a0bd598be", "be21812bf9", "6189f05c16", "cdc752b01e", "24f2c70304", "f88b88076f",
                       "0f9bdfbe08", "11634cf6c9"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": ["75364"],
        }, "3-ply toilet paper of any brand and roll count (Zewa Deluxe, Soffione Premio, Папия/Papia); «ЗЕВА ДЕЛЮКС, "
           "Белая с ароматом ромашки» accepted as 3-ply (Zewa Deluxe is 3-ply - outside knowledge); 2-ply (Familia, "
           "Zewa Plus incl. «ЗЕВА ПЛЮС, Зеленая» without ply), 4-ply (Soffione Империал, Zewa Just1/Нэчерал софт) and "
           "moist toilet paper excluded"),
        ("платки носовые", {
            "pyaterochka": [],
            "magnit": ["d334b417e0", "4eeae27a4e", "c617dc083d", "860dac16d4", "e5066f2ca7"],
            "dixy": [],
            "perekrestok": [],
        }, "pocket handkerchiefs (paper: Магнит «Платки … бумажные» and Zewa «Платки носовые»); facial tissues in a "
           "box («Салфетки для лица») and table napkins excluded"),
        ("антисептик для рук любой", {
            "pyaterochka": [],
            "magnit": ["529fbeab5e", "304cd42c6f", "4009f7c096"],
            "dixy": [],
            "perekrestok": [],
        }, "hand sanitisers («Антисептик для рук САНИТЕЛЛЬ», «Гель для рук ЛА ФРЕШ, антисептический», «Гель для рук "
           "МАГНИТ Здоровье с антисептическим эффектом»); antibacterial soaps and wet wipes, surface disinfectants "
           "(Lysol, Санфор) excluded"),
    ]),
    # fxm13 drinks for the patient
    ("морс клюква 1л, боржоми бутылку, кисель, сушки маковые к чаю", [
        ("морс клюква 1л", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no 1 l cranberry mors: Finnmors «Морс Клюква» exists only as 1.5 l and 0.5 l (size names the pack), "
         "Зелёная Линия «Напиток морсовый Клюква» 510 ml, the 0.97/0.85 l mors are blends (клюква-виноград, "
         "виноград-клюква, J7 клюква-черника-…); kids' ФрутоНяня 0.2 l blend excluded"),
        ("боржоми бутылку", {
            "pyaterochka": [],
            "magnit": ["67c2003564"],
            "dixy": ["ЦТ0020861", "2000211073", "2000315091", "2000188861"],
            "perekrestok": ["3393237"],
        }, "Borjomi mineral water of any bottle (PET 0.5/0.75/1.25 l, glass 0.5 l); «Боржоми Флейворд Вотер» "
           "flavoured drinks excluded"),
        ("кисель", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000278539", "2000196408"],
            "perekrestok": ["3062813", "4022024", "3403327"],
        }, "any kissel, dry concentrate or ready (Русский продукт Малина/Клюква 190 г and «моментального "
           "приготовления» 25 г, ФрутоНяня 130 г, Аппетиссимо малина 500 мл, «Овсянка, Сэр!» овсяный детский)"),
        ("сушки маковые к чаю", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "sushki with poppy seeds (Невская сушка «Сушки-мини … маковые»); plain «Ладожский малышок», Nina Farina "
           "taralli with garlic excluded"),
    ]),
    # fxm14 chicken with rice
    ("куриная грудка 1кг, рис круглый на кашу, морковь кг", [
        ("куриная грудка 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3673509", "2160076", "3689116", "3669585", "4242120", "4208844", "53105", "3694848",
                            "4323072", "3273915", "2173555", "3946764", "4329298", "3653837", "52888", "3191300",
                            "3362832", "3940063", "4312563", "3678985", "3649232", "3609675", "4306879", "4116904",
                            "3034277", "4347498", "3216279", "3336397"],
        }, "raw chicken breast, fillet or on the bone («филе куриное»/«филе цыплёнка(-бройлера)» taken as breast "
           "fillet, «малое» inner fillet, medallions cut from breast fillet, «Филе грудки фермерское» taken as chicken, "
           "«Грудка Псковская» taken as bone-in breast); thigh fillet, «Филе курицы в маринаде» (marinated), breaded "
           "medallions/strips, cooked fillet dishes and sausages «с куриной грудкой» excluded; 1 кг is a quantity"),
        ("рис круглый на кашу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["4332035", "3674360", "3603169", "3231277", "3469128", "3469127"],
        }, "round-grain rice whose title says круглый/круглозерный/круглозернистый (loose or boil-in-bag); rice whose "
           "grain is not stated (Агро-Альянс «кубанский», Националь Адриатика/Бальдо/Испанский, «Рис для японской "
           "кухни» - doubt), long-grain, jasmine, basmati, parboiled, mixes with millet and rice dishes excluded"),
        ("морковь кг", CARROTS, CARROT_NOTE),
    ]),
    # fxm15 sore throat
    ("леденцы halls, черный чай с чабрецом, лимон покрупнее", [
        ("леденцы halls", {
            "pyaterochka": [],
            "magnit": ["4b6f90c5a1", "8d8a43950e", "15a0ad0a86", "a1d114a96e"],
            "dixy": ["2000285190"],
            "perekrestok": [],
        }, "every Halls hard candy («Леденцы ХОЛЛС» Колорс, Мед-лимон, Ментол экстра, кола; Дикси «Halls» Мед-Лимон); "
           "Перекрёсток Halls «Fresh & Chewy» (chewy sweets) and «Mini mints» (compressed mints) excluded"),
        ("черный чай с чабрецом", {
            "pyaterochka": [],
            "magnit": ["739159b9d5", "f9b0dd39e7", "245310ae46", "b411bf6170", "05c3ce571d"],
            "dixy": [],
            "perekrestok": ["3497561", "4206082", "4131559"],
        }, "black tea with thyme, bags or loose (Kensington, Азерчай, Тесс, Майский «Душистый Чабрец» and «чабрец-мята», "
           "Market Collection); other black teas excluded"),
        ("лимон покрупнее", LEMONS, LEMON_NOTE),
    ]),
    # fxm16 milk only pasteurised
    ("молоко 3.2 только не ультрапастеризованное, кефир 1 процентный, творог 5 процентов пачку, банан для малого", [
        ("молоко 3.2 только не ультрапастеризованное", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000139951", "1000122658", "8000026015", "1000553875", "8000026014", "1000445488",
                       "1000127183", "4aff59ccac"],
            "dixy": ["2000594992", "2000557212", "2000509793"],
            "perekrestok": ["3668699", "4162259"],
        }, "cow drinking milk exactly 3.2 %, pasteurised or sterilised (the negative wish excludes exactly UHT): incl. "
           "Агуша детское стерилизованное and Мозырские «стерилизованное 3.2% 1л»; Пятёрочка «АГУША Молоко детское 3.2% 500г» (Магнит titles the same "
           "product «стерилизованное»), Дикси «Простоквашино, 3,2%, 1,4 л» (taken as pasteurised) and «Село Зеленое, "
           "3,2%, 2 кг» (Магнит titles it «пастеризованное») accepted on outside knowledge; every ультрапастеризованное "
           "3.2 % milk, 3.2 % milk whose treatment is not stated (Тема «с 3 лет» 500 мл, Аммм, Зелёная Линия «для "
           "детского питания»), ranges (3.2-4, 3.2-6), barista milk «Для капучино» excluded"),
        ("кефир 1 процентный", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416",
                            "2084558", "3352331", "3604602"],
        }, "kefir and biokefir exactly 1 %; «Биокефирный продукт»/«Кефирный продукт» Домик в деревне, Bio Баланс "
           "«Биопродукт кефирный» (not titled kefir - doubt), 2.5/3.2 % kefir and kefir cocktails excluded"),
        ("творог 5 процентов пачку", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908", "1000441658",
                       "8000030462", "1000377235", "1720c2be05", "9aeeb10b64", "1000512632", "c7f0f0e5ec",
                       "2400019178", "1000372786", "1000475531", "1000572167", "1000208909", "1079990193",
                       "1000306424", "1000224037", "1000453157", "1000426473", "161690c563", "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595",
                     "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116", "4274201",
                            "3279582", "3617778", "4050943"],
        }, "plain cottage cheese exactly 5 % of any texture (traditional, рассыпчатый, мягкий/нежный), incl. "
           "lactose-free (Parmalat) and «из топленого молока» (Кубанский молочник) and the plain children's "
           "«Биотворог детский … 5%»; «пачку» is a quantity; creamed/grainy curd («зерненый в сливках», «101 Зерно», "
           "«Творог Зёрнышко» - doubt), curd with raisins/jam/fruit, Даниссимо, 4.5/5.5 % and curd snacks excluded"),
        ("банан для малого", BANANAS, BANANA_NOTE + "; «для малого» is a purpose"),
    ]),
    # fxm17 pumpkin soup
    ("тыква кусочек, свежий имбирь корешок, сливки 10% для супа", [
        ("тыква кусочек", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no fresh pumpkin in the recorded offers; pumpkin seeds, pumpkin juices, salads and chips excluded"),
        ("свежий имбирь корешок", GINGER,
         "fresh ginger root (Перекрёсток loose «Имбирь» and «Имбирь, 300г»); ground, pickled, candied ginger, the "
         "«Набор иммунный имбирь-лимон» set and ginger drinks excluded"),
        ("сливки 10% для супа", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609", "3201860040",
                       "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "dairy cream exactly 10 % (UHT or sterilised, any pack incl. «для кофе» 1 l and 10x10 g portion cups - "
           "«для супа» is a purpose); 11 % Parmalat, 20/33 % cream and cream-flavoured goods excluded"),
    ]),
    # fxm18 pelmeni night
    ("пельмени для мужа, сметанку 15% к пельменям, бородинского буханку, кефирчика 2.5 процента", [
        ("пельмени для мужа", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4", "dabbb02c05",
                       "f4f41d5103", "72632b1f85"],
            "dixy": ["2000282673", "2000558274", "2000318344", "2000411354", "2000565192", "2000596852",
                     "2000596851"],
            "perekrestok": ["3905172"],
        }, "frozen pelmeni of any filling and brand, incl. Горячая штучка «Бульмени»/«Бигбули» and Перекрёсток «Четверг "
           "рыбные из трески» (fish pelmeni - doubt, no filling written); vareniki, manty, khinkali excluded; «для "
           "мужа» is a purpose"),
        ("сметанку 15% к пельменям", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874", "c90113311e",
                       "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785", "1000208902", "8000035449",
                       "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470",
                            "29910", "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, "plain sour cream exactly 15 % incl. lactose-free (Свежее завтра) and «из топленых сливок» (Простоквашино); "
           "Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» (flavoured), 10/20 % sour cream excluded"),
        ("бородинского буханку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "Borodinsky rye bread loaves (all four are sliced loaves); BEERKA «Бородинские» croutons and the brand «МД "
           "Бородина» (sausages) excluded"),
        ("кефирчика 2.5 процента", {
            "pyaterochka": [],
            "magnit": ["1000451590", "1000439735", "610b0779be", "1000139426", "1000350608", "1899800689", "1899912534",
                       "8000033639"],
            "dixy": ["ЦТ0028202", "2000560991"],
            "perekrestok": ["4280893", "4245052", "4280483", "4137919", "4229630", "4263418", "3491537", "4233125",
                            "3604726", "2173827", "2093082", "3386041", "3429041"],
        }, "kefir exactly 2.5 % (any brand and pack); 1/3.2 % and 3.2-4 % kefir, ryazhenka and yoghurts 2.5 % excluded"),
    ]),
    # fxm19 easy food
    ("суп быстрого приготовления, крекеры соленые, сок мультифрукт детский, водички детской 5 л", [
        ("суп быстрого приготовления", {
            "pyaterochka": [],
            "magnit": ["5372761", "5255291"],
            "dixy": [],
            "perekrestok": ["4109120", "3407791"],
        }, "dry instant soups (Магнит БЫСТРИНКА «Куриный с сухариками» 19 г, «СЕМЕЙНЫЕ СЕКРЕТЫ, Куриный/Мясной» 60 г "
           "sachet taken as quick soup, Everyday «Крем-суп» 15x26 г, Asian Fusion freeze-dried 12 г); instant noodles "
           "(Доширак, Роллтон vermicelli), bouillon («Бульон говяжий Роллтон»), Пятёрочка «25 минут и ГОТОВО!» (dry mix "
           "cooked 25 min), «Скоро Готово гороховый» and chilled/retort ready soups (Шеф, Select, Мастер Шеф), baby "
           "soups excluded"),
        ("крекеры соленые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3329546", "4050551"],
        }, "crackers titled with salt (Tuc «Original с солью», Пр!ст «Смайл с солью»); flavoured crackers (Tuc «Сметана "
           "и лук», Бэйкер Хаус томат/розмарин), Скрепыши, galettes and chocolate «с соленым крекером» excluded"),
        ("сок мультифрукт детский", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no children's multi-fruit juice: Сады Придонья «мультифруктовый» 1 l and Добрый «мультифруктовый» nectar are "
         "not children's products, children's juices in the offers are single fruit or two-fruit blends (ФрутоНяня "
         "яблоко-виноград, Сады Придонья яблоко-вишня), «Напиток мультифруктов» is a juice drink"),
        ("водички детской 5 л", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "daea15c2c5"],
            "dixy": ["2000311289", "2000601611"],
            "perekrestok": [],
        }, "children's drinking water in 5 l (ФрутоНяня «с рождения», Аквалайн «Для ляль для детского питания», "
           "Черноголовка «Бэйби», Кидси); 0.33/1.5/2.5 l children's water excluded (size names the pack)"),
    ]),
    # fxm20 staples
    ("греча ядрица пачку, масло сливочное 82.5% пачку, яйца с0 десяток любые, сыр российский граммов 300", [
        ("греча ядрица пачку", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286", "2000180341",
                     "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178",
                            "4009020", "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448",
                            "4090171", "4019310", "3603166", "39155", "3667612", "4059000", "3600743", "3696237",
                            "3477255", "3231481", "3493533", "3994791"],
        }, "buckwheat groats (ядрица), loose or boil-in-bag, steamed or quick-cooking; groats not labelled otherwise "
           "taken as ядрица (продел is always labelled - outside knowledge); green buckwheat, buckwheat dishes "
           "(Дядя Ваня, Увелка с грибами, Raisad, Cook Chart, Шеф), buckwheat drinks, flour pasta and porridges "
           "excluded"),
        ("масло сливочное 82.5% пачку", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000084229", "6b22928df7", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642", "1000151122",
                       "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
                     "2000602271", "10J0079578", "2000605413"],
            "perekrestok": ["3999749", "3413519", "3643092", "34890", "3628337", "4260609", "3026226", "4113532",
                            "3434127", "3612778", "4310021", "4055506", "86149", "3369241", "3698785", "3287314",
                            "3396544", "3657363", "4292462", "4343792", "3699369", "3953367", "4196090", "4135603",
                            "3922315", "3654551", "4175276"],
        }, "butter (сливочное / сладкосливочное, also titles «Масло ИЗ ВОЛОГДЫ, Традиционное», «Масло Тольяттимолоко "
           "Традиционное», Пятёрочка «ТЫС.ОЗЕР Масло сл/слив.82,5%», Брест-Литовск «82.5» without %) exactly 82.5 % "
           "incl. lactose-free Тысяча Озёр; 72.5 % Крестьянское, 62 % Шоколадное, 82 % butters (JALO KERMA, "
           "Арла Натура, Киприно, Молочный знак, Natura, President), spreads and margarine excluded"),
        ("яйца с0 десяток любые", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "4352464", "3356111",
                            "3432532", "2131762", "3421287", "3914040", "4236458", "4012802", "4085790", "3182853"],
        }, "hen eggs of class С0/СО/«отборные» in packs of 10; С1/С2, «1 категории», «высшей категории», packs of "
           "6/15/20/30 and quail eggs excluded"),
        ("сыр российский граммов 300", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "«Российский» cheese of any brand, fat and form (piece, by weight, slices, «молодой»); «граммов 300» is a "
           "quantity of a weighed good, not a filter"),
    ]),
    # fxm21 beef soup
    ("чесноку 2 головки, говядину на косточке для супа, перец горошек", [
        ("чесноку 2 головки", GARLIC, GARLIC_NOTE),
        ("говядину на косточке для супа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["85566", "923", "3020550", "46625", "2101259", "7338"],
        }, "raw beef on the bone («Рагу из говядины суповое» - bony soup cuts, голень говяжья с костью, лопатка говяжья на кости, шейный отруб на кости, "
           "«Стриплоин с костью» - a steak cut but beef on the bone, «Грудинка говяжья … для харчо» taken as bone-in "
           "soup beef - outside knowledge); boneless beef incl. «Мясо говяжье … для бульона без кости», Дикси «Набор для "
           "супа» (species not stated), pork ribs and cooked beef excluded"),
        ("перец горошек", {
            "pyaterochka": [],
            "magnit": ["9303052c5b"],
            "dixy": ["2000024941", "2000303083", "ЦТ0046007", "2000557371", "2000260537", "2000315723"],
            "perekrestok": ["4207245", "4202515", "3904322", "9505", "89001", "3641165", "88779", "3661159", "9387",
                            "3395331", "4113011", "3479407", "3166460", "3213422", "69129", "3172904", "3481023",
                            "3689196", "3500195"],
        }, "black peppercorns (горошек/горошком/целый, incl. Kotanyi «в мельнице» 36 г holding whole pepper); ground and "
           "crushed pepper, black pepper whose form is not stated (Kamis 42 г, Маркет Перекрёсток 36/50 г, Santa Maria "
           "Теличерри), pepper-flavoured chips excluded"),
    ]),
    # fxm22 citrus drink
    ("сок апельсиновый добрый 1л, лайм 2 шт, мятку свежую пучок", [
        ("сок апельсиновый добрый 1л", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no Добрый orange juice: Добрый orange is sold only as nectar (Магнит «Нектар ДОБРЫЙ, апельсин, 1л», Дикси "
         "«Нектар Добрый апельсиновый с мякотью, 1 л» - nectar ≠ juice), Добрый «Бодрый цитрус» is a blend; "
         "Rich/J7/Я orange juices are other brands"),
        ("лайм 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["325", "3678347"],
        }, "fresh limes (loose «Лайм» and «Лайм Маркет Fresh, 3шт»); «Микс Лайм-лимон», «Набор для мохито» and "
           "lime-flavoured goods excluded; the count is a quantity"),
        ("мятку свежую пучок", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no fresh mint in the recorded offers; «Набор для мохито Мята, Лайм» (a set), mint teas, syrups and cosmetics "
         "excluded"),
    ]),
    # fxm23 for the child (item 3 replaced after labelling, see README)
    ("аскорбинку ребенку, гематоген пару штук, нектар вишневый 2 пачки", [
        ("аскорбинку ребенку", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no ascorbic-acid tablets in the recorded offers; vitamin-C cosmetics and «Карамель Sula мультивитамин» "
         "excluded"),
        ("гематоген пару штук", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no hematogen bars in the recorded offers"),
        ("нектар вишневый 2 пачки", {
            "pyaterochka": [],
            "magnit": ["16341590ac", "0d3d087981"],
            "dixy": [],
            "perekrestok": [],
        }, "single-fruit cherry nectar (БАРИНОФФ вишневый 250 мл, РИЧ вишневый 200 мл); cherry blends (ФрутоНяня "
           "яблочно-вишневый, Добрый яблоко-рябина-вишня, Моя семья груша-рябина-вишня), cherry juice drinks and "
           "juices excluded; «2 пачки» is a quantity (replacement item, see README)"),
    ]),
    # fxm24 household
    ("ватные диски любые, крем детский свобода, полотенца бумажные пару рулонов, салфетки в коробке", [
        ("ватные диски любые", {
            "pyaterochka": [],
            "magnit": ["51bcbab403", "472f57de85"],
            "dixy": [],
            "perekrestok": [],
        }, "cotton pads of any brand and count (Белла Коттон 80, Я САМАЯ 120); cotton buds excluded"),
        ("крем детский свобода", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no «Свобода» baby cream (and no baby cream at all) in the recorded offers"),
        ("полотенца бумажные пару рулонов", {
            "pyaterochka": [],
            "magnit": ["84553e2983", "4079668ed1", "1782e40b42", "16ad542324", "32a9e59c4b", "2616a9cbe3",
                       "ce24df13d2"],
            "dixy": [],
            "perekrestok": [],
        }, "paper kitchen towels of any brand, ply and roll count («пару рулонов» read as a quantity; Soffione Maxi is "
           "1 roll); toilet paper and napkins excluded"),
        ("салфетки в коробке", {
            "pyaterochka": ["2038405"],
            "magnit": ["0e3503aea4"],
            "dixy": [],
            "perekrestok": [],
        }, "facial tissues sold in a box (Zewa «Салф.бум.д/лица … 100шт» and «Салфетки для лица ЗЕВА, Софт, 100 шт» - "
           "box inferred from the 100-sheet facial pack, outside knowledge); table napkins (Wellfort 16 шт в п/уп, "
           "Home Story), wet wipes and pocket handkerchiefs excluded"),
    ]),
    # fxm25 sea-buckthorn tea
    ("облепиха мороженая, мёд разнотравье, каркаде чай, корицу палочками", [
        ("облепиха мороженая", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no frozen sea buckthorn: only «Облепиха протёртая с сахаром» (Экопродукт, Пр!ст), sea-buckthorn juice and teas, "
         "all excluded"),
        ("мёд разнотравье", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3467507"],
        }, "honey titled «разнотравье» (Пр!ст «Мёд цветочное разнотравье»); other polyfloral honeys that do not say "
           "разнотравье (цветочный, луговой, горный, лесной, Майский) excluded - doubt: some shoppers would take "
           "«луговой»"),
        ("каркаде чай", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no hibiscus/karkade tea in the recorded offers (Vernel «Гибискус» is a fabric softener)"),
        ("корицу палочками", {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []},
         "no cinnamon sticks in the recorded offers; ground Kotani cinnamon (form differs), cinnamon teas and sweets "
         "excluded"),
    ]),
]


BLIND = os.path.join(HERE, "fresh_basket_eval_xm.blind_lists.txt")
# The only text that differs from the blind draft (see the README, "Replacements").
REPLACED = {"fxm23": ("аскорбинку ребенку, гематоген пару штук, сок вишня 2 пачки",
                      "аскорбинку ребенку, гематоген пару штук, нектар вишневый 2 пачки")}


def check_blind():
    """Texts must be byte-identical to the blind draft, except the documented replacement."""
    if not os.path.exists(BLIND):
        return
    with open(BLIND, encoding="utf-8") as fh:
        blind = [line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")]
    assert len(blind) == len(LISTS), (len(blind), len(LISTS))
    for n, (draft, (text, _)) in enumerate(zip(blind, LISTS), 1):
        rid = "fxm%02d" % n
        if rid in REPLACED:
            assert (draft, text) == REPLACED[rid], (rid, draft, text)
        else:
            assert draft.encode("utf-8") == text.encode("utf-8"), (rid, draft, text)


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fxm"))
