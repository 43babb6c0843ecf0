#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ws.jsonl -- 25 shopping lists of a night-shift nurse and her husband (quick
meals, lunch boxes, snacks for long shifts, household items), hand-labelled against the real offers in
real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ws.build.py

LISTS below is literal data: the 25 lists exactly as written blind (before any offer was read) in
fresh_basket_eval_ws.blind_lists.txt, and for every item the product ids of every in-stock offer of each
store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles were grepped
broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; each item was re-checked by listing every in-stock title
matching its stem that was not accepted.  The note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store
has nothing acceptable (the item is "missing" there).

The script first checks that every list text equals the blind draft (apart from REPLACED, which is empty:
no item was replaced), then labelled_lists.build checks the data -- every id exists in
real_offers_g.jsonl *for that store* and is in stock (``available`` true), no id is repeated within an
item, every item has a note, and the labels are exactly the list's items in order (an item is the text
between commas / new lines) -- and writes the JSONL in the format of real_basket_eval.jsonl;
labelled_lists.stats prints the counts.  List ids are fws01, fws02, ... in LISTS order; every list is in
split "fresh".
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from labelled_lists import build, stats  # this directory, used unchanged

OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ws.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ws.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number: (item as written blind, replacement item)}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fws01
    ('нескафе классик 2 шт, сливки д/кофе 10%, печенье овсяное 2 пачки, бананчики пару', [
        ('нескафе классик 2 шт', {
            "pyaterochka": [],
            "magnit": ['45760b0392', '75165edd66', '9b7c8128ee', 'fcd2266a66'],
            "dixy": ['2000326563'],
            "perekrestok": [],
        }, 'Nescafé Classic instant coffee of any size, incl. Classic Crema (a variant of the Classic '
           'line) and Дикси «Classic с добавлением натурального молотого» (the usual Classic recipe); '
           'Nescafé Gold/Barista and the coffee drinks 3в1 / Пятёрочка «Кофейный напиток Nescafe Classic,'
           ' 7х18 г» (sticks, a coffee drink) excluded; «2 шт» is a quantity'),
        ('сливки д/кофе 10%', {
            "pyaterochka": [],
            "magnit": ['1000006089', '1000052910', '1000128456', '1000144079', '1000456519',
                       '1000461011', '1000506066', '1000537609', '1899911837', '3201860040',
                       '913cd14db9'],
            "dixy": [],
            "perekrestok": ['3431574', '4271735', '4267108', '44849', '68419'],
        }, 'drinking cream 10% (sterilised/UHT, bottles, cartons and 10x10 g portion cups); «д/кофе» is a'
           ' purpose, 10% cream is the coffee cream, so 10% creams not titled «для кофе» are accepted '
           'too; Parmalat 11%, 20%/33% creams, Пятёрочка PRESID./ПЕТМОЛ «Крем слив.» (whipping 20%/33%), '
           'creamy desserts, ice cream and curd «в сливках» excluded'),
        ('печенье овсяное 2 пачки', {
            "pyaterochka": ['3613445', '3613448'],
            "magnit": ['857b65e2eb'],
            "dixy": ['2000002140', '2000214298', '2000221434', '2000225711', '2000235792',
                     '2000251113', '2000255652', '2000325940', '2000349045', '2000351526',
                     '2000419389', '2000535032', '2000603032', '2000603633'],
            "perekrestok": ['2023501', '2023502', '2091843', '3035354', '3218321', '3412681',
                            '3438892', '3505244', '3603607', '3613445', '3613448', '3639545',
                            '3658003', '3663100', '3681160', '3681278', '3688135', '3901906',
                            '3901907', '3951119', '4017837', '4024594', '4032428', '4050870',
                            '4086029', '4123144', '4172266', '4172267', '4185824', '4202786',
                            '4202788', '4202831', '4258982', '4283932', '4283934', '4283939',
                            '4284221', '4284222', '4315655', '4315656', '4356039', '91535'],
        }, 'oatmeal cookies of any brand and flavour (classic, with raisins/chocolate, glazed halves, '
           'sugar-free on maltitol/sorbitol/fructose, gluten-free, Юбилейное «Овсяное», Таруска '
           "«Овсянка»); protein cookies/flapjacks (ProteinRex, Take A Bite), ФрутоНяня children's "
           'cookies, Хлебный Спас «Полезный завтрак с овсяными хлопьями» (not called oatmeal cookie), '
           'yoghurts/puree «с овсяным печеньем», oat drinks and flakes excluded; «2 пачки» is a quantity'),
        ('бананчики пару', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['10E0074360'],
            "perekrestok": ['2084703', '3652283', '4625'],
        }, 'fresh bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», «Бананы красные» — '
           'red bananas are still dessert bananas); Перекрёсток «Бананы для жарки» (plantains, outside '
           'knowledge), dried bananas and banana-flavoured goods excluded; «пару» is a quantity'),
    ]),
    # fws02
    ('кур. филе 1кг\nрис пропаренный на гарнир\nброкколи замор. 2 пачки\nсоус соевый\nконтейнеры для обеда', [
        ('кур. филе 1кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000180302', '2000317425', '2000407516', '2000593951', 'DI00080023'],
            "perekrestok": ['2173555', '3034277', '3191300', '3216279', '3273915', '3336397',
                            '3362832', '3609675', '3649232', '3653837', '3669585', '3678985',
                            '3689116', '3694848', '3940063', '3946764', '4116904', '4208844',
                            '4242120', '4306879', '4312563', '4323072', '4329298', '4347498', '52888',
                            '78003876'],
        }, 'raw chicken breast fillet: «филе грудки», «филе куриное», «филе цыплёнка(-бройлера)» (taken '
           'as breast fillet, as in set g), «малое» (inner fillet) and «медальон» cuts, Перекрёсток «Филе'
           ' курицы в маринаде» (raw, marinated); thigh fillet (филе бедра), Перекрёсток «Филе грудки … '
           'на кости» (bone-in, not a fillet) and «Грудка Псковская ПФ цыплёнка» (breast, boning not '
           'stated), cooked/fried/sous-vide fillet and ready meals, sausages, pet food excluded; «1кг» is'
           ' the amount wanted, not a pack size; Магнит and Пятёрочка have no chicken fillet'),
        ('рис пропаренный на гарнир', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['0230703063', '2000002128', '2000180346', '2000310624', 'T000024619'],
            "perekrestok": ['3469125', '3603168', '3608320', '3674166', '57930', '4254250'],
        }, 'parboiled rice of any brand and pack (incl. 5x80 g boil-in-bags, Мистраль «Янтарь», Националь'
           ' «Пропаренный золотистый»); Shanti «Басмати Селла» accepted as parboiled basmati (Sella = '
           'parboiled, outside knowledge); white polished long/round grain, jasmine, basmati (non-Sella),'
           ' brown rice, the mix «пропаренного и красного риса» and rice dishes excluded; «на гарнир» is '
           'a purpose'),
        ('брокколи замор. 2 пачки', {
            "pyaterochka": [],
            "magnit": ['21a3b30de8', '6692f38506'],
            "dixy": ['2000184223'],
            "perekrestok": ['2059262', '2125852', '3405386', '3444750', '3489151', '3625801',
                            '4003966', '4019915', '4019919', '4152339', '4225833', '4238817',
                            '4320949', '4325364', '74445'],
        }, 'frozen broccoli of any brand (incl. Bonduelle «мини» florets and 1 kg bags); Магнит HORTEX '
           '«Брокколи 400г» accepted as frozen (Hortex sells only frozen vegetables, outside knowledge); '
           'fresh broccoli/broccolini/«никколини», broccoli–cauliflower mixes, baby purees and soups, '
           'seeds excluded; «2 пачки» is a quantity'),
        ('соус соевый', {
            "pyaterochka": ['3385361'],
            "magnit": ['3e45dc3ab8', '83c9a5b62e'],
            "dixy": ['2000260452', '2000322380'],
            "perekrestok": ['4130566'],
        }, 'soy sauce of any brand/size (incl. Перекрёсток 30 g portion); Sen Soy «чёрный перец» sauce, '
           'soy drinks, soy asparagus, Sen Soy rice/noodles excluded'),
        ('контейнеры для обеда', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'reusable food/lunch containers: none of the four chains lists any (Перекрёсток «Ланч бокс '
           'Корейский свинина хе» is a ready meal, not a container)'),
    ]),
    # fws03
    ('пельмени самые дешевые 2 пачки, сметана 20% 1 банка, хлебушек черный 1 шт', [
        ('пельмени самые дешевые 2 пачки', {
            "pyaterochka": ['b2a466763c'],
            "magnit": ['22f7803aca', '66c111d7a2', '72632b1f85', '805cabf639', 'd6fdebf3e4',
                       'dabbb02c05', 'f4f41d5103', 'f95b2d1678', 'feeac8f3fa'],
            "dixy": ['2000282673', '2000318344', '2000411354', '2000558274', '2000565192'],
            "perekrestok": [],
        }, 'frozen meat pelmeni of any brand and filling (pork-beef, beef, veal, chicken, '
           'Бульмени/Бигбули); Четверг fish pelmeni (cod with spinach) excluded as not what «пельмени» '
           'means by default; «самые дешевые» is a wish and «2 пачки» a quantity'),
        ('сметана 20% 1 банка', {
            "pyaterochka": [],
            "magnit": ['1000102474', '1000203662', '1000237596', '1000429067', '1000461809',
                       '1000574404', '1000574405', '1899913371', '30145abd36', '4221528ef6'],
            "dixy": ['2000166052', '2000220966', '2000276139', '2000411407', '2000509714',
                     '2000509715', '2000544033'],
            "perekrestok": ['3166306', '3181748', '3629029', '3632834', '4072176', '4087849',
                            '4095524', '4221355', '4229625', '4241375', '4250761', '4320002', '4376610'],
        }, 'sour cream labelled exactly 20% (any brand/size); 10/15/25/30% sour cream, «сметанный» '
           'mayonnaise, «Сметанковый» cheese excluded; «1 банка» is a quantity'),
        ('хлебушек черный 1 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4149554', '3382146', '4329404', '3974719', '3931337', '3945535',
                            '3126329', '3974720', '4074396', '3627134', '4148558', '3658457',
                            '2060872', '4276930', '3953836', '4361611', '3631465', '3624125',
                            '2000243', '3617422', '2024150', '4354623', '4049144', '4164733',
                            '2053660', '3634576', '3965436', '78034786', '78034810'],
        }, 'black (rye or rye-wheat) bread loaves: titles saying ржаной / ржано-пшеничный / 100% ржаной '
           'and the classic dark varieties Бородинский, Дарницкий/Дарница, Столичный, Двинский, '
           'Пумперникель (outside knowledge: these are rye-wheat dark breads), incl. halves and small '
           'batards; Ржаной Край (a brand; the title does not say rye), Магнит «Даниловский зерновой» (no'
           ' rye stated), wheat/white/mustard/toast bread, raisin bread, rye baguette «с чесноком», '
           'rye-flour ciabatta, wafer «Хлеб Елизавета», «пшенично-ржаной» хлебец, croutons, the buckwheat'
           ' brand «Чёрный Хлеб» excluded; only Перекрёсток sells such loaves'),
    ]),
    # fws04
    ('губки д/посуды 10 шт, fairy лимончик, мешки д/мусора 60л, туалетная бумага 3-слойная', [
        ('губки д/посуды 10 шт', {
            "pyaterochka": [],
            "magnit": ['0c37e6092e'],
            "dixy": [],
            "perekrestok": [],
        }, 'dish-washing sponges; only Магнит sells them (a 5-pack); «10 шт» is read as the number of '
           'sponges wanted (two 5-packs do), not as a pack size; the shoe sponge excluded'),
        ('fairy лимончик', {
            "pyaterochka": [],
            "magnit": ['551d8403a9', 'bbb10983dd', 'd0bd1a2d49'],
            "dixy": ['2000265727', '2000274013', '2000371202'],
            "perekrestok": [],
        }, "Fairy hand dish-washing liquid, lemon scent (Сочный лимон, any size, incl. Магнит's 450 ml "
           'assortment «Сочный лимон; Апельсин-лимонник»); other Fairy scents (жасмин, ромашка, Platinum '
           'арбуз, Pure&Clean) and Fairy dishwasher tablets «Все в 1 Лимон» excluded (Fairy alone means '
           'the dish liquid)'),
        ('мешки д/мусора 60л', {
            "pyaterochka": [],
            "magnit": ['bf68e14036'],
            "dixy": [],
            "perekrestok": [],
        }, 'rubbish bags of 60 l; only Магнит «Мешки для мусора … Био ушки 60л, 20шт.»'),
        ('туалетная бумага 3-слойная', {
            "pyaterochka": [],
            "magnit": ['0f9bdfbe08', '24f2c70304', '6189f05c16', '939f14debe', '9a0bd598be',
                       'be21812bf9', 'cdc752b01e', 'f88b88076f', '11634cf6c9'],
            "dixy": ['2000142974', '2000294361'],
            "perekrestok": ['75364'],
        }, 'toilet paper that is 3-ply (any brand, roll count, scent); Магнит «ЗЕВА ДЕЛЮКС, Белая с '
           'ароматом ромашки, 4 рулона» accepted as 3-ply (Zewa Deluxe is a 3-ply line, outside '
           'knowledge); 2-ply (Familia Плюс, Zewa Plus, «ЗЕВА ПЛЮС Зеленая», «ЗЕВА Сирень»), 4-ply '
           '(Soffione Империал, Zewa Natural Soft, Just1), wet toilet paper, paper towels, tissues '
           'excluded'),
    ]),
    # fws05
    ('йогурт пить. клубника, творог 9% 2 уп., мюсли с орехами на завтрак', [
        ('йогурт пить. клубника', {
            "pyaterochka": ['3609770'],
            "magnit": ['43248db1e8', '1000519721', '264dcf04cc', '1000201629', '1000080819',
                       '1000461609'],
            "dixy": ['2000524057'],
            "perekrestok": ['4166076'],
        }, 'drinking yoghurt (titled питьевой, or Зелёная Линия «Йогурт клубника фруктовый 1.5% 300мл» '
           'sold by volume in a bottle) flavoured strawberry or strawberry–wild strawberry '
           "(клубника-земляника); Пятёрочка «АКТИВ.Биойогурт клубн/земл.2%870г» taken as Activia's 870 g "
           "drinking bottle and Магнит «Йогурт Агуша Клубника земляника 2.7% 180г» as Агуша's drinking "
           'line (Перекрёсток titles the same 2.7% 180 g line «питьевой»), both outside knowledge; mixed '
           'flavours with other fruit (клубника-киви Фруате, клубника-маракуйя Epica, клубника-банан '
           'Агуша, дыня-клубника АктиБио, яблоко-клубника-черника), wild strawberry alone (земляника), '
           '«клубничный пломбир», spoonable yoghurts (Чудо 290 г, Зелёная Линия 315 г, Epica 130 г), '
           'Actimel and Имунеле (кисломолочный продукт, not yoghurt) excluded'),
        ('творог 9% 2 уп.', {
            "pyaterochka": [],
            "magnit": ['1000122024', '1000386975', '1000426465', '1000426470', '1000448252',
                       '1000530486', '8000055235', '0cfee9df84', '18fc386178', '3d536f7add',
                       '57c16fad2a', '93ff6e854f'],
            "dixy": ['2000266304', '2000280850', '2000312025', '2000423589', '2000564413',
                     '2000566980', '2000567931', '2000568076', '2000569975'],
            "perekrestok": ['4129495', '4153929', '4249279', '4249286', '4294087', '4299497',
                            '3192865', '3487310'],
        }, 'cottage cheese labelled 9% (any brand/pack, incl. рассыпчатый, пластовой Палиева and Зелёная '
           "Линия «Зернышко 9%»); 0–5% and children's 3.9% fruit curds, curd desserts, «творожок», "
           '«зерненый в сливках» excluded; «2 уп.» is a quantity'),
        ('мюсли с орехами на завтрак', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'muesli with nuts: no store has one — Магнит «Мюсли ОГО с тропическими фруктами» has no nuts; '
           'granola (Настин Сластин with pine nuts, Granolife) is baked granola, not muesli; muesli bars '
           'and yoghurts «с мюсли/гранолой» excluded; «на завтрак» is a purpose'),
    ]),
    # fws06
    ('семечки 2 пачки, шоколадка мол. с фундуком, зеленый чай пакетики, сушки с маком пачку', [
        ('семечки 2 пачки', {
            "pyaterochka": ['a42f313fd4'],
            "magnit": ['166510f6cc', '5cbde10c7f', '83a6516715', 'a9efec4e65', 'c07c5cf8b5',
                       'f87f37880a'],
            "dixy": ['2000151864', '2000196729', '2000228392', '2000277205', '2000282287',
                     '2000285542', '2000300666', '2000433743', '2000540213', '2000562834'],
            "perekrestok": ['3014404', '3072541', '3248290', '3248291', '3276166', '3276168',
                            '3331102', '3338822', '3348828', '3358404', '3360327', '3403508',
                            '3444686', '3449918', '3466899', '3469303', '3473272', '3473273',
                            '3613320', '3619418', '3624461', '3630849', '3642467', '3652924',
                            '3661124', '3664432', '3669122', '3669391', '3669392', '3671291',
                            '3674375', '3677347', '3695680', '3916662', '4004281', '4066289',
                            '4066293', '4132783', '4155183', '4260366', '4280033', '4280034',
                            '4323974', '4373719', '85158'],
        }, 'roasted sunflower seeds of any brand (От Мартина, Бабкины, От Атамана, Джинн, Белочка, Ciko, '
           'Гудок…; salted/unsalted, black/striped/white, incl. the 75 g peeled pack and Пятёрочка '
           '«Семечки Степановна»); pumpkin seeds (plain «семечки» means sunflower), Крутой Окер «С '
           'арахисом» mix, sunflower oil «Золотая семечка», garden seeds, flax/chia/sesame excluded; «2 '
           'пачки» is a quantity'),
        ('шоколадка мол. с фундуком', {
            "pyaterochka": ['4053758'],
            "magnit": ['2a48a6605c', 'fbdae9857e', '7f2fc67594'],
            "dixy": ['2000215500', '2000437793'],
            "perekrestok": [],
        }, 'milk-chocolate bars with hazelnuts (whole or crushed; «лесной орех» = hazelnut): Alpen Gold, '
           'Milka (Milka is milk chocolate, outside knowledge), Коркунов, Ritter Sport; bars with '
           'hazelnut plus raisins/caramel/biscuit/cranberry (a different variety), filled bars (NUTS «с '
           'начинкой», Milka «ореховая паста», Snaq Fabriq), dark and white chocolate, sweets and nut '
           'paste excluded; Перекрёсток has only such mixed bars'),
        ('зеленый чай пакетики', {
            "pyaterochka": [],
            "magnit": ['b4e965a022', 'e1b666c6ef', '6af760c408', '45d9a874e0'],
            "dixy": [],
            "perekrestok": [],
        }, 'green tea in tea bags, unflavoured or jasmine (the classic scented green tea): Ahmad, '
           'Kensington, Richard Royal Green, Принцесса Ява Жасмин; loose-leaf green tea, '
           'fruit/lime/mint-flavoured green teas (Tess Лайм/Флирт/Гет Детокс, Кертис, Принцесса Ява '
           'Клубника/ваниль, Richard Дижестив), iced-tea drinks and «зеленый чай» scented detergents '
           'excluded'),
        ('сушки с маком пачку', {
            "pyaterochka": [],
            "magnit": ['99f439b486'],
            "dixy": [],
            "perekrestok": [],
        }, 'сушки with poppy seeds: only Магнит «Сушки-мини НЕВСКАЯ СУШКА, маковые»; plain/vanilla '
           'баранки, garlic taralli, sugar-free сушки without poppy seed excluded; «пачку» is a quantity'),
    ]),
    # fws07
    ('рожки 2 пачки, фарш говяжий 2 уп., паста томатная, лук репчатый кг', [
        ('рожки 2 пачки', {
            "pyaterochka": ['2049747'],
            "magnit": ['367d4ecfc8', '6e98aa8b36', 'f20a2d2027'],
            "dixy": ['2000005384', '2000005385', '2000544352', '2000572794', '2000575212'],
            "perekrestok": ['3435299', '4273871', '4274071', '4328907', '4340660', '82772', '4199587'],
        }, 'dry pasta horns/elbows of any brand and size (рожки, рожок, витой рожок, рожок-полубублик, '
           'Maltagliati «Рожок крупный», Роллтон «Рожки с оливковым маслом», Бакалейщики «Рожок Малютка с'
           ' томатами и шпинатом», Магнит Моя цена 3 кг); Maltagliati «Chifferini Rigati» accepted as '
           'elbow horns (outside knowledge); Pipe Rigate and «Улитки» (a different shape), ice-cream '
           '«рожок», curd snacks excluded; «2 пачки» is a quantity'),
        ('фарш говяжий 2 уп.', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000207953', '2000322809'],
            "perekrestok": ['4013', '4288090', '4357432'],
        }, 'raw minced beef only (Мираторг, Иван Мясоедов, Хороший Кусок «из говядины», Перекрёсток '
           '«говяжий»); mixed «Домашний»/«Фермерский»/«деревенский» mince (pork-beef or unstated), pork, '
           'turkey and fish mince, stuffed olives excluded; «2 уп.» is a quantity'),
        ('паста томатная', {
            "pyaterochka": [],
            "magnit": ['2c160abf20', '3e333fcf75', '63697ab89b', '64828d44cd', '7f508c0006',
                       'd176b4306a'],
            "dixy": ['2000000761', '2000322276', '2000521414', '2000536311', '2000569071'],
            "perekrestok": ['3504319', '3690262'],
        }, 'tomato paste of any brand/size (jar, sachet, pyramid, incl. Кухмастер 25%); ketchup, tomato '
           'sauces, tomatoes and other «паста» (pasta, tooth paste, nut paste) excluded'),
        ('лук репчатый кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['10E0074356', '2000270979'],
            "perekrestok": ['3016771', '3016772', '3368253', '3969', '45463', '81209'],
        }, 'fresh bulb onions (loose, in a net, 500/600 g packs, peeled, red «Лук репчатый красный»); '
           'dried/ground onion, spring onions, onion-flavoured goods excluded; «кг» is the amount wanted'),
    ]),
    # fws08
    ('яйца с1 1 десяток, колбаса докторская на бутеры, сыр ламбер кусок, белый батон', [
        ('яйца с1 1 десяток', {
            "pyaterochka": [],
            "magnit": ['1000247384', '1000247393', '2047000033', '3454700001', 'e5202b5cfd'],
            "dixy": ['1041042135', '2000139399', '2000238733', '2000269323', '2000588991', '2000596671'],
            "perekrestok": ['2109476', '2131763', '3001671', '3182856', '4085791'],
        }, 'hen eggs of class С1 (= «1 категории», Cyrillic or Latin C) in packs of 10; С0/СО/отборные, '
           'С2, СВ/«высшей категории», packs of 6/15/20/30, quail eggs, chocolate eggs excluded; '
           '«десяток» = packs of 10 only'),
        ('колбаса докторская на бутеры', {
            "pyaterochka": ['3636156'],
            "magnit": ['0406a2a7ef', '0505750ecb', '233ff452a9', '352b78741a', '4204e62e10',
                       '47bbbb5374', '6e16b1777a', '80689e53b3', '892b23214a', '89c39c317d',
                       'c9c2b3f600', 'fa236141ca', 'fa414b5a8d'],
            "dixy": ['2000404595', '2000556092'],
            "perekrestok": ['2170372', '3385812', '3434232', '4312573'],
        }, 'Докторская boiled sausage of any maker, piece, mini loaf or sliced (нарезка suits sandwiches '
           'too); «Сосиски Докторские», Доктор Кёрнер crisps, Доктор Дизель beer drink, Colgate «Доктор '
           'Заяц» excluded; «на бутеры» is a purpose'),
        ('сыр ламбер кусок', {
            "pyaterochka": [],
            "magnit": ['1000074377', '1000564747', '13cdfe21e3', 'a296745f42'],
            "dixy": ['2000176772', '2000279127'],
            "perekrestok": [],
        }, 'Ламбер cheese of any kind (50% and «легкий» 30%, weighed, 100/230 g pieces, half wheel); none'
           ' of the titles is sliced or grated, so «кусок» excludes nothing; only Магнит and Дикси sell '
           'it'),
        ('белый батон', {
            "pyaterochka": [],
            "magnit": ['7fa10b807d'],
            "dixy": [],
            "perekrestok": ['2065120', '3680023', '4102687', '4157283', '4264947', '4329401',
                            '4329402', '78011178'],
        }, 'plain white wheat батон (Нарезной, Молочный, Новый, «к завтраку», Утренний, Перекрёсток '
           '«Батон, 300г»), sliced or not; bran (Отрубной), wholegrain (Зерновой) and mustard (Горчичный)'
           ' batons, toast bread, rye bread, «батончик» bars and Магнит «Булка Рижская» excluded'),
    ]),
    # fws09
    ('капсулы д/стирки, кондиционер д/белья ленор, ваниш для белых вещей', [
        ('капсулы д/стирки', {
            "pyaterochka": [],
            "magnit": ['02a1e9d552', '2775508bf7', '2c0a6bb200', '3d1e901d55', '3ea6e97e63',
                       '699818da0e', '7956907457', '7ae76f89ba', '7cc96b8aa8', '8270b1c3a3',
                       '8e94dc49e6', 'ad7e1af8bf', 'b492c6c15f', 'b5d8fb8b2f', 'bf72825575',
                       'c8ef7484cc', 'ce88ebc400', 'daa0b16039', 'dfc8938c0a', 'e3ed881254',
                       'e74ab0164f', 'efbdf4590a', 'f5edcc47aa'],
            "dixy": [],
            "perekrestok": [],
        }, 'laundry capsules/pods of any brand and type (Ariel, Persil, Tide, Losk, BiMax, Sorti, BioMio;'
           ' colour, universal, «Свежесть от Вернель»); coffee capsules, Терафлекс (medicine) excluded; '
           'only Магнит sells them'),
        ('кондиционер д/белья ленор', {
            "pyaterochka": ['70980'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Lenor fabric conditioner of any scent/size (only Пятёрочка «Lenor, скандинавская весна, 2 '
           'л»); Vernel, Synergetic, Е, Магнит conditioners (other brands), Ariel powder «Ленор фреш» and'
           ' hair conditioners excluded'),
        ('ваниш для белых вещей', {
            "pyaterochka": [],
            "magnit": ['ac176ffbd4'],
            "dixy": [],
            "perekrestok": [],
        }, 'Vanish stain remover suitable for white laundry: Магнит «VANISH OXI ACTION, для цветного и '
           'белого белья» (for colour and white); Vanish «для цветных тканей» and Vanish carpet cleaners,'
           " other brands' bleach/stain removers (ACE, Synergetic) excluded"),
    ]),
    # fws10
    ('доширак курица 5 шт\nпеченочный паштет\nхлебцы пару пачек', [
        ('доширак курица 5 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Доширак instant noodles with chicken flavour: none in the four chains (Пятёрочка and '
           'Перекрёсток have only Доширак «Чан рамен», Korean/spicy beef); Дикси «Пюре картофельное '
           "Доширак со вкусом курицы» excluded (Доширак alone means its classic noodles), other brands' "
           'noodles/puree excluded; «5 шт» is a quantity'),
        ('печеночный паштет', {
            "pyaterochka": ['121c493676', '3966502'],
            "magnit": ['6771fd64ae', '72650c06ba'],
            "dixy": [],
            "perekrestok": [],
        }, 'liver pâté: titles saying печеночный / «из печени» / «с гусиной печенью» (Пятёрочка canned '
           '«Паштет с гусиной печенью 250 г» — a liver pâté although мясорастительный); Argeta chicken '
           'pâtés, duck/turkey/salmon pâtés, Зелёная Линия «Паштет По-домашнему» (liver not stated), '
           'vegetarian pâté and pet food «паштет» excluded'),
        ('хлебцы пару пачек', {
            "pyaterochka": ['f737df041e'],
            "magnit": ['8cfe71c65b', 'b072d79d11', 'c5594dc288', 'e1b6951c6f', 'eb4308a4fa'],
            "dixy": ['2000136451', '2000136520'],
            "perekrestok": ['4050645', '4101075', '4251230', '4260006', '4263823', '4367532'],
        }, 'crispbreads of any kind and flavour (grain, rye, rice, corn-rice, buckwheat, Dr.Korner incl. '
           'caramel/cranberry, Щедрые, Фитнеслайн, Magic Grain, Бурже, Зелёная Линия); ФрутоНяня baby '
           'rice cakes, sliced loaves titled «Хлебец … нарезанный» (bread), Доктор Кёрнер «Корнерсы» '
           '(crisps), галеты excluded; «пару пачек» is a quantity'),
    ]),
    # fws11
    ('блинчики с мясом замор., вареники с картошкой замор., котлеты по-киевски 2 уп.', [
        ('блинчики с мясом замор.', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'frozen pancakes filled with meat: none — Пятёрочка Останкино «Блинчики с печенью» (liver, not'
           ' meat), Магнит «Блинчики/Блины с ветчиной и сыром» 100 г (chilled own-kitchen items, ham and '
           'cheese), sweet/curd-filled pancakes, pancake flour and pans excluded'),
        ('вареники с картошкой замор.', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000364412'],
            "perekrestok": [],
        }, 'frozen vareniki with potato: Дикси Цезарь «с картофелем и жареным лучком» (potato with onion '
           'is the classic filling; Цезарь packs are sold frozen, outside knowledge); potato-and-mushroom'
           ' (Первым делом, Сытый папа) and potato-and-spinach (Перекрёсток Цезарь) vareniki (other '
           'varieties), cherry and cheese-spinach vareniki excluded'),
        ('котлеты по-киевски 2 уп.', {
            "pyaterochka": [],
            "magnit": ['2742947aaa'],
            "dixy": ['2000579232'],
            "perekrestok": [],
        }, 'chicken Kiev cutlets sold as semi-finished packs, chilled (Магнит Петелинка) or frozen (Дикси'
           ' Мираторг); Перекрёсток «Котлета по-киевски с картофельным пюре» (a ready meal with mash) '
           'excluded; «2 уп.» is a quantity'),
    ]),
    # fws12
    ('энергетик флеш ап, кола без сахара 0.5, жевачка мятная', [
        ('энергетик флеш ап', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4199222', '4229369'],
        }, 'Flash Up energy drinks of any flavour (Перекрёсток «Flash Up энергия мятный лайм», «Flash Up '
           'Ultra Energy»); other energy drinks (Burn, Adrenaline, Red Bull, Tornado, Volt, Gorilla, Lit,'
           ' E-ON, Drango, X-Turbo) excluded'),
        ('кола без сахара 0.5', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000562695'],
            "perekrestok": [],
        }, 'sugar-free cola in a 0.5 l bottle: only Дикси «Добрый Кола без сахара 0,5л»; the same cola in'
           ' 0.33/1/1.5 l, Coca-Cola без сахара 0.33 л, regular colas (Добрый, Черноголовка, Funky '
           'Monkey, Coca-Cola) and Pepsi Dark Vanilla (vanilla flavoured) excluded; «0.5» is the bottle '
           'size'),
        ('жевачка мятная', {
            "pyaterochka": ['15205'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'mint chewing gum: only Пятёрочка «Wrigleys Spearmint» (spearmint = mint); fruit gums (арбуз, '
           'виноград, гранат-малина, черника-цитрус, клубника-лайм), Mentos chewy dragées and chewy '
           'sweets excluded'),
    ]),
    # fws13
    ('антисептик д/рук, крем д/рук, пластырь, влажные салфетки антибакт., перчатки хоз. м', [
        ('антисептик д/рук', {
            "pyaterochka": [],
            "magnit": ['304cd42c6f', '36e2c03b90', '4009f7c096', '529fbeab5e', 'f418ffccec'],
            "dixy": [],
            "perekrestok": [],
        }, 'hand antiseptics / sanitising hand gels: Санитэлль (also the KIDS gel, still a hand '
           'antiseptic), La Fresh «антисептический» and «с антибактериальным эффектом» hand gels, Магнит '
           'Здоровье «с антисептическим эффектом»; Lysol/Санфор surface disinfectants, liquid soap, hand '
           'creams excluded; only Магнит sells them'),
        ('крем д/рук', {
            "pyaterochka": [],
            "magnit": ['189a5f9736', '71633d3cb8', '7171bdd902', '82e555d312', '83e3e0ae8a',
                       '86e9b2a954', '8b97e5c260', '8ba30d9687', '9dc31543ff', 'c794634f0e',
                       'd5954b12b2', 'd9fe5d88ec', 'dc6c5636fd', 'e127dec47f', 'f2604f01c0',
                       'ff70dff03c'],
            "dixy": ['2000585455'],
            "perekrestok": ['4250602', '4308267'],
        }, 'hand creams of any brand and type (Бархатные ручки incl. «для рук и ногтей», SOS balm, Dove, '
           'Laf, Librederm, Kumiho, La Fresh, Nivea, Consly), incl. multipurpose creams whose title names'
           ' hands («для рук, лица и тела», «для рук и тела»); a gift set containing a hand cream, hand '
           'gels/antiseptics and liquid soap excluded'),
        ('пластырь', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'adhesive plasters: none of the four chains lists any (only «пластика» cleaner and «пластовой»'
           ' curd match the stem)'),
        ('влажные салфетки антибакт.', {
            "pyaterochka": [],
            "magnit": ['337392b1b2', '73ec40a66f', '9022eaa3a8'],
            "dixy": [],
            "perekrestok": [],
        }, 'antibacterial wet wipes for hands/body (La Fresh 120 шт, Аура 20 шт, Салфети 72 шт); '
           "ordinary, children's, intimate and scented wet wipes without the antibacterial claim, AURA "
           'wipes «д/поверхностей», paper napkins excluded; only Магнит sells them'),
        ('перчатки хоз. м', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'household rubber gloves size M: none of the four chains lists gloves (only the dairy brand '
           '«Хозяйство Васильевой» matches)'),
    ]),
    # fws14
    ('кефир 1% 2 шт, ряженка 4% 2 шт, булочки с маком', [
        ('кефир 1% 2 шт', {
            "pyaterochka": [],
            "magnit": ['1000166736', '1000451591', '1000563708', '1899911984'],
            "dixy": ['2000166045', '2000227476'],
            "perekrestok": ['2084558', '3352331', '3467794', '3604602', '3636340', '4242643',
                            '4252383', '4255904', '4263416', '4328084', '4334308'],
        }, 'kefir (incl. «Биокефир» — kefir with bifidobacteria) labelled exactly 1%, any brand/size; '
           '«биокефирный продукт», «кефирный продукт», Bio Баланс «биопродукт кефирный», kefir cocktails,'
           ' 2.5/3.2% kefir, bread and shashlik «на/в кефире» excluded; «2 шт» is a quantity'),
        ('ряженка 4% 2 шт', {
            "pyaterochka": [],
            "magnit": ['1000371474', '1000439736', '1000451592'],
            "dixy": [],
            "perekrestok": [],
        }, 'ряженка labelled exactly 4% (Большая кружка 500/800 г, Из Молока Нашей Дойки 900 г); 2–3.5% '
           'and flavoured ряженка excluded; «2 шт» is a quantity'),
        ('булочки с маком', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['78033150'],
        }, 'buns with poppy-seed filling: Перекрёсток «Булочка с маком в тёмном шоколаде» (a poppy-seed '
           'bun with a chocolate coating); the plum-and-poppy bun (another filling), poppy-seed roll «с '
           'маком и изюмом», poppy seeds for baking, сушки excluded'),
    ]),
    # fws15
    ('вязанка сосиски, горошек консерва, картошка 3 кило', [
        ('вязанка сосиски', {
            "pyaterochka": [],
            "magnit": ['7c9f298d18'],
            "dixy": ['2000322511', '2000566633'],
            "perekrestok": ['4081069', '4337765', '4337767', '4339153'],
        }, 'Вязанка sausages of any kind (молочные, рубленые, Молокуши миникушай, Сливушки, Филейские; '
           'brand + product accepts every variant); other Стародворье sausages (Баварушки, Сочинки, '
           'Мясинские, «по-стародворски»), Вязанка колбаса/ветчина excluded'),
        ('горошек консерва', {
            "pyaterochka": [],
            "magnit": ['02059b03ae', '077ca9bca9', '08e4c89d92', '118e7a3919', '334fc1acba',
                       '68a96163bf', '7e3054a87f'],
            "dixy": ['0230306094', '10A0036580', '1100075857', '2000118079', '2000163949',
                     '2000189884', '2000313797', '2000313828'],
            "perekrestok": ['16791', '19134', '2035571', '27460', '3026306', '32340', '3360308',
                            '3447858', '3483842', '3504837', '3628006', '3635251', '3951175',
                            '4004677', '4011800', '4059535', '4188483', '4192227', '4206921',
                            '4211849', '4273266', '4274246', '4283761', '4380317', '77114'],
        }, 'canned green peas of any brand/size (incl. «молодой», «нежный», «без сахара», the 4.15 kg '
           'Бояринъ tin; «консерва» = canned); frozen peas, fresh «Горошек сладкий», peas with carrots, '
           'pea microgreens, pepper «горошек» and pet food with peas excluded'),
        ('картошка 3 кило', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000003215', '2000321309', '2000582631', 'ЦТ0028521'],
            "perekrestok": ['2083095', '3074469', '3092450', '3142878', '3142879', '3987', '4265670',
                            '4342860', '43968', '769'],
        }, 'fresh potatoes of any variety/pack (loose, in a net, white/red, baby 2 kg, «для варки/жарки» '
           '3 kg, отборный 2.5 kg, Чик-Чик 1 kg); «3 кило» is the amount wanted, not a pack size; sweet '
           'potato (батат), boiled peeled potatoes, frozen cut potatoes, Магнит «Картофель АЙДАХО (СП '
           'ГМ)» (a ready dish), crisps and «Картошка» cakes/curd snacks excluded'),
    ]),
    # fws16
    ('тунец консервы в собств. соку, кукуруза консерв., майонез легкий 2 шт, огурчики штуки 3, хлеб для тостов нарезанный', [
        ('тунец консервы в собств. соку', {
            "pyaterochka": [],
            "magnit": ['f4bfc133e7'],
            "dixy": ['D000010279', '2000301085', '2000533434'],
            "perekrestok": ['4003717', '4003715'],
        }, 'canned tuna in its own juice: titles «в собственном соку» or «натуральный/натуральное» (the '
           'Russian canning term for tuna in own juice), and Новый Океан skipjack «рубленый»/«филе-кусок»'
           ' without oil (the brand titles its oil versions «в масле», outside knowledge); tuna in oil '
           '(incl. Магнит ФОРТУНА «д/м» = with added oil), Капитан вкусов «для салата» and «ВК филе '
           'рубленное» (medium not stated), frozen/fresh tuna fillet, tuna rillettes, salads and cat food'
           ' excluded'),
        ('кукуруза консерв.', {
            "pyaterochka": [],
            "magnit": ['27836bac30', 'a869e5b9ba', 'cfc404aebb', 'd2de35fd7c', 'fb00d5f8b1'],
            "dixy": ['1041027555', '10E0064890', '2000163950', '2000279948', '2000313796',
                     '2000318963', '2000556891', 'DI00079261'],
            "perekrestok": ['3447859', '4316301', '4321444'],
        }, 'canned sweet corn of any brand/size (Bonduelle, Globus, Green Ray, 6 соток, Heinz, Первым '
           'делом, Пр!ст, Маркет); corn flakes/sticks/snacks, corn oil/flour/grits, popcorn, baby purees '
           'and salads with corn excluded'),
        ('майонез легкий 2 шт', {
            "pyaterochka": [],
            "magnit": ['1000490401'],
            "dixy": [],
            "perekrestok": ['4102644'],
        }, 'light mayonnaise, which is sold as «соус майонезный … Легкий» (Магнит Моя цена 25%, '
           'Перекрёсток Я люблю готовить 30%); full-fat 50.5–67% mayonnaises (not labelled light), '
           'Постный and flavoured mayonnaise sauces excluded; «2 шт» is a quantity'),
        ('огурчики штуки 3', {
            "pyaterochka": [],
            "magnit": ['a228350700'],
            "dixy": ['2000088660', '2000205870', '2000271421', '2000327957', 'ЦТ0001499'],
            "perekrestok": ['2088998', '2098997', '2131726', '3255111', '3301324', '3368260',
                            '3632205', '4072', '44569'],
        }, 'fresh cucumbers of any type (smooth/prickly, long, short, Бакинские, корнишоны in a 300 g '
           'tray, loose or packed; Перекрёсток «Огурцы Хрустящие» without weight taken as fresh loose '
           'cucumbers); salted, pickled, marinated and canned cucumbers, vegetable assortments in jars, '
           'cucumber-scented cosmetics excluded; «штуки 3» is a quantity'),
        ('хлеб для тостов нарезанный', {
            "pyaterochka": [],
            "magnit": ['30c269d29a', '67f076fea4'],
            "dixy": [],
            "perekrestok": [],
        }, 'sliced toast bread (Магнит Коломенский «Хлеб ТОСТОВЫЙ» wheat and cereal); brioche buns, '
           'sandwich biscuits excluded; toast bread is always sliced, «нарезанный» excludes nothing'),
    ]),
    # fws17
    ('нектаринки, яблоки зеленые штук 6, виноград без косточек кисть', [
        ('нектаринки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['3197916', '3254338', '3334642', '3630903', '4135452', '4140940',
                            '4233092', '4233097', '4233099', '4239532', '4249022', '4249024',
                            '4249677', '4252155', '4342929', '4353563', '82050'],
        }, 'fresh nectarines of any variety and pack (yellow, white, flat/«инжирный», «лимонные», 300 g '
           'cups «в шейкере», 500 g trays, per piece/kg); nectarine nectars and juice drinks, yoghurt, '
           'shower gels, soap and bath foam «нектарин» excluded; only Перекрёсток sells them'),
        ('яблоки зеленые штук 6', {
            "pyaterochka": [],
            "magnit": ['18871c6e60'],
            "dixy": ['10E0076186'],
            "perekrestok": ['3171926', '3366327', '4047567', '4097664', '4152180', '4194478'],
        }, 'fresh green apples: titled «зеленые» or the green varieties Гренни Смит and Симиренко '
           '(outside knowledge: Симиренко is a green apple); red, yellow (Голден/Гольден), Гала, Фуджи '
           'and other varieties and «Яблоки Органика Зелёная Линия» (Зелёная Линия is a brand; colour not'
           ' stated) excluded; juices, purees, dried apples excluded; «штук 6» is a quantity'),
        ('виноград без косточек кисть', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000599092'],
            "perekrestok": [],
        }, 'fresh seedless grapes: only Дикси «Виноград Мускат, без косточки»; Перекрёсток fresh grapes '
           'whose titles do not say seedless (Ред Глоб and Тайфи have seeds; Artfrut белый, чёрный '
           'unstated), dried grapes «без косточек» (raisins), grape juices/morses, mixes excluded; '
           '«кисть» is the amount'),
    ]),
    # fws18
    ('пивко светлое 4 банки, чипсы со вкусом краба, кальмар сушеный 2 пачки', [
        ('пивко светлое 4 банки', {
            "pyaterochka": [],
            "magnit": ['0c7af2aa41', '1b3181a9dc', '2e39130955', '3ea97ca924', '409bf95866',
                       '42f69bfc00', '4b9214b25a', '5efbef1867', '63c65170c7', '69a66b3a0f',
                       '72ef636633', '7e7ff281a0', '8f5e8411f3', '9f7d0a8f2d', 'ae5974fdda',
                       'b22153f240', 'b4204a2237', 'b7be4e1cdf', 'bc158ed1af', 'c7cb3e4e83',
                       'cdadff0fd2', 'cff5b47f4d', 'e2bedcaafd', 'e5d1876122', 'ee4fd3d93d',
                       'f66314d40a', 'ec022e4637'],
            "dixy": [],
            "perekrestok": [],
        }, 'light (светлое) alcoholic beer of any style, filtered or not (lager, pilsner, wheat, IPA, '
           'Бланш, Балтика 7, Жигули Барное, Охота Platinum, Ледокол 8%, Krusovice Svetle, Bavaria «свет '
           'фильтр»), cans or bottles — «4 банки» is read as a quantity; Магнит ЭДЕЛЬВЕЙС «Напиток пивной'
           ' нефильтрованный» accepted as a light wheat beer (outside knowledge, as in set zh); dark '
           'beer, flavoured beer drinks (вишня, манго, ром/кола, Dr.Diesel, Green Beat, Garry Garden, '
           "Tony's Garret, Мишенька под вишенкой), медовуха, alcohol-free beer excluded; only Магнит "
           'sells beer'),
        ('чипсы со вкусом краба', {
            "pyaterochka": [],
            "magnit": ['e32606ff89'],
            "dixy": ['2000325823'],
            "perekrestok": [],
        }, "crab-flavoured potato crisps: Магнит Русская картошка «Камчатский краб», Дикси Lay's 37 g "
           'assortment «Зеленый лук/Сметана и зелень/Краб» (an assortment that includes crab); crab '
           'sticks, crab meat and dried squid «вкус краба» excluded'),
        ('кальмар сушеный 2 пачки', {
            "pyaterochka": [],
            "magnit": ['c422dbe3ff', 'fd129d68ed'],
            "dixy": ['2000175972', '2000175974'],
            "perekrestok": [],
        }, 'dried squid snacks (сушеный, сушено-вяленый strips, солено-сушеные rings, incl. Магнит '
           '«Сушеный, вкус краба»); frozen squid tubes, squid salads, pastes and squid in sauce excluded;'
           ' «2 пачки» is a quantity'),
    ]),
    # fws19
    ('порошок автомат подешевле\nбелизна бутылка\nсредство для чистки ванны', [
        ('порошок автомат подешевле', {
            "pyaterochka": [],
            "magnit": ['0306390d77', '147d8a2d07', '2002145e39', '21dd0bf72c', '240fe4229e',
                       '32662031ca', '3372dfb7f6', '3c569d2305', '4a43abe881', '4d919fe5ff',
                       '6d62d005d5', '8d8c8ce3af', '95636dc9ca', '9570abee2a', '9ec3c6b343',
                       'a728270b73', 'cc70715e17', 'cf77b09c0c', 'd8210473b5', 'd8aa9ce5e8',
                       'e045589f41', 'e1ac0bab6d', 'eda27ccd92', 'eee3b0a174', 'f400bf3623',
                       'f93558c546'],
            "dixy": [],
            "perekrestok": [],
        }, 'laundry powder whose title says «автомат» (Ariel, Persil, Losk, BiMax, Sorti, Tide, Миф, '
           "Дося, Заводъ Братьевъ Крестовниковыхъ; colour/white/children's, any pack); powders not "
           'stating автомат (Persil Сенситив/Сов, Sorti Колор, Tide детский колор, Dosia, Миф Морозная '
           'свежесть, Synergetic, «детский для белого») left out as the written form cannot be checked; '
           'dishwasher powders (Somat, Finish), scouring powders (Comet, Пемолюкс), mustard powder and '
           'laundry capsules/gels excluded; «подешевле» is a wish; only Магнит sells laundry powder'),
        ('белизна бутылка', {
            "pyaterochka": ['3413434'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '«белизна» chlorine bleach: only Пятёрочка «Чистящее средство Sanfor, гель белизна, 3в1, 700 '
           "г» (Sanfor's chlorine «Белизна» gel, outside knowledge); oxygen bleaches (Synergetic «без "
           'хлора», ACE Окси), ACE Gel and Vanish stain removers, Domestos universal cleaners excluded; '
           '«бутылка» is the container, not a filter'),
        ('средство для чистки ванны', {
            "pyaterochka": [],
            "magnit": ['0e23c9de68', '108066509c', '1cb5d26b19', '471769ce1a', '5f2770a277',
                       '809f6fa41f', '8aefb6c0cc', 'ccbfb92788', 'f685b8e25c'],
            "dixy": [],
            "perekrestok": [],
        }, 'bath / bathroom / sanitary-ware cleaners (BioMio «для чистки ванны», Synergetic «для ванной» '
           'and acid «для мытья сантехники» and «Гель для сантехники», Уникум «для уборки ванной комнаты»'
           ' and «акриловых ванн», Cillit Bang «для ванны», Grass «Глосс для сантехники», Майне Либе «для'
           ' чистки сантехники»); toilet cleaners (Grass WC-gel, Туалетный утёнок, Bref, Harpic, Comet '
           '«для унитаза»), mould remover, universal cleaners (Domestos, Cif cream/sprays, Mr.Proper, '
           'Comet/Пемолюкс powders), pipe cleaners and bath salts/bombs excluded; only Магнит sells them'),
    ]),
    # fws20
    ('овсянка быстрая пачку, мед к чаю, изюм на перекус, молоко 2.5% 2 уп.', [
        ('овсянка быстрая пачку', {
            "pyaterochka": [],
            "magnit": ['2123200142', '1000155179', '1000155178', '1000206048', '1000106287',
                       '1000535160', '1000026173', '1000026174'],
            "dixy": ['2000579452', '2000572014', '2000538758', '2000595591', '2000600674',
                     '2000536417', '2000303390', '2000116559', '2000320771', '2000186448',
                     '2000604115', '2000113479'],
            "perekrestok": ['4130513', '4130515', '3480286', '3480283', '3480284', '3480288',
                            '4312717', '4312718', '2122914', '3503161', '4043319', '23772', '3453942',
                            '3453945', '3453946'],
        }, 'quick oats: oat flakes titled «быстрого приготовления», «3-5 мин», «1 минута», «без варки», '
           'Быстров «Овсянка по-новому», and dry instant oat porridge in single-serve sachets/boxes '
           '(моментальная; 35–41 g sachets such as Геркулес, Моя цена, Магнит, Увелка, Мистраль, Makfa, '
           'Первым делом, Organic life — taken as instant, outside knowledge), any flavour (no flavour '
           'was written); regular and «Экстра»/№2/№3/голозёрные/без глютена flakes not titled quick, '
           'Nordic «Ленивая овсянка», Myllyn Paras 500 g, cooked porridges (Шеф Перекрёсток), baby '
           'porridges, oat milk/drinks, oatmeal cookies excluded; «пачку» is a quantity'),
        ('мед к чаю', {
            "pyaterochka": [],
            "magnit": ['384d8d8201', '44c60c9317', '928ff089d4', '980d05dc00', 'dadb78005d',
                       'ec1ad9dc52'],
            "dixy": ['2000322020', '2000573811'],
            "perekrestok": ['3467507', '3479121', '3687698', '3687699', '3687710', '4316603',
                            '4316605', '4320670', '4320671', '4320672', '4331449', '4340910',
                            '4340911', '4355859'],
        }, 'natural honey of any kind (липовый, гречишный, акациевый, горный, цветочный, луговой, '
           'донниковый, шалфейный, майский…); flavoured cream honey «Крем-мёд с '
           'малиной/клубникой/кедровым орехом», Магнит «Мед УССУРИЙСКИЙ БАЛЬЗАМ» (a balm-type mixture, '
           'not plain honey — outside knowledge), honey-flavoured goods, Биомед toothpaste excluded; «к '
           'чаю» is a purpose'),
        ('изюм на перекус', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['3469368', '3640864', '3651928', '3959493', '4288277', '4308580',
                            '4311579', '4316951', '4342295'],
        }, "raisins: «Изюм» and «Виноград сушёный» (Перекрёсток's titles for raisins, incl. «без "
           'косточек», golden and a mix of dried grapes); baked goods, rusks, curd, olives, compote «с '
           'изюмом» excluded; «на перекус» is a purpose; only Перекрёсток sells them'),
        ('молоко 2.5% 2 уп.', {
            "pyaterochka": [],
            "magnit": ['1000035016', '1000037901', '1000143306', '1000418036', '1000445487',
                       '1000563706', '1051242602', '1812450029', '8000029029', '8000058293',
                       'cfca1c1906', 'ef94b89629'],
            "dixy": ['2000024178', '2000263555', '2000273384', '2000313238', '2000511374',
                     '2000546311', '2000600212'],
            "perekrestok": ['3431582', '4137916', '4153927', '4244153', '4250778', '4310700', '4316451'],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised/UHT, any size, incl. Агуша children's "
           '2.5% milk as in real_basket_eval); топлёное 2.5%, ряженка «Топленое молоко», kefir/yoghurt '
           '2.5%, butter «Молоко» brands excluded; «2 уп.» is a quantity'),
    ]),
    # fws21
    ('сендвич с курицей, цезарь салат готовый, морс клюквенный 1 бутылка', [
        ('сендвич с курицей', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4274164'],
        }, 'a ready sandwich with chicken: only Перекрёсток «Сэндвич-ролл с курицей и морковью '
           'по-корейски» (a rolled sandwich with chicken); the shrimp Caesar sandwich-roll, sandwich '
           'biscuits, «бутербродный» cheese/lard, crab rolls excluded'),
        ('цезарь салат готовый', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'ready Caesar salad: none — Цезарь/Caesar is a frozen-food brand (pelmeni, vareniki, pancakes,'
           ' pizza), Heinz «Цезарь» is a sauce and Перекрёсток «Сэндвич-ролл цезарь с креветками» is a '
           'sandwich; other ready salads (с тунцом, с курицей и ананасом, кальмары по-корейски) are not '
           'Caesar'),
        ('морс клюквенный 1 бутылка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4252637', '4275137', '4297181'],
        }, 'cranberry mors (Finnmors «Клюква» 0.5/1.5 l) and Зелёная Линия «Напиток морсовый Клюква с '
           'мякотью» (a cranberry mors drink); mixed-berry morses (клюква-черника-арония J7, '
           'клюква-черника-вишня ФрутоНяня, клюква-виноград Любимый/Добрый), Агуша «Ягодный сбор», '
           'cranberry berries, juices and flavoured waters excluded; «1 бутылка» is a quantity'),
    ]),
    # fws22
    ('зубная паста splat 2 шт, шампунь д/жирных волос, дезодорант мужской, станки бритвенные одноразовые', [
        ('зубная паста splat 2 шт', {
            "pyaterochka": [],
            "magnit": ['05bcdac370', '582435118c', '5c5da323dc', '5fb3a6894f', '8c74c7a89c',
                       '941096778d', '964d902e56', 'cd7248cfbd'],
            "dixy": [],
            "perekrestok": [],
        }, 'Splat adult toothpastes of any line (Daily Complex/Super Fresh/Whitening, Professional '
           'Сенситив, Ликвум-гель, 40 ml Professional/travel tubes; brand + product accepts every '
           "variant); Splat children's pastes (Kids, Junior, Juicy/Juicy Lab «детская» — for children), "
           'Splat brushes, floss and mouthwash, BioMio (a Splat company brand) capsules excluded; «2 шт» '
           'is a quantity'),
        ('шампунь д/жирных волос', {
            "pyaterochka": [],
            "magnit": ['e55ac39ae7'],
            "dixy": [],
            "perekrestok": [],
        }, 'shampoo for oily hair: only Магнит LIKATO «для тонких и жирных»; shampoos without an '
           'oily-hair claim (anti-dandruff, volume, «свежесть», «детокс», «баланс», dry shampoo) excluded'),
        ('дезодорант мужской', {
            "pyaterochka": ['500'],
            "magnit": ['0646f9c97b', '0c519559b1', '0e25cd905a', '233fb2cf29', '2b773b63bc',
                       '3c438e429f', '433aa6a609', '481273b9cd', '5dcbb05e1a', '5f11b3c717',
                       '6045717be6', '6f7ff2ed84', '717ed1b534', '7cfd6ecb7a', '81f5a4f6fd',
                       '854351e30a', '8f3ea3d2ee', '961ef5ae45', 'a32b01fe9f', 'a65979054c',
                       'ab7fd066d9', 'b3b309ce8f', 'ba0094b520', 'c15d3d0db9', 'c85ec4ea80',
                       'cc98134148', 'efb32e856f', 'f0860ea827', 'f616420535', 'f916b0f3f4',
                       'fba0755218', 'fcf1fa7149', 'ffe672aa4a', 'aaff6a97ca'],
            "dixy": [],
            "perekrestok": [],
        }, "men's deodorants and antiperspirants (spray, roll-on, stick): titles saying "
           "мужской/Мэн/Men/«для НЕГО», plus AXE/АКС and Old Spice (men's brands) and Rexona Cobalt "
           '(Магнит titles it «Кобальт мужской») — brand judgements rest on outside knowledge, as in set '
           "zh; unisex/women's deodorants (Dove Нежность, Nivea Фреш/Невидимая, Rexona Алоэ/Сочный арбуз,"
           ' Garnier Активный контроль, Deonica Powder/teens), shaving foams/gels and shower gels '
           'excluded'),
        ('станки бритвенные одноразовые', {
            "pyaterochka": [],
            "magnit": ['0f0e1710f2', '41eb05fc96', '4c19c071a4', '6997758160', '88072131b3',
                       'a2d5703fac', 'ac7b9a9d6c', 'bda8fa7ee4'],
            "dixy": [],
            "perekrestok": [],
        }, 'disposable razors (Zollider Force 2/3 packs, Gillette Blue Simple3 «Бритвы одноразовые»); '
           'system razors with cassettes (Gillette Fusion/Mac3, BIC Flex hybrid, Dorco Pace, Venus, '
           'Zollider Hybrid), replacement cartridges, electric shaver, shaving gels excluded; only Магнит'
           ' sells razors'),
    ]),
    # fws23
    ('сахар рафинад 1 пачка, чай greenfield черный 100 пак, молотый кофе под турку', [
        ('сахар рафинад 1 пачка', {
            "pyaterochka": [],
            "magnit": ['2e68df9fc4'],
            "dixy": ['10E0076829', '2000350151', '2000468691', '2000538871'],
            "perekrestok": ['4092763'],
        }, 'refined sugar cubes = white pressed/lump sugar («прессованный», «кусковой»; рафинад in '
           'Russian means sugar cubes); Магнит «Сахар-песок ЧАЙКОФСКИЙ, Рафинированный» (granulated, '
           'refined — not рафинад), granulated sugar, cane sugar (crystals and brown cane cubes, refined '
           'or not), vanilla and coconut sugar excluded; «1 пачка» is a quantity'),
        ('чай greenfield черный 100 пак', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000228472', '2000289445'],
            "perekrestok": ['2147890', '2147891', '3378336', '3450276'],
        }, 'Greenfield black tea in packs of 100 tea bags, any variety (English Edition, Earl Grey '
           'Fantasy, Kenyan Sunrise, Golden Ceylon, Spring Melody; brand + product accepts every '
           'black-tea variant); 25-bag packs, loose-leaf 100/200 g Greenfield and the herbal Spirit Mate '
           'excluded — «100 пак» names the pack size'),
        ('молотый кофе под турку', {
            "pyaterochka": [],
            "magnit": ['7d84ba5b6e', '8269b24f19'],
            "dixy": ['10E0076694', '2000574432'],
            "perekrestok": ['29278', '3606929'],
        }, 'ground coffee made for the cezve (titled «для турки», «По-восточному» or Jacobs «Turka»; '
           "Магнит Жокей «По-восточному, Арабика» is the same fine-ground product as Дикси's "
           '«По-восточному молотый»); other ground coffee whose grind is not stated (espresso, filter, '
           'universal), beans, instant, capsules and drip bags excluded because «под турку» names the '
           'grind'),
    ]),
    # fws24
    ('батончик без сахара, орехи ассорти, курага пачку, вода 1.5 без газа', [
        ('батончик без сахара', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['3455922', '4317912'],
        }, 'snack bars whose titles say «без сахара» (Перекрёсток ДиYes muesli bar черника, Зелёная Линия'
           ' bar of Белёв apple pastila); bars without that claim (chocolate bars, Bombbar, Snaq Fabriq, '
           "BootyBar, Nut&Go, Pikki, Raw to Go, Reeel — sugar content not stated), children's fruit bars "
           '(ФрутоНяня, Gerber), sugar-free sauerkraut «Фитнес» excluded'),
        ('орехи ассорти', {
            "pyaterochka": [],
            "magnit": ['1fcc40680d', 'dcb49ccf2f'],
            "dixy": [],
            "perekrestok": [],
        }, 'assorted nuts: Магнит «Смесь ореховая SOLONINA соленая жареная» and «ОРЕХИ подарочный набор» '
           '(a gift pack of nuts); nut-and-raisin/dried-fruit mixes (Семушка, Натурфудс, Маркет «Коктейль'
           ' Орехи и изюм», arachis-berry mix), almond+cranberry, dates with nuts, glazed fruit-and-nut '
           'assortments, single nut kinds excluded'),
        ('курага пачку', {
            "pyaterochka": [],
            "magnit": ['adf6cd599a'],
            "dixy": [],
            "perekrestok": [],
        }, 'dried apricots (курага): only Магнит «Курага СЕМУШКА, 150г»; chocolate-glazed курага sweets, '
           'yoghurt/curd/ряженка with курага excluded; «пачку» is a quantity'),
        ('вода 1.5 без газа', {
            "pyaterochka": [],
            "magnit": ['75ce595dc6', '65b73d7b58', '720f82c2d2', '98aaa95b9c', '162ec6aa1d'],
            "dixy": ['ЦТ0046868', '2000335456', '2000285345'],
            "perekrestok": ['3655718', '4344084', '4264401', '3674372', '4316383'],
        }, 'plain still drinking/table water in 1.5 l bottles (негазированная; Магнит «Вода питьевая '
           'ЛЕГЕНДА ГОР АРХЫЗ, природная» taken as still — Архыз drinking water is sold still, outside '
           "knowledge; ФрутоНяня children's water is still water); sparkling water, flavoured waters "
           '(клубника, лимон, персик), medicinal and medicinal-table waters (Ессентуки, Галерея '
           'источников, Легенда Сибири, Славяновская), waters whose gas is not stated (Аш-Тау, Кувака) '
           'and other sizes excluded; «1.5» is the bottle size'),
    ]),
    # fws25
    ('курочку гриль, лаваш тонкий 2 шт, помидорки к салату, плавленый сыр треугольниками', [
        ('курочку гриль', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'a ready rotisserie (grilled) chicken: none of the four chains lists one — Магнит «БЕДРО '
           'КУРИНОЕ гриль, охлажденное» (raw thighs for grilling) and raw «Цыплёнок табака» (in '
           'marinade), raw whole broilers, Перекрёсток chicken ready meals with rice and smoked-chicken '
           'salad are not a grilled chicken'),
        ('лаваш тонкий 2 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4199211', '4361122'],
        }, 'thin lavash: Перекрёсток Коломенский «Армянский тонкий» and Маркет «Лаваш Армянский» '
           '(Armenian lavash is the thin sheet, outside knowledge); tandoor flatbreads (лепёшка) '
           'excluded; «2 шт» is a quantity'),
        ('помидорки к салату', {
            "pyaterochka": [],
            "magnit": ['e77c4439b1'],
            "dixy": ['10E0075437', '2000003231', '2000186544', '2000285867', '2000303785',
                     '2000327738', '2000331828', '2000410142', '2000580825', '2000580827',
                     '2000601471', '2000601472', 'D000004968', 'ЦТ0019904'],
            "perekrestok": ['11971', '14809', '14811', '2100224', '21292', '2166', '3373662',
                            '3383460', '3383465', '3410591', '3634714', '3657325', '3695580',
                            '4125409', '42138', '4214021', '4217379', '4255159', '4261327', '4272752',
                            '4327416', '4335742', '4335744', '4371254', '4375133', '4377073',
                            '4378622', '4381951', '4381952', '82521'],
        }, 'fresh tomatoes of any kind — round, plum (сливовидные/«сливка»), pink, yellow, Кумато, бычье '
           'сердце, on the vine, cocktail and cherry (cherry counts as помидоры, as in real_basket_eval);'
           ' salted, marinated, canned, dried, sun-dried and puréed tomatoes, tomato juice/paste/ketchup,'
           ' vegetable assortments in jars, pepper «Теличерри» excluded; «к салату» is a purpose'),
        ('плавленый сыр треугольниками', {
            "pyaterochka": [],
            "magnit": ['09f119dd16', '1000270511', '1862400009', 'ae17955afa', '1000270513'],
            "dixy": ['2000319790'],
            "perekrestok": [],
        }, 'processed cheese in triangle portions: titles saying «треугольники», «порционный» or «8 '
           'порций» (Viola ассорти финское, Hochland Синее ассорти, Valio Viola с белыми грибами) and, by'
           ' outside knowledge of the pack sizes, Viola «ассорти Финское избранное» 130 г, Viola '
           '«Сливочный 45%» 130 г and Hochland «сливочный 50%» 140 г (the 8-triangle boxes of those '
           'brands); tubs 180–400 g, slices (Гриль Чиз ломтики, Viola 140 г, President 150 г) and bars, '
           'Сыробогатов 130 г (format unstated), «плавленый продукт», Фетакса, sweet curd snacks excluded'),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: each follows a line '=== fwsNN ===' (header lines start with '#')."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if line.startswith("=== fws"):
            if cur is not None:
                texts.append("\n".join(cur).strip("\n"))
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).strip("\n"))
    return texts


def check_blind():
    """Every list text must equal the blind draft, apart from the items in REPLACED."""
    blind = blind_texts(BLIND)
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(LISTS)))
    for n, ((text, _), expected) in enumerate(zip(LISTS, blind), 1):
        if n in REPLACED:
            old, new = REPLACED[n]
            if expected.count(old) != 1:
                errors.append("fws%02d: replaced item %r not found once in the blind text" % (n, old))
            expected = expected.replace(old, new)
        if text != expected:
            errors.append("fws%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fws"))
