#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xa.jsonl -- a vegetarian household's shopping lists hand-labelled against
the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xa.build.py

LISTS below is literal data: 25 lists (3-5 items, 94 items) of a vegetarian household (two adults and
a teenager) as typed to a Telegram bot, copied byte for byte from fresh_basket_eval_xa.blind_lists.txt
(written before any offer was read), and for every item the product ids of every in-stock offer of
each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles were
grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic
brand spellings, ё/е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the
store has nothing acceptable (the item is "missing" there).  Nothing of korzina was read or run.

The checks and the writer are those of labelled_lists.py (this directory): every id exists in
real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item has a
note, and the labels are exactly the list's items in order (an item is the text between commas / new
lines).  List ids are fxa01 ... fxa25 in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xa.jsonl")

E = []  # an empty list: the store has nothing acceptable

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxa01 tofu and oat milk
    ("тофу подешевле, молоко овсяное 1л, нут сушеный 500 гр, шпинатик свежий", [
        ("тофу подешевле", {
            "pyaterochka": E,
            "magnit": ["8000092760"],
            "dixy": E,
            "perekrestok": E,
        }, "the only tofu in the offers (Магнит Россоя «Сыр Тофу натуральный» 120 г); «подешевле» is a wish, not a filter"),
        ("молоко овсяное 1л", {
            "pyaterochka": E,
            "magnit": ["1000233192"],
            "dixy": ["2000589173", "2000597691"],
            "perekrestok": E,
        }, "plain oat drinks of 1 l (Nemoloko Классический 3.2%, Vega Natura «Родной овес», Hi 3.2%); flavoured oat "
           "drinks (Nemoloko Шоколадный/Ваниль/Kids банан-клубника, Nemoloko Professional Банан), 200-250 ml packs, "
           "fermented Овсянка Сэр!/Velle oat products and buckwheat/almond drinks excluded; «1л» names the pack"),
        ("нут сушеный 500 гр", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no dry chickpeas in the offers; Перекрёсток нутовая мука, хумус, нутовые чипсы and Green Milk "
           "ячменно-нутовые drinks are not chickpeas"),
        ("шпинатик свежий", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000539716"],
            "perekrestok": ["3394991", "3414810", "3445684", "3498346", "3662100", "4138348", "4229889", "4306471",
                            "4354591", "67321"],
        }, "fresh spinach leaves in trays, by weight, «Салат Шпинат» and potted spinach («в горшочке», a fresh leaf "
           "green sold live); frozen spinach (Hortex, И Зимой И Летом, Маркет), rucola-mangold-spinach mixes, seeds, "
           "a microgreens kit and dishes «со шпинатом» excluded"),
    ]),
    # fxa02 soy and lentils
    ("соевое молоко без сахара, копченый тофу пару пачек, чечевицы красной 1 кг, лимончиков штуки три", [
        ("соевое молоко без сахара", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "every soy drink in the offers is flavoured/sweetened (Green Milk соевый банан, Имбирный пряник; Planto "
           "соевый фисташковый пломбир, миндальный вкус карамель, Barista с фисташкой); Nemoloko «миндальный на "
           "соевой основе» is an almond-flavoured drink, not unsweetened soy milk"),
        ("копченый тофу пару пачек", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no smoked tofu; the only tofu (Магнит Россоя) is «натуральный»"),
        ("чечевицы красной 1 кг", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no lentils of any kind in the offers"),
        ("лимончиков штуки три", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, "fresh lemons, loose or in packs of 2 («штуки три» is a quantity); Перекрёсток «Микс Лайм-лимон», "
           "«Набор иммунный имбирь-лимон» and lemon-flavoured goods excluded"),
    ]),
    # fxa03 dairy and eggs
    ("адыгейский сыр кусок побольше, творога 9% две пачки, яйца со десяток", [
        ("адыгейский сыр кусок побольше", {
            "pyaterochka": E,
            "magnit": ["1000464833", "1899800173", "de08dbdc63"],
            "dixy": ["2000418432"],
            "perekrestok": ["4280949"],
        }, "Adyghe cheese of any brand and weight (Предгорье Кавказа, Гиагинский, Зелёная Линия); «кусок побольше» is "
           "a wish; «Соль адыгейская» excluded"),
        ("творога 9% две пачки", {
            "pyaterochka": E,
            "magnit": ["0cfee9df84", "1000122024", "1000386975", "1000426465", "1000426470", "1000448252",
                       "1000530486", "18fc386178", "3d536f7add", "57c16fad2a", "8000055235", "93ff6e854f"],
            "dixy": ["2000266304", "2000280850", "2000312025", "2000423589", "2000564413", "2000566980",
                     "2000567931", "2000568076", "2000569975"],
            "perekrestok": ["3192865", "3487310", "4129495", "4153929", "4249279", "4249286", "4294087", "4299497"],
        }, "plain cottage cheese labelled exactly 9% (рассыпчатый, пластовой, «Зернышко 9%» Зелёная Линия taken as "
           "plain tvorog); 5%, 18%, children's/fruit tvorog, творожная масса, сырки and «зерно в сливках» excluded; "
           "«две пачки» is a quantity"),
        ("яйца со десяток", {
            "pyaterochka": E,
            "magnit": ["1000247190", "1000247234", "1000247378", "1a8d487cea", "2047000014"],
            "dixy": ["2000212529", "2000269325", "2000284425", "2000326489", "2000601652"],
            "perekrestok": ["2131762", "3182853", "3356111", "3392204", "3421287", "3432532", "3914040", "4012802",
                            "4085790", "4168688", "4201192", "4201194", "4236458", "4337164", "4352464", "4364349"],
        }, "hen eggs of class С0/СО/«отборные» in packs of 10 (Роскар «Экстра категория С0» included: С0 is stated); "
           "С1, С2, «высшей категории» (СВ), packs of 6/15/20/30 and quail eggs excluded"),
    ]),
    # fxa04 grains and legumes
    ("киноа белая, булгур для табуле, зеленой гречки пачка, фасоль красн. в собств соку 2 банки", [
        ("киноа белая", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no quinoa in the offers"),
        ("булгур для табуле", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no bulgur in the offers («для табуле» is a purpose)"),
        ("зеленой гречки пачка", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4046132", "4119542", "4151853"],
        }, "green buckwheat groats (Агро-Альянс Экстра, Bravolli «Греча зелёная», Зелёная Линия ядрица); ordinary "
           "brown buckwheat, Зелёная Линия buckwheat spirals and «биточки с зеленой гречкой» excluded"),
        ("фасоль красн. в собств соку 2 банки", {
            "pyaterochka": ["20063"],
            "magnit": ["751c38594f"],
            "dixy": E,
            "perekrestok": ["3472093"],
        }, "canned red kidney beans without sauce: Bonduelle «КЛАССИЧ.крас.ж/б», Глобус «красная» 425 мл and Пр!ст "
           "«красная натуральная» taken as beans in their own juice (outside knowledge: these lines are the natural "
           "packs, the titles do not say «в собственном соку»); white beans and beans in tomato sauce or with "
           "vegetables excluded; «2 банки» is a quantity"),
    ]),
    # fxa05 plant milks
    ("немолоко 2 пачки, миндальное молоко alpro, кокосовое молоко в банке для карри", [
        ("немолоко 2 пачки", {
            "pyaterochka": ["3659082", "3659093"],
            "magnit": ["1000233190", "1000233192", "1000472409", "1000472412", "1000472413", "1000563165",
                       "8000079508"],
            "dixy": ["2000292048", "2000551611", "2000588852", "2000595771"],
            "perekrestok": ["3697124", "4345770"],
        }, "«немолоко» is the brand Nemoloko (plant drinks); a brand alone accepts every Nemoloko drink of any base, "
           "flavour and size (Пятёрочка abbreviates it «NEMOLOKO»/«NEM.»); «2 пачки» is a quantity"),
        ("миндальное молоко alpro", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000411028"],
            "perekrestok": ["4312739", "4312743"],
        }, "Alpro almond drinks: Дикси titles it «Alpro»/«Planto» Миндальный; Planto is the Russian name of Alpro "
           "since 2022 (outside knowledge), so Перекрёсток Planto Almond and Almond No Sugars are accepted; Planto "
           "Barista Almond (a barista drink), Магнит Planto «соевый миндальный вкус карамель» (soy base), almond "
           "drinks of other brands (Nemoloko, Velle, Зелёная Линия, Zinus, 137 Degrees, Take a bite, HI) and Alpro "
           "«Кокосовый с рисом» excluded"),
        ("кокосовое молоко в банке для карри", {
            "pyaterochka": E,
            "magnit": ["1000389522"],
            "dixy": E,
            "perekrestok": E,
        }, "Thai Coco coconut milk 5-7% 400 ml (sold in a can, outside knowledge: the title does not say «ж/б»); "
           "coconut plant drinks (Alpro/Planto кокосовый с рисом, Green Milk кокос) and coconut-flavoured goods "
           "excluded; «для карри» is a purpose"),
    ]),
    # fxa06 vegetables
    ("пару авокадо мягких, лаймы пару штук, брокколи замороженая пачку, кабачки 1 кг", [
        ("пару авокадо мягких", {
            "pyaterochka": E,
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["2131945", "3216120", "3445047", "3948371", "3954359", "3954360", "4065597", "4068450",
                            "4090374", "4127617", "4254512", "4266346", "4266407", "4272853", "4379376", "49622"],
        }, "whole fresh avocados, loose or packed (Хасс, Artfruit, Puro Gusto Ready-to-eat, Органик); ripeness "
           "(«мягких») cannot be checked and is a wish, «пару» a quantity; Перекрёсток «Авокадо свежий без косточки "
           "300г» (halves), avocado oil, mayonnaise, cosmetics, a toy and a key ring excluded"),
        ("лаймы пару штук", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["325", "3678347"],
        }, "fresh limes (loose, Маркет Fresh 3 шт); «Микс Лайм-лимон», «Набор для мохито» and lime-flavoured goods "
           "excluded"),
        ("брокколи замороженая пачку", {
            "pyaterochka": E,
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["2059262", "2125852", "3405386", "3444750", "3489151", "3625801", "4003966", "4019915",
                            "4019919", "4152339", "4225833", "4238817", "4320949", "4325364", "74445"],
        }, "packs of frozen broccoli of any brand and size; Магнит «Брокколи HORTEX, Хортекс, 400г» taken as frozen "
           "(Hortex is a frozen-vegetable brand, the title does not say so); fresh broccoli, broccolini, broccoli-"
           "cauliflower mixes, baby purees, seeds and wafers excluded"),
        ("кабачки 1 кг", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh courgettes in the offers; Магнит 4 Сезона «Кабачки замор нарез» (frozen), икра кабачковая, "
           "кабачки в аджике and baby purees excluded"),
    ]),
    # fxa07 salad and wraps
    ("хумус какой-нибудь, тонкий лаваш 2 уп, огурчики свежие 1кг, красного болгарского перца штуки 3, укропчика пучочек", [
        ("хумус какой-нибудь", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4286814"],
        }, "the only hummus: Груня «Хумус из сладкого батата с чимичурри» (any hummus: «какой-нибудь»)"),
        ("тонкий лаваш 2 уп", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4199211", "4361122"],
        }, "thin Armenian lavash (Коломенский «Армянский тонкий»; Маркет «Армянский» taken as thin: Armenian lavash "
           "is the thin sheet, outside knowledge); «2 уп» is a quantity"),
        ("огурчики свежие 1кг", {
            "pyaterochka": E,
            "magnit": ["a228350700"],
            "dixy": ["2000088660", "2000205870", "2000271421", "2000327957", "ЦТ0001499"],
            "perekrestok": ["2088998", "2098997", "2131726", "3255111", "3301324", "3368260", "3632205", "4072",
                            "44569"],
        }, "fresh cucumbers of any type and pack (гладкие, колючие, длинноплодные, короткоплодные, Бакинские); Дикси "
           "«Огурцы корнишоны, в упаковке, 300 г» taken as fresh gherkin cucumbers and Перекрёсток «Огурцы "
           "Хрустящие» (no weight, sold by piece) as a fresh variety -- neither title names a brine; pickled, "
           "marinated, salted and barrel cucumbers, assortments and yoghurts (stem inside «йогурт») excluded; «1кг» "
           "is the quantity of a weighed good"),
        ("красного болгарского перца штуки 3", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh sweet pepper in the offers: every «Перец» title is black pepper, paprika powder, chili or "
           "marinated pepper"),
        ("укропчика пучочек", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh dill; only goods «с укропом» (herring, chips, chechil, croutons, ketchup)"),
    ]),
    # fxa08 nuts and dried fruit
    ("грецкие орехи очищеные, миндаль не жареный, изюма кишмиш пачечку, финики без косточек сушеные", [
        ("грецкие орехи очищеные", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3912995"],
        }, "Пр!ст «Грецкий орех» 100 г taken as shelled kernels (a 100 g pack; outside knowledge); walnuts «в "
           "скорлупе», cheeses/yoghurts/dates «с грецким орехом» and walnut jam excluded"),
        ("миндаль не жареный", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000327986", "2000594771"],
            "perekrestok": ["4065823", "4280434"],
        }, "almonds not stated roasted (Дикси «Миндаль, ядра», OP'N'GO ядра; Перекрёсток Семушка 120 г and Маркет "
           "Collection 135 г, which sit beside the same lines' «жареный» packs); every «жареный»/«обжаренные» almond "
           "is excluded by the negative wish; mixes, almond flour/paste/oil and sweets excluded"),
        ("изюма кишмиш пачечку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3640864", "4316951", "4288277", "4308580", "4311579", "4342295"],
        }, "kishmish = raisins of seedless grapes: Перекрёсток «Виноград сушёный без косточек» packs (Зелёная Линия, "
           "Пр!ст, Маркет ×2) and «Изюм светлый»/«Изюм Голден» (light/golden raisins are made from seedless grapes, "
           "outside knowledge); «Виноград сушёный» without «без косточек», dried grape mixes, nut-and-raisin mixes "
           "and goods «с изюмом» excluded"),
        ("финики без косточек сушеные", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4050836"],
        }, "only dates whose title says pitted (Sun Emotions «без косточки сушёные»); dates «с косточкой», dates whose "
           "title does not say (Королевские, Меджул, Деглет нур …, usually sold with the stone), stuffed dates, "
           "fresh dates on the branch and date bars excluded"),
    ]),
    # fxa09 household basics
    ("мыло жидкое с дозатором для ванной, бумага туалетная трехслойная 8 рулонов, губочки для посуды с абразивом, пакеты для мусора 60л покрепче", [
        ("мыло жидкое с дозатором для ванной", {
            "pyaterochka": ["2156702"],
            "magnit": ["05b54fbbbb", "0950efec36", "0cb75b0290", "1f41be18d5", "2539c26fd9", "2d8d4f118f",
                       "314189cc1c", "395d3dc41c", "627234dc4a", "6cb0cbb9b8", "71857a9509", "88aee1bd17",
                       "a83d606130", "ab93591c26", "aedf77402b", "af1a4a2fd7", "bbf17b51de", "c2cd737592",
                       "e70ce68862", "ef11e1d9b0", "f86784dad8", "fcb39eaa2b"],
            "dixy": ["2000343460", "2000448582", "2000575551", "2000605355", "2000605356", "ЦТ0041378"],
            "perekrestok": ["3670708", "4201031", "4201033", "4250593"],
        }, "liquid hand soap / liquid cream soap / foam soap of 240-520 ml, taken as pump bottles (no title says "
           "«дозатор»; outside knowledge: these sizes are the dispenser bottles, refills are the 0.9-3.5 l packs); "
           "1 l, 930 ml, 1000 ml and 3.5 l packs (refills/canisters) and every bar soap excluded; «для ванной» is a "
           "purpose; Пятёрочка «PALMOL.Мыло НЕЙТР.ЗАП.жид.300мл» = Palmolive «Нейтрализующее запах» 300 ml"),
        ("бумага туалетная трехслойная 8 рулонов", {
            "pyaterochka": E,
            "magnit": ["6189f05c16", "9a0bd598be"],
            "dixy": E,
            "perekrestok": ["75364"],
        }, "3-ply toilet paper in packs of 8 rolls (Soffione Премио ×2, Zewa Deluxe Персик «8шт»); 2- and 4-ply, "
           "packs of 4/6/12, wet toilet paper and toilet blocks excluded"),
        ("губочки для посуды с абразивом", {
            "pyaterochka": E,
            "magnit": ["0c37e6092e"],
            "dixy": E,
            "perekrestok": E,
        }, "Магнит «Губки для посуды … Макси, 5шт» taken as the usual foam sponge with an abrasive layer (outside "
           "knowledge; the title does not say); a shoe sponge and shower puffs in gift sets excluded"),
        ("пакеты для мусора 60л покрепче", {
            "pyaterochka": E,
            "magnit": ["bf68e14036"],
            "dixy": E,
            "perekrestok": E,
        }, "the only 60 l bin bags (Магнит «Био ушки 60л, 20шт»); «покрепче» is a wish"),
    ]),
    # fxa10 Italian cheeses
    ("пармезанчик, моцарелу для пиццы, рикотту 250, маскарпоне банку", [
        ("пармезанчик", {
            "pyaterochka": E,
            "magnit": ["0dc02300a0", "1000371470", "1000384143", "1000526832", "1000578272", "632a4664e6",
                       "b10071458c", "e7e41c2d16"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416", "3496419", "4300784", "4345021"],
        }, "cheese sold as «Пармезан» (Russian-made parmesan-style included, as shoppers buy it), piece, by weight or "
           "grated; Italian Snack «крем-сыр из пармезана», ravioli with parmesan and «Гранат»/«Grana»-stem hits "
           "excluded"),
        ("моцарелу для пиццы", {
            "pyaterochka": E,
            "magnit": ["1000070528", "1000216597", "1000397214", "3ceec6b968", "8000036544", "8fafbefa0d",
                       "a6a7985f8b", "ac45682a48", "f34553b2a5"],
            "dixy": ["2000365606"],
            "perekrestok": ["3500953", "3668945", "3949283"],
        }, "mozzarella cheese of any form (ball, maxi, mini, чильеджина, fior di latte, cubes, protein sticks, "
           "Зелёная Линия «для пиццы»); «для пиццы» is read as a purpose -- any mozzarella can go on a pizza; "
           "sausages «с моцареллой» and pizzas excluded"),
        ("рикотту 250", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "«250» names the pack: every ricotta in the offers is 180 g or 200 g (Pretto, Бонджорно с шоколадом, "
           "Зелёная Линия, Маркет), so none is accepted; ricotta cake and casserole excluded anyway"),
        ("маскарпоне банку", {
            "pyaterochka": E,
            "magnit": ["1000216596", "7bf2a13355", "e0645613c9"],
            "dixy": E,
            "perekrestok": ["4154662"],
        }, "mascarpone cheese (250 g tubs: Pretto ×2, Бонфесто, Зелёная Линия); Viola yoghurt «с сыром Маскарпоне» "
           "excluded"),
    ]),
    # fxa11 cultured dairy
    ("йогурт греческий без всяких добавок, ряженочка 4% пару, кефира 2.5 литровый, сметанка простоквашино 15", [
        ("йогурт греческий без всяких добавок", {
            "pyaterochka": E,
            "magnit": ["1000181497", "8000087572", "dafd7c4dc4"],
            "dixy": ["2000253975", "2000297751", "2000585835", "2000596134"],
            "perekrestok": E,
        }, "plain Greek yoghurts (Lactica Греческий 4%, Epica Греческий 2.5%, «ГРЕЧЕСКИЙ, 2%», Teos Натуральный, "
           "Савушкин Греческий TEOS 2% 250 г, Neo Классический, Простоквашино Греческий); a Greek yoghurt without a "
           "flavour in the title is taken as free of additives; every flavoured, two-layer or «с наполнителем» "
           "Greek yoghurt excluded"),
        ("ряженочка 4% пару", {
            "pyaterochka": E,
            "magnit": ["1000371474", "1000439736", "1000451592"],
            "dixy": E,
            "perekrestok": E,
        }, "ryazhenka labelled exactly 4% (Из Молока Нашей Дойки 900 г, Большая Кружка 800 г and 500 г); 2.5/3.2/"
           "3.5% and flavoured ryazhenka excluded; «пару» is a quantity"),
        ("кефира 2.5 литровый", {
            "pyaterochka": E,
            "magnit": ["1000350608", "1899800689", "8000033639"],
            "dixy": ["ЦТ0028202"],
            "perekrestok": ["2093082", "2173827", "3491537", "4137919", "4245052", "4280483"],
        }, "kefir 2.5% in the litre-class pack of 900-930 ml/g (no 1 l pack exists; 900/930 ml are today's "
           "«литровые» packs -- a judgement); 400-800 ml packs and Сафийка 1430 г excluded; other fat levels "
           "excluded"),
        ("сметанка простоквашино 15", {
            "pyaterochka": E,
            "magnit": ["1000372785", "1899900582", "2645f50028", "b699c0f510"],
            "dixy": ["2000024201"],
            "perekrestok": ["3142744", "3667086"],
        }, "Простоквашино sour cream 15%, any size, incl. «из топлёных сливок 15%»; Простоквашино 10/20/25% excluded"),
    ]),
    # fxa12 root vegetables and eggs
    ("перепелиные яички 20 шт, картошечка 2кг, морковка мытая, лучок репчатый килограмма 2, чесночок головки 3", [
        ("перепелиные яички 20 шт", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000601592"],
            "perekrestok": ["3413822", "3477870"],
        }, "quail eggs in packs of 20 («20 шт» names the pack); Магнит Молодецкие 10 шт and Перекрёсток smoked quail "
           "eggs 15 шт excluded"),
        ("картошечка 2кг", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["2083095", "3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860",
                            "43968", "769"],
        }, "fresh potatoes of any kind, loose or packed (Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh "
           "potatoes); «2кг» is a quantity; sweet potatoes (батат), boiled peeled potatoes, Магнит «Картофель "
           "АЙДАХО (СП ГМ)» (a ready dish), fries, chips and purees excluded"),
        ("морковка мытая", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["ЦТ0036199"],
            "perekrestok": ["19345", "4299784"],
        }, "fresh carrots whose title says «мытая» (the form the user wrote); carrots not stated washed (Дикси "
           "«Морковь свежая», Перекрёсток «на подложке», «отечественная», Зайкино Счастье мини), boiled carrots, "
           "juices and purees excluded"),
        ("лучок репчатый килограмма 2", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, "fresh bulb onions (incl. «репчатый красный» and «очищенный»); dried onion (Айдиго, Kotanyi), onion rings "
           "snack and лукум excluded; «килограмма 2» is a quantity"),
        ("чесночок головки 3", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["4018137", "45692", "51157", "77278"],
        }, "fresh garlic bulbs (loose, «в упаковке 1 шт», Фермерский отборный 1 шт and 150 г, «ранний»); peeled "
           "cloves («зубчиками»), grated, dried, salted and smoked garlic, a garlic press excluded («головки» is the "
           "form, «3» a quantity)"),
    ]),
    # fxa13 the teenager's snacks
    ("попкорн в микроволновку солёный, мармеладки харибо мишки, сок rich апельсиновый", [
        ("попкорн в микроволновку солёный", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000284017"],
            "perekrestok": E,
        }, "microwave popcorn with salt (Cranpers «для СВЧ с солью»); Пятёрочка MIXBAR «сл-сол.» (sweet-salty) and "
           "сыр, Lucky Days «соленая карамель»/«Карамель/сыр» microwave packs, Коринкорн «ассорти» (flavour unknown) "
           "and ready-popped Lucky Days «соленый» 150 г (not for the microwave) excluded"),
        ("мармеладки харибо мишки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Haribo in the offers; other gummy bears/marmalade are another brand"),
        ("сок rich апельсиновый", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["DI00078814"],
            "perekrestok": E,
        }, "Rich orange juice (Дикси 1 л); Rich apple/tomato juices, peach/cherry/mango nectars, Rich Dolce/Fleur "
           "drinks and tonics excluded"),
    ]),
    # fxa14 cheeses and butter
    ("сулугуни только не копченый, брынза коровья, гауда нарезкой, маслице сливочное 82.5 процента", [
        ("сулугуни только не копченый", {
            "pyaterochka": E,
            "magnit": ["1000368974", "6d81c195d5"],
            "dixy": E,
            "perekrestok": ["4133358"],
        }, "plain suluguni (Магнит Свежесть by weight and 100 г, Зелёная Линия 280 г); there is no smoked suluguni "
           "to exclude"),
        ("брынза коровья", {
            "pyaterochka": ["3356581"],
            "magnit": ["1000358774", "9c07667d61"],
            "dixy": E,
            "perekrestok": E,
        }, "brynza (Sveza «рассольный Брынза», «Сербская брынза» Фармаком and the same JZ cheese at Пятёрочка) taken as "
           "cow's-milk brynza: no title names the milk; outside knowledge: these are cow's-milk cheeses; other "
           "brine cheeses (фета, сулугуни, чечил) are not brynza"),
        ("гауда нарезкой", {
            "pyaterochka": E,
            "magnit": ["1000452314"],
            "dixy": E,
            "perekrestok": ["4003953", "4353317"],
        }, "sliced Gouda («нарезка», «ломтики»); Gouda in pieces or by weight (Брест-Литовск, Landkaas, Молокавоз, "
           "Маркет 200 г) excluded by the form the user wrote"),
        ("маслице сливочное 82.5 процента", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642",
                       "1000458136", "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad",
                       "6b22928df7", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791",
                     "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                            "3628337", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749",
                            "4055506", "4135603", "4196090", "4260609", "4292462", "4310021", "4343792", "86149",
                            "3699369", "4113532", "4175276"],
        }, "butter labelled exactly 82.5% of any brand and size (incl. lactose-free Тысяча Озёр); 72.5%, 82%, spreads "
           "and «Продукт По-Российски» excluded"),
    ]),
    # fxa15 breakfast
    ("хлопья овсяные не быстрого приготовления, медок цветочный в баночке, бананчики кг 1.5", [
        ("хлопья овсяные не быстрого приготовления", {
            "pyaterochka": E,
            "magnit": ["7e4e5763f5", "8a13df6c91"],
            "dixy": ["1041032607", "2000002160", "2000005395", "2000219614", "2000222892", "2000601251"],
            "perekrestok": ["2105514", "2122915", "24926", "27919", "3421663", "3469028", "3921920", "3933387",
                            "4005492", "4048818", "4078263", "4157124", "4321219", "6752", "9056"],
        }, "plain oat flakes not sold as quick: Геркулес (традиционный, Монастырский, Нежный, Финский), №2, Экстра, "
           "Nordic, резаная, голозёрные, без глютена, Vila Natura «Овсянка Био» (taken as flakes); the negative wish "
           "excludes «быстрого приготовления», «1 минута», «3-5 мин», «без варки», Nordic «Ленивая овсянка» and the "
           "№3 «Экстра» grade (the 5-minute quick flakes, outside knowledge); flavoured flakes (клюква-яблоко, "
           "вишня), porridges, drinks and cookies excluded"),
        ("медок цветочный в баночке", {
            "pyaterochka": E,
            "magnit": ["928ff089d4"],
            "dixy": ["2000573811"],
            "perekrestok": ["3467507", "3479121", "4316605", "4320672", "4331449", "4340910", "4340911", "4355859"],
        }, "honey whose title says «цветочный»/«цветочное разнотравье» (Дикси Медовая долина, Магнит Ульеград «Таёжный "
           "цветочный», Маркет «Горный/Шалфейный/Лесной натуральный цветочный», Пр!ст «донниковый цветочный»); honey "
           "sold as липовый, гречишный, акациевый, луговой, горный or without a variety (Магнит горный, Мёдовед, "
           "Уссурийский бальзам, Алтайцвет Майский, Абрико «Подсолнух») excluded (the variety the user wrote), as are "
           "медовуха and honey-flavoured goods; every honey here is a jar"),
        ("бананчики кг 1.5", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["10E0074360"],
            "perekrestok": ["2084703", "3652283", "4625"],
        }, "fresh bananas (incl. «Бананы красные» and «Бананы Био»); Перекрёсток «Бананы для жарки» taken as "
           "plantains, dried bananas, sweets and purees excluded; «кг 1.5» is a quantity"),
    ]),
    # fxa16 vegetables for a stew
    ("тыква, баклажанчики 3 шт, цветная капуста, сельдерей черешковый", [
        ("тыква", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh pumpkin; pumpkin nectar, seeds, purees and goods «с тыквой» excluded"),
        ("баклажанчики 3 шт", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh aubergines; Магнит «Баклажаны на гриле» (a jar) and Пятёрочка aubergine caviar excluded"),
        ("цветная капуста", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["DI00079984"],
            "perekrestok": ["2813", "3698688", "4092600", "4092602", "4254368", "4359306", "4368230", "48631",
                            "79224", "82044", "82045"],
        }, "fresh cauliflower (white, yellow, orange, green, purple, Николетта mini, trays) -- a fresh-produce word "
           "means fresh produce (this household writes «замороженая» when it wants frozen); frozen cauliflower "
           "excluded, incl. Дикси «Хладокомбинат Западный» 800 г, Перекрёсток Ardo 1 кг and Зимовье 400 г (frozen "
           "brands, outside knowledge); cauliflower-broccoli mixes, purees, breaded cauliflower and seeds excluded"),
        ("сельдерей черешковый", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh celery; juices and soups with celery excluded"),
    ]),
    # fxa17 nuts and seeds
    ("кешью только не соленый, тыквенные семечки очищенные, паста арахисовая без сахара", [
        ("кешью только не соленый", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3428417", "3640845", "3649109", "3900342", "3942810", "3942814", "3948591", "4252731",
                            "4259621", "4280430", "4303530", "4304105", "4306959", "4314008", "4314009"],
        }, "plain cashew kernels, raw, dried or roasted without salt; the negative wish excludes Ароматные Орехи «с "
           "морской солью», «с гималайской солью» and the seasoned ones (терияки, паприка-томат, прованские травы, "
           "чеснок-базилик, карри, «со специями»: seasoned nuts are salted); cashews in honey/caramel, sweets, "
           "urbech, ice cream and a vegan cheese excluded"),
        ("тыквенные семечки очищенные", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3010903", "3503744", "3667490", "3675898", "3976900", "4048784", "4116888", "4259352",
                            "4267522"],
        }, "pumpkin seed kernels whose title says «очищенные» (raw, dried or roasted, salted allowed); seeds «в "
           "скорлупе»/«неочищенные» (От Мартина, Бабкины, raw in shell) and packs that do not say whether they are "
           "shelled (Семушка жареные, Пр!ст/Маркет жареные солёные, BeFresh, Good-Food, От Атамана) excluded"),
        ("паста арахисовая без сахара", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no peanut butter in the offers; chocolate and bars «с арахисовой пастой» excluded"),
    ]),
    # fxa18 laundry and dishes
    ("гель д/стирки персил, средство д/посуды fairy, finish таблетки для посудомойки, кондишн ленор для белья", [
        ("гель д/стирки персил", {
            "pyaterochka": E,
            "magnit": ["0f9cb66369", "12b5bae819", "32aadc7f3d", "66bfaeda5d", "67efc94545", "6a19e08c4a",
                       "7d313765a5", "977db1793a", "9906e11821"],
            "dixy": E,
            "perekrestok": E,
        }, "every Persil laundry gel (Power, Колор, Премиум, Свежесть от Вернель, any size); Persil powders and "
           "Дуо-капс capsules excluded (another form); «ПРЕЛЕСТЬ» hair products (stem) excluded"),
        ("средство д/посуды fairy", {
            "pyaterochka": E,
            "magnit": ["186ff3d636", "43a0e3032e", "4cf63843e3", "514b218200", "551d8403a9", "7c5bd74e06",
                       "8d877b13ce", "a401696a68", "a8a6d84ae6", "b3ebaa28e5", "bbb10983dd", "d076c21852",
                       "d0bd1a2d49", "df2c291ad1"],
            "dixy": ["2000265727", "2000274013", "2000371202", "2000517533", "2000591971"],
            "perekrestok": ["4011474", "4141118"],
        }, "every Fairy/ФЭЙРИ hand dish-washing liquid (any scent and size, Platinum, Pure&Clean); Fairy dishwasher "
           "tablets («для посудомоечных машин») excluded"),
        ("finish таблетки для посудомойки", {
            "pyaterochka": E,
            "magnit": ["129779f2b2", "148c738f30", "811d49bac8", "aa9c917668", "b57c035dcb", "bf2da7cbfb",
                       "bf6352e294", "cc12d9a881"],
            "dixy": E,
            "perekrestok": E,
        }, "every Finish/ФИНИШ dishwasher detergent tablet pack (All in 1, Quantum, Powerball, 0%); Finish machine "
           "cleaner «в таблетках, 3шт», powder, gel, salt and rinse aid excluded"),
        ("кондишн ленор для белья", {
            "pyaterochka": ["70980"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Lenor fabric softener (Пятёрочка 2 л); Ariel powder «Ленор фреш» and Vernel softener excluded"),
    ]),
    # fxa19 pantry
    ("соевый соус классика, оливк. масло extra virgin, кунжутные семечки", [
        ("соевый соус классика", {
            "pyaterochka": ["3385361"],
            "magnit": ["3e45dc3ab8", "83c9a5b62e"],
            "dixy": ["2000260452", "2000322380"],
            "perekrestok": ["4130566"],
        }, "plain (classic) soy sauce of any brand and size: «классический» or without any flavour in the title "
           "(Магнит 1 л, Стебель Бамбука, Sen Soy классический, Mivimex, Перекрёсток 30 г portion); Sen Soy «чёрный "
           "перец» excluded"),
        ("оливк. масло extra virgin", {
            "pyaterochka": ["3015194"],
            "magnit": E,
            "dixy": ["2000347675", "2000534311", "2000580798", "T000000850", "T000000852"],
            "perekrestok": ["2153521", "27062", "3336247", "3444926", "3444927", "3501258", "3501259", "3617469",
                            "3666262", "4063916", "4130610", "4137208", "4197654", "4218015", "4321136", "4333525",
                            "4343608", "4343609", "4361247", "4365079", "61549", "7581"],
        }, "olive oil whose title says Extra Virgin/«EXTR.VIR.»/«EV»/«Extra Vergine», or the Russian equivalent "
           "«нерафинированное высшего качества»/«высший сорт» (Sita, Colavita Mediterranean 1 л); the spray "
           "(Altaria) included; flavoured EV oils (Cretan Mill с чесноком/с лимоном, Filippo Berio трюфель), refined, "
           "Pomace, blends «с добавлением», sunflower oils with olive oil and oils that say only «нерафинированное» "
           "or nothing (De Cecco, Monini, Cobram Estate, Frantoi Cutrera, Anfosso, Gonnelli, Costa d'Oro, Borges "
           "Classic, Filippo Berio без класса) excluded"),
        ("кунжутные семечки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4187582"],
        }, "sesame seeds (Маркет «Кунжут белый семена»); buns, crispbreads and cashews «с кунжутом» and a sesame salad "
           "dressing excluded"),
    ]),
    # fxa20 grains and pasta
    ("рис басмати пачку, макарошки барилла, кускус, горох колотый", [
        ("рис басмати пачку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3634155", "3635865", "4254250"],
        }, "basmati rice of any pack (Увелка 5×80 г boil-in-bag, Dunar 500 г, Shanti Селла 1 кг); jasmine and other "
           "long-grain rice excluded"),
        ("макарошки барилла", {
            "pyaterochka": E,
            "magnit": ["3578fbe574", "54953eed21", "7e1d66d2df", "9332b0bf64", "c058112781", "e60106f6b1"],
            "dixy": ["2000016649", "2000224712", "2000280926", "2000320175", "2000349519"],
            "perekrestok": ["4360107"],
        }, "every Barilla dry pasta shape (спагетти, спагеттони, спагеттини, баветте, букатини, Pipe Rigate, "
           "Джирандоле, Festivi, спиральки, Risoni, Стеллине, вермишель Филини); other brands excluded"),
        ("кускус", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no couscous; Pasteroni «Птитим» (pasta pearls sold as «Israeli couscous») is pasta, not couscous"),
        ("горох колотый", {
            "pyaterochka": ["39156"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4306938"],
        }, "dry split peas: Маркет «шлифованный колотый»; Пятёрочка «Горох Увелка, 800 г» taken as Увелка's polished "
           "split peas (its 800 g pea pack, outside knowledge); green peas (canned/fresh), peppercorns «горошек» and "
           "pea snacks excluded"),
    ]),
    # fxa21 fruit
    ("яблочки гренни, грушки конференция, мандаринки кило 2, винограда без косточек с кило", [
        ("яблочки гренни", {
            "pyaterochka": E,
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664"],
        }, "fresh Granny Smith apples; Market Collection apple juice «из яблок сорта Гренни Смит» excluded"),
        ("грушки конференция", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["ЦТ0024100"],
            "perekrestok": ["4370829"],
        }, "fresh Conference pears (Дикси «Груша Конференц», Перекрёсток «Груша конференция Россия»); every other "
           "pear variety excluded"),
        ("мандаринки кило 2", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["DI00078763"],
            "perekrestok": E,
        }, "fresh mandarins (Дикси «Мандарины сладкие»); mandarin-flavoured goods excluded; «кило 2» is a quantity"),
        ("винограда без косточек с кило", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000599092"],
            "perekrestok": E,
        }, "fresh grapes stated seedless (Дикси «Виноград Мускат, без косточки»); Перекрёсток Ред Глоб, Тайфи, "
           "«чёрный» and Artfrut «белый» (seedless not stated; Red Globe and Taifi have seeds), dried grapes "
           "(raisins) and fruit mixes excluded"),
    ]),
    # fxa22 convenience dairy and frozen
    ("глазированные сырки б.ю. александров 5 шт, вареники с картофелем замор., блинчики с творогом замороженые, масса творожная изюм", [
        ("глазированные сырки б.ю. александров 5 шт", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Б.Ю. Александров glazed curd bars; the brand's only offer is Пятёрочка's «Масса ОСОБАЯ с изюмом»; "
           "glazed curd bars of other brands and «Александровские» sweets excluded"),
        ("вареники с картофелем замор.", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000281321", "2000364412", "2000550452"],
            "perekrestok": ["4114103"],
        }, "frozen vareniki with a potato filling (Цезарь с картофелем и жареным лучком, Сытый папа с картофелем луком "
           "и грибами, Первым делом с картофелем и грибами, Цезарь с картофелем и шпинатом; all sold frozen); "
           "vareniki with cherries or cheese-spinach excluded"),
        ("блинчики с творогом замороженые", {
            "pyaterochka": ["3403652"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Пятёрочка «Блинчики Цезарь с деревенским творогом» 450 г taken as frozen (Цезарь is a frozen-food brand, "
           "outside knowledge); Перекрёсток «Блинчики с творогом Шеф» (chilled ready food) and pancakes with other "
           "fillings excluded"),
        ("масса творожная изюм", {
            "pyaterochka": ["3365399", "3634621"],
            "magnit": ["1000325457", "1000520679", "1899912620"],
            "dixy": E,
            "perekrestok": ["29926", "3407477", "4227561", "4249288"],
        }, "sweet curd mass with raisins (Пятёрочка «Б.Ю.АЛЕКС.Масса ОСОБАЯ … с изюмом» and «СОВЕТ.ТРАД.Масса ОСОБАЯ "
           "тв.изюм»); masses with raisins and chocolate (another flavour), with dried apricots, cherry, vanilla, "
           "figs, pear-almond and curd bars «с изюмом» excluded"),
    ]),
    # fxa23 bathroom
    ("сплат зубная паста, дезик dove, always ночные прокладки", [
        ("сплат зубная паста", {
            "pyaterochka": E,
            "magnit": ["05bcdac370", "582435118c", "5c5da323dc", "5fb3a6894f", "6aa3b9d65b", "8c74c7a89c",
                       "941096778d", "964d902e56", "be146bf29a", "c0230164e2", "cb6a253762", "cd7248cfbd"],
            "dixy": E,
            "perekrestok": ["4310519"],
        }, "every SPLAT/СПЛАТ toothpaste (Professional, Daily, Ликвум-гель, travel 40 ml «з/п», and the children's "
           "Kids/Junior/Juicy pastes -- a brand with a product word takes every variant); Splat brushes, floss, "
           "mouthwash and BioMio (Splat's other brand) excluded"),
        ("дезик dove", {
            "pyaterochka": E,
            "magnit": ["646a69deee", "8d3fb18ae5", "94e3af7830", "c15d3d0db9", "e4f602d65c", "efb32e856f",
                       "f3603ee966"],
            "dixy": E,
            "perekrestok": ["4349774"],
        }, "every Dove deodorant/antiperspirant (spray, roll-on, stick; women's and men's -- nobody said for whom); "
           "Dove shower gels, hand cream, shampoo and soap excluded"),
        ("always ночные прокладки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Always pads in the offers; Discreet/Alldays (panty liners), OLA! Ultra Night, LIN YUN Ночные, "
           "Naturella, Kotex, Bella and Libresse are other brands"),
    ]),
    # fxa24 meat substitutes
    ("котлеты веганские, соевое мясо, спаржа соевая", [
        ("котлеты веганские", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no plant-based/vegan patties; the only «котлеты с картофелем» (Бериложка) and every burger patty contain "
           "meat or are not stated vegan"),
        ("соевое мясо", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no textured soy protein in the offers"),
        ("спаржа соевая", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3445260"],
        }, "dried soy asparagus (Midori «Фучжу сушёная»); ready Korean-style salads of soy asparagus («Спаржа соевая с "
           "морковью» Мистер Салат, Перекрёсток «Салат Спаржа соевая …», Дикси and Перекрёсток «Спаржа по-корейски») "
           "excluded as dishes; green, white and purple asparagus (the vegetable) excluded"),
    ]),
    # fxa25 bread, sweets and tea
    ("хлебцы гречн. хрустящие, хлебушек цельнозерновой, горький шоколад 70 процентов, чай зелененький в пакетиках", [
        ("хлебцы гречн. хрустящие", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000136520"],
            "perekrestok": E,
        }, "buckwheat crispbread (Dr.Korner «хрустящие гречневые с витаминами»); crispbreads of other grains and "
           "sliced «Хлебец» loaves excluded"),
        ("хлебушек цельнозерновой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4323651", "4361611", "4361612"],
        }, "bread stated wholegrain: Market Collection Пумперникель and Ржевский «цельнозерновой», Зелёная Линия "
           "«Хлебец цельнозерновой нарезанный» 300 г (a small sliced loaf, not a crispbread); Магнит «Хлеб "
           "ГЕРКУЛЕС, Зерновой» and other grain breads not stated wholegrain excluded"),
        ("горький шоколад 70 процентов", {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        }, "dark chocolate labelled 70% cocoa (Lindt «Шок.ПРЕВ.горький какао 70%», Alpen Gold Горький 70%, Россия "
           "Российский горький 70%, Зелёная Линия на меду классический 70%); 65/75/85% and dark chocolates without a "
           "percentage (Бабаевский, Коммунарка, Зелёная Линия «Классический горький на меду, 70г» -- the 70 is grams) "
           "excluded"),
        ("чай зелененький в пакетиках", {
            "pyaterochka": E,
            "magnit": ["45d9a874e0", "6af760c408", "b4e965a022", "e1b666c6ef"],
            "dixy": E,
            "perekrestok": E,
        }, "plain green tea in bags (Ahmad, Kensington, Richard Royal Green) and classic jasmine green tea in bags "
           "(Принцесса Ява Жасмин); fruit-flavoured green teas (Tess Лайм/Флирт/Джинджер Мохито, Кёртис Фреш Мохито/"
           "Хьюго, Принцесса Ява клубника-ваниль), Tess Гет Детокс blends, loose-leaf green tea and bottled iced "
           "tea excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fxa"))
