#!/usr/bin/env python3
"""Re-create fresh_basket_eval_uw.jsonl -- 25 shopping lists pasted from a family group chat (мама, папа and the two
children вика and тёма each add items, write «мне», «и мне», «+1», and sometimes correct or cancel an earlier item),
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_uw.build.py

LISTS below is literal data: 25 lists (3-4 items) as pasted to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_uw.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Chat corrections: every item is labelled with what the household finally wants.  An item the chat later corrects
(«не лучше 2 пачки», «не 2.5 возьмите», «не лучше молотый», «яйца только с0») is labelled with the corrected
product, and so is the correcting line; «+1» / «и мне» lines are labelled like the item they repeat.  Only an item
the chat cancels («молоко отбой дома есть», «колбасу не надо», «вместо риса макароны», «нет лучше сок апельсиновый»,
«отбой сыр не надо») stays in the list as written but is labelled missing in every store, and so is the cancelling
line itself when it asks for nothing; the notes say so.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item has a
note, the labels are exactly the list's items in order (an item is the text between commas / new lines) -- and
writes the JSONL; labelled_lists.stats prints the counts.  List ids are fuw01, fuw02, ... in LISTS order; every list
is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_uw.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_uw.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none were
REPLACED = []

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}

# Labels shared by an item and the chat line that repeats («+1», «и мне») or corrects it (literal data, used twice).
LAYS_SOUR_CREAM_ONION = {
    "pyaterochka": ["3453318", "4069903"],
    "magnit": ["198921"],
    "dixy": [],
    "perekrestok": [],
}
BUTTER_82 = {
    "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367"],
    "magnit": ["199211"],
    "dixy": ["3620233da6"],
    "perekrestok": [],
}
GREEK_YOGHURT_PLAIN = {
    "pyaterochka": [],
    "magnit": [],
    "dixy": [],
    "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
}
LAVAZZA_GROUND = {
    "pyaterochka": ["72110"],
    "magnit": [],
    "dixy": [],
    "perekrestok": [],
}
EGGS_C0_TEN = {
    "pyaterochka": ["3620510"],
    "magnit": [],
    "dixy": [],
    "perekrestok": ["3062835", "44323", "3634491"],
}
ESKIMO = {
    "pyaterochka": ["4047712", "3926883", "3940931"],
    "magnit": ["ddb32be15c", "388962e3d1", "214721"],
    "dixy": [],
    "perekrestok": ["4311103"],
}
MILKA_NUTS = {
    "pyaterochka": ["3681277", "3468711", "3468708", "3468710", "4024593"],
    "magnit": ["c91d6a24a7", "1000149245"],
    "dixy": [],
    "perekrestok": ["4353876"],
}
ORANGE_JUICE = {
    "pyaterochka": ["84794", "3965623"],
    "magnit": ["204401"],
    "dixy": [],
    "perekrestok": ["3965623", "3190682"],
}
PASTA = {
    "pyaterochka": ["18497", "18460", "18453", "18463", "3438666", "3687625", "4075778", "4075782", "4008044",
                    "4072891", "4072894", "4077766", "4077767", "4077771", "4008046", "4008047", "4008045", "4037645",
                    "4037644", "4037652", "4037654", "4037666", "94424", "3438663", "3438670"],
    "magnit": ["214631", "167851", "199251"],
    "dixy": [],
    "perekrestok": [],
}
SOUR_CREAM_ANY = {
    "pyaterochka": ["3665624", "3664287"],
    "magnit": ["de14617e33", "199001"],
    "dixy": [],
    "perekrestok": ["4272205", "4314536", "4314537", "3478958", "3444929", "4262697", "4262694", "3665624", "4335470",
                    "3664287", "3665625", "4217907", "4217906", "4121592", "4121609", "4431124", "3651188", "58101",
                    "3293409", "4095525", "4349770", "4287503", "3634033"],
}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 молоко отменили
    ("мама: молоко 3.2% две штуки, хлеба черного еще\nтёма: мне киндер сюрприз\nмама: молоко отбой дома есть", [
        ("мама: молоко 3.2% две штуки", NONE,
         "CANCELLED by the chat («мама: молоко отбой дома есть»): the household finally wants no milk, so missing in every "
         "store although 3.2% milk is on sale (Дикси Весёлая коровка 3,2%, Пятёрочка, Перекрёсток)"),
        ("хлеба черного еще", {
            "pyaterochka": ["3480920", "3500217"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "black (rye-containing) bread: «Хлеб Ржано-пшеничный, Даниловский, 300 г» and Коломенское «Хлеб Даниловский» 275 г "
           "(taken as the same rye-wheat Даниловский loaf - outside knowledge); «Хлеб Марьин, заварной» and the two Ржаной Край "
           "breads («Хлеб зерновой», «Хреб Ржаной Край») left out - the titles do not say rye and a brand name is not a "
           "type; батон, хлебцы (incl. ЩЕДРЫЕ «бородинские»), гренки/сухарики «ржаные», rye flour, Колбаса Бородинская and "
           "МД Бородина excluded; «еще» is a quantity"),
        ("тёма: мне киндер сюрприз", {
            "pyaterochka": ["3353042", "3353040", "3688901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Kinder Surprise: the 20 g egg (Christmas edition), the 100 g Surprise Maxi egg and «KINDER Шок.СЮРПРИЗ фигур.мол.с "
           "игр.36г» (a Kinder Surprise chocolate figure with a toy - accepted as the same surprise product); Kinder Joy "
           "(Магнит, a different product), Kinder Chocolate/Maxi/Schoko-Bons, Kinder MINI/MAXI MIX assortments and the Kinder "
           "Land drink excluded"),
        ("мама: молоко отбой дома есть", NONE,
         "the cancelling line (milk is at home): asks for nothing; the milk it cancels is labelled missing too"),
    ]),
    # L02 чипсы +1, пиво
    ("вика: чипсы лейс сметана и лук\nтёма: +1\nпапа: пиво жигулевское 4 банки, кириешек пару пачек", [
        ("вика: чипсы лейс сметана и лук", LAYS_SOUR_CREAM_ONION,
         "Lay's potato chips with the sour cream and onion flavour (Магнит «Lays, со вкусом сметаны и лука» 225 г, Пятёрочка "
         "«LAYS Чипсы СМЕТАНА И ЛУК» 225 г and Lay's Stax «Нежная Сметана и лук» - Stax is a Lay's line); the flavour is "
         "required: Lay's «сметана и зелень», «зелёный лук», краб, сыр, паприка, икра excluded; other brands with sour cream "
         "and onion (Русская Картошка, Krack, LAVA LAVA) and the gin «Вайт Лейс» excluded"),
        ("тёма: +1", LAYS_SOUR_CREAM_ONION,
         "«+1» repeats the line before: the household wants a second pack of Lay's sour cream and onion; labelled like it"),
        ("папа: пиво жигулевское 4 банки", NONE,
         "no Жигулёвское beer in any chain (grepped жигул/zhig); other lagers (Балтика, Amstel, Старый Мельник …) are other "
         "brands and are not accepted for a named brand; «4 банки» is a quantity"),
        ("кириешек пару пачек", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons of any flavour and pack (КДВ 40 г and 100 г); other croutons (Три корочки, Хрусteam, Клины …) are "
           "other brands; «пару пачек» is a quantity"),
    ]),
    # L03 масло: 2 пачки, сметана, творог
    ("мама: масло сливочное 82% пачку\nпапа: не лучше 2 пачки\nмама: сметана 20 процентов, творог 5% для запеканки", [
        ("мама: масло сливочное 82% пачку", BUTTER_82,
         "butter 82% (82,5% counts as 82), any pack: Простоквашино 82% (Дикси, Магнит), Президент кислосливочное 82%, "
         "«Традиционное» 82,5% 175 г, «СЛАДКО-СЛИВОЧНОЕ ТРАДИЦИОННОЕ» 82,5% 380 г, Вкуснотеево 82,5% 400 г, Тысяча озёр 82,5%; "
         "Брест-Литовск 72,5%, chocolate butter 62%, spreads and everything «со сливочным маслом» excluded; the chat only "
         "raises the count to 2 packs («не лучше 2 пачки»), a quantity, so the product is unchanged"),
        ("папа: не лучше 2 пачки", BUTTER_82,
         "correction of the line before (2 packs instead of 1): what the household finally wants from it is the same 82% "
         "butter, labelled like it"),
        ("мама: сметана 20 процентов", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3664287", "4217906", "4121609", "3651188", "58101", "3293409",
                            "4349770", "3634033"],
        }, "sour cream 20% of any brand and pack, incl. Parmalat Comfort lactose-free 20% and Вкуснотеево 20% (found on the "
           "re-check: hidden by an exclusion word «вкус» in the first grep); 10/15/25/30% and Магнит's 15% creams, "
           "cakes «Сметанник»/«Медово-Сметанный» and sour-cream-flavoured snacks excluded"),
        ("творог 5% для запеканки", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese 5% (Село Зелёное 5% 500 г, Молочный знак 5% 180 г); «для запеканки» is a purpose; Домик в "
           "деревне «мягкий» 5,5% (fat differs), Савушкин «101 ЗЕРНО+СЛ.» 5% with blackcurrant/strawberry and Данон «Творог "
           "зерненый в йогурте» with fruit (flavoured), Дикси Брест-Литовск 3%, 0.5%/9% curds, curd desserts and сырники "
           "excluded"),
    ]),
    # L04 греческий йогурт «и мне», бананы, яблоки
    ("вика: йогурт греческий\nпапа: и мне\nмама: бананы кило, яблоки зеленые для пирога", [
        ("вика: йогурт греческий", GREEK_YOGHURT_PLAIN,
         "plain Greek yoghurt: Neo «классический без сахара» 2%, Teos «Греческий» 2% 140/250 г, Простоквашино «Греческий» 2% "
         "135/235 г, Зелёная Линия «натуральный» 4%; flavoured Greek yoghurts (Пятёрочка «Греческий» with cherry / "
         "blueberry filling, Дикси Viola «Греческий Малина-Мята») excluded as plain products exclude flavoured ones; Сиртаки, "
         "Фетика and other yoghurts excluded"),
        ("папа: и мне", GREEK_YOGHURT_PLAIN,
         "«и мне» repeats the line before: another plain Greek yoghurt, labelled like it"),
        ("мама: бананы кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (loose, packed, mini bananas, Зелёная Линия Organic banana); «кило» is a quantity; dried bananas, "
           "banana sweets, purees, drinks and mueslis excluded"),
        ("яблоки зеленые для пирога", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh green apples: Магнит «Яблоки Гренни Смит» (a green variety - outside knowledge); the colour is required, so "
           "red apples (Магнит «красные», Пятёрочка Ред Делишес), Гала and Медовый хруст (red/yellow) and Перекрёсток «Яблоки "
           "сезонные» (colour not stated) excluded; «для пирога» is a purpose; juices, purees, chips and apple-flavoured goods "
           "excluded"),
    ]),
    # L05 кофе: в зёрнах -> молотый
    ("папа: кофе lavazza в зернах\nпапа: не лучше молотый\nтёма: мне сок добрый яблочный, вафельки какие-нибудь", [
        ("папа: кофе lavazza в зернах", LAVAZZA_GROUND,
         "CORRECTED by the chat: the same writer then asks for ground coffee instead («не лучше молотый»), so the household "
         "finally wants ground Lavazza: Пятёрочка «LAVAZZA Кофе QUALITA ORO мол.» 250 г; the Lavazza beans (Пятёрочка "
         "QUALITA ORO зерно 250 г and 1 кг, Магнит «Квалита Оро … зерно») are what the line says but no longer what is wanted, "
         "and are excluded; other brands excluded"),
        ("папа: не лучше молотый", LAVAZZA_GROUND,
         "the correcting line: ground Lavazza coffee (brand from the line before), labelled like it; beans excluded"),
        ("тёма: мне сок добрый яблочный", {
            "pyaterochka": [],
            "magnit": ["0f2cae24db"],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый apple juice (Магнит 0,3 л); Добрый nectars «Деревенские/Фермерские яблочки», «персик/яблоко» and mixed "
           "nectars excluded (a nectar is not juice), as are Добрый cola, lemonades and морсы and apple juices of other brands"),
        ("вафельки какие-нибудь", {
            "pyaterochka": ["3668255", "3668256", "3687458", "3687534", "3418863", "3257371", "3939083", "3948437", "3607404",
                            "3673372", "3607414", "3141421", "2126636", "3908663", "3908665", "4036375", "4090303", "3432952",
                            "3983254"],
            "magnit": ["9b5bb8a58d", "f55f44c954", "2a32ffe31d", "7d5a68f794", "01fb3ade65", "29989b90ed"],
            "dixy": [],
            "perekrestok": [],
        }, "wafers of any kind, filling and glaze (Яшкино, Коломенское, Коровка, Зерница, Аладушкин, VARNA, Вертушка-Весна, "
           "Хrust&go, single wafer bars incl. Milka «вафли … покрытые молочным шоколадом» 30 г); «какие-нибудь» = any; wafer "
           "sheets for cakes (Toreno «для торта»), wafer cakes (Бабаевская Белочка «Торт вафельный», «Тортики вафельные "
           "Отломи»), KitKat and other chocolate bars with wafer, wafer sweets, ice cream in wafer cones and the Milka gift "
           "set excluded"),
    ]),
    # L06 рис отменили -> макароны
    ("мама: фарш на котлеты кило подешевле, лука репчатого пару кило\nпапа: рис круглый\nмама: вместо риса макароны возьми", [
        ("мама: фарш на котлеты кило подешевле", {
            "pyaterochka": ["3398465", "3205754", "4065830", "3681614", "3673806", "3629402", "3652704", "3447375"],
            "magnit": ["199571"],
            "dixy": [],
            "perekrestok": [],
        }, "raw minced meat of any kind, since no meat was named (pork, beef, pork-beef «домашний», Самсон «Домашний», Ближние "
           "горки «Деревенский», turkey Пава Пава, Петелинка «Премиум» chicken mince); «на котлеты», «кило», «подешевле» are "
           "purpose, quantity and wish; ready cutlets, stuffed olives («фарш.»), pelmeni excluded"),
        ("лука репчатого пару кило", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012"],
        }, "fresh bulb onions of any colour (репчатый red/white, the «Светофор» 3-onion pack, Ялтинский red bulb onion); «пару "
           "кило» is a quantity; green onion, herb mixes with onion, shallots (Лук Шалот - another onion) and Перекрёсток «Лук "
           "салатный» (type not stated) excluded; pickled onions (FEDERICI «Луковки»), onion-flavoured snacks excluded"),
        ("папа: рис круглый", NONE,
         "CANCELLED by the chat («вместо риса макароны возьми»): the household finally wants pasta instead of rice, so missing "
         "in every store although round rice is on sale (Магнит Увелка «круглый», Мистраль «круглый»)"),
        ("мама: вместо риса макароны возьми", PASTA,
         "pasta instead of the cancelled rice: any dry pasta shape (спагетти, перья, спирали, рожки, ракушки, улитки, "
         "фарфалле, вермишель incl. egg «вермишель/звездочки для супчика», Barilla, Makfa, Federici, La Molisana облачка, and La Molisana «Изд.макар.» бантики / пружинки found on the re-check); instant "
         "noodles (Роллтон, «Изделия макаронные быстрого приготовления»), udon, soba, funchoza, lagman noodles, pasta kits "
         "(«Набор для приготовления Паста Карбонара/Портобелло»), ready pasta dishes, macaron cakes and chechil «спагетти» "
         "excluded; no dry pasta at Перекрёсток"),
    ]),
    # L07 кот, наполнитель, бумага
    ("вика: корм для кота вискас пакетики\nтёма: и наполнитель для лотка\nмама: туалетная бумага зева 8 рулонов", [
        ("вика: корм для кота вискас пакетики", {
            "pyaterochka": ["4087104", "4089560"],
            "magnit": ["205991", "109231"],
            "dixy": [],
            "perekrestok": [],
        }, "Whiskas wet food in 85 g pouches for adult cats (Магнит «желе, индейка», «с говядиной, мини-филе»; Пятёрочка "
           "«Праздничное меню» индейка / утка - titled «консервированный», taken as pouches: Whiskas 85 g wet food is sold in "
           "pouches, outside knowledge); Whiskas «для котят» left out (food for kittens, not «для кота»); Dreamies treats and "
           "other brands excluded"),
        ("тёма: и наполнитель для лотка", NONE,
         "no cat litter in any chain (grepped наполнит, лоток, комкующ, силикагел, древесн): the «наполнитель» titles are "
         "yoghurts and ice creams with fruit filling"),
        ("мама: туалетная бумага зева 8 рулонов", {
            "pyaterochka": ["4059050", "3900558"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Zewa toilet paper in packs of 8 rolls (Zewa Deluxe 3-ply 8 рул., Zewa Just 1 4-ply 8 рул.); «8 рулонов» names the "
           "pack and is respected: Zewa Plus 12 rolls (Магнит, Пятёрочка) and Zewa Just 1 4 rolls excluded; Zewa moist toilet "
           "paper, Zewa paper towels and other brands (Papia, Familia) excluded"),
    ]),
    # L08 пельмени
    ("папа: пельмени сибирская коллекция\nтёма: мне пельмешки с курицей\nмама: майонез махеев провансаль, сосиськи молочные", [
        ("папа: пельмени сибирская коллекция", {
            "pyaterochka": ["3985043", "3693417", "3693418", "3693405", "3671957"],
            "magnit": ["4907605c6d", "111711"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "pelmeni of the brand Сибирская коллекция, any variety (Особые на сливках, Фирменные, Сочные, Телячьи, "
           "Новосибирские, «4 вида мяса»; titles spelled «Sибирская»/«SИБИРСКАЯ»/«СИБИР.КОЛЛЕК.»); other brands (Мираторг, "
           "Цезарь, Ложкаревъ, Стародворье …) excluded"),
        ("тёма: мне пельмешки с курицей", NONE,
         "no chicken pelmeni in any chain; Магнит Сибирская коллекция «Сочные, говядина/курица/свинина» is a three-meat "
         "pelmeni, not chicken ones, and is left out (judgement); pelmeni with beef, pork, veal or «4 вида мяса» excluded"),
        ("мама: майонез махеев провансаль", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2047206"],
        }, "Махеевъ Провансаль mayonnaise (Перекрёсток «Провансаль с лимонным соком» 67% 400 мл); Махеевъ «С перепелиным "
           "яйцом» (not Провансаль), Махеевъ «Соус ЦЕЗАРЬ майонезный», ketchups and jams of the brand, and Провансаль of other "
           "brands (Ряба, Слобода, Скит, Московский Провансаль) excluded"),
        ("сосиськи молочные", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«сосиськи» is a hurried «сосиски»: Молочные frankfurters (Магнит 0,33 и 0,65 кг, Пятёрочка Велком); Сливочные, "
           "Детям, Венские, Баварские, Докторские, Филейные and other varieties and sardelki excluded"),
    ]),
    # L09 гречка, яйца только С0
    ("мама: гречка пару пачек, десяток яиц тоже\nвика: мне хлебцы\nмама: яйца только с0", [
        ("мама: гречка пару пачек", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (Магнит «Крупа Гречневая Prosto» 500 г); «пару пачек» is a quantity; buckwheat flakes, soba, "
           "baby porridge, the PROSTO rice-and-buckwheat mix, ready buckwheat dishes and kits excluded"),
        ("десяток яиц тоже", EGGS_C0_TEN,
         "CORRECTED by the chat («яйца только с0»): the household finally wants a pack of 10 С0 (отборные) eggs: Окское СО "
         "10шт, Роскар Экстра СО 10шт, Маркет Перекрёсток СО 10шт, Пятёрочка Волжское Утро «отборные» 10 шт; С1 eggs (Окское, "
         "Село Зелёное, Маркет, Зелёная Линия), the 20-egg С1 pack, the 6-egg «отборной категории» pack (not a десяток) and "
         "quail eggs excluded"),
        ("вика: мне хлебцы", {
            "pyaterochka": ["3195740", "3497592", "3692903"],
            "magnit": ["a652ba460f", "8c18d20df8"],
            "dixy": [],
            "perekrestok": [],
        }, "plain crispbread (хлебцы) of any grain: Магнит пшеничные, ржано-пшеничные «Образ жизни»; Пятёрочка Dr.Korner «Злаковый "
           "коктейль», ЩЕДРЫЕ «5 злаков с семенами льна», ЩЕДРЫЕ «тонкие бородинские»; flavoured ones excluded (ECO-BOTANICA "
           "with hard cheese / Provence herbs, Dr.Korner caramel and Provence herbs, Croisette with Provence herbs); bread, "
           "croutons excluded"),
        ("мама: яйца только с0", EGGS_C0_TEN,
         "the correcting line: eggs of class С0 («с0» = СО = отборные), in the десяток asked for before; labelled like the "
         "corrected item"),
    ]),
    # L10 эскимо +1, квас, семечки
    ("тёма: мне мороженое эскимо\nвика: +1\nпапа: квас очаковский 2 литра, семечек пачку", [
        ("тёма: мне мороженое эскимо", ESKIMO,
         "ice cream on a stick in glaze (эскимо) of any flavour: Milka эскимо (Магнит, Пятёрочка), Магнат эскимо (шоколад/трюфель, "
         "манго-красные ягоды), MAXIDUO «эскимо вафельный микс», Молочный Знак «Эскимо пломбир»; cups, cones, bricks, tubs and "
         "ice creams whose titles do not say the form (Как раньше 70 г, Радуга 90 г) excluded"),
        ("вика: +1", ESKIMO, "«+1» repeats the line before: a second эскимо, labelled like it"),
        ("папа: квас очаковский 2 литра", NONE,
         "no kvass in any chain (grepped квас/очаков); «капуста квашеная» is not kvass"),
        ("семечек пачку", {
            "pyaterochka": ["3669122", "3135484", "3453003", "3695680", "3403508", "3630849", "3613320"],
            "magnit": ["2cc5876614", "1000229533", "104971"],
            "dixy": [],
            "perekrestok": [],
        }, "sunflower seeds (семечки without a qualifier = sunflower - outside knowledge), roasted, salted or shelled (Бабкины, "
           "От Мартина отборные/особые, Богучарские очищенные, Молодежный, от Атамана); pumpkin seeds (Бабкины тыквенные, От "
           "Мартина тыквы) and От Мартина peanuts excluded; «пачку» is a quantity"),
    ]),
    # L11 кефир 1% -> 2.5%
    ("мама: кефир 1%\nмама: не 2.5 возьмите\nпапа: батон нарезной, сыра российского полкило", [
        ("мама: кефир 1%", NONE,
         "CORRECTED by the chat («не 2.5 возьмите»): the household finally wants kefir 2.5%; there is no kefir at all in any "
         "chain, so missing everywhere"),
        ("мама: не 2.5 возьмите", NONE,
         "the correcting line: kefir 2.5% (product from the line before); no kefir in any chain; 2.5% milk is not kefir"),
        ("папа: батон нарезной", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white батон нарезной: Маркет Перекрёсток «Батон Нарезной нарезка» 400 г and Хлебный Дом «Батон "
           "\"Звездный\"нар» 350 г («нар» read as нарезной - abbreviation); chocolate/cereal «батончики», the marzipan "
           "«Буханка», rye breads and buns excluded"),
        ("сыра российского полкило", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese (Брест-Литовск «российский» 50% 200 г, Зелёная Линия «Сыр Российский нарезка» 50%); «полкило» "
           "is a quantity; other semi-hard cheeses (Голландский, Белебеевский, Костромской, Тысяча озёр …), Российский "
           "cognac/champagne/chocolate and сервелат «российский» excluded"),
    ]),
    # L12 гигиена
    ("вика: шампунь для окрашенных волос\nмама: зубная паста colgate\nпапа: гель для бритья получше", [
        ("вика: шампунь для окрашенных волос", {
            "pyaterochka": ["3506089"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "shampoo for coloured hair: L'Oréal Elseve «Шамп-уход ЭКСП.ЦВЕТ.» (Эксперт Цвета, the Elseve line for coloured hair "
           "- outside knowledge for the abbreviation); shampoos for other hair needs (volume, repair, anti-dandruff, men, 3-in-1), "
           "Gliss Kur «в ассортименте» (variant not stated) and dry shampoo excluded"),
        ("мама: зубная паста colgate", {
            "pyaterochka": ["3605411", "3605412"],
            "magnit": ["0b75d29d19"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate toothpaste of any variant (Магнит «Кальций-Ремин» 100 мл, Пятёрочка «ЗП Colgate Total 12» отбеливание / "
           "«чистка гель»); Colgate toothbrushes (Зиг Заг, «З/щетка»), Colgate Plax mouthwash and other brands' pastes excluded"),
        ("папа: гель для бритья получше", {
            "pyaterochka": ["3622213", "3668800"],
            "magnit": ["160121"],
            "dixy": [],
            "perekrestok": [],
        }, "shaving gel of any brand (Gillette Mach3 гель 200 мл, NIVEA MEN «Защита и Уход» гель 200 мл, NIVEA «Гель MEN ULTRA "
           "чер.д/бр.» = for shaving); «получше» is a wish; shaving foams (Arko), razors, cartridges and shower gels excluded"),
    ]),
    # L13 завтрак
    ("тёма: хлопья несквик\nвика: мне мюсли без сахара\nмама: геркулес овсяный", [
        ("тёма: хлопья несквик", {
            "pyaterochka": ["3434742", "4072647", "3363325", "3368535", "3926616"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik ready breakfast cereals of any shape (Завтрак ШОКОЛАДНЫЙ 250 г, Алфавит, ДУО, the 700 г «Nesquick» pack, "
           "BananaCrush pillows) - «хлопья несквик» is the usual name for them; Nesquik cocoa drinks, chocolate and sweets, "
           "Nestlé Gold flakes and other cereals excluded"),
        ("вика: мне мюсли без сахара", NONE,
         "no muesli whose title says «без сахара» in any chain; AXA honey mueslis, Kellogg's Extra with chocolate, Matti and "
         "ОГО mueslis (with fruit, sweetened or not stated) and muesli cookies / yoghurts excluded - the wish «без сахара» names "
         "a different product"),
        ("мама: геркулес овсяный", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oat flakes: Клинские «Геркулес» 500 г and Увелка «Хлопья зерн.овсян.трад.» 400 г (traditional thick flakes, "
           "i.e. геркулес - outside knowledge); flavoured instant oat porridges (Быстров, Ясно Солнышко, Heinz), oat bran, "
           "oat cookies, oat «продукт» Велле and buckwheat/rice flakes excluded"),
    ]),
    # L14 колбасу отменили
    ("папа: колбаса докторская 300 г\nмама: колбасу не надо\nмама: курица целая, картохи 3 кило на неделю", [
        ("папа: колбаса докторская 300 г", NONE,
         "CANCELLED by the chat («колбасу не надо»): missing in every store although Докторская is on sale (МД Бородина at "
         "Пятёрочка and Перекрёсток)"),
        ("мама: колбасу не надо", NONE,
         "the cancelling line: asks for nothing; the sausage it cancels is labelled missing too"),
        ("мама: курица целая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4252168", "4214722"],
        }, "a whole raw chicken: Дикси «Цыпленок-бройлер охлажденный, 1 кг» (a whole broiler sold by weight - outside knowledge), "
           "Перекрёсток «Тушка цыплёнка» 1 сорт / Петелинка / An-noor Халяль / Зелёная Линия «на зерновом откорме» (found on the "
           "re-check: hidden by an exclusion word «корм») and Зелёная Линия «Цыплёнок корнишон»; chicken "
           "parts (грудка, бедро, голень, филе), duckling, canned chicken, ready meals and baby purees excluded"),
        ("картохи 3 кило на неделю", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "«картоха» = potatoes: fresh potatoes of any kind and pack (молодой, Новый урожай, для варки/жарки 3 кг, красный, "
           "мытый); «3 кило на неделю» is a quantity and purpose; potato starch, crisps, the marzipan «Картошка», herring «к "
           "картошке» and potato dishes excluded"),
    ]),
    # L15 милка «и мне», чай, печенье
    ("вика: шоколадка милка с орехом\nтёма: и мне\nмама: чай гринфилд, юбилейное печенье к чайку", [
        ("вика: шоколадка милка с орехом", MILKA_NUTS,
         "a Milka chocolate bar with nuts: hazelnut (с фундуком / с цельным фундуком, with hazelnut paste and crushed "
         "hazelnut, the 300 г bar with milk-caramel filling and roasted hazelnut) and whole almonds (nuts - «с орехом» names no "
         "kind); Milka bars without nuts, the peanut-caramel-rice-cornflake bar (a medley, not «с орехом» - judgement), the "
         "egg-shaped figure, Milka sweets with nut filling (candies, not a bar), cookies, wafers and gift sets excluded"),
        ("тёма: и мне", MILKA_NUTS, "«и мне» repeats the line before: another Milka bar with nuts, labelled like it"),
        ("мама: чай гринфилд", {
            "pyaterochka": ["3464992", "3378336", "3378319"],
            "magnit": ["217b3d7466"],
            "dixy": [],
            "perekrestok": [],
        }, "Greenfield tea of any variant and form (Spring Melody bags 25 пак and 100 г, Kenyan Sunrise 100×2 г, Golden Ceylon "
           "loose 200 г): a brand with the product word accepts every tea of the brand; other brands excluded"),
        ("юбилейное печенье к чайку", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049", "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "Юбилейное cookies of any variety (традиционное, молочное/витаминизированное с глазурью, ореховое, земляничное, "
           "со вкусом шоколада, клюква, черника, овсяное, постное, с цельнозерновыми злаками); «к чайку» is a purpose; "
           "Юбилейное mini-cakes (Мини-кексы - not cookies), Julius Meinl «ЮБИЛЕЙНЫЙ» coffee and Останкино «Юбилейная» "
           "sausage excluded"),
    ]),
    # L16 салат
    ("мама: помидорки черри, огурцов штуки три\nпапа: и укропчику пучок\nвика: моцарела для салата", [
        ("мама: помидорки черри", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841"],
            "dixy": [],
            "perekrestok": ["3676649", "4188460", "3673307"],
        }, "fresh cherry tomatoes of any colour and shape (на ветке, сливовидные, Медовые красные/оранжевые); cocktail tomatoes "
           "(Магнит «коктейльные» - larger, not cherry), other tomatoes, Магнит «Ассорти Черри и Корнишоны, 500 г» (a jar of "
           "preserved vegetables - outside knowledge), ketchup «с помидорами черри» and Pepsi «Wild Cherry» excluded"),
        ("огурцов штуки три", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers of any kind (короткоплодные, среднеплодные, Ботаника, «Хрустящие» 450 г and «корнишоны» 300 г "
           "packs in the fresh-vegetable department - taken as fresh, outside knowledge); «штуки три» is a quantity; pickled "
           "«Пикули», the Магнит «Ассорти Черри и Корнишоны» jar, cucumber cosmetics and cheeses «с огурцами» excluded"),
        ("папа: и укропчику пучок", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill (Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh, 100г» - found on the re-check: "
           "hidden by an exclusion word «зеленый»); «пучок» is a unit; dried dill, herb mixes with dill (Перекрёсток «Ассорти "
           "свежие петрушка-укроп-лук», «Набор зелени Лук, Укроп и Петрушка» - not dill alone), parsley and herring «с "
           "укропом» excluded"),
        ("вика: моцарела для салата", {
            "pyaterochka": ["3669895", "3433594", "3976999"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4418717", "4111694", "15105", "3025963", "4078445", "3433594", "3453245", "4263132", "4263131",
                            "4121963", "4121964", "4050804", "4377381", "4377387", "3432218", "3432217", "3480834",
                            "3958444"],
        }, "«моцарела» is a hurried «моцарелла»: mozzarella of any form (balls, mini, чильеджина, Фиор ди латте, blocks «для "
           "бутербродов/сэндвичей» and «для пиццы» / «Моцарелла Пицца», sticks, grated, lactose-free, protein); «для салата» is "
           "a purpose, not a filter; Galbani «Сыр плавленый ломтевой «Моцарелла»» (processed cheese), burrata and other "
           "cheeses excluded"),
    ]),
    # L17 пиво: Балтика 7 -> Хайнекен
    ("папа: пиво балтика 7\nпапа: не лучше хайнекен\nмама: минералка без газа 1.5л, лимончик еще один", [
        ("папа: пиво балтика 7", NONE,
         "CORRECTED by the chat: the same writer then asks for Heineken instead («не лучше хайнекен»); there is no Heineken "
         "in any chain, so missing everywhere although Магнит sells «Пиво Балтика № 7» 1,35 л (no longer wanted)"),
        ("папа: не лучше хайнекен", NONE,
         "the correcting line: Heineken beer (grepped heinek/хайнек/хайник), absent in every chain; other beers are other "
         "brands"),
        ("мама: минералка без газа 1.5л", {
            "pyaterochka": ["2139858", "3630602"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3020", "3966336"],
        }, "still mineral water in 1.5 l bottles: Пилигрим «минеральная, без газа», Evian «минеральная столовая негазированная», "
           "Архыз «Легенда Гор» / «Горная» негазированная (a natural mineral table water - the chain's other Архыз titles say "
           "«минеральная»; outside knowledge); the size names the bottle: 0.5/0.75/1/5 l excluded; sparkling waters, and "
           "«питьевая» (non-mineral) waters (Святой источник, Сенежская, Малаховская, Шишкин лес) excluded - «минералка» read as "
           "mineral water"),
        ("лимончик еще один", NONE,
         "no fresh lemons in any chain (grepped лимон); lime, lemon-flavoured drinks, sweets and cleaners are other products"),
    ]),
    # L18 малыш
    ("мама: подгузники pampers 4\nмама: влажные салфетки\nвика: прокладки олвейс ночные", [
        ("мама: подгузники pampers 4", {
            "pyaterochka": ["3159433"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers tape diapers size 4 (Пятёрочка «РAM.Подг.ACTIVE BABY DRY р4 70шт»); Pampers pants size 4 / Maxi "
           "(«Подг-тр.PREM.CARE … р4», «Трусики-подгузники Pampers, Maxi») are pants, not the diapers written, and are "
           "excluded (judgement); Pampers sizes 3, 5, 6, Huggies and Kokoro excluded"),
        ("мама: влажные салфетки", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "3917869", "3697052", "4166484"],
        }, "wet wipes of any kind (universal, antibacterial, antiseptic, cosmetic, for newborns); dry paper napkins, Carefree "
           "panty liners («Салфетки PLUS LARGE ежедн.»), Zewa moist toilet paper and roll towels excluded"),
        ("вика: прокладки олвейс ночные", {
            "pyaterochka": ["3424970"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Always night pads («ALW.Прокл.ULT.NIGH.» = Always Ultra Night); Kotex and Libresse pads excluded (other brands)"),
    ]),
    # L19 кола отменили -> сок
    ("тёма: кола 2 литра\nмама: нет лучше сок апельсиновый\nпапа: пицца замороженая, кетчуп к пицце", [
        ("тёма: кола 2 литра", NONE,
         "CANCELLED by the chat («нет лучше сок апельсиновый»: mother vetoes the cola and asks for orange juice instead), so "
         "missing in every store"),
        ("мама: нет лучше сок апельсиновый", ORANGE_JUICE,
         "the replacing line: orange juice of any brand and size (J7 апельсиновый 0,97 л, J7 «Апельсиновый с мякотью» 0,3/0,97 "
         "л incl. the Пятёрочка children's J7, SWELL «Сок Апельсин» 0,75 л); orange nectars (Добрый, Любимый, Rich, J7 "
         "апельсин-мандарин), mixed juices and «сокосодержащие» drinks, Mirinda, «Фреш Апельсин» and fresh oranges excluded"),
        ("папа: пицца замороженая", {
            "pyaterochka": ["3693580", "3607265"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«замороженая» is a hurried «замороженная»: frozen pizza (Рестория «Пицца ассорти» 350 г in the frozen category; "
           "Цезарь «Пицца с ветчиной и грибами» 420 г - Цезарь pizzas are frozen, outside knowledge); Чебупицца (a filled "
           "snack, not a pizza), pizza-flavoured croutons and crackers and mozzarella «для пиццы» excluded"),
        ("кетчуп к пицце", {
            "pyaterochka": ["4066625", "4066624", "3631091", "3383950", "3625404", "3610602", "4044938", "3941585", "3673189",
                            "3673190", "4086400"],
            "magnit": ["213621", "203141", "665b5b224d", "aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "ketchup of any brand and variety (томатный, шашлычный, чили, с горчицей, с чесноком, с помидорами черри - all "
           "ketchups; «к пицце» is a purpose); Heinz sauces (Cherry, Salsa, сырный, кисло-сладкий …), tomato paste and ketchup-"
           "flavoured snacks excluded; no ketchup at Перекрёсток"),
    ]),
    # L20 уборка
    ("мама: порошок для стирки автомат самый дешевый\nпапа: губки для посуды\nвика: мне ватные диски", [
        ("мама: порошок для стирки автомат самый дешевый", {
            "pyaterochka": ["3149485", "2087255", "3688912", "3418106", "3951189", "3142962", "2161528", "2161508", "3023899",
                            "2070686", "2155021"],
            "magnit": ["262159b924", "168231", "111621", "105881", "105891", "198901", "106541", "105941", "167921",
                       "1000286457", "50ee5ea8b5"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry powder for automatic machines: powders whose titles say «автомат»/«авт.» and powders in packs of 1.5 kg or "
           "more (Persil, Bimax, Биолан, BioMio, Ariel, Лоск, Tide Lenor) - hand-wash powders are sold in small packs, so the "
           "big packs are taken as automatic (outside knowledge); «самый дешевый» is a wish; the form «порошок» is required: "
           "gels, liquids and capsules excluded, as are cleaning powders (Comet, Пемолюкс) and cocoa/coffee «порошок»"),
        ("папа: губки для посуды", NONE, "no dish sponges in any chain (grepped губк)"),
        ("вика: мне ватные диски", NONE, "no cotton pads in any chain (grepped ватн/диск)"),
    ]),
    # L21 борщ
    ("мама: на борщ свекла 2 шт, капусту белую\nпапа: говядина на кости для бульона\nмама: сметанку не забудьте", [
        ("мама: на борщ свекла 2 шт", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (Магнит «Свекла мытая» 1 кг, Перекрёсток «Свекла мытая фасованная» 1 кг); «2 шт» is a quantity and "
           "«на борщ» a purpose; beet salads and vegetable juices excluded"),
        ("капусту белую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «Капуста белокочанная ранняя, 1 кг»); sauerkraut (квашеная), Chinese cabbage («Капуста "
           "китайская»), broccoli, cauliflower salad, seaweed salad and baby purees excluded"),
        ("папа: говядина на кости для бульона", NONE,
         "no beef on the bone in any chain; «на кости» is a form and is required: boneless beef (Магнит «Лопаточная часть "
         "говядины, без кости», Мираторг «Мякоть бедра», steaks), Пятёрочка «говядина шейная часть» (bone not stated), tongue, "
         "pork on the bone, stewed beef, broth cubes and холодец excluded"),
        ("мама: сметанку не забудьте", SOUR_CREAM_ANY,
         "«сметанка» = sour cream of any fat and brand (10-30%, incl. lactose-free Parmalat/Простоквашино and Зелёная Линия "
         "«термостатная» 10%); sour-cream-flavoured snacks, cakes and the «сметанный» sauce excluded"),
    ]),
    # L22 растишка: 2 -> 4
    ("тёма: мне растишку 2 штуки\nвика: не 4 я тоже буду\nмама: хлеб бородинский, селедочка к картошке", [
        ("тёма: мне растишку 2 штуки", NONE,
         "«растишка» = the Растишка children's dairy dessert (yoghurt/творожок); the only Растишка products on sale are "
         "fruit purees for babies (Пятёрочка «Растишка Пюре из груш и яблок», «смеси фруктов», «яблок и банана с творогом "
         "и сливками») - another product (judgement); the chat raises the count to 4, a quantity"),
        ("вика: не 4 я тоже буду", NONE,
         "the correcting line (4 instead of 2, one for вика too): the same Растишка dairy dessert, absent everywhere; labelled "
         "like the line it corrects"),
        ("мама: хлеб бородинский", NONE,
         "no Бородинский bread in any chain; ЩЕДРЫЕ «Хлебцы тонкие бородинские», Магнит «Колбаса Бородинская» and the "
         "brand «Мясной Дом Бородина» are traps; other rye breads are not Бородинский"),
        ("селедочка к картошке", {
            "pyaterochka": ["3637884", "4043492", "3497722", "3638123", "3697250", "3603143", "3603144", "3682728", "3626055"],
            "magnit": ["29793287b9", "8f5e5b9485", "ee295ae8a7", "3068665d37", "112371", "214601"],
            "dixy": [],
            "perekrestok": ["3504605", "4056953", "3621742", "3497722", "3637884", "79542", "4360965", "4364450", "4034451",
                            "4367699", "4367712", "4147685", "4364448", "4225103"],
        }, "salted herring: whole, fillet or pieces, in oil, brine or «заливка» of the traditional salting, also with dill or "
           "onion in oil (Vici «К картошке», Русское море «Селёдочка к картошке», Матиас, «по-царски», Царская, Меридиан, "
           "Балтийский берег, Fish House специального посола); herring in wine or other marinades and sauces (Меридиан "
           "«красно-винной заливке», Русское Море «Исландка» бело-/красновинная, Раптика «по ис. … в пр.з.» and «в с.вик.»), "
           "Матиас «с ароматом дыма», Золотая Fishka «По-шведски» assortment (flavoured preparations), herring roe, «Сельдь "
           "под шубой» and celery excluded"),
    ]),
    # L23 блины
    ("мама: мука для блинов, молока 2.5% пакет\nвика: сгущенка\nпапа: и варенье клубничное", [
        ("мама: мука для блинов", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "3231328", "8065"],
        }, "wheat flour for pancakes (no «блинная мука» mix is on sale; ordinary wheat flour is what the purpose needs): Makfa "
           "в/с 1 and 2 кг, «Мука Пшеничная» 2 кг, Пышечка в/с 2 кг, Рязаночка «ПШЕНИЧНАЯ ЭКСТРА» 2 кг; whole-grain "
           "(цельносмолотая), durum «крупка», rye and rice flour excluded as other flours"),
        ("молока 2.5% пакет", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700", "af8570f806",
                            "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243",
                            "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "drinking cow milk 2.5% of any brand, pasteurised/UHT/sterilised, incl. children's Сарафаново 2.5% (as in "
           "real_basket_eval); «пакет» is read as a unit, not a filter (so the 0.2 l Вкуснотеево carton, the Зелёная Линия "
           "PET bottle and Можайское 450 ml are in); other fats (1.5, 3.2, 3.4-6 %), goat milk, flavoured milk (Чудо клубника, "
           "Barista лесной орех) and condensed milk excluded"),
        ("вика: сгущенка", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "sweetened condensed milk (Алексеевское «цельное с сахаром» 8,5% in tins and doy-pack); boiled condensed milk "
           "(Рогачев «вареное», «Егорка» вареное - варёнка is another product), sweets, wafers, croissants and cakes with "
           "сгущёнка excluded"),
        ("папа: и варенье клубничное", {
            "pyaterochka": [],
            "magnit": ["82bf2ad868"],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry варенье (Вологодское варенье клубничное 370 г); варенье is not джем, so strawberry jams (Махеевъ «клубника», "
           "«КЛУБНИЧНЫЙ») are excluded, as are raspberry/blueberry/walnut варенье and strawberry-filled pastries"),
    ]),
    # L24 рыба
    ("папа: форель или семга на стейки\nмама: рис длиннозерный\nтёма: мне наггетсы", [
        ("папа: форель или семга на стейки", {
            "pyaterochka": ["3907658"],
            "magnit": ["199401", "168371"],
            "dixy": [],
            "perekrestok": ["4379796", "4410128", "4340995"],
        }, "raw (chilled or frozen) trout or salmon to cook: trout steaks (POLAR, Люди Любят, «Форель замороженная стейк»), "
           "Люди Любят raw trout fillet-piece, Магнит «Стейк из лосося» and «Тушка лосося» (лосось without a qualifier taken as "
           "сёмга / Atlantic salmon - outside knowledge); «на стейки» is a purpose; salted, smoked and «слабосолёная» trout and "
           "сёмга, caviar, salmon soup sets (heads/tails) and salads excluded"),
        ("мама: рис длиннозерный", {
            "pyaterochka": ["39747", "5722"],
            "magnit": ["448fba0b94", "7936bf2f6b"],
            "dixy": [],
            "perekrestok": [],
        }, "long-grain rice: Националь «Лазер длиннозерный», Мистраль «Жасмин … длиннозерный», and basmati (Националь, Мистраль - "
           "a long-grain rice, outside knowledge); round and medium rice (Увелка круглый, Мистраль «для плова … круглый», "
           "Адриатика, Кубань), rice «для плова» whose grain is not stated, brown and wild-rice mixes and rice porridges "
           "excluded"),
        ("тёма: мне наггетсы", {
            "pyaterochka": ["3683201", "4057693"],
            "magnit": ["167971", "109401", "199041"],
            "dixy": [],
            "perekrestok": [],
        }, "nuggets of any brand and meat (chicken Вязанка, Золотой петушок, Мираторг, CHIKON; Вязанка turkey nuggets); "
           "Мираторг «Хрумпилсы» (another product name), the Гурмикс breading mix for nuggets and chicken cutlets excluded"),
    ]),
    # L25 сыр отменили
    ("вика: сыр плавленый hochland\nвика: отбой сыр не надо\nтёма: мне жвачку орбит\nмама: сок томатный литр", [
        ("вика: сыр плавленый hochland", NONE,
         "CANCELLED by the chat («отбой сыр не надо»), so missing in every store (Hochland processed cheese is sold at "
         "Пятёрочка)"),
        ("вика: отбой сыр не надо", NONE,
         "the cancelling line: asks for nothing; the cheese it cancels is labelled missing too"),
        ("тёма: мне жвачку орбит", {
            "pyaterochka": ["3499538"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Orbit chewing gum (Пятёрочка ORBIT «Белоснежный Bubblemint» драже); Dirol, Eclipse, Five, Mentos gums and Chupa "
           "Chups lollipops with gum excluded (other brands)"),
        ("мама: сок томатный литр", {
            "pyaterochka": [],
            "magnit": ["b3901ed97f", "204641", "205971"],
            "dixy": [],
            "perekrestok": ["3196547", "3498246", "14125"],
        }, "tomato juice in 1-litre cartons (1 l and the usual 0.95/0.97 l litre packs - judgement): Rich 1 л, Дары Кубани 1 л, "
           "Фруктовый сад 0,95 л, J7 970 мл, Santal «с солью» 1 л, Сады Придонья for children 1 л; «литр» names the pack, so "
           "Сады Придонья 2 л is excluded; Добрый «Нектар томатный», Любимый «Нектар спелый томат», mixed vegetable juices "
           "(!DEAS томатно-огуречный) and fresh tomatoes excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fuwNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fuw\d\d ===$", line):
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
                    errors.append("fuw%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fuw%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fuw"))
