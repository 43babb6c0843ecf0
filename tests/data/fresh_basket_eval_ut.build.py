#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ut.jsonl -- 25 shopping lists of a man recovering from dental surgery, who can eat only
soft and liquid food for two weeks (purees, yoghurts, kissel, broth, porridges, ice cream), shopping for himself and his
family (bread, sausages, pasta, mince, household goods), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ut.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_ut.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fut01, fut02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ut.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ut.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none were
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 first days after the extraction
    ("пюрешки фрутоняня яблоко штук 6 мне после удаления зуба, кефирчик 2.5% мне на ужин, батончик нарезной один свежий, сосиски молочные детям", [
        ("пюрешки фрутоняня яблоко штук 6 мне после удаления зуба", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["T000007148", "2000227782"],
            "perekrestok": [],
        }, "single-fruit apple puree of ФрутоНяня (Пятёрочка «ФРУТОНЯНЯ Пюре ябл.», Магнит «Яблочное», Дикси «Яблоко» "
           "250 g and «Яблоко без сахара» 90 g); the brand and the fruit are required, «штук 6» is a quantity and «мне "
           "после удаления зуба» a note; apple mixes (яблоко-банан, яблоко-персик(-сливки), груша-яблоко, "
           "яблоко-ежевика/черника с печеньем, яблоко-малина-сливки), ФрутоНяня pear/prune/banana purees, juices, "
           "desserts and other brands' apple purees (Gipopo, Агуша) excluded; Пятёрочка «ФРУТО НЯНЯ Пюре "
           "ЯБЛ/ГРУШ/ПЕРСИК» excluded because the title does not tell whether it is an apple-pear-peach mix or a card "
           "for three flavours; Перекрёсток has only the apple-peach-cream ФрутоНяня puree"),
        ("кефирчик 2.5% мне на ужин", {
            "pyaterochka": [],
            "magnit": ["1000451590", "1000439735", "610b0779be", "1000139426", "1000350608", "1899800689",
                       "1899912534", "8000033639"],
            "dixy": ["ЦТ0028202", "2000560991"],
            "perekrestok": ["4280893", "4245052", "4280483", "4137919", "4229630", "4263418", "3491537", "4233125",
                            "3604726", "2173827", "2093082", "3386041", "3429041"],
        }, "kefir of exactly 2.5% (any brand and pack); 1%, 3.2% and 3.2-4% kefirs, биокефир 1%, «кефирный "
           "продукт/коктейль» excluded; «мне на ужин» is a purpose; Пятёрочка has only a 3.2% kefir"),
        ("батончик нарезной один свежий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "«батончик нарезной» read as батон нарезной (the loaf; the diminutive is colloquial); loaves titled "
           "«Нарезной» (Коломенское, Пр!ст классический, Маркет нарезанный and улучшенный); other batons (Молочный, к "
           "завтраку, Новый, Горчичный, Зерновой, Отрубной, Утренний) and Перекрёсток plain «Батон, 300г» (variety not "
           "stated) excluded, snack bars («батончик») excluded (trap); «один свежий» is a quantity and a wish"),
        ("сосиски молочные детям", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83"],
            "dixy": ["2000300143", "2000322511", "2000125037", "2000602632", "2000572752", "2000600471"],
            "perekrestok": ["3416253", "3464086", "3390152", "4276248", "4329781", "3198697", "4175216", "4100629"],
        }, "sausages of the «Молочные» variety, any brand and pack incl. Магнит 100 g loose and ИНДИЛАЙТ «Молочные из "
           "индейки» (titled Молочные); «детям» is a purpose; Вязанка «Молокуши» (trap), Окраина «с натуральным "
           "молоком», сливочные, Венские, детские «Детям» and other varieties excluded"),
    ]),
    # L02 kissel, broth and staples
    ("кисель в брикетах пару пачек\nбульонные кубики куриные магги\nкартошки кило 3 на пюре\nяиц десяток с0 на омлет", [
        ("кисель в брикетах пару пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000278539"],
            "perekrestok": [],
        }, "dry kissel concentrate in briquettes: Дикси «Русский продукт» Малина/Клюква 190 g, taken as the briquette "
           "(outside knowledge: Русский продукт sells its 190-220 g kissel as a pressed briquette; instant sachets are "
           "25-30 g); «пару пачек» is a quantity; Перекрёсток Русский Продукт «моментального приготовления» 25 g sachet "
           "(a powder, not a briquette), ready kissels (Аппетиссимо 500 ml, Овсянка, Сэр! 410 ml, ФрутоНяня 130 g "
           "pouch) excluded"),
        ("бульонные кубики куриные магги", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Maggi chicken bouillon cubes in any chain; Maggi seasonings (букет приправ, зажарка, «На второе»), the "
           "universal Магги «Приправа … овощная» and Дикси Роллтон «Бульон говяжий» (other brand, beef) are other "
           "products; the brand and chicken are required"),
        ("картошки кило 3 на пюре", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh potatoes of any variety and pack (loose, net, washed in packs, Бэби 2 kg, «для варки/жарки» 3 kg, "
           "отборный, гигант); «кило 3» is a quantity of a weighed good and «на пюре» a purpose; Перекрёсток «Картофель "
           "Чик-Чик, 1кг» taken as fresh potatoes (outside knowledge); батат, boiled peeled, fried, frozen fries/cut "
           "potatoes, Магнит «Картофель АЙДАХО (СП ГМ)» (a ready side dish), ready mash and chips excluded; Пятёрочка "
           "and Магнит carry no fresh potatoes"),
        ("яиц десяток с0 на омлет", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "4352464", "3356111",
                            "3432532", "2131762", "3421287", "3914040", "4236458", "4012802", "4085790", "3182853"],
        }, "hen eggs of class С0 (also written СО/C0/CO, «отборные», «отборной категории») in packs of 10; «десяток» = "
           "packs of 10 only, «на омлет» is a purpose; С1, С2, СВ, «высшей категории» (= СВ), packs of 6/15/20/30 "
           "(incl. Окское отборной 20 шт, Пышминская С0 20 шт) and quail eggs excluded"),
    ]),
    # L03 drinking yoghurt and dairy
    ("йогурт питевой клубничный 4 бутылочки жевать пока нельзя, молоко 3.2 процента для каши, творог 5% полкило, бананчики ребенку", [
        ("йогурт питевой клубничный 4 бутылочки жевать пока нельзя", {
            "pyaterochka": ["3609770"],
            "magnit": ["43248db1e8", "1000519721", "264dcf04cc", "1000201629", "1000080819"],
            "dixy": ["2000524057"],
            "perekrestok": ["4166076"],
        }, "drinking yoghurt (йогурт/биойогурт питьевой) of strawberry flavour: клубника alone or клубника-земляника "
           "(both strawberries), any brand incl. Хуторок «с клубникой»; «питевой» is a typo of питьевой, «4 бутылочки» "
           "a count of packs and «жевать пока нельзя» a note; Пятёрочка «АКТИВ.Биойогурт клубн/земл. 2% 870г» accepted "
           "as drinking (outside knowledge: Activia 870 g is the bottled drinking yoghurt; the title does not say "
           "«пит.»); Перекрёсток Зелёная Линия «Йогурт клубника фруктовый 1.5%, 300мл» accepted as drinking (sold by "
           "volume in ml - outside knowledge); strawberry mixed with another fruit (банан, киви, маракуйя, малина, "
           "черника, яблоко, дыня), «земляника» alone, «клубничный пломбир» / ice-cream flavours, spoonable cup "
           "yoghurts (Чудо 290 g, Epica 130 g, Teos, Савушкин, Фругурт), yoghurt products and bio-lacts excluded"),
        ("молоко 3.2 процента для каши", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014",
                       "1812450001", "1000323041", "1000139951", "be3e0e74c3", "1000049786", "1000445488",
                       "1000127183", "1059990140", "4aff59ccac", "18ca387556", "8000081425", "1000172272",
                       "1899800825", "8000058295"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951", "10J0077073",
                     "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "drinking cow milk of exactly 3.2% (pasteurised, UHT, sterilised; children's drinking milk Агуша/Тема/Аммм "
           "lactose-free and Зелёная Линия «для детского питания» included, as in earlier sets); «для каши» is a "
           "purpose; топлёное, «для капучино», ranges 3.2-4%/3.2-6%, 2.5%/3.4-6% milks, flavoured milkshakes (Чудо) and "
           "condensed milk excluded"),
        ("творог 5% полкило", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908",
                       "1000441658", "8000030462", "1000377235", "1720c2be05", "9aeeb10b64", "1000512632",
                       "c7f0f0e5ec", "2400019178", "1000372786", "1000475531", "1000572167", "1000208909",
                       "1079990193", "1000306424", "1000224037", "1000453157", "1000426473", "161690c563",
                       "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595",
                     "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4050943", "4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116",
                            "4294066", "3668864", "4274201", "3279582", "3617778"],
        }, "plain cottage cheese of exactly 5% (classic, рассыпчатый, мягкий/нежный, lactose-free Parmalat, Кубанский "
           "Молочник «из топленого молока», Зелёная Линия «Зёрнышко» - taken as plain творог, and the plain children's "
           "биотворог 5%); «полкило» is a quantity, not a pack size; 4.5%/5.5%/1.5% творог, зернёный творог в сливках "
           "(a different dish), творог with fruit, jam or raisins, творожные массы/пасты/сырки, Даниссимо and творожные "
           "продукты excluded"),
        ("бананчики ребенку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», red bananas); «ребенку» is a "
           "purpose; dried and sun-dried bananas, Перекрёсток «Бананы для жарки» (plantains - outside knowledge, as in "
           "set g) and banana-flavoured goods excluded"),
    ]),
    # L04 mouth care and household
    ("зубная щетка мягкая, ромашка в пакетиках для полоскания рта, трубочки для питья пачку, туалетной бумаги упаковку подешевле", [
        ("зубная щетка мягкая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no adult soft toothbrush in any chain: Магнит has only medium/hard brushes (Colgate Easy Comfort средняя, "
           "Oral-B, Splat Medium, Biomed, R.O.C.S., President) and children's brushes (Colgate «Детская супермягкая "
           "2+», Oral-B Kids, Splat Junior), which are not what an adult asking for a soft brush would buy; Дикси has "
           "only Oral-B 1-2-3 Medium"),
        ("ромашка в пакетиках для полоскания рта", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chamomile tea in bags: none; the only chamomile tea, Магнит «Чай травяной ТРАВЫ БАШКИРИИ, Ромашка, 40г», "
           "does not say bags and 40 g is the loose-flowers pack (outside knowledge), so the written form «в пакетиках» "
           "excludes it; soaps, toilet paper, tissues, dish soap «с ромашкой», the Richard blend with chamomile and the "
           "«Дыня Ромашка» melon are other products"),
        ("трубочки для питья пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no drinking straws in any chain; wafer rolls («трубочка вафельная»), ice-cream «Трубочка» and rice-corn "
           "«Трубочки» snacks are other products (trap)"),
        ("туалетной бумаги упаковку подешевле", {
            "pyaterochka": [],
            "magnit": ["e9a925895a", "328b9015fd", "9a0bd598be", "939f14debe", "11634cf6c9", "e01188fba0",
                       "013f5191a0", "be21812bf9", "6189f05c16", "cdc752b01e", "24f2c70304", "b0339ecad9",
                       "2300103434", "f88b88076f", "0f9bdfbe08", "475d902330", "be65d013c1"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": ["75364"],
        }, "dry toilet paper in rolls of any brand, ply and pack (4-12 rolls), incl. scented/coloured Zewa, Soffione, "
           "Papia, Familia (the user set no plain/unscented condition); «упаковку» is a count and «подешевле» a wish; "
           "wet toilet paper (Мон Рулон), paper towels and tissues excluded; Пятёрочка carries none"),
    ]),
    # L05 cold ice cream and the family's dinner
    ("мороженное пломбир в стаканчике (холодное врач разрешил), сок яблочный осветленный 2 литра, рожки макароны детям, фарш говяжий кило мне на паровые котлетки", [
        ("мороженное пломбир в стаканчике (холодное врач разрешил)", {
            "pyaterochka": ["3603591"],
            "magnit": [],
            "dixy": ["2000292043"],
            "perekrestok": ["4208997", "4289045", "3603591", "4035404", "3370940", "3371923", "4152236", "4053323"],
        }, "classic (vanilla/plain) пломбир in a wafer cup («стаканчик»), any brand; «мороженное» is a typo and the "
           "bracket a note; Дикси «Коровка из Кореновки Пломбир ванильный 15%, 100г» accepted as the wafer cup (outside "
           "knowledge: the brand's 100 g plombir is its cup; Перекрёсток titles the same product «стаканчик 15%, "
           "100г»); flavoured plombirs (с варёной сгущёнкой, фисташка, черника, с изюмом, с шоколадной крошкой, арбуз), "
           "Чистая Линия «Радуга» (a multi-layer line), сливочное/молочное ice cream (Ирбитское 10%, Первым Делом "
           "ванильное 4%), cones, эскимо, bricks and tubs, and Дикси Хуторок «Пломбир ванильный, 80 г» (the title does "
           "not say cup) excluded; Магнит has no plombir in a cup"),
        ("сок яблочный осветленный 2 литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-fruit apple juice, clarified, in 2 l packs («2 литра» names the pack of a packaged good, as «вода "
           "5л» in set g; «осветленный» is a written form): none - the only 2 l apple juices (Перекрёсток Волжский "
           "Посад «для детского питания», Сады Придонья «зелёное яблоко») do not say осветлённый, and clarified apple "
           "juices come in 0.125-1 l packs; nectars, сокосодержащие напитки, mixed juices excluded"),
        ("рожки макароны детям", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "367d4ecfc8", "f20a2d2027"],
            "dixy": ["2000575212", "2000544352", "2000005385", "2000572794"],
            "perekrestok": ["4199587", "4340660", "4328907", "82772", "3435299", "4273871"],
        }, "dry pasta of the рожки (elbow) shape, any brand and pack incl. Моя цена 3 kg, «Рожок крупный», «Рожки "
           "Большие», Шебекинские «рожок-полубублик» (the classic elbow), Роллтон «Рожки с оливковым маслом» (plain "
           "pasta with oil in the dough) and Maltagliati «Chifferini Rigati» (chifferi are ridged elbows - outside "
           "knowledge); «детям» is a purpose; Шебекинские «Витой рожок» (a twisted spiral shape), Бакалейщики «Рожок "
           "Малютка с томатами и шпинатом» (coloured/flavoured), other shapes, ice-cream cones and «пирожки» (stem "
           "trap) excluded"),
        ("фарш говяжий кило мне на паровые котлетки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "raw minced beef (Мираторг, Иван Мясоедов, Перекрёсток loose, Хороший Кусок «из говядины»); «кило» is a "
           "quantity of a weighed good and «мне на паровые котлетки» a purpose; mixed «Домашний/Деревенский/Фермерский» "
           "mince, pork, turkey (Индилайт), pollock mince and the ready люля-кебаб excluded; Магнит sells no beef mince"),
    ]),
    # L06 semolina porridge
    ("манка полкило на кашу\nмасло сливочное 82.5 в кашу\nсахарный песок 1 кг в кисель\nчерный хлебушек жене", [
        ("манка полкило на кашу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no semolina groats (манная крупа) in any chain; Дикси Makfa «Каша манная Клюква-мед-имбирь/Гурьевская» 40 g "
           "(a flavoured instant porridge) is another product"),
        ("масло сливочное 82.5 в кашу", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                       "1000433642", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643",
                       "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
                     "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609",
                            "3026226", "4113532", "3434127", "3612778", "4310021", "4055506", "86149", "3369241",
                            "3698785", "3287314", "3396544", "3657363", "4292462", "4343792", "3699369", "3953367",
                            "4196090", "4135603", "3922315"],
        }, "butter of exactly 82.5% (any brand and pack, сливочное/сладкосливочное, incl. Брест-Литовск «82.5» without "
           "%, Тысяча Озёр безлактозное); «в кашу» is a purpose; 82% butters (Arla Natura, President, Киприно, Молочный "
           "знак 82%, JALO KERMA), 72.5% and spreads excluded"),
        ("сахарный песок 1 кг в кисель", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3650732", "3230933"],
        }, "white granulated sugar in 1 kg packs (Дикси «Сахар-песок белый, фасованный, 1 кг», Перекрёсток «Сахар белый "
           "песок, 1кг», Перекрёсток «Сахар Советский Экстра, 1кг» - taken as granulated white sugar, outside "
           "knowledge, as in set vy); «1 кг» names the pack, «в кисель» is a purpose; 900 g/750 g/5 kg packs, Магнит "
           "«Сахар-песок ЧАЙКОФСКИЙ … 900г», pressed/lump sugar, cane and coconut sugar, vanilla sugar and icing sugar "
           "excluded"),
        ("черный хлебушек жене", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78034810", "4149554", "3382146", "4329404", "3974719", "3931337", "3945535", "3126329",
                            "3974720", "4074396", "3627134", "4148558", "3658457", "2060872", "4276930", "3953836",
                            "4361611", "3631465", "3624125", "2000243", "3617422", "2024150", "4354623", "4049144",
                            "4164733", "2053660", "3634576", "3965436", "78034786"],
        }, "«черный хлебушек» = dark rye or rye-wheat bread: Бородинский, Дарницкий, «ржаной», «ржано-пшеничный» loaves "
           "and halves, Батард Ржаной, and - by outside knowledge - Столичный (a rye-wheat GOST bread), Дарница "
           "«Двинский заварной» (a rye custard bread) and the Westphalian pumpernickel; «жене» is a purpose; wheat "
           "breads (Горчичный, Крестьянский, Французский, тостовый, чайный, багеты), breads with raisins or garlic, "
           "Ржаной Край (a brand name, as in set g), Magnit «ДАНИЛОВСКИЙ зерновой» and Перекрёсток Измайловский, "
           "Ароматный, Рижский Деревенский/Крестьянский, Боярский, Советский, солодовый (composition not stated), the "
           "wheat-rye «хлебец» with sprouted grains, crispbreads and wafer bread excluded"),
    ]),
    # L07 oat porridge
    ("овсянка геркулес мелкая, молоко 2.5 два пакета на кашу, мед жидкий подешевле", [
        ("овсянка геркулес мелкая", {
            "pyaterochka": [],
            "magnit": ["1fbd6e427e"],
            "dixy": ["2000186448", "DI00078791", "2000604115"],
            "perekrestok": ["23772", "2122914", "2122919", "3503161", "3469027"],
        }, "plain fine («мелкая») oat flakes: «геркулес» is read as the generic word for rolled oats, not the brand; "
           "accepted are flakes whose title marks them as the fine / quick-cooking kind - «№3» (Экстра №3 is the fine, "
           "quick-cooking grade under GOST - outside knowledge), «быстрого приготовления», «3-5 мин», «1 минута» (incl. "
           "Ясно Солнышко «№1 быстрого приготовления»); traditional/large Геркулес, №2, Монастырский, Nordic (Финский, "
           "с отрубями, Ленивая), «Экстра» without a number, Магнит ГЕРКУЛЕС «Нежный» (fineness not stated), steel-cut "
           "oats, flavoured flakes and all flavoured/instant porridge sachets and ready porridges excluded"),
        ("молоко 2.5 два пакета на кашу", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029",
                       "1000037901", "1000445487", "1051242602", "1000563706", "1000035016", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384", "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "drinking cow milk of exactly 2.5% (pasteurised, UHT, sterilised, children's Агуша 2.5%); «два пакета» is a "
           "count of packs, «на кашу» a purpose; топлёное 2.5%, ряженка, kefir and yoghurt 2.5% excluded; Пятёрочка has "
           "no 2.5% milk"),
        ("мед жидкий подешевле", {
            "pyaterochka": [],
            "magnit": ["384d8d8201", "dadb78005d", "44c60c9317", "980d05dc00", "928ff089d4"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["4355859", "4320670", "4320672", "4320671", "4340911", "4340910", "3687699", "3479121",
                            "3687698", "3687710", "4316603", "4316605", "3467507", "4331449"],
        }, "natural bee honey of any kind and jar (цветочный, липовый, гречишный, акациевый, горный, лесной…); «жидкий» "
           "cannot be checked from the titles (no title states liquid or cream/set honey) and is not used as a filter, "
           "as «стаканчик» in set vy; «подешевле» is a wish; Магнит «Мед УССУРИЙСКИЙ БАЛЬЗАМ» (not clear it is plain "
           "honey), honey-flavoured cereals, yoghurts, sweets, chocolate, cosmetics and the «Мёда» soft drink excluded"),
    ]),
    # L08 soup day
    ("суп-пюре грибной в пакетиках, сливки 10% в суп-пюре, брокколи замороженная на пюре, кабочки 2 штуки", [
        ("суп-пюре грибной в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no mushroom cream-soup sachets in any chain; the only soups are Быстринка/Семейные секреты chicken/meat, "
           "Мастер Шеф харчо, Asian Fusion «грибной со шпинатом и яйцом» (a noodle soup, not суп-пюре), Everyday "
           "spinach cream soup, ready chilled soups and baby purees"),
        ("сливки 10% в суп-пюре", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609",
                       "3201860040", "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "cream of exactly 10% (drinking, sterilised, UHT, incl. «для кофе» cream Valio 1 l and the 10×10 g portion "
           "packs of Альпенгурт, Campina and Зелёная Линия - still 10% cream); «в суп-пюре» is a purpose; 11%, 20%, 33% "
           "cream, 10% sour cream and ice cream excluded; Пятёрочка and Дикси sell no cream"),
        ("брокколи замороженная на пюре", {
            "pyaterochka": [],
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["74445", "4019919", "4019915", "3444750", "2125852", "4003966", "3405386", "4225833",
                            "3489151", "4325364", "3625801", "4152339", "4238817", "2059262", "4320949"],
        }, "frozen broccoli florets of any brand and pack (incl. Магнит «Брокколи HORTEX, Хортекс, 400г» - Hortex is a "
           "frozen-vegetable brand, outside knowledge); «на пюре» is a purpose; fresh broccoli/broccolini/mini "
           "broccoli, broccoli-cauliflower mixes, baby purees, soups and seeds excluded"),
        ("кабочки 2 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«кабочки» = кабачки (typo); fresh courgettes: none in any chain; Магнит 4 СЕЗОНА frozen sliced courgettes "
           "(fresh-produce word means fresh produce), squash caviar, courgettes in adjika and baby purees excluded"),
    ]),
    # L09 mash and cutlets
    ("пюре картофельное быстрого приготовления мне на обед, котлеты куриные на ужин семье, кетчуп heinz к котлетам", [
        ("пюре картофельное быстрого приготовления мне на обед", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000339292"],
            "perekrestok": ["78561"],
        }, "plain instant mashed potatoes: Дикси «Пюре картофельное Кунцево, 240 г» and Перекрёсток «Пюре Картошечка "
           "картофельное, 250г», both taken as dry potato flakes (outside knowledge: the titles do not say «быстрого "
           "приготовления»); «мне на обед» is a purpose; flavoured instant mash cups (Роллтон с говядиной / с куриным "
           "вкусом / сыр с чесноком, Доширак со вкусом курицы, Пр!ст с сухариками и вкусом курицы, Бизнес меню с "
           "куриным филе - plain products exclude flavoured ones), chilled ready mash (Перекрёсток Select 450 g), ready "
           "meals with mash and baby purees excluded"),
        ("котлеты куриные на ужин семье", {
            "pyaterochka": [],
            "magnit": ["8706d861f4", "910795c409"],
            "dixy": [],
            "perekrestok": ["4285026"],
        }, "chicken cutlets, raw or cooked: Магнит Ложкаревъ «куриные в панировке», Первая свежесть «Сливочные … "
           "куриные охлажденные», Перекрёсток deli «Котлета из филе курицы рубленая жареная»; «на ужин семье» is a "
           "purpose; chicken Kiev (по-киевски), ready meals with a side (пожарская/куриная с пюре, де-воляй со "
           "спагетти, биточки с гречкой), turkey, beef and mixed cutlets, and Наша Птичка «рубленые по-французски» (the "
           "title does not say chicken) excluded"),
        ("кетчуп heinz к котлетам", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971",
                            "4116830", "4157803", "4157697", "4157703", "4116848", "4157704", "4154517", "4157702",
                            "4274973"],
        }, "every Heinz ketchup (томатный, острый, суперострый, итальянский, гриль/шашлык, с чесноком, укроп-петрушка, "
           "and the Heinz Pikador line whose Перекрёсток titles name Heinz), any pack, as «кетчуп хайнц» in set g; «к "
           "котлетам» is a purpose; Дикси «Pikador» ketchups (no Heinz in the title, as in set vy), other brands and "
           "Heinz sauces, mayonnaise and baby food excluded"),
    ]),
    # L10 baby purees for dad
    ("пюре мясное детское говядина 5 баночек мне на обед, пюре из индейки тема, сок детский яблочный малышу", [
        ("пюре мясное детское говядина 5 баночек мне на обед", {
            "pyaterochka": ["3422802", "3157361"],
            "magnit": [],
            "dixy": ["DI00081318", "2000260412"],
            "perekrestok": ["4212876"],
        }, "single-meat beef baby puree (Агуша «говядина», Тёма «говядина» / «из говядины», ФрутоНяня «говядина»), any "
           "jar; «5 баночек» is a quantity and «мне на обед» a purpose; beef with liver, heart, tongue, buckwheat, "
           "vegetables, rice or chicken, Gerber beef with carrots / meatballs with vegetables, veal (телятина - another "
           "meat) and other meats excluded; Магнит has only mixed beef purees"),
        ("пюре из индейки тема", {
            "pyaterochka": ["2167862"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Тёма turkey puree (Пятёрочка «Пюре Тема*, индейка, 100г»); the brand is required; Агуша turkey puree, "
           "Gerber «рагу из индейки с рисом» and turkey cutlets excluded"),
        ("сок детский яблочный малышу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000107422", "2000341137", "ЦТ0017501", "DI00080427", "2000177649"],
            "perekrestok": ["3646063", "4157530", "4340742", "4340738", "3049629", "3270265", "67047"],
        }, "single-fruit apple juice for children: titles saying «для детского питания», «с N месяцев», «3 месяца+», "
           "ФрутоНяня, Сады Придонья Kids and Добрый «Active kid яблочный» (a children's line); Сады Придонья 125 ml "
           "apple juices without an age in the title (Дикси «Яблоко, прямой отжим», Перекрёсток «зеленое яблоко») "
           "accepted as the brand's baby-juice line (outside knowledge; the same 125 ml pack is titled «3 месяца+» "
           "elsewhere); «малышу» is a purpose; adult apple juices, apple mixes (яблоко-вишня/персик/виноград/груша), "
           "сокосодержащие напитки (Агуша, Любимый «для детского питания») and nectars excluded; Магнит has no "
           "children's apple juice"),
    ]),
    # L11 dairy for the kids
    ("ряженка 4% бутылку, творожки агуша штуки 4, глазированные сырки детям в школу, сыру российского полкило", [
        ("ряженка 4% бутылку", {
            "pyaterochka": [],
            "magnit": ["1000439736", "1000451592", "1000371474"],
            "dixy": [],
            "perekrestok": [],
        }, "ryazhenka of exactly 4% (Большая Кружка 500/800 g, Из Молока Нашей Дойки 900 g); «бутылку» is a count and "
           "the container cannot be checked from the titles; 2.5%, 3.2%, 3.5% and flavoured ryazhenkas excluded; only "
           "Магнит carries a 4% one"),
        ("творожки агуша штуки 4", {
            "pyaterochka": [],
            "magnit": ["1000564007", "8000049983", "1000177278", "1000109125", "1051242603", "1812432015",
                       "1812432014", "1812432013"],
            "dixy": [],
            "perekrestok": ["4174763", "2137027", "69726"],
        }, "every Агуша cottage-cheese product (творог/творожок детский: Классический 4.5%, fruit and cereal variants, "
           "«Засыпай-ка», «Малиновый пломбир»), as a product word plus brand accepts all its variants; «штуки 4» is a "
           "quantity; other Агуша products (ряженка, йогурт, каша, пюре, молоко, кефир) and other brands' творожки "
           "excluded"),
        ("глазированные сырки детям в школу", {
            "pyaterochka": ["4061730", "f17a948634"],
            "magnit": ["8000070532", "1000305762", "42cd196db0", "1000059932", "1000138236", "1000351466",
                       "1000359364", "1000581120", "1000274202", "1000059925", "1899801136", "1000518913",
                       "d7df85a8e4", "1000580175", "1000149410", "61ab02df21", "2a844a0718", "1432ba3e24",
                       "b3f3665e14", "1000359365", "1000238205", "1000172948", "1000238206", "1000167330",
                       "1000122409", "1000167329", "1000186648", "1000186649", "8000078945", "1000149411",
                       "a436bb1f2b", "2a66b2b012", "8000061673", "8000061566", "1000580174", "1000077349",
                       "1000117018"],
            "dixy": ["2000597331", "2000597332", "2000179854"],
            "perekrestok": ["4227636", "4227649", "4227635", "4227614", "3041670", "20615", "3666242", "3666241",
                            "3427052", "3454107", "3463779", "4208433"],
        }, "glazed curd-cheese bars (сырок/сырки «глазированный», «гл.», «в … глазури», «в молочном/темном шоколаде») "
           "of any brand and flavour, incl. the Моя цена coconut bar «с ЗМЖ» (sold as a glazed сырок); «детям в школу» "
           "is a purpose; unglazed сырки (с изюмом, с ванилином 90 g, Хозяйство Васильевой), Пятёрочка «Сырок Коровка "
           "из Кореновки, ваниль» and Магнит ЧУДО «Десерт» сырки and Свитлогорье «Три кота» (glaze not stated), the "
           "Магнит сырок in a wafer cone, «Десерт творожный глазированный» (sold as a dessert, not a сырок) and "
           "сырокопчёные sausages (stem trap) excluded"),
        ("сыру российского полкило", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese of any brand and form (block, «молодой», slices, loose by weight); «полкило» is a "
           "quantity; Магнит «Продукт По-Российски … на основе растительного жира» (not cheese, trap from set g) and "
           "other cheeses excluded"),
    ]),
    # L12 drinks
    ("минералка без газа 1.5 л 6 бутылок, нектар персиковый мне через трубочку, кисель черничный готовый, пиво жигулевское для тестя", [
        ("минералка без газа 1.5 л 6 бутылок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0046868", "2000335456", "2000285345"],
            "perekrestok": ["4242048"],
        }, "«минералка» read as mineral water: still (негазированная) mineral water in 1.5 l bottles (Сенежская, Горная "
           "вершина, Архыз Легенда гор, Легенда Сибири лечебно-столовая); «1.5 л» names the bottle and «6 бутылок» is a "
           "quantity; plain drinking water («вода питьевая», Бон Аква, Святой Источник, Шишкин лес, store brands - not "
           "mineral water), sparkling mineral waters and mineral waters whose title does not say still (Ессентуки №4, "
           "Славяновская, Кувака, Аш-Тау), flavoured waters and other sizes (Псыж 1 l, Сенежская 0.5 l, Легенда Гор 5 "
           "l) excluded; the judgement that «минералка» means mineral, not any bottled, water rests on the word's "
           "meaning"),
        ("нектар персиковый мне через трубочку", {
            "pyaterochka": [],
            "magnit": ["a09445aa6e"],
            "dixy": [],
            "perekrestok": ["3658295", "3641935", "4315410", "3612828"],
        }, "single-fruit peach nectar of any brand and pack (Rich, Ararat, Swell, Маркет); «мне через трубочку» is a "
           "note; peach-apple and carrot-peach-apple nectars and peach-scented shower gels excluded"),
        ("кисель черничный готовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no ready blueberry kissel in any chain (the only ready kissels are raspberry, cranberry-oat and "
           "strawberry-raspberry); blueberry kefir drinks, морсы and desserts are other products"),
        ("пиво жигулевское для тестя", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Жигулёвское beer in any chain; Магнит «Пиво ЖИГУЛИ Барное/Экспорт/ИПА» is another brand (Жигули, not "
           "Жигулёвское - trap) and Дикси «Пивной напиток Жигули Барное Манго-маракуйя» a flavoured beer drink; «для "
           "тестя» is a purpose"),
    ]),
    # L13 steamed fish and rice porridge
    ("филе трески замороженное на пару\nрис круглозерный на молочную кашу\nморковка килограмм на пюре\nлимон один к чаю", [
        ("филе трески замороженное на пару", {
            "pyaterochka": [],
            "magnit": ["f7e065c834"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen cod fillet: Магнит «Треска МАГНИТ филе без кожи, свежемороженая, 600г»; «на пару» is a purpose; "
           "Магнит «ТРЕСКА полуфабрикат из замороженного сырья» (thawed, and the title does not say fillet), cod roe "
           "and cod liver, fish triangles from cod species, cod dumplings and pet food excluded; no other chain sells "
           "cod"),
        ("рис круглозерный на молочную кашу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["4332035", "3674360", "3603169", "3231277", "3469128", "3469127"],
        }, "ordinary round-grain rice (круглый / круглозёрный / круглозернистый, incl. Мистраль Италика «белый "
           "круглозерный», boil-in-bag packs); «на молочную кашу» is a purpose; sushi / «для японской кухни» rice, "
           "Адриатика, Бальдо (as in set vy), «Кубанский»/«Испанский» rice whose grain is not stated, long-grain, "
           "parboiled, jasmine, basmati and the rice-millet mix excluded; Магнит and Пятёрочка sell no round rice"),
        ("морковка килограмм на пюре", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "4191099", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots of any pack (loose, washed 200 g-1 kg, «для сока» 1 kg, mini carrots 250 g); «килограмм» is a "
           "quantity of a weighed good and «на пюре» a purpose; boiled peeled carrots (Дмитровские Овощи), Korean "
           "carrot salads, sauerkraut with carrots and carrot juices/smoothies excluded"),
        ("лимон один к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose, Маркет Fresh 2 шт, Узбекистан); «один» is a quantity and «к чаю» a purpose; lemonades "
           "and lemon-flavoured goods excluded"),
    ]),
    # L14 soft desserts
    ("желе в пакетиках вишневое, пудинг шоколадный пару штук, зефир белый к чаю", [
        ("желе в пакетиках вишневое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no jelly mix in sachets (powder) in any chain; ready jelly cups (Аппетиссимо Вишня 150 g, Моя цена, Lucky "
           "Days, Ле-Ле, Countree, Пр!ст), «Вишня в желе», gelatine and pet food «в желе» are other products"),
        ("пудинг шоколадный пару штук", {
            "pyaterochka": [],
            "magnit": ["1000352800", "1000072535", "1000168535"],
            "dixy": [],
            "perekrestok": ["17032", "3341393", "4101183", "3483437"],
        }, "chocolate milk pudding of any brand (Эрмигурт шоколадный, Ehrmann Grand Dessert шоколад, High Protein "
           "шоколад incl. the lactose-free Hyper, Чудо шоколадный); «пару штук» is a quantity; caramel pudding and "
           "Grand Dessert «Белый шоколад с клубничным муссом» (another flavour) excluded"),
        ("зефир белый к чаю", {
            "pyaterochka": [],
            "magnit": ["44889a6882"],
            "dixy": ["2000561711"],
            "perekrestok": [],
        }, "white zefir: no title states the colour, so the plain apple zefirs are accepted as white - Дикси "
           "«Коломенский» Яблочный and Магнит Семейные секреты «Антоновка» (outside knowledge: apple zefir without "
           "berries or glaze is white); «к чаю» is a purpose; berry/pink and two-colour zefirs (с клубникой, с клюквой, "
           "брусникой, смородиной, малиной, «Бело-розовый», Ваниль и малина, шампанское и клубника, вишня/манго), "
           "chocolate-glazed zefir and marshmallows excluded"),
    ]),
    # L15 smoothie day
    ("смузи в бутылочке, спелых бананов кило, кефир 1% для смузи, йогурт греческий без добавок 2 баночки", [
        ("смузи в бутылочке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4106323", "4353151", "4357848", "4238909", "4106325", "4238911", "4352870", "4352869"],
        }, "any ready bottled smoothie (Зелёная Линия 270 ml/330 ml/1 l, Шеф Перекрёсток 250 ml, incl. Зелёная Линия "
           "«Пюре Смузи»); the bottle cannot be checked from the titles and is not used as a filter; J7 «Продукт "
           "питьевой» (not called smoothie) and «Смузи» sweets excluded; only Перекрёсток sells smoothies"),
        ("спелых бананов кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», red bananas); «спелых» is a wish "
           "and «кило» a quantity; dried/sun-dried bananas and plantains («Бананы для жарки») excluded"),
        ("кефир 1% для смузи", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416",
                            "2084558", "3352331", "3604602"],
        }, "kefir of exactly 1%, incl. биокефир 1% (as in set vy); «для смузи» is a purpose; «кефирный "
           "продукт/биопродукт кефирный» (set g trap), 2.5%/3.2% kefirs and kefir bread excluded"),
        ("йогурт греческий без добавок 2 баночки", {
            "pyaterochka": [],
            "magnit": ["1000181497", "dafd7c4dc4", "8000087572"],
            "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"],
            "perekrestok": [],
        }, "plain Greek yoghurt (Греческий without a flavour: Lactica 4%, Магнит «ГРЕЧЕСКИЙ» 2%, Epica 2.5%, Neo "
           "«Классический», Простоквашино, Савушкин TEOS 2% 250 g, Teos «Натуральный»); «без добавок» excludes every "
           "flavoured or layered one (черника, клубника, манго-чиа, орехи и мёд, персик, инжир, ананас-кокос, малина) "
           "and «2 баночки» is a quantity; skyr (another product) excluded; Перекрёсток has only flavoured Greek "
           "yoghurts"),
    ]),
    # L16 household and dental care
    ("порошок стиральный автомат 3 кг, fairy для мытья посуды побольше, ополаскиватель для рта без спирта, паста зубная для чувствительных зубов", [
        ("порошок стиральный автомат 3 кг", {
            "pyaterochka": [],
            "magnit": ["3c569d2305", "84c2d44059", "9ec3c6b343", "eee3b0a174", "6d62d005d5"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for automatic machines in 3 kg packs («3 кг» names the pack): BIMAX Колор/100 пятен, Persil "
           "«Свежесть от Вернель» and Колор, and Persil «Сенситив Миндаль, 3кг» (its title does not say автомат; taken "
           "as an automatic-machine powder - outside knowledge: Persil sells no hand-wash powder here); other pack "
           "sizes (1.5-6 kg), laundry gels/capsules and dishwasher powder (Somat 3 kg - trap) excluded; only Магнит "
           "sells washing powder"),
        ("fairy для мытья посуды побольше", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6",
                       "b3ebaa28e5", "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1",
                       "7c5bd74e06"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "every Fairy hand dish-washing liquid (any scent and size 430 ml-1.35 l, incl. Platinum, Pure&Clean, Нежные "
           "руки); «побольше» is a wish; Fairy dishwasher tablets (All in 1 / Все в 1) and dish soaps of other brands "
           "excluded"),
        ("ополаскиватель для рта без спирта", {
            "pyaterochka": [],
            "magnit": ["76b17193ac", "9846f88ec3", "83766d002f", "33c68cb053", "aa2dc8eb33"],
            "dixy": [],
            "perekrestok": [],
        }, "mouthwash, alcohol-free: no title states «без спирта», so only brands whose rinses are sold as alcohol-free "
           "are accepted (outside knowledge): R.O.C.S. (Активный магний, Двойная мята), SPLAT (Отбеливание плюс, "
           "Биокальций) and Biomed Витафреш; Лесной бальзам (also Пятёрочка «Опол.д/дес.») and Рецепты бабушки Агафьи "
           "rinses (alcohol content not known), the Colgate mouth gel, dishwasher rinse aids, hair conditioners and "
           "laundry rinses excluded"),
        ("паста зубная для чувствительных зубов", {
            "pyaterochka": [],
            "magnit": ["f56b4b5cc3", "92ea3d57cc", "0441e28214", "41b3a37740", "2cb02c1814", "05bcdac370",
                       "cd7248cfbd"],
            "dixy": [],
            "perekrestok": [],
        }, "toothpaste for sensitive teeth: titles with «Сенситив» or «чувствительн…» (Lacalut Sensitive and Aktiv "
           "«снижение чувствительности», Biomed Сенситив, R.O.C.S. Сенситив and «для чувствительных зубов», Splat "
           "Сенситив Уайт/Ультра); other toothpastes (whitening, gum care, children's) excluded; only Магнит carries "
           "them"),
    ]),
    # L17 protein
    ("протеиновый коктейль шоколадный чтобы не похудеть, творог мягкий обезжиренный, перепелиные яички", [
        ("протеиновый коктейль шоколадный чтобы не похудеть", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no protein shake in any chain, chocolate or other; Exponenta High-Pro drinks are berry/caramel/coconut, the "
           "High Protein items are puddings, and chocolate milkshakes (Чудо, Топ, Angelato, Авишка) are not protein "
           "shakes; «чтобы не похудеть» is a note"),
        ("творог мягкий обезжиренный", {
            "pyaterochka": [],
            "magnit": ["1899910741", "1eb57431af"],
            "dixy": [],
            "perekrestok": ["3194302"],
        }, "soft («мягкий»/«Нежный») fat-free (0% / «обезжиренный») cottage cheese: Магнит «Творог мягкий DANONE "
           "обезжиренный», Савушкин «Нежный 0%» (Магнит) and «Нежный мягкий 0%» (Перекрёсток; the same product, so "
           "Магнит's «Нежный» is taken as soft); plain «обезжиренный» творог whose texture is not stated (Моя цена, "
           "Село Зелёное, Пятёрочка «обезжиренный 300г стакан»), Резной Палисад «обезжиренный 1.8%» (not fat-free), "
           "soft 3-5.5% and flavoured soft творог excluded"),
        ("перепелиные яички", {
            "pyaterochka": [],
            "magnit": ["8000079148"],
            "dixy": ["2000601592"],
            "perekrestok": ["3413822", "3477870"],
        }, "raw quail eggs (Молодецкие 10 шт, Деревенские напевы 20 шт, Qegg, Маркет 20 шт), any count; smoked quail "
           "eggs (Маркет Collection «копченые») and mayonnaise «на перепелином яйце» (trap) excluded; Пятёрочка sells "
           "none"),
    ]),
    # L18 broth for the family
    ("курица суповая на бульон, лук репчатый 2 головки на бульон, вермишель паутинка детям в суп, свежий укропчик", [
        ("курица суповая на бульон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no soup hen («курица суповая», the older laying hen sold for broth) and no chicken soup sets in any chain; "
           "«суповая» names the product, so the broiler carcass (Магнит Петруха «Тушка цыпленка-бройлера»), цыплёнок "
           "табака, chicken parts, beef for broth and canned chicken are other products; «на бульон» is a purpose"),
        ("лук репчатый 2 головки на бульон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (loose, net, 500-600 g packs, 1 шт, peeled, red «Лук репчатый красный»); «2 головки» is a "
           "quantity and «на бульон» a purpose; dried/ground onion and onion-flavoured chips excluded"),
        ("вермишель паутинка детям в суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000015331"],
            "perekrestok": [],
        }, "вермишель of the «паутинка» variety: Дикси Makfa «Паутинка»; «детям в суп» is a purpose; other vermicelli "
           "(Makfa «Короткая тонкая» - a separate Makfa product, Barilla Filini, Шебекинские «лёгкая», Верони, store "
           "brands, spinach vermicelli), funchoza and instant noodles excluded"),
        ("свежий укропчик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh dill in any chain; herring, chips, cheese, ketchup and olives «с укропом» are other products"),
    ]),
    # L19 baby food and pate
    ("пюре тыква gerber, каша гречневая детская nestle, печень куриная на паштет, сливки 20% в кофе жене", [
        ("пюре тыква gerber", {
            "pyaterochka": ["46392"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Gerber pumpkin puree: Пятёрочка «GERB.Пюре ТЫКВА овщ.осн.д/дет 5мес 80г»; the brand and pumpkin are "
           "required; Heinz and Сады Придонья purees with pumpkin in a mix and Gerber cauliflower/broccoli/carrot "
           "purees excluded"),
        ("каша гречневая детская nestle", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000291139"],
            "perekrestok": [],
        }, "Nestlé children's buckwheat porridge, plain: Дикси «Каша гречневая Nestle, безмолочная, 200 г»; Nestlé «с "
           "курагой, молочная» excluded as flavoured (plain products exclude flavoured ones), other brands' buckwheat "
           "porridges (Агуша, ФрутоНяня, Флёр Альпин) and ready buckwheat dishes excluded"),
        ("печень куриная на паштет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raw chicken liver in any chain; beef liver (Дикси «Печень говяжья Диета»), cod liver, liver pâtés and "
           "purees are other products; «на паштет» is a purpose"),
        ("сливки 20% в кофе жене", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000461012", "1000549783", "1812420003", "1000290041"],
            "dixy": [],
            "perekrestok": ["3163857", "4267107", "44831", "4316249"],
        }, "cream of exactly 20% (sterilised, UHT, drinking; any brand and pack); «в кофе жене» is a purpose; 10%, 11% "
           "and 33% cream and sour cream excluded; Пятёрочка and Дикси sell no cream"),
    ]),
    # L20 sandwiches for the family
    ("паштет печеночный баночку, сыр плавленый в ванночке, хлеб тостовый детям, чай черный lipton", [
        ("паштет печеночный баночку", {
            "pyaterochka": ["3966502", "121c493676"],
            "magnit": ["6771fd64ae", "72650c06ba"],
            "dixy": [],
            "perekrestok": [],
        }, "liver pâté: Пятёрочка «Паштет из печени» Егорьевская and «Паштет с гусиной печенью» (meat-and-vegetable "
           "canned liver pâté), Магнит «ПАШТЕТ ПЕЧЕНОЧНЫЙ со сливочным маслом» (deli, per 100 g) and Михайлов Курень "
           "«Печеночный» 250 g; «баночку» is a count; chicken-meat pâtés (Argeta Курица/Юниор), turkey/duck/salmon "
           "pâtés, the vegetarian pâté and Зелёная Линия «Паштет По-домашнему» (the title does not say liver) and pet "
           "food excluded"),
        ("сыр плавленый в ванночке", {
            "pyaterochka": [],
            "magnit": ["8000038108", "1000578839", "8000038138", "3392900004", "3392940005", "1891200042",
                       "1000270504", "8238ed932b"],
            "dixy": [],
            "perekrestok": [],
        }, "plain processed cheese in a tub («ванночка»): the plain Сливочный/Классический processed cheeses in 200-400 "
           "g packs, taken as tubs (outside knowledge: Hochland, Viola, President, Экомилк, Landkaas sell these sizes "
           "in tubs, while 130-150 g packs are triangles or slices - Дикси titles a Viola 130 g «8 порций»); flavoured "
           "ones (с ветчиной, грибами, салями, шоколадный, индейка с травами, топлёное молоко), 130-150 g "
           "triangles/slices (Viola, Hochland 140 g, President 150 g, Чизбургер/Сэндвич), «Дружба» bricks and плавленый "
           "продукт, Фетакса and творожный сыр excluded"),
        ("хлеб тостовый детям", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "toast bread (Коломенский «Хлеб ТОСТОВЫЙ» пшеничный and злаковый - no variety was written); «детям» is a "
           "purpose; other breads excluded; only Магнит sells toast bread"),
        ("чай черный lipton", {
            "pyaterochka": ["510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton black tea, plain: Пятёрочка «Чай Lipton Yellow Label, черный, 25х2 г»; Lipton Ice Tea and other cold "
           "tea drinks excluded; no other chain sells Lipton tea"),
    ]),
    # L21 breakfast
    ("каша овсяная с яблоком в пакетиках, какао несквик детям, масло простоквашино сливочное в кашку", [
        ("каша овсяная с яблоком в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3480288"],
        }, "instant oat porridge with apple in sachets: Перекрёсток Пр!ст «Каша овсяная быстрого приготовления с "
           "яблоком, 35г»; porridge assortments whose flavours are not listed (Увелка/Быстров «Ассорти», Геркулес «в "
           "ассортименте»), other flavours, baby porridges with apple in a mix, ready porridges (Шеф Перекрёсток с "
           "яблочным конфитюром) and flakes excluded"),
        ("какао несквик детям", {
            "pyaterochka": ["3420547"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink: Пятёрочка «NESQUIK Напиток быстрораств.с какао 500г»; the brand is required; other "
           "cocoa drinks (Хрутка, Скрепыши, MacChoco, Чукка), cocoa powder and chocolate excluded"),
        ("масло простоквашино сливочное в кашку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Простоквашино butter in any chain (Простоквашино milk, kefir, творог and sour cream only); other brands' "
           "butter is not accepted for a named brand; «в кашку» is a purpose"),
    ]),
    # L22 family dinner
    ("пельмени сибирские самые дешевые, майонез махеев в оливье жене, суп-пюре тыквенный, розовые помидорки на салат", [
        ("пельмени сибирские самые дешевые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pelmeni of the «Сибирские» variety in any chain; «Сибирская коллекция» (Новосибирские, фирменные, с "
           "мраморной говядиной, Сочные) and Цезарь «Гордость Сибири» carry the word only in a brand/product name (a "
           "brand word does not make the product, as in set d); «самые дешевые» is a wish"),
        ("майонез махеев в оливье жене", {
            "pyaterochka": [],
            "magnit": ["d8bbb63f48", "5861fc587f", "ddda8365b8", "2c23c84574", "269c8ab257", "1000520539",
                       "1000077733", "1000558908", "1000077734", "1000498096"],
            "dixy": ["T000005518", "ЦТ0040573", "2000593851", "2000602611"],
            "perekrestok": ["2047206", "4339442", "2093561"],
        }, "every Махеевъ mayonnaise (Провансаль, с лимонным соком 50.5%/67%, Оливковый, на перепелином яйце), any "
           "pack, as «майонез махеев» in set g; «в оливье жене» is a purpose; Махеевъ ketchups and other brands' "
           "mayonnaise excluded"),
        ("суп-пюре тыквенный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no ready pumpkin cream soup in any chain; the only суп-пюре is Шеф Перекрёсток «из батата с лососем» and "
           "the baby purees with pumpkin are other products"),
        ("розовые помидорки на салат", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465"],
        }, "fresh pink tomatoes (titles saying «розовые»: Дикси Азербайджанские, Перекрёсток Азербайджан / грунтовые / "
           "фасованные 500 g); «помидорки» is a diminutive and «на салат» a purpose; red, yellow, cherry and cocktail "
           "tomatoes, Бычье сердце and varieties whose colour is not stated (Махитос, Панамера, Голубая Леди, "
           "Фермерские), salted and canned tomatoes excluded"),
    ]),
    # L23 soft lunch
    ("авокадо 2 шт помягче себе на пюре, творожный сыр для бутербродов, рыбные консервы в томате", [
        ("авокадо 2 шт помягче себе на пюре", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["49622", "4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407",
                            "4272853", "4254512", "4379376", "3954359", "3948371", "3445047", "3216120", "4333280",
                            "3954360"],
        }, "fresh avocados of any variety and pack (loose, 1-2 шт, 500 g-1 kg, Hass, ready-to-eat, organic, and "
           "Перекрёсток «Авокадо свежий без косточки, 300г»); «2 шт» is a quantity, «помягче» a wish and «себе на пюре» "
           "a purpose; avocado oil, avocado-flavoured foods and cosmetics excluded"),
        ("творожный сыр для бутербродов", {
            "pyaterochka": [],
            "magnit": ["1000375622", "1000534494", "1000450007", "8000023741", "9409610181", "6657cd7a33",
                       "1000032374", "1000501241", "1899910131", "ee73d388ce", "1000296346", "54bb147c2f",
                       "1000460184"],
            "dixy": ["2000325249", "2000516592"],
            "perekrestok": [],
        }, "plain cream cheese (сыр творожный, сливочный or unflavoured: Almette, Hochland, President, Violette, "
           "Pretto, Sveza, Савушкин Воздушный, Экомилк, Cream Nuvo); «для бутербродов» is a purpose; flavoured ones (с "
           "зеленью, травами, креветками, авокадо, хреном, огурцами), «Сливочный сыр» Молокавоз (a semi-hard cheese), "
           "processed cheese, творожные сырки and crab rolls excluded"),
        ("рыбные консервы в томате", {
            "pyaterochka": ["3604632"],
            "magnit": ["b1082fb77e", "b755c9549a", "3569961f1a", "1af4c59e48", "f1e0bea489", "e651385854"],
            "dixy": [],
            "perekrestok": [],
        }, "canned fish in tomato sauce (бычки, килька incl. Лаатса «обжаренная с чили», сардина, скумбрия), any brand; "
           "herring snacks in tomato filling (Викинг, preserves in plastic, not canned), tomatoes in tomato sauce, "
           "canned vegetables and pet food excluded"),
    ]),
    # L24 ice cream and juice
    ("мороженое эскимо детям, сок томатный мне попить, икра кабачковая баночку мне она мягкая", [
        ("мороженое эскимо детям", {
            "pyaterochka": [],
            "magnit": ["ccb762812f", "b2a52cc7c4"],
            "dixy": [],
            "perekrestok": ["4354078", "4278655", "4130359", "4151679", "4047712", "3287145", "3371925", "4296328",
                            "2014565", "3628052", "3650693"],
        }, "ice cream of the эскимо type (on a stick) of any flavour and brand (Магнат, Как Раньше, Коровка из "
           "Кореновки, Свитлогорье, Чистая Линия, Пестравка, Milka, Lotte Мелония, Вин-Вин, Ленинградское, Сам-По); the "
           "user named the form, not a flavour; «детям» is a purpose; Lotte «Десерт Эскимо арбуз замороженный» (a "
           "frozen dessert, not ice cream), cones, cups and tubs excluded"),
        ("сок томатный мне попить", {
            "pyaterochka": ["3652920"],
            "magnit": ["9e403e69fb", "135a3b5716", "ced6e1653e", "c31db3f9e2"],
            "dixy": ["2000550671"],
            "perekrestok": ["3612826", "3649437"],
        }, "tomato juice of any brand (with or without salt/pulp, 0.2-1 l); «мне попить» is a purpose; Дикси «Нектар "
           "Любимый Томат-морская соль» (a nectar), the Айдиас «Детокс-сок томат-кинза-перец-чеснок» blend and tomatoes "
           "in tomato juice excluded"),
        ("икра кабачковая баночку мне она мягкая", {
            "pyaterochka": [],
            "magnit": ["381b954c56", "946989d11a"],
            "dixy": [],
            "perekrestok": [],
        }, "squash caviar (икра кабачковая / из кабачков: Семейные секреты 520 g, Ресторация Обломов 420 g); «баночку» "
           "is a count and «мне она мягкая» a note; aubergine and mushroom caviar, fish roe excluded; only Магнит sells "
           "it"),
    ]),
    # L25 end of the fortnight
    ("фарш индейки на тефтели, рис пропаренный на гарнир семье, сметанка 20% в тефтели, печенье сахарное к чаю", [
        ("фарш индейки на тефтели", {
            "pyaterochka": [],
            "magnit": ["b77abe71d3"],
            "dixy": [],
            "perekrestok": [],
        }, "raw turkey mince: Магнит «Фарш ИНДИЛАЙТ Классический, охлажденный, 450г» (Индилайт is a turkey brand - "
           "outside knowledge; the title does not say индейка); «на тефтели» is a purpose; turkey fillet, nuggets, "
           "sausages and other mince excluded"),
        ("рис пропаренный на гарнир семье", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000024619", "2000310624", "2000180346", "0230703063", "2000002128"],
            "perekrestok": ["3674166", "57930", "3603168", "3608320", "3469125"],
        }, "parboiled (пропаренный) rice of any brand and pack incl. boil-in-bag; «на гарнир семье» is a purpose; the "
           "Зелёная Линия parboiled-and-red rice mix, polished non-parboiled rice, Shanti «Басмати Селла» (not titled "
           "пропаренный) excluded"),
        ("сметанка 20% в тефтели", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371",
                       "1000102474", "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream of exactly 20% (any brand and pack); «сметанка» is a diminutive and «в тефтели» a purpose; "
           "10/15/25% sour cream, «сметанный» mayonnaise and snacks with sour cream excluded"),
        ("печенье сахарное к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4321922", "4152128", "4321928"],
        }, "biscuits titled «сахарное» (Пр!ст «Чайное сахарное», Зелёная Линия «Дарушка сахарное» and «злаковое "
           "сахарное»); «к чаю» is a purpose; other biscuits whose titles do not say сахарное (Юбилейное, Топлёное "
           "молоко, Гостовское, Курабье, Лимоньерки, сдобные, овсяные, сэндвич) excluded - the technological class "
           "cannot be checked from the titles"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== futNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fut\d\d ===$", line):
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
                    errors.append("fut%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fut%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fut"))
