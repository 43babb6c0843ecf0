#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xy.jsonl -- care-parcel shopping lists hand-labelled against the real offers in
real_offers.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xy.build.py

LISTS below is literal data: 25 lists (3-5 items) as a woman would type them to a Telegram bot while assembling
care parcels for a son doing military service and an aunt in hospital, plus her own small weekly shopping; and for
every item the product ids of every in-stock offer of every store that a reasonable shopper who wrote exactly that
item would accept.  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, ё folded to е) and read one by one; each item was re-checked by
listing all in-stock titles matching its stem that were not accepted.  The note of each item records what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has
nothing acceptable (the item is "missing" there).  The labels were made without seeing the tool being evaluated.

Before anything else the script checks that every list text equals the blind draft
fresh_basket_eval_xy.blind_lists.txt (written, and made read-only, before any offer was read), apart from the items
recorded in REPLACED, and that the draft still has the recorded sha256.  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock (``available`` true), no id is repeated
within an item, every item has a note, and the labels are exactly the list's items in order (an item is the text
between commas / new lines) -- and writes the JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats
prints the counts.  List ids are fxy01, fxy02, ... in LISTS order; every list is in split "fresh".
"""
import hashlib
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xy.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xy.blind_lists.txt")
BLIND_SHA256 = "94fe3eeca28d6c548c332ea185b939e0ebc0f36090ffcde7d13a48d419ab96e0"

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number: (item as in the blind draft, item as in LISTS)}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxy01 son's parcel
    ("сгущенки 2 банки, тушенка из говядины, чай в пакетиках черный, юбилейного печенья пачки три", [
        ("сгущенки 2 банки", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "sweetened condensed milk (молоко цельное сгущённое с сахаром) of any size; boiled condensed milk "
           "(Рогачев «вареное», «Егорка»), wafers/croissants/muffins/candies «со сгущенкой» and Магнит Яшкино "
           "wafers excluded; «2 банки» is a quantity"),
        ("тушенка из говядины", {
            "pyaterochka": ["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
            "magnit": ["111741"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed beef (Говядина тушёная of any grade/brand); stewed pork, venison, «Мясо цыпленка», "
           "buckwheat porridge with beef, dog/cat food with beef and fresh beef excluded"),
        ("чай в пакетиках черный", {
            "pyaterochka": ["4022854", "3470341", "4002510", "3650482", "3489539", "3682587", "3998702",
                            "3489553", "3378327", "15545", "15492", "3662837", "3450276", "3469500", "3950803",
                            "3628990", "3620106", "3635756", "3634052", "3378336", "3424384", "3418513",
                            "3499718", "3446638", "3472459", "3649730", "3399714", "2070472", "3600100",
                            "4042419", "3971162", "3971163", "3948819", "3948818", "3981152", "3948128",
                            "11200", "3689577"],
            "magnit": ["a37d9d8522", "217b3d7466", "204561", "159991", "112311", "206041", "109361", "199261",
                       "199201", "111701", "168251", "213601"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea in bags (title says пакетики/пак./NxNг/пирамидки/сашеты and черный/чер.), flavoured black "
           "teas incl. (бергамот, чабрец, fruit); loose-leaf and tins (100 г, 200 г, 80 г, 90 г …), "
           "green/oolong/herbal/hibiscus teas, assortments and iced-tea drinks excluded. Outside knowledge: Earl "
           "Grey / English Breakfast (Lipton, Twinings, Saito), Greenfield Spring Melody, Майский «смородина с "
           "мятой; чабрец» and Принцесса Канди «цейлонский» taken as black tea; Magnit TESS Pina Colada (colour "
           "not stated) and BETA TEA Mix Fruit 90 г (bags not stated) excluded"),
        ("юбилейного печенья пачки три", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703",
                            "3655049", "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "cookies of the Юбилейное brand, any variant (витаминизированное, глазированное, овсяное, постное, "
           "злаки, flavours); Magnit «Мини-кексы Юбилейное» (cakes), колбаса «Юбилейная», J.Meinl coffee "
           "«ЮБИЛЕЙНЫЙ» and carbonade «ЮБИЛ.» excluded"),
    ]),
    # fxy02 son's parcel (typed on new lines)
    ("кофе 3 в 1 пачку побольше\nдоширак с курицей\nсухарики в посылку\nсемечек пару пачек", [
        ("кофе 3 в 1 пачку побольше", {
            "pyaterochka": ["3965870", "3928180"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "instant coffee-mix sachets; no title says «3 в 1», outside knowledge: Nescafé Classic Latte sticks "
           "and the «Classic Cappuccino» 18 g stick are coffee+milk powder+sugar mixes and taken as 3-in-1; "
           "plain instant/ground/bean coffee, Magnit ready cup drinks («Кофе Латте зерновой 300мл»), Ariel "
           "capsules / Pantene / shower gel «3 в 1» excluded; «пачку побольше» is a wish, not a filter"),
        ("доширак с курицей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the brand Доширак is not in the offers; chicken-flavoured instant noodles of other brands (Роллтон "
           "«Куриная по-домашнему», Пятёрочка «Лапша с куриным вкусом») excluded because the brand was written"),
        ("сухарики в посылку", {
            "pyaterochka": ["17792", "3611032", "3360552", "3919826", "3919827"],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": ["2063964", "63021", "2063961", "3911761", "3014253", "3385063", "3360550",
                            "3360552", "4199888", "3919827", "3070382", "4351646", "4351645", "3427611",
                            "3492417", "3492421", "3611033", "3611032"],
        }, "snack croutons whose title says сухарики (Кириешки, Хрусteam/ХрусTeam, Три корочки, «Сухарики- "
           "гренки» Три семёрки/Клины/Воронцовские, Finn Crisp «Сухарики Multigrain», packs with a sauce sachet "
           "incl.); products titled only «Гренки» (Фишка, Гренковъ, Vian, Хруст…) deliberately left out as a "
           "different snack name, soups «с сухариками» excluded; «в посылку» is a purpose"),
        ("семечек пару пачек", {
            "pyaterochka": ["3669122", "3135484", "3453003", "3695680", "3403508", "3630849", "3613320"],
            "magnit": ["2cc5876614", "1000229533", "104971"],
            "dixy": [],
            "perekrestok": [],
        }, "sunflower seeds (roasted, salted, peeled Богучарские incl.; Бабкины, От Мартина, Молодежный, от "
           "Атамана); pumpkin seeds (Бабкины тыквенные, От Мартина тыквы), halva and sesame seeds excluded — "
           "«семечки» alone means sunflower"),
    ]),
    # fxy03 son's hygiene kit
    ("зубную пасту, щетка зубная средней жесткости, станки одноразовые gillette, пенка для бритья", [
        ("зубную пасту", {
            "pyaterochka": ["4009101", "3967359", "3967361", "2153182", "3359945", "3482562", "3152415",
                            "3368036", "3230372", "3691935", "3605411", "3605412", "3429353", "3642796",
                            "3366711", "3480375"],
            "magnit": ["0b75d29d19"],
            "dixy": [],
            "perekrestok": [],
        }, "adult toothpaste of any brand (Colgate, Blend-a-med, Close Up, President, ROCS, Sensodyne «SENS.», "
           "Splat, Aquafresh, Lacalut); Magnit SPLAT JUNIOR children's paste (6-11 years) excluded, mouthwash "
           "and toothbrushes excluded"),
        ("щетка зубная средней жесткости", {
            "pyaterochka": ["3379809"],
            "magnit": ["faf2b81393", "af8d07dd15"],
            "dixy": [],
            "perekrestok": [],
        }, "toothbrushes labelled medium (BIOMED «Medium», Colgate 360 «ср/ж»); SPLAT «hard», Colgate «Шелковые "
           "нити» and Magnit Colgate «Зиг Заг 2+1» and SPLAT Special Blackwood (stiffness not stated) excluded"),
        ("станки одноразовые gillette", {
            "pyaterochka": [],
            "magnit": ["204267144c"],
            "dixy": [],
            "perekrestok": [],
        }, "Gillette disposable razors (Blue II 5 шт); Gillette Mach3 / Fusion system razors with cassettes "
           "excluded; Gillette Simply Venus disposable razors are the women's line and were left out (the list "
           "is the son's shaving kit)"),
        ("пенка для бритья", {
            "pyaterochka": [],
            "magnit": ["111611"],
            "dixy": [],
            "perekrestok": ["56529"],
        }, "shaving foam (Arko «Пена для бритья», also Arko Man Sensitive); shaving gels (Gillette Mach3 gel, "
           "Nivea Men gels) and hair mousse Taft excluded"),
    ]),
    # fxy04 aunt in hospital
    ("кефирчику 1%, сушек маковых пару пачек, водичка без газа 0.5, влажные салфетки в больницу", [
        ("кефирчику 1%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir of any fat is in the offers; drinking yoghurts, ряженка, Имунеле/Актимель and 1% milk are "
           "not kefir"),
        ("сушек маковых пару пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no сушки with poppy seeds; Пятёрочка «Баранки оригинал. с маком» (baranki are larger and softer) and "
           "«Мини сушка Семейка Озби, ваниль» (no poppy) excluded"),
        ("водичка без газа 0.5", {
            "pyaterochka": ["3024", "3635119"],
            "magnit": ["a5f6c8ecb8"],
            "dixy": [],
            "perekrestok": ["1914"],
        }, "still water in 0.5 l bottles (Evian н/газ 0.5, Легенда Гор негаз 0,5, Нарзан Элита негазированная "
           "500 мл, Святой источник негаз. 500 мл); 0.45 l Байкал, 0.33 l children's water, sparkling and 1-5 l "
           "bottles and Мтаби/Arivali 0.5 (gas not stated) excluded"),
        ("влажные салфетки в больницу", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "3917869", "3697052", "4166484"],
        }, "wet wipes of any kind (antibacterial, antiseptic, cosmetic, universal, also Kokoro baby wipes); ZEWA "
           "moist toilet paper, paper napkins and Carefree panty liners («салфетки ежедн.») excluded"),
    ]),
    # fxy05 aunt in hospital
    ("фруктовое пюре детское, сок в маленьких пакетиках, галетное печенье, яблок зеленых кг", [
        ("фруктовое пюре детское", {
            "pyaterochka": ["3674654", "3674646", "3674637", "3406317", "3406318", "3638365", "3638366",
                            "3638364", "3606462", "3606438", "3606461", "3606463", "4003446", "4003451",
                            "2094220", "3662199", "3629522", "3629520", "3943196"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's fruit purées (Gerber, Heinz, Агуша, Растишка, ДП, Сады Придонья, ФрутоНяня), incl. fruit "
           "mixes with cereal or biscuit; fruit-vegetable mixes (тыква, морковь, брокколи, кабачок), "
           "meat/fish/vegetable purées, fruit purées with творог/сливки (Растишка, ФрутоНяня «со слив.») and "
           "baby porridges excluded; Пятёрочка «Пюре фруктовый салатик и злаки» / «яблоко, клубника и злаки» 90 "
           "г (no «детское» in the title) taken as baby pouches — outside knowledge"),
        ("сок в маленьких пакетиках", {
            "pyaterochka": ["3637415", "3684253", "3684252", "3684254"],
            "magnit": ["666fe2f86c", "eef4bdbf61", "ca4384782b", "bc852256db", "8527bad76f", "159931"],
            "dixy": [],
            "perekrestok": [],
        }, "juice (sold as «сок») in small cartons of 0.125-0.2 l (Агуша 200 мл т/пак, Сады Придонья 125 мл ТБА, "
           "ФрутоНяня 0,2 л, Добрый «с 6 мес.» 0.2 л, Honey Kid 200 мл); 0.3 l PET/glass bottles (Добрый 0,3, "
           "Rich 0,3, J7 0,3, Soko Grande 0,3, BARINOFF 0,25 ст/бут), nectars, «вода+сок», сокосодержащие "
           "напитки and 0.5 l+ packs excluded; outside knowledge: the 0.2 l ФрутоНяня, Добрый and Honey Kid "
           "juices and the 0.125 l Сады Придонья «прям отж» are cartons"),
        ("галетное печенье", {
            "pyaterochka": ["3341241", "3488053", "3978913"],
            "magnit": ["fe5facccea"],
            "dixy": [],
            "perekrestok": [],
        }, "no «галетное» title; dry затяжное biscuits are what is sold as галетное печенье (outside knowledge): "
           "Petit Beurre затяжное, Любятово «ПОСТНОЕ затяж.», «Goute» затяжное, Любятово «Мария»; sugar, "
           "сдобное, oat, Юбилейное cookies and crackers (TUC, Забавные животные) excluded"),
        ("яблок зеленых кг", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh green apples: Magnit «Яблоки Гренни Смит» (Granny Smith is a green variety — outside "
           "knowledge); red apples, Гала, Медовый хруст, Ред Делишес and «Яблоки сезонные» (colour not stated), "
           "juices and apple snacks excluded; «кг» is a quantity"),
    ]),
    # fxy06 own weekly shopping
    ("молоко жирность 2.5, белого хлеба, яичек десяток, гречневая крупа", [
        ("молоко жирность 2.5", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700",
                            "af8570f806", "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9",
                            "50cb0959f8", "76055bf243", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised/UHT/sterilised, children's Сарафаново incl.); "
           "other fat levels, ranges, топлёное, Чудо flavoured milk, milkshakes and kefir/yoghurt 2.5% excluded"),
        ("белого хлеба", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white wheat bread: only batons are on offer (Батон «Звездный» нарезной, Батон Нарезной Маркет) — a "
           "батон is the usual white loaf; rye/rye-wheat breads (Даниловский, Марьин заварной, Ржано-пшеничный, "
           "зерновой Ржаной Край), хлебцы, сухарики and сдоба excluded"),
        ("яичек десяток", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs in packs of 10, any category (С0/СО, С1, отборные, enriched Активита); packs of 6 and "
           "20 and quail eggs excluded"),
        ("гречневая крупа", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (Prosto «Крупа Гречневая»); buckwheat flakes (Увелка, Мистраль), PROSTO «Рис и "
           "греча» mix, buckwheat porridges, soba and the «Гречка с грибами» kit excluded"),
    ]),
    # fxy07 son's sweets
    ("шоколадки аленка 3 шт, вафли в посылку, батончики рот фронт, мармеладки жевательные", [
        ("шоколадки аленка 3 шт", {
            "pyaterochka": ["3426468", "3601839"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Аленка chocolate bars (Красный Октябрь 200 г, «Аленка» 15 г); АЛЕНКА assorted gift sets "
           "(«ВЕСЕЛ.КАНИКУЛЫ», «МАСКАРАД») excluded; «3 шт» is a quantity"),
        ("вафли в посылку", {
            "pyaterochka": ["3668255", "3668256", "3687458", "3687534", "3418863", "3257371", "3939083",
                            "3948437", "3607404", "3673372", "3607414", "3141421", "2126636", "3908663",
                            "3908665", "4036375", "3432952", "3983254", "4090303"],
            "magnit": ["9b5bb8a58d", "f55f44c954", "2a32ffe31d", "7d5a68f794", "01fb3ade65", "29989b90ed"],
            "dixy": [],
            "perekrestok": [],
        }, "wafers of any kind (Яшкино, Коломенское, Коровка, Аладушкин, Зерница, VARNA, Essen «Вертушка», Milka "
           "wafers, single wafer bars); Toreno wafer sheets «для торта», wafer cake «Бабаевская Белочка», KitKat "
           "and chocolate «с вафлей» excluded"),
        ("батончики рот фронт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the Рот Фронт «Батончики» candies are not on offer; Рот Фронт «Птичье молоко» and the gift box "
           "«ТЕРЕМ-ТЕРЕМОК», «Батончики Ореховая роща» of another maker and chocolate bars excluded"),
        ("мармеладки жевательные", {
            "pyaterochka": ["2108128", "3928270", "4074832", "3928269", "3635491", "3956458", "4065859",
                            "3617730", "3617424", "3694097", "4027387", "3928315", "3928314", "3485963",
                            "3627741"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chewing (gummy) marmalade of any brand (Fruit-tella incl. «Марм.ЗВ.M.жев.», Фрути-буззи «жев.марм.», "
           "Бон Пари, Haribo, Mamba Фрумеладки, Chupa Chups Sour Tubes, Mooeys, «Свит бокс» sets); jelly "
           "marmalade (Махеевъ, Шарлиз глазированный, Белевский), Skittles/Mamba chewy candies, marshmallow and "
           "«мармеладные» candies excluded"),
    ]),
    # fxy08 son's food for the road
    ("колбаса сырокопченая в дорогу, сыр плавленый треугольнички, паштет печеночьный, хлебцы в дорогу", [
        ("колбаса сырокопченая в дорогу", {
            "pyaterochka": ["3379266", "3345854", "3469277", "3380222", "3622973", "3440967", "3620876",
                            "3413609", "3460891", "3380221", "3604156", "4332173", "3036120", "4026961",
                            "4069196", "4068713", "3920463", "4064536", "3640669", "3653063", "4064534",
                            "3930255", "3619528"],
            "magnit": ["105061", "199021", "f784100e9d"],
            "dixy": [],
            "perekrestok": ["4385507", "4236323", "4425557", "4403606", "4068713", "4397813", "4268939",
                            "4214450", "3380222", "3380221", "4214000", "3469277", "3648372", "4069198",
                            "3332887", "4395547", "4273259", "3345854", "3140747"],
        }, "raw-smoked sausage (сырокопчёная / с/к, incl. полусухая, salami, chorizo, snack sticks Кнуты and "
           "Черкизово «Колбаски Снек … с/к»); cured-dried only (сыровяленая: Фуэт, Casademont, Solemici, Верона, "
           "Индилайт), boiled, варёно-/полукопчёная, bacon, ham, carpaccio and sausages of unstated type "
           "(Балыковая, Кремлевская, Фермерская, Салями Астория, Сервелат Мясорубский) excluded. Outside "
           "knowledge: Magnit «Колбаса Черкизово, Сальчичон» and «Колбаса Сальчичон» 0,35 кг taken as the с/к "
           "Сальчичон sold elsewhere; Рублевский «Брауншвейгская полусухая» taken as сырокопчёная"),
        ("сыр плавленый треугольнички", {
            "pyaterochka": ["3908610", "3908611"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "processed cheese in triangle portions: only Пятёрочка Viola 130 г (Сливочный and the «Финское "
           "избранное» assortment) — outside knowledge: Viola 130 г is a box of 8 triangles; tubs (Viola 200/400 "
           "г, Hochland 400 г, President 400 г, Карат 230 г, Экомилк 400 г, Дружба 400 г), slices (Galbani, "
           "Valio, Hochland тост), Hochland 220 г and Crème de Brie 125 г (form not stated) and Фетакса excluded"),
        ("паштет печеночьный", {
            "pyaterochka": ["3373724", "3274799", "3656033", "3959234", "3966502"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3373724"],
        }, "liver pâté (typo for печёночный): «Паштет из печени» Егорьевская, Главпродукт «печеночный», Hame «с "
           "гусиной печенью»; Пятёрочка «Паштет Деревенский, Егорьевский МК» is the same product id as "
           "Перекрёсток «Паштет из печени … Деревенский»; pâtés of turkey/poultry/duck/tuna, Гастроном №1 and "
           "Рублевский/Бахрушинъ (meat not stated) and raw pork liver excluded"),
        ("хлебцы в дорогу", {
            "pyaterochka": ["4054468", "3445942", "3195740", "3497592", "3692903"],
            "magnit": ["e30e4beec2", "87af0ffa01", "a652ba460f", "8c18d20df8", "160201"],
            "dixy": [],
            "perekrestok": [],
        }, "crispbreads (хлебцы) of any grain and flavour (Dr.Korner, Щедрые, Croisette, Образ жизни, NEO- "
           "Botanica, Магнит); Finn Crisp «Сухарики», croutons and crackers excluded"),
    ]),
    # fxy09 aunt's hygiene
    ("пеленки одноразовые 60х90, подгузники для взрослых, жидкого мыла флакон, туалетную бумагу", [
        ("пеленки одноразовые 60х90", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3692978"],
        }, "disposable absorbent underpads 60×90: only Kokoro «детские» 60х90 5 шт, accepted as the same product "
           "size; no adult underpads are on offer"),
        ("подгузники для взрослых", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no adult diapers/pants are on offer; children's diapers and pants (Pampers, Huggies, Kokoro) "
           "excluded"),
        ("жидкого мыла флакон", {
            "pyaterochka": [],
            "magnit": ["1aeb42ebee"],
            "dixy": [],
            "perekrestok": [],
        }, "liquid hand soap (AURA «Мыло жидкое» 500 мл); bar soaps (Camay, Fax, Safeguard, Dove крем-мыло), "
           "shower gels and the Palmolive gift set excluded"),
        ("туалетную бумагу", {
            "pyaterochka": ["3679801", "3449118", "3493108", "4059050", "3900558", "3450513", "3326206"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper rolls of any ply/pack (Zewa, Papia, Familia); ZEWA moist toilet tissue («туал.влаж.»), "
           "paper towels and napkins excluded"),
    ]),
    # fxy10 own weekly shopping: chicken and vegetables
    ("курин. филе, картофель кило 3, репчатый лук, морковь немного, свеклу пару штучек", [
        ("курин. филе", {
            "pyaterochka": ["2160069", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast fillet (филе грудки, «Филе с груд.», «Филе большое грудки», Петелинка «Филе "
           "цыплёнка малое» = inner breast fillet — outside knowledge); «Грудка куриная без кожи» (may be on the "
           "bone), thigh fillets, cooked/grilled fillets, turkey and duck fillets excluded"),
        ("картофель кило 3", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (молодой, мытый, красный, для варки/жарки, 2.5-3 кг packs); "
           "«кило 3» is a quantity; potato starch, chips, crisps and potato dishes excluded"),
        ("репчатый лук", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012"],
        }, "fresh bulb onions of any colour (репчатый белый/красный, «Светофор» mix, Ялтинский — a red bulb- "
           "onion variety, outside knowledge); shallots, «Лук салатный» (kind not stated), green onions and herb "
           "sets excluded"),
        ("морковь немного", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots; Korean-style carrot, carrot with aubergine, sauerkraut with carrot and carrot nectar "
           "excluded"),
        ("свеклу пару штучек", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot; beetroot salad and vegetable juices excluded"),
    ]),
    # fxy11 son's nuts and dried fruit
    ("соленый арахис, изюма граммов 300, курага 500г", [
        ("соленый арахис", {
            "pyaterochka": ["3954224"],
            "magnit": ["4a8764138e"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted salted peanuts (От Мартина «с солью», Восточный гость «жар соленый»); flavoured peanuts "
           "(PARTY NUTS with sea salt and black pepper, wasabi, chili, honey-mustard, sour cream), Джаз «Арахис "
           "жареный» (salt not stated), nut mixes, halva and nougat excluded"),
        ("изюма граммов 300", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raisins on their own; nut-and-raisin mixes (Семушка, Джаз Студенческий, Mix Bar) and raisin buns "
           "excluded"),
        ("курага 500г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dried apricots; Велле «Курага» oat product and fruit snacks excluded"),
    ]),
    # fxy12 aunt's tea
    ("зеленый чай с жасмином, медку баночку, лимон для чая тете", [
        ("зеленый чай с жасмином", {
            "pyaterochka": ["4074015"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "green tea with jasmine (ASSAND «Green Tea Jasmine Blossom» 25 пак.); other green teas (Curtis, Tess "
           "Lime, Lipton Matcha, Richard мелисса/мята), jasmine rice and iced teas excluded"),
        ("медку баночку", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural honey (Медовый дом цветочный/липа, разнотравье); крем-мёд with lemon-ginger or raspberry, "
           "чак-чак and honey-flavoured goods excluded"),
        ("лимон для чая тете", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons on offer; limes, citric acid, lemon-flavoured drinks and sweets excluded; «для чая "
           "тете» is a purpose"),
    ]),
    # fxy13 son's coffee
    ("нескафе классик растворимый, сахар кусочками, сухие сливки", [
        ("нескафе классик растворимый", {
            "pyaterochka": ["4035364", "4035358", "4035361"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nescafé Classic instant coffee (95 г, 190 г, 230 г); Nescafé Gold/Crema/Barista/Espresso and the "
           "Classic Latte coffee-drink sticks excluded"),
        ("сахар кусочками", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "lump sugar (Русский «Сахар белый прессованный» 1 кг); cane sugar Демерара (granulated), icing sugar "
           "and sugar-free goods excluded"),
        ("сухие сливки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3415102"],
        }, "dry coffee creamer: Перекрёсток «Заменитель сухих сливок Mr. Сливкин» — outside knowledge: the "
           "powder sold for coffee as «сухие сливки» is such a creamer; liquid cream, Сопьо Крима liquid "
           "substitute and Жокей «Ирландские сливки» coffee excluded"),
    ]),
    # fxy14 hurried parcel list
    ("тушонка свин., сгуха вареная, овсянка быстр. приготовл., галетки", [
        ("тушонка свин.", {
            "pyaterochka": ["3452600", "3483538", "3675349", "2143238"],
            "magnit": ["746a50c3f0"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed pork (Свинина тушёная, ЕЛИН. «Свин.туш.»); stewed beef, venison, chicken and fresh "
           "pork excluded"),
        ("сгуха вареная", {
            "pyaterochka": ["3907533"],
            "magnit": ["167911"],
            "dixy": [],
            "perekrestok": [],
        }, "boiled condensed milk (Рогачев «вареное», «Егорка» Рогачев); plain condensed milk and goods with "
           "«вареной сгущенкой» (wafers, croissants, muffins, пирожное, пончик, торт) excluded"),
        ("овсянка быстр. приготовл.", {
            "pyaterochka": ["3932885", "3659899"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "quick/instant oatmeal: «Быстров … каша овсяная, не требующая варки», Ясно Солнышко «Каша овсяная с "
           "лесными ягодами» (instant sachets — outside knowledge); traditional flakes (Увелка «трад.», Клинские "
           "«Геркулес»), baby porridges, oat cookies and Велле oat products excluded"),
        ("галетки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no galettes (hard tack) on offer; затяжное biscuits (accepted for «галетное печенье») and crackers "
           "are different products and excluded"),
    ]),
    # fxy15 own dairy and bread
    ("творога 5% две пачки, сметана 15 процентная, масло сливочн 82.5, батон хлеба", [
        ("творога 5% две пачки", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese labelled 5% (Село Зелёное 500 г, Молочный знак 180 г); 5.5% soft творог, 4% "
           "зернёный, flavoured 5% curd (Данон «в йогурте», Савушкин 101 зерно), 3%/9%/0.5% excluded; «две "
           "пачки» is a quantity"),
        ("сметана 15 процентная", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4262697", "4095525"],
        }, "sour cream 15% of any brand, lactose-free 15% incl.; 10/20/25/30% and sour-cream-flavoured "
           "snacks/sauces excluded"),
        ("масло сливочн 82.5", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled 82.5%; butter labelled 82% (Простоквашино, Президент), 72.5% and spreads excluded — "
           "a written fat % must match exactly"),
        ("батон хлеба", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white loaf «батон» (Звездный нарезной, Нарезной Маркет); chocolate/protein «батончики», rye breads "
           "and сдоба excluded"),
    ]),
    # fxy16 son's hygiene 2
    ("дезодорант мужской спрей, мужской гель для душа, хоз мыло 2 куска, стиральный порошок ручная стирка", [
        ("дезодорант мужской спрей", {
            "pyaterochka": ["3668801", "3330267"],
            "magnit": ["203001", "203061"],
            "dixy": [],
            "perekrestok": [],
        }, "men's deodorant/antiperspirant sprays (Nivea Men/For Men спрей, Nivea «мужской» спрей, Axe Excite "
           "150 мл — outside knowledge: the 150 ml Axe is an aerosol); sticks/solid (Axe карандаш, Old Spice "
           "твердый), women's Rexona/Nivea, Nivea «Невидимый» 150 мл and PURE (gender not stated) and the Old "
           "Spice gift set excluded"),
        ("мужской гель для душа", {
            "pyaterochka": ["3440044", "3626165"],
            "magnit": ["1d4676bb70"],
            "dixy": [],
            "perekrestok": [],
        }, "men's shower gels (Palmolive Men Спорт / 3 в 1, Чистая линия «гель/душа д/мужч 3в1»); unisex/women's "
           "gels (Fa, Nivea, Le Petit Marseillais, «Ветивер» etc.) and the Old Spice / Palmolive gift sets "
           "excluded"),
        ("хоз мыло 2 куска", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household (хозяйственное) soap on offer; toilet soaps and liquid soap excluded"),
        ("стиральный порошок ручная стирка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no powder labelled for hand washing; «автомат» powders, powders whose title does not state the "
           "washing mode (Persil, Bimax, Биолан, Tide Lenor, BIOMIO), gels and capsules excluded"),
    ]),
    # fxy17 aunt, typed in a hurry
    ("йогурт питьевой не сладкий, бананчиков несколько, есентуки 4, сухари ванил.", [
        ("йогурт питьевой не сладкий", {
            "pyaterochka": ["3632187"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain drinking yoghurt: EPICA «Йогурт пит. 2,9%» 290 г (no flavour, taken as natural/unsweetened — "
           "outside knowledge); flavoured drinking yoghurts (Чудо, Epica with fruit), spoonable and Greek "
           "yoghurts, Активиа bottles (drinkable/unsweetened not stated) excluded; «не сладкий» is required"),
        ("бананчиков несколько", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (incl. mini and organic); dried bananas and banana-flavoured goods excluded"),
        ("есентуки 4", {
            "pyaterochka": ["3977405", "3977407", "3688643"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3977405"],
        }, "mineral water Ессентуки №4 (typo «есентуки»), any size; Ессентуки №17 and other waters excluded; "
           "Пятёрочка «ЗАПОВ.ЗДОР. Вода №4 пит.мин.л-ст.газ 1,5л» taken as Ессентуки №4 of the Заповедник "
           "здоровья line — outside knowledge"),
        ("сухари ванил.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sweet vanilla rusks; «Мини сушка … ваниль», croutons and crackers excluded"),
    ]),
    # fxy18 son's tea and coffee
    ("чай lipton 100 пак, якобс монарх раств., какао порошок nesquik", [
        ("чай lipton 100 пак", {
            "pyaterochka": ["3424384", "11200"],
            "magnit": ["206041"],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton tea packs of 100 bags (Yellow Label, Earl Grey); Lipton 20/25-bag packs and Lipton iced-tea "
           "drinks excluded"),
        ("якобс монарх раств.", {
            "pyaterochka": ["3372172", "3488345"],
            "magnit": ["205121", "106231"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs Monarch instant coffee (incl. Intense); Monarch beans/ground/capsules-sticks Lungo and other "
           "Jacobs lines (Gold, Millicano, Velour, Crema, Barista) excluded"),
        ("какао порошок nesquik", {
            "pyaterochka": ["4033873", "3696920"],
            "magnit": ["167811"],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink powder; Nesquik chocolate, cereal, Коммунарка cocoa powder and Ухтышки excluded"),
    ]),
    # fxy19 own pantry
    ("макарошки подешевле, длиннозерный рис, масло растительное подсолнечное, чай самый дешевый", [
        ("макарошки подешевле", {
            "pyaterochka": ["18497", "18460", "18453", "18463", "3438663", "3438670", "3438666", "3687625",
                            "4075778", "4075782", "4008044", "4072891", "4072894", "4077766", "4077767",
                            "4077771", "4008046", "4008047", "4008045", "4037645", "4037644", "4037652",
                            "4037654", "4037666", "94424"],
            "magnit": ["214631", "167851", "199251"],
            "dixy": [],
            "perekrestok": [],
        }, "dry pasta of any shape (spaghetti, vermicelli, feathers, spirals, shells, egg soup pasta); instant "
           "noodles, soba, udon, funchoza, Шебекинские «Лагман-лапша» (noodles), ready pasta dishes and «Набор "
           "для приготовления Паста …» kits excluded; «подешевле» is a wish"),
        ("длиннозерный рис", {
            "pyaterochka": ["39747", "5722"],
            "magnit": ["448fba0b94", "7936bf2f6b"],
            "dixy": [],
            "perekrestok": [],
        }, "long-grain rice (Националь Лазер «длиннозерный», Мистраль Жасмин «длиннозерный», basmati — long- "
           "grain by definition, outside knowledge); round/плов rice, Адриатика, Кубань, Девзира, brown rice "
           "(grain not stated), Акватика mix, rice flakes and flour excluded"),
        ("масло растительное подсолнечное", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "plain sunflower oil (Олейна, Благо, Mr.Ricco, Слобода); blends with olive/avocado oil, flavoured "
           "sunflower oils (herbs, basil, garlic), corn and olive oil excluded"),
        ("чай самый дешевый", {
            "pyaterochka": ["3634052", "3600100", "3639871", "4074015", "3482097", "3495758", "3650482",
                            "2042286", "4062548", "3950803", "3472456", "3635756", "3600180", "3601193",
                            "3483632", "3636930", "3639873", "4066556", "3399714", "3971162", "3971163",
                            "3971173", "4022854", "3418513", "3682587", "3981152", "3440336", "3473068",
                            "3489539", "4002510", "3452991", "3906534", "4085553", "11200", "3424384",
                            "3691655", "3378319", "3910233", "3665387", "3608998", "3620106", "3380948",
                            "3499718", "3694768", "3628990", "4079110", "3608792", "3469500", "3464992",
                            "2070472", "3662837", "3378336", "3472459", "3948128", "2133950", "3948818",
                            "3948819", "3470341", "4042419", "3689577", "3982372", "3446638", "3450276",
                            "30719", "15492", "15545", "15495", "3489553", "3439925", "3649730", "3378317",
                            "3378327", "3998702"],
            "magnit": ["a37d9d8522", "217b3d7466", "204561", "159991", "112311", "206041", "109361", "199261",
                       "199201", "111701", "168251", "213601", "3784399dbf", "5afb786a1b", "645eef49fe"],
            "dixy": [],
            "perekrestok": ["4199284"],
        }, "any real tea (black, green, oolong; bags or loose, flavoured, tins and assortments incl.); "
           "herbal/fruit infusions (Tess Flame, Milford шиповник, hibiscus, иван-чай, Greenfield Spirit Mate "
           "«напиток чайный»), iced-tea drinks and tea-scented goods excluded; «самый дешевый» is a ranking "
           "wish, not a filter"),
    ]),
    # fxy20 aunt's hygiene 2
    ("бумажные салфетки, паста для чувствительных зубов, крем для рук тюбик", [
        ("бумажные салфетки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4429769", "4371757", "4429397", "4429400", "4310841", "4250543", "4310840",
                            "4250535", "4299678", "4397850"],
        }, "paper napkins (Gratias, Пр!ст, Art Bouquet, decorative prints incl.); paper handkerchiefs «платки "
           "носовые», wet wipes and Magnit «Салфетки в рулоне» (material not stated) excluded"),
        ("паста для чувствительных зубов", {
            "pyaterochka": ["3368036"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toothpaste for sensitive teeth: «SENS.Паста Total Care» = Sensodyne (outside knowledge); other "
           "toothpastes excluded"),
        ("крем для рук тюбик", {
            "pyaterochka": ["3657595"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hand cream: Nivea «Крем д/рук» 75 мл (sold in a tube — outside knowledge); face, foot, baby and body "
           "creams excluded"),
    ]),
    # fxy21 son's canned fish
    ("шпротов пару банок, кильки в томате 3 банки, сайру, горбуша в собственном соку", [
        ("шпротов пару банок", {
            "pyaterochka": ["3504456", "3469704", "3609788", "3475329", "3648434", "3468684"],
            "magnit": ["109251"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprats (шпроты в масле of any size, incl. «из салаки»); kilka, herring and sardines excluded"),
        ("кильки в томате 3 банки", {
            "pyaterochka": ["3468685", "3907223"],
            "magnit": ["159901"],
            "dixy": [],
            "perekrestok": [],
        }, "canned kilka in tomato sauce (incl. the chili variant); kilka in oil/spiced salted kilka and sprats "
           "excluded"),
        ("сайру", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no saury on offer"),
        ("горбуша в собственном соку", {
            "pyaterochka": ["3609786"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned pink salmon natural: «Горбуша натуральная» Знак качества (canned «натуральная» = in its own "
           "juice — outside knowledge); frozen pink salmon, caviar and salmon in tomato sauce excluded"),
    ]),
    # fxy22 hurried instant food
    ("лапша бп 5шт, пюре картоф быстр, кисель брикет", [
        ("лапша бп 5шт", {
            "pyaterochka": ["4009567", "4009568"],
            "magnit": ["1000134679"],
            "dixy": [],
            "perekrestok": [],
        }, "instant noodles («быстрого приготовления»: Пятёрочка chicken/beef flavour, Роллтон «Куриная по- "
           "домашнему» 90 г — instant, outside knowledge); funchoza, soba, udon, lagman noodles, vermicelli and "
           "ready noodle dishes excluded; «5шт» is a quantity"),
        ("пюре картоф быстр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no instant mashed potato; Knorr «На второе Картошка по-деревенски» (seasoning mix), baby vegetable "
           "purées with potato and fresh potatoes excluded"),
        ("кисель брикет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dry kissel concentrate; ready kissel drinks (ФрутоНяня 200 мл, Перекрёсток «Кисель Малиновый» 500 "
           "мл) excluded"),
    ]),
    # fxy23 own weekly shopping 2
    ("курицу целиком, огурчиков штуки 3, помидоров немного, российский сыр", [
        ("курицу целиком", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4214722", "4252168"],
        }, "raw whole chicken (Тушка цыплёнка, Дикси «Цыпленок-бройлер охлажденный» — whole bird, outside "
           "knowledge; Цыплёнок корнишон); chicken parts, fillets, купаты and canned chicken excluded"),
        ("огурчиков штуки 3", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (short/medium, Ботаника, «Хрустящие» 450 г and корнишоны 300 г in the okroshka range "
           "taken as fresh — outside knowledge); salted/pickled cucumbers and pickles excluded; «штуки 3» is a "
           "quantity"),
        ("помидоров немного", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind incl. cherry; salted tomatoes, tomatoes in juice, juices and pastes "
           "excluded"),
        ("российский сыр", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese (Брест-Литовск российский 50%, Зелёная Линия «Российский» нарезка); other semi- "
           "hard cheeses excluded"),
    ]),
    # fxy24 son's sweets 2
    ("конфет коровка, ириски кис-кис, жвачку orbit", [
        ("конфет коровка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Коровка» fudge candies; Вафли «Коровка», Пряник «КОРОВКА», ice cream and paste «Коровка из "
           "Кореновки» excluded"),
        ("ириски кис-кис", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Кис-кис» toffee; other toffees (Красный Октябрь «Золотой ключик», Meller, Шарлиз «Сливочный») "
           "excluded because the variety was written"),
        ("жвачку orbit", {
            "pyaterochka": ["3499538"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Orbit chewing gum (ORBIT «Белоснежный Bubblemint» драже); Dirol, Five, Mentos gum excluded"),
    ]),
    # fxy25 aunt's sweets and water
    ("компот из сухофруктов, печенье овсяное без сахара, зефирки, минералка 1.5", [
        ("компот из сухофруктов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dried-fruit compote mix; ready fruit compotes from fresh fruit (JANARAT айва/вишня 1000 мл), nut- "
           "and-dried-fruit snack mixes and prunes excluded"),
        ("печенье овсяное без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sugar-free oat cookies; regular oat cookies (Классическое, Юбилейное овсяное, Хлебный спас, "
           "Любятово) excluded because «без сахара» was written"),
        ("зефирки", {
            "pyaterochka": ["3489477", "3981251", "3681284", "3406629", "3936545", "3907943", "4086822"],
            "magnit": ["112451", "b0da381628"],
            "dixy": [],
            "perekrestok": [],
        }, "zefir of any kind (Белевский, Шарлиз, Вдохновение in chocolate, Сладкие истории, NEO-Botanica); "
           "marshmallow (LOVE IS «воздушный зефир для десертов», Бон Пари маршмеллоу), пастила and doughnuts "
           "excluded"),
        ("минералка 1.5", {
            "pyaterochka": ["3630603", "3630602", "3656207", "2139858", "3634921", "3688643"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3020", "2105576"],
        }, "mineral water in 1.5 l bottles, still or sparkling (Evian, Багиатти, Нагутская-26, Пилигрим, "
           "Заповедник здоровья №4, Архыз «Легенда Гор» — sold elsewhere in the same offers as «минеральная "
           "природная столовая», outside knowledge); purely medicinal №17, drinking (non-mineral) waters Святой "
           "источник/Сенежская/Архыз «Горная», and other sizes excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: the lines after each '=== fxyNN' marker up to the next marker."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("=== fxy"):
                if cur is not None:
                    texts.append(cur)
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append(cur)
    return ["\n".join(lines).strip("\n") for lines in texts]


def check_blind():
    with open(BLIND, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    if digest != BLIND_SHA256:
        sys.exit("%s changed: sha256 %s, recorded %s" % (BLIND, digest, BLIND_SHA256))
    blind = blind_texts(BLIND)
    if len(blind) != len(LISTS):
        sys.exit("blind draft has %d lists, LISTS has %d" % (len(blind), len(LISTS)))
    errors = []
    for n, (text, (typed, _)) in enumerate(zip(blind, LISTS), 1):
        if n in REPLACED:
            old, new = REPLACED[n]
            if text.count(old) != 1:
                errors.append("fxy%02d: replaced item %r not found once in the blind text" % (n, old))
            text = text.replace(old, new)
        if text != typed:
            errors.append("fxy%02d: text differs from the blind draft:\n  blind %r\n  LISTS %r" % (n, text, typed))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fxy"))
