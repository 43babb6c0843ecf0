#!/usr/bin/env python3
"""Re-create fresh_basket_eval_m.jsonl -- 25 shopping lists for the week ahead and for special needs, written blind
(before any offer was read; see fresh_basket_eval_m.blind_lists.txt) and hand-labelled against the real offers in
real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_m.build.py

LISTS below is literal data: 25 lists (2-5 items, 90 items) as people type or dictate them to a Telegram bot --
a family with a baby, a diet, lenten food, an allergic child, a cat and a dog, home baking, a hangover morning,
a picnic, voice-dictated lists (one item per line, no punctuation) and weekly staples -- and for every item the
product ids of every store that a reasonable shopper who wrote exactly that item would accept (in-stock offers
only).  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations,
Latin and Cyrillic brand spellings, e/yo, Latin look-alike letters) and read one by one, then every item was
re-checked by listing all in-stock titles matching its stem that were not accepted.  The note of each item
records what was accepted, what was deliberately left out and any judgement that rests on outside knowledge.
An empty list means the store has nothing acceptable (the item is "missing" there).  The labels were made
without reading korzina's matcher, its data files or the labels of any other set.

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly the
list's items in order (an item is the text between commas / new lines) -- and then writes the JSONL in the
format of real_basket_eval.jsonl.  List ids are fm01, fm02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_m.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 baby: puree, diapers, formula, wipes
    ("пюрешка фруто няня яблочная, памперсы четверка, смесь нан 1, салфетки влажные для малышей", [
        ("пюрешка фруто няня яблочная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ФрутоНяня puree of apple only: no such offer. ФрутоНяня mixes with apple (Пятёрочка «ябл/банан/груш с печ.», "
           "«яблок/малины со слив.»), ФрутоНяня «Кусочки фр. из ябл.» (dried pieces), meat/vegetable purees, "
           "Агуша/Gerber/Heinz apple purees (other brands) excluded"),
        ("памперсы четверка", {
            "pyaterochka": ["3983632", "3680541", "3447848"],
            "magnit": ["160221"],
            "dixy": [],
            "perekrestok": ["4295222", "4295219"],
        }, "«памперсы» read as the generic word for diapers (outside knowledge: genericised trademark), so any brand of "
           "size 4 is accepted, open diapers and pants: Huggies 4, Pampers Premium Care pants р4, Kokoro Maxi р.4 and "
           "pants р.4, and Пятёрочка «Трусики-подгузники Pampers, Maxi, 52 шт» (outside knowledge: Pampers Maxi = size 4). "
           "Sizes 2/3/5/6, Pampers Junior/Extra Large excluded"),
        ("смесь нан 1", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "NAN 1 infant formula: none in any store. Nestogen 3/4 «детское молочко» (other brand, other stage), "
           "seasoning/vegetable/salad «смесь» excluded"),
        ("салфетки влажные для малышей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697052"],
        }, "baby wet wipes: Перекрёсток Kokoro «для новорожденных». Antibacterial/antiseptic/cosmetic wipes (Home Story, "
           "Пр!ст, SALFETI), Пятёрочка Tolli Plus (not said to be for babies), paper napkins and Carefree panty liners "
           "excluded"),
    ]),
    # L2 baby: cereal, curd, juice
    ("кашка рисовая безмолочная для малыша, творожок агуша, сок яблочный детский 200мл", [
        ("кашка рисовая безмолочная для малыша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry milk-free rice baby cereal: none. Тема «Кашка мол. рис. кл/бан» (milk, ready-to-drink), Перекрёсток Select "
           "«Каша молочная рисовая» (milk), Nestlé buckwheat milk-free cereal (other grain) excluded"),
        ("творожок агуша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша curd (творожок) in any flavour: none. Other Агуша products (juice, puree, milk, ряженка), Тема/Мама "
           "Лама/Чудо curd desserts excluded"),
        ("сок яблочный детский 200мл", {
            "pyaterochka": ["3684252"],
            "magnit": ["eef4bdbf61"],
            "dixy": [],
            "perekrestok": [],
        }, "single-fruit apple juice for children in 200 ml: Пятёрочка Honey Kid яблоко 200 мл (category «Товары для "
           "детей»), Магнит АГУША Сок яблоко осв 200мл (outside knowledge: Агуша is a baby brand). Apple-cherry/apple-rose "
           "hip mixes, Агуша «вода+сок», children's juices of other sizes (ФРУКТ.САД 0,95 л, Сады Придонья 1 л / 0,125 л) "
           "and adult apple juices excluded (the written size 200мл is respected)"),
    ]),
    # L3 diet: chicken breast, cottage cheese, buckwheat
    ("грудка куриная без кожи, творог 0% подешевле, гречка ядрица 1 кг", [
        ("грудка куриная без кожи", {
            "pyaterochka": ["2160026", "3963723", "2160069"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160026", "3068079", "2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast without skin: skinless breasts and breast fillets (a fillet has no skin), incl. Пятёрочка "
           "«ПЕР.СВ.Филе с груд.охл.подл.1кг» (Первая свежесть = chicken; the same X5 PLU is «Филе грудки куриное» at "
           "Перекрёсток) and Перекрёсток Петелинка «Филе цыплёнка малое» (outside knowledge: the inner breast fillet). "
           "Grilled/baked Зелёная Линия breast fillets (cooked), thigh fillets, котлеты, шарики, наггетсы excluded"),
        ("творог 0% подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cottage cheese labelled exactly 0%: none. Перекрёсток «обезжиренный 0.5%», Пятёрочка Домик в деревне «мягкий "
           "0,1%» and Howaru «Биотворог обезжиренный» (no % stated) are close but a written fat % must match exactly, so "
           "excluded; flavoured children's curds and curd desserts excluded; «подешевле» is a wish"),
        ("гречка ядрица 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats ядрица in 1 kg packs: none. Магнит Prosto «Крупа Гречневая» 500 г (no 1 kg pack, variety not "
           "stated), buckwheat flakes, soba, rice-and-buckwheat mix, buckwheat porridge ready meals excluded"),
    ]),
    # L4 diet: greek yoghurt, kefir, green apples
    ("греческий йогурт 2%, кефир 1 процент, зеленые яблочки", [
        ("греческий йогурт 2%", {
            "pyaterochka": ["3601419", "3601418"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198"],
        }, "Greek yoghurt of exactly 2%, plain or flavoured (no flavour was written): Neo, Teos, Простоквашино, Пятёрочка "
           "«Греческий» 2,0% with cherry/blueberry filling. Зелёная Линия 4%, Дикси Viola «Греческий» 3%, greek "
           "cheeses/salad cheeses and Nemoloko excluded"),
        ("кефир 1 процент", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir of exactly 1%: the offers hold no kefir at all (Мама Лама «Биолакт» is not kefir)"),
        ("зеленые яблочки", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh green apples: Магнит «Яблоки Гренни Смит» (outside knowledge: Granny Smith is a green variety). Red "
           "varieties (Гала, Ред Делишес, Медовый хруст, «Яблоки красные»), Перекрёсток «Яблоки сезонные» (colour not "
           "stated), apple juices, desserts, shampoo «Зеленое яблоко», children's drink «с зел.яблоком» excluded"),
    ]),
    # L5 fasting: tofu, hummus, linseed oil, beans, oats
    ("тофу классический, хумус классический, масло льняное, фасоль красная в с/с, геркулес овсяный", [
        ("тофу классический", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain tofu: no tofu in any store"),
        ("хумус классический", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain (classic) hummus: none. Пятёрочка «Хумус, с кедровыми орешками» (topped variety) and SAB. «Закуска ХУМУС "
           "рец. из Иерусалима» (a named recipe variety, not called classic) excluded; doubtful - a shopper might take the "
           "Иерусалим one"),
        ("масло льняное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "linseed oil: none. Yoghurts/crackers/bread with linseed («семена льна») excluded"),
        ("фасоль красная в с/с", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635743"],
        }, "canned red beans in their own juice: Перекрёсток «Фасоль красная натуральная» (натуральная = in own juice). "
           "Bonduelle red beans «в классическом Барбекю» (sauce), white beans (Глобус, Bonduelle, Маркет), Пиканта baked "
           "beans in tomato, salads with beans excluded"),
        ("геркулес овсяный", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats: Пятёрочка Клинские «Геркулес» and УВЕЛКА «Хлопья зерн. овсян. трад.» (outside knowledge: "
           "traditional oat flakes are what «геркулес» means). Instant flavoured porridges, Velle oat products, oat bran "
           "and oat biscuits excluded"),
    ]),
    # L6 fasting: squid, seaweed, lenten biscuits, mushrooms
    ("кальмары замороженые, морская капуста, постное печенье, опята маринованые", [
        ("кальмары замороженые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4122013", "4355942"],
        }, "frozen squid: Перекрёсток Borealis «тушка без кожи замороженный» and Люди Любят «Тушка ... замороженная». "
           "Boiled squid/tentacles in brine, squid in garlic sauce, Пятёрочка preserves, Магнит dried squid strips and "
           "salads excluded"),
        ("морская капуста", {
            "pyaterochka": ["3950268"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "seaweed: Пятёрочка «Салат из морской капусты 'Витаминный'» (outside knowledge: морская капуста is bought as "
           "this ready seaweed salad). Sea salt, Black Sea sprats excluded"),
        ("постное печенье", {
            "pyaterochka": ["3444932", "3488053", "3618783"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "biscuits titled «постное/постные»: БИСКОТТИ «ПОСТНЫЕ РОГАЛИКИ», ЛЮБЯТОВО «ПОСТНОЕ затяж.», «Печенье постное "
           "'ЮБИЛЕЙНОЕ'». Other biscuits (not stated to be lenten) excluded"),
        ("опята маринованые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pickled honey mushrooms: none. Магнит «Икра грибная, маринованная», fresh oyster mushrooms, mushroom sauces "
           "and dishes excluded"),
    ]),
    # L7 allergic child: gluten-free, lactose-free, milk-free
    ("безглютеновые макароны, молоко без лактозы 2.5, печенье для аллергиков без молока, овсяное молоко", [
        ("безглютеновые макароны", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "gluten-free pasta: none (no title says «без глютена»); ordinary wheat pasta excluded"),
        ("молоко без лактозы 2.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lactose-free milk of exactly 2.5%: none. Перекрёсток lactose-free milks are 0.05%, 1.5% (Простоквашино, "
           "Сарафаново), 1.8%, 3.5% (Parmalat) and 3.6-4.6% (Братья Чебурашкины) - other fat levels, excluded; ordinary "
           "2.5% milk (not lactose-free) excluded"),
        ("печенье для аллергиков без молока", {
            "pyaterochka": ["3444932", "3488053", "3618783"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "biscuits made without milk: only the lenten biscuits say so indirectly - БИСКОТТИ «ПОСТНЫЕ РОГАЛИКИ», ЛЮБЯТОВО "
           "«ПОСТНОЕ», «Печенье постное 'ЮБИЛЕЙНОЕ'» (outside knowledge: постное = no animal products, so no milk). "
           "Doubtful for a strict allergy; ordinary biscuits excluded"),
        ("овсяное молоко", {
            "pyaterochka": ["3659096", "3659097"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "oat drink: Пятёрочка Nemoloko «овс. кл. лайт 1,5%» and «овс. классич. 3,2%». Магнит NEMOLOKO oat drink «шок» "
           "(chocolate flavoured, as flavoured milk is not «молоко»), Nemoloko buckwheat and rice drinks, soy drink, oat "
           "biscuits excluded"),
    ]),
    # L8 cat owner
    ("корм для кошек феликс пакетики, наполнитель древесный для кошек, вискас сухой с курицей", [
        ("корм для кошек феликс пакетики", {
            "pyaterochka": ["3413294", "3603050", "3603052", "3603051", "3603053", "3641052", "3445962", "3445965"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Felix wet cat food in 85 g pouches (outside knowledge: Felix 85 g is sold in pouches; «F.SEN.» = Felix "
           "Sensations), any flavour, incl. the kitten variety «для котят» (still cat food). Other brands (Whiskas, Sheba, "
           "Gourmet, Purina One, Darling, Katty) excluded"),
        ("наполнитель древесный для кошек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wood cat litter: no cat litter in any store (yoghurt/ice cream «наполнитель» = filling is a trap)"),
        ("вискас сухой с курицей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry Whiskas with chicken: none. Every Whiskas offer is 85 g wet food (Магнит kitten food «курица» 85 г is "
           "wet), other brands' dry food (Perfect Fit, Darling, Purina One) excluded"),
    ]),
    # L9 dog owner
    ("педигри для собак, лакомство косточки для собак, сухой корм чаппи", [
        ("педигри для собак", {
            "pyaterochka": ["4066615", "4066619", "4060059", "4061858"],
            "magnit": ["0b24b2c505", "a70a7277fa", "2463492a14", "b273add5f4", "4a580c8871"],
            "dixy": [],
            "perekrestok": [],
        }, "any Pedigree dog food (wet pouches/pâté, incl. the puppy food «для щенков»). Cesar, Purina Friskies/One, "
           "Darling dog food excluded"),
        ("лакомство косточки для собак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dog treat bones: none. Cat treats (Dreamies) and dog main food excluded"),
        ("сухой корм чаппи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry Chappi dog food: no Chappi at all. Purina One dry dog food (other brand) excluded"),
    ]),
    # L10 home baking 1
    ("мука пшеничная высший сорт 2 кг, пекарский порошок, сахар ванильный, маслице сливочное 82.5, яички 10 шт", [
        ("мука пшеничная высший сорт 2 кг", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "8065"],
        }, "wheat flour of the top grade in 2 kg packs (the written 2 кг names the usual pack, so it is respected): "
           "Перекрёсток Makfa «высшего сорта» 2 кг (Makfa flour is wheat), Пышечка «пшеничная хлебопекарная высшего сорта» "
           "2 кг, Пятёрочка РЯЗАНОЧКА «ПШЕНИЧНАЯ ЭКСТРА» 2 кг (outside knowledge: «экстра» is a white wheat flour grade at "
           "least as fine as высший - doubtful). Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), 1 kg Makfa, "
           "whole-grain, rye, rice and durum «крупка» flour excluded"),
        ("пекарский порошок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236368"],
        }, "baking powder (= разрыхлитель, outside knowledge): Перекрёсток «Разрыхлитель для теста Пр!ст». Yeast excluded"),
        ("сахар ванильный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vanilla sugar: none. Vanilla ice creams, croissants, drinks excluded"),
        ("маслице сливочное 82.5", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter of exactly 82.5%: Пятёрочка «СЛАДКО-СЛИВОЧНОЕ ТРАДИЦИОННОЕ» 82,5%, ВКУСНОТ. «ТРАДИЦ. слив. 82,5%», "
           "«Традиционное 82,5 %», ТЫСЯЧА ОЗЁР 82,5%. 82% butters (Простоквашино in Дикси/Магнит, Президент "
           "кислосливочное), 72,5% Брест-Литовск, chocolate butter 62% excluded (a written fat % must match)"),
        ("яички 10 шт", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs in packs of 10, any class (С0/С1/отборные). 6- and 20-egg packs, quail eggs, mayonnaise «на "
           "переп. яйц.», salads excluded"),
    ]),
    # L11 home baking 2
    ("дрожжи сухие саф момент, несквик какао, сгущеное молоко рогачев, сливки 33 процента", [
        ("дрожжи сухие саф момент", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "dry yeast Саф-Момент: Перекрёсток «Дрожжи сухие Саф-Момент» 11 г. Frozen yeast dough excluded"),
        ("несквик какао", {
            "pyaterochka": ["3696920", "4033873"],
            "magnit": ["167811"],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink powder: Магнит «Какао Nesquik» 500 г, Пятёрочка «NESQUIK Какао-нап. OPTI-START» and "
           "«NESQUIK ALL NATURAL КАКАО-НАПИТОК». Nesquik cereals, chocolate, sweets excluded; other cocoa (Коммунарка, "
           "Ухтышки, Macchocolate) excluded (brand written)"),
        ("сгущеное молоко рогачев", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Рогачёв sweetened condensed milk: none. The only Рогачёв condensed milks are boiled (Магнит «Рогачев, "
           "вареное», Пятёрочка «вареное 'Егорка' Рогачев») - варёная сгущёнка is a different product (convention of set "
           "g), excluded; Алексеевское (other brand), Рогачевъ drinking milk, sweets with condensed milk excluded"),
        ("сливки 33 процента", {
            "pyaterochka": ["12721"],
            "magnit": ["204651"],
            "dixy": [],
            "perekrestok": [],
        }, "cream of exactly 33%: Домик в деревне 33% in Магнит and Пятёрочка. 10/11/20% creams, creamer substitutes (Mr. "
           "Сливкин, Сопьо Крима) excluded"),
    ]),
    # L12 hangover morning 1
    ("боржоми пол литра, огурчики соленые, кока кола 1.5 л", [
        ("боржоми пол литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["81514"],
        }, "Borjomi in 0.5 l: Перекрёсток «Вода Боржоми ... 500мл». The 1.25 l Borjomi (Пятёрочка, Перекрёсток) excluded "
           "by the written size; other mineral waters (Ессентуки, Нарзан, Джермук) excluded"),
        ("огурчики соленые", {
            "pyaterochka": ["4063896"],
            "magnit": ["f4d4a78066", "157851"],
            "dixy": [],
            "perekrestok": ["4404269"],
        }, "salted (brined) cucumbers: Глобус «соленые огурчики СТАРОРУССКИЕ», МЕЛЕНЪ «Огурцы соленые», «Огурцы соленые, "
           "Корнишоны», Маркет «солёные бочковые». Marinated cucumbers (СК.САМОБР. «Огурчики маринов.», Дядя Ваня "
           "«Пикули»), fresh cucumbers, cucumber shampoo excluded"),
        ("кока кола 1.5 л", {
            "pyaterochka": [],
            "magnit": ["214541"],
            "dixy": [],
            "perekrestok": [],
        }, "original Coca-Cola in 1.5 l: Магнит «Напиток Coca-Cola, газированный, 1,5 л». Coca-Cola Orange 1,5 л "
           "(flavoured), Coca-Cola «б/сах.» / Vanilla / 0.9 l / 1 l / 2 l (other variants or sizes), other colas (Добрый, "
           "Черноголовка, Evervess, Любимая, Cool Cola, Pepsi) excluded"),
    ]),
    # L13 hangover morning 2
    ("энергетик ред бул, томатный сок, пельмени сибирская коллекция, кефирчик 2.5%", [
        ("энергетик ред бул", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Red Bull: none. Other energy drinks (Burn, Adrenaline, Monster, E-ON, Драйв Ми, 100кВт) excluded (brand "
           "written)"),
        ("томатный сок", {
            "pyaterochka": [],
            "magnit": ["b3901ed97f", "73e225090c", "204641", "205971"],
            "dixy": [],
            "perekrestok": ["3196547", "3498246", "14125"],
        }, "tomato juice (with/without salt or pulp, children's incl.): Rich, Сады Придонья, Дары Кубани, Фруктовый сад, "
           "J7, Santal. Nectars (Добрый «Нектар томатный», Любимый «Нектар спелый томат»), !DEAS tomato-cucumber vegetable "
           "juice, tomatoes in tomato juice excluded"),
        ("пельмени сибирская коллекция", {
            "pyaterochka": ["3985043", "3693417", "3693418", "3693405", "3671957"],
            "magnit": ["4907605c6d", "111711"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "any pelmeni of the brand Сибирская коллекция (spelled «Sибирская», «SИБИРСКАЯ», «СИБИР.КОЛЛЕК.»): Особые на "
           "сливках, Фирменные, Сочные, Телячьи, Новосибирские, 4 вида мяса. Other brands (Мираторг, Ложкаревъ, Цезарь, "
           "Стародворье, Eat Meat, Горячая штучка) excluded"),
        ("кефирчик 2.5%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir of 2.5%: the offers hold no kefir at all"),
    ]),
    # L14 picnic 1
    ("шашлык свиной готовый, кетчуп хайнц шашлычный, лаваш тонкий армянский, чипсы лэйс сметана и лук", [
        ("шашлык свиной готовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pork shashlik ready for the grill (or cooked): none titled шашлык. Магнит pork steaks «в маринаде» (steaks, "
           "not shashlik cubes), marinated chicken/turkey, croutons «с шашлыком», shashlik sauces excluded"),
        ("кетчуп хайнц шашлычный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz shashlik ketchup: none. Heinz ketchups of other kinds (Пятёрочка «томат. с горч.», «Томатный кетчуп "
           "Heinz») excluded (variety written); shashlik ketchups of other brands (Слобода, Махеевъ) excluded (brand "
           "written)"),
        ("лаваш тонкий армянский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "thin Armenian lavash: no lavash in any store"),
        ("чипсы лэйс сметана и лук", {
            "pyaterochka": ["3453318", "4069903"],
            "magnit": ["198921"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's potato chips sour cream & onion: Магнит «Чипсы Lays, со вкусом сметаны и лука» 225 г, Пятёрочка «LAYS "
           "Чипсы СМЕТАНА И ЛУК» 225 г and «Lay's Stax ... Нежная Сметана и лук». Lay's «сметана и зелень» (sour cream & "
           "herbs - another flavour), green onion, crab and other flavours, other brands' sour cream & onion (Русская "
           "Картошка, Lava Lava, Estrella) and gin «Вайт Лейс» excluded"),
    ]),
    # L15 picnic 2
    ("одноразовые тарелки, черноголовка лимонад 2л, помидорки черри на ветке", [
        ("одноразовые тарелки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "disposable plates: none. Перекрёсток disposable cups «Стаканы одноразовые», cheese platter «Сырная тарелка», "
           "disposable razors/nappy pads excluded"),
        ("черноголовка лимонад 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3403324"],
        }, "the classic Черноголовка «Лимонад» in 2 l: Перекрёсток «Лимонад газированный Черноголовка, 2л». Черноголовка "
           "Байкал/Дюшес/Тархун/Крюшон/Мандарин/Кола (other flavours even where titled «Лимонад ... Байкал»), the 1 l and "
           "0.5 l Лимонад (size written) excluded"),
        ("помидорки черри на ветке", {
            "pyaterochka": [],
            "magnit": ["169381"],
            "dixy": [],
            "perekrestok": ["3673307"],
        }, "fresh cherry tomatoes on the vine: Магнит «Томаты Черри 'Дольче Вита', на ветке», Перекрёсток «Томаты черри на "
           "ветке». Loose cherry tomatoes (not on the vine), large «Томаты на ветке», coctail tomatoes, pickled/salted "
           "tomatoes, Pepsi «Вайлд черри» excluded"),
    ]),
    # L16 voice: groceries
    ("купить молока два литра\nхлеба черного\nколбаски докторской грамм 300\nсыра российского", [
        ("купить молока два литра", {
            "pyaterochka": ["3694630", "3507208", "3613025", "3467788", "3425329", "3985712", "3645808", "3645807"],
            "magnit": ["a28bae784b"],
            "dixy": ["7bef60b534", "809c0dd88b"],
            "perekrestok": ["4260593", "3431579", "4310700", "4259100", "4244242", "3474103", "2093081", "3645807", "4308790",
                            "4137917", "3613024", "b508e73840", "cb2f1055d7", "3198f1a94c",
                            "87bf941f11", "d59f8e3403", "45d6dee261", "587286c051", "50f156cde3",
                            "65f939ac7e", "814b6ca461", "d4843ab680", "52d96fd806", "edf2484f0e",
                            "7f46c8a5c5", "79cefff589", "eaf7de5f17", "05c941826b", "94dd27dff1",
                            "f5ff9c84a1", "aa8a2f9d5e", "c57983498c", "50cb0959f8", "eefe3d951f",
                            "fed089a68a", "af8570f806", "2d526e7a96", "d846def77b", "b151abcd68",
                            "e1c2a97dcd", "b48241efed", "e9b2520f64", "135852823b", "6986e66cd9",
                            "163f87bedd", "14cf035691", "a253bf9611", "cd63b1cf67", "870b27e2f9",
                            "ecc07a0e68", "f3d85bb393", "488d323508", "66ec0f255d", "e458dc5e25",
                            "00af023fd1", "ccdc291604", "52240eee71", "b267022f66", "47a9cd6be2",
                            "f50aeac1bb", "e221fd3ddd", "47b26adef2", "f18e9a3c14", "885d917850",
                            "35ac60eec2", "9512a8a8b9", "89a1c1419e", "359aa76fc0", "b38f3e60d2",
                            "949b3dd46f", "9dbc98f064", "1076c09948", "e2d5d93f2a", "2f04f03749",
                            "31aa236aad", "7c1d7afff6", "76055bf243", "013e119412", "87b2dc7b1d",
                            "9dfc83490b", "ce8eda981f", "14753f9f39", "a548f45b17", "85dd44d923",
                            "7b5909b56f", "62485733e9", "faf2171541", "b4411ba8d4", "6b36a62006",
                            "2f7ebb9ea8", "01f728b210", "a24f88bea8", "69f396f368"],
        }, "drinking cow milk of any fat and pack (convention of real_basket_eval: past./UHT/steril., children's and "
           "lactose-free incl.); «два литра» is read as the amount wanted in a dictated list, not a pack size (2 l packs "
           "alone would be too narrow for voice input - judgement). Топлёное, goat, coconut, flavoured (ЧУДО клубника, "
           "Petmol Barista), condensed milk, «Кофе с молоком», sweets/tea «с ароматом молока» excluded"),
        ("хлеба черного", {
            "pyaterochka": ["3480920", "3500217"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "black (rye or rye-wheat) bread loaves: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб Даниловский, "
           "Коломенское» (outside knowledge: Даниловский is a dark rye-wheat bread). «Хлеб Марьин, заварной» (kind/colour "
           "not stated - doubtful), «Хлеб зерновой, Ржаной Край» and «Хреб Ржаной Край» (brand word, not rye bread - "
           "convention of set d), хлебцы, гренки/сухарики, rye flour excluded"),
        ("колбаски докторской грамм 300", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "Докторская boiled sausage of any maker and pack, sliced or by weight (the «грамм 300» is the amount wanted of "
           "a sliced/weighed good, not a filter). Сардельки/сосиски «Докторские», the energy drink «The Doctor» excluded"),
        ("сыра российского", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese: Пятёрочка «Сыр полутвердый Брест-Литовск российский 50%», Перекрёсток «Сыр Российский "
           "нарезка 50% Зелёная Линия». Other cheeses, «сервелат российский», Российский chocolate/cognac/champagne "
           "excluded"),
    ]),
    # L17 voice: soup vegetables
    ("картошки мешок\nлучок репчатый\nморковку немного\nкапусту белокочанную", [
        ("картошки мешок", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack («мешок» is the amount wanted, not a pack filter - no sack-sized pack "
           "exists; the biggest are Магнит 3 kg and 2.5 kg nets): Картофель молодой / Новый урожай / для варки / для жарки "
           "/ красный / мытый. Knorr «Картошка по-деревенски», marzipan «Картошка», herring «к картошке», chips excluded"),
        ("лучок репчатый", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012"],
        }, "fresh bulb onions of any colour: «Лук репчатый, красный», Перекрёсток «Лук репчатый белый/красный», Лук "
           "Ялтинский (outside knowledge: a red bulb onion), Магнит «Лук Светофор» (outside knowledge: a set of three bulb "
           "onions of different colours). Shallot «Лук Шалот», «Лук салатный» (kind unclear), green onion, herbs mixes, "
           "FEDERICI «Луковки» (pickled), herring with onion excluded"),
        ("морковку немного", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots: Магнит «Морковь мытая», Перекрёсток «Морковь мытая». Korean carrot salads, carrot nectar/juice, "
           "sauerkraut with carrot excluded"),
        ("капусту белокочанную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage: Дикси «Капуста белокочанная ранняя». Sauerkraut (квашеная), Chinese cabbage, broccoli, "
           "cauliflower, seaweed excluded"),
    ]),
    # L18 week ahead: staples
    ("курица целая тушка, рис круглозерный, макороны макфа, сахарный песок 1кг", [
        ("курица целая тушка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4214722", "4252168"],
        }, "whole raw chicken: Перекрёсток «Тушка цыплёнка» (1 сорт, Петелинка, An-noor Халяль, Зелёная Линия на зерновом "
           "откорме), «Цыплёнок корнишон» (a small whole chicken), Дикси «Цыпленок-бройлер охлажденный, 1 кг» (taken as a "
           "whole bird - the title names no part). Chicken parts, duckling, squid/fish «тушка» excluded"),
        ("рис круглозерный", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice: Магнит Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, круглый»; "
           "Пятёрочка «МИСТР. Рис для плова традиц. 900г» (outside knowledge: the same Мистраль product, round grain) and "
           "Магнит «Рис Мистраль, Кубань» (outside knowledge: Кубань is Мистраль's round-grain rice). Basmati, jasmine, "
           "long-grain, brown, Адриатика (medium grain), Националь «для плова» and Global Village «для плова» (grain not "
           "stated), devzira, rice mixes excluded"),
        ("макороны макфа", {
            "pyaterochka": ["3687625"],
            "magnit": ["199251"],
            "dixy": [],
            "perekrestok": [],
        }, "dry pasta of the brand Makfa, any shape (typo «макороны» = макароны): Магнит «Макароны Макфа, перья», "
           "Пятёрочка «MAKFA Изд. мак. СВИТКИ». Makfa flour, biscuits and cakes (MAKFA D.COL.) and pasta of other brands "
           "excluded"),
        ("сахарный песок 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "granulated white sugar in 1 kg: none. Магнит «РУССКИЙ Сахар белый прессованный 1кг» (sugar cubes, not песок), "
           "Пятёрочка Демерара cane sugar 500 г, sugar-free goods excluded"),
    ]),
    # L19 week ahead: dairy and quick food
    ("сметана 15 процентов, сасиски молочные самые дешевые, пельмешки, майонез провансаль 67", [
        ("сметана 15 процентов", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124", "4095525"],
        }, "sour cream of exactly 15% (lactose-free 15% incl., as lactose-free milk is milk): Простоквашино, РЕЗ ПАЛИСАД, "
           "Домик в деревне, Молочный Знак, Брест-Литовск, Искренне Ваш, ЭкоНива, Parmalat Comfort. 10/20/25/30% sour "
           "creams, chips/croutons «сметана» excluded"),
        ("сасиски молочные самые дешевые", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«Молочные» sausages (typo «сасиски»): Магнит «Сосиски Молочные» 0,33 and 0,65 кг, Пятёрочка «Сосиски молочные, "
           "Велком». Сливочные, Детям, Венские, Баварские, other sausages excluded; «самые дешевые» is a wish, not a "
           "filter"),
        ("пельмешки", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532", "3666703",
                            "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen pelmeni of any brand and filling (incl. Горячая штучка «БУЛЬМЕНИ» pelmeni). Vareniki, sauce «д/пельм.», "
           "хотстеры excluded"),
        ("майонез провансаль 67", {
            "pyaterochka": ["3355228", "3355242", "3982578", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4105769", "4297313",
                            "4112954"],
        }, "Provençal mayonnaise of 67%: every mayonnaise titled Провансаль with 67% (Ряба, Слобода, Скит, Махеевъ «с "
           "лимонным соком», «Московский Провансаль» classic and olive, Ряба/Слобода provansal olive). Judgements on "
           "outside knowledge: Перекрёсток «Московский Провансаль классический, 700мл» (no % in the title) accepted as the "
           "same 67% product as its 200/390 ml sizes; Пятёрочка «Майонез Слобода, 67%, 800 мл» (3193489) accepted because "
           "Перекрёсток titles the same X5 PLU «Слобода Провансаль 67%, 800мл». Quail-egg mayonnaises (Пятёрочка "
           "«МОС.ПРОВАНС. Майон. на переп. яйц.» = Перекрёсток «Я люблю готовить на перепелиных яйцах»), Слобода "
           "«оливковый» without Провансаль, Heinz/Mr.Ricco/домашний 55% and the Caesar sauce excluded"),
    ]),
    # L20 week ahead: household
    ("туалетка 3х слойная, фейри с лимоном, порошок тайд автомат", [
        ("туалетка 3х слойная", {
            "pyaterochka": ["3449118", "4059050"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "3-ply toilet paper: PAPIA «Бумага туалетная белая 3сл. 8рул», ZEWA Deluxe «туалет. 3 сл.». PAP. «WHITE DE LUXE "
           "туалет. 8рул» (plies not stated), 2-ply (Zewa Plus, Familia Plus) and 4-ply (Zewa Just 1) paper, moist toilet "
           "paper, toilet soap and «д/туал.» cleaner excluded"),
        ("фейри с лимоном", {
            "pyaterochka": ["3501026", "3500750"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dish soap, lemon: Пятёрочка «FAIRY Ср. СОЧНЫЙ ЛИМОН д/мыт. посуды 900мл» and «Fairy Сочный лимон, 450 "
           "мл». Fairy Platinum / Нежные руки (other scents), AOS «ЛИМОН» (other brand), dishwasher tablets excluded"),
        ("порошок тайд автомат", {
            "pyaterochka": [],
            "magnit": ["262159b924", "198901", "105941", "167921"],
            "dixy": [],
            "perekrestok": [],
        }, "Tide washing powder for automatic machines: Магнит «TIDE Стир порош д/чувств кожи авт», Tide Color/Колор "
           "«автомат» 4 кг and 2,5 кг, Tide «Детский, автомат». Tide Lenor Color 2,5 кг (automatic not stated - doubtful), "
           "Tide liquids and capsules, other brands excluded"),
    ]),
    # L21 week ahead: tea time
    ("чай липтон в пакетиках, кофе нескафе голд 190г, конфетки рафаэлло", [
        ("чай липтон в пакетиках", {
            "pyaterochka": ["3424384", "11200", "4042419", "3982372"],
            "magnit": ["206041"],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton tea in bags of any kind (no colour written): Earl Grey 100 bags, Yellow Label 100х2г, «Баланс и "
           "спокойствие» 25х1,5, green Magnificent Matcha pyramids. Lipton ice tea drinks (bottled) excluded"),
        ("кофе нескафе голд 190г", {
            "pyaterochka": ["3658915"],
            "magnit": ["109351", "199191"],
            "dixy": [],
            "perekrestok": [],
        }, "Nescafé Gold instant in 190 g: Магнит «Nescafe Gold, натуральный, растворимый, сублимированный, 190 г» and "
           "«сублимированный с молотым, 190 г», Пятёрочка «NESCAFE Кофе GOLD нат. рас. доб. мол. ст/б 190г». Gold in "
           "70-130 g, Gold Barista/Crema/Espresso/Origins (other variants and sizes), Nescafé Classic excluded"),
        ("конфетки рафаэлло", {
            "pyaterochka": [],
            "magnit": ["167861"],
            "dixy": [],
            "perekrestok": ["18162"],
        }, "Raffaello sweets: Магнит «Конфеты Raffaello, 150 г», Перекрёсток «Конфеты Raffaello миндаль и кокос 150г»"),
    ]),
    # L22 diet: fish and vegetables
    ("минтай филе замороженное, брокколи мороженая, альметте сливочный", [
        ("минтай филе замороженное", {
            "pyaterochka": [],
            "magnit": ["199381"],
            "dixy": [],
            "perekrestok": ["4350401", "4350402"],
        }, "frozen pollock fillet: Перекрёсток Люди Любят «Минтай филе без кожи замороженный» and «Филе ... минтая без "
           "кожи порционное мороженое», Магнит «Филе минтая, полуфабрикат из замороженного сырья, 1 кг» (judgement: made "
           "from frozen fish, sold as frozen fillet by weight - doubtful if it is thawed). Other fish excluded"),
        ("брокколи мороженая", {
            "pyaterochka": [],
            "magnit": ["23e8f39e40"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen broccoli: Магнит «МОРОЗКО Green Капуста брокколи замор 800г». Baby purees with broccoli excluded"),
        ("альметте сливочный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["16401"],
        }, "Almette cream cheese, «Сливочный»: Перекрёсток «Сыр творожный Almette Сливочный 60%, 150г». Almette with "
           "herbs/cucumbers (other flavours), other brands' «сливочный» curd cheese (Hochland, Violette, Valio, Савушкин) "
           "excluded"),
    ]),
    # L23 beer evening
    ("пиво балтика 7 4 шт, сухарики кириешки, рыбка сушеная", [
        ("пиво балтика 7 4 шт", {
            "pyaterochka": [],
            "magnit": ["104801"],
            "dixy": [],
            "perekrestok": [],
        }, "Baltika №7 beer: Магнит «Пиво Балтика № 7, светлое, 5,4 %, 1,35 л» («4 шт» is the quantity, not a pack "
           "filter). Балтика №0 (alcohol-free), flavoured Балтика beer drinks, Жатецкий гусь (other brand) excluded"),
        ("сухарики кириешки", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons of any flavour and size: Магнит «КИРИЕШКИ Сухарики холодец/бекон/ветчина» 100 г and 40 г. "
           "Три корочки, Хрусteam, Три Семёрки, Клины (other brands) excluded"),
        ("рыбка сушеная", {
            "pyaterochka": [],
            "magnit": ["705f039ea0", "4ce84def29"],
            "dixy": [],
            "perekrestok": [],
        }, "dried fish snack for beer: Магнит SOLO NINA «Вобла вяленая соломка» and BEERKA «Тунец сушено-вяленый соломка» "
           "(вяленая/сушено-вяленая taken as what «сушеная рыбка» means). Dried squid (a seafood snack, not fish), "
           "hot-smoked sardine, dried spices excluded"),
    ]),
    # L24 voice: tea and sweets
    ("пачку чаю черного\nсахарку\nбананов штук пять\nпеченюшки овсяные", [
        ("пачку чаю черного", {
            "pyaterochka": ["3634052", "3600100", "3639871", "3650482", "2042286", "4062548", "3950803", "3472456", "3635756",
                            "3600180", "3483632", "3636930", "3639873", "3971162", "3971163",
                            "4022854", "3418513", "3682587", "3981152", "3440336", "3473068",
                            "3489539", "4002510", "3452991", "4085553", "11200", "3424384",
                            "3691655", "3378319", "3665387", "3620106", "3380948", "3499718",
                            "3694768", "3628990", "4079110", "3608792", "3469500", "3464992",
                            "2070472", "3662837", "3378336", "3472459", "3948128", "3948818",
                            "3948819", "3470341", "4042419", "3689577", "3446638", "3450276",
                            "30719", "15492", "15545", "15495", "3489553", "3439925", "3649730",
                            "3378317", "3378327", "3998702"],
            "magnit": ["a37d9d8522", "3784399dbf", "217b3d7466", "204561", "199201", "199261", "168251", "159991",
                       "112311", "111701", "109361", "206041", "213601"],
            "dixy": [],
            "perekrestok": ["4199284"],
        }, "black tea of any brand, bagged or loose, plain or flavoured (no flavour was excluded by the shopper): every "
           "title saying черный/чер./ч., and on outside knowledge Earl Grey / English Breakfast / Ceylon teas that do not "
           "say so (Lipton Earl Grey, Twinings, AHMAD «Английский №1», Greenfield Spring Melody, Принцесса Канди "
           "«цейлонский»). Green, oolong, herbal/fruit (Milford шиповник, Tess Flame, Майский смородина-мята) teas, TESS "
           "«Pina Colada» (colour not stated; a green blend), Бета «Елка с Медвежатами байховый» (colour not stated), iced "
           "tea drinks, the Curtis dessert assortment and «GREEN TEA» dish soap excluded"),
        ("сахарку", {
            "pyaterochka": ["3973713"],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "sugar of any kind and pack (diminutive, no kind written): Магнит «РУССКИЙ Сахар белый прессованный 1кг» "
           "(cubes), Пятёрочка «Сахар тростниковый нерафинированный 'Демерара'» (cane sugar - judgement: still sugar). "
           "Sugar-free goods, candied ginger, sweetener-free pastila excluded"),
        ("бананов штук пять", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (any, «штук пять» is the amount): Перекрёсток «Бананы», «Бананы фасованные», «Бананы мини», "
           "«Банан Organic Зелёная Линия». Dried bananas, banana nectar, yoghurts/purees with banana excluded"),
        ("печенюшки овсяные", {
            "pyaterochka": ["3639541", "3995521", "3995522", "3655049", "4050870"],
            "magnit": ["106061", "106071"],
            "dixy": [],
            "perekrestok": [],
        }, "oat biscuits of any kind: Хлебный спас «Овсяное» (Злаковое ассорти, Особое, Мультизлаковое с начинкой), "
           "«Печенье овсяное 'Классическое'» plain and with chocolate pieces, «Печенье овсяное, Юбилейное», «Печенье "
           "Миндальное овсяное». VELLE oat breakfast product «печен. ябл.», oat flakes excluded"),
    ]),
    # L25 breakfast
    ("сок апельсиновый 1л, сырок глазированный ростагроэкспорт, хлеб тостовый", [
        ("сок апельсиновый 1л", {
            "pyaterochka": [],
            "magnit": ["204401"],
            "dixy": [],
            "perekrestok": ["3190682"],
        }, "single-fruit orange juice in the 1-litre pack: Магнит «Сок J7, апельсиновый, 0,97 л», Перекрёсток «Сок J7 "
           "Апельсиновый с мякотью, 970мл» (judgement: J7's litre carton holds 0.97 l - a shopper asking for 1 l takes "
           "it). SWELL 0,75 л and J7 300 мл (other sizes), multi-fruit juice, Santal «сокосодержащий» drink, Global "
           "Village juice drink excluded"),
        ("сырок глазированный ростагроэкспорт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snack of Ростагроэкспорт: none (the brand is only present as sour cream). Б.Ю.Александров and "
           "Свитлогорье сырки (other brands) excluded"),
        ("хлеб тостовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toast bread: none. Ham/cheese «для тостов», sandwiches excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fm"))
