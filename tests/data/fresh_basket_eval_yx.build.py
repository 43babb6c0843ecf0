#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yx.jsonl -- road-trip-with-camping shopping lists hand-labelled against the
real offers in real_offers_g.jsonl (see real_offers_g.SOURCES.md).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yx.build.py

LISTS below is literal data: 25 lists (3-5 items) for a week-long road trip by car with camping, as
people type them to a Telegram bot, and for every item the product ids of every store that a reasonable
shopper would accept.  The texts were written first, before any offer was read, and saved in
fresh_basket_eval_yx.blind_lists.txt; they are copied here byte for byte, except one item in each of
fyx12 and fyx22 (every item of those two lists was missing in all four stores, see REPLACEMENTS and the
README).  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; the note of each item
records what was accepted, what was deliberately left out and any judgement resting on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The
labels were made without reading korzina's matcher or its data files.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is
in stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fyx01, fyx02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yx.jsonl")

# Items replaced after labelling (list id, blind item, replacement); only lists empty in every store.
REPLACEMENTS = [
    ("fyx12", "пластырь", "антисептик для рук в бардачок"),
    ("fyx22", "тарелочки одноразовые", "фейри для посуды в поход"),
]

E = []  # shorthand for "missing in this store"

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 canned beef, groats, bread, water
    ("тушонка говяжья 4 банки, гречу в пакетиках для варки, хлебушек в нарезке, водички 5л пару бутылей", [
        ("тушонка говяжья 4 банки", {
            "pyaterochka": E,
            "magnit": ["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b"],
            "dixy": ["2000313236", "2000408120", "T000000869", "2000258591", "2000192964", "2000415753",
                     "2000220776", "2000302684", "2000557431"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef (Говядина тушеная, any brand, grade or can size); «тушонка» is a typo of тушёнка and "
           "«4 банки» a quantity; stewed pork, turkey, horse meat, chicken in its own juice, beef ready meals, baby "
           "purees with beef and dog treats excluded"),
        ("гречу в пакетиках для варки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000300392", "2000272542"],
            "perekrestok": ["4353613", "28960", "4061364", "4009020", "3674200", "3603166", "3696237", "3493533"],
        }, "buckwheat groats in boil-in-bags: titles saying «в пакетах для варки» / «в варочных пакетах» or sold as "
           "N×80 g, 8×62.5 g, 4×100 g portions (outside knowledge: such multi-portion groats packs are boil-in-bags); "
           "loose 400-900 g packs, green buckwheat, buckwheat flakes, soba, ready buckwheat dishes and baby porridge "
           "excluded"),
        ("хлебушек в нарезке", {
            "pyaterochka": E,
            "magnit": ["a37c992f14", "7fa10b807d", "643727af2a", "fb4c130c20", "6929a8d5f0", "30c269d29a",
                       "67f076fea4"],
            "dixy": ["2000195093", "2000203640"],
            "perekrestok": ["4318510", "4318511", "4329401", "3680023", "4102687", "4329402", "4264947", "3382146",
                            "4329404", "3974719", "3974720", "4074396", "3627134", "4318513", "3658457", "4276930",
                            "3953836", "4159802", "3455614", "3455615", "3624125", "4291434", "3455248", "4049144",
                            "2053660", "3634576", "3965436", "4323653", "4287370", "4323654", "4323651"],
        }, "any bread loaf or baton whose title says it is sliced («нарезка», «нарезанный») and Коломенский toast "
           "bread («ТОСТОВЫЙ»), white, rye or grain; Перекрёсток Зелёная Линия / Хлебный Дом «Хлебец … нарезанный» "
           "taken as sliced loaves (outside knowledge: 250-350 g loaves, not crispbread); «Батон Коломенское "
           "Нарезной» excluded (нарезной is the type name, the title does not say sliced), unsliced loaves, "
           "хлебцы, гренки and «Рулет Егорьевский в нарезке» excluded"),
        ("водички 5л пару бутылей", {
            "pyaterochka": ["3635131"],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871",
                            "4231308"],
        }, "drinking water in 5 l bottles, incl. children's drinking water 5 l (Фрутоняня, Аквалайн «Для ляль», "
           "Черноголовка Бэйби, Кидси) and Перекрёсток «Люкс вода 5л с тарой»; Пятёрочка «Легенда Гор … 5.0» taken "
           "as 5 l (outside knowledge); 6 l, 18.9 l and smaller bottles excluded; «пару бутылей» is a quantity"),
    ]),
    # L2 canned fish and a baton
    ("шпротики в масле 2 банки, сайра натуральная, батон белый какой подешевле", [
        ("шпротики в масле 2 банки", {
            "pyaterochka": E,
            "magnit": ["861990d37c", "cb3b169ef1", "1bdba960f3", "b98acadada", "3382c3c046"],
            "dixy": E,
            "perekrestok": E,
        }, "sprats in oil of any brand and can size, incl. ВКУСНЫЕ КОНСЕРВЫ «в масле с халапеньо» (still sprats in "
           "oil; nothing else is added); «2 банки» is a quantity"),
        ("сайра натуральная", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no saury (сайра) of any kind in the offers; other canned fish not accepted"),
        ("батон белый какой подешевле", {
            "pyaterochka": E,
            "magnit": ["7fa10b807d"],
            "dixy": E,
            "perekrestok": ["4318510", "2065120", "4329401", "3680023", "4102687", "4329402", "4157283", "4264947",
                            "78011178"],
        }, "white wheat batons (Нарезной, Молочный, Утренний, Горчичный, Новый, «к завтраку», plain «Батон»), sliced or "
           "not; Отрубной (bran) and Зерновой batons excluded as not plain white, bread loaves and «батончик» bars "
           "excluded; «какой подешевле» is a wish"),
    ]),
    # L3 instant food and paper
    ("доширак 6 шт, маккофе 3в1, влажн салфетки антибакт большая пачка, туалетки 4 рулончика", [
        ("доширак 6 шт", {
            "pyaterochka": ["3402845"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3664094"],
        }, "Доширак instant noodles of any flavour (Чан рамен); «доширак» is read as the brand, so BigBon and Роллтон "
           "noodles are excluded, and Доширак mashed potato is not noodles; «6 шт» is a quantity"),
        ("маккофе 3в1", {
            "pyaterochka": E,
            "magnit": ["03b9d053de"],
            "dixy": E,
            "perekrestok": E,
        }, "MacCoffee 3-in-1 instant coffee drink; МАККОФЕ «Капучино Ди Торино», МакШоколад, MacCoffee ground espresso "
           "and other brands' 3в1 (Nescafe, Jacobs, Maxwell House, Жокей) excluded"),
        ("влажн салфетки антибакт большая пачка", {
            "pyaterochka": E,
            "magnit": ["337392b1b2", "73ec40a66f"],
            "dixy": E,
            "perekrestok": E,
        }, "antibacterial wet wipes in a big pack: LA FRESH 120 шт and САЛФЕТИ 72 шт; АУРА antibacterial 20 шт excluded "
           "as a small pack, non-antibacterial, baby, surface and intimate wipes excluded"),
        ("туалетки 4 рулончика", {
            "pyaterochka": E,
            "magnit": ["11634cf6c9", "e01188fba0", "be21812bf9", "24f2c70304", "b0339ecad9", "f88b88076f",
                       "0f9bdfbe08", "475d902330"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": E,
        }, "dry toilet paper in packs of 4 rolls (the count names the pack), any brand and ply; packs of 6/8/12, wet "
           "toilet paper, paper towels and toilet blocks excluded"),
    ]),
    # L4 sun, batteries, water
    ("сонцезащитный крем spf 50, батарейки аа duracell, негазированная водичка 1.5л", [
        ("сонцезащитный крем spf 50", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no sunscreen in the offers; day face creams with SPF 15/20 (Libriderm, L'Oreal) are not sunscreen and not "
           "SPF 50; «сонцезащитный» is a typo"),
        ("батарейки аа duracell", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no batteries of any brand in the offers"),
        ("негазированная водичка 1.5л", {
            "pyaterochka": E,
            "magnit": ["75ce595dc6", "720f82c2d2", "98aaa95b9c", "65b73d7b58", "162ec6aa1d"],
            "dixy": ["ЦТ0046868", "2000285345", "2000335456"],
            "perekrestok": ["3655718", "4344084", "4264401", "3674372", "4316383"],
        }, "still plain drinking/table water in 1.5 l bottles, incl. still table mineral water (Сенежская, Архыз, Горная "
           "вершина) and Фрутоняня children's water; Магнит «ЛЕГЕНДА ГОР АРХЫЗ, природная, 1,5л» (gas not stated) taken "
           "as still (outside knowledge); flavoured waters (клубника, лимон, персик), sparkling, лечебно-столовая "
           "(Легенда Сибири) and Славяновская, 1.4/1.75/2 l bottles excluded"),
    ]),
    # L5 snacks for the road
    ("роллтон лапша курица 5 шт, сухарики 3 корочки ржаные, семки от мартина жареные в дорогу, энергетик какой-нибудь", [
        ("роллтон лапша курица 5 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no Роллтон instant noodles with chicken: Перекрёсток has only Роллтон vermicelli «с говядиной», Дикси only "
           "Роллтон mashed potato «с куриным вкусом» and Роллтон pasta; other brands' noodles excluded"),
        ("сухарики 3 корочки ржаные", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no Три корочки croutons in the offers; other brands' rye croutons (Take It, Фишка, Хрусteam, Гренковъ) "
           "excluded because the brand is required"),
        ("семки от мартина жареные в дорогу", {
            "pyaterochka": E,
            "magnit": ["5cbde10c7f", "f87f37880a"],
            "dixy": ["2000277205", "2000562834", "2000540213", "2000196729", "2000282287", "2000151864",
                     "2000285542", "2000300666"],
            "perekrestok": ["4280034", "4280033", "3348828", "3072541", "3403508", "3669391", "3669122", "3624461",
                            "3469303", "3630849", "3669392", "3661124"],
        }, "От Мартина sunflower seeds of any kind (отборные, полосатые, белые, чёрные, with or without salt); «семки» "
           "are sunflower seeds, so От Мартина pumpkin seeds are excluded; all От Мартина seeds are sold roasted "
           "(outside knowledge: also «белые» and the titles without «жареные»); От Атамана, Бабкины etc. and the "
           "unbranded «Молодёжные» excluded"),
        ("энергетик какой-нибудь", {
            "pyaterochka": E,
            "magnit": ["f4ace401d4", "81c81e1a31", "6c553cceef", "4178214af4", "fa27f4c150", "b332431eca",
                       "eaee7b7235", "d14454fd02", "40ecd31c9e"],
            "dixy": ["2000600293", "2000600292", "2000565672", "2000572753", "2000542794", "2000529079",
                     "2000268262", "2000291275", "2000291276", "2000603931", "2000595892", "2000596692"],
            "perekrestok": ["4229369", "4199222", "4363397", "4206324", "4274186", "4315389", "3503452", "2119252",
                            "3173468"],
        }, "any energy drink (Burn, Red Bull, Adrenaline, Gorilla, Drango, Tornado, Volt, E-ON, Lit Energy, Flash Up), "
           "incl. Дикси X-Turbo «Напиток тонизирующий» (outside knowledge: an energy drink); J7 Energy juice drink, "
           "Kombucha energy, TESS Get Energy tea, Bon Pastil candies and kefir «Active Energy» excluded"),
    ]),
    # L6 camp cooking
    ("тушенка свиная, перловка с говядиной, лук репчатый кило в сетке, соль крупная каменная", [
        ("тушенка свиная", {
            "pyaterochka": E,
            "magnit": ["10442db11c", "00378960af", "bad91e2152", "cb1e84dc80"],
            "dixy": ["2000553351", "2000329129", "2000423791", "2000303429", "2000204154", "2000302685"],
            "perekrestok": ["4189730"],
        }, "canned stewed pork of any brand and size; stewed beef, pork «в маринаде», варено-копченая свинина and "
           "ready meals excluded"),
        ("перловка с говядиной", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no pearl-barley porridge with beef (canned or ready) and no pearl barley at all in the offers"),
        ("лук репчатый кило в сетке", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3969"],
        }, "fresh onion sold in a net bag («в сетке» names the pack, «кило» the quantity); loose onion, 500/600 g "
           "packs, Дикси «в упаковке, 1 шт», red and peeled onion, dried onion excluded"),
        ("соль крупная каменная", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["ЦТ0044186", "DI00080806"],
            "perekrestok": ["3450465", "3613636", "3613637", "3255026"],
        }, "coarse rock salt: Salina «каменная … помол №1», Илецкая «помол 1» (outside knowledge: Iletsk salt is mined "
           "rock salt) and plain «поваренная пищевая крупная» / «помол №1» without another origin (outside knowledge: "
           "coarse food salt in Russia is rock salt); sea salt, fine/Экстра, Himalayan, Adyghe and flavoured salt, "
           "dishwasher and bath salt excluded"),
    ]),
    # L7 breakfast at camp
    ("овсяная каша в пакетиках с фруктами, сгушенка в тубе, чай черный с бергамотом, сахарок кусковой", [
        ("овсяная каша в пакетиках с фруктами", {
            "pyaterochka": E,
            "magnit": ["2123200142", "1000155179", "1000155178", "1000206048", "1000106287", "1000535160",
                       "1000026173", "1000026174"],
            "dixy": ["2000579452", "2000538758", "2000595591", "2000600674", "2000536417", "2000113479"],
            "perekrestok": ["4130513", "4130515", "3453942", "3453945", "3453946", "3480283", "3480284", "3480288",
                            "4312717", "4312718"],
        }, "instant oatmeal in single-portion sachets (35-41 g or multipacks of them) with a fruit/berry flavour (incl. "
           "Геркулес «с малиной и молоком»); «Ассорти» multipacks (Быстров incl. Дикси «Хлопья овсяные без варки … "
           "Ассорти с молоком 6х40г», Увелка, Геркулес моментального) taken as fruit assortments (outside knowledge); "
           "Пр!ст «со сливками», oat flakes in boxes, baby cereals, ready porridges, Organic life 240 g and the Быстров "
           "210 g flakes box excluded"),
        ("сгушенка в тубе", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no condensed milk whose title says tube; the tins of 270-650 g, the Алексеевское doy-pack «сашет» and the "
           "100 g Алексеевское (pack not stated) are excluded because the written pack form cannot be confirmed"),
        ("чай черный с бергамотом", {
            "pyaterochka": ["3380947"],
            "magnit": ["1fa2ce7c58", "108be7a212", "b9a96edc01", "ada217af77", "e13c422583", "4c2b5b0e84",
                       "9ed6ab900f", "56284b2938", "cf54caa8df", "bd44dec0f2", "a2edebfe73", "d6dd145bec",
                       "a0f6844207", "c30034aa00", "b6f8e6fea6", "543ee3fdd2", "dc9080ff20"],
            "dixy": ["2000520542", "2000420414", "2000217793", "ЦТ0016759", "2000144520", "2000228472",
                     "2000000294", "2000262681", "2000362149"],
            "perekrestok": ["5051", "2147891", "2073803", "3418513", "3473068", "3506745", "3439932", "4206081",
                            "4131560", "3626164"],
        }, "black tea with bergamot, loose or bags: Earl Grey of any brand (Ahmad «Эрл Грей 100г» taken as black, "
           "outside knowledge), Lord Grey bergamot-citrus, Richard «Бергамот и ваниль», Азерчай, Майский, Принцесса "
           "Нури «Магия бергамота»; black teas without bergamot and bergamot air freshener / dental floss excluded"),
        ("сахарок кусковой", {
            "pyaterochka": E,
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829"],
            "perekrestok": ["4092763", "2113550", "4269180", "4282808"],
        }, "sugar cubes («кусковой», «прессованный»), white or cane; granulated sugar incl. Магнит «Сахар-песок "
           "ЧАЙКОФСКИЙ, Рафинированный» (refined but granulated), Перекрёсток «Сахар Советский Экстра» (form not "
           "stated), vanilla sugar, icing sugar and сахарная вата excluded"),
    ]),
    # L8 fish tins and crispbread
    ("скумбрия в масле, печень трески, хлебцы хрустящие гречневые, майонез провансаль в мягкой упаковке", [
        ("скумбрия в масле", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["ЦТ0041121", "2000274868"],
            "perekrestok": E,
        }, "canned mackerel in oil; Магнит ФОРГРЕЙТ «натуральная с добавлением масла» (a different canning type), "
           "mackerel in tomato, natural mackerel, smoked and frozen mackerel and fish spreads excluded"),
        ("печень трески", {
            "pyaterochka": E,
            "magnit": ["43e66c8a47"],
            "dixy": E,
            "perekrestok": E,
        }, "canned cod liver; Пятёрочка «Икра трески» excluded"),
        ("хлебцы хрустящие гречневые", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000136520"],
            "perekrestok": E,
        }, "buckwheat crispbread (Dr.Korner «хрустящие гречневые»); other crispbreads (rye, multigrain, rice, corn) "
           "and Перекрёсток «Хлеб Гречневый» excluded"),
        ("майонез провансаль в мягкой упаковке", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["2047206"],
        }, "Провансаль mayonnaise whose title confirms a soft pack (Махеевъ «дой-пак»); the many Провансаль "
           "mayonnaises whose pack is not stated are excluded because the same lines are sold in jars, buckets and "
           "doy-packs and the written pack form cannot be confirmed; non-Провансаль mayonnaise excluded"),
    ]),
    # L9 coffee corner
    ("якобс монарх растворимый в банке, сливки 10 процентов для кофе в дорогу, юбилейное печенье традиционное, вафельки артек в дорогу", [
        ("якобс монарх растворимый в банке", {
            "pyaterochka": E,
            "magnit": ["0386d066d3", "d377483cd5", "01f9dd25ee"],
            "dixy": E,
            "perekrestok": E,
        }, "Jacobs Monarch instant (freeze-dried) coffee in a jar: 95 g (Monarch and Monarch Интенс) and 190 g taken as "
           "glass jars (outside knowledge: these sizes are sold only in jars); the 150 g packs (Пятёрочка, Магнит, "
           "Интенс 150 г) excluded because they are sold both in jars and soft packs, ground/bean Monarch, Millicano/"
           "Monarch Miligrano (instant with ground), Jacobs Gold and 3в1 excluded"),
        ("сливки 10 процентов для кофе в дорогу", {
            "pyaterochka": E,
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609",
                       "3201860040", "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": E,
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "drinking cream of exactly 10 % (UHT or sterilised, any size, incl. VALIO «для кофе» 1 l and the 10×10 g "
           "portion packs of Альпенгурт, Campina and Зелёная Линия); 11 %, "
           "20 %, 33 % cream, curd «в сливках» and ice cream excluded; «для кофе в дорогу» is a purpose"),
        ("юбилейное печенье традиционное", {
            "pyaterochka": E,
            "magnit": ["858769ffec"],
            "dixy": E,
            "perekrestok": E,
        }, "Юбилейное «витаминизированное традиционное»; Юбилейное Молочное, «с глазурью», Овсяное and the Юбилейная "
           "sausage / Юбилейный coffee excluded"),
        ("вафельки артек в дорогу", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no Артек wafers in the offers; other wafers excluded because the brand is required"),
    ]),
    # L10 drinks for the car
    ("ессентуки №4 1.5л, квасик очаковский, лимонад буратино черноголовка, сок добрый маленькие пачки", [
        ("ессентуки №4 1.5л", {
            "pyaterochka": E,
            "magnit": ["9d46fc2eab"],
            "dixy": E,
            "perekrestok": E,
        }, "Ессентуки №4 in 1.5 l; Ессентуки №4 of 0.45 l and 1 l, Ессентуки №17, Aqua bene «Ессентуки, целебная» and "
           "Дикси «Галерея источников №4 1,5л» (not sold as Ессентуки) excluded"),
        ("квасик очаковский", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no Очаковский kvass; Русский узор «Летний» and Зелёная Линия «Медовый» kvass excluded because the brand is "
           "required"),
        ("лимонад буратино черноголовка", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3374813", "3359208"],
        }, "Черноголовка «Буратино» lemonade in any size; other Черноголовка flavours (Байкал, Дюшес, Тархун, лимон) and "
           "other brands excluded"),
        ("сок добрый маленькие пачки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000225623"],
            "perekrestok": ["4157532", "4157531", "4157530", "4259039"],
        }, "Добрый products sold as «сок» in small portions up to 0.33 l (Active Kid 200 ml, 300 ml, 0.33 l; "
           "«маленькие пачки» read as the portion size); 1 l juices, Добрый nectars, «напиток сокосодержащий» (incl. "
           "Active kid drinks), морс and sodas excluded"),
    ]),
    # L11 paper and rubbish
    ("бумага туалетная zewa, салфетки бумажные столовые 100 шт, пакеты под мусор 60 л, губки для мытья посуды 10 шт", [
        ("бумага туалетная zewa", {
            "pyaterochka": E,
            "magnit": ["939f14debe", "11634cf6c9", "e01188fba0", "013f5191a0", "cdc752b01e", "24f2c70304",
                       "b0339ecad9", "2300103434", "f88b88076f", "0f9bdfbe08", "475d902330", "be65d013c1"],
            "dixy": ["2000142974"],
            "perekrestok": ["75364"],
        }, "every ZEWA/ЗЕВА dry toilet paper (any ply, scent, roll count); ZEWA facial tissues, handkerchiefs and paper "
           "towels excluded"),
        ("салфетки бумажные столовые 100 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no table napkins in packs of 100 (the count names the pack): Home Story 20 шт and WELLFORT 16 шт napkins "
           "excluded by count, ZEWA «Салфетки для лица» 100 шт are facial tissues, not table napkins"),
        ("пакеты под мусор 60 л", {
            "pyaterochka": E,
            "magnit": ["bf68e14036"],
            "dixy": E,
            "perekrestok": E,
        }, "60 l bin bags (Магнит «Мешки для мусора … 60л»); nothing else of that kind in the offers"),
        ("губки для мытья посуды 10 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no dish sponges in packs of 10 (the count names the pack): Магнит «Губки для посуды … Макси, 5шт.» excluded "
           "by count, the shoe sponge excluded"),
    ]),
    # L12 first aid (blind item «пластырь» replaced, see REPLACEMENTS)
    ("средство от комаров и клещей, крем от загара детский, антисептик для рук в бардачок", [
        ("средство от комаров и клещей", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no insect repellent for people; Мистер Бруно repellent drops for dogs and РАПТОР moth trap excluded"),
        ("крем от загара детский", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no sunscreen (children's or other) in the offers"),
        ("антисептик для рук в бардачок", {
            "pyaterochka": E,
            "magnit": ["529fbeab5e", "f418ffccec", "304cd42c6f", "36e2c03b90", "4009f7c096"],
            "dixy": E,
            "perekrestok": ["4247447"],
        }, "replacement of the blind item «пластырь» (absent everywhere): hand sanitisers — САНИТЕЛЛЬ 50 ml, SANITELLE "
           "Kids gel, LA FRESH «антисептический» and «с антибактериальным эффектом» hand gels, Магнит Здоровье hand gel "
           "«с антисептическим эффектом», Перекрёсток Dolce Milk 45 ml «Спрей с антибактериальным эффектом» (outside "
           "knowledge: a hand-sanitiser spray); antibacterial soaps, surface disinfectants (Lysol, Санфор) and "
           "deodorants excluded; «в бардачок» is a purpose"),
    ]),
    # L13 cold cuts
    ("сардельки говяжьи на гриль, колбаска сырокопченая, сыр в слайсах, огурцы короткоплодные гладкие", [
        ("сардельки говяжьи на гриль", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no beef sardelki: the offered sardelki are pork (Ближние Горки, Мясоедов), smoked Велкомовские or of "
           "unstated meat (Магнит «СОЧНЫЕ»); «на гриль» is a purpose"),
        ("колбаска сырокопченая", {
            "pyaterochka": ["3966938"],
            "magnit": ["4a8c9560a0", "6af3d2dba7", "06d16516c6", "65eabc7d3d", "4ea41a31dc", "63dfb9d92b",
                       "54d2bfe83d", "012f52ac6f", "64b09aa833", "2dbd01217d", "494e727a2c", "403c330318",
                       "9a7d190daf", "e1bb99c49a", "b1886148dd", "363ea9366e", "f35109da30", "9cac16391e",
                       "40d5bd1fe4", "47ef8a1460", "6c0ebbb571", "48c30df1cf", "d5889cdb3d", "21cb360c4b"],
            "dixy": ["2000546175", "2000413915", "2000539576", "2000572231", "2000310948", "2000397424",
                     "2000558771", "2000284194", "2000603172", "2000402841", "2000598631"],
            "perekrestok": ["4338643", "4322133", "4321977", "4364470", "4100196", "4141051", "3493291", "4095329"],
        }, "dry-smoked (сырокопчёная) sausage of any kind and size incl. salami, Сальчичон, Чоризо, slices and all-"
           "sausage assortments, Дымов «Колбаски … Пиколини»; варёно-/полукопчёные sausages and salamis (incl. "
           "Сервелат Московский, Салями Финская/Венская without «сырокопчёная»), сыровяленые (Casademont, Казылык, "
           "Верона, ЕКГФ), Черкизово «Сальчичон/Прошутто» assortment (half ham), bacon, balyk, carpaccio, хамон and "
           "meat chips excluded"),
        ("сыр в слайсах", {
            "pyaterochka": ["3388814"],
            "magnit": ["8000046709", "1000500635", "bb94e30976", "e2a74deed4", "be2dd7f6c8", "1b8b3c9113",
                       "ca5cdad8ff", "1000278400", "8000046707", "8000076647", "1000318957", "1000452314",
                       "31ddd058b1", "8000072121", "1000560446"],
            "dixy": ["2000365650", "2000557451"],
            "perekrestok": ["4353317", "3500347", "4274229", "3501004", "4003953"],
        }, "real cheese sold sliced («слайсы», «нарезка», «ломтики»), any kind and fat; processed Hochland «Гриль Чиз "
           "ломтики» excluded (плавленый is not «сыр» by the convention), unsliced cheese excluded"),
        ("огурцы короткоплодные гладкие", {
            "pyaterochka": E,
            "magnit": ["a228350700"],
            "dixy": E,
            "perekrestok": ["4072"],
        }, "fresh cucumbers whose title states one of the two written traits and contradicts neither: Магнит «ОГУРЦЫ "
           "гладкие», Перекрёсток «Огурцы короткоплодные»; «среднеплодные»/«длинноплодные»/«колючие» cucumbers, "
           "Бакинские, unspecified «Огурцы»/«фасованные», gherkins and pickled cucumbers excluded"),
    ]),
    # L14 instant dinner
    ("пюрешка картофельная в стаканчике, курятина в собств соку, горошек зеленый бондюэль маленькая банка, фасоль красная в томатном соусе", [
        ("пюрешка картофельная в стаканчике", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000178886"],
            "perekrestok": E,
        }, "instant mashed potato in a cup: Доширак «Пюре картофельное со вкусом курицы 40г» (outside knowledge: "
           "Доширак puree is sold in cups); Роллтон 40/55 g and Пр!ст 40 g purees (sold in flat sachets as well, pack "
           "not stated), «Бизнес меню» 110 g, chilled Кунцево and Перекрёсток Select purees excluded"),
        ("курятина в собств соку", {
            "pyaterochka": ["2021426"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "canned chicken in its own juice (Золотой петушок «Мясо Цыпленка, в собственном соку»); duck in own juice, "
           "baby meat purees and Argeta chicken pâté excluded"),
        ("горошек зеленый бондюэль маленькая банка", {
            "pyaterochka": E,
            "magnit": ["68a96163bf"],
            "dixy": ["1100075857"],
            "perekrestok": ["27460", "4059535"],
        }, "Bonduelle green peas in the small 200 g / 212 ml can; 300-425 g cans, Bonduelle peas with carrot and other "
           "brands excluded"),
        ("фасоль красная в томатном соусе", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no red beans in tomato sauce: red beans are natural (Bonduelle, Глобус, Пр!ст), beans in tomato are white "
           "(Bonduelle, Маркет, Пр!ст) or unspecified baked beans (Пиканта), bean-vegetable mixes excluded"),
    ]),
    # L15 snacks
    ("арахис жареный солёный, pringles сметана и лук, сникерс 5 шт, батончик мюсли без сахара", [
        ("арахис жареный солёный", {
            "pyaterochka": E,
            "magnit": ["81631c53d8"],
            "dixy": E,
            "perekrestok": E,
        }, "roasted salted peanuts (Семушка); flavoured peanuts (bacon, cheese, wasabi, «Мексика»), nut mixes and "
           "peanut bars excluded"),
        ("pringles сметана и лук", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no Pringles in the offers; Lay's sour-cream-and-onion chips excluded because the brand is required"),
        ("сникерс 5 шт", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["DI00078665", "2000189225", "2000348756"],
            "perekrestok": E,
        }, "Snickers chocolate bars (Super, с миндалем, Пломбир flavour); «5 шт» counts bars, so Snickers Minis boxes "
           "(Пятёрочка 1 kg, Магнит «Конфеты СНИКЕРС минис») and Snickers ice cream excluded"),
        ("батончик мюсли без сахара", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3455922"],
        }, "muesli bar without sugar (ДиYes «черника без сахара»); muesli bars with sugar, nut/fruit bars and the "
           "пастила bar «без сахара» excluded"),
    ]),
    # L16 cold drinks
    ("вода с газом 0.5 6шт, кока кола 1л, липтон холодный чай лимонный 1л", [
        ("вода с газом 0.5 6шт", {
            "pyaterochka": E,
            "magnit": ["c807b47bac", "1c2ad4b953"],
            "dixy": ["2000336899", "2000581851"],
            "perekrestok": ["56196", "20389", "3655711", "4316384"],
        }, "sparkling drinking/table water in 0.5 l bottles (Бон Аква, Архыз, Aqua Minerale, Первым делом, Святой "
           "источник, Маркет); «6шт» is a quantity; лечебно-столовая waters (Borjomi, Нарзан, Рычал-Су, Нагутская, "
           "Багиатти, Набеглави, Ессентуки), still water, Дикси «Сенежская, 0,5 л» (gas not stated) and other sizes "
           "excluded"),
        ("кока кола 1л", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no Coca-Cola in 1 l (only 0.33 l cans/bottles at Пятёрочка); Добрый Кола, Черноголовка Кола, Funky Monkey "
           "Cola and Pepsi excluded because the brand is required"),
        ("липтон холодный чай лимонный 1л", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no Lipton lemon iced tea in 1 l: Дикси has it only in 1.5 l (size names the bottle), Пятёрочка Lipton "
           "«ICE TEA зел. 1л» is green, Перекрёсток Lipton 1 l is peach; Святой источник, Rich and Nestea excluded"),
    ]),
    # L17 barbecue
    ("уголь древесный 3 кг, жидкость для розжига углей, шашлычок из свинины маринованный, кетчуп для шашлыка махеевъ", [
        ("уголь древесный 3 кг", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no charcoal in the offers (only toothpastes «уголь»)"),
        ("жидкость для розжига углей", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no lighter fluid in the offers"),
        ("шашлычок из свинины маринованный", {
            "pyaterochka": E,
            "magnit": ["ffb7467b7c"],
            "dixy": E,
            "perekrestok": ["78003999"],
        }, "raw pork shashlik: Магнит «Шашлык свиной МИРАТОРГ» and Перекрёсток «Шашлык из свиной шейки» (outside "
           "knowledge: sold marinated); Перекрёсток «любительский»/«по-московски» shashlik (meat not stated), chicken "
           "shashlik, Черкизово «Свинина в маринаде по-французски», pork ribs in marinade, marinade and spice "
           "excluded"),
        ("кетчуп для шашлыка махеевъ", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000309687"],
            "perekrestok": ["3941584", "2157566", "3673190"],
        }, "Махеевъ «Шашлычный» ketchup of any size; other Махеевъ ketchups, other brands' shashlik ketchups (Heinz, "
           "Слобода, Помидорка, Круглое лето, Пр!ст) and Махеевъ marinade excluded"),
    ]),
    # L18 sprats and black bread
    ("килечка в томате 3 банки, бычки в томатном соусе, черный хлеб дарницкий, зелёный лук пучок", [
        ("килечка в томате 3 банки", {
            "pyaterochka": E,
            "magnit": ["b755c9549a", "3569961f1a"],
            "dixy": E,
            "perekrestok": E,
        }, "canned sprat (килька) in tomato sauce, incl. ЛААТСА «обжаренная с чили в томатном соусе»; sprats in oil "
           "(шпроты из кильки) excluded; «3 банки» is a quantity"),
        ("бычки в томатном соусе", {
            "pyaterochka": ["3604632"],
            "magnit": ["b1082fb77e"],
            "dixy": E,
            "perekrestok": E,
        }, "canned gobies in tomato sauce"),
        ("черный хлеб дарницкий", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3974720", "4074396", "3627134", "3953836", "4354623", "2053660"],
        }, "Дарницкий rye-wheat bread, sliced or not; breads of the bakery brand «Дарница» (Двинский, ржаной подовый) "
           "are a trap and excluded"),
        ("зелёный лук пучок", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no fresh green onion; Lay's «Молодой зелёный лук» chips and bulb onions excluded"),
    ]),
    # L19 coffee in a cezve
    ("молотый кофе мелкого помола для турки, сахарок в стиках, молоко ультрапастер 3.2 1л", [
        ("молотый кофе мелкого помола для турки", {
            "pyaterochka": E,
            "magnit": ["8269b24f19"],
            "dixy": ["2000574432", "10E0076694"],
            "perekrestok": ["3606929", "4122814", "29278"],
        }, "ground coffee of fine (cezve) grind: titles «для турки», Jacobs «Turka По-восточному», Жокей «По-восточному» "
           "and Mehmet Efendi (outside knowledge: both are extra-fine Turkish grinds); ground coffee of unstated grind, "
           "drip bags, beans and instant excluded"),
        ("сахарок в стиках", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no sugar in sticks in the offers; cubes and granulated sugar excluded"),
        ("молоко ультрапастер 3.2 1л", {
            "pyaterochka": E,
            "magnit": ["1812450001", "1000323041", "be3e0e74c3", "1000049786", "18ca387556", "1000172272",
                       "8000058295"],
            "dixy": ["2000238271", "2000066819", "2000560951", "10J0077073", "2000600213"],
            "perekrestok": E,
        }, "UHT cow milk of exactly 3.2 % in the one-litre pack (925-1000 ml / 950 g / 1 kg), incl. Агуша children's UHT "
           "milk 925 ml; sterilised milk (a different treatment), pasteurised milk, 200/500 ml packs, other fats, "
           "Му-у «Для капучино», топлёное and goat milk excluded"),
    ]),
    # L20 pasta at camp
    ("тунец кусочками не в масле, рожки мелкие, сыр пармезан куском для макарон", [
        ("тунец кусочками не в масле", {
            "pyaterochka": E,
            "magnit": ["f4bfc133e7"],
            "dixy": ["D000010279", "2000301085"],
            "perekrestok": ["4003715"],
        }, "canned tuna in pieces not in oil: «в собственном соку, кусочки», «натуральный кусочками», natural «филе» / "
           "«филе-кусок»; tuna in oil (the negative wish), chopped/flaked tuna (рубленый, «для салата»), frozen tuna "
           "and cat food with tuna excluded"),
        ("рожки мелкие", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "367d4ecfc8"],
            "dixy": ["2000544352", "2000572794"],
            "perekrestok": ["4328907", "3435299"],
        }, "ordinary рожки (elbow pasta) of any brand, incl. Роллтон «Рожки с оливковым маслом» and the 3 kg Моя цена; "
           "Маркет «Рожки Большие» excluded (the opposite of «мелкие»), other shapes excluded"),
        ("сыр пармезан куском для макарон", {
            "pyaterochka": E,
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "0dc02300a0", "1000384143", "632a4664e6"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416"],
        }, "Parmesan in a piece: «кусок», weighed Parmesan and 100-200 g Parmesan packs not said to be grated (outside "
           "knowledge: wedges); grated Parmesan (тёртый, «порционированный … тёртый»), cream cheese from Parmesan and "
           "ravioli excluded; «для макарон» is a purpose"),
    ]),
    # L21 hygiene
    ("влажная туалетка, мыло жидкое для рук с дозатором, паста сплат зубная, дезодорант nivea", [
        ("влажная туалетка", {
            "pyaterochka": E,
            "magnit": ["e4659f9fd5", "3e2500204e"],
            "dixy": E,
            "perekrestok": E,
        }, "wet toilet paper (KLEENEX «Влажная туал/бум», МОН РУЛОН «влажная»); dry toilet paper and wet wipes excluded"),
        ("мыло жидкое для рук с дозатором", {
            "pyaterochka": ["2156702"],
            "magnit": ["0950efec36", "88aee1bd17", "af1a4a2fd7", "a83d606130", "0cb75b0290", "fcb39eaa2b",
                       "ef11e1d9b0", "395d3dc41c", "627234dc4a", "314189cc1c", "e70ce68862", "f86784dad8",
                       "2539c26fd9", "c2cd737592", "ab93591c26", "aedf77402b", "2d8d4f118f", "1f41be18d5",
                       "05b54fbbbb", "71857a9509", "6cb0cbb9b8", "bbf17b51de"],
            "dixy": ["2000605356", "2000575551", "ЦТ0041378", "2000605355", "2000343460", "2000448582"],
            "perekrestok": ["4250593", "4201031", "4201033", "3670708"],
        }, "liquid (cream-)soap in bottles of 240-520 ml, incl. foam soap and children's liquid soap (outside knowledge: "
           "these bottle sizes come with a pump; titles never state it); 930 ml-3.5 l bottles (refills/canisters), bar "
           "soap, shower gels and dish soaps excluded"),
        ("паста сплат зубная", {
            "pyaterochka": E,
            "magnit": ["5c5da323dc", "964d902e56", "5fb3a6894f", "941096778d", "8c74c7a89c", "6aa3b9d65b",
                       "be146bf29a", "cb6a253762", "c0230164e2", "582435118c", "05bcdac370", "cd7248cfbd"],
            "dixy": E,
            "perekrestok": ["4310519"],
        }, "every SPLAT/СПЛАТ toothpaste (Daily, Professional incl. 40 ml travel, Ликвум-гель, children's Kids/Junior/"
           "Juicy); SPLAT toothbrushes, mouthwash, floss and BIOMIO capsules excluded"),
        ("дезодорант nivea", {
            "pyaterochka": ["3330268"],
            "magnit": ["a32b01fe9f", "f916b0f3f4", "81f5a4f6fd", "0ad7968afa", "f796d11765", "6045717be6",
                       "e95da3e413", "60fa4dd8bb", "cf4b50fcfa", "a814fd4dba", "c493b51a09", "fd983ee240"],
            "dixy": E,
            "perekrestok": E,
        }, "every NIVEA deodorant or antiperspirant (roll-on or spray, women's and men's); other NIVEA products "
           "(shaving, shower gel, creams) and other brands excluded"),
    ]),
    # L22 camp kit (blind item «тарелочки одноразовые» replaced, see REPLACEMENTS)
    ("батарейки ааа, свечки хоз, фольга пищевая для гриля, фейри для посуды в поход", [
        ("батарейки ааа", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no batteries in the offers"),
        ("свечки хоз", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no household candles in the offers"),
        ("фольга пищевая для гриля", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no food foil in the offers (only a foil face mask)"),
        ("фейри для посуды в поход", {
            "pyaterochka": E,
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6",
                       "b3ebaa28e5", "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1",
                       "7c5bd74e06", "43a0e3032e"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "replacement of the blind item «тарелочки одноразовые» (absent everywhere): every Fairy/ФЭЙРИ hand "
           "dishwashing liquid, any scent and size; Fairy dishwasher tablets and other brands excluded; «в поход» is a "
           "purpose"),
    ]),
    # L23 tea in the car
    ("паштет из печени в банке, галеты армейские, сушки с маком к чаю в машину", [
        ("паштет из печени в банке", {
            "pyaterochka": ["3966502"],
            "magnit": ["6771fd64ae"],
            "dixy": E,
            "perekrestok": E,
        }, "canned liver pâté: Пятёрочка «Консервы … Паштет с гусиной печенью 250 г» and Йошкар-Олинский «ПАШТЕТ "
           "ПЕЧЕНОЧНЫЙ … ГОСТ» 100 g (outside knowledge: a tin); Егорьевская «Паштет из печени» and Михайлов Курень "
           "«Печеночный» (pack not stated, sold chilled), chicken/duck/turkey/salmon/vegetarian pâtés excluded"),
        ("галеты армейские", {
            "pyaterochka": ["85edc75963"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "hard plain galettes: ДЫМКА «Галеты КЛАССИЧЕСКИЕ» taken as the army-type galette (outside knowledge)"),
        ("сушки с маком к чаю в машину", {
            "pyaterochka": E,
            "magnit": ["99f439b486"],
            "dixy": E,
            "perekrestok": E,
        }, "poppy-seed сушки (НЕВСКАЯ СУШКА «Сушки-мини … маковые»); Nina Farina taralli and plain sugar-free сушки "
           "excluded; «к чаю в машину» is a purpose"),
    ]),
    # L24 evening by the fire
    ("косичка копченая сыр, колбаски охотничьи для костра, безалкогольное пиво балтика 0, фисташки солёные крупные", [
        ("косичка копченая сыр", {
            "pyaterochka": E,
            "magnit": ["1000368975", "8000075315"],
            "dixy": E,
            "perekrestok": ["4166737"],
        }, "smoked braided cheese («Косичка копченая», «Чечил косичка копченая»); unsmoked chechil spaghetti, "
           "«Сыр ОХОТНИЧИЙ копченый» (not a braid) and the mackerel «Косичка» excluded"),
        ("колбаски охотничьи для костра", {
            "pyaterochka": ["3385825"],
            "magnit": E,
            "dixy": ["2000397424"],
            "perekrestok": E,
        }, "Охотничьи sausages: МДБ «Колбаски Охотничьи п/к» and Дикси «Колбаса \"Охотничья\" Царицыно сырокопченая» "
           "(outside knowledge: Охотничьи is the thin-sausage type); купаты, «колбаски для жарки», boiled chicken "
           "sausages and the Охотничий sauce/cheese excluded; «для костра» is a purpose"),
        ("безалкогольное пиво балтика 0", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no plain Балтика №0: Дикси has only the flavoured beer drinks Балтика №0 Малина / Гранат (a brand without "
           "a flavour means the classic product); Stella Artois and Amstel alcohol-free excluded by brand"),
        ("фисташки солёные крупные", {
            "pyaterochka": E,
            "magnit": ["b3ee07a59e", "cbb2d0c598", "8b9281613e"],
            "dixy": ["2000539534", "2000539549", "2000327653"],
            "perekrestok": ["4274180", "3411931", "2020566", "4369326", "49082", "4207559", "3499562", "4090837",
                            "4073982", "49715", "2049819", "3451308", "4105870", "3428414", "4066346", "4259987",
                            "4309728", "72535", "3162277", "4249887", "3660622", "3900345", "3942813", "3640863",
                            "3638619"],
        }, "salted pistachios of any brand and pack (Camel «подсоленные» included); «крупные» is read as a quality wish "
           "because no title grades nut size; unsalted, raw, dried, shelled-without-salt and crushed pistachios and "
           "pistachio sweets excluded"),
    ]),
    # L25 fresh food for the first day
    ("бананов штук 5-6, яблочки зеленые семеренко, помидорки на ветке, лаваш армянский тонкий 2 уп, сыр плавленый порционный треугольники", [
        ("бананов штук 5-6", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (incl. Био and red bananas); «штук 5-6» is a quantity; plantains «для жарки», dried bananas and "
           "banana-flavoured goods excluded"),
        ("яблочки зеленые семеренко", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3171926"],
        }, "Симиренко apples («семеренко» is a misspelling); other green apples (Гренни Смит, «зелёные») excluded because "
           "the variety is required"),
        ("помидорки на ветке", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000580825", "2000601472", "2000580827"],
            "perekrestok": ["4381951", "4381952", "4375133", "4261327"],
        }, "fresh tomatoes sold on the vine («на ветке»), cherry and cocktail included; loose tomatoes, salted and "
           "canned tomatoes excluded"),
        ("лаваш армянский тонкий 2 уп", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4199211", "4361122"],
        }, "Armenian lavash (Маркет «Армянский» taken as thin: outside knowledge, Armenian lavash is the thin kind); "
           "«2 уп» is a quantity"),
        ("сыр плавленый порционный треугольники", {
            "pyaterochka": E,
            "magnit": ["09f119dd16", "1862400009"],
            "dixy": ["2000319790"],
            "perekrestok": E,
        }, "processed cheese in portion triangles where the title says so (ВИОЛА «треугольники», Hochland «порционный», "
           "Valio Viola «8 порций»); processed cheese of unstated form (tubs, blocks, other 130-400 g packs), "
           "плавленый продукт and Фетакса excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyx"))
