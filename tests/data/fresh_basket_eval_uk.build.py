#!/usr/bin/env python3
"""Re-create fresh_basket_eval_uk.jsonl -- 25 shopping lists of a young working couple doing Sunday meal prep for
the whole week (lunch containers, grains, chicken, vegetables, sauces), hand-labelled against the real offers in
real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_uk.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_uk.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores; none were needed in this set).
labelled_lists.build then checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock, no id repeats within an item, every item has a note, the labels are exactly the list's items in order (an
item is the text between commas / new lines) -- and writes the JSONL; labelled_lists.stats prints the counts.  List
ids are fuk01, fuk02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_uk.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_uk.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none in this set
REPLACED = []

# accepted ids shared by several items
_CARROTS = {"pyaterochka": [], "magnit": ["199761"], "dixy": [], "perekrestok": ["52112"]}
_GARLIC = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["17662"]}
_GREEK_2 = ["4324114", "3601417", "3697856", "4326197", "4326198"]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 курица с рисом и брокколи
    ("куриное филе 1500г\nрис басмати 2 пачки\nброколи замороженная\nсоус терияки замариновать курицу", [
        ("куриное филе 1500г", {
            "pyaterochka": ["2160069", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chilled chicken breast fillet («куриное филе» = breast fillet, as in real_basket_eval), incl. Петелинка "
           "«Филе цыплёнка малое» (the inner breast fillet); «1500г» is a quantity of meat, not a pack size; «Куриная "
           "грудка без кожи» Первая Свежесть excluded (breast on the bone, not fillet - outside knowledge), thigh fillet, "
           "turkey fillet, ready grilled/baked fillet (Зелёная Линия 182 г), whole birds, nuggets, canned chicken, pet food "
           "excluded; Магнит and Дикси carry no chicken fillet"),
        ("рис басмати 2 пачки", {
            "pyaterochka": ["5722"],
            "magnit": ["7936bf2f6b"],
            "dixy": [],
            "perekrestok": [],
        }, "basmati rice (Мистраль 500 г, Националь 500 г); «2 пачки» is a count of packs; jasmine, long-grain, plov and "
           "round rice, rice mixes (Акватика MIX, рис и греча) excluded"),
        ("броколи замороженная", {
            "pyaterochka": [],
            "magnit": ["23e8f39e40"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen broccoli (Морозко Green 800 г; «броколи» is a typo of брокколи); frozen vegetable mixes (Вок, Гавайская, "
           "Мексиканская, 4 сезона, Квартет), broccoli baby purees excluded"),
        ("соус терияки замариновать курицу", {
            "pyaterochka": ["3503548", "3408179"],
            "magnit": ["5cc4e199c5", "587b021940"],
            "dixy": [],
            "perekrestok": [],
        }, "teriyaki sauce of any brand (Heinz, Сэн Сой Премиум, Premiere of Taste, Махеевъ); «замариновать курицу» is a "
           "purpose; frozen ready meals «в соусе терияки» and Pringles «терияки» chips excluded"),
    ]),
    # L02 гречка с индейкой
    ("гречка ядрица 900г на всю неделю, фарш из индейки 1 кг, морковка 3 штучки на зажарку, лук репчатый на зажарку", [
        ("гречка ядрица 900г на всю неделю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no buckwheat groats in a 900 g pack in any chain: «900г» is the standard pack of buckwheat and names the pack "
           "(as «сахар 1кг» in set g), so Магнит «Крупа Гречневая Prosto, 500 г» is left out; buckwheat flakes, soba, "
           "porridges, «Рис и греча» mix, «Гречка с грибами» kit and canned buckwheat with meat are other products"),
        ("фарш из индейки 1 кг", {
            "pyaterochka": ["3629402"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "turkey mince (Пава Пава «нежный, из индейки» 500 г); «1 кг» is a quantity of meat; Петелинка «Фарш Премиум» "
           "(chicken brand), beef, pork-beef and «Домашний»/«Деревенский» mince, turkey cutlets, тефтели and азу excluded"),
        ("морковка 3 штучки на зажарку", _CARROTS,
         "fresh carrots (Магнит «Морковь мытая» 1 кг, Перекрёсток «Морковь мытая» by weight); «3 штучки» is a quantity, «на "
         "зажарку» a purpose; Korean carrot salads, carrot juices/nectars, baby purees and pet food excluded"),
        ("лук репчатый на зажарку", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012", "4272905"],
        }, "fresh bulb onions of any colour (Светофор 3 шт, Ялтинский, красный, белый; Перекрёсток «Лук салатный» sold by "
           "the kg taken as a sweet bulb onion - outside knowledge); shallots (Лук Шалот - a different product), green "
           "onion, herb mixes, «Луковки» in a jar, onion-flavoured chips and crackers excluded"),
    ]),
    # L03 бёдра, булгур, кабачки
    ("бедра куриные без кожи и кости 2 кило, булгур пачку на гарнир, кабачки пару штук на запекание, йогурт греческий без добавок для соуса", [
        ("бедра куриные без кожи и кости 2 кило", {
            "pyaterochka": ["4007208"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4007208"],
        }, "boneless skinless chicken thigh fillet whose title says «без кожи» (Пятёрочка «Филе бедра без кожи ЦБ», Перекрёсток "
           "Петелинка «Филе бедра цыплёнка … без кожи»); «2 кило» is a quantity; thigh fillets whose titles do not state "
           "skinless (Троекурово «без кости», Первая свежесть, Зелёная Линия - the user required «без кожи»), bone-in thighs, "
           "drumsticks, turkey thigh fillet excluded"),
        ("булгур пачку на гарнир", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no bulgur in any chain; couscous and quinoa are absent too, the frozen Vитамин «Киноа с овощами» is another product"),
        ("кабачки пару штук на запекание", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["44110", "48632"],
        }, "fresh courgettes (Кабачки, Кабачки цуккини зелёные); squash caviar «икра из кабачков», Дядя Ваня «Кабачки в "
           "аджике» (canned) and baby purees excluded"),
        ("йогурт греческий без добавок для соуса", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": _GREEK_2 + ["4068957"],
        }, "plain Greek yoghurt of any fat (Neo «классический без сахара» 2%, Teos Греческий 2% 140/250 г, Простоквашино "
           "Греческий 2% 135/235 г, Зелёная Линия «натуральный» 4%; titles naming no flavour taken as plain); Пятёрочка "
           "«Греческий» with cherry/blueberry filling, Дикси Viola «Малина-Мята», other yoghurts, Сиртаки «для греческого "
           "салата» and Фетика cheese excluded"),
    ]),
    # L04 завтраки
    ("овсянка геркулес на завтраки всю неделю, яйца десяток с1 на омлеты, молоко 2.5% в овсянку 2 литра, бананы связку на перекусы", [
        ("овсянка геркулес на завтраки всю неделю", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats of the «Геркулес» kind: Клинские «Геркулес» 500 г and Увелка «Хлопья зерн. овсян. трад.» (traditional "
           "rolled oats = the Геркулес kind - outside knowledge); instant flavoured porridges (Быстров, Ясно Солнышко, Heinz), "
           "fermented oat products Велле, oat cookies, bran, buckwheat/rice/multigrain flakes excluded"),
        ("яйца десяток с1 на омлеты", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "chicken eggs of class С1 in packs of 10 (Село Зелёное, Окское, Зелёная Линия «Активита с селеном и йодом», Маркет "
           "Перекрёсток); «десяток» = packs of 10 only; С1 20-packs (Лето), СО/отборные, 6-packs and quail eggs excluded"),
        ("молоко 2.5% в овсянку 2 литра", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700", "af8570f806",
                            "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243",
                            "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "drinking cow milk of exactly 2.5% fat, pasteurised, UHT or sterilised, any pack (incl. Вкуснотеево 0.2 л and the "
           "children's Сарафаново 2.5%, as in real_basket_eval); «2 литра» is a quantity; 1.5/3.2/3.4-6% milk, ranges, "
           "топлёное, goat milk, Чудо strawberry 2%, Barista, condensed milk, milkshakes and plant drinks excluded"),
        ("бананы связку на перекусы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (loose, фасованные, mini, Organic); «связку» is a quantity; dried bananas, banana drinks, "
           "smoothies, yoghurts, purees, sweets and cereals with banana excluded"),
    ]),
    # L05 паста болоньезе
    ("паста пенне barilla, фарш говяжий 800г, томаты в с/с 2 банки, пармезан грамм 200 натереть в пасту", [
        ("паста пенне barilla", {
            "pyaterochka": ["4037652"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Barilla penne (Пятёрочка «Barilla, ПЕННЕ РИГАТЕ 450г»); other Barilla shapes (Пипе ригате, Спагетти, Капеллини, "
           "Джирандоле), Federici «Перья рифленые», Макфа «перья» and other brands excluded (brand and shape were written)"),
        ("фарш говяжий 800г", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "minced beef (Рестория, Останкино, Мираторг, 400 г packs); «800г» is a quantity of meat from the plan, not a pack "
           "size; pork-beef and «Домашний»/«Деревенский» mixed mince, turkey and pork mince, beef cuts and cutlets excluded"),
        ("томаты в с/с 2 банки", {
            "pyaterochka": ["3327872"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned tomatoes in their own juice (в с/с = в собственном соку); Global Village «Томаты в томатном соке» 680 г "
           "accepted as the same product (outside knowledge: canned tomatoes in own juice are packed in tomato juice); "
           "marinated and salted tomatoes, fresh tomatoes, tomato paste, sauces and juices excluded"),
        ("пармезан грамм 200 натереть в пасту", {
            "pyaterochka": ["3650219", "3462825", "24647", "3433812"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3963977", "3206443", "3433812", "3912980"],
        }, "Parmesan cheese of any brand and pack, whole pieces and ready-grated (Castello Reggianido «ПАРМЕЗ.», Laime, Cheese "
           "Gallery, Dolce Granto by weight and grated, Зелёная Линия «Пармезан молодой»); «грамм 200» (approximate, "
           "inverted order) is a quantity and «натереть в пасту» a purpose; parmesan-flavoured chips and Фуэт «С Сыром "
           "Пармезан» sausage excluded"),
    ]),
    # L06 маринад
    ("соевый соус для маринада, мед цветочный для маринада, чеснок 2 головки покрупнее, кунжут белый посыпать", [
        ("соевый соус для маринада", {
            "pyaterochka": ["3072579", "3995914", "3484963"],
            "magnit": ["903c9b5986"],
            "dixy": [],
            "perekrestok": [],
        }, "soy sauce of any brand and size (Сен Сой Классический 1 л, Чим-Чим, Thai-so, Стебель Бамбука); teriyaki "
           "sauces (Сэн Сой Терияки) and the soy drink Green Milk excluded"),
        ("мед цветочный для маринада", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural flower honey whose title says «цветочный» (Медовый Дом «разнотравье», «Восточная липа» monofloral, «Южный "
           "цветок»); Крем-мёд «с лимоном и имбирём» / «с малиной» (flavoured), honey cakes, чак-чак, honey-flavoured "
           "cookies and muesli excluded"),
        ("чеснок 2 головки покрупнее", _GARLIC,
         "fresh garlic bulbs (Перекрёсток «Чеснок, 3шт»); «2 головки» is a quantity, «покрупнее» a wish; salted garlic ФЭГ, "
         "dried granulated garlic, garlic seasonings and garlic-flavoured croutons excluded"),
        ("кунжут белый посыпать", {
            "pyaterochka": [],
            "magnit": ["c1996d45f5"],
            "dixy": [],
            "perekrestok": [],
        }, "sesame seeds: Восточный гость «Семена кунжута 40г» taken as white sesame (outside knowledge: sesame sold without a "
           "colour is the white kind, black sesame is always labelled «черный»); crackers, buns and sweets «с кунжутом» "
           "excluded"),
    ]),
    # L07 треска с пюре
    ("филе трески мороженое, картошка 2кг на пюре, лимончик сбрызнуть треску, сливочное масло 82% в пюре", [
        ("филе трески мороженое", {
            "pyaterochka": ["3626338"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4352492", "4358015", "4352493"],
        }, "frozen cod fillet (Fish House «Треска филе» 600 г in the frozen category, Люди Любят «без кожи», «порционное», "
           "«спинки без кожи»); Borealis «Бакаляо По-Мурмански» fillet excluded (bacalao names salt cod - outside "
           "knowledge, not plain frozen fillet), cod steaks and тушка (not fillet), cod roe, cod fish cakes, pet food excluded"),
        ("картошка 2кг на пюре", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (мытый, красный, «для варки», «для жарки», «Новый урожай», молодой); «2кг» is "
           "a quantity and «на пюре» a purpose; crisps, «картофель хрустящий», instant mash, frozen dumplings, «Картошка» "
           "marzipan sweet and herring «к картошке» excluded"),
        ("лимончик сбрызнуть треску", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons in any chain; citric acid, lemonade, lemon-flavoured drinks, sweets, cleaners and the lime-lemon "
           "mayonnaise are other products"),
        ("сливочное масло 82% в пюре", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter of 82% or 82.5% fat (82,5% counts as «82», as in the earlier sets; sweet-cream and Президент "
           "кислосливочное both accepted); 72.5% butter, chocolate butter 62%, spreads, «Топленая смесь» and dishes with "
           "butter excluded"),
    ]),
    # L08 перекусы
    ("творог 5% 4 пачки на перекусы, грецкие орехи 200г, изюм без косточек немного", [
        ("творог 5% 4 пачки на перекусы", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese of exactly 5% (Село Зелёное 500 г, Молочный знак 180 г); «4 пачки» is a count; Савушкин «101 "
           "ЗЕРНО+СЛ.» with berries, Данон «зерненый в йогурте» with fruit filling, 5.5% soft curd, 3%/4%/9%/0.5% curd, curd "
           "desserts and children's fruit curds excluded"),
        ("грецкие орехи 200г", {
            "pyaterochka": ["3982582", "3915361"],
            "magnit": ["200261"],
            "dixy": [],
            "perekrestok": [],
        }, "walnuts, shelled or in shell (Mix Bar «Грецкий орех» 100 г, BOTANICA «Ядро ореха грецкого» 140 г, Магнит «Орех "
           "грецкий, неочищенный, 100 г» priced per 100 g loose); «200г» is read as the quantity from the plan (nuts are "
           "also sold by weight; no chain has a 200 g pack); nut mixes, walnut jam, chocolates and cookies with walnuts, "
           "Bombbar walnut bars and other nuts excluded"),
        ("изюм без косточек немного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raisins in any chain; nut-and-raisin mixes (Семушка, Mix Bar, Джаз «Студенческий»), chocolate, cookies, "
           "yoghurt and buns with raisins are other products"),
    ]),
    # L09 хранение и запекание
    ("контейнеры для еды с крышкой штук 10, пакеты zip lock для заморозки, фольга пищевая для запекания курицы, пергамент для запекания", [
        ("контейнеры для еды с крышкой штук 10", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no food containers in any chain; disposable cups, food bags and the roasting sleeve are other products"),
        ("пакеты zip lock для заморозки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no zip-lock (slider or press-seal) bags in any chain; Перекрёсток «Пакеты для завтрака» Пр!ст and «Пакеты для "
           "пищевых продуктов» Home Story are plain bags without a zip (the form the user wrote), bin bags excluded"),
        ("фольга пищевая для запекания курицы", {
            "pyaterochka": [],
            "magnit": ["f69098d85b"],
            "dixy": [],
            "perekrestok": [],
        }, "aluminium kitchen foil: Магнит «Фольга особопрочная 29смх7м 14мкм» (РУСАЛ-Саянская фольга) taken as food foil "
           "(outside knowledge: the household roll foil for food); the roasting sleeve (рукав для запекания) excluded"),
        ("пергамент для запекания", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no baking parchment in any chain; Перекрёсток «Упаковочная бумага» (gift wrap), «Рукав для запекания» and toilet "
           "paper are other products"),
    ]),
    # L10 чили
    ("фасоль красная в банке 2 шт на чили, кукуруза консервированная на чили, перец болгарский 3 шт на чили", [
        ("фасоль красная в банке 2 шт на чили", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635743"],
        }, "canned red kidney beans in their own liquid (Маркет Перекрёсток «Фасоль красная натуральная» 400 г); Бондюэль "
           "«Красная фасоль в классическом Барбекю» (beans in sauce - a flavoured product), white beans, Пиканта baked beans "
           "in tomato sauce (colour not stated), bean salads and pet food «с фасолью» excluded"),
        ("кукуруза консервированная на чили", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet corn kernels of any brand and size (Bonduelle, Globus, Heinz, 6 соток, Знак Заботы, Юнона, Пятёрочка "
           "«молодая»/«молочная»); Маркет Collection «Кукуруза молодая в початках» (jarred baby corn cobs - another product), "
           "corn starch, corn sticks, flakes, crisps and Corny bars excluded"),
        ("перец болгарский 3 шт на чили", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["2080290", "4228843", "6178", "6177"],
        }, "fresh sweet (bell) peppers of any colour (красный, жёлтый, Рамиро сладкий; Перекрёсток «Перец в ассортименте, "
           "2шт» taken as a pack of sweet peppers - outside knowledge); «3 шт» is a quantity and «на чили» a purpose; ground "
           "paprika, black pepper, chili, pepper-grill and pepper-caviar preserves, mussels with peppers excluded"),
    ]),
    # L11 карри с нутом
    ("кокосовое молоко 2 банки на карри, нут консервированный пару банок, шпинат замороженный в карри, паста карри красная", [
        ("кокосовое молоко 2 банки на карри", {
            "pyaterochka": ["3495702"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "coconut milk for cooking (Пятёрочка «Кокосовое молоко … (жирность 17-19%) 400мл»); the Green Milk coconut drink "
           "1.5%, coconut flakes, sweets and drinks with coconut excluded"),
        ("нут консервированный пару банок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chickpeas (canned or dry) in any chain; hummus is another product"),
        ("шпинат замороженный в карри", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen spinach in any chain; Перекрёсток's fresh baby spinach (the form written is frozen), spinach smoothies "
           "and pet food «со шпинатом» excluded"),
        ("паста карри красная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no curry paste in any chain; Кухмастер «Соус Карри» (a ready sauce, not red curry paste) and Pringles «Тикка "
           "Масала» excluded"),
    ]),
    # L12 маффины из яиц
    ("яйца С0 2 десятка на маффины\nсыр моцарела тертый\nпомидорки черри грамм 300\nшпинат свежий пакетик", [
        ("яйца С0 2 десятка на маффины", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "chicken eggs of class С0/СО (= отборные) in packs of 10 (Волжское Утро «отборные», Окское СО, Роскар «Экстра СО», "
           "Маркет Перекрёсток СО); «2 десятка» = two packs of 10; Волжанин «отборной категории» 6-pack, С1 eggs of any pack "
           "and quail eggs excluded"),
        ("сыр моцарела тертый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4111694"],
        }, "grated mozzarella (Cheese Gallery «Моцарелла тертый 40%»; «моцарела» is a typo); mozzarella balls, mini, "
           "sticks, sandwich slices and blocks whose titles do not say grated (incl. «Моцарелла Пицца» 250 г and Маркет "
           "«для пиццы» 250 г), processed «Моцарелла» Galbani and grated Голландский/Пармезан excluded (form and kind were "
           "written)"),
        ("помидорки черри грамм 300", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841"],
            "dixy": [],
            "perekrestok": ["3676649", "4188460", "3673307"],
        }, "fresh cherry tomatoes of any colour and pack (на ветке, сливовидные, Медовые красные/оранжевые); «грамм 300» is an "
           "approximate quantity of produce; «Томаты коктейльные» (cocktail tomatoes, as in set g), Магнит «Ассорти Черри и "
           "Корнишоны» (a mix of another product too, form not stated), ordinary tomatoes, Pepsi «Вайлд Черри» excluded"),
        ("шпинат свежий пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78000187", "3369264", "4295871"],
        }, "fresh spinach leaves in a pack (Шпинат бэби мытый 50 г, Шпинат мини 125 г, Маркет Fresh «Салат Мини Шпинат» 65 г - "
           "spinach sold as a salad leaf); the рукола-мангольд-шпинат mix, spinach smoothies and yoghurt with spinach "
           "excluded"),
    ]),
    # L13 куриный суп
    ("суповой набор куриный на суп на неделю, вермишель паутинка в суп, морковь кило на суп, картофель молодой на суп", [
        ("суповой набор куриный на суп на неделю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken soup set in any chain; Магнит's salmon «Суповой набор»/«Набор для ухи» (fish), whole chickens, chicken "
           "wings and drumsticks and bouillon cubes are other products"),
        ("вермишель паутинка в суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «паутинка» (the finest soup vermicelli) in any chain; Federici «Макароны ВЕРМИШЕЛЬ» (Italian vermicelli, a "
           "thick spaghetti - outside knowledge) and Пятёрочка «вермишель для супчика» (egg vermicelli, shape not stated as "
           "паутинка) excluded because the user named the shape; instant noodles and Vegeta soup excluded"),
        ("морковь кило на суп", _CARROTS,
         "fresh carrots (Магнит «Морковь мытая» 1 кг pack, Перекрёсток «Морковь мытая» by weight); «кило» is a quantity of a "
         "weighed good; Korean carrot salads, carrot juices, baby purees and pet food excluded"),
        ("картофель молодой на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["72aaa021b7"],
            "perekrestok": [],
        }, "young (new) potatoes whose title says «молодой» (Дикси «Картофель молодой, 1 кг»); the variety was written, so "
           "ordinary мытый/красный/«для варки»/«для жарки» potatoes and Магнит «Картофель Новый урожай» (new crop, not "
           "stated young) excluded"),
    ]),
    # L14 салаты в ланчбоксы
    ("салат айсберг кочанчик в ланчбоксы, огурцы гладкие 4 шт, помидоры розовые грамм 500, масло оливковое extra virgin на заправку", [
        ("салат айсберг кочанчик в ланчбоксы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["77107"],
        }, "a head of iceberg lettuce (Маркет Fresh «Салат Айсберг, 1шт»); «кочанчик» names a whole head (as «вилок» in set "
           "vy), so «Салат Выгодно Айсберг свежий мытый, 200г» (a washed pack, not stated to be a head) is left out; mixes "
           "with iceberg (айсберг-радичио-фриссе, айсберг-романо), Романо, Фриллис, рукола, radicchio, ready salads excluded"),
        ("огурцы гладкие 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cucumber titled smooth («гладкие»/long-fruited) in any chain; the user wrote the variety, so short-fruited, "
           "«пупырчатые», Ботаника, «Хрустящие» and корнишоны (none stated smooth) are left out; pickled cucumbers excluded"),
        ("помидоры розовые грамм 500", {
            "pyaterochka": [],
            "magnit": ["107631"],
            "dixy": [],
            "perekrestok": ["4355823"],
        }, "fresh pink tomatoes (Магнит «Томаты розовые» 700 г, Перекрёсток «Томат Дагестан розовый»); «грамм 500» is an "
           "approximate quantity; the colour was written, so Бакинские (not stated pink in the title), red, cherry, "
           "cocktail, plum and vine tomatoes, marinated and salted tomatoes excluded"),
        ("масло оливковое extra virgin на заправку", {
            "pyaterochka": ["2153521", "4082388", "63538"],
            "magnit": ["204571", "190b32a64b"],
            "dixy": [],
            "perekrestok": [],
        }, "extra virgin olive oil (Filippo Berio EV / Organic Extra Virgin, Monini Экстра Вирджин, Global Village «нераф. "
           "Extra Virgin»; Monini «CLAS. олив. нераф.» taken as Monini Classico, which is extra virgin - outside knowledge); "
           "Global Village «Virgen Extra … рафинированное, с добавлением нерафинированного» (a refined blend despite the "
           "name), Магнит «Pure», sunflower oil «с добавлением оливкового», olive mayonnaise and tuna in olive oil excluded"),
    ]),
    # L15 ленивая овсянка
    ("хлопья овсяные долгой варки для ленивой овсянки, семена чиа для пудинга, кефир 1% залить овсянку", [
        ("хлопья овсяные долгой варки для ленивой овсянки", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "long-cooking rolled oats: Клинские «Геркулес» and Увелка «традиционные» (traditional/Геркулес flakes are the "
           "long-cooking kind - outside knowledge); «не требующая варки» instant porridge, flavoured porridges, Велле, "
           "cookies, bran and other flakes excluded"),
        ("семена чиа для пудинга", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chia seeds in any chain; yoghurts and drinks «с семенами чиа» and Ecobotanica «черсморчиа» marmalade are other "
           "products"),
        ("кефир 1% залить овсянку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir of any fat in any chain; Актимель, Имунеле, drinking yoghurts and «кисломолочный» cocktails are other "
           "products"),
    ]),
    # L16 индейка с бурым рисом
    ("филе индейки 1кг, рис бурый на гарнир, фасоль стручковая замороженная 400г", [
        ("филе индейки 1кг", {
            "pyaterochka": ["3966112", "4013612"],
            "magnit": ["107381"],
            "dixy": [],
            "perekrestok": ["3688509", "3979117", "4326921", "3966112"],
        }, "raw turkey breast fillet («филе индейки» read like «куриное филе» = breast fillet): Филе грудки индейки ИндиЛайт/"
           "Пава-Пава/Зелёная Линия, ИндиЛайт «Филе малое», Пятёрочка «Вырезка из индейки» (the inner breast fillet - "
           "outside knowledge) and Магнит «Филе индейки, в маринаде» (raw fillet in marinade, as raw parts in marinade count "
           "for курица in real_basket_eval); «1кг» is a quantity; thigh and drumstick fillets, breast steaks (portion cuts), "
           "азу, буженина, mince, cutlets, canned SETRA fillet, ham and pet food excluded"),
        ("рис бурый на гарнир", {
            "pyaterochka": ["2167599"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "brown rice (Агро-Альянс «Рис ЭКСТРА БУРЫЙ» 800 г); Мистраль «Акватика MIX» (a rice mix), white, basmati, jasmine "
           "and plov rice excluded"),
        ("фасоль стручковая замороженная 400г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen green beans in any chain; frozen vegetable mixes that contain beans (Овощи по-турецки «Фасулье», Мексиканская "
           "смесь, 4 сезона) are other products"),
    ]),
    # L17 паста с песто и курицей
    ("фузилли барилла, соус песто в баночке, грудка куриная охлажденная кило", [
        ("фузилли барилла", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Barilla fusilli in any chain; Barilla Джирандоле (another shape), Gusto di Roma «Fusilli», Federici "
           "«СПИРАЛЬКИ» and the unbranded «Fusilli n.31» (not Barilla) excluded, as brand and shape were written"),
        ("соус песто в баночке", {
            "pyaterochka": ["2140646", "3477315"],
            "magnit": ["fc54ad529d"],
            "dixy": [],
            "perekrestok": [],
        }, "pesto sauce in a jar (Premiere of Taste «Песто Дженов» ст/б, Barilla «Pesti Genovese» 190 г, Filippo Berio «Песто "
           "классический» 190 г - both sold in glass jars, outside knowledge); Oldenburger «Песто» cheese and the beet salad "
           "«с соусом песто» excluded"),
        ("грудка куриная охлажденная кило", {
            "pyaterochka": ["2160026", "2160069", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160026", "3068079", "2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chilled chicken breast, on the bone or as fillet (грудка без кожи Первая Свежесть/Петелинка, Филе грудки, Филе "
           "цыплёнка малое); «кило» is a quantity; ready grilled and baked breast fillet (Зелёная Линия 182 г), thighs, "
           "drumsticks, whole birds, turkey breast and frozen products excluded"),
    ]),
    # L18 перекус
    ("хумус классический на перекус, хлебцы цельнозерновые, огурчики мини", [
        ("хумус классический на перекус", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no hummus titled classic in any chain; Пятёрочка Sabra «ХУМУС рец. из Иерусалима» (another recipe of the brand) and "
           "«Хумус, с кедровыми орешками» (topped) excluded because the user wrote «классический»"),
        ("хлебцы цельнозерновые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no crispbread titled wholegrain in any chain; «5 злаков с семенами льна», «Злаковый коктейль», пшеничные, "
           "ржано-пшеничные, бородинские, corn-rice and cheese crispbreads (none stated цельнозерновые) excluded"),
        ("огурчики мини", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3368258"],
        }, "fresh small cucumbers: Перекрёсток «Огурцы корнишоны, 300г» (gherkin-size cucumbers - outside knowledge: "
           "корнишоны are the mini cucumbers); ordinary-size cucumbers, pickled/pasteurised пикули, Магнит «Ассорти Черри и "
           "Корнишоны» (a mix, form not stated) excluded"),
    ]),
    # L19 свинина с рисом
    ("свиная вырезка 1 кг, рис жасмин на гарнир, соус сладкий чили к свинине, лук зеленый пучок на посыпку", [
        ("свиная вырезка 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pork tenderloin in any chain; корейка, лопатка, шейка, стейки в маринаде, шницель, mince and the turkey "
           "«Вырезка из индейки» are other cuts/products"),
        ("рис жасмин на гарнир", {
            "pyaterochka": ["39747"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "jasmine rice (Мистраль «Рис Жасмин, белый, длиннозерный» 500 г); basmati, long-grain Лазер, plov and round rice "
           "excluded"),
        ("соус сладкий чили к свинине", {
            "pyaterochka": ["3649353"],
            "magnit": ["7fa14ec543"],
            "dixy": [],
            "perekrestok": [],
        }, "sweet chili sauce (Heinz «Сладкий чили» 200/230 г); Heinz «кисло-сладкий», Махеевъ «Манго-Чили», chili ketchups, "
           "«Сладкий Чили» peanuts and mussels with chili excluded"),
        ("лук зеленый пучок на посыпку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295465"],
        }, "fresh green onion (Маркет Fresh «Лук зеленый» 100 г); «пучок» is a unit; herb mixes with dill and parsley, bulb "
           "onions and green-onion-flavoured chips excluded"),
    ]),
    # L20 роллы из лаваша
    ("лаваш тонкий армянский 3 упаковки, сыр плавленый hochland для роллов, салат листовой для роллов", [
        ("лаваш тонкий армянский 3 упаковки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lavash in any chain; Mission wheat tortillas are another product"),
        ("сыр плавленый hochland для роллов", {
            "pyaterochka": ["24145"],
            "magnit": ["205961"],
            "dixy": [],
            "perekrestok": [],
        }, "Hochland processed cheese, any variant (Магнит «Сыр Hochland, плавленый, сливочный» 400 г, Пятёрочка «HOCHL. Сыр "
           "пл.-тост С ВЕТ. ломт.» - a brand with a product word accepts every variant of that product, as in set g); "
           "Пятёрочка «Сыр Hochland. Сливочный, 220 г» excluded (most likely the cream-cheese line: the neighbouring X5 id 3467390 "
           "at Перекрёсток is «Сыр творожный Hochland с зеленью» 220 г - outside knowledge), Hochland Грюнландер/Чеддер and творожный, other brands' "
           "processed cheese (Карат, Виола, President, Дружба) excluded"),
        ("салат листовой для роллов", {
            "pyaterochka": [],
            "magnit": ["200461"],
            "dixy": [],
            "perekrestok": ["3395353"],
        }, "fresh leaf lettuce whose title says «листовой» (Магнит «Салат листовой» 100 г, Перекрёсток «Салат Фриллис листовой "
           "хрустящий»); iceberg and Романо (head/cos lettuces), salad-leaf mixes (Белая Дача Корсика/Тоскана/Танго, Маркет "
           "Fresh mixes), рукола, шпинат, radicchio, ready salads and dressings excluded"),
    ]),
    # L21 тунец с макаронами
    ("тунец в собственном соку 3 банки, макароны рожки подешевле на гарнир, майонез махеев легкий", [
        ("тунец в собственном соку 3 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no tuna in its own juice in any chain; tuna in oil (Морской Котик, Магуро), frozen tuna fillet, tuna pâté and "
           "tuna salads excluded (the form was written)"),
        ("макароны рожки подешевле на гарнир", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "horn-shaped macaroni: Пятёрочка «Макаронные изделия … Витой рожок, 450 г» (a twisted рожок); «подешевле» is a wish; "
           "other shapes (перья, спиральки, улитки, ракушки, спагетти, вермишель) excluded"),
        ("майонез махеев легкий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no light Махеевъ mayonnaise in any chain; Махеевъ Провансаль 67% and «С перепелиным яйцом» (not light), other "
           "brands' mayonnaise and Махеевъ sauces/ketchups excluded"),
    ]),
    # L22 протеиновые перекусы
    ("йогурт греческий 2% большую банку, арахисовая паста без сахара хрустящая, протеиновые батончики", [
        ("йогурт греческий 2% большую банку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": list(_GREEK_2),
        }, "plain Greek yoghurt of exactly 2% (Neo «без сахара», Teos 140/250 г, Простоквашино 135/235 г); «большую банку» is "
           "a wish, not a size; Пятёрочка «Греческий» 2% with cherry/blueberry filling (flavoured), Зелёная Линия 4%, Дикси "
           "Viola 3% «Малина-Мята» excluded"),
        ("арахисовая паста без сахара хрустящая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no peanut butter in any chain; roasted peanuts, peanut halva and chocolate-nut spreads are other products"),
        ("протеиновые батончики", {
            "pyaterochka": ["3621529", "3609088", "3904804", "3904802"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "protein bars (SmartBar Protein in dark/chocolate glaze; Bombbar 60 g «Грецкие орехи с мёдом» and «Тирамису» taken "
           "as protein bars - outside knowledge, Bombbar is a protein-bar brand); Magnit «PROTEIN REX» (a protein cake, not a "
           "bar), Bombbar cookie, Fitofruit fruit-nut bars, chocolate bars (Snickers, Picnic, Twix) and Slim Bite excluded"),
    ]),
    # L23 мыть контейнеры
    ("губки для посуды мыть контейнеры, фейри лимон большой, пакеты для мусора 60л рулон", [
        ("губки для посуды мыть контейнеры", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dish sponges in any chain; dishwashing liquids and cleaning powders are other products"),
        ("фейри лимон большой", {
            "pyaterochka": ["3501026", "3500750"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dishwashing liquid, lemon («Сочный лимон» 900 мл and 450 мл); «большой» is a wish, not a size; Fairy "
           "Platinum (Ледяная свежесть/unscented), Нежные руки, AOS «Лимон», other brands and dishwasher tablets excluded"),
        ("пакеты для мусора 60л рулон", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l bin bags (BIG CITY LIFE «Пакеты д/мусора 60л 20шт»); the 60 l volume names the bag and is respected, so "
           "Магнит «Мешки для мусора 35л» is excluded; food bags excluded"),
    ]),
    # L24 поке
    ("лосось филе на стейки, рис для суши на поке, авокадо 2 шт на поке, огурец на поке", [
        ("лосось филе на стейки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raw salmon fillet in any chain; trout steaks and fillet, salted сёмга/trout, salmon soup sets, canned salmon, "
           "горбуша/нерка and salmon pâté are other fish or other forms"),
        ("рис для суши на поке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sushi rice in any chain; round (Краснодарский, Адриатика) and plov rice excluded because the user named the "
           "kind"),
        ("авокадо 2 шт на поке", {
            "pyaterochka": ["3148279", "2131933"],
            "magnit": ["168561", "109421"],
            "dixy": [],
            "perekrestok": ["3948371", "3356275"],
        }, "fresh avocados of any pack (Хасс 2 шт / 700 г, loose per 100 г, Puro Gusto фасованный); «2 шт» is a quantity; "
           "Дикси «Авокадо Хасс 700 г» is out of stock and excluded; oil «с маслом авокадо» and mayonnaise excluded"),
        ("огурец на поке", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers of any kind (короткоплодные, среднеплодные, Ботаника, «Хрустящие» 450 г - taken as fresh, sold with "
           "fresh vegetables, as in set vy - and корнишоны); Дядя Ваня пикули (pasteurised), the Черри-Корнишоны mix, "
           "cucumber shampoos and curd cheese «с огурцами» excluded"),
    ]),
    # L25 соус и запеканка
    ("сметана 15% для соуса, укроп в соус, чесночок в соус, сыр российский 300г в запеканку", [
        ("сметана 15% для соуса", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream of exactly 15%, incl. lactose-free (Parmalat Comfort, Простоквашино безлактозная - as lactose-free milk "
           "counts as milk); 10/20/25/30% sour cream, sour-cream-flavoured chips and crackers and cakes excluded"),
        ("укроп в соус", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill (Магнит «Укроп» 100 г, Маркет Fresh «Укроп зеленый» 100 г); dried dill (Восточный гость), herb mixes "
           "with parsley and onion, herring «с укропом» and curd cheese with dill excluded"),
        ("чесночок в соус", _GARLIC,
         "fresh garlic bulbs (Перекрёсток «Чеснок, 3шт»; «чесночок» is a diminutive); salted garlic, dried granules, garlic "
         "seasonings and garlic-flavoured croutons excluded"),
        ("сыр российский 300г в запеканку", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese (Брест-Литовск «российский 50%» 200 г, Зелёная Линия «Российский нарезка 50%» 150 г); «300г» is "
           "read as the quantity from the casserole recipe (Российский is also sold by weight; no chain has a 300 g pack); "
           "other semi-hard cheeses (Голландский, Костромской, Белебеевский, Брест-Литовск классический) and Российский "
           "cognac/chocolate/champagne excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fukNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fuk\d\d ===$", line):
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
                    errors.append("fuk%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fuk%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fuk"))
