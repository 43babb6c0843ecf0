#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vi.jsonl -- shopping lists of a retired engineer who writes precise
specifications (exact grams and litres, fat %, GOST, grades, varieties, brands, price limits, plus a few terse
items), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vi.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed to a Telegram bot, and for every item the product
ids of every store that a reasonable shopper who wrote exactly that item would accept.  The lists were written
blind (before any offer was read) and saved as fresh_basket_eval_vi.blind_lists.txt; this script checks that
every list text equals that draft, apart from the items recorded in REPLACED.  Candidate titles were grepped
broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings)
and read one by one; the note of each item records what was accepted, what was deliberately left out and any
judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without reading korzina's matcher or its data files.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly the
list's items in order (an item is the text between commas / new lines) -- and then writes the JSONL in the
format of real_basket_eval.jsonl.  List ids are fvi01, fvi02, ... in LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vi.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vi.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# list number -> (blind item, replacement).  Nothing else differs from the blind draft.
REPLACED = {
    7: ("простокваша 3.2%", "простокваша 4%"),
    18: ("сайра тихоокеанская 250 г", "сардина атлантическая натуральная с добавлением масла 250 г"),
}

GOST = ("«гост» is required and read from the titles (the only evidence available): a title stating ГОСТ counts, or the "
        "same product (brand, name and pack) titled ГОСТ in another chain")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvi01 dairy with exact packs
    ("молоко пастеризованное 3.2% 930 мл, кефир 2.5% гост, творог 9% 200 г 2 пачки не дороже 120 р", [
        ("молоко пастеризованное 3.2% 930 мл", {
            "pyaterochka": [],
            "magnit": ["8000026014"],
            "dixy": [],
            "perekrestok": [],
        }, "pasteurised cow milk of exactly 3.2% in a 930 ml pack: only Магнит Домик в деревне 930мл; Магнит Северное "
           "Молоко «пастеризованное 3.2% 930г» (a 930 g pack, not 930 ml), 900 ml / 1.4 l / 1.9 l pasteurised 3.2% milks, "
           "ultra-pasteurised and sterilised 3.2% milks, 930 ml milks of 1.5 / 2.5 / 3.4-4.5 / 3.7 %, топлёное and "
           "children's milk excluded"),
        ("кефир 2.5% гост", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir 2.5% exists in Магнит, Дикси and Перекрёсток (Простоквашино, Большая Кружка, Зелёная Линия, Молочный "
           "Знак…), but no kefir title states ГОСТ; " + GOST + "; missing everywhere"),
        ("творог 9% 200 г 2 пачки не дороже 120 р", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cottage cheese 9% in a 200 g pack at most 120 р; 9% curd is sold only in 180 / 280 / 300 / 350 / 400 / 500 / "
           "700 / 750 g packs and the 200 g packs are 2% / 5%, so nothing fits; «2 пачки» is a quantity; missing everywhere"),
    ]),
    # fvi02 groats by grade
    ("гречка ядрица 1 сорт 900 г\nрис круглозерный краснодарский 1 кг\nпшено шлифованное высший сорт\nгеркулес не дороже 80 р", [
        ("гречка ядрица 1 сорт 900 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat ядрица of grade 1 in a 900 g pack: the only «1 сорт» buckwheat titles are Перекрёсток Степь "
           "(3 kg) and green buckwheat Зелёная Линия (400 g); the many 900 g ядрица packs (Мистраль, Националь, "
           "Зернышко к зернышку, Агро-Альянс «Экстра», plain «Крупа гречневая ядрица, 900 г»…) do not state a grade and "
           "«Экстра»/«высший сорт» is not «1 сорт»; missing everywhere"),
        ("рис круглозерный краснодарский 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain Krasnodar rice in a 1 kg pack: round-grain rice exists only in 900 g / 500 g / 5x80 g / 4x125 g "
           "packs (Дикси Националь «Краснодарский белый круглозерный, 900 г», Мистраль «Кубань» 900 g / 5x80 g), and the "
           "only 1 kg rice (Магнит ИНДИКА) is long-grain; a written pack size is respected, so missing everywhere"),
        ("пшено шлифованное высший сорт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "polished millet of the highest grade: the only millet is Пятёрочка «Крупа пшено шлифованное в пакетиках для "
           "варки 400 гр.», which states no grade; millet mixes (Увелка Дружба) and millet porridge excluded; missing "
           "everywhere"),
        ("геркулес не дороже 80 р", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000222892", "2000219614", "2000601251"],
            "perekrestok": ["2105514", "6752", "3469028"],
        }, "rolled oats whose title names Геркулес (type or brand: ГЕРКУЛЕС Нежный, Русский продукт Монастырский / "
           "традиционный, Любимые традиции Геркулес, Маркет геркулес) at a price of at most 80 р; Геркулес packs above "
           "80 р (Дикси Русский продукт традиционный 84.99, Перекрёсток 89.90 / 87.99 / 91.99 / 104.99 / 169.99, Nordic), "
           "oat flakes of other types (Экстра, Ясно Солнышко №1-№3, quick-cooking, flavoured, Nordic), oatmeal porridge "
           "sachets, Геркулес bread and oat drinks excluded"),
    ]),
    # fvi03 sandwich basics
    ("масло сливочное 82.5% 180 г гост, сыр российский 50%, колбаса докторская гост 400-500 г, хлеб бородинский буханка", [
        ("масло сливочное 82.5% 180 г гост", {
            "pyaterochka": [],
            "magnit": ["1899900309"],
            "dixy": ["10J0079578"],
            "perekrestok": ["4113532"],
        }, "butter 82.5% in a 180 g pack stating ГОСТ: Дикси Экомилк «ГОСТ 82,5% высший сорт, 180 г», and the same Экомилк "
           "82.5% 180 g butter in Магнит and Перекрёсток («Традиционное … высшего сорта») taken as that GOST product (outside "
           "knowledge); Экомилк 160 g, the many 82.5% 180 g butters of other brands without ГОСТ in the title and Магнит "
           "Молоко Шахунья «Гост 72.5%» excluded; " + GOST),
        ("сыр российский 50%", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "8000046707"],
            "dixy": ["2000397412"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese labelled 50% (block, slices, Перекрёсток «Российский молодой» 50%); Дикси Тендер Российский "
           "45%, Магнит Моя цена Российский весовой (no fat stated) and Магнит «Продукт По-Российски … на основе "
           "растительного жира» excluded"),
        ("колбаса докторская гост 400-500 г", {
            "pyaterochka": [],
            "magnit": ["0406a2a7ef", "47bbbb5374", "fa236141ca", "6e16b1777a", "89c39c317d", "fa414b5a8d"],
            "dixy": [],
            "perekrestok": [],
        }, "Докторская sausage whose title states ГОСТ, in a 400-500 g pack (Дымов 500 g, МД Бородина 500 g, "
           "Великолукский «мини» 500 g, Велком 440 g) or sold by weight (Магнит Дмитрогорский and МД Бородина «ГОСТ, "
           "100г» cards are priced per 100 g of a weighed loaf -- outside knowledge -- so 400-500 g can be cut); ГОСТ "
           "packs of 200 g (Пятёрочка Кампомос) and 150 g (Перекрёсток Черкизово нарезка) and Докторская without ГОСТ in "
           "the title (Ближние горки, Мясницкий ряд, Клинский, Велком кусок, Окраина, МД Бородина in Дикси) excluded; "
           + GOST),
        ("хлеб бородинский буханка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3624125"],
        }, "a whole loaf of Бородинский rye bread, sliced or not; Перекрёсток Маркет «Хлеб Бородинский формовой часть "
           "изделия» (part of a loaf, not a буханка), Магнит гренки BEERKA «Бородинские» and the brand МД Бородина "
           "(sausages) excluded"),
    ]),
    # fvi04 pantry by the kilo
    ("сахар-песок 1 кг гост, соль поваренная йодированная помол №1, мука пшеничная в/с 2 кг makfa", [
        ("сахар-песок 1 кг гост", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "granulated white sugar in a 1 kg pack with ГОСТ in the title: the only ГОСТ sugar is Магнит ЧАЙКОФСКИЙ "
           "«Сахар-песок … ГОСТ, 900г» (900 g); 1 kg sugars without ГОСТ (Дикси «Сахар-песок белый, фасованный, 1 кг», "
           "Перекрёсток «Сахар белый песок, 1кг», Советский Экстра) and pressed/lump/cane sugar excluded; " + GOST +
           "; missing everywhere"),
        ("соль поваренная йодированная помол №1", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "iodised table salt of grind №1: iodised table salts are «Экстра» (fine grind) or fine sea salt, and the "
           "помол №1 salts (Дикси «Соль поваренная пищевая, помол №1», «высший сорт/первый сорт, помол №1», Перекрёсток "
           "Salina, Илецкая) are not iodised; dishwasher, bath and flavoured salts excluded; missing everywhere"),
        ("мука пшеничная в/с 2 кг makfa", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0035253"],
            "perekrestok": [],
        }, "Makfa wheat flour of the highest grade (в/с = высший сорт) in a 2 kg pack; Дикси Makfa хлебопекарная "
           "высший сорт 1 кг (size) and Перекрёсток Makfa «сорт экстра, 2кг» (a different grade) excluded"),
    ]),
    # fvi05 tea time
    ("чай черный крупнолистовой 100 г без добавок, кофе молотый 250 г не дороже 400 р, печенье юбилейное традиционное 2 пачки, сушки без мака", [
        ("чай черный крупнолистовой 100 г без добавок", {
            "pyaterochka": [],
            "magnit": ["cbfbcf3730", "e5f644b54b", "fdaeb671e9"],
            "dixy": ["DI00080603"],
            "perekrestok": ["3506750", "4131561"],
        }, "plain black tea whose title says крупнолистовой (or «листовой крупный») in a 100 g pack: AKBAR Цейлон, "
           "RICHMAN Ассам, BETA TEA, Greenfield Golden Ceylon, Richman Ассам, Market Collection «Английский классический»; "
           "Магнит «RICHMAN Оранж Пекое … крупнолистовой» excluded because Перекрёсток sells the same tea as «с ароматом "
           "бергамота» (outside knowledge), flavoured large-leaf teas (бергамот, земляника со сливками, вишня, чабрец), "
           "packs of 80 / 200 / 250 g, teas that do not say large-leaf (Dilmah, Майский Корона, Принцесса Нури Пекое) and "
           "Иван-чай excluded"),
        ("кофе молотый 250 г не дороже 400 р", {
            "pyaterochka": [],
            "magnit": ["0fe86f8472", "a6281deb0c", "76b0197955", "80d20f5714", "7d84ba5b6e", "79b9a44edb", "8d3366ce51",
                       "a2b0f72440", "46bb6aa6cb", "7046b50e4e", "a46592e215"],
            "dixy": ["2000303593", "2000186346", "2000054819", "2000183725", "2000267720", "10E0076694", "2000546071",
                     "2000568376", "2000557192", "2000557193", "2000552471", "2000056820"],
            "perekrestok": ["4340948", "4166073", "4166074", "2147872", "72112", "4351047", "4253960", "4261915",
                            "4261911", "6944", "4342549", "29278", "3644175", "4261910"],
        }, "ground coffee in a 250 g pack priced at most 400 р; Магнит «ЖОКЕЙ, По-восточному, Арабика, 250г» taken as "
           "ground (Дикси and Перекрёсток title the same product «молотый» -- outside knowledge); 250 g ground coffees "
           "above 400 р (Egoiste, Coffesso Massimo/Allure/Mokka 489.90 in Дикси, Lavazza Qualita Oro, Piazza del Caffe "
           "Crema Vellutata 429.99, Poetti Leggenda Ruby), packs of 200 / 220 / 227 / 230 g, drip bags, capsules, beans, "
           "instant and «молотый в растворимом» coffee and Магнит «МОСКОВСКАЯ КОФЕЙНЯ НА ПАЯХЪ, Мокко, 250г» (form not stated; "
           "its «Арабика, молотый» 250 g is accepted) excluded"),
        ("печенье юбилейное традиционное 2 пачки", {
            "pyaterochka": [],
            "magnit": ["858769ffec"],
            "dixy": [],
            "perekrestok": [],
        }, "Юбилейное «традиционное» biscuits; the other Юбилейное varieties (Молочное, витаминное с глазурью, Овсяное) "
           "excluded; «2 пачки» is a quantity"),
        ("сушки без мака", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4280136"],
        }, "Russian сушки without poppy seeds (Перекрёсток «Сушки Ладожский малышок без сахара»); Магнит НЕВСКАЯ СУШКА "
           "«маковые» and Дикси Nina Farina «Тараллини с чесноком» (Italian taralli, not сушки) excluded"),
    ]),
    # fvi06 herring and vegetables
    ("сельдь слабосоленая филе в масле 250 г\nкартофель столовый 2 кг\nрепчатого лука 1 кг\nморковь мытая 1 кг", [
        ("сельдь слабосоленая филе в масле 250 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4275608", "4366965"],
        }, "lightly salted herring fillet in oil in a 250 g pack, the title saying слабосолёная (Маркет, Люди Любят "
           "«с приправами»); herring fillets in oil that do not say lightly salted (Балтийский Берег 250 g, Матиас «филе в "
           "масле с приправами, 250г», Vici, Мореслав, Русское море…), other pack sizes, whole herring, herring in "
           "wine/mayonnaise/tomato, smoked herring and «Сельдь под шубой» excluded"),
        ("картофель столовый 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh table potatoes of any kind (loose, in a net or bag, washed, red, «Бэби», «для варки/жарки», отборный; "
           "Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh packed potatoes); «2 кг» is the quantity wanted of a "
           "weighed vegetable, not a pack filter; батат, boiled/fried/frozen potatoes, Магнит «Картофель АЙДАХО (СП ГМ)» "
           "(a ready dish), crisps, «Картошка» sweets and herring «к картошке» excluded"),
        ("репчатого лука 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (loose, in a net, packed 500/600 g, peeled, and Перекрёсток «Лук репчатый красный»); «1 кг» "
           "is the quantity wanted; dried onion (Kotanyi, Айдиго), fried onion, onion-flavoured crisps excluded"),
        ("морковь мытая 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199"],
            "perekrestok": ["19345", "4299784"],
        }, "fresh carrots whose title says мытая (Дикси «белорусская мытая», Перекрёсток Маркет Fresh 1 кг and 200 г); "
           "«1 кг» is the quantity wanted; carrots not stated as washed (Дикси «Морковь свежая», Перекрёсток "
           "«отечественная», «на подложке», Зайкино Счастье мини), boiled carrots, Korean carrot and carrot juices excluded"),
    ]),
    # fvi07 fermented milk by GOST (item 3 replaced, see REPLACED)
    ("сметана 15% 300 г гост, ряженка 4% гост, простокваша 4%", [
        ("сметана 15% 300 г гост", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sour cream 15% 300 g exists in Магнит, Дикси and Перекрёсток, but no sour cream title states ГОСТ; " + GOST +
           "; missing everywhere"),
        ("ряженка 4% гост", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ряженка 4% exists in Магнит (Большая кружка, Из Молока Нашей Дойки), but no ряженка title states ГОСТ; " + GOST
           + "; missing everywhere"),
        ("простокваша 4%", {
            "pyaterochka": [],
            "magnit": ["26c8070a70", "1000284419"],
            "dixy": ["2000543672"],
            "perekrestok": [],
        }, "REPLACED: the blind item «простокваша 3.2%» had no offer in any store and the whole list was empty; the "
           "replacement asks for the простокваша the stores do carry. Accepted: Эго термостатная 4% and Эго «Мечниковская» "
           "термостатная 4% (Мечниковская is a kind of простокваша); Простоквашино-brand products (творожок, молоко, "
           "кефир…) excluded"),
    ]),
    # fvi08 tins
    ("тушенка говяжья гост высший сорт 325 г, шпроты в масле 160 г, горошек зеленый из мозговых сортов 400 г, кукуруза сахарная bonduelle", [
        ("тушенка говяжья гост высший сорт 325 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000192964"],
            "perekrestok": [],
        }, "stewed beef whose title states both ГОСТ and высший сорт, 325 g: Дикси «Иван Мясоедов», высший сорт, ГОСТ, "
           "325 г; Главпродукт высший сорт ГОСТ 338 г (size), Мясные ряды ГОСТ 325 г and Семейный бюджет ГОСТ 500 г (no "
           "grade / size), РУСЬ высший сорт 525 г, Барс Экстра, Великолукский, Богатырская, Пр!ст Классическая (no ГОСТ), "
           "pork and turkey stew excluded; " + GOST),
        ("шпроты в масле 160 г", {
            "pyaterochka": [],
            "magnit": ["861990d37c", "cb3b169ef1", "3382c3c046"],
            "dixy": [],
            "perekrestok": [],
        }, "classic sprats in oil, 160 g tins (5 МОРЕЙ, БАРС, ЗНАК КАЧЕСТВА); ВКУСНЫЕ КОНСЕРВЫ «крупные» 240 g (size) and "
           "«с халапеньо» 160 g (flavoured variant, not the classic product) excluded"),
        ("горошек зеленый из мозговых сортов 400 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned green peas of brain (мозговые) varieties in a 400 g tin: the only title saying «из мозговых сортов» is "
           "Перекрёсток Станичные «Нежный молодой зелёный из мозговых сортов, 425г» (425 g, not 400 g); 400 g peas that do "
           "not state the variety excluded; missing everywhere"),
        ("кукуруза сахарная bonduelle", {
            "pyaterochka": [],
            "magnit": ["a869e5b9ba", "d2de35fd7c"],
            "dixy": ["2000279948", "DI00079261", "10E0064890"],
            "perekrestok": [],
        }, "Bonduelle canned sweet corn of any size (Магнит БОНДЮЭЛЬ 212 мл / 340 г, Дикси Bonduelle «Сладкая» 170 / 340 г "
           "and «Молодая» 340 г, taken as sweet corn -- outside knowledge: Bonduelle's canned corn is sweet corn); sweet "
           "corn of other brands (Globus, Грин Рэй, 6 соток, Heinz, Пр!ст, Маркет), corn flakes/sticks and corn flour "
           "excluded"),
    ]),
    # fvi09 bread
    ("хлеб белый формовой, батон нарезной 400 г, дарницкий хлеб", [
        ("хлеб белый формовой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "white (wheat) tin bread: no title says both white/wheat and формовой; Перекрёсток «Хлеб формовой, 300г» and "
           "«Хлеб Крестьянский формовой» (flour not stated), Бородинский/Дарницкий формовой (rye), toast bread and "
           "Горчичный «пшеничный» (neither said to be формовой) and батоны excluded; missing everywhere"),
        ("батон нарезной 400 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120"],
        }, "a Нарезной loaf of 400 g (Перекрёсток Коломенское «Нарезной, 400г»); Нарезной of 190 / 300 / 330 g and other "
           "батоны (Отрубной 400 g, Утренний 400 g, Молочный, Горчичный, Зерновой, Новый, к завтраку) excluded"),
        ("дарницкий хлеб", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974720", "4074396", "3627134", "3953836", "4354623", "2053660"],
        }, "Дарницкий rye-wheat bread, whole, half («часть изделия») or sliced; breads of the brand Дарница (Двинский, "
           "ржаной подовый) are not Дарницкий bread and are excluded"),
    ]),
    # fvi10 pasta dinner
    ("макароны из твердых сортов группа а 450 г\nпармезан 100-150 г\nфарш говяжий 400-500 г\nтоматы в собственном соку ж/б 400 г", [
        ("макароны из твердых сортов группа а 450 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4273869", "4273871", "3623096", "4273870", "4117174", "4273872", "4117154", "4117113",
                            "4117157"],
        }, "dry pasta of any shape in a 450 g pack whose title says группа А or «из твёрдых сортов пшеницы» (the same "
           "thing); 400 g / 250 g / 300 g group-A packs, group В pasta and 450 g packs that do not state the wheat "
           "(Barilla, Makfa, Maltagliati, Шебекинские, Pasteroni in Дикси, Baisad, Верони, Аида -- many of them durum by "
           "outside knowledge, which the title does not show) excluded"),
        ("пармезан 100-150 г", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "1000384143", "632a4664e6", "b10071458c"],
            "dixy": [],
            "perekrestok": ["4300784"],
        }, "cheese sold as Пармезан, in a pack of 100-150 g or by weight (весовой, so 100-150 g can be cut), piece or "
           "grated; packs of 200 g (ПАРМЕЗАН Гранд, Laime in Дикси, Маркет кусок), 90 g, 50 g and 40 g grated packs, "
           "Italian Snack крем-сыр «из пармезана» and ravioli «с пармезаном» excluded"),
        ("фарш говяжий 400-500 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "raw minced beef, 400 g packs or by weight (Перекрёсток «Фарш Перекрёсток говяжий»); mixed/pork «домашний», "
           "«деревенский», «Фермерский», turkey (Индилайт), pork (Дальние Дали) and pollock mince excluded"),
        ("томаты в собственном соку ж/б 400 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000582831"],
            "perekrestok": [],
        }, "tomatoes in their own juice, tin of 400 g: Дикси Botanica «целые очищенные в собственном соку, 425 мл» "
           "accepted -- outside knowledge: a 425 ml can is the standard can holding 400 g net; tomatoes «в томатном соке» "
           "in 670-680 g jars, Bonduelle «в томатной мякоти» 680 g, Перекрёсток «Томаты резаные» 390 g (juice not stated), "
           "marinated and cherry tomatoes excluded"),
    ]),
    # fvi11 sausages and cabbage
    ("сосиски молочные гост не дороже 300 р, горчица русская гост, капуста белокочанная один кочан, огурцы короткоплодные грамм 500", [
        ("сосиски молочные гост не дороже 300 р", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": [],
            "dixy": ["2000300143", "2000125037", "2000602632", "2000600471"],
            "perekrestok": ["3198697"],
        }, "Молочные sausages whose title states ГОСТ, priced at most 300 р (Дымов 464 г, Великолукский 330 г, Велком "
           "300 г, Мясоедов 480 г in Дикси), plus Пятёрочка «Сосиски Молочные, Дымов, 464 г» and Перекрёсток «Сосиски варёные "
           "Великолукский МК молочные, 330г», the same packs Дикси titles «ГОСТ» (outside knowledge); Молочные without ГОСТ and "
           "without a ГОСТ twin (Вязанка, Мираторг, Атяшевский, Дмитрогорский, Индилайт, Ближние Горки, Клинский, Маркет, Папа "
           "Может, Гарибальди, МД Бородина «1 сорт»), ГОСТ "
           "«Сливочные» (Магнит Великолукский) and сардельки excluded; " + GOST),
        ("горчица русская гост", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Русская mustard is sold in Дикси and Перекрёсток (Махеевъ, Столичная, ЕЖК, Главпродукт, Маркет…), but no "
           "mustard title states ГОСТ; " + GOST + "; missing everywhere"),
        ("капуста белокочанная один кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["198", "1546"],
        }, "a fresh head of white cabbage (incl. «ранняя»); Перекрёсток plain «Капуста» (kind not stated), shredded "
           "packs («соломка», «резаная», mixes with carrot -- not a head), marinated, kimchi and Korean cabbage, other "
           "cabbages and seeds excluded"),
        ("огурцы короткоплодные грамм 500", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4072"],
        }, "fresh short-fruited cucumbers; «500 грамм» is the quantity wanted; medium-fruited (среднеплодные гладкие / "
           "колючие), long cucumbers, Бакинские, unspecified «Огурцы» / «ОГУРЦЫ гладкие» / «Огурцы фасованные» and pickled "
           "cucumbers excluded"),
    ]),
    # fvi12 oil and spices
    ("масло подсолнечное рафинированное 1 л не дороже 130 р, уксус столовый 9% 0.5 л, лавровый лист подешевле, перец черный горошек 1 пакетик", [
        ("масло подсолнечное рафинированное 1 л не дороже 130 р", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "2000005808", "2000555852"],
            "perekrestok": ["2007886", "4269568"],
        }, "refined sunflower oil in a 1 l bottle priced at most 130 р; 1 l refined oils above 130 р (Золотая семечка, "
           "Слобода, Ideal, Злато 132.90 in Дикси, Sunny Gold, Благо in Перекрёсток, Затея, Корона Изобилия, Олейна), "
           "0.5 / 0.8 / 0.9 / 1.7 / 1.8 / 2 / 2.7 l bottles, unrefined oil and blends excluded"),
        ("уксус столовый 9% 0.5 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "table vinegar 9%: the only vinegar is Перекрёсток «Уксус виноградный … 6%, 500мл» (grape, 6%); missing "
           "everywhere"),
        ("лавровый лист подешевле", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "bay leaves (Котани 5 г, Пр!ст 10 г); «подешевле» is a wish, not a filter"),
        ("перец черный горошек 1 пакетик", {
            "pyaterochka": [],
            "magnit": ["9303052c5b"],
            "dixy": ["2000024941", "2000303083", "ЦТ0046007", "2000557371", "2000260537", "2000315723"],
            "perekrestok": ["4207245", "4202515", "3904322", "9505", "88779", "3661159", "9387", "4113011", "3479407",
                            "3166460", "3213422", "69129", "3172904", "3481023", "3689196", "3500195", "3395331"],
        }, "whole black peppercorns (горошек / горошком / «целый») of any brand and size; «1 пакетик» is a quantity; "
           "Перекрёсток Kotanyi «горошек, 225мл» excluded as a mill/jar, not a sachet (outside knowledge from the volume "
           "unit); ground pepper, allspice and crisps «Черный перец» excluded"),
    ]),
    # fvi13 coffee with cream
    ("кофе растворимый nescafe classic 100 г, сливки питьевые 10% 200 мл, сахар рафинад 500 г", [
        ("кофе растворимый nescafe classic 100 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nescafé Classic instant coffee in a 100 g pack: Магнит sells Классик 95 г and 190 г, Классик Крема 95 / 190 г, "
           "Дикси «Classic с добавлением натурального молотого 60г»; none is 100 g; Gold, 3в1 and Пятёрочка «Кофейный "
           "напиток Nescafe Classic, 7х18 г» excluded; missing everywhere"),
        ("сливки питьевые 10% 200 мл", {
            "pyaterochka": [],
            "magnit": ["1000128456", "3201860040", "1000006089"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking cream 10% in a 200 ml pack (Большая кружка, Домик в деревне, Моя цена); 10% cream of 195 ml "
           "(Перекрёсток Пр!ст), 450-500 g / 1 l packs and 10x10 g portions, ice cream «со сливками 10%» excluded"),
        ("сахар рафинад 500 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000538871"],
            "perekrestok": [],
        }, "white refined sugar cubes in a 500 g pack (Дикси «Сахар прессованный "
           "Русский сахар, 500 г»); 250 g and 1 kg cubes, cane sugar cubes (Маркет «тростниковый кусковой» 500 g, "
           "«нерафинированный»), granulated sugar and Магнит «Сахар-песок ЧАЙКОФСКИЙ, Рафинированный» (granulated) excluded"),
    ]),
    # fvi14 mineral water and lemons
    ("минеральная вода ессентуки №4 1.5 л, боржоми 0.5 стекло, лимонов 3 шт", [
        ("минеральная вода ессентуки №4 1.5 л", {
            "pyaterochka": [],
            "magnit": ["9d46fc2eab"],
            "dixy": [],
            "perekrestok": [],
        }, "Ессентуки №4 in a 1.5 l bottle (Магнит); Ессентуки №4 of 0.45 l / 1 l, №17, Дикси «Ессентуки, целебная, "
           "1,5 л» (number not stated) and Aqua bene Ессентуки excluded"),
        ("боржоми 0.5 стекло", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000188861"],
            "perekrestok": [],
        }, "Borjomi in a 0.5 l glass bottle (Дикси «в стекле, 0,5 л»); Borjomi in PET (0.5 / 0.75 / 1.25 l), 750 ml "
           "Перекрёсток (material not stated, not 0.5 l) and Боржоми Флейворд Вотер drinks excluded"),
        ("лимонов 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or in packs of 2; «3 шт» is a quantity; lemon-flavoured goods, cleaners and tinctures "
           "excluded"),
    ]),
    # fvi15 fruit by variety and origin
    ("яблоки антоновка 1 кг, бананы эквадор, апельсины не дороже 150 р/кг, мандарины абхазские 1 кг, груши сорт конференция", [
        ("яблоки антоновка 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Антоновка apples: no offer (Гала, Голден, Гренни Смит, Симиренко, Синап, Жигулевские etc. are other "
           "varieties; Магнит зефир «Антоновка» is a sweet); missing everywhere"),
        ("бананы эквадор", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bananas from Ecuador: no banana title states the origin (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы "
           "Био», «красные»); the written origin is respected, so missing everywhere; plantains «для жарки» and dried "
           "bananas would be excluded anyway"),
        ("апельсины не дороже 150 р/кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["60619"],
        }, "fresh oranges at most 150 р per kg: Перекрёсток «Апельсины фасованные» 69.90 (weighed produce is priced per "
           "kg -- outside knowledge of how the chain prices it); Дикси «Апельсины Новый урожай» 169.90 and Перекрёсток "
           "oranges of 199.99-459.99 р/кг excluded by price, «Апельсины, 2шт» / «с красной мякотью, 2шт» (price per "
           "piece pack, per-kg price unknown), cut oranges and «Апельсины шоколадные» excluded"),
        ("мандарины абхазские 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Abkhazian mandarins: the only mandarins, Дикси «Мандарины сладкие», do not state the origin; missing "
           "everywhere"),
        ("груши сорт конференция", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0024100"],
            "perekrestok": ["4370829"],
        }, "pears of the Conference variety (Дикси «Груша Конференц», Перекрёсток «Груша конференция Россия»); the many "
           "other varieties (Санта Мария, Вильямс, Абат, Форелл, Комис…) excluded"),
    ]),
    # fvi16 household
    ("зубная паста с фтором 100 мл, мыло хозяйственное 72% 200 г, порошок для ручной стирки 400 г, туалетная бумага 2-слойная 8 рулонов", [
        ("зубная паста с фтором 100 мл", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toothpaste whose title says it contains fluoride, 100 ml: the only such titles are children's Colgate "
           "«Клубника с фторидом» 60 мл and Splat Juicy Lab «со фтором» 55 мл; the many 100 ml pastes whose titles do not "
           "mention fluoride (Colgate Максимальная защита от кариеса, Blend-a-med…) excluded -- the fluoride content "
           "cannot be read from them; missing everywhere"),
        ("мыло хозяйственное 72% 200 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "laundry soap: no offer (only toilet soaps and liquid soaps); missing everywhere"),
        ("порошок для ручной стирки 400 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for hand wash: all powders are «автомат» or do not say hand wash and are sold in 1.5-6 kg "
           "packs; gels and capsules excluded; missing everywhere"),
        ("туалетная бумага 2-слойная 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["be65d013c1"],
            "dixy": [],
            "perekrestok": [],
        }, "2-ply toilet paper in a pack of 8 rolls (ЗЕВА «Сирень, 2-слойная, 8 рулонов»); 2-ply packs of 12 rolls, 3- "
           "and 4-ply paper of 8 rolls (SOFFIONE Премио, Zewa Deluxe), wet toilet paper and paper towels excluded"),
    ]),
    # fvi17 diet dairy
    ("творог 5% 200 г, кефир 1% 900 г, йогурт натуральный без сахара 2.5%", [
        ("творог 5% 200 г", {
            "pyaterochka": [],
            "magnit": ["8000079349", "1000512632", "1000372786"],
            "dixy": ["2000244591", "ЦТ0047040", "2000227595"],
            "perekrestok": ["4302679"],
        }, "plain cottage cheese 5% in a 200 g pack (incl. Дикси Хуторок «мягкий 5%»); 5% packs of 125 / 450 g, 200 g "
           "packs of 2%, «зерненый со сливками» 6%, творожок and curd desserts excluded"),
        ("кефир 1% 900 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000227476"],
            "perekrestok": ["4334308", "4328084", "3467794"],
        }, "kefir 1% in a 900 g pack; Перекрёсток «Кефир Домик в деревне 1%, 900мл» accepted as the same pack Дикси "
           "titles «900 г» (outside knowledge: the chains differ in the unit); 1% kefir of 330 / 400 / 500 / 800 g, 930 g / "
           "930 ml, 970 ml and 1 l, «биокефирный продукт» / «кефирный продукт» Домик в деревне and Bio Баланс excluded"),
        ("йогурт натуральный без сахара 2.5%", {
            "pyaterochka": [],
            "magnit": ["8000087572"],
            "dixy": [],
            "perekrestok": [],
        }, "plain unsweetened yoghurt of exactly 2.5%: Магнит «Йогурт Греческий Epica 2.5% 130г» accepted as plain and "
           "unsweetened (outside knowledge: no flavour or sugar named, as in set zh); all other 2.5% yoghurts are "
           "flavoured (Epica drinking, Ирбитский, Зелёная Линия, Натураленъ Клюква-Брусника…); natural yoghurts of other "
           "fat (АктиБио 3.5%, Простоквашино 4%, Epica питьевой 2.9%, Активиа 2.4%, Free 3.4%) excluded"),
    ]),
    # fvi18 tinned fish by GOST name (item 3 replaced, see REPLACED)
    ("килька в томатном соусе гост, скумбрия атлантическая натуральная с добавлением масла, сардина атлантическая натуральная с добавлением масла 250 г", [
        ("килька в томатном соусе гост", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sprat (килька) in tomato sauce with ГОСТ in the title: Магнит ДОБРОФЛОТ «Килька … балтийская в томатном "
           "соусе» and ЛААТСА «обжаренная с чили» do not state ГОСТ; " + GOST + "; sprats in oil excluded; missing everywhere"),
        ("скумбрия атлантическая натуральная с добавлением масла", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned Atlantic mackerel «натуральная с добавлением масла»: Магнит ФОРГРЕЙТ «Скумбрия натуральная с "
           "добавлением масла, 230г» does not state the species (Atlantic by outside knowledge, not shown in the title) "
           "and is left out; mackerel «в масле» (5 Морей, Мореслав -- a different product), in tomato, Japanese natural "
           "mackerel, smoked and frozen mackerel excluded; missing everywhere"),
        ("сардина атлантическая натуральная с добавлением масла 250 г", {
            "pyaterochka": [],
            "magnit": ["a8a2982972"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED: the blind item «сайра тихоокеанская 250 г» had no offer (no сайра at all) and the whole list was "
           "empty; the replacement is the canned fish of the same kind some store carries. Accepted: Магнит «Консервы "
           "САРДИНА АТЛАНТИЧЕСКАЯ, Натуральная с добавлением масла (БАРС), 250г»; sardines in tomato (Консервлэнд, "
           "Форгрейт) excluded"),
    ]),
    # fvi19 cheese, butter, servelat, eggs
    ("сыр голландский 45%, масло крестьянское 72.5% 1 пачка, сервелат финский не дороже 250 р за батон, яйца с0 1 десяток", [
        ("сыр голландский 45%", {
            "pyaterochka": [],
            "magnit": ["1000316963", "8000068573", "1000352345", "8000027253"],
            "dixy": [],
            "perekrestok": [],
        }, "Голландский cheese of 45%, block, by weight or grated (Брест-Литовск, Landkaas весовой and тертый, Село "
           "Зеленое); beer ГОЛЛАНДИЯ excluded"),
        ("масло крестьянское 72.5% 1 пачка", {
            "pyaterochka": [],
            "magnit": ["3181241105", "1855599920", "1844000142", "1000457493"],
            "dixy": ["2000401635"],
            "perekrestok": ["2029217", "3363741", "3645266", "3472940", "4260610", "3980020", "3423762", "4035287",
                            "3917028", "3384196", "3355277", "86150", "3226314", "3347817", "2071031", "3406593",
                            "3371288"],
        }, "butter named Крестьянское and labelled 72.5%, any pack; Перекрёсток «Масло Княгининское Крестьянское, 180г» "
           "(no fat stated), 72.5% butters not named Крестьянское (Danke, Брест-Литовск, Шахунья Гост, Первым делом, "
           "Кунгурский, ЭкоНива, безлактозное) and spreads «72.5%» (De Olio) excluded; «1 пачка» is a quantity"),
        ("сервелат финский не дороже 250 р за батон", {
            "pyaterochka": ["0da064a041"],
            "magnit": ["8ee202a921"],
            "dixy": ["2000422431"],
            "perekrestok": ["4323441"],
        }, "cooked-smoked Финский servelat, one stick priced at most 250 р (Папа может 420 г 139.90, Великолукский "
           "400 г 129.99, Останкино 350 г 179.90, Маркет 200 г 229.99); other servelats (Зернистый, Кремлевский, Мускатный, "
           "Московский, Пражский, Карельский, Мраморный, Иней, Мираторг) excluded"),
        ("яйца с0 1 десяток", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "4352464", "3356111",
                            "3432532", "2131762", "3421287", "3914040", "4236458", "4012802", "4085790", "3182853"],
        }, "chicken eggs of class С0 (С0 / СО / C0 / CO / «отборные» / «отборной категории») in packs of 10; packs of "
           "20 (Окское, Пышминская), С1 / С2 / «1 категории», «высшей категории» (СВ), quail eggs and egg products excluded"),
    ]),
    # fvi20 Sunday dinner
    ("курица целая охлажденная 1.5-2 кг, рис длиннозерный 1 упаковка, томатная паста 25% 70 г", [
        ("курица целая охлажденная 1.5-2 кг", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole chilled chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная, 1кг» (a whole broiler sold by "
           "weight, «1кг» is the price unit; a bird of 1.5-2 kg can be chosen -- outside knowledge); цыплёнок табака "
           "(flattened, small, marinated), chicken parts, frozen/smoked/grilled chicken and duck excluded"),
        ("рис длиннозерный 1 упаковка", {
            "pyaterochka": ["3647681", "3493524"],
            "magnit": ["442b8a34cc"],
            "dixy": ["2000594951", "2000180347", "2000002128", "2000261091"],
            "perekrestok": ["3635865", "39747", "3674166", "57930", "3603168", "3469129", "3469126"],
        }, "rice whose title says длиннозерный / «длинный» (white, parboiled, in cooking bags, basmati and jasmine when the "
           "title says long-grain); «1 упаковка» is a quantity; basmati/jasmine without «длиннозерный» in the title (Увелка, "
           "Shanti, Маркет, Пятёрочка Мистраль ЖАСМИН, Националь Золото Таиланда), round/medium grain, plov and brown rice "
           "excluded"),
        ("томатная паста 25% 70 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3690262"],
        }, "tomato paste of 25% in a 70 g pack (Перекрёсток Пр!ст); 70 g pastes without a stated % (Магнит ПОМИДОРКА, "
           "Дикси Круглое лето), КУХМАСТЕР 25% 480 г and other sizes excluded"),
    ]),
    # fvi21 tea and honey
    ("чай зеленый китайский листовой 100 г, мед цветочный 250 г не дороже 300 р, лимон одна штука", [
        ("чай зеленый китайский листовой 100 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Chinese loose-leaf green tea, 100 g: the only Chinese green teas are RICHARD ROYAL GREEN «китайский байховый, "
           "90г» and INDU «китайский зеленый с саусепом, 90г» (90 g, the latter flavoured); 100 g green teas that do not say "
           "Chinese (Ahmad, Тесс Стайл, Тесс Лайм) excluded; missing everywhere"),
        ("мед цветочный 250 г не дороже 300 р", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "flower honey in a 250 g pack: Перекрёсток flower honeys come in 135 / 340 / 350 / 500 g, Магнит «Мед МАГНИТ "
           "горный, 250г» does not say цветочный, Ульеград «Таёжный цветочный» is 350 г; крем-мёд with berries excluded; "
           "missing everywhere"),
        ("лимон одна штука", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or in packs of 2; «одна штука» is a quantity; lemon-flavoured goods excluded"),
    ]),
    # fvi22 pelmeni night
    ("пельмени мясные гост 800 г\nсметана 20% 300 г\nуксус яблочный 6% 0.5 л", [
        ("пельмени мясные гост 800 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "meat pelmeni with ГОСТ in the title, 800 g: 800 g pelmeni exist (Мираторг, Цезарь «Гордость Сибири») but no "
           "pelmeni title states ГОСТ; " + GOST + "; missing everywhere"),
        ("сметана 20% 300 г", {
            "pyaterochka": [],
            "magnit": ["1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371", "1000429067"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000411407"],
            "perekrestok": ["4250761", "4229625", "4221355", "4087849", "4241375", "4072176", "4376610", "4095524"],
        }, "sour cream 20% in a 300 g pack; 20% sour cream of 180 / 200 / 280 / 350 g, other fat levels and «сметанный» "
           "mayonnaise excluded"),
        ("уксус яблочный 6% 0.5 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "apple vinegar 6%: the only vinegar is Перекрёсток «Уксус виноградный … 6%, 500мл» (grape, not apple); missing "
           "everywhere"),
    ]),
    # fvi23 salad and condiments
    ("хрен столовый гост, майонез провансаль 67% гост не дороже 100 р, зеленый горошек 1 банка, свекла столовая", [
        ("хрен столовый гост", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "table horseradish with ГОСТ in the title: Дикси Махеевъ «столовый» and Главпродукт «Русский столовый» do not "
           "state ГОСТ; " + GOST + "; mustard «с хреном» excluded; missing everywhere"),
        ("майонез провансаль 67% гост не дороже 100 р", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Провансаль mayonnaise 67% at most 100 р with ГОСТ in the title: many 67% Провансаль mayonnaises cost at most "
           "100 р (Слобода, Ряба, Махеевъ, Московский Провансаль, Маркет…) but no mayonnaise title states ГОСТ; " + GOST +
           "; missing everywhere"),
        ("зеленый горошек 1 банка", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92", "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884", "2000118079",
                     "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175", "3483842", "19134",
                            "4206921", "3628006", "77114", "32340", "4273266", "4274246", "3360308", "3026306", "4380317",
                            "4211849", "2035571", "4192227", "4188483", "3504837", "3447858", "4011800", "3350744"],
        }, "canned green peas of any brand and size («1 банка» = canned, a quantity of one; Магнит «Горошек 6 СОТОК, "
           "молодой» / «ГРИН РЭЙ молодой/Деликатесный» and Перекрёсток «Горошек Изысканный Зелёная Линия» taken as green "
           "peas although «зелёный» is not written, incl. the 4.15 kg Бояринъ catering tin); frozen peas, fresh «Горошек "
           "сладкий», peas with carrots (Bonduelle Expert), pea microgreens, pepper «горошек» and chickpeas excluded"),
        ("свекла столовая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "13998", "4375880", "3368257", "786", "3378167", "4299508"],
        }, "fresh whole beetroot (loose, bagged, in a net, washed, young, in bunches, Маркет Fresh «Свекла свежая, 200г»); boiled, "
           "peeled (incl. «Свёкла целая очищенная, 500г», taken as boiled like its neighbours) or cut beetroot "
           "(«очищенная», «соломка», «резаная»), marinated, Korean, dried beetroot, мангольд, seeds and beet sugar excluded"),
    ]),
    # fvi24 terse: herring and potatoes
    ("селедочка 1 шт, картошки килограмма 3, лук зеленый 1 пучок, укроп 1 пучок", [
        ("селедочка 1 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78003365", "3463843", "1722", "35430", "3088471", "2078344", "70039", "61803", "9419",
                            "4352006", "3480999"],
        }, "a whole salted herring («1 шт» = one fish): Перекрёсток loose herrings (слабосолёная, свежесолёная, 300+ … "
           "500+, тихоокеанская, Олюторская, Pelican «неразделанная») and the packed whole herrings Балтийский Берег "
           "«жирная специального посола, 650г» and «Сельдь атл.с/с в/у, 330г» (taken as whole fish -- outside knowledge); "
           "fillets and fillet pieces (in oil, wine, mayonnaise), canned herring (Доброфлот, Форгрейт), smoked fillets and "
           "«Сельдь под шубой» excluded"),
        ("картошки килограмма 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh potatoes of any kind, as for fvi06 «картофель столовый 2 кг»; «килограмма 3» is the quantity wanted; "
           "батат, cooked/fried/frozen potatoes, Магнит «Картофель АЙДАХО (СП ГМ)», crisps and «Картошка» sweets excluded"),
        ("лук зеленый 1 пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh green onion: no offer (only «зелёный лук» crisps flavours); missing everywhere"),
        ("укроп 1 пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill: no offer (dill appears only as a flavour of herring, pickles and crisps); missing everywhere"),
    ]),
    # fvi25 terse: evening shop
    ("кефир любой, батон самый дешевый, пиво жигулевское 0.5 стекло, вобла 2 шт", [
        ("кефир любой", {
            "pyaterochka": ["3433425"],
            "magnit": ["1000451591", "1000563708", "1000451590", "1000439735", "9cbe548621", "1000531928", "1000143510",
                       "610b0779be", "1000139426", "790e8c96de", "1000350608", "1000350609", "48045cf20b", "1899800689",
                       "1899800795", "37f16272a7", "1899911984", "1899912534", "1000166736", "1000307731", "8000033639"],
            "dixy": ["2000227476", "2000253973", "2000560239", "2000208649", "ЦТ0028202", "DI00081047", "2000560991",
                     "2000587052", "2000166045", "2000331970"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4280893", "4245052", "4280483", "4137919",
                            "4153932", "3668693", "4318914", "4174038", "4198906", "4252383", "4252382", "3433425",
                            "4229630", "2083868", "3636340", "3467794", "3467795", "4302774", "4263416", "4263418",
                            "3682461", "3491537", "4233125", "3604726", "2084558", "2173827", "3352331", "2093082",
                            "97452", "3386041", "3429041", "3604602", "3922310", "4045978", "18510", "4109799", "4159752"],
        }, "any kefir and bio-kefir of any fat and size (incl. Агуша children's kefir, organic and thermostatic kefir); "
           "«любой» accepts all kefir; «биокефирный продукт» / «кефирный продукт» (Домик в деревне), Bio Баланс "
           "«биопродукт кефирный», Простоквашино «Кефирный Коктейль», bread «на кефире» and shashlik «в кефире» excluded"),
        ("батон самый дешевый", {
            "pyaterochka": [],
            "magnit": ["a37c992f14", "7fa10b807d"],
            "dixy": [],
            "perekrestok": ["4318510", "4318511", "2065120", "4329401", "3680023", "4102687", "4329402", "4157283",
                            "4264947", "78011178"],
        }, "any white loaf sold as «Батон» (Нарезной, Отрубной, Утренний, Молочный, Горчичный, Зерновой, Новый, к завтраку, "
           "plain); «самый дешевый» is a wish, not a filter; bars («батончик»), bread loaves not called батон and the "
           "sweet «Ударница» excluded"),
        ("пиво жигулевское 0.5 стекло", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Жигулёвское beer, 0.5 l glass bottle: no Жигулёвское; Магнит ЖИГУЛИ Барное / Экспорт / ИПА is another brand "
           "and comes in 0.45 l; Дикси «Жигули» Барное Манго-маракуйя is a beer drink; apples «Жигулевские» excluded; "
           "missing everywhere"),
        ("вобла 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried вобла (taranka): no offer (no вобла / тарань / плотва); dried горбуша «соломка» and squid are other "
           "snacks; missing everywhere"),
    ]),
]


def blind_lists():
    """The list texts of the blind draft, in order (blocks after a line '=== fviNN')."""
    texts, cur = [], None
    with open(BLIND, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("=== fvi"):
                if cur is not None:
                    texts.append("\n".join(cur).strip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).strip("\n"))
    return texts


def check_blind():
    draft = blind_lists()
    errors = []
    if len(draft) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS %d" % (len(draft), len(LISTS)))
    for n, (text, (typed, _items)) in enumerate(zip(draft, LISTS), 1):
        expect = text
        if n in REPLACED:
            old, new = REPLACED[n]
            if expect.count(old) != 1:
                errors.append("fvi%02d: replaced item %r not found once in the blind text" % (n, old))
            expect = expect.replace(old, new)
        if typed != expect:
            errors.append("fvi%02d: text differs from the blind draft: %r != %r" % (n, typed, expect))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fvi"))
