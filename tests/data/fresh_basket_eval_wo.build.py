#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wo.jsonl -- shopping lists of a brand-loyal family, hand-labelled against the real
offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wo.build.py

LISTS below is literal data: 25 lists (3-5 items, 90 items) as a family that always buys the same brands would type
them to a Telegram bot -- the brand written before or after the product, in Latin or Cyrillic, sometimes misspelled
(простаквашино, барила, хайнс, ахмат, «домик в деревни»), plus unbranded items -- and for every item the product ids
of every store that a reasonable shopper would accept.  The lists were written before any offer was read and saved as
fresh_basket_eval_wo.blind_lists.txt (read-only); this script checks that every list text here equals the blind draft
(apart from the REPLACED table, which is empty: no item was replaced).  Candidate titles were grepped broadly in
real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded to е)
and read one by one; the note of each item records what was accepted, what was deliberately left out and any
judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without reading or running the tool being evaluated.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly the
list's items in order (an item is the text between commas / new lines) -- and writes the JSONL in the format of
real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fwo01, fwo02, ... in LISTS order;
every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wo.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wo.blind_lists.txt")

# list number (1-based) -> [(blind item text, replacement item text), ...]; empty: no list was missing in all stores
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 dairy run, brand-loyal
    ("молоко простоквашино 3.2%, творог простоквашино 5% 2 пачки, сметана домик в деревне 15%, батон нарезной 1шт", [
        ("молоко простоквашино 3.2%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000557212"],
            "perekrestok": [],
        }, "Простоквашино drinking milk of exactly 3.2% (Дикси 1.4 l); Простоквашино 1.5% and «отборное 3.4-4.5%» "
           "(Магнит, Дикси), other fat levels, other brands' 3.2% milk and Простоквашино kefir/yoghurt excluded; no "
           "3.2% Простоквашино milk in Магнит, Перекрёсток, Пятёрочка"),
        ("творог простоквашино 5% 2 пачки", {
            "pyaterochka": [],
            "magnit": ["1000372786", "1000475531"],
            "dixy": ["ЦТ0047040"],
            "perekrestok": ["4274201"],
        }, "Простоквашино cottage cheese of exactly 5% incl. «Нежный мягкий» soft tvorog; «Творог зерненый в сливках» "
           "(a different product), 2%/9%, «продукт творожный»/творожок desserts and other brands excluded; «2 пачки» "
           "is a quantity"),
        ("сметана домик в деревне 15%", {
            "pyaterochka": [],
            "magnit": ["1000237597", "1000553874"],
            "dixy": ["2000220967", "2000595012"],
            "perekrestok": ["4335470"],
        }, "Домик в деревне sour cream of exactly 15% (300 g and 450 g); 10/20/25% and Простоквашино 15% excluded"),
        ("батон нарезной 1шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "loaves of the «Нарезной» type (Коломенское, Пр!ст «классический», Маркет, Маркет «улучшенный»); other "
           "batons (Молочный, Горчичный, Зерновой, «к завтраку», «Новый», Магнит Отрубной/Утренний) and the untyped "
           "Перекрёсток «Батон, 300г» (type not stated) excluded, as are «батончик» bars; «1шт» is a quantity"),
    ]),
    # L2 pasta night
    ("макароны макфа рожки\nфарш мираторг говяжий\nкетчуп heinz 2 штуки\nлук кило", [
        ("макароны макфа рожки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Makfa/MAKFA pasta exists (Магнит перья, спирали, ракушки, улитки, звёздочки; Дикси витки, улитки, "
           "спирали, перья; Перекрёсток спирали) but no Makfa «рожки» anywhere; the shape written is required, and "
           "рожки of other brands (Верони, Моя цена, Любимые традиции, Роллтон, Маркет, Пр!ст, Baisad) are excluded "
           "because the brand is required -> missing in all stores"),
        ("фарш мираторг говяжий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809"],
            "perekrestok": ["4288090"],
        }, "Мираторг chilled beef mince; Магнит Мираторг «Котлеты для бургеров» (patties, not mince) and other "
           "Мираторг products excluded"),
        ("кетчуп heinz 2 штуки", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971",
                             "4116830", "4157803", "4157697", "4157703", "4116848", "4157704", "4154517", "4157702",
                             "4274973"],
        }, "every Heinz/HEINZ ketchup of any flavour and size (Пятёрочка «Кетч.» abbreviations incl.); Перекрёсток "
           "«Кетчуп Heinz Pikador» accepted because the title names Heinz, Дикси «Pikador» without Heinz in the title "
           "excluded; Heinz sauces (барбекю, сырный, Цезарь, горчичный), Heinz mayonnaise and other brands' ketchups "
           "excluded; Магнит has no Heinz ketchup; «2 штуки» is a quantity"),
        ("лук кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (репчатый, loose, in a net, packed, peeled, red репчатый); dried onion (Kotanyi, "
           "Айдиго), onion-flavoured chips/crackers excluded; red onion accepted because the titles call it «лук "
           "репчатый красный» (judgement); «кило» is the quantity wanted of a weighed good, not a filter"),
    ]),
    # L3 chips and a drink
    ("lays с крабом 2 пачки, coca cola 1.5л, 3 корочки сухарики", [
        ("lays с крабом 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000325823"],
            "perekrestok": [],
        }, "Lay's crab chips: only Дикси «Lay's Зеленый лук/Сметана и зелень/Краб 37г», an assortment card that "
           "includes crab (judgement: accepted as the crab variant is sold under it); other Lay's flavours, Русская "
           "картошка «Камчатский краб», Хрусteam «Краб» croutons excluded"),
        ("coca cola 1.5л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Coca-Cola exists only as 0.33 l cans in Пятёрочка (size written is 1.5 l); Добрый Кола 1.5 l (Магнит, "
           "Дикси «без сахара») and Черноголовка Кола are other brands -> missing in all stores"),
        ("3 корочки сухарики", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Три корочки» croutons in any store; Воронцовские, Хрусteam, Фишка, Take It and other croutons are "
           "other brands -> missing in all stores"),
    ]),
    # L4 tea and coffee shelf
    ("чай ahmad эрл грей 100 пакетиков\njacobs monarch растворимый\nсахара пачку 1кг\nюбилейного печенья 3 пачки", [
        ("чай ahmad эрл грей 100 пакетиков", {
            "pyaterochka": [],
            "magnit": ["bd44dec0f2"],
            "dixy": ["ЦТ0016759"],
            "perekrestok": [],
        }, "Ahmad Tea Earl Grey in packs of 100 tea bags; Перекрёсток Ahmad Earl Grey 25 bags, loose Earl Grey "
           "(Пятёрочка 200 g, Магнит 100 g/500 g), other Ahmad teas and other brands' Earl Grey (Greenfield, Curtis, "
           "Richard, Kensington, Tess) excluded"),
        ("jacobs monarch растворимый", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "0386d066d3", "d377483cd5", "88df1b0c73", "01f9dd25ee"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs Monarch instant/freeze-dried (сублимированный) coffee incl. Монарх Интенс; Магнит «JACOBS Монарх "
           "Интенс, 95г» accepted as instant (outside knowledge, the title does not say so); ground and bean Monarch, "
           "Jacobs Gold, Jacobs/Monarch Millicano («растворимый с молотым», a different product line), 3в1 drinks "
           "excluded; Перекрёсток has only ground Monarch"),
        ("сахара пачку 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs; Перекрёсток «Сахар Советский Экстра, 1кг» taken as granulated "
           "(judgement); pressed/lump sugar (Магнит/Дикси Русский сахар прессованный 1 кг, Перекрёсток кусковой 1 "
           "кг), cane sugar, 900 g/750 g/5 kg packs, vanilla sugar, powdered sugar and cotton candy excluded"),
        ("юбилейного печенья 3 пачки", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every «Юбилейное» cookie (traditional, milk, glazed, oatmeal); Останкино «Юбилейная» sausage and Julius "
           "Meinl «Юбилейный» coffee excluded; «3 пачки» is a quantity"),
    ]),
    # L5 Italian dinner
    ("спагетти barilla 2 пачки, соус барила базилик, пармезана кусок, помидоры черри коробочку", [
        ("спагетти barilla 2 пачки", {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000016649", "2000280926"],
            "perekrestok": [],
        }, "Barilla spaghetti: Дикси Spaghetti №5 and Spaghettini №3, Магнит Spaghettoni (thin and thick spaghetti "
           "accepted as spaghetti, judgement); Barilla Bucatini (hollow), bavette (flat), other shapes and other "
           "brands' spaghetti excluded; «2 пачки» is a quantity"),
        ("соус барила базилик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Barilla sauce in any store; other brands' basil/tomato sauces (Перекрёсток Market Collection «Pugliese "
           "Basil Sauce») excluded because the brand is required -> missing in all stores"),
        ("пармезана кусок", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "0dc02300a0", "1000384143", "632a4664e6"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416"],
        }, "parmesan in a piece (weighed pieces and 100-200 g wedges, incl. Belarusian «Пармезан Гранд»); grated "
           "parmesan (Магнит Dolce Granto/Невские сыры тертый, Перекрёсток тёртый 32%/40% incl. «Parmesan "
           "порционированный тёртый»), the «ITALIAN SNACK» cream cheese with grissini and ravioli with parmesan "
           "excluded because «кусок» names the form"),
        ("помидоры черри коробочку", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000601471", "2000601472", "2000580827", "2000003231", "2000186544"],
            "perekrestok": ["3373662", "4217379", "3410591", "4381951", "4381952", "4371254", "11971", "3634714"],
        }, "fresh cherry tomatoes of any colour/shape incl. on the vine, plum-shaped, Кумато черри and a cherry mix; "
           "marinated and salted cherry tomatoes, vegetable assortments in jars, cherry ketchup and «Теличерри» "
           "pepper excluded"),
    ]),
    # L6 breakfast table
    ("сливочное масло простоквашино 82%, яйца с1 уп 10 шт, ламбер сыр, докторской колбасы грамм 400, свежие огурцы пару штук", [
        ("сливочное масло простоквашино 82%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Простоквашино butter in any store (Простоквашино titles are milk, kefir, сметана, творог, yoghurts, "
           "сырки); other brands' 82% butter excluded because the brand is required -> missing in all stores"),
        ("яйца с1 уп 10 шт", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "chicken eggs of class С1 («1 категории») in packs of 10; С0/СО/отборные, С2, СВ/«высшей категории», packs "
           "of 6/15/20/30, quail eggs and egg white/yolk/melange excluded; «уп 10 шт» names the pack"),
        ("ламбер сыр", {
            "pyaterochka": [],
            "magnit": ["13cdfe21e3", "a296745f42", "1000074377", "1000564747"],
            "dixy": ["2000176772", "2000279127"],
            "perekrestok": [],
        }, "every Ламбер cheese (50% pieces, weighed, «легкий 30%», Дикси half wheel); no other product carries the "
           "brand"),
        ("докторской колбасы грамм 400", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374",
                        "6e16b1777a", "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca",
                        "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "boiled sausage «Докторская» of any producer, piece or sliced, incl. Царицыно «Докторская, Особая»; "
           "«Сосиски Докторские» (Рублёвский) excluded; «грамм 400» is the quantity wanted, not a filter"),
        ("свежие огурцы пару штук", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000271421", "2000088660", "ЦТ0001499", "2000327957"],
            "perekrestok": ["44569", "3632205", "3368260", "2098997", "3301324", "3255111", "2088998", "4072",
                             "2131726"],
        }, "fresh cucumbers (smooth, prickly, long, short, Бакинские, packed); Дикси «Огурцы корнишоны, в упаковке, "
           "300 г» taken as fresh gherkins and Перекрёсток «Огурцы Хрустящие» (no brand, sold by weight) taken as "
           "fresh (judgements); pickled, salted, marinated cucumbers and корнишоны in jars, assortments, "
           "cucumber-scented goods and the stem inside «йогурт» excluded; «пару штук» is a quantity"),
    ]),
    # L7 pelmeni night
    ("пельмени от мираторга, сметанка баночку, майонезик махеев", [
        ("пельмени от мираторга", {
            "pyaterochka": [],
            "magnit": ["feeac8f3fa", "66c111d7a2"],
            "dixy": ["2000282673"],
            "perekrestok": [],
        }, "Мираторг pelmeni of any filling; Мираторг хинкали and вареники, other brands' pelmeni excluded"),
        ("сметанка баночку", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000102474", "1000203662", "1000208902", "1000219465", "1000237596",
                        "1000237597", "1000241416", "1000253705", "1000372781", "1000372784", "1000372785",
                        "1000429067", "1000461809", "1000461810", "1000463648", "1000553874", "1000558440",
                        "1000574404", "1000574405", "1899900582", "1899913371", "8000030079", "8000035449",
                        "8000057502", "8000068594", "8000072734", "2645f50028", "30145abd36", "4221528ef6",
                        "65c9123e96", "87741a9faa", "a15781b1ca", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000100619", "2000166052", "2000220966", "2000220967", "2000230594", "2000276122",
                      "2000276139", "2000279280", "2000294264", "2000411404", "2000411407", "2000509087", "2000509714",
                      "2000509715", "2000544033", "2000544034", "2000558211", "2000595012", "2000602951"],
            "perekrestok": ["29910", "3142744", "3166306", "3181748", "3391034", "3423443", "3629029", "3632833",
                             "3632834", "3634035", "3651189", "3658372", "3667086", "4072176", "4087849", "4095524",
                             "4121582", "4121607", "4221355", "4221356", "4226994", "4229625", "4241375", "4246009",
                             "4250761", "4264297", "4320001", "4320002", "4335470", "4349771", "4349772", "4376610"],
        }, "any plain sour cream (сметана) of any brand and fat, incl. «из топлёных сливок», lactose-free and Экомилк "
           "«сливочная»; Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» (flavoured), «сметанный» mayonnaise, "
           "sour-cream-flavoured chips/crackers and «Сыр Сметанковый» excluded; «баночку» is the pack, not a filter"),
        ("майонезик махеев", {
            "pyaterochka": [],
            "magnit": ["1000077733", "1000077734", "1000498096", "1000520539", "1000558908", "269c8ab257",
                        "2c23c84574", "5861fc587f", "d8bbb63f48", "ddda8365b8"],
            "dixy": ["2000593851", "2000602611", "T000005518", "ЦТ0040573"],
            "perekrestok": ["2047206", "2093561", "4339442"],
        }, "every Махеевъ mayonnaise (провансаль, с лимонным соком, оливковый, на перепелином яйце; any fat/size); "
           "Махеевъ ketchups, mustard, jams and other brands' mayonnaise excluded"),
    ]),
    # L8 Olivier salad tins
    ("бондюэль горошек, bonduelle кукуруза, крабовые палки вичи, майонез хайнц", [
        ("бондюэль горошек", {
            "pyaterochka": [],
            "magnit": ["68a96163bf", "08e4c89d92"],
            "dixy": ["2000313828", "1100075857", "0230306094"],
            "perekrestok": ["27460", "16791", "4059535", "3635251", "4283761", "3951175", "4188483"],
        }, "Bonduelle/БОНДЮЭЛЬ canned green peas of any line (Classique, молодой, нежный); Bonduelle «Expert зелёный "
           "с морковью» (peas and carrots), Heinz peas and other Bonduelle vegetables excluded"),
        ("bonduelle кукуруза", {
            "pyaterochka": [],
            "magnit": ["a869e5b9ba", "d2de35fd7c"],
            "dixy": ["2000279948", "DI00079261", "10E0064890"],
            "perekrestok": [],
        }, "Bonduelle/БОНДЮЭЛЬ canned sweet corn; «Мексика микс» vegetable mix, Heinz corn and other brands excluded; "
           "Перекрёсток has no Bonduelle corn"),
        ("крабовые палки вичи", {
            "pyaterochka": [],
            "magnit": ["4f11f65802"],
            "dixy": ["2000307177"],
            "perekrestok": ["4157138", "4112613", "3169222", "4124683", "3204340", "26084", "2154175", "2154177",
                             "3408151", "4034752"],
        }, "Vici/ВИЧИ crab sticks (chilled, frozen, «Снежный краб», «с мясом краба», «для рулетиков»); Перекрёсток "
           "Vici «Палочки сурими» accepted as crab sticks (outside knowledge: surimi sticks are the same product); "
           "Vici «Crabe De L'amour» sticks with sauce filling, Vici crab meat («крабовое мясо»), other brands' crab "
           "sticks and other Vici seafood excluded"),
        ("майонез хайнц", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000567053"],
            "perekrestok": ["4284062"],
        }, "Heinz mayonnaise (Классический 67%); Heinz ketchups/sauces and other mayonnaise excluded"),
    ]),
    # L9 kids' snacks
    ("йогурт активиа не сладкий, агуша творожки детям, связку бананов, сок апельсиновый j7", [
        ("йогурт активиа не сладкий", {
            "pyaterochka": ["8487"],
            "magnit": ["555ec5242d", "02e2bec94a", "67fc9c08f6"],
            "dixy": [],
            "perekrestok": [],
        }, "Activia/АКТИВИА yoghurt without sugar: plain «Натуральный» (Магнит 260 g; Пятёрочка «DANONE Биойогурт "
           "АКТ.пит.натур.» read as Activia natural, judgement) and Магнит Activia labelled «без сахара» (fruit, no "
           "added sugar; accepted because «не сладкий» is read as unsweetened, judgement); sweetened fruit/cereal "
           "Activia and other brands excluded"),
        ("агуша творожки детям", {
            "pyaterochka": [],
            "magnit": ["1000564007", "8000049983", "1000177278", "1000109125", "1051242603", "1812432015",
                        "1812432014", "1812432013"],
            "dixy": [],
            "perekrestok": ["4174763", "2137027", "69726"],
        }, "Агуша children's cottage cheese (творог детский, plain and fruit); Агуша yoghurts, kefir, ряженка, kasha, "
           "puree excluded; «детям» is a purpose"),
        ("связку бананов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas incl. Био and red bananas (accepted as bananas, judgement); Перекрёсток «Бананы для жарки» "
           "taken as plantains and excluded; banana-flavoured goods and bananas in glaze excluded"),
        ("сок апельсиновый j7", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000107420", "2000405002"],
            "perekrestok": [],
        }, "J7 orange juice incl. «Апельсин с мякотью для детского питания»; Дикси J7 «Продукт питьевой Апельсин с "
           "мякотью» (not sold as сок), J7 nectars, морс, mixed and apple juices excluded"),
    ]),
    # L10 groats and flour
    ("гречка увелка, рис мистраль круглый, геркулес овсянка, мука makfa 2 кг", [
        ("гречка увелка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000272542"],
            "perekrestok": ["3603166", "39155", "3493533"],
        }, "Увелка buckwheat groats incl. boiling bags; Увелка «Гречка с грибами» ready meals and other brands' "
           "buckwheat excluded"),
        ("рис мистраль круглый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0042579"],
            "perekrestok": ["4332035", "3674360"],
        }, "Мистраль round-grain rice (Кубань, Италика круглозерный); Мистраль long-grain, жасмин, Янтарь, for plov "
           "and other brands' round rice excluded"),
        ("геркулес овсянка", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91", "7e4e5763f5", "1fbd6e427e"],
            "dixy": ["2000222892", "2000002160", "2000219614", "2000186448", "1041032607", "DI00078791", "2000604115",
                      "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "4355178", "27919", "9056", "2105514", "3933387", "3421663", "23772",
                             "6752", "4321219", "24926", "2122914", "2122915", "2122919", "3503161", "3469028",
                             "4078263", "3469027"],
        }, "plain rolled oat flakes of any brand («геркулес» is the common word for rolled oats, so flakes not called "
           "Геркулес count too, judgement): Геркулес, Ясно Солнышко №1/2/3, Nordic (incl. «с отрубями», «Ленивая "
           "овсянка»), Чудесный край, Любимые традиции, Organic life, Сташевское без глютена, голозёрный овёс, "
           "Маркет, Пр!ст; flavoured flakes (Ясно Солнышко клюква-яблоко, Быстров с вишней / ассорти с молоком), "
           "instant porridge cups («Каша … Геркулес 35г», Быстров «По-новому»), cut oat groats (Лакоме «резаная»), "
           "Vila Natura «Овсянка Био» (form not stated), Фацер «Хлеб ГЕРКУЛЕС» and the ready «Геркулесовая каша» "
           "excluded"),
        ("мука makfa 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0035253"],
            "perekrestok": ["3505430"],
        }, "Makfa wheat flour in 2 kg packs (Дикси высший сорт, Перекрёсток хлебопекарная экстра); Дикси Makfa 1 kg "
           "(size written is 2 kg) and other brands excluded"),
    ]),
    # L11 coffee with cream
    ("кофе якобс в зернах\nсливки домик в деревне 10%\nпеченье овсяное подешевле", [
        ("кофе якобс в зернах", {
            "pyaterochka": [],
            "magnit": ["46e47f37c9", "f51c4712f0", "b0961842e9", "ef7ceaf5e3", "df383edea4"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs coffee beans of any line (Монарх, Крема, Эспрессо, Бариста); ground and instant Jacobs, Monarch "
           "without Jacobs (ground only) and other brands' beans excluded"),
        ("сливки домик в деревне 10%", {
            "pyaterochka": [],
            "magnit": ["3201860040", "1000052910", "1000456519"],
            "dixy": [],
            "perekrestok": ["44849"],
        }, "Домик в деревне cream of exactly 10% (200 ml, 480 g, 950 g); 20% cream and other brands excluded"),
        ("печенье овсяное подешевле", {
            "pyaterochka": ["3613445", "3613448"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000002140", "2000214298", "2000221434", "2000225711", "2000235792", "2000251113", "2000255652",
                      "2000325940", "2000349045", "2000351526", "2000419389", "2000529080", "2000535032", "2000603032",
                      "2000603633"],
            "perekrestok": ["2023501", "2023502", "2091843", "3035354", "3218321", "3412681", "3438892", "3505244",
                             "3603607", "3613445", "3613448", "3639545", "3658003", "3663100", "3681160", "3681278",
                             "3688135", "3901906", "3901907", "3951119", "4017837", "4024594", "4032428", "4050870",
                             "4086029", "4113987", "4123144", "4172266", "4172267", "4185824", "4202786", "4202788",
                             "4202831", "4251005", "4258982", "4283932", "4283934", "4283939", "4284221", "4284222",
                             "4315655", "4315656", "4356039", "91535"],
        }, "any oatmeal cookie (plain, with raisins/chocolate, glazed, diet, children's, Юбилейное «Овсяное»); "
           "protein cookies/flapjacks (ProteinRex, Take A Bite), Хлебный Спас «Полезный завтрак с овсяными хлопьями» "
           "(not sold as овсяное), puree and yoghurt «с овсяным печеньем» excluded; «подешевле» is a wish, not a "
           "filter"),
    ]),
    # L12 sweets
    ("шоколадка milka, киндер шоколад, гринфилд чай", [
        ("шоколадка milka", {
            "pyaterochka": [],
            "magnit": ["0481a74e51", "08e22e388e", "194dc492d5", "216f1d2f85", "24430df087", "24fef76bf3",
                        "268b473a70", "298c9e25a1", "2a48a6605c", "46a83df51c", "5b739b266c", "912985bec4",
                        "a9156051a6", "c1801c39ee", "ed01a0e389", "fa24e80d9f", "fbdae9857e"],
            "dixy": ["2000283718", "2000283723", "2000312445", "2000598791"],
            "perekrestok": ["4353882"],
        }, "Milka chocolate bars/tablets of any flavour and size (incl. Bubbles); Milka candies, nut paste, pastries "
           "and ice cream excluded"),
        ("киндер шоколад", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001702"],
            "perekrestok": [],
        }, "Kinder Chocolate bar with milk filling (Дикси 100 g); Kinder «со злаками» (Kinder Country), Kinder "
           "Surprise/Joy eggs, Maxi King, Pingui and «Молочный ломтик» pastries excluded as different products"),
        ("гринфилд чай", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000000294", "2000144520", "2000217793", "2000228472", "2000289445", "2000361849", "DI00080603"],
            "perekrestok": ["2042290", "2073803", "2095906", "2114141", "2147890", "2147891", "3378336", "3450276",
                             "3626161", "3679799", "46398"],
        }, "every Greenfield tea (black, Earl Grey, Kenyan, Golden Ceylon, Spring Melody, Spirit Mate herbal; bags or "
           "loose)"),
    ]),
    # L13 household paper and chemicals
    ("бумага туалетная зева, fairy лимонный, порошок тайд автомат самый дешевый", [
        ("бумага туалетная зева", {
            "pyaterochka": [],
            "magnit": ["013f5191a0", "0f9bdfbe08", "11634cf6c9", "2300103434", "24f2c70304", "475d902330",
                        "939f14debe", "b0339ecad9", "be65d013c1", "cdc752b01e", "e01188fba0", "f88b88076f"],
            "dixy": ["2000142974"],
            "perekrestok": ["75364"],
        }, "Zewa/ЗЕВА toilet paper of any line and roll count; Zewa paper towels, tissues and handkerchiefs and other "
           "brands excluded"),
        ("fairy лимонный", {
            "pyaterochka": [],
            "magnit": ["bbb10983dd", "d0bd1a2d49", "551d8403a9"],
            "dixy": ["2000265727", "2000274013", "2000371202"],
            "perekrestok": [],
        }, "Fairy dish liquid «Сочный лимон» (Магнит cards «Сочный лимон, Апельсин-лимонник» accepted as the lemon "
           "variant is sold under them, judgement); other Fairy scents, Fairy dishwasher tablets «Все в 1 Лимон» and "
           "other brands excluded"),
        ("порошок тайд автомат самый дешевый", {
            "pyaterochka": [],
            "magnit": ["0306390d77", "f400bf3623", "bed5eabde5"],
            "dixy": [],
            "perekrestok": [],
        }, "Tide washing powder for automatic machines (Автомат Детский, Колор автомат); Магнит «Порошок стиральный "
           "TIDE детский колор 2,4кг» accepted as an automatic powder although the title does not say so (outside "
           "knowledge); Tide capsules and liquid excluded; «самый дешевый» is a wish, not a filter"),
    ]),
    # L14 the cat and cutlets
    ("феликс пауч для кошки, древесный наполнитель, котлеты мираторг", [
        ("феликс пауч для кошки", {
            "pyaterochka": [],
            "magnit": ["0aa722ea47", "0adb281b8b", "159c859f66", "1bc3a52946", "238c0d6220", "258ae7de32",
                        "3d18463c21", "4b45bf5084", "4f374f40d8", "54a53edec1", "5c2b5eca31", "5e3ba75210",
                        "8555865978", "860a44990e", "88bfe8e014", "9f6054f9aa", "b357a754b6", "b5120b46c3",
                        "ba1a288ef8", "bbcb5d5f30", "bbcc3f6e2b", "bc08b83fbb", "bceeba235b", "bf4253574e",
                        "c44cca57cb", "d08035f21d", "e615cc80e5", "f46b40c2dc", "2586511", "2586551", "2586561",
                        "2586581", "2586621", "2586641", "2586661", "2586671", "2586681", "2586691", "2586701",
                        "2586731", "2586741", "2586751", "2586791", "5167901", "5167911", "5168331", "5168341",
                        "5168351", "5178631", "5178641", "5227421", "5252471", "5257221", "5389101", "5389501"],
            "dixy": ["2000325835"],
            "perekrestok": ["4249859"],
        }, "Felix/ФЕЛИКС wet food for adult cats in pouches (75/85 g; Аппетитные кусочки, Sensations, Двойная "
           "вкуснятина, Мясные ломтики, суп 48 g), Дикси and Перекрёсток Felix Sensations 75 g incl.; dry Felix "
           "(«сухой» 200/600 g) and kitten food excluded"),
        ("древесный наполнитель", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no wood cat litter in any store (only Магнит КЭТ СТЕП silica-gel litter, excluded); yoghurts «с "
           "наполнителем» are traps -> missing in all stores"),
        ("котлеты мираторг", {
            "pyaterochka": [],
            "magnit": ["870ea52286"],
            "dixy": ["2000579232"],
            "perekrestok": [],
        }, "Мираторг cutlets of any kind (Магнит beef burger patties, Дикси «По-киевски»); Мираторг кебабчичи, "
           "nuggets and other products excluded"),
    ]),
    # L15 Sunday steak
    ("стейк рибай miratorg, картошки килограмма 2, замороженная брокколи, красное сухое вино", [
        ("стейк рибай miratorg", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3478153"],
        }, "Мираторг Black Angus ribeye steak; other Мираторг steaks (Минутка, Тендер, Паризьен, Канзас, Чак Ролл, "
           "Пеппер) excluded"),
        ("картошки килограмма 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                             "3092450"],
        }, "fresh potatoes (loose, netted, washed, red, baby, «Чик-Чик», for boiling/frying, any pack); sweet potato "
           "(батат), boiled peeled, fried/baked dishes, frozen fries, Магнит «Картофель АЙДАХО (СП ГМ)» (ready dish), "
           "chips and «Картошка» cakes/candies excluded; «килограмма 2» is a quantity"),
        ("замороженная брокколи", {
            "pyaterochka": [],
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["74445", "4019919", "4019915", "3444750", "2125852", "4003966", "3405386", "3489151",
                             "4325364", "3625801", "4152339", "4238817", "2059262", "4320949", "4225833"],
        }, "frozen broccoli of any brand; Магнит «Брокколи HORTEX, Хортекс, 400г» taken as frozen (Hortex is a "
           "frozen-vegetable brand; judgement); fresh broccoli/broccolini, broccoli–cauliflower mixes, baby puree and "
           "«Take a Bitey» wafers excluded"),
        ("красное сухое вино", {
            "pyaterochka": [],
            "magnit": ["0d69bc12b7", "1128713b37", "179454ad06", "1aeecf4fbf", "20076532cf", "25e2e0b426",
                        "282e3b100c", "2843dc2427", "2f74e42279", "316badec71", "3c061d5267", "4a0256aba7",
                        "63ce59d607", "66dc79b1bd", "6c75cc20c2", "6dec98c122", "6fea0b8f60", "70de72738c",
                        "7b8fa4bd5e", "97edfb5844", "984016a189", "992027187d", "9995f68840", "9a7baeb044",
                        "a05527a9ea", "ac836556b8", "adea6d56aa", "aefb2f40d1", "b8cc734787", "ba4136257e",
                        "d05962e7be", "d408e7403a", "d73ee8f4f1", "d982768147", "da35009364", "e3b2e41081",
                        "eb4f5b53b5", "f076430c9a"],
            "dixy": [],
            "perekrestok": ["2141096", "3502899"],
        }, "still red dry wine of any producer/size; полусухое, полусладкое, розовое, белое, sparkling, port and "
           "vermouth excluded"),
    ]),
    # L16 dairy treats
    ("ряженка простаквашино 4%, сырок б.ю.александров, кефира пакет", [
        ("ряженка простаквашино 4%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Простоквашино ряженка in any store (ряженка exists from Домик в деревне, Агуша etc.); the brand is "
           "required -> missing in all stores"),
        ("сырок б.ю.александров", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Б.Ю. Александров glazed curd snack; Пятёрочка «Б.Ю.АЛЕКС.Масса ОСОБАЯ 23% с изюмом» is a curd mass, "
           "not a сырок, and other brands' сырки are excluded because the brand is required -> missing in all stores"),
        ("кефира пакет", {
            "pyaterochka": ["3433425"],
            "magnit": ["1000139426", "1000143510", "1000166736", "1000307731", "1000350608", "1000350609",
                        "1000439735", "1000451590", "1000451591", "1000531928", "1000563708", "1899800689",
                        "1899800795", "1899911984", "1899912534", "8000033639", "37f16272a7", "48045cf20b",
                        "610b0779be", "790e8c96de", "9cbe548621"],
            "dixy": ["2000166045", "2000208649", "2000227476", "2000253973", "2000331970", "2000560239", "2000560991",
                      "2000587052", "DI00081047", "ЦТ0028202"],
            "perekrestok": ["18510", "2083868", "2084558", "2093082", "2173827", "3352331", "3386041", "3429041",
                             "3433425", "3467794", "3467795", "3491537", "3604602", "3604726", "3636340", "3668693",
                             "3682461", "3922310", "4045978", "4109799", "4137919", "4153932", "4159752", "4174038",
                             "4198906", "4229630", "4233125", "4242643", "4245052", "4252382", "4252383", "4255904",
                             "4263416", "4263418", "4280483", "4280893", "4302774", "4318914", "4328084", "4334308",
                             "97452"],
        }, "kefir and biokefir of any brand and fat incl. children's Агуша kefir; «биокефирный/кефирный продукт», Bio "
           "Баланс «биопродукт кефирный», Простоквашино «Кефирный коктейль», bread and shashlik «на/в кефире» "
           "excluded; «пакет» is the pack, not a filter"),
    ]),
    # L17 baby shelf
    ("пюре фрутоняня яблочко малому, агуша кефир детский, каша heinz гречневая, памперсы размер 4", [
        ("пюре фрутоняня яблочко малому", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["T000007148", "2000227782"],
            "perekrestok": [],
        }, "ФрутоНяня single-fruit apple puree (any size, incl. «без сахара»); mixed purees with apple "
           "(яблоко-персик, яблоко-банан, с печеньем, со сливками), other fruits, ФрутоНяня juices and desserts "
           "excluded; «малому» is a purpose"),
        ("агуша кефир детский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["18510"],
        }, "Агуша children's kefir «Первая ложка» 3.2%; Агуша ряженка, yoghurts and adult kefir excluded"),
        ("каша heinz гречневая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the only Heinz porridge is Пятёрочка «HEINZ Каша 5 злаков» (not buckwheat); other brands' buckwheat "
           "porridge (Агуша, ФрутоНяня) excluded because the brand is required -> missing in all stores"),
        ("памперсы размер 4", {
            "pyaterochka": [],
            "magnit": ["53ba3d65f3", "db2998f897", "3b8b03027e", "116d109416"],
            "dixy": [],
            "perekrestok": [],
        }, "«памперсы» read as the brand Pampers (this family writes brands; judgement): Pampers size 4 = «Макси» "
           "(9-15 kg), both taped diapers (Актив Бейби Макси) and pants (Трусики Макси, Премиум Кеа 4 Макси, 4 Maxi) "
           "— «Макси» = size 4 is outside knowledge; Pampers Midi (3), Junior (5), Extra Large (6), Newborn/mini, "
           "wipes and other brands (Huggies, Merries, Nani) excluded"),
    ]),
    # L18 hot dogs
    ("хайнс кетчуп, русская горчица, молочные сосиски вязанка", [
        ("хайнс кетчуп", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971",
                             "4116830", "4157803", "4157697", "4157703", "4116848", "4157704", "4154517", "4157702",
                             "4274973"],
        }, "every Heinz/HEINZ ketchup of any flavour and size (Пятёрочка «Кетч.» abbreviations incl.); Перекрёсток "
           "«Кетчуп Heinz Pikador» accepted because the title names Heinz, Дикси «Pikador» without Heinz in the title "
           "excluded; Heinz sauces (барбекю, сырный, Цезарь, горчичный), Heinz mayonnaise and other brands' ketchups "
           "excluded; Магнит has no Heinz ketchup; «хайнс» is a misspelling of Heinz"),
        ("русская горчица", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "2143139", "3333301", "3332502", "3435016", "3372044", "4337617",
                             "4273279", "3416298", "4229364", "2153858"],
        }, "mustard sold as «Русская» (incl. «Русская столовая», ЕЖК «Русская Столовая» and «Русская Ядрёная "
           "жгучая»); ЕЖК «Русская Зернистая» (grainy) and «Русская С хреном», Dijon, Bavarian, French, grainy, "
           "honey/fruit mustards, plain «Столовая» without «Русская», mustard powder and mustard sauces excluded"),
        ("молочные сосиски вязанка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322511"],
            "perekrestok": [],
        }, "Вязанка (Стародворские колбасы) «молочные» sausages; Вязанка «Молокуши», «Сливушки», «Филейские», "
           "рубленые, Магнит «Колбаса ВЯЗАНКА Молочная» (a boiled sausage loaf, not сосиски) and other brands' "
           "молочные сосиски excluded"),
    ]),
    # L19 football snacks
    ("лейс сметана и зелень, пепси 2 литра, арахис с солью пару пачек", [
        ("лейс сметана и зелень", {
            "pyaterochka": ["3453321"],
            "magnit": [],
            "dixy": ["2000001186", "ЦТ0036304", "2000325823"],
            "perekrestok": [],
        }, "Lay's/LAYS «Сметана и зелень» chips of any size; Дикси «Lay's Зеленый лук/Сметана и зелень/Краб 37г» "
           "assortment card accepted (includes the flavour, judgement); Lay's «Сметана и лук», «Белые грибы со "
           "сметаной» and other brands excluded"),
        ("пепси 2 литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the only Pepsi is Пятёрочка «PEPSI DARK VANILLA» 0.5 l (size written is 2 l); other colas excluded -> "
           "missing in all stores"),
        ("арахис с солью пару пачек", {
            "pyaterochka": [],
            "magnit": ["81631c53d8"],
            "dixy": [],
            "perekrestok": [],
        }, "salted roasted peanuts (Магнит СЕМУШКА «жареный, соленый»); flavoured peanuts (Chico&Rico "
           "бекон/сыр/васаби/Мексика), sunflower seeds «с арахисом и солью», peanut sweets and bars excluded; «пару "
           "пачек» is a quantity"),
    ]),
    # L20 tea with honey
    ("чай ахмат зеленый\nмедку к чаю\n2 лимона", [
        ("чай ахмат зеленый", {
            "pyaterochka": [],
            "magnit": ["b4e965a022", "a9b0b5bbeb"],
            "dixy": [],
            "perekrestok": [],
        }, "Ahmad Tea green tea (25 bags, 100 g loose); «ахмат» is a misspelling of Ahmad; black Ahmad teas and other "
           "brands' green tea excluded"),
        ("медку к чаю", {
            "pyaterochka": [],
            "magnit": ["384d8d8201", "39fc837a1f", "dadb78005d", "44c60c9317", "980d05dc00", "928ff089d4",
                        "ec1ad9dc52"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["4355859", "4320670", "4320672", "4320671", "4340911", "4340910", "3687699", "3479121",
                             "3687698", "3687710", "4316603", "4316605", "3467507", "4331449"],
        }, "natural honey of any kind (цветочный, липовый, гречишный, горный, акация…); Магнит «Мед УССУРИЙСКИЙ "
           "БАЛЬЗАМ» (Берестов) taken as honey (title sells it as мёд, judgement); крем-мёд with fruit/nuts "
           "(flavoured), медовуха, medallions, honey-flavoured goods excluded; «к чаю» is a purpose"),
        ("2 лимона", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons; limes, lemonades and lemon-flavoured goods excluded; «2» is a quantity"),
    ]),
    # L21 pasta with chicken
    ("паста барилла пенне, куриный фарш, моцареллы упаковку, томаты в собственном соку банку", [
        ("паста барилла пенне", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Barilla pasta exists (Дикси Pipe Rigate, Spaghetti, Spaghettini, bavette, Джирандоле; Магнит Филини, "
           "Risoni, Букатини, Спагеттони, Спиральки, Стеллине; Перекрёсток Festivi) but no Barilla penne; penne of "
           "other brands (Market Collection, Перья) excluded because the brand is required -> missing in all stores"),
        ("куриный фарш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken mince in any store; Магнит ИНДИЛАЙТ (turkey), pork, beef, "
           "«Домашний»/«Фермерский»/«деревенский» mixed mince and pollock mince excluded -> missing in all stores"),
        ("моцареллы упаковку", {
            "pyaterochka": [],
            "magnit": ["1000070528", "f34553b2a5", "1000216597", "8000036544", "8fafbefa0d", "a6a7985f8b",
                        "ac45682a48", "1000397214", "3ceec6b968"],
            "dixy": ["2000365606"],
            "perekrestok": ["3668945", "3500953", "3949283"],
        }, "mozzarella cheese of any form (ball, Maxi, кубики, чильеджина/mini, fior di latte, «для пиццы», protein "
           "«палочки»); scamorza, stracciatella and sausages «с моцареллой» excluded; «упаковку» is the pack"),
        ("томаты в собственном соку банку", {
            "pyaterochka": [],
            "magnit": ["f77a551f2e"],
            "dixy": ["2000582831", "2000118119", "2000571955"],
            "perekrestok": ["4181618", "3901877"],
        }, "canned tomatoes in their own juice: Дикси Botanica «в собственном соку»; tomatoes «в томатном соке» (Дядя "
           "Ваня in Магнит and Дикси, Круглое лето, Перекрёсток Маркет «неочищенные») and Bonduelle «очищенные в "
           "томатной мякоти» accepted as the same product (judgement); Дядя Ваня «в томатном соусе» (Пятёрочка, "
           "seasoned), marinated/salted tomatoes, tomato paste and fresh tomatoes excluded"),
    ]),
    # L22 breakfast for the kids
    ("молоко домик в деревни 2.5, хлопья nesquik для завтрака, яблоки самые дешевые", [
        ("молоко домик в деревни 2.5", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000035016"],
            "dixy": ["2000313238"],
            "perekrestok": [],
        }, "Домик в деревне drinking milk of exactly 2.5% (pasteurised/UHT, any size); «деревни» is a misspelling; "
           "3.2%, 3.7%/отборное, lactose-free 1.8%, Домик в деревне kefir/ряженка and other brands' 2.5% milk "
           "excluded"),
        ("хлопья nesquik для завтрака", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Nesquik cereal in any store (only Пятёрочка NESQUIK cocoa drink, excluded); other brands' breakfast "
           "cereals excluded because the brand is required -> missing in all stores"),
        ("яблоки самые дешевые", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0074363", "10E0076185", "10E0076186", "2000499049"],
            "perekrestok": ["2168511", "3171926", "3283268", "3356276", "3366324", "3366327", "3366336", "3366339",
                             "3366344", "3366346", "3616014", "3639577", "3980656", "4039875", "4047567", "4047903",
                             "4047904", "4097664", "4097665", "4152138", "4152180", "4152181", "4194477", "4194478",
                             "4194479", "4194480", "4208423", "4258743", "4258744", "4271017", "4286927", "4287238",
                             "4341473", "4342539", "4374590", "4381173", "4381176", "4381179", "48645", "77001777",
                             "79341", "81962", "99994"],
        }, "fresh apples of any variety, loose or packed; dried apples, juices, purees and apple-flavoured goods "
           "excluded; «самые дешевые» is a wish, not a filter"),
    ]),
    # L23 chicken soup
    ("вермишель макфа паутинка, целая курица, морковочки кг, лук 3 штуки", [
        ("вермишель макфа паутинка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000015331"],
            "perekrestok": [],
        }, "Makfa «Паутинка»; Магнит MAKFA «Вермишель Короткая тонкая», Перекрёсток Makfa «длинная шпинатная» and "
           "other Makfa shapes excluded"),
        ("целая курица", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75"],
            "dixy": [],
            "perekrestok": [],
        }, "whole raw chicken (Магнит «Тушка цыпленка-бройлера ПЕТРУХА»); «Цыпленок табака» (a flattened bird sold as "
           "a specific preparation, one marinated), chicken parts and ready chicken dishes excluded"),
        ("морковочки кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "4191099", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots (washed, mini, for juice, on a tray, loose); boiled carrots, Korean carrot salads, "
           "carrot-flavoured goods and mixes excluded; «кг» is a quantity"),
        ("лук 3 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (репчатый, loose, in a net, packed, peeled, red репчатый); dried onion (Kotanyi, "
           "Айдиго), onion-flavoured chips/crackers excluded; red onion accepted because the titles call it «лук "
           "репчатый красный» (judgement); «3 штуки» is a quantity"),
    ]),
    # L24 tuna salad
    ("масло оливковое borges, консервированный тунец, огурцы кг, лаваша 2 шт", [
        ("масло оливковое borges", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["19133", "3617469", "4063916", "27062", "59170"],
        }, "every Borges olive oil (Classic, Extra Virgin Fruity/Organic/Original, and «с чесноком» accepted as a "
           "flavoured variant of the brand's olive oil); other brands excluded; only Перекрёсток carries Borges"),
        ("консервированный тунец", {
            "pyaterochka": ["3610561"],
            "magnit": ["bc43ddc83b", "f4bfc133e7", "fa610b1a57"],
            "dixy": ["2000533435", "D000010279", "2000535351", "2000301085", "2000552775", "2000533434"],
            "perekrestok": ["4003717", "4003716", "4003715", "4003714"],
        }, "canned tuna of any kind (natural, in oil, in own juice, chopped «для салата»); Дикси «ТУНЕЦ ДЛЯ САЛАТА "
           "КАПИТАН ВКУСОВ 170Г» and «Тунец ВК, филе рубленное, 185 г» taken as canned (tin sizes, judgement); frozen "
           "tuna fillet, weighed tuna fillet, tuna риет and cat food excluded"),
        ("огурцы кг", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000271421", "2000088660", "ЦТ0001499", "2000327957"],
            "perekrestok": ["44569", "3632205", "3368260", "2098997", "3301324", "3255111", "2088998", "4072",
                             "2131726"],
        }, "fresh cucumbers (smooth, prickly, long, short, Бакинские, packed); Дикси «Огурцы корнишоны, в упаковке, "
           "300 г» taken as fresh gherkins and Перекрёсток «Огурцы Хрустящие» (no brand, sold by weight) taken as "
           "fresh (judgements); pickled, salted, marinated cucumbers and корнишоны in jars, assortments, "
           "cucumber-scented goods and the stem inside «йогурт» excluded; «кг» is a quantity"),
        ("лаваша 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "thin Armenian lavash; no lavash in the other stores; «2 шт» is a quantity"),
    ]),
    # L25 coffee corner
    ("нескафе голд растворимый, рогачев сгущенка, вафли акульчев, сыр хохланд плавленый", [
        ("нескафе голд растворимый", {
            "pyaterochka": [],
            "magnit": ["e29b86ab6b", "5ed1824f2e", "5937914f18", "67ebe44e72", "eab407b5dd", "07b5ff6b13",
                        "0c262c177c"],
            "dixy": ["2000587951", "2000225117", "2000225116", "2000144529", "ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé Gold instant coffee of any size incl. «сублимированный с молотым», Gold Aroma, Gold Barista and "
           "Gold Alta Rica (Gold line, judgement); Nescafé Classic/Classic Crema, 3в1 drinks excluded"),
        ("рогачев сгущенка", {
            "pyaterochka": [],
            "magnit": ["dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000186451", "2000014518"],
            "perekrestok": ["3376242", "4147345"],
        }, "Рогачевъ sweetened condensed milk (с сахаром / цельное 8.5%); Рогачевъ варёная (incl. «Егорка вареное»), "
           "«с кофе», Рогачевъ butter and other brands excluded"),
        ("вафли акульчев", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000395386"],
            "perekrestok": [],
        }, "Акульчев wafers (Дикси «Вафли венские … со вкусом банана»); Акульчев macarons (Перекрёсток) and other "
           "brands' wafers excluded"),
        ("сыр хохланд плавленый", {
            "pyaterochka": [],
            "magnit": ["8000052561", "e399631bc4", "ae17955afa", "1000500094", "1862400009", "1862400011",
                        "3392900004", "3392940005"],
            "dixy": [],
            "perekrestok": [],
        }, "Hochland processed cheese of any flavour/form (сливочный, с ветчиной, Гриль Чиз slices, ассорти, индейка "
           "с травами); Hochland творожный, Фетакса and Grunlander (semi-hard) excluded; no Hochland processed cheese "
           "in Пятёрочка, Дикси, Перекрёсток"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: a line '## fwoNN' starts a list, '#' lines are the header."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("## "):
                if cur is not None:
                    texts.append("\n".join(cur).strip("\n"))
                cur = []
            elif line.startswith("#") and cur is None:
                continue
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).strip("\n"))
    return texts


def check_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (btext, (text, _)) in enumerate(zip(blind, lists), 1):
        expected = btext
        for old, new in REPLACED.get(n, ()):
            expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fwo%02d: text %r differs from the blind draft %r" % (n, text, btext))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fwo"))
