#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ti.jsonl -- 25 shopping lists of a St Petersburg family who write the city's own
words (кура for chicken, булка for a white loaf, батон, греча, шаверма, пышки, кура-гриль; about one local word a
list, mixed with ordinary everyday items), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ti.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_ti.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fti01, fti02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ti.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ti.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none were.
REPLACED = []

# --- id groups used by more than one item (literal data; each group is described where it is first used) ---

# raw, plain (not marinated) whole chickens: Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная» and the unmarinated
# «Цыплёнок табака СВОЯ охлажденный» (a whole bird split open).
WHOLE_CHICKEN_MAGNIT = ["f8e8bcfe75", "bba6e25510"]

# fresh carrots / onions / garlic heads / cucumbers
ONION = {
    "dixy": ["10E0074356", "2000270979"],
    "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
}
GARLIC = {
    "dixy": ["DI00078769", "ЦТ0039681"],
    "perekrestok": ["45692", "77278", "4018137", "51157"],
}
CUCUMBER = {
    "magnit": ["a228350700"],
    "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
    "perekrestok": ["3368260", "2098997", "3301324", "3255111", "2088998", "4072", "44569", "3632205", "2131726"],
}

# plain buckwheat groats (ядрица; any pack incl. boil-in-bag; not green, not ready dishes)
BUCKWHEAT = {
    "pyaterochka": ["3332671", "3601663"],
    "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "2000180341", "2000539995",
             "2000219613", "1030037286"],
    "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178", "4009020",
                    "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448", "4090171", "4019310",
                    "3603166", "39155", "3667612", "4059000", "3696237", "3477255", "3231481", "3600743", "3493533",
                    "3994791"],
}

# батоны: the classic «Нарезной» ones, the other white батоны, and the bran / grain ones
BATON_NAREZNOY = ["2065120", "3680023", "4102687", "4329402"]
BATON_WHITE_OTHER = ["4264947", "4329401", "4157283", "78011178", "4318510"]
BATON_DARK = ["4318511"]
BATON_WHITE_MAGNIT = ["7fa10b807d"]  # Магнит «Батон ХЛЕБНЫЙ ДОМ Утренний нарезка, 400г»  # Перекрёсток «Батон Зерновой нарезанный»; Магнит's «Батон ОТРУБНОЙ» is a37c992f14

# white wheat loaves that are not батоны: Магнит «Хлеб ГОРЧИЧНЫЙ пшеничный нарезка высший сорт», Перекрёсток «Хлеб
# Перекрёсток Французский» and «Хлеб Горчичный, 300г»
WHITE_LOAF_MAGNIT = ["643727af2a"]
WHITE_LOAF_PEREK = ["49457", "78020935"]

# raw plain chicken breast fillet (incl. «малое филе» and breast medallions)
BREAST_FILLET = {
    "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
    "perekrestok": ["2160076", "3689116", "3669585", "4242120", "4208844", "4323072", "3273915", "3653837", "2173555",
                    "3946764", "4329298", "3191300", "52888", "3362832", "3336397", "3940063", "4312563", "3678985",
                    "3649232", "3609675", "4116904", "4306879", "3034277", "4347498", "3216279"],
}

# all chicken eggs in packs of 10
EGGS10 = {
    "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007", "2047000014",
               "2047000033", "3454700001", "1a8d487cea", "e5202b5cfd"],
    "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425",
             "2000326489", "2000588991", "2000596671", "2000601652"],
    "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111", "3392204",
                    "3421287", "3432532", "3914040", "4012802", "4085791", "4085792", "4168688", "4201192", "4201194",
                    "4236458", "4337164", "4339427", "4352464", "4364349", "4085790"],
}
EGGS10_C1 = {
    "magnit": ["1000247384", "1000247393", "2047000033", "3454700001", "e5202b5cfd"],
    "dixy": ["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671"],
    "perekrestok": ["2109476", "2131763", "3001671", "3182856", "4085791"],
}

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def acc(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


CHICKEN_NOTE_RULE = ("«кура» is the Petersburg word for курица: raw chicken; marinated birds/parts (Магнит «Цыпленок табака "
                     "ПЕТРУХА в маринаде», «ГОЛЕНЬ КУРИНАЯ в маринаде», Перекрёсток «Филе курицы в маринаде», «Шашлык "
                     "куриный в кефире») are flavoured products and are left out; cooked, smoked and ready chicken dishes, "
                     "pâté, sausages, cutlets, nuggets, seasonings «для курицы» and pet food excluded")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fti01 кура на суп
    ("кура целая на суп, морковку две штучки, репчатого лука с килограмм, лавровый лист пакетик маленький", [
        ("кура целая на суп", acc(magnit=WHOLE_CHICKEN_MAGNIT),
         "a whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная» and the unmarinated «Цыплёнок табака "
         "СВОЯ охлажденный» (a whole young bird split open; accepted as «целая» -- outside knowledge); «на суп» is a "
         "purpose. Parts and fillets are not «целая»; " + CHICKEN_NOTE_RULE + "; no whole chicken in Пятёрочка, Дикси, "
         "Перекрёсток"),
        ("морковку две штучки", acc(dixy=["ЦТ0036199", "DI00078733"],
                                    perekrestok=["4191099", "19345", "3368256", "60529", "4299784", "3463356"]),
         "fresh carrots of any pack (loose, washed 200 g-1 kg, «для сока» 1 kg, mini carrots 250 g); «две штучки» is a "
         "count. Cooked peeled carrots (Дмитровские Овощи «варёная»), Korean carrot salads, carrot juice/nectar/purees, "
         "«Зажарка» seasonings and pet food excluded"),
        ("репчатого лука с килограмм", acc(dixy=ONION["dixy"], perekrestok=ONION["perekrestok"]),
         "fresh bulb onions of any pack (loose, net, 500/600 g, peeled, red «Лук репчатый красный»); «с килограмм» is a "
         "quantity. Dried onion (Kotanyi, Айдиго), «Зажарка», crisps and crackers «с луком» excluded"),
        ("лавровый лист пакетик маленький", acc(magnit=["8993a9d009"], perekrestok=["3500197"]),
         "dried bay leaf: Магнит «Лист лавровый КОТАНИ, 5г», Перекрёсток «Лист лавровый Пр!ст, 10г» (both small packs); "
         "nothing else titled лавровый"),
    ]),
    # fti02 бутерброды
    ("булка белая, масло сливочное 82.5% получше, гауду нарезку грамм 200, молоко петмол 2.5", [
        ("булка белая", acc(magnit=BATON_WHITE_MAGNIT + WHITE_LOAF_MAGNIT,
                            perekrestok=BATON_NAREZNOY + BATON_WHITE_OTHER + WHITE_LOAF_PEREK),
         "in Petersburg «булка» is a loaf of white wheat bread: white батоны (Нарезной, Молочный, К завтраку, Новый, plain "
         "«Батон, 300г», Горчичный, Магнит Хлебный Дом «Утренний») and white wheat loaves (Магнит «Хлеб ГОРЧИЧНЫЙ пшеничный», Перекрёсток «Хлеб "
         "Французский» and «Хлеб Горчичный» -- white wheat bread, outside knowledge). Left out: Магнит «Булка "
         "Рижская 0,053кг» (a 53 g bun, not a loaf -- trap), buns/сдоба/слойки and the sweet «Хлеб ЧАЙНЫЙ», "
         "baguettes, ciabatta, toast bread, "
         "bran/grain батоны and loaves (Отрубной, Зерновой, «Хлебец Белый с отрубями»), rye and rye-wheat bread, and "
         "loaves whose titles do not say what flour they are (Советский, Крестьянский, Сельский, формовой, Бабушкин, "
         "Домашний на кефире)"),
        ("масло сливочное 82.5% получше", acc(
            pyaterochka=["3026226"],
            magnit=["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642", "1000458136",
                    "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad", "6b22928df7", "86326346d1"],
            dixy=["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271",
                  "2000604391", "2000605413", "DI00080070"],
            perekrestok=["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778", "3628337",
                         "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749", "4055506",
                         "4135603", "4196090", "4260609", "4292462", "4310021", "4343792", "86149", "3699369",
                         "4113532", "4175276"]),
         "sweet-cream butter of exactly 82.5 % (82,5 / 82.5, any brand and pack, lactose-free Тысяча Озёр included); "
         "«получше» is a wish. 82 % butters (JALO KERMA, АРЛА, Киприно, Молочный знак, Natura, President), 72.5 %, "
         "ghee, spreads and margarine excluded"),
        ("гауду нарезку грамм 200", acc(magnit=["1000452314"], perekrestok=["4353317", "4003953"]),
         "sliced gouda: Магнит «Село Зеленое Гауда Премиум нарезка» 130 г, Перекрёсток «Гауда ломтики» 45 % and 48 % "
         "125 г; «грамм 200» (number after the unit: «about 200 g») is read as an approximate quantity, not a pack size. "
         "Gouda in a piece (Брест-Литовск, Маркет 200 г, Молокавоз, Landkaas по весу) is not «нарезка»"),
        ("молоко петмол 2.5", NONE,
         "the brand Петмол is required and no Петмол milk is on sale (Петмол appears only as 33 % whipping cream); other "
         "2.5 % milks are not substituted"),
    ]),
    # fti03 сосиски с гречей
    ("греча ядрица пару пачек, полкило сосисок молочных, кетчуп heinz томатный бутылку", [
        ("греча ядрица пару пачек", acc(pyaterochka=BUCKWHEAT["pyaterochka"], dixy=BUCKWHEAT["dixy"],
                                        perekrestok=BUCKWHEAT["perekrestok"]),
         "«греча» is the Petersburg word for гречка: plain buckwheat groats of any brand and pack, quick-cooking, "
         "steamed/unsteamed and boil-in-bag included; titles without «ядрица» are taken as ядрица (no продел is on "
         "sale -- outside knowledge); «пару пачек» is a quantity. Green buckwheat (Перекрёсток «Греча Bravolli "
         "зелёная» -- trap, Агро-Альянс and Зелёная Линия зелёная), buckwheat flakes, flour, soba, ready dishes (Cook "
         "Chart «По-Купечески», Raisad, Дядя Ваня, Увелка «с грибами», Шеф), baby porridges and buckwheat drinks excluded; "
         "Магнит has no plain buckwheat"),
        ("полкило сосисок молочных", acc(
            pyaterochka=["16676bb3f8"],
            magnit=["c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83"],
            dixy=["2000300143", "2000322511", "2000125037", "2000602632", "2000572752", "2000600471"],
            perekrestok=["3416253", "3198697", "4175216", "4100629", "3464086", "3390152", "4276248", "4329781"]),
         "every sausage titled «Молочные» (any brand and pack; Магнит 100 g entries are weighed; Индилайт «Молочные из "
         "индейки» included as the named variety); «полкило» is a quantity. Сливочные, Филейные, Докторские sausages "
         "and Вязанка «Молокуши» are other varieties"),
        ("кетчуп heinz томатный бутылку", acc(
            pyaterochka=["2157309"], dixy=["2000033799", "2000538777", "2000567791"],
            perekrestok=["4154517", "4157702", "4116830", "4274973", "4295651"]),
         "Heinz tomato ketchup of any size, incl. Heinz's Pikador line in its tomato variety: Перекрёсток «Heinz "
         "Pikador томатный» (Heinz in the title) and the same product in Дикси, «Кетчуп Pikador Томатный, 300 г» "
         "(Pikador is a Heinz line -- outside knowledge); «бутылку» is read as the unit (one pack) since most titles do not say bottle or doy-pack, so "
         "Пятёрочка's «дой-пак» is kept. Heinz Острый, Суперострый, Итальянский, «для гриля и шашлыка», «с чесноком», "
         "«укроп-петрушка», Pikador «Супер острый»/«с чесноком» and other brands' ketchups excluded"),
    ]),
    # fti04 шаверма вечером
    ("шаверма с курицей 2 шт, колу полторашку, чипсы lays сметана лук", [
        ("шаверма с курицей 2 шт", NONE,
         "«шаверма» is the Petersburg word for шаурма; no chain sells shawarma (lavash, kebabs, Сэндвич-ролл and "
         "Краб-ролл are other products)"),
        ("колу полторашку", acc(magnit=["93578a0da7"]),
         "cola in a 1.5 l bottle («полторашка» names the pack): Магнит «Напиток безалкогольный ДОБРЫЙ кола, 1,5л». "
         "Дикси «Добрый Кола без сахара 1,5л» left out (sugar-free cola is a variant the user did not ask for); 0.33/0.5/1 l "
         "colas, Pepsi Dark Vanilla and rum-cola beer drinks excluded"),
        ("чипсы lays сметана лук", acc(dixy=["2000568012", "ЦТ0044994", "2000330912"]),
         "Lay's «Сметана и лук» of any size, ridged («Рифленые») included. Lay's «Сметана и зелень», «Молодой зеленый "
         "лук», «Белые грибы со сметаной», the 37 g «Зеленый лук/Сметана и зелень/Краб» assortment and other brands "
         "excluded"),
    ]),
    # fti05 пышки к кофе
    ("пышки, пудры сахарной для посыпки, кофе молотый петровская слобода", [
        ("пышки", NONE,
         "Petersburg «пышки» are plain ring doughnuts dusted with sugar; none is on sale. Магнит «Пончики БЕРЛИНСКИЕ с "
         "вареной сгущенкой» (a filled Berliner) is another product, and «Маргарин Пышка», «Мука ПЫШЕЧКА» are traps"),
        ("пудры сахарной для посыпки", acc(dixy=["ЦТ0026194"]),
         "icing sugar: Дикси «Сахарная пудра Магета, 100 г»; goods «в сахарной пудре» (кукурузные палочки, клюква, "
         "грильяж) and deodorants «Эффект пудры» excluded"),
        ("кофе молотый петровская слобода", NONE,
         "the brand Петровская Слобода is required and is not on sale in any chain (Слобода mayonnaise/ketchup/oil is "
         "another brand); other ground coffees are not substituted"),
    ]),
    # fti06 кура-гриль с лавашом
    ("кура-гриль\nтонкого лаваша пару пачек\nогурцов свежих 3 штучки\nрозовые помидоры полкило", [
        ("кура-гриль", NONE,
         "a ready spit-roasted chicken; no chain lists one (raw chicken, «БЕДРО КУРИНОЕ гриль, охлажденное» (raw), "
         "«Филе курицы на гриле» ready meal and «Сыр Гриль Чиз» are other products)"),
        ("тонкого лаваша пару пачек", acc(perekrestok=["4199211", "4361122"]),
         "thin lavash: Перекрёсток «Лаваш Армянский Маркет» and «Лаваш Коломенский Армянский тонкий» (Armenian lavash is "
         "the thin kind -- outside knowledge); «Лепёшка с чесноком из тандыра» is not lavash"),
        ("огурцов свежих 3 штучки", acc(magnit=CUCUMBER["magnit"], dixy=CUCUMBER["dixy"],
                                        perekrestok=CUCUMBER["perekrestok"]),
         "fresh cucumbers of any kind and pack (smooth, long, prickly, short, Бакинские, «Хрустящие»); Дикси «Огурцы "
         "корнишоны, в упаковке, 300 г» and Перекрёсток «Огурцы Хрустящие» taken as fresh (vegetable-counter titles -- "
         "outside knowledge); «3 штучки» is a count. Jarred, marinated and salted cucumbers (ШЕСТЬ СОТОК «хрустящие» 720мл, "
         "Globus, корнишоны in jars), assortments, cucumber-scented goods excluded"),
        ("розовые помидоры полкило", acc(dixy=["D000004968"], perekrestok=["3695580", "21292", "3383465"]),
         "fresh tomatoes titled pink: Дикси «Томаты Азербайджанские розовые», Перекрёсток «Томаты розовые Азербайджан», "
         "«розовые грунтовые», «розовые фасованные»; «полкило» is a quantity. Red, yellow, cherry, cocktail, Кумато, "
         "Бычье сердце and «Томаты азербайджанские» (colour not stated) excluded, as are canned/marinated tomatoes"),
    ]),
    # fti07 корюшка
    ("корюшка свежая кило, мука для панировки, лимон к корюшке, масло подсолнечное без запаха для жарки", [
        ("корюшка свежая кило", NONE,
         "fresh smelt (the Petersburg spring fish) is not on sale; Магнит «Корюшка ФЛОТСКАЯ солено-сушеная, 40г» is a "
         "dried snack (trap), мойва is another fish"),
        ("мука для панировки", acc(
            magnit=["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            dixy=["ЦТ0035253", "D000002191", "ЦТ0037862", "2000578792", "ЦТ0044481", "2000576791", "2000553733",
                  "ЦТ0044544", "2000213875", "2000317163"],
            perekrestok=["3505430", "4278294", "3915409", "3292690", "3193726", "3305673", "4215036", "91320", "91321",
                         "3502351", "16318", "4326495", "3681817", "4262616", "2037765", "3346668", "3626914",
                         "2107396", "3394693", "2112692", "2112693"]),
         "plain white wheat flour of any grade and pack (высший, экстра, хлебопекарная, Манитоба, Тихорецкая особая, "
         "«Мука Царь» titled just «Мука»); «для панировки» is a purpose. Pancake mixes («блинная»), self-raising, "
         "whole-grain/«цельносмолотого зерна», 7 злаков, rye, rice, corn, buckwheat, oat, chickpea, almond, coconut and "
         "gluten-free flours, breadcrumbs («Сухари панировочные» -- not flour) excluded"),
        ("лимон к корюшке", acc(dixy=["10E0074364"], perekrestok=["1536", "3677353", "3148269", "49780"]),
         "fresh lemons (loose or 2 pcs); lemon-scented cleaners, lemon tonic, lemon-flavoured sweets and olives "
         "«с лимоном» excluded"),
        ("масло подсолнечное без запаха для жарки", acc(
            dixy=["2000002844", "2000268261", "2000005808", "2000555852", "DI00079242", "2000005809", "2000003488",
                  "ЦТ0039503", "2000563791", "2000210260", "2000154498", "2000283309", "DI00080540"],
            perekrestok=["6275", "2093709", "2043188", "2068955", "4022580", "2007886", "3426152", "3426155", "23714",
                         "3454645", "3642040", "21676", "3478098", "2147548", "4277755", "4269569", "4269568",
                         "4218020", "2046261", "3340103", "64128"]),
         "«без запаха» = refined sunflower oil: every sunflower oil titled рафинированное (deodorised or not stated, "
         "high-oleic, any size, incl. «Золотая семечка» and the Altaria refined spray); «для жарки» is a purpose. "
         "Unrefined oils, oils not stated refined (Аведовъ, Getuva New Way), blends «с добавлением оливкового/"
         "миндального», «с зародышами пшеницы», flavoured Almador oils, corn/olive/other oils excluded; Магнит and "
         "Пятёрочка have no sunflower oil"),
    ]),
    # fti08 завтрак
    ("батон нарезной на утро, кефира 1% литровку, творог 9% две пачки, сметана двадцатипроцентная", [
        ("батон нарезной на утро", acc(perekrestok=BATON_NAREZNOY),
         "the «Нарезной» батон (the variety named in the item): Перекрёсток Коломенское «Нарезной», Пр!ст «Нарезной "
         "классический», Маркет «Нарезной» and «Нарезной улучшенный»; «на утро» is a purpose. Other батоны (Молочный, К "
         "завтраку, Новый, Горчичный, Зерновой, Отрубной) are other varieties even when sliced («нарезанный»); bread "
         "and buns excluded"),
        ("кефира 1% литровку", acc(magnit=["1899911984"], perekrestok=["2084558"]),
         "1 % kefir in a 1-litre pack («литровка» names the pack): Магнит «Кефир Северное молоко Вологодский 1% 1л», "
         "Перекрёсток «Кефир Пискаревский 1%, 1л». 1 % kefirs of 900-970 ml/930 g and 330-800 g, biokefir 500/800 ml, "
         "«кефирный/биокефирный продукт», Bio Баланс and other fat levels excluded"),
        ("творог 9% две пачки", acc(
            magnit=["1000122024", "1000386975", "1000426465", "1000426470", "1000530486", "8000055235", "0cfee9df84",
                    "18fc386178", "57c16fad2a", "93ff6e854f", "3d536f7add", "1000448252"],
            dixy=["2000266304", "2000280850", "2000312025", "2000423589", "2000564413", "2000566980", "2000567931",
                  "2000568076", "2000569975"],
            perekrestok=["4129495", "4153929", "4249279", "4249286", "4299497", "3192865", "3487310"]),
         "plain cottage cheese of exactly 9 % (рассыпчатый, пластовой, any brand and pack); «две пачки» is a quantity. "
         "Other fat levels, soft/flavoured/children's curds, curd desserts and «продукт творожный», and Перекрёсток "
         "Зелёная Линия «Творог Зернышко 9%» (may be a grainy «зернёный» product -- not stated) excluded; Агуша 3.9 % is "
         "not 9 %"),
        ("сметана двадцатипроцентная", acc(
            magnit=["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404", "1000574405",
                    "1899913371", "30145abd36", "4221528ef6"],
            dixy=["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            perekrestok=["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355",
                         "4229625", "4241375", "4250761", "4320002", "4376610"]),
         "plain sour cream of exactly 20 % (any brand and pack); 10/15/25/30 %, garlic sour cream, sour-cream sauces, "
         "crisps and crackers «со сметаной» excluded"),
    ]),
    # fti09 курица в сливках
    ("филе куры кило, рис длиннозерный пачку, сливки 10 процентов для соуса", [
        ("филе куры кило", acc(dixy=BREAST_FILLET["dixy"], perekrestok=BREAST_FILLET["perekrestok"]),
         "«филе куры» = raw chicken breast fillet (as «куриное филе» in earlier sets): «Филе грудки», «Филе куриное», "
         "«Филе цыплёнка(-бройлера)» (taken as breast fillet), «малое филе» and breast medallions; «кило» is a quantity "
         "of a weighed good. Thigh fillets, Перекрёсток «Грудка Псковская» and «Филе грудки … на кости» (bone-in), «Филе "
         "грудки фермерское» (species not stated), marinated fillet, cooked/ready fillet dishes excluded; Магнит and "
         "Пятёрочка have no breast fillet"),
        ("рис длиннозерный пачку", acc(
            pyaterochka=["3647681", "3493524"], magnit=["442b8a34cc"],
            dixy=["2000594951", "2000180347", "2000261091", "2000002128"],
            perekrestok=["3469129", "3469126", "3674166", "57930", "3603168"]),
         "ordinary long-grain rice titled длиннозерный/длиннозёрный/«длинный» (white or parboiled, packs or boil-in-bag: "
         "Индика, Агро-Альянс, Зернышко к зернышку, Увелка, Мистраль Янтарь, Маркет); «пачку» is a quantity. Aromatic "
         "basmati and jasmine, round-grain, sushi, brown, Адриатика, Бальдо, Пилаф and rice whose grain is not stated "
         "(пропаренный, Экстра, Испанский, Золото Таиланда) excluded"),
        ("сливки 10 процентов для соуса", acc(
            magnit=["1000506066", "1000128456", "1000144079", "1000537609", "3201860040", "1000052910", "1000456519",
                    "1000461011", "1000006089", "1899911837", "913cd14db9"],
            perekrestok=["4271735", "4267108", "3431574", "44849", "68419"]),
         "drinking/cooking cream of exactly 10 % (UHT or sterilised, any pack, incl. coffee cream «для кофе» -- VALIO 1 л, "
         "Альпенгурт, Campina and Зелёная Линия 10×10 g portions); "
         "«для соуса» is a purpose. 11 % Parmalat, 20/33 % cream, ice cream, desserts, coffee creamer and goods «со "
         "сливками» excluded"),
    ]),
    # fti10 бутерброды с докторской
    ("булка нарезная, колбаса докторская 300 г, горчица русская к колбасе", [
        ("булка нарезная", acc(perekrestok=BATON_NAREZNOY),
         "«булка нарезная» is the Petersburg way of saying батон нарезной: the «Нарезной» батоны (Перекрёсток "
         "Коломенское, Пр!ст, Маркет, Маркет улучшенный); other white батоны and loaves are other varieties (as for "
         "«батон нарезной»), Магнит «Булка Рижская» is a bun"),
        ("колбаса докторская 300 г", acc(
            pyaterochka=["3636156"],
            magnit=["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374", "6e16b1777a",
                    "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca", "fa414b5a8d"],
            dixy=["2000404595", "2000556092"],
            perekrestok=["2170372", "3385812", "3434232", "4312573"]),
         "boiled sausage «Докторская» of any brand, weight and form (sticks, weighed 100 g entries, slices, Царицыно "
         "«Докторская Особая»); «300 г» reads as the amount wanted of a deli sausage, not a pack size (no 300 g pack "
         "exists). «Сосиски Докторские» excluded"),
        ("горчица русская к колбасе", acc(
            dixy=["2000187666", "2000531852", "ЦТ0021675"],
            perekrestok=["3120635", "4276808", "2143139", "3333301", "3332502", "3435016", "3372044", "4337617",
                         "4273279", "4229364", "3416298", "2153858"]),
         "mustard titled «Русская» (any brand, incl. Махеевъ «столовая Русская», ЕЖК «Русская Столовая» and «Русская "
         "Ядрёная жгучая»). ЕЖК «Русская Зернистая» (grain mustard) and «Русская С хреном», Столичная «С мёдом»/«С "
         "хреном», Dijon, Bavarian, French, fruit, «Столовая»/«Деревенская»/«Домашняя» without «Русская» and the "
         "Дядя Ваня relish excluded"),
    ]),
    # fti11 греча с котлетами
    ("греча на гарнир, котлеты куриные замороженные пачку, огурчики соленые банку", [
        ("греча на гарнир", acc(pyaterochka=BUCKWHEAT["pyaterochka"], dixy=BUCKWHEAT["dixy"],
                                perekrestok=BUCKWHEAT["perekrestok"]),
         "«греча» = гречка: plain buckwheat groats of any brand and pack (as for «греча ядрица» in fti03); «на гарнир» "
         "is a purpose, so ready «гарнир» dishes are not implied. Green buckwheat («Греча Bravolli зелёная» -- trap), "
         "flakes, flour, ready and canned buckwheat dishes, baby porridges excluded"),
        ("котлеты куриные замороженные пачку", NONE,
         "no frozen chicken cutlets: the chicken cutlets on sale are chilled (Магнит ПЕТЕЛИНКА «По-киевски … "
         "охлажденные», Первая свежесть «СЛИВОЧНЫЕ … охлажденные», НАША ПТИЧКА, Пятёрочка ПЕТЕЛИНКА) or do not say frozen "
         "(Магнит ЛОЖКАРЕВЪ «куриные в панировке»), Мираторг «По-киевски» is chicken Kiev, Морозко cutlets are turkey "
         "or beef; nuggets, шницель and ready meals with a cutlet excluded"),
        ("огурчики соленые банку", acc(
            dixy=["2000406194", "2000548652", "2000324334", "2000406217", "2000271005"],
            perekrestok=["4022883", "4149239", "2145531", "4260395", "3976232", "4188777", "4187465", "4379607",
                         "3609120"]),
         "salted (brined) cucumbers: titles saying солёные/соленые, incl. бочковые and корнишоны солёные; «банку» is read "
         "as the unit. Marinated cucumbers (the form differs), малосольные, flavoured salted ones (Лукашинские «острые с "
         "тархуном», Валдайский Погребок «с мёдом и клюквой»), jars whose titles do not say salted or marinated "
         "(ШЕСТЬ СОТОК «хрустящие», Лукашинские «По-старорусски»), fresh cucumbers and assortments excluded; Магнит "
         "sells only marinated ones"),
    ]),
    # fti12 футбол
    ("шаверму большую, пиво балтика 7 пару банок, сухарики ржаные 2 пачки", [
        ("шаверму большую", NONE,
         "«шаверма» = шаурма; no chain sells it (see fti04)"),
        ("пиво балтика 7 пару банок", acc(magnit=["4b9214b25a"]),
         "Балтика 7: Магнит «Пиво БАЛТИКА 7 светлое Экспортное, 1,3л» (the only Балтика 7 on sale); «пару банок» is read "
         "as a quantity, so the 1.3 l bottle is kept. Балтика Крафти and Балтика №0 beer drinks are other products"),
        ("сухарики ржаные 2 пачки", acc(pyaterochka=["400d61212a"], magnit=["5a8a28eceb"],
                                         dixy=["2000572411", "2000545311"], perekrestok=["4099879"]),
         "rye croutons of any flavour, titled сухарики or гренки when they say rye or rye-wheat (ГРЕНКОВЪ, Take It, Vian, "
         "Вкус Вилладж) or are Borodinsky (BEERKA «Бородинские» -- rye, outside knowledge). Croutons not said to be rye "
         "(Воронцовские, 777, Добрынов, Фишка, Рижские, Хрусteam «Багет»), sweet rusks «с изюмом», breadcrumbs and "
         "soups «с сухариками» excluded"),
    ]),
    # fti13 запечь куру
    ("куру на запекание целиком\nкартохи кила два\nчеснока одну головку\nмайонез махеев провансаль пачку", [
        ("куру на запекание целиком", acc(magnit=WHOLE_CHICKEN_MAGNIT),
         "a whole raw chicken («целиком»): Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная» and the unmarinated "
         "«Цыплёнок табака СВОЯ охлажденный» (whole bird split open -- outside knowledge); «на запекание» is a purpose. "
         "Parts and fillets are not whole; " + CHICKEN_NOTE_RULE),
        ("картохи кила два", acc(dixy=["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
                                 perekrestok=["769", "2083095", "3987", "4342860", "3142878", "3142879", "3074469",
                                              "43968", "3092450", "4265670"]),
         "fresh potatoes of any kind and pack (loose, net, white/red washed, Бэби, для варки/для жарки 3 кг, отборный, "
         "Чик-Чик 1 кг -- taken as fresh); «кила два» is a quantity. Sweet potato (batat), boiled peeled potatoes, frozen "
         "fries, Магнит «Картофель АЙДАХО (СП ГМ)» (a ready dish), crisps, purees and the «Картошка» sweets excluded"),
        ("чеснока одну головку", acc(dixy=GARLIC["dixy"], perekrestok=GARLIC["perekrestok"]),
         "fresh garlic bulbs (loose, 1 pc packs, Фермерский Чеснок «отборный 1шт» and 150 g, «Чеснок ранний»). Peeled "
         "cloves («отборный зубчиками, 100г» -- not a head), dried/granulated/minced/grated garlic, garlic with salt, "
         "salted, smoked garlic and the garlic press excluded"),
        ("майонез махеев провансаль пачку", acc(
            magnit=["1000077733", "1000498096", "d8bbb63f48", "1000558908", "1000077734", "ddda8365b8", "2c23c84574"],
            dixy=["T000005518", "ЦТ0040573", "2000593851", "2000602611"],
            perekrestok=["2047206", "4339442"]),
         "every Махеевъ «Провансаль» mayonnaise (50.5 % and 67 %, «белый», «с лимонным соком», any size); «пачку» is a "
         "quantity. Махеевъ «Оливковый» and «на перепелином яйце», other brands' провансаль and Махеевъ ketchup/mustard/"
         "marinade excluded"),
    ]),
    # fti14 каша и пирог
    ("хлопья овсяные геркулес пачку на завтрак, молоко пискаревское 3.2, изюм без косточек в пирог, булку белую", [
        ("хлопья овсяные геркулес пачку на завтрак", acc(
            magnit=["8a13df6c91"],
            dixy=["2000222892", "2000219614", "2000601251", "2000005395"],
            perekrestok=["4157124", "4005492", "3469028", "2105514", "3933387", "23772", "3421663", "6752", "24926"]),
         "oat flakes whose title says «Геркулес» (the brand of Русский продукт and the chains' name for the rolled-oat "
         "kind: Маркет «геркулес», Nordic «Геркулес Финский», Мистраль «Геркулес Фермерский», Любимые традиции "
         "«Геркулес»), any pack. Oat flakes not called геркулес (Ясно Солнышко №1-3, Nordic, Любимые традиции 3-5 мин, "
         "Пр!ст быстрого приготовления…), flavoured instant porridges incl. «Каша Геркулес с клубникой», oat bran mixes, "
         "cut oats and Магнит «Хлеб ГЕРКУЛЕС» (trap) excluded"),
        ("молоко пискаревское 3.2", NONE,
         "the brand Пискарёвский is required and no Пискарёвский milk is on sale (only its kefir, sour cream, curd and "
         "ацидофилин -- traps); other 3.2 % milks are not substituted"),
        ("изюм без косточек в пирог", acc(perekrestok=["4288277", "4342295", "4308580", "4311579"]),
         "raisins said to be seedless: Перекрёсток «Виноград сушеный без косточек» (Зелёная Линия, Маркет, Пр!ст) and "
         "«Виноград сушеный целый без косточки Маркет» (dried grapes = изюм); «в пирог» is a purpose. Raisins whose "
         "seedlessness is not stated (Изюм Голден, Изюм светлый, «Виноград сушёный» Маркет/Пр!ст) and goods «с "
         "изюмом» excluded"),
        ("булку белую", acc(magnit=BATON_WHITE_MAGNIT + WHITE_LOAF_MAGNIT, perekrestok=BATON_NAREZNOY + BATON_WHITE_OTHER + WHITE_LOAF_PEREK),
         "«булка» = a loaf of white wheat bread (as «булка белая» in fti02): white батоны and white wheat loaves; Магнит "
         "«Булка Рижская» (a 53 g bun), buns, baguettes, toast bread, bran/grain/rye loaves and loaves of unstated flour "
         "excluded"),
    ]),
    # fti15 детям
    ("пышки с сахарной пудрой, nesquik какао пачку, молоко детское агуша", [
        ("пышки с сахарной пудрой", NONE,
         "Petersburg пышки (ring doughnuts with icing sugar) are not on sale; the filled Магнит «Пончики БЕРЛИНСКИЕ с "
         "вареной сгущенкой» and «Палочки кукурузные в сахарной пудре» are other products"),
        ("nesquik какао пачку", acc(pyaterochka=["3420547"]),
         "Nesquik cocoa drink powder: Пятёрочка «NESQUIK Напиток быстрораств.с какао 500г»; «пачку» is a quantity. "
         "Other cocoa drinks (Хрутка, Скрепыши, Чукка), cocoa powder and Nesquik cereals excluded"),
        ("молоко детское агуша", acc(pyaterochka=["2144368"], magnit=["1051242645", "1051242602", "1000172272"]),
         "Агуша children's drinking milk of any fat and pack (sterilised 3.2 %/2.5 %, UHT 925 ml). Агуша kefir, "
         "porridges, curds, purees and other brands' children's milk (Тёма) excluded"),
    ]),
    # fti16 макароны по-флотски (греча на второй день)
    ("греча в пакетиках варочных 2 пачки, фарш из говядины на макароны по-флотски, лук репчатый пару головок, томатная паста подешевле", [
        ("греча в пакетиках варочных 2 пачки", acc(
            dixy=["2000272542", "2000300392"],
            perekrestok=["4353613", "28960", "4061364", "4009020", "3674200", "3603166", "3696237", "3493533"]),
         "buckwheat in boil-in-bags: titles saying «в пакетах для варки»/«в варочных пакетах» or sold as n×80-125 g "
         "sachets (Зернышко к зернышку 5×80 г, Prosto 8×62.5 г, Мистраль 5×80 г, Увелка 5×80 г, Маркет 4×100 г -- "
         "the n×g packs taken as boil-in-bags, outside knowledge); «2 пачки» is a quantity. Loose-packed buckwheat, "
         "green buckwheat and ready dishes excluded"),
        ("фарш из говядины на макароны по-флотски", acc(dixy=["2000322809", "2000207953"],
                                                         perekrestok=["4288090", "4013", "4357432"]),
         "beef mince only (Мираторг, Иван Мясоедов, Перекрёсток «Фарш говяжий», Хороший Кусок «из говядины»); the "
         "purpose is not a filter. Mixed «Домашний/Деревенский/Фермерский» mince, pork, turkey and pollock mince, "
         "«Мясо котлетное» and pelmeni excluded"),
        ("лук репчатый пару головок", acc(dixy=ONION["dixy"], perekrestok=ONION["perekrestok"]),
         "fresh bulb onions of any pack (as in fti01); «пару головок» is a count; dried onion excluded"),
        ("томатная паста подешевле", acc(
            magnit=["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            dixy=["2000521414", "2000569071", "2000322276", "2000536311", "2000000761"],
            perekrestok=["3690262", "3504319"]),
         "tomato paste of any brand and pack (jars, 70 g pyramids, 30 g sachet); «подешевле» is a wish. Ketchups, "
         "«Протертая мякоть томатов», tomato sauces and juices excluded"),
    ]),
    # fti17 кура-гриль на ужин
    ("кура-гриль половинку, картошка фри замороженная пакет, соус чесночный к куре", [
        ("кура-гриль половинку", NONE,
         "no ready spit-roasted chicken (whole or half) in any chain (see fti06)"),
        ("картошка фри замороженная пакет", acc(dixy=["2000553851"], perekrestok=["4326042", "3489169"]),
         "frozen French fries: Перекрёсток «Картофель Фри замороженный Маркет, 700г» and «Картофель фри дольки "
         "быстрозамороженные» (sold as фри), Дикси «Картофель фри "
         "И зимой И летом, 700 г» (a frozen-food brand, frozen although the title does not say so -- outside knowledge). "
         "Пр!ст «Картофель резаный быстрозамороженный» (not said to be fries), crisps and potato straws excluded"),
        ("соус чесночный к куре", acc(perekrestok=["4371998"]),
         "garlic sauce: Перекрёсток «Соус Чесночный майонезный Перекрёсток Select, 35г». Garlic ketchup (Слобода "
         "«Чесночный»), Kotanyi «Приправа для чесночного соуса», Maggi mixes, Дикси «Соус Я люблю готовить Французские "
         "пряности и чеснок» (a spice-and-garlic dressing, not a garlic sauce) and sauces of other flavours excluded"),
    ]),
    # fti18 чай с бутербродами
    ("батон белый к чаю свежий, паштет печеночный на бутерброды, сырок плавленый виола, чай в пакетиках черный самый дешевый", [
        ("батон белый к чаю свежий", acc(magnit=BATON_WHITE_MAGNIT, perekrestok=BATON_NAREZNOY + BATON_WHITE_OTHER),
         "white батоны of any variety (Нарезной, Молочный, К завтраку, Новый, plain «Батон, 300г», Горчичный, Магнит "
         "Хлебный Дом «Утренний»); «к чаю» "
         "and «свежий» are purpose and wish. Зерновой and Отрубной батоны (not white), loaves that are not батоны, buns "
         "and baguettes excluded"),
        ("паштет печеночный на бутерброды", acc(pyaterochka=["121c493676"], magnit=["72650c06ba", "6771fd64ae"]),
         "liver pâté: Пятёрочка «Паштет из печени, Егорьевская», Магнит МИХАЙЛОВ КУРЕНЬ «Печеночный» and «ПАШТЕТ "
         "ПЕЧЕНОЧНЫЙ со сливочным маслом, ГОСТ». Пятёрочка «Консервы мясорастительные … Паштет с гусиной печенью» "
         "(meat-and-cereal), chicken/turkey/duck/salmon/vegetarian pâtés, «Паштет По-домашнему» (not said to be "
         "liver) and pet food excluded"),
        ("сырок плавленый виола", acc(magnit=["8000038108", "1000193098", "1000270513", "1000270504"]),
         "plain Viola processed cheese («сырок» read as the colloquial word for processed cheese; Viola sells tubs and "
         "portions): «Классический 35%» and «Сливочный» 45 %/50 %. Flavoured Viola (с салями, шоколадный, с белыми "
         "грибами), the «Финское избранное» flavour assortments, other brands' processed cheese and Viola yoghurts "
         "excluded"),
        ("чай в пакетиках черный самый дешевый", acc(
            pyaterochka=["18087", "510", "3141303", "2070399"],
            magnit=["f27576dc9c", "8e34db68c9", "262636efc4", "539736f8c3", "c237948667", "79c875b985", "41cb31723f",
                    "f528489d63", "9ffe7d26ae", "0b0945cde7", "62e737f079", "7304afe46d", "f2ec203f7f", "527c289095",
                    "edf75508f3", "77d6909a1a", "1305f039da", "1ce117e378", "62e44aad83", "91c9c098ea", "f48f2ca4d2"],
            dixy=["2000520549", "2000289445", "2000224056", "2000295224", "2000601831", "2000335959"],
            perekrestok=["3338198", "3378336", "2095906", "2147890", "46398", "3662837", "2070399", "96196", "3440334",
                         "4206083"]),
         "plain black tea in bags of any count (Dilmah, Lipton Yellow Label, Riston, Принцесса Нури/Канди/Ява, BETA, "
         "Kensington Классик Цейлон, Curtis Delicate Black, Ahmad Классический, Akbar, Sebastea Ceylon Gold, Tess "
         "Санрайз and Кения гранулированный, Майский, Greenfield English Edition/Kenyan Sunrise/Золотой Цейлон, Азерчай "
         "Букет, Richard Роял Цейлон/English Breakfast incl. «в сашетах», Market Collection «Английский классический», "
         "Первым делом); «самый дешевый» is a wish. Flavoured black teas (Earl Grey/бергамот, чабрец, Secret Garden, "
         "fruit and berry, lemon, Orange&Cinnamon, Masala Chai, Pleasure, Spring Melody, Christmas Mystery, Forest "
         "Dream), assortments and collections, loose-leaf tea, green "
         "and herbal teas excluded"),
    ]),
    # fti19 крылышки и пиво
    ("кура крылья 1кг на гриль\nсоус барбекю к крылышкам\nпиво светлое банок 4", [
        ("кура крылья 1кг на гриль", acc(magnit=["99331702b7"]),
         "raw chicken wings: Магнит «Крыло ПЕТРУХА цыпленка-бройлера, плечевая часть, 750г»; «1кг» is the quantity of a "
         "weighed meat (as «куриное филе 1кг» in set g), «на гриль» a purpose. Other chicken parts excluded; " +
         CHICKEN_NOTE_RULE),
        ("соус барбекю к крылышкам", acc(pyaterochka=["3376722"]),
         "barbecue sauce: Пятёрочка «Соус Heinz, барбекю, 230 г». Heinz «для гриля и шашлыка» ketchups, Слобода «Гриль» "
         "ketchup and «Свинина в соусе барбекю» (a ready meal) are other products"),
        ("пиво светлое банок 4", acc(magnit=[
            "0c7af2aa41", "1b3181a9dc", "2e39130955", "3ea97ca924", "409bf95866", "42f69bfc00", "4b9214b25a", "5efbef1867",
            "63c65170c7", "69a66b3a0f", "72ef636633", "7e7ff281a0", "8f5e8411f3", "9f7d0a8f2d", "ae5974fdda",
            "b22153f240", "b4204a2237", "bc158ed1af", "c7cb3e4e83", "cdadff0fd2", "cff5b47f4d", "e2bedcaafd",
            "e5d1876122", "ee4fd3d93d", "f66314d40a", "b7be4e1cdf"]),
         "alcoholic light beer titled светлое/«свет» (filtered or not, lager, pilsner, IPA, wheat, any size; Bavaria "
         "Premium «Пиво свет фильтр», Krusovice Svetle); «банок 4» is read as a quantity. Dark beer (Wolpertinger, "
         "Крушовице темное), alcohol-free beer and beer drinks (Стелла Артуа безалкогольное, Амстел, Балтика №0), "
         "flavoured beer drinks (Мишенька под вишенкой, Konix Cherie, Dr. Diesel, Green Beat…), Эдельвейс «Напиток "
         "пивной» (not titled светлое) and медовуха excluded; Дикси, Перекрёсток and Пятёрочка list no beer"),
    ]),
    # fti20 завтрак на дачу
    ("булка белая нарезка, десяток яиц первой категории, сервилат финский палку, огурец свежий", [
        ("булка белая нарезка", acc(magnit=BATON_WHITE_MAGNIT + WHITE_LOAF_MAGNIT,
                                    perekrestok=["4318510", "4264947", "4329401", "3680023", "4102687", "4329402"]),
         "a sliced loaf of white wheat bread («булка» = white loaf, «нарезка» = sliced): Перекрёсток батоны titled "
         "нарезанный/нарезка (Горчичный, К завтраку, Молочный, Нарезной Пр!ст, Нарезной Маркет, Нарезной улучшенный) "
         "and Магнит «Батон ХЛЕБНЫЙ ДОМ Утренний нарезка» and «Хлеб ГОРЧИЧНЫЙ пшеничный нарезка». Loaves not said to be sliced (Коломенское «Нарезной» is the "
         "variety name), toast bread, bran/grain/rye sliced loaves, «Булка Рижская» (a bun) excluded"),
        ("десяток яиц первой категории", acc(magnit=EGGS10_C1["magnit"], dixy=EGGS10_C1["dixy"],
                                             perekrestok=EGGS10_C1["perekrestok"]),
         "chicken eggs of the first category (С1 / C1 / «1 категории») in packs of 10 («десяток» = packs of 10 only). "
         "С0/СО/отборные, высшая, С2, СВ, packs of 6/15/20/30 and quail eggs excluded"),
        ("сервилат финский палку", acc(pyaterochka=["0da064a041"], magnit=["8ee202a921"], dixy=["2000422431"],
                                       perekrestok=["4323441"]),
         "«сервилат» (a common misspelling of сервелат) «Финский» of any brand (Папа может, Великолукский, Останкино, "
         "Маркет); «палку» is the unit. Other servelats (Зернистый, Кремлевский, Мускатный, Карельский, Пражский, "
         "Мраморный, Московский) and Магнит «Салями ФИНСКАЯ» (a salami -- trap) excluded"),
        ("огурец свежий", acc(magnit=CUCUMBER["magnit"], dixy=CUCUMBER["dixy"], perekrestok=CUCUMBER["perekrestok"]),
         "fresh cucumbers of any kind and pack (as in fti06); jarred, salted and marinated cucumbers excluded"),
    ]),
    # fti21 молочная греча
    ("греча 1 кг, молоко 3.2% на кашу, сахар-песок самый дешевый, масло сливочное крестьянское", [
        ("греча 1 кг", NONE,
         "«1 кг» names the pack of a packaged good (as «сахар 1кг» in set g), and no buckwheat is sold in 1 kg packs: "
         "the packs are 400/750/800/900 g, 2 kg and 3 kg and boil-in-bag sachets; Перекрёсток «Гречка» (no weight "
         "stated) cannot be shown to be 1 kg. Green buckwheat and ready dishes are other products anyway"),
        ("молоко 3.2% на кашу", acc(
            pyaterochka=["2144368"],
            magnit=["1000122658", "1000049786", "1000127183", "1000139951", "1000172272", "1000244834", "1000323041",
                    "1000445488", "1000553875", "1051242645", "1059990140", "1812450001", "1899800825", "8000026014",
                    "8000026015", "8000058295", "8000081425", "18ca387556", "4aff59ccac", "be3e0e74c3"],
            dixy=["10J0077073", "2000066819", "2000238271", "2000509793", "2000557212", "2000560951", "2000594992",
                  "2000600213"],
            perekrestok=["3668699", "3668953", "4162259"]),
         "drinking cow milk of exactly 3.2 % (pasteurised, UHT, sterilised, any pack; children's milk Агуша/Тёма/Зелёная "
         "Линия «для детского питания» and lactose-free Аммм included, as in earlier sets); «на кашу» is a purpose. "
         "Ranges (3.2-6 %, 3.4-6 %), other fat levels, топлёное milk, Му-у «Для капучино», goat milk, flavoured milk, "
         "kefir and porridges excluded"),
        ("сахар-песок самый дешевый", acc(magnit=["446f5df61c"], dixy=["2000214171", "2000214172", "2000174958"],
                                          perekrestok=["3230933", "3650732", "3902622"]),
         "white granulated beet sugar of any pack (1 kg, 5 kg, Чайкофский 900/750 g, Магнит Чайкофский «Рафинированный» "
         "sand, Перекрёсток «Сахар Советский Экстра» -- taken as granulated); «самый дешевый» is a wish. Lump/pressed "
         "sugar, cane and coconut sugar, icing sugar excluded"),
        ("масло сливочное крестьянское", acc(
            magnit=["1000262381", "1000384151", "1000457493", "1844000142", "1855599920", "1899911038", "3181241105",
                    "a1a2b1e98a"],
            dixy=["2000288309", "2000401635", "2000538793"],
            perekrestok=["2029217", "2068941", "2071031", "3226314", "3347817", "3355277", "3363741", "3371288",
                         "3384196", "3406593", "3423762", "3472940", "3645266", "3917028", "3980020", "4035287",
                         "4051359", "4068626", "4147662", "4260610", "86150"]),
         "Крестьянское butter: every butter titled «Крестьянское» and every plain 72.5 % sweet-cream butter (72.5 % is "
         "what «Крестьянское» means under the butter standard -- outside knowledge), lactose-free 72.5 % included. "
         "Магнит Брест-Литовск «Традиционное … 72.5%» (titled Традиционное), 82.5 % butters, ghee, margarine and the "
         "De Olio 72.5 % vegetable cream excluded"),
    ]),
    # fti22 гренки на завтрак
    ("батон для гренок, яйца штук 10, молочка ультрапастеризованного, тертого сыра упаковку", [
        ("батон для гренок", acc(magnit=["a37c992f14"] + BATON_WHITE_MAGNIT, perekrestok=BATON_NAREZNOY + BATON_WHITE_OTHER + BATON_DARK),
         "any батон (the user named no variety): Перекрёсток Нарезной, Молочный, К завтраку, Новый, plain «Батон», "
         "Горчичный, Зерновой and Магнит «Батон ОТРУБНОЙ нарезка», «Батон ХЛЕБНЫЙ ДОМ Утренний»; «для гренок» is a purpose. Other bread, baguettes, "
         "buns, ready croutons (гренки) excluded"),
        ("яйца штук 10", acc(magnit=EGGS10["magnit"], dixy=EGGS10["dixy"], perekrestok=EGGS10["perekrestok"]),
         "chicken eggs of any category in packs of 10 (read like «десяток»); packs of 6, 15, 20, 30, quail eggs and "
         "chocolate eggs excluded"),
        ("молочка ультрапастеризованного", acc(
            pyaterochka=["3146538"],
            magnit=["1000023413", "1000049786", "1000156187", "1000172272", "1000244834", "1000323041", "1000351083",
                    "1000418036", "1000568396", "1812450001", "1812450029", "1899800825", "8000029505", "8000058293",
                    "8000058295", "8000079205", "18ca387556", "be3e0e74c3"],
            dixy=["10J0077073", "2000066819", "2000238271", "2000263555", "2000273384", "2000328874", "2000511374",
                  "2000546311", "2000560951", "2000600211", "2000600212", "2000600213"],
            perekrestok=["3431582", "4244153"]),
         "UHT («ультрапастеризованное», «ул/паст») cow drinking milk of any fat and pack, lactose-free (Valio Zero, "
         "Parmalat Comfort and Protein, Домик в деревне) and children's UHT milk (Агуша 925 ml, Тёма) included. "
         "Pasteurised and sterilised milk (the processing is part of the item), goat milk, Му-у «Для капучино», "
         "flavoured milk and cream excluded"),
        ("тертого сыра упаковку", acc(magnit=["1000471929", "b10071458c", "1000526832", "8000027253"],
                                      perekrestok=["4345021", "3496419", "4300784", "4271631"]),
         "grated cheese of any kind (пармезан, «Голландский», «микс 4 сыра», «Три Сыра»); «упаковку» is a quantity. "
         "Cheese in a piece or slices, Зелёная Линия «Моцарелла для пиццы» (not said to be grated) and «протертые» "
         "berries excluded"),
    ]),
    # fti23 холодец
    ("ножки свиные на холодец\nкура на бульон\nжелатин пачку\nчесночка головки 2", [
        ("ножки свиные на холодец", NONE,
         "no pork trotters in any chain; ready холодец/студень/«Мясо заливное» (Пятёрочка Диво, Магнит Ремит, Дикси "
         "Мелант, «Первым делом», «Сама готовила») are the dish, not the ingredient"),
        ("кура на бульон", acc(
            magnit=WHOLE_CHICKEN_MAGNIT + ["83c54dfa06", "6bf2d45df8", "d9a7978145", "99331702b7"],
            dixy=["2000581594"] + BREAST_FILLET["dixy"],
            perekrestok=["3673509", "2160048", "3683728", "78004576", "53105"] + BREAST_FILLET["perekrestok"]),
         "«кура» = raw chicken, whole bird or any raw part (as «курица» in earlier sets; «на бульон» is a purpose): "
         "Магнит whole tushka, unmarinated «Цыплёнок табака СВОЯ», thighs (incl. «БЕДРО КУРИНОЕ гриль, охлажденное» -- "
         "raw chilled thighs, «гриль» taken as the cut's name), wings; Дикси and Перекрёсток breast and thigh fillets, "
         "medallions, bone-in breast. Перекрёсток «Филе грудки фермерское» (species not stated) left out; " +
         CHICKEN_NOTE_RULE),
        ("желатин пачку", acc(dixy=["2000237733", "2000163050"]),
         "food gelatine: Дикси Dr.Bakers 10 г and Магета 50 г; «пачку» is a quantity. Agar (none) and ready aspic "
         "excluded"),
        ("чесночка головки 2", acc(dixy=GARLIC["dixy"], perekrestok=GARLIC["perekrestok"]),
         "fresh garlic bulbs (as in fti13); peeled cloves, dried/minced/salted/smoked garlic excluded"),
    ]),
    # fti24 грибы в сметане
    ("шампиньонов полкило, сметанку 15% к грибам, лук одну штуку, батон к ужину", [
        ("шампиньонов полкило", acc(
            magnit=["4de59ad542"],
            dixy=["DI00079986", "2000332389", "2000088639", "1100074529", "ЦТ0046651"],
            perekrestok=["4270844", "59120", "3669839", "2071820", "4280106", "3685051", "4136012", "3622668", "3683919",
                         "3652049", "4355283", "3950281", "6176"]),
         "fresh button mushrooms (loose, trays, королевские, мини, для гриля, «микс белые-королевские», 300 g "
         "«резаные»/«кубики» trays and «свежие нарезанные в в/у»; Зелёная Линия «органик 350г» and Маркет «мини 300г» "
         "taken as fresh trays -- outside knowledge); «полкило» is a quantity. Canned (Bonduelle, Lutik, Pucci, "
         "Бояринъ, Lorado, Пятёрочка ДСК 400 г, Перекрёсток Маркет/Пр!ст «резаные» 400 г -- taken as canned, as in set "
         "g), marinated, frozen, Korean-style, «Шампиньоны-гриль с зеленью» (a ready dish), the «мини микс» mix and "
         "other mushrooms excluded"),
        ("сметанку 15% к грибам", acc(
            magnit=["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785", "1000461810",
                    "1000463648", "1000553874", "1000558440", "1899900582", "8000035449", "8000057502", "8000068594",
                    "8000072734", "2645f50028", "b699c0f510", "c90113311e"],
            dixy=["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            perekrestok=["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086",
                         "4221356", "4226994", "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"]),
         "plain sour cream of exactly 15 % (any brand and pack, incl. «из топлёных сливок» and lactose-free); «к "
         "грибам» is a purpose. Пятёрочка «Сметана … пикантная, с чесноком, 15%» (flavoured) and other fat levels "
         "excluded"),
        ("лук одну штуку", acc(dixy=ONION["dixy"], perekrestok=ONION["perekrestok"]),
         "«лук» counted in pieces = a bulb onion: fresh onions of any pack (as in fti01); no green onion or leek is on "
         "sale; dried onion excluded"),
        ("батон к ужину", acc(magnit=["a37c992f14"] + BATON_WHITE_MAGNIT, perekrestok=BATON_NAREZNOY + BATON_WHITE_OTHER + BATON_DARK),
         "any батон (as «батон для гренок» in fti22); «к ужину» is a purpose; other bread and buns excluded"),
    ]),
    # fti25 на дачу
    ("минералка полюстрово 2 бутылки, кура копченая, ржаные хлебцы хрустящие, черри помидорки на салат", [
        ("минералка полюстрово 2 бутылки", NONE,
         "the Petersburg mineral water Полюстрово is required and is not on sale; other mineral waters are not "
         "substituted"),
        ("кура копченая", NONE,
         "no smoked chicken in any chain; smoked turkey, «Карпаччо из птицы сырокопченое», smoked sausages and "
         "«Салат из копченой курицы» are other products"),
        ("ржаные хлебцы хрустящие", acc(magnit=["eb4308a4fa"]),
         "rye crispbread: Магнит «Хлебцы ЩЕДРЫЕ, Тонкие ржаные». Crispbreads not said to be rye (зерновые, 5 злаков, "
         "buckwheat, rice, corn-rice, «с чесноком», Бурже шведские) and Перекрёсток «Хлебец … нарезанный» loaves "
         "excluded"),
        ("черри помидорки на салат", acc(
            magnit=["e77c4439b1"],
            dixy=["2000003231", "2000601471", "2000601472", "2000580827", "2000186544"],
            perekrestok=["3373662", "4217379", "11971", "3410591", "3634714", "4381951", "4381952", "4371254"]),
         "fresh cherry tomatoes (red, on the vine, plum-shaped, Кумато черри мини, «Черри Микс»); «на салат» is a "
         "purpose. Cocktail tomatoes (not cherry), marinated/salted cherry tomatoes, jarred assortments, «Теличерри» "
         "pepper and Mr.Ricco «сладкий черри» ketchup excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftiNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fti\d\d ===$", line):
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
                    errors.append("fti%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fti%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fti"))
