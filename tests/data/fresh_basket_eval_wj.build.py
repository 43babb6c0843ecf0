#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wj.jsonl -- shopping lists of a volunteer at a small cat-and-dog shelter
(pet food, litter and cleaning supplies in bulk, plus her own groceries on the same trips), hand-labelled
against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wj.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed to a Telegram bot, and for every item the
product ids of every store that a reasonable shopper who wrote exactly that item would accept.  The lists
were written first, before any offer was read, and saved as fresh_basket_eval_wj.blind_lists.txt (never
edited afterwards); this script checks that every list text here equals the blind draft, apart from the
items recorded in REPLACED (none).  Candidate titles were grepped broadly in real_offers_g.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings) and read one by one; each item was
re-checked by listing every in-stock title matching its stem that was not accepted.  The note of each item
records what was accepted, what was deliberately left out and any judgement that rests on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in real_offers_g.jsonl
*for that store* and is in stock (``available`` true), no id is repeated within an item, every item has a
note, and the labels are exactly the list's items in order (an item is the text between commas / new
lines) -- and writes the JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats prints the
counts.  List ids are fwj01, fwj02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wj.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wj.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list id: [(item as in the blind draft, item as labelled), ...]}.  None were needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwj01 dry cat food bulk, litter, her milk/bread/sour cream
    ('корм для кошек сухой 10 кг подешевле, наполнитель древесный 2 мешка, молоко 2.5% пару пакетов, батон 1 шт, сметаны 20% баночку для себя', [
        ('корм для кошек сухой 10 кг подешевле', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'dry cat food in a 10 kg bag: the size names the pack (a bulk sack), so the 200 g-1.5 kg dry packs '
           '(Whiskas 350 g, Purina One, Perfect Fit, Felix, WINNER) are not accepted; no chain has a 10 kg sack; '
           '«подешевле» is a wish'),
        ('наполнитель древесный 2 мешка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'wood-pellet cat litter; the only litter in the offers is Магнит КЭТ СТЕП silica gel, which is not wood; '
           '«2 мешка» is a quantity'),
        ('молоко 2.5% пару пакетов', {
            "pyaterochka": [],
            "magnit": ['cfca1c1906', 'ef94b89629', '1000143306', '1812450029', '1000418036', '8000029029', '1000037901',
                       '1000445487', '1051242602', '1000563706', '1000035016', '8000058293'],
            "dixy": ['2000024178', '2000546311', '2000263555', '2000313238', '2000511374', '2000273384', '2000600212'],
            "perekrestok": ['4316451', '4250778', '4153927', '4310700', '4137916', '4244153', '3431582'],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised/UHT/sterilised, incl. Агуша children's sterilised "
           '2.5%); топлёное (Перекрёсток Зелёная Линия), ряженка «Топленое молоко», kefir 2.5% and other fat levels '
           'excluded; «пару пакетов» is a quantity'),
        ('батон 1 шт', {
            "pyaterochka": [],
            "magnit": ['a37c992f14', '7fa10b807d'],
            "dixy": [],
            "perekrestok": ['4318510', '4318511', '2065120', '4329401', '3680023', '4102687', '4329402', '4157283', '4264947',
                            '78011178'],
        }, 'loaves sold as «Батон» (нарезной, молочный, отрубной, зерновой, горчичный, «к завтраку», «Новый», '
           '«Утренний»); батончики (chocolate/muesli/fruit bars, Рот Фронт), багеты, булка «Рижская», плетёнка '
           'excluded; «1 шт» is a quantity'),
        ('сметаны 20% баночку для себя', {
            "pyaterochka": [],
            "magnit": ['30145abd36', '1000461809', '1000203662', '4221528ef6', '1000237596', '1899913371', '1000102474',
                       '1000429067', '1000574404', '1000574405'],
            "dixy": ['2000276139', '2000509714', '2000220966', '2000166052', '2000544033', '2000509715', '2000411407'],
            "perekrestok": ['4250761', '4320002', '4229625', '3632834', '4221355', '4087849', '4241375', '3629029', '3166306',
                            '4072176', '4376610', '3181748', '4095524'],
        }, "sour cream labelled exactly 20%; 10/15/25% excluded, Пятёрочка's only sour cream is 15% with garlic, "
           'РЯБА «Провансаль сметанный» is mayonnaise; «баночку» is read as one pack (titles do not state cup vs '
           'pouch), «для себя» is not a filter'),
    ]),
    # fwj02 wet dog food by the case, bin bags, bleach
    ('педигри влажный ящик\nмешки для мусора 120 л самые прочные\nбелизны 2 бутылки', [
        ('педигри влажный ящик', {
            "pyaterochka": [],
            "magnit": ['29c8e3ff37', 'b4a9c6d2c0', 'd23d6a5e3a', '4051471852', '93ddf1f29b'],
            "dixy": [],
            "perekrestok": [],
        }, 'Pedigree wet dog food (80-85 g pouches/trays, any flavour, incl. «для маленьких пород»); dry Pedigree '
           '(2.2 kg, 13 kg, puppy 2.2 kg) and Пятёрочка Pedigree Dentastix treats excluded; «ящик» (a case) is a '
           'quantity'),
        ('мешки для мусора 120 л самые прочные', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '120 l bin bags; the only bin bags in the offers are Магнит 60 l «Био ушки» (wrong size); «самые прочные» '
           'is a wish'),
        ('белизны 2 бутылки', {
            "pyaterochka": ['3413434'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '«Белизна» chlorine bleach: Пятёрочка Sanfor «гель белизна 3в1» 700 g (a Белизна-type chlorine gel, '
           'outside knowledge); ACE gel bleach, oxygen bleaches, Domestos and Sanfor «универсальный» are other '
           'products and excluded'),
    ]),
    # fwj03 kitten pâté, clumping litter, her kefir and bananas
    ('вискас для котят паштет, наполнитель комкующийся большой, кефирчика 1% пакет, бананов себе связку', [
        ('вискас для котят паштет', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Whiskas kitten pâté: not carried; Магнит Whiskas «для котят рагу с курицей» is рагу, Дикси «Whiskas '
           'Вкусные подушечки для котят» is dry, adult Whiskas pâtés are not for kittens'),
        ('наполнитель комкующийся большой', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'clumping cat litter: the only litter offered (Магнит КЭТ СТЕП) is silica gel, which does not clump'),
        ('кефирчика 1% пакет', {
            "pyaterochka": [],
            "magnit": ['1000451591', '1000563708', '1899911984', '1000166736'],
            "dixy": ['2000227476', '2000166045'],
            "perekrestok": ['4242643', '4255904', '4334308', '4328084', '4252383', '3636340', '3467794', '4263416', '2084558',
                            '3352331', '3604602'],
        }, 'kefir labelled exactly 1% incl. «Биокефир» Большая кружка; «биокефирный продукт» (Домик в деревне), '
           '«кефирный продукт», «Bio Баланс биопродукт кефирный» and the clubnika «кефирный коктейль» excluded; '
           '«пакет» read as one pack (bottles not excluded: titles do not say)'),
        ('бананов себе связку', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['10E0074360'],
            "perekrestok": ['3652283', '4625', '2084703'],
        }, 'fresh bananas incl. «Бананы Био» and «Бананы красные» (a banana variety); «Бананы для жарки» (plantains, '
           'outside knowledge), dried bananas, banana sweets and flavoured goods excluded'),
    ]),
    # fwj04 sterilised-cat food, gloves, Domestos, her eggs
    ('корм для стерилизованных кошечек, перчатки резиновые для уборки, доместос 2 шт, яичек десяток себе', [
        ('корм для стерилизованных кошечек', {
            "pyaterochka": [],
            "magnit": ['022e1cb063', '5475a65fae', '932c94424e', '5f2c27349b', '082e5a8772', '5ac79c1445', '81960a917d'],
            "dixy": [],
            "perekrestok": [],
        }, 'any cat food whose title says «для стерилизованных» (Perfect Fit wet pouches, Purina One dry 680 g/750 '
           'g/1.5 kg); other adult, kitten and sensitive-digestion foods excluded'),
        ('перчатки резиновые для уборки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'household rubber gloves: none in the offers'),
        ('доместос 2 шт', {
            "pyaterochka": [],
            "magnit": ['ffbf84b458', 'b36a2da83b', '2750dd6add', '258e844027', 'ae9c88f524', '45a638f00b', 'e407eb3e87',
                       '84c700d8bb', 'a961e8e2cb'],
            "dixy": [],
            "perekrestok": [],
        }, 'brand without a product word = the classic Domestos cleaning gel/liquid bottle (all «универсальное» 750 '
           'ml/1.5 l variants incl. Эко); the Domestos spray 500 ml and the toilet rim block are other products and '
           'excluded; «2 шт» is a quantity'),
        ('яичек десяток себе', {
            "pyaterochka": [],
            "magnit": ['3454700001', '2047000007', '2047000014', '2047000033', '1000247393', '1000247190', 'e5202b5cfd',
                       '1000247378', '1000247384', '1000247234', '1a8d487cea'],
            "dixy": ['2000588991', '2000326489', '2000596671', '2000269323', '2000269325', '2000212529', '2000238733',
                     '2000284425', '2000139399', '2000601652', '1041042135'],
            "perekrestok": ['4201192', '4201194', '4168688', '4339427', '4364349', '3392204', '4337164', '4352464', '3356111',
                            '3432532', '2131762', '3421287', '3914040', '3001671', '4236458', '3355250', '2109476', '4085791',
                            '2131763', '4012802', '4085790', '4085792', '3182856', '3182853'],
        }, 'chicken eggs in packs of 10, any class (С0/С1/С2/отборные/высшей категории); packs of 6/15/20/30, quail '
           'eggs and smoked quail eggs excluded'),
    ]),
    # fwj05 Chappi sack, rice, sausages, sponges
    ('чаппи сухой 15 кг, рис круглозерный 2 пачки, сосисок молочных, губок для посуды упаковку 10 шт', [
        ('чаппи сухой 15 кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Chappi dry dog food in a 15 kg bag: no Chappi in the offers (and no 15 kg sack of any brand)'),
        ('рис круглозерный 2 пачки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000219612', '2000292827', '2000180350', 'ЦТ0042579', 'DI00079260', '2000282743'],
            "perekrestok": ['4332035', '3674360', '3603169', '3231277', '3469128', '3469127'],
        }, 'white rice whose title says round-grain («круглозерный/круглозёрный/круглозернистый», Дикси «Рис '
           'круглый»), any pack incl. 5×80 g boil-in-bags; long-grain, parboiled, jasmine, basmati, plov, sushi '
           'rice, Бальдо/Адриатика and Агро-Альянс «Экстра»/«кубанский» (grain shape not stated), rice+millet mixes '
           'excluded; «2 пачки» is a quantity'),
        ('сосисок молочных', {
            "pyaterochka": ['16676bb3f8'],
            "magnit": ['b2525e4143', 'f72f36dddd', '1752cd8c83', 'c890078deb'],
            "dixy": ['2000300143', '2000322511', '2000125037', '2000602632', '2000572752', '2000600471'],
            "perekrestok": ['3416253', '3464086', '3390152', '4276248', '4329781', '3198697', '4175216', '4100629'],
        }, 'sausages named «Молочные» (any maker/category, incl. ИНДИЛАЙТ «Молочные из индейки» — the meat was not '
           'specified); Вязанка «Молокуши», Окраина «с натуральным молоком», сливочные and other sausages excluded'),
        ('губок для посуды упаковку 10 шт', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'dish sponges in a pack of 10 (the count names the pack): the only sponges are Магнит «Макси, 5шт.», '
           'excluded'),
    ]),
    # fwj06 Friskies, Felix in jelly, her cottage cheese
    ('фрискас сухой, felix в желе, творога 9% пачку', [
        ('фрискас сухой', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Friskies dry cat food: no Friskies in the offers'),
        ('felix в желе', {
            "pyaterochka": [],
            "magnit": ['bbcc3f6e2b', 'd08035f21d', '860a44990e', 'bceeba235b', 'b357a754b6', '238c0d6220', '5389501',
                       '5389101', '5168341', '2586581', '2586751', '2586561', '4b45bf5084', 'ba1a288ef8', 'f46b40c2dc',
                       '9f6054f9aa', 'e615cc80e5', '159c859f66', 'bbcb5d5f30', '258ae7de32', '9bf8b5b90c', '5362361',
                       '2586591', '5c2b5eca31', '5e3ba75210', '0aa722ea47', 'c44cca57cb'],
            "dixy": ['2000325835'],
            "perekrestok": ['4249859'],
        }, 'Felix wet food in jelly: every title saying «желе», plus the «Аппетитные кусочки» (adult and kitten) and '
           'wet «Двойная вкуснятина» pouches, which are the jelly lines (outside knowledge, title does not say '
           '«желе»); Sensations «соус», «Мясные ломтики», «суп», dry Felix and the unnamed-line 85 g pouches (form '
           'not stated) excluded'),
        ('творога 9% пачку', {
            "pyaterochka": [],
            "magnit": ['3d536f7add', '93ff6e854f', '18fc386178', '57c16fad2a', '1000386975', '0cfee9df84', '1000122024',
                       '1000530486', '1000426470', '1000426465', '1000448252', '8000055235'],
            "dixy": ['2000423589', '2000567931', '2000566980', '2000266304', '2000569975', '2000568076', '2000280850',
                     '2000564413', '2000312025'],
            "perekrestok": ['4249286', '4249279', '4153929', '4129495', '4299497', '3192865', '4294087', '3487310'],
        }, 'cottage cheese (творог, incl. рассыпчатый, пластовой, Зелёная Линия «Зернышко») labelled exactly 9%; 5% '
           "and other fats, children's fruit curds, творожки and «творожный сыр» excluded; «пачку» is a quantity"),
    ]),
    # fwj07 Purina One sterilised, floor cleaning, her butter
    ('пурина ван для стерилизованных\nсредство мыть полы\nтряпки половые\nсливочного масла 82.5 две пачки', [
        ('пурина ван для стерилизованных', {
            "pyaterochka": [],
            "magnit": ['5f2c27349b', '082e5a8772', '5ac79c1445', '81960a917d'],
            "dixy": [],
            "perekrestok": [],
        }, 'Purina One for sterilised cats (dry 680 g, 750 g, 1.5 kg); other Purina One lines (indoor, sensitive, '
           'kitten, dog) excluded'),
        ('средство мыть полы', {
            "pyaterochka": [],
            "magnit": ['9851df55cf', '18d07f098b', 'ae95ec9c5b', 'cac8e32a0f', '494fcd17ad', 'dc08e0632c', '119c855478',
                       '69f4fcf56c', '789291ba7a', 'ff7b4707dc'],
            "dixy": ['2000001041'],
            "perekrestok": [],
        }, 'floor-cleaning liquids whose title names floors («Средство для мытья пола» BIOMIO, SYNERGETIC, ГРАСС, '
           'SANFOR; Mr.Proper «для полов и стен», incl. «Питомцы»; LYSOL «д/пола/поверх» 450/850 ml); Mr.Proper '
           '«Моющее средство Лимон/роза» (floors not stated), Mr.Proper sprays, window, toilet and universal '
           'cleaners excluded; Пятёрочка and Перекрёсток carry none'),
        ('тряпки половые', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'floor cloths: none in the offers'),
        ('сливочного масла 82.5 две пачки', {
            "pyaterochka": ['3026226'],
            "magnit": ['6b22928df7', '1000084229', '1000312970', '1000026602', '1000458136', '86326346d1', '1000433642',
                       '1000151122', '8000045816', '1000521208', '4fc2d8c8ad', '1000070643', '1899900309', '1000566266'],
            "dixy": ['2000186964', '2000575412', '2000604391', '2000588791', '2000509906', '2000581831', 'DI00080070',
                     '2000602271', '2000605413', '10J0079578'],
            "perekrestok": ['3654551', '4175276', '3999749', '3413519', '3643092', '34890', '3628337', '4260609', '3026226',
                            '4113532', '3434127', '3612778', '4310021', '4055506', '86149', '3369241', '3698785', '3287314',
                            '3396544', '3657363', '4292462', '4343792', '3699369', '3953367', '4196090', '4135603', '3922315'],
        }, 'butter labelled exactly 82.5% (сливочное/сладкосливочное, any pack, incl. lactose-free Тысяча Озёр); '
           'butter labelled 82% (JALO KERMA, Арла, Киприно, Молочный знак, Natura, President), 72.5%, chocolate '
           'butter and spreads excluded; «две пачки» is a quantity'),
    ]),
    # fwj08 silica litter, beef dog food, pasta
    ('силикагелевый наполнитель, корм для собак с говядиной, макарошек подешевле', [
        ('силикагелевый наполнитель', {
            "pyaterochka": [],
            "magnit": ['eaad0805c2'],
            "dixy": [],
            "perekrestok": [],
        }, 'silica-gel cat litter: Магнит КЭТ СТЕП 1.8 kg'),
        ('корм для собак с говядиной', {
            "pyaterochka": [],
            "magnit": ['635a090395', 'a3b4a1cd4c', '5f419d7ce3', 'd79df2ed60', 'd043b38106', 'b4a9c6d2c0', '4051471852',
                       '93ddf1f29b', '090a3c20bc', 'a5b655c85c'],
            "dixy": ['2000372875', '2000325848'],
            "perekrestok": ['4066610', '4282949'],
        }, 'dog food (wet or dry) whose title names beef (Pedigree, Purina One Mini, Cesar), plus WINNER «с '
           'телятиной» (veal = beef of calves, outside knowledge); poultry/lamb/fish-only dog foods, puppy food, '
           'TiTBiT «Говядина по-строгановски» (a treat, outside knowledge) and cat foods excluded'),
        ('макарошек подешевле', {
            "pyaterochka": ['94425', '2049747', '94429', '94430'],
            "magnit": ['e60106f6b1', '2c49a7a5d2', '7d3bf66fd0', '6e98aa8b36', '367d4ecfc8', 'f20a2d2027', '5296e76f4b',
                       '3578fbe574', 'c058112781', '9332b0bf64', '7e1d66d2df', '54953eed21', 'eb8a3570e8', '8ec199aafc',
                       '6d2462031e', '06594d00ff', '3bb34798f6', '61313f9ca5', '4cae925c1a', '3563bce441', 'bcb882d827',
                       '0facf2dd98', '811f1a2896'],
            "dixy": ['2000224712', '2000280926', '2000320175', '2000016649', '2000590812', '2000302407', 'ЦТ0046806',
                     'T000015331', 'ЦТ0046807', 'ЦТ0046808', '2000002143', '2000347024', 'T000015329', 'ЦТ0021284',
                     '2000573915', '2000575212', '2000588314', '2000544352', '2000411998', '2000004708', '2000005384',
                     '2000005385', '2000005386', '2000418252', '2000288871', '2000288865', '2000572794', '2000437863',
                     '2000572792', '2000349519', '2000299086'],
            "perekrestok": ['3446522', '82761', '3501218', '3435295', '4360107', '52306', '62190', '4199587', '4266382',
                            '4300500', '4274091', '4274093', '4274071', '4329570', '4329571', '4340660', '4328907', '4340661',
                            '4336730', '4340662', '82772', '82766', '3435300', '3501222', '3435299', '3501219', '4117154',
                            '4273869', '4273871', '4347044', '3623096', '82760', '3501223', '3435297', '4273870', '4117174',
                            '4273872', '4117113', '4117157'],
        }, 'any dry wheat pasta shape (spaghetti, рожки, перья, спирали, вермишель, звёздочки, ракушки, гнёзда, '
           'risoni, птитим, tagliatelle, vegetable-coloured pasta, Роллтон «с оливковым маслом» dry pasta); noodles '
           '(«лапша» incl. Макароны ВЕРОНИ/АИДА «Лапша», лагманная, бесбармачная, egg noodles, soba, funchoza, '
           'instant), lasagne sheets, gluten-free pea/corn-rice/buckwheat pasta, ready dishes (по-флотски, лазанья) '
           'and chechil «спагетти» cheese excluded; «подешевле» is a wish'),
    ]),
    # fwj09 Sheba pouches, puppy food, chicken necks
    ('паучи шеба, корм для щенков сухой, куриные шейки 2 кг', [
        ('паучи шеба', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000537995'],
            "perekrestok": [],
        }, 'Sheba wet cat food: Дикси «Sheba Ломтики в соусе Форель и креветки 75г», taken as a pouch (the 75 g '
           'Sheba «Ломтики» line is sold in pouches, outside knowledge)'),
        ('корм для щенков сухой', {
            "pyaterochka": [],
            "magnit": ['cda7970ddc'],
            "dixy": [],
            "perekrestok": [],
        }, 'dry puppy food: Магнит Pedigree «для щенков всех пород» 2.2 kg; adult dog food excluded'),
        ('куриные шейки 2 кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'raw chicken necks: none in the offers (only beef neck cuts at Перекрёсток, excluded); «2 кг» is the '
           'quantity wanted'),
    ]),
    # fwj10 wet wipes, bin bags, chlorine, her tea
    ('влажные салфетки большую пачку, мешков для мусора 60 л рулон, хлорку, чаю черного в пакетиках 100 шт', [
        ('влажные салфетки большую пачку', {
            "pyaterochka": [],
            "magnit": ['337392b1b2', '4655517315', 'bd449a17ff', '667fad1c9c', '73ec40a66f'],
            "dixy": [],
            "perekrestok": [],
        }, 'wet wipes in a big pack, taken as 72 wipes or more (LA FRESH 120, КАСПЕР 120, АКАДЕМИЯ КОМФОРТА 80, АУРА '
           '72, САЛФЕТИ 72); packs of 15-56 (incl. Pampers/Huggies baby packs), AURA surface wipes 24 and intimate '
           'wipes excluded; dry tissues and napkins excluded'),
        ('мешков для мусора 60 л рулон', {
            "pyaterochka": [],
            "magnit": ['bf68e14036'],
            "dixy": [],
            "perekrestok": [],
        }, '60 l bin bags: Магнит «Био ушки 60л, 20шт.» (roll not stated; bin bags are sold on rolls)'),
        ('хлорку', {
            "pyaterochka": ['3413434'],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '«хлорка» = chlorine bleach: Пятёрочка Sanfor «гель белизна» (Белизна-type chlorine gel, outside '
           'knowledge); Domestos/Sanfor universal cleaners, toilet blocks «с хлором» and oxygen bleaches are other '
           'products and excluded'),
        ('чаю черного в пакетиках 100 шт', {
            "pyaterochka": ['18087', '3141303', '2070399'],
            "magnit": ['f27576dc9c', '8e34db68c9', '262636efc4', '539736f8c3', '1305f039da', 'c237948667', '79c875b985',
                       'f528489d63', '1ce117e378', '62e44aad83', '0b0945cde7', '62e737f079', 'f2ec203f7f'],
            "dixy": ['2000520549', '2000289445', '2000568232', '2000224056', '2000295224'],
            "perekrestok": ['3378336', '2147890', '3662837', '2070399'],
        }, 'unflavoured black tea in packs of 100 bags (titles «100 пакетиков», «100х2г», «ярл.100х2г»); flavoured '
           'black teas (Earl Grey/bergamot, чабрец, Tess Pleasure/Forest Dream/Сиеста, Greenfield Spring Melody), '
           'green tea, loose tea and packs of 25/120 bags excluded'),
    ]),
    # fwj11 canned dog food, oats, stewed beef, sugar
    ('консервы для собак с мясом, геркулес две пачки, тушенку говяжью 4 банки, сахару 5 кг', [
        ('консервы для собак с мясом', {
            "pyaterochka": [],
            "magnit": ['29c8e3ff37', 'b4a9c6d2c0', 'd23d6a5e3a', '4051471852', '93ddf1f29b', 'd79df2ed60', 'e2d41a7149',
                       'd043b38106', 'd807de44a4', 'c10a3d762f'],
            "dixy": ['2000575411', '2000337213', '2000372875'],
            "perekrestok": ['4066610', '4282949', '4282950'],
        }, 'wet dog food with meat or poultry (Pedigree, Purina One Mini, Cesar pouches/trays, taken as «консервы»); '
           'fish-based Purina One «лосось», dry food, treats (TiTBiT, WINNER, Dentastix) and cat food excluded'),
        ('геркулес две пачки', {
            "pyaterochka": [],
            "magnit": ['8a13df6c91', '7e4e5763f5', '1fbd6e427e'],
            "dixy": ['2000222892', '2000002160', '2000219614', '2000186448', '1041032607', 'DI00078791', '2000604115',
                     '2000601251', '2000005395'],
            "perekrestok": ['4157124', '4005492', '4355178', '9056', '27919', '2105514', '3933387', '3421663', '23772', '6752',
                            '4321219', '24926', '2122914', '2122915', '2122919', '3503161', '3469028', '3469027', '4078263'],
        }, 'plain rolled oat flakes («Геркулес» or any «хлопья овсяные», incl. quick-cooking, Ясно Солнышко №1-3, '
           'Nordic, gluten-free, naked-oat); flavoured instant porridge sachets, flakes with berries/seeds, cut '
           'oats, oat drinks/cookies and ready porridges excluded; «две пачки» is a quantity'),
        ('тушенку говяжью 4 банки', {
            "pyaterochka": [],
            "magnit": ['0e5a1570df', 'cdc0e084b1', '738a6cb8b8', '84ac027a5b'],
            "dixy": ['2000313236', '2000408120', 'T000000869', '2000258591', '2000192964', '2000415753', '2000220776',
                     '2000302684', '2000557431'],
            "perekrestok": ['4189729'],
        }, 'canned stewed beef («Говядина тушеная»); pork, turkey, horse meat stews and stewed cabbage excluded; «4 '
           'банки» is a quantity'),
        ('сахару 5 кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000214172'],
            "perekrestok": [],
        }, 'white granulated sugar in a 5 kg pack (the size of a packaged good names the pack, as «сахар 1кг» in set '
           'g): Дикси «Сахар-песок фасованный белый, 5 кг»; 0.5-1 kg packs, lump/pressed, cane, coconut and vanilla '
           'sugar excluded'),
    ]),
    # fwj12 fish cat food, dish soap can, her zefir
    ('кошачий корм с рыбой, средство для посуды 5 л, зефира к чаю', [
        ('кошачий корм с рыбой', {
            "pyaterochka": [],
            "magnit": ['92c1566d7e', '55b04b68ba', '860a44990e', '4f374f40d8', 'e615cc80e5', '159c859f66', '0aa722ea47',
                       '1bc3a52946', '5167901', '5168351', '5257221', '4907631', '25a38e6577', '2493371', '2586731',
                       '2586641', '2586661', '5ac79c1445', '81960a917d'],
            "dixy": ['2000539213', '2000537995', '2000604092'],
            "perekrestok": ['4083864'],
        }, 'adult cat food (wet or dry) whose title names a fish (лосось, треска, форель, тунец, «рыба»), also when '
           'mixed with shrimp or chicken; Whiskas «Аппетитный микс креветки» (shrimp only), dog food and kitten food '
           'excluded'),
        ('средство для посуды 5 л', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'dish-washing liquid in a 5 l can: none; the largest is Магнит SYNERGETIC 3.5 l (the size names the '
           'pack), 450 ml-1.35 l bottles excluded'),
        ('зефира к чаю', {
            "pyaterochka": ['3681423', '3624914', '3416715'],
            "magnit": ['1000354755', '44889a6882', 'd36e332be7', '3fbb186d83', '3ff40fc3af', '0b2c20ca98', '4ea7ba519e'],
            "dixy": ['2000561712', '2000561711', '2000601891'],
            "perekrestok": ['3423621', '3688339'],
        }, 'зефир of any flavour, plain or in chocolate (incl. Пастухов «Зефир молочный в бельгийском шоколаде»); '
           'маршмеллоу and пастила excluded; «к чаю» is a purpose'),
    ]),
    # fwj13 cheapest litter, pads, Kitekat, her apples
    ('наполнитель для кошачьего туалета самый дешевый\nпеленки впитывающие 60х90\nкитекат\nяблочки', [
        ('наполнитель для кошачьего туалета самый дешевый', {
            "pyaterochka": [],
            "magnit": ['eaad0805c2'],
            "dixy": [],
            "perekrestok": [],
        }, 'any cat litter: the only one offered is Магнит КЭТ СТЕП silica gel 1.8 kg; «самый дешевый» is a wish'),
        ('пеленки впитывающие 60х90', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'absorbent pads 60×90: none in the offers'),
        ('китекат', {
            "pyaterochka": [],
            "magnit": ['4907641', '4907621', '4907651', '4907631'],
            "dixy": [],
            "perekrestok": ['3496906'],
        }, 'brand alone = Kitekat cat food, all variants (85 g wet pouches)'),
        ('яблочки', {
            "pyaterochka": [],
            "magnit": ['18871c6e60'],
            "dixy": ['10E0074363', '10E0076186', '10E0076185', '2000499049'],
            "perekrestok": ['48645', '99994', '3366336', '3366339', '4047904', '4039875', '4194479', '4152138', '4194477',
                            '3366324', '4152181', '4097665', '3366327', '4097664', '4258744', '3366346', '3980656', '4287238',
                            '4374590', '4381176', '4271017', '4381173', '3366344', '4047903', '79341', '77001777', '4381179',
                            '3171926', '2168511', '81962', '4208423', '4194478', '4152180', '4047567', '3283268', '4194480',
                            '3616014', '3639577', '4342539', '4341473', '4286927', '4258743', '3356276'],
        }, 'fresh apples of any variety, loose or packed; juices, nectars, purées, dried apple, apple '
           'desserts/curds/teas and the grape-apple-strawberry mix excluded'),
    ]),
    # fwj14 Royal Canin kitten, her cream/coffee/lemons
    ('роял канин для котят, сливок 10% для кофе, кофейку молотого, лимонов пару', [
        ('роял канин для котят', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Royal Canin kitten food: no Royal Canin in the offers (the «Royal»/«Роял» hits are tea, whisky, '
           'chocolates, soft drinks)'),
        ('сливок 10% для кофе', {
            "pyaterochka": [],
            "magnit": ['1000506066', '913cd14db9', '1899911837', '1000128456', '1000144079', '1000537609', '3201860040',
                       '1000052910', '1000456519', '1000461011', '1000006089'],
            "dixy": [],
            "perekrestok": ['68419', '4271735', '4267108', '3431574', '44849'],
        }, 'drinking cream labelled exactly 10% (UHT or sterilised, bottles and 10×10 g portion creamers); 11%, 20%, '
           '33%, whipped cream and coffee-creamer powders excluded; «для кофе» is a purpose'),
        ('кофейку молотого', {
            "pyaterochka": ['3607723', '1e481d9846'],
            "magnit": ['2700f5e3b1', 'be3079e158', 'f32af3a996', 'f083873ce2', 'bf33a13d25', '0fe86f8472', 'a6281deb0c',
                       '76b0197955', '80d20f5714', '3bb33c0c9e', '97373908ef', '4522417a72', '79b9a44edb', '8d3366ce51',
                       'a2b0f72440', '46bb6aa6cb', '8269b24f19', '7046b50e4e', '222418c5e4', 'ab6f2df0cf', 'c2e5e0f5ec',
                       '7d84ba5b6e', 'a46592e215'],
            "dixy": ['2000277619', '2000056820', '2000228092', '2000303593', '2000054819', '2000186346', '2000183725',
                     '2000193927', '2000267720', '10E0076694', '2000362026', '2000582491', '2000263796', '2000574432',
                     '2000546071', '2000568376', '2000557192', '2000557193', '2000605231', '2000235411', '2000604152',
                     '2000552471'],
            "perekrestok": ['4058107', '3965705', '4108341', '4345202', '4345201', '4340948', '4325139', '3395340', '4150051',
                            '3395339', '3689956', '4166073', '4166074', '2147872', '4320251', '4320252', '72112', '72110',
                            '3606929', '3612036', '4129183', '4122814', '4347224', '4291307', '4315506', '4351047', '4253960',
                            '4295649', '4261915', '4261911', '4262483', '6944', '4342549', '4332738', '3171130', '29278',
                            '3644175', '4261910'],
        }, 'loose roasted ground coffee («молотый», «мол», Пётр Великий «Императорский помол», Магнит Жокей '
           '«По-восточному» which Перекрёсток titles as молотый — outside knowledge); instant «молотый в '
           "растворимом»/«с молотым», beans, capsules and pods (L'OR 52 g = 10 capsules, outside knowledge; "
           'Tassimo), single-serve sachets/drip and filter bags (Coffesso 5×9 g, Verle, Маркет Collection), '
           'flavoured Jardin «Синнамон Кейк»/Жокей «Ирландские сливки» and Московская кофейня «Мокко» 250 g (form '
           'not stated) excluded'),
        ('лимонов пару', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['10E0074364'],
            "perekrestok": ['1536', '3677353', '3148269', '49780'],
        }, 'fresh lemons; lime-lemon mix, ginger-lemon set, lemon-flavoured goods excluded; «пару» is a quantity'),
    ]),
    # fwj15 paper towels, toilet paper, powder, her pelmeni
    ('полотенец бумажных, туалетную бумагу 12 рулонов, порошок стиральный 9 кг, пельмешек пачку', [
        ('полотенец бумажных', {
            "pyaterochka": [],
            "magnit": ['84553e2983', '4079668ed1', '1782e40b42', '16ad542324', '32a9e59c4b', '2616a9cbe3', 'ce24df13d2'],
            "dixy": [],
            "perekrestok": [],
        }, 'kitchen paper towels on rolls, any brand/ply/count; facial tissues and napkins excluded'),
        ('туалетную бумагу 12 рулонов', {
            "pyaterochka": [],
            "magnit": ['e9a925895a', '939f14debe', '013f5191a0', '2300103434'],
            "dixy": [],
            "perekrestok": [],
        }, 'toilet paper in packs of 12 rolls (the count names the pack); packs of 4/6/8 and moist toilet paper '
           'excluded'),
        ('порошок стиральный 9 кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'washing powder in a 9 kg bag: none (largest 6 kg Ariel/Persil, excluded: the size names the pack)'),
        ('пельмешек пачку', {
            "pyaterochka": ['b2a466763c'],
            "magnit": ['805cabf639', 'f95b2d1678', 'feeac8f3fa', '66c111d7a2', '22f7803aca', 'd6fdebf3e4', 'dabbb02c05',
                       'f4f41d5103', '72632b1f85'],
            "dixy": ['2000596852', '2000596851', '2000282673', '2000558274', '2000318344', '2000411354', '2000565192'],
            "perekrestok": ['3905172'],
        }, 'frozen пельмени of any filling incl. Горячая штучка «Бульмени» (Пятёрочка titles them «Пельмени '
           'Бульмени») and Четверг fish pelmeni; вареники, манты, хинкали excluded'),
    ]),
    # fwj16 offal and oats for the dogs, potatoes
    ('куриные желудки, печенки говяжьей кило, овсянку, картошки', [
        ('куриные желудки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'raw chicken gizzards: none in the offers'),
        ('печенки говяжьей кило', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['2000310966'],
            "perekrestok": [],
        }, 'raw beef liver: Дикси «Печень говяжья «Диета» замороженная» (frozen raw); cod liver, pâtés, baby purées '
           'excluded; «кило» is the quantity'),
        ('овсянку', {
            "pyaterochka": [],
            "magnit": ['8a13df6c91', '7e4e5763f5', '1fbd6e427e'],
            "dixy": ['2000222892', '2000002160', '2000219614', '2000186448', '1041032607', 'DI00078791', '2000604115',
                     '2000601251', '2000005395'],
            "perekrestok": ['4157124', '4005492', '4355178', '9056', '27919', '2105514', '3933387', '3421663', '23772', '6752',
                            '4321219', '24926', '2122914', '2122915', '2122919', '3503161', '3469028', '3469027', '4078263',
                            '10234', '4048818', '3921920'],
        }, 'plain oatmeal for cooking: oat flakes of any kind plus Перекрёсток Myllyn Paras «Каша овсяная» 500 g, '
           '«Овсянка Vila Natura Био» and «Овсянка Лакоме резаная» (plain oats); flavoured instant sachets, baby '
           'cereals, ready-made porridges, oat drinks, cookies and chocolate excluded'),
        ('картошки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['ЦТ0028521', '2000582631', '2000003215', '2000321309'],
            "perekrestok": ['769', '2083095', '4265670', '3987', '4342860', '3142878', '3142879', '3074469', '43968', '3092450'],
        }, 'fresh potatoes (loose, washed, packed, baby, for boiling/frying); sweet potato (батат), frozen fries, '
           'boiled/fried potato dishes, crisps and «Картошка» sweets excluded'),
    ]),
    # fwj17 dog treats, her black bread and sausage
    ('лакомство для собак, буханку черного себе, докторской колбаски', [
        ('лакомство для собак', {
            "pyaterochka": ['3378084'],
            "magnit": ['08d7984b23', 'c407935d3c', '6c0dc1c742'],
            "dixy": ['2000591857'],
            "perekrestok": [],
        }, 'dog treats: Pedigree Dentastix, WINNER «Лакомство для собак», TRIOL «Снэк … Кость из жил», TiTBiT '
           '«Говядина по-строгановски» (a TiTBiT treat, outside knowledge); dog food, toys and repellents excluded'),
        ('буханку черного себе', {
            "pyaterochka": [],
            "magnit": ['54f3720614'],
            "dixy": [],
            "perekrestok": ['4149554', '3382146', '4329404', '3974719', '3126329', '3974720', '4074396', '3627134', '4148558',
                            '3658457', '2060872', '4276930', '3953836', '3631465', '3624125', '2000243', '3617422', '4354623',
                            '4164733', '2053660', '3965436', '78034786', '4361611', '78034810', '3931337'],
        }, '«чёрный» = rye or rye-wheat bread loaves: titles saying ржаной/ржано-пшеничный, Бородинский, Дарницкий, '
           'pumpernickel, plus Магнит «Хлеб ДАНИЛОВСКИЙ» (Перекрёсток titles the same bread «ржано-пшеничный»); '
           '«Ржаной Край» (a brand), Столичный/Ароматный/Двинский/Боярский/Ржевский (rye content not stated), raisin '
           'bread, rye garlic baguette, crispbreads and wheat breads excluded'),
        ('докторской колбаски', {
            "pyaterochka": ['3636156'],
            "magnit": ['4204e62e10', '892b23214a', '0406a2a7ef', '352b78741a', 'c9c2b3f600', '89c39c317d', 'fa414b5a8d',
                       '47bbbb5374', 'fa236141ca', '233ff452a9', '6e16b1777a', '80689e53b3', '0505750ecb'],
            "dixy": ['2000404595', '2000556092'],
            "perekrestok": ['4312573', '3385812', '2170372', '3434232'],
        }, 'boiled «Докторская» sausage of any maker, piece or sliced (incl. Царицыно «Докторская Особая»); '
           'Рублёвский «Докторские» sausages (сосиски) excluded'),
    ]),
    # fwj18 vinegar, soda, laundry soap, her chocolate
    ('уксуса 9% бутылку, соды пищевой, мыла хозяйственного, шоколадка горькая', [
        ('уксуса 9% бутылку', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'table vinegar 9%: none (Перекрёсток has only grape vinegar 6%, excluded)'),
        ('соды пищевой', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['DI00078505'],
            "perekrestok": [],
        }, 'baking soda: Дикси «Сода пищевая, 500 г»; baking powder and soda-based dish soap excluded'),
        ('мыла хозяйственного', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'laundry soap bar (хозяйственное мыло): none; toilet and bath soaps excluded'),
        ('шоколадка горькая', {
            "pyaterochka": ['16430', '16432', '3197262', '3067338', '45557', '4024716'],
            "magnit": ['2b68a42ddd', '2c5c666697'],
            "dixy": ['2000001818', '2000593171', '2000227778', '2000326210', '2000220298', '2000326212', '2000578351',
                     '2000328569', '2000325968'],
            "perekrestok": ['4334741', '4182941', '4182942', '4313144'],
        }, 'bars of bitter chocolate: titles saying «горький» (any additions, fillings, on honey) or stating ≥ 65% '
           'cocoa (Бабаевский элитный 75%, Jean Rene тёмный 68%); «тёмный» without a cocoa value (Alpen Gold, '
           'Бабаевский, Коммунарка, Ritter Sport, Lindt с апельсином) excluded'),
    ]),
    # fwj19 senior cat food, wet cat food by the case, her yoghurt and tomatoes
    ('корм для пожилых кошек, кошачьи консервы ящиком, йогурт себе без сахара, помидорок', [
        ('корм для пожилых кошек', {
            "pyaterochka": [],
            "magnit": ['2493411'],
            "dixy": [],
            "perekrestok": [],
        }, 'senior cat food: Магнит Whiskas «старше 7 лет»; other adult cat foods excluded'),
        ('кошачьи консервы ящиком', {
            "pyaterochka": [],
            "magnit": ['92c1566d7e', 'cbfaedea0b', 'bbcc3f6e2b', 'd08035f21d', '860a44990e', 'bceeba235b', 'b5120b46c3',
                       '54a53edec1', '4f374f40d8', '0adb281b8b', '4b45bf5084', 'ba1a288ef8', 'f46b40c2dc', '9f6054f9aa',
                       'e615cc80e5', '159c859f66', 'bbcb5d5f30', '258ae7de32', '5c2b5eca31', '5e3ba75210', '0aa722ea47',
                       'c44cca57cb', 'bf4253574e', '3d18463c21', '8555865978', 'b357a754b6', '238c0d6220', '5178631',
                       '5168331', '5167911', '5227421', '5389501', '5178641', '5167901', '5168351', '5252471', '5389101',
                       '5257221', '5168341', '4907641', '4907621', '4907651', '4907631', '4a4b946ca6', 'eeb0d50af5',
                       '022e1cb063', '5475a65fae', '932c94424e', 'd50e8152be', '2541891', '2493341', '2493311', '2493431',
                       '2541881', '2493691', '2493331', '2541861', '2493371', '2493411', '2586581', '2586551', '2586671',
                       '2586791', '2586691', '2586751', '2586741', '2586731', '2586641', '2586681', '2586561', '2586511',
                       '2586621', '2586661', '2586701'],
            "dixy": ['2000539213', '2000571853', '2000537995', '2000424138', '2000373777', '2000325835', '2000325855',
                     '2000325836', '2000604092', '2000424149'],
            "perekrestok": ['3496906', '4002291', '4002293', '4249859', '4083864'],
        }, 'wet food for adult cats (pouches, trays and cans taken as «консервы»); kitten food, dry food (incl. '
           'Whiskas «Паштет с говядиной 1,9кг», a dry «подушечки» pack by size, outside knowledge), Felix «суп» (a '
           "complementary soup) and Магнит's bare «Корм для кошек» (form not stated) excluded; «ящиком» is a "
           'quantity'),
        ('йогурт себе без сахара', {
            "pyaterochka": ['8487', '0f0e8e4bd1'],
            "magnit": ['02e2bec94a', '67fc9c08f6', '8000033680', '8000033684', '8000033679', '8000033677', '8000033683',
                       '1000181497', 'dafd7c4dc4', '8000087572', '1000470924', '1000380540', '555ec5242d'],
            "dixy": ['2000537895', '2000571724', '2000585835', '2000596134', '2000366091', '2000297751', '2000569034',
                     '2000253975', '2000330341', '2000330336'],
            "perekrestok": ['4246013', '4264817'],
        }, 'yoghurts whose title says «без сахара» (incl. fruit Актибио/Активиа «без сахара») and plain '
           'natural/Greek/classic yoghurts without flavour (taken as unsweetened, outside knowledge: '
           'Activia/Epica/АктиБио «Натуральный», Lactica/Epica/Neo/Простоквашино/Teos Greek, Домик в деревне '
           '«классический», plain goat biojogurts); flavoured Greek and other sweetened yoghurts and Зелёная Линия '
           '«Йогурт сладкий» excluded'),
        ('помидорок', {
            "pyaterochka": [],
            "magnit": ['e77c4439b1'],
            "dixy": ['2000331828', '2000285867', '2000410142', 'D000004968', '2000580825', '2000303785', '2000601471',
                     '2000601472', '10E0075437', 'ЦТ0019904', '2000580827', '2000003231', '2000186544', '2000327738'],
            "perekrestok": ['4327416', '4335742', '4335744', '4378622', '3383460', '4255159', '42138', '3373662', '4377073',
                            '4214021', '4217379', '4272752', '3410591', '4381951', '4381952', '4371254', '4125409', '14809',
                            '3657325', '82521', '4375133', '2166', '14811', '4261327', '3695580', '21292', '3383465', '2100224',
                            '11971', '3634714'],
        }, 'fresh tomatoes of any kind incl. cherry, cocktail, plum, pink, yellow, Кумато; tomatoes in juice/sauce, '
           'marinated, salted, sun-dried, canned chopped tomatoes and tomato paste excluded'),
    ]),
    # fwj20 bleach, hand sanitiser, her wine
    ('отбеливатель для белья, антисептика для рук, винишка красного сухого', [
        ('отбеливатель для белья', {
            "pyaterochka": [],
            "magnit": ['2de571f286', '4bda79895e', 'cb1117354a', 'aa855b7d55'],
            "dixy": [],
            "perekrestok": [],
        }, 'laundry bleach: ACE gel «автомат», ACE Окси «отбеливатель-пятновыводитель», SYNERGETIC oxygen bleach and '
           '«пятновыводитель-отбеливатель»; Vanish stain removers (not bleach), carpet cleaners and Пятёрочка Sanfor '
           '«Чистящее средство … гель белизна» (a cleaning gel) excluded'),
        ('антисептика для рук', {
            "pyaterochka": [],
            "magnit": ['529fbeab5e', 'f418ffccec', '304cd42c6f', '36e2c03b90', '4009f7c096'],
            "dixy": [],
            "perekrestok": [],
        }, 'hand sanitisers: САНИТЕЛЛЬ «Антисептик для рук» and SANITELLE «Антисеп гель д/рук KIDS», ЛА ФРЕШ «Гель '
           'для рук антисептический» and «с антибактериальным эффектом», МАГНИТ «Гель для рук … с антисептическим '
           'эффектом»; hand creams, antibacterial soaps and wipes excluded'),
        ('винишка красного сухого', {
            "pyaterochka": [],
            "magnit": ['1128713b37', '6dec98c122', '66dc79b1bd', '992027187d', '282e3b100c', 'e3b2e41081', '70de72738c',
                       '20076532cf', 'eb4f5b53b5', '1aeecf4fbf', '7b8fa4bd5e', 'ba4136257e', '25e2e0b426', 'f076430c9a',
                       '984016a189', '316badec71', '6c75cc20c2', '3c061d5267', 'ac836556b8', '63ce59d607', 'b8cc734787',
                       'da35009364', '9995f68840', '2f74e42279', '97edfb5844', 'd408e7403a', '179454ad06', 'aefb2f40d1',
                       '2843dc2427', '6fea0b8f60', 'a05527a9ea', 'd05962e7be', 'd982768147', 'adea6d56aa', '4a0256aba7',
                       '0d69bc12b7', 'd73ee8f4f1', '9a7baeb044'],
            "dixy": [],
            "perekrestok": ['3502899', '2141096'],
        }, 'still red dry wine of any country/grape; полусухое, sweet, sparkling, white/rosé wines and Martini Rosso '
           'vermouth excluded'),
    ]),
    # fwj21 large-breed dry food, bones, carrots, processed cheese
    ('сухой корм для собак крупных пород 20 кг\nкости для собак\nморковки\nплавленый сырок', [
        ('сухой корм для собак крупных пород 20 кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'dry dog food for large breeds in a 20 kg bag: none (Магнит Perfect Fit «средних и крупных пород» 1.4 kg '
           'and Pedigree 13 kg have the wrong size — the size names the pack)'),
        ('кости для собак', {
            "pyaterochka": [],
            "magnit": ['6c0dc1c742'],
            "dixy": [],
            "perekrestok": [],
        }, 'dog chew bones: Магнит TRIOL «Кость из жил»; other treats (Dentastix sticks, WINNER, TiTBiT) and the '
           'TRIOL «Гантель» toy excluded'),
        ('морковки', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ['ЦТ0036199', 'DI00078733'],
            "perekrestok": ['3463356', '4191099', '19345', '3368256', '60529', '4299784'],
        }, 'fresh carrots (incl. mini carrots and «для сока» 1 kg); boiled, Korean-style, carrot juices/purées '
           'excluded'),
        ('плавленый сырок', {
            "pyaterochka": [],
            "magnit": ['1000227071'],
            "dixy": [],
            "perekrestok": [],
        }, 'a small processed-cheese bar: Магнит «Сыр плавленый Карат Дружба 45% 90г»; «плавленый продукт» (Дружба '
           '50%, Моя цена, Переяславль — not cheese), tubs, slices, triangles/portion boxes, Фетакса and smoked '
           'sausage-cheese excluded'),
    ]),
    # fwj22 chlorine disinfectant, bin bags, her instant coffee
    ('средство дезинфицирующее с хлором, мешки для мусора 30 л, растворимый кофе', [
        ('средство дезинфицирующее с хлором', {
            "pyaterochka": ['3413434'],
            "magnit": ['8e994b8ff4', 'ffbf84b458', '2750dd6add', '258e844027', 'ae9c88f524', '45a638f00b', 'e407eb3e87',
                       '84c700d8bb', 'a961e8e2cb'],
            "dixy": [],
            "perekrestok": [],
        }, 'chlorine-based disinfecting cleaners (outside knowledge, titles do not say «хлор»): Sanfor '
           '«дезинфицирующий, универсальный», Domestos «универсальное» bottles, Пятёрочка Sanfor «гель белизна»; '
           'LYSOL (not chlorine-based), Domestos Эко and spray (chlorine not certain), toilet blocks and oxygen '
           'bleaches excluded'),
        ('мешки для мусора 30 л', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '30 l bin bags: none (only 60 l at Магнит)'),
        ('растворимый кофе', {
            "pyaterochka": ['2141879', '3291822', '3372171', '2104660'],
            "magnit": ['4f353c6d8a', '432d08fee3', 'c96912b91e', '2b03c3331f', '0386d066d3', 'c862a4391a', '9e6093cedf',
                       'd377483cd5', '88df1b0c73', '01f9dd25ee', '63cf16639c', '68219df234', '6f8d803d46', 'fcd2266a66',
                       'e29b86ab6b', '5ed1824f2e', '67ebe44e72', 'eab407b5dd', '07b5ff6b13', '45760b0392', '0c262c177c',
                       '75165edd66', '9b7c8128ee', '363ac6fecd', 'cc7dfb915f', 'd84b87b448', 'b1359df1ea', '9b2d4e05df',
                       '014991e9cc', '5fa65432a3', '80e9f53b5d', '31752cf6a9', '0e0d290c03', '3471c4aa28', '9e786ef834',
                       '5b6cb01bcf', '48bb241996', '479a56d4e5', '3792ee999f', '6977400735', '7859a794bc', '7ed9173039',
                       '970a83394c', '5937914f18', '405965a7e8', 'f843d46758', '004ef7975d', '0f34e2a818'],
            "dixy": ['2000587951', '2000326563', '2000200961', '2000225117', '2000225116', '2000144529', 'ЦТ0000119'],
            "perekrestok": ['4249222'],
        }, 'instant coffee (растворимый/сублимированный/гранулированный, incl. «молотый в растворимом», Московская '
           'кофейня «молотый с растворимым» and Millicano); Jacobs «Монарх Интенс» 95 g, Nescafé «Классик» 95 g, '
           'Nescafé Gold Alta Rica, Bushido Original and Московская кофейня «Коломбо» taken as instant (outside '
           'knowledge / the same product titled instant elsewhere); 3в1/4в1 coffee drinks, Nescafé Classic «кофейный '
           'напиток» sticks, ground coffee, beans and capsules excluded'),
    ]),
    # fwj23 Pro Plan, her UHT milk and cookies
    ('purina pro plan для кошек, молоко ультрапастеризованное 3.2%, печенюшки к чаю', [
        ('purina pro plan для кошек', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'Purina Pro Plan: not carried (Purina One is a different line, excluded)'),
        ('молоко ультрапастеризованное 3.2%', {
            "pyaterochka": [],
            "magnit": ['1000244834', '1812450001', '1000323041', 'be3e0e74c3', '1000049786', '18ca387556', '1000172272',
                       '1899800825', '8000058295'],
            "dixy": ['2000238271', '2000066819', '2000560951', '10J0077073', '2000600213'],
            "perekrestok": [],
        }, "cow milk whose title says ultrapasteurised and exactly 3.2% (incl. children's Агуша/Тема UHT 3.2%); "
           'sterilised and pasteurised milk, milk without a stated treatment (Пятёрочка Агуша 500 г, Тема «с 3 лет», '
           'Аммм, Село Зелёное 2 кг), Му-у «Для капучино» (barista milk), 3.5%, ranges and топлёное excluded'),
        ('печенюшки к чаю', {
            "pyaterochka": ['3281716', '3414723', '3613448', '3613445'],
            "magnit": ['125da11669', '22d53303c6', '495e3c2092', '2d33544c78', '2d6c3b194d', 'f4d02d704a', '69e944a251',
                       '4ecdd613ad', '23c5c2875e', '68b382d22e', '858769ffec', '857b65e2eb', '2eddde78ab', 'ad7d7d8d7a',
                       '776c87216f'],
            "dixy": ['2000351526', '2000214298', '2000325940', '2000235792', '2000327930', '2000225711', '2000255652',
                     '2000002140', '2000529080', '2000349045', '2000535032', '2000602074', '2000604753', '2000604751',
                     '2000603633', '2000251113', '2000419389', '2000603032', '2000221434', '2000578691', '2000347864',
                     '2000603031'],
            "perekrestok": ['3681160', '3681278', '4202831', '4345400', '3680466', '4370425', '4370424', '4321922', '4017837',
                            '4032428', '3035354', '4185824', '4283932', '3639545', '3658003', '4315655', '3438892', '4315656',
                            '4024594', '3218321', '2091843', '3951119', '3412681', '4172266', '4172267', '3505244', '3630266',
                            '3901907', '3901906', '2023501', '91535', '2023502', '4283934', '4283939', '4258982', '4251005',
                            '4113987', '3603607', '4086029', '3613445', '3663100', '4050870', '3613448', '3643376', '4356039',
                            '2140253', '4152128', '4237829', '4237830', '3688135', '4321928', '4279727', '4284221', '4123144',
                            '4284222', '4202786', '4202788'],
        }, 'sweet biscuits/cookies sold as «печенье» (any kind: овсяное, сахарное, Юбилейное, курабье, Oreo, '
           "Belvita, diet and children's cookies, protein cookies); crackers, galettes, пряники, сушки, ProteinRex "
           'flapjacks, Heinz instant baby biscuits, cakes and cookie-flavoured goods excluded; «к чаю» is a purpose'),
    ]),
    # fwj24 laundry gel, softener, whole chicken, buckwheat
    ('гель для стирки белья, ополаскиватель для белья, курицу целую тушку, гречки ядрицы 5 кг', [
        ('гель для стирки белья', {
            "pyaterochka": [],
            "magnit": ['349820fcf8', '9df1c0bfe5', '9175880554', '4c448478b1', '1c2e703cfb', '9a10a6ffac', '949e666dc6',
                       'b7a496cf03', '9906e11821', '977db1793a', '0f9cb66369', '6a19e08c4a', '67efc94545', '12b5bae819',
                       '66bfaeda5d', '7d313765a5', '32aadc7f3d', '2019463e8d', '4eb060b2d6', 'ad69d217c3', '71ded66add',
                       'de024f91ce', '02a135ebb8', 'b9a56bd347', '27c03855c4', '2538720e26', '557ad87cf3', 'ca19cbc13d',
                       '7b0f08436d', '45c2aa1dd3', '59438f4761', 'a9d20165e8', '42d03b2ed8', '0207f79fb1'],
            "dixy": ['2000592812'],
            "perekrestok": [],
        }, 'liquid laundry detergent: every «Гель для стирки» plus liquid «Средство для стирки … жидкое» (BIMAX, '
           'LOSK, TIDE Колор 975 мл); capsules («гель капсулы»), powders, stain removers and fabric conditioners '
           'excluded'),
        ('ополаскиватель для белья', {
            "pyaterochka": ['70980', '3625262'],
            "magnit": ['20f80590d8', '5f6ea5bfba', 'd84a2feb00', 'bb6844cd7c', '9263318f64', '8f532dee73', '7ab3cd50b3',
                       '1ab71f9367', '20028d9807', '6527bb5d39', '059d53fa78', 'fc6438872a'],
            "dixy": [],
            "perekrestok": ['4359643'],
        }, 'fabric softener («кондиционер/ополаскиватель для белья», any brand); hair conditioners, mouthwash and '
           'dishwasher rinse aid excluded'),
        ('курицу целую тушку', {
            "pyaterochka": [],
            "magnit": ['f8e8bcfe75', 'bba6e25510', '1782102a6a'],
            "dixy": [],
            "perekrestok": [],
        }, 'a whole raw chicken: Магнит ПЕТРУХА «Тушка цыпленка-бройлера» and the two whole «Цыплёнок табака» birds '
           '(butterflied whole young chickens, one in marinade); chicken parts, fillets, duckling and cooked chicken '
           'excluded'),
        ('гречки ядрицы 5 кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'buckwheat ядрица in a 5 kg pack (the size of a packaged good names the pack): none; the largest packs '
           'are 2 kg (Мистраль) and 3 kg (Степь), excluded'),
    ]),
    # fwj25 chicken pouches, corn litter, her ryazhenka and crispbread
    ('паучи для кошек с курицей 24 шт, наполнитель кукурузный, ряженки, хлебцов хрустящих', [
        ('паучи для кошек с курицей 24 шт', {
            "pyaterochka": [],
            "magnit": ['cbfaedea0b', 'd08035f21d', '9f6054f9aa', '258ae7de32', 'c44cca57cb', '3d18463c21', '5389501',
                       '5178641', '5389101', '4907621', '5475a65fae', '2493341', '2493431', '2493331', '2586751',
                       '2586741', '2586561', '2586621'],
            "dixy": ['2000424138', '2000373777', '2000325835', '2000325836', '2000424149'],
            "perekrestok": ['4002291'],
        }, 'wet pouches for adult cats whose title names chicken (also mixed with other meats); kitten pouches, '
           '«птица» without chicken, Felix «суп», dry food and Перекрёсток Мнямс «консервированный» 70 g (a can, not '
           'a pouch) excluded; «24 шт» is the number of pouches wanted'),
        ('наполнитель кукурузный', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'corn cat litter: none (only silica gel)'),
        ('ряженки', {
            "pyaterochka": [],
            "magnit": ['1000385205', '1000439736', '1000451592', '1000371474', '1000348552'],
            "dixy": ['2000536771', '2000587053', '2000543673', '2000313789'],
            "perekrestok": ['4230794', '4173940'],
        }, "plain ряженка of any fat incl. children's Агуша 3.2% and Дикси Домик в деревне «Топленое молоко» 2.5%; "
           'flavoured ряженка (клубника, груша, малина, печёное яблоко, банан-карамель, курага-чернослив) excluded'),
        ('хлебцов хрустящих', {
            "pyaterochka": ['f737df041e'],
            "magnit": ['e1b6951c6f', 'c5594dc288', 'b072d79d11', '8cfe71c65b', 'eb4308a4fa'],
            "dixy": ['2000532453', '2000136451', '2000136520'],
            "perekrestok": ['4367532', '4101075', '4251230', '4050645', '4263823', '4260006'],
        }, 'crispbread sold as «Хлебцы» of any grain/flavour (incl. Dr.Korner, Щедрые, Фитнеслайн, Фацер, '
           "Коломенский «ХЛЕБЦЫ зерновые», Бурже «шведские», children's rice хлебцы); Перекрёсток «Хлебец … "
           'нарезанный» (soft sliced loaves), Корнерсы snacks, гренки and сухари excluded'),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: '# ' header lines, then '=== fwjNN ===' followed by the text."""
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh.read().split("\n") if not ln.startswith("#")]
    texts, cur, rid = {}, [], None
    for ln in lines + ["=== end ==="]:
        m = re.match(r"^=== (fwj\d\d|end) ===$", ln)
        if m:
            if rid:
                texts[rid] = "\n".join(cur).strip("\n")
            rid, cur = m.group(1), []
        else:
            cur.append(ln)
    return texts


def check_blind(lists):
    blind = blind_texts(BLIND)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (text, _items) in enumerate(lists, 1):
        rid = "fwj%02d" % n
        expected = blind.get(rid)
        for old, new in REPLACED.get(rid, []):
            expected = expected.replace(old, new)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fwj"))
