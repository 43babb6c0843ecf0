#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zn.jsonl -- 25 drinks-for-a-family-and-a-party shopping lists hand-labelled
against the real offers in real_offers_g.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zn.build.py

LISTS below is literal data: 25 lists (3-4 items) as a household would type them to a Telegram bot, written
blind before any offer was read (fresh_basket_eval_zn.blind_lists.txt; the texts here are byte-identical),
and for every item the product ids of every in-stock offer per store that a reasonable shopper who wrote
exactly that item would accept.  Candidates were grepped broadly in real_offers_g.jsonl (stems, synonyms,
Latin/Cyrillic brand spellings, the chains' abbreviations, ё/е) and read one by one; each item's note says
what was accepted, what was deliberately left out and any judgement resting on outside knowledge.  An empty
list means the store has nothing acceptable (the item is "missing" there).  Nothing of korzina was read.

labelled_lists.build checks that every id exists in real_offers_g.jsonl *for that store* and is in stock,
that no id repeats within an item, that every item has a note and that the labels are exactly the list's
items in order, then writes the JSONL; ids are fzn01, fzn02, ... in LISTS order, split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zn.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fzn01
    ('водичка 5 литров для дома, сок яблочный 2 пачки, чипсы лейс с беконом, сухарики для детей', [
        ('водичка 5 литров для дома', {
            'pyaterochka': ['3635131'],
            'magnit': ['7f00277465', 'daea15c2c5', 'c0d204fa30'],
            'dixy': ['2000337258', '2000264455', '2000311289', '2000145479', '2000601611'],
            'perekrestok': ['2504', '3462773', '3217460', '4264399', '3674373', '3373718', '43693', '4263871', '4231308'],
        }, "plain still drinking/table water in 5 l bottles, children's 5 l water included (Черноголовка Бэйби, Кидси, ФрутоНяня, Аквалайн «Для ляль»), Пятёрочка «Легенда Гор … 5.0» read as 5 l; 6 l (Зелёная Линия), 18.9 l and smaller bottles excluded; «для дома» is a purpose, not a filter"),
        ('сок яблочный 2 пачки', {
            'pyaterochka': [],
            'magnit': ['5cc1685377', '9aed063f0e', '2b7a93fdc9', 'a44cb39821', '755af2f920'],
            'dixy': ['2000107422', '2000405003', 'DI00078820', '2000225623', '10E0072646', '2000550673', '2000005628', '2000341137', '2000148374', 'ЦТ0017501', 'DI00080427', '2000177649', 'DI00081301'],
            'perekrestok': ['47600', '4239136', '3977669', '4059743', '4222319', '3903669', '84798', '3411877', '3646063', '3636704', '4001466', '4316873', '4157530', '58049', '4259039', '3002924', '3387565', '4233679', '4340742', '4340738', '3049629', '4069132', '3270265', '67047', '3376409', '4315654', '3612824', '4100577'],
        }, "100% apple juice of any brand/size incl. green-apple, direct-pressed and children's apple juice; nectars (Любимый, Дары Кубани, Пр!ст, Добрый «Деревенские яблочки»), «напиток сокосодержащий», apple blends (яблоко-виноград/-вишня/-персик/-груша/-абрикос), Ideas «яблочный с сельдереем» and детокс juices excluded; «2 пачки» is a quantity, not a pack filter"),
        ('чипсы лейс с беконом', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, "Lay's with bacon flavour: none recorded (Lay's only сметана и зелень/лук, соль, краб, грибы etc.); Chico&Rico peanuts «со вкусом бекона» are not chips - missing everywhere"),
        ('сухарики для детей', {
            'pyaterochka': [],
            'magnit': ['7a105553d3', '4f2c3ab423'],
            'dixy': ['2000265801', '2000572411', '2000293703'],
            'perekrestok': ['3984452', '3017521', '3017514', '4060975', '3289515'],
        }, '«для детей» read as a purpose: every сухарики/сухари snack or sweet rusk (Хрусteam, Take It, Воронцовские, ОГО! ванильные, сдобные сухари с изюмом); гренки (different product word) and «Сухари панировочные» (breadcrumbs) excluded'),
    ]),
    # fzn02
    ('минералочка ессентуки номер 17, квасок очаковский 2 бутылки, семки от мартина полосатые', [
        ('минералочка ессентуки номер 17', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000336236'],
            'perekrestok': ['3977406'],
        }, 'Ессентуки №17 (any size); Ессентуки №4, Aqua bene «Ессентуки целебная» (no number) and «Галерея источников №17» (not named Ессентуки) excluded'),
        ('квасок очаковский 2 бутылки', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Очаково kvass: none recorded (only «Русский узор Летний» and Зелёная Линия «Медовый») - missing everywhere'),
        ('семки от мартина полосатые', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000562834', '2000285542'],
            'perekrestok': ['4280034', '4280033', '3661124'],
        }, 'От Мартина striped sunflower seeds (полосатые, incl. Мегапапа, with or without salt); От Мартина black «отборные», «белые», «молодёжные» and pumpkin seeds excluded (outside knowledge: the plain «отборные» line is black seeds), Крутой Окер «Полосатые» is another brand'),
    ]),
    # fzn03
    ('кока кола 2 литра две штуки, лимонад тархун стекло, лед пищевой пакет, вишневый сок 1л', [
        ('кока кола 2 литра две штуки', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Coca-Cola 2 l: only Пятёрочка Coca-Cola 0.33 l cans are recorded; Добрый/Черноголовка/Funky Monkey colas are other brands - missing everywhere'),
        ('лимонад тархун стекло', {
            'pyaterochka': [],
            'magnit': ['9469e0a196'],
            'dixy': [],
            'perekrestok': [],
        }, 'tarragon lemonade in a glass bottle: Магнит «Тархун, Старые добрые традиции, 500мл» accepted (outside knowledge: this line is sold in 0.5 l glass); Черноголовка Тархун 1 l, Пр!ст/Маркет 2 l (PET) and «Чудесное далеко Тархун 500мл» (packaging unknown) excluded'),
        ('лед пищевой пакет', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'bagged ice cubes: none recorded; fruit ice lollies («Лёд фруктовый», «Лед Гранат Джелато») are ice cream - missing everywhere'),
        ('вишневый сок 1л', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'cherry juice 1 l: none recorded; only cherry nectars of 200-250 ml (Rich, Бариннофф) and apple-cherry blends - missing everywhere'),
    ]),
    # fzn04
    ('пивко светлое 6 банок по 0.5, сухарики три корочки холодец с хреном, фисташки соленые к пиву', [
        ('пивко светлое 6 банок по 0.5', {
            'pyaterochka': [],
            'magnit': ['cdadff0fd2', 'c7cb3e4e83', '72ef636633'],
            'dixy': [],
            'perekrestok': [],
        }, 'light beer of 0.5 l (Прага светлое, KONIX Czechpilsner, KONIX IPA Overfall светлое); the many 0.45/0.43/0.33/0.95/1.3 l light beers, flavoured beer drinks and alcohol-free beer excluded; «6 банок» is a quantity (can vs bottle not checkable)'),
        ('сухарики три корочки холодец с хреном', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Три корочки croutons: none recorded; Фишка «Холодец с хреном» гренки are another brand - missing everywhere'),
        ('фисташки соленые к пиву', {
            'pyaterochka': [],
            'magnit': ['b3ee07a59e', 'cbb2d0c598', '8b9281613e'],
            'dixy': ['2000539534', '2000539549', '2000327653'],
            'perekrestok': ['2020566', '2049819', '3162277', '3411931', '3428414', '3451308', '3499562', '3638619', '3640863', '3660622', '3900345', '3942813', '4066346', '4073982', '4090837', '4105870', '4207559', '4249887', '4259987', '4274180', '4309728', '4369326', '49082', '49715', '72535'],
        }, 'salted roasted pistachios of any brand/weight, shelled or in shell, incl. loose weighed ones and Camel «подсоленные»; pistachios without salt stated (Good-Food, Семушка очищенные, «неочищенные», Зелёная Линия сушёные, дроблёные ядро) and pistachio-flavoured sweets excluded; «к пиву» is a purpose'),
    ]),
    # fzn05
    ('сок апельсиновый добрый, нектар персиковый, печенье к чаю юбилейное', [
        ('сок апельсиновый добрый', {
            'pyaterochka': [],
            'magnit': ['1308e22ee7'],
            'dixy': ['10J0079109'],
            'perekrestok': [],
        }, "Добрый orange: accepted Добрый «Нектар апельсин(овый)» 1 l (outside knowledge: Добрый sells its orange only as a nectar, which shoppers call «сок добрый»); Добрый Pulpy (сокосодержащий with pulp bits), «Бодрый цитрус» blend and Добрый orange soda excluded; other brands' orange juice excluded"),
        ('нектар персиковый', {
            'pyaterochka': [],
            'magnit': ['a09445aa6e'],
            'dixy': [],
            'perekrestok': ['3658295', '3641935', '4315410', '3612828'],
        }, 'peach nectar (Rich, Ararat, Swell, Маркет); peach-apple nectar, «Солнечный нектарин» drinks/nectar, peach iced tea and peach-flavoured water excluded'),
        ('печенье к чаю юбилейное', {
            'pyaterochka': [],
            'magnit': ['4ecdd613ad', '23c5c2875e', '68b382d22e', '858769ffec'],
            'dixy': ['2000535032'],
            'perekrestok': [],
        }, 'every Юбилейное cookie (молочное, традиционное, с глазурью, овсяное); Julius Meinl «Юбилейный» coffee and Останкино «Юбилейная» sausage excluded'),
    ]),
    # fzn06
    ('газировка подешевле любая, стаканы пластиковые 0.2 для праздника, трубочки для коктейля', [
        ('газировка подешевле любая', {
            'pyaterochka': ['3466967', '2137976', '1863', '1866', '3607122', '3922282'],
            'magnit': ['daac9718ba', 'a0e61a1e60', 'a1d6199329', '30822d92cf', '4709d99484', 'b52788a8e7', 'a5f624f2a7', '106d11f399', '9107d9dc6a', '93578a0da7', '204c15a08e', 'def2bfadfc', '0fd6daf7f9', '15a2eae307', '218e9b02dc', 'f41e3f025f', '42df81776f', 'e2218d459a', '7953348cfc', '68eb1e7e1f', '5117f2b311', 'ab96bdf6db', 'dfb8def8b0', 'b4875f70d2', '9466122b48', 'a65ecc8048', '8b5709c065', '9469e0a196', '3397f6b160', '966a08b66a', 'f178bfc838'],
            'dixy': ['2000265245', '2000322732', '2000162011', '2000345874', '2000551058', '2000562691', '2000562695', '2000562693', '2000562692', '2000550719', '2000566892', '2000599931'],
            'perekrestok': ['4327938', '4349107', '3645982', '3976891', '2158026', '4273448', '4271305', '4174455', '3637653', '3373647', '20850', '3374813', '3359208', '53165', '4375561', '20843', '3662137', '4340330', '4340328', '4340329', '4327937', '51176', '4343783', '3625699', '3625731', '3625732', '4343167', '3495110', '4208830', '4208834', '4268549', '4134082', '4236596', '4283917', '3299546', '3276041', '4357850', '4311002', '4232521', '4360787', '4266676', '4303376', '3927587', '2162413', '4095601', '4095600', '4311533', '4255770', '3276040', '4271328', '4341035', '4358145', '4358144', '4253930', '4194720', '4327935', '4255754', '4255756'],
        }, 'any sweet carbonated soft drink: colas, lemonades (Черноголовка, Пр!ст, Маркет, Волжанка, Старые добрые традиции…), Дюшес/Тархун/Байкал, flavoured sodas, tonics and bitter lemons; Дикси «Алазани Груша 1 л», «Laimon FrashMax», Дикси «Добрый Кола без сахара» and Магнит «Напиток безалкогольный ДОБРЫЙ кола / лимон-лайм, 1,5л» accepted although «газированный» is not in those titles (outside knowledge: the same drinks are labelled газированный elsewhere / are fizzy); plain sparkling water, energy drinks, Хуч/Тен Страйк/Lavetti (alcoholic), kvass, cider, non-carbonated drinks and Шеф Перекрёсток 250 ml lemonades (carbonation not stated) excluded; «подешевле» is a wish'),
        ('стаканы пластиковые 0.2 для праздника', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'plastic cups: none recorded (only ice cream «в стаканчике») - missing everywhere'),
        ('трубочки для коктейля', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'drinking straws: none recorded (only wafer «трубочки» and rice/corn «трубочки» snacks) - missing everywhere'),
    ]),
    # fzn07
    ('чай черный пакетированный 100 пак, кофе молотый арабика для турки, рафинад коробка, вафельки к чаю', [
        ('чай черный пакетированный 100 пак', {
            'pyaterochka': ['18087', '3141303', '2070399'],
            'magnit': ['f27576dc9c', '8e34db68c9', '4c2b5b0e84', '262636efc4', '9ed6ab900f', '539736f8c3', 'cf54caa8df', '1305f039da', '591cd0328d', 'b411bf6170', 'c237948667', 'bd44dec0f2', '79c875b985', 'f528489d63', 'a2edebfe73', '1ce117e378', '62e44aad83', '0b0945cde7', '62e737f079', 'f2ec203f7f', '543ee3fdd2', 'dc9080ff20'],
            'dixy': ['2000520549', '2000520542', '2000289445', '2000568232', '2000224056', 'ЦТ0016759', '2000228472', '2000262681', '2000295203', '2000226734', '2000295224'],
            'perekrestok': ['2147891', '3378336', '2147890', '3450276', '3662837', '2070399'],
        }, 'black tea in packs of 100 bags (incl. flavoured black teas: Earl Grey, чабрец, Tess Pleasure/Сиеста/Forest Dream pyramids); loose 100 g packs, 25/20-bag packs, green tea (Tess Лайм/Флирт) and Hilltop «черный с зеленым» excluded'),
        ('кофе молотый арабика для турки', {
            'pyaterochka': ['1e481d9846'],
            'magnit': ['a46592e215', '4522417a72', '8269b24f19'],
            'dixy': ['2000056820', '2000604152'],
            'perekrestok': ['4058107', '4166073', '4166074', '3606929', '3612036', '4129183', '4347224'],
        }, "ground coffee stating arabica (Московская кофейня Арабика, Monarch Gold Arabica, Фреско Арабика, Bushido 100% арабика, Fresco Arabica Blend/Solo, Lebo Extra/Классик, Пятёрочка «Арабика Принц Лебо мол.»); Магнит «LEBO Classic для турки» accepted (outside knowledge: Lebo Classic is arabica, as Перекрёсток's title says); ground coffee without arabica stated, beans, instant and «молотый в растворимом» excluded; «для турки» is a purpose"),
        ('рафинад коробка', {
            'pyaterochka': [],
            'magnit': ['2e68df9fc4'],
            'dixy': ['2000468691', '2000350151', '2000538871', '10E0076829'],
            'perekrestok': ['4092763'],
        }, 'white refined lump sugar (прессованный / белый кусковой); Чайкофский «Сахар-песок Рафинированный» (granulated), cane «кусковой нерафинированный» and granulated sugar excluded'),
        ('вафельки к чаю', {
            'pyaterochka': ['3000449', '3673372', '3957302', '1191'],
            'magnit': ['98361dfdef', 'c66dcb1c29', 'ff8a1f323c', 'df2cfb12b6'],
            'dixy': ['2000575912', '2000571911'],
            'perekrestok': ['4323197', '4323149', '4323148'],
        }, 'packs of wafers of any flavour (Коровка, Коломенское, Torero, Lucky Days, Джек, Любимые традиции, Пр!ст, Зелёная Линия, Take a Bitey); wafer cakes (торт вафельный), wafer rolls, candies, chocolate bars (Kinder Maxi King, Goodmix), soft «вафли венские» Акульчев and ice-cream cones excluded'),
    ]),
    # fzn08
    ('боржомчик стекло, нарзан 0.5, лимончики 3 шт', [
        ('боржомчик стекло', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000188861'],
            'perekrestok': [],
        }, 'Borjomi in glass: only Дикси «Borjomi … в стекле, 0,5 л»; PET Borjomi, Магнит 1.25 l and Перекрёсток 750 ml (packaging not stated), Боржоми Флейворд Вотер excluded'),
        ('нарзан 0.5', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['51503'],
        }, 'Нарзан 0.5 l; Нарзан 1 l excluded'),
        ('лимончики 3 шт', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['10E0074364'],
            'perekrestok': ['1536', '3677353', '3148269', '49780'],
        }, 'fresh lemons (loose or in 2-packs); «3 шт» is a quantity; lime-lemon mix, lemonades and lemon-flavoured goods excluded'),
    ]),
    # fzn09
    ('вино красное сухое самое дешевое, сырная нарезка ассорти, виноградик без косточек, маслины без косточки банка', [
        ('вино красное сухое самое дешевое', {
            'pyaterochka': [],
            'magnit': ['0d69bc12b7', '1128713b37', '179454ad06', '1aeecf4fbf', '20076532cf', '25e2e0b426', '282e3b100c', '2843dc2427', '2f74e42279', '316badec71', '3c061d5267', '4a0256aba7', '63ce59d607', '66dc79b1bd', '6c75cc20c2', '6dec98c122', '6fea0b8f60', '70de72738c', '7b8fa4bd5e', '97edfb5844', '984016a189', '992027187d', '9995f68840', '9a7baeb044', 'a05527a9ea', 'ac836556b8', 'adea6d56aa', 'aefb2f40d1', 'b8cc734787', 'ba4136257e', 'd05962e7be', 'd408e7403a', 'd73ee8f4f1', 'd982768147', 'da35009364', 'e3b2e41081', 'eb4f5b53b5', 'f076430c9a'],
            'dixy': [],
            'perekrestok': ['3502899', '2141096'],
        }, 'every still red dry wine (incl. «красн сух» abbreviation and the 1 l Don Garcia); red semi-dry/semi-sweet, rosé, port and sparkling wines excluded; «самое дешевое» is a wish'),
        ('сырная нарезка ассорти', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'an assorted cheese platter: none recorded - only single-cheese нарезка (Valio, Oldenburger, Маасдам…) and sausage assortments - missing everywhere'),
        ('виноградик без косточек', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000599092'],
            'perekrestok': [],
        }, "fresh seedless grapes: Дикси «Виноград Мускат, без косточки»; Перекрёсток's fresh grapes do not say seedless (Ред Глоб, Тайфи, чёрный, Artfrut белый) and dried grapes/raisins excluded"),
        ('маслины без косточки банка', {
            'pyaterochka': [],
            'magnit': ['ffc8624869', 'a4c260b58b', '67a5bec16c'],
            'dixy': ['2000280423', '2000573831', '2000284987', 'D000011668', '2000300243', '2000293466'],
            'perekrestok': ['3013064', '4049135', '4340423', '4340420', '4102524', '4340492', '4340498', '3628531', '3468532'],
        }, 'pitted black olives (маслины без косточки) of any brand in jars/cans; маслины с косточкой, stuffed Охибланка, вяленые, green olives (оливки) and 28Olives (pit not stated) excluded'),
    ]),
    # fzn10
    ('пиво б/а, кальмар сушеный стружка, арахис солёный в пакете', [
        ('пиво б/а', {
            'pyaterochka': [],
            'magnit': ['58f80cdc50'],
            'dixy': [],
            'perekrestok': [],
        }, 'alcohol-free beer: Stella Artois безалкогольное; flavoured alcohol-free beer drinks (Amstel лайм-мята/малина-лайм/апельсин, Балтика №0 Малина/Гранат, Hollandia малина-мята) excluded as flavoured «пивной напиток»'),
        ('кальмар сушеный стружка', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'shredded dried squid: no title says стружка - Сухогруз/Донской «сушеный» 70 g (form not stated), Solonina «полоски», squid rings and squid salads excluded - missing everywhere'),
        ('арахис солёный в пакете', {
            'pyaterochka': [],
            'magnit': ['81631c53d8'],
            'dixy': [],
            'perekrestok': [],
        }, 'plain salted roasted peanuts (Семушка); flavoured Chico&Rico (бекон, сыр, васаби, Мексика) and seed/peanut mixes excluded'),
    ]),
    # fzn11
    ('вино белое полусладкое грузинское, шампусик брют, мандаринки кило', [
        ('вино белое полусладкое грузинское', {
            'pyaterochka': [],
            'magnit': ['972e6a1879', '8e3e417710'],
            'dixy': [],
            'perekrestok': [],
        }, 'Georgian white semi-sweet still wine (Алазанская долина Болеро, Хареба Алазанская долина); red Georgian, dry Georgian whites (Цинандали, Ркацители) and non-Georgian semi-sweet whites excluded'),
        ('шампусик брют', {
            'pyaterochka': [],
            'magnit': ['31844a02d1', '3372349d7b', '4eb78cec1b', 'fc186391a3', '22ff9f18a9', '921bd70811', '36e4ecf3ef', '84ac7a2c5a', 'ed1f763e6d', '3524b141a3'],
            'dixy': [],
            'perekrestok': ['4006572'],
        }, 'sparkling wine labelled брют, white or rosé (Абрау-Дюрсо, Аристов, Шато Тамань, Prosecco, Cava, Crémant, Советское розовое брют); экстрабрют, сухое, полусухое, полусладкое and сладкое sparkling wines excluded'),
        ('мандаринки кило', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['DI00078763'],
            'perekrestok': [],
        }, 'fresh tangerines (Дикси «Мандарины сладкие»); «кило» is a quantity; mandarin-flavoured goods excluded'),
    ]),
    # fzn12
    ('квас хлебный 1.5, вода газ 1.5л, корнишончики маринованные', [
        ('квас хлебный 1.5', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'bread kvass 1.5 l: none recorded (Пятёрочка «Летний» 2.5 l, Перекрёсток «Медовый» 1 l) - missing everywhere'),
        ('вода газ 1.5л', {
            'pyaterochka': [],
            'magnit': ['2132714cae', 'f86e07cf40', '2867a91b94'],
            'dixy': ['2000015389', 'ЦТ0046867', 'ЦТ0043947', '2000572194', '2000581852', '2000599872', '2000282423', '2000206433'],
            'perekrestok': ['88995', '74767', '3485716', '2083111', '2029732', '4264400', '4344077', '3674370', '2075986', '4316382', '4250375'],
        }, "unflavoured sparkling drinking or table-mineral water of 1.5 l (incl. лечебно-столовые Ариана Кармадон, Аш-Тау, Эдельвейс, Маркет Перекрёсток); Дикси «Аш-Тау 1,5л» accepted although «газированная» is not in its title (outside knowledge / Перекрёсток's title of the same water); still, 1.4/2 l, flavoured, «лечебная»/«целебная» and Ессентуки waters, Кувака and Славяновская (carbonation not stated) excluded"),
        ('корнишончики маринованные', {
            'pyaterochka': ['3231209', '3015661'],
            'magnit': ['ec376f9811', 'd77cad8396', 'b83846e7e3'],
            'dixy': ['2000180487'],
            'perekrestok': ['4265436', '3180523', '3662073', '4061841'],
        }, 'marinated gherkins (корнишоны маринованные, Дядя Ваня «по-французски»); Скатерть-Самобранка 720 мл and Пятёрочка «Корнишоны Закарпатские, Eко» accepted as marinated (outside knowledge; the same brand is «маринованные» elsewhere); salted корнишоны, fresh корнишоны «в упаковке», ordinary «огурцы маринованные» and cherry/gherkin assortments excluded'),
    ]),
    # fzn13
    ('сок томатный с солью 1л, вода без газа 1.5 шесть штук, хлебцы ржаные dr korner, сок грейпфрутовый', [
        ('сок томатный с солью 1л', {
            'pyaterochka': [],
            'magnit': ['c31db3f9e2'],
            'dixy': [],
            'perekrestok': ['3612826'],
        }, 'tomato juice stating salt, exactly 1 l (Сады Придонья с солью, Маркет Перекрёсток с солью); Rich «с солью» 200 ml, Пр!ст «с солью и сахаром» 950 ml, Rich/Добрый tomato 1 l without salt stated, Любимый 0.97 l and tomato nectar excluded'),
        ('вода без газа 1.5 шесть штук', {
            'pyaterochka': [],
            'magnit': ['75ce595dc6', '720f82c2d2', '98aaa95b9c', '65b73d7b58', '162ec6aa1d'],
            'dixy': ['ЦТ0046868', '2000335456', '2000285345'],
            'perekrestok': ['3655718', '4344084', '4264401', '3674372', '4316383'],
        }, "unflavoured still drinking/table water of 1.5 l (incl. table-mineral Сенежская, Горная вершина, Архыз and children's Фрутоняня 1.5 l); Магнит «Легенда гор Архыз, природная, 1,5л» accepted as still (outside knowledge: the sparkling one is labelled газированная); flavoured (лимон, персик, клубника), лечебно-столовая Легенда Сибири, 1.4/1.75/2 l and sparkling excluded; «шесть штук» is a quantity"),
        ('хлебцы ржаные dr korner', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Dr.Korner rye crispbread: none recorded (Dr.Korner only cranberry, buckwheat, caramel and corn-rice; Щедрые «Тонкие ржаные» is another brand) - missing everywhere'),
        ('сок грейпфрутовый', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'grapefruit juice: none recorded (only Rich «яблоко-вишня-грейпфрут» drink and a grapefruit lemonade) - missing everywhere'),
    ]),
    # fzn14
    ('чай зеленый с жасмином, мёд липовый, лимон 1шт', [
        ('чай зеленый с жасмином', {
            'pyaterochka': [],
            'magnit': ['45d9a874e0'],
            'dixy': [],
            'perekrestok': [],
        }, 'green tea with jasmine (Принцесса Ява Жасмин); Tess «с ароматом киви и жасмина» (not green stated) and other green teas excluded'),
        ('мёд липовый', {
            'pyaterochka': [],
            'magnit': ['dadb78005d'],
            'dixy': [],
            'perekrestok': ['3687698', '4316603'],
        }, 'linden honey (Башкирхан, Маркет Перекрёсток, Маркет); other honeys excluded'),
        ('лимон 1шт', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['10E0074364'],
            'perekrestok': ['1536', '3677353', '3148269', '49780'],
        }, 'fresh lemons (loose or 2-packs); «1шт» is a quantity; lime-lemon mix excluded'),
    ]),
    # fzn15
    ('кофе растворимый якобс монарх, сливки 10% 200 мл, печеньки овсяные с изюмом', [
        ('кофе растворимый якобс монарх', {
            'pyaterochka': ['3372171'],
            'magnit': ['2b03c3331f', '0386d066d3', 'd377483cd5', '88df1b0c73', '01f9dd25ee'],
            'dixy': [],
            'perekrestok': [],
        }, 'Jacobs Monarch instant (сублимированный/растворимый incl. Монарх Интенс; Магнит «Монарх Интенс, 95г» taken as instant - same line as the 150 g «сублимированный»); Jacobs Monarch ground and beans, Jacobs Gold/Милликано, «Monarch Miligrano» and «Monarch Gold/Original» ground excluded'),
        ('сливки 10% 200 мл', {
            'pyaterochka': [],
            'magnit': ['1000128456', '3201860040', '1000006089'],
            'dixy': [],
            'perekrestok': [],
        }, '10% cream in 200 ml packs (Большая кружка, Домик в деревне, Моя цена); Пр!ст 10% 195 ml, 10×10 g portion creamers and other sizes/fat levels excluded'),
        ('печеньки овсяные с изюмом', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000255652'],
            'perekrestok': ['3639545', '3901906', '2023502', '4284222'],
        }, 'oat cookies stating raisins (Посиделкино, Кухмастер, Полёт, Маркет); plain oat cookies, «Изюминка овсяное» (raisins not stated) and other fillings excluded'),
    ]),
    # fzn16
    ('пиво тёмное нефильтрованное, вяленая рыбка, чипсы краб', [
        ('пиво тёмное нефильтрованное', {
            'pyaterochka': [],
            'magnit': ['c97b2b855e'],
            'dixy': [],
            'perekrestok': [],
        }, 'dark unfiltered beer (Wolpertinger); Krušovice dark filtered and light unfiltered beers excluded'),
        ('вяленая рыбка', {
            'pyaterochka': ['342922fced'],
            'magnit': ['2955c1a6cb', '863dcd83be', '1d5c4bba58'],
            'dixy': [],
            'perekrestok': ['4357085'],
        }, 'dried fish snacks labelled вяленая/сушено-вяленая (анчоусы, горбуша соломка, ставридка, путассу); солено-сушёные (полосатик, корюшка), «сушёная» янтарная рыбка, squid and frozen fish excluded'),
        ('чипсы краб', {
            'pyaterochka': [],
            'magnit': ['e32606ff89'],
            'dixy': ['2000325823'],
            'perekrestok': [],
        }, "crab-flavoured chips (Русская картошка «Камчатский краб»; Дикси Lay's «Зеленый лук/Сметана и зелень/Краб 37г» accepted as an assortment that includes crab); Хрусteam сухарики with краб and other flavours excluded"),
    ]),
    # fzn17
    ('нектар вишневый 1л, мультифрукт сок 2л, вафли артек 2 пачки, ананасовый сочок', [
        ('нектар вишневый 1л', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'cherry nectar 1 l: only 200-250 ml cherry nectars (Rich, Бариннофф) and mixed nectars - missing everywhere'),
        ('мультифрукт сок 2л', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'multifruit juice 2 l: only Сады Придонья «мультифруктовый» 1 l, Добрый multifruit nectar 1 l and Моя семья drink 1.93 l - missing everywhere'),
        ('вафли артек 2 пачки', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Артек wafers: none recorded - missing everywhere'),
        ('ананасовый сочок', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['4352566', '4268629', '4268626'],
        }, 'pineapple juice (IL Primo, Market Collection); pineapple nectars (Добрый, Мой), pineapple blends and drinks excluded'),
    ]),
    # fzn18
    ('швепс индиан тоник, биттер лимон, лёд кубиками', [
        ('швепс индиан тоник', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Schweppes: none recorded; Rich «Индиан Тоник» and Evervess are other brands - missing everywhere'),
        ('биттер лимон', {
            'pyaterochka': [],
            'magnit': ['f41e3f025f'],
            'dixy': ['2000551058', '2000345874'],
            'perekrestok': ['4255754'],
        }, 'bitter lemon of any brand (Rich, Evervess); Rich bitter гранат and bitter liqueur excluded'),
        ('лёд кубиками', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'ice cubes: none recorded - missing everywhere'),
    ]),
    # fzn19
    ('вода святой источник 5 л, сок яблоко пару пачек, сушки с маком к чаю', [
        ('вода святой источник 5 л', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000264455'],
            'perekrestok': ['3373718'],
        }, 'Святой Источник still water 5 l; smaller Святой Источник bottles and other 5 l waters excluded'),
        ('сок яблоко пару пачек', {
            'pyaterochka': [],
            'magnit': ['5cc1685377', '9aed063f0e', '2b7a93fdc9', 'a44cb39821', '755af2f920'],
            'dixy': ['2000107422', '2000405003', 'DI00078820', '2000225623', '10E0072646', '2000550673', '2000005628', '2000341137', '2000148374', 'ЦТ0017501', 'DI00080427', '2000177649', 'DI00081301'],
            'perekrestok': ['47600', '4239136', '3977669', '4059743', '4222319', '3903669', '84798', '3411877', '3646063', '3636704', '4001466', '4316873', '4157530', '58049', '4259039', '3002924', '3387565', '4233679', '4340742', '4340738', '3049629', '4069132', '3270265', '67047', '3376409', '4315654', '3612824', '4100577'],
        }, "same as «сок яблочный»: 100% apple juice of any brand/size incl. children's; nectars, сокосодержащие drinks and apple blends excluded; «пару пачек» is a quantity"),
        ('сушки с маком к чаю', {
            'pyaterochka': [],
            'magnit': ['99f439b486'],
            'dixy': [],
            'perekrestok': [],
        }, 'poppy-seed сушки (Невская сушка маковые); plain сушки «без сахара» and garlic «Тараллини» excluded'),
    ]),
    # fzn20
    ('лимонад буратино 2л, дюшес лимонад, пряники тульские с начинкой, чай эрл грей гринфилд', [
        ('лимонад буратино 2л', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['3359208'],
        }, 'Буратино lemonade 2 l (Черноголовка); Буратино 1 l excluded'),
        ('дюшес лимонад', {
            'pyaterochka': [],
            'magnit': ['a1d6199329', '106d11f399', 'a65ecc8048'],
            'dixy': [],
            'perekrestok': ['4327938', '53165', '4340330', '3625699'],
        }, 'Дюшес soda of any brand/size (Добрый, Старые добрые традиции, Русский дар, Черноголовка, Маркет, Пр!ст, Чудесное далеко)'),
        ('пряники тульские с начинкой', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Тульский пряник: none recorded (only Стойленские, Дымка, Полёт, Северные) - missing everywhere'),
        ('чай эрл грей гринфилд', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000217793', '2000144520', '2000228472', '2000000294'],
            'perekrestok': ['2147891', '2073803'],
        }, "every Greenfield Earl Grey Fantasy (loose and bags, any size); other Greenfield teas and other brands' Earl Grey excluded"),
    ]),
    # fzn21
    ('спрайт 1.5, фанта апельсин 2 л, попкорн соленый', [
        ('спрайт 1.5', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Sprite: none recorded; lemon-lime sodas of other brands excluded - missing everywhere'),
        ('фанта апельсин 2 л', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Fanta 2 l: only Пятёрочка Fanta 0.33 l can; Фрустайл/Добрый orange sodas are other brands - missing everywhere'),
        ('попкорн соленый', {
            'pyaterochka': [],
            'magnit': ['ee4d3c9d31'],
            'dixy': ['2000284017'],
            'perekrestok': [],
        }, 'salted popcorn (Cranpers с солью, Lucky Days солёный); salted caramel, sweet-salty Mixbar, cheese and assorted popcorn excluded'),
    ]),
    # fzn22
    ('кофе в зернах лавацца, молоко для капучино, сахар тростниковый коричневый, капсулы нескафе дольче густо', [
        ('кофе в зернах лавацца', {
            'pyaterochka': ['3396617'],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Lavazza beans (Пятёрочка CREMA E AROMA зер.); Lavazza ground coffee excluded'),
        ('молоко для капучино', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000589411'],
            'perekrestok': [],
        }, 'cow milk sold for cappuccino/barista (Дикси Му-у «Для капучино» 3.2%); ordinary milk and Planto Barista almond drink excluded'),
        ('сахар тростниковый коричневый', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000598451'],
            'perekrestok': ['2113550', '4269179', '4293934', '4269180', '4282808', '3629156'],
        }, 'brown cane sugar of any form (crystal or lump; Брауни, Мистраль, Маркет); white sugar and coconut sugar excluded'),
        ('капсулы нескафе дольче густо', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Nescafé Dolce Gusto capsules: none recorded (only Jardin capsules and Tassimo pods) - missing everywhere'),
    ]),
    # fzn23
    ('пиво жигулевское 1.5, гренки ржаные с чесноком, сыр косичка копчёный', [
        ('пиво жигулевское 1.5', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Жигулёвское beer 1.5 l: none recorded; «Жигули Барное» is a different brand (and only 0.45 l) - missing everywhere'),
        ('гренки ржаные с чесноком', {
            'pyaterochka': ['400d61212a'],
            'magnit': ['5a8a28eceb'],
            'dixy': ['2000545311'],
            'perekrestok': [],
        }, 'rye (incl. ржано-пшеничные) croutons with garlic: Гренковъ, Vian, BEERKA «Бородинские чеснок-укроп» (outside knowledge: Бородинский is a rye bread); Фишка/Рижские/777 garlic гренки (rye not stated), сухарики and other flavours excluded'),
        ('сыр косичка копчёный', {
            'pyaterochka': [],
            'magnit': ['1000368975', '8000075315'],
            'dixy': [],
            'perekrestok': ['4166737'],
        }, 'smoked braided cheese (Косичка копчёная, Чечил косичка копчёная); Чечил спагетти (not braided/smoked) and smoked-mackerel «Косичка» excluded'),
    ]),
    # fzn24
    ('вода для детей фрутоняня, сок агуша яблочный, морс клюквенный 1 литр, нектар абрикосовый', [
        ('вода для детей фрутоняня', {
            'pyaterochka': [],
            'magnit': ['7f00277465', '162ec6aa1d'],
            'dixy': [],
            'perekrestok': [],
        }, "ФрутоНяня children's water (5 l and 1.5 l); other children's waters and ФрутоНяня juices/drinks excluded"),
        ('сок агуша яблочный', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Агуша apple juice: only Агуша «напиток сокосодержащий» Яблоко-вишня / Яблоко-виноград - missing everywhere'),
        ('морс клюквенный 1 литр', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'cranberry mors 1 l: Finnmors only 0.5/1.5 l, Любимый/Добрый 0.97 l are cranberry-grape blends, Зелёная Линия «напиток морсовый» 510 ml - missing everywhere'),
        ('нектар абрикосовый', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'apricot nectar: none recorded - missing everywhere'),
    ]),
    # fzn25
    ('холодный чай липтон лимон, адреналинчик 2 банки, салфетки бумажные для стола, газ вода с лимоном', [
        ('холодный чай липтон лимон', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000285268'],
            'perekrestok': [],
        }, 'Lipton iced tea lemon (Дикси 1.5 l); Lipton peach and Пятёрочка «LIPTON ICE TEA зел.» (flavour not lemon) excluded'),
        ('адреналинчик 2 банки', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000542794'],
            'perekrestok': ['4206324'],
        }, 'Adrenaline Rush energy drinks (any variant; here the sugar-free ones); other energy drinks excluded; «2 банки» is a quantity'),
        ('салфетки бумажные для стола', {
            'pyaterochka': [],
            'magnit': ['a9b3dab026'],
            'dixy': [],
            'perekrestok': ['3951668'],
        }, 'paper table napkins (Wellfort «Бум салфетки» 3-ply, Home Story 33×33); facial tissues (Zewa «для лица»), wet wipes and laundry sheets excluded'),
        ('газ вода с лимоном', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'sparkling lemon-flavoured water: none recorded - Святой Источник «Лимон» is still, Aqua Bene «с ароматом лимона» does not say carbonated, lemon lemonades are lemonade - missing everywhere'),
    ]),
]


def main():
    records = build(LISTS, OFFERS, OUT, "fzn")
    stats(records)


if __name__ == "__main__":
    main()
