#!/usr/bin/env python3
"""Re-create fresh_basket_eval_uq.jsonl -- 25 shopping lists of a teenage girl shopping for a sleepover with four
friends (snacks, drinks, something for pancakes, face masks), hand-labelled against the real offers in
real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_uq.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_uq.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of each list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item has
a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) -- and
writes the JSONL; labelled_lists.stats prints the counts.  List ids are fuq01, fuq02, ... in LISTS order; every list
is in split "fresh".
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_lists import build, stats  # noqa: E402  (this directory)

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_uq.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_uq.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (8, "пломбир ведерко на всех", "пломбир брикет на всех"),
    (15, "маски тканевые корейские", "маски тканевые увлажняющие"),
]

# Perekrestok drinking cow milk of any fat (used twice below): pasteurised / UHT / sterilised, incl. ranges,
# lactose-free and children's milk; not топлёное, goat, Barista, condensed.
_MILK_ANY_PEREKRESTOK = [
    "4260593", "3431579", "4310700", "4259100", "4244242", "3474103", "2093081", "3645807", "4308790", "4137917",
    "3613024", "b508e73840", "cb2f1055d7", "3198f1a94c", "87bf941f11", "d59f8e3403", "45d6dee261", "587286c051",
    "50f156cde3", "65f939ac7e", "814b6ca461", "d4843ab680", "52d96fd806", "edf2484f0e", "7f46c8a5c5", "79cefff589",
    "eaf7de5f17", "05c941826b", "94dd27dff1", "f5ff9c84a1", "aa8a2f9d5e", "c57983498c", "50cb0959f8", "eefe3d951f",
    "fed089a68a", "af8570f806", "2d526e7a96", "d846def77b", "b151abcd68", "e1c2a97dcd", "b48241efed", "e9b2520f64",
    "135852823b", "6986e66cd9", "163f87bedd", "14cf035691", "a253bf9611", "cd63b1cf67", "870b27e2f9", "ecc07a0e68",
    "f3d85bb393", "488d323508", "66ec0f255d", "e458dc5e25", "00af023fd1", "ccdc291604", "52240eee71", "b267022f66",
    "47a9cd6be2", "f50aeac1bb", "e221fd3ddd", "47b26adef2", "f18e9a3c14", "885d917850", "35ac60eec2", "9512a8a8b9",
    "89a1c1419e", "359aa76fc0", "b38f3e60d2", "949b3dd46f", "9dbc98f064", "1076c09948", "e2d5d93f2a", "2f04f03749",
    "31aa236aad", "7c1d7afff6", "76055bf243", "013e119412", "87b2dc7b1d", "9dfc83490b", "ce8eda981f", "14753f9f39",
    "a548f45b17", "85dd44d923", "7b5909b56f", "62485733e9", "faf2171541", "b4411ba8d4", "6b36a62006", "2f7ebb9ea8",
    "01f728b210", "a24f88bea8", "69f396f368",
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 chips, cola, sheet masks, popcorn
    ("чипсы lays сметана и зелень большую пачку, колу 2 литра две штуки, маски тканевые на всех 5 шт, попкорн для микроволновки к фильму", [
        ("чипсы lays сметана и зелень большую пачку", {
            "pyaterochka": ["4035371"],
            "magnit": ["1000487857", "106341"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's potato chips in the sour cream & herbs flavour (Пятёрочка 50 г, Магнит 70 г and 90 г); «большую пачку» names "
           "no size and is read as a wish (no Lay's сметана-и-зелень pack above 90 g is on sale); other Lay's flavours "
           "(«сметана и лук», «нежный сыр с зеленью», краб, лук, Stax «Нежная Сметана и лук»), LAVA LAVA «Сметана и зелень» "
           "(another brand), Русская картошка / Хрусteam / croutons with a sour-cream flavour excluded"),
        ("колу 2 литра две штуки", {
            "pyaterochka": ["3684656", "4316013", "4213891"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1860", "4213891"],
        }, "regular cola in 2 l bottles: Coca-Cola 2 л, Pepsi 2 л (a cola), Любимая Кола 2 л, Черноголовка Кола 2 л; «2 литра» "
           "names the bottle and is respected, «две штуки» is a quantity; other sizes (0.25-1.5 l), sugar-free / light colas "
           "(Zero, «без сахара», Pepsi Лайт), flavoured colas (vanilla, cherry, orange, Снежная Ириска) and non-cola sodas "
           "excluded; Магнит has no 2 l cola"),
        ("маски тканевые на всех 5 шт", {
            "pyaterochka": ["3664694", "3664695"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sheet face masks: BODYART «Маска ЛИФТИНГ / УВЛАЖН. д/лиц. ткан. осн.»; «на всех 5 шт» is a quantity; no other "
           "face masks on sale anywhere"),
        ("попкорн для микроволновки к фильму", {
            "pyaterochka": ["3468688"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "microwave popcorn: Mixbar «для печей СВЧ, соленый» 100 г; ready popped popcorn (MIXBAR «ПОПКОРН СЛАД-СОЛ.», "
           "«Попкорн сладкий Карамель»), Kinocorn sweets and chocolate with popcorn excluded; «к фильму» is a purpose"),
    ]),
    # L02 pancakes from scratch
    ("мука для блинчиков, молочко 2.5% на блины литр, яиц десяток на тесто, сгущенка вареная для начинки", [
        ("мука для блинчиков", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "3231328", "8065"],
        }, "ordinary wheat flour of any grade and pack (Makfa в/с 1 and 2 кг, «Мука Пшеничная» 2 кг, Пышечка хлебопекарная в/с, "
           "Рязаночка «ЭКСТРА»); «для блинчиков» is a purpose; the pancake mix АЛАДУШКИН «Смесь БЛИНЫ ЦАРСКИЕ» (a different "
           "product, its own item «блинная смесь» in fuq04), whole-grain, rye, rice flour and durum «крупка» excluded"),
        ("молочко 2.5% на блины литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["faf2171541", "62485733e9"],
        }, "drinking cow milk of exactly 2.5% in 1 l packs (Белый Город, Эконива); «литр» names the pack of a packaged good and is "
           "respected as «сахар 1кг» was in earlier sets, so 2.5% milk in 0.2 l, 0.45 l, 0.9-0.97 l and 1 кг packs (Пр!ст, "
           "Простоквашино, Сарафаново, Домик в деревне, Рузское 1 кг, Магнит Вкуснотеево 0.2 л, Пятёрочка Сарафаново детское "
           "970 мл) excluded; other fat levels excluded"),
        ("яиц десяток на тесто", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "hen eggs in packs of 10 of any category (С1, СО/отборные, Экстра СО, «активита» С1 with selenium and iodine); packs "
           "of 6 and 20 and quail eggs excluded; «на тесто» is a purpose"),
        ("сгущенка вареная для начинки", {
            "pyaterochka": ["3907533"],
            "magnit": ["167911"],
            "dixy": [],
            "perekrestok": [],
        }, "boiled condensed milk (Рогачев «Егорка» «сгущенное вареное», Магнит Рогачев «вареное»); plain sweetened condensed "
           "milk (Алексеевское), wafers, croissants, muffins, pryaniki, cakes and donuts «с вареной сгущенкой» excluded"),
    ]),
    # L03
    ("pringles original, sprite полторашку, мармеладки haribo мишки, патчи под глаза", [
        ("pringles original", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Pringles Original on sale; Pringles паприка, сыр, краб and the rice-chip «Asian Collection» are other flavours and "
           "are excluded"),
        ("sprite полторашку", {
            "pyaterochka": [],
            "magnit": ["213591"],
            "dixy": [],
            "perekrestok": [],
        }, "Sprite in a 1.5 l bottle («полторашка» names the bottle); Пятёрочка Sprite 0.9 л and «Спрайт со вкусом лимона, лайма "
           "и мяты» 0.5 л (other size / flavour), 7Up and other lemon-lime sodas excluded"),
        ("мармеладки haribo мишки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no HARIBO gummy bears on sale; HARIBO «Ягоды» (berries, not bears) and other brands' bears (FRUIT-TELLA «МЕДВЕЖАТА», "
           "БОН ПАРИ «ЗАБАВНЫЙ МЕДВЕЖОНОК») excluded because the brand is written"),
        ("патчи под глаза", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no eye patches in any chain"),
    ]),
    # L04 Nutella pancakes
    ("нутела большая банка\nбананчиков кило к нутелле\nблинная смесь\nвзбитые сливки в баллоне для блинчиков", [
        ("нутела большая банка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Nutella on sale (typo «нутела» for Nutella); other chocolate-nut spreads (Cuisine Royale, Коровка из Кореновки, "
           "Золотой Степ) are other brands and are excluded because the brand is written"),
        ("бананчиков кило к нутелле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (loose, packed, mini, organic); «кило» is a quantity; dried bananas, banana drinks, purees and "
           "flavoured goods excluded"),
        ("блинная смесь", {
            "pyaterochka": ["3232252"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pancake (blini) mix: АЛАДУШКИН «Смесь БЛИНЫ ЦАРСКИЕ мучная» 800 г; plain flour, cake and muffin mixes («Печем дома») "
           "and ready blinchiki excluded"),
        ("взбитые сливки в баллоне для блинчиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no aerosol whipped cream on sale; liquid cream for whipping (Домик в деревне 33%) is another product and is excluded"),
    ]),
    # L05
    ("маска для лица с глиной, ватные диски пачку побольше, мицеллярка гарнье, гигиеничка", [
        ("маска для лица с глиной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no clay face mask on sale; the BODYART sheet masks are not clay masks"),
        ("ватные диски пачку побольше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cotton pads on sale in any chain"),
        ("мицеллярка гарнье", {
            "pyaterochka": ["3418507"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Garnier micellar water («Мицеллярная вода Garnier, для лица» 400 мл); «мицеллярка» is slang for micellar water, so "
           "Garnier «Мицеллярное молочко» (a cleansing milk) is excluded, as are Черный Жемчуг and NIVEA micellar waters "
           "(other brands)"),
        ("гигиеничка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«гигиеничка» = hygienic lip balm; none on sale (KOTEX «гигиен.» pads are not it)"),
    ]),
    # L06
    ("дорритос сырные 2 пачки, соус сальса к начос, кола zero без сахара", [
        ("дорритос сырные 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Doritos on sale (typo «дорритос»); DELICADOS cheese nachos are another brand and are excluded"),
        ("соус сальса к начос", {
            "pyaterochka": [],
            "magnit": ["105021"],
            "dixy": [],
            "perekrestok": [],
        }, "salsa sauce: Heinz «Salsa» 230 г; cheese, ketchup and other dips excluded"),
        ("кола zero без сахара", {
            "pyaterochka": ["3660913", "4306402", "3684651"],
            "magnit": ["d3c955edcb"],
            "dixy": [],
            "perekrestok": ["4255568", "4274867"],
        }, "sugar-free cola of any size: COCA-COLA «б/сах.» 0.9 л, Черноголовка Кола без сахара, Добрый Кола «б/сах», Cool Cola "
           "Zero, Добрый Cola без сахара, and PEPSI «ЛАЙТ» 1 л (Pepsi Light is sugar-free - outside knowledge); regular "
           "colas, Добрый Кола «с пониженной калорийностью» (the title does not say sugar-free), flavoured Pepsi «низкокалорийный» "
           "Dark Vanilla / Mango (flavoured) and non-cola drinks excluded"),
    ]),
    # L07 American pancakes
    ("смесь для pancakes, кленовый сироп получше, голубику свежую коробочку, масло сливочное 82% для панкейков", [
        ("смесь для pancakes", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pancake (American pancakes) mix on sale; the blini mix АЛАДУШКИН «Смесь БЛИНЫ ЦАРСКИЕ» is for thin Russian blini, "
           "a different product, and is excluded; cake / muffin mixes excluded"),
        ("кленовый сироп получше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no maple syrup on sale (Кремобон «Кленовый Пекан» and sweets with maple flavour are not syrup)"),
        ("голубику свежую коробочку", {
            "pyaterochka": ["54727"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4129944", "4438675", "48663", "3641622", "3949603", "4052118"],
        }, "fresh blueberries in punnets of any size (125-500 г, incl. «Голубика в сердце»); «коробочку» is a quantity; berry "
           "mixes (клубника-голубика, малина-голубика), yoghurts and sweets with blueberry excluded"),
        ("масло сливочное 82% для панкейков", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter of 82% / 82.5% fat (Простоквашино 82%, Президент кислосливочное 82%, Вкуснотеево, Тысяча Озёр and "
           "«Традиционное» 82.5%); Брест-Литовск 72.5%, chocolate butter 62%, margarine and spreads excluded"),
    ]),
    # L08 ice cream and toppings (one item replaced: the blind list was empty everywhere)
    ("пломбир брикет на всех, топпинг шоколадный для блинов, посыпку кондитерскую цветную", [
        ("пломбир брикет на всех", {
            "pyaterochka": ["3955155", "3693306", "4048085"],
            "magnit": ["ce5f334607"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACEMENT item (blind text «пломбир ведерко на всех»: no plombir in a tub anywhere, and the whole list was empty): "
           "plain (vanilla) plombir in a brick: Славино «брикет пломбир Ванильный» 220 г, Сарафаново «пломбир ванильный брикет» "
           "220 г, Чистая Линия «Морож. пломб. ван. бр.» 200 г («бр.» read as брикет), 48 КОПЕЕК «МОРОЖЕНОЕ ПЛОМБИР. Флоу-пак 210 г» "
           "(a 210 g flow-pack plombir is the brick - outside knowledge, as Сарафаново's «брикет во флоупаке»); plombir in cups, "
           "cones and eskimo, 48 КОПЕЕК plombir with raspberry (flavoured), Пятёрочка «Морож.КЛ.ВЕН.пломб.ван/шок.гл 1л» (form "
           "not stated, glazed), milk ice cream (Экзо) excluded"),
        ("топпинг шоколадный для блинов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dessert topping on sale; chocolate spreads and glazes are other products"),
        ("посыпку кондитерскую цветную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sprinkles on sale (the «посыпка» inside the «Печем дома» cake kit is not sold alone)"),
    ]),
    # L09 cocoa night
    ("марщмеллоу для какао, несквик, молоко 3.2 пару литров", [
        ("марщмеллоу для какао", {
            "pyaterochka": ["4024311", "3454215", "4059074", "4059073"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marshmallows (typo «марщмеллоу»): MARSHMALLOW PREMIUM mini white, MIXBAR «Marshmallows», Шарлиз «Marshmallows "
           "mini», LOVE IS «воздушный зефир для десертов» (mini marshmallows for desserts - outside knowledge: Russian labels "
           "call marshmallow «воздушный зефир»); БОН ПАРИ «Кислые в кубе» (sour fruit-coated, flavoured), Russian зефир "
           "(Белевский, Шарлиз), donuts and drinks with marshmallow excluded"),
        ("несквик", {
            "pyaterochka": ["3696920", "4033873"],
            "magnit": ["167811"],
            "dixy": [],
            "perekrestok": [],
        }, "a bare brand read as the product it stands for, the Nesquik cocoa drink powder (Какао Nesquik 500 г, NESQUIK "
           "OPTI-START 135 г, ALL NATURAL 128 г; the list is about cocoa); Nesquik breakfast cereals, chocolate bars and sweets "
           "excluded - judgement"),
        ("молоко 3.2 пару литров", {
            "pyaterochka": ["3694630", "3507208", "3425329", "3645807"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["3431579", "4259100", "4244242", "3645807", "b508e73840", "52d96fd806", "eaf7de5f17", "ecc07a0e68",
                            "f3d85bb393", "488d323508", "e458dc5e25", "47a9cd6be2", "f50aeac1bb", "885d917850", "35ac60eec2",
                            "89a1c1419e", "949b3dd46f", "9dbc98f064", "e2d5d93f2a", "2f04f03749", "87b2dc7b1d", "14753f9f39",
                            "b4411ba8d4", "01f728b210", "a24f88bea8"],
        }, "drinking cow milk of exactly 3.2% in any pack (0.45-2 l; «пару литров» is a quantity), incl. children's milk "
           "(Агуша «от 3 лет», Сарафаново детское) as in earlier sets; ranges (3.2-4%, 3.2-4.5%, «от 3,2% до 6%»), other fat "
           "levels, топлёное 3.2% (Простоквашино, Домик в деревне), flavoured and condensed milk excluded"),
    ]),
    # L10
    ("холодный чай липтон персик 2 бутылки, кириешки беконные пару пачек, сникерс 5 шт на всех", [
        ("холодный чай липтон персик 2 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Lipton peach iced tea on sale; Lipton green / lemon / strawberry-cranberry iced teas and Fuze Tea / Nestea are other "
           "flavours or brands and are excluded"),
        ("кириешки беконные пару пачек", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons in the bacon flavour: Магнит's promo cards «КИРИЕШКИ Сухарики холодец/бекон/ветчина» 40 г and 100 г "
           "cover the bacon flavour among three; other brands' croutons and other flavours excluded"),
        ("сникерс 5 шт на всех", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no classic Snickers bar on sale; a bare brand means its classic product, so SNICKERS «Батончик белый» (white "
           "chocolate variant) and the M&M's & Friends gift sets containing Snickers minis are excluded"),
    ]),
    # L11
    ("читос пару пачек\nфанта апельсин 1.5л\nорео пару пачек\nмаски для лица с алоэ", [
        ("читос пару пачек", {
            "pyaterochka": [],
            "magnit": ["106081"],
            "dixy": [],
            "perekrestok": [],
        }, "Cheetos corn snacks: Магнит «Кукурузные палочки Читос, кетчуп/сыр» 55 г (Cheetos has no single classic flavour, so "
           "any flavour counts); other brands' corn sticks and balls excluded"),
        ("фанта апельсин 1.5л", {
            "pyaterochka": [],
            "magnit": ["198961"],
            "dixy": [],
            "perekrestok": [],
        }, "Fanta orange 1.5 l; Fanta orange 0.9 л, the unflavoured-title Fanta 2 л, Fanta цитрус / груша / Мангуава and Mirinda "
           "orange excluded (size / flavour / brand)"),
        ("орео пару пачек", {
            "pyaterochka": ["3474314", "3474313"],
            "magnit": ["204631", "5aadea8f9c"],
            "dixy": [],
            "perekrestok": [],
        }, "classic Oreo cookies (cocoa biscuits, vanilla cream; Магнит's «Печенье Oreo/ОРЕО, 228 г» cards name no flavour and are "
           "taken as the classic); a bare brand means its classic product, so chocolate-cream, strawberry and Golden Oreo, and "
           "Milka / Alpen Gold chocolates with Oreo pieces excluded"),
        ("маски для лица с алоэ", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no face mask with aloe on sale; the BODYART lifting / moisturising sheet masks do not name aloe, aloe drinks and "
           "shower gels are other products"),
    ]),
    # L12 oladyi
    ("кефир для оладушек литр, разрыхлитель теста самый дешевый, ванильный сахарок пакетик, варенье клубничное к оладьям", [
        ("кефир для оладушек литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir on sale in any chain"),
        ("разрыхлитель теста самый дешевый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236368"],
        }, "baking powder: Пр!ст «Разрыхлитель для теста» 10 г; «самый дешевый» is a wish; yeast excluded"),
        ("ванильный сахарок пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no vanilla sugar on sale; sugar, icing sugar and vanilla-flavoured goods are other products"),
        ("варенье клубничное к оладьям", {
            "pyaterochka": [],
            "magnit": ["82bf2ad868"],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry varenye: ВОЛОГОДСКОЕ ВАРЕНЬЕ клубничное 370 г; strawberry jams (Махеевъ «Джем клубника/КЛУБНИЧНЫЙ») "
           "excluded (варенье ≠ джем, as in set d), other berries excluded"),
    ]),
    # L13 movie snacks
    ("пицца замороженная пепперони 2 шт, сырные палочки к фильму, соус барбекю для пиццы", [
        ("пицца замороженная пепперони 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen pepperoni pizza on sale; Горячая штучка «Чебупицца Пепперони» (a snack of small pizza pockets, not a "
           "pizza - outside knowledge) and Цезарь / Рестория pizzas with other toppings excluded"),
        ("сырные палочки к фильму", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4050804", "4050805"],
        }, "cheese sticks: Unagrande «Моцарелла палочки», Умалат «Сулугуни палочки» 120 г; corn snacks with a cheese flavour "
           "(Читос кетчуп/сыр, Сырball), croutons «со вкусом Сырные палочки» and other cheese shapes excluded - judgement: no "
           "breaded (fried) cheese sticks are on sale"),
        ("соус барбекю для пиццы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no barbecue sauce on sale; Heinz / Махеевъ / Calve cheese, sweet-chili, teriyaki and shashlik sauces, beans and "
           "snacks «барбекю» are other products"),
    ]),
    # L14 sweets
    ("kinder bueno на всех, m&ms с арахисом, скитлс кислые, жвачку орбит мятную", [
        ("kinder bueno на всех", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Kinder Bueno on sale; Kinder Chocolate, Kinder Joy / Surprise, Schoko-Bons and Kinder sets are other products"),
        ("m&ms с арахисом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no M&M's peanut dragee sold alone; M&M's chocolate bars, M&M's cookies and the M&M's & Friends gift sets (which "
           "include a peanut dragee among other sweets) excluded"),
        ("скитлс кислые", {
            "pyaterochka": [],
            "magnit": ["6bdbbaaf48"],
            "dixy": [],
            "perekrestok": [],
        }, "sour Skittles: SKITTLES «Кисломикс» 70 г; Skittles «Фрукты» and «2в1», Mamba «Кислая» and other sour sweets excluded"),
        ("жвачку орбит мятную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no mint Orbit on sale; ORBIT «БЕЛОСН. BUBBLEM.» is the Bubblemint (bubble-gum) flavour, not mint - outside "
           "knowledge; Dirol, Mentos, Eclipse and Five mint gums are other brands"),
    ]),
    # L15 masks evening (one item replaced: the blind list was empty everywhere)
    ("маски тканевые увлажняющие, патчи гидрогелевые, маска для волос после душа, скраб для губ", [
        ("маски тканевые увлажняющие", {
            "pyaterochka": ["3664695"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACEMENT item (blind text «маски тканевые корейские»: no sheet mask says it is Korean, and the whole list was "
           "empty): moisturising sheet mask BODYART «Маска УВЛАЖН. д/лиц. ткан. осн.»; the BODYART «ЛИФТИНГ» sheet mask "
           "(another variety) excluded"),
        ("патчи гидрогелевые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no hydrogel patches in any chain"),
        ("маска для волос после душа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no hair mask on sale; shampoos, conditioners / balms (Gliss Kur, Syoss, Pantene, Fructis), the Fructis SOS leave-in "
           "cream and Gliss Kur «Экс.кондиц.» are other products"),
        ("скраб для губ", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lip scrub on sale; ORGANIC SHOP «Скраб БРАЗИЛ.КОФЕ д/тела» is a body scrub"),
    ]),
    # L16 blini with strawberries
    ("клубника полкило, сливки 33% взбить к блинам, сахарную пудру посыпать, мука высший сорт на блины", [
        ("клубника полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["11034", "4391361", "3457076"],
        }, "fresh strawberries (Маркет Fresh 250 г and 340 г, «Клубника отборная» by weight); «полкило» of fresh produce is a "
           "quantity; the strawberry-blueberry mix, jams, yoghurts and flavoured goods excluded"),
        ("сливки 33% взбить к блинам", {
            "pyaterochka": ["12721"],
            "magnit": ["204651"],
            "dixy": [],
            "perekrestok": [],
        }, "cream of exactly 33% (Домик в деревне 480 г / 480 мл); 10%, 11%, 20% cream, cream substitutes excluded; «взбить к "
           "блинам» is a purpose"),
        ("сахарную пудру посыпать", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4255400"],
        }, "icing sugar: Пр!ст «Пудра сахарная» 230 г; sugar and corn sticks «в сахарной пудре» excluded"),
        ("мука высший сорт на блины", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "8065"],
        }, "wheat flour of высший сорт (Makfa в/с 1 and 2 кг, Пышечка хлебопекарная в/с 2 кг); «Мука Пшеничная, 2кг» (grade not "
           "stated), Рязаночка «ЭКСТРА» (another grade), durum «крупка» высший сорт (a different product), whole-grain, rye and "
           "rice flour excluded"),
    ]),
    # L17 drinks
    ("сок рич апельсиновый литр, вода без газа пару бутылок, лимонад черноголовка пару штук", [
        ("сок рич апельсиновый литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Rich orange juice on sale; Rich apple / grapefruit / tomato juices, Rich orange-mango nectar and J7 / Swell orange "
           "juices (other brands) excluded"),
        ("вода без газа пару бутылок", {
            "pyaterochka": ["3369800", "3024", "3608729", "3630602", "3635131", "2139858", "3635119", "4048555", "3954422",
                            "3684861"],
            "magnit": ["e8574e2cda", "3f67d9898c"],
            "dixy": [],
            "perekrestok": ["3020", "3966336", "3625733", "3503711", "1913", "1914", "35863", "37168"],
        }, "still drinking / table water of any size (0.33-5 l; «пару бутылок» is a quantity), incl. table mineral water (Evian, "
           "Acqua Panna, Легенда Гор, Пилигрим «без газа») and children's water; titles without «негаз»: Honey Kid Черноголовская "
           "5 л, Легенда Гор Архыз 5 л, «Байкальская глубинная BAIKAL430», АКВАЛАЙН «Для ляль» 5 л taken as still (outside "
           "knowledge: 5 l bottles, deep Baikal water and children's water are sold still); sparkling waters, mineral waters "
           "whose gas is not stated (Мтаби, Arivali, Нагутская), medicinal-table НАРЗАН ЭЛИТА, flavoured waters (Аква Минерале "
           "Лимон, Vit&Go) excluded"),
        ("лимонад черноголовка пару штук", {
            "pyaterochka": [],
            "magnit": ["c7e1497ccb"],
            "dixy": [],
            "perekrestok": ["3403323", "3403324"],
        }, "Черноголовка «Лимонад» (0.5, 1 and 2 l); a brand with «лимонад» means the classic Лимонад, so Черноголовка Байкал, "
           "Дюшес, Тархун, Крюшон, Мандарин and Кола excluded (as in set d)"),
    ]),
    # L18 seeds and croutons
    ("семечки от мартина пачку побольше, сухарики три корочки пару пачек, газировочку добрый колу", [
        ("семечки от мартина пачку побольше", {
            "pyaterochka": ["3669122", "3403508", "3630849"],
            "magnit": ["1000229533"],
            "dixy": [],
            "perekrestok": [],
        }, "От Мартина sunflower seeds (отборные, особые, с морской солью, 200 г); «пачку побольше» is a wish; От Мартина pumpkin "
           "seeds and peanuts, and other brands' seeds (Бабкины, Богучарские, от Атамана) excluded"),
        ("сухарики три корочки пару пачек", {
            "pyaterochka": [],
            "magnit": ["38f3e441a4"],
            "dixy": [],
            "perekrestok": ["2063964", "63021", "2063961", "3911761", "3014253"],
        }, "Три Корочки croutons of any flavour and pack (incl. packs with a sauce sachet); Три Семёрки, Хрусteam, Кириешки, "
           "Фишка and other brands excluded"),
        ("газировочку добрый колу", {
            "pyaterochka": ["4336084", "4429993"],
            "magnit": ["1d5c8087b5"],
            "dixy": [],
            "perekrestok": [],
        }, "regular Добрый Cola (Магнит 0.5 л, Пятёрочка 250 мл and «с пониженной калорийностью» 1 л - taken as the regular "
           "recipe, not the sugar-free one - outside knowledge); Добрый Cola «без сахара» / «б/сах» (as the set names sugar-free "
           "cola separately) and Добрый Cola ваниль (flavoured) excluded"),
    ]),
    # L19
    ("чипсы с крабом подешевле, кукурузные палочки сладкие большую пачку, лимонад дюшес полторашку", [
        ("чипсы с крабом подешевле", {
            "pyaterochka": ["3931228", "3485986", "4343840", "4035369", "4035782", "3986507"],
            "magnit": ["162f632716", "106331"],
            "dixy": [],
            "perekrestok": [],
        }, "potato chips with a crab flavour of any brand (Lay's краб / Королевский краб, Pringles краб, Русская Картошка краб, "
           "LAVA LAVA «Краба», «Картофель хрустящий Со вкусом краба»); «подешевле» is a wish; TUC crab crackers, Хрусteam "
           "«Королевский краб» croutons and crab sticks excluded"),
        ("кукурузные палочки сладкие большую пачку", {
            "pyaterochka": ["3922199"],
            "magnit": ["206011"],
            "dixy": [],
            "perekrestok": [],
        }, "sweet corn sticks (Кузя Лакомкин «в сахарной пудре» 140 г, Ухтышки «палочки кукурузные сладкие» 140 г); «большую "
           "пачку» names no size and is read as a wish; Cheetos (savoury) excluded"),
        ("лимонад дюшес полторашку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Дюшес in a 1.5 l bottle («полторашка» names the bottle): Черноголовка Дюшес is on sale in 0.5, 1 and 2 l, Kinder "
           "Land Дюшес in 0.75 l - all excluded as other sizes"),
    ]),
    # L20 breakfast after the sleepover
    ("блинчики готовые с шоколадом, молочный коктейль клубничный, круассаны 7 days на утро", [
        ("блинчики готовые с шоколадом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no ready blinchiki with a chocolate filling; plain blinchiki and those with meat, curd, raspberry, apple-cinnamon or "
           "nut paste (С пылу с Жару «ореховая паста») excluded"),
        ("молочный коктейль клубничный", {
            "pyaterochka": ["3378996", "4022957"],
            "magnit": ["05c1d02b23", "a3ea0c6767"],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry milkshake drinks: Чудо «Коктейль молочный клубника» 950-960 г, the children's «Коктейль молочный … со вкусом "
           "клубники» 210 г, and Магнит «Молоко ЧУДО, 2%, клубника, 200мл» (Чудо's strawberry milk drink in 200 ml packs, the "
           "same product type - outside knowledge); strawberry-banana shakes, chocolate / vanilla / caramel shakes and the "
           "Чудо Десерт yoghurt «коктейль кисломолочный» excluded"),
        ("круассаны 7 days на утро", {
            "pyaterochka": ["3626932", "3626933", "3621627", "3621623", "3621626", "3621621", "3621622"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "7 DAYS croissants of any filling and pack (105 г, 300 г mini); 7 DAYS «B.ROL» rusks, Chipicao, Шарлиз and Яшкино "
           "croissants (other brands) excluded"),
    ]),
    # L21
    ("попкорн соленый готовый, пепси 2л, peel off маски черные от точек, салфетки влажные чтоб снять маски", [
        ("попкорн соленый готовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no ready salted popcorn: MIXBAR «ПОПКОРН СЛАД-СОЛ.» is sweet-and-salty and MIXBAR «Карамель» sweet (other flavours), "
           "the Mixbar salted popcorn is for the microwave (not ready)"),
        ("пепси 2л", {
            "pyaterochka": ["3684656"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Pepsi 2 л; Pepsi 0.33-1.5 l, Pepsi Wild Cherry, Лайт, Dark Vanilla and Mango excluded"),
        ("peel off маски черные от точек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no peel-off blackhead mask on sale"),
        ("салфетки влажные чтоб снять маски", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "3917869", "3697052", "4166484"],
        }, "wet wipes of any kind (universal, antibacterial, antiseptic, cosmetic, baby wipes); «чтоб снять маски» is a purpose; "
           "dry paper napkins, handkerchiefs, panty liners (CAREFREE «Салфетки») and paper towels excluded"),
    ]),
    # L22 tea time
    ("мед для блинов, лимон к чаю парочку, чай зеленый в пакетиках на всех, печеньки какие-нибудь к чаю", [
        ("мед для блинов", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural honey (Медовый Дом разнотравье, липа, «Южный цветок»); cream honey with raspberry / lemon-ginger fillers "
           "(flavoured), чак-чак, honey cakes and honey-flavoured goods excluded"),
        ("лимон к чаю парочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons on sale; Магнит «Лайм» is another fruit; lemon drinks, candies and cleaners excluded"),
        ("чай зеленый в пакетиках на всех", {
            "pyaterochka": ["3982372"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain green tea in bags: Lipton «Magnificent Matcha» pyramids (green tea with matcha, not flavoured); flavoured green "
           "teas (TESS LIME, CURTIS mango / Hugo, Richard мелисса/мята, ASSAND jasmine, SAITO milky oolong) and bottled iced "
           "teas excluded, as plain teas only count (set vy)"),
        ("печеньки какие-нибудь к чаю", {
            "pyaterochka": ["3632899", "3632839", "3632838", "3632837", "3944161", "3656930", "3983256", "3640617", "3474314",
                            "3687133", "3444932", "4074625", "4081844", "4063526", "3660318", "3615356", "3488053", "3486073",
                            "4049049", "3642014", "4032483", "3474313", "3640618", "3341241", "3974474", "3974475", "3906739",
                            "3905704", "3392568", "3643999", "3358756", "3926561", "3639541", "3685286", "3607262", "3607261",
                            "3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3978913", "3646780",
                            "4087724", "3650632", "3995521", "3995522", "3655049", "3618783", "3639099", "3973181", "3973180",
                            "3483849", "3917983", "3636288", "3636287", "4060930", "4060937", "3991931", "3646011", "3646010",
                            "4061294", "3639098", "3685845", "4050870", "4049048", "3438765"],
            "magnit": ["887d91b1b8", "5c128ea15d", "5972a8b686", "eebd013a3f", "221699383a", "7bbd996fef", "fe5facccea",
                       "204631", "bbea927309", "5aadea8f9c", "106061", "106071", "723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["78036451", "78036450", "78036449", "4420333", "4346896", "4352220", "4371424", "4425157"],
        }, "any cookies («какие-нибудь»): every product sold as печенье / кукис (sugar, shortbread, oat, сдобное, затяжное, "
           "Юбилейное, BelVita, Oreo of any flavour, Milka cookies, Bounty / M&M's cookies, protein cookie, «Хворост» and "
           "«Нежное суфле» cookies, TWIX «Печ. TOP»); Choco Pie (Магнит «Печенье Choco Pie» and Пятёрочка «Choco Pie "
           "Apple-Cinnamon» - glazed marshmallow cakes, пирожное), Пятёрочка «Печенье Orion, 360 г» (what product it is cannot "
           "be told - 360 g matches a Choco Pie box), baby soluble biscuits (Honey Kid, «печенье раств. д/пит.дет.»), crackers, "
           "пряники (incl. Lambertz «Lebkuchen Cookie»), wafers, cakes, muffins, Makfa «Бисквиты ВЕНСКИЕ», Барни, gift sets, "
           "VELLE «печен. ябл.» (an oat dessert) and chocolate with cookie pieces excluded"),
    ]),
    # L23 chocolate and juice
    ("шоколадку милка с орехами, alpen gold, мармелад червячки, сок яблочный детский маленькие коробочки", [
        ("шоколадку милка с орехами", {
            "pyaterochka": ["3681277", "3468711", "3468708", "3468710", "4024593", "3900599"],
            "magnit": ["c91d6a24a7", "1000149245"],
            "dixy": [],
            "perekrestok": ["4353876"],
        }, "Milka chocolate bars whose title names nuts (фундук, цельный фундук, цельный миндаль, обжаренный фундук with caramel "
           "filling, hazelnut paste with crushed hazelnut, арахис with caramel and crisp pieces); plain Milka, Bubbles, caramel, "
           "Oreo, TUC, peach bars, the egg-shaped figure «с ореховой начинкой», Milka candies «с ореховой начинкой», the 3-bar "
           "gift set (flavours not stated), cookies and cakes excluded"),
        ("alpen gold", {
            "pyaterochka": ["3499535", "3626894", "3957242", "4053758", "4053806", "4053995", "4021002", "4053802", "4053724",
                            "4053537", "4053803", "4078353", "4053760", "4078354", "4053804", "4053801", "4053800", "4053799",
                            "4053732", "4053798", "4053597", "4053805", "4053663"],
            "magnit": ["11ee50093d", "85264f7b3c", "755922074b", "213641", "205931"],
            "dixy": [],
            "perekrestok": [],
        }, "a bare brand of a chocolate range with no single classic product, next to a Milka item with a flavour: every Alpen Gold "
           "chocolate bar (milk, dark, bitter, white, aerated, with nuts, fillings, Oreo, Максфан) - judgement; other brands "
           "excluded"),
        ("мармелад червячки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no gummy worms on sale; БОН ПАРИ «КИСЛЫЕ ЗМЕЙКИ» (snakes), Chupa Chups «SOUR TUBES», bears and other shapes excluded"),
        ("сок яблочный детский маленькие коробочки", {
            "pyaterochka": ["3684252"],
            "magnit": ["eef4bdbf61"],
            "dixy": [],
            "perekrestok": [],
        }, "children's single-fruit apple juice in small packs: АГУША «Сок яблоко осв 200мл т/пак», Honey Kid «Сок, яблоко, 200 "
           "мл» (Honey Kid is Черноголовка's children's brand - outside knowledge); children's apple juice in 0.95-1.93 l "
           "(Фруктовый сад, Сады Придонья), apple juices not for children (Сады Придонья 0.125 л, Добрый / Rich / Soko Grande "
           "0.3 л), apple-cherry / apple-rosehip juices, apple nectar and Агуша «вода+сок» excluded"),
    ]),
    # L24 morning
    ("йогуртики питьевые, бананы на смузи, хлопья шоколадные на утро, молоко для хлопьев", [
        ("йогуртики питьевые", {
            "pyaterochka": ["3632187", "3632191", "3632188", "4066181", "4037142", "3933627", "3628400", "3628399", "3628398",
                            "3628404", "3644386", "3363988", "4038830", "4038831", "4035472", "4035473", "4035562", "4035564",
                            "4035476", "4035471", "4035474", "4087592"],
            "magnit": ["206021", "205071"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking yoghurts of any flavour and fat (a category, like «чипсы»): titles with «питьевой/пит.» (Чудо, EPICA, the "
           "children's yoghurt 190 г), Чудо 2.4% 270 г bottles, Вкуснотеево «тетра-топ» 750 г and Активиа bio-yoghurts 260 г "
           "(taken as drinking bottles - outside knowledge); spoonable yoghurts in cups (Greek, Danone 110 г, Активиа 150 г, "
           "Верховье, Bio-Max, Epica Crispy, Даниссимо, Fruttis), 270 г «Биойогурт … 1,0%» and Danone 350 г (pack form not "
           "known), Даниссимо «Коктейль кисломолочный йогуртный», Актимель / Имунеле and kefir excluded"),
        ("бананы на смузи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (loose, packed, mini, organic); «на смузи» is a purpose; dried bananas, smoothies and banana-flavoured "
           "goods excluded"),
        ("хлопья шоколадные на утро", {
            "pyaterochka": ["3434742", "4072647", "3363325", "3368535", "2120115", "4030128", "3933314"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chocolate ready-to-eat breakfast cereals (NESQUIK шоколадный / ДУО / Алфавит, Nesquick 700 г, KROSBY «МЕДВ. ШОК.», "
           "Ухтышки chocolate balls and cocoa-filled pillows) - judgement: «хлопья» is the everyday word for any dry breakfast "
           "cereal, and no chocolate cereal in flake form is on sale; honey-peanut corn flakes, oat / buckwheat / rice flakes, "
           "granola with chocolate, fruit or caramel cereals and Nesquik chocolate bars excluded"),
        ("молоко для хлопьев", {
            "pyaterochka": ["3694630", "3507208", "3613025", "3467788", "3425329", "3985712", "3645808", "3645807"],
            "magnit": ["a28bae784b"],
            "dixy": ["809c0dd88b", "7bef60b534"],
            "perekrestok": _MILK_ANY_PEREKRESTOK,
        }, "drinking cow milk of any fat and pack, pasteurised / UHT / sterilised, incl. ranges, lactose-free and children's "
           "drinking milk (as in real_basket_eval); топлёное, goat, Barista, flavoured (Чудо клубника), condensed, coconut, "
           "plant drinks and formula (NESTOGEN «детское молочко») excluded"),
    ]),
    # L25 blini at home
    ("яйца с0 десяток для блинов, масло подсолнечное для жарки блинов, сахар полкило, молоко домик в деревне на блинчики", [
        ("яйца с0 десяток для блинов", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "hen eggs of category С0 = СО = отборные in packs of 10 (Волжское Утро отборные, Окское СО, Роскар Экстра СО, Маркет "
           "СО); С1 eggs, packs of 6 and 20 and quail eggs excluded"),
        ("масло подсолнечное для жарки блинов", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "sunflower oil (Благо, MR.RICCO, Слобода «для жарки», Олейна 2 л); «для жарки блинов» is a purpose; blends with olive "
           "or avocado oil, flavoured oils (MR.RICCO «Прованские травы», ALMADOR basil / garlic), corn, olive and grape-seed oil "
           "excluded"),
        ("сахар полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no white sugar in 500 g packs («полкило» names the pack of a packaged good): the only sugars on sale are Магнит «Сахар "
           "белый прессованный 1кг» (lump sugar, 1 kg) and Пятёрочка cane «Демерара» 500 г (a special brown sugar) - both "
           "excluded; icing sugar and sugar-free goods excluded"),
        ("молоко домик в деревне на блинчики", {
            "pyaterochka": ["3467788"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["87bf941f11", "3198f1a94c", "1076c09948", "45d6dee261", "cb2f1055d7", "b508e73840", "2f7ebb9ea8",
                            "d59f8e3403", "7b5909b56f"],
        }, "Домик в деревне drinking milk of any fat and pack (0.5-6%, 200 мл-1.4 л); Домик в деревне «топленое» (not plain "
           "milk), its cream, other brands' milk excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fuqNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fuq\d\d ===$", line):
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
                    errors.append("fuq%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fuq%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fuq"))
