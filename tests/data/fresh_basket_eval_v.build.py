#!/usr/bin/env python3
"""Re-create fresh_basket_eval_v.jsonl -- weekend lists (a party, a picnic, a trip to the dacha) typed as
friends type them in a group chat, hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_v.build.py

LISTS below is literal data: 25 lists (2-5 items) written blind first (fresh_basket_eval_v.blind_lists.txt)
and then, for every item, the product ids of every store that a reasonable shopper who wrote exactly that
item would accept.  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; the note of each item records
what was deliberately left out and any judgement that rests on outside knowledge.  An empty list means the
store has nothing acceptable (the item is "missing" there).  The labels were made without reading korzina's
matcher, its data files or any other set's labels.

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly
the list's items in order (an item is the text between commas / new lines) -- and then writes the JSONL in
the format of real_basket_eval.jsonl.  List ids are fv01, fv02, ... in LISTS order; every list is in split
"fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_v.jsonl")


def _none():
    return {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # V1 shashlik at the dacha
    ("уголь березовый 2 мешка, розжиг для углей, шея свиная на шашлык 2 кг, хайнц шашлычный кетчупчик", [
        ("уголь березовый 2 мешка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4318495"],
        }, "barbecue charcoal; Пр!ст «Уголь древесный» 2.5 кг accepted although its title does not name the wood "
           "(judgement: «березовый» read as the usual kind of grill charcoal, the only charcoal on offer); toothpaste "
           "«с древесным углем» excluded; «2 мешка» is a quantity"),
        ("розжиг для углей", _none(),
         "lighter fluid / fire starter for charcoal; no chain has any (no «розжиг», «жидкость для розжига», "
         "«брикеты для розжига» titles)"),
        ("шея свиная на шашлык 2 кг", {
            "pyaterochka": ["3957120", "3619731", "3666472"],
            "magnit": ["199511", "107331", "199561"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork neck (шейка / шейная часть, with or without bone, incl. Magnit «Стейк из шеи свинины, в маринаде» "
           "since raw parts in marinade count); smoked/cooked шейка (РЕМИТ к/в, Perekrestok «Шейка-Балык» panchetta), "
           "Magnit «Стейк из свинины в маринаде Алабама» (cut not stated), other pork cuts and beef «шейная часть» "
           "excluded; «2 кг» is the quantity wanted, not a pack size"),
        ("хайнц шашлычный кетчупчик", _none(),
         "Heinz ketchup of the шашлычный variety; none on offer: Heinz ketchups are «Томатный» and «томат. с горч.» only, "
         "the шашлычные ketchups are Махеевъ and Слобода (other brands) -- both the brand and the variety are required"),
    ]),
    # V2 beer and snacks
    ("лейс сметана и лук большую пачку, кириешки бекон 2 пачки, пивко светлое банки 6 шт, арахисик соленый", [
        ("лейс сметана и лук большую пачку", {
            "pyaterochka": ["3453318"],
            "magnit": ["198921"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's sour cream & onion in the big 225 g pack («большую пачку» names the pack); Lay's Stax «Нежная Сметана "
           "и лук» 140 g (a tube, not the big pack) excluded -- doubtful; «сметана и зелень», «Русская картошка» and "
           "Крак сметана/лук (other brands) and Magnit «Джин Вайт Лейс» excluded"),
        ("кириешки бекон 2 пачки", {
            "pyaterochka": [],
            "magnit": ["e26d76ca46", "4fb9148fb2"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons with bacon flavour; Magnit's two promo cards «КИРИЕШКИ Сухарики холодец/бекон/ветчина» "
           "(40 g, 100 g) list bacon among the flavours sold under the card and are accepted; Хрусteam, Три корочки, "
           "other croutons (other brands) excluded"),
        ("пивко светлое банки 6 шт", {
            "pyaterochka": [],
            "magnit": ["7f9482ca4a", "7a049f38a7", "307d22d94c", "30dda00a31", "a982a99aeb", "1f2ea4eaba", "22307d326d",
                       "201971", "199081", "202121", "199071", "160021", "159311", "168001", "168011", "167991",
                       "160011", "104791", "108721", "111751", "108671", "111441", "204931", "205571"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light (светлое/pale/wheat) beer and ABBE Blonde beer drink, single-serve 0.33-0.5 l (cans or "
           "container not stated; «банки 6 шт» read as the count, with the single-serve size implied); Балтика №7 "
           "1.35 l (a PET bottle) excluded; Miller Genuine Draft, Hoegaarden and Kronenbourg Blanc accepted as light "
           "beers on outside knowledge (titles give no colour); alcohol-free (Bud б/а, Балтика №0, Горьковская IPA 0%), "
           "dark (ABBE Brune, Zatecky Gus Cerny) excluded"),
        ("арахисик соленый", {
            "pyaterochka": ["3954224"],
            "magnit": ["4a8764138e"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted salted peanuts (От Мартина «обжаренный с солью», Восточный гость «жар соленый»); Джаз «Арахис "
           "жареный» (salt not stated), PARTY NUTS flavoured peanuts (мёд-горчица, васаби, чили, морская соль и перец), "
           "chocolate/halva/sweets with peanuts excluded"),
    ]),
    # V3 disposable things for the party
    ("тарелки одноразовые 20шт, стаканы пластиковые, салфеточки бумажные, пакеты мусорные 60 л", [
        ("тарелки одноразовые 20шт", _none(),
         "disposable plates; none on offer (Perekrestok «Сырная тарелка» is a cheese assortment)"),
        ("стаканы пластиковые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4392209"],
        }, "disposable cups; Perekrestok «Стаканы одноразовые 250мл в ассортименте Маркет» accepted although the "
           "material is not stated (judgement: disposable cups of this kind are plastic); ice cream «в вафельном "
           "стаканчике» and Чудо «Моностакан» excluded"),
        ("салфеточки бумажные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4299678", "4310840", "4310841", "4429769", "4429400", "4429397", "4371757", "4250535",
                            "4397850", "4250543"],
        }, "paper table napkins, plain or decorated (Пр!ст, Gratias, Art Bouquet); wet wipes, Magnit BIG CITY LIFE "
           "«Салфетки в рулоне» (cloths on a roll), Carefree panty liners and paper towels excluded"),
        ("пакеты мусорные 60 л", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "rubbish bags of 60 l (the volume names the bag); МАГНИТ «Мешки для мусора 35л» (wrong size), food bags "
           "and breakfast bags excluded"),
    ]),
    # V4 sun and mosquitoes
    ("солнцезащитный крем спф 50, от комаров спрей детям, минералка без газа 1.5л", [
        ("солнцезащитный крем спф 50", _none(),
         "sun cream SPF 50; no chain has any sun protection (only face/hand/baby creams without SPF)"),
        ("от комаров спрей детям", _none(),
         "mosquito-repellent spray for children; none: the only insect aerosol, Magnit Гардэкс Экстрим «от всех "
         "летающих насекомых и клещей», is not a children's product, and for a repellent «детям» is taken as a real "
         "requirement (safety), not a wish -- doubtful"),
        ("минералка без газа 1.5л", {
            "pyaterochka": ["2139858", "3630602"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3020", "3966336"],
        }, "still natural mineral / table water in 1.5 l bottles: Пилигрим «минеральная без газа», Evian «минеральная "
           "столовая негаз.», Архыз «природная питьевая столовая негаз.» and Pyaterochka Архыз «Легенда Гор» негаз. 1.5 л "
           "(the same brand's 0.5 l is titled «минеральная природная питьевая столовая»; outside knowledge); plain "
           "«питьевая» water (Сенежская, Святой источник, Малаховская), sparkling water, other sizes (0.5, 1, 5 l) and "
           "flavoured still drinks excluded"),
    ]),
    # V5 drinks for the party
    ("колу 2л две бутылки\nспрайтик\nсок вишневый добрый\nлед в пакете", [
        ("колу 2л две бутылки", {
            "pyaterochka": ["4316013", "4213891", "3684656"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4213891", "1860"],
        }, "cola in a 2 l bottle, any brand (Coca-Cola, Pepsi, Черноголовка, Любимая); other sizes excluded (the size "
           "names the bottle), «две бутылки» is the quantity"),
        ("спрайтик", {
            "pyaterochka": ["3661016"],
            "magnit": ["213591"],
            "dixy": [],
            "perekrestok": [],
        }, "Sprite of the classic taste, any size; «Спрайт со вкусом лимона, лайма и мяты» (a flavoured variant), 7Up "
           "and Добрый лимон-лайм (other brands) excluded"),
        ("сок вишневый добрый", _none(),
         "Добрый cherry juice; none: Добрый sells only nectars and mixes with cherry (ябл/ч.пл.ряб/вишня), other cherry "
         "products are nectars (Rich, J7, Swell, Il Primo) or mixed juices (яблоко-вишня) -- nectars and mixes excluded"),
        ("лед в пакете", _none(), "bagged ice; none on offer"),
    ]),
    # V6 picnic snacks
    ("колбаска охотничья копченая, сыр косичка копченый, батончик белый, огурчики малосольные", [
        ("колбаска охотничья копченая", _none(),
         "smoked Охотничьи sausages; none on offer (Кнуты, Черкизово «Колбаски Снек», чевапчичи and купаты are other "
         "products)"),
        ("сыр косичка копченый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3165362"],
        }, "smoked braided chechil; Предгорье Кавказа «Чечил копчёный» 100 g accepted (form not stated; a 100 g chechil "
           "is the braid -- outside knowledge); Чизолини «Чечил копчёный соломка» (straws, not a braid), unsmoked chechil "
           "(«спагетти», ассорти) and сулугуни excluded"),
        ("батончик белый", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white bread loaf (батон); Magnit «SNICKERS Батончик белый» is the trap and excluded, as are chocolate/cereal "
           "bars, rye and grain breads, сдоба"),
        ("огурчики малосольные", _none(),
         "lightly salted cucumbers; none labelled малосольные: солёные/бочковые (Маркет, Меленъ, Глобус, Magnit "
         "«Огурцы соленые, Корнишоны»), marinated and fresh cucumbers excluded"),
    ]),
    # V7 birthday at the dacha
    ("наполеон торт небольшой, конфетки раффаэлло, шампусик полусладкий", [
        ("наполеон торт небольшой", {
            "pyaterochka": ["4047688", "3695494"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4325084", "4295622"],
        }, "Napoleon cakes of any size («небольшой» is a wish, not a filter); Perekrestok «Home Napoleon Медово-Сметанный» "
           "(the brand name, a honey cake), «Коржи для торта Наполеон» (layers only) and Pyaterochka «Пирожное наполеон» "
           "(pastries, not a cake) excluded"),
        ("конфетки раффаэлло", {
            "pyaterochka": [],
            "magnit": ["167861"],
            "dixy": [],
            "perekrestok": ["18162"],
        }, "Raffaello sweets"),
        ("шампусик полусладкий", {
            "pyaterochka": [],
            "magnit": ["1a44269ee1", "159461", "111471", "213561"],
            "dixy": [],
            "perekrestok": [],
        }, "semi-sweet white sparkling wine / «Шампанское Российское» полусладкое; Lambrusco «игристое розовое "
           "полусладкое» excluded as a different (red-grape frizzante) style -- doubtful; dry/brut/sweet sparkling (Асти), "
           "still semi-sweet wines and alcohol-free «вино игристое» excluded"),
    ]),
    # V8 chicken wings on the grill
    ("крылышки куриные полтора кило, маринад для шашлыка, лаваш тонкий армянский пару штук", [
        ("крылышки куриные полтора кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4318771"],
        }, "raw chicken wings (Первая Свежесть «Крылья локтевая часть»); Горячая штучка «Хрустящие Крылышки острые к пиву» "
           "(frozen breaded ready product) and «со вкусом крылышек» croutons excluded; «полтора кило» is the quantity"),
        ("маринад для шашлыка", _none(),
         "a shashlik marinade; none on offer (dry seasonings such as Kotanyi «Кавказские травы» are not a marinade; "
         "meat sold in marinade is not one either)"),
        ("лаваш тонкий армянский пару штук", _none(),
         "thin Armenian lavash; none on offer (Mission tortillas excluded)"),
    ]),
    # V9 snacks for the football
    ("семки от мартина, фисташки соленые, кальмарчик сушеный", [
        ("семки от мартина", {
            "pyaterochka": ["3403508", "3630849", "3669122"],
            "magnit": ["1000229533"],
            "dixy": [],
            "perekrestok": [],
        }, "От Мартина sunflower seeds of any kind (отборные, особые, с морской солью); От Мартина pumpkin seeds and "
           "peanuts, other brands (Бабкины, Богучарские, от Атамана) excluded"),
        ("фисташки соленые", {
            "pyaterochka": ["3933060", "4073982"],
            "magnit": ["f692308d66"],
            "dixy": [],
            "perekrestok": [],
        }, "salted roasted pistachios (incl. «подсоленные»); sweets, yoghurt and curd snacks with pistachio excluded"),
        ("кальмарчик сушеный", {
            "pyaterochka": [],
            "magnit": ["e9fc0d684c"],
            "dixy": [],
            "perekrestok": [],
        }, "dried squid snack (SOLONINA «Кальмар стружка сушено-вяленый»); squid in brine/sauce, frozen squid, squid "
           "salad excluded"),
    ]),
    # V10 a hot day
    ("мороженое пломбир в стаканчике, арбуз, черешенка, эскимо на палочке", [
        ("мороженое пломбир в стаканчике", {
            "pyaterochka": ["4009747"],
            "magnit": ["bac7d8405e", "5e86759538", "454d2f4e9d"],
            "dixy": [],
            "perekrestok": [],
        }, "пломбир in a (wafer) cup, any flavour (vanilla or chocolate); пломбир in a cone (рожок), brick, flow-pack "
           "without a cup, 1 l tubs, Magnit «КАК РАНЬШЕ пломбир ваниль 70г» (form not stated), milkshakes and yoghurts "
           "«со вкусом пломбира» excluded"),
        ("арбуз", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4071854"],
        }, "fresh watermelon; watermelon-flavoured chewing gum, ice cream and drinks excluded"),
        ("черешенка", _none(),
         "fresh sweet cherries; none on offer (черешня jam, drinks, yoghurts, croissants and «Сельдерей черешковый» "
         "excluded)"),
        ("эскимо на палочке", {
            "pyaterochka": ["4047712", "3926883", "3940931"],
            "magnit": ["388962e3d1", "ddb32be15c", "214721"],
            "dixy": [],
            "perekrestok": ["4311103"],
        }, "ice cream titled «эскимо» of any flavour/brand (Milka, Магнат, Maxiduo, Молочный Знак); ice cream without "
           "«эскимо» in the title (cups, cones, bricks, Радуга, полено) and lollipops «на палочке» excluded"),
    ]),
    # V11 the guys' evening
    ("водка 0.5 самая дешевая, сок томатный 1л, лимончики", [
        ("водка 0.5 самая дешевая", {
            "pyaterochka": [],
            "magnit": ["2fc1277b9b", "2e5457171a", "1ea5fbb268", "199131", "202321", "202051", "199141", "202041",
                       "167671", "167591", "159761", "160071", "108971", "112211", "111501", "204991", "213221"],
            "dixy": [],
            "perekrestok": [],
        }, "unflavoured vodka in 0.5 l bottles («0.5» names the bottle; «самая дешевая» is a wish, not a filter), incl. "
           "«особая» vodkas without a named flavour (Перепелка Фермерская, Хортиця Ultra Premium); flavoured vodkas "
           "(Талка Сибирский Кедр, Зелёная Марка Кедровая, Зимняя Деревенька можжевеловая, на расторопше) and other sizes "
           "(0.25, 0.375, 0.45, 0.7, 1 l) excluded"),
        ("сок томатный 1л", {
            "pyaterochka": [],
            "magnit": ["b3901ed97f", "204641", "205971"],
            "dixy": [],
            "perekrestok": ["14125", "3196547", "3498246"],
        }, "tomato juice in a ~1 l pack (0.95-1 l accepted as the litre pack: J7 970 ml, Фруктовый сад 0.95 l), incl. "
           "Сады Придонья children's tomato juice; Сады Придонья 2 l, Добрый «Нектар томатный», Любимый «Нектар спелый "
           "томат», !DEAS tomato-cucumber juice and fresh/pickled tomatoes excluded"),
        ("лимончики", _none(),
         "fresh lemons; none on offer (lemon-flavoured goods, «Тоник Bitter лимон», cleaning products «Лимон», Magnit "
         "«Лайм» excluded)"),
    ]),
    # V12 hot dogs
    ("сосиски гриль, горчичка, булочки для хот догов", [
        ("сосиски гриль", _none(),
         "sausages for grilling; none titled гриль/для гриля: ordinary boiled сосиски (молочные, сливочные, баварские, "
         "докторские…), шпикачки, сардельки, «Хотстеры» in dough and «Картофель хрустящий со вкусом колбасок гриль» "
         "excluded -- the variety written is required"),
        ("горчичка", {
            "pyaterochka": ["3621047", "3435016"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mustard (Махеевъ Русская, Global Village Французская); ketchup «с горч.», honey-mustard peanuts, crackers and "
           "mustard sauce sachets packed with croutons excluded"),
        ("булочки для хот догов", _none(),
         "hot-dog buns; none on offer (burger sauces, сдоба and croissants excluded)"),
    ]),
    # V13 wine and cheese on the veranda
    ("винишко красное сухое, сыр дор блю кусочек, виноград зеленый без косточек", [
        ("винишко красное сухое", {
            "pyaterochka": [],
            "magnit": ["ce196366c4", "bade36759d", "e70e8ddb93", "e8053f6404", "82c49b7fbf", "5d8a8a24cf", "c2612cf80f",
                       "7ad3172a4a", "229b7b954e", "202001", "202281", "202011", "199091", "167471", "168041",
                       "104811", "111851", "205611", "213501", "213381"],
            "dixy": [],
            "perekrestok": [],
        }, "still red dry wine, any size; полусухое, полусладкое, port (Монтейро Руби), rosé, white and Perekrestok "
           "alcohol-free «Sin Albali Cabernet Tempranillo» excluded"),
        ("сыр дор блю кусочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3614011"],
        }, "Dorblu blue cheese (Аллгой «Dorblu Classic»); other blue cheeses (Grandblu, Mont Blu, Cambozola, Маркет «с "
           "голубой плесенью») excluded because the brand was written -- doubtful, «дорблю» is often used for any blue "
           "cheese; «Крем-сыр Dorblu A La Creme» (a spread, not a piece) excluded"),
        ("виноград зеленый без косточек", {
            "pyaterochka": ["4327381"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48657", "48660", "4327381"],
        }, "green (white) seedless grapes: «Виноград белый без косточек», «Киш-миш» (kishmish is seedless and, without "
           "«чёрный», green) and «Шайн Мускат нефритовый» (a green seedless variety) -- the last two on outside knowledge; "
           "«Киш-миш чёрный», «Тайфи» (pink, seeded), Magnit «Виноград черный» and grape juices/drinks excluded"),
    ]),
    # V14 campfire
    ("маршмеллоу для костра, печеньки орео, шоколад для смореса", [
        ("маршмеллоу для костра", {
            "pyaterochka": ["4059074", "4059073", "3454215", "4052615", "4024311"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marshmallows of any kind («для костра» is a purpose, not a filter): MIXBAR and Шарлиз «Marshmallows», "
           "«MARSHMAL.PREM. мини», БОН ПАРИ «Кислые в кубе. Маршмеллоу» and LOVE IS «воздушный зефир для десертов» (mini "
           "marshmallows -- outside knowledge); Russian зефир (Белевский, Шарлиз глазированный, Сладкие истории), "
           "«маршмеллоу»-flavoured drink and donut, curd dessert with marshmallow excluded"),
        ("печеньки орео", {
            "pyaterochka": ["4032483", "3474314", "3640617", "3983256", "3474313", "3640618"],
            "magnit": ["5aadea8f9c", "204631"],
            "dixy": [],
            "perekrestok": [],
        }, "Oreo biscuits of any flavour incl. Oreo Golden; chocolate bars with Oreo pieces (Milka, Alpen Gold) and Milka "
           "sweets «печенье Орео» excluded"),
        ("шоколад для смореса", {
            "pyaterochka": ["4021002", "4053597", "4053732", "4053758", "4053799", "4053800", "4053806", "3437462",
                            "3478918", "2090982", "2096679", "3426468", "3608921", "3643945", "3683712", "4053663",
                            "4053995", "3681592", "3970073", "3668752", "3906837", "3499535", "3677292", "4051313",
                            "4051314", "3687847", "3689776", "3626617", "3478916", "3483271", "3680750", "3626",
                            "3386238", "3431029", "3624516", "3642219", "10502", "3408080", "3681277", "3468707",
                            "3468708", "3468709", "3468710", "3468711", "3606533", "3601839", "3605224", "4053724",
                            "3468716", "3468717", "3470562", "3500492", "3500493", "3500494", "3500495", "3604964",
                            "3639551", "3642596", "4053801", "4053798", "4053804", "4078353", "4078354", "3626894",
                            "3957242", "4053805", "4053537", "4053802", "4053803", "3981472", "4055040", "3971991",
                            "3972000"],
            "magnit": ["1000149245", "1000178487", "85264f7b3c", "bf0fd36e40", "a0c71b4d12", "2a5b2a1766", "d30b66494b",
                       "8f909bd3bf", "7e8df7fba7", "11ee50093d", "8429466760", "c91d6a24a7", "755922074b", "7a62d5bf49",
                       "167931", "167881", "168161", "109391", "111691", "112361", "206061", "205161", "205931",
                       "213641"],
            "dixy": [],
            "perekrestok": ["4353891", "4371496", "4353876", "3490515", "17333", "3447877", "3448606"],
        }, "any chocolate bar/tablet -- milk, dark, bitter, white, porous, with or without nuts, fillings or pieces "
           "(«для смореса» is a purpose, not a filter), incl. Kinder Chocolate, Toblerone, M&M's chocolate; wafer bars "
           "(KitKat), chocolate sweets and boxed assortments, Kinder eggs and figures, chocolate-coated marzipan/zefir, "
           "chocolate spreads, butter, drinks, cookies, ice cream and Snickers/Mars bars excluded"),
    ]),
    # V15 olivier for the party
    ("майонезик провансаль 67, горошек зеленый банка, колбаса докторская для оливье", [
        ("майонезик провансаль 67", {
            "pyaterochka": ["3982578", "3355228", "3355242", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["4297313", "4412152", "4105769", "2047206", "3674577", "3467275", "4233420", "3193489",
                            "4199312"],
        }, "mayonnaise titled Провансаль with 67% (incl. «Провансаль оливковый» and Махеевъ «Провансаль с лимонным "
           "соком»); Pyaterochka «Майонез Слобода, 67%, 800 мл» accepted because it has the PLU 3193489 that "
           "Perekrestok titles «Слобода Провансаль 67%»; mayonnaises not called Провансаль (Heinz классический, Слобода "
           "оливковый, Mr.Ricco, перепелиные, домашний 55%) and «Я люблю готовить Московский Провансаль» 700 мл (no % in "
           "the title) excluded"),
        ("горошек зеленый банка", {
            "pyaterochka": ["4043589"],
            "magnit": ["203021", "111581", "213651"],
            "dixy": [],
            "perekrestok": ["27460", "41891", "82254", "4273266", "4345766"],
        }, "canned green peas, any brand and size; «перец горошек» and other canned vegetables excluded"),
        ("колбаса докторская для оливье", {
            "pyaterochka": ["3347584", "3620675", "3385812", "78001451", "4019606", "2120885"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4296145", "4380012", "4301347", "4432115", "4410079", "4255289", "4264678", "3639615",
                            "4221913", "4352000", "3347584", "3033317", "78001451"],
        }, "Докторская boiled sausage, any brand, sliced or whole; «Сардельки/Сосиски Докторские» and the energy drink "
           "«Black Monster The Doctor» excluded"),
    ]),
    # V16 new potatoes at the dacha
    ("шпикачки, картошка молодая 2кг, укропа пучок побольше, лучок зеленый пучок", [
        ("шпикачки", {
            "pyaterochka": ["3685490", "3472486", "4008109"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "шпикачки of any brand; сосиски and сардельки excluded"),
        ("картошка молодая 2кг", {
            "pyaterochka": [],
            "magnit": ["168701"],
            "dixy": ["72aaa021b7"],
            "perekrestok": [],
        }, "young potatoes: Дикси «Картофель молодой» and Magnit «Картофель Новый урожай» (new crop = young potatoes, "
           "judgement); ordinary washed/red/frying/boiling potatoes, crisps, «сырок Картошка» and herring «к картошке» "
           "excluded; «2кг» is the quantity"),
        ("укропа пучок побольше", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill; dried dill (Восточный гость), herb mixes «Лук, Укроп и Петрушка» / «петрушка-укроп-лук» (not dill "
           "alone) and herring «с укропом» excluded"),
        ("лучок зеленый пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295465"],
        }, "fresh green onion; bulb onions (репчатый, Ялтинский, шалот, салатный, Светофор), herb mixes and "
           "«зелёный лук»-flavoured crisps excluded"),
    ]),
    # V17 beer night at the lake
    ("пиво жигулевское 1.5 л, вобла вяленая, креветки к пиву", [
        ("пиво жигулевское 1.5 л", _none(),
         "Жигулёвское beer; none on offer in any size"),
        ("вобла вяленая", {
            "pyaterochka": [],
            "magnit": ["705f039ea0"],
            "dixy": [],
            "perekrestok": [],
        }, "dried vobla; SOLO NINA «Вобла вяленая соломка» 40 g (shredded) accepted; dried tuna/squid snacks excluded"),
        ("креветки к пиву", {
            "pyaterochka": ["3636987", "3663836", "3605498", "3635799", "3420429"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3970776", "4379876", "4344842", "3432111", "4343270", "4379877", "4371402", "3642960",
                            "3495300", "4078304", "4379878", "4277440"],
        }, "shell-on shrimps (boiled-frozen or raw frozen, неразделанные/в панцире/целые or peeling not stated) -- «к "
           "пиву» is a purpose, not a filter, but peeled shrimps (очищенные) are not what one serves with beer and are "
           "excluded, as are shrimps in brine/заливка, shrimp-flavoured crisps, caviar and olives with shrimp"),
    ]),
    # V18 gaming night
    ("энергетик adrenaline rush, принглс паприка, сникерсы 3 шт, жвачка орбит", [
        ("энергетик adrenaline rush", {
            "pyaterochka": ["3931836", "3931838", "4068487"],
            "magnit": ["205111"],
            "dixy": [],
            "perekrestok": [],
        }, "Adrenaline Rush energy drinks (original, «red energy», «без сахара»); other Adrenaline lines (Juicy, Game Fuel, "
           "Gold Black/White) and other brands (Burn, Black Monster, Драйв Ми) excluded"),
        ("принглс паприка", {
            "pyaterochka": ["3231225"],
            "magnit": ["204411"],
            "dixy": [],
            "perekrestok": [],
        }, "Pringles paprika; Lay's/Naturals/Krac paprika (other brands) and Pringles of other flavours excluded"),
        ("сникерсы 3 шт", _none(),
         "classic Snickers bars; none on offer: Magnit «SNICKERS Батончик белый» (a white-chocolate variant -- a brand "
         "without qualifier means the classic product; doubtful) and the Pyaterochka gift set with Snickers minis "
         "excluded"),
        ("жвачка орбит", {
            "pyaterochka": ["3499538"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Orbit chewing gum (ORBIT Белоснежный Bubblemint); Dirol, Mentos, Five (other brands) excluded"),
    ]),
    # V19 fish and vegetables for the table
    ("скумбрия х/к пара штук, помидорчики розовые, перчик болгарский красный", [
        ("скумбрия х/к пара штук", {
            "pyaterochka": ["3454689"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4358592"],
        }, "cold-smoked mackerel (Балтийский берег 300 g; Люди Любят «кусочки холодного копчения» accepted -- «пара "
           "штук» is the quantity); canned mackerel and «Скумбрия рубленная» excluded"),
        ("помидорчики розовые", {
            "pyaterochka": [],
            "magnit": ["107631"],
            "dixy": [],
            "perekrestok": ["4355823"],
        }, "fresh pink tomatoes (Magnit «Томаты розовые», Perekrestok «Томат Дагестан розовый»); red, cherry, plum, "
           "Бакинские (colour not stated), pickled/salted tomatoes excluded"),
        ("перчик болгарский красный", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["6177"],
        }, "fresh red sweet (bell) pepper; yellow, «в ассортименте», Рамиро (colour not stated), canned grilled peppers "
           "and spices excluded"),
    ]),
    # V20 drinks for the heat
    ("боржоми 0.5\nлимонад черноголовка тархун\nквас очаковский 2 л", [
        ("боржоми 0.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["81514"],
        }, "Borjomi in 0.5 l; Borjomi 1.25 l (Pyaterochka and Perekrestok) excluded by the size written"),
        ("лимонад черноголовка тархун", {
            "pyaterochka": [],
            "magnit": ["24f0ca6987"],
            "dixy": [],
            "perekrestok": ["3013417"],
        }, "Черноголовка Тархун (any size); other Черноголовка flavours (Лимонад, Байкал, Дюшес, Кола, Мандарин) and "
           "«Любимый Тархун» (other brand) excluded"),
        ("квас очаковский 2 л", _none(), "Очаковский kvass; no kvass of any brand on offer"),
    ]),
    # V21 grill gear
    ("шампура 6 штук, решетка для барбекю, фольга для запекания", [
        ("шампура 6 штук", _none(), "skewers; none on offer"),
        ("решетка для барбекю", {
            "pyaterochka": [],
            "magnit": ["202991", "204421"],
            "dixy": [],
            "perekrestok": [],
        }, "grill grates (Magnit «Решетка-гриль универсальная» flat and deep)"),
        ("фольга для запекания", {
            "pyaterochka": [],
            "magnit": ["f69098d85b"],
            "dixy": [],
            "perekrestok": [],
        }, "aluminium kitchen foil («Фольга особопрочная 29см×7м»); baking sleeve (рукав для запекания) excluded"),
    ]),
    # V22 steaks
    ("стейки говяжьи, соус барбекю хайнц, кукуруза початки", [
        ("стейки говяжьи", {
            "pyaterochka": ["3991972", "3677033"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw beef steaks (Мираторг «Стейк Пеппер из мраморной говядины», «Стейк Бафоло Black Angus»); pork, turkey, "
           "fish steaks, beef cuts not sold as steaks (лопаточная, шейная часть) and steak-flavoured croutons excluded"),
        ("соус барбекю хайнц", _none(),
         "Heinz barbecue sauce; none on offer (Heinz sells кисло-сладкий, сырный, чили, терияки, брусничный, Цезарь; "
         "barbecue-flavoured crisps/beans excluded)"),
        ("кукуруза початки", _none(),
         "fresh corn on the cob for the grill; none: Perekrestok «Кукуруза молодая в початках Маркет Collection 350г» is "
         "a jar of baby corn (canned, judgement from its shelf «Салатная классика» and weight) and canned kernels are "
         "excluded"),
    ]),
    # V23 tea on the terrace
    ("нектар мультифруктовый, юбилейное печенье пару пачек, вафельки", [
        ("нектар мультифруктовый", {
            "pyaterochka": ["26868"],
            "magnit": ["112401"],
            "dixy": [],
            "perekrestok": ["4395135"],
        }, "multifruit nectar (Добрый мультифруктовый, Фруктовый сад мультифрукт, Сады Придонья «мультифрукт» -- its "
           "title says «Соки и нектары», the product is a nectar on outside knowledge); multifruit juices (J7 «Сок "
           "Мультифрукт», Фрутоняня, Honey Kid), single-fruit nectars and «Вишнёво-…» mixes excluded"),
        ("юбилейное печенье пару пачек", {
            "pyaterochka": ["3618783", "3603068", "3662392", "3958570", "3958571", "4027701", "4027703", "3471173",
                            "3655049"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4425157", "4371424"],
        }, "Юбилейное biscuits of every kind (traditional, glazed, oat, berry, постное, whole-grain); Magnit «Мини-кексы "
           "Юбилейное» (cakes), Юбилейная sausage and Meinl «Юбилейный» coffee excluded"),
        ("вафельки", {
            "pyaterochka": ["3673372", "3432952", "3668255", "3668256", "3257371", "3418863", "3983254", "4090303",
                            "3908663", "3908665", "3939083", "3948437", "4036375", "3607404", "3607414", "3687458",
                            "3687534", "2126636", "3141421"],
            "magnit": ["2a32ffe31d", "9b5bb8a58d", "7d5a68f794", "01fb3ade65", "f55f44c954", "29989b90ed"],
            "dixy": [],
            "perekrestok": [],
        }, "sweet wafers of any filling incl. chocolate-covered wafer bars titled «вафли»/«вафля» (Milka, «Вафля в молочном "
           "шоколаде»); Toreno «Вафли для торта» (cake sheets), wafer cakes («Торт вафельный», «Тортики вафельные "
           "Отломи»), KitKat, wafer sweets, ice cream in wafer cones/cups excluded"),
    ]),
    # V24 gin and tonic
    ("швепс тоник, джин подешевле, лайм 2шт, лед", [
        ("швепс тоник", {
            "pyaterochka": ["4006516"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Schweppes Indian Tonic; Schweppes Mojito and Spritz Aperitivo (not tonic), tonics of other brands (Evervess, "
           "Rich, Chillout) excluded because the brand was written"),
        ("джин подешевле", {
            "pyaterochka": [],
            "magnit": ["109021"],
            "dixy": [],
            "perekrestok": [],
        }, "gin («подешевле» is a wish): Magnit «Джин Вайт Лейс» 0.5 l, the only gin; rum-based drinks excluded"),
        ("лайм 2шт", {
            "pyaterochka": [],
            "magnit": ["168711"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh limes (Magnit sells by the kg; «2шт» is the quantity); lime-flavoured drinks, air fresheners and "
           "cakes excluded"),
        ("лед", _none(), "ice; none on offer"),
    ]),
    # V25 hygiene for the trip
    ("влажные салфетки антибактериальные, туалетка 4 рулона, фумитокс от комаров, зажигалку", [
        ("влажные салфетки антибактериальные", {
            "pyaterochka": [],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4166484", "4174787", "3917869"],
        }, "antibacterial wet wipes, incl. Home Story «антисептические» (judgement: antiseptic = antibacterial); "
           "ordinary wet wipes (Tolli), baby wipes (Kokoro), paper napkins and Rexona «антибакт.» deodorant excluded"),
        ("туалетка 4 рулона", {
            "pyaterochka": ["3493108"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in a 4-roll pack («4 рулона» names the pack): Zewa Just 1 4 слоя 4 рул.; 8- and 12-roll packs, "
           "moist toilet paper and paper towels excluded"),
        ("фумитокс от комаров", _none(),
         "Фумитокс mosquito fumigator/plates; none of the brand nor any fumigator on offer (Гардэкс aerosol is another "
         "brand and product)"),
        ("зажигалку", _none(), "a lighter; none on offer"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fv"))
