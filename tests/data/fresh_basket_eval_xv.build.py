#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xv.jsonl -- 25 shopping lists of a widowed pensioner who lives alone (and of his
granddaughter, who sometimes writes the list for him), hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xv.build.py

LISTS below is literal data: 25 lists (3-5 items, 90 items) as typed to a Telegram bot, and for every item the
product ids of every in-stock offer of each store that a reasonable shopper who wrote exactly that item would
accept.  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations,
Latin and Cyrillic brand spellings, e/yo folded, mixed-script titles) and read one by one; the note of each item
records what was accepted, what was deliberately left out and any judgement that rests on outside knowledge.  An
empty list means the store has nothing acceptable (the item is "missing" there).  The labels were made without
reading or running the tool being evaluated.

The list texts were written blind, before any offer was read, and frozen in fresh_basket_eval_xv.blind_lists.txt
(read-only).  This script first checks that every list text equals that draft, apart from the items recorded in
REPLACED (a list that was empty in all four stores got one item replaced by a similar item some store carries).
Then labelled_lists.build (unchanged, same directory) checks that every id exists in real_offers.jsonl *for that
store* and is in stock, that no id repeats within an item, that every item has a note and that the labels are
exactly the list's items in order (an item is the text between commas / new lines), and writes the JSONL;
labelled_lists.stats prints the counts.  List ids are fxv01, fxv02, ... in LISTS order; every list is in split
"fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xv.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xv.blind_lists.txt")

# (list id, item as written in the blind draft, item in LISTS) -- the only departures from the blind draft
REPLACED = [
    ("fxv20", "ряжанка", "варенца баночку"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxv01
    ("греча ядрица кило, молоко подешевле, черного хлеба половинку, масло сливочное маленькое", [
        ("греча ядрица кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (ядрица) in a 1 kg pack - «кило» names the pack as in «сахар 1кг»; the only "
           "buckwheat groats are Магнит «Крупа Гречневая Prosto, 500 г» (500 g, excluded); Пятёрочка PROSTO "
           "«Рис и греча» (mix), buckwheat flakes, Nestlé buckwheat porridge, soba noodles, ready meals «с "
           "гречкой» and «Греческий» yoghurts/cheese excluded"),
        ("молоко подешевле", {
            "pyaterochka": ["3507208", "3613025", "3985712", "3467788", "3694630", "3645807", "3425329",
                            "3645808"],
            "magnit": ["a28bae784b"],
            "dixy": ["809c0dd88b", "7bef60b534"],
            "perekrestok": ["4260593", "3431579", "4310700", "4259100", "4244242", "3474103", "2093081",
                            "3645807", "4308790", "4137917", "3613024", "b508e73840", "cb2f1055d7", "3198f1a94c",
                            "87bf941f11", "d59f8e3403", "45d6dee261", "587286c051", "50f156cde3", "65f939ac7e",
                            "814b6ca461", "d4843ab680", "52d96fd806", "edf2484f0e", "7f46c8a5c5", "79cefff589",
                            "eaf7de5f17", "05c941826b", "94dd27dff1", "f5ff9c84a1", "aa8a2f9d5e", "c57983498c",
                            "50cb0959f8", "eefe3d951f", "fed089a68a", "af8570f806", "2d526e7a96", "d846def77b",
                            "b151abcd68", "e1c2a97dcd", "b48241efed", "e9b2520f64", "135852823b", "6986e66cd9",
                            "163f87bedd", "14cf035691", "a253bf9611", "cd63b1cf67", "870b27e2f9", "ecc07a0e68",
                            "f3d85bb393", "488d323508", "66ec0f255d", "e458dc5e25", "00af023fd1", "ccdc291604",
                            "52240eee71", "b267022f66", "47a9cd6be2", "f50aeac1bb", "e221fd3ddd", "47b26adef2",
                            "f18e9a3c14", "885d917850", "35ac60eec2", "9512a8a8b9", "89a1c1419e", "359aa76fc0",
                            "b38f3e60d2", "949b3dd46f", "9dbc98f064", "1076c09948", "e2d5d93f2a", "2f04f03749",
                            "31aa236aad", "7c1d7afff6", "76055bf243", "013e119412", "87b2dc7b1d", "9dfc83490b",
                            "ce8eda981f", "14753f9f39", "a548f45b17", "85dd44d923", "7b5909b56f", "62485733e9",
                            "faf2171541", "b4411ba8d4", "6b36a62006", "2f7ebb9ea8", "01f728b210", "a24f88bea8",
                            "69f396f368"],
        }, "drinking cow milk of any fat and pack (pasteurised, UHT, sterilised, отборное/цельное, "
           "lactose-free, children's Агуша/Сарафаново); топлёное, goat milk, flavoured (Чудо клубника, "
           "Petmol Barista карамель/орех), condensed, coconut/rice drinks, milkshakes and dry formula "
           "excluded; «подешевле» is a wish, not a filter"),
        ("черного хлеба половинку", {
            "pyaterochka": ["3480920"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "black (rye or rye-wheat) bread; only Пятёрочка «Хлеб Ржано-пшеничный, Даниловский, 300 г» says "
           "so; «половинку» is the amount wanted, not a filter. Пятёрочка «Хлеб Даниловский, Коломенское 275"
           " г», «Хлеб Марьин, заварной» and «Хреб Ржаной Край» do not state rye in the title and are left "
           "out (judgement: the brand name «Ржаной Край» does not make it rye bread); «Хлеб зерновой, Ржаной"
           " Край», хлебцы, гренки/сухарики, rye flour excluded"),
        ("масло сливочное маленькое", {
            "pyaterochka": ["3963777", "3948153", "3658095"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter in a small pack (<= 200 g): Президент 82% 180 g, «Традиционное» 82.5% 175 g, "
           "Брест-Литовск 72.5% 180 g, Простоквашино 82% 180 g; 380/400 g packs excluded as not small; "
           "chocolate butter Экомилк 62%, vegetable oils, «Хозяюшка» fat blend and products «со сливочным "
           "маслом» excluded"),
    ]),
    # fxv02
    ("картошки кг 3, луку 1 кг, марковь, свеклу 2 шт", [
        ("картошки кг 3", {
            "pyaterochka": [],
            "magnit": ["107511", "168671", "109571", "199751", "168701"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind (washed, red, young, «для варки»/«для жарки» bags); the weight is the"
           " quantity wanted, not a filter; chips, «Картофель хрустящий», Knorr «Картошка по-деревенски», "
           "starch, vareniki and marzipan «Картошка» excluded"),
        ("луку 1 кг", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "4272905", "3368252", "3623836"],
        }, "fresh bulb onions: Магнит red onion 500 g, «Лук Светофор» (3 bulbs), Ялтинский; Перекрёсток "
           "white, red, «Лук салатный» (sold by kg, so taken as a bulb onion - judgement) and Ялтинский; no "
           "plain yellow onion is offered anywhere. Shallot (Перекрёсток «Лук Шалот»), green onion, herb "
           "bundles, Federici «Луковки» and everything «со вкусом лука» excluded; «1 кг» is the quantity "
           "wanted, not a filter"),
        ("марковь", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая» 1 kg, Перекрёсток «Морковь мытая» by kg); Korean-style "
           "carrot salads, carrot juice/nectar/puree and sauerkraut «с морковью» excluded; «марковь» is a "
           "typo for морковь"),
        ("свеклу 2 шт", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (Магнит «Свекла мытая» 1 kg, Перекрёсток «Свекла мытая фасованная, 1кг»); «2 шт» "
           "is a quantity; beet salads and juices excluded"),
    ]),
    # fxv03
    ("фаршу на котлеты полкило, яиц куриных десяток, батон один, сухарей панировочных пакетик", [
        ("фаршу на котлеты полкило", {
            "pyaterochka": ["3398465", "3205754", "4065830", "3447375", "3681614", "3673806", "3629402",
                            "3652704"],
            "magnit": ["199571"],
            "dixy": [],
            "perekrestok": [],
        }, "raw minced meat or poultry of any kind (beef, pork, pork-beef «домашний», «Деревенский», turkey "
           "Пава-Пава, chicken Петелинка «Премиум»); «на котлеты» is a purpose and «полкило» the quantity "
           "wanted, so 400 g and 1 kg packs count; stuffed olives («фарш.») and ready cutlets excluded"),
        ("яиц куриных десяток", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4068694", "3062836", "3634491", "44323", "3662512", "3062835", "3446505"],
        }, "chicken eggs in packs of 10, any class (С1, СО/отборные); packs of 6 and 20, quail eggs, Kinder "
           "eggs and mayonnaise «на перепелином яйце» excluded"),
        ("батон один", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "a white loaf «батон»: Пятёрочка «Батон \"Звездный\" нар» (нарезной) and Перекрёсток «Батон "
           "Нарезной нарезка»; chocolate and cereal «батончики» excluded"),
        ("сухарей панировочных пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "breadcrumbs for coating; none offered. Пятёрочка Гурмикс «Смесь панировочная» for nuggets/crispy"
           " chicken (a seasoned breading mix, not breadcrumbs), flavoured сухарики/гренки and products «в "
           "панировке» excluded"),
    ]),
    # fxv04
    ("хлопья геркулес пачку, молоко 2.5 пакет, сахару песку кило", [
        ("хлопья геркулес пачку", {
            "pyaterochka": ["3472901", "4027131"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain rolled oat flakes (Увелка «Хлопья зерн.овсян.трад.» 400 g, Клинские «Геркулес» 500 g); "
           "flavoured instant oat porridge (Быстров без варки ассорти, Ясно Солнышко с ягодами, Heinz/Nestlé"
           " baby porridge), buckwheat/rice/multigrain flakes, muesli, oat bran, oat cookies and «овсяный "
           "продукт» Velle excluded"),
        ("молоко 2.5 пакет", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["4310700", "2093081", "3613024", "cb2f1055d7", "587286c051", "7f46c8a5c5",
                            "50cb0959f8", "af8570f806", "6986e66cd9", "66ec0f255d", "359aa76fc0", "76055bf243",
                            "013e119412", "a548f45b17", "62485733e9", "faf2171541", "69f396f368"],
        }, "drinking cow milk of exactly 2.5% (children's Сарафаново included, as in real_basket_eval) not "
           "stated to be in a bottle; Перекрёсток Зелёная Линия 2.5% «ПЭТ» (a bottle) excluded by «пакет»; "
           "titles that do not name the container are accepted; other fat levels, ranges, topлёное and "
           "flavoured milk excluded"),
        ("сахару песку кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "white granulated sugar in a 1 kg pack; none offered. Магнит «Сахар белый прессованный 1кг» (lump"
           " sugar), Пятёрочка cane sugar «Демерара» 500 g, powdered sugar and everything «без "
           "сахара»/«сахарн.» excluded"),
    ]),
    # fxv05
    ("кильки в томате 2 банки, селедка иваси, хлеб бородинскй", [
        ("кильки в томате 2 банки", {
            "pyaterochka": ["3468685", "3907223"],
            "magnit": ["159901"],
            "dixy": [],
            "perekrestok": [],
        }, "canned kilka (sprat) in tomato sauce: Пятёрочка «Килька черноморская, в томатном соусе», «Килька"
           " балтийская ... обжаренная с чили в томатном соусе» (a spicy variant, still kilka in tomato), "
           "Магнит «Килька обжаренная, в томатном соусе»; «2 банки» is a quantity; шпроты in oil and "
           "Перекрёсток salted kilka «пряного посола» excluded"),
        ("селедка иваси", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "salted ivasi (Pacific sardine sold as «сельдь иваси»); none offered. Пятёрочка «Сардина ИВАСИ "
           "т/о х/к» (cold-smoked), «Сардина т/о ИВАСИ натур. 245г» (canned) and Магнит «Иваси (Сардина) "
           "тихоокеанская, 245 г» (245 g, taken as the canned product - judgement) excluded, as are salted "
           "herrings that are not ivasi"),
        ("хлеб бородинскй", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Borodinsky rye bread («бородинскй» is a typo); none offered. Пятёрочка ЩЕДРЫЕ «Хлебцы тонкие "
           "бородинские», sausages of Мясной дом Бородина and Магнит «Колбаса Бородинская» excluded"),
    ]),
    # fxv06
    ("пшена пачку шлифованного, постного масла нерафинированного, смитана 15%", [
        ("пшена пачку шлифованного", {
            "pyaterochka": ["3674169"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats: Пятёрочка Мистраль «Пшено ЗОЛОТОЕ 5х80г» (boiling bags); the title does not say "
           "«шлифованное» - accepted as groats sold as пшено are polished millet (judgement); wheat products"
           " («пшеничн») excluded"),
        ("постного масла нерафинированного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "unrefined sunflower oil («постное масло» = sunflower oil); none offered - every sunflower oil is"
           " refined (ОЛЕЙНА, Благо, MR.RICCO, Слобода) or flavoured (ALMADOR); unrefined olive oils "
           "(Monini, Global Village) are not «постное масло» and are excluded"),
        ("смитана 15%", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592",
                            "4431124", "4095525"],
        }, "sour cream of exactly 15% («смитана» is a typo), incl. lactose-free Parmalat Comfort and "
           "Простоквашино; 10%, 20%, 25%, 30%, sauces and chips «со сметаной» excluded"),
    ]),
    # fxv07
    ("кефир 1% маленький\nтворог 5% 200г\nбананы 3 шт\nхлопья овсяные быстрого пригот.\nйогурт не сладкий", [
        ("кефир 1% маленький", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir 1% in a small pack; no kefir is offered at all; «Имунеле»/«Актимель» fermented drinks "
           "excluded"),
        ("творог 5% 200г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cottage cheese of exactly 5% in a 200 g pack (the size names the pack); none: Перекрёсток "
           "«Творог 5% Молочный знак, 180г» and Пятёрочка «СЕЛО ЗЕЛ.Творог 5% 500г» have other sizes; "
           "«Творог мягкий 5,5%», grain curd «в сливках»/«в йогурте», children's and flavoured curd, "
           "творожные десерты and сыр творожный excluded"),
        ("бананы 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (Перекрёсток «Бананы», «Бананы фасованные», «Бананы мини», «Банан Organic»); «3 "
           "шт» is a quantity; dried bananas, banana-flavoured yoghurts, smoothies and sweets excluded"),
        ("хлопья овсяные быстрого пригот.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "quick-cooking oat flakes; none: Увелка «трад.» and Клинские «Геркулес» are traditional flakes; "
           "Пятёрочка «Быстров без варки ассорти» is flavoured instant porridge in sachets, not plain "
           "flakes; excluded"),
        ("йогурт не сладкий", {
            "pyaterochka": ["3503857", "3433156", "3954723", "4035474", "3632187"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4324114", "3601417", "3697856", "4068957", "4326197", "4326198"],
        }, "plain yoghurt without fruit, flavour or filler: Перекрёсток Neo «без сахара», Зелёная Линия "
           "«натуральный», Teos and Простоквашино «Греческий 2%»; Пятёрочка Danone «Йогурт 3,3%» 110/350 g, "
           "Bio-Max «Классический», Активиа 2,4% 260 g without filler and EPICA «Йогурт пит. 2,9%» - "
           "sweetness of plain yoghurts cannot be read from the titles and they are taken as unsweetened "
           "(judgement); every fruit/berry/cereal yoghurt, Greek yoghurts «с фруктовым наполнителем», Viola "
           "малина-мята, Даниссимо, Чудо, children's yoghurts (Сарафаново «дет.», NATURE) excluded"),
    ]),
    # fxv08
    ("вермешель, тушонки говяжьей банку, лаврового листа пачечку", [
        ("вермешель", {
            "pyaterochka": ["18497", "4075778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vermicelli pasta («вермешель» is a typo): Federici «Макароны ВЕРМИШЕЛЬ» and egg «вермишель для "
           "супчика»; Vegeta soup «с вермишелью», instant noodles and other pasta shapes excluded"),
        ("тушонки говяжьей банку", {
            "pyaterochka": ["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
            "magnit": ["111741"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed beef («тушонка» is a typo of тушёнка): Семейный Бюджет, Великолукский, АК СНОВ, "
           "Барс, Лужская марка, Любимый дом, Магнит Русь «Экстра»; stewed pork, venison «Оленина тушеная», "
           "Губернаторская buckwheat with beef and pet food excluded"),
        ("лаврового листа пачечку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bay leaves; none offered (spice mixes of Kotanyi, Maggi, Восточный гость, Kamis excluded)"),
    ]),
    # fxv09
    ("суповый набор, перловки пачку, луковиц штуки 3, картофель", [
        ("суповый набор", {
            "pyaterochka": [],
            "magnit": ["204331", "168361"],
            "dixy": [],
            "perekrestok": [],
        }, "a soup set («суповый» is a typo of суповой): only Магнит «Суповой набор из лосося» and «Набор "
           "супов из лосося» (the same salmon soup set, 1 kg) exist; accepted because the user named no meat"
           " (judgement); dry and frozen soups, Knorr «Чашка супа», «вермишель для супчика» excluded"),
        ("перловки пачку", {
            "pyaterochka": [],
            "magnit": ["820f08519d"],
            "dixy": [],
            "perekrestok": [],
        }, "pearl barley groats (Увелка «Перловая Крупа 800г»); Увелка «Крупа ячневая» (barley grits, a "
           "different groat) excluded"),
        ("луковиц штуки 3", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "4272905", "3368252", "3623836"],
        }, "fresh bulb onions: Магнит red onion 500 g, «Лук Светофор» (3 bulbs), Ялтинский; Перекрёсток "
           "white, red, «Лук салатный» (sold by kg, so taken as a bulb onion - judgement) and Ялтинский; no "
           "plain yellow onion is offered anywhere. Shallot (Перекрёсток «Лук Шалот»), green onion, herb "
           "bundles, Federici «Луковки» and everything «со вкусом лука» excluded; «штуки 3» is a quantity"),
        ("картофель", {
            "pyaterochka": [],
            "magnit": ["107511", "168671", "109571", "199751", "168701"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind (washed, red, young, «для варки»/«для жарки» bags); the weight is the"
           " quantity wanted, not a filter; chips, «Картофель хрустящий», Knorr «Картошка по-деревенски», "
           "starch, vareniki and marzipan «Картошка» excluded"),
    ]),
    # fxv10
    ("чай черный пакетики самый дешевый, сушки простые, рафинад маленькую пачку, пряников мятных немного", [
        ("чай черный пакетики самый дешевый", {
            "pyaterochka": ["3470341", "4002510", "3998702", "3378327", "15492", "3662837", "3950803", "3628990",
                            "3620106", "3635756", "3634052", "3378336", "3446638", "3649730", "2070472",
                            "3600100", "11200", "3689577", "3469500"],
            "magnit": ["a37d9d8522", "159991", "199261"],
            "dixy": [],
            "perekrestok": [],
        }, "plain (unflavoured) black tea in bags of any brand; Twinings «ДЛЯ ЗАВТРАКА 25х2г» and «Принцесса"
           " Канди, цейлонский, 100х2 г» accepted as black tea (judgement: English Breakfast and Канди are "
           "black teas). Flavoured black teas excluded as not the classic product: Earl Grey/бергамот "
           "(Lipton, Richard, Twinings, Азерчай, Saito), чабрец/травы (Richard, Ahmad, Доброе утро), "
           "Greenfield Spring Melody, Tess Pleasure/Goldberry/шиповник (Tess Pleasure taken as flavoured - "
           "judgement), Saito «Japanese morning»/«Mango&Strawberry» (the Saito line is aromatised - "
           "judgement), Lipton «Баланс и спокойствие», «ароматизированный» teas; loose-leaf teas (Champion, "
           "Akbar, Richard, Greenfield листовой), green, herbal and iced tea drinks excluded; «самый "
           "дешевый» is a wish, not a filter"),
        ("сушки простые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain sushki; none: Пятёрочка «Мини сушка Семейка Озби, ваниль» (vanilla, not plain) and "
           "«Баранки ... с маком» (bagels with poppy seeds) excluded"),
        ("рафинад маленькую пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lump sugar in a small pack; the only lump sugar is Магнит «Сахар белый прессованный 1кг» - a 1 "
           "kg pack is not a small pack (<= 500 g), excluded"),
        ("пряников мятных немного", {
            "pyaterochka": [],
            "magnit": ["203161"],
            "dixy": [],
            "perekrestok": [],
        }, "mint gingerbread (Магнит «Пряники Яшкино, мятные»); classic, chocolate, blackcurrant, "
           "topлёное-молоко, тульские, condensed-milk and figured пряники and «вкус имбирный пряник» "
           "desserts excluded; «немного» is a quantity"),
    ]),
    # fxv11
    ("кура целая, рису круглого на кашу, морковки 2 шт, чесноку головку", [
        ("кура целая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4214722", "4312266", "4252168"],
        }, "a whole raw chicken («кура» = курица): Дикси «Цыпленок-бройлер охлажденный», Перекрёсток «Тушка "
           "цыплёнка» (1 сорт, Халяль, Зелёная Линия, Петелинка) and «Цыплёнок корнишон» (a small whole "
           "chicken); chicken parts, duckling, canned chicken, купаты, nuggets and pet food excluded"),
        ("рису круглого на кашу", {
            "pyaterochka": ["3483037"],
            "magnit": ["106021", "106651", "106641", "199371"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain white rice: Магнит Мистраль «традиционный, круглый», Увелка «Краснодарский, "
           "круглый», Мистраль «Кубань» and Националь «Адриатика» (both taken as round-grain - judgement), "
           "Пятёрочка Мистраль «Рис для плова традиц.» (the same product Магнит titles «круглый»); «на кашу»"
           " is a purpose. Long-grain, basmati, jasmine, brown, wild mixes, Девзира, Националь and Global "
           "Village «для плова» (grain not stated), rice flour/flakes and rice porridge excluded"),
        ("морковки 2 шт", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая» 1 kg, Перекрёсток «Морковь мытая» by kg); Korean-style "
           "carrot salads, carrot juice/nectar/puree and sauerkraut «с морковью» excluded; «2 шт» is a "
           "quantity"),
        ("чесноку головку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic (Перекрёсток «Чеснок, 3шт»); «головку» is a quantity; salted garlic ФЭГ, dried "
           "granulated garlic and everything «с чесноком»/«со вкусом чеснока» excluded"),
    ]),
    # fxv12
    ("пельменей пачку самых дешевых, сметаны баночку, майонез провансаль маленький", [
        ("пельменей пачку самых дешевых", {
            "pyaterochka": ["2024541", "3693418", "3622053", "3671957", "3693417", "3672557", "3985043",
                            "3683249", "3613537", "3666703", "4000407", "3613651", "3675532", "3693405"],
            "magnit": ["4907605c6d", "0f6321338f", "198951", "167901", "160301", "109411", "111711", "213711"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any brand and filling (incl. Горячая штучка «Бульмени»); vareniki and the"
           " Calve sauce «д/пельм.» excluded; «самых дешевых» is a wish, not a filter"),
        ("сметаны баночку", {
            "pyaterochka": ["3665624", "3664287"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4314537", "3478958", "3444929", "4262697", "4262694",
                            "3634033", "3665624", "4335470", "3664287", "3665625", "4217907", "4217906",
                            "4121592", "4121609", "4431124", "3651188", "58101", "3293409", "4287503", "4349770",
                            "4095525"],
        }, "sour cream of any fat and brand (incl. lactose-free and «термостатная» 10%); no title says it is"
           " a pouch, so all are taken as tubs/jars; sauces, chips, гренки and cakes «сметан…» excluded"),
        ("майонез провансаль маленький", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4297313", "4412152"],
        }, "mayonnaise «Провансаль» in a small pack (<= 250 ml): Перекрёсток Я люблю готовить «Московский "
           "Провансаль классический 67%, 200мл» and Слобода «Провансаль оливковый 67%, 200мл»; Провансаль "
           "packs of 390-800 ml/g (Ряба, Слобода, Скит, Махеевъ, Московский Провансаль) excluded as not "
           "small; mayonnaises not called Провансаль (Heinz «Классический», Mr.Ricco, Слобода «Оливковый», "
           "«домашний») and Махеевъ «Соус Цезарь» excluded"),
    ]),
    # fxv13
    ("манки пачку, молока 3.2 литр, масло слив. 82", [
        ("манки пачку", {
            "pyaterochka": [],
            "magnit": ["a9eb0a29d1"],
            "dixy": [],
            "perekrestok": [],
        }, "semolina: Магнит «Каша манная УВЕЛКА, 700г» taken as semolina groats (judgement: a 700 g pack is"
           " Увелка's semolina, not a ready porridge); no other semolina offered"),
        ("молока 3.2 литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["488d323508", "f50aeac1bb", "2f04f03749", "b4411ba8d4", "01f728b210"],
        }, "drinking cow milk of exactly 3.2% in a 1 l pack («литр» names the pack): Славянские Кружева, "
           "Эконива (2), Белый Город, Рогачевъ стерилизованное; 970/973/975/950/925/900 ml, 1 kg "
           "(Вологодское, Углече Поле), 1.4 l, 2 l and 450 ml packs, ranges 3.2-4 %, топлёное excluded"),
        ("масло слив. 82", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter of 82% or 82.5% (any pack); Брест-Литовск 72.5%, chocolate butter 62%, vegetable oils and"
           " «Хозяюшка» excluded"),
    ]),
    # fxv14
    ("колбаса докторская кусочек 300г\nсыр российский нарезка\nнарезной батон 1 шт\nчай lipton черный в пакетиках", [
        ("колбаса докторская кусочек 300г", {
            "pyaterochka": ["3347584", "3620675", "3385812", "78001451", "4019606", "2120885"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4296145", "4380012", "4301347", "4432115", "4410079", "4264678", "3639615",
                            "4221913", "4352000", "3347584", "3033317", "78001451"],
        }, "boiled sausage «Докторская» of any maker, packaged or by weight; «кусочек 300г» is the amount "
           "wanted (a piece), not a pack filter; Перекрёсток Ремит «Докторская ... нарезка, 150г» (slices, "
           "not a piece), сосиски/сардельки Докторские and the energy drink «The Doctor» excluded"),
        ("сыр российский нарезка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "sliced Российский cheese (Перекрёсток «Сыр Российский нарезка 50% Зелёная Линия»); Пятёрочка "
           "Брест-Литовск «российский 50% 200гр» (a block, not sliced) excluded"),
        ("нарезной батон 1 шт", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "батон нарезной: Пятёрочка «Батон \"Звездный\" нар» (нар. = нарезной) and Перекрёсток «Батон "
           "Нарезной нарезка»; «батончики» excluded"),
        ("чай lipton черный в пакетиках", {
            "pyaterochka": ["11200"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton classic black tea in bags (Пятёрочка «Чай черный, Lipton Yellow label, 100х2г»); Lipton "
           "Earl Grey (Пятёрочка, Магнит) and «Баланс и спокойствие» with blackcurrant and mint excluded as "
           "flavoured (brand + product = the classic product), Lipton green tea and iced tea drinks excluded"),
    ]),
    # fxv15
    ("минтай мороженный, мука пшеничная 1 кг, масла подсолнечного бутылку", [
        ("минтай мороженный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4350401", "4350402"],
        }, "frozen pollock («мороженный» = frozen): Перекрёсток Люди Любят fillet without skin "
           "«замороженный»/«мороженое»; Магнит «Филе минтая, полуфабрикат из замороженного сырья» (made from"
           " frozen fish and sold chilled/thawed - judgement) excluded"),
        ("мука пшеничная 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2003107"],
        }, "wheat flour in a 1 kg pack (Перекрёсток Makfa «пшеничная высшего сорта, 1кг»); 2 kg packs "
           "(Рязаночка, Makfa, Пышечка, «Мука Пшеничная»), Пятёрочка Рязаночка «из цельносмолотого зерна» 1 "
           "kg (whole-grain, not the ordinary flour), durum «крупка» 0.5 kg, rye and rice flour excluded"),
        ("масла подсолнечного бутылку", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "sunflower oil (ОЛЕЙНА 2 l, Благо 1 l, MR.RICCO «подсолнечное раф/дезодор» 1 l, Слобода «для "
           "жарки» 1 l); flavoured (ALMADOR базилик/чеснок, MR.RICCO «Прованские травы») and blends "
           "(MR.RICCO «с доб олив», «с доб масла авокадо»), corn, olive and grape-seed oils excluded"),
    ]),
    # fxv16
    ("кочан капусты небольшой, тушенки свиной 2 банки, томатной пасты маленькую баночку, лук 2 головки", [
        ("кочан капусты небольшой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "a head of fresh white cabbage (Дикси «Капуста белокочанная ранняя, 1 кг»); «небольшой» cannot be"
           " checked; Chinese cabbage, broccoli, cauliflower salads, sauerkraut and seaweed salad excluded"),
        ("тушенки свиной 2 банки", {
            "pyaterochka": ["3452600", "3483538", "3675349", "2143238"],
            "magnit": ["746a50c3f0"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed pork (Елинский, Лужская марка, Великолукский, Барс, Магнит СОВОК); stewed beef and"
           " venison excluded"),
        ("томатной пасты маленькую баночку", {
            "pyaterochka": ["84652"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste in a small jar (<= 270 g/ml): Пятёрочка ПОМИДОРКА «паст.ст/б 250мл»; Heinz 310 g, "
           "Помидорка 480 ml and Махеевъ «Паста ДОМАШНЯЯ томат.ст/б 500г» excluded as not small; ketchups "
           "and sauces excluded"),
        ("лук 2 головки", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "4272905", "3368252", "3623836"],
        }, "fresh bulb onions: Магнит red onion 500 g, «Лук Светофор» (3 bulbs), Ялтинский; Перекрёсток "
           "white, red, «Лук салатный» (sold by kg, so taken as a bulb onion - judgement) and Ялтинский; no "
           "plain yellow onion is offered anywhere. Shallot (Перекрёсток «Лук Шалот»), green onion, herb "
           "bundles, Federici «Луковки» and everything «со вкусом лука» excluded; «2 головки» is a quantity"),
    ]),
    # fxv17
    ("сарделек штук 5, горошку зеленого банку, хлеба белого буханку, сырок плавленный дружба 2 шт", [
        ("сарделек штук 5", {
            "pyaterochka": ["4087801", "3506161"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "сардельки (Мясная Ферма «Говяжьи оригинальные», Рублевский «Докторские»); шпикачки (МДБ, Папа "
           "Может, Мясницкий ряд) are a different sausage name and excluded; «штук 5» is a quantity"),
        ("горошку зеленого банку", {
            "pyaterochka": ["4043589"],
            "magnit": ["213651", "203021", "111581"],
            "dixy": [],
            "perekrestok": ["82254", "41891", "27460", "4345766", "4273266"],
        }, "canned green peas (any brand and size); Перекрёсток «Горох Bizim Tarla зелёный, 660г» (whole "
           "peas in a jar, not «горошек») and pea soups excluded"),
        ("хлеба белого буханку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a loaf of white (wheat) bread; none offered: the only wheat loaves are батоны (not a буханка), "
           "the other breads are rye-wheat or grain; сдоба, хлебцы and lavash excluded"),
        ("сырок плавленный дружба 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a Дружба processed-cheese bar («плавленный» is a typo); none: Дикси «Сыр плавленый Дружба Карат "
           "55%, 400 г» is a 400 g tub, not a «сырок» (judgement), other processed cheeses (Виола, Hochland,"
           " President, Карат Янтарь/Коралл, Экомилк) are not Дружба, and glazed curd сырки excluded"),
    ]),
    # fxv18
    ("зубная паста sensodyne\ngillette пена для бритья\nмыло хозяйственное 2 куска\nбумага туалетная 4 рулона", [
        ("зубная паста sensodyne", {
            "pyaterochka": ["3368036"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Sensodyne toothpaste: Пятёрочка «SENS.Паста Total Care Компл.защ.зуб.75мл» (SENS. = Sensodyne, "
           "judgement on the abbreviation); other toothpastes excluded"),
        ("gillette пена для бритья", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Gillette shaving foam; none: Магнит «Гель для бритья Gillette Mach 3» is a gel, Arko foams are "
           "not Gillette, Gillette razors and cassettes excluded"),
        ("мыло хозяйственное 2 куска", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "household (laundry) soap bars; none: toilet soaps (Safeguard, Dove, Camay, Fax), liquid soap and"
           " Palmolive gift set excluded"),
        ("бумага туалетная 4 рулона", {
            "pyaterochka": ["3493108"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in a pack of 4 rolls: Пятёрочка «ZEWA Бумага ДЖАСТ 1 туал.4сл.4рул.»; packs of 8 "
           "and 12 rolls, moist toilet paper, paper towels and napkins excluded"),
    ]),
    # fxv19
    ("кофе растворимый маленькая банка, печение юбилейное, сгущенки цельной банку", [
        ("кофе растворимый маленькая банка", {
            "pyaterochka": ["3485301", "3481996", "3636926", "3465384", "3153782", "3359687", "3444962",
                            "3659359", "3188030", "3419749", "3971960", "3651382", "3684932", "3932897",
                            "3403288", "3626895", "4020246", "3626048", "3489546", "3659496", "3636923",
                            "3691889", "3631185", "3419750", "4035358", "4069896"],
            "magnit": ["65d8c64e3e", "7c427665e1", "106161", "106231", "9ab9dd431c", "213631", "168211",
                       "199321", "198971", "106261", "106291", "106251"],
            "dixy": [],
            "perekrestok": [],
        }, "instant coffee (incl. instant «с молотым») in a small pack of <= 100 g; no small pack is said to"
           " be a bag, titles that do not name the container are accepted (most say nothing; «ст/б» = glass "
           "jar); Магнит JARDIN «Colombia Medellin, 95г» (instant in Пятёрочка's title) and Московская "
           "Кофейня на паяхъ «Коломбо, 95 г» taken as instant (judgement); 130-240 g packs, ground and bean "
           "coffee, cappuccino/latte sachets, ready coffee drinks and coffee-flavoured goods excluded; three"
           " Магнит titles spell «Kофе» with a Latin K (Черная Карта Exclusive Brasilia/Gold, Ambassador "
           "Platinum 95 г) and are included"),
        ("печение юбилейное", {
            "pyaterochka": ["3618783", "3603068", "3662392", "3958570", "3958571", "4027701", "4027703",
                            "3471173", "3655049"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "Юбилейное cookies of any variety («печение» is a typo; brand + product = every variant): "
           "traditional, glazed, milk, oat, постное, cranberry, blueberry, whole-grain, nut, strawberry, "
           "chocolate; Магнит «Мини-кексы Юбилейное» (cakes), Meinl coffee «ЮБИЛЕЙНЫЙ» and Останкино "
           "«Колбаса Юбилейная» excluded"),
        ("сгущенки цельной банку", {
            "pyaterochka": ["3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "sweetened condensed whole milk 8.5% (Алексеевское ж/б 360 g, 380 g, 270 g); Пятёрочка "
           "Алексеевское «д/п650г» (doy-pack, not a «банка»), boiled condensed milk (Егорка, Рогачев "
           "«вареное») and sweets/wafers with condensed milk excluded; the 380 g and 270 g titles do not "
           "name the container and are accepted"),
    ]),
    # fxv20
    ("варенца баночку, кефиру 2.5, простокваши бутылочку", [
        ("варенца баночку", {
            "pyaterochka": ["3610732"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED item (blind text «ряжанка»): варенец (Пятёрочка «Варенец термостатный 4% 350 гр»); the "
           "container is not named in the title and is accepted; Агуша strawberry ряженка, вареники and "
           "варенье excluded"),
        ("кефиру 2.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir 2.5%; no kefir is offered at all; Имунеле/Актимель fermented drinks, «Тан» and yoghurts "
           "excluded"),
        ("простокваши бутылочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "простокваша; none offered - every «простоквашино» hit is the brand Простоквашино (milk, sour "
           "cream, butter, yoghurt), not простокваша"),
    ]),
    # fxv21
    ("сосисок молочных пачку небольшую, рожки подешевле, кетчуп томатный подешевле", [
        ("сосисок молочных пачку небольшую", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421"],
            "dixy": [],
            "perekrestok": [],
        }, "«Молочные» sausages in a small pack (<= 500 g): Пятёрочка Велком 480 g, Магнит 0,33 кг; Магнит "
           "«Сосиски Молочные, 0,65 кг» excluded as not small; other sausages (сливочные, Детям, Венские, "
           "Баварские…), колбаса Молочная and Вязанка «Молокуша» excluded"),
        ("рожки подешевле", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "рожки pasta: Пятёрочка «Макаронные изделия ... Витой рожок, 450 г»; other shapes (улитки, "
           "ракушки, перья, спирали, пружинка, спагетти, вермишель, звездочки), ice cream «в вафельном "
           "рожке» excluded; «подешевле» is a wish"),
        ("кетчуп томатный подешевле", {
            "pyaterochka": ["4066625", "4066624", "3625404", "3610602", "4044938", "3673189", "4086400"],
            "magnit": ["213621", "203141"],
            "dixy": [],
            "perekrestok": [],
        }, "plain tomato ketchup of any brand: Астория «Томатный душистый»/«Томатный пряный», Restoria, "
           "Махеевъ «Томатный» 300/700 g, Heinz «Томатный кетчуп», Calve «с помидорами черри» (a plain "
           "tomato ketchup - judgement), Mr.Ricco «томатный Pomod», Слобода «томатный»; flavoured ketchups "
           "(чили, шашлычный, с горчицей, Mr.Ricco «POMODORO SPEC. чесн.») and Cheetos «кетчуп» excluded; "
           "«подешевле» is a wish"),
    ]),
    # fxv22
    ("гороху колотого, грудинка копченая, морковь пару штук, луковицу", [
        ("гороху колотого", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "split dried peas; none: Перекрёсток «Горох Bizim Tarla зелёный, 660г» (whole green peas in a "
           "jar) and pea soups excluded"),
        ("грудинка копченая", {
            "pyaterochka": ["3630235", "3465943", "4009229", "3999873"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4322789", "78030214", "4424791", "4356314"],
        }, "smoked pork belly (копчёно-варёная, варёно-копчёная or сырокопчёная «грудинка»): Пятёрочка Дымов"
           " «КРЫЛАТСКАЯ к/в», «грудинка сырокопченая ... нарезка», Коптильный двор «Столичная»; Перекрёсток"
           " Маркет 100/300 g, «Лардо с можжевельником», Останкино премиум; Пятёрочка Останкино «Грудинка "
           "Особая» does not say smoked and is taken as копчёно-варёная (judgement); raw грудинка (Промагро,"
           " Магнит «на кости»), bacon (a different product name) and Kirieshki «бекон» excluded"),
        ("морковь пару штук", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая» 1 kg, Перекрёсток «Морковь мытая» by kg); Korean-style "
           "carrot salads, carrot juice/nectar/puree and sauerkraut «с морковью» excluded; «пару штук» is a "
           "quantity"),
        ("луковицу", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "4272905", "3368252", "3623836"],
        }, "fresh bulb onions: Магнит red onion 500 g, «Лук Светофор» (3 bulbs), Ялтинский; Перекрёсток "
           "white, red, «Лук салатный» (sold by kg, so taken as a bulb onion - judgement) and Ялтинский; no "
           "plain yellow onion is offered anywhere. Shallot (Перекрёсток «Лук Шалот»), green onion, herb "
           "bundles, Federici «Луковки» and everything «со вкусом лука» excluded"),
    ]),
    # fxv23
    ("яблоки зеленые гренни смит\nапельсины 1 кг\nкурага 200г\nчернослив без косточек 200г", [
        ("яблоки зеленые гренни смит", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "Granny Smith apples (Магнит «Яблоки Гренни Смит, 1 кг»); red, Gala, Медовый хруст, seasonal and "
           "Red Delicious apples, apple juice, chips and flavoured goods excluded"),
        ("апельсины 1 кг", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges (Магнит «Апельсины, 1 кг», Перекрёсток «Апельсины»); «1 кг» is the quantity "
           "wanted; orange juices, sodas, jam and flavoured sweets excluded"),
        ("курага 200г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots; none offered (the only «Курага» is a Velle oat product flavour; dried-fruit "
           "mixes, apricot jam sticks and apricot sweets excluded)"),
        ("чернослив без косточек 200г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pitted prunes in a 200 g pack (the size names the pack); Пятёрочка «Чернослив сушеный, без "
           "косточек, NaturFoods, 250 г» is 250 g, excluded; sweets, cookies and yoghurts with prunes "
           "excluded"),
    ]),
    # fxv24
    ("котлет куриных замороженых пачку, гречи пакет, огурцы соленые", [
        ("котлет куриных замороженых пачку", {
            "pyaterochka": ["4060844", "3464190"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen chicken cutlets («замороженых» is a typo): Пятёрочка Ложкаревъ «Котлеты \"Куриные\" в "
           "панировке ... глуб/зам» and С ПЫЛУ С ЖАРУ «Котлеты из курочки» (a frozen-food brand; not stated "
           "frozen in the title - judgement); Петелинка «Котлеты сливочные, куриные» (a chilled product - "
           "judgement), котлеты по-киевски, turkey, pork, beef, fish and «домашние охлажденные» cutlets, "
           "nuggets excluded"),
        ("гречи пакет", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats in any pack (Магнит «Крупа Гречневая Prosto, 500 г»); Пятёрочка PROSTO «Рис и "
           "греча» (a mix), buckwheat flakes, Nestlé porridge, soba and ready meals excluded"),
        ("огурцы соленые", {
            "pyaterochka": ["4063896"],
            "magnit": ["f4d4a78066", "157851"],
            "dixy": [],
            "perekrestok": ["4404269"],
        }, "salted (brined) cucumbers: Пятёрочка Глобус «соленые огурчики СТАРОРУССКИЕ», Магнит МЕЛЕНЪ "
           "«Огурцы соленые Муромские» and «Огурцы соленые, Корнишоны», Перекрёсток «Огурцы солёные "
           "бочковые»; marinated cucumbers (Скатерть-самобранка), «Пикули Одесские», fresh cucumbers and "
           "cucumber-scented shampoos excluded"),
    ]),
    # fxv25
    ("печенки говяжьей полкило, рис длинный, луку головку, сметаны 20% стаканчик", [
        ("печенки говяжьей полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw beef liver; none: Магнит «Печень свиная для жарки» is pork liver, liver pâtés and cat food "
           "«с печенью» excluded"),
        ("рис длинный", {
            "pyaterochka": ["39747", "5722"],
            "magnit": ["7936bf2f6b", "448fba0b94"],
            "dixy": [],
            "perekrestok": [],
        }, "long-grain white rice: Мистраль «Жасмин, белый, длиннозерный», Мистраль «Басмати, белый» and "
           "Магнит Националь «Басмати» (basmati is a long-grain rice), Националь «Лазер длиннозерный»; brown"
           " rice Агро-Альянс, «Акватика MIX», Девзира, round-grain and «для плова» rice with unstated grain"
           " excluded"),
        ("луку головку", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "4272905", "3368252", "3623836"],
        }, "fresh bulb onions: Магнит red onion 500 g, «Лук Светофор» (3 bulbs), Ялтинский; Перекрёсток "
           "white, red, «Лук салатный» (sold by kg, so taken as a bulb onion - judgement) and Ялтинский; no "
           "plain yellow onion is offered anywhere. Shallot (Перекрёсток «Лук Шалот»), green onion, herb "
           "bundles, Federici «Луковки» and everything «со вкусом лука» excluded; «головку» is a quantity"),
        ("сметаны 20% стаканчик", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609",
                            "3651188", "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20% (any brand and size, incl. lactose-free Parmalat Comfort); no title "
           "says it is a pouch; 10/15/25/30% excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: a line '=== fxvNN ===' then the text up to the next blank line."""
    texts, cur, buf = {}, None, []
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            m = re.match(r"^=== (fxv\d\d) ===$", line)
            if m:
                cur, buf = m.group(1), []
                continue
            if cur is None or line.startswith("#"):
                continue
            if line == "":
                if buf:
                    texts[cur] = "\n".join(buf)
                cur, buf = None, []
            else:
                buf.append(line)
    if cur is not None and buf:
        texts[cur] = "\n".join(buf)
    return texts


def check_blind():
    blind = blind_texts(BLIND)
    errors = []
    if sorted(blind) != ["fxv%02d" % n for n in range(1, len(LISTS) + 1)]:
        errors.append("blind draft has lists %r" % sorted(blind))
    for n, (text, _items) in enumerate(LISTS, 1):
        rid = "fxv%02d" % n
        expected = blind.get(rid, "")
        for lid, old, new in REPLACED:
            if lid == rid:
                parts = re.split(r"(,|\n)", expected)
                hits = [i for i, p in enumerate(parts) if p.strip() == old]
                if len(hits) != 1:
                    errors.append("%s: replaced item %r not found once in the blind text" % (rid, old))
                    continue
                i = hits[0]
                parts[i] = parts[i].replace(old, new)
                expected = "".join(parts)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fxv"))
