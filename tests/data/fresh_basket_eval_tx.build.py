#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tx.jsonl -- 25 shopping lists of a young urban couple in Moscow who like cafe food at
home (avocado toast, сырники, smoothies, oat/almond/coconut milk, hummus, bowls with quinoa and bulgur, burrata-and-
pasta evenings, granola and Greek yoghurt, a cheese plate, kombucha and lemonade, bagels with salmon, tacos, pizza at
home, wine and jamón, and their ordinary staples), hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tx.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tx.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftx01, ftx02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tx.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tx.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (15, "соевое молочко", "растительное молочко миндальное"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 авокадо-тост
    ("авокадо 2 шт спелых, хлеб цельнозерновой 1 шт, яйца с0 десяток для пашот, фета для тостов", [
        ("авокадо 2 шт спелых", {
            "pyaterochka": ["3148279", "2131933"],
            "magnit": ["168561", "109421"],
            "dixy": [],
            "perekrestok": ["3948371", "3356275"],
        }, "fresh avocados of any pack (Хасс 2 шт, 700 g net, sold per 100 g, Puro Gusto pack); «2 шт» is a quantity and "
           "«спелых» a wish (ripeness cannot be told from most titles), so Перекрёсток «Хасс спелое» is accepted along with the "
           "others, not alone; the Дикси «Авокадо Хасс 700 г» is out of stock; MR.RICCO oil and mayonnaise «с маслом авокадо» "
           "excluded"),
        ("хлеб цельнозерновой 1 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no wholegrain (цельнозерновой) bread in any chain; Пятёрочка «Хлеб зерновой, Ржаной Край» (a grain/seed bread, "
           "not stated wholegrain), Даниловский ржано-пшеничный, «Батон Нарезной», хлебцы (incl. «5 злаков»), wholegrain "
           "flour «из цельносмолотого зерна» and biscuits «с цельнозерновыми злаками» excluded"),
        ("яйца с0 десяток для пашот", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "hen eggs of class С0 (= СО = «отборные») in packs of 10 (Окское СО, Роскар Экстра СО, Маркет СО, Волжское Утро "
           "«отборные»); С1 packs, Волжанин «отборной категории» 6 шт, packs of 20, quail eggs, Kinder eggs and mayonnaise "
           "«на перепелином яйце» excluded; «для пашот» is a purpose"),
        ("фета для тостов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4227953", "4226887"],
        }, "feta: Sveza «фета нежная» and Экомилк «Фетика греческий традиционный» (a feta-type brine cheese sold under a "
           "feta-derived name - judgement); Фетакса (processed «сыр плавленый» in Пятёрочка, a cheese product), Сиртаки "
           "(a differently named brine cheese «для греческого салата»; «Продукт рассольный» 55 % is not even cheese), "
           "Сербская брынза, the beet-and-brynza salad and flavoured Greek yoghurts excluded"),
    ]),
    # L02 сырники
    ("творог 5% три пачки на сырники\nрисовая мука для сырничков\nсметанку 20% к сырничкам", [
        ("творог 5% три пачки на сырники", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese of exactly 5 % (Село Зелёное 500 g, Молочный знак 180 g); «три пачки» is a quantity; "
           "Домик в деревне «Творог мягкий» 5.5 %, 0.1/3/4/9 % curds, grained curd «в йогурте» / «+сливки» with fruit "
           "(flavoured), children's fruit curds, curd desserts, творожный сыр and ready «Сырники творожные 5%» excluded"),
        ("рисовая мука для сырничков", {
            "pyaterochka": ["3676528"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rice flour (Сто Пудовъ 500 g); wheat, rye, wholegrain wheat and durum flours excluded"),
        ("сметанку 20% к сырничкам", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188", "58101",
                            "3293409", "4349770"],
        }, "sour cream of exactly 20 % in any pack, incl. Parmalat Comfort lactose-free 20 % (lactose-free dairy counts, as "
           "for milk in real_basket_eval); 10/15/25/30 % sour creams (Магнит only has 15 %), sour-cream flavoured chips, "
           "crackers, croutons, sauces and cakes excluded"),
    ]),
    # L03 смузи-завтрак
    ("бананы для смузи, шпинат свежий упаковку, альтернативное молоко alpro овсяное, чиа семена для пудинга", [
        ("бананы для смузи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (loose, packed, mini, Organic); «для смузи» is a purpose; dried bananas, banana-flavoured yoghurts, "
           "drinks, purees, smoothies, sweets and «Бананы для жарки»-type products (none on sale) excluded; Пятёрочка and Магнит "
           "carry no fresh bananas"),
        ("шпинат свежий упаковку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78000187", "3369264", "4295871"],
        }, "fresh spinach packs (бэби мытый 50 g, мини 125 g, «Салат Мини Шпинат» 65 g - taken as a pack of baby spinach "
           "leaves, judgement); the rocket-chard-spinach salad mix, spinach smoothies, yoghurts, purees and cat food excluded"),
        ("альтернативное молоко alpro овсяное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Alpro in any chain; the oat drinks on sale are NEMOLOKO (Пятёрочка «NEMOL.овс.классич.» 3.2 % and «лайт» "
           "1.5 %, Магнит chocolate 0.2 l) - another brand, and a named brand that is absent is not replaced by another; oat "
           "porridges, oat flakes, «VELLE» fermented oat products and oat biscuits excluded"),
        ("чиа семена для пудинга", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chia seeds sold as such in any chain; yoghurts and drinks «с семенами чиа» and the Ecobotanica marmalade "
           "excluded"),
    ]),
    # L04 кофе дома
    ("lavazza в зернах для кофемашины, овсяное молоко oatly barista, сироп ванильный для кофе", [
        ("lavazza в зернах для кофемашины", {
            "pyaterochka": ["45169", "3086387"],
            "magnit": ["105001"],
            "dixy": [],
            "perekrestok": [],
        }, "Lavazza coffee beans (Qualita Oro 250 g «зер.», Lavazza «зерновой» 1 kg, Магнит «Лавацца Квалита Оро … зерно»); "
           "Lavazza Qualita Oro ground («мол.»), other brands' beans and Magnit's ready «… зерновой 300мл» drinks excluded"),
        ("овсяное молоко oatly barista", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Oatly and no barista oat drink in any chain; NEMOLOKO oat drinks (Пятёрочка classic 3.2 % / light 1.5 %, "
           "Магнит chocolate - another brand, not a barista edition), Петмол «Barista» (flavoured cow's milk 7.1 %), Nescafe "
           "Gold Barista (instant coffee) and other plant drinks excluded"),
        ("сироп ванильный для кофе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no coffee syrup in any chain; vanilla-flavoured cola, ice cream, croissants, milkshakes and canned fruit "
           "«в сиропе» excluded"),
    ]),
    # L05 хумус и овощи
    ("хумус классический 2 баночки, мини морковка, огурцы полкило, лаваш тонкий для роллов с хумусом", [
        ("хумус классический 2 баночки", {
            "pyaterochka": ["3430176"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain hummus: Sabra «Закуска ХУМУС рец.из Иерусалима» 300 g (no added flavour or topping named - taken as the "
           "classic hummus, judgement); «Хумус, с кедровыми орешками» (a topped variety, not «классический») excluded"),
        ("мини морковка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no mini/baby carrots in any chain; ordinary washed carrots (Магнит «Морковь мытая» 1 kg, Перекрёсток «Морковь "
           "мытая») are not mini (a written form is required), Korean carrot salads, carrot juices, nectars, purees and "
           "sauerkraut with carrot excluded"),
        ("огурцы полкило", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers of any kind and pack (short/medium-fruited, Ботаника, «Хрустящие» 450 g, корнишоны 300 g - the "
           "Перекрёсток «Хрустящие» and «корнишоны» trays, sold in the fresh «Окрошка» range, are taken as fresh, outside "
           "knowledge); «полкило» is a quantity of a weighed good; salted, pickled, barrel and marinated cucumbers, Магнит "
           "«Ассорти Черри и Корнишоны» (a mixed pack), cucumber shampoo and cheese «с огурцами» excluded"),
        ("лаваш тонкий для роллов с хумусом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lavash in any chain; Mission wheat tortillas are another flatbread and are excluded"),
    ]),
    # L06 боул
    ("киноа белая 1 пачка, тофу самый дешевый, эдамаме замороженные, терияки соус бутылочку", [
        ("киноа белая 1 пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no quinoa grain in any chain; Пятёрочка VИТАМИН «Киноа … с овощ/базил.» is a frozen vegetable mix, not a pack "
           "of white quinoa"),
        ("тофу самый дешевый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no tofu in any chain; soy sauces and the GREEN MILK soy drink are other products"),
        ("эдамаме замороженные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no edamame (or other soybeans) in any chain; frozen vegetable mixes «Вок»/«Мексиканская» excluded"),
        ("терияки соус бутылочку", {
            "pyaterochka": ["3503548", "3408179"],
            "magnit": ["5cc4e199c5", "587b021940"],
            "dixy": [],
            "perekrestok": [],
        }, "teriyaki sauce of any brand (Heinz 230 g, Сэн Сой Премиум 120 g, Premiere of Taste 400 g jar, Махеевъ 230 g "
           "doy-pack); «бутылочку» is read as one unit (a quantity), not as a packaging filter; ready meals «в соусе "
           "терияки» and Pringles «терияки» excluded"),
    ]),
    # L07 паста со страчателлой
    ("barilla спагетти 2 пачки\nстрачателла\nчерри помидорки грамм 500\nбазилик свежий для пасты пучочек", [
        ("barilla спагетти 2 пачки", {
            "pyaterochka": ["4037644"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Barilla spaghetti 450 g; Barilla capellini, penne, pipe, girandole (Магнит has only girandole) and pesto, other "
           "brands' spaghetti and chechil cheese «спагетти» excluded"),
        ("страчателла", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no stracciatella cheese in any chain; burrata (Galbani, Итальянские Традиции, СВ-Волжанка - a different cheese "
           "that only holds stracciatella inside) and the Пятёрочка ice cream «СТРАЧАТЕЛЛА» excluded"),
        ("черри помидорки грамм 500", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841"],
            "dixy": [],
            "perekrestok": ["3676649", "4188460", "3673307"],
        }, "fresh cherry tomatoes of any colour and shape (round, plum-shaped, on the vine, «Медовые» red and orange); «грамм "
           "500» is a quantity of a weighed good; cocktail tomatoes («коктейльные», a larger type), other tomatoes, Магнит "
           "«Ассорти Черри и Корнишоны» (mixed pack), salted/marinated tomatoes and Pepsi «Wild cherry» excluded"),
        ("базилик свежий для пасты пучочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh basil in any chain; basil-flavoured oil, cheese, drinks «с семенами базилика» and the lime-basil cake "
           "excluded"),
    ]),
    # L08 йогурт с гранолой
    ("гранола с орехами, греческий йогурт натуральный к граноле, голубика 2 упаковки, мед цветочный для йогурта", [
        ("гранола с орехами", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no granola in any chain; muesli (Matti «орех-яблоко», AXA «медов.шокол/орех», ОГО «МЮСЛИ зап.», Kelloggs "
           "«Гран-мюсли» - sold as мюсли, not granola, judgement), corn flakes and the Слобода yoghurt «с гранолой» excluded"),
        ("греческий йогурт натуральный к граноле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain Greek yoghurt (Neo «классический без сахара», Teos «Греческий» 2 %, Простоквашино «Греческий» 2 %, Зелёная "
           "Линия «натуральный» 4 %; titles without a flavour taken as plain, outside knowledge); Пятёрочка «Греческий» with "
           "cherry/blueberry filling and Дикси Viola «Греческий Малина-Мята» (flavoured) excluded"),
        ("голубика 2 упаковки", {
            "pyaterochka": ["54727"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4129944", "4438675", "48663", "3641622", "3949603", "4052118"],
        }, "fresh blueberries (голубика) in any punnet; «2 упаковки» is a quantity; strawberry/raspberry-blueberry mixes, "
           "bilberry (черника) products, blueberry-flavoured yoghurts and blue-mould cheeses excluded"),
        ("мед цветочный для йогурта", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural flower honey (Медовый дом «цветочный разнотравье», «Южный цветок», and «цветочный монофлорный Восточная "
           "липа» whose title says цветочный); крем-мёд with lemon-ginger or raspberry (flavoured), honey-flavoured cereals, "
           "biscuits, chak-chak and cakes excluded"),
    ]),
    # L09 сырная тарелка
    ("бри, камамбер president, виноград без косточек к сырам, крекеры к сырной тарелке", [
        ("бри", {
            "pyaterochka": ["3693219"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4108549", "4392389", "4325430", "3693219", "3621896", "3640880"],
        }, "Brie with white mould of any brand and size (President Бри / Petit Brie, Ришелье, Маркет, Маркет Collection "
           "«Двойные сливки», Zhukovka); camembert, blue cheeses and Пятёрочка «CRÈME DE BRIE» (a processed cheese) excluded"),
        ("камамбер president", {
            "pyaterochka": ["3918445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3918445"],
        }, "President Camembert 125 g; camembert of other brands (Ришелье, Маркет, Zhukovka incl. «с чёрным трюфелем»), "
           "President Brie, processed cheese, sour cream and butter excluded"),
        ("виноград без косточек к сырам", {
            "pyaterochka": ["4327381"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48660", "57580", "48657", "4327381"],
        }, "fresh seedless grapes: Киш-миш (white and black), «белый без косточек», Шайн Мускат (a seedless table variety - "
           "outside knowledge); Тайфи (a seeded variety) and Магнит «Виноград черный» (seedlessness not stated) excluded, as "
           "are grape juices, nectars, drinks and grapeseed oil"),
        ("крекеры к сырной тарелке", {
            "pyaterochka": ["3950922", "3238700"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "crackers without an added flavour («С кунжутом и семенами льна», «Забавные животные»); «к сырной тарелке» is a "
           "purpose; flavoured TUC (сыр, пицца, краб, сметана и лук) and chocolate «с крекером» excluded"),
    ]),
    # L10 напитки на вечер
    ("комбуча пару бутылок, спарклинг вода san pellegrino, черноголовку лимонад на вечер, schweppes тоник для джин-тоника", [
        ("комбуча пару бутылок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kombucha in any chain"),
        ("спарклинг вода san pellegrino", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3197823"],
        }, "S.Pellegrino sparkling mineral water 1 l; other sparkling waters (Боржоми, Ессентуки, Архыз…), Perrier-based "
           "flavoured drinks and the alcohol-free «Sparkling White» wine excluded"),
        ("черноголовку лимонад на вечер", {
            "pyaterochka": [],
            "magnit": ["c7e1497ccb"],
            "dixy": [],
            "perekrestok": ["3403323", "3403324"],
        }, "Черноголовка classic «Лимонад» (0.5 l glass, 1 l, 2 l); Черноголовка Байкал, Дюшес, Тархун (titled «Лимонад … "
           "Байкал» etc. but other flavours, as in set d), Кола, Мандарин, Крюшон, Honey kid water and other brands' lemonades "
           "excluded"),
        ("schweppes тоник для джин-тоника", {
            "pyaterochka": ["4006516"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Schweppes «Индиан Тоник» 0.9 l; Schweppes Spritz Aperitivo and «Мохито», and tonics of other brands (Chillout, "
           "Evervess, Rich) excluded"),
    ]),
    # L11 боул с курицей
    ("булгур для гарнира, куриная грудка на боулы кило, цукини 2 шт", [
        ("булгур для гарнира", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no bulgur in any chain; rice, buckwheat and couscous-type products are other groats"),
        ("куриная грудка на боулы кило", {
            "pyaterochka": ["2160026", "2160069", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160026", "3068079", "2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chilled chicken breast, skinless or fillet (Первая Свежесть, Петелинка, Троекурово, Зелёная Линия; Петелинка "
           "«Филе … малое» = the inner breast fillet); «кило» is a quantity; cooked Зелёная Линия «гриль»/«запеченное» breasts, "
           "thigh fillets, the Дикси whole broiler, duck and turkey breasts excluded"),
        ("цукини 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48632"],
        }, "fresh zucchini («Кабачки цуккини зелёные»); plain «Кабачки» (not stated zucchini - the variety written is "
           "required), squash caviar, courgettes in adjika and baby purees excluded"),
    ]),
    # L12 вок
    ("лапша удон на вок, kikkoman соевый соус, корень имбиря свежий для вока", [
        ("лапша удон на вок", {
            "pyaterochka": ["3618857"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "udon wheat noodles 250 g; soba, funchoza, lagman noodles, instant noodles and frozen «Вок» vegetable mixes "
           "excluded"),
        ("kikkoman соевый соус", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Kikkoman in any chain; other soy sauces (Сэн Сой, Чим-Чим, Thai-so, Стебель бамбука) are not the named brand"),
        ("корень имбиря свежий для вока", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh ginger root in any chain; pickled ginger (Магнит, Скатерть-Самобранка), candied ginger, ginger "
           "lemonade, biscuits and honey with ginger excluded"),
    ]),
    # L13 салат с рукколой
    ("руккола для салата пакетик, моцарела шарики, бальзамический уксус для заправки, масло оливковое extra virgin в салат", [
        ("руккола для салата пакетик", {
            "pyaterochka": ["3657675"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3358128", "3283556"],
        }, "fresh rocket in packs (Пятёрочка «Салат Руккола» 75 g, Маркет «Рукола мытая» 50 g and «Салат Рукола» 125 g); "
           "the Radicchio+rocket and rocket-chard-spinach mixes and other salad mixes excluded"),
        ("моцарела шарики", {
            "pyaterochka": ["3433594"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4078445", "3433594", "3453245", "4263131", "4121964", "4377387", "3432217"],
        }, "mozzarella in small balls, read from the plural «шарики»: Galbani «мини», чильеджина (Pretto, Unagrande incl. "
           "lactose-free and protein), Bonfesto «мини 12 шариков»; single-ball packs (Galbani 125 g / макси, Unagrande «Фиор ди "
           "латте», Bonfesto «1 шарик», Маркет 130 g), blocks, sticks, «для сэндвичей»/«для пиццы»/«Пицца», grated and processed "
           "mozzarella excluded"),
        ("бальзамический уксус для заправки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no balsamic vinegar in any chain; Магнит apple vinegar 6 % and hair «бальзам» products excluded"),
        ("масло оливковое extra virgin в салат", {
            "pyaterochka": ["2153521", "4082388", "63538"],
            "magnit": ["204571", "190b32a64b"],
            "dixy": [],
            "perekrestok": [],
        }, "extra virgin olive oil (Filippo Berio «EV» / «Organic Extra Virgin», Monini «Экстра Вирджин», Global Village «нераф. "
           "Extra Virgin»; Пятёрочка «MONINI Масло CLAS.олив.нераф.» taken as Monini Classico extra virgin - outside "
           "knowledge); Global Village «Virgen Extra … рафинированное, с добавлением нерафинированного» (a refined blend despite "
           "the name), Магнит «Pure», sunflower oil «с доб олив», olive mayonnaise and tuna «в оливковом масле» excluded"),
    ]),
    # L14 карри
    ("кокосовое молоко на карри, рис басмати полкило, креветки королевские на карри", [
        ("кокосовое молоко на карри", {
            "pyaterochka": ["3495702"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cooking coconut milk (Пятёрочка «Кокосовое молоко … 17-19 %» 400 ml); GREEN MILK «Нап.КОКОС» 1.5 % (a drinking "
           "plant drink, not the coconut milk the purpose «на карри» names), coconut flakes, sweets, chocolate and drinks «с "
           "кокосовым желе» excluded"),
        ("рис басмати полкило", {
            "pyaterochka": ["5722"],
            "magnit": ["7936bf2f6b"],
            "dixy": [],
            "perekrestok": [],
        }, "basmati rice (Мистраль 500 g, Националь 500 g); jasmine, long-grain «Лазер», round, «для плова», brown and mixed "
           "(«АКВАТИКА MIX») rice excluded; «полкило» is a quantity (both packs are 500 g anyway)"),
        ("креветки королевские на карри", {
            "pyaterochka": ["3636987"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3970776", "3642960", "4359390", "4379878", "4379876", "4379877", "4012971", "3432111", "3641931",
                            "4385594", "4078304", "4292180", "4371402"],
        }, "frozen king prawns, raw or cooked-frozen, peeled or not: every title saying «королевские» plus the Ваннамей "
           "(whiteleg) prawns of Fish & More and Вкус Арт (Russian retail sells vannamei as «королевские» - Люди Любят titles "
           "them «Королевские белоногие»; outside knowledge); northern (Polar, «северные»), Argentine, «средние»/«мелкие» and "
           "unnamed-size KALURI shrimps, shrimps in brine/«в заливке», shrimp caviar, olives and chips excluded"),
    ]),
    # L15 веган (one item replaced, see README)
    ("растительное молочко миндальное, копченый тофу, арахисовая паста без сахара на тосты, хлебцы гречневые пару пачек", [
        ("растительное молочко миндальное", {
            "pyaterochka": ["3681869"],
            "magnit": ["db2040cb74"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACEMENT item (blind text «соевое молочко»: the only soy drink is GREEN MILK «соевый Банан», flavoured, and the "
           "whole list was empty everywhere): almond plant drinks (GREEN MILK «Нап.МИНДАЛЬ» 750 ml, PLANTO «Almond» 1 l); "
           "almond chocolates, biscuits, sweets and the Lenor «миндальное масло» conditioner excluded"),
        ("копченый тофу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no tofu of any kind in any chain"),
        ("арахисовая паста без сахара на тосты", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no peanut butter in any chain; Золотой Степ «Паста шоколад арахис» and the Коровка из Кореновки milk-chocolate "
           "spread «с фундуком (арахисом, миндалем)» are sweet chocolate spreads and are excluded"),
        ("хлебцы гречневые пару пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no buckwheat crispbread in any chain; wheat, rye-wheat, corn-rice, multigrain («Злаковый коктейль», «5 ЗЛАКОВ») "
           "and «бородинские» хлебцы and buckwheat flakes excluded"),
    ]),
    # L16 обычное
    ("молоко 3.2% пару литров\nдесяток яичек на неделю\nбородинский хлебушек к супу\nсливочное масло 82.5% пару пачек", [
        ("молоко 3.2% пару литров", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e", "949b3dd46f",
                            "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a", "b4411ba8d4", "35ac60eec2",
                            "52d96fd806", "885d917850", "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb", "3645807",
                            "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "drinking cow milk of exactly 3.2 %, pasteurised/UHT/sterilised, any pack (incl. children's Агуша «от 3 лет» and "
           "Сарафаново «детское», as in real_basket_eval); «пару литров» is a quantity; ranges («от 3,2% до 6%», 3.2-4 %, "
           "3.2-4.5 %), топлёное 3.2 %, other fat levels, goat milk, flavoured milk and milkshakes excluded; Магнит has no "
           "3.2 % milk"),
        ("десяток яичек на неделю", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "hen eggs of any class in packs of 10 («десяток» = packs of 10 only), incl. Зелёная Линия «активита с селеном и "
           "йодом»; packs of 6 and 20, quail eggs, Kinder eggs, egg pasta and «Яичная» sausage excluded"),
        ("бородинский хлебушек к супу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Borodinsky bread in any chain; ЩЕДРЫЕ «Хлебцы тонкие бородинские» (crispbread), «Ржано-пшеничный» "
           "Даниловский and other breads excluded"),
        ("сливочное масло 82.5% пару пачек", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter of exactly 82.5 % (сладко-сливочное традиционное 380 g, Вкуснотеево 400 g, «Традиционное» 175 g, Тысяча "
           "Озёр 400 g); «пару пачек» is a quantity; 82 % butters (Простоквашино in Дикси and Магнит, Президент "
           "кислосливочное) are not 82.5 % (the real_basket_eval rule «82,5 % counts as 82 %» does not work the other way), "
           "72.5 % Брест-Литовск and 62 % chocolate butter excluded"),
    ]),
    # L17 бранч с бейглами
    ("бейглы, сыр сливочный philadelphia, семга слабосоленая на бейглы, каперсы к семге", [
        ("бейглы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no bagels in any chain"),
        ("сыр сливочный philadelphia", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Philadelphia in any chain; other cream cheeses (Almette, Hochland, Violette, Valio, Савушкин) are not the named "
           "brand, and the Перекрёсток salad «Филадельфия» is a ready salad"),
        ("семга слабосоленая на бейглы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3387452", "3387453"],
        }, "lightly salted сёмга (Atlantic salmon): Русское Море филе-кусок 200 g and филе-ломтики 120 g; lightly salted "
           "trout (форель - another fish), smoked salmon products, salmon caviar, salads with salmon, frozen salmon and "
           "salmon-flavoured croutons excluded"),
        ("каперсы к семге", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no capers in any chain; the Люди Любят seafood cocktail «с каперсами» is not capers"),
    ]),
    # L18 тако
    ("пшеничные тортильи, фасоль красная консервированная для буррито, сальса соус, кинза свежая на тако", [
        ("пшеничные тортильи", {
            "pyaterochka": ["3439566"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Mission wheat tortillas 250 g; no other flatbread matches"),
        ("фасоль красная консервированная для буррито", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635743"],
        }, "canned red beans in their own liquid (Маркет «натуральная» 400 g); Bonduelle red beans «в классическом Барбекю» "
           "(in sauce, flavoured), white beans, Пиканта baked beans in tomato sauce, bean salads and pet food «с фасолью» "
           "excluded"),
        ("сальса соус", {
            "pyaterochka": [],
            "magnit": ["105021"],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz «Salsa» sauce 230 g; other sauces and «Мексиканская» vegetable mixes excluded"),
        ("кинза свежая на тако", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh coriander (кинза) in any chain; parsley, dill and the parsley-dill-onion sets are other herbs"),
    ]),
    # L19 овсянка с миндальным молоком
    ("хлеб из спельты, миндальное молоко несладкое в кашу, овсянка долгой варки на овернайт", [
        ("хлеб из спельты", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no spelt bread (or any spelt product) in any chain"),
        ("миндальное молоко несладкое в кашу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no almond drink stated unsweetened: GREEN MILK «Нап.МИНДАЛЬ» and PLANTO «Almond» do not say «без сахара» (their "
           "standard versions are sweetened - outside knowledge), and «несладкое» is a variety the user wrote, so both are "
           "excluded; almond chocolates and biscuits excluded"),
        ("овсянка долгой варки на овернайт", {
            "pyaterochka": ["3472901", "4027131"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats that need cooking: Клинские «Геркулес» 500 g and Увелка «Хлопья … овсян.трад.» 400 g (Геркулес and "
           "«традиционные» flakes are the long-cooking kind - outside knowledge); Быстров «без варки», porridges with berries "
           "or fruit, baby cereals, VELLE fermented oat products, oat bran and oat biscuits excluded; «на овернайт» is a "
           "purpose"),
    ]),
    # L20 смузи и лимонад
    ("смузи в бутылочках пару штук, кокосовая водичка, сок апельсиновый прямого отжима, лимоны 3 штуки для лимонада", [
        ("смузи в бутылочках пару штук", {
            "pyaterochka": [],
            "magnit": ["1000577879", "8000043552", "1000322391", "1000584946"],
            "dixy": [],
            "perekrestok": [],
        }, "ready fruit smoothies 300 ml (М Кухня банан-манго and груша-шпинат-мята, J7 with cereals); «в бутылочках» is "
           "read as 'ready to drink' - the М Кухня pack type is not stated (judgement); Valio «смусси» yoghurts, Растишка "
           "«Фруктовый смусси» puree and other drinks excluded"),
        ("кокосовая водичка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no coconut water in any chain; GREEN MILK «Нап.КОКОС» (a coconut plant drink), coconut milk and drinks «с "
           "кокосовым желе» / «вкус кокос» are other products"),
        ("сок апельсиновый прямого отжима", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no orange juice stated «прямого отжима» (not-from-concentrate) in any chain; J7 and SWELL orange juices (not stated "
           "NFC), nectars, multi-fruit juices, sokosoderzhashchie drinks and apple/pomegranate NFC juices excluded"),
        ("лимоны 3 штуки для лимонада", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons in any chain; Магнит «Лайм» (another fruit), lemon-flavoured drinks, lemonades, cleaners and "
           "sweets excluded"),
    ]),
    # L21 пицца дома
    ("моцарелла для пиццы тертая, пармезан в пасту, шампиньоны свежие на пиццу, соус для пиццы томатный", [
        ("моцарелла для пиццы тертая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4111694"],
        }, "grated mozzarella (Cheese Gallery «тертый» 150 g); the written form «тертая» is required, so block pizza "
           "mozzarella (Маркет «для пиццы» 250 g, Пятёрочка «Моцарелла Пицца» 250 g «шт»), balls, sticks and processed "
           "mozzarella are excluded; «для пиццы» is a purpose"),
        ("пармезан в пасту", {
            "pyaterochka": ["3650219", "3462825", "24647", "3433812"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3963977", "3206443", "3433812", "3912980"],
        }, "parmesan-type hard cheese sold as «пармезан» in any form (piece, weighed, grated, flakes; Castello «REGGIANIDO "
           "ПАРМЕЗ.», Laime, Cheese Gallery, Dolce Granto, Зелёная Линия «Пармезан молодой»); parmesan-flavoured chips and "
           "fuet «с сыром пармезан» excluded"),
        ("шампиньоны свежие на пиццу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4280106", "3210027"],
        }, "fresh champignons (Маркет Fresh 400 g, Маркет Collection «Королевские» 300 g); marinated Bonduelle champignons, "
           "oyster mushrooms (вешенки), mushroom sauces, salads, julienne and pizza «с грибами» excluded"),
        ("соус для пиццы томатный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pizza sauce in any chain; Mr.Ricco «Болоньезе» (a pasta sauce), tomato paste, ketchups and Heinz salsa are "
           "other products"),
    ]),
    # L22 после спортзала
    ("индейка филе 1 кг, броколи свежая, бурый рис для боулов, протеиновые батончики для перекуса", [
        ("индейка филе 1 кг", {
            "pyaterochka": ["3966112", "3662143", "4013612"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3688509", "3979117", "4326921", "3966112", "3662143"],
        }, "raw chilled turkey breast fillet (as «куриное филе» = breast fillet): ИндиЛайт, Пава-Пава, Зелёная Линия «Филе "
           "грудки», ИндиЛайт «Филе … малое» and Пятёрочка «Вырезка из индейки» (the inner breast fillet), «Стейк (из) грудки "
           "индейки» (sliced breast fillet); «1 кг» is a quantity; thigh and drumstick fillets, Магнит «Филе индейки, в "
           "маринаде» and the «По-мексикански» steak (marinated, flavoured), Медальоны Индилайт (cut not stated), mince, "
           "azu, cutlets, ham, canned turkey and pet food excluded"),
        ("броколи свежая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh broccoli in any chain; Морозко frozen broccoli (the written «свежая» excludes frozen) and baby purees "
           "excluded"),
        ("бурый рис для боулов", {
            "pyaterochka": ["2167599"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "brown rice (Агро-Альянс «Экстра бурый» 800 g); white, basmati, jasmine, «слабошлифованная» Девзира and mixed "
           "rice excluded"),
        ("протеиновые батончики для перекуса", {
            "pyaterochka": ["3621529", "3609088", "3904804", "3904802"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "protein bars: SmartBar Protein (2 glazes) and Bombbar 60 g «неглазированный» bars (Bombbar's 60 g bars are its "
           "protein bars - outside knowledge); Nestle Fitness cereal bars, Slim Bite and Fitofruit fruit bars, chocolate "
           "bars, the Magnit «PROTEIN REX» cake and protein cheeses excluded"),
    ]),
    # L23 вино и закуски
    ("вино белое сухое получше, оливки зеленые без косточки баночку, хамон нарезкой к вину, французский багет к сыру", [
        ("вино белое сухое получше", {
            "pyaterochka": [],
            "magnit": ["fa22983133", "748034797e", "4d14621471", "74dee1e47e", "c4cc2517c3", "52c46a1176", "0a1c8fd290",
                       "104821", "213101", "90399012cf", "213491"],
            "dixy": [],
            "perekrestok": [],
        }, "still white dry wine of any origin and price («получше» is a wish); semi-dry, semi-sweet and sweet whites, "
           "sparkling wines (incl. Gancia Prosecco «Dry»), alcohol-free wines (Перекрёсток, Пятёрочка), red wines and the "
           "Lavetti wine drink excluded"),
        ("оливки зеленые без косточки баночку", {
            "pyaterochka": ["3436775", "4005882"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4249104"],
        }, "plain pitted green olives (ITLV «зел.без косточки» 195 g doy-pack, Filippo Berio and La Explanada «Оливки без "
           "косточки» - «оливки» without a colour are the green ones, outside knowledge: black ones are sold as маслины); "
           "«баночку» is read as one unit, not a packaging filter; olives with pits, stuffed (лимон, апельсин, трюфель, "
           "креветка, лосось), grilled olives in oil and black маслины excluded"),
        ("хамон нарезкой к вину", {
            "pyaterochka": ["3611775"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4385680", "3613991"],
        }, "sliced jamón: Маркет Collection «Окорок Хамон … нарезка» 70 g, Casademont «Хамон свиной сыровяленый» 100 g and "
           "Егорьевский «Окорок Хамон … сырокопченый» 55 g (small vacuum packs of jamón are sliced - outside knowledge; the "
           "Егорьевский one is sold as хамон though smoked); Solemici Prosciutto Crudo (another ham), other окорок and "
           "jamón-flavoured chips excluded"),
        ("французский багет к сыру", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no baguette in any chain; «Багет» croutons (Хрусteam) and other breads excluded"),
    ]),
    # L24 будни
    ("бананы на смузи и перекусы, кефир 1% на окрошку, маасдам в нарезке, туалетная бумага самая дешевая", [
        ("бананы на смузи и перекусы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (loose, packed, mini, Organic); purposes are not filters; dried bananas and banana-flavoured "
           "goods excluded"),
        ("кефир 1% на окрошку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir in any chain (the Перекрёсток «Окрошка» range holds no kefir); other fermented milk drinks (Актимель, "
           "Имунеле) excluded"),
        ("маасдам в нарезке", {
            "pyaterochka": ["3448799"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4074230", "4260755"],
        }, "sliced Maasdam (Cheese Gallery, Viola, Villa Europa «нар.»); the written form «в нарезке» excludes the Ламбер "
           "Маасдам piece (кусок); other cheeses excluded"),
        ("туалетная бумага самая дешевая", {
            "pyaterochka": ["3679801", "3449118", "3493108", "4059050", "3900558", "3450513", "3326206"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "dry toilet paper of any brand, ply and roll count (Zewa, Papia, Familia); «самая дешевая» is a wish; ZEWA moist "
           "toilet paper («туал.влаж.»), paper towels, napkins, handkerchiefs and toilet soap excluded"),
    ]),
    # L25 завтрак
    ("круассаны к кофе, абрикосовый джем, сливки 10% к кофе пару пачек, апельсины для фреша", [
        ("круассаны к кофе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain croissants in any chain; all on sale are filled/flavoured mini croissants (7Days, Chipicao, Шарлиз with "
           "cocoa, vanilla, варёная сгущёнка, strawberry or cherry; Яшкино with chocolate cream), excluded as flavoured "
           "variants of a plain product"),
        ("абрикосовый джем", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no apricot jam in any chain; jams of other fruit (Махеевъ малина, клубника, апельсин, персик-манго, лесные "
           "ягоды), varenye and «Снежка» sticks «с абрикосовым джемом» excluded"),
        ("сливки 10% к кофе пару пачек", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "drinking cream of exactly 10 % (Домик в деревне 950 g, Молочный знак 500 ml, Сарафаново children's 10 % 480 ml - "
           "children's dairy counts, as for milk); «пару пачек» is a quantity; Parmalat Comfort 11 %, 20/33 % creams, "
           "«Сопьо Крима» and «Mr. Сливкин» substitutes, Baileys and «сливочный» goods excluded"),
        ("апельсины для фреша", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges (Магнит 1 kg, Перекрёсток loose); «для фреша» is a purpose; orange juices, nectars, drinks, jam "
           "and orange-flavoured goods excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftxNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftx\d\d ===$", line):
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
                    errors.append("ftx%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftx%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftx"))
