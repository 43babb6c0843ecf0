#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vj.jsonl -- shopping lists of a family of migrant workers from Uzbekistan
living in a Russian city, hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vj.build.py

LISTS below is literal data: 25 lists (3-5 items, 91 items) as such a family would type them to a
Telegram bot -- plov, lagman, shurpa and flatbread food (devzira rice, yellow carrots, lamb, kurdyuk,
chickpeas, mung beans, green tea No. 95, katyk, suzma, spices, big bottles of oil) plus Russian staples
and household basics -- and for every item the product ids of every in-stock offer of every store that
a reasonable shopper who wrote exactly that item would accept.  The lists were written before any offer
was read and saved as fresh_basket_eval_vj.blind_lists.txt (read-only); this script checks that every
list text equals that blind draft, apart from the single replacement recorded in REPLACED.

Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations,
Latin and Cyrillic brand spellings, ё folded to е) and read one by one; each item was re-checked by
listing every in-stock title matching its stem that was not accepted.  The note of each item records
what was accepted, what was deliberately left out and any judgement that rests on outside knowledge.
An empty list means the store has nothing acceptable (the item is "missing" there).  The labels were
made without reading or running the tool under evaluation.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in
real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item has a
note, the labels are exactly the list's items in order (an item is the text between commas / new
lines) -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fvj01, fvj02, ...
in LISTS order; every list is in split "fresh".
"""
import json
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vj.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vj.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# list number -> (item of the blind draft, item that replaces it).  Nothing else differs from the draft.
REPLACED = {
    24: ("барбарис", "приправу для плова"),
}


def S(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    """Acceptable ids per store, in the store order labelled_lists expects."""
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


NONE = S()

# Shared literal id lists (used by two items each).
TOMATOES_MAGNIT = ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"]
TOMATOES_PEREKRESTOK = ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"]
TOMATOES_NOTE = ("fresh tomatoes of any variety (cherry, cocktail, plum, pink, on the vine, Бакинские, Дагестан, "
                 "Медовые черри); Магнит «Томаты маринованные», «Томаты соленые» and «Ассорти Черри и Корнишоны», "
                 "juices, ketchups, pastes, tomatoes in tomato juice and tomato-flavoured snacks excluded; the weight "
                 "is the amount wanted, not a pack size; Пятёрочка and Дикси have no fresh tomatoes")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvj01 plov
    ("рис девзира 5 кг, морковку желтую, лук мешок, зира для плова пакетик", [
        ("рис девзира 5 кг", NONE,
         "devzira rice in a 5 kg bag: the size names the pack of a packaged good (as «сахар 1кг» in set g); the only "
         "devzira, Пятёрочка Увелка «Рис Девзира с зирой» 0,405 кг, is excluded for size; other plov, round, "
         "basmati and jasmine rices are excluded (variety written)"),
        ("морковку желтую", NONE,
         "yellow carrots (the plov variety); Магнит «Морковь мытая, 1 уп. (1 кг)» and Перекрёсток «Морковь мытая» "
         "are taken as ordinary orange carrots (outside knowledge: titles without a colour are orange carrots); "
         "Korean-style carrot salads, carrot juices/nectars and baby purees excluded"),
        ("лук мешок", S(magnit=["168731", "168741", "168721"],
                        perekrestok=["79135", "79012", "3368252", "3623836", "4272905"]),
         "fresh bulb onions of any colour: Магнит «Лук Светофор» (3 bulbs), «Лук Ялтинский, в сетке», «Лук репчатый, "
         "красный»; Перекрёсток «Лук репчатый белый/красный», «Лук Ялтинский» (loose and 350 г) and «Лук салатный» "
         "(taken as a mild bulb onion, judgement); «мешок» is the amount wanted, not a filter; shallots (Перекрёсток "
         "«Лук Шалот»), green onions, herb sets, FEDERICI «Луковки» in a jar and onion-flavoured snacks excluded"),
        ("зира для плова пакетик", NONE,
         "cumin (zira); no store sells it; plov seasoning mixes (Восточный гость, Kamis «к плову», MAGGI «Смесь для "
         "плова») and Увелка «Рис Девзира с зирой» are other products"),
    ]),
    # fvj02 lamb and chickpeas
    ("баранину на кости кг 2\nкурдюк\nчеснока 3 головки\nнута пачку", [
        ("баранину на кости кг 2", NONE,
         "lamb/mutton on the bone; no store offers lamb (ягнёнок appears only in cat and dog food); beef and pork cuts "
         "excluded; «кг 2» is the amount wanted"),
        ("курдюк", NONE,
         "fat-tail mutton fat; none offered; pork сало/шпик (Перекрёсток «Сало Белорусское», «Сало Русское», "
         "Пятёрочка «Сало домашнее») is a different product and excluded"),
        ("чеснока 3 головки", S(perekrestok=["17662"]),
         "fresh garlic: Перекрёсток «Чеснок, 3шт»; Перекрёсток «Чеснок белый ФЭГ солёный» (pickled), Магнит "
         "Восточный гость dried granulated garlic, garlic-flavoured croutons, sauces and salo excluded"),
        ("нута пачку", NONE,
         "dry chickpeas; none offered; hummus (Пятёрочка SAB. «ХУМУС», «Хумус с кедровыми орешками»), Перекрёсток "
         "Bizim Tarla «Горох зелёный» (green peas), beans and pea soups excluded"),
    ]),
    # fvj03 oil, salt, sugar in bulk
    ("масло подсолнечное большую бутылку 5л самое дешевое, соли пачки две, сахарку 5 кг", [
        ("масло подсолнечное большую бутылку 5л самое дешевое", NONE,
         "sunflower oil in a 5 l bottle (the written size names the bottle); the biggest bottle offered is Пятёрочка "
         "ОЛЕЙНА 2 л, the others are 1 l / 0,79 l (Магнит БЛАГО, MR.RICCO, СЛОБОДА; Пятёрочка ALMADOR flavoured) -- all "
         "excluded for size; «самое дешевое» is a wish, not a filter"),
        ("соли пачки две", S(magnit=["a48e91c3fa"]),
         "edible salt: Магнит MAREMAN «Соль морская средняя 1кг» accepted (sea salt sold as table salt, judgement); "
         "Kotanyi «Чеснок-травы-соль» seasoning, salted products and cleaners («АНТИСОЛЬ») excluded; «пачки две» is a "
         "quantity"),
        ("сахарку 5 кг", NONE,
         "white granulated sugar in a 5 kg bag; none: Магнит «Сахар белый прессованный 1кг» (lump sugar) and Пятёрочка "
         "cane sugar «Демерара» 500 г are other products and small packs"),
    ]),
    # fvj04 tea table
    ("лепешки 3 шт, чай зеленый 95, рафинад к чаю пачку, халву подсолнечную", [
        ("лепешки 3 шт", NONE,
         "flatbread (non / lepyoshka); none offered; Пятёрочка Mission «Лепешки тортилья пшеничные» excluded as thin "
         "tortilla wraps, not bread (judgement); хлебцы, batons and sweet buns excluded"),
        ("чай зеленый 95", NONE,
         "Chinese green tea No. 95, the everyday tea of Uzbek households (outside knowledge); no store has it; "
         "flavoured green teas (TESS Lime, CURTIS mango/Hugo, Lipton Matcha, ASSAND jasmine, Richard мелисса/мята), "
         "oolongs and iced tea drinks excluded"),
        ("рафинад к чаю пачку", S(magnit=["07d5c3205d"]),
         "lump sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг» (pressed sugar cubes = рафинад, outside "
         "knowledge); cane sugar Демерара and candied fruit excluded"),
        ("халву подсолнечную", S(pyaterochka=["3937598"]),
         "sunflower halva: Пятёрочка «ХАЛВА Тимоша подсолнечная воздушная»; Магнит ДРУЖБА «Халва с арахисом» "
         "(peanut halva) and wafers «с халвой» excluded"),
    ]),
    # fvj05 lagman
    ("говядина халяль, помидоры на лагман 1.5 кг, болгарского перца штук 5, лапшу для лагмана, редьку зеленую", [
        ("говядина халяль", NONE,
         "halal beef; no beef offer is labelled halal (the halal offers are Пятёрочка ХАЛАЛМИЛК «ТАН» drink and "
         "«Колбаса ДОК.ОСОБ.ХАЛЯЛЬ», Перекрёсток An-noor halal chicken); non-halal beef (Магнит «Лопаточная часть "
         "говядины», Пятёрочка Мираторг «Мякоть бедра», «говядина шейная часть», steaks) excluded"),
        ("помидоры на лагман 1.5 кг", S(magnit=TOMATOES_MAGNIT, perekrestok=TOMATOES_PEREKRESTOK), TOMATOES_NOTE),
        ("болгарского перца штук 5", S(magnit=["169191"], perekrestok=["2080290", "4228843", "6178", "6177"]),
         "fresh sweet (bell) peppers: Магнит «Перец болгарский, красный»; Перекрёсток «Перец красный/жёлтый сладкий», "
         "«Перец Рамиро сладкий» and «Перец в ассортименте, 2шт» (both taken as sweet peppers, judgement); canned "
         "grilled pepper, ajvar/lyutenitsa, paprika and peppercorns excluded; «штук 5» is the amount"),
        ("лапшу для лагмана", S(magnit=["b9fbce2e33"]),
         "lagman noodles: Магнит ШЕБЕКИНСКИЕ «Лагман-лапша»; udon, soba, funchoza, instant noodles and Italian "
         "pasta excluded"),
        ("редьку зеленую", NONE,
         "green (Margelan) radish; none: Магнит «Редька красная», Перекрёсток «Редис Дайкон» and red radishes are "
         "other roots"),
    ]),
    # fvj06 dairy the Uzbek way
    ("катык 1 бутылка, сузьмы баночку, йогурт несладкий белый, белый хлеб буханку", [
        ("катык 1 бутылка", NONE,
         "katyk (Uzbek fermented milk); none offered; Пятёрочка ХАЛАЛМИЛК «Напиток к/м ТАН» (salted tan drink), "
         "варенец, ряженка and yoghurts are other products (judgement)"),
        ("сузьмы баночку", NONE,
         "suzma (strained salted katyk); none offered; Greek yoghurts are excluded as a different product "
         "(judgement)"),
        ("йогурт несладкий белый", S(pyaterochka=["3503857", "3433156", "3954723", "3632187", "4035474", "3638992"],
                                    perekrestok=["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"]),
         "plain yoghurt with no flavour or filling: Перекрёсток Neo «греческий классический без сахара», Teos "
         "«Греческий 2%» 140/250 г, Простоквашино «Греческий 2%» 135/235 г, Зелёная Линия «греческий натуральный 4%»; "
         "Пятёрочка DANONE/ДАНОН «Йогурт 3,3%» 110/350 г, Bio-Max «Классический» 2,7%, EPICA «Йогурт пит.2,9%», "
         "Активиа 2,4% 260 г and Сарафаново «Йогурт термостат.дет.1,5%» -- all taken as unsweetened because no "
         "flavour is named (judgement; sugar content is not in the titles); every flavoured yoghurt (fruit, "
         "Даниссимо, Чудо, Epica Crispy, Viola «Малина-Мята»), curd products and kefir drinks excluded"),
        ("белый хлеб буханку", NONE,
         "a white wheat loaf (буханка); none: Перекрёсток «Батон Нарезной» and Пятёрочка «Батон Звездный» excluded (a "
         "baton, not a буханка -- the form was written), Пятёрочка «Хлеб Даниловский» and «Хлеб Ржано-пшеничный, "
         "Даниловский» (rye-wheat), «Хлеб Марьин, заварной» (taken as a rye custard bread, judgement), "
         "«Хлеб зерновой, Ржаной Край», tortillas, buns and хлебцы excluded"),
    ]),
    # fvj07 breakfast staples
    ("яичек два десятка\nмолока 3.2% литр\nбатон один к чаю\nсливочного масла 82% пачку", [
        ("яичек два десятка", S(pyaterochka=["3446505", "3341462", "3620510"],
                                perekrestok=["3062835", "3446505", "3341462", "3062836", "44323", "4068694", "3634491",
                                             "3662512"]),
         "hen eggs in packs of 10 or 20 (two tens; any class, СО/С1/отборные, incl. Зелёная Линия «с селеном и "
         "йодом»); Перекрёсток Волжанин 6-pack, quail eggs and mayonnaise/salads with egg excluded"),
        ("молока 3.2% литр", S(pyaterochka=["3507208", "3694630", "3645807"], dixy=["809c0dd88b"],
                               perekrestok=["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064",
                                            "89a1c1419e", "949b3dd46f", "eaf7de5f17", "e458dc5e25", "e2d5d93f2a",
                                            "b4411ba8d4", "35ac60eec2", "885d917850", "488d323508", "ecc07a0e68",
                                            "01f728b210", "f50aeac1bb", "3645807", "4244242", "3431579", "b508e73840",
                                            "47a9cd6be2"]),
         "cow drinking milk labelled exactly 3.2% in the usual litre pack (900 ml - 1 l / 1 kg), pasteurised, UHT or "
         "sterilised, children's milk included (Агуша «от 3л», Сарафаново детское, Маша и Медведь); «литр» read as "
         "the pack (judgement), so Перекрёсток Простоквашино 1.4 л, Село Зелёное 1.947 л, Можайское 450 мл and "
         "Пятёрочка Село зеленое 2 л are excluded; топлёное (Простоквашино, Домик в деревне), ranges (3.2-4, 3.2-6, "
         "3.4-6 ...), 3.5/3.7% and other fats, goat milk, flavoured milk excluded"),
        ("батон один к чаю", S(pyaterochka=["3985404"], perekrestok=["3974714"]),
         "white bread baton: Пятёрочка «Батон \"Звездный\" нар, Хлебный Дом», Перекрёсток «Батон Нарезной нарезка "
         "Маркет»; chocolate/cereal «батончики» and bread of other shapes excluded"),
        ("сливочного масла 82% пачку", S(pyaterochka=["4063188", "3612680", "3963777", "3948153", "3953367"],
                                         magnit=["199211"], dixy=["3620233da6"]),
         "butter 82% (82,5% counts): Дикси and Магнит Простоквашино 82%, Пятёрочка «СЛАДКО-СЛИВОЧНОЕ ТРАДИЦИОННОЕ» "
         "82,5%, ВКУСНОТЕЕВО 82,5%, Президент «кислосливочное» 82%, «Традиционное» 82,5% 175 г, ТЫСЯЧА ОЗЁР 82,5%; "
         "Брест-Литовск 72,5%, ЭКОМИЛК chocolate butter 62%, margarine and «Топленая смесь» excluded"),
    ]),
    # fvj08 baking lepyoshka at home
    ("муки высший сорт 10 кг, дрожжи сухие 2 пачки, маргарин на лепешки, кунжут на лепешки посыпать", [
        ("муки высший сорт 10 кг", NONE,
         "top-grade wheat flour in a 10 kg bag (the size names the pack); the largest packs offered are 2 kg "
         "(Перекрёсток Makfa, Пышечка; Пятёрочка Рязаночка «ЭКСТРА») -- excluded for size; rye, wholegrain, rice and "
         "durum-semolina flour would be excluded anyway"),
        ("дрожжи сухие 2 пачки", S(perekrestok=["17366"]),
         "dry yeast: Перекрёсток «Дрожжи сухие Саф-Момент»; Пятёрочка frozen «ТЕСТО ДРОЖЖЕВОЕ» and puff pastry "
         "excluded"),
        ("маргарин на лепешки", S(pyaterochka=["3977160"]),
         "margarine: Пятёрочка «Маргарин для выпечки Пышка» 72%; butter, spreads and «Топленая смесь» excluded; "
         "«на лепешки» is a purpose"),
        ("кунжут на лепешки посыпать", S(magnit=["c1996d45f5"]),
         "sesame seeds: Магнит ВОСТОЧНЫЙ ГОСТЬ «Семена кунжута»; bun «Чиполлино» с кунжутом, crackers and cashew "
         "dragee with sesame excluded"),
    ]),
    # fvj09 soup
    ("курица целая тушка 1 шт, картошки 5 кг сетку, капусты белой один кочан, морковки 2 кило на суп", [
        ("курица целая тушка 1 шт", S(dixy=["4cc1fb4741"], perekrestok=["3153446", "4068157", "4312266", "4214722", "4252168"]),
         "whole raw chicken: Дикси «Цыпленок-бройлер охлажденный, 1 кг» (taken as a whole bird, judgement), "
         "Перекрёсток «Тушка цыплёнка 1 сорт», An-noor «Халяль», Петелинка, Зелёная Линия «на зерновом откорме» and "
         "Зелёная Линия «Цыплёнок корнишон» (a small whole chicken); chicken parts, duckling, squid «тушка», canned chicken and ready meals excluded"),
        ("картошки 5 кг сетку", S(dixy=["72aaa021b7"], magnit=["168701", "107511", "168671", "109571", "199751"],
                                  perekrestok=["3646068", "2099571"]),
         "fresh potatoes of any kind and pack (молодой, новый урожай, для варки/жарки, красный, мытый); «5 кг сетку» "
         "is the amount wanted; chips, crisps, starch, purees, ready dishes and herring «к картошке» excluded"),
        ("капусты белой один кочан", S(dixy=["4738b3129c"]),
         "white cabbage: Дикси «Капуста белокочанная ранняя»; Перекрёсток «Капуста китайская», sauerkraut, "
         "cauliflower/broccoli, Korean salads and seaweed excluded"),
        ("морковки 2 кило на суп", S(magnit=["199761"], perekrestok=["52112"]),
         "fresh carrots: Магнит «Морковь мытая, 1 уп. (1 кг)», Перекрёсток «Морковь мытая»; Korean carrot, juices, "
         "nectars and purees excluded; the weight is the amount"),
    ]),
    # fvj10 cheap pantry
    ("гречи две пачки, макарон пару пачек подешевле, тушенки говяжьей банки 3", [
        ("гречи две пачки", S(magnit=["203081"]),
         "buckwheat groats: Магнит «Крупа Гречневая Prosto»; Пятёрочка PROSTO «Рис и греча» (mix), buckwheat flakes, "
         "porridges, soba noodles, «Гречка с грибами» kit and canned buckwheat with meat excluded"),
        ("макарон пару пачек подешевле", S(
            pyaterochka=["18497", "18460", "18453", "18463", "3438663", "3438670", "3438666", "3687625", "4075778",
                         "4075782", "4008044", "4072891", "4072894", "4077766", "4077767", "4077771", "4008046",
                         "4008047", "4008045", "4037645", "4037644", "4037652", "4037654", "4037666", "94424"],
            magnit=["214631", "167851", "199251"]),
         "dry pasta of any shape and brand (вермишель, перья, спагетти, спиральки, бантики, ракушки, рожки, "
         "фарфалле, капеллини, egg vermicelli/«звездочки для супчика», 5x80 г portions); udon, soba, funchoza, "
         "lagman noodles, instant noodles, lasagne ready meal, carbonara kits and Перекрёсток Macaronika cakes "
         "excluded; «подешевле» is a wish"),
        ("тушенки говяжьей банки 3", S(pyaterochka=["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
                                       magnit=["111741"]),
         "canned stewed beef (говядина тушёная of any grade/brand); stewed pork, venison, buckwheat with beef, "
         "chicken in own juice and pet food «с говядиной» excluded"),
    ]),
    # fvj11 laundry and paper
    ("порошок tide автомат 6 кг, fairy большую бутылку, бумагу туалетную 12 рулонов упаковку", [
        ("порошок tide автомат 6 кг", NONE,
         "Tide automatic washing powder in a 6 kg pack (the size names the pack); Магнит Tide powders are 0,4, 2,4, "
         "2,5 and 4 kg -- excluded for size; Tide liquids and capsules (Магнит, Пятёрочка) and other brands (Ariel, "
         "Persil, Bimax 6 kg) excluded"),
        ("fairy большую бутылку", S(pyaterochka=["3501028", "3501026"]),
         "Fairy washing-up liquid in the big 900 ml bottle (Пятёрочка «НЕЖ.РУКИ РОМАШ/ВИТ.» and «СОЧНЫЙ ЛИМОН» 900 мл); "
         "the 430/450 ml Fairy bottles (Магнит Platinum, Пятёрочка) are not the big bottle; other brands excluded"),
        ("бумагу туалетную 12 рулонов упаковку", S(pyaterochka=["3450513", "3326206"], magnit=["204551"]),
         "toilet paper in packs of 12 rolls (Zewa Plus, Familia Plus); 4- and 8-roll packs and wet toilet paper "
         "excluded"),
    ]),
    # fvj12 baby
    ("pampers 5, влажные детские салфетки большую пачку, пюре фруктовое детское", [
        ("pampers 5", S(pyaterochka=["4061716", "3680543", "3680533", "3447849"], magnit=["879b28650c"]),
         "Pampers size 5 diapers or pants (Active Baby-Dry 5 Junior, Pants 5, Premium Care Pants 5); Пятёрочка "
         "«Трусики-подгузники Pampers, Junior, 48 шт» taken as size 5 (Pampers Junior = 5, outside knowledge); Pampers "
         "3 Midi, 4, 6/Extra Large and Huggies/Kokoro diapers excluded (brand written in Latin)"),
        ("влажные детские салфетки большую пачку", NONE,
         "a big pack of baby wet wipes; the only children's wipes, Перекрёсток Kokoro «для новорожденных» 20 шт, are "
         "a small pack; antibacterial, antiseptic, cosmetic and universal wipes (Tolli, SALFETI, Home Story, Пр!ст) "
         "are not for children"),
        ("пюре фруктовое детское", S(pyaterochka=["3674654", "3674646", "3674637", "3406317", "3406318", "3638365",
                                                  "3638366", "3638364", "3606462", "3606438", "3606461", "4003446",
                                                  "4003451", "2094220"]),
         "children's fruit-only purees: Gerber груша/манго/яблоко, Heinz яблочко/грушка, Агуша груша/яблоко/"
         "яблоко-персик, Растишка груша-яблоко and «Фруктовый смусси», Сады Придонья яблочное, and Пятёрочка «ДП Пюре "
         "фр» 90 г pouches (taken as children's purees, judgement); fruit-vegetable, fruit-cereal, with biscuit, "
         "cottage cheese or cream, vegetable and meat purees, fruit pieces and kissel excluded"),
    ]),
    # fvj13 dried fruit and nuts
    ("изюма темного 500 г, кураги пол кило, грецкий орех, меду баночку", [
        ("изюма темного 500 г", NONE,
         "dark raisins; no raisins are sold (only mixes of nuts and raisins, excluded)"),
        ("кураги пол кило", NONE,
         "dried apricots; none offered; Пятёрочка Велле «Курага» oat product and candies «Абрикос в шоколаде» "
         "excluded"),
        ("грецкий орех", S(pyaterochka=["3982582", "3915361"], magnit=["200261"]),
         "walnuts in shell or kernels: Магнит «Орех грецкий, неочищенный», Пятёрочка Mix Bar «Грецкий орех», "
         "BOTANICA «Ядро ореха грецкого»; walnut jam, nut mixes, chocolates and churchkhela excluded"),
        ("меду баночку", S(pyaterochka=["3645749", "3645764"], magnit=["d32ff23653"]),
         "natural honey in jars (МЕДОВЫЙ ДОМ разнотравье, липа, южный цветок); chak-chak, honey-flavoured sweets "
         "and drinks excluded"),
    ]),
    # fvj14 samsa
    ("фарша говяжьего кило, тесто слоеное, черного перца молотого 2 пакетика", [
        ("фарша говяжьего кило", S(pyaterochka=["3398465", "4065830", "3447375"]),
         "beef mince (Рестория «Говяжий», Останкино «ФАРШ ГОВЯЖИЙ», Мираторг «Фарш говяжий»); pork, pork-beef "
         "(Мираторг «свино-говяжий»), «Домашний», «Деревенский», «Премиум» (meat not stated as beef), turkey "
         "mince excluded; «кило» is the amount"),
        ("тесто слоеное", S(magnit=["204691"]),
         "puff pastry: Магнит «Тесто слоеное Цезарь, бездрожжевое»; Пятёрочка МОРОЗКО «Тесто ФИЛО» (filo) and "
         "frozen yeast dough excluded; Наполеон cakes/layers excluded"),
        ("черного перца молотого 2 пакетика", S(magnit=["82dc754b2f"]),
         "ground black pepper: Магнит ВОСТОЧНЫЙ ГОСТЬ «Перец черный, молотый»; Пятёрочка KOTANYI «Мельница перец "
         "черный» (whole peppercorns in a mill) and pepper mixes excluded"),
    ]),
    # fvj15 lunch on the building site
    ("доширака 5 штук, энергетиков 2 банки, воды 5л бутыль, сосисок пачку одну", [
        ("доширака 5 штук", NONE,
         "Доширак instant noodles; the brand is not sold; Магнит РОЛЛТОН and Пятёрочка unbranded «Изделия макаронные "
         "быстрого приготовления» are other brands (brand written, as in set zh)"),
        ("энергетиков 2 банки", S(
            pyaterochka=["4026292", "4026290", "4026289", "3660119", "3660132", "3679486", "3680076", "4068487",
                         "4026294", "4026295", "3439471", "4042795", "3931838", "3931839", "3931671", "4056230",
                         "4056232", "3931837", "3931836", "3931669", "3931670", "3635572", "4054838"],
            magnit=["368001f272", "f5881c5092", "111591", "205111", "160191"]),
         "energy drinks of any brand and flavour (Burn, Adrenaline, Black Monster, E-ON, Gorilla, Драйв Ми, 100кВт, "
         "GreenMe, «Тропикал Эдишн Большая Банка»); «2 банки» is a quantity; shampoos «Энергия Природы» excluded"),
        ("воды 5л бутыль", S(pyaterochka=["3608729", "3635131"], magnit=["e8574e2cda"], perekrestok=["3503711"]),
         "drinking water in a 5 l bottle: Перекрёсток «Малаховская №1» 5 л, Пятёрочка Honey kid Черноголовская 5 л and "
         "«Легенда Гор, Архыз, минеральная» 5 л (still table water), Магнит АКВАЛАЙН «для ляль» 5 л (children's "
         "drinking water, accepted as drinking water, judgement); all smaller bottles excluded (size names the bottle)"),
        ("сосисок пачку одну", S(
            pyaterochka=["26457", "3359555", "4045572", "3948226", "4025037", "3663361", "3311600", "3385843",
                         "3370433", "3486631", "3607043", "3018288", "3018289", "3642007"],
            magnit=["206081", "112421", "213611", "159871"], perekrestok=["4056912"]),
         "any сосиски (молочные, сливочные, баварские, венские, докторские, с сыром, из птицы, Ядрена Копоть); "
         "сардельки, купаты, sausages in dough (Хотстеры) and kolbasa excluded; halal was not written"),
    ]),
    # fvj16 mashkichiri / shavla
    ("маш 1 кг, рис круглозерный для шавли, сметану 15% баночку", [
        ("маш 1 кг", NONE, "mung beans; none offered"),
        ("рис круглозерный для шавли", S(pyaterochka=["3483037"], magnit=["106651", "106021", "106641", "199371"]),
         "round-grain rice: Магнит Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, круглый», "
         "Мистраль «Кубань» and Националь «Адриатика» (both taken as round-grain, outside knowledge), Пятёрочка "
         "МИСТР. «Рис для плова традиц.» (the same Мистраль product Магнит titles «круглый»); long-grain, basmati, "
         "jasmine, brown, devzira, mixes and rice of unstated grain (Националь/Global Village «для плова») excluded"),
        ("сметану 15% баночку", S(pyaterochka=["3665624"], magnit=["de14617e33", "199001"],
                                  perekrestok=["4272205", "4314536", "4262697", "3665624", "4335470", "4217907",
                                               "4121592", "4431124", "4095525"]),
         "sour cream exactly 15% (incl. lactose-free Parmalat and Простоквашино); 10/20/25/30% and sour-cream-flavoured "
         "snacks excluded; «баночку» is a quantity"),
    ]),
    # fvj17 herbs
    ("кинза пучка два, укроп 1 пучок свежий, лучок зеленый пару пучков, редиску пучок один", [
        ("кинза пучка два", NONE, "fresh coriander leaves; none offered"),
        ("укроп 1 пучок свежий", S(magnit=["109841"], perekrestok=["4295468"]),
         "fresh dill: Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh»; herb mixes "
         "(петрушка-укроп-лук), dried dill and herring «с укропом» excluded"),
        ("лучок зеленый пару пучков", S(perekrestok=["4295465"]),
         "green onions: Перекрёсток «Лук зеленый Маркет Fresh»; herb mixes and onion-flavoured snacks excluded"),
        ("редиску пучок один", S(perekrestok=["25180"]),
         "radishes: Перекрёсток «Редис красный»; daikon and Магнит «Редька красная» (black/red radish, a different "
         "root) excluded"),
    ]),
    # fvj18 fruit from the south
    ("арбуз 1 штуку, дыню торпеду одну, винограда кишмиш кило", [
        ("арбуз 1 штуку", S(perekrestok=["4071854"]),
         "watermelon: Перекрёсток «Арбуз Чёрный принц без косточек»; watermelon gum excluded"),
        ("дыню торпеду одну", NONE, "Torpedo melon; no melon is offered (only melon-flavoured drinks and yoghurts)"),
        ("винограда кишмиш кило", S(perekrestok=["48660", "57580", "48657"]),
         "seedless grapes: Перекрёсток «Виноград Киш-миш», «Киш-миш чёрный» and «Виноград белый без косточек» (seedless = "
         "kishmish); Тайфи (with seeds), Шайн Мускат (a named variety, seedlessness not stated) and Магнит «Виноград "
         "черный» excluded"),
    ]),
    # fvj19 household
    ("мыло хоз. 2 куска, шампуня бутылку, зубной пасты 2 тюбика, белизну для белья", [
        ("мыло хоз. 2 куска", NONE,
         "household (laundry) soap; none offered; toilet soaps (Camay, Safeguard, Fax) excluded"),
        ("шампуня бутылку", S(
            pyaterochka=["3420658", "3632673", "3632672", "3406278", "3659304", "3472122", "3688572", "4004176",
                         "4004174", "3506089", "3950554", "2102735", "3999803", "3658479", "3624618", "3624617",
                         "4092264", "3262020", "3679350", "3958227", "3013914", "2071819", "3352707", "3456559",
                         "3682464", "3307154", "3386405", "3653506", "3689257"],
            magnit=["28ba0518bf", "acec144b5f", "f68f4f964f", "7bc067da91", "5b1250b807", "23eca9864a", "8442fcc99f",
                    "1d4676bb70", "084b343248", "204511", "198881", "160241", "168271", "167951"],
            perekrestok=["4406843", "2092382", "4045740", "3065062"]),
         "any hair shampoo incl. 2-in-1/3-in-1 and men's; Пятёрочка SHAMTU dry shampoo, conditioners/balms alone, "
         "Dove gift set and shower gels excluded"),
        ("зубной пасты 2 тюбика", S(
            pyaterochka=["4009101", "3967359", "3967361", "2153182", "3359945", "3482562", "3152415", "3368036",
                         "3230372", "3691935", "3605411", "3605412", "3429353", "3642796", "3366711", "3480375"],
            magnit=["0b75d29d19"]),
         "any adult toothpaste (incl. Colgate Total gel, Sensodyne «Паста Total Care»); Магнит SPLAT JUNIOR (children "
         "6-11) excluded, toothbrushes and mouthwash excluded"),
        ("белизну для белья", NONE,
         "«Белизна» chlorine bleach for laundry; none: Магнит VANISH Oxi stain remover (oxygen bleach) and Domestos "
         "cleaners are other products"),
    ]),
    # fvj20 shurpa spices
    ("чечевицу красную, томат пасту банку, лаврушку, кориандр", [
        ("чечевицу красную", NONE, "red lentils; none offered"),
        ("томат пасту банку", S(pyaterochka=["3696785", "84652", "3486033", "31623"]),
         "tomato paste: МАХЕЕВЪ «Паста ДОМАШНЯЯ томат.», Помидорка 250 и 480 мл, Heinz «Паста Томатная»; ketchups, "
         "sauces and juices excluded; «банку» is a quantity"),
        ("лаврушку", NONE, "bay leaves; none offered"),
        ("кориандр", NONE,
         "coriander (seeds or ground, or the fresh herb); none offered; pork carbonade «с кориандр.» excluded"),
    ]),
    # fvj21 kazan-kabob
    ("бараньи ребрышки, картошку молодую кило 3, помидоров 2 кило на казан", [
        ("бараньи ребрышки", NONE, "lamb ribs; no lamb is offered; pork ribs/belly excluded"),
        ("картошку молодую кило 3", S(dixy=["72aaa021b7"], magnit=["168701"]),
         "young (new) potatoes: Дикси «Картофель молодой», Магнит «Картофель Новый урожай» (new crop, judgement); "
         "other potatoes not stated as young excluded"),
        ("помидоров 2 кило на казан", S(magnit=TOMATOES_MAGNIT, perekrestok=TOMATOES_PEREKRESTOK), TOMATOES_NOTE),
    ]),
    # fvj22 pelmeni
    ("пельмени халяль, провансаль майонез пачку, кетчуп томатный к пельменям", [
        ("пельмени халяль", NONE,
         "halal pelmeni; no pelmeni are labelled halal (Мираторг, Сибирская коллекция, Ложкаревъ, Цезарь, Eat Meat, "
         "Стародворье ... excluded), хинкали excluded"),
        ("провансаль майонез пачку", S(
            pyaterochka=["3982578", "3355228", "3355242", "3193489"], magnit=["204681"],
            perekrestok=["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954",
                         "4297313", "4105769"]),
         "mayonnaise sold as «Провансаль» (Ряба, Слобода, Скит, Махеевъ «с лимонным соком», Я люблю готовить "
         "«Классический»/«Московский Провансаль», «Провансаль оливковый»); Пятёрочка «Майонез Слобода, 67%, 800 мл» "
         "accepted because Перекрёсток titles the same id 3193489 «Провансаль» (judgement); «Оливковый», «Классический» "
         "Heinz, «на перепелином яйце», avocado, «домашний» 55% and mayonnaise sauces excluded"),
        ("кетчуп томатный к пельменям", S(
            pyaterochka=["4066625", "4066624", "3625404", "4044938", "3673189", "4086400", "3610602"],
            magnit=["213621", "203141"]),
         "tomato ketchup (titles «томатный», Астория «Томатный душистый/пряный», Heinz «Томатный», Кальве «с "
         "помидорами черри»); chili, shashlik, garlic and mustard ketchups and Cheetos «кетчуп» excluded"),
    ]),
    # fvj23 guests for tea
    ("чай черный ahmad 100 пакетиков, юбилейное печенье пачки 2 к чаю, конфеты подешевле, лимона 2 штуки к чаю", [
        ("чай черный ahmad 100 пакетиков", S(pyaterochka=["3620106"]),
         "Ahmad black tea, 100 bags: Пятёрочка «Чай Ahmad Tea, классический, черный, 100х2 г»; the 25-bag packs "
         "(Магнит, Пятёрочка), Ahmad thyme tea and loose «АНГЛИЙСКИЙ №1» 200 г excluded"),
        ("юбилейное печенье пачки 2 к чаю", S(
            pyaterochka=["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                         "3618783"],
            magnit=["723991a07f", "199331"], perekrestok=["4352220", "4371424", "4425157"]),
         "any Юбилейное biscuits (traditional, glazed, oat, lenten, wholegrain, berry, chocolate); Магнит «Мини-кексы "
         "Юбилейное», Останкино «Колбаса Юбилейная» and J.MEINL «Кофе ЮБИЛЕЙНЫЙ» excluded"),
        ("конфеты подешевле", S(
            pyaterochka=["3607960", "3670735", "78005190", "3600817", "3600818", "3962925", "3646902", "3487673", "3659498",
                         "3681522", "4089706", "3623031", "4082249", "3911925", "4066665", "2057820", "5232",
                         "3639113", "3467876", "4069805", "4069811", "3216220", "4024641", "3908226", "3941511",
                         "3984791", "3641772", "78002749", "3226024", "4092522", "3652385", "3468950", "3479755",
                         "3021419", "3992365", "3611868", "3181086", "78004755", "3661254", "1628", "3663459", "1671",
                         "3611870", "3021051", "78005072", "41398", "3683222", "3638690", "78001725", "4001937",
                         "4009608", "3639554", "4022824", "4002898", "3964564", "4012045", "3945247", "3964565",
                         "4009609", "3953485", "3607920", "3929116", "4012029", "78001576", "3613870", "4297371",
                         "78005698", "4026542", "4026541", "3639115", "3384697", "3642751", "3642752", "3650391",
                         "3453000", "3995478", "4063866", "3394294", "3348297", "3348298", "3677425", "3348296",
                         "3681424", "3619012", "3972935", "3606977"],
            magnit=["a0d163baa2", "205191", "204611", "167801", "167861", "eaa8d0a3bb", "104911", "203091", "160141",
                    "111721", "111571", "199221", "07df701043", "bdab73268a", "203131", "199301", "71fe6c7283",
                    "8e2cf179b5", "7c7c50799b", "17644f19d9", "159811", "205171", "112271", "111561", "91188900ff",
                    "109281"],
            perekrestok=["27798", "4373844", "18162", "4305316", "22245"]),
         "any sweets sold as конфеты -- boxed and loose chocolates, glazed, jelly, souffle, praline, truffle, "
         "chewy candies (Fruit-tella, Mamba), toffee (ирис Meller, Золотой ключик, Шарлиз, Werther's) and loose hard "
         "candies («Карамель ЛЕДЕНЦЫ МИНИ»), mini bars sold as «Конфеты Twix Минис», new-year candy sets; lollipops "
         "(Chupa Chups, «на палочке», figurines, candy canes), breath mints and cough drops (HALLS, Mentos, SULA), "
         "dragee (Skittles, M&M's, «Драже молочное», Шарлиз драже), marshmallows, single candy bars titled "
         "«конфета» (NUTS, Nesquik, Отломи), Kinder Joy, chocolate tablets, churchkhela, gum and a mixed gift set with "
         "cookies excluded (judgement on what a shopper means by «конфеты»); «подешевле» is a wish"),
        ("лимона 2 штуки к чаю", NONE, "fresh lemons; none offered (only lemon-flavoured goods)"),
    ]),
    # fvj24 plov, the proper way (one item replaced, see REPLACED)
    ("масло хлопковое, приправу для плова, нут 2 пачки, красного молотого перца", [
        ("масло хлопковое", NONE,
         "cottonseed oil; none offered; sunflower, corn, olive and grape-seed oils are other oils"),
        ("приправу для плова", S(magnit=["9d8d6214b6", "112431", "e58b0e3be4"]),
         "REPLACEMENT of the blind item «барбарис» (every item of this list was missing everywhere): plov seasoning -- "
         "Магнит ВОСТОЧНЫЙ ГОСТЬ «Приправа для плова», Kamis «к плову», MAGGI «Смесь для плова с курицей» (a seasoning "
         "mix, judgement); Пятёрочка plov rices and the ready «Плов с говядиной» excluded"),
        ("нут 2 пачки", NONE, "dry chickpeas; none offered (see fvj02)"),
        ("красного молотого перца", NONE,
         "ground red (hot) pepper; none offered; Магнит «Паприка красная молотая» and KOTANYI «Паприка копченая» "
         "excluded -- paprika is sold as a different, sweet spice (judgement)"),
    ]),
    # fvj25 kitchen
    ("средство посуду мыть подешевле, поролоновые губки для посуды, мешки мусорные 60 л рулон", [
        ("средство посуду мыть подешевле", S(
            pyaterochka=["3678617", "3669211", "3669210", "3501028", "3501026", "3691740", "3503216", "3501031",
                         "3500750", "4057348", "4057350"],
            magnit=["168221", "159851"]),
         "washing-up liquid of any brand and size (AOS, Fairy, BIASEPT, Sorti); dishwasher tablets (Finish, Somat) "
         "excluded; «подешевле» is a wish"),
        ("поролоновые губки для посуды", NONE, "foam kitchen sponges; none offered"),
        ("мешки мусорные 60 л рулон", S(magnit=["e9bebc57c0"]),
         "60 l bin bags: Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт» (bin bags of this kind come on a roll, "
         "judgement); 35 l bags excluded (volume names the bag)"),
    ]),
]


def items_of(text):
    return [part.strip() for part in re.split(r"[,\n]", text) if part.strip()]


def check_blind():
    """Every list text must equal the blind draft, apart from the items in REPLACED."""
    blind = {}
    with open(BLIND, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("fvj"):
                rid, _, payload = line.rstrip("\n").partition("\t")
                blind[int(rid[3:])] = json.loads(payload)
    errors = []
    if sorted(blind) != list(range(1, len(LISTS) + 1)):
        errors.append("blind draft has lists %r, LISTS has %d" % (sorted(blind), len(LISTS)))
    for n, (text, _) in enumerate(LISTS, 1):
        want = blind.get(n)
        if want is None:
            continue
        if n in REPLACED:
            old, new = REPLACED[n]
            if old not in items_of(want) or new not in items_of(text):
                errors.append("fvj%02d: replacement %r -> %r not found" % (n, old, new))
            want = want.replace(old, new, 1)
        if text != want:
            errors.append("fvj%02d: text differs from the blind draft: %r vs %r" % (n, text, want))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fvj"))
