#!/usr/bin/env python3
"""Re-create fresh_basket_eval_to.jsonl -- 25 shopping lists typed in Latin transliteration (a young man whose phone
has no Russian keyboard writes his family's lists the way people write Russian in chats: «moloko 3.2», «hleb
borodinskiy», «yaytsa desyatok», mixed conventions ya/ja/ia, sh/sch/w, zh/j, y/i, kh/h, ts/c, apostrophes or nothing
for soft signs, a few Cyrillic items when he switches keyboards), hand-labelled against the real offers in
real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_to.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_to.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  The items are
labelled by what the Russian words mean.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded to е) and read one by one; the note
of each item records what was accepted, what was deliberately left out and any judgement that rests on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The labels were
made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fto01, fto02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_to.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_to.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none was needed
REPLACED = []

# Id sets that several items share (the same product asked for in two lists), still literal data.
MILK_32 = {
    "pyaterochka": ["2144368"],
    "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014", "1812450001",
               "1000323041", "1000139951", "be3e0e74c3", "1000049786", "1000445488", "1000127183", "1059990140",
               "4aff59ccac", "18ca387556", "8000081425", "1000172272", "1899800825", "8000058295"],
    "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951", "10J0077073",
             "2000600213"],
    "perekrestok": ["3668953", "3668699", "4162259"],
}
DOKTORSKAYA = {
    "pyaterochka": ["3636156"],
    "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d", "fa414b5a8d",
               "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3", "0505750ecb"],
    "dixy": ["2000404595", "2000556092"],
    "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
}
CARROTS = {
    "pyaterochka": [],
    "magnit": [],
    "dixy": ["ЦТ0036199", "DI00078733"],
    "perekrestok": ["4191099", "19345", "3368256", "60529", "4299784", "3463356"],
}
CUCUMBERS = {
    "pyaterochka": [],
    "magnit": ["a228350700"],
    "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
    "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072", "2131726"],
}
BUCKWHEAT = {
    "pyaterochka": ["3332671", "3601663"],
    "magnit": [],
    "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286", "2000180341",
             "2000539995", "2000219613"],
    "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178", "4009020",
                    "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448", "4090171", "4019310",
                    "3603166", "39155", "3667612", "4059000", "3600743", "3696237", "3477255", "3231481", "3493533",
                    "3994791"],
}
BEETS_WHOLE = {
    "pyaterochka": [],
    "magnit": [],
    "dixy": ["DI00079991"],
    "perekrestok": ["45532", "92844", "2143053", "13998", "4375880", "3368257", "4299508", "3378167", "786"],
}
BANANAS = {
    "pyaterochka": [],
    "magnit": [],
    "dixy": ["10E0074360"],
    "perekrestok": ["3652283", "4625", "2084703"],
}
PLAIN_GREEK = {
    "magnit": ["1000181497", "dafd7c4dc4", "8000087572"],
    "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"],
}


def same(ids):
    """A fresh copy of a shared id set, in store order."""
    return {s: list(ids.get(s, [])) for s in ("pyaterochka", "magnit", "dixy", "perekrestok")}


CUCUMBER_NOTE = ("fresh cucumbers of any type and pack (гладкие, колючие, длинноплодные, короткоплодные, Бакинские, "
                 "«Фасованные», fresh корнишоны in a tray); pickled, marinated, salted cucumbers, ассорти jars and "
                 "cucumber-scented goods excluded; judgement (outside knowledge): Магнит «ОГУРЦЫ гладкие, 1кг», Дикси "
                 "«Огурцы корнишоны, в упаковке, 300 г» and «Огурцы, 600 г», Перекрёсток «Огурцы Хрустящие» (sold by kg) "
                 "and «Огурцы, 600г» taken as fresh (their chains title pickled cucumbers as such)")
CARROT_NOTE = ("fresh carrots of any pack (loose, washed 200 g-1 kg, 600 g tray, «для сока» 1 kg, mini 250 g); boiled "
               "peeled carrots (Дмитровские Овощи «варёная очищенная»), Korean carrot salads, carrot juice/puree/nectar, "
               "pet food «с морковью» excluded; Пятёрочка and Магнит carry no fresh carrots")
BEET_NOTE = ("fresh whole beetroot (loose, 1 kg bag, net, bunch «в пучках», young, washed, 600 g tray, Маркет Fresh 200 g); "
             "the count of pieces is a quantity but asks for whole beets, so cut fresh beet («резаная», «соломка») is "
             "excluded; boiled beet (Дикси, Белая Дача, «варёная …»), marinated beet, beet salads, dried beet chips, "
             "мангольд and beet seeds excluded; Перекрёсток «Свекла очищенная» and «Свёкла целая очищенная, 500г» (raw or "
             "cooked not stated; the chain sells cooked peeled beet under similar titles) excluded")
BANANA_NOTE = ("fresh bananas incl. organic («Био») and red bananas (colour not written); plantains «Бананы для жарки», "
               "dried/вяленые bananas, banana sweets, purees, yoghurts excluded; Пятёрочка and Магнит carry no bananas")
BUCKWHEAT_NOTE = ("dry buckwheat groats of any brand and pack, incl. quick-cooking/steamed and boil-in-bag packs; titles "
                  "without «ядрица» (Makfa 400 г, Тёплые традиции, Увелка в пакетах, Пассим Алтайская, Агро-Альянс Экстра, "
                  "Мистраль, Националь Камолино, Нижегородская, Увелка Экстра, weighed «Гречка») taken as ядрица "
                  "(whole-kernel groats; продел is not sold in any chain here - outside knowledge); green buckwheat "
                  "(Bravolli, Агро-Альянс зелёная, Зелёная Линия зелёная), buckwheat flakes/flour/noodles/drinks, ready "
                  "buckwheat dishes and baby cereals excluded; Магнит has no buckwheat groats")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fto01 breakfast basics, one item per line
    ("moloko 3.2 dva paketa\nhleb borodinskiy\nyaytsa desyatok\nsmetana 15%", [
        ("moloko 3.2 dva paketa", same(MILK_32),
         "drinking cow milk of exactly 3.2% of any treatment and pack, incl. children's drinking milk (Агуша, Тёма «с 3 "
         "лет», Зелёная Линия «для детского питания с 8 месяцев») and lactose-free milk (Аммм) as in real_basket_eval; "
         "«dva paketa» is a quantity; ranges (3.2-4%, 3.2-6%, 3.4-6%), other fats, топлёное (Эго, Северная долина), "
         "козье, «Му-у Для капучино» (barista milk, excluded as in set g), condensed, dry and concentrated milk, milk "
         "cocktails excluded"),
        ("hleb borodinskiy", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "Borodinsky rye bread (Аютинский, Пр!ст «новый заварной», Маркет «часть изделия», Самарский БКК «особый»), "
           "sliced or part-loaf; Магнит BEERKA «Бородинские» croutons and МД Бородина sausages excluded; no Borodinsky "
           "bread in Пятёрочка, Магнит, Дикси"),
        ("yaytsa desyatok", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190", "e5202b5cfd",
                       "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529", "2000238733",
                     "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250",
                            "2109476", "4085791", "2131763", "4012802", "4085790", "4085792", "3182856", "3182853"],
        }, "chicken eggs in packs of 10 of any class (С0/СО/отборные, С1, С2, «высшей категории»); «десяток» = packs of "
           "10 only, so 6/15/20/30-packs are excluded; quail eggs (Молодецкие 10 шт, 20-packs, smoked), chocolate and "
           "Kinder eggs excluded"),
        ("smetana 15%", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874", "c90113311e",
                       "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785", "1000208902", "8000035449",
                       "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470",
                            "29910", "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, "plain sour cream of exactly 15%, any brand and pack, incl. Простоквашино «из топлёных сливок» and lactose-free "
           "(Свежее завтра); Пятёрочка's only 15% sour cream is РостАгроЭкспорт «пикантная, с чесноком» (flavoured) - "
           "excluded; 10/20/25/30% sour cream, Экомилк «сливочная 10%», «сметанный» mayonnaise, chips «сметана и лук» "
           "excluded"),
    ]),
    # fto02 sandwiches
    ("kolbasa doktorskaya grammov 300, syr rossiiskii kusok, maslo slivochnoe 82.5% poluchshe, baton nareznoi", [
        ("kolbasa doktorskaya grammov 300", same(DOKTORSKAYA),
         "Докторская boiled sausage of any maker and pack (whole loaves, sliced packs, 100 g weighed-price cards, Царицыно "
         "«Докторская, Особая», Мясницкий ряд «Докторская от шефа»); «grammov 300» is the quantity of a counter good, not "
         "a filter; Докторские сосиски (Рублёвский) excluded"),
        ("syr rossiiskii kusok", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese as a piece or sold by weight (Брест-Литовск 200 г, Вкуснотеево, Моя цена весовой, "
           "Белебеевский, Тендер, Зелёная Линия and Пр!ст «Российский молодой»); «kusok» is a form, so Брест-Литовск "
           "«Российский слайсами» is excluded; Магнит «Продукт По-Российски … на основе растительного жира» is not cheese"),
        ("maslo slivochnoe 82.5% poluchshe", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
                       "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
                     "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609",
                            "3026226", "4113532", "3434127", "3612778", "4310021", "4055506", "86149", "3369241",
                            "3698785", "3287314", "3396544", "3657363", "4292462", "4343792", "3699369", "3953367",
                            "4196090", "4135603", "3922315"],
        }, "butter of 82.5% (сливочное/сладкосливочное, Традиционное, any brand and pack, incl. Тысяча Озёр «безлактозное» "
           "and Брест-Литовск «82.5» without the % sign); «poluchshe» is a wish; butters stated as 82% (JALO KERMA, Арла "
           "Натура, Natura, President, Киприно, Молочный знак 82%) are a different product (judgement), 72.5% "
           "Крестьянское, 62% chocolate butter, ghee, spreads and butters without a stated fat (Княгининское, "
           "Волгодонское) excluded"),
        ("baton nareznoi", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "a baton of the Нарезной variety (Коломенское, Пр!ст «классический», Маркет Перекрёсток, Маркет «улучшенный»); "
           "other batons (Молочный, «к завтраку», Новый, Горчичный, Зерновой, Магнит Отрубной and Утренний) and "
           "Перекрёсток's plain «Батон, 300г» (variety not stated) excluded; chocolate and muesli «батончики» excluded"),
    ]),
    # fto03 vegetables
    ("kartoshka 5 kg, morkov' 1kg, luk repchatyj, chesnok 2 golovki", [
        ("kartoshka 5 kg", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh potatoes of any variety and pack (loose, nets, 1-3 kg bags, Бэби, «для жарки/варки», красный, "
           "отборный); «5 kg» is a quantity of a weighed vegetable; батат, frozen fries, boiled peeled potatoes, Магнит "
           "«Картофель АЙДАХО (СП ГМ)» (a ready dish), chips, «Картошка» cakes and сырки excluded; judgement: Перекрёсток "
           "«Картофель Чик-Чик, 1кг» taken as fresh potatoes"),
        ("morkov' 1kg", same(CARROTS), CARROT_NOTE + "; «1kg» is a quantity of a weighed vegetable"),
        ("luk repchatyj", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016772", "3368253", "81209", "3016771"],
        }, "fresh bulb onions (loose, net, 500/600 g packs, 1 pc pack, raw peeled «очищенный», and «Лук репчатый красный» - "
           "the colour was not written and the title says репчатый); dried and ground onion (Kotanyi, Айдиго), Maggi "
           "«Зажарка», onion chips excluded; Пятёрочка and Магнит carry no onions"),
        ("chesnok 2 golovki", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278"],
        }, "fresh garlic bulbs (loose, «в упаковке, 1 шт», Фермерский «отборный 1 сорта, 1шт», «ранний»); «2 golovki» is a "
           "count of heads, so Фермерский «отборный зубчиками, 100г» (peeled cloves) is excluded; dried, granulated, "
           "ground, grated, smoked and salted garlic, garlic seasonings excluded; judgement (outside knowledge): "
           "Перекрёсток «Чеснок Фермерский, 150г» taken as fresh bulbs in a net"),
    ]),
    # fto04 chicken and a side, one item per line
    ("kurinoe file 1kg\ngrechka yadrica 2 pachki\nogurcy svejie\npomidorki cherri", [
        ("kurinoe file 1kg", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "4323072", "3273915", "2173555", "3946764",
                            "4329298", "3653837", "52888", "3191300", "3362832", "3940063", "4312563", "3678985",
                            "3649232", "3609675", "4306879", "4116904", "3034277", "4347498", "3216279", "3336397"],
        }, "raw chilled chicken breast fillet («филе грудки», «филе куриное», «филе цыплёнка(-бройлера)», «малое филе», "
           "Петелинка/Петруха «Медальон(ы)» cut from the fillet); «1kg» is a quantity; thigh fillet (Первая свежесть, "
           "Рококо, Ясные Зори), «Филе грудки … на кости» and «Грудка Псковская ПФ» (bone-in / not stated boneless), "
           "«Филе курицы в маринаде» (flavoured), cooked fillet dishes and sausages excluded; Пятёрочка and Магнит carry "
           "no chicken fillet; judgement: «Филе цыплёнка …» without «бедра» taken as breast fillet (as set g)"),
        ("grechka yadrica 2 pachki", same(BUCKWHEAT), BUCKWHEAT_NOTE + "; «2 pachki» is a quantity"),
        ("ogurcy svejie", same(CUCUMBERS), CUCUMBER_NOTE),
        ("pomidorki cherri", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000601471", "2000601472", "2000580827", "2000003231", "2000186544"],
            "perekrestok": ["3373662", "4217379", "3410591", "4381951", "4381952", "4371254", "11971", "3634714"],
        }, "fresh cherry tomatoes (red, on the vine, plum-shaped «сливовидные», Кумато черри мини, «Черри Микс»); "
           "marinated and salted cherry tomatoes, ассорти jars, tomatoes «Коктейль»/«коктейльные» (a larger size class, "
           "as in set g), other fresh tomatoes and the pepper «Теличерри» excluded; judgement: Магнит «PREMIERE OF TASTE "
           "Черри Горячее сердце, 200г» taken as fresh"),
    ]),
    # fto05 lazy dinner
    ("pelmeni samye deshevye, maionez maheev provansal, ketchup heinz, smetanku 20", [
        ("pelmeni samye deshevye", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4", "dabbb02c05",
                       "f4f41d5103", "72632b1f85"],
            "dixy": ["2000596853", "2000596852", "2000596851", "2000282673", "2000558274", "2000318344", "2000411354",
                     "2000565192"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any brand and filling (pork-beef, beef, veal, chicken), incl. Горячая штучка «Бульмени» "
           "and «Бигбули» (Пятёрочка and Магнит title them «Пельмени»); «samye deshevye» is a wish, not a filter; "
           "Перекрёсток's only pelmeni are fish pelmeni (cod with spinach) - excluded, plain «пельмени» meaning meat "
           "pelmeni (judgement); вареники, хинкали, равиоли excluded"),
        ("maionez maheev provansal", {
            "pyaterochka": [],
            "magnit": ["d8bbb63f48", "ddda8365b8", "2c23c84574", "1000077733", "1000558908", "1000077734", "1000498096"],
            "dixy": ["T000005518", "ЦТ0040573", "2000593851", "2000602611"],
            "perekrestok": ["2047206", "4339442"],
        }, "every Махеевъ Провансаль mayonnaise (50.5% and 67%, «белый», «с лимонным соком», any pack); Махеевъ "
           "«Оливковый» and «на перепелином яйце», other brands' Провансаль and other Махеевъ products (ketchup, jam, "
           "mustard, marinades) excluded"),
        ("ketchup heinz", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4207051", "4157356", "4274972", "4225365", "4274971", "4116830", "4157803", "4157697",
                            "4157703", "4116848", "4157704", "4154517", "4157702", "4274973"],
        }, "every Heinz ketchup (томатный, острый, суперострый, итальянский, для гриля и шашлыка, с чесноком и "
           "пряностями, укроп-петрушка, any pack); Heinz sauces, mayonnaise, peas, baby food excluded; Pikador ketchups "
           "(Дикси «Pikador», Перекрёсток «Heinz Pikador …») excluded: Pikador is the maker's separate budget brand, not "
           "the Heinz ketchup the shopper named (judgement); Магнит carries only Heinz sauces"),
        ("smetanku 20", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "plain sour cream of exactly 20% («20» after sour cream read as the fat %), any brand and pack; 10/15/25/30% "
           "and flavoured sour cream excluded"),
    ]),
    # fto06 dairy run
    ("tvorog 9% 2 pachki, prostokvasha, ryajenka 4%, jogurt grecheskiy", [
        ("tvorog 9% 2 pachki", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "0cfee9df84", "1000122024",
                       "1000530486", "1000426470", "1000426465", "1000448252", "8000055235"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076", "2000280850",
                     "2000564413", "2000312025"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "3487310"],
        }, "plain cottage cheese of exactly 9% (traditional, рассыпчатый, пластовой, «Домашний», any pack); «2 pachki» is a "
           "quantity; Зелёная Линия «Творог Зернышко 9%» (grainy cottage cheese in cream, a different product - "
           "judgement), other fat levels, soft flavoured curds, curd masses, desserts and сырки excluded"),
        ("prostokvasha", {
            "pyaterochka": [],
            "magnit": ["26c8070a70", "1000284419"],
            "dixy": ["2000543672"],
            "perekrestok": [],
        }, "простокваша (Эго термостатная 4%, «Мечниковская»); products of the brand Простоквашино are not простокваша; "
           "варенец, ряженка, кефир excluded"),
        ("ryajenka 4%", {
            "pyaterochka": [],
            "magnit": ["1000439736", "1000451592", "1000371474"],
            "dixy": [],
            "perekrestok": [],
        }, "plain ряженка of exactly 4% (Большая кружка 500/800 г, Из молока Нашей дойки 900 г); 2.5/3.2/3.5% ряженка, "
           "flavoured ряженка (клубника, груша, печёное яблоко, банан-карамель, курага-чернослив) and варенец excluded"),
        ("jogurt grecheskiy", same(PLAIN_GREEK),
         "plain Greek yoghurt of any brand and fat (Lactica, «ГРЕЧЕСКИЙ 2%», Epica, Neo «Классический», Простоквашино, "
         "Савушкин Teos without a flavour, Teos «Натуральный»); flavoured Greek yoghurts (черника, клубника, манго-чиа, "
         "орех-мёд, персик, инжир, двухслойные) excluded as plain products exclude flavoured ones; Перекрёсток's Greek "
         "yoghurts are all flavoured"),
    ]),
    # fto07 tea time
    ("kofe jacobs monarch rastvorimyi, chai greenfield v paketikah, sakhar 1kg, pechen'e yubileinoe", [
        ("kofe jacobs monarch rastvorimyi", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "0386d066d3", "01f9dd25ee", "88df1b0c73", "d377483cd5"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs Monarch instant (freeze-dried) coffee of any jar, incl. «Монарх Интенс»; ground and bean Monarch, "
           "Jacobs Gold and Millicano, Дикси «Monarch Miligrano» (instant with ground coffee, another line), 3-in-1 drinks "
           "excluded; judgement: Магнит «JACOBS Монарх Интенс, 95г» (no «растворимый» in the title) taken as instant, as "
           "in set g"),
        ("chai greenfield v paketikah", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000289445", "2000228472", "2000000294"],
            "perekrestok": ["2042290", "3626161", "2147891", "2073803", "3378336", "2095906", "3679799", "2114141",
                            "2147890", "46398", "3450276"],
        }, "every Greenfield tea in bags (Earl Grey Fantasy, Kenyan Sunrise, Golden Ceylon, Spring Melody, Christmas "
           "Mystery, Currant&Mint, English Edition, herbal Spirit Mate) - a brand plus product word accepts every variant; "
           "loose Greenfield teas (100 g / 200 g packs) excluded by the form «v paketikah»; Пятёрочка and Магнит carry no "
           "Greenfield"),
        ("sakhar 1kg", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3650732", "3230933"],
        }, "white granulated sugar in 1 kg packs («1kg» names the pack of a packaged good); 900 g / 750 g / 5 kg packs, "
           "pressed and lump sugar, cane/brown sugar (incl. 1 kg Маркет тростниковый), coconut and vanilla sugar excluded; "
           "judgement: Перекрёсток «Сахар Советский Экстра, 1кг» taken as granulated sugar"),
        ("pechen'e yubileinoe", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every Юбилейное biscuit (традиционное, молочное, витаминное с глазурью, «Овсяное с овсяными хлопьями»); "
           "Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» coffee excluded"),
    ]),
    # fto08 kids' supper
    ("sosiski molochnye, makarony rojki, syrok plavlenyi druzhba, jaica s0 10 sht", [
        ("sosiski molochnye", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83"],
            "dixy": ["2000300143", "2000322511", "2000125037", "2000602632", "2000572752", "2000600471"],
            "perekrestok": ["3416253", "3464086", "3390152", "4276248", "4329781", "3198697", "4175216", "4100629"],
        }, "сосиски of the Молочные variety from any maker (incl. Индилайт «Молочные из индейки»); Вязанка «Молокуши» and "
           "«Миникушай», Окраина «с натуральным молоком», сливочные, венские and other varieties excluded"),
        ("makarony rojki", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "367d4ecfc8", "f20a2d2027"],
            "dixy": ["2000575212", "2000544352", "2000005384", "2000005385", "2000572794"],
            "perekrestok": ["4199587", "4340660", "4328907", "82772", "3435299", "4273871"],
        }, "dry elbow pasta «рожки/рожок» of any brand (incl. «Рожок крупный», «Витой рожок», «рожок-полубублик», Роллтон "
           "«Рожки с оливковым маслом»); Maltagliati «Chifferini Rigati» accepted (chifferi are elbows - outside "
           "knowledge); улитки, Pipe Rigate, перья, спирали, ракушки and Бакалейщики «Рожок Малютка с томатами и "
           "шпинатом» (coloured/flavoured) excluded; ice-cream cones excluded"),
        ("syrok plavlenyi druzhba", {
            "pyaterochka": [],
            "magnit": ["1000227071"],
            "dixy": [],
            "perekrestok": [],
        }, "processed cheese «Дружба» (Карат 45% 90 г); Магнит «Плавленый продукт ДРУЖБА» and Моя цена «Продукт "
           "плавленый Дружба с сыром» are cheese products, not processed cheese - excluded (as set g excluded «Продукт "
           "По-Российски»); other processed cheeses and halva «Дружба» excluded"),
        ("jaica s0 10 sht", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "4352464", "3356111",
                            "3432532", "2131762", "3421287", "3914040", "4236458", "4012802", "4085790", "3182853"],
        }, "chicken eggs of class С0 (= СО = «отборные» / «отборной категории», incl. Роскар «Экстра категория С0») in "
           "packs of 10 («10 sht» names the egg pack, like «десяток»); С1, С2, СВ / «высшей категории», 20-packs of С0 "
           "(Окское, Пышминская) and quail eggs excluded"),
    ]),
    # fto09 bathroom and cleaning
    ("shampun' head&shoulders, zubnaya pasta colgate, tualetnaya bumaga 8 rulonov, jidkoe mylo podeshevle", [
        ("shampun' head&shoulders", {
            "pyaterochka": [],
            "magnit": ["f0e2ce54d8", "edd4068621", "329d78760f", "4a5d360e19", "a77bec9d06", "1fe4376ca7", "bc02222db2",
                       "cb730b6f9a", "822ed0226f", "462209d33c", "c6681315e5", "fa1fcb3709", "03b46117d4", "6ce22476a7"],
            "dixy": [],
            "perekrestok": [],
        }, "every Head&Shoulders shampoo incl. 2-in-1 (shampoo and conditioner), any size; other anti-dandruff brands "
           "(Clear, Schauma, Fructis) excluded; only Магнит carries H&S"),
        ("zubnaya pasta colgate", {
            "pyaterochka": ["2157107"],
            "magnit": ["81453183d1", "34c642c8c6", "bfa8bafe8c", "bf8f2e67c9", "6979fdd12e", "fe74f3aca3", "350131f5fe",
                       "4ad21b8537", "65db2383ee", "d03e638466", "d5a001b980", "02007f5dd2", "5d575a5319", "8708609287",
                       "b432da8011", "b6d0eea1fc", "65ee960a88"],
            "dixy": [],
            "perekrestok": [],
        }, "every Colgate toothpaste incl. children's (Доктор Заяц, 3-5 and 6-9 years); Пятёрочка's title spells «Colgаtе» "
           "with Cyrillic letters; judgement: Магнит «Гель для полости рта COLGATE Тотал12, Профессиональная чистка» "
           "taken as Colgate's gel toothpaste; Colgate toothbrushes, other Colgate-Palmolive goods (Tahiti, Palmolive) and "
           "other toothpaste brands excluded"),
        ("tualetnaya bumaga 8 rulonov", {
            "pyaterochka": [],
            "magnit": ["9a0bd598be", "6189f05c16", "be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "dry toilet paper in 8-roll packs («8 rulonov» names the pack): Soffione Премио (plain and лаванда), ЗЕВА "
           "«Сирень», Zewa Deluxe «Персик 8шт»; 4/6/12-roll packs, moist toilet paper (Kleenex, Mon Rulon), paper towels, "
           "tissues excluded"),
        ("jidkoe mylo podeshevle", {
            "pyaterochka": ["2156702"],
            "magnit": ["0950efec36", "ece4ff1781", "88aee1bd17", "af1a4a2fd7", "a83d606130", "0cb75b0290", "5c167bfb88",
                       "fcb39eaa2b", "c31e1b2585", "ef11e1d9b0", "395d3dc41c", "627234dc4a", "314189cc1c", "e70ce68862",
                       "2539c26fd9", "f86784dad8", "c2cd737592", "ab93591c26", "aedf77402b", "195c09bcbd", "2d8d4f118f",
                       "1f41be18d5", "05b54fbbbb", "71857a9509", "6cb0cbb9b8", "bbf17b51de"],
            "dixy": ["2000605356", "2000575551", "ЦТ0041378", "2000605355", "2000343460", "2000448582"],
            "perekrestok": ["4347139", "4250593", "4201031", "4201033", "3670708", "4276537"],
        }, "liquid hand soap of any brand and size, incl. liquid «крем-мыло» sold by volume, refill packs (Palmolive "
           "«ЗАП.»), children's liquid soap and the Milana foaming soap («Мыло пенка», 500 мл); «podeshevle» is a wish; bar "
           "soaps (sold by grams), shower gels, shampoos and dish liquids excluded"),
    ]),
    # fto10 olivier
    ("goroshek konservirovannyi na olivie, ogurchiki marinovannye, kolbasa varenka, mayonez sloboda", [
        ("goroshek konservirovannyi na olivie", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92", "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884", "2000118079",
                     "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175", "3483842", "19134",
                            "4206921", "3628006", "77114", "32340", "4273266", "4274246", "3350744", "3360308",
                            "3026306", "4380317", "4211849", "2035571", "4192227", "4011800", "3504837", "3447858"],
        }, "canned green peas of any brand and size (молодой, нежный, деликатесный, без сахара, the 4.15 kg catering tin); "
           "«na olivie» is a purpose; frozen peas, fresh sugar peas («Горошек сладкий»), Bonduelle Expert «с морковью» "
           "(a mix), pea microgreens and peppercorns «горошек» excluded"),
        ("ogurchiki marinovannye", {
            "pyaterochka": ["3231209", "3015661"],
            "magnit": ["b83846e7e3", "d77cad8396", "ec376f9811", "e8630c700b", "e66a4613a3", "adb393075f", "7c2811d92a"],
            "dixy": ["2000200415", "T000005987", "2000208489", "2000348876", "2000180487", "2000148383", "2000604671"],
            "perekrestok": ["4265436", "3180523", "3662073", "4061841", "4106670", "2050041", "4367072", "4307368",
                            "3472384", "4121991", "4379606", "3976234", "4343529", "3504166", "4078446", "4342683",
                            "3499242", "71250", "2101582", "4107404", "4321954"],
        }, "jarred marinated cucumbers and gherkins of any brand (incl. по-берлински, по-французски, слабокислые, «с хреном "
           "и смородиной», «с пряной зеленью», with juniper); salted/barrel/малосольные cucumbers, ассорти jars, fresh "
           "cucumbers, Перекрёсток «По-Дижонски с мёдом и горчицей» (flavoured) and Лукашинские «По-старорусски с зеленью "
           "и дубовым листом» (not stated marinated) excluded; judgement: jarred cucumbers whose titles say neither "
           "marinated nor salted (Пятёрочка Eко «Корнишоны Закарпатские», Магнит «Корнишоны СКАТЕРТЬ-САМОБРАНКА», «Огурцы "
           "ШЕСТЬ СОТОК, хрустящие», Дядя Ваня «По-французски»/«По-берлински», Globus «с ягодами можжевельника») taken as "
           "marinated - the same products are titled «маринованные» at other chains or salted ones are always titled so"),
        ("kolbasa varenka", {
            "pyaterochka": ["3636156"],
            "magnit": ["60ec499c51", "6187ab2c5c", "3a639c7d3d", "4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a",
                       "c9c2b3f600", "89c39c317d", "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a",
                       "80689e53b3", "0505750ecb", "4061304bee", "a1d07647fd", "6cf62c7ba3", "743b129eca"],
            "dixy": ["2000566596", "2000544937", "2000302807", "2000402411", "2000404595", "2000275319", "2000577531",
                     "2000563511", "2000595018", "2000556092", "2000538031", "2000595016"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232", "4300888"],
        }, "«варёнка» = boiled sausage (варёная колбаса) of any variety: Докторская, Молочная, Русская, Сливочная, "
           "Классическая, Мясная, Филейская, Стародворская (incl. «с окороком»), «Для завтрака», «Каждому по вкусу», "
           "Деликайзер «Три мяса», children's poultry sausage; варёно-копчёные, полукопчёные, сырокопчёные sausages, "
           "сервелат, ветчина, ливерная, сосиски, сардельки, small «колбаски» and sausages of unstated type (Пятёрочка "
           "«Колбаса Столичная», Черкизово «По-домашнему, с чесноком», Царицыно «Говяжья особая») excluded; judgement "
           "(outside knowledge): Докторская titles without «вареная», Вязанка «Молочная» and Папа может «Филейная, из "
           "мяса птицы, 100г» taken as boiled sausage"),
        ("mayonez sloboda", {
            "pyaterochka": [],
            "magnit": ["da818e4a20", "b624a9bb8a", "7a519275b4", "8000045828", "1728400015", "1799900201", "8000045827",
                       "1000233673", "1728400030", "1000179908", "1000016691", "8000023980"],
            "dixy": ["2000530112", "2000186981", "ЦТ0044024", "2000135999", "ЦТ0045065", "2000429651", "2000176263"],
            "perekrestok": ["3636361", "3674577", "3193489", "78193", "3389322", "2162564", "3335647", "2108609",
                            "3163111"],
        }, "every Слобода mayonnaise (Провансаль, Оливковый, на перепелиных яйцах, с маслом авокадо / «Зелёная Дача», "
           "«Московская», any pack); Слобода «Постный» is a майонезный соус, not mayonnaise - excluded; Слобода ketchups "
           "and other brands excluded"),
    ]),
    # fto11 football evening
    ("pivo zhigulevskoe 4 butylki, chipsy lays so vkusom kraba, suhariki kirieshki, kal'mary sushenye", [
        ("pivo zhigulevskoe 4 butylki", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Жигулёвское» beer in any chain; Магнит «ЖИГУЛИ Барное» (another brand of beer, not «Жигулёвское» - "
           "judgement), Дикси «Пивной напиток Жигули Барное Манго-маракуйя» and Перекрёсток «Яблоки Жигулевские» excluded; "
           "«4 butylki» is a quantity"),
        ("chipsy lays so vkusom kraba", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no crab-flavoured Lay's for sure in any chain; Дикси «Чипсы Lay's Зеленый лук/Сметана и зелень/Краб 37г» is "
           "an assortment card that does not guarantee the crab flavour - excluded (judgement); other Lay's flavours, "
           "Русская картошка «Камчатский краб», crab-flavoured squid and crab sticks excluded"),
        ("suhariki kirieshki", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Кириешки in any chain; croutons of other brands (Воронцовские, Хрусteam, Take It, ОГО! vanilla rusks) "
           "excluded - the brand is required"),
        ("kal'mary sushenye", {
            "pyaterochka": [],
            "magnit": ["fd129d68ed"],
            "dixy": ["2000175972", "2000175974"],
            "perekrestok": [],
        }, "dried squid snacks (Solonina «сушено-вяленый, полоски», Сухогруз «сушеный» and «Кольца кальмара "
           "солено-сушеные»); Магнит «КАЛЬМАР, Сушеный, вкус краба» (flavoured) excluded; frozen squid, squid salads "
           "«Хе», squid in sauce, fish pastes and Пятёрочка's dried путассу excluded"),
    ]),
    # fto12 borscht (w typed for щ)
    ("govyadina na borw, kapusta belokochannaya, burak 3 shtuki, tomatnaya pasta", [
        ("govyadina na borw", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697004", "3917642", "3077141", "1036", "4008468", "4314598", "85566", "46625", "4012",
                            "923", "1031", "3697006", "1038", "7338", "3667501", "4373861", "46627", "3020550"],
        }, "raw beef cuts on or off the bone (мякоть бедра, лопатка, голень, грудинка, шейная часть/отруб, огузок, "
           "антрекот, ростбиф, духовая, гуляш, суповое рагу, котлетное мясо, филей); «na borw» (щ typed as w) is a "
           "purpose; beef mince, portion steaks (Минутка, Тендер, Рибай, Мачете, Фланк, Пеппер, Паризьен, Канзас, Чак "
           "Ролл - judgement: a different product, as set vy excluded them for «мякоть»), tongue, бекон, люля, "
           "cooked, smoked and canned beef, beef dishes excluded; Магнит's and Дикси's only raw beef are steaks"),
        ("kapusta belokochannaya", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546", "4208425", "4268735", "91516"],
        }, "fresh white cabbage: whole heads (incl. «ранняя») and fresh shredded packs (Белая Дача «свежая белокочанная "
           "резаная», Маркет Fresh «соломка»); red, Chinese, cauliflower and broccoli, sauerkraut, marinated cabbage, "
           "prepared salads (Мистер Салат «по-деревенски/по-домашнему»), cabbage-carrot mixes and seeds excluded; "
           "judgement: Перекрёсток plain «Капуста» (sold by kg) taken as white cabbage and Белая Дача «Салат Капуста "
           "белокочанная, 250г» as fresh shredded white cabbage"),
        ("burak 3 shtuki", same(BEETS_WHOLE), "«burak» is the southern/Ukrainian word for свёкла: " + BEET_NOTE),
        ("tomatnaya pasta", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000000761", "2000521414", "2000569071", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste of any brand and pack (jar, pyramid, sachet); ketchup, passata («Протертая мякоть томатов»), "
           "лечо, tomato sauces and tomato juice excluded"),
    ]),
    # fto13 fruit for the kids
    ("yabloki golden, banany, mandarinki dlya detei, kivi", [
        ("yabloki golden", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074363"],
            "perekrestok": ["4194477", "3366324", "4152181", "4097665"],
        }, "fresh Golden Delicious apples («Голден»/«Гольден», loose, 1 kg, 1.5 kg, 4 pcs); other varieties (Гала, Гренни "
           "Смит, Джонаголд, Ред делишес, Fudzi …), «Изюм Голден» and apple products excluded"),
        ("banany", same(BANANAS), BANANA_NOTE),
        ("mandarinki dlya detei", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins («Мандарины сладкие»); «dlya detei» is a purpose; mandarin soft drinks and nectars, olives «с "
           "мандарином», sweets excluded"),
        ("kivi", {
            "pyaterochka": [],
            "magnit": ["48288c27b9"],
            "dixy": ["2000313184"],
            "perekrestok": ["1532", "4156364", "4177001", "4175544", "2094491", "14017", "3638652", "4322057", "4104587"],
        }, "fresh kiwi fruit of any pack, incl. Gold and red kiwi; «Киви мини, 125г» (kiwiberry, another fruit - outside "
           "knowledge), ready-cut kiwi pieces, kiwi drinks, yoghurts, sweets and other kiwi-named goods excluded"),
    ]),
    # fto14 porridge
    ("ovsyanka gerkules, med lipovyi, izyum bez kostochek", [
        ("ovsyanka gerkules", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000222892", "2000219614", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "2105514", "3933387", "3421663", "23772", "6752", "24926", "3469028"],
        }, "plain oat flakes named Геркулес (Русский продукт Геркулес традиционный/Монастырский/быстрого приготовления, "
           "ГЕРКУЛЕС «Нежный», Любимые традиции Геркулес, Nordic «Геркулес Финский», Мистраль «Геркулес Фермерский», "
           "«Экстра Геркулес», Маркет «геркулес»); oat flakes not called Геркулес (Ясно Солнышко №1-3, Nordic, Экстра, "
           "Быстров) excluded - the word was written; flavoured instant porridge sachets «Каша … Геркулес с клубникой», "
           "ready porridge, oat flour and oat drinks excluded"),
        ("med lipovyi", {
            "pyaterochka": [],
            "magnit": ["dadb78005d"],
            "dixy": [],
            "perekrestok": ["3687698", "4316603"],
        }, "linden honey (БАШКИРХАН липовый, Маркет «липовый натуральный»); other honeys (акация, гречишный, горный, "
           "цветочный, луговой, донниковый …), крем-мёд and goods «с мёдом» excluded"),
        ("izyum bez kostochek", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316951", "3640864"],
        }, "raisins: Маркет «Изюм Голден» and «Изюм светлый» taken as seedless (sultana-type raisins; raisins with seeds "
           "are sold labelled «с косточкой» - outside knowledge); baked goods and mixes «с изюмом» excluded; no raisins "
           "in Пятёрочка, Магнит, Дикси"),
    ]),
    # fto15 baking a pie
    ("muka 2 kg dlya piroga, sguschenka rogachev, drojji suhie, sahar pesok", [
        ("muka 2 kg dlya piroga", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "2000317163", "ЦТ0044481", "2000553733", "ЦТ0044544", "2000213875"],
            "perekrestok": ["3505430", "3292690", "3915409", "3193726", "3305673", "4215036", "91321", "4326495",
                            "3681817", "4262616", "2037765", "3346668", "3626914", "2107396", "3394693"],
        }, "plain white wheat flour (высший сорт, экстра, хлебопекарная) in 2 kg packs («2 kg» names the pack of a "
           "packaged good); 1 kg packs, pancake flour (блинная), self-raising, whole-grain, rye, rice, corn, oat, "
           "gluten-free and nut flours excluded; «dlya piroga» is a purpose; judgement: Магнит «Мука ПЫШЕЧКА, "
           "пшеничная, 2кг» and Перекрёсток «Мука Тихорецкая особая, 2кг» (grade / grain not stated) taken as ordinary "
           "white wheat flour"),
        ("sguschenka rogachev", {
            "pyaterochka": [],
            "magnit": ["dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000186451", "2000014518"],
            "perekrestok": ["3376242", "4147345"],
        }, "Рогачёв sweetened condensed milk (сгущённое цельное с сахаром 8.5%, any tin); Рогачёв «Вареное» and «Егорка "
           "вареное» (варёная сгущёнка is a different product, as in sets d and g) and «с кофе» (flavoured) excluded; "
           "other brands excluded"),
        ("drojji suhie", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry instant yeast Саф-Момент 11 г; Люкс Экстра pressed yeast excluded (Дикси's title says «сухие … "
           "прессованные»; Магнит titles the same product «ДРОЖЖИ ПРЕССОВАННЫЕ»); judgement: Магнит «Дрожжи САФ-МОМЕНТ, "
           "11г» taken as dry yeast (Дикси titles it «сухие быстродействующие»)"),
        ("sahar pesok", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3650732", "3902622", "3230933"],
        }, "white granulated sugar of any pack (750 g, 900 g, 1 kg, 5 kg; Магнит «Сахар-песок ЧАЙКОФСКИЙ, "
           "Рафинированный» is granulated); pressed/lump sugar, cane/brown sugar (Дикси «Сахар-песок Брауни "
           "тростниковый», Маркет тростниковый), coconut and vanilla sugar excluded; judgement: Перекрёсток «Сахар "
           "Советский Экстра» and Чайкофский «белый кристаллический свекловичный» taken as granulated"),
    ]),
    # fto16 the cat and the house
    ("koshachiy korm whiskas 10 paketikov, napolnitel dlya lotka drevesnyi, vlazhnye salfetki", [
        ("koshachiy korm whiskas 10 paketikov", {
            "pyaterochka": [],
            "magnit": ["2541891", "2493341", "2493311", "2493431", "2541881", "2493691", "2493331", "2541861", "2493371",
                       "2493411"],
            "dixy": ["2000604092"],
            "perekrestok": [],
        }, "Whiskas wet cat food in 75 g pouches, any flavour (рагу, желе, паштет, «старше 7 лет»); «10 paketikov» is a "
           "count of pouches; kitten food («для котят» рагу, «подушечки для котят») excluded - the food is for a cat, not "
           "a kitten (judgement); dry Whiskas (350 g, 800 g) and the 1.9 kg pâté pack excluded"),
        ("napolnitel dlya lotka drevesnyi", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no wood (pellet) cat litter in any chain; Магнит КЭТ СТЕП silica-gel litter is another kind - excluded"),
        ("vlazhnye salfetki", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "337392b1b2", "4655517315", "9022eaa3a8", "36ac79cfc0",
                       "2499871", "d50c79a365", "667fad1c9c", "bd449a17ff", "73ec40a66f"],
            "dixy": [],
            "perekrestok": [],
        }, "personal wet wipes of any brand and count (universal, antibacterial, scented, baby wipes); AURA wipes «для "
           "поверхностей» (cleaning), intimate-hygiene wipes, moist toilet paper and dry tissues excluded"),
    ]),
    # fto17 herring under a fur coat
    ("seledka file v masle na shubu, svekla 2 shtuki, morkovka, mayonez 67%", [
        ("seledka file v masle na shubu", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000162753", "2000322886", "2000236692", "2000242531", "2000179260", "2000309903"],
            "perekrestok": ["3345483", "3682728", "3683735", "3463465", "3993017", "4322376", "4275608", "4159336"],
        }, "salted herring fillet (whole fillet or pieces) in oil without an added flavour (Vici «К картошке» and "
           "«традиционная», Леор, Мореслав, Матиас «оригинальная», Русское море, Балтийский Берег «по-царски», Русский "
           "Невод, Исландка, Пр!ст, Маркет «слабосоленое в масле», weighed «в масляной заливке»); «na shubu» is a purpose; "
           "herring in oil with dill, smoke, spices or «приправы», «с лучком и томатом», in wine, mayonnaise or tomato, "
           "whole salted herring, smoked herring, the «Сельдь под шубой» salad excluded; Магнит Санта Бремор «Филе сельди "
           "популярное» (not stated in oil) and Балтийский Берег «Филе в масле с укропом» (flavoured) excluded"),
        ("svekla 2 shtuki", same(BEETS_WHOLE), BEET_NOTE + "; «na shubu» belongs to the herring, not a filter here"),
        ("morkovka", same(CARROTS), "«morkovka» = морковка, carrots: " + CARROT_NOTE),
        ("mayonez 67%", {
            "pyaterochka": ["3277400"],
            "magnit": ["1000014596", "1000016691", "1000077734", "1000108624", "1000169172", "1000179908", "1000233673",
                       "1000277219", "1000348713", "1000356802", "1000422623", "1000501598", "1000556519", "1000556521",
                       "1728400015", "1728400030", "1799700138", "1799900201", "1b1e1ef668", "2c23c84574", "56ff8ec751",
                       "7a519275b4", "7d31b46ae3", "8000023980", "8000045827", "8000045828", "8000056331", "b624a9bb8a",
                       "da818e4a20", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000176263", "2000186981",
                     "2000202331", "2000202369", "2000204803", "2000265115", "2000265607", "2000306265", "2000429651",
                     "2000530112", "2000539317", "2000567053", "2000570511", "2000572811", "2000599457", "ЦТ0027566",
                     "ЦТ0040573", "ЦТ0044024", "ЦТ0045065"],
            "perekrestok": ["2047206", "2108609", "2162564", "3016147", "3029014", "3163111", "3193489", "3335647",
                            "3389322", "3412258", "3419671", "3425669", "3425670", "3467275", "3636361", "3640161",
                            "3674577", "3677986", "3695167", "4072721", "4105769", "4199312", "4225978", "4259097",
                            "4259098", "4261699", "4279915", "4284062", "4297819", "4331497", "4331500", "4331515",
                            "4331518", "78193", "4112954"],
        }, "mayonnaise of exactly 67% of any brand and variety (Провансаль, оливковый, на перепелиных яйцах, классический, "
           "«Сливочный», «Чистый», с лимонным соком, с маслом авокадо); 50.5/55/61% mayonnaise and майонезные соусы "
           "excluded; Перекрёсток Махеевъ «Провансаль с лимонным соком, 655мл» (no % in the title; Дикси's 655 ml pack is "
           "50.5%) excluded; judgement: Перекрёсток Я люблю готовить «Московский Провансаль классический, 700 г» (no % in "
           "the title) taken as 67% like the 390 g and 900 g packs of the same line"),
    ]),
    # fto18 a birthday
    ("shampanskoe sovetskoe polusladkoe, konfety raffaello, tort napoleon", [
        ("shampanskoe sovetskoe polusladkoe", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4006571"],
        }, "«Советское Шампанское» semi-sweet (белое полусладкое); Советское Шампанское «розовое брют», other semi-sweet "
           "sparkling wines (Абрау-Дюрсо, Шато Тамань, Лыхны, Ламбруско) and still semi-sweet wines excluded"),
        ("konfety raffaello", {
            "pyaterochka": [],
            "magnit": ["3061e3f9c1"],
            "dixy": ["2000016072", "DI00078416", "2000001754", "2000320701"],
            "perekrestok": ["2157344", "18162", "3163976", "40690", "2105827", "3604056"],
        }, "Raffaello candies of any box size (40-240 g); judgement: Дикси «Конфеты \"Raffaello\" Торт, 100 г» (Raffaello "
           "candies in a cake-shaped box - outside knowledge) accepted; other candies excluded"),
        ("tort napoleon", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Наполеон» cake in any chain; other cakes (Три шоколада, Сметанник, Эстерхази …), puff pastry and Арвест "
           "«НАПОЛЕОН» cognac excluded"),
    ]),
    # fto19 laundry and dishes
    ("poroshok ariel avtomat, konditsioner dlya belia lenor, fairy dlya posudy, gubki dlya posudy", [
        ("poroshok ariel avtomat", {
            "pyaterochka": [],
            "magnit": ["d8aa9ce5e8", "3372dfb7f6", "4d919fe5ff", "cc70715e17", "8d8c8ce3af"],
            "dixy": [],
            "perekrestok": [],
        }, "Ariel washing powder for automatic machines (Горный родник, Колор, Колор и Стайл, Ленор фреш; 2.5-6 kg); Ariel "
           "gel and capsules (other forms) and other brands' «автомат» powders excluded"),
        ("konditsioner dlya belia lenor", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner (скандинавская весна 2 л); Vernel, Qualita conditioners, Ariel «Ленор фреш» powder and "
           "hair conditioners excluded"),
        ("fairy dlya posudy", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6", "b3ebaa28e5",
                       "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1", "7c5bd74e06"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "Fairy hand dish-washing liquid of any scent and size (Сочный лимон, Platinum, Pure&Clean, Нежные руки …); Fairy "
           "dishwasher tablets («для посудомоечных машин», All in 1) and other brands excluded"),
        ("gubki dlya posudy", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges for dishes (Магнит «Нужные вещи» Макси 5 шт); the shoe sponge (Дивидик) excluded"),
    ]),
    # fto20 dacha supper
    ("skumbriya kopchenaya, kartoshka molodaya kilo, kvas ochakovo 2l", [
        ("skumbriya kopchenaya", {
            "pyaterochka": [],
            "magnit": ["b80335950f", "1b9094b7b8"],
            "dixy": ["2000545671"],
            "perekrestok": [],
        }, "smoked mackerel, hot or cold smoked (whole «горячего копчения», «Косичка холодного копчения», cold-smoked "
           "pieces); canned mackerel (в масле, в томате, натуральная), frozen mackerel (Магнит полуфабрикат), Перекрёсток "
           "«Скумбрия 0.3-0.5 кг» (not stated smoked) and fish pastes excluded"),
        ("kartoshka molodaya kilo", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no new-crop («молодой») potatoes in any chain; «molodaya» is a variety the shopper wrote, so ordinary potatoes "
           "and Перекрёсток «Картофель Бэби, 2кг» (a size grade, not new potatoes - judgement) are excluded; «Картофель "
           "молодой с паприкой и чесноком запеченный» is a cooked dish; «kilo» is a quantity"),
        ("kvas ochakovo 2l", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Очаково kvas in any chain; Пятёрочка «Русский узор Летний» 2.5 l and Зелёная Линия «Квас Медовый» are other "
           "brands - excluded, the brand is required"),
    ]),
    # fto21 tea with lemon
    ("chai chernyi krupnolistovoi, limon 2 shtuki, sahar rafinad", [
        ("chai chernyi krupnolistovoi", {
            "pyaterochka": [],
            "magnit": ["cbfbcf3730", "e5f644b54b", "fdaeb671e9", "278651b790", "c8696b4f23", "f619b0597f"],
            "dixy": ["DI00080603"],
            "perekrestok": ["3636930", "3506750", "4131561"],
        }, "plain loose black tea stated as large-leaf («крупнолистовой» / «листовой крупный»: Akbar, Richman Ассам, Beta "
           "Tea, Kensington, Richard «Регатта», Greenfield Golden Ceylon, Маркет «Английский классический»); flavoured "
           "large-leaf teas (Richman «Orange Pekoe» - titled «с ароматом бергамота» at Перекрёсток -, Эрл грей, чабрец, "
           "вишня, земляника со сливками), Иван-чай, black teas only called «листовой» or «пекое» (leaf size not stated: "
           "Richard, Майский, Принцесса Нури/Канди, Ahmad, Dilmah) and bagged teas excluded"),
        ("limon 2 shtuki", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose or 2-piece packs); «2 shtuki» is a count; lemon-scented and lemon-flavoured goods excluded"),
        ("sahar rafinad", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (прессованный / кусковой, Русский сахар, Чайкофский кусковой); Магнит «Сахар-песок ЧАЙКОФСКИЙ, "
           "Рафинированный» (granulated) and cane lump sugar (Мистраль, Маркет «тростниковый кусковой») excluded"),
    ]),
    # fto22 pantry
    ("grechka samaya deshevaya, tushenka govyajya 2 banki, hleb chorniy", [
        ("grechka samaya deshevaya", same(BUCKWHEAT), BUCKWHEAT_NOTE + "; «samaya deshevaya» is a wish, not a filter"),
        ("tushenka govyajya 2 banki", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b"],
            "dixy": ["2000313236", "2000408120", "T000000869", "2000258591", "2000192964", "2000415753", "2000220776",
                     "2000302684", "2000557431"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef («Говядина тушеная») of any brand and tin; «2 banki» is a quantity; stewed pork, turkey and "
           "horse meat excluded"),
        ("hleb chorniy", {
            "pyaterochka": [],
            "magnit": ["54f3720614"],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125", "4149554", "3931337", "3945535", "3126329",
                            "3974720", "4074396", "3627134", "4148558", "3658457", "2060872", "4276930", "3953836",
                            "4361611", "3631465", "2000243", "3617422", "2024150", "4354623", "4049144", "4164733",
                            "2053660", "3634576", "3965436", "78034786"],
        }, "«black bread» = rye or rye-wheat bread: Бородинский, Дарницкий, Столичный, Двинский, ржаной (100%, подовый, "
           "Каравай, Рижский, Старосельский, Фермерский), ржано-пшеничный (Даниловский, Чусовской, Столовый, Деревенский, "
           "бездрожжевой), пумперникель; wheat breads and batons, toast bread, rye bread with raisins («Ароматный с "
           "изюмом»), the wheat-rye «Хлебец … с пророщенными зёрнами», Ржаной Край (composition not stated) and breads "
           "whose flour is not stated (Измайловский, Крестьянский, Рижский хлеб Деревенский/Крестьянский/Ароматный, "
           "Боярский, Сельский, Монж, Советский, солодовый, Бабушкин) excluded; Дикси «Хлеб Елизавета вафельный ржаной» "
           "is a crispbread; judgement (outside knowledge): Столичный, Двинский, пумперникель and Магнит «Хлеб "
           "ДАНИЛОВСКИЙ зерновой» (titled ржано-пшеничный at Перекрёсток) taken as rye-wheat/rye bread"),
    ]),
    # fto23 a diet week (two items typed in Cyrillic)
    ("kefir 1%, творог обезжиренный пару пачек, yogurt bez dobavok, bananchiki", [
        ("kefir 1%", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416",
                            "2084558", "3352331", "3604602"],
        }, "kefir and биокефир of exactly 1%, any brand and pack; «биокефирный продукт», «кефирный продукт», Bio Баланс "
           "«биопродукт кефирный», kefir cocktails and other fat levels excluded (as in sets g and vy)"),
        ("творог обезжиренный пару пачек", {
            "pyaterochka": ["4067060"],
            "magnit": ["1000157386", "1000453156", "1eb57431af", "8000073444", "1899910741"],
            "dixy": [],
            "perekrestok": ["3194302"],
        }, "plain fat-free cottage cheese, titled «обезжиренный» or 0% (incl. soft Савушкин «Нежный» 0%, Danone «мягкий "
           "обезжиренный», Резной Палисад «обезжиренный 1.8%» - titled fat-free); «пару пачек» is a quantity; 1.5-2% "
           "cottage cheese, curd desserts and fruit curds excluded"),
        ("yogurt bez dobavok", {
            "pyaterochka": ["8487", "0f0e8e4bd1"],
            "magnit": ["1000181497", "dafd7c4dc4", "8000087572", "1000380540", "555ec5242d"],
            "dixy": ["2000537895", "2000585835", "2000596134", "2000366091", "2000297751", "2000569034", "2000253975"],
            "perekrestok": [],
        }, "plain yoghurt without fruit or flavour: natural/classic, plain Greek, natural bio-yoghurt (Активиа, АктиБио), "
           "natural drinking yoghurt (Epica, Активиа), lactose-free natural (Free); flavoured yoghurts, Зелёная Линия "
           "«Йогурт сладкий» (sweetened), goat-milk yoghurts (Козочка с облачка, Зелёная Линия) excluded; judgement: "
           "Пятёрочка «Йогрут Домик в деревне, классический, 3,7%» (typo in the title) taken as plain yoghurt"),
        ("bananchiki", same(BANANAS), "«bananchiki» = бананчики, bananas: " + BANANA_NOTE),
    ]),
    # fto24 pasta with meat sauce
    ("spagetti barilla, farsh govyajii 500g, tomaty v sobstvennom soku", [
        ("spagetti barilla", {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000280926", "2000016649"],
            "perekrestok": [],
        }, "Barilla spaghetti incl. Spaghettini №3 and Spaghettoni (thinner and thicker spaghetti); Barilla bucatini, "
           "bavette and other shapes, other brands' spaghetti excluded"),
        ("farsh govyajii 500g", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "raw beef mince of any pack (400 g trays, by weight); «500g» is the quantity of mince wanted, not a pack size "
           "(as «фарш свиной 1 кг» in set vy); mixed «Домашний»/«деревенский»/«Фермерский» mince, pork, turkey and fish "
           "mince excluded"),
        ("tomaty v sobstvennom soku", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000582831"],
            "perekrestok": ["4181618", "3901877", "4042450"],
        }, "canned tomatoes in their own juice (Botanica «целые очищенные в собственном соку»); judgement: Перекрёсток "
           "«Томаты неочищенные в томатном соке», Bonduelle «очищенные в томатной мякоти» and plain «Томаты резаные "
           "Маркет Перекрёсток, 390г» (canned chopped tomatoes) taken as the same product; tomatoes «с базиликом» / «с "
           "луком и чесноком» (flavoured), marinated and salted tomatoes, Пятёрочка «Томаты … в томатном соусе», "
           "passata and tomato paste excluded"),
    ]),
    # fto25 school sandwiches (last item typed in Cyrillic)
    ("syr gauda lomtikami, hleb tostovyi, vetchina, огурчики свежие штуки 3", [
        ("syr gauda lomtikami", {
            "pyaterochka": [],
            "magnit": ["1000452314"],
            "dixy": [],
            "perekrestok": ["4353317", "4003953"],
        }, "sliced Gouda (ломтики, «нарезка»); Gouda in a piece or by weight excluded - «lomtikami» is a form the shopper "
           "wrote; other sliced cheeses excluded"),
        ("hleb tostovyi", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "toast bread (Коломенский тостовый пшеничный and злаковый); other sliced breads and batons excluded"),
        ("vetchina", {
            "pyaterochka": ["6cfb6eef55"],
            "magnit": ["a6a1de83c0", "1027b0fdf8", "48db2d6df7", "f40c256f93"],
            "dixy": [],
            "perekrestok": ["4239655"],
        }, "deli ham of any meat (pork, turkey, chicken: Вязанка Столичная, Владимирский стандарт, Индилайт Кампана, "
           "Черкизово, Зелёная Линия куриная); Пятёрочка «Ветчина Великолукский МК из свинины 325 г» (a canned ham tin - "
           "judgement, outside knowledge) excluded; окорок, карбонад and goods «с ветчиной» excluded"),
        ("огурчики свежие штуки 3", same(CUCUMBERS), "«3 штуки» is a count; " + CUCUMBER_NOTE),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftoNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fto\d\d ===$", line):
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
                    errors.append("fto%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fto%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fto"))
