#!/usr/bin/env python3
"""Re-create fresh_basket_eval_te.jsonl -- 25 shopping lists of a family making pelmeni, vareniki, pirozhki,
chebureki and pies at home over a weekend (flour, eggs, mince, onions, potatoes, cottage cheese, cherries, cabbage,
sour cream, butter, frying oil, vinegar, spices, ready frozen pelmeni as a backup and ordinary staples), hand-labelled
against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_te.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_te.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fte01, fte02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_te.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_te.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (21, "пленка пищевая рулончик", "полотенца бумажные рулончик"),
]

# shared id lists (the same product asked for in several lists)
ONION = {
    "pyaterochka": [],
    "magnit": [],
    "dixy": ["10E0074356", "2000270979"],
    "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
}
ONION_NOTE = ("fresh bulb onions (loose, net, 500/600 g packs, red «Лук репчатый красный», peeled fresh onion, Дикси "
              "single onion «в упаковке»); the weight is a quantity; dried/ground onion (Kotanyi, Айдиго), Maggi "
              "«Зажарка с морковью и луком», onion-flavoured snacks and dishes «с луком» excluded; Магнит and "
              "Пятёрочка carry no fresh onions")
SUGAR_PLAIN = {
    "pyaterochka": [],
    "magnit": ["446f5df61c"],
    "dixy": ["2000174958", "2000214171"],
    "perekrestok": ["3650732", "3902622", "3230933"],
}
SUGAR_PLAIN_NOTE = ("plain white granulated sugar in ordinary packs (Дикси 900 g and 1 kg, Магнит Чайкофский "
                    "«Сахар-песок … Рафинированный» 900 g, Перекрёсток «Сахар белый песок», Чайкофский «белый "
                    "кристаллический» 750 g); Перекрёсток «Сахар Советский Экстра, 1кг» taken as granulated sugar "
                    "(outside knowledge: экстра is a grade of granulated white sugar); pressed/lump sugar "
                    "(«прессованный», «кусковой»), cane, coconut and vanilla sugar, icing sugar, sweets and the Дикси "
                    "5 kg sack (not a pack, and more than the amount asked for) excluded")
EGGS_10 = {
    "pyaterochka": [],
    "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190", "e5202b5cfd",
               "1000247378", "1000247384", "1000247234", "1a8d487cea"],
    "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529", "2000238733",
             "2000284425", "2000139399", "2000601652", "1041042135"],
    "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464", "3356111",
                    "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250", "2109476", "4085791",
                    "2131763", "4012802", "4085790", "4085792", "3182856", "3182853"],
}
FLOUR_2KG = {
    "pyaterochka": [],
    "magnit": ["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
    "dixy": ["ЦТ0035253", "2000317163", "ЦТ0037862", "ЦТ0044481", "2000553733", "ЦТ0044544", "2000213875"],
    "perekrestok": ["3505430", "3292690", "3915409", "3193726", "3305673", "4215036", "91321", "4326495", "3681817",
                    "4262616", "2037765", "3626914", "2107396", "3394693", "2112692"],
}
SOUR_CREAM_15 = {
    "pyaterochka": [],
    "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874", "c90113311e",
               "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785", "1000208902", "8000035449",
               "1000558440", "8000057502", "8000072734", "1000463648"],
    "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
    "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470", "29910",
                    "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
}
BUTTER_725 = {
    "pyaterochka": [],
    "magnit": ["1000384151", "1000262381", "a1a2b1e98a", "3181241105", "1855599920", "1899911038", "1844000142",
               "1000457493", "8000058591"],
    "dixy": ["2000401635", "2000288309", "2000538793"],
    "perekrestok": ["2029217", "3363741", "2068941", "3645266", "3472940", "4260610", "3980020", "4051359", "3423762",
                    "4035287", "3917028", "3384196", "3355277", "86150", "3226314", "3347817", "2071031", "3406593",
                    "3371288", "4147662", "4068626"],
}
BUTTER_82 = {
    "pyaterochka": ["3993159", "3026226"],
    "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
               "87355db645", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309",
               "1000566266"],
    "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
             "2000602271", "2000605413", "10J0079578"],
    "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "3637761", "34890", "3628337", "4260609",
                    "3026226", "4113532", "4188099", "4188102", "3434127", "4281083", "3963777", "3612778", "4310021",
                    "4055506", "86149", "3369241", "3698785", "3287314", "3396544", "3657363", "4292462", "4343792",
                    "3699369", "3953367", "4196090", "4135603", "3922315"],
}
CHAMPIGNONS_FRESH = {
    "pyaterochka": [],
    "magnit": ["4de59ad542"],
    "dixy": ["DI00079986", "1100074529", "2000332389", "2000088639", "ЦТ0046651"],
    "perekrestok": ["4270844", "59120", "4280106", "3669839", "2071820", "3685051", "4136012", "3622668", "3683919",
                    "3652049", "4355283", "3950281", "6176"],
}
CHAMPIGNONS_NOTE = ("fresh champignons, white or royal (brown), whole, mini or sliced in trays, loose or packed (Дикси "
                    "loose/250/300/400 g, Перекрёсток loose, 250 g-1 kg, «свежие нарезанные в в/у», 300 g «резаные» "
                    "and «кубики» trays, «для гриля» 700 g, Зелёная Линия «органик» 350 g, the white/royal mix); "
                    "Магнит «ШАМПИНЬОНЫ королевские, 300г», Перекрёсток «для гриля Маркет» and Зелёная Линия "
                    "«органик» taken as fresh trays (outside knowledge: no brine, jar or freezing named); canned "
                    "(Bonduelle/Lutik 400 g, Pucci, Бояринъ, Lorado 425 ml, Пятёрочка ДСК 400 g, Перекрёсток 400 g "
                    "«резаные» Маркет/Пр!ст taken as canned), marinated, frozen, Korean-style and cooked champignons "
                    "and the unclear «Смесь мини микс шампиньоны» excluded")
SUNFLOWER_REFINED_1L = {
    "pyaterochka": [],
    "magnit": [],
    "dixy": ["2000002844", "2000268261", "DI00080540", "2000005808", "2000555852", "DI00079242", "2000005809",
             "2000003488", "2000210260"],
    "perekrestok": ["6275", "2093709", "2043188", "2068955", "2007886", "64128", "3426155", "23714", "21676",
                    "4269568", "4022580", "4277755", "3642040"],
}
KEFIR_1 = {
    "pyaterochka": [],
    "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
    "dixy": ["2000227476", "2000166045"],
    "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416", "2084558",
                    "3352331", "3604602"],
}
KEFIR_25 = {
    "pyaterochka": [],
    "magnit": ["1000451590", "1000439735", "610b0779be", "1000139426", "1000350608", "1899800689", "1899912534",
               "8000033639"],
    "dixy": ["ЦТ0028202", "2000560991"],
    "perekrestok": ["4280893", "4245052", "4280483", "4137919", "4229630", "4263418", "3491537", "4233125", "3604726",
                    "2173827", "2093082", "3386041", "3429041"],
}
NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def ids(d):
    """A fresh copy of a shared id table (labelled_lists.build keeps the lists it is given)."""
    return {s: list(v) for s, v in d.items()}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fte01 пельмени: тесто и начинка
    ("мука makfa высший сорт 2 кг, десяток яиц с0 для теста, фарш свино-говяжий 1 кг на пельмени, лук репчатый полкило", [
        ("мука makfa высший сорт 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0035253"],
            "perekrestok": [],
        }, "Makfa wheat flour высший сорт in a 2 kg pack (brand, grade and pack size written); Дикси Makfa «Хлебопекарная "
           "высший сорт, 1 кг» (1 kg pack), Перекрёсток Makfa «сорт экстра, 2кг» (other grade) and all other brands "
           "excluded"),
        ("десяток яиц с0 для теста", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "4352464", "3356111",
                            "3432532", "2131762", "3421287", "3914040", "4236458", "4012802", "4085790", "3182853"],
        }, "hen eggs of category С0 (also written СО/CO/C0, «отборные»/«отборной категории», Роскар «Экстра категория С0») "
           "in packs of 10; «для теста» is a purpose; С1, С2, СВ/«высшей категории», packs of 6/15/20/30, quail eggs, "
           "liquid egg products and chocolate eggs excluded"),
        ("фарш свино-говяжий 1 кг на пельмени", {
            "pyaterochka": [],
            "magnit": ["1f9a3b6240"],
            "dixy": [],
            "perekrestok": ["4364589"],
        }, "raw mixed pork-and-beef mince; Магнит Свежесть «Домашний» and Хороший Кусок «домашний мясной» taken as pork+beef "
           "(outside knowledge: «Домашний» is the name of the pork-beef mince); «1 кг» is a quantity, «на пельмени» a "
           "purpose; pure beef (Мираторг, Иван Мясоедов, Хороший Кусок, Перекрёсток говяжий) and pure pork mince, turkey "
           "(Индилайт), pollock mince, and minces whose meat is not stated (Черкизово «Фермерский», Ближние Горки "
           "«деревенский») excluded"),
        ("лук репчатый полкило", ids(ONION), ONION_NOTE + "; «полкило» is a quantity"),
    ]),
    # fte02 вареники с творогом
    ("творог 9% полкило на вареники\nсметанки 20 процентов к вареникам баночку\nяичек десяточек\nсахарку пачечку", [
        ("творог 9% полкило на вареники", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "0cfee9df84", "1000122024",
                       "1000530486", "1000426470", "1000426465", "1000448252", "8000055235"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076", "2000280850",
                     "2000564413", "2000312025"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "4294087", "3487310"],
        }, "plain cottage cheese of exactly 9% fat, any pack (рассыпчатый, пластовой, Зелёная Линия «Зернышко» 9% taken as "
           "plain cottage cheese); «полкило» is a quantity, «на вареники» a purpose; 2/4/5/18% cottage cheese, flavoured and "
           "children's curds, творожок/творожный продукт/масса/сырки, зерненый in cream and творожный сыр excluded"),
        ("сметанки 20 процентов к вареникам баночку", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream of exactly 20% fat, any brand and pack; «баночку» is a unit (the container cannot be checked from "
           "the titles), «к вареникам» a purpose; 10/15/25/30% sour cream, sour cream with garlic, «сметанный» mayonnaise "
           "and the «Сметанковый» cheese excluded"),
        ("яичек десяточек", ids(EGGS_10),
         "hen eggs of any category (С0/СО/отборные, С1, С2, СВ/высшей категории) in packs of exactly 10 («десяток» = packs of "
         "10 only); packs of 6, 15, 20, 30, quail eggs (also the quail 10-pack), liquid egg products and chocolate eggs "
         "excluded"),
        ("сахарку пачечку", ids(SUGAR_PLAIN), SUGAR_PLAIN_NOTE + "; «пачечку» is a quantity (no size written)"),
    ]),
    # fte03 вареники с вишней
    ("вишня замороженая без косточки 2 пачки, крахмал картофельный для начинки, сахар-песок 1кг", [
        ("вишня замороженая без косточки 2 пачки", ids(NONE),
         "no frozen (or fresh) cherries in any chain; vareniki, pancakes, puffs, porridges and yoghurts «с вишней», cherry "
         "jam/varenye and frozen plums, strawberries or other berries are other products"),
        ("крахмал картофельный для начинки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000264337"],
            "perekrestok": [],
        }, "potato starch (Дикси Магета «картофельный высший сорт» 200 g); Махеевъ ketchup «без сахара и крахмала» "
           "excluded; no other starch on sale"),
        ("сахар-песок 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs (the size names the pack); Перекрёсток «Сахар Советский Экстра, 1кг» "
           "taken as granulated (outside knowledge); 900 g (Дикси and Магнит Чайкофский), 750 g and 5 kg packs, "
           "pressed/lump, cane and vanilla sugar excluded"),
    ]),
    # fte04 вареники с картошкой
    ("картошка 3 кило для вареников, лучок 1кг, маслица сливочного 72.5 пачку, укропчика свежего пучок", [
        ("картошка 3 кило для вареников", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh potatoes of any kind and pack (loose, net, washed, red, Белорусский, Бэби 2 kg, «для варки/для жарки» 3 kg, "
           "крупный отборный, гигант); «3 кило» is a quantity; Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh "
           "potatoes (outside knowledge); sweet potato (батат), boiled peeled potatoes, fries and frozen cut potatoes, "
           "fried/baked potato dishes, Магнит «Картофель АЙДАХО (СП ГМ)» (a ready dish), crisps and the «Картошка» cake "
           "excluded"),
        ("лучок 1кг", ids(ONION), ONION_NOTE + "; «лучок» read as bulb onion (no green onion or leek is on sale anyway), "
                                               "«1кг» is a quantity"),
        ("маслица сливочного 72.5 пачку", ids(BUTTER_725),
         "butter of exactly 72.5% fat (mostly «Крестьянское», incl. Брест-Литовск «Традиционное» 72.5% 160 g and lactose-free "
         "Зелёная Линия 72.5%); Перекрёсток «Масло Княгининское Крестьянское, 180г» (no % in the title) accepted because "
         "Крестьянское butter is 72.5% by its standard (outside knowledge); «пачку» is a quantity; 82/82.5% butter, "
         "chocolate butter 62%, ghee, spreads («Кремлевское» 72.5%), margarine and Перекрёсток «Масло сливочное "
         "Волгодонское» (fat not stated) excluded"),
        ("укропчика свежего пучок", ids(NONE),
         "no fresh dill in any chain (Дикси sells only parsley and coriander in 75 g packs); herring, cheese, olives and "
         "ketchup «с укропом» are other products"),
    ]),
    # fte05 пирожки с капустой
    ("капусты белокочанной кочан на пирожки\nморковка килограмм\nдрожжи сухие саф момент 2 пакетика\nмасло подсолнечное для жарки пирожков", [
        ("капусты белокочанной кочан на пирожки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["198", "1546", "45661"],
        }, "whole heads of fresh white cabbage («кочан» = a whole head): Дикси and Перекрёсток «Капуста белокочанная», "
           "Перекрёсток «ранняя» and plain «Капуста» (taken as white cabbage - outside knowledge: cauliflower, broccoli "
           "and the others are titled by their kind there); shredded packs («резаная», «соломка», Белая Дача), cabbage-"
           "carrot mixes, salads, marinated, sauerkraut, kimchi, cauliflower, broccoli and seeds excluded"),
        ("морковка килограмм", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "19345", "3368256", "60529", "4299784", "3463356"],
        }, "fresh raw carrots of any pack (loose, washed, 200 g-1 kg, «для сока» 1 kg, mini 250 g); «килограмм» is a "
           "quantity of a weighed good; Дмитровские Овощи boiled peeled carrots, Korean carrot salads, juices, purees, "
           "smoothies and pet food excluded"),
        ("дрожжи сухие саф момент 2 пакетика", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "Саф-Момент dry instant yeast 11 g sachets; «2 пакетика» is a quantity; pressed yeast (Люкс Экстра, also the "
           "Дикси title that says «сухие … прессованные») excluded"),
        ("масло подсолнечное для жарки пирожков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000002844", "2000268261", "DI00080540", "2000283309", "2000005808", "2000296713",
                     "2000555852", "2000154498", "2000559953", "DI00079242", "2000005809", "2000003488", "ЦТ0039503",
                     "2000563791", "2000210260"],
            "perekrestok": ["4067112", "97647", "4307791", "3958632", "4149438", "6275", "2093709", "3608379", "2043188",
                            "2068955", "4022580", "2007886", "74883", "64128", "2046261", "3340103", "3426152",
                            "3426155", "23714", "3454645", "3653773", "21676", "3478098", "2147548", "4277755",
                            "4269569", "4269568", "4311768", "3683883", "2071663", "3642040"],
        }, "plain sunflower oil in bottles of any size, refined or unrefined (incl. high-oleic, Аведовъ and Getuva New Way "
           "whose titles do not say refined, «из жареных семечек»); «для жарки пирожков» is a purpose, not a filter; "
           "blends with olive/almond/linseed/wheat-germ oil, Almador flavoured oils (травы, базилик, чеснок), the Altaria "
           "refined spray can (a cooking spray, not a bottle of oil), olive, corn, mustard and other oils excluded; "
           "Магнит and Пятёрочка carry no sunflower oil"),
    ]),
    # fte06 чебуреки
    ("фарш бараний полкило, мука на чебуреки 2 кг, водочки поллитра для теста, масло растительное рафинированное литр", [
        ("фарш бараний полкило", ids(NONE),
         "no lamb mince (and no lamb) in any chain; Мираторг «Кебабчичи» beef-and-lamb, lamb pet food and the beef, pork, "
         "turkey and mixed minces are other products"),
        ("мука на чебуреки 2 кг", ids(FLOUR_2KG),
         "plain wheat flour in 2 kg packs (the size names the pack), any brand and grade (высший сорт, экстра, "
         "хлебопекарная); «на чебуреки» is a purpose; Магнит «Мука СТАРООСКОЛЬСКАЯ, хлебопекарная, ГОСТ, 2кг» taken as "
         "wheat flour (outside knowledge: хлебопекарная flour is wheat, the same mill's title in Дикси says "
         "«пшеничная»); 1 kg packs, whole-grain, rye, rice, corn, pancake and self-raising flour, Перекрёсток «Мука "
         "Тихорецкая особая, 2кг» (kind not stated) excluded"),
        ("водочки поллитра для теста", {
            "pyaterochka": [],
            "magnit": ["32795289f4", "5a09151d49", "f8bb91864d", "5566ab37c4", "f98a033259", "1ecbe55218", "9a3d8b810b",
                       "5d4a3d8744", "eafc6715dd", "73f83e02e5", "483a8735b1", "534137b00f", "090152c9de", "56c2c0738a",
                       "a773f41952", "b96abc4aba"],
            "dixy": [],
            "perekrestok": [],
        }, "unflavoured vodka in 0.5 l bottles («поллитра» names the bottle), any brand, incl. «особая» vodkas that name "
           "no flavour (Байкал Стронг, Архангельская Хлебная, Бульбашъ) and Зимняя Деревенька «солодовая»; Граф Ледофф "
           "«Лайт гуала» taken as plain vodka (outside knowledge: «гуала» is the Guala bottle cap); «для теста» is a "
           "purpose; flavoured vodkas (лимон, можжевельник/можжевеловая, кедровая, клюква), grape vodka Кизлярка, "
           "настойки and 0.7/1 l bottles excluded; only Магнит sells vodka"),
        ("масло растительное рафинированное литр", ids(SUNFLOWER_REFINED_1L),
         "refined everyday vegetable (sunflower) oil in bottles of about a litre: 1 l and 0.9 l («литр» read as the "
         "ordinary litre bottle); unrefined oils, blends with olive/almond oil and «смесь подсолнечного и оливкового» "
         "(not said to be refined), flavoured Almador oils, olive, corn (810 ml), grape-seed and avocado oils, the 0.8 l, "
         "0.5 l, 1.7-2.7 l bottles and the spray excluded"),
    ]),
    # fte07 пельмени про запас
    ("пельмени сибирская колекция пачку, пельмени цезарь подешевле, сметаны 15% к пельмешкам", [
        ("пельмени сибирская колекция пачку", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        }, "frozen pelmeni of the brand Сибирская коллекция, every variety (Новосибирские, фирменные, с мраморной говядиной, "
           "Сочные со сливочным маслом); the typo «колекция» is the brand; other brands' pelmeni excluded"),
        ("пельмени цезарь подешевле", {
            "pyaterochka": [],
            "magnit": ["f4f41d5103", "72632b1f85"],
            "dixy": ["2000318344", "2000411354"],
            "perekrestok": [],
        }, "frozen pelmeni of the brand Цезарь/Caesar, every variety (Царское застолье, с телятиной, Гордость Сибири, Caesar "
           "Elite); «подешевле» is a wish; Цезарь vareniki and pancakes and other brands' pelmeni excluded"),
        ("сметаны 15% к пельмешкам", ids(SOUR_CREAM_15),
         "sour cream of exactly 15% fat, any brand and pack, incl. «из топленых сливок» and lactose-free 15%; Пятёрочка "
         "РостАгроЭкспорт «пикантная, с чесноком» (flavoured), 10/20/25/30% sour cream excluded"),
    ]),
    # fte08 к пельменям
    ("уксусу столового 9% бутылку, перчику черного молотого в пельмени, горчички русской острой, бородинского хлебушка буханочку", [
        ("уксусу столового 9% бутылку", ids(NONE),
         "no 9% table vinegar in any chain; Перекрёсток's only vinegar is a 6% grape vinegar (other strength and kind), and "
         "the Kalamata olives «с красным винным уксусом» are another product"),
        ("перчику черного молотого в пельмени", {
            "pyaterochka": [],
            "magnit": ["71d97ddd90"],
            "dixy": ["2000259286", "ЦТ0046005", "2000535254", "2000315784"],
            "perekrestok": ["4207246", "4285102", "4117709", "4202527", "20279", "88780", "4088822", "9382", "4078639",
                            "3166456", "3166496", "2127636", "3172900", "3481330", "2029582", "49761", "3481016",
                            "3687602", "3500194"],
        }, "ground black pepper, any brand and pack (incl. Перекрёсток loose «Перец чёрный молотый»); «в пельмени» is a "
           "purpose; peppercorns, pepper in a grinder, «дроблёный» crushed pepper, pepper mixes («4 перца», «смесь "
           "перцев»), and the titles that do not say ground (Kamis 42 г, Маркет Перекрёсток 36/50 г, Santa Maria "
           "Теличерри) excluded"),
        ("горчички русской острой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "2143139", "3333301", "3332502", "3435016", "3372044", "4337617",
                            "4273279", "3416298", "4229364", "2153858"],
        }, "plain prepared mustard of the «Русская» kind, any brand (incl. ЕЖК «Русская Столовая» and «Русская Ядрёная "
           "жгучая»); «острой» describes Russian mustard, which is the hot kind, so it adds no further filter; Russian "
           "mustards flavoured «с хреном» or «с мёдом» and the grainy «Русская Зернистая», Dijon, Bavarian, grainy, "
           "fruit, «Столовая» (not «Русская»), «Деревенская», «Домашняя» mustards, mustard powder, mustard oil and "
           "mustard sauces excluded"),
        ("бородинского хлебушка буханочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "Borodinsky rye bread of any bakery, sliced or not, incl. the half loaf «часть изделия» («буханочку» read as a "
           "unit); BEERKA «Бородинские» croutons and the sausage/frankfurter brand «Мясной Дом Бородина» excluded"),
    ]),
    # fte09 вареники с вишней (свежей)
    ("вишня свежая кило, манки пачку чтобы сок не тек, сметана жирная 30%, сахара подешевле 2 кг", [
        ("вишня свежая кило", ids(NONE),
         "no fresh cherries in any chain; goods «с вишней» (vareniki, pancakes, puffs, porridges), cherry varenye and jam "
         "are other products"),
        ("манки пачку чтобы сок не тек", ids(NONE),
         "no semolina groats in any chain; Дикси Makfa «Каша манная» with flavours is an instant porridge, and "
         "«Лагманная» noodles only contain the letters"),
        ("сметана жирная 30%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3658372"],
        }, "sour cream of exactly 30% fat (Перекрёсток President 30% 350 g); «жирная» is satisfied by the written 30%; 25% "
           "and lower sour creams and 33% cream excluded"),
        ("сахара подешевле 2 кг", ids(SUGAR_PLAIN),
         SUGAR_PLAIN_NOTE + "; «2 кг» read as the amount wanted (no 2 kg packs are made), «подешевле» is a wish"),
    ]),
    # fte10 курник
    ("филе куриное 1 кг на курник, рис круглозерный для курника, маргарин для выпечки пару пачек, грибочки шампиньоны свежие", [
        ("филе куриное 1 кг на курник", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "3694848", "4323072", "3273915", "2173555",
                            "3946764", "4329298", "3653837", "52888", "3191300", "3362832", "3940063", "4312563",
                            "3678985", "3649232", "3609675", "4306879", "4116904", "3034277", "4347498", "3216279",
                            "3336397"],
        }, "raw chilled chicken breast fillet («куриное филе» = breast fillet only), incl. «филе цыплёнка(-бройлера)» "
           "(taken as breast fillet, as in the earlier sets), inner fillet («малое») and fillet medallions (Петелинка "
           "«Медальон», Петруха «Медальоны из филе»); «1 кг» is a quantity; thigh fillets, bone-in breast (Перекрёсток "
           "«Филе грудки … на кости», Псковская «Грудка»), Первая Свежесть «Медальон куриный» (fillet not stated), "
           "cooked, breaded and ready dishes excluded; Магнит and Пятёрочка carry no raw chicken fillet"),
        ("рис круглозерный для курника", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["4332035", "3674360", "3603169", "3231277", "3469128", "3469127"],
        }, "white rice whose title says круглый/круглозерный/круглозернистый (incl. 5x80 g boil-in-bags and Мистраль "
           "Италика); sushi rice («для японской кухни»), Адриатика, Бальдо, Испанский, Пилаф, Агро-Альянс «Экстра "
           "элитный кубанский» (grain shape not stated), long-grain, parboiled, jasmine, basmati, brown rice and the "
           "rice-millet mix excluded"),
        ("маргарин для выпечки пару пачек", {
            "pyaterochka": [],
            "magnit": ["1000374189", "1000054609"],
            "dixy": ["2000003174"],
            "perekrestok": ["4275750", "58471"],
        }, "margarine in 200 g packs: Пышка «для выпечки» 72% and Хозяюшка «Сливочный» 60% (an ordinary margarine used for "
           "baking); «для выпечки» is a purpose, not a different product, «пару пачек» a quantity; spreads "
           "(«Кремлевское»), butter and the «Крем De Olio» excluded"),
        ("грибочки шампиньоны свежие", ids(CHAMPIGNONS_FRESH), CHAMPIGNONS_NOTE),
    ]),
    # fte11 чай с пирогами
    ("чаю черного листового к пирогам, варенье клубничное к пирожкам, молоко 3.2% бутылку, лимончик один к чаю с пирогами", [
        ("чаю черного листового к пирогам", {
            "pyaterochka": ["3380940", "2049940"],
            "magnit": ["cbfbcf3730", "4720a7f85f", "e5f644b54b", "2c07763f9f", "d19e923d5f", "fdaeb671e9", "278651b790",
                       "bdf50ca6e6", "c8696b4f23", "fe3343d282", "f2c67c596a", "f619b0597f", "a510289c84", "d35e2f82d3"],
            "dixy": ["2000203431", "2000361849", "DI00080603"],
            "perekrestok": ["3605415", "3636930", "3440336", "3506750", "4131561", "2049940"],
        }, "plain loose-leaf black tea: titles saying листовой/крупнолистовой or a leaf grade (Пекое, Оранж Пекое), plus "
           "the same products titled without it in another chain (Пятёрочка Ahmad «Английский завтрак» 200 g and Майский "
           "«Корона Российской империи», Магнит AKBAR «Голд» 250 g and AHMAD «Классический» 500 g - the same lines are "
           "titled листовой in Дикси/Перекрёсток; outside knowledge); tea bags, «мелколистовой» bags, flavoured teas "
           "(бергамот/Earl Grey, Lord Grey, чабрец, земляника со сливками, вишня, FruTea), herbal and Иван-чай blends, "
           "green tea, and loose black teas whose leaf form is not stated (Dilmah 100 g, Ahmad Ceylon Orient and "
           "Высокогорный, Richard English Breakfast and Royal Kenya, Принцесса Нури 100 g, Принцесса Канди 250 g, "
           "Азерчай, SUN FIELD, Kensington Secret Garden) excluded"),
        ("варенье клубничное к пирожкам", {
            "pyaterochka": [],
            "magnit": ["3ba4bd1160", "9f6051ecca"],
            "dixy": ["2000546999"],
            "perekrestok": ["4252950", "4198148", "4252164"],
        }, "strawberry varenye (Магнит, Ратибор, Круглое лето, Пр!ст, Маркет Перекрёсток); варенье ≠ джем: strawberry jams "
           "(Махеевъ, Mr.Ricco, Пр!ст), strawberry-cherry jam, strawberry повидло, the Сава «Земляничное» повидло and "
           "curds «с вареньем» excluded"),
        ("молоко 3.2% бутылку", {
            "pyaterochka": ["2144368"],
            "magnit": ["1000122658", "1000244834", "8000026015", "1000553875", "8000026014", "1812450001", "1000323041",
                       "1000139951", "be3e0e74c3", "1000049786", "1000445488", "1000127183", "4aff59ccac", "18ca387556",
                       "8000058295", "1051242645", "1059990140", "1000172272", "1899800825"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951", "10J0077073",
                     "2000600213"],
            "perekrestok": ["3668699", "4162259"],
        }, "drinking cow milk of exactly 3.2% fat, pasteurised, UHT or sterilised, any pack (incl. children's drinking "
           "milk Агуша/Тёма 3.2% as in real_basket_eval); «бутылку» is a unit, not a packaging filter; ranges (3.2-4%, "
           "3.2-6%, 3.4-6%), топлёное, «для капучино», baby milk «с 8 месяцев», kefir and milk drinks excluded"),
        ("лимончик один к чаю с пирогами", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose or 2-piece packs); «один» is a quantity; the lime-lemon mix, lemon-flavoured drinks, sweets, "
           "cleaners and tinctures excluded"),
    ]),
    # fte12 ленивые вареники
    ("творог обезжиренный на ленивые вареники 2 пачки, ванилин пакетик в творог, масло сливочное простоквашино пачку, мука 1 кг", [
        ("творог обезжиренный на ленивые вареники 2 пачки", {
            "pyaterochka": ["4067060"],
            "magnit": ["1000157386", "1899910741", "1000453156", "1eb57431af", "8000073444"],
            "dixy": [],
            "perekrestok": ["3194302"],
        }, "plain fat-free cottage cheese: titles «обезжиренный» (incl. Резной Палисад «обезжиренный 1.8%» - the standard "
           "allows up to 1.8% for обезжиренный) or 0% (Савушкин «Нежный» soft 0%, Danone soft «обезжиренный»); «2 "
           "пачки» is a quantity; 1.5/2/5/9% cottage cheese, fat-free fruit products (Exponenta) and curd desserts "
           "excluded"),
        ("ванилин пакетик в творог", {
            "pyaterochka": [],
            "magnit": ["029c368571"],
            "dixy": [],
            "perekrestok": [],
        }, "vanillin (Магнит Хаас 1.5 g); vanilla sugar (Dr.Bakers) is another product and is excluded, as are vanilla-"
           "flavoured curds and desserts"),
        ("масло сливочное простоквашино пачку", ids(NONE),
         "no Простоквашино butter in any chain (Простоквашино is on sale only as milk, kefir, sour cream, cottage cheese "
         "and curd products); a named brand is not replaced by another brand"),
        ("мука 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000002191", "2000578792", "2000576791"],
            "perekrestok": ["91320", "16318", "2112693", "3502351", "4278294"],
        }, "plain wheat flour in 1 kg packs (the size names the pack), any grade (высший сорт, хлебопекарная, Manitoba); "
           "Перекрёсток «Мука Царь, 1кг» (kind not stated) accepted as the brand's plain wheat flour (its 2 kg pack is "
           "«пшеничная высшего сорта»); 2 kg packs, pancake («блинная») flour, self-raising, whole-grain (incl. "
           "Рязаночка «из цельносмолотого зерна»), rye (Увелка 950 g), rice, corn, buckwheat, nut and gluten-free flours "
           "excluded"),
    ]),
    # fte13 бульон к пельменям
    ("лаврушка в бульон, перец черный горошком пакетик для бульона, петрушечки пучок, соли йодированной пачку про запас", [
        ("лаврушка в бульон", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "dried bay leaves (Котани 5 g, Пр!ст 10 g); nothing else is titled лавровый"),
        ("перец черный горошком пакетик для бульона", {
            "pyaterochka": [],
            "magnit": ["9303052c5b"],
            "dixy": ["2000024941", "2000303083", "ЦТ0046007", "2000557371", "2000260537", "2000315723"],
            "perekrestok": ["4207245", "4202515", "3904322", "9505", "3641165", "88779", "3661159", "9387", "3395331",
                            "4113011", "3479407", "3166460", "3213422", "69129", "3172904", "3481023", "3689196",
                            "3500195"],
        }, "whole black peppercorns («горошек», «горошком», «целый»), any brand and pack («пакетик» is a unit); ground "
           "pepper, pepper in a grinder, crushed pepper, mixes («4 перца», «смесь перцев»), and black peppers whose form "
           "is not stated (Kamis 42 г, Маркет Перекрёсток 36/50 г, Santa Maria Теличерри) excluded"),
        ("петрушечки пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley (Дикси «ПЕТРУШКА УПАК 75Г»); «пучок» is a unit; ketchup and herring «с петрушкой/укропом» "
           "excluded"),
        ("соли йодированной пачку про запас", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000171442", "2000001900", "2000317165", "ЦТ0001666"],
            "perekrestok": ["2157581", "4117216", "3224598", "3224596", "4335115", "4266811", "3652519", "4328849"],
        }, "iodised food salt of any pack, rock/«Экстра» or sea («морская йодированная» is iodised salt too); «пачку» and "
           "«про запас» are quantity and purpose; non-iodised salt (Экстра, помол №1, Илецкая, Salina, Himalayan, "
           "Adyghe, Crimean sea, Маркет «вываренная»), flavoured salts and dishwasher salt excluded"),
    ]),
    # fte14 в морозилку
    ("пельмени домашние кило, вареники с картошкой замороженные про запас, тесто слоеное дрожжевое упаковку, фарш куриный 2 упаковки", [
        ("пельмени домашние кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000282673"],
            "perekrestok": [],
        }, "pelmeni of the «Домашние» variety (Дикси Мираторг «Домашние со свининой и говядиной» 800 g); «домашние» read as "
           "the variety written on the pack, «кило» as a quantity; other pelmeni (Сибирская коллекция, Цезарь, "
           "Мираторг Сливочные/с мраморной говядиной, Бульмени, Grandmeni, Стародворские) excluded"),
        ("вареники с картошкой замороженные про запас", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000364412"],
            "perekrestok": [],
        }, "frozen vareniki with potato (Дикси Цезарь «с картофелем и жареным лучком» - onion is part of the classic potato "
           "filling); vareniki with potato and mushrooms (Первым делом, Сытый папа) or potato and spinach (Перекрёсток "
           "Цезарь) are other fillings and are excluded, as are cherry, cheese-spinach vareniki and potato pancakes"),
        ("тесто слоеное дрожжевое упаковку", {
            "pyaterochka": [],
            "magnit": ["d5935ae50c"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen yeast puff pastry (Магнит Морозко «Тесто слоеное дрожжевое 1кг»); puff cake layers (LUCKY DAYS «Коржи "
           "слоеные»), puff pastries and desserts excluded"),
        ("фарш куриный 2 упаковки", ids(NONE),
         "no chicken mince in any chain; turkey mince (Индилайт), pork, beef and mixed minces are other products"),
    ]),
    # fte15 вареники с капустой и грибами
    ("капуста квашеная полкило для вареников, грибы шампиньоны на начинку, масло растительное нерафинированное пахучее", [
        ("капуста квашеная полкило для вареников", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000548651"],
            "perekrestok": ["2068014", "4243262", "4116723"],
        }, "plain sauerkraut, with or without carrot (Дикси «Фитнес» без сахара, Белоручка «с морковью» 1 kg, Зелёная Линия "
           "«с морковью шинкованная» 300/800 g); «полкило» is a quantity; sauerkraut with cranberry, apple or caraway, "
           "«Пелюстка со свеклой» (beet-marinated cabbage), marinated cabbage, kimchi and Korean salads excluded"),
        ("грибы шампиньоны на начинку", ids(CHAMPIGNONS_FRESH),
         CHAMPIGNONS_NOTE + "; no form was written and fresh-produce words mean fresh produce, so the same fresh "
                            "champignons as «шампиньоны свежие» are accepted"),
        ("масло растительное нерафинированное пахучее", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4307791", "4149438", "3608379", "74883", "3653773", "4311768", "3683883",
                            "2071663"],
        }, "unrefined sunflower oil (the everyday «масло растительное»), any brand and bottle, incl. high-oleic unrefined "
           "and «из жареных семечек»; «пахучее» is a wish that unrefined sunflower oil meets; refined oils, sunflower oil "
           "with linseed (Здоровое меню) or olive, olive, avocado and mustard oils excluded"),
    ]),
    # fte16 шарлотка
    ("яблоки антоновка 2 кг на шарлотку, корицы молотой пакетик в шарлотку, сахар тростниковый пачку, разрыхлитель теста доктор откер", [
        ("яблоки антоновка 2 кг на шарлотку", ids(NONE),
         "no Антоновка apples in any chain; the variety is written, so other apples (Гала, Голден, Гренни Смит, Симиренко, "
         "Жигулевские, red/green, etc.) are not accepted"),
        ("корицы молотой пакетик в шарлотку", {
            "pyaterochka": [],
            "magnit": ["aaed24508c"],
            "dixy": [],
            "perekrestok": [],
        }, "ground cinnamon (Магнит Котани «Молотая» 25 g); cookies, cornflakes, teas and sweets «с корицей» excluded"),
        ("сахар тростниковый пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000598451"],
            "perekrestok": ["2113550", "4269179", "4293934", "4269180", "4282808", "3629156"],
        }, "cane sugar of any form and pack (crystalline/«песок» or lump; no form was written); white beet sugar, coconut "
           "sugar and vanilla sugar excluded"),
        ("разрыхлитель теста доктор откер", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        }, "baking powder of the Dr.Bakers brand (Дикси «Разрыхлитель теста "
           "\"Dr.Bakers\", 10 г»), accepted for «доктор откер» because Dr.Bakers is the name under which Dr. Oetker's "
           "Russian baking range has been sold since 2022 (outside knowledge); Dr.Oetker pizza, Dr.Bakers gelatine and "
           "vanilla sugar are other products; no other baking powder is on sale"),
    ]),
    # fte17 пирожки с ливером
    ("печень говяжья кило для пирожков, луку репчатого 2 кг, молока 2.5% литр в тесто, кефир на тесто 1%", [
        ("печень говяжья кило для пирожков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000310966"],
            "perekrestok": [],
        }, "raw beef liver (Дикси «Печень говяжья "
           "\"Диета\" замороженная», sold by weight); «кило» is a quantity; liver pâté, liver sausage, cod liver, "
           "pancakes with liver and pet food excluded"),
        ("луку репчатого 2 кг", ids(ONION), ONION_NOTE + "; «2 кг» is a quantity"),
        ("молока 2.5% литр в тесто", {
            "pyaterochka": [],
            "magnit": ["ef94b89629", "1812450029", "1000418036", "8000029029", "1000445487", "1000035016", "8000058293"],
            "dixy": ["2000024178", "2000263555", "2000511374", "2000273384", "2000600212"],
            "perekrestok": ["4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "drinking cow milk of exactly 2.5% fat in the ordinary litre pack (900 ml-1 l, 900 g-1 kg; «литр» read as that "
           "pack), pasteurised or UHT; 1.4 l/1.43 l, 800 ml, 500 ml and 200 ml packs, топлёное milk, children's Агуша "
           "200 ml, kefir, yoghurt and ряженка excluded"),
        ("кефир на тесто 1%", ids(KEFIR_1),
         "kefir of exactly 1% fat, any brand and pack, incl. биокефир (as in set g); «на тесто» is a purpose; "
         "«биокефирный продукт», «кефирный продукт», Bio Баланс «биопродукт кефирный» and other fats excluded"),
    ]),
    # fte18 чебуреки с сыром
    ("сулугуни 300г, сыр адыгейский на начинку, кинзы пучочек, кефир 2.5 процента на тесто", [
        ("сулугуни 300г", {
            "pyaterochka": [],
            "magnit": ["1000368974", "6d81c195d5"],
            "dixy": [],
            "perekrestok": ["4133358"],
        }, "suluguni cheese, any pack (Магнит Свежесть «весовой» and 100 g, Перекрёсток Зелёная Линия 280 g); «300г» read "
           "as the amount of a cheese that is also sold by weight, not as a pack size (no 300 g pack exists); chechil "
           "(also smoked «косичка»), Adyghe cheese, halloumi and other cheeses excluded"),
        ("сыр адыгейский на начинку", {
            "pyaterochka": [],
            "magnit": ["de08dbdc63", "1899800173", "1000464833"],
            "dixy": ["2000418432"],
            "perekrestok": ["4280949"],
        }, "Adyghe cheese of any brand and pack (Гиагинский 100 g and by weight, Предгорье Кавказа, Зелёная Линия «мягкий»); "
           "Adyghe salt and other cheeses excluded"),
        ("кинзы пучочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603793"],
            "perekrestok": [],
        }, "fresh coriander leaves (Дикси «КИНЗА 1 УПАКОВКА 75Г»); ground coriander seed (Восточный гость), juices, yoghurts "
           "and cheeses with кинза excluded"),
        ("кефир 2.5 процента на тесто", ids(KEFIR_25),
         "kefir of exactly 2.5% fat, any brand and pack; «на тесто» is a purpose; other fats, «кефирный/биокефирный "
         "продукт» and the Вологодский 2.5% milk excluded"),
    ]),
    # fte19 вареники с грибами
    ("белые грибы сушеные для вареников, картошечки молодой 2 кг, сало соленое на шкварки, чесночку головку в начинку", [
        ("белые грибы сушеные для вареников", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["94668", "4254816"],
        }, "dried porcini (Кедровый Бор «Таежные сушёные» 45 g, Зелёная Линия «сушеные» 40 g); frozen, fresh, marinated, "
           "salted and «варёно-солёные» porcini, «польские» mushrooms and other mushrooms excluded"),
        ("картошечки молодой 2 кг", ids(NONE),
         "no young (new-crop) potatoes in any chain: no fresh potato title says «молодой» (Перекрёсток «Картофель молодой с "
         "паприкой и чесноком запеченный» is a cooked dish, «Бэби» is a small-size grade, not new potatoes); the variety "
         "is written, so ordinary potatoes are not accepted"),
        ("сало соленое на шкварки", ids(NONE),
         "no plain salted pork fat: the only lard products are flavoured (Дикси Мясоедов «Шпик бутербродный с чесноком», "
         "Перекрёсток «Сало … с черным перцем и чесноком») and are excluded as flavoured; smoked-cooked грудинка and raw "
         "bone-in pork belly are other products"),
        ("чесночку головку в начинку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "77278", "4018137", "51157"],
        }, "fresh garlic bulbs (loose, 1 шт, «ранний», Фермерский 150 g net taken as bulbs - outside knowledge); «головку» is "
           "a unit; peeled cloves («отборный зубчиками» - not heads), grated/chopped, dried, granulated, smoked and salted "
           "garlic excluded"),
    ]),
    # fte20 пиво с чебуреками
    ("пивка жигулевского 4 банки к чебурекам, чебуреки замороженные пачку, соус чесночный к чебурекам", [
        ("пивка жигулевского 4 банки к чебурекам", {
            "pyaterochka": [],
            "magnit": ["63c65170c7", "9f7d0a8f2d", "0c7af2aa41", "e2bedcaafd"],
            "dixy": [],
            "perekrestok": [],
        }, "Жигули light filtered lagers (Барное светлое фильтрованное ×3, Экспорт светлое фильтрованное) taken as "
           "«жигулевское» - the colloquial name of this beer (outside knowledge; no beer titled «Жигулевское» is on "
           "sale); «4 банки» is a quantity; Жигули wheat unfiltered and ИПА (other styles), the Дикси «Пивной напиток "
           "Жигули Барное Манго-маракуйя» (flavoured) and Перекрёсток «Яблоки Жигулевские» excluded"),
        ("чебуреки замороженные пачку", {
            "pyaterochka": [],
            "magnit": ["79b88187a6"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen chebureki in a pack (Магнит Горячая штучка «со свининой и говядиной» 360 g, taken as frozen - outside "
           "knowledge: the brand sells frozen convenience food); the single 85 g Жаренки «Чебурек … с мясом» (a single "
           "piece whose frozen state is not stated) excluded"),
        ("соус чесночный к чебурекам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4371998"],
        }, "garlic sauce (Перекрёсток Select «Соус Чесночный майонезный» 35 g); Дикси «Я люблю готовить Французские "
           "пряности и чеснок» (a herb-and-garlic sauce), Kotanyi «приправа для чесночного соуса» (a dry mix), garlic "
           "ketchup and sour cream with garlic excluded"),
    ]),
    # fte21 заготовка в морозилку (one item replaced, see REPLACED)
    ("пакеты для заморозки с застежкой, полотенца бумажные рулончик, фольга для запекания пирога", [
        ("пакеты для заморозки с застежкой", ids(NONE),
         "no freezer bags (zip or other) in any chain; Магнит bin bags are another product"),
        ("полотенца бумажные рулончик", {
            "pyaterochka": [],
            "magnit": ["84553e2983", "4079668ed1", "1782e40b42", "16ad542324", "32a9e59c4b", "2616a9cbe3", "ce24df13d2"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED item (blind «пленка пищевая рулончик»: no cling film in any chain and the whole list was empty): "
           "kitchen paper towels of any brand and roll count (SOFFIONE, PAPIA, Софт Люкс, ЗЕВА); «рулончик» is a quantity; "
           "paper napkins, facial tissues and toilet paper excluded"),
        ("фольга для запекания пирога", ids(NONE),
         "no aluminium foil in any chain; «фольгированная» face mask and pork ribs «для запекания» are other products"),
    ]),
    # fte22 ягодные вареники
    ("клубника замороженная 1 кг\nчерника мороженая\nсметанка 25% к вареникам\nпудра сахарная для посыпки", [
        ("клубника замороженная 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000184203"],
            "perekrestok": ["3489160", "4289123"],
        }, "frozen strawberries (Круглое лето 300 g, Маркет Перекрёсток 400 g, Пр!ст 700 g); «1 кг» read as the amount "
           "wanted (no 1 kg pack is on sale; like «фарш 1 кг» in the earlier sets); fresh and dried strawberries, fruit "
           "mixes and strawberry-flavoured goods excluded"),
        ("черника мороженая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4135309"],
        }, "frozen bilberries (Маркет Перекрёсток «Черника быстрозамороженная» 300 g); freeze-dried, «протёртая с сахаром», "
           "fresh голубика (blueberry, another berry) and berry mixes excluded"),
        ("сметанка 25% к вареникам", {
            "pyaterochka": [],
            "magnit": ["a15781b1ca", "1000372781"],
            "dixy": ["2000294264", "2000100619", "2000602951"],
            "perekrestok": ["4121607"],
        }, "sour cream of exactly 25% fat (Простоквашино, Домик в деревне «отборная» 25%, Хуторок); 20% and 30% sour cream "
           "excluded"),
        ("пудра сахарная для посыпки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0026194"],
            "perekrestok": [],
        }, "icing sugar (Дикси Магета «Сахарная пудра» 100 g); cornsticks and cranberries «в сахарной пудре» and styling/"
           "cosmetic powders excluded"),
    ]),
    # fte23 сладкие пироги
    ("вареной сгущенки банку для начинки, орешки грецкие очищенные, изюм без косточек для пирога, масло сливочное 82% пару пачек на тесто", [
        ("вареной сгущенки банку для начинки", {
            "pyaterochka": [],
            "magnit": ["8000034109", "1000346225", "1000244735", "205bde5081", "1000379971", "1000244512", "3ab993278c"],
            "dixy": ["2000335387", "2000311392"],
            "perekrestok": ["3684740", "4250610", "4245765"],
        }, "boiled sweetened condensed milk («варёное сгущённое», any brand and can size); «банку» is a unit; plain "
           "(unboiled) condensed milk, Моя цена «Продукт молочный Сгущенка», buns, cornsticks, waffles and ice cream «с "
           "вареной сгущенкой» excluded"),
        ("орешки грецкие очищенные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912995"],
        }, "shelled walnuts: Перекрёсток «Грецкий орех Пр!ст, 100г» taken as kernels (outside knowledge: a 100 g sealed pack "
           "is kernels; in-shell walnuts are titled «в скорлупе» and sold by weight); walnuts in shell, dates with walnut, "
           "nut mixes and the Магнит gift set excluded"),
        ("изюм без косточек для пирога", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4288277", "4308580", "4311579", "4342295", "4316951"],
        }, "seedless raisins: «Виноград сушеный без косточек/без косточки» (dried grapes are raisins) and «Изюм Голден» "
           "(golden raisins are made from seedless grapes - outside knowledge); raisins whose seedlessness is not stated "
           "(«Изюм светлый», plain «Виноград сушёный»), rusks, curds and buns «с изюмом» excluded"),
        ("масло сливочное 82% пару пачек на тесто", ids(BUTTER_82),
         "butter of 82% or 82.5% fat (82,5 % counts as «82»), any brand and pack, incl. lactose-free 82.5%; «пару пачек» is "
         "a quantity; 72.5% butter, chocolate butter, ghee, spreads and margarine excluded"),
    ]),
    # fte24 пельмени детям
    ("пельмени с говядиной мираторг, майонез махеев к пельменям, кетчуп хайнц детям к пельменям", [
        ("пельмени с говядиной мираторг", {
            "pyaterochka": [],
            "magnit": ["66c111d7a2"],
            "dixy": [],
            "perekrestok": [],
        }, "Мираторг pelmeni with a beef filling (Магнит «с мраморной говядиной» 800 g); Мираторг pork-and-beef pelmeni "
           "(Магнит «Сливочные свинина-говядина», Дикси «Домашние со свининой и говядиной») are read as another filling "
           "and excluded, as are Мираторг khinkali, cherry vareniki and other brands' beef pelmeni"),
        ("майонез махеев к пельменям", {
            "pyaterochka": [],
            "magnit": ["d8bbb63f48", "5861fc587f", "ddda8365b8", "2c23c84574", "269c8ab257", "1000520539", "1000077733",
                       "1000558908", "1000077734", "1000498096"],
            "dixy": ["T000005518", "ЦТ0040573", "2000593851", "2000602611"],
            "perekrestok": ["2047206", "4339442", "2093561"],
        }, "every Махеевъ mayonnaise (Провансаль 50.5/67%, «с лимонным соком», Оливковый, «на перепелином яйце»), any pack; "
           "other Махеевъ products (ketchups, mustard, jams) and other brands' mayonnaise excluded"),
        ("кетчуп хайнц детям к пельменям", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971",
                            "4116830", "4157803", "4157697", "4157703", "4116848", "4157704", "4154517", "4157702",
                            "4274973"],
        }, "every Heinz ketchup (томатный, острый, суперострый, итальянский, для гриля и шашлыка, с чесноком, укроп-"
           "петрушка, Heinz Pikador), any pack; «детям» is a purpose, not a filter; Дикси «Pikador» ketchups without Heinz "
           "in the title, Heinz sauces (барбекю, сырный, Цезарь, чатни), Heinz mayonnaise and other brands excluded"),
    ]),
    # fte25 обычные продукты
    ("хлебушек белый нарезной буханку, молоко ультрапастеризованное 3.2 литр, яйца крупные десяток подешевле, сахар кусковой к чаю", [
        ("хлебушек белый нарезной буханку", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d", "67f076fea4"],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402", "4264947", "4329401"],
        }, "plain white wheat bread, sliced or of the «Нарезной» kind: Перекрёсток «Батон Нарезной» (Коломенское, Пр!ст, "
           "Маркет, «улучшенный») and sliced white batons «к завтраку» and «Молочный», Магнит Хлебный Дом «Батон Утренний "
           "нарезка» and Коломенский «Хлеб ТОСТОВЫЙ пшеничный нарезанный» (a sliced white wheat loaf); «буханку» is read as "
           "a unit, so batons count; multigrain toast bread, rye and rye-wheat breads (Бородинский, Дарницкий, Столичный…), bread whose flour is not stated "
           "(Крестьянский, Измайловский, Бабушкин, Советский, Французский, «Хлеб формовой», unsliced «Батон» and «Батон "
           "Новый»), mustard, bran, grain, raisin and potato breads, хлебцы, rusks and croutons excluded"),
        ("молоко ультрапастеризованное 3.2 литр", {
            "pyaterochka": [],
            "magnit": ["1812450001", "1000323041", "be3e0e74c3", "1000049786", "18ca387556", "8000058295", "1000172272"],
            "dixy": ["2000238271", "2000066819", "2000560951", "10J0077073", "2000600213"],
            "perekrestok": [],
        }, "UHT («ультрапастеризованное») cow milk of exactly 3.2% in the ordinary litre pack (925 ml-1 l, 950 g-1 kg; "
           "«литр» read as that pack), incl. children's Агуша 3.2% UHT 925 ml; pasteurised and sterilised milk, 200 ml "
           "packs, «для капучино», топлёное and other fats excluded"),
        ("яйца крупные десяток подешевле", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040", "4236458", "4012802", "4085790",
                            "3182853"],
        }, "large hen eggs in packs of 10: «крупные» read as the large size categories С0/СО/отборные and СВ/«высшей "
           "категории» (outside knowledge: С1 is the medium category); «подешевле» is a wish; С1, С2, packs of 6/15/20/30 "
           "(incl. Супервеликан СВ 6 шт), quail and chocolate eggs excluded"),
        ("сахар кусковой к чаю", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829"],
            "perekrestok": ["4092763"],
        }, "white lump sugar («кусковой» or «прессованный» = pressed lump sugar), any pack; granulated sugar, brown cane lump "
           "sugar (Мистраль, Маркет - a different product from ordinary lump sugar), vanilla sugar and icing sugar "
           "excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fteNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fte\d\d ===$", line):
            if cur is not None:
                blocks.append("\n".join(cur).strip("\n"))
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        blocks.append("\n".join(cur).strip("\n"))
    return blocks


def check_blind(lists, blind):
    errors = []
    if len(lists) != len(blind):
        errors.append("%d lists, blind draft has %d" % (len(lists), len(blind)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        expected = draft
        for num, old, new in REPLACED:
            if num == n:
                items = [p.strip() for p in re.split(r"[,\n]", expected)]
                if items.count(old) != 1:
                    errors.append("fte%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fte%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fte"))
