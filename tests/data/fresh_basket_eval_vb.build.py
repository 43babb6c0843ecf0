#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vb.jsonl -- shopping lists of two students who share a flat, cook cheaply
together and split the list in a chat, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vb.build.py

LISTS below is literal data: 25 lists (3-5 items, 91 items) as the flatmates would type them to a
Telegram bot, and for every item the product ids of every in-stock offer of each store that a reasonable
shopper who wrote exactly that item would accept.  The list texts were written before any offer was read
and saved in fresh_basket_eval_vb.blind_lists.txt (read-only); this script checks that every list text
equals that blind draft (apart from the items recorded in REPLACED, none) before building.  Candidate
titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё folded to е) and read one by one; the note of each item records what was
accepted, what was deliberately left out and any judgement that rests on outside knowledge.  An empty
list means the store has nothing acceptable (the item is "missing" there).  The labels were made without
reading or running the tool being evaluated.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and writes the JSONL
in the format of real_basket_eval.jsonl.  List ids are fvb01, fvb02, ... in LISTS order; every list is in
split "fresh".  labelled_lists.stats prints the counts quoted in fresh_basket_eval_vb.README.md.
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vb.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vb.blind_lists.txt")

# Items replaced after labelling because a whole list was empty in all four stores:
# {list id: [(blind item text, replacement item text), ...]}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvb01
    ("макарохи 2 пачки, сосиски молочные пачку, кетчуп к макарохам, сыра кусок подешевле", [
        ("макарохи 2 пачки", {
            "pyaterochka": ["94425", "2049747", "94429", "94430"],
            "magnit": ["e60106f6b1", "2c49a7a5d2", "7d3bf66fd0", "6e98aa8b36", "f20a2d2027", "5296e76f4b",
                "3578fbe574", "c058112781", "54953eed21", "9332b0bf64", "7e1d66d2df", "af7a5a4e7c", "eb8a3570e8",
                "8ec199aafc", "6d2462031e", "61313f9ca5", "06594d00ff", "4cae925c1a", "3bb34798f6", "a5c4322325",
                "3563bce441", "0facf2dd98", "bcb882d827", "367d4ecfc8", "811f1a2896"],
            "dixy": ["2000224712", "2000280926", "2000320175", "2000016649", "2000590812", "2000302407", "ЦТ0046806",
                "T000015331", "ЦТ0046807", "ЦТ0046808", "2000002143", "2000347024", "T000015329", "ЦТ0021284",
                "2000573915", "2000575212", "2000588314", "2000544352", "2000411998", "2000004708", "2000005384",
                "2000005385", "2000005386", "2000418252", "2000288871", "2000288865", "2000572794", "2000437863",
                "2000572792", "2000349519", "2000299086"],
            "perekrestok": ["3446522", "3501218", "3435295", "82761", "4360107", "52306", "62190", "4199587",
                "4266382", "4300500", "4274091", "4274093", "4274071", "4329570", "3435300", "3501222", "4329571",
                "4340660", "3435299", "4328907", "4340661", "3501219", "4336730", "4340662", "82772", "82766",
                "4117154", "4273869", "4273871", "4347044", "3623096", "3501223", "3435297", "4273870", "4117174",
                "82760", "4351513", "4323866", "4273872", "4324026", "4117113", "4117157"],
        }, "any dry pasta titled Макароны/Макаронные изделия or by shape (спагетти, перья, рожки, спирали, вермишель, пенне, фарфалле, фузилли, ракушки, улитки, звёздочки, risoni, птитим, гнёзда), incl. coloured/spinach, Роллтон «с оливковым маслом» and gluten-free (pea, corn-rice, buckwheat) pasta; ВЕРОНИ/АИДА «Лапша» accepted because titled as макароны; titles that start «Лапша» (egg/lagman noodles), фунчоза, соба, instant Роллтон вермишель, lasagne sheets, «Макароны по-флотски» and other ready dishes, pasta-shaped cheese, ice-cream «рожки» and macarons excluded; «2 пачки» is a quantity"),
        ("сосиски молочные пачку", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83"],
            "dixy": ["2000300143", "2000322511", "2000125037", "2000602632", "2000572752", "2000600471"],
            "perekrestok": ["3416253", "3198697", "4175216", "4100629", "3464086", "3390152", "4276248", "4329781"],
        }, "sausages of the «Молочные» variety (any maker, incl. Вязанка «молочные» and Индилайт «Молочные из индейки», and 100 g weighed Магнит lines); Вязанка «Молокуши», Окраина «с натуральным молоком», other varieties and «Колбаса Молочная» excluded; «пачку» is a quantity"),
        ("кетчуп к макарохам", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": ["c112734da7"],
            "dixy": ["2000552955", "2000143225", "2000143160", "2000033799", "2000538777", "2000567792",
                "2000567791", "2000207279", "2000194769", "2000207290", "2000207280", "2000551592", "2000309687",
                "2000320468", "2000193817", "2000224973", "2000603860", "2000604791"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157803", "4157356", "4274972", "4157697",
                "4225365", "4274971", "4157703", "4116848", "4157704", "4154517", "4157702", "4116830", "4274973",
                "4312325", "4078080", "4078077", "4282684", "3691258", "3054047", "3054048", "2157567", "3970015",
                "4044938", "3673189", "3941585", "3446697", "3941584", "2157566", "3673190", "4149866", "4149867",
                "4149865", "4227924", "4227925", "4227926", "4227927", "4227928", "4227930", "4227932", "3652684",
                "3684511"],
        }, "every product titled ketchup (Кетчуп/«Кетч.»), any flavour, incl. Магнит «Кетчуп СЕМЕЙНЫЕ СЕКРЕТЫ, Соус по-грузински» and Помидорка «Аджика» (both sold as ketchup); Cheetos ketchup snacks and tomato sauces excluded; «к макарохам» is a purpose, not a filter"),
        ("сыра кусок подешевле", {
            "pyaterochka": ["3356581", "3367104", "3637088", "6e1075104f"],
            "magnit": ["8000032666", "1000578533", "1000578272", "1000371470", "1000500641", "1000500639",
                "1000500634", "1000426484", "1000261594", "1000280920", "8555af9284", "de08dbdc63", "f524067ea6",
                "1000367086", "1000367084", "4cef7f7bed", "1000387429", "07ea28435e", "1000316963", "1000242775",
                "1000451006", "1000242776", "1000316960", "1000316962", "1000316961", "f7f5ec29c3", "9c07667d61",
                "1000372106", "e1ddb3122f", "bdf248d14f", "f6d00325e6", "9b0afa1bae", "1899800173", "48c9a80520",
                "8000068573", "59a960bc76", "4a1b7dbb6f", "8000077476", "f58b273104", "959ebe85ab", "1000153883",
                "e7e41c2d16", "1000074377", "13cdfe21e3", "1000564747", "a296745f42", "1000567797", "f3ad590715",
                "1000368974", "f1ec862f1b", "6d81c195d5", "8000032665", "612aa92a54", "1000057898", "19a309a351",
                "1000384143", "0dc02300a0", "267e62ed23", "0ff9b3b851", "1000332012", "1000464833", "6fea2c6791",
                "90021816c1", "f55c16f629", "1000358774", "1a90d33db1", "1000417247", "1000352345", "1000565717",
                "1000383360", "8000040121", "eea589ee34", "27147c26e5", "aa8307af5f", "632a4664e6", "1000512567",
                "0086507076"],
            "dixy": ["2000317363", "2000588771", "2000420018", "2000302672", "2000331952", "2000397447",
                "2000397412", "2000184737", "2000325240", "2000176772", "2000279127", "2000281063", "2000418432",
                "2000282400", "2000209050", "2000597551", "2000300247", "2000407435", "2000566494", "2000541532",
                "2000578152", "2000579911", "2000277065", "2000578151", "2000557813"],
            "perekrestok": ["4280949", "4357611", "4289617", "4003954", "4203083", "4296930", "3500346", "4353316",
                "3496416", "3958445", "3668882", "3629975", "4370306", "4133358", "4282006", "3505826"],
        }, "real cheese sold as a piece (block, wedge, weighed piece, whole small wheel, brine cheeses in a block: брынза, сулугуни, адыгейский, халлуми; also Emandhof «колотый» chunks); sliced (нарезка/ломтики/слайсы), grated, mozzarella/чильеджина/боккончини/scamorza balls, рикотта, маскарпоне, буррата, страчателла, string cheeses (чечил, косичка, коса, пряди, спагетти), assortments, processed, curd and cream cheese, Фетакса and Экомилк «Фетика», tofu, «Продукт По-Российски» and snack boxes excluded; outside knowledge: Президент «Мастер бутерброда» taken as processed slices, Город сыра «Гурманский копченый» and Гиагинский «Охотничий, копченый» taken as smoked processed/pasta-filata cheese (excluded); titles that do not state the form (e.g. Пятёрочка Valio «Чеддер» 120 г) accepted as pieces; «подешевле» is a wish"),
    ]),
    # fvb02
    ("гречу\nяйца десяточек\nмаслице сливочное 82\nбатон белый свежий", [
        ("гречу", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "2000180341", "2000539995",
                "2000219613", "1030037286"],
            "perekrestok": ["3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178", "4009020",
                "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448", "4090171", "4019310",
                "3603166", "39155", "3667612", "4059000", "3696237", "3477255", "3231481", "3600743", "3493533",
                "3994791"],
        }, "buckwheat groats (ядрица/продел, incl. boiling bags and quick-cooking); green buckwheat, flakes, flour, soba, porridges, ready dishes and Перекрёсток plain «Гречка» without weight (taken as a ready side dish, outside knowledge) excluded; no Магнит offer"),
        ("яйца десяточек", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "1000247190", "e5202b5cfd", "1000247378",
                "1000247384", "1000247234", "1a8d487cea", "2047000033", "1000247393"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
                "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "3421287",
                "3914040", "3001671", "4236458", "3355250", "4085790", "4085792", "2109476", "4085791", "2131763",
                "3182856", "3182853", "4012802", "4352464", "3356111", "3432532", "2131762"],
        }, "chicken eggs in packs of 10, any category (С0/С1/С2/отборные/высшей категории); packs of 6/15/20/30, quail eggs, Kinder Joy and chocolate eggs excluded"),
        ("маслице сливочное 82", {
            "pyaterochka": ["3993159", "3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                "1000433642", "87355db645", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643",
                "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831",
                "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["4175276", "3999749", "3413519", "3643092", "3637761", "34890", "3628337", "4260609",
                "3026226", "4113532", "4188099", "4188102", "3434127", "4281083", "3963777", "3612778", "4310021",
                "4055506", "86149", "3369241", "3698785", "3287314", "3396544", "3657363", "4292462", "4343792",
                "3699369", "4196090", "3953367", "4135603", "3922315", "3654551"],
        }, "butter 82 % or 82.5 % (Традиционное, сладкосливочное, «Масло ИЗ ВОЛОГДЫ», Тольяттимолоко «Традиционное 82.5%»); 72.5 % (Крестьянское), butter without a stated fat, chocolate butter, ghee and spreads excluded"),
        ("батон белый свежий", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d"],
            "dixy": [],
            "perekrestok": ["4318510", "4264947", "2065120", "4329401", "3680023", "4102687", "4329402", "4157283",
                "78011178"],
        }, "white loaves titled «Батон» (нарезной, молочный, к завтраку, новый, горчичный); отрубной and зерновой batons, baguettes, «Булка Рижская» and «батончик» excluded; «свежий» is a wish"),
    ]),
    # fvb03
    ("пельмени самые дешевые кг, сметана 15% стаканчик, майонез провансаль большой", [
        ("пельмени самые дешевые кг", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4",
                "dabbb02c05", "f4f41d5103", "72632b1f85"],
            "dixy": ["2000596852", "2000596851", "2000282673", "2000558274", "2000318344", "2000411354",
                "2000565192"],
            "perekrestok": [],
        }, "pelmeni of any filling and maker incl. Горячая штучка «Бульмени» (Дикси titles them only «Бульмени»); «кг» read as the amount wanted (pelmeni are also sold loose by weight), not a pack filter; хинкали, равиоли and fish pelmeni excluded; «самые дешевые» is a wish"),
        ("сметана 15% стаканчик", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874",
                "c90113311e", "1000082622", "1899900582", "1000372785", "2645f50028", "b699c0f510", "1000208902",
                "8000035449", "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404",
                "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470",
                "29910", "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, "sour cream exactly 15 % (incl. lactose-free and «из топлёных сливок»); 10/20/25/30 % and the flavoured Пятёрочка «пикантная с чесноком» excluded; «стаканчик» (cup) cannot be checked from titles and is not used as a filter"),
        ("майонез провансаль большой", {
            "pyaterochka": [],
            "magnit": ["1000498096", "1000558908", "ddda8365b8", "53cac67445", "1000554514", "1000169172",
                "f0f427f9d4", "1728400030", "1000422623", "1000348713"],
            "dixy": ["2000593851", "2000409572", "2000156539", "2000265607", "2000000160", "ЦТ0045065", "2000539317",
                "2000602611", "2000202369", "2000306265"],
            "perekrestok": ["4339442", "4259097", "4331497", "3419671", "3193489", "4199312", "3029014", "4112954"],
        }, "mayonnaise whose title says Провансаль (incl. the brand Московский Провансаль and its Домашний/Сливочный/перепелиные variants, «с лимонным соком») in packs of at least 500 g/ml (575–900); packs up to 425 ml, mayonnaise without «провансаль» (оливковый, классический, Heinz) and майонезный соус excluded"),
    ]),
    # fvb04
    ("кофе растворимый nescafe, сахар кг, печенье юбилейное 2 шт", [
        ("кофе растворимый nescafe", {
            "pyaterochka": [],
            "magnit": ["fcd2266a66", "e29b86ab6b", "5ed1824f2e", "5937914f18", "67ebe44e72", "eab407b5dd",
                "07b5ff6b13", "45760b0392", "0c262c177c", "75165edd66", "9b7c8128ee"],
            "dixy": ["2000587951", "2000225117", "2000225116", "2000144529", "2000326563", "ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé instant coffee: Classic, Classic Crema, Gold, Gold Aroma, Gold/Barista «молотый в растворимом», «сублимированный с молотым», Дикси «Gold Alta Rica» (taken as instant, outside knowledge); Nescafé 3в1 sachets and Пятёрочка «Кофейный напиток Nescafe Classic 7х18 г» (a coffee drink, not instant coffee) excluded"),
        ("сахар кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs (the written «кг» names the standard pack, as in fresh_basket_eval_g); 900 g and 750 g packs, lump/pressed sugar, cane, vanilla and coconut sugar, сахарная пудра/вата excluded; Перекрёсток «Сахар Советский Экстра, 1кг» taken as granulated (form not stated)"),
        ("печенье юбилейное 2 шт", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "858769ffec", "68b382d22e"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every Юбилейное cookie (традиционное, молочное, с глазурью, Овсяное); Юбилейная sausage and Julius Meinl «Юбилейный» coffee excluded; «2 шт» is a quantity"),
    ]),
    # fvb05
    ("рис круглый кг, бедрышки куриные кг, лучок пару штук, морковка 3 штуки", [
        ("рис круглый кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain white rice in 1 kg packs — none exists (round rice comes in 900 g, 500 g, 4×125 g and 5×80 g packs), so missing everywhere; «кг» names the pack as for sugar; long-grain, parboiled, risotto (Бальдо) and rice mixes excluded"),
        ("бедрышки куриные кг", {
            "pyaterochka": [],
            "magnit": ["83c54dfa06", "6bf2d45df8", "d9a7978145"],
            "dixy": ["2000581594"],
            "perekrestok": ["2160048", "3683728", "78004576"],
        }, "raw chicken thighs with or without bone (бедро, филе бедра); «кг» is the amount wanted for weighed meat; Магнит «БЕДРО КУРИНОЕ гриль, охлажденное» taken as raw thighs for grilling (says охлажденное, outside knowledge); turkey and beef thighs excluded"),
        ("лучок пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (лук репчатый loose, in nets or packs, red, peeled fresh); dried/ground onion excluded; «пару штук» is a quantity"),
        ("морковка 3 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "3463356", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots (loose, washed, packed, mini, «для сока»); boiled carrots and Korean carrot salads excluded"),
    ]),
    # fvb06
    ("овсянка геркулес большая пачка\nмолоко 2.5% для каши\nбананчиков пару\nмедок к чаю", [
        ("овсянка геркулес большая пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000222892", "2000005395"],
            "perekrestok": ["4157124", "4005492", "3469028", "3421663", "6752", "24926"],
        }, "rolled-oat flakes whose title says Геркулес in packs of 500 g or more («большая пачка» read against the common 350–450 g packs); 400–450 g Геркулес packs, oat flakes not called Геркулес, flavoured instant porridge sachets excluded"),
        ("молоко 2.5% для каши", {
            "pyaterochka": [],
            "magnit": ["1051242602", "1000143306", "1812450029", "cfca1c1906", "ef94b89629", "1000418036",
                "8000029029", "1000563706", "1000035016", "1000037901", "1000445487", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384",
                "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "drinking cow milk labelled exactly 2.5 % (pasteurised/UHT, incl. children's Агуша 2.5 %); топлёное 2.5 %, other fats and ranges excluded; «для каши» is a purpose"),
        ("бананчиков пару", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (incl. Био and red bananas); «Бананы для жарки» (plantains), dried/вяленые bananas and banana-flavoured goods excluded"),
        ("медок к чаю", {
            "pyaterochka": [],
            "magnit": ["ec1ad9dc52", "dadb78005d", "384d8d8201", "44c60c9317", "980d05dc00", "928ff089d4",
                "39fc837a1f"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["4320670", "4320672", "3687699", "4320671", "3479121", "4340911", "3687698", "3687710",
                "4316603", "4316605", "3467507", "4331449", "4355859", "4340910"],
        }, "natural honey of any kind (цветочный, липовый, гречишный, горный, акациевый…, incl. Магнит Берестов «Мед Уссурийский бальзам» — titled honey); крем-мёд with berries/nuts, honey-flavoured goods and медовуха excluded"),
    ]),
    # fvb07
    ("губки для мытья посуды подешевле, fairy побольше, мусорные мешки 60л прочные, туалетка 8 рулончиков", [
        ("губки для мытья посуды подешевле", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen dish sponges (Магнит «Губки для посуды … Макси, 5шт.»); metal scourers (a separate item in fvb21), shoe sponges and bath sponges excluded"),
        ("fairy побольше", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6",
                "b3ebaa28e5", "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1", "7c5bd74e06"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "Fairy dishwashing liquid of any scent and size; Fairy dishwasher tablets excluded; «побольше» (a bigger bottle) is a comparative wish, not a size filter"),
        ("мусорные мешки 60л прочные", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l refuse bags (Магнит «Мешки для мусора … Био ушки 60л»); «прочные» cannot be checked from titles and is treated as a wish"),
        ("туалетка 8 рулончиков", {
            "pyaterochka": [],
            "magnit": ["9a0bd598be", "6189f05c16", "be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "toilet paper in packs of 8 rolls (Перекрёсток Zewa «8шт» = 8 rolls); packs of 4/6/12 and moist toilet paper excluded"),
    ]),
    # fvb08
    ("lays краб большая пачка, кириешки любые, кола 1.5, семечки черные", [
        ("lays краб большая пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's crab crisps in a big pack — only a 37 g Дикси assortment (зеленый лук/сметана и зелень/краб) exists, excluded as small, so missing everywhere; other Lay's flavours and Русская картошка «Камчатский краб» excluded"),
        ("кириешки любые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons of any flavour — no offer carries the brand; other croutons and гренки (Хрусteam, Фишка, Воронцовские…) excluded as another brand"),
        ("кола 1.5", {
            "pyaterochka": [],
            "magnit": ["93578a0da7"],
            "dixy": ["2000562693"],
            "perekrestok": [],
        }, "cola drinks in 1.5 l bottles: Магнит Добрый кола 1,5 л and Дикси Добрый Кола без сахара 1,5 л (plain «кола» accepts zero-sugar cola); colas of 0.33/0.5/1 l, Pepsi Dark Vanilla 0.5 l and rum-cola beer drinks excluded"),
        ("семечки черные", {
            "pyaterochka": ["a42f313fd4"],
            "magnit": ["166510f6cc", "5cbde10c7f", "c07c5cf8b5", "a9efec4e65", "83a6516715"],
            "dixy": ["2000277205", "2000540213", "2000196729", "2000151864", "2000228392", "2000300666",
                "2000433743"],
            "perekrestok": ["4373719", "4066293", "4155183", "85158", "3360327", "3338822", "4260366", "3014404",
                "3652924", "3358404", "4004281", "3072541", "3403508", "3669391", "3669122", "3624461", "3469303",
                "3677347", "3331102", "3276168", "3276166", "3664432", "4066289", "3674375", "3248290", "3248291",
                "3473272", "3473273", "3916662", "3671291", "3619418", "3613320", "3630849", "3449918", "3444686",
                "3642467", "3695680", "3669392"],
        }, "roasted black sunflower seeds in shell of any brand (От Мартина, Бабкины, От Атамана, Джинн, Белочка, Гудок, Богучарские, Кукусики, Ciko «чёрные»…), salted or not; white («Белые») and striped («полосатые») seeds, pumpkin seeds, peeled kernels and seeds with peanuts excluded; seeds whose titles give no colour taken as black (the default, outside knowledge), incl. Джинн «Солнечный великан»"),
    ]),
    # fvb09
    ("вареники с картошкой пачку, наггетсы пачку, смесь овощная замороженная", [
        ("вареники с картошкой пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000364412"],
            "perekrestok": [],
        }, "vareniki with potato filling (Дикси Цезарь «с картофелем и жареным лучком»); potato-and-mushroom, potato-and-spinach, cherry and cheese vareniki excluded (a different filling)"),
        ("наггетсы пачку", {
            "pyaterochka": [],
            "magnit": ["a36ebb7d8a", "5c691fa75f", "fd1fdcfdd7"],
            "dixy": [],
            "perekrestok": [],
        }, "nuggets of any poultry (Золотой Петушок, Мираторг куриные, Индилайт turkey nuggets); стрипсы and Пятёрочка Мираторг «Стрип.кур.» excluded"),
        ("смесь овощная замороженная", {
            "pyaterochka": ["01f08f3a91"],
            "magnit": ["cc44dd55a3", "4cbe28f105", "5fc59cf2f7"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen vegetable mixes: Пятёрочка «Смесь овощная быстрозамороженная … Каталонская с соусом», Магнит Хортекс брокколи-цветная капуста, Vитамин «Итальянская», ЕКО «по-сицилийски» (taken as frozen, outside knowledge); Бондюэль «Мексика микс 310г» taken as canned (excluded), fresh cut mixes (Маркет Fresh, Белая Дача), single frozen vegetables and mixes with meat/rice excluded"),
    ]),
    # fvb10
    ("спагеттины макфа, фарш подешевле, томат паста, чеснок одну головку", [
        ("спагеттины макфа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000302407"],
            "perekrestok": [],
        }, "Makfa spaghetti: only Дикси «Makfa Capellini» (long thin spaghetti); Магнит «Макароны длинные MAKFA» (long tubular macaroni, outside knowledge) and Перекрёсток «Вермишель Makfa длинная шпинатная» (spinach) excluded, as are other Makfa shapes and other brands' spaghetti"),
        ("фарш подешевле", {
            "pyaterochka": [],
            "magnit": ["b77abe71d3", "1f9a3b6240", "0376e5e67d", "7a27d3e67f"],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["3681614", "4288090", "4013", "7354", "4364589", "4357432"],
        }, "raw minced meat of any kind (beef, pork, mixed «домашний», turkey Индилайт); fish mince (минтай) and stuffed olives excluded"),
        ("томат паста", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000521414", "2000569071", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste of any brand and size (incl. sachets and 70 g pyramids); ketchups and tomato sauces excluded"),
        ("чеснок одну головку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "77278", "4018137", "51157"],
        }, "fresh garlic heads (loose, packed «1 шт», «ранний», Фермерский 150 г); dried, granulated, ground, grated, smoked, salted garlic, garlic salt and peeled cloves (Фермерский «зубчиками») excluded"),
    ]),
    # fvb11
    ("дошики 5 шт, яйца с1 десяток по акции, сосиски по акции", [
        ("дошики 5 шт", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Доширак instant noodles (Пятёрочка and Перекрёсток «чан рамен»); «дошик» is read as the brand, so Роллтон, BigBon and other instant noodles are excluded, as are Доширак potato puree pots"),
        ("яйца с1 десяток по акции", {
            "pyaterochka": [],
            "magnit": ["3454700001", "e5202b5cfd", "1000247384", "2047000033", "1000247393"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "chicken eggs of category С1 («1 категории») in packs of 10; С0/отборные, С2, высшей категории and packs of 6/15/20/30 excluded; «по акции» is a wish"),
        ("сосиски по акции", {
            "pyaterochka": ["3631905", "3306014", "16676bb3f8"],
            "magnit": ["9323828a10", "5ee4bc3c3d", "d08287067b", "9b4b38b86e", "7c9f298d18", "c7e784766f",
                "c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83", "a71ef90bc4", "c09ecd22ea", "37c028c01a",
                "61299796c8", "5215d6a234", "2dd98ca456", "119aa8a644", "1e5c44f755"],
            "dixy": ["2000513172", "2000418174", "2000565391", "2000592098", "2000308550", "2000566633",
                "2000300143", "2000190007", "2000279644", "2000174171", "2000330718", "2000326151", "2000324158",
                "2000577622", "2000322511", "2000595013", "2000286260", "2000566631", "2000316003", "2000563472",
                "ЦТ0047282", "2000125037", "2000602632", "2000318804", "2000231293", "2000572752", "2000600471",
                "2000424551", "2000528072", "2000181981"],
            "perekrestok": ["3416253", "3489558", "4051414", "3198697", "3207022", "4135356", "4169220", "4169216",
                "3653933", "4175216", "4100627", "4100629", "3347588", "4062689", "4045571", "4279045", "4339153",
                "4337767", "4081069", "4337765", "3464088", "3464086", "4241464", "3359555", "4353596", "4077764",
                "4316920", "4221323", "3460864", "3330134", "3390152", "3486631", "3443810", "4276248", "3697463",
                "3635837", "3434237", "4342912", "4329781", "4343709", "4332703", "4321243", "4276249", "4344479"],
        }, "any сосиски (all makers and meats, incl. children's and filled with cheese); сардельки and dishes «с сосисками» excluded; «по акции» is a wish"),
    ]),
    # fvb12
    ("кофе 3в1 пачка, чай черный пакетики побольше, сгущенка по акции", [
        ("кофе 3в1 пачка", {
            "pyaterochka": [],
            "magnit": ["7b7ccd7e8a", "4be2b27047", "d340d565fe"],
            "dixy": [],
            "perekrestok": [],
        }, "3-in-1 coffee drinks sold as a multi-sachet pack (Московская кофейня 3в1 20 пакетиков, Nescafé 3в1 Strong 20 пакетиков, Жокей 3в1 10х12г); single sachets excluded because «пачка» asks for a pack; Jacobs 4в1, cappuccino and Пятёрочка «Кофейный напиток Nescafe Classic 7х18 г» (not stated 3в1) excluded"),
        ("чай черный пакетики побольше", {
            "pyaterochka": ["18087", "510", "3141303", "2070399"],
            "magnit": ["f27576dc9c", "8e34db68c9", "8c57f14bbe", "262636efc4", "539736f8c3", "1305f039da",
                "77d6909a1a", "c237948667", "79c875b985", "41cb31723f", "f528489d63", "1ce117e378", "62e44aad83",
                "91c9c098ea", "9ffe7d26ae", "f48f2ca4d2", "0b0945cde7", "62e737f079", "7304afe46d", "f2ec203f7f",
                "527c289095", "edf75508f3"],
            "dixy": ["2000520549", "2000289445", "2000568232", "2000224056", "2000335959", "2000295224",
                "2000601831"],
            "perekrestok": ["3338198", "3378336", "2095906", "2147890", "46398", "3440334", "3662837", "4206083",
                "2070399", "96196"],
        }, "unflavoured black tea in bags/pyramids/sachets (incl. Цейлон, Кения, English Breakfast, Азерчай «Букет», Greenfield Kenyan Sunrise / Золотой Цейлон, Curtis Delicate Black, Market Collection «Английский классический»); flavoured black teas (бергамот/Earl/Lord Grey, чабрец, мята, лимон, ягоды, фрукты, Pleasure, Forest Dream, Spring Melody…), assortments, loose-leaf tea and bottled iced tea excluded; «побольше» is a wish"),
        ("сгущенка по акции", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "1000003186", "1000427075", "cc9252c04f", "66294fd8e5",
                "1000129520", "dedd707721", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000186451", "2000014518"],
            "perekrestok": ["3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4218934", "4211054"],
        }, "sweetened condensed milk (сгущённое молоко с сахаром / цельное, any size, incl. the 1 % Пр!ст and Алексеевское 650 г); варёная сгущёнка, «с кофе», «вкус печенье», Моя цена «Продукт молочный Сгущенка» and sweets with condensed milk excluded"),
    ]),
    # fvb13
    ("доместос 1л, перчатки резиновые m, порошок стиральный подешевле, белизна для туалета", [
        ("доместос 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Domestos in a 1 l bottle — Domestos is offered only as 750 ml, 1.5 l, a 500 ml spray and a rim block, so missing everywhere"),
        ("перчатки резиновые m", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "household rubber gloves size M — no gloves in any offer; missing everywhere"),
        ("порошок стиральный подешевле", {
            "pyaterochka": [],
            "magnit": ["d8aa9ce5e8", "3372dfb7f6", "3c569d2305", "cf77b09c0c", "a728270b73", "eda27ccd92",
                "f93558c546", "2002145e39", "147d8a2d07", "d8210473b5", "9570abee2a", "84c2d44059", "933f2db840",
                "e486f7b53f", "e1ac0bab6d", "bed5eabde5", "240fe4229e", "95636dc9ca", "4d919fe5ff", "cc70715e17",
                "8d8c8ce3af", "9ec3c6b343", "4a43abe881", "0cfa8dff0c", "d01298315d", "eee3b0a174", "6d62d005d5",
                "21dd0bf72c", "e045589f41", "f7a5acd6cd", "0998583ce9", "0306390d77", "f400bf3623", "467ad72946",
                "32662031ca", "e08459da72"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry powder of any brand and size (Ariel, Persil, Losk, Tide, Миф, Bimax, Sorti, Дося/Dosia, Synergetic, Завод братьев Крестовниковых…); laundry gels and capsules, dishwasher powder and scouring powders (Comet, Пемолюкс) excluded"),
        ("белизна для туалета", {
            "pyaterochka": ["3413434"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Белизна» bleach: only Пятёрочка Sanfor «гель белизна 3в1» (taken as the Белизна-type chlorine gel, outside knowledge); Domestos, ACE bleach and toilet cleaners not named белизна excluded; «для туалета» is a purpose"),
    ]),
    # fvb14
    ("пшенка кг, тушеночка говяжья, лук репчатый килограмм", [
        ("пшенка кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats in 1 kg packs — only a 400 g boiling-bag millet exists (and a rice-millet mix), so missing everywhere; «кг» names the pack as for sugar"),
        ("тушеночка говяжья", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b"],
            "dixy": ["2000313236", "2000408120", "T000000869", "2000258591", "2000192964", "2000415753",
                "2000220776", "2000302684", "2000557431"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef («Говядина тушеная», any maker/size); pork, turkey, horse meat and meat-and-cereal cans excluded"),
        ("лук репчатый килограмм", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (лук репчатый loose, in nets or 500/600 g packs, red, peeled); «килограмм» is the amount wanted; dried onion excluded"),
    ]),
    # fvb15
    ("пиццы замороженные 2 шт, пива светлого 4 банки, арахис соленый большую пачку", [
        ("пиццы замороженные 2 шт", {
            "pyaterochka": ["3482556"],
            "magnit": ["6ac714280b", "a3ef730a3c", "2fa3e5ac5d"],
            "dixy": [],
            "perekrestok": ["4216530"],
        }, "frozen pizza: Пятёрочка Dr.Oetker Ristorante, Магнит Ла Траттория ×2 and Цезарь (taken as frozen, outside knowledge, as in fresh_basket_eval_d/zh), Перекрёсток Zotman «Ice»; Перекрёсток «Пицца Римская … Маркет Collection» (not stated frozen) and Чебупицца excluded"),
        ("пива светлого 4 банки", {
            "pyaterochka": [],
            "magnit": ["b7be4e1cdf", "ec022e4637", "8f5e8411f3", "4b9214b25a", "69a66b3a0f", "5efbef1867",
                "ee4fd3d93d", "7e7ff281a0", "b22153f240", "e5d1876122", "42f69bfc00", "ae5974fdda", "f66314d40a",
                "b4204a2237", "63c65170c7", "9f7d0a8f2d", "409bf95866", "e2bedcaafd", "0c7af2aa41", "bc158ed1af",
                "cdadff0fd2", "c7cb3e4e83", "72ef636633", "2e39130955", "1b3181a9dc", "cff5b47f4d", "3ea97ca924"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light beer (светлое, пшеничное светлое, IPA светлое, пилсенер; incl. Эдельвайс «Напиток пивной» as a light wheat beer, as in fresh_basket_eval_zh); dark, alcohol-free and flavoured beer drinks and медовуха excluded; «4 банки» is a quantity (titles mostly do not state can or bottle)"),
        ("арахис соленый большую пачку", {
            "pyaterochka": [],
            "magnit": ["81631c53d8"],
            "dixy": [],
            "perekrestok": [],
        }, "salted roasted peanuts in a big pack: Магнит Семушка «жареный, соленый, 150г»; flavoured 70 g Chico&Rico packs and chocolate peanuts excluded"),
    ]),
    # fvb16
    ("рожки любые\nсыр твердый для пасты\nсливок 10% пачку\nшампиньоны свежие упаковку", [
        ("рожки любые", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "f20a2d2027", "367d4ecfc8"],
            "dixy": ["2000575212", "2000544352", "2000005384", "2000005385", "2000572794"],
            "perekrestok": ["4274071", "4340660", "3435299", "4328907", "82772", "4273871"],
        }, "macaroni «рожки»/«рожок» of any brand (incl. витой рожок, рожок-полубублик, рожок крупный, «Рожок Малютка» with tomato and spinach, Роллтон «Рожки с оливковым маслом», Моя цена 3 кг); Maltagliati «Chifferini Rigati» (title does not say рожки) and ice-cream cones excluded"),
        ("сыр твердый для пасты", {
            "pyaterochka": ["3388814", "3367104", "3637088", "6e1075104f"],
            "magnit": ["8000046709", "8000032666", "1000578533", "1000578272", "1000371470", "1000500641",
                "1000500639", "1000500635", "1000500634", "1000426484", "bb94e30976", "e2a74deed4", "8555af9284",
                "be2dd7f6c8", "1b8b3c9113", "f524067ea6", "1000367086", "1000367084", "1000387429", "07ea28435e",
                "1000316963", "1000242775", "1000451006", "1000242776", "1000316960", "1000316962", "1000316961",
                "f7f5ec29c3", "e1ddb3122f", "bdf248d14f", "f6d00325e6", "1000471929", "48c9a80520", "8000068573",
                "59a960bc76", "4a1b7dbb6f", "959ebe85ab", "1000153883", "e7e41c2d16", "1000074377", "13cdfe21e3",
                "1000564747", "a296745f42", "1000567797", "f3ad590715", "f1ec862f1b", "8000032665", "612aa92a54",
                "1000057898", "19a309a351", "1000384143", "0dc02300a0", "267e62ed23", "0ff9b3b851", "1000332012",
                "1000560446", "1000278400", "90021816c1", "ca5cdad8ff", "f55c16f629", "8000046707", "8000076647",
                "1000318957", "1000452314", "1000352345", "1000565717", "1000383360", "8000040121", "b10071458c",
                "eea589ee34", "8000072121", "31ddd058b1", "27147c26e5", "aa8307af5f", "632a4664e6", "1000512567",
                "0086507076", "1000526832", "8000027253"],
            "dixy": ["2000588771", "2000420018", "2000302672", "2000365650", "2000397447", "2000397412",
                "2000184737", "2000325240", "2000176772", "2000279127", "2000281063", "2000282400", "2000209050",
                "2000597551", "2000557451", "2000300247", "2000407435", "2000566494", "2000541532", "2000578152",
                "2000579911", "2000578151", "2000557813"],
            "perekrestok": ["4345021", "4357611", "4289617", "4003954", "4353317", "4003953", "3500346", "3500347",
                "4353316", "3496416", "3496419", "4300784", "3668882", "3629975", "4370306", "4274229", "4271631",
                "3501004", "3505826"],
        }, "hard and semi-hard cheese in any form (piece, weighed, sliced, grated, колотый chunks): parmesan, grana-type, гауда, российский, маасдам, тильзитер, чеддер, эдам, ламбер, etc., incl. flavoured semi-hard cheeses (с орехами, с томатом и базиликом, песто) and grated mixes; soft, white/blue-mould, brine (брынза, сулугуни, адыгейский, халлуми, фета), pasta-filata/string (моцарелла, скаморца, чечил, косичка, коса), processed, curd and cream cheese excluded; «для пасты» is a purpose"),
        ("сливок 10% пачку", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609",
                "3201860040", "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "cream exactly 10 % of any pack incl. «для кофе» and 10×10 g portion packs; 11/20/33 % cream, cream-flavoured goods excluded"),
        ("шампиньоны свежие упаковку", {
            "pyaterochka": [],
            "magnit": ["4de59ad542"],
            "dixy": ["DI00079986", "2000332389", "2000088639", "1100074529", "ЦТ0046651"],
            "perekrestok": ["4270844", "4051468", "59120", "3669839", "2071820", "4280106", "3685051", "4136012",
                "3622668", "3683919", "3652049", "4355283", "3950281", "6176"],
        }, "fresh champignons (white, royal/brown, mini, mixes, «для гриля», sliced fresh 300 g «резаные»/«кубики» and «в в/у» trays, loose weighed); canned (Bonduelle, Lutik, Pucci, Бояринъ, Lorado, Пятёрочка «ДСК Грибы Шампиньоны» and Перекрёсток 400 g «резаные» Маркет/Пр!ст, taken as canned as in fresh_basket_eval_g), marinated, frozen and ready dishes excluded"),
    ]),
    # fvb17
    ("хлопья кукурузные подешевле, молоко литр, йогурт не сладкий без добавок", [
        ("хлопья кукурузные подешевле", {
            "pyaterochka": [],
            "magnit": ["c07160a0f8", "2abeae8e6b", "898522f249", "d3e5f54fa9", "12df5755fb"],
            "dixy": ["2000577612"],
            "perekrestok": [],
        }, "corn flakes of any kind (plain, honey, glazed, cinnamon-honey); Хрутка «медовые» (not stated corn), 5-grain flakes and oat flakes excluded"),
        ("молоко литр", {
            "pyaterochka": ["3146538"],
            "magnit": ["1000351083", "8000079205", "1000139951", "1000156187", "18ca387556", "4e95f09bbf"],
            "dixy": ["2000328870", "2000328874", "2000511374", "2000273384", "2000560951"],
            "perekrestok": [],
        }, "drinking cow milk in 1 l packs (incl. lactose-free and the Дикси «924мл/1000мл», «0,93/1 л» assortments); 900–973 ml, 1 kg, 1.4 l+ packs excluded, as are goat, baked, flavoured and condensed milk"),
        ("йогурт не сладкий без добавок", {
            "pyaterochka": ["8487"],
            "magnit": ["1000181497", "8000087572", "dafd7c4dc4", "1000380540", "555ec5242d"],
            "dixy": ["2000537895", "2000585835", "2000596134", "2000366091", "2000297751", "2000569034",
                "2000253975"],
            "perekrestok": [],
        }, "plain unsweetened yoghurt: натуральный, классический and plain Greek yoghurts, drinking натуральный (Активия, Epica), lactose-free Free «Натуральный»; fruit/flavoured, sweet («Йогурт сладкий»), goat yoghurts (Перекрёсток goat biojoghurt; Магнит «Козочка с облачка без сахара» taken as goat, outside knowledge) and skyr (sold as кисломолочный продукт) excluded"),
    ]),
    # fvb18
    ("кофе якобс монарх растворимый подешевле, молоко 3.2 для кофе, овсяное печенье пачку", [
        ("кофе якобс монарх растворимый подешевле", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "0386d066d3", "d377483cd5", "88df1b0c73", "01f9dd25ee"],
            "dixy": ["2000200961"],
            "perekrestok": [],
        }, "Jacobs Monarch instant coffee (растворимый/сублимированный, Монарх Интенс — taken as instant, as in fresh_basket_eval_g) and Дикси «Monarch Miligrano растворимый с молотым» (the Monarch line sold without the Jacobs name); ground and bean Monarch, Jacobs Gold/Millicano and Nescafé excluded"),
        ("молоко 3.2 для кофе", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "8000081425", "1000244834", "1000172272", "1899800825",
                "8000026015", "1000553875", "8000026014", "1812450001", "1000323041", "1000139951", "1000049786",
                "1000445488", "be3e0e74c3", "1000127183", "1059990140", "8000058295", "4aff59ccac", "18ca387556"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951",
                "10J0077073", "2000589411", "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "drinking cow milk labelled exactly 3.2 % (pasteurised/UHT/sterilised, children's and lactose-free milk incl. Агуша, Тема, Аммм, Зелёная Линия «для детского питания», and Дикси Му-у «Для капучино» 3.2 % — fits «для кофе»); ranges 3.2–4/3.2–6, топлёное 3.2 % and other fats excluded"),
        ("овсяное печенье пачку", {
            "pyaterochka": ["3613448", "3613445"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000351526", "2000214298", "2000325940", "2000235792", "2000225711", "2000255652",
                "2000002140", "2000529080", "2000349045", "2000535032", "2000603633", "2000251113", "2000419389",
                "2000603032", "2000221434"],
            "perekrestok": ["3681160", "3681278", "4202831", "4017837", "4032428", "3035354", "4185824", "4283932",
                "3639545", "3658003", "4202786", "4202788", "4315655", "4284221", "3438892", "4123144", "4284222",
                "4315656", "4024594", "3218321", "2091843", "3412681", "4172266", "4172267", "3505244", "3901907",
                "3951119", "3901906", "2023501", "4283934", "4283939", "91535", "2023502", "4258982", "4113987",
                "4251005", "3603607", "4086029", "3613445", "3663100", "4050870", "3613448", "3643376", "4356039",
                "3688135"],
        }, "oat cookies of any maker and variety (classic, с изюмом, с шоколадом, on fructose/maltitol, children's ФрутоНяня, Юбилейное «Овсяное»); protein flapjacks/cookies (ProteinRex, Take A Bite) and yoghurt/puree «с овсяным печеньем» excluded"),
    ]),
    # fvb19
    ("целая курица подешевле, картошки 2 кило, лук 3 шт, масло подсолнечное литр, хлеб черный буханку", [
        ("целая курица подешевле", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75", "1782102a6a", "bba6e25510"],
            "dixy": [],
            "perekrestok": [],
        }, "whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА» and the whole flattened «Цыплёнок табака» (chilled and in marinade); parts, smoked/grilled chicken and duck excluded"),
        ("картошки 2 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "3987", "4342860", "3142878", "3142879", "3074469", "43968", "3092450",
                "4265670"],
        }, "fresh potatoes (loose, nets, washed packs, red, baby, «для жарки/варки», 1–3 kg bags — «2 кило» is the amount wanted, as in fresh_basket_eval_g); sweet potato, boiled, fried, frozen and the Магнит ready «Картофель АЙДАХО» excluded"),
        ("лук 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (лук репчатый loose, in nets or packs, red, peeled); dried onion excluded; «3 шт» is a quantity"),
        ("масло подсолнечное литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "DI00080540", "2000005808", "2000296713", "2000555852",
                "DI00079242", "2000005809", "2000003488"],
            "perekrestok": ["97647", "6275", "2093709", "2043188", "2068955", "2007886", "74883", "64128", "3426155",
                "23714", "21676", "4269568"],
        }, "sunflower oil, refined or unrefined, in 1 l bottles; 0.5/0.65/0.8/0.9 l and 1.7 l+ bottles, blends with olive/almond/linseed oil, flavoured oils and sprays excluded"),
        ("хлеб черный буханку", {
            "pyaterochka": [],
            "magnit": ["54f3720614"],
            "dixy": [],
            "perekrestok": ["78034810", "4149554", "3382146", "4329404", "3974719", "3931337", "3945535", "3126329",
                "3974720", "4074396", "3627134", "4148558", "4318513", "3658457", "2060872", "4276930", "3953836",
                "4361611", "78034786", "3631465", "3624125", "3617422", "2000243", "2024150", "4354623", "4049144",
                "4164733", "2053660", "3634576", "3965436"],
        }, "rye and rye-wheat bread (Бородинский, Дарницкий, ржаной, ржано-пшеничный, Столичный, Даниловский, Измайловский, Двинский, Вестфальский пумперникель, 100 % rye), whole, half or sliced loaves; judgement from outside knowledge: Столичный, Даниловский (Магнит «зерновой»), Измайловский and Двинский are rye-wheat breads, while «Ароматный», «Крестьянский», «Боярский», «Сельский» and «Ржевский» are not taken as black bread; the brand «Ржаной Край» (trap), bread with raisins, crispbread/хлебцы and rye ciabatta excluded; «буханку» is a quantity"),
    ]),
    # fvb20
    ("блинчики с мясом заморозка, котлетки замороженные, картошка фри", [
        ("блинчики с мясом заморозка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pancakes with meat — none on offer (only pancakes with cottage cheese or berries, Магнит's ready, not frozen, «с ветчиной и сыром» sold per 100 g, and Пятёрочка Останкино «с печенью», liver not taken as meat), so missing everywhere"),
        ("котлетки замороженные", {
            "pyaterochka": [],
            "magnit": ["8706d861f4", "a7684b72ad", "00beea1146"],
            "dixy": ["2000579232"],
            "perekrestok": [],
        }, "frozen meat/poultry cutlets: Магнит Морозко (говядина, с индейкой) and Ложкаревъ «куриные в панировке», Дикси Мираторг «По-киевски» (both taken as frozen, outside knowledge); chilled cutlets (охлажденные, Петелинка, Котлеты домашние), Мираторг «для бургеров» (taken as chilled), ready meals with garnish, fish burgers and cutlet mince excluded"),
        ("картошка фри", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000553851"],
            "perekrestok": ["3489169", "4326042"],
        }, "frozen French fries (Дикси «Картофель фри И зимой И летом», Перекрёсток «Картофель Фри замороженный» and «фри дольки»); Пр!ст «Картофель резаный быстрозамороженный» (not titled фри, as in fresh_basket_eval_zh) and chips excluded"),
    ]),
    # fvb21
    ("мыльце жидкое, мистер пропер для пола и стен, салфетки влажные пачку, губки металлические 2 шт", [
        ("мыльце жидкое", {
            "pyaterochka": ["2156702"],
            "magnit": ["0950efec36", "ece4ff1781", "88aee1bd17", "af1a4a2fd7", "a83d606130", "0cb75b0290",
                "5c167bfb88", "fcb39eaa2b", "c31e1b2585", "ef11e1d9b0", "395d3dc41c", "627234dc4a", "314189cc1c",
                "2539c26fd9", "e70ce68862", "f86784dad8", "c2cd737592", "ab93591c26", "aedf77402b", "195c09bcbd",
                "2d8d4f118f", "1f41be18d5", "05b54fbbbb", "71857a9509", "6cb0cbb9b8", "bbf17b51de"],
            "dixy": ["2000575551", "2000605356", "ЦТ0041378", "2000605355", "2000343460", "2000448582"],
            "perekrestok": ["4347139", "4250593", "4201031", "4201033", "3670708", "4276537"],
        }, "liquid hand soap incl. liquid cream soap in bottles/refills (крем-мыло 300 ml–3.5 l), foam soap («Мыло пенка») and children's liquid soap; bar soap, shower gels and dish soap excluded"),
        ("мистер пропер для пола и стен", {
            "pyaterochka": [],
            "magnit": ["ae95ec9c5b", "275fd6ca49", "cac8e32a0f", "494fcd17ad", "dc08e0632c"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "Mr. Proper liquid cleaners for floors and walls (1 l, 1.5 l, 500 ml, incl. Магнит «Моющее средство MR.PROPER, Лимон/роза, 500мл» — the classic floor-and-wall liquid, outside knowledge); Mr. Proper kitchen spray and Антижир excluded"),
        ("салфетки влажные пачку", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "337392b1b2", "4655517315", "9022eaa3a8",
                "36ac79cfc0", "2499871", "d50c79a365", "667fad1c9c", "bd449a17ff", "73ec40a66f"],
            "dixy": [],
            "perekrestok": [],
        }, "wet wipes of any kind (antibacterial, universal, children's Huggies/Pampers/Каспер); wipes for surfaces, intimate-hygiene wipes, moist toilet paper, dry napkins and facial tissues excluded"),
        ("губки металлические 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "metal scourers — none on offer; missing everywhere"),
    ]),
    # fvb22
    ("вермишель паутинка 2 пачки, яички, молоко любое, сахар 2 кг, масло сливочное пачку", [
        ("вермишель паутинка 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000015331"],
            "perekrestok": [],
        }, "«паутинка» vermicelli: Дикси «Makfa Паутинка»; other vermicelli (Makfa «Короткая тонкая», Barilla «Филини», Шебекинские лёгкая) excluded because the title does not say паутинка"),
        ("яички", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "1000247190", "e5202b5cfd", "1000247378",
                "1000247384", "1000247234", "8000092349", "1a8d487cea", "44e0856421", "2047000033", "1000247393"],
            "dixy": ["2000588991", "2000326489", "2000601112", "2000596671", "2000269323", "2000269325",
                "2000212529", "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4322003", "4201192", "4201194", "4168688", "4339427", "4364349", "4263543", "3392204",
                "4337164", "3421287", "3914040", "3001671", "4236458", "3355250", "4085790", "4088955", "4229222",
                "4085792", "4076991", "2109476", "2109474", "3303858", "4085791", "2131763", "3950938", "3182856",
                "3182853", "3624328", "4012802", "4352464", "3062838", "3356111", "3432532", "2131762"],
        }, "chicken eggs of any category and pack size; quail eggs, chocolate eggs and Kinder Joy excluded"),
        ("молоко любое", {
            "pyaterochka": ["3146538", "2144368"],
            "magnit": ["1000351083", "1051242645", "1000122658", "1000417765", "8000081425", "8000079205",
                "1000568396", "1000244834", "1051242602", "1000172272", "1899800825", "1000143306", "8000026015",
                "1000553875", "8000026014", "1812450029", "1812450001", "cfca1c1906", "ef94b89629", "115e5fb52e",
                "1000323041", "1000418036", "1000139951", "1000023413", "8000026668", "8000029029", "8000029030",
                "8000029505", "447ce591a3", "1000563706", "1000035016", "1899800732", "1000151468", "1000037901",
                "1000049786", "1000445487", "1000445488", "be3e0e74c3", "1000127183", "1059990140", "1000156187",
                "8000058293", "8000058295", "14bded1fbf", "4aff59ccac", "1000318574", "18ca387556", "4e95f09bbf"],
            "dixy": ["2000328870", "2000328874", "2000594992", "2000571331", "2000298650", "2000204889",
                "2000024178", "2000557212", "2000546311", "2000263555", "2000238271", "2000509793", "2000271385",
                "2000315332", "2000313238", "2000227471", "2000133521", "DI00081046", "2000066819", "2000511374",
                "2000273384", "2000560951", "10J0077073", "2000589411", "2000600211", "2000600212", "2000600213",
                "2000603016"],
            "perekrestok": ["4316451", "3668953", "4137917", "4332464", "4250778", "3668699", "4153927", "4310700",
                "4137916", "4162259", "4244153", "3431582", "4238319", "4223221", "4153926"],
        }, "any drinking cow milk (pasteurised/UHT/sterilised, any fat incl. ranges «отборное 3.4–6 %», lactose-free, children's, barista «для капучино»); goat, baked (топлёное), concentrated, dry, condensed and flavoured milk excluded (conventions of real_basket_eval)"),
        ("сахар 2 кг", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar; «2 кг» read as the amount wanted, so packs up to 2 kg are accepted (1 kg, 900 g, 750 g); the 5 kg bag, lump/pressed, cane, vanilla sugar and сахарная пудра/вата excluded"),
        ("масло сливочное пачку", {
            "pyaterochka": ["3993159", "3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                "1000384151", "1000433642", "87355db645", "1000151122", "1000262381", "8000045816", "1000521208",
                "a1a2b1e98a", "3181241105", "1855599920", "1899911038", "4fc2d8c8ad", "1844000142", "1000070643",
                "1899900309", "1000566266", "1000457493", "8000058591"],
            "dixy": ["2000186964", "2000401635", "2000575412", "2000604391", "2000588791", "2000288309",
                "2000509906", "2000581831", "2000538793", "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["2029217", "3363741", "2068941", "4175276", "3999749", "3413519", "3645266", "3643092",
                "3637761", "3472940", "4260610", "3980020", "4051359", "3423762", "4035287", "34890", "3917028",
                "3628337", "4260609", "3026226", "4113532", "4188099", "4188102", "3434127", "4281083", "3963777",
                "3384196", "4068626", "3612778", "4310021", "2043237", "3355277", "4055506", "86149", "86150",
                "3369241", "3226314", "3347817", "2071031", "3698785", "3287314", "3396544", "3406593", "3657363",
                "3371288", "4292462", "4343792", "3699369", "4196090", "3953367", "4147662", "4135603", "3922315",
                "3654551"],
        }, "butter of any fat (72.5 % Крестьянское, 82–82.5 %, lactose-free, weighed «Масло Княгининское Крестьянское»); chocolate butter, ghee, спред and melted-fat mixes excluded"),
    ]),
    # fvb23
    ("лапшу удон, соевый соус подешевле, филешка куриная, перец болгарский 2 шт", [
        ("лапшу удон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "udon noodles — none on offer (only other noodles and Имудон tablets), so missing everywhere"),
        ("соевый соус подешевле", {
            "pyaterochka": ["3385361"],
            "magnit": ["3e45dc3ab8", "83c9a5b62e"],
            "dixy": ["2000322380", "2000260452"],
            "perekrestok": ["4130566"],
        }, "soy sauce of any brand and size (incl. the 30 g Перекрёсток portion); «подешевле» is a wish"),
        ("филешка куриная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["2160076", "3689116", "3669585", "4242120", "4208844", "3694848", "4323072", "3273915",
                "3653837", "2173555", "3946764", "4329298", "3191300", "52888", "78003876", "3362832", "3336397",
                "3940063", "4312563", "3678985", "3649232", "3609675", "4116904", "4306879", "3034277", "4347498",
                "3216279"],
        }, "raw chicken breast fillet (филе грудки, филе цыплёнка/куриное, малое филе, медальоны из филе, «Филе курицы в маринаде»); thigh fillet, breast on the bone («на кости», «Грудка … ПФ»), breaded and cooked products excluded; «филе цыплёнка» taken as breast fillet (as in fresh_basket_eval_g)"),
        ("перец болгарский 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh sweet (bell) pepper — none on offer (only black pepper spice and marinated peppers), so missing everywhere"),
    ]),
    # fvb24
    ("перловка пачку, тушенка свиная 2 банки, огурцы соленые банку", [
        ("перловка пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pearl barley groats — none on offer (only barley-chickpea drinks), so missing everywhere"),
        ("тушенка свиная 2 банки", {
            "pyaterochka": [],
            "magnit": ["00378960af", "bad91e2152", "cb1e84dc80", "10442db11c"],
            "dixy": ["2000553351", "2000329129", "2000423791", "2000303429", "2000204154", "2000302685"],
            "perekrestok": ["4189730"],
        }, "canned stewed pork («Свинина тушеная», any maker/size); beef, turkey and horse meat excluded; «2 банки» is a quantity"),
        ("огурцы соленые банку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000406194", "2000548652", "2000324334", "2000406217", "2000271005"],
            "perekrestok": ["4167094", "4022883", "4149239", "2145531", "4260395", "3976232", "4188777", "4187465",
                "4379607", "4260194", "4275316", "3609120"],
        }, "salted/brined cucumbers (солёные, бочковые, малосольные, salted gherkins, incl. flavoured salted ones such as «с мёдом и клюквой» and «острые с тархуном»); marinated cucumbers and gherkins, assortments with tomatoes and fresh cucumbers excluded; «банку» is a quantity (pouch packs accepted)"),
    ]),
    # fvb25
    ("крекеры к чаю, шоколадка молочная самая дешевая, чай зеленый пакетики, лимон для чая", [
        ("крекеры к чаю", {
            "pyaterochka": [],
            "magnit": ["9594d52eb0", "896bbb8390", "5f22aa6eec"],
            "dixy": ["2000215277"],
            "perekrestok": ["3329546", "4050551"],
        }, "crackers of any flavour (Бэйкер Хаус, Скрепыши «Азбука зверушек», Tuc, Смайл); chocolate «с соленым крекером» excluded; «к чаю» is a purpose"),
        ("шоколадка молочная самая дешевая", {
            "pyaterochka": [],
            "magnit": ["f7d3306012", "d5f2c8190a", "194dc492d5", "912985bec4"],
            "dixy": ["2000004713", "2000598791", "10F0045393", "2000227851", "2000291803", "2000266303",
                "2000435705", "2000600734", "2000436184"],
            "perekrestok": ["3478916"],
        }, "plain milk chocolate bars incl. aerated (пористый) milk chocolate (Alpen Gold, Milka, Алёнка, Славянка, Коммунарка, Gallardo, Schogetten Alpine Milk, Dove); milk chocolate with nuts, raisins, biscuits, yoghurt/berry pieces, caramel, fillings, milk-and-white and «на меду» bars excluded; «самая дешевая» is a wish"),
        ("чай зеленый пакетики", {
            "pyaterochka": [],
            "magnit": ["b4e965a022", "e1b666c6ef", "6af760c408"],
            "dixy": [],
            "perekrestok": [],
        }, "unflavoured green tea in bags (Ahmad, Kensington, Richard Роял Грин); jasmine, lime, mint, fruit-flavoured green teas, loose-leaf green tea and bottled iced tea excluded"),
        ("лимон для чая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose, 2-pack, Узбекистан); lemonades and lemon-flavoured goods excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks starting with a '### fvbNN' line, header lines '#'."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("### fvb"):
                if cur is not None:
                    texts.append("\n".join(cur).strip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).strip("\n"))
    return texts


def check_blind(lists, path):
    blind = read_blind(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, ((text, _), blind_text) in enumerate(zip(lists, blind), 1):
        rid = "fvb%02d" % n
        expected = blind_text
        for old, new in REPLACED.get(rid, []):
            expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fvb"))
