#!/usr/bin/env python3
"""Re-create fresh_basket_eval_t.jsonl -- 25 budget shopping lists (a pensioner couple, a student sharing a flat)
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_t.build.py

LISTS below is literal data: 25 lists (3-4 items) written blind, before any offer was read (the draft is kept
unchanged in fresh_basket_eval_t.blind_lists.txt), as people type them to a Telegram bot, and for every item the
product ids of every store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings) and read one by one; each item was then re-checked against all in-stock titles matching its stem that
were not accepted.  The note of each item records what was deliberately left out and any judgement that rests on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The labels
were made without reading korzina's matcher or its data files and without running korzina.

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly the list's
items in order (an item is the text between commas / new lines) -- and then writes the JSONL in the format of
real_basket_eval.jsonl.  List ids are ft01, ft02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_t.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # ft01 breakfast staples
    ('молочко 2.5% 2 пачки самое дешевое, батон нарезной самый дешевый, яйца с1 десяточек', [
        ('молочко 2.5% 2 пачки самое дешевое', {
            'pyaterochka': ['3645808'],
            'magnit': ['a28bae784b'],
            'dixy': [],
            'perekrestok': ['a548f45b17', '7f46c8a5c5', 'faf2171541', 'edf2484f0e', '69f396f368', '4310700', 'af8570f806', '66ec0f255d', '2093081', '587286c051', '013e119412', '6986e66cd9', '50cb0959f8', '76055bf243', '3613024', '359aa76fc0', '62485733e9', 'cb2f1055d7'],
        }, 'cow drinking milk labelled exactly 2.5% (past./UHT/steril., any pack incl. Магнит Вкуснотеево 0.2 l and Сарафаново «детское»); other fat levels, ranges, топлёное, goat milk, flavoured Чудо and milkshakes (М/М коктейль 2.3%) excluded; «2 пачки» is a quantity, «самое дешевое» a wish'),
        ('батон нарезной самый дешевый', {
            'pyaterochka': ['3985404'],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['3974714'],
        }, 'sliced white loaf «батон нарезной»: Перекрёсток Маркет «Батон Нарезной», Пятёрочка «Батон "Звездный" нар[езной]»; chocolate/protein «батончики» excluded; «самый дешевый» is a wish'),
        ('яйца с1 десяточек', {
            'pyaterochka': ['3446505'],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['3446505', '3062836', '4068694', '3662512'],
        }, 'hen eggs class С1, packs of 10; С0/отборные, Лето С1 20 шт, Волжанин 6 шт and quail eggs excluded'),
    ]),
    # ft02 groats for the month
    ('гречка ядрица 3 пачки\nрис круглый для каши\nмакароны красная цена\nманка', [
        ('гречка ядрица 3 пачки', {
            'pyaterochka': [],
            'magnit': ['203081'],
            'dixy': [],
            'perekrestok': [],
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto 500 г» (title does not say ядрица; Prosto's plain buckwheat is ядрица - outside knowledge); Пятёрочка has only buckwheat flakes (Увелка, Мистраль), rice+buckwheat mix PROSTO, soba noodles, ready porridge - excluded"),
        ('рис круглый для каши', {
            'pyaterochka': ['3483037'],
            'magnit': ['106651', '106021', '199371', '106641'],
            'dixy': [],
            'perekrestok': [],
        }, "round-grain rice: Магнит Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, круглый», Националь «Адриатика» and Мистраль «Кубань» (both round-grain varieties - outside knowledge), Пятёрочка «МИСТР.Рис для плова традиц.» (same product as Магнит's «традиционный, круглый»); «для каши» is a purpose, not a filter. Long-grain/basmati/jasmine/brown, Девзира, Националь «для плова» and Global Village «для плова» (grain shape not stated), rice porridges, rice flour, rice flakes excluded"),
        ('макароны красная цена', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, "the brand «Красная цена» is required; no pasta title names it (the only «Красная цена» offer is Пятёрочка frozen cod). Пятёрочка's unbranded 32.99 «Изделия макаронные группы А высшего сорта …» may well be the store brand, but the titles do not say so - left out (doubtful)"),
        ('манка', {
            'pyaterochka': [],
            'magnit': ['a9eb0a29d1'],
            'dixy': [],
            'perekrestok': [],
        }, "semolina groats: Магнит «Каша манная УВЕЛКА, 700г» (Увелка's dry semolina sold as «каша манная» - the 700 g pack is dry groats, outside knowledge); no other semolina"),
    ]),
    # ft03 tea time
    ('сахарок 1кг пачка, чай черный в пакетиках 100 шт, печенье юбилейное к чаю', [
        ('сахарок 1кг пачка', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'white granulated sugar in a 1 kg pack: none in stock. Magnit «Сахар белый прессованный 1кг» is pressed lump sugar (рафинад, asked for separately in ft12) and Пятёрочка cane sugar Демерара is 500 g - both left out; sugar-free/«с сахаром» products are traps'),
        ('чай черный в пакетиках 100 шт', {
            'pyaterochka': ['4002510', '3998702', '3378327', '3662837', '3950803', '3620106', '3635756', '3378336', '3446638', '2070472', '11200', '3689577', '3628990'],
            'magnit': ['159991', '199261'],
            'dixy': [],
            'perekrestok': [],
        }, 'plain black tea in packs of 100 bags («100 шт» names the pack): Brooke Bond, Saito Asian Ceylon, Tess Sunrise, Азерчай букет, Принцесса Нури, Ahmad classic, Bernley, Greenfield Kenyan Sunrise, Richard Royal Ceylon, Принцесса Канди (title says only «цейлонский»; it is black tea - outside knowledge), Lipton Yellow label, Шах Голд, Richard «Royal English Breakfast … в пак 200гр» (bag count not stated; 200 g of 2 g bags = 100 - judgement); Магнит Akbar Ceylon and Richard Royal Ceylon. Flavoured black teas (Earl Grey/бергамот, чабрец, шиповник-яблоко, фруктовый, Greenfield Spring Melody), 25-bag packs, loose leaf and iced-tea drinks excluded'),
        ('печенье юбилейное к чаю', {
            'pyaterochka': ['3958571', '3958570', '3603068', '3471173', '3662392', '4027701', '4027703', '3655049', '3618783'],
            'magnit': ['723991a07f', '199331'],
            'dixy': [],
            'perekrestok': ['4352220', '4371424', '4425157'],
        }, 'every cookie of the Юбилейное brand (all flavours, glazed, oat, постное, wholegrain); Юбилейное mini-cakes (Магнит «Мини-кексы»), J.Meinl coffee «Юбилейный», колбаса/карбонад «Юбилейная» excluded'),
    ]),
    # ft04 dairy
    ('кефирчик 2.5 проц, творог 5% пачка, сметанка 15% подешевле', [
        ('кефирчик 2.5 проц', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, "kefir 2.5%: no kefir of any fat in stock in any of the four chains' offers (grep кеф/kef finds nothing); absent everywhere"),
        ('творог 5% пачка', {
            'pyaterochka': ['3617778'],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['4216657'],
        }, "plain cottage cheese exactly 5%: Пятёрочка Село Зелёное 5% 500 г, Перекрёсток Молочный знак 5% 180 г; other fat levels, flavoured «101 ЗЕРНО+СЛ.» (blackcurrant/strawberry), Данон «Творог зерненый в йогурте» with fruit, children's biotvorog, творожный сыр/десерт/сырки excluded"),
        ('сметанка 15% подешевле', {
            'pyaterochka': ['3665624'],
            'magnit': ['de14617e33', '199001'],
            'dixy': [],
            'perekrestok': ['4272205', '4314536', '4262697', '3665624', '4335470', '4217907', '4121592', '4431124', '4095525'],
        }, 'sour cream exactly 15% incl. lactose-free (Parmalat Comfort, Простоквашино безлактозная); 10/20/25/30% and sour-cream-flavoured croutons/chips excluded; «подешевле» is a wish'),
    ]),
    # ft05 soup vegetables
    ('картошечка 3 кг, лук репчатый желтый, морковочка кило, капуста белокачаная вилок', [
        ('картошечка 3 кг', {
            'pyaterochka': [],
            'magnit': ['168701', '107511', '168671', '109571', '199751'],
            'dixy': ['72aaa021b7'],
            'perekrestok': ['3646068', '2099571'],
        }, "fresh potatoes of any kind and pack (3 kg is the quantity wanted; Магнит's 3 kg bags and 1 kg / 2.5 kg packs all accepted), Дикси «Картофель молодой»; chips, «картофель хрустящий», starch, vareniki, puree and the Zentis marzipan «Картошка» excluded"),
        ('лук репчатый желтый', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'ordinary yellow bulb onions: none in stock. Left out because the colour/variety written is not met: red onion (Магнит, Перекрёсток), white onion, Ялтинский (purple), Магнит «Лук Светофор» (mixed-colour set), shallots, «лук салатный», spring onion; onion-flavoured chips/croutons are traps'),
        ('морковочка кило', {
            'pyaterochka': [],
            'magnit': ['199761'],
            'dixy': [],
            'perekrestok': ['52112'],
        }, 'fresh carrots (Магнит «Морковь мытая 1 кг», Перекрёсток «Морковь мытая» by weight); Korean-style carrot salads, carrot nectar/juice, baby puree, sauerkraut with carrot excluded'),
        ('капуста белокачаная вилок', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['4738b3129c'],
            'perekrestok': [],
        }, 'fresh white cabbage: Дикси «Капуста белокочанная ранняя». Chinese cabbage, broccoli, cauliflower salad, sauerkraut (квашеная), sea-kale salad and baby purees excluded'),
    ]),
    # ft06 meat for the week
    ('курица целая тушка подешевле, сасиски молочные 1 кг, фарш свиноговяжий', [
        ('курица целая тушка подешевле', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['4cc1fb4741'],
            'perekrestok': ['3153446', '4068157', '4312266', '4252168', '4214722'],
        }, 'a whole raw chicken: Перекрёсток «Тушка цыплёнка» (plain, Петелинка, An-noor халяль), «Цыплёнок корнишон» (a whole small chicken), Дикси «Цыпленок-бройлер охлажденный, 1 кг» (no part named = whole bird); Зелёная Линия «Тушка цыплёнка на зерновом откорме» (found on re-check: an over-broad «корм» exclusion had hidden it). Parts (грудка, бедро, голень, филе), duckling carcass, squid/lobster «тушка», купаты, canned chicken, chicken balls, pet food excluded; Пятёрочка and Магнит sell only parts; «подешевле» is a wish'),
        ('сасиски молочные 1 кг', {
            'pyaterochka': ['3642007'],
            'magnit': ['112421', '213611'],
            'dixy': [],
            'perekrestok': [],
        }, 'typo for «сосиски молочные»: Молочные sausages of any pack (1 kg is the quantity): Магнит «Сосиски Молочные» 0.33 and 0.65 kg, Пятёрочка Велком «Сосиски молочные»; сливочные, детям, венские, баварские, докторские and other varieties, сардельки and the ham «Молокуша» excluded'),
        ('фарш свиноговяжий', {
            'pyaterochka': ['3673806'],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'mixed pork-and-beef mince: Пятёрочка Мираторг «свино-говяжий домашний». Pure pork (Магнит «Фарш свиной»), beef, turkey, chicken (Петелинка «Премиум») excluded; Самсон «ДОМАШНИЙ» and Ближние горки «Деревенский» do not state the meat - left out; stuffed olives («фаршированные») are a trap'),
    ]),
    # ft07 student dinner
    ('доширак 4 шт, пельмени большая пачка, майонез провансаль 800г', [
        ('доширак 4 шт', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, "the brand Доширак is required; none in stock. Роллтон, Пятёрочка's unbranded instant noodles, udon, soba, funchoza and лагман are other products - left out (doubtful: «доширак» is often used for any instant noodles)"),
        ('пельмени большая пачка', {
            'pyaterochka': ['3622053', '3613537', '3683249', '3675532', '3666703', '3613651', '3672557', '4000407'],
            'magnit': ['198951', '109411', '167901', '213711', '160301', '111711'],
            'dixy': ['862d82ab40'],
            'perekrestok': [],
        }, 'pelmeni in a big pack, taken as 0.8 kg or more (Горячая штучка «Бульмени большие» 900 г, Мираторг, Ложкаревъ 900 г, Стародворье, Цезарь, Сибирская коллекция 800 г, Eat Meat); 700-750 g packs (Сибирская коллекция 700 г, Цезарь 0.75 кг, «Телячьи») and Ложкаревъ 450 г excluded as not the big pack; sauce «для пельменей» is a trap'),
        ('майонез провансаль 800г', {
            'pyaterochka': ['3193489', '3355228', '3355242'],
            'magnit': ['204681'],
            'dixy': [],
            'perekrestok': ['3193489'],
        }, 'Провансаль mayonnaise in the 800 ml pack: Слобода Провансаль 800 мл (Пятёрочка titles the same PLU «Майонез Слобода, 67%, 800 мл»), Ряба Провансаль and Ряба «Провансаль оливковый» 744 г (= the 800 ml pack; weight vs volume - outside knowledge). Other sizes (200-700 ml), non-Провансаль mayonnaise (Слобода «Оливковый» 800 мл, Mr.Ricco 800 мл на перепелином яйце, Heinz) and the sauce «Цезарь майонезный» excluded'),
    ]),
    # ft08 sandwiches and cheese
    ('масло сливочное 82.5 самое дешевое, сыр российский брусок, колбаса докторская вареная, сыр плавленый дружба', [
        ('масло сливочное 82.5 самое дешевое', {
            'pyaterochka': ['4063188', '3612680', '3948153', '3953367'],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'butter labelled exactly 82.5% (Пятёрочка «сладко-сливочное традиционное», Вкуснотеево, «Масло сливочное Традиционное» 175 г, Тысяча озёр); 82% (Простоквашино in Дикси/Магнит, Президент кислосливочное) and 72.5% excluded - the written fat must match; chocolate butter, puff pastry, pâté excluded'),
        ('сыр российский брусок', {
            'pyaterochka': ['4046889'],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Российский cheese as a piece: Пятёрочка Брест-Литовск «российский» 200 г; Перекрёсток Зелёная Линия «Российский нарезка» is sliced, not the «брусок» written - left out; «Российский» chocolate, champagne and сервелат «российский» are traps'),
        ('колбаса докторская вареная', {
            'pyaterochka': ['78001451', '3385812', '3620675', '3347584', '2120885', '4019606'],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['4410079', '4380012', '4301347', '4352000', '4296145', '4264678', '4432115', '4255289', '78001451', '3033317', '4221913', '3639615', '3347584'],
        }, 'boiled sausage Докторская of any maker and pack (incl. sliced Ремит, by-weight Рублевский/Велком, Окраина «Докторская»); Докторские сардельки and сосиски, the drink «Black Monster The Doctor» excluded'),
        ('сыр плавленый дружба', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['6b7105d28a'],
            'perekrestok': [],
        }, 'processed cheese Дружба: Дикси «Сыр плавленый Дружба Карат 55%, 400 г». Other processed cheeses (Карат Янтарь/Коралл, Виола, Hochland, President, Фетакса) and halva «ДРУЖБА» excluded'),
    ]),
    # ft09 household
    ('туалетная бумага 12 рулонов, мыло хоз 72%, порошок для стирки большой\nбелизну', [
        ('туалетная бумага 12 рулонов', {
            'pyaterochka': ['3450513', '3326206'],
            'magnit': ['204551'],
            'dixy': [],
            'perekrestok': [],
        }, 'toilet paper in 12-roll packs («12 рулонов» names the pack): Familia Plus, Zewa Plus; 4- and 8-roll packs, moist toilet paper, paper towels excluded'),
        ('мыло хоз 72%', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'household (laundry) soap 72%: none in stock; toilet soaps (Camay, Fax, Safeguard, Dove), liquid soap excluded'),
        ('порошок для стирки большой', {
            'pyaterochka': ['3149485', '2087255', '3142962', '2161528', '2161508', '3023899', '2070686', '2155021'],
            'magnit': ['1000286457', '168231', '111621', '105881', '105891', '198901', '106541', '105941', '167921'],
            'dixy': [],
            'perekrestok': [],
        }, 'laundry powder in a big pack, taken as 2.4 kg or more (Ariel, Bimax, Persil 3 kg, Биолан 2.4 кг; Магнит Лоск 2.7, Ariel/Bimax 6, Persil 3, Tide 2.4-4 kg); small packs (Tide 400 г, Persil 1.5 кг, Biomio 1.5 кг), gels, liquids, capsules, scouring powders (Comet, Пемолюкс) and coffee/cocoa «порошок» excluded'),
        ('белизну', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Белизна chlorine bleach: none in stock; Vanish Oxi stain remover, whitening toothpastes and Bref toilet blocks «с хлор-компонентом» excluded'),
    ]),
    # ft10 pantry
    ('овсянка геркулес 2 пачки, сгущенка цельная, подсолнечное масло нераф, соль йодированная', [
        ('овсянка геркулес 2 пачки', {
            'pyaterochka': ['4027131', '3472901'],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'rolled oats of the «Геркулес» kind: Пятёрочка Клинские «Геркулес» 500 г and Увелка «Хлопья зерн. овсян. трад.» (traditional rolled oats = геркулес - outside knowledge). Instant flavoured porridges (Быстров, Ясно Солнышко, baby cereals), Велле oat products, oat drinks, oat cookies, bran and other flakes excluded'),
        ('сгущенка цельная', {
            'pyaterochka': ['2123014', '3484257'],
            'magnit': ['109241'],
            'dixy': [],
            'perekrestok': ['3332809'],
        }, 'sweetened condensed whole milk (Алексеевское, any pack); варёная сгущёнка (Рогачев «вареное цельное», «Егорка»), wafers/croissants/sweets with condensed milk and whole drinking milk («цельное») excluded'),
        ('подсолнечное масло нераф', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'unrefined sunflower oil: none in stock; every sunflower oil offered is refined (Благо, Mr.Ricco, Слобода, Олейна раф.дез.) or flavoured (Almador) - left out'),
        ('соль йодированная', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'iodised table salt: none in stock; Магнит Mareman sea salt (not iodised), seasonings with salt, eggs «с селеном и йодом» and the descaler «Антисоль» excluded'),
    ]),
    # ft11 fruit
    ('бананчики связка, яблоки подешевле, мандаринчики', [
        ('бананчики связка', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['4208494', '3757', '4112219', '3639749'],
        }, 'fresh bananas (Перекрёсток loose, фасованные, organic, mini bananas); «связка» is the usual form, not a filter. Dried bananas, banana sweets, banana yoghurts/purees/juices excluded'),
        ('яблоки подешевле', {
            'pyaterochka': ['4271772'],
            'magnit': ['200671', '168861'],
            'dixy': [],
            'perekrestok': ['3366336', '3691532', '47795'],
        }, 'fresh apples of any variety (Гренни Смит, красные, Гала, Медовый хруст, сезонные, Ред Делишес); juices, purees, pastila, apple-flavoured goods excluded; «подешевле» is a wish'),
        ('мандаринчики', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['1537', '3034500', '3254317'],
        }, 'fresh mandarins (Перекрёсток plain, Марокко, «с листом Китай»); mandarin soda, nectars, caramel, yoghurt with mandarin excluded'),
    ]),
    # ft12 coffee and sugar
    ('кофе растворимый nescafe classic, сахарок рафинадик, печеньки овсяные', [
        ('кофе растворимый nescafe classic', {
            'pyaterochka': ['4035364', '4035358', '4035361'],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Nescafe Classic instant coffee (Пятёрочка: Classic 230 г and the two «NESCAFE CLASSIC натуральный растворимый порошкообразный … с добавлением молотого» packs - current Classic is made with added ground coffee); Nescafe Gold/Crema/Barista/Espresso/Origins are other lines and the «CLASSIC LATTE» sachets a coffee drink - excluded'),
        ('сахарок рафинадик', {
            'pyaterochka': [],
            'magnit': ['07d5c3205d'],
            'dixy': [],
            'perekrestok': [],
        }, 'lump (cube) sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг» (pressed sugar = рафинад cubes - outside knowledge); meat «крупнокусковой» cuts are a grep trap; refined oils («рафинированное») excluded'),
        ('печеньки овсяные', {
            'pyaterochka': ['3615356', '3639541', '3995521', '3995522', '3655049', '4050870'],
            'magnit': ['106061', '106071'],
            'dixy': [],
            'perekrestok': [],
        }, 'oat cookies of any maker and flavour (Хлебный спас Овсяное, Любятово, Миндальное овсяное, «Классическое» incl. with chocolate, Юбилейное овсяное); VELLE fermented oat product «печенье-яблоко», oat flakes and porridge excluded'),
    ]),
    # ft13 fish tins
    ('селедочка целая, килька в томате 3 банки, шпротики', [
        ('селедочка целая', {
            'pyaterochka': ['3638123', '3697250'],
            'magnit': ['214601'],
            'dixy': [],
            'perekrestok': [],
        }, 'whole herring (not fillet): Пятёрочка Fish House «Сельдь Атлантическая, специального посола» 1 кг and Русское Море «Сельдь атлантическая» 400 г, Магнит «Сельдь тихоокеанская, 245 г» (titles name no fillet/pieces - taken as whole fish, a judgement). Fillets and fillet pieces in oil/brine (Матиас, Царская, Меридиан, Vici, Раптика), herring roe, «под шубой» salads and celery («сельдерей») excluded'),
        ('килька в томате 3 банки', {
            'pyaterochka': ['3468685', '3907223'],
            'magnit': ['159901'],
            'dixy': [],
            'perekrestok': [],
        }, 'canned sprat in tomato sauce (Пятёрочка Вкусные консервы черноморская, Балтийская «обжаренная с чили в томатном соусе», Магнит «Килька обжаренная в томатном соусе»); spiced kilka (пряного посола) and шпроты excluded; «3 банки» is the quantity'),
        ('шпротики', {
            'pyaterochka': ['3504456', '3469704', '3609788', '3475329', '3648434', '3468684'],
            'magnit': ['109251'],
            'dixy': [],
            'perekrestok': [],
        }, 'canned sprats «шпроты» of any maker and tin (incl. «из салаки», «крупные»); kilka in tomato/spiced, Балтийский берег fish «Паста» excluded'),
    ]),
    # ft14 tins for the winter
    ('тушенка говяжья по госту, горошек зеленый консервированный 2 шт, кукуруза консервир.', [
        ('тушенка говяжья по госту', {
            'pyaterochka': ['3480976', '2160460'],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'canned stewed beef whose title states ГОСТ (Семейный Бюджет «Гост», Любимый дом «ГОСТ в/с»); beef stew without ГОСТ (Русь/Барс «Экстра», АК Снов, Великолукский «высший сорт», Лужская марка 1с), pork/venison/chicken stew and ГОСТ sausages excluded - the standard written is required'),
        ('горошек зеленый консервированный 2 шт', {
            'pyaterochka': ['4043589'],
            'magnit': ['203021', '213651', '111581'],
            'dixy': [],
            'perekrestok': ['82254', '41891', '27460', '4273266', '4345766', '4254005'],
        }, 'canned green peas of any maker/size (Globus, Bonduelle, 6 соток, Знак Заботы, Маркет, Пятёрочка «молодой Горошек»), incl. Перекрёсток «Горох Bizim Tarla зелёный 660г» (shelved under canned vegetables - taken as jarred green peas, a judgement); pea soups, black pepper «горошек» and pet food excluded'),
        ('кукуруза консервир.', {
            'pyaterochka': ['3645520', '4043590', '3479213'],
            'magnit': ['213661', '111551', '203031'],
            'dixy': [],
            'perekrestok': ['82253', '2050066', '3645521', '16793', '4273333', '4372036'],
        }, 'canned sweet-corn kernels (Bonduelle, Globus, 6 соток, Знак Заботы, Юнона, Heinz, Пятёрочка «Молодая»/«молочная кукуруза»); Перекрёсток canned baby corn «в початках» (another product), corn oil, starch, popcorn, corn sticks/balls/flakes excluded'),
    ]),
    # ft15 beer evening
    ('пиво жигулевское 4 банки, чипсы лейс сметана лук, сухарики кириешки ржаные', [
        ('пиво жигулевское 4 банки', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Жигулёвское beer: none in stock (grep жигул/zhigul finds nothing); other lagers (Балтика, Lowenbrau, Старый мельник …) are other brands - left out'),
        ('чипсы лейс сметана лук', {
            'pyaterochka': ['3453318', '4069903'],
            'magnit': ['198921'],
            'dixy': [],
            'perekrestok': [],
        }, "Lay's chips flavour sour cream & onion (Пятёрочка «LAYS Чипсы СМЕТАНА И ЛУК» 225 г, Lay's Stax «Нежная Сметана и лук»; Магнит «со вкусом сметаны и лука» 225 г); other Lay's flavours (сметана и зелень, зелёный лук, краб, лисички в сметане …), other brands' sour-cream-onion chips (Русская картошка, Twister, Krachitos) excluded"),
        ('сухарики кириешки ржаные', {
            'pyaterochka': [],
            'magnit': ['4fb9148fb2', 'e26d76ca46'],
            'dixy': [],
            'perekrestok': [],
        }, "Кириешки croutons: Магнит «КИРИЕШКИ Сухарики холодец/бекон/ветчина» 40 г and 100 г (Кириешки are rye croutons - outside knowledge; the flavour mix is not a conflict since none was written). Other brands' rye croutons (Три корочки, Клины, Воронцовские, Хрусteam) excluded - brand written"),
    ]),
    # ft16 washing up
    ('гель для посуды фейри, губки для посуды поролон, мешки для мусора 60 л 20шт', [
        ('гель для посуды фейри', {
            'pyaterochka': ['3501028', '3501026', '3691740', '3503216', '3501031', '3500750'],
            'magnit': ['159851'],
            'dixy': [],
            'perekrestok': [],
        }, 'Fairy hand dishwashing liquid of any scent/size (Нежные руки, Сочный лимон, Platinum …); AOS, Sorti, Biasept and dishwasher tablets (Finish, Somat) excluded'),
        ('губки для посуды поролон', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'foam kitchen sponges: none in stock; «губк» finds nothing'),
        ('мешки для мусора 60 л 20шт', {
            'pyaterochka': [],
            'magnit': ['e9bebc57c0'],
            'dixy': [],
            'perekrestok': [],
        }, '60 l bin bags in rolls of 20: Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт»; Магнит 35 l bags (other size) and food/breakfast bags excluded'),
    ]),
    # ft17 bathroom
    ('зубная паста колгейт 2 шт, шампунь подешевле, прокладки олвейс ультра нормал, дезодорант rexona женский', [
        ('зубная паста колгейт 2 шт', {
            'pyaterochka': ['3605411', '3605412'],
            'magnit': ['0b75d29d19'],
            'dixy': [],
            'perekrestok': [],
        }, "Colgate toothpaste of any line (Total 12, Кальций-Ремин); Colgate toothbrushes and Plax mouthwash, other brands' pastes excluded; «2 шт» is the quantity"),
        ('шампунь подешевле', {
            'pyaterochka': ['3632673', '3632672', '3472122', '4004176', '4004174', '3950554', '2102735', '3999803', '3624618', '3624617', '3958227', '2071819', '3352707', '3456559', '3682464', '3307154', '3386405', '3653506', '3406278', '3659304', '3688572', '3506089', '3658479', '4092264', '3262020', '3679350', '3689257'],
            'magnit': ['28ba0518bf', 'f68f4f964f', '084b343248', '204511', '198881', '160241', '168271', '167951', '7bc067da91', '5b1250b807', '23eca9864a', '8442fcc99f', '1d4676bb70'],
            'dixy': [],
            'perekrestok': ['4406843', '2092382', '4045740', '3065062'],
        }, "any hair shampoo, incl. 2-in-1/3-in-1 (Head&Shoulders «Шампунь-бальзам», Чистая Линия men's «Шамп-кондиц-гель/душа 3в1»), anti-dandruff and men's shampoos and the titles abbreviated «Шамп.» (Garnier, Gliss Kur, L'Oreal, Pantene, Syoss, Timotei, Tresemme, Рецепты бабушки Агафьи - added on re-check); the dry shampoo SHAMTU «Шамп. … б/мыт.вол. сух.» excluded; shower gels, champignons («шампиньоны») and champagne excluded; «подешевле» is a wish"),
        ('прокладки олвейс ультра нормал', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'the brand Always is required: none in stock. Kotex «Ультра Драй нормал» and Libresse «Ультра супер» are other brands - left out'),
        ('дезодорант rexona женский', {
            'pyaterochka': ['3479534', '3479541', '3479535', '3955496', '3444774', '3928499'],
            'magnit': ['b541fbdab4', '214561'],
            'dixy': [],
            'perekrestok': [],
        }, "women's Rexona deodorants/antiperspirants of any form: Магнит titles say «жен»/«женский»; Пятёрочка Rexona «Прозрачный кристалл», «Яркий букет», «Ярко и цветочно», «Сухость пудры», «Нежно и сочно» do not say it but are lines of Rexona for women (outside knowledge). Nivea, Axe, Old Spice and men's deodorants excluded"),
    ]),
    # ft18 the cat
    ('корм whiskas пакетики, наполнитель для лотка, корм для кошек сухой', [
        ('корм whiskas пакетики', {
            'pyaterochka': ['4087104', '4089560'],
            'magnit': ['109291', '205061', '205991', '109231'],
            'dixy': [],
            'perekrestok': [],
        }, 'Whiskas wet food in 85 g pouches, any flavour, for adult cats or kittens (Магнит «Корм для котят Whiskas, курица» accepted - no age was written; Пятёрочка «консервированный … Whiskas … 85г» = the pouch); Felix, Sheba, Perfect Fit, Darling and other brands excluded'),
        ('наполнитель для лотка', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'cat-litter: none in stock; «наполнитель» only finds yoghurts/ice cream «с наполнителем» (traps)'),
        ('корм для кошек сухой', {
            'pyaterochka': ['3691531', '3455947'],
            'magnit': ['baa5749d3a', '854cad46ea', '2871c38926', 'c42755d5d4'],
            'dixy': [],
            'perekrestok': [],
        }, 'dry cat food: Магнит Perfect Fit «сух» 1.2 кг (3 kinds), Darling «сух» 1.75 кг; Пятёрочка «PUR.ONE Корм сух.кур/цел.злак 750г» and «Корм для кошек Purina One, индейка, 1,5 кг» (the first does not say it is for cats, the second does not say it is dry - both are Purina One dry cat foods, outside knowledge). Wet food (pouches, tins), treats (Dreamies, incl. Пятёрочка «Корм для кошек Dreamies»), dog food excluded'),
    ]),
    # ft19 baking
    ('мука пшеничная в/с 2кг, дрожжи сухие быстродействующие, яица 2 десятка', [
        ('мука пшеничная в/с 2кг', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['91304', '8065'],
        }, 'wheat flour of the top grade (в/с) in a 2 kg pack (a packed size, respected): Перекрёсток Makfa высшего сорта 2 кг, Пышечка хлебопекарная высшего сорта 2 кг. Left out: Makfa в/с 1 кг (size), Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), Пятёрочка Рязаночка «ЭКСТРА» 2 кг (another grade, doubtful), wholegrain, rye, rice and durum flour'),
        ('дрожжи сухие быстродействующие', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['17366'],
        }, 'instant dry yeast: Перекрёсток Саф-Момент «быстродействующие» 11 г; frozen yeast dough and puff pastry «бездрожжевое» excluded'),
        ('яица 2 десятка', {
            'pyaterochka': ['3446505', '3341462', '3620510'],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['3062835', '3446505', '3341462', '3062836', '44323', '4068694', '3634491', '3662512'],
        }, 'typo for «яйца»; 20 hen eggs - packs of 10 (bought twice) and of 20 accepted, any class (none was written); Волжанин 6 шт, quail eggs and Kinder chocolate eggs excluded'),
    ]),
    # ft20 drinks
    ('водичка питьевая 5л, лимонад буратино, сок яблочный 2л, минералка ессентуки 4', [
        ('водичка питьевая 5л', {
            'pyaterochka': ['3608729', '3635131'],
            'magnit': ['e8574e2cda'],
            'dixy': [],
            'perekrestok': ['3503711'],
        }, "still drinking water in a 5 l bottle («5л» names the pack): Перекрёсток Малаховская №1 5 л, Пятёрочка Черноголовская Honey kid 5 л and Магнит Аквалайн «Для ляль» 5 л (children's drinking water - still drinking water), Пятёрочка Архыз «Легенда Гор, минеральная, 5 л» (a low-mineral table water sold as drinking water - judgement). Smaller bottles, micellar water, Calgon excluded"),
        ('лимонад буратино', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Буратино lemonade: none in stock; Черноголовка Лимонад/Байкал/Дюшес/Тархун and «Имбирный лимонад» are other drinks - left out'),
        ('сок яблочный 2л', {
            'pyaterochka': ['3679184'],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, "single-fruit apple juice in the 2 l pack: Пятёрочка Фруктовый сад «Сок ЯБЛ.осв.д/дет.пит.1,93л» (the 1.93 l carton is the «2 l» size; children's juice counts). Apple juices of 0.125-1 l (Rich, J7, Добрый, Swell, Сады Придонья …), apple nectars incl. Добрый 2 л and Любимый 1.93 л, mixed juices and juice drinks excluded"),
        ('минералка ессентуки 4', {
            'pyaterochka': ['3977405', '3977407'],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['3977405'],
        }, 'Ессентуки №4 mineral water of any bottle (0.45 l glass, 1 l PET); Ессентуки №17 (another water), «Заповедник здоровья Вода №4» (not labelled Ессентуки) and other mineral waters excluded'),
    ]),
    # ft21 dairy snacks
    ('йогурт питьевой с клубникой, ряженка 4%, снежок, творожок', [
        ('йогурт питьевой с клубникой', {
            'pyaterochka': ['3628399', '4045339', '4035473'],
            'magnit': ['205071'],
            'dixy': [],
            'perekrestok': [],
        }, "drinking yoghurt with strawberry (strawberry/wild-strawberry counts as strawberry): Магнит Чудо «питьевой, клубника/земляника» 270 г; Пятёрочка Чудо «вк.клуб/земл.» 270 г, «Биойогурт … с клубникой, 270г» and Активиа «с клубникой и земляникой» 260 г (bottle sizes of drinkable yoghurt - judgement from outside knowledge). Mixes with another fruit (EPICA клубника/маракуйя, Активиа с дыней/яблоком/питахайей), children's «со вкусом клубничного пломбира» (another flavour, doubtful), spoonable/cup yoghurts (Чудо детки вязкий 85 г, Верховье 150 г), milkshakes, sweets and chocolate excluded"),
        ('ряженка 4%', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'ryazhenka 4%: none; Пятёрочка Агуша «Ряженка клубника 2,9%» (flavoured, other fat) and «Варенец термостатный 4%» (another fermented product) left out'),
        ('снежок', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'the sweet fermented drink «Снежок»: none in stock; «Снежный краб» crab sticks, «Снежка» buns, «Снежная ириска» cola are traps'),
        ('творожок', {
            'pyaterochka': ['3974885', '4000341', '4001848', '4001847', '4017719', '4037144', '4001854', '4001853', '4038850', '4038852', '4087611', '4007833', '3466203', '3687270', '3667315', '3667312', '3982579', '3697380', '3697379', '3377514', '3379385', '3473938', '3697858', '3617778', '3634733', '3603638', '3692659', '3692660', '3644387'],
            'magnit': ['168171'],
            'dixy': ['7bbf07ae5b'],
            'perekrestok': ['4216657', '4216658', '4331301', '4185866'],
        }, "«творожок» is read both ways people use it - a diminutive of творог and the sweet curd snack - so every cottage cheese (any fat, grainy, soft) and every curd dessert/творожный продукт/children's (bio)tvorog/Савушкин «паста творожная» is accepted (doubtful breadth, judgement). Glazed curd bars (сырки, РАЭ, Б.Ю.Александров), творожный сыр (Almette, Hochland, Violette …), сырники, cheesecake desserts, pastries with curd excluded"),
    ]),
    # ft22 pasta sauce
    ('вермишель паутинка самая дешевая, томатная паста банка, лавровый лист', [
        ('вермишель паутинка самая дешевая', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'the thin vermicelli «паутинка» is required: none in stock. FEDERICI «ВЕРМИШЕЛЬ» 500 г (long Italian vermicelli), «вермишель для супчика» egg noodles 250 г, soups with vermicelli left out as other varieties (doubtful: a budget shopper might take the soup vermicelli)'),
        ('томатная паста банка', {
            'pyaterochka': ['3696785', '84652', '3486033', '31623'],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'tomato paste of any maker (Махеевъ «Паста ДОМАШНЯЯ томат.», Помидорка 250 мл and 480 мл, Heinz 310 г); «банка» is read as the unit bought, not a packaging filter; ketchups, tomato sauces and tomatoes excluded'),
        ('лавровый лист', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'bay leaf: none in stock (grep лавр finds nothing); other spices excluded'),
    ]),
    # ft23 salad vegetables
    ('хлеб ржаной подешевле, кабачки 2 штучки, помидоры розовые подешевле, огурчики гладкие', [
        ('хлеб ржаной подешевле', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'rye bread: none whose title says rye. Left out: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» (rye-wheat, doubtful), «Хлеб Даниловский» (rye-wheat recipe), «Хреб Ржаной Край» and «Хлеб зерновой, Ржаной Край» (Ржаной Край is a brand, the bread kind is not stated - as in the earlier sets), rye flour, rye croutons and «Бородинская» sausage'),
        ('кабачки 2 штучки', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['44110', '48632'],
        }, 'fresh courgettes (Перекрёсток «Кабачки», «Кабачки цуккини зелёные»); squash caviar («икра из кабачков»), courgettes in adjika, baby purees excluded; «2 штучки» is the quantity'),
        ('помидоры розовые подешевле', {
            'pyaterochka': [],
            'magnit': ['107631'],
            'dixy': [],
            'perekrestok': ['4355823', '3017019', '4327843'],
        }, 'fresh pink tomatoes: Магнит «Томаты розовые», Перекрёсток «Томат Дагестан розовый» and «Томаты Бакинские» (loose and 350 г; Baku tomatoes are a pink variety - outside knowledge). Red/cherry/plum/cocktail tomatoes, «на ветке», salted/marinated tomatoes, tomato paste/juice excluded; «подешевле» is a wish'),
        ('огурчики гладкие', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'smooth-skinned fresh cucumbers: no title says гладкие/длинноплодные. Left out: Магнит «Огурцы короткоплодные, тепличные» and «среднеплодные, пупырчатые» (bumpy), Перекрёсток «Огурцы Ботаника фасованные», «Огурцы Хрустящие», «корнишоны» (skin not stated; doubtful), and all pickled/salted cucumbers'),
    ]),
    # ft24 sweets for tea
    ('конфеты ромашка, зефирчик бело-розовый, вафельки артек, чай майский', [
        ('конфеты ромашка', {
            'pyaterochka': ['41398'],
            'magnit': ['199301'],
            'dixy': [],
            'perekrestok': [],
        }, 'Ромашка (Ромашки) sweets: Пятёрочка «Конфеты Ромашки, 1 кг», Магнит «Конфеты Ромашки, цена за 100 г»; camomile soap, creams and teas are traps'),
        ('зефирчик бело-розовый', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'classic two-colour white-and-pink zephyr: no title says бело-розовый. Left out: strawberry (Сладкие истории), vanilla glazed (Шарлиз, 1 кг), Белёвский (Антоновка, черносмородиновый, ванильный), «Ягодное парфе», Neo/Eco smoothie zephyr, marshmallow (doubtful: a shopper might take plain zephyr)'),
        ('вафельки артек', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'the brand/kind Артек wafers is required: none in stock; other wafers (Яшкино, Коломенское, Коровка, Зерница …) and KitKat left out'),
        ('чай майский', {
            'pyaterochka': ['4085553', '3399714'],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'tea of the brand Майский, any kind: Пятёрочка «Новогодний шар» black leaf 20 г and «смородина с мятой; душистый чабрец» 25 bags; other brands excluded'),
    ]),
    # ft25 freezer
    ('куриные окорочка полтора кило, рыба минтай замороженная, пельмешки сибирские', [
        ('куриные окорочка полтора кило', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'chicken leg quarters («окорочка»): none in stock. Left out as other cuts: thighs (бедро, филе бедра), drumsticks (голень, incl. Магнит «Голень куриная в маринаде»), Павловская курочка smoked drumsticks, duck «окорочок», pork/turkey «окорок» and ham (doubtful: a shopper may take thighs or drumsticks instead)'),
        ('рыба минтай замороженная', {
            'pyaterochka': [],
            'magnit': ['199381'],
            'dixy': [],
            'perekrestok': ['4350401', '4350402'],
        }, 'frozen Alaska pollock, fillet accepted as the fish wanted: Магнит «Филе минтая, полуфабрикат из замороженного сырья, 1 кг», Перекрёсток Люди Любят fillet without skin and portioned fillet 400 г; other fish excluded'),
        ('пельмешки сибирские', {
            'pyaterochka': ['3985043', '3693417', '3693418', '3693405', '3671957'],
            'magnit': ['4907605c6d', '111711'],
            'dixy': ['862d82ab40'],
            'perekrestok': [],
        }, 'read as pelmeni «Сибирская коллекция» (the brand people shorten to «сибирские»; no product is named «Сибирские»): every Сибирская коллекция pelmeni of any kind and pack (Особые, Фирменные, Сочные, Телячьи, Новосибирские, 4 вида мяса); other brands left out (judgement)'),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "ft"))
