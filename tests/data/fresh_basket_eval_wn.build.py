#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wn.jsonl -- 25 shopping lists of a young man cooking a romantic dinner at home
(pasta or steak, salad, wine-free drinks, dessert) plus his own bachelor groceries for the week, hand-labelled
against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wn.build.py

LISTS below is literal data: 25 lists (3-5 items) as such a shopper would type them to a Telegram bot, and for
every item the product ids of every store that a reasonable shopper who wrote exactly that item would accept.
The list texts were written blind (before any offer was read) and frozen in fresh_basket_eval_wn.blind_lists.txt;
this script first checks that every list text equals that draft (REPLACED would record any item replaced after
labelling; it is empty).  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the
chains' abbreviations, Latin and Cyrillic brand spellings) and read one by one; every item was re-checked by listing
all titles matching its stem that were not accepted.  The note of each item records what was deliberately left out
and any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without seeing the tool being evaluated.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in real_offers_g.jsonl *for that
store* and is in stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and writes the JSONL in the
format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fwn01, fwn02, ... in LISTS
order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wn.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wn.blind_lists.txt")

# Items replaced after labelling because a whole list was empty in all four stores:
# {list id: (blind item text, replacement text)}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwn01 steak dinner
    ("стейк рибай 2 шт\nмасло сливочное 82.5 для стейков\nрозмарин свежий веточки\nчеснока головки две", [
        ("стейк рибай 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3478153"],
        }, "beef ribeye steak (Перекрёсток Мираторг Black Angus «Рибай»); other beef steaks (Минутка, Тендер, "
           "Паризьен, Канзас, Чак Ролл, Пеппер, Мачете, Фланк), Перекрёсток «Говядина Антрекот без кости» (the "
           "rib cut sold as a piece, not as a ribeye steak), fish and pork steaks and KOTANYI steak seasoning "
           "excluded"),
        ("масло сливочное 82.5 для стейков", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
                       "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
                     "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609", "3026226",
                            "4113532", "3434127", "3612778", "4310021", "4055506", "86149", "3369241", "3698785",
                            "3287314", "3396544", "3657363", "4292462", "4343792", "3699369", "4196090", "3953367",
                            "4135603", "3922315", "3654551"],
        }, "sweet-cream butter labelled 82.5 % (Пятёрочка «ТЫС.ОЗЕР Масло сл/слив.82,5%» incl., lactose-free 82.5 "
           "% incl.); butter of 82 % (JALO KERMA, Arla Natura, President, Киприно, Молочный знак 82 %), 72.5 %, "
           "chocolate 62 %, Волгодонское without a fat value, margarine and spreads excluded; «для стейков» is a "
           "purpose"),
        ("розмарин свежий веточки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh rosemary: none; Магнит КОТАНИ «Розмарин Нарезанный 15г» is dried, rosemary "
           "crackers/bread/lemonade are other products"),
        ("чеснока головки две", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "77278", "4018137", "51157"],
        }, "fresh garlic bulbs (loose, «в упаковке 1 шт», «ранний», Фермерский Чеснок «отборный 1 сорта 1шт»; "
           "Перекрёсток «Чеснок Фермерский, 150г» taken as a net of fresh bulbs — outside knowledge, the brand's "
           "other products say dried/grated); peeled cloves «зубчиками» (not heads), "
           "dried/granulated/grated/smoked/salted garlic, garlic seasonings and garlic-flavoured goods excluded"),
    ]),
    # fwn02 pasta carbonara
    ("спагетти barilla 1 пачка, бекон в нарезке для карбонары, пармезан кусочек для пасты, яйца с0 для карбонары", [
        ("спагетти barilla 1 пачка", {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000280926", "2000016649"],
            "perekrestok": [],
        }, "Barilla spaghetti: Дикси спагетти №5, Spaghettini №3 and Магнит Спагеттони (thin/thick spaghetti — "
           "outside knowledge); Barilla bucatini, bavette, filini, risoni, spirals, pipe rigate, festivi and "
           "spaghetti of other brands excluded"),
        ("бекон в нарезке для карбонары", {
            "pyaterochka": [],
            "magnit": ["d705bc4e4d"],
            "dixy": ["2000572451", "2000414199"],
            "perekrestok": ["3649811", "4165825", "4191111", "4296355"],
        }, "packaged bacon (smoked, raw for frying, Мираторг beef bacon); the 150–260 g packs are taken as sliced "
           "(outside knowledge — only Магнит says «нарезка»); грудинка (Ремит «Грудинка домашняя», raw brisket), "
           "bacon-flavoured snacks, sausages «с беконом» and ready meals excluded"),
        ("пармезан кусочек для пасты", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "1000384143", "0dc02300a0", "632a4664e6"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416"],
        }, "Parmesan(-type) cheese in a piece or by weight (Laime, Dolce Granto весовой, Premiere of Taste, "
           "Поставский «Гранд», Чиз Галлери 100 г, Маркет «кусок»); grated parmesan (тёртый, Маркет "
           "«порционированный … тёртый»), Italian Snack cream cheese and ravioli excluded because a piece was "
           "asked for"),
        ("яйца с0 для карбонары", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "4263543", "3392204", "4337164", "3421287",
                            "3914040", "4236458", "4085790", "4076991", "3182853", "4012802", "4352464", "3356111",
                            "3432532", "2131762"],
        }, "chicken eggs of class С0 / СО / CO / «отборные», any pack size (10 or 20); С1, С2, СВ «высшей "
           "категории», «1 категории», quail eggs, egg white/melange excluded"),
    ]),
    # fwn03 pasta with cream and mushrooms
    ("паста фарфалле, сливки 33% для соуса, шампиньоны 2 упаковки, сыр грана падано", [
        ("паста фарфалле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4117113"],
        }, "farfalle (Перекрёсток Market Collection); no other store sells bow-tie pasta"),
        ("сливки 33% для соуса", {
            "pyaterochka": ["44799"],
            "magnit": ["1000299287", "8000056173"],
            "dixy": [],
            "perekrestok": ["44799"],
        }, "cream of exactly 33 % (Пятёрочка «ПЕТМОЛ Крем сливочный ул/паст.33%» is the product Перекрёсток "
           "titles «Сливки Петмол … 33%»); 10/11/20 % cream, whipped cream aerosols, Альпенгурт «Крем взбитый» "
           "26.5 %, curd «в сливках» excluded"),
        ("шампиньоны 2 упаковки", {
            "pyaterochka": [],
            "magnit": ["4de59ad542"],
            "dixy": ["DI00079986", "2000332389", "2000088639", "1100074529", "ЦТ0046651"],
            "perekrestok": ["4270844", "59120", "3669839", "2071820", "4280106", "3685051", "4136012", "3622668",
                            "3683919", "3652049", "4355283", "3950281", "6176", "4051468"],
        }, "fresh champignons (loose, trays, королевские, мини, «для гриля», organic, sliced 200–300 g trays "
           "«резаные/кубики/свежие нарезанные», Перекрёсток «Смесь мини микс шампиньоны 200г» taken as a fresh "
           "mini mix); canned (Bonduelle, Lutik, Pucci, Lorado, Бояринъ, Пятёрочка «ДСК Грибы Шампиньоны 400 г», "
           "Перекрёсток 400 g «резаные» Маркет/Пр!ст — taken as canned, outside knowledge), marinated, frozen, "
           "Korean-style salads and ready dishes excluded (fresh-produce convention)"),
        ("сыр грана падано", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Grana Padano: none; parmesan (a different cheese) not accepted for it, «Гранат» titles are "
           "pomegranate"),
    ]),
    # fwn04 caprese-style salad
    ("руккола пакетик, черри помидорки 1 уп, моцарелла мини, соус бальзамический", [
        ("руккола пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rocket salad: none sold alone; the mixes «руккола-мангольд-шпинат» (Дикси, Перекрёсток) and "
           "«рукола-мангольд-мицуна» are mixes, not rocket"),
        ("черри помидорки 1 уп", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000003231", "2000601471", "2000601472", "2000580827", "2000186544"],
            "perekrestok": ["3373662", "4217379", "11971", "3410591", "3634714", "4381951", "4381952", "4371254"],
        }, "fresh cherry tomatoes of any colour/shape (на ветке, сливовидные, Кумато мини, «Микс шейкер»; Магнит "
           "Premiere of Taste «Черри Горячее сердце 200г» taken as fresh); marinated/salted cherry tomatoes, "
           "assorted jars, cocktail tomatoes, Mr.Ricco cherry ketchup and «Теличерри» pepper excluded"),
        ("моцарелла мини", {
            "pyaterochka": [],
            "magnit": ["1000216597", "ac45682a48"],
            "dixy": ["2000365606"],
            "perekrestok": ["3500953", "3949283"],
        }, "mini mozzarella balls (мини, чильеджина); regular balls, Maxi, cubes, sticks, «для пиццы», Фиор ди "
           "Латте 100 g ball, scamorza «Чильеджине» (a different cheese) and sausages «с моцареллой» excluded"),
        ("соус бальзамический", {
            "pyaterochka": [],
            "magnit": ["0c21d670cf"],
            "dixy": [],
            "perekrestok": [],
        }, "balsamic salad sauce: Магнит ГУРМИКС «Заправка салатная Бальзамик» (a plain balsamic dressing — "
           "judgement); Перекрёсток Кинто «Соус-крем бальзамический гранат» excluded as flavoured (pomegranate), "
           "grape vinegar and all hair/cosmetic «бальзам» excluded"),
    ]),
    # fwn05 shrimps for two
    ("креветки королевские очищенные, лимон для креветок, extra virgin оливковое масло, петрушку пучочек", [
        ("креветки королевские очищенные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3464112", "3331822"],
        }, "peeled king prawns (Agama «очищенные», «очищенные с хвостиками»); king prawns in shell or with head "
           "(Магнит, Дикси Vici), Дикси Мореслав/Нортон «Королевские» whose titles do not say peeled, peeled "
           "tiger and Argentine prawns, vannamei in brine, northern shrimps, marinated skewers and "
           "shrimp-flavoured goods excluded"),
        ("лимон для креветок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose, Маркет Fresh 2шт, Узбекистан); the lime-lemon «Микс» pack, the ginger-lemon "
           "«набор», lemonades, juices, lemon-flavoured goods and olives «с лимоном» excluded"),
        ("extra virgin оливковое масло", {
            "pyaterochka": ["3015194"],
            "magnit": [],
            "dixy": ["2000580798", "T000000850", "2000534311", "T000000852", "2000347675"],
            "perekrestok": ["4321136", "4218015", "4365079", "3617469", "4063916", "27062", "4130610", "3666262",
                            "3501258", "3501259", "3444927", "3444926", "4333525", "3336247", "4197654", "2153521",
                            "7581", "61549", "4343608", "4343609"],
        }, "olive oil whose title says Extra Virgin / Extra Vergine (Пятёрочка «EXTR.VIR.», Дикси «ФИЛИПП БЕРИО "
           "ОЛИВКОВОЕ EV»), incl. the Altaria spray; unrefined oils without «extra virgin» (Anfosso, Cobram, "
           "Colavita «Mediterranean» 1 l, De Cecco, Monini, Frantoi, Sita, Costa d'Oro, Getuva, Gonnelli), "
           "flavoured EV oils (лимон, чеснок, трюфель), pomace/refined/blends and sunflower oils «с оливковым» "
           "excluded"),
        ("петрушку пучочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley (Дикси «ПЕТРУШКА УПАК 75Г»); Heinz ketchup «укроп-петрушка» excluded; no other store "
           "sells fresh parsley"),
    ]),
    # fwn06 caesar salad
    ("салат айсберг один кочан\nкуриное филе на салат\nсухарики к цезарю\nсоус цезарь в бутылке", [
        ("салат айсберг один кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "iceberg lettuce: none; spinach, chard and leaf mixes and ready salads are other products"),
        ("куриное филе на салат", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "4323072", "3273915", "3653837", "2173555",
                            "3946764", "4329298", "3191300", "52888", "3362832", "3336397", "3940063", "4312563",
                            "3678985", "3649232", "3609675", "4116904", "4306879", "3034277", "4347498", "3216279",
                            "78003876"],
        }, "raw chicken breast fillet, incl. «филе цыплёнка(-бройлера)» taken as breast fillet, «малое» inner "
           "fillet, Петелинка/Петруха «Медальон(ы)» cut from the fillet and Перекрёсток «Филе курицы в маринаде» "
           "(raw in marinade — judgement); thigh fillet, breast on the bone («Грудка Псковская», «Филе грудки … "
           "на кости»), cooked/fried/baked fillet, cutlets, sausages, turkey and pet food excluded"),
        ("сухарики к цезарю", {
            "pyaterochka": ["400d61212a"],
            "magnit": [],
            "dixy": ["2000431152", "2000545311", "2000572411", "2000301073", "2000594153"],
            "perekrestok": ["3387861", "3687988"],
        }, "savoury croutons fitting a Caesar salad, i.e. garlic-flavoured сухарики/гренки (incl. Дикси "
           "assortment cards that list garlic: Фишка «Чесночные/Холодец с хреном», 777 «чеснока/красной икры» — "
           "judgement); other flavours (краб, сметана-лук, белые грибы, Бородинские чеснок-укроп, Хрусteam Багет "
           "assortment without garlic, Воронцовские «в ассортименте»), sweet rusks с изюмом/ванильные and "
           "breadcrumbs excluded; «к цезарю» names the kind of product"),
        ("соус цезарь в бутылке", {
            "pyaterochka": [],
            "magnit": ["2766a93ca7"],
            "dixy": [],
            "perekrestok": [],
        }, "Caesar sauce: Магнит HEINZ «Соус Цезарь 230г» (a bottle — outside knowledge); the brand Цезарь "
           "(pelmeni, pizza, vareniki, bliny) and the Caesar sandwich-roll excluded"),
    ]),
    # fwn07 tiramisu
    ("маскарпоне 2 уп, савоярди 2 пачки, какао-порошок для посыпки, кофе молотый для тирамису", [
        ("маскарпоне 2 уп", {
            "pyaterochka": [],
            "magnit": ["1000216596", "7bf2a13355", "e0645613c9"],
            "dixy": [],
            "perekrestok": ["4154662"],
        }, "mascarpone cheese (Pretto, Бонфесто, Зелёная Линия); Viola yoghurt «с сыром Маскарпоне» excluded"),
        ("савоярди 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "savoiardi / ladyfingers: none in any store"),
        ("какао-порошок для посыпки", {
            "pyaterochka": [],
            "magnit": ["25a1b729b4", "f675db585c"],
            "dixy": [],
            "perekrestok": [],
        }, "cocoa powder (Магнит «Какао натуральный ЗОЛОТОЙ ЯРЛЫК», «Какао-порошок РОССИЙСКИЙ»); instant cocoa "
           "drinks (Nesquik, Хрутка, Скрепыши, MacChoco, Чукка «Гранулированный» — a sweetened drink granulate) "
           "and cocoa-flavoured goods excluded"),
        ("кофе молотый для тирамису", {
            "pyaterochka": ["1e481d9846", "3607723"],
            "magnit": ["ab6f2df0cf", "2700f5e3b1", "be3079e158", "f32af3a996", "f083873ce2", "bf33a13d25", "0fe86f8472",
                       "a6281deb0c", "76b0197955", "80d20f5714", "7d84ba5b6e", "3bb33c0c9e", "46bb6aa6cb", "8269b24f19",
                       "7046b50e4e", "222418c5e4", "a46592e215", "97373908ef", "4522417a72", "79b9a44edb", "8d3366ce51",
                       "a2b0f72440"],
            "dixy": ["2000277619", "2000228092", "2000303593", "2000054819", "2000186346", "2000183725", "2000193927",
                     "2000267720", "10E0076694", "2000056820", "2000362026", "2000582491", "2000263796", "2000574432",
                     "2000546071", "2000568376", "2000557192", "2000557193", "2000605231", "2000235411", "2000604152",
                     "2000552471"],
            "perekrestok": ["4058107", "3965705", "4108341", "4345202", "4345201", "4340948", "4325139", "3395340",
                            "4150051", "3395339", "3689956", "4166073", "4166074", "2147872", "4320251", "4320252",
                            "72112", "72110", "3606929", "3612036", "4129183", "4122814", "4347224", "4291307",
                            "4315506", "4253960", "4351047", "4295649", "4261915", "4261911", "4262483", "6944",
                            "4342549", "4332738", "3644175", "3171130", "29278", "4261910"],
        }, "roasted ground coffee of any brand/blend in bags or tins (Пятёрочка «ЯКОБС МОНАРХ … молотый», «Принц "
           "Лебо мол100г», Магнит «ЖИВОЙ КОФЕ … жар мол200г», Магнит «ЖОКЕЙ, По-восточному, Арабика, 250г» taken "
           "as ground — outside knowledge, the line is ground coffee for the cezve); instant coffee incl. "
           "«молотый в растворимом»/«с молотым», beans, capsules (JARDIN, ЛОР 52 г = 10 capsules, Tassimo), "
           "drip/filter bags, Coffesso 5×9 g sachets (Магнит «5 пакетиков», Перекрёсток «5x9г»; Дикси «45г» is "
           "the same sachet pack), aromatised Jardin «Синнамон Кейк» and «Петр Великий Императорский помол» (form "
           "not stated) excluded"),
    ]),
    # fwn08 strawberries and chocolate
    ("клубника свежая 2 коробочки, взбитые сливки баллончик, шоколадку горькую 70%", [
        ("клубника свежая 2 коробочки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4097821", "4183392", "3697994"],
        }, "fresh strawberries (Перекрёсток 200 g, Market Collection, Крым); dried strawberries, fruit mixes with "
           "strawberry, frozen and strawberry-flavoured goods excluded"),
        ("взбитые сливки баллончик", {
            "pyaterochka": ["3487891"],
            "magnit": ["1000496462"],
            "dixy": [],
            "perekrestok": [],
        }, "whipped cream in an aerosol can: Пятёрочка «PRESID.Крем слив.взбит.ул/паст.20% 250г» and Магнит «Крем "
           "Альпенгурт взбитый Кулинар 26.5% 250г» (both taken as 250 g aerosol cans — outside knowledge); liquid "
           "cream for whipping (Петмол, Вкуснотеево 33 %), whipped curd desserts and air-freshener refills "
           "«баллон» excluded"),
        ("шоколадку горькую 70%", {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        }, "dark chocolate labelled exactly 70 % (LINDT Превосходный, ALPEN GOLD Горький, Россия Щедрая Душа "
           "Российский, Зелёная Линия «на меду классический 70%» — honey-sweetened, still 70 % dark chocolate); "
           "65/75/85 %, dark chocolate without a cocoa value (Бабаевский, Коммунарка, Ritter Sport, Зелёная Линия "
           "«Классический горький на меду» without %), filled/flavoured bars and sweets excluded"),
    ]),
    # fwn09 wine-free drinks
    ("сок гранатовый для нее, лимонад тархун черноголовка, минералка газированная 1.5л, сок rich вишня", [
        ("сок гранатовый для нее", {
            "pyaterochka": ["40350"],
            "magnit": ["9c8f954bbb", "1af6e004b6"],
            "dixy": [],
            "perekrestok": ["3661182", "3165884", "3497974", "4222320", "3497977", "3427396", "2045973", "4100581",
                            "4145061", "3684607", "4331160", "4331161"],
        }, "single-fruit pomegranate juice, restored or direct-pressed, incl. children's Nar and Barinoff «с "
           "сахаром»; multi-fruit juices (Ideas ананас-апельсин-гранат), сокосодержащие напитки (Santal, Любимый, "
           "J7), Rich «Гранат» soda and tonic, pomegranate sauces and fruit excluded; «для нее» is a purpose"),
        ("лимонад тархун черноголовка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["20843"],
        }, "Черноголовка «Тархун» lemonade (Перекрёсток 1 l); tarragon drinks of other brands (Старые добрые "
           "традиции, Чудесное далеко, Пр!ст, Маркет) and other Черноголовка flavours (Байкал, Буратино, Дюшес, "
           "лимон, кола, мандарин) excluded"),
        ("минералка газированная 1.5л", {
            "pyaterochka": [],
            "magnit": ["2132714cae", "9d46fc2eab"],
            "dixy": ["2000015389", "2000572194", "2000599872", "ЦТ0043947"],
            "perekrestok": ["88995", "74767", "3485716", "2083111", "2029732", "2075986", "4250375"],
        }, "sparkling mineral water (title says «минеральная» or «лечебно-столовая», incl. Ессентуки №4 — "
           "sparkling by nature, outside knowledge) in 1.5 l bottles; drinking (питьевая/артезианская) waters, "
           "still or gas-unstated mineral waters (Кувака, Аш-Тау and Славяновская without «газированная», Галерея "
           "источников, Ессентуки «целебная»), flavoured waters and other sizes excluded"),
        ("сок rich вишня", {
            "pyaterochka": [],
            "magnit": ["0d3d087981"],
            "dixy": [],
            "perekrestok": [],
        }, "Rich cherry: Магнит «Нектар РИЧ вишневый, 200мл» (Rich sells cherry only as a nectar; the brand plus "
           "fruit names this product — outside knowledge); Rich apple/orange/tomato juices, Rich "
           "«яблоко-вишня-грейпфрут» drink and cherry nectars/drinks of other brands excluded"),
    ]),
    # fwn10 steak with asparagus
    ("говядина на стейк подешевле, картошку молодую, спаржа пучок", [
        ("говядина на стейк подешевле", {
            "pyaterochka": [],
            "magnit": ["0c31b2d47a"],
            "dixy": ["2000309225"],
            "perekrestok": ["4118887", "4118875", "3478153", "3991972", "4090362", "4113680", "3935137", "3991985",
                            "3077141", "3667501"],
        }, "raw beef steaks of any cut (Мираторг Тендер/Минутка/Рибай/Пеппер/Паризьен/Канзас/Чак Ролл, Веско "
           "Мачете/Фланк) and the steak primals «Говядина Антрекот без кости» and Мираторг «Ростбиф зачищенный» "
           "(cut for steaks — outside knowledge); мякоть бедра, огузок, духовая, «Филей … верхней части бедра», "
           "Праймбиф «мякоть», mince, pork/fish steaks and cooked beef excluded; «подешевле» is a wish"),
        ("картошку молодую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "new-crop potatoes: none; the only «молодой» potato is a baked ready dish (Перекрёсток «Картофель "
           "молодой с паприкой и чесноком запеченный»); ordinary/«Бэби»/washed potatoes are not sold as new "
           "potatoes"),
        ("спаржа пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2822", "4145494", "78000180", "4119075", "3449160", "4126308", "4119673", "4344802",
                            "4344803", "4230911"],
        }, "fresh asparagus of any colour (green, white, purple; «Россия», Ла Бэлль, Планета Витаминов 400 g "
           "taken as fresh); frozen asparagus, soy «спаржа» (фучжу) and Korean-style carrot/asparagus salads "
           "excluded"),
    ]),
    # fwn11 ice-cream dessert
    ("пломбир ведерко на десерт, малина замороженная, мята", [
        ("пломбир ведерко на десерт", {
            "pyaterochka": [],
            "magnit": ["b9cb5f988b"],
            "dixy": ["2000602331"],
            "perekrestok": ["3334702"],
        }, "plain/vanilla plombir in a family tub of 400 g or more (Коровка из Кореновки 1 кг, Как раньше 400 г, "
           "Чистая Линия «Семейное» 450 г); cups, cones, eskimo, bars, small 200–250 g packs, flavoured plombir "
           "(фисташка, черника, манго) and plombir-flavoured dairy excluded"),
        ("малина замороженная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4315997"],
        }, "frozen raspberries (Перекрёсток «Малина быстрозамороженная Маркет»); freeze-dried pieces, raspberry "
           "purée with sugar, fresh berry mixes and raspberry-flavoured goods excluded"),
        ("мята", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh mint: none sold alone; Перекрёсток «Набор для мохито Мята, Лайм» is a kit, mint "
           "teas/gums/toothpastes are other products"),
    ]),
    # fwn12 cheese and olives starter
    ("оливки без косточек баночку, хамон в нарезке, бри сыр небольшой кусок, багет к сырам", [
        ("оливки без косточек баночку", {
            "pyaterochka": ["3008503"],
            "magnit": ["3d09e4fe73", "94f4173a31"],
            "dixy": ["2000280421", "2000573832", "2000535133", "2000300244", "2000180495", "2000240819"],
            "perekrestok": ["4334902", "3008503", "4054381", "3651521", "3468534", "4077569"],
        }, "plain pitted olives (incl. Халкидики «в маринаде», Gordal, Каламата «с красным винным уксусом» — "
           "plain brine/marinade); olives with stone, stuffed or flavoured olives (с лимоном, анчоусом, сыром, "
           "лососем, перцем, халапеньо, чесноком, мандарином, клюквой), «маслины» (not written) and olive "
           "mayonnaise/oil excluded"),
        ("хамон в нарезке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000278914"],
            "perekrestok": [],
        }, "jamón-style dry-cured ham, sliced: Дикси «Окорок свиной Егорьевская Хамон сырокопченый в нарезке» "
           "(found only on the re-check: the first grep excluded «сырок…»); Черкизово «Сальчичон/Прошутто» "
           "sausage assortment, Перекрёсток «Оливки с хамоном», dry-cured sausages and meat chips excluded"),
        ("бри сыр небольшой кусок", {
            "pyaterochka": [],
            "magnit": ["1000261594"],
            "dixy": [],
            "perekrestok": [],
        }, "Brie (Магнит President «Petit Brie» 125 г); Camembert, Дикси «Supreme» white-mould cheese, President "
           "«Снэк а ля Франсэ» and blue cheeses excluded"),
        ("багет к сырам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78007697", "78001023", "78010859"],
        }, "plain baguettes (Перекрёсток «Парижский», «Традиционный», «Багет, 230г»); garlic half-baguettes, rye "
           "garlic baguette, Магнит «Багет ПИКАНТНЫЙ» (seasoned) and Хрусteam «Багет» croutons excluded"),
    ]),
    # fwn13 juice and mors for her
    ("клюквенный морс литровый, сок апельсиновый литр для нее, лед для напитков", [
        ("клюквенный морс литровый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "1-litre cranberry mors: none; Перекрёсток Finnmors «Клюква» exists only in 1.5 l and 0.5 l (a written "
           "bottle size is respected), other morses are multi-berry (J7, Любимый, Добрый, ФрутоНяня) and Зелёная "
           "Линия «Напиток морсовый» is 510 ml"),
        ("сок апельсиновый литр для нее", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814", "2000107420", "2000177095"],
            "perekrestok": [],
        }, "single-fruit orange juice in a litre carton (Rich 1 л; J7 «для детского питания» and «Я» 0.97 л "
           "counted as the litre pack); nectars (Добрый, Любимый «Нектар … 100% апельсин»), сокосодержащие "
           "напитки (Pulpy, Вкусно Сок), multi-fruit juices and 0.3 l packs excluded"),
        ("лед для напитков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ice cubes: none; Джелато «Лед» and Бон Пари «Лёд фруктовый» are ice creams"),
    ]),
    # fwn14 pasta bolognese
    ("говяжий фарш на болоньезе, пенне макароны, помидоры в с/с, базилика свежего пучок", [
        ("говяжий фарш на болоньезе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "beef mince (Мираторг, Иван Мясоедов, Перекрёсток by weight, Хороший Кусок «из говядины»); pork, "
           "turkey, fish and mixed «домашний/деревенский/фермерский» mince excluded"),
        ("пенне макароны", {
            "pyaterochka": ["94425"],
            "magnit": ["eb8a3570e8", "61313f9ca5"],
            "dixy": ["2000590812", "ЦТ0046807", "2000573915"],
            "perekrestok": ["4329570", "3435300", "4117154", "4273869"],
        }, "penne, incl. titles «Перья»/«Перья рифленые»/«перья трубчатые» (the Russian name of penne — outside "
           "knowledge); pipe rigate (Barilla, Pasteroni) and other shapes excluded"),
        ("помидоры в с/с", {
            "pyaterochka": [],
            "magnit": ["f77a551f2e"],
            "dixy": ["2000582831", "2000118119", "2000571955"],
            "perekrestok": ["4181618", "3901877", "4042450"],
        }, "canned tomatoes in their juice: Botanica «целые очищенные в собственном соку», tomatoes «в томатном "
           "соке» (Маркет «неочищенные»; Дядя Ваня and Круглое лето found on the re-check), Bonduelle «очищенные "
           "в томатной мякоти» and plain Маркет «Томаты резаные» 390 г (canned chopped tomatoes — judgement); "
           "flavoured chopped tomatoes (с базиликом, с луком и чесноком), passata «Протертая мякоть», "
           "marinated/salted tomatoes, tomato juice and fresh tomatoes excluded"),
        ("базилика свежего пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh basil: none; basil-flavoured ketchup, sauces, oil and seasonings are other products"),
    ]),
    # fwn15 sweets and tea
    ("рафаэлло коробочку, черный чай с бергамотом, медовик тортик", [
        ("рафаэлло коробочку", {
            "pyaterochka": [],
            "magnit": ["3061e3f9c1", "1a45f76949", "795afcfbc6", "3f687c59d0"],
            "dixy": ["DI00078416", "2000016072", "2000001754", "2000320701"],
            "perekrestok": ["2157344", "18162", "3163976", "40690", "2105827", "3604056"],
        }, "Raffaello sweets of any box size, incl. the «Торт/Тортик» box (titled «Конфеты»); «коробочку» is a "
           "quantity"),
        ("черный чай с бергамотом", {
            "pyaterochka": ["3380947"],
            "magnit": ["1fa2ce7c58", "108be7a212", "b9a96edc01", "ada217af77", "e13c422583", "4c2b5b0e84", "9ed6ab900f",
                       "56284b2938", "cf54caa8df", "bd44dec0f2", "a2edebfe73", "53ac9a45fa", "d6dd145bec", "dc9080ff20",
                       "a0f6844207", "c30034aa00", "b6f8e6fea6", "543ee3fdd2"],
            "dixy": ["2000520542", "2000420414", "2000217793", "ЦТ0016759", "2000144520", "2000228472", "2000000294",
                     "2000262681", "2000362149"],
            "perekrestok": ["5051", "2147891", "2073803", "3418513", "3473068", "3506745", "3439932", "3626164",
                            "4206081", "4131560"],
        }, "black tea with bergamot, incl. Earl Grey / Эрл Грей (bergamot-flavoured black tea — outside "
           "knowledge), Lord Grey bergamot-lemon, Richman Orange Pekoe «с ароматом бергамота», Richard «Бергамот "
           "и ваниль», leaf and bags; grape «Изабелла Грейп» and grapefruit teas excluded"),
        ("медовик тортик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "honey cake: none as a cake; Перекрёсток sells only single «Пирожное Медовик» pieces (90–110 g), not a "
           "тортик"),
    ]),
    # fwn16 salmon risotto
    ("филе лосося, рис арборио, сливки 20% для ризотто, укроп к рыбе", [
        ("филе лосося", {
            "pyaterochka": [],
            "magnit": ["f189222db5"],
            "dixy": [],
            "perekrestok": [],
        }, "raw salmon fillet (Магнит «ФИЛЕ ЛОСОСЯ полуфабрикат из замороженного сырья»); salmon steaks, «ЛОСОСЬ "
           "кусок»/«Тушка» (not fillet), smoked/minced salmon, trout and salmon-flavoured goods excluded"),
        ("рис арборио", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "arborio rice: none; Дикси «Националь Бальдо» is another risotto variety and is not accepted for "
           "arborio"),
        ("сливки 20% для ризотто", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000461012", "1812420003", "1000290041", "1000549783"],
            "dixy": [],
            "perekrestok": ["3163857", "4267107", "44831", "4316249"],
        }, "cream of exactly 20 % (sterilised/UHT, any pack); Пятёрочка President whipped cream aerosol 20 %, "
           "10/11/33 % cream excluded"),
        ("укроп к рыбе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill: none; dill appears only as a flavour (herring in oil, chips, croutons, cheese)"),
    ]),
    # fwn17 bachelor: pelmeni night
    ("пельмени мираторг 2 пачки, сметанка 20% к пельменям, слобода майонез", [
        ("пельмени мираторг 2 пачки", {
            "pyaterochka": [],
            "magnit": ["feeac8f3fa", "66c111d7a2"],
            "dixy": ["2000282673"],
            "perekrestok": [],
        }, "Мираторг pelmeni of any filling; pelmeni of other brands (Сибирская коллекция «с мраморной "
           "говядиной», Цезарь) excluded"),
        ("сметанка 20% к пельменям", {
            "pyaterochka": [],
            "magnit": ["1000461809", "1000203662", "1000237596", "4221528ef6", "1899913371", "1000102474", "1000429067",
                       "1000574404", "1000574405", "30145abd36"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000509715", "2000544033", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream of exactly 20 %; 10/15/25 %, garlic sour cream, sour-cream-flavoured chips/sauces "
           "excluded; «к пельменям» is a purpose"),
        ("слобода майонез", {
            "pyaterochka": [],
            "magnit": ["1000016691", "8000023980", "8000045828", "1728400015", "1799900201", "8000045827", "1000233673",
                       "1728400030", "1000179908", "da818e4a20", "b624a9bb8a", "7a519275b4"],
            "dixy": ["2000530112", "2000186981", "ЦТ0044024", "2000135999", "ЦТ0045065", "2000429651", "2000176263"],
            "perekrestok": ["3636361", "2162564", "3335647", "2108609", "3163111", "3674577", "3193489", "78193",
                            "3389322"],
        }, "every Слобода mayonnaise (Провансаль, Оливковый, на перепелиных яйцах, Московская, с маслом авокадо, "
           "any size); Слобода «Майонезный соус Постный», ketchups, oils and yoghurts excluded"),
    ]),
    # fwn18 bachelor: noodles and sausages
    ("доширак 5 пачек\nсосиски любые\nбалтимор кетчуп\nхлеб белый какой есть", [
        ("доширак 5 пачек", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Доширак noodles of any flavour (Чан рамен); Доширак mashed potato excluded"),
        ("сосиски любые", {
            "pyaterochka": ["3631905", "3306014", "16676bb3f8"],
            "magnit": ["9323828a10", "5ee4bc3c3d", "d08287067b", "9b4b38b86e", "7c9f298d18", "c7e784766f", "c890078deb",
                       "b2525e4143", "f72f36dddd", "1752cd8c83", "a71ef90bc4", "c09ecd22ea", "37c028c01a", "61299796c8",
                       "5215d6a234", "2dd98ca456", "119aa8a644", "1e5c44f755"],
            "dixy": ["2000513172", "2000418174", "2000565391", "2000592098", "2000308550", "2000566633", "2000300143",
                     "2000190007", "2000279644", "2000174171", "2000330718", "2000326151", "2000324158", "2000577622",
                     "2000322511", "2000595013", "2000286260", "2000566631", "2000316003", "2000563472", "ЦТ0047282",
                     "2000125037", "2000602632", "2000318804", "2000231293", "2000572752", "2000600471", "2000424551",
                     "2000528072", "2000181981"],
            "perekrestok": ["3416253", "3489558", "4051414", "3198697", "3207022", "4135356", "4169220", "4169216",
                            "3653933", "4175216", "4100627", "4100629", "3347588", "4062689", "4045571", "4279045",
                            "4339153", "4337767", "4081069", "4337765", "3464088", "3464086", "4241464", "3359555",
                            "4353596", "4077764", "4316920", "4221323", "3460864", "3330134", "3390152", "3486631",
                            "3443810", "4276248", "3697463", "3635837", "3434237", "4342912", "4329781", "4343709",
                            "4332703", "4321243", "4276249", "4344479"],
        }, "every kind of сосиски (milk, cream, smoked, with cheese, turkey/chicken, children's, halal, any brand "
           "and size); cabbage with sausages (ready dishes) and pet food excluded; «любые» = any"),
        ("балтимор кетчуп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Балтимор ketchup: none; ketchups of other brands are not accepted for a named brand"),
        ("хлеб белый какой есть", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d", "643727af2a", "71b3f9704a", "67f076fea4"],
            "dixy": [],
            "perekrestok": ["4318510", "4264947", "2065120", "4329401", "3680023", "4102687", "4329402", "4157283",
                            "78011178", "78020935", "49457", "78001023", "78007697", "78010859"],
        }, "white wheat bread: batons (нарезной, молочный, к завтраку, Новый, Утренний, Горчичный), wheat loaves "
           "whose titles say so (Магнит «ГОРЧИЧНЫЙ пшеничный», «ТОСТОВЫЙ пшеничный», Перекрёсток «Горчичный», "
           "«Французский»), Магнит «Чиабатта» and plain baguettes; multigrain toast bread, ciabatta with rye "
           "flour, bran loaves («с отрубями», «Хлебец Белый с отрубями»), garlic baguettes, bran baton "
           "«ОТРУБНОЙ», rye, rye-wheat (Дарницкий, Столичный, Бородинский, Каравай Столовый), grain/wholemeal, "
           "Зерновой baton, raisin/potato-rosemary loaves, sweet Чайный, buns, хлебцы and loaves whose grain is "
           "not stated (Советский, Сельский, «формовой», Боярский, Бабушкин, Крестьянский, Монж) excluded; «какой "
           "есть» = any of these"),
    ]),
    # fwn19 bachelor: breakfasts
    ("яиц десяток на неделю, молоко 2.5% две штуки, хлопья кукурузные на завтраки, бананы штук 5 на перекус", [
        ("яиц десяток на неделю", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "1000247190", "e5202b5cfd", "1000247378", "1000247384",
                       "1000247234", "1a8d487cea", "2047000033", "1000247393"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529", "2000238733",
                     "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "3421287",
                            "3914040", "3001671", "4236458", "3355250", "4085790", "4085792", "2109476", "4085791",
                            "2131763", "3182856", "3182853", "4012802", "4352464", "3356111", "3432532", "2131762"],
        }, "chicken eggs of any class in packs of 10 («десяток»); packs of 6/15/20/30, quail eggs and chocolate "
           "eggs excluded"),
        ("молоко 2.5% две штуки", {
            "pyaterochka": [],
            "magnit": ["1051242602", "1000143306", "1812450029", "cfca1c1906", "ef94b89629", "1000418036", "8000029029",
                       "1000563706", "1000035016", "1000037901", "1000445487", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384", "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "cow drinking milk of exactly 2.5 % (pasteurised/UHT/sterilised, incl. Агуша children's milk), any "
           "size; топлёное 2.5 %, kefir/yoghurt 2.5 %, flavoured milks excluded; «две штуки» is a quantity"),
        ("хлопья кукурузные на завтраки", {
            "pyaterochka": [],
            "magnit": ["c07160a0f8", "2abeae8e6b", "898522f249", "d3e5f54fa9", "12df5755fb"],
            "dixy": ["2000577612"],
            "perekrestok": [],
        }, "corn flakes, plain or flavoured (медовые, глазированные, с корицей и медом); oat/buckwheat/multigrain "
           "flakes, oat rings, corn sticks and balls, chocolate with corn flakes excluded"),
        ("бананы штук 5 на перекус", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (incl. «Бананы Био» and red bananas); plantains «Бананы для жарки», dried bananas and "
           "banana-flavoured goods excluded"),
    ]),
    # fwn20 bachelor: buckwheat and tushonka
    ("гречка ядрица в пакетиках, тушенку из говядины 3 банки, лук репчатый на неделю", [
        ("гречка ядрица в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000300392", "2000272542"],
            "perekrestok": ["4353613", "28960", "4061364", "4009020", "3674200", "3603166", "3696237", "3493533"],
        }, "buckwheat kernels in boil-in bags (5×80 g, 4×100 g, 8×62.5 g, 8×80 g); Увелка «в пакетах», Увелка "
           "«Экстра 5х80г» and Prosto «для гарнира» bags taken as ядрица (buckwheat sold in bags is kernel — "
           "outside knowledge); loose buckwheat, green buckwheat, buckwheat flakes and ready dishes excluded"),
        ("тушенку из говядины 3 банки", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b"],
            "dixy": ["2000313236", "2000408120", "T000000869", "2000258591", "2000192964", "2000415753", "2000220776",
                     "2000302684", "2000557431"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef (any brand/grade); stewed pork, turkey and horse meat excluded"),
        ("лук репчатый на неделю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (loose, in a net, packed, red, peeled); dried/ground onion, green onion and "
           "onion-flavoured goods excluded"),
    ]),
    # fwn21 bachelor: coffee corner
    ("растворимый кофе самый дешевый, сахар-песок кило в пачке, печенье юбилейное к кофейку", [
        ("растворимый кофе самый дешевый", {
            "pyaterochka": ["2141879", "3291822", "3372171", "2104660"],
            "magnit": ["4f353c6d8a", "432d08fee3", "c96912b91e", "2b03c3331f", "0386d066d3", "c862a4391a", "9e6093cedf",
                       "405965a7e8", "d377483cd5", "88df1b0c73", "01f9dd25ee", "63cf16639c", "f843d46758", "68219df234",
                       "6f8d803d46", "fcd2266a66", "e29b86ab6b", "5ed1824f2e", "5937914f18", "67ebe44e72", "eab407b5dd",
                       "07b5ff6b13", "45760b0392", "0c262c177c", "75165edd66", "9b7c8128ee", "363ac6fecd", "cc7dfb915f",
                       "d84b87b448", "004ef7975d", "b1359df1ea", "9b2d4e05df", "014991e9cc", "5fa65432a3", "80e9f53b5d",
                       "31752cf6a9", "0f34e2a818", "0e0d290c03", "3471c4aa28", "7859a794bc", "7ed9173039", "970a83394c",
                       "9e786ef834", "5b6cb01bcf", "48bb241996", "479a56d4e5", "3792ee999f", "6977400735"],
            "dixy": ["2000587951", "2000225117", "2000225116", "2000144529", "2000326563", "ЦТ0000119", "2000200961"],
            "perekrestok": ["4249222"],
        }, "instant coffee of any brand and size, incl. freeze-dried «с молотым»/«молотый в растворимом» (Nescafé "
           "Gold, Jacobs Millicano, Monarch Miligrano) and titles that do not say instant but are (Пятёрочка "
           "Bushido «original», Магнит JACOBS «Монарх Интенс, 95г», NESCAFE «Классик, 95г», Московская кофейня "
           "«Коломбо, 95г», Дикси Nescafe «Gold Alta Rica», Nescafe Classic «с добавлением натурального молотого» "
           "— outside knowledge; Магнит Д'АРТЭ «расстворимый» (misspelt) found on the re-check); 3-in-1 coffee "
           "drinks, ground coffee, beans and capsules excluded; «самый дешевый» is a wish"),
        ("сахар-песок кило в пачке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in a 1 kg pack (Перекрёсток «Сахар Советский Экстра, 1кг» taken as granulated "
           "— no other form stated); 900/750/500 g and 5 kg packs, pressed/lump sugar, cane and coconut sugar "
           "excluded"),
        ("печенье юбилейное к кофейку", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "858769ffec", "68b382d22e"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every Юбилейное biscuit (традиционное, молочное, с глазурью, овсяное); Останкино «Юбилейная» sausage "
           "and Julius Meinl «Юбилейный» coffee excluded"),
    ]),
    # fwn22 bachelor: sandwiches
    ("колбасу докторскую грамм 300, сыр российский на бутеры, батон белый к бутерам", [
        ("колбасу докторскую грамм 300", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "352b78741a", "0406a2a7ef", "c9c2b3f600", "6e16b1777a", "89c39c317d",
                       "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["3385812", "2170372", "3434232", "4312573"],
        }, "Докторская cooked sausage of any brand, piece or slices (incl. Царицыно «Докторская, Особая», "
           "Мясницкий ряд «от шефа»); Докторские сосиски excluded; «грамм 300» is the quantity wanted"),
        ("сыр российский на бутеры", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese (piece, by weight, slices, «молодой»); the vegetable-fat «Продукт По-Российски» "
           "excluded"),
        ("батон белый к бутерам", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d"],
            "dixy": [],
            "perekrestok": ["4318510", "4264947", "2065120", "4329401", "3680023", "4102687", "4329402", "4157283",
                            "78011178"],
        }, "white batons (нарезной, молочный, к завтраку, Новый, Утренний, Горчичный, «Батон, 300г»); Зерновой "
           "and Магнит «ОТРУБНОЙ» (bran) batons, chocolate «батончики» and other breads excluded"),
    ]),
    # fwn23 bachelor: chicken and rice
    ("окорочка куриные кг, рис длиннозерный 1 пачка, огурцы свежие на салатик, кетчуп какой нибудь", [
        ("окорочка куриные кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken leg quarters: none; thighs (бедро), marinated drumsticks, whole birds and fillets are other "
           "cuts"),
        ("рис длиннозерный 1 пачка", {
            "pyaterochka": ["3674167", "3647681", "3493524"],
            "magnit": ["442b8a34cc"],
            "dixy": ["2000594951", "2000180347", "2000002128", "2000261091", "2000288318"],
            "perekrestok": ["3635865", "4254250", "3469129", "3469126", "4290674", "39747", "3674166", "57930",
                            "3608771", "3634155", "3603168", "3634156"],
        }, "long-grain rice: titles saying длиннозерный/длинный (white, parboiled «Янтарь», Индика, in bags or "
           "loose) plus basmati and jasmine rices and Националь «Золото Таиланда» (long-grain fragrant rices — "
           "outside knowledge); round/medium grain, brown, Адриатика, Пилаф, Испанский, parboiled rice whose "
           "grain length is not stated, rice for sushi, rice mixes and ready rice dishes excluded; «1 пачка» is a "
           "quantity"),
        ("огурцы свежие на салатик", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "2098997", "3301324", "3255111", "2088998", "4072", "44569", "2131726"],
        }, "fresh cucumbers of any type (гладкие, колючие, длинноплодные, короткоплодные, Бакинские, fresh packed "
           "корнишоны); pickled/salted/marinated cucumbers and gherkins in jars, salads and cucumber-flavoured "
           "goods excluded"),
        ("кетчуп какой нибудь", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": ["c112734da7"],
            "dixy": ["2000552955", "2000143225", "2000143160", "2000033799", "2000538777", "2000567792", "2000567791",
                     "2000207279", "2000194769", "2000207290", "2000207280", "2000551592", "2000309687", "2000320468",
                     "2000193817", "2000224973", "2000603860", "2000604791"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157803", "4157356", "4274972", "4157697",
                            "4225365", "4274971", "4157703", "4116848", "4157704", "4154517", "4157702", "4116830",
                            "4274973", "4312325", "4078080", "4078077", "4282684", "3691258", "3054047", "3054048",
                            "2157567", "3970015", "4044938", "3673189", "3941585", "3446697", "3941584", "2157566",
                            "3673190", "4149866", "4149867", "4149865", "4227924", "4227925", "4227926", "4227927",
                            "4227928", "4227930", "4227932", "3652684", "3684511"],
        }, "every ketchup (any brand and flavour, incl. Магнит «Кетчуп СЕМЕЙНЫЕ СЕКРЕТЫ, Соус по-грузински»); "
           "Cheetos «Кетчуп» snacks excluded; «какой нибудь» = any"),
    ]),
    # fwn24 bachelor: pizza and beer night
    ("замороженная пицца, кола 2 литра бутылку, чипсы lays со вкусом краба, балтика семерка пиво 3 банки", [
        ("замороженная пицца", {
            "pyaterochka": ["3482556"],
            "magnit": ["6ac714280b", "a3ef730a3c", "2fa3e5ac5d"],
            "dixy": [],
            "perekrestok": ["4216530"],
        }, "pizza sold frozen: Dr.Oetker Ristorante, Магнит ЛА ТРАТТОРИЯ and ЦЕЗАРЬ pizzas, Перекрёсток Zotman "
           "«Ice» (all taken as frozen — outside knowledge); Перекрёсток Market Collection «Пицца Римская» "
           "(storage not stated), «Чебупицца» snacks, pizza sauces/cheese excluded"),
        ("кола 2 литра бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "2-litre cola: none; colas are sold only in 0.33–1.5 l (Добрый, Coca-Cola, Черноголовка, Funky "
           "Monkey), a written size is respected"),
        ("чипсы lays со вкусом краба", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000325823"],
            "perekrestok": [],
        }, "Lay's crab chips: Дикси «Чипсы Lay's Зеленый лук/Сметана и зелень/Краб 37г» (an assortment card that "
           "includes crab — judgement, as in earlier sets); other Lay's flavours, crab-flavoured croutons and "
           "crab sticks excluded"),
        ("балтика семерка пиво 3 банки", {
            "pyaterochka": [],
            "magnit": ["4b9214b25a"],
            "dixy": [],
            "perekrestok": [],
        }, "Балтика №7 beer (Магнит «БАЛТИКА 7 светлое Экспортное», 1.3 l; «3 банки» read as a quantity); other "
           "Балтика beers and alcohol-free Балтика №0 drinks excluded"),
    ]),
    # fwn25 bachelor: protein breakfasts
    ("творог 5% пачки две\nкефир литровый\nйогурт греческий классический без всего\nовсянку геркулес на завтрак\nмед к овсянке", [
        ("творог 5% пачки две", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908", "1000441658",
                       "8000030462", "1000377235", "1000512632", "1720c2be05", "9aeeb10b64", "c7f0f0e5ec", "2400019178",
                       "1000372786", "1000475531", "1000572167", "1000208909", "1079990193", "1000306424", "1000224037",
                       "1000453157", "1000426473", "161690c563", "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595",
                     "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116", "4274201",
                            "3279582", "3617778"],
        }, "plain cottage cheese of exactly 5 % (рассыпчатый, мягкий, традиционный, из топленого молока, "
           "lactose-free); 4.5/5.5 %, flavoured (с вареньем, Вкуснотеево «мягкий с изюмом»), grainy «в сливках» "
           "and Зелёная Линия «Зёрнышко», children's curds, curd products and desserts excluded"),
        ("кефир литровый", {
            "pyaterochka": [],
            "magnit": ["1899911984"],
            "dixy": ["2000208649"],
            "perekrestok": ["2083868", "3636340", "2084558", "3922310"],
        }, "kefir of any fat in a litre pack (1 л, 1000 г, 1 кг, 970 мл); 900/930 ml and smaller packs, kefir "
           "products and kefir cocktails excluded (a written pack size is respected)"),
        ("йогурт греческий классический без всего", {
            "pyaterochka": [],
            "magnit": ["1000181497", "8000087572", "dafd7c4dc4"],
            "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"],
            "perekrestok": [],
        }, "plain Greek yoghurt (Lactica, Epica, «ГРЕЧЕСКИЙ 2%», Neo «Классический», Простоквашино, Савушкин "
           "TEOS, Teos «Натуральный»); every flavoured or layered Greek yoghurt (черника, клубника, персик, "
           "манго, инжир, орех-мед, ананас-кокос, малина) excluded"),
        ("овсянку геркулес на завтрак", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000222892", "2000219614", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "3469028", "2105514", "3933387", "23772", "3421663", "6752", "24926"],
        }, "rolled oat flakes titled «Геркулес» (Русский продукт, Nordic «Геркулес Финский», Мистраль, Любимые "
           "традиции, Маркет, Магнит «ГЕРКУЛЕС Нежный», «Экстра Геркулес»); oat flakes not called геркулес (Ясно "
           "Солнышко №1–3, Nordic plain, Myllyn Paras), instant flavoured porridges, oat drinks, cookies and "
           "Фацер «Хлеб ГЕРКУЛЕС» excluded"),
        ("мед к овсянке", {
            "pyaterochka": [],
            "magnit": ["ec1ad9dc52", "dadb78005d", "384d8d8201", "44c60c9317", "980d05dc00", "928ff089d4"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["4320670", "4320672", "3687699", "4320671", "3479121", "4340911", "3687698", "3687710",
                            "4316603", "4316605", "3467507", "4331449", "4355859", "4340910"],
        }, "natural honey of any kind (цветочный, липовый, гречишный, акациевый, горный, майский…); Магнит «Мед "
           "УССУРИЙСКИЙ БАЛЬЗАМ» (a honey-herb balm), honey liqueurs, kvass, honey-flavoured goods excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: each follows a line '=== fwnNN' up to the next '===' line."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("=== fwn"):
                if cur is not None:
                    texts.append("\n".join(cur).rstrip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).rstrip("\n"))
    return texts


def check_blind():
    blind = blind_texts(BLIND)
    errors = []
    if len(blind) != len(LISTS):
        errors.append("%d lists in the blind draft, %d in LISTS" % (len(blind), len(LISTS)))
    for n, (text, (lists_text, _)) in enumerate(zip(blind, LISTS), 1):
        rid = "fwn%02d" % n
        expected = text
        if rid in REPLACED:
            old, new = REPLACED[rid]
            if old not in expected:
                errors.append("%s: replaced item %r not in the blind text" % (rid, old))
            expected = expected.replace(old, new, 1)
        if lists_text != expected:
            errors.append("%s: text differs from the blind draft: %r != %r" % (rid, lists_text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fwn"))
