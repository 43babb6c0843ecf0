#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xg.jsonl -- late-summer dacha canning lists hand-labelled against the
real offers in real_offers_g.jsonl (the same offers as fresh_basket_eval_g / _zh).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xg.build.py

LISTS below is literal data: 25 shopping lists (3-5 items) on the theme "home canning at the dacha
plus the week's groceries", typed as a household types them to a Telegram bot, and for every item the
product ids of every in-stock offer per store that a reasonable shopper who wrote exactly that item
would accept.  The lists were written first, before any offer was read, and saved as
fresh_basket_eval_xg.blind_lists.txt; the texts below are copied from it byte for byte except the three
documented REPLACEMENTS (lists whose every item was missing in every store).  Candidate titles were
grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic
brand spellings, ё/е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store
has nothing acceptable (the item is "missing" there).  Nothing of korzina (matcher, data, other sets'
labels, holdout files) was read or run.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is
in stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and writes
the JSONL in the format of real_basket_eval.jsonl.  List ids are fxg01, fxg02, ... in LISTS order;
every list is in split "fresh".  check_blind() additionally verifies that every list text equals the
blind draft line, apart from the documented replacements.
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xg.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xg.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# list number -> (item as written in the blind draft, replacement item).
REPLACEMENTS = {
    3: ("крышки капроновые", "фейри банки мыть"),
    16: ("спрей от комаров off", "ловушка от моли раптор"),
    19: ("марля", "салфеток бумажных пачку"),
}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 pickling cucumbers
    ("огурчики для засолки 5 кг, укропчик с зонтиками, хрен корень, чеснока 3 головки крупного, соль крупного помола не йодированная", [
        ("огурчики для засолки 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0001499", "2000088660", "2000327957"],
            "perekrestok": ["3368260", "3632205", "3255111", "2088998", "4072", "2131726", "44569"],
        }, "fresh cucumbers of pickling type: prickly/short-fruited (колючие среднеплодные, короткоплодные, "
           "Бакинские, Перекрёсток «Огурцы Хрустящие»), Дикси fresh «Огурцы корнишоны, в упаковке, 300 г» and "
           "fresh packs that do not say the type (Дикси/Перекрёсток «Огурцы, 600 г», «Огурцы фасованные, 450 "
           "г»); smooth and long salad cucumbers (Магнит «ОГУРЦЫ гладкие», Дикси «среднеплодные гладкие», "
           "«длинноплодный», Перекрёсток «гладкие среднеплодные», «длинные») excluded because «для засолки» "
           "names the pickling kind; all salted/marinated cucumbers, gherkins in jars, assortments, cosmetics "
           "excluded; «5 кг» is a quantity. Outside knowledge: Перекрёсток «Огурцы Хрустящие», «Бакинские, 300г» "
           "and Дикси «корнишоны, в упаковке, 300 г» taken as fresh pickling cucumbers"),
        ("укропчик с зонтиками", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill with umbrellas: no store has fresh dill at all (only dill-flavoured chips, herring, "
           "cheese, ketchup) -> missing everywhere"),
        ("хрен корень", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh horseradish root: none; prepared grated horseradish (Дикси Махеевъ/Главпродукт «Хрен "
           "столовый») is a condiment, not the root, excluded"),
        ("чеснока 3 головки крупного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278"],
        }, "fresh garlic heads (loose, «в упаковке 1 шт», Фермерский Чеснок «отборный 1 сорта» and 150 г, "
           "«ранний»); peeled cloves «отборный зубчиками 100г», dried/ground/grated/smoked/salted garlic and "
           "garlic-flavoured goods excluded; «3 головки» is a quantity and «крупного» an unverifiable wish"),
        ("соль крупного помола не йодированная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0044186", "DI00080806"],
            "perekrestok": ["3450465", "3613636", "3613637", "3255026"],
        }, "plain coarse non-iodised table salt: «помол №1» salts (Дикси 2, Перекрёсток Salina каменная, Илецкая "
           "180 г/500 г) and Перекрёсток «Соль поваренная пищевая крупная»; iodised (excluded by the negative "
           "wish), fine/«мелкая»/«Экстра», medium-ground sea salt (Магнит МАРЕМАН «Средняя», Дикси Крымская "
           "средний помол), flavoured/Adyghe/himalayan, bath and dishwasher salt excluded. Outside knowledge: "
           "помол №1 is the coarse grade"),
    ]),
    # L2 marinade basics
    ("уксус 9% 2 бутылки, сахарный песок 5кг мешок, перчик черный горошек, листик лавровый", [
        ("уксус 9% 2 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "9% table vinegar: none; the only vinegar is Перекрёсток «Уксус виноградный 6%» (wrong kind and "
           "strength) -> missing everywhere"),
        ("сахарный песок 5кг мешок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214172"],
            "perekrestok": [],
        }, "white granulated sugar in a 5 kg pack: only Дикси «Сахар-песок фасованный белый, 5 кг»; the size "
           "names the pack, so 1 kg/900 g packs, lump, cane and vanilla sugar are excluded"),
        ("перчик черный горошек", {
            "pyaterochka": [],
            "magnit": ["9303052c5b"],
            "dixy": ["2000024941", "2000303083", "ЦТ0046007", "2000557371", "2000260537", "2000315723"],
            "perekrestok": ["4207245", "4202515", "3904322", "9505", "3641165", "88779", "3661159",
                                 "9387", "3395331", "4113011", "3479407", "3166460", "3213422", "69129",
                                 "3172904", "3481023", "3689196", "3500195", "2084314"],
        }, "whole black peppercorns of any brand and size («горошек/горошком», «целый», Santa Maria «Теличерри» "
           "70 г – outside knowledge: sold as whole Tellicherry peppercorns); ground, crushed («дроблёный»), "
           "grinders (Kotanyi «в мельнице»; Перекрёсток Kamis 42 г and Маркет 36 г/50 г whose form is not "
           "stated, taken as mills), Kotanyi «4 перца» mix excluded"),
        ("листик лавровый", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "bay leaf: Магнит КОТАНИ 5 г, Перекрёсток Пр!ст 10 г; Дикси has none"),
    ]),
    # L3 jars and lids (one item replaced)
    ("банки стеклянные 3л, крышки твист офф 82мм, фейри банки мыть", [
        ("банки стеклянные 3л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "3-litre glass jars: no store sells jars (no household canning goods in the recorded offers) -> "
           "missing everywhere"),
        ("крышки твист офф 82мм", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "twist-off lids 82 mm: none anywhere -> missing everywhere"),
        ("фейри банки мыть", {
            "pyaterochka": [],
            "magnit": ["186ff3d636", "43a0e3032e", "4cf63843e3", "514b218200", "551d8403a9", "7c5bd74e06",
                            "8d877b13ce", "a401696a68", "a8a6d84ae6", "b3ebaa28e5", "bbb10983dd", "d076c21852",
                            "d0bd1a2d49", "df2c291ad1"],
            "dixy": ["2000265727", "2000274013", "2000371202", "2000517533", "2000591971"],
            "perekrestok": ["4011474", "4141118"],
        }, "REPLACEMENT for the blind item «крышки капроновые» (the whole list was empty everywhere). Any "
           "Fairy/ФЭЙРИ hand dish-washing liquid (all scents, Platinum, Pure&Clean, sizes); other brands (AOS, "
           "Sorti, Synergetic, Palmia…) and Fairy dishwasher tablets/capsules excluded; «банки мыть» is the "
           "purpose"),
    ]),
    # L4 pickling tomatoes
    ("помидоры сливки для засолки, кислота лимонная пакетик, гвоздика пряная", [
        ("помидоры сливки для засолки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0019904", "2000410142"],
            "perekrestok": ["4327416", "4214021", "14809", "3657325", "82521", "14811", "2100224"],
        }, "fresh plum-shaped tomatoes («сливка», «сливовидные» red or yellow, Фламенко, Deluxe Voronezh, "
           "«коктейль сливовидные»); round/pink/cherry tomatoes incl. Дикси «Томаты черри сливовидные» (cherry "
           "is a kind people name separately), marinated/salted/canned/dried tomatoes and tomato paste excluded; "
           "Магнит has no fresh plum tomatoes; «сливки» (cream) are a trap"),
        ("кислота лимонная пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000554252"],
            "perekrestok": ["3395099"],
        }, "food citric acid (Дикси «Первым делом» 50 г, Перекрёсток Haas 10 г); Cillit Bang «с лимонной "
           "кислотой», lemons and lemon-flavoured goods excluded"),
        ("гвоздика пряная", {
            "pyaterochka": [],
            "magnit": ["e69ae10ee8"],
            "dixy": [],
            "perekrestok": [],
        }, "dried clove spice: only Магнит «Гвоздика ВОСТОЧНЫЙ ГОСТЬ целая сушеная»"),
    ]),
    # L5 raspberry jam
    ("желфикс 2:1 для джема, сахарку 2 кг, малина свежая", [
        ("желфикс 2:1 для джема", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Желфикс 2:1 (gelling sugar/pectin): none anywhere (Dr.Bakers sells only vanilla sugar here) -> "
           "missing everywhere"),
        ("сахарку 2 кг", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar of any pack (Магнит ЧАЙКОФСКИЙ сахар-песок 900 г, Дикси 900 г/1 кг/5 кг, "
           "Перекрёсток «белый песок», «Советский Экстра» 1 кг, Чайкофский «белый кристаллический» 750 г); «2 "
           "кг» read as a quantity. Lump/pressed sugar, cane, coconut, vanilla sugar, icing sugar, sweeteners "
           "excluded. Outside knowledge: «Сахар Советский Экстра, 1кг» is granulated"),
        ("малина свежая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh raspberries: none; Перекрёсток «Ягодный микс голубика-малина-ежевика», freeze-dried raspberry, "
           "raspberry jam/varenye/«протёртая с сахаром» excluded -> missing everywhere"),
    ]),
    # L6 apple jam and plums
    ("антоновка 2 кг, карица молотая, сахар ванильный др откер, слива венгерка", [
        ("антоновка 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Antonovka apples: no store has the variety (Перекрёсток sells Гала, Гольден, Симиренко, Синап, etc.; "
           "none is Antonovka) -> missing everywhere"),
        ("карица молотая", {
            "pyaterochka": [],
            "magnit": ["aaed24508c"],
            "dixy": [],
            "perekrestok": [],
        }, "ground cinnamon (typo «карица»): Магнит «Корица КОТАНИ, Молотая»; cinnamon-flavoured sweets/drinks "
           "excluded"),
        ("сахар ванильный др откер", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220514"],
            "perekrestok": ["4272698"],
        }, "vanilla sugar of Dr. Oetker: Дикси/Перекрёсток «Сахар ванильный Dr.Bakers 8 г». Outside knowledge: "
           "Dr.Bakers is the name under which Dr. Oetker's Russian range has been sold since 2022, so it is "
           "accepted as the brand written; Магнит «Ванилин ХААС» (vanillin, other brand) excluded"),
        ("слива венгерка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plums of the Венгерка variety: none; Дикси «Слива круглая» (round, not Venger) and Перекрёсток "
           "«Слива сезонная» (variety unknown) excluded -> missing everywhere"),
    ]),
    # L7 weekday staples
    ("хлеб черный нарезка, молоко домик в деревне 2.5 1.4л, яиц десяток с0 подешевле, маслице сливочное 82.5% 180г", [
        ("хлеб черный нарезка", {
            "pyaterochka": [],
            "magnit": ["6929a8d5f0"],
            "dixy": ["2000195093"],
            "perekrestok": ["3382146", "4329404", "3974719", "3974720", "4074396", "3627134", "3658457",
                                 "4276930", "3953836", "3455614", "3624125", "4049144", "2053660", "3634576",
                                 "3965436", "4318513"],
        }, "sliced («нарезка/нарезанный») dark rye or rye-wheat bread: Бородинский, Дарницкий, Каравай Ржаной, "
           "Даниловский ржано-пшеничный, Ржаной Край (заварной; Магнит «РЖАНОЙ КРАЙ, нарезка»), Столичный, "
           "Экохлеб ржаной, Измайловский. Unsliced loaves, white/wheat/toast/mustard bread, «Ржаной Край "
           "зерновой» (grain bread, colour not stated), Крестьянский, Бабушкин, wheat-rye «Хлебец … с "
           "пророщенными зёрнами», хлебцы, гренки excluded. Outside knowledge: Столичный, Измайловский and "
           "Коломенский «Ржаной Край» are rye-wheat (black) breads"),
        ("молоко домик в деревне 2.5 1.4л", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "1000143306"],
            "dixy": ["2000313238"],
            "perekrestok": [],
        }, "Домик в деревне drinking milk 2.5 % in the 1.4 l pack (Магнит 2 titles, Дикси 1400 мл); 930 ml/950 g "
           "packs, 3.2 %/3.7 %, «отборное» without a fat value and other Домик в деревне dairy excluded; "
           "Перекрёсток has no such milk"),
        ("яиц десяток с0 подешевле", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "4352464",
                                 "3356111", "3432532", "2131762", "3421287", "3914040", "4236458", "4012802",
                                 "4085790", "3182853"],
        }, "chicken eggs С0/СО/«отборные» in packs of 10; С1/С2/СВ «высшей категории», packs of 6/15/20/30 and "
           "quail eggs excluded; «подешевле» is a wish"),
        ("маслице сливочное 82.5% 180г", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
                            "1000151122", "8000045816", "1000070643", "1899900309", "6b22928df7"],
            "dixy": ["2000186964", "2000588791", "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3999749", "3413519", "3643092", "34890", "4260609", "3026226", "4113532",
                                 "3434127", "86149", "3369241", "3698785", "3287314", "3396544", "3657363",
                                 "4292462", "4135603", "3654551"],
        }, "butter 82.5 % in 180 g packs; 82 % (Киприно, Молочный знак, President, JALO KERMA), other pack sizes "
           "(150/160/175/200/340/360/380/400 г), spreads excluded"),
    ]),
    # L8 marinade and vegetables for lecho
    ("эссенция уксусная 70, соль каменная помол 1, перчик чили, болгарский перец красный, петрушка свежая пучочек", [
        ("эссенция уксусная 70", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "70 % acetic essence: none anywhere -> missing everywhere"),
        ("соль каменная помол 1", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0044186", "DI00080806"],
            "perekrestok": ["3450465", "3613636", "3613637"],
        }, "rock salt of grade помол №1: Перекрёсток Salina «каменная … помол №1»; Илецкая помол 1 (Iletsk salt "
           "is mined rock salt), Дикси «помол №1» salts (outside knowledge: plain помол №1 salt in Russian "
           "retail is rock salt) accepted; «крупная» without a помол number, «Экстра», sea, iodised, flavoured, "
           "bath and dishwasher salt excluded"),
        ("перчик чили", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh chili peppers: none. Ground chili (Магнит КОТАНИ «Чили молотый»), chili grinders "
           "(Пятёрочка/Магнит Kotanyi «в мельнице») and Магнит ДЯДЯ ВАНЯ marinated chili excluded because a "
           "produce word means fresh produce -> missing everywhere"),
        ("болгарский перец красный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh red bell pepper: none anywhere (only marinated peppers and paprika powder) -> missing "
           "everywhere"),
        ("петрушка свежая пучочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley: Дикси «ПЕТРУШКА УПАК 75Г»; Heinz ketchup «укроп-петрушка» excluded; «пучочек» read as "
           "the usual pack of herbs"),
    ]),
    # L9 vegetables for canned salads
    ("кабачки молодые 2 кг, боклажаны, лук репчатый 3 кг, морковки кг 2, раст. масло нерафинированное", [
        ("кабачки молодые 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh young courgettes: none; Магнит «4 СЕЗОНА Кабачки замор нарез» (frozen), кабачковая икра, Дядя "
           "Ваня «Кабачки в аджике», baby purees excluded -> missing everywhere"),
        ("боклажаны", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh aubergines (typo «боклажаны»): none; Магнит «Баклажаны на гриле» (jarred) excluded -> missing "
           "everywhere"),
        ("лук репчатый 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions, loose, netted or packed, incl. red «Лук репчатый красный» and peeled «очищенный»; "
           "dried/ground onion, onion rings, «Лукум» excluded; «3 кг» is a quantity"),
        ("морковки кг 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "4191099", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots (loose, washed, packs, mini, «для сока»); boiled carrots, Korean carrot salad, juices, "
           "purees and carrot-containing products excluded; «кг 2» is a quantity"),
        ("раст. масло нерафинированное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4307791", "74883", "3653773", "4311768", "3683883", "2071663",
                                 "3608379", "4149438"],
        }, "unrefined sunflower oil of any brand/size (incl. «из жареных семечек» and high-oleic Getuva); «раст. "
           "масло» read as the household sunflower oil, so unrefined olive, avocado and mustard oil (Магнит "
           "САРЕПТА) excluded, as are refined oils, blends (with linseed/olive) and flavoured oils"),
    ]),
    # L10 blackcurrant and cherry jam
    ("смородина черная, вишня замороженая, тростниковый сахар мистраль", [
        ("смородина черная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh (or frozen) blackcurrants: none; blackcurrant jam/varenye, tea and pastries excluded -> "
           "missing everywhere"),
        ("вишня замороженая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen cherries: none; cherry varenye/jam, dumplings «с вишней», jelly «Вишня в желе» excluded -> "
           "missing everywhere"),
        ("тростниковый сахар мистраль", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2113550"],
        }, "Мистраль cane sugar: Перекрёсток «Сахар Мистраль тростниковый нерафинированный кусковой, 500г» "
           "(brand + product: every form accepted); cane sugar of other brands (Маркет, Market Collection, Дикси "
           "«Брауни») excluded"),
    ]),
    # L11 barbecue at the dacha
    ("уголь для мангала березовый, шашлычок из свиной шеи, кетчуп хайнц шашлычный 800г, лаваш армянский тонкий 2 упаковки", [
        ("уголь для мангала березовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "birch barbecue charcoal: none anywhere (only charcoal toothpaste) -> missing everywhere"),
        ("шашлычок из свиной шеи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78003999"],
        }, "ready-to-grill pork-neck shashlik: Перекрёсток «Шашлык из свиной шейки охлаждённый». Shashliks whose "
           "cut is not stated (Магнит МИРАТОРГ «Шашлык свиной Деликатесный», Перекрёсток «любительский», "
           "«по-московски»), chicken/shrimp shashlik, the cooked «Шашлык из свинины с луком жареный» and plain "
           "raw pork neck (not a shashlik; Магнит Черкизово, Перекрёсток) excluded"),
        ("кетчуп хайнц шашлычный 800г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz shashlik ketchup in an 800 g pack: none – Heinz «для гриля и шашлыка»/«Гриль и шашлык» exist "
           "only as 320–550 g (and 350 g doy-pack at Пятёрочка) and Heinz 800 g only as "
           "Томатный/Острый/Итальянский; the size names the pack -> missing everywhere"),
        ("лаваш армянский тонкий 2 упаковки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "Armenian (thin) lavash: Перекрёсток Маркет «Лаваш Армянский» and Коломенский «Армянский тонкий»; «2 "
           "упаковки» is a quantity. Outside knowledge: Armenian lavash is thin by definition"),
    ]),
    # L12 washing the jars
    ("сода пищевая 500 гр на банки, губки поролоновые банки мыть, перчатки хозяйственные м", [
        ("сода пищевая 500 гр на банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078505"],
            "perekrestok": [],
        }, "baking soda 500 g: Дикси «Сода пищевая, 500 г»; Palmia dish liquid «пищ сода» excluded"),
        ("губки поролоновые банки мыть", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen dish sponges: Магнит «Губки для посуды МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт.» (outside knowledge: "
           "ordinary dish sponges are foam/поролон with a scouring layer); shoe sponge excluded"),
        ("перчатки хозяйственные м", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "household rubber gloves size M: none anywhere -> missing everywhere"),
    ]),
    # L13 for the little one
    ("творожок агуша клубничный 3.9%, бананчики для мелкой, юбилейное печенье овсяное", [
        ("творожок агуша клубничный 3.9%", {
            "pyaterochka": [],
            "magnit": ["1000564007"],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша strawberry children's curd 3.9 %: Магнит «Творог Клубника Агуша 3.9% 100г»; Агуша «Засыпай-ка "
           "Клубника банан мелисса 3.8%», other flavours, yoghurts and ряженка «Клубника» excluded"),
        ("бананчики для мелкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh dessert bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», «Бананы красные»); "
           "plantains «Бананы для жарки», dried bananas and banana-flavoured goods excluded; «для мелкой» is a "
           "purpose. Outside knowledge: red bananas are a sweet dessert banana"),
        ("юбилейное печенье овсяное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное oat biscuits: Дикси «Печенье Юбилейное Овсяное с овсяными хлопьями, 268 г»; Юбилейное "
           "«Молочное»/«традиционное»/«с глазурью» (Магнит) and oat biscuits of other brands excluded"),
    ]),
    # L14 spices for marinade
    ("яблочный уксус 6 процентов, горчица сухая, кориандр зерна", [
        ("яблочный уксус 6 процентов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "apple cider vinegar 6 %: none; Перекрёсток «Уксус виноградный 6%» is grape vinegar, excluded -> "
           "missing everywhere"),
        ("горчица сухая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000568217"],
            "perekrestok": ["4095267"],
        }, "dry mustard powder: Дикси «Порошок горчичный Первым делом 100 г», Перекрёсток «Порошок горчичный 1 "
           "сорт Маркет 200г»; prepared mustards (table, Dijon, grain), whole mustard seeds «Горчица Волшебное "
           "дерево целая», mustard oil and sauces excluded"),
        ("кориандр зерна", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "whole coriander seeds: none; Магнит «Кориандр ВОСТОЧНЫЙ ГОСТЬ молотый» is ground, excluded by the "
           "form written -> missing everywhere"),
    ]),
    # L15 tea and coffee at the dacha
    ("якобс монарх растворимый 150г, сгущенное молоко рогачев ж/б, пряников мятных 500г, чай гринфилд черный", [
        ("якобс монарх растворимый 150г", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "88df1b0c73"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs Monarch instant (freeze-dried) coffee in 150 g packs: Пятёрочка «Jacobs Monarch, растворимый, "
           "150 г», Магнит «JACOBS MONARCH, сублимированный, 150г» and «Монарх Интенс, сублимированный, 150г»; "
           "95 g/190 g packs, ground and bean Monarch, Gold, Millicano, 3-in-1 excluded"),
        ("сгущенное молоко рогачев ж/б", {
            "pyaterochka": [],
            "magnit": ["dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000186451", "2000014518"],
            "perekrestok": ["3376242", "4147345"],
        }, "Рогачевъ sweetened condensed milk 8.5 % (цельное/с сахаром, 270–380 g); Рогачевъ «с кофе», boiled "
           "«Егорка вареное» and other brands excluded. No title states the can; outside knowledge: Рогачевъ "
           "sells this milk in tins (ж/б), so all sizes are accepted"),
        ("пряников мятных 500г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mint gingerbread: none (Магнит СЛАНА «Шоколадные» 500 г, LUCKY DAYS chocolate, Стойленские, Дикси "
           "«Цветок апельсина», Перекрёсток cranberry and pear gingerbread are other flavours) -> missing "
           "everywhere"),
        ("чай гринфилд черный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000217793", "2000289445", "2000361849", "2000144520", "2000228472", "2000000294",
                          "DI00080603"],
            "perekrestok": ["2042290", "3626161", "2147891", "2073803", "3378336", "2095906", "2114141",
                                 "2147890", "46398", "3450276"],
        }, "every Greenfield black tea (bags or loose; Earl Grey Fantasy, Kenyan Sunrise, Golden Ceylon, English "
           "Edition, Spring Melody, Christmas Mystery, Currant&Mint); Greenfield Spirit Mate (herbal) excluded; "
           "Магнит and Пятёрочка have no Greenfield"),
    ]),
    # L16 dacha household (one item replaced)
    ("ловушка от моли раптор, спичек 10 коробков, батарейки пальчиковые duracell", [
        ("ловушка от моли раптор", {
            "pyaterochka": [],
            "magnit": ["744f48b5e3"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACEMENT for the blind item «спрей от комаров off» (the whole list was empty everywhere). Raptor "
           "moth trap: Магнит «Ловушка от пищевой моли РАПТОР, 7мл»"),
        ("спичек 10 коробков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "matches: none anywhere -> missing everywhere"),
        ("батарейки пальчиковые duracell", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Duracell AA batteries: no batteries at all in the recorded offers -> missing everywhere"),
    ]),
    # L17 sauces and spices
    ("томатная паста пиканта, аджика кавказская острая, перец красный молотый, чеснок сушеный", [
        ("томатная паста пиканта", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пиканта tomato paste: none; tomato pastes of other brands (Помидорка, Кухмастер, Круглое лето, "
           "Selviano, Маркет, Пр!ст) and Дикси «Протертая мякоть томатов Пиканта» (not paste) excluded -> "
           "missing everywhere"),
        ("аджика кавказская острая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hot Caucasian adjika: none; Магнит «АДЖИКА (ООО Томат Регион), 120г» does not say Caucasian/hot, "
           "Дикси «Кетчуп Помидорка Аджика», Магнит dry «Смесь для аджики» and «Кабачки в аджике» excluded -> "
           "missing everywhere"),
        ("перец красный молотый", {
            "pyaterochka": [],
            "magnit": ["cdbdec1c03", "5a67f90bb1", "8ccf3e3da4"],
            "dixy": [],
            "perekrestok": [],
        }, "ground red pepper: Магнит КОТАНИ «Паприка, Перец красный молотый», КОТАНИ «Чили, Молотый», ВОСТОЧНЫЙ "
           "ГОСТЬ «Паприка красная молотая»; smoked paprika, «Перечная смесь с паприкой», chili grinders and "
           "black pepper excluded. Outside knowledge: in Russian usage «перец красный молотый» covers both sweet "
           "paprika and hot chili powder"),
        ("чеснок сушеный", {
            "pyaterochka": [],
            "magnit": ["63c2ef5bf4"],
            "dixy": ["2000260538", "2000549231", "2000336484"],
            "perekrestok": ["4134924", "4183539", "88781", "4303864", "4358509"],
        }, "dried garlic (сушёный, гранулы, молотый, Kotanyi/Фермерский Чеснок «измельчённый» 15–28 г, Capo di "
           "Gusto «дробленый»); fresh garlic, «тёртый» 80 г (form unclear), smoked Айдиго, garlic-salt blends "
           "and garlic-flavoured goods excluded. Outside knowledge: the small «измельчённый» jars/sachets are "
           "dried minced garlic"),
    ]),
    # L18 compote fruit
    ("абрикосы на варенье, персики спелые, лимончик для компота, мяты пучок", [
        ("абрикосы на варенье", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh apricots: none; apricot varenye/jam/confiture and flavoured goods excluded -> missing "
           "everywhere"),
        ("персики спелые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4348432", "4258858", "4353564", "3759", "77263", "4140941", "73914",
                                 "3334645", "3197915", "3638016", "3630901"],
        }, "fresh peaches incl. flat/«инжирный» peaches; canned peaches, nectarines and peach-flavoured goods "
           "excluded; «спелые» is a wish"),
        ("лимончик для компота", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons; Перекрёсток «Микс Лайм-лимон», «Набор иммунный имбирь-лимон», lemon juice seasoning "
           "and lemon-flavoured goods excluded"),
        ("мяты пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh mint: none sold on its own; Перекрёсток «Набор для мохито Мята, Лайм, 150г» is a kit with "
           "limes, excluded -> missing everywhere"),
    ]),
    # L19 kitchen wrap (one item replaced)
    ("пищевая пленка 30 м, фольга алюминиевая 10м, салфеток бумажных пачку", [
        ("пищевая пленка 30 м", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cling film: none anywhere -> missing everywhere"),
        ("фольга алюминиевая 10м", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "aluminium foil: none anywhere (only a foil face mask) -> missing everywhere"),
        ("салфеток бумажных пачку", {
            "pyaterochka": [],
            "magnit": ["a9b3dab026"],
            "dixy": [],
            "perekrestok": ["3951668"],
        }, "REPLACEMENT for the blind item «марля» (the whole list was empty everywhere). Paper table napkins: "
           "Магнит WELLFORT «Бум салфетки 3слоя», Перекрёсток Home Story «Салфетки бумажные … 20шт»; wet wipes, "
           "facial tissues (ZEWA) and colour-catcher sheets excluded"),
    ]),
    # L20 pantry
    ("крупа гречневая ядрица 2 пачки, макфа спагетти, тушенка говядина гост, рис краснодарский круглый", [
        ("крупа гречневая ядрица 2 пачки", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286",
                          "2000180341", "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128",
                                 "3438178", "4009020", "3694322", "3019156", "3674200", "53673", "4204902",
                                 "6847", "3173448", "4090171", "4019310", "3603166", "39155", "3600743",
                                 "3696237", "3477255", "3231481", "3493533", "3994791", "3667612", "4059000"],
        }, "buckwheat groats (ядрица), any brand/size, incl. quick-cooking/steamed ядрица and boil-in-bag packs; "
           "green buckwheat, ready buckwheat dishes («с грибами», «по-купечески», «гарнир с овощами»), "
           "porridges, buckwheat drinks, flour pasta and seasonings excluded; «2 пачки» is a quantity. Outside "
           "knowledge: packaged buckwheat whose title does not say ядрица (Makfa 400 г, Теплые Традиции, "
           "Мистраль 900 г, Агро-Альянс Экстра, Увелка Экстра, Нижегородская, Пассим Алтайская, Перекрёсток "
           "«Гречка») is ядрица – продел is always labelled"),
        ("макфа спагетти", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Makfa spaghetti: none; Makfa in the offers only as short shapes, vermicelli, «Паутинка», Capellini "
           "(Дикси) and Магнит «Макароны длинные MAKFA» (outside knowledge: long macaroni, not spaghetti), "
           "Перекрёсток «Вермишель Makfa длинная шпинатная»; spaghetti of other brands excluded -> missing "
           "everywhere"),
        ("тушенка говядина гост", {
            "pyaterochka": [],
            "magnit": ["738a6cb8b8"],
            "dixy": ["2000192964", "2000415753", "2000302684", "T000000869"],
            "perekrestok": [],
        }, "canned stewed beef made to ГОСТ: titles stating ГОСТ (Магнит ГЛАВПРОДУКТ высший сорт 338 г; Дикси "
           "Иван Мясоедов, Мясные ряды, Семейный бюджет) and Дикси «Главпродукт Высший сорт, 338 г» (the same "
           "product Магнит titles «ГОСТ»; outside knowledge); beef stews without ГОСТ (Богатырская, "
           "Великолукский, Русь, Барс, Совок, Гродфуд, Первым делом, Курганский, Пр!ст), pork, turkey, horse "
           "meat excluded"),
        ("рис краснодарский круглый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079260", "ЦТ0042579", "DI00080510"],
            "perekrestok": ["3674360"],
        }, "round-grain rice from Krasnodar/Kuban: Дикси «Националь Краснодарский белый круглозерный», Мистраль "
           "«Кубань круглозерный» (Дикси 900 г, Перекрёсток 5х80г), Дикси «Агро-Альянс Экстра элитный кубанский» "
           "(outside knowledge: Kuban = Krasnodar region, and this Агро-Альянс rice is round-grain); round rice "
           "without stated origin (Зернышко к зернышку, Увелка, Маркет, «Рис круглый», Италика), "
           "long/parboiled/basmati/jasmine rice excluded"),
    ]),
    # L21 dairy run
    ("сметана простоквашино 20% 300г, творожок 9% брусок, кефир 2.5 или ряженка, сыр тильзитер", [
        ("сметана простоквашино 20% 300г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000166052"],
            "perekrestok": [],
        }, "Простоквашино sour cream 20 % in 300 g: only Дикси; Простоквашино 20 % 180 г (Магнит, Перекрёсток), "
           "other fats and other brands excluded"),
        ("творожок 9% брусок", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "1000386975", "1000426470"],
            "dixy": ["2000266304", "2000569975"],
            "perekrestok": ["4249286", "3192865", "3487310"],
        }, "plain cottage cheese 9 % in the usual 180 g brick pack (Ростагрокомплекс, Буренкино, Моя Цена, "
           "Славянские кружева, Савушкин, Хуторок, Зелёная Линия, Балтком, Простоквашино). Outside knowledge: "
           "titles never say «брусок/брикет», so the 180 g size (the standard brick) is taken as the brick form; "
           "300–750 g tubs/packs, «рассыпчатый», «пластовой», other fats, grainy and flavoured curds excluded"),
        ("кефир 2.5 или ряженка", {
            "pyaterochka": [],
            "magnit": ["1000451590", "1000439735", "610b0779be", "1000139426", "1000350608", "1899800689",
                            "1899912534", "8000033639", "1000385205", "1000439736", "1000451592", "1000371474",
                            "1000348552"],
            "dixy": ["ЦТ0028202", "2000560991", "2000536771", "2000587053", "2000543673", "2000313789"],
            "perekrestok": ["4280893", "4245052", "4280483", "4137919", "4229630", "4263418", "3491537",
                                 "4233125", "3604726", "2173827", "2093082", "3386041", "3429041", "4230794",
                                 "4173940"],
        }, "either kefir 2.5 % (any brand/size) or plain ряженка of any fat (incl. Агуша «Детская» 3.2 %, Домик "
           "в деревне «Топленое молоко» 2.5 %, термостатная Эго); kefir of 1 %/3.2 %/3.2–4 %, children's kefir "
           "3.2 %, flavoured ряженка (груша, клубника, курага-чернослив, печёное яблоко, банан-карамель), "
           "кефирный/биокефирный products and bread/shashlik «на кефире» excluded"),
        ("сыр тильзитер", {
            "pyaterochka": [],
            "magnit": ["1000500634", "1000318957", "eea589ee34"],
            "dixy": ["2000420018", "2000541532", "2000579911"],
            "perekrestok": ["4274229"],
        }, "Tilsiter cheese of any brand, fat or form (весовой, нарезка, ломтики, «Люкс»)"),
    ]),
    # L22 okroshka
    ("квас очаковский для окрошки, докторская колбаса 500г, редиски пучка два, майонез только не легкий", [
        ("квас очаковский для окрошки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Очаково kvass: none; Пятёрочка «Русский Узор Летний» and Перекрёсток «Квас Медовый Зелёная Линия» "
           "are other brands -> missing everywhere"),
        ("докторская колбаса 500г", {
            "pyaterochka": [],
            "magnit": ["0406a2a7ef", "47bbbb5374", "fa236141ca", "233ff452a9", "352b78741a", "c9c2b3f600",
                            "89c39c317d", "fa414b5a8d"],
            "dixy": [],
            "perekrestok": ["3385812", "2170372"],
        }, "Докторская boiled sausage in a 500 g pack (Магнит Дымов ГОСТ, МД Бородина ГОСТ, Великолукский "
           "«мини», Царицыно «Особая»; Перекрёсток Велком «кусок») or sold by weight so that 500 g can be bought "
           "(Магнит counter items priced per 100 г; Перекрёсток Клинский «категория А» priced per kg); packs of "
           "150/190/200/400/440/450/470 g and Докторские sausages (сосиски) excluded. Outside knowledge: Магнит "
           "«…, 100г» deli titles are weighed goods priced per 100 g"),
        ("редиски пучка два", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh radishes: none anywhere -> missing everywhere"),
        ("майонез только не легкий", {
            "pyaterochka": ["3277400"],
            "magnit": ["1000014596", "1000016691", "1000077733", "1000077734", "1000108624", "1000169172",
                            "1000179908", "1000233673", "1000277219", "1000348713", "1000351363", "1000356802",
                            "1000422623", "1000450507", "1000498096", "1000501598", "1000520539", "1000554514",
                            "1000556519", "1000556520", "1000556521", "1000558908", "1728400015", "1728400030",
                            "1799700138", "1799900201", "8000023980", "8000045827", "8000045828", "8000056331",
                            "8000059708", "1b1e1ef668", "269c8ab257", "2c23c84574", "53cac67445", "56ff8ec751",
                            "5861fc587f", "7a519275b4", "7d31b46ae3", "b624a9bb8a", "d2dba12ffc", "d8bbb63f48",
                            "da818e4a20", "ddda8365b8", "f0f427f9d4", "fa82a39b34"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000176263",
                          "2000186981", "2000202331", "2000202332", "2000202369", "2000204803", "2000265115",
                          "2000265607", "2000306265", "2000409572", "2000429651", "2000530112", "2000539317",
                          "2000567053", "2000570511", "2000572811", "2000593851", "2000599457", "2000602611",
                          "T000005518", "ЦТ0027566", "ЦТ0040573", "ЦТ0044024", "ЦТ0045065"],
            "perekrestok": ["2047206", "2093561", "2108609", "2162564", "3016147", "3029014", "3163111",
                                 "3193489", "3335647", "3389322", "3412258", "3419671", "3425669", "3425670",
                                 "3467275", "3636361", "3640161", "3674577", "3677986", "3695167", "4072721",
                                 "4105769", "4112954", "4199312", "4225978", "4259097", "4259098", "4261699",
                                 "4279915", "4284062", "4297819", "4331497", "4331500", "4331515", "4331518",
                                 "4331533", "4339442", "78193"],
        }, "every mayonnaise (Провансаль, оливковый, на перепелином яйце, с лимонным соком, «Сметанный», any "
           "brand/size/fat 50–67 %); the negative wish excludes only light mayonnaise, and no title in the "
           "offers is labelled «лёгкий/лайт»; mayonnaise-based sauces and foods «в майонезе» excluded"),
    ]),
    # L23 dried fruit and nuts
    ("медок цветочный в банке, грецкий орех очищ. 200г, изюм темный без косточки, курага крупная", [
        ("медок цветочный в банке", {
            "pyaterochka": [],
            "magnit": ["928ff089d4"],
            "dixy": [],
            "perekrestok": ["4355859", "4320672", "4340911", "4340910", "3479121", "4316605", "3467507",
                                 "4331449"],
        }, "natural honey labelled «цветочный»/«цветочное разнотравье» (Магнит СОКРОВЕННЫЙ УЛЬЕГРАД «Таёжный "
           "цветочный», Перекрёсток Маркет and Пр!ст flower honeys incl. «Горный/Лесной/Шалфейный/Донниковый "
           "натуральный цветочный»); monofloral липовый/гречишный/акациевый/подсолнечный, Магнит «горный» and "
           "Перекрёсток «луговой» (not labelled цветочный) and honey-flavoured goods excluded; «в банке» cannot "
           "be checked (honey is sold in jars)"),
        ("грецкий орех очищ. 200г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "shelled walnuts in a 200 g pack: none; Перекрёсток «Грецкий орех Пр!ст, 100г» (other pack size) and "
           "«Орехи грецкие в скорлупе» (in shell) excluded -> missing everywhere"),
        ("изюм темный без косточки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dark seedless raisins: none; Перекрёсток «Изюм Голден» and «Изюм светлый» are golden/light, excluded "
           "-> missing everywhere"),
        ("курага крупная", {
            "pyaterochka": [],
            "magnit": ["adf6cd599a"],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots: Магнит «Курага СЕМУШКА, 150г»; «крупная» (size grade) is not stated by any title and "
           "is read as a wish; porridge and curd with курага excluded"),
    ]),
    # L24 herbs and seasoning
    ("приправа для засолки огурцов, хмели-сунели kotanyi, кинзы пучок", [
        ("приправа для засолки огурцов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "seasoning mix for pickling cucumbers: none; other seasonings (для курицы, для плова, для шашлыка, "
           "Maggi/Kotanyi blends) excluded -> missing everywhere"),
        ("хмели-сунели kotanyi", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Kotanyi khmeli-suneli: none; Перекрёсток «Приправа хмели-сунели Маркет Перекрёсток» is another "
           "brand, excluded -> missing everywhere"),
        ("кинзы пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603793"],
            "perekrestok": [],
        }, "fresh coriander leaves: Дикси «КИНЗА 1 УПАКОВКА 75Г»; kinza-flavoured juice, yoghurt and cheese "
           "excluded"),
    ]),
    # L25 evening at the dacha
    ("водка зеленая марка 0.5, селедка в масле пресервы, ессентуки номер 4 1.5л", [
        ("водка зеленая марка 0.5", {
            "pyaterochka": [],
            "magnit": ["39a08ff6c5"],
            "dixy": [],
            "perekrestok": [],
        }, "Зелёная Марка vodka 0.5 l: Магнит «Водка особая ЗЕЛЕНАЯ МАРКА, Кедровая, 40%, 0,5л» (the brand's "
           "vodka in the written size); the 0.7 l bottle and Дикси «Настойка сладкая Зеленая марка Лимон» "
           "excluded"),
        ("селедка в масле пресервы", {
            "pyaterochka": [],
            "magnit": ["d1c803816b"],
            "dixy": ["2000162753", "2000322886", "2000236692", "2000242531", "2000179260", "2000309903"],
            "perekrestok": ["3345483", "3682728", "3622072", "3622071", "79543", "3683742", "2168484",
                                 "3683735", "3463465", "3993017", "4322376", "4323336", "4275608", "4366965",
                                 "4159336"],
        }, "herring preserves in oil (fillet or pieces, incl. «с укропом», «со специями», «с дымком», «с "
           "приправами», Перекрёсток weighed «Филе сельди без кожи в масляной заливке»); herring in marinade, "
           "wine, mayonnaise, tomato («По-польски в масле с лучком и томатом»), cold-smoked, whole salted "
           "herring and Santa Bremor fillets whose filling is not stated («популярное», Матиас «свежая зелень») "
           "excluded"),
        ("ессентуки номер 4 1.5л", {
            "pyaterochka": [],
            "magnit": ["9d46fc2eab"],
            "dixy": [],
            "perekrestok": [],
        }, "Ессентуки №4 mineral water 1.5 l: Магнит «Минеральная вода ЕССЕНТУКИ, №4, 1,5л»; №4 in 0.45/1 l, "
           "№17, and Дикси «Ессентуки, целебная, 1,5 л» (number not stated) excluded"),
    ]),
]


def check_blind():
    """Every list text must equal its blind-draft line, except the documented replacements."""
    if not os.path.exists(BLIND):
        return
    with open(BLIND, "rb") as fh:
        blind = [line.decode("utf-8") for line in fh.read().split(b"\n")
                 if line.strip() and not line.startswith(b"#")]
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(LISTS)))
    for n, ((text, _), draft) in enumerate(zip(LISTS, blind), 1):
        if n in REPLACEMENTS:
            old, new = REPLACEMENTS[n]
            if draft.count(old) != 1 or draft.replace(old, new).encode("utf-8") != text.encode("utf-8"):
                errors.append("fxg%02d: not the blind line with %r -> %r" % (n, old, new))
        elif draft.encode("utf-8") != text.encode("utf-8"):
            errors.append("fxg%02d: text differs from the blind draft" % n)
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fxg"))
