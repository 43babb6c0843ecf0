#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ys.jsonl -- a large family's weekend shopping lists hand-labelled against
the real offers in real_offers_g.jsonl (the offers collected for set g, see real_offers_g.SOURCES.md).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ys.build.py

LISTS below is literal data: 25 lists (3-5 items, 94 items) of a large family's weekend shop -- staples in
big packs, meat and fish for the week, dairy, vegetables and fruit, snacks for the children, household
chemicals and hygiene -- as typed to a Telegram bot.  The texts were written first, before any offer was
read, and saved as fresh_basket_eval_ys.blind_lists.txt; they are copied here byte for byte.  For every
item the product ids of every in-stock offer of every store that a reasonable shopper would accept are
listed.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; then all titles matching the
item's stem that were not accepted were listed and re-read.  The note of each item records what was
accepted, what was deliberately left out and any judgement that rests on outside knowledge.  An empty
list means the store has nothing acceptable (the item is "missing" there).  The labels were made without
reading korzina's matcher, its data files or any other set's labels.

The checks and the writer are those of labelled_lists.py (same directory): every id exists in
real_offers_g.jsonl *for that store* and is in stock, no id is repeated within an item, every item has a
note, and the labels are exactly the list's items in order (an item is the text between commas / new
lines).  List ids are fys01, fys02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ys.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 staples in big packs
    ("мука в/с 5кг, сахарок 5 кг, гречи ядрицы 4 пачки, масло подсолнечное рафинированное 5л", [
        ("мука в/с 5кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wheat flour of the highest grade in a 5 kg pack; for a packaged dry staple the written weight names the "
           "pack (as «сахар 1кг» in set g); the largest flour packs on offer are 2 kg (Макфа, Увелка, Пышечка, "
           "Старооскольская ...), so missing everywhere; блинная, ржаная, rice/corn flours would be excluded anyway"),
        ("сахарок 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214172"],
            "perekrestok": [],
        }, "white granulated sugar in a 5 kg pack (the written weight names the pack): only Дикси «Сахар-песок "
           "фасованный белый, 5 кг»; 1 kg / 900 g sugar, pressed/lump, cane, vanilla sugar and powdered sugar excluded"),
        ("гречи ядрицы 4 пачки", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392",
                     "2000539995", "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128", "3438178",
                            "3446736", "3477255", "3493533", "3600743", "3603166", "3667612", "3674200", "3694322",
                            "3696237", "39155", "3994791", "4009020", "4019310", "4059000", "4061364", "4090171",
                            "4204902", "4353613", "53673", "6847"],
        }, "buckwheat groats (ядрица), any brand and pack incl. boil-in-bag and steamed/quick-cooking; titles that "
           "just say «гречневая»/«Гречка» are accepted as ядрица (outside knowledge: unqualified buckwheat groats in "
           "Russian retail are ядрица, продел is always labelled; Агро-Альянс Экстра is titled ядрица at Дикси). "
           "«4 пачки» is a quantity. Green buckwheat (Агро-Альянс зелёная, Зелёная Линия зелёная), buckwheat flakes, flour, soba noodles, porridge sachets/baby porridge, «гречка "
           "с грибами» ready meals and Greek yoghurts (stem греч) excluded"),
        ("масло подсолнечное рафинированное 5л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "refined sunflower oil in a 5 l bottle (the size names the pack); the largest bottles on offer are 2.7 l "
           "(Слобода), 2 l, 1.8 l, so missing everywhere; unrefined oil and blends would be excluded anyway"),
    ]),
    # L2 meat and fish for the week
    ("фарш домашний 2кг, окорочка 3 кг, минтай филе мороженое, сардельки только не куриные", [
        ("фарш домашний 2кг", {
            "pyaterochka": [],
            "magnit": ["1f9a3b6240"],
            "dixy": [],
            "perekrestok": ["4364589"],
        }, "minced meat of the «Домашний» kind (pork+beef): Магнит Свежесть «Домашний», Хороший Кусок «домашний "
           "мясной»; «2кг» is a quantity of a weighed good. Beef-only, pork-only, turkey, «Фермерский», "
           "«деревенский» mince, pollock mince and stuffed olives (фаршированные) excluded"),
        ("окорочка 3 кг", {
            "pyaterochka": [],
            "magnit": ["6bf2d45df8", "83c54dfa06", "d9a7978145"],
            "dixy": [],
            "perekrestok": [],
        }, "raw chicken leg quarters; no offer is titled «окорочок», so bone-in raw chicken thighs (бедро куриное / "
           "цыплёнка-бройлера, incl. Магнит «БЕДРО КУРИНОЕ гриль, охлажденное» taken as raw) are accepted as what a "
           "shopper asking for окорочка would take (judgement); boneless thigh fillet, marinated drumsticks, "
           "turkey and pork (окорок свиной) excluded; «3 кг» is a quantity"),
        ("минтай филе мороженое", {
            "pyaterochka": [],
            "magnit": ["21f5feb583"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pollock fillet: Магнит «Минтай филе без кожи свежемороженый»; Магнит «МИНТАЙ филе, полуфабрикат "
           "из замороженного сырья» (sold thawed by weight, not frozen), whole pollock (тушка), pollock roe and "
           "pollock mince/cutlets excluded"),
        ("сардельки только не куриные", {
            "pyaterochka": ["3411852"],
            "magnit": ["1d9befa508", "d7c3fb2448"],
            "dixy": ["2000605431"],
            "perekrestok": [],
        }, "sardelki of any kind except chicken ones (the negative wish excludes exactly chicken): Велком "
           "Велкомовские копчёные, Дмитрогорские «Сочные» (by weight, no chicken named), Ближние Горки and Мясоедов "
           "pork sardelki; none of the offers is a chicken sardelka"),
    ]),
    # L3 dairy
    ("молоко 2.5 3 пачки, творог 9% кило, сметанка 15% побольше банку, ряженочки 2.5% пару бутылок", [
        ("молоко 2.5 3 пачки", {
            "pyaterochka": [],
            "magnit": ["1000035016", "1000037901", "1000143306", "1000418036", "1000445487", "1000563706",
                       "1051242602", "1812450029", "8000029029", "8000058293", "cfca1c1906", "ef94b89629"],
            "dixy": ["2000024178", "2000263555", "2000273384", "2000313238", "2000511374", "2000546311",
                     "2000600212"],
            "perekrestok": ["3431582", "4137916", "4153927", "4244153", "4250778", "4310700", "4316451"],
        }, "cow drinking milk labelled exactly 2.5 % (pasteurised or UHT, any pack; Агуша children's milk 2.5 % "
           "included as in real_basket_eval); «3 пачки» is a quantity. Зелёная Линия «топленое 2.5%», ряженка "
           "«Топленое молоко 2,5%», kefir/yoghurt/butter «Северное молоко», 1.8/3.2/3.4-6 % milk, condensed milk excluded"),
        ("творог 9% кило", {
            "pyaterochka": [],
            "magnit": ["0cfee9df84", "1000122024", "1000386975", "1000426465", "1000426470", "1000448252",
                       "1000530486", "18fc386178", "3d536f7add", "57c16fad2a", "8000055235", "93ff6e854f"],
            "dixy": ["2000266304", "2000280850", "2000312025", "2000423589", "2000564413", "2000566980",
                     "2000567931", "2000568076", "2000569975"],
            "perekrestok": ["3192865", "3487310", "4129495", "4153929", "4249279", "4249286", "4294087",
                            "4299497"],
        }, "plain cottage cheese labelled exactly 9 %, any pack (рассыпчатый, пластовой, «Домашний», Зелёная Линия "
           "«Зернышко» taken as plain crumbly curd); «кило» is read as the amount wanted, not a 1 kg pack "
           "(judgement: curd is bought in several packs). 0-5 % curd, children's Агуша 3.9 %, Растишка, "
           "зерненый в сливках, творожки/desserts and сырки excluded"),
        ("сметанка 15% побольше банку", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785",
                       "1000461810", "1000463648", "1000553874", "1000558440", "1899900582", "2645f50028",
                       "8000035449", "8000057502", "8000068594", "8000072734", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034",
                     "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086",
                            "4221356", "4226994", "4246009", "4264297", "4320001", "4335470", "4349771",
                            "4349772"],
        }, "sour cream labelled exactly 15 %, any pack size (incl. «из топленых сливок» and lactose-free); "
           "«побольше банку» is a ranking wish (prefer a bigger pot), not a filter. Пятёрочка РостАгроЭкспорт "
           "«пикантная, с чесноком» (flavoured), 10/20/25/30 % sour cream, chips/crackers «сметана и лук», "
           "«Сметанный» mayonnaise and the cake «Сметанник» excluded"),
        ("ряженочки 2.5% пару бутылок", {
            "pyaterochka": [],
            "magnit": ["1000348552"],
            "dixy": ["2000536771"],
            "perekrestok": ["4230794"],
        }, "ряженка labelled exactly 2.5 %: Славянские кружева 175 г, Домик в деревне «Топленое молоко 2,5%» "
           "(the plain ряженка of that line, the flavour words name its taste; judgement), Молочный знак 175 мл; "
           "«пару бутылок» is a count of packs, not a form filter. 2.9/3.2/4 % ряженка, flavoured 2-2.1 % "
           "ряженка (клубника, груша, курага-чернослив, банан-карамель) excluded"),
    ]),
    # L4 soup vegetables
    ("картохи мешок, лучок, морковки 2 кг, капусты белокачанной кочан, свеколка", [
        ("картохи мешок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860",
                            "43968", "769"],
        }, "fresh raw potatoes, loose or bagged, any variety (incl. Бэби, «для жарки», «для варки», «Чик-Чик» 1 кг "
           "taken as fresh potatoes); «мешок» is read as an amount of a weighed good (no sack is on offer; "
           "judgement). Батат, boiled/fried potatoes, frozen fries, chips, potato starch, «Конфеты Картошка», "
           "herring «К картошке» and seasonings excluded"),
        ("лучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions (лук репчатый), loose, netted, peeled, red onion included (judgement: still «лук "
           "репчатый»); dried onion (Kotanyi, Айдиго), onion-flavoured chips/croutons, «Лукашинские» goods and "
           "«рахат-лукум» excluded; no green onion is on offer"),
        ("морковки 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4191099", "4299784", "60529"],
        }, "fresh carrots, loose or packed (incl. mini carrots Зайкино Счастье, «Морковь для сока, 1кг» and Маркет Fresh «свежая мытая» "
           "200 г); «2 кг» is a quantity. Boiled peeled carrots, Korean carrot salads, juices, baby purées, "
           "vegetable mixes and carrot chips excluded"),
        ("капусты белокачанной кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["1546", "198", "45661"],
        }, "a whole head of fresh white cabbage (incl. «ранняя»; Перекрёсток plain «Капуста» taken as white cabbage); "
           "shredded cabbage trays (Белая Дача резаная, «соломка»), mixes, sauerkraut, marinated cabbage, kimchi, "
           "seeds, cauliflower/broccoli/sea kale excluded"),
        ("свеколка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["13998", "2143053", "3368257", "3378167", "4299508", "4375880", "45532", "786",
                            "92844"],
        }, "fresh raw beetroot, loose or packed (incl. young beet in bunches and Маркет Fresh «Свекла свежая»); "
           "boiled beet, «целая очищенная»/«очищенная» vacuum packs (taken as boiled, outside knowledge), cut raw "
           "beet (соломка, резаная), pickled, Korean salad, beet salads, chard (мангольд), seeds and chips excluded"),
    ]),
    # L5 fruit
    ("бананов связочку побольше, яблоки сладкие, хурмы кило, гранаты 3 шт", [
        ("бананов связочку побольше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["2084703", "3652283", "4625"],
        }, "fresh bananas (incl. red and organic); «связочку побольше» is a wish. Перекрёсток «Бананы для жарки» "
           "(plantains, as in set g), dried/vyalenye bananas, banana-flavoured goods excluded"),
        ("яблоки сладкие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074363", "10E0076185", "2000499049"],
            "perekrestok": ["2168511", "3283268", "3356276", "3366324", "3366336", "3366339", "3366344", "3366346",
                            "3616014", "3639577", "3980656", "4039875", "4047903", "4047904", "4097665",
                            "4152138", "4152181", "4194477", "4194479", "4194480", "4208423", "4258743",
                            "4258744", "4271017", "4286927", "4287238", "4341473", "4342539", "4374590",
                            "4381173", "4381176", "4381179", "48645", "77001777", "79341", "81962"],
        }, "fresh apples; «сладкие» is read as excluding the varieties known as sour (outside knowledge): Гренни "
           "Смит (the only apple at Магнит), Симиренко, generic «зелёные» apples and Богатырь are left out; every "
           "other variety and unnamed red/fasovannye apples are accepted (Голден, Гала, Ред делишес, Джонаголд, "
           "Фуджи, Амброзия, Крипс Пинк, Муцу, Синап ...). Fruit mixes, juice, purée, повидло excluded"),
        ("хурмы кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000015856"],
            "perekrestok": [],
        }, "fresh persimmon; «кило» is a quantity; only Дикси carries it"),
        ("гранаты 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000015855"],
            "perekrestok": ["3695843", "4335750", "4371415", "4371417", "50828"],
        }, "fresh pomegranates (any origin, incl. «Гранат для сока»); «3 шт» is a quantity. Pomegranate juice, narsharab sauce, drinks, "
           "yoghurts, cosmetics and air fresheners «гранат» excluded"),
    ]),
    # L6 kids' snacks
    ("чипсы лейс детям большую пачку, киндеры сюрпризы 3 штучки, соку доброго мультифрукт 2 литра", [
        ("чипсы лейс детям большую пачку", {
            "pyaterochka": ["3453317", "3453319", "3453321"],
            "magnit": [],
            "dixy": ["2000001186", "2000431160", "2000568012", "ЦТ0044994"],
            "perekrestok": ["3326764", "4210938"],
        }, "Lay's potato chips of any flavour in a big pack: «большую пачку» is read as the 140-150 g and 225 g "
           "packs (the small ones are 37-110 g); «детям» is a purpose. Lay's Stax 140 г (a tube, not a пачка), "
           "Lay's 37/70/81/90/110 g packs, other brands and Вязанка «Филейская» (stem лейс) excluded"),
        ("киндеры сюрпризы 3 штучки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001672", "2000210834", "2000253005"],
            "perekrestok": [],
        }, "Kinder Сюрприз chocolate eggs with a toy (incl. the «для девочек» edition); «3 штучки» is a count, not "
           "a pack filter. Kinder Joy (a different product, as in set d), Kinder chocolate bars, Молочный ломтик, "
           "Pingui and Maxi King excluded"),
        ("соку доброго мультифрукт 2 литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый multifruit juice/nectar in a 2 l pack (the size names the pack): the only Добрый multifruit is "
           "Магнит «Нектар ДОБРЫЙ, мультифруктовый, 1л» and no Добрый pack exceeds 1.47 l, so missing everywhere"),
    ]),
    # L7 laundry and dishes
    ("порошок тайд автомат 6 кг, фейри лимон 900 мл, губки кухонные для посуды 5 шт", [
        ("порошок тайд автомат 6 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Tide automatic washing powder in a 6 kg pack (the size names the pack): Магнит has Tide powders of "
           "2.4-2.5 kg only (Колор, Детский), Tide gel and capsules; 6 kg packs exist only for Ariel/Persil; "
           "missing everywhere"),
        ("фейри лимон 900 мл", {
            "pyaterochka": [],
            "magnit": ["bbb10983dd"],
            "dixy": ["2000274013"],
            "perekrestok": [],
        }, "Fairy «Сочный лимон» dish liquid 900 ml; Fairy lemon 450 ml / 1.35 l, other Fairy scents (Жасмин, "
           "Pure&Clean, Platinum Арбуз, Нежные руки) and Fairy dishwasher tablets excluded"),
        ("губки кухонные для посуды 5 шт", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges for dishes in a pack of 5 (a count that names the pack): Магнит «Губки для посуды ... "
           "Макси, 5шт.»; the shoe sponge excluded; no other sponges are on offer"),
    ]),
    # L8 hygiene
    ("детский шампунь без слёз, пасту зубную детскую, палмолив гель для душа, мыло хозяйственное 72 процента 2 куска", [
        ("детский шампунь без слёз", {
            "pyaterochka": [],
            "magnit": ["5b34832689", "7fb0ac7670", "c4881f5765"],
            "dixy": ["2000605354"],
            "perekrestok": [],
        }, "children's shampoo; no title states «без слёз», and tear-free formulas are the norm for children's "
           "shampoos, so children's shampoos are accepted (judgement, outside knowledge): Гонки детский 2 в 1, Бэбл «Шампунь для волос и тела ... с рождения», Bebl "
           "«Шампунь-гель для душа детский», BABY BOOM детский с ромашкой. Adult shampoos (TRESemmé, Fructis) and "
           "the BABY BOOM крем-мыло excluded"),
        ("пасту зубную детскую", {
            "pyaterochka": [],
            "magnit": ["4ad21b8537", "65db2383ee", "6aa3b9d65b", "812ec1602a", "ac505bb49a", "be146bf29a",
                       "c0230164e2", "cb6a253762", "d5a001b980"],
            "dixy": [],
            "perekrestok": ["4310519"],
        }, "children's toothpaste: Colgate «6-9 лет»/«3-5 лет», Colgate «Доктор Заяц» (a children's line, outside "
           "knowledge), Сплат Джуниор/Джуси/Кидс, Дракоша, Synergetic Детская, Splat Juicy Lab детская. Adult "
           "pastes (Colgate, Lacalut, R.O.C.S., Blend-a-med, Пятёрочка «Colgаtе макс блеск» ...) excluded"),
        ("палмолив гель для душа", {
            "pyaterochka": [],
            "magnit": ["02ea799c6d", "056095b61f", "1bcd487746", "a162a1690e", "a4d6d8f2fb", "ae24cd3ee0",
                       "b2be06e3a0", "b52306dd19", "c8870b453a", "d6e59761cf", "f6184e3882", "fb9c80c277",
                       "fcfc8492ea"],
            "dixy": ["2000339502"],
            "perekrestok": ["3505877", "3664430", "3664431"],
        }, "every Palmolive shower gel (brand + product word), women's and men's, incl. «гель-крем для душа» and "
           "Palmolive Men «гель для душа и шампунь»; Palmolive «Мусс» Гурмэ Спа (a mousse), liquid/bar soaps, "
           "крем-мыло and the Palmolive gift set (contents not stated) excluded"),
        ("мыло хозяйственное 72 процента 2 куска", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "household laundry soap 72 %: none on offer (only toilet/крем/банное/liquid soaps: Duru, Palmolive, "
           "Заводъ Братьевъ Крестовниковыхъ, «Мыло БАННОЕ» ...), so missing everywhere"),
    ]),
    # L9 quick weekend food
    ("пельмешек кило подешевле, яйца с1 30 шт, батон 2 шт, рожки makfa 2 пачки", [
        ("пельмешек кило подешевле", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["22f7803aca", "66c111d7a2", "72632b1f85", "805cabf639", "d6fdebf3e4", "dabbb02c05",
                       "f4f41d5103", "f95b2d1678", "feeac8f3fa"],
            "dixy": ["2000282673", "2000318344", "2000411354", "2000558274", "2000565192", "2000596851",
                     "2000596852", "2000596853"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any brand, filling and pack (incl. Бульмени, Бигбули, chicken Стародворские); "
           "«кило» is read as the amount wanted and «подешевле» is a wish. Перекрёсток «Пельмени Четверг рыбные "
           "из трески» excluded (pelmeni default to meat; judgement)"),
        ("яйца с1 30 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062838", "4229222"],
        }, "chicken eggs of class С1 in packs of 30 (the count names the pack): Окское С1 30шт, Пр!ст С1 30шт; "
           "С1 packs of 6/10/15/20, С0/СО/отборные, С2, СВ and quail eggs excluded"),
        ("батон 2 шт", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d", "a37c992f14"],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4157283", "4264947", "4318510", "4318511", "4329401",
                            "4329402", "78011178"],
        }, "white loaves sold as «Батон» of any kind (нарезной, утренний, отрубной, молочный, горчичный, зерновой, "
           "к завтраку); «2 шт» is a quantity. Батончики (chocolate/cereal bars), sausage «батон» and other "
           "breads excluded"),
        ("рожки makfa 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Makfa рожки (elbow macaroni): no Makfa рожки on offer (Makfa has спирали, перья, ракушки, улитки, витки, "
           "петушиные гребешки, вермишель ...); рожки of other brands (Baisad, Верони, Аида, Шебекинские, Маркет) "
           "and other Makfa shapes excluded, so missing everywhere"),
    ]),
    # L10 meat and fish for the week
    ("свиная шейка кусок, грудка куриная 2кг, скумбрия холодного копчения штуки 2, селедку филе в масле баночку, печень говяжью на оладьи", [
        ("свиная шейка кусок", {
            "pyaterochka": [],
            "magnit": ["afb09aae99"],
            "dixy": [],
            "perekrestok": ["4363415", "912"],
        }, "raw pork neck in one piece (Черкизово, Хороший Кусок, Перекрёсток без кости); copчёно-варёная шейка, "
           "Магнит «Копченности ИНЕЙ шейка/балык» and «Шашлык из свиной шейки» (marinated cubes) excluded"),
        ("грудка куриная 2кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "2000317425", "2000407516", "2000593951", "DI00080023"],
            "perekrestok": ["2160076", "2173555", "3694848", "3034277", "3191300", "3216279", "3273915", "3336397", "3362832",
                            "3609675", "3649232", "3653837", "3669585", "3673509", "3678985", "3689116",
                            "3940063", "3946764", "4116904", "4208844", "4242120", "4306879", "4312563",
                            "4323072", "4329298", "4347498", "52888", "53105"],
        }, "raw chilled chicken breast: breast fillet, «филе цыплёнка(-бройлера)»/«филе куриное» (taken as breast "
           "fillet, as in set g), малое филе, медальоны из филе, grudka on the bone; «2кг» is a quantity. Thigh "
           "fillet, «Филе курицы в маринаде», шашлык, breaded strips/medallions, cooked fillet dishes and salads "
           "excluded; Магнит has no chicken breast"),
        ("скумбрия холодного копчения штуки 2", {
            "pyaterochka": [],
            "magnit": ["1b9094b7b8"],
            "dixy": ["2000545671"],
            "perekrestok": [],
        }, "cold-smoked mackerel: Магнит «Косичка холодного копчения», Дикси Мореслав «кусочки холодного копчения»; "
           "«штуки 2» is read as a count (a quantity), so cut forms are accepted (judgement). Hot-smoked mackerel, "
           "canned mackerel, frozen/thawed mackerel, Перекрёсток «Скумбрия 0.3-0.5 кг» (not stated as smoked) and "
           "fish pastes excluded"),
        ("селедку филе в масле баночку", {
            "pyaterochka": [],
            "magnit": ["7279e41fcb", "d1c803816b"],
            "dixy": ["2000162753", "2000179260", "2000236692", "2000242531", "2000309903", "2000322886"],
            "perekrestok": ["2168484", "3345483", "3463465", "3622071", "3622072", "3682728", "3683735",
                            "3683742", "3993017", "4159336", "4275608", "4322376", "4323336", "4366965",
                            "79543"],
        }, "salted herring fillet (pieces) in oil, plain or with dill/spices/smoke; Магнит Санта-Бремор «Филе сельди "
           "популярное» accepted as fillet in oil (outside knowledge); «баночку» is a count of packs. Herring in "
           "mayonnaise, wine or tomato, Викинг «По-польски ... с лучком и томатом» (an appetizer), Матиас «свежая "
           "зелень» (oil not stated), whole/слабосолёная herring, cold-smoked fillet, canned «натуральная» herring, "
           "«Сельдь под шубой» and celery (сельдерей) excluded"),
        ("печень говяжью на оладьи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000310966"],
            "perekrestok": [],
        }, "raw beef liver (Дикси «Печень говяжья Диета замороженная»); «на оладьи» is a purpose. Liver pâté, "
           "baby purées with liver, pancakes with liver and pet food excluded"),
    ]),
    # L11 groats in big packs
    ("рис длиннозерный 5кг, геркулеса пачку побольше, пшенки на кашу", [
        ("рис длиннозерный 5кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "long-grain rice in a 5 kg pack (the weight names the pack of a packaged staple): the largest long-grain "
           "packs are 1 kg (Магнит Индика, Shanti Басмати) and 900 g, so missing everywhere"),
        ("геркулеса пачку побольше", {
            "pyaterochka": [],
            "magnit": ["1fbd6e427e", "7e4e5763f5", "8a13df6c91"],
            "dixy": ["1041032607", "2000002160", "2000005395", "2000186448", "2000219614", "2000222892",
                     "2000601251", "2000604115", "DI00078791"],
            "perekrestok": ["2105514", "2122914", "2122915", "2122919", "23772", "24926", "27919", "3421663",
                            "3469027", "3469028", "3503161", "3933387", "4005492", "4078263", "4157124",
                            "4321219", "4355178", "6752", "9056"],
        }, "«геркулес» = plain rolled oat flakes (a genericised name; outside knowledge), any brand and number, "
           "quick-cooking, with bran, gluten-free and Nordic «Ленивая овсянка» included; «пачку побольше» is a "
           "wish. Flavoured flakes (клюква-яблоко, «с вишней», Быстров ассорти), instant porridge sachets "
           "«Геркулес с клубникой», ready porridge, bread «ГЕРКУЛЕС», oat cookies excluded"),
        ("пшенки на кашу", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats: Пятёрочка «Крупа пшено шлифованное в пакетиках для варки»; «на кашу» is a purpose. "
           "Пятёрочка Myllyn Paras «Каша пшенная» (a boxed quick porridge product, not plain groats; judgement), "
           "rice+millet mixes (Увелка Дружба), ready porridge and wheat (пшеничн-) goods excluded"),
    ]),
    # L12 kids' dairy
    ("растишки питьевые, сырки б.ю.александров 5 шт, творожков агуша штук 6, коктейль чудо шоколад", [
        ("растишки питьевые", {
            "pyaterochka": ["3463087"],
            "magnit": ["1000211109", "1000320906", "1000320907", "1000334603", "1000559788", "1059990444",
                       "8000022363", "8000050475"],
            "dixy": ["2000342715"],
            "perekrestok": ["4023796", "4045396", "4045398", "4341332"],
        }, "drinkable Растишка: drinking yoghurts (incl. Пятёрочка «РАСТИШ.Йогурт ... пит.» 90 г and Магнит «Йогурт Растишка История игрушек 2.6% 70г», the "
           "same 70 g bottle Перекрёсток titles «питьевой»; outside knowledge) and Растишка milkshakes (drinkable "
           "too; judgement). Spoonable Растишка yoghurts (116-118 g cups, «клубника-злаки»), Растишка curd excluded"),
        ("сырки б.ю.александров 5 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Б.Ю. Александров glazed curd snacks: none on offer; Пятёрочка «Б.Ю.АЛЕКС. Масса ОСОБАЯ с изюмом» "
           "(curd mass, not сырки), other brands' сырки and «Александровские» candies excluded; missing everywhere"),
        ("творожков агуша штук 6", {
            "pyaterochka": [],
            "magnit": ["1000109125", "1000177278", "1000564007", "1051242603", "1812432013", "1812432014",
                       "1812432015", "8000049983"],
            "dixy": [],
            "perekrestok": ["2137027", "4174763", "69726"],
        }, "Агуша children's curd (творог детский) of any flavour incl. Классический and «Засыпай-ка»; «штук 6» is "
           "a quantity. Агуша yoghurts, ряженка, kefir, milk and porridge excluded"),
        ("коктейль чудо шоколад", {
            "pyaterochka": ["3339126", "3466824"],
            "magnit": ["1000008104", "1000089124", "3010420008"],
            "dixy": [],
            "perekrestok": ["3339133", "42876"],
        }, "Чудо chocolate milkshake, any size and fat (incl. «Чудо Детки» 200 мл); Чудо десерт «Вишня в "
           "шоколаде», Чудо chocolate curd snacks, pudding, yoghurt and strawberry/vanilla shakes excluded"),
    ]),
    # L13 cleaning day
    ("ушастый нянь порошок, кондиционер для белья lenor 2л, белизну 1л, средство для полов мистер пропер", [
        ("ушастый нянь порошок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Ушастый нянь washing powder: the brand is not on offer (other children's powders such as Tide Детский "
           "and Заводъ Братьевъ Крестовниковыхъ детский are another brand), so missing everywhere"),
        ("кондиционер для белья lenor 2л", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner 2 l: Пятёрочка «Lenor, скандинавская весна, 2 л»; Ariel powder «Ленор фреш» "
           "and other conditioners (Synergetic) excluded"),
        ("белизну 1л", {
            "pyaterochka": [],
            "magnit": ["2de571f286"],
            "dixy": [],
            "perekrestok": [],
        }, "chlorine bleach («белизна», generic name) in a 1 l bottle: Магнит «Отбеливатель ACE Гель, автомат, 1л» "
           "(ACE gel bleach is hypochlorite-based; outside knowledge). Synergetic oxygen bleach «без хлора», "
           "ACE Oxi powder, Sanfor «гель белизна 3в1» 700 г (a cleaner, and not 1 l) excluded"),
        ("средство для полов мистер пропер", {
            "pyaterochka": [],
            "magnit": ["275fd6ca49", "494fcd17ad", "ae95ec9c5b", "cac8e32a0f", "dc08e0632c"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "Mr. Proper floor cleaner (liquid «для полов и стен», any scent/size); Магнит «Моющее средство MR.PROPER "
           "Лимон/роза, 500мл» accepted as the same floor-and-wall liquid Дикси titles «для полов и стен» (outside "
           "knowledge). Mr. Proper universal/antigrease sprays and other brands' floor cleaners excluded"),
    ]),
    # L14 baby
    ("подгузники pampers 5, влажные салфетки детям пачки 3, ватных дисков пачку", [
        ("подгузники pampers 5", {
            "pyaterochka": [],
            "magnit": ["c5e929fc0c"],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers taped diapers of size 5: Магнит «PAMPERS Актив Бэби, Джуниор (11-16кг)» (Junior = size 5, "
           "outside knowledge). Pampers pants (трусики, incl. «5 Junior») are left out as a different form "
           "(judgement), as are other sizes (Мини, Миди, Макси, Экстра Лардж = 6), Huggies/Merries/Nani and "
           "Pampers wipes"),
        ("влажные салфетки детям пачки 3", {
            "pyaterochka": [],
            "magnit": ["36ac79cfc0", "47dd423390", "667fad1c9c", "bd449a17ff", "c3df2e5787", "d50c79a365",
                       "e5cc67293e"],
            "dixy": [],
            "perekrestok": [],
        }, "children's wet wipes (the purpose names the kind): Каспер Детские, Pampers, Huggies, Aura «Солнце и "
           "луна» (Aura's children's line, outside knowledge); «пачки 3» is a quantity. Antibacterial, universal, "
           "intimate and surface wipes excluded"),
        ("ватных дисков пачку", {
            "pyaterochka": [],
            "magnit": ["472f57de85", "51bcbab403"],
            "dixy": [],
            "perekrestok": [],
        }, "cotton pads (Я Самая 120 шт, Белла Коттон 80 шт); cotton buds excluded"),
    ]),
    # L15 sandwiches
    ("сыр гауда куском, масло сливочное 82.5% простоквашино, докторской колбасы батон, ветчинка для бутербродов", [
        ("сыр гауда куском", {
            "pyaterochka": [],
            "magnit": ["07ea28435e", "1000387429", "1000500641", "8000032665"],
            "dixy": [],
            "perekrestok": ["4003954", "4353316"],
        }, "Gouda cheese in a piece (any brand/fat, incl. Landkaas sold by weight and Маркет «фасованный»); sliced "
           "Gouda (нарезка, ломтики) excluded as the user wrote «куском»"),
        ("масло сливочное 82.5% простоквашино", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Простоквашино butter 82.5 %: no Простоквашино butter on offer (butter of other brands, e.g. Рогачевъ, "
           "Северное молоко, Тольяттимолоко 82.5 %, excluded because the brand was written), so missing everywhere"),
        ("докторской колбасы батон", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374",
                       "6e16b1777a", "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca",
                       "fa414b5a8d"],
            "dixy": ["2000404595"],
            "perekrestok": ["2170372", "3385812", "3434232"],
        }, "Докторская boiled sausage as a stick or piece (packaged or by weight, incl. «Докторская Особая», "
           "«от шефа»); «батон» is read as the unsliced form. Sliced packs (МД Бородина нарезка, Черкизово "
           "нарезка) and Докторские сосиски excluded"),
        ("ветчинка для бутербродов", {
            "pyaterochka": ["3675521", "6cfb6eef55"],
            "magnit": ["1027b0fdf8", "48db2d6df7", "a6a1de83c0", "f40c256f93"],
            "dixy": [],
            "perekrestok": ["4239655"],
        }, "ham of any meat (pork, turkey Индилайт, chicken Зелёная Линия), whole or sliced; «для бутербродов» is a "
           "purpose. Processed cheese «с ветчиной», pizza, blini with ham excluded"),
    ]),
    # L16 salad vegetables
    ("огурцов короткоплодных кило, розовых помидор кило, перчик красный сладкий, укропа 2 пучка, кабачек", [
        ("огурцов короткоплодных кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000327957"],
            "perekrestok": ["3368260", "4072"],
        }, "fresh short-fruited cucumbers: Перекрёсток «Огурцы короткоплодные», «Огурцы Бакинские» (a short bumpy "
           "type, outside knowledge) and Дикси fresh «Огурцы корнишоны, в упаковке» (gherkins are short-fruited; "
           "judgement); «кило» is a quantity. Среднеплодные, длинноплодные, «гладкие» and unnamed packed cucumbers, "
           "pickled/marinated/salted cucumbers and corniсhons in jars and the stem inside «йогурт» excluded"),
        ("розовых помидор кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["21292", "3383465", "3695580"],
        }, "fresh pink tomatoes (titles saying «розовые»): Азербайджанские розовые, розовые грунтовые, розовые "
           "фасованные; red, cherry, cocktail, plum, yellow and unnamed varieties (Бычье сердце, Махитос, "
           "Панамера, Органза — colour not stated) excluded, as are canned/salted tomatoes and «автомат» (stem)"),
        ("перчик красный сладкий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh red sweet (bell) pepper: no fresh peppers are on offer (only black pepper spice, paprika powder, "
           "marinated peppers and chili), so missing everywhere"),
        ("укропа 2 пучка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill: none on offer (only dill-flavoured herring, chips, croutons, cheese; Дикси has parsley "
           "«ПЕТРУШКА УПАК 75Г», not dill), so missing everywhere"),
        ("кабачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh courgette (typo «кабачек»): none fresh on offer; frozen cut courgettes (Магнит 4 Сезона), "
           "кабачковая икра, кабачки в аджике and baby purées excluded, so missing everywhere"),
    ]),
    # L17 fish
    ("семушку слабосоленую в нарезке, креветки королевские замороженные 1 кг, форель", [
        ("семушку слабосоленую в нарезке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lightly salted sliced сёмга (Atlantic salmon): none on offer; lightly salted trout, gorbusha and "
           "cold-smoked nerka/keta slices are other fish, Магнит frozen salmon cuts and Перекрёсток «сёмга стейк ... мороженый» are not salted/sliced, salmon "
           "roe, pâté and olives with salmon excluded, so missing everywhere"),
        ("креветки королевские замороженные 1 кг", {
            "pyaterochka": [],
            "magnit": ["d757ba985f", "daa53ea23d"],
            "dixy": ["2000283070", "2000578411", "2000595631"],
            "perekrestok": ["3331822", "3420956", "3464112", "4269762", "4296609", "4301249", "4360313",
                            "4364088", "69215"],
        }, "frozen king prawns (titled «королевские», and Ваннамей = whiteleg king prawns, outside knowledge), "
           "cooked-frozen or raw-frozen, peeled or not, any pack; «1 кг» is read as the amount wanted (judgement). "
           "Northern, Argentine red and tiger shrimps, prawns in brine (Два Капитана ванамей «в рассоле», "
           "Санта Бремор «в заливке»), marinated skewers, шашлык, dumplings, poke and shrimp-flavoured goods excluded"),
        ("форель", {
            "pyaterochka": ["3fe6ee4107"],
            "magnit": ["af11d0a75a", "d049c4430b"],
            "dixy": ["2000571431"],
            "perekrestok": ["4066444", "4362529", "4362530"],
        }, "trout as fish of any form (lightly salted fillet piece or slices, frozen steak, Балтийский Берег "
           "«Форель» 200 г); Магнит 3 FISH «Пивной набор» (a beer snack), trout roe, cat food with trout and the "
           "pear «Форелл» excluded"),
    ]),
    # L18 tea-time sweets
    ("юбилейное печенье большая пачка, вафельки артек большую пачку, пряник тульский с повидлом, сушки с маком 2 пакета", [
        ("юбилейное печенье большая пачка", {
            "pyaterochka": [],
            "magnit": ["23c5c2875e", "4ecdd613ad"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное biscuits of any variant in the big pack (232-268 g: «с глазурью», «Молочное с глазурью», "
           "«Овсяное»); the 112 g packs excluded by «большая пачка»; Останкино «Юбилейная» sausage and Julius "
           "Meinl «Юбилейный» coffee excluded"),
        ("вафельки артек большую пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Артек wafers: not on offer (other wafers, e.g. Коломенское, Kinder Maxi King, excluded), so missing "
           "everywhere"),
        ("пряник тульский с повидлом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Tula pryanik with jam filling: none on offer (only Стойленские, Lucky Days, Слана, Дымка, Полёт, Русские "
           "Пряники packs of small pryaniki), so missing everywhere"),
        ("сушки с маком 2 пакета", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "poppy-seed сушки: Магнит «Сушки-мини НЕВСКАЯ СУШКА, маковые»; «2 пакета» is a quantity. Сушки без "
           "сахара (no poppy) and tarallini excluded"),
    ]),
    # L19 household paper and bags
    ("zewa 8 рулонов, мешки для мусора 120л с завязками, пищевую пленку в рулоне", [
        ("zewa 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "Zewa toilet paper in packs of 8 rolls (the count names the pack): Магнит «ЗЕВА, Сирень, 8 рулонов», "
           "Перекрёсток «Zewa Deluxe Персик, 8шт»; Zewa packs of 4/6/12 rolls, Zewa paper towels, facial tissues "
           "and handkerchiefs excluded"),
        ("мешки для мусора 120л с завязками", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "120 l garbage bags with ties: the only garbage bags on offer are Магнит «Био ушки 60л», so missing "
           "everywhere"),
        ("пищевую пленку в рулоне", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cling film: none on offer (the stem «пленк» only hits «цыпленка» and «в пленк.» packed wafers), so "
           "missing everywhere"),
    ]),
    # L20 kids' breakfast
    ("хлопья несквик для детей, мюсли без добавленного сахара, какао nesquik 500г, медку цветочного банку", [
        ("хлопья несквик для детей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik breakfast cereal: not on offer (the only Nesquik product is the cocoa drink; other brands' "
           "corn flakes excluded), so missing everywhere"),
        ("мюсли без добавленного сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "muesli without added sugar: the only muesli is Магнит «Мюсли ОГО, с тропическими фруктами» (sugar not "
           "stated, so it cannot be taken as «без добавленного сахара»); muesli bars (incl. ДиYes «без сахара»), "
           "granola and yoghurts with muesli are other products; missing everywhere"),
        ("какао nesquik 500г", {
            "pyaterochka": ["3420547"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink powder 500 g: Пятёрочка «NESQUIK Напиток быстрораств. с какао 500г»"),
        ("медку цветочного банку", {
            "pyaterochka": [],
            "magnit": ["928ff089d4"],
            "dixy": ["2000573811"],
            "perekrestok": ["3467507", "3479121", "4316605", "4320672", "4331449", "4340910", "4340911", "4355859"],
        }, "natural honey titled «цветочный» (incl. Дикси «Мед цветочный Медовая долина», «цветочное разнотравье», «донниковый цветочный», «Горный ... "
           "цветочный», «Шалфейный/Лесной ... цветочный», Таёжный цветочный); honeys named only by source "
           "(липовый, гречишный, акациевый, луговой, горный, майский, подсолнух) excluded as not labelled "
           "цветочный (judgement), as are honey-flavoured goods; «банку» is a count"),
    ]),
    # L21 pantry tins
    ("тушенка говяжья гост 4 банки, горошка зеленого 2 банки, кукурузка bonduelle", [
        ("тушенка говяжья гост 4 банки", {
            "pyaterochka": [],
            "magnit": ["738a6cb8b8", "84ac027a5b"],
            "dixy": ["2000192964", "2000302684", "2000415753", "T000000869"],
            "perekrestok": [],
        }, "canned stewed beef made to ГОСТ: titles saying ГОСТ, plus «высший сорт» titles (Главпродукт, Русь), "
           "a grade that exists only in the GOST standard (outside knowledge; Магнит titles the same Главпродукт "
           "can «высший сорт, ГОСТ»); «4 банки» is a quantity. Beef stews without ГОСТ/высший сорт (Барс Экстра, "
           "Гродфуд, Великолукский, Богатырская, Совок, Курганский «Стандарт», Пр!ст, Первым Делом), pork, turkey "
           "and horse meat stews excluded"),
        ("горошка зеленого 2 банки", {
            "pyaterochka": [],
            "magnit": ["02059b03ae", "077ca9bca9", "08e4c89d92", "118e7a3919", "334fc1acba", "68a96163bf",
                       "7e3054a87f"],
            "dixy": ["0230306094", "10A0036580", "1100075857", "2000118079", "2000163949", "2000189884",
                     "2000313797", "2000313828"],
            "perekrestok": ["16791", "19134", "2035571", "27460", "3026306", "32340", "3350744", "3360308",
                            "3447858", "3483842", "3504837", "3628006", "3635251", "3951175", "4004677",
                            "4011800", "4059535", "4188483", "4192227", "4206921", "4211849", "4273266",
                            "4274246", "4283761", "4380317", "77114"],
        }, "canned green peas of any brand and can size (incl. Грин Рэй / 6 соток «молодой», «Деликатесный» "
           "titled without «зелёный», «без сахара», «молодой», «мозговых сортов», the "
           "4.15 kg catering can); «2 банки» names cans, so frozen peas excluded (judgement); Bonduelle «с "
           "морковью», pea microgreens, peppercorns «горошек» and dog food with peas excluded"),
        ("кукурузка bonduelle", {
            "pyaterochka": [],
            "magnit": ["a869e5b9ba", "d2de35fd7c"],
            "dixy": ["10E0064890", "2000279948", "DI00079261"],
            "perekrestok": [],
        }, "Bonduelle canned sweet corn of any size and variant (Сладкая, Молодая); other brands' corn and other "
           "Bonduelle vegetables excluded"),
    ]),
    # L22 fruit by the kilo
    ("мандаринки 2 кг, киви кило, виноград кишмиш кило на всех", [
        ("мандаринки 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins (Дикси «Мандарины сладкие»); «2 кг» is a quantity; mandarin drinks, olives «с "
           "мандарином», Skittles and dish soap excluded"),
        ("киви кило", {
            "pyaterochka": [],
            "magnit": ["48288c27b9"],
            "dixy": ["2000313184"],
            "perekrestok": ["14017", "1532", "2094491", "3638652", "4104587", "4156364", "4175544", "4177001",
                            "4322057"],
        }, "fresh whole kiwi fruit, green, gold or red, loose or packed; «кило» is a quantity. «Киви мини» "
           "(kiwiberries, eaten whole; judgement), cut kiwi, fruit mixes, kiwi-flavoured dairy/drinks, jam and "
           "napkins «киви» excluded"),
        ("виноград кишмиш кило на всех", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, "fresh seedless (кишмиш) grapes: Дикси «Виноград Мускат, без косточки» (кишмиш = seedless varieties, "
           "outside knowledge); «кило на всех» is a quantity. Seeded or unstated varieties (Ред Глоб, Тайфи, "
           "чёрный, Artfrut белый), raisins («виноград сушёный без косточек», also called кишмиш but dried), "
           "fruit mixes and grape drinks excluded"),
    ]),
    # L23 tea and coffee
    ("чай greenfield 100 пак, кофе растворимый в банке, сахар рафинад 1кг, сгущенку рогачёв 2 банки", [
        ("чай greenfield 100 пак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000228472", "2000289445"],
            "perekrestok": ["2147890", "2147891", "3378336", "3450276"],
        }, "Greenfield tea of any blend in packs of 100 tea bags (the count names the pack); Greenfield 25-bag "
           "packs and loose tea excluded"),
        ("кофе растворимый в банке", {
            "pyaterochka": ["2104660", "2141879", "3291822", "3372171"],
            "magnit": ["004ef7975d", "014991e9cc", "01f9dd25ee", "0386d066d3", "07b5ff6b13", "0c262c177c",
                       "0e0d290c03", "0f34e2a818", "2b03c3331f", "31752cf6a9", "3471c4aa28", "363ac6fecd",
                       "3792ee999f", "405965a7e8", "432d08fee3", "45760b0392", "479a56d4e5", "48bb241996",
                       "4f353c6d8a", "5937914f18", "5b6cb01bcf", "5ed1824f2e", "5fa65432a3", "63cf16639c",
                       "67ebe44e72", "68219df234", "6977400735", "6f8d803d46", "75165edd66", "7859a794bc",
                       "7ed9173039", "80e9f53b5d", "88df1b0c73", "970a83394c", "9b2d4e05df", "9b7c8128ee",
                       "9e6093cedf", "9e786ef834", "b1359df1ea", "c862a4391a", "c96912b91e", "cc7dfb915f",
                       "d377483cd5", "d84b87b448", "e29b86ab6b", "eab407b5dd", "f843d46758", "fcd2266a66"],
            "dixy": ["2000144529", "2000200961", "2000225116", "2000225117", "2000326563", "2000587951", "ЦТ0000119"],
            "perekrestok": ["4249222"],
        }, "instant coffee (powder, granulated, freeze-dried, «молотый в растворимом»), any brand and size; no "
           "title states jar or pack, so «в банке» cannot be checked and every instant coffee is accepted (as set "
           "zh did for «в пакете»; judgement). Titles without the word taken as instant by outside knowledge: "
           "Bushido Original, Московская кофейня «Коломбо» 95 г, Nescafé Classic 95 г, Nescafé Gold Alta Rica, "
           "Jacobs Монарх Интенс 95 г. 3-in-1 coffee drinks (incl. Пятёрочка «Кофейный напиток Nescafe Classic, 7х18 г»), chicory, ground/bean coffee, L'OR capsules and coffee "
           "cosmetics excluded"),
        ("сахар рафинад 1кг", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["10E0076829", "2000468691"],
            "perekrestok": ["4092763"],
        }, "white refined lump sugar (рафинад = pressed/кусковой sugar) in a 1 kg pack: Русский сахар "
           "прессованный/кусковой, Дикси «Сахар прессованный, 1 кг»; Чайкофский «Сахар-песок Рафинированный 900г» "
           "(granulated), 500 g/250 g lump packs and cane lump sugar excluded"),
        ("сгущенку рогачёв 2 банки", {
            "pyaterochka": [],
            "magnit": ["1000129520", "1000383833", "dedd707721"],
            "dixy": ["2000014518", "2000186451"],
            "perekrestok": ["3376242", "4147345"],
        }, "Рогачевъ sweetened condensed milk (с сахаром / цельное), any can size; «2 банки» is a quantity. "
           "Рогачевъ варёная (Егорка) and «с кофе» condensed milk (as in set g) and Рогачевъ butter excluded"),
    ]),
    # L24 children's treats
    ("жевательный мармеладик, сок j7 апельсин 0.97, попкорн", [
        ("жевательный мармеладик", {
            "pyaterochka": ["3694097"],
            "magnit": ["5b2fa61fb1", "78cd5088f9", "a53d8621de", "c05e22f287"],
            "dixy": ["2000543569", "2000586474", "2000587811", "2000602472"],
            "perekrestok": ["3682141"],
        }, "chewing (gummy) marmalade of any brand/shape; Chupa Chups «Страйпсы» accepted as chewing marmalade "
           "belts (outside knowledge). Jelly marmalade (Азовская, Ударница, Живые конфеты, Lucky Days, Эко "
           "ботаника, Белевская), marmalade «в яйце с игрушкой» (type not stated), chewy candies (Fruittella, "
           "Mentos, Konti, Halls) and chewing gum excluded"),
        ("сок j7 апельсин 0.97", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000107420"],
            "perekrestok": [],
        }, "J7 orange juice 0.97 l: Дикси «Сок J7 Апельсин с мякотью ... 0,97 л»; J7 orange 0.3 l and the 0.85 l "
           "«Продукт питьевой» excluded, as are J7 apple juice and Мажитэль J7 whey drinks"),
        ("попкорн", {
            "pyaterochka": ["3468689", "3468690"],
            "magnit": ["46f4e81d8d", "9a0d8685f6", "ee4d3c9d31", "ef99bfd896", "fa4c1add36"],
            "dixy": ["2000284017"],
            "perekrestok": [],
        }, "popcorn of any flavour, ready or for the microwave"),
    ]),
    # L25 sauces and household
    ("кетчуп томатный хайнц, майонез провансаль 800 мл, таблетки финиш для посудомойки, освежитель глейд", [
        ("кетчуп томатный хайнц", {
            "pyaterochka": ["2157309"],
            "magnit": [],
            "dixy": ["2000033799", "2000538777"],
            "perekrestok": ["4116830", "4154517", "4157702", "4274973", "4295651"],
        }, "Heinz ketchup «Томатный» (the variety written), any size, incl. «Heinz Pikador томатный»; other Heinz "
           "ketchups (Острый, Итальянский, для гриля, с чесноком, укроп-петрушка), Дикси «Pikador Томатный» "
           "without Heinz (as in set zh) and other brands' tomato ketchups excluded"),
        ("майонез провансаль 800 мл", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0045065"],
            "perekrestok": ["3193489"],
        }, "Провансаль mayonnaise in an 800 pack: Дикси Слобода 800 мл and Перекрёсток Слобода 800 г (the written "
           "number matches; judgement); 650-770 g/ml and 900 ml/g packs and smaller ones excluded"),
        ("таблетки финиш для посудомойки", {
            "pyaterochka": [],
            "magnit": ["129779f2b2", "148c738f30", "811d49bac8", "aa9c917668", "b57c035dcb", "bf2da7cbfb",
                       "bf6352e294", "cc12d9a881"],
            "dixy": [],
            "perekrestok": [],
        }, "Finish dishwasher tablets of any line and count (All in 1, Quantum, 0%, Powerball); Finish machine "
           "cleaner «в таблетках, 3шт.», powder, salt, rinse aid and cleaning liquids excluded"),
        ("освежитель глейд", {
            "pyaterochka": ["20712", "3212818", "3411982", "38668"],
            "magnit": ["42fe42c702", "4c2ba72398", "50ca75614b", "7502cd94c3", "82650cc4a1", "a83cb55b28",
                       "a9459b85ec", "ab92bcd615", "cb27516695", "d012e0d603", "d577be321d", "f5c85ed1cb"],
            "dixy": [],
            "perekrestok": [],
        }, "Glade air freshener aerosols of any scent; refill cans for the Glade Automatic dispenser (сменный "
           "баллон / запасной блок, 269 мл) excluded as they do not work on their own (judgement)"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fys"))
