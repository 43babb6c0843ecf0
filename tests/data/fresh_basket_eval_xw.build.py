#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xw.jsonl -- shopping lists of a family living through the renovation of
their flat (quick meals and ready food while the kitchen is torn up, snacks and drinks for the workers,
disposable tableware, bin bags, cleaning supplies for the dust afterwards; husband and wife both write),
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xw.build.py

LISTS below is literal data: 25 lists (3-5 items, 90 items) as the couple would type them to a Telegram
bot, and for every item the product ids of every in-stock offer per store that a reasonable shopper who
wrote exactly that item would accept.  The lists were written first, before any offer was read, and saved
as fresh_basket_eval_xw.blind_lists.txt (read-only, sha256 7045ecc9fbdcaa412a8a71ae00eb90b221af00d43d5d25019f70c8dd5756c702); this script checks
that every list text equals that blind draft except for the items recorded in REPLACED.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic
brand spellings, ё folded to е) and read one by one; the note of each item records what was accepted,
what was deliberately left out and any judgement resting on outside knowledge.  An empty list means the
store has nothing acceptable (the item is "missing" there).  Made without reading or running the tool
being evaluated.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and writes the
JSONL; labelled_lists.stats prints the counts.  List ids are fxw01, fxw02, ... in LISTS order; every list
is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xw.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xw.blind_lists.txt")

# Lists of the blind draft that had no acceptable offer in any of the four stores: exactly one item was
# replaced by a similar item that some store carries (checked against seen_list_texts.txt as well).
# list number (1-based) -> (blind item, replacement item)
REPLACED = {
    4: ("мусорные мешки 120 л плотные", "мешки мусорные на 60 литров"),
    5: ("средство для пола после ремонта", "универсальное чистящее средство после ремонта"),
}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # xw01 wife: first evening without a kitchen, pelmeni
    ("пельмешки 2 пачки, сметану 15% к пельменям, черного хлебушка буханку", [
        ("пельмешки 2 пачки", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                            "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen pelmeni of any brand/filling incl. Горячая штучка «Бульмени» (a pelmeni line) and abbreviated "
           "«Пельм.»; «2 пачки» is a quantity; Calve sauce «д/мяс/кур/пельм.», хинкали, вареники excluded"),
        ("сметану 15% к пельменям", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream labelled exactly 15%, incl. lactose-free 15% (Parmalat Comfort, Простоквашино "
           "безлактозная); 10%, 20%, 25%, 30% and sour-cream-flavoured chips/crackers/croutons/sauces excluded; "
           "«к пельменям» is a purpose, not a filter"),
        ("черного хлебушка буханку", {
            "pyaterochka": ["3500217", "3480920", "3372334"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«черный хлеб» = rye / rye-wheat bread: Даниловский (ржано-пшеничный), Марьин заварной; outside "
           "knowledge: Коломенское «Хлеб Даниловский» 275 г and Хлебный дом «Хлеб Марьин, заварной» taken as "
           "dark rye-wheat loaves; «Хреб/Хлеб Ржаной Край» (brand word only; the зерновой one is a grain bread) "
           "excluded, as are хлебцы, гренки/сухарики, ржаная мука, колбаса «Бородинская»; «буханку» is a "
           "quantity"),
    ]),
    # xw02 husband: water and lunch for the workers
    ("вода питьевая 5л самая дешевая\nдоширак 5шт\nдокторской колбаски грамм 500\nадреналин раш 2 банки", [
        ("вода питьевая 5л самая дешевая", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles: Перекрёсток Малаховская 5 л, Магнит Аквалайн «для детского "
           "питания» 5 л, Пятёрочка Черноголовская Honey kid 5 л (children's drinking water) and Архыз Легенда "
           "Гор 5 л (natural table mineral water, drunk as everyday water); all smaller bottles (0.33-2 l) "
           "excluded because «5л» names the bottle; «самая дешевая» is a wish, not a filter"),
        ("доширак 5шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "brand Доширак required: no store has Доширак; unbranded Пятёрочка «Изделия макаронные быстрого "
           "приготовления. Лапша …» and Магнит Роллтон noodles excluded (other brands); «5шт» is a quantity"),
        ("докторской колбаски грамм 500", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "«Докторская» boiled sausage of any brand and pack (incl. sliced 150 g and sold by weight); «грамм "
           "500» reads as the quantity wanted, not a pack filter; сардельки and сосиски «Докторские» excluded"),
        ("адреналин раш 2 банки", {
            "pyaterochka": ["3931836", "4068487", "3931838"],
            "magnit": ["205111"],
            "dixy": [],
            "perekrestok": [],
        }, "Adrenaline Rush line: classic Rush, Rush без сахара, Rush red energy; other Adrenaline lines (Juicy, "
           "Game Fuel, Gold Black/White), Burn, Monster, Drive Me etc. excluded; «2 банки» is a quantity"),
    ]),
    # xw03 wife: disposable tableware for the workers
    ("одноразовые тарелки глубокие под суп, пластиковые стаканы 200 мл 50 шт, вилки пластиковые одноразовые, салфетки бумажные подешевле", [
        ("одноразовые тарелки глубокие под суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable plates in any store (grep тарел/посуд/одноразов/миск); «Сырная тарелка» is cheese"),
        ("пластиковые стаканы 200 мл 50 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "only Перекрёсток «Стаканы одноразовые 250мл … 6шт», which matches neither the written 200 ml nor the "
           "50-piece pack; excluded; whisky gift sets «/ стакан» excluded"),
        ("вилки пластиковые одноразовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable cutlery in any store (grep вилк/ложк/одноразов)"),
        ("салфетки бумажные подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4429769", "4371757", "4429397", "4429400", "4310841", "4250543", "4310840", "4250535",
                            "4299678", "4397850"],
        }, "paper table napkins (Gratias plain and printed 3-ply, Art Bouquet decorative, Пр!ст); wet wipes, "
           "Carefree panty liners, Магнит BIG CITY LIFE «Салфетки в рулоне» (cleaning cloths) excluded; "
           "«подешевле» is a wish"),
    ]),
    # xw04 husband: rubbish after demolition (one item REPLACED, see REPLACED)
    ("мешки для строительного мусора\nмешки мусорные на 60 литров\nперчатки рабочие", [
        ("мешки для строительного мусора", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no construction-waste bags in any store; ordinary kitchen bin bags (Магнит 35 л, 60 л) are not "
           "construction bags"),
        ("мешки мусорные на 60 литров", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACEMENT for the blind item «мусорные мешки 120 л плотные» (list had nothing in any store): bin "
           "bags of 60 l — Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт»; Магнит 35 l bags excluded (size "
           "written)"),
        ("перчатки рабочие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no gloves of any kind in any store (grep перчат/хозяйств/латекс/нитрил)"),
    ]),
    # xw05 wife: dust clean-up (one item REPLACED, see REPLACED)
    ("микрофибра тряпки для пыли, универсальное чистящее средство после ремонта, губки кухонные 10 штук, влажные салфетки для уборки большая пачка, резиновые перчатки для уборки", [
        ("микрофибра тряпки для пыли", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cloths/rags in any store (grep тряпк/микрофибр/салфетк + уборк); Магнит BIG CITY LIFE «Салфетки в "
           "рулоне 25x30» are not microfibre, excluded"),
        ("универсальное чистящее средство после ремонта", {
            "pyaterochka": ["3956845", "3956844", "4068001", "4067999", "3652584", "3957479"],
            "magnit": ["160001", "205981"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACEMENT for the blind item «средство для пола после ремонта» (list had nothing in any store): "
           "cleaners titled universal — Domestos «универсальное» (Магнит, Пятёрочка), Sanfor универсальное, Cif "
           "«Универсальный» spray; Comet/Пемолюкс powders, Cif cream, toilet, anti-limescale and dish cleaners "
           "excluded; «после ремонта» is a purpose"),
        ("губки кухонные 10 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sponges in any store (grep губк/губок/spontex/york/paclan)"),
        ("влажные салфетки для уборки большая пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household cleaning wipes in any store; hygiene wet wipes (Tolli Plus, Home Story antibacterial, "
           "Пр!ст cosmetic, Kokoro for babies, SALFETI antibacterial) and wet toilet paper excluded: «для "
           "уборки» names the kind of product"),
        ("резиновые перчатки для уборки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no gloves of any kind in any store"),
    ]),
    # xw06 husband: tea and coffee corner for the workers
    ("кофе растворимый подешевле, сахар песок килограммовый, черный чай пакетики 100 шт для рабочих, печенье юбилейное пару пачек", [
        ("кофе растворимый подешевле", {
            "pyaterochka": ["3158301", "3651382", "3691889", "3684932", "3496293", "3419749", "3928171", "3658915",
                            "4035364", "4035358", "3971960", "3403288", "3631185", "3465384", "3481996", "3626060",
                            "3626048", "3636926", "3636923", "3372172", "3488345", "3444962", "3428977", "3489546",
                            "3153782", "3188030", "4035361", "3485301", "3626895", "3419750", "3659359", "3659496",
                            "3932897", "4069896", "3359687", "4020246", "3472967"],
            "magnit": ["1000111108", "65d8c64e3e", "106251", "106261", "106291", "7c427665e1", "167841", "9ab9dd431c",
                       "ed5e14dfe7", "106161", "205121", "106231", "109351", "199191", "198971", "213631", "168211",
                       "199321"],
            "dixy": [],
            "perekrestok": [],
        }, "instant coffee of any brand, powder or freeze-dried, incl. «молотый в растворимом» / «с добавлением "
           "молотого» (Millicano, Nescafe Gold/Classic, Bushido Kodo); ground and bean coffee (incl. Paulig "
           "Mokka and Черная карта «для заваривания в чашке»), Magnit ready cup drinks «зерновой …мл», Nescafe "
           "Classic Latte / Classic Cappuccino sachets (coffee drinks) excluded; outside knowledge: Магнит «Кофе "
           "JARDIN Colombia Medellin, 95г» and «Московская Кофейня на паяхъ, Коломбо, 95 г» (no form in title) "
           "taken as instant; «подешевле» is a wish"),
        ("сахар песок килограммовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no granulated white sugar in any store: Магнит «Сахар белый прессованный 1кг» is cube sugar "
           "(рафинад), Пятёрочка «Сахар тростниковый … Демерара 500г» is cane sugar of another size; both "
           "excluded"),
        ("черный чай пакетики 100 шт для рабочих", {
            "pyaterochka": ["4002510", "3378327", "3998702", "3662837", "3450276", "3620106", "3635756", "3378336",
                            "3424384", "3499718", "3446638", "3472459", "2070472", "3950803", "3948128", "11200",
                            "3689577", "3628990"],
            "magnit": ["159991", "206041", "109361", "199261", "199201", "213601"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea in packs of 100 bags, plain or flavoured (Earl Grey, чабрец, fruit); packs of 20/25 bags, "
           "loose tea, green/herbal tea, iced-tea drinks excluded; outside knowledge: Lipton Earl Grey (Магнит, "
           "no colour in title) and Принцесса Канди taken as black, Пятёрочка Richard «Royal English Breakfast … "
           "в пак 200гр» taken as 100 × 2 g bags; «для рабочих» is a purpose"),
        ("печенье юбилейное пару пачек", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every Юбилейное biscuit (traditional, glazed, oat, постное, berry, wholegrain, chocolate); Юбилейное "
           "mini-cakes (кексы), J.Meinl coffee «ЮБИЛЕЙНЫЙ», колбаса «Юбилейная», карбонад «ЮБИЛ.» excluded; "
           "«пару пачек» is a quantity"),
    ]),
    # xw07 wife: quick supper
    ("лапша быстрого приготовления, сосисок молочных кг, хайнца кетчуп томатный бутылку", [
        ("лапша быстрого приготовления", {
            "pyaterochka": ["4009567", "4009568"],
            "magnit": ["1000134679"],
            "dixy": [],
            "perekrestok": [],
        }, "instant noodles: Пятёрочка «Изделия макаронные быстрого приготовления. Лапша …» 90 г, Магнит Роллтон "
           "«Куриная по-домашнему» 90 г (outside knowledge: a Rollton instant-noodle pack); фунчоза, "
           "лагман-лапша, соба, удон, вермишель, frozen noodle dishes and Роллтон bouillon excluded"),
        ("сосисок молочных кг", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«Молочные» sausages (Велком, Магнит 0,33 and 0,65 кг); Сливочные, Детям, Венские, Баварские, "
           "Докторские, Филейные etc. excluded; «кг» is a quantity"),
        ("хайнца кетчуп томатный бутылку", {
            "pyaterochka": ["4086400"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz tomato ketchup: Пятёрочка «Томатный кетчуп Heinz 342г» (outside knowledge: the 342 g Heinz "
           "pack is a squeeze bottle); Heinz «Кетчуп томат. с горч.» (another flavour), Heinz sauces "
           "(кисло-сладкий, чили, сырный, цезарь, терияки, брусничный, salsa, cherry), Heinz "
           "mayonnaise/puree/paste and ketchups of other brands excluded"),
    ]),
    # xw08 husband: pizza night on the floor
    ("замороженная пицца 2 шт, кока-колу 2 литра, чипсы lays с солью", [
        ("замороженная пицца 2 шт", {
            "pyaterochka": ["3693580", "3607265"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pizza: Рестория «Пицца ассорти» (Заморозка) and Цезарь «Пицца с ветчиной и грибами» (outside "
           "knowledge: Цезарь is a frozen-food brand); Горячая штучка «Чебупицца» (snack), pizza cheeses, "
           "pizza-flavoured crackers and croutons excluded; «2 шт» is a quantity"),
        ("кока-колу 2 литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1860"],
        }, "Coca-Cola classic 2 l (Перекрёсток); Coca-Cola of other sizes (0.9, 1, 1.5 l), Coca-Cola "
           "Vanilla/Orange/без сахара, and other colas of 2 l (Pepsi, Черноголовка, Любимая) excluded: brand and "
           "size written"),
        ("чипсы lays с солью", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Lay's «с солью»/classic salted chips in any store; Lay's with flavours (сметана, краб, лук, "
           "паприка, сыр, икра, лисички) and Lorenz «Naturals классические, с солью» (other brand) excluded"),
    ]),
    # xw09 wife: frozen vareniki
    ("вареники с картофелем замороженные, сметанка 20 процентов жирная, пучок укропчика", [
        ("вареники с картофелем замороженные", {
            "pyaterochka": ["3464203", "2125815", "3697765"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen vareniki with potato filling, incl. potato with onion (Цезарь) and potato with mushrooms "
           "(Сытый папа, Ложкаревъ); the potato-mushroom ones are accepted because potato is the main filling; "
           "пельмени, хинкали excluded"),
        ("сметанка 20 процентов жирная", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream labelled exactly 20% (incl. lactose-free Parmalat Comfort 20%); 10/15/25/30% and "
           "sour-cream-flavoured snacks excluded; «жирная» is a comment, the written 20% decides"),
        ("пучок укропчика", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill (Магнит «Укроп, 1 уп.», Перекрёсток «Укроп зеленый Маркет Fresh»); herb mixes "
           "(петрушка-укроп-лук ассорти / набор зелени), dried dill (Восточный гость), herring/cheese «с "
           "укропом» excluded; «пучок» is a quantity"),
    ]),
    # xw10 wife: sandwiches
    ("хлеб для тостиков, сыр нарезкой любой, ветчина нарезка, провансаль майонезик", [
        ("хлеб для тостиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no toast bread in any store; Перекрёсток «Батон Нарезной нарезка» and Пятёрочка «Батон Звездный» "
           "(sliced loaves, not toast bread), ham «для тостов» and processed cheese «тост» excluded"),
        ("сыр нарезкой любой", {
            "pyaterochka": ["3452403", "3932860"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4074230", "3228233", "4280098", "4302547", "4280100", "3668842", "3452403", "3505827",
                            "3668519", "4297132", "4260755", "3440590"],
        }, "real cheese sold sliced («нарезка»): Маасдам, Эдам, Российский, голландский, Чеддер, Havarti, Natura "
           "сливочный (incl. light 16%), Тысяча Озёр Лёгкий, Tete de Moine, and the Say Cheese «Сырная тарелка» "
           "(a pre-cut cheese assortment, accepted as sliced cheese); творожный сыр Савушкин «нарезка», "
           "processed «Сыр пл.-тост … ломт.», processed «ломтевой» Моцарелла Galbani and unsliced cheeses "
           "excluded"),
        ("ветчина нарезка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4400358", "4195681"],
        }, "sliced cooked ham: Перекрёсток Черкизово and Клинский ham «для тостов» (outside knowledge: sold as "
           "sandwich slices, the title does not say нарезка); unsliced hams (sticks, 325 g tins, 400-500 g "
           "loaves), Индилайт turkey ham 120 г (slicing not stated), хамон, prosciutto and окорок excluded"),
        ("провансаль майонезик", {
            "pyaterochka": ["3355228", "3355242", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954",
                            "4297313", "4105769"],
        }, "mayonnaise of the Провансаль type (Ряба, Слобода, Скит, Махеевъ «Провансаль с лимонным соком», Я "
           "люблю готовить «Классический провансаль» / «Московский Провансаль классический», Провансаль "
           "оливковый of Слобода and Ряба); Пятёрочка «Майонез Слобода, 67%, 800 мл» accepted because "
           "Перекрёсток titles the same id 3193489 «Слобода Провансаль»; olive/quail-egg/avocado mayonnaises not "
           "called провансаль (Слобода оливковый, Mr. Ricco, Heinz классический, «Московский Провансаль» "
           "оливковый / на перепелиных яйцах where Московский Провансаль is the brand) excluded"),
    ]),
    # xw11 wife: kids' snacks
    ("бананчиков килограмм, натуральный йогурт не сладкий, сок мультифрукт 2 пачки", [
        ("бананчиков килограмм", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "3639749", "4112219", "4208494"],
        }, "fresh bananas incl. mini and organic; dried bananas, banana-flavoured drinks, purees and sweets "
           "excluded; «килограмм» is a quantity"),
        ("натуральный йогурт не сладкий", {
            "pyaterochka": ["3503857", "3433156", "3954723", "4035474", "3632187", "3638992"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain yoghurt with no flavour or filler in the title: Greek plain (Neo без сахара, Teos, "
           "Простоквашино Греческий, Зелёная Линия натуральный), Danone 3,3% 110/350 г, Bio-Max «Классический», "
           "Активиа 2,4% 260 г, Epica питьевой 2,9%, Сарафаново термостатный детский 1,5%; outside knowledge: "
           "unflavoured yoghurts taken as unsweetened (titles do not state sugar); all fruit/caramel/cereal "
           "yoghurts, Даниссимо, Чудо, Актимель, Dixy Viola Греческий малина-мята excluded"),
        ("сок мультифрукт 2 пачки", {
            "pyaterochka": ["3637415", "3684253", "26868"],
            "magnit": ["159931"],
            "dixy": [],
            "perekrestok": ["3941462"],
        }, "multifruit juice (J7 Мультифрукт, children's Фрутоняня / Добрый / Honey Kid мультифрукт); outside "
           "knowledge: Пятёрочка «Соки и нектары Сады Придонья, мультифрукт, 1 л» taken as juice; multifruit "
           "nectars (Магнит Фруктовый сад, Перекрёсток Добрый), multivegetable juices and smoothies excluded; «2 "
           "пачки» is a quantity"),
    ]),
    # xw12 husband: frozen ready food
    ("блинчики с мясом морож., котлеты полуфабрикат, пюре картофельное в стаканчике", [
        ("блинчики с мясом морож.", {
            "pyaterochka": ["3662908", "3403651"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pancakes with meat: Сибирская коллекция «Блинчики с мясом», «Блинчики с телятиной … "
           "замороженные»; Магнит «Блины с мясом 180г» (a chilled ready breakfast, category Завтраки), pancakes "
           "with chicken-mushroom, cottage cheese, fruit or without filling excluded"),
        ("котлеты полуфабрикат", {
            "pyaterochka": ["4060841", "3471982", "3651750", "3984697", "3614367", "3664055", "4060844", "3420328",
                            "3452752", "3464190"],
            "magnit": ["168421"],
            "dixy": [],
            "perekrestok": [],
        }, "semi-finished minced cutlets, chilled or frozen, of any meat/poultry/fish (incl. котлеты по-киевски, "
           "fish cutlets «Четверг»); Пятёрочка «Котлета свиная, Рестория» (outside knowledge: a bone-in pork "
           "chop cut, not a minced cutlet), тефтели, шницели, наггетсы, MAGGI «Для котлет» excluded"),
        ("пюре картофельное в стаканчике", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no instant mashed potato in any store; children's vegetable purees with potato and «Шницель с карт. "
           "пюре» excluded"),
    ]),
    # xw13 wife: household paper and bags
    ("fairy 1л, пакеты для мусора 60 л с завязками, бумажных полотенец рулона 2, туалетку 8 рулонов", [
        ("fairy 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 1 l Fairy in any store: Fairy comes in 430, 450 and 900 ml; the written size names the bottle, so "
           "900 ml is excluded; other dish soaps (AOS, Sorti, Biasept, Synergetic) excluded"),
        ("пакеты для мусора 60 л с завязками", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no bin bags with ties in any store: Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт 8,5мкм» does not "
           "say «с завязками» (excluded, the user wrote the closure), Магнит «Мешки для мусора 35л … ушки» has "
           "handles but is 35 l"),
        ("бумажных полотенец рулона 2", {
            "pyaterochka": ["3449212", "3431062", "3601010"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "paper kitchen towels of any pack (PAPIA 2 рул, ZEWA, Familia 2 рулона); «рулона 2» (inverted order = "
           "about two rolls) is a quantity; napkins and toilet paper excluded"),
        ("туалетку 8 рулонов", {
            "pyaterochka": ["3679801", "3449118", "4059050", "3900558"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry toilet paper in 8-roll packs (Papia White De Luxe, PAPIA, Zewa Deluxe, Zewa Just 1); 4- and "
           "12-roll packs and moist toilet paper excluded: «8 рулонов» names the pack"),
    ]),
    # xw14 wife: bathroom after the tilers
    ("доместоса бутылку для туалета, mr proper, средство для окон и зеркал, тряпка для пола", [
        ("доместоса бутылку для туалета", {
            "pyaterochka": ["3956853", "3956850"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Domestos toilet cleaner in a bottle («ДЛЯ УНИТАЗА» 750 мл); Domestos «универсальное» (Магнит, "
           "Пятёрочка) and the Domestos Power 5 rim block excluded, as are other brands (Bref, Comet, Cillit)"),
        ("mr proper", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Mr Proper / Мистер Пропер in any store"),
        ("средство для окон и зеркал", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no glass/window cleaner in any store (grep окон/стекл/зеркал)"),
        ("тряпка для пола", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no floor cloths in any store"),
    ]),
    # xw15 husband: Friday with the workers
    ("пива жигулевского 4 банки\nсушеной рыбки к пиву\nфисташек соленых пакет\nсухариков пару пачек", [
        ("пива жигулевского 4 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Жигулёвское beer in any store; other beers excluded (brand/style written)"),
        ("сушеной рыбки к пиву", {
            "pyaterochka": [],
            "magnit": ["4ce84def29", "705f039ea0"],
            "dixy": [],
            "perekrestok": [],
        }, "dried/cured fish beer snacks: BEERKA «Тунец сушено-вяленый соломка», «Вобла вяленая соломка» "
           "(вяленая/сушено-вяленая = «сушеная» in everyday speech); dried squid (SOLONINA кальмар стружка) "
           "excluded as not fish, squid in brine and smoked fish excluded"),
        ("фисташек соленых пакет", {
            "pyaterochka": ["4073982", "3933060"],
            "magnit": ["f692308d66"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted salted pistachios (Джаз 130 г, loose «обжаренные подсоленные», Восточный гость 150 г); "
           "pistachio sweets, yoghurt and curd snacks excluded; «пакет» is a quantity"),
        ("сухариков пару пачек", {
            "pyaterochka": ["17792", "3611032", "3687988", "3360552", "3919826", "3919827"],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": ["4300172", "3916637", "4336877", "4336878", "4336879", "4349523", "3689060", "4300171",
                            "4383071", "4192519", "4221847", "3916635", "3687989", "3688002", "3688061", "3688000",
                            "4243985", "4327050", "4301063", "4300950", "2063964", "63021", "2063961", "3911761",
                            "3014253", "3385063", "3360550", "3360552", "4199888", "3919827", "3070382", "4351646",
                            "4351645", "3427611", "3492417", "3492421", "3611033", "3611032"],
        }, "packaged bread snacks of any flavour: сухарики, «сухарики-гренки» and snack гренки (Фишка, Гренковъ, "
           "Vian etc. are the same beer snack); Knorr «Чашка супа … с сухариками» and bread excluded; «пару "
           "пачек» is a quantity"),
    ]),
    # xw16 husband: hot day, drinks
    ("очаковский квас 2 л, минералку ессентуки 4, лимонада бутылку", [
        ("очаковский квас 2 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kvass in any store (grep квас)"),
        ("минералку ессентуки 4", {
            "pyaterochka": ["3977405", "3977407", "3688643"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3977405"],
        }, "Ессентуки №4 of any size (0.45 l glass, 1 l PET); outside knowledge: Пятёрочка «ЗАПОВ.ЗДОР.Вода №4 "
           "пит.мин.л-ст.газ.1,5л» taken as Ессентуки №4 (Заповедник здоровья bottles the Essentuki waters); "
           "Ессентуки №17, Нагутская and other mineral waters excluded"),
        ("лимонада бутылку", {
            "pyaterochka": ["4084286", "3607122", "3921439"],
            "magnit": ["c7e1497ccb", "24f0ca6987", "098a68a212", "251a372cbc", "213721", "368aba5d6f", "e68424b7d0"],
            "dixy": [],
            "perekrestok": ["3403323", "3403324", "3141246", "3141247", "3013417", "3477968"],
        }, "«лимонад» in the everyday sense of Russian lemonade-type sodas: Лимонад, Имбирный лимонад, Дюшес, "
           "Тархун, Байкал (Перекрёсток itself titles Черноголовка Байкал/Дюшес/Тархун «Лимонад»); colas, Fanta, "
           "Mirinda, Sprite, 7Up, Schweppes, Добрый лимон-лайм, flavoured and mineral waters excluded; «бутылку» "
           "is a quantity"),
    ]),
    # xw17 wife: tea for the workers
    ("вафли к чаю, пряничков, белый зефир, листовой черный чай", [
        ("вафли к чаю", {
            "pyaterochka": ["3668255", "3668256", "3687458", "3687534", "3418863", "3257371", "3939083", "3948437",
                            "3607404", "3673372", "3607414", "3141421", "2126636", "3908663", "3908665", "4036375",
                            "4090303", "3432952", "3983254"],
            "magnit": ["9b5bb8a58d", "f55f44c954", "2a32ffe31d", "7d5a68f794", "01fb3ade65", "29989b90ed"],
            "dixy": [],
            "perekrestok": [],
        }, "wafers of any filling, incl. chocolate-coated single wafers (Milka «вафли … покрытые молочным "
           "шоколадом», «Вафля в молочном шоколаде»); KitKat and other chocolate bars «с вафлей», wafer sweets, "
           "wafer cakes (Белочка, Отломи), Toreno wafer sheets «для торта» and ice cream in wafer cones "
           "excluded; «к чаю» is a purpose"),
        ("пряничков", {
            "pyaterochka": ["4002046", "4007696", "3628338", "3940555", "3926891", "3926890", "3469420", "3971669",
                            "3922082"],
            "magnit": ["ea8f71c5d6", "203161"],
            "dixy": [],
            "perekrestok": [],
        }, "пряники of any kind (glazed, filled, mini, мятные, тульский, сырцовые, figured Tago, Lambertz "
           "Lebkuchen); the gingerbread house kit «Пряничный домик», коврижка and gingerbread-flavoured desserts "
           "excluded"),
        ("белый зефир", {
            "pyaterochka": ["3489477", "3981251"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "unglazed white zephyr: Белёвский «Антоновский» and «Зефирное детство» (outside knowledge: both are "
           "white/cream apple zephyr; colour not in title); chocolate-glazed zephyr (Шарлиз, «в шоколадной "
           "глазури», белевский «гл.», Вдохновение), blackcurrant and strawberry zephyr, marshmallows "
           "(Marshmallow Premium, LOVE IS, Mixbar, Бон Пари) and пастила excluded"),
        ("листовой черный чай", {
            "pyaterochka": ["3380948", "3694768", "3378317", "3473068", "3440336", "3691655", "3608792", "3472456",
                            "30719", "15495", "4062548", "3665387", "2042286", "3464992", "3483632", "4079110", "3439925",
                            "3636930", "3639871", "3639873", "3600180", "3452991", "4085553", "3378319"],
            "magnit": ["3784399dbf"],
            "dixy": [],
            "perekrestok": ["4199284"],
        }, "loose black tea, plain or flavoured (titles say лист./кр/л/листовой, or give a weight with no bag "
           "count); outside knowledge: loose Twinings English Breakfast and Earl Grey tins and Ahmad «АНГЛИЙСКИЙ "
           "№1» taken as black; tea bags/pyramids/sachets, green/oolong/herbal tea, iced-tea drinks and Бета "
           "«Елка с Медвежатами» (colour not stated) excluded"),
    ]),
    # xw18 husband: tins for the week
    ("тушенку говяжью 3 банки\nгречку в пакетиках для варки\nбанку шпрот в масле\nхлеба буханочку", [
        ("тушенку говяжью 3 банки", {
            "pyaterochka": ["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
            "magnit": ["111741"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed beef (говядина тушёная) of any brand; pork, venison, turkey and chicken in own juice "
           "excluded; «3 банки» is a quantity"),
        ("гречку в пакетиках для варки", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "outside knowledge: Магнит «Крупа Гречневая Prosto, 500 г» taken as buckwheat in cooking bags (Prosto "
           "sells groats in boil-in bags); Пятёрочка PROSTO «Рис и греча» (a mix), buckwheat flakes, buckwheat "
           "porridge and ready meals excluded"),
        ("банку шпрот в масле", {
            "pyaterochka": ["3504456", "3469704", "3609788", "3475329", "3648434", "3468684"],
            "magnit": ["109251"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprats in oil (incl. «шпроты из салаки» and «Шпроты крупные», sprats being in oil by "
           "definition); kilka in tomato and spiced kilka excluded"),
        ("хлеба буханочку", {
            "pyaterochka": ["3500217", "3480920", "3372334", "3455615", "3455614", "3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "bread loaves of any kind incl. батон нарезной (as in real_basket_eval) and Ржаной Край breads; "
           "«буханочку» is a quantity; хлебцы, гренки, сдоба, тортильи excluded"),
    ]),
    # xw19 wife: ready dinner from the shop
    ("курочка гриль, салат оливье готовый, свежие огурцы, бородинского хлебушка", [
        ("курочка гриль", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no rotisserie chicken in any store; Перекрёсток «Филе куриной грудки гриль» (a cooked breast fillet) "
           "and raw chicken excluded"),
        ("салат оливье готовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4430870", "3681186", "4133217", "4406510", "4436600", "4436601"],
        }, "ready Olivier salad of any recipe named Оливье (classic, with beef, duck, salmon); «Салат Столичный "
           "с курицей» and Olivier-flavoured chips excluded"),
        ("свежие огурцы", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers incl. fresh gherkins (Перекрёсток «Огурцы корнишоны 300г» and «Огурцы Хрустящие "
           "450г», both fresh produce by category and price); salted, pickled, marinated cucumbers and Магнит "
           "«Ассорти Черри и Корнишоны» (pickled assortment) excluded"),
        ("бородинского хлебушка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Borodinsky bread in any store; Пятёрочка ЩЕДРЫЕ «Хлебцы тонкие бородинские» (crispbread) and "
           "Магнит «Колбаса Бородинская» excluded"),
    ]),
    # xw20 wife: breakfast
    ("молоко 2.5 процента, кукурузные хлопья детям, яиц десяточек, сливочное масло 82%", [
        ("молоко 2.5 процента", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700", "af8570f806",
                            "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243",
                            "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised, UHT, sterilised, children's Сарафаново 2.5%); "
           "other fat levels, Чудо flavoured milk, kefir/Актимель/простокваша 2.5% excluded"),
        ("кукурузные хлопья детям", {
            "pyaterochka": ["25813"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "corn flakes: Nestlé «Хлопья GOLD кукур. мед/арахис» (flavoured corn flakes); Nesquik balls/alphabet, "
           "Kellogg's Unicorn rings and pillows, Cini Minis, muesli, oat/rice/buckwheat flakes excluded; «детям» "
           "is a purpose"),
        ("яиц десяточек", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs in packs of 10, any category (С0/С1/отборные, incl. Активита with selenium); packs of 6 "
           "and 20 excluded: «десяток» = 10"),
        ("сливочное масло 82%", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter labelled 82% or 82.5% (sweet-cream and President кислосливочное); 72.5% and chocolate butter "
           "62% excluded"),
    ]),
    # xw21 wife: storing leftovers
    ("фольгу пищевую, пленку пищевую для продуктов, одноразовые контейнеры с крышками", [
        ("фольгу пищевую", {
            "pyaterochka": [],
            "magnit": ["f69098d85b"],
            "dixy": [],
            "perekrestok": [],
        }, "aluminium kitchen foil (Магнит «Фольга особопрочная 29смх7м»); Перекрёсток «Рукав для запекания» and "
           "food bags excluded"),
        ("пленку пищевую для продуктов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cling film in any store; Перекрёсток «Пакеты для пищевых продуктов» / «Пакеты для завтрака» "
           "(bags) and «Рукав для запекания» excluded"),
        ("одноразовые контейнеры с крышками", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable food containers in any store"),
    ]),
    # xw22 husband: workers' tea break
    ("кофе 3в1 упаковку, сгущенку банку, сушек пачку, рафинаду пачку", [
        ("кофе 3в1 упаковку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 3-in-1 coffee sachets in any store; Пятёрочка Nescafe «Classic Latte» and «Classic Cappuccino» "
           "sachets are other coffee drinks, not 3в1, excluded; «упаковку» is a quantity"),
        ("сгущенку банку", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "sweetened condensed whole milk (Алексеевское tin or doy-pack); «банку» is a quantity; boiled "
           "condensed milk (Рогачёв вареное, Егорка) and sweets/wafers/cakes with сгущёнка excluded"),
        ("сушек пачку", {
            "pyaterochka": ["3474797"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sushki: «Мини сушка Семейка Озби, ваниль»; баранки (Пятёрочка «Баранки оригинал. с маком», a larger "
           "bagel) excluded; «пачку» is a quantity"),
        ("рафинаду пачку", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "outside knowledge: Магнит «Сахар белый прессованный 1кг» is cube sugar (прессованный рафинад) and "
           "accepted; cane sugar Демерара excluded"),
    ]),
    # xw23 wife: laundry after the dust
    ("порошок для стиралки автомат, пятновыводитель ванишь, кондиционер для стирки", [
        ("порошок для стиралки автомат", {
            "pyaterochka": ["3149485", "2087255", "3418106", "3142962", "2161528", "2161508", "3023899", "2070686",
                            "2155021"],
            "magnit": ["262159b924", "1000286457", "50ee5ea8b5", "168231", "111621", "105881", "105891", "198901",
                       "106541", "105941", "167921"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry powder for machines of any brand/size; powders whose titles do not say «автомат» (Bimax, "
           "Persil 3 кг, Биолан Color, BioMio, Лоск, Persil Колор 1,5 кг, Tide Lenor Color) are accepted as "
           "machine powders since none says hand wash (outside knowledge); gels, capsules, liquid detergents and "
           "scouring powders (Comet, Пемолюкс) excluded"),
        ("пятновыводитель ванишь", {
            "pyaterochka": ["2080266"],
            "magnit": ["bb3ee4398d"],
            "dixy": [],
            "perekrestok": [],
        }, "Vanish laundry stain remover (Oxi Advance powder, Oxi Action liquid); Vanish Gold carpet cleaner "
           "excluded (another Vanish product)"),
        ("кондиционер для стирки", {
            "pyaterochka": ["3465388", "3669625", "3660969", "3625268", "3625310", "3625267", "3627017", "3627015",
                            "4025712"],
            "magnit": ["205131", "159881", "203041", "168241", "109371", "204441", "5f87c5ca15", "fe75ae637f",
                       "e9a603915f", "6571916326"],
            "dixy": [],
            "perekrestok": [],
        }, "fabric softener/conditioner of any brand (Lenor, Vernel, Е); detergents «свежесть от Вернель», "
           "«touch of Lenor» powders and hair conditioners excluded"),
    ]),
    # xw24 husband: lunch on the go
    ("сэндвичи, готовый салат цезарь, клюквенный морс", [
        ("сэндвичи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4403478", "4310949", "4133312"],
        }, "ready sandwiches (Клаб сэндвич, Сэндвич двойной с кетой, Сэндвич-ролл Цезарь); Барни «Фан Сэндвич» "
           "cake and cheeses «для сэндвичей/бутербродов» excluded"),
        ("готовый салат цезарь", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4225649"],
        }, "ready Caesar salad (Перекрёсток Select); Caesar sauces (Heinz, Calve, Махеевъ), Сэндвич-ролл Цезарь "
           "and Цезарь-brand frozen goods excluded"),
        ("клюквенный морс", {
            "pyaterochka": ["3472445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3695895", "3190898", "4297529"],
        }, "cranberry mors (Сады Придонья, Чудо-Ягода, Зелёная Линия, Добрый «Морс КЛЮКВА»); mixed-berry mors "
           "(ФрутоНяня клюква/черника/вишня, брусника-малина, ягодный сбор), Добрый «Напиток из "
           "клюквы/апельсина», fresh cranberries excluded"),
    ]),
    # xw25 wife: wraps for lunch
    ("тонкий лаваш, плавленый сырок дружба, помидоров кг, копченая курица", [
        ("тонкий лаваш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lavash in any store; Mission tortillas excluded"),
        ("плавленый сырок дружба", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["6b7105d28a"],
            "perekrestok": [],
        }, "processed cheese «Дружба»: Дикси «Сыр плавленый Дружба Карат 55%, 400 г» (the variety written; pack "
           "size not written); other processed cheeses (Янтарь, Коралл, Виола, Hochland, President) excluded"),
        ("помидоров кг", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind incl. cherry, cocktail, plum and pink; salted/canned tomatoes, sauces, "
           "juice and chips excluded; «кг» is a quantity"),
        ("копченая курица", {
            "pyaterochka": ["4011885"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "smoked chicken: Копченов «Карпаччо из курицы» сырокопчёный (raw-smoked chicken meat); raw chicken, "
           "cooked/grilled breast fillet Зелёная Линия (not smoked), smoked duck/turkey and sausages excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: the lines after each '=== xwNN' header up to the next header."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("=== xw"):
                if cur is not None:
                    texts.append("\n".join(cur).strip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).strip("\n"))
    return texts


def check_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (text, (typed, _)) in enumerate(zip(blind, lists), 1):
        want = text
        if n in REPLACED:
            old, new = REPLACED[n]
            items = [p.strip() for p in re.split(r"[,\n]", text)]
            if items.count(old) != 1 or text.count(old) != 1:
                errors.append("xw%02d: replaced item %r is not an item of the blind text" % (n, old))
            want = text.replace(old, new)
        if typed != want:
            errors.append("xw%02d: text %r differs from the blind draft %r" % (n, typed, want))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fxw"))
