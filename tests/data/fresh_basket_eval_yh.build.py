#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yh.jsonl -- a family group chat's weekly shopping lists hand-labelled against the
real offers in real_offers_g.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yh.build.py

LISTS below is literal data: 25 lists (3-5 items) as a family's group chat would send them to a Telegram bot -- a
teenager (slang, Latin letters, translit), a grandmother (full words, old names), a father (brands) and a mother
(fat percentages, pack sizes) adding what they need this week -- and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  The texts are
copied byte for byte from fresh_basket_eval_yh.blind_lists.txt, written before any offer was read.  Candidate
titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic
brand spellings, ё/е) and read one by one; the note of each item records what was accepted, what was deliberately
left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable
(the item is "missing" there).  The labels were made without reading or running korzina.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly the
list's items in order (an item is the text between commas / new lines) -- and then writes the JSONL in the format
of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fyh01, fyh02, ... in LISTS order;
every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yh.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyh01
    ("молоко 3.2% 1.4л, батон нарезной белый один, сахарный песок 2 кило, чипсики lays краб", [
        ("молоко 3.2% 1.4л", {
            "pyaterochka": [],
            "magnit": ["8000026015"],
            "dixy": ["2000557212"],
            "perekrestok": [],
        }, "cow drinking milk labelled exactly 3.2% in a 1.4 l pack (the written pack size is respected): Домик в деревне 1.4 л, "
           "Простоквашино 1,4 л; 3.2% milk in other pack sizes, 2.5% and «отборное» 1.4 l packs (no fat / 3.4-6 / 3.7 %), топлёное "
           "and ranges 3.2-4/3.2-6 excluded"),
        ("батон нарезной белый один", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "batons named «Нарезной» (Коломенское, Пр!ст классический, Маркет, Маркет улучшенный; sliced or not); other batons "
           "(Отрубной, Утренний, Горчичный, Зерновой, Молочный, Новый, «к завтраку», plain «Батон, 300г» without a variety) and "
           "батончики excluded; «один» is a quantity"),
        ("сахарный песок 2 кило", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar (сахар-песок) of any pack: «2 кило» read as the amount wanted, not a pack size (sugar is "
           "normally sold in 1 kg / 900 g packs; judgement); Перекрёсток «Сахар Советский Экстра, 1кг» taken as white granulated "
           "sugar (outside knowledge); pressed/кусковой sugar (рафинад), cane/brown sugar («Брауни», тростниковый), vanilla and "
           "coconut sugar excluded"),
        ("чипсики lays краб", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000325823"],
            "perekrestok": [],
        }, "Lay's crab-flavour crisps: only Дикси «Lay's Зеленый лук/Сметана и зелень/Краб 37г» (an assortment card that includes "
           "the crab flavour; judgement); other Lay's flavours, Русская Картошка «Камчатский краб», Хрусteam «Краб» croutons and "
           "«Пряная креветка» excluded"),
    ]),
    # fyh02
    ("пшенка на кашу, масло постное нерафинированное, соли йодированной пачку, колбасы докторской граммов 300", [
        ("пшенка на кашу", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats (пшено), incl. Пятёрочка boil-in-bag «Крупа пшено шлифованное в пакетиках»; Myllyn Paras «Каша пшенная» "
           "(a ready porridge/flakes product), rice-millet mixes (Увелка Дружба), baby cereals and everything «пшеничный» "
           "excluded; «на кашу» is a purpose"),
        ("масло постное нерафинированное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4307791", "74883", "3653773", "4311768", "3683883", "2071663", "4149438", "3608379"],
        }, "«постное масло» taken as sunflower oil (old name; outside knowledge), unrefined only: Благо, Слобода, Здоровое меню "
           "0.9 л, Dial-Export, Юкка Юг, Золотая Семечка, Русский МасляникЪ, Маркет, Getuva high-oleic, Ароматы Жизни; refined "
           "oils, blends (Здоровое меню «с добавлением льняного», Agrolive/Altero/Almador with olive), olive, avocado and Магнит "
           "САРЕПТА mustard oil excluded"),
        ("соли йодированной пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000171442", "2000001900", "2000317165", "ЦТ0001666"],
            "perekrestok": ["2157581", "4117216", "3224598", "3224596", "4335115", "4266811", "3652519", "4328849"],
        }, "iodised edible salt of any pack, incl. iodised sea salt (4Life, Маркет морская); non-iodised, Himalayan, Adyghe, "
           "flavoured and dishwasher salt excluded; «пачку» is a quantity"),
        ("колбасы докторской граммов 300", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d", "fa414b5a8d",
                      "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, "Doktorskaya boiled sausage of any maker and pack (incl. slices, 100 g weighed portions, Царицыно «Докторская, Особая», "
           "Мясницкий ряд «от шефа», weighed Клинский); «граммов 300» is the amount wanted, not a filter; «Сосиски Докторские» and "
           "Доктор Кёрнер/Доктор Дизель excluded"),
    ]),
    # fyh03
    ("кефир 1% 900г, творог 9% пачки две, kolu 2l", [
        ("кефир 1% 900г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000227476"],
            "perekrestok": ["4334308", "4328084", "3467794"],
        }, "kefir labelled exactly 1% in a 900 g / 900 ml pack (the written pack size is respected): Домик в деревне, Зелёная "
           "Линия, Молочный Знак; 1% kefir in 930 g/970 ml/1 l/800 g/500 g/400 g/330 g packs, «Биокефирный/Кефирный продукт» 1% "
           "900 г (not kefir) and other fats excluded"),
        ("творог 9% пачки две", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "0cfee9df84", "1000122024",
                      "1000530486", "1000426470", "1000426465", "1000448252", "8000055235"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076", "2000280850",
                    "2000564413", "2000312025"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "3487310", "4294087"],
        }, "plain cottage cheese labelled exactly 9% of any pack and maker (incl. рассыпчатый, пластовой Палиева, Зелёная Линия "
           "«Зернышко 9%» taken as plain cottage cheese - judgement); other fats, flavoured and children's curds, зерненый в "
           "сливках, творожный продукт/сыр/сырки excluded; «пачки две» is a quantity"),
        ("kolu 2l", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cola (any brand) in a 2 l bottle - none in the offers: only Coca-Cola 0.33 l, Pepsi Dark Vanilla 0.5 l, "
           "Черноголовка/Funky Monkey 0.5 l, Добрый Кола 0.33/0.5/1/1.5 l; Evervess «Блэк Роял», ALKO ром/кола and cola-flavoured "
           "marmalade excluded; missing everywhere"),
    ]),
    # fyh04
    ("балтику семерку 4 банки, сосиски вязанка, хайнс кетчуп бутылку, горчицы русской баночку", [
        ("балтику семерку 4 банки", {
            "pyaterochka": [],
            "magnit": ["4b9214b25a"],
            "dixy": [],
            "perekrestok": [],
        }, "Балтика №7 Экспортное beer: only Магнит «БАЛТИКА 7 … 1,3л» (a bottle; «4 банки» read as a count of packs, i.e. a "
           "quantity, per the conventions); Балтика Крафти and alcohol-free Балтика №0 drinks excluded"),
        ("сосиски вязанка", {
            "pyaterochka": [],
            "magnit": ["7c9f298d18"],
            "dixy": ["2000566633", "2000322511"],
            "perekrestok": ["4337767", "4339153", "4081069", "4337765"],
        }, "every Вязанка (Стародворские колбасы) sausage (сосиски: рубленые, молочные, Молокуши Миникушай, Сливушки, Филейские); "
           "Вязанка колбаса and ветчина excluded"),
        ("хайнс кетчуп бутылку", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971", "4116830", "4157803",
                           "4157697", "4157703", "4116848", "4157704", "4154517", "4157702", "4274973"],
        }, "every Heinz ketchup of any flavour and pack (incl. Пятёрочка doy-packs and Heinz Pikador); «бутылку» read as a "
           "quantity (one pack), not a form filter (judgement); Heinz sauces (барбекю, сырный, горчичный, Цезарь…), mayonnaise, "
           "peas and baby food excluded"),
        ("горчицы русской баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "2143139", "3333301", "3332502", "3435016", "3372044", "4337617", "4273279", "3416298",
                           "4229364", "2153858"],
        }, "table mustard named «Русская» of any maker (Махеевъ, Русские закуски, Столичная, Goldjick, Gustoff, Главпродукт, ЕЖК "
           "Русская Столовая/Ядрёная, Натурово, Маркет, Семилукская трапеза); ЕЖК «Русская Зернистая» (grain) and «Русская С "
           "хреном», Dijon/Bavarian/fruit/honey mustards, plain «Столовая» without «Русская», mustard powder, mustard sauces and "
           "oil excluded"),
    ]),
    # fyh05
    ("сухарики 3 корочки бекон, энергос flash up, жвачка dirol мята", [
        ("сухарики 3 корочки бекон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«3 Корочки» croutons with bacon flavour - no «3 Корочки» product in the offers; Воронцовские «в ассортименте», ОГО! "
           "vanilla rusks, Хрусteam, Take It and soups/purees «с сухариками» excluded; missing everywhere"),
        ("энергос flash up", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4229369", "4199222"],
        }, "every Flash Up energy drink («энергос» = energy drink): Перекрёсток Flash Up «энергия мятный лайм» (тонизирующий) and "
           "Flash Up Ultra Energy; other energy drinks excluded"),
        ("жвачка dirol мята", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Dirol chewing gum with a mint flavour - none: the Dirol offers are watermelon, watermelon-melon, blueberry-citrus and "
           "coconut-strawberry; other brands (Orbit, Mentos, Wrigley's Spearmint, Fresh life) excluded; missing everywhere"),
    ]),
    # fyh06
    ("кофейку jacobs monarch растворимого, зеленый чай greenfield, печенюшек юбилейных пачку, сгущеночки рогачевской банку", [
        ("кофейку jacobs monarch растворимого", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "0386d066d3", "d377483cd5", "88df1b0c73", "01f9dd25ee"],
            "dixy": ["2000200961"],
            "perekrestok": [],
        }, "instant (растворимый/сублимированный) coffee whose title names Jacobs Monarch / Monarch: Пятёрочка Jacobs Monarch 150 "
           "г, Магнит MONARCH сублимированный 95/150 г, Монарх Интенс 95/150 г (the 95 г card without «растворимый» taken as "
           "instant - outside knowledge), Монарх растворимый 190 г, Дикси «Кофе растворимый с молотым Monarch Miligrano» (a "
           "Monarch instant variant, accepted under brand+product); Monarch ground and beans, Jacobs Голд, Jacobs Милликано (title "
           "does not name Monarch - judgement), Бариста, 3в1/4в1 drinks excluded"),
        ("зеленый чай greenfield", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Greenfield green tea - none: every Greenfield offer is black tea (Earl Grey Fantasy, Kenyan Sunrise, Golden Ceylon, "
           "English Edition, Spring Melody, Christmas Mystery, Currant&Mint) or herbal (Spirit Mate); missing everywhere"),
        ("печенюшек юбилейных пачку", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every «Юбилейное» cookie (традиционное, молочное, с глазурью, овсяное); Останкино «Юбилейная» sausage and Julius Meinl "
           "«Юбилейный» coffee excluded; «пачку» is a quantity"),
        ("сгущеночки рогачевской банку", {
            "pyaterochka": [],
            "magnit": ["dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000186451", "2000014518"],
            "perekrestok": ["3376242", "4147345"],
        }, "Рогачевъ sweetened condensed milk («с сахаром» / «цельное», any size); Рогачевъ варёная (Егорка), «с кофе» and "
           "Рогачевъ butter excluded"),
    ]),
    # fyh07
    ("крупа манная, геркулеса пачку, вермешель паутинка, какао порошок золотой ярлык", [
        ("крупа манная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "semolina groats - none in the offers; Дикси Makfa «Каша манная» instant portions (flavoured ready porridge) excluded; "
           "missing everywhere"),
        ("геркулеса пачку", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91", "7e4e5763f5", "1fbd6e427e"],
            "dixy": ["2000222892", "2000002160", "2000219614", "2000186448", "1041032607", "DI00078791", "2000604115",
                    "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "4355178", "9056", "2105514", "3933387", "3421663", "23772", "6752", "4321219",
                           "24926", "2122914", "2122915", "2122919", "3503161", "3469028", "4078263", "3469027"],
        }, "«геркулес» taken as the common name of plain rolled oat flakes (outside knowledge), any brand and thickness "
           "(Геркулес-titled, Nordic, Ясно Солнышко №1-3, Экстра, quick-cook, gluten-free, голозёрный); flavoured flakes "
           "(клюква-яблоко, Быстров с вишней/с молоком), flakes with bran (Nordic с отрубями), instant porridge portions (Геркулес "
           "«Каша овсяная с клубникой» 35 г, ассорти), cut oats (Лакоме «резаная»), Vila Natura «Овсянка Био» (form not stated), "
           "Фацер bread «ГЕРКУЛЕС», oat cookies and drinks excluded; «пачку» is a quantity"),
        ("вермешель паутинка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000015331"],
            "perekrestok": [],
        }, "vermicelli of the «Паутинка» variety: only Дикси Makfa «Паутинка»; other vermicelli (Makfa короткая тонкая, Barilla "
           "Филини, Шебекинские лёгкая, Верони, Маркет, Пр!ст), funchoza and instant Роллтон excluded"),
        ("какао порошок золотой ярлык", {
            "pyaterochka": [],
            "magnit": ["25a1b729b4"],
            "dixy": [],
            "perekrestok": [],
        }, "Золотой Ярлык (Красный Октябрь) cocoa powder: only Магнит «Какао натуральный ЗОЛОТОЙ ЯРЛЫК»; other cocoa powders "
           "(Чукка, «Российский») excluded"),
    ]),
    # fyh08
    ("масло сливочное 82.5% 180г, сыр 45% нарезка, йогурта греческого без сахара пару, яйца отборные 10 шт", [
        ("масло сливочное 82.5% 180г", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
                      "1000151122", "8000045816", "1000070643", "1899900309"],
            "dixy": ["2000186964", "2000588791", "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "3999749", "3413519", "3643092", "34890", "4260609", "3026226", "4113532", "3434127", "86149",
                           "3369241", "3698785", "3287314", "3396544", "3657363", "4292462", "4135603"],
        }, "butter labelled 82.5% in a 180 g pack (the written pack size is respected), any maker incl. сладко-сливочное, "
           "Вологодское, Традиционное; 82.5% butter of 150/160/175/200/340/350/360/400 g, other fats (72.5, 78, 80…), spreads and "
           "ghee excluded"),
        ("сыр 45% нарезка", {
            "pyaterochka": ["3388814"],
            "magnit": ["8000046709", "1000500635", "be2dd7f6c8", "1b8b3c9113", "8000076647", "1000318957"],
            "dixy": ["2000365650"],
            "perekrestok": ["4353317", "3500347"],
        }, "sliced (нарезка/слайсы/ломтики) cheese labelled exactly 45%, any kind (Брест-Литовск классический, Landkaas Маасдам, "
           "Valio Бутербродный/Олтермани, Рыжий Чеддер, Сваля Тильзитер, Natura Сливочный, Маркет Гауда/Маасдам); Oldenburger «с "
           "оливками и томатами 45%/50%» (flavoured, fat not single), sliced 35/40/48/50% cheeses, unsliced 45% cheeses and "
           "processed slices excluded"),
        ("йогурта греческого без сахара пару", {
            "pyaterochka": [],
            "magnit": ["1000181497", "dafd7c4dc4", "8000087572"],
            "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"],
            "perekrestok": [],
        }, "plain Greek yoghurt (Lactica Греческий 4%, «ГРЕЧЕСКИЙ 2%», Epica Греческий, Neo Классический, Простоквашино Греческий, "
           "Teos Греческий 250 г and Натуральный) taken as without sugar (plain, no flavour; outside knowledge); every flavoured "
           "Greek yoghurt (черника, клубника, орех-мед, инжир, двухслойные…) excluded by «без сахара»; «пару» is a quantity"),
        ("яйца отборные 10 шт", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4352464", "3432532", "2131762", "3914040", "4085790",
                           "4337164", "3356111", "3421287", "4236458", "4012802", "3182853"],
        }, "chicken eggs of the selected class (С0 / СО / CO / «отборной категории») in packs of 10 (the count names the pack); C0 "
           "packs of 20, С1/С2, «высшей категории» (СВ), quail eggs and chocolate eggs excluded"),
    ]),
    # fyh09
    ("порошок tide автомат, кондиционер для белья lenor, белизну бутылку, губочки для посуды 5 шт", [
        ("порошок tide автомат", {
            "pyaterochka": [],
            "magnit": ["0306390d77", "f400bf3623", "bed5eabde5"],
            "dixy": [],
            "perekrestok": [],
        }, "Tide washing powder for machines: Магнит TIDE Автомат Детский 2.4 кг and Колор автомат 2.5 кг, plus «Порошок "
           "стиральный TIDE детский колор, 2,4кг» (no «автомат» in the title, taken as the same automatic children's powder - "
           "outside knowledge); Tide gel capsules and liquid «Средство для стирки» (not powder) and other brands excluded"),
        ("кондиционер для белья lenor", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner: Пятёрочка Lenor «скандинавская весна» 2 л; Ariel powder «Ленор фреш» (a detergent with Lenor "
           "scent) excluded"),
        ("белизну бутылку", {
            "pyaterochka": ["3413434"],
            "magnit": ["2de571f286"],
            "dixy": [],
            "perekrestok": [],
        }, "«белизна» = chlorine bleach: Пятёрочка Sanfor «гель белизна 3в1» (sold as белизна) and Магнит ACE «Отбеливатель Гель "
           "автомат» (a hypochlorite bleach - outside knowledge); oxygen/chlorine-free bleaches (Synergetic, ACE Окси Мэджик Уайт) "
           "and whitening toothpastes excluded; «бутылку» is a quantity"),
        ("губочки для посуды 5 шт", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges in a pack of 5: Магнит «Губки для посуды МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт.»; shoe sponge excluded"),
    ]),
    # fyh10
    ("селедочка иваси, картошечки кило 3, лучку репчатого кило, черного хлебушка буханочку", [
        ("селедочка иваси", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "salted иваси - no title names иваси; herring (сельдь) of other kinds is a different fish and canned Pacific sardine in "
           "tomato (Форгрейт) is not the salted fish meant (judgement); missing everywhere"),
        ("картошечки кило 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968", "3092450"],
        }, "fresh potatoes of any kind and pack (loose, net, washed, red, baby, for boiling/frying, 2-3 kg bags); «кило 3» is the "
           "amount of a weighed good, not a filter; boiled peeled, baked, frozen cut potatoes, Магнит «Картофель АЙДАХО (СП ГМ)» "
           "(a ready dish), crisps, starch and sweets «Картошка» excluded"),
        ("лучку репчатого кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (лук репчатый loose, in a net, packed, red, peeled); dried onion (Kotanyi, Айдиго), зажарка and "
           "dishes with onion excluded; «кило» is a quantity"),
        ("черного хлебушка буханочку", {
            "pyaterochka": [],
            "magnit": ["54f3720614"],
            "dixy": [],
            "perekrestok": ["4149554", "3382146", "4329404", "3974719", "3931337", "3945535", "3126329", "3974720", "4074396", "3627134",
                           "4148558", "3658457", "2060872", "4276930", "3953836", "3631465", "3624125", "2000243", "3617422", "4354623",
                           "4049144", "4164733", "2053660", "3634576", "3965436", "78034786", "4361611"],
        }, "«черный хлеб» = rye or rye-wheat bread: titles saying ржаной / ржано-пшеничный and the rye varieties Бородинский, "
           "Дарницкий, Столичный, Двинский, Пумперникель (outside knowledge); Магнит «Хлеб ДАНИЛОВСКИЙ зерновой» taken as the "
           "rye-wheat Даниловский (Перекрёсток titles it ржано-пшеничный); Ржаной Край breads (a brand, composition not stated), "
           "rye-wheat bread «с изюмом», white/wheat, toast, grain breads without rye, вафельный crispbread and rye flour excluded; "
           "«буханочку» is a quantity"),
    ]),
    # fyh11
    ("мармеладки haribo, чупа чупсы, fanta 1л", [
        ("мармеладки haribo", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Haribo gummies - no Haribo/Харибо product in the offers; other gummy brands (Бон Пари, Fruittella, Lava Lava, Chupa "
           "Chups Страйпсы) excluded; missing everywhere"),
        ("чупа чупсы", {
            "pyaterochka": ["33015"],
            "magnit": ["495f199a6d"],
            "dixy": [],
            "perekrestok": ["4291408"],
        }, "Chupa Chups lollipops (карамель/леденец on a stick): Пятёрочка «ЧУПА ЧУПС Карамель ФРУТ-ТЕЛЛА 17г», Магнит «с "
           "шипучкой», Перекрёсток «Авокадо микс Ассорти»; Chupa Chups marmalade «Страйпсы» and the Chupa Chups soft drink "
           "excluded"),
        ("fanta 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fanta in a 1 l bottle - none: the only Fanta is Пятёрочка 0.33 l can (the written bottle size is respected); Даниссимо "
           "«Фантазия» and Greenfield «Fantasy» excluded; missing everywhere"),
    ]),
    # fyh12
    ("говядина на суп, курицу целую тушкой, фаршик домашний, майонез слобода провансаль 67%", [
        ("говядина на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697004", "3917642", "3077141", "1036", "4008468", "4314598", "85566", "46625", "923", "3697006", "1038",
                           "3667501", "4373861", "46627", "3020550"],
        }, "raw beef cuts of any kind (мякоть, голень/лопатка/шейный отруб на кости, грудинка, огузок, антрекот, ростбиф, филей, "
           "духовая); «на суп» is a purpose, not a filter; portion steaks (Минутка, Рибай, Мачете…), offal (язык, печень), бекон, "
           "холодец, кебабчичи, stewed beef and ready meals excluded"),
        ("курицу целую тушкой", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75", "bba6e25510"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА» and the plain chilled «Цыплёнок табака СВОЯ» (a whole "
           "chicken split open; judgement); marinated цыплёнок табака, duck, chicken parts, nuggets, canned chicken and fish "
           "«тушка» excluded"),
        ("фаршик домашний", {
            "pyaterochka": [],
            "magnit": ["1f9a3b6240"],
            "dixy": [],
            "perekrestok": ["4364589"],
        }, "minced meat of the «Домашний» variety: Магнит «Фарш МАГНИТ СВЕЖЕСТЬ Домашний», Перекрёсток «Фарш Хороший Кусок "
           "домашний мясной»; other minced meat (Деревенский, Фермерский, Классический turkey, pure beef/pork, pollock) and dishes "
           "with mince excluded"),
        ("майонез слобода провансаль 67%", {
            "pyaterochka": [],
            "magnit": ["7a519275b4", "8000045827", "1000233673", "1728400030"],
            "dixy": ["2000135999", "ЦТ0045065", "2000429651"],
            "perekrestok": ["3674577", "3193489"],
        }, "Слобода Провансаль mayonnaise 67% of any pack size; Слобода «Провансаль оливковый», «Провансаль с маслом авокадо», "
           "Оливковый, Московская, «на перепелиных яйцах», «Зелёная Дача» (other recipes), the 56% «Постный» sauce and other "
           "brands' Провансаль excluded"),
    ]),
    # fyh13
    ("туалетная бумага zewa 8 рулонов, средство для посуды фейри, мешки мусорные 60л, влажных салфеток пачку, фольгу пищевую для запекания", [
        ("туалетная бумага zewa 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "Zewa toilet paper in packs of 8 rolls (the count names the pack): Магнит ЗЕВА «Сирень» 8 рулонов, Перекрёсток Zewa "
           "Deluxe Персик 8шт; Zewa packs of 4/6/12 rolls, other brands (Familia, Soffione, Papia), Zewa towels, handkerchiefs and "
           "facial tissues excluded"),
        ("средство для посуды фейри", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6", "b3ebaa28e5",
                      "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1", "7c5bd74e06"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "every Fairy hand dishwashing liquid of any scent and size (incl. Platinum, Pure&Clean, Нежные руки); Fairy dishwasher "
           "tablets (All in 1 / Все в 1) excluded"),
        ("мешки мусорные 60л", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l bin bags: Магнит «Мешки для мусора МАГНИТ НУЖНЫЕ ВЕЩИ Био ушки 60л»"),
        ("влажных салфеток пачку", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "337392b1b2", "4655517315", "9022eaa3a8", "36ac79cfc0", "2499871",
                      "d50c79a365", "667fad1c9c", "bd449a17ff", "73ec40a66f"],
            "dixy": [],
            "perekrestok": [],
        }, "general-purpose wet wipes of any brand and pack, incl. children's (Huggies, Pampers, Каспер) and antibacterial; wipes "
           "for surfaces (Aura Pro Expert), intimate-hygiene wipes, wet toilet paper, Colour Catcher laundry sheets and dry paper "
           "napkins/tissues excluded (judgement); «пачку» is a quantity"),
        ("фольгу пищевую для запекания", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "food/baking aluminium foil - none in the offers (only a «фольгированная» face mask); missing everywhere"),
    ]),
    # fyh14
    ("цикория растворимого, сушек с маком, пряников мятных", [
        ("цикория растворимого", {
            "pyaterochka": [],
            "magnit": ["6e9c524bd5", "279b109298", "9c453f410d", "577c8fa879"],
            "dixy": [],
            "perekrestok": [],
        }, "plain instant chicory: Большая Чашка растворимый, Экологика сублимированный, «Здоровье» растворимый, and ЦИКОРИЧ "
           "«порошкообразный» (instant chicory powder - outside knowledge); Пятёрочка Большая чаша «с черникой» (flavoured) "
           "excluded"),
        ("сушек с маком", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "сушки with poppy seeds: Магнит «Сушки-мини НЕВСКАЯ СУШКА, маковые»; plain Ладожский малышок and Nina Farina taralli «с "
           "чесноком» excluded"),
        ("пряников мятных", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mint gingerbread (пряники мятные) - none: the пряники offered are chocolate (Lucky Days, Слана), orange-blossom "
           "(Дымка), cranberry (Полёт), pear (Северные) and Стойленские (flavour not stated); missing everywhere"),
    ]),
    # fyh15
    ("вода святой источник 5л, сок rich апельсин, ессентуки №4 пару бутылок, лимонада черноголовка", [
        ("вода святой источник 5л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000264455"],
            "perekrestok": ["3373718"],
        }, "Святой Источник still drinking water in a 5 l bottle (the written size is respected); smaller bottles, flavoured "
           "Святой Источник and iced tea excluded"),
        ("сок rich апельсин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814"],
            "perekrestok": [],
        }, "Rich orange juice: Дикси «Сок \"Rich\" апельсиновый, 1 л»; Rich apple/tomato juices, nectars, Rich «Мандарин» soda and "
           "tonics, Richard tea excluded"),
        ("ессентуки №4 пару бутылок", {
            "pyaterochka": [],
            "magnit": ["9d46fc2eab"],
            "dixy": ["2000346018", "2000323928"],
            "perekrestok": ["3977407"],
        }, "Ессентуки №4 mineral water of any bottle size; Ессентуки №17, Ессентуки without a number («целебная») and Aqua bene "
           "«Ессентуки» excluded; «пару бутылок» is a quantity"),
        ("лимонада черноголовка", {
            "pyaterochka": [],
            "magnit": ["dfb8def8b0", "b4875f70d2", "966a08b66a"],
            "dixy": [],
            "perekrestok": ["4349107", "20850", "3374813", "3359208", "53165", "4375561", "20843", "3662137"],
        }, "every Черноголовка lemonade-type soda (brand + product word = every variant: Оригинальный, лимон, Лимон Лайм, Лимонный "
           "Пунш, Дюшес, Буратино, Тархун, Байкал, мандарин - Перекрёсток titles them all «Лимонад»); Черноголовка Кола (not a "
           "lemonade), Черноголовка Бэйби water and other brands' lemonades excluded"),
    ]),
    # fyh16
    ("пельмешки мираторг, вареники с картофелем, замороженные блинчики с мясом", [
        ("пельмешки мираторг", {
            "pyaterochka": [],
            "magnit": ["feeac8f3fa", "66c111d7a2"],
            "dixy": ["2000282673"],
            "perekrestok": [],
        }, "every Мираторг pelmeni (Сливочные свинина-говядина, с мраморной говядиной, Домашние); Мираторг хинкали and vareniki "
           "excluded"),
        ("вареники с картофелем", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000364412"],
            "perekrestok": [],
        }, "vareniki with potato filling: Дикси Цезарь «с картофелем и жареным лучком» (onion is the usual addition; judgement); "
           "potato-and-mushroom (Первым делом, Сытый папа) and potato-and-spinach (Цезарь, Перекрёсток) fillings are other "
           "flavours and excluded, as are cherry and cheese vareniki"),
        ("замороженные блинчики с мясом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pancakes filled with meat - none: Пятёрочка Останкино «Блинчики с печенью» (liver, not meat - judgement), "
           "Магнит «с ветчиной и сыром» (ready-to-eat (СП ГМ), ham and cheese), curd/berry/apple pancakes excluded; missing "
           "everywhere"),
    ]),
    # fyh17
    ("простокваши бутылку, творожная масса с изюмом, сырков глазированных штук 5, маслице вологодское", [
        ("простокваши бутылку", {
            "pyaterochka": [],
            "magnit": ["26c8070a70", "1000284419"],
            "dixy": ["2000543672"],
            "perekrestok": [],
        }, "простокваша of any maker and pack (Эго термостатная, Мечниковская); «бутылку» is a quantity; Простоквашино-brand "
           "products excluded"),
        ("творожная масса с изюмом", {
            "pyaterochka": ["3365399", "3634621"],
            "magnit": ["1899912620", "1000520679", "1000325457"],
            "dixy": [],
            "perekrestok": ["4227561", "29926", "3407477", "4249288"],
        }, "curd mass (масса творожная, incl. «Особая») with raisins, any fat and size; curd mass with raisins and chocolate, with "
           "курага/инжир/вишня/ваниль, Tvorogi masses with other fruit and сырки «с изюмом» (a different product) excluded"),
        ("сырков глазированных штук 5", {
            "pyaterochka": ["f17a948634", "4061730"],
            "magnit": ["1000059932", "8000070532", "1000305762", "42cd196db0", "1000138236", "1000351466", "1000359364",
                      "1000581120", "1000274202", "1000059925", "1899801136", "1000518913", "d7df85a8e4", "1000580175",
                      "1000149410", "61ab02df21", "2a844a0718", "1432ba3e24", "b3f3665e14", "1000359365", "1000238205",
                      "1000172948", "1000238206", "1000167330", "1000122409", "1000167329", "1000186648", "1000186649",
                      "8000078945", "1000149411", "a436bb1f2b", "2a66b2b012", "8000061673", "8000061566", "1000580174",
                      "1000077349", "1000117018", "9119334841", "758f114f7c"],
            "dixy": ["2000597331", "2000597332", "2000179854"],
            "perekrestok": ["4227636", "4227649", "4227635", "4227614", "3041670", "20615", "3666242", "3666241", "3427052", "3454107",
                           "3463779", "4208433"],
        }, "glazed curd snacks (сырок глазированный / в глазури / в шоколаде) of any flavour and maker, incl. the 6-pack and "
           "Картошка-shaped ones; Чудо «Десерт» сырки (three chocolates, cherry cake) taken as glazed (outside knowledge); "
           "unglazed сырки (с ванилином/изюмом/цукатами 90-100 г, Сыркофф, Коровка из Кореновки, Три кота 180 г), the «в вафельном "
           "рожке» сырок and curd sticks excluded; «штук 5» is a quantity"),
        ("маслице вологодское", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["86149"],
        }, "«Вологодское» butter (the named variety): Перекрёсток «Из Вологды Вологодское 82.5%»; butters only made in Vologda (Из "
           "Вологды Традиционное/Крестьянское, Северное Молоко из Вологды) and «Вологодское Крестьянское 72.5%» (a Крестьянское "
           "butter) excluded (judgement)"),
    ]),
    # fyh18
    ("шампунь шаума, гель для душа nivea men, станочки gillette, мыла хозяйственного 72% кусок", [
        ("шампунь шаума", {
            "pyaterochka": ["2671", "2656"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "every Schauma shampoo (мужской с хмелем, 7 трав); Schauma balm excluded"),
        ("гель для душа nivea men", {
            "pyaterochka": [],
            "magnit": ["fb86a14079", "5453f6025c", "c8614395b8", "0a0bc36d75"],
            "dixy": [],
            "perekrestok": [],
        }, "NIVEA Men / men's NIVEA shower gels (Мен Ультра, мужской 2в1 Океан, Заряд чистоты мужской, Сила угля мужской); NIVEA "
           "gels not marked as men's («Пробуждающий», «Энергия/Заряд чистоты» assortment, Крем Абрикос, Крем и апельсин), Nivea "
           "Men shaving gels, deodorants and other men's care excluded"),
        ("станочки gillette", {
            "pyaterochka": [],
            "magnit": ["17040ba778", "eb882c1907", "6997758160", "f668eaa68a", "a7414d133c", "6121e45574", "e4394bed78"],
            "dixy": [],
            "perekrestok": [],
        }, "Gillette razors: Fusion ProGlide Flexball (бритва/станок with a cartridge), Fusion 2/4 кассеты, Mach3 Turbo Алоэ, "
           "disposable Blue Simple3, and «Станок бритвенный МАК 3» (Mach3 is a Gillette razor - outside knowledge); replacement "
           "cartridges alone, Gillette gels/foams, Venus women's razors (title without Gillette; judgement), BIC, Zollider, Dorco "
           "excluded"),
        ("мыла хозяйственного 72% кусок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "household (хозяйственное) laundry soap 72% - none in the offers; toilet, bath (Банное) and cream soaps excluded; "
           "missing everywhere"),
    ]),
    # fyh19
    ("корм для кошки felix пауч, шебу, наполнитель для лотка древесный", [
        ("корм для кошки felix пауч", {
            "pyaterochka": [],
            "magnit": ["bbcc3f6e2b", "d08035f21d", "860a44990e", "bceeba235b", "b5120b46c3", "54a53edec1", "4f374f40d8",
                      "0adb281b8b", "4b45bf5084", "ba1a288ef8", "f46b40c2dc", "9f6054f9aa", "e615cc80e5", "159c859f66",
                      "bbcb5d5f30", "258ae7de32", "5c2b5eca31", "5e3ba75210", "0aa722ea47", "c44cca57cb", "bf4253574e",
                      "3d18463c21", "8555865978", "b357a754b6", "238c0d6220", "88bfe8e014", "bc08b83fbb", "1bc3a52946", "5178631",
                      "5168331", "5167911", "5227421", "5389501", "5178641", "5167901", "5168351", "5252471", "5389101", "5257221",
                      "5168341", "2586581", "2586551", "2586671", "2586791", "2586691", "2586751", "2586741", "2586731", "2586641",
                      "2586681", "2586561", "2586511", "2586621", "2586661", "2586701"],
            "dixy": ["2000325835"],
            "perekrestok": ["4249859"],
        }, "Felix wet food for adult cats in 75/85 g pouches and 48 g soup sachets, any flavour (Felix wet food is sold in "
           "pouches; the cards saying «консервированный» taken as pouches - outside knowledge); Felix for kittens (котят), Felix "
           "dry food (200/600 g) and other brands excluded"),
        ("шебу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000537995"],
            "perekrestok": [],
        }, "Sheba cat food (the brand alone names the product): Дикси Sheba «Ломтики в соусе Форель и креветки»"),
        ("наполнитель для лотка древесный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wood (древесный) cat litter - none: the only litter is Магнит КЭТ СТЕП silica gel; yoghurts «с наполнителем» excluded; "
           "missing everywhere"),
    ]),
    # fyh20
    ("огурчиков свежих, помидорчики, болгарского перчика красного, укропчику, петрушки пучок", [
        ("огурчиков свежих", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072", "2131726"],
        }, "fresh cucumbers of any kind (гладкие, колючие, длинноплодные, короткоплодные, Бакинские, Хрустящие, packed or loose); "
           "jarred cucumbers (Шесть Соток «хрустящие» 720 мл), pickled/marinated cucumbers, assortments, cucumber-scented goods "
           "and salads excluded"),
        ("помидорчики", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000331828", "2000285867", "2000410142", "D000004968", "2000580825", "2000303785", "2000601471",
                    "2000601472", "10E0075437", "ЦТ0019904", "2000580827", "2000003231", "2000186544", "2000327738"],
            "perekrestok": ["4327416", "4335742", "4335744", "4378622", "3383460", "4255159", "42138", "3373662", "4377073", "4214021",
                           "4217379", "4272752", "3410591", "4381951", "4381952", "4371254", "4125409", "14809", "3657325", "82521",
                           "4375133", "2166", "14811", "4261327", "3695580", "21292", "3383465", "2100224", "11971", "3634714"],
        }, "fresh tomatoes of any kind incl. cherry, cocktail, plum, pink, yellow, Кумато, on the vine (as in real_basket_eval, "
           "cherry tomatoes count); salted (Дикси «Томаты солёные», Маркет «черри солёные»), marinated, canned, dried tomatoes, "
           "tomato paste/juice and goods «с томатом» excluded"),
        ("болгарского перчика красного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh red bell pepper - none in the offers; marinated peppers (Скатерть-Самобранка, Дядя Ваня chili), black pepper, "
           "sauces and olives «со сладким перцем», cabbage «со сладким перцем» excluded; missing everywhere"),
        ("укропчику", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill - none in the offers (only goods «с укропом»: herring, crisps, croutons, cheese, ketchup); missing "
           "everywhere"),
        ("петрушки пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley: Дикси «ПЕТРУШКА УПАК 75Г» (a packed bunch; «пучок» is a quantity); Heinz ketchup «укроп-петрушка» "
           "excluded"),
    ]),
    # fyh21
    ("пиццу ristorante 4 сыра, morojenoe eskimo, mountain dew", [
        ("пиццу ristorante 4 сыра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Dr. Oetker Ristorante «4 сыра» (Quattro Formaggi) pizza - none: the only Ristorante is Пятёрочка «сал/моц/песто» "
           "(another flavour); Ла Траттория «4 сыра» (another brand), Цезарь, Zotman and Маркет pizzas excluded; missing "
           "everywhere"),
        ("morojenoe eskimo", {
            "pyaterochka": [],
            "magnit": ["ccb762812f", "b2a52cc7c4"],
            "dixy": [],
            "perekrestok": ["4151681", "4354078", "4278655", "4130359", "4151679", "4047712", "3287145", "3371925", "4296328", "2014565",
                           "3628052", "3650693"],
        }, "ice cream / frozen dessert named «эскимо» (stick ice cream), any flavour: Магнат, Lotte, Королевское Вин-Вин, "
           "Свитлогорье, Пестравка, Milka, Как Раньше, Коровка из Кореновки, Ленинградское, Сам-По, Чистая Линия; glazed ice "
           "creams whose title does not say эскимо (Село Зелёное «во фруктовой глазури», Чистая Линия «в шоколадной глазури» 80 г, "
           "Эkzo), cones (рожок), трубочки, tubs and candy-ice-cream excluded (judgement: form not stated)"),
        ("mountain dew", {
            "pyaterochka": ["2137976"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Mountain Dew soft drink: Пятёрочка «Нап.МАУНТИН ДЬЮ газ.пл/бут 0.5л»; Перекрёсток melon «Хани дью» excluded"),
    ]),
    # fyh22
    ("сливки 10% 200мл для кофе, безлактозного молока литр, йогурт активиа питьевой, творожки агуша детям", [
        ("сливки 10% 200мл для кофе", {
            "pyaterochka": [],
            "magnit": ["1000128456", "3201860040", "1000006089"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking cream labelled exactly 10% in a 200 ml pack (the written pack size is respected): Большая кружка, Домик в "
           "деревне, Моя цена; 10% cream in 195 ml (Пр!ст), 450-950 g/ml packs and 10x10 g portions, other fats, tea "
           "«клубника-сливки» excluded; «для кофе» is a purpose"),
        ("безлактозного молока литр", {
            "pyaterochka": [],
            "magnit": ["1000351083", "8000079205"],
            "dixy": ["2000328870"],
            "perekrestok": [],
        }, "lactose-free cow drinking milk in a 1 l pack («литр» read as the pack size, judgement): Parmalat Natura Premium "
           "Comfort 1 л, Parmalat Protein 1 л, Дикси Parmalat 1 л; Домик в Деревне безлактозное 950 г, Parmalat 200 мл, Аммм "
           "children's 205 г, lactose-free yoghurts, curd, butter excluded"),
        ("йогурт активиа питьевой", {
            "pyaterochka": [],
            "magnit": ["ad26a8d9c2", "264dcf04cc", "7d3e9ca5eb", "555ec5242d", "6274db9238", "dcef614113", "e48ddbaaa1",
                      "2da150143b", "ff3259caa2", "67fc9c08f6"],
            "dixy": [],
            "perekrestok": [],
        }, "Activia drinking yoghurt of any flavour (питьевой 260 г bottles), incl. «Биойогурт АКТИВИА без сахара "
           "яблоко-вишня-финик 260г» (the 260 g Activia is the drinking bottle - outside knowledge); spoonable Activia 130 г cups "
           "excluded"),
        ("творожки агуша детям", {
            "pyaterochka": [],
            "magnit": ["1000564007", "8000049983", "1000177278", "1000109125", "1051242603", "1812432015", "1812432014",
                      "1812432013"],
            "dixy": [],
            "perekrestok": ["4174763", "2137027", "69726"],
        }, "every Агуша children's curd (classic and fruit flavours); other brands' children's curds (Тёма, Фрутоняня, Мама Лама, "
           "Растишка) excluded; «детям» is a purpose"),
    ]),
    # fyh23
    ("кильки в томатном соусе, сайра в масле, горошек bonduelle", [
        ("кильки в томатном соусе", {
            "pyaterochka": [],
            "magnit": ["b755c9549a"],
            "dixy": [],
            "perekrestok": [],
        }, "sprat (килька) canned in tomato sauce: Магнит ДОБРОФЛОТ «Килька балтийская в томатном соусе»; ЛААТСА «обжаренная с "
           "чили в томатном соусе» (a chili flavour, judgement) and шпроты in oil excluded"),
        ("сайра в масле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned saury (сайра) in oil - no saury in the offers; other canned fish (шпроты, сардина, сельдь) excluded; missing "
           "everywhere"),
        ("горошек bonduelle", {
            "pyaterochka": [],
            "magnit": ["68a96163bf", "08e4c89d92"],
            "dixy": ["2000313828", "1100075857", "0230306094"],
            "perekrestok": ["27460", "16791", "4059535", "3635251", "4283761", "3951175", "4188483"],
        }, "every Bonduelle green peas (Classique, молодой, нежный, стерилизованный; any size); Bonduelle Expert «горошек с "
           "морковью» (a mix), Bonduelle beans, corn, olives and Heinz peas excluded"),
    ]),
    # fyh24
    ("рис круглозерный 900г, гречка не в пакетиках, муки в/с 2кг, сухие дрожжи", [
        ("рис круглозерный 900г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000180350", "ЦТ0042579", "DI00079260"],
            "perekrestok": ["3231277", "3469127"],
        }, "rice whose title says круглый/круглозерный/круглозернистый, in a 900 g pack (the written pack size is respected); "
           "round rice in 5x80 g boil-in-bags, 4x125 g and 500 g packs, long-grain, parboiled, «для плова», Агро-Альянс "
           "«Кубанский» and Националь «Адриатика» (grain shape not stated) excluded"),
        ("гречка не в пакетиках", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "ЦТ0042599", "1030037286", "2000180341", "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "14301", "3276128", "3438178", "3694322", "3019156", "53673", "4204902", "6847",
                           "3173448", "4090171", "4019310", "39155", "3600743", "3477255", "3231481", "3994791"],
        }, "loose (not boil-in-bag) buckwheat groats of any brand and pack (ядрица, quick-cooking, пропаренная, Экстра); the "
           "negative wish excludes every boil-in-bag/portion pack (5x80 г, 8x62.5 г, 8x80 г, 4x100 г, «в пакетах для варки», «в "
           "варочных пакетах»); green buckwheat, ready buckwheat dishes (Cook Chart, Дядя Ваня, Увелка с грибами), buckwheat "
           "drinks, flour products and baby purees excluded"),
        ("муки в/с 2кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733"],
            "perekrestok": ["3915409", "3193726", "3305673", "4326495", "3681817", "4262616", "2037765", "3626914", "2107396", "2112692",
                           "91321"],
        }, "wheat flour of the высший сорт in a 2 kg pack (the written pack size is respected), incl. хлебопекарная высшего сорта; "
           "Магнит «Мука ПЫШЕЧКА, пшеничная, 2кг» taken as высший сорт (Пышечка is sold as высший сорт, cf. Дикси's title - "
           "outside knowledge); «экстра» grade, flour without a stated grade (Дикси хлебопекарная 2 кг, Старооскольская "
           "хлебопекарная 2 кг), wholegrain, 1 kg packs, rye and oat flour excluded"),
        ("сухие дрожжи", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry yeast: Саф-Момент 11 г (Магнит's card without «сухие» taken as the same instant dry yeast - outside knowledge); "
           "pressed yeast Люкс Экстра (Дикси's card says both «сухие» and «прессованные»; Магнит titles the same product «ДРОЖЖИ "
           "ПРЕССОВАННЫЕ» - judgement) and yeast dough excluded"),
    ]),
    # fyh25
    ("шоколадка милка с орехом, коркунов конфеты, зефирок в шоколаде коробку", [
        ("шоколадка милка с орехом", {
            "pyaterochka": [],
            "magnit": ["2a48a6605c", "fbdae9857e", "a9156051a6", "c1801c39ee", "ed01a0e389", "72023ebb5a", "a07886a689",
                      "298c9e25a1"],
            "dixy": ["2000283723", "2000283718"],
            "perekrestok": ["4353882"],
        }, "Milka chocolate bars with nuts (фундук, цельный фундук, фундук и изюм, цельный миндаль, миндаль/лесные ягоды card, "
           "карамель и фундук, ореховая паста с миндалем/фундуком, white Bubbles с фундуком); Milka without nuts (молочный, "
           "клубника, печенье, Орео, крекер, карамель, Bubbles кокос), the «арахис-карамель-кукурузные хлопья-рисовые шарики» mix "
           "(judgement), Milka sweets with nut filling, nut paste and ice cream excluded"),
        ("коркунов конфеты", {
            "pyaterochka": [],
            "magnit": ["8a1caa06dc", "8440671f72", "021c6e0db9", "e9d81e05f7", "37c73d89a3", "201c0febf2", "0dd5e50005"],
            "dixy": [],
            "perekrestok": [],
        }, "every Коркунов boxed sweets (Ассорти milk/dark, Пьюр Чоко, Ореховая коллекция, Молочный шоколад); Дикси «Шоколад "
           "молочный Коркунов с цельным фундуком» (a bar, not sweets) excluded"),
        ("зефирок в шоколаде коробку", {
            "pyaterochka": [],
            "magnit": ["0b2c20ca98", "1000354755"],
            "dixy": [],
            "perekrestok": ["3688339"],
        }, "zephyr (зефир) in chocolate / chocolate glaze of any flavour: Шармэль классический в шоколаде, Пастухова «Зефир "
           "молочный в бельгийском шоколаде», Белёвских мастеров клюква в шоколадной глазури; unglazed zephyr excluded; «коробку» "
           "is a quantity"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyh"))
