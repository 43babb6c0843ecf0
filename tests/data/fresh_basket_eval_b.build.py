#!/usr/bin/env python3
"""Re-create tests/data/fresh_basket_eval_b.jsonl — a second, independent set of shopping lists
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 tests/data/fresh_basket_eval_b.build.py

The set covers what is not an everyday staple: drinks (water, soda, juice, energy drinks,
beer, wine, spirits), coffee and tea forms, sweets, snacks, sauces, spices, household
chemicals, paper goods, hygiene, baby goods and pet food.  LISTS below is literal data: each
list as a household would type it in a chat, and for every item the product ids of every
store that a reasonable shopper would accept.  Candidate titles were grepped broadly (stems,
synonyms, abbreviations, Latin and Cyrillic brand spellings) and read one by one; the note of
each item records what was deliberately left out.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading korzina's
matcher or its data files.

The script only checks the data — every id exists in real_offers.jsonl *for that store* and is
in stock (``available`` true), no id is repeated within an item, the labels occur in the text
in order — and then writes the JSONL in the format of real_basket_eval.jsonl.  List ids are
fb01, fb02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_b.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    ("кока кола 2 бутылки, чипсы с паприкой", [
        ("кока кола 2 бутылки", {
            "pyaterochka": ["3661240"],
            "magnit": ["214541"],
            "dixy": [],
            "perekrestok": ["1860", "5969"],
        }, "classic Coca-Cola only; Coca-Cola без сахара, Ванилла and Orange variants, Pepsi/Добрый/Черноголовка colas excluded; Магнит BURN energy drinks whose title names the maker «(Кока-кола)» are a trap"),
        ("чипсы с паприкой", {
            "pyaterochka": ["2153831", "3231225", "3624026", "3688435", "4086621"],
            "magnit": ["204411"],
            "dixy": [],
            "perekrestok": [],
        }, "potato chips / Pringles / «картофель хрустящий» with paprika flavour; other flavours and ground paprika spice excluded"),
    ]),
    ("туалетка\nфейри\nсамый дешевый порошок", [
        ("туалетка", {
            "pyaterochka": ["3326206", "3449118", "3450513", "3493108", "3679801", "3900558", "4059050"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "dry toilet paper rolls; ZEWA wet toilet paper (туал.влаж.) and «туалетное мыло» (trap) excluded"),
        ("фейри", {
            "pyaterochka": ["3500750", "3501026", "3501028", "3501031", "3503216", "3691740"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dish soap of any scent/size (titles in Latin FAIRY); AOS, Sorti, Biasept and dishwasher tablets excluded"),
        ("самый дешевый порошок", {
            "pyaterochka": ["2070686", "2087255", "2155021", "2161508", "2161528", "3023899", "3142962", "3149485",
                         "3418106", "3688912", "3951189"],
            "magnit": ["105881", "105891", "105941", "106541", "111621", "1000286457", "167921", "168231",
                    "198901", "262159b924", "50ee5ea8b5"],
            "dixy": [],
            "perekrestok": [],
        }, "«самый дешевый» is a ranking wish, not a filter: every laundry powder (incl. «СМС … пор.», Tide детский) is acceptable; liquid gels, capsules, Comet/Пемолюкс scouring powder, cocoa powder, powdered instant coffee and Vanish stain remover excluded"),
    ]),
    ("ред бул, берн 2 банки, adrenaline rush", [
        ("ред бул", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells Red Bull; other energy drinks are not Red Bull"),
        ("берн 2 банки", {
            "pyaterochka": ["4026294", "4026295", "4042795"],
            "magnit": ["368001f272", "f5881c5092"],
            "dixy": [],
            "perekrestok": [],
        }, "Burn energy drink of any flavour (Cyrillic «Берн» or Latin BURN); Adrenaline, Monster, Drive Me etc. excluded"),
        ("adrenaline rush", {
            "pyaterochka": ["3931836"],
            "magnit": ["205111"],
            "dixy": [],
            "perekrestok": [],
        }, "the original Adrenaline Rush only (pyat title «Адреналин раш» (\"Adrenalin Rush\")); Juicy, Game Fuel, Red Energy, Gold and «без сахара» variants excluded"),
    ]),
    ("нескафе голд, чай гринфилд, орео", [
        ("нескафе голд", {
            "pyaterochka": ["3419749", "3419750", "3626895", "3658915", "3659359", "3659496", "3928171", "3932897", "3971960"],
            "magnit": ["109351", "198971", "199191"],
            "dixy": [],
            "perekrestok": [],
        }, "any Nescafe Gold instant coffee (Crema, Barista, Origins, Espresso, «с молотым»); Nescafe Classic/Crema (not Gold) and Classic Latte sachets excluded"),
        ("чай гринфилд", {
            "pyaterochka": ["3378317", "3378319", "3378336", "3450276", "3464992", "3489539"],
            "magnit": ["217b3d7466"],
            "dixy": [],
            "perekrestok": [],
        }, "Greenfield tea in any form (titles GREENF./ГРИНФ./Greenfield); Greenfield «напиток чайный» мате excluded"),
        ("орео", {
            "pyaterochka": ["3474313", "3474314", "3640617", "3640618", "3983256", "4032483"],
            "magnit": ["204631", "5aadea8f9c"],
            "dixy": [],
            "perekrestok": [],
        }, "Oreo cookies of any filling; chocolate bars and Milka sweets «с печеньем Орео» excluded"),
    ]),
    ("памперсы 5, пюре детское яблоко, детская вода", [
        ("памперсы 5", {
            "pyaterochka": ["3447849", "3680533", "3680543", "3983613", "4061716"],
            "magnit": ["111671", "879b28650c"],
            "dixy": [],
            "perekrestok": ["4295217"],
        }, "«памперсы» = any brand of diapers, tape or pants, size 5; Pampers «Junior» (pyat 3447849) counted as size 5; sizes 3/4/6, Extra Large and Junior Plus (р.6) excluded"),
        ("пюре детское яблоко", {
            "pyaterochka": ["2094220", "3406317", "3606438", "3674637"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-fruit apple baby puree only; apple mixes (яблоко-банан, яблоко-груша-брокколи…), apple juice and sweets «с яблочным пюре» excluded"),
        ("детская вода", {
            "pyaterochka": ["3608729", "3684861"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking water for children (Светлячок дет., Honey Kid, Аквалайн «для ляль»); Агуша «вода+сок» drinks excluded"),
    ]),
    ("вискас 10 пакетиков, педигри, сухой корм для кошек", [
        ("вискас 10 пакетиков", {
            "pyaterochka": ["4087104", "4089560"],
            "magnit": ["109231", "109291", "205061", "205991"],
            "dixy": [],
            "perekrestok": [],
        }, "any Whiskas cat food (Latin titles), kitten food included; Felix, Sheba, Perfect Fit and Dreamies treats excluded"),
        ("педигри", {
            "pyaterochka": ["4060059", "4061858", "4066615", "4066619"],
            "magnit": ["0b24b2c505", "2463492a14", "4a580c8871", "a70a7277fa", "b273add5f4"],
            "dixy": [],
            "perekrestok": [],
        }, "any Pedigree dog food incl. puppy food; Cesar, Purina, Darling excluded"),
        ("сухой корм для кошек", {
            "pyaterochka": ["3455947"],
            "magnit": ["2871c38926", "854cad46ea", "baa5749d3a", "c42755d5d4"],
            "dixy": [],
            "perekrestok": [],
        }, "dry cat food; Purina One для кошек 1,5 кг accepted (a 1.5 kg bag is dry food though «сухой» is not written); PUR.ONE «Корм сух.кур/цел.злак.750г» excluded because the title does not say it is for cats; wet food, Dreamies treats and dog food excluded"),
    ]),
    ("кетчуп хайнц, майонез провансаль, соевый соус", [
        ("кетчуп хайнц", {
            "pyaterochka": ["3631091", "4086400"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz ketchup only (incl. «томат. с горч.»); other Heinz sauces, Heinz mayonnaise/puree/porridge and other ketchup brands excluded"),
        ("майонез провансаль", {
            "pyaterochka": ["3355228", "3355242", "3982578"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "3193489", "3467275", "3674577", "4105769", "4112954", "4199312", "4233420",
                         "4297313", "4412152"],
        }, "mayonnaise named Провансаль (incl. «Провансаль оливковый», «с лимонным соком»); mayonnaises not named Провансаль (оливковый, на перепелином яйце, Heinz классический) and «соус майонезный» excluded"),
        ("соевый соус", {
            "pyaterochka": ["3072579", "3484963", "3995914"],
            "magnit": ["903c9b5986"],
            "dixy": [],
            "perekrestok": [],
        }, "plain soy sauce; teriyaki and other sauces excluded"),
    ]),
    ("перец черный молотый, паприка, хмели сунели", [
        ("перец черный молотый", {
            "pyaterochka": [],
            "magnit": ["82dc754b2f"],
            "dixy": [],
            "perekrestok": [],
        }, "ground black pepper; Kotanyi peppercorns in a grinder (мельница), pepper blends, bell peppers and snacks «со вкусом черного перца» excluded"),
        ("паприка", {
            "pyaterochka": [],
            "magnit": ["448e464caf", "c7a61b6523"],
            "dixy": [],
            "perekrestok": [],
        }, "ground paprika spice (smoked included); chips «с паприкой» are the trap, bell peppers excluded"),
        ("хмели сунели", {
            "pyaterochka": [],
            "magnit": ["db0f0793ec"],
            "dixy": [],
            "perekrestok": [],
        }, "the Восточный гость title spells it «Хмел-Сунел»; other seasonings excluded"),
    ]),
    ("пиво безалкогольное, фисташки, кальмар сушеный, принглс", [
        ("пиво безалкогольное", {
            "pyaterochka": [],
            "magnit": ["167351", "ab02321689"],
            "dixy": [],
            "perekrestok": ["3502293", "3636389", "3655527", "4344713", "4350458"],
        }, "alcohol-free beer incl. «напиток пивной безалкогольный» of beer style (Hoegaarden, Балтика №0 пшеничное, Bud, Крушовице); flavoured alcohol-free beer drinks (грейпфрут, малина, гранат), alcoholic beer and alcohol-free wine excluded"),
        ("фисташки", {
            "pyaterochka": ["3933060", "4073982"],
            "magnit": ["f692308d66"],
            "dixy": [],
            "perekrestok": [],
        }, "pistachio nuts; Комильфо «фисташка» sweets, yoghurt and сырок with pistachio excluded"),
        ("кальмар сушеный", {
            "pyaterochka": [],
            "magnit": ["e9fc0d684c"],
            "dixy": [],
            "perekrestok": [],
        }, "dried squid snack; frozen/boiled squid, squid tentacles in sauce and squid salads excluded"),
        ("принглс", {
            "pyaterochka": ["3231225", "3485986", "3994660", "3994662"],
            "magnit": ["202981", "204411"],
            "dixy": [],
            "perekrestok": [],
        }, "Pringles of any flavour incl. the rice «Asian Collection»; Lay's, Lorenz and other chips excluded"),
    ]),
    ("виски 0.5, тоник", [
        ("виски 0.5", {
            "pyaterochka": [],
            "magnit": ["111481", "112111", "167551", "199111", "47eda8bbfd"],
            "dixy": [],
            "perekrestok": [],
        }, "whisky in 0.5 l bottles only; 0.25/0.7/1 l bottles and Whiskas (trap) excluded"),
        ("тоник", {
            "pyaterochka": ["4006516"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3684900", "4258882", "4396783"],
        }, "plain (Indian/English) tonic; Bitter Lemon / Bitter Grapefruit tonics excluded"),
    ]),
    ("доместос, освежитель воздуха, бумажные полотенца, салфетки бумажные", [
        ("доместос", {
            "pyaterochka": ["3956844", "3956845", "3956850", "3956853", "4067999", "4068001"],
            "magnit": ["160001", "205981"],
            "dixy": [],
            "perekrestok": [],
        }, "Domestos liquid cleaners (titles in Latin); the Domestos Power 5 toilet block and other brands (Bref, Comet, Cillit) excluded"),
        ("освежитель воздуха", {
            "pyaterochka": ["2129476", "3212823", "3327569", "3347030", "3404252", "3440047", "3440052", "3496479",
                         "3502329", "3654065", "3654067", "3663481", "3974927", "3974933"],
            "magnit": ["106091", "204531", "69dbe62e8a"],
            "dixy": [],
            "perekrestok": [],
        }, "air freshener sprays and their refill cans, incl. abbreviated titles («AIR W.Осв.возд.», «AIRW.Балон … см.к авт.осв.», «GLADE Осв.возд.AUT… см.бал.», «Сменный баллон Airwick»); toilet blocks and «осв.» = осветлённый juices (trap) excluded"),
        ("бумажные полотенца", {
            "pyaterochka": ["3431062", "3449212", "3601010"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "paper kitchen towels; toilet paper and wet wipes excluded"),
        ("салфетки бумажные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4250535", "4250543", "4299678", "4310840", "4310841", "4371757", "4397850", "4429397",
                         "4429400", "4429769"],
        }, "paper table napkins incl. printed/decorative ones («3сл 33х33см, 20л»); wet wipes, paper handkerchiefs, CAREFREE «Салфетки» panty liners (trap) and Magnit «Салфетки в рулоне» cleaning cloths excluded"),
    ]),
    ("зубная паста колгейт, мыло туалетное, дезик мужской", [
        ("зубная паста колгейт", {
            "pyaterochka": ["3605411", "3605412"],
            "magnit": ["0b75d29d19"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate toothpaste (pyat titles abbreviate it «ЗП Colgate»); Colgate toothbrushes and Plax mouthwash, other paste brands excluded"),
        ("мыло туалетное", {
            "pyaterochka": ["3415591", "3441614"],
            "magnit": ["111641", "204481", "204501", "bc2f51385f"],
            "dixy": [],
            "perekrestok": [],
        }, "bar soap (Camay, Fax, Safeguard, Dove крем-мыло); liquid soap, gift sets with shower gel and toilet paper (trap) excluded"),
        ("дезик мужской", {
            "pyaterochka": ["3330267", "3668801", "3909980", "3959469"],
            "magnit": ["203001", "203061"],
            "dixy": [],
            "perekrestok": [],
        }, "deodorant/antiperspirant for men (incl. «NIVEA А/пер.MEN»; Old Spice counted as a men's brand); women's/unisex ones incl. Magnit NIVEA «Невидимый для черного/белого» without «мужской», gift sets and «масло … дезодорированное» (trap) excluded"),
    ]),
    ("боржоми\nнарзан\nессентуки 4", [
        ("боржоми", {
            "pyaterochka": ["3943982"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3943982", "81514"],
        }, "Borjomi mineral water of any size; other mineral waters excluded"),
        ("нарзан", {
            "pyaterochka": [],
            "magnit": ["a5f6c8ecb8"],
            "dixy": [],
            "perekrestok": [],
        }, "Narzan mineral water; other mineral waters excluded"),
        ("ессентуки 4", {
            "pyaterochka": ["3977405", "3977407"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3977405"],
        }, "Ессентуки №4 of any size; Ессентуки №17 excluded; «ЗАПОВ.ЗДОР.Вода №4» (pyat 3688643) excluded because its title does not name Ессентуки"),
    ]),
    ("вода без газа 1.5л, спрайт", [
        ("вода без газа 1.5л", {
            "pyaterochka": ["2139858", "3630602"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1913", "3020", "37168", "3966336"],
        }, "still drinking or mineral water in 1.5 l bottles; sparkling water, other sizes and Нагутская-26 1,5 л (gas not stated, sold sparkling) excluded"),
        ("спрайт", {
            "pyaterochka": ["3661016"],
            "magnit": ["213591"],
            "dixy": [],
            "perekrestok": [],
        }, "classic Sprite; the lemon-lime-mint flavoured Sprite variant, 7UP and other lemonades excluded"),
    ]),
    ("сок томатный, сок вишневый", [
        ("сок томатный", {
            "pyaterochka": [],
            "magnit": ["204641", "205971", "73e225090c", "b3901ed97f"],
            "dixy": [],
            "perekrestok": ["14125", "3196547", "3498246"],
        }, "tomato juice incl. salted and children's; tomato nectars (Любимый спелый томат, Добрый томатный), multi-vegetable juices and «Томаты в томатном соке» excluded"),
        ("сок вишневый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells a cherry «сок»: cherry nectars (Rich, J7, Swell, IL PRIMO) and яблоко-вишня juices are not cherry juice"),
    ]),
    ("рафаэло, твикс, мармелад харибо", [
        ("рафаэло", {
            "pyaterochka": [],
            "magnit": ["167861"],
            "dixy": [],
            "perekrestok": ["18162"],
        }, "Raffaello sweets; other coconut sweets excluded"),
        ("твикс", {
            "pyaterochka": ["3340581"],
            "magnit": ["203091", "8e2cf179b5"],
            "dixy": [],
            "perekrestok": [],
        }, "Twix bars (Minis packs); TWIX Top cookies and M&M's&Friends gift sets excluded"),
        ("мармелад харибо", {
            "pyaterochka": ["4065859"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Haribo gummies only; other marmalade brands excluded"),
    ]),
    ("вино белое полусладкое, просеко, киндзмараули", [
        ("вино белое полусладкое", {
            "pyaterochka": [],
            "magnit": ["167511", "202201", "204961", "213141", "4cc8c3b0a9", "70ba90ae14"],
            "dixy": [],
            "perekrestok": [],
        }, "still white semi-sweet wine (incl. «бел п/сл» abbreviations); «Винный напиток» Abrau Light and «Напиток» Santo Stefano (wine drinks, not wine), sparkling wines, шампанское, LAVETTI wine drink and alcohol-free wines excluded"),
        ("просеко", {
            "pyaterochka": [],
            "magnit": ["5f8686d589", "be5c393f9e", "c44a8ef112"],
            "dixy": [],
            "perekrestok": [],
        }, "Prosecco incl. rosé (Latin «Prosecco» or Cyrillic «Просекко»); other sparkling wines excluded"),
        ("киндзмараули", {
            "pyaterochka": [],
            "magnit": ["199101", "4ed39476cb"],
            "dixy": [],
            "perekrestok": [],
        }, "Kindzmarauli wine; other Georgian wines (Ахашени) excluded"),
    ]),
    ("ром бакарди, балтика 7", [
        ("ром бакарди", {
            "pyaterochka": [],
            "magnit": ["112061", "167751", "199171"],
            "dixy": [],
            "perekrestok": [],
        }, "Bacardi rum (Карта Бланка/Негра); spirit drinks sold as «напиток … на основе рома» (pyat Bacardi Spiced 4050618, Magnit Oakheart by Bacardi) and Barcelo rums excluded"),
        ("балтика 7", {
            "pyaterochka": [],
            "magnit": ["104801"],
            "dixy": [],
            "perekrestok": [],
        }, "Балтика №7 only; Балтика №0 alcohol-free drinks excluded"),
    ]),
    ("капсулы для стирки, таблетки для посудомойки, белизна", [
        ("капсулы для стирки", {
            "pyaterochka": ["3421897", "3421898", "3453873", "4072303", "4072309"],
            "magnit": ["1000287382", "106511", "160181", "167791", "168111", "198871", "205051", "7cac868fc4"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry capsules of any brand (titles «кап.», «капс», «Duo-caps»); liquid gels in bottles, powders and the coffee capsules excluded"),
        ("таблетки для посудомойки", {
            "pyaterochka": ["3925971", "3948780", "3955097"],
            "magnit": ["106111", "106491"],
            "dixy": [],
            "perekrestok": [],
        }, "dishwasher tablets (Finish, Somat), incl. «FINISH … д/ПММ 65шт» whose title does not say таблетки; hand dish soap excluded"),
        ("белизна", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells Белизна (chlorine bleach); toothpaste «сияющая белизна» is the trap, Vanish stain remover excluded"),
    ]),
    ("лавацца молотый, кофе в капсулах, растворимый кофе подешевле", [
        ("лавацца молотый", {
            "pyaterochka": ["72110"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ground Lavazza only; Lavazza beans (pyat 45169/3086387, Магнит «Лавацца … зерно») excluded"),
        ("кофе в капсулах", {
            "pyaterochka": [],
            "magnit": ["4bac1ba15f"],
            "dixy": [],
            "perekrestok": [],
        }, "coffee capsules: Magnit «MONARCH Lungo 8 Intenso Кофе жареный молотый 52г 10шт» accepted (Jacobs Lungo capsules, 10 × 5.2 g, though the title does not say капсулы); laundry capsules are the trap"),
        ("растворимый кофе подешевле", {
            "pyaterochka": ["3153782", "3158301", "3188030", "3359687", "3372172", "3396581", "3403288", "3419749",
                         "3419750", "3428977", "3444962", "3465384", "3472967", "3481996", "3485301", "3488345",
                         "3489546", "3496293", "3626048", "3626060", "3626895", "3631185", "3636923", "3636926",
                         "3651382", "3659359", "3659496", "3684932", "3691889", "3928171", "3932897", "3971960",
                         "4020246", "4035358", "4035361", "4035364", "4069896"],
            "magnit": ["1000111108", "106161", "106231", "106251", "106261", "106291", "109351", "167841",
                    "168211", "198971", "199191", "199321", "205121", "213631", "65d8c64e3e", "7c427665e1",
                    "9ab9dd431c", "ed5e14dfe7"],
            "dixy": [],
            "perekrestok": [],
        }, "«подешевле» is a ranking wish: every instant coffee (incl. «раст.», «субл.», «молотый в растворимом», Jacobs Gold «расворимый»); Magnit Jardin Colombia Medellin 95 г and Московская кофейня Коломбо 95 г accepted as the 95 g instant jars though the titles do not say растворимый; 3-in-1/latte/cappuccino «напиток кофейный», chicory, ready-to-drink coffee, ground and bean coffee excluded"),
    ]),
    ("арахис, семечки тыквенные, кешью", [
        ("арахис", {
            "pyaterochka": ["3451269", "3954224", "3955946", "3955949", "4038494", "4038495", "4039148"],
            "magnit": ["4a8764138e"],
            "dixy": [],
            "perekrestok": [],
        }, "peanuts as a snack, salted or flavoured (Party Nuts); chocolate, халва, nougat, sweets and flakes «с арахисом» and nut mixes excluded"),
        ("семечки тыквенные", {
            "pyaterochka": ["3503953", "3600083"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pumpkin seeds; sunflower seeds and sesame excluded"),
        ("кешью", {
            "pyaterochka": ["3428417"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cashew nuts; Шарлиз «драже кешью в карамели» excluded"),
    ]),
    ("гель для бритья, пена для бритья, шампунь мужской, бальзам для волос", [
        ("гель для бритья", {
            "pyaterochka": ["3622213", "3668800"],
            "magnit": ["160121"],
            "dixy": [],
            "perekrestok": [],
        }, "shaving gel only (incl. «NIVEA Гель MEN ULTRA … д/бр.»); shaving foam and shower gels (Palmolive/Colgate MEN гель для душа) excluded"),
        ("пена для бритья", {
            "pyaterochka": [],
            "magnit": ["111611"],
            "dixy": [],
            "perekrestok": ["56529"],
        }, "shaving foam only; hair mousse «Пена для волос» and shaving gel excluded"),
        ("шампунь мужской", {
            "pyaterochka": ["2102735", "3262020", "3420658"],
            "magnit": ["167951", "1d4676bb70"],
            "dixy": [],
            "perekrestok": [],
        }, "shampoo labelled for men (incl. 2в1/3в1 for men such as «CLEAR Шам.бал-опол.…2в1муж»); unisex shampoos, шампиньоны and шампанское excluded"),
        ("бальзам для волос", {
            "pyaterochka": ["3148662", "3386406", "3489195", "3640020", "3653507", "3662131", "3679357", "3682463",
                         "3950553", "4089147", "4090528", "4090529"],
            "magnit": ["107b59aaee", "168261", "19894afb37", "204521", "205951", "5bcf1f8b69"],
            "dixy": [],
            "perekrestok": [],
        }, "rinse-off hair balm/conditioner (incl. «Бальз-опол.», «Бальз.… д/в», TRESEMME «Конд.»); 2в1/3в1 shampoos, the Gliss Kur leave-in «Экс.кондиц.» spray, «Бальзам Бугульма» liquor and AOS dish soap «с бальзамом» (traps) excluded"),
    ]),
    ("липтон в пакетиках, риттер спорт с орехами", [
        ("липтон в пакетиках", {
            "pyaterochka": ["11200", "3424384", "3982372", "4042419"],
            "magnit": ["206041"],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton tea bags/pyramids of any kind; Lipton Ice Tea and «холодный чай» bottles excluded"),
        ("риттер спорт с орехами", {
            "pyaterochka": ["3431029", "3490515", "3490517", "3490518", "3490519", "3626"],
            "magnit": ["52b81da2f5", "7e8df7fba7"],
            "dixy": [],
            "perekrestok": ["3490515"],
        }, "Ritter Sport bars with nuts (hazelnut, almond, caramelised almond «КАР.МИН.», rum-raisin-nut; pyat titles «RIT.SPORT»); the coconut Ritter Sport and other brands with nuts excluded"),
    ]),
    ("какао несквик, жвачка дирол", [
        ("какао несквик", {
            "pyaterochka": ["3696920", "4033873"],
            "magnit": ["167811"],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink powder; Nesquik cereals, chocolate and sweets excluded"),
        ("жвачка дирол", {
            "pyaterochka": ["3445784", "3498786", "3498787", "3612241", "4054304", "4054306"],
            "magnit": ["625da6208b", "7509251fdc", "a663f82552", "c3f6404713"],
            "dixy": [],
            "perekrestok": [],
        }, "Dirol chewing gum of any flavour; Orbit, Mentos, Five excluded"),
    ]),
    ("жидкое мыло, влажная туалетная бумага", [
        ("жидкое мыло", {
            "pyaterochka": [],
            "magnit": ["1aeb42ebee"],
            "dixy": [],
            "perekrestok": [],
        }, "liquid hand soap; bar soap and shower gels excluded"),
        ("влажная туалетная бумага", {
            "pyaterochka": ["3473455", "3473456"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wet toilet paper (ZEWA «туал.влаж.»); dry toilet paper and wet wipes excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fb"))
