#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vp.jsonl -- 25 shopping lists of a young father cooking a birthday dinner for his wife
from website recipes (exact grams and spoons, spices, cream, cheese, a dessert, wine) plus coffee for the morning,
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vp.build.py

LISTS below is literal data: 25 lists (3-4 items, 91 items) as typed to a Telegram bot, and for every item the
product ids of every store that a reasonable shopper who wrote exactly that item would accept.  The lists were
written first, before any offer was read, and saved in fresh_basket_eval_vp.blind_lists.txt (read-only); this
script checks that every list text here is byte-identical to that blind draft, apart from the items recorded in
REPLACED (none).  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings) and read one by one, and every item was re-checked by listing
all in-stock titles matching its stem that were not accepted; the note of each item records what was accepted,
what was deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store
has nothing acceptable (the item is "missing" there).  The labels were made without reading the tool being
evaluated or its data files, and without the labels of any other set.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in real_offers_g.jsonl *for
that store* and is in stock (``available`` true), no id is repeated within an item, every item has a note, and
the labels are exactly the list's items in order (an item is the text between commas / new lines) -- and writes
the JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fvp01,
fvp02, ... in LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vp.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vp.blind_lists.txt")

# Items replaced after labelling because a whole list was empty in all four stores:
# {list number: [(blind item text, new item text), ...]}.  No list was empty everywhere, so none was replaced.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 carbonara
    ("спагетти 400 г\nбекон нарезка 150г\nсливочки 20% 200 мл\nпармезан грамм 100", [
        ("спагетти 400 г", {
            "pyaterochka": ["94429"],
            "magnit": ["5296e76f4b", "9332b0bf64", "811f1a2896"],
            "dixy": ["2000280926", "2000016649", "ЦТ0021284", "2000005386", "2000288865"],
            "perekrestok": ["4340661", "4347044", "3623096", "82760", "3501223", "3435297", "4273870",
                            "4117174"],
        }, "dry spaghetti of any brand and thickness (incl. «тонкие», Barilla Spaghettini №3 and Спагеттони); «400 г» "
           "is the recipe amount, not a pack size (packs of 400/450/500 g accepted); Перекрёсток Зелёная Линия "
           "gluten-free spaghetti made of pea flour / corn-rice flour excluded as a different product; chechil cheese "
           "«спагетти», ready meals with spaghetti (котлета де-воляй, «Спагетти Неро с креветками») and Astoria sauce "
           "«для спагетти» excluded"),
        ("бекон нарезка 150г", {
            "pyaterochka": [],
            "magnit": ["d705bc4e4d"],
            "dixy": ["2000572451", "2000414199"],
            "perekrestok": ["3649811", "4165825", "4191111", "4296355"],
        }, "packaged bacon (smoked, smoked-cooked or raw «для жарки»), incl. Мираторг beef bacon «из мраморной "
           "говядины»; 150 г is a quantity, not a filter; outside knowledge: the 150-260 g bacon packs whose titles do "
           "not say «нарезка» (Клинский «Черный кабан», Ближние Горки, Зелёная Линия, Маркет) are sold as slices; "
           "bacon-flavoured peanuts, sausages «с беконом», cat food and ready meals excluded"),
        ("сливочки 20% 200 мл", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000461012", "1000549783", "1812420003", "1000290041"],
            "dixy": [],
            "perekrestok": ["3163857", "4267107", "44831", "4316249"],
        }, "drinking cream labelled exactly 20% (sterilised or UHT, any pack; 200 мл is the recipe amount); Пятёрочка "
           "PRESIDENT «Крем слив. взбит. 20%» (whipped cream in an aerosol) excluded; Дикси sells no cream"),
        ("пармезан грамм 100", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "0dc02300a0", "1000384143", "632a4664e6",
                       "b10071458c", "1000526832"],
            "dixy": ["2000597551"],
            "perekrestok": ["4345021", "3496416", "3496419", "4300784"],
        }, "parmesan of any form and fat (piece, weighed, grated; Dolce Granto, Laime incl. Ризерва, Поставский "
           "«Пармезан Гранд», Premiere of Taste, Чиз Галлери, Невские сыры, Маркет, Зелёная Линия); the recipe amount "
           "is a quantity, not a pack filter; Magnit ITALIAN SNACK «Крем-сыр из пармезана с гриссини» and ravioli «с "
           "пармезаном» excluded; Parmalat (milk) is a stem trap"),
    ]),
    # L2 tiramisu
    ("маскарпоне 2 упаковки по 250 г, печенье савоярди 400 г, какао-порошок без сахара для посыпки", [
        ("маскарпоне 2 упаковки по 250 г", {
            "pyaterochka": [],
            "magnit": ["1000216596", "7bf2a13355", "e0645613c9"],
            "dixy": [],
            "perekrestok": ["4154662"],
        }, "mascarpone cheese (Pretto, Бонфесто, Зелёная Линия; all are 250 g packs, so the written pack size is met); "
           "Magnit Viola yoghurt «с сыром Маскарпоне» excluded"),
        ("печенье савоярди 400 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no savoiardi / ladyfinger biscuits in any store (grepped савоярд, savoiard, дамские пальчики, "
           "бисквитн/палочк/итальянск biscuits); Magnit ХЛЕБНЫЙ СПАС «Итальянское» cookies and sugar biscuits are not "
           "savoiardi"),
        ("какао-порошок без сахара для посыпки", {
            "pyaterochka": [],
            "magnit": ["f675db585c", "25a1b729b4"],
            "dixy": [],
            "perekrestok": [],
        }, "plain cocoa powder: Magnit «Какао-порошок РОССИЙСКИЙ» and Красный Октябрь «Какао натуральный ЗОЛОТОЙ ЯРЛЫК» "
           "(outside knowledge: natural cocoa powder has no added sugar; Золотой ярлык is the classic unsweetened cocoa "
           "powder); cocoa drinks (ЧУККА «Гранулированный» - outside knowledge: a sweetened instant drink, Скрепыши, "
           "Хрутка, MacChoco, Nesquik), chocolate «какао 70%», spreads and cookies with cocoa excluded"),
    ]),
    # L3 steak
    ("стейки рибай 2 штуки, розмарин свежий пару веточек, сливочное масло 82.5% 50 г", [
        ("стейки рибай 2 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3478153"],
        }, "rib-eye steak: only Перекрёсток Мираторг Black Angus «Рибай без кости»; other beef steaks (Тендер, Минутка, "
           "Паризьен, Канзас, Чак Ролл, Пеппер, Мачете, Фланк), «Говядина Антрекот без кости» (not named rib-eye), pork "
           "and fish steaks and Kotanyi steak seasoning excluded"),
        ("розмарин свежий пару веточек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh rosemary in any store; Magnit КОТАНИ «Розмарин нарезанный 15г» is dried (the user wrote «свежий»), "
           "rosemary crackers, bread and lemonade excluded"),
        ("сливочное масло 82.5% 50 г", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                       "1000433642", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643",
                       "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831",
                     "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "34890", "3628337",
                            "4260609", "3026226", "4113532", "3434127", "3612778", "4310021", "4055506",
                            "86149", "3369241", "3698785", "3287314", "3396544", "3657363", "4292462",
                            "4343792", "3699369", "3953367", "4196090", "4135603", "3922315"],
        }, "butter labelled exactly 82.5% (incl. Перекрёсток Брест-Литовск «несолёное 82.5» without the % sign, "
           "lactose-free Тысяча Озёр); 50 г is the recipe amount, not a filter; 82% butters (Arla Natura, President, "
           "Молочный знак, JALO KERMA, Киприно), 72.5%, 62% chocolate butter, ghee, margarine and spreads excluded"),
    ]),
    # L4 wine and cheese
    ("винишко красное сухое хорошее, сыр камамбер к вину, виноград без косточек веточку к сыру", [
        ("винишко красное сухое хорошее", {
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
        }, "still red wine labelled сухое (any country/grape, incl. Magnit «Мас Вантенак выдерж красн сух»); «хорошее» "
           "is a wish, not a filter; полусухое, полусладкое, port (ликерное), sparkling and rosé excluded; Пятёрочка "
           "and Дикси sell no still wine"),
        ("сыр камамбер к вину", {
            "pyaterochka": [],
            "magnit": ["1000280920", "f58b273104", "8000077476", "6fea2c6791"],
            "dixy": [],
            "perekrestok": ["4203083"],
        }, "cheese named camembert (President, Виталат, Premiere of Taste, Зелёная Линия); other white-mould cheeses "
           "not named camembert (President Petit Brie, «Снэк а ля Франсэ», Дикси «Supreme мягкий с белой плесенью») "
           "excluded"),
        ("виноград без косточек веточку к сыру", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, "fresh grapes stated as seedless: Дикси «Виноград Мускат, без косточки»; Перекрёсток fresh grapes whose "
           "titles do not say seedless (Ред Глоб, Тайфи, чёрный, Artfrut белый) excluded - outside knowledge: Red Globe "
           "and Тайфи have seeds; dried grapes, fruit mixes, juices and grape-flavoured goods excluded"),
    ]),
    # L5 baked salmon
    ("филе лосося 500 г, лимон 1 шт для сбрызгивания, укроп свежий 1 пучочек, сливки 10% 200мл", [
        ("филе лосося 500 г", {
            "pyaterochka": [],
            "magnit": ["f189222db5"],
            "dixy": [],
            "perekrestok": [],
        }, "raw salmon fillet: Magnit «ФИЛЕ ЛОСОСЯ полуфабрикат из замороженного сырья, 1кг» (500 г is the amount "
           "wanted, not a pack size); whole salmon (тушка), «ЛОСОСЬ кусок» and salmon/trout steaks (cross-cut pieces, "
           "not fillet), salted trout fillets, chopped smoked salmon, caviar, pâté, salmon in sauce, olives/crab sticks "
           "«с лососем» and cat food excluded"),
        ("лимон 1 шт для сбрызгивания", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose or 2-packs; «1 шт» is a quantity); Перекрёсток «Микс Лайм-лимон» (a lime + lemon pack), "
           "«Набор иммунный имбирь-лимон», «Нектарины лимонные», olives and anything lemon-flavoured excluded"),
        ("укроп свежий 1 пучочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh dill in any store; only goods «с укропом» (herring, chechil, chips, croutons, ketchup, olives) "
           "exist"),
        ("сливки 10% 200мл", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1000128456", "1000144079", "1000537609", "3201860040",
                       "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["4267108", "3431574", "44849"],
        }, "drinking cream labelled exactly 10% in packs for cooking (any size, incl. Valio «для кофе» 1 л; 200мл is "
           "the recipe amount); portion creamers 10×10 г (Альпенгурт, Campina, Зелёная Линия) excluded as not a cooking "
           "pack; Parmalat 11% excluded (fat must match); Дикси and Пятёрочка have no 10% cream"),
    ]),
    # L6 chicken in cream sauce
    ("куриные бедрышки без кости 1 кг\nшампиньончики 300 г\nсливки 22%\nмускатный орех", [
        ("куриные бедрышки без кости 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000581594"],
            "perekrestok": ["2160048", "78004576", "3683728"],
        }, "boneless chicken thigh fillet (филе бедра куриное / цыплёнка-бройлера); 1 кг is the amount wanted, not a "
           "filter; Magnit bone-in «Бедро куриное» (incl. «гриль»), Перекрёсток «Филе цыплёнка … без кости» (breast "
           "fillet - outside knowledge, as in set g), turkey thigh fillet and beef thigh excluded"),
        ("шампиньончики 300 г", {
            "pyaterochka": [],
            "magnit": ["4de59ad542"],
            "dixy": ["DI00079986", "1100074529", "2000332389", "2000088639", "ЦТ0046651"],
            "perekrestok": ["4270844", "4051468", "59120", "4280106", "3669839", "2071820", "3685051",
                            "4136012", "3622668", "3683919", "3652049", "4355283", "3950281", "6176"],
        }, "fresh champignons (white, royal/brown, mini, mixes, loose or in trays, incl. fresh sliced/diced 200-300 g "
           "trays and the organic Зелёная Линия pack); the gram amount is the recipe quantity, not a pack filter; a "
           "mushroom word means fresh produce, so canned (Bonduelle, Lutik, Pucci, Бояринъ, Lorado, Пятёрочка «ДСК "
           "Грибы Шампиньоны 400 г»), marinated, Korean-style, frozen (И зимой и летом, Морозко, Маркет/Пр!ст "
           "быстрозамороженные) and ready dishes/salads excluded; outside knowledge: Перекрёсток 400 g «Шампиньоны "
           "резаные» Маркет and Пр!ст are canned (priced and sized like the Lutik tins), «Смесь мини микс шампиньоны» "
           "and «Шампиньоны для гриля Маркет 700г» are fresh mushrooms"),
        ("сливки 22%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cream of 22% in any store (creams are 10, 11, 20 and 33%); the written fat % must match, so none is "
           "accepted"),
        ("мускатный орех", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3689199"],
        }, "nutmeg: Перекрёсток «Орех мускатный молотый Маркет» (ground; the user named no form); «Сервелат МУСКАТНЫЙ», "
           "muscat wines/grapes and body oil «мускатное» excluded"),
    ]),
    # L7 cheesecake
    ("сливочный сыр 600 г, сахарная пудра 100 г, печенье юбилейное для основы 2 пачки, маслице сливочное", [
        ("сливочный сыр 600 г", {
            "pyaterochka": [],
            "magnit": ["1000375622", "1000534494", "1000450007", "8000023741", "9409610181", "6657cd7a33",
                       "1000032374", "1000501241", "1899910131", "ee73d388ce", "1000296346", "54bb147c2f",
                       "1000460184"],
            "dixy": ["2000325249", "2000516592"],
            "perekrestok": ["4162492"],
        }, "in this cheesecake list «сливочный сыр» is cream cheese: plain creamy/curd cheese (сыр творожный сливочный "
           "or plain, Cream Nuvo, Pretto, Sveza, Экомилк, Almette, Hochland, President, Violette, Савушкин «Воздушный "
           "сливочный», Зелёная Линия «Кремчиз мягкий сливочный»); 600 г is the recipe amount; flavoured cream cheeses "
           "(с зеленью, травами, авокадо, креветками, хреном, огурцами), semi-hard cheeses named «Сливочный» (Natura, "
           "Молокавоз, Valio Олтермани, President «Мастер бутерброда») - a trap -, processed cheese, curd desserts and "
           "Фетакса excluded"),
        ("сахарная пудра 100 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0026194"],
            "perekrestok": [],
        }, "icing sugar: Дикси «Сахарная пудра Магета»; goods «в сахарной пудре» (cranberries, corn sticks, sweets) and "
           "cosmetics «пудры» excluded"),
        ("печенье юбилейное для основы 2 пачки", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное cookies of any variant (brand + product word: молочное, традиционное, с глазурью, овсяное); «для "
           "основы» is a purpose and «2 пачки» a quantity; Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» "
           "coffee excluded"),
        ("маслице сливочное", {
            "pyaterochka": ["3993159", "3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                       "1000384151", "1000433642", "87355db645", "1000151122", "1000262381", "8000045816",
                       "1000521208", "a1a2b1e98a", "3181241105", "1855599920", "1899911038", "4fc2d8c8ad",
                       "1844000142", "1000070643", "1899900309", "1000566266", "1000457493", "8000058591"],
            "dixy": ["2000186964", "2000401635", "2000575412", "2000604391", "2000588791", "2000288309",
                     "2000509906", "2000581831", "2000538793", "DI00080070", "2000602271", "2000605413",
                     "10J0079578"],
            "perekrestok": ["2029217", "3363741", "2068941", "3654551", "4175276", "3999749", "3413519",
                            "3645266", "3643092", "3637761", "3472940", "4260610", "3980020", "4051359",
                            "3423762", "4035287", "34890", "3917028", "3628337", "4260609", "3026226",
                            "4113532", "4188099", "4188102", "3434127", "4281083", "3963777", "3384196",
                            "3612778", "4310021", "2043237", "3355277", "4055506", "86149", "86150",
                            "3369241", "3226314", "2071031", "3698785", "3287314", "3396544", "3406593",
                            "3657363", "3371288", "4292462", "4343792", "3699369", "3953367", "4196090",
                            "4147662", "4135603", "3922315", "4068626", "3347817"],
        }, "butter of any fat (72.5, 82, 82.5%, incl. unsalted and lactose-free, Волгодонское/Княгининское without a "
           "stated %); chocolate butter 62%, ghee, margarine, spreads and goods «на сливочном масле» excluded"),
    ]),
    # L8 morning coffee and croissants
    ("кофе lavazza зерновой, молоко 3.2% ультрапастеризованное, круассанчики", [
        ("кофе lavazza зерновой", {
            "pyaterochka": ["3396617"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lavazza coffee beans: Пятёрочка «LAVAZZA Кофе CREMA E AROMA зер.в/у 1кг»; Lavazza ground coffee (Дикси, "
           "Перекрёсток Crema e Gusto, Qualita Oro «молотый») excluded as not beans"),
        ("молоко 3.2% ультрапастеризованное", {
            "pyaterochka": [],
            "magnit": ["1000244834", "1812450001", "1000323041", "be3e0e74c3", "1000049786", "18ca387556",
                       "1000172272", "1899800825", "8000058295"],
            "dixy": ["2000238271", "2000066819", "2000560951", "10J0077073", "2000600213"],
            "perekrestok": [],
        }, "cow drinking milk labelled 3.2% and ultrapasteurised (incl. children's UHT milk Агуша 925 мл and Тема 200 "
           "мл, per the milk convention); pasteurised and sterilised 3.2% milk (Мозырские, Агуша 500 мл "
           "«стерилизованное»), Дикси Му-у «Для капучино» (barista milk), milk whose treatment is not stated (Пятёрочка "
           "Агуша 500 г, Тема «с 3 лет», Аммм, Простоквашино 1.4 л, Дикси Село Зелёное 2 кг, Зелёная Линия «для "
           "детского питания»), ranges 3.2-4 / 3.2-6, топлёное, milkshakes and kefir excluded"),
        ("круассанчики", {
            "pyaterochka": [],
            "magnit": ["872b08ccfa", "82f52ab2a8", "0e4d3ba41d", "3046eb3991", "dd1f7d8587", "1060048500",
                       "500db2728b", "434e427072"],
            "dixy": [],
            "perekrestok": ["78034635", "78034827", "78035100", "78035105", "78035149", "78035146",
                            "78035144"],
        }, "croissants of any kind and filling (7 DAYS mini/midi, LUCKY DAYS, Magnit «КРУАССАН с шоколадно-ореховой "
           "начинкой», Перекрёсток almond, chocolate «плоский»/«куб» and «Круассан-ролл» pastries); no plain croissant "
           "is on offer, the user named no filling"),
    ]),
    # L9 prawns in garlic cream
    ("креветки королевские 500 г, чеснок 1 головка, сливки 33 процента 200 мл, петрушка свежая 1 пучок", [
        ("креветки королевские 500 г", {
            "pyaterochka": [],
            "magnit": ["daa53ea23d", "d757ba985f"],
            "dixy": ["2000283070", "2000578411", "2000595631"],
            "perekrestok": ["4328813", "4301249", "4296609", "4269762", "69215", "3464112", "3420956",
                            "3331822", "4360313", "4364088"],
        }, "king prawns, raw (incl. Polar «Королевские белоногие … сыромороженые» - found on re-check, the stem «сыр» "
           "had hidden them) or cooked-frozen, shell-on or peeled: titles saying «королевские», plus Перекрёсток "
           "«Ваннамей» and Camimex «тигровая» (outside knowledge: white-leg/vannamei and tiger prawns are what Russian "
           "retail sells as «королевские»); 500 г is the amount wanted; Argentine red, northern and unspecified "
           "«варено-мороженые»/«неразделанные 70/90» shrimps, prawns on skewers in garlic marinade, «ванамей отварные в "
           "рассоле», shrimps in brine (Санта Бремор, Русское Море), dumplings, caviar/pastes «с креветкой», poke and "
           "ready meals excluded"),
        ("чеснок 1 головка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278", "4090538"],
        }, "fresh garlic (loose, 1 шт, Фермерский 150 г, «ранний», and Фермерский «отборный зубчиками» peeled cloves - "
           "«1 головка» is the amount); dried, granulated, ground, chopped/grated, smoked, salted garlic, seasonings "
           "and goods «с чесноком» excluded"),
        ("сливки 33 процента 200 мл", {
            "pyaterochka": ["44799"],
            "magnit": ["1000299287", "8000056173"],
            "dixy": [],
            "perekrestok": ["44799"],
        }, "cream labelled exactly 33% (Вкуснотеево «для взбивания» 250 г, Молочный мир 500 г, Петмол 500 мл; Пятёрочка "
           "titles the same Петмол id «ПЕТМОЛ Крем сливочный ул/паст.33% 500г» - same product id as Перекрёсток's "
           "«Сливки Петмол … 33%»); 200 мл is the recipe amount; other fats and whipped aerosol cream excluded; Дикси "
           "sells no cream"),
        ("петрушка свежая 1 пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley: Дикси «ПЕТРУШКА УПАК 75Г» (a packed bunch); Heinz ketchup «укроп-петрушка» excluded; no "
           "other store sells fresh parsley"),
    ]),
    # L10 caesar salad
    ("салат романо 1 кочан, куриная грудка 2 шт, соус для цезаря готовый", [
        ("салат романо 1 кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no romaine lettuce in any store (grepped романо/romano/ромэн/ромен/латук/айсберг/листовой салат); leaf "
           "mixes (руккола-мангольд-шпинат), spinach, chard, cabbage and ready salads are not romaine"),
        ("куриная грудка 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3673509", "3669585", "4242120", "4208844", "53105", "3694848", "4323072",
                            "3273915", "2173555", "3946764", "4329298", "3653837", "52888", "3191300",
                            "3689116", "3362832", "3940063", "4312563", "3678985", "3649232", "3609675",
                            "4306879", "4116904", "3034277", "4347498", "3216279", "3336397"],
        }, "raw chilled chicken breast: breast fillet (филе грудки, «филе куриное», «филе цыплёнка(-бройлера)» incl. "
           "«без кости», «малое» and medallions from breast fillet) and breast on the bone; «2 шт» is a quantity; "
           "outside knowledge: «филе цыплёнка» without a part named is breast fillet (as in set g); marinated fillet, "
           "thigh fillet, cooked/fried/sous-vide fillet, ready meals, sausages «с куриной грудкой» and seasoning «для "
           "филе куриной грудки» excluded; Magnit sells no chicken breast"),
        ("соус для цезаря готовый", {
            "pyaterochka": [],
            "magnit": ["2766a93ca7"],
            "dixy": [],
            "perekrestok": [],
        }, "Caesar salad dressing: Magnit «Соус HEINZ, Цезарь»; the brand Цезарь (pelmeni, vareniki, pizza, blinchiki) "
           "and a «сэндвич-ролл цезарь» excluded"),
    ]),
    # L11 spice shelf
    ("копченая паприка 2 ч.л., прованские травы, куркума молотая щепотка, орегано сушеное", [
        ("копченая паприка 2 ч.л.", {
            "pyaterochka": [],
            "magnit": ["bc8ee9164c"],
            "dixy": [],
            "perekrestok": [],
        }, "smoked paprika: Magnit «Приправа КОТАНИ Паприка копченая молотая»; plain (not smoked) ground paprika "
           "(Восточный гость, КОТАНИ «Перец красный молотый»), pepper mixes with paprika and goods «с копченой "
           "паприкой» (mussels) excluded"),
        ("прованские травы", {
            "pyaterochka": [],
            "magnit": ["4ad08d4a17"],
            "dixy": [],
            "perekrestok": [],
        }, "herbes de Provence: Magnit «Прованские травы ВОСТОЧНЫЙ ГОСТЬ»; КОТАНИ mill «Чеснок-травы-соль», Савушкин "
           "cream cheese «Прованские травы», cashews/olives «с прованскими травами» and Провансаль mayonnaise excluded"),
        ("куркума молотая щепотка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no turmeric spice in any store; Dove shampoo/balm, a drink mix and a tea «куркума» are not the spice"),
        ("орегано сушеное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no oregano in any store; only Magnit crackers «с томатом и орегано» mention it"),
    ]),
    # L12 panna cotta
    ("желатин листовой, сливки 33% 500мл, ванильного сахара 2 пакетика, малина замороженная 300 г", [
        ("желатин листовой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sheet gelatin: Дикси «Желатин Dr.Bakers 10 г» and «Желатин Магета 50 г» do not say листовой (outside "
           "knowledge: both are powdered/granulated gelatin), so they are excluded for a written «листовой»"),
        ("сливки 33% 500мл", {
            "pyaterochka": ["44799"],
            "magnit": ["1000299287", "8000056173"],
            "dixy": [],
            "perekrestok": ["44799"],
        }, "cream labelled exactly 33% (Вкуснотеево «для взбивания» 250 г, Молочный мир 500 г, Петмол 500 мл in "
           "Перекрёсток and, titled «ПЕТМОЛ Крем сливочный ул/паст.33% 500г», the same product id in Пятёрочка); 500мл "
           "is the recipe amount; other fats and whipped aerosol cream excluded"),
        ("ванильного сахара 2 пакетика", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220514"],
            "perekrestok": ["4272698"],
        }, "vanilla sugar sachets (Dr.Bakers 8 г); Magnit «Ванилин ХААС» (vanillin, a different product) and "
           "vanilla-flavoured goods excluded"),
        ("малина замороженная 300 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4315997"],
        }, "frozen raspberries: Перекрёсток «Малина быстрозамороженная Маркет, 300г»; fresh berry mix, freeze-dried "
           "(сублимированная), raspberries ground with sugar, fruit ice, drinks and raspberry-flavoured goods excluded"),
    ]),
    # L13 drinks for the toast
    ("шампанское брют на праздник, вино белое не сладкое, апельсиновый сок 1 л", [
        ("шампанское брют на праздник", {
            "pyaterochka": [],
            "magnit": ["22ff9f18a9", "31844a02d1", "3372349d7b", "3524b141a3", "36e4ecf3ef", "4eb78cec1b",
                       "84ac7a2c5a", "921bd70811", "ed1f763e6d", "fc186391a3"],
            "dixy": [],
            "perekrestok": ["4006572"],
        }, "sparkling wine labelled брют, white or rosé (Абрау-Дюрсо incl. Премиум, Аристов, Шато Тамань, Prosecco, "
           "Cava, Crémant de Loire, Советское Шампанское розовое брют) - «шампанское» is the everyday word for "
           "sparkling wine and no colour was written; экстрабрют, сухое, полусухое, полусладкое and sweet sparkling "
           "wines (Asti, Lambrusco, Martini Rose), champagne-flavoured sweets excluded"),
        ("вино белое не сладкое", {
            "pyaterochka": [],
            "magnit": ["01de06b977", "02507ad3f8", "0429e26101", "043106a8fb", "04516a47c7", "072b078ee1",
                       "0b845d9920", "0dacfed04a", "0f4d49c5a1", "15025c63db", "24e770ab97", "32a448e1b9",
                       "505d47a56d", "510094e368", "55436a6301", "55db4467cc", "58c42ead4d", "715024d773",
                       "81e5535fde", "8664bd4027", "8fc27edd40", "9111e6bce0", "9e45b7a262", "9e6ee9ccf9",
                       "be67f7ed8c", "c040e89131", "c6c844d469", "c96b9bca7c", "cd9e940465", "d9d0369883",
                       "e216d600a4", "e37dec0c08", "e387b9ab8b", "e739c2b83b", "eb1742ab37"],
            "dixy": [],
            "perekrestok": ["3473805"],
        }, "still white wine labelled сухое or полусухое («не сладкое» read as dry or off-dry, i.e. not "
           "полусладкое/сладкое); semi-sweet and sweet white wines, sparkling wines and red/rosé excluded"),
        ("апельсиновый сок 1 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814", "2000177095", "2000107420"],
            "perekrestok": [],
        }, "orange juice in a litre pack (Rich 1 л, «Я» 0,97 л, J7 «для детского питания» 0,97 л - 0.97 l is the usual "
           "litre carton, and children's juice counts); J7 0,3 л excluded for the written size; nectars (Добрый, "
           "Любимый «100% апельсин»), сокосодержащие напитки (Pulpy, Вкусно Сок), J7 «Продукт питьевой», multi-fruit "
           "and detox juices, smoothies and fresh oranges excluded"),
    ]),
    # L14 julienne
    ("шампиньоны 400г\nсметана 20% 2 ст. ложки\nмука 1 ст.л.\nгауда тертая", [
        ("шампиньоны 400г", {
            "pyaterochka": [],
            "magnit": ["4de59ad542"],
            "dixy": ["DI00079986", "1100074529", "2000332389", "2000088639", "ЦТ0046651"],
            "perekrestok": ["4270844", "4051468", "59120", "4280106", "3669839", "2071820", "3685051",
                            "4136012", "3622668", "3683919", "3652049", "4355283", "3950281", "6176"],
        }, "fresh champignons (white, royal/brown, mini, mixes, loose or in trays, incl. fresh sliced/diced 200-300 g "
           "trays and the organic Зелёная Линия pack); the gram amount is the recipe quantity, not a pack filter; a "
           "mushroom word means fresh produce, so canned (Bonduelle, Lutik, Pucci, Бояринъ, Lorado, Пятёрочка «ДСК "
           "Грибы Шампиньоны 400 г»), marinated, Korean-style, frozen (И зимой и летом, Морозко, Маркет/Пр!ст "
           "быстрозамороженные) and ready dishes/salads excluded; outside knowledge: Перекрёсток 400 g «Шампиньоны "
           "резаные» Маркет and Пр!ст are canned (priced and sized like the Lutik tins), «Смесь мини микс шампиньоны» "
           "and «Шампиньоны для гриля Маркет 700г» are fresh mushrooms"),
        ("сметана 20% 2 ст. ложки", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404",
                       "1000574405", "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715",
                     "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524",
                            "4221355", "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, "sour cream labelled exactly 20% (any brand and pack; «2 ст. ложки» is the recipe amount); 15/25% sour "
           "cream, сметанный продукт and «сметанный» mayonnaise excluded"),
        ("мука 1 ст.л.", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
            "dixy": ["D000002191", "ЦТ0035253", "ЦТ0037862", "2000578792", "2000317163", "ЦТ0044481",
                     "2000576791", "2000553733", "ЦТ0044544", "2000213875"],
            "perekrestok": ["3505430", "4278294", "3292690", "3915409", "3193726", "3305673", "4215036",
                            "91320", "91321", "16318", "4326495", "3681817", "4262616", "2037765", "3346668",
                            "3626914", "2107396", "3394693", "2112692", "2112693", "3502351"],
        }, "plain white wheat flour of any grade and pack (высший сорт, хлебопекарная, экстра, Манитоба; «1 ст.л.» is "
           "the recipe amount); outside knowledge: Перекрёсток «Мука Царь, 1кг» and «Тихорецкая особая» are wheat "
           "flours; gluten-free, chickpea, 7-grain, whole-grain (цельносмолотая), self-raising (самоподнимающаяся), "
           "rice/corn/rye/oat flours and pancake mixes excluded"),
        ("гауда тертая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no grated gouda in any store: gouda is sold in blocks, weighed or sliced (Landkaas, Брест-Литовск, "
           "Молокавоз, Село Зелёное, Маркет), which does not match the written form «тертая»; grated cheese mixes "
           "(Вкуснотеево «микс 4 сыра», Landkaas «Голландский», «Три Сыра») are not gouda"),
    ]),
    # L15 risotto
    ("рис для ризотто арборио, вино белое сухое 150 мл, бульонные кубики с курицей, пармезан 50 г", [
        ("рис для ризотто арборио", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no arborio/risotto rice in any store (grepped арборио/arborio/ризотто/карнароли); plov, sushi and Japanese "
           "rice and a frozen «Ризотто с курицей» vegetable mix excluded"),
        ("вино белое сухое 150 мл", {
            "pyaterochka": [],
            "magnit": ["01de06b977", "02507ad3f8", "04516a47c7", "0b845d9920", "0dacfed04a", "0f4d49c5a1",
                       "15025c63db", "505d47a56d", "55db4467cc", "58c42ead4d", "715024d773", "81e5535fde",
                       "8664bd4027", "8fc27edd40", "9111e6bce0", "9e45b7a262", "9e6ee9ccf9", "be67f7ed8c",
                       "c6c844d469", "c96b9bca7c", "cd9e940465", "e216d600a4", "e37dec0c08", "e387b9ab8b",
                       "eb1742ab37"],
            "dixy": [],
            "perekrestok": ["3473805"],
        }, "still white wine labelled сухое (150 мл is the recipe amount, bottles accepted); полусухое, semi-sweet and "
           "sparkling wines excluded"),
        ("бульонные кубики с курицей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken stock cubes in any store; Дикси Роллтон «Бульон говяжий» is beef, Maggi/Knorr seasonings and «На "
           "второе» mixes are not stock cubes"),
        ("пармезан 50 г", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "0dc02300a0", "1000384143", "632a4664e6",
                       "b10071458c", "1000526832"],
            "dixy": ["2000597551"],
            "perekrestok": ["4345021", "3496416", "3496419", "4300784"],
        }, "parmesan of any form and fat (piece, weighed, grated; Dolce Granto, Laime incl. Ризерва, Поставский "
           "«Пармезан Гранд», Premiere of Taste, Чиз Галлери, Невские сыры, Маркет, Зелёная Линия); the recipe amount "
           "is a quantity, not a pack filter; Magnit ITALIAN SNACK «Крем-сыр из пармезана с гриссини» and ravioli «с "
           "пармезаном» excluded; Parmalat (milk) is a stem trap"),
    ]),
    # L16 meat the French way
    ("Свиная шейка 1кг, майонез провансаль 2 ст. ложки, сыр российский 200г, помидоры 3 шт", [
        ("Свиная шейка 1кг", {
            "pyaterochka": [],
            "magnit": ["afb09aae99"],
            "dixy": [],
            "perekrestok": ["4363415", "912"],
        }, "raw chilled pork neck (шейка свиная, with or without bone); 1кг is the amount wanted; «Шашлык из свиной "
           "шейки» (marinated), smoked/cooked шейка (Маркет копчёно-варёная, ИНЕЙ нарезка) and other pork cuts excluded"),
        ("майонез провансаль 2 ст. ложки", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077733", "1000077734", "1000169172", "1000179908", "1000233673",
                       "1000277219", "1000348713", "1000356802", "1000422623", "1000498096", "1000501598",
                       "1000554514", "1000556519", "1000556520", "1000556521", "1000558908", "1728400030",
                       "1799700138", "8000045827", "2c23c84574", "53cac67445", "56ff8ec751", "7a519275b4",
                       "7d31b46ae3", "d8bbb63f48", "da818e4a20", "ddda8365b8", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369",
                     "2000204803", "2000265607", "2000306265", "2000409572", "2000429651", "2000539317",
                     "2000570511", "2000593851", "2000602611", "T000005518", "ЦТ0027566", "ЦТ0040573",
                     "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671",
                            "3467275", "3674577", "3677986", "4072721", "4105769", "4112954", "4199312",
                            "4259097", "4259098", "4297819", "4331497", "4331500", "4331515", "4331518",
                            "4331533", "4339442", "78193"],
        }, "mayonnaise whose title says Провансаль, any fat and variant (classic 67%, 50.5%, с лимонным соком, "
           "оливковый, сливочный, домашний, на перепелиных яйцах, Ряба «Провансаль сметанный» - Перекрёсток titles the "
           "same line «Майонез Ряба Сметанный Провансаль»); mayonnaises without Провансаль in the title (Heinz "
           "классический, Слобода/Ряба/Махеевъ «Оливковый», Mr. Ricco, «Я люблю готовить» Чистый), майонезный соус and "
           "herb/cream-cheese goods «прованские травы» excluded"),
        ("сыр российский 200г", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese of any brand, weighed, piece or slices («молодой» incl.); 200г is the recipe amount; "
           "Magnit «Продукт По-Российски … на основе растительного жира» (not cheese), other semi-hard cheeses and "
           "«Какао-порошок РОССИЙСКИЙ» excluded"),
        ("помидоры 3 шт", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000331828", "2000285867", "2000410142", "D000004968", "2000580825", "2000303785",
                     "2000601471", "2000601472", "10E0075437", "ЦТ0019904", "2000580827", "2000003231",
                     "2000186544", "2000327738"],
            "perekrestok": ["4327416", "4335742", "4335744", "4378622", "3383460", "4255159", "42138",
                            "3373662", "4377073", "4214021", "4217379", "4272752", "3410591", "4381951",
                            "4381952", "4371254", "4125409", "14809", "3657325", "82521", "4375133", "2166",
                            "14811", "4261327", "3695580", "21292", "3383465", "2100224", "11971", "3634714"],
        }, "fresh tomatoes of any colour and variety (round, plum/сливовидные, pink, Кумато, on the vine, cocktail and "
           "cherry - cherry count as помидоры by the convention); «3 шт» is a quantity; salted, marinated, canned (в "
           "собственном соку, резаные, очищенные), sun-dried tomatoes, tomato paste/sauce/juice and seeds excluded"),
    ]),
    # L17 coffee for the morning
    ("кофе молотый подешевле, сливки 10% к утреннему кофе, сахар тростниковый коричневый к кофе, горькая шоколадка", [
        ("кофе молотый подешевле", {
            "pyaterochka": ["3607723", "1e481d9846"],
            "magnit": ["2700f5e3b1", "be3079e158", "f32af3a996", "f083873ce2", "bf33a13d25", "0fe86f8472",
                       "a6281deb0c", "76b0197955", "80d20f5714", "3bb33c0c9e", "97373908ef", "4522417a72",
                       "79b9a44edb", "8d3366ce51", "a2b0f72440", "a28ce67e42", "9e69cdf19d", "46bb6aa6cb",
                       "8269b24f19", "7046b50e4e", "222418c5e4", "ab6f2df0cf", "c2e5e0f5ec", "7d84ba5b6e",
                       "a46592e215"],
            "dixy": ["2000277619", "2000228092", "2000303593", "2000054819", "2000186346", "2000183725",
                     "2000193927", "2000267720", "10E0076694", "2000362026", "2000582491", "2000263796",
                     "2000574432", "2000546071", "2000568376", "2000557192", "2000557193", "2000279848",
                     "2000605231", "2000235411", "2000604152", "2000552471", "2000056820"],
            "perekrestok": ["4058107", "3965705", "4108341", "4345202", "3493876", "3493875", "4345201",
                            "4340948", "4325139", "3395340", "4150051", "3395339", "3689956", "4166073",
                            "4166074", "2147872", "4320251", "4320252", "72112", "72110", "3606929",
                            "3612036", "4129183", "4122814", "4347224", "4291307", "4315506", "4351047",
                            "4253960", "4295649", "4261915", "4261911", "4262483", "6944", "4342549",
                            "4332738", "4268767", "3171130", "29278", "4268759", "3644175", "4261910",
                            "4332739"],
        }, "ground roast coffee of any brand, blend and pack (incl. 5×9 г Coffesso sachets, drip and filter bags, which "
           "hold ground coffee; Московская кофейня на паяхъ «Арабика молотый» - found on re-check, the exclusion word "
           "«кофейн» had hidden it; Пятёрочка «Арабика Принц Лебо мол100г» = молотый; outside knowledge: Magnit «ПЕТР "
           "ВЕЛИКИЙ, Императорский помол» and «ЖОКЕЙ, По-восточному, Арабика» are ground coffees); «подешевле» is a "
           "wish; instant coffee incl. «молотый в растворимом»/«сублимированный с молотым», Милликано, Miligrano, "
           "beans, flavoured coffee (Jardin «Синнамон Кейк», Жокей «Ирландские сливки»), decaf (Verle «без кофеина»), "
           "Tassimo discs, JARDIN «10 капсул» capsules and Magnit ЛОР «Эспрессо … 52г» (outside knowledge: L'OR "
           "capsules) and «МОСКОВСКАЯ КОФЕЙНЯ … Мокко, 250г» (form not stated) excluded"),
        ("сливки 10% к утреннему кофе", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1000128456", "1000144079", "1000537609", "3201860040",
                       "1000052910", "1000456519", "1000461011", "1000006089", "1899911837"],
            "dixy": [],
            "perekrestok": ["4267108", "3431574", "44849", "68419", "4271735"],
        }, "cream labelled exactly 10%, in any pack incl. portion creamers 10×10 г for coffee (Альпенгурт, Campina, "
           "Зелёная Линия) and Valio «для кофе»; Parmalat 11% and 20/33% creams excluded; Дикси and Пятёрочка have no "
           "10% cream"),
        ("сахар тростниковый коричневый к кофе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000598451"],
            "perekrestok": ["2113550", "4269179", "4293934", "4269180", "4282808", "3629156"],
        }, "cane sugar, crystals or cubes (Брауни, Мистраль, Маркет, Market Collection); outside knowledge: cane sugar "
           "sold as «тростниковый» is the brown (unrefined) kind even when «нерафинированный» is not written; white "
           "beet sugar excluded"),
        ("горькая шоколадка", {
            "pyaterochka": ["16430", "16432", "3067338", "45557"],
            "magnit": ["2b68a42ddd", "2c5c666697"],
            "dixy": ["2000001818", "2000593171", "2000227778", "2000220298"],
            "perekrestok": ["4334741", "4182941"],
        }, "plain bitter chocolate bars: titles saying горький, or Бабаевский «элитный 75%» (bitter by cocoa content), "
           "incl. Зелёная Линия bitter chocolate «на меду»; bars with nuts, raisins, berries, fruit or fillings "
           "(Бабаевский фундук/изюм, Коммунарка с пюре/начинкой, Bucheron, Jean Rene с инжиром, Ritter Sport), «тёмный» "
           "chocolate that does not say горький or a cocoa % (Alpen Gold пористый, Бабаевский Люкс, Коммунарка 85 г - "
           "outside knowledge: тёмный may be semi-sweet), cocoa powder and sweets excluded"),
    ]),
    # L18 duck with apples
    ("утка целиком, яблоки зеленые кислые 1 кг, мед 2 ст. ложки, корица молотая 1 ч.л.", [
        ("утка целиком", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no duck in any store (only a duck pâté); nothing accepted"),
        ("яблоки зеленые кислые 1 кг", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664", "3171926", "4194478", "4152180", "4047567"],
        }, "fresh green apples: Гренни Смит, Симиренко and packs titled «зелёные» (outside knowledge: Granny Smith and "
           "Симиренко are the green sour varieties; «кислые» is read as the kind, satisfied by green apples); 1 кг is "
           "the amount; Голден (yellow, sweet), red and other varieties, «Органика Зелёная Линия» (brand, not colour), "
           "dried apples, juices and purees excluded"),
        ("мед 2 ст. ложки", {
            "pyaterochka": [],
            "magnit": ["ec1ad9dc52", "384d8d8201", "dadb78005d", "44c60c9317", "980d05dc00", "928ff089d4"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["4355859", "4320670", "4320672", "4320671", "4340911", "4340910", "3687699",
                            "3479121", "3687698", "3687710", "4316603", "4316605", "3467507", "4331449"],
        }, "natural bee honey of any kind and jar (цветочный, липовый, гречишный, акациевый, горный, лесной, "
           "донниковый…); Magnit Берестов «Мед УССУРИЙСКИЙ БАЛЬЗАМ» excluded (outside knowledge: a honey-based balm "
           "with plant additives), крем-мёд with raspberry/strawberry/cedar nut (Маркет Collection, Добродеево), "
           "медовуха, honey-flavoured goods (cereals, kvass, chak-chak, pickles, tinctures «мед с перцем») excluded"),
        ("корица молотая 1 ч.л.", {
            "pyaterochka": [],
            "magnit": ["aaed24508c"],
            "dixy": [],
            "perekrestok": [],
        }, "ground cinnamon: Magnit «Корица КОТАНИ, Молотая»; sweets, blini and drink bases with cinnamon excluded"),
    ]),
    # L19 bruschetta
    ("багет французский 1 шт, помидорки черри 250 г, базилик свежий зеленый пучок, оливковое масло extra virgin 3 ст. ложки", [
        ("багет французский 1 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78007697", "78001023", "78010859"],
        }, "plain wheat baguette (Перекрёсток «Багет Парижский», «Багет Традиционный», «Багет, 230г»); garlic and "
           "rye-garlic baguette halves, Magnit «Багет ПИКАНТНЫЙ» (a flavoured baguette), ciabatta and baguette-shaped "
           "croutons excluded"),
        ("помидорки черри 250 г", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000601471", "2000601472", "2000580827", "2000003231", "2000186544"],
            "perekrestok": ["3373662", "4217379", "3410591", "4381951", "4381952", "4371254", "11971",
                            "3634714"],
        }, "fresh cherry tomatoes of any colour, loose/on the vine/mini/mix (Кумато черри мини, Черри Микс шейкер, "
           "Premiere of Taste «Черри Горячее сердце»); 250 г is the amount; cocktail tomatoes (not cherry), "
           "marinated/salted cherry tomatoes and the pepper «Теличерри» excluded"),
        ("базилик свежий зеленый пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh basil in any store; only goods with basil flavour (seasonings, ketchup, oil, cheese, tomatoes «с "
           "базиликом») exist"),
        ("оливковое масло extra virgin 3 ст. ложки", {
            "pyaterochka": ["3015194"],
            "magnit": [],
            "dixy": ["2000347675", "2000580798", "T000000850", "2000534311", "T000000852"],
            "perekrestok": ["4321136", "4218015", "4365079", "3617469", "4063916", "27062", "4130610",
                            "3666262", "3501258", "3501259", "3444927", "3444926", "4333525", "3336247",
                            "4197654", "2153521", "7581", "61549", "4343608", "4343609"],
        }, "olive oil whose title says Extra Virgin / Extra Vergine / EV (Пятёрочка «EXTR.VIR.», Дикси «ФИЛИПП БЕРИО "
           "ОЛИВКОВОЕ EV»), incl. the Altaria spray; flavoured EV oils (Cretan Mill lemon/garlic, Filippo Berio "
           "трюфель, Borges с чесноком), unrefined oils whose titles do not say extra virgin (Anfosso, Cobram, Colavita "
           "«Mediterranean», De Cecco, Monini, Frantoi, Sita, Costa d'Oro, Getuva, Gonnelli), refined/pomace oils and "
           "sunflower-olive blends excluded"),
    ]),
    # L20 brownie
    ("шоколад горький 70% 200 г, масло сливочное 180 г, сахар самый дешевый, яйца куриные с1 один десяток", [
        ("шоколад горький 70% 200 г", {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        }, "bitter chocolate labelled exactly 70% (LINDT «горький какао 70%», Alpen Gold «Горький, 70%», «Россия Щедрая "
           "Душа» горький 70%, Зелёная Линия «горький на меду 70%»); 200 г is the recipe amount; 65/68/75/85% and "
           "bitter chocolate without a stated % excluded"),
        ("масло сливочное 180 г", {
            "pyaterochka": ["3993159", "3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                       "1000384151", "1000433642", "87355db645", "1000151122", "1000262381", "8000045816",
                       "1000521208", "a1a2b1e98a", "3181241105", "1855599920", "1899911038", "4fc2d8c8ad",
                       "1844000142", "1000070643", "1899900309", "1000566266", "1000457493", "8000058591"],
            "dixy": ["2000186964", "2000401635", "2000575412", "2000604391", "2000588791", "2000288309",
                     "2000509906", "2000581831", "2000538793", "DI00080070", "2000602271", "2000605413",
                     "10J0079578"],
            "perekrestok": ["2029217", "3363741", "2068941", "3654551", "4175276", "3999749", "3413519",
                            "3645266", "3643092", "3637761", "3472940", "4260610", "3980020", "4051359",
                            "3423762", "4035287", "34890", "3917028", "3628337", "4260609", "3026226",
                            "4113532", "4188099", "4188102", "3434127", "4281083", "3963777", "3384196",
                            "3612778", "4310021", "2043237", "3355277", "4055506", "86149", "86150",
                            "3369241", "3226314", "2071031", "3698785", "3287314", "3396544", "3406593",
                            "3657363", "3371288", "4292462", "4343792", "3699369", "3953367", "4196090",
                            "4147662", "4135603", "3922315", "4068626", "3347817"],
        }, "butter of any fat (72.5, 82, 82.5%); «180 г» reads as the recipe amount (brownie), not a pack filter; "
           "chocolate butter 62%, ghee, margarine and spreads excluded"),
        ("сахар самый дешевый", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3650732", "3902622", "3230933"],
        }, "white granulated sugar of any pack (сахар-песок, кристаллический; outside knowledge: «Сахар Советский "
           "Экстра, 1кг» is granulated sugar of the extra grade); «самый дешевый» is a wish, not a filter; in this "
           "baking list lump/pressed sugar (рафинад, кусковой, прессованный) is not accepted, nor cane, coconut and "
           "icing sugar"),
        ("яйца куриные с1 один десяток", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "hen eggs of category С1 («1 категории», Latin «C1» incl.) in packs of 10; С0/СО/отборные, С2, СВ/«высшей "
           "категории» and packs of 6/15/20/30 excluded"),
    ]),
    # L21 marinade and seasoning
    ("черный перец молотый по вкусу, лаврушка 2 листика, соевый соус классический 2 ст.л., уксус бальзамический 1 ст.л.", [
        ("черный перец молотый по вкусу", {
            "pyaterochka": [],
            "magnit": ["71d97ddd90"],
            "dixy": ["2000259286", "ЦТ0046005", "2000535254", "2000315784"],
            "perekrestok": ["4207246", "4285102", "4117709", "4202527", "20279", "88780", "4088822", "9382",
                            "4078639", "3166456", "3166496", "2127636", "3172900", "3481330", "2029582",
                            "49761", "3481016", "3687602", "3500194"],
        }, "ground black pepper of any brand and pack (incl. weighed); peppercorns (горошек/целый), pepper in a "
           "grinder, «дроблёный» crushed pepper, pepper mixes, Maркет «Перец чёрный» 36/50 г and Kamis 42 г whose form "
           "is not stated, and «Теличерри» excluded"),
        ("лаврушка 2 листика", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "bay leaves (Лист лавровый КОТАНИ, Пр!ст); «2 листика» is the amount"),
        ("соевый соус классический 2 ст.л.", {
            "pyaterochka": ["3385361"],
            "magnit": ["3e45dc3ab8", "83c9a5b62e"],
            "dixy": ["2000322380", "2000260452"],
            "perekrestok": ["4130566"],
        }, "plain soy sauce: titles saying классический and soy sauces without a flavour (Магнит 1 л, Стебель Бамбука "
           "280 г, Mivimex, Перекрёсток «Соус соевый, 30г») - outside knowledge: an unflavoured soy sauce is the "
           "classic one; Sen Soy «чёрный перец» and rice «Sen Soy для суши» excluded"),
        ("уксус бальзамический 1 ст.л.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no balsamic vinegar in any store: Magnit ГУРМИКС «Заправка салатная Бальзамик» (a dressing), Перекрёсток "
           "Кинто «Соус-крем бальзамический гранат» (a flavoured balsamic cream) and grape vinegar 6% are not balsamic "
           "vinegar"),
    ]),
    # L22 baking a cake
    ("мука пшеничная в/с 2 кг, разрыхлитель теста 1 пакетик, сметанка 15% 200 г", [
        ("мука пшеничная в/с 2 кг", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733", "ЦТ0044544"],
            "perekrestok": ["3915409", "3193726", "3305673", "91321", "4326495", "3681817", "4262616",
                            "2037765", "3626914", "2107396", "2112692"],
        }, "wheat flour of the высший сорт grade in 2 kg packs (the size names the pack, as «сахар 1кг» in set g); "
           "outside knowledge: Magnit «Пышечка, пшеничная, 2кг» and Старооскольская «хлебопекарная 2кг» (Magnit, Дикси) "
           "are the в/с flours other chains title «высший сорт»; 1 kg packs, «экстра» grade (Makfa, Алексеевская, "
           "Печенов, Французская штучка), Тихорецкая «особая», Дикси «Мука пшеничная хлебопекарная, 2 кг» (grade not "
           "stated), whole-grain, gluten-free and other flours excluded"),
        ("разрыхлитель теста 1 пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        }, "baking powder: Дикси «Разрыхлитель теста Dr.Bakers, 10 г»; baking soda excluded"),
        ("сметанка 15% 200 г", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785",
                       "1000461810", "1000463648", "1000553874", "1000558440", "1899900582", "2645f50028",
                       "8000035449", "8000057502", "8000068594", "8000072734", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034",
                     "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189",
                            "3667086", "4221356", "4226994", "4246009", "4264297", "4320001", "4335470",
                            "4349771", "4349772"],
        }, "sour cream labelled exactly 15% (any brand and pack incl. «из топлёных сливок» and lactose-free; 200 г is "
           "the recipe amount); Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» (flavoured), 10/20% sour cream and "
           "сметанный продукт excluded"),
    ]),
    # L23 dessert decoration
    ("клубника свежая 500 г, мята пучок, лимоны 2 штуки, взбитые сливки в баллоне для украшения", [
        ("клубника свежая 500 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4097821", "4183392", "3697994"],
        }, "fresh strawberries (Market Collection 200 г, «Крым» 450 г, «Клубника, 200г»; 500 г is the amount); dried "
           "strawberries, fruit mixes with strawberry and strawberry-flavoured goods excluded"),
        ("мята пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4229890"],
        }, "fresh mint: only Перекрёсток «Набор для мохито Мята, Лайм, 150г» (fresh mint sold with a lime) - accepted "
           "as the store's way of selling a bunch of mint; mint-flavoured drinks, teas, gum, toothpaste and cosmetics "
           "excluded"),
        ("лимоны 2 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose or 2-packs; «2 штуки» is a quantity); the lime-lemon mix, ginger-lemon set, «Нектарины "
           "лимонные» and lemon-flavoured goods excluded"),
        ("взбитые сливки в баллоне для украшения", {
            "pyaterochka": ["3487891"],
            "magnit": ["1000496462"],
            "dixy": [],
            "perekrestok": [],
        }, "whipped cream in an aerosol: Пятёрочка «PRESID.Крем слив.взбит.ул/паст.20% 250г» and Magnit «Крем "
           "Альпенгурт взбитый Кулинар ультрапастеризованный 26.5% 250г» (outside knowledge: both are sold in aerosol "
           "cans); liquid cream «для взбивания» 33% and ice cream «во взбитой глазури» excluded"),
    ]),
    # L24 Georgian wine and a cheese plate
    ("вино грузинское киндзмараули, дорблю с голубой плесенью кусочек, мед баночку", [
        ("вино грузинское киндзмараули", {
            "pyaterochka": [],
            "magnit": ["422ca8240c", "5d359998e9"],
            "dixy": [],
            "perekrestok": [],
        }, "Kindzmarauli (АРАГВЕЛИ «Киндзмараули», КАХУРИ «КИНДЗМАРАУЛИ», both Georgian red semi-sweet); other Georgian "
           "wines (Мукузани, Хванчкара, Алазанская долина, Саперави, Цинандали, Пиросмани) excluded"),
        ("дорблю с голубой плесенью кусочек", {
            "pyaterochka": [],
            "magnit": ["49dbdaa9be", "4cef7f7bed", "9b0afa1bae", "1a90d33db1", "1000417247"],
            "dixy": ["2000317363"],
            "perekrestok": [],
        }, "blue-mould cheese: Magnit «Крем-сыр ДОРБЛЮ А-ля крем с голубой плесенью» (the Dorblu brand) and the other "
           "cheeses «с голубой плесенью» (Чиз Галлери «БЛФОРТ», Гальбани «Пиканте», Молодея «Рокфорти», Premiere of "
           "Taste, Дикси «Grand Blu»); outside knowledge: «дорблю» is used in Russian as the common name of blue "
           "cheese, and the user explained it «с голубой плесенью»; «кусочек» is an amount; white-mould cheeses, "
           "President «Снэк а ля Франсэ» (mould colour not stated), gorgonzola in chocolate and pizzas excluded"),
        ("мед баночку", {
            "pyaterochka": [],
            "magnit": ["ec1ad9dc52", "384d8d8201", "dadb78005d", "44c60c9317", "980d05dc00", "928ff089d4"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["4355859", "4320670", "4320672", "4320671", "4340911", "4340910", "3687699",
                            "3479121", "3687698", "3687710", "4316603", "4316605", "3467507", "4331449"],
        }, "natural bee honey of any kind and jar (цветочный, липовый, гречишный, акациевый, горный, лесной, "
           "донниковый…); Magnit Берестов «Мед УССУРИЙСКИЙ БАЛЬЗАМ» excluded (outside knowledge: a honey-based balm "
           "with plant additives), крем-мёд with raspberry/strawberry/cedar nut (Маркет Collection, Добродеево), "
           "медовуха, honey-flavoured goods (cereals, kvass, chak-chak, pickles, tinctures «мед с перцем») excluded; "
           "«баночку» is a quantity"),
    ]),
    # L25 breakfast in bed
    ("якобс монарх растворимый на утро, молочко 2.5% в кофе, круассаны с шоколадом", [
        ("якобс монарх растворимый на утро", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "0386d066d3", "01f9dd25ee", "d377483cd5", "88df1b0c73"],
            "dixy": ["2000200961"],
            "perekrestok": [],
        }, "Jacobs Monarch instant coffee of any variant (classic, Интенс, sublimated; Дикси «растворимый с молотым "
           "Monarch Miligrano» is a Monarch instant - brand + product word); outside knowledge: Magnit «JACOBS Монарх "
           "Интенс, 95г» is instant (as in set g); Monarch ground and beans, Jacobs Gold, Милликано and 3в1 drinks "
           "excluded"),
        ("молочко 2.5% в кофе", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029",
                       "1000037901", "1000445487", "1051242602", "1000563706", "1000035016", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384",
                     "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised, UHT or sterilised, incl. children's Агуша 2.5%); «в "
           "кофе» is a purpose; топлёное milk, ряженка, kefir, yoghurt, oat drinks and other fats excluded"),
        ("круассаны с шоколадом", {
            "pyaterochka": [],
            "magnit": ["872b08ccfa", "82f52ab2a8", "1060048500", "500db2728b"],
            "dixy": [],
            "perekrestok": ["78035105", "78035149"],
        }, "croissants with chocolate or cocoa filling (Magnit «с шоколадно-ореховой начинкой», 7 DAYS «с кремом "
           "какао», «Мини Крем какао-ваниль», «Круассан-миди … какао»; Перекрёсток «плоский с тёмным шоколадом», "
           "«Круассан-куб Шоколад»); vanilla, cherry, boiled condensed milk, strawberry, almond, raspberry and mango "
           "croissants excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: each list follows a line '=== fvpNN ===' verbatim; '#' lines before the
    first list are the header."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("=== fvp") and line.endswith(" ==="):
                if cur is not None:
                    texts.append("\n".join(cur).rstrip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).rstrip("\n"))
    return texts


def check_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        expected = draft
        for old, new in REPLACED.get(n, []):
            if old not in expected:
                errors.append("fvp%02d: replaced item %r not in the blind draft" % (n, old))
            expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fvp%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fvp"))
