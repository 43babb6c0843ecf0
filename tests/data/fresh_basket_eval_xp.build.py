#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xp.jsonl -- shopping lists of a city family in a hot July heatwave
(okroshka and other cold soups, salads, cold drinks, ice cream, summer fruit and berries, light meals,
things against the heat, an evening on the balcony), hand-labelled against the real offers in
real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xp.build.py

LISTS below is literal data: 25 lists (3-5 items) typed to a Telegram bot by several family members
(mother, father, a teenager, a grandmother), and for every item the product ids of every in-stock
offer of every store that a reasonable shopper who wrote exactly that item would accept.  The lists
were written first, before any offer was read, and frozen in fresh_basket_eval_xp.blind_lists.txt
(read-only); this script checks that every list text equals that blind draft, apart from the items
listed in REPLACED (an item of a list that turned out empty in all four stores, replaced by a
similar item some store carries).  Candidate titles were grepped broadly in real_offers.jsonl
(stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings) and read one by
one; the note of each item records what was accepted, what was deliberately left out and any
judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable
(the item is "missing" there).  The labels were made without seeing the tool being evaluated.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and
is in stock (``available`` true), no id is repeated within an item, every item has a note, and the
labels are exactly the list's items in order (an item is the text between commas / new lines) --
and then writes the JSONL; labelled_lists.stats prints the counts.  List ids are fxp01, fxp02, ...
in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xp.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xp.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# list id -> (blind item text, replacement item text).  Nothing else differs from the blind draft.
REPLACED = {
    "fxp21": ("мороженое ведерко шоколадное", "мороженое ведерко любое"),
}

# Reused label data for items written in several lists.
FRESH_CUCUMBERS = {
    "pyaterochka": [],
    "magnit": ["200221", "169161"],
    "dixy": [],
    "perekrestok": ["4391463", "3682401", "3368258"],
}
FRESH_CUCUMBERS_NOTE = (
    "fresh cucumbers of any kind (Магнит короткоплодные/среднеплодные, Перекрёсток Ботаника, «Хрустящие», "
    "«корнишоны» 300 г); salted/pickled ones (Магнит «Огурцы соленые, Корнишоны», МЕЛЕНЪ; Перекрёсток "
    "бочковые; Пятёрочка Глобус, Дядя Ваня пикули, Скатерть-Самобранка), Магнит «Ассорти Черри и Корнишоны» "
    "(a mix), cucumber shampoo and the stem inside «йогурт» excluded; Перекрёсток «Огурцы Хрустящие, 450г» "
    "and «Огурцы корнишоны, 300г» (shelf «Окрошка») taken as fresh (outside knowledge); the amount is a "
    "quantity, not a filter")
RED_RADISH = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["25180"]}
RED_RADISH_NOTE = (
    "small red radish (Перекрёсток «Редис красный, 500г»; bunch/amount is a quantity); Перекрёсток «Редис "
    "Дайкон» (daikon) and Магнит «Редька красная, 1 кг» (a large radish, not редис) excluded")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxp01 mother, okroshka on kvass
    ("квас очаково 2 бутылки, редиска 2 пучка, огурцов килограмм, зелень на окрошку, колбаса докторская 300г", [
        ("квас очаково 2 бутылки", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no kvass of any brand in any chain (grepped квас/kvas/очаков/ochak); «Капуста квашеная» is a trap"),
        ("редиска 2 пучка", RED_RADISH, RED_RADISH_NOTE),
        ("огурцов килограмм", FRESH_CUCUMBERS, FRESH_CUCUMBERS_NOTE),
        ("зелень на окрошку", {
            "pyaterochka": [],
            "magnit": ["200411", "109841"],
            "dixy": [],
            "perekrestok": ["3364060", "4297656", "4295465", "4295468"],
        }, "fresh herbs for okroshka: dill, parsley, green onion and their mixes (Перекрёсток «Ассорти свежие "
           "петрушка-укроп-лук», «Набор зелени»); lettuces, rucola, spinach, rosemary, dried dill (Восточный гость) "
           "and herb-flavoured goods (chips, croutons, cheese «с зеленью») excluded"),
        ("колбаса докторская 300г", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "cooked «Докторская» sausage of any producer, weighed or packed (190-500 g, sliced incl.); «300г» read as "
           "the amount wanted (no 300 g pack exists), not a filter; Пятёрочка «ЦАРИЦ.Колбаса ДОК.ОСОБ.ХАЛЯЛЬ» taken as "
           "a Докторская (abbreviation); «Сосиски/Сардельки Докторские», other cooked sausages (Молочная, "
           "Телячья...) and the energy drink «The Doctor» excluded"),
    ]),
    # fxp02 mother, okroshka on kefir (new lines)
    ("кефир 1% для окрошки\nдесяток яиц категории с1\nмолодой картошки кило два\nзеленый лучок", [
        ("кефир 1% для окрошки", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no kefir of any fat in any chain (grepped кефир/kefir); other fermented milk (ряженка, тан, варенец, "
           "drinking yoghurt) not accepted"),
        ("десяток яиц категории с1", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "hen eggs of class С1 in packs of 10 (Зелёная Линия «активита С1 с селеном и йодом» incl.); СО/отборные, "
           "packs of 6 and 20 (Лето С1 20 шт), quail eggs, Kinder eggs and mayonnaise «на перепелиных яйцах» excluded"),
        ("молодой картошки кило два", {
            "pyaterochka": [],
            "magnit": ["168701"],
            "dixy": ["72aaa021b7"],
            "perekrestok": [],
        }, "young potatoes: Дикси «Картофель молодой» and Магнит «Картофель Новый урожай» (new crop taken as young, "
           "outside knowledge); «молодой» is respected, so washed/red/for-boiling/for-frying potatoes (Магнит, "
           "Перекрёсток) without it are excluded, as are starch, chips and ready dishes; «кило два» is a quantity"),
        ("зеленый лучок", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["4295465"],
        }, "green onion (Перекрёсток «Лук зеленый Маркет Fresh»); herb mixes that contain it (Ассорти петрушка-укроп-"
           "лук, Набор зелени Лук/Укроп/Петрушка), bulb onions (репчатый, Ялтинский, Светофор, шалот, салатный) and "
           "green-onion chips excluded"),
    ]),
    # fxp03 grandmother, cold beet soup (new lines)
    ("свеколка молодая\nогурчиков свеженьких\nсметанку 20% жирную\nяички десяточек", [
        ("свеколка молодая", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "young beets: none; Магнит «Свекла мытая, 1 уп. (1 кг)» and Перекрёсток «Свекла мытая фасованная, 1кг» "
           "are not said to be young and are excluded because «молодая» is written; beet salads, borscht and "
           "beet juices excluded"),
        ("огурчиков свеженьких", FRESH_CUCUMBERS, FRESH_CUCUMBERS_NOTE),
        ("сметанку 20% жирную", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20% (lactose-free Parmalat Comfort 20% incl.); 10/15/25/30%, sauces, mayonnaise, "
           "chips and croutons «со сметаной» excluded; «жирную» restates the fat"),
        ("яички десяточек", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "hen eggs of any class in packs of 10; packs of 6 (Волжанин) and 20 (Лето), quail eggs and Kinder "
           "eggs excluded"),
    ]),
    # fxp04 teenager
    ("мороженое рожок шоколадный, холодный чай липтон с лимоном, чипсы lays зелень", [
        ("мороженое рожок шоколадный", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "chocolate ice cream in a cone: none; the only cones are Пятёрочка Сарафаново «пломбир крем-брюле в "
           "вафельном сахарном рожке» and «Радуга» vanilla — not chocolate; Славино «пломбир шокол в ваф/стак» "
           "(wafer cup, not a cone), chocolate eskimos and the pasta «Витой рожок» excluded"),
        ("холодный чай липтон с лимоном", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["3487476"],
        }, "Lipton iced tea with lemon (Перекрёсток «Холодный чай Lipton лимон 1л»); Lipton green and strawberry-"
           "cranberry iced teas, Lipton tea bags, Nestea, Fuze Tea «лимон-лемонграсс» (another brand) excluded"),
        ("чипсы lays зелень", {
            "pyaterochka": ["4035371"],
            "magnit": ["1000487857", "106341"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's «сметана и зелень» (the Lay's herb flavour) in any pack; Lay's «зелёный лук», «сметана и лук», "
           "«нежный сыр с зеленью», other Lay's flavours and LAVA LAVA «Сметана и зелень» (another brand) excluded"),
    ]),
    # fxp05 father
    ("арбуз побольше, дыньку торпеду, пиво жигулевское банки 4 штуки, рыбка сушеная к пиву, фисташки к пиву пачка", [
        ("арбуз побольше", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["4071854"],
        }, "fresh watermelon (Перекрёсток «Арбуз Чёрный принц без косточек, 3-8кг»); «побольше» is a wish; "
           "watermelon ice cream, drinks and Dirol gum excluded"),
        ("дыньку торпеду", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no fresh melon of any kind in any chain; melon-flavoured yoghurts, drinks, ice cream and shower gel "
           "excluded"),
        ("пиво жигулевское банки 4 штуки", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no Жигулёвское beer in any chain; other beers (Балтика, Lowenbrau, Krusovice...) are not accepted for a "
           "named beer; «банки 4 штуки» is a quantity"),
        ("рыбка сушеная к пиву", {
            "pyaterochka": [],
            "magnit": ["705f039ea0", "4ce84def29"],
            "dixy": [],
            "perekrestok": [],
        }, "dried fish beer snacks: Магнит SOLO NINA «Вобла вяленая соломка» and BEERKA «Тунец сушено-вяленый "
           "соломка» (вяленая taken as сушеная for a beer snack); SOLONINA dried squid (not fish), salted fish "
           "fillets, herring and Горячая штучка «Крылышки к пиву» excluded"),
        ("фисташки к пиву пачка", {
            "pyaterochka": ["4073982", "3933060"],
            "magnit": ["f692308d66"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted pistachios in any pack (Джаз, Пятёрочка loose «Фисташки неочищенные обжаренные подсоленные», "
           "Восточный гость); «пачка» is a quantity; pistachio sweets, yoghurt and curd bars excluded"),
    ]),
    # fxp06 mother, salad
    ("салат айсберг 1 кочан, черри помидоры коробочку, моцареллу шариками, оливковое масло для салата", [
        ("салат айсберг 1 кочан", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["77107"],
        }, "a whole head of iceberg (Перекрёсток «Салат Айсберг Маркет Fresh, 1шт»); Перекрёсток «Салат Выгодно "
           "Айсберг свежий мытый, 200г» taken as a washed cut bag, not a head (outside knowledge), and the salad "
           "mixes with iceberg (айсберг-романо, айсберг-радичио) excluded"),
        ("черри помидоры коробочку", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841"],
            "dixy": [],
            "perekrestok": ["3676649", "4188460", "3673307"],
        }, "fresh cherry tomatoes of any colour and shape, on the vine incl.; Магнит «Томаты коктейльные», "
           "«Ассорти Черри и Корнишоны», ordinary tomatoes, Pepsi/FRESH «Cherry» drinks excluded"),
        ("моцареллу шариками", {
            "pyaterochka": ["3433594"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["15105", "3025963", "4078445", "3433594", "3453245", "4263132", "4263131", "4121964",
                            "4377387", "3432218", "3432217", "3480834"],
        }, "mozzarella in balls, large or mini (Galbani classic/maxi/mini, Pretto and Unagrande чильеджина, "
           "Unagrande фиор ди латте, Bonfesto 1 шарик / 12 шариков, Маркет 130 г); Galbani 125 g, maxi 250 g and "
           "Маркет «Сыр мягкий Моцарелла 45% 130г» taken as balls in brine (outside knowledge); blocks «для "
           "пиццы»/«для бутербродов»/«для сэндвичей», grated, sticks, Unagrande protein 4х30 г, Bonfesto «мягкий "
           "30% 250г» (form not stated) and Galbani processed slices excluded"),
        ("оливковое масло для салата", {
            "pyaterochka": ["63538", "2153521", "3605876", "4082388"],
            "magnit": ["ad1a4a0e52", "204571", "190b32a64b"],
            "dixy": [],
            "perekrestok": [],
        }, "olive oil of any grade (extra virgin, unrefined, Pure, refined with virgin oil); «для салата» is a "
           "purpose; sunflower oils «с добавлением оливкового» (MR.RICCO), olives, tuna «в оливковом масле» and "
           "mayonnaise «оливковый» excluded"),
    ]),
    # fxp07 father, against the heat
    ("вода 5л самая дешевая 2 шт, салфеток влажных упаковку, лед для коктейлей", [
        ("вода 5л самая дешевая 2 шт", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles, incl. Архыз «минеральная» table water and the children's waters "
           "Honey kid / Аквалайн «Для ляль» (drinking water for everyone); «самая дешевая» is a wish, «2 шт» a "
           "quantity; smaller bottles excluded"),
        ("салфеток влажных упаковку", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "3917869", "3697052", "4166484"],
        }, "wet wipes of any kind (universal, antibacterial, antiseptic, for newborns); paper napkins, paper towels "
           "and Carefree panty liners «Салфетки» excluded"),
        ("лед для коктейлей", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no packaged ice in any chain; «ледяной» gums and HALLS «лед.» lozenges are traps"),
    ]),
    # fxp08 grandmother (capitalised, new lines)
    ("Ряженка 4% жирности\nТворог деревенский\nКлубники полкило\nЧерешня кило", [
        ("Ряженка 4% жирности", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no 4% ряженка: the only ряженка is Пятёрочка Агуша «клубника, 2,9%» (flavoured, other fat); "
           "Пятёрочка «Варенец термостатный 4%» is a different product, excluded"),
        ("Творог деревенский", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no cottage cheese called «деревенский» in any chain; the written kind is respected, so plain творог "
           "(Молочный знак, Вкуснотеево, Село Зелёное, Брест-Литовск), «Домик в деревне» soft curd, Карат "
           "«домашний, зерненый», children's and flavoured curds are excluded"),
        ("Клубники полкило", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["11034", "4391361", "3457076"],
        }, "fresh strawberries (Маркет Fresh 250/340 г, «Клубника отборная» by weight); «полкило» is a quantity; "
           "the клубника-голубика mix and everything strawberry-flavoured excluded"),
        ("Черешня кило", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no fresh sweet cherries in any chain; cherry-flavoured croissants, water, jam and gum excluded"),
    ]),
    # fxp09 teenager
    ("спрайт полторашка, эскимо пломбир, айс ти персик", [
        ("спрайт полторашка", {
            "pyaterochka": [],
            "magnit": ["213591"],
            "dixy": [],
            "perekrestok": [],
        }, "Sprite in a 1.5 l bottle («полторашка» names the size): Магнит «Напиток Sprite, газированный, 1,5 л»; "
           "Пятёрочка Sprite 0.9 l and «Спрайт … лимона, лайма и мяты» 0.5 l (other size) and 7UP 1.5 l (another "
           "brand) excluded"),
        ("эскимо пломбир", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["4311103"],
        }, "an eskimo of plombir: Перекрёсток «Эскимо пломбир с ванилью в шоколадной сливочной глазури 15% "
           "Молочный Знак»; eskimos of «сливочное» ice cream (Магнат, MILKA — Пятёрочка's title of the same MILKA "
           "eskimo says «сливочное»), MAXIDUO «эскимо вафельный микс» and «Радуга» (kind not stated), plombir in "
           "cups, cones and bricks excluded"),
        ("айс ти персик", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no peach iced tea in any chain; Lipton/Nestea/Fuze iced teas of other flavours and the peach soda "
           "«Ухтышки» excluded"),
    ]),
    # fxp10 mother, fruit
    ("персиков кг, абрикосы кг, нектарины, голубика 2 коробочки", [
        ("персиков кг", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["4295869"],
        }, "fresh peaches (Перекрёсток «Персик Инжирный», a flat peach); «кг» is a quantity; peach yoghurts, "
           "nectars, jams and purees excluded"),
        ("абрикосы кг", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no fresh apricots in any chain; apricot sweets, purees, nectars and zefir excluded"),
        ("нектарины", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["79108", "3639748"],
        }, "fresh nectarines (Перекрёсток «Нектарины», «Нектарины Узбекистан»); nectars (juice drinks) excluded"),
        ("голубика 2 коробочки", {
            "pyaterochka": ["54727"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4129944", "4438675", "48663", "3641622", "3949603", "4052118"],
        }, "fresh blueberries (голубика) in any punnet size; «2 коробочки» is a quantity; the mixes клубника-голубика "
           "and малина-голубика, bilberry (черника) goods excluded"),
    ]),
    # fxp11 father, okroshka on mineral water
    ("минералка с газом 1.5л 2 шт, ветчины грамм 300, редис, сметана 15% подешевле", [
        ("минералка с газом 1.5л 2 шт", {
            "pyaterochka": ["3630603", "3656207", "3634921", "3688643"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2105576"],
        }, "sparkling mineral water in 1.5 l bottles (size respected): Пилигрим, Заповедник здоровья №4, Нагутская-26 "
           "(sold only sparkling — outside knowledge), Архыз «Легенда Гор» газированная (a mineral table water — "
           "Пятёрочка titles the same brand «Вода минеральная»), Багиатти; «Ессентуки №17»-type «лечебная» water, "
           "still water, non-mineral drinking waters (Святой источник, Сенежская, Акваграцио), other sizes (0.5, 1, "
           "1.25 l) excluded"),
        ("ветчины грамм 300", {
            "pyaterochka": ["3469348", "4005633", "3365796", "3438509", "3670825", "4037352"],
            "magnit": ["109321", "167871"],
            "dixy": [],
            "perekrestok": ["4399593", "4400358", "4195681", "3670825", "3469348", "2072717"],
        }, "cooked ham of any meat and pack (turkey ham incl.); «грамм 300» is the amount wanted; canned ham "
           "(Магнит «Ветчина мясная, консерва, 325 г»; Пятёрочка «Ветчина Экстра, ГОСТ, Елинский ПК, 325 г» and "
           "«Ветчина Балтийская, говяжья, 325 г» taken as tins — outside knowledge, 325 g is the tin size), "
           "dry-cured Бахрушинъ ham, pizzas, pancakes and croutons «с ветчиной» excluded"),
        ("редис", RED_RADISH, RED_RADISH_NOTE),
        ("сметана 15% подешевле", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream of exactly 15% (lactose-free incl.); 10/20/25/30% excluded; «подешевле» is a wish"),
    ]),
    # fxp12 mother, against the heat
    ("средство от комаров спрей, детский солнцезащитный крем, антибактериальные влажные салфетки, "
     "вода без газа 0.5 6 шт", [
        ("средство от комаров спрей", {
            "pyaterochka": [],
            "magnit": ["f932693dd1"],
            "dixy": [],
            "perekrestok": [],
        }, "Магнит «Аэрозоль ГАРДЭКС ЭКСТРИМ, от всех летающих насекомых и клещей» taken as a mosquito repellent "
           "spray (outside knowledge: Gardex Extreme is a repellent); nothing else against mosquitoes exists"),
        ("детский солнцезащитный крем", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no sun cream in any chain; Johnson's baby cream (moisturiser) excluded"),
        ("антибактериальные влажные салфетки", {
            "pyaterochka": [],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "3917869", "4166484"],
        }, "wet wipes labelled antibacterial or antiseptic (SALFETI, Home Story, Пр!ст); Tolli Plus universal and "
           "Kokoro newborn wipes (not antibacterial) excluded"),
        ("вода без газа 0.5 6 шт", {
            "pyaterochka": ["3024", "3635119"],
            "magnit": ["a5f6c8ecb8"],
            "dixy": [],
            "perekrestok": ["1914"],
        }, "still water in 0.5 l bottles: Evian, Легенда Гор негаз, Нарзан Элита негазированная, Святой источник; "
           "Байкал 0.45 l, Светлячок 0.33 l (other sizes), sparkling waters, Мтаби and Arivali 0.5 l (still or not "
           "not stated), flavoured «Аква Минерале Лимон» excluded; «6 шт» is a quantity"),
    ]),
    # fxp13 father, evening on the balcony
    ("копченый сыр косичка, безалкогольное пиво 2 банки, орешки арахис соленый, сухарики к пиву", [
        ("копченый сыр косичка", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["3165362"],
        }, "smoked braided string cheese: Перекрёсток «Сыр Предгорье Кавказа Чечил копчёный 45%, 100г» (chechil is "
           "sold as a braid — outside knowledge); Чизолини «Чечил копчёный соломка» (straws, not a braid), "
           "unsmoked chechil and «спагетти», сулугуни, smoked sausage/bacon excluded"),
        ("безалкогольное пиво 2 банки", {
            "pyaterochka": [],
            "magnit": ["167351", "ab02321689"],
            "dixy": [],
            "perekrestok": ["4350458", "3636389", "4344713", "3655527", "3502293"],
        }, "alcohol-free beer of a beer style (Bud, Горьковская пивоварня IPA 0%, Hoegaarden, Балтика №0 светлое "
           "and Пшеничный, Крушовице Нон-алко); flavoured ones (Балтика 0 малина, гранат, грейпфрут) and alcoholic "
           "beer excluded; «2 банки» is a quantity"),
        ("орешки арахис соленый", {
            "pyaterochka": ["3954224"],
            "magnit": ["4a8764138e"],
            "dixy": [],
            "perekrestok": [],
        }, "salted roasted peanuts (От Мартина «с солью», Восточный гость «жар соленый»); Джаз «Арахис жареный» "
           "(salt not stated), PARTY NUTS flavoured peanuts (морская соль и черный перец, васаби, чили, сметана-лук, "
           "мёд-горчица) and peanut sweets excluded"),
        ("сухарики к пиву", {
            "pyaterochka": ["3611032", "3687988", "3360552", "3919826", "3919827"],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": ["4300172", "3916637", "4336877", "4336878", "4336879", "4349523", "3689060", "4300171",
                            "4383071", "4192519", "4221847", "3916635", "3687989", "3688002", "3688061", "3688000",
                            "4243985", "4327050", "4301063", "4300950", "2063964", "63021", "2063961", "3911761",
                            "3014253", "3385063", "3360550", "3360552", "4199888", "3919827", "3070382", "4351646",
                            "4351645", "3427611", "3492417", "3492421", "3611033", "3611032"],
        }, "snack croutons of any flavour, titled сухарики or гренки (Кириешки, Хрусteam, Три корочки, Фишка, "
           "Гренковъ...); Finn Crisp «Сухарики Multigrain» (crispbread snacks), soups «с сухариками» and BEERKA "
           "tuna excluded"),
    ]),
    # fxp14 mother, no cooking today
    ("курица гриль готовая, армянский лаваш тонкий, огурцов штуки 3, помидоров штуки 3", [
        ("курица гриль готовая", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no ready rotisserie chicken in any chain; Перекрёсток Зелёная Линия «Филе куриной грудки гриль / "
           "запеченное» 182 g (a cooked breast fillet, not a grilled chicken), smoked drumsticks, raw chicken and "
           "canned chicken excluded"),
        ("армянский лаваш тонкий", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no lavash in any chain; Mission wheat tortillas (another flatbread) excluded"),
        ("огурцов штуки 3", FRESH_CUCUMBERS, FRESH_CUCUMBERS_NOTE),
        ("помидоров штуки 3", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind (round, pink, plum, on the vine, cocktail, cherry — cherry count as "
           "помидоры); «штуки 3» is a quantity; salted and marinated tomatoes, «Ассорти Черри и Корнишоны», juices "
           "and sauces excluded"),
    ]),
    # fxp15 mother, kids
    ("агуша творожок для малой, йогуртик питьевой с клубникой, бананы спелые штук 5, детский яблочный сок", [
        ("агуша творожок для малой", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no Агуша curd in any chain; other Агуша products (milk, juice, purees, ряженка) and curds of other "
           "brands (Тема, Мама Лама, Верховье) excluded"),
        ("йогуртик питьевой с клубникой", {
            "pyaterochka": ["3628399", "4035473", "4045339"],
            "magnit": ["205071"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking yoghurt flavoured strawberry or strawberry-wild strawberry: Чудо «клуб/земл.» 270 g (Магнит "
           "titles it «питьевой»), Активиа 260 g «с клубникой и земляникой» and «Биойогурт … с клубникой, 270г» "
           "(bottle sizes taken as drinking yoghurt — outside knowledge); blends with another fruit (клубника-маракуйя "
           "EPICA, дыня-клубника, яблоко-клубника-черника), «со вкусом клубничного пломбира», spoonable 150 g "
           "yoghurts, ряженка and milkshakes excluded"),
        ("бананы спелые штук 5", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (loose, packed, mini, organic); «спелые» is a wish, «штук 5» a quantity; dried bananas "
           "and banana-flavoured goods excluded"),
        ("детский яблочный сок", {
            "pyaterochka": ["3684252", "3679183", "3679184"],
            "magnit": ["eef4bdbf61"],
            "dixy": [],
            "perekrestok": ["80142"],
        }, "apple juice sold for children (Honey Kid «яблоко», Фруктовый сад «д/дет.пит.», Агуша «яблоко осв», Сады "
           "Придонья «зелёное яблоко для детского питания»); apple nectars (Любимый), mixed juices (яблоко-вишня, "
           "яблоко-шиповник), Агуша «вода+сок» and adult apple juices (Rich, J7, Сады Придонья 0.125 l — not said to "
           "be for children) excluded"),
    ]),
    # fxp16 grandmother, cranberry mors (new lines)
    ("клюквенного морса бутылку\nлимонов штуки три\nмяту свежую\nсахарок 1 пачку", [
        ("клюквенного морса бутылку", {
            "pyaterochka": ["3472445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3695895", "3190898", "4297529"],
        }, "cranberry mors (Добрый «Морс КЛЮКВА», Сады Придонья, Чудо-Ягода, Зелёная Линия); mixed-berry mors "
           "(ФрутоНяня клюква/черника/вишня, Магнит М Кухня клубника-вишня-смородина, брусника-малина, ягодный "
           "сбор), cranberries and cranberry liqueur excluded"),
        ("лимонов штуки три", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no fresh lemons in any chain; Магнит «Лайм, 1 кг» (limes), lemon-flavoured drinks, cleaners and sweets "
           "excluded"),
        ("мяту свежую", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no fresh mint in any chain; Пятёрочка BIONIQ dried mint (written «свежую»), mint gum, tea and "
           "toothpaste excluded"),
        ("сахарок 1 пачку", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "white sugar in a pack: Магнит «РУССКИЙ Сахар белый прессованный 1кг» (sugar cubes are sugar); "
           "Пятёрочка cane sugar «Демерара» (a speciality brown sugar), Перекрёсток «Пудра сахарная», condensed milk "
           "and sugar-free goods excluded"),
    ]),
    # fxp17 teenager
    ("газировка тархун, мороженое магнат, жвачка мятная", [
        ("газировка тархун", {
            "pyaterochka": ["3921439"],
            "magnit": ["24f0ca6987"],
            "dixy": [],
            "perekrestok": ["3013417"],
        }, "tarragon soda of any brand and size (Любимый Тархун 1.5 l, Черноголовка Тархун 0.5 and 2 l); Байкал, "
           "Дюшес and the «шипучка» caramel with tarragon flavour excluded"),
        ("мороженое магнат", {
            "pyaterochka": ["3926883", "3940931"],
            "magnit": ["214721"],
            "dixy": [],
            "perekrestok": [],
        }, "Магнат ice cream of any flavour (Шоколадный трюфель, Манго-Красные ягоды); other eskimos (MILKA, "
           "MAXIDUO, Молочный Знак) excluded"),
        ("жвачка мятная", {
            "pyaterochka": ["3936416", "3499538"],
            "magnit": ["a663f82552", "625da6208b", "2e3984c016"],
            "dixy": [],
            "perekrestok": [],
        }, "mint chewing gum: Ментос «со вкусом мяты», ORBIT «Белоснежный Bubblemint», DIROL XXL мята and Colors "
           "XXL «мят вк», ECLIPSE «Ледяная свежесть» (an icy-mint gum — outside knowledge); fruit, watermelon-ice, "
           "mandarin-ice, cherry and berry gums, Five «Электро» and «Циклон» (flavour not stated), Mentos/HALLS mint candies excluded"),
    ]),
    # fxp18 mother, gazpacho
    ("сок томатный литр, красный болгарский перец, огурцы для гаспачо, чеснок головку", [
        ("сок томатный литр", {
            "pyaterochka": [],
            "magnit": ["b3901ed97f", "204641"],
            "dixy": [],
            "perekrestok": ["3498246", "14125"],
        }, "tomato juice in 1 l packs (size respected): Rich, Дары Кубани, Santal «с солью», Сады Придонья for "
           "children; 0.95/0.97 l (Фруктовый сад, J7) and 2 l packs, tomato nectars (Добрый, Любимый) and the "
           "tomato-cucumber vegetable juice excluded"),
        ("красный болгарский перец", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["6177"],
        }, "fresh red bell pepper (Магнит «Перец болгарский, красный», Перекрёсток «Перец красный сладкий»); yellow "
           "pepper, «Перец в ассортименте» (mixed colours), Рамиро (pointed, colour not stated), roasted/canned "
           "peppers and spices excluded"),
        ("огурцы для гаспачо", FRESH_CUCUMBERS, FRESH_CUCUMBERS_NOTE),
        ("чеснок головку", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic (Перекрёсток «Чеснок, 3шт»); salted garlic, dried granules and garlic-flavoured goods "
           "excluded"),
    ]),
    # fxp19 grandmother, jam (new lines)
    ("малина\nчерная смородина\nсахар 3 кг\nжелатин пакетик", [
        ("малина", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["21151", "3641616", "3949602"],
        }, "fresh raspberries (Маркет Fresh 125/250 г, «Малина в сердце»); raspberry-blueberry mixes and "
           "raspberry-flavoured goods excluded"),
        ("черная смородина", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no fresh blackcurrants in any chain; blackcurrant juices, tea and yoghurts excluded"),
        ("сахар 3 кг", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "white sugar; «3 кг» is the amount wanted (sugar comes in 1 kg packs); Магнит pressed white sugar 1 kg "
           "accepted (sugar cubes are sugar); Пятёрочка cane sugar «Демерара» 500 г (speciality brown sugar) "
           "excluded"),
        ("желатин пакетик", {
            "pyaterochka": [],
            "magnit": ["5ba197ad81"],
            "dixy": [],
            "perekrestok": ["4236371"],
        }, "food gelatine (Сытая улыбка 30 г, Пр!ст 20 г); «пакетик» is a quantity"),
    ]),
    # fxp20 father, okroshka
    ("квас белый не сладкий для окрошки, горчички русской, хренку баночку", [
        ("квас белый не сладкий для окрошки", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no kvass of any kind in any chain; «Капуста квашеная» is a trap"),
        ("горчички русской", {
            "pyaterochka": ["3435016"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Russian mustard (Махеевъ «Горчица РУССКАЯ»); Global Village «Горчица Французская» and honey-mustard "
           "pretzels excluded"),
        ("хренку баночку", {
            "pyaterochka": ["3616052"],
            "magnit": ["c88a871b65"],
            "dixy": [],
            "perekrestok": [],
        }, "table horseradish (Махеевъ «Хрен столовый», Uni Dan «Хрен сливочный» — a horseradish condiment); "
           "«баночку» is a quantity; sauerkraut «с хреном» and croutons «со вкусом холодца с хреном» excluded"),
    ]),
    # fxp21 teenager, ice cream at home (first item replaced, see REPLACED)
    ("мороженое ведерко любое, вафельные рожки, топпинг клубничный", [
        ("мороженое ведерко любое", {
            "pyaterochka": ["3940513"],
            "magnit": ["204701"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED item (blind: «мороженое ведерко шоколадное», absent everywhere, like the rest of the list): "
           "ice cream in a tub of any flavour: Магнит «Мороженое Экzo, черника/ежевика, ведро, 0,52 кг» and "
           "Пятёрочка «ЭКЗО АРБУЗ+ДЫНЯ» 520 г (the same Экзо 520 g tub line — outside knowledge); Пятёрочка "
           "«Морож.КЛ.ВЕН.пломб.ван/шок.гл 1л» (form not stated, reads as a glazed Viennese-style cake), the "
           "Коровка из Кореновки «полено», bricks, cups, cones and eskimos excluded"),
        ("вафельные рожки", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no empty wafer cones in any chain; ice cream sold in a wafer cone and the pasta «Витой рожок» "
           "excluded"),
        ("топпинг клубничный", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no topping or syrup in any chain; strawberry jams and fruit in syrup excluded"),
    ]),
    # fxp22 parents, evening on the balcony
    ("вино розовое полусухое, сыр бри небольшой, виноградика без косточек гроздь, багет свежий", [
        ("вино розовое полусухое", {
            "pyaterochka": [],
            "magnit": ["159361", "108821", "09d64a2b28"],
            "dixy": [],
            "perekrestok": [],
        }, "still rosé semi-dry wine (Годженечеа Мерло, Номерной Резерв Каберне, Шато Тамань Wine&Surf Розе); dry "
           "rosé (Галитош), sparkling rosé (Ламбруско, Премиум брют, Gancia Prosecco Rose), alcohol-free Абрау Лайт "
           "Розовый and other colours excluded"),
        ("сыр бри небольшой", {
            "pyaterochka": ["3693219"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4108549", "4392389", "4325430", "3693219", "3621896", "3640880"],
        }, "Brie of any brand, 125-200 g (all small pieces; «небольшой» is a wish): President Petit Brie and Бри, "
           "Zhukovka, Маркет, Ришелье; camembert, blue cheeses and the processed «CRÈME DE BRIE» excluded"),
        ("виноградика без косточек гроздь", {
            "pyaterochka": ["4327381"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48660", "57580", "48657", "4327381"],
        }, "seedless grapes: Перекрёсток «белый без косточек», Киш-миш and Киш-миш чёрный (kishmish is seedless), "
           "«Шайн Мускат нефритовый» in both Пятёрочка and Перекрёсток (a seedless variety — outside knowledge); Перекрёсток «Тайфи» (with seeds) and Магнит «Виноград "
           "черный» (seeds not stated) excluded"),
        ("багет свежий", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no baguette in any chain; «ХРУСТИМ Сухарики БАГ.» (baguette croutons), batons and other bread "
           "excluded"),
    ]),
    # fxp23 mother, against the heat
    ("дезодорант женский, детские влажные салфетки 2 пачки, вода питьевая 6л", [
        ("дезодорант женский", {
            "pyaterochka": ["3421454", "3330270", "3479534", "3479541", "3479535", "3955496", "3444774", "3928499"],
            "magnit": ["b541fbdab4", "214561", "b6e26819b4"],
            "dixy": [],
            "perekrestok": [],
        }, "women's deodorants and antiperspirants in any form (spray, roll-on, stick): titles saying «жен.»/"
           "«женский», and Rexona lines without Men (Прозрачный кристалл, Яркий букет, Ярко и цветочно, Сухость "
           "пудры, Нежно и сочно), Пятёрочка NIVEA «PURE» and Магнит «NIVEA Невидимый для черного/белого» without "
           "«мужской» (Магнит titles the men's version «мужской») taken as women's (outside knowledge); AXE, Old "
           "Spice, NIVEA MEN/FOR MEN, the Dove gift set and sweets «Dove» excluded"),
        ("детские влажные салфетки 2 пачки", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["3697052"],
        }, "wet wipes for children (Kokoro «для новорожденных»); Tolli Plus, antibacterial and cosmetic wipes (not "
           "said to be for children) excluded; «2 пачки» is a quantity"),
        ("вода питьевая 6л", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no 6 l bottle in any chain (size respected); 5 l and smaller bottles excluded"),
    ]),
    # fxp24 mother, crab salad
    ("крабовые палочки 2 упаковки, кукурузы баночку консервированной, рис круглозерный пачку, легкий майонез", [
        ("крабовые палочки 2 упаковки", {
            "pyaterochka": ["3131715", "3931923"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3406474", "3447879", "3131715", "86385", "4074412", "4425909", "3993014", "3993018",
                            "3337825", "3931923", "4417821", "4311581", "4166323", "4354524"],
        }, "imitation crab sticks of any brand, chilled or frozen (incl. «Палочки Vici снежный краб», Surimi Kama); "
           "«крабовое мясо» (Vici, Русское море, Люди Любят), real crab, crab salad and crab-flavoured chips/"
           "croutons excluded; «2 упаковки» is a quantity"),
        ("кукурузы баночку консервированной", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet corn kernels of any brand and size (Heinz 340 г incl.); Маркет Collection «Кукуруза молодая "
           "в початках» (baby corn cobs), corn flakes, sticks and crispbread excluded"),
        ("рис круглозерный пачку", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice: Магнит Увелка «Краснодарский, круглый», Мистраль «для плова традиционный, круглый» and "
           "Пятёрочка «МИСТР.Рис для плова традиц.900г» (the same Mistral product, titled «круглый» by Магнит), "
           "Магнит «Рис Мистраль, Кубань» (Кубань is a round-grain rice — outside knowledge); long-grain, basmati, "
           "jasmine, brown, девзира, mixes, Националь «для плова» / «Адриатика» and Global Village (grain not "
           "stated), rice flour and flakes excluded"),
        ("легкий майонез", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "no light mayonnaise in any chain: all are 67% provansal/olive/quail-egg types and Я люблю готовить "
           "«домашний 55%»; none is sold as «лёгкий»"),
    ]),
    # fxp25 grandmother, light supper (new lines)
    ("творог зерненый\nогурчиков пару\nредисочки пучок\nукропа пучочек свеженького", [
        ("творог зерненый", {
            "pyaterochka": ["3603638"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain grainy cottage cheese (Карат «домашний, зерненый, 4%»); Данон «Творог зерненый в йогурте» with "
           "fruit filling and Савушкин «101 ЗЕРНО+СЛ.» with berries (flavoured), plain non-grainy curd excluded"),
        ("огурчиков пару", FRESH_CUCUMBERS, FRESH_CUCUMBERS_NOTE),
        ("редисочки пучок", RED_RADISH, RED_RADISH_NOTE),
        ("укропа пучочек свеженького", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill (Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh»); herb mixes with "
           "dill (Ассорти, Набор зелени), dried dill (Восточный гость) and herrings «с укропом» excluded"),
    ]),
]


def blind_lists():
    """The list texts of the blind draft, in order."""
    with open(BLIND, encoding="utf-8") as fh:
        txt = fh.read()
    body = txt[txt.index("\n@@ ") + 1:]
    parts = re.split(r"^@@ (fxp\d\d)\n", body, flags=re.M)[1:]
    return [(parts[i], parts[i + 1].rstrip("\n")) for i in range(0, len(parts), 2)]


def check_blind():
    """Every list text equals the blind draft, apart from the REPLACED items."""
    blind = blind_lists()
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS %d" % (len(blind), len(LISTS)))
    for n, ((bid, btext), (text, _)) in enumerate(zip(blind, LISTS), 1):
        rid = "fxp%02d" % n
        if bid != rid:
            errors.append("blind list %s at position %s" % (bid, rid))
        expected = btext
        if rid in REPLACED:
            old, new = REPLACED[rid]
            items = [p.strip() for p in re.split(r"[,\n]", btext)]
            if items.count(old) != 1:
                errors.append("%s: replaced item %r not once in the blind text" % (rid, old))
            expected = btext.replace(old, new, 1)
        if text != expected:
            errors.append("%s: text differs from the blind draft: %r != %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fxp"))
