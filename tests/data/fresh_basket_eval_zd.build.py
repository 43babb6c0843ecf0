#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zd.jsonl -- a working couple's hastily typed weekday-supper lists hand-labelled
against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zd.build.py

LISTS below is literal data: 25 shopping lists (3-4 items) for weekday suppers, typed on a phone in a hurry
(typos, missing letters, words run together or cut short, autocorrect slips, abbreviations, amounts and
brands mixed in), exactly as saved in fresh_basket_eval_zd.blind_lists.txt before any offer was read, and
for every item the product ids of every in-stock offer of each store that a reasonable shopper who wrote
exactly that item would accept.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; the
note of each item records what was accepted, what was deliberately left out and any judgement that rests
on outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).
The labels were made without reading korzina's matcher or its data files.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fzd01, fzd02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zd.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fzd01
    ("филе кур 1кг, рис басмати подешевле, сметанв 15%", [
        ("филе кур 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "53105", "3694848", "4323072", "3273915", "2173555",
                "3946764", "4329298", "3653837", "52888", "3191300", "78003876", "3362832",
                "3940063", "4312563", "3678985", "3649232", "3609675", "4306879", "4116904",
                "3034277", "4347498", "3216279", "3336397"],
        }, "raw chilled chicken breast fillet (филе грудки / филе куриное / филе цыплёнка(-бройлера), medallions cut from the fillet, raw fillet in marinade); thigh fillet (филе бедра), bone-in «Грудка Псковская», cooked and ready fillet dishes, turkey and fish fillets excluded; 1кг is the quantity. Outside knowledge: «Филе цыплёнка …» without «грудки» taken as breast fillet, Перекрёсток «Филе грудки фермерское» taken as chicken; Магнит and Пятёрочка have no chicken fillet"),
        ("рис басмати подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635865", "4254250", "3634155"],
        }, "rice titled Басмати (Dunar, Shanti Селла, Увелка 5x80 г); jasmine and other long-grain rice excluded; «подешевле» is not a filter"),
        ("сметанв 15%", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785", "1000461810",
                "1000463648", "1000553874", "1000558440", "1899900582", "8000035449", "8000057502",
                "8000068594", "8000072734", "2645f50028", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086", "4221356",
                "4226994", "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        }, "«сметанв» = сметана (typo); plain sour cream 15 % of any brand/size (incl. lactose-free and «из топлёных сливок»); 10/20/25 % and Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» 15 % (flavoured) excluded"),
    ]),
    # fzd02
    ("спагети barilla, фарс говяжий 500г, томатн паста, пармезан для пасты", [
        ("спагети barilla", {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000016649", "2000280926"],
            "perekrestok": [],
        }, "Barilla spaghetti incl. Spaghettini №3 (thin) and Спагеттони (thick) — spaghetti variants by their names; Barilla Букатини, баветте, Pipe Rigate, Джирандоле, Festivi, Risoni, Спиральки, Филини and spaghetti of other brands excluded"),
        ("фарс говяжий 500г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "«фарс» = фарш (autocorrect slip); minced beef (Мираторг, Иван Мясоедов, Перекрёсток, Хороший Кусок «из говядины»); 500г is the quantity (packs are 400 g or by weight). Pork, turkey, fish and mixed/unspecified minces («Домашний», «Фермерский», «деревенский») excluded"),
        ("томатн паста", {
            "pyaterochka": [],
            "magnit": ["2c160abf20", "3e333fcf75", "63697ab89b", "64828d44cd", "7f508c0006", "d176b4306a"],
            "dixy": ["2000000761", "2000322276", "2000521414", "2000536311", "2000569071"],
            "perekrestok": ["3504319", "3690262"],
        }, "tomato paste of any brand and size; ketchups, tomato sauces, tomato juice and canned tomatoes excluded"),
        ("пармезан для пасты", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "0dc02300a0", "1000384143", "632a4664e6", "b10071458c",
                "1000526832"],
            "dixy": ["2000597551"],
            "perekrestok": ["4345021", "3496416", "3496419", "4300784"],
        }, "cheese titled Пармезан/Parmesan, piece or grated (Russian-made parmesan-style included); ITALIAN SNACK cream cheese «из пармезана» and ravioli with parmesan excluded; «для пасты» is a purpose, not a filter"),
    ]),
    # fzd03
    ("пелмени мираторг, сметанки 20 проц, укроп свеж пучок", [
        ("пелмени мираторг", {
            "pyaterochka": [],
            "magnit": ["feeac8f3fa", "66c111d7a2"],
            "dixy": ["2000282673"],
            "perekrestok": [],
        }, "«пелмени» = пельмени; Мираторг pelmeni of any filling; other brands (incl. Сибирская коллекция «с мраморной говядиной») and Мираторг хинкали/вареники excluded"),
        ("сметанки 20 проц", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404", "1000574405",
                "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355", "4229625",
                "4241375", "4250761", "4320002", "4376610"],
        }, "plain sour cream 20 % of any brand/size; 10/15/25/30 % excluded"),
        ("укроп свеж пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill: no store has fresh dill (only dill-flavoured croutons, ketchup, herring in oil «с укропом»); missing everywhere"),
    ]),
    # fzd04
    ("картошка 2кг, сосискимолочные вязанка, огурцы маринов", [
        ("картошка 2кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968", "3092450"],
        }, "fresh raw potatoes of any variety/pack (2кг is the quantity; 1–3 kg nets and loose potatoes accepted); sweet potato (батат), boiled peeled, fried/baked, frozen fries and Магнит «Картофель АЙДАХО (СП ГМ)» (ready dish) excluded"),
        ("сосискимолочные вязанка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322511"],
            "perekrestok": [],
        }, "«сосискимолочные» = сосиски молочные (run together); Вязанка (Стародворские колбасы) milk sausages only; Вязанка «Молокуши», «Сливушки», «Филейские» and milk sausages of other brands excluded"),
        ("огурцы маринов", {
            "pyaterochka": ["3231209", "3015661"],
            "magnit": ["b83846e7e3", "d77cad8396", "ec376f9811", "e8630c700b", "adb393075f", "7c2811d92a", "e66a4613a3"],
            "dixy": ["2000200415", "T000005987", "2000208489", "2000348876", "2000148383", "2000180487"],
            "perekrestok": ["4265436", "3180523", "3662073", "4061841", "4106670", "2050041", "4367072", "4307368", "3472384",
                "4121991", "4061853", "4379606", "3976234", "4343529", "3504166", "4078446",
                "3499242", "71250", "2101582", "4107404", "4321954"],
        }, "marinated cucumbers and gherkins in jars. Outside knowledge: Магнит Дядя Ваня «По-берлински»/«По-французски», Скатерть-Самобранка «Корнишоны» and Шесть соток «хрустящие» taken as marinated (the same lines are titled «маринованные» in other chains), Пятёрочка «Корнишоны Закарпатские» taken as marinated; salted/barrel/lightly salted cucumbers, Globus «с ягодами можжевельника» and Лукашинские «По-старорусски» (brine not stated), mixed assortments and fresh cucumbers excluded"),
    ]),
    # fzd05
    ("греча ядрица, котлеты замороженые подешевле, кетчуп хайнс", [
        ("греча ядрица", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392", "2000539995",
                "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128", "3438178", "3446736",
                "3477255", "3493533", "3600743", "3603166", "3667612", "3674200", "3694322",
                "3696237", "39155", "3994791", "4009020", "4019310", "4059000", "4061364", "4090171",
                "4204902", "4353613", "53673", "6847"],
        }, "«греча» = гречка; buckwheat groats (ядрица), incl. fast-cooking, steamed and boil-in-bag packs. Outside knowledge: plain «Гречка»/«Крупа гречневая» packs whose title does not say «ядрица» taken as ядрица (the standard form; no продел is offered anywhere); green buckwheat, buckwheat flakes/flour/noodles/porridge, ready dishes (Cook Chart, Raisad, Дядя Ваня, Увелка с грибами) excluded"),
        ("котлеты замороженые подешевле", {
            "pyaterochka": [],
            "magnit": ["a7684b72ad", "00beea1146"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen meat cutlets. Outside knowledge: Магнит МОРОЗКО beef and turkey cutlets taken as frozen (Морозко is a frozen brand); chilled cutlets (ЛЮКС, Сливочные, НАША ПТИЧКА), Ложкаревъ breaded chicken cutlets and Мираторг burger patties (frozen state not stated), Chicken Kiev, ready meals with garnish and fish burgers excluded; «подешевле» is not a filter"),
        ("кетчуп хайнс", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4207051", "4157356", "4274972", "4225365", "4274971", "4116830", "4157803", "4157697", "4157703",
                "4116848", "4157704", "4154517", "4157702", "4274973"],
        }, "«хайнс» = Heinz; every Heinz ketchup (tomato, hot, Italian, garlic, grill); Heinz sauces/mayonnaise and Pikador ketchups (Перекрёсток «Heinz Pikador», Дикси «Pikador»: the budget Pikador brand) excluded"),
    ]),
    # fzd06
    ("яйца с1 дес, малоко 3.2 простоквашино, помидорки черии, сыр российск", [
        ("яйца с1 дес", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "4085791", "2131763", "2109476", "3182856"],
        }, "«дес» = десяток; chicken eggs class С1 («1 категории») in packs of 10; С0/СО/отборные, С2, СВ/высшей категории and packs of 6/15/20/30 excluded"),
        ("малоко 3.2 простоквашино", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000557212"],
            "perekrestok": [],
        }, "«малоко» = молоко; Простоквашино drinking milk 3.2 % only (Дикси 1.4 l); Простоквашино 1.5/2.5 % and «отборное 3.4–4.5 %», and 3.2 % milk of other brands excluded"),
        ("помидорки черии", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000601471", "2000601472", "2000580827", "2000003231", "2000186544"],
            "perekrestok": ["3373662", "4217379", "3410591", "4381951", "4381952", "4371254", "11971", "3634714"],
        }, "«черии» = черри; fresh cherry tomatoes of any colour/pack (incl. on the vine, plum-shaped cherry, Кумато черри мини); marinated/salted cherry tomatoes, cocktail tomatoes (коктейльные, Flamenco) and regular tomatoes excluded"),
        ("сыр российск", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese of any brand, piece or slices, incl. «Российский молодой»; Магнит «Продукт По-Российски» (vegetable-fat cheese product) excluded"),
    ]),
    # fzd07
    ("минтай филе замор, лимон 1 шт, рису круглого", [
        ("минтай филе замор", {
            "pyaterochka": [],
            "magnit": ["21f5feb583"],
            "dixy": [],
            "perekrestok": [],
        }, "«замор» = замороженное; frozen pollock fillet (Магнит «филе без кожи свежемороженый»); Магнит «МИНТАЙ филе, полуфабрикат из замороженного сырья» (a chilled counter product made from frozen raw material), whole pollock (тушка), pollock mince, roe and breaded fish fillets excluded"),
        ("лимон 1 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or in packs of 2 («1 шт» is the quantity); Перекрёсток «Микс Лайм-лимон» and lemon-flavoured goods excluded"),
        ("рису круглого", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["4332035", "3674360", "3603169", "3231277", "3469128", "3469127"],
        }, "rice titled круглый/круглозёрный/круглозернистый of any brand/pack; long-grain, parboiled, basmati/jasmine, Националь Адриатика/Бальдо (not titled round), sushi/Japanese rice, Увелка «Дружба» rice-millet mix excluded"),
    ]),
    # fzd08
    ("пицца заморож ветчина грибы, колу 1л, чипсы лейс смет зелень", [
        ("пицца заморож ветчина грибы", {
            "pyaterochka": [],
            "magnit": ["2fa3e5ac5d"],
            "dixy": [],
            "perekrestok": [],
        }, "«заморож» = замороженная; frozen pizza with ham and mushrooms. Outside knowledge: Магнит «Пицца ЦЕЗАРЬ, с ветчиной и грибами» taken as frozen (Цезарь is a frozen brand); pepperoni, 4-cheese, salami, pear-gorgonzola pizzas and Чебупицца excluded"),
        ("колу 1л", {
            "pyaterochka": [],
            "magnit": ["5117f2b311"],
            "dixy": ["2000562692"],
            "perekrestok": [],
        }, "cola in a 1 l bottle (the size names the bottle): Магнит ДОБРЫЙ кола 1 л, Дикси Добрый Кола без сахара 1 л (no sugar wish written, so zero accepted); colas of 0.33/0.5/1.5 l, Pepsi Dark Vanilla and Black Royal excluded"),
        ("чипсы лейс смет зелень", {
            "pyaterochka": ["3453321"],
            "magnit": [],
            "dixy": ["2000001186", "ЦТ0036304", "2000325823"],
            "perekrestok": [],
        }, "«лейс» = Lay's, «смет зелень» = сметана и зелень; Lay's Сметана и зелень of any size, incl. Дикси 37 g «Зеленый лук/Сметана и зелень/Краб» (an assortment that includes the flavour); Lay's «Сметана и лук», «Белые грибы со сметаной», green onion and other brands excluded"),
    ]),
    # fzd09
    ("лук репч 1кг, морковка 1кг, свеклу пару шт, капусту белокачан", [
        ("лук репч 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh onions titled «Лук репчатый» (loose, net, packs, red, peeled); 1кг is the quantity; dried/ground onion, green onion and leeks excluded"),
        ("морковка 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots of any pack (incl. mini carrots); 1кг is the quantity; boiled peeled carrots, Korean-style carrot salads and mixes excluded"),
        ("свеклу пару шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "13998", "4375880", "3368257", "4299508", "3378167", "786"],
        }, "fresh whole beetroot (loose, bag, net, bunched, young); «пару шт» is the quantity; boiled, peeled, cut/sliced («резаная», «соломка») beetroot and chard (Мангольд) excluded. Outside knowledge: Перекрёсток «Свекла очищенная»/«Свёкла целая очищенная» taken as boiled (like its «варёная … очищенная» packs)"),
        ("капусту белокачан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546"],
        }, "«белокачан» = белокочанная; fresh white cabbage heads (incl. «ранняя»). Outside knowledge: Перекрёсток plain «Капуста» (sold by weight) taken as white cabbage; shredded packs («резаная», «соломка»), marinated cabbage, cauliflower, broccoli and mixes excluded"),
    ]),
    # fzd10
    ("шейка свиная 1кг, лавашь армянский, маринад д/шашлыка", [
        ("шейка свиная 1кг", {
            "pyaterochka": [],
            "magnit": ["afb09aae99"],
            "dixy": [],
            "perekrestok": ["4363415", "912"],
        }, "raw chilled pork neck (шейка свиная); 1кг is the quantity; shashlik of pork neck (marinated), smoked/cooked «Шейка из свинины копчёно-варёная», Магнит ИНЕЙ smoked cuts and other pork cuts excluded"),
        ("лавашь армянский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "«лавашь» = лаваш; thin Armenian lavash (Маркет, Коломенский); tandoor flatbreads (лепёшки) excluded"),
        ("маринад д/шашлыка", {
            "pyaterochka": [],
            "magnit": ["5b67a944cd"],
            "dixy": [],
            "perekrestok": [],
        }, "«д/шашлыка» = для шашлыка; ready shashlik marinade (Махеевъ); dry shashlik seasonings (Восточный гость), ketchups «для шашлыка» and ready marinated shashlik excluded"),
    ]),
    # fzd11
    ("удон лапша, соус терияки, бедро кур б/к, кунжут", [
        ("удон лапша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "udon noodles: none offered anywhere (only soba, instant noodles and ready wok dishes); missing everywhere"),
        ("соус терияки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "teriyaki sauce: none offered anywhere (only cashews «в соусе терияки» and ready dishes «терияки»); missing everywhere"),
        ("бедро кур б/к", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000581594"],
            "perekrestok": ["2160048", "78004576", "3683728"],
        }, "«бедро кур б/к» = boneless chicken thigh: thigh fillets (филе бедра) of chicken; Магнит bone-in thighs (Петелинка, Петруха, «гриль»), turkey thigh fillet and beef «бедро» excluded"),
        ("кунжут", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4187582"],
        }, "sesame seeds (Перекрёсток «Кунжут белый семена»); buns/bread with sesame, sesame dressings and sweets excluded"),
    ]),
    # fzd12
    ("вареники с картохой, сметана самая дешевая, зел лучок", [
        ("вареники с картохой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000550452", "2000281321", "2000364412"],
            "perekrestok": ["4114103"],
        }, "«картоха» = картошка; vareniki with a potato filling, incl. potato with mushrooms/onion/spinach (no plain-potato vareniki are offered); cherry, cheese-spinach vareniki excluded"),
        ("сметана самая дешевая", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000102474", "1000203662", "1000208902", "1000219465", "1000237596", "1000237597",
                "1000241416", "1000253705", "1000372781", "1000372784", "1000372785", "1000429067",
                "1000461809", "1000461810", "1000463648", "1000553874", "1000558440", "1000574404",
                "1000574405", "1899900582", "1899913371", "8000030079", "8000035449", "8000057502",
                "8000068594", "8000072734", "2645f50028", "30145abd36", "4221528ef6", "65c9123e96",
                "87741a9faa", "a15781b1ca", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000100619", "2000166052", "2000220966", "2000220967", "2000230594", "2000276122",
                "2000276139", "2000279280", "2000294264", "2000411404", "2000411407", "2000509087",
                "2000509714", "2000509715", "2000544033", "2000544034", "2000558211", "2000595012",
                "2000602951"],
            "perekrestok": ["29910", "3142744", "3166306", "3181748", "3391034", "3423443", "3629029", "3632833", "3632834",
                "3634035", "3651189", "3658372", "3667086", "4072176", "4087849", "4095524",
                "4121582", "4121607", "4221355", "4221356", "4226994", "4229625", "4241375",
                "4246009", "4250761", "4264297", "4320001", "4320002", "4335470", "4349771",
                "4349772", "4376610"],
        }, "plain sour cream of any fat/brand/size; «самая дешевая» is not a filter; Пятёрочка «пикантная, с чесноком» (flavoured), sour-cream mayonnaise and sour-cream cheese excluded"),
        ("зел лучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«зел лучок» = зелёный лук: no fresh green onion is offered anywhere (only chips and cheese with onion); missing everywhere"),
    ]),
    # fzd13
    ("овощи замороженые мексиканская смесь, сосиски 2 пачки, хлеб для тостов харрис", [
        ("овощи замороженые мексиканская смесь", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen «Мексиканская смесь»: none offered. Outside knowledge: Магнит «Овощная смесь БОНДЮЭЛЬ, Мексика микс, 310г» taken as canned (310 g is Bonduelle's can size; the title does not say frozen); other frozen mixes (Итальянская, по-сицилийски, Каталонская, broccoli-cauliflower) excluded; missing everywhere"),
        ("сосиски 2 пачки", {
            "pyaterochka": ["16676bb3f8", "3306014", "3631905"],
            "magnit": ["119aa8a644", "1752cd8c83", "1e5c44f755", "2dd98ca456", "37c028c01a", "5215d6a234", "5ee4bc3c3d",
                "61299796c8", "7c9f298d18", "9323828a10", "9b4b38b86e", "a71ef90bc4", "b2525e4143",
                "c09ecd22ea", "c7e784766f", "c890078deb", "d08287067b", "f72f36dddd"],
            "dixy": ["2000125037", "2000174171", "2000181981", "2000190007", "2000231293", "2000279644", "2000286260",
                "2000300143", "2000308550", "2000316003", "2000318804", "2000322511", "2000324158",
                "2000326151", "2000330718", "2000418174", "2000424551", "2000513172", "2000528072",
                "2000563472", "2000565391", "2000566631", "2000566633", "2000572752", "2000577622",
                "2000592098", "2000595013", "2000600471", "2000602632", "ЦТ0047282"],
            "perekrestok": ["3198697", "3207022", "3330134", "3347588", "3359555", "3390152", "3416253", "3434237", "3443810",
                "3460864", "3464086", "3464088", "3486631", "3489558", "3635837", "3653933",
                "3697463", "4045571", "4051414", "4062689", "4077764", "4081069", "4100627",
                "4100629", "4135356", "4169216", "4169220", "4175216", "4221323", "4241464",
                "4276248", "4276249", "4279045", "4316920", "4321243", "4329781", "4332703",
                "4337765", "4337767", "4339153", "4342912", "4343709", "4344479", "4353596"],
        }, "any сосиски (any brand, meat, including grill/cheese/children's/poultry ones); «2 пачки» is the quantity; сардельки, колбаски, купаты and stewed cabbage with sausages excluded"),
        ("хлеб для тостов харрис", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«харрис» = Harry's toast bread: no Harry's is offered; Магнит Коломенский «Хлеб ТОСТОВЫЙ» is another brand; missing everywhere"),
    ]),
    # fzd14
    ("семга слабосол, огурчики свеж, творожный сыр hochland, хлебцы доктор кернер", [
        ("семга слабосол", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«слабосол» = слабосолёная; lightly salted сёмга/salmon: none offered (only lightly salted trout, pink salmon, keta, herring, and frozen/raw salmon steaks); missing everywhere"),
        ("огурчики свеж", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072", "2131726"],
        }, "fresh cucumbers of any type (smooth, long, short, prickly, fresh gherkins «Огурцы корнишоны, в упаковке»). Outside knowledge: Перекрёсток «Огурцы Хрустящие» (priced by weight) taken as fresh; pickled, salted and jarred cucumbers and assortments excluded"),
        ("творожный сыр hochland", {
            "pyaterochka": [],
            "magnit": ["6657cd7a33", "1000032374"],
            "dixy": ["2000585832"],
            "perekrestok": [],
        }, "Hochland cream cheese (сыр творожный) of any flavour incl. «с маринованными огурцами»; Hochland processed cheese, Fetaxa and Grunlander, and cream cheeses of other brands (Almette, Violette, President…) excluded"),
        ("хлебцы доктор кернер", {
            "pyaterochka": ["f737df041e"],
            "magnit": [],
            "dixy": ["2000136451", "2000136520"],
            "perekrestok": ["4367532"],
        }, "«доктор кернер» = Dr.Korner crispbreads (хлебцы) of any flavour; Магнит Dr.Körner «Корнерсы» (small crackers, not хлебцы) and crispbreads of other brands excluded"),
    ]),
    # fzd15
    ("творог 9 проц 2 пачки, мука пшеничн 2кг, яиц 2 десятка, изюма грамм 200", [
        ("творог 9 проц 2 пачки", {
            "pyaterochka": [],
            "magnit": ["1000122024", "1000386975", "1000426465", "1000426470", "1000448252", "1000530486", "8000055235",
                "0cfee9df84", "18fc386178", "3d536f7add", "57c16fad2a", "93ff6e854f"],
            "dixy": ["2000266304", "2000280850", "2000312025", "2000423589", "2000564413", "2000566980", "2000567931",
                "2000568076", "2000569975"],
            "perekrestok": ["4129495", "4153929", "4249279", "4249286", "4294087", "4299497", "3192865", "3487310"],
        }, "«9 проц» = 9 %; plain cottage cheese 9 % of any brand/size (incl. рассыпчатый, пластовой, «Зернышко»); «2 пачки» is the quantity; 5 %, 0 %, children's fruit curds, curd desserts, masses and сырки excluded"),
        ("мука пшеничн 2кг", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "2000317163", "ЦТ0044481", "2000553733", "ЦТ0044544", "2000213875"],
            "perekrestok": ["3505430", "3292690", "3915409", "3193726", "3305673", "4215036", "91321", "4326495", "3681817",
                "4262616", "2037765", "3346668", "3626914", "2107396", "3394693", "3394703",
                "2112692"],
        }, "«пшеничн» = пшеничная; wheat flour in 2 kg packs (the size names the pack), any grade incl. хлебопекарная, экстра and whole-grain wheat. Outside knowledge: Магнит «СТАРООСКОЛЬСКАЯ, хлебопекарная» and Перекрёсток «Мука Тихорецкая особая» taken as wheat flour; 1 kg packs, rye, rice, corn, buckwheat, oat, nut and gluten-free flours excluded"),
        ("яиц 2 десятка", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190", "e5202b5cfd",
                "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529", "2000238733",
                "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464", "3356111",
                "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250",
                "2109476", "4085791", "2131763", "4012802", "4085790", "4085792", "3182856",
                "3182853"],
        }, "chicken eggs of any class in packs of 10 («десяток» = pack of 10; «2» is the number of packs); packs of 6/15/20/30 and quail eggs excluded"),
        ("изюма грамм 200", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316951", "3640864"],
        }, "raisins (изюм) of any kind/pack; «грамм 200» is the quantity; dried grapes titled «Виноград сушёный» were not taken as изюм, nor raisin-containing sweets, drinks and curds"),
    ]),
    # fzd16
    ("горошек бондюэль, докторская колбаса подешевле, майонезслобода 67", [
        ("горошек бондюэль", {
            "pyaterochka": [],
            "magnit": ["68a96163bf", "08e4c89d92"],
            "dixy": ["2000313828", "1100075857", "0230306094"],
            "perekrestok": ["27460", "16791", "4059535", "3635251", "4283761", "3951175", "4188483"],
        }, "Bonduelle canned green peas of any size/line (Classique, молодой, нежный); Bonduelle «Expert зелёный с морковью» (mix), Bonduelle corn/olives and peas of other brands excluded"),
        ("докторская колбаса подешевле", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374", "6e16b1777a",
                "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca", "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "Докторская boiled sausage of any brand/size incl. slices and 100 g counter portions; «подешевле» is not a filter; Докторские сосиски excluded"),
        ("майонезслобода 67", {
            "pyaterochka": [],
            "magnit": ["1000016691", "1000179908", "1000233673", "1728400015", "1728400030", "1799900201", "8000023980",
                "8000045827", "8000045828", "7a519275b4", "b624a9bb8a", "da818e4a20"],
            "dixy": ["2000135999", "2000176263", "2000186981", "2000429651", "2000530112", "ЦТ0044024", "ЦТ0045065"],
            "perekrestok": ["2108609", "2162564", "3163111", "3193489", "3335647", "3389322", "3636361", "3674577", "78193"],
        }, "«майонезслобода» = майонез Слобода (run together); every Слобода mayonnaise of 67 % (Провансаль, оливковый, на перепелиных яйцах, с маслом авокадо, Московская); Слобода «Постный» 56 % mayonnaise sauce excluded"),
    ]),
    # fzd17
    ("фарш свинноговяжий, батонн нарезной, молоко для котлет, лучка репчатого", [
        ("фарш свинноговяжий", {
            "pyaterochka": [],
            "magnit": ["1f9a3b6240"],
            "dixy": [],
            "perekrestok": ["4364589"],
        }, "«свинноговяжий» = свино-говяжий; mixed pork-beef mince. Outside knowledge: «Фарш … Домашний» (Магнит свежесть, Хороший Кусок «домашний мясной») taken as pork-beef (the standard composition of «домашний» mince); pure beef, pure pork, turkey, fish mince and minces of unstated composition (Черкизово «Фермерский», Ближние Горки «деревенский») excluded"),
        ("батонн нарезной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "4102687", "4329402"],
        }, "«батонн» = батон; loaves titled «Батон Нарезной» (whole or pre-sliced); other batons (Молочный, Новый, к завтраку, Горчичный, Зерновой) excluded; Магнит, Дикси and Пятёрочка have no батон нарезной"),
        ("молоко для котлет", {
            "pyaterochka": ["3146538", "2144368"],
            "magnit": ["1000122658", "1000023413", "1000035016", "1000037901", "1000049786", "1000127183", "1000139951",
                "1000143306", "1000151468", "1000156187", "1000172272", "1000244834", "1000318574",
                "1000323041", "1000351083", "1000417765", "1000418036", "1000445487", "1000445488",
                "1000553875", "1000563706", "1000568396", "1051242602", "1051242645", "1059990140",
                "1812450001", "1812450029", "1899800732", "1899800825", "8000026014", "8000026015",
                "8000026668", "8000029029", "8000029030", "8000029505", "8000058293", "8000058295",
                "8000079205", "8000081425", "115e5fb52e", "14bded1fbf", "18ca387556", "447ce591a3",
                "4aff59ccac", "4e95f09bbf", "be3e0e74c3", "cfca1c1906", "ef94b89629"],
            "dixy": ["10J0077073", "2000024178", "2000066819", "2000133521", "2000204889", "2000227471", "2000238271",
                "2000263555", "2000271385", "2000273384", "2000298650", "2000313238", "2000315332",
                "2000328870", "2000328874", "2000509793", "2000511374", "2000546311", "2000557212",
                "2000560951", "2000571331", "2000589411", "2000594992", "2000600211", "2000600212",
                "2000600213", "2000603016", "DI00081046"],
            "perekrestok": ["3431582", "3668699", "3668953", "4137916", "4137917", "4153926", "4153927", "4162259", "4223221",
                "4238319", "4244153", "4250778", "4310700", "4316451", "4332464"],
        }, "drinking cow milk of any fat/brand incl. lactose-free and children's drinking milk (as in real_basket_eval); «для котлет» is a purpose, not a filter; condensed, dry, evaporated (концентрированное), baked (топлёное), goat milk and milkshakes excluded"),
        ("лучка репчатого", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "«лучка репчатого» = лук репчатый; fresh onions titled «Лук репчатый» (loose, net, packs, red, peeled); dried/ground onion, green onion and leeks excluded"),
    ]),
    # fzd18
    ("стейк лосося, брокколи замор 400г, лимон к рыбе", [
        ("стейк лосося", {
            "pyaterochka": [],
            "magnit": ["22aebd2e7d"],
            "dixy": [],
            "perekrestok": ["4336040", "2068358"],
        }, "raw salmon steaks (Магнит «СТЕЙК ИЗ ЛОСОСЯ», Перекрёсток «Лосось … сёмга стейк», «Лосось Чили стейк»); steaks of other fish (кижуч, нерка, trout, зубатка, толстолобик), salmon fillet and tushka excluded"),
        ("брокколи замор 400г", {
            "pyaterochka": [],
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["74445", "4019915", "3444750", "2125852", "3405386", "4225833", "3489151", "4152339", "4238817",
                "2059262"],
        }, "«замор» = замороженная; frozen broccoli in 400 g packs (the size names the pack). Outside knowledge: Магнит «Брокколи HORTEX, 400г» taken as frozen; fresh broccoli, 200/300/700/900 g and 1 kg packs, broccoli-cauliflower mixes excluded"),
        ("лимон к рыбе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or in packs of 2; «к рыбе» is a purpose, not a filter; Перекрёсток «Микс Лайм-лимон» excluded"),
    ]),
    # fzd19
    ("шампиньоны свеж, сливки 20% 2 шт, фетучини, чесночку", [
        ("шампиньоны свеж", {
            "pyaterochka": [],
            "magnit": ["4de59ad542"],
            "dixy": ["DI00079986", "1100074529", "2000332389", "2000088639", "ЦТ0046651"],
            "perekrestok": ["4270844", "4051468", "59120", "4280106", "3669839", "2071820", "3685051", "4136012", "3622668",
                "3683919", "3652049", "4355283", "3950281", "6176"],
        }, "fresh champignons (white, royal/brown, mini, for grilling, fresh sliced trays). Outside knowledge (as in fresh_basket_eval_g): Пятёрочка «ДСК Грибы Шампиньоны 400 г», Дикси «Lorado резаные 425 мл» and 400 g «резаные»/«целые» packs (Маркет, Пр!ст, Lutik, Bonduelle) taken as canned, 300 g «резаные»/«кубики» trays as fresh, Перекрёсток «Смесь мини микс шампиньоны, 200г» as fresh; marinated, canned and cooked champignons excluded"),
        ("сливки 20% 2 шт", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000461012", "1000549783", "1812420003", "1000290041"],
            "dixy": [],
            "perekrestok": ["3163857", "4267107", "44831", "4316249"],
        }, "drinking/cooking cream 20 % of any brand/size; «2 шт» is the quantity; 10/11/33 % creams excluded"),
        ("фетучини", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fettuccine: none offered (Перекрёсток De Cecco Tagliatelle со шпинатом and Магнит МАЛЬТАЛЬЯТТИ «Гнезда» are not titled fettuccine); missing everywhere"),
        ("чесночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "4090538", "51157", "77278"],
        }, "«чесночку» = чеснок; fresh garlic (heads, early garlic, fresh peeled cloves); dried/granulated/ground, grated, salted, smoked garlic, garlic salt and a garlic press excluded"),
    ]),
    # fzd20
    ("говядина на гуляш, гречка макфа, огурцы солен", [
        ("говядина на гуляш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4012"],
        }, "beef diced for goulash: «на гуляш» names the product sold as such (Перекрёсток «Гуляш из говядины»); whole beef cuts, steaks, mince and pork goulash deliberately left out"),
        ("гречка макфа", {
            "pyaterochka": ["3332671"],
            "magnit": [],
            "dixy": ["2000294696"],
            "perekrestok": ["3446736"],
        }, "Makfa buckwheat (ядрица, incl. fast-cooking); buckwheat of other brands excluded"),
        ("огурцы солен", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000406194", "2000548652", "2000324334", "2000406217", "2000271005"],
            "perekrestok": ["4167094", "4149239", "2145531", "4260395", "4379607", "4022883", "4187465", "3976232", "4188777",
                "4260194", "4275316", "3609120"],
        }, "«солен» = солёные; salted (brined) cucumbers/gherkins incl. barrel, lightly salted (малосольные), spicy and honey-cranberry salted; marinated cucumbers, Лукашинские «По-старорусски» (brine not stated), fresh cucumbers excluded"),
    ]),
    # fzd21
    ("сырнички замороженые, сгущенку рагачев, чай черный greenfield", [
        ("сырнички замороженые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen syrniki: none titled or known as frozen (Магнит «Творожные сырники Гармония», Перекрёсток Шеф/Зелёная Линия syrniki are chilled ready products); missing everywhere"),
        ("сгущенку рагачев", {
            "pyaterochka": [],
            "magnit": ["dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000186451", "2000014518"],
            "perekrestok": ["3376242", "4147345"],
        }, "«рагачев» = Рогачевъ; Рогачевъ sweetened condensed milk (с сахаром / цельное 8.5 %); Рогачевъ boiled (вареное, «Егорка»), «с кофе» and Рогачевъ butter excluded"),
        ("чай черный greenfield", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000217793", "2000289445", "2000361849", "2000144520", "2000228472", "2000000294", "DI00080603"],
            "perekrestok": ["2042290", "3626161", "2147891", "2073803", "3378336", "2095906", "2114141", "2147890", "46398",
                "3450276"],
        }, "every Greenfield black tea (bags or loose, incl. flavoured Earl Grey, Christmas Mystery, Currant&Mint, Spring Melody); Greenfield Spirit Mate (herbal) and other brands excluded"),
    ]),
    # fzd22
    ("пиво жигулевское 4 шт, сухарики трикорочки, сосиски д/гриля", [
        ("пиво жигулевское 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Жигулёвское beer: none offered; Магнит ЖИГУЛИ Барное/Экспорт/ИПА (the separate brand «Жигули Барное», not Жигулёвское) and Дикси «Жигули» mango beer drink excluded; «4 шт» is the quantity; missing everywhere"),
        ("сухарики трикорочки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«трикорочки» = 3 Корочки croutons: not offered (only Воронцовские, Хрусteam, Take It, ОГО! rusks); missing everywhere"),
        ("сосиски д/гриля", {
            "pyaterochka": ["3631905"],
            "magnit": [],
            "dixy": ["2000577622"],
            "perekrestok": [],
        }, "«д/гриля» = для гриля; sausages sold for grilling: Пятёрочка Папа может «ГРИЛЬ-МАСТЕР», Дикси Папа может «Сочный гиль» (taken as «Сочный гриль», a title typo); ordinary сосиски, сардельки, колбаски «для жарки» and купаты excluded"),
    ]),
    # fzd23
    ("окорочка кур, картоха молодая, чеснока 2 головки, зелень петрушка", [
        ("окорочка кур", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken leg quarters (окорочка): none offered (only thighs, drumsticks in marinade, wings, tushka); smoked pork «Окорок» excluded; missing everywhere"),
        ("картоха молодая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«картоха молодая» = young (new) potatoes: no potato is titled молодой (Перекрёсток «Картофель молодой с паприкой … запеченный» is a ready dish; «Картофель Бэби» is small, not stated young); missing everywhere"),
        ("чеснока 2 головки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278"],
        }, "fresh garlic heads (loose, 1-piece pack, 150 g pack, early garlic); «2 головки» is the quantity; peeled cloves, dried/ground/grated/salted/smoked garlic excluded"),
        ("зелень петрушка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley (Дикси «ПЕТРУШКА УПАК 75Г»); dishes with herbs, microgreens excluded"),
    ]),
    # fzd24
    ("котлеты по киевски, пюре быстр приготовления, огурцв гладкие", [
        ("котлеты по киевски", {
            "pyaterochka": [],
            "magnit": ["2742947aaa"],
            "dixy": ["2000579232"],
            "perekrestok": [],
        }, "Chicken Kiev cutlets to cook (Петелинка охлаждённые, Мираторг); Перекрёсток Шеф «Котлета по-киевски с картофельным пюре» (a ready meal with garnish) and other cutlets excluded"),
        ("пюре быстр приготовления", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000577651", "2000178886", "2000162971", "ЦТ0023259", "2000000080", "2000339292"],
            "perekrestok": ["3614553", "78561"],
        }, "«быстр» = быстрого; instant mashed potato of any flavour/brand (Роллтон, Доширак, Бизнес меню, Пр!ст). Outside knowledge: Дикси «Пюре картофельное Кунцево, 240 г» and Перекрёсток «Пюре Картошечка картофельное, 250г» taken as dry flakes; chilled ready mash (Перекрёсток Select 450 г), ready meals with mash and baby purées excluded"),
        ("огурцв гладкие", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000271421"],
            "perekrestok": ["2098997"],
        }, "«огурцв» = огурцы; fresh cucumbers titled гладкие; long/short/prickly cucumbers without «гладкие» and pickled ones excluded"),
    ]),
    # fzd25
    ("вино красн сухое, сыр дорблю кусочек, винограду кишмиш, оливки б/к", [
        ("вино красн сухое", {
            "pyaterochka": [],
            "magnit": ["0d69bc12b7", "1128713b37", "179454ad06", "1aeecf4fbf", "20076532cf", "25e2e0b426", "282e3b100c",
                "2843dc2427", "2f74e42279", "316badec71", "3c061d5267", "4a0256aba7", "63ce59d607",
                "66dc79b1bd", "6c75cc20c2", "6dec98c122", "6fea0b8f60", "70de72738c", "7b8fa4bd5e",
                "97edfb5844", "984016a189", "992027187d", "9995f68840", "9a7baeb044", "a05527a9ea",
                "ac836556b8", "adea6d56aa", "aefb2f40d1", "b8cc734787", "ba4136257e", "d05962e7be",
                "d408e7403a", "d73ee8f4f1", "d982768147", "da35009364", "e3b2e41081", "eb4f5b53b5",
                "f076430c9a"],
            "dixy": [],
            "perekrestok": ["2141096", "3502899"],
        }, "«красн сухое» = красное сухое; still red dry wine of any grape/country/size; semi-dry, semi-sweet, sweet, sparkling and white/rosé wines excluded"),
        ("сыр дорблю кусочек", {
            "pyaterochka": [],
            "magnit": ["4cef7f7bed", "9b0afa1bae", "1a90d33db1", "1000417247"],
            "dixy": ["2000317363"],
            "perekrestok": [],
        }, "blue-mould cheese in pieces. Outside knowledge: «дорблю» is used generically for blue cheese (no Dor Blue piece is offered), so blue-mould cheeses are accepted (Блфорт, Гальбани Пиканте, Рокфорти Молодея, Premiere of Taste, Grand Blu); Магнит «Крем-сыр ДОРБЛЮ А-ля крем» (a cream spread, not a piece), pizzas and olives with blue cheese excluded"),
        ("винограду кишмиш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, "fresh seedless grapes (кишмиш = seedless grape): Дикси «Виноград Мускат, без косточки»; Перекрёсток grapes with seeds or not stated seedless (Ред Глоб, Тайфи, белый Artfrut, чёрный), dried grapes/raisins and fruit mixes excluded"),
        ("оливки б/к", {
            "pyaterochka": ["3008503"],
            "magnit": ["3d09e4fe73", "94f4173a31"],
            "dixy": ["2000280421", "2000573832", "2000535133", "2000300244", "2000180495", "2000240819"],
            "perekrestok": ["4334902", "3008503", "4054381", "4077569", "3651521", "3468534"],
        }, "«б/к» = без косточки; plain pitted olives titled «Оливки» (green, Gordal, Halkidiki in marinade, Kalamata); olives with stones, stuffed/flavoured olives (with cheese, lemon, anchovy, pepper, shrimp, ham, mandarin) and маслины (the word written is «оливки») excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzd"))
