#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xd.jsonl -- shopping lists of a young man living alone who hardly cooks,
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xd.build.py

LISTS below is literal data: 25 lists (3-4 items, 92 items) written first, before any offer was read, and
saved as fresh_basket_eval_xd.blind_lists.txt (the texts here are copied byte for byte from that file); for
every item, the product ids of every in-stock offer of each store that a reasonable shopper who wrote
exactly that item would accept.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; the note
of each item records what was accepted, what was deliberately left out and any judgement that rests on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).
The labels were made without reading or running anything of korzina.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and writes the JSONL
in the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fxd01,
fxd02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xd.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxd01
    ('пельмешки мираторг 2 пачки, сметана простоквашино 15% 300г, горчичку поострее, хлебца черного буханку', [
        ('пельмешки мираторг 2 пачки', {
            "pyaterochka": [],
            "magnit": ['feeac8f3fa', '66c111d7a2'],
            "dixy": ['2000282673'],
            "perekrestok": [],
        }, "Мираторг pelmeni of any filling (Сливочные, с мраморной говядиной, Домашние); Мираторг «Вареники с вишней» and other brands' pelmeni excluded; «2 пачки» is a quantity"),
        ('сметана простоквашино 15% 300г', {
            "pyaterochka": [],
            "magnit": ['2645f50028', '1000372785'],
            "dixy": ['2000024201'],
            "perekrestok": [],
        }, 'Простоквашино sour cream 15 % in 300 g packs; Простоквашино 15 % 180 g and «из топлёных сливок» 15 % 260 g (size), 10/20/25 % and other brands excluded; Перекрёсток has Простоквашино 15 % only as 180 g / 260 g'),
        ('горчичку поострее', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000187666', '2000531852', '2000582072', 'ЦТ0021675'],
            "perekrestok": ['21001', '21002', '2143139', '2153858', '3120635', '3135056', '3285595', '3297748', '3332502',
                            '3332503', '3333301', '3333328', '3358711', '3358713', '3372044', '3416298', '3434688', '3435016',
                            '3438145', '3456246', '3980912', '3995313', '3995314', '4149116', '4152778', '4152780', '4229364',
                            '4229365', '4268545', '4273279', '4276808', '4322908', '4337616', '4337617', '4337618', '4361055',
                            '4361056', '4361057'],
        }, 'every table mustard (Русская, столовая, дижонская, зернистая, баварская, с мёдом/хреном, fruit mustards byJam.me); «поострее» is a ranking wish, not a filter; mustard powder, mustard sauces (Heinz, Kalleh, медово-горчичный), mustard oil, «Горчичный» bread, relish and Волшебное дерево «Горчица … целая» 40 g (whole mustard seed, a spice — outside knowledge) excluded; Магнит and Пятёрочка have no mustard'),
        ('хлебца черного буханку', {
            "pyaterochka": [],
            "magnit": ['54f3720614', '6929a8d5f0', 'fb4c130c20'],
            "dixy": ['2000195093', '2000203640'],
            "perekrestok": ['2000243', '2024150', '2053660', '2060872', '3126329', '3382146', '3455614', '3455615', '3617422',
                            '3624125', '3627134', '3631465', '3634576', '3658457', '3931337', '3945535', '3953836', '3965436',
                            '3974719', '3974720', '4049144', '4074396', '4148558', '4149554', '4164733', '4276930', '4329404',
                            '4354623', '4361611', '78034786', '78034810'],
        }, '«чёрный хлеб» = rye or rye-wheat loaves: Бородинский, Дарницкий, Столичный, ржаной, ржано-пшеничный, Двинский, Даниловский, Ржаной Край, Пумперникель, Батард Ржаной; «буханку» is a quantity. Outside knowledge: Столичный, Двинский, Даниловский (Магнит «ДАНИЛОВСКИЙ зерновой») and Коломенский «Ржаной Край» are dark rye-wheat breads. Excluded: wheat breads (тостовый, горчичный, чайный, чиабатта, Геркулес), «Ароматный с изюмом», unclear Рижский Ароматный/Деревенский/Крестьянский, Боярский, Ржевский, солодовый, rye baguette with garlic, Чиабатта со ржаной мукой, wafer crispbread «Елизавета», хлебцы, гренки'),
    ]),
    # fxd02
    ('бигбон курица 3 шт, сосиски куриные подешевле, кетчупчик heinz томатный, чай lipton в пакетиках', [
        ('бигбон курица 3 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "BigBon instant noodles with chicken flavour; the only BigBon offer is Дикси «Лапша BigBon Говядина с томатным соусом» (beef — excluded); other brands' chicken noodles excluded; «3 шт» is a quantity. Missing everywhere"),
        ('сосиски куриные подешевле', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4344479', '4135356', '4332703', '4241464', '4221323', '4353596'],
        }, 'sausages whose title says they are made of chicken/poultry: Черкизово «филейные с куриной грудкой», Зелёная Линия «из грудки куриной с тыквой», «детские из мяса птицы», «из мяса птицы с моцареллой и базиликом», Папа Может «Филейные из мяса птицы», Идель «с говядиной … из мяса кур»; «подешевле» is a wish. Excluded: turkey (Индилайт, индейка), pork/mixed and unstated-meat sausages (молочные, сливочные, «Филейные» of Мясницкий ряд/Останкино/Вязанка, Царицыно «Восточные с говядиной» — the title does not say chicken)'),
        ('кетчупчик heinz томатный', {
            "pyaterochka": ['2157309'],
            "magnit": [],
            "dixy": ['2000033799', '2000538777'],
            "perekrestok": ['4116830', '4154517', '4157702', '4274973', '4295651'],
        }, "Heinz ketchup «Томатный» in any size, incl. Перекрёсток «Heinz Pikador томатный» (title names Heinz); other Heinz ketchups (Острый, Итальянский, шашлык/гриль, с чесноком), Heinz sauces, Pikador titled without Heinz (Дикси) and other brands' tomato ketchups excluded"),
        ('чай lipton в пакетиках', {
            "pyaterochka": ['510'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Lipton tea bags (Yellow Label 25×2 г); Lipton Ice Tea / «Холодный чай Lipton» bottles excluded'),
    ]),
    # fxd03
    ('пицца замороженная 4 сыра, пиво балтика семерка 4 шт, чипсы со вкусом бекона, арахис соленый жареный к пиву', [
        ('пицца замороженная 4 сыра', {
            "pyaterochka": [],
            "magnit": ['6ac714280b'],
            "dixy": [],
            "perekrestok": [],
        }, 'four-cheese pizza: Магнит «Пицца ЛА ТРАТТОРИЯ 4 сыра» (taken as frozen — outside knowledge, title does not say); Пепперони/ветчина-грибы/груша-горгонзола pizzas and «тёртый микс 4 сыра» cheese excluded'),
        ('пиво балтика семерка 4 шт', {
            "pyaterochka": [],
            "magnit": ['4b9214b25a'],
            "dixy": [],
            "perekrestok": [],
        }, 'Балтика №7 beer (Магнит «БАЛТИКА 7 светлое Экспортное» 1.3 l); «4 шт» is a quantity; Балтика Крафти and alcohol-free Балтика №0 drinks excluded'),
        ('чипсы со вкусом бекона', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'bacon-flavoured potato chips: none in the offers (the only bacon-flavoured snack is Магнит CHICO&RICO peanuts — not chips). Missing everywhere'),
        ('арахис соленый жареный к пиву', {
            "pyaterochka": [],
            "magnit": ['81631c53d8'],
            "dixy": [],
            "perekrestok": [],
        }, 'roasted salted peanuts: Магнит СЕМУШКА «жареный, соленый»; flavoured coated peanuts (CHICO&RICO бекон/сыр/Васаби/Мексика), peanuts in chocolate/sugar, seed mixes with peanuts excluded; «к пиву» is a purpose'),
    ]),
    # fxd04
    ('овсянка быстрая, молоко домик в деревне 2.5% 930мл, бананов штуки 4, кофеек якобс растворимый', [
        ('овсянка быстрая', {
            "pyaterochka": [],
            "magnit": ['2123200142', '1000155179', '1000155178', '1000206048', '1000106287', '1000535160', '1000026173',
                       '1000026174'],
            "dixy": ['2000579452', '2000538758', '2000595591', '2000600674', '2000536417', '2000604115', '2000186448',
                     '2000113479', '2000572014', '2000320771', '2000303390', '2000116559'],
            "perekrestok": ['4130513', '4130515', '3453942', '3453945', '3453946', '3480286', '3480283', '3480284', '3480288',
                            '4312717', '4312718', '4043319', '23772', '2122914', '3503161', '3451689'],
        }, 'quick oatmeal: instant porridge portions (35–41 g sachets, «моментальная», «без варки», Быстров) and oat flakes labelled quick («быстрого приготовления», «1 минута», «3-5 мин», Ясно Солнышко №1). Outside knowledge: 35–41 g flavoured oat porridges (Геркулес, Makfa, Магнит, Мистраль Черника, Первым делом), Дикси «Хлопья Быстров без варки» (Быстров is an oat-porridge brand), Organic life «Черника/Клубника/Малина» 240 г and Ясно Солнышко «клюква-яблоко» 300 г taken as instant sachet porridge. Excluded: plain Геркулес/Экстра/№2/№3/Nordic flakes (no quickness stated), Nordic «Ленивая овсянка» (overnight oats), baby porridges (Агуша, Hipp, Nestle, Gipopo, «с 6 месяцев»), ready chilled porridges (Шеф Перекрёсток), oat drinks, oat cookies'),
        ('молоко домик в деревне 2.5% 930мл', {
            "pyaterochka": [],
            "magnit": ['ef94b89629', '1000035016'],
            "dixy": [],
            "perekrestok": [],
        }, 'Домик в деревне milk 2.5 % in 930 ml packs; the 1.4 l and UHT 950 g 2.5 % packs (size), 3.2 %/3.7 %/«отборное»/безлактозное 1.8 % and other brands excluded'),
        ('бананов штуки 4', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['10E0074360'],
            "perekrestok": ['3652283', '4625', '2084703'],
        }, 'fresh bananas (incl. «Бананы Био», «Бананы красные»); «штуки 4» is a quantity; plantains «Бананы для жарки», dried bananas, banana-flavoured goods excluded'),
        ('кофеек якобс растворимый', {
            "pyaterochka": ['3372171'],
            "magnit": ['2b03c3331f', '0386d066d3', 'c862a4391a', '9e6093cedf', '405965a7e8', 'd377483cd5', '88df1b0c73',
                       '01f9dd25ee', '7ed9173039'],
            "dixy": ['2000200961'],
            "perekrestok": [],
        }, 'Jacobs instant coffee of any line (Monarch, Монарх Интенс, Голд, Милликано «растворимый с молотым»). Outside knowledge: Магнит «JACOBS Монарх Интенс, 95г» taken as instant; Дикси «Monarch Miligrano растворимый с молотым» accepted because Monarch is the Russian-market renaming of Jacobs Monarch. Excluded: ground and bean coffee (Jacobs, Monarch Original/Gold Arabica молотый), 3в1/4в1 coffee drinks'),
    ]),
    # fxd05
    ('хлопья несквик шарики, молочко 3.2 литр, йогурт питьевой только не клубничный', [
        ('хлопья несквик шарики', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Nesquik cereal balls: no Nesquik cereal in the offers (Пятёрочка NESQUIK cocoa drink excluded; Ухтышки «Шарики» are another brand). Missing everywhere'),
        ('молочко 3.2 литр', {
            "pyaterochka": [],
            "magnit": ['1000139951', '18ca387556'],
            "dixy": ['2000560951'],
            "perekrestok": [],
        }, 'cow drinking milk 3.2 % in 1 l packs (Мозырские 1 л, ЭКОНИВА 1 л, Дикси «в ассортименете 925мл/1000мл» — the offer includes the 1000 ml pack); «литр» names the pack, so 0.9–0.97 l, 1 кг, 1.4 l+ and 200–500 ml packs are excluded, as are ranges 3.2–4 %/3.2–6 %, «Для капучино» and goat/plant milks'),
        ('йогурт питьевой только не клубничный', {
            "pyaterochka": ['3159605', '3159606', '8487'],
            "magnit": ['8000033677', '8000033680', '67fc9c08f6', '1000080818', '1000094173', '1000201448', '1000201630',
                       '1000206972', '1000222957', '1000380540', '1000380541', '1000396252', '1000454041', '1000454042',
                       '1000508295', '1000508300', '1000508320', '1000562187', '1000579078', '555ec5242d', '6274db9238',
                       '7d3e9ca5eb', '8000022363', '8000028031', '8000028032', '95fea1fa6d', 'ad26a8d9c2', 'b12dce2487',
                       'dcef614113', 'e48ddbaaa1', 'ff3259caa2'],
            "dixy": ['2000033300', '2000171444', '2000326717', '2000330341', '2000424799', '2000524055', '2000524056',
                     '2000551851', '2000551852', '2000585994', '2000595652', '2000600832', '2000600833', '2000076321'],
            "perekrestok": ['4257353', '2106846', '2151254', '3398778', '3487326', '3668617', '3923785', '3989996', '4023796',
                            '4038857', '4089148', '4142668', '4142671', '4142672', '4159716', '4166345', '4235921', '4238985',
                            '4274118', '4289041', '4298987', '4300032', '4309945', '4319749', '4371732', '4378504'],
        }, "drinking yoghurt of any flavour except strawberry: titles with «питьевой»/«пит.» or sold by volume (мл; outside knowledge: yoghurts in ml bottles are drinking), children's drinking yoghurts included; also taken as drinking (outside knowledge, bottle formats): Чудо «Персик и маракуйя» 290 г, Актибио «без сахара» 260 г, Активиа «без сахара яблоко-вишня-финик» 260 г. Yoghurts whose format is unclear (ЦарКа 400 г, Вкуснотеево 280 г, Зелёная Линия 250–330 г, Киржачский 450 г, Фругурт, protein Ростагроэкспорт, Актибио 220 г, Greek yoghurts) excluded. Excluded by the negative wish: every flavour with клубника and also земляника (wild strawberry — judged the same strawberry flavour), e.g. Чудо/Активиа «Клубника-земляника», Epica «Клубника маракуйя», Хуторок «с клубникой», Растишка «Земляника», «Для всей семьи Земляника». Also excluded: goat-milk yoghurts, oat «йогурт» Velle, spoonable yoghurts"),
    ]),
    # fxd06
    ('котлеты по киевски замороженые, пюре картофельное быстрого приготовл, огурцы маринованые банка, майонезу провансаль пачку', [
        ('котлеты по киевски замороженые', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000579232'],
            "perekrestok": [],
        }, 'frozen chicken Kiev: Дикси Мираторг «По-киевски Сливочное масло и зелень» 360 г (taken as frozen — outside knowledge, the title does not say); Магнит ПЕТЕЛИНКА «охлажденные» (chilled, form written) and Перекрёсток Шеф «Котлета по-киевски с картофельным пюре» (chilled ready meal) excluded'),
        ('пюре картофельное быстрого приготовл', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000577651', '2000162971', '2000178886', 'ЦТ0023259', '2000000080'],
            "perekrestok": ['3614553', '78561'],
        }, 'instant mashed potato: Роллтон, Доширак, Пр!ст cups/sachets, Дикси «Бизнес меню» с куриным филе 110 г and Перекрёсток «Пюре Картошечка картофельное» 250 г (both taken as dry instant puree — outside knowledge). Excluded: chilled ready puree (Кунцево 240 г, Перекрёсток Select 450 г), ready meals with puree, baby purees'),
        ('огурцы маринованые банка', {
            "pyaterochka": ['3231209', '3015661'],
            "magnit": ['e8630c700b', 'adb393075f', '7c2811d92a', 'b83846e7e3', 'd77cad8396', 'ec376f9811'],
            "dixy": ['2000200415', 'T000005987', '2000208489', '2000348876', '2000180487', '2000148383'],
            "perekrestok": ['4265436', '3180523', '3662073', '4061841', '4106670', '2050041', '4367072', '4307368', '3472384',
                            '4121991', '4061853', '4379606', '3976234', '4343529', '3504166', '4078446', '3499242', '71250',
                            '2101582', '4107404', '4321954'],
        }, 'marinated cucumbers/gherkins in jars, any brand and flavour («По-берлински», «По-французски», с хреном, По-Дижонски). Outside knowledge: jarred «Корнишоны» without «маринованные» (Пятёрочка Закарпатские 720 мл, Скатерть-Самобранка 720 мл, Дядя Ваня По-французски in Магнит/Перекрёсток, Дядя Ваня По-берлински in Магнит) taken as marinated (the same products are titled «маринованные» elsewhere). Excluded: salted/barrel/малосольные cucumbers (not the form written), fresh cucumbers, cucumber-tomato assortments, Globus «с ягодами можжевельника» and Шесть соток «хрустящие» (marinade not stated), «Огурцы корнишоны, в упаковке», chips and cheese with cucumbers'),
        ('майонезу провансаль пачку', {
            "pyaterochka": [],
            "magnit": ['1000014596', '1000077733', '1000077734', '1000169172', '1000179908', '1000233673', '1000277219',
                       '1000348713', '1000356802', '1000422623', '1000498096', '1000501598', '1000554514', '1000556519',
                       '1000556520', '1000556521', '1000558908', '1728400030', '1799700138', '2c23c84574', '56ff8ec751',
                       '7a519275b4', '7d31b46ae3', '8000045827', 'd8bbb63f48', 'da818e4a20', 'ddda8365b8', 'f0f427f9d4'],
            "dixy": ['1100075125', '2000000160', '2000135999', '2000156539', '2000172969', '2000202369', '2000204803',
                     '2000429651', '2000539317', '2000570511', '2000593851', '2000602611', 'T000005518', 'ЦТ0027566',
                     'ЦТ0040573', 'ЦТ0045065'],
            "perekrestok": ['2047206', '3016147', '3029014', '3193489', '3389322', '3412258', '3419671', '3467275', '3674577',
                            '3677986', '4072721', '4105769', '4112954', '4199312', '4259097', '4259098', '4297819', '4331497',
                            '4331500', '4331515', '4331518', '4331533', '4339442', '78193'],
        }, 'mayonnaise named Провансаль, any brand, fat and size, incl. Провансаль variants (с лимонным соком, оливковый, сметанный, с маслом авокадо, «Московский провансаль» of Я люблю готовить, «Московский Провансаль Классический»); «пачку» is a quantity. Excluded: mayonnaises not named Провансаль (оливковый, на перепелином яйце, Классико, Домашний, Heinz Классический, Слобода «Московская»), the brand «Московский Провансаль» in its Домашний/Сливочный/на перепелиных яйцах variants (brand word, not the kind), майонезные соусы'),
    ]),
    # fxd07
    ('блинчики с мясом замор, сгущеночка, чаек черный листовой без добавок', [
        ('блинчики с мясом замор', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'frozen pancakes filled with meat: none in the offers; Пятёрочка Останкино «Блинчики с печенью» (liver), Цезарь «с творогом», Магнит «с ветчиной и сыром» (in-store kitchen, ham), С ПЫЛУ С ЖАРУ клубника/вишня, Перекрёсток Шеф «с творогом» and pancake flour excluded. Missing everywhere'),
        ('сгущеночка', {
            "pyaterochka": [],
            "magnit": ['1000564283', '8000034052', 'cc9252c04f', '1000003186', '1000427075', 'be9bed5042', '66294fd8e5',
                       'dedd707721', '1000129520', '1000383833'],
            "dixy": ['2000165425', 'T000025031', '2000309566', '2000186451', '2000014518'],
            "perekrestok": ['4218934', '3484257', '2123014', '3491930', '3376242', '4147345', '3913111', '4211054'],
        }, 'sweetened condensed milk (цельное сгущённое с сахаром 8.5 %, any size, incl. Пр!ст 1 % and Алексеевское/Рогачевъ «цельное 8.5 %» without «с сахаром» — the classic sweetened product); boiled condensed milk (варёная), «с кофе», «вкус печенье», Моя цена «Продукт молочный Сгущенка» (not milk) and sweets/ice cream with сгущёнка excluded'),
        ('чаек черный листовой без добавок', {
            "pyaterochka": ['2049940', '3380940', '3380950', '55923'],
            "magnit": ['03fb2db2be', '278651b790', '4720a7f85f', '65054e7b15', '6cfa07362e', '6e48f23b2b', '8cdd8e4398',
                       '913e5216b1', 'a510289c84', 'bdf50ca6e6', 'c8696b4f23', 'cbfbcf3730', 'd19e923d5f', 'd35e2f82d3',
                       'd7f2406271', 'e5f644b54b', 'f2c67c596a', 'f619b0597f', 'fdaeb671e9', 'fe3343d282'],
            "dixy": ['2000203431', '2000361849', 'DI00080603'],
            "perekrestok": ['2049940', '3439925', '3440336', '3506750', '3605415', '3636930', '4131561'],
        }, 'plain loose black tea (Цейлон, Ассам, Кения, Английский завтрак, Пекое, Грузинский, Азерчай Ленкорань/Букет, Майский); loose packs without «листовой» (Dilmah, Ahmad, Принцесса Нури/Канди, Akbar Gold, Kensington) taken as leaf tea (outside knowledge). Excluded by «без добавок»: Earl/Lord Grey, бергамот, чабрец, смородина, земляника со сливками, вишня, fruit and herbal blends (Tess, Basilur, Befruitbe, FruTea, «Добрый вечер», Sun Field со смородиной), Richman «Оранж Пекое» (bergamot aroma per the Перекрёсток title) and Kensington «Secret Garden» (flavour unclear); tea bags/pyramids, green, herbal and iced tea excluded'),
    ]),
    # fxd08
    ('порошок tide автомат 3 кг для белого, кондер для белья lenor, мешки для мусора 60 л прочные, губочки для посуды поролоновые', [
        ('порошок tide автомат 3 кг для белого', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Tide automatic powder for whites in a 3 kg pack: the offers hold only Tide Колор 2.5 kg, «детский колор» 2.4 kg, «Автомат Детский» 2.4 kg (size), Tide gel and capsules. Missing everywhere'),
        ('кондер для белья lenor', {
            "pyaterochka": ['70980'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Lenor fabric conditioner (Пятёрочка «скандинавская весна» 2 л); Магнит ARIEL powder «Ленор фреш» excluded'),
        ('мешки для мусора 60 л прочные', {
            "pyaterochka": [],
            "magnit": ['bf68e14036'],
            "dixy": [],
            "perekrestok": [],
        }, '60 l bin bags (Магнит НУЖНЫЕ ВЕЩИ «Био ушки» 60 л 20 шт); «прочные» is a quality wish, not a filter'),
        ('губочки для посуды поролоновые', {
            "pyaterochka": [],
            "magnit": ['0c37e6092e'],
            "dixy": [],
            "perekrestok": [],
        }, 'dish sponges: Магнит НУЖНЫЕ ВЕЩИ «Губки для посуды Макси» 5 шт, taken as foam (поролон) sponges — outside knowledge, the title does not say; a shoe sponge excluded'),
    ]),
    # fxd09
    ('туалетку 3х слойную 8 рул, мыльце жидкое с дозатором любое, зубную пасту splat отбеливающую, щетка зубная средняя', [
        ('туалетку 3х слойную 8 рул', {
            "pyaterochka": [],
            "magnit": ['9a0bd598be', '6189f05c16'],
            "dixy": [],
            "perekrestok": ['75364'],
        }, '3-ply toilet paper in packs of 8 rolls (SOFFIONE Премио incl. «лаванда», Zewa Deluxe Персик 8 шт); the count names the pack, so 3-ply packs of 4/6/12 rolls, 2-ply and 4-ply packs and wet toilet paper excluded'),
        ('мыльце жидкое с дозатором любое', {
            "pyaterochka": [],
            "magnit": ['05b54fbbbb', '0950efec36', '0cb75b0290', '195c09bcbd', '1f41be18d5', '2539c26fd9', '2d8d4f118f',
                       '314189cc1c', '395d3dc41c', '5c167bfb88', '627234dc4a', '6cb0cbb9b8', '71857a9509', '88aee1bd17',
                       'a83d606130', 'ab93591c26', 'aedf77402b', 'af1a4a2fd7', 'bbf17b51de', 'c2cd737592', 'e70ce68862',
                       'ece4ff1781', 'ef11e1d9b0', 'f86784dad8', 'fcb39eaa2b'],
            "dixy": ['2000343460', '2000448582', '2000575551', '2000605355', '2000605356', 'ЦТ0041378'],
            "perekrestok": ['3670708', '4201031', '4201033', '4250593', '4276537', '4347139'],
        }, "any liquid hand soap / liquid cream-soap sold by volume (incl. «Ж/мыло», foam soap МИЛАНА, children's Baby Boom; «любое» is no filter). The dispenser cannot be checked from the titles, so bottles are accepted unless the title shows a refill: Пятёрочка Palmolive «ЗАП.» (запаска) and the Synergetic 3.5 l canister are excluded; bar soap excluded"),
        ('зубную пасту splat отбеливающую', {
            "pyaterochka": [],
            "magnit": ['5c5da323dc', '8c74c7a89c', '05bcdac370'],
            "dixy": [],
            "perekrestok": [],
        }, "SPLAT whitening toothpaste: Professional «Отбеливание Плюс» 40 мл, Daily «Whitening, отбеливающая», Профешнл «Сенситив Уайт» (white = whitening, outside knowledge); other SPLAT pastes (Complex, Super Fresh, Биокальций, Ликвум-гель, Сенситив Ультра, children's), SPLAT rinses and floss excluded"),
        ('щетка зубная средняя', {
            "pyaterochka": [],
            "magnit": ['8be958bc76', '30fbe9d778', '164c85cff8', 'a6f0ee3a9f', 'cb1059cff8', '3f23977f6d', 'e1ec979e32',
                       'f9252d0683', '98a81e3790', 'e69a2c0e97', '6d7d415d16'],
            "dixy": ['2000088859'],
            "perekrestok": [],
        }, "toothbrushes of medium stiffness (средняя/средней жесткости/Medium/«ср/жестк»); hard (жёсткая/Смокерс), children's and brushes without a stated stiffness (Oral-B 3-Д Вайт Люкс) excluded"),
    ]),
    # fxd10
    ('энергетик какой нибудь, сникерс пару штук, черноголовка лимонад 1л, семечки от мартина большая пачка', [
        ('энергетик какой нибудь', {
            "pyaterochka": [],
            "magnit": ['f4ace401d4', '81c81e1a31', '6c553cceef', '4178214af4', 'fa27f4c150', 'b332431eca', 'eaee7b7235',
                       'd14454fd02', '40ecd31c9e'],
            "dixy": ['2000600293', '2000600292', '2000565672', '2000572753', '2000542794', '2000529079', '2000268262',
                     '2000291275', '2000291276', '2000603931', '2000595892', '2000596692'],
            "perekrestok": ['4229369', '4199222', '4363397', '4206324', '4274186', '4315389', '3503452', '2119252', '3173468'],
        }, 'every energy drink (Burn, Red Bull, Adrenaline, Gorilla, Drango, Tornado, Volt, E-ON, Lit Energy, Flash Up, X-Turbo «тонизирующий»); «какой нибудь» is no filter; energy candies, kombucha «energy», J7 Energy juice drink and Active Energy kefir cocktail excluded'),
        ('сникерс пару штук', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000348756', 'DI00078665', '2000189225'],
            "perekrestok": [],
        }, 'Snickers chocolate bars of any variant (Super, с миндалем, Пломбир); «пару штук» is a quantity. Excluded: bags of Snickers Minis (Пятёрочка 1 кг, Магнит «Конфеты СНИКЕРС минис» 100 г — mini candies, not the bar) and Snickers ice cream'),
        ('черноголовка лимонад 1л', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Черноголовка classic «Лимонад» in 1 l: as in fresh_basket_eval_d a brand + «лимонад» means the classic flavour; Перекрёсток has Черноголовка 1 l only as Байкал, Буратино, Дюшес, Тархун, «Лимонный Пунш» and «Лимон Лайм» (other flavours) and Магнит only 0.5 l bottles (Кола, Байкал, мандарин, «Оригинальный»); other brands' lemonades excluded. Missing everywhere"),
        ('семечки от мартина большая пачка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000540213', '2000196729'],
            "perekrestok": ['4280034', '4280033', '3403508', '3669391', '3669122', '3624461', '3630849', '3669392'],
        }, 'От Мартина sunflower seeds in the big packs (200 g and more: 200/300/500 g), any variety; «большая пачка» read as excluding the standard 100 g and the 150 g packs; pumpkin seeds excluded (семечки = sunflower)'),
    ]),
    # fxd11
    ('хлопья кукурузные с сахаром, молоко без лактозы 1.5% литр, мюсли без сахара и без изюма, кефир или ряженка', [
        ('хлопья кукурузные с сахаром', {
            "pyaterochka": [],
            "magnit": ['d3e5f54fa9'],
            "dixy": [],
            "perekrestok": [],
        }, 'sugar-glazed corn flakes: Магнит Кузя Лакомкин «глазированные» (glazed = sugar-coated, outside knowledge); honey flakes (медовые/с медом, Extra Golden с корицей и медом), plain Любятово flakes, multigrain flakes and coloured rings excluded'),
        ('молоко без лактозы 1.5% литр', {
            "pyaterochka": ['3146538'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'lactose-free milk 1.5 % in 1 l: Пятёрочка VALIO ZERO LACTOSE 1,5 % 1 л; Parmalat and Домик в деревне lactose-free milks are 1.8 % (fat must match), Аммм is 3.2 % baby milk'),
        ('мюсли без сахара и без изюма', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'muesli whose title says it has no sugar (and no raisins): none; Магнит ОГО «с тропическими фруктами» (sugar not stated as absent), granolas, muesli bars and yoghurts with muesli excluded. Missing everywhere'),
        ('кефир или ряженка', {
            "pyaterochka": ['3433425'],
            "magnit": ['1000139426', '1000143510', '1000166736', '1000307731', '1000348552', '1000350608', '1000350609',
                       '1000371474', '1000385205', '1000439735', '1000439736', '1000451590', '1000451591', '1000451592',
                       '1000531928', '1000563708', '1899800689', '1899800795', '1899911984', '1899912534', '37f16272a7',
                       '48045cf20b', '610b0779be', '790e8c96de', '8000033639', '9cbe548621'],
            "dixy": ['2000166045', '2000208649', '2000227476', '2000253973', '2000313789', '2000331970', '2000536771',
                     '2000543673', '2000560239', '2000560991', '2000587052', '2000587053', 'DI00081047', 'ЦТ0028202'],
            "perekrestok": ['18510', '2083868', '2084558', '2093082', '2173827', '3352331', '3386041', '3429041', '3433425',
                            '3467794', '3467795', '3491537', '3604602', '3604726', '3636340', '3668693', '3682461', '3922310',
                            '4045978', '4109799', '4137919', '4153932', '4159752', '4173940', '4174038', '4198906', '4229630',
                            '4230794', '4233125', '4242643', '4245052', '4252382', '4252383', '4255904', '4263416', '4263418',
                            '4280483', '4280893', '4302774', '4318914', '4328084', '4334308', '97452'],
        }, "either alternative: plain kefir of any fat and size (incl. биокефир, термостатный, children's Агуша) or plain ряженка (incl. термостатная, children's Агуша 3.2 %). Excluded: «биокефирный/кефирный продукт», Bio Баланс «биопродукт кефирный», кефирный коктейль, flavoured ryazhenka (клубника, груша, малина, печёное яблоко, банан-карамель, курага-чернослив), bread «на кефире» and shashlik «в кефире»"),
    ]),
    # fxd12
    ('сырки глазированые б.ю. александров, творог 9% в брикете, печеньки овсяные с изюмчиком, какао несквик растворимый', [
        ('сырки глазированые б.ю. александров', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Б.Ю. Александров glazed curd bars: none; the only Б.Ю. Александров offer is Пятёрочка «Масса ОСОБАЯ 23% с изюмом» (curd mass, not a glazed сырок); other brands' glazed сырки and Пр!ст «Александровские» sweets excluded. Missing everywhere"),
        ('творог 9% в брикете', {
            "pyaterochka": [],
            "magnit": ['3d536f7add', '93ff6e854f', '18fc386178', '57c16fad2a', '1000386975', '0cfee9df84', '1000122024',
                       '1000530486', '1000426470', '1000448252'],
            "dixy": ['2000423589', '2000567931', '2000566980', '2000266304', '2000569975', '2000568076', '2000280850'],
            "perekrestok": ['4249286', '4249279', '4153929', '4129495', '4299497', '3192865', '3487310'],
        }, "plain cottage cheese 9 %; the pack form is not in most titles, so every 9 % творог is accepted except those whose title names another form: «рассыпчатый» (tubs), «пластовой» and Зелёная Линия «Зернышко» (granular); children's/flavoured curds and other fat levels excluded"),
        ('печеньки овсяные с изюмчиком', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000255652'],
            "perekrestok": ['3639545', '3901906', '2023502', '4284222', '4185824', '3035354'],
        }, 'oat cookies with raisins (Посиделкино «с изюмом»/«с цельным изюмом», Кухмастер, Полёт, Маркет «с изюмом»); Перекрёсток «Изюминка овсяное» (Маркет 300 г and by weight) taken as raisin cookies from the name — outside knowledge. Plain, chocolate-chip, apple, cranberry, glazed, protein and sugar-free oat cookies excluded'),
        ('какао несквик растворимый', {
            "pyaterochka": ['3420547'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Nesquik instant cocoa drink (Пятёрочка «NESQUIK Напиток быстрораств. с какао» 500 г); other cocoa brands (Чукка, Золотой ярлык, Хрутка, Скрепыши) excluded'),
    ]),
    # fxd13
    ('наггетсы куриные замороженые, картошка фри в духовку, сырный соус к наггетсам, пепси литровую', [
        ('наггетсы куриные замороженые', {
            "pyaterochka": [],
            "magnit": ['fd1fdcfdd7', 'a36ebb7d8a'],
            "dixy": [],
            "perekrestok": [],
        }, 'chicken nuggets: Магнит Мираторг «Хрустящие» and Золотой Петушок «традиционные» 300 г (taken as frozen — outside knowledge, as in fresh_basket_eval_zh); Индилайт turkey nuggets excluded'),
        ('картошка фри в духовку', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000553851'],
            "perekrestok": ['4326042', '3489169'],
        }, 'frozen French fries: Дикси «Картофель фри „И зимой И летом“» 700 г (taken as frozen), Перекрёсток «Картофель Фри замороженный Маркет» and «Картофель фри дольки быстрозамороженные»; «в духовку» is a purpose, not a filter. Пр!ст «Картофель резаный быстрозамороженный» (not titled фри), chips and ready potato dishes excluded'),
        ('сырный соус к наггетсам', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000167842', '2000158954'],
            "perekrestok": ['4372003'],
        }, 'cheese sauces: Heinz «Сырный», Astoria «майонезный Сырный», Перекрёсток Select «Соус Сырный майонезный» 35 г; «к наггетсам» is a purpose; dishes «в сырном соусе» and Cheetos «Сыр/Кетчуп» excluded'),
        ('пепси литровую', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Pepsi in 1 l bottles: the only Pepsi offer is Пятёрочка «PEPSI DARK VANILLA» 0.5 л (size); Evervess (PepsiCo) is another drink. Missing everywhere'),
    ]),
    # fxd14
    ('гель для стирки персил для цветного, пятновыводитель ваниш для белого, белизна отбеливатель хлорный', [
        ('гель для стирки персил для цветного', {
            "pyaterochka": [],
            "magnit": ['9906e11821', '977db1793a', '66bfaeda5d', '7d313765a5'],
            "dixy": [],
            "perekrestok": [],
        }, 'Persil laundry gel «Колор» (780 мл, 2.92 л, 2×1.95 л, «20 стирок»); Persil gels Пауэр/Премиум/plain/«Свежесть от Вернель» (not for colours), Persil capsules and powders excluded'),
        ('пятновыводитель ваниш для белого', {
            "pyaterochka": [],
            "magnit": ['ac176ffbd4'],
            "dixy": [],
            "perekrestok": [],
        }, 'Vanish stain remover usable for whites: Магнит VANISH OXI ACTION «для цветного и белого белья» 450 мл; Vanish «для цветных тканей» (colours only), Vanish carpet cleaners and other brands excluded'),
        ('белизна отбеливатель хлорный', {
            "pyaterochka": ['3413434'],
            "magnit": ['2de571f286'],
            "dixy": [],
            "perekrestok": [],
        }, 'chlorine bleach: Пятёрочка Sanfor «гель белизна 3в1» and Магнит ACE «Гель, автомат» 1 л (both taken as hypochlorite bleaches — outside knowledge, the titles do not say «хлор»). Excluded: oxygen bleaches (ACE Окси, Synergetic «без хлора», Synergetic Эко), Domestos/Bref toilet cleaners, whitening toothpastes'),
    ]),
    # fxd15
    ('пена для бритья gillette для чувствительной, кассеты для бритвы, дезик олд спайс стик, лосьон после бритья нивея', [
        ('пена для бритья gillette для чувствительной', {
            "pyaterochka": [],
            "magnit": ['0f38a051dc'],
            "dixy": [],
            "perekrestok": [],
        }, "Gillette shaving foam for sensitive skin (Магнит «Пена для бритья GILLETTE Сириес для чувствительной кожи» 250 мл); Gillette shaving gels (form), other brands' foams excluded"),
        ('кассеты для бритвы', {
            "pyaterochka": [],
            "magnit": ['1e2d13bc19', '8af7d03cf7', '9364499c71', 'a095a06b85', 'eac2ec373d', '1ca2e9edbd', 'fbda4e2ae4',
                       '5056eef91f', 'a0eadaf7bb', '8eee0325d9', 'e5d41154b1', 'ce638c88f1', '4e49fc7dc8'],
            "dixy": [],
            "perekrestok": [],
        }, "replacement razor cartridges of any brand (Gillette Мак3/Фьюжн, BIC Флекс 3/5 Гибрид «картриджи», Дорко, Zollider Урбан, also women's Venus Эмбрейс and Дорко женские — no gender written). Excluded: razors/handles sold with cassettes (Станок … 2/4 кассеты, Бритва … с 1 кассетой), disposable razors, water-filter «кассеты»"),
        ('дезик олд спайс стик', {
            "pyaterochka": [],
            "magnit": ['6f7ff2ed84', 'fba0755218', '717ed1b534'],
            "dixy": [],
            "perekrestok": [],
        }, 'Old Spice solid/stick deodorants (Вайт Вотер твердый, Вольфторн твердый, Каптейн стик); the Old Spice 150 ml aerosol (form), Old Spice shower gels and shampoo excluded'),
        ('лосьон после бритья нивея', {
            "pyaterochka": [],
            "magnit": ['abdd07e57f', 'b987058dee', '4ecd0fd498', 'b34974e412', 'e473f5b243', '5e70614974'],
            "dixy": [],
            "perekrestok": [],
        }, "NIVEA after-shave lotions (any line); NIVEA after-shave balms (бальзам ≠ лосьон), shaving gels/foams and other brands' lotions excluded"),
    ]),
    # fxd16
    ('минералка с газом 1.5 литра, вода 5л подешевле, сок вишневый хороший', [
        ('минералка с газом 1.5 литра', {
            "pyaterochka": [],
            "magnit": ['2132714cae', '9d46fc2eab'],
            "dixy": ['2000015389', 'ЦТ0043947', '2000222632', '2000572194', '2000163846', '2000206433', '2000601312',
                     '2000601311', '2000599872'],
            "perekrestok": ['88995', '74767', '3485716', '2083111', '2103221', '2029732', '2075986', '4250375'],
        }, 'sparkling mineral water (title «минеральная»/«лечебно-столовая» or a mineral spring: Ессентуки, Аш-Тау, Славяновская) in 1.5 l. Outside knowledge: Ессентуки (№4, «целебная», Галерея источников №4/№17), Aqua bene Славяновская, Дикси Аш-Тау and Кувака are sold carbonated although the titles do not say. Excluded: still mineral waters, sparkling «питьевая» (non-mineral) waters (Святой источник, Магнит, Сенежская питьевая, Легенда гор питьевая, Маркет, Мензелинка, Первым делом) — «минералка» read as mineral water —, Боржоми 1.25 l and 0.45/0.5 l bottles (size)'),
        ('вода 5л подешевле', {
            "pyaterochka": [],
            "magnit": ['7f00277465', 'daea15c2c5', 'c0d204fa30'],
            "dixy": ['2000337258', '2000264455', '2000311289', '2000145479', '2000601611'],
            "perekrestok": ['2504', '3462773', '3217460', '4264399', '3674373', '3373718', '43693', '4263871', '4231308'],
        }, "drinking water in 5 l bottles (incl. «с тарой» and children's waters ФрутоНяня, Аквалайн «Для ляль», Черноголовка Бэйби, Кидси — still water all the same); «подешевле» is a wish; smaller bottles (size) excluded"),
        ('сок вишневый хороший', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-fruit cherry juice: none — the offers hold only cherry nectars (БАРИНОФФ, Рич), mixed juices/nectars (яблоко-вишня, груша-рябина-вишня), children's apple-cherry juices and cherry soft drinks, all excluded (as in real_basket_eval: nectars and multi-fruit juices are not «сок» of the fruit); «хороший» is a wish. Missing everywhere"),
    ]),
    # fxd17
    ('колбаса докторская вязанка подешевле, сыр нарезка ломтики, батон нарезной половинку, масло сливочное 82.5 180г', [
        ('колбаса докторская вязанка подешевле', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Вязанка «Докторская» boiled sausage: none — Вязанка sells here only Классическая, Молочная, Филейская sausages, Столичная ham and сосиски, and the Докторская offers are of other brands (Дымов, Клинский, МД Бородина, Велком, Черкизово…), all excluded since the brand is written; «подешевле» is a wish. Missing everywhere'),
        ('сыр нарезка ломтики', {
            "pyaterochka": ['3388814'],
            "magnit": ['8000046709', '1000500635', 'bb94e30976', 'e2a74deed4', 'be2dd7f6c8', '1b8b3c9113', 'ca5cdad8ff',
                       '1000278400', '8000046707', '8000076647', '1000318957', '1000452314', '31ddd058b1', '8000072121',
                       '1000560446'],
            "dixy": ['2000365650', '2000557451'],
            "perekrestok": ['4353317', '3500347', '4274229', '3501004', '4003953'],
        }, 'sliced real cheese of any kind (нарезка/ломтики/слайсы: Брест-Литовск, Маасдам, Гауда, Тильзитер, Чеддер, Российский, лёгкий, flavoured Oldenburger, protein Oldenburger); processed Hochland «Гриль Чиз ломтики» and cheeses sold in a block or by weight excluded'),
        ('батон нарезной половинку', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4102687'],
        }, '«Нарезной» loaf as a half: Перекрёсток «Батон Нарезной нарезанный Маркет» 190 г (taken as a half loaf — outside knowledge: half of the standard ~380–400 g нарезной); whole Нарезной loaves (Коломенское 400 г, Пр!ст 300 г, Маркет улучшенный 330 г) excluded because «половинку» names the pack; other batons (Молочный, Отрубной, Утренний, Горчичный, Зерновой, Новый, к завтраку) excluded'),
        ('масло сливочное 82.5 180г', {
            "pyaterochka": ['3026226'],
            "magnit": ['6b22928df7', '1000084229', '1000312970', '1000026602', '1000458136', '86326346d1', '1000433642',
                       '1000151122', '8000045816', '1000070643', '1899900309'],
            "dixy": ['2000186964', '2000588791', 'DI00080070', '2000602271', '2000605413', '10J0079578'],
            "perekrestok": ['3654551', '3999749', '3413519', '3643092', '34890', '4260609', '3026226', '4113532', '3434127',
                            '86149', '3369241', '3698785', '3287314', '3396544', '3657363', '4292462', '4135603'],
        }, 'butter 82.5 % in 180 g packs (сливочное/сладко-сливочное, any brand); 82 % butters (the written 82.5 must match), other sizes (150/160/175/200/340/360/400 g) and oils excluded'),
    ]),
    # fxd18
    ('чебуреки замороженные, манты с мясом, хинкалишки, сметанки 20 процентов', [
        ('чебуреки замороженные', {
            "pyaterochka": [],
            "magnit": ['79b88187a6', '6f67dec2f2'],
            "dixy": [],
            "perekrestok": [],
        }, 'frozen chebureki: Магнит ГОРЯЧАЯ ШТУЧКА «со свининой и говядиной» 360 г and ЖАРЕНКИ «Вкусный, с мясом» 85 г (both frozen convenience products — outside knowledge, the titles do not say)'),
        ('манты с мясом', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'meat manty: none in the offers (the «мант» stem matches only a shower gel «Романтик»). Missing everywhere'),
        ('хинкалишки', {
            "pyaterochka": [],
            "magnit": ['15185d0608'],
            "dixy": [],
            "perekrestok": [],
        }, 'khinkali: Магнит МИРАТОРГ «Хинкали По-грузински» 800 г'),
        ('сметанки 20 процентов', {
            "pyaterochka": [],
            "magnit": ['1000102474', '1000203662', '1000237596', '1000429067', '1000461809', '1000574404', '1000574405',
                       '1899913371', '30145abd36', '4221528ef6'],
            "dixy": ['2000166052', '2000220966', '2000276139', '2000411407', '2000509714', '2000509715', '2000544033'],
            "perekrestok": ['3166306', '3181748', '3629029', '3632834', '4072176', '4087849', '4095524', '4221355', '4229625',
                            '4241375', '4250761', '4320002', '4376610'],
        }, 'sour cream 20 %, any brand and size; 10/15/25/30 % sour creams, «сметанный» mayonnaise and sour-cream-flavoured snacks excluded'),
    ]),
    # fxd19
    ('голубцы готовые, котлеты куриные домашние, греча в пакетиках для варки, лаваш тонкий армянский 2 упаковки', [
        ('голубцы готовые', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4309076'],
        }, 'ready cabbage rolls: Перекрёсток Шеф «Ленивый голубец с картофельным пюре» 250 г (a ready golubets meal — lazy golubtsy accepted as golubtsy, the garnish does not change the dish); nothing else titled голубцы in the offers'),
        ('котлеты куриные домашние', {
            "pyaterochka": [],
            "magnit": ['8706d861f4', '910795c409', '6d3237607a'],
            "dixy": [],
            "perekrestok": ['4285026', '4265774'],
        }, 'chicken cutlets, raw or cooked: Магнит Ложкаревъ «куриные в панировке», Первая свежесть «СЛИВОЧНЫЕ … куриные», НАША ПТИЧКА «рубленые по-французски» (a poultry brand — outside knowledge), Перекрёсток «Котлета из филе курицы рубленая жареная» and Шеф «Котлета куриная со шпинатом и картофельным пюре» (ready meal built on the cutlet); «домашние» read as a home-style wish, not a filter. Excluded: chicken Kiev (по-киевски, де-воляй — a different dish), turkey/beef cutlets, potato cutlets Бериложка, Перекрёсток «Котлеты домашние» (meat not stated), Магнит «ЛЮКС» (meat not stated)'),
        ('греча в пакетиках для варки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000272542'],
            "perekrestok": ['4061364', '3493533'],
        }, 'buckwheat in boil-in bags (Увелка 5×80 г and Экстра 8×80 г, Аривера «в варочных пакетах» 500 г); loose buckwheat, buckwheat noodles and porridges excluded'),
        ('лаваш тонкий армянский 2 упаковки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4199211', '4361122'],
        }, 'thin Armenian lavash (Маркет «Армянский» 200 г — Armenian lavash is the thin kind —, Коломенский «Армянский тонкий»); «2 упаковки» is a quantity'),
    ]),
    # fxd20
    ('лазанья замороженная, салатик цезарь готовый с курицей, морс клюквенный литр', [
        ('лазанья замороженная', {
            "pyaterochka": [],
            "magnit": ['c335fc8326'],
            "dixy": [],
            "perekrestok": [],
        }, 'frozen lasagne: Магнит ЗОЛОТОЙ ПЕТУШОК «Лазанья мясная» 370 г (a frozen ready meal — outside knowledge); dry lasagne sheets (Маркет) excluded'),
        ('салатик цезарь готовый с курицей', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'ready Caesar salad with chicken: none; Перекрёсток «Сэндвич-ролл цезарь с креветками» and other ready salads (Оливье, Мимоза, Крабовый…) excluded. Missing everywhere'),
        ('морс клюквенный литр', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'cranberry mors in 1 l: none — Finnmors «Клюква» comes in 1.5 l and 0.5 l (size), Любимый/Добрый are grape-cranberry and J7 a mixed-berry mors, Зелёная Линия a 0.51 l «напиток морсовый». Missing everywhere'),
    ]),
    # fxd21
    ('сухарики с беконом, семки жареные большие, пиво безалкогольное бутылка, воблу сушеную', [
        ('сухарики с беконом', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'bacon-flavoured croutons: none in the offers. Missing everywhere'),
        ('семки жареные большие', {
            "pyaterochka": ['a42f313fd4'],
            "magnit": ['166510f6cc', '5cbde10c7f', '83a6516715', 'a9efec4e65', 'c07c5cf8b5', 'f87f37880a'],
            "dixy": ['2000151864', '2000196729', '2000228392', '2000277205', '2000282287', '2000285542', '2000300666',
                     '2000433743', '2000540213', '2000562834'],
            "perekrestok": ['3014404', '3072541', '3248290', '3248291', '3276166', '3276168', '3331102', '3338822', '3348828',
                            '3358404', '3360327', '3403508', '3444686', '3449918', '3469303', '3473272', '3473273', '3613320',
                            '3619418', '3624461', '3630849', '3642467', '3652924', '3661124', '3664432', '3669122', '3669391',
                            '3669392', '3671291', '3674375', '3677347', '3695680', '3916662', '4004281', '4066289', '4132783',
                            '4260366', '4280033', '4280034', '85158'],
        }, "in-shell sunflower seeds, any brand; packaged seeds without «жареные» in the title taken as roasted (outside knowledge: raw seeds would say сырые/сушёные); «большие» read as a vague wish (neither a pack size nor a stated variety), so not a filter. Excluded: pumpkin seeds, shelled kernels («очищенные», ядра OP'N'GO), the seed-and-peanut mix, sunflower oil"),
        ('пиво безалкогольное бутылка', {
            "pyaterochka": [],
            "magnit": ['58f80cdc50'],
            "dixy": [],
            "perekrestok": [],
        }, 'alcohol-free beer: Магнит «Пиво СТЕЛЛА АРТУА светлое безалкогольное» 0.45 л (container not stated; taken as a bottle). Flavoured alcohol-free beer drinks (Amstel лайм-мята/малина-лайм/апельсин, Балтика №0 малина/гранат, Hollandia малина-мята) excluded as in real_basket_eval («пиво» is not a flavoured beer drink)'),
        ('воблу сушеную', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'dried vobla (roach): none; dried горбуша «соломка» and «Рыбка янтарная» (other fish) excluded. Missing everywhere'),
    ]),
    # fxd22
    ('мороженое пломбир в вафельном стаканчике без добавок, печенье юбилейное к чаю любое, чай зеленый в пакетах', [
        ('мороженое пломбир в вафельном стаканчике без добавок', {
            "pyaterochka": ['3603591'],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4208997', '4289045', '3603591', '4035404', '3370940', '3371923', '4152236', '4053323'],
        }, 'plain (vanilla/classic) plombir in a waffle cup; titles saying only «стаканчик» (Вологодский Пломбир — the same product Пятёрочка titles «в вафельном стаканчике» —, Гостовский, Как Раньше, Коровка из Кореновки, Талицкое) taken as waffle cups (outside knowledge). Excluded by «без добавок»: with варёная сгущёнка, изюм, шоколадная крошка, арбуз, фисташка, черника; also Чистая Линия «Радуга» (unclear), non-plombir ice creams (Ирбитское сливочное, Первым Делом ванильное 4 %) and the frozen parfait dessert'),
        ('печенье юбилейное к чаю любое', {
            "pyaterochka": [],
            "magnit": ['4ecdd613ad', '23c5c2875e', '68b382d22e', '858769ffec'],
            "dixy": ['2000535032'],
            "perekrestok": [],
        }, 'Юбилейное cookies of any kind (традиционное, молочное, с глазурью, овсяное); «любое» is no filter, «к чаю» a purpose; Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» coffee excluded'),
        ('чай зеленый в пакетах', {
            "pyaterochka": [],
            "magnit": ['b4e965a022', 'e1b666c6ef', '5a597956f8', '9b8c0d1f0d', '8ec1c56fe5', 'c86aab1a9b', '45d9a874e0',
                       'b80010aff6', '49ba4f9607', '80d9ad34a0', '3cbdd6886d', '5f006c6421'],
            "dixy": ['2000337169'],
            "perekrestok": ['4317677', '4105406', '3472463', '2133950'],
        }, 'green tea in bags or pyramids, any flavour (Ahmad, Kensington, Tess Лайм/Флирт/Джинджер Мохито/Гет Детокс, Кёртис, Принцесса Ява, Richard Дижестив green blend); loose green tea (Ahmad байховый 100 г, Tess Лайм листовой, INDU, Befruitbe), black tea with green (HILLTOP 1001 ночь) and iced green tea excluded'),
    ]),
    # fxd23
    ('ср-во для посуды фейри, бумажные полотенца 2 рулона побольше, влажные салфетки антибактериальные для рук', [
        ('ср-во для посуды фейри', {
            "pyaterochka": [],
            "magnit": ['d076c21852', '186ff3d636', '4cf63843e3', 'a401696a68', '514b218200', 'a8a6d84ae6', 'b3ebaa28e5',
                       '8d877b13ce', 'bbb10983dd', 'd0bd1a2d49', '551d8403a9', 'df2c291ad1', '7c5bd74e06'],
            "dixy": ['2000517533', '2000265727', '2000274013', '2000591971', '2000371202'],
            "perekrestok": ['4141118', '4011474'],
        }, 'Fairy washing-up liquid of any scent and size (Сочный лимон, Platinum, Pure&Clean, Нежные руки…); Fairy dishwasher tablets «All in 1»/«Все в 1» excluded'),
        ('бумажные полотенца 2 рулона побольше', {
            "pyaterochka": [],
            "magnit": ['4079668ed1', '1782e40b42', '16ad542324', '32a9e59c4b', '2616a9cbe3'],
            "dixy": [],
            "perekrestok": [],
        }, 'paper towels in packs of 2 rolls (Papia Decor, Софт Люкс, Зева Премиум Декор, SOFFIONE Дольче густо/Меню); «побольше» is a wish; SOFFIONE Maxi 1 roll and Зева 4 rolls excluded (the count names the pack)'),
        ('влажные салфетки антибактериальные для рук', {
            "pyaterochka": [],
            "magnit": ['337392b1b2', '9022eaa3a8', '73ec40a66f'],
            "dixy": [],
            "perekrestok": [],
        }, "antibacterial wet wipes (La Fresh 120 шт, Аура 20 шт, Салфети 72 шт); «для рук» is a purpose these wipes serve; surface wipes (Aura Pro Expert), children's, universal, scented and intimate wipes excluded"),
    ]),
    # fxd24
    ('шампунь 2в1 мужской, гель для душа мужской с ментолом, зубная нить', [
        ('шампунь 2в1 мужской', {
            "pyaterochka": ['3011966'],
            "magnit": ['f4f55309dc', '8e0a633d30', 'ae24cd3ee0', '30b37b9eaf', '622c84ff19', 'e300bac7aa'],
            "dixy": [],
            "perekrestok": [],
        }, "men's 2-in-1 shampoos: ECOLATIER «Гель для душа и шампунь 2 в 1 мужской», Палмолив Мен «Гель для душа и шампунь» (a 2-in-1 by its name), Клиар «мужской … 2в1», Dove Мен+Кеа «Шампунь-кондиционер 2в1»; Clear «Актив Спорт 2в1» (Пятёрочка «CLEAR VITA ABE акт.спорт 2в1», Магнит «КЛИАР 2 в 1 АктивСпорт») taken as men's — outside knowledge: Active Sport is a Clear Men line. Excluded: unisex 2-in-1 (Head&Shoulders, Fructis), children's «Гонки», 3-in-1 products (Clear 3 в 1, Rexona Men 3 в 1 — not the 2-in-1 written), men's shampoos that are not 2-in-1"),
        ('гель для душа мужской с ментолом', {
            "pyaterochka": [],
            "magnit": ['1fde288d8a', 'a162a1690e', 'b2be06e3a0'],
            "dixy": [],
            "perekrestok": [],
        }, "men's shower gels with a cooling (menthol) formula: FA MEN «охлаждение Экстрим», Палмолив Мен «Арктический ветер» 3 в 1 (750 and 250 мл) — outside knowledge: these cooling lines contain menthol, no title says «ментол». Other men's gels (AXE/АКС, Old Spice, Nivea Men, Fa Men Энергия Полинезии, Rexona Men лайм) excluded as no cooling/menthol is stated; the Head&Shoulders «Ментол» shampoo is not a shower gel"),
        ('зубная нить', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['3354764'],
        }, 'dental floss: Перекрёсток Splat Professional Dental Floss 30 м (flavour not a filter)'),
    ]),
    # fxd25
    ('тунец консервированый в собственном соку, шпроты в масле ж/б, фасоль в томатном соусе банка, хлебцы ржаные хрустящие доктор кернер', [
        ('тунец консервированый в собственном соку', {
            "pyaterochka": [],
            "magnit": ['f4bfc133e7'],
            "dixy": ['D000010279', '2000533434', '2000301085'],
            "perekrestok": ['4003717', '4003715'],
        }, 'canned tuna in its own juice: titles «в собственном соку» or «натуральный/натуральное» (canned-fish term for own juice); Перекрёсток Новый Океан «рубленый» and «филе-кусок» without «в масле» taken as natural (the same line lists separate «в масле» packs — outside knowledge). Excluded: tuna in oil (incl. Fortuna «д/м» = с добавлением масла), «для салата» and ВК «филе рубленное» (medium not stated), tuna pâté, frozen tuna, cat food'),
        ('шпроты в масле ж/б', {
            "pyaterochka": [],
            "magnit": ['861990d37c', 'cb3b169ef1', '1bdba960f3', 'b98acadada', '3382c3c046'],
            "dixy": [],
            "perekrestok": [],
        }, 'sprats in oil (5 морей, Барс, Вкусные консервы incl. «с халапеньо», Знак качества); titles do not say ж/б but sprats in 160–240 g are tins (outside knowledge)'),
        ('фасоль в томатном соусе банка', {
            "pyaterochka": ['39419', '2076588'],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['3635744', '4258947'],
        }, 'canned beans in tomato sauce (Bonduelle белая, Пиканта печёная, Маркет, Пр!ст); «Фасоль с овощами в томатном соусе» (a bean-and-vegetable mix) excluded'),
        ('хлебцы ржаные хрустящие доктор кернер', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Dr. Körner rye crispbread: no Доктор Кёрнер/Dr.Korner offer; Магнит «Хлебцы ЩЕДРЫЕ Тонкие ржаные» (another brand) excluded. Missing everywhere'),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fxd"))
