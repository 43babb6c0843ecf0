#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xz.jsonl -- shopping lists of a programmer working from home alone (quick meals,
snacks, coffee, energy drinks, frozen food, weekend cooking, cleaning supplies), hand-labelled against the real offers
in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xz.build.py

LISTS below is literal data: 25 lists (3-5 items, 90 items) as such a person would type them to a Telegram bot, and
for every item the product ids of every store that a reasonable shopper who wrote exactly that item would accept.
The list texts were written before any offer was read and saved as fresh_basket_eval_xz.blind_lists.txt (read-only);
this script checks that every list text equals that blind draft (apart from the items in REPLACED, which is empty:
no item was replaced) and that the draft's sha256 is the one recorded when it was written.  Candidate titles were
grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings) and read one by one; the note of each item records what was accepted, what was deliberately left out and
any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without reading or running the tool being evaluated.

labelled_lists.build (unchanged) checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly the
list's items in order (an item is the text between commas / new lines) -- and writes the JSONL in the format of
real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fxz01, fxz02, ... in LISTS order; every
list is in split "fresh".
"""
import hashlib
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xz.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xz.blind_lists.txt")
BLIND_SHA256 = "d0841585d334e138aa6ed86ce577b1397bc72faae05239429a154f62807a8865"

# Items replaced after labelling because their whole list was empty in all four stores:
# {list id: (blind item text, replacement text)}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxz01 morning coffee
    ("кофе в зернах 1кг подешевле, молочко 3.2 процента, печенье овсяное к кофейку", [
        ("кофе в зернах 1кг подешевле", {
            "pyaterochka": ["3396617"],
            "magnit": ["1c2a14cd16", "f51c4712f0", "df383edea4", "91017de33b", "285b220deb", "476327c381",
                       "e74483f8e8", "010c4606ec"],
            "dixy": [],
            "perekrestok": [],
        }, "coffee beans in a 1 kg pack («1кг» names the pack; Пятёрочка LAVAZZA «зер.» = beans, Магнит «зерновой» = "
           "beans); beans of 200-800 g (Пятёрочка «в зернах 800 г», Магнит 230/250/500/800 г), ground, instant and "
           "capsules excluded; Дикси and Перекрёсток carry no coffee beans at all; «подешевле» is a wish, not a filter"),
        ("молочко 3.2 процента", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014",
                       "1812450001", "1000323041", "1000139951", "be3e0e74c3", "1000049786", "1000445488",
                       "1000127183", "1059990140", "4aff59ccac", "18ca387556", "8000081425", "1000172272",
                       "1899800825", "8000058295"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951", "10J0077073",
                     "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "cow drinking milk labelled exactly 3.2% (pasteurised/UHT/sterilised, children's milk Агуша/Тема and "
           "lactose-free Аммм «с 8 месяцев», Зелёная Линия «для детского питания» included as in real_basket_eval); "
           "ranges 3.2-4 / 3.2-6 / 3.4-6, топлёное (Северная долина, Эго), Дикси Му-у «Для капучино» (barista milk), "
           "Чудо Детки milkshakes, kefir 3.2-4 % and other fat levels excluded"),
        ("печенье овсяное к кофейку", {
            "pyaterochka": ["3613448", "3613445"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000351526", "2000214298", "2000325940", "2000235792", "2000225711", "2000255652", "2000002140",
                     "2000529080", "2000349045", "2000603633", "2000251113", "2000419389", "2000603032", "2000221434"],
            "perekrestok": ["3681160", "3681278", "4202831", "4017837", "4032428", "3035354", "4185824", "4283932",
                            "3639545", "3658003", "4202788", "4202786", "4315655", "3438892", "4315656", "4024594",
                            "3218321", "2091843", "3951119", "3412681", "4172266", "4172267", "3505244", "3901907",
                            "3901906", "2023501", "91535", "2023502", "4283934", "4283939", "4258982", "4251005",
                            "4113987", "3603607", "4086029", "3613445", "3663100", "4050870", "3613448", "4356039",
                            "3688135", "4284221", "4123144", "4284222"],
        }, "oatmeal cookies of any brand and flavour (with raisins, chocolate pieces, glaze, filling, on "
           "fructose/maltitol/sorbitol, gluten-free, children's ФрутоНяня); protein cookies and flapjacks (ProteinRex, "
           "Take A Bite), oat porridge (Быстров, Овсянка Лакоме), yoghurts/purees «с овсяным печеньем», oat drinks and "
           "other cookies (Юбилейное, Belvita мультизлаковое) excluded; Магнит ЛЮБЯТОВО «Колечки овсяные с медом» left "
           "out: the title does not say cookie; «к кофейку» is a purpose, not a filter"),
    ]),
    # fxz02 energy drink and dumplings
    ("adrenaline zero 2 шт\nпельмени из говядины\nсметана 15-процентная", [
        ("adrenaline zero 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000542794"],
            "perekrestok": ["4206324"],
        }, "Adrenaline Rush sugar-free («без сахара» = zero; Дикси's title says only «Adrenaline», taken as Adrenaline "
           "Rush - outside knowledge); other energy drinks incl. Burn Zero excluded; «2 шт» is a quantity; Пятёрочка and"
           " Магнит carry no Adrenaline"),
        ("пельмени из говядины", {
            "pyaterochka": [],
            "magnit": ["66c111d7a2", "72632b1f85"],
            "dixy": ["2000558274", "2000411354"],
            "perekrestok": [],
        }, "pelmeni whose title names a beef filling only: Мираторг / Сибирская коллекция «с мраморной говядиной», "
           "Caesar Elite «с отборной говядиной», Цезарь «с телятиной» (veal taken as beef - judgement); beef-pork mixes "
           "(Grandmeni, Мираторг Сливочные/Домашние, Сибирская коллекция Новосибирские/фирменные, Бульмени), chicken, "
           "fish and pelmeni whose filling is not stated (Цезарь Царское застолье / Гордость Сибири, Бигбули «с мясом», "
           "Сибирская коллекция «Сочные со сливочным маслом») excluded"),
        ("сметана 15-процентная", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785",
                       "1000461810", "1000463648", "1000553874", "1000558440", "1899900582", "8000035449",
                       "8000057502", "8000068594", "8000072734", "2645f50028", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086",
                            "4221356", "4226994", "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        }, "sour cream of exactly 15% (any brand and size, incl. «из топлёных сливок» and lactose-free); Пятёрочка "
           "РостАгроЭкспорт «пикантная, с чесноком» (flavoured), other fat levels, «сметанный» mayonnaise, «Сметанковый»"
           " cheese, curd «со сметаной» and snacks «со вкусом сметаны» excluded"),
    ]),
    # fxz03 frozen pizza night
    ("пиццу замороженную четыре сыра, колу зиро 1.5, чипсы бекон", [
        ("пиццу замороженную четыре сыра", {
            "pyaterochka": [],
            "magnit": ["6ac714280b"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen «4 сыра» pizza: Магнит «Пицца ЛА ТРАТТОРИЯ 4 сыра» (La Trattoria taken as frozen - outside knowledge,"
           " the title does not say so); pizzas of other toppings (Пепперони, ветчина-грибы, Dr.Oetker "
           "салями-моцарелла-песто, Zotman/Маркет груша-горгонзола), Чебупицца and mozzarella «для пиццы» excluded"),
        ("колу зиро 1.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000562693"],
            "perekrestok": [],
        }, "sugar-free cola in a 1.5 l bottle: Дикси «Добрый Кола без сахара 1,5л»; zero colas of 0.33/0.5/1 l "
           "(Пятёрочка COCA-COLA «б/сах.» 0,33, Дикси Добрый без сахара 0,33/0,5/1 л), sugared cola 1.5 l (Магнит ДОБРЫЙ"
           " кола 1,5л), Pepsi Dark Vanilla 0.5 l and Burn/Adrenaline «без сахара» excluded"),
        ("чипсы бекон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bacon-flavoured crisps; no chain has one (Lay's, Русская картошка, Хрустящий картофель, Pomsticks, Bruto "
           "etc. come in other flavours; Дикси «Московский картофель … в ассортименте» does not name bacon); Магнит "
           "CHICO&RICO peanuts «со вкусом бекона», bacon itself and meat chips excluded - nothing acceptable"),
    ]),
    # fxz04 instant-noodle stock-up
    ("бичпакеты 5 шт, яйца с1 10 штук, сырок плавленый, майонез провансаль пачку", [
        ("бичпакеты 5 шт", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": ["ЦТ0037844"],
            "perekrestok": ["3947754", "3664094"],
        }, "«бичпакет» = cheap instant noodles in a pack: Доширак «чан рамен», BigBon, Роллтон «По-домашнему» vermicelli"
           " 85 г; dry pasta/vermicelli/лапша for cooking (Верони, Makfa, Маркет, Лагманная, яичная), Asian noodles to "
           "cook (фунчоза, соба, сомен, удон), ready noodle dishes (Главобед, Фо Бо, Шеф), instant mashed potato and "
           "porridge excluded; «5 шт» is a quantity; Магнит has no instant noodles"),
        ("яйца с1 10 штук", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "chicken eggs of class С1 («1 категории» = С1, Latin «C1» included) in packs of exactly 10; С0/СО/отборные, "
           "С2, «высшей категории», packs of 6/15/20/30 and quail eggs excluded"),
        ("сырок плавленый", {
            "pyaterochka": [],
            "magnit": ["8000038108", "1000578839", "8000052561", "76fa471ae2", "8000038138", "e399631bc4",
                       "ae17955afa", "1000500094", "1862400009", "1862400011", "3392900004", "3392940005",
                       "1891200088", "1891200042", "1891200068", "1891200043", "1000193098", "1000517493",
                       "1000270513", "1000270504", "1000270511", "09f119dd16", "1000227071", "1000228952",
                       "8238ed932b", "9408329d97"],
            "dixy": ["2000319790", "2000541172"],
            "perekrestok": [],
        }, "«сырок» is the diminutive: any processed cheese (bars, tubs, triangles, slices, with "
           "ham/mushrooms/salami/flavours); Магнит «ПРЕЗИДЕНТ, Мастер бутерброда, сливочный, 40%» taken as processed "
           "cheese slices (outside knowledge, the title does not say плавленый); «плавленый продукт» (Дружба 50% bar, "
           "Переяславль, Рязанский колбасный, Моя цена «Дружба с сыром») excluded as not cheese, Фетакса «без рассола», "
           "the sweet Виола «шоколадный», curd cheese and glazed curd сырки excluded; Перекрёсток has no processed "
           "cheese"),
        ("майонез провансаль пачку", {
            "pyaterochka": [],
            "magnit": ["d8bbb63f48", "ddda8365b8", "2c23c84574", "1000077733", "1000558908", "1000077734",
                       "1000498096", "1799700138", "1000501598", "56ff8ec751", "7d31b46ae3", "1000554514",
                       "1000556519", "1000556521", "f0f427f9d4", "da818e4a20", "7a519275b4", "1000277219",
                       "1000169172", "8000045827", "1000233673", "1728400030", "1000179908", "1000422623",
                       "1000014596", "1000356802", "1000348713", "1000556520"],
            "dixy": ["2000570511", "T000005518", "ЦТ0040573", "2000593851", "2000204803", "2000156539", "ЦТ0027566",
                     "1100075125", "2000000160", "2000135999", "ЦТ0045065", "2000429651", "2000539317", "2000602611",
                     "2000202369", "2000172969"],
            "perekrestok": ["3412258", "4072721", "2047206", "4339442", "4259098", "4259097", "4297819", "3677986",
                            "4331515", "4331518", "4331533", "4331500", "4331497", "3016147", "3467275", "3419671",
                            "3674577", "3193489", "78193", "3389322", "4199312", "3029014", "4112954", "4105769"],
        }, "mayonnaise of the Провансаль kind, any brand, fat and size (incl. «с лимонным соком», «оливковый», «белый», "
           "«с маслом авокадо», Ряба «Сметанный Провансаль», «Московский провансаль» of Я люблю готовить and the brand "
           "Московский Провансаль «классический»); mayonnaises not named Провансаль (оливковый, на перепелином яйце, "
           "Классико, Heinz, Домашний, Слобода «Московская», Ряба «Сметанный» without Провансаль) and the brand "
           "Московский Провансаль «Домашний»/«Сливочный»/«на перепелиных яйцах» (brand word only) excluded, as are "
           "майонезные соусы; «пачку» is a quantity; Пятёрочка has only an olive mayonnaise"),
    ]),
    # fxz05 instant coffee corner
    ("nescafe gold побольше, сливки 10% к кофе, сахар кубиками, вафли к чаю любые", [
        ("nescafe gold побольше", {
            "pyaterochka": [],
            "magnit": ["e29b86ab6b", "5ed1824f2e", "5937914f18", "67ebe44e72", "eab407b5dd", "07b5ff6b13",
                       "0c262c177c"],
            "dixy": ["2000587951", "2000225117", "2000225116", "2000144529", "ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé Gold instant coffee of any size and sub-line (Gold, Арома, Бариста, Alta Rica); «побольше» (a bigger"
           " pack) is a wish, not a filter; Nescafé Classic/Classic Crema and 3в1 drinks excluded; Пятёрочка and "
           "Перекрёсток carry no Nescafé Gold"),
        ("сливки 10% к кофе", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609",
                       "3201860040", "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "dairy cream of exactly 10% (bottles, cartons and 10 g portion cups); 11% Parmalat, 20/33% cream, Пятёрочка "
           "President whipped-cream aerosol, milkshakes/teas/coffee «со сливками» excluded; «к кофе» is a purpose, not a"
           " filter; Дикси and Пятёрочка carry no 10% cream"),
        ("сахар кубиками", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829"],
            "perekrestok": ["2113550", "4092763", "4269180", "4282808"],
        }, "lump sugar: «прессованный» and «кусковой», white or cane, any size; granulated sugar (incl. Магнит "
           "Чайкофский «Рафинированный» сахар-песок), vanilla sugar, coconut sugar and sweeteners excluded"),
        ("вафли к чаю любые", {
            "pyaterochka": ["3000449", "3673372", "3957302", "1191"],
            "magnit": ["98361dfdef", "c66dcb1c29", "ff8a1f323c", "3112081001", "df2cfb12b6", "005ccfcf56"],
            "dixy": ["2000575912", "2000571911", "2000395386"],
            "perekrestok": ["4323197", "4323149", "4323148"],
        }, "any wafers («любые»): sheet wafers of any flavour, mini wafers, Venetian wafers, Kinder Maxi King «Вафли», "
           "Take A Bitey wafers, Яшкино «Вафельные рулетики»; wafer cakes (Шоколадница, Мишка косолапый, Маркет), ice "
           "creams and desserts in wafer cones/tubes (Русский свиток, Snickers, Зелёная Линия «в вафельной трубочке»), "
           "chocolate bars/candies «с вафлей» excluded; «к чаю» is a purpose"),
    ]),
    # fxz06 oven snacks
    ("наггетсы замороженные\nкартошка фри для духовки\nкетчуп томатный от heinz", [
        ("наггетсы замороженные", {
            "pyaterochka": [],
            "magnit": ["fd1fdcfdd7", "a36ebb7d8a", "5c691fa75f"],
            "dixy": [],
            "perekrestok": [],
        }, "nuggets of any meat: Мираторг «НАГГЕТСЫ КУРИНЫЕ Хрустящие», Золотой Петушок «традиционные», Индилайт «из "
           "индейки» (turkey accepted, no meat was written); all three taken as frozen (outside knowledge, the titles do"
           " not say so); no other chain carries nuggets"),
        ("картошка фри для духовки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000553851"],
            "perekrestok": ["4326042", "3489169"],
        }, "frozen French fries incl. fry wedges: Дикси «Картофель фри \"И зимой И летом\"» (taken as frozen - outside "
           "knowledge), Перекрёсток «Картофель Фри замороженный Маркет», «Картофель фри дольки быстрозамороженные»; "
           "Перекрёсток Пр!ст «Картофель резаный быстрозамороженный» left out (title does not say фри), fresh and baked "
           "potatoes, crisps excluded; «для духовки» is a purpose (any frozen fries can be oven-baked)"),
        ("кетчуп томатный от heinz", {
            "pyaterochka": ["2157309"],
            "magnit": [],
            "dixy": ["2000033799", "2000538777"],
            "perekrestok": ["4116830", "4154517", "4157702", "4274973"],
        }, "Heinz ketchup of the «Томатный» variety, any size; other Heinz ketchups (Итальянский, Острый, для гриля и "
           "шашлыка, с чесноком, укроп-петрушка, суперострый), Heinz sauces/mayonnaise and tomato ketchups of other "
           "brands excluded; Pikador «томатный» (Перекрёсток titles it «Heinz Pikador», Дикси «Pikador») left out of "
           "both stores as a separate economy line, not the Heinz ketchup asked for (judgement); Магнит has no Heinz "
           "ketchup"),
    ]),
    # fxz07 cleaning supplies ran out
    ("fairy 900 мл, губки д/посуды 10 шт, мусорные мешки на 60 л, туалетка 12шт", [
        ("fairy 900 мл", {
            "pyaterochka": [],
            "magnit": ["186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "bbb10983dd"],
            "dixy": ["2000274013", "2000591971"],
            "perekrestok": [],
        }, "Fairy washing-up liquid in a 900 ml bottle, any scent (Жасмин и алоэ, Пьюр&Клин, Нежные руки, Сочный лимон, "
           "Platinum Арбуз); 430/450/650 ml and 1.35 l bottles, Fairy dishwasher tablets and other brands excluded; the "
           "written size names the bottle; Перекрёсток has Fairy only in 430/450 ml"),
        ("губки д/посуды 10 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges in a pack of 10 (the count names the pack, as «десяток»/«100 шт» elsewhere); the only dish "
           "sponges, Магнит НУЖНЫЕ ВЕЩИ «Макси, 5шт.», come in 5s, a shoe sponge is not for dishes - nothing acceptable"),
        ("мусорные мешки на 60 л", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags of 60 l: Магнит НУЖНЫЕ ВЕЩИ «Мешки для мусора … Био ушки 60л, 20шт.»; no other chain carries bin "
           "bags"),
        ("туалетка 12шт", {
            "pyaterochka": [],
            "magnit": ["e9a925895a", "939f14debe", "013f5191a0", "2300103434"],
            "dixy": [],
            "perekrestok": [],
        }, "«туалетка» in a cleaning list = toilet paper (not eau de toilette - judgement from context); packs of 12 "
           "rolls of any brand/ply (Familia Плюс, ZEWA Делюкс, ЗЕВА ПЛЮС, ZEWA Plus Свежесть океана); packs of 4/6/8 "
           "rolls and wet toilet paper excluded; the count names the pack"),
    ]),
    # fxz08 weekend bolognese
    ("говяжий фарш 0.5 кг\nспагетти от barilla\nпомидоры в собственном соку\nкусок пармезана\nлук репчатый пара штук", [
        ("говяжий фарш 0.5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "minced beef of any pack (400 g packs and the weighed Перекрёсток «Фарш … говяжий»); «0.5 кг» reads as the "
           "amount wanted of a weighed good, not a pack size; mixed/«домашний»/«деревенский»/«фермерский»/«классический»"
           " mince (pork-beef or turkey), pork and fish mince excluded; Магнит has no beef mince"),
        ("спагетти от barilla", {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000016649", "2000280926"],
            "perekrestok": [],
        }, "Barilla spaghetti incl. the thin Spaghettini №3 and thick Спагеттони; other Barilla shapes (Букатини, "
           "баветте, Pipe Rigate, Джирандоле, Festivi, Спиральки, Risoni, вермишель Филини), spaghetti of other brands "
           "and chechil cheese «спагетти» excluded"),
        ("помидоры в собственном соку", {
            "pyaterochka": [],
            "magnit": ["f77a551f2e"],
            "dixy": ["2000582831", "2000118119", "2000571955"],
            "perekrestok": ["3901877", "4181618", "4042450"],
        }, "canned tomatoes in their own juice; tomatoes «в томатном соке» (Дядя Ваня, Круглое лето, Маркет неочищенные)"
           " and Bonduelle «очищенные в томатной мякоти» taken as the same product, Перекрёсток «Томаты резаные Маркет "
           "390г» taken as canned chopped tomatoes (outside knowledge, the title does not say canned/juice); chopped "
           "tomatoes «с базиликом» / «с луком и чесноком» (flavoured), marinated and salted tomatoes, fresh tomatoes, "
           "lecho, paste, sauces excluded"),
        ("кусок пармезана", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "0dc02300a0", "1000384143", "632a4664e6"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416"],
        }, "Parmesan(-style) hard cheese as a piece: weighed («весовой») and packed pieces of 100-200 g (Dolce Granto, "
           "Laime, Поставский «Гранд», Premiere of Taste, Чиз Галлери, Маркет «кусок»); grated parmesan (Дольче, Dolce "
           "Granto 50 г, Маркет, Зелёная Линия, Маркет «порционированный … тёртый»), crem-cheese ITALIAN SNACK «из "
           "пармезана» and ravioli «с пармезаном» excluded; packs without «тёртый» taken as pieces"),
        ("лук репчатый пара штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions, loose, netted, packed, red («репчатый красный») and peeled; dried onion (Kotanyi, "
           "Айдиго), green onion, onion rings snacks and dishes «с луком» excluded; «пара штук» is a quantity; Магнит "
           "and Пятёрочка have no fresh onions"),
    ]),
    # fxz09 gaming snacks
    ("монстрик белый, сухарики любые, фисташки соленые побольше", [
        ("монстрик белый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Monster Energy Ultra (white can, slang «монстрик белый»); no chain carries any Monster - other energy drinks"
           " (Burn, Red Bull, Flash Up, Lit, Volt, Tornado, Горилла) are not Monster"),
        ("сухарики любые", {
            "pyaterochka": ["400d61212a"],
            "magnit": ["5a8a28eceb", "7a105553d3"],
            "dixy": ["2000594153", "2000431152", "2000158872", "2000301073", "2000545311", "2000265801", "2000572411",
                     "2000603332"],
            "perekrestok": ["3387861", "3687988", "4099879"],
        }, "savoury bread snacks of any brand and flavour («любые»): сухарики (Воронцовские, Хрусteam, Take It) and "
           "snack гренки/хрустимки (Гренковъ, BEERKA, 777, Добрынов, Фишка, Vian, Тимоша, Рижские, Вкус Вилладж) - the "
           "same snack shelf (judgement); sweet сухари/rusks (ОГО ванильные, с изюмом, сахарные), bread crumbs, "
           "soups/purees «с сухариками» and cauliflower «в сухариках» excluded"),
        ("фисташки соленые побольше", {
            "pyaterochka": [],
            "magnit": ["b3ee07a59e", "cbb2d0c598", "8b9281613e"],
            "dixy": ["2000539534", "2000539549", "2000327653"],
            "perekrestok": ["4274180", "3411931", "2020566", "4369326", "49082", "4207559", "3499562", "4090837",
                            "4073982", "49715", "2049819", "3451308", "4105870", "3428414", "4066346", "4259987",
                            "4309728", "72535", "3162277", "4249887", "3660622", "3900345", "3942813", "3640863",
                            "3638619"],
        }, "salted pistachios (солёные / подсоленные / с солью, roasted or baked, in shell or not, packed or weighed, "
           "any size); pistachios whose title does not say salted (Good-Food, Семушка очищенные, «неочищенные», "
           "дроблёные, сушеные, сырые) and pistachio-flavoured sweets, ice creams, yoghurts excluded; «побольше» (a "
           "bigger pack) is a wish, not a filter"),
    ]),
    # fxz10 toast sandwiches
    ("ролтон с курицей, тостовый хлебушек, ветчинка нарезанная, сыр слайсами", [
        ("ролтон с курицей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0023259"],
            "perekrestok": [],
        }, "Rollton product with chicken: Дикси «Пюре картофельное Роллтон с куриным вкусом» (no product word was "
           "written, so brand + flavour decide - judgement); Rollton with beef (Перекрёсток vermicelli, Дикси "
           "puree/бульон), Rollton cheese-garlic puree and pasta, chicken noodles of other brands (Доширак puree «со "
           "вкусом курицы») excluded"),
        ("тостовый хлебушек", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "sliced toast bread: Магнит Коломенский «Хлеб ТОСТОВЫЙ» пшеничный and злаковый; other sliced breads "
           "(Горчичный, Дарницкий, Ржаной Край…), хлебцы, гренки and sandwich rolls excluded; no other chain has toast "
           "bread"),
        ("ветчинка нарезанная", {
            "pyaterochka": [],
            "magnit": ["f40c256f93", "a6a1de83c0"],
            "dixy": [],
            "perekrestok": ["4239655"],
        }, "sliced cooked ham: Магнит Черкизово «нарезка, 200г»; Магнит Владимирский Стандарт 100 г and Перекрёсток "
           "Зелёная Линия «Ветчина куриная» 120 г taken as sliced packs (judgement from the small weight; the titles do "
           "not say нарезка); whole ham bars of 325-500 g (Великолукский, Вязанка Столичная, Индилайт Кампана), Дикси "
           "Егорьевская «Хамон» (dry-cured окорок, not ветчина) and goods «с ветчиной» excluded"),
        ("сыр слайсами", {
            "pyaterochka": ["3388814"],
            "magnit": ["8000046709", "1000500635", "bb94e30976", "e2a74deed4", "be2dd7f6c8", "1b8b3c9113",
                       "ca5cdad8ff", "1000278400", "8000046707", "8000076647", "1000318957", "1000452314",
                       "31ddd058b1", "8000072121", "1000560446"],
            "dixy": ["2000365650", "2000557451"],
            "perekrestok": ["4353317", "3500347", "4274229", "3501004", "4003953"],
        }, "real cheese sold sliced (слайсы / ломтики / нарезка) of any kind and fat, incl. light, protein and flavoured"
           " (Oldenburger with walnuts, tomato-basil, olives) cheeses; processed cheese slices (Hochland «Гриль Чиз "
           "ломтики», President «Мастер бутерброда») excluded as «сыр плавленый» is its own item (real_basket_eval "
           "convention); cheese in blocks without «нарезка»/«слайс»/«ломтики» excluded"),
    ]),
    # fxz11 frozen vareniki and blini
    ("вареники картошка замороженные, блины с мясом замороженные, сметанка к вареникам", [
        ("вареники картошка замороженные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000550452", "2000281321", "2000364412"],
            "perekrestok": ["4114103"],
        }, "vareniki with a potato filling, incl. potato with onion/mushrooms/spinach (Первым делом, Сытый папа, Цезарь "
           "×2); packed vareniki taken as frozen (outside knowledge, only Перекрёсток's title says замороженные); cherry"
           " and cheese-spinach vareniki excluded; Магнит has only cherry vareniki"),
        ("блины с мясом замороженные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pancakes with a meat filling; none in any chain: Пятёрочка Останкино «Блинчики с печенью» (liver, not"
           " meat - judgement) and Цезарь «с деревенским творогом», Магнит own-kitchen «БЛИНЧИКИ/Блины с ветчиной и "
           "сыром» 100 г (chilled, ham-cheese) and С пылу с жару with fruit, Перекрёсток Шеф «с творогом» / Select «с "
           "яблоком» are other fillings - nothing acceptable"),
        ("сметанка к вареникам", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000102474", "1000203662", "1000208902", "1000219465", "1000237596",
                       "1000237597", "1000241416", "1000253705", "1000372781", "1000372784", "1000372785",
                       "1000429067", "1000461809", "1000461810", "1000463648", "1000553874", "1000558440",
                       "1000574404", "1000574405", "1899900582", "1899913371", "8000030079", "8000035449",
                       "8000057502", "8000068594", "8000072734", "2645f50028", "30145abd36", "4221528ef6",
                       "65c9123e96", "87741a9faa", "a15781b1ca", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000100619", "2000166052", "2000220966", "2000220967", "2000230594", "2000276122",
                     "2000276139", "2000279280", "2000294264", "2000411404", "2000411407", "2000509087", "2000509714",
                     "2000509715", "2000544033", "2000544034", "2000558211", "2000595012", "2000602951"],
            "perekrestok": ["29910", "3142744", "3166306", "3181748", "3391034", "3423443", "3629029", "3632833",
                            "3632834", "3634035", "3651189", "3658372", "3667086", "4072176", "4087849", "4095524",
                            "4121582", "4121607", "4221355", "4221356", "4226994", "4246009", "4250761", "4264297",
                            "4320001", "4320002", "4335470", "4349771", "4349772", "4376610"],
        }, "plain sour cream of any fat (10-30%) and size; Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» "
           "(flavoured), «сметанный» mayonnaise, «Сметанковый» cheese, curd «со сметаной», snacks «со вкусом сметаны» "
           "excluded; «к вареникам» is a purpose, not a filter"),
    ]),
    # fxz12 tea
    ("чай черный пакетированный 100 шт, сахарный песок кило, один лимон к чаю", [
        ("чай черный пакетированный 100 шт", {
            "pyaterochka": ["18087", "3141303", "2070399"],
            "magnit": ["f27576dc9c", "8e34db68c9", "4c2b5b0e84", "262636efc4", "9ed6ab900f", "539736f8c3",
                       "cf54caa8df", "1305f039da", "591cd0328d", "b411bf6170", "c237948667", "bd44dec0f2",
                       "79c875b985", "f528489d63", "a2edebfe73", "1ce117e378", "62e44aad83", "0b0945cde7",
                       "62e737f079", "f2ec203f7f", "543ee3fdd2", "dc9080ff20"],
            "dixy": ["2000520549", "2000520542", "2000289445", "2000568232", "2000224056", "ЦТ0016759", "2000228472",
                     "2000262681", "2000295203", "2000226734", "2000295224"],
            "perekrestok": ["2147891", "3378336", "2147890", "3450276", "3662837", "2070399"],
        }, "black tea in packs of 100 bags/sachets/pyramids (Пятёрочка DILMAH «ярл. 100х2г» = tagged bags), any brand, "
           "incl. flavoured black teas (Earl Grey/бергамот, чабрец, Tess Pleasure/Сиеста) since no flavour restriction "
           "was written; packs of 20/25 bags, loose tea of 100 g, green/herbal teas and assortment boxes (Richard Royal "
           "Tea Collection 120, Тесс ассорти 60) excluded; Дикси Tess «Forest Dream … 100пирx1,8г» accepted on its title"
           " although its price suggests a smaller box; the count names the pack"),
        ("сахарный песок кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in a 1 kg pack («кило» names the pack, as «сахар 1кг» in set g): Дикси «Сахар-песок "
           "белый 1 кг», Перекрёсток «Сахар белый песок, 1кг» and «Сахар Советский Экстра, 1кг» (taken as granulated - "
           "outside knowledge, the title does not say песок); 900 g (Магнит/Дикси Чайкофский), 750 g and 5 kg packs, "
           "lump/pressed sugar, cane sugar (brown, a different product) and vanilla sugar excluded"),
        ("один лимон к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or in packs of 2 («один» is a quantity); Перекрёсток «Микс Лайм-лимон» (a lime-lemon "
           "pair), lemon juice, lemon-flavoured teas/drinks/sweets excluded; «к чаю» is a purpose; Магнит and Пятёрочка "
           "have no fresh lemons"),
    ]),
    # fxz13 weekend chicken and rice
    ("бедрышки куриные без кости 1кг, басмати пачка, соус teriyaki, чеснок для маринада", [
        ("бедрышки куриные без кости 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000581594"],
            "perekrestok": ["2160048", "78004576", "3683728"],
        }, "raw boneless chicken thigh fillet («филе бедра» of chicken/broiler, chilled, packed or weighed); «1кг» is "
           "the amount wanted of a weighed good, not a pack size; bone-in thighs (Магнит «БЕДРО КУРИНОЕ гриль», "
           "Петелинка, Петруха), turkey thigh fillet, beef «бедро» and «Филе цыплёнка без кости» (part not stated) "
           "excluded"),
        ("басмати пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635865", "4254250", "3634155"],
        }, "basmati rice of any pack (Dunar 500 г, Shanti «Басмати Селла» 1 кг, Увелка in boil-in bags 5x80 г); other "
           "long-grain and jasmine rice excluded; «пачка» is a quantity; only Перекрёсток carries basmati"),
        ("соус teriyaki", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "teriyaki sauce; no chain sells one - Перекрёсток's ready meals «терияки» (Вок рис, Курица Шеф) and cashews "
           "«в соусе терияки» are not the sauce - nothing acceptable"),
        ("чеснок для маринада", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "4090538", "51157", "77278"],
        }, "fresh garlic (loose, 1 head, packed, «ранний», «отборный зубчиками» cloves); dried/granulated/ground/smoked "
           "garlic, grated garlic in a jar, salted garlic, garlic-flavoured oils/snacks and the garlic press excluded "
           "(fresh-produce word means fresh produce); «для маринада» is a purpose"),
    ]),
    # fxz14 late-night coding
    ("red bull sugarfree, горький шоколад 70%, соленый арахисик", [
        ("red bull sugarfree", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sugar-free Red Bull; Магнит «РЕД БУЛЛ 355мл» and Перекрёсток Red Bull 355/473 ml are the regular (sugared) "
           "drink, other sugar-free energy drinks (Burn персик-манго без сахара, Adrenaline без сахара) are not Red Bull"
           " - nothing acceptable"),
        ("горький шоколад 70%", {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        }, "dark chocolate labelled exactly 70% cocoa (Lindt Превосходный 70%, Alpen Gold Горький 70%, Россия "
           "«Российский горький 70%», Зелёная Линия «горький на меду классический 70%»); a written % must match exactly,"
           " so 65/68/75/85 % and dark chocolates without a cocoa % (Бабаевский горький, Коммунарка, Bucheron, Ritter "
           "Sport…) excluded, as are candies and desserts in dark chocolate"),
        ("соленый арахисик", {
            "pyaterochka": [],
            "magnit": ["81631c53d8"],
            "dixy": [],
            "perekrestok": [],
        }, "plain salted peanuts: Магнит Семушка «жареный, соленый»; flavoured peanuts (Chico&Rico бекон, сыр, Васаби, "
           "Мексика - «соленый» is the flavour asked for), sunflower seeds «с арахисом и солью», peanut halva/paste/bars"
           " excluded; no other chain sells salted peanuts"),
    ]),
    # fxz15 laundry and toilet
    ("капсулы ariel для стирки, lenor кондер, domestos гель для унитаза", [
        ("капсулы ariel для стирки", {
            "pyaterochka": [],
            "magnit": ["b5d8fb8b2f", "c8ef7484cc", "daa0b16039", "8e94dc49e6", "e3ed881254", "7cc96b8aa8",
                       "699818da0e"],
            "dixy": [],
            "perekrestok": [],
        }, "Ariel laundry capsules of any kind and count (Колор, Ликвид Капсулс, Масло Ши, Экстра Окси/Деликат, 3в1 "
           "Горный родник); Ariel gel and powder, capsules of other brands (Tide, Persil, BiMax, Losk, Sorti, Biomio) "
           "excluded; only Магнит sells laundry capsules"),
        ("lenor кондер", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner («кондер» = кондиционер; in a laundry list the fabric kind, not hair conditioner); "
           "Магнит's Ariel powder «Ленор фреш» (a powder), fabric conditioners of other brands (Vernel, Synergetic, Е, "
           "Qualita, Frosch) and hair conditioners excluded; only Пятёрочка has Lenor"),
        ("domestos гель для унитаза", {
            "pyaterochka": [],
            "magnit": ["ffbf84b458", "b36a2da83b", "2750dd6add", "258e844027", "ae9c88f524", "45a638f00b",
                       "e407eb3e87", "84c700d8bb", "a961e8e2cb"],
            "dixy": [],
            "perekrestok": [],
        }, "Domestos cleaning gel: Магнит «Средство чистящее ДОМЕСТОС/DOMESTOS универсальное» 750 ml / 1.5 l incl. Эко -"
           " taken as the Domestos toilet gel (outside knowledge: the classic thick Domestos bottle is the "
           "«универсальное» one; unlike set d's «средство для унитаза», the brand was written here - judgement); "
           "Domestos spray and the Domestos rim block (not a gel), toilet gels of other brands (Bref, Туалетный утенок, "
           "Комет, Харпик, Магнит) excluded; only Магнит sells Domestos"),
    ]),
    # fxz16 breakfast
    ("овсянка моментальная, бананы на неделю, greek йогурт без сахара, мёд баночку", [
        ("овсянка моментальная", {
            "pyaterochka": [],
            "magnit": ["2123200142", "1000155179", "1000155178", "1000206048", "1000106287", "1000535160",
                       "1000026173", "1000026174"],
            "dixy": ["2000579452", "2000538758", "2000595591", "2000600674", "2000303390", "2000116559", "2000320771",
                     "2000113479", "2000604115", "2000536417"],
            "perekrestok": ["4130513", "4130515", "3453942", "3453945", "3453946", "3480286", "3480283", "3480284",
                            "3480288", "4312717", "4312718", "4043319", "23772", "2122914", "3503161"],
        }, "instant / quick oatmeal: flakes and porridges labelled моментальная, без варки, быстрого приготовления or «1"
           " минута» (Быстров, Пр!ст, Маркет, Геркулес, Ясно Солнышко №1, Organic life 1 минута) and flavoured "
           "oat-porridge sachets of 35-41 g and their multipacks (Геркулес, Моя цена, Магнит, Увелка, Makfa, Первым "
           "делом, Мистраль) taken as instant (outside knowledge); regular flakes (Геркулес традиционный/Монастырский, "
           "№2, №3, Экстра, Nordic, 3-5 мин), Дикси Organic life «Каша овсяная … 240 г» (form not stated), ready-cooked "
           "porridges (Шеф), baby porridges (Агуша, Nestle, Hipp, Фрутоняня, Gipopo, «с 6 месяцев»), oat drinks and oat "
           "cookies excluded"),
        ("бананы на неделю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», «Бананы красные»); Перекрёсток "
           "«Бананы для жарки» taken as plantains (outside knowledge), dried/sun-dried bananas and banana-flavoured "
           "goods excluded; «на неделю» is a quantity; Магнит and Пятёрочка have no fresh bananas"),
        ("greek йогурт без сахара", {
            "pyaterochka": [],
            "magnit": ["1000181497", "dafd7c4dc4", "8000087572"],
            "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"],
            "perekrestok": [],
        }, "plain Greek yoghurt (Lactica «Греческий 4%», Магнит «ГРЕЧЕСКИЙ, 2%», Epica «Греческий 2.5%», Neo "
           "«Классический», Простоквашино «Греческий 2%», Савушкин TEOS «Греческий 2%», Teos «Натуральный») - taken as "
           "sugar-free because plain Greek yoghurts have no added sugar (outside knowledge, no title says «без сахара»);"
           " Greek yoghurts with fruit, berries, honey, nuts, figs, mango-chia, two-layer ones and Venns «Черника» "
           "excluded; Перекрёсток has only flavoured Greek yoghurts"),
        ("мёд баночку", {
            "pyaterochka": [],
            "magnit": ["ec1ad9dc52", "384d8d8201", "dadb78005d", "928ff089d4", "44c60c9317", "980d05dc00"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["4355859", "4320670", "4320672", "4320671", "4340911", "4340910", "3687699", "3479121",
                            "3687698", "3687710", "4316603", "4316605", "3467507", "4331449"],
        }, "natural honey of any kind and jar size (цветочный, липовый, гречишный, акациевый, горный, майский…); "
           "крем-мёд with berries/nuts (flavoured), Магнит Берестов «Мед УССУРИЙСКИЙ БАЛЬЗАМ» (a honey-herb blend - "
           "judgement), медовуха, honey cakes/soaps/snacks «с медом» excluded; «баночку» is a quantity"),
    ]),
    # fxz17 drinks
    ("вода питьевая 5 л 2 бутыли\nлимонад от черноголовки\nice tea lipton лимон", [
        ("вода питьевая 5 л 2 бутыли", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871",
                            "4231308"],
        }, "still drinking water in a 5 l bottle, any brand, incl. children's drinking water (ФрутоНяня, Аквалайн «Для "
           "ляль», Черноголовка Бэйби, Кидси - as children's milk counts as milk) and Перекрёсток «5л с тарой»; 0.5-2.5 "
           "l bottles, mineral/medicinal and flavoured waters excluded; the size names the bottle, «2 бутыли» is a "
           "quantity"),
        ("лимонад от черноголовки", {
            "pyaterochka": [],
            "magnit": ["b4875f70d2"],
            "dixy": [],
            "perekrestok": ["3662137", "4349107"],
        }, "Черноголовка's lemonade proper (set d convention: a brand with «лимонад» means the classic lemonade, not "
           "Тархун/Байкал/Дюшес): Магнит «НАПИТКИ ИЗ ЧЕРНОГОЛОВКИ, Оригинальный» (taken as the original «Лимонад» - "
           "outside knowledge), Перекрёсток «Лимонад … Черноголовка лимон» and «Лимон Лайм»; Черноголовка Байкал, "
           "Буратино, Дюшес, Тархун, «Лимонный Пунш», мандарин, кола, children's water and lemonades of other brands "
           "excluded"),
        ("ice tea lipton лимон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000285268"],
            "perekrestok": [],
        }, "Lipton iced tea with lemon: Дикси «Холодный чай \"Lipton\" Лимон, 1,5 л»; Lipton Ice Tea green (Пятёрочка "
           "«зел.») and peach, iced teas of other brands (Nestea, Rich, Святой источник, YES!, Пр!ст «с лимоном») and "
           "Lipton tea bags excluded"),
    ]),
    # fxz18 weekend shrimp pasta
    ("креветки королевские зам., сливки 20, феттучини, свежий базилик", [
        ("креветки королевские зам.", {
            "pyaterochka": [],
            "magnit": ["daa53ea23d", "d757ba985f"],
            "dixy": ["2000283070", "2000578411", "2000595631"],
            "perekrestok": ["4328813", "4301249", "4296609", "4360313", "4364088", "4269762", "69215", "3464112",
                            "3420956", "3331822"],
        }, "frozen king prawns: titles saying «королевские» plus white-leg/vannamei («Ваннамей», «белоногие») and tiger "
           "prawns, which are sold as королевские (outside knowledge); raw- or cooked-frozen, shell-on or peeled; Дикси "
           "Нортон «Королевские 50/70» and Перекрёсток Camimex «тигровая … очищенная» taken as frozen (not stated); "
           "northern shrimps, Argentine red shrimps, unnamed «варено-мороженые» shrimps of 70/90 or in shell, prawns in "
           "brine/«в заливке», marinated skewers, shashlik, dumplings, ready dishes and shrimp-flavoured goods excluded"),
        ("сливки 20", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000461012", "1000549783", "1812420003", "1000290041"],
            "dixy": [],
            "perekrestok": ["3163857", "4267107", "44831", "4316249"],
        }, "dairy cream of exactly 20% (sterilised/UHT, any size); Пятёрочка President «Крем слив.взбит. 20%» (whipped "
           "cream in an aerosol) excluded as not cooking cream (judgement), as are 10/11/33 % cream; Дикси carries no "
           "cream"),
        ("феттучини", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fettuccine ribbon pasta; no chain carries it - Перекрёсток De Cecco «Tagliatelle all'uovo … со шпинатом» is "
           "a different (green spinach) ribbon pasta and Maltagliati/Pasteroni shapes are not ribbons - nothing "
           "acceptable"),
        ("свежий базилик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh basil; no chain sells fresh basil - basil appears only as a flavour/ingredient (sauces, cheese, "
           "seasonings, snacks, oil, basil-seed drinks) - nothing acceptable"),
    ]),
    # fxz19 cheapest dumplings
    ("пельмешки самые дешманские, майонез 67, черняшка", [
        ("пельмешки самые дешманские", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4",
                       "dabbb02c05", "f4f41d5103", "72632b1f85"],
            "dixy": ["2000282673", "2000558274", "2000318344", "2000411354", "2000565192", "2000596851", "2000596852",
                     "2000596853"],
            "perekrestok": [],
        }, "meat pelmeni of any brand and filling (beef, beef-pork, veal, chicken, «с мясом», unnamed fillings), incl. "
           "Дикси Горячая штучка «Бульмени» and «Бигбули» whose titles lack the word пельмени (Пятёрочка and Магнит "
           "title the same lines «Пельмени Бульмени/Бигбули»); «самые дешманские» (the cheapest) is a wish, not a "
           "filter; Перекрёсток Четверг fish pelmeni «из трески … со шпинатом» left out (plain «пельмени» means meat "
           "pelmeni - judgement), vareniki, khinkali, chebureki, dumplings (Bibigo) excluded"),
        ("майонез 67", {
            "pyaterochka": ["3277400"],
            "magnit": ["1000014596", "1000016691", "1000077734", "1000108624", "1000169172", "1000179908",
                       "1000233673", "1000277219", "1000348713", "1000356802", "1000422623", "1000501598",
                       "1000556519", "1000556521", "1728400015", "1728400030", "1799700138", "1799900201",
                       "8000023980", "8000045827", "8000045828", "8000056331", "1b1e1ef668", "2c23c84574",
                       "56ff8ec751", "7a519275b4", "7d31b46ae3", "b624a9bb8a", "da818e4a20", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000176263", "2000186981",
                     "2000202331", "2000202369", "2000204803", "2000265115", "2000265607", "2000306265", "2000429651",
                     "2000530112", "2000539317", "2000567053", "2000570511", "2000572811", "2000599457", "ЦТ0027566",
                     "ЦТ0040573", "ЦТ0044024", "ЦТ0045065"],
            "perekrestok": ["2047206", "2108609", "2162564", "3016147", "3029014", "3163111", "3193489", "3335647",
                            "3389322", "3412258", "3419671", "3425669", "3425670", "3467275", "3636361", "3640161",
                            "3674577", "3677986", "3695167", "4072721", "4105769", "4199312", "4225978", "4259097",
                            "4259098", "4261699", "4279915", "4284062", "4297819", "4331497", "4331500", "4331515",
                            "4331518", "78193"],
        }, "mayonnaise labelled 67% of any kind and brand (Провансаль, оливковый, на перепелином яйце, с маслом авокадо,"
           " чистый, Heinz); 50.5/55/61 % mayonnaises, майонезные соусы and mayonnaises without a fat value (Махеевъ «с "
           "лимонным соком» 655 мл, Я люблю готовить «Московский Провансаль классический» 700 г) excluded"),
        ("черняшка", {
            "pyaterochka": [],
            "magnit": ["54f3720614"],
            "dixy": [],
            "perekrestok": ["4149554", "3382146", "4329404", "3974719", "3931337", "3945535", "3126329", "3974720",
                            "4074396", "3627134", "4148558", "3658457", "2060872", "4276930", "3953836", "3631465",
                            "3624125", "2000243", "3617422", "4354623", "4164733", "2053660", "3965436", "78034786",
                            "4361611", "4049144", "3634576"],
        }, "«черняшка» = black bread: rye and rye-wheat loaves (Бородинский, Дарницкий, ржаной, ржано-пшеничный, "
           "Столовый, Деревенский, Чусовской, Старосельский), «Столичный» (Черёмушки, Щелковохлеб - a rye-wheat GOST "
           "bread, outside knowledge); Перекрёсток Дарница «Двинский заварной» and «Пумперникель Вестфальский» and "
           "Магнит «ДАНИЛОВСКИЙ зерновой» (Перекрёсток titles Даниловский «ржано-пшеничный») taken as black bread "
           "(outside knowledge); Ржаной Край breads (a brand word, not rye bread - set d convention), rye-wheat "
           "«Ароматный с изюмом» (sweet), breads of unstated flour (Измайловский, Боярский, солодовый, Ржевский "
           "цельнозерновой…), white breads, хлебцы, Дикси «Хлеб Елизавета вафельный ржаной» (a crispbread) and гренки "
           "excluded"),
    ]),
    # fxz20 instant coffee and dairy
    ("jacobs monarch растворимый 150г, молоко ультрапастеризованное литр, глазированные сырки", [
        ("jacobs monarch растворимый 150г", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "88df1b0c73"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs Monarch instant (freeze-dried) coffee in a 150 g pack, incl. Монарх Интенс 150 г (a Monarch variant);"
           " 95/190 g packs, ground and bean Monarch, Monarch Miligrano/Gold Arabica, Jacobs Gold/Милликано and 3в1 "
           "drinks excluded; the written size names the pack; Дикси and Перекрёсток have no instant Monarch"),
        ("молоко ультрапастеризованное литр", {
            "pyaterochka": ["3146538"],
            "magnit": ["1000351083", "1812450029", "1812450001", "1000323041", "1000418036", "1000023413",
                       "be3e0e74c3", "1000049786", "18ca387556", "8000079205", "1000568396", "1000172272",
                       "1000156187", "8000058293", "8000058295"],
            "dixy": ["2000328874", "2000263555", "2000238271", "2000066819", "2000511374", "2000273384", "2000560951",
                     "10J0077073", "2000600211", "2000600212", "2000600213", "2000328870"],
            "perekrestok": ["4244153", "3431582"],
        }, "UHT (ультрапастеризованное, «ул/паст.») cow drinking milk of any fat in a litre carton, taken as the usual "
           "0.9-1 l packs (900/925/950/970/973 ml or g, 1 l, 1 kg - judgement), incl. lactose-free, protein and "
           "children's Агуша; Дикси «Parmalat безлактозное 1,8%, 1 л» taken as UHT (Магнит titles the same milk "
           "ультрапастеризованное); 200 ml, 1.43 l and 1.5 l packs, pasteurised and sterilised milk, goat milk and Му-у "
           "«Для капучино» (barista milk) excluded"),
        ("глазированные сырки", {
            "pyaterochka": ["4061730", "f17a948634", "3930359"],
            "magnit": ["1000402146", "1000411952", "1000526829", "758f114f7c", "9119334841", "3d86f7f88b",
                       "1000059925", "1000059932", "1000077349", "1000117018", "1000122409", "1000138236",
                       "1000149410", "1000149411", "1000167329", "1000167330", "1000172948", "1000186648",
                       "1000186649", "1000238205", "1000238206", "1000274202", "1000305762", "1000351466",
                       "1000359364", "1000359365", "1000518913", "1000580174", "1000580175", "1000581120",
                       "1899801136", "8000061566", "8000061673", "8000070532", "8000078945", "1432ba3e24",
                       "2a66b2b012", "2a844a0718", "42cd196db0", "61ab02df21", "a436bb1f2b", "b3f3665e14",
                       "d7df85a8e4"],
            "dixy": ["2000179854", "2000597331", "2000597332", "2000571273"],
            "perekrestok": ["3041670", "4208433", "4227636", "4227649", "20615", "3427052", "3454107", "3463779",
                            "3666241", "3666242", "4227614", "4227635"],
        }, "glazed curd bars (сырок творожный глазированный, «гл.», «в … глазури», «в молочном/темном шоколаде») of any "
           "flavour, brand and size incl. Картошка, protein and ЗМЖ bars; 40-50 g bars of lines sold glazed whose titles"
           " omit it (Сыркофф, Чудо Десерт, Ростагроэкспорт «ванильный, 20%, 45г», Пятёрочка Коровка из Кореновки "
           "«ваниль, 50 г») taken as glazed (outside knowledge); unglazed 90-100 g curd bars "
           "(Ростагроэкспорт/РостАгроКомплекс/Хозяйство Васильевой/Пискаревский/Вемол с ванилином/изюмом/цукатами, "
           "«Сахар-Клубника»), Три кота 180 г, the bar in a wafer cone, cheeses and сырокопчёные sausages excluded"),
    ]),
    # fxz21 weekend steak
    ("рибай стейк, картофель 2 кг, масло 82.5 сливочное для стейка, розмаринчик", [
        ("рибай стейк", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3478153"],
        }, "ribeye steak: Перекрёсток Мираторг Black Angus «Рибай без кости»; other beef steaks (Тендер, Минутка, "
           "Мачете, Фланк, Пеппер, Паризьен, Канзас/striploin, Чак Ролл), Перекрёсток weighed «Говядина Антрекот без "
           "кости» (ribeye-area meat sold by weight, not a ribeye steak - judgement), fish and pork steaks and steak "
           "seasoning excluded"),
        ("картофель 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh raw potatoes of any variety and pack (loose, netted, washed, «для варки»/«для жарки», Бэби, "
           "Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh washed potatoes - judgement); «2 кг» is the amount "
           "wanted of a weighed good, not a pack size; sweet potato (батат), boiled peeled, fried/baked potatoes, fries,"
           " Магнит «Картофель АЙДАХО (СП ГМ)» (a ready dish) and crisps excluded; Магнит and Пятёрочка have no fresh "
           "potatoes"),
        ("масло 82.5 сливочное для стейка", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642",
                       "1000458136", "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad",
                       "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271",
                     "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                            "3628337", "3643092", "3657363", "3698785", "3922315", "3953367", "3999749", "4055506",
                            "4135603", "4196090", "4260609", "4292462", "4310021", "4343792", "86149", "3699369",
                            "4113532", "4175276"],
        }, "butter of exactly 82.5% (сливочное / сладкосливочное, any brand and size, incl. lactose-free); 82% butters "
           "(Jalo Kerma, Arla, Киприно, Молочный знак, Natura, President) excluded because a written fat % must match "
           "exactly, as are 72.5%, chocolate butter, Перекрёсток «Волгодонское» (no fat value) and spreads; «для стейка»"
           " is a purpose"),
        ("розмаринчик", {
            "pyaterochka": [],
            "magnit": ["2c6456acd6"],
            "dixy": [],
            "perekrestok": [],
        }, "rosemary in any form (no «свежий» was written): Магнит «Розмарин КОТАНИ, Нарезанный, 15г» (dried); crackers,"
           " bread and lemonade «с розмарином» excluded"),
    ]),
    # fxz22 movie night
    ("попкорн в микроволновку, кола 2 литра, пломбир стаканчик, жевательный мармелад", [
        ("попкорн в микроволновку", {
            "pyaterochka": ["3468690", "3468689"],
            "magnit": ["fa4c1add36", "ef99bfd896", "46f4e81d8d"],
            "dixy": ["2000284017"],
            "perekrestok": [],
        }, "microwave popcorn of any flavour (для печей СВЧ / для микроволновой печи: Mixbar, Lucky Days солёная "
           "карамель and карамель/сыр, Коринкорн ассорти, Cranpers с солью); ready-popped popcorn (Lucky Days «соленый» "
           "150 г, «Шоколад» 250 г) excluded; Перекрёсток has no popcorn"),
        ("кола 2 литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cola in a 2 l bottle; no chain has a 2 l cola (Добрый кола 1/1.5 l, Черноголовка/Funky Monkey 0.5 l, "
           "Coca-Cola 0.33 l, Pepsi Dark Vanilla 0.5 l, Evervess «Блэк Роял» is not cola) - nothing acceptable; the "
           "written size names the bottle"),
        ("пломбир стаканчик", {
            "pyaterochka": ["3953305", "3603591"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4277968", "4301170", "4346963", "4346104", "4208997", "4289045", "3603591", "4035404",
                            "4296327", "3370940", "3371923", "4152236", "4053323", "3680631"],
        }, "пломбир ice cream in a cup (waffle or other стаканчик), any brand and flavour (vanilla, with condensed milk,"
           " pistachio, blueberry, raisins, chocolate crumbs, arbuz); non-пломбир cups (Дикси Первым Делом «ванильное "
           "4%», Ирбитское «сливочное»), parfait desserts, cones (рожок), eskimo, briquettes and tubs excluded; Магнит's"
           " ice creams are not cups"),
        ("жевательный мармелад", {
            "pyaterochka": ["3694097"],
            "magnit": ["c05e22f287", "5b2fa61fb1", "78cd5088f9", "a53d8621de"],
            "dixy": ["2000586474", "2000587811", "2000602472", "2000543569"],
            "perekrestok": ["3682141"],
        }, "chewy/gummy marmalade of any flavour and shape (Fruit-tella, Бон Пари, Lava Lava, Напугай-ка, Vidal); Дикси "
           "Chupa Chups «Страйпсы» taken as chewy marmalade (outside knowledge, the title says only «Мармелад»); jelly "
           "and fruit-slice marmalades (желейный, дольки, Белевская, Ударница, Эко Ботаника, Lucky Days, Азовская), "
           "chewy candies (Фруттелла конфеты, Mentos, Halls, Живинка) and toy-capsule marmalades excluded"),
    ]),
    # fxz23 kitchen cleaning
    ("finish таблетки в посудомойку, средство для полов, полотенца бумажные пара рулонов, резиновые перчатки", [
        ("finish таблетки в посудомойку", {
            "pyaterochka": [],
            "magnit": ["aa9c917668", "b57c035dcb", "bf6352e294", "148c738f30", "cc12d9a881", "129779f2b2",
                       "bf2da7cbfb"],
            "dixy": [],
            "perekrestok": [],
        }, "Finish dishwasher tablets of any line and count (0%, All in 1, Powerball Quantum, квантум, Все в одном MAX);"
           " the Finish machine-cleaner tablets «Очиститель для посудомоечных машин … 3шт.» (not for washing dishes), "
           "Finish powder/rinse/salt and other brands' tablets (Somat, Fairy, Synergetic, Biomio…) excluded; only Магнит"
           " sells Finish tablets"),
        ("средство для полов", {
            "pyaterochka": [],
            "magnit": ["9851df55cf", "18d07f098b", "119c855478", "ff7b4707dc", "69f4fcf56c", "789291ba7a",
                       "ae95ec9c5b", "cac8e32a0f", "494fcd17ad", "dc08e0632c"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "floor-cleaning liquids whose title says for floors (для мытья пола, «для полов и стен», Lysol «д/пола и "
           "поверх»): Biomio, Sanfor, Synergetic, Грасс Арена, Mr.Proper, Lysol; Mr.Proper «Моющее средство Лимон/роза» "
           "(use not stated), universal sprays, Domestos, Sanfor universal gel and mouthwash «д/пол. рта» excluded"),
        ("полотенца бумажные пара рулонов", {
            "pyaterochka": [],
            "magnit": ["84553e2983", "4079668ed1", "1782e40b42", "16ad542324", "32a9e59c4b", "2616a9cbe3",
                       "ce24df13d2"],
            "dixy": [],
            "perekrestok": [],
        }, "paper kitchen towels of any brand and ply in packs of 1, 2 or 4 rolls («пара рулонов» is a quantity, as "
           "«пару» in set zh); toilet paper, napkins and wet wipes excluded; only Магнит sells paper towels"),
        ("резиновые перчатки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "household rubber gloves; no chain's offers include any gloves - nothing acceptable"),
    ]),
    # fxz24 wok night
    ("лапша udon, соевый соус побольше, куриное филе грудки, овощная смесь для вока, кунжута пакетик", [
        ("лапша udon", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "udon wheat noodles; no chain carries udon - soba (Sen Soy, Домшим), сомен, фунчоза, rice/egg noodles and "
           "instant noodles are other noodles - nothing acceptable"),
        ("соевый соус побольше", {
            "pyaterochka": ["3385361"],
            "magnit": ["3e45dc3ab8", "83c9a5b62e"],
            "dixy": ["2000322380", "2000260452"],
            "perekrestok": ["4130566"],
        }, "soy sauce of any brand and size (Стебель Бамбука, Магнит 1 л, Mivimex, Sen Soy классический, Перекрёсток 30 "
           "г portion); «побольше» (a bigger bottle) is a wish, not a filter; soy drinks, soy asparagus and salads "
           "excluded"),
        ("куриное филе грудки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "4323072", "3273915", "2173555", "3946764",
                            "4329298", "3653837", "52888", "3191300", "78003876", "3362832", "3940063", "4312563",
                            "3678985", "3649232", "3609675", "4306879", "4116904", "3034277", "4347498", "3216279",
                            "3336397", "3694848", "2160076"],
        }, "raw boneless chicken breast fillet, packed or weighed: «филе грудки», «филе цыплёнка(-бройлера)» / «филе "
           "куриное» (taken as breast fillet, as in set g), «малое филе» (inner fillet), raw «Медальон(ы)» of breast "
           "fillet, «кусковое», and Перекрёсток «Филе курицы в маринаде» (raw in marinade, as in real_basket_eval) and "
           "«Филе грудки фермерское охлаждённое» (species not stated, taken as chicken - judgement) and «Медальон "
           "куриный Первая Свежесть» (taken as breast-fillet medallions); bone-in «Грудка» and «Филе грудки … на кости»,"
           " thigh fillet, smoked/cooked/breaded chicken, ready dishes and the Maggi seasoning excluded; Магнит and "
           "Пятёрочка have no chicken breast"),
        ("овощная смесь для вока", {
            "pyaterochka": ["01f08f3a91"],
            "magnit": ["4cbe28f105", "5fc59cf2f7"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen vegetable mixes: Пятёрочка «Смесь овощная быстрозамороженная \"Каталонская с соусом\"», Магнит Хортекс "
           "«Смесь брокколи-цветная капуста» and ВИТАМИН «Итальянская» (taken as frozen - outside knowledge); no chain "
           "has a dedicated wok/Asian mix, and «для вока» is read as a purpose (any frozen mix can be stir-fried - "
           "judgement); Магнит Бондюэль «Мексика микс, 310г» (taken as canned), single frozen vegetables, fresh shredded"
           " salad mixes, mixes with meat/rice and ready wok dishes excluded"),
        ("кунжута пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4187582"],
        }, "sesame seeds: Перекрёсток «Кунжут белый семена Маркет Перекрёсток, 150г»; buns, cookies, crispbreads, "
           "cashews and dressing «с кунжутом»/«Кунжутная» excluded"),
    ]),
    # fxz25 ready food and snacks
    ("шаурма готовая, энергетик flash up, сникерс 2 штуки, жвачку orbit", [
        ("шаурма готовая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ready-made shawarma; no chain sells it - Перекрёсток's «Сэндвич-ролл» wraps (с курицей и морковью "
           "по-корейски, цезарь с креветками) are different products and lavash is only the bread - nothing acceptable"),
        ("энергетик flash up", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4229369", "4199222"],
        }, "Flash Up energy drinks of any flavour (Перекрёсток «Flash Up энергия мятный лайм», «Flash Up Ultra Energy»);"
           " other energy drinks excluded; no other chain carries Flash Up"),
        ("сникерс 2 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078665", "2000189225", "2000348756"],
            "perekrestok": [],
        }, "Snickers chocolate bars of any variant (Super 80 г, с миндалем, Пломбир); «2 штуки» is the number of bars "
           "wanted, so bags of Snickers Minis (Пятёрочка 1 кг, Магнит «Конфеты СНИКЕРС, минис, 100г») are excluded as a "
           "different pack (judgement), as is the Snickers ice-cream cone"),
        ("жвачку orbit", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000571151", "2000000606"],
            "perekrestok": ["4307329"],
        }, "Orbit chewing gum of any flavour (Гранат и малина, сочный арбуз); Dirol, Mentos, Wrigley's Spearmint/5, "
           "Fresh life gums excluded; Пятёрочка and Магнит have no Orbit"),
    ]),
]


def blind_texts():
    """The list texts of the blind draft: the lines between one '=== fxzNN' marker and the next."""
    with open(BLIND, "rb") as fh:
        raw = fh.read()
    if hashlib.sha256(raw).hexdigest() != BLIND_SHA256:
        sys.exit("%s: sha256 differs from the one recorded when the draft was written" % BLIND)
    texts, cur = [], None
    for line in raw.decode("utf-8").split("\n"):
        if line.startswith("#"):
            continue
        if line.startswith("=== fxz"):
            if cur is not None:
                texts.append("\n".join(cur).strip("\n"))
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).strip("\n"))
    return texts


def check_against_blind():
    texts = blind_texts()
    if len(texts) != len(LISTS):
        sys.exit("blind draft has %d lists, LISTS has %d" % (len(texts), len(LISTS)))
    errors = []
    for n, (blind, (text, _)) in enumerate(zip(texts, LISTS), 1):
        rid = "fxz%02d" % n
        if rid in REPLACED:
            old, new = REPLACED[rid]
            blind = blind.replace(old, new, 1)
        if blind != text:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, blind))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_against_blind()
    stats(build(LISTS, OFFERS, OUT, "fxz"))
