#!/usr/bin/env python3
"""Re-create fresh_basket_eval_sb.jsonl -- 25 shopping lists of a young man who types fast (cut words: «мол», «смет»,
«колб», «сыр рос», «хлеб чер», «яйц 10»; numbers glued to words: «молоко2л», «пиво4шт», «кола2л»; missing spaces and
letters: «кургрудка», «адреналинраш», «майонезпровансаль»), hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_sb.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_sb.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores; none were needed in this set).
labelled_lists.build then checks the data -- every id exists in real_offers.jsonl *for that store* and is in stock,
no id repeats within an item, every item has a note, the labels are exactly the list's items in order (an item is
the text between commas / new lines) -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are
fsb01, fsb02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_sb.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_sb.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores (none in this set)
REPLACED = []

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}

# Id sets used by two items of the set (same wording in different lists).
EGGS_10 = {
    "pyaterochka": ["3446505", "3620510"],
    "magnit": [],
    "dixy": [],
    "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
}
EGGS_10_NOTE = ("hen's eggs in packs of 10 of any class (С0/СО, С1, отборные, «Экстра», the Зелёная Линия «активита» eggs "
                "with selenium and iodine); packs of 6 (Волжанин) and 20 (Лето), quail eggs and salads with eggs excluded; "
                "Магнит and Дикси carry no eggs")
BREAST = {
    "pyaterochka": ["2160026", "2160069", "3963723"],
    "magnit": [],
    "dixy": [],
    "perekrestok": ["2160026", "3068079", "2160069", "3658841", "2173555", "4328961", "4306577"],
}
BREAST_NOTE = ("raw chilled chicken breast: «Грудка куриная» (Первая Свежесть, Петелинка) and breast fillets («Филе грудки "
               "куриное/цыплёнка», Пятёрочка «ПЕР.СВ.Филе с груд.», «Филе большое грудки цыпленка-бройлера»), plus Петелинка "
               "«Филе цыплёнка малое» (the inner breast fillet - outside knowledge); the grilled/baked Зелёная Линия "
               "«Филе куриной грудки гриль/запеченное» (cooked), turkey and duck breast, thighs, drumsticks, whole birds "
               "(Дикси «Цыпленок-бройлер»), canned chicken, купаты and nuggets excluded; Магнит has no raw chicken breast")
MILK_32 = {
    "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
    "magnit": [],
    "dixy": ["809c0dd88b"],
    "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e", "949b3dd46f",
                    "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a", "b4411ba8d4", "35ac60eec2",
                    "52d96fd806", "885d917850", "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb", "3645807",
                    "4244242", "3431579", "b508e73840", "47a9cd6be2"],
}
BATONS = {
    "pyaterochka": ["3985404"],
    "magnit": [],
    "dixy": [],
    "perekrestok": ["3974714"],
}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 weekday basics
    ("молоко2л,хлеб чер,яйц 10,кур грудка", [
        ("молоко2л", {
            "pyaterochka": ["3425329"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["79cefff589", "52d96fd806"],
        }, "drinking cow milk in a 2 l pack (the size names the pack): Село Зелёное 3,2% 2 л, Правильное Молоко 2 л and "
           "Село Зелёное 3.2% 1.947 л (the 2 kg bottle of the same brand - outside knowledge: 2 kg of milk = 1.947 l); all "
           "0.2-1.5 l packs (Простоквашино 1.4/1.5 л, Домик в деревне 1.4 л, the Дикси 900/970 ml cartons) excluded by "
           "the size; топлёное, козье, flavoured and condensed milk excluded; Магнит has no 2 l milk"),
        ("хлеб чер", {
            "pyaterochka": ["3480920", "3500217", "3372334"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«хлеб чёрный» = dark rye/rye-wheat bread: «Хлеб Ржано-пшеничный, Даниловский», Коломенское «Хлеб Даниловский» "
           "(a rye-wheat recipe - outside knowledge) and Хлебный дом «Хлеб Марьин, заварной» (a dark rye-wheat "
           "custard bread - outside knowledge); Ржаной Край «Хреб» and «Хлеб зерновой» (the brand word does not say the "
           "bread is rye, as in set d), batons, хлебцы, сухарики/гренки «ржано-пшеничные», «Мука ржаная» and Магнит "
           "«Колбаса Бородинская» excluded; Магнит, Дикси and Перекрёсток carry no dark bread"),
        ("яйц 10", EGGS_10, EGGS_10_NOTE),
        ("кур грудка", BREAST, BREAST_NOTE),
    ]),
    # L02 beer night
    ("пиво4шт светл,чипсы lays сметана и зелень к пиву,кириешки к пиву", [
        ("пиво4шт светл", {
            "pyaterochka": [],
            "magnit": ["7a049f38a7", "7f9482ca4a", "307d22d94c", "a982a99aeb", "30dda00a31", "22307d326d", "201971",
                       "167991", "204931", "168001", "111441", "111751", "160011", "108671", "108721", "104791", "159311",
                       "160021", "202121", "205571", "168011", "199071", "199081", "104801", "1f2ea4eaba"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light beer of any size («4шт» is a quantity): Amstel, Bud 66, Carlsberg (also Wild Unfiltered), "
           "Estrella Damm, Holsten, Krusovice, Lowenbrau, Staropramen, Kozel Rezany (titled «светлое» though sold as a "
           "cut beer), Балтика №7 1.35 л, Старый Мельник, Prazacka, HOLBA, Franziskaner Weissbier «св», ABBE BLONDE "
           "«Пивной нап Свет» (a beer-style drink, accepted as in real_basket_eval), and - by outside knowledge - "
           "Hoegaarden 4.9%, Kronenbourg 1664 Blanc (pale wheat beers) and Miller Genuine Draft (a pale lager) whose "
           "titles do not say «светлое»; dark beers (Zatecky Gus Cerny in Магнит and Пятёрочка, ABBE Brune), alcohol-free "
           "and flavoured beer drinks (Bud б/а, Балтика 0 grapefruit/raspberry/pomegranate, Горьковская IPA 0%, all "
           "Перекрёсток «Напиток пивной»/«Пиво безалкогольное») excluded"),
        ("чипсы lays сметана и зелень к пиву", {
            "pyaterochka": ["4035371"],
            "magnit": ["1000487857", "106341"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's potato chips in the flavour «сметана и зелень» of any pack (50/70/90 g); Lay's «сметана и лук» (Магнит 225 "
           "g, Пятёрочка 225 g and Stax 140 g - another flavour), Lay's «нежный сыр с зеленью», LAVA LAVA and other brands "
           "«сметана и зелень», crackers and croutons with that flavour excluded; «к пиву» is a purpose"),
        ("кириешки к пиву", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons, both pack sizes of «Сухарики холодец/бекон/ветчина» (40 g and 100 g); other croutons "
           "(Три корочки, Хрустим, ХрусTeam, Фишка, гренки) are other brands; «к пиву» is a purpose"),
    ]),
    # L03 sandwiches
    ("колб доктор,сыр рос,батон нарез,масло слив82 пачку", [
        ("колб доктор", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "Докторская boiled sausage of any maker, pack or weight (sliced Ремит 150 g and sold-by-weight Маркет Collection / "
           "Велком / Рублевский included); Царицыно «ДОК.ОСОБ.ХАЛЯЛЬ» accepted as a halal Докторская; «Сардельки "
           "Докторские», «Сосиски Докторские», Black Monster «The Doctor» and other boiled sausages (Молочная, Любительская, "
           "Филейная) excluded; Магнит and Дикси carry no Докторская"),
        ("сыр рос", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese: Брест-Литовск «российский 50%» and Зелёная Линия «Сыр Российский нарезка 50%»; other "
           "semi-hard cheeses (Голландский, Гауда, Белебеевский, Тысяча озер), processed cheese and «РОС.КОР.» (Российская "
           "Корона ready meals) excluded"),
        ("батон нарез", BATONS,
         "a нарезной baton: Хлебный Дом «Батон \"Звездный\"нар» and Маркет «Батон Нарезной нарезка»; rye bread, хлебцы and "
         "chocolate «батончики» excluded; Магнит and Дикси carry no batons"),
        ("масло слив82 пачку", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter 82-82,5% in any pack (175-400 g; «пачку» is a quantity): Простоквашино 82% (Магнит, Дикси), Вкуснотеево "
           "82,5%, Тысяча Озёр 82,5%, Президент «кислосливочное» 82%, unbranded «Традиционное» 82,5% 175 g and 380 g; "
           "Брест-Литовск 72,5%, Экомилк chocolate butter 62%, vegetable oils and spreads excluded; Перекрёсток has no butter"),
    ]),
    # L04 instant lunch
    ("доширак говяд 3шт,адреналинраш 2банки,сосиски молочн 2пачки", [
        ("доширак говяд 3шт", NONE,
         "no Доширак noodles in any chain; Пятёрочка's unbranded «Изделия макаронные быстрого приготовления. Лапша со вкусом "
         "говядины 90 г» and Магнит's Роллтон «Куриная по-домашнему» are other brands - a named brand that is absent is not "
         "replaced by another (convention of set vy), even though «доширак» is often used loosely for any instant noodles"),
        ("адреналинраш 2банки", {
            "pyaterochka": ["3931836"],
            "magnit": ["205111"],
            "dixy": [],
            "perekrestok": [],
        }, "the classic Adrenaline Rush energy drink (0.449 l cans; «2банки» is a quantity); a bare brand means the classic "
           "product (set d), so Adrenaline Rush «без сахара», «red energy», «Game Fuel», «Juicy», «Gold Black/White» and other "
           "energy drinks (Burn, Black Monster, Gorilla, Драйв Ми, E-ON, Торнадо) excluded"),
        ("сосиски молочн 2пачки", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«Молочные» frankfurters of any pack (Магнит 0.33/0.65 kg, Велком 480 g; «2пачки» is a quantity); Сливочные, "
           "Детям, Докторские, Баварские and other sausages, Вязанка «Молокуша» boiled sausage and «Колбаса Молочная» "
           "excluded"),
    ]),
    # L05 pelmeni
    ("пельм 2пачк подешевле,смет 20,кетчуп хайнц бутылку,майонезпровансаль", [
        ("пельм 2пачк подешевле", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                            "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "any frozen pelmeni (all meats, makers and packs, incl. Горячая штучка «Пельмени БУЛЬМЕНИ»); «2пачк» is a "
           "quantity and «подешевле» a wish; хинкали (Ложкаревъ), вареники, Calve sauce «д/…пельм.» excluded"),
        ("смет 20", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream 20% of any maker and pack, incl. Parmalat Comfort lactose-free 20% (lactose-free dairy is accepted as in "
           "the earlier sets); 10%, 15%, 25% and 30% sour cream, sauces and chips «со сметаной» excluded; Магнит has only 15%"),
        ("кетчуп хайнц бутылку", {
            "pyaterochka": ["3631091", "4086400"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz ketchup (brand + product word = every Heinz ketchup): «Томатный кетчуп Heinz 342г» and «HEINZ Кетчуп томат.с "
           "горч.»; «бутылку» is read as a quantity (one pack); Heinz sauces (кисло-сладкий, сладкий чили, сырный, Цезарь, "
           "Cherry, Salsa, терияки, брусничный), Heinz tomato paste, mayonnaise and corn, and other brands' ketchups excluded"),
        ("майонезпровансаль", {
            "pyaterochka": ["3695167", "3982578", "3355228", "3193489", "3355242"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954",
                            "4297313", "4105769", "3695167"],
        }, "mayonnaise of the Провансаль type, any brand and pack: Ряба, Слобода, Скит, Махеевъ «Провансаль с лимонным "
           "соком», «Я люблю готовить» / «Московский Провансаль» (also «оливковый» and «на перепелиных яйцах» variants that "
           "are still titled Провансаль); Пятёрочка «Майонез Слобода, 67%, 800 мл» (3193489) and Перекрёсток «Майонез Я "
           "люблю готовить на перепелиных яйцах 67%» (3695167) accepted because the other chain titles the same id "
           "«Провансаль»; mayonnaises not called Провансаль (Heinz Классический, Mr.Ricco, Слобода «Оливковый», Махеевъ «С "
           "перепелиным яйцом», «домашний 55%») and Махеевъ sauces excluded"),
    ]),
    # L06 gym week
    ("гречк 2пач,кургрудка 1кг\nогурцы пару кило,помидоров полкило", [
        ("гречк 2пач", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto 500 г» («2пач» is a quantity); PROSTO «Рис и греча» (a mix), "
           "buckwheat flakes (Увелка, Мистраль), soba noodles, ready buckwheat porridges and baby cereals excluded"),
        ("кургрудка 1кг", BREAST, BREAST_NOTE + "; «1кг» is the quantity wanted, not a pack size (as «куриное филе 1кг» in "
                                                "set g)"),
        ("огурцы пару кило", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers of any kind and pack («пару кило» is a quantity): Магнит короткоплодные/среднеплодные, "
           "Перекрёсток Ботаника, «Огурцы Хрустящие» and «Огурцы корнишоны, 300г» (both taken as fresh - outside knowledge, "
           "as in set vy); salted, pickled and marinated cucumbers, Магнит «Ассорти Черри и Корнишоны» (a mix with "
           "tomatoes), cucumber shampoos and cream cheese «с огурцами» excluded"),
        ("помидоров полкило", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind incl. cherry, cocktail, on the vine, plum, pink, Бакинские and orange cherry («полкило» "
           "is a quantity); Магнит «Томаты соленые» and «Томаты маринованные», «Ассорти Черри и Корнишоны» (a mix), "
           "tomato juice/paste/ketchup, dried tomatoes and everything «в томатном соусе» excluded"),
    ]),
    # L07 frozen evening
    ("пицца замороз,кола2л,морож пломбир", [
        ("пицца замороз", {
            "pyaterochka": ["3693580", "3607265"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pizza: Рестория «Пицца ассорти 350г» (category «Заморозка») and «Цезарь Пицца с ветчиной и грибами, 420г» "
           "(Цезарь is a frozen-food maker - outside knowledge, as in set d); Горячая штучка «Чебупицца» (a pizza-flavoured "
           "snack), mozzarella «для пиццы», TUC and croutons «пицца» excluded"),
        ("кола2л", {
            "pyaterochka": ["3684656", "4316013", "4213891"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1860", "4213891"],
        }, "cola in a 2 l bottle (the size names the pack), any brand: Coca-Cola 2л, Pepsi 2 л, Любимая Кола 2л, Черноголовка "
           "Кола 2л; other sizes (0.25-1.5 l), vanilla/cherry/orange/mango colas, sugar-free colas and other lemonades "
           "(Черноголовка Байкал/Дюшес/Тархун 2 л, 7UP, Mirinda) excluded; Магнит has no 2 l cola"),
        ("морож пломбир", {
            "pyaterochka": ["4048085", "4009747", "3955155", "3693306"],
            "magnit": ["454d2f4e9d", "26315e53ae", "ce5f334607", "5e86759538"],
            "dixy": [],
            "perekrestok": ["4311103"],
        }, "plain (vanilla) пломбир ice cream in any form - cup, brick, flow-pack and the Молочный Знак «Эскимо пломбир с "
           "ванилью в шоколадной сливочной глазури» (a coating, not a flavour of the ice cream - judgement); flavoured "
           "plombir (Славино chocolate cup, Сарафаново крем-брюле cone, 48 копеек «с малиной», four-layer «Радуга», "
           "«КЛ.ВЕН. пломб. ван/шок»), ice creams not called пломбир (Магнат, Milka, MAXIDUO, Экzo, Радуга Чистая линия, "
           "страчателла), sorbets and «пломбир»-flavoured yoghurts/milk drinks excluded"),
    ]),
    # L08 dairy and bananas
    ("твор5%,банан кило,кефир1л", [
        ("твор5%", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese 5%: Молочный знак «Творог 5%» 180 g and Село Зелёное «Творог 5%» 500 g; Домик в деревне «мягкий "
           "5,5%» (another fat), 0.1/3/4/9% and обезжиренный, flavoured curds (САВ.ПР. «ЗЕРНО+СЛ. 5%» с черникой/клубникой, "
           "Данон «в йогурте» с наполнителем), творожные продукты, биотворог and сырники excluded"),
        ("банан кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas, loose, packed, organic and mini («кило» is a quantity); dried bananas, banana-flavoured goods and "
           "purees excluded; only Перекрёсток has bananas"),
        ("кефир1л", NONE,
         "no kefir in any chain (only Агуша «Ряженка … клубника» and кисломолочные напитки Имунеле/Актимель, which are "
         "other products)"),
    ]),
    # L09 bathroom
    ("гель д душа мужск,дезик акс подешевле,станки жилет,пена д бритья", [
        ("гель д душа мужск", {
            "pyaterochka": ["3440044", "3626165", "3380358", "3241074"],
            "magnit": ["1d4676bb70"],
            "dixy": [],
            "perekrestok": [],
        }, "men's shower gel, any brand and size: Palmolive «MEN СПОРТ» 750 ml and «Men 3 в 1 Арктический Ветер», Чистая Линия "
           "«Шамп-кондиц-гель/душа д/мужч 3в1», and - by outside knowledge - Nivea «ЗАРЯД ЧИСТОТЫ» (a Nivea Men line) and Fa "
           "«охлаждение экстрим» (Fa Men Xtreme Cool); women's/unisex gels (Fa Йогурт/Алоэ Вера, Nivea «увлажнение и "
           "забота», Le Petit Marseillais, Palmolive Натурэль, Dove, the unbranded «ВЕТИВЕР/ЦИТРУС/МОЛОКО И ДЫНЯ»), the Old "
           "Spice gift set (gel + deodorant), shampoos and shaving gels excluded"),
        ("дезик акс подешевле", {
            "pyaterochka": ["3959469"],
            "magnit": ["203001"],
            "dixy": [],
            "perekrestok": [],
        }, "Axe deodorant of any form: Магнит «Axe Excite, мужской, 150 мл» (spray) and Пятёрочка «AXE Дезодорант-карандаш "
           "АНАРХИЯ ДЛЯ МУЖЧИН» (stick); «подешевле» is a wish; Nivea, Rexona, Old Spice deodorants excluded"),
        ("станки жилет", {
            "pyaterochka": ["3456024"],
            "magnit": ["204267144c", "31edaab07b"],
            "dixy": [],
            "perekrestok": [],
        }, "Gillette razors: Blue II disposables (5 pcs), Mach3 razor with a cartridge, Fusion ProGlide Flexball razor with "
           "a cartridge; Gillette Venus/Simply Venus women's razors excluded (judgement: the women's line, not what «станки "
           "жилет» means in a man's list), Барьер cartridges (another brand, cartridges only) and Gillette shaving gel "
           "excluded"),
        ("пена д бритья", {
            "pyaterochka": [],
            "magnit": ["111611"],
            "dixy": [],
            "perekrestok": ["56529"],
        }, "shaving foam: Arko «с активированным углем» 200 ml and Arko Man Sensitive 200 ml; shaving gels (Gillette Mach 3 "
           "«Гель для бритья», Nivea Men gels in Пятёрочка) are another form and excluded"),
    ]),
    # L10 household
    ("туалетка8рул,фейри 1бут,пакеты мусор60л", [
        ("туалетка8рул", {
            "pyaterochka": ["3679801", "3449118", "4059050", "3900558"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 8 rolls (the count names the pack): PAP. White De Luxe, PAPIA 3-ply, Zewa Deluxe, "
           "Zewa Just 1; packs of 4 and 12 rolls (Zewa Just 1 4рул, Zewa Plus 12, Familia Plus 12, Магнит Zewa Plus 12), "
           "moist toilet paper, paper towels and napkins excluded"),
        ("фейри 1бут", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy washing-up liquid, any scent and bottle size (430-900 ml; «1бут» is a quantity); a bare brand means the "
           "classic product (set d), so dishwasher tablets (Finish, Somat), AOS, Sorti, BIASEPT and other brands excluded"),
        ("пакеты мусор60л", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags of 60 l (the volume names the product): BIG CITY LIFE «Пакеты д/мусора 60л 20шт»; МАГНИТ «Мешки для мусора "
           "35л» (another size), BIG CITY LIFE «Салфетки в рулоне … 60л» (wipes), food and sandwich bags excluded"),
    ]),
    # L11 макароны по-флотски
    ("фарш говяж полкило на макароны по флотски,макарош рожки,лук репч пару штук", [
        ("фарш говяж полкило на макароны по флотски", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef mince of any pack (Рестория, Останкино, Мираторг 400 g; «полкило» is a quantity and «на макароны по флотски» "
           "a purpose); mixed mince (Самсон and Мираторг «домашний» свино-говяжий, Ближние горки «Деревенский»), pork mince "
           "(Магнит), turkey and chicken mince excluded"),
        ("макарош рожки", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pasta in the shape «рожки» (the form written is required): «Макаронные изделия … Витой рожок, 450 г» (a twisted "
           "рожок); spaghetti, перья, спирали, ракушки, улитки, пружинка, фарфалле, vermicelli, instant noodles and ready "
           "pasta dishes excluded"),
        ("лук репч пару штук", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012"],
        }, "fresh bulb onions of any colour («пару штук» is a quantity): Магнит «Лук Светофор» (3 bulbs), «Лук Ялтинский» and "
           "«Лук репчатый, красный», Перекрёсток «Лук репчатый белый/красный» and «Лук Ялтинский» (a red bulb onion); "
           "shallots («Лук Шалот» - another kind), Перекрёсток «Лук салатный» (the title does not say it is a bulb onion), "
           "green onions, herb sets, FEDERICI pickled «Луковки» and onion-flavoured snacks excluded"),
    ]),
    # L12 zakuski
    ("шпроты к водке,хлеб бород\nводка0.5 подешевле,огурцы солен банку", [
        ("шпроты к водке", {
            "pyaterochka": ["3504456", "3469704", "3609788", "3475329", "3648434", "3468684"],
            "magnit": ["109251"],
            "dixy": [],
            "perekrestok": [],
        }, "canned шпроты in oil of any maker and tin (160-240 g, incl. «Шпроты из салаки» of Знак Качества, which are sold "
           "as шпроты); «к водке» is a purpose; килька in tomato, sardines, herring and fish pastes excluded"),
        ("хлеб бород", NONE,
         "no Бородинский bread in any chain; Магнит «Колбаса Бородинская», Мясной дом Бородина sausages, rye-wheat breads of "
         "other recipes (Даниловский, Марьин), ЩЕДРЫЕ «Хлебцы тонкие бородинские» (crispbread) and rye croutons are other "
         "products"),
        ("водка0.5 подешевле", {
            "pyaterochka": [],
            "magnit": ["2fc1277b9b", "202321", "204991", "167591", "111501", "199131", "160071", "202041", "108971",
                       "202051", "167671", "199141", "1ea5fbb268", "213221", "159761", "112211", "2e5457171a"],
            "dixy": [],
            "perekrestok": [],
        }, "plain vodka in 0.5 l bottles (the size names the pack; «подешевле» is a wish): Drink House, Shustoff, Tundra, Белая "
           "Березка, Беленькая, Белуга, Журавли, Крещенская, Мороша, Русский Стандарт, Столичная, Талка, Хаски, Хортиця "
           "«особая» and Перепелка «особая» (ordinary vodkas in the «особая» class); vodkas named after a flavouring "
           "(Зимняя Деревенька «можжевеловая», Зеленая Марка «Кедровая», Талка «Сибирский Кедр»), and all 0.25/0.375/0.45/"
           "0.7/1 l bottles excluded; only Магнит sells vodka"),
        ("огурцы солен банку", {
            "pyaterochka": ["4063896"],
            "magnit": ["f4d4a78066", "157851"],
            "dixy": [],
            "perekrestok": ["4404269"],
        }, "salted (солёные) cucumbers of any pack (Меленъ Муромские 900 g, «Огурцы соленые, Корнишоны» 500 g, Глобус "
           "«соленые огурчики СТАРОРУССКИЕ» 900 g, Маркет «солёные бочковые» 500 g); «банку» is read as a quantity; "
           "marinated cucumbers (Скатерть-самобранка «маринов.»), пикули, fresh cucumbers and salted tomatoes excluded "
           "(солёные and маринованные are different products)"),
    ]),
    # L13 coffee and sweets
    ("кофе якобс раствор получше,сахар1кг,печенье юбилейн,сгущ банку", [
        ("кофе якобс раствор получше", {
            "pyaterochka": ["3684932", "3626060", "3626048", "3636926", "3636923", "3372172", "3488345", "3444962"],
            "magnit": ["106161", "205121", "106231"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs instant coffee of any line and jar (Monarch, Monarch Intense, Gold, Crema, Velour, Millicano «растворимый с "
           "молотым»); «получше» is a wish; Jacobs beans and ground coffee (Monarch в зернах/молотый, Barista Editions Crema "
           "молотый) and other brands' instant coffee excluded"),
        ("сахар1кг", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "white sugar in a 1 kg pack: Магнит «РУССКИЙ Сахар белый прессованный 1кг» (pressed sugar - the user wrote no form, "
           "so any white sugar of that pack qualifies); cane «Демерара» 500 g, sugar-free drinks and «сахарная» goods "
           "excluded"),
        ("печенье юбилейн", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "Юбилейное cookies of every variety (brand + product word = every variant, as in sets g and vy): традиционное, "
           "молочное/витаминизированное с глазурью, ореховое, овсяное, постное, с цельнозерновыми злаками, клюква, черника, "
           "земляничное, со вкусом шоколада; Юбилейное mini-cakes, Останкино «Колбаса Юбилейная» and J.Meinl «Кофе "
           "ЮБИЛЕЙНЫЙ» excluded"),
        ("сгущ банку", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "plain condensed whole milk with sugar 8,5% (Алексеевское in tins and the 650 g doy-pack; «банку» is read as a "
           "quantity); boiled condensed milk (Рогачев «вареное», «Егорка»), and everything «со сгущенкой/сгущенкой» "
           "(вафли, конфеты, круассаны, пряники, трубочки) excluded"),
    ]),
    # L14 drinks and tea
    ("вода5л,сок ябл1л,чай липтон пакет,лимон пару шт", [
        ("вода5л", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "drinking water in a 5 l bottle (the size names the pack): Малаховская №1 5л, Легенда Гор Архыз «минеральная, "
           "5 л» (a table mineral water), and the children's drinking waters Honey kid Черноголовская 5 л and АКВАЛАЙН «Для "
           "ляль» 5л (children's products of the plain product are accepted, as with milk); all 0.33-1.5 l bottles excluded"),
        ("сок ябл1л", {
            "pyaterochka": ["3679183"],
            "magnit": ["ece47f47e1", "202971"],
            "dixy": [],
            "perekrestok": ["3190706", "80142", "26869"],
        }, "single-fruit apple juice in a litre pack (the size names the pack; the 0.95-0.97 l cartons J7 and Фруктовый сад "
           "are read as litre packs - judgement): Rich 1л, J7 0.97 л, Сады Придонья «зелёное яблоко для детского питания» 1л "
           "and «яблочный прямого отжима» 1л, Фруктовый сад «Сок ЯБЛ. осв.» 0.95 л; Rich 900 ml, 0.125-0.75 l and 1.93 l "
           "packs, mixed juices (яблоко-вишня, яблоко-персик, яблоко-виноград, морковно-яблочный, с сельдереем), nectars and "
           "Агуша «вода+сок» excluded"),
        ("чай липтон пакет", {
            "pyaterochka": ["3982372", "3424384", "4042419", "11200"],
            "magnit": ["206041"],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton tea in bags of any kind (brand + product word = every variant): Yellow Label, Earl Grey (Магнит 100 bags, "
           "Пятёрочка 100х2 г), «Баланс и спокойствие» with blackcurrant and mint, green «Magnificent Matcha» pyramids; "
           "Lipton bottled ice teas (Перекрёсток, Пятёрочка) and other brands excluded"),
        ("лимон пару шт", NONE,
         "no fresh lemons in any chain; lemon-flavoured goods (Rich Bitter «лимон», Lipton ice tea «лимон», HALLS, AOS «ЛИМОН», "
         "Bref «Лимон»), the juice blend with lemon and «Оливки … лимон» are other products"),
    ]),
    # L15 match night
    ("семки мартин 2пачки,арахис солен,жигули4шт", [
        ("семки мартин 2пачки", {
            "pyaterochka": ["3669122", "3403508", "3630849"],
            "magnit": ["1000229533"],
            "dixy": [],
            "perekrestok": [],
        }, "От Мартина sunflower seeds of any variety (Отборные, особые, «черн. обж. сол.», «с морской солью»); «семки» are "
           "sunflower seeds, so От Мартина pumpkin seeds and peanuts, and other brands (Бабкины, Богучарские, Молодежный, "
           "от Атамана) excluded; «2пачки» is a quantity"),
        ("арахис солен", {
            "pyaterochka": ["3954224"],
            "magnit": ["4a8764138e"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted salted peanuts: Восточный гость «Арахис жар соленый» and От Мартина «Арахис отборный обжаренный с солью»; "
           "flavoured peanuts (PARTY NUTS with black pepper, honey-mustard, sour cream, wasabi, sweet chili), Джаз «жареный» "
           "(not said to be salted), peanut halva, nougat and chocolate excluded"),
        ("жигули4шт", NONE,
         "no Жигули (Жигули Барное) beer in any chain; other beers are other brands"),
    ]),
    # L16 breakfast
    ("овсянк геркулес,мол3.2\nяблок кило,мед 1банку", [
        ("овсянк геркулес", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«геркулес» = traditional rolled oat flakes: Клинские «Хлопья овсяные \"Геркулес\"» and Увелка «Хлопья зерн. "
           "овсян. трад.» (traditional flakes, the Геркулес type - judgement); instant «без варки» porridges, porridges with "
           "fruit, oat bran, oat drinks/yoghurts and cookies excluded"),
        ("мол3.2", MILK_32,
         "drinking cow milk of exactly 3,2% in any pack, pasteurised, UHT or sterilised, incl. children's milk (Агуша «от "
         "3л», Сарафаново «детское») as in real_basket_eval; ranges (Романов луг «от 3,2% до 6%», Правильное Молоко "
         "3.2-4%, Из Вологды 3.2-4.5%), other fats, топлёное 3.2% (Простоквашино, Домик в деревне), condensed and "
         "flavoured milk excluded; Магнит has no 3,2% milk"),
        ("яблок кило", {
            "pyaterochka": ["4271772"],
            "magnit": ["200671", "168861"],
            "dixy": [],
            "perekrestok": ["3366336", "3691532", "47795"],
        }, "fresh apples of any variety («кило» is a quantity): Гренни Смит, красные, Гала, Медовый хруст, сезонные, Ред "
           "Делишес; juices, purees, dried apple chips, apple-flavoured goods and «Желе Яблоко» excluded"),
        ("мед 1банку", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "plain natural honey in a jar («1банку» is a quantity): Медовый Дом «Мёд нат цветочный разнотравье 250г» (Магнит), "
           "«Мёд натуральный цветочный … Восточная липа» and «… Южный цветок» 320 g (Пятёрочка; «320г*6шт.» is the case "
           "size, the price is per jar); Пятёрочка «Крем-мёд … с лимоном и имбирём» and «… с малиной» (flavoured cream "
           "honeys - plain products exclude flavoured ones), honey-flavoured cookies, cereals, sweets and snacks excluded "
           "(found only in the re-check: a first grep had excluded «медов» and so hidden the «МЕДОВЫЙ ДОМ» titles)"),
    ]),
    # L17 nuggets
    ("наггетсы 2пачки,фри заморож,соус барбекю к наггетсам", [
        ("наггетсы 2пачки", {
            "pyaterochka": ["3683201", "4057693"],
            "magnit": ["167971", "109401", "199041"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen nuggets of any maker (Вязанка, Золотой петушок, Мираторг, CHIKON, also Вязанка «наггетсы с индейкой» - "
           "the user wrote no meat); «2пачки» is a quantity; Горячая штучка «Круггетсы» (a differently named filled product), "
           "Мираторг «Хрумпилсы», breaded cutlets and the Гурмикс breading mix «для приготовления куриных наггетсов» excluded"),
        ("фри заморож", NONE,
         "no frozen French fries in any chain; fresh potatoes, potato chips and «картофель хрустящий» are other products"),
        ("соус барбекю к наггетсам", NONE,
         "no barbecue sauce in any chain; Heinz/Махеевъ sauces of other kinds (кисло-сладкий, сырный, терияки), ketchups, "
         "Бондюэль beans «в классическом Барбекю» and BBQ-flavoured snacks are other products"),
    ]),
    # L18 sandwiches again
    ("майонез махеев пачку,яйц десяток,колб сервелат,хлеб бел", [
        ("майонез махеев пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2047206", "4312243"],
        }, "Махеевъ mayonnaise of any kind (brand + product word = every variant): «Провансаль с лимонным соком» 400 ml and «С "
           "перепелиным яйцом» 655 ml; «пачку» is a quantity; Махеевъ ketchups, sauces (incl. «Соус ЦЕЗАРЬ майонезный»), "
           "jams and other brands' mayonnaise excluded"),
        ("яйц десяток", EGGS_10, EGGS_10_NOTE + "; «десяток» = packs of 10 only"),
        ("колб сервелат", {
            "pyaterochka": ["3696443", "3379266", "3440935", "4039999", "3660417", "3385833", "3671899", "3442569"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4390257", "4394293", "4283094", "4400591", "3654318", "4166796", "4064566", "4135604",
                            "4217621"],
        }, "сервелат of any variety, maker and pack, sliced or whole (Кремлевский, Финский, Российский, Зернистый, "
           "Швейцарский, Австрийский, Ореховый, Коньячный, Гурман, Мясорубский, Егорьевский «СЕРВЕЛ.ИМБИР.»); other "
           "cooked-smoked and dry sausages (Балыковая, Краковская, Московская, салями, Сальчичон) excluded; Магнит has no "
           "сервелат"),
        ("хлеб бел", BATONS,
         "white wheat bread: the only white loaves on sale are the batons Хлебный Дом «Батон \"Звездный\"нар» and Маркет «Батон "
         "Нарезной» (a baton is commonly what «хлеб белый» means - judgement); rye and rye-wheat breads, хлебцы, сдоба and "
         "tortillas excluded"),
    ]),
    # L19 pantry
    ("тунец 2банки,рис пачку,кукуруза консерв на салат", [
        ("тунец 2банки", {
            "pyaterochka": ["3373006", "3610561"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned tuna: Морской котик «Тунец филе в масле 170г» and Магуро «Филе Тунца, в оливковом масле» (tins; «2банки» "
           "is a quantity); tuna pâté (Магуро «Паштет ПАРУС из тунца»), Санта Бремор «Паста тунец/лосось», frozen tuna "
           "fillet, dried tuna snacks, tuna salads and cat food excluded"),
        ("рис пачку", {
            "pyaterochka": ["2167599", "3483037", "39747", "5722", "3413111", "3992161"],
            "magnit": ["7936bf2f6b", "199371", "106641", "448fba0b94", "106651", "106021"],
            "dixy": [],
            "perekrestok": [],
        }, "plain rice of any variety (round, long-grain, для плова incl. Global Village «Крупа рисовая … Рис для плова», "
           "Adriatica, basmati, jasmine, brown «ЭКСТРА БУРЫЙ» - the user wrote no variety); «пачку» is a quantity; rice mixes "
           "(Мистраль «АКВАТИКА MIX», PROSTO «Рис и греча»), Увелка «Рис Девзира с зирой» (seasoned with cumin), rice flour, "
           "flakes, drinks and noodles, rice porridges and ready meals with rice excluded"),
        ("кукуруза консерв на салат", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet corn kernels of any brand and tin (Bonduelle/Бондюэль, Globus, Heinz, 6 соток, Знак Заботы, Юнона, "
           "Пятёрочка «Молодая» and «молочная кукуруза»); «на салат» is a purpose; Маркет Collection «Кукуруза молодая в "
           "початках» (baby corn cobs, another product), corn sticks, flakes, starch, oil, popcorn and nachos excluded"),
    ]),
    # L20 vareniki and bathroom
    ("вареники картош,смет15%,пасту зубн колгейт,шампунь хедшолдерс", [
        ("вареники картош", {
            "pyaterochka": ["3464203", "3697765", "2125815"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen vareniki with potato: Цезарь «с карт/жар.луч.», Сытый папа «с картофелем-луком и грибами» and Ложкаревъ "
           "«Варен/карт и гриб.» (potato fillings with onion or mushrooms - accepted, potato is the main filling - "
           "judgement); pelmeni, хинкали, варенье and варенец excluded; only Пятёрочка sells vareniki"),
        ("смет15%", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream 15% of any maker and pack, incl. lactose-free Parmalat Comfort and Простоквашино «безлактозная» 15%; "
           "10%, 20%, 25% and 30% sour cream, sauces and snacks «со сметаной» excluded"),
        ("пасту зубн колгейт", {
            "pyaterochka": ["3605411", "3605412"],
            "magnit": ["0b75d29d19"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate toothpaste of any line: «Кальций-Ремин» 100 ml, «Total 12 Проф. Отбел.» and «Total12 Проф. чистка гель»; "
           "Colgate toothbrushes, Colgate Plax mouthwash, the Colgate-Palmolive shower gel and other brands' toothpaste "
           "excluded"),
        ("шампунь хедшолдерс", {
            "pyaterochka": ["3653506", "3689257"],
            "magnit": ["acec144b5f", "198881"],
            "dixy": [],
            "perekrestok": ["4406843"],
        }, "Head&Shoulders shampoo of any line, incl. 2-in-1 shampoo-conditioners (Основной уход 360/400/900 ml, «Ментол/Энергия "
           "Океана» mix, Supreme Укрепление); the Head&Shoulders conditioner «Бальзам-ополаскиватель» and other brands' "
           "anti-dandruff shampoos (Clear, Шаума) excluded"),
    ]),
    # L21 burgers at home
    ("бекон нарезк,сыр чеддер для бургеров\nбулки д бургеров,кетчуп к бургерам", [
        ("бекон нарезк", {
            "pyaterochka": ["3445554"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3445554"],
        }, "sliced bacon (the form «нарезк» is required): Дымов «Бекон Венгерский сырокопчёный» 200 g, titled «нарезка» in "
           "Перекрёсток (Пятёрочка sells the same id); bacon whose titles do not say sliced (Велком 200 g, Cortador 180 g, "
           "Маркет Collection «Бекон венгерский» 150 g, Пятёрочка «бекон» 150 g and 180 g) excluded - judgement, the form "
           "cannot be read from those titles; панчетта, грудинка and Кириешки «бекон» croutons excluded"),
        ("сыр чеддер для бургеров", {
            "pyaterochka": ["4047497", "3658573", "3914313"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4297132"],
        }, "Cheddar cheese of any pack, sliced or block (Hochland Grunlander «Чеддер» нарезка, «Чеддер красный» 240 g, La "
           "Paulina 200 g, «Чеддер» фасованный 120 g); «для бургеров» is a purpose; processed cheese slices and other "
           "cheeses excluded"),
        ("булки д бургеров", NONE,
         "no burger buns in any chain; «Бургер-соус» (Астория, Mr.Ricco), sweet buns (Плюшка, Чиполлино) and batons are other "
         "products"),
        ("кетчуп к бургерам", {
            "pyaterochka": ["4066625", "4066624", "3631091", "3383950", "3625404", "3610602", "4044938", "3941585",
                            "3673189", "3673190", "4086400"],
            "magnit": ["213621", "203141", "665b5b224d", "aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "any ketchup of any brand and variety (томатный, чили, шашлычный, с чесноком, с помидорами черри, с горчицей): Heinz, "
           "Махеевъ, Mr.Ricco, Слобода, Restoria, Астория, Кальве; «к бургерам» is a purpose; tomato paste, tomato sauces "
           "(Болоньезе, по-грузински), Heinz non-ketchup sauces and burger sauce excluded"),
    ]),
    # L22 sweet tooth
    ("ряженк,сырки глазир 3шт,йогурт питьев клубника,сникерс пару шт", [
        ("ряженк", NONE,
         "no plain ряженка in any chain; the only ряженка is Агуша «Ряженка … клубника» (a flavoured children's product; "
         "plain products exclude flavoured ones)"),
        ("сырки глазир 3шт", {
            "pyaterochka": ["3410456", "3601367", "3472523"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snacks without an added flavour (Б.Ю.Александров «глазированный, ванильный, в молочном шоколаде», «в "
           "белом шоколаде», «Сырок Суфле … глазированный»); «3шт» is a quantity; flavoured ones (Б.Ю.Александров «КАРТ.» "
           "and «с орехами фисташки»), the unglazed Свитлогорье «Сырок … творожный 120 г», РАЭ «Десерт твор. … в/рож» and "
           "sweets «Сгущенка» excluded"),
        ("йогурт питьев клубника", {
            "pyaterochka": ["3628399", "4066181"],
            "magnit": ["205071"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking yoghurt with strawberry flavour: Магнит «Йогурт Чудо, питьевой, клубника/земляника» 270 g, the same Чудо "
           "product in Пятёрочка («ЧУДО Йогурт вк.клуб/земл.2,4% 270г», not titled «питьевой» - accepted as the same 270 g "
           "bottle), and the children's «Йогурт питьевой … со вкус. Клубничного пломбира» (a strawberry flavour - "
           "judgement); mixed flavours (EPICA «с клуб/марак.», Чудо дыня/манго/персик, Активиа with apple/blueberry/melon), "
           "biojogurts whose titles do not say they are drinkable (Активиа 260 g, «Биойогурт … с клубникой 270г», Верховье), "
           "spoonable yoghurts, milkshakes and «Коктейль … Клубника в шоколаде» excluded"),
        ("сникерс пару шт", NONE,
         "the classic Snickers bar is not on sale; Магнит «SNICKERS Батончик белый» (Snickers White, a variant - a bare brand "
         "means the classic product, set d) and the Пятёрочка M&M's & Friends gift set with Snickers minis excluded"),
    ]),
    # L23 movie night
    ("шоколадк milka,кола зеро1.5,pringles", [
        ("шоколадк milka", {
            "pyaterochka": ["3689776", "3681277", "3680750", "3468709", "3468711", "3468708", "3900599", "3606533",
                            "3643945", "3468710", "3468707", "3483271", "3683712", "4024593", "4055040", "3907200",
                            "3981472"],
            "magnit": ["8f909bd3bf", "c91d6a24a7", "1000149245", "112361", "111691"],
            "dixy": [],
            "perekrestok": ["4353876", "4371496", "4353891"],
        }, "Milka chocolate bars of any variety and size (32-300 g: молочный, с фундуком/миндалем, с карамельной начинкой, "
           "Bubbles, Oreo, TUC, персик, «с белым в виде ёлочек»); Milka sweets, cookies, cakes, ice cream, the 3-bar gift set "
           "«МИЛКА Наб.под.шоколад 3х90г», the Milka set of cakes and cookies and the egg-shaped «Фигурный шоколад» (not a "
           "bar) excluded"),
        ("кола зеро1.5", {
            "pyaterochka": ["4306402"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4255568", "4274867"],
        }, "sugar-free cola in a 1.5 l bottle (the size names the pack; «зеро» read as zero sugar - Coca-Cola Zero itself is "
           "not on sale): Cool Cola Zero 1.5л, Добрый Cola без сахара 1.5л, Черноголовка Кола без сахара 1.5л; "
           "Coca-Cola б/сах 0,9л, Добрый Кола б/сах 0,5л, Pepsi Лайт 1л (other sizes), regular and flavoured colas "
           "excluded"),
        ("pringles", {
            "pyaterochka": ["3485986", "3231225", "3994660", "3994662"],
            "magnit": ["204411", "202981"],
            "dixy": [],
            "perekrestok": [],
        }, "Pringles crisps of any flavour (паприка, сыр, краб and the rice-based «Asian Collection» терияки/тикка масала, "
           "which are Pringles crisps in the tube - judgement); other chips excluded"),
    ]),
    # L24 laundry
    ("порошок стир автомат,кондер д белья,губки д посуды", [
        ("порошок стир автомат", {
            "pyaterochka": ["3149485", "2087255"],
            "magnit": ["262159b924", "168231", "111621", "105881", "105891", "198901", "105941", "167921"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for automatic machines (the form written is required; titles saying «автомат»/«авт.»): Ariel, "
           "Bimax Color, Persil, Tide (also Color, Детский and «д/чувств кожи»); powders whose titles do not say automatic "
           "(Лоск Колор, Персил Колор 1,5 кг, Tide Lenor Color, Пятёрочка Persil/Bimax/Биолан/BIOMIO) excluded - judgement; "
           "gels, liquids and capsules, cleaning powders (Пемолюкс) excluded"),
        ("кондер д белья", {
            "pyaterochka": ["3465388", "3669625", "3625268", "3625310", "3625267", "3627017", "3627015", "4025712"],
            "magnit": ["205131", "159881", "203041", "168241", "109371", "204441", "5f87c5ca15", "fe75ae637f",
                       "e9a603915f", "6571916326"],
            "dixy": [],
            "perekrestok": [],
        }, "fabric softener of any brand, scent and size (Lenor, Vernel incl. «Детский», «Е Сенситив»); hair conditioners and "
           "balms, washing powders «с Lenor/свежесть от Вернель» excluded"),
        ("губки д посуды", NONE,
         "no dish sponges in any chain; dish liquids and dishwasher tablets are other products"),
    ]),
    # L25 shashlik
    ("шашлык свин 2кг,лаваш 2шт,кетчуп шашлычн,уголь д мангала", [
        ("шашлык свин 2кг", NONE,
         "no pork shashlik (marinated pork pieces) in any chain; Магнит «Стейк из шеи свинины, в маринаде» and «Стейк из "
         "свинины, в маринаде «Алабама»» (steaks), raw pork neck (Магнит «Шейная часть свинины», Пятёрочка Рестория, Слово Мясника, "
         "Черкизово «Шейка п/ф») and smoked «Шейка из свинины к/в» are other products - judgement"),
        ("лаваш 2шт", NONE,
         "no lavash in any chain; Mission «Лепешки тортилья пшеничные» are tortillas, another product"),
        ("кетчуп шашлычн", {
            "pyaterochka": ["3673190"],
            "magnit": ["aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "shashlik ketchup: Слобода «Кетчуп Шашлычный» 320 g and Махеевъ «Кетчуп ШАШЛЫЧ.» 700 g; tomato, chili, garlic and "
           "other ketchups, and Тихвинский уезд «Соус шашлычный» 0,5 кг (a sauce, not a ketchup) excluded"),
        ("уголь д мангала", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4318495"],
        }, "barbecue charcoal: Пр!ст «Уголь древесный 2.5кг» (category «Всё для шашлыка»); activated-carbon goods (Arko foam "
           "«с активированным углем», toothpaste «Древесным углем») excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fsbNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fsb\d\d ===$", line):
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
                    errors.append("fsb%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fsb%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fsb"))
