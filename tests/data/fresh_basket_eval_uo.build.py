#!/usr/bin/env python3
"""Re-create fresh_basket_eval_uo.jsonl -- 25 shopping lists of a Chinese exchange student living in a Russian
dormitory (simple Russian with wrong cases and genders, missing soft signs, some English and transliterated words;
rice dishes, noodles, vegetables, tea, snacks and some household items), hand-labelled against the real offers in
real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_uo.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_uo.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fuo01, fuo02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_uo.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_uo.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none was.
REPLACED = []

FRESH_CUCUMBERS = {
    "pyaterochka": [],
    "magnit": ["200221", "169161"],
    "dixy": [],
    "perekrestok": ["4391463", "3368258", "3682401"],
}
FRESH_CUCUMBERS_NOTE = (
    "fresh cucumbers of any kind (Магнит короткоплодные тепличные, среднеплодные пупырчатые; Перекрёсток Ботаника "
    "фасованные); Перекрёсток «Огурцы корнишоны, 300г» and «Огурцы Хрустящие, 450г» (shelved in «Окрошка» with the fresh "
    "ones, no brine or jar named) taken as fresh (outside knowledge); salted, barrel, pickled and marinated cucumbers "
    "(Маркет бочковые, МЕЛЕНЪ, Магнит «соленые Корнишоны», Скатерть-самобранка, Глобус, Дядя Ваня пикули), Магнит "
    "«Ассорти Черри и Корнишоны, 500 г» (a mixed pack, not stated fresh), yoghurts (stem inside «йогурт»), «огуречный» "
    "shampoos and Almette «с огурцами» excluded")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 рис и яйца
    ("рис круглый 3 пачки\nяйцо куриный десяток\nлук зеленая 1 пучок\nсоевый соус темный для жарить", [
        ("рис круглый 3 пачки", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain white rice: Магнит Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, круглый» and "
           "Мистраль «Кубань» (taken as round-grain - outside knowledge: Mistral's Krasnodar Кубань rice is круглозерный); "
           "Пятёрочка «МИСТР.Рис для плова традиц.900г» taken as the same Mistral traditional rice that Магнит titles «круглый» "
           "(outside knowledge); «3 пачки» is a quantity; basmati, jasmine, Националь «Лазер длиннозерный», Националь "
           "«Адриатика» (risotto rice), Global Village «для плова» and Увелка «Девзира» (grain shape not stated), brown rice, "
           "Акватика mix, rice+buckwheat, rice flour, flakes, chips, porridge and rice drink excluded"),
        ("яйцо куриный десяток", {
            "pyaterochka": ["3620510", "3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3634491", "3662512", "3062836", "3446505", "4068694", "44323", "3062835"],
        }, "chicken eggs in packs of 10 of any category (СО, С1, отборные, Зелёная Линия «активита с селеном и йодом»); packs "
           "of 6 (Волжанин) and 20 (Лето), quail eggs, Kinder eggs, mayonnaise «на перепелином яйце» and salads with eggs "
           "excluded"),
        ("лук зеленая 1 пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295465"],
        }, "green onion (Перекрёсток «Лук зеленый Маркет Fresh, 100г»); herb sets with onion, dill and parsley (Набор зелени, "
           "Ассорти петрушка-укроп-лук), bulb onions, shallot and chips/crackers/peanuts «с зелёным луком» excluded"),
        ("соевый соус темный для жарить", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dark soy sauce (a sauce titled «тёмный») in any chain; the on-sale soy sauces - Сен Сой «Классический», Стебель "
           "Бамбука, Thai-so «Классический», Чим-Чим - are ordinary all-purpose (light) soy sauces, not dark soy sauce (outside "
           "knowledge); teriyaki sauces excluded; «для жарить» is a purpose"),
    ]),
    # L02 лапша со свининой
    ("лапша яичная egg noodle 2 пачка, капуста пекинский один кочан, фарш свинина полкило, чеснок 2 голова", [
        ("лапша яичная egg noodle 2 пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no egg noodles in any chain; Пятёрочка egg pasta «Изделия макаронные … яичные: вермишель / звездочки для супчика» "
           "(short soup pasta, not noodles), udon, soba, funchoza, lagman noodles, instant noodles and ready noodle dishes "
           "excluded"),
        ("капуста пекинский один кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Chinese (napa) cabbage titled «пекинская»; Перекрёсток «Капуста китайская» left out because the title does not "
           "say whether it is napa cabbage or bok choy, which Russian retail also sells as «китайская» (outside knowledge); "
           "white cabbage, sauerkraut, broccoli and cauliflower salads are other products"),
        ("фарш свинина полкило", {
            "pyaterochka": [],
            "magnit": ["199571"],
            "dixy": [],
            "perekrestok": [],
        }, "pork mince (Магнит «Фарш свиной, натуральный, 1 кг»; «полкило» is a quantity); mixed pork-beef mince (Мираторг "
           "«свино-говяжий домашний»), Самсон «ДОМАШНИЙ», Ближние горки «Деревенский» (composition not stated), beef, turkey and "
           "chicken mince excluded"),
        ("чеснок 2 голова", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic bulbs (Перекрёсток «Чеснок, 3шт»; «2 голова» is a quantity); salted garlic ФЭГ, dried granulated "
           "garlic, garlic seasonings, croutons and sauces «с чесноком» excluded"),
    ]),
    # L03 лапша быстрая и кола
    ("доширак 5 штук самый дешевый, сосиска молочный, кола zero 1.5л", [
        ("доширак 5 штук самый дешевый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the brand Доширак is absent everywhere; although «доширак» is used colloquially for any instant noodles, a written "
           "brand is required (convention), so the unbranded Пятёрочка «Изделия макаронные быстрого приготовления. Лапша с "
           "куриным вкусом / со вкусом говядины 90 г» and Магнит Роллтон are not accepted; «самый дешевый» is a wish, «5 штук» "
           "a quantity"),
        ("сосиска молочный", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«Молочные» sausages (Пятёрочка Велком 480 г; Магнит 0,33 кг and 0,65 кг); other varieties (Сливочные, Детям, "
           "Докторские, Баварские, Венские, Филейные, с сыром, из индейки) excluded"),
        ("кола zero 1.5л", {
            "pyaterochka": ["4306402"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4255568", "4274867"],
        }, "sugar-free cola in 1,5 l bottles (Черноголовка «Кола без сахара», Cool Cola Zero, Добрый Cola без сахара); the "
           "written «1.5л» names the bottle and is respected: sugar-free colas of other sizes (Coca-Cola б/сах 0,9 л, Добрый "
           "б/сах 0,5 л, Pepsi Лайт 1 л) excluded, as are regular colas, Добрый «с пониженной калорийностью» 1 л (not sugar-"
           "free), flavoured low-calorie Pepsi Dark Vanilla / Mango and Добрый Cola ваниль"),
    ]),
    # L04 чай с печеньем
    ("зеленый чай с жасмином пакетик\nпеченье юбилейный\nсахар рафинад одна коробка\nмолоко 2.5 процент 1 литр", [
        ("зеленый чай с жасмином пакетик", {
            "pyaterochka": ["4074015"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "green tea with jasmine in bags (Assand «GREEN TEA JASMINE Blossom» 25x2 г); other green teas (Tess Lime, Curtis, "
           "Lipton Matcha, Saito / Зеленая Панда milky oolong, Richard with melissa), iced green tea drinks and Dove soap «с "
           "жасмином» excluded"),
        ("печенье юбилейный", {
            "pyaterochka": ["3618783", "3603068", "3662392", "3958570", "3958571", "4027701", "4027703", "3471173", "3655049"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4425157", "4371424"],
        }, "every Юбилейное cookie (a brand with its product word accepts every variant: traditional, glazed, milk, постное, "
           "cranberry, blueberry, strawberry, chocolate-flavour, wholegrain, oat, nut); Магнит «Мини-кексы Юбилейное» (cakes), "
           "Останкино «Юбилейная» sausage and J.Meinl «Юбилейный» coffee excluded"),
        ("сахар рафинад одна коробка", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "Магнит «РУССКИЙ Сахар белый прессованный 1кг к/уп» - pressed lump sugar in a carton is рафинад (outside knowledge); "
           "cane sugar Демерара, powdered sugar, sugar cookies and sweets excluded; no other sugar on sale"),
        ("молоко 2.5 процент 1 литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["62485733e9", "faf2171541"],
        }, "2.5% cow milk in 1 l packs (Эконива ультрапастеризованное, Белый Город); the written «1 литр» names the pack and is "
           "respected exactly, so the many 2.5% packs of 0,9-0,97 l (Простоквашино, Сарафаново incl. детское, Домик в деревне, "
           "Зелёная Линия, Асеньевская Ферма, Молочный Знак 900 мл/900 г, Село Зелёное, Авида, Пр!ст), Рузское 2.5% «1кг» (a "
           "mass, about 0,97 l) and Вкуснотеево 0,2 l are excluded, as are other fat levels and топлёное milk"),
    ]),
    # L05 овощи на жарку
    ("помидор розовый 1 кг, огурцы свежая, баклажан 2 штука, масло подсолнечный без запах", [
        ("помидор розовый 1 кг", {
            "pyaterochka": [],
            "magnit": ["107631"],
            "dixy": [],
            "perekrestok": ["4355823"],
        }, "fresh pink tomatoes (Магнит «Томаты розовые, 1 уп. (700 г)», Перекрёсток «Томат Дагестан розовый»); «1 кг» is a "
           "quantity; red, cherry, сливовидные, коктейльные, on-the-vine and Бакинские tomatoes (colour not stated), salted and "
           "marinated tomatoes excluded"),
        ("огурцы свежая", FRESH_CUCUMBERS, FRESH_CUCUMBERS_NOTE),
        ("баклажан 2 штука", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4414"],
        }, "fresh aubergines (Перекрёсток «Баклажаны»; «2 штука» a quantity); aubergine caviar (Janarat, консервы, Лютеница), "
           "Магнит «Баклажаны по-корейски» and Leor carrot with aubergines excluded"),
        ("масло подсолнечный без запах", {
            "pyaterochka": ["3454645"],
            "magnit": ["c52c41afd8", "0b2585a062", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "«без запаха» = refined deodorised sunflower oil: MR.RICCO «раф/дезодор», БЛАГО «рафинированное, дезодорированное», "
           "Олейна «раф.дез.», Слобода «раф для жарки» (refined; taken as deodorised like retail refined sunflower oil - outside "
           "knowledge); MR.RICCO blends with olive or avocado oil and with Provence herbs, Almador with basil / garlic, olive, "
           "grape and corn oils excluded"),
    ]),
    # L06 общежитие: хозяйство
    ("fairy для посуда, губка для посуда подешевле, бумага туалетный 2 слой, мешок для мусор 60л", [
        ("fairy для посуда", {
            "pyaterochka": ["3503216", "3501026", "3501028", "3500750", "3501031", "3691740"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "every Fairy hand dishwashing liquid (Platinum, Сочный лимон, Нежные руки, any size); AOS, Sorti, Biasept, Unicum and "
           "dishwasher tablets (Finish, Somat) excluded"),
        ("губка для посуда подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dish sponges in any chain; Магнит BIG CITY LIFE «Салфетки в рулоне» (cloths) excluded"),
        ("бумага туалетный 2 слой", {
            "pyaterochka": ["3450513", "3326206"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "2-ply toilet paper (Familia Plus, Zewa Plus); 3- and 4-ply paper (Papia, Zewa Deluxe, Zewa Just 1), moist toilet "
           "paper Zewa and paper towels excluded"),
        ("мешок для мусор 60л", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l bin bags (BIG CITY LIFE «Пакеты д/мусора 60л 20шт»); Магнит 35 l bags (the written size is respected), food "
           "and breakfast bags and the 60-sheet cloth roll excluded"),
    ]),
    # L07 крылышки в соусе
    ("курица крылышки 1кг, имбир корень, мёд для чай, устричный соус lee kum kee", [
        ("курица крылышки 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4318771"],
        }, "raw chicken wings: Перекрёсток «Крылья Первая Свежесть локтевая часть» (Первая Свежесть is a chicken brand - outside "
           "knowledge; wing mid-joints); Горячая штучка «Хрустящие Крылышки острые к пиву» (a ready frozen snack), Дымов "
           "«КРЫЛАТСКАЯ» грудинка and croutons «со вкусом крылышек» excluded; «1кг» is a quantity"),
        ("имбир корень", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh ginger root; pickled ginger (Скатерть-самобранка, Магнит), candied ginger, ginger cookies, lemonade, honey "
           "and mouthwash excluded"),
        ("мёд для чай", {
            "pyaterochka": ["3645764", "3645749"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "plain natural honey (Медовый дом разнотравье, «Южный цветок», «Восточная липа»); крем-мёд with raspberry or with "
           "lemon and ginger (flavoured), чак-чак, honey-flavoured cookies, muesli and sweets excluded; «для чай» is a purpose"),
        ("устричный соус lee kum kee", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no oyster sauce of any brand; soy, teriyaki and sweet-and-sour sauces are other products"),
    ]),
    # L08 тофу с овощами
    ("тофу tofu\nперец болгарский красная\nброкколи замороженый\nрис jasmine", [
        ("тофу tofu", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no tofu in any chain; soy drinks (Green Milk) and soy sauces are other products"),
        ("перец болгарский красная", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["6177"],
        }, "fresh red bell pepper (Магнит «Перец болгарский, красный», Перекрёсток «Перец красный сладкий»); yellow pepper, "
           "«Перец в ассортименте, 2шт» (mixed colours), Рамиро (colour not stated), grilled and canned peppers, pepper caviar "
           "and spices excluded"),
        ("брокколи замороженый", {
            "pyaterochka": [],
            "magnit": ["23e8f39e40"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen broccoli (Морозко Green 800 г); baby purees and soups with broccoli excluded"),
        ("рис jasmine", {
            "pyaterochka": ["39747"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "jasmine rice (Мистраль «Рис Жасмин, белый, длиннозерный» 500 г); basmati, Лазер длиннозерный and other rice, Dove "
           "soap «с жасмином» excluded"),
    ]),
    # L09 пельмени
    ("пельмени свинина большой пачка, уксус 9 процент, сметана 15 процент маленький", [
        ("пельмени свинина большой пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pelmeni with a pork-only filling; pelmeni of mixed meat (Мираторг «Домашние, говядина/свинина» and «Сливочные, "
           "свинина/говядина», Сибирская коллекция «Фирменные гов/свин» and «Сочные, говядина/курица/свинина») are left out - "
           "a named filling is read like a named fruit of a juice, which excludes mixes (judgement); beef and veal pelmeni, "
           "pelmeni whose filling is not stated (Особые, Классика, Домашние Цезарь, Бульмени, Стародворье, 4 вида мяса), "
           "vareniki and khinkali excluded; «большой пачка» is a wish"),
        ("уксус 9 процент", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 9% table vinegar; Магнит apple vinegar 6% is another strength and excluded"),
        ("сметана 15 процент маленький", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["3665624", "4262697", "4272205", "4095525", "4121592", "4431124", "4217907", "4335470", "4314536"],
        }, "15% sour cream of any brand, incl. lactose-free Простоквашино and Parmalat Comfort; «маленький» is a size wish "
           "without a size and not a filter (all packs are 260-450 g); 10/20/25/30% sour cream, Махеевъ sour-cream sauce, cakes "
           "and chips «со сметаной» excluded"),
    ]),
    # L10 вечер с пивом
    ("lays краб большой пачка, семечки жареный, пиво светлый 4 штук, арахис солёный", [
        ("lays краб большой пачка", {
            "pyaterochka": ["3931228", "4035369"],
            "magnit": ["106331"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's crab chips of any size (incl. «Королевский краб» 85 г and 50 г; Магнит «Lays, краб, 90 г»); «большой пачка» "
           "is a wish; other Lay's flavours, crab chips of Pringles, Русская картошка, Lava Lava, «Картофель хрустящий», TUC "
           "crackers, Магнит «Джин Вайт Лейс» and crab sticks excluded"),
        ("семечки жареный", {
            "pyaterochka": ["3613320", "3403508", "3630849", "3695680", "3135484"],
            "magnit": ["2cc5876614", "104971", "1000229533"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted sunflower seeds, salted or not (salt is not a flavour here): Бабкины «жареные», От Атамана «обжаренные "
           "соленые», Молодежный «жареные»; От Мартина «Отборные», «особые», «отб с морской солью» and Бабкины 500 г taken as "
           "roasted though their titles do not say so (outside knowledge; Магнит titles Бабкины «жареные»); pumpkin seeds, "
           "Богучарские «очищенные» kernels (roasting not stated) and sunflower halva excluded"),
        ("пиво светлый 4 штук", {
            "pyaterochka": [],
            "magnit": ["7f9482ca4a", "7a049f38a7", "307d22d94c", "30dda00a31", "a982a99aeb", "1f2ea4eaba", "22307d326d",
                       "201971", "202121", "199071", "160021", "159311", "168001", "168011", "167991", "160011", "104791",
                       "108721", "111751", "108671", "111441", "104801", "204931", "205571"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light beer of any brand and size, incl. the beer-style drink ABBE Blonde, Holba Horska «pale», Miller "
           "Genuine Draft (colour not in the title; a pale lager - outside knowledge) and light wheat/white beers Franziskaner "
           "Weissbier, Hoegaarden and Kronenbourg 1664 Blanc (taken as light - outside knowledge); dark beer (Zatecky Gus Cerny, "
           "ABBE Brune), Kozel «Rezany» (a light-and-dark blend - outside knowledge, although Магнит's title says «светлое»), "
           "alcohol-free beers and beer drinks (Bud, Балтика №0, Горьковская IPA 0%, Перекрёсток's alcohol-free Hoegaarden, "
           "Krusovice, Балтика) and ciders excluded; «4 штук» is a quantity"),
        ("арахис солёный", {
            "pyaterochka": ["3954224"],
            "magnit": ["4a8764138e"],
            "dixy": [],
            "perekrestok": [],
        }, "salted roasted peanuts (Восточный гость «жар соленый», От Мартина «обжаренный с солью»); Джаз «жареный» (salt not "
           "stated), Party Nuts with sea salt and black pepper, wasabi, sweet chili, honey-mustard or sour cream (flavoured), "
           "peanut chocolate, bars and tarts excluded"),
    ]),
    # L11 суп
    ("картошка 2 килограм, морков 1кг, лук репчатый 3 штук, говядина для суп", [
        ("картошка 2 килограм", {
            "pyaterochka": [],
            "magnit": ["199751", "168701", "168671", "109571", "107511"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["2099571", "3646068"],
        }, "fresh potatoes of any pack and variety (молодой, мытый, красный, «Новый урожай», 3 kg «для жарки» / «для варки» "
           "packs of raw potatoes); «2 килограм» is a quantity; potato starch, chips, «картофель хрустящий», puree, herring and "
           "caviar «к картошке», marzipan «Картошка» and salads excluded"),
        ("морков 1кг", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая, 1 кг», Перекрёсток «Морковь мытая»); Korean-style carrot salads, sauerkraut "
           "with carrot, carrot nectar and juices, baby purees and pet food excluded"),
        ("лук репчатый 3 штук", {
            "pyaterochka": [],
            "magnit": ["168721", "168741", "168731"],
            "dixy": [],
            "perekrestok": ["79012", "79135", "3368252", "3623836"],
        }, "bulb onions of any colour: «Лук репчатый красный / белый», Ялтинский (a red bulb onion) and Магнит «Лук Светофор, "
           "1 уп. (3 шт)» (three bulb onions of three colours - outside knowledge); «3 штук» is a quantity; shallot, green onion, "
           "Перекрёсток «Лук салатный» (what kind is not stated), herb sets, Federici «Луковки» and onion-flavoured snacks "
           "excluded"),
        ("говядина для суп", {
            "pyaterochka": ["3917642", "3606378", "3677033"],
            "magnit": ["199481"],
            "dixy": [],
            "perekrestok": [],
        }, "raw beef of any cut: Магнит «Лопаточная часть говядины, без кости», Мираторг «Мякоть бедра говяжья», «говядина "
           "шейная часть», Мираторг «Стейк Бафоло Black Angus» (a plain raw steak); «для суп» is a purpose, not a filter; the "
           "pepper-seasoned «Стейк Пеппер», beef mince, tongue, stewed beef, ham, холодец, cutlets, sausages, pelmeni, baby "
           "purees and Роллтон broth excluded"),
    ]),
    # L12 удон с креветками
    ("лапша удон 2 пачка\nкреветки замороженый очищенный\nкинза свежий\nлайм 2 штука", [
        ("лапша удон 2 пачка", {
            "pyaterochka": ["3618857"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "udon (Пятёрочка «Лапша пшеничная Удон, 250 г»); soba, funchoza, lagman noodles, instant noodles and ready noodle "
           "dishes excluded"),
        ("креветки замороженый очищенный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4385594", "3641931", "4292180", "4359390", "4367793", "4012971"],
        }, "peeled frozen shrimps, raw or cooked-frozen, with or without tail (Люди Любят, Бухта Изобилия, Вкус Арт Ваннамей, "
           "Королевские 26/30, аргентинские); Fish & More «королевские очищенные с хвостом, 860г» taken as frozen (outside "
           "knowledge: such shrimps are not sold chilled); shell-on, unpeeled and headless-in-shell shrimps, shrimps whose titles "
           "do not say peeled (Vici Королевские, Fish House, Kaluri, Polar, КР.ЦЕНА «неразд.»), shrimps in brine, shrimp meat "
           "in filling, shrimp-flavoured chips and caviar, olives with shrimp excluded"),
        ("кинза свежий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no coriander leaves in any chain; dill, parsley and herb sets are other herbs"),
        ("лайм 2 штука", {
            "pyaterochka": [],
            "magnit": ["168711"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh limes (Магнит «Лайм, 1 кг»; «2 штука» a quantity); lemon-lime drinks, Tess «LIME» tea, a lime-basil cake, "
           "mouthwash and air freshener excluded"),
    ]),
    # L13 стирка
    ("порошок для стирка автомат, кондиционер для белье, мыло хозяйственое", [
        ("порошок для стирка автомат", {
            "pyaterochka": ["3418106", "2155021", "2070686", "3023899", "2087255", "3149485", "2161508", "2161528", "3142962"],
            "magnit": ["262159b924", "1000286457", "50ee5ea8b5", "198901", "167921", "168231", "105941", "106541", "105891",
                       "105881", "111621"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for automatic machines: titles saying «автомат»/«авт.», plus big-brand powders of 1,5-6 kg whose "
           "titles do not say it but whose lines are automatic or universal (Лоск Колор 2,7 кг, Персил Колор 1,5 кг, Persil "
           "3 кг, Tide Lenor Color 2,5 кг, Bimax 3 кг, Биолан Color 2400 г, BioMio colour/white) - outside knowledge; washing "
           "gels, liquids and capsules, scouring powders (Comet, Пемолюкс) and instant coffee «порошкообразный» excluded"),
        ("кондиционер для белье", {
            "pyaterochka": ["3625267", "3625268", "3625310", "3465388", "3669625", "4025712", "3627015", "3627017"],
            "magnit": ["5f87c5ca15", "e9a603915f", "fe75ae637f", "6571916326", "204441", "203041", "168241", "159881",
                       "109371", "205131"],
            "dixy": [],
            "perekrestok": [],
        }, "fabric conditioners of any brand, scent and size (Vernel, Lenor, Е Сенситив); hair conditioners and balms "
           "(Gliss Kur, Head&Shoulders, Pantene, Schauma, Timotei, Чистая Линия), mouthwashes and the Чистая Линия 3-in-1 men's "
           "shampoo-conditioner-shower gel excluded"),
        ("мыло хозяйственое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no laundry soap in any chain; toilet soaps (Camay, Safeguard, Fax, Dove), liquid soap and gift sets excluded"),
    ]),
    # L14 завтрак
    ("молоко ультрапастеризованный 1л, хлопья кукурузный, банан 1кг, йогурт питьевой с клубника", [
        ("молоко ультрапастеризованный 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["488d323508", "ccdc291604", "52240eee71", "f50aeac1bb", "e221fd3ddd", "f18e9a3c14", "9512a8a8b9",
                            "2f04f03749", "7c1d7afff6", "9dfc83490b", "ce8eda981f", "62485733e9", "faf2171541", "01f728b210"],
        }, "ultra-pasteurised cow milk in 1 l packs of any fat, incl. lactose-free and skimmed Parmalat (Эконива, Славянские "
           "Кружева, Parmalat, Белый Город, Valio); the written «1л» names the pack and is respected exactly, so UHT packs of "
           "0,925-0,975 l (Дикси Весёлая коровка 970 мл, Пятёрочка Маша и Медведь, Агуша, Сарафаново, Перекрёсток Пр!ст, "
           "Домик в деревне, Село Зелёное, Простоквашино, Valio 973 мл, Авида, М, БМК, Залесский Фермер...), Вологодское «1кг», "
           "0,2 l packs, sterilised Рогачевъ 1 л (not ultra-pasteurised), pasteurised and топлёное milk, milkshakes and the "
           "Planto almond drink excluded"),
        ("хлопья кукурузный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain corn flakes; Nestlé Gold «кукур. мед/арахис» (honey-nut coated, flavoured), Любятово «Завтраки … "
           "кукурузные» (whether flakes, balls or sticks is not stated), corn balls and sticks, oat, buckwheat, rice and "
           "multigrain flakes excluded"),
        ("банан 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "3639749", "4208494", "4112219"],
        }, "fresh bananas (loose, фасованные, Organic, mini); «1кг» is a quantity; dried bananas, banana sweets, smoothies, "
           "purees, soy drink and yoghurts with banana excluded"),
        ("йогурт питьевой с клубника", {
            "pyaterochka": ["3628399", "4035473", "4066181"],
            "magnit": ["205071"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking yoghurt with strawberry: Чудо «питьевой, клубника/земляника» 270 г (Пятёрочка's «ЧУДО Йогурт вк.клуб/"
           "земл.2,4% 270г» is the same bottle), Активиа «с клубникой и земляникой» 260 г (the 260 g Activia bottle is the "
           "drinkable one - outside knowledge) and the children's «Йогурт питьевой … со вкус. Клубничного пломбира»; mixes "
           "with other fruit (EPICA клубника/маракуйя, Активиа with melon or with apple and blueberry), spoonable yoghurts, the "
           "unbranded «Биойогурт … с клубникой, 270г 1,0%» (drinkable not stated), milkshakes and chocolate with yoghurt "
           "filling excluded"),
    ]),
    # L15 сладкое
    ("кофе 3в1 пакетики подешевле, шоколад alpen gold молочный, вафли самый дешевый", [
        ("кофе 3в1 пакетики подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 3-in-1 coffee sachets; Nescafé «CLASSIC LATTE» sachets and «Напиток кофейный Classic Cappuccino, 18 г» are other "
           "coffee-drink mixes, and instant, ground, bean and ready coffee are other products"),
        ("шоколад alpen gold молочный", {
            "pyaterochka": ["4021002", "4053597", "4053732", "4053758", "4053760", "4053798", "4053799", "4053800", "4053801",
                            "4053804", "3626894", "3957242", "4053537", "4053802", "4053803", "4053724", "4078353", "4078354"],
            "magnit": ["755922074b", "205931"],
            "dixy": [],
            "perekrestok": [],
        }, "every Alpen Gold milk-chocolate bar (a brand with its product word accepts every variant; «молочный» is required): "
           "plain, with nuts, raisins, fillings, Oreo, Максфан; Alpen Gold white, dark («темный», Dark, Aerated тёмный) and "
           "bitter chocolate excluded"),
        ("вафли самый дешевый", {
            "pyaterochka": ["3673372", "3432952", "3668255", "3668256", "3257371", "3418863", "3908663", "3908665", "3939083",
                            "3948437", "4036375", "3607404", "3607414", "3687458", "3687534", "2126636", "3141421"],
            "magnit": ["2a32ffe31d", "9b5bb8a58d", "7d5a68f794", "01fb3ade65", "f55f44c954", "29989b90ed"],
            "dixy": [],
            "perekrestok": [],
        }, "packaged wafers of any filling (incl. glazed Яшкино); «самый дешевый» is a wish; Toreno «для торта» (cake wafer "
           "sheets), single chocolate-covered wafer bars (Милка вафли 30 г, «Вафля в молочном шоколаде» 28,5 г, Kit Kat), "
           "wafer cakes (Отломи, Бабаевская Белочка), wafer sweets and ice cream excluded"),
    ]),
    # L16 суши дома
    ("рис для суши одна пачка\nнори лист\nогурец 2 штук\nуксус рисовый для суши", [
        ("рис для суши одна пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no rice sold as sushi rice; the written variety «для суши» is required, so ordinary round rice (Увелка "
           "Краснодарский, Мистраль), basmati and jasmine are not accepted"),
        ("нори лист", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no nori sheets; seaweed salad (морская капуста) is another product"),
        ("огурец 2 штук", FRESH_CUCUMBERS, FRESH_CUCUMBERS_NOTE + "; «2 штук» is a quantity"),
        ("уксус рисовый для суши", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no rice vinegar; Магнит apple vinegar 6% excluded"),
    ]),
    # L17 жареные грибы
    ("шампиньон свежий полкило, перец черный молотая, кунжутный масло, крахмал картофел", [
        ("шампиньон свежий полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3210027", "4280106"],
        }, "fresh champignons (Маркет Fresh 400 г, royal brown «Шампиньоны Королевские» Маркет Collection 300 г); «полкило» is "
           "a quantity; marinated Bonduelle champignons, oyster mushrooms (Магнит «Вешенки»), salads and dishes with mushrooms "
           "excluded"),
        ("перец черный молотая", {
            "pyaterochka": [],
            "magnit": ["82dc754b2f"],
            "dixy": [],
            "perekrestok": [],
        }, "ground black pepper (Восточный гость 50 г); Kotanyi «Мельница перец черный» (whole peppercorns in a grinder), "
           "pepper mixes and croutons «черный перец» excluded"),
        ("кунжутный масло", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sesame oil; sesame seeds and goods «с кунжутом» are other products"),
        ("крахмал картофел", {
            "pyaterochka": [],
            "magnit": ["c77aeb33ac"],
            "dixy": [],
            "perekrestok": ["4268660"],
        }, "potato starch (Магнит 200 г, Пр!ст 200 г); Пр!ст corn starch excluded"),
    ]),
    # L18 гигиена
    ("паста зубной colgate, шампунь head shoulders, гель для душ мужской, щетка зубной мягкий", [
        ("паста зубной colgate", {
            "pyaterochka": ["3605411", "3605412"],
            "magnit": ["0b75d29d19"],
            "dixy": [],
            "perekrestok": [],
        }, "every Colgate toothpaste (Кальций-Ремин, Total 12); Colgate toothbrushes, Colgate Plax mouthwash and other "
           "toothpaste brands excluded"),
        ("шампунь head shoulders", {
            "pyaterochka": ["3653506", "3689257"],
            "magnit": ["acec144b5f", "198881"],
            "dixy": [],
            "perekrestok": ["4406843"],
        }, "every Head&Shoulders shampoo, incl. 2-in-1 shampoo-conditioners (a shampoo); the Head&Shoulders balm-rinse excluded"),
        ("гель для душ мужской", {
            "pyaterochka": ["3440044", "3626165"],
            "magnit": ["1d4676bb70"],
            "dixy": [],
            "perekrestok": [],
        }, "men's shower gels (Palmolive MEN СПОРТ 750 мл, Palmolive Men 3 в 1 Арктический Ветер, Чистая Линия 3в1 для "
           "мужчин); Fa «охлаждение экстрим» (the title does not say men), Nivea, Le Petit Marseillais, Dove, Fa Йогурт, the "
           "unbranded «Ветивер»/«Цитрус» gels and the Palmolive and Old Spice gift sets excluded"),
        ("щетка зубной мягкий", {
            "pyaterochka": ["3411391"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "soft toothbrush: Colgate «ШЕЛК.НИТИ С ДР.УГЛЕМ» taken as soft (outside knowledge: «Шёлковые нити» is the Russian "
           "name of Colgate Slim Soft); SPLAT «hard», Colgate 360 «ср/ж», Biomed «Medium», Colgate Зиг Заг and SPLAT Blackwood "
           "(softness not stated) excluded"),
    ]),
    # L19 бутерброды
    ("вода без газ 5л, роллтон курица 3 штуки, хлеб для тост, ветчина нарезкой для бутерброд", [
        ("вода без газ 5л", {
            "pyaterochka": ["3635131", "3608729"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still water in 5 l bottles, incl. children's water (Аквалайн «Для ляль», Honey kid); Архыз «Легенда Гор, "
           "минеральная, 5 л» taken as still (outside knowledge: 5 l bottles are still water); the written «5л» names the "
           "bottle, so smaller bottles are excluded, as is sparkling water"),
        ("роллтон курица 3 штуки", {
            "pyaterochka": [],
            "magnit": ["1000134679"],
            "dixy": [],
            "perekrestok": [],
        }, "Роллтон chicken noodles («Лапша РОЛЛТОН, Куриная по-домашнему, 90г»); Роллтон beef broth, unbranded instant noodles "
           "and other noodles excluded; «3 штуки» is a quantity"),
        ("хлеб для тост", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no toast bread; «Батон нарезной», rye, grain and Даниловский breads, and ham and processed cheese «для тостов» / "
           "«-тост» excluded"),
        ("ветчина нарезкой для бутерброд", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4400358", "4195681"],
        }, "sliced ham: Черкизово and Клинский «для тостов» (sold as slices for toast - outside knowledge); hams sold in a "
           "piece or whose slicing is not stated (Индилайт 120 г, Бахрушинъ, Рублевский, МДБ, Велком, Елинский, Черкизовская, "
           "Вязанка, Мираторг, Балтийская), canned ham and dishes with ham excluded"),
    ]),
    # L20 курица с рисом
    ("курица бедро без кост, sweet chili соус, рис длиннозерный пропареный, кукуруза консервированый", [
        ("курица бедро без кост", {
            "pyaterochka": ["4007208"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4328962", "3692842", "4250498", "4007208"],
        }, "boneless raw chicken thigh («Филе бедра» / «без кости», with or without skin: Зелёная Линия, Троекурово, Первая "
           "свежесть, Петелинка, Пятёрочка «ЦБ 1кг»); bone-in thighs (Первая Свежесть «Бедро куриное», «Бедро цыпл-табака»), "
           "turkey thigh fillet and steaks, duck legs and beef «мякоть бедра» excluded"),
        ("sweet chili соус", {
            "pyaterochka": ["3649353"],
            "magnit": ["7fa14ec543"],
            "dixy": [],
            "perekrestok": [],
        }, "sweet chili sauce (Heinz «Сладкий чили»); sweet-and-sour sauces, Махеевъ «Манго-Чили», chili ketchup and sweet-chili "
           "peanuts excluded"),
        ("рис длиннозерный пропареный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no parboiled rice; Националь «Лазер длиннозерный» (not stated parboiled), jasmine, basmati and round rice excluded"),
        ("кукуруза консервированый", {
            "pyaterochka": ["4043590", "3645520", "3479213"],
            "magnit": ["203031", "111551", "213661"],
            "dixy": [],
            "perekrestok": ["16793", "2050066", "3645521", "4273333", "82253", "4372036"],
        }, "canned sweet corn kernels of any brand and size (Bonduelle, Globus, Heinz, Знак Заботы, 6 соток, Юнона, Пятёрочка "
           "«молочная кукуруза», «Молодая»); baby corn cobs (Маркет Collection «в початках»), popcorn, corn flakes, balls and "
           "sticks, corn oil and starch excluded"),
    ]),
    # L21 чай
    ("чай черный лисма 100 пакетик\nсахарный песок 1 кг пачка\nовсяный печенье\nлимон 2 штук", [
        ("чай черный лисма 100 пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the only Лисма tea is «Насыщенный» 25 bags; the written 100 bags names the pack and is respected, so it is "
           "excluded, as are other brands"),
        ("сахарный песок 1 кг пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no granulated sugar in any chain; Магнит pressed lump sugar, cane sugar Демерара 500 г and powdered sugar are other "
           "products"),
        ("овсяный печенье", {
            "pyaterochka": ["3995521", "3655049"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain oat cookies («Печенье овсяное Классическое» 250 г, Юбилейное «овсяное»); oat cookies with chocolate pieces, "
           "«Миндальное овсяное», Хлебный спас with apple-cinnamon filling, Хлебный спас «Злаковое ассорти» and «Особое» "
           "(not stated plain), oat flakes, porridges and oat drinks excluded"),
        ("лимон 2 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons; limes, lemonade, citric acid, lemon-flavoured goods and cleaners excluded"),
    ]),
    # L22 свинина с капустой
    ("капуста белая половина кочан, свинина грудинка 500г, перец острый свежий, чеснок очищеный", [
        ("капуста белая половина кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «Капуста белокочанная ранняя, 1 кг»); «половина кочан» is a quantity; sauerkraut, "
           "Перекрёсток «Капуста китайская», broccoli, cauliflower salad and seaweed excluded"),
        ("свинина грудинка 500г", {
            "pyaterochka": ["4063792"],
            "magnit": ["107261"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork belly, bone-in or boneless (Магнит «Грудинка свиная, на кости, охлажденная», Промагро «Грудинка свиная б/к "
           "охл»); «500г» is a quantity of a weighed good; smoked or cooked грудинка (Останкино, Дымов, Коптильный двор, Маркет, "
           "сырокопченая) and other pork cuts excluded"),
        ("перец острый свежий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh chili pepper; sweet peppers, dried chili, chili-flavoured goods and mussels «с перцем чили» excluded"),
        ("чеснок очищеный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no peeled garlic; whole bulbs (Перекрёсток «Чеснок, 3шт»), salted and dried garlic excluded"),
    ]),
    # L23 салат и бутерброды
    ("майонез провансал для салат, колбаса докторский, сыр российский ломтики, белый батон один", [
        ("майонез провансал для салат", {
            "pyaterochka": ["3982578", "3355228", "3355242", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["4297313", "4412152", "4105769", "2047206", "3674577", "3467275", "4233420", "3193489", "4199312",
                            "4112954"],
        }, "mayonnaise titled Провансаль of any brand and size, incl. «Провансаль оливковый» and Махеевъ «Провансаль с лимонным "
           "соком»; Пятёрочка «Майонез Слобода, 67%, 800 мл» is X5 product 3193489, which Перекрёсток titles «Слобода "
           "Провансаль 67%, 800мл»; mayonnaise not named Провансаль (Heinz «Классический», Слобода «оливковый», «домашний», "
           "«на перепелином яйце», Mr.Ricco with avocado oil) and Махеевъ Caesar sauce excluded; «для салат» is a purpose"),
        ("колбаса докторский", {
            "pyaterochka": ["3347584", "3620675", "3385812", "78001451", "4019606", "2120885"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4296145", "4380012", "4301347", "4432115", "4410079", "4255289", "4264678", "3639615", "4221913",
                            "4352000", "3347584", "3033317", "78001451"],
        }, "Докторская boiled sausage of any brand, pack or slicing; Докторские сардельки and сосиски, other sausages excluded"),
        ("сыр российский ломтики", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "sliced Российский cheese (Зелёная Линия «нарезка» 150 г); the written form «ломтики» is required, so Брест-Литовск "
           "«российский» 200 g (a block) is excluded, as are other cheeses and Российский chocolate or cognac"),
        ("белый батон один", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white loaf «батон» (Перекрёсток «Батон Нарезной нарезка Маркет», Пятёрочка «Батон "
           "Звездный» нарезной); rye and grain breads, chocolate and protein «батончики» excluded"),
    ]),
    # L24 фрукты и кефир
    ("яблоко зеленый 1кг, мандарин 1 кило, сок апельсин 1л, кефир 1 процента", [
        ("яблоко зеленый 1кг", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "green apples (Магнит «Яблоки Гренни Смит, 1 кг» - a green variety, outside knowledge); red apples, Гала, Ред "
           "Делишес, Медовый хруст, «Яблоки сезонные» (colour not stated), juices, chips and purees excluded; «1кг» a quantity"),
        ("мандарин 1 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3254317", "1537", "3034500"],
        }, "fresh mandarins (Перекрёсток loose, «с листом Китай», Марокко); «1 кило» a quantity; mandarin drinks, nectars, "
           "juices and sweets excluded"),
        ("сок апельсин 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no orange juice in 1 l packs; the written «1л» names the pack, so J7 «Апельсиновый» 0,97 l (Магнит, Перекрёсток), "
           "J7 0,3 l and Swell 0,75 l are excluded; orange nectars, multi-fruit juice, juice drinks (Santal, Global Village, "
           "Любимый) and orange sodas excluded"),
        ("кефир 1 процента", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir of any fat in any chain"),
    ]),
    # L25 уборка комнаты
    ("салфетки бумажный, средство для мыть пол, перчатки резиновый size m", [
        ("салфетки бумажный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4299678", "4310840", "4310841", "4429769", "4429400", "4429397", "4371757", "4250535", "4397850",
                            "4250543"],
        }, "paper table napkins of any size, ply and print (Пр!ст, Gratias incl. the 3-ply 33x33 «Ёлка акварель», «Тройка», "
           "«Подарки» whose titles omit «бумажные», Art Bouquet); wet wipes (Home Story, Tolli, SALFETI, Kokoro, Пр!ст), "
           "Carefree pantyliners «Салфетки» and the BIG CITY LIFE cloth roll excluded"),
        ("средство для мыть пол", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no floor cleaner; universal cleaners whose titles do not name floors (Domestos «универсальное», Sanfor "
           "«универсальное», Cif spray) excluded"),
        ("перчатки резиновый size m", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no rubber gloves in any chain"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fuoNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fuo\d\d ===$", line):
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
                    errors.append("fuo%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fuo%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fuo"))
