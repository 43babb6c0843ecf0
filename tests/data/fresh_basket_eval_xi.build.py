#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xi.jsonl -- 25 shopping lists of a night-shift worker (meal prep in
containers, energy drinks, coffee, quick breakfasts, basics at home), hand-labelled against the real
offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xi.build.py

LISTS below is literal data: the 25 lists (3-4 items) exactly as written blind, before any offer was
read (fresh_basket_eval_xi.blind_lists.txt, byte for byte), and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.
Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; the note of each item
records what was accepted, what was deliberately left out and any judgement that rests on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The
labels were made without reading or running korzina (its matcher, its data, its other label sets).

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is
in stock (``available`` true), no id repeats within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and writes the
JSONL in the format of real_basket_eval.jsonl.  List ids are fxi01, fxi02, ... in LISTS order; every
list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xi.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 meal prep: chicken, rice, broccoli
    ("контейнеры пищевые под обеды, грудка куриная на неделю 1.5кг, рис басмати длиннозерный, брокколи морож. пакет", [
        ("контейнеры пищевые под обеды", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "food storage containers; no store offers any container (grepped контейн/судок/ланч/ёмкость/одноразов); "
           "Перекрёсток «Ланч бокс Корейский свинина хе» is a ready meal, not a container -- missing everywhere"),
        ("грудка куриная на неделю 1.5кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3673509", "3689116", "3669585", "4242120", "4208844", "53105", "3694848", "4323072",
                            "3273915", "2173555", "3946764", "4329298", "3653837", "52888", "3191300", "78003876",
                            "3362832", "3940063", "4312563", "3678985", "3649232", "3609675", "4306879", "4116904",
                            "3034277", "4347498", "3216279", "3336397", "2160076"],
        }, "raw chilled chicken breast: «грудка», «филе грудки» (incl. on the bone), «филе куриное», «филе цыплёнка» "
           "(outside knowledge: plain «филе цыплёнка/курицы» is breast fillet), «малое филе», fillet «медальоны» and Перекрёсток «Медальон куриный Первая Свежесть» (taken as cut breast fillet -- outside knowledge), "
           "Перекрёсток «Филе курицы в маринаде» (raw breast fillet in marinade); 1.5 кг is the quantity wanted, not a "
           "filter. Thigh fillets («филе бедра»), cooked/fried fillet dishes, sausages «из грудки», Пятёрочка "
           "МИРАТОРГ strips in breadcrumbs and Магнит whole birds/thighs/wings excluded; Магнит has no breast"),
        ("рис басмати длиннозерный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635865", "4254250", "3634155"],
        }, "basmati rice of any brand/pack (Dunar, Shanti «Басмати Селла» = parboiled basmati, Увелка 5x80 г boiling "
           "bags); basmati is long-grain by definition. Plain long-grain, jasmine and other rice without «басмати» "
           "excluded"),
        ("брокколи морож. пакет", {
            "pyaterochka": [],
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["74445", "4019919", "4019915", "3444750", "2125852", "4003966", "3405386", "4225833",
                            "3489151", "4325364", "3625801", "4152339", "4238817", "2059262", "4320949"],
        }, "frozen broccoli of any size (frozen veg is sold in bags, so «пакет» adds nothing); Магнит HORTEX 400 г has "
           "no «заморож.» in the title but Hortex is a frozen-veg brand (outside knowledge). Broccoli-cauliflower "
           "mixes, fresh broccoli (by kg, 300 г trays, broccolini, «никколини», purple mini), baby purees, seeds and "
           "sausages «с брокколи» excluded"),
    ]),
    # L2 coffee and energy for the shift
    ("энергетик флеш ап 0.45 4 шт, кофе нескафе классик, сливочки 10% в кофе", [
        ("энергетик флеш ап 0.45 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4229369", "4199222"],
        }, "Flash Up energy drinks 450 ml (any flavour: «энергия мятный лайм», «Ultra Energy»); 4 шт is a count of "
           "cans. Other energy brands (Tornado, Volt, Burn, Adrenaline, Lit, E-ON, Горилла, Red Bull) excluded; no "
           "Flash Up outside Перекрёсток"),
        ("кофе нескафе классик", {
            "pyaterochka": [],
            "magnit": ["45760b0392", "9b7c8128ee", "fcd2266a66", "75165edd66"],
            "dixy": ["2000326563"],
            "perekrestok": [],
        }, "Nescafé Classic instant coffee, any jar/pack size, incl. «Classic Crema» (a Classic sub-line) and Дикси "
           "«Classic с добавлением натурального молотого». Nescafé Gold, 3в1 coffee drinks (incl. Пятёрочка «Кофейный "
           "напиток Nescafe Classic, 7х18 г», a 3-in-1 in sticks -- outside knowledge from the 18 g stick size) excluded"),
        ("сливочки 10% в кофе", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609",
                       "3201860040", "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "drinking cream exactly 10 %, any pack incl. 10x10 г portion cups; «в кофе» is a purpose. Parmalat 11 %, 20 % "
           "and 33 % cream, «Жокей Ирландские сливки» coffee, cream-flavoured goods and ice cream «10%» excluded"),
    ]),
    # L3 quick breakfast
    ("геркулес для каши на утро, молоко 2.5 проц 2 пакета, бананчики или груши, медку гречишного", [
        ("геркулес для каши на утро", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91", "7e4e5763f5", "1fbd6e427e"],
            "dixy": ["2000222892", "2000002160", "2000219614", "2000186448", "1041032607", "DI00078791", "2000604115",
                     "2000601251", "2000005395"],
            "perekrestok": ["10234", "4048818", "4157124", "4005492", "4355178", "27919", "9056", "2105514", "3933387",
                            "3421663", "23772", "6752", "4321219", "24926", "2122914", "2122915", "2122919", "3503161",
                            "3469028", "4078263", "3469027"],
        }, "«геркулес» in everyday speech = plain rolled oat flakes to cook porridge (any brand, incl. Ясно Солнышко "
           "№1-3, quick-cooking, wholegrain, gluten-free, «с отрубями», Nordic «Ленивая овсянка»); Перекрёсток Myllyn "
           "Paras «Каша овсяная» 500 г and Vila Natura «Овсянка Био» 500 г taken as plain oat flakes (outside "
           "knowledge). Flavoured flakes and instant porridge sachets (Быстров, Геркулес с клубникой, Пр!ст, Маркет), "
           "steel-cut «Овсянка Лакоме резаная», multigrain flakes, ready porridges, bread «ГЕРКУЛЕС» and oat drinks "
           "excluded"),
        ("молоко 2.5 проц 2 пакета", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029", "1000037901",
                       "1000445487", "1051242602", "1000563706", "1000035016", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384", "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "cow drinking milk labelled exactly 2.5 % (pasteurised/UHT/sterilised, any pack incl. PET, children's Агуша "
           "2.5 %); «2 пакета» is a count. Топлёное 2.5 % (Зелёная Линия), other fat levels, ranges, kefir/ryazhenka/"
           "yoghurt 2.5 % and oat drinks excluded"),
        ("бананчики или груши", {
            "pyaterochka": [],
            "magnit": ["3c38bb868f"],
            "dixy": ["10E0074360", "2000003213", "ЦТ0024100", "D000011164"],
            "perekrestok": ["3652283", "4625", "2084703", "4258954", "4370831", "50819", "4370830", "79223", "6881",
                            "3095430", "4370828", "3326082", "31314", "3633264", "4370829", "47341", "200", "84531",
                            "292", "47319", "9469", "4370794", "7228", "4372904", "3326080", "3339375", "6882", "2814",
                            "57357", "3243465", "806", "79038", "48673", "3139324", "4209031"],
        }, "either fresh bananas (incl. «Бананы Био», red bananas) or fresh pears of any variety. Plantains «Бананы для "
           "жарки», dried/vyalenye bananas, banana- or pear-flavoured dairy, purees, cider, pear pizza and toys excluded"),
        ("медку гречишного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4320671", "3687699"],
        }, "buckwheat honey only (Маркет «Мед Гречишный» 500 г and 350 г); other honeys (цветочный, липовый, горный, "
           "акациевый, майский…), крем-мед with berries and honey-flavoured goods excluded"),
    ]),
    # L4 pantry: groats, canned meat, pickles
    ("гречку ядрицу 2 пачки, тушняк говяжий гост, корнишоны маринованые банку", [
        ("гречку ядрицу 2 пачки", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286", "2000180341",
                     "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178", "4009020",
                            "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448", "4090171", "4019310",
                            "3603166", "39155", "3667612", "4059000", "3600743", "3696237", "3477255", "3231481",
                            "3493533", "3994791"],
        }, "buckwheat groats (ядрица), any brand/pack incl. boiling bags and quick-cooking/steamed; titles that say only "
           "«гречка»/«крупа гречневая» without «продел» are taken as ядрица (outside knowledge: that is what retail "
           "buckwheat is); «2 пачки» is a count. Green buckwheat, buckwheat flakes, flour, soba, ready/chilled buckwheat "
           "dishes (Cook Chart, Raisad, Дядя Ваня/Увелка с грибами) and porridges excluded; Магнит has no groats"),
        ("тушняк говяжий гост", {
            "pyaterochka": [],
            "magnit": ["738a6cb8b8"],
            "dixy": ["2000192964", "2000415753", "2000302684", "T000000869"],
            "perekrestok": [],
        }, "canned stewed beef made to ГОСТ: titles stating ГОСТ, plus Дикси «Главпродукт Высший сорт, 338 г» (Магнит "
           "titles the same Главпродукт 338 г can «высший сорт, ГОСТ» -- outside knowledge). Stewed beef without ГОСТ "
           "in the title (Совок, Барс Экстра, Гродфуд, Первым Делом, Курганский МК, Богатырская, Великолукский, Русь, "
           "Пр!ст «Классическая»), pork, turkey, horse meat excluded"),
        ("корнишоны маринованые банку", {
            "pyaterochka": ["3231209", "3015661"],
            "magnit": ["b83846e7e3", "d77cad8396", "ec376f9811"],
            "dixy": ["2000180487"],
            "perekrestok": ["4265436", "3180523", "3662073", "4061841"],
        }, "pickled (marinated) gherkins in a jar; Дядя Ваня «По-французски» (Дикси says «маринованные» for the same "
           "product), Скатерть-Самобранка 720 мл (Перекрёсток sells the line as «маринованные») and Пятёрочка «Корнишоны "
           "Закарпатские» taken as marinated (outside knowledge). Salted gherkins, fresh gherkins (Дикси 300 г "
           "«в упаковке»), cherry/gherkin assortment and pickled cucumbers not called корнишоны excluded"),
    ]),
    # L5 coffee at home
    ("кофе в зернах жокей 1кг, сахарок рафинад, печенье юбилейное к кофе", [
        ("кофе в зернах жокей 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Jockey coffee beans in a 1 kg pack (the size names the pack); the only Jockey beans are Магнит «ЖОКЕЙ "
           "Арабика, классический, в зернах, 500г» (wrong size); ground/instant Jockey and other brands' 1 kg beans "
           "excluded -- missing everywhere"),
        ("сахарок рафинад", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829"],
            "perekrestok": ["4092763"],
        }, "white refined lump sugar (прессованный / кусковой), any size; Чайкофский «кусковой» taken as white refined "
           "lump sugar (outside knowledge). Cane lump sugar (нерафинированный or not: Мистраль, Маркет) and granulated "
           "sugar excluded"),
        ("печенье юбилейное к кофе", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every Юбилейное biscuit (traditional, milk, glazed, oat «с овсяными хлопьями»); «к кофе» is a purpose. "
           "Колбаса «Юбилейная» and coffee Julius Meinl «Юбилейный» excluded"),
    ]),
    # L6 snacks for the road
    ("питьевой йогурт клубничный в дорогу, мюсли-батончики, миндаль жареный соленый, сырки глазированые в шоколаде", [
        ("питьевой йогурт клубничный в дорогу", {
            "pyaterochka": ["3609770"],
            "magnit": ["43248db1e8", "1000519721", "264dcf04cc", "1000201629", "1000080819", "1000334603"],
            "dixy": ["2000524057"],
            "perekrestok": ["4166076"],
        }, "drinking yoghurt (incl. bio) whose flavour is strawberry: клубника, клубника-земляника, Растишка «Клубничный "
           "пломбир»; Пятёрочка Активиа «клубн/земл.» 870 г and Перекрёсток Зелёная Линия «Йогурт клубника фруктовый "
           "1.5%, 300мл» taken as drinking (bottle sizes; outside knowledge). Mixes where strawberry is one of several "
           "fruits (клубника-киви, -маракуйя, -банан, -черника, яблоко-клубника-черника, дыня-клубника), земляника-only "
           "(wild strawberry), spoonable yoghurts and other flavours excluded"),
        ("мюсли-батончики", {
            "pyaterochka": ["ff57463bf1"],
            "magnit": [],
            "dixy": ["2000406650", "2000227732"],
            "perekrestok": ["3407418", "4211374", "3455919", "3455922", "3600317", "3600318", "3600319", "4304777"],
        }, "muesli/cereal bars: «батончик-мюсли» (Bombbar, ДиYes, Здоровый Перекус, ПП) and fruit-cereal bars with "
           "«злаки» (Gerber, ФрутоНяня, Пятёрочка «яблоко-клубника-злаки»). Nut bars (Nut&Go, Pikki, Raw to Go, R.A.W., "
           "Reeel, Зелёная Линия орехово-фруктовый), protein and chocolate bars, pure fruit bars, pastila bars, loose "
           "muesli/granola and «Батончики» sweets excluded; Магнит has none"),
        ("миндаль жареный соленый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "roasted salted almonds; no almond title says «солёный» (roasted almonds of Summertime, Семушка, Маркет, "
           "Дары Природы, Пр!ст are not stated salted and are excluded; chocolate «солёный миндаль» excluded) -- "
           "missing everywhere"),
        ("сырки глазированые в шоколаде", {
            "pyaterochka": [],
            "magnit": ["1000274202", "1000059925", "1899801136", "8000078945", "1000077349", "1000117018"],
            "dixy": ["2000179854"],
            "perekrestok": ["4227636", "4227649", "4227635", "4227614"],
        }, "glazed curd snacks whose title states a chocolate coating («в молочном/тёмном шоколаде», any filling, incl. "
           "«Картошка», Status). Glazed curds whose glaze is not named chocolate (plain «глазированный», «кондитерская "
           "глазурь», caramel, white glaze, «с какао», «со вкусом шоколада»), unglazed curds and творожная масса excluded"),
    ]),
    # L7 breakfast sandwiches
    ("яички с1 2 упаковки по 10, тильзитер в нарезке, хлебушек для тостера, сливочное масло 82.5 пачку", [
        ("яички с1 2 упаковки по 10", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "4085791", "2131763", "2109476", "3182856"],
        }, "chicken eggs class С1 («1 категории») in packs of 10 (pack size written; «2 упаковки» is a count). С0/СО/"
           "отборные, С2, СВ/высшая категория, packs of 6/15/20/30, quail eggs and liquid egg excluded"),
        ("тильзитер в нарезке", {
            "pyaterochka": [],
            "magnit": ["1000318957"],
            "dixy": [],
            "perekrestok": ["4274229"],
        }, "sliced Tilsiter (Сваля «нарезка», Маркет «ломтики»). Tilsiter pieces and weighed cheese (Дикси Milken Mite, "
           "Стародубский, Сыроварня Трубецких; Магнит Landkaas, «Радость вкуса» 100 г not stated sliced) excluded"),
        ("хлебушек для тостера", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "toast bread (Коломенский «Хлеб ТОСТОВЫЙ» пшеничный and злаковый); other sliced loaves, сэндвич-роллы and "
           "Belvita «сэндвич» biscuits excluded"),
        ("сливочное масло 82.5 пачку", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
                       "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
                     "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609", "3026226",
                            "4113532", "3434127", "3612778", "4310021", "4055506", "86149", "3369241", "3698785",
                            "3287314", "3396544", "3657363", "4292462", "4343792", "3699369", "3953367", "4196090",
                            "4135603", "3922315"],
        }, "butter labelled exactly 82.5 % (сливочное / сладко-сливочное, any pack, incl. lactose-free Тысяча Озер); "
           "«пачку» is a count. 82 % butters (Арла, President, Natura, Молочный знак 82%, Киприно, JALO KERMA), 72.5 %, "
           "chocolate butter, ghee and butters without a stated fat excluded"),
    ]),
    # L8 turkey pasta
    ("фаршик индюшачий, спагетти от барилла, паста томатная в банке, сыр твердый пармезан", [
        ("фаршик индюшачий", {
            "pyaterochka": [],
            "magnit": ["b77abe71d3"],
            "dixy": [],
            "perekrestok": [],
        }, "minced turkey; Магнит «Фарш ИНДИЛАЙТ Классический» taken as turkey mince (Индилайт is a turkey brand -- "
           "outside knowledge). Beef, pork, «домашний» and fish mince, turkey medallions, nuggets, sausages excluded"),
        ("спагетти от барилла", {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000016649", "2000280926"],
            "perekrestok": [],
        }, "Barilla spaghetti incl. thinner Spaghettini №3 and thicker Спагеттони (outside knowledge: both are "
           "spaghetti sizes). Other Barilla shapes (Bavette, Bucatini, Pipe Rigate, Girandole, Risoni, Филини, Стеллине, "
           "спиральки, Festivi) excluded"),
        ("паста томатная в банке", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd"],
            "dixy": ["2000322276", "2000536311"],
            "perekrestok": ["3504319"],
        }, "tomato paste in a jar/can: sizes of 140-490 г that are sold in glass jars or tins (Кухмастер 270/480 г, "
           "Помидорка 380 г/480 мл, Ящик астраханских помидоров, Selviano 380 г, Маркет 140 г) -- the pack is not named "
           "in the titles, so this is outside knowledge. Sachets (Помидорка 30 г), the «пирамидка» and other 70 г packs "
           "(Круглое лето, Помидорка 70 г, Пр!ст 70 г -- pack unknown) and ketchup excluded"),
        ("сыр твердый пармезан", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "0dc02300a0", "1000384143", "632a4664e6", "b10071458c",
                       "1000526832"],
            "dixy": ["2000597551"],
            "perekrestok": ["4345021", "3496416", "3496419", "4300784"],
        }, "Parmesan-type cheese in any form (piece, weighed, grated); parmesan is a hard cheese, so «твердый» adds "
           "nothing. Крем-сыр «из пармезана с гриссини» and ravioli with parmesan excluded"),
    ]),
    # L9 food for the shift
    ("лапшичка быстрого приготовления на смену, колбаска сервелат, сухарики к супу, сок мультифруктовый 2 л", [
        ("лапшичка быстрого приготовления на смену", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": ["ЦТ0037844"],
            "perekrestok": ["3664094", "3947754"],
        }, "instant noodles of any brand/flavour (Доширак Чан рамен, BigBon, Роллтон vermicelli «По-домашнему»). Dry "
           "noodles to cook (лагманная, яичная, бесбармачная, соба, сомен, фунчоза), ready noodle dishes, Роллтон pasta "
           "and instant mashed potato excluded; Магнит has none"),
        ("колбаска сервелат", {
            "pyaterochka": ["0da064a041"],
            "magnit": ["bb6f79075c", "11b5f25ada", "6d879da1f1", "24ef845cb6", "c1950da806", "8ee202a921"],
            "dixy": ["2000535171", "2000422431", "2000603351", "2000590791"],
            "perekrestok": ["4361224", "4322507", "4323441"],
        }, "every сервелат (варёно-копчёный: Финский, Пражский, Мраморный, Карельский, Зернистый, Кремлёвский, Мускатный, "
           "Московский). Черкизово «Сервелетти» (a raw-smoked sausage brand, not cervelat) and other sausages excluded"),
        ("сухарики к супу", {
            "pyaterochka": [],
            "magnit": ["7a105553d3"],
            "dixy": ["2000265801", "2000572411", "2000603332"],
            "perekrestok": [],
        }, "savoury bread croutons sold as «сухарики» (Хрусteam, Take It, Воронцовские; Дикси «Хрустимки Тимоша» taken "
           "as croutons -- outside knowledge); «к супу» is a purpose. Sweet rusks (ОГО ванильные, сухари с изюмом), "
           "breadcrumbs, «гренки» (a different product name: Фишка, 777, Добрынов, BEERKA, ГРЕНКОВЪ, Рижские, Vian, Вкус "
           "Вилладж) and soups «с сухариками» excluded"),
        ("сок мультифруктовый 2 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "multifruit juice in a 2 l pack; the only multifruit juice is Сады Придонья 1 л (wrong size); Добрый "
           "multifruit nectar 1 л, Моя Семья «Напиток мультифруктов» 1.93 л (a juice drink) and 2 l single-fruit juices "
           "excluded -- missing everywhere"),
    ]),
    # L10 packing the lunch box
    ("пленка пищевая рулон, фольга 10 метров, пакеты зип лок для перекусов, влажные салфетки антибакт", [
        ("пленка пищевая рулон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cling film; no store offers any (grepped плёнк/пленк -- only «в плёнке» packs and «цыплёнка» match) -- "
           "missing everywhere"),
        ("фольга 10 метров", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "aluminium kitchen foil, 10 m roll; no store offers foil (only a «фольгированная» face mask and aluminium "
           "pans match) -- missing everywhere"),
        ("пакеты зип лок для перекусов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "zip-lock food bags; no store offers food/storage bags of any kind (only Магнит bin bags) -- missing "
           "everywhere"),
        ("влажные салфетки антибакт", {
            "pyaterochka": [],
            "magnit": ["337392b1b2", "9022eaa3a8", "73ec40a66f"],
            "dixy": [],
            "perekrestok": [],
        }, "wet wipes labelled antibacterial (LA FRESH 120 шт, АУРА 20 шт, САЛФЕТИ 72 шт). Baby wipes, intimate, "
           "universal, green-tea and surface wipes (AURA Pro Expert), dry tissues and antibacterial gels/soaps excluded"),
    ]),
    # L11 at work
    ("кофеек 3в1 маккофе голд, чай черный 100 пакетиков на работу, вафли артек на смену", [
        ("кофеек 3в1 маккофе голд", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "MacCoffee Gold 3-in-1; the only MacCoffee 3в1 is Магнит «МАККОФЕ, растворимый, 3 в 1, 20г» without «Gold» "
           "(the variant written is required), plus MacCoffee Капучино Ди Торино, МакШоколад and Дикси MacCoffee ground "
           "espresso; other brands' 3в1 excluded -- missing everywhere"),
        ("чай черный 100 пакетиков на работу", {
            "pyaterochka": ["3141303", "2070399", "18087"],
            "magnit": ["f27576dc9c", "8e34db68c9", "4c2b5b0e84", "262636efc4", "9ed6ab900f", "539736f8c3", "cf54caa8df",
                       "1305f039da", "591cd0328d", "b411bf6170", "c237948667", "bd44dec0f2", "79c875b985", "f528489d63",
                       "a2edebfe73", "1ce117e378", "62e44aad83", "0b0945cde7", "62e737f079", "f2ec203f7f", "543ee3fdd2",
                       "dc9080ff20"],
            "dixy": ["2000520549", "2000520542", "2000289445", "2000568232", "2000224056", "ЦТ0016759", "2000228472",
                     "2000262681", "2000295203", "2000226734", "2000295224"],
            "perekrestok": ["2147891", "3378336", "2147890", "3450276", "3662837", "2070399"],
        }, "black tea in a pack of 100 bags/pyramids (the count names the pack), any brand, plain or flavoured black "
           "(Earl Grey/бергамот, чабрец, Tess Pleasure/Forest Dream/Сиеста, granulated Тесс Кения); Пятёрочка DILMAH "
           "«чер.ярл.» read as black label. Packs of 20/25 bags, loose tea, green tea (Tess Лайм/Флирт), RTD teas and "
           "«на работу» (a purpose) not used as a filter"),
        ("вафли артек на смену", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Артек wafers; no Артек product in any store (other wafers -- Коломенское, Коровка, Джек, Пр!ст, Lucky Days -- "
           "excluded) -- missing everywhere"),
    ]),
    # L12 curd breakfasts
    ("творожок 5% пару пачек на завтраки, сметанку 15, сырнички замороженые готовые, изюмчик", [
        ("творожок 5% пару пачек на завтраки", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908", "1000441658",
                       "8000030462", "1000377235", "1720c2be05", "9aeeb10b64", "1000512632", "c7f0f0e5ec", "2400019178",
                       "1000372786", "1000475531", "1000572167", "1000208909", "1079990193", "1000306424", "1000224037",
                       "1000453157", "1000426473", "161690c563", "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595",
                     "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4050943", "4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116",
                            "3279582", "3617778", "4274201"],
        }, "plain cottage cheese exactly 5 % (рассыпчатый, мягкий/нежный, «из топлёного молока», lactose-free Parmalat, "
           "Зелёная Линия children's «Биотворог» 5 %); «пару пачек» is a count. Flavoured curd (с изюмом, с вареньем, "
           "101 Зерно), «зерненый в сливках» and Зелёная Линия «Творог Зернышко» (taken as granular -- outside "
           "knowledge), 4.5/5.5 % curds, Даниссимо, сырки and творожная масса excluded"),
        ("сметанку 15", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874", "c90113311e",
                       "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785", "1000208902", "8000035449",
                       "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470", "29910",
                            "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, "sour cream exactly 15 % (any brand/size, incl. «из топлёных сливок» and lactose-free). 10/20/25/30 % sour "
           "cream, Пятёрочка «пикантная, с чесноком» 15 % (a flavoured sour cream), сметанный mayonnaise and "
           "sour-cream-flavoured snacks excluded"),
        ("сырнички замороженые готовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen ready syrniki; no сырники title says frozen (Магнит «Творожные сырники Гармония 140г», Перекрёсток "
           "Шеф «Сырники с изюмом»/«на рисовой муке» -- chilled kitchen products -- and Зелёная Линия «Сырнички с грушей "
           "и персиком» are excluded) -- missing everywhere"),
        ("изюмчик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316951", "3640864"],
        }, "raisins (Маркет «Изюм Голден», «Изюм светлый»). Goods «с изюмом» (buns, cookies, curd, chocolate, dragée, "
           "compote) excluded"),
    ]),
    # L13 energy and gum
    ("энергетик торнадо банка, горилла энергос, жвачку дирол мятную, тик так драже", [
        ("энергетик торнадо банка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000565672"],
            "perekrestok": ["4363397"],
        }, "Tornado Energy drinks, any flavour (450 ml, sold in cans -- the form is not in the titles; outside "
           "knowledge). Other energy brands excluded"),
        ("горилла энергос", {
            "pyaterochka": [],
            "magnit": ["eaee7b7235", "d14454fd02"],
            "dixy": [],
            "perekrestok": [],
        }, "Gorilla energy drinks (Манго, original газированный 0.45 л). Other energy brands excluded"),
        ("жвачку дирол мятную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Dirol chewing gum with a mint flavour; every Dirol in the offers is fruit (арбуз, арбуз-дыня, черника-"
           "цитрус, кокос-клубника; X-Fresh «Арбузный лёд»), so none is acceptable; Orbit, Mentos, Wrigley's Spearmint "
           "(other brands) excluded -- missing everywhere"),
        ("тик так драже", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001728", "2000280790"],
            "perekrestok": [],
        }, "Tic Tac dragées of any flavour (Апельсин, Клубничный Микс). Mentos, M&M's, Skittles and nut dragées excluded"),
    ]),
    # L14 chicken thighs with a side
    ("бедра кур. без кости, булгур на гарнир, болгарский перчик пару штук, приправа к курице", [
        ("бедра кур. без кости", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000581594"],
            "perekrestok": ["2160048", "78004576", "3683728"],
        }, "boneless chicken thighs = «филе бедра» (chicken/broiler). Thighs on the bone (Магнит Петелинка, Петруха, "
           "«гриль»), turkey thigh fillet, beef «бедро» and breast fillets excluded"),
        ("булгур на гарнир", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bulgur; no store offers it -- missing everywhere"),
        ("болгарский перчик пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh bell peppers; no store offers fresh sweet peppers (only marinated peppers, sauces and olives «со "
           "сладким перцем», black pepper) -- missing everywhere"),
        ("приправа к курице", {
            "pyaterochka": ["3470718"],
            "magnit": ["f5d5f73429", "64ecd580ee"],
            "dixy": ["2000004588", "2000252671", "2000586834", "2000537075"],
            "perekrestok": ["3481030"],
        }, "seasoning for chicken: «приправа д/курицы / к курице / для курицы с чесноком», Maggi «На второе» mixes for "
           "chicken (incl. «Смесь … курица в соусе») and Пятёрочка МАХЕЕВЪ «Припр. марин. д/кур. горч.» (a seasoning "
           "marinade for chicken). Seasonings for other dishes (плов, рыба, картофель, шашлык, мясо), universal "
           "seasonings, single spices and pepper excluded"),
    ]),
    # L15 wraps
    ("тунец в с/с 2 банки, кукуруза консерв. сладкая, лаваш тонк., салат листовой", [
        ("тунец в с/с 2 банки", {
            "pyaterochka": [],
            "magnit": ["f4bfc133e7"],
            "dixy": ["D000010279", "2000301085", "2000533434"],
            "perekrestok": ["4003717", "4003715"],
        }, "canned tuna in its own juice (в собственном соку / «натуральный»); Перекрёсток Новый Океан «рубленый» and "
           "«филе-кусок» without «в масле» taken as natural (the same line has separate «в масле» cans -- outside "
           "knowledge); «2 банки» is a count. Tuna in oil, Дикси «ВК филе рубленное», «Тунец для салата Капитан Вкусов» "
           "and Магнит ФОРТУНА «рубл. д/м» (medium not stated), frozen/chilled tuna, tuna rillettes, salads and cat "
           "food excluded"),
        ("кукуруза консерв. сладкая", {
            "pyaterochka": [],
            "magnit": ["cfc404aebb", "a869e5b9ba", "d2de35fd7c", "27836bac30", "fb00d5f8b1"],
            "dixy": ["2000163950", "2000279948", "DI00079261", "10E0064890", "1041027555", "2000313796", "2000556891",
                     "2000318963"],
            "perekrestok": ["3447859", "4316301", "4321444"],
        }, "canned sweet corn («сладкая» = «сахарная»); Bonduelle without the word (Дикси «Молодая», Магнит 212 мл/340 г) "
           "taken as sweet corn (outside knowledge: canned corn is sweet corn). Corn flakes, sticks, snacks, flour and "
           "salads with corn excluded"),
        ("лаваш тонк.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4361122", "4199211"],
        }, "thin lavash: Коломенский «Армянский тонкий» and Маркет «Лаваш Армянский» 200 г (Armenian lavash is the thin "
           "sheet kind -- outside knowledge)"),
        ("салат листовой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000539717"],
            "perekrestok": ["4191517", "4301539"],
        }, "fresh leaf salad: packed salad-leaf mixes (руккола-мангольд-шпинат). Plain spinach (incl. Перекрёсток «Салат "
           "Шпинат»), chard «Салат Мангольд», Korean-style and mayonnaise salads, fruit-salad purees excluded; no "
           "lettuce heads (айсберг, романо, латук) are on offer"),
    ]),
    # L16 quick breakfast 2
    ("корнфлекс без сахара, молоко ультрапастеризованное 3.2 1л, мюсли фруктовые запеченые", [
        ("корнфлекс без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "corn flakes without sugar; no corn-flake title says «без сахара» (Любятово plain 600 г is not stated "
           "sugar-free, the rest are honey/glazed/cinnamon) -- missing everywhere"),
        ("молоко ультрапастеризованное 3.2 1л", {
            "pyaterochka": [],
            "magnit": ["18ca387556"],
            "dixy": ["2000560951"],
            "perekrestok": [],
        }, "UHT cow milk exactly 3.2 % in a 1 l pack: ЭКОНИВА 1 л and Дикси «в ассортименте 925мл/1000мл» (the 1000 ml "
           "pack is among them). 925-973 ml, 950 г, 1 кг (Северное молоко) and 200/500 ml packs, sterilised, "
           "pasteurised and other fat levels excluded"),
        ("мюсли фруктовые запеченые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4019918", "4274667"],
        }, "baked muesli = granola, with fruit/berry pieces (Granolife клубника-малина, Настин Сластин кедровые орешки и "
           "клюква). Магнит ОГО «Мюсли с тропическими фруктами» (not stated baked), muesli bars, yoghurts with granola "
           "and ice cream excluded"),
    ]),
    # L17 cold drinks for the night
    ("капучино в бутылке холодный, чай липтон холодный лимон, кофейный напиток старбакс фраппучино", [
        ("капучино в бутылке холодный", {
            "pyaterochka": [],
            "magnit": ["1000500918"],
            "dixy": [],
            "perekrestok": [],
        }, "ready-to-drink cappuccino: Магнит Slasty Story «Капучино» 245 мл (the bottle cannot be checked from the "
           "title -- accepted as the only RTD cappuccino). Frappe Natura Selection (not cappuccino), Пятёрочка Чудо "
           "«Капучино» milkshake, instant cappuccino sachets, milk «для капучино» and chocolate «Капучино» excluded"),
        ("чай липтон холодный лимон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000285268"],
            "perekrestok": [],
        }, "Lipton iced tea lemon (Дикси 1.5 л). Lipton peach, Пятёрочка Lipton Ice Tea green (flavour not lemon), "
           "Lipton tea bags, other brands' lemon iced tea (Rich, Святой источник, Пр!ст) excluded"),
        ("кофейный напиток старбакс фраппучино", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Starbucks Frappuccino; no Starbucks product in any store; Frappe Natura Selection (another brand) excluded -- "
           "missing everywhere"),
    ]),
    # L18 sweet but useful snacks
    ("шоколадка горькая 70% какао, грецкий орех 200г, курага на перекус, финики к чаю", [
        ("шоколадка горькая 70% какао", {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        }, "dark chocolate labelled exactly 70 % cocoa (Lindt, Alpen Gold «Горький 70%», Россия «Российский горький 70%», "
           "Зелёная Линия «на меду классический 70%»). Dark/bitter chocolate of 65/68/75/85 % or without a stated "
           "percentage (Бабаевский, Коммунарка, Ritter Sport, Зелёная Линия «на меду» 70 г), fillings and candies "
           "excluded"),
        ("грецкий орех 200г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4259321"],
        }, "walnuts: Перекрёсток «Орехи грецкие в скорлупе» is sold loose (priced per kg -- outside knowledge), so 200 г "
           "is the amount wanted; the packed Пр!ст «Грецкий орех, 100г» is the wrong pack size. Cheeses, yoghurts, "
           "jam and sweets with walnuts excluded"),
        ("курага на перекус", {
            "pyaterochka": [],
            "magnit": ["adf6cd599a"],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots (Семушка 150 г). Candies «Курага шоколадная», curd/yoghurt/ryazhenka with kuraga, children's "
           "compote excluded"),
        ("финики к чаю", {
            "pyaterochka": [],
            "magnit": ["82f9dd4cba", "0821e51f12", "f937066c9b"],
            "dixy": ["2000410751", "ЦТ0024102"],
            "perekrestok": ["4259389", "3978163", "4118056", "3942207", "3942208", "4086940", "82963", "3438657", "4077824",
                            "4050836", "4286640", "4179210", "4172391", "4172390", "4172388", "4117069", "4259390",
                            "4322373", "3903859", "3010841", "4286638", "4242136", "4286634", "3943237", "3504025",
                            "4286637", "4259388", "4287359", "3620598", "78004530", "3469374", "4103572", "3665243",
                            "4027943", "51072", "4294247"],
        }, "dates of any variety, dried (with or without stone, any pack or loose) and fresh «на ветке»; «к чаю» is a "
           "purpose. Dates stuffed with nuts/almonds, chocolate-coated dates and date candies (Chocodate, «Финики в "
           "шоколаде»), porridge and yoghurt with dates excluded"),
    ]),
    # L19 household basics
    ("туалетная бумага 8 рулонов трехслойная, фейри средство для посуды, губки кухонные 5 штук, мусорные мешки 60 л с завязками", [
        ("туалетная бумага 8 рулонов трехслойная", {
            "pyaterochka": [],
            "magnit": ["9a0bd598be", "6189f05c16"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "3-ply toilet paper in packs of 8 rolls (Soffione Премио incl. «лаванда», Zewa Deluxe Персик «8шт»). 2- and "
           "4-ply paper, packs of 4/6/12 rolls, wet toilet paper, paper towels and tissues excluded"),
        ("фейри средство для посуды", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6", "b3ebaa28e5",
                       "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1", "7c5bd74e06", "43a0e3032e"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "every Fairy (ФЭЙРИ) hand dish-washing liquid, any scent/size (Platinum, Pure&Clean, Нежные руки…). Fairy "
           "dishwasher tablets «All in 1»/«Все в 1» and other brands (AOS, Sorti, Synergetic, Palmia…) excluded"),
        ("губки кухонные 5 штук", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen/dish sponges in a pack of 5 (Магнит «Губки для посуды … Макси, 5шт.»); shoe sponge excluded"),
        ("мусорные мешки 60 л с завязками", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l bin bags with ties: Магнит «Мешки для мусора … Био ушки 60л» -- «ушки» are the tie handles (outside "
           "knowledge); no other bin bags on offer"),
    ]),
    # L20 vareniki dinner
    ("варенички с картошкой, сметана 20% к вареникам, укроп свежий, зеленый лук пучок", [
        ("варенички с картошкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000364412"],
            "perekrestok": [],
        }, "vareniki with potato filling: Цезарь «с картофелем и жареным лучком» (onion is part of the classic potato "
           "filling). Potato-and-mushroom (Первым делом, Сытый папа) and potato-and-spinach (Цезарь) vareniki -- "
           "different fillings -- and cherry/cheese vareniki excluded"),
        ("сметана 20% к вареникам", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream exactly 20 %, any brand/size; «к вареникам» is a purpose. 10/15/25/30 % sour cream, sour-cream "
           "mayonnaise and snacks excluded"),
        ("укроп свежий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill; no store offers dill (only goods «с укропом» and Дикси parsley) -- missing everywhere"),
        ("зеленый лук пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh green onions; none on offer (only Lay's «зелёный лук» chips) -- missing everywhere"),
    ]),
    # L21 hot dogs at home
    ("сосисочки куриные, горошек зел., пюре картофельное быстрого приготовления в стаканчике, горчица к сосискам", [
        ("сосисочки куриные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4135356", "4353596"],
        }, "sausages whose title says they are made of chicken: Зелёная Линия «из грудки куриной с тыквой», Идель «из мяса "
           "кур» (with beef). Sausages «из мяса птицы» (poultry not specified: Папа Может Филейные, Зелёная Линия детские/с "
           "моцареллой), Черкизово «с куриной грудкой» (base meat not stated), Царицыно «Восточные» (no chicken stated), "
           "turkey (Индилайт) and pork/beef sausages excluded"),
        ("горошек зел.", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92", "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884", "2000118079",
                     "0230306094"],
            "perekrestok": ["74447", "4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175", "3483842",
                            "19134", "4206921", "3628006", "77114", "32340", "4273266", "4274246", "3360308", "3026306",
                            "4380317", "4211849", "2035571", "4269503", "4192227", "4188483", "4011800", "3504837",
                            "3447858", "4151225", "3350744"],
        }, "green peas, canned or frozen, any brand/size (form not written). Bonduelle Expert peas with carrot (a mix), "
           "Перекрёсток «Горошек сладкий» (taken as fresh sugar-snap peas -- outside knowledge), pea microgreens, black "
           "pepper «горошек» and pet food excluded"),
        ("пюре картофельное быстрого приготовления в стаканчике", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000000080", "2000577651", "2000178886", "2000162971", "ЦТ0023259"],
            "perekrestok": ["3614553"],
        }, "instant mashed potato (Роллтон, Доширак, Бизнес меню, Пр!ст «с сухариками»), any flavour; the cup cannot be "
           "checked from the titles (40-110 г instant mash is sold in cups/bowls -- outside knowledge). Chilled ready "
           "mash (Кунцево 240 г, «Картошечка», Перекрёсток Select), ready meals «с картофельным пюре» and baby purees "
           "excluded"),
        ("горчица к сосискам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000582072", "2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "21002", "21001", "3995314", "3995313", "4361057", "4361055", "4361056",
                            "2143139", "3333328", "3332503", "3333301", "3332502", "3285595", "3297748", "4152780",
                            "4149116", "4152778", "4322908", "3358711", "3358713", "3438145", "3435016", "3372044",
                            "4337616", "4337618", "4337617", "4273279", "4229365", "3416298", "4229364", "2153858",
                            "3434688", "3135056", "3980912", "3456246", "4268545"],
        }, "table mustard of any kind (Русская, столовая, дижонская, зернистая, баварская, с хреном/мёдом, fruit "
           "mustards byJam.me); «к сосискам» is a purpose. Волшебное дерево «Горчица целая, 40г» (taken as whole "
           "mustard seed -- outside knowledge), Магнит relish «с горчицей», mustard sauces/oil and goods with mustard "
           "excluded"),
    ]),
    # L22 sport snacks
    ("протеиновый батончик bombbar шоколадный, кефир однопроцентный, яблочки зеленые на перекус, арахисовая паста без сахара кранчи", [
        ("протеиновый батончик bombbar шоколадный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Bombbar chocolate protein bar; the only Bombbar goods are a strawberry muesli bar, an ice cream and a soda; "
           "other protein bars (Snaq Fabriq, BootyBar) excluded -- missing everywhere"),
        ("кефир однопроцентный", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416", "2084558",
                            "3352331", "3604602"],
        }, "kefir (incl. биокефир) exactly 1 %, any size. «Кефирный продукт» / «биокефирный продукт» / Bio Баланс "
           "«биопродукт кефирный» (not kefir) and other fat levels excluded"),
        ("яблочки зеленые на перекус", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664", "4194478", "4152180", "4047567", "3171926"],
        }, "fresh green apples: Гренни Смит, titles «зелёные», and Симиренко (a green variety -- outside knowledge); "
           "any pack or loose. Red/yellow varieties (Голден, Гала, Муцу, Ред делишес…), Зелёная Линия «Органика» (brand, "
           "not colour), apple juice/puree/chips excluded"),
        ("арахисовая паста без сахара кранчи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "crunchy sugar-free peanut butter; no peanut butter on offer (only chocolate, bars and porridge with "
           "peanut paste) -- missing everywhere"),
    ]),
    # L23 coffee ritual at home
    ("кофе молотый для турки мелкий помол, безлактозное молоко 1.5, сахар 1 кг пачку, корица молотая для кофе", [
        ("кофе молотый для турки мелкий помол", {
            "pyaterochka": [],
            "magnit": ["8269b24f19", "7d84ba5b6e"],
            "dixy": ["2000574432", "10E0076694"],
            "perekrestok": ["3606929", "29278", "4122814"],
        }, "ground coffee for the cezve/fine grind: titles «для турки», Jacobs «Turka По-восточному», Жокей «По-восточному» "
           "and Mehmet Efendi (Turkish coffee) -- the last two are outside knowledge. Other ground coffee (not stated for "
           "a turka or fine grind), «Императорский помол», instant, drip bags, capsules and beans excluded"),
        ("безлактозное молоко 1.5", {
            "pyaterochka": ["3146538"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lactose-free cow milk exactly 1.5 % (Valio Zero Lactose). Lactose-free milk 1.8 % (Parmalat, Домик в деревне) "
           "and 3.2 % baby milk, lactose-free yoghurts/curd excluded"),
        ("сахар 1 кг пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3650732", "3230933"],
        }, "white granulated sugar in a 1 kg pack. 750/900 г and 5 кг packs, lump sugar/рафинад (a different product "
           "name), cane and coconut sugar excluded"),
        ("корица молотая для кофе", {
            "pyaterochka": [],
            "magnit": ["aaed24508c"],
            "dixy": [],
            "perekrestok": [],
        }, "ground cinnamon (Котани «Молотая» 25 г); goods with cinnamon excluded"),
    ]),
    # L24 water and tea for the shift
    ("вода без газа 1.5л 6 шт, лимончик пару штук, имбирчик свежий, зеленый чаек в пакетиках", [
        ("вода без газа 1.5л 6 шт", {
            "pyaterochka": [],
            "magnit": ["75ce595dc6", "65b73d7b58", "720f82c2d2", "98aaa95b9c", "162ec6aa1d"],
            "dixy": ["ЦТ0046868", "2000335456", "2000285345"],
            "perekrestok": ["3655718", "4344084", "4264401", "3674372", "4316383"],
        }, "still drinking or table mineral water in 1.5 l bottles (6 шт is a count); Магнит «ЛЕГЕНДА ГОР АРХЫЗ, "
           "природная, 1,5л» taken as still (the sparkling one says «газированная» -- outside knowledge) and ФРУТОНЯНЯ "
           "children's water accepted as still water. Sparkling, medicinal/лечебно-столовая (Ессентуки, Аш-Тау, "
           "Галерея источников, Славяновская, Легенда Сибири), Кувака (gas not stated), flavoured waters and 0.5/1/1.75/"
           "2/5 l bottles excluded"),
        ("лимончик пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or packed; «пару штук» is a quantity. Lemon-flavoured goods, lemon juice seasoning and "
           "olives with lemon excluded"),
        ("имбирчик свежий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3218215", "4097889"],
        }, "fresh ginger root: loose «Имбирь» and «Имбирь, 300г» (taken as fresh root -- outside knowledge). Ground, "
           "pickled («белый пастеризованный»), candied/osmotically dried ginger, the «имбирь-лимон» set and ginger "
           "drinks/teas excluded"),
        ("зеленый чаек в пакетиках", {
            "pyaterochka": [],
            "magnit": ["b4e965a022", "e1b666c6ef", "5a597956f8", "9b8c0d1f0d", "8ec1c56fe5", "c86aab1a9b", "45d9a874e0",
                       "b80010aff6", "49ba4f9607", "80d9ad34a0", "3cbdd6886d", "5f006c6421", "6af760c408"],
            "dixy": ["2000337169"],
            "perekrestok": ["4105406", "3472463", "2133950", "4317677"],
        }, "green tea in bags or pyramids, plain or flavoured (Ahmad, Kensington, Tess Лайм/Флирт/Джинджер Мохито/Гет "
           "Детокс, Кертис, Принцесса Ява, Richard Роял Грин and «Велнес Дижестив» green blend). Loose green tea, oolong (Tess Get Energy), black, herbal and fruit teas, RTD "
           "green teas excluded"),
    ]),
    # L25 bathroom and laundry
    ("порошок стиральный тайд автомат, шампунь клеар мужской, зубная паста отбеливающая, гель для душа для мужиков", [
        ("порошок стиральный тайд автомат", {
            "pyaterochka": [],
            "magnit": ["0306390d77", "f400bf3623", "bed5eabde5"],
            "dixy": [],
            "perekrestok": [],
        }, "Tide washing powder for automatic machines (Автомат Детский 2.4 кг, Колор автомат 2.5 кг; «детский колор "
           "2,4кг» without «автомат» taken as the same automatic powder -- outside knowledge). Tide gel capsules and "
           "liquid, other brands excluded"),
        ("шампунь клеар мужской", {
            "pyaterochka": ["3011966"],
            "magnit": ["0d996b1e8d", "2336c3ab82", "30b37b9eaf", "07251bb98b", "668e385f91", "e300bac7aa"],
            "dixy": [],
            "perekrestok": [],
        }, "Clear men's shampoos (мужской / для мужчин lines, 2в1/3в1 incl.); Clear «АктивСпорт 2в1» (Магнит and "
           "Пятёрочка CLEAR VITA ABE «акт.спорт») taken as the men's line (outside knowledge). Women's Clear and "
           "unisex anti-dandruff «максимальный объём» / «против выпадения», NIVEA «Clear» deodorant excluded"),
        ("зубная паста отбеливающая", {
            "pyaterochka": ["2157107"],
            "magnit": ["5c5da323dc", "62b2cb7a88", "3eca76034b", "df539fe9c9", "8c74c7a89c", "36ac6aa095", "350131f5fe",
                       "b938d68eba", "6329b468cf", "d03e638466", "02007f5dd2", "b432da8011", "f53229ccde", "a3d10bc11c",
                       "41b3a37740", "05bcdac370"],
            "dixy": ["2000326358"],
            "perekrestok": [],
        }, "whitening toothpaste: titles with отбеливание/отбеливающая/White/Вайт/Уайт/Whitening; Пятёрочка «Colgаtе, "
           "макс блеск» taken as Colgate Max White (outside knowledge). Charcoal pastes without a whitening claim, "
           "sensitive/gum/anti-caries/children's pastes, gels and rinses excluded"),
        ("гель для душа для мужиков", {
            "pyaterochka": [],
            "magnit": ["1fde288d8a", "393259057b", "fb86a14079", "5453f6025c", "c8614395b8", "0a0bc36d75", "6c202199a3",
                       "ee38106f2e", "04385b1c05", "a162a1690e", "b05b3805a4", "27b08defc4", "35c3ab54cc", "64c0ec7e7a",
                       "869541895d", "8b4da8afe5", "b2be06e3a0", "a4d6d8f2fb", "f4f55309dc", "8e0a633d30", "ae24cd3ee0"],
            "dixy": [],
            "perekrestok": ["4342546"],
        }, "men's shower gels incl. 2в1/3в1 gel-shampoos: titles «мужской»/Men/Мен, men-only brands AXE/АКС and Old "
           "Spice, NIVEA «Энергия/Заряд чистоты» and Palmolive «Спорт 3 в 1» (NIVEA Men / Palmolive Men lines -- "
           "outside knowledge). Women's, children's and unisex gels (Dove, Camay, Palmolive Натурэль, Milana, NIVEA "
           "«Пробуждающий», FA island/yoghurt) excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fxi"))
