#!/usr/bin/env python3
"""Re-create fresh_basket_eval_g.jsonl -- a set of everyday shopping lists hand-labelled against the
real offers in real_offers_g.jsonl (the offers collected for this set, see real_offers_g.SOURCES.md).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_g.build.py

LISTS below is literal data: 23 everyday household lists (2-4 items) as a household would type them
to a Telegram bot, and for every item the product ids of every store that a reasonable shopper would
accept.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings) and read one by one; the note of each item records
what was deliberately left out and any judgement that rests on outside knowledge.  An empty list means
the store has nothing acceptable (the item is "missing" there).  The labels were made without reading
korzina's matcher or its data files.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fg01, fg02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_g.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 weekday staples
    ("молоко 3.2 подешевле, хлеб бородинский, яйца с0 десяток", [
        ("молоко 3.2 подешевле", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014",
                       "1812450001", "1000323041", "1000139951", "1000049786", "1000445488", "1000127183",
                       "1059990140", "4aff59ccac", "18ca387556", "be3e0e74c3", "1000172272", "1899800825",
                       "8000058295", "8000081425"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951",
                     "10J0077073", "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "cow drinking milk labelled exactly 3.2% (past./UHT/steril., children's and lactose-free milk incl. "
           "Агуша, Тема, Аммм «с 8 месяцев», Зелёная Линия «для детского питания»); ranges 3.2-4 / 3.2-6 / 3.4-6, "
           "топлёное (Эго, Северная долина), Дикси Му-у «Для капучино» (barista milk), Магнит «цельное концентрированное» "
           "(evaporated), dry, goat and coconut milk excluded; «подешевле» is a wish, not a filter"),
        ("хлеб бородинский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "Borodinsky rye bread loaves (sliced or not); Магнит гренки BEERKA «Бородинские» and the brand «МД Бородина» "
           "(колбаса, сосиски) are traps"),
        ("яйца с0 десяток", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "4352464", "3356111",
                            "3432532", "2131762", "3421287", "3914040", "4236458", "4012802", "4085790", "3182853"],
        }, "chicken eggs of class С0 / «отборные» (= СО) in packs of 10; С1/С2, «высшей категории» (СВ), 15/20/30 packs, "
           "quail eggs, egg white/yolk/melange excluded"),
    ]),
    # L2 dairy run
    ("кефир 1%\nтворог 9%\nсметана 20", [
        ("кефир 1%", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416",
                            "2084558", "3352331", "3604602"],
        }, "kefir and bio-kefir of exactly 1%; «биокефирный продукт» / «кефирный продукт» (Домик в деревне), "
           "Bio Баланс «биопродукт кефирный» and other fat levels excluded"),
        ("творог 9%", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "0cfee9df84",
                       "1000122024", "1000530486", "1000426470", "1000426465", "1000448252", "8000055235"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076",
                     "2000280850", "2000564413", "2000312025"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "4294087", "3487310"],
        }, "plain cottage cheese of exactly 9% (рассыпчатый, пластовой, Зелёная Линия «Зернышко» incl.); творожная "
           "масса, творожки/продукты творожные, сыр творожный, 5%/2%/0% and flavoured curds excluded"),
        ("сметана 20", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371",
                       "1000102474", "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715",
                     "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream of exactly 20%; 10/15/25/30%, сыр «Сметанковый», sauces and snacks «со сметаной» excluded"),
    ]),
    # L3 sandwiches
    ("масло брест-литовск 82, сыр российский, колбаса докторская", [
        ("масло брест-литовск 82", {
            "pyaterochka": [],
            "magnit": ["1000084229", "86326346d1"],
            "dixy": ["2000186964"],
            "perekrestok": ["4175276", "3413519"],
        }, "Брест-Литовск butter 82.5% (counts as 82%, incl. Перекрёсток «82.5» without %); the brand's 72.5% butter, "
           "sour cream and cheese excluded"),
        ("сыр российский", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese of any brand, piece, weighed or sliced; Магнит «Продукт По-Российски ... на основе "
           "растительного жира» (cheese product) and other «российский» goods (коньяк, какао) excluded"),
        ("колбаса докторская", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d",
                       "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3",
                       "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, "boiled Doktorskaya sausage of any maker (ГОСТ, «Особая», «от шефа», sliced); сосиски «Докторские» "
           "(Рублёвский) excluded"),
    ]),
    # L4 groats and pasta
    ("гречка, рис круглый, макароны макфа", [
        ("гречка", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286", "2000180341",
                     "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178",
                            "4009020", "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448",
                            "4090171", "4019310", "3603166", "39155", "3600743", "3696237", "3477255", "3231481",
                            "3493533", "3994791"],
        }, "dry buckwheat groats (ядрица, bags for boiling, quick-cooking, Перекрёсток bare «Гречка»); green buckwheat "
           "(Агро-Альянс зелёная, Зелёная Линия) excluded as a different product for a shopper (judgement); ready "
           "buckwheat dishes (Cook Chart, Raisad, Дядя Ваня, Увелка «с грибами»), kasha for babies, buckwheat drinks "
           "and «спиральки из гречневой муки» excluded"),
        ("рис круглый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["4332035", "3674360", "3603169", "3231277", "3469128", "3469127"],
        }, "rice whose title says круглый / круглозерный / круглозёрный; risotto rice (Адриатика, Бальдо) and sushi rice "
           "whose titles do not say round-grain, long-grain, parboiled, basmati, jasmine, brown rice, rice+millet mixes "
           "and ready rice dishes excluded"),
        ("макароны макфа", {
            "pyaterochka": [],
            "magnit": ["2c49a7a5d2", "6d2462031e", "06594d00ff", "3bb34798f6", "61313f9ca5", "4cae925c1a",
                       "0facf2dd98"],
            "dixy": ["2000302407", "ЦТ0046806", "T000015331", "ЦТ0046807", "ЦТ0046808", "2000002143", "2000347024",
                     "T000015329"],
            "perekrestok": ["3446522", "62190"],
        }, "any dry Makfa pasta shape incl. вермишель, паутинка, capellini and the «Станичные» line; Makfa flour, "
           "buckwheat and instant kasha excluded"),
    ]),
    # L5 soup / dinner
    ("куриное филе 1кг, лук репчатый, морковка", [
        ("куриное филе 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "3694848", "4323072", "3273915", "2173555",
                            "3946764", "4329298", "3653837", "52888", "3191300", "3362832", "3940063", "4312563",
                            "3678985", "3649232", "3609675", "4306879", "4116904", "3034277", "4347498", "3216279",
                            "3336397", "78003876"],
        }, "raw chicken breast fillet of any pack or weight («1кг» read as the quantity wanted), incl. «малое филе», "
           "medallions and Перекрёсток's raw «Филе курицы в маринаде»; «филе цыплёнка(-бройлера)» taken as breast fillet "
           "(retail usage); thigh fillet («филе бедра»), Перекрёсток «Грудка ... охлаждённое» and «Филе грудки ... на "
           "кости» (bone-in breast), ready dishes and Maggi seasoning «для филе куриной грудки» excluded"),
        ("лук репчатый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions incl. red and peeled; dried/ground onion (Kotanyi, Айдиго), leeks, green onions and "
           "products «с луком» excluded"),
        ("морковка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots incl. mini carrots; boiled peeled carrots (Дмитровские Овощи), Korean carrot salads, juices, "
           "purees and pet food «с морковью» excluded"),
    ]),
    # L6 for tea
    ("кофе якобс монарх растворимый\nсахар 1кг\nпеченье овсяное", [
        ("кофе якобс монарх растворимый", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "0386d066d3", "01f9dd25ee", "d377483cd5", "88df1b0c73"],
            "dixy": ["2000200961"],
            "perekrestok": [],
        }, "Jacobs Monarch instant/freeze-dried coffee of any size incl. Монарх Интенс (Магнит «Монарх Интенс, 95г» "
           "does not say instant: accepted from outside knowledge that Intense is sold as freeze-dried) and Дикси "
           "«растворимый с молотым Monarch Miligrano»; Monarch ground and bean coffee, Jacobs Милликано/Голд/Бариста "
           "and 3в1 drinks excluded"),
        ("сахар 1кг", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "10E0076829", "2000214171"],
            "perekrestok": ["4092763", "3650732", "4269179", "3629156", "3230933"],
        }, "sugar in 1 kg packs, white or cane, granulated (сахар-песок) or lump (the size is respected); 250/500/650/750 g packs, "
           "coconut sugar and candied ginger «в сахаре» excluded"),
        ("печенье овсяное", {
            "pyaterochka": ["3613448", "3613445"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000351526", "2000214298", "2000325940", "2000235792", "2000225711", "2000255652", "2000002140",
                     "2000529080", "2000349045", "2000603633", "2000221434", "2000251113", "2000419389", "2000535032", "2000603032"],
            "perekrestok": ["3681160", "3681278", "4202831", "4370425", "4370424", "4017837", "4032428", "3035354",
                            "4185824", "4283932", "3639545", "3658003", "4202788", "4202786", "4315655", "3438892",
                            "4315656", "4024594", "2091843", "3951119", "3412681", "4172266", "4172267", "3505244",
                            "3901907", "3901906", "2023501", "91535", "2023502", "4283934", "4283939", "4258982",
                            "4251005", "4113987", "3603607", "3688135", "4284221", "4123144", "4284222", "3218321", "3613445", "3613448", "3663100", "4050870", "4086029", "4356039"],
        }, "oat cookies of any flavour incl. with raisins/chocolate, children's, sugar-free and protein oat cookies "
           "(Take A Bite, Хлебный Спас lines, Юбилейное «Овсяное»); Хлебный Спас «Полезный завтрак с овсяными хлопьями» (not titled oat cookie), ProteinRex «Флэпджек» (a flapjack bar), oat chocolate, Магнит «Колечки овсяные», oat flakes "
           "and porridge excluded"),
    ]),
    # L7 fruit for the kids
    ("бананы, яблоки гала, мандарины", [
        ("бананы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas incl. organic and red bananas; Перекрёсток «Бананы для жарки» (plantains, judgement), dried/"
           "sun-dried bananas, marshmallow «Бананы», yoghurts and purees with banana excluded"),
        ("яблоки гала", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3366336", "3366339", "4047904", "4039875", "4194479", "4152138", "77001777"],
        }, "fresh Gala apples incl. Gala Баккей and Роял Гала, loose or packed; other apple varieties excluded"),
        ("мандарины", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins; Перекрёсток olives «с мандарином», Skittles, BIOMIO dish soap «с маслом мандарина» are traps"),
    ]),
    # L8 lazy dinner
    ("пельмени сибирская колекция, майонез махеев, кетчуп хайнц", [
        ("пельмени сибирская колекция", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        }, "Сибирская коллекция pelmeni of any filling; other brands' pelmeni excluded"),
        ("майонез махеев", {
            "pyaterochka": [],
            "magnit": ["d8bbb63f48", "5861fc587f", "ddda8365b8", "2c23c84574", "269c8ab257", "1000520539",
                       "1000077733", "1000558908", "1000077734", "1000498096"],
            "dixy": ["T000005518", "ЦТ0040573", "2000593851", "2000602611"],
            "perekrestok": ["2047206", "4339442", "2093561"],
        }, "any Махеевъ mayonnaise (провансаль, с лимонным соком, оливковый, на перепелином яйце; any fat and size); "
           "Махеевъ ketchup, mustard, jam, marinades and sauces excluded"),
        ("кетчуп хайнц", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971",
                            "4116830", "4157803", "4157697", "4157703", "4116848", "4157704", "4154517", "4157702",
                            "4274973"],
        }, "any Heinz ketchup (томатный, острый, итальянский, для гриля, с чесноком, Pikador line; the product word is "
           "given, so flavours are not filtered); Heinz sauces (barbecue, сырный, горчичный, гранатовый...), "
           "mayonnaise, peas, corn and baby food excluded"),
    ]),
    # L9 water delivery
    ("вода питьевая 5л, минералка боржоми", [
        ("вода питьевая 5л", {
            "pyaterochka": ["3635131"],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871",
                            "4231308"],
        }, "drinking water in 5 l bottles (the size is respected), incl. children's water (Фрутоняня, Аквалайн "
           "«Для ляль», Черноголовка Бэйби, Кидси) and Пятёрочка «Легенда Гор» table water «5.0»; 6 l (Зелёная Линия) "
           "and smaller bottles excluded"),
        ("минералка боржоми", {
            "pyaterochka": [],
            "magnit": ["67c2003564"],
            "dixy": ["ЦТ0020861", "2000211073", "2000315091", "2000188861"],
            "perekrestok": ["3393237"],
        }, "Borjomi mineral water of any size, PET or glass; Боржоми «Флейворд Вотер» flavoured drinks excluded"),
    ]),
    # L10 vegetables
    ("огурцы, помидорки черри, картошка 2 кг", [
        ("огурцы", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "2098997", "3301324", "3255111", "2088998", "4072", "2131726"],
        }, "fresh cucumbers of any type (гладкие, колючие, длинные, короткоплодные, Бакинские); pickled/salted "
           "cucumbers (Дядя Ваня, Globus, Лукашинские), canned assortments and yoghurts (the stem «огур» hides in "
           "«йогурт») excluded"),
        ("помидорки черри", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000601471", "2000601472", "2000580827", "2000003231", "2000186544"],
            "perekrestok": ["3373662", "4217379", "3410591", "4381951", "4381952", "4371254", "11971", "3634714"],
        }, "fresh cherry tomatoes (loose, on the vine, plum-shaped, Кумато черри мини, mixes); «коктейль»/«коктейльные» "
           "tomatoes (not labelled cherry), salted cherry tomatoes, canned assortments «черри/корнишоны» and pepper "
           "Santa Maria «Теличерри» excluded"),
        ("картошка 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh potatoes of any pack or weight («2 кг» read as the quantity wanted); sweet potato «Картофель Батат» "
           "(trap), boiled peeled and frozen cut potatoes, Магнит «Картофель АЙДАХО (СП ГМ), 100г» (a ready side dish, "
           "judgement), «сырок Картошка» and seasonings excluded"),
    ]),
    # L11 salad cans
    ("тунец консервированный, кукуруза бондюэль, горошик зеленый", [
        ("тунец консервированный", {
            "pyaterochka": ["3610561"],
            "magnit": ["bc43ddc83b", "f4bfc133e7", "fa610b1a57"],
            "dixy": ["D000010279", "2000535351", "2000301085", "2000552775", "2000533434", "2000533435"],
            "perekrestok": ["4003717", "4003716", "4003715", "4003714"],
        }, "tuna preserved in tins or jars, natural or in oil, chunks or chopped (incl. «Тунец для салата» Капитан вкусов); frozen/fresh tuna fillet, Меридиан "
           "«Риет из тунца» (a spread) and cat food excluded"),
        ("кукуруза бондюэль", {
            "pyaterochka": [],
            "magnit": ["a869e5b9ba", "d2de35fd7c"],
            "dixy": ["2000279948", "DI00079261", "10E0064890"],
            "perekrestok": [],
        }, "Bonduelle canned sweet corn of any size; other brands' corn (Globus, 6 соток, Грин Рэй, Heinz...) excluded"),
        ("горошик зеленый", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92",
                       "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884",
                     "2000118079", "0230306094"],
            "perekrestok": ["74447", "4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175",
                            "3483842", "19134", "4206921", "3628006", "77114", "32340", "4273266", "4274246",
                            "3350744", "3360308", "3026306", "4380317", "4211849", "2035571", "4269503", "4192227",
                            "4188483", "4011800", "3504837", "3447858", "4151225"],
        }, "green peas, canned or frozen, any brand and size (incl. «молодой», «нежный», «без сахара», the 4.15 kg "
           "tin); Bonduelle Expert «с морковью» (a mix), Перекрёсток «Горошек сладкий» (loose sweet pea pods), "
           "microgreens, «перец горошек» and dog food «с горошком» excluded"),
    ]),
    # L12 seafood salad
    ("крабовые палочки\nкреветки\nкальмары", [
        ("крабовые палочки", {
            "pyaterochka": [],
            "magnit": ["4f11f65802", "8a27ccab55"],
            "dixy": ["2000307177", "ЦТ0035069", "2000224260", "2000179155", "2000300878", "2000521851", "2000546772"],
            "perekrestok": ["45926", "4157138", "4112613", "3169222", "4124683", "3204340", "26084", "2154175",
                            "2154177", "3408151", "3210145", "3199420", "4096079", "24998", "2043673", "3500653",
                            "3659730", "2162050", "4291954", "4291955", "3458"],
        }, "crab sticks of any brand, chilled or frozen, incl. Русское море «Салатные» and those «с мясом (натурального) краба»; «крабовое мясо» "
           "(block imitation crab meat, Магнит/Дикси/Перекрёсток), filled rolls (Русское море Краб-ролл/Лосось-ролл "
           "с сыром, Vici Crabe De L'amour with sauce) and crab-flavoured snacks excluded"),
        ("креветки", {
            "pyaterochka": [],
            "magnit": ["543e4295ac", "4377bbfd5b", "acf5d0e7eb", "daa53ea23d", "d757ba985f"],
            "dixy": ["2000559411", "2000283070", "2000578411", "2000415852", "2000563411", "2000595631"],
            "perekrestok": ["4362236", "4328813", "4277440", "4301249", "3647723", "4296609", "4323674", "4116769",
                            "4269762", "3627766", "69215", "3464112", "3420956", "3331822", "4357329", "3686756",
                            "4363720", "4269760", "4343270", "4289266", "4360313", "4364088"],
        }, "shrimps of any kind (northern, king incl. white-leg «сыромороженые», tiger, Argentine; raw or cooked-frozen, peeled or not; shrimp meat "
           "in brine «в заливке»); shrimp skewers/kebab (Fish & More «в чесночном маринаде на шпажках», Кинг Фрост "
           "«Шашлык»), cat food, shrimp-flavoured snacks, sauces and ready dishes excluded"),
        ("кальмары", {
            "pyaterochka": ["c4476447bc"],
            "magnit": ["b1aba46ee4", "92c8a76c40"],
            "dixy": ["2000602540"],
            "perekrestok": [],
        }, "squid for cooking (frozen carcasses «тушка»); dried/salted squid snacks (Сухогруз, Solonina, РК Донской), "
           "Korean squid salads «Хе» and fish paste «кальмар с креветкой» excluded"),
    ]),
    # L13 pantry
    ("масло подсолнечное нерафинированное, мука пшеничная, соль самую дешевую", [
        ("масло подсолнечное нерафинированное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4307791", "4149438", "3653773", "4311768", "3683883", "2071663", "3608379", "74883"],
        }, "sunflower oil whose title says нерафинированное (incl. high-oleic Getuva and oil «из жареных семечек»); refined oil, blends with "
           "olive/linseed/almond oil (Здоровое меню «с добавлением льняного»), flavoured oils and titles that do not "
           "say unrefined (Аведовъ, Getuva New Way) excluded"),
        ("мука пшеничная", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "42f4e32b0a"],
            "dixy": ["ЦТ0035253", "D000002191", "ЦТ0037862", "2000578792", "ЦТ0044481", "2000213875", "2000317163", "2000553733", "2000576791", "ЦТ0044544"],
            "perekrestok": ["4278294", "3193726", "3305673", "4215036", "91320", "91321", "16318", "3605057",
                            "4326495", "2107396", "3394693", "3394703", "2112692", "3505430", "2037765", "3292690", "3502351", "3626914", "3681817", "3915409", "4262616"],
        }, "wheat flour whose title says пшеничная (any grade, bread flour «хлебопекарная», whole-grain wheat, Manitoba «из мягких "
           "сортов пшеницы»); pancake flour mixes (блинная), self-raising flour (С.Пудовъ «самоподнимающаяся»), "
           "rye/rice/corn/oat/buckwheat/nut flours and titles that do not name the grain (Царь «Мука, 1кг», Тихорецкая "
           "«особая», Французская штучка «цельнозерновая») excluded"),
        ("соль самую дешевую", {
            "pyaterochka": [],
            "magnit": ["d35c77aa75"],
            "dixy": ["2000328011", "ЦТ0031984", "2000543511", "2000543512", "ЦТ0001667", "ЦТ0044186",
                     "DI00080806"],
            "perekrestok": ["3605522", "3450465", "3613636", "3613637", "4259187", "4266810", "4221321", "3255026",
                            "3231335"],
        }, "«самую дешевую» is a wish, not a filter; plain edible salt (rock, iodine-free, sea, Himalayan pink, fine or coarse); dishwasher salt (Finish, "
           "Сомат), seasoned salts (Вкусная соль, adyghe salt with herbs, чесночная, с травами) and snacks «с солью» "
           "excluded"),
    ]),
    # L14 kids' snacks
    ("йогурт греческий, творожок даниссимо, сок яблочный детям", [
        ("йогурт греческий", {
            "pyaterochka": [],
            "magnit": ["1000181497", "dafd7c4dc4", "8000087572", "1000313702", "fc153f8070", "60f70a8dd4"],
            "dixy": ["2000585835", "2000339952", "2000403060", "2000596134", "2000297751", "2000328570",
                     "2000327453", "2000253975", "2000323039", "2000601711", "2000601712"],
            "perekrestok": ["4323782", "3601418", "4202758", "3601420", "4261361", "4219295", "3687295", "4068960",
                            "4068958", "4068959"],
        }, "yoghurts titled Greek (греческий / Teos Греческий / Greek Yogurt), plain or with fruit, honey, nuts, "
           "two-layer; other yoghurts, Greek salad and feta-type cheese excluded"),
        ("творожок даниссимо", {
            "pyaterochka": [],
            "magnit": ["8000037272", "2400019154", "1829990038", "1899800045", "1000559790", "1000011186",
                       "8000062178", "1000571387", "1000323264", "1000173275"],
            "dixy": ["2000596141", "2000599674", "DI00079718", "2000003585"],
            "perekrestok": ["78358", "4192612", "2131371"],
        }, "Даниссимо curd desserts of any flavour (продукт творожный / творожный десерт / творожок); Даниссимо "
           "«Фантазия» and Danissimo «с хрустящими рисовыми шариками» are yoghurts (trap) and are excluded"),
        ("сок яблочный детям", {
            "pyaterochka": [],
            "magnit": ["5cc1685377", "9aed063f0e", "2b7a93fdc9", "a44cb39821", "755af2f920"],
            "dixy": ["2000107422", "2000405003", "DI00078820", "2000225623", "10E0072646", "2000550673",
                     "2000005628", "2000341137", "2000148374", "ЦТ0017501", "DI00080427", "2000177649",
                     "DI00081301"],
            "perekrestok": ["47600", "4239136", "3977669", "4059743", "4222319", "3903669", "84798", "3411877",
                            "3646063", "3636704", "4001466", "4316873", "4157530", "58049", "4259039", "3002924",
                            "3387565", "4233679", "4340742", "4340738", "3049629", "4069132", "3270265", "67047",
                            "3376409", "4315654", "3612824", "4100577"],
        }, "single-fruit apple juice of any brand and size, children's or regular, clarified or direct-pressed, "
           "green-apple juice incl. («детям» is a purpose, not a filter); mixed juices (яблоко-виноград/-вишня/-груша/"
           "-персик/-абрикос, с сельдереем), nectars, juice drinks and purees excluded"),
    ]),
    # L15 cat and laundry
    ("вискас сухой корм, кандиционер для белья вернель, порошок ariel автомат", [
        ("вискас сухой корм", {
            "pyaterochka": ["3476629", "3496914"],
            "magnit": ["88df276103"],
            "dixy": ["2000372860"],
            "perekrestok": [],
        }, "dry Whiskas cat food incl. «Вкусные подушечки» for kittens and «Подушечки с паштетом»; wet Whiskas "
           "(75 g pouches in рагу/желе/паштет, the 1.9 kg pâté) excluded"),
        ("кандиционер для белья вернель", {
            "pyaterochka": ["3625262"],
            "magnit": ["bb6844cd7c", "9263318f64", "8f532dee73", "7ab3cd50b3", "1ab71f9367"],
            "dixy": [],
            "perekrestok": [],
        }, "Vernel fabric conditioner of any scent incl. children's and Суприм; Persil detergents «Свежесть от Вернель» "
           "(trap), Lenor and other conditioners excluded"),
        ("порошок ariel автомат", {
            "pyaterochka": [],
            "magnit": ["d8aa9ce5e8", "3372dfb7f6", "4d919fe5ff", "cc70715e17", "8d8c8ce3af"],
            "dixy": [],
            "perekrestok": [],
        }, "Ariel washing powder for machines (автомат), any variant and size; Ariel gel and capsules excluded"),
    ]),
    # L16 tea time
    ("чай гринфилд в пакетиках, шоколадка аленка, мед", [
        ("чай гринфилд в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000289445", "2000228472", "2000000294"],
            "perekrestok": ["2042290", "3626161", "2147891", "2073803", "3378336", "2095906", "3679799", "2114141",
                            "2147890", "46398", "3450276"],
        }, "Greenfield tea in bags, any blend and count (incl. the herbal Spirit Mate); loose-leaf Greenfield (200 g / "
           "100 g packs) excluded"),
        ("шоколадка аленка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000266303", "10F0045393", "2000227851"],
            "perekrestok": [],
        }, "Alenka chocolate bar (Дикси «Алёнка молочный» 100 г and 200 г added after labelling, see the README); Магнит «Конфеты АЛЕНКА, Крем-брюле» (boxed sweets, trap) excluded"),
        ("мед", {
            "pyaterochka": [],
            "magnit": ["ec1ad9dc52", "384d8d8201", "dadb78005d", "44c60c9317", "980d05dc00", "928ff089d4"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["4355859", "4320670", "4320672", "4320671", "4340911", "4340910", "3687699", "3479121",
                            "3687698", "3687710", "4316603", "4316605", "3467507", "4331449"],
        }, "natural honey of any kind and jar size; creamed honey with berries/nuts (Крем-мёд), Магнит «Мед УССУРИЙСКИЙ БАЛЬЗАМ» (unclear whether pure honey), mead and honey-flavoured goods (каша «клюква-мед», Halls, Nemiroff «Мед с "
           "перцем», Ritter Sport, shower gel «молоко и мед») excluded"),
    ]),
    # L17 snacks for guests
    ("оливки без косточки, маслины, фисташки", [
        ("оливки без косточки", {
            "pyaterochka": ["3008503"],
            "magnit": ["3d09e4fe73", "94f4173a31"],
            "dixy": ["2000280421", "2000573832", "2000535133", "2000300244", "2000180495", "2000240819"],
            "perekrestok": ["4334902", "3008503", "4054381", "4077569", "3651521", "3468534"],
        }, "plain pitted olives (green, Gordal, Халкидики in plain marinade, Каламата «без косточки» with wine vinegar); "
           "olives with pits, stuffed or flavoured olives (лимон, анчоус, лосось, сыр, халапеньо, мандарин, чеснок и "
           "специи, сладкий перец) and black olives «маслины» excluded"),
        ("маслины", {
            "pyaterochka": [],
            "magnit": ["ffc8624869", "a4c260b58b", "48476ebf9a", "67a5bec16c", "c4db4323f9"],
            "dixy": ["2000280423", "2000573831", "2000284987", "D000011668", "2000300243", "2000293466"],
            "perekrestok": ["3013064", "4049135", "4340423", "4340420", "4340421", "4102524", "4340492", "4340498",
                            "3628532", "3628531", "3468532", "3628530", "3468533"],
        }, "plain black olives in brine, pitted or with stones, incl. Магнит «Оливки чёрные SPAINOLLI» (маслины is the "
           "Russian word for black olives; judgement); stuffed Охибланка (лосось, фета), 28Olives «в маринаде с "
           "прованскими травами» and Olivea «вяленые в масле» excluded"),
        ("фисташки", {
            "pyaterochka": [],
            "magnit": ["b3ee07a59e", "cbb2d0c598", "8b9281613e"],
            "dixy": ["2000539534", "2000539549", "2000327653"],
            "perekrestok": ["4274180", "3411931", "2020566", "4369326", "68781", "49082", "4207559", "3499562",
                            "4090837", "4073982", "49715", "2049819", "3451308", "4105870", "3943233", "3948588",
                            "3428414", "4066346", "4259987", "4309728", "72535", "3162277", "4262027", "4249887",
                            "4002203", "4331200", "3660622", "3900345", "3942813", "3640863", "3638619", "4262202"],
        }, "pistachio nuts of any kind (salted roasted, raw, in shell or shelled, baked, crushed kernels); pistachio ice "
           "cream, chocolate, spreads, yoghurts, sausage and drinks excluded"),
    ]),
    # L18 hot dogs
    ("сосиски молочные, горчица, хлеб ржаной", [
        ("сосиски молочные", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83"],
            "dixy": ["2000300143", "2000322511", "2000125037", "2000602632", "2000572752", "2000600471"],
            "perekrestok": ["3416253", "3464086", "3390152", "4276248", "4329781", "3198697", "4175216", "4100629"],
        }, "sausages of the «Молочные» kind, any maker (incl. Индилайт turkey «Молочные»); Вязанка «Молокуши» (brand "
           "name, trap), Окраина «с натуральным молоком», сливочные/венские/баварские and other kinds excluded"),
        ("горчица", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000582072", "2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "21002", "21001", "3995314", "3995313", "4361057", "4361055",
                            "4361056", "2143139", "3333328", "3332503", "3333301", "3332502", "3285595", "3297748",
                            "4152780", "4149116", "4152778", "4322908", "3358711", "3358713", "3438145", "3435016",
                            "3372044", "4337616", "4337618", "4337617", "4273279", "4229365", "3416298", "4229364",
                            "2153858", "3434688", "3135056", "3980912", "3456246", "4268545"],
        }, "prepared mustard of any kind (русская, столовая, дижонская, зернистая, баварская, с хреном/мёдом, fruit "
           "mustards byJam.me); whole mustard seeds (Волшебное дерево «Горчица целая»), mustard sauces/marinades, "
           "sausages and pickles «с горчицей» excluded"),
        ("хлеб ржаной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78034810", "4149554", "3126329", "3658457", "3631465", "2000243", "3965436", "3931337"],
        }, "bread whose title says it is rye (ржаной, 100% ржаной, Батард Ржаной); Грiдневъ «100% ржаной на закваске» accepted; rye-wheat breads (ржано-пшеничный, "
           "Бородинский), the brand «Ржаной Край» (Коломенский/Магнит, not a rye claim), Елизавета «хлеб вафельный "
           "ржаной» (crispbread), rye baguette with garlic and rye flour excluded"),
    ]),
    # L19 pasta with mushrooms
    ("шампиньоны свежие\nсливки 10%\nспагетти\nпармезан", [
        ("шампиньоны свежие", {
            "pyaterochka": [],
            "magnit": ["4de59ad542"],
            "dixy": ["DI00079986", "1100074529", "2000332389", "2000088639", "ЦТ0046651"],
            "perekrestok": ["4270844", "59120", "4280106", "3669839", "2071820", "3685051", "4136012", "3622668",
                            "3683919", "3652049", "4355283", "3950281", "6176"],
        }, "fresh button mushrooms (white or royal, whole, mini, fresh sliced/diced trays); canned (Lorado, Bonduelle, "
           "Lutik, Pucci, Бояринъ, 400 g «резаные» Маркет/Пр!ст tins), marinated, frozen, Korean salads, ready dishes "
           "and Пятёрочка «ДСК Грибы Шампиньоны 400 г» (a canned-goods brand, judgement) excluded"),
        ("сливки 10%", {
            "pyaterochka": [],
            "magnit": ["1000506066", "1000128456", "1000144079", "1000537609", "3201860040", "1000052910",
                       "1000456519", "1000461011", "1000006089", "1899911837", "913cd14db9"],
            "dixy": [],
            "perekrestok": ["4271735", "4267108", "3431574", "44849", "68419"],
        }, "drinking cream of exactly 10% (UHT or sterilised, incl. coffee cream «для кофе» and 10×10 g portions); 11%, 20%, 33% cream, Томаты "
           "«сливка» and purees «со сливками» excluded"),
        ("спагетти", {
            "pyaterochka": ["94429"],
            "magnit": ["5296e76f4b", "811f1a2896"],
            "dixy": ["2000280926", "2000016649", "ЦТ0021284", "2000005386", "2000288865"],
            "perekrestok": ["4340661", "4347044", "3623096", "82760", "3501223", "3435297", "4273870", "4117174"],
        }, "dry wheat spaghetti incl. spaghettini and thin spaghetti; chechil/string cheese «Спагетти» (trap), "
           "gluten-free pea spaghetti, long pasta not titled spaghetti (MAKFA «Макароны длинные») and ready dishes "
           "excluded"),
        ("пармезан", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "0dc02300a0", "1000384143", "632a4664e6",
                       "b10071458c", "1000526832"],
            "dixy": ["2000597551"],
            "perekrestok": ["4345021", "3496416", "3496419", "4300784"],
        }, "cheeses titled Пармезан/Parmesan (piece, weighed or grated, any fat); cream cheese snack «из пармезана с "
           "гриссини», parmesan-flavoured crisps, sauces and ravioli excluded"),
    ]),
    # L20 household
    ("туалетная бумага zewa, фейри для посуды", [
        ("туалетная бумага zewa", {
            "pyaterochka": [],
            "magnit": ["939f14debe", "11634cf6c9", "e01188fba0", "013f5191a0", "cdc752b01e", "24f2c70304",
                       "b0339ecad9", "2300103434", "f88b88076f", "0f9bdfbe08", "475d902330", "be65d013c1"],
            "dixy": ["2000142974"],
            "perekrestok": ["75364"],
        }, "Zewa toilet paper of any line, scent, ply and pack size; other brands (Familia, Soffione, Papia, Мон "
           "Рулон) and Пятёрочка ZEWA facial tissues «Салф.бум.д/лица» (trap) excluded"),
        ("фейри для посуды", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6",
                       "b3ebaa28e5", "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1",
                       "7c5bd74e06"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "Fairy washing-up liquid of any scent and size (incl. Platinum, Pure&Clean); Fairy dishwasher tablets "
           "«All in 1 / Все в 1» excluded"),
    ]),
    # L21 breakfast sandwiches
    ("сыр плавленый, батон нарезной", [
        ("сыр плавленый", {
            "pyaterochka": [],
            "magnit": ["8000038108", "1000578839", "8000052561", "76fa471ae2", "8000038138", "e399631bc4",
                       "ae17955afa", "1000500094", "1862400009", "1862400011", "3392900004", "3392940005",
                       "1891200088", "1891200042", "1891200068", "1891200043", "1000193098", "1000517493",
                       "1000270513", "1000270504", "1000270511", "09f119dd16", "1000227071", "1000228952",
                       "8238ed932b"],
            "dixy": ["2000319790", "2000541172"],
            "perekrestok": [],
        }, "processed cheese (tubs, triangles, slices, with ham/mushrooms/salami/flavours, Карат «Дружба» cheese); "
           "«плавленый продукт» (Дружба 50%, Переяславль, Рязанский колбасный, Моя цена «Дружба с сыром»), Фетакса "
           "«плавленый сыр без рассола» and the sweet Виола «Плавленый сыр шоколадный» excluded"),
        ("батон нарезной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "white loaf of the «Нарезной» kind, sliced or not; other batons (Отрубной, Утренний, Молочный, Горчичный, "
           "Зерновой, Новый, к завтраку, plain «Батон, 300г») excluded"),
    ]),
    # L22 caprese
    ("масло оливковое extra virgin, моцарелла", [
        ("масло оливковое extra virgin", {
            "pyaterochka": ["3015194"],
            "magnit": [],
            "dixy": ["2000580798", "T000000850", "2000534311", "T000000852"],
            "perekrestok": ["4321136", "4218015", "4365079", "3617469", "4063916", "27062", "4130610", "3666262",
                            "3501258", "3501259", "3444927", "3444926", "4333525", "3336247", "4197654", "2153521",
                            "7581", "61549", "4343608", "4343609"],
        }, "olive oil whose title says Extra Virgin / Extra Vergine (Пятёрочка «EXTR.VIR.»), incl. the spray; "
           "unrefined olive oils whose titles do not say extra virgin (Anfosso, Cobram, Colavita «Mediterranean», "
           "De Cecco, Monini, Frantoi, Sita), flavoured EV oils (лимон, чеснок, трюфель), pomace and blends excluded"),
        ("моцарелла", {
            "pyaterochka": [],
            "magnit": ["1000070528", "f34553b2a5", "1000216597", "8fafbefa0d", "a6a7985f8b", "ac45682a48",
                       "1000397214", "3ceec6b968", "8000036544"],
            "dixy": ["2000365606"],
            "perekrestok": ["3500953", "3949283", "3668945"],
        }, "mozzarella cheese of any form (ball, mini, чильеджина, кубики, fior di latte, «для пиццы», protein «палочки»); sausages «с моцареллой» "
           "excluded"),
    ]),
    # L23 coffee corner
    ("кофе lavazza молотый, сгущенка", [
        ("кофе lavazza молотый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000183725", "2000193927"],
            "perekrestok": ["72112", "72110"],
        }, "Lavazza ground coffee of any blend; Пятёрочка LAVAZZA «зер.» (beans) excluded"),
        ("сгущенка", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "cc9252c04f", "1000003186", "1000427075", "be9bed5042",
                       "66294fd8e5", "dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["4218934", "3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4211054"],
        }, "sweetened condensed milk (сгущённое молоко с сахаром / цельное, any size, incl. the 1% Пр!ст); boiled "
           "condensed milk (варёная сгущёнка), condensed milk «с кофе», Моя цена «Продукт молочный Сгущенка» (not "
           "milk), evaporated unsweetened milk and sweets with condensed milk excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fg"))
