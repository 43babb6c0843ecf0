#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xu.jsonl -- shopping lists of shift workers on a two-week construction rotation
(«вахта») stocking the shared kitchen of their hostel, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xu.build.py

LISTS below is literal data: 25 lists (3-5 items, 93 items) as several men of a work crew would type them to a
Telegram bot, and for every item the product ids of every in-stock offer of every store that a reasonable shopper who
wrote exactly that item would accept.  The list texts were written blind (before any offer was read) and saved in
fresh_basket_eval_xu.blind_lists.txt (read-only); this script checks that every list text equals that draft (REPLACED
is empty: no item was replaced).  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the
chains' abbreviations, Latin and Cyrillic brand spellings) and read one by one; each item was re-checked by listing
every in-stock title matching its stem that was not accepted.  The note of each item records what was accepted, what
was deliberately left out and any judgement resting on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without seeing the tool being evaluated.

labelled_lists.build (unchanged, same directory) checks that every id exists in real_offers_g.jsonl *for that store*
and is in stock, that no id repeats within an item, that every item has a note and that the labels are exactly the
list's items in order (an item is the text between commas / new lines), then writes the JSONL in the format of
real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fxu01 ... fxu25 in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xu.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xu.blind_lists.txt")

# list id -> (blind text, text used): items replaced after labelling because a whole list was empty in all
# four stores.  None were needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxu01 instant noodles, stew, black bread, tea
    ("доширак 10 шт, тушенка говяжья 5 банок, черный хлеб 2 булки, чай в пакетиках 100 шт", [
        ("доширак 10 шт", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Doshirak instant noodles of any flavour (brand written, so it is respected although «доширак» is also used for any instant noodles); BigBon / Роллтон noodles, Доширак potato puree (Дикси) excluded; «10 шт» is a quantity"),
        ("тушенка говяжья 5 банок", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b"],
            "dixy": ["2000313236", "2000408120", "T000000869", "2000258591", "2000192964", "2000415753",
                "2000220776", "2000302684", "2000557431"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef («Говядина тушеная», any brand/size); stewed pork, turkey, horse meat, Великолукский canned ham, плов and ready meals excluded; «5 банок» is a quantity"),
        ("черный хлеб 2 булки", {
            "pyaterochka": [],
            "magnit": ["6929a8d5f0"],
            "dixy": ["2000195093"],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125", "3126329", "3974720", "4074396", "3627134",
                "3953836", "4354623", "2053660", "4149554", "3931337", "3658457", "3631465", "2000243", "3965436",
                "78034810", "4148558", "2060872", "4276930", "3617422", "4164733", "78034786", "4049144",
                "3634576", "4318513", "2024150", "3945535", "3455614", "4361611"],
        }, "rye and rye-wheat (dark) bread loaves: Бородинский, Дарницкий, 100% rye, «ржаной», «ржано-пшеничный», Столичный, Столовый, Чусовской, Двинский заварной, Ржаной Край заварной (Магнит «РЖАНОЙ КРАЙ, нарезка» taken as the classic заварной), Westphalian pumpernickel, Перекрёсток «Батард Ржаной»; Измайловский taken as rye-wheat (outside knowledge); seed/grain variants (Ржаной Край зерновой, Магнит ДАНИЛОВСКИЙ зерновой, хлебец с пророщенными зёрнами), sweet «Ароматный с изюмом», rye baguette with garlic, ciabatta with rye flour, rye wafer crispbread «Елизавета», хлебцы, гренки and breads whose flour is not stated (Боярский, Рижский Хлеб Ароматный/Деревенский/Крестьянский, Солодовый, Ржевский) excluded; «2 булки» is a quantity"),
        ("чай в пакетиках 100 шт", {
            "pyaterochka": ["18087", "3141303", "2070399"],
            "magnit": ["f27576dc9c", "8e34db68c9", "4c2b5b0e84", "262636efc4", "9ed6ab900f", "539736f8c3",
                "cf54caa8df", "1305f039da", "591cd0328d", "b411bf6170", "c237948667", "bd44dec0f2", "79c875b985",
                "f528489d63", "a2edebfe73", "1ce117e378", "62e44aad83", "0b0945cde7", "62e737f079", "f2ec203f7f",
                "543ee3fdd2", "dc9080ff20", "8ec1c56fe5", "49ba4f9607"],
            "dixy": ["2000520549", "2000520542", "2000289445", "2000568232", "2000224056", "ЦТ0016759",
                "2000228472", "2000262681", "2000295203", "2000226734", "2000295224"],
            "perekrestok": ["2147891", "3378336", "2147890", "3450276", "3662837", "2070399", "3472463"],
        }, "tea (black or green, flavoured included) in packs of 100 bags/sachets/pyramids («100 шт» names the pack); packs of 20/25/60/120 bags, loose-leaf tea, herbal/fruit infusions and ready-to-drink tea excluded; Дикси Tess Forest Dream «100пир» accepted on its title although its price looks like a 20-pyramid pack"),
    ]),
    # fxu02 pasta, pork stew, onions, mayonnaise
    ("макароны макфа 3 пачки\nтушняк свиной\nлук 2 кг\nмахеев майонез", [
        ("макароны макфа 3 пачки", {
            "pyaterochka": [],
            "magnit": ["2c49a7a5d2", "6d2462031e", "06594d00ff", "3bb34798f6", "61313f9ca5", "4cae925c1a",
                "0facf2dd98"],
            "dixy": ["2000302407", "ЦТ0046806", "T000015331", "ЦТ0046807", "ЦТ0046808", "2000002143", "2000347024",
                "T000015329"],
            "perekrestok": ["3446522", "62190"],
        }, "dry pasta of the brand Makfa/MAKFA of any shape (вермишель, звёздочки, ракушки, улитки, перья, спирали, «длинные», capellini, паутинка, витки, гребешки, «Станичные» спирали, spinach vermicelli); Makfa groats, flour and porridges and pasta of other brands excluded; «3 пачки» is a quantity"),
        ("тушняк свиной", {
            "pyaterochka": [],
            "magnit": ["10442db11c", "00378960af", "bad91e2152", "cb1e84dc80"],
            "dixy": ["2000553351", "2000329129", "2000423791", "2000303429", "2000204154", "2000302685"],
            "perekrestok": ["4189730"],
        }, "canned stewed pork («Свинина тушеная», any brand/size); Пятёрочка Великолукский «Ветчина … из свинины 325 г» (canned ham, not тушёнка), stewed beef/turkey, smoked or fresh pork excluded"),
        ("лук 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (loose, net, packed, peeled, red included); dried/ground onion (Kotanyi, Айдиго), Maggi «зажарка» and dishes with onion excluded; no green onion is on offer; «2 кг» is a quantity of a weighed good, not a pack size"),
        ("махеев майонез", {
            "pyaterochka": [],
            "magnit": ["d8bbb63f48", "5861fc587f", "ddda8365b8", "2c23c84574", "269c8ab257", "1000520539",
                "1000077733", "1000558908", "1000077734", "1000498096"],
            "dixy": ["T000005518", "ЦТ0040573", "2000593851", "2000602611"],
            "perekrestok": ["2047206", "4339442", "2093561"],
        }, "every Махеевъ mayonnaise (провансаль, с лимонным соком, оливковый, на перепелином яйце; any fat and size); other Махеевъ products (ketchup, mustard, jam, marinades) and mayonnaise of other brands excluded"),
    ]),
    # fxu03 coffee, sugar, condensed milk
    ("кофе 3в1 коробку, сахар 3 пачки, сгущенка 3 банки", [
        ("кофе 3в1 коробку", {
            "pyaterochka": ["3965870"],
            "magnit": ["7b7ccd7e8a", "4be2b27047", "d340d565fe"],
            "dixy": [],
            "perekrestok": [],
        }, "3-in-1 instant coffee mixes in a multi-stick pack («коробку» names the pack form): Магнит Московская кофейня на паяхъ 3в1 20 пакетиков, Nescafé 3в1 Strong 20 пакетиков, Жокей 3в1 10х12 г; Пятёрочка «Кофейный напиток Nescafe Classic, 7х18 г» taken as Nescafé Classic 3в1 sticks (outside knowledge: «кофейный напиток» is the legal name of the mix, the title does not say 3в1); single sticks (Maxwell House, Jacobs, Nescafé 3 в 1 14,5 г, МакКофе 20 г), Jacobs 4 в 1, МакКофе «Капучино ди Торино», instant coffee and bottled coffee drinks excluded"),
        ("сахар 3 пачки", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4", "446f5df61c"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829", "2000174958", "2000214171",
                "2000214172"],
            "perekrestok": ["4092763", "3650732", "3902622", "3230933"],
        }, "white (beet) sugar of any pack, granulated and lump/pressed; cane/brown sugar (Брауни, Мистраль, Маркет тростниковый), coconut sugar, vanilla sugar, icing sugar, сахарная вата and sugar-containing goods excluded; «3 пачки» is a quantity"),
        ("сгущенка 3 банки", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "cc9252c04f", "1000003186", "1000427075", "be9bed5042",
                "66294fd8e5", "dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["4218934", "3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4211054"],
        }, "sweetened condensed milk (сгущённое молоко (цельное) с сахаром, any size, incl. Рогачевъ «цельное 8,5%» and the 1% Пр!ст); boiled condensed milk (варёная), «с кофе», Алексеевское «вкус печенье», Моя цена «Продукт молочный Сгущенка» (not milk), and sweets, curd snacks and ice cream with сгущёнка excluded; «3 банки» is a quantity"),
    ]),
    # fxu04 buckwheat, sausages, ketchup, eggs
    ("греча пачки 2, сосисок подешевле, кетчупа хайнц, десяточек яиц", [
        ("греча пачки 2", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286",
                "2000180341", "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178",
                "4009020", "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448", "4090171",
                "4019310", "3603166", "39155", "3600743", "3696237", "3477255", "3231481", "3493533", "3994791",
                "3667612", "4059000"],
        }, "«греча» = buckwheat groats (ядрица, quick-cooking, steamed, in boiling bags, any brand incl. «Гречка Чёрный Хлеб»; the bare Перекрёсток «Гречка» 47,99 taken as a pack of groats); green buckwheat, buckwheat flakes, porridges, drinks, ready dishes (с грибами, гарнир, Cook Chart охлаждённая, по-азиатски), baby food and Greek yoghurt excluded; Магнит has no buckwheat groats; «пачки 2» is a quantity"),
        ("сосисок подешевле", {
            "pyaterochka": ["16676bb3f8", "3306014", "3631905"],
            "magnit": ["119aa8a644", "1752cd8c83", "1e5c44f755", "2dd98ca456", "37c028c01a", "5215d6a234",
                "5ee4bc3c3d", "61299796c8", "7c9f298d18", "9323828a10", "9b4b38b86e", "a71ef90bc4", "b2525e4143",
                "c09ecd22ea", "c7e784766f", "c890078deb", "d08287067b", "f72f36dddd"],
            "dixy": ["2000125037", "2000174171", "2000181981", "2000190007", "2000231293", "2000279644",
                "2000286260", "2000300143", "2000308550", "2000316003", "2000318804", "2000322511", "2000324158",
                "2000326151", "2000330718", "2000418174", "2000424551", "2000513172", "2000528072", "2000563472",
                "2000565391", "2000566631", "2000566633", "2000572752", "2000577622", "2000592098", "2000595013",
                "2000600471", "2000602632", "ЦТ0047282"],
            "perekrestok": ["3198697", "3207022", "3330134", "3347588", "3359555", "3390152", "3416253", "3434237",
                "3443810", "3460864", "3464086", "3464088", "3486631", "3489558", "3635837", "3653933", "3697463",
                "4045571", "4051414", "4062689", "4077764", "4081069", "4100627", "4100629", "4135356", "4169216",
                "4169220", "4175216", "4221323", "4241464", "4276248", "4276249", "4279045", "4316920", "4321243",
                "4329781", "4332703", "4337765", "4337767", "4339153", "4342912", "4343709", "4344479", "4353596"],
        }, "any сосиски (pork/beef, poultry, turkey, children's, with cheese, smoked, грилевые, weighed per 100 g included); сардельки, колбаски, шпикачки, sausages in dough, hot-dog buns and dishes «с сосисками» excluded; «подешевле» is a wish, not a filter"),
        ("кетчупа хайнц", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971",
                "4116830", "4157803", "4157697", "4157703", "4116848", "4157704", "4154517", "4157702", "4274973"],
        }, "every ketchup whose title names Heinz (томатный, острый, итальянский, для гриля и шашлыка, с чесноком, укроп-петрушка, incl. Перекрёсток «Кетчуп Heinz Pikador …»); Дикси «Кетчуп Pikador» (no Heinz in the title), Heinz sauces/mayonnaise and other brands excluded; Магнит has no Heinz ketchup"),
        ("десяточек яиц", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
                "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
                "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                "3356111", "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250", "2109476",
                "4085791", "2131763", "4012802", "4085790", "4085792", "3182856", "3182853"],
        }, "hen eggs in packs of 10 («десяток»), any category (С0/СО/отборные, С1, С2, высшая, деревенские); packs of 6/15/20/30, quail eggs and egg products excluded"),
    ]),
    # fxu05 sprats in tomato, white bread, onions, potatoes
    ("килька в томате 5 банок\nхлеб белый 2 шт\nлук репчатый пару кг\nкартофан 5 кг", [
        ("килька в томате 5 банок", {
            "pyaterochka": [],
            "magnit": ["b755c9549a", "3569961f1a"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprat (килька) in tomato sauce, incl. Лаатса «обжаренная с чили в томатном соусе»; шпроты (sprats in oil), бычки and sardines in tomato excluded; «5 банок» is a quantity"),
        ("хлеб белый 2 шт", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d", "643727af2a", "67f076fea4"],
            "dixy": [],
            "perekrestok": ["4318510", "2065120", "4329401", "3680023", "4102687", "4329402", "4157283", "4264947",
                "78011178", "78020935", "49457", "4323653"],
        }, "white wheat bread: loaves titled пшеничный/белый or of wheat types (Горчичный, Французский, тостовый пшеничный, Перекрёсток Зелёная Линия «Хлебец Белый с отрубями» — title says белый) and plain batons (нарезной, молочный, Новый, к завтраку, Утренний, горчичный; batons count as хлеб as in real_basket_eval); rye/rye-wheat bread, grain/bran/seed variants (Батон отрубной/зерновой, тостовый злаковый), breads of unstated flour (Советский, Крестьянский формовой, Сельский, формовой, Смак Бабушкин, Домашний на кефире), raisin breads, baguettes, ciabatta, buns, Магнит «Хлеб ЧАЙНЫЙ» (sweet tea bread), хлебцы and гренки excluded; Дикси and Пятёрочка have no white bread; «2 шт» is a quantity"),
        ("лук репчатый пару кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (loose, net, packed, peeled, red included); dried/ground «лук репчатый сушёный» (Kotanyi, Айдиго) excluded; «пару кг» is a quantity"),
        ("картофан 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469",
                "43968", "3092450"],
        }, "«картофан» = картошка; fresh potatoes (loose, net, packed, washed, red, baby, «для варки»/«для жарки», any pack); Перекрёсток «Картофель Чик-Чик, 1кг» taken as packed fresh potatoes (outside knowledge); sweet potato (батат), boiled peeled potatoes, frozen fries/cut potatoes, chips, puree, seasonings «для картофеля» and dishes excluded; Магнит has no fresh potatoes; «5 кг» is a quantity of a weighed good"),
    ]),
    # fxu06 pelmeni, sour cream, cookies
    ("пельменей 2 пачки, сметану 15%, печенья юбилейного 2 пачки", [
        ("пельменей 2 пачки", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4",
                "dabbb02c05", "f4f41d5103", "72632b1f85"],
            "dixy": ["2000596852", "2000596851", "2000282673", "2000558274", "2000318344", "2000411354",
                "2000565192"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any meat and brand, incl. Горячая штучка «Бульмени» (Дикси titles them without the word пельмени; they are pelmeni) and chicken pelmeni; fish pelmeni (Четверг из трески), хинкали, ravioli excluded; «2 пачки» is a quantity"),
        ("сметану 15%", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874",
                "c90113311e", "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785", "1000208902",
                "8000035449", "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404",
                "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470",
                "29910", "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, "plain sour cream of exactly 15 % (any brand/size, incl. «из топлёных сливок» and lactose-free); 10/20/25/30 % sour cream, Пятёрочка «пикантная, с чесноком» 15 % (flavoured), «Сметанковый» cheese, sour-cream chips and sauces excluded"),
        ("печенья юбилейного 2 пачки", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every «Юбилейное» cookie (традиционное, молочное, с глазурью, овсяное); Останкино «Юбилейная» sausage, Julius Meinl «Юбилейный» coffee and other cookies excluded; «2 пачки» is a quantity"),
    ]),
    # fxu07 salo, garlic, Borodinsky bread, mustard
    ("сальцо соленое, чесноку головок 3, хлеба бородинского буханку, горчица покрепче", [
        ("сальцо соленое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000601572"],
            "perekrestok": ["4280740"],
        }, "«сальцо» = сало: salted pork fat; Перекрёсток Зелёная Линия «Сало из свиного шпика с черным перцем и чесноком» and Дикси Мясоедов «Шпик бутербродный … с чесноком» taken as salted salo (outside knowledge: шпик = сало; seasoning with garlic/pepper is part of ordinary salting); bacon (raw, smoked), smoked/boiled грудинка and raw pork belly excluded"),
        ("чесноку головок 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278"],
        }, "fresh garlic bulbs (loose, packed, «ранний», Фермерский Чеснок «отборный 1 сорта, 1шт» and «150г»); «головок 3» names whole heads, so peeled cloves («отборный зубчиками») are excluded, as are dried, granulated, ground, smoked, grated, chopped, salted garlic, garlic salt and garlic press"),
        ("хлеба бородинского буханку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "Borodinsky rye bread (any maker, sliced or not); other rye breads, гренки and «Бородинский»-named goods that are not bread excluded; «буханку» is a quantity"),
        ("горчица покрепче", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000582072", "2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "21002", "21001", "3995314", "3995313", "2143139", "3333328",
                "3332503", "3333301", "3332502", "3285595", "3297748", "4152780", "4149116", "4152778", "4322908",
                "3358711", "3358713", "3438145", "3435016", "3372044", "4337616", "4337618", "4337617", "4273279",
                "4229365", "3416298", "4229364", "2153858", "3434688", "3135056", "3980912", "3456246", "4268545"],
        }, "any prepared table mustard (русская, столовая, дижонская, зернистая, баварская, с хреном, с мёдом, «ядрёная»); «покрепче» is a taste wish, not a filter; sweet fruit mustards (byJam.me с брусникой/инжиром/манго), whole mustard seed (Волшебное дерево «целая»), relish, pickles and pork «по-дижонски» excluded; Магнит has no mustard"),
    ]),
    # fxu08 dish soap, sponges, bin bags, toilet paper
    ("fairy, губок для посуды пачку, мешки д/мусора 120л, туалетная бумага 2 упаковки", [
        ("fairy", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6",
                "b3ebaa28e5", "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1", "7c5bd74e06"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "Fairy hand dish-washing liquid of any scent and size (Platinum, Pure&Clean, Нежные руки included); Fairy dishwasher tablets («для посудомоечных машин … 48 шт») and other brands excluded (in a shared kitchen «fairy» means the dish-washing liquid)"),
        ("губок для посуды пачку", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "dish-washing sponges in a pack (Магнит Нужные вещи «Губки для посуды Макси, 5шт.»); shoe-polishing sponge and shower gift sets with a bath sponge excluded"),
        ("мешки д/мусора 120л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "garbage bags of 120 l (size names the bag): the only garbage bags on offer are Магнит Нужные вещи «Био ушки 60л, 20шт.» — excluded because of the size; nothing acceptable in any store"),
        ("туалетная бумага 2 упаковки", {
            "pyaterochka": [],
            "magnit": ["e9a925895a", "328b9015fd", "9a0bd598be", "939f14debe", "11634cf6c9", "e01188fba0",
                "013f5191a0", "be21812bf9", "6189f05c16", "cdc752b01e", "24f2c70304", "b0339ecad9", "2300103434",
                "f88b88076f", "0f9bdfbe08", "475d902330", "be65d013c1"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": ["75364"],
        }, "dry toilet paper in rolls, any brand, ply, scent and pack count; wet toilet paper (Kleenex, Мон Рулон «влажная»), paper towels, tissues, handkerchiefs and toilet blocks excluded; «2 упаковки» is a quantity"),
    ]),
    # fxu09 laundry powder, soap, bleach, razors
    ("стир порошок автомат 3 кг, мыло хозяйственное 3 куска, белизны 1 бут, станки одноразовые", [
        ("стир порошок автомат 3 кг", {
            "pyaterochka": [],
            "magnit": ["3c569d2305", "9ec3c6b343", "eee3b0a174", "6d62d005d5", "84c2d44059"],
            "dixy": [],
            "perekrestok": [],
        }, "«стир порошок» = стиральный порошок for automatic machines in a 3 kg pack (the written size names the pack): BIMAX Колор / 100 пятен 3кг, Persil Свежесть от Вернель (колор) 3кг; Persil «Сенситив Миндаль, 3кг» accepted although its title omits «автомат» (outside knowledge: Persil powders are for machine washing); powders of 1.5/1.8/2/2.4/2.5/2.7/4/4.05/4.5/5.4/6 kg, laundry gels and capsules, dishwasher powders (Somat, Finish) and scouring powders excluded"),
        ("мыло хозяйственное 3 куска", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "household laundry soap (хозяйственное мыло): none on offer in any store; toilet, bath («Банное»), antibacterial, children's and liquid soaps excluded"),
        ("белизны 1 бут", {
            "pyaterochka": ["3413434"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«белизна» = chlorine bleach: Пятёрочка «Чистящее средство Sanfor, гель белизна» accepted; laundry bleaches not called белизна (ACE гель автомат, ACE Окси, Synergetic кислородный без хлора), Domestos/Sanfor universal cleaners, toilet blocks and whitening toothpastes excluded; «1 бут» is a quantity"),
        ("станки одноразовые", {
            "pyaterochka": [],
            "magnit": ["41eb05fc96", "0f0e1710f2", "6997758160", "a2d5703fac", "ac7b9a9d6c", "bda8fa7ee4",
                "4c19c071a4", "88072131b3"],
            "dixy": [],
            "perekrestok": [],
        }, "disposable razors (Zollider Force 2/3 «одноразовые», Gillette Blue Simple3 «Бритвы одноразовые»), any pack count; system razors with cassettes (Gillette Mach3/Fusion, Venus, BIC Flex, Dorco), replacement cassettes, electric shaver and shaving gels/foams excluded"),
    ]),
    # fxu10 rice, chicken legs, sunflower oil, salt
    ("рис длиннозерный пачки 3, окорочков 3 кг, масло подсолн. 5л, соли пачку", [
        ("рис длиннозерный пачки 3", {
            "pyaterochka": ["3647681", "3493524", "3674167"],
            "magnit": ["442b8a34cc"],
            "dixy": ["2000594951", "2000180347", "2000002128", "2000261091", "2000288318"],
            "perekrestok": ["3635865", "4254250", "4290674", "39747", "3674166", "57930", "3634155", "3634156",
                "3603168", "3469129", "3469126"],
        }, "long-grain rice: titles saying длиннозерный/длиннозёрный/«длинный» (шлифованный or пропаренный, in bags or loose) and basmati/jasmine rice (long-grain varieties, outside knowledge); round/medium-grain, «для плова», Испанский, Камолино, brown, sushi rice, parboiled rice whose grain length is not stated (Агро-Альянс Gold, Националь Пропаренный золотистый, Зернышко пропаренный, Перекрёсток «пропаренный шлифованный»), Националь «Золото Таиланда» and rice dishes excluded; «пачки 3» is a quantity"),
        ("окорочков 3 кг", {
            "pyaterochka": [],
            "magnit": ["6bf2d45df8", "d9a7978145", "7abe5505c4"],
            "dixy": [],
            "perekrestok": [],
        }, "no whole chicken legs («окорочок») are on offer; raw bone-in chicken thighs (Петелинка, Петруха) and raw drumsticks (Магнит «ГОЛЕНЬ КУРИНАЯ, в маринаде «Алабама»», raw parts in marinade count as chicken) accepted as the two halves of an окорочок (judgement); boneless thigh fillet, Магнит «БЕДРО КУРИНОЕ гриль» (taken as a cooked kitchen item), wings, whole birds, breast and pork «окорок» excluded; «3 кг» is a quantity"),
        ("масло подсолн. 5л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«масло подсолн.» = sunflower oil, in a 5 l bottle (the size names the bottle): no 5 l sunflower oil is on offer (largest 2–2.7 l); smaller bottles excluded because of the written size"),
        ("соли пачку", {
            "pyaterochka": [],
            "magnit": ["d35c77aa75"],
            "dixy": ["2000328011", "ЦТ0031984", "2000543511", "2000543512", "ЦТ0001667", "ЦТ0044186", "DI00080806",
                "2000001900", "2000171442", "2000317165", "ЦТ0001666"],
            "perekrestok": ["3605522", "3450465", "3613636", "3613637", "4259187", "4266810", "4221321", "3255026",
                "3231335", "2157581", "3224596", "3224598", "3652519", "4117216", "4266811", "4328849", "4335115"],
        }, "plain edible salt of any kind and grind (поваренная, каменная, Экстра, Илецкая, морская, гималайская, йодированная); seasoned salts («Вкусная соль 7 блюд», Адыгейская herb salt, с грузинскими травами, чесночная, душистые травы), Somat dishwasher salt and salted products excluded; «пачку» is a quantity"),
    ]),
    # fxu11 sandwich things
    ("докторской колбасы, сыр самый дешевый, сливочное масло 82% 2 пачки", [
        ("докторской колбасы", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d",
                "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, "Докторская boiled sausage of any maker, piece, sliced or weighed (incl. «Докторская Особая», «от шефа»); Докторские сосиски and other boiled sausages excluded"),
        ("сыр самый дешевый", {
            "pyaterochka": ["3356581", "3367104", "3388814", "3637088", "6e1075104f"],
            "magnit": ["0086507076", "07ea28435e", "0dc02300a0", "0ff9b3b851", "1000057898", "1000070528",
                "1000074377", "1000092565", "1000153883", "1000156794", "1000216595", "1000216597", "1000242775",
                "1000242776", "1000261594", "1000274565", "1000278400", "1000280920", "1000316960", "1000316961",
                "1000316962", "1000316963", "1000318957", "1000324541", "1000332012", "1000352345", "1000358774",
                "1000367084", "1000367086", "1000368974", "1000368975", "1000371470", "1000372106", "1000383360",
                "1000384143", "1000387429", "1000397214", "1000417247", "1000426484", "1000451006", "1000452314",
                "1000454692", "1000464833", "1000471929", "1000500634", "1000500635", "1000500639", "1000500641",
                "1000512567", "1000521979", "1000526832", "1000560446", "1000561471", "1000561473", "1000564747",
                "1000565717", "1000567797", "1000578272", "1000578533", "13cdfe21e3", "1899800173", "1899910911",
                "19a309a351", "1a90d33db1", "1b8b3c9113", "267e62ed23", "27147c26e5", "30f7475df3", "31ddd058b1",
                "3ceec6b968", "48c9a80520", "4a1b7dbb6f", "4cef7f7bed", "59a960bc76", "612aa92a54", "632a4664e6",
                "6d81c195d5", "6fea2c6791", "8000027253", "8000027255", "8000032665", "8000032666", "8000036544",
                "8000040121", "8000042684", "8000046707", "8000046709", "8000068573", "8000072121", "8000075315",
                "8000076647", "8000077476", "8555af9284", "8fafbefa0d", "90021816c1", "959ebe85ab", "98e01d64dc",
                "9b0afa1bae", "9c07667d61", "a296745f42", "a6a7985f8b", "a8df74bc29", "aa8307af5f", "ac45682a48",
                "b10071458c", "bb94e30976", "bdf248d14f", "be2dd7f6c8", "ca5cdad8ff", "de08dbdc63", "e1ddb3122f",
                "e2a74deed4", "e7e41c2d16", "eea589ee34", "f1ec862f1b", "f34553b2a5", "f3ad590715", "f524067ea6",
                "f55c16f629", "f58b273104", "f6d00325e6", "f7f5ec29c3"],
            "dixy": ["2000176772", "2000184737", "2000209050", "2000277065", "2000279127", "2000281063",
                "2000282400", "2000300247", "2000302672", "2000317363", "2000325240", "2000331952", "2000365606",
                "2000365650", "2000397412", "2000397447", "2000407435", "2000418432", "2000420018", "2000541532",
                "2000557451", "2000557813", "2000566494", "2000578151", "2000578152", "2000579911", "2000588771",
                "2000597551"],
            "perekrestok": ["3496416", "3496419", "3500346", "3500347", "3500953", "3501004", "3505826", "3629975",
                "3668846", "3668882", "3668893", "3668945", "3949283", "3958445", "4003953", "4003954", "4133358",
                "4158126", "4166737", "4166739", "4166740", "4203083", "4250441", "4271631", "4274229", "4280949",
                "4282006", "4284061", "4284063", "4289617", "4290096", "4296930", "4300784", "4335826", "4335827",
                "4345021", "4353316", "4353317", "4357611", "4370306"],
        }, "any real cheese — hard, semi-hard, soft, white/blue mould, brine (брынза, сулугуни, чечил, адыгейский, халуми), mozzarella/burrata/scamorza/stracciatella, plain ricotta, grated, sliced, smoked, flavoured (pesto, nuts, peppers) and weighed cheese; «самый дешевый» is a wish, not a filter; processed (плавленый), curd/cream cheese (творожный, Кремчиз, крем-сыр), mascarpone, Фетакса and Экомилк «Фетика» (feta-style, like Фетакса), ricotta with chocolate, Gorgonzola in chocolate, tofu, «Продукт рассольный»/cheese products, cheese-flavoured snacks, sauces and dishes excluded; President «Мастер бутерброда, сливочный» excluded (taken as processed cheese slices, outside knowledge)"),
        ("сливочное масло 82% 2 пачки", {
            "pyaterochka": ["3993159", "3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                "1000433642", "87355db645", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643",
                "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831",
                "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "3637761", "34890", "3628337",
                "4260609", "3026226", "4113532", "4188099", "4188102", "3434127", "4281083", "3963777", "3612778",
                "4310021", "4055506", "86149", "3369241", "3698785", "3287314", "3396544", "3657363", "4292462",
                "4343792", "3699369", "3953367", "4196090", "4135603", "3922315"],
        }, "butter of 82 % or 82,5 % fat (82,5 % counts as «82%»; сладкосливочное, традиционное, вологодское, unsalted, lactose-free, any pack); 72,5 % крестьянское/traditional 72,5 %, spreads, ghee, margarine and goods «со сливочным маслом» excluded; «2 пачки» is a quantity"),
    ]),
    # fxu12 instant food and cubes
    ("лапша бп блок\nпюре бп 10 шт\nкубики бульонные\nшашлычный кетчуп", [
        ("лапша бп блок", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": ["ЦТ0037844"],
            "perekrestok": ["3664094", "3947754"],
        }, "«лапша бп» = instant noodles (быстрого приготовления) of any brand and flavour: Доширак, BigBon (taken as instant, outside knowledge), Перекрёсток «Вермишель Роллтон По-домашнему с говядиной, 85г»; dry egg/lagman noodles, soba, funchoza, ready noodle dishes (Главобед, Шеф), Роллтон broth and pasta excluded; «блок» is a quantity"),
        ("пюре бп 10 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000577651", "2000178886", "ЦТ0023259", "2000162971", "2000000080", "2000339292"],
            "perekrestok": ["3614553", "78561"],
        }, "«пюре бп» = instant mashed potatoes: cups/sachets (Роллтон, Доширак, «Бизнес меню» с куриным филе, Пр!ст с сухариками) and dry potato-flake packs (Дикси «Кунцево» 240 г, Перекрёсток «Картошечка» 250 г, taken as instant flakes, outside knowledge); chilled ready puree (Перекрёсток Select 450 г), dishes «с картофельным пюре» and baby purees excluded; «10 шт» is a quantity"),
        ("кубики бульонные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000185087"],
            "perekrestok": [],
        }, "bouillon cubes: Дикси «Бульон говяжий \"Роллтон\" Домашний, 90/100 г» taken as a pack of bouillon cubes (outside knowledge: the 90/100 g Роллтон broth is sold as ten cubes; the title does not say кубики); soup meat «для бульона», mushroom «кубики» and instant soups excluded; no Maggi/Knorr cubes are on offer"),
        ("шашлычный кетчуп", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225", "2000194769", "2000309687"],
            "perekrestok": ["4207051", "4157803", "4116848", "3941584", "2157566", "3673190", "4149866", "4227932",
                "3684511"],
        }, "ketchups sold as шашлычный / для (к) шашлыку (Heinz «для гриля и шашлыка», «к шашлыку и грилю», «укроп-петрушка для шашлыка», Махеевъ, Круглое лето, Помидорка, Слобода, Пр!ст); Слобода «Гриль» (no шашлык in the title), tomato/hot/garlic ketchups, marinades and шашлык sauces that are not ketchup excluded; Магнит has no such ketchup"),
    ]),
    # fxu13 canned fish and peas
    ("шпроты 3 банки, сайра, горбуша консерва, горошек зел. 2 банки", [
        ("шпроты 3 банки", {
            "pyaterochka": [],
            "magnit": ["861990d37c", "cb3b169ef1", "1bdba960f3", "b98acadada", "3382c3c046"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprats in oil (шпроты, any brand/size, incl. «крупные» and «с халапеньо»); килька in tomato and other canned fish excluded; «3 банки» is a quantity"),
        ("сайра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned saury: no offer titled сайра in any store (searched «сайр»); other canned fish (горбуша, скумбрия, сардина) not substituted"),
        ("горбуша консерва", {
            "pyaterochka": [],
            "magnit": ["fe303b7cfa"],
            "dixy": [],
            "perekrestok": ["3653861"],
        }, "canned pink salmon («Горбуша … натуральная» 245/250 g tins); dried «соломка», frozen and breaded fillets, salted/smoked slices, roe, fish paste «Крем-фиш горбуша-скумбрия» and Европром «Рыба рубленая» spread excluded"),
        ("горошек зел. 2 банки", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92",
                "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884",
                "2000118079", "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175", "3483842",
                "19134", "4206921", "3628006", "77114", "32340", "4273266", "4274246", "3350744", "3360308",
                "3026306", "4380317", "4211849", "2035571", "4192227", "4188483", "4011800", "3504837", "3447858"],
        }, "«горошек зел.» = canned green peas («2 банки» = tins/jars), any brand and size incl. Магнит titles without «зеленый» (6 соток / Грин Рэй «молодой», «Деликатесный») and the 4.15 kg Бояринъ tin; frozen peas, fresh sweet pea pods («Горошек сладкий»), Bonduelle Expert peas with carrot, microgreens, pepper «горошек» and dog food excluded"),
    ]),
    # fxu14 coffee, tea, lump sugar
    ("нескафе классик банку, чаю greenfield, рафинад 2 пачки", [
        ("нескафе классик банку", {
            "pyaterochka": [],
            "magnit": ["fcd2266a66", "45760b0392", "75165edd66", "9b7c8128ee"],
            "dixy": ["2000326563"],
            "perekrestok": [],
        }, "Nescafé Classic instant coffee (Классик, Classic Crema / Классик Крема, Classic с добавлением молотого), any size; whether a pack is a jar or a refill bag cannot be read from the titles, so «банку» is not used to exclude; Nescafé Gold, 3в1 mixes and Пятёрочка «Кофейный напиток Nescafe Classic, 7х18 г» sticks excluded"),
        ("чаю greenfield", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000217793", "2000289445", "2000361849", "2000144520", "2000228472", "2000000294",
                "DI00080603"],
            "perekrestok": ["2042290", "3626161", "2147891", "2073803", "3378336", "2095906", "3679799", "2114141",
                "2147890", "46398", "3450276"],
        }, "every Greenfield tea (bags and loose leaf, Earl Grey Fantasy, Kenyan Sunrise, Golden Ceylon, English Edition, Spring Melody, Christmas Mystery, Currant&Mint, and the herbal «Spirit Mate» sold as «Чай Greenfield»); other brands excluded; Магнит and Пятёрочка carry no Greenfield"),
        ("рафинад 2 пачки", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829"],
            "perekrestok": ["4092763"],
        }, "white lump sugar («прессованный», «кусковой»); granulated sugar incl. Магнит Чайкофский «Сахар-песок … Рафинированный» (refined but not lumps), cane lump sugar (Мистраль «нерафинированный», Маркет «тростниковый кусковой») excluded"),
    ]),
    # fxu15 minced meat and spaghetti
    ("фарш 2 кг, спагетти 3 пачки, томатной пасты банку, морковки кг 1", [
        ("фарш 2 кг", {
            "pyaterochka": [],
            "magnit": ["b77abe71d3", "1f9a3b6240", "7a27d3e67f", "0376e5e67d"],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["3681614", "4288090", "4013", "7354", "4364589", "4357432"],
        }, "raw minced meat of any meat (pork, beef, mixed «домашний»/«деревенский»/«фермерский», turkey Индилайт), chilled or weighed; fish mince (минтай) and olives «фаршированные» excluded; «2 кг» is a quantity"),
        ("спагетти 3 пачки", {
            "pyaterochka": ["94429"],
            "magnit": ["811f1a2896", "5296e76f4b", "9332b0bf64"],
            "dixy": ["2000280926", "2000016649", "ЦТ0021284", "2000005386", "2000288865"],
            "perekrestok": ["4347044", "3623096", "82760", "3501223", "3435297", "4273870", "4117174", "4351513",
                "4323866", "4340661"],
        }, "dry spaghetti of any brand and thickness (спагетти, «тонкие», spaghettini №3, Barilla спагеттони, gluten-free spaghetti from pea or corn-rice flour); capellini, bavette, bucatini, Makfa «длинные» (shape not stated), vermicelli, chechil cheese «Спагетти» and ready dishes with spaghetti excluded; «3 пачки» is a quantity"),
        ("томатной пасты банку", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000000761", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste in a jar/tin or a pack whose form is not stated (Кухмастер, Помидорка, Ящик астраханских помидоров, Selviano, Пр!ст, Маркет); «банку» names the container, so Дикси «Круглое лето, пирамидка» and «Помидорка, саше 30 г» are excluded, as are ketchup, tomato sauce, tomatoes in juice and tomato juice"),
        ("морковки кг 1", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784", "4191099"],
        }, "fresh carrots (loose, washed, packed, mini carrots Зайкино Счастье, «Морковь для сока, 1кг» — fresh carrots); boiled peeled carrots, Korean-style carrot salads, juices, smoothies, purees and mixes excluded; Магнит has no fresh carrots; «кг 1» is a quantity"),
    ]),
    # fxu16 drinks
    ("вода 5л 4 шт, лимонад 2л, энергетик 5 банок", [
        ("вода 5л 4 шт", {
            "pyaterochka": [],
            "magnit": ["c0d204fa30", "7f00277465", "daea15c2c5"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871",
                "4231308"],
        }, "still drinking water in 5 l bottles («5л» names the bottle), any brand, incl. children's drinking water of 5 l (Фрутоняня, Аквалайн «Для ляль», Черноголовка Бэйби, Кидси — plain water, like children's milk for «молоко»); bottles of 0.45–2.5 l and the 6 l Зелёная Линия, mineral/flavoured waters excluded; «4 шт» is a quantity"),
        ("лимонад 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4327938", "3645982", "3359208", "4327937", "3625699", "3625731", "3625732", "4327935"],
        }, "sweet carbonated lemonade in 2 l bottles («2л» names the bottle): products sold as «Лимонад» and the classic lemonade flavours (Дюшес, Буратино, Тархун) of Маркет, Пр!ст and Черноголовка; smaller bottles, Sever «Лайм» 2 л (not sold as lemonade), colas, kvass and juice drinks excluded"),
        ("энергетик 5 банок", {
            "pyaterochka": [],
            "magnit": ["f4ace401d4", "81c81e1a31", "6c553cceef", "4178214af4", "fa27f4c150", "b332431eca",
                "eaee7b7235", "d14454fd02", "40ecd31c9e"],
            "dixy": ["2000600292", "2000600293", "2000565672", "2000572753", "2000542794", "2000529079",
                "2000268262", "2000291275", "2000291276", "2000603931", "2000595892", "2000596692"],
            "perekrestok": ["4229369", "4199222", "4363397", "4206324", "4274186", "4315389", "3503452", "2119252",
                "3173468"],
        }, "any energy drink (Burn, Red Bull, Adrenaline, Gorilla, Drango, Tornado, Volt, E-ON, Lit Energy, Flash Up, incl. sugar-free), and Дикси X-Turbo «Напиток тонизирующий» (taken as an energy drink, outside knowledge); kefir «Active Energy», Tess «Get Energy» tea and cosmetics named «энергия» excluded; «5 банок» is a quantity (can vs PET is not checked)"),
    ]),
    # fxu17 canned porridge, beans, grey bread
    ("каша перловая с мясом 6 банок, фасоль в томате 3 банки, хлеб серый", [
        ("каша перловая с мясом 6 банок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned pearl-barley porridge with meat: no canned porridge with meat and no pearl barley (перловка) at all is on offer in any store (searched перлов, каша … с мясом/говядиной/свининой); stewed meat and other groats not substituted"),
        ("фасоль в томате 3 банки", {
            "pyaterochka": ["39419", "2076588"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635744", "4258947"],
        }, "canned beans in tomato sauce (white beans «в томатном соусе», Пиканта «печеная в томатном соусе»); beans «натуральная»/red beans in brine, beans with vegetables (Маркет «с овощами в томатном соусе», Семейные секреты) and bean soups excluded"),
        ("хлеб серый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4148558", "2060872", "4276930", "3617422", "4164733", "78034786", "4049144",
                "3634576", "4318513", "2024150", "3126329", "3974720", "4074396", "3627134", "3953836", "4354623",
                "2053660"],
        }, "«серый хлеб» taken as rye-wheat bread (outside knowledge: the everyday name for mixed rye-wheat loaves such as Дарницкий, Столичный): titles saying «ржано-пшеничный» and Дарницкий/Столичный/Столовый/Чусовской/Даниловский/Измайловский loaves; black breads (Бородинский, 100% rye, «ржаной», Двинский/Ржаной Край заварной), white wheat bread and batons, grain/seed breads and breads of unstated flour excluded; Магнит and Дикси have no rye-wheat loaf"),
    ]),
    # fxu18 sardelki and pickles
    ("сарделек кг, картохи кило 3, огурчики маринов. банку, хрен баночку", [
        ("сарделек кг", {
            "pyaterochka": ["3411852"],
            "magnit": ["d7c3fb2448", "1d9befa508"],
            "dixy": ["2000605431"],
            "perekrestok": [],
        }, "сардельки of any kind (pork ГОСТ, «Сочные» weighed, Велком «копченые»); сосиски, колбаски and шпикачки excluded; «кг» is a quantity"),
        ("картохи кило 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469",
                "43968", "3092450"],
        }, "«картоха» = картошка; fresh potatoes (loose, net, packed, washed, red, baby, «для варки»/«для жарки», any pack); Перекрёсток «Картофель Чик-Чик, 1кг» taken as packed fresh potatoes (outside knowledge); sweet potato (батат), boiled peeled potatoes, frozen fries/cut potatoes, chips, puree, seasonings «для картофеля» and dishes excluded; Магнит has no fresh potatoes; «кило 3» is a quantity"),
        ("огурчики маринов. банку", {
            "pyaterochka": ["3231209", "3015661"],
            "magnit": ["b83846e7e3", "d77cad8396", "ec376f9811", "e8630c700b", "e66a4613a3", "adb393075f",
                "7c2811d92a"],
            "dixy": ["2000200415", "T000005987", "2000208489", "2000348876", "2000180487", "2000148383",
                "2000604671"],
            "perekrestok": ["4265436", "3180523", "3662073", "4061841", "4106670", "2050041", "4367072", "4307368",
                "3472384", "4121991", "4061853", "4379606", "3976234", "4343529", "3504166", "4078446", "4342683",
                "3499242", "71250", "2101582", "4107404", "4321954"],
        }, "«маринов.» = marinated cucumbers/gherkins in a jar, any brand and size; jars whose titles omit «маринованные» but whose line is marinated (Дядя Ваня «По-берлински»/«По-французски», Скатерть-Самобранка and Закарпатские корнишоны, Шесть соток «хрустящие», Globus «с ягодами можжевельника»/«Дунайский лес») accepted on outside knowledge; salted/barrel/lightly salted cucumbers (солёные, бочковые, малосольные, Лукашинские «По-старорусски … с дубовым листом»), fresh cucumbers and cucumber–tomato assortments excluded; «банку» is a quantity"),
        ("хрен баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000203670", "2000118860"],
            "perekrestok": [],
        }, "table horseradish in a jar (Махеевъ столовый, Главпродукт Русский столовый); mustard «с хреном», cheese with horseradish, croutons «Холодец с хреном» and pickles with horseradish excluded"),
    ]),
    # fxu19 borscht vegetables
    ("капуста кочан 1, свеклы штуки 3, морковь кило, сметана 20 жирн", [
        ("капуста кочан 1", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546"],
        }, "a whole fresh white cabbage head («кочан»): Дикси/Перекрёсток «Капуста белокочанная» (incl. «ранняя») and Перекрёсток plain «Капуста» (taken as fresh white cabbage); shredded packs (резаная, соломка) — not a head —, marinated/Korean/pickled cabbage, cabbage mixes, seeds and other cabbages (broccoli, cauliflower, Peking) excluded; Магнит has no cabbage"),
        ("свеклы штуки 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "13998", "4375880", "3368257", "82265", "4299508",
                "3378167", "786", "3444580"],
        }, "fresh raw beetroot, whole (loose, net, packed, washed, young, in bunches, peeled raw — Перекрёсток «Свекла очищенная» and «Свёкла целая очищенная» taken as raw because the cooked ones are titled «варёная»); «штуки 3» counts roots, so shredded/cut packs (резаная, соломка) are excluded, as are boiled, marinated, Korean-style and dried beets, chard (мангольд) and beet salads; Магнит has no beetroot"),
        ("морковь кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784", "4191099"],
        }, "fresh carrots (loose, washed, packed, mini carrots Зайкино Счастье, «Морковь для сока, 1кг» — fresh carrots); boiled peeled carrots, Korean-style carrot salads, juices, smoothies, purees and mixes excluded; Магнит has no fresh carrots; «кило» is a quantity"),
        ("сметана 20 жирн", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371",
                "1000102474", "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715",
                "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "«20 жирн» = 20 % fat: plain sour cream of exactly 20 % (any brand/size); 10/15/25/30 % sour cream and other products excluded"),
    ]),
    # fxu20 dairy and bananas
    ("кефира 2.5% литра 2, творог 9% 3 пачки, молока 3.2% 2 л, бананов кисть", [
        ("кефира 2.5% литра 2", {
            "pyaterochka": [],
            "magnit": ["1000451590", "1000439735", "610b0779be", "1000139426", "1000350608", "1899800689",
                "1899912534", "8000033639"],
            "dixy": ["ЦТ0028202", "2000560991"],
            "perekrestok": ["4280893", "4245052", "4280483", "4137919", "4229630", "4263418", "3491537", "4233125",
                "3604726", "2173827", "2093082", "3386041", "3429041"],
        }, "kefir of exactly 2.5 % fat, any brand and pack; 1 %, 3.2 %, 3.2–4 % kefir, biokefir 1 %, «кефирный продукт», kefir cocktails and dishes «в кефире» excluded; «литра 2» is a quantity, not a pack size"),
        ("творог 9% 3 пачки", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "0cfee9df84",
                "1000122024", "1000530486", "1000426470", "1000426465", "1000448252", "8000055235"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076",
                "2000280850", "2000564413", "2000312025"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "3487310"],
        }, "plain cottage cheese of exactly 9 % (рассыпчатый, пластовой, традиционный, any pack); 0/2/5/5.5/18 % cottage cheese, творожки, curd desserts and masses, curd with jam, children's curd, curd cheese and «зернёный» (incl. Зелёная Линия «Творог Зернышко 9%», taken as granular curd) excluded; «3 пачки» is a quantity"),
        ("молока 3.2% 2 л", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014",
                "1812450001", "1000323041", "1000139951", "be3e0e74c3", "1000049786", "1000445488", "1000127183",
                "1059990140", "4aff59ccac", "18ca387556", "8000081425", "1000172272", "1899800825", "8000058295"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951",
                "10J0077073", "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "drinking cow milk of exactly 3.2 % (pasteurised, UHT, sterilised; children's and lactose-free children's milk included as in real_basket_eval); ranges 3.2–4 / 3.2–6 %, топлёное (Эго, Северная долина), Му-у «Для капучино», condensed and flavoured milk excluded; «2 л» reads as the quantity wanted (genitive «молока … 2 л»), not as a bottle size"),
        ("бананов кисть", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (any, incl. organic and red bananas); Перекрёсток «Бананы для жарки» (plantains), banana-flavoured yoghurts/curds/drinks, chips and purees excluded; «кисть» is a quantity; Магнит and Пятёрочка have no fresh bananas"),
    ]),
    # fxu21 tea time
    ("пряников пачку, сушек пакет, чай черн 100 пак, лимонов 2 шт", [
        ("пряников пачку", {
            "pyaterochka": [],
            "magnit": ["00fc72aa0c", "a7710b95fa", "19b02edf30"],
            "dixy": ["2000572672"],
            "perekrestok": ["3057544", "4213198"],
        }, "any пряники (plain, chocolate, glazed, заварные with filling or flavour); soy drink «Имбирный пряник» excluded; «пачку» is a quantity"),
        ("сушек пакет", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": ["4280136"],
        }, "сушки (Невская сушка мини маковые, Зелёная Линия «Ладожский малышок» без сахара); Дикси Nina Farina «Тараллини с чесноком» (Italian taralli, sold by Перекрёсток as «Тараллини» without «сушки»), баранки, соломка and pasta «полубублик» excluded; «пакет» is a quantity"),
        ("чай черн 100 пак", {
            "pyaterochka": ["18087", "3141303", "2070399"],
            "magnit": ["f27576dc9c", "8e34db68c9", "4c2b5b0e84", "262636efc4", "9ed6ab900f", "539736f8c3",
                "cf54caa8df", "1305f039da", "591cd0328d", "b411bf6170", "c237948667", "bd44dec0f2", "79c875b985",
                "f528489d63", "a2edebfe73", "1ce117e378", "62e44aad83", "0b0945cde7", "62e737f079", "f2ec203f7f",
                "543ee3fdd2", "dc9080ff20"],
            "dixy": ["2000520549", "2000520542", "2000289445", "2000568232", "2000224056", "ЦТ0016759",
                "2000228472", "2000262681", "2000295203", "2000226734", "2000295224"],
            "perekrestok": ["2147891", "3378336", "2147890", "3450276", "3662837", "2070399"],
        }, "«чай черн 100 пак» = black tea in packs of 100 bags/sachets/pyramids, flavoured black teas (бергамот, чабрец, fruit) included; green tea (Tess Лайм/Флирт), packs of 20/25/60/120 bags, loose tea, infusions and RTD tea excluded; Дикси Tess Forest Dream «100пир» accepted on its title"),
        ("лимонов 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose, 2-pack, Uzbek); ginger–lemon «иммунный набор», lemon-flavoured goods and lemon liqueur excluded; «2 шт» is a quantity"),
    ]),
    # fxu22 snacks
    ("семечек пакет, сухариков пачек 5, крекер не сладкий", [
        ("семечек пакет", {
            "pyaterochka": ["a42f313fd4"],
            "magnit": ["166510f6cc", "83a6516715", "5cbde10c7f", "c07c5cf8b5", "f87f37880a", "a9efec4e65"],
            "dixy": ["2000277205", "2000562834", "2000540213", "2000196729", "2000282287", "2000151864",
                "2000228392", "2000285542", "2000300666", "2000433743"],
            "perekrestok": ["85158", "3360327", "3338822", "4260366", "3014404", "4132783", "3652924", "3358404",
                "4004281", "4280034", "4280033", "3348828", "3072541", "3403508", "3669391", "3669122", "3624461",
                "3469303", "3677347", "3331102", "3276168", "3276166", "3664432", "4066289", "3674375", "3248290",
                "3248291", "3916662", "3671291", "3619418", "3613320", "3630849", "3473272", "3473273", "3449918",
                "3444686", "3642467", "3695680", "3669392", "3661124", "4323974", "4373719", "4066293", "4155183"],
        }, "roasted sunflower seeds in the shell (семечки / семена подсолнечника: чёрные, белые, полосатые, salted or not, any brand and pack); pumpkin seeds (тыквенные), shelled kernels (ядра, От Атамана «очищенные»), Крутой Окер «С арахисом» mix, козинак, halva and sunflower oil excluded; «пакет» is a quantity"),
        ("сухариков пачек 5", {
            "pyaterochka": ["400d61212a"],
            "magnit": ["5a8a28eceb", "7a105553d3"],
            "dixy": ["2000594153", "2000431152", "2000158872", "2000301073", "2000545311", "2000265801",
                "2000572411", "2000603332"],
            "perekrestok": ["3387861", "3687988", "4099879"],
        }, "snack croutons of any flavour: сухарики (Воронцовские, Хрусteam, Take It/OP'N'GO, Тимоша «Хрустимки» — taken as сухарики) and packaged snack гренки (Гренковъ, BEERKA, 777, Добрынов, Фишка, Vian, Рижский Хлеб, Вкус Вилладж), which are sold and eaten the same way (judgement); sweet/vanilla rusks, breadcrumbs, dishes «в сухариках» and puree «с сухариками» excluded; «пачек 5» is a quantity"),
        ("крекер не сладкий", {
            "pyaterochka": [],
            "magnit": ["9594d52eb0", "896bbb8390"],
            "dixy": ["2000215277"],
            "perekrestok": ["3329546", "4050551"],
        }, "savoury (not sweet) crackers: Бэйкер Хаус с томатом и орегано / розмарин-чеснок, Tuc (original with salt, сметана и лук), Пр!ст «Смайл с солью»; «не сладкий» is respected, so Скрепыши «Азбука зверушек» (sweet children's crackers, judgement) is excluded, as are chocolate «с крекером», галеты (a different product name), bread sticks and taralli"),
    ]),
    # fxu23 shashlik weekend
    ("мясо на шашлык 2 кг, аджики банку, лаваша 3 шт, помидоров кило", [
        ("мясо на шашлык 2 кг", {
            "pyaterochka": [],
            "magnit": ["ffb7467b7c", "afb09aae99"],
            "dixy": [],
            "perekrestok": ["78004170", "78004173", "78003999", "78005446", "4363415", "912"],
        }, "raw meat for shashlik: raw (marinated) shashlik products (Мираторг «Шашлык свиной Деликатесный», Перекрёсток «любительский», «по-московски», «из свиной шейки», «куриный … в кефире мясокостный») and raw pork neck (шейка свиная), the standard shashlik cut (judgement); other cuts (лопатка, корейка, карбонад, ribs, steaks), cooked «шашлык … жареный», shrimp shashlik, marinades, ketchups and charcoal excluded; «2 кг» is a quantity"),
        ("аджики банку", {
            "pyaterochka": [],
            "magnit": ["dbcdd7821e"],
            "dixy": [],
            "perekrestok": [],
        }, "adjika (Магнит «АДЖИКА (ООО Томат Регион), 120г»); Помидорка «Кетчуп … Аджика» (a ketchup), dry «Смесь для аджики», courgettes «в аджике» and croutons «со вкусом аджики» excluded"),
        ("лаваша 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "thin Armenian lavash (Маркет, Коломенский); tandoor flatbreads (лепёшки), tortillas and pita excluded; «3 шт» is a quantity"),
        ("помидоров кило", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000331828", "2000285867", "2000410142", "D000004968", "2000580825", "2000303785",
                "2000601471", "2000601472", "10E0075437", "ЦТ0019904", "2000580827", "2000003231", "2000186544",
                "2000327738"],
            "perekrestok": ["4327416", "4335742", "4335744", "4378622", "4255159", "42138", "3373662", "4377073",
                "4214021", "4217379", "4272752", "3410591", "4381951", "4381952", "4371254", "4125409", "14809",
                "3657325", "82521", "4375133", "2166", "14811", "4261327", "3695580", "21292", "3383465",
                "2100224", "11971", "3634714", "3383460"],
        }, "fresh tomatoes of any variety (red, pink, yellow, plum, cocktail, on the vine, Кумато, Бычье сердце, cherry — cherry tomatoes count as помидоры as in real_basket_eval); marinated, salted, sun-dried, cut/peeled canned tomatoes, tomato paste/juice/sauce and seasonings excluded; «кило» is a quantity"),
    ]),
    # fxu24 dictated quickly
    ("сгущ. 3 б, мак. рожки 2 кг, хлеб бел 2 шт, яйца 2 дес.", [
        ("сгущ. 3 б", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "cc9252c04f", "1000003186", "1000427075", "be9bed5042",
                "66294fd8e5", "dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["4218934", "3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4211054"],
        }, "«сгущ.» = сгущёнка; sweetened condensed milk (сгущённое молоко (цельное) с сахаром, any size, incl. Рогачевъ «цельное 8,5%» and the 1% Пр!ст); boiled condensed milk (варёная), «с кофе», Алексеевское «вкус печенье», Моя цена «Продукт молочный Сгущенка» (not milk), and sweets, curd snacks and ice cream with сгущёнка excluded; «3 б» (банки) is a quantity"),
        ("мак. рожки 2 кг", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "367d4ecfc8", "f20a2d2027"],
            "dixy": ["2000575212", "2000544352", "2000005384", "2000005385", "2000572794"],
            "perekrestok": ["4340660", "4328907", "82772", "3435299", "4273871", "4274071", "4199587"],
        }, "«мак. рожки» = макароны рожки: dry elbow pasta of any brand (рожки, рожок крупный/большие, витой рожок, рожок-полубублик, Роллтон рожки с оливковым маслом, Бакалейщики «Рожок Малютка» с томатами и шпинатом, Maltagliati «Chifferini Rigati» taken as рожки, outside knowledge: chifferi are elbows); «2 кг» is a quantity, so packs of any size (incl. the 3 kg Моя цена) are accepted; other shapes and ice-cream «рожок» excluded"),
        ("хлеб бел 2 шт", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d", "643727af2a", "67f076fea4"],
            "dixy": [],
            "perekrestok": ["4318510", "2065120", "4329401", "3680023", "4102687", "4329402", "4157283", "4264947",
                "78011178", "78020935", "49457", "4323653"],
        }, "«хлеб бел» = белый хлеб; white wheat bread: loaves titled пшеничный/белый or of wheat types (Горчичный, Французский, тостовый пшеничный, Перекрёсток Зелёная Линия «Хлебец Белый с отрубями» — title says белый) and plain batons (нарезной, молочный, Новый, к завтраку, Утренний, горчичный; batons count as хлеб as in real_basket_eval); rye/rye-wheat bread, grain/bran/seed variants (Батон отрубной/зерновой, тостовый злаковый), breads of unstated flour (Советский, Крестьянский формовой, Сельский, формовой, Смак Бабушкин, Домашний на кефире), raisin breads, baguettes, ciabatta, buns, Магнит «Хлеб ЧАЙНЫЙ» (sweet tea bread), хлебцы and гренки excluded; Дикси and Пятёрочка have no white bread; «2 шт» is a quantity"),
        ("яйца 2 дес.", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
                "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea", "44e0856421"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
                "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                "3356111", "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250", "2109476",
                "4085791", "2131763", "4012802", "4085790", "4085792", "3182856", "3182853", "4263543", "4076991",
                "3950938", "4088955"],
        }, "«2 дес.» = two tens of eggs: hen eggs in packs of 10 or of 20, any category; packs of 6/15/30, quail eggs and egg products excluded (judgement: a 20-pack is exactly «2 десятка», a 30-pack is not)"),
    ]),
    # fxu25 sandwich supplies
    ("паштет печеночный 4 банки, сырки плавленые 5 шт, копченой колбасы палку, хлеб 2 буханки", [
        ("паштет печеночный 4 банки", {
            "pyaterochka": ["121c493676", "3966502"],
            "magnit": ["6771fd64ae", "72650c06ba"],
            "dixy": [],
            "perekrestok": [],
        }, "liver pâté (Пятёрочка Егорьевская «Паштет из печени» and canned «Паштет с гусиной печенью», Магнит «ПАШТЕТ ПЕЧЕНОЧНЫЙ» ГОСТ and Михайлов Курень «Печеночный»); pâtés not stated to be liver (Argeta chicken/turkey, Jean de Veyrac duck/turkey, Зелёная Линия «По-домашнему», vegetarian, salmon), liver sausage and pet food excluded; «4 банки» is a quantity"),
        ("сырки плавленые 5 шт", {
            "pyaterochka": [],
            "magnit": ["1000227071"],
            "dixy": [],
            "perekrestok": [],
        }, "«сырки плавленые» = small foil-wrapped processed-cheese bars: Магнит «Сыр плавленый Карат Дружба 45% 90г»; processed cheese in tubs, slices and portion triangles (Hochland, President, Viola, Экомилк, Сыробогатов), and «Плавленый продукт» bars that are not cheese (Дружба 50% 100г, Моя цена «Дружба с сыром», Переяславль — judgement, as for «Продукт молочный» in other sets), glazed curd сырки and Фетакса excluded; «5 шт» is a quantity"),
        ("копченой колбасы палку", {
            "pyaterochka": ["3966938", "3631119", "0da064a041"],
            "magnit": ["6af3d2dba7", "449846ed8e", "65eabc7d3d", "4ea41a31dc", "63dfb9d92b", "54d2bfe83d",
                "012f52ac6f", "64b09aa833", "c5e3a9547a", "878681830d", "494e727a2c", "d687a93888", "d6e33201c9",
                "61f37bc19d", "9a7d190daf", "b1886148dd", "363ea9366e", "f35109da30", "bb6f79075c", "9cac16391e",
                "40d5bd1fe4", "bc94db809e", "47ef8a1460", "6c0ebbb571", "274740067e", "e2e8ea4b7d", "b69bc113b5",
                "faac9e377e", "48c30df1cf", "d5889cdb3d", "6f8b49cfc4", "d5f097ae4c", "11b5f25ada", "6d879da1f1",
                "24ef845cb6", "c1950da806", "8ee202a921"],
            "dixy": ["2000422446", "2000549954", "2000546175", "2000413915", "2000539576", "2000572231",
                "2000579172", "2000535171", "2000422431", "2000310948", "2000397424", "2000518311", "2000284194",
                "2000603351", "2000601456", "2000590791", "2000598631", "2000552611", "2000172107"],
            "perekrestok": ["4194360", "4194359", "4236432", "4338643", "4361224", "4322133", "4321977", "4364470",
                "4056916", "4056914", "4163885", "4100196", "4141051", "4095329", "4322507", "4323441"],
        }, "smoked sausage in a piece/stick or sold by weight: сырокопчёная, полукопчёная (п/к), варёно-копчёная incl. сервелат, Краковская, salami of these kinds, poultry smoked sausage; сервелат without a stated process and Дымов «САЛЯМИ ФИНСКАЯ» / Останкино «Салями ВЕНСКАЯ» taken as smoked (outside knowledge: these are варёно-копчёные/полукопчёные); «палку» names a stick, so sliced packs («нарезка», ассорти) are excluded, as are dry-cured сыровяленые sausages (Casademont, Казылык, фуэт, ЕКГФ с трюфелем, Верона), boiled sausages and ham, Охотничьи колбаски, сосиски/сардельки and Черкизово «По-домашнему, с чесноком» / Царицыно «Говяжья особая» (process not stated)"),
        ("хлеб 2 буханки", {
            "pyaterochka": [],
            "magnit": ["6929a8d5f0", "7fa10b807d", "643727af2a", "67f076fea4", "fb4c130c20", "54f3720614",
                "d3cf97a497", "30c269d29a", "a37c992f14"],
            "dixy": ["2000195093", "2000203640"],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125", "3126329", "3974720", "4074396", "3627134",
                "3953836", "4354623", "2053660", "4149554", "3931337", "3658457", "3631465", "2000243", "3965436",
                "78034810", "4148558", "2060872", "4276930", "3617422", "4164733", "78034786", "4049144",
                "3634576", "4318513", "2024150", "3945535", "3455614", "4361611", "4318510", "2065120", "4329401",
                "3680023", "4102687", "4329402", "4157283", "4264947", "78011178", "78020935", "49457", "4323653",
                "3455615", "4318511", "66538", "66541", "4159802", "78000800", "78009395", "4291434", "78010499",
                "78034683", "2065126", "3246712", "3484089", "3427407", "3357380", "78009545", "4361612",
                "78009384", "4148561", "4323654", "4323651", "4287370", "3455248", "78034523"],
        }, "any ordinary bread loaf — rye, rye-wheat, wheat, grain/bran/toast loaves and plain batons (батон counts as хлеб as in real_basket_eval); sweet and flavoured breads (с изюмом, Картофельный с розмарином, Магнит «Хлеб ЧАЙНЫЙ»), baguettes, ciabatta, плетёнка, buns, lavash/flatbreads, хлебцы, rye wafer crispbread, гренки and сухари excluded; «2 буханки» is a quantity"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: blocks after lines '=== fxuNN ===' (header lines start with '#')."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            m = re.match(r"^=== (fxu\d\d) ===$", line)
            if m:
                if cur is not None:
                    texts.append("\n".join(cur).strip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).strip("\n"))
    return texts


def check_blind():
    blind = blind_texts(BLIND)
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(LISTS)))
    for n, ((text, _), btext) in enumerate(zip(LISTS, blind), 1):
        rid = "fxu%02d" % n
        if rid in REPLACED:
            want_blind, want_text = REPLACED[rid]
            if btext != want_blind or text != want_text:
                errors.append("%s: REPLACED entry does not match" % rid)
        elif text != btext:
            errors.append("%s: text differs from the blind draft: %r != %r" % (rid, text, btext))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fxu"))
