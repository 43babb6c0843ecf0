#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yf.jsonl -- recipe ingredient lists hand-labelled against the real offers in
real_offers_g.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yf.build.py

LISTS below is literal data: 25 shopping lists (3-5 items, 92 items) copied byte for byte from
fresh_basket_eval_yf.blind_lists.txt -- ingredient lists copied from recipes people are about to cook
(borscht, olivier, pancakes, pilaf, charlotte, lasagne, syrniki, fish in the oven, a chocolate cake,
okroshka, shawarma, salads, ...) as typed to a Telegram bot -- and for every item the product ids of every
in-stock offer per store that a reasonable shopper who wrote exactly that item would accept.  Candidate
titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё/е) and read one by one; every item was re-checked by listing the titles that
match its stem and were not accepted.  The note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store
has nothing acceptable (the item is "missing" there).  Made without reading or running korzina.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and then writes the
JSONL in the format of real_basket_eval.jsonl.  List ids are fyf01 ... fyf25 in LISTS order; every list is
in split "fresh".  Running this script also checks that every text equals its line in the blind draft.
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yf.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_yf.blind_lists.txt")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyf01
    ('борщ: свекла 2 шт средние, капуста белокочанная пол кочана, томатная паста 2 ст.л., говядина на косточке 600г', [
        ('борщ: свекла 2 шт средние', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['DI00079991'],
            "perekrestok": ['45532', '92844', '2143053', '13998', '4375880', '82265', '3625863', '786', '3444580',
                            '4208428', '3378167', '3368257', '4299508'],
        }, 'fresh raw beetroot of any pack (loose, washed, young, in bunches, net/bag, peeled, fresh-cut '
           '«соломка»/«резаная»); boiled (варёная/отварная), pickled/marinated, salads, dried snacks, chard '
           '«Мангольд», seeds, sugar and baby food excluded; «2 шт средние» is a recipe amount, not a filter; '
           'Перекрёсток «Свекла очищенная» and «Свёкла целая очищенная, 500г» taken as raw peeled beet (the titles '
           'do not say boiled; outside judgement)'),
        ('капуста белокочанная пол кочана', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['DI00078734'],
            "perekrestok": ['45661', '198', '1546', '4208425', '4268735', '91516'],
        }, 'fresh white cabbage (whole heads, early cabbage, plain Перекрёсток «Капуста», fresh-cut shredded packs '
           'incl. Белая Дача «Салат … Капуста белокочанная» 250 г taken as plain shredded cabbage); sauerkraut, '
           'marinated, kimchi, Мистер Салат salads, mixes with carrot, cauliflower/broccoli/sea cabbage, seeds '
           'excluded; «пол кочана» is an amount'),
        ('томатная паста 2 ст.л.', {
            "pyaterochka": [],
            "magnit": ['63697ab89b', 'd176b4306a', '3e333fcf75', '7f508c0006', '64828d44cd', '2c160abf20'],
            "dixy": ['2000521414', '2000569071', '2000322276', '2000536311', '2000000761'],
            "perekrestok": ['3690262', '3504319'],
        }, 'tomato paste of any brand and pack (incl. 30 g sachet, 70 g pyramid); ketchup (Помидорка «Томатный '
           'пастеризованный»), sauces and fish/curd «паста» excluded; «2 ст.л.» is a recipe amount'),
        ('говядина на косточке 600г', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['85566', '923', '3020550', '7338', '2101259'],
        }, 'raw beef on the bone: голень с костью, лопатка на кости, шейный отруб на кости, «Рагу из говядины '
           'суповое» (soup cut on bone), «Стриплоин с костью» (a beef cut, outside knowledge); boneless beef, '
           'brisket «для харчо» (bone not stated), steaks without bone, tinned/cooked beef, pet food excluded; 600г '
           'is a recipe amount'),
    ]),
    # fyf02
    ('оливье на нг: колбаса докторская 300 г, горошек бондюэль 1 банка, огурчики маринованные 4 шт, майонезик 67% провансаль', [
        ('оливье на нг: колбаса докторская 300 г', {
            "pyaterochka": ['3636156'],
            "magnit": ['4204e62e10', '892b23214a', '0406a2a7ef', '352b78741a', 'c9c2b3f600', '89c39c317d',
                       'fa414b5a8d', '47bbbb5374', 'fa236141ca', '233ff452a9', '6e16b1777a', '80689e53b3',
                       '0505750ecb'],
            "dixy": ['2000404595', '2000556092'],
            "perekrestok": ['4312573', '3385812', '2170372', '3434232'],
        }, 'Doktorskaya boiled sausage of any maker, piece or sliced (incl. Царицыно «Докторская, Особая», Мясницкий '
           'ряд «от шефа»); «Сосиски Докторские», Доктор Кёрнер crispbread and other «доктор» brands excluded; 300 г '
           'is an amount'),
        ('горошек бондюэль 1 банка', {
            "pyaterochka": [],
            "magnit": ['68a96163bf', '08e4c89d92'],
            "dixy": ['2000313828', '1100075857', '0230306094'],
            "perekrestok": ['27460', '16791', '4059535', '3635251', '4283761', '3951175', '4188483'],
        }, 'every Bonduelle canned green pea (Classique, молодой, нежный, стерилизованный, any size); Bonduelle '
           'Expert «зелёный с морковью» (a mix) and green peas of other brands excluded'),
        ('огурчики маринованные 4 шт', {
            "pyaterochka": ['3231209', '3015661'],
            "magnit": ['b83846e7e3', 'd77cad8396', 'ec376f9811', 'e8630c700b', 'e66a4613a3', 'adb393075f',
                       '7c2811d92a'],
            "dixy": ['2000200415', 'T000005987', '2000208489', '2000348876', '2000180487', '2000148383', '2000604671'],
            "perekrestok": ['4265436', '3180523', '3662073', '4061841', '4106670', '2050041', '4367072', '4307368',
                            '3472384', '4121991', '4061853', '4379606', '3976234', '4343529', '3504166', '4078446',
                            '4342683', '3499242', '71250', '2101582', '4107404', '4321954'],
        }, 'marinated cucumbers and gherkins in jars (incl. flavoured marinated: по-берлински, по-французски, '
           'по-дижонски, с хреном и смородиной, Globus с можжевельником); salted/barrel/малосольные cucumbers, '
           'assortments with tomatoes/patissons, fresh cucumbers and Дикси «Огурцы корнишоны, в упаковке, 300 г» '
           '(fresh) excluded. Jarred cornichons and cucumbers whose title does not say the brine were judged by the '
           'brand line (outside knowledge): Пятёрочка «Корнишоны Закарпатские» Eко, Магнит Скатерть-Самобранка '
           'корнишоны, Шесть соток «хрустящие», Дядя Ваня «По-французски»/«По-берлински», Globus taken as marinated; '
           'Лукашинские «По-старорусски с зеленью и дубовым листом» taken as salted and left out'),
        ('майонезик 67% провансаль', {
            "pyaterochka": [],
            "magnit": ['2c23c84574', '1799700138', '1000501598', '56ff8ec751', '7d31b46ae3', '1000556519',
                       '1000556521', 'f0f427f9d4', 'da818e4a20', '7a519275b4', '1000277219', '1000169172',
                       '8000045827', '1000233673', '1728400030', '1000179908', '1000422623', '1000014596',
                       '1000356802', '1000348713', '1000077734'],
            "dixy": ['2000570511', 'ЦТ0040573', '2000204803', '2000156539', 'ЦТ0027566', '2000265607', '1100075125',
                     '2000000160', '2000135999', 'ЦТ0045065', '2000429651', '2000539317', '2000306265', '2000202369',
                     '2000172969'],
            "perekrestok": ['3412258', '4072721', '2047206', '4259098', '4259097', '4297819', '3677986', '4331515',
                            '4331518', '4331500', '4331497', '3016147', '3467275', '3419671', '3674577', '3193489',
                            '78193', '3389322', '4199312', '3029014', '4112954', '4105769'],
        }, 'mayonnaise titled «Провансаль» (incl. the brand «Московский Провансаль» of any line, «с лимонным соком», '
           '«оливковый», «с маслом авокадо», «на перепелиных яйцах» when the title says Провансаль) at exactly 67%; '
           '50.5/55/56/61% and mayonnaise sauces excluded; 67% mayonnaises whose title does not say Провансаль '
           '(Heinz «Классический», Mr. Ricco/Слобода «на перепелином яйце», Слобода/Ряба «Оливковый», Слобода '
           '«Московская», ЯЛГ «Чистый»/«с лимонным соком», Пятёрочка Ряба оливковый) left out: the variety is '
           'written. Перекрёсток «Я люблю готовить Московский Провансаль классический, 700 г» has no % in the title '
           'but is the 67% line (its 390 г twin says 67%; outside knowledge) and is accepted; Перекрёсток Махеевъ '
           '«Провансаль с лимонным соком, 655мл» without % excluded (Дикси sells that 655 ml size as 50.5%)'),
    ]),
    # fyf03
    ('блинчики: мука макфа в/с 250 г, молоко 2.5 пол литра, яйца 3 шт, масло подсолнечное рафинир. 3 ст.л.', [
        ('блинчики: мука макфа в/с 250 г', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['D000002191', 'ЦТ0035253'],
            "perekrestok": [],
        }, 'Makfa wheat flour of the highest grade (высший сорт, incl. «Хлебопекарная высший сорт»); Перекрёсток '
           "Makfa «хлебопекарная сорт экстра» left out (экстра is another grade than the written в/с); other brands' "
           'flour and Makfa pasta/groats excluded; 250 г is a recipe amount'),
        ('молоко 2.5 пол литра', {
            "pyaterochka": [],
            "magnit": ['cfca1c1906', 'ef94b89629', '1000143306', '1812450029', '1000418036', '8000029029',
                       '1000037901', '1000445487', '1051242602', '1000563706', '1000035016', '8000058293'],
            "dixy": ['2000024178', '2000546311', '2000263555', '2000313238', '2000511374', '2000273384', '2000600212'],
            "perekrestok": ['4316451', '4250778', '4153927', '4310700', '4137916', '4244153', '3431582'],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised/UHT/sterilised, any pack, incl. children's Агуша "
           '2.5% 200 мл); топлёное (Зелёная Линия), ряженка, kefir, yoghurt, milkshakes, porridges and butter of '
           'dairies named «…молоко» excluded; «пол литра» is a recipe amount, not a pack filter'),
        ('яйца 3 шт', {
            "pyaterochka": [],
            "magnit": ['3454700001', '2047000007', '2047000014', '2047000033', '1000247393', '1000247190',
                       'e5202b5cfd', '1000247378', '1000247384', '1000247234', '8000092349', '1a8d487cea',
                       '44e0856421'],
            "dixy": ['2000588991', '2000326489', '2000601112', '2000596671', '2000269323', '2000269325', '2000212529',
                     '2000238733', '2000284425', '2000139399', '2000601652', '1041042135'],
            "perekrestok": ['4322003', '4201192', '4201194', '4168688', '4263543', '4339427', '4364349', '3392204',
                            '4337164', '4352464', '3062838', '3356111', '3432532', '2131762', '3421287', '3914040',
                            '3001671', '4236458', '3355250', '4076991', '2109476', '2109474', '3303858', '4085791',
                            '2131763', '3950938', '3624328', '4012802', '4085790', '4088955', '4229222', '4085792',
                            '3182856', '3182853'],
        }, "hen's eggs of any class (СВ/высшая, С0/отборные, С1, С2) and any pack (6, 10, 15, 20, 30); the count is "
           'a recipe amount, not a pack filter; quail eggs, liquid egg products (меланж, белок, желток Зелёная '
           'Линия), chocolate eggs (Kinder, Шоки-токи) and goods «с яйцом» excluded'),
        ('масло подсолнечное рафинир. 3 ст.л.', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000002844', '2000268261', 'DI00080540', '2000283309', '2000005808', '2000555852', '2000154498',
                     'DI00079242', '2000005809', '2000003488', 'ЦТ0039503', '2000563791', '2000210260'],
            "perekrestok": ['4218020', '6275', '2093709', '2043188', '2068955', '4022580', '2007886', '64128',
                            '2046261', '3340103', '3426152', '3426155', '23714', '3454645', '21676', '3478098',
                            '2147548', '4277755', '4269569', '4269568', '3642040'],
        }, 'sunflower oil whose title says рафинированное (any size, incl. high-oleic refined and the Altaria '
           'refined spray); unrefined, flavoured (Almador с ароматом…), blends with olive/almond/wheat germ (Altero, '
           'Almador, Слобода, Благо, Agrolive, Getuva по-итальянски) excluded; Перекрёсток «Аведовъ подсолнечное» '
           'and Getuva «New Way» do not say refined and are left out; «рафинир.» is the written variety'),
    ]),
    # fyf04
    ('плов: рис для плова 500 г, баранина 700г, зира 1 ч.л., чеснок 2 головы крупные', [
        ('плов: рис для плова 500 г', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000203655', '2000587451', '2000274400', '2000600234'],
            "perekrestok": ['3483037', '3413111', '4371462'],
        }, '«рис для плова» names a kind of rice sold as such: rice titled «для плова» or Националь «Пилаф» (pilaf '
           'rice); long-grain, parboiled, round, basmati, jasmine and other rice not labelled for plov left out, '
           'plov seasonings and ready rice dishes excluded; 500 г is a recipe amount'),
        ('баранина 700г', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no raw lamb/mutton in any store; Дикси Мираторг «Кебабчичи Говядина и ягнятина» (minced kebabs) and '
           'cat/dog food «с ягненком» excluded; missing everywhere'),
        ('зира 1 ч.л.', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no cumin (зира/кумин) in any store; plov seasonings (Восточный гость, Котани, Маркет «Приправа для '
           'плова») are blends, not зира, and caraway (тмин) appears only in sauerkraut; missing everywhere'),
        ('чеснок 2 головы крупные', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['DI00078769', 'ЦТ0039681'],
            "perekrestok": ['45692', '4018137', '51157', '77278', '4090538'],
        }, 'fresh garlic (loose, «в упаковке 1 шт», Фермерский Чеснок «отборный 1 сорта» 1 шт, «Чеснок Фермерский, '
           '150г» taken as fresh heads, early garlic, fresh peeled cloves «отборный зубчиками»); '
           'dried/granulated/ground/smoked garlic, «измельчённый», «тёртый», «с солью», salted garlic, garlic salt '
           'and a garlic press excluded; «крупные» is not a filter'),
    ]),
    # fyf05
    ('шарлотка: яблоки зеленые 5 шт, сахар 1 стакан, разрыхлитиль 1 ч.л., пергамент для выпечки в рулоне', [
        ('шарлотка: яблоки зеленые 5 шт', {
            "pyaterochka": [],
            "magnit": ['18871c6e60'],
            "dixy": ['10E0076186'],
            "perekrestok": ['3366327', '4097664', '3171926', '4194478', '4152180', '4047567'],
        }, 'fresh green apples: titles saying «зелёные» and the green varieties Гренни Смит and Симиренко; '
           'Golden/Гольден (yellow), red and other varieties (Муцу left out), and Перекрёсток «Яблоки Органика '
           'Зелёная Линия» (Зелёная Линия is the brand, not the colour) excluded; apple juice, purées, chips and '
           'apple-flavoured goods excluded'),
        ('сахар 1 стакан', {
            "pyaterochka": [],
            "magnit": ['446f5df61c'],
            "dixy": ['2000174958', '2000214171', '2000214172'],
            "perekrestok": ['3650732', '3902622', '3230933'],
        }, 'white granulated sugar (сахар-песок, «белый кристаллический», Советский Экстра 1 кг taken as '
           'granulated); pressed/lump sugar (прессованный, кусковой — a glass of sugar for a batter is granulated; '
           'judgement), cane, coconut and vanilla sugar excluded; «1 стакан» is a recipe amount'),
        ('разрыхлитиль 1 ч.л.', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000220512'],
            "perekrestok": [],
        }, 'baking powder (Dr.Bakers «Разрыхлитель теста» 10 г); the typo is read as разрыхлитель; soda and cake '
           'mixes excluded'),
        ('пергамент для выпечки в рулоне', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no baking paper/parchment in any store (only margarine and cake mixes «для выпечки»); missing everywhere'),
    ]),
    # fyf06
    ('лазанья: листы для лазаньи barilla, фарш говяжий 500 г, пармизан 100 г, томаты в собственном соку 1 банка', [
        ('лазанья: листы для лазаньи barilla', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no Barilla lasagne sheets in any store; Barilla pasta of other shapes, Маркет «лазанья» sheets (another '
           'brand) and ready lasagne (Золотой Петушок) excluded; missing everywhere'),
        ('фарш говяжий 500 г', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000322809', '2000207953'],
            "perekrestok": ['4288090', '4013', '4357432'],
        }, 'raw minced beef (Мираторг, Иван Мясоедов, Перекрёсток «Фарш говяжий», Хороший Кусок «из говядины»); '
           'mince whose title does not say beef (Домашний, Фермерский, Деревенский, «мясной»), pork, turkey '
           '(Индилайт) and fish mince excluded; 500 г is an amount'),
        ('пармизан 100 г', {
            "pyaterochka": [],
            "magnit": ['1000578272', '1000371470', 'e7e41c2d16', '0dc02300a0', '1000384143', '632a4664e6',
                       'b10071458c', '1000526832'],
            "dixy": ['2000597551'],
            "perekrestok": ['4345021', '3496416', '3496419', '4300784'],
        }, 'parmesan-type hard cheese titled Пармезан/Parmesan in any form (piece, weighed, grated; incl. '
           'Russian-made Поставский «Пармезан Гранд», Чиз Галлери, Laime, Dolce Granto); Italian Snack «Крем-сыр из '
           'пармезана», ravioli with parmesan and other hard cheeses excluded; the weight is a recipe amount; '
           '«пармизан» is a typo of пармезан'),
        ('томаты в собственном соку 1 банка', {
            "pyaterochka": [],
            "magnit": ['f77a551f2e'],
            "dixy": ['2000118119', '2000571955'],
            "perekrestok": ['3901877', '4042450', '4181618'],
        }, 'canned tomatoes in tomato juice = in their own juice (Дядя Ваня and Круглое лето «в томатном соке», '
           'Маркет «неочищенные в томатном соке» — found on the re-check of «томатн»), Bonduelle «очищенные в '
           'томатной мякоти» and Маркет «Томаты резаные» 390 г (plain chopped canned tomatoes; outside knowledge '
           'that they are packed in juice); Пятёрочка Дядя Ваня «в томатном соусе» (sauce, not juice), flavoured '
           'chopped tomatoes (с базиликом, с луком и чесноком), passata «Протертая мякоть томатов» Пиканта, '
           'marinated tomatoes, paste and fresh tomatoes excluded'),
    ]),
    # fyf07
    ('сырники: творог 9% 400 г, мука рисовая 3 ст.л., ванильный сахар 1 пакетик, сметанка 20% к подаче', [
        ('сырники: творог 9% 400 г', {
            "pyaterochka": [],
            "magnit": ['3d536f7add', '93ff6e854f', '18fc386178', '57c16fad2a', '1000386975', '0cfee9df84',
                       '1000122024', '1000530486', '1000426470', '1000426465', '1000448252', '8000055235'],
            "dixy": ['2000423589', '2000567931', '2000566980', '2000266304', '2000569975', '2000568076', '2000280850',
                     '2000564413', '2000312025'],
            "perekrestok": ['4249286', '4249279', '4153929', '4129495', '4299497', '3192865', '4294087', '3487310'],
        }, 'plain cottage cheese at exactly 9% of any pack (incl. рассыпчатый, пластовой, Зелёная Линия «Творог '
           "Зернышко 9%» — no cream or filling in the title); 3.9/5% curd, children's fruit curd, творожки, сырки, "
           'cheese «творожный» and flavoured curd excluded; 400 г is an amount'),
        ('мука рисовая 3 ст.л.', {
            "pyaterochka": [],
            "magnit": ['5221bd2444'],
            "dixy": ['2000307487'],
            "perekrestok": ['3196995', '4331381', '4367235'],
        }, 'rice flour of any kind (С.Пудовъ, Гарнец, Зелёная Линия «рисовая цельнозерновая», Гарнец «из бурого '
           'риса»); wheat, corn, gluten-free mixes and rice-corn pasta excluded'),
        ('ванильный сахар 1 пакетик', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000220514'],
            "perekrestok": ['4272698'],
        }, 'vanilla sugar (Dr.Bakers 8 г); Магнит «Ванилин ХААС» (vanillin, a different product) and '
           'vanilla-flavoured goods excluded'),
        ('сметанка 20% к подаче', {
            "pyaterochka": [],
            "magnit": ['30145abd36', '1000461809', '4221528ef6', '1000237596', '1899913371', '1000102474',
                       '1000429067', '1000574404', '1000574405', '1000203662'],
            "dixy": ['2000276139', '2000220966', '2000166052', '2000544033', '2000509715', '2000411407', '2000509714'],
            "perekrestok": ['4250761', '4320002', '4229625', '3632834', '4221355', '4087849', '4241375', '3629029',
                            '3166306', '4072176', '4376610', '3181748', '4095524'],
        }, 'sour cream at exactly 20% of any brand and pack (Вкуснотеево and Перекрёсток Зелёная Линия 20% found '
           'only on the re-check: their names contain «вкус»/«Зелёная», words first used to drop flavoured goods); '
           '10/15/25% sour cream, «сметанный» mayonnaise/products and chips «сметана и лук» excluded; «к подаче» is '
           'a purpose, not a filter'),
    ]),
    # fyf08
    ('рыба в духовке: филе трески 600 г, лимончик 1 шт, фольга пищевая для запекания', [
        ('рыба в духовке: филе трески 600 г', {
            "pyaterochka": [],
            "magnit": ['f7e065c834'],
            "dixy": [],
            "perekrestok": [],
        }, 'cod fillet (Магнит «Треска филе без кожи, свежемороженая, 600г»); Магнит «ТРЕСКА полуфабрикат из '
           'замороженного сырья» (not stated to be fillet), cod liver, cod roe, cod-fish triangles and cod dumplings '
           'excluded; 600 г is an amount'),
        ('лимончик 1 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['10E0074364'],
            "perekrestok": ['1536', '3677353', '3148269', '49780'],
        }, 'fresh lemons (loose, 2-packs, Узбекистан); Перекрёсток «Микс Лайм-лимон» (a mixed pack), lemon juice '
           'seasoning, tonics, lemon-flavoured goods and cleaners «Лимон» excluded'),
        ('фольга пищевая для запекания', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no kitchen foil in any store (only a «фольгированная» face mask); missing everywhere'),
    ]),
    # fyf09
    ('шоколадный торт: какао порошок 3 ст.л., шоколад горький 70% 100г, сливки 33% 200 мл не растительные, масло сливочное 82.5% 200г', [
        ('шоколадный торт: какао порошок 3 ст.л.', {
            "pyaterochka": [],
            "magnit": ['25a1b729b4', 'f675db585c'],
            "dixy": [],
            "perekrestok": [],
        }, 'cocoa powder (Золотой ярлык «Какао натуральный», «Какао-порошок Российский»); instant cocoa drinks '
           '(Nesquik, Хрутка, Скрепыши, MacChoco) and Чукка «Гранулированный» (an instant granulated drink; outside '
           'knowledge) excluded'),
        ('шоколад горький 70% 100г', {
            "pyaterochka": ['16430'],
            "magnit": ['2b68a42ddd'],
            "dixy": ['2000220298'],
            "perekrestok": ['4182941'],
        }, 'dark chocolate at exactly 70% cocoa in any bar size (Lindt Превосходный, Alpen Gold Горький, Россия '
           '«Российский горький», Зелёная Линия «Шоколад на меду» 70%); 72/75/85% and other dark chocolate excluded; '
           '«100г» is a recipe amount'),
        ('сливки 33% 200 мл не растительные', {
            "pyaterochka": [],
            "magnit": ['1000299287', '8000056173'],
            "dixy": [],
            "perekrestok": ['44799'],
        }, 'dairy cream at exactly 33% (Вкуснотеево and Петмол «для взбивания», Молочный мир стерилизованные); '
           '10/11/20% cream excluded; no vegetable cream is in the offers, the negative wish excludes it anyway; 200 '
           'мл is an amount'),
        ('масло сливочное 82.5% 200г', {
            "pyaterochka": ['3026226'],
            "magnit": ['6b22928df7', '1000084229', '1000312970', '1000026602', '1000458136', '86326346d1',
                       '1000433642', '1000151122', '8000045816', '1000521208', '4fc2d8c8ad', '1000070643',
                       '1899900309', '1000566266'],
            "dixy": ['2000186964', '2000575412', '2000604391', '2000588791', '2000509906', '2000581831', 'DI00080070',
                     '2000602271', '2000605413', '10J0079578'],
            "perekrestok": ['3654551', '4175276', '3999749', '3413519', '3643092', '34890', '3628337', '4260609',
                            '3026226', '4113532', '3434127', '3612778', '4310021', '4055506', '86149', '3369241',
                            '3698785', '3287314', '3396544', '3657363', '4292462', '4343792', '3699369', '3953367',
                            '4196090', '4135603', '3922315'],
        }, 'butter labelled exactly 82.5% (incl. Брест-Литовск «82.5» without the % sign, lactose-free Тысяча Озёр), '
           'any pack; butter labelled 82% (Jalo Kerma, Арла Натура, Киприно, Молочный знак, Natura, President) and '
           '72.5% excluded; 200г is an amount'),
    ]),
    # fyf10
    ('окрошка: квас для окрошки 1.5л, редиска 1 пучок, колбаса вареная 300г', [
        ('окрошка: квас для окрошки 1.5л', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '«квас для окрошки» names a kind (unsweetened okroshka kvass); none is offered: Пятёрочка «Русский узор '
           'Летний» 2.5 л (a sweet drinking kvass) and Перекрёсток «Квас Медовый» Зелёная Линия left out, sauerkraut '
           '«квашеная» excluded; 1.5л is read as the recipe amount; missing everywhere'),
        ('редиска 1 пучок', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no radish (редис/редиска) in any store; missing everywhere'),
        ('колбаса вареная 300г', {
            "pyaterochka": ['1fbf416f8a', '3636156'],
            "magnit": ['60ec499c51', '6187ab2c5c', 'c86fb2504c', '3a639c7d3d', '4204e62e10', '892b23214a',
                       '0406a2a7ef', '352b78741a', 'c9c2b3f600', '89c39c317d', 'fa414b5a8d', '47bbbb5374',
                       'fa236141ca', '233ff452a9', '6e16b1777a', '80689e53b3', '0505750ecb', '4061304bee',
                       '743b129eca', 'a1d07647fd', '6cf62c7ba3'],
            "dixy": ['2000566596', '2000544937', '2000302807', '2000402411', '2000404595', '2000275319', '2000577531',
                     '2000563511', '2000595018', '2000556092', '2000538031', '2000595016'],
            "perekrestok": ['4312573', '3385812', '2170372', '3434232', '4300888'],
        }, 'boiled sausage of any kind and maker: titles saying вареная/варёная, and the boiled classics Докторская, '
           'Молочная, Русская, Столичная (Пятёрочка Егорьевская), Царицыно «Говяжья Особая» мини, Папа Может '
           "«Филейная» из мяса птицы (taken as boiled; outside knowledge), children's poultry sausage Зелёная Линия; "
           'ham (ветчина Столичная), semi-smoked, cooked-smoked, dry-cured sausages, sausages/сосиски and Черкизово '
           '«По-домашнему, с чесноком» (kind not stated) excluded'),
    ]),
    # fyf11
    ('шаурма дома: лаваш тонкий армянский 2 шт, куриные бедра без кости 500 г, капуста пекинская, соус чесночный для шаурмы', [
        ('шаурма дома: лаваш тонкий армянский 2 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4199211', '4361122'],
        }, 'thin Armenian lavash (Коломенский «Армянский тонкий», Маркет «Лаваш Армянский» — Armenian lavash is the '
           'thin sheet); tandoor flatbreads (лепёшка) excluded'),
        ('куриные бедра без кости 500 г', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000581594'],
            "perekrestok": ['2160048', '78004576', '3683728'],
        }, 'boneless chicken thigh (филе бедра куриное / цыплёнка-бройлера); bone-in thighs (Магнит Петелинка, '
           'Петруха, «гриль»), turkey thigh fillet and beef «бедро» excluded; 500 г is an amount'),
        ('капуста пекинская', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no Chinese cabbage in any store (only «Груша Китайская» and Chinese tea); white cabbage, kimchi and '
           'other cabbages excluded; missing everywhere'),
        ('соус чесночный для шаурмы', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000437112'],
            "perekrestok": ['4371998'],
        }, 'garlic sauce: Перекрёсток Select «Соус Чесночный майонезный» 35 г and Дикси «Я люблю готовить '
           'Французские пряности и чеснок» (a garlic sauce of the mayonnaise-sauce line; judgement); Kotanyi dry mix '
           '«для чесночного соуса», garlic ketchup, dishes «в … чесночном соусе» and Maggi mixes excluded; «для '
           'шаурмы» is a purpose'),
    ]),
    # fyf12
    ('цезарь: салат романо 1 кочан, сухарики для цезаря, соус для цезаря heinz', [
        ('цезарь: салат романо 1 кочан', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no romaine (романо) lettuce in any store; spinach, chard, rocket mixes and ready salads excluded; '
           'missing everywhere'),
        ('сухарики для цезаря', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '«для цезаря» names the kind (plain salad croutons); no salad/Caesar croutons are offered: flavoured '
           'snack croutons (Воронцовские, Хрусteam, Фишка, 777, Добрынов, Vian, Рижский хлеб, Гренковъ, BEERKA), '
           'sweet сухари с изюмом and breadcrumbs left out; missing everywhere'),
        ('соус для цезаря heinz', {
            "pyaterochka": [],
            "magnit": ['2766a93ca7'],
            "dixy": [],
            "perekrestok": [],
        }, 'Heinz Caesar sauce (Магнит «Соус HEINZ, Цезарь, 230г»); other Heinz sauces and Цезарь-brand pelmeni, '
           'pizza, vareniki excluded'),
    ]),
    # fyf13
    ('греческий: фета 200 г, маслины б/к 1 банка, перец болгарский красный 1 шт, масло оливковое extra virgin 3 ст.л.', [
        ('греческий: фета 200 г', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no cheese sold as feta: Фетакса (Hochland, incl. «плавленый … без рассола»), Экомилк «Фетика», Сиртаки '
           '«продукт рассольный», брынза (Sveza, Сербская), халуми and olives «фаршированные сыром фета» left out — '
           'the written cheese is feta; missing everywhere'),
        ('маслины б/к 1 банка', {
            "pyaterochka": [],
            "magnit": ['ffc8624869', 'a4c260b58b', '67a5bec16c'],
            "dixy": ['2000280423', '2000573831', '2000284987', 'D000011668', '2000300243', '2000293466'],
            "perekrestok": ['3013064', '4049135', '4340423', '4340420', '4102524', '4340492', '4340498', '3628531',
                            '3468532'],
        }, 'pitted black olives (маслины без косточки/«б/к» of any brand and size, incl. Iberica «Mini черные»); '
           'with stone, stuffed (фета, лосось), вяленые, green olives and Market Collection «Оливки Каламата … без '
           'косточки» (sold as оливки in vinegar) excluded'),
        ('перец болгарский красный 1 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no fresh sweet/bell pepper in any store; marinated peppers, chili, black pepper and cheese «Три перца» '
           'excluded; missing everywhere'),
        ('масло оливковое extra virgin 3 ст.л.', {
            "pyaterochka": ['3015194'],
            "magnit": [],
            "dixy": ['2000347675', '2000580798', 'T000000850', '2000534311', 'T000000852'],
            "perekrestok": ['4321136', '4218015', '4365079', '3617469', '4063916', '4130610', '4137208', '3666262',
                            '3501258', '3501259', '3444927', '3444926', '4333525', '4343608', '4343609', '4361247'],
        }, 'olive oil whose title says Extra Virgin/EV/Extra Vergine/«EXTR.VIR.» or the Russian grade '
           '«нерафинированное высшего качества / высший сорт» (Colavita Mediterranean, Sita, Barbera); flavoured EV '
           'oils (Cretan Mill с чесноком, Filippo Berio трюфель), refined/pomace/blends, sunflower oils «с '
           'добавлением оливкового», and olive oils titled only «нерафинированное» (Cobram Estate, De Cecco, Monini '
           'Nettare, Anfosso, Frantoi Cutrera) left out — the grade is not stated; 3 ст.л. is an amount'),
    ]),
    # fyf14
    ('шуба: сельдь филе в масле 1 уп, свеколка 2 шт небольшие, майонез 50% 200 г, яйца 4 шт', [
        ('шуба: сельдь филе в масле 1 уп', {
            "pyaterochka": [],
            "magnit": ['d1c803816b'],
            "dixy": ['2000162753', '2000322886', '2000236692', '2000242531', '2000179260', '2000309903'],
            "perekrestok": ['3345483', '3682728', '3622072', '3622071', '79543', '3683742', '2168484', '3683735',
                            '3463465', '3993017', '4322376', '4323336', '4275608', '4366965', '4159336'],
        }, 'salted herring fillet or fillet pieces in oil, plain or with dill/spices/«с дымком»/приправы (Vici «К '
           'картошке», Матиас, Балтийский Берег «по-царски», Русский Невод, Русское Море, Пр!ст, Маркет, Люди Любят, '
           '«в масляной заливке»); herring in wine, mayonnaise, marinade or tomato, cold-smoked fillet, '
           'whole/ungutted and weighed herring, fillet without oil, «Сельдь под шубой» salad excluded; Магнит '
           'Санта-Бремор «Филе сельди популярное» and Перекрёсток Санта Бремор «Матиас свежая зелень» (the fill is '
           'not stated) and Викинг «По-польски в масле с лучком и томатом» (a herring snack with vegetables) left '
           'out'),
        ('свеколка 2 шт небольшие', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['DI00079991'],
            "perekrestok": ['45532', '92844', '2143053', '13998', '4375880', '82265', '3625863', '786', '3444580',
                            '4208428', '3378167', '3368257', '4299508'],
        }, 'fresh raw beetroot, judged as «свекла» in fyf01 (boiled, pickled, salads, chard, seeds excluded; '
           'Перекрёсток «Свекла очищенная»/«Свёкла целая очищенная» taken as raw); «небольшие» and «2 шт» are not '
           'filters; boiled beet is left out even though the dish uses cooked beet: the purpose is not a filter and '
           'the word is the fresh vegetable'),
        ('майонез 50% 200 г', {
            "pyaterochka": [],
            "magnit": ['d8bbb63f48', '5861fc587f', 'ddda8365b8', '269c8ab257', '1000520539', '1000077733',
                       '1000558908', '1000450507', '1000498096', '1000554514', '8000059708', '1000556520'],
            "dixy": ['T000005518', '2000593851', '2000202332', '2000602611'],
            "perekrestok": ['2093561', '4331533'],
        }, 'mayonnaise at 50% or 50.5% of any brand and variety (Махеевъ Провансаль/Оливковый/на перепелином яйце/с '
           'лимонным соком, Печагин 50%, Ряба Провансаль/Сметанный, Master Gurme оливковый); 50.5% is read as the '
           '«50%» class as 82.5% butter counts as «82» (judgement); 55/56/61/67% mayonnaise, mayonnaise sauces (Ряба '
           '«Постный» 50%, ЯЛГ «Коул-слоу» 50.5%) excluded; 200 г is an amount'),
        ('яйца 4 шт', {
            "pyaterochka": [],
            "magnit": ['3454700001', '2047000007', '2047000014', '2047000033', '1000247393', '1000247190',
                       'e5202b5cfd', '1000247378', '1000247384', '1000247234', '8000092349', '1a8d487cea',
                       '44e0856421'],
            "dixy": ['2000588991', '2000326489', '2000601112', '2000596671', '2000269323', '2000269325', '2000212529',
                     '2000238733', '2000284425', '2000139399', '2000601652', '1041042135'],
            "perekrestok": ['4322003', '4201192', '4201194', '4168688', '4263543', '4339427', '4364349', '3392204',
                            '4337164', '4352464', '3062838', '3356111', '3432532', '2131762', '3421287', '3914040',
                            '3001671', '4236458', '3355250', '4076991', '2109476', '2109474', '3303858', '4085791',
                            '2131763', '3950938', '3624328', '4012802', '4085790', '4088955', '4229222', '4085792',
                            '3182856', '3182853'],
        }, "hen's eggs of any class (СВ/высшая, С0/отборные, С1, С2) and any pack (6, 10, 15, 20, 30); the count is "
           'a recipe amount, not a pack filter; quail eggs, liquid egg products (меланж, белок, желток Зелёная '
           'Линия), chocolate eggs (Kinder, Шоки-токи) and goods «с яйцом» excluded'),
    ]),
    # fyf15
    ('пицца дома: тесто дрожжевое замороженное 500г, моцарела 200 г, салями 100 г, орегано сушеный', [
        ('пицца дома: тесто дрожжевое замороженное 500г', {
            "pyaterochka": [],
            "magnit": ['d5935ae50c'],
            "dixy": [],
            "perekrestok": [],
        }, 'frozen yeast dough: Магнит «МОРОЗКО Тесто слоеное дрожжевое 1кг» (Морозко is a frozen-food brand; puff '
           'yeast dough is a yeast dough; outside knowledge); dough mixes and ready pizza excluded; 500г is an '
           'amount'),
        ('моцарела 200 г', {
            "pyaterochka": [],
            "magnit": ['1000070528', 'f34553b2a5', '1000216597', '8000036544', '8fafbefa0d', 'a6a7985f8b',
                       'ac45682a48', '1000397214', '3ceec6b968'],
            "dixy": ['2000365606'],
            "perekrestok": ['3668945', '3500953', '3949283'],
        }, 'mozzarella cheese of any form (ball, maxi, cubes, Чильеджина/mini, Fior di Latte, «для пиццы», Unagrande '
           'protein sticks); scamorza and sausages «с моцареллой» excluded; «моцарела» is a typo; 200 г is an amount'),
        ('салями 100 г', {
            "pyaterochka": [],
            "magnit": ['494e727a2c', 'bc94db809e', '47ef8a1460', '6c0ebbb571', '274740067e', 'e2e8ea4b7d',
                       'b69bc113b5', 'faac9e377e', '48c30df1cf', 'd5889cdb3d', '6f8b49cfc4', '21cb360c4b',
                       'd5f097ae4c'],
            "dixy": ['2000546175', '2000579172'],
            "perekrestok": ['4095329'],
        }, 'salami of any kind (сырокопчёная, полукопчёная, варено-копчёная; Финская, Венская, Итальянская, '
           'Миланская, Фламенко, Пражская, Малаховский «салями Пикканте»); processed cheese «с салями» excluded; 100 '
           'г is an amount'),
        ('орегано сушеный', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no oregano/душица in any store (only crackers «с томатом и орегано» and oil «с ароматом итальянских '
           'трав»); missing everywhere'),
    ]),
    # fyf16
    ('винегрет: капуста квашеная 200 г, горошек зеленый 1 банка, огурцы соленые 3 шт, масло растительное нерафинированное 2 ст.л.', [
        ('винегрет: капуста квашеная 200 г', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000548651', '2000208672'],
            "perekrestok": ['2068014', '4006250', '4006123', '4243262', '4116723'],
        }, 'sauerkraut (квашеная капуста, plain or with carrot, cranberry, apple, caraway; Дикси «Фитнес» без '
           'сахара); marinated cabbage, «Пелюстка со свеклой», kimchi, Korean-style and stewed cabbage excluded; 200 '
           'г is an amount'),
        ('горошек зеленый 1 банка', {
            "pyaterochka": [],
            "magnit": ['68a96163bf', '08e4c89d92', '7e3054a87f', '118e7a3919', '334fc1acba', '02059b03ae',
                       '077ca9bca9'],
            "dixy": ['2000313828', '1100075857', '0230306094', '2000163949', '10A0036580', '2000313797', '2000189884',
                     '2000118079'],
            "perekrestok": ['27460', '16791', '4059535', '3635251', '4283761', '3951175', '4188483', '4004677',
                            '3483842', '19134', '4206921', '3628006', '77114', '32340', '4273266', '4274246',
                            '3350744', '3360308', '3026306', '4380317', '4211849', '2035571', '4192227', '4011800',
                            '3504837', '3447858'],
        }, 'canned green peas of any brand and size (incl. Зелёная Линия «Горошек Изысканный» taken as canned, '
           'Бояринъ 4.15 кг); «банка» names the canned form, so frozen peas (4 Сезона, Маркет быстрозамороженный, '
           'loose frozen) are left out; Bonduelle Expert with carrot, dried/split peas (горох), «Горошек сладкий», '
           'microgreens, pet food and black pepper «горошек» excluded'),
        ('огурцы соленые 3 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000406194', '2000548652', '2000324334', '2000406217', '2000271005'],
            "perekrestok": ['4167094', '4149239', '2145531', '4260395', '4379607', '4022883', '4187465', '3976232',
                            '4188777', '4260194', '4275316', '3609120', '3407713'],
        }, 'salted cucumbers and gherkins (солёные, бочковые, малосольные, incl. flavoured salted: с мёдом и '
           'клюквой, острые с тархуном; Лукашинские «По-старорусски с зеленью и дубовым листом» taken as salted — '
           'the brine is not stated); marinated cucumbers, fresh cucumbers, assortments and cheese «с маринованными '
           'огурцами» excluded'),
        ('масло растительное нерафинированное 2 ст.л.', {
            "pyaterochka": [],
            "magnit": ['db31d53b92'],
            "dixy": ['2000290945', '2000296713', '2000559953'],
            "perekrestok": ['4067112', '4307791', '4149438', '3608379', '74883', '3653773', '4311768', '3683883',
                            '2071663'],
        }, 'unrefined vegetable oil in the everyday sense of «растительное масло»: unrefined sunflower oil (incl. '
           'high-oleic and «из жареных семечек») and Магнит Сарепта unrefined mustard oil; refined oils, blends (с '
           'добавлением льняного/оливкового), flavoured oils, and olive/avocado oils (bought by their own name; '
           'judgement) excluded; 2 ст.л. is an amount'),
    ]),
    # fyf17
    ('оладьи на кефире: кефир 2.5% 500 мл, сода 1/2 ч.л., изюм без косточек 100 г', [
        ('оладьи на кефире: кефир 2.5% 500 мл', {
            "pyaterochka": [],
            "magnit": ['1000451590', '1000439735', '610b0779be', '1000139426', '1000350608', '1899800689',
                       '1899912534', '8000033639'],
            "dixy": ['ЦТ0028202', '2000560991'],
            "perekrestok": ['4280893', '4245052', '4280483', '4137919', '4229630', '4263418', '3491537', '4233125',
                            '3604726', '2173827', '2093082', '3386041', '3429041'],
        }, 'kefir at exactly 2.5% of any pack; 1/3.2% kefir, ряженка, milk and yoghurt 2.5% excluded; 500 мл is a '
           'recipe amount, not a pack filter'),
        ('сода 1/2 ч.л.', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['DI00078505'],
            "perekrestok": [],
        }, 'baking soda (Дикси «Сода пищевая, 500 г»); soda water/drinks and a dish-wash liquid «пищ сода» excluded'),
        ('изюм без косточек 100 г', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4316951', '3640864'],
        }, 'raisins: Маркет «Изюм Голден» and «Изюм светлый» (golden/light raisins are seedless sultanas; outside '
           'knowledge — no title says «с косточкой», which the negative wish would exclude); baked goods, curd and '
           'compotes with raisins excluded'),
    ]),
    # fyf18
    ('тирамису: маскарпоне galbani 500г, савоярди 200 г, кофе молотый для эспрессо, какао для посыпки', [
        ('тирамису: маскарпоне galbani 500г', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no Galbani mascarpone in any store; mascarpone of other brands (Pretto, Бонфесто, Зелёная Линия) left '
           'out because the brand is written; Galbani mozzarella/blue cheese excluded; missing everywhere'),
        ('савоярди 200 г', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no savoiardi/ladyfinger biscuits in any store; missing everywhere'),
        ('кофе молотый для эспрессо', {
            "pyaterochka": ['1e481d9846', '3607723'],
            "magnit": ['0fe86f8472', '222418c5e4', '2700f5e3b1', '3bb33c0c9e', '4522417a72', '46bb6aa6cb',
                       '7046b50e4e', '76b0197955', '79b9a44edb', '80d20f5714', '8269b24f19', '8d3366ce51',
                       '97373908ef', 'a2b0f72440', 'a46592e215', 'a6281deb0c', 'ab6f2df0cf', 'be3079e158',
                       'bf33a13d25', 'c2e5e0f5ec', 'f083873ce2', 'f32af3a996', '7d84ba5b6e'],
            "dixy": ['10E0076694', '2000054819', '2000056820', '2000183725', '2000186346', '2000193927', '2000228092',
                     '2000235411', '2000263796', '2000267720', '2000277619', '2000303593', '2000362026', '2000546071',
                     '2000552471', '2000557192', '2000557193', '2000568376', '2000574432', '2000582491', '2000604152',
                     '2000605231'],
            "perekrestok": ['2147872', '29278', '3171130', '3395339', '3395340', '3606929', '3612036', '3644175',
                            '3689956', '3965705', '4058107', '4108341', '4122814', '4129183', '4150051', '4166073',
                            '4166074', '4253960', '4261910', '4261911', '4261915', '4262483', '4291307', '4295649',
                            '4315506', '4320251', '4320252', '4325139', '4340948', '4342549', '4345201', '4345202',
                            '4347224', '4351047', '6944', '72110', '72112'],
        }, 'roast ground coffee of any brand and pack (incl. «для турки»/«по-восточному» grinds, Жокей '
           '«По-восточному, Арабика» whose Дикси twin says молотый, Пётр Великий «Императорский помол»); «для '
           'эспрессо» is a purpose, not a filter; instant and «молотый в растворимом»/«сублимированный с молотым», '
           "beans, capsules (L'OR Espresso 52 г, Jardin 10 капсул), Tassimo discs, single-serve sachets and "
           'drip/filter bags (Coffesso 5 пакетиков/5x9 г/45 г, Маркет Collection дрип, Verle incl. «Гватемала 66г» '
           'taken as drip bags), flavoured coffee (Jardin «Синнамон Кейк ароматизированный») excluded'),
        ('какао для посыпки', {
            "pyaterochka": [],
            "magnit": ['25a1b729b4', 'f675db585c'],
            "dixy": [],
            "perekrestok": [],
        }, 'cocoa powder, as in fyf09 (Золотой ярлык, «Какао-порошок Российский»); instant cocoa drinks and Чукка '
           '«Гранулированный» excluded; «для посыпки» is a purpose'),
    ]),
    # fyf19
    ('гречка по-купечески: гречка ядрица 1 стакан, фарш свиной 400г, лук 1 шт, сметана 2 ст.л.', [
        ('гречка по-купечески: гречка ядрица 1 стакан', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000294696', 'DI00080511', '2000300392', 'ЦТ0042599', '1030037286', '2000180341', '2000219613'],
            "perekrestok": ['3446736', '28960', '14301', '4061364', '3276128', '3438178', '4009020', '3019156',
                            '3674200', '6847', '4090171', '4019310', '3603166', '39155', '3600743', '3696237',
                            '3477255', '3231481', '3493533', '3994791'],
        }, 'buckwheat groats whose title says ядрица (any pack, incl. boil-in-bag, quick-cooking and steamed), plus '
           'Перекрёсток Агро-Альянс «Экстра элитная» and Увелка «Экстра» 800 г/5х80 г, whose twins in the same '
           'offers are titled «гречневая ядрица»; buckwheat not stated to be ядрица (Пятёрочка Makfa, Тёплые '
           'Традиции, Дикси Увелка «в пакетах», Пассим, Перекрёсток Мистраль 900 г/Фермерская, Националь Камолино, '
           'Нижегородская, loose «Гречка», Prosto «для гарнира») left out — the written variety is required; green '
           'buckwheat, ready buckwheat dishes (incl. Cook Chart «По-Купечески»), flakes, flour, porridges and '
           'buckwheat drinks excluded'),
        ('фарш свиной 400г', {
            "pyaterochka": [],
            "magnit": ['0376e5e67d'],
            "dixy": [],
            "perekrestok": ['7354'],
        }, 'raw minced pork (Дальние Дали «Фарш свиной», Перекрёсток «Фарш свиной»); beef, mixed/«Домашний», turkey '
           'and fish mince excluded'),
        ('лук 1 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['10E0074356', '2000270979'],
            "perekrestok": ['45463', '3969', '3016771', '81209', '3016772', '3368253'],
        }, 'fresh bulb onions (репчатый, loose, net, packs, red, peeled); dried/ground onion, green onion, goods «с '
           "луком», Lay's «зеленый лук», Лукашинские brand and лукум excluded"),
        ('сметана 2 ст.л.', {
            "pyaterochka": [],
            "magnit": ['1000082622', '1000102474', '1000203662', '1000208902', '1000219465', '1000237596',
                       '1000237597', '1000241416', '1000253705', '1000372781', '1000372784', '1000372785',
                       '1000429067', '1000461809', '1000461810', '1000463648', '1000553874', '1000558440',
                       '1000574404', '1000574405', '1899900582', '1899913371', '8000030079', '8000035449',
                       '8000057502', '8000068594', '8000072734', '2645f50028', '30145abd36', '4221528ef6',
                       '65c9123e96', '87741a9faa', 'a15781b1ca', 'b699c0f510', 'c90113311e'],
            "dixy": ['2000024201', '2000100619', '2000166052', '2000220966', '2000220967', '2000230594', '2000276122',
                     '2000276139', '2000279280', '2000294264', '2000411404', '2000411407', '2000509087', '2000509714',
                     '2000509715', '2000544033', '2000544034', '2000558211', '2000595012', '2000602951'],
            "perekrestok": ['29910', '3142744', '3166306', '3181748', '3391034', '3423443', '3629029', '3632833',
                            '3632834', '3634035', '3651189', '3658372', '3667086', '4072176', '4087849', '4095524',
                            '4121582', '4121607', '4221355', '4221356', '4226994', '4229625', '4241375', '4246009',
                            '4250761', '4264297', '4320001', '4320002', '4335470', '4349771', '4349772', '4376610'],
        }, 'plain sour cream of any fat (10-30%) and pack, incl. lactose-free, «из топлёных сливок», Экомилк '
           '«сливочная», Домик в деревне «отборная»; Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» (flavoured), '
           '«сметанный» mayonnaise, cheese «Сметанковый», curd «со сметаной», chips/croutons «сметана и лук» '
           'excluded; 2 ст.л. is an amount'),
    ]),
    # fyf20
    ('сырный суп: сырки плавленые дружба 2 шт, картофель 3 шт, петрушка пучок', [
        ('сырный суп: сырки плавленые дружба 2 шт', {
            "pyaterochka": [],
            "magnit": ['1000227071'],
            "dixy": [],
            "perekrestok": [],
        }, 'processed cheese «Дружба» (Магнит «Сыр плавленый Карат Дружба 45% 90г»); Магнит «Плавленый продукт '
           'ДРУЖБА» and Моя цена «Продукт плавленый … Дружба с сыром» (cheese products, not processed cheese), other '
           'processed cheeses, halva «Дружба» and Увелка «Дружба» groats excluded; «2 шт» is an amount'),
        ('картофель 3 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['ЦТ0028521', '2000582631', '2000003215', '2000321309'],
            "perekrestok": ['769', '2083095', '4265670', '3987', '4342860', '3142878', '3142879', '3074469', '43968',
                            '3092450'],
        }, 'fresh potatoes of any kind and pack (loose, net, washed, red, baby, «для варки»/«для жарки», отборный, '
           'Чик-Чик 1 кг); boiled peeled potatoes, frozen fries/cut potatoes, sweet potato (батат), ready dishes, '
           'chips, Магнит «Картофель АЙДАХО (СП ГМ)» (a deli dish) and sweets «Картошка» excluded'),
        ('петрушка пучок', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000603795'],
            "perekrestok": [],
        }, 'fresh parsley (Дикси «ПЕТРУШКА УПАК 75Г»); dill, dried herbs and goods «с зеленью» excluded; «пучок» is '
           'an amount'),
    ]),
    # fyf21
    ('котлетки: фарш свино-говяжий 1 кг, батон нарезной 2 куска, панировочные сухари 100г', [
        ('котлетки: фарш свино-говяжий 1 кг', {
            "pyaterochka": [],
            "magnit": ['1f9a3b6240'],
            "dixy": [],
            "perekrestok": ['4364589'],
        }, 'mixed pork-and-beef mince: no title says so; Магнит Свежесть «Фарш … Домашний» and Хороший Кусок «Фарш '
           'домашний мясной» accepted as «домашний» mince, which is the pork-beef mix by the Russian standard '
           '(outside knowledge); Черкизово «Фермерский» and Ближние Горки «деревенский» (composition not stated), '
           'pure beef, pure pork, turkey, fish mince and ready cutlets excluded; 1 кг is an amount'),
        ('батон нарезной 2 куска', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['2065120', '3680023', '4102687', '4329402'],
        }, '«Нарезной» loaves (Коломенское, Пр!ст «классический», Маркет «нарезанный», Маркет «улучшенный»), sliced '
           'or not; other loaves (Отрубной, Утренний, Горчичный, Зерновой, Молочный, Новый, «к завтраку», plain '
           '«Батон») left out — «нарезка»/«нарезанный» means sliced, not the нарезной kind; «2 куска» is an amount'),
        ('панировочные сухари 100г', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000264338'],
            "perekrestok": [],
        }, 'breadcrumbs (Дикси «Сухари Магета панировочные, 150 г»); snack croutons, sweet rusks and goods «в '
           'панировке» excluded'),
    ]),
    # fyf22
    ('суп-пюре грибной: шампиньоны свежие 500 г, сливки 20% 200 мл, сливочное масло 30 г', [
        ('суп-пюре грибной: шампиньоны свежие 500 г', {
            "pyaterochka": [],
            "magnit": ['4de59ad542'],
            "dixy": ['DI00079986', '1100074529', '2000332389', '2000088639', 'ЦТ0046651'],
            "perekrestok": ['4270844', '59120', '4280106', '3669839', '2071820', '3685051', '4136012', '3622668',
                            '3683919', '3652049', '4355283', '3950281', '6176'],
        }, 'fresh button mushrooms (loose, trays, королевские, мини, микс, «для гриля», organic, fresh sliced 300 г '
           'trays/«кубики», «свежие нарезанные в в/у»); canned (Bonduelle, Lutik, Pucci, Бояринъ, Lorado, and the '
           '400 г «Шампиньоны резаные» of Маркет and Пр!ст, taken as canned by size and price), Пятёрочка «ДСК Грибы '
           'Шампиньоны 400 г» (taken as canned), marinated, frozen, Korean-style and cooked mushrooms excluded; '
           '«свежие» is the written form'),
        ('сливки 20% 200 мл', {
            "pyaterochka": [],
            "magnit": ['1000071969', '1000461012', '1000549783', '1812420003', '1000290041'],
            "dixy": [],
            "perekrestok": ['3163857', '4267107', '44831', '4316249'],
        }, 'dairy cream at exactly 20% (sterilised/UHT, any pack); 10/11/33% cream, ice cream and curd «сливки» '
           'excluded; 200 мл is a recipe amount'),
        ('сливочное масло 30 г', {
            "pyaterochka": ['3026226', '3993159'],
            "magnit": ['1000026602', '1000070643', '1000084229', '1000151122', '1000262381', '1000312970',
                       '1000384151', '1000433642', '1000457493', '1000458136', '1000521208', '1000566266',
                       '1844000142', '1855599920', '1899900309', '1899911038', '3181241105', '8000045816',
                       '8000058591', '4fc2d8c8ad', '6b22928df7', '86326346d1', '87355db645', 'a1a2b1e98a'],
            "dixy": ['10J0079578', '2000186964', '2000288309', '2000401635', '2000509906', '2000538793', '2000575412',
                     '2000581831', '2000588791', '2000602271', '2000604391', '2000605413', 'DI00080070'],
            "perekrestok": ['2029217', '2043237', '2068941', '2071031', '3026226', '3226314', '3287314', '3347817',
                            '3355277', '3363741', '3369241', '3371288', '3384196', '3396544', '3406593', '3413519',
                            '3423762', '3434127', '3472940', '34890', '3612778', '3628337', '3637761', '3643092',
                            '3645266', '3654551', '3657363', '3698785', '3917028', '3922315', '3953367', '3963777',
                            '3980020', '3999749', '4035287', '4051359', '4055506', '4068626', '4135603', '4147662',
                            '4188102', '4196090', '4260609', '4260610', '4281083', '4292462', '4310021', '4343792',
                            '86149', '86150', '3699369', '4113532', '4175276', '4188099'],
        }, "cow's butter of any fat (72.5%, 82%, 82.5%; Крестьянское, Традиционное, Вологодское, lactose-free, "
           'Волгодонское without a %) and pack; spreads, margarine, ghee (Гхи топлёное), chocolate butter, «крем на '
           'растительных маслах» and goods «со сливочным маслом» (pelmeni, cutlets, pâté) excluded; 30 г is an '
           'amount'),
    ]),
    # fyf23
    ('крабовый салат: крабовые палочки vici 200г, кукуруза консервированная 1 банка, рис круглозерный 100г, майонез какой-нибудь', [
        ('крабовый салат: крабовые палочки vici 200г', {
            "pyaterochka": [],
            "magnit": ['4f11f65802'],
            "dixy": ['2000307177'],
            "perekrestok": ['4157138', '4112613', '3169222', '4124683', '3204340', '26084', '2154175', '2154177',
                            '3408151', '4034752'],
        }, 'Vici/ВИЧИ crab sticks of any variant and pack (chilled, frozen, Снежный краб, «с натуральным мясом '
           'краба», «для рулетиков», and Vici «Палочки сурими», the same surimi sticks; judgement); 200г is read as '
           'the recipe amount, not a pack filter; Vici «Крабовое мясо» (crab meat, not sticks), Vici Crabe De '
           "L'amour «с начинкой из соуса» (filled), crab sticks of other brands and Краб-ролл excluded"),
        ('кукуруза консервированная 1 банка', {
            "pyaterochka": [],
            "magnit": ['cfc404aebb', 'a869e5b9ba', 'd2de35fd7c', '27836bac30', 'fb00d5f8b1'],
            "dixy": ['2000163950', '2000279948', 'DI00079261', '10E0064890', '1041027555', '2000313796', '2000556891',
                     '2000318963'],
            "perekrestok": ['3447859', '4316301', '4321444'],
        }, 'canned sweet corn of any brand and size (Bonduelle, Globus, Грин Рэй, 6 соток, Heinz, Первым делом, '
           'Пр!ст, Маркет); corn flakes/sticks/flour/porridge, baby purée and salads with corn excluded'),
        ('рис круглозерный 100г', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000219612', '2000292827', '2000180350', 'ЦТ0042579', 'DI00079260', '2000282743'],
            "perekrestok": ['4332035', '3674360', '3603169', '3231277', '3469128', '3469127'],
        }, 'rice titled round-grain (круглозерный/круглозёрный/круглозернистый/«Рис круглый», incl. 5х80 г '
           'boil-in-bags and Мистраль «Италика белый круглозерный»); long-grain, parboiled, plov, jasmine, basmati, '
           'brown rice and rice not stated to be round (Националь Бальдо/Адриатика, sushi rice Sen Soy, «для '
           'японской кухни») left out; Увелка «Дружба» rice-millet mix excluded'),
        ('майонез какой-нибудь', {
            "pyaterochka": ['3277400'],
            "magnit": ['1000014596', '1000016691', '1000077733', '1000077734', '1000108624', '1000169172',
                       '1000179908', '1000233673', '1000277219', '1000348713', '1000351363', '1000356802',
                       '1000422623', '1000450507', '1000498096', '1000501598', '1000520539', '1000554514',
                       '1000556519', '1000556520', '1000556521', '1000558908', '1728400015', '1728400030',
                       '1799700138', '1799900201', '8000023980', '8000045827', '8000045828', '8000056331',
                       '8000059708', '1b1e1ef668', '269c8ab257', '2c23c84574', '53cac67445', '56ff8ec751',
                       '5861fc587f', '7a519275b4', '7d31b46ae3', 'b624a9bb8a', 'd2dba12ffc', 'd8bbb63f48',
                       'da818e4a20', 'ddda8365b8', 'f0f427f9d4', 'fa82a39b34'],
            "dixy": ['1100075125', '2000000160', '2000135999', '2000156539', '2000172969', '2000176263', '2000186981',
                     '2000202331', '2000202332', '2000202369', '2000204803', '2000265115', '2000265607', '2000306265',
                     '2000409572', '2000429651', '2000530112', '2000539317', '2000567053', '2000570511', '2000572811',
                     '2000593851', '2000599457', '2000602611', 'T000005518', 'ЦТ0027566', 'ЦТ0040573', 'ЦТ0044024',
                     'ЦТ0045065'],
            "perekrestok": ['2047206', '2093561', '2108609', '2162564', '3016147', '3029014', '3163111', '3193489',
                            '3335647', '3389322', '3412258', '3419671', '3425669', '3425670', '3467275', '3636361',
                            '3640161', '3674577', '3677986', '3695167', '4072721', '4105769', '4112954', '4199312',
                            '4225978', '4259097', '4259098', '4261699', '4279915', '4284062', '4297819', '4331497',
                            '4331500', '4331515', '4331518', '4331533', '4339442', '78193'],
        }, 'every mayonnaise of any brand, fat and pack (incl. Ряба «Провансаль сметанный», olive, quail-egg, lemon, '
           'avocado variants and Перекрёсток Махеевъ 655 мл without a %); «какой-нибудь» is a wish, not a filter; '
           'products titled «майонезный соус»/«соус майонезный» (Постный, Лёгкий, Коул-слоу, Тартар, Сырный, '
           'Чесночный, Vegs Family) and herring «в майонезе» excluded'),
    ]),
    # fyf24
    ('куриная лапша: окорочка 2 шт, лапша яичная 150 г, лавровый лист 2 шт', [
        ('куриная лапша: окорочка 2 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no chicken leg quarters (окорочка) in any store; thighs (бедро, филе бедра) and Магнит «ГОЛЕНЬ КУРИНАЯ, '
           'в маринаде» (drumsticks) are other cuts and are left out; missing everywhere'),
        ('лапша яичная 150 г', {
            "pyaterochka": [],
            "magnit": ['031445c77a'],
            "dixy": [],
            "perekrestok": ['4307631', '4061766'],
        }, 'dry egg noodles (Верони «яичная по-домашнему», Маркет «Домашняя яичная», Домшим «яичная»); noodles not '
           'stated to be egg (Лагманная, Бесбармачная, Неаполитанская, Аида/Верони «Лапша», Сомен, soba, with tomato '
           'and spinach), instant noodles and soups excluded; 150 г is an amount'),
        ('лавровый лист 2 шт', {
            "pyaterochka": [],
            "magnit": ['8993a9d009'],
            "dixy": [],
            "perekrestok": ['3500197'],
        }, 'dried bay leaves (Котани 5 г, Пр!ст 10 г); «2 шт» is a recipe amount'),
    ]),
    # fyf25
    ('карбонара: спагетти 400г, бекон 200 г, пармезан 50г, яйца 3 шт (только желтки)', [
        ('карбонара: спагетти 400г', {
            "pyaterochka": ['94429'],
            "magnit": ['5296e76f4b', '9332b0bf64', '811f1a2896'],
            "dixy": ['2000280926', '2000016649', 'ЦТ0021284', '2000005386', '2000288865'],
            "perekrestok": ['4340661', '4347044', '3623096', '82760', '3501223', '3435297', '4273870', '4117174',
                            '4351513', '4323866'],
        }, 'dry spaghetti of any brand and thickness (spaghettini, spaghettoni, «тонкие», №2-№5, gluten-free Зелёная '
           'Линия spaghetti of pea or corn-rice flour — still spaghetti); other pasta shapes, chechil cheese '
           '«спагетти», ready spaghetti dishes and sauces «для спагетти» excluded; 400г is an amount'),
        ('бекон 200 г', {
            "pyaterochka": [],
            "magnit": ['d705bc4e4d'],
            "dixy": ['2000414199'],
            "perekrestok": ['3649811', '4165825', '4191111'],
        }, 'bacon of any kind (raw «для жарки», smoked-cooked sliced, Мираторг beef bacon); goods «с беконом» and '
           'bacon-flavoured snacks excluded; 200 г is an amount'),
        ('пармезан 50г', {
            "pyaterochka": [],
            "magnit": ['1000578272', '1000371470', 'e7e41c2d16', '0dc02300a0', '1000384143', '632a4664e6',
                       'b10071458c', '1000526832'],
            "dixy": ['2000597551'],
            "perekrestok": ['4345021', '3496416', '3496419', '4300784'],
        }, 'parmesan-type hard cheese titled Пармезан/Parmesan in any form (piece, weighed, grated; incl. '
           'Russian-made Поставский «Пармезан Гранд», Чиз Галлери, Laime, Dolce Granto); Italian Snack «Крем-сыр из '
           'пармезана», ravioli with parmesan and other hard cheeses excluded; the weight is a recipe amount'),
        ('яйца 3 шт (только желтки)', {
            "pyaterochka": [],
            "magnit": ['3454700001', '2047000007', '2047000014', '2047000033', '1000247393', '1000247190',
                       'e5202b5cfd', '1000247378', '1000247384', '1000247234', '8000092349', '1a8d487cea',
                       '44e0856421'],
            "dixy": ['2000588991', '2000326489', '2000601112', '2000596671', '2000269323', '2000269325', '2000212529',
                     '2000238733', '2000284425', '2000139399', '2000601652', '1041042135'],
            "perekrestok": ['4322003', '4201192', '4201194', '4168688', '4263543', '4339427', '4364349', '3392204',
                            '4337164', '4352464', '3062838', '3356111', '3432532', '2131762', '3421287', '3914040',
                            '3001671', '4236458', '3355250', '4076991', '2109476', '2109474', '3303858', '4085791',
                            '2131763', '3950938', '3624328', '4012802', '4085790', '4088955', '4229222', '4085792',
                            '3182856', '3182853'],
        }, "hen's eggs of any class (СВ/высшая, С0/отборные, С1, С2) and any pack (6, 10, 15, 20, 30); the count is "
           'a recipe amount, not a pack filter; quail eggs, liquid egg products (меланж, белок, желток Зелёная '
           'Линия), chocolate eggs (Kinder, Шоки-токи) and goods «с яйцом» excluded; «(только желтки)» tells how the '
           'eggs are used — the product written is eggs, so Зелёная Линия «Желток яичный пастеризованный» is left '
           'out'),
    ]),
]


def blind_texts(path):
    """The list lines of the blind draft (comment lines start with '#')."""
    with open(path, encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")]


if __name__ == "__main__":
    texts = [text for text, _ in LISTS]
    if texts != blind_texts(BLIND):
        sys.exit("LISTS texts differ from the blind draft %s" % BLIND)
    stats(build(LISTS, OFFERS, OUT, "fyf"))
