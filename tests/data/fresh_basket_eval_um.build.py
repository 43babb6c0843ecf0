#!/usr/bin/env python3
"""Re-create fresh_basket_eval_um.jsonl -- 25 shopping lists of a grandmother preparing for her grandchildren's
visit (pies, pelmeni, compote, blini, soup, treats for the kids), written in her own words (diminutives, «кило»,
«пачечку», «стаканчик», «баночку») and hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_um.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_um.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fum01, fum02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_um.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_um.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (5, "сухофрукты для компота кило", "чернослив без косточек на компот"),
]

# Shared id lists (literal data, used by more than one item)
EGGS_10 = {  # chicken eggs, packs of 10, any class
    "pyaterochka": ["3446505", "3620510"],
    "magnit": [],
    "dixy": [],
    "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
}
EGGS_10_NOTE = ("chicken eggs in packs of 10 of any class (С1, СО/отборные, Роскар Экстра СО, Зелёная Линия «активита» "
                "С1 with selenium and iodine); «десяток/десяточек» = packs of 10 only, so packs of 6 and 20 are "
                "excluded; quail eggs, Kinder eggs, egg noodles, mayonnaise «на перепелином яйце» and egg sausage "
                "excluded; «на тесто» / «сварить на начинку» is a purpose")
ROUND_RICE = {
    "pyaterochka": ["3483037"],
    "magnit": ["106651", "106021", "106641"],
    "dixy": [],
    "perekrestok": [],
}
ROUND_RICE_NOTE = ("round-grain white rice: Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, "
                   "круглый, 1 сорт» (Магнит) and the same Мистраль «для плова традиц. 900г» at Пятёрочка (its title "
                   "omits «круглый»; Магнит titles the same product round), Мистраль «Кубань» (taken as round-grain: "
                   "Кубань is the classic Russian round rice - outside knowledge); Националь «Адриатика» (title does not "
                   "say round; Italian-type risotto rice), rice «для плова» of Националь and Global Village (grain not "
                   "stated), Девзира, basmati, jasmine, Лазер long-grain, brown rice, rice-buckwheat mix, rice flour, "
                   "flakes, porridges and rice drinks excluded")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 тесто на пироги
    ("мучки пшеничной высший сорт 2 кило на пироги, дрожжи сухие саф-момент три пакетика, маслица сливочного 82% пачечку, яичек куриных десяток на тесто", [
        ("мучки пшеничной высший сорт 2 кило на пироги", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "8065"],
        }, "wheat flour of высший сорт: Makfa в/с 2 кг and 1 кг, Пышечка «хлебопекарная высшего сорта» 2 кг; «2 кило» is "
           "her quantity word (as «кило» everywhere in this set), so 1 kg packs count; Перекрёсток «Мука Пшеничная, 2кг» "
           "(grade not stated), Рязаночка «ЭКСТРА» (another grade), whole-grain, rye, rice and durum «крупка» flours "
           "excluded; «на пироги» is a purpose"),
        ("дрожжи сухие саф-момент три пакетика", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "Саф-Момент dry yeast 11 g; «три пакетика» is a quantity; frozen yeast dough (Рестория) and «бездрожжевое» puff "
           "pastry excluded; no other yeast on sale"),
        ("маслица сливочного 82% пачечку", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter of 82 % or 82,5 % (Традиционное, Вкуснотеево, Президент кислосливочное 82 %, Тысяча озёр, "
           "Простоквашино), any pack; Брест-Литовск 72,5 %, Экомилк chocolate butter 62 %, margarine, spreads, «сливочный» "
           "cheeses and sauces excluded; «пачечку» is a quantity"),
        ("яичек куриных десяток на тесто", EGGS_10, EGGS_10_NOTE),
    ]),
    # L02 начинка капустная
    ("капустки белокочанной кочанчик на пирожки\nлучку репчатого кило на зажарку\nмаслице подсолнечное нерафинированное бутылочку", [
        ("капустки белокочанной кочанчик на пирожки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «Капуста белокочанная ранняя, 1 кг» - early white cabbage, sold by the head/kg); "
           "«кочанчик» is one head; sauerkraut (all Перекрёсток «квашеная»), «Капуста китайская», cauliflower/broccoli, "
           "seaweed salads and baby purees excluded"),
        ("лучку репчатого кило на зажарку", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "3368252", "3623836"],
        }, "fresh bulb onions of any colour (Светофор 3 шт mix, red, white, Ялтинский - a red bulb onion, outside "
           "knowledge); «кило» and «на зажарку» are quantity and purpose; shallots (Лук Шалот), «Лук салатный» (kind not "
           "stated), green onion, herb mixes, FEDERICI pickled «Луковки», onion-flavoured chips/crackers excluded"),
        ("маслице подсолнечное нерафинированное бутылочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no unrefined sunflower oil in any chain; refined/deodorised sunflower oils (Олейна, Благо, Mr.Ricco, Слобода), "
           "Almador flavoured oils, unrefined olive oil (Monini) and the unrefined demerara sugar are other products"),
    ]),
    # L03 мясо для пельменей
    ("фарш говяжий полкило на пельмени, фаршику свиного полкило, чесночку головочку в фарш, перчику черного молотого пакетик", [
        ("фарш говяжий полкило на пельмени", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef mince (Рестория, Останкино, Мираторг, 400 g); «полкило» is a quantity; pork-beef «Домашний» minces "
           "(Самсон, Мираторг свино-говяжий), Ближние горки «Деревенский» (meat not stated), turkey and chicken minces, "
           "pelmeni «из мраморной говядины» and stuffed olives («фарш.») excluded"),
        ("фаршику свиного полкило", {
            "pyaterochka": [],
            "magnit": ["199571"],
            "dixy": [],
            "perekrestok": [],
        }, "pork mince (Магнит «Фарш свиной, натуральный, 1 кг»); «полкило» is a quantity of a weighed good, not a pack "
           "size; pork-beef «Домашний» and «Деревенский» minces excluded"),
        ("чесночку головочку в фарш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic bulbs (Перекрёсток «Чеснок, 3шт»); «головочку» is a quantity; salted garlic (ФЭГ «солёный»), "
           "dried granulated garlic (Восточный гость), garlic seasonings and everything «с чесноком» excluded"),
        ("перчику черного молотого пакетик", {
            "pyaterochka": [],
            "magnit": ["82dc754b2f"],
            "dixy": [],
            "perekrestok": [],
        }, "ground black pepper (Восточный гость «молотый» 50 г); «пакетик» is a quantity; KOTANYI «Мельница перец "
           "черный» (whole peppercorns in a grinder - not ground), pepper mixes, «4 перца», sweet/bell peppers and "
           "pepper-flavoured snacks excluded"),
    ]),
    # L04 к пельменям
    ("сметанки 20% стаканчик, уксус столовый 9% к пельменям, лаврушка пачечку, пельмени магазинные сибирские на запас", [
        ("сметанки 20% стаканчик", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20 % in any pack (incl. Parmalat Comfort lactose-free 20 %); «стаканчик» cannot be "
           "checked from the titles and is a quantity; 10/15/25/30 % sour creams, Махеевъ «Соус Сметанный», sour-cream "
           "cakes and sour-cream-flavoured snacks excluded; Магнит has only 15 %"),
        ("уксус столовый 9% к пельменям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 9 % table vinegar in any chain; Магнит «Уксус яблочный … 6%» is another product (apple, 6 %)"),
        ("лаврушка пачечку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no bay leaves in any chain (Восточный гость / Kamis / Maggi / Kotanyi seasonings are other spices)"),
        ("пельмени магазинные сибирские на запас", {
            "pyaterochka": ["3985043", "3693417", "3693418", "3671957", "3693405"],
            "magnit": ["111711", "4907605c6d"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen pelmeni of Сибирская коллекция («Телячьи», «Особые со сливками», «Фирменные», «4 вида мяса», "
           "«Новосибирские», «Сочные», «Особые на сливках»; titles also spelled «Sибирская», «SИБИРСКАЯ», «СИБИР.КОЛЛЕК.») - judgement: no pelmeni are titled «Сибирские», and «сибирские пельмени» is "
           "read as this chain-wide brand; pelmeni of other makers (Мираторг, Цезарь, Стародворье, Горячая штучка, "
           "Ложкаревъ, Eat Meat) excluded; «магазинные», «на запас» are wishes"),
    ]),
    # L05 компот из сухофруктов (item 1 replaced, see REPLACED)
    ("чернослив без косточек на компот, сахарку 2 кило, изюм темный без косточек стаканчик", [
        ("чернослив без косточек на компот", {
            "pyaterochka": ["3608001"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED item (blind «сухофрукты для компота кило»: no dried-fruit compote mix in any chain and the whole "
           "list was empty): pitted prunes (NaturFoods «Чернослив сушеный, без косточек» 250 г); yoghurts, chocolate, "
           "cakes and pâté with prunes excluded"),
        ("сахарку 2 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no granulated white sugar in any chain; judgement: a plain «сахар» in a household list is сахар-песок, so "
           "Магнит «РУССКИЙ Сахар белый прессованный 1кг» (pressed lump sugar, рафинад) is excluded, as are cane "
           "«Демерара», icing sugar (Пр!ст «Пудра сахарная») and everything «сахарный»; «2 кило» is a quantity"),
        ("изюм темный без косточек стаканчик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raisins sold on their own in any chain; yoghurts, cookies, chocolate, nut mixes, buns and syrniki with "
           "raisins excluded"),
    ]),
    # L06 компот из яблок
    ("яблочки антоновка 3 кило на компот, лимончик один в компот, гвоздика пряность пакетик, корица палочки", [
        ("яблочки антоновка 3 кило на компот", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Антоновка apples in any chain (the variety is required); Ред Делишес, Гренни Смит, «красные», Гала, "
           "Медовый хруст, «сезонные» apples and Белёвский «Зефир … Антоновка» excluded"),
        ("лимончик один в компот", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons in any chain; citric acid, lemon-flavoured drinks, sweets, cleaners and «Лимонад» excluded"),
        ("гвоздика пряность пакетик", {
            "pyaterochka": [],
            "magnit": ["ca7084daad"],
            "dixy": [],
            "perekrestok": [],
        }, "whole dried cloves (Восточный гость «Гвоздика целая сушеная» 20 г); the children's juice drink «с экстр. "
           "корицы и гвоздики» excluded"),
        ("корица палочки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cinnamon (sticks or ground) in any chain; cereals, cakes, pancakes, pastila and teas «с корицей» "
           "excluded"),
    ]),
    # L07 сладости внукам
    ("kinder сюрприз внучке 2 штуки, чупа-чупс пару штук, шоколадок аленка две штучки, мармеладки жевательные червячки", [
        ("kinder сюрприз внучке 2 штуки", {
            "pyaterochka": ["3353042", "3353040", "3688901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Kinder Surprise with a toy: the 20 g egg, the 100 g MAXI egg and the «Шок. СЮРПРИЗ фигур. мол. с игр.» "
           "figure (a Kinder Surprise with a toy in a seasonal shape); Kinder Joy (Магнит - another product, as in set "
           "d), Kinder Chocolate bars, Schoko-Bons, Mini/Maxi Mix gift sets and Kinder Land soda excluded; «2 штуки», "
           "«внучке» are quantity and purpose"),
        ("чупа-чупс пару штук", {
            "pyaterochka": ["59117"],
            "magnit": ["e18062a6bf"],
            "dixy": [],
            "perekrestok": ["33015", "4359005", "3505733", "4272130", "59117", "3690389", "4366036", "4276207", "17885",
                            "4354045", "2037567", "3690030", "4366035"],
        }, "Chupa Chups lollipops, single or in bags/boxes of any size (XXL Trio, Mini, Max Choco, Fruit-tella, The "
           "Best Of, Новогодние, Плейлист, Экзотик, 725 g box; all titled «Карамель Chupa Chups» / «Леденцы на пал»; "
           "Fruit-tella 17 г and Max Choco taken as lollipops - outside knowledge: Chupa Chups «Карамель» is sold on a "
           "stick) - «пару штук» is a quantity; other makers' lollipops (Lenco, «Новогодние Чудеса») excluded as the "
           "brand is named; the Chupa Chups chocolate ball with a toy and «SOUR TUBES» chewy marmalade "
           "(other products of the brand) excluded"),
        ("шоколадок аленка две штучки", {
            "pyaterochka": ["3426468", "3601839"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Алёнка milk chocolate bars (Красный Октябрь 200 г, «Аленка» 15 г); АЛЕНКА confectionery gift sets "
           "(«Весёлые каникулы», «Маскарад») excluded; «две штучки» is a quantity"),
        ("мармеладки жевательные червячки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no worm-shaped chewy gummies in any chain (the shape is required); bears (Fruit-tella «Медвежата», Бон Пари "
           "«Медвежонок»), «Кислые змейки», berries (Haribo), Chupa Chups «Sour Tubes», Mamba Фрумеладки, mixes and "
           "jelly marmalades excluded"),
    ]),
    # L08 ватрушки
    ("творожок 9% на ватрушки полкило, ванилинчику пакетик, сахарку ванильного пару пакетиков, изюминок", [
        ("творожок 9% на ватрушки полкило", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216658", "4185866"],
        }, "plain cottage cheese of exactly 9 % (Вкуснотеево 300 г, Молочный знак 180 г and «традиционный» 800 г); "
           "«творожок» is her diminutive of творог; «полкило» is a quantity; 0.1-5.5 % curds, grainy curd, children's "
           "and fruit curds, curd desserts and «сыр творожный» excluded"),
        ("ванилинчику пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no vanillin in any chain; vanilla-flavoured ice cream, croissants, cola and zefir excluded"),
        ("сахарку ванильного пару пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no vanilla sugar in any chain; icing sugar (Пр!ст) and pressed sugar are other products"),
        ("изюминок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raisins sold on their own in any chain; goods «с изюмом» excluded"),
    ]),
    # L09 молочное
    ("молочко 3.2% литр, кефирчику 1% бутылку, ряженочку внукам, маслица крестьянского 72.5%", [
        ("молочко 3.2% литр", {
            "pyaterochka": ["3694630", "3507208", "3425329", "3645807"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["3431579", "4259100", "4244242", "3645807", "b508e73840", "52d96fd806", "eaf7de5f17",
                            "ecc07a0e68", "f3d85bb393", "488d323508", "e458dc5e25", "47a9cd6be2", "f50aeac1bb",
                            "885d917850", "35ac60eec2", "89a1c1419e", "949b3dd46f", "9dbc98f064", "e2d5d93f2a",
                            "2f04f03749", "87b2dc7b1d", "14753f9f39", "b4411ba8d4", "01f728b210", "a24f88bea8"],
        }, "drinking cow milk of exactly 3.2 %, pasteurised, UHT or sterilised, incl. children's drinking milk (Агуша "
           "«от 3 лет», Маша и Медведь, Сарафаново «детское») as in real_basket_eval; «литр» is her quantity, not a "
           "pack filter (0.45-2 l packs accepted); ranges (3,2-4 %, от 3,2 до 6 %, 3.2-4.5 %), топлёное 3.2 % "
           "(Простоквашино, Домик в деревне), other fats, flavoured milk, condensed milk and milkshakes excluded; "
           "Магнит has no 3.2 % milk"),
        ("кефирчику 1% бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir in any chain (Агуша strawberry ряженка, biolact and Имунеле drinks are other products)"),
        ("ряженочку внукам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain ряженка in any chain; the only ряженка, Пятёрочка «Ряженка Агуша, клубника, 2,9%», is flavoured "
           "and excluded (plain products exclude flavoured ones; «внукам» is a purpose, not a flavour)"),
        ("маслица крестьянского 72.5%", {
            "pyaterochka": ["3658095"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter of 72,5 % (Брест-Литовск «Масло сливочное … 72,5%») - outside knowledge: «Крестьянское» is the "
           "standard name of 72,5 % butter, so any 72,5 % butter is Крестьянское; 82/82,5 % butters, chocolate butter "
           "62 % and margarine «Пышка» 72 % excluded"),
    ]),
    # L10 шарлотка
    ("яблок для шарлотки кило зеленых, корицы молотой, соды пищевой пачечку в тесто, сахарного песку килограммчик", [
        ("яблок для шарлотки кило зеленых", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh green apples (Магнит «Яблоки Гренни Смит»); the colour is required, so Ред Делишес, «Яблоки красные», "
           "Гала, Медовый хруст and «Яблоки сезонные» (colour not stated) excluded; juices, purees and apple-flavoured "
           "goods excluded; «кило», «для шарлотки» are quantity and purpose"),
        ("корицы молотой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cinnamon in any chain; goods «с корицей» excluded"),
        ("соды пищевой пачечку в тесто", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no baking soda in any chain; Пр!ст «Разрыхлитель для теста» (baking powder), citric acid and soda drinks "
           "are other products"),
        ("сахарного песку килограммчик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no granulated sugar (сахар-песок) in any chain; pressed lump sugar (Магнит «Сахар белый прессованный»), "
           "cane «Демерара» and icing sugar excluded"),
    ]),
    # L11 пирожки с повидлом
    ("повидла яблочного баночку на пирожки, варенье клубничное баночку, маргарин для выпечки пачечку, бумагу пергаментную для выпечки рулончик", [
        ("повидла яблочного баночку на пирожки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no повидло in any chain; jams (Махеевъ), varenye, apple purees and apple-filled pastries are other "
           "products"),
        ("варенье клубничное баночку", {
            "pyaterochka": [],
            "magnit": ["82bf2ad868"],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry varenye (ВОЛОГОДСКОЕ ВАРЕНЬЕ клубничное 370 г); strawberry jams (Махеевъ «Джем клубника», "
           "«Джем КЛУБНИЧНЫЙ») excluded - варенье ≠ джем as in set d; other varenye (черничное, малиновое, грецкий "
           "орех) excluded"),
        ("маргарин для выпечки пачечку", {
            "pyaterochka": ["3977160"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "margarine for baking (Пышка 72 % 250 г); butter excluded; no other margarine on sale"),
        ("бумагу пергаментную для выпечки рулончик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no baking parchment in any chain; foil (Магнит), wrapping paper (Перекрёсток «Упаковочная бумага»), "
           "toilet paper and Maggi «на бумаге для жарки» seasoning sheets excluded"),
    ]),
    # L12 блинчики
    ("молока 2 литра на блинчики\nяйца с0 десяток на тесто\nмасло подсолнечное рафинированное сковородку смазывать\nсгущенки рогачевской баночку к блинам", [
        ("молока 2 литра на блинчики", {
            "pyaterochka": ["3694630", "3507208", "3613025", "3467788", "3425329", "3645808", "3645807"],
            "magnit": ["a28bae784b"],
            "dixy": ["7bef60b534", "809c0dd88b"],
            "perekrestok": ["4260593", "3431579", "4310700", "4259100", "4244242", "3474103", "2093081", "3645807",
                            "4308790", "4137917", "3613024", "b508e73840", "cb2f1055d7", "3198f1a94c", "87bf941f11",
                            "d59f8e3403", "45d6dee261", "587286c051", "50f156cde3", "65f939ac7e", "814b6ca461",
                            "d4843ab680", "52d96fd806", "edf2484f0e", "7f46c8a5c5", "79cefff589", "eaf7de5f17",
                            "05c941826b", "94dd27dff1", "f5ff9c84a1", "aa8a2f9d5e", "c57983498c", "50cb0959f8",
                            "eefe3d951f", "fed089a68a", "af8570f806", "2d526e7a96", "d846def77b", "b151abcd68",
                            "e1c2a97dcd", "b48241efed", "e9b2520f64", "135852823b", "6986e66cd9", "163f87bedd",
                            "14cf035691", "a253bf9611", "cd63b1cf67", "870b27e2f9", "ecc07a0e68", "f3d85bb393",
                            "488d323508", "66ec0f255d", "e458dc5e25", "00af023fd1", "ccdc291604", "52240eee71",
                            "b267022f66", "47a9cd6be2", "f50aeac1bb", "e221fd3ddd", "47b26adef2", "f18e9a3c14",
                            "885d917850", "35ac60eec2", "9512a8a8b9", "89a1c1419e", "359aa76fc0", "b38f3e60d2",
                            "949b3dd46f", "9dbc98f064", "1076c09948", "e2d5d93f2a", "2f04f03749", "31aa236aad",
                            "7c1d7afff6", "76055bf243", "013e119412", "87b2dc7b1d", "9dfc83490b", "ce8eda981f",
                            "14753f9f39", "a548f45b17", "85dd44d923", "7b5909b56f", "62485733e9", "faf2171541",
                            "b4411ba8d4", "6b36a62006", "2f7ebb9ea8", "01f728b210", "a24f88bea8", "69f396f368"],
        }, "drinking cow milk of any fat, pasteurised/UHT/sterilised, incl. lactose-free and children's drinking milk "
           "(as in real_basket_eval); «2 литра» is a quantity (all pack sizes accepted); топлёное milk, goat milk, Петмол "
           "Barista caramel/hazelnut, Чудо strawberry milk, condensed milk, coconut milk, Nestogen formula and "
           "milkshakes excluded"),
        ("яйца с0 десяток на тесто", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "chicken eggs of class С0 (= СО = «отборные») in packs of 10 (Волжское Утро «отборные», Окское СО, Роскар "
           "Экстра СО, Маркет СО); С1 eggs, the 6-pack Волжанин «отборной категории» (not a десяток), 20-packs and quail "
           "eggs excluded"),
        ("масло подсолнечное рафинированное сковородку смазывать", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "refined (deodorised) sunflower oil (Олейна 2 л, Благо, Mr.Ricco, Слобода «для жарки» 1 л); Mr.Ricco "
           "blends «с доб олив» and «с доб масла авокадо», Mr.Ricco «с экстр Прованские травы» and Almador «с ароматом "
           "базилика»/«чеснока» (flavoured), Благо corn oil, grape-seed and olive oils excluded; «сковородку смазывать» "
           "is a purpose"),
        ("сгущенки рогачевской баночку к блинам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain Рогачёв condensed milk in any chain: both Рогачёв offers are варёная (Пятёрочка «Егорка», Магнит "
           "«вареное») - another product (as in set g); Алексеевское condensed milk (other brand) and Перекрёсток "
           "«Молоко Рогачевъ питьевое» (drinking milk) excluded"),
    ]),
    # L13 питьё внукам
    ("сок агуша яблочный маленькие коробочки, кисель в брикетах вишневый, какао несквик внукам пачечку, морсик клюквенный бутылочку", [
        ("сок агуша яблочный маленькие коробочки", {
            "pyaterochka": [],
            "magnit": ["eef4bdbf61"],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша clarified apple juice in 200 ml cartons; Агуша apple-cherry and apple-rosehip juices (mixed, as in "
           "set d), Агуша «вода+сок яблоко» 300 ml (a water drink), Агуша purees and other brands excluded"),
        ("кисель в брикетах вишневый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kissel in briquettes in any chain; Фруто Няня «Кисель … малина» 200 ml and Перекрёсток Select «Кисeль "
           "Малиновый» 500 ml (title spelled with a Latin «e») are ready drinks of another flavour; ice-cream «брикет», "
           "cherry compote and cherry drinks excluded"),
        ("какао несквик внукам пачечку", {
            "pyaterochka": ["4033873", "3696920"],
            "magnit": ["167811"],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink powder (ALL NATURAL 128 г, OPTI-START 135 г, 500 г); Nesquik cereals, chocolate bars "
           "and sweets (other products of the brand), Ухтышки/Macchocolate cocoa drinks and cocoa powder of other "
           "brands excluded; «пачечку» is a quantity"),
        ("морсик клюквенный бутылочку", {
            "pyaterochka": ["3472445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3695895", "3190898", "4297529"],
        }, "cranberry mors (Добрый «Морс КЛЮКВА», Сады Придонья, Чудо-Ягода, Зелёная Линия); mixed-berry mors "
           "(Фруто Няня клюква/черника/вишня, Добрый брусника/морошка, Чудо-Ягода «Ягодный сбор», М Кухня), Добрый "
           "cranberry-orange «напиток» and cranberry liqueur excluded; «бутылочку» is a quantity"),
    ]),
    # L14 ягоды на компот
    ("ягоды замороженные ассорти на компот, вишню мороженую без косточки кило, клюквочки полкило, смородина черная замороженная", [
        ("ягоды замороженные ассорти на компот", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen berries in any chain; berry-flavoured goods, Hortex «Гавайская смесь» (vegetables) and Janarat "
           "compotes excluded"),
        ("вишню мороженую без косточки кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen (or fresh) cherries in any chain; cherry compote, juice drinks, jelly and sweets excluded"),
        ("клюквочки полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4250849"],
        }, "cranberries (Зелёная Линия «Клюква дикорастущая» 250 г, category «Ягоды», no «замороженная» in the title - "
           "taken as fresh berries, outside knowledge); «полкило» is a quantity; sauerkraut «с клюквой», cranberry mors, "
           "cranberry cookies, dragee and liqueur excluded"),
        ("смородина черная замороженная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no blackcurrants in any chain; blackcurrant gingerbread, zefir and teas excluded"),
    ]),
    # L15 тесто на пельмени
    ("мука в/с для пельменей 2 кг, яйца куриные с1 десяток в тесто, водички питьевой 5 литров, соль мелкая йодированная", [
        ("мука в/с для пельменей 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "8065"],
        }, "wheat flour высший сорт in 2 kg packs (Makfa, Пышечка «хлебопекарная высшего сорта»); «2 кг» names the pack "
           "(as «мука в/с 2 кг» in set vy), so Makfa 1 kg is excluded; Перекрёсток «Мука Пшеничная, 2кг» (grade not "
           "stated), Рязаночка «ЭКСТРА» 2 kg (another grade), whole-grain, rye, rice and durum flours excluded; «для "
           "пельменей» is a purpose"),
        ("яйца куриные с1 десяток в тесто", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "chicken eggs of class С1 in packs of 10 (Село Зелёное, Окское, Зелёная Линия «активита», Маркет); СО/"
           "отборные eggs, Лето С1 20-packs and quail eggs excluded"),
        ("водички питьевой 5 литров", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles (the size names the pack, as «вода питьевая 5л» in set g): Honey kid "
           "Черноголовская, Аквалайн «Для ляль» (drinking water for children - counted like children's milk), "
           "Малаховская №1 Пр!ст; Архыз «Легенда Гор … минеральная, 5 л» taken as drinking water (outside knowledge: "
           "Архыз is a low-mineral table water sold in 5 l bottles as everyday drinking water); bottles under 5 l, "
           "sparkling and medicinal waters excluded"),
        ("соль мелкая йодированная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no iodised salt in any chain; Магнит MAREMAN «Соль морская средняя» (medium sea salt, not iodised or fine), "
           "Kotanyi garlic-herb salt, salted snacks and the Зелёная Линия eggs «с селеном и йодом» excluded"),
    ]),
    # L16 пирожки с печёнкой и рисом
    ("печеночки говяжьей кило на пирожки, рису круглозерного пачечку, лучок зеленый пучочек", [
        ("печеночки говяжьей кило на пирожки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no beef liver in any chain; Магнит «Печень свиная для жарки» (pork), liver pâtés, salads with beef liver "
           "and pet food with liver excluded"),
        ("рису круглозерного пачечку", ROUND_RICE, ROUND_RICE_NOTE + "; «пачечку» is a quantity"),
        ("лучок зеленый пучочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295465"],
        }, "fresh green onion (Маркет Fresh «Лук зеленый» 100 г); «пучочек» is a quantity; the herb set «Лук, Укроп и "
           "Петрушка» (a mix), bulb onions and green-onion-flavoured chips excluded"),
    ]),
    # L17 к чаю
    ("пряник тульский с повидлом парочку, бараночек с маком полкило, сушечки ванильные кило, конфеты ромашка полкило", [
        ("пряник тульский с повидлом парочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Tula gingerbread with jam filling in any chain; Пятёрочка «Пряники тульские … с имбирем и начинкой со "
           "вкусом марципана» has another filling (excluded); other gingerbreads (классические, мятные, ч/смородина, "
           "сгущёнка, шоколад) excluded"),
        ("бараночек с маком полкило", {
            "pyaterochka": ["2041218"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baranki with poppy seeds (Пятёрочка «Баранки оригинал. с маком» 350 г); «полкило» is a quantity; sushki "
           "and other bakery excluded"),
        ("сушечки ванильные кило", {
            "pyaterochka": ["3474797"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vanilla sushki (Семейка Озби «Мини сушка, ваниль» 150 г - mini sushki are sushki); «кило» is a quantity; "
           "baranki with poppy seeds and vanilla-flavoured sweets excluded"),
        ("конфеты ромашка полкило", {
            "pyaterochka": ["41398"],
            "magnit": ["199301"],
            "dixy": [],
            "perekrestok": [],
        }, "«Ромашки» candies (Пятёрочка 1 кг, Магнит «цена за 100 г») - judgement: the plural title is read as the same "
           "candy name the user wrote; camomile soap, children's cream and other candies excluded; «полкило» is a "
           "quantity"),
    ]),
    # L18 мороженое
    ("пломбир в вафельном стаканчике штуки 4, эскимо внукам 4 штуки, сгущенку вареную баночку", [
        ("пломбир в вафельном стаканчике штуки 4", {
            "pyaterochka": ["4009747"],
            "magnit": ["5e86759538"],
            "dixy": [],
            "perekrestok": [],
        }, "vanilla plombir in a waffle cup (Свитлогорье «пломбир с ароматом ванили в вафельном стаканчике», СЛАВИНО "
           "«пломбир ванил в ваф/стак»); chocolate plombir in a waffle cup (flavoured), plombir in a cone («рожок» - "
           "Сарафаново крем-брюле, Радуга), bricks, flow-packs, 48 КОПЕЕК «стак пломбир 88г» and КАК РАНЬШЕ «пломбир "
           "ваниль 70г» (cup not stated as waffle), eskimo excluded; «штуки 4» is a quantity"),
        ("эскимо внукам 4 штуки", {
            "pyaterochka": ["4047712", "3926883", "3940931"],
            "magnit": ["ddb32be15c", "388962e3d1", "214721"],
            "dixy": [],
            "perekrestok": ["4311103"],
        }, "ice cream on a stick in glaze titled «эскимо», any flavour (Milka, Магнат трюфель, Магнат манго-красные "
           "ягоды, MAXIDUO, Молочный Знак пломбир); ice cream in cups, cones, bricks and buckets and «Радуга» (form not "
           "stated) excluded; «внукам 4 штуки» is purpose and quantity"),
        ("сгущенку вареную баночку", {
            "pyaterochka": ["3907533"],
            "magnit": ["167911"],
            "dixy": [],
            "perekrestok": [],
        }, "boiled condensed milk (Рогачёв «Егорка» вареное 360 г, Рогачев вареное 360 г); plain condensed milk "
           "(Алексеевское) and wafers, croissants, muffins, cakes and doughnuts «с варёной сгущёнкой» excluded"),
    ]),
    # L19 супчик
    ("курочку суповую целую\nвермишель паутинку пачечку\nморковочку кило\nкартошечки кило 3 на суп", [
        ("курочку суповую целую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no soup hen (курица суповая) in any chain - judgement: «суповая» names the kind of bird (a laying hen sold "
           "for broth), so broilers are excluded: Дикси «Цыпленок-бройлер охлажденный», Перекрёсток «Тушка цыплёнка» "
           "(1 сорт, Петелинка, An-noor Халяль), «Цыплёнок корнишон», chicken parts, canned chicken and chicken "
           "ready meals"),
        ("вермишель паутинку пачечку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «паутинка» vermicelli in any chain (the shape is required); Federici «ВЕРМИШЕЛЬ» 500 г (long), "
           "«вермишель для супчика» and «звездочки для супчика» 250 г (cut not stated), instant noodles and soups with "
           "vermicelli excluded"),
        ("морковочку кило", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая, 1 уп. (1 кг)», Перекрёсток «Морковь мытая»); «кило» is a quantity; "
           "Korean-style carrot salads, carrot juices/nectars, purees and sauerkraut with carrots excluded"),
        ("картошечки кило 3 на суп", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (новый урожай, «для варки» 3 кг, «для жарки» 3 кг, красный мытый, мытый "
           "2,5 кг, молодой); «кило 3» and «на суп» are quantity and purpose; potato starch, crisps, Knorr ready "
           "potatoes, marzipan «Картошка», vareniki and salads with potatoes excluded"),
    ]),
    # L20 котлетки
    ("фарш домашний кило на котлетки, батон нарезной в фарш, сухари панировочные пакет, горошку зеленого баночку на гарнир", [
        ("фарш домашний кило на котлетки", {
            "pyaterochka": ["3205754", "3673806"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Домашний» mince (the pork-beef variety): САМСОН «Фарш ДОМАШНИЙ», Мираторг «свино-говяжий домашний»; «кило» "
           "is a quantity; beef, pork, turkey and chicken minces and «Деревенский» (a different name) excluded"),
        ("батон нарезной в фарш", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white «Батон Нарезной» (Маркет Перекрёсток, sliced, 400 г) and Хлебный Дом «Батон \"Звездный\" нар» 350 г "
           "(«нар» = нарезной, the chain's abbreviation); rye and grain breads, Марьин заварной, buns, crispbreads and "
           "chocolate bars («батончик») excluded"),
        ("сухари панировочные пакет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no breadcrumbs in any chain; flavoured snack croutons («сухарики»), Гурмикс «Смесь панировочная» coating "
           "mixes for chicken (seasoned mixes, not breadcrumbs) and breaded nuggets excluded"),
        ("горошку зеленого баночку на гарнир", {
            "pyaterochka": ["4043589"],
            "magnit": ["203021", "213651", "111581"],
            "dixy": [],
            "perekrestok": ["82254", "41891", "27460", "4273266", "4345766"],
        }, "canned green peas, any brand and size (молодой горошек, Globus, Bonduelle/Бондюэль, 6 соток, Знак Заботы, "
           "Маркет); «баночку», «на гарнир» are quantity and purpose; pepper, beans and soups with peas excluded"),
    ]),
    # L21 фрукты
    ("бананчиков кило спелых, мандаринок 2 кило послаще, груш конференция, виноградику без косточек", [
        ("бананчиков кило спелых", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (loose, packed, mini, Organic Зелёная Линия); «кило спелых» is a quantity and a wish; dried "
           "banana chips, banana yoghurts/milkshakes/muesli excluded"),
        ("мандаринок 2 кило послаще", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins (loose, Марокко, Китай «с листом»); «2 кило послаще» is a quantity and a wish; mandarin "
           "drinks, nectars, juices, caramels and yoghurts excluded"),
        ("груш конференция", {
            "pyaterochka": [],
            "magnit": ["200051"],
            "dixy": [],
            "perekrestok": ["6223"],
        }, "Conference pears (Магнит «Груши Конференция», Перекрёсток «Груши Конференс»); other varieties (Урожай, "
           "Форелл) and pear-flavoured goods excluded"),
        ("виноградику без косточек", {
            "pyaterochka": ["4327381"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48660", "57580", "48657", "4327381"],
        }, "seedless grapes: Киш-миш (kishmish is seedless), «Виноград белый без косточек», Шайн Мускат (taken as "
           "seedless - outside knowledge: Shine Muscat is sold seedless); Тайфи (has seeds) and Магнит «Виноград черный» "
           "(seeds not stated) excluded; grape juice, wine, grape-seed oil and yoghurts excluded"),
    ]),
    # L22 сырники и творожный пирог
    ("творог 5% полкило на сырники, сметанки 15% баночку к сырникам, крахмала картофельного пачечку, разрыхлитиль теста", [
        ("творог 5% полкило на сырники", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese of exactly 5 % (Село Зелёное 500 г, Молочный знак 180 г); «полкило» is a quantity; "
           "«Творог мягкий» 5,5 %, Брест-Литовск 3 %, Карат 4 %, 9 % curds, Савушкин «101 зерно + сливки» 5 % with "
           "blackcurrant/strawberry and Данон grainy curd in yoghurt with fruit (flavoured), children's curds and ready "
           "syrniki excluded"),
        ("сметанки 15% баночку к сырникам", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream of exactly 15 % in any pack, incl. lactose-free (Parmalat Comfort, Простоквашино безлактозная); "
           "«баночку», «к сырникам» are quantity and purpose; 10 % термостатная, 20/25/30 % sour creams and the "
           "Махеевъ sour-cream sauce excluded"),
        ("крахмала картофельного пачечку", {
            "pyaterochka": [],
            "magnit": ["c77aeb33ac"],
            "dixy": [],
            "perekrestok": ["4268660"],
        }, "potato starch (МАГНИТ 200 г, Пр!ст 200 г); Пр!ст corn starch excluded"),
        ("разрыхлитиль теста", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236368"],
        }, "baking powder (Пр!ст «Разрыхлитель для теста» 10 г); the typo «разрыхлитиль» is read as разрыхлитель; yeast, "
           "baking soda and cake mixes excluded"),
    ]),
    # L23 рыбник
    ("сайру в масле на рыбник 2 баночки, рису круглого кило, яичек десяточек сварить на начинку", [
        ("сайру в масле на рыбник 2 баночки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no saury in any chain; other canned fish in oil (шпроты, скумбрия, тунец, сельдь, килька) excluded"),
        ("рису круглого кило", ROUND_RICE, ROUND_RICE_NOTE + "; «кило» is a quantity"),
        ("яичек десяточек сварить на начинку", EGGS_10, EGGS_10_NOTE),
    ]),
    # L24 чаепитие
    ("чай индийский со слоником, варенье малиновое баночку, медку липового", [
        ("чай индийский со слоником", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Индийский чай со слоном» in any chain (the brand is required); ШАХ «ГОЛД инд. чер. байх.» and other "
           "black teas (Ahmad, Akbar, Richard, Принцесса Нури, Greenfield …) excluded"),
        ("варенье малиновое баночку", {
            "pyaterochka": [],
            "magnit": ["2ae922ebdb"],
            "dixy": [],
            "perekrestok": [],
        }, "raspberry varenye (МАГНИТ «Варенье малиновое» 300 г); Махеевъ «Джем … малиновый» (варенье ≠ джем as in set "
           "d), other varenye and ice cream «с малиновым вареньем» excluded"),
        ("медку липового", {
            "pyaterochka": ["3645749"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "linden honey (МЕДОВЫЙ ДОМ «монофлорный: Восточная липа» 320 г); flower honeys (Южный цветок, разнотравье), "
           "cream-honey with fillers, honey cakes and honey-flavoured goods excluded"),
    ]),
    # L25 завтраки внукам
    ("геркулес на кашку, манки полкило, какао-порошок золотой ярлык банку, колбаски докторской грамм 300 на бутерброды", [
        ("геркулес на кашку", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled-oat flakes: Клинские «Геркулес» and УВЕЛКА «Хлопья зерн. овсян. трад.» (outside knowledge: "
           "«геркулес» is the everyday word for traditional rolled oats); instant oat porridges with fillers, oat bran, "
           "oat cookies, fermented oat desserts and buckwheat/rice/corn flakes excluded"),
        ("манки полкило", {
            "pyaterochka": [],
            "magnit": ["a9eb0a29d1"],
            "dixy": [],
            "perekrestok": [],
        }, "semolina: Магнит «Каша манная УВЕЛКА, 700г» taken as semolina groats (outside knowledge: no milk, sugar or "
           "portion sachets are named and Увелка packs its semolina in 700 g boxes); «полкило» is a quantity; no other "
           "semolina on sale"),
        ("какао-порошок золотой ярлык банку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Золотой ярлык cocoa in any chain (the brand is required); КОММУНАРКА «Какао-порошок», Nesquik and "
           "Ухтышки cocoa drinks excluded"),
        ("колбаски докторской грамм 300 на бутерброды", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "Докторская boiled sausage of any maker, whole or sliced, by weight or packed; «грамм 300» is a quantity of a "
           "weighed good and «на бутерброды» a purpose; Докторские sardelki and sosiski, other boiled sausages "
           "(Молочная, Молокуша) excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fumNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fum\d\d ===$", line):
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
                    errors.append("fum%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fum%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fum"))
