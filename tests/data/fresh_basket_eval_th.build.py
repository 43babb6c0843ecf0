#!/usr/bin/env python3
"""Re-create fresh_basket_eval_th.jsonl -- 25 shopping lists of a label-reading, health-conscious shopper
(«без пальмового масла», «без консервантов», «без сахара», «натуральный», «цельнозерновой», «на сливках», «из
цельного молока», «ГОСТ», «БЗМЖ», «без добавок», «фермерский» and ordinary everyday items), hand-labelled against
the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_th.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_th.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

A label claim the shopper wrote is a requirement: an offer is accepted only if its title states the claim, or if
the claim holds for every product sold under that name by definition or by law (e.g. every «сметана» is made from
cream and is БЗМЖ, every «сок» is without added sugar); the notes say which.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of each list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item has
a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) -- and
writes the JSONL; labelled_lists.stats prints the counts.  List ids are fth01, fth02, ... in LISTS order; every list
is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_th.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_th.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (11, "ряженка 4% БЗМЖ", "варенец 4% БЗМЖ"),
    (14, "мюсли без сахара подешевле", "хлопья овсяные без сахара подешевле"),
    (21, "зефир без красителей", "пастила без добавления сахара"),
]

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def acc(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


# ids reused by several items
SMETANA_20 = dict(
    pyaterochka=["3664287"],
    perekrestok=["3664287", "3651188", "4262694", "4349770", "4121609", "4217906", "3293409", "4314537", "3444929",
                 "3634033", "58101"],
)
SMETANA_15 = dict(
    pyaterochka=["3665624"],
    magnit=["de14617e33", "199001"],
    perekrestok=["3665624", "4262697", "4272205", "4095525", "4121592", "4431124", "4217907", "4335470", "4314536"],
)
SMETANA_ALL = dict(
    pyaterochka=["3664287", "3665624"],
    magnit=["de14617e33", "199001"],
    perekrestok=["4287503", "3664287", "3665624", "4262697", "4272205", "4095525", "4121592", "3651188", "4262694",
                 "4349770", "4121609", "4431124", "4217907", "3665625", "4217906", "3293409", "4335470", "3478958",
                 "4314536", "3444929", "3634033", "4314537", "58101"],
)
CARROTS = dict(magnit=["199761"], perekrestok=["52112"])

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 dairy and bread
    ("молоко гост 3.2%, творог 5% бзмж пару пачек, хлеб цельнозерновой буханку, яйца с0 один десяток", [
        ("молоко гост 3.2%", NONE,
         "«ГОСТ» is a claim the shopper requires and no milk title states it (no chain names the standard on its milk); "
         "the 3.2% milks of every chain (Dixy Веселая коровка, Perekrestok Домик в деревне/Пр!ст/Село Зелёное…, "
         "Pyaterochka Маша и Медведь/Сарафаново…) are therefore not accepted; 3.2-6% ranges would fail the fat anyway"),
        ("творог 5% бзмж пару пачек", acc(pyaterochka=["3617778"], perekrestok=["4216657"]),
         "plain cottage cheese 5% (Село Зелёное 500 g, Молочный знак 180 g); «бзмж» holds for every product sold as "
         "«творог» (outside knowledge: under TR CU 033 a product with milk-fat substitute may not bear the name of the "
         "dairy product, and БЗМЖ marking is compulsory), so titles without the mark are accepted; «пару пачек» is a "
         "quantity; Домик в деревне «мягкий» 5.5%, Dixy Брест-Литовск 3%, 0.5%/9% curds, Савушкин 101 зерно with "
         "blackberry/strawberry, Danone cottage cheese in fruit yoghurt, creamy/curd cheeses and desserts excluded"),
        ("хлеб цельнозерновой буханку", NONE,
         "no bread titled whole-grain in any chain; Pyaterochka «Хлеб зерновой, Ржаной Край» (зерновой = with grains, "
         "not цельнозерновой), Даниловский, Марьин, батоны and Юбилейное «с цельнозерновыми злаками» cookies excluded"),
        ("яйца с0 один десяток", acc(pyaterochka=["3620510"], perekrestok=["3634491", "3062835", "44323"]),
         "chicken eggs of class С0 (= «СО» = «отборные») in packs of 10: Волжское утро отборные 10 шт, Маркет СО 10 шт, "
         "Окское СО 10 шт, Роскар Экстра СО 10 шт («Экстра» is a freshness mark on top of class СО); С1 packs, "
         "Волжанин отборные 6 шт, 20-packs and quail eggs excluded"),
    ]),
    # L02
    ("сметанка 20% на сливках бзмж\nмаслице сливочное 82.5 без пальмового масла\nкефир 2.5% без консервантов", [
        ("сметанка 20% на сливках бзмж", acc(**SMETANA_20),
         "every sour cream of exactly 20% (incl. Parmalat Comfort lactose-free 20%); «на сливках» and «бзмж» hold for "
         "every product sold as «сметана» (outside knowledge: TR CU 033 defines сметана as fermented cream, and a "
         "product with milk-fat substitute may not be called сметана), so no title needs to state them; 10/15/25/30% "
         "sour creams, Махеевъ «Соус Сметанный» and sour-cream cakes excluded; Magnit and Dixy carry no 20% sour cream"),
        ("маслице сливочное 82.5 без пальмового масла",
         acc(pyaterochka=["3948153", "4063188", "3612680", "3953367"]),
         "butter of 82.5% (Традиционное 175 g, сладко-сливочное несолёное 380 g, Вкуснотеево 400 g, Тысяча озёр 400 g); "
         "«без пальмового масла» holds for every product sold as «масло сливочное» (outside knowledge: butter is made "
         "from milk fat only, with vegetable fat it must be sold as «спред»); 82% butters (Простоквашино at Dixy and "
         "Magnit, Президент кислосливочное 82%) fail the written 82.5, Брест-Литовск 72.5% and Экомилк chocolate "
         "butter 62% excluded; Perekrestok carries no butter"),
        ("кефир 2.5% без консервантов", NONE,
         "no kefir at all in the recorded offers (varenets, Агуша ryazhenka and the Халалмилк «тан» drink are other "
         "products)"),
    ]),
    # L03
    ("йогурт натуральный без сахара 2 шт, гранола без сахара 1 пачка, бананов килограмм полтора, мед натуральный одну баночку", [
        ("йогурт натуральный без сахара 2 шт", acc(perekrestok=["4324114"]),
         "plain yoghurt whose title states «без сахара»: Neo греческий классический без сахара 2%; plain yoghurts whose "
         "titles do not state it (Зелёная Линия греческий натуральный 4%, Teos/Простоквашино Греческий 2%, Danone 3.3%, "
         "Epica 2.9%, Activia 2.4%, Bio-Max Классический) are not accepted because added sugar cannot be ruled out from "
         "the title; fruit, cereal and flavoured yoghurts, drinking-yoghurt cocktails and children's yoghurts with "
         "fillers excluded"),
        ("гранола без сахара 1 пачка", NONE,
         "no granola in any chain; Kellogg's «Гран-мюсли» with milk chocolate / nuts-fruit, Слобода yoghurt «с гранолой», "
         "ОГО/AXA/Matti muesli (sweetened, none titled без сахара) are not sugar-free granola"),
        ("бананов килограмм полтора", acc(perekrestok=["3757", "3639749", "4208494", "4112219"]),
         "fresh bananas (loose, packed, Organic, mini); «килограмм полтора» is a quantity; dried bananas, banana "
         "sweets, purees, yoghurts and juices excluded; Pyaterochka, Magnit and Dixy carry no fresh bananas"),
        ("мед натуральный одну баночку", acc(pyaterochka=["3645764", "3645749"], magnit=["d32ff23653"]),
         "honey in jars (Медовый дом цветочный Южный цветок, Восточная липа, разнотравье); honey is natural by "
         "definition and all three titles say «натуральный»; Крем-мёд with raspberry / lemon-ginger (flavoured), "
         "чак-чак, honey cakes, honey-flavoured cookies and muesli excluded; «одну баночку» is a quantity"),
    ]),
    # L04
    ("печенье без пальмового масла ребенку в садик, сок яблочный детский без сахара, творожки детские без консерватнов", [
        ("печенье без пальмового масла ребенку в садик", NONE,
         "no cookie title states «без пальмового масла» (no title mentions palm oil at all) and the fat of a cookie "
         "cannot be read from its name; all cookies (Юбилейное, Любятово, Honey Kid children's rusks…) left out"),
        ("сок яблочный детский без сахара",
         acc(pyaterochka=["3679184", "3679183", "3684252"], magnit=["eef4bdbf61"], perekrestok=["80142"]),
         "single-fruit apple juice for children: Фруктовый сад «д/дет.пит.» 1.93 l and 0.95 l, Honey Kid яблоко 200 ml "
         "(Honey Kid is a baby-food brand, sold under «Товары для детей»), Агуша яблоко 200 ml, Сады Придонья зелёное "
         "яблоко «для детского питания» 1 l; «без сахара» holds for every product sold as «сок» (outside knowledge: "
         "TR CU 023 forbids adding sugar to juice); apple juices not titled for children (Сады Придонья прямого отжима 1 l and Magnit 0.125 l, "
         "Rich, J7, Добрый, Soko Grande, Swell) fail «детский»; Любимый «нектар» for children, Агуша «вода+сок», apple-cherry/"
         "-rosehip/-grape juices and pear juice excluded"),
        ("творожки детские без консерватнов", NONE,
         "children's curd products exist (Pyaterochka Мама Лама, Тёма and Верховье biotvorog, nature 3.5%, Магнит/"
         "Pyaterochka Чудо «Творожок» desserts) but no title states «без консервантов» and the claim is not guaranteed "
         "for curd desserts, so none is accepted (the typo «консерватнов» is kept as typed)"),
    ]),
    # L05
    ("докторская колбаса по ГОСТу, сосиски молочные гостовские, сыр российский бзмж полкило, батон нарезной одну штуку", [
        ("докторская колбаса по ГОСТу", NONE,
         "many «Докторская» sausages (Велком, МД Бородина, Клинский, Рублевский, Ближние Горки, Вязанка, Ремит, Маркет…) "
         "but none whose title states ГОСТ; category А/высший сорт is not the same statement, so none is accepted; "
         "Рублевский «Сардельки Докторские» and Велком «Сосиски Докторские» are other products anyway"),
        ("сосиски молочные гостовские", NONE,
         "milk sausages exist (Pyaterochka Велком молочные, Magnit «Сосиски Молочные» 0.33/0.65 kg) but none is titled "
         "ГОСТ; Ближние Горки «Сосиски СЛИВОЧ.ГОСТ» are cream sausages, not milk sausages (trap), and «Колбаса Молочная "
         "Гост» is a sausage loaf, not sosiski"),
        ("сыр российский бзмж полкило", acc(pyaterochka=["4046889"], perekrestok=["3668842"]),
         "Российский cheese: Брест-Литовск российский 50% (title also says БЗМЖ), Зелёная Линия Российский нарезка 50%; "
         "«бзмж» holds for every product sold as «сыр» (outside knowledge, TR CU 033 name protection); «полкило» is a "
         "quantity; other semi-hard cheeses, «Российский» chocolate, cognac and sparkling wine excluded"),
        ("батон нарезной одну штуку", acc(pyaterochka=["3985404"], perekrestok=["3974714"]),
         "white loaf «нарезной»: Perekrestok Маркет «Батон Нарезной нарезка» 400 g; Pyaterochka Хлебный Дом «Батон "
         "Звездный нар.» 350 g accepted as an everyday sliced white батон (judgement: «нар.» read as нарезной/нарезанный); "
         "«одну штуку» is a quantity; chocolate bars «батончик», сдоба and хлебцы excluded"),
    ]),
    # L06
    ("макароны из твердых сортов пшеницы 2 пачки, томатная паста без добавок, фарш говяжий фермерский 1кг, лук репчатый килограмма два", [
        ("макароны из твердых сортов пшеницы 2 пачки",
         acc(pyaterochka=["4037645", "4037652", "4037654", "4037666", "4037644", "4008044", "4008045", "4008046",
                          "4008047", "3687625", "4072891", "4072894", "4077766", "4077767", "4077771"],
             magnit=["199251", "167851", "214631"]),
         "dry pasta of durum wheat: titles saying «из твердых сортов пшеницы» or «группа А» (outside knowledge: GOST "
         "31743 group А = durum wheat) — Barilla, the Pyaterochka group-А spaghetti/улитки/рожок/ракушки, MAKFA Свитки "
         "гр.А, Фарфаллине/Фьорелини, Farfalle/Fusilli/Spaghetti 500 g, Gusto di Roma Fusilli «из твёрдых сортов»; "
         "Magnit Barilla Джирандоле accepted because Barilla pasta is durum (Pyaterochka titles the same product so) and "
         "Magnit Макфа перья because Makfa's standard pasta is group А (outside knowledge); Federici, La Molisana and "
         "Baisad titles do not state the wheat and are left out; soba/udon/funchoza, lagman noodles, ready pasta dishes "
         "and Увелка pasta kit excluded; «2 пачки» is a quantity"),
        ("томатная паста без добавок", NONE,
         "tomato pastes exist (Pyaterochka Помидорка 480 ml and 250 ml, Heinz 310 g, Махеевъ «Паста ДОМАШНЯЯ томат.») but "
         "no title states «без добавок» and the claim is not guaranteed for every tomato paste, so none is accepted; "
         "ketchups and tomato sauces are other products"),
        ("фарш говяжий фермерский 1кг", NONE,
         "beef mince exists (Pyaterochka Мираторг, Рестория, Останкино) but none is titled фермерский; mixed «Домашний»/"
         "«Деревенский» minces and Magnit pork mince are other products; Magnit Eat Meat «Фермерские» are pelmeni"),
        ("лук репчатый килограмма два",
         acc(magnit=["168731", "168721", "168741"], perekrestok=["79012", "79135", "3368252", "3623836"]),
         "fresh bulb onions of any colour (no colour was written): Perekrestok «Лук репчатый красный/белый», Ялтинский "
         "loose and 350 g; Magnit Светофор (three colours), репчатый красный 500 g, Ялтинский 300 g; shallots, "
         "Perekrestok «Лук салатный» (unclear product), herb mixes with green onion, FEDERICI «Луковки» (pickled) and "
         "onion-flavoured snacks excluded; «килограмма два» is a quantity"),
    ]),
    # L07
    ("овсянка цельнозерновая долгой варки, молоко фермерское, изюм без косточек для каши, орехи грецкие очищенные граммов 200", [
        ("овсянка цельнозерновая долгой варки", acc(pyaterochka=["3472901", "4027131"]),
         "traditional rolled oats: Увелка «Хлопья зерн. овсян. трад.» 400 g and Клинские «Геркулес» 500 g (outside "
         "knowledge: rolled oat flakes are whole grain, and traditional/Геркулес flakes are the long-cooking kind); "
         "instant «без варки» assortment, Ясно Солнышко porridge with berries, multigrain and buckwheat flakes, Велле "
         "oat drinks and oat cookies excluded"),
        ("молоко фермерское", acc(perekrestok=["814b6ca461", "7f46c8a5c5", "e9b2520f64", "949b3dd46f"]),
         "drinking cow milk whose label carries the farm claim: Асеньевская Ферма (3.4-6%, 2.5%, цельное 330 ml) and "
         "Залесский Фермер (judgement: both are farm-dairy brands, the claim «ферма/фермер» is printed on the pack); "
         "Домик в деревне, Село Зелёное and other brands make no farm claim; goat milk, flavoured, condensed and "
         "baked milk excluded"),
        ("изюм без косточек для каши", NONE,
         "no raisins sold on their own; Семушка nut-and-raisin mix, Студенческий mix, raisin cookies and muesli excluded"),
        ("орехи грецкие очищенные граммов 200", acc(pyaterochka=["3915361", "3982582"]),
         "shelled walnuts: BOTANICA «Ядро ореха грецкого» 140 g and Mix Bar «Грецкий орех» 100 g (judgement: a 100 g "
         "snack pack holds kernels); Magnit «Орех грецкий, неочищенный» fails «очищенные»; nut mixes, walnut jam, "
         "walnut sausage/cheese excluded; «граммов 200» is a quantity"),
    ]),
    # L08
    ("мороженое пломбир на сливках гост, шоколадка горькая без сахара, сливки 33% для взбивания на торт", [
        ("мороженое пломбир на сливках гост", NONE,
         "plombir ice creams exist (Как раньше, Славино, 48 копеек, Свитлогорье, Сарафаново, Чистая линия, Молочный Знак "
         "эскимо) but none is titled ГОСТ (nor «на сливках»), so none is accepted; Чудо «Ванильный пломбир» milkshake "
         "and plombir-flavoured yoghurts are other products"),
        ("шоколадка горькая без сахара", NONE,
         "dark/bitter chocolates exist (Merci 72%, Alpen Gold Bitter 70%, Коркунов 70%, Бабаевский 75%…) but none is "
         "titled без сахара; the only sugar-free sweets are mints and gum"),
        ("сливки 33% для взбивания на торт", acc(pyaterochka=["12721"], magnit=["204651"]),
         "cream of 33% (Домик в деревне 480 ml / 480 g), the whipping cream; «для взбивания на торт» is the purpose "
         "33% cream serves; 10/11/20% creams, Сопьо Крима and Mr. Сливкин substitutes excluded"),
    ]),
    # L09
    ("кетчуп без консервантов\nмайонез натуральный состав\nогурчики свежие штук 5\nпомидоры подешевле", [
        ("кетчуп без консервантов", NONE,
         "ketchups exist (Heinz, Махеевъ, Слобода, Restoria, Астория, Mr.Ricco, Кальве) but no title states «без "
         "консервантов» and the claim is not guaranteed for ketchup, so none is accepted"),
        ("майонез натуральный состав", NONE,
         "no mayonnaise title claims a natural composition; Mr.Ricco «Organic» is a line name, «на перепелином яйце», "
         "«оливковый», «домашний» are varieties, not the claim; none accepted"),
        ("огурчики свежие штук 5",
         acc(magnit=["200221", "169161"], perekrestok=["4391463", "3368258", "3682401"]),
         "fresh cucumbers: Magnit короткоплодные and среднеплодные пупырчатые; Perekrestok Ботаника 420 g, «Огурцы "
         "корнишоны» 300 g and «Огурцы Хрустящие» 450 g (judgement: sold with the fresh vegetables, titles name no "
         "brine); salted/pickled cucumbers (Мелень, Глобус, Самобранка, Дядя Ваня, Magnit «соленые Корнишоны», Маркет "
         "бочковые) and Magnit «Ассорти Черри и Корнишоны» 500 g (probably the pickled assortment) excluded; «штук 5» "
         "is a quantity"),
        ("помидоры подешевле",
         acc(magnit=["199891", "168851", "168841", "169381", "107681", "107631", "107621", "107611"],
             perekrestok=["3673307", "4217380", "3676649", "4188460", "4327843", "4355823", "3017019"]),
         "fresh tomatoes of every kind incl. cherry, plum, pink, on the vine and orange cherry; «подешевле» is a wish; "
         "marinated and salted tomatoes, Magnit «Ассорти Черри и Корнишоны», tomato paste/juice/ketchup excluded"),
    ]),
    # L10
    ("сгущенка гост из цельного молока, какао порошок натуральный без сахара, мука цельнозерновая для пирога", [
        ("сгущенка гост из цельного молока", NONE,
         "condensed whole milk exists (Алексеевское «цельное с сахаром» at all three big chains) but no title states "
         "ГОСТ, so none is accepted; Рогачев boiled condensed milk and everything «со сгущёнкой» are other products"),
        ("какао порошок натуральный без сахара", acc(pyaterochka=["3614049"]),
         "Коммунарка «Какао-порошок» 150 g (outside knowledge: cocoa powder is pure ground cocoa, natural and without "
         "sugar by definition); Nesquik (Magnit 500 g, Opti-Start, All Natural), Ухтышки and Macchocolate are sweetened "
         "instant cocoa drinks and excluded"),
        ("мука цельнозерновая для пирога", acc(pyaterochka=["3605057"]),
         "Рязаночка «Мука пшеничная из цельносмолотого зерна» 1 kg (цельносмолотая = whole-grain flour); высший сорт, "
         "экстра, хлебопекарная, rye «обдирная», rice and durum «крупка» flours excluded; «для пирога» is a purpose"),
    ]),
    # L11 (one item replaced: the blind list was empty in all four stores)
    ("варенец 4% БЗМЖ, творожная масса без консервантов, сырки глазированные без пальмового масла", [
        ("варенец 4% БЗМЖ", acc(pyaterochka=["3610732"]),
         "REPLACED (blind item «ряженка 4% БЗМЖ», no ryazhenka of 4% anywhere, only Агуша strawberry 2.9%): varenets of "
         "4% (Варенец термостатный 4% 350 g); БЗМЖ holds for every product sold as «варенец» (outside knowledge, TR CU "
         "033 name protection)"),
        ("творожная масса без консервантов", NONE,
         "no curd mass (творожная масса) in any chain; Савушкин «Паста творожная» with coconut/cheesecake flavour, curd "
         "desserts and glazed сырки are other products"),
        ("сырки глазированные без пальмового масла", NONE,
         "glazed curd bars exist (Pyaterochka Б.Ю.Александров in milk/white chocolate, Суфле, Картошка, pistachio) but no "
         "title states «без пальмового масла» and the fat of the glaze/filling cannot be read from the name; none "
         "accepted"),
    ]),
    # L12
    ("тушенка говяжья гост высший сорт пару банок, гречка ядрица пачки три, морковка на суп полкило", [
        ("тушенка говяжья гост высший сорт пару банок", acc(pyaterochka=["2160460"]),
         "stewed beef titled both ГОСТ and высший сорт: Любимый дом «Говядина туш. ГОСТ в/с» 338 g; Семейный Бюджет "
         "«Говядина, Гост, тушеная» (grade not stated), Великолукский «Говядина тушеная высший сорт» (ГОСТ not stated), АК СНОВ, Лужская марка 1 сорт, Барс «Экстра», Magnit Русь "
         "«Экстра» (no ГОСТ), stewed pork (СОВОК, Великолукский, Елинский, Барс, Лужская) and venison excluded; «пару "
         "банок» is a quantity"),
        ("гречка ядрица пачки три", acc(magnit=["203081"]),
         "Prosto «Крупа Гречневая» 500 g (judgement: buckwheat groats titled without «ядрица» taken as ядрица, no продел "
         "on sale); buckwheat flakes (Увелка, Мистраль), Nestlé buckwheat baby porridge, Prosto «Рис и греча» mix, soba "
         "noodles, canned buckwheat with meat and the buckwheat kit excluded; «пачки три» is a quantity"),
        ("морковка на суп полкило", acc(**CARROTS),
         "fresh carrots (Perekrestok «Морковь мытая» loose, Magnit «Морковь мытая» 1 kg); «на суп» and «полкило» are "
         "purpose and quantity; sauerkraut with carrot, Korean-style salads and carrot juices excluded"),
    ]),
    # L13
    ("сыр без заменителя молочного жира, йогурт греческий натуральный без добавок, масло сливочное фермерское", [
        ("сыр без заменителя молочного жира",
         acc(pyaterochka=["4045672", "3619760", "4011107", "3605249", "3669895", "3448799", "3658573", "3914313",
                          "4062968", "3672506", "4070003", "3631154", "3918445", "4047497", "3695000", "24647",
                          "3462825", "4055754", "3919797", "4046889", "3436718", "3670271", "3926818", "3435839",
                          "3499152", "3670270", "3926819", "4062961", "3452403", "4087692", "3433812", "3433594",
                          "3504112", "3953338", "3932860", "3650219", "3693219", "3665147", "3976999"],
             magnit=["fb96cc90aa", "a75e794e26", "199231", "160261", "111651"],
             dixy=["05060beac0"],
             perekrestok=["3912980", "3498368", "3453245", "4418717", "4111694", "4263132", "4377387", "4078445",
                          "3452403", "4050804", "3480834", "4263131", "3433594", "4377381", "15105", "4260755",
                          "3920347", "4108547", "4108549", "4392389", "3640879", "4325430", "4325429", "3654470",
                          "4029240", "3025963", "3466978", "3640880", "4089117", "3621896", "3206443", "4011107",
                          "3505827", "4121964", "4050805", "4227953", "3165362", "4226887", "4236799", "3436716",
                          "3668842", "3963977", "4394485", "3446529", "4236800", "4302547", "3626124", "4074230",
                          "24160", "3668519", "4280100", "4050535", "3446834", "3433812", "4050536", "3203422",
                          "3620040", "4108550", "3614011", "3693219", "3918445", "4280098", "3484610", "4373714",
                          "3228233", "4289052", "4378185", "4297132", "3421874", "3958444", "4121963", "3432217",
                          "3432218", "3440590"]),
         "real cheese = any product sold as «сыр» (outside knowledge: with milk-fat substitute it must be sold as «сырный "
         "продукт»): hard, semi-hard, light, sliced, grated, mould, brine (сулугуни, чечил incl. smoked, брынза, фета, "
         "Сиртаки «сыр рассольный», Фетика, Хоритаки), mozzarella/burrata, lactose-free and protein cheeses and the Say "
         "Cheese assortment; excluded: processed cheeses (Виола, Карат, President, Hochland, «Фетакса», Galbani "
         "ломтевой, Pyaterochka Valio «4 Сыра» — a Viola processed cheese, Hochland «Сливочный» 220 g — a tub cheese), "
         "curd and cream cheeses (Almette, Violette, Mlekara Sabac «А ла Каймак» spread, Dorblu A La Creme), «Продукт "
         "рассольный Сиртаки Original» (not titled сыр), flavoured cheeses (pesto, walnut, tomato-basil, truffle "
         "Camembert and burrata, Ларец с лисичками), сырки, cheese sauces/snacks"),
        ("йогурт греческий натуральный без добавок", NONE,
         "plain Greek yoghurts exist (Perekrestok Neo классический без сахара, Зелёная Линия натуральный 4%, Teos and "
         "Простоквашино Греческий 2%) but no title states «без добавок» and thickeners/sugar cannot be ruled out from "
         "the titles, so none is accepted; Greek yoghurts with fruit fillers (Pyaterochka черника/вишня, Dixy Viola "
         "малина-мята) fail plain anyway"),
        ("масло сливочное фермерское", NONE,
         "no butter titled фермерское (Pyaterochka Традиционное, Вкуснотеево, Тысяча озёр, Президент, Брест-Литовск, "
         "Dixy/Magnit Простоквашино make no farm claim)"),
    ]),
    # L14 (one item replaced: the blind list was empty in all four stores)
    ("хлопья овсяные без сахара подешевле, хлебцы цельнозерновые пачку, арахисовая паста без сахара и пальмового масла", [
        ("хлопья овсяные без сахара подешевле", acc(pyaterochka=["4027131", "3472901"]),
         "REPLACED (blind item «мюсли без сахара подешевле», no muesli titled без сахара anywhere): plain rolled oats "
         "(Клинские «Геркулес» 500 g, Увелка traditional 400 g), sugar-free by definition (a single-ingredient "
         "product); instant flavoured oat porridges, multigrain and buckwheat flakes, muesli and sweetened cereals "
         "excluded; «подешевле» is a wish"),
        ("хлебцы цельнозерновые пачку", NONE,
         "crispbreads exist (Dr.Korner, Щедрые, Croisette, Образ жизни, Magnit wheat, Eco-Botanica) but none is titled "
         "цельнозерновые; «Злаковый коктейль», «5 злаков», ржано-пшеничные are not that claim"),
        ("арахисовая паста без сахара и пальмового масла", NONE,
         "no peanut butter in any chain; chocolate-peanut spread Золотой степ, peanut snacks, halva and nougat excluded"),
    ]),
    # L15
    ("курица фермерская целая тушка, картошечки килограмма три, сметанка деревенская 15%, укропа свежего пучочек маленький", [
        ("курица фермерская целая тушка", NONE,
         "whole chickens exist (Dixy Цыпленок-бройлер, Perekrestok тушка цыплёнка 1 сорт / Петелинка / An-noor Халяль, "
         "Зелёная Линия корнишон and «на зерновом откорме») but none is titled фермерская"),
        ("картошечки килограмма три",
         acc(magnit=["199751", "168701", "168671", "109571", "107511"], dixy=["72aaa021b7"],
             perekrestok=["2099571", "3646068"]),
         "fresh potatoes of any kind and pack (мытый, красный, молодой, новый урожай, для жарки, для варки); «килограмма "
         "три» is a quantity; potato starch, chips/«картофель хрустящий», Knorr potato meals, marzipan «Картошка» excluded"),
        ("сметанка деревенская 15%", NONE,
         "no sour cream titled деревенская; Домик в деревне 15% is a brand name, not the claim (trap); other 15% sour "
         "creams make no village/farm claim"),
        ("укропа свежего пучочек маленький", acc(magnit=["109841"], perekrestok=["4295468"]),
         "fresh dill alone (Magnit 100 g, Perekrestok Маркет Fresh 100 g); herb mixes (лук-укроп-петрушка), dried dill "
         "(Восточный гость) and herring «с укропом» excluded"),
    ]),
    # L16
    ("яйца фермерские десяток, бекон в нарезке пачку, моцареллу для пиццы, хлеб на закваске без дрожжей", [
        ("яйца фермерские десяток", NONE,
         "no eggs titled фермерские; Село Зелёное «Деревенское» С1 is a village name, not the farm claim (trap); other "
         "10-packs make no claim"),
        ("бекон в нарезке пачку", acc(pyaterochka=["3445554"], perekrestok=["3445554"]),
         "sliced bacon: Дымов «Венгерский» 200 g, titled «нарезка» at Perekrestok; Pyaterochka sells the same product "
         "under the same X5 PLU 3445554, so it is accepted there too (judgement); other bacons (Велком, Cortador, Market "
         "Collection венгерский, Pyaterochka 150/180 g) do not say they are sliced and the form «в нарезке» is "
         "required; club sandwich with bacon excluded; «пачку» is a quantity"),
        ("моцареллу для пиццы", acc(pyaterochka=["3976999"], perekrestok=["3958444", "4111694"]),
         "«моцарелла для пиццы» names the low-moisture pizza mozzarella, a different product from fresh mozzarella in "
         "brine: Perekrestok «Моцарелла для пиццы 45% Маркет» 250 g, Cheese Gallery «Моцарелла тертый» 150 g "
         "(judgement: grated mozzarella is the pizza cheese), Pyaterochka «Моцарелла Пицца» полутвердый 250 g; fresh "
         "balls/mini/cherry/burrata in water, sandwich mozzarella (Pretto, Unagrande «для сэндвичей») and Galbani "
         "processed slices excluded"),
        ("хлеб на закваске без дрожжей", NONE,
         "no bread titled on sourdough / yeast-free in any chain"),
    ]),
    # L17
    ("пельмени гост говядина свинина, сметана 15 бзмж, кетчуп heinz без консервантов", [
        ("пельмени гост говядина свинина", NONE,
         "pork-and-beef pelmeni exist (Мираторг Домашние, Сибирская коллекция, Цезарь, Стародворье…) but none is titled "
         "ГОСТ; Eat Meat «Фермерские с говядиной» and Dixy «Особые на сливках» make other claims; none accepted"),
        ("сметана 15 бзмж", acc(**SMETANA_15),
         "every sour cream of exactly 15% (incl. lactose-free Простоквашино and Parmalat Comfort 15%); «бзмж» holds for "
         "every product sold as «сметана» (outside knowledge, TR CU 033); 10/20/25/30% and Махеевъ sour-cream sauce "
         "excluded"),
        ("кетчуп heinz без консервантов", NONE,
         "Heinz ketchups exist (Pyaterochka «Томатный кетчуп Heinz» 342 g, «Кетчуп томат. с горч.») but no title states "
         "«без консервантов», so none is accepted; Heinz sauces, mayonnaise and tomato paste are other products"),
    ]),
    # L18
    ("пюре яблочное детское без сахара, каша овсяная безмолочная, печенье детское без сахара, детская водичка 5 л бутыль", [
        ("пюре яблочное детское без сахара", NONE,
         "children's apple purees exist (Pyaterochka Агуша «Яблоко» 90 g, Heinz «Наливное яблочко» 100 g, Gerber «Спелое "
         "яблоко» 90 g, Сады Придонья «Пюре яблочн. дет.» 125 g) but no title states «без сахара» and the claim is not guaranteed for baby purees, so none is accepted; mixed-fruit purees "
         "excluded anyway"),
        ("каша овсяная безмолочная", NONE,
         "no oat porridge titled безмолочная: Фрутоняня/Nestlé/Heinz oat porridges are «с молоком»/«молочная», Nestlé "
         "«безмол.» is buckwheat, Ясно Солнышко and the instant assortment do not say; rolled oats are not a "
         "porridge product"),
        ("печенье детское без сахара", NONE,
         "children's cookies exist (Honey Kid «печенье детское растворимое» 60 g / 35 g, an unbranded children's "
         "«печенье раств.» 150 g) but no title states без сахара"),
        ("детская водичка 5 л бутыль", acc(pyaterochka=["3608729"], magnit=["e8574e2cda"]),
         "drinking water for children in 5 l bottles: Magnit Аквалайн «Для ляль … д/детского питания» 5 l, Pyaterochka "
         "Honey Kid Черноголовская 5 l (Honey Kid is a baby-food brand); children's Светлячок 0.33 l fails the written "
         "size; adult waters excluded"),
    ]),
    # L19
    ("кофе молотый арабика 100%, сливки 10% бзмж, тростниковый сахар одну пачку, молоко безлактозное для мужа", [
        ("кофе молотый арабика 100%",
         acc(pyaterochka=["3452816", "2147888", "3980976", "72110", "3395339"], magnit=["159961", "111661"]),
         "ground coffee that is all-arabica: Восэба «Кофе ARABICA мол.» 250 g (title states it); by outside knowledge: "
         "Jardin Colombia Supremo 250 g (Colombian Supremo is an arabica grade), Starbucks Veranda Blend 200 g "
         "(Starbucks roasts arabica only), Lavazza Qualità Oro молотый 250 g and Carte Noire молотый 230 g (both sold as "
         "100% arabica), Egoiste Noir молотый 250 g at Pyaterochka and Magnit (the Egoiste Noir line is 100% arabica; "
         "Pyaterochka titles its instant «EGOISTE Кофе NOIR 100%»); Jacobs Monarch, Черная карта, Paulig Classic/Mokka, "
         "Ambassador Platinum, Julius Meinl Юбилейный, Egoiste Espresso/Velvet, Jardin Eclair/Dessert Cup, the "
         "unbranded «кофе натуральный жареный молотый» and Jacobs Barista Crema do not state it and are left out; "
         "Monarch Lungo capsules, instant coffee, beans (incl. Paulig Arabica, Черная карта Арабика зерновой) and "
         "Magnit's ready coffee drinks excluded"),
        ("сливки 10% бзмж", acc(pyaterochka=["3634638"], magnit=["476dabe99f"], perekrestok=["4178852"]),
         "cream of exactly 10% (Молочный знак стерилизованные 500 ml, Домик в деревне стер. 950 g, Сарафаново детские "
         "ультрапаст. 480 ml — children's dairy counted as in earlier sets); «бзмж» holds for every product sold as "
         "«сливки» (TR CU 033 name protection); Parmalat Comfort 11%, 20% and 33% creams, Сопьо Крима and Mr. Сливкин "
         "substitutes excluded"),
        ("тростниковый сахар одну пачку", acc(pyaterochka=["3973713"]),
         "cane sugar Демерара нерафинированный 500 g; Magnit «РУССКИЙ Сахар белый прессованный» (beet sugar), cookies "
         "«с тростниковым сахаром» excluded"),
        ("молоко безлактозное для мужа",
         acc(perekrestok=["4308790", "135852823b", "ccdc291604", "b267022f66", "9512a8a8b9", "9dfc83490b"]),
         "lactose-free drinking milk of any fat (Сарафаново 1.5%, Братья Чебурашкины, Parmalat 1.8%/3.5%/0.05%, "
         "Простоквашино 1.5%); «для мужа» is a purpose; lactose-free sour cream, cream and cheese are other products"),
    ]),
    # L20
    ("масло подсолнечное нерафинированное на салатик, уксус яблочный натуральный, капусты белокочанной один кочан, морковки килограммчик", [
        ("масло подсолнечное нерафинированное на салатик", NONE,
         "only refined sunflower oils (Олейна, Благо, Слобода, Mr.Ricco раф/дез) and flavoured ones (Almador basil/"
         "garlic, Mr.Ricco with olive/avocado/herbs) in the offers; none unrefined"),
        ("уксус яблочный натуральный", acc(magnit=["53141da599"]),
         "Magnit «Уксус яблочный из пищевого сырья 6%» 500 ml («из пищевого сырья» is the legal name of natural "
         "fermentation vinegar, as opposed to diluted acetic acid — outside knowledge)"),
        ("капусты белокочанной один кочан", acc(dixy=["4738b3129c"]),
         "Dixy «Капуста белокочанная ранняя, 1 кг» (whole heads priced per kg); sauerkraut, Chinese cabbage, broccoli, "
         "Korean cauliflower and sea-kale salads excluded; Perekrestok, Magnit and Pyaterochka carry no fresh white "
         "cabbage"),
        ("морковки килограммчик", acc(**CARROTS),
         "fresh carrots (Perekrestok «Морковь мытая» loose, Magnit «Морковь мытая» 1 kg); «килограммчик» is a quantity; "
         "carrot salads, juices and sauerkraut with carrot excluded"),
    ]),
    # L21 (one item replaced: the blind list was empty in all four stores)
    ("паштет печеночный гост, зеленый чай без ароматизаторов, пастила без добавления сахара, печенье овсяное гост", [
        ("паштет печеночный гост", NONE,
         "liver pâtés exist (Главпродукт «печеночный, со сливочным маслом», Егорьевская «из печени»/«Деревенский», "
         "Рублевский, Hame) but none is titled ГОСТ"),
        ("зеленый чай без ароматизаторов", NONE,
         "every green tea on offer is flavoured (Assand jasmine, Richard melissa-mint, Tess Lime, Curtis mango/«Hugo», "
         "milky oolongs) or a bottled tea drink; no plain green tea, none accepted"),
        ("пастила без добавления сахара", acc(pyaterochka=["4049946"]),
         "REPLACED (blind item «зефир без красителей», no zefir titled without colourings anywhere): Белёвская пастила "
         "классическая без добавления сахара 100 g; Белёвская пастила с корицей / с кедровым орехом (sugar not stated, "
         "flavoured), Белевский зефир, Magnit «БЕЛЕВСКАЯ ПАСТИЛА Мармелад» (a marmalade) and the pastila-topped donut "
         "excluded"),
        ("печенье овсяное гост", NONE,
         "oat cookies exist (Pyaterochka «Печенье овсяное Классическое», Юбилейное овсяное, Миндальное овсяное, Magnit "
         "Хлебный спас овсяное) but none is titled ГОСТ"),
    ]),
    # L22
    ("джем без сахара, кукурузные хлопья без сахара на завтрак, молоко ультрапастеризованное 2.5% пару литров", [
        ("джем без сахара", NONE,
         "jams exist (Махеевъ, «Персик и Манго») but none is titled без сахара; varenye is another product"),
        ("кукурузные хлопья без сахара на завтрак", NONE,
         "no corn flakes titled без сахара; Любятово «Завтраки кукурузные», Nestlé Gold мёд/арахис and sweet corn sticks "
         "do not state it (Nestlé Gold is sweetened); canned «кукуруза без сахара» is another product"),
        ("молоко ультрапастеризованное 2.5% пару литров",
         acc(pyaterochka=["3645808"], magnit=["a28bae784b"],
             perekrestok=["cb2f1055d7", "66ec0f255d", "359aa76fc0", "76055bf243", "013e119412", "a548f45b17",
                          "62485733e9", "faf2171541"]),
         "UHT drinking milk of exactly 2.5% of any pack (Сарафаново детское, Вкуснотеево 0.2 l, Домик в деревне, Пр!ст, "
         "Село Зелёное, Простоквашино, Авида, Эконива, Белый Город); children's milk counted as milk (earlier sets); "
         "pasteurised 2.5% milks and Можайское «стерилизованное» 2.5% fail the written form; «пару литров» is a quantity"),
    ]),
    # L23
    ("филе индейки охлажденное, бурый рис пачку, брокколи замороженную, томатный сок без соли литр", [
        ("филе индейки охлажденное",
         acc(pyaterochka=["3966112", "4013612"], perekrestok=["3979117", "3688509", "3966112", "4326921"]),
         "chilled turkey breast fillet (as «куриное филе» = breast in earlier sets): Пава-Пава филе грудки, ИндиЛайт "
         "филе грудки / «Филе малое», Зелёная Линия филе грудки; Pyaterochka «Вырезка из индейки» (judgement: turkey "
         "вырезка is the inner breast fillet); thigh fillets, steaks, azu, marinated fillet (Magnit «в маринаде» — "
         "flavoured), mince, cooked and smoked turkey excluded"),
        ("бурый рис пачку", acc(pyaterochka=["2167599"]),
         "Агро-Альянс «Рис ЭКСТРА БУРЫЙ» 800 g; white, basmati, jasmine, plov rice and the Мистраль «Акватика MIX» blend "
         "excluded"),
        ("брокколи замороженную", acc(magnit=["23e8f39e40"]),
         "Морозко Green «Капуста брокколи замор.» 800 g; baby purees with broccoli excluded"),
        ("томатный сок без соли литр", NONE,
         "tomato juices exist (Rich, J7, Сады Придонья детский, Дары Кубани, Фруктовый сад) but none is titled без соли "
         "(salt may be added to vegetable juice), and the ones titled «с солью» fail outright; Добрый «нектар томатный», "
         "Любимый «Спелый томат» nectar and !DEAS mixed juice excluded"),
    ]),
    # L24
    ("сардельки гост, горчица без консервантов, капуста квашеная без уксуса, хлеб бородинский буханочку", [
        ("сардельки гост", NONE,
         "sardelki exist (Рублевский «Докторские», Мясная Ферма «Говяжьи оригинальные» — a мясосодержащий product) but "
         "none is titled ГОСТ"),
        ("горчица без консервантов", NONE,
         "mustards exist (Махеевъ Русская, Global Village Французская) but no title states «без консервантов»"),
        ("капуста квашеная без уксуса", acc(perekrestok=["4325076", "4400341", "4336623"]),
         "plain sauerkraut: «Капуста квашеная кислая» 650 g, Белая Дача Деревенская крупная нарезка, Зелёная Линия "
         "«шинкованная с морковью» (carrot is part of the classic recipe); «без уксуса» holds for every product sold as "
         "«капуста квашеная» (outside knowledge: квашение is lactic fermentation, with vinegar it is маринованная); "
         "flavoured ones (с хреном, с клюквой, с морковью и хреном/клюквой, кисло-сладкая) and Белая Дача «фитнес» "
         "(unexplained variant) excluded; Magnit has only «с хреном»"),
        ("хлеб бородинский буханочку", NONE,
         "no Borodinsky bread in any chain; Щедрые «Хлебцы тонкие бородинские» are crispbreads (trap)"),
    ]),
    # L25
    ("кефир из цельного молока, творог фермерский полкило, сметана без крахмала, варенье без сахара к чаю", [
        ("кефир из цельного молока", NONE, "no kefir at all in the recorded offers"),
        ("творог фермерский полкило", NONE,
         "cottage cheeses exist (Молочный знак, Село Зелёное, Вкуснотеево, Карат домашний, Домик в деревне мягкий) but "
         "none is titled фермерский («домашний» is not that claim)"),
        ("сметана без крахмала", acc(**SMETANA_ALL),
         "every sour cream of any fat, incl. thermostatic and lactose-free: «без крахмала» holds for every product sold "
         "as «сметана» (outside knowledge: TR CU 033 does not allow thickeners/starch in сметана; with them it is a "
         "«сметанный продукт»); Махеевъ sour-cream sauce and sour-cream cakes excluded"),
        ("варенье без сахара к чаю", NONE,
         "varenyes exist (Magnit Вологодское клубничное, Магнит малиновое; Pyaterochka Janarat, Экопродукт черничное) but "
         "none is titled без сахара"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fthNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fth\d\d ===$", line):
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
                    errors.append("fth%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fth%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fth"))
