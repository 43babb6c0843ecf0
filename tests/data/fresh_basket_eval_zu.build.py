#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zu.jsonl -- sweets, snacks and treats shopping lists hand-labelled against the
real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zu.build.py

LISTS below is literal data: 25 household lists (3-4 items, 85 items) about chocolate, candies, cookies and
gingerbread, cakes, ice cream, chips and crackers, nuts and dried fruit, marmalade and chewing gum, typed as a
household would type them to a Telegram bot, and for every item the product ids of every in-stock offer per
store that a reasonable shopper who wrote exactly that item would accept.  The lists were written blind
(fresh_basket_eval_zu.blind_lists.txt) before any offer was read; the texts here are byte-identical to it.
Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, Latin/Cyrillic brand
spellings, the chains' abbreviations, ё/е) and read one by one; the note of each item records what was
accepted, what was deliberately left out and any judgement resting on outside knowledge.  An empty list
means the store has nothing acceptable (the item is "missing" there).  Made without reading korzina's
matcher or its data files.

The script only checks the data (via labelled_lists.build: ids exist for that store and are in stock, no
repeats, notes present, labels are the list's items in order) and writes the JSONL in the format of
real_basket_eval.jsonl.  List ids are fzu01 ... fzu25 in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zu.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = \
[('шоколадка горькая 70%, кешью 150г, курага подешевле',
  [('шоколадка горькая 70%',
    {'pyaterochka': ['16430'], 'magnit': ['2b68a42ddd'], 'dixy': ['2000220298'], 'perekrestok': ['4182941']},
    'dark/bitter chocolate labelled exactly 70% (Lindt Превосходный 70%, Alpen Gold Горький 70%, Россия '
    '«Российский горький 70%», Зелёная Линия «на меду классический 70%»); Lindt 85%, Бабаевский элитный 75%, '
    'Зелёная Линия «с апельсином 65%», Jean Rene 68% and bitter tablets without a stated % (Бабаевский '
    'горький, Коммунарка, Bucheron, Зелёная Линия «Классический горький на меду … 70г» = weight, not cocoa) '
    'excluded'),
   ('кешью 150г',
    {'pyaterochka': [],
     'magnit': [],
     'dixy': [],
     'perekrestok': ['3428417', '4252731', '4259621', '4280430', '4303530']},
    'plain cashew kernels in 150 g packs (Семушка жареный, Маркет жареный/сушёные, Market Collection '
    'жареный/сушёные); 50/100/113/120/130/135/500 g packs, loose cashew, flavoured «Ароматные Орехи» (113 '
    'g), cashew sweets/chocolate/bars excluded; only Перекрёсток sells cashews'),
   ('курага подешевле',
    {'pyaterochka': [], 'magnit': ['adf6cd599a'], 'dixy': [], 'perekrestok': []},
    'dried apricots (Семушка 150 г); no other store has курага; yoghurt/ряженка/творог «курага» excluded; '
    '«подешевле» is a wish, not a filter')]),
 ('милка с фундуком 2 шт, юбилейное печенье с шоколадом, орбит мятная',
  [('милка с фундуком 2 шт',
    {'pyaterochka': [], 'magnit': ['2a48a6605c', 'fbdae9857e'], 'dixy': [], 'perekrestok': []},
    'Milka chocolate with hazelnuts (Магнит «с фундуком», «с цельным фундуком»); Milka «с фундуком и изюмом» '
    '(Дикси, Магнит, Перекрёсток), «Карамель и фундук», Bubbles white «фундук», «ореховая паста с фундуком» '
    'filled tablet and Milka nut spread excluded (other variants than plain hazelnut); «2 шт» is an amount'),
   ('юбилейное печенье с шоколадом',
    {'pyaterochka': [], 'magnit': ['23c5c2875e', '4ecdd613ad'], 'dixy': [], 'perekrestok': []},
    'Юбилейное cookies with (chocolate) glaze: «витаминное с глазурью», «Витаминное молочное с глазурью» — '
    'outside knowledge: the Юбилейное «с глазурью» line is chocolate-glazed; Юбилейное традиционное, '
    'молочное (unglazed) and Дикси «Овсяное с овсяными хлопьями» excluded'),
   ('орбит мятная',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'Orbit gum in a mint flavour: only Orbit «сочный арбуз» and «гранат-малина» exist — missing everywhere; '
    "Пятёрочка «Wrigleys Spearmint» is Wrigley's, not Orbit, excluded")]),
 ('мороженое пломбир в стаканчике 4 шт, вафельки лимонные, конфеты коровка кило, лейс сметана и лук 2 пачки',
  [('мороженое пломбир в стаканчике 4 шт',
    {'pyaterochka': ['3603591', '3953305'],
     'magnit': [],
     'dixy': ['2000292043'],
     'perekrestok': ['3370940',
                     '3371923',
                     '3603591',
                     '3680631',
                     '4035404',
                     '4053323',
                     '4152236',
                     '4208997',
                     '4289045',
                     '4296327',
                     '4301170',
                     '4277968',
                     '4346104',
                     '4346963']},
    'plombir (пломбир) ice cream in a (wafer or paper) cup of any flavour and brand; Дикси Коровка из '
    'Кореновки «Пломбир ванильный 15%, 100г» accepted on outside knowledge (this 100 g item is the cup, as '
    "Перекрёсток's «Коровка из Кореновки стаканчик 15%, 100г» shows); Дикси «Первым Делом … вафельный "
    'стаканчик 4%» and Перекрёсток «Ирбитское сливочное … стаканчик 10%» (not plombir), Бодрая корова парфе '
    '(frozen dessert), Хуторок 80 г, cones, eskimo, bricks and tubs excluded'),
   ('вафельки лимонные',
    {'pyaterochka': [], 'magnit': [], 'dixy': ['2000571911', '2000575912'], 'perekrestok': ['4323197']},
    'lemon wafers (Любимые традиции «с ароматом лимона», Джек «Лимон», Зелёная Линия «Лимонные '
    'неглазированные»); other wafer flavours (сливочные, шоколад, топлёное молоко, банан, халва) and wafer '
    'cakes excluded'),
   ('конфеты коровка кило',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    '«Коровка» milk candies: none on sale (Пятёрочка «Вафли Коровка» are wafers, «Коровка из Кореновки» is '
    'ice cream/dairy) — missing everywhere'),
   ('лейс сметана и лук 2 пачки',
    {'pyaterochka': [], 'magnit': [], 'dixy': ['2000330912', 'ЦТ0044994', '2000568012'], 'perekrestok': []},
    "Lay's sour cream & onion chips of any size/cut (70 g, 140 g, рифленые 225 g); Lay's «Сметана и зелень», "
    "«Молодой зелёный лук», «Белые грибы со сметаной», the 37 g multi-flavour listing and other brands' "
    '«сметана и лук» (Хрустящий картофель, Русская картошка) excluded')]),
 ('пряник тульский большой, зефир бело розовый, жевательный мармелад червячки',
  [('пряник тульский большой',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'Tula gingerbread: no «тульский» пряник in any store — missing everywhere; other пряники (Стойленские, '
    'Дымка, Полёт, Северные, Слана, Lucky Days) excluded'),
   ('зефир бело розовый',
    {'pyaterochka': ['3416715'], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'white-and-pink zefir (Шарлиз «Бело-розовый»); single-flavour zefir (яблочный, клюква, смородина, '
    'брусника, малина, в шоколаде) excluded'),
   ('жевательный мармелад червячки',
    {'pyaterochka': [], 'magnit': ['c05e22f287'], 'dixy': [], 'perekrestok': []},
    'gummy worms (Бон Пари «Кислые червячки»); other gummy shapes (медведи, машины, кошмарики, бутылочки, '
    'Fruittella) excluded')]),
 ('торт наполеон подешевле, рафаэлло 150г, ritter sport цельный лесной орех',
  [('торт наполеон подешевле',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'Napoleon cake: none in any store — missing everywhere (Магнит «Коржи слоеные для торта» are cake '
    'layers, coньяк «Наполеон» irrelevant); «подешевле» is a wish'),
   ('рафаэлло 150г',
    {'pyaterochka': [], 'magnit': ['3061e3f9c1'], 'dixy': ['DI00078416'], 'perekrestok': ['18162']},
    'Raffaello 150 g boxes; 40/70/90/100/200/240 g boxes and «Raffaello Торт/Тортик» excluded (size '
    'written)'),
   ('ritter sport цельный лесной орех',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'Ritter Sport with whole hazelnuts: none — missing everywhere; Ritter Sport «Дробленный лесной орех» '
    '(chopped), «Лесной Орех и Клюква», «Цельный миндаль» and other flavours excluded')]),
 ('твикс 2 шт, баунти, марс, pringles с паприкой',
  [('твикс 2 шт',
    {'pyaterochka': [], 'magnit': ['43821bf5fe'], 'dixy': [], 'perekrestok': []},
    'Twix: only Магнит «Конфеты ТВИКС, минис, 100г» — accepted (brand written, no form; minis are Twix); no '
    'Twix bars anywhere'),
   ('баунти',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'Bounty: none in any store — missing everywhere'),
   ('марс',
    {'pyaterochka': [], 'magnit': ['592ca0497d'], 'dixy': [], 'perekrestok': ['3389812']},
    'Mars products: Магнит Mars minis 100 g, Перекрёсток Mars Max bar; other chocolate bars excluded'),
   ('pringles с паприкой',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'Pringles: none in any store — missing everywhere; other paprika chips excluded (brand written)')]),
 ('киндер сюрприз для дочки, харибо мишки, чупачупс 5 шт',
  [('киндер сюрприз для дочки',
    {'pyaterochka': [], 'magnit': [], 'dixy': ['2000001672', '2000253005', '2000210834'], 'perekrestok': []},
    'Kinder Surprise eggs (incl. «для девочек»); Kinder Joy (a different product), Kinder chocolate, Pingui, '
    'Молочный ломтик, Maxi King excluded; «для дочки» is a wish'),
   ('харибо мишки',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'Haribo: none in any store — missing everywhere; Бон Пари «Медведи» excluded (brand written)'),
   ('чупачупс 5 шт',
    {'pyaterochka': ['33015'], 'magnit': ['495f199a6d'], 'dixy': [], 'perekrestok': ['4291408']},
    'Chupa Chups lollipops (Магнит «Леденец ЧУПА-ЧУПС с шипучкой», Перекрёсток «Карамель Chupa Chups Авокадо '
    'микс», Пятёрочка «ЧУПА ЧУПС Карамель ФРУТ-ТЕЛЛА 17г» — outside knowledge: Chupa Chups «карамель» is the '
    'lollipop); Дикси Chupa Chups marmalade «Страйпсы» and Chupa Chups soda excluded')]),
 ('арахис соленый в пачке, фисташки жареные, крекер tuc сыр, сухарики три корочки',
  [('арахис соленый в пачке',
    {'pyaterochka': [], 'magnit': ['81631c53d8'], 'dixy': [], 'perekrestok': []},
    'packed salted peanuts (Семушка жареный солёный 150 г); flavoured Chico&Rico (васаби, бекон, Мексика), '
    'peanuts in chocolate/sugar, mixes and халва excluded'),
   ('фисташки жареные',
    {'pyaterochka': [],
     'magnit': ['8b9281613e', 'b3ee07a59e', 'cbb2d0c598'],
     'dixy': ['2000327653', '2000539534', '2000539549'],
     'perekrestok': ['2020566',
                     '2049819',
                     '3162277',
                     '3411931',
                     '3428414',
                     '3451308',
                     '3499562',
                     '3638619',
                     '3640863',
                     '3660622',
                     '3900345',
                     '3942813',
                     '4066346',
                     '4073982',
                     '4090837',
                     '4105870',
                     '4207559',
                     '4259987',
                     '4274180',
                     '4309728',
                     '49082',
                     '49715',
                     '72535',
                     '4369326']},
    'roasted pistachios, packed or loose, any size (жареные/обжаренные/печёные, also «солёные» without '
    '«жареные» — outside knowledge: salted in-shell pistachios are roasted); Перекрёсток «очищенные» Семушка '
    'and «неочищенные» loose without roasting stated, Зелёная Линия «сушеные», Good-Food (not stated), '
    '«обжаренные дроблёные ядро» (crushed baking ingredient) excluded'),
   ('крекер tuc сыр',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'Tuc with cheese: only Tuc «Сметана и лук» (Дикси) and «Original с солью» (Перекрёсток) — missing '
    'everywhere'),
   ('сухарики три корочки',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    '«Три корочки» croutons: none — missing everywhere; Хрусteam, Воронцовские, Take It excluded (brand '
    'written)')]),
 ('печенье овсяное пару пачек, пряники мятные пачку, шоколад бабаевский',
  [('печенье овсяное пару пачек',
    {'pyaterochka': ['3613445', '3613448'],
     'magnit': ['857b65e2eb'],
     'dixy': ['2000002140',
              '2000214298',
              '2000221434',
              '2000225711',
              '2000235792',
              '2000251113',
              '2000255652',
              '2000325940',
              '2000349045',
              '2000351526',
              '2000419389',
              '2000535032',
              '2000603032',
              '2000603633'],
     'perekrestok': ['2023501',
                     '2023502',
                     '2091843',
                     '3035354',
                     '3218321',
                     '3412681',
                     '3438892',
                     '3505244',
                     '3603607',
                     '3613445',
                     '3613448',
                     '3639545',
                     '3658003',
                     '3663100',
                     '3681160',
                     '3681278',
                     '3688135',
                     '3901906',
                     '3901907',
                     '3951119',
                     '4017837',
                     '4024594',
                     '4032428',
                     '4050870',
                     '4086029',
                     '4123144',
                     '4172266',
                     '4172267',
                     '4185824',
                     '4202786',
                     '4202788',
                     '4202831',
                     '4258982',
                     '4283932',
                     '4283934',
                     '4283939',
                     '4284221',
                     '4284222',
                     '4315655',
                     '4315656',
                     '4356039',
                     '4370424',
                     '4370425',
                     '91535']},
    'oatmeal cookies of any brand/flavour (classic, with raisins, chocolate pieces, glazed halves, on '
    'sorbitol/maltitol, Юбилейное «Овсяное», Таруска «Овсянка», Take A Bite oatmeal protein cookies, loose '
    "«Изюминка»); ФрутоНяня children's cookies, ProteinRex flapjacks, Хлебный Спас «Полезный завтрак с "
    'овсяными хлопьями» (not an oatmeal cookie by name), oat flakes, porridge and oat drinks excluded; «пару '
    'пачек» is an amount'),
   ('пряники мятные пачку',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'mint gingerbread: none — missing everywhere; Стойленские (flavour not stated), шоколадные, клюква, '
    'апельсин, груша excluded'),
   ('шоколад бабаевский',
    {'pyaterochka': ['20393', '3067338', '3170181', '3197262', '45557', '45563', '50047'],
     'magnit': ['2c5c666697'],
     'dixy': ['1100072978', '2000001818', '2000016728', '2000227778', '2000573952', '2000593171'],
     'perekrestok': ['4272335']},
    'every Бабаевский chocolate tablet (горький, люкс, элитный 75%, с фундуком, миндалём, грейпфрутом, '
    'криспи/кешью, Вдохновение классический горький); Бабаевский candies, Вдохновение candies and the '
    'Бабаевский filled bar (батончик) excluded')]),
 ('эскимо 3 шт, мороженое брикет ванильное, рожок крем брюле',
  [('эскимо 3 шт',
    {'pyaterochka': [],
     'magnit': ['b2a52cc7c4', 'ccb762812f'],
     'dixy': [],
     'perekrestok': ['2014565',
                     '3287145',
                     '3371925',
                     '3628052',
                     '3650693',
                     '4047712',
                     '4130359',
                     '4151679',
                     '4151681',
                     '4278655',
                     '4296328',
                     '4354078']},
    'ice cream labelled «эскимо» of any flavour/brand (incl. Lotte «Десерт … Эскимо арбуз»); glazed plombir '
    'on a stick not called эскимо (e.g. Чистая Линия «в шоколадной глазури 80г»), cones and cups excluded'),
   ('мороженое брикет ванильное',
    {'pyaterochka': [], 'magnit': [], 'dixy': ['2000593612'], 'perekrestok': []},
    'vanilla ice cream brick (Хуторок «Ваниль, брикет»); Хуторок «Фисташка» brick, Maxibon Страчателла '
    'brick, Челны «Пломбир с варёной сгущёнкой брикет» and tubs without «брикет» excluded'),
   ('рожок крем брюле',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'crème-brûlée cone: none — missing everywhere; vanilla, chocolate, blackcurrant, варёная сгущёнка cones '
    'excluded')]),
 ('изюм темный кило, чернослив без косточек 2 пачки, финики королевские, грецкие орехи для пирога',
  [('изюм темный кило',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'dark raisins: only Перекрёсток «Изюм светлый» and «Голден» (light) — missing everywhere'),
   ('чернослив без косточек 2 пачки',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'pitted prunes: Магнит «Чернослив ВОСТОЧНЫЙ ГОСТЬ 150г» does not say pitted — excluded; prune purée, '
    'marmalade, candies excluded — missing everywhere'),
   ('финики королевские',
    {'pyaterochka': [],
     'magnit': ['f937066c9b'],
     'dixy': [],
     'perekrestok': ['3504025', '3903859', '3942207', '3942208', '3943237', '4259390', '4322373']},
    'dates labelled «Королевские» (incl. «Королевские Меджуль», loose Семушка); other dates (Деглет нур, '
    'Меджул not called королевские, Суккари, Аджва etc.) and Королевские dates stuffed with '
    'almonds/walnuts/nuts excluded'),
   ('грецкие орехи для пирога',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': ['3912995', '4259321']},
    'walnuts, kernels (Пр!ст 100 г) or in shell (loose); «для пирога» is a purpose, not a filter; walnut '
    'jam, dates/prunes with walnut excluded')]),
 ('конфетки мишка косолапый по весу, трюфели, шоколад аленка 200г',
  [('конфетки мишка косолапый по весу',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    '«Мишка косолапый» candies: none (Пятёрочка «Торт Мишка косолапый, вафельный» is a cake) — missing '
    'everywhere'),
   ('трюфели',
    {'pyaterochka': ['3611872', '3641772'],
     'magnit': [],
     'dixy': ['2000270860', '2000579556', '2000594553'],
     'perekrestok': ['4272857', '4344998']},
    'truffle candies of any brand (Красный Октябрь Трюфели, «Трюфель молочный» 1 кг, Кондитер Кубани, '
    'Абрау-Дюрсо, F.Vatel, Маркет Collection белые); chocolate tablets «вкус трюфеля»/«Трюфельный элит», '
    'Магнит «ДИYES кокос-трюфель», mini cakes «Трюфель», эскимо, mushrooms/oil with truffle excluded'),
   ('шоколад аленка 200г',
    {'pyaterochka': [], 'magnit': [], 'dixy': ['2000227851'], 'perekrestok': []},
    'Алёнка chocolate 200 g; Алёнка 100 g / 90 g and Алёнка candies (Магнит) excluded (size written)')]),
 ('чизкейк нью йорк, рулет бисквитный, эклеры, орео печенье ваниль',
  [('чизкейк нью йорк',
    {'pyaterochka': [], 'magnit': ['4c81560436'], 'dixy': [], 'perekrestok': []},
    'New York cheesecake (Cheeseberry New-York, frozen); Petra chocolate cheesecake, cheesecake '
    'desserts/curd snacks and chocolate «Чизкейк» flavours excluded'),
   ('рулет бисквитный',
    {'pyaterochka': [], 'magnit': ['14d4d97c00'], 'dixy': ['ЦТ0038683'], 'perekrestok': []},
    'sponge roll: Lucky Days «бисквитный» and Дикси «Сдобная Особа с лимоном 400 г» (outside knowledge: a '
    'sponge roll); poppy-seed yeast roll Черёмушки «Майский», Экодиво fruit roll, meringue roll, слоёный '
    'рулет, meat rolls and Яшкино wafer «рулетики» excluded'),
   ('эклеры',
    {'pyaterochka': [], 'magnit': ['3d3a54177f'], 'dixy': [], 'perekrestok': ['3977333', '78035130']},
    'éclairs (Мишель Эклер, Есть Торт, Перекрёсток own); profiteroles excluded'),
   ('орео печенье ваниль',
    {'pyaterochka': [], 'magnit': ['2d6c3b194d'], 'dixy': [], 'perekrestok': []},
    'Oreo cookies, original vanilla-cream (Магнит «Печенье ОРЕО 95г» — outside knowledge: plain Oreo has '
    'vanilla filling); Oreo strawberry and chocolate-filling, Oreo chocolate tablets and ice cream '
    'excluded')]),
 ('альпенгольд изюм орехи, мармелад в сахаре, халва тахинная',
  [('альпенгольд изюм орехи',
    {'pyaterochka': [], 'magnit': ['d8e11f8019'], 'dixy': [], 'perekrestok': ['4329958']},
    'Alpen Gold with raisins and hazelnuts; other Alpen Gold flavours excluded'),
   ('мармелад в сахаре',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'sugar-coated marmalade: no title states «в сахаре»/«обсыпной» — missing everywhere; marmalade without '
    'stated coating, gummies excluded'),
   ('халва тахинная',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'tahini halva: none (only sunflower/peanut Дружба and Рот Фронт в шоколаде) — missing everywhere')]),
 ('мороженое 48 копеек, вафельный тортик, ферреро роше',
  [('мороженое 48 копеек',
    {'pyaterochka': [],
     'magnit': ['8e06a9a6ee', 'c3c75fe1a4'],
     'dixy': ['2000576651'],
     'perekrestok': ['4048085', '4048090', '4212278']},
    'every «48 копеек» ice cream (пломбир, манго со сливками, шоколадная Прага, рожки)'),
   ('вафельный тортик',
    {'pyaterochka': ['3399810', '65939', '72892'],
     'magnit': ['19fddcb78b'],
     'dixy': [],
     'perekrestok': ['4270604']},
    'wafer cakes (Мишка косолапый вафельный, Шоколадница вафельный and Шоколадница «с миндалем» — outside '
    'knowledge: a wafer cake line, Шоколадница с арахисом, Маркет Collection «Вафельный с орехами и '
    'изюмом»); Боярушка «тортик» candy bar, sponge/cream cakes excluded'),
   ('ферреро роше',
    {'pyaterochka': [], 'magnit': ['5fd73e9d00'], 'dixy': ['2000193935'], 'perekrestok': ['4114242']},
    'Ferrero Rocher boxes of any size')]),
 ('дирол без сахара 2 пачки, ментос, тик так',
  [('дирол без сахара 2 пачки',
    {'pyaterochka': [],
     'magnit': [],
     'dixy': ['2000565433', 'DI00079614', 'DI00081042'],
     'perekrestok': ['2083379', '2083382', '3498786', '3679720', '4275943', '4289374', '4337068']},
    'every Dirol chewing gum — outside knowledge: Dirol gum is sugar-free, so the Дикси titles and '
    'Перекрёсток 68 g that do not say «без сахара» are accepted too; other gum brands excluded'),
   ('ментос',
    {'pyaterochka': [],
     'magnit': [],
     'dixy': ['2000517238', '2000573006'],
     'perekrestok': ['4032912', '4042408', '4042410', '4312702']},
    'every Mentos (gum Pure Fresh, chewy dragée)'),
   ('тик так',
    {'pyaterochka': [], 'magnit': [], 'dixy': ['2000001728', '2000280790'], 'perekrestok': []},
    'Tic Tac dragée of any flavour')]),
 ('крекер рыбки, попкорн карамельный, чипсы московский картофель',
  [('крекер рыбки',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'fish-shaped crackers: none — missing everywhere; Скрепыши «Азбука зверушек», Tuc, Бэйкер Хаус, Смайл '
    'excluded'),
   ('попкорн карамельный',
    {'pyaterochka': [], 'magnit': ['fa4c1add36'], 'dixy': [], 'perekrestok': []},
    'caramel popcorn: Lucky Days «солёная карамель» (microwave); Lucky Days «Карамель/сыр» listing (either '
    'flavour), Mixbar «сладко-солёный», chocolate, salted and cheese popcorn excluded'),
   ('чипсы московский картофель',
    {'pyaterochka': [], 'magnit': [], 'dixy': ['2000412095'], 'perekrestok': ['4250245']},
    'Московский картофель chips of any flavour')]),
 ('тортик прага, пироженое картошка, кекс с изюмом, зефир в шоколаде пару пачек',
  [('тортик прага',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'Prague cake: none (only «48 копеек шоколадная Прага» ice cream and Прага beer) — missing everywhere'),
   ('пироженое картошка',
    {'pyaterochka': [], 'magnit': [], 'dixy': ['2000574151'], 'perekrestok': []},
    '«Картошка» pastry (Клер Дэлис); «Картошка» glazed curd snacks and «Невский Кондитер Картошка» candies '
    'excluded'),
   ('кекс с изюмом',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': ['3485110', '4294659']},
    'cake (кекс) with raisins (Венский с изюмом, Маркет «со вкусом рома и изюмом»); кексы without raisins, '
    'cake mixes, ромовая баба and улитка excluded'),
   ('зефир в шоколаде пару пачек',
    {'pyaterochka': [], 'magnit': ['0b2c20ca98', '1000354755'], 'dixy': [], 'perekrestok': ['3688339']},
    'chocolate-covered zefir (Шармэль классический в шоколаде, Пастухов «Зефир молочный в бельгийском '
    'шоколаде», Старые традиции клюква в шоколадной глазури); маршмеллоу and суфле in chocolate excluded')]),
 ('шоколад без сахара, миндаль 200 г, мюсли батончик, пастила яблочная',
  [('шоколад без сахара',
    {'pyaterochka': [],
     'magnit': [],
     'dixy': [],
     'perekrestok': ['4307131', '4307132', '4307133', '4307134', '4313144']},
    'chocolate labelled «без сахара» (Зелёная Линия рисовый/овсяный, Jean Rene тёмный с инжиром); sugar-free '
    'candies (Chocodate), pastila, sweets excluded'),
   ('миндаль 200 г',
    {'pyaterochka': [], 'magnit': [], 'dixy': ['2000327986'], 'perekrestok': []},
    'almonds 200 g: no 200 g pack anywhere; Дикси loose «Миндаль, ядра» (sold by weight, can be weighed to '
    '200 g) accepted; 50–150 g and 500 g packs excluded (size written)'),
   ('мюсли батончик',
    {'pyaterochka': [],
     'magnit': [],
     'dixy': [],
     'perekrestok': ['3455919', '3455922', '3600317', '3600318', '3600319', '4211374', '4304777']},
    'muesli bars (ДиYes, Здоровый Перекус, Bombbar, ПП «Батончик-мюсли»); baby cereal bars (Gerber, '
    'ФрутоНяня), nut/fruit bars, protein and chocolate bars excluded'),
   ('пастила яблочная',
    {'pyaterochka': [], 'magnit': ['357a2a47ed'], 'dixy': [], 'perekrestok': ['4116134', '4317912']},
    'apple pastila (Белевская «Яблоко»; Зелёная Линия «Белёвская классическая» — outside knowledge: classic '
    'Belev pastila is apple; Зелёная Линия bar «из белевской яблочной пастилы»); '
    'cranberry/blackcurrant/strawberry pastila, Дикси «Классическая/Ягодное ассорти» (either variant) and '
    'Белевская «Мармелад Яблочный» (marmalade) excluded')]),
 ('шоколад мерси, коробку конфет на подарок, курабье бакинское',
  [('шоколад мерси',
    {'pyaterochka': [],
     'magnit': ['0b5eeb1964', '675d31a401', '693157c4ab'],
     'dixy': ['2000268721', '2000345233', '2000522181', '2000598032'],
     'perekrestok': []},
    'every Merci chocolate (all are boxed chocolates)'),
   ('коробку конфет на подарок',
    {'pyaterochka': ['3906839'],
     'magnit': ['021c6e0db9',
                '0dd5e50005',
                '201c0febf2',
                '37c73d89a3',
                '8440671f72',
                '8a1caa06dc',
                'e9d81e05f7',
                '07abf8b4de',
                '0b5eeb1964',
                '675d31a401',
                '693157c4ab',
                '15873947d1',
                '975026c3b7',
                'c4ee699daa',
                '5fd73e9d00',
                '3061e3f9c1',
                '795afcfbc6',
                '9642facd57',
                'a861cd6747',
                '6ab14ba23b',
                'a51477a44e',
                'd3b4238775'],
     'dixy': ['2000001749',
              '2000057659',
              '2000193935',
              '2000241694',
              '2000266307',
              '2000268721',
              '2000345233',
              '2000522181',
              '2000598032',
              '2000562853',
              '2000575872',
              '2000597991',
              'DI00078416'],
     'perekrestok': ['18162',
                     '2157344',
                     '3163976',
                     '3604056',
                     '40690',
                     '4114242',
                     '5232',
                     '4271125',
                     '4271126',
                     '4271127',
                     '4334062']},
    'boxed chocolate assortments (Коркунов, Merci, Вдохновение, Комильфо, Ferrero Rocher, Raffaello ≥90 g, '
    'Бабаевский 200 г, Milka конфеты, Конти Ассорти/Натюрель, Родные просторы набор, Dolcemania, Москва, '
    "Amelie, Belgian Harvest, Royal Collection, O'Zera, Маркет «в коробке», Konti Esfero) — judgement from "
    'brand/pack; loose candies by weight, bags (Dove Promises, Трюфели 200 г, Рот Фронт, Степ, Крокант), '
    'Raffaello 40/70 g and «Raffaello Торт» excluded; «на подарок» is a purpose'),
   ('курабье бакинское',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'Baku kurabye: only Пятёрочка «Курабье Шарлиз» (not Бакинское) — missing everywhere')]),
 ('мороженко чистая линия, вафли яшкино шоколадные, сушки с маком пару пачек',
  [('мороженко чистая линия',
    {'pyaterochka': [],
     'magnit': [],
     'dixy': [],
     'perekrestok': ['3334702',
                     '3650693',
                     '3680631',
                     '3693306',
                     '3953742',
                     '3955964',
                     '3958194',
                     '3975059',
                     '4069595',
                     '4308280']},
    'every Чистая Линия ice cream; Магнит «Чистая Линия» liquid soap excluded'),
   ('вафли яшкино шоколадные',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'Яшкино chocolate wafers: only Яшкино «Вафельные рулетики, сгущенное молоко» — missing everywhere'),
   ('сушки с маком пару пачек',
    {'pyaterochka': [], 'magnit': ['99f439b486'], 'dixy': [], 'perekrestok': []},
    'poppy-seed сушки (Невская сушка мини маковые); garlic тараллини and plain сушки excluded')]),
 ('конфеты красный октябрь ассорти, пряник печатный, мармелад лимонные дольки',
  [('конфеты красный октябрь ассорти',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'a Красный Октябрь assortment: none (only single kinds — Трюфели, Ласточка, Цитрон, помадка, Алёнка '
    'крем-брюле) — missing everywhere'),
   ('пряник печатный',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'printed gingerbread (печатный пряник): none — missing everywhere'),
   ('мармелад лимонные дольки',
    {'pyaterochka': ['3210545'], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'citrus-slice marmalade: Пятёрочка Шарлиз «Мармелад ДОЛЬКИ АСС.» (assorted citrus slices, incl. lemon — '
    'judgement); other marmalades and chocolate orange slices excluded')]),
 ('чипсы lays краб 2 пачки, кукурузные палочки в сахаре, соломка соленая, орешки ассорти',
  [('чипсы lays краб 2 пачки',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    "Lay's crab: only the Дикси 37 g listing «Зеленый лук/Сметана и зелень/Краб» (any of three) — excluded; "
    'Русская картошка «Камчатский краб» excluded (brand written) — missing everywhere'),
   ('кукурузные палочки в сахаре',
    {'pyaterochka': [], 'magnit': ['bdb97cb353'], 'dixy': [], 'perekrestok': []},
    'sugar-coated corn sticks (Кузя Лакомкин «в сахарной пудре»); Праздник сластены (coating not stated), '
    'Скрепыши «Вареная сгущенка», Cheetos кетчуп excluded'),
   ('соломка соленая',
    {'pyaterochka': [], 'magnit': ['0369d2884d'], 'dixy': [], 'perekrestok': []},
    'salted bread sticks (Моя цена «Соломка солёная»); Лоренц Джуниор (salt not stated), potato Pomsticks '
    '«соломкой» and vegetables cut «соломкой» excluded'),
   ('орешки ассорти',
    {'pyaterochka': [], 'magnit': ['1fcc40680d', 'dcb49ccf2f'], 'dixy': [], 'perekrestok': []},
    'mixed nuts (Solonina «Смесь ореховая», «ОРЕХИ подарочный набор»); nut-and-raisin/dried-fruit mixes '
    '(Семушка, Натурфудс, Маркет) excluded')]),
 ('печенье сахарное самое дешевое, артек вафли, батончик натс, банановые чипсы',
  [('печенье сахарное самое дешевое',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': ['4152128', '4321922', '4321928']},
    'cookies labelled «сахарное» (Пр!ст Чайное, Зелёная Линия Дарушка, злаковое сахарное); «самое дешевое» '
    'is a wish'),
   ('артек вафли',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'Артек wafers: none — missing everywhere'),
   ('батончик натс',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'Nuts bar: only NUTS 180 g chocolate tablets in Магнит (not the bar) — missing everywhere'),
   ('банановые чипсы',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': []},
    'banana chips: none — missing everywhere; Banana Republic bananas in glaze excluded')]),
 ('kinder шоколад 8 шт, мармелад фрутелла, леденцы holls, орешки в шоколаде',
  [('kinder шоколад 8 шт',
    {'pyaterochka': [], 'magnit': [], 'dixy': ['2000001702'], 'perekrestok': []},
    'Kinder Chocolate bars with milk filling (Дикси «молочный с молочной начинкой, 100 г» — outside '
    'knowledge: the 8-bar pack is 100 g); Kinder Country «со злаками 23,5 г», Kinder Surprise/Joy, Pingui '
    'and cakes excluded'),
   ('мармелад фрутелла',
    {'pyaterochka': ['3694097'], 'magnit': [], 'dixy': ['2000586474'], 'perekrestok': []},
    'Fruittella marmalade/gummies (Пятёрочка FRUIT-TEL «Мармелад крутой микс», Дикси «Жевательный мармелад '
    'Fruittella»); Fruittella chewy candies (Магнит, Пятёрочка) and Chupa Chups «Фрут-телла» lollipop '
    'excluded'),
   ('леденцы holls',
    {'pyaterochka': [],
     'magnit': ['15a0ad0a86', '4b6f90c5a1', '8d8a43950e', 'a1d114a96e'],
     'dixy': ['2000285190'],
     'perekrestok': []},
    'Halls lozenges of any flavour; Перекрёсток Halls «Mini mints» (compressed mints) and «Fresh & Chewy» '
    '(chewy candies) excluded'),
   ('орешки в шоколаде',
    {'pyaterochka': [], 'magnit': [], 'dixy': [], 'perekrestok': ['4342628', '3476504']},
    'nuts coated in chocolate (peanuts in milk chocolate, almond dragée in chocolate glaze); dried fruit '
    'with nuts in glaze, Кремлина «Фрукты и орехи в глазури» assortment, chocolate tablets with nuts and '
    'candies excluded')])]

if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzu"))
