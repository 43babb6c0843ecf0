#!/usr/bin/env python3
"""Re-create fresh_basket_eval_td.jsonl -- 25 shopping lists pasted from notes apps and chats with decoration
(numbering «1)» / «2.», bullets «- » «• » «* », check marks ✅ ☑️ ✔️, food emoji before or instead of a word, «!!!»,
a hashtag and header lines such as «Список на субботу:»), hand-labelled against the real offers in
real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_td.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_td.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  A header line on its own line («Список на субботу:», «Закупка на
неделю:», «Для блинов:», «На борщ:») is an item of its own under the shared item rule (text between commas / new
lines); it is not a product, so it is labelled empty in every store.  The labels were made without reading or
running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftd01, ftd02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_td.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_td.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none was needed
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 numbered «1)» weekday staples
    ("1) молоко 3.2% 2 пакета\n2) хлебушек белый\n3) яйца с0 десяток\n4) масло сливочное 82.5 подешевле", [
        ("1) молоко 3.2% 2 пакета", {
            "pyaterochka": ["2144368"],
            "magnit": ["1000122658", "1000049786", "1000127183", "1000139951", "1000172272", "1000244834",
                      "1000323041", "1000445488", "1000553875", "1051242645", "1059990140", "1812450001",
                      "1899800825", "8000026014", "8000026015", "8000058295", "8000081425", "18ca387556",
                      "4aff59ccac", "be3e0e74c3"],
            "dixy": ["10J0077073", "2000066819", "2000238271", "2000509793", "2000557212", "2000560951",
                    "2000594992", "2000600213"],
            "perekrestok": ["3668699", "3668953", "4162259"],
        }, "drinking cow milk of exactly 3.2 % fat, any pack and heat treatment, incl. children's drinking milk (Агуша, "
           "Тема, Аммм lactose-free «с 8 месяцев», Зелёная Линия «для детского питания с 8 месяцев» - the real_basket_eval "
           "convention) and 200 ml packs; «1)» is numbering, «2 пакета» a quantity; ranges 3.2-4 % / 3.2-6 %, топлёное, Му-у"
           " «Для капучино» (as in set g), 3.4-6 % отборное, 3.5 % Parmalat, kefir, milkshakes and Чудо «мол.3,2%» cocktails"
           " excluded"),
        ("2) хлебушек белый", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d", "643727af2a", "67f076fea4"],
            "dixy": [],
            "perekrestok": ["2065120", "4329401", "3680023", "4102687", "4329402", "4157283", "4264947", "78011178",
                           "4318510", "78020935", "49457"],
        }, "white (wheat) bread loaves incl. plain white батоны (нарезной, молочный, новый, к завтраку/утренний, plain "
           "«Батон»), wheat toast bread and горчичный bread (wheat, высший сорт - outside knowledge for the Перекрёсток "
           "«Хлеб/Батон Горчичный» titles that do not say пшеничный) and Перекрёсток «Хлеб Французский» (a white wheat loaf "
           "- outside knowledge); rye and rye-wheat breads (Бородинский, Дарницкий, Столичный, Измайловский…), bran, grain, "
           "cereal toast, raisin, tea bread (Чайный), ciabatta, baguettes, buns and titles that do not show the bread is "
           "white (Советский, Сельский, формовой, Крестьянский Пр!ст, Бабушкин, Боярский, Монж, на кефире) excluded; no "
           "bread in Пятёрочка/Дикси"),
        ("3) яйца с0 десяток", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "2047000014", "1a8d487cea"],
            "dixy": ["2000212529", "2000269325", "2000284425", "2000326489", "2000601652"],
            "perekrestok": ["2131762", "3182853", "3356111", "3392204", "3421287", "3432532", "3914040", "4012802",
                           "4168688", "4201192", "4201194", "4236458", "4337164", "4352464", "4364349", "4085790"],
        }, "chicken eggs of category С0 (= СО = «отборные», as in set g) in packs of 10 («десяток» = packs of 10 only); С1, "
           "С2, СВ/«высшей категории», packs of 6/15/20/30 and quail eggs excluded"),
        ("4) масло сливочное 82.5 подешевле", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642",
                      "1000458136", "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad",
                      "6b22928df7", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791",
                    "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                           "3628337", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749",
                           "4055506", "4135603", "4196090", "4260609", "4292462", "4310021", "4343792", "86149",
                           "3699369", "4113532", "4175276"],
        }, "butter of exactly 82.5 % fat (сливочное / сладко-сливочное, salted or not, incl. lactose-free), any pack; 82 % "
           "(Arla, JALO KERMA, President, Молочный знак, Киприно), 72.5 % Крестьянское and 62 % chocolate butter excluded; "
           "«подешевле» is a wish, not a filter"),
    ]),
    # L02 fruit/vegetable emoji
    ("🍌 бананы кило\n🍏 яблоки зеленые\n🥒 огурчики\n🍅 помидоры розовые", [
        ("🍌 бананы кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (loose, single banana, organic «Био», red bananas - a banana variety, nothing was required); "
           "«кило» is a quantity; plantains «для жарки», dried/вяленые bananas, banana purees, desserts and flavoured "
           "products excluded"),
        ("🍏 яблоки зеленые", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664", "4194478", "4152180", "4047567", "3171926"],
        }, "fresh green apples: Гренни Смит, «Яблоки зелёные» (loose and packed) and Симиренко (a green variety - outside "
           "knowledge); yellow Голден/Гольден, Муцу (yellow-green), red varieties, «Яблоки Органика Зелёная Линия» (Зелёная "
           "Линия is a brand, the colour is not stated) and apples of unstated colour (Кубанские, Садовые, Черноземья, "
           "ранние, Премиера) excluded"),
        ("🥒 огурчики", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072",
                           "2131726"],
        }, "fresh cucumbers (smooth, spiny, long, short, Бакинские, packed); «огурчики» next to fruit and tomato emoji is "
           "fresh produce; Дикси «Огурцы корнишоны, в упаковке, 300 г» and Перекрёсток «Огурцы Хрустящие» taken as fresh (as"
           " in set vy); pickled, salted, marinated cucumbers and gherkins in jars, assorted jars excluded"),
        ("🍅 помидоры розовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465", "4377073"],
        }, "fresh pink tomatoes (titles saying розовые) and Перекрёсток «Томаты Махитос Азербайджан» (Махитос is a pink-"
           "fruited hybrid - outside knowledge); red, yellow, cherry, Кумато, Бычье сердце (colour not stated), Голубая "
           "Леди, Панамера, Дагестан, азербайджанские and Фермерские of unstated colour, marinated/salted tomatoes excluded"),
    ]),
    # L03 header line + «- » bullets, Saturday mince and pasta
    ("Список на субботу:\n- фарш говяжий 1 кг\n- макароны рожки\n- сыр тертый для пасты", [
        ("Список на субботу:", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "header line of the pasted note, not a product: nothing in any store is acceptable for it"),
        ("- фарш говяжий 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "minced beef (any pack, loose included); «1 кг» reads as the quantity wanted; mixed «Домашний»/«деревенский» "
           "mince, pork, turkey and pollock mince, люля-кебаб excluded"),
        ("- макароны рожки", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "367d4ecfc8", "f20a2d2027"],
            "dixy": ["2000575212", "2000544352", "2000005384", "2000005385", "2000572794"],
            "perekrestok": ["4340660", "4328907", "82772", "3435299", "4273871", "4199587"],
        }, "dry pasta of the рожки (elbow) shape: рожки/рожок, рожок-полубублик, витой рожок, Роллтон «Рожки с оливковым "
           "маслом» (plain dry pasta) and Maltagliati «Chifferini Rigati» (chifferi = elbow macaroni - outside knowledge); "
           "other shapes, Pipe Rigate (snail shape «улитки»), Бакалейщики «Рожок Малютка с томатами и шпинатом» "
           "(coloured/flavoured) and ice cream «рожки» excluded"),
        ("- сыр тертый для пасты", {
            "pyaterochka": [],
            "magnit": ["1000471929", "b10071458c", "8000027253", "1000526832"],
            "dixy": [],
            "perekrestok": ["4345021", "3496419", "4300784", "4271631"],
        }, "grated cheese of any kind (тёртый пармезан, «микс 4 сыра», «Три сыра», Голландский); «тертый» is a form the user"
           " wrote, so blocks and slices are excluded; «для пасты» is a purpose; Магнит's cream cheese «из пармезана с "
           "гриссини» excluded"),
    ]),
    # L04 check marks ✅ ☑️, notes-app capitals
    ("✅ Яйца куриные\n☑️ Сыр гауда\n✅ Кефир 1%\n☑️ Творог 5% пару пачек", [
        ("✅ Яйца куриные", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007",
                      "2047000014", "2047000033", "3454700001", "8000092349", "1a8d487cea", "44e0856421", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325",
                    "2000284425", "2000326489", "2000588991", "2000596671", "2000601112", "2000601652"],
            "perekrestok": ["2109474", "2109476", "2131762", "2131763", "3001671", "3062838", "3182853", "3182856",
                           "3303858", "3355250", "3356111", "3392204", "3421287", "3432532", "3624328", "3914040",
                           "3950938", "4012802", "4076991", "4085791", "4085792", "4088955", "4168688", "4201192",
                           "4201194", "4236458", "4263543", "4322003", "4337164", "4339427", "4352464", "4364349",
                           "4085790", "4229222"],
        }, "chicken eggs of any category and pack (6-30); a check mark is decoration; quail eggs, liquid egg "
           "white/yolk/melange, Kinder and other chocolate eggs («Яйцо Kinder Сюрприз») excluded"),
        ("☑️ Сыр гауда", {
            "pyaterochka": [],
            "magnit": ["1000500641", "07ea28435e", "1000387429", "8000032665", "1000452314"],
            "dixy": [],
            "perekrestok": ["4353317", "4353316", "4003954", "4003953"],
        }, "Gouda cheese in any form (piece, slices, by weight, «Гауда Голд/Премиум»); other semi-hard cheeses excluded"),
        ("✅ Кефир 1%", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416",
                           "2084558", "3352331", "3604602"],
        }, "kefir of exactly 1 % fat incl. биокефир (as in sets g/vy); «кефирный/биокефирный продукт» (Домик в деревне, Bio "
           "Баланс), other fat levels and kefir cocktails excluded"),
        ("☑️ Творог 5% пару пачек", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908",
                      "1000441658", "8000030462", "1000377235", "1720c2be05", "1000512632", "c7f0f0e5ec",
                      "2400019178", "1000372786", "1000475531", "1000572167", "1000208909", "1079990193",
                      "1000306424", "1000224037", "1000453157", "1000426473", "161690c563", "1000448251", "1000400388"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000584511",
                    "2000227595", "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116", "4294066",
                           "3668864", "4274201", "3279582", "3617778", "4223080"],
        }, "plain cottage cheese of exactly 5 % fat, any texture (рассыпчатый, мягкий/нежный, зернёный incl. plain «зерненый"
           " в сливках» and Зелёная Линия «Зёрнышко»), incl. lactose-free; «пару пачек» is a quantity; 5.5 %, 2/4/9 %, fruit"
           " and raisin versions (101 Зерно, с вареньем), Кубанский молочник «из топленого молока» (excluded like топлёное "
           "milk), children's биотворог «с 6 месяцев», curd masses, desserts and творожный продукт excluded"),
    ]),
    # L05 emoji breakfast
    ("🥛 молоко 2л\n🧈 маслице сливочное пачку\n🍞 батон нарезной\n🧀 сырок плавленый дружба", [
        ("🥛 молоко 2л", {
            "pyaterochka": [],
            "magnit": ["1000553875", "1000127183"],
            "dixy": ["2000594992", "2000298650", "2000509793"],
            "perekrestok": [],
        }, "drinking cow milk of any fat in the two-litre pack: 2 л, 2 кг and 1.9 л / 1900 мл (a pack within 5 % of the size"
           " written counts - judgement); 1.4-1.7 l and 1 l packs, топлёное, flavoured and plant milks excluded"),
        ("🧈 маслице сливочное пачку", {
            "pyaterochka": ["3026226", "3993159"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642",
                      "1000458136", "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad",
                      "6b22928df7", "86326346d1", "1000262381", "1000384151", "1000457493", "1844000142",
                      "1855599920", "1899911038", "3181241105", "8000058591", "87355db645", "a1a2b1e98a"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791",
                    "2000602271", "2000604391", "2000605413", "DI00080070", "2000288309", "2000401635", "2000538793"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                           "3628337", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749",
                           "4055506", "4135603", "4196090", "4260609", "4292462", "4310021", "4343792", "86149",
                           "3699369", "4113532", "4175276", "2029217", "2043237", "2068941", "2071031", "3226314",
                           "3347817", "3355277", "3363741", "3371288", "3384196", "3406593", "3423762", "3472940",
                           "3637761", "3645266", "3917028", "3963777", "3980020", "4035287", "4051359", "4068626",
                           "4147662", "4188102", "4260610", "4281083", "86150", "4188099"],
        }, "butter of any fat (82.5 %, 82 %, 72.5 % Крестьянское, unstated), salted or not, incl. lactose-free, any pack; "
           "«пачку» is a quantity; chocolate butter (62 %), ghee, spreads and plant oils excluded"),
        ("🍞 батон нарезной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "the white loaf variety «Нарезной» (Коломенское, классический Пр!ст, Маркет, улучшенный); other батоны (Молочный,"
           " Новый, к завтраку, Горчичный, Зерновой, Отрубной, plain «Батон») excluded - «нарезка/нарезанный» on Магнит "
           "«Батон Утренний нарезка» means sliced, not the Нарезной variety (trap)"),
        ("🧀 сырок плавленый дружба", {
            "pyaterochka": [],
            "magnit": ["1000227071"],
            "dixy": [],
            "perekrestok": [],
        }, "processed cheese «Дружба» (Карат «Сыр плавленый Дружба» 90 г); Магнит «Плавленый продукт ДРУЖБА» and Моя цена "
           "«Продукт плавленый Дружба с сыром» (not cheese - made with vegetable fat, like «Продукт По-Российски» in set g),"
           " other processed cheeses and халва «Дружба» excluded"),
    ]),
    # L06 «!!!» baby needs
    ("!!! подгузники памперс 4\n!!! влажные салфетки детские\n- пюре фрутоняня яблочное 2 шт", [
        ("!!! подгузники памперс 4", {
            "pyaterochka": [],
            "magnit": ["53ba3d65f3"],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers tape diapers size 4: «Актив Бейби Макси» (Maxi = size 4 - outside knowledge); other Pampers sizes (Миди "
           "= 3, мини = 2, Ньюборн = 1, Джуниор = 5, Экстра Лардж = 6), Pampers pants («Трусики», incl. «4 Макси» and «4 "
           "Maxi» - pants are another form than «подгузники»), Huggies/Merries/Nani excluded; «!!!» is decoration"),
        ("!!! влажные салфетки детские", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "36ac79cfc0", "d50c79a365", "bd449a17ff",
                      "667fad1c9c"],
            "dixy": [],
            "perekrestok": [],
        }, "children's wet wipes (Huggies, Pampers, Каспер «Детские») and AURA «Солнце и луна, с ромашкой» (a children's "
           "line - outside knowledge); antibacterial, intimate, universal, surface wipes, wet toilet paper (incl. Mon Rulon "
           "«детская») and dry napkins excluded"),
        ("- пюре фрутоняня яблочное 2 шт", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["T000007148", "2000227782"],
            "perekrestok": [],
        }, "ФрутоНяня single-fruit apple puree (any pack: 90/100/250 g); «2 шт» is a quantity; apple mixes (яблоко-банан, "
           "яблоко-персик, груша-яблоко, with cream/biscuits), other fruits and other brands excluded"),
    ]),
    # L07 «•» bullets, chicken soup
    ("• курица тушка на суп\n• рис пропаренный\n• морковка кило\n• лук репчатый", [
        ("• курица тушка на суп", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken carcass (Петруха «Тушка цыпленка-бройлера»); «на суп» is a purpose; цыплёнок табака (a "
           "flattened bird for frying, also marinated), chicken parts, duck and fish «тушка», the Дикси «Набор для супа» "
           "(species not stated) excluded"),
        ("• рис пропаренный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000024619", "2000310624", "2000180346", "0230703063", "2000002128"],
            "perekrestok": ["3674166", "57930", "3603168", "3608320", "3469125", "4254250"],
        }, "parboiled rice of any grain and pack (incl. boil-in-bag) and Shanti «Басмати Селла» (sella = parboiled basmati -"
           " outside knowledge); non-parboiled long/round grain, jasmine, basmati, Националь «Золото Таиланда», brown and "
           "sushi rice excluded"),
        ("• морковка кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784", "4191099"],
        }, "fresh carrots (loose, washed, packed, mini, «для сока» 1 kg); «кило» is a quantity; cooked peeled carrots, "
           "Korean carrot salads, juices and purees excluded"),
        ("• лук репчатый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "81209", "3016772", "3368253", "3016771"],
        }, "fresh bulb onions titled «лук репчатый» (loose, net, packed, peeled, and «репчатый красный» whose title names it"
           " репчатый); dried/ground onion excluded"),
    ]),
    # L08 «1.» numbered pantry
    ("1. гречка 2 пачки\n2. тушенка говяжья\n3. сгущенка 2 банки\n4. чай черный листовой получше", [
        ("1. гречка 2 пачки", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286", "2000180341",
                    "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178",
                           "4009020", "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448",
                           "4090171", "4019310", "3603166", "39155", "3600743", "3696237", "3477255", "3231481",
                           "3493533", "3994791", "3667612", "4059000"],
        }, "buckwheat groats of any pack incl. quick-cooking, steamed and boil-in-bag (and the brand «Чёрный Хлеб» "
           "buckwheat); «2 пачки» is a quantity; green buckwheat, ready buckwheat dishes (с грибами, по-купечески, по-"
           "азиатски, Raisad), porridges, drinks, buckwheat pasta excluded"),
        ("2. тушенка говяжья", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b"],
            "dixy": ["2000313236", "2000408120", "T000000869", "2000258591", "2000192964", "2000415753",
                    "2000220776", "2000557431", "2000302684"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef (Говядина тушеная, any brand and grade); stewed pork, turkey, horse meat, chicken in its own "
           "juice and ready meals excluded"),
        ("3. сгущенка 2 банки", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "cc9252c04f", "1000003186", "1000427075", "be9bed5042",
                      "66294fd8e5", "dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["4218934", "3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4211054"],
        }, "sweetened condensed milk (сгущённое цельное с сахаром, incl. the Дикси 650 g sachet and the 1 % Пр!ст), as in "
           "set vy; «2 банки» is a quantity; варёная сгущёнка, condensed milk with coffee or «вкус печенье», Моя цена "
           "«Продукт молочный Сгущенка» (not milk), unsweetened «концентрированное стерилизованное» and sweets with "
           "condensed milk excluded"),
        ("4. чай черный листовой получше", {
            "pyaterochka": ["3380940", "3380950", "55923", "2049940"],
            "magnit": ["cbfbcf3730", "4720a7f85f", "65054e7b15", "e5f644b54b", "d7f2406271", "d19e923d5f",
                      "d35e2f82d3", "03fb2db2be", "a510289c84", "fdaeb671e9", "278651b790", "bdf50ca6e6",
                      "6e48f23b2b", "c8696b4f23", "6cfa07362e", "fe3343d282", "913e5216b1", "f2c67c596a", "f619b0597f"],
            "dixy": ["2000203431", "2000361849", "DI00080603"],
            "perekrestok": ["3605415", "3636930", "3440336", "3506750", "3439925", "4131561", "2049940"],
        }, "plain (unflavoured) loose black tea: titles saying листовой/крупнолистовой/байховый/Пекое and plain black teas "
           "sold by weight without a bag count (taken as loose leaf - judgement); «получше» is a wish; tea bags, flavoured "
           "teas (Earl Grey/бергамот, чабрец, смородина, земляника, вишня, fruit), Richman «Оранж Пекое» (Перекрёсток's "
           "title of the same tea says «с ароматом бергамота»), Kensington «Secret Garden» (a flavoured blend name), Richard"
           " «Royal Kenya» (Kenyan tea, usually granulated - outside knowledge), FruTea assortment, green/herbal teas and "
           "bottled tea excluded"),
    ]),
    # L09 «*» bullets, cleaning
    ("* порошок стиральный автомат самый дешевый\n* фейри для посуды лимон\n* губки для посуды\n* туалетная бумага 8 рулонов", [
        ("* порошок стиральный автомат самый дешевый", {
            "pyaterochka": [],
            "magnit": ["0306390d77", "0998583ce9", "0cfa8dff0c", "147d8a2d07", "2002145e39", "21dd0bf72c",
                      "240fe4229e", "32662031ca", "3372dfb7f6", "3c569d2305", "467ad72946", "4a43abe881",
                      "4d919fe5ff", "6d62d005d5", "84c2d44059", "8d8c8ce3af", "933f2db840", "95636dc9ca",
                      "9570abee2a", "9ec3c6b343", "a728270b73", "bed5eabde5", "cc70715e17", "cf77b09c0c",
                      "d01298315d", "d8210473b5", "d8aa9ce5e8", "e045589f41", "e08459da72", "e1ac0bab6d",
                      "e486f7b53f", "eda27ccd92", "eee3b0a174", "f400bf3623", "f7a5acd6cd", "f93558c546"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for automatic machines: every washing powder (colour, white, children's, concentrate, any size), "
           "whether or not the title repeats «автомат» - hand-wash powders are sold labelled «ручная стирка» and none is on "
           "sale, so the 1.5-6 kg powders whose titles omit the word (Persil Сенситив/Сов, Sorti Колор, Tide детский колор, "
           "Dosia, Миф Морозная свежесть, ЗБК, Synergetic) are taken as machine powders (judgement, outside knowledge); "
           "«самый дешевый» is a wish, not a filter; laundry gels and capsules, dishwasher powders (Finish, Somat, Сомат), "
           "scouring powders (Пемолюкс, Comet) and mustard powder excluded"),
        ("* фейри для посуды лимон", {
            "pyaterochka": [],
            "magnit": ["bbb10983dd", "d0bd1a2d49", "551d8403a9"],
            "dixy": ["2000265727", "2000274013", "2000371202"],
            "perekrestok": [],
        }, "Fairy dishwashing liquid, lemon scent («Сочный лимон», any size), incl. the Магнит promo cards «Сочный лимон, "
           "Апельсин-лимонник» / «Сочный лимон; Апельсин-лимонник» that offer the lemon variant (judgement); other Fairy "
           "scents (жасмин, ромашка, Pure&Clean, Platinum арбуз), Fairy dishwasher tablets «Все в 1 Лимон» and other brands "
           "excluded"),
        ("* губки для посуды", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges (Магнит Нужные вещи Макси 5 шт); a shoe-polish sponge excluded"),
        ("* туалетная бумага 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["9a0bd598be", "6189f05c16", "be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "toilet paper in packs of 8 rolls (Soffione Премио incl. lavender, Zewa Сирень, Zewa Deluxe Персик 8 шт - scent "
           "not required, nothing was written); «8 рулонов» names the pack, so packs of 4/6/12 excluded; wet toilet paper "
           "excluded"),
    ]),
    # L10 emoji instead of words
    ("🥚 x10\n🧀 пармизан\n🥑 авокадо 2 шт\n🍋 лимончик", [
        ("🥚 x10", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007",
                      "2047000014", "2047000033", "3454700001", "1a8d487cea", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325",
                    "2000284425", "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111",
                           "3392204", "3421287", "3432532", "3914040", "4012802", "4085791", "4085792", "4168688",
                           "4201192", "4201194", "4236458", "4337164", "4339427", "4352464", "4364349", "4085790"],
        }, "the egg emoji stands for the word: chicken eggs of any category in packs of 10 («x10» read like «десяток» = "
           "packs of 10 only); packs of 6/15/20/30, quail eggs (Молодецкие 10 шт - a shopper drawing 🥚 means hen's eggs) and"
           " chocolate eggs excluded"),
        ("🧀 пармизан", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "0dc02300a0", "1000384143", "632a4664e6",
                      "b10071458c", "1000526832"],
            "dixy": ["2000597551"],
            "perekrestok": ["4345021", "3496416", "3496419", "4300784"],
        }, "«пармизан» is a typo of пармезан: every cheese sold as Пармезан/Parmesan, piece, by weight or grated; cream "
           "cheese «из пармезана с гриссини», ravioli with parmesan and other hard cheeses excluded"),
        ("🥑 авокадо 2 шт", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["49622", "4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407",
                           "4272853", "4254512", "4379376", "3954359", "3948371", "3445047", "3216120", "3954360"],
        }, "whole fresh avocados (Хасс, ready-to-eat, organic, loose, 1-2 pcs or by weight); «2 шт» is a quantity; pitted "
           "cut avocado 300 g («свежий без косточки»), avocado oil, toys and cosmetics excluded"),
        ("🍋 лимончик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose, 2 pcs, Узбекистан); the lime-lemon mix, the «имбирь-лимон» set, lemon-flavoured goods "
           "excluded"),
    ]),
    # L11 header line + «1)» weekly shop
    ("Закупка на неделю:\n1) филе куриное\n2) картошка 3 кг\n3) капуста белокочанная", [
        ("Закупка на неделю:", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "header line of the pasted note, not a product: nothing in any store is acceptable for it"),
        ("1) филе куриное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "4323072", "3273915", "2173555", "3946764",
                           "4329298", "3653837", "52888", "3191300", "3362832", "3940063", "4312563", "3678985",
                           "3649232", "3609675", "4306879", "4116904", "3034277", "4347498", "3216279", "3336397"],
        }, "raw boneless chicken breast fillet («куриное филе» = breast fillet only, as in real_basket_eval), incl. «филе "
           "цыплёнка(-бройлера)» (taken as breast fillet, as in set g), малое филе and medallions; thigh fillet, bone-in "
           "«Филе грудки … на кости», Перекрёсток «Грудка Псковская ПФ» (bone not stated) and «Филе грудки фермерское» (bird"
           " not stated), marinated fillet, cooked/fried/breaded products and fish fillets excluded"),
        ("2) картошка 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                           "3092450"],
        }, "fresh potatoes of any kind and pack (white, red, baby, для варки/жарки, nets 1-3 kg, Чик-Чик 1 kg - taken as "
           "fresh, as in set vy); «3 кг» is a quantity; sweet potato (батат), cooked peeled potatoes, frozen fries and "
           "potato dishes excluded"),
        ("3) капуста белокочанная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546", "4208425", "4268735", "91516"],
        }, "fresh white cabbage: heads (incl. early «ранняя» and Перекрёсток plain «Капуста» - taken as white cabbage, as in"
           " set vy) and fresh cut white cabbage («резаная», «соломка», Белая Дача «Салат Капуста белокочанная» - a bag of "
           "fresh-cut cabbage; no head size was written); marinated and pickled cabbage, Мистер Салат cabbage salads, the "
           "cabbage-carrot mix, seeds and other cabbages excluded"),
    ]),
    # L12 hashtag + emoji, beer snacks (commas)
    ("#пятница 🍺 пиво жигулевское 4 банки, 🥜 арахис соленый пару пачек, 🐟 рыбка сушеная к пиву", [
        ("#пятница 🍺 пиво жигулевское 4 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Жигулёвское» beer in any chain; Магнит «Пиво ЖИГУЛИ Барное/Экспорт/ИПА» is another brand (Жигули, not "
           "Жигулёвское - trap), Дикси «Пивной напиток Жигули … Манго-маракуйя» a flavoured beer drink; «#пятница» is a "
           "hashtag and «4 банки» a quantity"),
        ("🥜 арахис соленый пару пачек", {
            "pyaterochka": [],
            "magnit": ["81631c53d8"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted salted peanuts (Семушка «жареный, соленый»); flavoured peanuts (бекон, сыр, васаби, Мексика), sunflower "
           "seeds with peanuts, peanut butter and sweets excluded; «пару пачек» is a quantity"),
        ("🐟 рыбка сушеная к пиву", {
            "pyaterochka": ["342922fced"],
            "magnit": ["2955c1a6cb", "863dcd83be", "cedf126903", "adac1fd7d0", "624d38546e", "1d5c4bba58"],
            "dixy": ["2000162541"],
            "perekrestok": ["4357085"],
        }, "dried / dried-cured fish beer snacks (сушёная, вяленая, солёно-сушёная: путассу, анчоусы, корюшка, ставридка, "
           "жёлтый полосатик, янтарная рыбка incl. «с перцем», горбуша соломка); «к пиву» is a purpose; dried squid (not "
           "fish), smoked or salted fish, frozen fish, Русское море «Рыбка красная руб класс» (form not stated) and pork «к "
           "пиву» snacks excluded"),
    ]),
    # L13 «- » bullets, dairy
    ("- сметана 20% для пирога\n- творожок агуша детский\n- ряженка 4%\n- йогурт греческий", [
        ("- сметана 20% для пирога", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371",
                      "1000102474", "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                           "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream of exactly 20 % fat, any pack; «для пирога» is a purpose; 10/15/25 %, sour-cream mayonnaise "
           "(«Провансаль сметанный», «Ряба Сметанный») and sour-cream cheese excluded"),
        ("- творожок агуша детский", {
            "pyaterochka": [],
            "magnit": ["1000564007", "8000049983", "1000177278", "1000109125", "1051242603", "1812432015",
                      "1812432014", "1812432013"],
            "dixy": [],
            "perekrestok": ["4174763", "2137027", "69726"],
        }, "Агуша children's curd («Творог детский Агуша», classic and fruit; brand + product accepts every variant); other "
           "brands' children's curds (Тёма, ФрутоНяня, Мама Лама, Растишка), Агуша yoghurts, kefir and ряженка excluded"),
        ("- ряженка 4%", {
            "pyaterochka": [],
            "magnit": ["1000439736", "1000451592", "1000371474"],
            "dixy": [],
            "perekrestok": [],
        }, "ряженка of exactly 4 % fat; 2.5/3.2 %, flavoured ряженка and children's Агуша excluded"),
        ("- йогурт греческий", {
            "pyaterochka": [],
            "magnit": ["1000181497", "dafd7c4dc4", "8000087572"],
            "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"],
            "perekrestok": [],
        }, "plain Greek yoghurt (classic/natural, no flavour named: Lactica, Epica, «ГРЕЧЕСКИЙ 2%», Neo Классический, "
           "Простоквашино, Савушкин Teos 2 % 250 g, Teos Натуральный); flavoured Greek yoghurts (черника, клубника, орехи и "
           "мёд, инжир, персик, двухслойные) excluded - a plain product word excludes flavoured ones"),
    ]),
    # L14 emoji tea time
    ("☕ кофе nescafe gold\n🍪 печенье овсяное\n🍫 шоколадка аленка\n🍬 конфеты коровка", [
        ("☕ кофе nescafe gold", {
            "pyaterochka": [],
            "magnit": ["e29b86ab6b", "5ed1824f2e", "5937914f18", "67ebe44e72", "eab407b5dd", "07b5ff6b13",
                      "0c262c177c"],
            "dixy": ["2000587951", "2000225117", "2000225116", "2000144529", "ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé Gold instant coffee, every variant of the Gold line (Голд, Арома, Бариста, «сублимированный с молотым», "
           "Alta Rica) and size; Nescafé Classic/Classic Crema, 3-in-1 drinks and other brands excluded"),
        ("🍪 печенье овсяное", {
            "pyaterochka": ["3613448", "3613445"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000351526", "2000214298", "2000325940", "2000235792", "2000225711", "2000529080",
                    "2000349045", "2000251113", "2000535032"],
            "perekrestok": ["3681160", "3681278", "4017837", "4032428", "4283932", "4315655", "3438892", "4024594",
                           "3218321", "2091843", "3951119", "3412681", "4172266", "4172267", "3505244", "3901907",
                           "2023501", "4283939", "4258982", "4251005", "4113987", "3603607", "3613445", "3663100",
                           "3613448", "4284221", "4123144"],
        }, "plain oatmeal cookies (классическое, особое, домашнее, сдобное, хрустящее, постное, cereal-mix «злаковое ассорти"
           " / 5 злаков / со злаками», Юбилейное «с овсяными хлопьями», children's ФрутоНяня, sugar-free on "
           "maltitol/sorbitol/fructose, gluten-free); oatmeal cookies with an added flavouring ingredient (изюм, шоколад, "
           "глазурь, яблоко-корица, клюква, мёд-орехи, кунжут, цукаты, топинамбур, семена льна), Перекрёсток «Изюминка» "
           "(raisin cookies), protein cookies/flapjacks and oat flakes excluded"),
        ("🍫 шоколадка аленка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10F0045393", "2000227851", "2000266303"],
            "perekrestok": [],
        }, "«Алёнка» milk chocolate bars (Красный Октябрь 100/200 g and «Много молока» 90 g; ё folded to е); Магнит «Конфеты"
           " АЛЕНКА, Крем-брюле» (candies, not a bar) excluded"),
        ("🍬 конфеты коровка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Коровка» candies in any chain; Пятёрочка «Вафли Коровка» (wafers), ice cream and dairy «Коровка из "
           "Кореновки» are other products"),
    ]),
    # L15 ✔️ check marks, sandwiches
    ("✔️ хлеб бородинский\n✔️ колбаса докторская полкило\n✔️ сыр российский\n✔️ огурцы свежие", [
        ("✔️ хлеб бородинский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "Borodinsky rye bread (Аютинский, «Бородинский новый заварной» Пр!ст, Маркет, Самарский «Бородинский особый»); "
           "Магнит «Гренки BEERKA Бородинские» and the sausage brand «МД Бородина» excluded (traps)"),
        ("✔️ колбаса докторская полкило", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d",
                      "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, "boiled sausage «Докторская» of any maker and pack (incl. sliced, «Особая», «от шефа», 100 g promo cards); "
           "«полкило» reads as the quantity wanted of a weighed good, not a pack size; «Докторские» frankfurters excluded"),
        ("✔️ сыр российский", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "«Российский» cheese (piece, slices, by weight, «молодой»); Магнит «Продукт По-Российски … на основе "
           "растительного жира» excluded (not cheese, as in set g)"),
        ("✔️ огурцы свежие", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072",
                           "2131726"],
        }, "fresh cucumbers, as for «огурчики» (ftd02); «свежие» confirms fresh produce; pickled, salted and marinated "
           "cucumbers, gherkins in jars excluded"),
    ]),
    # L16 👶 baby
    ("👶 смесь нан 2\n👶 пюре гербер\n👶 каша хайнц гречневая\n👶 водичка детская 5л", [
        ("👶 смесь нан 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no NAN (Nestlé) infant formula - nor any infant formula - in any chain"),
        ("👶 пюре гербер", {
            "pyaterochka": [],
            "magnit": ["3687379fef", "61c253edd6", "310dd3778c", "8477ffd088"],
            "dixy": [],
            "perekrestok": ["2170475", "3302594", "3071057"],
        }, "Gerber baby purees of any kind (meat, vegetable); Gerber cereal bars and other brands' purees excluded"),
        ("👶 каша хайнц гречневая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Heinz buckwheat porridge in any chain; Пятёрочка «HEINZ Каша 5 злаков» is another cereal (trap), other "
           "brands' buckwheat porridges (ФрутоНяня) are another brand"),
        ("👶 водичка детская 5л", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "daea15c2c5"],
            "dixy": ["2000311289", "2000601611"],
            "perekrestok": [],
        }, "children's drinking water in 5 l bottles (ФрутоНяня, Аквалайн «Для ляль для детского питания», Черноголовка "
           "Бэйби, Кидси); «5л» names the pack, so 0.33/1.5/2.5 l bottles are excluded; Агуша «вода и сок» excluded"),
    ]),
    # L17 🐱🐶 pets
    ("🐱 вискас паучи 10 шт\n🐱 наполнитель для лотка комкующийся\n🐶 педигри сухой корм", [
        ("🐱 вискас паучи 10 шт", {
            "pyaterochka": [],
            "magnit": ["2493421", "2541891", "2493341", "2493311", "2493431", "2541881", "2493691", "2493331",
                      "2541861", "2493371", "2493411"],
            "dixy": ["2000604092"],
            "perekrestok": [],
        }, "Whiskas wet food in 75 g pouches, every flavour and age variant (kitten, 7+; brand + product accepts every "
           "variant); «10 шт» is a count of pouches, a quantity; Whiskas dry food and «подушечки» (dry), the 1.9 kg «Паштет "
           "с говядиной» (not a pouch) and other brands excluded"),
        ("🐱 наполнитель для лотка комкующийся", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no clumping cat litter in any chain; Магнит «КЭТ СТЕП, силикагелевый» is silica gel (absorbing, not clumping - "
           "outside knowledge), excluded"),
        ("🐶 педигри сухой корм", {
            "pyaterochka": [],
            "magnit": ["635a090395", "a3b4a1cd4c", "5f419d7ce3", "cda7970ddc"],
            "dixy": [],
            "perekrestok": [],
        }, "Pedigree dry dog food: the «сухой» puppy food and the 2.2 kg / 13 kg bags (taken as dry - outside knowledge; "
           "bags of that size are dry food); Pedigree wet food 80-85 g and other brands excluded"),
    ]),
    # L18 header line «Для блинов:»
    ("Для блинов:\n- мука пшеничная в/с\n- молоко 2.5%\n- сахарок", [
        ("Для блинов:", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "header line of the pasted note, not a product: nothing in any store is acceptable for it"),
        ("- мука пшеничная в/с", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "42f4e32b0a"],
            "dixy": ["D000002191", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000576791", "2000553733"],
            "perekrestok": ["3915409", "3193726", "3305673", "91320", "91321", "16318", "4326495", "3681817",
                           "4262616", "2037765", "3626914", "2107396", "2112692", "3502351"],
        }, "wheat flour of the grade высший сорт (в/с), any pack, incl. «хлебопекарная высший сорт»; Магнит «Мука ПЫШЕЧКА, "
           "пшеничная, 2кг» taken as высший сорт (as in set vy; Дикси's title of the same flour says so); «экстра» grade, "
           "ungraded titles (Старооскольская ГОСТ, Французская штучка 1 кг, Тихорецкая особая, Царь 1 кг, хлебопекарная 2 "
           "кг), pancake-mix «блинная» flour (a ready mix), self-raising «самоподнимающаяся», whole-grain, Manitoba, gluten-"
           "free and multi-grain flours excluded"),
        ("- молоко 2.5%", {
            "pyaterochka": [],
            "magnit": ["1000035016", "1000037901", "1000143306", "1000418036", "1000445487", "1000563706",
                      "1051242602", "1812450029", "8000029029", "8000058293", "cfca1c1906", "ef94b89629"],
            "dixy": ["2000024178", "2000263555", "2000273384", "2000313238", "2000511374", "2000546311", "2000600212"],
            "perekrestok": ["3431582", "4137916", "4153927", "4244153", "4250778", "4310700", "4316451"],
        }, "drinking cow milk of exactly 2.5 % fat, any pack, incl. children's Агуша 2.5 % and the Дикси «в ассортименте» "
           "2.5 % offers; топлёное 2.5 %, ряженка «Топленое молоко», yoghurt and other fat levels excluded"),
        ("- сахарок", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar («сахарок» = plain sugar), any pack: сахар-песок (incl. Магнит «Рафинированный» 900 g), "
           "«белый песок», Перекрёсток «Сахар Советский Экстра» and «Чайкофский белый кристаллический» (taken as granulated "
           "- outside knowledge); pressed/lump sugar, cane and coconut sugar, powdered and vanilla sugar excluded"),
    ]),
    # L19 emoji fish day
    ("🐟 селедка слабосоленая\n🦐 креветки королевские\n🍋 лимон к рыбе\n🥔 картофель молодой", [
        ("🐟 селедка слабосоленая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78003365", "4352006", "3454388", "3480999", "35430", "3088471", "2078344", "70039",
                           "61803", "9419", "3009042", "4275608"],
        }, "lightly salted herring whose title says слабосолёная (whole, fillet, and plain fillet in oil Маркет), incl. "
           "Перекрёсток «Сельдь атл.с/с в/у» (с/с = слабосолёная - the usual abbreviation); herring whose title does not say"
           " lightly salted (солёная, специального/традиционного посола, натуральная, «свежесолёная»), herring in marinade, "
           "wine, mayonnaise or with spices (Маре «По-шведски», Люди Любят «с приправами»), smoked herring and salads "
           "excluded"),
        ("🦐 креветки королевские", {
            "pyaterochka": [],
            "magnit": ["daa53ea23d", "d757ba985f"],
            "dixy": ["2000283070", "2000578411", "2000595631"],
            "perekrestok": ["4301249", "4296609", "4360313", "4364088", "4269762", "69215", "3464112", "3420956",
                           "3331822"],
        }, "king prawns in any frozen form (cooked-frozen, raw-frozen, in shell, peeled): titles saying «королевские» and "
           "vannamei («Ваннамей» - sold as «королевские белоногие», as the Polar titles show); northern shrimps, tiger and "
           "Argentine red shrimps (sold under their own names), shrimps in brine or «в заливке», marinated skewers, шашлык "
           "and ready dishes excluded"),
        ("🍋 лимон к рыбе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons; «к рыбе» is a purpose; the lime-lemon mix and lemon-flavoured goods excluded"),
        ("🥔 картофель молодой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no potatoes sold as young («молодой») in any chain; «Картофель Бэби» (small potatoes), ordinary potatoes and "
           "sweet potatoes are not young potatoes"),
    ]),
    # L20 emoji summer
    ("🍉 арбуз\n🍑 персики\n🍇 виноград без косточек\n🍦 пломбир в стаканчике", [
        ("🍉 арбуз", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["77410", "4072214", "79044", "4072217"],
        }, "whole fresh watermelons (incl. seedless «Бейби» and yellow ones - nothing else was required); cut fruit cups "
           "«Арбуз и дыня» / «Смесь … нарезанная», watermelon-flavoured ice, cosmetics and toys excluded"),
        ("🍑 персики", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4348432", "4258858", "4353564", "3759", "77263", "4140941", "73914", "3334645",
                           "3197915", "3638016", "3630901"],
        }, "fresh peaches, incl. flat/fig peaches («плоские», «инжирный» - peach varieties); nectarines, canned peaches, "
           "juices and peach-flavoured goods excluded"),
        ("🍇 виноград без косточек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, "fresh seedless grapes (Дикси «Виноград Мускат, без косточки»); grapes whose titles do not say seedless (Ред "
           "Глоб, Тайфи - seeded varieties; Artfrut белый, чёрный), dried grapes/raisins «без косточек» and grape-flavoured "
           "goods excluded"),
        ("🍦 пломбир в стаканчике", {
            "pyaterochka": ["3603591"],
            "magnit": [],
            "dixy": ["2000292043"],
            "perekrestok": ["4208997", "4289045", "3603591", "4035404", "3370940", "3371923", "4152236", "4053323"],
        }, "plain (vanilla/classic) пломбир in a (waffle) cup, incl. Дикси «Коровка из Кореновки Пломбир ванильный 15%, "
           "100г» (the same 100 g product Перекрёсток titles «стаканчик» - outside knowledge); flavoured plombir cups "
           "(варёная сгущёнка, фисташка, черника, изюм, арбуз, шоколадная крошка), Чистая Линия «Радуга» (a layered multi-"
           "flavour ice cream - outside knowledge), ice cream that is not пломбир (Ирбитское сливочное 10 %, Первым Делом "
           "ванильное 4 %), рожки, эскимо and bricks excluded"),
    ]),
    # L21 «•» bullets, hygiene
    ("• зубная паста colgate\n• шампунь хеден шолдерс\n• гель для душа\n• дезодорант рексона женский", [
        ("• зубная паста colgate", {
            "pyaterochka": [],
            "magnit": ["81453183d1", "bfa8bafe8c", "bf8f2e67c9", "6979fdd12e", "fe74f3aca3", "350131f5fe",
                      "4ad21b8537", "65db2383ee", "d03e638466", "d5a001b980", "02007f5dd2", "5d575a5319",
                      "8708609287", "b432da8011", "b6d0eea1fc", "65ee960a88", "34c642c8c6"],
            "dixy": [],
            "perekrestok": [],
        }, "every Colgate toothpaste (brand + product accepts every variant, incl. children's pastes and the «Гель для "
           "полости рта COLGATE Тотал12 Профессиональная чистка» - the gel toothpaste of that line, outside knowledge); "
           "Colgate toothbrushes, TAHITI shower gel (made by Colgate) and other brands excluded"),
        ("• шампунь хеден шолдерс", {
            "pyaterochka": [],
            "magnit": ["f0e2ce54d8", "edd4068621", "329d78760f", "4a5d360e19", "a77bec9d06", "1fe4376ca7",
                      "bc02222db2", "cb730b6f9a", "822ed0226f", "462209d33c", "c6681315e5", "fa1fcb3709",
                      "03b46117d4", "6ce22476a7"],
            "dixy": [],
            "perekrestok": [],
        }, "«хеден шолдерс» = Head & Shoulders (typo): every H&S shampoo incl. 2-in-1 shampoo-conditioners, any size; other "
           "brands excluded"),
        ("• гель для душа", {
            "pyaterochka": ["2133696"],
            "magnit": ["02ea799c6d", "04385b1c05", "056095b61f", "0a0bc36d75", "0a8c13cfae", "0e73965fab",
                      "1bcd487746", "1fde288d8a", "20ccdd6391", "21f7b36949", "27b08defc4", "2fb09fd462",
                      "35c3ab54cc", "36a7babd60", "393259057b", "5453f6025c", "5fc21b640d", "5fcf69b341",
                      "5ffca390ec", "6304efaae1", "64c0ec7e7a", "68616c4166", "6a742f49c1", "6c202199a3",
                      "869541895d", "8b4da8afe5", "8e0a633d30", "9aef66f381", "9bbd37d676", "a162a1690e",
                      "a4d6d8f2fb", "a75a504c4b", "ae24cd3ee0", "b05b3805a4", "b2be06e3a0", "b40af8bdf1",
                      "b52306dd19", "b69125b58a", "bd94ee174a", "c4881f5765", "c6a9be396e", "c7a93cc890",
                      "c8614395b8", "c8870b453a", "c8ade01c51", "d0f518667c", "d17e3511fe", "d2dce71434",
                      "d646185ae2", "d6e59761cf", "dc5c2dff0f", "e9f0c13a1d", "ecdf943e39", "ee38106f2e",
                      "f4f55309dc", "f59cbc4eb7", "f6184e3882", "fb86a14079", "fb9c80c277", "fcfc8492ea"],
            "dixy": ["2000267924", "2000339502", "2000581931", "2000602996", "2000602997"],
            "perekrestok": ["3327880", "3415583", "3495277", "3505877", "3664430", "3664431", "3958230", "4048515",
                           "4095376", "4104314", "4112906", "4144585", "4218768", "4234621", "4250600", "4299673",
                           "4317631", "4319542", "4342546", "4348829", "4353947", "4356504"],
        }, "any shower gel incl. cream-gels, gel-care, men's, children's, 2-in-1/3-in-1 shower gel + shampoo and gift sets "
           "that contain a shower gel (Camay/Dove + мочалка - judgement); soaps, shampoos and bath salts excluded"),
        ("• дезодорант рексона женский", {
            "pyaterochka": [],
            "magnit": ["4771da81a4", "3acde2d4bb", "1109b9c12e", "8b17183829", "23103129c3", "3f59c948eb",
                      "ec0e64dbb3"],
            "dixy": [],
            "perekrestok": ["4341094", "4342821"],
        }, "Rexona women's deodorants/antiperspirants (any form): «Нежно и сочно женский» and the women's lines Алоэ вера, "
           "Прозрачный кристалл, Сухость пудры, Клир Аква, Клиник протект «Сухость и Уверенность», «Сочный арбуз» (outside "
           "knowledge: Rexona's men's range is titled Men/мужской); Rexona Men/мужской, Кобальт (Men), «Свежесть душа» "
           "(Magnit titles it Rexona Men), «Инвизибл Айс» (the title does not show it is the women's version), the Rexona "
           "Men shower gel and other brands excluded"),
    ]),
    # L22 inline header «завтрак на неделю:» (commas)
    ("завтрак на неделю: овсянка геркулес, медку, сок апельсиновый литр, кукурузные хлопья", [
        ("завтрак на неделю: овсянка геркулес", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000222892", "2000219614", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "2105514", "3933387", "3421663", "23772", "6752", "24926", "3469028"],
        }, "the first item carries the header «завтрак на неделю:» on the same line; rolled oats sold as «Геркулес» (the "
           "brand and the common name in the title, any variant and pack); oat flakes whose titles do not say Геркулес (Ясно"
           " Солнышко, Nordic plain, Экстра, №3), instant porridge cups «Каша Геркулес … 35г», ready «геркулесовая каша» and"
           " oat drinks excluded"),
        ("медку", {
            "pyaterochka": [],
            "magnit": ["ec1ad9dc52", "384d8d8201", "dadb78005d", "44c60c9317", "980d05dc00", "928ff089d4"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["4355859", "4320670", "4320672", "4320671", "4340911", "4340910", "3687699", "3479121",
                           "3687698", "3687710", "4316603", "4316605", "3467507", "4331449"],
        }, "«медку» (partitive of мёд): natural honey of any kind and pack; Берестов «Мед Уссурийский бальзам» (honey with "
           "plant extracts - outside knowledge), flavoured cream honeys (крем-мёд с малиной/клубникой/кедровым орехом), "
           "honey-flavoured goods, медовуха, «медовая» дыня and ананас, honey cakes excluded"),
        ("сок апельсиновый литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814", "2000107420", "2000177095"],
            "perekrestok": [],
        }, "single-fruit orange juice in a one-litre pack: Rich 1 л and the 0.97 l packs of J7 (children's) and Я (a pack "
           "within 5 % of the size written counts - judgement); the 0.3 l J7, nectars, «сокосодержащие напитки» (Добрый "
           "Pulpy, Вкусно Сок, Любимый), multi-fruit and detox juices excluded"),
        ("кукурузные хлопья", {
            "pyaterochka": [],
            "magnit": ["12df5755fb"],
            "dixy": [],
            "perekrestok": [],
        }, "plain corn flakes (Любятово 600 g); honey, glazed and cinnamon corn flakes (a plain product excludes flavoured "
           "ones) and chocolate with corn flakes excluded"),
    ]),
    # L23 emoji party (commas)
    ("🥂 шампанское полусладкое 2 бутылки, 🍷 вино красное сухое, 🧃 сок вишневый детям, 🍊 мандаринки", [
        ("🥂 шампанское полусладкое 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["c808d17741", "5cb7d177c0", "297f806633", "be45bd3a54", "6189a8f90e", "258c5759f0",
                      "8fffc021cf"],
            "dixy": [],
            "perekrestok": ["4006571"],
        }, "semi-sweet sparkling wine (шампанское → «Вино игристое», as in real_basket_eval) of any colour - none was "
           "written (Абрау-Дюрсо, Шато Тамань, Лыхны, Lambrusco Ка Ди Валле, Советское Шампанское); «2 бутылки» is a "
           "quantity; brut, dry, semi-dry, sweet (Asti) and alcohol-free sparkling wines excluded"),
        ("🍷 вино красное сухое", {
            "pyaterochka": [],
            "magnit": ["0d69bc12b7", "1128713b37", "179454ad06", "1aeecf4fbf", "20076532cf", "25e2e0b426",
                      "282e3b100c", "2843dc2427", "2f74e42279", "316badec71", "3c061d5267", "4a0256aba7",
                      "63ce59d607", "66dc79b1bd", "6c75cc20c2", "6dec98c122", "6fea0b8f60", "70de72738c",
                      "7b8fa4bd5e", "97edfb5844", "984016a189", "992027187d", "9995f68840", "9a7baeb044",
                      "a05527a9ea", "ac836556b8", "adea6d56aa", "aefb2f40d1", "b8cc734787", "ba4136257e",
                      "d05962e7be", "d408e7403a", "d73ee8f4f1", "d982768147", "da35009364", "e3b2e41081",
                      "eb4f5b53b5", "f076430c9a"],
            "dixy": [],
            "perekrestok": ["2141096", "3502899"],
        }, "red dry still wine of any origin and size; semi-dry, semi-sweet, sweet, sparkling, fortified (port) and "
           "white/rosé wines excluded"),
        ("🧃 сок вишневый детям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no single-fruit cherry juice in any chain; cherry nectars (Баринофф, Rich), apple-cherry juices (Сады Придонья, "
           "ФрутоНяня, Добрый Active kid) and juice drinks are other products; «детям» is a purpose"),
        ("🍊 мандаринки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins; mandarin-flavoured goods excluded"),
    ]),
    # L24 header line «На борщ:» + ✅
    ("На борщ:\n✅ свекла 1 кг\n✅ капуста\n✅ говядина на кости", [
        ("На борщ:", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "header line of the pasted note, not a product: nothing in any store is acceptable for it"),
        ("✅ свекла 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "4208428", "92844", "2143053", "13998", "4375880", "3368257", "82265",
                           "3625863", "4299508", "3378167", "786"],
        }, "fresh beetroot (loose, washed, young, bunched, nets and bags of any weight, raw peeled «Свекла очищенная» sold "
           "by weight and fresh-cut Маркет Fresh / Белая Дача packs); «1 кг» is a quantity of a weighed good; cooked "
           "beetroot (варёная/отварная), Перекрёсток «Свёкла целая очищенная, 500г» (vacuum-packed peeled, taken as cooked "
           "like its neighbour Дмитровские Овощи carrots - outside knowledge), marinated, Korean, salads, chard, seeds and "
           "chips excluded"),
        ("✅ капуста", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546", "4208425", "4268735", "91516"],
        }, "on a borscht list plain «капуста» = fresh white cabbage (heads, early cabbage, fresh cut); cauliflower, Peking, "
           "red cabbage, sauerkraut, marinated cabbage and seeds excluded"),
        ("✅ говядина на кости", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["85566", "923", "3020550", "2101259", "7338"],
        }, "raw bone-in beef: голень с костью, лопатка на кости, шейный отруб на кости, «Стриплоин с костью» (a beef cut - "
           "outside knowledge) and «Рагу из говядины суповое» (bony soup pieces - outside knowledge); boneless beef, "
           "грудинка «для харчо» (bone not stated), the Дикси «Набор для супа» (species not stated), minced beef and canned "
           "beef excluded"),
    ]),
    # L25 «1.» numbered shashlik
    ("1. шейка свиная 2 кг\n2. лаваш тонкий\n3. кетчуп шашлычный\n4. уголь для мангала", [
        ("1. шейка свиная 2 кг", {
            "pyaterochka": [],
            "magnit": ["afb09aae99"],
            "dixy": [],
            "perekrestok": ["4363415", "912"],
        }, "raw pork neck (шейка свиная, boneless); «2 кг» is a quantity; marinated «Шашлык из свиной шейки», smoked-cooked "
           "«Шейка из свинины», smoked копчёности and beef neck excluded"),
        ("2. лаваш тонкий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4361122", "4199211"],
        }, "thin lavash: Коломенский «Армянский тонкий» and Маркет «Лаваш Армянский» (Armenian lavash is the thin sheet - "
           "outside knowledge)"),
        ("3. кетчуп шашлычный", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225", "2000194769", "2000309687"],
            "perekrestok": ["4207051", "4157803", "4116848", "3941584", "2157566", "3673190", "4149866", "4227932",
                           "3684511"],
        }, "shashlik ketchup: «Шашлычный», «для шашлыка», «для гриля и шашлыка», «К шашлыку и грилю», «Гриль и шашлык», "
           "incl. Heinz «со вкусом укроп-петрушка для шашлыка», any brand and size; tomato, hot, garlic, chili, lecho, "
           "Italian, Слобода «Гриль» (not named shashlik) ketchups and marinades excluded"),
        ("4. уголь для мангала", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no charcoal (or briquettes) in any chain"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftdNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftd\d\d ===$", line):
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
                    errors.append("ftd%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftd%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftd"))
