#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xs.jsonl -- shopping lists of a young couple who just moved in together
and cook at home from recipes (Italian and Asian dishes, salads, a Sunday breakfast, alcohol-free drinks,
household basics for the new flat), hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xs.build.py

LISTS below is literal data: 25 lists (3-5 items) as the two partners would type them to a Telegram bot
(one writes precisely -- brands, sizes, fat % --, the other vaguely and in a hurry), and for every item the
product ids of every in-stock offer of every store that a reasonable shopper who wrote exactly that item
would accept.  The lists were written first, before any offer was read, and saved read-only as
fresh_basket_eval_xs.blind_lists.txt; this script checks that every list text is byte-identical to that
blind draft (apart from the REPLACED table, which is empty).  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded
to е) and read one by one; each item was re-checked by listing every in-stock title matching its stem that
was not accepted.  The note of each item records what was accepted, what was deliberately left out and any
judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable.

labelled_lists.build (unchanged, same directory) checks that every id exists in real_offers.jsonl *for that
store* and is in stock (``available`` true), that no id is repeated within an item, that every item has a
note and that the labels are exactly the list's items in order (an item is the text between commas / new
lines), then writes the JSONL; labelled_lists.stats prints the counts.  List ids are fxs01, fxs02, ... in
LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xs.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xs.blind_lists.txt")

# list id -> [(blind item text, replacement item text)]; an item replaced after labelling because its
# whole list was empty in all four stores.  None were needed.
REPLACED = {}

E = []  # shorthand for "nothing acceptable in this store"

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxs01 precise: spaghetti dinner
    ("спагетти barilla №5, томаты в собственном соку 400г 2 банки, пармезан 200г, базилик свежий пучок", [
        ("спагетти barilla №5", {
            "pyaterochka": ["4037644"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Barilla spaghetti; the title «Barilla, СПАГЕТТИ 450г» does not print the number -- taken as n.5, "
           "Barilla's standard spaghetti (outside knowledge). Barilla capellini/penne/pipe/girandole, other "
           "brands' spaghetti (FEDER., «Spaghetti n.3», no-name) and the Магнит Barilla girandole excluded"),
        ("томаты в собственном соку 400г 2 банки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no 400 g can of tomatoes in their own juice: Пятёрочка «Томаты в томатном соке, Global Village. 680 г» "
           "is the right product in another size (the written 400 g names the can and is respected); Магнит "
           "«Томаты маринованные»/«соленые», tomato paste, ketchups, tomato juice and fresh tomatoes excluded; "
           "«2 банки» is a quantity"),
        ("пармезан 200г", {
            "pyaterochka": ["3462825"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3206443", "3912980"],
        }, "parmesan in a 200 g pack (LAIME 200г) or sold by weight (Перекрёсток Dolce Granto Пармезан 40% and "
           "Зелёная Линия «Пармезан молодой», both per kg, can be cut to 200 g); 150/175 g packs (Dolche, Чиз "
           "Гелери, Castello Reggianido), grated packs, Palermo (not called parmesan), chips/crisps and salami "
           "«с пармезаном» excluded"),
        ("базилик свежий пучок", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh basil anywhere; basil-flavoured oil, drinks with basil seeds, cheese and cake «с базиликом» "
           "excluded"),
    ]),
    # fxs02 vague: pasta for two
    ("макарошки любые\nсырку для макарон\nчеснока головки 3", [
        ("макарошки любые", {
            "pyaterochka": ["18497", "18460", "18453", "18463", "3438663", "3438670", "3438666", "3687625",
                            "4075778", "4075782", "4008044", "4072891", "4072894", "4077766", "4077767",
                            "4077771", "4008046", "4008047", "4008045", "4037645", "4037644", "4037652",
                            "4037654", "4037666", "94424"],
            "magnit": ["214631", "167851", "199251"],
            "dixy": E,
            "perekrestok": E,
        }, "any dry pasta shape incl. soup pasta (вермишель/звездочки для супчика); instant noodles («Изделия "
           "макаронные быстрого приготовления»), pasta kits (Увелка «Набор для приготовления Паста ...»), ready "
           "pasta dishes, udon/soba/funchoza/lagman noodles, Magnit «Куриный оладушек со спагети», chechil "
           "«спагетти» cheese and Macaronika cakes excluded"),
        ("сырку для макарон", {
            "pyaterochka": ["4045672", "3976999", "3619760", "4011107", "3605249", "3669895", "3448799",
                            "3658573", "3914313", "4062968", "3672506", "4070003", "3631154", "4047497",
                            "3695000", "24647", "3462825", "4055754", "3919797", "4046889", "3670271",
                            "3926818", "3435839", "3499152", "3670270", "3926819", "4062961", "3452403",
                            "4087692", "3433812", "3504112", "3953338", "4078315", "3932860", "3650219",
                            "3665147"],
            "magnit": ["fb96cc90aa", "a75e794e26", "199231", "160261", "111651"],
            "dixy": ["05060beac0"],
            "perekrestok": ["3912980", "3498368", "4111694", "3452403", "4260755", "4029240", "4121963",
                            "4089117", "3206443", "4011107", "3505827", "3668842", "3963977", "4302547",
                            "4074230", "3668519", "4280100", "3446834", "3433812", "3958444", "4280098",
                            "3228233", "4378185", "4297132"],
        }, "cheese to grate or melt on pasta: hard and semi-hard cheeses of any brand incl. sliced and grated, "
           "parmesan-type, assortments of semi-hard cheeses and pizza/sandwich mozzarella («Моцарелла Пицца», "
           "«д/бутерброд.», «для сэндвичей», «для пиццы», «тертый»); processed (плавленый, Виола, Карат, "
           "Фетакса, Galbani «плавленый ломтевой Моцарелла»), cream/curd cheeses (творожный; Пятёрочка "
           "«Hochland Сливочный 220 г» taken as Hochland's curd cheese -- outside knowledge), fresh mozzarella "
           "balls/sticks in water, burrata, brine cheeses (фета, брынза, сулугуни, чечил, Сиртаки, Delissir "
           "«Хоритаки» taken as a feta-type cheese), white/blue mould cheeses, flavoured cheeses (Oldenburger "
           "pesto/walnut/tomato-basil, «Ларец с лисичками») and cheese snacks excluded; «для макарон» is a "
           "purpose read as «a cheese for grating/melting»"),
        ("чеснока головки 3", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["17662"],
        }, "fresh garlic (Перекрёсток «Чеснок, 3шт»); dried granulated garlic, salted garlic (ФЭГ), garlic "
           "seasonings and garlic-flavoured products excluded; «3» is a quantity"),
    ]),
    # fxs03 precise: Asian stir-fry pantry
    ("соус соевый классический 500мл, лапша рисовая 200г, имбирь корень небольшой, кунжут белый для посыпки", [
        ("соус соевый классический 500мл", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no soy sauce in a 500 ml bottle: Сэн Сой «Классический» 1 л, Thai-so «Классический» 250 мл, Чим-Чим "
           "290 мл and Стебель бамбука 280 г are other sizes (a size naming the bottle is respected); teriyaki "
           "sauces and soy drinks excluded"),
        ("лапша рисовая 200г", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no rice noodles; Магнит «Лапша Фунчоза 200г» is glass noodles (funchoza), not rice noodles -- "
           "excluded; udon, soba, lagman and instant noodles, rice crisps and ready meals with «стеклянной» "
           "noodles excluded"),
        ("имбирь корень небольшой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh ginger root; pickled ginger, candied ginger (цукаты), ginger biscuits, drinks and "
           "honey with ginger excluded"),
        ("кунжут белый для посыпки", {
            "pyaterochka": E,
            "magnit": ["c1996d45f5"],
            "dixy": E,
            "perekrestok": E,
        }, "sesame seeds: Магнит «Семена кунжута 40г» -- colour not stated, taken as the usual white (hulled) "
           "seeds (outside knowledge); buns, crackers and sweets «с кунжутом» excluded"),
    ]),
    # fxs04 precise: sushi night
    ("рис для суши 1кг, нори 10 листов, васаби тюбик, розовый имбирь маринованный к роллам", [
        ("рис для суши 1кг", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no rice sold as sushi rice; round-grain Краснодарский rice (800 г), plov, jasmine, basmati and other "
           "rice excluded"),
        ("нори 10 листов", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no nori sheets in any store"),
        ("васаби тюбик", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no wasabi paste; Пятёрочка PARTY NUTS «арахис со вкусом Васаби» excluded"),
        ("розовый имбирь маринованный к роллам", {
            "pyaterochka": ["3605848"],
            "magnit": ["169051"],
            "dixy": E,
            "perekrestok": E,
        }, "pickled ginger (Скатерть-Самобранка «маринованный» 200 г, Магнит «Имбирь маринованный, 200 г»); "
           "neither title states the colour -- accepted because pink and white pickled ginger differ only by "
           "colouring and the pink sushi ginger is the usual one (outside knowledge); candied ginger excluded"),
    ]),
    # fxs05 vague: Sunday breakfast
    ("яйца десяток на завтрак, бекончика нарезочку, авокадо 2 шт мягкие, круасанчики, йогурт греческий не сладкий", [
        ("яйца десяток на завтрак", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "hen's eggs in packs of 10, any class (С0/СО/отборные/С1); packs of 6 and 20, quail eggs, Kinder "
           "eggs, egg pasta and mayonnaise excluded"),
        ("бекончика нарезочку", {
            "pyaterochka": ["3443644", "3445554", "3655098", "3649921", "4020279"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3443644", "3445554", "4420883", "4225967"],
        }, "packaged bacon (titles saying «бекон»), 150-200 g packs taken as sliced (Дымов and Маркет 150 г say "
           "«нарезка» or are sold as such -- outside knowledge for those that do not say it); pork belly "
           "(грудинка, incl. Пятёрочка «грудинка сырокопченая нарезка»), корейка, the Маркет Collection "
           "«Шейка-Балык-Бекон Панчетта» assortment, croutons «бекон» and the club sandwich excluded"),
        ("авокадо 2 шт мягкие", {
            "pyaterochka": ["3148279", "2131933"],
            "magnit": ["168561", "109421"],
            "dixy": E,
            "perekrestok": ["3948371", "3356275"],
        }, "fresh avocados, any pack or by weight; «мягкие» (ripe) is a wish that titles cannot confirm except "
           "Перекрёсток «спелое», not a filter; «2 шт» is a quantity; Дикси Хасс is out of stock; avocado oil "
           "and mayonnaise with avocado oil excluded"),
        ("круасанчики", {
            "pyaterochka": ["3626932", "3626933", "3489010", "3489008", "3621627", "3621623", "3621626",
                            "3621621", "3621622", "3900907", "3900908", "3900909", "3900912"],
            "magnit": ["b72da0bbe2"],
            "dixy": E,
            "perekrestok": E,
        }, "any croissants incl. packaged mini croissants with fillings (7DAYS, Chipicao, Шарлиз, Яшкино); no "
           "bakery croissants exist in the offers"),
        ("йогурт греческий не сладкий", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain Greek yoghurt without fruit or sugar: Neo «без сахара», Зелёная Линия «натуральный», and plain "
           "Teos «Греческий 2%» / Простоквашино «Греческий 2%» taken as unsweetened (outside knowledge); "
           "Пятёрочка «Греческий» with вишня/черника filling and Дикси Viola «Малина-Мята» excluded (sweet)"),
    ]),
    # fxs06 precise: fusilli with pesto
    ("фузилли 500г, песто генуэзе, моцарелла мини 125 г, помидоры черри 250г", [
        ("фузилли 500г", {
            "pyaterochka": ["4077767", "18463"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "fusilli in 500 g packs: «Fusilli n.31» 500 г and FEDER(ICI) «СПИРАЛЬКИ» 500 г (the Russian name of "
           "fusilli -- outside knowledge); Магнит Gusto Di Roma Fusilli 450 г (size), girandole, «пружинки», "
           "«свитки» and other shapes excluded"),
        ("песто генуэзе", {
            "pyaterochka": ["2140646", "3477315"],
            "magnit": ["fc54ad529d"],
            "dixy": E,
            "perekrestok": E,
        }, "basil pesto alla genovese: Barilla «Pesti Genovese», Premiere of Taste «Песто Дженов», Filippo "
           "Berio «Песто классический» (the classic pesto is genovese -- outside knowledge); Oldenburger "
           "«Песто» cheese and the beet salad «с соусом песто» excluded"),
        ("моцарелла мини 125 г", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4263131", "4121964"],
        }, "mini mozzarella balls (чильеджина) in 125 g packs (Unagrande, incl. lactose-free); Galbani «мини» "
           "100/150 г, Pretto and protein чильеджина 100 г, Bonfesto «12 шариков» 100 г (sizes), regular balls, "
           "sticks and grated mozzarella excluded"),
        ("помидоры черри 250г", {
            "pyaterochka": E,
            "magnit": ["107681", "168841"],
            "dixy": E,
            "perekrestok": ["3673307"],
        }, "fresh cherry tomatoes in 250 g packs (round or plum-shaped, on the vine); 200 g packs (Дольче Вита, "
           "Медовые), cocktail tomatoes, canned «Ассорти Черри и Корнишоны», Heinz cherry sauce, Calve ketchup "
           "«с помидорами черри» and Pepsi Wild Cherry excluded"),
    ]),
    # fxs07 vague: pasta bolognese
    ("рожки или перья подешевле\nфарша кило\nпасты томатной баночку", [
        ("рожки или перья подешевле", {
            "pyaterochka": ["18460", "4008046", "4037652"],
            "magnit": ["199251"],
            "dixy": E,
            "perekrestok": E,
        }, "рожки or перья (penne): FEDER. «ПЕРЬЯ РИФЛЕНЫЕ», «Витой рожок», Barilla «ПЕННЕ РИГАТЕ», Макфа «перья»; "
           "Barilla «ПИПЕ РИГАТЕ» (a snail-shaped pasta), улитки, ракушки, spirals and ice cream «в рожке» "
           "excluded; «подешевле» is a wish, not a filter"),
        ("фарша кило", {
            "pyaterochka": ["3398465", "3205754", "4065830", "3681614", "3673806", "3629402", "3652704", "3447375"],
            "magnit": ["199571"],
            "dixy": E,
            "perekrestok": E,
        }, "raw minced meat of any kind (beef, pork, mixed, «домашний», chicken Петелинка, turkey Пава-Пава); "
           "«кило» is the quantity wanted, not a pack size; olives «фарш.», купаты and ready meals excluded"),
        ("пасты томатной баночку", {
            "pyaterochka": ["84652", "3486033", "31623", "3696785"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "tomato paste (Помидорка 250 мл / 480 мл, Heinz 310 г, Махеевъ «Паста ДОМАШНЯЯ томат.» 500 г); "
           "«баночку» is the quantity; ketchups, tomato sauces (Болоньезе) and tooth/chocolate pastes excluded"),
    ]),
    # fxs08 precise: green salad
    ("айсберг салат кочанчик, огурцы короткоплодные 500 г, помидоры розовые 3 шт, масло оливковое extra virgin 0.5л", [
        ("айсберг салат кочанчик", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["77107"],
        }, "a head of iceberg lettuce (Перекрёсток «Салат Айсберг ... 1шт»); Выгодно «Айсберг свежий мытый, 200г» "
           "taken as cut leaves, not a head (outside knowledge), and iceberg mixes excluded"),
        ("огурцы короткоплодные 500 г", {
            "pyaterochka": E,
            "magnit": ["200221"],
            "dixy": E,
            "perekrestok": E,
        }, "fresh short-fruited cucumbers (Магнит 450 г pack; «500 г» read as the quantity wanted for a "
           "vegetable); Магнит «среднеплодные», Перекрёсток Ботаника/«Хрустящие»/корнишоны (type not stated as "
           "короткоплодные), pickled and salted cucumbers excluded"),
        ("помидоры розовые 3 шт", {
            "pyaterochka": E,
            "magnit": ["107631"],
            "dixy": E,
            "perekrestok": ["4355823"],
        }, "fresh pink tomatoes (Магнит «Томаты розовые», Перекрёсток «Томат Дагестан розовый»); red, cherry, "
           "cocktail, plum and Бакинские tomatoes (colour not stated) excluded; «3 шт» is a quantity"),
        ("масло оливковое extra virgin 0.5л", {
            "pyaterochka": ["2153521"],
            "magnit": ["204571"],
            "dixy": E,
            "perekrestok": E,
        }, "olive oil whose title says Extra Virgin, 0.5 l bottle (Filippo Berio); Monini «CLAS. олив. нераф.» "
           "500 мл (title does not say extra virgin), Global Village «Virgen Extra ... рафинированное с добавлением "
           "нерафинированного» (a refined blend), 250 ml EV bottles (Global Village, Monini 250 г), Магнит Pure "
           "and sunflower oils with olive oil excluded"),
    ]),
    # fxs09 vague: household for the new flat
    ("туалетки побольше, фейри или аос, губки, мешки мусорные, самое дешевое средство для пола", [
        ("туалетки побольше", {
            "pyaterochka": ["3449118", "3679801", "3493108", "4059050", "3900558", "3450513", "3326206"],
            "magnit": ["204551"],
            "dixy": E,
            "perekrestok": E,
        }, "dry toilet paper, any pack (PAPIA, ZEWA, Familia); «побольше» is a wish; moist toilet paper (ZEWA «туал.влаж.»), paper "
           "towels, napkins and toilet soap excluded"),
        ("фейри или аос", {
            "pyaterochka": ["3679975", "3678617", "3669211", "3669212", "3669210", "3501028", "3501026",
                            "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["168221", "159851"],
            "dixy": E,
            "perekrestok": E,
        }, "Fairy or AOS hand dish-washing liquid, any variant and size; other brands (BIASEPT, Sorti, "
           "Synergetic) excluded since a brand was named"),
        ("губки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no dish sponges in any store"),
        ("мешки мусорные", {
            "pyaterochka": E,
            "magnit": ["e9bebc57c0", "e927949bbd"],
            "dixy": E,
            "perekrestok": E,
        }, "bin bags of any size (BIG CITY LIFE 60 л, МАГНИТ 35 л); food bags and baking sleeves excluded"),
        ("самое дешевое средство для пола", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no floor cleaner; universal cleaners (Domestos «универсальное», Cif spray), scouring powders (Comet, "
           "Пемолюкс) and toilet cleaners excluded; «самое дешевое» is a wish"),
    ]),
    # fxs10 precise: drinks
    ("сок апельсиновый 100% 1л, минеральная вода с газом 1.5 л, лимонад тархун черноголовка 1.5", [
        ("сок апельсиновый 100% 1л", {
            "pyaterochka": E,
            "magnit": ["204401"],
            "dixy": E,
            "perekrestok": ["3190682"],
        }, "orange juice (not nectar) in the 1-litre carton (J7 0.97 l); J7 0.3 l and SWELL 0.75 l (sizes), "
           "multi-fruit juices, nectars, juice drinks, Fanta/Mirinda and orange-flavoured goods excluded"),
        ("минеральная вода с газом 1.5 л", {
            "pyaterochka": ["3630603", "3656207", "3634921", "3688643"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["2105576"],
        }, "sparkling mineral water, 1.5 l: Пилигрим «минеральная, газированная», «Вода №4 пит.мин.л-ст.газ.», "
           "Багиатти; Архыз «Легенда Гор, газированная» taken as mineral (the same line is titled «минеральная» "
           "in 0.5 l) and Нагутская-26 «минеральная, 1,5 л» taken as sparkling (it is sold carbonated) -- "
           "outside knowledge; purely medicinal «№17 ... лечеб.», still waters, drinking (not mineral) waters "
           "(Святой источник, Сенежская, Акваграцио) and other sizes excluded"),
        ("лимонад тархун черноголовка 1.5", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Черноголовка Тархун exists only in 0.5 l (Магнит) and 2 l (Перекрёсток), not 1.5 l (a size naming "
           "the bottle is respected); Пятёрочка «Любимый Тархун» 1.5 л is not Черноголовка; other Черноголовка "
           "flavours excluded"),
    ]),
    # fxs11 vague: teriyaki chicken
    ("филе куриное\nброкколи замороженная пачку\nтерияки соус\nрис какой нибудь", [
        ("филе куриное", {
            "pyaterochka": ["2160069", "3963723"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast fillet incl. «филе малое» (inner fillet); bone-in breast «грудка без кожи», "
           "thigh fillet, whole birds, drumsticks, cooked/grilled fillet (Зелёная Линия «гриль», «запеченное»), "
           "turkey and duck fillet, canned chicken, nuggets and ready meals excluded"),
        ("брокколи замороженная пачку", {
            "pyaterochka": E,
            "magnit": ["23e8f39e40"],
            "dixy": E,
            "perekrestok": E,
        }, "frozen broccoli (Морозко Green 800 г); baby purées and soups with broccoli excluded"),
        ("терияки соус", {
            "pyaterochka": ["3503548", "3408179"],
            "magnit": ["5cc4e199c5", "587b021940"],
            "dixy": E,
            "perekrestok": E,
        }, "teriyaki sauce of any brand (Heinz, Сэн Сой, Premiere of Taste, Махеевъ); ready meals «в соусе "
           "терияки» and Pringles «терияки» excluded"),
        ("рис какой нибудь", {
            "pyaterochka": ["2167599", "4046686", "3992161", "2903", "3483037", "39747", "5722", "3413111"],
            "magnit": ["7936bf2f6b", "199371", "106641", "448fba0b94", "106651", "106021"],
            "dixy": E,
            "perekrestok": E,
        }, "any rice grain (white, brown, basmati, jasmine, plov rice, Мистраль «Акватика MIX» rice blend, "
           "Увелка «Девзира с зирой» plov rice); PROSTO «Рис и греча» (mixed with buckwheat), rice flour, "
           "flakes, porridge, rice drink, rice crisps and ready meals with rice excluded"),
    ]),
    # fxs12 precise: tagliatelle with mushrooms
    ("тальятелле 250 г, шампиньоны свежие 400г, сливки 20% 200мл, пармезан тертый 100г", [
        ("тальятелле 250 г", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no tagliatelle / fettuccine / pasta nests in any store; other shapes excluded"),
        ("шампиньоны свежие 400г", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3210027"],
        }, "fresh champignons, 400 g pack (Маркет Fresh); «Королевские» 300 г (size), Магнит вешенки (other "
           "mushroom), Bonduelle marinated champignons and dishes with mushrooms excluded"),
        ("сливки 20% 200мл", {
            "pyaterochka": E,
            "magnit": ["c02145f904"],
            "dixy": E,
            "perekrestok": E,
        }, "cream 20 %, 200 ml pack (Домик в деревне «20% 200г» -- 200 g taken as the 200 ml pack); 20 % in "
           "480 г / 500 мл, 10 %, 11 %, 33 %, cream substitutes and ice cream excluded"),
        ("пармезан тертый 100г", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3963977"],
        }, "grated parmesan, 100 g pack (Cheese Gallery «тёртый хлопья»); Dolce Granto «тёртый» 150 г (size), "
           "Пятёрочка «Пармезан, Dolche, 150 г», whole-piece parmesan and grated mozzarella/gouda excluded"),
    ]),
    # fxs13 vague: lasagne
    ("листы для лазаньи, говяжьего фарша 500 грамм, моцареллу", [
        ("листы для лазаньи", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no lasagne sheets; Магнит «Лазанья Золотой петушок, мясная» (ready meal) excluded"),
        ("говяжьего фарша 500 грамм", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "raw beef mince (Рестория, Останкино, Мираторг, 400 г packs; «500 грамм» in the genitive is the "
           "quantity wanted); pork, pork-beef, «домашний»/«деревенский» (meat not stated), chicken and turkey "
           "mince excluded"),
        ("моцареллу", {
            "pyaterochka": ["3669895", "3433594", "3976999"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4418717", "4111694", "15105", "3025963", "4078445", "3433594", "3453245",
                            "4263132", "4263131", "4121963", "4121964", "4050804", "4377381", "4377387",
                            "3432218", "3432217", "3480834", "3958444"],
        }, "mozzarella cheese in any form (balls, mini, чильеджина, fior di latte, for pizza/sandwiches, "
           "grated, sticks, protein, lactose-free); Galbani «плавленый ломтевой Моцарелла» (processed) and "
           "burrata excluded"),
    ]),
    # fxs14 precise: coffee corner
    ("кофе зерновой 1 кг, молоко 3.2% 2 шт, тростниковый сахарок", [
        ("кофе зерновой 1 кг", {
            "pyaterochka": ["3472968", "2073687", "3086387"],
            "magnit": ["275856ead6", "160171"],
            "dixy": E,
            "perekrestok": E,
        }, "coffee beans in 1 kg packs (Ambassador Nero, Paulig Arabica, Lavazza, Piazza del Caffe); 800 g and "
           "smaller bean packs (sizes), ground, instant and Магнит ready drinks «Американо/Латте ... зерновой "
           "300мл» excluded"),
        ("молоко 3.2% 2 шт", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": E,
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064",
                            "89a1c1419e", "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100",
                            "e2d5d93f2a", "b4411ba8d4", "35ac60eec2", "52d96fd806", "885d917850", "488d323508",
                            "ecc07a0e68", "01f728b210", "f50aeac1bb", "3645807", "4244242", "3431579",
                            "b508e73840", "47a9cd6be2"],
        }, "cow drinking milk labelled exactly 3.2 % (pasteurised/UHT/sterilised, children's Агуша «от 3л», "
           "Сарафаново «детское», Маша и Медведь); топлёное (Простоквашино, Домик в деревне), ranges (Дикси "
           "Романов луг «от 3,2% до 6%», «3.2-4%», «3.2-4.5%»), oat drink 3.2 % and other fat levels excluded; "
           "«2 шт» is a quantity"),
        ("тростниковый сахарок", {
            "pyaterochka": ["3973713"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "cane sugar («Демерара» нерафинированный 500 г); white pressed sugar and biscuits «с тростниковым "
           "сахаром» excluded"),
    ]),
    # fxs15 vague: shrimp and rocket salad
    ("рукколы пучок, креветки замороженые, лимончик для креветок", [
        ("рукколы пучок", {
            "pyaterochka": ["3657675"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3358128", "3283556"],
        }, "rocket (руккола/рукола) in any pack; «пучок» is the quantity; salad mixes containing rocket "
           "(радичио+рукола, рукола-мангольд-шпинат) and spinach excluded"),
        ("креветки замороженые", {
            "pyaterochka": ["3420429", "3605498", "3636987", "3635799", "3663836"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4078304", "4292180", "3495300", "4344842", "4277440", "3970776", "3642960",
                            "4371402", "4359390", "4379878", "4379876", "4379877", "4367793", "4012971",
                            "3432111", "3641931", "4385594", "4343270"],
        }, "frozen shrimps, raw or cooked-frozen («в/м», «варёно-мороженые»), peeled or not; KALURI 50/70, Fish "
           "House «королевские» and Fish & More «очищенные с хвостом» do not say frozen but are frozen-section "
           "products (outside knowledge); shrimps in brine, salted, «в заливке», caviar/icra «с креветкой» "
           "and shrimp-flavoured snacks excluded"),
        ("лимончик для креветок", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh lemons in any store; limes (Магнит «Лайм»), citric acid, lemon-flavoured drinks, sweets and "
           "detergents excluded"),
    ]),
    # fxs16 precise: breakfast toast
    ("яйца с0 10 шт, бекон сырокопченый нарезка 150 г, тостовый хлеб пшеничный нарезной, чеддер ломтиками", [
        ("яйца с0 10 шт", {
            "pyaterochka": ["3620510"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "hen's eggs of class С0/СО/«отборные» in packs of 10; С1 eggs, Волжанин «отборной категории» 6 шт "
           "(pack size), 20-packs and quail eggs excluded"),
        ("бекон сырокопченый нарезка 150 г", {
            "pyaterochka": ["3649921"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "raw-smoked bacon, 150 g pack (Пятёрочка «Мясной прод. из свинины с/к охл. бекон, 150гр», a packaged "
           "150 g bacon taken as sliced); Перекрёсток «Бекон венгерский Market Collection, 150г» (raw-smoked not "
           "stated), 180/200 g bacon packs (sizes), грудинка and the «Шейка-Балык-Бекон Панчетта» assortment "
           "excluded"),
        ("тостовый хлеб пшеничный нарезной", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no toast bread in any store; Перекрёсток «Батон Нарезной нарезка» (a sliced baton, not toast "
           "bread), other loaves, ham «для тостов» and processed cheese «пл.-тост» excluded"),
        ("чеддер ломтиками", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4297132"],
        }, "sliced cheddar (Hochland Grunlander «Чеддер ... нарезка»); Пятёрочка cheddars (La Paulina 200 г, "
           "«красный» 240 г, «фасованный» 120 г) are not stated as sliced and are excluded"),
    ]),
    # fxs17 vague: udon
    ("удон\nкунжутного масла бутылочку\nлучку зеленого пучок\nтофу какой нибудь", [
        ("удон", {
            "pyaterochka": ["3618857"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "udon noodles (Пятёрочка «Лапша пшеничная Удон»); soba, funchoza, lagman and instant noodles "
           "excluded"),
        ("кунжутного масла бутылочку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no sesame oil in any store; sesame seeds and other oils excluded"),
        ("лучку зеленого пучок", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4295465"],
        }, "green onions (Перекрёсток «Лук зеленый» 100 г); herb assortments with onion (петрушка-укроп-лук, "
           "«Набор зелени»), bulb onions, shallots and onion-flavoured snacks excluded"),
        ("тофу какой нибудь", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no tofu in any store"),
    ]),
    # fxs18 precise: funchoza salad
    ("фунчоза 100 г, моркови 1 кг на корейскую, огурцы 2 шт, уксус рисовый", [
        ("фунчоза 100 г", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "the only funchoza is Магнит «Лапша Фунчоза 200г» -- a 200 g pack, excluded because the written "
           "100 g names the pack (respected like other pack sizes); ready meals with glass noodles excluded"),
        ("моркови 1 кг на корейскую", {
            "pyaterochka": E,
            "magnit": ["199761"],
            "dixy": E,
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая, 1 кг», Перекрёсток «Морковь мытая» by weight); «на корейскую» "
           "is the purpose (to make Korean carrot), so ready Korean-carrot salads, canned carrots, carrot "
           "juice/nectar and baby purées are excluded"),
        ("огурцы 2 шт", {
            "pyaterochka": E,
            "magnit": ["200221", "169161"],
            "dixy": E,
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers of any type incl. fresh gherkins (Перекрёсток «Огурцы корнишоны, 300г» in the fresh "
           "section); salted, pickled and canned cucumbers, cucumber shampoo and cheese «с огурцами» excluded; "
           "«2 шт» is a quantity"),
        ("уксус рисовый", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no rice vinegar; Магнит apple vinegar excluded"),
    ]),
    # fxs19 vague: laundry and dishwasher
    ("порошок ариэль, кондер для белья, таблетки в посудомойку finish", [
        ("порошок ариэль", {
            "pyaterochka": ["3149485", "2087255", "3688912"],
            "magnit": ["168231"],
            "dixy": E,
            "perekrestok": E,
        }, "Ariel washing powder, any variant (Пятёрочка «ARIEL Порош. TOUCH OF LENOR FRESH», «Порошок КОЛОР», «СМС "
           "АРОМАТ МАСЛА ШИ пор.» 3 кг, Магнит «Ariel Color, Автомат, 6 кг»); Ariel liquid (СМС «жид.», «Сред. "
           "COLOR моющ. жид.», gels), capsules and other brands' powders excluded"),
        ("кондер для белья", {
            "pyaterochka": ["3465388", "3669625", "3660969", "3625268", "3625310", "3625267", "3627017",
                            "3627015", "4025712"],
            "magnit": ["205131", "159881", "203041", "168241", "109371", "204441", "5f87c5ca15", "fe75ae637f",
                       "e9a603915f", "6571916326"],
            "dixy": E,
            "perekrestok": E,
        }, "fabric conditioner of any brand (Lenor, Vernel, «Е Сенситив»); powders/gels/capsules «свежесть от "
           "Вернель» or «Lenor», hair conditioners, Calgon water softener and Vanish excluded"),
        ("таблетки в посудомойку finish", {
            "pyaterochka": ["3948780", "3925971", "3955097"],
            "magnit": ["106111"],
            "dixy": E,
            "perekrestok": E,
        }, "Finish dishwasher tablets (Powerball All in 1 Max 50/65, Магнит All in 1 50 шт; «FINISH ... POWERB. "
           "ALL IN 1 MAX д/ПММ 65шт» taken as tablets -- Powerball is Finish's tablet line); Somat tablets "
           "excluded (other brand)"),
    ]),
    # fxs20 precise: carbonara
    ("спагетти de cecco 500 г, панчетта или гуанчиале, пекорино романо, перец черный молотый пакетик", [
        ("спагетти de cecco 500 г", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no De Cecco pasta in any store; other brands' spaghetti excluded since the brand was named"),
        ("панчетта или гуанчиале", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no pancetta or guanciale sold as such; Перекрёсток «Шейка-Балык-Бекон Панчетта» is an assortment of "
           "three cuts, and bacon/грудинка are other products -- excluded"),
        ("пекорино романо", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no pecorino in any store; parmesan and other hard cheeses excluded"),
        ("перец черный молотый пакетик", {
            "pyaterochka": E,
            "magnit": ["82dc754b2f"],
            "dixy": E,
            "perekrestok": E,
        }, "ground black pepper in a bag (Восточный гость «Перец черный молотый, 50г»); Kotanyi black pepper in "
           "a grinder (whole corns, not ground, not a bag), pepper mixes, sweet peppers and snacks «с черным "
           "перцем» excluded"),
    ]),
    # fxs21 vague: drinks for the weekend
    ("лимонадик, тоник schweppes, водичка без газа 5л", [
        ("лимонадик", {
            "pyaterochka": ["4084286", "3921439", "3921438", "3921440", "3607122", "4000802"],
            "magnit": ["24f0ca6987", "098a68a212", "251a372cbc", "213721", "214671", "368aba5d6f", "e68424b7d0",
                       "c7e1497ccb"],
            "dixy": E,
            "perekrestok": ["3141246", "3141247", "3013417", "3403323", "3403324", "3477968"],
        }, "lemonade in the Russian sense: drinks titled «Лимонад» (any flavour, incl. «Имбирный лимонад») and "
           "sodas of the classic lemonade flavours Тархун, Дюшес/Груша, Байкал, Крюшон, Барбарис, «Золото Саян» "
           "(Черноголовка, Любимый, Kinder Land, no-name); Черноголовка «Мандарин» (not a classic lemonade "
           "flavour, titled «Напиток»), colas, Fanta/Fancy/Sprite/Street/7Up/Mirinda/Laimon/Добрый-type sodas, "
           "kids' sodas (Ухтышки, Фантола, Ми-Ми-Мишки), tonics, energy drinks, juice drinks, iced tea and "
           "«шипучка» caramel excluded"),
        ("тоник schweppes", {
            "pyaterochka": ["4006516"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Schweppes «Индиан Тоник» 0.9 л; Schweppes «Биттер Лемон», «Спритц Аперитиво» and «Мохито» (not "
           "tonic) and tonics of other brands (Evervess, Rich, Chillout) excluded"),
        ("водичка без газа 5л", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": E,
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles (Малаховская «негазированная» 5 л; Архыз «Легенда Гор» 5 л, "
           "Honey kid Черноголовская 5 л and Аквалайн «для детского питания» 5 л do not say still, but 5 l "
           "bottles and baby water are still -- outside knowledge); smaller bottles and sparkling water "
           "excluded"),
    ]),
    # fxs22 precise: bathroom basics
    ("жидкое мыло 500 мл, шампунь 2 в 1, зубная паста colgate тройное действие", [
        ("жидкое мыло 500 мл", {
            "pyaterochka": E,
            "magnit": ["1aeb42ebee"],
            "dixy": E,
            "perekrestok": E,
        }, "liquid hand soap, 500 ml (AURA «Мыло жидкое ... 500мл»); bar soap, cream soap, shower gels and gift "
           "sets excluded"),
        ("шампунь 2 в 1", {
            "pyaterochka": ["3420658", "3262020", "3689257"],
            "magnit": ["acec144b5f", "198881"],
            "dixy": E,
            "perekrestok": ["4406843"],
        }, "2-in-1 shampoo+conditioner of any brand (Clear, Timotei, Head&Shoulders); 3-in-1 products (Pantene "
           "«3 в 1», Чистая Линия «3в1» shampoo-conditioner-shower gel), plain shampoos and Calgon «2в1» "
           "excluded"),
        ("зубная паста colgate тройное действие", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Colgate «Тройное действие»; Colgate Total 12, Кальций-Ремин, toothbrushes and mouthwash excluded"),
    ]),
    # fxs23 precise: risotto
    ("рис арборио 500 г, кубики бульонные куриные, масло сливочное жирность 82.5%, грибы белые сушеные", [
        ("рис арборио 500 г", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no arborio / risotto rice; other rice and the frozen «Грибное ризотто» vegetable mix excluded"),
        ("кубики бульонные куриные", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no chicken stock cubes; Роллтон «Бульон говяжий» (beef, powder), Maggi seasonings and mixes "
           "excluded"),
        ("масло сливочное жирность 82.5%", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "butter labelled 82.5 %; 82 % butter (Президент, Простоквашино in Магнит and Дикси), 72.5 %, "
           "chocolate butter 62 % and spreads excluded (a written fat % must match)"),
        ("грибы белые сушеные", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no dried porcini; soup «с белыми грибами», sausage «С Белыми Грибами» and crisps excluded"),
    ]),
    # fxs24 vague: Caesar salad
    ("ромэн, сухарики для салата, соус к цезарю, куриную грудку на салат", [
        ("ромэн", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["67334"],
        }, "romaine lettuce: Перекрёсток «Салат Романо, 1шт» (Romano/Romana is the romaine head -- outside "
           "knowledge); mixes «Айсберг и Романо», «айсберг-романо-радичио», iceberg, Фриллис and rocket excluded"),
        ("сухарики для салата", {
            "pyaterochka": ["3611032", "3687988", "3360552", "3919826", "3919827", "17792", "3469320"],
            "magnit": ["4fb9148fb2", "e26d76ca46", "38f3e441a4"],
            "dixy": E,
            "perekrestok": ["4300172", "3916637", "4336877", "4336878", "4336879", "4349523", "3689060",
                            "4300171", "4383071", "4192519", "4221847", "3916635", "3687989", "3688002",
                            "3688000", "4243985", "4327050", "4301063", "4300950", "2063964", "63021", "2063961",
                            "3911761", "3014253", "3385063", "3360550", "3360552", "4199888", "3919827",
                            "3070382", "4351646", "4351645", "3427611", "3492417", "3492421", "3611033",
                            "3611032", "3688061"],
        }, "bread croutons of any flavour sold as сухарики/гренки (incl. packs with a dip, Finn Crisp «Сухарики "
           "Multigrain» and 7 DAYS «Мини сух. Bake Rolls»); «для салата» is a purpose, not a filter; crispbread "
           "(хлебцы), bread sticks, Knorr soup «с сухариками» and the ready Caesar salad/sandwich excluded"),
        ("соус к цезарю", {
            "pyaterochka": ["3427659", "3679725"],
            "magnit": ["ec731c0f45", "213671", "111631"],
            "dixy": E,
            "perekrestok": E,
        }, "Caesar dressing (Calve, Махеевъ, Heinz); other sauces, the brand Цезарь (pizza, pastry), ready "
           "Caesar salad and sandwich roll excluded"),
        ("куриную грудку на салат", {
            "pyaterochka": ["2160026", "2160069", "3963723"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["2160026", "3068079", "2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast, bone-in («грудка без кожи») or fillet; cooked breast (Зелёная Линия «гриль», "
           "«запеченное»), turkey breast/ham, pork «Грудка по-черкизовски», duck breast and whole birds "
           "excluded"),
    ]),
    # fxs25 vague: alcohol-free evening
    ("вино безалкогольное, бри сыр кусочек, виноград зеленый без косточки, крекеры к сыру", [
        ("вино безалкогольное", {
            "pyaterochka": ["4225898"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4277317", "4122687", "4122686", "4225898", "4225894"],
        }, "alcohol-free wine, still or sparkling: titles saying «вино безалкогольное» (Mucho Mas, Albali, "
           "Free Feather white) and Перекрёсток «Напиток Free Feather Merlot безалкогольный красный» (the red of "
           "the same de-alcoholised wine line, titled «напиток» -- outside knowledge); Abrau Light Zero / «Абрау "
           "Лайт Розовый» «напиток безалкогольный» (nothing says they are wine), Магнит Abrau Light «вино/винный "
           "напиток» (not stated alcohol-free), alcoholic wines and alcohol-free beer excluded"),
        ("бри сыр кусочек", {
            "pyaterochka": ["3693219"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4108549", "4392389", "4325430", "3693219", "3621896", "3640880"],
        }, "brie of any brand and size; camembert, «CRÈME DE BRIE» (processed) and other white-mould cheeses "
           "excluded"),
        ("виноград зеленый без косточки", {
            "pyaterochka": ["4327381"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["48657", "48660", "4327381"],
        }, "green seedless grapes: «Виноград белый без косточек», plain «Киш-миш» (seedless; the black kishmish "
           "is titled separately) and «Шайн Мускат нефритовый» (a green seedless variety) -- the last two rest "
           "on outside knowledge; black kishmish, Тайфи (pink, with seeds), Магнит «Виноград черный», grape "
           "juice and drinks excluded"),
        ("крекеры к сыру", {
            "pyaterochka": ["4024592", "3490862", "3950922", "3943974", "3943973", "3238700"],
            "magnit": ["199291"],
            "dixy": E,
            "perekrestok": E,
        }, "crackers of any kind and flavour (TUC, «С кунжутом и семенами льна», «Забавные животные»); «к сыру» is a purpose, "
           "not a filter; chocolate «с крекером», pretzels (Crackzel) and crispbread excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the read-only blind draft, in order (blocks after '=== fxsNN ===' lines)."""
    blocks = {}
    cur = None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            m = re.fullmatch(r"=== (fxs\d\d) ===", line)
            if m:
                cur = m.group(1)
                blocks[cur] = []
            elif cur:
                blocks[cur].append(line)
    return [(k, "\n".join(v).strip("\n")) for k, v in sorted(blocks.items())]


def check_blind(lists):
    blind = blind_texts(BLIND)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for (rid, btext), (text, _) in zip(blind, lists):
        expected = btext
        for old, new in REPLACED.get(rid, []):
            expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("%s: text differs from the blind draft: %r vs %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fxs"))
