#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tg.jsonl -- 25 shopping lists typed by an old man on a push-button phone (mostly in
capitals, no ё, odd punctuation between items, doubled or missing letters, old-fashioned names such as «ВЕРМИШЕЛ»,
«ПОСТНОЕ МАСЛО», «САХАР ПЕСОК», «КОЛБАСА ВАРЕНАЯ», «ГЕРКУЛЕСС», quantities such as «2 КГ», «ПОЛКИЛО», «3 ШТ»), hand-labelled
against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tg.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tg.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftg01, ftg02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tg.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tg.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none were
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 хлеб, кефир, сахар
    ('ХЛЕБ ЧЕРНЫЙ 1 БУХ, БАТОН НАРЕЗНОЙ ОДНУ ШТУКУ, КЕФИР 2 ПАКЕТА, САХАР ПЕСОК ПАЧКА 1 КГ', [
        ('ХЛЕБ ЧЕРНЫЙ 1 БУХ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2000243", "2024150", "2053660", "2060872", "3126329", "3382146", "3617422", "3624125",
                            "3627134", "3631465", "3634576", "3658457", "3953836", "3965436", "3974719", "3974720",
                            "4049144", "4074396", "4148558", "4149554", "4164733", "4276930", "4329404", "4354623",
                            "4361611", "78034786", "78034810", "3931337"],
        }, 'black bread = rye or rye-wheat loaves: titles saying ржаной / ржано-пшеничный, Бородинский, Дарницкий, '
           'Столичный, incl. halves and sliced loaves («1 БУХ» = one loaf, a unit, not a filter) and the rye Батард and '
           'Пумперникель; Столичный taken as rye-wheat bread (outside knowledge: ГОСТ rye-wheat recipe); left out: the '
           'brand «Ржаной Край» (Коломенский, Магнит/Дикси/Перекрёсток; a brand word, title does not say rye, as in set '
           'g), Магнит «ДАНИЛОВСКИЙ зерновой» and other breads whose title does not say rye (Рижский Хлеб '
           'Крестьянский/Деревенский/Ароматный, Двинский, Ржевский, солодовый, Советский), raisin bread (Зелёная Линия '
           'Ароматный с изюмом), garlic rye baguette, ciabatta with rye flour, wheat-rye «Хлебец» with sprouted grains, '
           'Дикси «Елизавета вафельный ржаной» 75 г (crisp wafer bread), хлебцы, сухари, гренки'),
        ('БАТОН НАРЕЗНОЙ ОДНУ ШТУКУ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, '«нарезной» is the classic loaf variety: Батон Нарезной of Коломенское, Пр!ст (классический, нарезка), Маркет '
           '(нарезанный, улучшенный); other batons are other varieties and left out (Магнит Утренний and Отрубной '
           '«нарезка», Пр!ст Новый / к завтраку / Молочный, Маркет Горчичный / Зерновой, the unnamed in-store «Батон, '
           '300г»); «нарезка/нарезанный» (sliced) alone does not make a baton «нарезной»'),
        ('КЕФИР 2 ПАКЕТА', {
            "pyaterochka": ["3433425"],
            "magnit": ["1000139426", "1000143510", "1000166736", "1000307731", "1000350608", "1000350609",
                       "1000439735", "1000451590", "1000451591", "1000531928", "1000563708", "1899800689",
                       "1899800795", "1899911984", "1899912534", "8000033639", "37f16272a7", "48045cf20b",
                       "610b0779be", "790e8c96de", "9cbe548621"],
            "dixy": ["2000166045", "2000208649", "2000227476", "2000253973", "2000331970", "2000560239",
                     "2000560991", "2000587052", "DI00081047", "ЦТ0028202"],
            "perekrestok": ["18510", "2083868", "2084558", "2093082", "2173827", "3352331", "3386041", "3429041",
                            "3433425", "3467794", "3467795", "3491537", "3604602", "3604726", "3636340", "3668693",
                            "3682461", "3922310", "4045978", "4109799", "4137919", "4153932", "4159752", "4174038",
                            "4198906", "4229630", "4233125", "4242643", "4245052", "4252382", "4252383", "4255904",
                            "4263416", "4263418", "4280483", "4280893", "4302774", "4318914", "4328084", "4334308",
                            "97452"],
        }, "any kefir of any fat and pack (bottles included; «2 ПАКЕТА» is a count), incl. биокефир and the children's "
           "Агуша kefir (as children's milk counts as milk); «Кефирный продукт», Bio Баланс «Биопродукт … кефирный», "
           'Простоквашино «Кефирный Коктейль» (strawberry), kefir bread and chicken shashlik «в кефире» left out'),
        ('САХАР ПЕСОК ПАЧКА 1 КГ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, 'white granulated sugar in 1 kg packs (the size names the pack): Дикси «Сахар-песок белый, фасованный, 1 кг», '
           'Перекрёсток «Сахар белый песок, 1кг» and «Сахар Советский Экстра, 1кг» (taken as granulated - outside '
           'knowledge, title does not say); left out: 900 g (Чайкофский, Магнит and Дикси), 750 g and 5 kg packs, '
           'pressed/lump sugar, cane and coconut sugar, vanilla sugar'),
    ]),
    # L02 вермишель, постное масло, лук, тушёнка
    ('ВЕРМИШЕЛ 2 ПАЧКИ\nПОСТНОЕ МАСЛО 1 БУТЫЛКА\nЛУКУ РЕПЧАТОГО КИЛОГРАМ\nТУШОНКА ГОВЯЖЬЯ 2 БАНКИ', [
        ('ВЕРМИШЕЛ 2 ПАЧКИ', {
            "pyaterochka": [],
            "magnit": ["2c49a7a5d2", "7d3bf66fd0", "e60106f6b1"],
            "dixy": ["2000004708", "T000015331"],
            "perekrestok": ["3435295", "3501218", "82761"],
        }, '«ВЕРМИШЕЛ» (typo) = dry wheat vermicelli: Makfa короткая тонкая, Верони, Barilla «Вермишель Филини», '
           'Шебекинские «Вермишелька легкая» / «№111 лёгкая», Пр!ст группа В, Маркет группа А, Makfa «Паутинка» (taken as '
           'thin vermicelli - outside knowledge, title does not say вермишель); left out: funchoza «вермишель» (glass '
           'noodles, Домшим, Sen Soy), Роллтон instant vermicelli, Makfa spinach vermicelli (flavoured), noodles (лапша), '
           'other pasta'),
        ('ПОСТНОЕ МАСЛО 1 БУТЫЛКА', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000210260", "2000268261",
                     "2000290945", "2000296713", "2000396778", "2000555852", "2000559953", "2000561791",
                     "2000563791", "DI00079242", "DI00080746", "ЦТ0039503"],
            "perekrestok": ["2007886", "2043188", "2068955", "2071663", "2093709", "2147548", "2158543", "21676",
                            "23714", "3197302", "3310650", "3426152", "3426155", "3437316", "3454645", "3478098",
                            "3608379", "3642040", "3653773", "3683883", "3958632", "4022580", "4063704", "4067112",
                            "4149438", "4250570", "4269567", "4269568", "4269569", "4277755", "4307791", "4311768",
                            "4332895", "4360914", "4364877", "6275", "85884", "97647", "2046261", "3340103", "64128",
                            "74883"],
        }, '«постное масло» = everyday vegetable oil: sunflower oil refined or unrefined (incl. high-oleic and the '
           'aromatic «из жареных семечек»), corn oil (Altero), Золотая Семечка refined and unrefined, and sunflower blends'
           ' «с добавлением оливкового / миндального / льняного / зародышей пшеницы» (as «масло растительное» in set vy); '
           'left out: flavoured oils (Almador чеснок / базилик / итальянские травы, Getuva «по-итальянски»), the Altaria '
           'spray can, olive, mustard (Магнит Сарепта), avocado, grape-seed oils, butter and spreads; Магнит and Пятёрочка'
           ' carry no sunflower oil'),
        ('ЛУКУ РЕПЧАТОГО КИЛОГРАМ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["3016771", "3016772", "3368253", "3969", "45463", "81209"],
        }, 'fresh bulb onions of any pack (loose, net, 500/600 g), incl. Перекрёсток «Лук репчатый красный» (its title '
           'says репчатый; colour was not written) and peeled fresh onion «очищенный»; «КИЛОГРАМ» is a quantity of a '
           'weighed good; dried onion (Айдиго, Kotanyi), Maggi «Зажарка», dishes with onion left out'),
        ('ТУШОНКА ГОВЯЖЬЯ 2 БАНКИ', {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "738a6cb8b8", "84ac027a5b", "cdc0e084b1"],
            "dixy": ["2000192964", "2000220776", "2000258591", "2000302684", "2000313236", "2000408120",
                     "2000415753", "2000557431", "T000000869"],
            "perekrestok": ["4189729"],
        }, 'canned stewed beef («Говядина тушеная» of any brand/size, incl. Дикси «Первым Делом кусковая» and «Совок»); '
           'stewed pork, turkey, horse meat, stewed cabbage with sausages, ready meals with beef left out'),
    ]),
    # L03 колбаса, сыр, масло, чай
    ('КОЛБАСА ВАРЕНАЯ ДОКТОРСКАЯ ПОЛКИЛО,СЫР ГОЛАНДСКИЙ 300 ГР,МАСЛО СЛИВОЧНОЕ 1 ПАЧКА,ЧАЙ ИНДИЙСКИЙ', [
        ('КОЛБАСА ВАРЕНАЯ ДОКТОРСКАЯ ПОЛКИЛО', {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374",
                       "6e16b1777a", "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca",
                       "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        }, 'Докторская boiled sausage of any brand, pack or weight (incl. Царицыно «Докторская, Особая», Мясницкий ряд '
           '«Докторская от шефа», sliced packs, weighed loaves priced per 100 g); «ПОЛКИЛО» is a quantity; Докторские '
           'sausages (сосиски Рублёвский), other boiled sausages (Молочная, Русская, Стародворская…) left out'),
        ('СЫР ГОЛАНДСКИЙ 300 ГР', {
            "pyaterochka": [],
            "magnit": ["1000316963", "1000352345", "8000068573", "8000027253"],
            "dixy": [],
            "perekrestok": [],
        }, '«ГОЛАНДСКИЙ» (typo) = Голландский cheese: Брест-Литовск and Село Зелёное 45% 200 g, Landkaas weighed and '
           'Landkaas grated «Тертый сыр Голландский» (grated cheese counts as cheese, as in real_basket_eval); «300 ГР» is'
           ' read as the amount wanted of a cheese sold by weight or in packs, not a pack size; Гауда/Gouda (a different '
           'variety, though Dutch), beer «ГОЛЛАНДИЯ» left out'),
        ('МАСЛО СЛИВОЧНОЕ 1 ПАЧКА', {
            "pyaterochka": ["3026226", "3993159"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000262381", "1000312970",
                       "1000384151", "1000433642", "1000457493", "1000458136", "1000521208", "1000566266",
                       "1844000142", "1855599920", "1899900309", "1899911038", "3181241105", "8000045816",
                       "8000058591", "4fc2d8c8ad", "6b22928df7", "86326346d1", "87355db645", "a1a2b1e98a"],
            "dixy": ["10J0079578", "2000186964", "2000288309", "2000401635", "2000509906", "2000538793",
                     "2000575412", "2000581831", "2000588791", "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["2029217", "2043237", "2068941", "2071031", "3026226", "3226314", "3287314", "3347817",
                            "3355277", "3363741", "3369241", "3371288", "3384196", "3396544", "3406593", "3413519",
                            "3423762", "3434127", "3472940", "34890", "3612778", "3628337", "3637761", "3643092",
                            "3645266", "3654551", "3657363", "3698785", "3917028", "3922315", "3953367", "3963777",
                            "3980020", "3999749", "4035287", "4051359", "4055506", "4068626", "4135603", "4147662",
                            "4188102", "4196090", "4260609", "4260610", "4281083", "4292462", "4310021", "4343792",
                            "86149", "86150", "3699369", "4113532", "4175276", "4188099"],
        }, 'butter (сливочное / сладко-сливочное, Крестьянское 72.5 %, Традиционное 82.5 %, 82 %, lactose-free, any pack) '
           'incl. titles that say only «Масло … Крестьянское/Традиционное 72.5/82.5%» (Иван Поддубный, Княгининское, Из '
           'Вологды, Тольяттимолоко); «1 ПАЧКА» is a count; chocolate butter (Экомилк Шоколадное), ghee (Гхи топлёное), '
           'spreads and «Продукт По-Российски», vegetable oils, olives left out'),
        ('ЧАЙ ИНДИЙСКИЙ', {
            "pyaterochka": [],
            "magnit": ["e5f644b54b"],
            "dixy": [],
            "perekrestok": ["3506750"],
        }, "Indian black tea: Richman «Ассам» loose tea (Перекрёсток title says «индийский»; Магнит's same Richman Ассам "
           'taken as Indian - outside knowledge: Assam is an Indian region); Ceylon, Kenyan, Georgian, Azerbaijani teas, '
           'unstated-origin blends (Принцесса Нури, Майский, Akbar…) and the spiced Richard «Masala Chai» (flavoured) left'
           ' out'),
    ]),
    # L04 овощи на винегрет и капуста
    ('КАРТОШКИ 3 КГ НЕ МЕЛКОЙ, МОРКОВ 1 КГ, СВЕКЛА 2 ШТ НА ВИНЕГРЕТ, КАПУСТА КВАШЕННАЯ ПОЛКИЛО', [
        ('КАРТОШКИ 3 КГ НЕ МЕЛКОЙ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309", "2000582631", "ЦТ0028521"],
            "perekrestok": ["3074469", "3092450", "3142878", "3142879", "3987", "4265670", "4342860", "43968", "769"],
        }, 'fresh potatoes of any variety and pack (loose, net, washed, 2.5-3 kg bags, «для варки»/«для жарки», «крупный '
           'отборный», «гигант»); «3 КГ» is a quantity of a weighed good; «НЕ МЕЛКОЙ» is read as ruling out the explicitly'
           ' small Перекрёсток «Картофель Бэби, 2кг»; Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh potatoes (as in '
           'set vy); sweet potato (батат), frozen cut potatoes, boiled peeled potatoes, baked «молодой с паприкой», Магнит'
           ' «Картофель АЙДАХО (СП ГМ)» (a ready dish), seasonings «для картофеля», crisps and sweets «Картошка» left out;'
           ' Магнит and Пятёрочка carry no fresh potatoes'),
        ('МОРКОВ 1 КГ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078733", "ЦТ0036199"],
            "perekrestok": ["19345", "3368256", "3463356", "4191099", "4299784", "60529"],
        }, '«МОРКОВ» (typo) = fresh raw carrots of any pack (loose, washed 200 g-1 kg, tray 600 g, «для сока» 1 kg, mini '
           '250 g); «1 КГ» is a quantity; boiled peeled carrots (Дмитровские Овощи «варёная»), Korean carrot salads, '
           'cabbage-carrot mixes, sauerkraut with carrot, juices, purees and pet food with carrot left out'),
        ('СВЕКЛА 2 ШТ НА ВИНЕГРЕТ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["13998", "2143053", "3368257", "3378167", "4299508", "4375880", "45532", "786", "92844"],
        }, 'fresh whole beetroot (loose, net, bag 1 kg, tray, washed, young, bunched); Перекрёсток «Свекла очищенная» and '
           '«Свёкла целая очищенная, 500г» left out (peeled beets in a pack are usually boiled and the titles do not say '
           "raw; the second's product id is adjacent to the chain's boiled Дмитровские Овощи carrot); «2 ШТ» is a quantity"
           ' and «НА ВИНЕГРЕТ» a purpose, so boiled beets (Дикси/Перекрёсток «варёная/отварная», whole, cubes, julienne) '
           'are left out as fresh-produce words mean fresh produce; cut fresh julienne (Маркет Fresh «очищенная соломка», '
           'Белая Дача «свежая резаная»), chard «Мангольд», seeds, dried, marinated and pickled beet, beet salads left out'),
        ('КАПУСТА КВАШЕННАЯ ПОЛКИЛО', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000548651"],
            "perekrestok": ["2068014", "4116723", "4243262"],
        }, '«КВАШЕННАЯ» (typo) = sauerkraut, plain or with carrot (the usual recipe): Дикси «Фитнес, без сахара», '
           'Белоручка «с морковью» 1 kg, Зелёная Линия «шинкованная с морковью» 300/800 g; «ПОЛКИЛО» is a quantity; '
           'flavoured sauerkraut (Дикси «с клюквой», Маркет «с морковью и яблоком» / «с морковью и тмином»), marinated '
           'cabbage («в маринаде»), Пелюстка with beet and white-cabbage kimchi left out'),
    ]),
    # L05 селёдка и консервы
    ('СЕЛЕДКА СОЛЕНАЯ 1 ШТ ,КИЛЬКА В ТОМАТЕ БАНОК 3 ,ГОРОШЕК ЗЕЛЕНЫЙ КОНСЕРВ 1', [
        ('СЕЛЕДКА СОЛЕНАЯ 1 ШТ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1722", "2078344", "3088471", "35430", "3463843", "3480999", "4352006", "61803", "70039",
                            "78003365", "9419", "3009042", "3454388", "4219588"],
        }, 'salted herring: whole fish (свежесолёная, слабосолёная 300+/350+/400+/500+, Олюторская, Pelican неразделанная,'
           ' Балтийский Берег «жирная специального посола», «Сельдь атл. с/с в/у») and plain salted fillets (филе '
           'слабосолёная, Русское Море бочковая филе, тихоокеанская филе без кожи соленая); «1 ШТ» is a count; herring '
           'preserves in oil, mayonnaise, wine, tomato, marinade or with spices/dill (Vici, Мореслав, Матиас, Русское '
           'Море, Русский Невод, Пр!ст, Маркет, Дикси Леор…), cold-smoked herring, Магнит canned «Сельдь … '
           'натуральная/тихоокеанская» and Санта Бремор «Филе сельди популярное» (title does not say salted), herring '
           'under a fur coat left out; Дикси carries herring only in oil or smoked'),
        ('КИЛЬКА В ТОМАТЕ БАНОК 3', {
            "pyaterochka": [],
            "magnit": ["b755c9549a"],
            "dixy": [],
            "perekrestok": [],
        }, 'canned sprats in tomato sauce: Магнит Доброфлот «Килька балтийская в томатном соусе»; Лаатса «обжаренная с '
           'чили в томатном соусе» (chili-flavoured) left out; sprats in oil (шпроты), gobies (бычки) in tomato, '
           'sardines/mackerel in tomato are other products'),
        ('ГОРОШЕК ЗЕЛЕНЫЙ КОНСЕРВ 1', {
            "pyaterochka": [],
            "magnit": ["02059b03ae", "077ca9bca9", "08e4c89d92", "118e7a3919", "334fc1acba", "68a96163bf",
                       "7e3054a87f"],
            "dixy": ["0230306094", "10A0036580", "1100075857", "2000118079", "2000163949", "2000189884",
                     "2000313797", "2000313828"],
            "perekrestok": ["16791", "19134", "2035571", "27460", "3026306", "3350744", "32340", "3360308",
                            "3447858", "3483842", "3504837", "3628006", "3635251", "3951175", "4004677", "4011800",
                            "4059535", "4188483", "4192227", "4206921", "4211849", "4273266", "4283761", "4380317",
                            "77114"],
        }, 'canned green peas («КОНСЕРВ» = canned; «1» is a count) of any brand and can (incl. «молодой», «нежный», «без '
           'сахара», the 4.15 kg Бояринъ can; no size was written); frozen peas, sugar-snap «Горошек сладкий» (fresh), pea'
           ' microgreens, Bonduelle peas with carrot, dried and split peas (горох), pea pasta left out; Зелёная Линия '
           '«Горошек Изысканный, 450г» left out (title says neither green nor canned)'),
    ]),
    # L06 крупы
    ('ГРЕЧКИ ДВЕ ПАЧКИ\nПШЕНО 1 ПАЧКУ\nГЕРКУЛЕСС\nМАНКА ПОЛКИЛО', [
        ('ГРЕЧКИ ДВЕ ПАЧКИ', {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392",
                     "2000539995", "DI00080511", "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3014874", "3019156", "3173448", "3231481", "3276128", "3438178",
                            "3446736", "3477255", "3493533", "3600743", "3603166", "3674200", "3694322", "3696237",
                            "39155", "3994791", "4009020", "4019310", "4061364", "4090171", "4204902", "4353613",
                            "53673", "6847", "3667612", "4059000"],
        }, 'buckwheat groats of any brand and pack (ядрица, quick-cooking, steamed, boil-in-bag packs; «ДВЕ ПАЧКИ» is a '
           'count), incl. the brand «Чёрный Хлеб» ядрица; green buckwheat, buckwheat drinks, porridges for babies, instant'
           ' porridge, ready dishes (с грибами, по-купечески, по-азиатски, Raisad гарнир с овощами), buckwheat pasta left '
           'out; Магнит carries no buckwheat groats'),
        ('ПШЕНО 1 ПАЧКУ', {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'millet groats: Пятёрочка «Крупа пшено шлифованное в пакетиках для варки»; Myllyn Paras «Каша пшенная» (a '
           'porridge product, not groats), rice-and-millet mixes (Увелка Дружба) and ready rice-millet porridge left out; '
           'no other chain sells millet'),
        ('ГЕРКУЛЕСС', {
            "pyaterochka": [],
            "magnit": ["1fbd6e427e", "7e4e5763f5", "8a13df6c91"],
            "dixy": ["1041032607", "2000002160", "2000005395", "2000186448", "2000219614", "2000222892",
                     "2000601251", "2000604115", "DI00078791"],
            "perekrestok": ["2105514", "2122914", "2122915", "2122919", "23772", "24926", "3421663", "3469027",
                            "3469028", "3503161", "3933387", "4005492", "4078263", "4157124", "4321219", "6752",
                            "9056"],
        }, '«ГЕРКУЛЕСС» (typo) = rolled oats: plain oat flakes of any brand and grade (Геркулес, Экстра, Ясно Солнышко '
           '№1/2/3, quick-cooking, gluten-free, naked-oat); flavoured flakes and instant porridge sachets, oat '
           'drinks/yoghurts/cookies, Лакоме «Овсянка … резаная» (cut oat groats), Myllyn Paras «Каша овсяная», Vila Natura'
           ' «Овсянка Био» and Nordic «Ленивая овсянка» (titles do not say plain flakes) left out'),
        ('МАНКА ПОЛКИЛО', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'semolina is not sold in any chain; the only «манная» product is Makfa instant flavoured porridge '
           '(Клюква-мед-имбирь/Гурьевская, 40 g), a different product'),
    ]),
    # L07 хозяйственное
    ('МЫЛО ХОЗЯЙСТВЕНОЕ 2 КУСКА, ПОРОШОК ДЛЯ РУЧНОЙ СТИРКИ ПАЧКУ, СПИЧКИ 5 КОРОБКОВ, БУМАГА ТУАЛЕТНАЯ ПОДЕШЕВЛЕ', [
        ('МЫЛО ХОЗЯЙСТВЕНОЕ 2 КУСКА', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, '«ХОЗЯЙСТВЕНОЕ» (typo) = laundry soap bar; no chain sells laundry soap; toilet soaps (Банное, Для Дамъ и '
           'Господъ, Palmolive, DURU…), cream soaps and liquid soaps are other products'),
        ('ПОРОШОК ДЛЯ РУЧНОЙ СТИРКИ ПАЧКУ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'hand-wash laundry powder: no title says «для ручной стирки»; the powders on sale say «автомат» or do not say '
           '(Миф Морозная свежесть 2 кг, Persil «Сов», Synergetic универсальный, Dosia, Sorti) and cannot be taken as '
           'hand-wash powder from the title; gels, capsules, cleaning powders (Comet, Пемолюкс) and dishwasher powders are'
           ' other products'),
        ('СПИЧКИ 5 КОРОБКОВ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no matches are sold in any chain'),
        ('БУМАГА ТУАЛЕТНАЯ ПОДЕШЕВЛЕ', {
            "pyaterochka": [],
            "magnit": ["013f5191a0", "0f9bdfbe08", "11634cf6c9", "2300103434", "24f2c70304", "328b9015fd",
                       "6189f05c16", "939f14debe", "9a0bd598be", "b0339ecad9", "be21812bf9", "be65d013c1",
                       "cdc752b01e", "e01188fba0", "e9a925895a", "f88b88076f", "475d902330"],
            "dixy": ["2000142974", "2000294361"],
            "perekrestok": ["75364"],
        }, 'dry toilet paper of any brand, ply, roll count and scent (Zewa, Soffione, Papia, Familia); «ПОДЕШЕВЛЕ» is a '
           'wish, not a filter; wet toilet paper (Mon Rulon «влажная», a different product) left out'),
    ]),
    # L08 молочное
    ('СМЕТАНА 20 ПРОЦ БАНКУ,, ТВОРОГ 9% ДВЕ ПАЧКИ,, МОЛОКО 3.2 ПРОЦЕНТА 2 ПАКЕТА,, РЯЖЕНКА 1 БУТЫЛКА', [
        ('СМЕТАНА 20 ПРОЦ БАНКУ', {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000237596", "1000429067", "1000461809", "1000574404",
                       "1000574405", "1899913371", "30145abd36", "4221528ef6"],
            "dixy": ["2000166052", "2000220966", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355",
                            "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, 'sour cream of exactly 20 % fat, any brand and pack; «БАНКУ» is a count (a tub), not a filter; 10/15/25/30 % '
           'sour cream, cheese «Сметанковый», snacks «со вкусом сметаны» left out'),
        ('ТВОРОГ 9% ДВЕ ПАЧКИ', {
            "pyaterochka": [],
            "magnit": ["1000122024", "1000386975", "1000426465", "1000426470", "1000448252", "1000530486",
                       "8000055235", "0cfee9df84", "18fc386178", "3d536f7add", "57c16fad2a", "93ff6e854f"],
            "dixy": ["2000266304", "2000280850", "2000312025", "2000423589", "2000564413", "2000566980",
                     "2000567931", "2000568076", "2000569975"],
            "perekrestok": ["4129495", "4153929", "4249279", "4249286", "4294087", "4299497", "3192865", "3487310"],
        }, 'cottage cheese of exactly 9 % fat, any brand and pack (incl. рассыпчатый, пластовой, Зелёная Линия «Зернышко» '
           '9 %); «ДВЕ ПАЧКИ» is a count; 0-5 % and 18 % cottage cheese, curd desserts, творожки, curd masses and cheese '
           'spreads left out'),
        ('МОЛОКО 3.2 ПРОЦЕНТА 2 ПАКЕТА', {
            "pyaterochka": ["2144368"],
            "magnit": ["1000122658", "1000049786", "1000127183", "1000139951", "1000172272", "1000244834",
                       "1000323041", "1000445488", "1000553875", "1051242645", "1059990140", "1812450001",
                       "1899800825", "8000026014", "8000026015", "8000058295", "8000081425", "18ca387556",
                       "4aff59ccac", "be3e0e74c3"],
            "dixy": ["10J0077073", "2000066819", "2000238271", "2000509793", "2000557212", "2000560951",
                     "2000594992", "2000600213"],
            "perekrestok": ["3668699", "3668953", "4162259"],
        }, 'drinking cow milk of exactly 3.2 % (pasteurised, UHT, sterilised, any pack; «2 ПАКЕТА» is a count), incl. '
           "children's and lactose-free drinking milk (Агуша, Тёма, Аммм, Зелёная Линия «для детского питания») as in "
           'real_basket_eval; ranges (3,2-4 %, 3,2-6 %), baked milk (топлёное), Му-у «Для капучино», other fats and Магнит'
           ' «Домик в деревне … отборное» (no fat stated) left out'),
        ('РЯЖЕНКА 1 БУТЫЛКА', {
            "pyaterochka": [],
            "magnit": ["1000348552", "1000371474", "1000385205", "1000439736", "1000451592"],
            "dixy": ["2000313789", "2000536771", "2000543673", "2000587053"],
            "perekrestok": ["4173940", "4230794"],
        }, 'plain ryazhenka of any fat and pack (incl. Агуша «Детская» 3.2 %, Дикси Домик в деревне «Топленое молоко» 2.5 '
           '% - the plain one of that flavour range and «топленая» 3.2 %); «1 БУТЫЛКА» is a count; flavoured ryazhenka '
           '(клубника, груша, малина, печёное яблоко, курага-чернослив, банан-карамель), варенец and простокваша left out'),
    ]),
    # L09 к чаю: пряник, сушки, карамель
    ('ПРЯНИК ТУЛЬСКИЙ 1 ШТ, СУШКИ С МАКОМ ПОЛКИЛО, КАРАМЕЛЬ ПОДУШЕЧКИ 300 ГР', [
        ('ПРЯНИК ТУЛЬСКИЙ 1 ШТ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no Tula pryanik in any chain; other pryaniki (Стойленские, Слана шоколадные, Lucky Days, Дымка, Полёт, Русские'
           ' Пряники Северные) are other products'),
        ('СУШКИ С МАКОМ ПОЛКИЛО', {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, 'sushki with poppy seeds: Магнит «Сушки-мини НЕВСКАЯ СУШКА, маковые, 200г»; «ПОЛКИЛО» is a quantity; sushki '
           'without poppy (Ладожский малышок без сахара), garlic taralli, баранки left out'),
        ('КАРАМЕЛЬ ПОДУШЕЧКИ 300 ГР', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no «подушечки» caramel in any chain; other caramels (Мечта, Москвичка, Lucky Days mini, Sula, Chupa Chups), '
           'lollipops and Whiskas «подушечки» cat food are other products'),
    ]),
    # L10 гигиена: паста, протезы, бритьё
    ('ПАСТА ЗУБНАЯ ЖЕМЧУГ 1 ТЮБИК\nКРЕМ ДЛЯ ПРОТЕЗОВ КОРЕГА\nКРЕМ ДЛЯ БРИТЬЯ', [
        ('ПАСТА ЗУБНАЯ ЖЕМЧУГ 1 ТЮБИК', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no «Жемчуг» toothpaste in any chain; other toothpastes (Colgate, Splat, Лесной бальзам…) are other brands and '
           '«Чёрный Жемчуг» is a face-care brand'),
        ('КРЕМ ДЛЯ ПРОТЕЗОВ КОРЕГА', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no denture adhesive (Corega or other) in any chain'),
        ('КРЕМ ДЛЯ БРИТЬЯ', {
            "pyaterochka": [],
            "magnit": ["d8ced63781"],
            "dixy": [],
            "perekrestok": [],
        }, 'shaving cream: Магнит «NIVEA Крем д/бритья д/чувств кожи 100мл»; shaving foams and gels (a different form, the'
           ' user wrote «крем»), after-shave lotions and balms, razors left out'),
    ]),
    # L11 курица на бульон
    ('КУРИЦУ ЦЕЛУЮ НА БУЛЬОН, ПЕРЦУ ЧЕРНОГО ГОРОШКОМ ПАКЕТИК, ЛАПШИ ЯИЧНОЙ 1 ПАЧКА', [
        ('КУРИЦУ ЦЕЛУЮ НА БУЛЬОН', {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75", "bba6e25510"],
            "dixy": [],
            "perekrestok": [],
        }, 'a whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная» and «Цыплёнок табака СВОЯ '
           'охлажденный» (a whole bird, butterflied, not marinated); «НА БУЛЬОН» is a purpose; the marinated «Цыпленок '
           'табака ПЕТРУХА в маринаде» (flavoured), chicken parts, soup sets, duckling, ready chicken dishes left out; no '
           'other chain sells a whole chicken'),
        ('ПЕРЦУ ЧЕРНОГО ГОРОШКОМ ПАКЕТИК', {
            "pyaterochka": [],
            "magnit": ["9303052c5b"],
            "dixy": ["2000024941", "2000260537", "2000303083", "2000315723", "2000557371", "ЦТ0046007"],
            "perekrestok": ["3166460", "3172904", "3213422", "3395331", "3479407", "3481023", "3500195", "3641165",
                            "3661159", "3689196", "3904322", "4113011", "4202515", "4207245", "69129", "88779",
                            "9387", "9505"],
        }, 'whole black peppercorns («горошек/горошком/целый») of any brand and pack size («ПАКЕТИК» is read as one pack, '
           'not as a packaging filter); ground, crushed and mill pepper (Kotanyi «в мельнице»), pepper mixes (Котани «4 '
           'перца горошек», «Смесь перцев»), allspice, Santa Maria «Теличерри» and Kamis / Маркет «Перец чёрный» 36-50 g '
           '(titles do not say whole or ground) left out'),
        ('ЛАПШИ ЯИЧНОЙ 1 ПАЧКА', {
            "pyaterochka": [],
            "magnit": ["031445c77a"],
            "dixy": [],
            "perekrestok": ["4061766", "4307631"],
        }, 'dry egg noodles: Верони «яичная по-домашнему», Домшим «Лапша … яичная», Маркет «Лапша Домашняя яичная»; '
           'noodles whose title does not say egg (Верони/Аида «Лапша», Неаполитанская, лагманная, бешбармачная), De Cecco '
           'spinach tagliatelle (flavoured), Мальтальятти nests, instant noodles left out'),
    ]),
    # L12 для кошки
    ('МОЙВА МОРОЖЕНАЯ 1 КГ ДЛЯ КОШКИ, КОРМ КОШАЧИЙ ВИСКАС 5 ПАКЕТИКОВ, НАПОЛНИТЕЛЬ ДЛЯ КОШАЧЕГО ТУАЛЕТА', [
        ('МОЙВА МОРОЖЕНАЯ 1 КГ ДЛЯ КОШКИ', {
            "pyaterochka": [],
            "magnit": ["70dc656a28"],
            "dixy": ["2000563211"],
            "perekrestok": [],
        }, 'frozen whole capelin (Магнит 800 g, Дикси Borealis 700 g); «1 КГ» is a quantity and «ДЛЯ КОШКИ» a purpose, not'
           ' filters; capelin roe (Санта Бремор «Икра мойвы»), cat food and other frozen fish left out'),
        ('КОРМ КОШАЧИЙ ВИСКАС 5 ПАКЕТИКОВ', {
            "pyaterochka": [],
            "magnit": ["2493311", "2493331", "2493341", "2493371", "2493411", "2493421", "2493431", "2493691",
                       "2541861", "2541881", "2541891"],
            "dixy": ["2000604092"],
            "perekrestok": [],
        }, 'Whiskas wet cat food in 75 g pouches, any flavour (incl. the kitten and 7+ recipes); «5 ПАКЕТИКОВ» is read as '
           'pouches (a count of the wet-food sachets), so Whiskas dry food (Пятёрочка 350 g bags, «Подушечки» 350/800 g) '
           'and the 1.9 kg pâté pack are left out; other brands (Felix, Purina One, Gourmet) left out'),
        ('НАПОЛНИТЕЛЬ ДЛЯ КОШАЧЕГО ТУАЛЕТА', {
            "pyaterochka": [],
            "magnit": ["eaad0805c2"],
            "dixy": [],
            "perekrestok": [],
        }, 'cat litter of any type: Магнит «КЭТ СТЕП, силикагелевый, 1,8кг»; dairy «с наполнителем» products left out; no '
           'other chain sells cat litter'),
    ]),
    # L13 пельмени
    ('ПЕЛЬМЕНИ ПАЧКУ ПОБОЛЬШЕ, СМЕТАНЫ 15 ПРОЦЕНТОВ К ПЕЛЬМЕНЯМ, ГОРЧИЦА РУСКАЯ', [
        ('ПЕЛЬМЕНИ ПАЧКУ ПОБОЛЬШЕ', {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["22f7803aca", "66c111d7a2", "72632b1f85", "805cabf639", "d6fdebf3e4", "dabbb02c05",
                       "f4f41d5103", "f95b2d1678", "feeac8f3fa"],
            "dixy": ["2000282673", "2000318344", "2000411354", "2000558274", "2000565192", "2000596851", "2000596852"],
            "perekrestok": [],
        }, 'frozen meat pelmeni of any brand, filling and pack (incl. chicken pelmeni and Горячая штучка «Бульмени», which'
           ' Пятёрочка titles «Пельмени Бульмени»); «ПАЧКУ ПОБОЛЬШЕ» is a wish; vareniki, khinkali, dumplings/gyoza, '
           'ravioli and Перекрёсток «Пельмени Четверг рыбные из трески со шпинатом» (fish and spinach, not what plain '
           '«пельмени» means - judgement) left out'),
        ('СМЕТАНЫ 15 ПРОЦЕНТОВ К ПЕЛЬМЕНЯМ', {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000253705", "1000372785",
                       "1000461810", "1000463648", "1000553874", "1000558440", "1899900582", "8000035449",
                       "8000057502", "8000068594", "8000072734", "2645f50028", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3634035", "3651189", "3667086",
                            "4221356", "4226994", "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        }, 'sour cream of exactly 15 % fat, any brand and pack (incl. «из топлёных сливок» and lactose-free 15 %); «К '
           'ПЕЛЬМЕНЯМ» is a purpose; Пятёрочка «пикантная, с чесноком» (flavoured), 10/20/25 % sour cream left out'),
        ('ГОРЧИЦА РУСКАЯ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["2143139", "2153858", "3120635", "3332502", "3333301", "3372044", "3416298", "3435016",
                            "4229364", "4273279", "4276808", "4337617"],
        }, '«РУСКАЯ» (typo) = Russian mustard: every mustard titled «Русская» (Махеевъ, Столичная, Русские закуски, '
           'Главпродукт, Goldjick Тапако, ЕЖК Русская Столовая and «Ядрёная жгучая», Семилукская трапеза, Маркет, Gustoff,'
           ' Натурово); ЕЖК «Русская С хреном» (flavoured) and «Русская Зернистая» (grainy), Столичная «С хреном»/«С '
           'мёдом», Dijon, grainy, Bavarian, «Столовая» without «Русская», mustard powder left out; Магнит and Пятёрочка '
           'sell no Russian mustard'),
    ]),
    # L14 кофе, цикорий, рафинад, сгущёнка
    ('КОФЕ НЕСКАФЕ РАСТВОРИМЫЙ БАНКА, ЦИКОРИЙ РАСТВОРИМЫЙ 1 БАНКА, САХАР РАФИНАД КУСКОВОЙ 1 ПАЧКА, СГУЩЕНКИ ДВЕ БАНКИ', [
        ('КОФЕ НЕСКАФЕ РАСТВОРИМЫЙ БАНКА', {
            "pyaterochka": [],
            "magnit": ["07b5ff6b13", "0c262c177c", "45760b0392", "5937914f18", "5ed1824f2e", "67ebe44e72",
                       "75165edd66", "9b7c8128ee", "e29b86ab6b", "eab407b5dd", "fcd2266a66"],
            "dixy": ["2000144529", "2000225116", "2000225117", "2000326563", "2000587951", "ЦТ0000119"],
            "perekrestok": [],
        }, 'Nescafé instant coffee of any line and size (Classic, Classic Crema, Gold, Gold Aroma, Gold Barista and '
           '«сублимированный с молотым» / «молотый в растворимом»); «БАНКА» is a count; Магнит «NESCAFE Классик, 95г» and '
           'Дикси «Nescafe Gold Alta Rica, 170 г» taken as instant (outside knowledge: these lines are instant coffee); '
           'Nescafé 3-in-1 drinks and Пятёрочка «Кофейный напиток Nescafe Classic 7х18 г» (a coffee drink mix), other '
           'brands left out'),
        ('ЦИКОРИЙ РАСТВОРИМЫЙ 1 БАНКА', {
            "pyaterochka": [],
            "magnit": ["279b109298", "6e9c524bd5", "9c453f410d", "577c8fa879"],
            "dixy": [],
            "perekrestok": [],
        }, 'instant chicory: Экологика, Большая чашка, Здоровье «растворимый», and Цикорич «порошкообразный» (taken as '
           'soluble chicory powder - outside knowledge); Пятёрочка Большая чаша «с черникой» (flavoured) left out'),
        ('САХАР РАФИНАД КУСКОВОЙ 1 ПАЧКА', {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["10E0076829", "2000350151", "2000468691", "2000538871"],
            "perekrestok": ["4092763"],
        }, 'white lump (cube) sugar: «прессованный» / «кусковой» refined sugar of any pack (Русский сахар, Чайкофский '
           'кусковой, Дикси «Сахар прессованный»); granulated sugar incl. Магнит «Сахар-песок … Рафинированный», cane lump'
           ' sugar (тростниковый, нерафинированный, Mistral, Маркет) left out'),
        ('СГУЩЕНКИ ДВЕ БАНКИ', {
            "pyaterochka": [],
            "magnit": ["1000003186", "1000129520", "1000383833", "1000427075", "1000564283", "66294fd8e5",
                       "8000034052", "be9bed5042", "cc9252c04f", "dedd707721"],
            "dixy": ["2000014518", "2000165425", "2000186451", "2000309566", "T000025031"],
            "perekrestok": ["2123014", "3376242", "3484257", "3491930", "3913111", "4147345", "4211054", "4218934"],
        }, 'sweetened condensed milk («сгущённое с сахаром» / «цельное», any pack incl. the Дикси 650 g sachet and the 1 %'
           ' Пр!ст); «ДВЕ БАНКИ» is a count; boiled condensed milk (варёное), Моя цена «Продукт молочный Сгущенка» (not '
           'milk), Магнит «цельное концентрированное стерилизованное» (unsweetened) and sweets with condensed milk left '
           'out'),
    ]),
    # L15 сладкое к чаю
    ('ХАЛВЫ ПОДСОЛНЕЧНОЙ ГРАМ 300, ЗЕФИРА БЕЛО РОЗОВОГО ПАЧКУ, ПЕЧЕНЬЕ ОВСЯННОЕ ПОЛКИЛО', [
        ('ХАЛВЫ ПОДСОЛНЕЧНОЙ ГРАМ 300', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no title says sunflower halva; Рот Фронт «Халва Дружба, с арахисом» (with peanuts), «Халва … в шоколаде», '
           'halva sweets and wafers with halva are other products (the variety «подсолнечная» is required)'),
        ('ЗЕФИРА БЕЛО РОЗОВОГО ПАЧКУ', {
            "pyaterochka": ["3416715"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'white-and-pink zefir: Пятёрочка «ШАРЛИЗ Зефир Бело-розовый 180г»; zefir in chocolate, fruit-flavoured zefir '
           '(клубника, клюква, смородина, брусника, малина, Антоновка, яблочный, ваниль-малина), marshmallow and pastila '
           'left out'),
        ('ПЕЧЕНЬЕ ОВСЯННОЕ ПОЛКИЛО', {
            "pyaterochka": ["3613448"],
            "magnit": [],
            "dixy": ["2000214298", "2000225711", "2000235792", "2000325940", "2000349045", "2000351526",
                     "2000529080", "2000535032"],
            "perekrestok": ["2023501", "2091843", "3412681", "3438892", "3505244", "3603607", "3613448", "3681160",
                            "3901907", "3951119", "4017837", "4024594", "4032428", "4113987", "4123144", "4172266",
                            "4172267", "4251005", "4283939", "4284221", "4315655", "3218321"],
        }, '«ОВСЯННОЕ» (typo) = plain oatmeal cookies of any brand and pack (classic, «Особое», «5 злаков» / «со злаками»,'
           " gluten-free, постное, on sorbitol or maltitol, children's ФрутоНяня); «ПОЛКИЛО» is a quantity; oatmeal "
           'cookies with chocolate, raisins, cranberry, fillings, glaze, apricot, topinambur, mustard oil, protein '
           'cookies, «Злаковое/Злаки ассорти» assortments and titles that do not make the plain cookie clear (Изюминка, '
           'Янтарная сказка) left out; Магнит has only the Хлебный Спас assortment'),
    ]),
    # L16 фрукты
    ('яблоки антоновка 2 кг, АПЕЛЬСИНОВ КИЛО ПОСЛАЩЕ, ЛИМОН 2 ШТ К ЧАЮ, БАНАНЫ СПЕЛЫЕ НЕ ЗЕЛЕНЫЕ', [
        ('яблоки антоновка 2 кг', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no Antonovka apples in any chain; other apple varieties (Гренни Смит, Голден, Гала, Симиренко, Синап…) and '
           'Магнит zefir «Антоновка» are other products'),
        ('АПЕЛЬСИНОВ КИЛО ПОСЛАЩЕ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000312804"],
            "perekrestok": ["3022836", "3629179", "3663839", "4209029", "4260539", "48651", "55655", "60619",
                            "77001353", "77110", "98632"],
        }, 'fresh oranges of any variety and pack (incl. red-fleshed oranges, Навелин, «отборные сладкие»); «КИЛО» is a '
           'quantity and «ПОСЛАЩЕ» a wish; cut orange pieces, Перекрёсток «Апельсины шоколадные» (unclear, probably '
           'sweets), juices left out'),
        ('ЛИМОН 2 ШТ К ЧАЮ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, 'fresh lemons (loose, 2-piece packs); «К ЧАЮ» is a purpose; lemon-scented cleaners, lemon drinks and lime left '
           'out'),
        ('БАНАНЫ СПЕЛЫЕ НЕ ЗЕЛЕНЫЕ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, 'fresh bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», red bananas); ripeness is a wish that'
           ' the titles cannot show; plantains «Бананы для жарки» (as in set g), dried bananas and sweets left out'),
    ]),
    # L17 сосиски с рожками
    ('СОСИСКИ МОЛОЧНЫЕ 1 КГ\nМАКАРОННЫ РОЖКИ\nКЕТЧУП ТОМАТНЫЙ БУТЫЛКУ\nХЛЕБ БЕЛЫЙ ПОЛБУХАНКИ', [
        ('СОСИСКИ МОЛОЧНЫЕ 1 КГ', {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["1752cd8c83", "b2525e4143", "c890078deb", "f72f36dddd"],
            "dixy": ["2000125037", "2000300143", "2000322511", "2000572752", "2000600471", "2000602632"],
            "perekrestok": ["3198697", "3390152", "3416253", "3464086", "4100629", "4175216", "4276248", "4329781"],
        }, '«Молочные» sausages of any brand and pack (incl. Индилайт «Молочные из индейки» and weighed ones priced per '
           '100 g); «1 КГ» is a quantity; Вязанка «Молокуши» (a different product, as in set g), other sausages '
           '(сливочные, Докторские…) left out'),
        ('МАКАРОННЫ РОЖКИ', {
            "pyaterochka": ["2049747"],
            "magnit": ["367d4ecfc8", "6e98aa8b36", "f20a2d2027"],
            "dixy": ["2000005384", "2000005385", "2000544352", "2000572794", "2000575212"],
            "perekrestok": ["3435299", "4273871", "4328907", "4340660", "82772"],
        }, '«МАКАРОННЫ» (typo) = dry pasta «рожки» of any brand and size (incl. «рожок-полубублик», «витой рожок», «рожок '
           'крупный», «Рожки Большие», Моя цена 3 kg, Роллтон «Рожки с оливковым маслом»); other shapes and Бакалейщики '
           '«Рожок Малютка с томатами и шпинатом» (coloured/flavoured) left out'),
        ('КЕТЧУП ТОМАТНЫЙ БУТЫЛКУ', {
            "pyaterochka": ["2157309"],
            "magnit": [],
            "dixy": ["2000033799", "2000193817", "2000207279", "2000207280", "2000320468", "2000538777",
                     "2000552955", "2000567791"],
            "perekrestok": ["3054048", "3652684", "3673189", "3691258", "3970015", "4044938", "4116830", "4149865",
                            "4154517", "4157702", "4227928", "4274973", "4295651", "4312325"],
        }, 'ketchup of the plain «Томатный» kind, any brand and pack (bottle or doy-pack; «БУТЫЛКУ» is a count), incl. '
           'Махеевъ «без сахара и крахмала»; hot, шашлычный, гриль, chili, garlic, Italian, лечо, Georgian, Caucasian, '
           'adzhika and basil ketchups, Mr.Ricco sun-dried/cherry, unnamed Sahar and ketchup-flavoured snacks left out; '
           'Магнит has no tomato ketchup'),
        ('ХЛЕБ БЕЛЫЙ ПОЛБУХАНКИ', {
            "pyaterochka": [],
            "magnit": ["643727af2a"],
            "dixy": [],
            "perekrestok": ["78020935", "49457"],
        }, 'white (wheat) bread loaves: Магнит «Хлеб ГОРЧИЧНЫЙ пшеничный», Перекрёсток «Хлеб Горчичный, 300г» and «Хлеб '
           'Перекрёсток Французский» (taken as white wheat bread - outside knowledge); «ПОЛБУХАНКИ» (half a loaf) is a '
           'quantity; batons, baguettes, ciabatta, toast bread («ТОСТОВЫЙ», a different product), rye and rye-wheat bread,'
           ' bran/grain/raisin breads and breads whose title does not say what flour they are (Крестьянский, Измайловский,'
           ' Сельский, «Хлеб формовой», Советский, Боярский, Ароматный) left out'),
    ]),
    # L18 сало, чеснок, бородинский, огурцы
    ('САЛО СОЛЕНОЕ КУСОЧЕК ГРАММ 300, ЧЕСНОКУ 3 ГОЛОВКИ, ХЛЕБ БОРОДИНСКИЙ БУХАНКУ, ОГУРЦЫ СОЛЕНЫЕ БАНКА', [
        ('САЛО СОЛЕНОЕ КУСОЧЕК ГРАММ 300', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000601572"],
            "perekrestok": ["4280740"],
        }, 'salted pork fat: Дикси «Шпик бутербродный Мясоедов с чесноком» and Перекрёсток Зелёная Линия «Сало из свиного '
           'шпика с черным перцем и чесноком» (garlic and pepper are the usual salting spices, not a flavour variant - '
           'judgement; Мясоедов «шпик бутербродный» taken as salted fat - outside knowledge); «ГРАММ 300» is a quantity; '
           'raw pork belly, smoked-cooked «Грудинка ДОМАШНЯЯ», beef brisket left out'),
        ('ЧЕСНОКУ 3 ГОЛОВКИ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "77278", "4018137", "51157"],
        }, 'fresh garlic bulbs (loose, 1 piece, «ранний», Фермерский «отборный 1 сорта» and «Фермерский, 150г» taken as '
           'bulbs as in set vy); «3 ГОЛОВКИ» is a quantity; peeled cloves «зубчиками» (not heads), grated, chopped, dried,'
           ' smoked garlic, garlic salt left out'),
        ('ХЛЕБ БОРОДИНСКИЙ БУХАНКУ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "3624125", "3974719", "4329404"],
        }, 'Borodinsky bread (Аютинский, Самарский БКК «особый», Маркет, Пр!ст «новый заварной»; sliced and part loaves '
           'accepted, «БУХАНКУ» is a unit); BEERKA «Бородинские» croutons and МД Бородина sausages left out'),
        ('ОГУРЦЫ СОЛЕНЫЕ БАНКА', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000271005", "2000324334", "2000406194", "2000406217", "2000548652"],
            "perekrestok": ["2145531", "3609120", "3976232", "4022883", "4149239", "4187465", "4188777", "4260194",
                            "4260395", "4379607"],
        }, 'salted (brine-fermented) cucumbers and gherkins: titles saying «соленые»/«солёные», «бочковые», incl. '
           'Лукашинские «малосольные бочковые»; «БАНКА» is a count (packs accepted); marinated cucumbers (маринованные, '
           'По-берлински, корнишоны по-французски), flavoured salted ones (Валдайский «с мёдом и клюквой», Лукашинские '
           '«острые с тархуном»), cucumbers whose title says neither (Шесть соток «хрустящие», Лукашинские '
           '«По-старорусски»), fresh cucumbers and mixed vegetables left out; Магнит has only marinated cucumbers'),
    ]),
    # L19 пироги
    ('МУКА ПШЕНИЧНАЯ ВЫСШИЙ СОРТ ДЛЯ ПИРОГОВ, ДРОЖЖИ СУХИЕ ДВА ПАКЕТИКА, СОДА ПИЩЕВАЯ 1 ПАЧКА, САХАР ВАНИЛЬНЫЙ ПАКЕТИКА 2', [
        ('МУКА ПШЕНИЧНАЯ ВЫСШИЙ СОРТ ДЛЯ ПИРОГОВ', {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4"],
            "dixy": ["2000553733", "2000576791", "D000002191", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481"],
            "perekrestok": ["16318", "2037765", "2107396", "2112692", "3193726", "3305673", "3502351", "3626914",
                            "3681817", "3915409", "4262616", "4326495", "91320", "91321"],
        }, 'wheat flour of высший сорт, any pack (incl. «хлебопекарная высший сорт»); Магнит «Мука ПЫШЕЧКА, пшеничная, '
           "2кг» taken as высший сорт (the brand's flour is высший сорт, as Дикси's and Перекрёсток's Пышечка titles say);"
           ' «ДЛЯ ПИРОГОВ» is a purpose; экстра grade, flours whose title states no grade (Старооскольская at '
           'Магнит/Дикси, Дикси «Мука пшеничная хлебопекарная» and Французская штучка 1 kg, Царь 1 kg, Тихорецкая особая),'
           ' self-raising С.Пудовъ «Кондитерская … самоподнимающаяся» (contains raising agents), wholegrain, Manitoba, '
           'rye, rice, corn and other flours left out'),
        ('ДРОЖЖИ СУХИЕ ДВА ПАКЕТИКА', {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry yeast: Саф-Момент 11 g (Дикси title says «сухие быстродействующие»; Магнит's same product taken as dry "
           'yeast - outside knowledge); pressed yeast (Магнит «ПРЕССОВАННЫЕ», Дикси «Люкс Экстра сухие … прессованные» '
           'taken as pressed, as in set vy) and puff pastry left out'),
        ('СОДА ПИЩЕВАЯ 1 ПАЧКА', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078505"],
            "perekrestok": [],
        }, 'baking soda: Дикси «Сода пищевая, 500 г»; baking powder (разрыхлитель) and PALMIA dish soap «пищ сода» left '
           'out'),
        ('САХАР ВАНИЛЬНЫЙ ПАКЕТИКА 2', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220514"],
            "perekrestok": ["4272698"],
        }, 'vanilla sugar: Dr.Bakers «Сахар ванильный», 8 g; Магнит «Ванилин ХААС» (vanillin, a different product) left '
           'out'),
    ]),
    # L20 лечебная вода, кисель, компот
    ('ЕССЕНТУКИ 17 2 БУТЫЛКИ, КИСЕЛЬ В БРИКЕТАХ 3 ШТ, СУХОФРУКТЫ ДЛЯ КОМПОТА ПОЛКИЛО', [
        ('ЕССЕНТУКИ 17 2 БУТЫЛКИ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000336236"],
            "perekrestok": ["3977406"],
        }, 'Ессентуки №17 mineral water, 450 ml; Ессентуки №4, Дикси «Ессентуки, целебная» and Aqua bene «Ессентуки, '
           'целебная» (no number) left out'),
        ('КИСЕЛЬ В БРИКЕТАХ 3 ШТ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no kissel in briquettes: Дикси «Кисель Русский продукт Малина/Клюква, 190 г» and Перекрёсток Русский Продукт '
           '«моментального приготовления, 25г» are not said to be briquettes (the form written is required); ready liquid '
           'kissels (ФрутоНяня, Аппетиссимо, Овсянка, Сэр!) left out'),
        ('СУХОФРУКТЫ ДЛЯ КОМПОТА ПОЛКИЛО', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no dried-fruit mix for compote in any chain; single dried fruits (курага, чернослив, изюм), nut-and-raisin '
           'mixes and Агуша «Компот» (a drink) are other products'),
    ]),
    # L21 к пиву
    ('СКУМБРИЯ КОПЧЕНАЯ 1 ШТ\nПИВО ЖИГУЛЕВСКОЕ 2 БУТЫЛКИ\nСУХАРИКИ РЖАНЫЕ К ПИВУ\nВОБЛА СУШЕНАЯ 2 ШТ', [
        ('СКУМБРИЯ КОПЧЕНАЯ 1 ШТ', {
            "pyaterochka": [],
            "magnit": ["1b9094b7b8", "b80335950f"],
            "dixy": ["2000545671"],
            "perekrestok": [],
        }, 'smoked mackerel, hot or cold smoked, whole or in pieces (Русское Море «горячего копчения» 300 g, Рыбная миля '
           '«Косичка холодного копчения», Мореслав «кусочки холодного копчения»); «1 ШТ» is a count; canned mackerel, '
           'frozen mackerel and Перекрёсток «Скумбрия 0.3-0.5 кг» (title does not say smoked) left out'),
        ('ПИВО ЖИГУЛЕВСКОЕ 2 БУТЫЛКИ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no «Жигулёвское» beer in any chain; Магнит «Пиво ЖИГУЛИ Барное / ЭКСПОРТ / ИПА» is a different brand of the '
           'Moscow Brewing Company (judgement: «Жигули» is not «Жигулёвское»), Дикси «Жигули» mango beer drink, '
           'Перекрёсток «Яблоки Жигулевские» left out'),
        ('СУХАРИКИ РЖАНЫЕ К ПИВУ', {
            "pyaterochka": ["400d61212a"],
            "magnit": ["5a8a28eceb", "7a105553d3"],
            "dixy": ["2000572411", "2000545311"],
            "perekrestok": ["4099879"],
        }, 'rye or rye-wheat croutons of any flavour (plain ones are not sold; croutons for beer are flavoured, so a '
           "flavour is not held against them - judgement): Гренковъ and Vian «ржано-пшеничные с чесноком», Take It/OP'N'GO"
           ' «ржано-пшеничные Чеснок», Вкус Вилладж «ржано-пшеничные белые грибы», BEERKA «Бородинские» (Borodinsky = rye '
           'bread), Воронцовские (rye croutons - outside knowledge); croutons of wheat or unstated bread (Хрусteam Багет, '
           'Фишка, Добрынов, 777, Рижские), sweet сухари with raisins/vanilla, breadcrumbs left out'),
        ('ВОБЛА СУШЕНАЯ 2 ШТ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no vobla in any chain; other dried fish snacks (путассу, ставридка, анчоусы, корюшка, горбуша соломка, рыбка '
           'янтарная) are other products'),
    ]),
    # L22 печёнка с рисом (typed in lower case)
    ('печенка говяжья полкило, рис круглозерный для каши 1 пачка, томатная паста 1 банка', [
        ('печенка говяжья полкило', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000310966"],
            "perekrestok": [],
        }, 'raw beef liver: Дикси «Печень говяжья Диета замороженная»; «полкило» is a quantity; cod liver, liver pâtés, '
           'baby purees and pancakes with liver left out'),
        ('рис круглозерный для каши 1 пачка', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180350", "2000219612", "2000282743", "2000292827", "DI00079260", "ЦТ0042579"],
            "perekrestok": ["3231277", "3469127", "3469128", "3603169", "3674360", "4332035"],
        }, 'white round-grain rice of any brand and pack (incl. boil-in-bag packs and Мистраль «Италика белый '
           'круглозерный»; «для каши» is a purpose); long-grain, parboiled, basmati, jasmine, brown rice, rice-millet '
           'mixes and rice whose title does not say round-grain (Националь Адриатика / Бальдо / Испанский, Агро-Альянс '
           '«Экстра элитный кубанский», «для японской кухни») left out; Магнит and Пятёрочка sell only long-grain rice'),
        ('томатная паста 1 банка', {
            "pyaterochka": [],
            "magnit": ["2c160abf20", "3e333fcf75", "63697ab89b", "64828d44cd", "7f508c0006", "d176b4306a"],
            "dixy": ["2000322276", "2000521414", "2000536311", "2000569071", "2000000761"],
            "perekrestok": ["3504319", "3690262"],
        }, 'tomato paste of any brand and pack (jars, cans, the Круглое лето «пирамидка» and the Помидорка 30 g sachet; «1'
           ' банка» is a count); ketchup, tomatoes in juice and tomato sauces left out'),
    ]),
    # L23 котлеты
    ('ФАРШ ГОВЯДИНА СВИНИНА 1 КГ НА КОТЛЕТЫ, СУХАРИ ПАНИРОВОЧНЫЕ ОДИН ПАКЕТ, ЯИЦ С1 10 ШТ, МАЙОНЕЗ ПРОВАНСАЛЬ 1 ШТ', [
        ('ФАРШ ГОВЯДИНА СВИНИНА 1 КГ НА КОТЛЕТЫ', {
            "pyaterochka": [],
            "magnit": ["1f9a3b6240"],
            "dixy": [],
            "perekrestok": ["4364589"],
        }, 'mixed pork-and-beef mince: Магнит «Фарш МАГНИТ СВЕЖЕСТЬ Домашний» and Перекрёсток «Фарш Хороший Кусок домашний'
           ' мясной» (taken as pork-beef - outside knowledge: «Домашний» mince is the usual pork-beef mix); «1 КГ» is a '
           'quantity, «НА КОТЛЕТЫ» a purpose; pure beef or pork mince, turkey mince (Индилайт), fish mince and minces of '
           'unstated meat (Черкизово «Фермерский», Ближние Горки «деревенский») left out'),
        ('СУХАРИ ПАНИРОВОЧНЫЕ ОДИН ПАКЕТ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000264338"],
            "perekrestok": [],
        }, 'breadcrumbs: Дикси «Сухари Магета панировочные, 150 г»; sweet сухари with raisins, croutons and breaded '
           'products left out'),
        ('ЯИЦ С1 10 ШТ', {
            "pyaterochka": [],
            "magnit": ["1000247384", "1000247393", "2047000033", "3454700001", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671"],
            "perekrestok": ["2109476", "2131763", "3001671", "3182856", "4085791"],
        }, 'chicken eggs of class С1 (= «1 категории») in packs of 10 (the count names the pack, as «десяток» does); '
           'С0/«отборные», СВ/«высшей категории», С2, packs of 6/15/20/30 and quail eggs left out'),
        ('МАЙОНЕЗ ПРОВАНСАЛЬ 1 ШТ', {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077733", "1000077734", "1000169172", "1000179908", "1000233673",
                       "1000277219", "1000348713", "1000356802", "1000422623", "1000498096", "1000501598",
                       "1000554514", "1000556519", "1000556521", "1000558908", "1728400030", "1799700138",
                       "8000045827", "2c23c84574", "53cac67445", "56ff8ec751", "7a519275b4", "7d31b46ae3",
                       "d8bbb63f48", "da818e4a20", "ddda8365b8", "f0f427f9d4", "1000556520"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369",
                     "2000204803", "2000265607", "2000306265", "2000409572", "2000429651", "2000539317",
                     "2000570511", "2000593851", "2000602611", "T000005518", "ЦТ0027566", "ЦТ0040573", "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671", "3467275",
                            "3674577", "3677986", "4072721", "4105769", "4112954", "4199312", "4259097", "4259098",
                            "4297819", "4331497", "4331500", "4331515", "4331518", "4331533", "4339442", "78193"],
        }, 'mayonnaise «Провансаль» of any brand, fat and pack, incl. the Провансаль variants (с лимонным соком, '
           'оливковый, сметанный, с маслом авокадо, на перепелиных яйцах, сливочный, Домашний 55 %; Магнит «РЯБА '
           'Провансаль сметанный» whose title omits the word майонез) - the product word plus the variety accepts every '
           'variant of it, as in sets g and vy; «1 ШТ» is a count; other mayonnaises and sauces left out'),
    ]),
    # L24 уборка и посуда
    ('ПОРОШОК МИФ АВТОМАТ 1 ПАЧКА, ФЕЙРИ ДЛЯ ПОСУДЫ 1 БУТЫЛКА, ГУБКИ ПОСУДУ МЫТЬ ПАЧКУ, ПЕМОЛЮКС 1 ШТ', [
        ('ПОРОШОК МИФ АВТОМАТ 1 ПАЧКА', {
            "pyaterochka": [],
            "magnit": ["32662031ca", "e08459da72"],
            "dixy": [],
            "perekrestok": [],
        }, 'Миф automatic washing powder: Магнит «МИФ Колор, автомат Свежий цвет, 2кг» and «МИФ Морозная свежесть, 2кг» '
           '(taken as automat - outside knowledge: Миф hand-wash powder is sold in small packs, 2 kg packs are the automat'
           " line); other brands' powders, gels, capsules left out; only Магнит sells Миф"),
        ('ФЕЙРИ ДЛЯ ПОСУДЫ 1 БУТЫЛКА', {
            "pyaterochka": [],
            "magnit": ["186ff3d636", "4cf63843e3", "514b218200", "551d8403a9", "7c5bd74e06", "8d877b13ce",
                       "a401696a68", "a8a6d84ae6", "b3ebaa28e5", "bbb10983dd", "d076c21852", "d0bd1a2d49",
                       "df2c291ad1"],
            "dixy": ["2000265727", "2000274013", "2000371202", "2000517533", "2000591971"],
            "perekrestok": ["4011474", "4141118"],
        }, 'Fairy washing-up liquid of any scent, line and size (Сочный лимон, Нежные руки, Пьюр&Клин, Platinum…); Fairy '
           'dishwasher tablets («для посудомоечных машин», as in set g) and other brands left out'),
        ('ГУБКИ ПОСУДУ МЫТЬ ПАЧКУ', {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, 'dish sponges: Магнит «Губки для посуды МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт.»; shoe sponge and bath sponges (мочалка)'
           ' left out'),
        ('ПЕМОЛЮКС 1 ШТ', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000223736"],
            "perekrestok": [],
        }, 'the brand Пемолюкс: Дикси «Порошок чистящий Пемолюкс Лимон, 480 г»; other cleaning powders (Comet, Пр!ст '
           '«Порошок чистящий Лимон») are other brands and left out (a written brand is required)'),
    ]),
    # L25 консервы и сырок
    ('ШПРОТЫ В МАСЛЕ БАНКИ 2, САЙРА КОНСЕРВЫ 1 БАНКА, СЫРОК ПЛАВЛЕНЫЙ ДРУЖБА 3 ШТ', [
        ('ШПРОТЫ В МАСЛЕ БАНКИ 2', {
            "pyaterochka": [],
            "magnit": ["1bdba960f3", "3382c3c046", "861990d37c", "cb3b169ef1"],
            "dixy": [],
            "perekrestok": [],
        }, 'sprats in oil (Вкусные консервы крупные, Знак качества, 5 Морей, Барс); Вкусные консервы «в масле с халапеньо»'
           ' (flavoured) left out; no other chain sells sprats'),
        ('САЙРА КОНСЕРВЫ 1 БАНКА', {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, 'no canned saury in any chain; canned mackerel, sardines and sprats are other fish'),
        ('СЫРОК ПЛАВЛЕНЫЙ ДРУЖБА 3 ШТ', {
            "pyaterochka": [],
            "magnit": ["1000227071"],
            "dixy": [],
            "perekrestok": [],
        }, 'processed cheese «Дружба»: Магнит «Сыр плавленый Карат Дружба 45% 90г»; «Плавленый продукт ДРУЖБА» and Моя '
           'цена «Продукт плавленый … Дружба с сыром» (processed products, not cheese - as «Продукт По-Российски» in set '
           'g) and other processed cheeses left out'),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftgNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftg\d\d ===$", line):
            if cur is not None:
                blocks.append("\n".join(cur).strip("\n"))
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        blocks.append("\n".join(cur).strip("\n"))
    return blocks


def check_blind(lists, blind):
    errors = []
    if len(lists) != len(blind):
        errors.append("%d lists, blind draft has %d" % (len(lists), len(blind)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        expected = draft
        for num, old, new in REPLACED:
            if num == n:
                items = [p.strip() for p in re.split(r"[,\n]", expected)]
                if items.count(old) != 1:
                    errors.append("ftg%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftg%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftg"))
