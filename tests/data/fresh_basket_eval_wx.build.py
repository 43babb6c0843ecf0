#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wx.jsonl -- shopping lists of a school teacher (a tea party for her class
and her own home), hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wx.build.py

LISTS below is literal data: 25 lists (3-5 items, 90 items) as a teacher would type them to a Telegram
bot between lessons, and for every item the product ids of every in-stock offer of each store that a
reasonable shopper who wrote exactly that item would accept.  The lists were written first, before any
offer was read, and saved as fresh_basket_eval_wx.blind_lists.txt (read-only); this script checks that
every list text here equals that blind draft, apart from the replacements recorded in REPLACED (none).
Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations,
Latin and Cyrillic brand spellings, e/yo folded) and read one by one; the note of each item records what
was deliberately left out and any judgement that rests on outside knowledge.  An empty list means the
store has nothing acceptable (the item is "missing" there).  The labels were made without reading or
running the tool being evaluated.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in
real_offers.jsonl *for that store* and is in stock (``available`` true), no id is repeated within an
item, every item has a note, and the labels are exactly the list's items in order (an item is the text
between commas / new lines) -- and writes the JSONL in the format of real_basket_eval.jsonl;
labelled_lists.stats prints the counts.  List ids are fwx01, fwx02, ... in LISTS order; every list is in
split "fresh".
"""
import json
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wx.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wx.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number: (blind item text, new item text)}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # 01 class tea party: juice, cookies, cups, napkins
    ("сок добрый яблочный 2л 3 шт, юбилейное печенье пачки 3, стаканчики одноразовые на 25 человек, салфеточки", [
        ("сок добрый яблочный 2л 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый single-fruit apple juice in a 2 l pack («2л» names the pack, «3 шт» is a quantity); none exists. "
           "Магнит «ДОБРЫЙ Сок яблочный 0,3л» excluded by size; Добрый nectars «деревенские яблочки 2 л», «Фермерские "
           "яблочки 1,45л» excluded (nectar is not juice, as in real_basket_eval); other brands' apple juices excluded (brand written)"),
        ("юбилейное печенье пачки 3", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049", "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every Юбилейное cookie (traditional, glazed, flavoured, oat, lenten, wholegrain); Магнит «Мини-кексы "
           "Юбилейное» (cakes), J.MEINL coffee «ЮБИЛЕЙНЫЙ», колбаса «Юбилейная» and carbonade «ЮБИЛ.» excluded; «пачки 3» is a quantity"),
        ("стаканчики одноразовые на 25 человек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4392209"],
        }, "disposable cups (Маркет 250 мл, 6 шт; «на 25 человек» is a quantity); ice cream «в вафельном стаканчике», "
           "«Моностакан» yoghurt drinks and spirits gift packs «+ стакан» excluded"),
        ("салфеточки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4429769", "4371757", "4429397", "4429400", "4310841", "4250543", "4310840", "4250535", "4299678", "4397850"],
        }, "paper table napkins (white and printed Gratias, Пр!ст, Art Bouquet) — in a tea-party list «салфеточки» read as "
           "table napkins; wet wipes (Tolli, SALFETI, Home Story, Kokoro), Carefree panty liners, Big City Life «Салфетки в "
           "рулоне» (cleaning cloths), paper towels and handkerchiefs excluded"),
    ]),
    # 02 sweets for the class
    ("конфеты мишка косолапый 1 кг\nвафельки в класс 2 упаковки\nзефирчик белый\nчай пакетированный черный подешевле", [
        ("конфеты мишка косолапый 1 кг", {
            "pyaterochka": ["1671", "3611870"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Красный Октябрь «Мишка косолапый» candies; «1 кг» read as the quantity wanted of candies sold by weight, so the "
           "200 g pack is accepted as well as the 1 kg pack; Ми-Ми-Мишки drinks and «Миш. в лесу» candies excluded"),
        ("вафельки в класс 2 упаковки", {
            "pyaterochka": ["3668255", "3668256", "3687458", "3687534", "3418863", "3257371", "3939083", "3948437", "3607404",
                            "3673372", "3607414", "3141421", "2126636", "3908663", "3908665", "4036375", "4090303", "3432952",
                            "3983254"],
            "magnit": ["9b5bb8a58d", "f55f44c954", "2a32ffe31d", "7d5a68f794", "01fb3ade65", "29989b90ed"],
            "dixy": [],
            "perekrestok": [],
        }, "products sold as «вафли»/«вафля» of any filling, incl. single chocolate-coated wafers (Милка вафли 30 г, «Вафля в "
           "молочном шоколаде» 28,5 г); Toreno «Вафли для торта» (plain sheets for baking), wafer cakes («Торт вафельный», "
           "«Тортики вафельные Отломи»), KitKat and other chocolate with wafer, wafer candies, ice cream in wafer cones and the "
           "Милка assortment set excluded; «в класс», «2 упаковки» are purpose/quantity"),
        ("зефирчик белый", {
            "pyaterochka": ["3489477", "3981251"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "unglazed white zefir: Белёвский «Антоновский» and «Зефирное детство» (outside knowledge: both are white apple "
           "zefir, the titles give no colour); glazed/chocolate zefir (Шарлиз, 1 кг в шоколадной глазури, белёвский «гл.», "
           "«ЯГ.ПАРФЕ в тем.шок.»), coloured/berry zefir (черносмородиновый, с клубникой, абрикос-манго), marshmallows "
           "(MARSHMAL.PREM., LOVE IS, Бон Пари, MIXBAR, Шарлиз Marshmallows) and Zeffo cakes excluded"),
        ("чай пакетированный черный подешевле", {
            "pyaterochka": ["4022854", "3470341", "4002510", "3650482", "3489539", "3682587", "3998702", "3489553", "3378327",
                            "15545", "15492", "3662837", "3450276", "3469500", "3950803", "3628990", "3620106", "3635756",
                            "3634052", "3378336", "3424384", "3418513", "3499718", "3446638", "3472459", "3649730", "3399714",
                            "2070472", "3600100", "4042419", "3971162", "3971163", "3948819", "3948818", "3981152", "3948128",
                            "11200", "3689577"],
            "magnit": ["a37d9d8522", "217b3d7466", "204561", "159991", "112311", "206041", "109361", "199261", "199201",
                       "111701", "168251", "213601"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea in bags, pyramids or sachets of any brand, plain or flavoured (bergamot, thyme, fruit); «подешевле» is "
           "a wish. Outside knowledge: Twinings Earl Grey / «для завтрака», Lipton Earl Grey (Магнит), Greenfield Spring "
           "Melody, Принцесса Канди «цейлонский» and Майский «смородина с мятой; душистый чабрец» taken as black tea. Loose "
           "tea (no bag count), green/herbal/fruit teas (CURTIS, TESS Lime/Flame, MILF шиповник, Lipton Matcha, ASSAND, SAITO "
           "oolong, гибискус), Магнит TESS «Pina Colada» (tea type not stated), assortment sets (TEEKANNE, Curtis «Dessert Tea Collection», «Набор чая Maitre»), iced-tea drinks and "
           "ХрусTeam croutons excluded"),
    ]),
    # 03 home: dairy, bread, eggs
    ("молоко 3.2% пакета два, хлеб черный буханка, яйца десяток с собой домой, масло слив. 82.5 пачка, творожок 2 шт", [
        ("молоко 3.2% пакета два", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e", "949b3dd46f",
                            "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a", "b4411ba8d4", "35ac60eec2",
                            "52d96fd806", "885d917850", "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb", "3645807",
                            "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "cow drinking milk labelled exactly 3.2% (pasteurised/UHT/sterilised, children's Агуша «от 3л» and Сарафаново "
           "«детское» incl.); топлёное (Простоквашино, Домик в деревне), ranges (Романов луг 3,2–6, Из Вологды 3.2–4.5, "
           "Правильное Молоко 3.2–4), other fats, goat, condensed, flavoured and Barista milk excluded; «пакета два» is a quantity"),
        ("хлеб черный буханка", {
            "pyaterochka": ["3500217", "3480920", "3372334", "3455614"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dark rye/rye-wheat bread loaves: Даниловский, «Ржано-пшеничный» Даниловский; outside knowledge: Хлебный дом "
           "«Марьин заварной» and «Хреб Ржаной Край» (a typo for Хлеб; Fazer's rye loaf) taken as dark rye-wheat bread. «Хлеб "
           "зерновой, Ржаной Край» (grain bread; brand word is not the product), батоны, хлебцы, гренки/сухарики, rye flour "
           "and колбаса «Мясной дом Бородина» excluded"),
        ("яйца десяток с собой домой", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "hen eggs in packs of 10, any class (С1, СО, отборные); packs of 6 and 20, quail eggs, Kinder eggs, egg pasta and "
           "mayonnaise excluded"),
        ("масло слив. 82.5 пачка", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled exactly 82.5% (сладкосливочное, традиционное); 82% butter (Простоквашино in Магнит and Дикси, "
           "Президент кислосливочное) excluded because a written fat % must match exactly, 72.5% and chocolate butter 62% "
           "excluded; «пачка» is the ordinary pack"),
        ("творожок 2 шт", {
            "pyaterochka": ["3974885", "4000341", "4001848", "4001847", "4017719", "4037144", "4017709", "4001854", "4001853",
                            "4038850", "4038852", "4087611", "4007833", "3466203", "3687270", "3667315", "3667312", "3982579",
                            "3697380", "3697379", "3377514", "3379385", "3473938", "3697858", "3617778", "3634733", "3603638",
                            "3692659", "3692660", "3644387"],
            "magnit": ["168171"],
            "dixy": ["7bbf07ae5b"],
            "perekrestok": ["4216657", "4216658", "4331301", "4185866"],
        }, "«творожок» without a qualifier is ambiguous between cottage cheese (diminutive of творог) and the small spoonable "
           "curd products people call творожок, so both are accepted: plain and grained творог of any fat, children's "
           "(био)творог with fruit, Данон/Даниссимо «продукт творожный», Чудо «Творожок» and Чудо/Grand Duet «десерт "
           "творожный», Савушкин «паста творожная». Glazed сырки (Б.Ю. Александров, РАЭ «в/рож», Свитлогорье), творожный "
           "сыр (cream cheese), сырники, blini and pastries with curd, baby purées excluded; «2 шт» is a quantity"),
    ]),
    # 04 juice boxes for the party
    ("сок j7 апельсин 4 пачки, тарелочки одноразовые, трубочки для сока", [
        ("сок j7 апельсин 4 пачки", {
            "pyaterochka": ["3965623"],
            "magnit": ["204401"],
            "dixy": [],
            "perekrestok": ["3965623", "3190682"],
        }, "J7 orange juice of any size (0,3 l and 0,97 l; «4 пачки» is a quantity); J7 «апельсин-мандарин» nectar, other J7 "
           "juices and other brands' orange juices/nectars excluded"),
        ("тарелочки одноразовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "disposable plates: none in the offers; Say Cheese «Сырная тарелка» and disposable cups excluded"),
        ("трубочки для сока", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "drinking straws: none in the offers; Пятёрочка «Трубочки, со сгущенным молоком» (pastry) excluded"),
    ]),
    # 05 cake and tea
    ("наполеон торт большой\nчай гринфилд 100 пакетиков\nрафинад 1 пачка", [
        ("наполеон торт большой", {
            "pyaterochka": ["3695494", "4047688"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4325084", "4295622"],
        }, "whole Napoleon cakes (Мирэль 550 г, Русская Нива 400 г, Home Napoleon «Наполеон домашний» 500 г, Черёмушки 310 г); "
           "«большой» read as a whole cake, not a portion: Пятёрочка «Пирожное наполеон, 300 г» excluded; Home Napoleon "
           "«Медово-Сметанный» (brand word, another cake) and Черока «Коржи для торта Наполеон» excluded"),
        ("чай гринфилд 100 пакетиков", {
            "pyaterochka": ["3450276", "3378336"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Greenfield tea in packs of 100 bags (Spring Melody 100х1,5 г, Kenyan Sunrise 100х2 г); Greenfield packs of 20/25 "
           "bags (Redberry Crumble, Магнит Spring Melody 25 пак) and loose Greenfield (Earl Grey Fantasy, Spring Melody 100 г, "
           "Golden Ceylon) excluded"),
        ("рафинад 1 пачка", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "refined lump sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг» (outside knowledge: «прессованный» = рафинад "
           "cubes); Демерара cane sugar, powdered sugar, refined oils and «сахарное» cookies excluded"),
    ]),
    # 06 sweets and juice
    ("сок рич вишня, аленка шоколадка 2 шт, мармелад жевательный на всех, тульских пряников пару", [
        ("сок рич вишня", {
            "pyaterochka": ["3902703"],
            "magnit": ["105031"],
            "dixy": [],
            "perekrestok": ["4304864"],
        }, "Rich cherry drink of any size; Rich sells cherry only as a nectar (outside knowledge; no Rich cherry juice exists), "
           "so brand + fruit names this product and the nectar is accepted here, unlike generic «сок X» items; other Rich "
           "flavours, J7/Swell/IL PRIMO cherry nectars and apple-cherry juices excluded"),
        ("аленка шоколадка 2 шт", {
            "pyaterochka": ["3426468", "3601839"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Красный Октябрь «Аленка» milk chocolate bars (200 г and 15 г); АЛЕНКА gift assortments («Набор конд. изд.») excluded"),
        ("мармелад жевательный на всех", {
            "pyaterochka": ["3485963", "2108128", "3928270", "4074832", "3928269", "3635491", "3956458", "4065859", "3617730",
                            "3617424", "4027387", "3928315", "3928314", "3694097", "3627741"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chewing (gummy) marmalade of any brand incl. Свит Бокс gummy packs with a toy; chewy candies (Fruittella/Fruit-tel "
           "конфеты, Mamba, Skittles, Mentos), jelly marmalade (Белевский ассорти, Шарлиз, Махеевъ, Lucky Days, Natura — "
           "not stated chewy), «конфеты мармеладные» and chocolate with marmalade excluded; «на всех» is a purpose"),
        ("тульских пряников пару", {
            "pyaterochka": ["3971669"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Tula gingerbread: Пятёрочка «Пряники тульские ‹Тульский пряник›» 140 г; other пряники (классические, мятные, "
           "Lambertz, Tago, Коровка, мини-пряники) excluded; «пару» is a quantity"),
    ]),
    # 07 home dinner
    ("грудка куриная кило, гречка 2 пачки домой, огурцы свежие 1 кг, помидорчики полкило, сметанка 20% баночку", [
        ("грудка куриная кило", {
            "pyaterochka": ["2160026", "2160069", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160026", "3068079", "2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast or breast fillet, chilled (Первая свежесть, Петелинка, Троекурово, Зелёная Линия), incl. "
           "Петелинка «Филе цыплёнка малое» (inner breast fillet; «филе цыплёнка» taken as breast, as in set g); «кило» is "
           "the quantity. Cooked Зелёная Линия «Филе куриной грудки гриль/запеченное», turkey and duck breast, whole birds, "
           "thighs, drumsticks, pork «грудинка»/«грудка по-черкизовски» and «Шарики куриные» excluded"),
        ("гречка 2 пачки домой", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (Prosto «Крупа Гречневая»); Пятёрочка PROSTO «Рис и греча» (a mix), buckwheat flakes, "
           "buckwheat porridge/baby cereal, soba noodles, ready meals with buckwheat and «греческий» yoghurts excluded"),
        ("огурцы свежие 1 кг", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers incl. Перекрёсток fresh «Огурцы корнишоны, 300г» (sold among fresh vegetables); salted, pickled "
           "and marinated cucumbers (Меленъ, «Огурцы соленые, Корнишоны», Глобус, Скатерть-Самобранка, Дядя Ваня, Маркет "
           "бочковые), Магнит «Ассорти Черри и Корнишоны» (canned) and «Огуречная свежесть» shampoos excluded; «1 кг» is the quantity"),
        ("помидорчики полкило", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind incl. cherry, cocktail, plum, pink, on the vine; Магнит «Томаты соленые», tomato "
           "paste/juice/nectar, sauces and «Пепси Вайлд Черри» excluded; «полкило» is the quantity"),
        ("сметанка 20% баночку", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3664287", "4217906", "4121609", "3651188", "58101", "3293409",
                            "4349770", "3634033"],
        }, "sour cream labelled exactly 20% (incl. Parmalat Comfort lactose-free); 10/15/25/30% sour cream, cakes «Сметанник» / "
           "«Медово-Сметанный» and sour-cream-flavoured snacks excluded; «баночку» is the ordinary cup"),
    ]),
    # 08 coffee corner in the staff room
    ("коробку рафаэлло, якобс растворимый, сливки к кофе 10%", [
        ("коробку рафаэлло", {
            "pyaterochka": [],
            "magnit": ["167861"],
            "dixy": [],
            "perekrestok": ["18162"],
        }, "Raffaello candies 150 г boxes; nothing else matches"),
        ("якобс растворимый", {
            "pyaterochka": ["3684932", "3626060", "3626048", "3636926", "3636923", "3372172", "3488345", "3444962"],
            "magnit": ["106161", "205121", "106231"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs instant coffee of any line (Crema, Gold, Millicano «молотый в растворимом», Monarch incl. Intense, "
           "Velour; Магнит Monarch «сублимированный»); Jacobs Monarch beans and ground (incl. Barista Editions, MONARCH "
           "Lungo capsules) and other brands' instant coffee excluded"),
        ("сливки к кофе 10%", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "drinking cream labelled exactly 10% (Сарафаново «дет.», Домик в деревне 950 г, Молочный знак 500 мл); Parmalat 11%, "
           "20% and 33% cream, Mr. Сливкин dry creamer, Сопьо Крима substitute and «сливочные» products excluded; «к кофе» is a purpose"),
    ]),
    # 09 water, juice, cookies
    ("вода без газа 5 литров, нектар мультифрукт, печенье овсяное самое дешевое", [
        ("вода без газа 5 литров", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles: Малаховская №1 негазированная 5л; outside knowledge: Honey kid "
           "Черноголовская 5 л and Аквалайн «Для ляль» 5 л (children's drinking water) and Архыз «Легенда Гор» минеральная "
           "5 л are still although the titles do not say so. Smaller bottles, sparkling and medicinal waters excluded"),
        ("нектар мультифрукт", {
            "pyaterochka": ["26868"],
            "magnit": ["112401"],
            "dixy": [],
            "perekrestok": ["4395135"],
        }, "multi-fruit nectar: Фруктовый сад «Нектар мультифрукт» 1,93 л, Добрый «Нектар мультифруктовый»; Сады Придонья "
           "«Соки и нектары … мультифрукт, 1 л» taken as the multi-fruit nectar (outside knowledge; the title names both). "
           "The word written is the product, so multi-fruit juices (J7 «Сок Мультифрукт», Honey Kid, Добрый «Сок мультифрут», "
           "Фрутоняня), «мультиовощи», «сокосодержащие» drinks and citrus-mix nectars excluded"),
        ("печенье овсяное самое дешевое", {
            "pyaterochka": ["3639541", "3995521", "3995522", "3655049", "4050870", "3615356"],
            "magnit": ["106061", "106071"],
            "dixy": [],
            "perekrestok": [],
        }, "oatmeal cookies of any kind (classic, with chocolate, almond, Юбилейное овсяное, Хлебный спас, Любятово «Печ.овс.»); "
           "«самое дешевое» is a wish, not a filter; oat flakes, porridge, Velle oat products and mueslis excluded"),
    ]),
    # 10 sweets for the party
    ("зефир в шоколадной глазури, чупа чупсы 25 шт, салфетки цветные для праздника", [
        ("зефир в шоколадной глазури", {
            "pyaterochka": ["3406629", "3936545", "4086822", "3681284"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chocolate-glazed zefir: «в шоколадной глазури» 1 кг, «ЯГ.ПАРФЕ в тем.шок.»; outside knowledge: Шарлиз «Зефир "
           "глазированный ваниль» and белёвский «Зефир с ароматом ванили гл.» taken as chocolate-glazed. Unglazed zefir, "
           "marshmallows and pastila excluded"),
        ("чупа чупсы 25 шт", {
            "pyaterochka": ["59117"],
            "magnit": ["e18062a6bf"],
            "dixy": [],
            "perekrestok": ["33015", "4359005", "3505733", "4272130", "59117", "3690389", "4366036", "4276207", "17885",
                            "4354045", "2037567", "3690030", "4366035"],
        }, "Chupa Chups lollipops of any size/flavour/pack (singles, Mini, XXL, The Best Of, by weight); «25 шт» is the "
           "number wanted. Chupa Chups chocolate ball with toy and «Sour Tubes» chewing marmalade excluded"),
        ("салфетки цветные для праздника", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4429769", "4371757", "4429397", "4429400", "4310841", "4310840", "4397850"],
        }, "coloured/printed paper table napkins (Gratias Ёлка, Кот против ёлки, Подарки, Тройка, Ретро Зима, Паровозик; Art "
           "Bouquet decorative); white napkins (Gratias Home/белые, Пр!ст) and wet wipes excluded"),
    ]),
    # 11 dairy for home
    ("творог 9 процентов пару пачек, кефирчик 1% себе на вечер, бананчики домой, греческий йогурт не сладкий 2 шт", [
        ("творог 9 процентов пару пачек", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216658", "4185866"],
        }, "plain cottage cheese labelled exactly 9%; 0.1/0.5/3/4/5/5.5% творог, flavoured curd, сырки and cream cheese excluded"),
        ("кефирчик 1% себе на вечер", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir 1%: no kefir at all in the offers"),
        ("бананчики домой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas incl. mini and organic; dried bananas, banana-flavoured yoghurts/drinks/purées excluded"),
        ("греческий йогурт не сладкий 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain Greek yoghurt: Neo «без сахара», Зелёная Линия «натуральный»; outside knowledge: Teos «Греческий 2%» and "
           "Простоквашино «Греческий 2%» taken as plain/unsweetened. Greek yoghurts with fruit filling (Пятёрочка вишня, "
           "черника; Дикси Viola малина-мята), Сиртаки/Фетика cheeses excluded"),
    ]),
    # 12 tea with sushki
    ("сушек с маком к чаю, бараночки, черный листовой чай", [
        ("сушек с маком к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "сушки with poppy seed: none; Пятёрочка «Мини сушка Семейка Озби, ваниль» (no poppy) and «Баранки оригинал. с "
           "маком» (баранки are not сушки) excluded"),
        ("бараночки", {
            "pyaterochka": ["2041218"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "баранки of any kind: Пятёрочка «Баранки оригинал. с маком 350г»; сушки and рогалики excluded"),
        ("черный листовой чай", {
            "pyaterochka": ["3380948", "3694768", "3378317", "3473068", "3440336", "3691655", "3608792", "3472456", "30719",
                            "15495", "4062548", "3665387", "2042286", "3464992", "4079110", "3483632", "3439925", "3636930",
                            "3639871", "3639873", "3600180", "3452991", "4085553", "3378319"],
            "magnit": ["3784399dbf"],
            "dixy": [],
            "perekrestok": ["4199284"],
        }, "loose-leaf black tea of any brand, plain or flavoured, incl. gift tins (Richard, Twinings ж/б, Бета «Домик», "
           "Hilltop, Richard «Новогодняя игрушка», Майский «Новогодний шар»). Outside knowledge: packs given only by weight "
           "without a bag count (RICH Lord Grey 90 г, TESS «Плэжа» 200 г, Beta Mix Fruit 90 г) taken as loose, Twinings "
           "«Англ. завтрак»/«Эрл Грей» taken as black. Bagged tea, green/oolong tea, Бета «Елка с Медвежатами» (colour not "
           "stated) and iced-tea drinks excluded"),
    ]),
    # 13 pastries for the class
    ("пирожное картошка 6 шт, бисквитный рулетик 2 шт, сок персиковый, одноразовые вилки", [
        ("пирожное картошка 6 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the «картошка» pastry: none; ZENTIS «Картошка МАРЦИПАНОВАЯ» (marzipan sweet), Муравейные шарики, potatoes and "
           "potato chips excluded"),
        ("бисквитный рулетик 2 шт", {
            "pyaterochka": ["4019059"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065335", "26052"],
        }, "sweet sponge rolls; no title says «бисквитный». Outside knowledge: «Мини-рулет Рулик» (карамелизированное молоко) "
           "and Сдобная Особа «Рулет с лимоном»/«с шоколадной начинкой» taken as sponge rolls; Сдобная Особа «с маковой "
           "начинкой» excluded (a poppy-seed roll is normally yeast dough); meat and poultry rolls excluded"),
        ("сок персиковый", {
            "pyaterochka": [],
            "magnit": ["b19b709ea0"],
            "dixy": [],
            "perekrestok": ["4304863"],
        }, "single-fruit peach drink: Rich «Нектар Персиковый» / «персик с мякотью»; peach is sold only as a nectar (outside "
           "knowledge: no peach «сок» exists), so the peach nectar is accepted here although nectars are not accepted where "
           "a juice of the fruit exists. Добрый «персик/яблоко», J7 «Яблоко-Персик» (mixed), peach-flavoured soft drinks, "
           "yoghurts and purées excluded"),
        ("одноразовые вилки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "disposable forks: none in the offers; Ложкаревъ dumplings (name trap) excluded"),
    ]),
    # 14 household
    ("стиральный порошок автомат большую пачку, fairy для посуды побольше, губки кухонные штук 5, мусорные мешки 60 л рулон", [
        ("стиральный порошок автомат большую пачку", {
            "pyaterochka": ["3149485", "2087255", "3142962", "2161528", "2161508", "3023899", "2070686", "2155021"],
            "magnit": ["1000286457", "168231", "111621", "105881", "105891", "198901", "106541", "105941", "167921"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for automatic machines in large packs (2.4–6 kg); «большую пачку» excludes the small packs "
           "(Tide 400 г, Persil Колор 1,5 кг, BIOMIO 1500 г). Outside knowledge: Bimax 3 кг, Persil 3 кг, Биолан Color "
           "2400 г, ЛОСК Колор 2,7 кг and Tide Lenor Color 2,5 кг taken as «автомат» powders (titles do not say). Gels, "
           "liquids and capsules, cleaning powders (Пемолюкс, Comet) excluded"),
        ("fairy для посуды побольше", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "every Fairy dishwashing liquid (Нежные руки, Сочный лимон, Platinum; 430–900 мл); «побольше» is a wish, not a "
           "size filter; AOS, Sorti, BIASEPT, Unicum and dishwasher tablets excluded"),
        ("губки кухонные штук 5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges: none in the offers"),
        ("мусорные мешки 60 л рулон", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags of 60 l (BIG CITY LIFE «Пакеты д/мусора 60л 20шт»); МАГНИТ 35 л bags excluded by size, food bags excluded"),
    ]),
    # 15 sweets
    ("конфеты коровка полкило, ириски кис-кис 300 г, драже m&m's, печенье с шоколадной крошкой", [
        ("конфеты коровка полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Коровка» fudge candies: none; Коровка wafers and gingerbread, «Коровка из Кореновки» ice cream and chocolate "
           "paste, Весёлая коровка milk excluded (brand/name traps)"),
        ("ириски кис-кис 300 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Кис-кис» toffees: none; other toffees (Золотой ключик, Meller, Шарлиз «Сливочный»), Toffifee and «ириска» "
           "flavoured drinks excluded because the brand is written"),
        ("драже m&m's", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "M&M's dragées: none sold alone; M&M's gift sets (Наб. конд. изд., M&M's & Friends), M&M's chocolate bars «с "
           "разноцветным драже», cookies with M&Ms and other dragées (Skittles, Mentos, «Драже молочное») excluded"),
        ("печенье с шоколадной крошкой", {
            "pyaterochka": ["3995522", "4081844", "4074625", "3639099", "3646011", "3646010", "4061294", "4049049", "3906739",
                            "4049048"],
            "magnit": ["eebd013a3f"],
            "dixy": [],
            "perekrestok": ["4346896", "78036449", "78036450", "78036451"],
        }, "cookies with pieces of chocolate in the dough: «с кусочками (молочного) шоколада» (овсяное «Классическое», Милка, "
           "Bounty, Hellema, сдобное в глазури), New Yorkers «с темным/белым шоколадом», Milka Sensations, cookies with M&M's "
           "dragées; Перекрёсток bakery «Кукис Шоколадная Крошка»; outside knowledge: Магнит MILKA «Choco Cookie» and Перекрёсток «Кукис Три Шоколада»/«Кукис Двойной Шоколад» taken as cookies with chocolate chunks. Chocolate-covered or "
           "filled cookies without pieces (Милка покрытое, «с мол. нач.», Choco Moo, Choc & Choc, Twix, Oreo, Belvita), "
           "brownies and chocolate bars with cookie pieces excluded"),
    ]),
    # 16 sandwiches at home
    ("российский сыр кусок, докторская колбаса грамм 300, нарезной батон к чаю", [
        ("российский сыр кусок", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Российский cheese as a piece (Брест-Литовск 200 г брусок); «кусок» names the form, so Перекрёсток Зелёная Линия "
           "«Российский нарезка» (sliced) is excluded; other cheeses excluded"),
        ("докторская колбаса грамм 300", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289", "78001451",
                            "3033317", "4221913", "3639615", "3347584"],
        }, "Докторская boiled sausage of any brand and pack (sliced or whole, by weight); «грамм 300» is the quantity wanted; "
           "Докторские сардельки/сосиски and Black Monster «The Doctor» excluded"),
        ("нарезной батон к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "батон нарезной (Маркет, sliced); Пятёрочка «Батон ‹Звездный› нар» excluded (another loaf; «нар» may mean sliced), "
           "батончики and sweet buns excluded; «к чаю» is a purpose"),
    ]),
    # 17 tea in the staff room
    ("чай lipton, лимончик к чаю для учительской, медку баночку небольшую", [
        ("чай lipton", {
            "pyaterochka": ["3982372", "3424384", "4042419", "11200"],
            "magnit": ["206041"],
            "dixy": [],
            "perekrestok": [],
        }, "every Lipton tea (Yellow Label, Earl Grey, «Баланс и спокойствие», green Magnificent Matcha); Lipton ready iced-tea "
           "drinks (Ice Tea, «Холодный чай») excluded as another product"),
        ("лимончик к чаю для учительской", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh lemons: none; Магнит «Лайм, 1 кг» (another fruit), lemon-flavoured goods, lemonades and Halls excluded"),
        ("медку баночку небольшую", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural honey in small jars (Медовый дом 320 г и 250 г); крем-мёд «с лимоном и имбирём»/«с малиной» (honey with "
           "fillers), чак-чак, honey cakes and honey-flavoured goods excluded"),
    ]),
    # 18 drinks and popcorn for the class
    ("лимонад буратино 2 бутылки, фанта 1.5, попкорн 3 пачки для класса", [
        ("лимонад буратино 2 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Буратино» lemonade: none; Черноголовка «Лимонад», Байкал, Дюшес, Тархун and «Имбирный лимонад» excluded (the "
           "variety is written)"),
        ("фанта 1.5", {
            "pyaterochka": [],
            "magnit": ["198961"],
            "dixy": [],
            "perekrestok": [],
        }, "Fanta without a flavour = the classic orange Fanta, in 1.5 l (the size names the bottle): Магнит «Fanta, "
           "апельсин, 1,5 л»; Fanta груша 1.5 l, цитрус 1.5 l, Магнит Fanta 2 l and 0.9 l bottles excluded"),
        ("попкорн 3 пачки для класса", {
            "pyaterochka": ["3656255", "4061096", "3468688"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "popcorn: MIXBAR ready popcorn (сладко-солёный 50 г, «Карамель» 250 г) and MIXBAR microwave popcorn 100 г; "
           "Kinocorn candies «со вкусом попкорна» and chocolate with popcorn excluded"),
    ]),
    # 19 borscht at home
    ("картошки 3 кг на неделю, морковь на борщ, репчатый лук сетку, свеколки пару на борщ, капусты кочан на борщ", [
        ("картошки 3 кг на неделю", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind/pack (новый урожай, для варки/жарки, красный, мытый, молодой); «3 кг» is the quantity; "
           "chips, «картофель хрустящий», starch, dumplings and purées excluded"),
        ("морковь на борщ", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (мытая); Korean-style carrot salads, carrot nectar/juice, sauerkraut with carrot and baby purées excluded"),
        ("репчатый лук сетку", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012", "4272905"],
        }, "bulb onions of any colour (репчатый белый/красный, Ялтинский, «Светофор» set of 3, «Лук салатный»); «сетку» is "
           "the quantity/pack, not a filter. Shallots, green onions and herb sets excluded"),
        ("свеколки пару на борщ", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (мытая); beet salads and vegetable juices excluded"),
        ("капусты кочан на борщ", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «Капуста белокочанная ранняя»); Chinese cabbage, broccoli, cauliflower salad, "
           "sauerkraut and seaweed salad excluded"),
    ]),
    # 20 sweets for the class
    ("торт вафельный в класс, крекеры рыбки 3 пачки, печенье топленое молоко", [
        ("торт вафельный в класс", {
            "pyaterochka": ["3982417", "4019202"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wafer cakes: Бабаевская «Белочка» торт вафельный 250 г and «Тортики вафельные Отломи» ассорти 250 г; loose "
           "wafers, wafer sheets for cakes and other cakes excluded; «в класс» is a purpose"),
        ("крекеры рыбки 3 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fish-shaped crackers: none; TUC, «Забавные животные» (animal shapes) and seed crackers excluded"),
        ("печенье топленое молоко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cookies «Топлёное молоко»: none; Коровка and Зерница wafers «топлёное молоко», сырцовые пряники «С ароматом "
           "Топленое молоко», baked milk and cheese «Топленое молочко» excluded"),
    ]),
    # 21 a treat for every pupil
    ("киндер шоколад 25 шт, сок детский маленький 0.2, соломинки", [
        ("киндер шоколад 25 шт", {
            "pyaterochka": ["3408080"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17333", "3448606", "3447877"],
        }, "Kinder Chocolate bars (с молочной начинкой 100/150 г, Макси, со злаками); «25 шт» is the number wanted. Kinder "
           "Surprise/Joy eggs, Kinder figures (Дед Мороз, Сюрприз фигурный), Schoko-Bons, Mini/Maxi Mix sets and Kinder "
           "Land soda excluded"),
        ("сок детский маленький 0.2", {
            "pyaterochka": ["3637415", "3684253", "3684252", "3684254"],
            "magnit": ["666fe2f86c", "eef4bdbf61", "ca4384782b", "159931"],
            "dixy": [],
            "perekrestok": [],
        }, "children's juice in 0.2 l packs (Добрый «с 6 мес.», Honey Kid 200 мл, Агуша 200 мл, Фрутоняня 0,2 л); the size "
           "is written, so 0.125 l (Сады Придонья), 0.3 l (J7), 1 l children's juices and Агуша «вода+сок» 300 мл excluded"),
        ("соломинки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "drinking straws: none in the offers; «соломка» snacks (tuna, vobla, squid, chechil) excluded"),
    ]),
    # 22 pasta dinner
    ("макарошки 2 пачки, говяжий фарш грамм 500, томатной пасты баночку маленькую, сыр тертый", [
        ("макарошки 2 пачки", {
            "pyaterochka": ["18497", "18460", "18453", "18463", "3438663", "3438670", "3687625", "4075778", "4075782", "4008044",
                            "4072891", "4072894", "4077766", "4077767", "4077771", "4008046", "4008047", "4008045", "4037645",
                            "4037644", "4037652", "4037654", "4037666", "94424"],
            "magnit": ["214631", "167851", "199251"],
            "dixy": [],
            "perekrestok": [],
        }, "dry pasta of any shape (вермишель, перья, спагетти, спиральки, бантики, пружинки, свитки, звёздочки, фарфалле, "
           "ракушки, улитки, капеллини, пенне); instant noodles, лагман-лапша, фунчоза, soba, pasta kits with sauce, ready "
           "pasta dishes and chechil «спагетти» excluded"),
        ("говяжий фарш грамм 500", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef mince (Рестория, Останкино, Мираторг «говяжий»); «грамм 500» is the quantity. Mixed mince (Самсон "
           "«Домашний», Мираторг свино-говяжий, Ближние горки «Деревенский» — meat not stated), pork (Магнит), turkey and "
           "chicken mince, stuffed olives excluded"),
        ("томатной пасты баночку маленькую", {
            "pyaterochka": ["84652", "3486033"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste in a small pack: Помидорка 250 мл, Heinz 310 г; «маленькую» excludes the larger Помидорка 480 мл and "
           "Махеевъ «Паста домашняя томат.» 500 г; ketchups and sauces excluded"),
        ("сыр тертый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4111694", "3963977", "3433812", "3498368"],
        }, "grated cheese of any kind (моцарелла, пармезан incl. «тёртый хлопья», голландский); block and sliced cheese excluded"),
    ]),
    # 23 cat and bathroom
    ("корм для кошки сухой, наполнитель, жидкое мыло запаску", [
        ("корм для кошки сухой", {
            "pyaterochka": ["3691531", "3455947"],
            "magnit": ["baa5749d3a", "854cad46ea", "2871c38926", "c42755d5d4"],
            "dixy": [],
            "perekrestok": [],
        }, "dry food for adult cats: Perfect Fit «сух», Дарлинг «сух»; outside knowledge: Purina One «Корм сух. кур/цел. злак» "
           "750 г (species not stated; the dog line says «соб») and Purina One «для кошек, индейка, 1,5 кг» taken as dry cat "
           "food. Wet food, kitten food, Dreamies treats and dog food excluded"),
        ("наполнитель", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cat litter: none in the offers; products «с фруктовым наполнителем» and крем-мёд «с наполнителями» excluded"),
        ("жидкое мыло запаску", {
            "pyaterochka": [],
            "magnit": ["1aeb42ebee"],
            "dixy": [],
            "perekrestok": [],
        }, "liquid hand soap: AURA «Мыло жидкое … 500мл» accepted although «запаску» (refill pack) cannot be checked — the "
           "title does not say bottle or refill; bar soaps (Safeguard, Dove, Camay, Fax) and the Palmolive gift set excluded"),
    ]),
    # 24 for herself
    ("кофе зерновой 1 пачка, шоколад горький 70 процентов плитку, яблочки кг", [
        ("кофе зерновой 1 пачка", {
            "pyaterochka": ["3472968", "3689955", "75495", "45169", "2073687", "3607729", "3608097", "3153783", "3086387",
                            "3434095", "2100060", "3691657", "3649043", "3431276"],
            "magnit": ["ac8c4bac09", "042657fbf1", "275856ead6", "160171", "105001", "065ccd9ec9"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted coffee beans of any brand/size («зер.», «в зернах», «зерновой», «зерно»); Магнит ready drinks «Кофе "
           "Американо/Капучино/Латте … зерновой 300мл» (cups of brewed coffee), ground and instant coffee excluded"),
        ("шоколад горький 70 процентов плитку", {
            "pyaterochka": ["4024458", "4053995"],
            "magnit": ["11ee50093d"],
            "dixy": [],
            "perekrestok": [],
        }, "dark chocolate bars of 70%: Коркунов 70%, Магнит ALPEN GOLD Bitter 70%; outside knowledge: Пятёрочка «Шоколад "
           "горький Alpen Gold, 80г» is the same 70% bar (Магнит states 70%). Бабаевский 75%, Merci 72%, O'Zera 55% and "
           "Bitter (no %), Коммунарка горький с апельсином (no %), Золотая марка «Дуэт в горьком 70%» (a two-layer bar, "
           "not plain dark chocolate — outside knowledge) and flavoured dark bars excluded"),
        ("яблочки кг", {
            "pyaterochka": ["4271772"],
            "magnit": ["200671", "168861"],
            "dixy": [],
            "perekrestok": ["3366336", "3691532", "47795"],
        }, "fresh apples of any variety; apple juices, purées, jelly and apple-flavoured goods excluded; «кг» is the quantity"),
    ]),
    # 25 birthday in class
    ("медовик в класс, свечи на торт 10 шт, мандаринки кг 2 детям, салфетки для стола", [
        ("медовик в класс", {
            "pyaterochka": ["3985854", "4475"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3002948", "4325083"],
        }, "honey cake: Черёмушки «Медовик», Пятёрочка «Торт слоеный Медовик 70г/шт» (single portions; «в класс» is a "
           "purpose, not a size), У Палыча «Медовый»; outside knowledge: Home Napoleon «Медово-Сметанный» taken as a "
           "medovik. Черёмушки «Персидская Ночь с … мёдом», «Бабушкин Сметанник», honey itself excluded"),
        ("свечи на торт 10 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cake candles: none in the offers"),
        ("мандаринки кг 2 детям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins of any origin (incl. «с листом»); multi-citrus juices/nectars, mandarin-flavoured yoghurts and "
           "lollipops excluded; «кг 2», «детям» are quantity/purpose"),
        ("салфетки для стола", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4429769", "4371757", "4429397", "4429400", "4310841", "4250543", "4310840", "4250535", "4299678",
                            "4397850"],
        }, "paper table napkins, white or printed (Gratias, Пр!ст, Art Bouquet); wet wipes, paper towels, handkerchiefs, "
           "panty liners and Big City Life «Салфетки в рулоне» (cleaning cloths) excluded"),
    ]),
]


def check_blind(lists):
    """Every list text must equal the blind draft, apart from the items recorded in REPLACED."""
    blind = []
    with open(BLIND, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("fwx"):
                blind.append(json.loads(line.split("\t", 1)[1]))
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, ((text, _items), draft) in enumerate(zip(lists, blind), 1):
        if n in REPLACED:
            old, new = REPLACED[n]
            if old not in draft:
                errors.append("fwx%02d: replaced item %r not in the blind draft" % (n, old))
            draft = draft.replace(old, new, 1)
        if text != draft:
            errors.append("fwx%02d: text differs from the blind draft" % n)
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fwx"))
