#!/usr/bin/env python3
"""Re-create fresh_basket_eval_uc.jsonl -- 25 shopping lists of a family of four doing the big weekly shop (the wife
keeps the list in a shared notes app, the husband and the teenage son add lines in a hurry: typos, abbreviations, no
capitals; food mixed with household and hygiene goods), hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_uc.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_uc.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores; no list of this set was, so REPLACED is empty).
labelled_lists.build then checks the data -- every id exists in real_offers.jsonl *for that store* and is in stock,
no id repeats within an item, every item has a note, the labels are exactly the list's items in order (an item is
the text between commas / new lines) -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are
fuc01, fuc02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_uc.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_uc.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none in this set
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 dairy (wife)
    ("малоко 3.2% пару пакетов\nкефир 1 процент литровый\nтворожок 9% пару пачек на сырники\nсметанка 20% для блинчиков", [
        ("малоко 3.2% пару пакетов", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a", "b4411ba8d4",
                "35ac60eec2", "52d96fd806", "885d917850", "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb",
                "3645807", "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "«малоко» = молоко (typo): drinking cow milk of exactly 3.2 % in any pack (pasteurised, UHT, "
           "sterilised, 200 ml-2 l), children's drinking milk included as in real_basket_eval (Агуша «от 3 лет» "
           "3,2 %, Сарафаново «детское» 3.2 %); «пару пакетов» is a quantity, not a pack type. Ranges (Романов "
           "луг «от 3,2% до 6%», 3.2-4 %, 3.2-4.5 %), other fats, топлёное (Простоквашино, Домик в деревне), "
           "condensed, flavoured (Чудо клубника, Barista), goat milk, oat drink «3,2%» (NEMOLOKO) and milkshakes "
           "excluded; Магнит has no 3.2 % milk (only Вкуснотеево 2.5 % 0.2 l)"),
        ("кефир 1 процент литровый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir or biokefir of any fat in any chain (grep кеф/kef); ряженка, тан, варенец, йогурт, "
           "Актимель/Имунеле are other products - missing everywhere"),
        ("творожок 9% пару пачек на сырники", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216658", "4185866"],
        }, "«творожок» + «на сырники» = plain cottage cheese (творог) of exactly 9 %, as «творожок 9 процентов» "
           "in set vy: Пятёрочка Вкуснотеево 9 % 300 g, Перекрёсток Молочный знак 9 % 180 g and «традиционный» 9 "
           "% 800 g; «пару пачек» is a quantity, «на сырники» a purpose. Other fats (0.1-5.5 %, Брест-Литовск 3 "
           "%), curd desserts «Творожок» Чудо, творожные продукты, children's fruit curds, творожный сыр, сырки "
           "and frozen сырники excluded"),
        ("сметанка 20% для блинчиков", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20 % in any pack (175-500 g), lactose-free Parmalat Comfort 20 % included (as "
           "lactose-free milk is milk); «для блинчиков» is a purpose. 10/15/25/30 % sour creams, sour-cream "
           "sauces, chips/croutons «со вкусом сметаны» and cakes excluded; Магнит has only 15 % (Простоквашино, "
           "Резной палисад), Дикси none"),
    ]),
    # L02 meat (husband)
    ("курин филе 1.5 кг, фарш свиноговяжий на котлеты, сосиски молочн пачку, бекон нарезка на яичницу", [
        ("курин филе 1.5 кг", {
            "pyaterochka": ["2160069", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "«курин филе» = куриное филе = raw chilled chicken breast fillet (convention of real_basket_eval: "
           "«куриное филе» = breast fillet only); «1.5 кг» is a quantity of a weighed good. Accepted: Первая "
           "свежесть «Филе с груди»/«Филе грудки куриное», «Филе большое грудки цыпленка-бройлера» 750 g, "
           "Троекурово, Петелинка, Зелёная Линия breast fillets and Петелинка «Филе цыплёнка … малое» (the inner "
           "breast fillet; taken as breast fillet, outside knowledge). Excluded: «Грудка куриная/Куриная грудка "
           "без кожи» (Первая свежесть, Петелинка; taken as bone-in breast, not fillet - outside knowledge, "
           "cheaper per kg than the fillet of the same brand), thigh fillets (Филе бедра), cooked "
           "«гриль»/«запеченное» fillets, turkey/duck fillets, Магнит's marinated drumsticks and купаты, Дикси's "
           "whole broiler, canned chicken, nuggets, pet food"),
        ("фарш свиноговяжий на котлеты", {
            "pyaterochka": ["3673806", "3205754"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw mixed pork-and-beef mince: Мираторг «свино-говяжий домашний» 400 g and САМСОН «Фарш ДОМАШНИЙ» 400"
           " g (the title does not name the meats; «Домашний» mince is pork + beef by the usual standard recipe, "
           "as the Мираторг title also says - outside knowledge). Excluded: beef-only mince (Рестория, Останкино,"
           " Мираторг говяжий), Магнит «Фарш свиной» (pork only), turkey and chicken mince (Пава Пава, Петелинка "
           "Премиум), Ближние горки «Деревенский» (meats not stated), olives «фаршированные»; «на котлеты» is a "
           "purpose"),
        ("сосиски молочн пачку", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«молочн» = сосиски молочные: Велком «Сосиски молочные» 480 g, Магнит «Сосиски Молочные» 0.33 and 0.65"
           " kg; «пачку» is a quantity. Other sausages (Сливочные, Докторские, Венские, Баварские, Детям, "
           "Филейные), «Колбаса Молочная» (a boiled sausage, not сосиски) and Вязанка «Молокуша» excluded"),
        ("бекон нарезка на яичницу", {
            "pyaterochka": ["3443644", "3445554", "3655098", "3649921", "4020279"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3443644", "3445554", "4420883", "4225967"],
        }, "bacon (titles with «бекон») in 150-200 g packs; «нарезка» (sliced) is a form the user wrote: only "
           "Перекрёсток's Дымов title says «нарезка», the other 150-200 g raw-smoked bacon packs (Велком, Дымов, "
           "Пятёрочка's own 150/180 g, Маркет Collection 150 g, Cortador 180 g) are taken as sliced (packs of "
           "this size are sold sliced - outside knowledge). Excluded: грудинка (сырокопченая, копчёно-варёная, "
           "raw), the «Шейка-Балык-Бекон Панчетта» assortment, Кириешки «бекон» croutons, the club sandwich with "
           "bacon; Магнит and Дикси have no bacon"),
    ]),
    # L03 snacks (son)
    ("чипсы прингалс сметана лук, кока колу 2л, кириешки со вкусом бекона 2 пачечки, сникерсы 4 шт", [
        ("чипсы прингалс сметана лук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«прингалс» = Pringles (typo): only Pringles краб, паприка, сыр and the rice-chip «Asian Collection» "
           "are on sale; no Pringles sour cream & onion anywhere. Lay's / Русская картошка / Krachitos "
           "sour-cream-and-onion chips are another brand and are not accepted for a named brand - missing "
           "everywhere"),
        ("кока колу 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1860"],
        }, "Coca-Cola (the named brand, classic) in 2 l bottles - the size names the pack: Перекрёсток "
           "«Coca-Cola, 2л». Coca-Cola 0.9 l (Пятёрочка) and 1.5 l (Магнит), Coca-Cola Vanilla/Orange/без сахара,"
           " and other colas (Pepsi, Добрый Cola, Черноголовка, Любимая Кола 2 l, Evervess, Cool Cola) excluded"),
        ("кириешки со вкусом бекона 2 пачечки", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons with bacon flavour: Магнит's promo cards «КИРИЕШКИ Сухарики холодец/бекон/ветчина» "
           "100 g and 40 g cover the three flavours at one price, bacon among them (judgement: the bacon pack is "
           "sold under that card). Other crouton brands (Хрусteam, Три корочки, Гренковъ…) and real bacon "
           "excluded; «2 пачечки» is a quantity"),
        ("сникерсы 4 шт", {
            "pyaterochka": [],
            "magnit": ["1000209560"],
            "dixy": [],
            "perekrestok": [],
        }, "Snickers bars; «4 шт» is a quantity. Only Магнит «SNICKERS Батончик белый 81г» (Snickers White) is "
           "sold singly - accepted as a Snickers variant (judgement). Пятёрочка's M&M's & Friends gift sets "
           "(containing Snickers among other bars) are other products"),
    ]),
    # L04 bread and sandwiches
    ("бородинский хлеб в нарезке, батон нарезной один свежий, лаваш тонкий на шаурму, сыр российский на бутерброды кусок", [
        ("бородинский хлеб в нарезке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Borodinsky bread in any chain (Пятёрочка's breads are Даниловский, Марьин, Ржаной Край; "
           "Перекрёсток only «Батон Нарезной»). Магнит «Колбаса Бородинская», «Мясной дом Бородина» products and "
           "rye croutons are traps - missing everywhere"),
        ("батон нарезной один свежий", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white loaf «батон нарезной»: Перекрёсток «Батон Нарезной нарезка» 400 g and Пятёрочка «Батон Звездный"
           " нар, Хлебный Дом, 350г» («нар» read as нарезной/нарезка; an ordinary white батон - judgement); «один"
           " свежий» is a quantity and a wish. Batonchiki (bars), сдоба, breads and croutons excluded"),
        ("лаваш тонкий на шаурму", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lavash in any chain; Mission wheat tortillas (Пятёрочка) are another product - missing everywhere"),
        ("сыр российский на бутерброды кусок", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cheese «Российский» as a piece («кусок» = a piece, not slices - a form the user wrote): Пятёрочка "
           "Брест-Литовск «российский» 50 % 200 g (a bar). Перекрёсток «Сыр Российский нарезка 50% Зелёная Линия»"
           " is sliced (excluded as not a piece); other cheeses (Голландский, Костромской, Гауда, Маасдам, "
           "Тильзитер…) are other varieties; «на бутерброды» is a purpose"),
    ]),
    # L05 soup vegetables
    ("картоха 5 кило\nлук репч кило\nморковка на суп пару штук\nчесночок две головочки", [
        ("картоха 5 кило", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "«картоха» = fresh potatoes of any variety and pack (Магнит «Новый урожай», «для варки»/«для жарки» 3 "
           "kg, red washed, washed 2.5 kg; Дикси «молодой» 1 kg; Перекрёсток washed and red washed by kg); «5 "
           "кило» is a quantity of a weighed good. Potato starch, crisps, ready salads, vareniki, baby purees, "
           "«Картошка» marzipan excluded; Пятёрочка has no fresh potatoes"),
        ("лук репч кило", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012", "4272905"],
        }, "«лук репч» = лук репчатый, fresh bulb onions of any colour: Магнит «Светофор» (3 onions), Ялтинский "
           "300 g, «репчатый, красный» 500 g; Перекрёсток Ялтинский (by kg and 350 g), «репчатый белый», "
           "«репчатый красный» and «Лук салатный» (sold by kg, taken as a sweet bulb onion - judgement); «кило» "
           "is a quantity. Shallots, green onion, the herb assortment, FEDERICI pickled «Луковки», dried onion "
           "and snacks «с луком» excluded"),
        ("морковка на суп пару штук", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots: Магнит «Морковь мытая» 1 kg, Перекрёсток «Морковь мытая» by kg; «на суп» is a purpose,"
           " «пару штук» a quantity. Korean carrot salads, carrot nectars/juices, sauerkraut with carrot, baby "
           "purees, pet food excluded"),
        ("чесночок две головочки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic bulbs: Перекрёсток «Чеснок, 3шт»; «две головочки» is a quantity. Магнит dried granulated"
           " garlic, Перекрёсток salted garlic ФЭГ, garlic seasonings, croutons and oils «с чесноком» excluded"),
    ]),
    # L06 salad vegetables
    ("огурчики гладкие с кило, памидоры розовые, перец болгарский 3 штуки для салата", [
        ("огурчики гладкие с кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh smooth-skinned cucumbers («гладкие» is a variety the user wrote); «с кило» (about a kilo) is a "
           "quantity. No title says smooth: Магнит «Огурцы короткоплодные, тепличные» 450 g (short greenhouse "
           "cucumbers are often the bumpy type - skin not stated, not accepted), Перекрёсток «Огурцы Хрустящие» "
           "450 g and «Огурцы Ботаника фасованные» 420 g (skin not stated). Магнит «среднеплодные, пупырчатые» "
           "and Перекрёсток корнишоны are bumpy; pickled and salted cucumbers, the cherry-and-gherkin assortment "
           "and shampoos «огуречная свежесть» excluded - missing everywhere"),
        ("памидоры розовые", {
            "pyaterochka": [],
            "magnit": ["107631"],
            "dixy": [],
            "perekrestok": ["4355823"],
        }, "«памидоры» = помидоры (typo), fresh pink tomatoes (a colour the user wrote): Магнит «Томаты розовые» "
           "700 g, Перекрёсток «Томат Дагестан розовый». Red, cherry, cocktail, plum, orange and on-the-vine "
           "tomatoes, Бакинские (colour not stated in the title), salted/marinated tomatoes and tomato "
           "juices/pastes excluded"),
        ("перец болгарский 3 штуки для салата", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["2080290", "4228843", "6178", "6177"],
        }, "fresh sweet (bell) peppers of any colour: Магнит «Перец болгарский, красный» by kg; Перекрёсток "
           "«Перец красный сладкий», «Перец жёлтый сладкий», «Перец Рамиро сладкий» 200 g (a sweet pepper) and "
           "«Перец в ассортименте, 2шт» (taken as assorted sweet peppers, sold in the same salad-vegetable group "
           "at bell-pepper prices - judgement). Peppercorns, ground pepper, chili/jalapeño in mussels, grilled "
           "pepper in jars and ajvar excluded; «3 штуки» is a quantity"),
    ]),
    # L07 fruit
    ("бананчики спелые, яблоки голден кило, мандаринки абхазские кило, грушки 1 кг", [
        ("бананчики спелые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas of any kind (Перекрёсток loose, packed, mini, Organic); «спелые» is a wish. Dried "
           "bananas, banana yoghurts/purees/cereals excluded; the other chains carry no bananas"),
        ("яблоки голден кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Golden Delicious apples (a variety the user wrote): none on sale - Пятёрочка has Ред Делишес, Магнит "
           "Гренни Смит and «красные», Перекрёсток Гала, Медовый хруст and «сезонные» (variety not stated). "
           "Missing everywhere"),
        ("мандаринки абхазские кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Abkhazian mandarins (origin/variety written): Перекрёсток sells only «Мандарины» (origin not stated),"
           " «Марокко» and «с листом Китай» - not accepted; no other chain has mandarins. Missing everywhere"),
        ("грушки 1 кг", {
            "pyaterochka": [],
            "magnit": ["200051", "168631"],
            "dixy": [],
            "perekrestok": ["6223", "48674"],
        }, "fresh pears of any variety: Магнит Конференция and «Урожай» 1 kg, Перекрёсток Конференс and Форелл; "
           "«1 кг» is a quantity. Pear-flavoured desserts, purees and shower gels excluded"),
    ]),
    # L08 groats and porridge
    ("гречу ядрицу две пачки, рис круглый на кашку мелкой, геркулес на завтрак, пшенку на тыквенную кашу", [
        ("гречу ядрицу две пачки", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (ядрица): Магнит «Крупа Гречневая Prosto, 500 г» (the title does not say ядрица; "
           "taken as ядрица, as продел is not on sale - judgement as in set vy); «две пачки» is a quantity. "
           "Пятёрочка's «Рис и греча» mix, buckwheat flakes, baby buckwheat porridges, ready buckwheat dishes, "
           "buckwheat noodles and drink excluded"),
        ("рис круглый на кашку мелкой", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice: Магнит Увелка «Краснодарский, круглый» and Мистраль «для плова, традиционный, "
           "круглый»; Пятёрочка «МИСТР.Рис для плова традиц.900г» (the same Мистраль product, which Магнит's "
           "title calls круглый); Магнит Мистраль «Кубань» 0.9 kg (Kuban rice is round-grain - outside "
           "knowledge). «на кашку мелкой» is a purpose. Excluded: Адриатика (risotto type, as in set vy), "
           "long-grain Лазер, basmati, jasmine, brown and Aquatica mix, Националь/Global Village «для плова» "
           "(grain not stated), rice flakes/flour/drink and baby rice porridges"),
        ("геркулес на завтрак", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«геркулес» = rolled oat flakes: Пятёрочка Клинские «Хлопья овсяные Геркулес» 500 g and Увелка «Хлопья"
           " зерновые овсяные традиционные» 400 g; «на завтрак» is a purpose. Instant flavoured oat porridges "
           "(Ясно Солнышко with berries, Быстров assortment), baby porridges, oat bran, fermented oat products "
           "and oatmeal cookies excluded"),
        ("пшенку на тыквенную кашу", {
            "pyaterochka": ["3674169"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«пшенка» = millet groats: Пятёрочка Мистраль «Пшено ЗОЛОТОЕ 5х80г» (boil-in-bag; the user named no "
           "form); «на тыквенную кашу» is a purpose. Nothing else with millet on sale"),
    ]),
    # L09 pasta night
    ("спагети барила, кетчуп хайнц томатный побольше, майонез слобода 67 процентов, пармезан кусочек на пасту тереть", [
        ("спагети барила", {
            "pyaterochka": ["4037644"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«спагети барила» = Barilla spaghetti (typos): Пятёрочка Barilla «СПАГЕТТИ 450г». Other Barilla shapes"
           " (Капеллини, Пенне ригате, Пипе ригате, Джирандоле - Магнит's Barilla is Джирандоле only), other "
           "spaghetti brands (Federici, Пятёрочка's own) and Перекрёсток's chechil cheese «спагетти» excluded"),
        ("кетчуп хайнц томатный побольше", {
            "pyaterochka": ["4086400"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz tomato ketchup: Пятёрочка «Томатный кетчуп Heinz 342г»; «побольше» is a wish. Heinz «Кетчуп "
           "томат. с горч.» (tomato-mustard variant), Heinz sauces (кисло-сладкий, сладкий чили, сырный, цезарь, "
           "Cherry, Salsa, брусничный, терияки), tomato paste and other ketchup brands excluded; Магнит and "
           "Перекрёсток carry no Heinz ketchup"),
        ("майонез слобода 67 процентов", {
            "pyaterochka": ["3193489", "3163111"],
            "magnit": ["104941"],
            "dixy": [],
            "perekrestok": ["3674577", "3193489", "4412152", "2108609", "3163111"],
        }, "Слобода mayonnaise of 67 % in any variety and pack (Провансаль, Оливковый, 200-800 ml): Пятёрочка "
           "«Майонез Слобода, 67%, 800 мл» and «Майонез Оливковый, Слобода, 800 мл» (no % in that title; the same"
           " id is «оливковый 67%» at Перекрёсток); Магнит Слобода Оливковый 67 % 375 g; Перекрёсток Провансаль "
           "400/800 ml, «Провансаль оливковый» 200 ml, оливковый 400/800 ml. Other brands (Ряба, Махеевъ, Mr. "
           "Ricco, Heinz, Я люблю готовить, Скит…), Слобода ketchups, sauces, oil and yoghurts excluded"),
        ("пармезан кусочек на пасту тереть", {
            "pyaterochka": ["3650219", "3462825", "24647"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3206443", "3912980"],
        }, "parmesan as a piece («кусочек» - grated and flaked parmesan excluded; «на пасту тереть» is a "
           "purpose): Пятёрочка CASTELLO «REGGIANIDO ПАРМЕЗ.» 150 g, LAIME «ПАРМЕЗАН 40%» 200 g and Cheese "
           "Gallery «Пармезан 32% 175г фас» (packs taken as wedges - titles do not say grated); Перекрёсток Dolce"
           " Granto Пармезан 40 % and Зелёная Линия «Пармезан молодой» (by weight, pieces). Excluded: Dolce "
           "Granto «Пармезан тёртый» 150 g (id 3433812, titled only «Сыр Пармезан, Dolche» at Пятёрочка - the "
           "same product is grated), Cheese Gallery «тёртый хлопья», chips/sausage «с пармезаном»"),
    ]),
    # L10 laundry
    ("порошок для цветного автомат, ленор кондицонер для белья, ваниш пятновывод.", [
        ("порошок для цветного автомат", {
            "pyaterochka": ["2087255", "3418106", "2161528", "3023899", "2155021"],
            "magnit": ["1000286457", "50ee5ea8b5", "168231", "111621", "105881", "198901", "106541", "105941"],
            "dixy": [],
            "perekrestok": [],
        }, "washing POWDER for coloured laundry, for automatic machines: titles with Color/Колор/«для цветного» "
           "that say «автомат»/«авт.» (Ariel Колор авт., Магнит Ariel/Bimax/Persil/Tide Color автомат) plus Color"
           " powders of 1.5 kg and more whose title omits the machine type (Пятёрочка Bimax Color 3 kg, Persil "
           "color 3 kg, Биолан Color 2.4 kg, BioMio «для цветного и белого» 1.5 kg; Магнит Лоск Колор 2.7 kg, "
           "Persil Колор 1.5 kg, Tide Lenor Color 2.5 kg - large packs of these brands are machine powders, "
           "judgement). Excluded: gels, liquids and capsules (the user wrote «порошок»), powders not for colour "
           "(Ariel Touch of Lenor, Bimax 1000 пятен / белые вершины, Persil свежесть Вернель, Tide детский / для "
           "чувствительной кожи), Vanish stain-remover powder, cleaning powders (Comet, Пемолюкс)"),
        ("ленор кондицонер для белья", {
            "pyaterochka": ["3465388", "3669625", "4025712"],
            "magnit": ["205131", "159881", "203041"],
            "dixy": [],
            "perekrestok": [],
        }, "«кондицонер» = кондиционер (typo): Lenor fabric conditioners of any scent and size (Пятёрочка Золотая"
           " орхидея 930 ml, Масло ши 910 ml, Haute Couture 910 ml; Магнит Альпийские луга 1 l, Золотая орхидея "
           "1.8 l, миндальное масло 2 l). Vernel and Е conditioners (other brands), Tide/Ariel powders «with "
           "Lenor», hair conditioners excluded"),
        ("ваниш пятновывод.", {
            "pyaterochka": ["2080266"],
            "magnit": ["bb3ee4398d"],
            "dixy": [],
            "perekrestok": [],
        }, "«пятновывод.» = пятновыводитель: Vanish laundry stain removers (Пятёрочка Oxi Action 1 l, Магнит Oxi "
           "Advance «Пятновыводитель + отбеливатель» 250 g). Vanish Gold carpet cleaner (a carpet shampoo) "
           "excluded; no other Vanish"),
    ]),
    # L11 kitchen cleaning
    ("фейри лимонный для посуды, губки для посуды 10шт, финиш таблетки для посудомойки побольше, мешки под мусор 60л", [
        ("фейри лимонный для посуды", {
            "pyaterochka": ["3501026", "3500750"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dishwashing liquid, lemon: Пятёрочка Fairy «Сочный лимон» 900 ml and 450 ml. Fairy Нежные руки,"
           " Platinum (incl. Магнит's «Ледяная свежесть»), AOS «Лимон» (another brand) and dishwasher products "
           "excluded"),
        ("губки для посуды 10шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dish sponges in any chain (grep губк) - missing everywhere"),
        ("финиш таблетки для посудомойки побольше", {
            "pyaterochka": ["3948780", "3925971", "3955097"],
            "magnit": ["106111"],
            "dixy": [],
            "perekrestok": [],
        }, "Finish dishwasher tablets of any count/variant: Пятёрочка Powerball All in 1 Max 50 and 65, «Лимон» "
           "65; Магнит All In 1 50; «побольше» is a wish. Somat tablets (another brand) excluded"),
        ("мешки под мусор 60л", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "rubbish bags of 60 l (the size names the pack): Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт». "
           "Магнит «Мешки для мусора 35л», food and breakfast bags, BIG CITY LIFE wipes «60л» excluded"),
    ]),
    # L12 wife's hygiene
    ("туалетку трехслойную 8 рулонов\nзуб паста колгейт\nшампунь для окрашеных волос\nпрокладки олвэйс", [
        ("туалетку трехслойную 8 рулонов", {
            "pyaterochka": ["3449118", "4059050"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«туалетка» = toilet paper, 3-ply, packs of 8 rolls (ply and pack written): Пятёрочка PAPIA «белая "
           "3сл. 8рул» and Zewa Deluxe «3 сл. … 8 рул.». Excluded: Zewa Just 1 4-ply 8 rolls, Papia «WHITE DE "
           "LUXE … 8рул» (ply not stated; Papia De Luxe is 4-ply), 2-ply 12-roll packs (Familia Plus, Zewa плюс),"
           " Zewa Just 1 4 rolls, moist toilet paper, paper towels"),
        ("зуб паста колгейт", {
            "pyaterochka": ["3605411", "3605412"],
            "magnit": ["0b75d29d19"],
            "dixy": [],
            "perekrestok": [],
        }, "«зуб паста» = зубная паста: Colgate toothpastes of any variant (Пятёрочка Total 12 Проф. отбеливание "
           "and Проф. чистка гель 75 ml; Магнит Кальций-Ремин 100 ml). Colgate toothbrushes and Plax mouthwash, "
           "other toothpaste brands excluded"),
        ("шампунь для окрашеных волос", {
            "pyaterochka": ["3506089"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "shampoo for coloured hair: Пятёрочка L'Oréal Elseve «Шамп-уход ЭКСП.ЦВЕТ.» («Эксперт цвета», the "
           "Elseve line for coloured hair - outside knowledge). Other shampoos (restoring, volume, anti-dandruff,"
           " men's, Gliss Kur «в ассортименте», dry shampoo) excluded"),
        ("прокладки олвэйс", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«олвэйс» = Always pads: no Always in any chain (Kotex, Libresse, Carefree liners, o.b. tampons only) "
           "- missing everywhere"),
    ]),
    # L13 husband's shaving
    ("пена для бритья жилет, станки одноразовые для бритья, дезик рексона мен", [
        ("пена для бритья жилет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«жилет» = Gillette shaving FOAM: none on sale. Магнит «Гель для бритья Gillette Mach 3» is a gel (the"
           " user wrote «пена»), Arko foams are another brand, Gillette razors are other products - missing "
           "everywhere"),
        ("станки одноразовые для бритья", {
            "pyaterochka": [],
            "magnit": ["204267144c", "ad06daa707"],
            "dixy": [],
            "perekrestok": [],
        }, "disposable razors: Магнит Gillette Blue II «Одноразовые станки» 5 pcs and Gillette Simply Venus "
           "«Однор стан жен» 4 pcs (disposable; the item names no gender - judgement). System razors with "
           "cassettes (Gillette Fusion, Mach3, Venus «станок + 1 кассета») and shaving gel excluded"),
        ("дезик рексона мен", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«дезик рексона мен» = Rexona Men deodorant: only women's Rexona on sale (Пятёрочка «Прозрачный "
           "кристалл», «Яркий букет», «Ярко и цветочно», «Нежно и сочно», «Сухость пудры»; Магнит "
           "«женский»/«жен») - missing everywhere; Axe, Nivea Men, Old Spice are other brands"),
    ]),
    # L14 son's hygiene
    ("дезодорант акс, шампунь от перхоти для сына, щетку зубную средней жесткости сыну, влажн салфетки пачку", [
        ("дезодорант акс", {
            "pyaterochka": ["3959469"],
            "magnit": ["203001"],
            "dixy": [],
            "perekrestok": [],
        }, "«акс» = Axe deodorant, any form: Пятёрочка AXE «Дезодорант-карандаш АНАРХИЯ» 50 ml, Магнит "
           "«Дезодорант Axe Excite, мужской, 150 мл». Other brands excluded"),
        ("шампунь от перхоти для сына", {
            "pyaterochka": ["3958227", "3653506", "3689257", "3420658", "3013914"],
            "magnit": ["084b343248", "198881", "acec144b5f"],
            "dixy": [],
            "perekrestok": ["4406843"],
        }, "anti-dandruff shampoo: titles saying «против перхоти»/«от перхоти» (Clear, Head&Shoulders Supreme, "
           "Шаума Интенсив, Перекрёсток H&S 2в1) and Head&Shoulders 2-in-1 «основной уход» (Пятёрочка 900 ml, "
           "Магнит 400 ml) and Магнит H&S «Шам2в1 МентОсв/ЭнерОкеан Микс» 400 ml (H&S is an anti-dandruff brand -"
           " outside knowledge); Пятёрочка Clear «Шам.бал-опол. … 2в1 муж» and «Шам.Clear Vita abe вып.вол» "
           "(Clear shampoos are all anti-dandruff - outside knowledge); «для сына» is a purpose. Other shampoos "
           "and the H&S conditioner excluded"),
        ("щетку зубную средней жесткости сыну", {
            "pyaterochka": ["3379809"],
            "magnit": ["faf2b81393", "af8d07dd15"],
            "dixy": [],
            "perekrestok": [],
        }, "toothbrush of medium hardness: Пятёрочка Colgate 360 Optic White «ср/ж», Магнит BIOMED Black and "
           "Silver «Medium». Colgate «Шелковые нити с древесным углем» and Colgate «Зиг Заг 2+1» (hardness not "
           "stated) and Splat «hard» excluded"),
        ("влажн салфетки пачку", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "3917869", "3697052", "4166484"],
        }, "«влажн салфетки» = wet wipes of any kind and count (Tolli Plus 60/80, Salfeti antibacterial 72, Home "
           "Story antibacterial/antiseptic, Пр!ст cosmetic 150, Kokoro baby wipes 20). Excluded: Carefree "
           "«Салфетки … ежедн.» (panty liners), Zewa moist toilet paper, dry paper napkins (Gratias, Пр!ст), BIG "
           "CITY LIFE «Салфетки в рулоне»"),
    ]),
    # L15 drinks and water
    ("сок добрый апельсиновый 2 шт, вода для чайника 5л, минералку с газом пару бутылок", [
        ("сок добрый апельсиновый 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый orange JUICE: Добрый sells only nectars and drinks here (Магнит «ДОБРЫЙ Нектар апельсиновый "
           "0,3л», Перекрёсток «Нектар Добрый Апельсин Мандарин», the soda «Добрый Апельсин», Pulpy); nectars and"
           " drinks are not juice (convention of real_basket_eval), and J7/Swell orange juices are other brands -"
           " missing everywhere"),
        ("вода для чайника 5л", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles (the size names the pack; «для чайника» is a purpose): Пятёрочка "
           "Honey kid Черноголовская 5 l and Архыз «Легенда Гор, минеральная, 5 л» (a low-mineral table water), "
           "Магнит Аквалайн «Для ляль» 5 l, Перекрёсток Малаховская №1 5 l. Children's water is ordinary drinking"
           " water (judgement). Bottles of 0.33-2 l, micellar «вода» and flavoured waters excluded"),
        ("минералку с газом пару бутылок", {
            "pyaterochka": ["3630603", "3977406", "3977408", "3621697", "3977405", "3977407", "3635130", "3634921",
                "3943982", "3656206", "3688643", "3688644"],
            "magnit": ["972a7fe2ec", "edf1174b69", "13256eedcb"],
            "dixy": [],
            "perekrestok": ["3197823", "2105576", "81514", "3943982", "3977406", "3977405", "3629622", "81003",
                "4391568"],
        }, "«минералка с газом» = sparkling MINERAL water of any size, table or medicinal-table (Ессентуки "
           "№4/№17, Нагутская-26, Джермук, Боржоми, Легенда Гор/Архыз газированная, Пилигрим газированная, Gorji,"
           " Rokada, Аш-Тау, S.Pellegrino, Багиатти, Псыж, Рычал-Су, Эдельвейс); «пару бутылок» is a quantity. "
           "Пятёрочка «Вода минеральная Боржоми 1,25 л» accepted though the gas is not in its title (the same id "
           "is «газированная» at Перекрёсток); Пятёрочка «Вода Архыз Легенда Гор, газированная» taken as mineral "
           "(the brand's other titles say минеральная). Excluded: still waters (Пилигрим без газа, Нарзан "
           "негазированная, Acqua Panna, Evian, Архыз 5 l), mineral waters whose gas is not stated (Нагутская-26 "
           "1.5 l, Мтаби, Arivali), sparkling drinking (non-mineral) waters (Святой Источник, Сенежская, "
           "Малаховская, Акваграцио, Магнит питьевая) and Perrier juice drinks"),
    ]),
    # L16 tea, coffee, sugar
    ("чай липтон черный 100 пакетиков, кофе зерновой лавацца, сахар рафинад пачку, сгущенку рогачев 2 банки", [
        ("чай липтон черный 100 пакетиков", {
            "pyaterochka": ["11200"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton plain black tea in packs of 100 bags (the count names the pack): Пятёрочка «Lipton Yellow "
           "label, 100х2г». Lipton Earl Grey 100 bags (Пятёрочка, Магнит) is flavoured (bergamot) and excluded as"
           " in set vy; Lipton «Баланс и спокойствие» 25 bags (flavoured), green Magnificent Matcha and Lipton "
           "iced-tea drinks excluded"),
        ("кофе зерновой лавацца", {
            "pyaterochka": ["45169", "3086387"],
            "magnit": ["105001"],
            "dixy": [],
            "perekrestok": [],
        }, "Lavazza coffee beans: Пятёрочка «QUALITA ORO зер.» 250 g and «Lavazza, зерновой, 1 кг»; Магнит "
           "«Лавацца Квалита Оро Пёрфект Симфони, зерно» 250 g. Ground Lavazza «QUALITA ORO мол.» excluded"),
        ("сахар рафинад пачку", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "lump sugar (рафинад): Магнит «РУССКИЙ Сахар белый прессованный 1кг» (pressed sugar cubes = рафинад - "
           "outside knowledge); «пачку» is a quantity. Пятёрочка's cane «Демерара» (granulated, unrefined) and "
           "powdered sugar excluded"),
        ("сгущенку рогачев 2 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Рогачёв sweetened condensed milk: only boiled condensed milk of Рогачёв is on sale (Пятёрочка "
           "«вареное … Егорка Рогачев», Магнит «Рогачев, вареное») - варёная сгущёнка is another product (as in "
           "set g); Алексеевское is another brand, Перекрёсток's «Рогачевъ» is drinking milk. Missing everywhere"),
    ]),
    # L17 sweets for tea
    ("зефирки ванильные к чаю, печенюшки овсяные подешевле, шоколадку аленку для мелкой, вафли яшкино к чаю", [
        ("зефирки ванильные к чаю", {
            "pyaterochka": ["3406629", "3936545", "4086822"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vanilla zefir (marshmallow): Пятёрочка Шарлиз «глазированный ваниль» 240 g, «Зефир глазированный в "
           "шоколадной глазури с ароматом ванили» 1 kg, белевский «Зефир с ароматом ванили гл.» 250 g (glazing "
           "not excluded - the user named none). Other flavours (Антоновка, черносмородиновый, ягодный парфе, "
           "клубника, абрикос-манго, «Зефирное детство»), LOVE IS dessert marshmallow and marshmallow sweets "
           "excluded"),
        ("печенюшки овсяные подешевле", {
            "pyaterochka": ["3995521", "3655049"],
            "magnit": ["106071"],
            "dixy": [],
            "perekrestok": [],
        }, "plain oatmeal cookies: Пятёрочка «Печенье овсяное Классическое» 250 g and «Печенье овсяное, "
           "Юбилейное» 313 g; Магнит Хлебный спас «Овсяное, Особое» 250 g (taken as the plain variant - "
           "judgement); «подешевле» is a wish. Flavoured or filled oatmeal cookies excluded as «plain products "
           "exclude flavoured ones»: with chocolate pieces, «Миндальное овсяное», Хлебный спас «Мультизлаковое с "
           "нач. Яблоко и корица», Любятово «Печ.овс.с черносл/льн.сем.» and the «Злаковое ассорти» mix; oat "
           "flakes and porridges excluded"),
        ("шоколадку аленку для мелкой", {
            "pyaterochka": ["3426468", "3601839"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Алёнка» chocolate bars: Пятёрочка Красный Октябрь «Аленка, молочный» 200 g and «Шоколад молочный "
           "Аленка» 15 g. АЛЕНКА confectionery gift sets (Весёлые каникулы, Маскарад) excluded; no Alenka in "
           "other chains"),
        ("вафли яшкино к чаю", {
            "pyaterochka": ["3141421", "2126636"],
            "magnit": ["f55f44c954", "7d5a68f794", "01fb3ade65", "29989b90ed"],
            "dixy": [],
            "perekrestok": [],
        }, "Яшкино wafers of any variety (сгущёнка, глазированные с орешками, сливочные, с варёной сгущёнкой, "
           "тонкие клубничные); «к чаю» is a purpose. Яшкино croissants and пряники, other wafer brands "
           "(Коломенское, Коровка, Aladushkin…) excluded"),
    ]),
    # L18 children's breakfast
    ("хлопья несквик на завтрак, йогурт питьевой клубничка, сырки глазированые 5 шт, мёд цветочный банку", [
        ("хлопья несквик на завтрак", {
            "pyaterochka": ["3434742", "4072647", "3363325", "3926616", "3368535"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik ready breakfast cereal of any shape (шоколадный завтрак 250/700 g, Алфавит, ДУО, BananaCrush "
           "filled pillows; «хлопья» used loosely for breakfast cereal - judgement). Nesquik cocoa drink powders,"
           " chocolate bars and sweets, Nestlé Gold corn flakes (another brand) excluded"),
        ("йогурт питьевой клубничка", {
            "pyaterochka": ["3628399", "4035473", "4066181"],
            "magnit": ["205071"],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry drinking yoghurt: Чудо «клубника/земляника» 2.4 % 270 g (Пятёрочка «ЧУДО Йогурт "
           "вк.клуб/земл.», Магнит «Йогурт Чудо, питьевой, клубника/земляника»), Активиа «с клубникой и "
           "земляникой» 260 g (the 260 g Activia bottle is the drinking one - outside knowledge) and the "
           "children's «Йогурт питьевой … со вкус. Клубничного пломбира» 190 g. Excluded: spoonable cups (Активиа"
           " 150 g with strawberry-apple-pitahaya, Greek yoghurts), mixed flavours not strawberry-led (EPICA "
           "клубника/маракуйя, Активиа дыня-клубника), the plain 270 g bio-yoghurt «с клубникой» 1 % (drinking "
           "not stated), yoghurt cocktails and desserts, strawberry milk"),
        ("сырки глазированые 5 шт", {
            "pyaterochka": ["3410456", "3601367", "3472523"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snack bars (сырки глазированные); «5 шт» is a quantity. Accepted plain/vanilla ones: Б.Ю."
           " Александров «глазированный, ванильный, в молочном шоколаде» 5 %, «в белом шоколаде» 26 % and «Суфле "
           "… глазированный» 15 %. Flavoured ones excluded (Картошка, фисташки, Чизкейк), as are glazed curd "
           "desserts in wafer cones (РАЭ), unglazed Свитлогорье «Сырок творожный» 120 g, processed cheese and "
           "cheese snacks"),
        ("мёд цветочный банку", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural flower honey: Пятёрочка Медовый дом «цветочный монофлорный: Восточная липа» and «цветочный: "
           "Южный цветок» 320 g; Магнит Медовый дом «цветочный разнотравье» 250 g; «банку» is a quantity. Crème "
           "honey with lemon-ginger or raspberry (flavoured), honey cakes, чак-чак, honey-flavoured goods "
           "excluded"),
    ]),
    # L19 fish
    ("селедка слабосол, минтай замороженый, шпроты банку, крабовые палочки vici на салат", [
        ("селедка слабосол", {
            "pyaterochka": ["4043492", "3693862", "3637884", "3497722"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4056953", "3497722", "3637884", "79542", "4360965", "4364450", "4034451", "4367712",
                "4147685", "4364448", "4225103"],
        }, "«слабосол» = lightly salted herring, plain (whole or fillet, in oil or brine): titles saying "
           "слабосолёная/малосольная (incl. Пятёрочка «Р.МОРЕ Сел.АППЕТИТ.атл.ф/к с/с мас.400г», с/с = "
           "слабосолёная) plus Santa Bremor «Матиас» fillets (matjes herring is lightly salted by definition; "
           "Перекрёсток's other Матиас titles say слабосолёная - outside knowledge). Excluded: herrings whose "
           "salting is not stated (Пятёрочка «специального посола» 1 kg, Русское Море атлантическая 400 g, Тесей "
           "Царская, Балтийский берег по-царски, all Магнит herrings, Vici «в рассоле с пряностями»), flavoured "
           "variants (с укропом, с луком, с ароматом дыма, in wine marinades, «По-шведски» assortment), Раптика "
           "herring in sauces, herring roe, «Сельдь под шубой» salads, celery («сельдерей»)"),
        ("минтай замороженый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4350401", "4350402"],
        }, "frozen pollock («замороженый» = frozen, a form the user wrote): Перекрёсток Люди Любят «Минтай филе "
           "без кожи замороженный» and «Филе … минтая без кожи порционное мороженое» 400 g. Магнит «Филе минтая, "
           "полуфабрикат из замороженного сырья, 1 кг» (sold by weight, made from frozen raw fish; not stated to "
           "be frozen) excluded; other frozen fish excluded"),
        ("шпроты банку", {
            "pyaterochka": ["3504456", "3469704", "3609788", "3475329", "3648434", "3468684"],
            "magnit": ["109251"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprats (шпроты) of any brand and size, incl. «Шпроты из салаки» and «крупные»; «банку» is a "
           "quantity. Перекрёсток «Килька … пряного посола в масле» (spiced sprat, not шпроты) excluded"),
        ("крабовые палочки vici на салат", {
            "pyaterochka": ["3131715"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3406474", "3447879", "3131715", "4417821", "4311581", "4166323"],
        }, "Vici crab STICKS, chilled or frozen, any size (Пятёрочка 500 g, Магнит 220 g, Перекрёсток 220/250/500"
           " g incl. «Снежный краб» and «Surimi Kama» sticks); «на салат» is a purpose. Vici «крабовое мясо» (as "
           "in set g), other brands' sticks (Русское море, Меридиан, Люди Любят) and other Vici products excluded"),
    ]),
    # L20 cold cuts
    ("докторская колбаса грамм 500, сервелат палку к праздничн столу, гауду в нарезке на бутеры, ветчину для бутербродов", [
        ("докторская колбаса грамм 500", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "boiled sausage «Докторская» of any brand, pack or slicing; «грамм 500» is a quantity (read as «about "
           "500 g»), not a pack size. Сосиски and сардельки «Докторские», other boiled sausages and the energy "
           "drink «The Doctor» excluded; Магнит has no Докторская"),
        ("сервелат палку к праздничн столу", {
            "pyaterochka": ["3440935", "4039999", "3660417", "3385833", "3671899", "3442569"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4390257", "4394293", "4283094", "4400591", "3654318", "4166796", "4135604", "4217621"],
        }, "сервелат (cooked-smoked) as a whole stick («палку»; the sliced Останкино «Швейцарский в нарезке» 100 "
           "g and Дымов «Колб.СЕРВ.КРЕМЛЕВ.в/к нар.110г» excluded) of any recipe (Кремлёвский, Австрийский, "
           "Ореховый, Финский, Российский, Зернистый, Коньячный, Гурман, Мясорубский); «к праздничн столу» is a "
           "purpose. Raw-smoked salami, boiled sausages excluded; Магнит has no сервелат"),
        ("гауду в нарезке на бутеры", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sliced Gouda («в нарезке» is a form the user wrote): none on sale - Пятёрочка LIEBENDORF «Сыр Гауда "
           "45% 1кг» is a block, Laime «Ассорти … Гауда и Тильзитер» 160 g is a two-cheese assortment; other "
           "sliced cheeses (Маасдам, Эдам, Российский, Голландский) are other varieties. Missing everywhere"),
        ("ветчину для бутербродов", {
            "pyaterochka": ["3469348", "4005633", "3365796", "3438509", "3670825", "4037352"],
            "magnit": ["109321", "167871"],
            "dixy": [],
            "perekrestok": ["4395546", "4399593", "4400358", "4195681", "3670825", "3469348", "2072717"],
        }, "ham (ветчина) of any meat and kind, incl. turkey ham and Бахрушинъ dry-cured «Ветчина … сыровяленая»;"
           " «для бутербродов» is a purpose. Canned ham excluded: Магнит «Ветчина мясная, консерва, 325 г», "
           "Пятёрочка Елинский «Ветчина Экстра, ГОСТ» 325 g and «Ветчина Балтийская, говяжья, 325 г» (canned-ham "
           "formats - outside knowledge). Blinchiki, pizza, chebupeli, salads and processed cheese «с ветчиной», "
           "Кириешки «ветчина» excluded"),
    ]),
    # L21 pantry tins
    ("горошек бондюэль 2 банки на оливье, кукуруза консерв, тушенка говяжья на макароны", [
        ("горошек бондюэль 2 банки на оливье", {
            "pyaterochka": [],
            "magnit": ["213651", "111581"],
            "dixy": [],
            "perekrestok": ["27460"],
        }, "Bonduelle canned green peas of any size (Магнит 212 ml and 400 g, Перекрёсток 200 g); «2 банки» a "
           "quantity, «на оливье» a purpose. Other brands (Globus, 6 соток, Знак заботы, Маркет, Пятёрочка's "
           "«молодой Горошек»), other Bonduelle products (corn, beans, olives, mushrooms, wok vegetables) "
           "excluded"),
        ("кукуруза консерв", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "«консерв» = canned sweet-corn kernels of any brand (Heinz 340 g, Bonduelle, Globus, 6 соток, Знак "
           "заботы, Юнона, Пятёрочка's vacuum-packed «Молодая»/«молочная»). Маркет Collection «Кукуруза молодая в"
           " початках» (pickled baby-corn cobs) excluded as another product; corn sticks, flakes, starch, oil, "
           "popcorn, chips excluded"),
        ("тушенка говяжья на макароны", {
            "pyaterochka": ["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
            "magnit": ["111741"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed beef («говядина тушёная») of any brand/grade; «на макароны» is a purpose. Stewed pork "
           "(Лужская марка, Великолукский, Барс, Совок), stewed venison and cat food «Тушеная утка» excluded"),
    ]),
    # L22 Sunday baking
    ("мука пшеничная в/с 2 кг\nдрожжи сухие пакетик для теста\nсахарный песок пачку 1кг\nмасло слив 82.5% для пирога", [
        ("мука пшеничная в/с 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "8065"],
        }, "wheat flour of высший сорт in 2 kg packs (grade and pack size written): Перекрёсток Makfa «высшего "
           "сорта, 2кг» and Пышечка «пшеничная хлебопекарная высшего сорта, 2кг». Excluded: Рязаночка «ЭКСТРА» 2 "
           "kg (another grade, as in set vy), Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), 1 kg packs "
           "(Makfa в/с 1 kg, wholemeal), rye, rice and durum flour"),
        ("дрожжи сухие пакетик для теста", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "dry yeast: Перекрёсток «Дрожжи сухие Саф-Момент быстродействующие» 11 g; «пакетик» a quantity, «для "
           "теста» a purpose. Frozen yeast dough excluded; no yeast in other chains"),
        ("сахарный песок пачку 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "granulated white sugar in 1 kg packs: none on sale - Магнит's «Сахар белый прессованный 1кг» is lump "
           "sugar, Пятёрочка's «Демерара» is 500 g cane sugar, Перекрёсток has only powdered sugar. Missing "
           "everywhere"),
        ("масло слив 82.5% для пирога", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«масло слив» = butter of exactly 82.5 % (a written fat % must match exactly): Пятёрочка «МАСЛО "
           "СЛАДКО-СЛИВОЧНОЕ ТРАДИЦИОННОЕ НЕСОЛЕНОЕ 82,5%» 380 g, Вкуснотеево «Традиц. 82,5%» 400 g, "
           "«Традиционное 82,5%» 175 g, Тысяча Озёр 82,5 % 400 g; «для пирога» is a purpose. Excluded: butters "
           "titled 82 % (Президент, Простоквашино in Магнит and Дикси), 72.5 %, chocolate butter 62 %, ghee "
           "blend, spreads and oils"),
    ]),
    # L23 husband's beer evening
    ("пивко жигулевское 4 банки, рыбка сушеная к пивку, арахис соленый пачку", [
        ("пивко жигулевское 4 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«пивко жигулевское» = Жигулёвское beer: none on sale (only foreign/other brands and alcohol-free beer"
           " drinks) - missing everywhere"),
        ("рыбка сушеная к пивку", {
            "pyaterochka": [],
            "magnit": ["4ce84def29", "705f039ea0"],
            "dixy": [],
            "perekrestok": [],
        }, "dried fish snacks for beer: Магнит BEERKA «Тунец сушено-вяленый соломка» 70 g and SOLO NINA «Вобла "
           "вяленая соломка» 40 g (вяленая вобла is what «сушёная рыбка к пиву» usually means - judgement). Dried"
           " squid «Кальмар стружка» (not fish), squid preserves in brine, salted/smoked fish fillets excluded; "
           "«к пивку» is a purpose"),
        ("арахис соленый пачку", {
            "pyaterochka": ["3954224"],
            "magnit": ["4a8764138e"],
            "dixy": [],
            "perekrestok": [],
        }, "salted roasted peanuts: Пятёрочка «Арахис отборный обжаренный с солью» 100 g, Магнит Восточный гость "
           "«Арахис жар соленый» 150 g. Excluded: Джаз «Арахис жареный» (salt not stated), PARTY NUTS flavoured "
           "peanuts (sea salt & black pepper, wasabi, chili, honey-mustard, sour cream), nut mixes, peanut halva,"
           " nougat"),
    ]),
    # L24 freezer
    ("пельмени сиб коллекция, вареники с картошкой пачку на ужин, пломбир в стаканчике 4 шт, овощная смесь замороженная на гарнир", [
        ("пельмени сиб коллекция", {
            "pyaterochka": ["3985043", "3693417", "3693418", "3693405", "3671957"],
            "magnit": ["4907605c6d", "111711"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "«сиб коллекция» = pelmeni of the brand «Сибирская коллекция», any variety (Телячьи, Особые со "
           "сливками/на сливках, Фирменные, Новосибирские, 4 вида мяса, Сочные). Other pelmeni brands (Мираторг, "
           "Цезарь, Стародворье, Ложкаревъ, Горячая штучка, Eat Meat) excluded"),
        ("вареники с картошкой пачку на ужин", {
            "pyaterochka": ["3697765"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vareniki with potato: Пятёрочка ЦЕЗАРЬ «Вареники с карт/жар.луч.» 600 g (potato with fried onion). "
           "Сытый папа «с картофелем-луком и грибами» 450 g and ЛОЖКАРЕВ «Варен/карт и гриб.» 350 g "
           "(potato-mushroom fillings) excluded; no vareniki elsewhere; «пачку» is a quantity, «на ужин» a "
           "purpose"),
        ("пломбир в стаканчике 4 шт", {
            "pyaterochka": ["4009747"],
            "magnit": ["454d2f4e9d", "5e86759538"],
            "dixy": [],
            "perekrestok": [],
        }, "plain (vanilla) plombir in a wafer cup; «4 шт» is a quantity: Пятёрочка Свитлогорье «пломбир с "
           "ароматом ванили в вафельном стаканчике», Магнит 48 КОПЕЕК «стак пломбир» 88 g and СЛАВИНО «пломбир "
           "ванил в ваф/стак». Chocolate plombir cup (СЛАВИНО шокол.), plombir in cones, briquettes, flow-packs, "
           "eskimo and «Как раньше» 70 g (form not stated) excluded"),
        ("овощная смесь замороженная на гарнир", {
            "pyaterochka": ["3699702", "3699703", "4072222", "4072221", "4087615", "4087616", "3984861", "3483015",
                "3646109", "3483421"],
            "magnit": ["b6f4eb0634", "204671", "54918ef0d1"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen vegetable mixes of any recipe: Пятёрочка Global Village Гавайская and Мексиканская, Азиатская "
           "and Карибская «с соусом» (all listed in Пятёрочка's frozen category), «Овощная смесь "
           "быстрозамороженная» Вок and Фасулье, «Смесь овощная замороженная Грибное ризотто», HORTEX «Квартет "
           "овощной», 4 Сезона «8 овощей» and Vитамин «Ов-гриль … с ит.тр. зам.» 400 g; Магнит Hortex Гавайская, "
           "Мираторг Vитамин Мексиканская, Bonduelle «Овощи по-азиатски Вок». Global Village «Рагу овощное» 510 g"
           " (canned), Janarat grilled vegetables in a jar, Vитамин «Киноа … с овощ.» (a quinoa dish), single "
           "frozen vegetables (broccoli), fresh salad mixes (Белая Дача, Маркет Fresh) and ready meals excluded; "
           "«на гарнир» is a purpose"),
    ]),
    # L25 cat and batteries
    ("корм для кошки вискас паучи, наполнитель для лотка древесный котику, батарейки пальчиковые аа для пульта", [
        ("корм для кошки вискас паучи", {
            "pyaterochka": ["4087104", "4089560"],
            "magnit": ["205991", "109231"],
            "dixy": [],
            "perekrestok": [],
        }, "Whiskas wet cat food in pouches (the form written): Пятёрочка Whiskas «Праздничное меню» 85 g (turkey"
           " in sauce, duck in jelly) and Магнит Whiskas «желе, индейка» and «с говядиной, мини-филе» 85 g - "
           "Whiskas 85 g portions are pouches (titles say «консервированный» or nothing; outside knowledge). "
           "Whiskas kitten food (Магнит «для котят», two ids) excluded as food for kittens, not for a cat; other "
           "brands (Felix, Sheba, Gourmet, Darling pouches, Perfect Fit, Purina One) excluded"),
        ("наполнитель для лотка древесный котику", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cat litter in any chain (grep наполнит/лоток) - missing everywhere"),
        ("батарейки пальчиковые аа для пульта", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no batteries in any chain (grep батаре/AA) - missing everywhere"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fucNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fuc\d\d ===$", line):
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
                    errors.append("fuc%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fuc%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fuc"))
