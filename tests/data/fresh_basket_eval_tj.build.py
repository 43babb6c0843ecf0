#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tj.jsonl -- 25 shopping lists a ten-year-old child writes for the family (dictated or from
memory, with a child's spelling: «малако», «хлеп», «сасиски», «маянез», «шоколатку», «памидоры», «агурцы»), hand-labelled
against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tj.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was read)
and saved read-only as fresh_basket_eval_tj.blind_lists.txt, and for every item the product ids of every in-stock offer of
each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded to е, runs of
white space incl. no-break spaces folded to one space) and read one by one; each item was then re-checked by listing every
in-stock title matching its stem that was not accepted.  The note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in REPLACED
(none were needed: no list is empty in all four stores).  labelled_lists.build then checks the data -- every id exists in
real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item has a note, the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and writes the JSONL;
labelled_lists.stats prints the counts.  List ids are ftj01, ftj02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tj.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tj.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none was needed
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 молоко, хлеб, сосиски, майонез
    ("малако 2 штуки, хлеп белый, сасиски молочные 1 пачку, маянез провансаль 1 пачку", [
        ("малако 2 штуки", {
            "pyaterochka": ["3694630", "3507208", "3613025", "3467788", "3425329", "3985712", "3645808", "3645807"],
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
        }, "drinking cow milk of any fat and treatment (pasteurised, UHT, sterilised), incl. lactose-free, "
           "children's drinking milk (Агуша «от 3 лет», Сарафаново «детское» - as in real_basket_eval), fat "
           "ranges and 200-450 ml packs; «2 штуки» is a quantity; goat milk (G-balance, Село Зелёное козье), "
           "топлёное, flavoured milk (Магнит Чудо клубника, Петмол Barista caramel/hazelnut), condensed milk, "
           "milkshakes, coconut/soy drinks, children's formula and coffee with milk excluded"),
        ("хлеп белый", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white (wheat) bread: the only wheat loaves on sale are the sliced батоны (Пятёрочка «Батон \"Звездный\""
           " нар.», Перекрёсток «Батон Нарезной») - батон counts as white bread (as «хлеб» includes «батон "
           "нарезной» in real_basket_eval); rye-wheat Даниловский, «Марьин заварной», Ржаной Край, хлебцы, сдоба,"
           " лепёшки, гренки/сухари excluded; Магнит and Дикси carry no bread"),
        ("сасиски молочные 1 пачку", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "sausages of the «Молочные» variety (Велком 480 г, Магнит «Сосиски Молочные» 0.33/0.65 кг); «1 пачку» "
           "is a quantity; other sausages (Сливочные, Детям, Докторские, Венские, Баварские, с сыром, из "
           "индейки), сардельки and the «Молочная» boiled sausage (колбаса) excluded"),
        ("маянез провансаль 1 пачку", {
            "pyaterochka": ["3982578", "3355228", "3355242", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["4297313", "4412152", "4105769", "2047206", "3674577", "3467275", "4233420", "3193489",
                            "4199312", "4112954"],
        }, "mayonnaise of the Провансаль type, any brand, fat or pack (incl. «Провансаль оливковый», Махеевъ "
           "«Провансаль с лимонным соком», «Московский Провансаль классический/оливковый»); Пятёрочка «Майонез "
           "Слобода, 67%, 800 мл» accepted because the same id 3193489 is titled «Майонез Слобода Провансаль 67%,"
           " 800мл» in Перекрёсток (outside knowledge: same PLU); mayonnaises not named Провансаль (Heinz "
           "классический, Mr.Ricco, Слобода оливковый, «Я люблю готовить домашний»), and the quail-egg "
           "mayonnaises (incl. Пятёрочка «МОС.ПРОВАНС.Майон.на переп.яйц.», whose same id is titled without "
           "Провансаль in Перекрёсток) excluded"),
    ]),
    # L02 снеки для ребёнка
    ("чипсы лейс с крабом 2 пачки, кока колу 1 шт, шоколатку милка, жвачку орбит 2 штучки", [
        ("чипсы лейс с крабом 2 пачки", {
            "pyaterochka": ["3931228", "4035369"],
            "magnit": ["106331"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's potato chips with crab flavour (incl. «Королевский краб»); other Lay's flavours, "
           "Pringles/Русская картошка/LAVA LAVA crab chips (other brands), «Картофель хрустящий со вкусом краба» "
           "(no brand), crab sticks and crab-flavoured croutons excluded"),
        ("кока колу 1 шт", {
            "pyaterochka": ["3661240"],
            "magnit": ["214541"],
            "dixy": [],
            "perekrestok": ["5969", "1860"],
        }, "classic Coca-Cola in any bottle size (0.9, 1, 1.5, 2 l); a brand without a qualifier means the "
           "classic drink, so Coca-Cola «б/сах.» (zero), Vanilla and Orange, other colas (Pepsi, Добрый, "
           "Черноголовка, Evervess, Любимая, Cool Cola) and Burn energy drinks (made by Кока-кола) excluded"),
        ("шоколатку милка", {
            "pyaterochka": ["3643945", "3683712", "3689776", "3483271", "3680750", "3681277", "3468707", "3468708",
                            "3468709", "3468710", "3468711", "3606533", "3900599", "4024593", "4055040"],
            "magnit": ["1000149245", "8f909bd3bf", "c91d6a24a7", "111691", "112361"],
            "dixy": [],
            "perekrestok": ["4353891", "4371496", "4353876"],
        }, "Milka chocolate bars of any flavour and size (milk, with nuts, caramel, Oreo, TUC, Bubbles, 32-300 g,"
           " incl. the «в виде ёлочек» bar); brand + product accepts every variant of the product; Milka cookies,"
           " candies, cakes (пирожное), wafers, ice cream, the egg-shaped figure and gift sets (Пятёрочка «МИЛКА "
           "Наб.под.шоколад 3х90г», «Набор Милка») excluded"),
        ("жвачку орбит 2 штучки", {
            "pyaterochka": ["3499538"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Orbit chewing gum (Пятёрочка «ORBIT Жев.рез. BUBBLEMINT драже»); «2 штучки» is a quantity; Dirol, "
           "Mentos, Five and other gums excluded"),
    ]),
    # L03 завтрак для папы
    ("десяток яиц для папы\nмасло сливачное 1 пачку\nсыр росийский 300 грам\nбатон нарезной 1 штуку", [
        ("десяток яиц для папы", {
            "pyaterochka": ["3620510", "3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3634491", "3662512", "3062836", "3446505", "4068694", "44323", "3062835"],
        }, "chicken eggs in packs of 10, any class (С0/С1/отборные, incl. Зелёная Линия «активита» enriched "
           "eggs); packs of 6 and 20, quail eggs, Kinder eggs and mayonnaise «на перепелином яйце» excluded"),
        ("масло сливачное 1 пачку", {
            "pyaterochka": ["3948153", "4063188", "3612680", "3658095", "3953367", "3963777"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter of any fat (72.5-82.5%, sweet-cream and sour-cream «кислосливочное»); «1 пачку» is a quantity;"
           " chocolate butter (Экомилк «Масло слив.шок.62%»), margarine, spreads, vegetable oils and everything "
           "«сливочный» (cheese, sausages, sauces) excluded; Перекрёсток has no butter"),
        ("сыр росийский 300 грам", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese (Брест-Литовск «российский» 200 г, Зелёная Линия «Российский нарезка» 150 г); «300 "
           "грам» is the amount wanted of a cheese sold by weight or in small packs, not a pack size; other "
           "semi-hard cheeses, сервелат «российский», коньяк «Российский» excluded"),
        ("батон нарезной 1 штуку", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "sliced white loaf «Батон нарезной» (Пятёрочка «Батон \"Звездный\" нар.» - «нар.» = нарезной, "
           "Перекрёсток «Батон Нарезной»); «1 штуку» is a quantity; chocolate bars (батончик), rye breads and "
           "хлебцы excluded"),
    ]),
    # L04 молочное и печенье
    ("кефир 1 штуку, растишку 4 штуки, бананов 1 кг, пиченье юбилейное 2 пачки", [
        ("кефир 1 штуку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir in any chain; Актимель, Имунеле and other fermented-milk drinks are other products"),
        ("растишку 4 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a brand without a qualifier means its classic product - the Растишка children's yoghurt/curd snack; "
           "none is on sale; Пятёрочка's three «Растишка Пюре» fruit purees (85 г pouches) are another product "
           "(judgement)"),
        ("бананов 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "3639749", "4208494", "4112219"],
        }, "fresh bananas, loose or packed, incl. mini bananas and the organic banana of Зелёная Линия; «1 кг» is"
           " a quantity; dried bananas, banana-flavoured yoghurts, drinks and purees excluded; only Перекрёсток "
           "carries bananas"),
        ("пиченье юбилейное 2 пачки", {
            "pyaterochka": ["3618783", "3603068", "3662392", "3958570", "3958571", "4027701", "4027703", "3471173",
                            "3655049"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4425157", "4371424"],
        }, "all Юбилейное cookies (traditional, glazed, milk, oat, lenten, wholegrain, berry, nut, "
           "chocolate-flavoured; brand + product accepts every variant); «2 пачки» is a quantity; Юбилейное "
           "mini-muffins (Магнит «Мини-кексы Юбилейное»), Останкино «Юбилейная» sausage and J.Meinl «ЮБИЛЕЙНЫЙ» "
           "coffee excluded"),
    ]),
    # L05 овощи на борщ
    ("картошку 2 кг, марковку 1 кг, свеклу для борща, капусту белакачаную", [
        ("картошку 2 кг", {
            "pyaterochka": [],
            "magnit": ["199751", "168701", "168671", "109571", "107511"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["2099571", "3646068"],
        }, "fresh potatoes of any kind and pack (loose, washed, red, «молодой», «для варки», «для жарки», 1-3 kg "
           "nets); «2 кг» is a quantity of a weighed good; potato chips, «картофель хрустящий», starch, ready "
           "salads and vareniki excluded"),
        ("марковку 1 кг", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh washed carrots (Магнит 1 kg pack, Перекрёсток loose); «1 кг» is a quantity; Korean-style carrot"
           " salads and sauerkraut with carrot excluded"),
        ("свеклу для борща", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (Магнит «Свекла мытая» 1 kg, Перекрёсток «Свекла мытая фасованная, 1кг»); «для борща» "
           "is a purpose; beetroot salads excluded"),
        ("капусту белакачаную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «Капуста белокочанная ранняя, 1 кг»); sauerkraut, Chinese cabbage, "
           "broccoli, cauliflower salad and sea-kale salad excluded"),
    ]),
    # L06 ужин: курица с рисом
    ("куриное филе 1 кг на ужин, рис длинный 1 пачку, агурцы 5 шт, памидоры красные", [
        ("куриное филе 1 кг на ужин", {
            "pyaterochka": ["3963723", "2160069"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4306577", "4328961", "2160069", "2173555", "3658841"],
        }, "raw chicken breast fillet (Первая Свежесть, Троекурово, Петелинка, Зелёная Линия, incl. Петелинка "
           "«Филе цыплёнка малое» = inner breast fillet, and Пятёрочка «ПЕР.СВ.Филе с груд.» whose same id "
           "2160069 is «Филе грудки куриное Первая Свежесть» in Перекрёсток); «куриное филе» = breast fillet only"
           " (real_basket_eval); «1 кг» is a quantity, «на ужин» a purpose; bone-in «Грудка куриная … без кожи» "
           "(outside knowledge: грудка without «филе» is sold on the bone), thigh fillets, grilled/baked ready "
           "fillets, turkey and duck excluded"),
        ("рис длинный 1 пачку", {
            "pyaterochka": [],
            "magnit": ["448fba0b94"],
            "dixy": [],
            "perekrestok": [],
        }, "ordinary long-grain rice (Магнит Националь «Лазер длиннозерный»); as in set vy, «рис длинный(зерный)»"
           " is not the aromatic basmati or jasmine (Пятёрочка Мистраль «Жасмин … длиннозерный» and «Басмати», "
           "Магнит Националь «Басмати» excluded - judgement); round rice, rice «для плова», brown rice, Девзира "
           "and mixes excluded"),
        ("агурцы 5 шт", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3368258", "3682401"],
        }, "fresh cucumbers (Магнит short-fruit and medium-fruit packs, Перекрёсток Ботаника, «Огурцы Хрустящие, "
           "450г» and «Огурцы корнишоны, 300г» in the fresh-vegetable shelf - taken as fresh, outside knowledge "
           "as in set vy); «5 шт» is a quantity; salted, pickled and marinated cucumbers, Магнит «Ассорти Черри и"
           " Корнишоны» (a mix) and yoghurts (stem inside «йогурт») excluded"),
        ("памидоры красные", {
            "pyaterochka": [],
            "magnit": ["199891", "168851", "168841", "169381", "107681", "107621", "107611"],
            "dixy": [],
            "perekrestok": ["3673307", "4217380", "3676649"],
        }, "fresh tomatoes that are red or of unnamed colour (regular, plum, on the vine, cocktail and cherry - "
           "cherry tomatoes count as «помидоры» as in real_basket_eval; Перекрёсток Flamenco and «Медовые черри "
           "красные» say red); «красные» is a colour filter, so pink tomatoes (Магнит «розовые», Перекрёсток "
           "«Дагестан розовый»), orange cherry tomatoes and Перекрёсток «Томаты Бакинские» (outside knowledge: "
           "the Baku tomato sold in Moscow is a pink variety) excluded; salted, marinated and canned tomatoes, "
           "ketchup and tomato juice excluded"),
    ]),
    # L07 макароны по-итальянски
    ("спагети 1 пачку\nфарш гавяжий\nкечуп хайнц\nсыр пармизан для макарон", [
        ("спагети 1 пачку", {
            "pyaterochka": ["4008044", "4077771", "4037644", "18453"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry spaghetti (Федерико, Barilla, Spaghetti n.3, no-name «Спагетти»); «1 пачку» is a quantity; "
           "capellini, other pasta shapes, Чечил cheese «спагетти» and ready pasta dishes excluded; only "
           "Пятёрочка carries spaghetti"),
        ("фарш гавяжий", {
            "pyaterochka": ["3447375", "3398465", "4065830"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw beef mince (Мираторг, Рестория, Останкино); pork, pork-beef «домашний», «Деревенский», «Премиум» "
           "(Петелинка, poultry) and turkey mince excluded"),
        ("кечуп хайнц", {
            "pyaterochka": ["4086400", "3631091"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz ketchups (tomato, tomato with mustard - brand + product accepts every variant of Heinz "
           "ketchup); other Heinz sauces, Heinz mayonnaise and tomato paste, and ketchups of other brands "
           "excluded"),
        ("сыр пармизан для макарон", {
            "pyaterochka": ["24647", "3462825", "3433812", "3650219"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912980", "3206443", "3963977", "3433812"],
        }, "cheese titled Пармезан, any pack (piece, by weight, grated, flakes; incl. Зелёная Линия «Пармезан "
           "молодой» and Castello «REGGIANIDO ПАРМЕЗ.»); «для макарон» is a purpose; Palermo hard cheese (not "
           "titled Пармезан), parmesan-flavoured chips and the Фуэт sausage «с сыром Пармезан» excluded"),
    ]),
    # L08 сок, газировка, мороженое
    ("сок апельсинавый 2 пачки, фанту 2 литра, сухарики кирешки с беконом, мароженое пломбир", [
        ("сок апельсинавый 2 пачки", {
            "pyaterochka": ["3965623", "84794"],
            "magnit": ["204401"],
            "dixy": [],
            "perekrestok": ["3965623", "3190682"],
        }, "single-fruit orange juice (J7 0.3/0.97 l incl. the children's J7, SWELL «Сок Апельсин» 0.75 l); «2 "
           "пачки» is a quantity, not a pack form; orange nectars, juice drinks (сокосодержащие, Santal), "
           "multifruit and orange-mango mixes, Mirinda and fresh oranges excluded"),
        ("фанту 2 литра", {
            "pyaterochka": [],
            "magnit": ["105011"],
            "dixy": [],
            "perekrestok": [],
        }, "classic (orange) Fanta in a 2 l bottle (Магнит «Напиток Fanta, газированный, 2 л»); «2 литра» names "
           "the bottle size; Fanta 0.9/1.5 l and the pear, citrus and Мангуава flavours excluded"),
        ("сухарики кирешки с беконом", {
            "pyaterochka": [],
            "magnit": ["e26d76ca46", "4fb9148fb2"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons with bacon flavour: Магнит's cards «КИРИЕШКИ Сухарики холодец/бекон/ветчина» 40 г "
           "and 100 г (one promo card for the three flavours, bacon among them - judgement); other crouton brands"
           " (Хрусteam, Три корочки) excluded"),
        ("мароженое пломбир", {
            "pyaterochka": ["4009747", "4048085", "3955155", "3693306"],
            "magnit": ["26315e53ae", "ce5f334607", "5e86759538", "454d2f4e9d"],
            "dixy": [],
            "perekrestok": ["4311103"],
        }, "plain (vanilla / creamy) plombir ice cream in any form (cup, brick, flow-pack, Перекрёсток Молочный "
           "Знак «Эскимо пломбир с ванилью в шоколадной сливочной глазури» - a glazed bar of vanilla plombir); "
           "flavoured plombir (chocolate, raspberry, крем-брюле, «ван/шок» log, four-layer «Радуга»), other ice "
           "creams (Магнат, Milka, MAXIDUO, Экzo) and plombir-flavoured yoghurts/milkshakes excluded"),
    ]),
    # L09 кот и мусор
    ("вискас для кота 5 пакетиков, наполнитель для кошачего туалета, пакеты для мусора самые дешевые", [
        ("вискас для кота 5 пакетиков", {
            "pyaterochka": ["4087104", "4089560"],
            "magnit": ["109231", "205991"],
            "dixy": [],
            "perekrestok": [],
        }, "Whiskas wet food for adult cats in 85 g pouches (Магнит «с говядиной мини-филе», «желе индейка»; "
           "Пятёрочка «Праздничное меню» turkey and duck - titled «консервированный», outside knowledge: Whiskas "
           "85 g is a pouch); «5 пакетиков» is a quantity; Whiskas «для котят» (kitten food, judgement: not for "
           "an adult cat), Felix, Darling, Perfect Fit, Gourmet, Purina One and treats excluded"),
        ("наполнитель для кошачего туалета", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cat litter in any chain; «наполнитель» in food titles (ice cream, creamed honey, curd dessert) is "
           "another word"),
        ("пакеты для мусора самые дешевые", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0", "e927949bbd"],
            "dixy": [],
            "perekrestok": [],
        }, "rubbish bags of any size (Магнит BIG CITY LIFE 60 л 20 шт, МАГНИТ «Мешки для мусора» 35 л 20 шт); "
           "«самые дешевые» is a wish; food and breakfast bags (Перекрёсток) excluded"),
    ]),
    # L10 ванная
    ("зубную пасту колгейт 1 тюбик, шампунь детский без слез для сестры, туалетную бумагу 2 упаковки побольше, мыло жидкое 1 бутылочку", [
        ("зубную пасту колгейт 1 тюбик", {
            "pyaterochka": ["3605411", "3605412"],
            "magnit": ["0b75d29d19"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate toothpaste (Магнит «Кальций-Ремин», Пятёрочка «ЗП Colgate Total 12» whitening and gel); «1 "
           "тюбик» is a quantity; Colgate toothbrushes and Plax mouthwash, toothpastes of other brands excluded"),
        ("шампунь детский без слез для сестры", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no children's shampoo in any chain; adult shampoos, Johnson's Baby oil/cream, Vernel «детский» "
           "conditioner and children's milk are other products"),
        ("туалетную бумагу 2 упаковки побольше", {
            "pyaterochka": ["3679801", "3450513", "3900558", "3449118", "4059050", "3493108", "3326206"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "dry toilet paper of any brand, ply and roll count (Zewa, Papia, Familia; 4-12 rolls); «2 упаковки» is"
           " a quantity and «побольше» a wish; moist toilet paper (ZEWA «туал.влаж.»), paper towels and napkins "
           "excluded"),
        ("мыло жидкое 1 бутылочку", {
            "pyaterochka": [],
            "magnit": ["1aeb42ebee"],
            "dixy": [],
            "perekrestok": [],
        }, "liquid soap (Магнит AURA «Мыло жидкое … Ромашка 500мл»); «1 бутылочку» is a quantity; bar soaps "
           "(Camay, Safeguard, Fax, Dove крем-мыло), shower gels and gift sets excluded"),
    ]),
    # L11 сладости
    ("киндер сюрпризы 2 шт, чупа чупс 5 штук, мармелад харибо мишки 1 пачку, сок добрый яблочный 1 литровый", [
        ("киндер сюрпризы 2 шт", {
            "pyaterochka": ["3353042", "3688901", "3353040"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Kinder Surprise: Пятёрочка «KINDER Яйцо СЮРПРИЗ» 20 г, the Maxi Surprise egg 100 г and «KINDER "
           "Шок.СЮРПРИЗ фигур. … с игр.» (a hollow chocolate figure with a toy sold under the Kinder Сюрприз name"
           " - judgement); «2 шт» is a quantity; Kinder Joy (Магнит - another product), Kinder Chocolate bars, "
           "Schoko-Bons, Mini/Maxi Mix sets and the Chupa Chups chocolate ball with toy excluded"),
        ("чупа чупс 5 штук", {
            "pyaterochka": ["59117"],
            "magnit": ["e18062a6bf"],
            "dixy": [],
            "perekrestok": ["4366035", "33015", "17885", "59117", "2037567", "3505733", "3690389", "3690030", "4272130",
                            "4276207", "4354045", "4359005", "4366036"],
        }, "Chupa Chups lollipops of any flavour and pack (single 12-29 g lollipops incl. XXL and Max Choco, mini"
           " bags 90-120 г, the 725 г tub); «5 штук» is a quantity; Chupa Chups jelly «SOUR TUBES» and the "
           "chocolate ball with toy excluded"),
        ("мармелад харибо мишки 1 пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Haribo gummy bears (Goldbears) in any chain; Пятёрочка «Жевательный мармелад HARIBO Ягоды» "
           "(berries, not bears) and bear-shaped gummies of other brands (Fruittella «Медвежата», Бон Пари "
           "«Забавный медвежонок») excluded"),
        ("сок добрый яблочный 1 литровый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый apple juice in a 1 l pack: none on sale; Магнит «ДОБРЫЙ Сок яблочный 0,3л» (another pack size "
           "- «1 литровый» names the pack), Добрый apple nectars («Деревенские/Фермерские яблочки», 1.45-2 l) and"
           " apple juices of other brands excluded"),
    ]),
    # L12 молочка на сырники
    ("сметану 20%, творог 5% 2 пачки для сырников, ряжанку, сырки глазированые 3 штуки", [
        ("сметану 20%", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664287", "3651188", "4262694", "4349770", "4121609", "4217906", "3293409", "3444929",
                            "3634033", "4314537", "58101"],
        }, "sour cream of exactly 20% fat, any brand and pack (incl. the lactose-free Parmalat Comfort 20%, as "
           "lactose-free milk counts as milk); 10/15/25/30% sour creams, sour-cream cakes and flavoured snacks "
           "excluded; Магнит has only 15%"),
        ("творог 5% 2 пачки для сырников", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese of exactly 5% fat (Село Зелёное 500 г, Молочный знак 180 г); «2 пачки» is a "
           "quantity, «для сырников» a purpose; Домик в деревне «Творог мягкий 5,5%» (another fat), "
           "0.1/0.5/3/4/9% curds, grain curd «101 ЗЕРНО+СЛ. 5%» with berries and Danone «зерненый в йогурте» with"
           " fruit (flavoured), curd desserts and ready сырники excluded"),
        ("ряжанку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain ряженка: none on sale; Пятёрочка «Ряженка Агуша, клубника» is flavoured (plain products exclude"
           " flavoured ones)"),
        ("сырки глазированые 3 штуки", {
            "pyaterochka": ["4015226", "3472523", "3378597", "3410456", "3601367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snacks of Б.Ю.Александров (vanilla in milk chocolate, «Картошка» in milk chocolate, in "
           "white chocolate, with pistachio, the glazed «Суфле»); «3 штуки» is a quantity; the unglazed "
           "Свитлогорье «Сырок творожный» 120 г excluded; only Пятёрочка carries them"),
    ]),
    # L13 чай для бабушки
    ("чай липтон черный в пакетиках 1 каробку, сахор 1 кг, зефир в шоколаде для бабушки", [
        ("чай липтон черный в пакетиках 1 каробку", {
            "pyaterochka": ["11200"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain Lipton black tea in bags (Пятёрочка «Lipton Yellow label, 100х2г»); «1 каробку» is a quantity; "
           "Lipton Earl Grey (flavoured, Пятёрочка and Магнит), Lipton «Баланс и спокойствие» with blackcurrant "
           "and mint, Lipton green tea and Lipton iced-tea drinks excluded"),
        ("сахор 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "granulated white sugar in 1 kg packs: none on sale; Магнит «Сахар белый прессованный 1кг» is pressed "
           "lump sugar (рафинад-type, another form - as set vy keeps сахар and рафинад apart), Пятёрочка Демерара"
           " is cane sugar of 500 г; sugar-free and «сахарная» goods excluded"),
        ("зефир в шоколаде для бабушки", {
            "pyaterochka": ["3406629", "4086822", "3936545"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "zefir covered in chocolate glaze, vanilla/unflavoured (Шарлиз «глазированный ваниль», «Зефир "
           "глазированный в шоколадной глазури с ароматом ванили» 1 кг, Белёвский «с ароматом ванили гл.» - «гл.»"
           " read as глазированный, judgement); «для бабушки» is a purpose; Вдохновение «Зефир ЯГ.ПАРФЕ в "
           "тем.шок.» (berry-flavoured zefir - plain products exclude flavoured ones, judgement), unglazed zefir "
           "(Белёвский, Сладкие истории с клубникой, Immuno), marshmallows excluded"),
    ]),
    # L14 кладовка
    ("гречьку 2 пачки\nтушонку говяжью 2 банки\nсгущонку\nмакароны рожки 1 пачку", [
        ("гречьку 2 пачки", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (Магнит «Крупа Гречневая Prosto, 500 г»); «2 пачки» is a quantity; buckwheat flakes,"
           " porridges, soba noodles, the rice-and-buckwheat mix and ready buckwheat dishes excluded"),
        ("тушонку говяжью 2 банки", {
            "pyaterochka": ["3902643", "3488763", "3480976", "2160460", "3483539", "2143227"],
            "magnit": ["111741"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed beef (Говядина тушёная: Великолукский, АК СНОВ, Семейный Бюджет, Любимый дом, Лужская "
           "марка, Барс; Магнит Русь Экстра); «2 банки» is a quantity; stewed pork, venison, buckwheat with beef "
           "and pet food excluded"),
        ("сгущонку", {
            "pyaterochka": ["3484257", "2123014"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "sweetened condensed milk (Алексеевское «цельное с сахаром» in tins, a 650 г doy-pack and 270-380 г "
           "packs); варёная сгущёнка (Рогачев) and sweets/wafers/pastry with condensed milk excluded"),
        ("макароны рожки 1 пачку", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry pasta horns (Пятёрочка «Витой рожок, 450 г» - twisted horns); «1 пачку» is a quantity; other "
           "shapes (перья, спирали, улитки, ракушки, вермишель, spaghetti) and ice cream «в рожке» excluded"),
    ]),
    # L15 завтрак
    ("сухой завтрак несквик, малако 3.2%, мед для чая, апельсинов 1 кг", [
        ("сухой завтрак несквик", {
            "pyaterochka": ["4072647", "3926616", "3363325", "3434742"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik breakfast cereals (шоколадный, ДУО, Алфавит, BananaCrush pillows); Nesquik cocoa drinks, "
           "chocolate and candies excluded"),
        ("малако 3.2%", {
            "pyaterochka": ["3694630", "3507208", "3425329", "3645807"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["3431579", "4259100", "4244242", "3645807", "b508e73840", "52d96fd806", "eaf7de5f17",
                            "ecc07a0e68", "f3d85bb393", "488d323508", "e458dc5e25", "47a9cd6be2", "f50aeac1bb",
                            "885d917850", "35ac60eec2", "89a1c1419e", "949b3dd46f", "9dbc98f064", "e2d5d93f2a",
                            "2f04f03749", "87b2dc7b1d", "14753f9f39", "b4411ba8d4", "01f728b210", "a24f88bea8"],
        }, "drinking cow milk of exactly 3.2% fat (incl. children's drinking milk Агуша/Сарафаново 3.2% and "
           "sterilised milk); ranges such as «от 3,2% до 6%» (Дикси Романов луг), 3.2-4% and 3.2-4.5% do not "
           "satisfy «3.2%» (real_basket_eval); other fats, топлёное, goat, condensed and flavoured milk excluded;"
           " Магнит has only a 2.5% milk"),
        ("мед для чая", {
            "pyaterochka": ["3645764", "3645749"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural honey (Медовый дом разнотравье 250 г, Восточная липа and Южный цветок 320 г); «для чая» is a "
           "purpose; creamed honey with raspberry or lemon-ginger (flavoured), чак-чак, honey cakes and "
           "honey-flavoured goods excluded"),
        ("апельсинов 1 кг", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges (Магнит «Апельсины, 1 кг», Перекрёсток loose); «1 кг» is a quantity; orange juice, "
           "nectars, soft drinks and jam excluded"),
    ]),
    # L16 пельмени
    ("пельмени 1 пачку, сметанку 15% 1 стаканчик, хлеп черный 1 буханку", [
        ("пельмени 1 пачку", {
            "pyaterochka": ["2024541", "3693418", "3622053", "3671957", "3693417", "3672557", "3985043", "3683249",
                            "3613537", "3666703", "4000407", "3613651", "3675532", "3693405"],
            "magnit": ["4907605c6d", "0f6321338f", "198951", "167901", "160301", "109411", "111711", "213711"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen pelmeni of any filling and brand (Сибирская коллекция, Мираторг, Цезарь, Ложкаревъ, "
           "Стародворье, Горячая штучка «Бульмени», Eat Meat); «1 пачку» is a quantity; Calve sauce "
           "«д/мяс/кур/пельм.» and vareniki excluded"),
        ("сметанку 15% 1 стаканчик", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33"],
            "dixy": [],
            "perekrestok": ["3665624", "4262697", "4272205", "4095525", "4121592", "4431124", "4217907", "4335470",
                            "4314536"],
        }, "sour cream of exactly 15% fat, any brand (incl. lactose-free 15%); «1 стаканчик» is a quantity - the "
           "pack form cannot be checked from the titles and is not a filter (as in set vy); other fats excluded"),
        ("хлеп черный 1 буханку", {
            "pyaterochka": ["3480920", "3500217"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dark (rye-wheat) bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб Даниловский, "
           "Коломенское» (the same Даниловский bread, outside knowledge: a rye-wheat loaf); «1 буханку» is a "
           "unit; «Хлеб Марьин, заварной» and «Хреб Ржаной Край» (titles do not say what flour; Ржаной Край is a "
           "brand, not rye bread - as in set d), «Хлеб зерновой», батон, хлебцы and the brand «Мясной дом "
           "Бородина» excluded"),
    ]),
    # L17 вечер кино
    ("пицу замороженую, колу зеро 2 литра, чипсы принглс сметана и лук, папкорн", [
        ("пицу замороженую", {
            "pyaterochka": ["3607265", "3693580"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pizza (Рестория «Пицца ассорти» 350 г in Заморозка; Цезарь «Пицца с ветчиной и грибами» 420 г "
           "- taken as frozen, outside knowledge as in set d); «Чебупицца» (a pizza-filled snack pastry), "
           "mozzarella «Пицца», crackers and croutons with pizza flavour excluded"),
        ("колу зеро 2 литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sugar-free cola in a 2 l bottle: none on sale (Coca-Cola «б/сах.» is 0.9 l, Cool Cola Zero, Добрый "
           "Cola без сахара and Черноголовка Кола без сахара are 1.5 l, Добрый «б/сах» 0.5 l, Pepsi Лайт 1 l); «2"
           " литра» names the bottle; regular colas of 2 l are not zero"),
        ("чипсы принглс сметана и лук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Pringles sour cream & onion: none on sale; Pringles with paprika, cheese, crab and the Asian "
           "rice-chip flavours, and sour-cream-and-onion chips of other brands (Lay's, Русская картошка, KRAC) "
           "excluded"),
        ("папкорн", {
            "pyaterochka": ["3656255", "3468688", "4061096"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "popcorn, ready or for the microwave, of any taste (MIXBAR sweet-salty, sweet «Карамель», microwave "
           "salted - the child named no taste; popcorn is always salted or sweet, judgement); Kinocorn candies "
           "and chocolate with popcorn excluded; only Пятёрочка carries popcorn"),
    ]),
    # L18 блины
    ("муку пшенишную 2 кг, малако для блинов, масло подсолнечное рафенированое", [
        ("муку пшенишную 2 кг", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "3231328", "8065"],
        }, "wheat flour in 2 kg packs of any grade (Makfa высший сорт 2 кг - wheat, Пышечка хлебопекарная, "
           "no-name «Мука Пшеничная, 2кг», Рязаночка ЭКСТРА 2 кг); «2 кг» names the pack of a packaged good; 1 kg"
           " and 0.5 kg packs, wholegrain 1 kg, rye and rice flour excluded"),
        ("малако для блинов", {
            "pyaterochka": ["3694630", "3507208", "3613025", "3467788", "3425329", "3985712", "3645808", "3645807"],
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
        }, "drinking cow milk of any fat (as «малако 2 штуки»); «для блинов» is a purpose; goat, топлёное, "
           "flavoured, condensed milk and milkshakes excluded"),
        ("масло подсолнечное рафенированое", {
            "pyaterochka": ["3454645"],
            "magnit": ["c52c41afd8", "0b2585a062", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "refined sunflower oil (Олейна раф.дез. 2 л, Магнит БЛАГО, MR.RICCO раф/дезодор, СЛОБОДА раф «для "
           "жарки» 1 л); blends with olive or avocado oil, Mr.Ricco «с экстр. Прованские травы» and ALMADOR "
           "flavoured oils, corn, olive and grape-seed oils excluded"),
    ]),
    # L19 салат
    ("агурцов 1 кг\nпамидоры черри\nперец болгарский красный 2 штуки\nукроп 1 пучочек", [
        ("агурцов 1 кг", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3368258", "3682401"],
        }, "fresh cucumbers (same set as «агурцы 5 шт»: Магнит short- and medium-fruit packs, Перекрёсток "
           "Ботаника, «Хрустящие» and «корнишоны» in the fresh-vegetable shelf - taken as fresh, outside "
           "knowledge); «1 кг» is a quantity; salted, pickled and marinated cucumbers excluded"),
        ("памидоры черри", {
            "pyaterochka": [],
            "magnit": ["168841", "169381", "107681"],
            "dixy": [],
            "perekrestok": ["3673307", "3676649", "4188460"],
        }, "fresh cherry tomatoes of any colour and form (on the vine, plum-shaped, «Дольче Вита», Медовые red "
           "and orange); cocktail, plum and regular tomatoes, the cherry-and-gherkin mix, Calve ketchup «с "
           "помидорами черри» and Pepsi Wild Cherry excluded"),
        ("перец болгарский красный 2 штуки", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["6177"],
        }, "fresh red bell pepper (Магнит «Перец болгарский, красный, 1 кг», Перекрёсток «Перец красный "
           "сладкий»); «2 штуки» is a quantity; yellow pepper, the mixed-colour «Перец в ассортименте, 2шт», "
           "Рамиро (a pointed pepper, colour not named), grilled/canned pepper, pepper spreads and black pepper "
           "excluded"),
        ("укроп 1 пучочек", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill (Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зелёный Маркет Fresh, 100г»); «1 "
           "пучочек» is a quantity; dried dill, mixed herb packs (dill-parsley-onion) and herring «с укропом» "
           "excluded"),
    ]),
    # L20 курица с пюре
    ("курицу целую 1 штуку, картошки 3 кг на пюре папа сказал, чеснак 2 головки", [
        ("курицу целую 1 штуку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4312266", "4068157", "4214722", "4252168"],
        }, "a whole raw chicken: Перекрёсток «Тушка цыплёнка» (1 сорт, Петелинка, An-noor Халяль, Зелёная Линия "
           "на зерновом откорме) and Зелёная Линия «Цыплёнок корнишон» (a small whole chicken - judgement), Дикси"
           " «Цыплёнок-бройлер охлажденный, 1 кг» (no part named - taken as the whole bird, outside knowledge); "
           "«1 штуку» is a quantity; chicken parts, fillets, smoked and ready chicken, canned chicken and duck "
           "excluded"),
        ("картошки 3 кг на пюре папа сказал", {
            "pyaterochka": [],
            "magnit": ["199751", "168701", "168671", "109571", "107511"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["2099571", "3646068"],
        }, "fresh potatoes of any kind and pack (same set as «картошку 2 кг»); «3 кг» is a quantity and «на пюре»"
           " a purpose (potatoes «для жарки» are still potatoes); chips, starch and ready dishes excluded"),
        ("чеснак 2 головки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic heads (Перекрёсток «Чеснок, 3шт»); «2 головки» is a quantity; salted garlic, dried "
           "granulated garlic, seasonings and garlic-flavoured goods excluded"),
    ]),
    # L21 бутерброды
    ("сыр плавленый дружба 3 штуки, колбасу докторскую 300 грам, хлеп для тостов, огурцы маринованые 1 банку", [
        ("сыр плавленый дружба 3 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["6b7105d28a"],
            "perekrestok": [],
        }, "processed cheese «Дружба» (Дикси «Сыр плавленый Дружба Карат 55%, 400 г»); «3 штуки» is a quantity; "
           "other processed cheeses (Карат Коралл/Янтарь, Виола, President, Hochland, Фетакса) and Дружба halva "
           "excluded"),
        ("колбасу докторскую 300 грам", {
            "pyaterochka": ["3347584", "3620675", "3385812", "78001451", "4019606", "2120885"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4296145", "4380012", "4301347", "4432115", "4410079", "4255289", "4264678", "3639615",
                            "4221913", "4352000", "3347584", "3033317", "78001451"],
        }, "boiled sausage «Докторская» of any brand, pack or slicing (whole sticks, 150-500 г packs, by weight);"
           " «300 грам» is the amount wanted of a good sold by weight, not a pack size; сосиски/сардельки "
           "«Докторские» and other boiled sausages excluded"),
        ("хлеп для тостов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no toast bread in any chain; ham and processed cheese «для тостов» and ordinary loaves are other "
           "products"),
        ("огурцы маринованые 1 банку", {
            "pyaterochka": ["2147768", "3952588"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marinated cucumbers in jars (Скатерть-Самобранка «Огурчики маринов. 720мл»; Дядя Ваня «Огурцы Пикули "
           "Одесские. Пастеризованные» - pickled gherkins, judgement); «1 банку» is a quantity; salted (солёные, "
           "бочковые) cucumbers are another product, fresh cucumbers, marinated "
           "patissons/tomatoes/mushrooms/ginger excluded"),
    ]),
    # L22 рыба и каша
    ("рыбу минтай замороженую, рис круглый для каши малочной, горошек зеленый 1 баночку, кукурузу бондюэль 2 баночки", [
        ("рыбу минтай замороженую", {
            "pyaterochka": [],
            "magnit": ["199381"],
            "dixy": [],
            "perekrestok": ["4350402", "4350401"],
        }, "frozen pollock (Перекрёсток Люди Любят fillets «замороженный»/«мороженое»; Магнит «Филе минтая, "
           "полуфабрикат из замороженного сырья, 1 кг» - sold from the freezer, judgement); other fish (хек, "
           "треска, пангасиус) excluded"),
        ("рис круглый для каши малочной", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106641", "106021"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice (Магнит Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, "
           "круглый», Мистраль «Кубань» - outside knowledge: a round-grain rice; Пятёрочка «МИСТР.Рис для плова "
           "традиц. 900г» - the same Мистраль product titled «круглый» in Магнит); «для каши малочной» is a "
           "purpose; Адриатика (as in set vy), long-grain, basmati, jasmine, brown rice, Девзира, other «для "
           "плова» rices whose grain is not named, rice flakes and porridges excluded"),
        ("горошек зеленый 1 баночку", {
            "pyaterochka": ["4043589"],
            "magnit": ["203021", "111581", "213651"],
            "dixy": [],
            "perekrestok": ["27460", "41891", "82254", "4273266", "4345766"],
        }, "canned green peas of any brand (Bonduelle, Globus, 6 соток, Знак Заботы, Маркет, Пятёрочка «молодой "
           "Горошек без сахара»); «1 баночку» is a quantity (all offers are canned); black-pepper «горошек» "
           "excluded"),
        ("кукурузу бондюэль 2 баночки", {
            "pyaterochka": [],
            "magnit": ["111551", "213661"],
            "dixy": [],
            "perekrestok": ["16793", "3645521"],
        }, "Bonduelle canned sweet corn (Магнит 212 мл and 340 г, Перекрёсток «сладкая» and «молодая сладкая» 170"
           " г); «2 баночки» is a quantity; corn of other brands (Globus, Heinz, 6 соток, Знак Заботы, Юнона) and"
           " other Bonduelle products excluded"),
    ]),
    # L23 стирка и посуда
    ("парошок тайд, кандиционер для белья ленор, фейри для посуды 1 бутылку", [
        ("парошок тайд", {
            "pyaterochka": [],
            "magnit": ["262159b924", "198901", "167921", "105941", "106541"],
            "dixy": [],
            "perekrestok": [],
        }, "Tide washing powder of any variant (Color, Детский, Lenor Color, «д/чувств кожи»); Tide liquid "
           "detergents and gel capsules (another form), Ariel powder «TOUCH OF LENOR» excluded; only Магнит sells"
           " Tide powder"),
        ("кандиционер для белья ленор", {
            "pyaterochka": ["3465388", "3669625", "4025712"],
            "magnit": ["203041", "159881", "205131"],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner of any scent and size (Пятёрочка concentrates 910-930 мл, Магнит 1-2 л); "
           "Vernel and other conditioners, Tide and Ariel powders «with Lenor» excluded"),
        ("фейри для посуды 1 бутылку", {
            "pyaterochka": ["3503216", "3501026", "3501028", "3500750", "3501031", "3691740"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dishwashing liquid of any variant and size (Platinum, Сочный лимон, Нежные руки, 430-900 мл); "
           "«1 бутылку» is a quantity; AOS, Sorti, Biasept and dishwasher tablets (Finish, Somat) excluded"),
    ]),
    # L24 фрукты
    ("яблоки зеленые 1 кг кислые, мандаринов 1 кг, виноград без косточек кисточку", [
        ("яблоки зеленые 1 кг кислые", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh green apples (Магнит «Яблоки Гренни Смит, 1 кг» - Granny Smith is the green sour variety, "
           "outside knowledge); «зеленые» is a colour filter, «кислые» a wish, «1 кг» a quantity; red apples "
           "(Магнит «красные», Ред Делишес, Гала, Медовый хруст), Перекрёсток «Яблоки сезонные» (colour not "
           "named) and apple products excluded"),
        ("мандаринов 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3254317", "1537", "3034500"],
        }, "fresh mandarins (Перекрёсток loose, Марокко, «с листом Китай»); «1 кг» is a quantity; juices and "
           "drinks with mandarin excluded"),
        ("виноград без косточек кисточку", {
            "pyaterochka": ["4327381"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["57580", "48660", "4327381", "48657"],
        }, "seedless grapes: Перекрёсток «Виноград белый без косточек», Киш-миш and Киш-миш чёрный (kishmish = "
           "seedless), Шайн Мускат (Shine Muscat, a seedless variety - outside knowledge) in Пятёрочка and "
           "Перекрёсток; «кисточку» is a quantity; Тайфи (a seeded variety) and Магнит «Виноград черный» (seeds "
           "not stated) excluded"),
    ]),
    # L25 день рождения
    ("торт шоколадный на день рождения, спрайт 2 бутылки, чипсы читос 3 пачки, свечки на торт 1 пачку", [
        ("торт шоколадный на день рождения", {
            "pyaterochka": ["3641000"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4346907", "4298275", "4328759", "4188555", "3466436", "4047963"],
        }, "a whole chocolate cake: Прага (АМА, Leberge, Mirel - outside knowledge: a chocolate cake), «День "
           "торта бельгийский шоколад», «Торт Шоколадный маковый», Baker House «Трюфель» (a chocolate cake, "
           "outside knowledge), Mon Realle «меренга-шоколад-коньяк»; «на день рождения» is a purpose; single "
           "portions (Пятёрочка «Торт Прага … 60г/шт»), non-chocolate cakes (Наполеон, Медовик, Тирамису, Птичка,"
           " Киевский, Принцесса, fruit and unclear Черёмушки «Персидская ночь», Магнит Пекарь "
           "«Балтийский/Полярный») and a baking kit excluded"),
        ("спрайт 2 бутылки", {
            "pyaterochka": ["3661016"],
            "magnit": ["213591"],
            "dixy": [],
            "perekrestok": [],
        }, "classic Sprite in bottles (0.9 l, 1.5 l); «2 бутылки» is a quantity (no Sprite cans are on sale); "
           "Sprite «со вкусом лимона, лайма и мяты» (a flavoured variant) and 7Up excluded"),
        ("чипсы читос 3 пачки", {
            "pyaterochka": [],
            "magnit": ["106081"],
            "dixy": [],
            "perekrestok": [],
        }, "Cheetos corn snacks (Магнит «Кукурузные палочки Читос, кетчуп/сыр, 55 г» - «чипсы читос» is the "
           "child's name for them); «3 пачки» is a quantity; other corn snacks excluded"),
        ("свечки на торт 1 пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no birthday candles in any chain"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftjNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftj\d\d ===$", line):
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
                    errors.append("ftj%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftj%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftj"))
