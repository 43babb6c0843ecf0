#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ya.jsonl -- shopping lists for moving into a new rented flat (cleaning
products, sponges, rubbish bags, foil and film, toilet paper, kitchen basics, food for the first dinners),
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ya.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any
offer was read; see fresh_basket_eval_ya.blind_lists.txt), and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.
Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations,
Latin and Cyrillic brand spellings, ё/е) and read one by one; each item was re-checked by listing the
titles matching its stem that were not accepted.  The note of each item records what was accepted, what
was deliberately left out and any judgement that rests on outside knowledge.  An empty list means the
store has nothing acceptable (the item is "missing" there).  No matcher code was read.

One replacement (see README): fya08 was entirely empty in all four stores, so its first item
«mr proper для мытья полов» was replaced by «универсальное чистящее средство»; every other text is
byte-identical to the blind draft.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock, no id repeats within an item, every item has a note, the labels are exactly the list's items in
order -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fya01, fya02, ...
in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ya.jsonl")

E = []  # an empty list: nothing acceptable in that store


def S(pyaterochka=E, magnit=E, dixy=E, perekrestok=E):
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fya01 dishes and rubbish
    ("губки поролоновые для посуды штук 10, фейри лимон для посуды, мешки мусорные 60 л прочные, перчатки хозяйственные размер м", [
        ("губки поролоновые для посуды штук 10", S(),
         "no sponge of any kind in the offers (grepped губк, поролон, посуд); missing everywhere"),
        ("фейри лимон для посуды", S(pyaterochka=["3501026", "3500750"]),
         "Fairy dish liquid with lemon («Сочный лимон» 450 and 900 ml); Fairy Platinum (flavour not stated), Ледяная "
         "свежесть, Нежные руки and AOS «ЛИМОН» (other brand) excluded"),
        ("мешки мусорные 60 л прочные", S(magnit=["e9bebc57c0"]),
         "60 l rubbish bags (BIG CITY LIFE 60 л 20 шт); «прочные» is a wish that no title lets one check, not a filter; "
         "Magnit 35 l bags excluded (size written)"),
        ("перчатки хозяйственные размер м", S(),
         "no household gloves in the offers (grepped перчат, хозяйств); missing everywhere"),
    ]),
    # fya02 bathroom
    ("туалетка 8 рулонов трехслойная, доместосик, освежитель для туалета подешевле", [
        ("туалетка 8 рулонов трехслойная", S(pyaterochka=["3449118", "4059050"]),
         "toilet paper, 3-ply, pack of 8 rolls (PAPIA белая 3сл.8рул, Zewa Deluxe 3 сл. 8 рул.); Zewa Just 1 4-ply 8 rolls, "
         "2-ply 12-roll packs and Zewa moist toilet paper excluded; «PAP.Бумага WHITE DE LUXE туалет.8рул» excluded "
         "because its ply is not stated (outside knowledge: Papia Deluxe is 4-ply)"),
        ("доместосик", S(magnit=["160001", "205981"],
                         pyaterochka=["3956845", "3956844", "3956853", "3956850", "4068001", "4067999"]),
         "any Domestos liquid cleaner (universal gel and «для унитаза» gel, all scents); the Domestos Power 5 rim block "
         "(another form) and other brands (Bref, Comet, Cillit Bang) excluded"),
        ("освежитель для туалета подешевле", S(magnit=["204531"],
                                               pyaterochka=["3974933", "3974927", "3654065", "3440052"]),
         "ready-to-use aerosol air fresheners (Symphony, Air Wick, Glade 300 ml); «для туалета» and «подешевле» are not "
         "filters; refill cans for automatic dispensers excluded (Airwick «Сменный баллон», МАГНИТ «см/бал», GLADE "
         "«см.бал.»; GLADE «СВЕЖ.УТРА аэроз.269мл» taken as a Glade Automatic refill by its 269 ml size -- outside knowledge)"),
    ]),
    # fya03 pantry basics
    ("соль йодированная мелкая, сахарок 1 кг, масло растительное рафинир. литровое, черный перец молотый пакетик", [
        ("соль йодированная мелкая", S(),
         "no iodised salt; the only salt is Magnit MAREMAN sea salt «средняя» (not iodised, not fine) -- excluded; "
         "missing everywhere"),
        ("сахарок 1 кг", S(),
         "no granulated sugar in the offers; Magnit «Сахар белый прессованный 1кг» (lump sugar = рафинад) excluded because "
         "plain «сахар» means granulated (the same pack is accepted for «рафинад» in fya04); Demerara cane sugar 500 g and "
         "icing sugar excluded; missing everywhere"),
        ("масло растительное рафинир. литровое", S(magnit=["0b2585a062", "c52c41afd8", "77ec9da5de"]),
         "refined sunflower oil, 1 l bottle (Благо, MR.RICCO раф/дезодор, Слобода для жарки); MR.RICCO «с экстр Прованские "
         "травы» (flavoured), ALMADOR flavoured 0.79 l, Олейна 2 l (size written) and olive oils excluded"),
        ("черный перец молотый пакетик", S(magnit=["82dc754b2f"]),
         "ground black pepper (Восточный гость 50 г, a sachet); Kotanyi mill (whole peppercorns) and pepper mixes excluded"),
    ]),
    # fya04 tea and coffee
    ("гринфилд черный в пакетиках, кофе якобс растворимый, рафинад пачку", [
        ("гринфилд черный в пакетиках", S(magnit=["217b3d7466"], pyaterochka=["3378336"]),
         "Greenfield black tea in bags: Magnit Spring Melody 25 пак (outside knowledge: Spring Melody is black tea with "
         "herbs), Пятёрочка Kenyan Sunrise 100х2 г; Golden Ceylon листовой and Spring Melody «100 г» without a bag count "
         "(loose) excluded"),
        ("кофе якобс растворимый", S(magnit=["106161", "205121", "106231"],
                                     pyaterochka=["3684932", "3626060", "3626048", "3636926", "3636923", "3372172",
                                                  "3488345", "3444962"]),
         "Jacobs instant coffee of any line (Monarch, Gold, Crema, Velour, Millicano «растворимый с молотым»); "
         "«сублимированный» is instant; Jacobs beans and ground coffee, MONARCH Lungo capsules excluded"),
        ("рафинад пачку", S(magnit=["07d5c3205d"]),
         "Magnit «Сахар белый прессованный 1кг» accepted as рафинад (pressed lump sugar -- outside knowledge on the term); "
         "cane sugar excluded"),
    ]),
    # fya05 foil, film, towels, bags
    ("фольга алюминиевая, пищевую пленку, полотенца бумажные в рулонах пару упаковок, пакеты зип лок", [
        ("фольга алюминиевая", S(magnit=["f69098d85b"]),
         "aluminium foil (Фольга особопрочная 29 см x 7 м); Perekrestok «Рукав для запекания» is not foil"),
        ("пищевую пленку", S(),
         "no cling film (grepped пленк/плёнк, стрейч); the baking sleeve is not film; missing everywhere"),
        ("полотенца бумажные в рулонах пару упаковок", S(pyaterochka=["3449212", "3431062", "3601010"]),
         "paper kitchen towels in rolls (PAPIA 3сл.2рул, Familia 2 рулона, ZEWA «Полотенца бумажные» taken as rolls -- its "
         "title gives no form, outside knowledge); Magnit BIG CITY LIFE «Салфетки в рулоне 25x30см» (cleaning cloths) "
         "excluded; «пару упаковок» is a quantity"),
        ("пакеты зип лок", S(),
         "no zip-lock bags; Perekrestok «Пакеты для завтрака» and «Пакеты для пищевых продуктов» are plain bags -- excluded; "
         "missing everywhere"),
    ]),
    # fya06 first dinner: pasta bolognese
    ("барилла спагетти номер 5, фарш говяжий 500г, томатную пасту баночку, пармезан кусочек", [
        ("барилла спагетти номер 5", S(pyaterochka=["4037644"]),
         "Barilla «СПАГЕТТИ 450г» accepted as n.5 (outside knowledge: Barilla's plain Spaghetti is n.5); other Barilla "
         "shapes (капеллини, пенне, пипе, джирандоле) and other brands' spaghetti (incl. «Spaghetti n.3») excluded"),
        ("фарш говяжий 500г", S(pyaterochka=["3398465", "4065830", "3447375"]),
         "beef mince (Рестория, Останкино, Мираторг; 400 g packs) -- «500г» read as the quantity wanted of a weighed good; "
         "pork, pork-beef (Мираторг/Самсон «домашний»), Ближние горки «Деревенский» (composition not stated), chicken and "
         "turkey mince excluded"),
        ("томатную пасту баночку", S(pyaterochka=["84652", "3486033", "31623", "3696785"]),
         "tomato paste (Помидорка 250 and 480 ml, Heinz 310 г, Махеевъ «Паста ДОМАШНЯЯ томат.ст/б 500г»); «баночку» is a count; ketchup, sauces, tomato juice, "
         "tomatoes in juice excluded"),
        ("пармезан кусочек", S(perekrestok=["3206443", "3912980"], pyaterochka=["3650219", "3462825", "24647"]),
         "parmesan and parmesan-type hard cheese in a piece (Dolce Granto by weight, Зелёная Линия «Пармезан молодой», "
         "Castello Reggianito, LAIME, Пятёрочка Cheese Gallery «Пармезан 32% 175г» -- taken as a piece, outside knowledge); "
         "grated/flakes excluded (Cheese Gallery «тёртый хлопья», Dolce Granto «тёртый», and Пятёрочка «Сыр Пармезан, Dolche, "
         "150 г» -- the same PLU 3433812 Perekrestok titles «тёртый»); parmesan chips and fuet excluded"),
    ]),
    # fya07 first dinner: pelmeni
    ("пельмени подешевле на первый вечер, сметаны 15% баночку, майонезик провансаль", [
        ("пельмени подешевле на первый вечер", S(dixy=["862d82ab40"],
                                                 magnit=["4907605c6d", "198951", "109411", "167901", "213711", "160301",
                                                         "111711", "0f6321338f"],
                                                 pyaterochka=["3622053", "3613537", "3985043", "2024541", "3683249",
                                                              "3693417", "3693418", "3675532", "3666703", "3613651",
                                                              "4000407", "3693405", "3671957", "3672557"]),
         "all frozen pelmeni, any filling and brand (incl. Горячая штучка «Бульмени»); «подешевле» and the purpose are not "
         "filters; CALVE sauce «д/мяс/кур/пельм.» excluded"),
        ("сметаны 15% баночку", S(magnit=["de14617e33", "199001"],
                                  perekrestok=["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592",
                                               "4431124", "4095525"],
                                  pyaterochka=["3665624"]),
         "sour cream exactly 15% (lactose-free 15% included, as lactose-free milk counts as milk); 10/20/25/30% sour cream, "
         "sour-cream sauces, chips and croutons «со вкусом сметаны» excluded"),
        ("майонезик провансаль", S(magnit=["204681"],
                                   perekrestok=["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312",
                                                "4112954", "4297313", "4105769", "3695167"],
                                   pyaterochka=["3982578", "3355228", "3355242", "3193489", "3695167"]),
         "mayonnaise whose title says Провансаль (incl. «Московский Провансаль», Провансаль оливковый, Махеевъ Провансаль с "
         "лимонным соком); Пятёрочка «Майонез Слобода, 67%, 800 мл» accepted as the same PLU 3193489 Perekrestok titles "
         "«Слобода Провансаль», Perekrestok «Я люблю готовить на перепелиных яйцах 600мл» as the same PLU 3695167 Пятёрочка "
         "titles «МОС.ПРОВАНС.»; Heinz классический, Mr.Ricco, Слобода «Оливковый» without Провансаль, Махеевъ «С "
         "перепелиным яйцом», «домашний 55%» and the Цезарь sauce excluded"),
    ]),
    # fya08 cleaning the floors (first item replaced, see README)
    ("универсальное чистящее средство, салфетки из микрофибры 3 шт, губка меламиновая", [
        ("универсальное чистящее средство", S(magnit=["160001", "205981"],
                                              pyaterochka=["3956845", "3956844", "4068001", "4067999", "3652584",
                                                           "3957479"]),
         "REPLACEMENT for the blind «mr proper для мытья полов» (fya08 was empty everywhere). Cleaners labelled universal: "
         "Domestos «универсальное», Sanfor «универсальное», Cif «Универсальный» spray; Cif cream and Comet powder (not "
         "labelled universal), toilet/dish/laundry products and «универсальные» wet wipes excluded"),
        ("салфетки из микрофибры 3 шт", S(),
         "no microfibre cloths (grepped микрофиб, тряпк); Magnit «Салфетки в рулоне» are not microfibre; missing everywhere"),
        ("губка меламиновая", S(),
         "no melamine sponge (grepped меламин, губк); missing everywhere"),
    ]),
    # fya09 bathroom and kitchen cleaning
    ("пемолюкс порошок чистящий, сиф крем для ванной, антижир силит бэнг", [
        ("пемолюкс порошок чистящий", S(pyaterochka=["3463865", "3463866"]),
         "Пемолюкс cleaning powder (лимон, морской бриз); Comet powder (other brand) excluded"),
        ("сиф крем для ванной", S(pyaterochka=["3436349"]),
         "Cif cream cleaner («CIF Крем ... чист.500мл»; «для ванной» is a purpose); the Cif universal spray (not a cream) "
         "excluded"),
        ("антижир силит бэнг", S(pyaterochka=["2089767"]),
         "Cillit Bang «АНТИЖИР+СИЯН.»; Cillit Bang anti-limescale («от налета и грязи», «АНТИНАЛЕТ+БЛЕСК»), its toilet "
         "disinfectant and Unicum degreasers (other brand) excluded"),
    ]),
    # fya10 pantry and soup vegetables
    ("гречки 2 пачки ядрица, тушонка говяжья, лук репка кг, морковь мытая пару штук", [
        ("гречки 2 пачки ядрица", S(magnit=["203081"]),
         "buckwheat groats: Magnit «Крупа Гречневая Prosto, 500 г» accepted as ядрица (the title does not say ядрица or "
         "продел; outside knowledge); rice-and-buckwheat mix, buckwheat flakes, kasha, soba and ready meals excluded; "
         "«2 пачки» is a quantity"),
        ("тушонка говяжья", S(magnit=["111741"],
                              pyaterochka=["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"]),
         "canned stewed beef (typo for тушёнка); pork and venison stew, kasha with beef excluded"),
        ("лук репка кг", S(magnit=["168731", "168741", "168721"], perekrestok=["3368252", "3623836", "79135", "79012"]),
         "fresh bulb onions of any colour (white, red, Ялтинский, «Светофор» mix); «кг» is a quantity; shallot, «Лук "
         "салатный» (kind not stated), green onion, herb mix and pickled FEDERICI «Луковки» excluded"),
        ("морковь мытая пару штук", S(magnit=["199761"], perekrestok=["52112"]),
         "fresh washed carrots; Korean carrot salads, juices and nectars excluded; «пару штук» is a quantity"),
    ]),
    # fya11 roast chicken
    ("курицу целую на запекание, картошки кило 2, чесночок головку", [
        ("курицу целую на запекание", S(dixy=["4cc1fb4741"],
                                        perekrestok=["3153446", "4068157", "4312266", "4214722", "4252168"]),
         "a whole raw chicken (Perekrestok «Тушка цыплёнка», incl. halal and «на зерновом откорме»; Дикси «Цыпленок-бройлер "
         "охлажденный, 1 кг» taken as the whole bird; Зелёная Линия «Цыплёнок корнишон» accepted as a small whole chicken); "
         "chicken parts, duckling, canned chicken and ready meals excluded"),
        ("картошки кило 2", S(dixy=["72aaa021b7"],
                              magnit=["168701", "107511", "168671", "109571", "199751"],
                              perekrestok=["3646068", "2099571"]),
         "fresh potatoes of any kind and pack (молодой, для варки/жарки, красный, мытый); «кило 2» is a quantity; starch, "
         "chips, Knorr «картошка по-деревенски» and salads excluded"),
        ("чесночок головку", S(perekrestok=["17662"]),
         "fresh garlic («Чеснок, 3шт»); salted garlic, dried granulated garlic and garlic-flavoured goods excluded"),
    ]),
    # fya12 breakfast staples
    ("сливочное масло 82.5% пачку, яйца первой категории десяток, молоко 2.5% в бутылке, батон нарезной 1 шт", [
        ("сливочное масло 82.5% пачку", S(pyaterochka=["4063188", "3612680", "3948153", "3953367"]),
         "butter of exactly 82.5%; 82% (Простоквашино in Дикси/Магнит, Президент кислосливочное), 72.5% and chocolate "
         "butter 62% excluded"),
        ("яйца первой категории десяток", S(perekrestok=["3446505", "3062836", "4068694", "3662512"],
                                             pyaterochka=["3446505"]),
         "hen's eggs С1, pack of 10 (incl. Зелёная Линия «активита С1 с селеном и йодом»); СО/отборные, С1 packs of 20, "
         "quail eggs and Kinder eggs excluded"),
        ("молоко 2.5% в бутылке", S(magnit=["a28bae784b"],
                                    perekrestok=["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368",
                                                 "4310700", "af8570f806", "66ec0f255d", "2093081", "587286c051",
                                                 "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243", "3613024",
                                                 "359aa76fc0", "62485733e9", "cb2f1055d7"],
                                    pyaterochka=["3645808"]),
         "cow drinking milk of exactly 2.5% (pasteurised/UHT/sterilised, children's milk Сарафаново included); «в бутылке» "
         "is not used as a filter because almost no title states the pack (only Зелёная Линия «ПЭТ») -- as for «в пакете» in "
         "set zh; other fat levels, ranges, топлёное, козье, flavoured milk excluded"),
        ("батон нарезной 1 шт", S(perekrestok=["3974714"], pyaterochka=["3985404"]),
         "батон нарезной: Perekrestok «Батон Нарезной нарезка», Пятёрочка «Батон \"Звездный\" нар» («нар» = нарезной); "
         "chocolate/protein «батончики» excluded"),
    ]),
    # fya13 spices
    ("лавровый лист пакетик, паприка молотая, приправа для курицы", [
        ("лавровый лист пакетик", S(),
         "no bay leaves in the offers (grepped лавр); missing everywhere"),
        ("паприка молотая", S(magnit=["448e464caf", "c7a61b6523"]),
         "ground paprika (Восточный гость красная, KOTANYI копченая -- smoked is still ground paprika); paprika chips "
         "excluded"),
        ("приправа для курицы", S(),
         "no seasoning for chicken; universal/vegetable seasonings, Хмели-сунели, seasonings for pilaf and fish, MAGGI "
         "«Смесь для плова с курицей», the turkey frying sheet and nugget breading excluded; missing everywhere"),
    ]),
    # fya14 coffee corner
    ("кофе в зернах подешевле, сливки питьевые 10% к кофе, печенье к чаю", [
        ("кофе в зернах подешевле", S(magnit=["042657fbf1", "ac8c4bac09", "275856ead6", "160171", "105001", "065ccd9ec9"],
                                      pyaterochka=["3472968", "3689955", "75495", "45169", "3607729", "3608097", "2073687",
                                                   "3153783", "3086387", "3434095", "2100060", "3691657", "3649043",
                                                   "3431276"]),
         "roasted coffee beans of any brand and size («в зернах», «зерновой», «зер.», «зерно»); «подешевле» is not a filter; "
         "Magnit «Кофе Американо/Латте/Капучино … зерновой 100-320 мл» (ready drinks) and ground/instant coffee excluded"),
        ("сливки питьевые 10% к кофе", S(magnit=["476dabe99f"], perekrestok=["4178852"], pyaterochka=["3634638"]),
         "drinking cream of exactly 10% (Домик в деревне стер., Молочный знак, Сарафаново children's 10%); 11% Parmalat, "
         "20/33% cream, dry creamer substitutes and «Сопьо Крима» excluded"),
        ("печенье к чаю", S(magnit=["106061", "106071", "199331", "204631", "214581", "221699383a", "5972a8b686",
                                    "5aadea8f9c", "5c128ea15d", "723991a07f", "7bbd996fef", "887d91b1b8", "bbea927309",
                                    "eebd013a3f", "fe5facccea"],
                            perekrestok=["4346896", "4352220", "4371424", "4420333", "4425157", "78036451", "78036450",
                                         "78036449"],
                            pyaterochka=["3341241", "3358756", "3392568", "3438765", "3444932", "3471173", "3474313",
                                         "3474314", "3483849", "3486073", "3488053", "3603068", "3607261", "3607262",
                                         "3618783", "3632837", "3632838", "3632839", "3636287", "3636288", "3639098",
                                         "3639099", "3639541", "3640617", "3640618", "3642014", "3643999", "3646010",
                                         "3646011", "3646780", "3650632", "3655049", "3656930", "3662392", "3685286",
                                         "3685845", "3905704", "3906739", "3917983", "3926561", "3944161", "3958570",
                                         "3958571", "3973180", "3973181", "3974474", "3974475", "3978460", "3978913",
                                         "3983256", "3991931", "3995521", "3995522", "4027701", "4027703", "4032483",
                                         "4049048", "4049049", "4050870", "4060930", "4060937", "4061294", "4063526",
                                         "4074625", "4081844", "4087724", "3632899", "3687133",
                                         "3660318", "3615356"]),
         "every cookie/biscuit (titles «Печенье …», abbreviated «Печ.»/«Печен.» -- BELVITA, TWIX TOP, КИ Морозова, Любятово овсяное -- and Perekrestok «Кукис»; incl. Oreo, Choco Pie, Юбилейное, Milka cookies); "
         "«к чаю» is a purpose, not a filter; children's soluble baby biscuits, chocolate bars and ice cream with cookie "
         "pieces, gift boxes of bars, puree and milkshakes with «печенье», gingerbread (пряники, Lambertz «Lebkuchen Cookie»), Makfa «Бисквиты ВЕНСКИЕ», sponge cakes, crackers and сушки excluded"),
    ]),
    # fya15 laundry
    ("порошок стиральный автомат, ополаскиватель для белья lenor, ванишь пятновыводитель", [
        ("порошок стиральный автомат", S(magnit=["262159b924", "168231", "111621", "105881", "105891", "198901", "105941",
                                                 "167921", "1000286457", "50ee5ea8b5", "106541"],
                                         pyaterochka=["3149485", "2087255", "3418106", "3142962", "2161528", "2161508",
                                                      "3023899", "2070686", "2155021"]),
         "washing powder for machines, any brand/variant (incl. Tide Детский, Tide Lenor Color); powders whose title does "
         "not say «автомат» (Persil, Bimax, Биолан, BIOMIO, ЛОСК, ПЕРСИЛ Колор) accepted as machine powders -- no title in "
         "the offers says hand-wash (outside knowledge); gels, capsules and cleaning powders (Пемолюкс, Comet) excluded"),
        ("ополаскиватель для белья lenor", S(magnit=["205131", "159881", "203041"],
                                              pyaterochka=["3465388", "3669625", "4025712"]),
         "Lenor fabric conditioner of any scent and size; Vernel/Е conditioners (other brands), Tide «Lenor Color» and "
         "Ariel «Touch of Lenor» powders, hair conditioners excluded"),
        ("ванишь пятновыводитель", S(magnit=["bb3ee4398d"], pyaterochka=["2080266"]),
         "Vanish stain remover for laundry (Oxi Advance powder, OXI ACTION liquid); Vanish Gold carpet cleaner excluded"),
    ]),
    # fya16 bins and hands
    ("мусорные пакеты с завязками 35 л, влажные салфетки для уборки кухни, жидкое мыло с дозатором", [
        ("мусорные пакеты с завязками 35 л", S(magnit=["e927949bbd"]),
         "rubbish bags 35 l with tie handles: МАГНИТ «Мешки для мусора 35л 20шт ушки» («ушки» = tie ears, taken as «с "
         "завязками» -- outside knowledge); 60 l bags excluded (size written)"),
        ("влажные салфетки для уборки кухни", S(),
         "no household cleaning wipes; antibacterial/antiseptic hand wipes (SALFETI, Home Story), baby and cosmetic wipes, "
         "Tolli «универсальные» (personal) excluded; missing everywhere"),
        ("жидкое мыло с дозатором", S(magnit=["1aeb42ebee"]),
         "liquid hand soap: AURA «Мыло жидкое … 500мл» accepted although the title does not say whether it is the pump "
         "bottle or a refill pouch (outside knowledge: sold both ways); bar soaps, shower gels, gift sets excluded"),
    ]),
    # fya17 plov
    ("рисик длиннозерный, свинина лопатка, зиру для плова, морковку кило", [
        ("рисик длиннозерный", S(magnit=["448fba0b94", "7936bf2f6b"], pyaterochka=["39747", "5722"]),
         "long-grain rice: Националь «Лазер длиннозерный», Мистраль «Жасмин … длиннозерный», and basmati (Националь, "
         "Мистраль) -- basmati is long-grain (outside knowledge); round/«для плова»/Кубань/Адриатика, brown «ЭКСТРА БУРЫЙ» "
         "(grain not stated), the rice mix Акватика, Девзира and rice flour excluded"),
        ("свинина лопатка", S(magnit=["107281"], pyaterochka=["3666473"]),
         "raw pork shoulder (Magnit «Лопатка свиная, на кости», Слово Мясника «Лопатка свиная»); cooked-smoked «Лопатка "
         "Фермерская», «Дымовица … из лопатки» and beef «лопаточная часть» excluded"),
        ("зиру для плова", S(),
         "no cumin/zira; pilaf seasonings (Восточный гость, Kamis, MAGGI) and Увелка «Рис Девзира с зирой» are not zira; "
         "missing everywhere"),
        ("морковку кило", S(magnit=["199761"], perekrestok=["52112"]),
         "fresh carrots; «кило» is a quantity; Korean carrot salads, juices excluded"),
    ]),
    # fya18 lazy evening
    ("пицца замороженная пару штук, кола 1.5 л, чипсы лейс с крабом", [
        ("пицца замороженная пару штук", S(pyaterochka=["3693580", "3607265"]),
         "frozen pizza: РЕСТОРИЯ «Пицца ассорти» (category Заморозка) and Цезарь «Пицца с ветчиной и грибами» (taken as "
         "frozen, as in set d); Горячая штучка «Чебупицца» (pizza-flavoured snack), pizza croutons and crackers, mozzarella "
         "«для пиццы» excluded"),
        ("кола 1.5 л", S(magnit=["214541"], perekrestok=["4366963", "3684633"], pyaterochka=["4279795", "3684633"]),
         "classic cola in 1.5 l bottles (Coca-Cola, Cool Cola, Pepsi, Любимая Кола); zero/«без сахара»/low-calorie and "
         "flavoured colas (vanilla, orange, wild cherry, mango, dark vanilla) and other sizes excluded"),
        ("чипсы лейс с крабом", S(magnit=["106331"], pyaterochka=["3931228", "4035369"]),
         "Lay's crab chips («краб», «Королевский краб», «со вкусом краба»; any pack); LAVA LAVA, Pringles, Русская картошка "
         "crab chips and crab sticks excluded"),
    ]),
    # fya19 housewarming evening
    ("винцо красное сухое, сыр в нарезке, виноградик кишмиш", [
        ("винцо красное сухое", S(magnit=["229b7b954e", "e70e8ddb93", "bade36759d", "ce196366c4", "5d8a8a24cf", "199091",
                                          "167471", "205611", "104811", "82c49b7fbf", "c2612cf80f", "202001", "202011",
                                          "202281", "e8053f6404", "168041", "111851", "7ad3172a4a", "213501", "213381"]),
         "still red dry wine, any grape/country/size; semi-dry, semi-sweet, white, rosé, sparkling, port and alcohol-free "
         "wines (Perekrestok, Пятёрочка) excluded"),
        ("сыр в нарезке", S(perekrestok=["4074230", "3228233", "4280098", "4302547", "4280100", "3668842", "3452403",
                                         "3505827", "3668519", "4297132", "4260755"],
                            pyaterochka=["3448799", "3452403", "3932860"]),
         "real cheese sold sliced («нарезка», «нар.»), any kind and fat; processed slices (Hochland, Valio «плав.»), "
         "Савушкин «Сыр творожный … нарезка», mozzarella «для бутербродов»/«для сэндвичей» (not stated as sliced) and "
         "cheese blocks excluded"),
        ("виноградик кишмиш", S(perekrestok=["48660", "57580", "48657"]),
         "kishmish = seedless table grapes: «Киш-миш», «Киш-миш чёрный» and «Виноград белый без косточек» (outside "
         "knowledge: кишмиш is the trade name of seedless grapes); Тайфи (seeded), Шайн Мускат (a named premium variety) "
         "and Magnit «Виноград черный» (seedless not stated) excluded"),
    ]),
    # fya20 windows and table
    ("mr muscle для окон и зеркал, бумажные салфетки на стол, белизну литр", [
        ("mr muscle для окон и зеркал", S(),
         "no Mr Muscle and no glass cleaner at all (grepped muscle, мускул, стекл, окон, зеркал); missing everywhere"),
        ("бумажные салфетки на стол", S(perekrestok=["4429769", "4371757", "4429397", "4429400", "4310841", "4250543",
                                                    "4310840", "4250535", "4299678", "4397850"]),
         "paper table napkins of any ply, size and print (Gratias, Пр!ст, Art Bouquet); wet wipes and panty liners "
         "(«CAREFREE Салфетки») excluded"),
        ("белизну литр", S(),
         "no Белизна or other chlorine bleach (grepped белизн, отбел, хлор); Vanish «пятновыводитель + отбеливатель» is a "
         "laundry stain remover -- excluded; missing everywhere"),
    ]),
    # fya21 salad dressing
    ("масло оливковое extra virgin для салата, уксус 9 процентов, горчичку русскую", [
        ("масло оливковое extra virgin для салата", S(magnit=["204571", "190b32a64b"], pyaterochka=["2153521", "4082388"]),
         "extra virgin olive oil (Filippo Berio «EV», Monini «Экстра Вирджин», Filippo Berio Organic, Global Village нераф. "
         "Extra Virgin); Magnit Pure and Global Village «Virgen Extra … рафинированное, с добавлением нерафинированного» "
         "(a refined blend) excluded"),
        ("уксус 9 процентов", S(),
         "no 9% vinegar; Magnit apple vinegar 6% excluded; missing everywhere"),
        ("горчичку русскую", S(pyaterochka=["3435016"]),
         "Махеевъ «Горчица РУССКАЯ»; Global Village «Горчица Французская» and mustard-flavoured pretzels excluded"),
    ]),
    # fya22 tea time
    ("чай зеленый листовой, мед цветочный баночку, лимончики 2 шт, сушек с маком пакет", [
        ("чай зеленый листовой", S(),
         "no loose green tea; green tea in bags or pyramids (CURTIS «зел.лист.пир», Lipton, TESS, ASSAND, RICHARD, SAITO "
         "oolong) and bottled iced tea excluded; missing everywhere"),
        ("мед цветочный баночку", S(magnit=["d32ff23653"], pyaterochka=["3645749", "3645764"]),
         "natural flower honey (Медовый дом «цветочный разнотравье», «цветочный монофлорный Восточная липа», «Южный "
         "цветок»); cream honey with raspberry / lemon-ginger (flavoured), chak-chak and honey-flavoured goods excluded"),
        ("лимончики 2 шт", S(),
         "no fresh lemons (grepped лимон); citric acid, lemon-flavoured drinks and products excluded; missing everywhere"),
        ("сушек с маком пакет", S(),
         "no сушки with poppy seeds; Пятёрочка «Мини сушка Семейка Озби, ваниль» (vanilla) excluded; missing everywhere"),
    ]),
    # fya23 baking basics
    ("мука пшеничная в/с 2 кг, сухие дрожжи саф момент, пищевая сода пачка", [
        ("мука пшеничная в/с 2 кг", S(perekrestok=["91304", "8065"]),
         "wheat flour of высший сорт in a 2 kg pack (Makfa высшего сорта, Пышечка пшеничная высшего сорта); Perekrestok "
         "«Мука Пшеничная, 2кг» (grade not stated), Рязаночка «ЭКСТРА 2кг» (a different grade), 1 kg and 0.5 kg packs, rye, "
         "rice and wholegrain flour excluded"),
        ("сухие дрожжи саф момент", S(perekrestok=["17366"]),
         "«Дрожжи сухие Саф-Момент … 11г»; frozen yeast dough excluded"),
        ("пищевая сода пачка", S(),
         "no baking soda (grepped сода, соды); missing everywhere"),
    ]),
    # fya24 toilet and stove
    ("туалетная бумага зева, хозяйственное мыло 72%, ершик для унитаза, средство для плиты от жира", [
        ("туалетная бумага зева", S(magnit=["204551"], pyaterochka=["3493108", "4059050", "3900558", "3326206"]),
         "Zewa toilet paper of any ply and pack (Plus 2-ply 12 rolls, Deluxe 3-ply 8 rolls, Just 1 4-ply); ZEWA moist toilet "
         "wipes («Бумага … туал.влаж.») and ZEWA paper towels excluded"),
        ("хозяйственное мыло 72%", S(),
         "no laundry soap (grepped хозяйств, мыло); toilet soaps and liquid soap excluded; missing everywhere"),
        ("ершик для унитаза", S(),
         "no toilet brush (grepped ерш, щетк); toothbrushes excluded; missing everywhere"),
        ("средство для плиты от жира", S(magnit=["7f51925bae"], pyaterochka=["3362660", "3362360", "2089767"]),
         "kitchen grease removers usable on a hob: Unicum «Жироудалитель» (Magnit spray, Пятёрочка Unicum and Unicum Gold), "
         "Cillit Bang «АНТИЖИР+СИЯН.»; universal cleaners (Sanfor, Domestos, Cif), anti-limescale and toilet products "
         "excluded"),
    ]),
    # fya25 quick dinners
    ("котлеты замороженные, картофельное пюре быстрого приг., огурцы гладкие свежие, томаты розовые", [
        ("котлеты замороженные", S(pyaterochka=["4060841", "3471982", "4060844", "3420328", "3452752", "3464190"]),
         "frozen meat/poultry cutlets: Ложкаревъ «Из индейки» and «Куриные в панировке» («глуб/зам.»), «Котлеты Белорусские, "
         "из индейки» (category Замороженные продукты), and -- as frozen by outside knowledge -- МИРАТОРГ «Котлеты по-киевски» "
         "and «С ПЫЛУ С ЖАРУ» beef/chicken cutlets; chilled cutlets (Magnit «Люкс», Ближние горки, Пава Пава, Петелинка, "
         "Рестория), fish cutlets «Четверг» (a «котлеты» shopper means meat) and MAGGI «Для котлет» excluded"),
        ("картофельное пюре быстрого приг.", S(),
         "no instant mashed potato; Knorr «на второе картошка по-деревенски» (not mash), baby purees and soup-puree excluded; "
         "missing everywhere"),
        ("огурцы гладкие свежие", S(),
         "fresh smooth (long) cucumbers are not in the offers: Magnit «короткоплодные» and «среднеплодные, пупырчатые», "
         "Perekrestok корнишоны, «Хрустящие» and Ботаника (smoothness not stated) excluded -- «гладкие» is a variety the "
         "user wrote; pickled and salted cucumbers excluded; missing everywhere"),
        ("томаты розовые", S(magnit=["107631"], perekrestok=["4355823", "3017019", "4327843"]),
         "fresh pink tomatoes: Magnit «Томаты розовые», Perekrestok «Томат Дагестан розовый» and «Томаты Бакинские» (taken "
         "as pink -- outside knowledge: Бакинские are a pink variety); red, cherry, plum, cocktail, salted and marinated "
         "tomatoes excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fya"))
