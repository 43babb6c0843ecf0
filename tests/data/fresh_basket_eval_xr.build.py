#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xr.jsonl -- shopping lists of students sharing a rented flat on a tight budget,
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xr.build.py

LISTS below is literal data: 25 lists (3-5 items) as students would type them to a Telegram bot, and for every
item the product ids of every in-stock offer of every store that a reasonable shopper who wrote exactly that item
would accept.  The list texts were written first, before any offer was read, and saved read-only as
fresh_basket_eval_xr.blind_lists.txt; this script checks that every list text here equals that blind draft
(REPLACED records any item replaced after labelling -- none).  Candidate titles were grepped broadly in
real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded to е)
and read one by one; the note of each item records what was accepted, what was deliberately left out and any
judgement resting on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  Nothing of the tool being evaluated was read or run.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in real_offers_g.jsonl *for
that store* and is in stock (``available`` true), no id is repeated within an item, every item has a note, and the
labels are exactly the list's items in order (an item is the text between commas / new lines) -- and writes the
JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fxr01,
fxr02, ... in LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xr.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xr.blind_lists.txt")

# Items replaced after labelling because a whole list was empty in all four stores:
# {list id: (blind item text, replacement item text)}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxr01 cheapest pasta night
    ("макарошки самые дешевые, сосисочки вязанка, кетчуп любой подешевле, хлеба буханку", [
        ("макарошки самые дешевые", {
            "pyaterochka": ["2049747", "94425", "94430", "94429"],
            "magnit": ["06594d00ff", "0facf2dd98", "2c49a7a5d2", "3563bce441", "3578fbe574", "367d4ecfc8",
                       "3bb34798f6", "4cae925c1a", "5296e76f4b", "54953eed21", "61313f9ca5", "6d2462031e",
                       "6e98aa8b36", "7d3bf66fd0", "7e1d66d2df", "811f1a2896", "8ec199aafc", "9332b0bf64",
                       "a5c4322325", "af7a5a4e7c", "bcb882d827", "c058112781", "e60106f6b1", "eb8a3570e8",
                       "f20a2d2027"],
            "dixy": ["2000002143", "2000004708", "2000005384", "2000005385", "2000005386", "2000016649", "2000224712",
                     "2000280926", "2000288865", "2000288871", "2000299086", "2000302407", "2000320175", "2000347024",
                     "2000349519", "2000411998", "2000418252", "2000437863", "2000544352", "2000572792", "2000572794",
                     "2000573915", "2000575212", "2000588314", "2000590812", "T000015329", "T000015331", "ЦТ0021284",
                     "ЦТ0046806", "ЦТ0046807", "ЦТ0046808"],
            "perekrestok": ["3435295", "3435297", "3435299", "3435300", "3446522", "3501218", "3501219", "3501222",
                            "3501223", "3623096", "4117113", "4117154", "4117157", "4117174", "4199587", "4266382",
                            "4273869", "4273870", "4273871", "4273872", "4274071", "4274091", "4274093", "4300500",
                            "4323866", "4324026", "4324027", "4328907", "4329570", "4329571", "4336730", "4340660",
                            "4340661", "4340662", "4347044", "4351513", "4360107", "52306", "62190", "82760", "82761",
                            "82766", "82772"],
        }, "any dry pasta shape (вермишель, спагетти, рожки, перья, спирали, ракушки, звёздочки, гнёзда, ризони, "
           "птитим, шпинатная/томатная цветная паста, gluten-free corn/rice, pea and buckwheat pasta of Зелёная "
           "Линия incl. «Трубочки из рисовой и кукурузной муки» taken as pasta on outside knowledge); products "
           "titled only «Лапша» (яичная, лагманная, бесбармачная, домашняя, неаполитанская, instant) treated as "
           "noodles and excluded, but «Макароны/Макаронные изделия … Лапша» kept; фунчоза, lasagne sheets, ready "
           "dishes (по-флотски, Неро с креветками), Роллтон instant вермишель, Чечил «спагетти» cheese, macarons "
           "excluded; «самые дешевые» is a wish, not a filter"),
        ("сосисочки вязанка", {
            "pyaterochka": [],
            "magnit": ["7c9f298d18"],
            "dixy": ["2000322511", "2000566633"],
            "perekrestok": ["4081069", "4337765", "4337767", "4339153"],
        }, "every Вязанка sausage (рубленые, молочные, Молокуши Миникушай, Сливушки, Филейские); other Стародворские "
           "brands (Стародворье, Баварушки), Вязанка колбаса/ветчина excluded"),
        ("кетчуп любой подешевле", {
            "pyaterochka": ["2157308", "2157309", "3273905", "3273907", "3387265"],
            "magnit": ["c112734da7"],
            "dixy": ["2000033799", "2000143160", "2000143225", "2000193817", "2000194769", "2000207279", "2000207280",
                     "2000207290", "2000224973", "2000309687", "2000320468", "2000538777", "2000551592", "2000552955",
                     "2000567791", "2000567792", "2000603860", "2000604791"],
            "perekrestok": ["2157566", "2157567", "3054047", "3054048", "3446697", "3652684", "3673189", "3673190",
                            "3684511", "3691258", "3941584", "3941585", "3970015", "4044938", "4078077", "4078080",
                            "4116830", "4116848", "4149865", "4149866", "4149867", "4154517", "4157356", "4157697",
                            "4157702", "4157703", "4157704", "4157803", "4207051", "4225365", "4227924", "4227925",
                            "4227926", "4227927", "4227928", "4227930", "4227932", "4274971", "4274972", "4274973",
                            "4282684", "4295650", "4295651", "4295653", "4312325"],
        }, "every ketchup of any brand and flavour (Пятёрочка «HEINZ Кетч.» incl.; Магнит Семейные секреты "
           "«по-грузински», Дикси Помидорка «Аджика» are titled ketchup); Heinz/Махеевъ sauces that are not ketchup, "
           "tomato paste, Cheetos «Кетчуп» snacks excluded; «любой подешевле» is a wish"),
        ("хлеба буханку", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "54f3720614", "643727af2a", "67f076fea4", "6929a8d5f0", "d3cf97a497",
                       "fb4c130c20"],
            "dixy": ["2000195093", "2000203640"],
            "perekrestok": ["2000243", "2024150", "2053660", "2060872", "2065126", "3126329", "3246712", "3357380",
                            "3382146", "3427407", "3455248", "3455614", "3455615", "3484089", "3617422", "3624125",
                            "3627134", "3631465", "3634576", "3658457", "3931337", "3945535", "3953836", "3965436",
                            "3974719", "3974720", "4049144", "4074396", "4148558", "4148561", "4149554", "4159802",
                            "4164733", "4276930", "4287370", "4291434", "4318513", "4323651", "4323653", "4323654",
                            "4329404", "4354623", "4361611", "4361612", "49457", "66538", "66541", "78000800",
                            "78009384", "78009395", "78009545", "78010499", "78020935", "78034523", "78034683",
                            "78034786", "78035405"],
        }, "a loaf of bread of any kind: items titled «Хлеб …» (white, rye, rye-wheat, grain, toast bread, sliced or "
           "half loaves) and Зелёная Линия «Хлебец … нарезанный» 300 g loaves; «буханку» read as a loaf, so батон, "
           "багет, батард, чиабатта excluded; also excluded sweet breads (с изюмом, Магнит «Хлеб ЧАЙНЫЙ»), Дикси "
           "«Хлеб Елизавета вафельный» (a crispbread), хлебцы, гренки, сухарики; Пятёрочка has no bread"),
    ]),
    # fxr02 groceries for the month
    ("гречки 2 пачки\nдесяток яичек с1\nподсолнечное масло рафинир. 1л\nчай черный в пакетиках подешевле", [
        ("гречки 2 пачки", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392", "2000539995",
                     "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128", "3438178",
                            "3446736", "3477255", "3493533", "3600743", "3603166", "3667612", "3674200", "3694322",
                            "3696237", "39155", "3994791", "4009020", "4019310", "4059000", "4061364", "4090171",
                            "4204902", "4353613", "53673", "6847"],
        }, "dry buckwheat groats of any brand/pack (incl. boil-in-bag, пропаренная, быстроразваривающаяся, "
           "Перекрёсток «Гречка» 47.99 without weight taken as a budget groats pack on outside knowledge); green "
           "buckwheat, ready/flavoured dishes (Дядя Ваня, Увелка «с грибами», Raisad «гарнир с овощами», Cook Chart, "
           "Шеф), flakes, flour, soba, porridges, baby food excluded; «2 пачки» is a quantity"),
        ("десяток яичек с1", {
            "pyaterochka": [],
            "magnit": ["1000247384", "1000247393", "2047000033", "3454700001", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671"],
            "perekrestok": ["2109476", "2131763", "3001671", "3182856", "4085791"],
        }, "chicken eggs of class С1 (also «C1» with Latin C, «1 категории») in packs of 10; С0/СО/отборные, С2, "
           "«высшей категории», packs of 6/15/20/30 and quail eggs excluded"),
        ("подсолнечное масло рафинир. 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000268261", "2000555852", "DI00079242",
                     "DI00080540"],
            "perekrestok": ["2007886", "2043188", "2068955", "2093709", "21676", "23714", "3426155", "4269568",
                            "6275", "64128"],
        }, "refined sunflower oil in 1 l bottles of any brand (Благо, Дары Кубани, Олейна, Я люблю готовить, "
           "Слобода, Ideal, Злато, Sunny Gold, Затея, Корона Изобилия); «1л» names the bottle, so "
           "0.8/0.9/1.7/1.8/2/2.7 l excluded; unrefined, blends «с добавлением оливкового/миндального», flavoured "
           "oils, and Перекрёсток «Масло Аведовъ подсолнечное, 1л» (refinement not stated) excluded; Пятёрочка and "
           "Магнит have no sunflower oil"),
        ("чай черный в пакетиках подешевле", {
            "pyaterochka": ["2070399", "3141303", "510", "18087"],
            "magnit": ["05c3ce571d", "0b0945cde7", "0e0ba22a84", "12c93e2db3", "1305f039da", "1cb4934c51",
                       "1ce117e378", "245310ae46", "262636efc4", "41cb31723f", "4c2b5b0e84", "527c289095",
                       "539736f8c3", "543ee3fdd2", "56284b2938", "591cd0328d", "62e44aad83", "62e737f079",
                       "6ef8a14558", "7304afe46d", "739159b9d5", "75e99adff2", "77d6909a1a", "79c875b985",
                       "8518655d6a", "85a472ac98", "8c57f14bbe", "8e34db68c9", "91c9c098ea", "95bb72cd41",
                       "9ed6ab900f", "9ffe7d26ae", "a0f6844207", "a2edebfe73", "b411bf6170", "b9a96edc01",
                       "ba15dbb109", "bd44dec0f2", "c237948667", "c30034aa00", "c4994ca2ba", "c6300a9d93",
                       "c67b0d7ef5", "cf54caa8df", "cfbea01d00", "dc9080ff20", "e421942210", "e8cfbd68be",
                       "edf75508f3", "eead07c0ce", "efc1b6f0d8", "f0009c3a1e", "f101163507", "f27576dc9c",
                       "f2ec203f7f", "f48f2ca4d2", "f528489d63"],
            "dixy": ["2000000294", "2000224056", "2000226734", "2000228472", "2000262681", "2000289445", "2000295224",
                     "2000335959", "2000420414", "2000518878", "2000520542", "2000520549", "2000567055", "2000567056",
                     "2000568231", "2000568232", "2000578774", "2000578775", "2000603372", "ЦТ0016759", "ЦТ0038390",
                     "2000295203", "2000601831"],
            "perekrestok": ["2042290", "2070399", "2073803", "2095906", "2114141", "2133939", "2147890", "2147891",
                            "3338198", "3338246", "3378336", "3399714", "3418513", "3439932", "3440334", "3450276",
                            "3626161", "3626164", "3662837", "3902078", "4206081", "4206082", "4206083", "4312239",
                            "4344242", "4344243", "46398", "5051", "96196", "4113980"],
        }, "black tea in bags/pyramids/sachets of any brand and count, flavoured black teas included (бергамот, "
           "чабрец, fruit flavours: «черный» is the only qualifier); Пятёрочка «DILMAH … чер.ярл.100х2г» and Дикси "
           "«Первым делом … 20пх1,5г» included; loose-leaf black tea, green/herbal/fruit/rooibos teas, mixed "
           "assortments (Richard Royal Tea Collection, Кёртис Dessert Collection, Мэтр де Те, ТЕСС ассорти), "
           "iced/bottled tea excluded; «подешевле» is a wish"),
    ]),
    # fxr03 dumplings night
    ("пельмени 1 кг самые дешевые, сметаны 15% одну, майонезик слобода", [
        ("пельмени 1 кг самые дешевые", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["22f7803aca", "66c111d7a2", "72632b1f85", "805cabf639", "d6fdebf3e4", "dabbb02c05",
                       "f4f41d5103", "f95b2d1678", "feeac8f3fa"],
            "dixy": ["2000282673", "2000318344", "2000411354", "2000558274", "2000565192", "2000596853", "2000596852",
                     "2000596851"],
            "perekrestok": ["3905172"],
        }, "frozen pelmeni of any filling and brand (incl. Горячая штучка Бульмени/Бигбули — Дикси titles them "
           "«Бульмени/Бигбули \"Горячая штучка\"» without the word пельмени, taken as pelmeni as Пятёрочка/Магнит "
           "title the same lines «Пельмени …»; chicken pelmeni and Перекрёсток «Четверг» fish pelmeni); no chain "
           "sells a 1 kg pack (0.45-0.9 kg), and «1 кг» is read as the amount wanted, not a pack filter; вареники, "
           "хинкали, равиоли excluded; «самые дешевые» is a wish"),
        ("сметаны 15% одну", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785",
                       "1000461810", "1000463648", "1000553874", "1000558440", "1899900582", "8000035449",
                       "8000057502", "8000068594", "8000072734", "2645f50028", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086",
                            "4221356", "4226994", "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        }, "plain sour cream labelled exactly 15% (incl. «из топлёных сливок», lactose-free), any pack; Пятёрочка "
           "«пикантная с чесноком» 15% (flavoured) and 10/20/25% excluded; «одну» is a quantity"),
        ("майонезик слобода", {
            "pyaterochka": [],
            "magnit": ["1000016691", "1000070834", "1000179908", "1000233673", "1728400015", "1728400030",
                       "1799900201", "8000023980", "8000045827", "8000045828", "7a519275b4", "b624a9bb8a",
                       "da818e4a20"],
            "dixy": ["2000135999", "2000176263", "2000186981", "2000429651", "2000530112", "ЦТ0044024", "ЦТ0045065"],
            "perekrestok": ["2108609", "2162564", "3163111", "3193489", "3335647", "3389322", "3636361", "3674577",
                            "78193"],
        }, "every Слобода mayonnaise (Провансаль, Оливковый, на перепелиных яйцах, с маслом авокадо / Зелёная Дача, "
           "Московская) in any pack; Слобода «Майонезный соус Постный» (a sauce, not mayonnaise) and other brands "
           "excluded"),
    ]),
    # fxr04 instant food
    ("бич пакеты 5 шт, пюре картофельное моментального приготовления, три корочки сухарики", [
        ("бич пакеты 5 шт", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": ["ЦТ0037844"],
            "perekrestok": ["3664094", "3947754"],
        }, "instant noodles in a soft packet: Пятёрочка/Перекрёсток Доширак «Чан рамен» 120 g, Дикси BigBon 85 g, "
           "Перекрёсток Роллтон «По-домашнему с говядиной» 85 g (taken as bag packs on outside knowledge); dry "
           "pasta/лапша for cooking (Верони, Макстори, Маркет, Домшим), soba, funchoza, Главобед ready noodles, "
           "Роллтон pasta with olive oil excluded; Магнит has no instant noodles; «5 шт» is a quantity"),
        ("пюре картофельное моментального приготовления", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000000080", "2000162971", "2000178886", "2000339292", "2000577651", "ЦТ0023259"],
            "perekrestok": ["3614553", "78561"],
        }, "instant (dry) mashed potato: Дикси Роллтон 40-55 g, Доширак 40 g, «Бизнес меню с куриным филе» 110 g and "
           "«Кунцево» 240 g, Перекрёсток Пр!ст 40 g with croutons and «Пюре Картошечка картофельное» 250 g (Бизнес "
           "меню, Кунцево and Картошечка taken as dry instant products on outside knowledge); Перекрёсток Select "
           "chilled ready puree 450 g and ready meals «с картофельным пюре» excluded"),
        ("три корочки сухарики", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Три Корочки croutons are sold by none of the chains; other crouton brands (Воронцовские, Хрусteam, "
           "Фишка, Take It, BEERKA, Гренковъ, 777, Добрынов, Vian, Тимоша) deliberately not accepted because the "
           "brand was written"),
    ]),
    # fxr05 макароны по-флотски
    ("фарш свино-говяжий 500г\nмакаронные рожки подешевле\nлук пару луковиц\nтоматная паста баночка", [
        ("фарш свино-говяжий 500г", {
            "pyaterochka": [],
            "magnit": ["1f9a3b6240"],
            "dixy": [],
            "perekrestok": ["4364589"],
        }, "pork-and-beef mince: no title states the meats; Магнит «МАГНИТ СВЕЖЕСТЬ Домашний» 400 g and Перекрёсток "
           "«Хороший Кусок домашний мясной» 400 g taken as the classic pork+beef «домашний» mince on outside "
           "knowledge; beef-only, pork-only, turkey (Индилайт), pollock mince and mince of unstated composition "
           "(Черкизово «Фермерский», Ближние Горки «деревенский») excluded; «500г» read as the amount wanted (no "
           "chain has 500 g packs)"),
        ("макаронные рожки подешевле", {
            "pyaterochka": ["2049747"],
            "magnit": ["367d4ecfc8", "6e98aa8b36", "f20a2d2027"],
            "dixy": ["2000005384", "2000005385", "2000544352", "2000572794", "2000575212"],
            "perekrestok": ["3435299", "4199587", "4273871", "4274071", "4328907", "4340660", "82772"],
        }, "dry pasta in the рожки/elbow shape: «Рожки», «Рожок», «Рожок-полубублик», «Витой рожок», «Рожок "
           "крупный», «Рожки Большие», «Рожок Малютка» (coloured), Роллтон «Рожки с оливковым маслом», Maltagliati "
           "«Chifferini Rigati» (ridged elbows, outside knowledge); Pipe Rigate, улитки, other shapes excluded; ice "
           "cream «в рожке» excluded; «подешевле» is a wish"),
        ("лук пару луковиц", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions (loose, net, packed, red, peeled); dried/ground onion (Kotanyi, Айдиго), onion rings "
           "snacks excluded; Пятёрочка and Магнит have no fresh onions; «пару луковиц» is a quantity"),
        ("томатная паста баночка", {
            "pyaterochka": [],
            "magnit": ["2c160abf20", "3e333fcf75", "63697ab89b", "64828d44cd", "7f508c0006", "d176b4306a"],
            "dixy": ["2000000761", "2000322276", "2000521414", "2000536311", "2000569071"],
            "perekrestok": ["3504319", "3690262"],
        }, "tomato paste of any brand and pack (jar, can, doy-pack, Дикси «пирамидка» 70 g and «саше» 30 g); "
           "«баночка» read as one unit (a count), not a pack-form filter; ketchup, tomato sauces, tomatoes in own "
           "juice excluded"),
    ]),
    # fxr06 chicken legs and rice
    ("окорочка 2кг, рисик круглый, морковку 2-3 шт, майонез 67% любой", [
        ("окорочка 2кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chain sells chicken leg quarters (окорочка); Магнит thighs (бедро куриное, бедро цыплёнка-бройлера) "
           "and marinated drumsticks «Голень куриная Алабама» deliberately left out as different cuts; Перекрёсток "
           "beef «бедро/голень» excluded"),
        ("рисик круглый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180350", "2000219612", "2000282743", "2000292827", "DI00079260", "ЦТ0042579", "DI00080510"],
            "perekrestok": ["3231277", "3469127", "3469128", "3603169", "3674360", "4332035"],
        }, "round-grain rice titled круглый/круглозерный/круглозёрный/круглозернистый (incl. boil-in-bag packs, "
           "Мистраль Италика/Кубань, Националь Краснодарский), plus Дикси «Агро-Альянс Экстра элитный кубанский» "
           "taken as round-grain Kuban rice on outside knowledge; Националь Адриатика/Бальдо/Испанский, rice «для "
           "японской кухни»/«для суши» (grain not stated), long-grain, jasmine, basmati, brown rice and Увелка "
           "«Дружба» rice+millet mix excluded"),
        ("морковку 2-3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4191099", "4299784", "60529"],
        }, "fresh carrots (loose, washed, packed, mini carrots, «Морковь для сока» 1 kg); boiled carrots, carrot "
           "juice, Korean carrot salad and purees excluded; Пятёрочка and Магнит have no fresh carrots; «2-3 шт» is "
           "a quantity"),
        ("майонез 67% любой", {
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
        }, "mayonnaise labelled 67% of any brand and flavour (Провансаль, оливковый, на перепелиных яйцах, с "
           "лимонным соком, с маслом авокадо); 50.5/55/61% mayonnaises, «майонезный соус», and packs without a "
           "stated fat (Перекрёсток Махеевъ 655 мл, Я люблю готовить «Московский Провансаль классический, 700 г») "
           "excluded"),
    ]),
    # fxr07 cleaning day
    ("туалетки 12 рулонов, фэйри, губки посудные, пакеты под мусор 60 литров", [
        ("туалетки 12 рулонов", {
            "pyaterochka": [],
            "magnit": ["013f5191a0", "2300103434", "939f14debe", "e9a925895a"],
            "dixy": [],
            "perekrestok": [],
        }, "dry toilet paper in packs of 12 rolls (Familia Плюс, Zewa Делюкс/Плюс); 4/6/8-roll packs, moist toilet "
           "paper, paper towels and tissues excluded; only Магнит carries toilet paper in 12-roll packs"),
        ("фэйри", {
            "pyaterochka": [],
            "magnit": ["186ff3d636", "43a0e3032e", "4cf63843e3", "514b218200", "551d8403a9", "7c5bd74e06",
                       "8d877b13ce", "a401696a68", "a8a6d84ae6", "b3ebaa28e5", "bbb10983dd", "d076c21852",
                       "d0bd1a2d49", "df2c291ad1"],
            "dixy": ["2000265727", "2000274013", "2000371202", "2000517533", "2000591971"],
            "perekrestok": ["4011474", "4141118"],
        }, "Fairy hand dish-washing liquid of any variant and size (Magnit «ФЭЙРИ Пьюр&Клин» incl.); a brand alone "
           "means its classic product, so Fairy dishwasher tablets (All in 1) and other brands' dish liquids (AOS, "
           "Sorti, Synergetic, Palmia, BioMio…) are excluded even though «фейри» is sometimes used generically"),
        ("губки посудные", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges for dishes (Магнит НУЖНЫЕ ВЕЩИ Макси 5 шт); a shoe sponge excluded; no other chain "
           "carries sponges"),
        ("пакеты под мусор 60 литров", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "rubbish bags of 60 l (Магнит НУЖНЫЕ ВЕЩИ «Био ушки 60л»); no other sizes or chains exist"),
    ]),
    # fxr08 bathroom basics
    ("шампунь clear men, гель д/душа подешевле, паста зубная любая", [
        ("шампунь clear men", {
            "pyaterochka": ["3011966"],
            "magnit": ["07251bb98b", "0d996b1e8d", "2336c3ab82", "30b37b9eaf", "668e385f91", "e300bac7aa"],
            "dixy": [],
            "perekrestok": [],
        }, "Clear/КЛИАР men's shampoos: titles saying мужской / для мужчин, plus Магнит «КЛИАР 2 в 1 АктивСпорт» and "
           "Пятёрочка «CLEAR VITA ABE акт.спорт 2в1» taken as the Clear Men Active Sport line on outside knowledge; "
           "women's Clear shampoos and Clear variants without a gender (максимальный объём, против выпадения) "
           "excluded; Clear/Rexona deodorants excluded"),
        ("гель д/душа подешевле", {
            "pyaterochka": ["2133696"],
            "magnit": ["02ea799c6d", "04385b1c05", "056095b61f", "0a0bc36d75", "0a8c13cfae", "0e73965fab",
                       "1bcd487746", "1fde288d8a", "20ccdd6391", "21f7b36949", "27b08defc4", "2fb09fd462",
                       "35c3ab54cc", "36a7babd60", "393259057b", "5453f6025c", "5fc21b640d", "5fcf69b341",
                       "5ffca390ec", "6304efaae1", "64c0ec7e7a", "68616c4166", "6a742f49c1", "6c202199a3",
                       "869541895d", "8b4da8afe5", "8e0a633d30", "9aef66f381", "9bbd37d676", "a162a1690e",
                       "a4d6d8f2fb", "a75a504c4b", "ae24cd3ee0", "b05b3805a4", "b2be06e3a0", "b52306dd19",
                       "b69125b58a", "bd94ee174a", "c6a9be396e", "c8614395b8", "c8870b453a", "c8ade01c51",
                       "d17e3511fe", "d2dce71434", "d6e59761cf", "dc5c2dff0f", "e9f0c13a1d", "ecdf943e39",
                       "ee38106f2e", "f4f55309dc", "f59cbc4eb7", "f6184e3882", "fb86a14079", "fb9c80c277",
                       "fcfc8492ea"],
            "dixy": ["2000267924", "2000339502", "2000581931"],
            "perekrestok": ["3327880", "3415583", "3495277", "3505877", "3664430", "3664431", "3958230", "4095376",
                            "4104314", "4112906", "4144585", "4218768", "4234621", "4250600", "4299673", "4319542",
                            "4342546", "4348829", "4353947", "4356504", "4317631"],
        }, "any shower gel or shower cream-gel, men's and women's, incl. 2in1/3in1 gel+shampoo (Ecolatier, Palmolive "
           "Men, Rexona Men); children's/baby gels (FA Детский, ГОНКИ, БЕББЛ, Моё Солнышко) and gift sets with a "
           "sponge (Дикси Camay/Dove «Набор») excluded; «подешевле» is a wish"),
        ("паста зубная любая", {
            "pyaterochka": ["2157107"],
            "magnit": ["02007f5dd2", "0441e28214", "05bcdac370", "0698c8a520", "0995fb4610", "1b97c67c19",
                       "2a476026fc", "2cb02c1814", "303c23d71f", "34c642c8c6", "350131f5fe", "36ac6aa095",
                       "3eca76034b", "41b3a37740", "4b5c8b26bf", "54ebd01aa2", "564e0e888e", "582435118c",
                       "5c5da323dc", "5d575a5319", "5fb3a6894f", "62b2cb7a88", "6329b468cf", "65ee960a88",
                       "672c08cf6b", "6979fdd12e", "6e8e3f8436", "81453183d1", "8708609287", "8c74c7a89c",
                       "92ea3d57cc", "941096778d", "94c7aee1a6", "964d902e56", "96c08abb76", "96fd730db9",
                       "a3d10bc11c", "b432da8011", "b6d0eea1fc", "b938d68eba", "bf8f2e67c9", "bfa8bafe8c",
                       "c2eff5a32d", "cd7248cfbd", "ceb9d42341", "d03e638466", "df539fe9c9", "f53229ccde",
                       "f56b4b5cc3", "fe74f3aca3"],
            "dixy": ["2000326358"],
            "perekrestok": [],
        }, "any adult toothpaste of any brand incl. travel 40 ml SPLAT, «з/п» abbreviations, СПЛАТ «Ликвум-гель» and "
           "Магнит «Гель для полости рта COLGATE Тотал12» (taken as gel toothpaste on outside knowledge); children's "
           "toothpastes (age-marked, Доктор Заяц, Дракоша, Кидс, Джуниор, Juicy детская, Synergetic Детская) "
           "excluded as not meant for an adult; toothbrushes, mouthwash excluded"),
    ]),
    # fxr09 football and beer
    ("пиво жигулевское банки 4 шт, сухарей к пиву пару пачек, рыбки сушеной к пиву, орешки арахис соленые, чипсы паприка", [
        ("пиво жигулевское банки 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chain sells Жигулёвское beer; Магнит «ЖИГУЛИ Барное/Экспорт/ИПА» is a different brand (Жигули, not "
           "Жигулёвское) and Дикси «Пивной напиток Жигули Барное Манго-маракуйя» a flavoured beer drink, both "
           "deliberately excluded; Перекрёсток «Яблоки Жигулевские» are apples; «банки 4 шт» is a quantity"),
        ("сухарей к пиву пару пачек", {
            "pyaterochka": ["400d61212a"],
            "magnit": ["5a8a28eceb", "7a105553d3"],
            "dixy": ["2000158872", "2000265801", "2000301073", "2000431152", "2000545311", "2000572411", "2000594153",
                     "2000603332"],
            "perekrestok": ["3387861", "3687988", "4099879"],
        }, "savoury snack croutons of any brand and flavour (сухарики, гренки incl. Пятёрочка «ГРЕНКОВЪ», Магнит "
           "BEERKA, Дикси «Хрустимки Тимоша» taken as croutons on outside knowledge); sweet rusks (с изюмом, "
           "ванильные, сахарные), soups and purees with croutons excluded; «пару пачек» is a quantity"),
        ("рыбки сушеной к пиву", {
            "pyaterochka": ["342922fced"],
            "magnit": ["1d5c4bba58", "2955c1a6cb", "624d38546e", "863dcd83be", "adac1fd7d0", "cedf126903"],
            "dixy": ["2000162541"],
            "perekrestok": ["4357085"],
        }, "dried / dried-cured / salted-dried fish snacks (путассу, анчоусы, ставридка, корюшка, жёлтый полосатик, "
           "горбуша соломка вяленая, «Рыбка янтарная»); squid snacks (not fish), smoked and canned fish excluded"),
        ("орешки арахис соленые", {
            "pyaterochka": [],
            "magnit": ["81631c53d8"],
            "dixy": [],
            "perekrestok": [],
        }, "plain roasted salted peanuts (Магнит СЕМУШКА); flavoured Chico&Rico peanuts (бекон, сыр, васаби, "
           "Мексика), salted nut mix SOLONINA, pistachios, seeds with peanuts excluded"),
        ("чипсы паприка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no paprika-flavoured potato chips exist; Дикси Delicados nachos «с оливками и паприкой», Перекрёсток "
           "Mojno sweet-potato and Reeel vegetable chips «с томатом и паприкой» (mixed flavours, not potato chips), "
           "assortments of unknown flavour (Московский картофель «в ассортименте») excluded"),
    ]),
    # fxr10 date night
    ("винишко красное полусладкое, сыр с плесенью кусочек, виноградик, милка шоколадка", [
        ("винишко красное полусладкое", {
            "pyaterochka": [],
            "magnit": ["089de7865d", "0e0c3d3d4d", "198320d451", "38f336a123", "422ca8240c", "5d359998e9",
                       "72783f8fe2", "7e25f1bcfc", "a55e1bb510", "c037b3aa2c", "c3218b92fb", "d90b597fa5",
                       "db5a7debdf", "e1cde288c4", "e65c3b24c9"],
            "dixy": [],
            "perekrestok": ["3502821"],
        }, "still red semi-sweet wine of any grape, country and bottle (incl. 1 l and Магнит LUISA CIAO 3 l); "
           "sparkling red semi-sweet (Lambrusco, Лыхны игристое), white/rosé, dry and sweet wines, sangria/wine "
           "drinks excluded"),
        ("сыр с плесенью кусочек", {
            "pyaterochka": [],
            "magnit": ["1000261594", "1000280920", "1000417247", "8000077476", "1a90d33db1", "30f7475df3",
                       "4cef7f7bed", "6fea2c6791", "9b0afa1bae", "f58b273104"],
            "dixy": ["2000317363", "2000331952"],
            "perekrestok": ["4203083"],
        }, "cheese with white or blue mould (камамбер, бри, Гальбани пиканте, Блфорт, Рокфорти, Grand Blu, Supreme, "
           "President «Снэк а ля Франсэ с плесенью»); Магнит «Крем-сыр ДОРБЛЮ» (cream cheese), Craft&Eco gorgonzola "
           "in chocolate, pizzas and olives with blue cheese excluded; «кусочек» is a quantity"),
        ("виноградик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": ["133", "3148276", "4254480", "4283255", "48662"],
        }, "fresh grapes of any colour/variety; raisins (сушёный виноград), juices, grape-flavoured goods excluded; "
           "Пятёрочка and Магнит have no fresh grapes"),
        ("милка шоколадка", {
            "pyaterochka": [],
            "magnit": ["0481a74e51", "08e22e388e", "194dc492d5", "216f1d2f85", "24430df087", "24fef76bf3",
                       "268b473a70", "298c9e25a1", "2a48a6605c", "46a83df51c", "5b739b266c", "72023ebb5a",
                       "912985bec4", "a07886a689", "a9156051a6", "c1801c39ee", "ed01a0e389", "fa24e80d9f",
                       "fbdae9857e"],
            "dixy": ["2000283718", "2000283723", "2000312445", "2000598791"],
            "perekrestok": ["4353882"],
        }, "every Milka chocolate bar/slab (milk, white Bubbles, with nuts, biscuits, fillings, 76-300 g); Milka "
           "candies, nut paste, cakes and ice cream excluded"),
    ]),
    # fxr11 flat party
    ("чипсы лейс 3 пачки\nколу 2л\nводка 0.5\nсок апельсиновый 2 пачки\nстаканчики пластиковые", [
        ("чипсы лейс 3 пачки", {
            "pyaterochka": ["3453317", "3453319", "3453321"],
            "magnit": [],
            "dixy": ["10J0079471", "2000001186", "2000325823", "2000330912", "2000431160", "2000568012", "2000587092",
                     "2000587093", "2000603177", "ЦТ0036304", "ЦТ0044994"],
            "perekrestok": ["3326764", "4035356", "4094200", "4179187", "4210938"],
        }, "every Lay's potato chips pack of any flavour and size (incl. Stax, рифлёные, «Яблоко в карамели», the 37 "
           "g assortment); other brands excluded; «3 пачки» is a quantity"),
        ("колу 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cola in 2 l bottles exists; «2л» names the bottle, so Добрый Кола 1/1.5 l, Coca-Cola 0.33 l, "
           "Черноголовка 0.5 l and other sizes excluded"),
        ("водка 0.5", {
            "pyaterochka": [],
            "magnit": ["090152c9de", "1ecbe55218", "32795289f4", "39a08ff6c5", "3db290005b", "483a8735b1",
                       "534137b00f", "5566ab37c4", "56c2c0738a", "5a09151d49", "5d4a3d8744", "73f83e02e5",
                       "80ab8a79ca", "9a3d8b810b", "a773f41952", "b96abc4aba", "d11103cf15", "eafc6715dd",
                       "f8bb91864d", "f98a033259"],
            "dixy": ["2000337430"],
            "perekrestok": [],
        }, "vodka in 0.5 l bottles of any brand, incl. «особая» infused vodkas (кедровая, можжевеловая, лимон, "
           "клюква) which are sold as vodka; 0.7/1 l bottles and Магнит «Водка виноградная КИЗЛЯРКА» (a grape "
           "distillate) excluded"),
        ("сок апельсиновый 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000107420", "2000177095", "2000405002", "DI00078814"],
            "perekrestok": [],
        }, "single-fruit orange juice (Дикси J7 incl. the children's one, Rich, Я); Дикси «Нектар Любимый 100% "
           "апельсин» and Добрый nectars, сокосодержащие напитки, multi-fruit juices excluded; «2 пачки» is a "
           "quantity"),
        ("стаканчики пластиковые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable cups are sold by any chain; ice cream «в стаканчике» and drinks excluded"),
    ]),
    # fxr12 breakfast
    ("геркулес хлопья, молоко 2.5% две пачки, бананы на завтрак, медок", [
        ("геркулес хлопья", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000005395", "2000219614", "2000222892", "2000601251"],
            "perekrestok": ["2105514", "23772", "24926", "3421663", "3469028", "3933387", "4005492", "4157124", "6752"],
        }, "oat flakes whose title names Геркулес (type or brand: Русский продукт, Любимые традиции, Маркет, "
           "Мистраль Фермерский, Nordic «Геркулес Финский», Экстра Геркулес 1 кг, incl. «быстрого приготовления»); "
           "oat flakes not named Геркулес (Ясно Солнышко №1-3, Nordic plain, Экстра №3), flavoured flakes, instant "
           "porridge sachets, oat milk and cookies excluded"),
        ("молоко 2.5% две пачки", {
            "pyaterochka": [],
            "magnit": ["1000035016", "1000037901", "1000143306", "1000418036", "1000445487", "1000563706",
                       "1051242602", "1812450029", "8000029029", "8000058293", "cfca1c1906", "ef94b89629"],
            "dixy": ["2000024178", "2000263555", "2000273384", "2000313238", "2000511374", "2000546311", "2000600212"],
            "perekrestok": ["3431582", "4137916", "4153927", "4244153", "4250778", "4310700", "4316451"],
        }, "drinking cow milk labelled exactly 2.5% (pasteurised/UHT/sterilised, incl. Агуша children's milk and "
           "Дикси «в ассортименте» UHT milk); топлёное milk, kefir/ряженка/yoghurt 2.5% excluded; «две пачки» is a "
           "quantity"),
        ("бананы на завтрак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["2084703", "3652283", "4625"],
        }, "fresh bananas (incl. Био and red bananas); Перекрёсток «Бананы для жарки» (plantains, outside "
           "knowledge), dried bananas and banana sweets excluded; «на завтрак» is a purpose"),
        ("медок", {
            "pyaterochka": [],
            "magnit": ["384d8d8201", "39fc837a1f", "44c60c9317", "928ff089d4", "980d05dc00", "dadb78005d",
                       "ec1ad9dc52"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["3467507", "3479121", "3687698", "3687699", "3687710", "4316603", "4316605", "4320670",
                            "4320671", "4320672", "4331449", "4340910", "4340911", "4355859"],
        }, "natural honey of any kind and brand (incl. Магнит «Мед УССУРИЙСКИЙ БАЛЬЗАМ» 360 g, titled honey); "
           "flavoured крем-мёд with berries, медовуха, honey sweets and Halls excluded"),
    ]),
    # fxr13 sausages and mustard
    ("сардельки любые, горчицы к сарделькам, черняшку, луковицу одну", [
        ("сардельки любые", {
            "pyaterochka": ["3411852"],
            "magnit": ["1d9befa508", "d7c3fb2448"],
            "dixy": ["2000605431"],
            "perekrestok": [],
        }, "every сарделька of any brand (incl. Пятёрочка Велком smoked «ВЕЛКОМОВСКИЕ копченые», Ближние Горки, "
           "Мясоедов); сосиски and шпикачки are not сардельки; Перекрёсток has none"),
        ("горчицы к сарделькам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "2000582072", "ЦТ0021675"],
            "perekrestok": ["21001", "21002", "2143139", "2153858", "3120635", "3135056", "3285595", "3297748",
                            "3332502", "3332503", "3333301", "3333328", "3358711", "3358713", "3372044", "3416298",
                            "3434688", "3435016", "3438145", "3456246", "3980912", "3995313", "3995314", "4149116",
                            "4152778", "4152780", "4229364", "4229365", "4268545", "4273279", "4276808", "4322908",
                            "4337616", "4337617", "4337618"],
        }, "prepared table mustard of any brand and style (русская, столовая, дижонская, зернистая, баварская, с "
           "хреном, с мёдом, острая/чили); sweet fruit mustards byJam.me, Волшебное дерево «Горчица целая» (mustard "
           "seeds), mustard powder, mustard sauces and Дядя Ваня relish excluded; «к сарделькам» is a purpose"),
        ("черняшку", {
            "pyaterochka": [],
            "magnit": ["6929a8d5f0"],
            "dixy": ["2000195093"],
            "perekrestok": ["4149554", "3382146", "4329404", "3974719", "3931337", "3945535", "3126329", "3974720",
                            "4074396", "3627134", "3953836", "4354623", "2053660", "4148558", "3658457", "2060872",
                            "4276930", "4361611", "78034786", "3455614", "3631465", "3624125", "3617422", "2000243",
                            "2024150", "4049144", "3634576", "4164733", "3965436", "78034810"],
        }, "black (rye or rye-wheat) bread: titles saying ржаной / ржано-пшеничный / Бородинский / Дарницкий, plus, "
           "on outside knowledge, Двинский заварной, Пумперникель, Столичный (rye-wheat by recipe) and Коломенский "
           "«Ржаной Край» plain/заварной (dark custard rye-wheat); the Перекрёсток «Батард Ржаной» rye loaf incl.; "
           "wheat, grain and unclear breads (Ржаной Край/Даниловский «зерновой», Измайловский, Крестьянский, "
           "Советский, Рижский Ароматный/Деревенский/Крестьянский, Ржевский, солодовый, Боярский), raisin breads, "
           "rye baguette with garlic, rye ciabatta, croutons excluded"),
        ("луковицу одну", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions (loose, net, packed, red, peeled); dried/ground onion excluded; «одну» is a quantity; "
           "Пятёрочка and Магнит have no fresh onions"),
    ]),
    # fxr14 dinner from the freezer
    ("вареники с картошкой замороженные, сметаны 20%, колбаса вареная подешевле", [
        ("вареники с картошкой замороженные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000281321", "2000364412", "2000550452"],
            "perekrestok": ["4114103"],
        }, "vareniki whose filling includes potato (с картофелем и грибами, с картофелем, луком и грибами, с "
           "картофелем и жареным лучком, Перекрёсток Цезарь «с картофелем и шпинатом замороженные»); packaged "
           "vareniki taken as frozen on outside knowledge where the title does not say so; cherry, cheese+spinach "
           "vareniki and pelmeni excluded"),
        ("сметаны 20%", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404",
                       "1000574405", "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355",
                            "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, "plain sour cream labelled exactly 20% of any brand/pack; 10/15/25/30% and mayonnaise «сметанный» "
           "excluded"),
        ("колбаса вареная подешевле", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "3a639c7d3d", "4061304bee",
                       "4204e62e10", "47bbbb5374", "60ec499c51", "6187ab2c5c", "6cf62c7ba3", "6e16b1777a",
                       "80689e53b3", "892b23214a", "89c39c317d", "a1d07647fd", "c9c2b3f600", "fa236141ca",
                       "fa414b5a8d"],
            "dixy": ["2000275319", "2000302807", "2000402411", "2000404595", "2000538031", "2000544937", "2000556092",
                     "2000563511", "2000566596", "2000577531", "2000595016", "2000595018"],
            "perekrestok": ["2170372", "3385812", "3434232", "4300888", "4312573"],
        }, "boiled sausage: titles saying варёная plus the classic boiled kinds Докторская, Молочная, Русская (incl. "
           "Перекрёсток Зелёная Линия children's boiled poultry sausage); titles that do not show the sausage is "
           "boiled (Пятёрочка «Колбаса Столичная» ЕКГФ, Магнит «ГОВЯЖЬЯ ОСОБАЯ Халяль», Папа Может «Филейная», "
           "Черкизово «ПО-ДОМАШНЕМУ с чесноком»), liver sausage, ham, smoked and dry-cured sausages, сосиски "
           "excluded; «подешевле» is a wish"),
    ]),
    # fxr15 buckwheat with stewed meat
    ("крупа гречневая ядрица, тушенка говядина 2 банки, макароны перья макфа", [
        ("крупа гречневая ядрица", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000294696", "2000300392", "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3019156", "3231481", "3276128", "3438178", "3446736", "3477255",
                            "3493533", "3600743", "3603166", "3667612", "3674200", "3696237", "39155", "3994791",
                            "4009020", "4019310", "4059000", "4061364", "4090171", "6847"],
        }, "buckwheat groats whose title says ядрица (incl. boil-in-bag and быстроразваривающаяся), plus Перекрёсток "
           "«Гречка Агро-Альянс Экстра элитная» (Дикси titles the same product ядрица) and «Увелка Экстра» 800 g / "
           "5x80 g (Перекрёсток titles Увелка Экстра ядрица), taken as ядрица; buckwheat not stated as ядрица (Makfa "
           "400 g, Мистраль, Националь Камолино, Нижегородская, Перекрёсток «Гречка»), green buckwheat, ready "
           "dishes, flakes and flour excluded"),
        ("тушенка говядина 2 банки", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "738a6cb8b8", "84ac027a5b", "cdc0e084b1"],
            "dixy": ["2000192964", "2000220776", "2000258591", "2000302684", "2000313236", "2000408120", "2000415753",
                     "2000557431", "T000000869"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef (говядина тушёная) of any brand and can; stewed pork, turkey, horse meat, vegetables "
           "with meat excluded; «2 банки» is a quantity"),
        ("макароны перья макфа", {
            "pyaterochka": [],
            "magnit": ["61313f9ca5"],
            "dixy": ["ЦТ0046807"],
            "perekrestok": [],
        }, "Makfa penne (Магнит «MAKFA перья», Дикси «Makfa Перья Любительские»); other Makfa shapes and other "
           "brands' перья excluded"),
    ]),
    # fxr16 tea with something sweet
    ("юбилейное печенье пачки 2\nвафли любые\nчай липтон 100 пакетов\nсгущенку любую", [
        ("юбилейное печенье пачки 2", {
            "pyaterochka": [],
            "magnit": ["23c5c2875e", "4ecdd613ad", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное cookies of any variant (традиционное, молочное, с глазурью, Дикси «Юбилейное Овсяное»); «пачки "
           "2» is a quantity; Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» coffee are traps"),
        ("вафли любые", {
            "pyaterochka": ["1191", "3000449", "3673372", "3957302"],
            "magnit": ["98361dfdef", "c66dcb1c29", "df2cfb12b6", "ff8a1f323c"],
            "dixy": ["2000395386", "2000571911", "2000575912"],
            "perekrestok": ["4323148", "4323149", "4323197"],
        }, "wafers of any brand and flavour (Коровка, Коломенское, TORERO, LUCKY DAYS, Джек, Любимые традиции, "
           "Пр!ст, Зелёная Линия, TAKE A BITEY) incl. Дикси Акульчев «Вафли венские» (soft waffles); chocolate bars "
           "with wafer, wafer rolls, wafer cakes and ice cream excluded"),
        ("чай липтон 100 пакетов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Lipton tea in packs of 100 bags exists; Пятёрочка «Lipton Yellow Label 25х2 г» (25 bags) and Lipton "
           "iced teas excluded"),
        ("сгущенку любую", {
            "pyaterochka": [],
            "magnit": ["1000003186", "1000129520", "1000244512", "1000244735", "1000346225", "1000379971",
                       "1000383833", "1000426691", "1000427075", "1000564283", "8000018944", "8000034052",
                       "8000034109", "205bde5081", "3ab993278c", "66294fd8e5", "6d2ef15078", "be9bed5042",
                       "cc9252c04f", "dedd707721"],
            "dixy": ["2000014518", "2000165425", "2000186451", "2000309566", "2000311392", "2000335387", "T000025031"],
            "perekrestok": ["3913111", "4211054", "4218934", "4245765", "4250610", "2123014", "3376242", "3484257",
                            "3491930", "3684740", "4147345"],
        }, "any condensed milk: with sugar, цельное, варёное (incl. Коровка из Кореновки), с кофе, Алексеевское "
           "«вкус печенье», low-fat Пр!ст 1%, any pack incl. sachet; Магнит «Продукт молочный Моя цена Сгущенка с "
           "сахаром» (a milk-fat substitute product, not сгущённое молоко) and sweets with condensed milk (Зелёная "
           "Линия «в вафельной трубочке», Яшкино rolls, Барни) excluded"),
    ]),
    # fxr17 laundry and toilet
    ("стиральный порошок автомат 3кг, туалетная бумага 2х слойная, доместос любой, белизну бутылочку", [
        ("стиральный порошок автомат 3кг", {
            "pyaterochka": [],
            "magnit": ["3c569d2305", "6d62d005d5", "84c2d44059", "9ec3c6b343", "eee3b0a174"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry powder for automatic machines in 3 kg packs (BIMAX Колор/100 пятен, Persil Свежесть от Вернель, "
           "Persil Колор); Persil «Сенситив Миндаль, 3кг» (no «автомат» in the title) taken as an automatic-machine "
           "powder on outside knowledge; 1.5-2.7 kg and 4-6 kg packs, gels and capsules excluded"),
        ("туалетная бумага 2х слойная", {
            "pyaterochka": [],
            "magnit": ["013f5191a0", "2300103434", "475d902330", "be65d013c1", "e9a925895a"],
            "dixy": [],
            "perekrestok": [],
        }, "2-ply dry toilet paper of any roll count (Familia Плюс, Zewa Плюс 12 rolls, ЗЕВА Сирень 8 rolls), plus "
           "Магнит «ЗЕВА ПЛЮС, Зеленая, с ароматом яблока, 4 рулона» taken as 2-ply (Zewa Plus is 2-ply, as the "
           "other Zewa Plus titles say); 3/4-ply paper and moist toilet paper excluded"),
        ("доместос любой", {
            "pyaterochka": [],
            "magnit": ["258e844027", "2750dd6add", "45a638f00b", "65de4380ad", "84c700d8bb", "a961e8e2cb",
                       "ae9c88f524", "b36a2da83b", "b8d9f486eb", "e407eb3e87", "ffbf84b458"],
            "dixy": [],
            "perekrestok": [],
        }, "every Domestos product (universal cleaners in all sizes and scents, the spray, the toilet rim block); "
           "other brands' cleaners excluded"),
        ("белизну бутылочку", {
            "pyaterochka": ["3413434"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chlorine bleach «Белизна»: only Пятёрочка Sanfor «гель белизна, 3в1» 700 g (a chlorine «Белизна»-type "
           "gel, outside knowledge); oxygen bleaches and stain removers (ACE, Synergetic) excluded; «бутылочку» is a "
           "quantity"),
    ]),
    # fxr18 plov for friends
    ("курицу целую, рис на плов, морковь килограмм, чеснок пару головок на плов", [
        ("курицу целую", {
            "pyaterochka": [],
            "magnit": ["1782102a6a", "bba6e25510", "f8e8bcfe75"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА» and the whole spatchcocked «Цыплёнок "
           "табака» (СВОЯ and ПЕТРУХА in marinade, raw); chicken parts, duck carcass and cooked chicken excluded"),
        ("рис на плов", {
            "pyaterochka": ["3647681"],
            "magnit": ["442b8a34cc"],
            "dixy": ["0230703063", "2000002128", "2000180346", "2000180347", "2000203655", "2000274400", "2000587451",
                     "2000594951", "2000600234", "T000024619"],
            "perekrestok": ["3413111", "3469125", "3469126", "3483037", "3608320", "4371462", "57930"],
        }, "dry rice suitable for plov: rice sold «для плова» / «Пилаф», and loose long-grain or parboiled rice "
           "(Индика, Янтарь, Агро-Альянс Gold, Националь Пропаренный золотистый, Зернышко к зернышку); boil-in-bag "
           "packs (5х80 г, 4х125 г) excluded as unusable for plov; jasmine, basmati, brown, round-grain, sushi rice "
           "and rice mixes excluded; judgement that long-grain/parboiled rice serves for plov rests on outside "
           "knowledge"),
        ("морковь килограмм", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4191099", "4299784", "60529"],
        }, "fresh carrots (loose, washed, packed, mini, «для сока»); «килограмм» read as the amount wanted for a "
           "weighed vegetable, not a pack filter; boiled carrots and Korean carrot salads excluded"),
        ("чеснок пару головок на плов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["4018137", "45692", "51157", "77278"],
        }, "fresh garlic heads (loose, packed 1 шт, ранний, Фермерский 150 g / «отборный 1 сорта 1шт»); peeled "
           "cloves «зубчиками», dried, granulated, grated, salted and smoked garlic excluded; «пару головок» is a "
           "quantity, «на плов» a purpose"),
    ]),
    # fxr19 coffee and cookies
    ("кофе растворимый самый дешевый, сахара 1 кг, овсяное печенье", [
        ("кофе растворимый самый дешевый", {
            "pyaterochka": ["3291822", "3372171", "2104660", "2141879"],
            "magnit": ["4f353c6d8a", "432d08fee3", "c96912b91e", "2b03c3331f", "0386d066d3", "c862a4391a",
                       "d377483cd5", "88df1b0c73", "01f9dd25ee", "63cf16639c", "68219df234", "6f8d803d46",
                       "fcd2266a66", "e29b86ab6b", "5ed1824f2e", "45760b0392", "75165edd66", "9b7c8128ee",
                       "363ac6fecd", "cc7dfb915f", "d84b87b448", "b1359df1ea", "9b2d4e05df", "014991e9cc",
                       "5fa65432a3", "80e9f53b5d", "31752cf6a9", "0e0d290c03", "3471c4aa28", "7859a794bc",
                       "7ed9173039", "970a83394c", "9e786ef834", "5b6cb01bcf", "48bb241996", "479a56d4e5",
                       "3792ee999f", "6977400735", "f843d46758", "004ef7975d", "07b5ff6b13", "0c262c177c",
                       "0f34e2a818", "405965a7e8", "5937914f18", "67ebe44e72", "9e6093cedf", "eab407b5dd"],
            "dixy": ["2000587951", "2000144529", "2000200961", "2000225116", "2000225117", "2000326563", "ЦТ0000119"],
            "perekrestok": ["4249222"],
        }, "pure instant coffee (powder, granulated, freeze-dried, incl. Jacobs Милликано) of any brand and "
           "jar/pack, incl. instant coffee with added ground coffee (Nescafe Gold «сублимированный с "
           "молотым»/Barista, Jacobs Милликано, Monarch Miligrano, Московская кофейня «молотый с растворимым»), "
           "incl. Магнит titles with the broken spelling «ра~<створимый»/«расстворимый»; taken as instant on outside "
           "knowledge where the title does not say so: Пятёрочка Bushido original 100 g, Магнит Jacobs Монарх Интенс "
           "95 g, NESCAFE Классик 95 g, Московская кофейня «Коломбо» 95 g (Пятёрочка titles it растворимый), Дикси "
           "Nescafe Gold Alta Rica 170 g; 3-in-1 coffee drinks (incl. Пятёрочка «Кофейный напиток Nescafe Classic "
           "7х18 г», Московская кофейня 3в1), ground/bean coffee (Жокей По-восточному, Московская кофейня Мокко 250 "
           "g, Пётр Великий, Живой кофе, Жокей Ирландские сливки) and capsules excluded; «самый дешевый» is a wish"),
        ("сахара 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs (Дикси «Сахар-песок белый, фасованный», Перекрёсток «Сахар белый "
           "песок» and «Сахар Советский Экстра, 1кг», the latter taken as granulated sugar on outside knowledge); «1 "
           "кг» names the pack, so 900 g/750 g (Чайкофский) and 5 kg excluded; pressed/lump sugar (Магнит/Дикси "
           "«прессованный», Перекрёсток «кусковой») and cane sugar excluded"),
        ("овсяное печенье", {
            "pyaterochka": ["3613445", "3613448"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000002140", "2000214298", "2000221434", "2000225711", "2000235792", "2000251113", "2000255652",
                     "2000325940", "2000349045", "2000351526", "2000419389", "2000535032", "2000603032", "2000603633"],
            "perekrestok": ["2023501", "2023502", "2091843", "3035354", "3218321", "3412681", "3438892", "3505244",
                            "3603607", "3613445", "3613448", "3639545", "3658003", "3663100", "3681160", "3681278",
                            "3688135", "3901906", "3901907", "3951119", "4017837", "4024594", "4032428", "4050870",
                            "4086029", "4123144", "4172266", "4172267", "4185824", "4202786", "4202788", "4202831",
                            "4258982", "4283932", "4283934", "4283939", "4284221", "4284222", "4315655", "4315656",
                            "4356039", "91535"],
        }, "oatmeal cookies of any brand incl. variants with raisins, chocolate pieces, glaze, fillings, on "
           "fructose/maltitol/sorbitol and Юбилейное Овсяное, Таруска «Овсянка»; protein flapjacks/cookies "
           "(ProteinRex, Take A Bite), baby cookies (ФрутоНяня), Хлебный Спас «Полезный завтрак с овсяными хлопьями» "
           "(not an oatmeal cookie), yoghurt and purée with oat cookie excluded"),
    ]),
    # fxr20 sandwiches
    ("батон белого хлеба, плавленые сырки, колбаски докторской", [
        ("батон белого хлеба", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d", "a37c992f14"],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4157283", "4264947", "4318510", "4318511", "4329401",
                            "4329402", "78011178"],
        }, "white wheat батон of any kind (нарезной, молочный, к завтраку, Новый, горчичный, зерновой, отрубной, "
           "Утренний, sliced or whole); bread loaves not titled батон, baguettes, batard and батончики excluded; "
           "only Магнит and Перекрёсток sell батоны"),
        ("плавленые сырки", {
            "pyaterochka": [],
            "magnit": ["1000227071", "09f119dd16", "1000270511", "1862400009"],
            "dixy": ["2000319790"],
            "perekrestok": [],
        }, "individual processed-cheese pieces: the foil bar «Сыр плавленый Карат Дружба 45% 90г» and portioned "
           "triangles/portions (Виола ассорти финское треугольники, Viola «ассорти Финское избранное» 130 g taken as "
           "the same triangles, Hochland «Синее ассорти порционный», Дикси Valio Viola «8 порций»); tubs/blocks "
           "(Hochland, President, Viola 140-400 g, Экомилк, Сыробогатов), slices, Фетакса, and «плавленый продукт» "
           "(Дружба 50% 100 g, Моя цена Дружба, Переяславль — not cheese) excluded"),
        ("колбаски докторской", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374",
                       "6e16b1777a", "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca",
                       "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "Докторская boiled sausage of any maker and weight (incl. «Особая», «от шефа», sliced); Рублёвский "
           "«Сосиски Докторские» and other boiled sausages excluded"),
    ]),
    # fxr21 pasta for a date
    ("спагетти barilla пачку, сливки 20% для пасты, шампиньоны упаковку, пармезана немного", [
        ("спагетти barilla пачку", {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000016649", "2000280926"],
            "perekrestok": [],
        }, "Barilla spaghetti: Дикси «спагетти №5» and «Spaghettini №3», Магнит «Спагеттони»; Barilla bavette, "
           "bucatini and other shapes excluded; «пачку» is a quantity"),
        ("сливки 20% для пасты", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000290041", "1000461012", "1000549783", "1812420003"],
            "dixy": [],
            "perekrestok": ["4316249", "3163857", "4267107", "44831"],
        }, "drinking/cooking cream labelled exactly 20% (sterilised or UHT, any pack); 10/11/33% cream, sour cream "
           "and ice cream excluded; «для пасты» is a purpose"),
        ("шампиньоны упаковку", {
            "pyaterochka": [],
            "magnit": ["4de59ad542"],
            "dixy": ["DI00079986", "2000332389", "2000088639", "1100074529", "ЦТ0046651"],
            "perekrestok": ["4270844", "59120", "3669839", "2071820", "4280106", "3685051", "4136012", "3622668",
                            "3683919", "3652049", "4355283", "3950281", "6176", "4051468"],
        }, "fresh champignons (white, royal/brown, mini, sliced trays «резаные 300г»/«кубики», «для гриля», organic, "
           "loose or packed; Перекрёсток «Смесь мини микс шампиньоны 200г» taken as a fresh mix); canned (Lorado, "
           "Bonduelle, Lutik, Pucci, Бояринъ, Маркет and Пр!ст «резаные 400г», Пятёрочка «ДСК Грибы Шампиньоны 400 "
           "г» — all taken as canned on outside knowledge), marinated, frozen, Korean-style and cooked dishes "
           "excluded; «упаковку» is a quantity"),
        ("пармезана немного", {
            "pyaterochka": [],
            "magnit": ["1000371470", "1000384143", "1000526832", "1000578272", "0dc02300a0", "632a4664e6",
                       "b10071458c", "e7e41c2d16"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416", "4300784", "4345021", "3496419"],
        }, "parmesan-type hard cheese of any brand, piece, by weight or grated (incl. Russian-made «Пармезан» and "
           "Зелёная Линия/Маркет grated); Магнит «Крем-сыр ITALIAN SNACK из пармезана с гриссини» and ravioli with "
           "parmesan excluded; «немного» is a quantity"),
    ]),
    # fxr22 pizza and beer
    ("пицца замороженная 2 шт, пивко светлое, сырный соус к пицце", [
        ("пицца замороженная 2 шт", {
            "pyaterochka": ["3482556"],
            "magnit": ["2fa3e5ac5d", "6ac714280b", "a3ef730a3c"],
            "dixy": [],
            "perekrestok": ["4216530", "4327678"],
        }, "packaged pizza taken as frozen on outside knowledge (Пятёрочка Dr.Oetker Ristorante, Магнит Ла Траттория "
           "4 сыра/Пепперони and Цезарь, Перекрёсток Zotman Ice and Маркет Collection «Римская Груша-Горгонзола»); "
           "Горячая штучка «Чебупицца» (a snack, not a pizza), pizza cheese and sauces excluded; «2 шт» is a "
           "quantity"),
        ("пивко светлое", {
            "pyaterochka": [],
            "magnit": ["0c7af2aa41", "1b3181a9dc", "2e39130955", "3ea97ca924", "409bf95866", "42f69bfc00",
                       "4b9214b25a", "5efbef1867", "63c65170c7", "69a66b3a0f", "72ef636633", "7e7ff281a0",
                       "8f5e8411f3", "9f7d0a8f2d", "ae5974fdda", "b22153f240", "b4204a2237", "b7be4e1cdf",
                       "bc158ed1af", "c7cb3e4e83", "cdadff0fd2", "cff5b47f4d", "e2bedcaafd", "e5d1876122",
                       "ee4fd3d93d", "f66314d40a"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light (светлое) beer of any brand, filtered or unfiltered, lager/wheat/IPA/blanche, any "
           "can/bottle; dark beer, flavoured beer drinks («Мишенька под вишенкой», Konix Cherie, Dr.Diesel, Green "
           "Beat, Tony's Garret, Garry Garden, Essa, ALKO rom/cola, Sour Ale, Жигули «Манго-маракуйя»), alcohol-free "
           "beer and медовуха excluded; Дикси and Перекрёсток have no plain beer"),
        ("сырный соус к пицце", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000158954", "2000167842"],
            "perekrestok": ["4372003"],
        }, "cheese sauce: Дикси Heinz «Сырный» and Astoria «майонезный Сырный», Перекрёсток Select «Соус Сырный "
           "майонезный» 35 g; dishes «в сырном соусе» excluded; «к пицце» is a purpose"),
    ]),
    # fxr23 pancakes
    ("яйца десяток подешевле\nмука пшен. 2 кг\nмолоко 3.2% пачку\nмасло слив. 82.5 пачку", [
        ("яйца десяток подешевле", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007",
                       "2047000014", "2047000033", "3454700001", "1a8d487cea", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425",
                     "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111",
                            "3392204", "3421287", "3432532", "3914040", "4012802", "4085791", "4085792", "4168688",
                            "4201192", "4201194", "4236458", "4337164", "4339427", "4352464", "4364349", "4085790"],
        }, "chicken eggs of any category (С0/СО/отборные, С1/1 категории, С2, высшей категории) in packs of 10; "
           "packs of 6/15/20/30, quail and smoked eggs, egg white/yolk/melange excluded; «подешевле» is a wish"),
        ("мука пшен. 2 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["2000213875", "2000317163", "2000553733", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "ЦТ0044544"],
            "perekrestok": ["2037765", "2107396", "2112692", "3193726", "3292690", "3305673", "3394693", "3505430",
                            "3626914", "3681817", "3915409", "4215036", "4262616", "4326495", "91321"],
        }, "plain wheat flour in 2 kg packs (высший сорт, хлебопекарная, экстра; Магнит «Мука СТАРООСКОЛЬСКАЯ, "
           "хлебопекарная» taken as wheat flour); «2 кг» names the pack, so 1 kg packs excluded; whole-grain wheat "
           "flour, Перекрёсток «Мука Тихорецкая особая, 2кг» (grain not stated), blini mixes, rye/rice/corn/oat and "
           "gluten-free flours excluded"),
        ("молоко 3.2% пачку", {
            "pyaterochka": ["2144368"],
            "magnit": ["1000122658", "1000049786", "1000127183", "1000139951", "1000172272", "1000244834",
                       "1000323041", "1000445488", "1000553875", "1051242645", "1059990140", "1812450001",
                       "1899800825", "8000026014", "8000026015", "8000058295", "8000081425", "18ca387556",
                       "4aff59ccac", "be3e0e74c3"],
            "dixy": ["10J0077073", "2000066819", "2000238271", "2000509793", "2000557212", "2000560951", "2000594992",
                     "2000600213"],
            "perekrestok": ["3668699", "3668953", "4162259"],
        }, "drinking cow milk labelled exactly 3.2% (pasteurised/UHT/sterilised, incl. children's milk "
           "Агуша/Тема/Аммм безлактозное and Зелёная Линия «для детского питания»); ranges 3.2-4/3.2-6, топлёное "
           "milk and Дикси Му-у «Для капучино» excluded; «пачку» is a quantity, not a carton-only filter"),
        ("масло слив. 82.5 пачку", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642",
                       "1000458136", "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad",
                       "6b22928df7", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271",
                     "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                            "3628337", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749",
                            "4055506", "4135603", "4196090", "4260609", "4292462", "4310021", "4343792", "86149",
                            "3699369", "4113532", "4175276"],
        }, "butter labelled 82.5% (Традиционное and others, salted or not, incl. lactose-free and Перекрёсток "
           "Брест-Литовск «82.5, 400г»); 82% butter (Пятёрочка JALO KERMA, Arla Natura, President, Киприно, Молочный "
           "знак 82%) and 72.5% excluded because a written fat % must match; «пачку» is a quantity"),
    ]),
    # fxr24 sweets
    ("аленка шоколадка, зефир в шоколаде коробочку, мармелад любой", [
        ("аленка шоколадка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10F0045393", "2000227851", "2000266303"],
            "perekrestok": [],
        }, "Алёнка chocolate bars (Дикси Красный Октябрь «Алёнка» 100/200 g, «Аленка Много молока» 90 g; ё folded); "
           "Магнит «Конфеты АЛЕНКА» (candies) excluded"),
        ("зефир в шоколаде коробочку", {
            "pyaterochka": [],
            "magnit": ["1000354755", "0b2c20ca98"],
            "dixy": [],
            "perekrestok": ["3688339"],
        }, "zefir covered in chocolate or chocolate glaze (Магнит Шармэль «в шоколаде» 250 g and Пастухов «Зефир "
           "молочный в бельгийском шоколаде» 60 g, Перекрёсток Белёвских мастеров «в шоколадной глазури»); unglazed "
           "zefir, marshmallow in chocolate (not zefir) excluded; «коробочку» is a quantity"),
        ("мармелад любой", {
            "pyaterochka": ["3210545", "3694097"],
            "magnit": ["1d6be782be", "50c0f0263e", "5b2fa61fb1", "78cd5088f9", "84ddf92864", "a53d8621de",
                       "bf25673720", "c05e22f287", "c9bf86aa33"],
            "dixy": ["2000536851", "2000543569", "2000586474", "2000587811", "2000602472"],
            "perekrestok": ["3381643", "3381644", "3381647", "3381650", "3421480", "3682141", "98114", "98115"],
        }, "marmalade of any kind and brand (жевательный, желейный, дольки, Fruittella/Fruit-tella, Bon Pari, Chupa "
           "Chups «Страйпсы», Lava Lava, Напугай-ка, Магнит «БЕЛЕВСКАЯ ПАСТИЛА Мармелад Яблочный»); toy-with-candy "
           "novelties (Щенячий патруль «в яйце», Свит Бокс «с игрушкой»), Fruittella chewy candies, fruit strips not "
           "called marmalade and biscuits with marmalade excluded"),
    ]),
    # fxr25 lazy dinner
    ("чебупели 2 пачки, блинчики с мясом из морозилки, яблочный сок 1 литр", [
        ("чебупели 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Горячая штучка «Чебупели» are sold by none of the chains; Магнит «Чебупицца» and «Чебуреки ГОРЯЧАЯ "
           "ШТУЧКА» and Дикси Бульмени/Бигбули are different products"),
        ("блинчики с мясом из морозилки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen pancakes with meat filling exist; Пятёрочка Останкино «Блинчики с печенью» (liver, not meat), "
           "Пятёрочка Цезарь and Перекрёсток Шеф pancakes with curd, Магнит С ПЫЛУ С ЖАРУ with cherry/strawberry and "
           "Магнит deli «Блинчики/Блины с ветчиной и сыром» 100 g (chilled, ham and cheese) excluded"),
        ("яблочный сок 1 литр", {
            "pyaterochka": [],
            "magnit": ["755af2f920", "9aed063f0e", "a44cb39821"],
            "dixy": ["10E0072646", "2000005628", "2000148374", "DI00078820"],
            "perekrestok": ["3002924", "3612824", "4239136", "58049"],
        }, "single-fruit apple juice in 1 l packs (Добрый, Rich, Сады Придонья incl. «Зеленое яблоко», Ideas, "
           "Иваныч, Маркет); «1 литр» names the pack, so 0.85-0.97 l, 2 l, 3 l and small packs excluded; apple mixes "
           "(apple-grape/cherry/peach/pear/apricot), Ideas «с сельдереем», nectars and drinks excluded"),
    ]),
]


def read_blind(path):
    """{list id: text} from the blind draft: blocks '=== fxrNN' followed by the text lines."""
    texts, cur, buf = {}, None, []
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("=== "):
                if cur:
                    texts[cur] = "\n".join(buf).rstrip("\n")
                cur, buf = line[4:].strip(), []
            elif cur:
                buf.append(line)
    if cur:
        texts[cur] = "\n".join(buf).rstrip("\n")
    return texts


def check_blind(lists, path):
    blind = read_blind(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (text, _) in enumerate(lists, 1):
        rid = "fxr%02d" % n
        expected = blind.get(rid)
        if rid in REPLACED:
            old, new = REPLACED[rid]
            if expected is None or old not in expected:
                errors.append("%s: replaced item %r not in blind text" % (rid, old))
            else:
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fxr"))
