#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vk.jsonl -- 25 shopping lists of a meticulous accountant (exact specifications: weight
ranges, fat %, ГОСТ, grades, trusted brands, price ceilings, plus a few terse items), hand-labelled against the real
offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vk.build.py

LISTS below is literal data: every list as typed to a Telegram bot and, for every item, the product ids of every
in-stock offer of every store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was deliberately
left out and any judgement resting on outside knowledge.  An empty list means the store has nothing acceptable.

The list texts were written before any offer was read and saved as fresh_basket_eval_vk.blind_lists.txt (read-only).
This script first checks that every list text equals that blind draft (apart from the items in REPLACED, which is
empty: nothing was replaced), then labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for
that store* and is in stock, no id repeats within an item, every item has a note, the labels are exactly the list's
items in order (an item is the text between commas / new lines) -- and writes the JSONL; labelled_lists.stats prints
the counts.  List ids are fvk01, fvk02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vk.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vk.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list id: [(blind item, new item), ...]}.  None were needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvk01 weekday dairy, eggs and bread
    ("молоко 3.2% гост не дороже 90 р\nтворог 9% 300-400 г\nяйца куриные с1 1 десяток\nхлеб белый формовой 1 буханка", [
        ("молоко 3.2% гост не дороже 90 р", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "needs cow milk 3.2% whose title states ГОСТ, at most 90 р: no milk title in any store mentions ГОСТ (ГОСТ appears only on meat titles), so nothing qualifies; plain 3.2% milks at or under 90 р (Пятёрочка Агуша, Маша и Медведь, Сарафаново; Дикси Весёлая коровка; Перекрёсток Авида, Залесский Фермер, Зелёная Линия, Домик в деревне, М) do not say ГОСТ; Дикси Романов луг «от 3,2% до 6%» is a range; топлёное, сгущённое, козье, кокосовое excluded"),
        ("творог 9% 300-400 г", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain cottage cheese 9% in a 300-400 g pack: Пятёрочка Вкуснотеево 9% 300 г; Перекрёсток Молочный знак 9% 180 г and «традиционный» 9% 800 г are outside the weight range; Дикси Брест-Литовск 3%, Карат зерненый 4%, Село Зелёное 5%, Домик в деревне мягкий, творожные десерты/продукты, творожные сыры and сырки excluded"),
        ("яйца куриные с1 1 десяток", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "chicken eggs class С1 in packs of 10 (Село Зелёное Деревенское, Окское, Маркет, Зелёная Линия «активита С1 с селеном и йодом» — an enriched С1 egg); Лето С1 20 шт, СО/отборные, quail eggs and Kinder eggs excluded"),
        ("хлеб белый формовой 1 буханка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no white tin loaf is on offer: the breads are rye-wheat or grain loaves (Пятёрочка Даниловский, Марьин заварной, «Ржано-пшеничный», Ржаной Край зерновой) and batons (Звёздный, Перекрёсток Нарезной), none a white формовой loaf; хлебцы, сдоба and ZENTIS «Буханка марципановая» excluded. Outside knowledge: Даниловский and Марьин заварной are rye-wheat breads"),
    ]),
    # fvk02 groats, rice, sugar, salt
    ("крупа гречневая ядрица первый сорт 900 г, рис круглозерный краснодарский 900 г, сахар песок 1 кг до 80 руб, соль поваренная йодированная 1 кг", [
        ("крупа гречневая ядрица первый сорт 900 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no buckwheat ядрица of 900 g anywhere: the only groats are Магнит Prosto «Крупа гречневая» 500 г (wrong size, kernel type and grade not stated); buckwheat flakes, instant каша, соба noodles, «Рис и греча» mix and canned каша excluded"),
        ("рис круглозерный краснодарский 900 г", {
            "pyaterochka": [],
            "magnit": ["106641"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain Krasnodar rice in a 900 g pack: Магнит «Рис Мистраль, Кубань, 0,9 кг» (outside knowledge: Мистраль «Кубань» is round-grain rice from the Kuban = Krasnodar region); Магнит Увелка «Краснодарский, круглый» 800 г is the wrong size; plov rice (Мистраль традиционный круглый, Националь, Global Village), Адриатика, basmati, jasmine, brown and long-grain rice do not say Krasnodar/round and were excluded"),
        ("сахар песок 1 кг до 80 руб", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no granulated sugar on offer: Магнит «Сахар белый прессованный 1кг» is lump sugar (рафинад) at 109.99 р, Пятёрочка Демерара is cane sugar 500 г; sugar-free and sweet goods excluded"),
        ("соль поваренная йодированная 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no iodised table salt on offer: the only salt is Магнит MAREMAN «Соль морская средняя 1кг» (sea salt, not iodised); salted snacks, salt-and-herb seasoning excluded"),
    ]),
    # fvk03 butter, cheese, sausage, loaf
    ("масло сливочное 82.5% гост 180 г, сыр российский 50% жирности, колбаса докторская гост, батон нарезной в нарезке", [
        ("масло сливочное 82.5% гост 180 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "needs butter 82.5% in a 180 g pack with ГОСТ on the title: no butter title mentions ГОСТ, and the 82.5% butters are 175 г (Пятёрочка «Традиционное»), 380 г and 400 г (Вкуснотеево, Тысяча Озёр); 82% Простоквашино 180 г (Магнит, Дикси) and Президент 82% are not 82.5%; 72.5%, 62% шоколадное excluded"),
        ("сыр российский 50% жирности", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese 50%: Пятёрочка Брест-Литовск российский 50% 200 г, Перекрёсток Зелёная Линия Российский нарезка 50% 150 г; other semi-hard cheeses and the «Российский» chocolate/коньяк/шампанское/сервелат traps excluded"),
        ("колбаса докторская гост", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "needs Докторская with ГОСТ on the title: no Докторская title says ГОСТ (ГОСТ appears only on Краковская, Молочная, Юбилейная sausages, stewed meat and ham), so nothing qualifies; Докторская of Велком, МДБ/МД Бородина, Рублевский, Ближние Горки, Вязанка, Клинский, Маркет, Окраина, Ремит (some «высший сорт» or «категории А») and Докторские сосиски/сардельки left out for that reason"),
        ("батон нарезной в нарезке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "sliced «Нарезной» white loaf: Перекрёсток «Батон Нарезной нарезка» 400 г; Пятёрочка «Батон \"Звездный\" нар» is a different baton (Звёздный) and does not show it is sliced; chocolate/protein «батончики» excluded"),
    ]),
    # fvk04 chicken and soup vegetables
    ("филе куриное охлажденное 800 г - 1 кг\nкартошка мытая\nлук репчатый 1-1.5 кг\nморковка мытая 1 кг", [
        ("филе куриное охлажденное 800 г - 1 кг", {
            "pyaterochka": ["2160069"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961"],
        }, "chilled chicken breast fillet in a pack of 800 g-1 kg, or sold by weight: Пятёрочка Первая свежесть «Филе с груд.» 1 кг; Перекрёсток Троекурово 900 г and the by-weight Первая Свежесть, Петелинка, Зелёная Линия fillets; Пятёрочка «Филе большое грудки» 750 г and Перекрёсток Петелинка «малое» 550 г are outside the range; «Куриная грудка без кожи» 1 кг (Первая свежесть sells it apart from its fillet — taken as bone-in breast, outside knowledge), thigh fillet, whole birds (Дикси «Цыпленок-бройлер» 1 кг, тушки), turkey, cooked «гриль/запечённое» fillets, fish fillets excluded"),
        ("картошка мытая", {
            "pyaterochka": [],
            "magnit": ["109571", "199751"],
            "dixy": [],
            "perekrestok": ["3646068", "2099571"],
        }, "washed potatoes: Магнит «Картофель красный, мытый» 1 кг and «Картофель мытый» 2,5 кг, Перекрёсток «Картофель мытый» and «красный мытый» (by weight); potatoes not said to be washed (Магнит «Новый урожай», «для варки», «для жарки», Дикси «молодой»), starch, crisps, ready dishes excluded"),
        ("лук репчатый 1-1.5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["79135", "79012"],
        }, "bulb onions in a 1-1.5 kg pack or by weight: Перекрёсток «Лук репчатый белый» and «Лук репчатый красный» (by weight); Магнит packs «Лук репчатый, красный» 500 г, «Ялтинский» 300 г and «Светофор» 3 шт are outside the range or unweighed; Ялтинский, шалот, салатный, зелёный лук and onion-flavoured goods excluded"),
        ("морковка мытая 1 кг", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh washed carrots: Магнит «Морковь мытая» 1 кг, Перекрёсток «Морковь мытая» by weight (1 кг is the amount wanted); Korean-style carrot salads, juices, purées, sauerkraut with carrot excluded"),
    ]),
    # fvk05 baking day
    ("мука пшеничная в/с 2 кг, дрожжи сухие быстродействующие 11 г, ванильный сахар 2 пак, яйца категории с0 10 шт, маргарин для выпечки до 70 р", [
        ("мука пшеничная в/с 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "8065"],
        }, "wheat flour of высший сорт in a 2 kg pack: Перекрёсток Makfa «высшего сорта» 2 кг (outside knowledge: Makfa flour is wheat flour; its 1 кг sibling says пшеничная) and Пышечка «пшеничная хлебопекарная высшего сорта» 2 кг; Пятёрочка Рязаночка «ЭКСТРА» 2 кг (a different grade), «Мука Пшеничная, 2кг» without grade, Makfa 1 кг, durum крупка, rye, rice and wholegrain flour excluded"),
        ("дрожжи сухие быстродействующие 11 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "Перекрёсток Саф-Момент dry fast-acting yeast 11 г; frozen yeast dough excluded"),
        ("ванильный сахар 2 пак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no vanilla sugar on offer: «ванил» only finds vanilla-flavoured ice cream, drinks, zefir, croissants"),
        ("яйца категории с0 10 шт", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "chicken eggs of category СО (= отборные) in packs of 10: Пятёрочка Волжское Утро «отборные» 10 шт, Перекрёсток Окское СО, Роскар Экстра СО, Маркет СО; Волжанин отборные 6 шт, С1 eggs, quail eggs excluded"),
        ("маргарин для выпечки до 70 р", {
            "pyaterochka": ["3977160"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пятёрочка «Маргарин для выпечки Пышка» 72% 250 г at 39.99 р; the only margarine on offer"),
    ]),
    # fvk06 fermented milk and bananas
    ("кефир 2.5% 900 мл не дороже 85 р, ряженка 4% 0.5 л, йогурт греческий без сахара 2% 140 г, бананы 1 кг спелые", [
        ("кефир 2.5% 900 мл не дороже 85 р", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir at all in the offers (the stem «кефир» matches nothing)"),
        ("ряженка 4% 0.5 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the only ряженка is Пятёрочка Агуша «клубника» 2,9% 200 г (flavoured, wrong fat and size); Варенец 4% 350 г is a different product"),
        ("йогурт греческий без сахара 2% 140 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3601417"],
        }, "plain Greek yoghurt 2% in a 140 g pot: Перекрёсток Teos «Греческий 2%» 140 г (outside knowledge: plain Teos Greek has no added sugar); Teos 250 г, Простоквашино 135 г/235 г and Neo 230 г are other sizes, Зелёная Линия 4%; Пятёрочка «Греческий» 2% 140 г with вишня/черника filling and Дикси Viola малина-мята (flavoured) excluded; Сиртаки/Фетика «греческий» cheeses are traps"),
        ("бананы 1 кг спелые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "3639749", "4208494", "4112219"],
        }, "fresh bananas (by weight; 1 кг is the amount, «спелые» a wish): Перекрёсток Бананы, Бананы фасованные, Organic Зелёная Линия, Бананы мини; dried bananas, banana yoghurts, purées, juices, cereals and gum excluded"),
    ]),
    # fvk07 pasta dinner
    ("спагетти barilla n.5 450 г, томаты в собственном соку очищенные, пармезан до 300 р, чеснок пара головок", [
        ("спагетти barilla n.5 450 г", {
            "pyaterochka": ["4037644"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пятёрочка Barilla «СПАГЕТТИ» 450 г (outside knowledge: Barilla's plain spaghetti is n.5; the title gives no number); Barilla capellini, penne, pipe, girandole, FEDER/Spaghetti n.3/no-name spaghetti, chechil «спагетти» cheese excluded"),
        ("томаты в собственном соку очищенные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no peeled tomatoes in their own juice: Пятёрочка Global Village «Томаты в томатном соке» 680 г does not say peeled; marinated/salted tomatoes, tomato paste, sauces and fresh tomatoes excluded"),
        ("пармезан до 300 р", {
            "pyaterochka": ["3650219", "3462825", "24647", "3433812"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3963977", "3433812"],
        }, "parmesan at a listed price of at most 300 р: Пятёрочка Castello Reggianito «ПАРМЕЗ.», LAIME, Чиз Гелери 175 г, Dolche; Перекрёсток Cheese Gallery тёртый хлопья, Dolce Granto тёртый 150 г; by-weight Dolce Granto (1691.99 р/кг) and Зелёная Линия «Пармезан молодой» (1274.99 р/кг) are priced above the ceiling; parmesan crisps and fuet «с сыром Пармезан» excluded"),
        ("чеснок пара головок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic: Перекрёсток «Чеснок, 3шт»; Магнит dried granulated garlic, Перекрёсток ФЭГ salted garlic, garlic-flavoured snacks and sauces excluded"),
    ]),
    # fvk08 tea and coffee
    ("чай greenfield черный 100 пакетиков, кофе молотый jacobs, сливки 10% 500 мл, печенье юбилейное 112 г", [
        ("чай greenfield черный 100 пакетиков", {
            "pyaterochka": ["3450276", "3378336"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Greenfield black tea in packs of 100 bags: Пятёрочка Kenyan Sunrise 100х2 г and Spring Melody «ч.ар.» 100х1,5 г (black tea flavoured with thyme); 20/25-bag packs (Redberry Crumble, Магнит Spring Melody 25 пак), loose leaf (Golden Ceylon, Earl Grey Fantasy, Spring Melody 100 г) and the Greenfield maté drink excluded"),
        ("кофе молотый jacobs", {
            "pyaterochka": ["3607723", "3607740", "4034432"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs ground coffee: Пятёрочка Monarch Классический молотый 230 г, Monarch молотый 70 г, Barista Editions Crema молотый 230 г; Jacobs beans, instant (Gold, Monarch, Velour, Crema) and Millicano «растворимый с молотым» excluded"),
        ("сливки 10% 500 мл", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "drinking cream 10% in a 500 ml pack: Перекрёсток Молочный знак 10% 500 мл; Пятёрочка Сарафаново детские 10% 480 мл and Магнит Домик в деревне 10% 950 г are other sizes; 11%, 20%, 33% cream, plant «сливки» substitutes, dry creamer excluded"),
        ("печенье юбилейное 112 г", {
            "pyaterochka": ["3603068", "3662392"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Юбилейное biscuits in a 112 g pack: Пятёрочка Юбилейное клюква 112 г and черника 112 г (brand + product word = any variant); other Юбилейное packs (116, 171, 179, 224, 232, 313, 348 г), mini-cakes, J.Meinl «Юбилейный» coffee and Юбилейная sausage excluded"),
    ]),
    # fvk09 oil, vinegar, mayonnaise, mustard
    ("масло подсолнечное рафинированное дезодорированное 1 л до 130 р, уксус столовый 9% 500 мл, майонез махеев провансаль 67%, горчица русская крепкая в тубе", [
        ("масло подсолнечное рафинированное дезодорированное 1 л до 130 р", {
            "pyaterochka": [],
            "magnit": ["0b2585a062", "c52c41afd8"],
            "dixy": [],
            "perekrestok": [],
        }, "refined deodorised sunflower oil, 1 l, at most 130 р: Магнит БЛАГО раф. дез. 1 л 107.99 р and Mr.Ricco раф/дезодор 1 л 109.99 р; Mr.Ricco «с экстр Прованские травы» (flavoured) and «с доб олив» (blend), Слобода «раф для жарки» (deodorised not stated), Пятёрочка Олейна 2 л 179.99 р, ALMADOR flavoured 0,79 л, corn/olive/grape oils excluded"),
        ("уксус столовый 9% 500 мл", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 9% table vinegar: the only vinegar is Магнит apple vinegar 6% 500 мл"),
        ("майонез махеев провансаль 67%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2047206"],
        }, "Махеевъ Провансаль mayonnaise 67%: Перекрёсток «Махеевъ Провансаль с лимонным соком» 67% 400 мл; Махеевъ «С перепелиным яйцом» 655 мл (not Провансаль, no fat stated), Махеевъ ketchup/jam/sauces/mustard and other brands' mayonnaise excluded"),
        ("горчица русская крепкая в тубе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Russian mustard in a tube: Пятёрочка МАХЕЕВЪ «Горчица РУССКАЯ столов. д/п» 140 г is a doy-pack and does not say крепкая; French mustard and mustard-flavoured snacks excluded"),
    ]),
    # fvk10 pork neck, mince, pelmeni
    ("свиная шейка 1-1.5 кг\nфарш говяжий охлажденный 500 г\nпельмени 800 г гост", [
        ("свиная шейка 1-1.5 кг", {
            "pyaterochka": [],
            "magnit": ["199511"],
            "dixy": [],
            "perekrestok": [],
        }, "boneless pork neck in a 1-1.5 kg piece: Магнит «Шейная часть свинины, без кости, охлажденная, 1 кг»; Пятёрочка Слово Мясника 800 г, Черкизово 750 г and Рестория 400 г are below the range; Магнит «Шейная часть на кости» (bone-in — taken as not шейка), marinated neck steaks, cooked/smoked pork and beef «шейная часть» excluded"),
        ("фарш говяжий охлажденный 500 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chilled beef mince of 500 g: the beef mince packs are 400 г (Пятёрочка Рестория, Останкино, Мираторг) and do not say chilled; pork-beef, pork, turkey and chicken mince excluded"),
        ("пельмени 800 г гост", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pelmeni title states ГОСТ, so nothing qualifies; 800 г packs of Мираторг, Цезарь, Eat Meat, Сибирская коллекция (Магнит, Дикси) left out for that reason"),
    ]),
    # fvk11 herring under a fur coat
    ("филе селедки в масле, свекла столовая 1 кг, морковь мытая крупная, майонез до 120 р", [
        ("филе селедки в масле", {
            "pyaterochka": ["4043492", "3497722", "3682728", "3626055", "3603143"],
            "magnit": ["29793287b9", "8f5e5b9485", "ee295ae8a7", "3068665d37", "112371"],
            "dixy": [],
            "perekrestok": ["4056953", "3621742", "3497722", "79542", "79544", "4360965", "4034451", "4367699", "4367712", "4147685", "4364448", "4225103"],
        }, "herring fillet or fillet pieces in oil (dill, onion, smoke-aroma variants included): Пятёрочка Русское море, Балтийский берег по-царски, «Сельдь филе в масле с укропом», Санта Бремор Матиас XXL 200 г (its Перекрёсток title of the same id says «филе-кусочки в масле»), Тесей «Царская, в масле» (outside knowledge: herring preserves in oil are fillet pieces); Магнит VICI, Балтийский берег, Смоленская коллекция ×2, Меридиан; Перекрёсток Атлантика, Балтийский Берег, Матиас (×4), Русское море ×2, Санта Бремор, Люди Любят ×2, Матиас филе-кусочки. Left out: «Матиас деликатесное оригинальное» 400 г (oil not stated), Тесей «с укропом» (oil not stated), fillets in wine/spicy marinade, brine or sauce, whole/special-salt herring, herring roe, «под шубой» salads"),
        ("свекла столовая 1 кг", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh table beet: Магнит «Свекла мытая» 1 кг, Перекрёсток «Свекла мытая фасованная» 1 кг; beet salads and juices excluded"),
        ("морковь мытая крупная", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh washed carrots (size is a wish): Магнит «Морковь мытая» 1 кг, Перекрёсток «Морковь мытая»; Korean-style carrot, juices, purées excluded"),
        ("майонез до 120 р", {
            "pyaterochka": ["3640161", "3695167", "3982578", "3425670", "4002440", "3163111", "3355228", "3193489", "3355242"],
            "magnit": ["204681", "104941"],
            "dixy": [],
            "perekrestok": ["4284062", "3425669", "4412152", "2108609", "3495835", "4297313", "4105769"],
        }, "any mayonnaise at a listed price of at most 120 р (brand, fat and size free); pricier packs (Махеевъ 128.99, Ряба 630 мл, Скит, Слобода 400/800 мл over 120, Я люблю готовить 600/700 мл, Mr. Ricco 630 мл, Махеевъ перепелиное) and mayonnaise-based sauces (Махеевъ «Соус ЦЕЗАРЬ майонезный») excluded"),
    ]),
    # fvk12 fruit and cucumbers
    ("яблоки голден 1.5 кг, апельсины сладкие, огурцы среднеплодные гладкие", [
        ("яблоки голден 1.5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Golden Delicious apples: only Ред Делишес (Пятёрочка), Гренни Смит and «красные» (Магнит), Гала, Медовый хруст and «сезонные» (Перекрёсток); Greenfield «Golden Ceylon» tea is a trap"),
        ("апельсины сладкие", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges («сладкие» is a wish): Магнит «Апельсины, 1 кг», Перекрёсток «Апельсины»; orange juices, drinks, sweets excluded"),
        ("огурцы среднеплодные гладкие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no smooth medium-fruited cucumbers: Магнит «среднеплодные, пупырчатые» are bumpy and «короткоплодные» short; Перекрёсток Ботаника, Хрустящие and корнишоны do not state the type; pickled/salted cucumbers and «огуречная» shampoos excluded"),
    ]),
    # fvk13 laundry and dishes
    ("порошок стиральный автомат ariel 3 кг, кондиционер для белья lenor концентрат, фейри 900 мл, губки кухонные для посуды 10 шт", [
        ("порошок стиральный автомат ariel 3 кг", {
            "pyaterochka": ["3149485", "2087255", "3688912"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Ariel washing powder for machines in a 3 kg pack: Пятёрочка Touch of Lenor Fresh авт. 3 кг, Колор авт. 3 кг, «СМС аромат масла ши пор. 3кг» (automatic not written; outside knowledge: Ariel's 3 kg powders are automatic powders); Ariel liquids, gels and capsules, Магнит Ariel Color 6 кг, other brands excluded"),
        ("кондиционер для белья lenor концентрат", {
            "pyaterochka": ["3465388", "3669625", "4025712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner stated as concentrated: Пятёрочка Золотая орхидея конц. 930 мл, Масло ши конц. 910 мл, Haute Couture концентрированный 910 мл; Магнит Lenor 1 л / 1,8 л / 2 л do not say concentrated and were left out; Tide/Ariel «Lenor» powders excluded"),
        ("фейри 900 мл", {
            "pyaterochka": ["3501028", "3501026"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dish soap 900 мл: Пятёрочка Нежные руки ромашка 900 мл, Сочный лимон 900 мл; 430/450 мл packs excluded"),
        ("губки кухонные для посуды 10 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sponges on offer (stem «губк» matches nothing)"),
    ]),
    # fvk14 paper goods and bin bags
    ("туалетная бумага 3-слойная 8 рулонов, бумажные полотенца 2-слойные 2 рулона, мешки для мусора 60 л 20 шт", [
        ("туалетная бумага 3-слойная 8 рулонов", {
            "pyaterochka": ["3449118", "4059050"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "3-ply toilet paper, 8 rolls: Пятёрочка PAPIA 3 сл. 8 рул., Zewa Deluxe 3 сл. 8 рул.; Papia White De Luxe 8 рул. (plies not stated), Zewa Just 1 4-ply, 2-ply 12-roll packs, wet toilet paper excluded"),
        ("бумажные полотенца 2-слойные 2 рулона", {
            "pyaterochka": ["3601010"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "2-ply paper towels, 2 rolls: Пятёрочка Familia 2 слоя 2 рулона; PAPIA 3 сл. and Zewa (plies/rolls not stated) excluded; napkins excluded"),
        ("мешки для мусора 60 л 20 шт", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags 60 л × 20: Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт»; Магнит 35 л bags, food bags excluded"),
    ]),
    # fvk15 porridge breakfast
    ("овсяные хлопья геркулес 500 г, молоко 1.5% ультрапастеризованное 1 л, изюм без косточек 200 г, мед гречишный до 400 р", [
        ("овсяные хлопья геркулес 500 г", {
            "pyaterochka": ["4027131"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пятёрочка «Хлопья овсяные Клинские \"Геркулес\" 500г»; Увелка «Хлопья зерн. овсян. трад.» 400 г (not Геркулес, other size), instant/flavoured oat каша, oat bran, fermented oat products excluded"),
        ("молоко 1.5% ультрапастеризованное 1 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["7c1d7afff6"],
        }, "UHT cow milk 1.5% in a 1 l pack: Перекрёсток Valio 1.5% 1 л; UHT 1.5% in 950/970 мл packs (Село Зелёное, Домик в деревне, Пр!ст, Сарафаново детское/безлактозное, Простоквашино безлактозное) and pasteurised 1.5% (Искренне Ваш, Правильное молоко, Простоквашино) excluded"),
        ("изюм без косточек 200 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raisins sold as such; only goods containing raisins (chocolate, biscuits, yoghurt, nut mix)"),
        ("мед гречишный до 400 р", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no buckwheat honey: the honeys are липовый, «Южный цветок», разнотравье and крем-мёд with fruit; honey-flavoured goods excluded"),
    ]),
    # fvk16 tuna and crab salad
    ("тунец в собственном соку 185 г, кукуруза сладкая 340 г, крабовые палочки vici охлажденные, рис длиннозерный 800-900 г", [
        ("тунец в собственном соку 185 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no tuna in its own juice: the tuna tins are in oil (Морской котик, Магуро), plus tuna pâté 185 г, frozen tuna and dried tuna snacks"),
        ("кукуруза сладкая 340 г", {
            "pyaterochka": ["3479213", "3645520", "4043590"],
            "magnit": ["111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066"],
        }, "canned sweet corn in the standard 340 g (425 мл) can: Пятёрочка Heinz 340 г, «сладкая ... Молодая» 425 мл, «сахарная ... без сахара» 425 мл; Магнит Бондюэль 340 г, Globus 425 мл; Перекрёсток 6 соток 340 г, Globus 340 г. Outside knowledge: a 425 мл corn can holds 340 г net (Globus is 425 мл in Магнит, 340 г in Перекрёсток), and plain Heinz/Бондюэль canned corn is sweet corn. Bonduelle 170 г/212 мл, Знак Заботы 450 г, Юнона 460 г, baby corn cobs, corn snacks/flakes excluded"),
        ("крабовые палочки vici охлажденные", {
            "pyaterochka": ["3131715"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3447879", "3131715"],
        }, "Vici crab sticks stated as chilled: Пятёрочка/Перекрёсток VICI охлаждённые 500 г, Магнит Vici охлажденные 220 г, Перекрёсток Vici имитация охлаждённые 220 г; Vici frozen sticks, Vici Снежный краб and Surimi Kama (chilled not stated), Vici crab meat, other brands and crab-flavoured snacks excluded"),
        ("рис длиннозерный 800-900 г", {
            "pyaterochka": [],
            "magnit": ["448fba0b94"],
            "dixy": [],
            "perekrestok": [],
        }, "long-grain rice in an 800-900 g pack: Магнит Националь «Лазер длиннозерный» 800 г; Пятёрочка Мистраль Жасмин длиннозерный 500 г and basmati 500 г are smaller; plov/round rice excluded"),
    ]),
    # fvk17 sweets for tea
    ("шоколад горький не менее 70%, зефир ванильный в коробке, вафли с лимонной начинкой", [
        ("шоколад горький не менее 70%", {
            "pyaterochka": ["4024458", "3170308"],
            "magnit": ["11ee50093d", "d30b66494b", "109301", "104961"],
            "dixy": [],
            "perekrestok": [],
        }, "dark chocolate with at least 70% cocoa: Пятёрочка Коркунов горький 70%, Бабаевский Элитный 75%; Магнит Alpen Gold Bitter 70%, Merci горький 72%, Бабаевский элитный 75% ×2 (outside knowledge: 75% cocoa chocolate is горький). Left out: dark bars without a % (Alpen Gold горький/Dark, Коммунарка с апельсином, Путешествие, Российский, Ritter Sport), Золотая марка «Дуэт в горьком» 70% (a two-chocolate bar), candies, cocoa powder and drinks"),
        ("зефир ванильный в коробке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no vanilla zefir sold in a box: vanilla zefir is Пятёрочка Шарлиз глазированный 240 г, Белёвский «с ароматом ванили» 250 г and a 1 кг глазированный, none says коробка; other flavours excluded"),
        ("вафли с лимонной начинкой", {
            "pyaterochka": ["3948437"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пятёрочка «Вафли \"С ароматом лимона\" 200г» (taken as wafers with lemon-flavoured filling); other wafer flavours, lemon sweets excluded"),
    ]),
    # fvk18 sausages and toast
    ("сосиски молочные по гост, кетчуп heinz томатный без добавок, хлеб для тостов пшеничный в нарезке, сыр в нарезке 150 г", [
        ("сосиски молочные по гост", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Молочные sausages with ГОСТ: Пятёрочка Велком «Сосиски молочные» and Магнит «Сосиски Молочные» 0,33/0,65 кг do not say ГОСТ; Ближние Горки «СЛИВОЧ. ГОСТ» are Сливочные, not Молочные"),
        ("кетчуп heinz томатный без добавок", {
            "pyaterochka": ["4086400"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пятёрочка «Томатный кетчуп Heinz 342г»; Heinz «томат. с горч.» (with mustard), Heinz sauces, other brands' ketchup excluded"),
        ("хлеб для тостов пшеничный в нарезке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no toast bread on offer; only ham and processed cheese «для тостов»"),
        ("сыр в нарезке 150 г", {
            "pyaterochka": ["3448799", "3932860"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842", "3668519", "4280100", "4302547"],
        }, "sliced real cheese in 150 g packs: Пятёрочка Villa Europa Маасдам нар. 150 г, Castello Havarti нарезка 150 г; Перекрёсток Российский нарезка 150 г, голландский нарезка 150 г, Natura Сливочный Лёгкий нарезка 150 г, Natura Selection Havarti нарезка 150 г. Left out: other slice packs (120, 125, 130, 300 г), processed slices (Hochland тост, Valio плав., Galbani «плавленый ломтевой»), Савушкин творожный нарезка 150 г, unsliced cheese"),
    ]),
    # fvk19 cheese and butter
    ("сырки б.ю. александров в шоколаде 4 шт, сыр плавленый hochland сливочный, сыр гауда 45% до 800 р/кг, масло сливочное 72.5% до 150 р", [
        ("сырки б.ю. александров в шоколаде 4 шт", {
            "pyaterochka": ["3378597", "4015226", "3601367", "3410456", "3472523"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Б.Ю. Александров glazed curd bars in chocolate (4 шт is the quantity): Картошка в мол. шоколаде, с фисташками, в белом шоколаде, ванильный в молочном шоколаде, Суфле глазированный (outside knowledge: the brand glazes its сырки in real chocolate); the brand's ЧИЗКЕЙК dessert and брауни, other сырки excluded"),
        ("сыр плавленый hochland сливочный", {
            "pyaterochka": [],
            "magnit": ["205961"],
            "dixy": [],
            "perekrestok": [],
        }, "Hochland processed cheese сливочный: Магнит «Сыр Hochland, плавленый, сливочный, 55 %, 400 г»; Пятёрочка «Сыр Hochland. Сливочный, 220 г» does not say плавленый (Hochland also sells a сливочный творожный cheese), Hochland тост with ham, Грюнландер and творожный cheeses, other brands' processed cheese excluded"),
        ("сыр гауда 45% до 800 р/кг", {
            "pyaterochka": ["3926818"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Gouda 45% costing at most 800 р per kg: Пятёрочка Liebendorf Гауда 45% 1 кг at 479.99 р; Laime Гауда+Тильзитер assortment 160 г (an assortment, 812 р/кг) excluded"),
        ("масло сливочное 72.5% до 150 р", {
            "pyaterochka": ["3658095"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter 72.5% at most 150 р: Пятёрочка Брест Литовск 72,5% 180 г at 99.99 р; 82/82.5% butter and chocolate butter excluded"),
    ]),
    # fvk20 terse staples
    ("гречку\nтушенка говяжья гост высший сорт\nмакароны перья гост", [
        ("гречку", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto, 500 г»; buckwheat flakes, instant каша, «Рис и греча», canned каша, соба excluded"),
        ("тушенка говяжья гост высший сорт", {
            "pyaterochka": ["2160460"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "stewed beef with both ГОСТ and высший сорт on the title: Пятёрочка ЛЮБ.ДОМ «Говядина туш. ГОСТ в/с» 338 г; Семейный Бюджет «Гост» (grade not stated), Великолукский «высший сорт» (ГОСТ not stated), Лужская марка 1с, Барс/Русь «Экстра», АК СНОВ, pork/venison stew excluded"),
        ("макароны перья гост", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pasta title states ГОСТ: penne/перья of FEDER, Макфа and Barilla left out for that reason"),
    ]),
    # fvk21 the cat
    ("корм сухой для кошек purina one 750 г, наполнитель древесный 5 кг, паучи felix", [
        ("корм сухой для кошек purina one 750 г", {
            "pyaterochka": ["3691531"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пятёрочка «PUR.ONE Корм сух. кур/цел. злак. 750г» (outside knowledge: this Purina ONE 750 г chicken-and-grains recipe is a cat food; the title does not say кошек); Purina ONE 1,5 кг cat food, dog food, wet Purina ONE and other Purina lines excluded"),
        ("наполнитель древесный 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cat litter on offer (only charcoal and food «наполнитель»)"),
        ("паучи felix", {
            "pyaterochka": ["3413294", "3603050", "3603052", "3603051", "3603053"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Felix wet food for adult cats in 85 г packs (outside knowledge: Felix 85 г is a pouch): Sensations говядина в желе, Двойной вкус ×3, лосось и форель; Felix «для котят» excluded (kitten food)"),
    ]),
    # fvk22 water and juice
    ("вода минеральная ессентуки №4, вода питьевая 5 л не дороже 100 р, сок яблочный 1 л", [
        ("вода минеральная ессентуки №4", {
            "pyaterochka": ["3977405", "3977407"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3977405"],
        }, "Ессентуки №4 in any size: Пятёрочка 0,45 л стекло and 1 л ПЭТ, Перекрёсток 450 мл; Ессентуки №17, Пятёрочка «Заповедник здоровья Вода №4» 1,5 л (title does not say Ессентуки) and other mineral waters excluded"),
        ("вода питьевая 5 л не дороже 100 р", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "5 l still drinking water at most 100 р: Пятёрочка Honey kid Черноголовская питьевая 5 л 55.99 р, Архыз Легенда Гор 5 л 79.99 р (a table mineral water sold as everyday drinking water — judgement), Магнит Аквалайн «для детского питания» 5 л 89.99 р, Перекрёсток Малаховская №1 5 л 99.99 р; smaller bottles excluded"),
        ("сок яблочный 1 л", {
            "pyaterochka": [],
            "magnit": ["ece47f47e1"],
            "dixy": [],
            "perekrestok": ["80142", "26869"],
        }, "single-fruit apple juice in a 1 l pack: Магнит Rich яблочный 1 л; Перекрёсток Сады Придонья «зелёное яблоко для детского питания» 1 л and «яблочный прямого отжима без сахара» 1 л; J7 0,97 л, Пятёрочка Фруктовый сад 0,95 л / 1,93 л, Rich 900 мл, Swell 750 мл, 0,125-0,75 л packs, mixed juices (яблоко-вишня, яблоко-виноград, яблоко-персик), nectars and juice drinks excluded"),
    ]),
    # fvk23 cabbage rolls
    ("фарш куриный 400-500 г, рис пропаренный 900 г, капуста белокочанная 2 кг", [
        ("фарш куриный 400-500 г", {
            "pyaterochka": ["3652704"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken mince in a 400-500 g pack: Пятёрочка «Фарш Премиум, Петелинка, 500 г» (outside knowledge: Петелинка is a chicken-meat brand); beef, pork-beef «Домашний», «Деревенский» (meat not stated) and turkey mince excluded"),
        ("рис пропаренный 900 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no parboiled rice on offer"),
        ("капуста белокочанная 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (2 кг is the amount wanted): Дикси «Капуста белокочанная ранняя, 1 кг»; broccoli, sauerkraut, Korean-style cabbage excluded"),
    ]),
    # fvk24 fish table
    ("скумбрия х/к, лосось слабосоленый 150-200 г, икра мойвы в майонезном соусе, лимон к рыбе 1 шт", [
        ("скумбрия х/к", {
            "pyaterochka": ["3454689"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4358592"],
        }, "cold-smoked mackerel: Пятёрочка Балтийский берег холодного копчения 300 г, Перекрёсток Люди Любят кусочки холодного копчения 300 г; canned mackerel (в т/с, натуральная, рубленая) excluded"),
        ("лосось слабосоленый 150-200 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3387452"],
        }, "lightly salted salmon in a 150-200 g pack: Перекрёсток Русское Море «Сёмга филе-кусок слабосолёная» 200 г (сёмга = Atlantic salmon); сёмга ломтики 120 г (below range), trout, нерка, salmon salads/sandwiches, frozen salmon and «с копчёным лососем» roe spreads excluded"),
        ("икра мойвы в майонезном соусе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no capelin roe stated to be in mayonnaise sauce: Магнит Санта Бремор «с копченым лососем»/«с креветкой», «деликатесная с копченым лососем», Русское море «деликатесная Люкс» and Пятёрочка Fish House «в соусе на основе растительных масел» do not say майонезный; salmon caviar and vegetable «икра» excluded"),
        ("лимон к рыбе 1 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons on offer (Магнит sells only лайм); lemon-flavoured goods excluded"),
    ]),
    # fvk25 coffee corner
    ("кофе в зернах 1 кг до 1500 р, сахар тростниковый нерафинированный, корица молотая в пакетике", [
        ("кофе в зернах 1 кг до 1500 р", {
            "pyaterochka": ["3086387"],
            "magnit": ["275856ead6", "160171"],
            "dixy": [],
            "perekrestok": [],
        }, "coffee beans in a 1 kg pack at most 1500 р: Пятёрочка Lavazza зерновой 1 кг 799.99 р; Магнит Piazza del Caffe Espresso Forte 1 кг 899.99 р, Ambassador Nero 1 кг 479.99 р; 800 г, 500 г and 250 г bean packs, ground/instant coffee and Магнит ready drinks «зерновой» (cups of 100-320 мл) excluded"),
        ("сахар тростниковый нерафинированный", {
            "pyaterochka": ["3973713"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пятёрочка «Сахар тростниковый нерафинированный \"Демерара\" 500г»; biscuits «с тростниковым сахаром» excluded"),
        ("корица молотая в пакетике", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cinnamon spice on offer; only goods flavoured with cinnamon"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: each list follows a line '### fvkNN' up to a blank line."""
    texts, cur = {}, None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            m = re.match(r"^### (fvk\d\d)$", line)
            if m:
                cur = m.group(1)
                texts[cur] = []
            elif cur and line.strip():
                texts[cur].append(line)
            elif cur:
                cur = None
    return {k: "\n".join(v) for k, v in texts.items()}


def check_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (text, _) in enumerate(lists, 1):
        rid = "fvk%02d" % n
        expected = blind.get(rid)
        for old, new in REPLACED.get(rid, []):
            expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fvk"))
