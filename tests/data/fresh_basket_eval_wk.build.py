#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wk.jsonl -- a young husband's New Year's Eve shopping lists (typed from his wife's
instructions over several days: salad Olivier, herring under a fur coat, champagne, mandarins, caviar, red fish,
cold cuts) plus the couple's ordinary weekly groceries, hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wk.build.py

LISTS below is literal data: 25 lists (3-5 items, 91 items) as typed to a Telegram bot, and for every item the
product ids of every in-stock offer of every store that a reasonable shopper who wrote exactly that item would
accept.  The list texts were written first, before any offer was read, and frozen in
fresh_basket_eval_wk.blind_lists.txt (read-only); this script checks that every list text here is byte-identical to
that blind draft (apart from the replacements recorded in REPLACED -- there are none) and that the draft is the
recorded version (sha256).  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, e/yo folded) and read one by one; each item was re-checked by
listing every in-stock title matching its stem that was not accepted.  The note of each item records what was
accepted, what was deliberately left out and any judgement that rests on outside knowledge.  An empty list means
the store has nothing acceptable (the item is "missing" there).  The labels were made without reading or running
the tool under evaluation.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in real_offers.jsonl *for that
store* and is in stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and writes the JSONL in
the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fwk01, fwk02, ... in
LISTS order; every list is in split "fresh".
"""
import hashlib
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wk.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wk.blind_lists.txt")
BLIND_SHA256 = "e86faeed60cc6dd84aad0fb712374946f9f44b7b5ed061d24f1d0a358e00dffc"

# Items replaced after labelling because their whole list was empty in all four stores:
# {list id: (item as in the blind draft, item as labelled)}.  No list was empty, so nothing was replaced.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwk01 olivier, day 1
    ("картошка для оливье 1.5 кг\nморковка 3 шт\nяйца с1 по десятку 2 упаковки\nкорнишоны маринованные баночку\nгорошек зеленый бондюэль 2 банки", [
        ("картошка для оливье 1.5 кг", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes in any pack or by weight (1.5 кг is the quantity wanted, not a pack size); the "
           "purpose «для оливье» is not a filter, so Магнит «для жарки»/«для варки» packs count; chips "
           "(«Картофель хрустящий», Lay's…), starch, vareniki, ready salads with potato and Knorr «Картошка "
           "по-деревенски» excluded"),
        ("морковка 3 шт", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots; Korean-style carrot salads, sauerkraut with carrot, juices/nectars and baby purees"
           " excluded"),
        ("яйца с1 по десятку 2 упаковки", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "hen eggs of class С1 in packs of 10 («2 упаковки» is the quantity); СО/«отборные», 6- and 20-egg "
           "packs, quail eggs, Kinder eggs and mayonnaise «на перепелиных яйцах» excluded"),
        ("корнишоны маринованные баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: Магнит «Огурцы соленые, Корнишоны» are salted (not marinated), Магнит "
           "«Ассорти Черри и Корнишоны» is a mixed jar, Перекрёсток «Огурцы корнишоны, 300г» are fresh; "
           "Пятёрочка «СК.САМОБР.Огурчики маринов» and «Огурцы Пикули» do not say корнишоны, so the written "
           "variety is not met"),
        ("горошек зеленый бондюэль 2 банки", {
            "pyaterochka": [],
            "magnit": ["213651", "111581"],
            "dixy": [],
            "perekrestok": ["27460"],
        }, "Bonduelle canned green peas of any size; Globus, 6 соток, Знак Заботы, Маркет and Пятёрочка's "
           "unbranded «молодой Горошек» (brand not stated) excluded; Bonduelle corn, beans, olives excluded"),
    ]),
    # fwk02 olivier, day 2
    ("колбаса докторская грамм 500, майонез провансаль 67% 2 пачки, лучок репчатый 3 шт", [
        ("колбаса докторская грамм 500", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115",
                            "4255289", "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "boiled Докторская sausage of any brand and pack («грамм 500» is the quantity), incl. sliced Ремит"
           " 150 г and Пятёрочка «ЦАРИЦ.Колбаса ДОК.ОСОБ.ХАЛЯЛЬ вар.» (Докторская особая, halal); Докторские "
           "сосиски/сардельки and the energy drink «The Doctor» excluded; Перекрёсток «Окраина Докторская» "
           "accepted though «варёная» is not written (Докторская is a boiled sausage)"),
        ("майонез провансаль 67% 2 пачки", {
            "pyaterochka": ["3695167", "3982578", "3355228", "3355242", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312",
                            "4297313", "4105769", "3695167"],
        }, "mayonnaise sold as «Провансаль» (incl. «Московский Провансаль», olive and quail-egg Провансаль "
           "variants) with 67% on the title; Пятёрочка «Майонез Слобода, 67%, 800 мл» (3193489) accepted "
           "because Перекрёсток titles the same id «Слобода Провансаль 67%», and Перекрёсток «Я люблю "
           "готовить на перепелиных яйцах 67%» (3695167) because Пятёрочка titles the same id «МОС.ПРОВАНС.»;"
           " Перекрёсток «Московский Провансаль классический, 700мл» excluded (no fat % stated); Heinz "
           "«Классический», Mr.Ricco, Слобода «Оливковый» (not Провансаль), 55% «домашний» and Махеевъ «С "
           "перепелиным яйцом» (no %) excluded"),
        ("лучок репчатый 3 шт", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012"],
        }, "bulb onions of any colour (yellow/red/white, Ялтинский, the Магнит «Светофор» 3-onion pack); "
           "green onion, shallot («Лук Шалот» — another allium), Перекрёсток «Лук салатный» (kind not "
           "stated), herb sets with onion, FEDERICI pickled «Луковки» and onion-flavoured snacks excluded"),
    ]),
    # fwk03 herring under a fur coat
    ("селедка слабосоленая филе в масле 2 банки, свеколки на шубу 1 кг, майонез махеев не бери легкий", [
        ("селедка слабосоленая филе в масле 2 банки", {
            "pyaterochka": ["4043492", "3497722", "3603143", "3682728", "3626055"],
            "magnit": ["29793287b9", "8f5e5b9485", "ee295ae8a7", "3068665d37", "112371"],
            "dixy": [],
            "perekrestok": ["4056953", "3621742", "3497722", "79542", "79544", "4360965", "4034451", "4367699",
                            "4367712", "4147685", "4364448", "4225103"],
        }, "herring fillet / fillet-pieces preserves in oil (incl. dill, onion and smoke-aroma variants); "
           "herring fillet preserves in oil are lightly salted by nature, so titles without «слабосол.» "
           "(Матиас, «по-царски», Меридиан…) are accepted (outside knowledge); Пятёрочка «САН.БР.Филе сельди "
           "МАТ.ХХL дел.ж/б» accepted because Перекрёсток titles the same id «…филе-кусочки в масле», "
           "Пятёрочка «Сельдь Тесей Царская, в масле, 400 г» taken as fillet pieces; whole herring, herring "
           "in brine/«заливке», wine marinade, sauces («в соусе виктория», «в пряной заливке»), the «ассорти "
           "По-шведски», Матиас «деликатесное оригинальное» 400 г (oil not stated), herring roe and «Сельдь "
           "под шубой» salads excluded"),
        ("свеколки на шубу 1 кг", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (both are 1 kg packs); beet salads and juices excluded"),
        ("майонез махеев не бери легкий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2047206", "4312243"],
        }, "Махеевъ mayonnaise that is not a light one: Провансаль 67% and «С перепелиным яйцом»; other "
           "Махеевъ products (ketchup, jam, sauces, «Соус ЦЕЗАРЬ майонезный») excluded"),
    ]),
    # fwk04 champagne, mandarins, caviar
    ("шампанское полусладкое российское 3 бутылки, мандарины абхазские 3 кг, икра красная горбуши 2 банки", [
        ("шампанское полусладкое российское 3 бутылки", {
            "pyaterochka": [],
            "magnit": ["213561", "159461", "1a44269ee1"],
            "dixy": [],
            "perekrestok": [],
        }, "Russian semi-sweet sparkling wine: Магнит «Шампанское Российское, Классическое, белое, "
           "полусладкое», «Шато Тамань, игристое, белое, полусладкое» and Абрау-Дюрсо «ИМПЕРАТОРСКОЕ бел "
           "п/сл» (both Russian producers — outside knowledge); Лыхны (Abkhazia), Italian "
           "Lambrusco/Asti/Prosecco, brut/semi-dry sparkling and alcohol-free «Абрау Лайт»/Free Feather "
           "excluded"),
        ("мандарины абхазские 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: the only fresh mandarins (Перекрёсток) are plain, «Марокко» or «Китай» — the "
           "written origin «абхазские» is not met; mandarin juices, sweets and oil-stuffed olives excluded"),
        ("икра красная горбуши 2 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4323783", "4437727", "4432583", "4386122", "3465904"],
        }, "salted pink-salmon (горбуша) caviar in any pack; кета, кижуч, нерка, trout and sturgeon caviar "
           "excluded, as are Магнит «Икра лососевая, зернистая» and Пятёрочка «СВК Икра ТУНГУТУН лос.» "
           "(species not stated), capelin/herring/cod roe, «икорные изделия», vegetable «икра» and red-"
           "caviar-flavoured chips/croutons"),
    ]),
    # fwk05 cold cuts
    ("нарезка сырокопченой колбасы, сыр нарезка маасдам, буженинку, ветчину нарезкой", [
        ("нарезка сырокопченой колбасы", {
            "pyaterochka": ["3379266", "3380222", "3380221", "3653063"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3380222", "3380221", "3648372", "3332887", "3140747", "4425557", "4214450",
                            "4395547", "4273259"],
        }, "sliced raw-smoked (сырокопчёная) sausage: titles with «нар.»/«нарезка»/«в нарезке», Пятёрочка "
           "Егорьевская Брауншвейгская and Столичная 100 г (Перекрёсток titles the same ids «в нарезке»), and"
           " the multi-sausage assortment packs (Велком Ассорти, Бахрушинъ Брауншвейгская+Сальчичон, Маркет "
           "Collection Палермо-Салями Монреаль-Флоренция) taken as sliced (outside knowledge); whole sticks "
           "and pieces of raw-smoked sausage whose titles do not say sliced (Останкино Ароматная 100 г, "
           "Палермо, Салями Парма, Сальчичон, Брауншвейгская Маркет, Лучеза…), cooked-smoked (в/к) servelat, "
           "сыровяленые fuet/chorizo, bacon, грудинка, jamón and carpaccio excluded"),
        ("сыр нарезка маасдам", {
            "pyaterochka": ["3448799"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4074230", "4260755"],
        }, "sliced Maasdam cheese; Пятёрочка Ламбер «Маасдам … Кус» (a piece) excluded"),
        ("буженинку", {
            "pyaterochka": ["78001511", "3618539"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4254839"],
        }, "ready буженина (baked or cooked-smoked pork), whole or sliced; canned «Консервы мясные. Буженина»"
           " and Перекрёсток Индилайт raw turkey «Буженина … в маринаде» (raw meat to be baked) excluded"),
        ("ветчину нарезкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4400358", "4195681"],
        }, "sliced cooked ham: Перекрёсток «Ветчина Черкизово для тостов» and Клинский «По-Клински Для "
           "тостов» (ham «для тостов» is sold sliced — outside knowledge); hams in a piece or with no slicing"
           " stated (Рублевский, МДБ, Вязанка, Индилайт 120 г…), canned ham, dry-cured hams (хамон, "
           "prosciutto, Бахрушинъ сыровяленая), окорок and ham-filled products excluded"),
    ]),
    # fwk06 red fish and sandwiches
    ("семга слабосоленая нарезка 200г, форель кусок подешевле, сливочное масло 82.5% одну пачку, батон нарезной один для бутербродов", [
        ("семга слабосоленая нарезка 200г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: the only sliced salted сёмга (Перекрёсток Русское Море «филе-ломтики», 120 г)"
           " does not have the written 200 г pack, and the 200 г Русское Море сёмга is a «филе-кусок», not "
           "sliced; frozen salmon, salmon salads, spreads and salmon-flavoured snacks excluded"),
        ("форель кусок подешевле", {
            "pyaterochka": ["3923407", "3387455", "4006166"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4217902", "3923407", "4412698", "4285178", "4132667", "4372070", "4408804",
                            "3387455", "4426783", "4385583"],
        }, "salted/lightly salted trout in a piece (филе-кусок; Перекрёсток Люди Любят «филе слабосолёное, "
           "200г» taken as a piece); Пятёрочка «РУС.МОРЕ Форель слабосоленая в/у 200г» accepted because "
           "Перекрёсток titles the same id «филе-кусок»; read in its New-Year list as salted trout for "
           "sandwiches, so frozen raw fillet-pieces and steaks, cold-smoked/semi-smoked trout, sliced «филе-"
           "ломтики» and Silver Fish «с розмарином» 120 г (form not stated) excluded; «подешевле» is a wish, "
           "not a filter"),
        ("сливочное масло 82.5% одну пачку", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled 82,5 %; 82 % (Простоквашино in Магнит/Дикси, Президент), 72,5 % and chocolate "
           "butter 62 % excluded (a written fat % must match exactly)"),
        ("батон нарезной один для бутербродов", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "батон нарезной: Перекрёсток «Батон Нарезной нарезка» and Пятёрочка «Батон «Звездный»нар» («нар» "
           "taken as нарезной — outside knowledge); chocolate «батончики» and other bread excluded"),
    ]),
    # fwk07 weekly dairy and fruit
    ("молоко простоквашино 2.5 2 пакета, кефир 1 процент бутылку, творог пятипроцентный пару пачек, бананы спелые штук 5-6", [
        ("молоко простоквашино 2.5 2 пакета", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2093081", "587286c051", "013e119412"],
        }, "Простоквашино drinking milk of exactly 2.5 % (pasteurised or UHT); 1.5 %, 3.2 %, 3.4–4.5 %, "
           "lactose-free 1.5 %, топлёное milk and other Простоквашино products excluded"),
        ("кефир 1 процент бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: no kefir at all in the offers"),
        ("творог пятипроцентный пару пачек", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese of exactly 5 %; Домик в деревне «мягкий» 5,5 %, flavoured «101 ЗЕРНО+СЛ.» 5 "
           "% (with berries), Данон «зерненый в йогурте», 0.5/3/4/9 % curd, children's curds and curd "
           "desserts excluded"),
        ("бананы спелые штук 5-6", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "3639749", "4112219", "4208494"],
        }, "fresh bananas incl. mini and organic bananas («спелые» is a wish); dried bananas and banana-"
           "flavoured goods excluded"),
    ]),
    # fwk08 crab salad
    ("икра мойвы santa bremor, крабовых палочек две упаковки, кукуруза сладкая консервированная, рис круглый пачку", [
        ("икра мойвы santa bremor", {
            "pyaterochka": ["3976387"],
            "magnit": ["fbee45a3fb", "5a8db3876b"],
            "dixy": [],
            "perekrestok": [],
        }, "Santa Bremor capelin roe of any flavour; Пятёрочка «С.БРЕМ. Икра деликатесная с копченым лососем "
           "180г» accepted as capelin roe (Магнит titles the same Santa Bremor product «Икра мойвы») — "
           "outside knowledge; Магнит «Икра мойвы, деликатесная, с копченым лососем» and Пятёрочка «Икорное "
           "рыбное изделие. Икра деликатесная…» (brand not stated), Русское море capelin roe, Santa Bremor "
           "herring and pastes excluded"),
        ("крабовых палочек две упаковки", {
            "pyaterochka": ["3131715", "3931923"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3406474", "3447879", "3131715", "86385", "4074412", "4425909", "3993014",
                            "3993018", "3337825", "3931923", "4311581", "4166323", "4354524", "4417821"],
        }, "crab sticks (chilled or frozen, any brand/pack, incl. Vici «Палочки … снежный краб» found on the "
           "re-check); «крабовое мясо» (surimi blocks), real crab, crab salad and crab-flavoured "
           "chips/croutons excluded"),
        ("кукуруза сладкая консервированная", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet-corn kernels («сахарная» = sweet); Heinz and Bonduelle corn accepted though "
           "«сладкая» is not written (canned kernel corn is sweet corn — outside knowledge); baby corn cobs "
           "«в початках», corn starch, flakes, sticks, rice-corn crispbread excluded"),
        ("рис круглый пачку", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641", "199371"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice: Магнит Увелка «круглый» and Мистраль «для плова, традиционный, круглый»; "
           "Пятёрочка «МИСТР.Рис для плова традиц.900г» accepted as the same Мистраль product as Магнит's; "
           "Мистраль «Кубань» and Националь «Адриатика» taken as round-grain (outside knowledge); long-grain,"
           " basmati, jasmine, brown, Девзира, other «для плова» rice (grain not stated), rice mixes, flakes "
           "and rice flour excluded"),
    ]),
    # fwk09 drinks for the table
    ("шампанское абрау дюрсо брют как в прошлом году\nмартини асти 1 бутылку\nсок вишневый 2л\nкока-кола 2л две бутылки", [
        ("шампанское абрау дюрсо брют как в прошлом году", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: the only Абрау-Дюрсо sparkling wine is «ИМПЕРАТОРСКОЕ» semi-sweet (Магнит); "
           "«Абрау Купаж» (still red), alcohol-free «Абрау Лайт», Martini/Giacobazzi brut and «Премиум "
           "розовое брют» (producer not stated) excluded"),
        ("мартини асти 1 бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: Магнит has MARTINI Brut and MARTINI Fiero (not Asti) and «Канти Асти» "
           "(another brand)"),
        ("сок вишневый 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: only cherry nectars (Rich, J7, Swell, IL PRIMO), apple-cherry juices and "
           "juice drinks exist, and nothing of 2 l; nectars and mixed juices are not «сок вишневый»"),
        ("кока-кола 2л две бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1860"],
        }, "Coca-Cola in a 2 l bottle; Coca-Cola of other sizes, Coca-Cola Vanilla/Orange/zero, and other "
           "colas (Добрый, Черноголовка, Любимая Кола, Evervess, Pepsi) excluded"),
    ]),
    # fwk10 salad vegetables
    ("огурцы гладкие свежие штук 5\nпомидорки черри лоток\nлимон к рыбе пару штук", [
        ("огурцы гладкие свежие штук 5", {
            "pyaterochka": [],
            "magnit": ["200221"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh smooth cucumbers: Магнит «Огурцы короткоплодные, тепличные» taken as smooth (Магнит sells "
           "the bumpy kind separately as «среднеплодные, пупырчатые») — outside knowledge; pupyrchatye, fresh"
           " gherkins and Перекрёсток «Огурцы Ботаника»/«Хрустящие» (skin not stated) excluded, as are "
           "pickled/salted cucumbers"),
        ("помидорки черри лоток", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841"],
            "dixy": [],
            "perekrestok": ["3676649", "4188460", "3673307"],
        }, "fresh cherry tomatoes (incl. on the vine, plum-shaped and orange cherry); «коктейльные» tomatoes,"
           " regular tomatoes, salted tomatoes and the jarred «Ассорти Черри и Корнишоны» excluded"),
        ("лимон к рыбе пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: no fresh lemons in the offers (Магнит «Лайм» is another fruit); lemon-"
           "flavoured goods excluded"),
    ]),
    # fwk11 weekly groceries
    ("курица целая тушка для запекания, гречневую ядрицу две пачки, спагетти барилла пачку, сосиски молочные грамм 500", [
        ("курица целая тушка для запекания", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4214722", "4252168"],
        }, "a whole raw chicken: Перекрёсток «Тушка цыплёнка» (incl. halal, Петелинка and Зелёная Линия «на "
           "зерновом откорме», the last found on the re-check) and «Цыплёнок корнишон»; Дикси «Цыпленок-"
           "бройлер охлажденный, 1 кг» taken as a whole bird (no part named); chicken parts, duckling, canned"
           " chicken and ready dishes excluded"),
        ("гречневую ядрицу две пачки", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto» accepted though «ядрица» is not written (retail"
           " buckwheat groats are ядрица unless labelled продел — outside knowledge); buckwheat flakes, rice-"
           "buckwheat mix, porridges, buckwheat drinks, soba and ready meals excluded"),
        ("спагетти барилла пачку", {
            "pyaterochka": ["4037644"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Barilla spaghetti; other Barilla shapes (капеллини, пенне, пипе, джирандоле), spaghetti of other "
           "brands, Barilla pesto and chechil «спагетти» excluded"),
        ("сосиски молочные грамм 500", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«Молочные» sausages of any pack («грамм 500» is the quantity); other sausages (сливочные, детям, "
           "венские, баварские…) excluded"),
    ]),
    # fwk12 sprats and bread
    ("шпроты в масле 2 баночки, сардина в собственном соку, бородинский хлеб нарезанный", [
        ("шпроты в масле 2 баночки", {
            "pyaterochka": ["3504456", "3469704", "3609788", "3475329", "3648434", "3468684"],
            "magnit": ["109251"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprats in oil (incl. «из салаки» and «из балтийской кильки»); Пятёрочка «Шпроты крупные, "
           "Вкусные Консервы» accepted though «в масле» is not written (шпроты are canned in oil — outside "
           "knowledge); kilka in tomato excluded"),
        ("сардина в собственном соку", {
            "pyaterochka": ["3613299"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned sardine in its own juice: Пятёрочка «Сардина т/о ИВАСИ натур.» («натуральная» = in its own"
           " juice — outside knowledge); sardine «с овощами», cold-smoked ИВАСИ and Магнит «Иваси (Сардина) "
           "тихоокеанская, 245 г» (form not stated) excluded"),
        ("бородинский хлеб нарезанный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: no Borodinsky bread; «Колбаса Бородинская», the brand «Мясной дом Бородина» "
           "and «Хлебный Дом» excluded"),
    ]),
    # fwk13 fruit for the table
    ("мандаринки самые дешевые, апельсины кг 2, виноград без косточек грамм 500", [
        ("мандаринки самые дешевые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins of any origin («самые дешевые» is a wish, not a filter); mandarin juices, sweets "
           "and olives excluded"),
        ("апельсины кг 2", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges (sold by kg); orange juices, nectars, drinks, jams and flavoured goods excluded"),
        ("виноград без косточек грамм 500", {
            "pyaterochka": ["4327381"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48657", "48660", "57580", "4327381"],
        }, "fresh seedless grapes: «белый без косточек», Киш-миш (seedless by definition) and Шайн Мускат (a "
           "seedless variety — outside knowledge); Тайфи (has seeds), Магнит «Виноград черный» (not stated "
           "seedless), grape juices/oil excluded"),
    ]),
    # fwk14 sweets
    ("конфеты рафаэлло большая коробка, шоколад аленка, торт наполеон к чаю на праздники", [
        ("конфеты рафаэлло большая коробка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: Raffaello is sold only in the 150 г box (Магнит, Перекрёсток), the standard "
           "box; the big box is 240 г (outside knowledge), so the written «большая коробка» is not met"),
        ("шоколад аленка", {
            "pyaterochka": ["3426468", "3601839"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Аленка milk chocolate bars of any size; Аленка gift sets of sweets excluded"),
        ("торт наполеон к чаю на праздники", {
            "pyaterochka": ["3695494", "4047688"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4325084", "4295622"],
        }, "Napoleon cakes; Пятёрочка «Пирожное наполеон» (a pastry), Перекрёсток «Коржи для торта Наполеон» "
           "(layers to bake) and «Торт Home Napoleon Медово-Сметанный» (a honey cake of the brand Home "
           "Napoleon) excluded"),
    ]),
    # fwk15 weekly tea shelf
    ("кофе якобс монарх растворимый банку, сахар пачку 1кг, юбилейного печенья 2 пачки к чаю, сгущенку рогачевскую", [
        ("кофе якобс монарх растворимый банку", {
            "pyaterochka": ["3372172", "3488345"],
            "magnit": ["205121", "106231"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs Monarch instant (freeze-dried) coffee incl. Monarch Intense; «банку» read as the unit "
           "bought (no title states jar or bag); Monarch beans/ground, Jacobs Gold/Crema/Millicano/Velour "
           "excluded"),
        ("сахар пачку 1кг", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "white sugar in a 1 kg pack: Магнит «РУССКИЙ Сахар белый прессованный 1кг» (no form was written, "
           "so pressed sugar counts); cane sugar 500 г, sweeteners and sugar-free/sugared products excluded"),
        ("юбилейного печенья 2 пачки к чаю", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703",
                            "3655049", "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every Юбилейное biscuit (traditional, glazed, oat, fruit, whole-grain, постное, flavoured); "
           "Юбилейное mini-cakes, Meinl «Юбилейный» coffee and «Колбаса Юбилейная» excluded"),
        ("сгущенку рогачевскую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: Рогачёв condensed milk exists only as boiled («вареное», Магнит; «Егорка» "
           "вареное, Пятёрочка), which is not «сгущенка»; Алексеевское condensed milk (another brand) and "
           "Рогачевъ drinking milk excluded"),
    ]),
    # fwk16 wine, cognac, water, juice
    ("грузинское красное полусладкое вино, коньяк пять звездочек, боржоми минералку, апельсиновый сок пакет", [
        ("грузинское красное полусладкое вино", {
            "pyaterochka": [],
            "magnit": ["effe3b5e5d", "199101", "4ed39476cb"],
            "dixy": [],
            "perekrestok": [],
        }, "Georgian red semi-sweet wine: DARDIMANDI Ахашени and Хареба Киндзмараули (Грузия) and Кахури "
           "Киндзмараули (Kindzmarauli is a Georgian appellation — outside knowledge); Лыхны (Abkhazia), "
           "Moldovan, Serbian, Russian and Italian semi-sweet reds, dry wines and sparkling wines excluded"),
        ("коньяк пять звездочек", {
            "pyaterochka": [],
            "magnit": ["202161", "9715c97fe3", "109121", "1cd40d56de", "213541", "199151", "109071", "159661",
                       "168091", "160101", "aa844ca52b"],
            "dixy": [],
            "perekrestok": [],
        }, "five-star cognac/brandy sold as коньяк: titles with «5 звезд»/«5*» and, since the stars of "
           "ordinary cognac denote the years of ageing (outside knowledge), titles with «5 лет»/«пятилетний»,"
           " any bottle size; 3-, 4-, 6- and 7-year and КВ/КС cognacs, brandy and «на коньяке» liqueurs "
           "excluded"),
        ("боржоми минералку", {
            "pyaterochka": ["3943982"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["81514", "3943982"],
        }, "Borjomi mineral water of any size; other mineral waters excluded"),
        ("апельсиновый сок пакет", {
            "pyaterochka": ["84794", "3965623"],
            "magnit": ["204401"],
            "dixy": [],
            "perekrestok": ["3965623", "3190682"],
        }, "single-fruit orange juice (children's J7 orange juice included); «пакет» read as the unit bought,"
           " not a packaging filter; orange nectars (Добрый, Любимый, J7 апельсин-мандарин), orange-mango "
           "nectars, juice drinks and sodas excluded"),
    ]),
    # fwk17 baked pork neck
    ("свиная шейка на запекание 1.5 кг, фольга для запекания рулон побольше, чеснок пару головок для закуски", [
        ("свиная шейка на запекание 1.5 кг", {
            "pyaterochka": ["3957120", "3619731", "3666472"],
            "magnit": ["199511", "107331"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork neck (шейка / шейная часть, boneless or on the bone; «1.5 кг» is the quantity); Магнит "
           "«Стейк из шеи свинины, в маринаде» (cut into steaks) and Ремит cooked-smoked «Шейка из свинины "
           "к/в» excluded"),
        ("фольга для запекания рулон побольше", {
            "pyaterochka": [],
            "magnit": ["f69098d85b"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen aluminium foil («рулон побольше» is a wish)"),
        ("чеснок пару головок для закуски", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic; salted garlic, dried garlic granules, garlic-flavoured goods excluded"),
    ]),
    # fwk18 weekly: mince and pasta
    ("фарш домашний 1 кг, макароны перышки, сметанку 15% 2 шт, российский сыр кусочек грамм 400", [
        ("фарш домашний 1 кг", {
            "pyaterochka": ["3205754", "3673806"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "minced meat sold as «Домашний» (pork-beef); beef, turkey, chicken, «Деревенский», «Премиум» and "
           "Магнит plain pork mince excluded («1 кг» is the quantity)"),
        ("макароны перышки", {
            "pyaterochka": ["18460", "4037652"],
            "magnit": ["199251"],
            "dixy": [],
            "perekrestok": [],
        }, "pasta «перья» incl. «рифлёные» and Barilla «пенне ригате» (penne = перья); pipe rigate and other "
           "shapes excluded"),
        ("сметанку 15% 2 шт", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592",
                            "4431124", "4095525"],
        }, "sour cream of exactly 15 % (incl. lactose-free); 10/20/25/30 % sour cream, «Соус Сметанный» and "
           "sour-cream-flavoured snacks excluded"),
        ("российский сыр кусочек грамм 400", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Российский cheese in a piece: Пятёрочка Брест-Литовск «российский» 200 г («грамм 400» is the "
           "quantity); Перекрёсток «Сыр Российский нарезка» excluded (sliced, while a piece was written); "
           "«Российский» chocolate, cognac, servelat excluded"),
    ]),
    # fwk19 lavash rolls with red fish
    ("красная рыба слабосоленая не копченая, тонкий лаваш пару пачек, сыр творожный альметте, огурцы длинные 2 шт", [
        ("красная рыба слабосоленая не копченая", {
            "pyaterochka": ["3923407", "3387455", "4006166"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3408551", "4362601", "3387452", "3387453", "4408134", "3923407", "4412698",
                            "4285178", "4132667", "4372070", "4408804", "3387455", "3387456", "4349602",
                            "4426783", "4428364", "4385583", "11778", "4019282", "6204"],
        }, "lightly salted salmonid fish (сёмга, форель, нерка) in a piece or sliced; «с/с» read as "
           "слабосолёная; cold-/semi-smoked trout, Gustafsen «соленая» trout (not «слабо-»), frozen/raw fish,"
           " caviar, salads, sandwiches and salmon-flavoured snacks excluded"),
        ("тонкий лаваш пару пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: no lavash; Mission wheat tortillas are another product"),
        ("сыр творожный альметте", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["16402", "2062815", "16401"],
        }, "Almette cream cheese of any flavour; other cream cheeses (Hochland, Violette, Valio, Савушкин) "
           "excluded"),
        ("огурцы длинные 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: no title names long (длинноплодные) cucumbers — Магнит has short and medium "
           "ones, Перекрёсток's «Ботаника»/«Хрустящие» packs and gherkins do not state the kind"),
    ]),
    # fwk20 household
    ("туалетная бумага упаковка 8 рулонов, фейри для посуды лимонный, мешки для мусора 60 литров рулон", [
        ("туалетная бумага упаковка 8 рулонов", {
            "pyaterochka": ["3679801", "3449118", "4059050", "3900558"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 8 rolls; 4- and 12-roll packs, wet toilet paper and paper towels "
           "excluded"),
        ("фейри для посуды лимонный", {
            "pyaterochka": ["3501026", "3500750"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy washing-up liquid «Сочный лимон» (any size); other Fairy scents (Нежные руки, Platinum), "
           "other brands (AOS лимон) and dishwasher tablets excluded"),
        ("мешки для мусора 60 литров рулон", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l rubbish bags (Магнит BIG CITY LIFE «Пакеты д/мусора 60л»); 35 l bags and the BIG CITY LIFE "
           "60 l napkin roll excluded"),
    ]),
    # fwk21 weekly breakfast
    ("кукурузные хлопья на завтрак, йогурт питьевой несладкий без добавок, яйца куриные один десяток, молоко 3.2% 2 пакета", [
        ("кукурузные хлопья на завтрак", {
            "pyaterochka": ["25813"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "corn flakes: Пятёрочка Nestlé «Хлопья GOLD кукур. мед/арахис» (a flavour was not excluded); "
           "Любятово «Завтраки кукурузные» (form not stated), corn sticks/balls, oat/rice/buckwheat flakes "
           "and chocolates with corn flakes excluded"),
        ("йогурт питьевой несладкий без добавок", {
            "pyaterochka": ["3632187", "4035474"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain drinking yoghurt: Пятёрочка «EPICA Йогурт пит.2,9% 290г» and «Биойогурт … Активиа 2,4% "
           "260г» (no flavour named; the 260 г Активиа bottles are the drinking line and the plain ones have "
           "no added sugar — outside knowledge, found on the re-check); flavoured drinking yoghurts, "
           "spoonable yoghurts (incl. plain Danone 3,3 %, Bio-Max «Классический» and plain Greek ones) "
           "excluded"),
        ("яйца куриные один десяток", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "hen eggs of any class in packs of 10; 6- and 20-egg packs, quail eggs and egg-flavoured/shaped "
           "goods excluded"),
        ("молоко 3.2% 2 пакета", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a",
                            "b4411ba8d4", "35ac60eec2", "52d96fd806", "885d917850", "488d323508", "ecc07a0e68",
                            "01f728b210", "f50aeac1bb", "3645807", "4244242", "3431579", "b508e73840",
                            "47a9cd6be2"],
        }, "cow drinking milk labelled exactly 3.2 % (pasteurised/UHT/sterilised, children's milk Агуша, Маша"
           " и Медведь, Сарафаново «детское» included); ranges (3.2–4, 3.2–4.5, «от 3,2% до 6%»), топлёное "
           "milk, other fat levels, condensed, goat, flavoured and Barista milk excluded"),
    ]),
    # fwk22 squid salad
    ("кальмары для салата, оливки без косточки баночку, майонезик легкий, сыр плавленый в брикете", [
        ("кальмары для салата", {
            "pyaterochka": ["4051319"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4122013", "4355942", "4045871", "4323673", "4353629"],
        }, "squid usable for a salad: frozen cleaned tubes, boiled «соломка» and tentacles in brine («для "
           "салата» names the kind, not a filter); dried squid snacks, «Щупальца … в чесночном соусе» (a "
           "ready snack) and ready salads excluded"),
        ("оливки без косточки баночку", {
            "pyaterochka": ["3436775", "4005882"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4249104"],
        }, "pitted (green) olives; маслины (black), olives with stones, stuffed olives (with lemon, orange, "
           "truffle, cheese, shrimp, salmon), grilled olives in oil and olive oil excluded; «баночку» is the "
           "unit, so the ITLV doy-pack counts"),
        ("майонезик легкий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: no light/low-fat mayonnaise (all are 67 %, 55 % «домашний» or without a "
           "stated fat)"),
        ("сыр плавленый в брикете", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: processed cheeses are sold in tubs or as slices (Виола, Hochland, President, "
           "Карат, Дружба 400 г, Экомилк); no block (брикет) processed cheese"),
    ]),
    # fwk23 herring with potatoes
    ("сельдь иваси целая не в масле\nсвеклу вареную\nкартошки на неделю кг 3\nзеленого лука пучок к селедке", [
        ("сельдь иваси целая не в масле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: no whole salted иваси; Пятёрочка ИВАСИ is cold-smoked or canned natural, "
           "Магнит «Иваси (Сардина)» and «Сельдь тихоокеанская» 245 г are tins; whole Atlantic herring is not"
           " иваси"),
        ("свеклу вареную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: only raw beetroot and beet salads"),
        ("картошки на неделю кг 3", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes in any pack or by weight («кг 3» is the quantity); chips, «Картофель хрустящий», "
           "starch, vareniki and ready salads excluded"),
        ("зеленого лука пучок к селедке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295465"],
        }, "fresh green onion; herb mixes with onion (ассорти петрушка-укроп-лук, набор зелени), bulb onions "
           "and onion-flavoured snacks excluded"),
    ]),
    # fwk24 ice cream and sparklers
    ("пломбир в ведерке, мороженое эскимо, бенгальские огоньки", [
        ("пломбир в ведерке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: no plombir in a tub — the only tubs are Экзо fruit/milk ice creams, the 1 l "
           "Пятёрочка «КЛ.ВЕН.» plombir (shape not stated), the rest are bricks, cones, cups and eskimo"),
        ("мороженое эскимо", {
            "pyaterochka": ["4047712", "3926883", "3940931"],
            "magnit": ["ddb32be15c", "388962e3d1", "214721"],
            "dixy": [],
            "perekrestok": ["4311103"],
        }, "ice cream on a stick (эскимо) of any brand/flavour (Milka, Магнат, MAXIDUO, Молочный Знак); "
           "cones, cups, bricks, tubs and logs excluded"),
        ("бенгальские огоньки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: no sparklers (Пятёрочка has party poppers «Хлопушка», another product)"),
    ]),
    # fwk25 weekly staples
    ("вареную колбасу подешевле, сыр голландский грамм 300, нерафинированное подсолнечное масло для винегрета, воду 5л", [
        ("вареную колбасу подешевле", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790",
                            "3931387", "3385815", "3661283", "3484605", "4091338", "3604158", "4038405"],
            "magnit": ["199341"],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115",
                            "4255289", "78001451", "3033317", "4221913", "3639615", "3347584", "4298091",
                            "4384022", "4384021", "4277253", "4258884", "4277251", "4345579", "4352004",
                            "4322790", "4415248", "4338321", "3484605"],
        }, "boiled sausage (варёная колбаса) of any kind and brand: Докторская, Молочная, Любительская, "
           "телячья, языковая, Мясная, Филейная/Филейская, Сливушка, Молокуша, Мортаделла; Пятёрочка Велком "
           "«ЯЗЫКОВАЯ кусок», Великолукский «Молочная Гост» and Магнит «Колбаса Вязанка, Классическая» "
           "accepted as boiled though «варёная» is not written (outside knowledge); Магнит «Колбаса Вязанка, "
           "0,5 кг» (kind not stated), «Фермерская», «Кремлевская», cooked-smoked, semi-smoked and raw-smoked"
           " sausages, ham, sausages/frankfurters and liver sausage excluded; «подешевле» is a wish"),
        ("сыр голландский грамм 300", {
            "pyaterochka": [],
            "magnit": ["a75e794e26"],
            "dixy": [],
            "perekrestok": ["3668519", "3498368"],
        }, "Голландский cheese in any form (piece, sliced, grated; «грамм 300» is the quantity); Bonduelle "
           "olives «фарш. гол. сыр.» excluded"),
        ("нерафинированное подсолнечное масло для винегрета", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "nothing acceptable: all sunflower oils are refined (Олейна, Благо, Mr.Ricco, Слобода) or "
           "flavoured ALMADOR (refining not stated); unrefined olive oil is another oil"),
        ("воду 5л", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking/table water in a 5 l bottle (incl. children's water Honey kid Черноголовская and "
           "Аквалайн «Для ляль», and Архыз «Легенда Гор» table water); smaller bottles excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft, in order: every line between '=== fwkNN ===' separators."""
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    blocks = re.split(r"^=== fwk\d\d ===\n", raw, flags=re.M)[1:]
    return [b[:-1] if b.endswith("\n") else b for b in blocks]


def check_against_blind():
    with open(BLIND, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    errors = []
    if digest != BLIND_SHA256:
        errors.append("blind draft changed: sha256 %s, recorded %s" % (digest, BLIND_SHA256))
    texts = blind_texts(BLIND)
    if len(texts) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(texts), len(LISTS)))
    for n, (blind, (text, _items)) in enumerate(zip(texts, LISTS), 1):
        rid = "fwk%02d" % n
        expected = blind
        if rid in REPLACED:
            old, new = REPLACED[rid]
            if blind.count(old) != 1:
                errors.append("%s: replaced item %r not found once in the blind text" % (rid, old))
            expected = blind.replace(old, new)
        if text != expected:
            errors.append("%s: text differs from the blind draft: %r != %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_against_blind()
    stats(build(LISTS, OFFERS, OUT, "fwk"))
