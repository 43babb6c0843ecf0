#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ul.jsonl -- 25 shopping lists of a father with two teenage sons doing a big,
price-conscious Saturday shop (the father's terse abbreviations, the sons' snacks, drinks and slang, brands in Latin,
«подешевле» often), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ul.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_ul.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ful01, ful02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ul.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ul.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none were.
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 father's dairy basics + the boys' chips
    ("мол. 3.2 2шт\nбатон бел. подешевле\nяйца с0 дес.\nчипсоны lays сметана-зелень побольше", [
        ("мол. 3.2 2шт", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014", "1812450001",
                       "1000323041", "1000139951", "be3e0e74c3", "1000049786", "1000445488", "1000127183", "1059990140",
                       "4aff59ccac", "18ca387556", "8000081425", "1000172272", "1899800825", "8000058295"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951", "10J0077073",
                     "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "«мол.» = drinking cow milk of exactly 3.2% (pasteurised/UHT/sterilised, any pack; «2шт» is a quantity), incl. "
           "children's 3.2% milk (Агуша, Тема, Зелёная Линия «для детского питания с 8 месяцев», Аммм lactose-free) as in "
           "real_basket_eval; Дикси «3,2% в ассортименте» card accepted; топлёное milk (Северная долина, Эго), ranges "
           "3,2-4 % / 3,2-6 %, Му-у «Для капучино», kefir and Чудо milkshakes excluded"),
        ("батон бел. подешевле", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d"],
            "dixy": [],
            "perekrestok": ["2065120", "4329401", "3680023", "4102687", "4329402", "4157283", "4264947", "78011178"],
        }, "plain white loaf (батон: Нарезной, Молочный, Новый, «к завтраку», Утренний, plain «Батон»); «подешевле» is a "
           "wish; specialty loaves Отрубной, Зерновой and Горчичный (not a plain white batón), chocolate/muesli "
           "«батончики», buns and bread bricks excluded"),
        ("яйца с0 дес.", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "4352464", "3356111",
                            "3432532", "2131762", "3421287", "3914040", "4236458", "4012802", "4085790", "3182853"],
        }, "chicken eggs of class С0 (= СО = «отборные/отборной категории», Latin C0/CO accepted) in packs of 10 only "
           "(«дес.» = десяток); С1, С2, СВ/«высшей категории», packs of 6/15/20/30, quail eggs and liquid egg products "
           "excluded"),
        ("чипсоны lays сметана-зелень побольше", {
            "pyaterochka": ["3453321"],
            "magnit": [],
            "dixy": ["2000001186", "ЦТ0036304", "2000325823"],
            "perekrestok": [],
        }, "Lay's potato chips flavour «Сметана и зелень», any pack («побольше» is a wish); the Дикси 37 g card «Зеленый "
           "лук/Сметана и зелень/Краб» is an assortment that includes the flavour and is accepted; Lay's «Сметана и лук», "
           "«Белые грибы со сметаной», other flavours and other brands (Русская картошка, Хрустящий картофель) excluded"),
    ]),
    # L02 meat and potatoes, cola for the boys
    ("бедра кур. 2кг, картоф. 5кг подешевле, лук репч., кола 2 литра пацанам", [
        ("бедра кур. 2кг", {
            "pyaterochka": [],
            "magnit": ["83c54dfa06", "6bf2d45df8", "d9a7978145"],
            "dixy": ["2000581594"],
            "perekrestok": ["2160048", "78004576", "3683728"],
        }, "raw chilled chicken thighs with or without bone (incl. «филе бедра»); «2кг» is a quantity of a weighed good; "
           "Магнит «БЕДРО КУРИНОЕ гриль, охлажденное» taken as raw (outside knowledge: «гриль» names the broiler type, a "
           "chilled 1 kg pack priced like the other raw thighs); turkey thigh, beef «бедро», leg quarters and turkey ham "
           "excluded"),
        ("картоф. 5кг подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh potatoes, loose or packed in any size («5кг» is a quantity of a weighed good, «подешевле» a wish), incl. "
           "«Бэби», «для жарки/для варки», red; Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh potatoes; sweet potato "
           "(батат), boiled peeled potatoes, fries, frozen cut potatoes, chips, purée, ready dishes and Магнит «Картофель "
           "АЙДАХО (СП ГМ) 100г» (a ready dish) excluded"),
        ("лук репч.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onion («Лук репчатый»: loose, net, packs, peeled, and «репчатый красный» - no colour was written); "
           "dried/ground onion (Kotanyi, Айдиго), fried onion and onion-flavoured snacks excluded"),
        ("кола 2 литра пацанам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cola in 2 l bottles: none in any chain - the written size names the bottle; colas on sale are 0.33-1.5 l "
           "(Coca-Cola 0.33, Добрый кола 1/1.5 l, Черноголовка 0.5 l, Pepsi Dark Vanilla 0.5 l) and are excluded; "
           "«пацанам» is a purpose"),
    ]),
    # L03 dumplings night; the boys add an energy drink
    ("пельмешки сибирская коллекция пару пачек\nсметана 20 проц\nкетч. heinz\nэнергос adrenaline rush пару банок", [
        ("пельмешки сибирская коллекция пару пачек", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        }, "pelmeni of the brand Сибирская коллекция, any recipe (Новосибирские, фирменные, с мраморной говядиной, Сочные); "
           "«пару пачек» is a quantity; other brands (Мираторг, Цезарь, Горячая штучка, Стародворские) excluded"),
        ("сметана 20 проц", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream of exactly 20% (any brand and pack); 10/15/25/30% sour cream, «сметанный» mayonnaise, Сметанковый "
           "cheese and sour-cream-flavoured snacks excluded; Перекрёсток Ирбитская 20% was first hidden by an exclusion "
           "word and found on the stem re-check"),
        ("кетч. heinz", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971",
                            "4116830", "4157803", "4157697", "4157703", "4116848", "4157704", "4154517", "4157702",
                            "4274973"],
        }, "every Heinz ketchup (tomato, hot, super-hot, Italian, garlic, grill/shashlik, dill-parsley; any pack), incl. "
           "Перекрёсток «Кетчуп Heinz Pikador» (the title names Heinz; Pikador is Heinz's budget line); Дикси «Pikador» "
           "ketchups (Heinz not in the title), Heinz sauces, "
           "mayonnaise, peas, corn, purées and porridge excluded; Магнит has no Heinz ketchup"),
        ("энергос adrenaline rush пару банок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000542794"],
            "perekrestok": ["4206324"],
        }, "Adrenaline Rush energy drink, any variant: Перекрёсток «Adrenaline Rush без сахара» and Дикси «Adrenaline без "
           "сахара 0,449 л» (outside knowledge: the 449 ml Adrenaline can is the Rush line); «пару банок» is a quantity; "
           "Burn, Red Bull, Tornado, Flash Up, Volt, Gorilla, Lit Energy, E-ON and other energy drinks excluded"),
    ]),
]

LISTS += [
    # L04 pasta with mince; crisps for the boys
    ("фарш гов. 1кг, макар. makfa спиральки, томат. паста, pringles паприка 2 тубы", [
        ("фарш гов. 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "minced beef (Мираторг, Иван Мясоедов, Перекрёсток «Фарш говяжий» by weight, Хороший Кусок «из говядины»); "
           "«1кг» is a quantity of a meat good; pork, turkey, fish and mixed «Домашний/деревенский» mince, Черкизово "
           "«Фермерский» (meat not stated), люля-кебаб and stuffed olives excluded"),
        ("макар. makfa спиральки", {
            "pyaterochka": [],
            "magnit": ["4cae925c1a"],
            "dixy": ["2000002143", "2000347024"],
            "perekrestok": ["62190"],
        }, "Makfa pasta spirals (Makfa «Спирали», incl. Makfa «Станичные Спирали»); other Makfa shapes (перья, ракушки, "
           "улитки, Витки - a different shape name, вермишель, Capellini) and spirals of other brands (Baisad, Barilla, "
           "Pasteroni, Маркет, Шебекинские) excluded"),
        ("томат. паста", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000000761", "2000521414", "2000569071", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste of any brand and pack (Кухмастер, Помидорка, Ящик астраханских помидоров, Круглое лето, Selviano, "
           "Пр!ст, Маркет); ketchups (Помидорка «пастеризованный»), tomato sauces and canned tomatoes excluded"),
        ("pringles паприка 2 тубы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Pringles in any chain; other paprika chips (Mojno, Reeel, Delicados nachos) are other brands and excluded"),
    ]),
    # L05 pantry
    ("гречка ядр. 2п, тушенка гов. 3 банки подешевле, чай черн. пакет. 100шт", [
        ("гречка ядр. 2п", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286", "2000180341",
                     "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178", "4009020",
                            "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448", "4090171", "4019310",
                            "3603166", "39155", "3667612", "4059000", "3600743", "3696237", "3477255", "3231481",
                            "3493533", "3994791"],
        }, "buckwheat groats (ядрица) of any brand and pack, incl. quick-cooking, steamed and boil-in-bag; titles without "
           "«ядрица» (Makfa, Теплые Традиции, Пассим, Увелка Экстра, Мистраль, Агро-Альянс, Националь Камолино, plain "
           "«Гречка») taken as ядрица - no продел is on sale (outside knowledge); «2п» is a quantity; green buckwheat, "
           "flakes, flour, soba, porridges, buckwheat drinks and ready dishes (с грибами, по-купечески, Raisad гарнир) "
           "excluded"),
        ("тушенка гов. 3 банки подешевле", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b"],
            "dixy": ["2000313236", "2000408120", "T000000869", "2000258591", "2000192964", "2000415753", "2000220776",
                     "2000302684", "2000557431"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef («Говядина тушеная», any brand and size); «3 банки» and «подешевле» are quantity and wish; "
           "stewed pork, turkey, horse meat (конина) and braised cabbage with sausages excluded"),
        ("чай черн. пакет. 100шт", {
            "pyaterochka": ["18087", "3141303", "2070399"],
            "magnit": ["f27576dc9c", "8e34db68c9", "262636efc4", "539736f8c3", "1305f039da", "c237948667", "79c875b985",
                       "f528489d63", "1ce117e378", "62e44aad83", "0b0945cde7", "62e737f079", "f2ec203f7f"],
            "dixy": ["2000520549", "2000289445", "2000568232", "2000224056", "2000295224"],
            "perekrestok": ["3378336", "2147890", "3662837", "2070399"],
        }, "plain black tea in bags, packs of 100 bags («100шт» names the pack; Пятёрочка «чер.ярл.100х2г» = with tags); "
           "flavoured black teas (Earl Grey/бергамот, чабрец, Сиеста, Greenfield Spring Melody, Tess Forest Dream/"
           "Pleasure), assortments (Richard Royal Tea Collection), loose tea (Dilmah 100 г, Майский 100 г), 20/25-bag "
           "packs and green teas excluded"),
    ]),
    # L06 sausages, peas, instant noodles and Snickers
    ("сосис. молочные, горошек зел. пару банок, дошик с говядиной пару штук, сникерсы штук 5", [
        ("сосис. молочные", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83"],
            "dixy": ["2000300143", "2000322511", "2000125037", "2000602632", "2000572752", "2000600471"],
            "perekrestok": ["3416253", "3464086", "3390152", "4276248", "4329781", "3198697", "4175216", "4100629"],
        }, "sausages (сосиски) named «Молочные», any brand and pack, incl. Индилайт «Молочные из индейки» (the meat was "
           "not written); Вязанка «Молокуши», Окраина «с натуральным молоком» (not named Молочные), Венские/Докторские/"
           "Филейские sausages and «Молочная» boiled sausage excluded"),
        ("горошек зел. пару банок", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92", "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884", "2000118079",
                     "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175", "3483842", "19134",
                            "4206921", "3628006", "77114", "32340", "4273266", "4274246", "3350744", "3360308",
                            "3026306", "4380317", "4211849", "2035571", "4192227", "4011800", "3504837", "3447858"],
        }, "canned green peas of any brand and size («банок» shows the canned product; «пару» is a quantity), incl. «6 "
           "соток молодой» and Green Ray without the word «зеленый», Зелёная Линия «Горошек Изысканный» and the 4.15 kg "
           "Бояринъ catering tin (outside knowledge: both canned green peas); frozen peas (4 Сезона, Маркет "
           "«быстрозамороженный», loose «замороженный»), Перекрёсток «Горошек зелёный Bonduelle, 400г» 219.99 (form not "
           "stated, priced like Bonduelle frozen peas), peas with carrots, fresh sugar-snap «Горошек сладкий», "
           "microgreens, pepper «горошек» and pet food excluded"),
        ("дошик с говядиной пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "«дошик» = Доширак instant noodles with beef flavour: Перекрёсток «Доширак Чан рамен … с острой говядиной» "
           "(hot beef is beef); Пятёрочка «Доширак, чан рамен, корейская» (no beef stated), Доширак mashed potatoes and "
           "other brands' noodles excluded"),
        ("сникерсы штук 5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078665", "2000348756", "2000189225"],
            "perekrestok": [],
        }, "Snickers chocolate bars, any variant of the bar (Super 80 g, Пломбир, с миндалем); «штук 5» is a quantity; "
           "Snickers Minis sold as bagged candy by weight (Пятёрочка 1 кг, Магнит «Конфеты СНИКЕРС, минис, 100г» - not "
           "bars), Snickers ice cream and other bars excluded"),
    ]),
    # L07 sandwiches; the boys add croutons
    ("сыр росс. полкило\nколб. докторская\nхлеб черн. нарезной\nкириешки холодец с хреном пару пачек", [
        ("сыр росс. полкило", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese of any brand, pack or slicing (incl. «Российский молодой», weighed Моя цена, Тендер 45%); "
           "«полкило» is a quantity of cheese; Магнит «Продукт По-Российски … на основе растительного жира» (not cheese), "
           "tofu «Россоя» and other cheeses excluded"),
        ("колб. докторская", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d", "fa414b5a8d",
                       "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, "Докторская boiled sausage of any brand, pack, weight or slicing (incl. Царицыно «Докторская, Особая» and "
           "Мясницкий ряд «Докторская от шефа»); «Докторские» frankfurters (Рублёвский) excluded"),
        ("хлеб черн. нарезной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3974720", "4074396", "3627134", "4276930", "3953836",
                            "3658457", "3624125", "2053660", "3634576", "4049144", "3965436"],
        }, "«черн.» = dark rye or rye-wheat bread, «нарезной» = sliced: Бородинский, Дарницкий, Даниловский "
           "ржано-пшеничный, Каравай Ржаной, Экохлеб ржаной - each «нарезка/нарезанный»; Столичный (Щелковохлеб, "
           "Черемушки) taken as rye-wheat bread (outside knowledge); unsliced dark loaves (Хлебозавод №22 Дарницкий, "
           "Хлебный Дом Столичный, Дарница половинка, Каравай Столовый, Рижский, Самарский ржаной), Коломенский «Ржаной "
           "Край» (a brand name, rye not stated - as in set g), Измайловский/Крестьянский/Смак (rye not stated), white "
           "bread, хлебцы and croutons excluded"),
        ("кириешки холодец с хреном пару пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Кириешки in any chain; Дикси «Гренки Фишка … Чесночные/Холодец с хреном» is another brand and excluded, as "
           "are холодец itself and хрен"),
    ]),
]

LISTS += [
    # L08 dairy and sugar; Oreo for the boys
    ("масло сл. 82.5 2 пачки, творог 5% подешевле, сах. 1кг, oreo", [
        ("масло сл. 82.5 2 пачки", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
                       "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
                     "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609",
                            "3026226", "4113532", "3434127", "3612778", "4310021", "4055506", "86149", "3369241",
                            "3698785", "3287314", "3396544", "3657363", "4292462", "4343792", "3699369", "3953367",
                            "4196090", "4135603", "3922315"],
        }, "butter (сливочное / сладкосливочное) of exactly 82.5% in any pack (incl. Перекрёсток Брест-Литовск «82.5» "
           "without % and the lactose-free Тысяча Озёр 82.5%, as lactose-free milk counts as milk); «2 пачки» is a "
           "quantity; 82% butters (Arla Natura, President, Молочный знак, Киприно, JALO KERMA - a written fat % must "
           "match), 72.5% Крестьянское, Волгодонское/Княгининское (fat not stated), chocolate butter 62%, ghee, margarine "
           "and spreads excluded"),
        ("творог 5% подешевле", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908", "1000441658",
                       "8000030462", "1000377235", "1720c2be05", "1000512632", "c7f0f0e5ec", "2400019178", "1000372786",
                       "1000475531", "1000572167", "1000208909", "1079990193", "1000306424", "1000224037", "1000453157",
                       "1000426473", "161690c563", "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595",
                     "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4050943", "4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116",
                            "4274201", "3279582", "3617778"],
        }, "plain cottage cheese of exactly 5% (traditional, рассыпчатый, soft «мягкий/нежный», lactose-free Parmalat, "
           "the children's plain Биотворог 5% Зелёная Линия as children's milk counts as milk); «подешевле» is a wish; "
           "5.5% and 4.5% curds, curd with raisins/jam/fruit, зерненый творог in cream (101 Зерно, Хуторок, Молочный знак, "
           "Зелёная Линия «Зёрнышко/Зернышко» - taken as the grainy cottage cheese, a different product), Кубанский "
           "молочник «из топленого молока» (like топлёное milk), curd desserts, pastes and cheese excluded"),
        ("сах. 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs («1кг» names the pack): Дикси «Сахар-песок белый 1 кг», Перекрёсток «Сахар "
           "белый песок 1кг» and «Сахар Советский Экстра 1кг» (taken as granulated); lump/pressed sugar (a separate "
           "«сахар рафинад» item in ful20), 900 g/750 g/5 kg packs, Магнит «Сахар-песок … Рафинированный 900г», brown "
           "cane sugar and coconut sugar excluded"),
        ("oreo", {
            "pyaterochka": [],
            "magnit": ["2d6c3b194d", "f4d02d704a", "2d33544c78"],
            "dixy": [],
            "perekrestok": [],
        }, "Oreo sandwich cookies, any filling (classic, chocolate, strawberry) - the brand names one product, its "
           "variants accepted; Alpen Gold/Milka chocolate bars with Oreo and Oreo ice cream are other products and "
           "excluded"),
    ]),
    # L09 breakfast
    ("рис кругл. на кашу, мол. 2.5 подешевле, nesquik какао, хлопья kelloggs шоколадные", [
        ("рис кругл. на кашу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["4332035", "3674360", "3603169", "3231277", "3469128", "3469127"],
        }, "white round-grain rice of any pack («круглый/круглозерный/круглозернистый», incl. Мистраль «Италика белый "
           "круглозерный» and boil-in-bag 5x80 g); «на кашу» is a purpose; sushi rice (Sen Soy, «для японской кухни»), "
           "Адриатика, Бальдо, Испанский (round not stated), Агро-Альянс «элитный кубанский» (grain not stated), "
           "long-grain, parboiled, rice for plov, brown rice and the rice-millet mix excluded"),
        ("мол. 2.5 подешевле", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029", "1000037901",
                       "1000445487", "1051242602", "1000563706", "1000035016", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384", "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4244153", "3431582", "4137916"],
        }, "drinking cow milk of exactly 2.5% (any pack; incl. Агуша children's vitaminised 2.5%, and Дикси «2,5% в "
           "ассортименте» cards); «подешевле» is a wish; топлёное 2.5% (Зелёная Линия), ряженка «Топленое молоко», "
           "kefir and other fat levels excluded"),
        ("nesquik какао", {
            "pyaterochka": ["3420547"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik instant cocoa drink powder (Пятёрочка 500 г); other cocoa brands and cocoa-flavoured goods excluded"),
        ("хлопья kelloggs шоколадные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chocolate Kellogg's cereal in any chain; Магнит «КЕЛЛОГГС ЮНИКОРН радужные колечки» is not chocolate, "
           "Любятово and other cereals are other brands - all excluded"),
    ]),
    # L10 fruit and juice
    ("бананы кило подешевле, яблоки зел. 2кг, сок rich апельсин пару пачек", [
        ("бананы кило подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (Дикси «Бананы спелые»; Перекрёсток «Банан», «Бананы Био», «Бананы красные» - no variety was "
           "written); «кило» is a quantity; plantains «Бананы для жарки» (as in set g), dried/sun-dried bananas and "
           "banana-flavoured goods excluded"),
        ("яблоки зел. 2кг", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664", "3171926", "4194478", "4152180", "4047567"],
        }, "fresh green apples: titles «зеленые/зелёные» and the green varieties Гренни Смит and Симиренко (outside "
           "knowledge: green-skinned); «2кг» is a quantity of a weighed good; yellow Голден/Гольден, Муцу (colour not "
           "stated), red and mixed varieties, juices, purées and dried apples excluded"),
        ("сок rich апельсин пару пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814"],
            "perekrestok": [],
        }, "Rich orange juice (Дикси «Сок Rich апельсиновый 1 л»); Rich nectars, Rich apple/tomato juice, Rich soft "
           "drinks and other brands' orange juice (J7, Я) excluded"),
    ]),
    # L11 beer for dad, squid to go with it, Sprite for the boys
    ("пиво светл. подешевле 4 банки\nкальмарчик сушеный к пивку\nsprite 1.5", [
        ("пиво светл. подешевле 4 банки", {
            "pyaterochka": [],
            "magnit": ["b7be4e1cdf", "8f5e8411f3", "4b9214b25a", "69a66b3a0f", "5efbef1867", "ee4fd3d93d", "7e7ff281a0",
                       "b22153f240", "e5d1876122", "42f69bfc00", "ae5974fdda", "f66314d40a", "b4204a2237", "63c65170c7",
                       "9f7d0a8f2d", "409bf95866", "e2bedcaafd", "0c7af2aa41", "bc158ed1af", "cdadff0fd2", "1b3181a9dc",
                       "cff5b47f4d", "3ea97ca924", "c7cb3e4e83", "72ef636633", "2e39130955", "ec022e4637"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light beer of any brand, style and container (lager, pilsner, wheat, IPA, blanche; filtered or "
           "not); «4 банки» is a count (a quantity), «подешевле» a wish; Эдельвейс «Напиток пивной нефильтрованный» taken "
           "as a light wheat beer (a beer drink of beer style, as in real_basket_eval); dark beer (Wolpertinger, "
           "Крушовице тёмное), alcohol-free beer (Stella Artois, Amstel, Балтика №0, Hollandia), flavoured beer drinks "
           "(Мишенька под вишенкой, Dr.Diesel, Green Beat, Tony's Garret, Essa, KONIX Cherie, Жигули манго), медовуха and "
           "ALKO excluded; Дикси and Перекрёсток carry no plain beer"),
        ("кальмарчик сушеный к пивку", {
            "pyaterochka": [],
            "magnit": ["fd129d68ed"],
            "dixy": ["2000175972", "2000175974"],
            "perekrestok": [],
        }, "plain dried squid snack (SOLONINA сушено-вяленый полоски, Сухогруз сушеный and солено-сушеные кольца); «к "
           "пивку» is a purpose; Магнит «КАЛЬМАР, Сушеный, вкус краба» (flavoured), raw frozen squid, squid in sauce, "
           "Korean squid salads and squid pastes excluded"),
        ("sprite 1.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Sprite in any chain; lemon-lime sodas of other brands (Добрый, Frustyle, Черноголовка, Волжанка) excluded"),
    ]),
    # L12 household run; deodorant for the boys
    ("туал. бумага 12 рул. самую дешевую, fairy для посуды штуки 2, губки для посуды упаковку подешевле, дезик axe пацанам", [
        ("туал. бумага 12 рул. самую дешевую", {
            "pyaterochka": [],
            "magnit": ["e9a925895a", "939f14debe", "013f5191a0", "2300103434"],
            "dixy": [],
            "perekrestok": [],
        }, "dry toilet paper in 12-roll packs («12 рул.» names the pack, the usual big pack; «самую дешевую» is a wish), "
           "any brand, ply or scent (Familia Плюс, ZEWA Плюс/Делюкс/Plus); 4/6/8-roll packs, wet toilet paper (Kleenex, "
           "Мон Рулон), paper towels, tissues and handkerchiefs excluded"),
        ("fairy для посуды штуки 2", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6", "b3ebaa28e5",
                       "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1", "7c5bd74e06", "43a0e3032e"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "every Fairy hand dishwashing liquid (any scent, Platinum, Pure&Clean, any size; «штуки 2» is a quantity); "
           "Fairy dishwasher tablets «для посудомоечных машин» (trap, as in set g) and other brands excluded"),
        ("губки для посуды упаковку подешевле", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges for dishes (Магнит Нужные вещи Макси 5 шт); shoe sponges (Дивидик) and dish liquids excluded"),
        ("дезик axe пацанам", {
            "pyaterochka": [],
            "magnit": ["3c438e429f", "0e25cd905a", "0646f9c97b", "0c519559b1", "f616420535", "cc98134148", "481273b9cd",
                       "961ef5ae45", "ab7fd066d9", "5dcbb05e1a", "7cfd6ecb7a", "233fb2cf29"],
            "dixy": [],
            "perekrestok": [],
        }, "«дезик» = deodorant or antiperspirant of Axe (АКС/AXE: sprays, sticks, antiperspirants, any scent); Axe shower "
           "gels and other brands (Rexona, Nivea, Old Spice, Deonica…) excluded"),
    ]),
    # L13 bathroom
    ("пена д/бритья gillette, зуб. паста colgate, шампунь clear men для пацанов", [
        ("пена д/бритья gillette", {
            "pyaterochka": [],
            "magnit": ["0f38a051dc"],
            "dixy": [],
            "perekrestok": [],
        }, "Gillette shaving foam (Магнит Gillette Series foam 250 мл); Gillette shaving gels (the form «пена» was written), "
           "after-shave gel, razors and cartridges, other brands' foams excluded"),
        ("зуб. паста colgate", {
            "pyaterochka": ["2157107"],
            "magnit": ["81453183d1", "bfa8bafe8c", "bf8f2e67c9", "6979fdd12e", "fe74f3aca3", "350131f5fe", "d03e638466",
                       "02007f5dd2", "5d575a5319", "8708609287", "b432da8011", "b6d0eea1fc", "65ee960a88"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate toothpastes for adults (any variant: Максимальная защита, Тотал 12, Naturals, Прополис, травы, уголь…; "
           "Пятёрочка «Colgate макс блеск»); children's toothpastes (3-5 лет, 6-9 лет, Доктор Заяц), Colgate «Гель для "
           "полости рта» (not titled toothpaste), toothbrushes, Tahiti gel and other brands excluded"),
        ("шампунь clear men для пацанов", {
            "pyaterochka": ["3011966"],
            "magnit": ["0d996b1e8d", "2336c3ab82", "e300bac7aa", "30b37b9eaf", "07251bb98b", "668e385f91"],
            "dixy": [],
            "perekrestok": [],
        }, "Clear men's shampoos (titles «мужской», «для мужчин»; plus Clear «АктивСпорт 2 в 1» in Пятёрочка and Магнит, "
           "taken as Clear Men - outside knowledge: Active Sport 2in1 is a Clear Men product); Clear women's shampoos, "
           "Clear «максимальный объем» and «Против выпадения волос» (gender not stated), Rexona «Клир Аква» and Nivea "
           "«CLEAR» deodorants excluded"),
    ]),
]

LISTS += [
    # L14 the boys' freezer
    ("пицца замороженая пепперони 2 шт, мороженка пломбир в вафельном стаканчике, fanta 2л", [
        ("пицца замороженая пепперони 2 шт", {
            "pyaterochka": [],
            "magnit": ["a3ef730a3c"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pepperoni pizza: Магнит «Пицца ЛА ТРАТТОРИЯ Пепперони 335г» (outside knowledge: La Trattoria is a frozen "
           "pizza line); other pizzas (4 сыра, ветчина-грибы, груша-горгонзола, Dr.Oetker с моцареллой), «Чебупицца» "
           "snacks and pizza cheese excluded"),
        ("мороженка пломбир в вафельном стаканчике", {
            "pyaterochka": ["3603591"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208997", "4289045", "3603591", "4035404", "3370940", "3371923", "4152236", "4053323"],
        }, "plain (vanilla) пломбир in a waffle cup; Перекрёсток titles that say only «стаканчик» (Вологодский, Гостовский, "
           "Как Раньше, Коровка из Кореновки, Талицкое) taken as waffle cups - Пятёрочка titles the same Вологодский "
           "product 3603591 «в вафельном стаканчике» (outside knowledge for the others); flavoured plombir (варёная "
           "сгущёнка, арбуз, фисташка, черника, изюм, шоколадная крошка), Чистая Линия «Радуга» (not plain), ice cream "
           "that is not пломбир (Первым Делом 4%, Ирбитское сливочное 10%), cones and desserts excluded"),
        ("fanta 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Fanta in 2 l bottles (the written size names the bottle): Пятёрочка has only the 0.33 l can, excluded; "
           "orange sodas of other brands (Добрый апельсин) excluded"),
    ]),
    # L15 salad vegetables and mayo
    ("огурчиков полтора кило подешевле, помидоры розовые штук 6 на салат, капуста белокоч. кочан, майонез пров. 67%", [
        ("огурчиков полтора кило подешевле", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072", "2131726"],
        }, "fresh cucumbers of any type and pack («полтора кило» is a quantity); Дикси «Огурцы корнишоны, в упаковке, 300 г» "
           "and Перекрёсток «Огурцы Хрустящие» (sold by weight) taken as fresh; pickled, marinated, salted and canned "
           "cucumbers/корнишоны, vegetable assortments, cosmetics and cucumber-flavoured goods excluded"),
        ("помидоры розовые штук 6 на салат", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465"],
        }, "fresh pink tomatoes (titles saying «розовые»); «штук 6» and «на салат» are quantity and purpose; red, yellow, "
           "cherry, cocktail, plum and Кумато tomatoes, Бычье сердце, Махитос, Дагестан and Фермерские (colour not "
           "stated), canned, salted and cut tomatoes excluded"),
        ("капуста белокоч. кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["198", "1546", "45661"],
        }, "fresh white cabbage as whole heads («кочан»), incl. «ранняя»; Перекрёсток plain «Капуста» 44.99 taken as white "
           "cabbage (outside knowledge: the default cabbage); shredded/cut packs and the cabbage-carrot mix (not a head), "
           "marinated cabbage, Пелюстка, kimchi, seeds and other cabbages excluded"),
        ("майонез пров. 67%", {
            "pyaterochka": [],
            "magnit": ["2c23c84574", "1000077734", "1799700138", "1000501598", "56ff8ec751", "7d31b46ae3", "1000556519",
                       "1000556521", "f0f427f9d4", "da818e4a20", "7a519275b4", "1000277219", "1000169172", "8000045827",
                       "1000233673", "1728400030", "1000179908", "1000422623", "1000014596", "1000356802", "1000348713"],
            "dixy": ["2000570511", "ЦТ0040573", "2000204803", "2000156539", "ЦТ0027566", "2000265607", "1100075125",
                     "2000000160", "2000135999", "ЦТ0045065", "2000429651", "2000539317", "2000306265", "2000202369",
                     "2000172969"],
            "perekrestok": ["3412258", "4072721", "2047206", "4259098", "4259097", "4297819", "3677986", "4331515",
                            "4331518", "4331500", "4331497", "3016147", "3467275", "3419671", "3674577", "3193489",
                            "78193", "3389322", "4199312", "3029014", "4105769"],
        }, "mayonnaise whose title says «Провансаль» at exactly 67%, any brand and pack, incl. its variants «оливковый», "
           "«с лимонным соком», «с маслом авокадо», «Сливочный», «на перепелиных яйцах» when titled Провансаль; 67% "
           "mayonnaises not titled Провансаль (Heinz/Слобода/Ряба Оливковый, Mr. Ricco/Слобода на перепелином яйце, "
           "Слобода Московская, Я люблю готовить Чистый/с лимонным соком, Маркет Оливковый), Московский Провансаль "
           "Домашний 55%, Ряба «сметанный» 50.5% and mayonnaise sauces excluded"),
    ]),
    # L16 shashlik
    ("шейка свин. на шашлык 2кг\nлаваш тонкий 2 упак.\nкетчуп шашлычный подешевле\nлимонад черноголовка 2 бут.", [
        ("шейка свин. на шашлык 2кг", {
            "pyaterochka": [],
            "magnit": ["afb09aae99"],
            "dixy": [],
            "perekrestok": ["4363415", "912"],
        }, "raw pork neck (Черкизово, Хороший Кусок, Перекрёсток «без кости»); «на шашлык» is a purpose and «2кг» a "
           "quantity; ready marinated shashlik (Мираторг, Перекрёсток «Шашлык из свиной шейки», любительский, по-московски), "
           "cooked shashlik and smoked «Шейка из свинины» / Иней шейка excluded"),
        ("лаваш тонкий 2 упак.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4361122", "4199211"],
        }, "thin lavash: Коломенский «Армянский тонкий» and Маркет «Лаваш Армянский» (outside knowledge: Armenian lavash is "
           "the thin sheet); other flatbreads excluded"),
        ("кетчуп шашлычный подешевле", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225", "2000194769", "2000309687"],
            "perekrestok": ["4207051", "4157803", "3941584", "2157566", "3673190", "4149866", "4227932", "3684511"],
        }, "ketchup titled «Шашлычный» or «для (гриля и) шашлыка / к шашлыку» (Heinz, Махеевъ, Круглое лето, Помидорка, "
           "Слобода, Пр!ст); «подешевле» is a wish; Heinz «со вкусом укроп-петрушка для шашлыка» (a different flavour), "
           "Слобода «Гриль» (not shashlik), other ketchups, marinades and shashlik seasonings excluded"),
        ("лимонад черноголовка 2 бут.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3662137"],
        }, "Черноголовка «Лимонад»: Перекрёсток «Лимонад газированный Черноголовка лимон, 500мл» taken as the plain "
           "lemonade (judgement: no other flavour named; «2 бут.» is a quantity); the named Черноголовка sodas (Байкал, "
           "Буратино, Дюшес, Тархун, Лимонный Пунш, Лимон Лайм, Кола, мандарин) are other drinks (as in set d), Магнит "
           "«Напитки из Черноголовки, Оригинальный» (not stated to be Лимонад) and the children's water excluded"),
    ]),
    # L17 chicken and rice; nuggets for the boys
    ("филе кур. подешевле 1кг, рис пропаренный 2 пачки к курице, соус соевый к рису, наггетсы замороженные пацанам", [
        ("филе кур. подешевле 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "3694848", "4323072", "3273915", "2173555",
                            "3946764", "4329298", "3653837", "52888", "3191300", "3362832", "3940063", "4312563",
                            "3678985", "3649232", "3609675", "4306879", "4116904", "3034277", "4347498", "3216279",
                            "3336397"],
        }, "raw chilled boneless chicken breast fillet (филе грудки, «филе цыплёнка(-бройлера)» taken as breast fillet as in "
           "set g, малое филе, медальоны, «Филе куриное» by weight); «1кг» is a quantity, «подешевле» a wish; breast «на "
           "кости» (bone-in) and Перекрёсток «Грудка Псковская ПФ цыплёнка» (грудка, not филе), marinated fillet, thigh fillet, cooked fillet dishes, sausages and pet food excluded; Магнит "
           "has no chicken fillet"),
        ("рис пропаренный 2 пачки к курице", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000024619", "2000310624", "2000180346", "0230703063", "2000002128"],
            "perekrestok": ["3674166", "57930", "3603168", "3608320", "3469125"],
        }, "parboiled rice titled «пропаренный» (any brand and pack, incl. 5x80 g bags); «2 пачки» and «к курице» are "
           "quantity and purpose; Shanti «Басмати Селла» (not titled parboiled), the parboiled-red rice mix, other rice and "
           "parboiled buckwheat excluded"),
        ("соус соевый к рису", {
            "pyaterochka": ["3385361"],
            "magnit": ["3e45dc3ab8", "83c9a5b62e"],
            "dixy": ["2000322380", "2000260452"],
            "perekrestok": ["4130566"],
        }, "soy sauce of any brand and size (Стебель Бамбука, Магнит 1 л, Mivimex, Sen Soy классический, Перекрёсток 30 г "
           "portion); Sen Soy «чёрный перец» sauce, the Sen Soy funchoza kit with miso sauce, soy drinks and tofu excluded"),
        ("наггетсы замороженные пацанам", {
            "pyaterochka": [],
            "magnit": ["fd1fdcfdd7", "a36ebb7d8a", "5c691fa75f"],
            "dixy": [],
            "perekrestok": [],
        }, "breaded nuggets (Мираторг куриные хрустящие, Золотой Петушок традиционные, Индилайт from turkey - the meat was "
           "not written) taken as frozen (outside knowledge: these are sold as frozen semi-finished goods); Мираторг "
           "chicken strips, шницели, popcorn and other products excluded"),
    ]),
    # L18 the boys' snack run
    ("семки от мартина 2 пачки, арахис соленый побольше, сухарики 3 корочки с беконом, pepsi 2л бутылку пацанам", [
        ("семки от мартина 2 пачки", {
            "pyaterochka": [],
            "magnit": ["5cbde10c7f", "f87f37880a"],
            "dixy": ["2000277205", "2000562834", "2000540213", "2000196729", "2000282287", "2000151864", "2000285542",
                     "2000300666"],
            "perekrestok": ["4280034", "4280033", "3348828", "3072541", "3403508", "3669391", "3669122", "3624461",
                            "3469303", "3630849", "3669392", "3661124"],
        }, "«семки» = sunflower seeds; От Мартина sunflower seeds of any variety and pack (отборные, полосатые, белые, "
           "чёрные, Молодежные, with or without salt); От Мартина pumpkin seeds, Перекрёсток «Семечки подсолнечные "
           "Молодёжные» (brand not in the title) and other brands (От Атамана, Бабкины, Джинн, Богучарские…) excluded"),
        ("арахис соленый побольше", {
            "pyaterochka": [],
            "magnit": ["81631c53d8"],
            "dixy": [],
            "perekrestok": [],
        }, "plain roasted salted peanuts (Семушка жареный соленый 150 г; «побольше» is a wish); flavoured peanuts "
           "(Chico&Rico бекон, сыр, васаби, Мексика), halva, seeds with peanuts and peanut sweets excluded"),
        ("сухарики 3 корочки с беконом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 3 Корочки croutons in any chain; other croutons (Воронцовские, Хрусteam, Фишка, 777, BEERKA…) are other "
           "brands and excluded"),
        ("pepsi 2л бутылку пацанам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Pepsi in 2 l bottles (the written size names the bottle): Пятёрочка has only Pepsi Dark Vanilla 0.5 l, "
           "excluded; other colas are other brands"),
    ]),
    # L19 tea time
    ("сгущ. 2 банки, печенье юбилейное пару пачек к чаю, вафли артек штуки 3", [
        ("сгущ. 2 банки", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "cc9252c04f", "1000003186", "1000427075", "be9bed5042", "66294fd8e5",
                       "dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["4218934", "3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4211054"],
        }, "sweetened condensed milk (сгущённое цельное с сахаром, any brand and pack incl. the Дикси 650 g sachet and the "
           "1% Пр!ст; Алексеевское 650 г and Рогачевъ «цельное 8,5%» taken as sweetened); «2 банки» is a quantity; "
           "варёная сгущёнка, Магнит «цельное концентрированное стерилизованное» (unsweetened), Моя цена «Продукт молочный "
           "Сгущенка» (not milk) and sweets with condensed milk excluded"),
        ("печенье юбилейное пару пачек к чаю", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное cookies, every variant (традиционное, молочное, с глазурью, овсяное); «пару пачек к чаю» is quantity "
           "and purpose; Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» coffee excluded"),
        ("вафли артек штуки 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Артек wafers in any chain; other wafers (Коломенское, Коровка, Джек, Любимые традиции, Зелёная Линия…) "
           "excluded"),
    ]),
]

LISTS += [
    # L20 coffee for dad, Kinder for the boys
    ("кофе раств. nescafe gold, сахар рафинад подешевле, сливки 10% для кофе подешевле, kinder bueno пацанам", [
        ("кофе раств. nescafe gold", {
            "pyaterochka": [],
            "magnit": ["e29b86ab6b", "5ed1824f2e", "5937914f18", "67ebe44e72", "eab407b5dd", "07b5ff6b13", "0c262c177c"],
            "dixy": ["2000587951", "2000225117", "2000225116", "2000144529", "ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé Gold instant coffee, every variant and pack (Голд, Голд Арома, Голд Бариста, «сублимированный с "
           "молотым», Дикси «Nescafe Gold Alta Rica» - the title names Gold); Nescafé Classic/Classic Crema, 3in1 coffee "
           "drinks and other brands excluded"),
        ("сахар рафинад подешевле", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (рафинад = прессованный/кусковой, any pack); Магнит «Сахар-песок … Рафинированный» (granulated - "
           "trap), granulated sugar and brown cane lump sugar (Маркет, Мистраль, Market Collection) excluded"),
        ("сливки 10% для кофе подешевле", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609", "3201860040",
                       "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "drinking cream of exactly 10% (UHT/sterilised, cartons and 10x10 g portion cups; «для кофе» is a purpose, "
           "«подешевле» a wish); 11/20/33% cream, whipped cream, sour cream 10% and 10% ice cream excluded"),
        ("kinder bueno пацанам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Kinder Bueno in any chain; other Kinder products (Молочный ломтик, Maxi King, Pingui, Kinder chocolate, "
           "Kinder Сюрприз/Joy) are other products and excluded"),
    ]),
    # L21 sandwiches for the week; Red Bull for the boys
    ("колбаса сервелат на бутеры, сыр плавленый треугольнички 2 упаковки, хлеб для тостов подешевле, red bull 2 банки", [
        ("колбаса сервелат на бутеры", {
            "pyaterochka": ["0da064a041"],
            "magnit": ["bb6f79075c", "11b5f25ada", "6d879da1f1", "24ef845cb6", "c1950da806", "8ee202a921"],
            "dixy": ["2000535171", "2000422431", "2000603351", "2000590791"],
            "perekrestok": ["4361224", "4322507", "4323441"],
        }, "сервелат sausage of any kind, brand and pack (Финский, Зернистый, Кремлевский, Мускатный, Московский, Пражский, "
           "Мраморный, Карельский); «на бутеры» is a purpose; other smoked sausages excluded"),
        ("сыр плавленый треугольнички 2 упаковки", {
            "pyaterochka": [],
            "magnit": ["09f119dd16", "1000270511", "1000270513", "1862400009"],
            "dixy": [],
            "perekrestok": [],
        }, "processed cheese in triangle portions: Viola «ассорти финское треугольники» 130 г, the same Viola «ассорти "
           "Финское избранное» 130 г card, and Viola «Сливочный 45% 130г» (judgement: Viola's 130 g pack is the 8-triangle "
           "box, cf. Дикси «Viola … 8 порций 130г») and Hochland «Синее ассорти … порционный 140г» (outside knowledge: "
           "Hochland portions are triangles in a round box; the assortments include plain сливочный portions); «2 "
           "упаковки» is a quantity; processed cheese whose shape is not stated (Hochland сливочный 140/200/400 г, "
           "President, Экомилк, Landkaas, Viola 140/190/200/380 г), slices (Чизбургер/Сэндвич, "
           "Гриль Чиз), Дикси Viola «с белыми грибами» triangles (flavoured), Фетакса, «плавленый продукт» and cream "
           "cheese excluded"),
        ("хлеб для тостов подешевле", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "sliced toast bread (Коломенский «Хлеб ТОСТОВЫЙ» пшеничный and злаковый - no variety was written); "
           "«подешевле» is a wish; other sliced breads and батоны excluded"),
        ("red bull 2 банки", {
            "pyaterochka": [],
            "magnit": ["40ecd31c9e"],
            "dixy": [],
            "perekrestok": ["2119252", "3173468"],
        }, "Red Bull energy drink, any can size (355/473 ml; «2 банки» is a quantity); other energy drinks excluded"),
    ]),
    # L22 water and drinks
    ("вода питьевая 5л 2шт, минералка ессентуки №4 бутылки три, сок добрый яблочный 2л пацанам", [
        ("вода питьевая 5л 2шт", {
            "pyaterochka": ["3635131"],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871", "4231308"],
        }, "still drinking water in 5 l bottles (the written size names the bottle; «2шт» is a quantity), incl. "
           "children's drinking water 5 l (Фрутоняня, Аквалайн, Черноголовка Бэйби, Кидси - as children's milk counts as "
           "milk) and Пятёрочка «Легенда Гор … питьевая столовая негаз 5.0» (table water titled питьевая, «5.0» read as 5 "
           "l); 6 l and smaller bottles, flavoured and medicinal waters excluded"),
        ("минералка ессентуки №4 бутылки три", {
            "pyaterochka": [],
            "magnit": ["9d46fc2eab"],
            "dixy": ["2000346018", "2000323928"],
            "perekrestok": ["3977407"],
        }, "Ессентуки №4 mineral water, any bottle size; «бутылки три» is a quantity; Ессентуки №17, «Ессентуки целебная» "
           "and Aqua bene «Ессентуки» (number not stated) and other mineral waters excluded"),
        ("сок добрый яблочный 2л пацанам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Добрый apple juice in 2 l packs (the written size names the pack): Добрый apple juice is sold only as 0.2-1 l "
           "(Магнит, Дикси, Перекрёсток) and excluded, as are Добрый nectars (not juice) and juice drinks"),
    ]),
    # L23 breakfast for the week
    ("геркулес пачку на завтраки, йогурт питьевой клубничный пару бутылочек, актимель", [
        ("геркулес пачку на завтраки", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000222892", "2000219614", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "2105514", "3933387", "3421663", "23772", "6752", "24926", "3469028"],
        }, "rolled oats titled «Геркулес» (the flake type / brand the user wrote: Русский Продукт традиционный/"
           "Монастырский/быстрого приготовления, Nordic Геркулес Финский, Мистраль Геркулес Фермерский, Маркет геркулес, "
           "Магнит ГЕРКУЛЕС Нежный…); «пачку на завтраки» is quantity and purpose; oat flakes not titled Геркулес (Экстра, "
           "№1/№2/№3, Nordic, Пр!ст), flavoured instant porridges «Геркулес» (абрикос, клубника, вишня, в ассортименте), "
           "Фацер bread «ГЕРКУЛЕС» (trap), muesli and granola excluded"),
        ("йогурт питьевой клубничный пару бутылочек", {
            "pyaterochka": ["3463087", "3609770"],
            "magnit": ["43248db1e8", "1000519721", "264dcf04cc", "1059990444", "1000201629", "1000080819"],
            "dixy": ["2000524057", "2000576131"],
            "perekrestok": ["4166076"],
        }, "drinkable strawberry yoghurt (клубника, земляника or клубника-земляника - земляника is the same berry in "
           "yoghurt names, outside knowledge); Пятёрочка Активиа «клубн/земл. 870г» taken as drinkable (the 870 g Activia "
           "is the drinking bottle, cf. «АКТ.пит.» 870 g) and Перекрёсток Зелёная Линия «Йогурт клубника фруктовый 300мл» "
           "taken as drinkable (sold in ml); spoonable yoghurts, strawberry mixed with other fruit (банан, киви, "
           "маракуйя, черника, малина, дыня), ice-cream-flavoured Растишка, yoghurt products and curd excluded"),
        ("актимель", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000548338", "DI00081163"],
            "perekrestok": ["4223188", "4223178", "4223187", "4223185"],
        }, "Actimel fermented milk shots, any flavour (the brand names one product, its variants accepted); Магнит "
           "«Актимуно» (a different name in the title), Имунеле and other brands excluded"),
    ]),
    # L24 Saturday supper
    ("скумбрия х/к, селедочка в масле пару баночек, картоха молодая 2 кг, квас очаковский 2л пару бутылок", [
        ("скумбрия х/к", {
            "pyaterochka": [],
            "magnit": ["1b9094b7b8"],
            "dixy": ["2000545671"],
            "perekrestok": [],
        }, "cold-smoked mackerel (х/к = холодного копчения: Рыбная миля «Косичка», Мореслав кусочки); hot-smoked mackerel, "
           "canned mackerel, frozen «полуфабрикат», fish paste and Перекрёсток «Скумбрия 0.3-0.5 кг» (form not stated) "
           "excluded"),
        ("селедочка в масле пару баночек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000162753", "2000322886", "2000236692", "2000242531", "2000179260", "2000309903"],
            "perekrestok": ["3345483", "3682728", "3683735", "3463465", "3993017", "4322376", "4275608", "4159336"],
        }, "herring fillet / pieces in oil without added flavour (Vici, Леор, Мореслав, Матиас «оригинальная», Русское море, "
           "Русский Невод, Пр!ст, Маркет, Балтийский Берег «по-царски … в масле», the weighed fillet «в масляной "
           "заливке»); «пару баночек» is a quantity; herring in oil «с укропом», «с дымком», «со специями», «с "
           "приправами», «с лучком и томатом», herring in wine/mayonnaise/tomato, whole salted herring, cold-smoked "
           "fillet, Санта Бремор «популярное» (oil not stated) and Форгрейт «натуральная» excluded"),
        ("картоха молодая 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh young potatoes in any chain: the only «молодой» potato is Перекрёсток's baked ready dish; ordinary "
           "and «Бэби» (small, not new-season) potatoes excluded"),
        ("квас очаковский 2л пару бутылок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Очаковский kvass in any chain; Русский узор «Летний» 2.5 l and Зелёная Линия «Квас Медовый» are other brands "
           "and excluded"),
    ]),
    # L25 laundry and bathroom
    ("порошок автомат 3кг подешевле, кондей для белья подешевле, гель д/душа мужской, мыло хоз.", [
        ("порошок автомат 3кг подешевле", {
            "pyaterochka": [],
            "magnit": ["3c569d2305", "84c2d44059", "9ec3c6b343", "eee3b0a174", "6d62d005d5"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for automatic machines in 3 kg packs («3кг» names the pack; any brand, colour or scent: Bimax, "
           "Persil); Persil «Сенситив Миндаль, 3кг» taken as an automatic powder (outside knowledge: Persil powders are "
           "automat); 1.5-2.7 kg and 4-6 kg packs, gels, capsules and the Сомат dishwasher powder excluded"),
        ("кондей для белья подешевле", {
            "pyaterochka": ["70980", "3625262"],
            "magnit": ["20f80590d8", "5f6ea5bfba", "d84a2feb00", "bb6844cd7c", "9263318f64", "8f532dee73", "7ab3cd50b3",
                       "1ab71f9367", "20028d9807", "6527bb5d39", "059d53fa78", "fc6438872a"],
            "dixy": [],
            "perekrestok": ["4359643"],
        }, "«кондей» = fabric conditioner/softener of any brand and scent (Lenor, Vernel, Synergetic, Е, Qualita, Магнит, "
           "Заводъ братьевъ Крестовниковыхъ, children's ones; Frosch «Ополаскиватель для белья»); Calgon water softeners, "
           "dishwasher rinse aids, hair conditioners and Persil «Свежесть от Вернель» powders/gels excluded"),
        ("гель д/душа мужской", {
            "pyaterochka": [],
            "magnit": ["1fde288d8a", "393259057b", "fb86a14079", "5453f6025c", "c8614395b8", "0a0bc36d75", "ee38106f2e",
                       "04385b1c05", "a162a1690e", "b05b3805a4", "27b08defc4", "35c3ab54cc", "64c0ec7e7a", "869541895d",
                       "8b4da8afe5", "b2be06e3a0", "f4f55309dc", "8e0a633d30", "ae24cd3ee0"],
            "dixy": [],
            "perekrestok": ["4342546"],
        }, "men's shower gels: titles «мужской/Мен/MEN/Men» (FA Men, Nivea Men, Palmolive Men, Ecolatier 2в1 мужской, Rexona "
           "Men 3в1) and the men-only brands Axe/АКС and Old Spice (outside knowledge); gels whose gender is not stated "
           "(Palmolive «Спорт 3в1», Milana, FA «Сила притяжения», Nivea «Пробуждающий», «Энергия/Заряд чистоты» 250 мл "
           "card), women's and children's gels, Axe deodorants excluded"),
        ("мыло хоз.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household (хозяйственное) soap in any chain; toilet, bath («Банное»), cream and liquid soaps are other "
           "products and excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fulNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ful\d\d ===$", line):
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
                    errors.append("ful%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ful%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ful"))
