#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wz.jsonl -- shopping lists of a man buying his family's week after work
(the list his wife typed, with their usual amounts and notes on what not to buy, plus his own snacks),
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wz.build.py

LISTS below is literal data: 25 lists (3-5 items, 90 items) as typed to a Telegram bot, and for every
item the product ids of every in-stock offer of each store that a reasonable shopper who wrote exactly
that item would accept.  The lists were written before any offer was read and frozen in
fresh_basket_eval_wz.blind_lists.txt (read-only, sha256 923ee549691cfe8e41e5881996582d05b5426f5f20e65ed2b1433b7ace762c3b);
this script first checks that every list text here equals the blind draft (apart from the lists named
in REPLACED, which is empty: no item was replaced).  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё
folded to е) and read one by one; every item was re-checked by listing all in-stock titles matching its
stem that were not accepted.  The note of each item records what was accepted, what was deliberately
left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool
being evaluated.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in
real_offers.jsonl *for that store* and is in stock (``available`` true), no id is repeated within an
item, every item has a note, and the labels are exactly the list's items in order (an item is the text
between commas / new lines) -- and writes the JSONL in the format of real_basket_eval.jsonl; list ids
are fwz01, fwz02, ... in LISTS order and every list is in split "fresh".  labelled_lists.stats prints
the counts.
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wz.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wz.blind_lists.txt")

# list number (1-based) -> (blind text, text used here); empty: no item was replaced after labelling
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwz01 weekday staples
    ("молоко 3.2% 2 бутылки\nхлеб нарезной 1 шт\nяйца десяток только с0\nмасло сливочное 82 не бери спред", [
        ("молоко 3.2% 2 бутылки", {
            "pyaterochka": ["3425329", "3507208", "3645807", "3694630"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["01f728b210", "14753f9f39", "2f04f03749", "3431579", "35ac60eec2", "3645807",
                            "4244242", "4259100", "47a9cd6be2", "488d323508", "52d96fd806", "87b2dc7b1d",
                            "885d917850", "89a1c1419e", "949b3dd46f", "9dbc98f064", "a24f88bea8", "b4411ba8d4",
                            "b508e73840", "e2d5d93f2a", "e458dc5e25", "eaf7de5f17", "ecc07a0e68", "f3d85bb393",
                            "f50aeac1bb"],
        }, "drinking cow milk labelled exactly 3.2% (pasteurised/UHT/sterilised, children's milk incl. Агуша «от"
           " 3 лет», Маша и Медведь, Сарафаново «детское»); ranges (от 3,2% до 6%, 3.2-4, 3.2-4.5), топлёное "
           "3.2%, other fats, flavoured, goat and condensed milk excluded; «2 бутылки» is a quantity, not a "
           "packaging filter"),
        ("хлеб нарезной 1 шт", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white sliced loaf: Перекрёсток «Батон Нарезной нарезка» and Пятёрочка «Батон \"Звездный\" нар» "
           "(outside knowledge: «нар» = нарезной/нарезанный, a white loaf); rye/grain breads, сдоба, хлебцы, "
           "гренки and «нарезка» of sausage/cheese excluded"),
        ("яйца десяток только с0", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "hen eggs of class С0/СО/«отборные» in packs of 10 (incl. Роскар «Экстра СО»); С1 eggs, packs of 6 "
           "and 20, quail eggs excluded"),
        ("масло сливочное 82 не бери спред", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter 82% or 82.5% (sweet-cream and Президент «кислосливочное» 82%); 72.5% butter, chocolate butter"
           " 62%, spreads (none in stock), vegetable oils excluded"),
    ]),
    # fwz02 soup vegetables
    ("картошки кило три, лука репчатого килограмм, морковку кг", [
        ("картошки кило три", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (incl. молодой/Новый урожай, красный, для варки/жарки 3 кг); "
           "«кило три» is the quantity; chips, starch, Картошка marzipan sweet, ready dishes excluded"),
        ("лука репчатого килограмм", {
            "pyaterochka": [],
            "magnit": ["168731", "168721"],
            "dixy": [],
            "perekrestok": ["79135", "79012"],
        }, "bulb onions titled «репчатый» (white, red) and Магнит «Лук Светофор» (a pack of three bulb onions, "
           "outside knowledge); Ялтинский, шалот and «салатный» speciality onions, green onion and herb mixes "
           "excluded"),
        ("морковку кг", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots; carrot juice/nectar, Korean carrot salad, canned mixes excluded"),
    ]),
    # fwz03 Sunday chicken
    ("курицу целую одну, гречку 2 пачки, рожки какие подешевле, сметану 15% одну", [
        ("курицу целую одну", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4214722", "4252168"],
        }, "whole raw chicken: Перекрёсток «Тушка цыплёнка» (incl. halal and «на зерновом откорме»), «Цыплёнок "
           "корнишон» (a small whole chicken), Дикси «Цыпленок-бройлер охлажденный, 1 кг» (outside knowledge: no"
           " part named = whole carcass); chicken parts, duck, cooked and canned chicken excluded"),
        ("гречку 2 пачки", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (Магнит Prosto); buckwheat flakes, soba noodles, rice-and-buckwheat mix, baby "
           "buckwheat porridge and ready meals with buckwheat excluded"),
        ("рожки какие подешевле", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "horn-shaped pasta: Пятёрочка «Витой рожок»; other pasta shapes (перья, спирали, спагетти, ракушки…) "
           "and ice-cream «в рожке» excluded; «подешевле» is a wish, not a filter"),
        ("сметану 15% одну", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592",
                            "4431124", "4095525"],
        }, "sour cream 15% (incl. lactose-free); other fats, sour-cream-flavoured chips/croutons and sauces "
           "excluded"),
    ]),
    # fwz04 cabbage rolls and a beer
    ("фарш свино-говяжий 1кг\nкапусту белую кочан\nрис круглый на кашу детям\nпиво себе 4 банки", [
        ("фарш свино-говяжий 1кг", {
            "pyaterochka": ["3673806", "3205754"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mixed pork-and-beef mince: Мираторг «свино-говяжий домашний» and Самсон «Фарш ДОМАШНИЙ» (outside "
           "knowledge: «домашний» фарш = pork+beef); beef, pork, turkey and chicken (Петелинка) mince, Ближние "
           "горки «Деревенский» (composition not stated) excluded; «1кг» is the quantity"),
        ("капусту белую кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «белокочанная ранняя»); sauerkraut, Chinese cabbage, broccoli and "
           "sea-kale salad excluded"),
        ("рис круглый на кашу детям", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "199371", "106641"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice: Увелка «Краснодарский, круглый», Мистраль «для плова традиционный, круглый» "
           "(Пятёрочка «МИСТР.Рис для плова традиц.» is the same product, outside knowledge), Националь "
           "«Адриатика» and Мистраль «Кубань» (outside knowledge: both round-grain); long-grain, basmati, "
           "jasmine, brown, девзира, mixes and rice flakes excluded"),
        ("пиво себе 4 банки", {
            "pyaterochka": ["3630690"],
            "magnit": ["7a049f38a7", "7d9ffc1dd9", "7f9482ca4a", "307d22d94c", "a982a99aeb", "30dda00a31",
                       "22307d326d", "956d7ab45e", "201971", "167991", "204931", "168001", "111441", "111751",
                       "160011", "108671", "108721", "104791", "159311", "160021", "202121", "205571", "168011",
                       "199071", "199081", "213061", "213471", "104801", "1f2ea4eaba"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic beer of any colour incl. beer-style drinks (ABBE, Жатецкий гусь чёрный) and Magnit Miller "
           "0.45 l without ABV (outside knowledge: alcoholic); all alcohol-free and flavoured beer drinks "
           "(Балтика 0, Bud безалкогольное, Горьковская IPA 0%, every Перекрёсток item) excluded; «4 банки» is a"
           " quantity"),
    ]),
    # fwz05 dairy and pistachios
    ("творог 9% 2 пачки не простоквашино, кефир 1% один литровый пакет, фисташки себе", [
        ("творог 9% 2 пачки не простоквашино", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216658", "4185866"],
        }, "plain cottage cheese 9% not by Простоквашино (none is); other fats, curd desserts, «зерненый» and "
           "flavoured curd excluded"),
        ("кефир 1% один литровый пакет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir of any fat is in the offers"),
        ("фисташки себе", {
            "pyaterochka": ["4073982", "3933060"],
            "magnit": ["f692308d66"],
            "dixy": [],
            "perekrestok": [],
        }, "pistachio nuts (salted/roasted); pistachio-flavoured yoghurt, curd desserts, сырки excluded"),
    ]),
    # fwz06 baking day
    ("масло подсолнечное рафинированное бутылку, сахар 2кг самый дешевый, муки пшеничной высший сорт, дрожжи сухие пару пакетиков для пирогов", [
        ("масло подсолнечное рафинированное бутылку", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "refined sunflower oil; Mr.Ricco blends with olive/avocado oil and the herb-flavoured oil, ALMADOR "
           "flavoured sunflower oils (not stated refined), corn, grape and olive oils excluded; «бутылку» is a "
           "quantity"),
        ("сахар 2кг самый дешевый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "granulated sugar: none in stock; Магнит «Сахар белый прессованный» (sugar cubes) and cane «Демерара»"
           " are not what «сахар … самый дешевый» asks for; «2кг» is read as the quantity; «самый дешевый» is a "
           "wish"),
        ("муки пшеничной высший сорт", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "8065"],
        }, "wheat flour of the highest grade (Makfa, Пышечка) and Рязаночка «ПШЕНИЧНАЯ ЭКСТРА» (outside "
           "knowledge: «экстра» is a top grade of baking wheat flour); Перекрёсток «Мука Пшеничная, 2кг» (grade "
           "not stated), whole-grain, durum «крупка» and rye flour excluded"),
        ("дрожжи сухие пару пакетиков для пирогов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "dry baking yeast (Саф-Момент); frozen yeast dough and yeast-free puff pastry excluded"),
    ]),
    # fwz07 kids' sausages and his croutons
    ("сосиски молочные только не вязанку\nагуша пюре яблоко 4 шт\nсухарики себе к пиву", [
        ("сосиски молочные только не вязанку", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«Молочные» frankfurters not by Вязанка: Велком and Магнит «Сосиски Молочные» (Магнит titles give no "
           "brand, so «не Вязанку» cannot be checked there; accepted); сливочные, «Детям», other sausages and "
           "Молочная колбаса excluded"),
        ("агуша пюре яблоко 4 шт", {
            "pyaterochka": ["3606438"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша fruit puree of apple only; Агуша mixes (яблоко-банан-печенье, яблоко-персик, груша, with "
           "vegetables/cereals), other brands' apple purees (Gerber, Heinz, Сады Придонья) and Агуша "
           "juices/drinks excluded"),
        ("сухарики себе к пиву", {
            "pyaterochka": ["3611032", "3687988", "3360552", "3919826", "3919827"],
            "magnit": ["4fb9148fb2", "e26d76ca46", "38f3e441a4"],
            "dixy": [],
            "perekrestok": ["4300172", "3916637", "4336877", "4336878", "4336879", "4349523", "3689060",
                            "4300171", "4383071", "4192519", "4221847", "3916635", "3687989", "3688002",
                            "3688061", "3688000", "4243985", "4327050", "4301063", "4300950", "2063964",
                            "63021", "2063961", "3911761", "3014253", "3385063", "3360550", "3360552",
                            "4199888", "3919827", "3070382", "4351646", "4351645", "3427611", "3492417",
                            "3492421", "3611033", "3611032"],
        }, "snack croutons of any flavour, titled сухарики or гренки (Кириешки, 3 корочки incl. Магнит "
           "«Cухарики» spelled with a Latin C, Хрусteam, Фишка, Три семёрки…); Finn Crisp «Сухарики Multigrain» "
           "(crispbread, outside knowledge) and soups «с сухариками» excluded"),
    ]),
    # fwz08 salad vegetables
    ("помидоры кг, огурцы 1 кг, укропчик один пучок, майонез провансаль не махеевъ", [
        ("помидоры кг", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind incl. cherry, cocktail, plum, pink and orange cherry; salted tomatoes, "
           "«Ассорти Черри и Корнишоны» (a jar), tomatoes in juice, tomato juice/paste/sauces excluded"),
        ("огурцы 1 кг", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers incl. Перекрёсток «Огурцы Хрустящие, 450г» and fresh «корнишоны, 300г» (both in the "
           "fresh-vegetable category, outside knowledge); salted, pickled and jarred cucumbers excluded"),
        ("укропчик один пучок", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill; herb mixes (петрушка-укроп-лук), dried dill and herring «с укропом» excluded"),
        ("майонез провансаль не махеевъ", {
            "pyaterochka": ["3695167", "3982578", "3355228", "3193489", "3355242"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954",
                            "4297313", "4105769", "3695167"],
        }, "Provençal mayonnaise not by Махеевъ: Ряба, Скит, Слобода, Московский Провансаль; Пятёрочка «Майонез "
           "Слобода, 67%, 800 мл» = Перекрёсток «Слобода Провансаль 67%, 800мл» (same id) and Перекрёсток «Я "
           "люблю готовить на перепелиных яйцах» = Пятёрочка «МОС.ПРОВАНС. … на переп.яйц.» (same id) accepted "
           "on that evidence; Махеевъ Провансаль, Слобода «Оливковый», Heinz «Классический», Mr.Ricco and other "
           "non-Provençal mayonnaises excluded"),
    ]),
    # fwz09 sandwiches
    ("докторской колбасы граммов 500, сыр голландский кусок, масло 2 пачки, батон белый один", [
        ("докторской колбасы граммов 500", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115",
                            "4255289", "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "boiled sausage «Докторская» of any maker and pack (incl. sliced 150 g and Царицыно «ДОК.ОСОБ.» "
           "халяль); «граммов 500» is the quantity; сосиски/сардельки «Докторские» and other sausages excluded"),
        ("сыр голландский кусок", {
            "pyaterochka": [],
            "magnit": ["a75e794e26"],
            "dixy": [],
            "perekrestok": [],
        }, "Голландский cheese in a piece (Брест-Литовск 200 г); Перекрёсток Голландский «нарезка» and «тёртый» "
           "excluded by «кусок»"),
        ("масло 2 пачки", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367", "3658095"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "«масло» in packs read as butter (outside knowledge: packs of «масло» on a family list = butter), any"
           " fat (72.5–82.5%); chocolate butter, spreads, vegetable oils excluded"),
        ("батон белый один", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white loaf (батон): Перекрёсток «Батон Нарезной» and Пятёрочка «Батон \"Звездный\"»; rye breads, "
           "«батончик» and chocolate «батон» excluded"),
    ]),
    # fwz10 tea shelf
    ("чай черный пакетики 100 штук, кофе растворимый jacobs банку, печенье юбилейное две пачки, сахар рафинад 1 коробку", [
        ("чай черный пакетики 100 штук", {
            "pyaterochka": ["4002510", "3998702", "3378327", "3662837", "3950803", "3620106", "3635756",
                            "3378336", "3446638", "2070472", "11200", "3689577"],
            "magnit": ["159991", "199261"],
            "dixy": [],
            "perekrestok": [],
        }, "plain black tea in packs of 100 bags (Akbar, Richard Royal Ceylon, Brooke Bond, Saito, Tess Санрайз,"
           " Азерчай, Принцесса Нури/Канди — Канди taken as black Ceylon, outside knowledge —, Ahmad, Bernley, "
           "Greenfield Kenyan Sunrise, Lipton Yellow Label, Шах); flavoured black teas (Earl Grey/bergamot, "
           "чабрец, fruit, Spring Melody, «Коллекционный фруктовый»), packs of 20/25 bags and loose tea excluded"),
        ("кофе растворимый jacobs банку", {
            "pyaterochka": ["3684932", "3626060", "3626048", "3636926", "3636923", "3372172", "3488345",
                            "3444962"],
            "magnit": ["106161", "205121", "106231"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs instant coffee of any line (Monarch, Gold, Crema, Millicano, Velour, «сублимированный»); "
           "Jacobs/Monarch beans, ground coffee and capsules excluded; «банку» read as a quantity (titles rarely"
           " say jar or bag)"),
        ("печенье юбилейное две пачки", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703",
                            "3655049", "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every «Юбилейное» biscuit variant (traditional, glazed, oat, lean, cereal, berry); Юбилейное "
           "mini-cakes, J.Meinl coffee «Юбилейный», sausage and pork «Юбилейная» excluded"),
        ("сахар рафинад 1 коробку", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "lump sugar: Магнит «Сахар белый прессованный 1кг к/уп» (pressed sugar in a box, outside knowledge: ="
           " рафинад); cane sugar, icing sugar excluded"),
    ]),
    # fwz11 chicken and rice, vobla
    ("куриное филе 2 кг, рис длинный не бери пропаренный, воблу себе", [
        ("куриное филе 2 кг", {
            "pyaterochka": ["2160069", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast fillet (incl. Петелинка «малое» inner fillet); thigh fillet, bone-in «Грудка "
           "куриная … без кожи» (outside knowledge: breast on the bone), grilled/baked fillet, turkey and duck "
           "excluded; «2 кг» is the quantity"),
        ("рис длинный не бери пропаренный", {
            "pyaterochka": ["39747", "5722"],
            "magnit": ["448fba0b94", "7936bf2f6b"],
            "dixy": [],
            "perekrestok": [],
        }, "long-grain rice not parboiled: Националь «Лазер длиннозерный», basmati and jasmine; round rice, "
           "brown rice, mixes and plov rices excluded (no parboiled rice is in stock)"),
        ("воблу себе", {
            "pyaterochka": [],
            "magnit": ["705f039ea0"],
            "dixy": [],
            "perekrestok": [],
        }, "dried vobla: Магнит «Вобла вяленая соломка» (vobla in strips; accepted as vobla); dried tuna/squid "
           "snacks excluded"),
    ]),
    # fwz12 household chemicals
    ("порошок персил 3кг, туалетку упаковку 8 рулонов, fairy 1 шт, губки для посуды одну упаковку", [
        ("порошок персил 3кг", {
            "pyaterochka": ["3951189", "3023899", "2070686"],
            "magnit": ["105881", "105891"],
            "dixy": [],
            "perekrestok": [],
        }, "Persil washing powder in 3 kg packs (Пятёрочка «PERSIL СМС \"ПЕРСИЛ ЛАВАНДА\" 3 кг» taken as powder, "
           "outside knowledge); Persil 1.5 kg powder, gels and capsules excluded"),
        ("туалетку упаковку 8 рулонов", {
            "pyaterochka": ["3679801", "3449118", "4059050", "3900558"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 8 rolls; packs of 4 and 12 rolls, wet toilet paper excluded"),
        ("fairy 1 шт", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "every Fairy dish-washing liquid; other brands excluded"),
        ("губки для посуды одну упаковку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dish sponges are in the offers"),
    ]),
    # fwz13 kids' yoghurt, juice, mandarins
    ("йогурты детям 6 шт не сладкие, сок яблочный 2 литра, мандаринки кило два", [
        ("йогурты детям 6 шт не сладкие", {
            "pyaterochka": ["3954723", "3503857", "3433156", "4035474", "3632187", "3638992", "3665120"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain (natural) yoghurt without any fruit, flavour or filler, taken as unsweetened (outside "
           "knowledge): Neo «без сахара», Teos/Простоквашино Greek 2%, «греческий натуральный», Bio-Max "
           "«Классический», Danone 3.3%, Активиа 2.4% plain, Epica drinking 2.9% plain, Сарафаново children's "
           "thermostatic 1.5%, Верховье children's bio-yoghurt 3.5% plain; all fruit/flavoured yoghurts and "
           "yoghurt drinks, curd products excluded; «детям», «6 шт» are not filters"),
        ("сок яблочный 2 литра", {
            "pyaterochka": ["3679183", "3679184"],
            "magnit": ["ece47f47e1", "202971"],
            "dixy": [],
            "perekrestok": ["3190706", "4304867", "80142", "26869"],
        }, "single-fruit apple juice (children's included) in packs of about 1 l or more (0.9–1.93 l), «2 литра»"
           " read as the amount, so 0.125–0.75 l bottles are excluded; nectars (Любимый, Добрый, Global "
           "Village), apple mixes (вишня, шиповник, виноград, персик) and Агуша «вода+сок» excluded"),
        ("мандаринки кило два", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins; juices, nectars, sweets with mandarin excluded"),
    ]),
    # fwz14 pelmeni night and his chips
    ("пельмени кг, сметана 20% не бери весовую, кетчуп к пельменям, чипсы lays с крабом себе", [
        ("пельмени кг", {
            "pyaterochka": ["3622053", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                            "3666703", "3613651", "4000407", "3693405", "3671957", "3672557", "3613537"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen pelmeni of any filling and pack (incl. Бульмени, Магнит «SИБИРСКАЯ КОЛЛЕКЦИЯ» with a Latin "
           "S); хинкали excluded; «кг» is the quantity"),
        ("сметана 20% не бери весовую", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609",
                            "3651188", "58101", "3293409", "4349770"],
        }, "packaged sour cream 20% (every candidate is a pack, sold_by piece); other fats excluded"),
        ("кетчуп к пельменям", {
            "pyaterochka": ["4066625", "4066624", "3631091", "3383950", "3625404", "3610602", "4044938",
                            "3941585", "3673189", "3673190", "4086400"],
            "magnit": ["213621", "203141", "665b5b224d", "aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "every ketchup (томатный, чили, шашлычный, с горчицей, с черри…); Cheetos «кетчуп/сыр», Тихвинский "
           "«Соус шашлычный» and other sauces excluded; «к пельменям» is a purpose"),
        ("чипсы lays с крабом себе", {
            "pyaterochka": ["3931228", "4035369"],
            "magnit": ["106331"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's potato chips with crab flavour (incl. «Королевский краб»); other Lay's flavours, crab chips of"
           " other brands (Lava Lava, Pringles, Русская картошка) and gin «Вайт Лейс» excluded"),
    ]),
    # fwz15 herring with young potatoes
    ("селедку, молодую картошку, водочку 0.5", [
        ("селедку", {
            "pyaterochka": ["3637884", "4043492", "3401016", "3401018", "3497722", "3638123", "3697250",
                            "3603143", "3603144", "3682728", "3626055"],
            "magnit": ["29793287b9", "8f5e5b9485", "44f4c820e1", "ee295ae8a7", "3068665d37", "112371"],
            "dixy": [],
            "perekrestok": ["3504605", "4056953", "3621742", "3497722", "3637884", "79542", "79544", "4255361",
                            "4402738", "4402737", "4360965", "4364450", "4034451", "4367699", "4367712",
                            "4147685", "4364448", "4225103"],
        }, "salted herring in any form: whole, fillet, pieces in oil, wine or spicy marinade; Магнит «Сельдь "
           "тихоокеанская, 245 г» (likely canned, outside knowledge), «Сельдь под шубой» salad, herring roe and "
           "сельдерей excluded"),
        ("молодую картошку", {
            "pyaterochka": [],
            "magnit": ["168701"],
            "dixy": ["72aaa021b7"],
            "perekrestok": [],
        }, "young potatoes: Дикси «Картофель молодой» and Магнит «Картофель Новый урожай» (new-crop, outside "
           "knowledge); other potatoes excluded"),
        ("водочку 0.5", {
            "pyaterochka": [],
            "magnit": ["2fc1277b9b", "202321", "204991", "167591", "111501", "199131", "160071", "202041",
                       "108971", "167631", "202051", "167671", "199141", "1ea5fbb268", "160081", "213221",
                       "205771", "159561", "159761", "112211", "104851", "2e5457171a"],
            "dixy": [],
            "perekrestok": [],
        }, "vodka in 0.5 l bottles incl. «особая» vodkas (Зелёная Марка Кедровая, Талка Сибирский Кедр, Зимняя "
           "Деревенька можжевеловая, Перепелка); 0.25/0.375/0.45/0.7/1 l bottles excluded"),
    ]),
    # fwz16 barbecue
    ("свиную шею полтора кило\nлаваш тонкий 2 пачки\nкетчуп шашлычный к мясу\nпиво темное 2 бутылки себе", [
        ("свиную шею полтора кило", {
            "pyaterochka": ["3957120", "3619731", "3666472"],
            "magnit": ["199511", "107331", "199561"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork neck, boneless or on the bone, incl. Магнит «Стейк из шеи свинины, в маринаде» (raw "
           "marinated, as raw chicken parts in marinade are accepted for курица); smoked «Шейка из свинины к/в» "
           "and beef neck excluded; «полтора кило» is the quantity"),
        ("лаваш тонкий 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lavash is in the offers; Mission «Лепешки тортилья» are a different product"),
        ("кетчуп шашлычный к мясу", {
            "pyaterochka": ["3673190"],
            "magnit": ["aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "«шашлычный» ketchup (Слобода, Махеевъ); other ketchups and Тихвинский «Соус шашлычный» (a sauce, not"
           " ketchup) excluded"),
        ("пиво темное 2 бутылки себе", {
            "pyaterochka": ["3630690"],
            "magnit": ["7d9ffc1dd9", "956d7ab45e", "213061", "213471"],
            "dixy": [],
            "perekrestok": [],
        }, "dark alcoholic beer incl. beer-style drinks: ABBE Brune, Жатецкий гусь «Cerny» (Пятёрочка title "
           "lacks «тёмное»; Cerny = black, outside knowledge); light beer and alcohol-free drinks excluded; «2 "
           "бутылки» is a quantity"),
    ]),
    # fwz17 kids' breakfast
    ("хлопья несквик детям, молоко ультрапастеризованное 2 л, бананов связку небольшую", [
        ("хлопья несквик детям", {
            "pyaterochka": ["3434742", "4072647", "3363325", "3926616", "3368535"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik breakfast cereals of any shape (шоколадный, Алфавит, ДУО, BananaCrush подушечки, «Nesquick» "
           "700 г); Nesquik cocoa, chocolate bars and sweets excluded"),
        ("молоко ультрапастеризованное 2 л", {
            "pyaterochka": ["3507208", "3645807", "3645808", "3694630"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["00af023fd1", "013e119412", "01f728b210", "1076c09948", "14753f9f39", "2f04f03749",
                            "31aa236aad", "3431579", "3474103", "359aa76fc0", "35ac60eec2", "3645807",
                            "4244242", "4308790", "45d6dee261", "47a9cd6be2", "488d323508", "52240eee71",
                            "62485733e9", "66ec0f255d", "6b36a62006", "76055bf243", "7b5909b56f", "7c1d7afff6",
                            "85dd44d923", "87b2dc7b1d", "885d917850", "89a1c1419e", "949b3dd46f", "9512a8a8b9",
                            "9dbc98f064", "9dfc83490b", "a548f45b17", "b267022f66", "b508e73840", "cb2f1055d7",
                            "ccdc291604", "ce8eda981f", "d59f8e3403", "e221fd3ddd", "e2d5d93f2a", "e458dc5e25",
                            "f18e9a3c14", "f3d85bb393", "f50aeac1bb", "faf2171541"],
        }, "UHT (ультрапастеризованное / «ул/паст.») cow drinking milk of any fat, incl. children's and "
           "lactose-free, in packs of 0.9 l or more, «2 л» read as the amount; 200 ml packs, pasteurised, "
           "sterilised, топлёное, flavoured and goat milk excluded"),
        ("бананов связку небольшую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas incl. mini bananas and organic; dried bananas and banana-flavoured goods excluded"),
    ]),
    # fwz18 Olivier salad
    ("горошек 2 банки, кукурузу консервированную 1 банку, крабовые палочки две упаковки, майонез 67 %, яиц 10 шт", [
        ("горошек 2 банки", {
            "pyaterochka": ["4043589"],
            "magnit": ["203021", "213651", "111581"],
            "dixy": [],
            "perekrestok": ["82254", "41891", "27460", "4273266", "4345766", "4254005"],
        }, "canned green peas incl. Перекрёсток «Горох Bizim Tarla зелёный, 660г» (listed under «Овощные "
           "консервы», so canned green peas); pea soups, pepper «горошек» excluded"),
        ("кукурузу консервированную 1 банку", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet-corn kernels; baby corn «в початках», corn sticks, flakes, starch, oil and popcorn "
           "excluded"),
        ("крабовые палочки две упаковки", {
            "pyaterochka": ["3131715", "3931923"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3406474", "3447879", "3131715", "86385", "4074412", "4425909", "3993014",
                            "3993018", "3337825", "3931923", "4417821", "4311581", "4166323", "4354524"],
        }, "crab sticks (chilled or frozen); «крабовое мясо» (the minced form), real crab, crab-flavoured chips "
           "and the crab salad excluded"),
        ("майонез 67 %", {
            "pyaterochka": ["3695167", "3982578", "3425670", "4002440", "3355228", "3193489", "3355242",
                            "3640161", "3163111"],
            "magnit": ["204681", "104941"],
            "dixy": [],
            "perekrestok": ["4284062", "3425669", "4352557", "2047206", "4233420", "3467275", "3674577",
                            "3193489", "4412152", "2108609", "3163111", "4199312", "4105769", "4297313",
                            "3695167", "4112954"],
        }, "every mayonnaise labelled 67% (any brand incl. Махеевъ Провансаль); Пятёрочка «Майонез Оливковый, "
           "Слобода» = Перекрёсток «Слобода оливковый 67%» (same id) and Перекрёсток «Я люблю готовить "
           "Московский Провансаль классический, 700мл» (a Provençal, 67% by definition, outside knowledge) "
           "accepted; 55% «домашний», Махеевъ «С перепелиным яйцом, 655мл» (no fat stated) and mayonnaise sauces"
           " excluded"),
        ("яиц 10 шт", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "hen eggs of any class in packs of 10; packs of 6 and 20, quail eggs excluded"),
    ]),
    # fwz19 spaghetti bolognese
    ("фарша говяжьего полкило, томатную пасту одну баночку небольшую, спагетти макфа две пачки, сыр тертый пакетик", [
        ("фарша говяжьего полкило", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef mince; pork, mixed, turkey and chicken mince excluded; «полкило» is the quantity"),
        ("томатную пасту одну баночку небольшую", {
            "pyaterochka": ["84652", "3486033", "31623", "3696785"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste (Помидорка, Heinz, Махеевъ «Домашняя»); ketchups, sauces, tomato juice excluded; "
           "«небольшую» read as a wish, not a size filter"),
        ("спагетти макфа две пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Makfa spaghetti is in stock; Makfa «перья», «свитки», flour and biscuits and other brands' "
           "spaghetti excluded"),
        ("сыр тертый пакетик", {
            "pyaterochka": ["3433812"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4111694", "3963977", "3433812", "3498368"],
        }, "grated cheese of any kind (моцарелла, пармезан, голландский); Пятёрочка «Сыр Пармезан, Dolche, 150 "
           "г» = Перекрёсток «Dolce Granto Пармезан тёртый 150г» (same id) accepted on that evidence; cheese in "
           "pieces or slices excluded"),
    ]),
    # fwz20 laundry and toothpaste
    ("гель для стирки подешевле, кондиционер для белья ленор одну бутылку, зубную пасту детскую", [
        ("гель для стирки подешевле", {
            "pyaterochka": ["3491763", "3923579", "3923578", "3965697", "3965696", "3965695", "3977826",
                            "3929851", "3929849", "3974988", "3974987", "3485974", "3629982", "3485975",
                            "3642054"],
            "magnit": ["204461", "203011", "159861", "112351", "105851", "109221", "204431", "204451", "205941",
                       "106501", "106531"],
            "dixy": [],
            "perekrestok": [],
        }, "liquid laundry detergent / laundry gel of any brand (incl. Ariel/Tide «СМС … жид.», Ласка, Woolite);"
           " capsules (incl. Ariel «Гель … кап.»), powders, stain remover and conditioners excluded; «подешевле»"
           " is a wish"),
        ("кондиционер для белья ленор одну бутылку", {
            "pyaterochka": ["3465388", "3669625", "4025712"],
            "magnit": ["205131", "159881", "203041"],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner of any scent; Tide «Lenor Color» powder, Ariel «Touch of Lenor» powder and "
           "other brands' conditioners excluded"),
        ("зубную пасту детскую", {
            "pyaterochka": [],
            "magnit": ["32cc6f1bd5"],
            "dixy": [],
            "perekrestok": [],
        }, "children's toothpaste (Splat Junior); adult toothpastes and toothbrushes excluded"),
    ]),
    # fwz21 smoked mackerel and salo
    ("скумбрию копченую, сала кусок, черного хлеба буханку одну, горчицу", [
        ("скумбрию копченую", {
            "pyaterochka": ["3454689"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4358592"],
        }, "smoked mackerel (cold-smoked pieces or fish); canned mackerel and «Скумбрия рубленная» excluded"),
        ("сала кусок", {
            "pyaterochka": ["3628186"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4383346", "4105487", "4313593", "4415868"],
        }, "salted pork fat (сало) incl. Копченов «Сало домашнее, с чесноком»; шпикачки, sausage «со шпиком» "
           "excluded"),
        ("черного хлеба буханку одну", {
            "pyaterochka": ["3500217", "3480920", "3372334"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dark rye-wheat bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский», «Хлеб Даниловский» and «Хлеб "
           "Марьин, заварной» (outside knowledge: Даниловский and Марьин are dark rye-wheat breads); «Хлеб "
           "зерновой, Ржаной Край» (grain bread, brand word only), white loaves, гренки and хлебцы excluded"),
        ("горчицу", {
            "pyaterochka": ["3621047", "3435016"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "table mustard (Махеевъ Русская, Global Village Французская); ketchup «с горчицей», chips and "
           "crackers with mustard flavour excluded"),
    ]),
    # fwz22 porridge and curd
    ("геркулес пачку, изюма граммов 200, творог обезжиренный две пачки", [
        ("геркулес пачку", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats (Клинские «Геркулес», Увелка «Хлопья зерн.овсян.трад.» — traditional rolled oats, "
           "outside knowledge); instant flavoured porridges, oat biscuits and oat drinks excluded"),
        ("изюма граммов 200", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raisins are in the offers; nut/raisin mixes and baked goods «с изюмом» excluded"),
        ("творог обезжиренный две пачки", {
            "pyaterochka": ["3692659", "3687270"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4331301"],
        }, "fat-free cottage cheese: «Творог обезжиренный 0.5%», Пятёрочка «Биотворог обезжиренный» and Домик в "
           "деревне «Творог мягкий 0,1%» (0.1% taken as fat-free); fatter curd and flavoured curd excluded"),
    ]),
    # fwz23 the cat
    ("корм коту вискас 10 пакетиков, наполнитель древесный для кошки, вкусняшки для кота", [
        ("корм коту вискас 10 пакетиков", {
            "pyaterochka": ["4087104", "4089560"],
            "magnit": ["205991", "109231"],
            "dixy": [],
            "perekrestok": [],
        }, "Whiskas wet food for adult cats; Whiskas kitten food excluded; «10 пакетиков» is a quantity"),
        ("наполнитель древесный для кошки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cat litter is in the offers (only food «наполнитель» hits)"),
        ("вкусняшки для кота", {
            "pyaterochka": ["3652326"],
            "magnit": ["f4b55c10c2", "12f0b7d3ff", "3416a5a157", "3b3e1365d7", "f67ff9c365", "57039e0213"],
            "dixy": [],
            "perekrestok": [],
        }, "cat treats: Dreamies/Дримес of any flavour (Пятёрочка «Корм для кошек Dreamies, утка» — Dreamies are"
           " treats, outside knowledge); complete cat food and dog products excluded"),
    ]),
    # fwz24 kids' sweets, his peanuts
    ("сок мультифрукт 2 пакета, вафли к чаю детям, шоколадку аленка детям, арахис соленый себе", [
        ("сок мультифрукт 2 пакета", {
            "pyaterochka": ["3637415", "3684253", "26868"],
            "magnit": ["159931"],
            "dixy": [],
            "perekrestok": ["3941462"],
        }, "multifruit juice (J7, Фрутоняня, Добрый and Honey Kid children's juices, Сады Придонья «мультифрукт,"
           " 1 л» — title «Соки и нектары», taken as juice, outside knowledge); multifruit nectars (Фруктовый "
           "сад, Добрый), a citrus-blend juice not called мультифрукт and мультиовощи excluded; «2 пакета» is a "
           "quantity"),
        ("вафли к чаю детям", {
            "pyaterochka": ["3668255", "3668256", "3687458", "3687534", "3418863", "3257371", "3939083",
                            "3948437", "3607404", "3673372", "3607414", "3141421", "2126636", "3908663",
                            "3908665", "4036375", "3432952"],
            "magnit": ["9b5bb8a58d", "f55f44c954", "2a32ffe31d", "7d5a68f794", "01fb3ade65", "29989b90ed"],
            "dixy": [],
            "perekrestok": [],
        }, "packs of wafers of any filling; Toreno «Вафли для торта» (cake sheets), single chocolate-coated "
           "wafer bars (Milka 30 g, «Вафля в молочном шоколаде» 28.5 g), KitKat and chocolate with wafer "
           "excluded"),
        ("шоколадку аленка детям", {
            "pyaterochka": ["3426468", "3601839"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Красный Октябрь «Аленка» milk chocolate (200 g and 15 g); Аленка gift sets of assorted sweets "
           "excluded"),
        ("арахис соленый себе", {
            "pyaterochka": ["3954224"],
            "magnit": ["4a8764138e"],
            "dixy": [],
            "perekrestok": [],
        }, "salted roasted peanuts (Восточный гость, От Мартина «с солью»); flavoured peanuts (Party Nuts incl. "
           "«с морской солью и черным перцем»), Джаз «Арахис жареный» (salt not stated), halva, chocolate and "
           "mixes excluded"),
    ]),
    # fwz25 water and pickles
    ("воды питьевой 5л 2 бутыли, сырки плавленые 4 шт, огурчики маринованные одну банку", [
        ("воды питьевой 5л 2 бутыли", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles incl. water for children (Аквалайн «Для ляль», Honey kid "
           "Черноголовская) and Архыз «Легенда Гор» 5 l (natural table mineral water, outside knowledge); "
           "smaller bottles excluded"),
        ("сырки плавленые 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "processed-cheese bars (сырки) are not in the offers; tubs and boxes of processed cheese (Карат "
           "Янтарь 230 г, Hochland/President/Viola/Дружба 130–400 г), slices and glazed curd сырки excluded"),
        ("огурчики маринованные одну банку", {
            "pyaterochka": ["3952588"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marinated cucumbers: Дядя Ваня «Огурцы Пикули» (pickles in marinade); salted/brined cucumbers "
           "(соленые, бочковые), fresh cucumbers and the tomato-cucumber assortment excluded"),
    ]),
]


def read_blind(path):
    """The lists of the blind draft: a line '### fwzNN' starts a list, its text runs to the next
    '### ' line or the end of the file, trailing blank lines removed; '#' header lines come first."""
    lists, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if line.startswith("### "):
            if cur is not None:
                lists.append("\n".join(cur).rstrip("\n"))
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        lists.append("\n".join(cur).rstrip("\n"))
    return lists


def check_blind(lists):
    blind = read_blind(BLIND)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (btext, (text, _items)) in enumerate(zip(blind, lists), 1):
        if n in REPLACED:
            old, new = REPLACED[n]
            if old != btext or new != text:
                errors.append("fwz%02d: REPLACED entry does not match the blind draft / LISTS" % n)
        elif btext != text:
            errors.append("fwz%02d: text differs from the blind draft: %r != %r" % (n, text, btext))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fwz"))
