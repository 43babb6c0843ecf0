#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zw.jsonl -- 25 shopping lists of grandparents cooking for visiting
grandchildren, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zw.build.py

LISTS below is literal data: 25 lists (3-4 items, 85 items) as a household would type them to a
Telegram bot -- byte-identical to fresh_basket_eval_zw.blind_lists.txt, written before any offer was
read -- and for every item the product ids of every in-stock offer per store that a reasonable shopper
who wrote exactly that item would accept.  Candidate titles were grepped broadly in real_offers_g.jsonl
(stems, synonyms, Latin/Cyrillic brand spellings, the chains' abbreviations, ё/е) and read one by one;
each item was re-checked by listing all titles matching its stem that were not accepted.  The note of
each item records what was accepted, what was deliberately left out and any judgement that rests on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing"
there).  The labels were made without reading korzina's matcher or its data files.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is
in stock, no id repeats within an item, every item has a note, the labels are exactly the list's items
in order -- and writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fzw01 ... fzw25
in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zw.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fzw01
    ('овсяные хлопья геркулес для внуков, молоко 2.5 пару пакетов, изюм темный без косточек для кекса, мед липовый баночку', [
        ('овсяные хлопья геркулес для внуков', {
            'pyaterochka': [],
            'magnit': ['8a13df6c91'],
            'dixy': ['2000005395', '2000219614', '2000222892', '2000601251'],
            'perekrestok': ['2105514', '23772', '24926', '3421663', '3469028', '3933387', '4005492', '4157124', '6752'],
        }, "oat flakes whose title says «Геркулес» (the Русский Продукт brand and other makers' «Геркулес»-type flakes: Любимые традиции, Маркет, Мистраль, Nordic «Геркулес Финский»; quick-cooking and «Экстра Геркулес» included); oat flakes without «Геркулес» (Ясно солнышко, Nordic, Чудесный край Экстра, №3, Пр!ст), Геркулес instant porridge sachets 35 г (flavoured «каша», not flakes), Шеф «Геркулесовая каша» (ready dish) and Фацер bread ГЕРКУЛЕС excluded; «для внуков» is a purpose, not a filter. Judgement: «геркулес» read as the named kind/brand of flakes, so it is required"),
        ('молоко 2.5 пару пакетов', {
            'pyaterochka': [],
            'magnit': ['1000035016', '1000037901', '1000143306', '1000418036', '1000445487', '1000563706', '1051242602', '1812450029', '8000029029', '8000058293', 'cfca1c1906', 'ef94b89629'],
            'dixy': ['2000024178', '2000263555', '2000273384', '2000313238', '2000511374', '2000546311', '2000600212'],
            'perekrestok': ['3431582', '4137916', '4153927', '4244153', '4250778', '4310700', '4316451'],
        }, "cow drinking milk of exactly 2.5 % (pasteurised/UHT, incl. Агуша children's milk 2.5 %); Зелёная Линия топлёное 2.5 %, milkshakes (Авишка, Северная долина), Slasty Story coffee drink, ряженка and kefir 2.5 % excluded; «пару пакетов» is a quantity, not a pack filter"),
        ('изюм темный без косточек для кекса', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'dark raisins: no title says тёмный/dark — Перекрёсток «Изюм светлый» and «Изюм Голден» are light, and the «Виноград сушёный (без косточек)» packs and «Смесь винограда сушёная» do not state a colour, so all excluded; raisin-containing goods (cakes, curd, chocolate, nut mixes, raisin dragée) excluded. Missing everywhere'),
        ('мед липовый баночку', {
            'pyaterochka': [],
            'magnit': ['dadb78005d'],
            'dixy': [],
            'perekrestok': ['3687698', '4316603'],
        }, 'lime-tree (липовый) honey: Магнит БАШКИРХАН липовый, Перекрёсток Маркет липовый 350/500 г; other honeys (цветочный, горный, гречишный, акация, Абрико подсолнух), крем-мёд, медовуха, honey-flavoured goods excluded; «баночку» not checkable and not a filter (honey is sold in jars)'),
    ]),
    # fzw02
    ('манная крупа пачку, масло сливочное 82.5 две пачки, сахарку кило, соль йодированная помол 1', [
        ('манная крупа пачку', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'semolina: none of the offers is semolina groats; Makfa «Каша манная» 40/44 г flavoured instant sachets (Дикси) are a porridge, not крупа, and are excluded; «лагманная» noodles are a substring trap. Missing everywhere'),
        ('масло сливочное 82.5 две пачки', {
            'pyaterochka': ['3026226'],
            'magnit': ['1000026602', '1000070643', '1000084229', '1000151122', '1000312970', '1000433642', '1000458136', '1000521208', '1000566266', '1899900309', '4fc2d8c8ad', '6b22928df7', '8000045816', '86326346d1'],
            'dixy': ['10J0079578', '2000186964', '2000509906', '2000575412', '2000581831', '2000588791', '2000602271', '2000604391', '2000605413', 'DI00080070'],
            'perekrestok': ['3026226', '3287314', '3369241', '3396544', '3413519', '3434127', '34890', '3612778', '3628337', '3643092', '3654551', '3657363', '3698785', '3699369', '3922315', '3953367', '3999749', '4055506', '4113532', '4135603', '4175276', '4196090', '4260609', '4292462', '4310021', '4343792', '86149'],
        }, 'butter (сливочное / сладко-сливочное) labelled exactly 82.5 % (incl. lactose-free Тысяча Озёр); 82 % butters (Арла Натура, President, Киприно, Молочный знак, Natura, JALO KERMA), 72.5 %, ghee and топлёная смесь excluded; «две пачки» is a quantity'),
        ('сахарку кило', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000214171'],
            'perekrestok': ['3230933', '3650732'],
        }, 'white granulated sugar in 1 kg packs («кило» names the pack, as «сахар 1кг» in set g): Дикси «Сахар-песок белый 1 кг», Перекрёсток «Сахар белый песок 1кг» and «Сахар Советский Экстра 1кг» (judgement: taken as white granulated sugar, the title says only «Экстра»); 900 g / 750 g / 5 kg packs (Чайкофский, Дикси 5 кг), lump/pressed sugar (Русский сахар, прессованный, кусковой), cane, coconut and vanilla sugar and sweeteners excluded'),
        ('соль йодированная помол 1', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'iodised salt of grind №1: no title has both — iodised salts are «Экстра»/«мелкая» or grind not stated (Setra, Маркет, Пр!ст Экстра, 4Life морская, морская помол №0), and the помол №1 salts (Дикси, Salina, Илецкая) are not iodised; salt for dishwashers/baths, flavoured salts excluded. Missing everywhere'),
    ]),
    # fzw03
    ('пшено для каши с тыквой, тыква для каши, молочко топленое, рис круглый на молочную кашу', [
        ('пшено для каши с тыквой', {
            'pyaterochka': ['3603170'],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'millet groats: Пятёрочка «Крупа пшено шлифованное в пакетиках» (boil-in-bag accepted, no form was written); Myllyn Paras «Каша пшенная» 400 г (judgement: a millet-flake porridge, not пшено groats), Увелка «Дружба» rice-millet mix, Шеф ready porridge excluded; «для каши с тыквой» is a purpose'),
        ('тыква для каши', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'fresh pumpkin: none; pumpkin seeds, pumpkin juices/nectars, baby purees with pumpkin, pumpkin salad and a dish-gel «Золотая тыква» excluded. Missing everywhere'),
        ('молочко топленое', {
            'pyaterochka': [],
            'magnit': ['1000465371', '1000551077'],
            'dixy': ['2000216779'],
            'perekrestok': ['4205257', '4280728'],
        }, 'baked (топлёное) drinking milk of any fat (Эго, Северная долина, Зелёная Линия 2.5 % and 4 %); ряженка («Топленое молоко» Домик в деревне ряженка), cheeses/waffles/cookies «со вкусом топлёного молока», ghee and топлёная смесь excluded'),
        ('рис круглый на молочную кашу', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000180350', '2000219612', '2000282743', '2000292827', 'DI00079260', 'ЦТ0042579'],
            'perekrestok': ['3231277', '3469127', '3469128', '3603169', '3674360', '4332035'],
        }, 'rice whose title says круглый/круглозерный/круглозернистый (boil-in-bag 5×80 / 4×125 г included); long-grain, parboiled, basmati, jasmine, plov, brown rice, sushi/japanese rice and Italian/Spanish varieties without «круглозерный» (Адриатика, Бальдо, Испанский) excluded, rice-millet mix «Дружба», rice flour and baby rice porridges excluded'),
    ]),
    # fzw04
    ('хлопья кукурузные для детей, несквик какао напиток, бананчики для внуков', [
        ('хлопья кукурузные для детей', {
            'pyaterochka': [],
            'magnit': ['12df5755fb', '2abeae8e6b', '898522f249', 'c07160a0f8', 'd3e5f54fa9', '981ea29547'],
            'dixy': ['2000577612'],
            'perekrestok': [],
        }, "corn flakes of any flavour (plain Любятово, honey Магнит/Увелка/Любятово, glazed Кузя Лакомкин, Дикси Extra Golden с корицей и медом); Магнит «Хлопья медовые ХРУТКА» accepted — judgement: Nestlé Хрутка honey flakes are corn flakes although the title does not say кукурузные; Kellogg's unicorn rings, corn sticks, 5-grain/4-grain flakes, oat flakes, canned corn, chocolate with corn flakes excluded; «для детей» is a purpose"),
        ('несквик какао напиток', {
            'pyaterochka': ['3420547'],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Nesquik cocoa drink powder (Пятёрочка NESQUIK 500 г); Хрутка cocoa drink (another brand) and ready cocoa/milkshakes excluded'),
        ('бананчики для внуков', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['10E0074360'],
            'perekrestok': ['2084703', '3652283', '4625'],
        }, 'fresh bananas incl. red bananas and «Бананы Био»; «Бананы для жарки» (plantains), dried/вяленые bananas and banana-flavoured goods excluded'),
    ]),
    # fzw05
    ('свеколка для борща, капуста белокочанная на щи, морковь 1.5 кг, лучок репчатый сетку', [
        ('свеколка для борща', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['DI00079991'],
            'perekrestok': ['13998', '2143053', '3368257', '3378167', '4208428', '3625863', '4299508', '4375880', '45532', '786', '92844'],
        }, 'fresh raw beetroot (loose, bunched, netted, packed, Маркет Fresh fresh-cut «свежая резаная» and «очищенная соломка»); boiled beet (варёная/отварная, whole/sliced/cubed), Перекрёсток «Свёкла целая очищенная 500 г» and loose «Свекла очищенная» (judgement: vacuum-packed peeled beet is normally boiled, not stated raw), mangold leaves, beet chips, seeds, Пелюстка cabbage excluded'),
        ('капуста белокочанная на щи', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['DI00078734'],
            'perekrestok': ['1546', '198', '45661', '4208425', '4268735'],
        }, 'fresh white cabbage incl. ранняя, Перекрёсток plain «Капуста» (judgement: the loose cabbage by weight is white cabbage) and fresh shredded white cabbage (Белая Дача, Маркет Fresh соломка); cauliflower, broccoli, marinated/pickled cabbage, seeds excluded'),
        ('морковь 1.5 кг', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['DI00078733', 'ЦТ0036199'],
            'perekrestok': ['19345', '3368256', '3463356', '4299784', '60529'],
        }, 'fresh carrots (loose, washed, packs incl. mini carrots); «1.5 кг» is the weight wanted of a weighed vegetable, not a pack filter; boiled carrots, carrot-containing goods excluded'),
        ('лучок репчатый сетку', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['3969'],
        }, 'bulb onions in a net: Перекрёсток «Лук репчатый в сетке»; loose onions, 500/600 г packs, Дикси «в упаковке, 1 шт», red onions 500 г, peeled and dried onions excluded because «сетку» names the pack'),
    ]),
    # fzw06
    ('курица на суп суповой набор, вермишель паутинка макфа, картошка 2 кило, лаврушки пачку', [
        ('курица на суп суповой набор', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'chicken soup set (суповой набор): none; Дикси «Набор для супа Слово мясника» does not name chicken (judgement: Слово мясника is a pork/beef meat label), raw chicken parts/whole birds are not a soup set, broths, soup concentrates excluded. Missing everywhere'),
        ('вермишель паутинка макфа', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['T000015331'],
            'perekrestok': [],
        }, "Makfa «Паутинка»; Makfa «Вермишель короткая тонкая» (Магнит) is a different Makfa vermicelli not titled паутинка, Makfa Capellini and other shapes, other brands' vermicelli (Шебекинские, Верони, Barilla Филини, Пр!ст, Маркет) excluded"),
        ('картошка 2 кило', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000003215', '2000321309', '2000582631', 'ЦТ0028521'],
            'perekrestok': ['2083095', '3074469', '3092450', '3142878', '3142879', '3987', '4265670', '4342860', '43968', '769'],
        }, 'fresh potatoes of any kind/pack (white, red, baby, для варки/жарки, in nets and bags); «2 кило» is the quantity wanted of a weighed vegetable; sweet potato (батат), boiled, fried, frozen fries and potato dishes excluded'),
        ('лаврушки пачку', {
            'pyaterochka': [],
            'magnit': ['8993a9d009'],
            'dixy': [],
            'perekrestok': ['3500197'],
        }, 'bay leaves (Котани 5 г, Пр!ст 10 г)'),
    ]),
    # fzw07
    ('горошек для супа колотый, копченые ребрышки, зелень укроп', [
        ('горошек для супа колотый', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['4306938'],
        }, 'split dried peas: Перекрёсток «Горох шлифованный колотый Маркет»; Пятёрочка «Горох Увелка 800 г» does not say колотый (excluded), green peas (canned/frozen), pea soup mixes, microgreens excluded'),
        ('копченые ребрышки', {
            'pyaterochka': [],
            'magnit': ['4bfd713e94'],
            'dixy': ['2000546152'],
            'perekrestok': ['4205815'],
        }, 'smoked pork ribs incl. копчёно-варёные (Ремит нарезка, Иван Мясоедов, Маркет); raw/marinated ribs (Мираторг, Черкизово, ЧМПЗ, Слово мясника, Хороший Кусок) excluded'),
        ('зелень укроп', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'fresh dill: none; Дикси petrushka (parsley) is another herb, dill-flavoured chips/herring/cheese/ketchup excluded. Missing everywhere'),
    ]),
    # fzw08
    ('фасоль красная в банке для борща, паста томатная 3 штуки, чеснока пару головок', [
        ('фасоль красная в банке для борща', {
            'pyaterochka': ['20063'],
            'magnit': ['751c38594f'],
            'dixy': [],
            'perekrestok': ['3472093'],
        }, 'canned red kidney beans: Пятёрочка Bonduelle «крас. ж/б», Магнит Глобус красная 425 мл, Перекрёсток «Фасоль красная натуральная Пр!ст 360 г» (judgement: canned natural beans, the same 360 г line as Пр!ст canned white beans); white beans, beans in tomato sauce, beans with vegetables excluded'),
        ('паста томатная 3 штуки', {
            'pyaterochka': [],
            'magnit': ['2c160abf20', '3e333fcf75', '63697ab89b', '64828d44cd', '7f508c0006', 'd176b4306a'],
            'dixy': ['2000000761', '2000322276', '2000521414', '2000536311', '2000569071'],
            'perekrestok': ['3504319', '3690262'],
        }, 'tomato paste of any brand and pack (incl. 30 г sachet and 70 г pyramid); ketchup excluded; «3 штуки» is a quantity'),
        ('чеснока пару головок', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['DI00078769', 'ЦТ0039681'],
            'perekrestok': ['4018137', '45692', '51157', '77278'],
        }, 'fresh garlic heads (loose, packed 1 шт, Фермерский 150 г, ранний); peeled cloves «зубчиками», grated, minced, dried, smoked, salted garlic excluded («головок» names heads)'),
    ]),
    # fzw09
    ('мука пшеничная 2 кг, дрожжи саф момент сухие, яйца десяток с1', [
        ('мука пшеничная 2 кг', {
            'pyaterochka': [],
            'magnit': ['42f4e32b0a', 'a9121368e4', 'f04dd7b81b'],
            'dixy': ['2000213875', '2000317163', '2000553733', 'ЦТ0035253', 'ЦТ0037862', 'ЦТ0044481', 'ЦТ0044544'],
            'perekrestok': ['2037765', '2107396', '2112692', '3193726', '3292690', '3305673', '3346668', '3394693', '3505430', '3626914', '3681817', '3915409', '4215036', '4262616', '4326495', '91321'],
        }, 'white wheat flour in 2 kg packs (высший сорт, хлебопекарная, экстра); Магнит Старооскольская «хлебопекарная» and Перекрёсток «Мука Тихорецкая особая 2кг» accepted — judgement: both are wheat flour although «пшеничная» is not written; 1 kg packs, whole-grain (Французская штучка цельнозерновая), self-raising, блинная, rye, rice, corn and other flours excluded'),
        ('дрожжи саф момент сухие', {
            'pyaterochka': [],
            'magnit': ['974240f926'],
            'dixy': ['DI00080124'],
            'perekrestok': [],
        }, 'Саф-Момент dry yeast 11 г; Люкс Экстра pressed yeast (Саф-Нева) excluded'),
        ('яйца десяток с1', {
            'pyaterochka': [],
            'magnit': ['1000247384', '1000247393', '2047000033', '3454700001', 'e5202b5cfd'],
            'dixy': ['1041042135', '2000139399', '2000238733', '2000269323', '2000588991', '2000596671'],
            'perekrestok': ['2109476', '2131763', '3001671', '3182856', '4085791'],
        }, 'chicken eggs С1 («1 категории» = С1) in packs of 10; С0/СО/отборные, С2, СВ, packs of 6/15/20/30, quail eggs excluded'),
    ]),
    # fzw10
    ('кефир для блинов, мука блинная подешевле, сметанка 15 в стакане, масло раст. без запаха', [
        ('кефир для блинов', {
            'pyaterochka': ['3433425'],
            'magnit': ['1000139426', '1000143510', '1000166736', '1000307731', '1000350608', '1000350609', '1000439735', '1000451590', '1000451591', '1000531928', '1000563708', '1899800689', '1899800795', '1899911984', '1899912534', '37f16272a7', '48045cf20b', '610b0779be', '790e8c96de', '8000033639', '9cbe548621'],
            'dixy': ['2000166045', '2000208649', '2000227476', '2000253973', '2000331970', '2000560239', '2000560991', '2000587052', 'DI00081047', 'ЦТ0028202'],
            'perekrestok': ['18510', '2083868', '2084558', '2093082', '2173827', '3352331', '3386041', '3429041', '3433425', '3467794', '3467795', '3491537', '3604602', '3604726', '3636340', '3668693', '3682461', '3922310', '4045978', '4109799', '4137919', '4153932', '4159752', '4174038', '4198906', '4229630', '4233125', '4242643', '4245052', '4252382', '4252383', '4255904', '4263416', '4263418', '4280483', '4280893', '4302774', '4318914', '4328084', '4334308', '97452'],
        }, "kefir and bio-kefir of any fat (incl. ranges 3.2-4 % and Агуша children's kefir); «кефирный продукт»/«биокефирный продукт» (Домик в деревне), Bio Баланс «биопродукт кефирный», Простоквашино «Кефирный коктейль», kefir bread and kefir-marinated shashlik excluded; «для блинов» is a purpose"),
        ('мука блинная подешевле', {
            'pyaterochka': [],
            'magnit': ['5636222689', '6ea45de7b6'],
            'dixy': ['2000214069'],
            'perekrestok': ['16319', '2053130', '3502352'],
        }, 'pancake flour/mix «мука блинная» (Пышечка, С.Пудовъ, Маркет); plain wheat flour excluded; «подешевле» is a wish, not a filter'),
        ('сметанка 15 в стакане', {
            'pyaterochka': [],
            'magnit': ['1000082622', '1000208902', '1000219465', '1000237597', '1000253705', '1000372785', '1000461810', '1000463648', '1000553874', '1000558440', '1899900582', '2645f50028', '8000035449', '8000057502', '8000068594', '8000072734', 'b699c0f510', 'c90113311e'],
            'dixy': ['2000024201', '2000220967', '2000276122', '2000279280', '2000411404', '2000544034', '2000595012'],
            'perekrestok': ['29910', '3142744', '3391034', '3423443', '3632833', '3634035', '3651189', '3667086', '4221356', '4226994', '4246009', '4264297', '4320001', '4335470', '4349771', '4349772'],
        }, 'sour cream of exactly 15 % (incl. lactose-free Свежее завтра and Простоквашино «из топлёных сливок»); Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» 15 % (flavoured), 10/20/25/30 %, сметанный mayonnaise and sour-cream-flavoured snacks excluded; «в стакане» cannot be checked from the titles — judgement: these 180-450 г sour creams are sold in cups, so it is not used to exclude'),
        ('масло раст. без запаха', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000002844', '2000003488', '2000005808', '2000005809', '2000154498', '2000210260', '2000268261', '2000283309', '2000555852', '2000563791', 'DI00079242', 'DI00080540', 'ЦТ0039503'],
            'perekrestok': ['2007886', '2043188', '2046261', '2068955', '2093709', '2147548', '21676', '23714', '3197302', '3340103', '3426152', '3426155', '3454645', '3478098', '3642040', '4022580', '4117517', '4218020', '4231371', '4269568', '4269569', '4277755', '6275', '64128'],
        }, 'refined (= odourless) vegetable oil: refined sunflower oil of any brand/size (incl. high-oleic and Altaria spray), Altero refined corn oil, Маркет refined grape-seed oil and «Avocado Oil №1 рафинированное» 1 л; unrefined sunflower, olive oils (incl. pomace/refined blends), sunflower blends with olive/almond/wheat-germ/linseed oil and flavoured Almador oils (not stated refined or with aroma), sunflower oils whose title does not say рафинированное (Аведовъ, Getuva New Way), mustard oil excluded'),
    ]),
    # fzw11
    ('капуста квашенная для пирогов, яиц десяток любых, лучок зелёный', [
        ('капуста квашенная для пирогов', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000208672', '2000548651'],
            'perekrestok': ['2068014', '4006123', '4006250', '4116723', '4243262'],
        }, 'sauerkraut of any recipe (with carrot, cranberry, apple, caraway, «Фитнес» без сахара); fresh and marinated cabbage (Капуста белокочанная в маринаде) excluded; the typo «квашенная» read as квашеная'),
        ('яиц десяток любых', {
            'pyaterochka': [],
            'magnit': ['1000247190', '1000247234', '1000247378', '1000247384', '1000247393', '1a8d487cea', '2047000007', '2047000014', '2047000033', '3454700001', 'e5202b5cfd'],
            'dixy': ['1041042135', '2000139399', '2000212529', '2000238733', '2000269323', '2000269325', '2000284425', '2000326489', '2000588991', '2000596671', '2000601652'],
            'perekrestok': ['2109476', '2131762', '2131763', '3001671', '3182853', '3182856', '3355250', '3356111', '3392204', '3421287', '3432532', '3914040', '4012802', '4085790', '4085791', '4085792', '4168688', '4201192', '4201194', '4236458', '4337164', '4339427', '4352464', '4364349'],
        }, 'chicken eggs of any class in packs of 10 («десяток»); packs of 6/15/20/30, quail eggs, Kinder Joy, egg white/yolk/melange excluded'),
        ('лучок зелёный', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'green (spring) onion: none; only chips «Зелёный лук» flavour. Missing everywhere'),
    ]),
    # fzw12
    ('творог для сырников 5%, изюм для сырников, ванилин пакетик, мука в/с', [
        ('творог для сырников 5%', {
            'pyaterochka': [],
            'magnit': ['1000208909', '1000224037', '1000306424', '1000372786', '1000377235', '1000426473', '1000441658', '1000448251', '1000453157', '1000475531', '1000512632', '1000535923', '1000563526', '1000572167', '1079990193', '161690c563', '1720c2be05', '2400019178', '3959a203ba', '8000030462', '8000068592', '8000069908', '8000079349', '9aeeb10b64', 'c7f0f0e5ec'],
            'dixy': ['2000227595', '2000244591', '2000309621', '2000322093', '2000410935', '2000512184', '2000539346', '2000555052', '2000568077', '2000595413', '2000599971', 'ЦТ0047040'],
            'perekrestok': ['3279582', '3617778', '3668864', '4050943', '4128957', '4153930', '4166368', '4249284', '4274201', '4294066', '4299495', '4302679', '4324116'],
        }, "plain cottage cheese of exactly 5 % (crumbly, soft «мягкий/нежный», lactose-free, «из топлёного молока», Зелёная Линия «Зёрнышко» and children's biotvorog 5 %); 4.5/5.5/9 %, «зерненый в сливках»/101 Зерно, creamed or flavoured curd (с изюмом, с вареньем, fruit), curd desserts, сырки and масса excluded; «для сырников» is a purpose"),
        ('изюм для сырников', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['3640864', '4316951', '3469368', '3959493', '4288277', '4308580', '4311579', '4342295', '3651928'],
        }, 'raisins of any colour: Перекрёсток «Изюм светлый», «Изюм Голден» and «Виноград сушёный» packs (Маркет, Пр!ст, Зелёная Линия; judgement: сушёный виноград is raisins); and «Смесь винограда сушёная» (a raisin mix); raisin-containing goods, raisin dragée in chocolate, nut-and-raisin mixes excluded'),
        ('ванилин пакетик', {
            'pyaterochka': [],
            'magnit': ['029c368571'],
            'dixy': [],
            'perekrestok': [],
        }, 'vanillin (Магнит Хаас 1.5 г); vanilla sugar (Dr.Bakers) is another product and is excluded, vanilla syrups and vanilla-flavoured goods excluded'),
        ('мука в/с', {
            'pyaterochka': [],
            'magnit': ['42f4e32b0a'],
            'dixy': ['2000553733', '2000576791', 'D000002191', 'ЦТ0035253', 'ЦТ0037862', 'ЦТ0044481'],
            'perekrestok': ['16318', '2037765', '2107396', '2112692', '3193726', '3305673', '3502351', '3626914', '3681817', '3915409', '4262616', '4326495', '91320', '91321'],
        }, 'wheat flour whose title says высший сорт (в/с), any pack size; flours of grade «экстра» or without a stated grade (Пышечка 2кг, Старооскольская, Французская штучка, Дикси «хлебопекарная 2 кг», Тихорецкая особая), self-raising С.Пудовъ «кондитерская … высшего сорта», pancake flour «блинная в/с», whole-grain, rye and other flours excluded'),
    ]),
    # fzw13
    ('яблоки для пирога зеленые, корица молотая для шарлотки, ванильный сахарок 2 пакетика, тесто слоеное дрожжевое', [
        ('яблоки для пирога зеленые', {
            'pyaterochka': [],
            'magnit': ['18871c6e60'],
            'dixy': ['10E0076186'],
            'perekrestok': ['3366327', '4047567', '4097664', '4152180', '4194478', '3171926'],
        }, 'fresh green apples: titles saying зелёные, Гренни Смит and Симиренко (judgement: both are green varieties); red, Голден/Гольден (yellow), Гала, Муцу, Богатырь and other varieties whose colour is not green or not stated, apple juices/purees/dried apples excluded; «для пирога» is a purpose'),
        ('корица молотая для шарлотки', {
            'pyaterochka': [],
            'magnit': ['aaed24508c'],
            'dixy': [],
            'perekrestok': [],
        }, 'ground cinnamon (Магнит Котани молотая 25 г); cinnamon-flavoured sweets, drinks and pastries excluded'),
        ('ванильный сахарок 2 пакетика', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000220514'],
            'perekrestok': ['4272698'],
        }, 'vanilla sugar (Dr.Bakers 8 г); vanillin (Хаас) is another product and is excluded; «2 пакетика» is a quantity'),
        ('тесто слоеное дрожжевое', {
            'pyaterochka': [],
            'magnit': ['d5935ae50c'],
            'dixy': [],
            'perekrestok': [],
        }, 'yeast puff pastry dough (Магнит Морозко «Тесто слоеное дрожжевое» 1 кг); Lucky Days puff cake layers (коржи), ready puff pastries excluded'),
    ]),
    # fzw14
    ('сухофрукты на компот, сахар песок 2 кило, лимон для компота пару', [
        ('сухофрукты на компот', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'dried-fruit compote mix: none; single dried fruits (курага, чернослив, сушёный виноград, сушёные бананы, клубника сушёная), nut-and-dried-fruit mixes, Агуша ready компот and prune purees/yoghurts excluded — judgement: «сухофрукты на компот» names the compote mix. Missing everywhere'),
        ('сахар песок 2 кило', {
            'pyaterochka': [],
            'magnit': ['446f5df61c'],
            'dixy': ['2000174958', '2000214171', '2000214172'],
            'perekrestok': ['3230933', '3650732', '3902622'],
        }, 'white granulated sugar (сахар-песок / «белый кристаллический») of any pack size — «2 кило» is the amount wanted, no 2 kg pack exists: Чайкофский 900/750 г, Дикси 1 кг and 5 кг, Перекрёсток «белый песок 1кг», «Советский Экстра 1кг» (judgement: white granulated); lump/pressed sugar, cane sugar (incl. Брауни тростниковый сахар-песок), coconut and vanilla sugar excluded'),
        ('лимон для компота пару', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['10E0074364'],
            'perekrestok': ['1536', '3148269', '3677353', '49780'],
        }, 'fresh lemons (loose and 2-packs); lemon juice, lemon-flavoured goods, citric acid excluded'),
    ]),
    # fzw15
    ('варенье из малины, клубника замороженная, пектин', [
        ('варенье из малины', {
            'pyaterochka': [],
            'magnit': ['bb783c4961'],
            'dixy': ['2000318053', '2000546998'],
            'perekrestok': ['4204893', '4252161', '4253746'],
        }, 'raspberry варенье (Mr.Ricco/Ricco, Круглое лето, Ратибор, Маркет, Пр!ст); raspberry джем (Махеевъ, Mr.Ricco, Пр!ст, Ратибор), повидло (Стоевъ малиновое), St.Dalfour raspberry-pomegranate jam excluded (варенье ≠ джем)'),
        ('клубника замороженная', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000184203'],
            'perekrestok': ['3489160', '4289123'],
        }, 'frozen strawberries (Круглое лето, Маркет, Пр!ст); fresh, dried and canned strawberries, frozen cheesecake с клубникой excluded'),
        ('пектин', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'pectin: none; gelatin (Магета, Dr.Bakers) is a different gelling agent and is excluded. Missing everywhere'),
    ]),
    # fzw16
    ('джем абрикосовый подешевле, юбилейное печенье к чаю, чай черный листовой в пачке', [
        ('джем абрикосовый подешевле', {
            'pyaterochka': [],
            'magnit': ['5363863c58'],
            'dixy': ['2000223634'],
            'perekrestok': [],
        }, 'apricot джем (Махеевъ, Круглое лето); apricot варенье (Магнит, Ратибор, Маркет, Пр!ст), Zuegg apricot конфитюр (judgement: a конфитюр is sold as a different product from джем, following «варенье ≠ джем»), other jams excluded; «подешевле» is a wish'),
        ('юбилейное печенье к чаю', {
            'pyaterochka': [],
            'magnit': ['23c5c2875e', '4ecdd613ad', '68b382d22e', '858769ffec'],
            'dixy': ['2000535032'],
            'perekrestok': [],
        }, 'every Юбилейное cookie (витаминное, молочное, с глазурью, овсяное); Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» coffee excluded; «к чаю» is a purpose'),
        ('чай черный листовой в пачке', {
            'pyaterochka': ['2049940', '3380940', '3380947', '3380950', '55923'],
            'magnit': ['03fb2db2be', '108be7a212', '1fa2ce7c58', '278651b790', '2c07763f9f', '41f4dd0c61', '4720a7f85f', '52124b3c16', '53ac9a45fa', '56768c355e', '65054e7b15', '6cfa07362e', '6e48f23b2b', '8cdd8e4398', '913e5216b1', 'a510289c84', 'ada217af77', 'b6f8e6fea6', 'bdf50ca6e6', 'c8696b4f23', 'cbfbcf3730', 'd19e923d5f', 'd35e2f82d3', 'd6dd145bec', 'd7f2406271', 'e13c422583', 'e5f644b54b', 'f2c67c596a', 'f619b0597f', 'f9b0dd39e7', 'fdaeb671e9', 'fe3343d282'],
            'dixy': ['2000144518', '2000144520', '2000203431', '2000217793', '2000361849', '2000362149', '2000534553', 'DI00080603'],
            'perekrestok': ['2049940', '3439925', '3440336', '3473068', '3497561', '3506745', '3506750', '3605415', '3636930', '4131558', '4131559', '4131560', '4131561', '4297709', '4309349', '4357411'],
        }, "loose black tea in packs, plain or aromatised (Earl Grey/бергамот, чабрец, berries — no flavour was written, none is added as a filter); judgement: black teas sold by weight with no bag count (Ahmad, Dilmah, Richard, Азерчай, Принцесса Нури/Канди, Greenfield 100/200 г, Пятёрочка «Майский» = Перекрёсток's «чёрный цейлонский листовой») taken as leaf tea, and Ahmad «Эрл Грей» / Нури «Пекое» as black tea; tea bags/pyramids/sachets, green, herbal, Иван-чай, black-with-green mix (Hilltop 1001 ночь), Фабрика здоровые продукты «восстанавливающий», Befruitbe juice-soaked teas and ready iced tea excluded"),
    ]),
    # fzw17
    ('молоко простоквашино 3.2, творожок агуша для внуков, ряженочка', [
        ('молоко простоквашино 3.2', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000557212'],
            'perekrestok': [],
        }, "Простоквашино drinking milk of exactly 3.2 % (Дикси 1.4 л); Простоквашино 1.5 %, 2.5 % and «Отборное» 3.4-4.5 % (a range), other brands' 3.2 % milk, Простоквашино kefir/sour cream excluded"),
        ('творожок агуша для внуков', {
            'pyaterochka': [],
            'magnit': ['1000109125', '1000177278', '1000564007', '1051242603', '1812432013', '1812432014', '1812432015', '8000049983'],
            'dixy': [],
            'perekrestok': ['2137027', '4174763', '69726'],
        }, "every Агуша children's curd (творог детский classic and fruit, Засыпай-ка); Агуша milk, kefir, ряженка, yoghurts, porridges, purees, drinks excluded; «для внуков» is a purpose"),
        ('ряженочка', {
            'pyaterochka': [],
            'magnit': ['1000348552', '1000371474', '1000385205', '1000439736', '1000451592'],
            'dixy': ['2000313789', '2000536771', '2000543673', '2000587053'],
            'perekrestok': ['4173940', '4230794'],
        }, 'plain ряженка of any fat (incl. термостатная Эго, Домик в деревне «Топленое молоко» ряженка, Агуша детская 3.2 %); flavoured ряженка (клубника, груша, малина, печёное яблоко, курага-чернослив, банан-карамель) excluded, as flavoured milk is not «молоко»; топлёное milk excluded'),
    ]),
    # fzw18
    ('творог 9 процентов, сметана домик в деревне, кефирчик 1 процент для внучки', [
        ('творог 9 процентов', {
            'pyaterochka': [],
            'magnit': ['0cfee9df84', '1000122024', '1000386975', '1000426465', '1000426470', '1000448252', '1000530486', '18fc386178', '3d536f7add', '57c16fad2a', '8000055235', '93ff6e854f'],
            'dixy': ['2000266304', '2000280850', '2000312025', '2000423589', '2000564413', '2000566980', '2000567931', '2000568076', '2000569975'],
            'perekrestok': ['3192865', '3487310', '4129495', '4153929', '4249279', '4249286', '4294087', '4299497'],
        }, 'cottage cheese of exactly 9 % (crumbly, пластовой, «Зернышко»); 5 %, fat-free, flavoured curd, сырки and масса excluded'),
        ('сметана домик в деревне', {
            'pyaterochka': [],
            'magnit': ['1000237596', '1000237597', '1000241416', '1000553874', '4221528ef6', '87741a9faa'],
            'dixy': ['2000220966', '2000220967', '2000294264', '2000509087', '2000595012'],
            'perekrestok': ['4335470'],
        }, "every Домик в деревне sour cream (10/15/20/25 %, «отборная»); other brands' sour cream and other Домик в деревне products excluded"),
        ('кефирчик 1 процент для внучки', {
            'pyaterochka': [],
            'magnit': ['1000166736', '1000451591', '1000563708', '1899911984'],
            'dixy': ['2000166045', '2000227476'],
            'perekrestok': ['2084558', '3352331', '3467794', '3604602', '3636340', '4242643', '4252383', '4255904', '4263416', '4328084', '4334308'],
        }, 'kefir and bio-kefir of exactly 1 %; Домик в деревне «Кефирный продукт» 1 % and «Биокефирный продукт» 1 %, Bio Баланс «биопродукт кефирный» 1 % and other fat levels excluded'),
    ]),
    # fzw19
    ('киндер сюрприз для внучки, чупа чупс 3 шт, мармеладки харибо, чокопай', [
        ('киндер сюрприз для внучки', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000001672', '2000210834', '2000253005'],
            'perekrestok': [],
        }, "Kinder Surprise eggs (incl. the girls' edition); Kinder Joy, Kinder chocolate bars, Молочный ломтик, Pingui, Maxi King excluded"),
        ('чупа чупс 3 шт', {
            'pyaterochka': ['33015'],
            'magnit': ['495f199a6d'],
            'dixy': [],
            'perekrestok': ['4291408'],
        }, 'Chupa Chups lollipops («чупа чупс» names the lollipop): Пятёрочка «ЧУПА ЧУПС Карамель ФРУТ-ТЕЛЛА 17г», Магнит «Леденец ЧУПА-ЧУПС с шипучкой», Перекрёсток «Карамель Chupa Chups Авокадо микс» (judgement: caramel 12 г = one lollipop); Chupa Chups marmalade strips and soda excluded; «3 шт» is a quantity'),
        ('мармеладки харибо', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Haribo gummies: none (no Haribo/Харибо title); other gummies (Fruittella, Бон Пари, Chupa Chups, Ударница) excluded. Missing everywhere'),
        ('чокопай', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Choco Pie: none (no Choco Pie/Чокопай/Orion/Lotte biscuit title; Lotte items are ice creams); Барни, Kinder Молочный ломтик excluded. Missing everywhere'),
    ]),
    # fzw20
    ('сок фруктовый сад яблочный, сок в маленьких пачках с трубочкой, морс клюквенный литровый', [
        ('сок фруктовый сад яблочный', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, "«Фруктовый сад» apple juice: no Фруктовый сад product in the offers; other brands' apple juice excluded (brand written). Missing everywhere"),
        ('сок в маленьких пачках с трубочкой', {
            'pyaterochka': [],
            'magnit': ['135a3b5716', '2b7a93fdc9'],
            'dixy': ['2000177649', '2000193829', '2000227876', '2000341137', '2000557331', '2000586171', '2000592316', 'DI00081301', 'ЦТ0017501', 'ЦТ0017504', 'ЦТ0021653', 'ЦТ0042596'],
            'perekrestok': ['3049629', '3270265', '3387565', '3411877', '3636704', '4001466', '4157530', '4157531', '4157532', '4340738', '4340742', '67047'],
        }, "juice («сок», any fruit or vegetable incl. mixes and children's juices) in 125-200 ml packs — judgement: juices of 0.125-0.2 l are sold in small cartons with a straw; 250-300 ml juices (Barinoff, Kral, Market Collection, Живой, Rich 300, J7, Добрый 300 — bottles or not small straw cartons), nectars (Rich, Любимый, ФрутоНяня банан, TEDI), сокосодержащие напитки (Агуша, Добрый Active kid яблоко-малина-арбуз) and 1 l packs excluded"),
        ('морс клюквенный литровый', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'cranberry mors of about 1 l: none — Finnmors Клюква is 0.5 l and 1.5 l (not a litre), the ~1 l morses are mixes (Любимый and Добрый клюква-виноград, J7 клюква-черника-арония-ежевика 0.85 l), Зелёная Линия «Напиток морсовый Клюква» is a morse drink of 0.51 l, ФрутоНяня/Агуша are 0.2 l mixes. Missing everywhere'),
    ]),
    # fzw21
    ('пюре фрутоняня, печенье детское для малышей, сырочки глазированные в шоколаде', [
        ('пюре фрутоняня', {
            'pyaterochka': ['3354778', '3397858', '3397865', '3397873', '3397877', '3661088', '3661089', '4009766'],
            'magnit': ['06f746afb3', '078f82bf9e', '0a017a327d', '2294708291', '29cd741560', '2d48cdb5c0', '3394b35992', '68374ad0ee', '6a1ab49eee', '9a9ad61732', 'aad9de2293'],
            'dixy': ['2000160149', '2000221931', '2000227782', '2000227812', '2000234542', '2000260412', '2000260414', '2000260419', '2000266859', '2000291666', '2000341236', '2000350782', 'T000007148', 'ЦТ0029410', 'ЦТ0030383'],
            'perekrestok': ['22409', '3676773', '4153789'],
        }, "every ФрутоНяня puree (fruit, vegetable, meat, fish; 80-250 г); ФрутоНяня soup-puree 200 мл, porridges, juices, cookies and other brands' purees (Агуша, Тёма, Gerber, Heinz, Сады Придонья) excluded"),
        ('печенье детское для малышей', {
            'pyaterochka': ['3648884'],
            'magnit': [],
            'dixy': ['2000529080'],
            'perekrestok': ['4113987', '4251005'],
        }, "children's cookies: Heinz «Детское печеньице», ФрутоНяня oat cookies (50/120 г); regular cookies, purees «с печеньем» and curd with cookie excluded"),
        ('сырочки глазированные в шоколаде', {
            'pyaterochka': [],
            'magnit': ['1000059925', '1000077349', '1000117018', '1000274202', '1899801136', '8000078945'],
            'dixy': ['2000179854'],
            'perekrestok': ['4227614', '4227635', '4227636', '4227649'],
        }, 'glazed curd snacks whose title says the coating is chocolate («в молочном/тёмном шоколаде», Картошка в молочном шоколаде); glazed сырки whose glaze is not named or is кондитерская/карамельная/белая глазурь, Чудо «со вкусом шоколада» (flavour of the curd), unglazed сырки and масса excluded'),
    ]),
    # fzw22
    ('зефир ванильный белевский, пряники тульские с повидлом, сушки маковые пару пачек, вафли артек для внуков', [
        ('зефир ванильный белевский', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Белёвский vanilla zefir: none — Белёвская пастила brand offers are pastila/marmalade, «Старые традиции белёвских мастеров» zefir is cranberry, other vanilla-ish zefirs (Коломенский ваниль-малина, Шармэль) are not Белёвский. Missing everywhere'),
        ('пряники тульские с повидлом', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Tula gingerbread with filling: none; Стойленские, Lucky Days, Слана, Полёт, Дымка, Северные пряники are not тульские. Missing everywhere'),
        ('сушки маковые пару пачек', {
            'pyaterochka': [],
            'magnit': ['99f439b486'],
            'dixy': [],
            'perekrestok': [],
        }, 'poppy-seed сушки (Магнит Невская сушка «Сушки-мини маковые»); сушки without poppy (Ладожский малышок), баранки, tarallini excluded'),
        ('вафли артек для внуков', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'Артек wafers: none; other wafers excluded (brand written). Missing everywhere'),
    ]),
    # fzw23
    ('цикорий растворимый порошок, хлеб дарницкий половинка, кефир 0 процентов', [
        ('цикорий растворимый порошок', {
            'pyaterochka': [],
            'magnit': ['577c8fa879', '6e9c524bd5', '9c453f410d'],
            'dixy': [],
            'perekrestok': [],
        }, 'plain soluble chicory powder (Цикорич порошкообразный, Большая чашка, Здоровье); Экологика «сублимированный» (judgement: freeze-dried granules, not powder) and Пятёрочка Большая чаша «с черникой» (flavoured) excluded'),
        ('хлеб дарницкий половинка', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': ['2053660', '3627134', '3953836', '3974720'],
        }, 'Дарницкий bread in half-loaf packs: Пр!ст «часть изделия» 325 г and 320-350 г sliced Дарницкий (Щелковохлеб, Коломенское, Маркет) — judgement: a Дарницкий loaf is 650-700 г, so these are halves; whole loaves 650/700 г and the «Дарница» bakery brand (ржаной подовый, Двинский) excluded'),
        ('кефир 0 процентов', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': [],
            'perekrestok': [],
        }, 'fat-free kefir: none; the only fat-free kefir item is Простоквашино «Кефирный коктейль» with strawberry (flavoured drink), excluded. Missing everywhere'),
    ]),
    # fzw24
    ('хлопья 5 злаков, гречка ядрица 900 г, масло подсолнечное нерафинированное подешевле', [
        ('хлопья 5 злаков', {
            'pyaterochka': [],
            'magnit': ['f0ef9d37e4'],
            'dixy': [],
            'perekrestok': [],
        }, '5-grain flakes (Магнит Чудесный край «Хлопья 5 злаков»); baby porridges «5 злаков» (Heinz, ФрутоНяня, Зелёная Линия), Myllyn Paras 4-grain flakes, oat flakes excluded'),
        ('гречка ядрица 900 г', {
            'pyaterochka': ['3601663'],
            'magnit': [],
            'dixy': ['1030037286', '2000180341', '2000219613', 'DI00080511', 'ЦТ0042599'],
            'perekrestok': ['14301', '3231481', '3276128', '3477255', '3600743', '4019310', '6847', '53673', '3694322'],
        }, 'buckwheat ядрица in 900 г packs (incl. steamed/quick-cooking); judgement: buckwheat groats whose title does not name the cut (Пятёрочка Теплые Традиции 0.9 кг, Агро-Альянс Экстра, Мистраль, Мистраль Фермерская 900 г) taken as ядрица, since продел is always labelled; 400/750/800 г, 2/3 кг, boil-in-bag packs, green buckwheat, buckwheat flakes, ready buckwheat dishes excluded'),
        ('масло подсолнечное нерафинированное подешевле', {
            'pyaterochka': [],
            'magnit': [],
            'dixy': ['2000290945', '2000296713', '2000559953'],
            'perekrestok': ['2071663', '3608379', '3653773', '3683883', '4067112', '4149438', '4307791', '4311768', '74883'],
        }, 'unrefined sunflower oil of any brand/size (incl. «из жареных семечек» and high-oleic unrefined); refined oils, sunflower blends with linseed/olive oil excluded; «подешевле» is a wish'),
    ]),
    # fzw25
    ('ессентуки 4 для дедушки, сливочки 10 процентов к кофе, сельдь в масле', [
        ('ессентуки 4 для дедушки', {
            'pyaterochka': [],
            'magnit': ['9d46fc2eab'],
            'dixy': ['2000323928', '2000346018'],
            'perekrestok': ['3977407'],
        }, 'Ессентуки №4 mineral water of any size; Ессентуки №17, Ессентуки without a number («целебная», Aqua bene) and other mineral waters excluded'),
        ('сливочки 10 процентов к кофе', {
            'pyaterochka': [],
            'magnit': ['1000006089', '1000052910', '1000128456', '1000144079', '1000456519', '1000461011', '1000506066', '1000537609', '1899911837', '3201860040', '913cd14db9'],
            'dixy': [],
            'perekrestok': ['3431574', '4267108', '4271735', '44849', '68419'],
        }, 'drinking cream of exactly 10 % (sterilised/UHT, bottles and 10×10 г coffee portions); ice cream «со сливками 10 %», other fat levels excluded; «к кофе» is a purpose'),
        ('сельдь в масле', {
            'pyaterochka': [],
            'magnit': ['d1c803816b'],
            'dixy': ['2000162753', '2000179260', '2000236692', '2000242531', '2000309903', '2000322886'],
            'perekrestok': ['2168484', '3345483', '3463465', '3622071', '3622072', '3682728', '3683735', '3683742', '3993017', '4116562', '4159336', '4275608', '4322376', '4323336', '4366965', '79543'],
        }, 'herring fillet (pieces) in oil of any recipe (с укропом, с дымком, со специями, «в масляной заливке», По-польски в масле); herring in wine, mayonnaise, tomato or marinade, whole salted and smoked herring, Санта Бремор «популярное» and Матиас «свежая зелень» (oil not stated), шуба salad excluded'),
    ]),
]


def main():
    records = build(LISTS, OFFERS, OUT, "fzw")
    stats(records)


if __name__ == "__main__":
    main()
