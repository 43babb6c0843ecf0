#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wl.jsonl -- shopping lists of parents organising their daughter's fifth birthday (at
home and at kindergarten) plus their weekly groceries, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wl.build.py

LISTS below is literal data: 25 lists (3-5 items) as such parents would type them to a Telegram bot, and for every
item the product ids of every in-stock offer of every store that a reasonable shopper who wrote exactly that item
would accept.  The list texts were written before any offer was read and saved, read-only, in
fresh_basket_eval_wl.blind_lists.txt; main() checks that every list text here equals that blind draft except for the
items in REPLACED (one item in each list that turned out empty in all four stores).  Candidate titles were grepped
broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings) and
read one by one; the note of each item records what was accepted, what was deliberately left out and any judgement
resting on outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).
The labels were made without reading or running the tool being evaluated.

labelled_lists.build (unchanged, same directory) checks that every id exists in real_offers_g.jsonl *for that
store* and is in stock, that no id repeats within an item, that every item has a note and that the labels are
exactly the list's items in order (an item is the text between commas / new lines), then writes the JSONL; ids are
fwl01, fwl02, ... in LISTS order and every list is in split "fresh"; labelled_lists.stats prints the counts.
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wl.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wl.blind_lists.txt")

# (list id, item as written in the blind draft, item that replaced it): made after labelling, only for lists whose
# every item was empty in all four stores; one item per such list, the rest of the text unchanged.
REPLACED = [
    ("wl04", "трубочки для напитков детям", "салфетки бумажные с рисунком"),
    ("wl15", "бенгальские свечи", "топпинг шоколадный на торт"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # wl01 kindergarten juice boxes and sweets
    ('сок детский по 200 мл 20 шт\nфрутоняня яблоко\nзефир в индивидуальной упаковке', [
        ('сок детский по 200 мл 20 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000592316', '2000193829', 'ЦТ0042596', 'ЦТ0017501', 'ЦТ0017504'],
            "perekrestok": ['4157532', '4157531', '4157530', '4340742', '4340738', '67047'],
        }, 'juices sold as «сок» that are marked for children (ФрутоНяня, «с N месяцев», Сады Придонья Kids, '
           "Добрый Active Kid) in 200 ml / 0,2 l packs; children's nectars (ФрутоНяня банан), «сокосодержащие "
           'напитки» (Добрый Active kid, Агуша вода+сок), морс, компот, 0,125 l and 0,3 l juices and ordinary 200'
           ' ml juices not marked for children (Рич, Вико, Волжский Посад, Дары Кубани, Иваныч, Дикси Сады '
           'Придонья 0,2 l without an age mark) excluded; «20 шт» is a quantity'),
        ('фрутоняня яблоко', {
            "pyaterochka": ['3397865'],
            "magnit": ['68374ad0ee'],
            "dixy": ['ЦТ0017501', 'DI00080427', 'T000007148', '2000227782'],
            "perekrestok": ['67047'],
        }, 'ФрутоНяня products of plain apple (no product word written, so apple juice of any size and apple '
           'puree both accepted); mixed flavours (яблоко-виноград/-вишня/-персик/-банан, груша-яблоко), apple '
           'porridge, desserts, «Напиток яблоко-ромашка-липа» and other ФрутоНяня products excluded'),
        ('зефир в индивидуальной упаковке', {
            "pyaterochka": [],
            "magnit": ['1000354755'],
            "dixy": [],
            "perekrestok": [],
        }, 'no title says individually wrapped; Магнит Пастухов «Зефир молочный в бельгийском шоколаде 60г» is a '
           'single 60 g portion pack and is accepted as individually packed (judgement on pack size / outside '
           'knowledge); boxed 135-250 g zefir (Шармэль, Коломенский, Сладкие истории, Шарлиз, Eco Botanica, Doni '
           'Zefironi 210 г) and marshmallow (маршмеллоу на палочке Reeel, маршмеллоу манго в шоколаде, «Бомбочка '
           'с маршмеллоу») excluded'),
    ]),
    # wl02 the birthday cake
    ('торт на др дочке, свечи для торта цифра 5, сливки 33 процента для крема, клубника свежая украсить торт', [
        ('торт на др дочке', {
            "pyaterochka": [],
            "magnit": ['96fdeec9c5', 'ec6702c72a', '046d769e20', '203bee60e6'],
            "dixy": ['2000561272', '2000590831'],
            "perekrestok": ['4346866', '4223149', '4106052', '4102084', '4293821', '4249478', '4353817', '4343668',
                            '4347534', '4352353', '4159755', '4346026', '4346024', '4157414', '3498155', '4371529',
                            '4381812', '4114263', '4263396', '4096050', '4231134', '3416416', '3696956', '3653170',
                            '4254453', '2069979', '3631306', '4312079', '4370848', '78026600', '3624690', '3450159',
                            '4295076', '4260392', '4346097', '23689', '3369397', '4205372', '4325864'],
        }, 'any whole cake sold as «Торт» (sponge, mousse, meringue, frozen, «Торт-десерт», mini/bento cakes from'
           ' 240 g, cakes named «Пломбир» by bakeries Фили-Бейкер / Венский цех); wafer cakes (Мишка косолапый, '
           'Шоколадница вафельный/с миндалем - Шоколадница taken as a wafer cake line, outside knowledge; Маркет '
           '«Вафельный»), single portions of 100-185 g (Petra Чизкейк 100 г, Renardi 185 г, «Шоколадно-Ореховый» '
           '110 г, «Мини-торт Шоколадный микс» 150 г), Raffaello «Торт»/«Тортик» candies, Боярушка «тортик», '
           'protein «тортик» bars, коржи and eclairs excluded'),
        ('свечи для торта цифра 5', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no birthday candles in any store's offers (grepped свеч/свечк/свеча/цифр/для торта)"),
        ('сливки 33 процента для крема', {
            "pyaterochka": ['44799'],
            "magnit": ['1000299287', '8000056173'],
            "dixy": [],
            "perekrestok": ['44799'],
        }, 'dairy cream of exactly 33% (for whipping, UHT or sterilised), incl. Пятёрочка «ПЕТМОЛ Крем сливочный '
           'ул/паст.33% 500г» (the same product id 44799 is sold by Перекрёсток as «Сливки Петмол для взбивания '
           '33%»); cream of 10/11/20%, whipped cream «Крем слив.взбит.» 20%, curd «в сливках» and other goods «со'
           ' сливками» excluded'),
        ('клубника свежая украсить торт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4097821', '4183392', '3697994'],
        }, 'fresh strawberries (Перекрёсток 200 g / 450 g punnets); frozen (Круглое лето, Маркет, Пр!ст), dried, '
           'in syrup, fruit mixes with strawberry and strawberry-flavoured goods excluded'),
    ]),
    # wl03 disposable tableware
    ('бумажные тарелочки одноразовые, стаканчики одноразовые 20 шт, салфетки бумажные цветные, вилочки пластиковые одноразовые', [
        ('бумажные тарелочки одноразовые', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable plates in any store's offers (grepped тарел/одноразов/посуда)"),
        ('стаканчики одноразовые 20 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable cups in any store's offers; ice cream «в вафельном стаканчике», «Пломбир … стаканчик» "
           'and curd «стакан» are traps, disposable razors («одноразовые станки») likewise'),
        ('салфетки бумажные цветные', {
            "pyaterochka": [],
            "magnit": ['a9b3dab026'],
            "dixy": [],
            "perekrestok": ['3951668'],
        }, 'paper table napkins with a colour print: Магнит WELLFORT «Бум салфетки 3слоя Барокко 16шт в асс» and '
           'Перекрёсток Home Story «Салфетки бумажные киви 2 слоя 33x33см» (both taken as coloured/printed '
           'napkins, outside knowledge); facial tissues (ЗЕВА для лица), wet wipes, paper towels and laundry '
           '«салфетки для стирки» excluded'),
        ('вилочки пластиковые одноразовые', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plastic forks in any store's offers (grepped вилк/одноразов/пластик)"),
    ]),
    # wl04 balloons and party hats
    ('шарики воздушные 20 шт, колпачки праздничные, салфетки бумажные с рисунком', [
        ('шарики воздушные 20 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no balloons in any store's offers; corn/rice «шарики», Ухтышки «Шарики», deodorants «шариковый», "
           'Даниссимо «с шариками» and «Сахарная вата … в шарике» are traps'),
        ('колпачки праздничные', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no party hats in any store's offers (grepped колпак/празднич; «Праздничная» колбаса/буженина are "
           'traps)'),
        ('салфетки бумажные с рисунком', {
            "pyaterochka": [],
            "magnit": ['a9b3dab026'],
            "dixy": [],
            "perekrestok": ['3951668'],
        }, 'REPLACEMENT of the blind item «трубочки для напитков детям» (list wl04 was empty in all stores). '
           'Paper table napkins with a print: Магнит WELLFORT «Бум салфетки 3слоя Барокко 16шт в асс» and '
           'Перекрёсток Home Story «Салфетки бумажные киви 2 слоя 33x33см» (both taken as printed napkins, '
           'outside knowledge); facial tissues, wet wipes, paper towels and laundry «салфетки для стирки» '
           'excluded'),
    ]),
    # wl05 fruit for the party table
    ('мандарины кило два, бананов связка, виноград без косточек на праздник, сладкие яблочки', [
        ('мандарины кило два', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['DI00078763'],
            "perekrestok": [],
        }, 'fresh mandarins (Дикси «Мандарины сладкие»); «кило два» is the quantity; olives «с мандарином», '
           'juices and sweets with mandarin excluded'),
        ('бананов связка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['10E0074360'],
            "perekrestok": ['3652283', '4625', '2084703'],
        }, 'fresh bananas incl. Био and red bananas; Перекрёсток «Бананы для жарки» (plantains, outside '
           'knowledge), dried/вяленые bananas, banana sweets and marmalade excluded'),
        ('виноград без косточек на праздник', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000599092'],
            "perekrestok": [],
        }, 'fresh seedless grapes: only Дикси «Виноград Мускат, без косточки» says so; Перекрёсток Ред Глоб and '
           'Тайфи (seeded varieties, outside knowledge), «Виноград чёрный», Artfrut «белый» (seedlessness not '
           'stated) excluded, as are dried grapes/raisins «без косточек», juices and fruit mixes'),
        ('сладкие яблочки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['10E0074363', '10E0076185', '2000499049'],
            "perekrestok": ['48645', '99994', '3366336', '3366339', '4047904', '4039875', '4194479', '4152138',
                            '4194477', '3366324', '4152181', '4097665', '4258744', '3366346', '3980656', '4287238',
                            '4374590', '4381176', '4381173', '3366344', '4047903', '79341', '77001777', '4381179',
                            '2168511', '81962', '4208423', '3283268', '4194480', '3616014', '3639577', '4342539',
                            '4341473', '4286927', '4258743', '3356276', '4271017'],
        }, 'fresh apples; «сладкие» read as excluding the clearly sour/tart apples: Гренни Смит (Магнит, Дикси, '
           'Перекрёсток), Симиренко and apples sold as «зелёные» (outside knowledge on varieties); red, yellow, '
           'unnamed and other named varieties accepted (Зелёная Линия «Органика» is a brand, not a colour); '
           'juices, purees, chips, dried apples and cut fruit mixes excluded'),
    ]),
    # wl06 weekly dairy and bread
    ('молоко 2.5% на неделю 2 пакета\nхлеб белый к завтраку\nяички куриные десяток\nсливочное масло 82.5%', [
        ('молоко 2.5% на неделю 2 пакета', {
            "pyaterochka": [],
            "magnit": ['cfca1c1906', 'ef94b89629', '1000143306', '1812450029', '1000418036', '8000029029',
                       '1000037901', '1000445487', '1051242602', '1000563706', '1000035016', '8000058293'],
            "dixy": ['2000024178', '2000546311', '2000263555', '2000313238', '2000511374', '2000273384', '2000600212'],
            "perekrestok": ['4316451', '4250778', '4153927', '4310700', '4137916', '4244153', '3431582'],
        }, 'cow drinking milk of exactly 2.5% (pasteurised/UHT, any pack incl. Агуша детское 2.5% as in the '
           'conventions); топлёное 2.5% (Зелёная Линия), ряженка/kefir/yoghurt 2.5%, other fat levels and ranges '
           'excluded; «на неделю 2 пакета» is a quantity'),
        ('хлеб белый к завтраку', {
            "pyaterochka": [],
            "magnit": ['a37c992f14', '7fa10b807d', '643727af2a', '67f076fea4'],
            "dixy": [],
            "perekrestok": ['4318510', '2065120', '4329401', '3680023', '4102687', '4329402', '4157283', '4264947',
                            '78011178', '78020935', '49457', '4323653'],
        }, 'white wheat bread loaves: батоны (нарезной, молочный, утренний, горчичный, отрубной, «к завтраку»), '
           '«Хлеб … пшеничный», пшеничный тостовый, Горчичный, Французский, Зелёная Линия «Хлебец Белый с '
           'отрубями»; rye and rye-wheat breads (Дарницкий, Бородинский, Столичный, Ржаной Край, Измайловский, '
           'Ароматный…), grain/cereal/whole-grain loaves (Батон Зерновой, тостовый злаковый), breads whose title '
           'does not say wheat or white (Крестьянский, Советский, Сельский, Боярский, формовой, на кефире), sweet'
           ' «Хлеб Чайный», чиабатта, buns, хлебцы and bread sticks excluded'),
        ('яички куриные десяток', {
            "pyaterochka": [],
            "magnit": ['3454700001', '2047000007', '2047000014', '2047000033', '1000247393', '1000247190',
                       'e5202b5cfd', '1000247378', '1000247384', '1000247234', '1a8d487cea'],
            "dixy": ['2000588991', '2000326489', '2000596671', '2000269323', '2000269325', '2000212529', '2000238733',
                     '2000284425', '2000139399', '2000601652', '1041042135'],
            "perekrestok": ['4201192', '4201194', '4168688', '4339427', '4364349', '3392204', '4337164', '4352464',
                            '3356111', '3432532', '2131762', '3421287', '3914040', '3001671', '4236458', '3355250',
                            '2109476', '4085791', '2131763', '4012802', '4085790', '4085792', '3182856', '3182853'],
        }, 'chicken eggs of any class in packs of 10 («десяток»); packs of 6/15/20/30, quail eggs and egg '
           'chocolates/toys excluded'),
        ('сливочное масло 82.5%', {
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
        }, 'butter (сливочное / сладкосливочное, incl. lactose-free) of exactly 82.5%; 82% butters (Arla Natura, '
           'President, Молочный знак, Киприно, Jalo Kerma), 72.5% Крестьянское, butters without a fat value, '
           'ghee, margarine and spreads excluded'),
    ]),
    # wl07 children's sweets for 20 guests
    ('киндер сюрприз 20 шт, чупа чупсы 20 штук, барни медвежата, чокопайки', [
        ('киндер сюрприз 20 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000001672', '2000253005', '2000210834'],
            "perekrestok": [],
        }, 'Kinder Сюрприз chocolate eggs with a toy (incl. the version «для девочек»); Kinder Joy eggs, Kinder '
           'chocolate bars, Kinder Молочный ломтик / Pingui / Maxi King excluded; «20 шт» is a quantity'),
        ('чупа чупсы 20 штук', {
            "pyaterochka": ['33015'],
            "magnit": ['495f199a6d'],
            "dixy": [],
            "perekrestok": ['4291408'],
        }, 'Chupa Chups lollipops (Пятёрочка «ЧУПА ЧУПС Карамель ФРУТ-ТЕЛЛА 17г» and Перекрёсток «Карамель Chupa '
           'Chups Авокадо микс 12г» taken as lollipops - «карамель» on a stick, outside knowledge; Магнит '
           '«Леденец ЧУПА-ЧУПС с шипучкой»); Chupa Chups marmalade «Страйпсы» and the Chupa Chups soda excluded; '
           '«20 штук» is a quantity'),
        ('барни медвежата', {
            "pyaterochka": ['3677543', '3358963', '3276703', '2143824'],
            "magnit": ['ac28fdabe7', 'b957ea15ff', 'cc28f2014d', '3a53d94c95', '0e65fbf1c1', '5500238e96'],
            "dixy": [],
            "perekrestok": [],
        }, 'all «Медвежонок Барни» sponge cakes of any filling (incl. Магнит «Фан Сэнд», sold as «Пирожное '
           "МЕДВЕЖОНОК БАРНИ»); other children's sponge cakes (Kinder Молочный ломтик, Скрепыши, Milka) excluded"),
        ('чокопайки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Choco Pie (Lotte/Orion/KDV «чокопай») in any store's offers (grepped "
           'choco/чоко/пай/суфле/бисквит); other biscuit cakes (Барни, Milka Soft&Choc, Скрепыши, Kinder) are not'
           ' Choco Pie - excluded'),
    ]),
    # wl08 drinks for the children
    ('сок j7 апельсиновый 1л, морсик клюква, детская вода негазированная', [
        ('сок j7 апельсиновый 1л', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000107420'],
            "perekrestok": [],
        }, 'J7 orange juice in the 1-litre pack: Дикси «Сок J7 Апельсин с мякотью для детского питания, 0,97 л» '
           "(0.97 l taken as J7's litre pack, outside knowledge); J7 orange 0.3 l, J7 «Продукт питьевой Апельсин»"
           " 0.85 l, other J7 flavours and other brands' orange juices excluded"),
        ('морсик клюква', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4275137', '4252637'],
        }, 'cranberry mors (Перекрёсток Finnmors «Морс … Клюква» 1.5 l and 0.5 l); mixed-berry mors (J7 '
           'клюква-черника-…, Добрый виноград-клюква, Любимый клюква-виноград, ФрутоНяня клюква-черника-вишня), '
           'Зелёная Линия «Напиток морсовый Клюква» (a mors-type drink, not sold as морс), cranberries, cranberry'
           ' jam and Агуша «Морс ягодный сбор» excluded'),
        ('детская вода негазированная', {
            "pyaterochka": [],
            "magnit": ['7f00277465', 'daea15c2c5', '162ec6aa1d'],
            "dixy": ['2000523032', '2000523034', '2000311289', '2000605054', '2000601611'],
            "perekrestok": [],
        }, 'drinking water for children (ФрутоНяня, Аквалайн «Для ляль», Черноголовка Бэйби, Кидси), taken as '
           "still although titles do not say so (children's water is non-carbonated, outside knowledge); ordinary"
           ' waters excluded'),
    ]),
    # wl09 weekly groceries: soup and chicken
    ('курочка целая\nкартошку кг 3\nлук репчатый штуки 4\nморковь на суп\nгречки ядрица пачку', [
        ('курочка целая', {
            "pyaterochka": [],
            "magnit": ['f8e8bcfe75'],
            "dixy": [],
            "perekrestok": [],
        }, 'raw whole chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная»; цыплёнок табака '
           '(butterflied, Петруха in marinade), duckling carcass, chicken parts, grilled/smoked chicken and '
           '«тушки» of fish/squid excluded'),
        ('картошку кг 3', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['ЦТ0028521', '2000582631', '2000003215', '2000321309'],
            "perekrestok": ['769', '2083095', '4265670', '3987', '4342860', '3142878', '3142879', '3074469', '43968',
                            '3092450'],
        }, 'fresh potatoes of any variety/pack (incl. бэби, красный, для варки/жарки); «кг 3» is the quantity, '
           'not a pack size; sweet potato (батат), boiled peeled potatoes, frozen cut potatoes/fries, chips, '
           'purees and dog food with potato excluded'),
        ('лук репчатый штуки 4', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['10E0074356', '2000270979'],
            "perekrestok": ['45463', '3969', '3016771', '81209', '3016772', '3368253'],
        }, 'fresh bulb onions incl. «Лук репчатый красный» and peeled onions; «штуки 4» is the quantity; dried '
           'onion (Kotanyi, Айдиго), onion rings snacks and «Лукум» excluded'),
        ('морковь на суп', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['ЦТ0036199', 'DI00078733'],
            "perekrestok": ['3463356', '4191099', '19345', '3368256', '60529', '4299784'],
        }, 'fresh carrots (incl. mini carrots and «для сока»); boiled peeled carrots, Korean carrot salads, '
           'carrot smoothies, pet food with carrot excluded'),
        ('гречки ядрица пачку', {
            "pyaterochka": ['3332671', '3601663'],
            "magnit": [],
            "dixy": ['2000294696', 'DI00080511', '2000300392', 'ЦТ0042599', '2000272542', '1030037286', '2000180341',
                     '2000539995', '2000219613'],
            "perekrestok": ['3014874', '3446736', '4353613', '28960', '14301', '4061364', '3276128', '3438178',
                            '4009020', '3694322', '3019156', '3674200', '53673', '4204902', '6847', '3173448',
                            '4090171', '4019310', '3603166', '39155', '3667612', '4059000', '3600743', '3696237',
                            '3477255', '3231481', '3493533'],
        }, 'buckwheat groats (whole kernel); packaged «Гречка»/«Крупа гречневая» without a stated type taken as '
           'ядрица (retail buckwheat groats are ядрица unless sold as продел, outside knowledge), incl. '
           'boil-in-bag packs; green buckwheat, buckwheat flakes, flour, buckwheat drink, ready dishes «с '
           'грибами»/«гарнир»/chilled and baby purees excluded'),
    ]),
    # wl10 snack plate for the adults
    ('сыр для нарезки, сырокопченая колбаска, оливочки без косточки, крабовые палочки на салат', [
        ('сыр для нарезки', {
            "pyaterochka": ['3388814', '3367104', '3637088', '6e1075104f'],
            "magnit": ['8000046709', '0086507076', '8000032666', '1000578533', '1000578272', '1000371470',
                       '1000500641', '1000500639', '1000500635', '1000500634', '1000426484', 'bb94e30976',
                       'e2a74deed4', '8555af9284', 'be2dd7f6c8', '1b8b3c9113', 'f524067ea6', '07ea28435e',
                       'f7f5ec29c3', '1000367086', '1000367084', '1000387429', '1000316963', '1000242775',
                       '1000451006', '1000242776', '1000316960', '1000316962', '1000316961', 'e1ddb3122f',
                       'f6d00325e6', 'bdf248d14f', '48c9a80520', '59a960bc76', '4a1b7dbb6f', '8000068573',
                       '959ebe85ab', 'e7e41c2d16', '13cdfe21e3', 'a296745f42', 'f3ad590715', '1000153883',
                       '1000074377', '1000564747', '1000567797', 'f1ec862f1b', '612aa92a54', '19a309a351',
                       '8000032665', '1000057898', '0dc02300a0', '267e62ed23', '0ff9b3b851', '9408329d97',
                       '1000384143', '90021816c1', 'f55c16f629', 'ca5cdad8ff', '1000278400', '8000046707',
                       '8000076647', '1000318957', '1000452314', '1000352345', '1000565717', '1000383360',
                       '8000040121', 'eea589ee34', '31ddd058b1', '8000072121', 'aa8307af5f', '632a4664e6',
                       '1000512567', '1000332012', '1000560446', '27147c26e5'],
            "dixy": ['2000588771', '2000420018', '2000302672', '2000365650', '2000397447', '2000397412', '2000184737',
                     '2000325240', '2000176772', '2000279127', '2000281063', '2000282400', '2000209050', '2000597551',
                     '2000300247', '2000578151', '2000407435', '2000566494', '2000541532', '2000578152', '2000579911',
                     '2000557451'],
            "perekrestok": ['4357611', '4353317', '4296930', '3500346', '3500347', '4353316', '3496416', '3668882',
                            '3629975', '4370306', '4274229', '3501004', '3505826', '4003954', '4003953', '4289617'],
        }, 'hard and semi-hard cheese in a piece, by weight or sliced (Гауда, Маасдам, Российский, Тильзитер, '
           'Чеддер, Пармезан in a piece, «сливочный», light, with nuts/herbs/pepper/olives, Качокавалло, Качотта,'
           ' Асьяго, Гойя, Белпер Кнолле «полутвёрдый»…); processed cheese, curd/cream cheese, brine cheeses '
           '(брынза, фетакса/фетика, сулугуни, адыгейский, халуми, чечил/косичка/«Коса»/спагетти/пряди, Предгорье'
           ' Кавказа «Ассорти»), mozzarella/burrata/ricotta/mascarpone/scamorza/страчателла, white- and '
           'blue-mould cheeses, grated and «колотый» cheese, smoked «Гурманский»/«Охотничий» (sausage/brine-type,'
           ' outside knowledge), tofu and cheese snacks excluded'),
        ('сырокопченая колбаска', {
            "pyaterochka": ['3966938'],
            "magnit": ['4a8c9560a0', '6af3d2dba7', '06d16516c6', '65eabc7d3d', '4ea41a31dc', '63dfb9d92b',
                       '54d2bfe83d', '012f52ac6f', '64b09aa833', '2dbd01217d', '494e727a2c', '403c330318',
                       '9a7d190daf', 'e1bb99c49a', 'b1886148dd', '363ea9366e', 'f35109da30', '9cac16391e',
                       '40d5bd1fe4', '47ef8a1460', '6c0ebbb571', '48c30df1cf', 'd5889cdb3d', '21cb360c4b'],
            "dixy": ['2000546175', '2000413915', '2000539576', '2000572231', '2000310948', '2000397424', '2000558771',
                     '2000284194', '2000603172', '2000402841', '2000598631'],
            "perekrestok": ['4338643', '4322133', '4321977', '4364470', '4100196', '4141051', '3493291', '4095329'],
        }, 'sausages/salami/chorizo whose title says сырокопчёная (incl. sliced, mini sticks Пиколини and '
           'all-sausage assortments); сыровяленая (dry-cured: Casademont, Казылык, Верона, ЕКГФ с трюфелем), '
           'варёно-копчёные сервелаты, salami without «сырокопчёная» (Финская, Венская Останкино), Столичная, the'
           ' Черкизово assortment with prosciutto, bacon, balyk, carpaccio and hamon excluded'),
        ('оливочки без косточки', {
            "pyaterochka": ['3008503'],
            "magnit": ['3d09e4fe73', '94f4173a31'],
            "dixy": ['2000280421', '2000573832', '2000535133', '2000300244', '2000180495', '2000240819'],
            "perekrestok": ['4334902', '3008503', '4054381', '4077569', '3651521', '3468534'],
        }, 'plain pitted olives sold as «оливки» (green or Kalamata/Halkidiki in plain brine/marinade); olives '
           'with a stone, stuffed olives (анчоус, лимон, лосось, сыр, перец, халапеньо, креветки, хамон), '
           'flavoured olives (с чесноком и специями, с мандарином, с травами) and products sold as «маслины» '
           '(black olives - оливки vs маслины is the usual Russian distinction) excluded'),
        ('крабовые палочки на салат', {
            "pyaterochka": [],
            "magnit": ['4f11f65802', '8a27ccab55'],
            "dixy": ['2000307177', 'ЦТ0035069', '2000224260', '2000179155', '2000300878', '2000521851', '2000546772'],
            "perekrestok": ['45926', '4157138', '4112613', '3169222', '4124683', '3204340', '26084', '2154175',
                            '2154177', '3408151', '3210145', '3199420', '4096079', '24998', '2043673', '3500653',
                            '3659730', '2162050', '4291954', '4291955', '3458', '4034752'],
        }, 'crab sticks (chilled or frozen, imitation or with crab meat, incl. Дикси Русское море «Салатные», '
           'Vici «для рулетиков» and Vici «Палочки сурими» - surimi sticks are crab sticks, outside knowledge); '
           "«крабовое мясо», filled sticks (Crabe De L'amour с начинкой, Краб-ролл/Лосось-ролл с сыром), "
           'Балтийский Берег «Мясо крабовое в соусе», crab salads and crab-flavoured squid/chips/croutons '
           'excluded'),
    ]),
    # wl11 baking the cake at home
    ('мука высший сорт, сахарный песок 2 кг, разрыхлитель для бисквита, ванилинчик, какао-порошок для выпечки', [
        ('мука высший сорт', {
            "pyaterochka": [],
            "magnit": ['42f4e32b0a'],
            "dixy": ['D000002191', 'ЦТ0035253', 'ЦТ0037862', 'ЦТ0044481', '2000576791', '2000553733'],
            "perekrestok": ['3915409', '3193726', '3305673', '91320', '91321', '16318', '4326495', '3681817',
                            '4262616', '2037765', '3626914', '2107396', '2112692', '3502351'],
        }, 'wheat flour whose title says высший сорт (incl. хлебопекарная высшего сорта); flour of grade '
           '«экстра», flour without a stated grade (Пышечка пшеничная 2 кг, Старооскольская ГОСТ, Французская '
           'штучка, Царь 1 кг, Тихорецкая особая, «Мука пшеничная хлебопекарная»), pancake mixes («блинная», even'
           ' «высший сорт»), self-raising «Кондитерская самоподнимающаяся», whole-grain, rye, rice, corn and '
           'other flours excluded'),
        ('сахарный песок 2 кг', {
            "pyaterochka": [],
            "magnit": ['446f5df61c'],
            "dixy": ['2000174958', '2000214171'],
            "perekrestok": ['3230933'],
        }, 'white granulated sugar (сахар-песок / белый песок) in packs of 900 g-1 kg; «2 кг» read as the '
           'quantity wanted (no 2 kg packs are offered), so the 5 kg sack is excluded as far more than asked; '
           'cane sugar (Брауни тростниковый), lump sugar and vanilla sugar excluded'),
        ('разрыхлитель для бисквита', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000220512'],
            "perekrestok": [],
        }, 'baking powder (Дикси «Разрыхлитель теста Dr.Bakers»); baking soda, yeast and self-raising flour '
           'excluded'),
        ('ванилинчик', {
            "pyaterochka": [],
            "magnit": ['029c368571'],
            "dixy": [],
            "perekrestok": [],
        }, 'vanillin (Магнит «Ванилин ХААС»); vanilla sugar (Dr.Bakers «Сахар ванильный» - a different product), '
           'vanilla syrups and vanilla-flavoured goods excluded'),
        ('какао-порошок для выпечки', {
            "pyaterochka": [],
            "magnit": ['25a1b729b4', 'f675db585c'],
            "dixy": [],
            "perekrestok": [],
        }, 'natural cocoa powder (Золотой ярлык «Какао натуральный», «Какао-порошок Российский»); instant cocoa '
           'drinks (Чукка гранулированный, Скрепыши, Хрутка, MacChoco, Nesquik) and chocolate excluded'),
    ]),
    # wl12 sweets for the kindergarten group
    ('конфеты без красителей на 20 детей, печенье юбилейное для сада, вафли в индивидуальной упаковке', [
        ('конфеты без красителей на 20 детей', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no candy title states «без красителей» (grepped без красит/без искусств/без добав); whether a candy '
           'contains colourants cannot be told from the titles, so nothing is accepted in any store'),
        ('печенье юбилейное для сада', {
            "pyaterochka": [],
            "magnit": ['4ecdd613ad', '23c5c2875e', '68b382d22e', '858769ffec'],
            "dixy": ['2000535032'],
            "perekrestok": [],
        }, 'Юбилейное cookies of any variant (traditional, молочное, с глазурью, овсяное); «Юбилейная» sausage '
           'and Julius Meinl «Юбилейный» coffee are traps'),
        ('вафли в индивидуальной упаковке', {
            "pyaterochka": [],
            "magnit": ['c66dcb1c29', '3112081001'],
            "dixy": [],
            "perekrestok": [],
        }, 'no title says individually wrapped; single-portion 35 g wafer packs taken as individually packed: '
           'Магнит TAKE A BITEY вафли 35 г and Магнит «Вафли … Kinder Maxi King 35г» (judgement on pack size, '
           'outside knowledge); wafers in 100-220 g packs (Коровка, Коломенское, Lucky Days, Джек, Акульчев, '
           'Пр!ст, TORERO мини-вафли 125 г), wafer candies, wafer rolls and chocolate bars with wafer (Goodmix, '
           'Россия) excluded'),
    ]),
    # wl13 weekly dairy
    ('творожок 5% две пачки\nкефир 2.5% на утро\nйогуртик питьевой не сладкий\nглазированные сырки детям', [
        ('творожок 5% две пачки', {
            "pyaterochka": [],
            "magnit": ['1000563526', '1000535923', '3959a203ba', '8000068592', '8000079349', '8000069908',
                       '1000441658', '8000030462', '1000377235', '1720c2be05', '9aeeb10b64', '1000512632',
                       'c7f0f0e5ec', '2400019178', '1000372786', '1000475531', '1000572167', '1000208909',
                       '1079990193', '1000306424', '1000224037', '1000453157', '1000426473', '161690c563',
                       '1000448251'],
            "dixy": ['2000410935', '2000595413', '2000244591', 'ЦТ0047040', '2000322093', '2000555052', '2000227595',
                     '2000539346', '2000568077', '2000309621', '2000512184', '2000599971'],
            "perekrestok": ['4050943', '4249284', '4302679', '4166368', '4153930', '4128957', '4299495', '4324116',
                            '4294066', '3668864', '4274201', '3279582', '3617778'],
        }, 'plain cottage cheese of exactly 5% (рассыпчатый, мягкий/нежный, traditional, lactose-free, из '
           "топлёного молока, children's plain биотворог 5%, Зелёная Линия «Зёрнышко»); flavoured curd (изюм, "
           'варенье, fruit), «зерненый в сливках» / 101 Зерно, curd desserts and other fat levels excluded; «две '
           'пачки» is a quantity'),
        ('кефир 2.5% на утро', {
            "pyaterochka": [],
            "magnit": ['1000451590', '1000439735', '610b0779be', '1000139426', '1000350608', '1899800689',
                       '1899912534', '8000033639'],
            "dixy": ['ЦТ0028202', '2000560991'],
            "perekrestok": ['4280893', '4245052', '4280483', '4137919', '4229630', '4263418', '3491537', '4233125',
                            '3604726', '2173827', '2093082', '3386041', '3429041'],
        }, 'kefir of exactly 2.5%; other fat levels, kefir drinks/cocktails, ряженка, milk and yoghurt 2.5% '
           'excluded'),
        ('йогуртик питьевой не сладкий', {
            "pyaterochka": ['8487'],
            "magnit": ['555ec5242d', '1000380540', '67fc9c08f6', '8000033680', '8000033684', '8000033677'],
            "dixy": ['2000330341', '2000330336'],
            "perekrestok": [],
        }, 'drinking yoghurts that are natural/plain (Activia «пит. натур.», Epica «Натуральный» - taken as '
           'unsweetened, outside knowledge) or sold «без сахара» (АктиБио, Активиа in 260 g bottles, taken as the'
           ' drinkable format even where the title lacks «питьевой», outside knowledge); sweetened fruit drinking'
           ' yoghurts, spoonable yoghurts (130-200 g «без сахара», Greek, термостатный), Viola Clean Label '
           "(flavoured) and children's fruit yoghurts excluded"),
        ('глазированные сырки детям', {
            "pyaterochka": ['4061730', 'f17a948634', '3930359'],
            "magnit": ['8000070532', '1000305762', '42cd196db0', '1000059932', '1000138236', '1000351466',
                       '1000359364', '1000581120', '1000274202', '1000059925', '1899801136', '1000518913',
                       'd7df85a8e4', '1000580175', '1000149410', '61ab02df21', '2a844a0718', '1432ba3e24',
                       'b3f3665e14', '1000359365', '1000238205', '1000172948', '1000238206', '1000167330',
                       '1000122409', '1000167329', '1000186648', '1000186649', '8000078945', '1000149411',
                       'a436bb1f2b', '2a66b2b012', '8000061673', '8000061566', '1000580174', '1000077349',
                       '1000117018', '3d86f7f88b', '1000411952', '1000402146', '1000526829', '758f114f7c',
                       '9119334841', '1000286637', '1000286638'],
            "dixy": ['2000597331', '2000597332', '2000179854', '2000571273'],
            "perekrestok": ['4227636', '4227649', '4227635', '4227614', '3041670', '20615', '3666242', '3666241',
                            '3427052', '3454107', '3463779', '4208433'],
        }, 'glazed curd bars (title says глазированный/«гл.»/в глазури/в шоколаде, any flavour incl. «Картошка»; '
           'also Ростагроэкспорт «Десерт творожный глазированный» 60 g); also 40-50 g bars of 20-26% fat whose '
           'titles omit the glaze (Коровка из Кореновки ваниль, Ростагроэкспорт ванильный 20% 45 г, Сыркофф, Чудо'
           ' Десерт) - taken as glazed, outside knowledge; unglazed 90-180 g curd bars (с изюмом, с ванилином '
           '16.5%, Хозяйство Васильевой, Три кота, Сахар-Клубника) and the сырок «в вафельном рожке» excluded'),
    ]),
    # wl14 party drinks
    ('буратино лимонад 2 бутылки, газировка без красителей, детское шампанское', [
        ('буратино лимонад 2 бутылки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['3374813', '3359208'],
        }, 'Буратино lemonade (Перекрёсток Черноголовка «Буратино» 1 l and 2 l); other lemonades (Дюшес, Тархун, '
           'Байкал, лимон) excluded; «2 бутылки» is a quantity'),
        ('газировка без красителей', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no soft-drink title states «без красителей»; whether a soda contains colourants cannot be told from '
           'the titles, so nothing is accepted in any store'),
        ('детское шампанское', {
            "pyaterochka": [],
            "magnit": ['5bf2f75e96', 'b47df5f0d7'],
            "dixy": [],
            "perekrestok": [],
        }, "non-alcoholic sparkling «children's champagne»: Магнит «Напиток газированный LAVETTI Classico белый "
           'сладкий / Rose розовый сладкий 0,75л» (sold as детское шампанское, outside knowledge); sparkling '
           'wines (Советское шампанское, Абрау-Дюрсо, Asti…), ordinary sodas and alcohol-free cider excluded'),
    ]),
    # wl15 cake candles and decorations
    ('свечки для тортика, топпинг шоколадный на торт, гирлянда с днем рождения', [
        ('свечки для тортика', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cake candles in any store's offers (grepped свеч/свечк/свеча)"),
        ('топпинг шоколадный на торт', {
            "pyaterochka": [],
            "magnit": ['680cbc309f'],
            "dixy": [],
            "perekrestok": [],
        }, 'REPLACEMENT of the blind item «бенгальские свечи» (list wl15 was empty in all stores). Chocolate '
           'dessert topping (Магнит «Топпинг АБРИКО шоколад»); caramel and strawberry toppings, Магнит «Сироп … '
           'Шоколад» (a drinks syrup) and ice cream «с шоколадным соусом» excluded'),
        ('гирлянда с днем рождения', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no garlands or party decorations in any store's offers (grepped гирлянд/день рожд/днем рожд/празднич)"),
    ]),
    # wl16 weekly groceries: pasta and cutlets
    ('фарш говяжий для котлеток, макароны от barilla, паста томатная баночку, сыр пармезан для пасты', [
        ('фарш говяжий для котлеток', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000322809', '2000207953'],
            "perekrestok": ['4288090', '4013', '4357432'],
        }, 'beef mince (Мираторг, Иван Мясоедов, Перекрёсток «Фарш говяжий», Хороший Кусок «из говядины»); mixed '
           '«Домашний»/«Деревенский»/«Фермерский»/«мясной» minces, pork, turkey and fish mince excluded'),
        ('макароны от barilla', {
            "pyaterochka": [],
            "magnit": ['e60106f6b1', '3578fbe574', 'c058112781', '9332b0bf64', '7e1d66d2df', '54953eed21'],
            "dixy": ['2000224712', '2000280926', '2000320175', '2000016649', '2000349519'],
            "perekrestok": ['4360107'],
        }, 'every Barilla dry pasta shape (спагетти/спагеттони/спагеттини, букатини, баветте, пипе, джирандоле, '
           'спиральки, festivi, risoni, вермишель филини, стеллине); other brands excluded'),
        ('паста томатная баночку', {
            "pyaterochka": [],
            "magnit": ['63697ab89b', 'd176b4306a', '3e333fcf75', '7f508c0006', '64828d44cd', '2c160abf20'],
            "dixy": ['2000000761', '2000521414', '2000569071', '2000322276', '2000536311'],
            "perekrestok": ['3690262', '3504319'],
        }, 'tomato paste of any brand and pack («баночку» read as the quantity: one pack; sachets and 70 g packs '
           'included); ketchup, tomato sauces, tomatoes in juice and juices excluded'),
        ('сыр пармезан для пасты', {
            "pyaterochka": [],
            "magnit": ['1000578272', '1000371470', 'e7e41c2d16', '0dc02300a0', '1000384143', '632a4664e6',
                       'b10071458c', '1000526832'],
            "dixy": ['2000597551'],
            "perekrestok": ['4345021', '3496416', '3496419', '4300784'],
        }, 'parmesan of any form (piece, by weight, grated, «Гранд», Чиз Галлери); grated mixes («4 сыра», «Три '
           'Сыра»), Italian Snack «крем-сыр из пармезана» and ravioli with parmesan excluded'),
    ]),
    # wl17 small chocolates and marmalade
    ('kinder chocolate маленькие, шоколадки аленка мини, мармелад haribo', [
        ('kinder chocolate маленькие', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000001702'],
            "perekrestok": [],
        }, 'Kinder Chocolate (Kinder «Шоколад молочный с молочной начинкой») - the 100 g pack holds the small '
           'individually wrapped bars (8 × 12.5 g, outside knowledge); Kinder Country «со злаками», Kinder '
           'Сюрприз/Joy eggs, Kinder Молочный ломтик, Pingui and Maxi King excluded'),
        ('шоколадки аленка мини', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no mini Алёнка bars in any store: Дикси sells only full-size Алёнка bars (90/100/200 g), which «мини»'
           ' excludes; Магнит «Конфеты АЛЕНКА Крем-брюле» are candies, not chocolate bars'),
        ('мармелад haribo', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Haribo products in any store's offers (grepped haribo/харибо); other brands' marmalade excluded"),
    ]),
    # wl18 party food at home
    ('пицца маргарита 2 шт, наггетсы детям, фри замороженная, кетчуп неострый', [
        ('пицца маргарита 2 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Margherita pizza in any store's offers; other pizzas (4 сыра, Пепперони, Цезарь ветчина-грибы, "
           'груша-горгонзола, Dr.Oetker салями-моцарелла-песто) and «Чебупицца» excluded'),
        ('наггетсы детям', {
            "pyaterochka": [],
            "magnit": ['fd1fdcfdd7', 'a36ebb7d8a', '5c691fa75f'],
            "dixy": [],
            "perekrestok": [],
        }, 'nuggets of any meat (Мираторг, Золотой Петушок chicken nuggets and Индилайт turkey nuggets - no meat '
           'was written); Зелёная Линия «Полосочки в панировке» (strips) excluded'),
        ('фри замороженная', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000553851'],
            "perekrestok": ['4326042', '3489169'],
        }, 'frozen French fries: Дикси «Картофель фри И зимой И летом» (taken as frozen, outside knowledge), '
           'Перекрёсток «Картофель Фри замороженный» and «Картофель фри дольки быстрозамороженные» (title says '
           'фри); Пр!ст «Картофель резаный быстрозамороженный» (not sold as fries), chips and fresh potatoes '
           'excluded'),
        ('кетчуп неострый', {
            "pyaterochka": ['3387265', '2157309'],
            "magnit": [],
            "dixy": ['2000552955', '2000033799', '2000538777', '2000567791', '2000207279', '2000207290', '2000207280',
                     '2000320468', '2000193817'],
            "perekrestok": ['4295651', '4157356', '4274972', '4116830', '4154517', '4157702', '4274973', '4312325',
                            '4078080', '4078077', '4282684', '3691258', '3054048', '2157567', '3970015', '4044938',
                            '3673189', '4149865', '4227925', '4227928', '4227927', '3652684', '4116848'],
        }, 'mild ketchups: томатный, итальянский, лечо, с базиликом, сладкий черри, средиземноморский, Heinz '
           '«укроп-петрушка», Sahar (plain); острый/суперострый, чили, аджика, по-грузински, кавказский, '
           'чесночный/с чесноком и пряностями and шашлычный/для гриля и шашлыка (spiced, judged not mild) '
           'excluded, as are Cheetos «Кетчуп» snacks'),
    ]),
    # wl19 breakfast for the daughter
    ('сухой завтрак nesquik, детское молочко 3.2, геркулес быстрого приготовления, творожки агуша дочке', [
        ('сухой завтрак nesquik', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Nesquik breakfast cereal in any store's offers; Пятёрочка NESQUIK «Напиток быстрораств. с какао» "
           'is a cocoa drink, not a cereal - excluded'),
        ('детское молочко 3.2', {
            "pyaterochka": ['2144368'],
            "magnit": ['1051242645', '1059990140', '8000081425', '1000172272', '1899800825'],
            "dixy": [],
            "perekrestok": ['3668953'],
        }, "children's drinking milk of exactly 3.2% (Агуша, Тёма «с 3 лет», Аммм «с 8 месяцев», Зелёная Линия "
           "«для детского питания»); ordinary milk, children's milk of 2.5%, milkshakes, kefir and baby porridges"
           ' excluded'),
        ('геркулес быстрого приготовления', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000186448', '2000604115'],
            "perekrestok": ['23772', '2122914', '3503161'],
        }, 'plain rolled oat flakes whose title says quick cooking («быстрого приготовления», «3-5 мин», «1 '
           'минута»); oat flakes without such a statement (Геркулес традиционный/Нежный/Монастырский, Ясно '
           'Солнышко №2/№3, Экстра, Nordic), «Ленивая овсянка», flavoured instant porridge sachets and ready '
           'porridges excluded'),
        ('творожки агуша дочке', {
            "pyaterochka": [],
            "magnit": ['1000564007', '8000049983', '1000177278', '1000109125', '1051242603', '1812432015',
                       '1812432014', '1812432013'],
            "dixy": [],
            "perekrestok": ['4174763', '2137027', '69726'],
        }, "Агуша children's curd of any flavour (классический, фруктовый, злаки, Засыпай-ка); other Агуша "
           "products (йогурт, ряженка, кефир, молоко) and other brands' curds excluded"),
    ]),
    # wl20 berries and fruit
    ('клубника 2 коробочки, голубика в коробочке, киви 6 штучек', [
        ('клубника 2 коробочки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ['4097821', '4183392', '3697994'],
        }, 'fresh strawberries (Перекрёсток 200 g / 450 g punnets); «2 коробочки» is a quantity; frozen, dried, '
           'in syrup, fruit mixes and strawberry-flavoured goods excluded'),
        ('голубика в коробочке', {
            "pyaterochka": [],
            "magnit": ['73557aed71', 'ab7fd3bb8a'],
            "dixy": [],
            "perekrestok": [],
        }, 'fresh blueberries in punnets (Магнит «ГОЛУБИКА» 100 g / 125 g); Перекрёсток berry mixes '
           '(голубика-малина-ежевика, ананас-клубника-голубика), blueberry-flavoured dairy and drinks excluded'),
        ('киви 6 штучек', {
            "pyaterochka": [],
            "magnit": ['48288c27b9'],
            "dixy": ['2000313184'],
            "perekrestok": ['1532', '4156364', '4177001', '4175544', '2094491', '14017', '3638652', '4322057',
                            '4104587'],
        }, 'fresh whole kiwi fruit of any kind (green, gold, red; loose or packed); «6 штучек» is a quantity; '
           'Перекрёсток «Киви мини 125г» (kiwiberry, a different fruit, outside knowledge), «Киви нарезанный '
           'кусочками», kiwi fruit mixes, kiwi confiture, Киви-киви notebooks and kiwi-flavoured goods excluded'),
    ]),
    # wl21 household goods
    ('бумага туалетная 8 рулонов, фейри для мытья посуды, мешки для мусора на 60 литров, влажные салфеточки детские', [
        ('бумага туалетная 8 рулонов', {
            "pyaterochka": [],
            "magnit": ['9a0bd598be', '6189f05c16', 'be65d013c1'],
            "dixy": [],
            "perekrestok": ['75364'],
        }, 'toilet paper in packs of 8 rolls (the count names the pack, as «ватные палочки 100 шт» in set zh); '
           'packs of 4, 6 and 12 rolls, moist toilet paper (Мон Рулон), paper towels and napkins excluded'),
        ('фейри для мытья посуды', {
            "pyaterochka": [],
            "magnit": ['d076c21852', '186ff3d636', '4cf63843e3', 'a401696a68', '514b218200', 'a8a6d84ae6',
                       'b3ebaa28e5', '8d877b13ce', 'bbb10983dd', 'd0bd1a2d49', '551d8403a9', 'df2c291ad1',
                       '7c5bd74e06'],
            "dixy": ['2000517533', '2000265727', '2000274013', '2000591971', '2000371202'],
            "perekrestok": ['4141118', '4011474'],
        }, 'every Fairy hand dishwashing liquid (any scent/size, Platinum, Pure&Clean); Fairy dishwasher tablets '
           "«All in 1 / Все в 1» and other brands' dish soaps excluded"),
        ('мешки для мусора на 60 литров', {
            "pyaterochka": [],
            "magnit": ['bf68e14036'],
            "dixy": [],
            "perekrestok": [],
        }, '60 l garbage bags (Магнит «Мешки для мусора … Био ушки 60л»); no other bin bags are offered'),
        ('влажные салфеточки детские', {
            "pyaterochka": [],
            "magnit": ['c3df2e5787', 'e5cc67293e', '47dd423390', '36ac79cfc0', 'd50c79a365', 'bd449a17ff'],
            "dixy": [],
            "perekrestok": [],
        }, "wet wipes sold as children's/baby wipes (Huggies, Pampers, Каспер «Детские»); АУРА «Солнце и луна с "
           'ромашкой» (title does not say детские), antibacterial/universal/intimate wipes, surface wipes, paper '
           'napkins and moist toilet paper excluded'),
    ]),
    # wl22 ready-made pastries
    ('медовик целый торт, пирожные картошка к чаю, эклерчики', [
        ('медовик целый торт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no whole honey cake in any store's offers; Перекрёсток «Пирожное Медовик домашний 110г» and «Пирожное"
           ' Топ Шеф Медовик 90г» are single pastries, not a whole cake, «Пирог Медовый венский» is a honey pie, '
           'not медовик - all excluded'),
        ('пирожные картошка к чаю', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000574151'],
            "perekrestok": [],
        }, 'the pastry «картошка» (Дикси «Пирожное Клер Дэлис Картошка»); glazed curd bars «Сырок … Картошка», '
           'candies «Невский Кондитер Картошка», chips «Русская картошка» and herring «к картошке» are traps'),
        ('эклерчики', {
            "pyaterochka": [],
            "magnit": ['3d3a54177f'],
            "dixy": [],
            "perekrestok": ['3977333', '78035130'],
        }, 'eclairs (Магнит Мишель «Эклер» 175 г, Перекрёсток «Эклер Есть Торт шоколадный», «Эклер шоколадный»); '
           'profiteroles and other pastries excluded'),
    ]),
    # wl23 weekly groceries: rice, tins, salad
    ('рис круглозерный 1 кг, говяжья тушенка, огурцы свежие для салата, сметана 15% баночку', [
        ('рис круглозерный 1 кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'round-grain rice is offered only in 900 g, 800 g, 500 g and 4-5 × 80-125 g packs; the written «1 кг» '
           'names the pack and is respected (as «сахар 1кг» vs 900 g in set g), so nothing is accepted; '
           'long-grain, parboiled, pilaf, sushi and brown rice would be excluded anyway'),
        ('говяжья тушенка', {
            "pyaterochka": [],
            "magnit": ['0e5a1570df', 'cdc0e084b1', '738a6cb8b8', '84ac027a5b'],
            "dixy": ['2000313236', '2000408120', 'T000000869', '2000258591', '2000192964', '2000415753', '2000220776',
                     '2000302684', '2000557431'],
            "perekrestok": ['4189729'],
        }, 'canned stewed beef (Говядина тушёная, any brand/grade/size); stewed pork, turkey and horse meat, and '
           'ready meals with beef excluded'),
        ('огурцы свежие для салата', {
            "pyaterochka": [],
            "magnit": ['a228350700'],
            "dixy": ['2000205870', '2000327957', '2000271421', '2000088660', 'ЦТ0001499'],
            "perekrestok": ['3368260', '44569', '3632205', '2098997', '3301324', '3255111', '2088998', '4072',
                            '2131726'],
        }, 'fresh cucumbers of any type (гладкие, колючие, длинноплодные, короткоплодные, Бакинские, «Хрустящие» '
           'sold by weight, fresh корнишоны «в упаковке»); pickled/salted/marinated cucumbers in jars (Шесть '
           'соток хрустящие 720 мл, Дядя Ваня, Globus, Лукашинские, бочковые…), vegetable assortments, salads and'
           ' cosmetics excluded'),
        ('сметана 15% баночку', {
            "pyaterochka": [],
            "magnit": ['1000219465', '1000461810', '8000068594', '1000253705', '1000237597', '1000553874',
                       'c90113311e', '2645f50028', 'b699c0f510', '1000082622', '1899900582', '1000372785',
                       '1000208902', '8000035449', '1000558440', '8000057502', '8000072734', '1000463648'],
            "dixy": ['2000276122', '2000220967', '2000595012', '2000024201', '2000544034', '2000411404', '2000279280'],
            "perekrestok": ['4246009', '4226994', '4320001', '4264297', '3632833', '4221356', '3634035', '4335470',
                            '29910', '3391034', '3142744', '3667086', '3651189', '3423443', '4349772', '4349771'],
        }, 'sour cream of exactly 15% (incl. из топлёных сливок and lactose-free), any pack («баночку» is a '
           'quantity); Пятёрочка «Сметана … пикантная, с чесноком» (flavoured), other fat levels and сметанный '
           'products excluded'),
    ]),
    # wl24 kindergarten treats
    ('сок сады придонья 0.2 20 шт, пряники с начинкой, мини круассаны в индивидуальной упаковке', [
        ('сок сады придонья 0.2 20 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['ЦТ0021653', 'DI00081301'],
            "perekrestok": ['4340742', '4340738'],
        }, 'Сады Придонья juices in 200 ml / 0,2 l packs (any flavour, incl. the Kids line); Сады Придонья 0,125 '
           'l, 1 l and 2 l juices, purees and porridges excluded; «20 шт» is a quantity'),
        ('пряники с начинкой', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no gingerbread title says «с начинкой» (Lucky Days/Слана шоколадные, Стойленские, Дымка с цукатами, '
           'Полёт заварные клюква, Русские Пряники с ароматом груши); a filling cannot be told from the titles, '
           'so nothing is accepted'),
        ('мини круассаны в индивидуальной упаковке', {
            "pyaterochka": [],
            "magnit": ['82f52ab2a8', '0e4d3ba41d', '3046eb3991', 'dd1f7d8587', '1060048500'],
            "dixy": [],
            "perekrestok": [],
        }, '7 DAYS «Круассан … мини» 300 g bags (the mini croissants inside are individually wrapped, outside '
           'knowledge); 7 DAYS «миди» 65 g, Lucky Days croissants 325 g (not mini), single bakery croissants of '
           'Магнит/Перекрёсток and 7 DAYS cosmetics excluded'),
    ]),
    # wl25 tea, coffee and sugar
    ('черный чай пакетированный 100 шт, кофе растворимый какой подешевле, рафинад самый дешевый', [
        ('черный чай пакетированный 100 шт', {
            "pyaterochka": ['18087', '3141303', '2070399'],
            "magnit": ['f27576dc9c', '8e34db68c9', '4c2b5b0e84', '262636efc4', '9ed6ab900f', '539736f8c3',
                       'cf54caa8df', '1305f039da', '591cd0328d', 'b411bf6170', 'c237948667', 'bd44dec0f2',
                       '79c875b985', 'f528489d63', 'a2edebfe73', '1ce117e378', '62e44aad83', '0b0945cde7',
                       '62e737f079', 'f2ec203f7f', '543ee3fdd2', 'dc9080ff20'],
            "dixy": ['2000520549', '2000520542', '2000289445', '2000568232', '2000224056', 'ЦТ0016759', '2000228472',
                     '2000262681', '2000226734', '2000295224', '2000295203'],
            "perekrestok": ['2147891', '3378336', '2147890', '3450276', '3662837', '2070399'],
        }, 'black tea in packs of 100 tea bags or pyramids (plain and flavoured black blends such as Earl Grey, '
           'чабрец, шиповник-яблоко, Tess Forest Dream «100пир»); green teas (Tess Флирт, Tess Лайм), loose tea '
           'of 100 g and packs of 20/25 bags excluded'),
        ('кофе растворимый какой подешевле', {
            "pyaterochka": ['2141879', '3291822', '3372171', '2104660'],
            "magnit": ['4f353c6d8a', '432d08fee3', 'c96912b91e', '2b03c3331f', '0386d066d3', 'c862a4391a',
                       '9e6093cedf', '405965a7e8', 'd377483cd5', '88df1b0c73', '01f9dd25ee', '63cf16639c',
                       'f843d46758', '68219df234', '6f8d803d46', 'fcd2266a66', 'e29b86ab6b', '5ed1824f2e',
                       '5937914f18', '67ebe44e72', 'eab407b5dd', '07b5ff6b13', '45760b0392', '0c262c177c',
                       '75165edd66', '9b7c8128ee', '363ac6fecd', 'cc7dfb915f', 'd84b87b448', '004ef7975d',
                       'b1359df1ea', '9b2d4e05df', '014991e9cc', '5fa65432a3', '80e9f53b5d', '31752cf6a9',
                       '0f34e2a818', '3471c4aa28', '9e786ef834', '5b6cb01bcf', '48bb241996', '479a56d4e5',
                       '3792ee999f', '6977400735', '7859a794bc', '7ed9173039', '970a83394c', '0e0d290c03'],
            "dixy": ['2000587951', '2000225117', '2000225116', '2000144529', '2000326563', 'ЦТ0000119', '2000200961'],
            "perekrestok": ['4249222'],
        }, 'instant coffee of any brand (powder, granulated, freeze-dried, «молотый в растворимом»/«с молотым»); '
           "titles without the word taken as instant where the product is (outside knowledge / the same product's"
           ' title in another chain): Jacobs Монарх Интенс 95 г, Nescafe Классик 95 г, Nescafe Gold Alta Rica, '
           'Пятёрочка Bushido original, Магнит Московская кофейня на паяхъ «Коломбо» 95 г (Пятёрочка: '
           '«растворимый, сублимированный»); ground and bean coffee (incl. Московская кофейня «Мокко» 250 г), '
           "capsules (L'OR), Жокей «Ирландские сливки» (flavoured ground), 3-in-1 and cappuccino drink mixes "
           '(Nescafe Classic кофейный напиток, Маккофе, Maxwell House, Jacobs 3в1/4в1) excluded; «какой '
           'подешевле» is a wish, not a filter'),
        ('рафинад самый дешевый', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000350151'],
            "perekrestok": ['4092763'],
        }, 'white lump refined sugar (Дикси Чайкофский «кусковой», Перекрёсток Русский Сахар «белый кусковой»); '
           'cane lump sugar (нерафинированный, тростниковый), granulated sugar (even Магнит «Сахар-песок … '
           'Рафинированный») excluded; «самый дешевый» is a wish, not a filter'),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: each list follows a line '=== wlNN ===' up to the next blank line."""
    texts = {}
    current = None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            m = re.match(r"^=== (wl\d\d) ===$", line)
            if m:
                current = m.group(1)
                texts[current] = []
            elif current is not None:
                if line == "":
                    current = None
                else:
                    texts[current].append(line)
    return {k: "\n".join(v) for k, v in texts.items()}


def check_against_blind():
    blind = blind_texts(BLIND)
    errors = []
    if sorted(blind) != ["wl%02d" % n for n in range(1, len(LISTS) + 1)]:
        errors.append("blind draft has lists %r" % sorted(blind))
    for n, (text, _) in enumerate(LISTS, 1):
        rid = "wl%02d" % n
        expected = blind.get(rid, "")
        for lid, old, new in REPLACED:
            if lid == rid:
                if expected.count(old) != 1:
                    errors.append("%s: replaced item %r not found once in the blind text" % (rid, old))
                expected = expected.replace(old, new)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_against_blind()
    stats(build(LISTS, OFFERS, OUT, "fwl"))
