#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xo.jsonl -- shopping lists of a small guesthouse on the Black Sea coast
(owner, her husband and a hired helper restocking between guests), hand-labelled against the real
offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xo.build.py

LISTS below is literal data: 25 lists (3-5 items) as the three people would type them to a Telegram
bot, and for every item the product ids of every in-stock offer of every store that a reasonable
shopper who wrote exactly that item would accept.  Candidate titles were grepped broadly in
real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings,
ё folded to е) and read one by one; each item was re-checked by listing every title matching its stem
that was not accepted.  The note of each item records what was accepted, what was deliberately left
out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading korzina's matcher or
its data files, and without the labels of any other set.

The list texts were written before any offer was read and saved, read-only, in
fresh_basket_eval_xo.blind_lists.txt.  This script first checks that every list text equals that
blind draft (apart from the items recorded in REPLACED, which is empty: no item was replaced), then
calls labelled_lists.build -- every id exists in real_offers_g.jsonl *for that store* and is in stock,
no id repeats within an item, every item has a note, the labels are exactly the list's items in order
(an item is the text between commas / new lines) -- which writes the JSONL, and labelled_lists.stats,
which prints the counts.  List ids are fxo01 ... fxo25 in LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xo.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xo.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number (1-based): (blind item text, new item text)}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # owner: porridge and butter for the guests' breakfasts
    ("овсяные хлопья геркулес 2 пачки\nмолоко 3.2% 3 пакета\nмасло сливочное 82.5% 3 пачки\nсахар песок мешок 5 кг", [
        ("овсяные хлопья геркулес 2 пачки", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000005395", "2000219614", "2000222892", "2000601251"],
            "perekrestok": ["2105514", "23772", "24926", "3421663", "3469028", "3933387", "4005492", "4157124",
                           "6752"],
        }, "plain oat flakes whose title names Геркулес (brand or the rolled-oats type: Русский Продукт, Nordic, Мистраль, Любимые традиции, Экстра, Маркет); oat flakes without «Геркулес» in the title (Ясно Солнышко, Nordic plain, Быстров, Пр!ст) left out because the user named it; instant flavoured Геркулес porridge portions (35 г «Каша … Геркулес»), the ready dish «Геркулесовая каша» and the bread «Хлеб ГЕРКУЛЕС» excluded; «2 пачки» is a quantity"),
        ("молоко 3.2% 3 пакета", {
            "pyaterochka": ["2144368"],
            "magnit": ["1000122658", "1000049786", "1000127183", "1000139951", "1000172272", "1000244834", "1000323041", "1000445488",
                      "1000553875", "1051242645", "1059990140", "1812450001", "1899800825", "8000026014", "8000026015", "8000058295",
                      "8000081425", "18ca387556", "4aff59ccac", "be3e0e74c3"],
            "dixy": ["10J0077073", "2000066819", "2000238271", "2000509793", "2000557212", "2000560951", "2000594992", "2000600213"],
            "perekrestok": ["3668699", "3668953", "4162259"],
        }, "cow drinking milk labelled exactly 3.2 % (pasteurised, UHT, sterilised; children's and lactose-free milk incl. Агуша, Тема, Аммм «с 8 месяцев», Зелёная Линия «для детского питания»); ranges 3,2–4 / 3,2–6 %, топлёное (Эго, Северная долина), Дикси Му-у «Для капучино», condensed, dry, goat milk and kefir 3.2 % excluded; «3 пакета» is a quantity"),
        ("масло сливочное 82.5% 3 пачки", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642", "1000458136", "1000521208",
                      "1000566266", "1899900309", "8000045816", "4fc2d8c8ad", "6b22928df7", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271", "2000604391",
                    "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                           "3628337", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749",
                           "4055506", "4135603", "4196090", "4260609", "4292462", "4310021", "4343792", "86149",
                           "3699369", "4113532", "4175276"],
        }, "butter of 82.5 % (Традиционное, Вологодское, sweet-cream, unsalted, lactose-free; Пятёрочка «ТЫС.ОЗЕР Масло сл/слив.82,5%»; Перекрёсток Брест-Литовск «82.5» without % sign); 82 % butters (JALO KERMA, Arla Natura, President, Киприно, Молочный знак) excluded because the written fat must match exactly; 72.5 % Крестьянское, chocolate butter 62 %, ghee excluded"),
        ("сахар песок мешок 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214172"],
            "perekrestok": [],
        }, "white granulated sugar in a 5 kg bag (the size names the pack): only Дикси «Сахар-песок фасованный белый, 5 кг»; 1 kg / 900 g / 750 g packs, cubes, cane and vanilla sugar excluded"),
    ]),
    # helper: laundry for the bed linen
    ("порошок автомат для белого подешевле, белизну 2 бутылки, кондер для белья 2л", [
        ("порошок автомат для белого подешевле", {
            "pyaterochka": [],
            "magnit": ["0306390d77", "147d8a2d07", "4a43abe881", "6d62d005d5", "8d8c8ce3af", "9ec3c6b343", "a728270b73", "cf77b09c0c",
                      "d8210473b5", "d8aa9ce5e8", "e045589f41", "e1ac0bab6d", "eda27ccd92"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry powder whose title says «автомат» and is not a colour (Колор) powder, i.e. universal/white-wash powders (Ariel Горный родник 6 кг, Losk Горное озеро/Орхидея, Persil Свежесть от Вернель, Sorti Экстракт хлопка, Bimax 100 пятен/ароматерапия, Ariel Ленор фреш, Tide Автомат Детский); colour powders, powders without «автомат» in the title (Persil Сенситив, Persil Сов, Dosia, МИФ Морозная свежесть, Synergetic, ЗБК «детский для белого») excluded; gels and capsules excluded (the user wrote «порошок»); cleaning powders (Comet, Пемолюкс) and dishwasher powders excluded; «подешевле» is a wish"),
        ("белизну 2 бутылки", {
            "pyaterochka": ["3413434"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Белизна» chlorine bleach: only Пятёрочка Sanfor «гель белизна 3в1» (a Белизна-type chlorine gel, judged acceptable); oxygen bleaches and stain removers (ACE, ACE Окси, Synergetic) are not «белизна» and were left out; «2 бутылки» is a quantity"),
        ("кондер для белья 2л", {
            "pyaterochka": ["70980"],
            "magnit": ["20028d9807"],
            "dixy": [],
            "perekrestok": [],
        }, "fabric softener in a 2 l bottle (size respected): Пятёрочка Lenor 2 л, Магнит «Е Свежий, 2л»; 0.6–1.2 l and 3.5 l softeners, hair conditioners excluded"),
    ]),
    # husband: toilet paper, bin bags, a beer
    ("туалетку самую дешевую 4 уп, мешки для мусора 120 л прочные, пивка светлого", [
        ("туалетку самую дешевую 4 уп", {
            "pyaterochka": [],
            "magnit": ["013f5191a0", "0f9bdfbe08", "11634cf6c9", "2300103434", "24f2c70304", "328b9015fd", "475d902330", "6189f05c16",
                      "939f14debe", "9a0bd598be", "b0339ecad9", "be21812bf9", "be65d013c1", "cdc752b01e", "e01188fba0", "e9a925895a",
                      "f88b88076f"],
            "dixy": ["2000142974", "2000294361"],
            "perekrestok": ["75364"],
        }, "dry toilet paper in rolls of any brand and pack size («самую дешевую» is a wish, «4 уп» a quantity); wet toilet paper (Kleenex, Мон Рулон) excluded"),
        ("мешки для мусора 120 л прочные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 120 l bin bags in any store (Магнит has only 60 l bags); empty everywhere"),
        ("пивка светлого", {
            "pyaterochka": [],
            "magnit": ["0c7af2aa41", "1b3181a9dc", "2e39130955", "3ea97ca924", "409bf95866", "42f69bfc00", "4b9214b25a", "5efbef1867",
                      "63c65170c7", "69a66b3a0f", "72ef636633", "7e7ff281a0", "8f5e8411f3", "9f7d0a8f2d", "ae5974fdda", "b22153f240",
                      "b4204a2237", "bc158ed1af", "c7cb3e4e83", "cdadff0fd2", "cff5b47f4d", "e2bedcaafd", "e5d1876122", "ee4fd3d93d",
                      "f66314d40a", "ec022e4637", "b7be4e1cdf"],
            "dixy": [],
            "perekrestok": [],
        }, "light (светлое) alcoholic beer, filtered or not, incl. wheat and IPA light beers (Балтика Крафти, Волковская, Жигули, Konix, Охота) and Магнит «BAVARIA Premium Пиво свет фильтр»; Магнит «Напиток пивной ЭДЕЛЬВАЙС нефильтрованный» accepted as a light wheat beer (outside knowledge); dark beers (Wolpertinger, Крушовице тёмное), alcohol-free Stella Artois, flavoured beer drinks (Мишенька под вишенкой, Dr.Diesel, Green Beat…), медовуха excluded"),
    ]),
    # owner: syrniki ingredients
    ("творог 5% 2 кг\nмука пшеничная высший сорт на сырники\nяйца с1 два десятка на сырники\nсметана 15% для сырников\nизюм без косточек 200г", [
        ("творог 5% 2 кг", {
            "pyaterochka": [],
            "magnit": ["1000208909", "1000224037", "1000306424", "1000372786", "1000377235", "1000426473", "1000441658", "1000448251",
                      "1000453157", "1000475531", "1000512632", "1000535923", "1000563526", "1000572167", "1079990193", "2400019178",
                      "8000030462", "8000068592", "8000069908", "8000079349", "161690c563", "1720c2be05", "3959a203ba", "9aeeb10b64",
                      "c7f0f0e5ec"],
            "dixy": ["2000227595", "2000244591", "2000309621", "2000322093", "2000410935", "2000512184", "2000539346", "2000555052",
                    "2000568077", "2000595413", "2000599971", "ЦТ0047040"],
            "perekrestok": ["4050943", "4128957", "4153930", "4166368", "4249284", "4274201", "4299495", "4302679",
                           "4324116", "3279582", "3617778", "4294066", "3668864"],
        }, "plain cottage cheese of exactly 5 % (packs of any size, soft «мягкий» and «рассыпчатый» included, Parmalat lactose-free, Кубанский молочник «из топленого молока», Зелёная Линия «Зернышко/Зёрнышко» taken as plain творог, ЗЛ plain «Биотворог детский 5%» as children's творог); flavoured curds (fruit, raisins, варенье), «зерненый в сливках», творожок/продукт творожный, 5.5 % and other fat levels excluded; «2 кг» is the quantity wanted, not a pack size"),
        ("мука пшеничная высший сорт на сырники", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["2000553733", "2000576791", "D000002191", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "ЦТ0044544"],
            "perekrestok": ["16318", "2037765", "2107396", "2112692", "3193726", "3305673", "3502351", "3626914",
                           "3681817", "3915409", "4262616", "4326495", "91320", "91321"],
        }, "wheat flour of высший сорт (Магнит, Makfa, Увелка, Пышечка, Любимые традиции, Алексеевская, Бело-Нежная, Пермская, Предпортовая, Сарептская, Ситно, Сокольническая, Старооскольская, У Палыча, Царь, Маркет); judgement from outside knowledge / the same product's title in another chain: Магнит «Мука ПЫШЕЧКА, пшеничная, 2кг» (Дикси sells it as «высший сорт») and Старооскольская 2 kg in Магнит and Дикси (Перекрёсток: «высшего сорта») accepted; блинная and self-raising flour (mixes), «экстра» grade (a different grade from высший), unbranded/unstated-grade flours (Дикси «Мука пшеничная хлебопекарная», «Французская штучка пшеничная», «Мука Царь, 1кг», Тихорецкая особая), wholegrain, rye, rice, corn and other flours excluded"),
        ("яйца с1 два десятка на сырники", {
            "pyaterochka": [],
            "magnit": ["1000247384", "1000247393", "2047000033", "3454700001", "44e0856421", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671"],
            "perekrestok": ["2109476", "2131763", "3001671", "3182856", "3950938", "4085791", "4088955"],
        }, "chicken eggs of class С1 (incl. «1 категории», Latin «C1») in packs of 10 or 20 («два десятка» = 20 eggs: two packs of 10 or one of 20); packs of 6, 15 and 30, other classes (С0/отборные, С2, СВ «высшей категории») and quail eggs excluded"),
        ("сметана 15% для сырников", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785", "1000461810", "1000463648",
                      "1000553874", "1000558440", "1899900582", "8000035449", "8000057502", "8000068594", "8000072734", "2645f50028",
                      "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086",
                           "4221356", "4226994", "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        }, "plain sour cream of exactly 15 % (incl. «из топленых сливок» and lactose-free); Пятёрочка «Сметана … пикантная, с чесноком» (flavoured), other fat levels, sour-cream mayonnaise and snacks excluded; «для сырников» is a purpose"),
        ("изюм без косточек 200г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3640864", "4316951"],
        }, "raisins: Перекрёсток «Изюм Голден Маркет» 250 г and «Изюм светлый Маркет» 233 г — golden/light raisins are made from seedless grapes (outside knowledge, the titles do not say «без косточек»); «200г» read as the amount wanted for syrniki, not a pack size; goods «с изюмом» excluded"),
    ]),
    # helper: cleaning the rooms
    ("доместос для туалетов в номерах, ср-во д/стекол, губки д/посуды 10 шт, перчатки резиновые для уборки размер m", [
        ("доместос для туалетов в номерах", {
            "pyaterochka": [],
            "magnit": ["258e844027", "2750dd6add", "45a638f00b", "65de4380ad", "84c700d8bb", "a961e8e2cb", "ae9c88f524", "b36a2da83b",
                      "e407eb3e87", "ffbf84b458"],
            "dixy": [],
            "perekrestok": [],
        }, "Domestos toilet products: the Domestos cleaning gels (universal «Ультрабелый/Лимонная свежесть/Свежесть Атлантики/Ультраблеск», Eco) — the classic Domestos gel people pour into toilets — and the Domestos toilet rim block; the Domestos universal surface spray excluded (not a toilet product); other brands' toilet cleaners excluded because the user named Domestos; «для туалетов в номерах» is a purpose"),
        ("ср-во д/стекол", {
            "pyaterochka": [],
            "magnit": ["178dfbf106", "33bf988b24", "43520c7447", "723e8ed969", "7a50ad8895", "8a045d68b7", "c42e0fa87f", "f2132afd09",
                      "fd7ea6de24"],
            "dixy": [],
            "perekrestok": [],
        }, "glass / window cleaners (Cif, Клин/Clin incl. «для мытья окон», Mr.Muscle, Уникум, Synergetic «для мытья окон, зеркал», Майне Либе «для стекол и пластика»); Уникум grease remover for glass-ceramic hobs excluded"),
        ("губки д/посуды 10 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«10 шт» names the pack (a count of the product's own units); the only dish sponges are Магнит «МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт.», so nothing acceptable; a shoe sponge is not a dish sponge"),
        ("перчатки резиновые для уборки размер m", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household rubber gloves in any store; empty everywhere"),
    ]),
    # owner: coffee and tea corner for guests
    ("кофе в зернах lavazza 1 кг, чай greenfield в пакетиках 100шт черный, сливки 10% к кофе гостям, сахар рафинад коробка", [
        ("кофе в зернах lavazza 1 кг", {
            "pyaterochka": ["3396617"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lavazza coffee beans 1 kg: Пятёрочка «LAVAZZA Кофе CREMA E AROMA зер.в/у 1кг» (зер. = beans); Lavazza ground coffee (Дикси, Перекрёсток) excluded"),
        ("чай greenfield в пакетиках 100шт черный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000228472", "2000289445"],
            "perekrestok": ["2147890", "2147891", "3378336", "3450276"],
        }, "Greenfield black tea in packs of 100 bags (100×2 г, «100пак»): English Edition, Earl Grey Fantasy, Kenyan Sunrise, Золотой Цейлон, Spring Melody — all Greenfield black teas (brand + product accepts every variant); packs of 25 bags, loose tea (100 г / 200 г) and herbal Greenfield excluded"),
        ("сливки 10% к кофе гостям", {
            "pyaterochka": [],
            "magnit": ["1000006089", "1000052910", "1000128456", "1000144079", "1000456519", "1000461011", "1000506066", "1000537609",
                      "1899911837", "3201860040", "913cd14db9"],
            "dixy": [],
            "perekrestok": ["3431574", "4271735", "4267108", "44849", "68419"],
        }, "drinking cream of exactly 10 % (sterilised/UHT, bottles, cartons and 10×10 г portions incl. «для кофе»); 11 % Parmalat, 20/33 %, whipping cream, sour cream, ice cream and «со сливками» goods excluded; «к кофе гостям» is a purpose"),
        ("сахар рафинад коробка", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["10E0076829", "2000350151", "2000468691", "2000538871"],
            "perekrestok": ["4092763"],
        }, "white refined sugar cubes (прессованный / кусковой: Русский сахар 1 кг and 500 г, Чайкофский кусковой 250 г, Дикси «Сахар прессованный, 1 кг»); Магнит «Сахар-песок ЧАЙКОФСКИЙ, Рафинированный» is granulated, not рафинад cubes; brown/cane lump sugar excluded (not refined white sugar); «Сахар Советский Экстра» does not state cubes — excluded"),
    ]),
    # husband: family dinner on the grill
    ("окорочка кг 2, картоха молодая кг 3, помидорки розовые к салату, огурчики короткие свежие, лаваш тонкий 2 уп", [
        ("окорочка кг 2", {
            "pyaterochka": [],
            "magnit": ["83c54dfa06", "6bf2d45df8", "d9a7978145"],
            "dixy": [],
            "perekrestok": [],
        }, "no title names chicken leg quarters (окорочок / четвертина); bone-in raw chicken thighs (Магнит «БЕДРО КУРИНОЕ гриль, охлажденное», «Бедро куриное ПЕТЕЛИНКА», «Бедро цыпленка-бройлера ПЕТРУХА») accepted because «окорочка» is commonly used for thighs (judgement resting on outside knowledge); boneless thigh fillet, drumsticks in marinade, pork/turkey/beef «окорок/бедро» and smoked goods excluded; «кг 2» is a quantity"),
        ("картоха молодая кг 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no title says молодой картофель (new potatoes); ordinary, baby («Бэби»), red, washed and sweet potatoes are not «молодая» and were left out, as were the cooked «Картофель молодой … запеченный» dish, chips and frozen fries; empty everywhere"),
        ("помидорки розовые к салату", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["21292", "3383465", "3695580"],
        }, "fresh pink tomatoes whose title says «розовые» (Дикси «Томаты Азербайджанские розовые»; Перекрёсток розовые Азербайджан / грунтовые / фасованные); red, yellow, cherry, cocktail, Кумато and varieties whose colour the title does not state (Бычье сердце, Голубая Леди, Махитос, Панамера) excluded, as are canned and pickled tomatoes; «к салату» is a purpose"),
        ("огурчики короткие свежие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000327957"],
            "perekrestok": ["4072", "3368260"],
        }, "fresh short cucumbers: Перекрёсток «Огурцы короткоплодные» and «Огурцы Бакинские» (a short bumpy variety — outside knowledge), Дикси «Огурцы корнишоны, в упаковке, 300 г» (fresh gherkins in a tray, judged fresh from the packaging); long, medium (среднеплодные), smooth/«гладкие», unspecified fresh cucumbers and all pickled/salted/marinated cucumbers and gherkins excluded"),
        ("лаваш тонкий 2 уп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "thin lavash: Перекрёсток «Лаваш Коломенский Армянский тонкий» and «Лаваш Армянский Маркет» (Armenian lavash is the thin sheet kind — outside knowledge); tandoor flatbreads (лепёшка) excluded; «2 уп» is a quantity"),
    ]),
    # owner: jam and honey for breakfasts
    ("джем абрикосовый к завтраку\nварение вишневое\nмед цветочный баночку к блинам", [
        ("джем абрикосовый к завтраку", {
            "pyaterochka": [],
            "magnit": ["5363863c58", "243ffcd8c4"],
            "dixy": ["2000223634"],
            "perekrestok": [],
        }, "apricot jam: Магнит Махеевъ «Абрикосовый», Дикси «Круглое лето абрикосовый» and Магнит Zuegg «Конфитюр … Экстра, абрикос» (конфитюр taken as jam — judgement); apricot варенье (Магнит, Перекрёсток Пр!ст/Ратибор/Маркет) is not jam (варенье ≠ джем) and was excluded, as were other jam flavours and apricot-flavoured goods"),
        ("варение вишневое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000547000"],
            "perekrestok": ["4198147", "4252162"],
        }, "cherry (вишня) варенье, typo «варение» read as варенье: Дикси «Круглое лето», Перекрёсток Ратибор «вишнёвое» and Маркет «вишневое стерилизованное»; cherry jam (джем вишнёвый Махеевъ / Пр!ст) excluded because варенье ≠ джем; white sweet-cherry (черешня) varenye excluded"),
        ("мед цветочный баночку к блинам", {
            "pyaterochka": [],
            "magnit": ["928ff089d4"],
            "dixy": ["2000573811"],
            "perekrestok": ["3467507", "3479121", "4316605", "4320672", "4331449", "4340910", "4340911", "4355859"],
        }, "honey whose title says «цветочный» (incl. «цветочное разнотравье», Горный/Лесной/Шалфейный/донниковый/луговой «…цветочный»); honeys without the word (Магнит горный, Мёдовед Горный/Акация, липовый, гречишный, акациевый, Майский, Абрико Подсолнух, Перекрёсток «Мёд луговой натуральный») excluded because the user named the kind; «баночку» and «к блинам» are quantity and purpose"),
    ]),
    # helper: soap and toiletries for the rooms
    ("мыло жидкое 5 л, мыло туалетное маленькое, зубные щетки", [
        ("мыло жидкое 5 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 5 l liquid soap in any store (largest: Synergetic крем-мыло 3,5 л, 1 l bottles); the size names the canister, so nothing acceptable"),
        ("мыло туалетное маленькое", {
            "pyaterochka": ["2051922"],
            "magnit": ["9b02b9b497", "1d0c2585e7", "32a0d1f104", "ed9cce1988", "9414c12e2a", "10ebefccb6", "513fa131d4", "902f1446a6",
                      "2b2dc9be48", "dc80802708", "64e63d8450", "20a12648c7", "7095610270", "9ab8acf840", "7bb5cda4e1", "1ea86852eb"],
            "dixy": ["2000578992", "2000570312"],
            "perekrestok": ["3141071", "4341133", "4280563", "4280564", "3623988"],
        }, "small bars of toilet soap (80–100 g single bars and multipacks of 85–90 g bars, incl. solid крем-мыло and Johnson's baby soap 100 g); large 190–200 g bars (ЗБК «для дамъ и господъ», Банное, Премиум Банное, Пятёрочка ЗБК 190 г) excluded as not small; liquid soaps excluded"),
        ("зубные щетки", {
            "pyaterochka": [],
            "magnit": ["15eb91b97a", "164c85cff8", "30fbe9d778", "3f23977f6d", "6d7d415d16", "7ffcedcf0c", "8be958bc76", "98a81e3790",
                      "a220600cc9", "cb1059cff8", "e1ec979e32", "e69a2c0e97", "f9252d0683", "a6f0ee3a9f"],
            "dixy": ["2000088859"],
            "perekrestok": [],
        }, "adult manual toothbrushes of any brand (Colgate, Oral-B incl. «1-2-3», Splat, Biomed, President, R.O.C.S.); children's toothbrushes (Splat Junior, Colgate детская, Oral-B Кидс) excluded as age-specific oral care; body brush and stain-remover brush excluded"),
    ]),
    # owner: juice and water for guests
    ("сок апельсиновый 1л 4 пачки, сок яблочный j7, вода питьевая 5л пару бутылей", [
        ("сок апельсиновый 1л 4 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814"],
            "perekrestok": [],
        }, "single-fruit orange juice in a 1 l pack (the size names the pack): Дикси «Сок Rich апельсиновый, 1 л»; 0.97 l / 0.85 l / 0.3 l packs (Я, J7), nectars (Добрый, Любимый), сокосодержащие напитки (Pulpy, Вкусно Сок), J7 «Продукт питьевой», mixed juices and oranges excluded"),
        ("сок яблочный j7", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000107422", "2000405003"],
            "perekrestok": ["3977669", "4059743"],
        }, "J7 apple juice of any size (Дикси 0.97 l «для детского питания» and 0.3 l, Перекрёсток «J7 Fresh Taste Яблочный» 850 мл and 0.3 l); Мажитэль J7 whey drinks, J7 «Продукт питьевой» multifruit and J7 orange excluded"),
        ("вода питьевая 5л пару бутылей", {
            "pyaterochka": ["3635131"],
            "magnit": ["7f00277465", "c0d204fa30", "daea15c2c5"],
            "dixy": ["2000145479", "2000264455", "2000311289", "2000337258", "2000601611"],
            "perekrestok": ["2504", "3217460", "3373718", "3462773", "3674373", "4231308", "4263871", "4264399",
                           "43693"],
        }, "still drinking water in 5 l bottles (incl. Пятёрочка «Легенда Гор» столовая негазированная «5.0», Перекрёсток «Люкс вода … с тарой», children's drinking water 5 l — Фрутоняня, Аквалайн «Для ляль», Черноголовка Бэйби, Кидси — as drinking water, like children's milk); 6 l and smaller bottles, sparkling and medicinal water excluded; «пару бутылей» is a quantity"),
    ]),
    # husband: bread, eggs, cheese
    ("хлеб белый нарезной, батон к чаю, яица 3 десятка, сыр российский кусок грамм 400", [
        ("хлеб белый нарезной", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d", "643727af2a", "67f076fea4"],
            "dixy": [],
            "perekrestok": ["4318510", "2065120", "4329401", "3680023", "4102687", "4329402", "4264947", "4323653"],
        }, "sliced white wheat bread: white batons that are sliced (Батон Нарезной Коломенское/Пр!ст/Маркет/улучшенный, Молочный, Горчичный, «к завтраку»), Магнит «Батон ХЛЕБНЫЙ ДОМ Утренний нарезка», «Хлеб ГОРЧИЧНЫЙ пшеничный нарезка высший сорт», «Хлеб ТОСТОВЫЙ пшеничный нарезанный», Перекрёсток «Хлебец Белый с отрубями нарезанный» (a white loaf); rye and rye-wheat breads (Бородинский, Дарницкий, Столичный, Измайловский…), grain/bran batons (Батон Зерновой, Батон ОТРУБНОЙ), multigrain toast bread, unsliced loaves (Батон Новый, «Батон, 300г», Хлеб Французский, Хлеб Горчичный 300 г) and breads whose flour the title does not state (Смак Бабушкин, Крестьянский формовой, Советский) excluded"),
        ("батон к чаю", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d", "a37c992f14"],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4157283", "4264947", "4318510", "4318511", "4329401",
                           "4329402", "78011178"],
        }, "any батон (white long loaf, sliced or not, incl. Нарезной, Молочный, Горчичный, Зерновой, Отрубной, «к завтраку», Новый); «к чаю» read as a purpose — no product is titled «Батон к чаю»; батончики, bread rolls, sweet tea bread «Хлеб ЧАЙНЫЙ» and biscuits excluded"),
        ("яица 3 десятка", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007", "2047000014", "2047000033",
                      "3454700001", "1a8d487cea", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425", "2000326489",
                    "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3062838", "3182853", "3182856", "3355250",
                           "3356111", "3392204", "3421287", "3432532", "3914040", "4012802", "4085791", "4085792",
                           "4201192", "4201194", "4236458", "4337164", "4339427", "4352464", "4364349", "4085790",
                           "4229222"],
        }, "chicken eggs of any class in packs of 10 or 30 («3 десятка» = 30 eggs: three packs of 10 or one of 30; typo «яица»); packs of 6, 15 and 20, quail eggs, liquid egg products, chocolate eggs and mayonnaise excluded"),
        ("сыр российский кусок грамм 400", {
            "pyaterochka": [],
            "magnit": ["1000057898", "1000316962", "f6d00325e6"],
            "dixy": ["2000209050", "2000397412"],
            "perekrestok": ["3629975", "3668882"],
        }, "Российский cheese as a piece or sold by weight (Брест-Литовск, Вкуснотеево, Моя цена весовой, Белебеевский, Тендер, Российский молодой Зелёная Линия / Пр!ст «кусок»); sliced Российский (Брест-Литовск «слайсами») excluded because the user asked for a piece; «Продукт По-Российски … на основе растительного жира» is not cheese; «грамм 400» is the amount wanted"),
    ]),
    # owner: children's breakfasts
    ("йогуртики детские, сырки глазированные для детей, кукурузные хлопья гостям на завтрак, мюсли не сладкие", [
        ("йогуртики детские", {
            "pyaterochka": ["56595", "21842", "3463087"],
            "magnit": ["1000138066", "1000094173", "1000461609", "1000211109", "8000022363", "1000559788", "1000568730", "1000272455",
                      "1059990444", "1000206971", "1000206972", "1000334603"],
            "dixy": ["2000580591", "2000280864"],
            "perekrestok": ["2151254", "3629034", "4356575", "4038857", "4023796", "4341332", "4159721", "4159716"],
        }, "children's yoghurts, spoonable and drinking (Агуша, Растишка, Тёма биойогурт, Фрутоняня, Мама Лама, СуперКид — the last taken as a children's brand from its name); children's fermented drinks that are not yoghurt (Immuno Lakto, Имунеле For Kids, Actimuno Kids), biolact, curds and adult yoghurts excluded"),
        ("сырки глазированные для детей", {
            "pyaterochka": ["f17a948634", "4061730"],
            "magnit": ["1000059925", "1000059932", "1000077349", "1000117018", "1000122409", "1000138236", "1000149410", "1000149411",
                      "1000167329", "1000167330", "1000172948", "1000186648", "1000186649", "1000238205", "1000238206", "1000274202",
                      "1000286637", "1000286638", "1000305762", "1000351466", "1000359364", "1000359365", "1000518913", "1000580174",
                      "1000580175", "1000581120", "1899801136", "8000061566", "8000061673", "8000070532", "8000078945", "1432ba3e24",
                      "2a66b2b012", "2a844a0718", "42cd196db0", "61ab02df21", "a436bb1f2b", "b3f3665e14", "d7df85a8e4", "3d86f7f88b"],
            "dixy": ["2000179854", "2000597331", "2000597332"],
            "perekrestok": ["3041670", "4208433", "4227636", "4227649", "20615", "3427052", "3454107", "3463779",
                           "3666241", "3666242", "4227614", "4227635"],
        }, "glazed curd snack bars (сырок глазированный / «в молочном шоколаде», any flavour and brand, incl. Пятёрочка «Сырки творожные … в молочной кондитерской глазури» and «Сырок твор.гл.», Моя цена with milk-fat substitute, Магнит Ростагроэкспорт «Десерт творожный глазированный» 60 г taken as a glazed сырок; Магнит «Сырок творожный РОСТАГРОЭКСПОРТ, ванильный, 20%, 45г» accepted as the same 45 g 20 % bar other titles call «глазированный»); unglazed or not-stated сырки (ванилин/изюм 90–100 г, Три кота, Сыркофф 40 г, Пятёрочка «Коровка из Кореновки» — no glaze stated), a сырок «в вафельном рожке», glazed curd sticks and smoked «сыро-копчёные» goods excluded; «для детей» is a purpose"),
        ("кукурузные хлопья гостям на завтрак", {
            "pyaterochka": [],
            "magnit": ["12df5755fb", "2abeae8e6b", "898522f249", "c07160a0f8", "d3e5f54fa9"],
            "dixy": ["2000577612"],
            "perekrestok": [],
        }, "corn flakes, plain or honey/glazed/cinnamon (Любятово, Магнит, Увелка, Кузя Лакомкин, Extra Golden); Kellogg's rings, Хрутка honey flakes (not stated corn), 5-/4-grain flakes, oat flakes and chocolate with corn flakes excluded"),
        ("мюсли не сладкие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no unsweetened muesli: the only muesli (Магнит «Мюсли ОГО, с тропическими фруктами») contains sweetened fruit and the granolas are sweet baked cereals; yoghurts «с мюсли/гранолой» excluded; empty everywhere"),
    ]),
    # helper: paper goods and room care
    ("салфетки бумажные белые на столы, полотенца бумажные 4 рулона, ватные диски 2 уп в номера, освежитель воздуха в туалеты", [
        ("салфетки бумажные белые на столы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain white paper table napkins: Магнит Wellfort «Барокко» (patterned, assorted) and Перекрёсток Home Story «киви» (printed) are not white; facial tissues, wet wipes and colour-catcher sheets excluded; empty everywhere"),
        ("полотенца бумажные 4 рулона", {
            "pyaterochka": [],
            "magnit": ["ce24df13d2"],
            "dixy": [],
            "perekrestok": [],
        }, "paper towels in a pack of 4 rolls (the count names the pack): Магнит «Полотенца бумажные ЗЕВА, 2-слойные, 4 рулона»; 1- and 2-roll packs excluded"),
        ("ватные диски 2 уп в номера", {
            "pyaterochka": [],
            "magnit": ["472f57de85", "51bcbab403"],
            "dixy": [],
            "perekrestok": [],
        }, "cotton pads of any count (Белла Коттон 80 шт, Я Самая 120 шт); cotton buds excluded; «2 уп» is a quantity"),
        ("освежитель воздуха в туалеты", {
            "pyaterochka": ["61286bc1eb", "20712", "3212818", "3347029", "3411982", "38668"],
            "magnit": ["1c784cc14c", "201fbef8c1", "3ab0089226", "3df85dde9e", "42fe42c702", "4c2ba72398", "50ca75614b", "5d8947bd9a",
                      "668a740138", "7502cd94c3", "82650cc4a1", "8bf9c6d772", "a83cb55b28", "a9459b85ec", "a96fb4722f", "ab92bcd615",
                      "ac28f14d0a", "c6a21854cd", "cb27516695", "d012e0d603", "d29ec4524b", "d373502e47", "d41ae64cf3", "d577be321d",
                      "e19d49ff10", "e2fc4a6650", "f5c85ed1cb"],
            "dixy": [],
            "perekrestok": ["3974933", "4225458", "4225730", "4246858", "4370042"],
        }, "air fresheners: aerosols and automatic/diffuser sets (Glade, Air Wick incl. Pure and Freshmatic, Симфони, Магнит, Synergetic, Liberhaus, Arluni; Пятёрочка «GLADE Освеж.AUTOM.» taken as a set since it is not called a refill); refill cans/blocks («сменный баллон», «запасной блок», Air Wick Life Scents refills) excluded since they need a device; fabric-care and shoe sprays, aroma oil for diffusers excluded"),
    ]),
    # owner: porridge groats
    ("манка кило, пшено на кашу гостям, рис круглый для молочной каши, корица молотая для сырников", [
        ("манка кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no semolina (манная крупа) in any store; flavoured instant «Каша манная Makfa» portions 40 г are not манка; empty everywhere"),
        ("пшено на кашу гостям", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats: Пятёрочка «Крупа пшено шлифованное в пакетиках для варки 400 гр.»; «Каша Myllyn Paras пшенная» (flakes/instant porridge), rice-and-millet mixes (Увелка «Дружба») and ready millet porridge excluded"),
        ("рис круглый для молочной каши", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180350", "2000219612", "2000282743", "2000292827", "DI00079260", "ЦТ0042579"],
            "perekrestok": ["3231277", "3469127", "3469128", "3603169", "3674360", "4332035"],
        }, "round-grain rice (круглый / круглозерный / круглозернистый, loose or in boil bags: Зернышко к зернышку, Мистраль Кубань / Италика, Националь Краснодарский, Увелка, Маркет, Дикси «Крупа Рис круглый»); long-grain, parboiled, basmati/jasmine, «для плова», sushi/Japanese-cuisine rice, risotto rice not stated round (Адриатика, Бальдо), Агро-Альянс «кубанский» (grain not stated) and rice-millet mixes excluded; «для молочной каши» is a purpose"),
        ("корица молотая для сырников", {
            "pyaterochka": [],
            "magnit": ["aaed24508c"],
            "dixy": [],
            "perekrestok": [],
        }, "ground cinnamon: Магнит «Корица КОТАНИ, Молотая, 25г»; goods with cinnamon flavour excluded"),
    ]),
    # husband: bags and summer things
    ("мешки мусорные 60 л 2 рулона, пластины от комаров раптор, батарейки аа пальчиковые", [
        ("мешки мусорные 60 л 2 рулона", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l bin bags: Магнит «Мешки для мусора МАГНИТ НУЖНЫЕ ВЕЩИ Био ушки 60л, 20шт.»; «2 рулона» is a quantity"),
        ("пластины от комаров раптор", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no mosquito repellent plates; Магнит «Ловушка от пищевой моли РАПТОР» is a moth trap, not «от комаров»; empty everywhere"),
        ("батарейки аа пальчиковые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no batteries in any store; empty everywhere"),
    ]),
    # owner: bathroom and floor cleaning
    ("средство для мытья полов с запахом, пемолюкс чистящий порошок для ванн, антинакипин для чайника, чистящее для ванной", [
        ("средство для мытья полов с запахом", {
            "pyaterochka": [],
            "magnit": ["119c855478", "18d07f098b", "494fcd17ad", "69f4fcf56c", "789291ba7a", "9851df55cf", "ae95ec9c5b", "cac8e32a0f",
                      "dc08e0632c", "ff7b4707dc"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "floor-cleaning liquids (Mr.Proper «для полов и стен», Lysol «д/пола и поверх», Biomio, Sanfor, Synergetic, Grass), all scented, so «с запахом» is met; Mr.Proper «Моющее средство … Лимон/роза 500мл» and Mr.Proper sprays whose titles do not say floors, and universal cleaners excluded"),
        ("пемолюкс чистящий порошок для ванн", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000223736"],
            "perekrestok": [],
        }, "Pemolux cleaning powder: Дикси «Порошок чистящий Пемолюкс Лимон, 480 г»; other brands' cleaning powders (Comet, Пр!ст) excluded because the user named Пемолюкс; «для ванн» is a purpose"),
        ("антинакипин для чайника", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kettle descaler in any store; Calgon (washing-machine water softener) is not for kettles; empty everywhere"),
        ("чистящее для ванной", {
            "pyaterochka": [],
            "magnit": ["ccbfb92788", "471769ce1a", "8aefb6c0cc", "f685b8e25c", "5f2770a277", "1cb5d26b19", "108066509c", "0e23c9de68",
                      "809f6fa41f"],
            "dixy": [],
            "perekrestok": [],
        }, "cleaners whose title says they are for the bath/bathroom or for sanitary ware (Synergetic «для ванной» and «для мытья сантехники», Biomio «для чистки ванны», Уникум «уборки ванной комнаты» and «акриловых ванн и душевых кабин», Cillit Bang «для ванны», Майне Либе and Грасс Глосс «для сантехники», Synergetic «Гель для сантехники»); mould remover (UNICUM «удал плесени»), toilet-only products (Grass WC-gel, Bref, Утёнок), universal creams/powders/sprays (Cif, Comet, Пемолюкс, Domestos), anti-limescale sprays not stated for the bathroom (Cillit Bang «от налета», «Антиналет+блеск», Bref «анти-налёт») and bath cosmetics (bath salt, foam) excluded"),
    ]),
    # helper: hurried restock, abbreviations
    ("туал бум 12 рул, жидк мыло запаска, порошок тайд 6кг, фейри большой", [
        ("туал бум 12 рул", {
            "pyaterochka": [],
            "magnit": ["013f5191a0", "2300103434", "939f14debe", "e9a925895a"],
            "dixy": [],
            "perekrestok": [],
        }, "dry toilet paper in packs of 12 rolls (the count of rolls names the pack): Familia Плюс, Zewa Plus ×2, Zewa Делюкс Ромашка (all Магнит); 4/6/8-roll packs and wet toilet paper excluded"),
        ("жидк мыло запаска", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«запаска» = a refill pack of liquid soap; no title offers a refill (дой-пак / запасной блок / сменный); bottles with pump, 1 l bottles and the 3.5 l Synergetic crème-soap canister are not refill packs; Пятёрочка «PALMOL.Мыло НЕЙТР.ЗАП.жид.300мл» is Palmolive «Нейтрализующее запах» (ЗАП. = запах), not a refill; empty everywhere"),
        ("порошок тайд 6кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 6 kg Tide powder (Магнит Tide powders are 2.4–2.5 kg; Tide gel/capsules are not powder); the size names the pack; empty everywhere"),
        ("фейри большой", {
            "pyaterochka": [],
            "magnit": ["186ff3d636", "4cf63843e3", "514b218200", "8d877b13ce", "a401696a68", "bbb10983dd"],
            "dixy": ["2000274013", "2000371202", "2000591971"],
            "perekrestok": [],
        }, "Fairy dish-washing liquid in a large bottle (900 ml and 1.35 l); 430–650 ml bottles excluded as not «большой», Fairy dishwasher tablets excluded"),
    ]),
    # owner: family dinner (pasta)
    ("фарш говяжий кило на котлеты, макароны барилла спагетти 2 пачки, пармезан кусок небольшой, томаты в собственном соку", [
        ("фарш говяжий кило на котлеты", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000207953", "2000322809"],
            "perekrestok": ["4013", "4288090", "4357432"],
        }, "beef mince (Мираторг говяжий, Иван Мясоедов, Перекрёсток говяжий (weighed), Хороший Кусок «из говядины»); mixed (домашний, деревенский, фермерский, классический), pork, turkey and fish mince excluded; «кило» is the quantity wanted, «на котлеты» a purpose"),
        ("макароны барилла спагетти 2 пачки", {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000016649", "2000280926"],
            "perekrestok": [],
        }, "Barilla spaghetti of any thickness (Spaghetti №5, Spaghettini №3, Спагеттони); other Barilla shapes incl. long ones (Букатини, Баветте), other brands' spaghetti and chechil «спагетти» excluded; «2 пачки» is a quantity"),
        ("пармезан кусок небольшой", {
            "pyaterochka": [],
            "magnit": ["1000371470", "1000384143", "1000578272", "0dc02300a0", "632a4664e6", "e7e41c2d16"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416"],
        }, "parmesan (or parmesan-type hard cheese titled «Пармезан») as a piece, pre-packed (100–200 g) or sold by weight to be cut small; grated parmesan, cream cheese with parmesan and ravioli excluded; «небольшой» read as a small piece, which pre-packed and weighed pieces both allow"),
        ("томаты в собственном соку", {
            "pyaterochka": [],
            "magnit": ["f77a551f2e"],
            "dixy": ["2000582831", "2000118119", "2000571955"],
            "perekrestok": ["4181618", "3901877", "4042450"],
        }, "canned tomatoes in their own juice: Дикси Botanica «в собственном соку»; tomatoes «в томатном соке» (Дядя Ваня, Круглое лето, Маркет) and Bonduelle «очищенные в томатной мякоти» accepted as the same product; Перекрёсток «Томаты резаные Маркет» (canned chopped tomatoes) accepted as tomatoes in juice (judgement); herb/onion-flavoured chopped tomatoes, passata («протертая мякоть»), tomato paste, ketchup, juice, pickled/marinated and fresh tomatoes excluded"),
    ]),
    # owner: instant coffee, cocoa, milk, biscuits
    ("кофе растворимый якобс монарх 150г, какао несквик для детей, молоко ультрапастеризованное 1л, печенье юбилейное гостям к чаю", [
        ("кофе растворимый якобс монарх 150г", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "88df1b0c73"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs Monarch instant coffee in 150 g packs: Пятёрочка «Jacobs Monarch, растворимый, 150 г», Магнит «JACOBS MONARCH, сублимированный, 150г» and «JACOBS Монарх Интенс, сублимированный, 150г» (freeze-dried = instant); 95 g and 190 g packs, ground and bean Monarch, Milligrano and other Jacobs lines excluded"),
        ("какао несквик для детей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Nesquik in any store; other cocoa drinks (Хрутка, Скрепыши, Чукка) and cocoa powders excluded because the user named Nesquik; empty everywhere"),
        ("молоко ультрапастеризованное 1л", {
            "pyaterochka": [],
            "magnit": ["1000351083", "18ca387556", "8000079205", "1000156187"],
            "dixy": ["2000328874", "2000560951", "2000511374", "2000273384", "2000328870"],
            "perekrestok": [],
        }, "UHT (ультрапастеризованное) cow milk in a 1 l pack, any fat level, lactose-free included (Parmalat, Эконива, Parmalat Protein, Дикси «ультрапастеризованное … 925мл/1000мл» assortments which include 1 l packs); Дикси «Parmalat безлактозное 1,8%, 1 л» accepted as UHT (Магнит sells the same milk as ультрапастеризованное — outside knowledge); sterilised milk (Мозырские 1 л, Parmalat «стерилизованное» 1 кг), 1 кг / 950 г / 973 мл / 970 мл packs (the size names the pack), pasteurised milk and milk drinks excluded"),
        ("печенье юбилейное гостям к чаю", {
            "pyaterochka": [],
            "magnit": ["23c5c2875e", "4ecdd613ad", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное biscuits of any variant (традиционное, молочное, с глазурью, Дикси «Юбилейное» Овсяное); Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» coffee excluded"),
    ]),
    # husband: fruit from the market
    ("арбуз один, черешня 1 кг, персики 2 кг", [
        ("арбуз один", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4072214", "4072217", "77410", "79044"],
        }, "whole watermelon incl. seedless Бейби and yellow watermelons (Перекрёсток); watermelon-melon cut mix, watermelon-flavoured goods and toys excluded; «один» is a quantity"),
        ("черешня 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh sweet cherries in any store; cherry-flavoured curds and white-cherry варенье excluded; empty everywhere"),
        ("персики 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3197915", "3334645", "3630901", "3638016", "3759", "4140941", "4258858", "4348432",
                           "4353564", "73914", "77263"],
        }, "fresh peaches of any kind incl. flat (плоские) and «инжирный» peaches, loose or packed; canned peaches in syrup, peach juice/nectar and peach-flavoured goods excluded; «2 кг» is the quantity wanted"),
    ]),
    # owner: breakfast buffet
    ("сыр нарезка, колбаса докторская граммов 500, масло крестьянское 72.5%, огурцы свежие на завтрак", [
        ("сыр нарезка", {
            "pyaterochka": ["3388814"],
            "magnit": ["1000278400", "1000318957", "1000452314", "1000500635", "1000560446", "8000046707", "8000046709", "8000072121",
                      "8000076647", "1b8b3c9113", "31ddd058b1", "bb94e30976", "be2dd7f6c8", "ca5cdad8ff", "e2a74deed4"],
            "dixy": ["2000365650", "2000557451"],
            "perekrestok": ["3500347", "3501004", "4274229", "4353317", "4003953"],
        }, "sliced real cheese of any kind (Брест-Литовск классический/Российский, Landkaas Маасдам, Oldenburger incl. with walnuts / tomato-basil / protein, Valio Бутербродный / Олтермани, Радость вкуса, Сваля Тильзитер, Село Зелёное Гауда, Тысяча озёр Лёгкий, Natura, Маркет Гауда/Маасдам/Тильзитер/Чеддер); processed cheese slices (Hochland Гриль Чиз), curd/cream cheese and sliced sausages («сырокопчёная нарезка») excluded"),
        ("колбаса докторская граммов 500", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374", "6e16b1777a", "80689e53b3",
                      "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca", "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, "Докторская boiled sausage of any brand and pack, sliced or piece, incl. «Докторская Особая»; Докторские сосиски excluded; «граммов 500» is the amount wanted"),
        ("масло крестьянское 72.5%", {
            "pyaterochka": [],
            "magnit": ["1000457493", "1844000142", "1855599920", "3181241105"],
            "dixy": ["2000401635"],
            "perekrestok": ["2029217", "2068941", "2071031", "3226314", "3347817", "3355277", "3363741", "3371288",
                           "3384196", "3406593", "3423762", "3472940", "3645266", "3917028", "3980020", "4035287",
                           "4260610", "86150"],
        }, "Крестьянское butter (72.5 % by its ГОСТ name; Перекрёсток «Масло Княгининское Крестьянское» without a % value accepted on that basis — outside knowledge); 72.5 % butters not named Крестьянское (Danke, Брест-Литовск, Шахунья Гост, Первым делом, ЭкоНива, Кунгурский, безлактозное ЗЛ) excluded because the user named the kind; 82.5 % butters and «Хлеб Крестьянский» excluded"),
        ("огурцы свежие на завтрак", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072",
                           "2131726"],
        }, "fresh cucumbers of any kind (smooth, prickly, long, medium, short, Бакинские, packed, Дикси fresh «корнишоны, в упаковке»; Перекрёсток «Огурцы Хрустящие» sold by weight taken as fresh); pickled, salted and marinated cucumbers and gherkins, salads with cucumber and cucumber-flavoured goods excluded"),
    ]),
    # helper: laundry and dishwasher
    ("персил гель для цветного белья, ленор, таблетки для посудомойки финиш упаковка 100", [
        ("персил гель для цветного белья", {
            "pyaterochka": [],
            "magnit": ["66bfaeda5d", "7d313765a5", "977db1793a", "9906e11821"],
            "dixy": [],
            "perekrestok": [],
        }, "Persil laundry gel for coloured laundry (Persil Колор gels, any size incl. 20-wash and 2×1.95 l); universal Persil gels (plain, Премиум, Пауэр, Свежесть от Вернель), Persil capsules and powders excluded"),
        ("ленор", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric softener: Пятёрочка «Кондиционер для белья Lenor, скандинавская весна, 2 л»; Ariel powder «Ленор фреш» is a detergent, not Lenor softener"),
        ("таблетки для посудомойки финиш упаковка 100", {
            "pyaterochka": [],
            "magnit": ["bf6352e294"],
            "dixy": [],
            "perekrestok": [],
        }, "Finish dishwasher tablets in a pack of 100 (the pack is named): Магнит «FINISH All In 1, 100шт.»; Finish packs of 25–70, Finish powder/salt/rinse/cleaner and other brands' 100-packs (Somat) excluded"),
    ]),
    # owner: syrniki, second batch
    ("творог 9% простоквашино 4 пачки\nмука рисовая для сырников\nванильного сахара пару пакетиков\nсметана 20% большая", [
        ("творог 9% простоквашино 4 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3487310"],
        }, "Простоквашино cottage cheese of exactly 9 %: Перекрёсток «Творог Простоквашино 9%, 180г»; Простоквашино 2 % / 5 % / «Нежный мягкий» and curd desserts excluded; «4 пачки» is a quantity"),
        ("мука рисовая для сырников", {
            "pyaterochka": [],
            "magnit": ["5221bd2444"],
            "dixy": ["2000307487"],
            "perekrestok": ["3196995", "4331381", "4367235"],
        }, "rice flour (С.Пудовъ 500 г, Гарнец, Гарнец из бурого риса, Зелёная Линия цельнозерновая); wheat, corn, oat and gluten-free universal flours and pasta made from rice flour excluded"),
        ("ванильного сахара пару пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220514"],
            "perekrestok": ["4272698"],
        }, "vanilla sugar sachets (Dr.Bakers 8 г in Дикси and Перекрёсток); Магнит «Ванилин ХААС» (vanillin, not vanilla sugar) and vanilla syrups excluded; «пару пакетиков» is a quantity"),
        ("сметана 20% большая", {
            "pyaterochka": [],
            "magnit": ["1000203662", "1000237596", "1000429067", "1000461809", "1000574405", "1899913371", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000544033"],
            "perekrestok": ["4072176", "4087849", "4095524", "4221355", "4229625", "4241375", "4250761", "4376610"],
        }, "sour cream of exactly 20 % in the larger packs (280–350 г); «большая» read as excluding the small 180–200 g pots; other fat levels excluded"),
    ]),
    # husband: coffee, tea, condensed milk
    ("кофе молотый в турку, чай черный листовой крупнолистовой, сгущенки пару банок", [
        ("кофе молотый в турку", {
            "pyaterochka": ["1e481d9846", "3607723"],
            "magnit": ["0fe86f8472", "222418c5e4", "2700f5e3b1", "3bb33c0c9e", "4522417a72", "46bb6aa6cb", "7046b50e4e", "76b0197955",
                      "79b9a44edb", "80d20f5714", "8269b24f19", "8d3366ce51", "97373908ef", "a2b0f72440", "a46592e215", "a6281deb0c",
                      "be3079e158", "bf33a13d25", "f083873ce2", "f32af3a996"],
            "dixy": ["10E0076694", "2000054819", "2000056820", "2000183725", "2000186346", "2000193927", "2000228092", "2000235411",
                    "2000263796", "2000267720", "2000277619", "2000303593", "2000362026", "2000546071", "2000552471", "2000557192",
                    "2000557193", "2000568376", "2000574432", "2000582491", "2000604152", "2000605231"],
            "perekrestok": ["2147872", "29278", "3171130", "3395339", "3395340", "3606929", "3612036", "3644175",
                           "3689956", "3965705", "4058107", "4108341", "4122814", "4129183", "4150051", "4166073",
                           "4166074", "4253960", "4261910", "4261911", "4261915", "4262483", "4291307", "4295649",
                           "4315506", "4320251", "4320252", "4325139", "4340948", "4342549", "4345201", "4345202",
                           "4347224", "4351047", "6944", "72110", "72112"],
        }, "roasted ground coffee in bags/packs of any brand (incl. Lebo «для турки», Jacobs «Turka По-восточному», Жокей «По-восточному», Пятёрочка «ЯКОБС МОНАРХ КЛАССИЧЕСКИЙ кофе жареный молотый пакет 9х230 г» (a 230 g bag; «9х» read as the case count) and «Арабика Принц Лебо мол100г»); «в турку» is a purpose, so coffees not labelled for the cezve are accepted; instant coffee «с молотым», capsules, Tassimo pods, drip/filter bags and 5×9 г sachets (also Дикси Coffesso «Crema Delicato/Classico Italiano 45г», the same 5-sachet pack, and Перекрёсток Verle «Гватемала» 66 г, a drip-bag line — outside knowledge), Магнит «ЛОР Эспрессо Делициозо … 52г» (L'OR Espresso 52 g = 10 capsules — outside knowledge), Nescafé «с добавлением молотого», flavoured («ароматизированный») ground coffee and coffee beans excluded"),
        ("чай черный листовой крупнолистовой", {
            "pyaterochka": [],
            "magnit": ["cbfbcf3730", "e5f644b54b", "fdaeb671e9", "278651b790", "c8696b4f23", "f619b0597f", "a510289c84"],
            "dixy": ["DI00080603"],
            "perekrestok": ["3636930", "3506750", "4131561"],
        }, "unflavoured black loose-leaf tea whose title says крупнолистовой / «листовой крупный» (Akbar Цейлон, Richman Ассам, Beta Tea ×2, Kensington, Richard Роял Цейлон Регатта, Greenfield Golden Ceylon, Akbar Gold, Маркет «Английский классический»); Магнит «AKBAR, Голд, 250г» accepted as the same product Перекрёсток titles «крупнолистовой»; Richman «Оранж Пекое» excluded as bergamot-flavoured (Перекрёсток's title of the same tea says «с ароматом бергамота»); flavoured teas (Earl Grey, земляника со сливками, чабрец, вишня, фрукты), leaf teas not stated large-leaf (Ahmad, Dilmah, Richard Роял Цейлон 90 г, Принцесса Нури/Канди Пекое, Майский, Азерчай), tea bags, green and herbal teas excluded"),
        ("сгущенки пару банок", {
            "pyaterochka": [],
            "magnit": ["1000003186", "1000129520", "1000383833", "1000427075", "1000564283", "8000034052", "66294fd8e5", "cc9252c04f",
                      "dedd707721"],
            "dixy": ["2000014518", "2000165425", "2000186451", "T000025031"],
            "perekrestok": ["3913111", "4211054", "4218934", "2123014", "3376242", "3484257", "3491930", "4147345"],
        }, "sweetened condensed milk (цельное сгущённое с сахаром, any brand and size incl. Дикси Алексеевское «сашет» 650 г and Пр!ст 1 %); boiled condensed milk (варёная), condensed milk with coffee or «вкус печенье», Моя цена «Продукт молочный Сгущенка» (not milk) and sweets with condensed milk excluded; «пару банок» is a quantity"),
    ]),
    # owner: small toiletries for guests
    ("гель для душа 250мл, зубная паста маленькая, бритвы одноразовые, шапочки для душа", [
        ("гель для душа 250мл", {
            "pyaterochka": ["2133696"],
            "magnit": ["02ea799c6d", "056095b61f", "0a0bc36d75", "0a8c13cfae", "0e73965fab", "1fde288d8a", "21f7b36949", "27b08defc4",
                      "35c3ab54cc", "393259057b", "5453f6025c", "5fc21b640d", "5fcf69b341", "6304efaae1", "64c0ec7e7a", "68616c4166",
                      "6c202199a3", "869541895d", "8b4da8afe5", "9aef66f381", "9bbd37d676", "a4d6d8f2fb", "a75a504c4b", "ae24cd3ee0",
                      "b05b3805a4", "b2be06e3a0", "b69125b58a", "bd94ee174a", "c4881f5765", "c6a9be396e", "c7a93cc890", "c8870b453a",
                      "d17e3511fe", "d2dce71434", "d646185ae2", "d6e59761cf", "e9f0c13a1d", "ecdf943e39", "f59cbc4eb7", "fb86a14079",
                      "fb9c80c277", "fcfc8492ea"],
            "dixy": ["2000602996", "2000602997"],
            "perekrestok": ["3327880", "3415583", "3505877", "3664431", "3958230", "4104314", "4234621", "4317631",
                           "4353947"],
        }, "shower gels of exactly 250 ml of any brand (Dove, Fa incl. children's, Nivea, Palmolive incl. 2-in-1/3-in-1 men's, AXE, Mixit, Holika Holika, Tahiti, BioMio, Le Petit Marseillais, SuperFood, Бебл children's shampoo-gel), incl. Дикси sets «гель для душа 250мл+Мочалка»; 200/300/400/450/520/600/650/750 ml and 1 l gels excluded because the size names the bottle"),
        ("зубная паста маленькая", {
            "pyaterochka": [],
            "magnit": ["5c5da323dc", "964d902e56"],
            "dixy": [],
            "perekrestok": [],
        }, "small (travel-size) adult toothpaste: Магнит Splat Professional «Отбеливание Плюс» 40 мл and Splat «тревел» Биокальций 40 мл; standard 75–120 ml tubes excluded as not small; children's pastes (50–73 ml Colgate детские, Splat Kids/Junior/Juicy, Дракоша, Synergetic детская) excluded as age-specific"),
        ("бритвы одноразовые", {
            "pyaterochka": [],
            "magnit": ["0f0e1710f2", "41eb05fc96", "4c19c071a4", "6997758160", "88072131b3", "a2d5703fac", "ac7b9a9d6c", "bda8fa7ee4"],
            "dixy": [],
            "perekrestok": [],
        }, "disposable razors (Gillette Blue Simple3 8 шт, Zollider Force 2/Force 3 disposable packs); system razors with cassettes (Gillette Fusion/Mac3, BIC Flex, Venus, Dorco, Zollider Hybrid), cartridges, electric razor and shaving gels excluded"),
        ("шапочки для душа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no shower caps in any store (Красная шапочка sweets and a turkey dish «под шапочкой» are traps); empty everywhere"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: the lines after each '=== fxoNN' header up to a blank line."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("#"):
                continue
            if line.startswith("=== fxo"):
                cur = []
                texts.append(cur)
            elif cur is not None:
                if line == "":
                    cur = None
                else:
                    cur.append(line)
    return ["\n".join(t) for t in texts]


def check_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (b, (text, _)) in enumerate(zip(blind, lists), 1):
        expected = b
        if n in REPLACED:
            old, new = REPLACED[n]
            if old not in expected:
                errors.append("fxo%02d: replaced item %r not in the blind text" % (n, old))
            expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fxo%02d: list text differs from the blind draft: %r != %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fxo"))
