#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wb.jsonl -- shopping lists of two friends preparing a weekend fishing trip
to a lake and, between trips, stocking their garage and dacha, hand-labelled against the real offers in
real_offers_g.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wb.build.py

LISTS below is literal data: 25 lists (3-4 items, 91 items) typed as such people would type them to a
Telegram bot, and for every item the product ids of every in-stock offer of every store that a reasonable
shopper who wrote exactly that item would accept.  The lists were written first, before any offer was
read, and saved as fresh_basket_eval_wb.blind_lists.txt (read-only); this script checks that every list
text equals that blind draft, apart from the items recorded in REPLACED (none).  Candidate titles were
grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic
brand spellings, ё folded to е) and read one by one; the note of each item records what was accepted,
what was deliberately left out and any judgement that rests on outside knowledge.  An empty list means
the store has nothing acceptable (the item is "missing" there).  The labels were made without seeing
the tool under evaluation.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in
real_offers_g.jsonl *for that store* and is in stock, no id is repeated within an item, every item has a
note, the labels are exactly the list's items in order (an item is the text between commas / new lines)
-- and writes the JSONL; list ids are fwb01, fwb02, ... in LISTS order, every list is in split "fresh";
labelled_lists.stats prints the counts.
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wb.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wb.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number (1-based): (blind item text, replacement item text)}.  None were needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwb-01
    ("тушняк 4 банки\nбичпакеты 10 шт\nбуханка черного на рыбалку\nспичек пару коробков", [
        ("тушняк 4 банки", {
            "pyaterochka": ["2021426"],
            "magnit": ["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b", "10442db11c", "00378960af",
                       "bad91e2152", "cb1e84dc80", "44c3941644", "b891029897", "1d557daa37"],
            "dixy": ["2000313236", "2000408120", "T000000869", "2000258591", "2000192964", "2000415753",
                     "2000220776", "2000302684", "2000557431", "2000553351", "2000329129", "2000423791",
                     "2000303429", "2000204154", "2000302685"],
            "perekrestok": ["4189729", "4189730"],
        }, "«тушняк» = тушёнка; any canned stewed meat: beef/pork tushonka of every brand, also "
           "turkey and horse meat «тушеная» and poultry «в собственном соку» (Пятёрочка chicken, "
           "Магнит duck; taken as tushonka, outside knowledge); Пятёрочка canned ham «Ветчина … "
           "325 г», liver pates, Перекрёсток «Капуста тушеная с сосисками» (ready dish) and pet "
           "food excluded; the count of tins is a quantity"),
        ("бичпакеты 10 шт", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": ["ЦТ0037844"],
            "perekrestok": ["3664094", "3947754"],
        }, "cheap instant noodles in a soft pack: Доширак «Чан рамен» 120 г (Пятёрочка, "
           "Перекрёсток), Дикси BigBon 85 г, Перекрёсток Роллтон «Вермишель По-домашнему» 85 г; "
           "the pack form of BigBon and Роллтон 85 г is not in the title and is taken as a bag "
           "(outside knowledge); instant potato puree (Доширак, Роллтон), Роллтон bouillon and "
           "dry pasta/noodles that need cooking (лагманная, яичная, фунчоза, соба, вермишель "
           "Makfa) excluded; «10 шт» is a quantity"),
        ("буханка черного на рыбалку", {
            "pyaterochka": [],
            "magnit": ["6929a8d5f0", "fb4c130c20", "54f3720614"],
            "dixy": ["2000195093", "2000203640"],
            "perekrestok": ["4149554", "3382146", "4329404", "3974719", "3931337", "3945535", "3126329",
                            "3974720", "4074396", "3627134", "4148558", "3658457", "2060872", "4276930",
                            "3953836", "3455614", "3455615", "3631465", "3624125", "2000243", "3617422",
                            "2024150", "4354623", "4049144", "4164733", "2053660", "3634576", "3965436",
                            "78034786", "4361611", "78034810"],
        }, "dark (rye or rye-wheat) bread loaves, whole, half or sliced: titles saying ржаной / "
           "ржано-пшеничный, Бородинский, Дарницкий, Столичный, Двинский, Пумперникель, and the "
           "Коломенский «Ржаной Край» and «Даниловский» breads (taken as dark rye-wheat bread, "
           "outside knowledge; Перекрёсток titles Даниловский «ржано-пшеничный»); rye bread with "
           "raisins, rye garlic baguette, ciabatta with rye flour, «пшенично-ржаной» loaf with "
           "sprouts, crispbreads (хлебцы), the wafer bread «Елизавета» and loaves whose title "
           "does not say what flour (Измайловский, Советский, Солодовый, Сельский, Боярский, "
           "Рижский Хлеб Ароматный/Деревенский/Крестьянский, Ржевский, Геркулес) excluded"),
        ("спичек пару коробков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no matches in any chain's offers"),
    ]),
    # fwb-02
    ("шпроты 2 банки ключ, кильку в томате пару банок, батон белый 1 шт, чай пакетированный черный", [
        ("шпроты 2 банки ключ", {
            "pyaterochka": [],
            "magnit": ["861990d37c", "cb3b169ef1", "1bdba960f3", "b98acadada", "3382c3c046"],
            "dixy": [],
            "perekrestok": [],
        }, "sprats in oil of every brand incl. «крупные» and the jalapeño variant; «ключ» "
           "(easy-open tin) cannot be checked — no title states the lid — so every sprat tin is "
           "accepted; «2 банки» is a quantity; kilka in tomato and other canned fish excluded"),
        ("кильку в томате пару банок", {
            "pyaterochka": [],
            "magnit": ["b755c9549a", "3569961f1a"],
            "dixy": [],
            "perekrestok": [],
        }, "kilka in tomato sauce: Доброфлот балтийская and ЛААТСА «обжаренная с чили в томатном "
           "соусе» (a variant, accepted); sprats in oil, бычки/сардина/скумбрия in tomato "
           "excluded; «пару банок» is a quantity"),
        ("батон белый 1 шт", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d"],
            "dixy": [],
            "perekrestok": ["2065120", "4329401", "3680023", "4102687", "4329402", "4157283", "4264947",
                            "78011178", "4318510"],
        }, "white wheat batons: Нарезной, Молочный, Новый, к завтраку, Горчичный, plain «Батон», "
           "Магнит «Утренний»; bran (Отрубной) and grain (Зерновой) batons, chocolate/cereal bars "
           "«батончик» excluded"),
        ("чай пакетированный черный", {
            "pyaterochka": ["18087", "2070399", "3141303", "510"],
            "magnit": ["05c3ce571d", "0b0945cde7", "0e0ba22a84", "12c93e2db3", "1305f039da", "1cb4934c51",
                       "1ce117e378", "245310ae46", "262636efc4", "41cb31723f", "4c2b5b0e84", "527c289095",
                       "539736f8c3", "543ee3fdd2", "56284b2938", "591cd0328d", "62e44aad83", "62e737f079",
                       "6ef8a14558", "7304afe46d", "739159b9d5", "75e99adff2", "77d6909a1a", "79c875b985",
                       "8518655d6a", "85a472ac98", "8c57f14bbe", "8e34db68c9", "91c9c098ea", "95bb72cd41",
                       "9ed6ab900f", "9ffe7d26ae", "a0f6844207", "a2edebfe73", "b411bf6170", "b9a96edc01",
                       "ba15dbb109", "bd44dec0f2", "c237948667", "c30034aa00", "c4994ca2ba", "c6300a9d93",
                       "c67b0d7ef5", "cf54caa8df", "cfbea01d00", "dc9080ff20", "e421942210", "e8cfbd68be",
                       "edf75508f3", "eead07c0ce", "efc1b6f0d8", "f0009c3a1e", "f101163507", "f27576dc9c",
                       "f2ec203f7f", "f48f2ca4d2", "f528489d63"],
            "dixy": ["2000000294", "2000224056", "2000226734", "2000228472", "2000262681", "2000289445",
                     "2000295224", "2000335959", "2000420414", "2000518878", "2000520542", "2000520549",
                     "2000567055", "2000567056", "2000568231", "2000568232", "2000578774", "2000578775",
                     "2000601831", "2000603372", "ЦТ0016759", "ЦТ0038390", "2000295203"],
            "perekrestok": ["2042290", "2070399", "2073803", "2095906", "2114141", "2133939", "2147890",
                            "2147891", "3338198", "3338246", "3378336", "3399714", "3418513", "3439932",
                            "3440334", "3450276", "3626161", "3626164", "3662837", "3902078", "4113980",
                            "4206081", "4206082", "4206083", "4312239", "4344242", "4344243", "46398", "5051",
                            "96196"],
        }, "black tea in bags/pyramids/sachets of any brand, flavoured black teas included (Earl "
           "Grey, berries, thyme, masala); a title counts as bagged when it says "
           "пакетики/пирамидки/сашеты, «N пак» or «N x M г»; loose leaf tea, "
           "green/oolong/herbal/fruit teas, assortments (Мэтр де Те, Richard Royal Tea "
           "Collection, Curtis Dessert, Тесс ассорти), black-and-green blends and ready-to-drink "
           "iced tea excluded"),
    ]),
    # fwb-03
    ("угли для мангала 2 мешка\nжидкость для розжига побольше\nколбаски гриль свиные\nшашлычный кетчуп в мягкой пачке", [
        ("угли для мангала 2 мешка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no charcoal in any chain's offers («уголь» only in toothpastes)"),
        ("жидкость для розжига побольше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lighter fluid in any chain's offers"),
        ("колбаски гриль свиные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pork grill sausages: no title states pork — Дикси Черкизово «Колбаски По-домашнему с "
           "чесноком», Перекрёсток «Колбаски Хороший Кусок для жарки», Магнит «Купаты Пикничок» "
           "and Пятёрочка «Сосиски ГРИЛЬ-МАСТЕР» do not say what meat, so none is accepted; "
           "smoked «Охотничьи» колбаски, sardelki and cooked sausages excluded"),
        ("шашлычный кетчуп в мягкой пачке", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225", "2000194769", "2000309687"],
            "perekrestok": ["4207051", "4157803", "4116848", "3941584", "2157566", "3673190", "4149866",
                            "4227932", "3684511"],
        }, "ketchup of the shashlik kind: «Шашлычный», «для шашлыка», Heinz «Гриль и шашлык»/«К "
           "шашлыку и грилю» and Heinz «укроп-петрушка для шашлыка»; the soft pack is stated only "
           "by Пятёрочка (д/п); the other titles do not name the pack and are accepted since the "
           "form cannot be checked; plain tomato, chili, garlic, lecho, Italian and Слобода "
           "«Гриль» ketchups excluded"),
    ]),
    # fwb-04
    ("пивас светлый 6 банок, сухарики не острые, фисташек пару пачек, вобла вяленая 2-3 шт", [
        ("пивас светлый 6 банок", {
            "pyaterochka": [],
            "magnit": ["b7be4e1cdf", "8f5e8411f3", "4b9214b25a", "69a66b3a0f", "5efbef1867", "ee4fd3d93d",
                       "7e7ff281a0", "b22153f240", "e5d1876122", "42f69bfc00", "ae5974fdda", "f66314d40a",
                       "b4204a2237", "63c65170c7", "9f7d0a8f2d", "409bf95866", "e2bedcaafd", "0c7af2aa41",
                       "bc158ed1af", "cdadff0fd2", "1b3181a9dc", "cff5b47f4d", "3ea97ca924", "c7cb3e4e83",
                       "72ef636633", "2e39130955", "ec022e4637"],
            "dixy": [],
            "perekrestok": [],
        }, "«пивас» = beer; every light (светлое) alcoholic beer, filtered or not, incl. Магнит "
           "ЭДЕЛЬВЕЙС «Напиток пивной» (a light wheat beer sold as a beer drink, outside "
           "knowledge); «6 банок» is a quantity, not a can-only filter (most titles do not state "
           "can or bottle); dark beer, alcohol-free beer (Stella), flavoured beer drinks "
           "(Мишенька под вишенкой, KONIX Cherie, Amstel, Dr.Diesel, Garry Garden…), cider and "
           "medovukha excluded; beer exists only in Магнит's offers"),
        ("сухарики не острые", {
            "pyaterochka": ["400d61212a"],
            "magnit": ["5a8a28eceb"],
            "dixy": ["2000594153", "2000431152", "2000158872", "2000545311", "2000265801", "2000572411",
                     "2000603332"],
            "perekrestok": ["3387861", "3687988", "4099879"],
        }, "salty crouton snacks (сухарики, гренки, хрустимки) whose flavour is not hot: garlic, "
           "garlic-dill, sour cream & onion, tomato, crab, cheese, mushrooms, red caviar (garlic "
           "is not taken as «острый»); Дикси Фишка assortment «Чесночные/Холодец с хреном» (may "
           "be horseradish), Магнит «Сухарики ВОРОНЦОВСКИЕ, в ассортименте» (flavour unknown) and "
           "sweet rusks (сухари с изюмом, ванильные) excluded"),
        ("фисташек пару пачек", {
            "pyaterochka": [],
            "magnit": ["b3ee07a59e", "cbb2d0c598", "8b9281613e"],
            "dixy": ["2000539534", "2000539549", "2000327653"],
            "perekrestok": ["4274180", "68781", "49082", "4207559", "3499562", "4090837", "4073982", "49715",
                            "2049819", "3451308", "4105870", "3943233", "3948588", "3428414", "4066346",
                            "4259987", "4309728", "72535", "3162277", "4262027", "4331200", "4262202",
                            "3660622", "3900345", "3942813", "3640863", "3638619", "3411931", "2020566",
                            "4369326"],
        }, "pistachios of any kind and pack (in shell or shelled, salted or not, weighed "
           "included; «пару пачек» is a quantity); crushed pistachio kernels for baking "
           "(Перекрёсток «дроблёные ядро») and pistachio-flavoured ice cream, yoghurts, shower "
           "gels excluded"),
        ("вобла вяленая 2-3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no вобла in any chain's offers; other dried fish (путассу, ставридка, корюшка, "
           "янтарная рыбка, анчоусы) is not вобла"),
    ]),
    # fwb-05
    ("влажных салфеток пачку побольше, мешки под мусор 120л с завязками, спички хоз коробок, туалетка рулонов 4", [
        ("влажных салфеток пачку побольше", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "337392b1b2", "4655517315", "9022eaa3a8",
                       "36ac79cfc0", "2499871", "d50c79a365", "667fad1c9c", "bd449a17ff", "73ec40a66f"],
            "dixy": [],
            "perekrestok": [],
        }, "wet wipes for hands/body of any size (general, antibacterial, children's); «побольше» "
           "is a wish, not a filter; AURA wipes «д/поверхностей» (cleaning), intimate-hygiene "
           "wipes, wet toilet paper, dry paper napkins and laundry sheets excluded"),
        ("мешки под мусор 120л с завязками", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the only bin bags in the offers are Магнит 60 л; no 120 л bags"),
        ("спички хоз коробок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no matches in any chain's offers"),
        ("туалетка рулонов 4", {
            "pyaterochka": [],
            "magnit": ["11634cf6c9", "e01188fba0", "be21812bf9", "24f2c70304", "b0339ecad9", "f88b88076f",
                       "0f9bdfbe08", "475d902330"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": [],
        }, "«туалетка» = toilet paper; «рулонов 4» names the pack: 4-roll packs only; 6/8/12-roll "
           "packs, wet toilet paper, paper towels and napkins excluded"),
    ]),
    # fwb-06
    ("тушенка говяжья гост в жестяной банке\nсгуха\nгречки 2 пачки по 900г", [
        ("тушенка говяжья гост в жестяной банке", {
            "pyaterochka": [],
            "magnit": ["738a6cb8b8"],
            "dixy": ["2000192964", "2000415753", "2000302684"],
            "perekrestok": [],
        }, "beef tushonka whose title says ГОСТ: Дикси Иван Мясоедов, Мясные ряды, Семейный "
           "бюджет 500 г, Магнит Главпродукт 338 г; the tin cannot be read from the titles — "
           "these 325–500 г stews are taken as tins (outside knowledge); beef stews without ГОСТ "
           "in the title (Дикси Главпродукт «Высший сорт», Барс, Совок, Гродфуд, Курганский, "
           "Первым делом; Магнит Богатырская, Великолукский, Русь; Перекрёсток Пр!ст) and pork "
           "excluded"),
        ("сгуха", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "cc9252c04f", "1000003186", "1000427075", "be9bed5042",
                       "66294fd8e5", "dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["4218934", "3484257", "2123014", "3491930", "3376242", "4147345", "3913111",
                            "4211054"],
        }, "«сгуха» = sweetened condensed milk (incl. Алексеевское/Рогачевъ «цельное 8,5 %» "
           "without «с сахаром» in the title, and the 1 % Пр!ст); boiled condensed milk "
           "(варёная), condensed milk with coffee or «вкус печенье», Магнит «Продукт молочный Моя "
           "цена Сгущенка» and sweets with condensed milk excluded"),
        ("гречки 2 пачки по 900г", {
            "pyaterochka": ["3601663"],
            "magnit": [],
            "dixy": ["DI00080511", "ЦТ0042599", "1030037286", "2000180341", "2000219613"],
            "perekrestok": ["14301", "3276128", "3694322", "53673", "6847", "4019310", "3600743", "3477255",
                            "3231481"],
        }, "buckwheat groats in 900 г packs (the size names the pack; steamed/quick-cooking "
           "ядрица included); 400/750/800 г, 2–3 кг, boil-in-bag, green buckwheat, loose «Гречка» "
           "without weight and buckwheat dishes excluded; «2 пачки» is a quantity"),
    ]),
    # fwb-07
    ("кофе растворимый nescafe gold\nсахар рафинадом 1 кг\nчай черный ахмад 100 пакетиков", [
        ("кофе растворимый nescafe gold", {
            "pyaterochka": [],
            "magnit": ["e29b86ab6b", "5ed1824f2e", "5937914f18", "67ebe44e72", "eab407b5dd", "07b5ff6b13",
                       "0c262c177c"],
            "dixy": ["2000587951", "2000225117", "2000225116", "2000144529", "ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé Gold instant coffee of any size and sub-line (Арома, Бариста, "
           "«сублимированный с молотым», Alta Rica — taken as the instant Gold line, outside "
           "knowledge); Nescafé Classic / Classic Crema and 3в1 drinks excluded"),
        ("сахар рафинадом 1 кг", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "10E0076829"],
            "perekrestok": ["4092763"],
        }, "white refined sugar cubes (прессованный/кусковой) in 1 кг packs; 250/500 г cubes, "
           "cane sugar cubes (нерафинированный), granulated sugar incl. Чайкофский «Сахар-песок "
           "Рафинированный» and «Сахар Советский Экстра» (form not stated) excluded"),
        ("чай черный ахмад 100 пакетиков", {
            "pyaterochka": [],
            "magnit": ["c237948667", "bd44dec0f2"],
            "dixy": ["ЦТ0016759"],
            "perekrestok": [],
        }, "Ahmad black tea in packs of 100 bags (Классический, Earl Grey); Ahmad 25-bag packs, "
           "loose Ahmad tea and Ahmad green tea excluded"),
    ]),
    # fwb-08
    ("дошик говяжий 5 шт, роллтон курица, майонез провансаль 67% в пачке", [
        ("дошик говяжий 5 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "«дошик» = Доширак noodles with beef: Перекрёсток «Чан рамен … с острой говядиной»; "
           "Пятёрочка «Чан рамен, корейская» (flavour not beef), Доширак potato puree and beef "
           "noodles of other brands (BigBon, Роллтон) excluded"),
        ("роллтон курица", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0023259"],
            "perekrestok": [],
        }, "Роллтон instant product with chicken taste (no product word written): Дикси «Пюре "
           "картофельное Роллтон с куриным вкусом»; Роллтон with beef, Роллтон bouillon and "
           "Роллтон pasta excluded"),
        ("майонез провансаль 67% в пачке", {
            "pyaterochka": [],
            "magnit": ["2c23c84574", "1000077734", "1799700138", "1000501598", "56ff8ec751", "7d31b46ae3",
                       "1000556519", "1000556521", "f0f427f9d4", "da818e4a20", "7a519275b4", "1000277219",
                       "1000169172", "8000045827", "1000233673", "1728400030", "1000179908", "1000422623",
                       "1000014596", "1000356802", "1000348713"],
            "dixy": ["2000570511", "ЦТ0040573", "2000204803", "2000156539", "ЦТ0027566", "1100075125",
                     "2000000160", "2000135999", "ЦТ0045065", "2000429651", "2000539317", "2000202369",
                     "2000172969"],
            "perekrestok": ["3412258", "4072721", "2047206", "4259098", "4259097", "4297819", "3677986",
                            "4331515", "4331518", "4331500", "4331497", "3016147", "3467275", "3419671",
                            "3674577", "3193489", "78193", "3389322", "4199312", "3029014", "4105769"],
        }, "mayonnaise whose title says Провансаль (incl. «Московский провансаль», «с лимонным "
           "соком», «оливковый», «с маслом авокадо» variants of Провансаль) and exactly 67 %; "
           "only Перекрёсток Махеевъ says «дой-пак», the other titles do not name the pack and "
           "are accepted since the form cannot be checked; 50,5/55/61 %, titles without a fat "
           "value (Я люблю готовить 700 г, Махеевъ 655 мл), mayonnaises not called Провансаль "
           "(Heinz/Я люблю готовить Классический/Чистый, Слобода Оливковый/Московская, Ряба "
           "Оливковый, quail-egg ones incl. Московский Провансаль «на перепелиных яйцах», "
           "Московский Провансаль «Сливочный») and mayonnaise sauces excluded"),
    ]),
    # fwb-09
    ("сосиски молочные гост\nгорчица русская позлее\nбородинского полбуханки\nогурчики маринованные банку 0.7", [
        ("сосиски молочные гост", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": [],
            "dixy": ["2000300143", "2000125037", "2000602632", "2000600471"],
            "perekrestok": [],
        }, "milk sausages (Молочные) with ГОСТ in the title; Пятёрочка «Сосиски Молочные, Дымов, "
           "464 г» accepted as the same product Дикси titles «Дымов молочные ГОСТ, 464 г»; milk "
           "sausages of category Б/В, 1 сорт or without ГОСТ (Вязанка, Мираторг, Индилайт, "
           "Дмитрогорский, Атяшево, Великолукский 330 г Перекрёсток…) and «Сливочные ГОСТ» "
           "excluded"),
        ("горчица русская позлее", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "2143139", "3333328", "3332503", "3333301", "3332502",
                            "4337617", "4273279", "3416298", "4229364", "2153858", "3435016", "3372044"],
        }, "mustard titled «Русская» (incl. ЕЖК Русская Столовая/Зернистая/С хреном/Ядрёная); "
           "«позлее» is a wish; Dijon, grainy, Bavarian, French, honey, столовая/домашняя without "
           "«Русская», Столичная «С мёдом»/«С хреном», fruit mustards and mustard seeds excluded"),
        ("бородинского полбуханки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "Borodinsky bread (whole or sliced; «полбуханки» is a quantity — no half loaves are "
           "offered); Магнит гренки BEERKA «Бородинские», the brand «МД Бородина» and other rye "
           "breads excluded"),
        ("огурчики маринованные банку 0.7", {
            "pyaterochka": ["3231209", "3015661"],
            "magnit": ["ec376f9811", "e8630c700b", "7c2811d92a", "d77cad8396"],
            "dixy": ["2000200415", "T000005987", "2000208489", "2000348876"],
            "perekrestok": ["2050041", "4367072", "4307368", "3472384", "4106670", "4061853", "4379606",
                            "3976234", "4343529", "3504166", "4078446", "3499242", "71250"],
        }, "marinated cucumbers/gherkins in a jar of about 0.7 l (720 мл or 650–720 г net); Дядя "
           "Ваня «По-берлински» (Магнит title without «маринованные») and the gherkins "
           "Скатерть-Самобранка 720 мл (Магнит) and Закарпатские Еко 720 мл (Пятёрочка) are taken "
           "as marinated (outside knowledge); 340–540 г and 1.8 кг jars, "
           "salted/barrel/малосольные cucumbers, 6 соток «хрустящие» and Лукашинские "
           "«По-старорусски» (type not stated), assortments and fresh cucumbers excluded"),
    ]),
    # fwb-10
    ("сайры в масле банки 2, горбуша натуральная, лучок 1 кг, ржаной хлеб кирпичик", [
        ("сайры в масле банки 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no saury in any chain's offers; other fish in oil (sprats, mackerel, sardine, tuna) "
           "is not сайра"),
        ("горбуша натуральная", {
            "pyaterochka": [],
            "magnit": ["fe303b7cfa"],
            "dixy": [],
            "perekrestok": ["3653861"],
        }, "canned pink salmon «натуральная»; dried горбуша соломка, salted/cold-smoked fillet "
           "slices, fish paste and breaded fillets excluded"),
        ("лучок 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (yellow, red, peeled), weighed or packed; «1 кг» is the quantity "
           "wanted; dried onion, onion rings snacks and dishes with onion excluded"),
        ("ржаной хлеб кирпичик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974720", "4074396", "3627134", "3953836", "4354623", "2053660", "3974719",
                            "3624125", "3382146", "4329404"],
        }, "rye bread in the brick (tin-baked, формовой) form: Дарницкий and Бородинский loaves; "
           "those saying «формовой» and Дарницкий/Бородинский whose title does not name the form "
           "(taken as tin loaves, outside knowledge); hearth-baked (подовый) and round loaves "
           "(Каравай), rye loaves whose form is not stated (Старосельский, Рижский Хлеб Ржаной, "
           "Экохлеб Фермерский, Грiдневъ), the brand Ржаной Край and Магнит/Дикси breads of "
           "unknown form excluded"),
    ]),
    # fwb-11
    ("пиво жигулевское полторашка самое дешевое\nчипсы lays сметана и лук побольше\nарахиса соленого пачку", [
        ("пиво жигулевское полторашка самое дешевое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Жигулёвское beer in a 1.4–1.5 л bottle: Магнит sells «ЖИГУЛИ Барное» (another "
           "brand) in 0,45 л only; «самое дешевое» is a wish"),
        ("чипсы lays сметана и лук побольше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000568012", "ЦТ0044994", "2000330912"],
            "perekrestok": [],
        }, "Lay's sour cream & onion, plain and рифленые, any pack; «побольше» is a wish; Lay's "
           "«Сметана и зелень», «Белые грибы со сметаной», «Зеленый лук» and other brands' sour "
           "cream & onion chips excluded"),
        ("арахиса соленого пачку", {
            "pyaterochka": [],
            "magnit": ["81631c53d8"],
            "dixy": [],
            "perekrestok": [],
        }, "salted peanuts: Магнит Семушка «жареный, соленый»; flavoured Chico&Rico peanuts "
           "(bacon, cheese, wasabi, Mexico) whose title does not say salted, salted nut mixes and "
           "halva excluded"),
    ]),
    # fwb-12
    ("уголь березовый 3кг мешок, розжиг, шпикачки 1 кг, лаваш армянский 2 листа", [
        ("уголь березовый 3кг мешок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no charcoal in any chain's offers"),
        ("розжиг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fire-lighting products (liquid, briquettes, cubes) in any chain's offers"),
        ("шпикачки 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no шпикачки in any chain's offers; sardelki and sausages are other products"),
        ("лаваш армянский 2 листа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "thin Armenian lavash (Маркет «Армянский», Коломенский «Армянский тонкий»); tandoor "
           "flatbreads (лепёшки) excluded; «2 листа» is a quantity"),
    ]),
    # fwb-13
    ("воды 5л 2 бутыли\nзеленый чай пакетики 25 шт\nпеченюхи юбилейные", [
        ("воды 5л 2 бутыли", {
            "pyaterochka": [],
            "magnit": ["c0d204fa30", "7f00277465", "daea15c2c5"],
            "dixy": ["2000337258", "2000264455", "2000145479", "2000311289", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871",
                            "4231308"],
        }, "still drinking water in 5 л bottles (the size names the bottle), children's drinking "
           "water 5 л included; smaller bottles, mineral water and flavoured water excluded"),
        ("зеленый чай пакетики 25 шт", {
            "pyaterochka": [],
            "magnit": ["3cbdd6886d", "45d9a874e0", "5f006c6421", "6af760c408", "b4e965a022", "b80010aff6",
                       "e1b666c6ef"],
            "dixy": ["2000337169"],
            "perekrestok": ["2133950"],
        }, "green tea (flavoured included) in packs of 25 bags; packs of 20 or 100, loose green "
           "tea, oolong, herbal and ready-to-drink green tea excluded"),
        ("печенюхи юбилейные", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное cookies of any variant (традиционное, молочное, с глазурью, овсяное); "
           "Julius Meinl coffee «Юбилейный» excluded"),
    ]),
    # fwb-14
    ("мусорные пакеты 60 л покрепче, фольга для запекания рыбы, тарелки одноразовые 10 шт, стаканчики одноразовые под чай", [
        ("мусорные пакеты 60 л покрепче", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags of 60 л: Магнит «Мешки для мусора … Био ушки 60л»; «покрепче» is a wish"),
        ("фольга для запекания рыбы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no aluminium foil in any chain's offers («фольгированная» is a face mask)"),
        ("тарелки одноразовые 10 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable plates in any chain's offers"),
        ("стаканчики одноразовые под чай", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable cups in any chain's offers; ice cream «в вафельном стаканчике» and curd "
           "«стакан» are traps"),
    ]),
    # fwb-15
    ("кофе 3в1 десяток пакетиков, вареная сгущенка, пряники медовые", [
        ("кофе 3в1 десяток пакетиков", {
            "pyaterochka": [],
            "magnit": ["d340d565fe"],
            "dixy": [],
            "perekrestok": [],
        }, "3-in-1 coffee drink in a pack of 10 sticks: Магнит ЖОКЕЙ «3в1, 10х12г»; single sticks "
           "(Nescafé, Jacobs, Maxwell House, МакКофе), packs of 20 sticks, Jacobs 4в1 and "
           "Пятёрочка Nescafé Classic 7 sticks excluded"),
        ("вареная сгущенка", {
            "pyaterochka": [],
            "magnit": ["8000034109", "1000346225", "1000244735", "205bde5081", "1000379971", "1000244512",
                       "3ab993278c"],
            "dixy": ["2000335387", "2000311392"],
            "perekrestok": ["3684740", "4250610", "4245765"],
        }, "boiled condensed milk (молоко сгущённое варёное) of any brand and can; unboiled "
           "condensed milk and pastries, ice cream, wafers with boiled condensed milk excluded"),
        ("пряники медовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no honey пряники: the offers hold chocolate (LUCKY DAYS, Слана), Стойленские, "
           "заварные с клюквой/апельсином and pear-flavoured Северные пряники, none called "
           "медовые"),
    ]),
    # fwb-16
    ("тушенка свиная подешевле 3 шт\nрожки 1 пачка\nсоль поваренная", [
        ("тушенка свиная подешевле 3 шт", {
            "pyaterochka": [],
            "magnit": ["10442db11c", "00378960af", "bad91e2152", "cb1e84dc80"],
            "dixy": ["2000553351", "2000329129", "2000423791", "2000303429", "2000204154", "2000302685"],
            "perekrestok": ["4189730"],
        }, "pork tushonka of any brand («Свинина тушеная»); «подешевле» is a wish and «3 шт» a "
           "quantity; beef, turkey, horse, poultry in own juice and canned ham excluded"),
        ("рожки 1 пачка", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "367d4ecfc8", "f20a2d2027"],
            "dixy": ["2000544352", "2000575212", "2000005384", "2000005385", "2000572794"],
            "perekrestok": ["4274071", "4340660", "4328907", "82772", "3435299", "4273871", "4199587"],
        }, "pasta of the рожки (elbow) shape: рожки, рожок, рожок-полубублик, витой рожок, рожок "
           "крупный, Bakaleyshchiki «Рожок Малютка» with vegetables and Maltagliati «Chifferini "
           "Rigati» (chifferi = рожки, outside knowledge); Магнит «Моя цена Рожки 3кг» accepted "
           "(«1 пачка» is a quantity); pipe rigate, улитки, перья, спирали, ракушки and ice cream "
           "«рожок» excluded"),
        ("соль поваренная", {
            "pyaterochka": [],
            "magnit": ["d35c77aa75"],
            "dixy": ["2000001900", "ЦТ0031984", "ЦТ0001667", "ЦТ0044186", "ЦТ0001666", "DI00080806",
                     "2000171442", "2000317165", "2000543511", "2000543512"],
            "perekrestok": ["2157581", "4117216", "3450465", "3224598", "3224596", "3613636", "3613637",
                            "4259187", "4266810", "4335115", "4266811", "3652519", "4328849", "3255026",
                            "3231335"],
        }, "plain food salt of any grind: rock, evaporated (Экстра), iodised and plain sea salt "
           "(Перекрёсток itself titles sea salt «поваренная пищевая»); Himalayan pink salt, salts "
           "with herbs/garlic/spices (Адыгейская, Вкусная соль, душистые травы, грузинские травы, "
           "чесночная), dishwasher salt and bath salt excluded"),
    ]),
    # fwb-17
    ("сырокопченой колбасы палку, сырки плавленые 3 шт, нарезной батон на бутики, темное пивко", [
        ("сырокопченой колбасы палку", {
            "pyaterochka": ["3966938"],
            "magnit": ["6af3d2dba7", "65eabc7d3d", "4ea41a31dc", "63dfb9d92b", "54d2bfe83d", "012f52ac6f",
                       "64b09aa833", "494e727a2c", "9a7d190daf", "b1886148dd", "363ea9366e", "f35109da30",
                       "9cac16391e", "40d5bd1fe4", "47ef8a1460", "6c0ebbb571", "48c30df1cf", "d5889cdb3d"],
            "dixy": ["2000546175", "2000413915", "2000539576", "2000572231", "2000310948", "2000397424",
                     "2000284194", "2000598631"],
            "perekrestok": ["4338643", "4322133", "4321977", "4364470", "4100196", "4141051", "4095329"],
        }, "dry-smoked sausage (сырокопчёная, incl. полусухая and салями) sold as a whole stick — "
           "titles without «нарезка», minis included; sliced packs (нарезка), assortments, snack "
           "колбаски (Пиколини), bacon, balyk, carpaccio, ham and сыровяленые sausages excluded"),
        ("сырки плавленые 3 шт", {
            "pyaterochka": [],
            "magnit": ["1000227071"],
            "dixy": [],
            "perekrestok": [],
        }, "processed-cheese bars (сырок): Магнит Карат «Дружба» 45 % 90 г; tubs, "
           "triangles/portions, slices and blocks of 130–400 г and the «плавленый продукт» bars "
           "(Дружба 50 %, Моя цена «Дружба с сыром») excluded"),
        ("нарезной батон на бутики", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "white loaf of the «Нарезной» kind, sliced or not; other batons excluded; «на бутики» "
           "is a purpose"),
        ("темное пивко", {
            "pyaterochka": [],
            "magnit": ["c97b2b855e", "2d2759556d"],
            "dixy": [],
            "perekrestok": [],
        }, "dark beer: Wolpertinger тёмное нефильтрованное and Крушовице тёмное; light beers, "
           "beer drinks and alcohol-free excluded"),
    ]),
    # fwb-18
    ("семки жареные большой пакет\nкириехи с беконом\nбалтика 7 2 шт", [
        ("семки жареные большой пакет", {
            "pyaterochka": [],
            "magnit": ["166510f6cc", "83a6516715", "c07c5cf8b5", "a9efec4e65"],
            "dixy": ["2000540213", "2000196729", "2000228392"],
            "perekrestok": ["4155183", "85158", "3360327", "3014404", "3358404", "4004281", "4280034",
                            "4280033", "3403508", "3669391", "3669122", "3624461", "3276168", "3248291",
                            "3671291", "3619418", "3630849", "3473273", "3642467", "3695680", "3669392"],
        }, "«семки» = roasted sunflower seeds in shell, packs of 200 г and more taken as «большой "
           "пакет» (От Мартина/Бабкины/Золотая семечка etc. without «жареные» in the title are "
           "roasted seeds, outside knowledge); 70–180 г packs, shelled kernels, pumpkin seeds, "
           "seeds with peanuts, kozinaki and halva excluded"),
        ("кириехи с беконом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Кириешки in any chain's offers; other croutons are not Кириешки"),
        ("балтика 7 2 шт", {
            "pyaterochka": [],
            "magnit": ["4b9214b25a"],
            "dixy": [],
            "perekrestok": [],
        }, "Балтика №7 beer (Магнит 1,3 л); Балтика Крафти, Балтика №0 beer drinks excluded; «2 "
           "шт» is a quantity"),
    ]),
    # fwb-19
    ("салфетки влажные антибакт для рук, зажигалку пару штук, моющее для посуды фейри", [
        ("салфетки влажные антибакт для рук", {
            "pyaterochka": [],
            "magnit": ["337392b1b2", "9022eaa3a8", "73ec40a66f"],
            "dixy": [],
            "perekrestok": [],
        }, "antibacterial wet wipes (LA FRESH, АУРА, САЛФЕТИ); non-antibacterial wipes and AURA "
           "surface wipes excluded"),
        ("зажигалку пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lighters in any chain's offers"),
        ("моющее для посуды фейри", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6",
                       "b3ebaa28e5", "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1",
                       "7c5bd74e06", "43a0e3032e"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "Fairy washing-up liquid of any scent and size (Platinum, Pure&Clean, Нежные руки, "
           "ФЭЙРИ); Fairy dishwasher tablets «Все в 1»/«All in 1» and other brands excluded"),
    ]),
    # fwb-20
    ("килька в томатном соусе банки 3\nхлеба белого\nлуковицы 3 шт\nяйца десяток с0", [
        ("килька в томатном соусе банки 3", {
            "pyaterochka": [],
            "magnit": ["b755c9549a", "3569961f1a"],
            "dixy": [],
            "perekrestok": [],
        }, "kilka in tomato sauce (Доброфлот; ЛААТСА «обжаренная с чили» accepted as a variant); "
           "sprats in oil and other fish in tomato excluded; «банки 3» is a quantity"),
        ("хлеба белого", {
            "pyaterochka": [],
            "magnit": ["643727af2a", "67f076fea4", "7fa10b807d", "71b3f9704a"],
            "dixy": [],
            "perekrestok": ["2065120", "4329401", "3680023", "4102687", "4329402", "4157283", "4264947",
                            "78011178", "4318510", "78020935", "49457", "78007697", "78001023", "78010859"],
        }, "plain white wheat bread: white batons, wheat loaves (Горчичный, Французский, тостовый "
           "пшеничный), plain baguettes and ciabatta; rye and rye-wheat breads, bran/grain loaves "
           "(Отрубной, Зерновой, Хлебец Белый с отрубями, злаковый), sweet Хлеб Чайный, raisin "
           "bread, flavoured baguettes (чесночный, пикантный), buns and loaves whose flour is not "
           "stated (Советский, Крестьянский, Сельский, формовой, Монж, на кефире, Смак Бабушкин, "
           "Стройный рецепт, Ароматный) excluded"),
        ("луковицы 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (yellow, red, peeled), weighed or packed; «3 шт» is a quantity; "
           "dried onion excluded"),
        ("яйца десяток с0", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040", "4236458", "4012802",
                            "4085790", "3182853"],
        }, "chicken eggs С0 / СО / «отборные» in packs of 10; С1, С2, «высшей категории», packs "
           "of 15/20, quail eggs and chocolate eggs excluded"),
    ]),
    # fwb-21
    ("лапша быстрого приготовления в стакане, паштет печеночный 2 банки, сало соленое шматок, горчички баночку небольшую", [
        ("лапша быстрого приготовления в стакане", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no instant noodles in a cup: the instant noodles offered (Доширак Чан рамен, BigBon, "
           "Роллтон вермишель 85 г) are packs, not cups"),
        ("паштет печеночный 2 банки", {
            "pyaterochka": ["121c493676", "3966502"],
            "magnit": ["6771fd64ae", "72650c06ba"],
            "dixy": [],
            "perekrestok": [],
        }, "liver pâté: Магнит «ПАШТЕТ ПЕЧЕНОЧНЫЙ … ГОСТ» and Михайлов Курень «Печеночный», "
           "Пятёрочка «Паштет из печени» Егорьевская and the canned «Паштет с гусиной печенью» (a "
           "meat-and-vegetable pâté with goose liver, accepted); «2 банки» is a quantity; "
           "chicken, duck, turkey, salmon and vegetarian pâtés, «Паштет По-домашнему» (type not "
           "stated) and pet food excluded"),
        ("сало соленое шматок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000601572"],
            "perekrestok": ["4280740"],
        }, "salted pork fat in a piece: Дикси «Шпик бутербродный Мясоедов с чесноком 200г» and "
           "Перекрёсток «Сало из свиного шпика с черным перцем и чесноком» (taken as salted lard "
           "pieces, outside knowledge); smoked-cooked грудинка, bacon and fresh pork belly "
           "excluded"),
        ("горчички баночку небольшую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000582072", "2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "21002", "21001", "3995314", "3995313", "2143139",
                            "3333328", "3332503", "3333301", "3332502", "3285595", "3297748", "4152780",
                            "4149116", "4152778", "4322908", "3358711", "3358713", "3438145", "3435016",
                            "3372044", "4337616", "4337618", "4337617", "4273279", "4229365", "3416298",
                            "4229364", "2153858", "3434688", "3135056", "3980912", "3456246", "4268545"],
        }, "any prepared table mustard (Русская, столовая, дижонская, зернистая, баварская, "
           "французская, с мёдом, с хреном); «баночку небольшую» is the unit and a wish; byJam.me "
           "fruit mustards, whole mustard seeds «Горчица целая», mustard oil, relish and sauces "
           "excluded"),
    ]),
    # fwb-22
    ("купаты из свинины на мангал\nкетчуп heinz обычный томатный\nпомидорки розовые кг\nогурцов свежих штук 5", [
        ("купаты из свинины на мангал", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the only купаты offered (Магнит «Купаты ПИКНИЧОК (СП ГМ), 1кг») do not say what meat, "
           "so they are not accepted for «из свинины»; sausages and sardelki excluded"),
        ("кетчуп heinz обычный томатный", {
            "pyaterochka": ["2157309"],
            "magnit": [],
            "dixy": ["2000033799", "2000538777"],
            "perekrestok": ["4116830", "4154517", "4157702", "4274973"],
        }, "classic Heinz tomato ketchup (Томатный) in any size/pack; Heinz Pikador (a separate "
           "budget line), Heinz Острый/Суперострый/Итальянский/с чесноком/для гриля и "
           "шашлыка/укроп-петрушка and other brands excluded"),
        ("помидорки розовые кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465", "4377073"],
        }, "fresh pink tomatoes: titles saying «розовые» and Перекрёсток «Томаты Махитос "
           "Азербайджан» (Махитос is a pink variety, outside knowledge); red, yellow, cherry, "
           "cocktail, plum, Кумато, Бычье сердце, Голубая Леди, Панамера and unspecified "
           "tomatoes, canned/marinated tomatoes excluded; «кг» is a quantity"),
        ("огурцов свежих штук 5", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "2098997", "3301324", "3255111", "2088998", "4072", "2131726"],
        }, "fresh cucumbers of any kind (long, medium, short, smooth, prickly, fresh gherkins in "
           "a tray); pickled, salted, marinated cucumbers, assortments and «Огурцы Хрустящие» "
           "(type not stated) excluded; «штук 5» is a quantity"),
    ]),
    # fwb-23
    ("кукуруза консервированная на наживку, перловка на прикормку, манка 1 кг пачка, горох колотый для прикормки", [
        ("кукуруза консервированная на наживку", {
            "pyaterochka": [],
            "magnit": ["cfc404aebb", "a869e5b9ba", "d2de35fd7c", "27836bac30", "fb00d5f8b1"],
            "dixy": ["2000163950", "2000279948", "DI00079261", "10E0064890", "1041027555", "2000313796",
                     "2000556891", "2000318963"],
            "perekrestok": ["3447859", "4316301", "4321444"],
        }, "canned sweet corn kernels of any brand and size; «на наживку» is a purpose; corn "
           "snacks, corn sticks, vegetable mixes and salads with corn excluded"),
        ("перловка на прикормку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pearl barley (перловая крупа) in any chain's offers"),
        ("манка 1 кг пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no semolina in any chain's offers"),
        ("горох колотый для прикормки", {
            "pyaterochka": ["39156"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4306938"],
        }, "dry split peas: Перекрёсток «Горох шлифованный колотый Маркет, 800г» and Пятёрочка "
           "«Горох Увелка, 800 г» (Увелка's 800 г pea groats are split polished peas, outside "
           "knowledge); canned green peas, chickpeas, pea microgreens, pea soup and pea pasta "
           "excluded"),
    ]),
    # fwb-24
    ("картошки 3 кг мытой\nтушенка\nмасло подсолнечное нерафинированное запашистое\nсоль крупная на засолку рыбы", [
        ("картошки 3 кг мытой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309"],
            "perekrestok": [],
        }, "washed potatoes (title says «мытый»): Дикси white and red «мытый в упаковке»; "
           "potatoes whose title does not say washed (Перекрёсток «для варки/для жарки 3кг», "
           "«отборный 2.5кг», «в сетке», Бэби, Чик-Чик, Дикси «Картофель», «Белорусский»), sweet "
           "potato, boiled/fried potato dishes and fries excluded; «3 кг» is a quantity"),
        ("тушенка", {
            "pyaterochka": ["2021426"],
            "magnit": ["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b", "10442db11c", "00378960af",
                       "bad91e2152", "cb1e84dc80", "44c3941644", "b891029897", "1d557daa37"],
            "dixy": ["2000313236", "2000408120", "T000000869", "2000258591", "2000192964", "2000415753",
                     "2000220776", "2000302684", "2000557431", "2000553351", "2000329129", "2000423791",
                     "2000303429", "2000204154", "2000302685"],
            "perekrestok": ["4189729", "4189730"],
        }, "any canned stewed meat: beef/pork tushonka of every brand, also turkey and horse meat "
           "«тушеная» and poultry «в собственном соку» (Пятёрочка chicken, Магнит duck; taken as "
           "tushonka, outside knowledge); Пятёрочка canned ham «Ветчина … 325 г», liver pates, "
           "Перекрёсток «Капуста тушеная с сосисками» (ready dish) and pet food excluded; the "
           "count of tins is a quantity"),
        ("масло подсолнечное нерафинированное запашистое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4307791", "4149438", "3608379", "74883", "3653773", "4311768",
                            "3683883", "2071663"],
        }, "unrefined sunflower oil (нерафинированное, incl. «из жареных семечек» and high-oleic "
           "unrefined); «запашистое» is a wish; refined oils, blends with olive/linseed/almond "
           "oil, flavoured oils and mustard oil excluded"),
        ("соль крупная на засолку рыбы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0044186", "DI00080806"],
            "perekrestok": ["3255026", "3450465", "3613636", "3613637"],
        }, "coarse food salt: «крупная» or «помол №1» (the coarse grind sold for salting, outside "
           "knowledge); fine salts (Экстра, мелкая, помол №0), «средний помол», flavoured, "
           "Himalayan, dishwasher and bath salt excluded"),
    ]),
    # fwb-25
    ("кальмар сушеный соломкой, рыбка к пиву копченая, квас 2 л, пиво светлое нефильтрованное 4 шт", [
        ("кальмар сушеный соломкой", {
            "pyaterochka": [],
            "magnit": ["fd129d68ed"],
            "dixy": ["2000175972"],
            "perekrestok": [],
        }, "dried squid in strips: Магнит SOLONINA «сушено-вяленый, полоски» and Дикси Сухогруз "
           "«Кальмар сушеный» (form not stated; taken as strips since Дикси lists the rings "
           "separately); Сухогруз «Кольца кальмара», Магнит Донской «вкус краба» (form not "
           "stated), frozen squid, squid salads excluded"),
        ("рыбка к пиву копченая", {
            "pyaterochka": [],
            "magnit": ["471f0cbf3e", "1b9094b7b8"],
            "dixy": ["2000545671"],
            "perekrestok": [],
        }, "smoked fish snack cuts for beer: cold-smoked масляная рыба «филе кусочки», скумбрия "
           "«Косичка» and скумбрия «кусочки холодного копчения»; dried/вяленые snacks (полосатик, "
           "янтарная рыбка, горбуша соломка, путассу, анчоусы, корюшка — not smoked), whole "
           "smoked mackerel and herring fillets, salmon/keta slices for sandwiches and pork «к "
           "пиву» snacks excluded"),
        ("квас 2 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kvass exists only as Перекрёсток «Квас Медовый … 1л» and Пятёрочка «Квас … 2,5л»; "
           "neither is 2 л (the size names the bottle)"),
        ("пиво светлое нефильтрованное 4 шт", {
            "pyaterochka": [],
            "magnit": ["69a66b3a0f", "7e7ff281a0", "b22153f240", "b4204a2237", "409bf95866", "3ea97ca924",
                       "72ef636633", "ec022e4637"],
            "dixy": [],
            "perekrestok": [],
        }, "light unfiltered beer (светлое нефильтрованное, incl. wheat and IPA) and ЭДЕЛЬВЕЙС "
           "«Напиток пивной нефильтрованный» (a light wheat beer, outside knowledge); filtered "
           "beer, flavoured beer drinks (Мишенька под вишенкой, ALKO, Amstel alcohol-free) and "
           "dark beer excluded; «4 шт» is a quantity"),
    ]),
]


def blind_texts(path):
    """List texts of the blind draft: '#' lines are the header, '=== id ===' starts a list."""
    texts = []
    lines = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if re.match(r"=== \S+ ===$", line):
                lines = []
                texts.append(lines)
                continue
            if lines is not None and line.strip():
                lines.append(line)
    return ["\n".join(t) for t in texts]


def check_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("%d lists, blind draft has %d" % (len(lists), len(blind)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        if n in REPLACED:
            old, new = REPLACED[n]
            if draft.count(old) != 1:
                errors.append("list %d: replaced item %r not found once in the blind draft" % (n, old))
            draft = draft.replace(old, new)
        if text != draft:
            errors.append("list %d differs from the blind draft: %r != %r" % (n, text, draft))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fwb"))
