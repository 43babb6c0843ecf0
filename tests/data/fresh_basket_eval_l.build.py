#!/usr/bin/env python3
"""Re-create fresh_basket_eval_l.jsonl -- 25 shopping lists written blind (before any offer was read) by
shoppers of different ages and habits, then hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_l.build.py

LISTS below is literal data: 25 lists (2-5 items) as typed to a Telegram bot (a pensioner, a student, a young
family, a dieter, named dishes -- borscht, olivier, pancakes, pilaf, carbonara --, a cleaning day, pet owners,
parties, car trips, baking, tea time), and for every item the product ids of every store that a reasonable
shopper would accept.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the
chains' abbreviations, Latin and Cyrillic brand spellings) and read one by one, then every item was re-checked
by listing all in-stock titles matching its stem that were not accepted.  The note of each item records what
was deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store
has nothing acceptable (the item is "missing" there).  The labels were made without reading korzina or its
data files.  The blind texts are kept in fresh_basket_eval_l.blind_lists.txt; the one replacement (an item
absent everywhere that left its list empty) is recorded in fresh_basket_eval_l.README.md.

The script only checks the data (labelled_lists.build: every id exists in real_offers_g.jsonl *for that
store* and is in stock, no id repeats within an item, every item has a note, the labels are exactly the
list's items in order) and then writes the JSONL in the format of real_basket_eval.jsonl.  List ids are
fl01, fl02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_l.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 pensioner
    ('гречки ядрицы пачку, молочко 2.5, батон подешевле, сушечки маковые', [
        ('гречки ядрицы пачку', {
            'pyaterochka': ['3332671', '3601663'],
            'magnit': [],
            'dixy': ['1030037286', '2000180341', '2000219613', '2000272542', '2000294696', '2000300392', '2000539995',
                        'DI00080511', 'ЦТ0042599'],
            'perekrestok': ['14301', '28960', '3014874', '3019156', '3173448', '3231481', '3276128', '3438178', '3446736', '3477255',
                               '3493533', '3600743', '3603166', '3667612', '3674200', '3694322', '3696237', '39155', '3994791', '4009020',
                               '4019310', '4059000', '4061364', '4090171', '4204902', '53673', '6847', '4353613'],
        }, 'plain whole buckwheat groats (ядрица is the ordinary kind, so titles that just say «Гречка»/«крупа гречневая» '
           'are accepted), boil-in-bag packs incl.; green buckwheat, buckwheat drinks, flour/pasta, ready dishes (Дядя '
           'Ваня, Raisad, Cook Chart, Увелка с грибами, Шеф) and baby purees/porridges excluded; Магнит has only ready '
           'dishes'),
        ('молочко 2.5', {
            'pyaterochka': [],
            'magnit': ['1000035016', '1000037901', '1000143306', '1000418036', '1000445487', '1000563706', '1051242602',
                          '1812450029', '8000029029', '8000058293', 'cfca1c1906', 'ef94b89629'],
            'dixy': ['2000024178', '2000263555', '2000273384', '2000313238', '2000511374', '2000546311', '2000600212'],
            'perekrestok': ['3431582', '4137916', '4153927', '4244153', '4250778', '4310700', '4316451'],
        }, "cow drinking milk labelled exactly 2.5% (incl. Агуша children's milk); топлёное (Зелёная Линия), ряженка, "
           "kefir, milkshakes, porridges, butter and Пятёрочка IMMUNO LAKTO (fermented kids' drink) excluded"),
        ('батон подешевле', {
            'pyaterochka': [],
            'magnit': ['7fa10b807d', 'a37c992f14'],
            'dixy': [],
            'perekrestok': ['2065120', '3680023', '4102687', '4157283', '4264947', '4318510', '4318511', '4329401', '4329402', '78011178'],
        }, 'white loaves sold as «Батон» (нарезной, молочный, отрубной, горчичный, зерновой, к завтраку); chocolate/cereal '
           '«батончики» and Рот Фронт «Батончики» sweets are traps; «подешевле» is a wish, not a filter'),
        ('сушечки маковые', {
            'pyaterochka': [],
            'magnit': ['99f439b486'],
            'dixy': [],
            'perekrestok': [],
        }, 'сушки with poppy seed: only Магнит «Сушки-мини НЕВСКАЯ СУШКА, маковые»; Nina Farina Тараллини с чесноком, '
           'сушки без сахара (Перекрёсток, no poppy) and баранки excluded'),
    ]),
    # L02 student
    ('доширак 3 шт\nпельмешки самые дешевые\nмаянез провансаль', [
        ('доширак 3 шт', {
            'pyaterochka': ['3402845'],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['3664094'],
        }, 'instant noodles of the brand Доширак; Дикси «Пюре картофельное Доширак» (instant mash) and other instant- '
           'noodle brands (Роллтон, BigBon) excluded: the brand was written; «3 шт» is a quantity'),
        ('пельмешки самые дешевые', {
            'pyaterochka': ['b2a466763c'],
            'magnit': ['22f7803aca', '66c111d7a2', '72632b1f85', '805cabf639', 'd6fdebf3e4', 'dabbb02c05', 'f4f41d5103',
                          'f95b2d1678', 'feeac8f3fa'],
            'dixy': ['2000282673', '2000318344', '2000411354', '2000558274', '2000565192', '2000596851', '2000596852',
                        '2000596853'],
            'perekrestok': [],
        }, "any frozen meat pelmeni (incl. chicken, Бульмени, Бигбули); Перекрёсток's only pelmeni are fish pelmeni "
           'Четверг (трески со шпинатом) -- excluded as not what «пельмешки» means by default; «самые дешевые» is a wish, '
           'not a filter'),
        ('маянез провансаль', {
            'pyaterochka': [],
            'magnit': ['1000014596', '1000077733', '1000077734', '1000169172', '1000179908', '1000233673', '1000277219',
                          '1000348713', '1000356802', '1000422623', '1000498096', '1000501598', '1000554514', '1000556519',
                          '1000556520', '1000556521', '1000558908', '1728400030', '1799700138', '8000045827', '2c23c84574',
                          '53cac67445', '56ff8ec751', '7a519275b4', '7d31b46ae3', 'd8bbb63f48', 'da818e4a20', 'ddda8365b8',
                          'f0f427f9d4'],
            'dixy': ['1100075125', '2000000160', '2000135999', '2000156539', '2000172969', '2000202369', '2000204803',
                        '2000265607', '2000306265', '2000409572', '2000429651', '2000539317', '2000570511', '2000593851',
                        '2000602611', 'T000005518', 'ЦТ0027566', 'ЦТ0040573', 'ЦТ0045065'],
            'perekrestok': ['2047206', '3016147', '3029014', '3193489', '3389322', '3412258', '3419671', '3467275', '3674577', '3677986',
                               '4072721', '4105769', '4112954', '4199312', '4259097', '4259098', '4297819', '4331497', '4331500', '4331515',
                               '4331518', '4331533', '4339442', '78193'],
        }, '«маянез» is a typo for майонез; every mayonnaise whose title says Провансаль (any fat %, incl. оливковый/с '
           'лимонным соком/сметанный провансаль and the brand Московский Провансаль in all its variants); mayonnaises not '
           'called провансаль (оливковый, на перепелиных яйцах, Домашний, Heinz классический, Слобода Московская, '
           "«Чистый»), майонезные соусы and herring «в майонезе» excluded; Пятёрочка's only mayonnaise is Ряба оливковый "
           '(not провансаль)'),
    ]),
    # L03 young family, baby
    ('пюрешки фруктовые, подгузники pampers 4, агуша творожок, бананчики', [
        ('пюрешки фруктовые', {
            'pyaterochka': ['3661088', '3661089', '3397858', '3397865', '3397873', '3397877'],
            'magnit': ['078f82bf9e', '0d12c0d245', '2294708291', '29cd741560', '3394b35992', '6669efd27b', '68374ad0ee',
                          '9a9ad61732', 'aad9de2293'],
            'dixy': ['2000160149', '2000227782', '2000227812', '2000234542', '2000291666', '2000341236', '2000350782',
                        '2000419136', '2000419171', '2000575992', '2000602072', '2000602077', '2000602078', 'T000007148',
                        'ЦТ0029410', 'ЦТ0030383'],
            'perekrestok': ['22409', '3606461', '4275859', '4268625', '4301925'],
        }, "fruit purees (baby jars/pouches and Перекрёсток's mango / Nutrino Lab fruit purees), incl. fruit purees with "
           'cream, biscuit or cereal; vegetable, meat and fish purees, fruit-vegetable mixes (Heinz яблоко-тыква-морковь- '
           'манго, Nutrino Fitness mix with spinach), smoothies, ФрутоНяня «Десерт», kissel, porridges and fruit bars '
           'excluded'),
        ('подгузники pampers 4', {
            'pyaterochka': [],
            'magnit': ['116d109416', '3b8b03027e', '53ba3d65f3', 'db2998f897'],
            'dixy': [],
            'perekrestok': [],
        }, 'Pampers size 4 = Maxi (9-15 kg): Active Baby Maxi diapers and Pampers pants 4/Maxi (трусики-подгузники are '
           'diapers too); other sizes (Midi, Junior, XL, mini), Huggies/Merries/Nani and Pampers wet wipes excluded; '
           "Magnit «Трусики PAMPERS Макси, 52 шт» taken as size 4 (Maxi = 4 in Pampers' size scale: outside knowledge)"),
        ('агуша творожок', {
            'pyaterochka': [],
            'magnit': ['1000109125', '1000177278', '1000564007', '1051242603', '1812432013', '1812432014', '1812432015',
                          '8000049983'],
            'dixy': [],
            'perekrestok': ['2137027', '4174763', '69726'],
        }, "children's curd «Творог детский» of Агуша, any flavour; other Агуша products (milk, kefir, yoghurt, porridge, "
           "purees) and other brands' творожки (Тёма, Растишка, Мама Лама) excluded: the brand was written"),
        ('бананчики', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['10E0074360'],
            'perekrestok': ['2084703', '3652283', '4625'],
        }, 'fresh bananas (incl. red and organic); plantains «Бананы для жарки», dried/sun-dried bananas, banana sweets '
           'and banana-flavoured goods excluded'),
    ]),
    # L04 dieter
    ('грудка куриная 1 кг, обезжиренный творог 0%, огурчики, хлебцы хрустящие', [
        ('грудка куриная 1 кг', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000180302', '2000317425', '2000407516', '2000593951', 'DI00080023'],
            'perekrestok': ['2160076', '2173555', '3034277', '3191300', '3216279', '3273915', '3336397', '3362832', '3609675', '3649232',
                               '3653837', '3669585', '3673509', '3678985', '3689116', '3694848', '3940063', '3946764', '4116904', '4208844',
                               '4242120', '4306879', '4312563', '4323072', '4329298', '4347498', '52888', '53105', '78003876'],
        }, 'raw chicken breast: «филе грудки», «филе цыплёнка/куриное» (taken as breast fillet, as in set g), малое филе '
           'and медальоны from breast, breast on the bone, raw fillet in marinade; thigh fillet (филе бедра), fried/sous- '
           'vide fillet, ready meals, sausages «из грудки» and pork/beef «грудинка» excluded; «1 кг» is the quantity '
           'wanted of a weighed good, not a filter; Перекрёсток «Филе грудки фермерское» taken as chicken (no species in '
           'the title: outside knowledge); Магнит and Пятёрочка have no raw breast'),
        ('обезжиренный творог 0%', {
            'pyaterochka': ['4067060'],
            'magnit': ['1000157386', '1000453156', '1899910741', '1eb57431af'],
            'dixy': [],
            'perekrestok': ['3194302'],
        }, 'curd (incl. «мягкий») labelled 0% or «обезжиренный» without a stated fat (fat-free curd is 0%: outside '
           'knowledge); Резной Палисад «обезжиренный 1.8%» excluded since 0% was written; творожные продукты/массы and '
           'Даниссимо excluded'),
        ('огурчики', {
            'pyaterochka': [],
            'magnit': ['a228350700'],
            'dixy': ['2000088660', '2000205870', '2000271421', '2000327957', 'ЦТ0001499'],
            'perekrestok': ['2088998', '2098997', '2131726', '3255111', '3301324', '3368260', '3632205', '4072', '44569'],
        }, "fresh cucumbers (in a dieter's list «огурчики» read as fresh; fresh-produce words mean fresh produce); "
           'pickled, salted, marinated cucumbers and корнишоны in jars, assortments, salads, cucumber-scented goods and '
           'chips excluded; Дикси «Огурцы корнишоны, в упаковке, 300 г», «Огурцы, 600 г» and Перекрёсток «Огурцы '
           'Хрустящие» (sold by kg) taken as fresh (no jar/brine in the title: outside knowledge)'),
        ('хлебцы хрустящие', {
            'pyaterochka': ['f737df041e'],
            'magnit': ['8cfe71c65b', 'b072d79d11', 'c5594dc288', 'e1b6951c6f', 'eb4308a4fa'],
            'dixy': ['2000136451', '2000136520', '2000532453'],
            'perekrestok': ['4050645', '4101075', '4251230', '4260006', '4263823', '4367532'],
        }, 'crispbreads of any grain/flavour (most say nothing about «хрустящие»: crispbread is crisp by definition), '
           'incl. rice/corn cakes and ФрутоНяня mini rice cakes; crackers (Tuc, Бэйкер Хаус, Смайл), bread sticks, chips '
           'and «хрустящие» cucumbers/yoghurts excluded'),
    ]),
    # L05 borscht
    ('свекла 1 кг, капуста белокочанная, морковки пару штук, говядина на кости', [
        ('свекла 1 кг', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['DI00079991'],
            'perekrestok': ['13998', '2143053', '3368257', '3378167', '3444580', '3625863', '4208428', '4299508', '4375880', '45532',
                               '786', '82265', '92844'],
        }, 'raw fresh beetroot (loose, bunched, bagged, peeled or cut raw); boiled beet (варёная/отварная), marinated, '
           'Korean-style, salads, seeds, мангольд, dried snacks and beet sugar excluded; «1 кг» is the quantity wanted of '
           'a weighed vegetable, not a filter; Перекрёсток «Свёкла целая очищенная» and «Свекла очищенная» (no «варёная») '
           'taken as raw'),
        ('капуста белокочанная', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['DI00078734'],
            'perekrestok': ['1546', '198', '45661', '4208425', '4268735', '91516'],
        }, 'fresh white cabbage (whole or cut raw); Перекрёсток plain «Капуста» (44.99/kg) taken as white cabbage (outside '
           'knowledge: the default cabbage); cauliflower, broccoli, marinated/pickled/sauerkraut, kimchi, cabbage-carrot '
           'mixes, seeds and stews excluded'),
        ('морковки пару штук', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['DI00078733', 'ЦТ0036199'],
            'perekrestok': ['19345', '3368256', '3463356', '4299784', '60529', '4191099'],
        }, 'fresh carrots (incl. mini carrots); boiled carrot, Korean-style, juices, purees, sauerkraut with carrot, pet '
           'food «с морковью» excluded; «пару штук» is a quantity'),
        ('говядина на кости', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['3020550', '85566', '923', '2101259', '7338'],
        }, 'raw beef cuts stated to be on/with the bone: шейный отруб на кости, голень с костью, лопатка на кости, '
           '«Стриплоин с костью» (striploin is a beef cut: outside knowledge); boneless beef, Перекрёсток «Грудинка '
           'говяжья для харчо» (bone not stated), Дикси «Набор для супа Слово мясника» (species not stated), pork on the '
           'bone, tongue, liver and ready dishes excluded'),
    ]),
    # L06 cleaning day
    ('domestos для унитаза, губки для мытья посуды, перчатки резиновые', [
        ('domestos для унитаза', {
            'pyaterochka': [],
            'magnit': ['65de4380ad'],
            'dixy': [],
            'perekrestok': [],
        }, 'Domestos products made for the toilet: only Магнит «Блок для унитаза ДОМЕСТОС Атлантик Гигиена»; the Domestos '
           "«универсальное» gels and spray are excluded as universal cleaners (as in set d's «средство для унитаза»); "
           "other brands' toilet cleaners (Bref, Туалетный утёнок, Комет, Harpic, Магнит, Маркет) excluded: the brand was "
           'written'),
        ('губки для мытья посуды', {
            'pyaterochka': [],
            'magnit': ['0c37e6092e'],
            'dixy': [],
            'perekrestok': [],
        }, 'dish-washing sponges: only Магнит «Губки для посуды МАГНИТ НУЖНЫЕ ВЕЩИ Макси»; shoe sponge excluded'),
        ('перчатки резиновые', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, "no household rubber gloves in any store's offers (grepped «перчат»)"),
    ]),
    # L07 cat and dog owner
    ('корм для кошек felix пауч, древесный наполнитель для лотка, корм для собак педигри', [
        ('корм для кошек felix пауч', {
            'pyaterochka': [],
            'magnit': ['0aa722ea47', '0adb281b8b', '159c859f66', '1bc3a52946', '238c0d6220', '258ae7de32', '3d18463c21',
                          '4b45bf5084', '4f374f40d8', '54a53edec1', '5c2b5eca31', '5e3ba75210', '8555865978', '860a44990e',
                          '88bfe8e014', '9f6054f9aa', 'b357a754b6', 'b5120b46c3', 'ba1a288ef8', 'bbcb5d5f30', 'bbcc3f6e2b',
                          'bc08b83fbb', 'bceeba235b', 'bf4253574e', 'c44cca57cb', 'd08035f21d', 'e615cc80e5', 'f46b40c2dc', '2586511',
                          '2586551', '2586561', '2586581', '2586621', '2586641', '2586661', '2586671', '2586681', '2586691', '2586701',
                          '2586731', '2586741', '2586751', '2586791', '5167901', '5167911', '5168331', '5168341', '5168351', '5178631',
                          '5178641', '5227421', '5252471', '5257221', '5389101', '5389501'],
            'dixy': ['2000325835'],
            'perekrestok': ['4249859'],
        }, "Felix/ФЕЛИКС wet cat food in 75-85 g pouches and 48 g soup pouches, any flavour (Felix's 85 g "
           '«консервированный» items are pouches too: outside knowledge); Felix dry food (200/600 g) and Felix «для котят» '
           'excluded (an adult-cat list), other brands excluded'),
        ('древесный наполнитель для лотка', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, "no wood cat litter in any store (Магнит's only litter is КЭТ СТЕП silica gel; «наполнитель» elsewhere is "
           'yoghurt/ice-cream filling)'),
        ('корм для собак педигри', {
            'pyaterochka': [],
            'magnit': ['29c8e3ff37', '4051471852', '5f419d7ce3', '635a090395', '93ddf1f29b', 'a3b4a1cd4c', 'b4a9c6d2c0'],
            'dixy': [],
            'perekrestok': [],
        }, 'Pedigree dog food of any kind (dry, wet pouches, pâté); Pedigree «для щенков» excluded (puppy food, as kitten '
           'food for the cat item); other brands excluded'),
    ]),
    # L08 party
    ('принглс сметана лук, кока кола 2 литра, сыр косичка', [
        ('принглс сметана лук', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, "no Pringles in any store; other brands' sour-cream-and-onion chips (Lay's, Хрустящий картофель, Русская "
           "картошка, Lay's Stax) excluded: the brand was written"),
        ('кока кола 2 литра', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Coca-Cola of 2 l: none -- Пятёрочка has only 0.33 l cans (size written, so excluded); Добрый Кола, '
           'Черноголовка Кола, Funky Monkey excluded: the brand was written'),
        ('сыр косичка', {
            'pyaterochka': [],
            'magnit': ['1000368975', '8000075315'],
            'dixy': [],
            'perekrestok': ['4166737'],
        }, 'braided string cheese «Косичка» (smoked, incl. «Чечил косичка»); Чечил «спагетти» (a different shape), plain '
           'чечил, smoked mackerel «Косичка» excluded'),
    ]),
    # L09 car trip
    ('вода негазированная 0.5, сникерсы, жвачка orbit', [
        ('вода негазированная 0.5', {
            'pyaterochka': [],
            'magnit': ['d13e3cd3df', 'dcf748edda', 'f54aafe234', '2553561'],
            'dixy': ['2000145439', '2000292748', '2000557954', 'ЦТ0040414'],
            'perekrestok': ['3655717', '3674371', '3922562', '4316385', '70516'],
        }, 'still drinking/mineral water in 0.5 l / 500 ml bottles stated to be негазированная (incl. Архыз and Сенежская '
           'mineral still water); Дикси «Сенежская, 0,5 л» and «Aqua Minerale, 0,5 л» (gas not stated, both brands sell '
           'sparkling too), flavoured Aqua Bene lemon, still flavoured drinks (Lifeline, Fahrenheit, YES! tea) and other '
           'sizes excluded'),
        ('сникерсы', {
            'pyaterochka': ['3215964'],
            'magnit': ['9a1e6196ae'],
            'dixy': ['2000189225', '2000348756', 'DI00078665'],
            'perekrestok': [],
        }, 'Snickers chocolate bars of any flavour, incl. Snickers Minis (small bars, 100 g / 1 kg bags); Snickers ice '
           'cream excluded; other bars excluded'),
        ('жвачка orbit', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000000606', '2000571151'],
            'perekrestok': ['4307329'],
        }, 'Orbit chewing gum, any flavour; other gum brands excluded'),
    ]),
    # L10 olivier salad
    ('горошек консервированный\nдокторская колбаса\nяйца 2 десятка\nмайонез 67%', [
        ('горошек консервированный', {
            'pyaterochka': [],
            'magnit': ['02059b03ae', '077ca9bca9', '08e4c89d92', '118e7a3919', '334fc1acba', '68a96163bf', '7e3054a87f'],
            'dixy': ['0230306094', '10A0036580', '1100075857', '2000118079', '2000163949', '2000189884', '2000313797',
                        '2000313828'],
            'perekrestok': ['16791', '19134', '2035571', '27460', '3026306', '32340', '3350744', '3360308', '3447858', '3483842',
                               '3504837', '3628006', '3635251', '3951175', '4004677', '4011800', '4059535', '4188483', '4192227', '4206921',
                               '4211849', '4273266', '4274246', '4283761', '4380317', '77114'],
        }, 'canned green peas of any brand/size (incl. the 4.15 kg catering tin, «без сахара», «стерилизованный»); frozen '
           'peas, «Горошек сладкий» (fresh sugar peas, sold by weight), pea microgreens, peas with carrots, peppercorns '
           'and dog food «с горошком» excluded'),
        ('докторская колбаса', {
            'pyaterochka': ['3636156'],
            'magnit': ['0406a2a7ef', '0505750ecb', '233ff452a9', '352b78741a', '4204e62e10', '47bbbb5374', '6e16b1777a',
                          '80689e53b3', '892b23214a', '89c39c317d', 'c9c2b3f600', 'fa236141ca', 'fa414b5a8d'],
            'dixy': ['2000404595', '2000556092'],
            'perekrestok': ['2170372', '3385812', '3434232', '4312573'],
        }, 'boiled sausage Докторская of any maker, piece or sliced (incl. «Докторская Особая», «от шефа»); сосиски '
           '«Докторские», Доктор Кёрнер and Доктор Дизель excluded'),
        ('яйца 2 десятка', {
            'pyaterochka': [],
            'magnit': ['1000247190', '1000247234', '1000247378', '1000247384', '1000247393', '2047000007', '2047000014',
                          '2047000033', '3454700001', '1a8d487cea', '44e0856421', 'e5202b5cfd'],
            'dixy': ['1041042135', '2000139399', '2000212529', '2000238733', '2000269323', '2000269325', '2000284425',
                        '2000326489', '2000588991', '2000596671', '2000601652'],
            'perekrestok': ['2109476', '2131762', '2131763', '3001671', '3182853', '3182856', '3355250', '3356111', '3392204', '3421287',
                               '3432532', '3914040', '3950938', '4012802', '4076991', '4085791', '4085792', '4088955', '4168688', '4201192',
                               '4201194', '4236458', '4263543', '4337164', '4339427', '4352464', '4364349', '4085790'],
        }, 'chicken eggs of any category in packs of 10 or 20 («2 десятка» = 20 eggs: two packs of 10 or one of 20); packs '
           'of 6, 15 and 30, quail eggs and foods «с яйцом» excluded (Перекрёсток «Яйца Желток Белток» is a brand name of '
           'chicken eggs)'),
        ('майонез 67%', {
            'pyaterochka': ['3277400'],
            'magnit': ['1000014596', '1000016691', '1000077734', '1000108624', '1000169172', '1000179908', '1000233673',
                          '1000277219', '1000348713', '1000356802', '1000422623', '1000501598', '1000556519', '1000556521',
                          '1728400015', '1728400030', '1799700138', '1799900201', '8000023980', '8000045827', '8000045828',
                          '8000056331', '1b1e1ef668', '2c23c84574', '56ff8ec751', '7a519275b4', '7d31b46ae3', 'b624a9bb8a',
                          'da818e4a20', 'f0f427f9d4'],
            'dixy': ['1100075125', '2000000160', '2000135999', '2000156539', '2000172969', '2000176263', '2000186981',
                        '2000202331', '2000202369', '2000204803', '2000265115', '2000265607', '2000306265', '2000429651',
                        '2000530112', '2000539317', '2000567053', '2000570511', '2000572811', '2000599457', 'ЦТ0027566',
                        'ЦТ0040573', 'ЦТ0044024', 'ЦТ0045065'],
            'perekrestok': ['2047206', '2108609', '2162564', '3016147', '3029014', '3163111', '3193489', '3335647', '3389322', '3412258',
                               '3419671', '3425669', '3425670', '3467275', '3636361', '3640161', '3674577', '3677986', '3695167', '4072721',
                               '4105769', '4199312', '4225978', '4259097', '4259098', '4261699', '4279915', '4284062', '4297819', '4331497',
                               '4331500', '4331515', '4331518', '78193'],
        }, 'every mayonnaise labelled 67%% (any brand/variety: провансаль, оливковый, на перепелиных яйцах, с маслом '
           'авокадо, Heinz); other fat levels, mayonnaises with no stated fat (Перекрёсток Я люблю готовить 700 г, Махеевъ '
           '655 мл), майонезные соусы and herring in mayonnaise excluded'),
    ]),
    # L11 pancakes
    ('мука пшеничная в/с, молоко 3.2 литр, подсолнечное масло рафинированное, сахар песок 2 кг', [
        ('мука пшеничная в/с', {
            'pyaterochka': [],
            'magnit': ['42f4e32b0a'],
            'dixy': ['2000553733', '2000576791', 'D000002191', 'ЦТ0035253', 'ЦТ0037862', 'ЦТ0044481'],
            'perekrestok': ['16318', '2037765', '2107396', '2112692', '3193726', '3305673', '3502351', '3626914', '3681817', '3915409',
                               '4262616', '4326495', '91320', '91321'],
        }, 'plain wheat flour stated to be высший сорт (в/с), any pack; «экстра» grade, flour with no grade stated '
           '(Пышечка 2 кг, Старооскольская ГОСТ, Царь 1 кг, Французская штучка 1 кг, Дикси «хлебопекарная 2 кг»), блинная '
           'мука (a mix, even when «в/с»), self-raising С.Пудовъ «Кондитерская», whole-grain, rye and non-wheat flours '
           'excluded'),
        ('молоко 3.2 литр', {
            'pyaterochka': [],
            'magnit': ['1000122658', '1000049786', '1000172272', '1000323041', '1000445488', '1812450001', '8000026014',
                          '8000058295', '18ca387556', 'be3e0e74c3', '1000139951'],
            'dixy': ['10J0077073', '2000066819', '2000238271', '2000560951', '2000600213'],
            'perekrestok': ['3668699', '4162259'],
        }, 'cow drinking milk labelled exactly 3.2% in a standard «litre» pack of 0.9-1 l (900 ml-1 kg, the size people '
           "call «литр»), incl. children's Агуша 925 ml; other pack sizes (200/500 ml, 1.4-2 l), ranges 3.2-4/3.2-6, Му-у "
           '«Для капучино» and топлёное excluded'),
        ('подсолнечное масло рафинированное', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000002844', '2000003488', '2000005808', '2000005809', '2000210260', '2000268261', '2000555852',
                        '2000563791', 'DI00079242', 'ЦТ0039503', '2000154498', '2000283309', 'DI00080540'],
            'perekrestok': ['2007886', '2043188', '2068955', '2093709', '2147548', '21676', '23714', '3426152', '3426155', '3454645',
                               '3478098', '3642040', '4022580', '4218020', '4269568', '4269569', '4277755', '6275', '2046261', '3340103',
                               '64128'],
        }, 'refined sunflower oil of any brand/size (incl. high-oleic refined and the Altaria spray); unrefined, blends «с '
           'добавлением оливкового/миндального», flavoured (чеснок, базилик), oils whose refining is not stated (Аведовъ, '
           'Getuva New Way) and sunflower seeds excluded; no sunflower oil at Магнит or Пятёрочка'),
        ('сахар песок 2 кг', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000214171'],
            'perekrestok': ['3230933'],
        }, 'granulated white sugar in 1 kg or 2 kg packs (2 kg = one 2 kg or two 1 kg packs); 900 g / 750 g packs '
           '(Чайкофский), the 5 kg sack, pressed/lump sugar, vanilla, coconut and powdered sugar excluded; Перекрёсток '
           '«Сахар Советский Экстра, 1кг» excluded as its form (granulated or lump) is not stated'),
    ]),
    # L12 pensioner
    ('кефирчик 1%, хлопья геркулес, чай листовой черный', [
        ('кефирчик 1%', {
            'pyaterochka': [],
            'magnit': ['1000166736', '1000451591', '1000563708', '1899911984'],
            'dixy': ['2000166045', '2000227476'],
            'perekrestok': ['2084558', '3352331', '3467794', '3604602', '3636340', '4242643', '4252383', '4255904', '4263416', '4328084',
                               '4334308'],
        }, 'kefir and bio-kefir of exactly 1%, any pack; other fat levels, кефирные/биокефирные продукты excluded'),
        ('хлопья геркулес', {
            'pyaterochka': [],
            'magnit': ['1fbd6e427e', '7e4e5763f5', '8a13df6c91'],
            'dixy': ['1041032607', '2000002160', '2000005395', '2000186448', '2000219614', '2000222892', '2000601251',
                        '2000604115', 'DI00078791'],
            'perekrestok': ['2105514', '2122914', '2122915', '2122919', '23772', '24926', '27919', '3421663', '3469027', '3469028',
                               '3503161', '3933387', '4005492', '4078263', '4157124', '4321219', '4355178', '6752', '9056'],
        }, 'plain rolled oat flakes of any brand and number (in everyday speech «геркулес» = овсяные хлопья, not only the '
           'brand/type Геркулес: outside knowledge), incl. quick-cooking, gluten-free, with bran; flavoured oat flakes '
           '(клюква-яблоко, Быстров с вишней/ягодами), cut oat groats (Лакоме «резаная»), Vila Natura «Овсянка» (form not '
           'stated), oat drinks/yoghurts, cookies, porridges and «Хлеб ГЕРКУЛЕС» excluded'),
        ('чай листовой черный', {
            'pyaterochka': ['2049940', '3380940', '3380947', '3380950', '55923'],
            'magnit': ['03fb2db2be', '108be7a212', '1fa2ce7c58', '278651b790', '2c07763f9f', '41f4dd0c61', '4720a7f85f',
                          '53ac9a45fa', '56768c355e', '65054e7b15', '6cfa07362e', '6e48f23b2b', '825c427300', '8cdd8e4398',
                          '913e5216b1', 'a510289c84', 'ada217af77', 'b6f8e6fea6', 'bdf50ca6e6', 'c8696b4f23', 'cbfbcf3730',
                          'd19e923d5f', 'd35e2f82d3', 'd6dd145bec', 'd7f2406271', 'e13c422583', 'e5f644b54b', 'f2c67c596a',
                          'f619b0597f', 'f9b0dd39e7', 'fdaeb671e9', 'fe3343d282', '52124b3c16'],
            'dixy': ['2000144520', '2000203431', '2000217793', '2000361849', '2000362149', '2000534553', 'DI00080603',
                        '2000144518'],
            'perekrestok': ['2049940', '3439925', '3440336', '3473068', '3497561', '3506745', '3506750', '3605415', '3636930', '4113980',
                               '4131558', '4131559', '4131560', '4131561', '4357411'],
        }, 'loose black tea sold by weight (a tea whose title has no bag count is taken as loose), incl. flavoured black '
           'teas (Earl Grey, чабрец, berries) since no flavour was written; tea bags/pyramids/sachets (25/100 пак, 100х2 '
           'г), ready iced-tea drinks, green/herbal teas, Befruitbe «Сокочай», Чайная Библиотека and Basilur blends '
           'excluded; Магнит «AHMAD Tea Эрл Грей 100г» and Пятёрочка «Чай Майский, Корона Российской империи, 100 г» taken '
           'as black (not stated: outside knowledge)'),
    ]),
    # L13 student
    ('макороны самые дешевые, сосисок пачку, кетчуп любой, кофе nescafe gold', [
        ('макороны самые дешевые', {
            'pyaterochka': ['2049747', '94425', '94430', '94429'],
            'magnit': ['06594d00ff', '0facf2dd98', '2c49a7a5d2', '3563bce441', '3578fbe574', '367d4ecfc8', '3bb34798f6',
                          '4cae925c1a', '5296e76f4b', '54953eed21', '61313f9ca5', '6d2462031e', '6e98aa8b36', '7d3bf66fd0',
                          '7e1d66d2df', '811f1a2896', '8ec199aafc', '9332b0bf64', 'a5c4322325', 'af7a5a4e7c', 'bcb882d827',
                          'c058112781', 'e60106f6b1', 'eb8a3570e8', 'f20a2d2027'],
            'dixy': ['2000002143', '2000004708', '2000005384', '2000005385', '2000005386', '2000016649', '2000224712',
                        '2000280926', '2000288865', '2000288871', '2000299086', '2000302407', '2000320175', '2000347024',
                        '2000349519', '2000411998', '2000418252', '2000437863', '2000544352', '2000572792', '2000572794',
                        '2000573915', '2000575212', '2000588314', '2000590812', 'T000015329', 'T000015331', 'ЦТ0021284',
                        'ЦТ0046806', 'ЦТ0046807', 'ЦТ0046808'],
            'perekrestok': ['3435295', '3435297', '3435299', '3435300', '3446522', '3501218', '3501219', '3501222', '3501223', '3623096',
                               '4117154', '4117157', '4117174', '4199587', '4266382', '4273869', '4273870', '4273871', '4273872', '4274071',
                               '4274091', '4274093', '4300261', '4300500', '4328907', '4329570', '4329571', '4336730', '4340660', '4340661',
                               '4340662', '4347044', '4360107', '52306', '62190', '82760', '82761', '82766', '82772'],
        }, '«макороны» is a typo for макароны: any dry wheat pasta shape (spaghetti, вермишель, рожки, перья, спирали, '
           'ракушки, лазанья sheets, птитим, ризони, tagliatelle, gnezda; incl. Роллтон pasta «с оливковым маслом» and '
           'spinach/tomato-coloured pasta); items titled «Лапша» (egg/lagman/besbarmak noodles), фунчоза, instant '
           'vermicelli, gluten-free pea/corn/buckwheat pasta, ready dishes (по-флотски, лазанья мясная), macarons, ice- '
           'cream «рожок», cheese «спагетти» excluded; «самые дешевые» is a wish, not a filter'),
        ('сосисок пачку', {
            'pyaterochka': ['16676bb3f8', '3306014', '3631905'],
            'magnit': ['119aa8a644', '1752cd8c83', '1e5c44f755', '37c028c01a', '5215d6a234', '5ee4bc3c3d', '61299796c8',
                          '7c9f298d18', '9b4b38b86e', 'a71ef90bc4', 'c7e784766f', 'c890078deb', 'd08287067b'],
            'dixy': ['2000125037', '2000174171', '2000181981', '2000190007', '2000231293', '2000279644', '2000286260',
                        '2000300143', '2000308550', '2000316003', '2000318804', '2000322511', '2000324158', '2000326151',
                        '2000330718', '2000418174', '2000424551', '2000513172', '2000528072', '2000563472', '2000565391',
                        '2000566631', '2000566633', '2000572752', '2000577622', '2000592098', '2000595013', '2000600471',
                        '2000602632', 'ЦТ0047282'],
            'perekrestok': ['3198697', '3207022', '3330134', '3347588', '3359555', '3390152', '3416253', '3434237', '3443810', '3460864',
                               '3464086', '3464088', '3486631', '3489558', '3635837', '3653933', '3697463', '4045571', '4051414', '4062689',
                               '4077764', '4081069', '4100627', '4100629', '4135356', '4169216', '4169220', '4175216', '4221323', '4241464',
                               '4276248', '4276249', '4279045', '4316920', '4321243', '4329781', '4332703', '4337765', '4337767', '4339153',
                               '4342912', '4343709', '4344479', '4353596'],
        }, 'packaged сосиски of any kind (молочные, сливочные, венские, баварские, poultry, с сыром, копчёные); Магнит «…, '
           '100г» entries (sausages sold loose by weight, priced per 100 g) excluded since a pack was asked for; '
           'сардельки, шпикачки, sausages in dough, stews with sausages and pet food excluded'),
        ('кетчуп любой', {
            'pyaterochka': ['2157308', '2157309', '3273905', '3273907', '3387265'],
            'magnit': ['c112734da7'],
            'dixy': ['2000033799', '2000143160', '2000143225', '2000193817', '2000194769', '2000207279', '2000207280',
                        '2000207290', '2000224973', '2000309687', '2000320468', '2000538777', '2000551592', '2000552955',
                        '2000567791', '2000567792', '2000603860', '2000604791'],
            'perekrestok': ['2157566', '2157567', '3054047', '3054048', '3446697', '3652684', '3673189', '3673190', '3684511', '3691258',
                               '3941584', '3941585', '3970015', '4044938', '4078077', '4078080', '4116830', '4116848', '4149865', '4149866',
                               '4149867', '4154517', '4157356', '4157697', '4157702', '4157703', '4157704', '4157803', '4207051', '4225365',
                               '4227924', '4227925', '4227926', '4227927', '4227928', '4227930', '4227932', '4274971', '4274972', '4274973',
                               '4282684', '4295650', '4295651', '4295653', '4312325'],
        }, 'every ketchup of any brand/flavour/size (титулы «Кетчуп», «Кетч.»; «любой» = no preference); '
           'Cheetos/chips/croutons «Кетчуп» flavour and томатные соусы not called ketchup excluded'),
        ('кофе nescafe gold', {
            'pyaterochka': [],
            'magnit': ['07b5ff6b13', '0c262c177c', '5937914f18', '5ed1824f2e', '67ebe44e72', 'e29b86ab6b', 'eab407b5dd'],
            'dixy': ['2000144529', '2000225116', '2000225117', '2000587951', 'ЦТ0000119'],
            'perekrestok': [],
        }, 'Nescafe Gold instant coffee of any variant and size (Gold, Gold Barista, Gold Арома, Gold Alta Rica); Nescafe '
           'Classic/Classic Crema and 3в1 coffee drinks excluded'),
    ]),
    # L14 young family
    ('целую курицу, рис длиннозерный пропаренный, сок яблочный добрый литр', [
        ('целую курицу', {
            'pyaterochka': [],
            'magnit': ['f8e8bcfe75', 'bba6e25510', '1782102a6a'],
            'dixy': [],
            'perekrestok': [],
        }, 'a whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная» and the two «Цыплёнок табака» (a '
           'whole bird split flat, raw; one in marinade -- raw birds in marinade count, as in real_basket_eval); chicken '
           'parts (fillet, thighs), duck, canned and ready chicken excluded; Пятёрочка, Дикси and Перекрёсток have no '
           'whole chicken'),
        ('рис длиннозерный пропаренный', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['0230703063', '2000002128', '2000180346', '2000310624', 'T000024619'],
            'perekrestok': ['3469125', '3603168', '3608320', '3674166', '57930', '4254250'],
        }, 'parboiled (пропаренный) white rice, loose or in boil-in-bags; parboiled rice whose grain length is not stated '
           '(Националь золотистый, Зернышко к зернышку, Агро-Альянс Экстра Gold, Маркет/plain «пропаренный шлифованный») '
           'accepted since parboiled rice sold in Russia is long-grain (outside knowledge); long-grain rice that is not '
           'parboiled (Индика, басмати, жасмин, шлифованный), round rice and the parboiled+red mix excluded'),
        ('сок яблочный добрый литр', {
            'pyaterochka': [],
            'magnit': ['9aed063f0e'],
            'dixy': ['10E0072646'],
            'perekrestok': ['58049'],
        }, 'Добрый single-fruit apple juice in a 1 l pack; smaller packs (0.33 l, 300/200 ml Active kid), apple nectars '
           '(Деревенские/Фермерские яблочки), apple-grape and other mixed juices, сокосодержащие напитки and other brands '
           'excluded'),
    ]),
    # L15 dieter
    ('йогурт греческий без сахара, индейка филе, авокадо пару штук, кабачок', [
        ('йогурт греческий без сахара', {
            'pyaterochka': [],
            'magnit': ['1000181497', '8000087572', 'dafd7c4dc4'],
            'dixy': ['2000253975', '2000297751', '2000585835', '2000596134'],
            'perekrestok': [],
        }, 'plain (unflavoured) Greek yoghurt -- «натуральный», «классический» or no flavour named -- taken as «без '
           'сахара» (plain Greek yoghurt has no added sugar: outside knowledge); every flavoured Greek yoghurt (fruit, '
           'honey-nut, two-layer) excluded, as is «по-гречески» rice; Перекрёсток has only flavoured ones'),
        ('индейка филе', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['3626095', '4326924'],
        }, 'raw turkey breast fillet: Перекрёсток medallions «из мяса индейки» (Пава-Пава, Зелёная Линия), taken as cut '
           'from breast fillet (outside knowledge, as chicken medallions count as breast fillet); Магнит «ФИЛЕ БЕДРА '
           'ИНДЕЙКИ» excluded (thigh, like «куриное филе» = breast only); stewed/canned turkey, sausages, pâté, meat chips '
           'and ready dishes excluded'),
        ('авокадо пару штук', {
            'pyaterochka': [],
            'magnit': ['84db02dc1b'],
            'dixy': ['ЦТ0016679'],
            'perekrestok': ['2131945', '3216120', '3445047', '3948371', '3954359', '3954360', '4065597', '4068450', '4090374', '4127617',
                               '4254512', '4266346', '4266407', '4272853', '4379376', '49622'],
        }, 'whole fresh avocados, loose or packed (Hass, ready-to-eat, organic); Перекрёсток «Авокадо свежий без косточки, '
           '300г» (cut, pitted) excluded as not whole fruit; avocado-flavoured cheese, yoghurt, chips, oils, cosmetics and '
           'toys excluded; «пару штук» is a quantity'),
        ('кабачок', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'no fresh zucchini in any store; Магнит frozen sliced zucchini (4 Сезона) and «Кабачки ДЯДЯ ВАНЯ в аджике» '
           '(canned) excluded as not fresh produce; baby purees «кабачок» excluded'),
    ]),
    # L16 pilaf (blind «рис девзира» replaced, see README)
    ('рис для плова любой, баранина, морковь желтая, зира', [
        ('рис для плова любой', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000203655', '2000274400', '2000600234'],
            'perekrestok': ['3413111', '3483037', '4371462'],
        }, 'rice sold as «для плова» of any brand (Агро-Альянс Экстра, Националь среднезерный/шлифованный, Зернышко к '
           'зернышку, Мистраль, Маркет); plov seasonings and ready plov excluded. (Replacement of the blind item «рис '
           'девзира», absent in all four stores.)'),
        ('баранина', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'no lamb/mutton in any store; Дикси Мираторг «Кебабчичи говядина и ягнятина» (minced mixed meat product) '
           'excluded'),
        ('морковь желтая', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'no yellow carrots in any store; ordinary orange carrots excluded: the variety was written'),
        ('зира', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'no cumin (зира/кумин) in any store; «Приправа для плова» blends excluded as not зира'),
    ]),
    # L17 carbonara
    ('спагети барилла, бекон нарезка', [
        ('спагети барилла', {
            'pyaterochka': [],
            'magnit': ['9332b0bf64'],
            'dixy': ['2000016649', '2000280926'],
            'perekrestok': [],
        }, '«спагети» is a typo for спагетти: Barilla spaghetti of any thickness (Spaghetti №5, Spaghettini №3, '
           "Spaghettoni); other Barilla shapes (Pipe Rigate, баветте, букатини, филини…) and other brands' spaghetti "
           'excluded'),
        ('бекон нарезка', {
            'pyaterochka': [],
            'magnit': ['d705bc4e4d'],
            'dixy': ['2000414199', '2000572451'],
            'perekrestok': ['3649811', '4165825', '4191111', '4296355'],
        }, "packaged bacon (pork, raw for frying, smoked, and Мираторг beef bacon); only Магнит's title says «нарезка», "
           'the others are 150-260 g packs of bacon, which is sold sliced (outside knowledge); sausages/chicken «с '
           'беконом», bacon-flavoured nuts and cat food excluded'),
    ]),
    # L18 barbecue
    ('свиная шея, лаваш тонкий, кетчуп для шашлыка, угли для мангала', [
        ('свиная шея', {
            'pyaterochka': [],
            'magnit': ['afb09aae99'],
            'dixy': [],
            'perekrestok': ['4363415', '912', '78003999'],
        }, 'raw pork neck (шейка свиная), incl. Перекрёсток «Шашлык из свиной шейки охлаждённый» (raw neck in marinade -- '
           'raw meat in marinade counts); shashlik whose cut is not stated (Мираторг Деликатесный), other pork cuts and '
           'beef «шейная часть» excluded'),
        ('лаваш тонкий', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['4199211', '4361122'],
        }, 'thin lavash: Перекрёсток «Лаваш Армянский» (Маркет, and Коломенский «Армянский тонкий»; Armenian lavash is the '
           'thin kind: outside knowledge)'),
        ('кетчуп для шашлыка', {
            'pyaterochka': ['3273905'],
            'magnit': [],
            'dixy': ['2000143225', '2000194769', '2000309687'],
            'perekrestok': ['4116848', '4149866', '4157803', '4207051', '4227924', '2157566', '3673190', '3684511', '3941584', '4227932'],
        }, 'ketchups made for shashlik/grill: «Шашлычный», «для шашлыка», «к шашлыку и грилю», «Гриль и шашлык» and '
           'Слобода «Гриль» (a grill ketchup, taken as the same thing); plain/hot/Italian ketchups, Heinz барбекю sauce '
           'and other sauces excluded'),
        ('угли для мангала', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'no charcoal or fire-lighting goods in any store (grepped уголь/угли/брикет/розжиг/мангал: only charcoal '
           'toothpaste and shower gel, ice-cream «брикет»)'),
    ]),
    # L19 bathroom / hygiene
    ('паста зубная colgate, туалетка трехслойная, гель для душа мужской', [
        ('паста зубная colgate', {
            'pyaterochka': ['2157107'],
            'magnit': ['02007f5dd2', '350131f5fe', '4ad21b8537', '5d575a5319', '65db2383ee', '65ee960a88', '6979fdd12e',
                          '81453183d1', '8708609287', 'b432da8011', 'b6d0eea1fc', 'bf8f2e67c9', 'bfa8bafe8c', 'd03e638466',
                          'd5a001b980', 'fe74f3aca3', '34c642c8c6'],
            'dixy': [],
            'perekrestok': [],
        }, "every Colgate toothpaste (brand + product = all variants, incl. children's); Пятёрочка spells it «Colgаtе» "
           'with Cyrillic а/е; Магнит «Гель для полости рта COLGATE Тотал12 Профессиональная чистка 75мл» taken as '
           "Colgate's gel toothpaste (outside knowledge); Colgate toothbrushes and the Colgate-made TAHITI shower gel "
           'excluded'),
        ('туалетка трехслойная', {
            'pyaterochka': [],
            'magnit': ['0f9bdfbe08', '11634cf6c9', '24f2c70304', '6189f05c16', '939f14debe', '9a0bd598be', 'be21812bf9',
                          'cdc752b01e', 'f88b88076f'],
            'dixy': ['2000142974', '2000294361'],
            'perekrestok': ['75364'],
        }, '«туалетка» = toilet paper, 3-ply; Магнит «ЗЕВА ДЕЛЮКС, Белая с ароматом ромашки, 4 рулона» (ply not stated) '
           'taken as 3-ply since Zewa Deluxe is 3-ply (outside knowledge); 2-ply and 4-ply rolls, wet toilet paper and '
           'Zewa tissues excluded'),
        ('гель для душа мужской', {
            'pyaterochka': [],
            'magnit': ['0a0bc36d75', '1fde288d8a', '35c3ab54cc', '393259057b', '5453f6025c', '8e0a633d30', 'a162a1690e',
                          'ae24cd3ee0', 'b2be06e3a0', 'c8614395b8', 'f4f55309dc', 'fb86a14079', '04385b1c05', 'ee38106f2e',
                          '27b08defc4', '64c0ec7e7a', '869541895d', '8b4da8afe5', 'b05b3805a4', 'a4d6d8f2fb'],
            'dixy': [],
            'perekrestok': ['4342546'],
        }, 'shower gels for men: titles saying мужской/Men/Мен (incl. 2в1/3в1 gel+shampoo), plus Old Spice and АКС (Axe) '
           "gels and Palmolive «Спорт 3 в 1», which are men's lines (outside knowledge); women's/unisex/children's gels, "
           'deodorants and shaving gels excluded'),
    ]),
    # L20 kitten
    ('сухой корм для котят, вискас паучи', [
        ('сухой корм для котят', {
            'pyaterochka': [],
            'magnit': ['2072b66f2f', 'a67b22c0a1'],
            'dixy': ['2000372860'],
            'perekrestok': [],
        }, 'dry food for kittens: Purina One and Perfect Fit «для котят» dry, and Дикси Whiskas «Вкусные подушечки для '
           'котят» (подушечки are dry kibble: outside knowledge); wet kitten food (Felix, Whiskas рагу, Perfect Fit в '
           'соусе, Purina One в соусе) and adult dry food excluded'),
        ('вискас паучи', {
            'pyaterochka': [],
            'magnit': ['2493311', '2493331', '2493341', '2493371', '2493411', '2493421', '2493431', '2493691', '2541861', '2541881',
                          '2541891'],
            'dixy': ['2000604092'],
            'perekrestok': [],
        }, 'Whiskas wet food in 75 g pouches, any flavour and age (incl. «для котят» and «старше 7 лет»); Whiskas dry food '
           '(подушечки, 350 g) and the 1.9 kg pâté (not a pouch) excluded; other brands excluded'),
    ]),
    # L21 new year party
    ('тортик наполеон, шампанское полусладкое, мандаринки, raffaello', [
        ('тортик наполеон', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'no Napoleon cake in any store (only cognac «АРВЕСТ НАПОЛЕОН»); other cakes excluded'),
        ('шампанское полусладкое', {
            'pyaterochka': [],
            'magnit': ['258c5759f0', '297f806633', '5cb7d177c0', '6189a8f90e', '8fffc021cf', 'be45bd3a54', 'c808d17741'],
            'dixy': [],
            'perekrestok': ['4006571'],
        }, '«шампанское» = sparkling wine («Вино игристое»), semi-sweet (полусладкое), any colour, incl. Советское '
           'Шампанское, Абрау-Дюрсо, Шато Тамань, Лыхны and Lambrusco (sold as вино игристое); brut/dry/semi-dry (Абрау- '
           'Дюрсо Премиум полусухое, Martini Rose) and sweet (Asti) sparkling wines, still semi-sweet wines, the Frontera '
           'spritzer and champagne-flavoured sweets excluded'),
        ('мандаринки', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['DI00078763'],
            'perekrestok': [],
        }, 'fresh mandarins: only Дикси «Мандарины сладкие»; mandarin drinks, olives «с мандарином», sweets excluded'),
        ('raffaello', {
            'pyaterochka': [],
            'magnit': ['3061e3f9c1'],
            'dixy': ['2000001754', '2000016072', '2000320701', 'DI00078416'],
            'perekrestok': ['18162', '2105827', '2157344', '3163976', '3604056', '40690'],
        }, 'Raffaello sweets, any box size, incl. Дикси «Raffaello Торт» 100 g (a Raffaello confection)'),
    ]),
    # L22 car trip
    ('колбаса сырокопченая, хлеб нарезной, семки жареные', [
        ('колбаса сырокопченая', {
            'pyaterochka': ['3966938'],
            'magnit': ['012f52ac6f', '06d16516c6', '21cb360c4b', '2dbd01217d', '363ea9366e', '403c330318', '40d5bd1fe4',
                          '47ef8a1460', '48c30df1cf', '494e727a2c', '4a8c9560a0', '4ea41a31dc', '54d2bfe83d', '63dfb9d92b',
                          '64b09aa833', '65eabc7d3d', '6af3d2dba7', '6c0ebbb571', '985a580a4d', '9a7d190daf', '9cac16391e',
                          'b1886148dd', 'd5889cdb3d', 'e1bb99c49a', 'f35109da30'],
            'dixy': ['2000284194', '2000310948', '2000397424', '2000402841', '2000413915', '2000539576', '2000546175',
                        '2000558771', '2000572231', '2000598631', '2000603172'],
            'perekrestok': ['3493291', '4095329', '4100196', '4141051', '4321977', '4322133', '4338643', '4364470'],
        }, 'sausage stated to be сырокопчёная (incl. салями/сервелетти/чоризо/сальчичон сырокопчёные, «полусухая» raw- '
           'smoked, sliced packs, mini snack «колбаски» Пиколини and raw-smoked assortments); варено-копчёные (сервелат), '
           'полукопчёные, сыровяленые (фуэт, казылык, лонганиза), salami whose process is not stated, raw-smoked bacon, '
           'ham, balyk and carpaccio excluded'),
        ('хлеб нарезной', {
            'pyaterochka': [],
            'magnit': ['30c269d29a', '643727af2a', '67f076fea4', '6929a8d5f0', '7fa10b807d', 'a37c992f14', 'fb4c130c20'],
            'dixy': ['2000195093', '2000203640'],
            'perekrestok': ['2053660', '2065120', '3382146', '3455248', '3455614', '3455615', '3624125', '3627134', '3634576', '3658457',
                               '3680023', '3953836', '3965436', '3974719', '3974720', '4049144', '4074396', '4102687', '4159802', '4264947',
                               '4276930', '4291434', '4318510', '4318511', '4318513', '4329401', '4329402', '4329404', '4287370', '4323651',
                               '4323653', '4323654'],
        }, 'read as bread that is sold sliced (нарезка/нарезанный; tin loaves, toast bread, rye and wheat, batons) plus '
           'the loaf named «Нарезной» (Коломенское, 400 г, sold under that name); unsliced loaves, crispbreads, sweet buns '
           'excluded. Judgement: «хлеб нарезной» may also mean only «батон нарезной»; the wider reading was taken'),
        ('семки жареные', {
            'pyaterochka': ['a42f313fd4'],
            'magnit': ['166510f6cc', '5cbde10c7f', '83a6516715', 'a9efec4e65', 'c07c5cf8b5', 'f87f37880a'],
            'dixy': ['2000151864', '2000196729', '2000228392', '2000277205', '2000282287', '2000285542', '2000300666',
                        '2000433743', '2000540213', '2000562834'],
            'perekrestok': ['3014404', '3072541', '3248290', '3248291', '3276166', '3276168', '3331102', '3338822', '3348828', '3358404',
                               '3360327', '3403508', '3444686', '3449918', '3466899', '3469303', '3473272', '3473273', '3613320', '3619418',
                               '3624461', '3630849', '3642467', '3652924', '3652925', '3661124', '3664432', '3669122', '3669391', '3669392',
                               '3671291', '3674375', '3677347', '3695680', '3916662', '4004281', '4066289', '4066293', '4132783', '4155183',
                               '4260366', '4280033', '4280034', '4323974', '4373719', '85158'],
        }, '«семки» = sunflower seeds in the shell as a snack: all roasted (жареные/обжаренные) sunflower seeds, salted or '
           'not, incl. titles that do not say «жареные» (От Мартина отборные, Золотая Семечка, Белочка, Степановна, Крутой '
           'Окер -- snack seeds are sold roasted: outside knowledge) and Крутой Окер «с арахисом»; pumpkin seeds, shelled '
           'kernels (ядра), raw/dried seeds and sunflower oil excluded'),
    ]),
    # L23 baking
    ('разрыхлитель пакетик, ванильный сахар 2 пакетика, сливочное масло 82.5', [
        ('разрыхлитель пакетик', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000220512'],
            'perekrestok': [],
        }, 'baking powder: only Дикси «Разрыхлитель теста Dr.Bakers, 10 г» (a sachet)'),
        ('ванильный сахар 2 пакетика', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000220514'],
            'perekrestok': ['4272698'],
        }, 'vanilla sugar sachets (Dr.Bakers 8 g); «2 пакетика» is a quantity; vanilla ice creams excluded'),
        ('сливочное масло 82.5', {
            'pyaterochka': ['3026226'],
            'magnit': ['1000026602', '1000070643', '1000084229', '1000151122', '1000312970', '1000433642', '1000458136',
                          '1000521208', '1000566266', '1899900309', '8000045816', '4fc2d8c8ad', '6b22928df7', '86326346d1'],
            'dixy': ['10J0079578', '2000186964', '2000509906', '2000575412', '2000581831', '2000588791', '2000602271',
                        '2000604391', '2000605413', 'DI00080070'],
            'perekrestok': ['3026226', '3287314', '3369241', '3396544', '3413519', '3434127', '34890', '3612778', '3628337', '3643092',
                               '3654551', '3657363', '3698785', '3922315', '3953367', '3999749', '4055506', '4135603', '4196090', '4260609',
                               '4292462', '4310021', '4343792', '86149', '3699369', '4113532', '4175276'],
        }, 'butter labelled 82.5%% (сливочное/сладкосливочное, salted or not, incl. lactose-free, any pack); other fat '
           'levels (72.5, 78), spreads and ghee excluded'),
    ]),
    # L24 fish dinner
    ('филе минтая замороженное, лимончик к рыбе, сметанка 15 процентов', [
        ('филе минтая замороженное', {
            'pyaterochka': [],
            'magnit': ['21f5feb583'],
            'dixy': [],
            'perekrestok': [],
        }, 'frozen pollock fillet: Магнит «Минтай МАГНИТ филе без кожи свежемороженый»; Магнит «МИНТАЙ филе, полуфабрикат '
           'из замороженного сырья» (sold thawed, not frozen) excluded, as are whole pollock (тушка), pollock mince, roe '
           'and ready dishes'),
        ('лимончик к рыбе', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['10E0074364'],
            'perekrestok': ['1536', '3148269', '3677353', '49780'],
        }, 'fresh lemons (loose or 2-packs); lemon-flavoured goods, «Нектарины лимонные», ginger-lemon sets excluded; «к '
           'рыбе» is a purpose'),
        ('сметанка 15 процентов', {
            'pyaterochka': [],
            'magnit': ['1000082622', '1000208902', '1000219465', '1000237597', '1000253705', '1000372785', '1000461810',
                          '1000463648', '1000553874', '1000558440', '1899900582', '8000035449', '8000057502', '8000068594',
                          '8000072734', '2645f50028', 'b699c0f510', 'c90113311e'],
            'dixy': ['2000024201', '2000220967', '2000276122', '2000279280', '2000411404', '2000544034', '2000595012'],
            'perekrestok': ['29910', '3142744', '3391034', '3423443', '3632833', '3634035', '3651189', '3667086', '4221356', '4226994',
                               '4246009', '4264297', '4320001', '4335470', '4349771', '4349772'],
        }, 'sour cream of exactly 15%% (incl. «из топлёных сливок» and lactose-free); other fat levels, Пятёрочка '
           'РостАгроЭкспорт «пикантная, с чесноком» (a flavoured sour cream), sour-cream chips/crackers/sauces excluded'),
    ]),
    # L25 tea time
    ('тульский пряник, зефир ванильный, гринфилд зеленый', [
        ('тульский пряник', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'no Тульский пряник in any store (grepped пряни/тульск/коврижк); other gingerbreads (Стойленские, Полёт, Дымка, '
           'LUCKY DAYS) excluded'),
        ('зефир ванильный', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000561712'],
            'perekrestok': [],
        }, 'vanilla zefir: only Дикси «Зефир Коломенский Ваниль и малина» (vanilla-raspberry, accepted as it is vanilla '
           'zefir in part); zefir of other flavours (яблочный, клюква, смородина, брусника, Антоновка), «классический в '
           'шоколаде», ШАРЛИЗ «Бело-розовый» (flavour not stated) and marshmallow sweets excluded'),
        ('гринфилд зеленый', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, "no Greenfield green tea in any store (Greenfield here is black tea, and Spirit Mate is herbal); other brands' "
           'green tea excluded: the brand was written'),
    ]),
]


def main():
    records = build(LISTS, OFFERS, OUT, "fl")
    stats(records)


if __name__ == "__main__":
    main()
