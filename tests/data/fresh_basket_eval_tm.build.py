#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tm.jsonl -- 25 shopping lists of a grandmother from southern Russia who writes mostly
Russian with some southern / Ukrainian-influenced words (буряк, цибуля, олия, постное масло, синенькие, ковбаса, сало,
бурячок, кабачки, тюлька, жерделы, семечки, пышки, часнык, гарбуз, кисляк, паски), hand-labelled against the real
offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tm.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tm.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; each item was then re-checked by listing every in-stock title matching
its stem that was not accepted.  The note of each item records what was accepted, what was deliberately left out and
any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (an item of a list that was empty in all four stores; no list was, so REPLACED is empty).
labelled_lists.build then checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock, no id repeats within an item, every item has a note, the labels are exactly the list's items in order (an item
is the text between commas / new lines) -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are
ftm01, ftm02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tm.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tm.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none was
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 борщ
    ("буряк на борщ кило, капусты белой полкочана, морковки 3 штучки, томатной пасты баночку для борща", [
        ("буряк на борщ кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "13998", "4375880", "3368257", "3378167", "786", "4299508"],
        }, "fresh whole beetroot («буряк» = свёкла): loose, in a net or bag, washed, on a tray, young and bunched"
           " beets, Маркет Fresh 200 g; «кило» is a quantity and «на борщ» a purpose; cooked beets (варёная "
           "целая/кубиком/соломкой), peeled or cut convenience packs (Белая Дача «свежая резаная», «очищенная», "
           "«очищенная соломка», «целая очищенная 500г» — may be cooked), pickled beets, beet salads, dried beet "
           "snacks, chard «Мангольд», seeds and beet sugar excluded; Магнит and Пятёрочка carry no beetroot"),
        ("капусты белой полкочана", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546"],
        }, "fresh white cabbage by the head/kg (Перекрёсток plain «Капуста» taken as white cabbage, «ранняя» "
           "included); «полкочана» is a quantity; shredded packs («свежая резаная», «соломка», Белая Дача «Салат "
           "Капуста белокочанная»), mixes, sauerkraut, marinated cabbage, kimchi, cauliflower, broccoli, sea kale"
           " and seeds excluded"),
        ("морковки 3 штучки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["60529", "19345", "3368256", "4299784", "4191099", "3463356"],
        }, "fresh carrots of any pack (loose, washed 200 g-1 kg, on a tray, «для сока» 1 kg, Зайкино Счастье mini"
           " carrots 250 g); «3 штучки» is a quantity; cooked peeled carrots (Дмитровские Овощи «варёная»), "
           "Korean carrot salads, carrot mixes, purees, juices and pet food «с морковью» excluded"),
        ("томатной пасты баночку для борща", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000000761", "2000521414", "2000569071", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste of any brand and size (Кухмастер, Помидорка, Ящик астраханских помидоров, Круглое лето, "
           "Selviano, Пр!ст, Маркет); «баночку» is read as a unit of quantity, so the Дикси пирамидка 70 g and "
           "саше 30 g are accepted too; ketchups (incl. Помидорка ketchups), лечо, tomato sauces, juices and "
           "goods «в томатном соусе» excluded"),
    ]),
    # L02 сало к обеду
    ("сальце соленое с прослоечкой, часнык 2 головки, горчица позлее", [
        ("сальце соленое с прослоечкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "salted pork fat with a meat streak: no chain has it; Перекрёсток «Сало из свиного шпика с черным "
           "перцем и чесноком» 100 g and Дикси «Шпик бутербродный Мясоедов с чесноком» are back fat without a "
           "meat layer (and spiced), raw pork belly «Грудинка свиная на кости» is not salted, smoked-cooked "
           "Грудинка ДОМАШНЯЯ and bacons are other products — all excluded"),
        ("часнык 2 головки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278", "4090538"],
        }, "fresh garlic («часнык» = чеснок): loose, «в упаковке 1 шт», Фермерский 1 шт / 150 g / «отборный "
           "зубчиками 100г» (fresh cloves), early garlic «ранний»; «2 головки» is a quantity; "
           "dried/granulated/ground/smoked garlic, Kotanyi «измельчённый», «тёртый» paste, «с солью», salted "
           "garlic, garlic press and everything «с чесноком» excluded. Judgement: Перекрёсток «Фермерский, 150г» "
           "taken as fresh bulbs"),
        ("горчица позлее", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000582072", "2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "21002", "21001", "3995313", "2143139", "3333328", "3333301",
                            "3332502", "3285595", "4149116", "4152778", "3358711", "3358713", "3438145", "3435016",
                            "3372044", "4337616", "4337618", "4337617", "4273279", "3416298", "4229364", "2153858",
                            "3297748", "3980912", "3456246", "4268545"],
        }, "prepared mustard, plain: Русская/столовая/домашняя/деревенская/ядрёная, Dijon (incl. «по-дижонски»), "
           "grainy and rotisserie, Французская; «позлее» is a wish, not a filter; flavoured mustards (с хреном, с"
           " мёдом, fruit byJam.me, Кинто «Скорпион чилийская»), sweet Bavarian mustards (Uni Dan, Кинто "
           "Октоберфест), Семилукская «burger & hot-dog», mustard powder, mustard-seed spice Волшебное дерево "
           "«Горчица целая 40г» (judgement: whole seeds), mustard sauces, mustard oil and mustard bread excluded"),
    ]),
    # L03 пышки
    ("мука для пышек 2 кг\nдрожжей сухих пакетика три\nолия для жарки 1 литр\nванилину пакетик", [
        ("мука для пышек 2 кг", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "2000317163", "ЦТ0044481", "2000553733", "ЦТ0044544", "2000213875"],
            "perekrestok": ["3505430", "3292690", "3915409", "3193726", "3305673", "4215036", "91321", "4326495",
                            "3681817", "4262616", "2037765", "3346668", "3626914", "2107396", "3394693", "2112692"],
        }, "white wheat flour (высший сорт, экстра, хлебопекарная) in 2 kg packs — the written size names the "
           "pack of a packaged good; no grade was written, so экстра and хлебопекарная without grade are "
           "accepted; «для пышек» is a purpose. 1 kg packs, whole-grain wheat flour (Французская Штучка "
           "цельнозерновая 2 кг), блинная pancake mixes, self-raising, rye, rice, corn, buckwheat and other "
           "flours excluded. Judgement: Перекрёсток «Мука Тихорецкая особая, 2кг» and Магнит «Мука ПЫШЕЧКА, "
           "пшеничная, 2кг» taken as white wheat flour"),
        ("дрожжей сухих пакетика три", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry yeast: Саф-Момент 11 g (Магнит, Дикси); «пакетика три» is a quantity; pressed yeast (Магнит "
           "«ДРОЖЖИ ПРЕССОВАННЫЕ Люкс Экстра», Дикси «Люкс Экстра сухие хлебопекарные прессованные» 100 g — "
           "judgement: a 100 g pressed block despite «сухие»), frozen yeast dough and «бездрожжевой» breads "
           "excluded"),
        ("олия для жарки 1 литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "2000005808", "2000296713", "2000555852", "DI00079242",
                     "2000005809", "2000003488", "DI00080540"],
            "perekrestok": ["97647", "6275", "2093709", "2043188", "2068955", "2007886", "3426155", "23714", "21676",
                            "4269568", "64128", "74883"],
        }, "«олия» = sunflower oil; plain sunflower oil in 1 l bottles of any brand (Благо, Дары Кубани, Олейна, "
           "Слобода, Золотая Семечка, Ideal, Злато, Sunny Gold, Затея, Корона Изобилия, Я люблю готовить), "
           "refined or not («для жарки» is a purpose, so Слобода and Золотая Семечка нерафинированное 1 л and "
           "Аведовъ 1 л, refinement not stated, are accepted); the written «1 литр» names the pack, so 0.8-0.9 l,"
           " 1.7-2.7 l and smaller bottles are excluded; blends with olive/almond/linseed oil, flavoured Almador,"
           " olive, corn, mustard, grape-seed and avocado oils excluded; Магнит and Пятёрочка carry no sunflower "
           "oil"),
        ("ванилину пакетик", {
            "pyaterochka": [],
            "magnit": ["029c368571"],
            "dixy": [],
            "perekrestok": [],
        }, "vanillin: Магнит «Ванилин ХААС, 1,5г»; vanilla sugar (Dr.Bakers «Сахар ванильный» 8 g in Дикси and "
           "Перекрёсток) is a different product, vanilla syrups and vanilla-flavoured goods excluded"),
    ]),
    # L04 икра из синеньких
    ("синенькие 2 кг на икру, помидоры спелые, перцу болгарского красного кило, цибуля", [
        ("синенькие 2 кг на икру", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«синенькие» = fresh aubergines: no chain has fresh aubergines; Магнит «Баклажаны на гриле РЕСТОРАЦИЯ "
           "ОБЛОМОВ, 420г» is a preserved grilled product (fresh-produce words mean fresh produce) and ready "
           "aubergine caviar is another product — excluded"),
        ("помидоры спелые", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000331828", "2000285867", "2000410142", "D000004968", "2000580825", "2000303785",
                     "2000601471", "2000601472", "10E0075437", "ЦТ0019904", "2000580827", "2000003231", "2000186544",
                     "2000327738"],
            "perekrestok": ["4327416", "4335742", "4335744", "4378622", "3383460", "4255159", "42138", "3373662",
                            "4377073", "4214021", "4217379", "4272752", "3410591", "4381951", "4381952", "4371254",
                            "4125409", "14809", "3657325", "82521", "4375133", "2166", "14811", "4261327", "3695580",
                            "21292", "3383465", "2100224", "11971", "3634714"],
        }, "fresh tomatoes of every variety and colour (red, pink, yellow, plum, cocktail, on the vine, Кумато, "
           "Бычье сердце, cherry — cherry tomatoes count as «помидоры» as in all sets); «спелые» is a wish; "
           "canned cut tomatoes (Маркет «Томаты резаные» 390 g, with basil / with onion and garlic), Дикси "
           "«Протертая мякоть томатов», tomato paste, juices, marinated cherry tomatoes, seasonings «томаты с "
           "чесноком» and the pepper «Теличерри» excluded"),
        ("перцу болгарского красного кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh red bell pepper: no chain has fresh bell peppers; marinated peppers (Магнит "
           "СКАТЕРТЬ-САМОБРАНКА, ДЯДЯ ВАНЯ chili), Kotanyi ground paprika, «соус с болгарским перцем» and black "
           "pepper excluded"),
        ("цибуля", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "«цибуля» = bulb onion: fresh onions loose, in a net, packed 500-600 g, red onions and Перекрёсток "
           "«Лук репчатый очищенный» (peeled raw onion); dried onion (Kotanyi, Айдиго), onion-flavoured "
           "chips/croutons/crackers and onion rings excluded; Магнит and Пятёрочка carry no onions"),
    ]),
    # L05 завтрак с ковбасой
    ("ковбаса докторская грамм 300, батона нарезного один, масла сливочного 82% пачку, чай бесида черный", [
        ("ковбаса докторская грамм 300", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d",
                       "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3",
                       "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, "«ковбаса докторская» = Докторская boiled sausage of any maker and pack (100-500 g, sliced, by weight,"
           " «Особая», «от шефа»); «грамм 300» is a quantity of a weighed good, not a pack size; Докторские "
           "sausages (сосиски) and other boiled sausages excluded"),
        ("батона нарезного один", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "«батон нарезной» is the loaf variety «Нарезной»: Коломенское Нарезной, Пр!ст «Нарезной классический»,"
           " Маркет «Нарезной» 190 g and «Нарезной улучшенный»; other loaves (Молочный, Новый, к завтраку, "
           "Утренний, Отрубной, Горчичный, Зерновой, plain «Батон, 300г») are other varieties even when sold "
           "sliced («нарезка») — excluded; «один» is a quantity"),
        ("масла сливочного 82% пачку", {
            "pyaterochka": ["3993159", "3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                       "1000433642", "87355db645", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad",
                       "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831",
                     "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "3637761", "34890", "3628337",
                            "4260609", "3026226", "4113532", "4188099", "4188102", "3434127", "4281083", "3963777",
                            "3612778", "4310021", "4055506", "86149", "3369241", "3287314", "3396544", "3657363",
                            "4292462", "4343792", "3699369", "3953367", "4196090", "4135603", "3922315", "3698785"],
        }, "butter of 82 % or 82.5 % fat (82.5 % counts as «82»), any brand and pack 150-400 g, incl. Вологодское"
           " and lactose-free Тысяча Озёр 82.5 %; «пачку» is a quantity; 72.5 % Крестьянское, butters without a "
           "stated fat (Княгининское, Волгодонское), ghee, spreads (De Olio), pancakes/pelmeni «на/со сливочным "
           "маслом» excluded"),
        ("чай бесида черный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«бесида» = the tea brand Беседа (typo): no Беседа tea in any chain (grepped бесед/beseda); a named "
           "brand that is absent is not replaced by other black teas"),
    ]),
    # L06 тюлька с картошечкой
    ("тюлька соленая пол кило, картошечки молоденькой 2 кило, лучку зеленого пучочек к тюльке, масла постного нерафинированного бутылочку", [
        ("тюлька соленая пол кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "salted тюлька (Black Sea / Azov sprat): no chain has salted тюлька or kilka; canned Baltic kilka in "
           "tomato, шпроты, fried anchovy ПРОЛИВ in oil, dried-cured anchovies SOLONINA and frozen capelin are "
           "other products — excluded"),
        ("картошечки молоденькой 2 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "young (new-season) potatoes are a variety the user wrote; no title says «молодой»: ordinary potatoes "
           "(Картофель, мытый, в сетке, красный, для жарки/варки, отборный) are not accepted for it; Перекрёсток "
           "«Картофель Бэби, 2кг» is read as small-sized potatoes, not new potatoes (judgement); Перекрёсток "
           "«Картофель молодой с паприкой и чесноком запеченный» is a cooked dish; sweet potato, potato-shaped "
           "сырки/cakes excluded"),
        ("лучку зеленого пучочек к тюльке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh green onion: no chain has green onions; bulb onions, dried onion and chips «со вкусом зеленого "
           "лука» (Lay's) excluded"),
        ("масла постного нерафинированного бутылочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4307791", "4149438", "3653773", "4311768", "3683883", "2071663", "74883",
                            "3608379"],
        }, "«масло постное» = sunflower oil; unrefined sunflower oil of any size (Благо 650 ml, Слобода 1 l, "
           "Здоровое меню 0.9 l, Dial-Export, Юкка Юг, Русский МасляникЪ, Маркет 500-650 ml, plain 900 ml, "
           "Золотая Семечка 1 l, Ароматы Жизни «из жареных семечек» 250 ml, Getuva high-oleic unrefined 250 ml); "
           "«бутылочку» is a quantity; refined oils, oils whose titles do not say unrefined, blends with "
           "linseed/olive oil, flavoured Almador, Магнит САРЕПТА mustard oil (another oil), olive and other oils "
           "excluded"),
    ]),
    # L07 семечки к телевизору
    ("семечек жареных пакет побольше\nкефирчику 1% бутылочку на вечер\nпряников мятных грамм 500", [
        ("семечек жареных пакет побольше", {
            "pyaterochka": ["a42f313fd4"],
            "magnit": ["166510f6cc", "83a6516715", "5cbde10c7f", "c07c5cf8b5", "f87f37880a", "a9efec4e65"],
            "dixy": ["2000277205", "2000562834", "2000540213", "2000196729", "2000282287", "2000151864",
                     "2000228392", "2000285542", "2000300666", "2000433743"],
            "perekrestok": ["4323974", "4373719", "4066293", "4155183", "85158", "3360327", "3338822", "4260366",
                            "3014404", "4132783", "3652924", "3358404", "4004281", "4280034", "4280033", "3348828",
                            "3072541", "3403508", "3669391", "3669122", "3624461", "3469303", "3677347", "3331102",
                            "3276168", "3276166", "3664432", "4066289", "3674375", "3248290", "3248291", "3916662",
                            "3671291", "3619418", "3613320", "3630849", "3473272", "3473273", "3449918", "3444686",
                            "3642467", "3695680", "3669392", "3661124"],
        }, "packaged in-shell sunflower seeds for snacking (black, striped, white, «отборные»), salted or not — "
           "salt is the classic seasoning of семечки, not a flavour; titles that do not say «жареные» (От Мартина"
           " отборные/белые, Бабкины Семечки 300 g, Белочка, Золотая Семечка, Степановна) are taken as roasted, "
           "as snack seeds are sold roasted (judgement); «пакет побольше» is a wish; pumpkin seeds, seeds «с "
           "арахисом», shelled kernels («очищенные», «Ядра семян подсолнечника», «Ядро подсолнечника»), kozinaki,"
           " halva and sunflower oil excluded"),
        ("кефирчику 1% бутылочку на вечер", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416",
                            "2084558", "3352331", "3604602"],
        }, "kefir of exactly 1 % fat, any brand and pack, биокефир included; «бутылочку» and «на вечер» are "
           "quantity and purpose; «кефирный/биокефирный продукт» (Домик в деревне), «Биопродукт Bio Баланс "
           "кефирный», kefir cocktails and other fats excluded"),
        ("пряников мятных грамм 500", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mint pryaniki: none in any chain; the pryaniki on sale are chocolate (LUCKY DAYS, СЛАНА), orange "
           "(Дымка), cranberry (Полёт), pear-flavoured (Северные) or of unstated flavour (СТОЙЛЕНСКИЕ) — a "
           "written flavour is required, so all excluded"),
    ]),
    # L08 компот из жердел
    ("жерделы на компот 3 кг, сахару кило 5, лимонной кислоты пару пакетиков", [
        ("жерделы на компот 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«жерделы» = fresh apricots: no chain has fresh apricots; dried apricots (курага), apricot juices, "
           "jams, yoghurts and sweets excluded"),
        ("сахару кило 5", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3650732", "3902622", "3230933"],
        }, "white granulated sugar of any pack (900 g, 1 kg, 750 g, 5 kg); «кило 5» is a quantity; Перекрёсток "
           "«Сахар Советский Экстра, 1кг» and «Чайкофский белый кристаллический» taken as granulated; "
           "lump/pressed sugar (прессованный, кусковой, рафинад), cane sugar, vanilla sugar and icing sugar "
           "excluded"),
        ("лимонной кислоты пару пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000554252"],
            "perekrestok": ["3395099"],
        }, "citric acid: Дикси «Первым делом» 50 g, Перекрёсток Haas 10 g; Cillit Bang cleaner «с лимонной "
           "кислотой» excluded"),
    ]),
    # L09 кабачки со сметаной
    ("кабачки молоденькие, сметанки 20 процентов к кабачкам, чесночку три головочки, укропчика пучочек свеженького", [
        ("кабачки молоденькие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh young courgettes: no chain has fresh courgettes; frozen cut courgettes (Магнит 4 СЕЗОНА), "
           "squash caviar and Дядя Ваня «Кабачки в аджике» excluded (fresh-produce words mean fresh produce)"),
        ("сметанки 20 процентов к кабачкам", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "4221528ef6", "1000237596", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405", "1000203662"],
            "dixy": ["2000276139", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407", "2000509714"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "4095524", "3181748"],
        }, "sour cream of exactly 20 % fat, any brand and pack (180-350 g); «к кабачкам» is a purpose; other fats"
           " (10/15/25/30 %), «сметанный» mayonnaise, curd «со сметаной» and sauces excluded"),
        ("чесночку три головочки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278", "4090538"],
        }, "fresh garlic: loose, «в упаковке 1 шт», Фермерский 1 шт / 150 g / «отборный зубчиками 100г» (fresh "
           "cloves), early garlic «ранний»; «три головочки» is a quantity; dried/granulated/ground/smoked garlic,"
           " «измельчённый», «тёртый», «с солью», salted garlic and goods «с чесноком» excluded. Judgement: "
           "Перекрёсток «Фермерский, 150г» taken as fresh bulbs"),
        ("укропчика пучочек свеженького", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill: no chain has dill (Дикси has only coriander «КИНЗА» and «ПЕТРУШКА» 75 g packs — other "
           "herbs); croutons, ketchup and pickles «с укропом» excluded"),
    ]),
    # L10 вареники
    ("творог для вареников 9%, муки высший сорт кило, яичек десяток на тесто, сметаны 15 процентов к вареникам", [
        ("творог для вареников 9%", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "0cfee9df84",
                       "1000122024", "1000530486", "1000426470", "1000426465", "1000448252", "8000055235"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076",
                     "2000280850", "2000564413", "2000312025"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "4294087", "3487310"],
        }, "plain cottage cheese of exactly 9 % fat, any brand and pack (180-750 g, рассыпчатый, пластовой, "
           "«Домашний»); «для вареников» is a purpose; other fats, children's fruit curds (Агуша 3.9 %), grainy "
           "curd in cream, curd desserts, творожная масса and «сыр творожный» excluded. Judgement: Перекрёсток "
           "«Творог Зернышко 9% Зелёная Линия» taken as plain cottage cheese"),
        ("муки высший сорт кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000002191", "2000576791"],
            "perekrestok": ["91320", "16318", "3502351"],
        }, "wheat flour of высший сорт in 1 kg packs (the written «кило» names the pack of a packaged good): "
           "Makfa and Любимые традиции хлебопекарная в/с 1 кг, Предпортовая, Пышечка, Маркет Перекрёсток 1 кг; 2 "
           "kg packs, flours whose grade is not stated (Французская штучка 1 кг, «Мука Царь, 1кг», Manitoba), "
           "self-raising С.Пудовъ «Кондитерская» (contains a raising agent), блинная pancake mixes and non-wheat "
           "flours excluded; Магнит has only 2 kg wheat flour and блинная 1 kg"),
        ("яичек десяток на тесто", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
                       "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
                     "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250",
                            "2109476", "4085791", "2131763", "4012802", "4085790", "4085792", "3182856", "3182853"],
        }, "chicken eggs in packs of 10 («десяток» = packs of 10 only), any class (С0/отборные, С1/1 категории, "
           "С2, высшей) and colour; «на тесто» is a purpose; packs of 6, 15, 20 and 30, quail eggs, chocolate/toy"
           " eggs and dishes «в яйце» excluded"),
        ("сметаны 15 процентов к вареникам", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000237597", "1000553874", "c90113311e",
                       "2645f50028", "1000082622", "1899900582", "1000372785", "1000208902", "8000035449",
                       "1000558440", "8000057502", "8000072734", "1000463648", "1000253705"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "4335470", "29910",
                            "3391034", "3142744", "3651189", "3423443", "4349772", "4349771", "3634035"],
        }, "plain sour cream of exactly 15 % fat, any brand and pack (180-450 g), lactose-free Свежее завтра 15 %"
           " included (as for milk); «к вареникам» is a purpose; Пятёрочка «Сметана … пикантная, с чесноком 15%» "
           "(flavoured), Простоквашино «из топлёных сливок» 15 % (a baked-cream variety, like топлёное молоко for"
           " «молоко»), other fats and sauces excluded"),
    ]),
    # L11 к чаю
    ("пышки с сахарной пудрой штук 5, ряженки 4% бутылку, варенья вишневого баночку", [
        ("пышки с сахарной пудрой штук 5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ready пышки (ring doughnuts dusted with icing sugar): none in any chain; Магнит «Пончики БЕРЛИНСКИЕ с"
           " вареной сгущенкой» are filled Berliners, not пышки; Пышка margarine and Пышечка flour are other "
           "products — all excluded"),
        ("ряженки 4% бутылку", {
            "pyaterochka": [],
            "magnit": ["1000439736", "1000451592", "1000371474"],
            "dixy": [],
            "perekrestok": [],
        }, "ryazhenka of exactly 4 % fat: Магнит Большая Кружка 4 % 500 g / 800 g and Из Молока Нашей Дойки 4 % "
           "900 g; «бутылку» is a quantity; ryazhenka of 2.5/3.2 %, flavoured and children's ryazhenka excluded"),
        ("варенья вишневого баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000547000"],
            "perekrestok": ["4198147", "4252162"],
        }, "cherry varenye: Дикси Круглое лето 300 g, Перекрёсток Ратибор 350 g and Маркет Перекрёсток 325 g; "
           "«баночку» is a quantity; cherry jams (Махеевъ, Пр!ст «Джем вишнёвый», Mr.Ricco клубника-вишня) — "
           "варенье ≠ джем — and other varenyes excluded"),
    ]),
    # L12 холодец
    ("ножек свиных на холодец кило 2, цибуля 2 головки, желатину пакетика 2, хрен столовый к холодцу", [
        ("ножек свиных на холодец кило 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork trotters: none in any chain (grepped ножк/ножек/рульк/голяшк/копытц); ready холодец, "
           "«Студень свиной», «Мясо заливное свиных голов», smoked pig ears and other pork cuts excluded"),
        ("цибуля 2 головки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "«цибуля» = bulb onion: fresh onions loose, in a net, packed 500-600 g, red onions and Перекрёсток "
           "«Лук репчатый очищенный» (peeled raw onion); «2 головки» is a quantity; dried onion and "
           "onion-flavoured snacks excluded"),
        ("желатину пакетика 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000237733", "2000163050"],
            "perekrestok": [],
        }, "gelatine: Дикси Dr.Bakers 10 g and Магета 50 g; «пакетика 2» is a quantity"),
        ("хрен столовый к холодцу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000203670", "2000118860"],
            "perekrestok": [],
        }, "prepared table horseradish: Дикси Махеевъ «столовый» 140 g and Главпродукт «Русский столовый» 170 g; "
           "mustards «с хреном», croutons «холодец с хреном», cheese and pickles with horseradish excluded"),
    ]),
    # L13 винегрет
    ("бурячок вареный для винегрета, огурчиков соленых бочковых, горошку консервированного баночку, олия нерафинированная", [
        ("бурячок вареный для винегрета", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000414083", "2000153342"],
            "perekrestok": ["2140811", "2140807", "3635806", "3635805", "3635807", "49505", "3444580"],
        }, "cooked beetroot, whole or cut (Дикси «отварная соломка», «вареная очищенная»; Перекрёсток Белая Дача "
           "варёная / соломкой, варёная кубиком / целая / соломка 500 g); «для винегрета» is a purpose; raw "
           "beets, pickled beets, beet salads and dried snacks excluded. Judgement: Перекрёсток «Свёкла целая "
           "очищенная, 500г» (next to Дмитровские Овощи cooked peeled carrots in the same 500 g format) taken as "
           "cooked vacuum-packed beet"),
        ("огурчиков соленых бочковых", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000406194", "2000324334"],
            "perekrestok": ["2145531", "4260395", "4379607", "3609120"],
        }, "salted barrel cucumbers — «бочковые» is a written variety: Дикси Круглое лето 900 g and "
           "Скатерть-самобранка 720 ml, Перекрёсток Меленъ, Павловские, Станичные, Скатерть-Самобранка «бочковые "
           "по-домашнему солёные»; salted cucumbers not called бочковые, Лукашинские «малосольные бочковые» "
           "(lightly salted), marinated cucumbers, fresh cucumbers and flavoured chips excluded"),
        ("горошку консервированного баночку", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92",
                       "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884",
                     "2000118079", "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175", "3483842",
                            "19134", "4206921", "3628006", "77114", "32340", "4273266", "4274246", "3360308",
                            "3026306", "4380317", "4211849", "2035571", "4192227", "4188483", "3504837", "3447858"],
        }, "canned green peas of any brand in jars/tins of 200-450 g; «баночку» is a quantity, but the Бояринъ "
           "4.15 kg catering tin is not a «баночка» and is excluded; frozen peas, Bonduelle Expert «с морковью», "
           "fresh sweet peas «Горошек сладкий», dry peas and black pepper «горошек» excluded. Judgement: "
           "Перекрёсток «Горошек Изысканный Зелёная Линия, 450г» taken as canned green peas"),
        ("олия нерафинированная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4307791", "4149438", "3653773", "4311768", "3683883", "2071663", "74883",
                            "3608379"],
        }, "«олия» = sunflower oil; unrefined sunflower oil of any size (Благо 650 ml, Слобода 1 l, Здоровое меню"
           " 0.9 l, Dial-Export, Юкка Юг, Русский МасляникЪ, Маркет 500-650 ml, plain 900 ml, Золотая Семечка 1 "
           "l, Ароматы Жизни «из жареных семечек» 250 ml, Getuva high-oleic unrefined 250 ml); refined oils, oils"
           " whose titles do not say unrefined, blends with linseed/olive oil, flavoured Almador, mustard, olive "
           "and other oils excluded"),
    ]),
    # L14 рыбка
    ("скумбрию копченую одну, хамса соленая, хлеба белого буханочку", [
        ("скумбрию копченую одну", {
            "pyaterochka": [],
            "magnit": ["b80335950f", "1b9094b7b8"],
            "dixy": ["2000545671"],
            "perekrestok": [],
        }, "smoked mackerel, hot or cold smoked, whole or in pieces (Магнит Русское море горячего копчения 300 g "
           "and Рыбная миля «Косичка холодного копчения» 300 g, Дикси Мореслав «кусочки холодного копчения» 200 "
           "g); «одну» is a quantity; canned mackerel, frozen semi-finished mackerel, fish pastes and Перекрёсток"
           " «Скумбрия 0.3-0.5 кг» (state not stated) excluded"),
        ("хамса соленая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "salted хамса (Black Sea anchovy): none in any chain; Магнит SOLONINA «Анчоусы сушено-вяленые» (a "
           "dried snack) and ПРОЛИВ «Анчоус обжаренный в масле» (canned) are other products, olives «с анчоусом» "
           "excluded"),
        ("хлеба белого буханочку", {
            "pyaterochka": [],
            "magnit": ["643727af2a"],
            "dixy": [],
            "perekrestok": ["49457", "78020935"],
        }, "a loaf of white (wheat) bread: Магнит «Хлеб ГОРЧИЧНЫЙ пшеничный … высший сорт» 400 g, Перекрёсток "
           "«Хлеб Перекрёсток Французский» 400 g and «Хлеб Горчичный» 300 g (judgement: white wheat breads); "
           "«буханочку» is a unit. Батоны and baguettes (not a loaf of «хлеб»), toast bread, rye and rye-wheat "
           "breads, breads with bran/cereals/raisins, sweet «Хлеб ЧАЙНЫЙ» and loaves whose flour is not stated "
           "(Советский, Сельский, формовой, Крестьянский, Боярский, Бабушкин, Измайловский) excluded"),
    ]),
    # L15 мамалыга с брынзой
    ("семечки нежареные кило, крупа кукурузная на мамалыгу, брынзы грамм 300, кисляк", [
        ("семечки нежареные кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw (unroasted) sunflower seeds: none in any chain; all packaged sunflower seeds are roasted snack "
           "seeds (titles «жареные/обжаренные» or snack brands От Мартина, Бабкины, Джинн…), Перекрёсток «Семечки"
           " тыквенные сырые в скорлупе» are pumpkin seeds, shelled kernels are another form — all excluded"),
        ("крупа кукурузная на мамалыгу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "corn grits: none in any chain; corn flour (С.Пудовъ, Garnec), canned sweet corn, corn sticks/flakes "
           "and popcorn are other products — excluded"),
        ("брынзы грамм 300", {
            "pyaterochka": ["3356581"],
            "magnit": ["9c07667d61", "1000358774"],
            "dixy": [],
            "perekrestok": [],
        }, "brynza: Пятёрочка and Магнит «Сербская брынза» 45 % 250 g, Магнит Sveza «Брынза» рассольный 45 % 200 "
           "g; «грамм 300» is a quantity; Фетакса, «Продукт рассольный» Сиртаки / PREMIER OF TASTE, Фетика, "
           "Халуми and olives/pies with feta excluded"),
        ("кисляк", {
            "pyaterochka": [],
            "magnit": ["26c8070a70", "1000284419"],
            "dixy": ["2000543672"],
            "perekrestok": [],
        }, "«кисляк» = простокваша (soured milk; southern / Ukrainian word — outside knowledge): Эго термостатная"
           " 4 % and Эго «Мечниковская» (Магнит), Эго термостатная 4 % (Дикси); варенец, мацони, айран, тан, "
           "ряженка and kefir are other fermented milks — excluded"),
    ]),
    # L16 сладкое для внучки
    ("пряников тульских пару, зифир белый, конфет коровка грамм 300, шоколадка milka внучке", [
        ("пряников тульских пару", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Tula pryanik: none in any chain (grepped тульск); the pryaniki on sale (СТОЙЛЕНСКИЕ, СЛАНА, LUCKY "
           "DAYS, Дымка, Полёт, Северные) are other kinds — excluded"),
        ("зифир белый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«зифир» = зефир (typo); white zefir: none — every zefir on sale is flavoured/coloured or coated "
           "(Бело-розовый, с брусникой, с черной смородиной, Антоновка, клубника, клюква, малина, «Ваниль и "
           "малина», яблочный, in chocolate) — a written colour is required, so all excluded"),
        ("конфет коровка грамм 300", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Коровка» fudge sweets: none in any chain; Вафли «Коровка», and the dairy brand «Коровка из "
           "Кореновки» (сырки, ice cream, сгущёнка, sour cream) are other products — excluded"),
        ("шоколадка milka внучке", {
            "pyaterochka": [],
            "magnit": ["194dc492d5", "216f1d2f85", "08e22e388e", "ed01a0e389", "fa24e80d9f", "72023ebb5a",
                       "a07886a689", "268b473a70", "912985bec4", "5b739b266c", "46a83df51c", "24fef76bf3",
                       "c1801c39ee", "24430df087", "0481a74e51", "a9156051a6", "2a48a6605c", "fbdae9857e",
                       "298c9e25a1"],
            "dixy": ["2000312445", "2000283723", "2000283718", "2000598791"],
            "perekrestok": ["4353882"],
        }, "any Milka chocolate bar (brand + product word = every Milka bar: milk, Bubbles incl. the white "
           "Bubbles, with nuts, raisins, biscuit, caramel, strawberry, 76-300 g); «внучке» is a purpose; Milka "
           "candies, nut paste, sponge cakes, «Софт&Чок», Milka ice cream and Milkavita cream excluded"),
    ]),
    # L17 суп с курой
    ("кура на суп, вермишельки паутинки пачку, цибулька, морковочку", [
        ("кура на суп", {
            "pyaterochka": [],
            "magnit": ["6bf2d45df8", "d9a7978145", "99331702b7", "f8e8bcfe75", "bba6e25510"],
            "dixy": ["2000581594", "2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3673509", "2160076", "3689116", "2160048", "78004576", "3683728", "3669585", "4242120",
                            "4208844", "53105", "3694848", "4323072", "3273915", "2173555", "3946764", "4329298",
                            "3653837", "52888", "3191300", "3362832", "3940063", "4312563", "3678985", "3649232",
                            "3609675", "4306879", "4116904", "3034277", "4347498", "3216279", "3336397"],
        }, "«кура» = chicken: raw chicken, whole bird or parts (Магнит тушка ПЕТРУХА, unmarinated Цыплёнок табака"
           " СВОЯ, thighs, wings; Дикси and Перекрёсток raw breast/thigh fillets and medallions); «на суп» is a "
           "purpose, not a filter; marinated chicken (Голень «Алабама», Цыплёнок табака в маринаде, «Филе курицы "
           "в маринаде» — a plain word excludes flavoured forms), Магнит «БЕДРО КУРИНОЕ гриль» (may be seasoned "
           "for grilling — judgement), cooked/smoked chicken, canned chicken, cutlets, sausages, the Дикси «Набор"
           " для супа Слово мясника» (meat not stated), turkey, duck and pet food excluded"),
        ("вермишельки паутинки пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000015331"],
            "perekrestok": [],
        }, "«паутинка» is a written shape: Дикси Makfa «Паутинка» 450 g; other thin vermicelli not called "
           "паутинка (Makfa «Короткая тонкая», Шебекинские «лёгкая», Barilla Филини, plain вермишель), funchoza "
           "and instant noodles excluded"),
        ("цибулька", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "«цибулька» = bulb onion: fresh onions loose, in a net, packed 500-600 g, red onions and Перекрёсток "
           "«Лук репчатый очищенный» (peeled raw onion); dried onion and onion-flavoured snacks excluded"),
        ("морковочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["60529", "19345", "3368256", "4299784", "4191099", "3463356"],
        }, "fresh carrots of any pack (loose, washed 200 g-1 kg, on a tray, «для сока» 1 kg, Зайкино Счастье mini"
           " carrots 250 g); cooked peeled carrots, Korean carrot salads, mixes, purees, juices and pet food «с "
           "морковью» excluded"),
    ]),
    # L18 к столу
    ("сало копченое, огурчиков малосольных баночку, черного хлебушка половинку, водка пол литра", [
        ("сало копченое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "smoked pork fat: none in any chain; Перекрёсток «Сало из свиного шпика с черным перцем и чесноком» is"
           " salted (not smoked), smoked-cooked Грудинка ДОМАШНЯЯ, bacons and Дикси «Шпик бутербродный» are other"
           " products — excluded"),
        ("огурчиков малосольных баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4260194"],
        }, "lightly salted cucumbers: Перекрёсток Лукашинские «По-Суздальски малосольные бочковые» 670 g; "
           "«баночку» is a quantity; fully salted and marinated cucumbers and Lay's chips «Малосольные огурчики» "
           "excluded"),
        ("черного хлебушка половинку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4149554", "3382146", "4329404", "3974719", "3931337", "3945535", "3126329", "3974720",
                            "4074396", "3627134", "4148558", "3658457", "2060872", "4276930", "3953836", "4361611",
                            "3631465", "3624125", "2000243", "3617422", "4354623", "4164733", "2053660", "3965436",
                            "78034786", "78034810"],
        }, "«черный хлеб» = rye or rye-wheat bread: loaves whose titles say ржаной / ржано-пшеничный (incl. "
           "«Батард Ржаной»), Бородинский, Дарницкий, Двинский заварной, Пумперникель (judgement: Бородинский, "
           "Дарницкий, Двинский and Pumpernickel are dark rye breads), whole or half, sliced or not; «половинку» "
           "is a quantity; «Ароматный с изюмом», rye baguette with garlic, Столичный (flour not stated), Рижский "
           "«Крестьянский» and «солодовый» (flour not stated), Ржаной Край breads (the brand does not state the "
           "bread — as in set g), wheat-rye «Хлебец … с пророщенными зёрнами», ciabatta «со ржаной мукой», Дикси "
           "«Елизавета вафельный ржаной» crispbread and white breads excluded"),
        ("водка пол литра", {
            "pyaterochka": [],
            "magnit": ["32795289f4", "5a09151d49", "f8bb91864d", "5566ab37c4", "f98a033259", "1ecbe55218",
                       "9a3d8b810b", "5d4a3d8744", "eafc6715dd", "73f83e02e5", "483a8735b1", "534137b00f",
                       "090152c9de", "56c2c0738a", "a773f41952", "b96abc4aba"],
            "dixy": [],
            "perekrestok": [],
        }, "unflavoured vodka in 0.5 l bottles (the written «пол литра» names the bottle), any brand, incl. "
           "«особая» vodkas without a named flavour (BAIKAL Стронг 45 %, БУЛЬБАШЪ, Архангельская «Хлебная», "
           "Зимняя деревенька «солодовая»); 0.7 l and 1 l bottles, flavoured vodkas (Морозный можжевельник, "
           "Можжевеловая, Кедровая, Lemon, Дикси Белая берёзка «Морозная клюква») and grape vodka КИЗЛЯРКА (a "
           "fruit spirit) excluded"),
    ]),
    # L19 бутерброды
    ("ковбаса краковская, сыру российского грамм 300, масла крестьянского 72.5 пачку", [
        ("ковбаса краковская", {
            "pyaterochka": ["3631119"],
            "magnit": ["c5e3a9547a", "878681830d", "d687a93888"],
            "dixy": [],
            "perekrestok": [],
        }, "«ковбаса краковская» = Краковская semi-smoked sausage: Пятёрочка «Колбаса полукопченая Краковская» 1 "
           "kg (sold as «мясной продукт категории Б» — still Краковская), Магнит Ближние Горки, МДБ, Мясницкий "
           "ряд; other semi-smoked sausages excluded"),
        ("сыру российского грамм 300", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese of any maker and pack (piece, by weight, slices, «Российский молодой»); «грамм 300»"
           " is a quantity; «Продукт По-Российски … на основе растительного жира» and other cheeses excluded"),
        ("масла крестьянского 72.5 пачку", {
            "pyaterochka": [],
            "magnit": ["3181241105", "1855599920", "1844000142", "1000457493"],
            "dixy": ["2000401635"],
            "perekrestok": ["2029217", "3363741", "3645266", "3472940", "4260610", "3980020", "3423762", "4035287",
                            "3917028", "3384196", "3355277", "86150", "3226314", "3347817", "2071031", "3406593",
                            "3371288"],
        }, "butter named Крестьянское with 72.5 % fat (both written), any brand and pack 175-200 g; «пачку» is a "
           "quantity; 72.5 % butters not named Крестьянское (Danke, Брест-Литовск, «Традиционное» 72.5 %, Молоко "
           "Шахунья ГОСТ, lactose-free Зелёная Линия), Княгининское «Крестьянское» without a stated fat, 82.5 % "
           "butters and spreads excluded"),
    ]),
    # L20 салат
    ("помидоры розовые мясистые на салат, огурцы короткие колючие, цибуля красная, масло постное пахучее", [
        ("помидоры розовые мясистые на салат", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465"],
        }, "fresh pink tomatoes — the colour is written: Дикси «Томаты Азербайджанские розовые», Перекрёсток "
           "«розовые Азербайджан», «розовые грунтовые», «розовые фасованные 500г»; «мясистые» and «на салат» are "
           "wish and purpose; red, yellow and cherry tomatoes and varieties whose colour is not stated (Бычье "
           "сердце, Махитос, Панамера, Дагестан, азербайджанские 500 g) excluded"),
        ("огурцы короткие колючие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000327957"],
            "perekrestok": ["3255111", "2088998", "4072"],
        }, "fresh short prickly (tubercled) cucumbers: Перекрёсток «Огурцы колючие среднеплодные» (loose and 600 "
           "g) and «Огурцы короткоплодные», Дикси «Огурцы корнишоны, в упаковке, 300 г» (fresh gherkin cucumbers;"
           " judgement: short-fruited and gherkin cucumbers are the tubercled type); smooth (гладкие), long "
           "(длинноплодные/длинные) cucumbers, packs whose type is not stated («Огурцы, 600г», «Фасованные», "
           "«Бакинские», «Хрустящие»), pickled and marinated cucumbers excluded"),
        ("цибуля красная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3016771"],
        }, "fresh red onion: Перекрёсток «Лук репчатый красный, 500г»; yellow onions and dried onion excluded"),
        ("масло постное пахучее", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4307791", "4149438", "3653773", "4311768", "3683883", "2071663", "74883",
                            "3608379"],
        }, "«масло постное пахучее» = aromatic unrefined sunflower oil: unrefined sunflower oils of any size "
           "(Благо 650 ml, Слобода 1 l, Здоровое меню 0.9 l, Dial-Export, Юкка Юг, Русский МасляникЪ, Маркет "
           "500-650 ml, plain 900 ml, Золотая Семечка 1 l, Ароматы Жизни «из жареных семечек» 250 ml, Getuva "
           "high-oleic unrefined 250 ml); refined/deodorised oils, oils whose titles do not say unrefined, "
           "blends, flavoured Almador, mustard and olive oils excluded"),
    ]),
    # L21 жареные синенькие
    ("синенькие штук 5 пожарить, кабачков пару штучек, майонез ряба провансаль побольше", [
        ("синенькие штук 5 пожарить", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«синенькие» = fresh aubergines: no chain has fresh aubergines; Магнит «Баклажаны на гриле» "
           "(preserved) and Пятёрочка «Икра из баклажанов» are other products — excluded"),
        ("кабачков пару штучек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh courgettes: none in any chain; frozen cut courgettes (Магнит 4 СЕЗОНА), squash caviar and Дядя "
           "Ваня «Кабачки в аджике» excluded"),
        ("майонез ряба провансаль побольше", {
            "pyaterochka": [],
            "magnit": ["56ff8ec751", "7d31b46ae3", "1000554514", "1000556519", "1000556521", "1000556520"],
            "dixy": ["1100075125", "2000000160", "2000172969"],
            "perekrestok": ["4331515", "4331518", "4331533"],
        }, "every Ряба mayonnaise sold as Провансаль (67 % and 50.5 %, «Провансаль оливковый», «Провансаль "
           "сметанный»), any size — «побольше» is a wish; Ряба mayonnaises not called Провансаль (Пятёрочка and "
           "Дикси «Ряба оливковый», Дикси «Ряба Сметанный»), Ряба «Постный» mayonnaise sauce and Провансаль of "
           "other brands excluded"),
    ]),
    # L22 консервы к хлебу
    ("тюлька в томате банку, килька балтийская в масле, хлебушка свежего к рыбке", [
        ("тюлька в томате банку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned тюлька in tomato: none in any chain; Магнит «Килька ДОБРОФЛОТ балтийская в томатном соусе» and"
           " ЛААТСА kilka with chili are Baltic kilka, which this list asks for separately («килька балтийская в "
           "масле»), so they are not taken for тюлька; Пятёрочка «Бычки … в томатном соусе» and other tins in "
           "tomato excluded"),
        ("килька балтийская в масле", {
            "pyaterochka": [],
            "magnit": ["cb3b169ef1", "3382c3c046"],
            "dixy": [],
            "perekrestok": [],
        }, "canned Baltic kilka in oil: Магнит «Шпроты БАРС, в масле из балтийской кильки» and «Шпроты ЗНАК "
           "КАЧЕСТВА в масле балтийская килька» (sprats made of Baltic kilka in oil); sprats whose fish is not "
           "stated (5 МОРЕЙ, ВКУСНЫЕ КОНСЕРВЫ крупные), sprats with jalapeño and kilka in tomato sauce excluded"),
        ("хлебушка свежего к рыбке", {
            "pyaterochka": [],
            "magnit": ["a37c992f14", "7fa10b807d", "d3cf97a497", "643727af2a", "54f3720614", "fb4c130c20",
                       "6929a8d5f0", "30c269d29a", "67f076fea4", "71b3f9704a"],
            "dixy": ["2000195093", "2000203640"],
            "perekrestok": ["78007697", "78001023", "78010859", "4318510", "4318511", "2065120", "4329401",
                            "3680023", "4102687", "4329402", "4157283", "4264947", "78011178", "4149554", "3382146",
                            "4329404", "3974719", "78020935", "3931337", "78034523", "3945535", "3126329", "3974720",
                            "4074396", "3627134", "4148558", "4318513", "3658457", "2060872", "4276930", "2065126",
                            "3953836", "4148561", "4159802", "78034683", "78010499", "66538", "66541", "49457",
                            "4361611", "3455614", "3455615", "4361612", "3484089", "3427407", "3357380", "3631465",
                            "3624125", "3246712", "2000243", "3617422", "78000800", "4291434", "2024150", "3455248",
                            "4354623", "4049144", "4164733", "2053660", "3634576", "3965436", "78034786", "78009384",
                            "78009545", "78009395", "4323653", "4287370", "4323654", "4323651", "78033782", "78034810"],
        }, "any unflavoured bread: loaves of wheat, rye and rye-wheat bread (incl. Ржаной Край, Бородинский, "
           "Дарницкий, toast bread, bread loaves sold as «Хлебец … нарезанный»), батоны, plain baguettes and "
           "ciabatta; «свежего» and «к рыбке» are wish and purpose; buns, brioche, «Плетёнка с кунжутом», lavash "
           "and flatbreads, breads with raisins (Мариинский, «Ароматный с изюмом»), garlic baguettes, «Багет "
           "ПИКАНТНЫЙ», «Картофельный с розмарином», sweet «Хлеб ЧАЙНЫЙ», crispbreads (хлебцы, Дикси «Елизавета "
           "вафельный»), breadsticks, croutons and сдоба excluded"),
    ]),
    # L23 паски
    ("мука на паски 2 кг, изюму без косточек на паски, яиц два десятка на паски, сахарной пудры пачечку", [
        ("мука на паски 2 кг", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "2000317163", "ЦТ0044481", "2000553733", "ЦТ0044544", "2000213875"],
            "perekrestok": ["3505430", "3292690", "3915409", "3193726", "3305673", "4215036", "91321", "4326495",
                            "3681817", "4262616", "2037765", "3346668", "3626914", "2107396", "3394693", "2112692"],
        }, "white wheat flour (высший сорт, экстра, хлебопекарная) in 2 kg packs — the written size names the "
           "pack of a packaged good; no grade was written; «на паски» is a purpose. 1 kg packs, whole-grain wheat"
           " flour, блинная mixes, self-raising, rye, rice, corn and other flours excluded. Judgement: "
           "Перекрёсток «Мука Тихорецкая особая, 2кг» and Магнит «Мука ПЫШЕЧКА, пшеничная, 2кг» taken as white "
           "wheat flour"),
        ("изюму без косточек на паски", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316951", "3640864"],
        }, "seedless raisins: Перекрёсток «Изюм Голден Маркет» 250 g and «Изюм светлый Маркет Перекрёсток» 233 g "
           "(judgement: golden and light raisins are seedless sultana/кишмиш types; the titles do not say «без "
           "косточек»); baked goods, curd, cereals and chocolate «с изюмом» excluded"),
        ("яиц два десятка на паски", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
                       "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea", "44e0856421"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
                     "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250",
                            "2109476", "4085791", "2131763", "4012802", "4085790", "4085792", "3182856", "3182853",
                            "4263543", "4076991", "4088955", "3950938"],
        }, "chicken eggs in packs of 10 or 20 («два десятка» = 20 eggs: two packs of 10 or one of 20), any class "
           "and colour; «на паски» is a purpose; packs of 6, 15 and 30 and quail eggs excluded"),
        ("сахарной пудры пачечку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0026194"],
            "perekrestok": [],
        }, "icing sugar: Дикси «Сахарная пудра Магета» 100 g; goods «в сахарной пудре» and vanilla sugar excluded"),
    ]),
    # L24 тыквенная каша
    ("гарбуз на кашу, пшено подешевле, молочка 2.5% пакет", [
        ("гарбуз на кашу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«гарбуз» = fresh pumpkin: none in any chain; pumpkin seeds, baby purees, pumpkin salads and "
           "pumpkin-flavoured goods excluded"),
        ("пшено подешевле", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats: Пятёрочка «Крупа пшено шлифованное в пакетиках для варки 400 гр.» (boil-in-bag millet "
           "is still пшено); «подешевле» is a wish; Пятёрочка Myllyn Paras «Каша … пшенная» (a porridge product —"
           " judgement), rice-and-millet mixes (Увелка «Дружба»), ready porridges and wheat products excluded"),
        ("молочка 2.5% пакет", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029",
                       "1000037901", "1000445487", "1051242602", "1000563706", "1000035016", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384", "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "drinking cow milk of exactly 2.5 % fat, pasteurised or UHT, any pack (500 ml-1.4 l; «пакет» is a unit"
           " of quantity), incl. children's Агуша 2.5 % (as in all sets); топлёное 2.5 %, ryazhenka, kefir, milk "
           "porridges, milkshakes and coffee drinks excluded"),
    ]),
    # L25 засолка сала
    ("мыла хозяйственного 2 куска, соль крупная для засолки сала, сода пищевая для пышек", [
        ("мыла хозяйственного 2 куска", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "household (laundry) soap: none in any chain; toilet soaps (Палмолив, Duru, Safeguard, Absolut, "
           "Биомио…), «Мыло БАННОЕ», liquid soaps and soap-foam excluded"),
        ("соль крупная для засолки сала", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0044186", "DI00080806"],
            "perekrestok": ["3255026", "3450465", "3613636", "3613637"],
        }, "coarse table salt: Перекрёсток «Соль поваренная пищевая крупная, 1кг» and salts of помол №1 (Дикси "
           "«помол №1» 1 kg ×2, Перекрёсток Salina каменная помол №1, Илецкая помол 1 180 g and 500 g — "
           "judgement: помол №1 is the coarse grind of ordinary salt); «для засолки сала» is a purpose; «Экстра» "
           "and fine salts, medium sea salt (Мареман «Средняя», Крымская средний помол), Himalayan, flavoured "
           "salts (7 блюд, Адыгейская, с травами, чесночная) and dishwasher salt excluded"),
        ("сода пищевая для пышек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078505"],
            "perekrestok": [],
        }, "baking soda: Дикси «Сода пищевая, 500 г»; Palmia dish detergent «пищ сода» excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftmNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftm\d\d ===$", line):
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
                    errors.append("ftm%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftm%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftm"))
