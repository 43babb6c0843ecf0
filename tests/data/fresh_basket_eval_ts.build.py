#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ts.jsonl -- 25 shopping lists of a retired schoolteacher who types on a smartphone whose
autocorrect silently replaces words («кефирный» for кефир, «раженка», «творожник», «пельменный», «сметаной», «огурцом»,
«виски» for Вискас, «эфир» for зефир, «горбушка» for горбуша, split «мин тай»/«под солнечное»/«пол кило», glued
«туалетнаябумага»/«кофемолотый»/«зубнаяпаста», wrong case endings, a capital at each line start, full stops at ends),
hand-labelled by what she meant against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ts.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_ts.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores; none was needed in this set).  labelled_lists.build
then checks the data -- every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within
an item, every item has a note, the labels are exactly the list's items in order (an item is the text between
commas / new lines) -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fts01, fts02, ...
in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ts.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ts.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; no list of this set was
# empty in all four stores, so nothing was replaced.
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 milk, kefir, bread, eggs
    ("Молоко 3.2% 2 пакета по литру.\nКефирный 1%.\nХлеб бородинский половинку нарезанный.\nЯйца десяток покрупнее.", [
        ("Молоко 3.2% 2 пакета по литру.", {
            "pyaterochka": ["3507208", "3694630", "3645807"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "eaf7de5f17", "e458dc5e25", "e2d5d93f2a", "b4411ba8d4", "35ac60eec2",
                            "885d917850", "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb", "3645807",
                            "3431579", "b508e73840", "47a9cd6be2", "4244242"],
        }, "drinking cow milk of exactly 3.2% in the ordinary litre pack (900 ml-1 l, 950 g-1 kg), pasteurised, UHT "
           "or sterilised, incl. children's 3.2% milk (Агуша «от 3 лет», Сарафаново «детское», as in "
           "real_basket_eval); «по литру» names the pack and is read as the usual litre-class pack (judgement: "
           "900-975 ml packs are what Russian chains sell as litre milk), «2 пакета» is a quantity; 1.4 l, 1.5 l, 2 "
           "l, 200-500 ml packs, ranges (3.2-4%, «от 3,2% до 6%», 3.4-6%), топлёное, козье, flavoured milk (Чудо), "
           "condensed milk and milkshakes excluded; Магнит has no 3.2% milk (only a 0.2 l 2.5%)"),
        ("Кефирный 1%.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "autocorrect artefact: «кефирный» stands for кефир 1%; no kefir of any kind is on sale in any chain "
           "(grepped кефир/кеф/биокефир); yoghurts, biojoghurts, Имунеле/Актимель drinks, варенец and ряженка are "
           "other products"),
        ("Хлеб бородинский половинку нарезанный.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Borodinsky rye bread; none on sale: ЩЕДРЫЕ «Хлебцы тонкие бородинские» (crispbread), Магнит «Колбаса "
           "Бородинская» and the brand «Мясной дом Бородина» are traps; «половинку нарезанный» (half a loaf, sliced) "
           "does not matter when no loaf exists"),
        ("Яйца десяток покрупнее.", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "hen eggs in packs of 10 of any class (С1, СО, отборные); «покрупнее» is a wish, not a filter; packs of 6 "
           "and 20, quail eggs, Kinder eggs and mayonnaise «на перепелином яйце» excluded"),
    ]),
    # L02 a dairy run with a loaf
    ("Творог 5% одну пачку, сметаной 20%, батон нарезной свежий к обеду, масло сливочное 82% пачку.", [
        ("Творог 5% одну пачку", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese of exactly 5% (Село Зелёное 500 г, Молочный знак 180 г); «одну пачку» is a "
           "quantity; Савушкин «101 ЗЕРНО+СЛ.» 5% with blackcurrant/strawberry and Данон «Творог зерненый в йогурте» "
           "with fruit (flavoured), Домик в деревне «Творог мягкий» 5,5% (another fat), Карат 4%, Вкуснотеево 9%, "
           "Брест-Литовск 3%, curd desserts and children's fruit curds excluded"),
        ("сметаной 20%", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "autocorrect artefact: «сметаной» stands for сметана 20%; sour cream of exactly 20%, any brand and pot, "
           "incl. Parmalat Comfort lactose-free 20% (lactose-free dairy counts as the product, as for milk); "
           "10/15/25/30% sour cream, Махеевъ «Соус Сметанный», crisps and croutons with a sour-cream flavour and the "
           "«Сметанник» cake excluded"),
        ("батон нарезной свежий к обеду", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "a white «батон нарезной» loaf: Перекрёсток Маркет «Батон Нарезной нарезка» 400 г and Пятёрочка «Батон "
           "\"Звездный\"нар, Хлебный Дом» 350 г («нар» read as нарезной - abbreviation, outside knowledge); «свежий к "
           "обеду» is a wish and a purpose; chocolate/cereal «батончики», хлебцы, сдоба and other breads excluded"),
        ("масло сливочное 82% пачку.", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter of 82% (82,5% counts as 82, as in all sets), sweet-cream or cultured (Президент "
           "«кислосливочное»), any brand and pack; «пачку» is a quantity; Брест-Литовск 72,5%, puff pastry "
           "«сливочное масло», blinchiki «на сливочном масле» and other oils excluded; Перекрёсток has no butter"),
    ]),
    # L03 chicken soup
    ("Окорочка куриные на суп 2 штуки.\nМорковь кило на суп и на зажарку.\nЛук репчатый 1 кг сетку.\nВермишель паутинка одну пачку.", [
        ("Окорочка куриные на суп 2 штуки.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw chicken leg quarters (окорочка); no chain sells them: thighs (бедро, филе бедра), drumsticks "
           "(голень), whole birds (тушка, цыплёнок-бройлер), breast, the duck «Окорочок утёнка», pork «окорок», "
           "smoked Павловская голень and cat food are other products (as in set vy, chicken thighs are not "
           "окорочка); «на суп 2 штуки» is a purpose and a quantity"),
        ("Морковь кило на суп и на зажарку.", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая» 1 kg pack, Перекрёсток «Морковь мытая» by weight); «кило» is the "
           "quantity of a weighed good, «на суп и на зажарку» a purpose; Korean carrot salads, «Морковь пикантная с "
           "баклажанами», carrot nectar/juice, purees, sauerkraut «с морковью» and pet food «с морковью» excluded"),
        ("Лук репчатый 1 кг сетку.", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "3368252", "3623836"],
        }, "fresh bulb onions of any colour and variety (репчатый красный/белый, Ялтинский, the Магнит «Светофор» "
           "set of three bulbs) loose or pre-packed; «1 кг сетку» is read as the quantity of a weighed vegetable "
           "(nobody sells a 1 kg net; packs of 300-500 g or loose onions make up the kilo); green onion, the herb "
           "mix «петрушка-укроп-лук», shallots (Лук Шалот - a different onion) and Перекрёсток «Лук салатный» (not "
           "said to be a bulb onion) excluded; Ялтинский and «Светофор» taken as bulb onions (outside knowledge)"),
        ("Вермишель паутинка одну пачку.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«паутинка» (the finest soup vermicelli) is the variety written; no pack says паутинка: Federici "
           "«ВЕРМИШЕЛЬ» 500 г (long vermicelli), the egg «вермишель для супчика» and Vegeta soup «с вермишелью» are "
           "not паутинка"),
    ]),
    # L04 an afternoon snack
    ("Раженка 4%.\nПеченье Юбилейное к чаю пачки две.\nБананы 1 кг не зеленые.", [
        ("Раженка 4%.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "autocorrect artefact: «раженка» stands for ряженка 4%; the only ряженка on sale is Пятёрочка «Ряженка "
           "Агуша, клубника, 2,9%» (flavoured, another fat), so none; варенец (Пятёрочка «Варенец термостатный 4%») "
           "is a different product"),
        ("Печенье Юбилейное к чаю пачки две.", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every Юбилейное cookie (traditional, glazed, milk, oat, lenten, wholegrain, berry and "
           "chocolate-flavoured variants; a brand with a product word accepts every variant of that product, as in "
           "sets g and vy); «к чаю пачки две» is a purpose and a quantity; Юбилейное mini cakes («Мини-кексы»), "
           "Останкино «Колбаса Юбилейная» and J.Meinl «Кофе ЮБИЛЕЙНЫЙ» excluded"),
        ("Бананы 1 кг не зеленые.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (loose, packed, organic, mini); «1 кг» is a quantity of a weighed fruit and «не зеленые» a "
           "ripeness wish that titles cannot show; dried bananas, banana-flavoured drinks, purees, sweets and cakes "
           "excluded"),
    ]),
    # L05 a pelmeni supper
    ("Пельменный 2 пачки подешевле.\nСметана 15% к пельменям баночку.\nХлеб ржаной половинку.", [
        ("Пельменный 2 пачки подешевле.", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                            "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "autocorrect artefact: «пельменный» stands for пельмени; any frozen pelmeni of any brand, filling and "
           "pack (incl. Горячая штучка «Бульмени», which are pelmeni); «2 пачки подешевле» is a quantity and a wish; "
           "Calve sauce «д/мяс/кур/пельм.», vareniki and other dumplings excluded"),
        ("Сметана 15% к пельменям баночку.", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream of exactly 15%, any brand and pot (lactose-free 15% included); «баночку» is the unit a "
           "sour-cream pot is bought in and «к пельменям» a purpose, neither a filter; 10/20/25/30% sour cream, "
           "Махеевъ «Соус Сметанный» and sour-cream-flavoured snacks excluded"),
        ("Хлеб ржаной половинку.", {
            "pyaterochka": ["3480920"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» (ordinary black rye-wheat bread, judgement: "
           "what a shopper asking for «хлеб ржаной» gets in Russia); «Хреб Ржаной Край» and «Хлеб зерновой, Ржаной "
           "Край» carry a brand name, not a rye bread (as in set g), rye flour, rye croutons/сухарики and хлебцы "
           "excluded; «половинку» is a quantity"),
    ]),
    # L06 a summer salad
    ("Огурцом свежие кило.\nПомидоры розовые полкило.\nУкроп пучок свежий для салата.\nМасло оливковое для салата небольшую бутылку.", [
        ("Огурцом свежие кило.", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "autocorrect artefact: «огурцом» stands for огурцы; fresh cucumbers of any kind and pack (короткоплодные, "
           "пупырчатые, Ботаника, Перекрёсток «Огурцы Хрустящие» 450 г and «Огурцы корнишоны» 300 г - sold in the "
           "fresh «Окрошка» range with no brine or jar named, taken as fresh, outside knowledge); «кило» is a "
           "quantity; salted, pickled and marinated cucumbers, the Магнит «Ассорти Черри и Корнишоны» mix (not "
           "cucumbers only), cucumber shampoo and cheese «с огурцами» excluded"),
        ("Помидоры розовые полкило.", {
            "pyaterochka": [],
            "magnit": ["107631"],
            "dixy": [],
            "perekrestok": ["4355823"],
        }, "fresh pink tomatoes: Магнит «Томаты розовые» 700 г, Перекрёсток «Томат Дагестан розовый»; «полкило» is a "
           "quantity; red, cherry, cocktail, plum and on-the-vine tomatoes, and Бакинские tomatoes (colour not "
           "stated) excluded, as are salted, marinated and canned tomatoes, juice and sauces"),
        ("Укроп пучок свежий для салата.", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill (Магнит «Укроп» 100 г, Перекрёсток Маркет Fresh «Укроп зеленый» 100 г; a 100 g pack is the "
           "bunch); dried dill (Восточный гость), the mixed herb packs «петрушка-укроп-лук» (not dill only) and "
           "herring «с укропом» excluded"),
        ("Масло оливковое для салата небольшую бутылку.", {
            "pyaterochka": ["63538", "2153521", "3605876", "4082388"],
            "magnit": ["ad1a4a0e52", "204571", "190b32a64b"],
            "dixy": [],
            "perekrestok": [],
        }, "olive oil of any grade (Extra Virgin, Classico, Pure, refined with virgin) in 250-500 ml bottles, all of "
           "which are «небольшую бутылку»; «для салата» is a purpose; sunflower oil with olive oil (MR.RICCO), "
           "grape-seed oil, olive mayonnaise and olives excluded"),
    ]),
    # L07 the cat and the bin
    ("Виски для кошки с курицей.\nНаполнитель для кошачьего туалета древесный пакет.\nПакеты для мусора 30 л рулон.", [
        ("Виски для кошки с курицей.", {
            "pyaterochka": [],
            "magnit": ["109291", "205061"],
            "dixy": [],
            "perekrestok": [],
        }, "autocorrect artefact: «виски» stands for Вискас (Whiskas) - «для кошки» makes it cat food, not whisky; "
           "Whiskas with chicken: the two Магнит «Корм для котят Whiskas, курица, 85 г» pouches (kitten food is cat "
           "food; judgement - no adult Whiskas with chicken is on sale); Whiskas with turkey, beef, duck, other "
           "brands with chicken (Perfect Fit, Дарлинг, Gourmet, Katty, Purina One, Dreamies treats) and every whisky "
           "(trap) excluded"),
        ("Наполнитель для кошачьего туалета древесный пакет.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wood-pellet cat litter; no cat litter of any kind is on sale; «Уголь древесный» (barbecue charcoal) and "
           "toilet paper/soap «туалетная/туалетное» are traps"),
        ("Пакеты для мусора 30 л рулон.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags of 30 l (the written size names the product and is respected); the only bin bags are 35 l "
           "(Магнит «Мешки для мусора 35л») and 60 l (BIG CITY LIFE), food and breakfast bags are other products; so "
           "none"),
    ]),
    # L08 an apple pie
    ("Мука 2 кг для пирога с яблоками.\nСахар песок 1 кг пачку.\nДрожжи сухие 2 пакетика для пирога.\nЯблоки антоновка 2 кг на пирог.", [
        ("Мука 2 кг для пирога с яблоками.", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "3231328", "8065"],
        }, "wheat flour in 2 kg packs (the written size names the pack of a packaged good): Makfa в/с 2 кг, «Мука "
           "Пшеничная» 2 кг, Пышечка хлебопекарная в/с 2 кг, Рязаночка пшеничная экстра 2 кг (no grade was written); "
           "1 kg and 0.5 kg packs, wholemeal 1 kg, rye and rice flour excluded; «для пирога с яблоками» is a purpose"),
        ("Сахар песок 1 кг пачку.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "granulated white sugar; none is on sale: Магнит «Сахар белый прессованный» is lump sugar (another form) "
           "and Пятёрочка «Демерара» is unrefined cane sugar in 500 g; so none"),
        ("Дрожжи сухие 2 пакетика для пирога.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "dry yeast (Саф-Момент 11 г sachet); «2 пакетика» is a quantity; frozen yeast dough and puff pastry "
           "excluded"),
        ("Яблоки антоновка 2 кг на пирог.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Antonovka apples (the variety written is required); only Гренни Смит, красные, Гала, Медовый хруст, Ред "
           "Делишес and «сезонные» apples are on sale, and Белёвский «Зефир … АНТОНОВ.» is a trap; so none"),
    ]),
    # L09 tea time
    ("Чай Майский черный в пакетиках пачку.\nПряниками мятные.\nЭфир в шоколаде.\nЛимон к чаю один.", [
        ("Чай Майский черный в пакетиках пачку.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain black tea of the Майский brand in bags; the only Майский teas are the loose-leaf «Новогодний шар» "
           "gift ball and a flavoured «смородина с мятой; душистый чабрец» bag pack (plain tea only, as for «чай "
           "черный» in set vy); other brands are not Майский; so none"),
        ("Пряниками мятные.", {
            "pyaterochka": [],
            "magnit": ["203161"],
            "dixy": [],
            "perekrestok": [],
        }, "autocorrect artefact: «пряниками» stands for пряники; mint gingerbread: Магнит «Пряники Яшкино, мятные»; "
           "blackcurrant, chocolate, condensed-milk, Тульский, топлёное-молоко and «Классические» пряники (mint not "
           "stated) excluded"),
        ("Эфир в шоколаде.", {
            "pyaterochka": ["3936545", "3681284"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "autocorrect artefact: «эфир» stands for зефир (zefir in chocolate); zefir whose title names chocolate: "
           "Пятёрочка «Зефир глазированный в шоколадной глазури» 1 кг and «ВДОХНОВ. Зефир ЯГ.ПАРФЕ в тем.шок.» (no "
           "flavour was written); zefir only said to be «глазированный»/«гл.» (Шарлиз ваниль, Белёвский «с ароматом "
           "ванили гл.») is left out because the glaze is not said to be chocolate, and unglazed zefir (Белёвский, "
           "Сладкие истории, Neo Botanica), marshmallow «для десертов» and Бон Пари marshmallow are other products"),
        ("Лимон к чаю один.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a fresh lemon; no fresh lemons are on sale (only citric acid, lemon-flavoured drinks, sweets, detergents "
           "and olives «лимон»); so none"),
    ]),
    # L10 breakfasts
    ("Хлопья Геркулес для каши по утрам.\nКофе растворимый нескафе голд банку побольше.\nСыр Российский полкило кусочком.\nСгущенка самая дешевая.", [
        ("Хлопья Геркулес для каши по утрам.", {
            "pyaterochka": ["4027131"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats of the «Геркулес» type (the capital is autocorrect's; Геркулес names the kind of oat "
           "flakes): Пятёрочка «Хлопья овсяные Клинские \"Геркулес\"» 500 г; Увелка «Хлопья зерн.овсян.трад.» (not "
           "called Геркулес; judgement: left out), buckwheat/rice/corn/multigrain flakes, instant and children's "
           "porridges, oat «Велле» products and oat cookies excluded; «для каши по утрам» is a purpose"),
        ("Кофе растворимый нескафе голд банку побольше.", {
            "pyaterochka": ["3928171", "3658915", "3971960", "3626895", "3419750", "3659359", "3659496", "3932897"],
            "magnit": ["109351", "199191", "198971"],
            "dixy": [],
            "perekrestok": [],
        }, "instant Nescafe Gold of any size and variant of the Gold line (Gold, Gold with ground coffee, Gold "
           "Crema, Gold Barista, Gold Espresso, Gold Origins Colombia; a brand with a product word accepts its "
           "variants); «банку» is the unit and «побольше» a wish (titles mostly do not say jar or soft pack); "
           "Nescafe Classic, Crema (not Gold), Classic Latte sachets and other brands excluded"),
        ("Сыр Российский полкило кусочком.", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Российский cheese in a piece: Пятёрочка Брест-Литовск «российский 50%» 200 г; «полкило» is the quantity "
           "of a cheese bought by weight or in pieces; Перекрёсток Зелёная Линия «Сыр Российский нарезка» is sliced, "
           "and «кусочком» (in a piece) was written, so it is excluded; other cheeses, Российский chocolate, cognac "
           "and champagne excluded"),
        ("Сгущенка самая дешевая.", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "sweetened condensed whole milk of any pack (tin or doy-pack); «самая дешевая» is a ranking wish; варёная "
           "сгущёнка (Рогачев, Егорка) and goods with condensed milk (waffles, sweets, croissants, muffins) excluded"),
    ]),
    # L11 a cleaning day
    ("Туалетнаябумага 8 рулонов.\nФейри для посуды большую бутылку.\nПорошок стиральный автомат подешевле большую пачку.", [
        ("Туалетнаябумага 8 рулонов.", {
            "pyaterochka": ["3679801", "3449118", "4059050", "3900558"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "autocorrect artefact: the glued «туалетнаябумага» is туалетная бумага; toilet paper in packs of 8 rolls "
           "(the roll count names the pack and is respected): Papia White De Luxe 8, Papia 3-ply 8, Zewa Deluxe 8, "
           "Zewa Just 1 8; 4- and 12-roll packs, moist toilet paper, paper towels and wrapping paper excluded"),
        ("Фейри для посуды большую бутылку.", {
            "pyaterochka": ["3501028", "3501026"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy washing-up liquid in the large 900 ml bottle (any scent: Нежные руки ромашка, Сочный лимон); "
           "«большую бутылку» names the pack of a packaged good and Fairy comes in a regular 430-450 ml and a large "
           "900 ml bottle, so the 430/450 ml bottles (Platinum, Нежные руки, Сочный лимон, роза-жасмин) are left out "
           "(judgement); AOS, Sorti, Biasept and dishwasher tablets (Finish, Somat) excluded"),
        ("Порошок стиральный автомат подешевле большую пачку.", {
            "pyaterochka": ["3149485", "2087255"],
            "magnit": ["168231", "111621", "105881", "105891", "198901", "105941", "167921"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder whose title says it is for automatic machines («автомат»/«авт.»), any brand, in the big "
           "packs of 2.4-6 kg (incl. Tide «Детский»); «большую пачку» names the pack and excludes the 400 g Tide "
           "«д/чувств кожи» (judgement), «подешевле» is a wish; powders whose titles do not say автомат (Лоск 2,7 "
           "кг, Persil Колор 1,5 кг ЛАБ, Tide Lenor Color, Bimax 3 кг, Persil 3 кг in Пятёрочка, Биолан, BioMio) are "
           "left out because the chains also sell hand-wash powders and the title does not settle it; gels, liquids "
           "and capsules are another form; cleaning powders (Пемолюкс, Comet) and cocoa powder excluded"),
    ]),
    # L12 herring and potatoes
    ("Селедка в масле баночку к картошке.\nМин тай филе мороженое.\nКартошка 3 кг на неделю.\nЛук зеленый пучок к картошке.", [
        ("Селедка в масле баночку к картошке.", {
            "pyaterochka": ["4043492", "3497722", "3603143", "3682728", "3693862"],
            "magnit": ["29793287b9", "3068665d37", "112371"],
            "dixy": [],
            "perekrestok": ["4056953", "3621742", "3497722", "79542", "4360965", "4034451", "4367712", "4147685",
                            "4364448", "4225103"],
        }, "herring fillet (pieces) in oil, any brand and pack («баночку» is the unit, «к картошке» a purpose; VICI "
           "«К картошке» and Русское море «Селёдочка к картошке» are plain herring in oil); Пятёрочка «САН.БР. Филе "
           "сельди МАТ.ХХL дел. ж/б 200г» accepted because the same X5 code 3497722 is titled «Сельдь Матиас ХХL "
           "Отборная филе-кусочки в масле, 200г» in Перекрёсток; plain only: herring in oil «с укропом», «с лук», «с "
           "ароматом дыма», in wine/spiced marinades and brine, «ассорти По-шведски», Матиас «деликатесное "
           "оригинальное» (oil not stated), whole salted herring, herring roe, «Сельдь под шубой» and Korean хе "
           "excluded"),
        ("Мин тай филе мороженое.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4350401", "4350402"],
        }, "autocorrect artefact: the split «мин тай» is минтай; frozen pollock fillet (Люди Любят «Минтай филе без "
           "кожи замороженный» and «Филе минтая без кожи порционное мороженое»); Магнит «Филе минтая, полуфабрикат "
           "из замороженного сырья» is sold defrosted (not frozen - outside knowledge about Магнит's wording), so it "
           "is left out; other fish excluded"),
        ("Картошка 3 кг на неделю.", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (new, washed, red, «для варки»/«для жарки» 3 кг, 2,5 кг, loose); «3 "
           "кг на неделю» is a quantity of a weighed vegetable; potato starch, crisps, «Картофель хрустящий», Knorr "
           "«Картошка по-деревенски», marzipan «Картошка», potato salads and vareniki excluded"),
        ("Лук зеленый пучок к картошке.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295465"],
        }, "fresh green onion (Перекрёсток Маркет Fresh «Лук зеленый» 100 г); herb mixes with onion, dill and "
           "parsley (not green onion only), bulb onions, onion-flavoured snacks excluded"),
    ]),
    # L13 the grandson visits
    ("Творожник Агуша для внука.\nСок яблочный детский маленькие коробочки с трубочкой.\nСушки ванильные к чаю.", [
        ("Творожник Агуша для внука.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "autocorrect artefact: «творожник» stands for творожок Агуша (Agusha children's curd); Агуша sells here "
           "only milk, strawberry ряженка, juices, «вода+сок» drinks and purees, so none; other brands' children's "
           "curds (Тема, Мама Лама, Verkhovye, Howaru), Чудо «Творожок» and curd desserts are not Агуша"),
        ("Сок яблочный детский маленькие коробочки с трубочкой.", {
            "pyaterochka": ["3684252"],
            "magnit": ["eef4bdbf61"],
            "dixy": [],
            "perekrestok": [],
        }, "children's single-fruit apple juice in small (200 ml) cartons: Магнит «АГУША Сок яблоко осв 200мл "
           "т/пак», Пятёрочка «Сок Honey Kid, яблоко, 200 мл» (children's brands; 200 ml cartons taken as the straw "
           "packs, outside knowledge); «детский» and «маленькие коробочки» are respected: children's apple juice in "
           "0.5-1.93 l packs (Фруктовый сад, Сады Придонья), adult apple juices, Сады Придонья 0,125 л (not said to "
           "be for children), apple-cherry/apple-rosehip mixes, Агуша «вода+сок» and purees excluded"),
        ("Сушки ванильные к чаю.", {
            "pyaterochka": ["3474797"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vanilla sushki: Пятёрочка «Мини сушка Семейка Озби, ваниль»; poppy-seed баранки and other snacks excluded"),
    ]),
    # L14 borscht
    ("Свекла на борщ 2 штуки.\nКапуста белокочанная небольшой кочан.\nГовядина на косточке получше.\nТоматная паста в баночке на борщ.", [
        ("Свекла на борщ 2 штуки.", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (Магнит «Свекла мытая» 1 кг, Перекрёсток «Свекла мытая фасованная» 1 кг); «2 штуки» is a "
           "quantity and «на борщ» a purpose; beet salads and juices excluded"),
        ("Капуста белокочанная небольшой кочан.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «Капуста белокочанная ранняя, 1 кг», sold by the head/kg); «небольшой кочан» "
           "is a wish; sauerkraut, Chinese cabbage (Перекрёсток «Капуста китайская»), broccoli, cauliflower salads "
           "and seaweed excluded"),
        ("Говядина на косточке получше.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bone-in beef (for broth); none is sold with the bone: Магнит «Лопаточная часть говядины, без кости», "
           "Мираторг «Мякоть бедра», steaks, neck «шейная часть» (bone not stated), tongue, mince, stewed beef and "
           "ready meals are other products; «получше» is a wish; so none"),
        ("Томатная паста в баночке на борщ.", {
            "pyaterochka": ["3696785", "84652", "3486033", "31623"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste of any brand (Махеевъ «Паста ДОМАШНЯЯ томат. ст/б», Помидорка 250 мл and 480 мл, Heinz 310 "
           "г); «в баночке» is read as the unit it is bought in (most titles do not name the container) and «на "
           "борщ» is a purpose; ketchups, tomato sauces, juices and tomatoes in juice excluded"),
    ]),
    # L15 sausages and pasta
    ("Колбаса докторская пол кило.\nСосиски молочные к макаронам граммов 500.\nХлеб белый в нарезке к супу.\nКетчуп Хайнц к сосискам.", [
        ("Колбаса докторская пол кило.", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "autocorrect artefact: the split «пол кило» is полкило, the quantity of a sausage bought by weight or in "
           "packs (not a filter); boiled Докторская sausage of any brand, pack and form (whole, by weight, 150-500 "
           "g, sliced Ремит); Докторские sausages/сардельки (сосиски, not колбаса) and the «Black Monster The "
           "Doctor» drink excluded"),
        ("Сосиски молочные к макаронам граммов 500.", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "milk frankfurters («Сосиски Молочные» 0,33 кг and 0,65 кг in Магнит, Велком «Сосиски молочные» 480 г); "
           "«граммов 500» is the quantity wanted, not a pack size; other frankfurters (Сливочные, Детям, Венские, "
           "Баварские, Филейные, with cheese), Вязанка «Молокуша» and сардельки excluded"),
        ("Хлеб белый в нарезке к супу.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "sliced white bread: Перекрёсток Маркет «Батон Нарезной нарезка» 400 г (a sliced white loaf; батон counts "
           "as bread, as in real_basket_eval); Пятёрочка «Батон \"Звездный\"нар» is not said to be sliced («нар» = "
           "нарезной, the kind of loaf) and «в нарезке» was written, so it is left out; rye and rye-wheat breads "
           "(Даниловский, Марьин), Ржаной Край, хлебцы and сдоба excluded"),
        ("Кетчуп Хайнц к сосискам.", {
            "pyaterochka": ["3631091", "4086400"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "every Heinz ketchup (tomato, tomato with mustard; a brand with a product word accepts its variants, as "
           "in set g); Heinz sauces (кисло-сладкий, чили, сырный, Цезарь, Salsa, Cherry, терияки, брусничный), Heinz "
           "mayonnaise/tomato paste and other brands' ketchups excluded"),
    ]),
    # L16 pancakes
    ("Молоко 2.5% для блинов.\nЯйца 2 десятка на блины.\nМасло под солнечное рафинированное.\nВаренье клубничное баночку к блинчикам.", [
        ("Молоко 2.5% для блинов.", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "66ec0f255d",
                            "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243",
                            "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7", "4310700", "af8570f806"],
        }, "drinking cow milk of exactly 2.5%, any brand and pack (no size was written: 0.2 l to 1 kg), pasteurised, "
           "UHT or sterilised, incl. children's 2.5% milk (Сарафаново «детское», as in real_basket_eval); «для "
           "блинов» is a purpose; other fats, ranges, топлёное, козье, flavoured milk and milkshakes excluded"),
        ("Яйца 2 десятка на блины.", {
            "pyaterochka": ["3446505", "3620510", "3341462"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512", "3341462"],
        }, "hen eggs in packs of 10 (two packs make «2 десятка») and the 20-egg packs (Лето С1 20 шт, exactly two "
           "dozen-tens - judgement); any class; packs of 6, quail eggs and Kinder eggs excluded; «на блины» is a "
           "purpose"),
        ("Масло под солнечное рафинированное.", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "autocorrect artefact: the split «под солнечное» is подсолнечное; refined sunflower oil (Олейна раф.дез. "
           "2 л, Благо, MR.RICCO раф/дезодор, Слобода раф для жарки 1 л); MR.RICCO sunflower oil «с доб олив» and «с "
           "экстр Прованские травы», the «Масло с доб масла авокадо», Almador flavoured oils (basil, garlic), corn, "
           "grape-seed and olive oils excluded"),
        ("Варенье клубничное баночку к блинчикам.", {
            "pyaterochka": [],
            "magnit": ["82bf2ad868"],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry варенье (Магнит «ВОЛОГОДСКОЕ ВАРЕНЬЕ клубничное» 370 г jar); «баночку» is the unit, «к "
           "блинчикам» a purpose; strawberry jam (Махеевъ «Джем клубника»/«Джем КЛУБНИЧНЫЙ»; варенье ≠ джем, as in "
           "set d), raspberry/bilberry/nut варенье and strawberry-filled pastries excluded"),
    ]),
    # L17 a diet week
    ("Творог обезжиренный 2 пачки на сырники.\nГречку ядрицу пару пачек на неделю.\nКуриное филе 1 кг для диеты.\nБрокколи замороженная пакет.", [
        ("Творог обезжиренный 2 пачки на сырники.", {
            "pyaterochka": ["3687270", "3692659"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4331301"],
        }, "plain fat-free cottage cheese: Молочный Знак «Творог обезжиренный 0.5%», Пятёрочка «Биотворог "
           "обезжиренный» (plain biotvorog counts, as биокефир counts as kefir) and Домик в деревне «Творог мягкий "
           "0,1%» (0.1% is fat-free by any standard; judgement); «2 пачки на сырники» is a quantity and a purpose; "
           "3-9% curd, flavoured and children's curds, curd desserts and ready сырники excluded"),
        ("Гречку ядрицу пару пачек на неделю.", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (ядрица): Магнит «Крупа Гречневая Prosto» 500 г (taken as ядрица - no продел is on "
           "sale, as in set vy); buckwheat flakes (Увелка, Мистраль), Nestle buckwheat porridge, soba noodles, ready "
           "buckwheat dishes and kits excluded"),
        ("Куриное филе 1 кг для диеты.", {
            "pyaterochka": ["2160069", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast fillet (куриное филе = breast fillet, as in real_basket_eval; филе грудки "
           "цыплёнка/цыплёнка-бройлера and Петелинка «Филе цыплёнка малое» taken as breast fillet, as in set g); «1 "
           "кг для диеты» is a quantity and a purpose; breast on the bone «Грудка куриная без кожи», thigh fillet, "
           "grilled/baked breast, duck and turkey fillet excluded"),
        ("Брокколи замороженная пакет.", {
            "pyaterochka": [],
            "magnit": ["23e8f39e40"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen broccoli (Морозко Green «Капуста брокколи замор» 800 г); baby purees and cream soups with "
           "broccoli excluded"),
    ]),
    # L18 olivier salad
    ("Майонез провансаль Махеев на оливье, горошек Бондюэль пару банок на оливье, крабовые палочкой, картошка на оливье 2 кг.", [
        ("Майонез провансаль Махеев на оливье", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2047206"],
        }, "Махеевъ Провансаль mayonnaise of any pack (Перекрёсток «Майонез Махеевъ Провансаль с лимонным соком "
           "дой-пак 67%» - Махеевъ's Провансаль is made with lemon juice, it is the classic one); Махеевъ «С "
           "перепелиным яйцом» (not Провансаль), Махеевъ «Соус ЦЕЗАРЬ майонезный» and other brands' Провансаль "
           "(Ряба, Слобода, Скит, Я люблю готовить) excluded; «на оливье» is a purpose"),
        ("горошек Бондюэль пару банок на оливье", {
            "pyaterochka": [],
            "magnit": ["213651", "111581"],
            "dixy": [],
            "perekrestok": ["27460"],
        }, "canned green peas of Bonduelle (212 мл, 400 г, 200 г); «пару банок на оливье» is a quantity and a "
           "purpose; other brands' peas (Globus, 6 соток, Знак заботы, Маркет, «молодой Горошек»), Bonduelle beans, "
           "olives, mushrooms and the Wok mix excluded"),
        ("крабовые палочкой", {
            "pyaterochka": ["3131715", "3931923"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3406474", "3447879", "3131715", "86385", "4074412", "4425909", "3993014", "3993018",
                            "3337825", "3931923", "4417821", "4311581", "4166323", "4354524"],
        }, "autocorrect artefact: «палочкой» (wrong case) stands for крабовые палочки; surimi crab sticks of any "
           "brand, chilled or frozen (Vici incl. «Снежный краб» and Surimi Kama, Меридиан, Русское море incl. "
           "«Салатные», Люди Любят); «крабовое мясо» (as in set g), the ready «Салат Крабовый», cheese sticks and "
           "«Палочки с чесноком» excluded"),
        ("картошка на оливье 2 кг.", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack; «на оливье 2 кг» is a purpose and a quantity; the ready «Салат "
           "Оливье», potato starch, crisps and potato salads excluded"),
    ]),
    # L19 coffee
    ("Сливки 10% для кофе маленькую пачечку.\nКофемолотый Жокей.\nСахар рафинад к кофе.\nВафли Яшкино к чаю с внуками.", [
        ("Сливки 10% для кофе маленькую пачечку.", {
            "pyaterochka": ["3634638"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "drinking cream of exactly 10% in the smaller packs on offer (Молочный знак 10% 500 мл, Сарафаново «дет.» "
           "10% 480 мл); «маленькую пачечку» names the pack, so Домик в деревне «Сливки стер 10% 950г» is left out "
           "(judgement: a 950 g box is not a small pack; no 10% cream comes in 200 ml), «для кофе» is a purpose; 11% "
           "Parmalat, 20% and 33% cream, the dry-cream substitute Mr. Сливкин, Сопьо Крима substitute and Baileys "
           "excluded"),
        ("Кофемолотый Жокей.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "autocorrect artefact: the glued «кофемолотый» is кофе молотый (ground coffee) of the Жокей brand; the "
           "only Жокей coffee is «ЖОКЕЙ Кофе ИРЛАНДСКИЕ СЛИВКИ мол. 150г», an Irish-cream flavoured ground coffee - "
           "plain products exclude flavoured ones - so none; other brands' ground coffee is not Жокей"),
        ("Сахар рафинад к кофе.", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "lump refined sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг» (pressed white sugar is сахар-рафинад "
           "in cubes - outside knowledge); Демерара unrefined cane sugar excluded; «к кофе» is a purpose"),
        ("Вафли Яшкино к чаю с внуками.", {
            "pyaterochka": ["3141421", "2126636"],
            "magnit": ["f55f44c954", "7d5a68f794", "01fb3ade65"],
            "dixy": [],
            "perekrestok": [],
        }, "every Яшкино wafer (сгущенка, с вареной сгущенкой, Сливочные, глазированные с орешками; a brand with a "
           "product word accepts its variants); Яшкино croissants and пряники, other brands' wafers (Коровка, "
           "Коломенское, Аладушкин, Varna) excluded"),
    ]),
    # L20 New Year
    ("Мандарины 2 кг к Новому году.\nМёд цветочный баночку к чаю.\nКлюква мороженая на морс пакет.", [
        ("Мандарины 2 кг к Новому году.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins of any origin (loose, Марокко, «с листом Китай»); «2 кг к Новому году» is a quantity and "
           "an occasion; mandarin drinks, nectars, sweets and yoghurts excluded"),
        ("Мёд цветочный баночку к чаю.", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural flower honey in jars (Медовый дом «цветочный разнотравье» 250 г, «цветочный монофлорный "
           "Восточная липа» and «цветочный Южный цветок» 320 г); crème honey «с наполнителями» (with lemon-ginger, "
           "raspberry - flavoured), honey-flavoured snacks and muesli excluded"),
        ("Клюква мороженая на морс пакет.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen cranberries; none: Перекрёсток «Клюква дикорастущая Зелёная Линия, 250г» is sold with the fresh "
           "berries and not said to be frozen («мороженая» was written), cranberry морс, sauerkraut «с клюквой», "
           "sweets and cookies with cranberry are other products; so none"),
    ]),
    # L21 festive tins and the pantry
    ("Шпроты в масле 2 банки к празднику.\nГорбушка консервы.\nРис круглый на кашу молочную.\nХлеб Дарницкий кирпичик.", [
        ("Шпроты в масле 2 банки к празднику.", {
            "pyaterochka": ["3504456", "3609788", "3648434"],
            "magnit": ["109251"],
            "dixy": [],
            "perekrestok": [],
        }, "sprats in oil, any brand and tin (Знак качества 160 г, «Шпроты из салаки, в масле» 240 г, БАРС «Шпроты "
           "из балтийск.кильки в/м» - в/м = в масле); «2 банки к празднику» is a quantity and an occasion; sprat "
           "paste and other tinned fish excluded"),
        ("Горбушка консервы.", {
            "pyaterochka": ["3609786"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "autocorrect artefact: «горбушка» (the heel of a loaf) stands for горбуша; canned pink salmon: Пятёрочка "
           "«ЗНАК КАЧ. Горбуша натуральная 245г» (a tin in the «Консервы» range); frozen pink-salmon fillet and "
           "pink-salmon caviar are not canned fish; bread is a trap"),
        ("Рис круглый на кашу молочную.", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice: Увелка «Краснодарский, круглый», Мистраль «Рис для плова, традиционный, круглый, 1 "
           "сорт» (and the same Мистраль «Рис для плова традиц. 900г» in Пятёрочка, titled without «круглый»), "
           "Мистраль «Кубань» (round-grain - outside knowledge); Адриатика (as in set vy), Националь «для плова», "
           "Global Village «для плова», long-grain, jasmine, basmati, brown, Девзира, rice mixes and «Рис и греча» "
           "excluded; «на кашу молочную» is a purpose"),
        ("Хлеб Дарницкий кирпичик.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Дарницкий rye-wheat bread; none on sale (Даниловский, Марьин, Ржаной Край and хлебцы are other breads); "
           "«кирпичик» (a tin loaf) does not matter when no Дарницкий exists"),
    ]),
    # L22 vegetables for лечо
    ("Морковью 1 кг.\nКабачки 2 шт на оладьи.\nПерец болгарский 3 штуки на лечо.", [
        ("Морковью 1 кг.", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "autocorrect artefact: «морковью» (wrong case) stands for морковь; fresh carrots (Магнит «Морковь мытая» "
           "1 кг, Перекрёсток «Морковь мытая» by weight); «1 кг» is a quantity of a weighed vegetable; Korean carrot "
           "salads, carrot juice/nectar, purees and pet food with carrot excluded"),
        ("Кабачки 2 шт на оладьи.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["44110", "48632"],
        }, "fresh courgettes (Перекрёсток «Кабачки», «Кабачки цуккини зелёные» - zucchini are courgettes); «2 шт на "
           "оладьи» is a quantity and a purpose; squash caviar, courgettes in adjika and baby purees excluded"),
        ("Перец болгарский 3 штуки на лечо.", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["6178", "6177", "2080290"],
        }, "fresh sweet (bell) pepper of any colour: Магнит «Перец болгарский, красный», Перекрёсток «Перец красный "
           "сладкий», «Перец жёлтый сладкий» and «Перец Рамиро сладкий» (a sweet pepper variety - outside "
           "knowledge); Перекрёсток «Перец в ассортименте, 2шт» (not said to be sweet) is left out; grilled pepper "
           "in jars, ajvar, ready лечо, black/ground/chili pepper and spice mixes excluded; «3 штуки на лечо» is a "
           "quantity and a purpose"),
    ]),
    # L23 tea with a neighbour
    ("Конфеты Коровка граммов 300, вафли Артек к чаю, чай зеленый в пакетиках одну пачку, молоко Домик в Деревне 3.2% литровое.", [
        ("Конфеты Коровка граммов 300", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Коровка» milk-fudge sweets; none on sale: «Вафли Коровка», «КОРОВКА Пряник», Коровка из Кореновки ice "
           "cream and chocolate paste, and «Весёлая коровка» milk are other products with the name; «граммов 300» is "
           "a quantity"),
        ("вафли Артек к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Артек wafers; none on sale (Яшкино, Коровка, Коломенское, Aladushkin, Varna and unbranded wafers are not "
           "Артек)"),
        ("чай зеленый в пакетиках одну пачку", {
            "pyaterochka": ["3982372"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain green tea in bags: Пятёрочка «Lipton чай зеленый в пирамидках Magnificent Matcha 20 пакетиков» "
           "(green tea with matcha, which is itself green tea, no aroma - judgement); flavoured green teas (TESS "
           "LIME, Richard мелисса/мята, ASSAND jasmine, Curtis mango/Hugo), milky oolongs, black and herbal teas and "
           "green-tea detergent excluded"),
        ("молоко Домик в Деревне 3.2% литровое.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["b508e73840"],
        }, "Домик в деревне drinking milk of exactly 3.2% in the litre-class pack (Перекрёсток «Молоко "
           "ультрапастеризованное Домик в деревне 3.2%, 925мл»; «литровое» read as the usual 900 ml-1 l pack, as in "
           "fts01); Домик в деревне топлёное 3.2%, its 0.5/1.5/2.5/3.5/3.7/6% milks and other brands' 3.2% milk "
           "excluded; the capital in «Деревне» is autocorrect's"),
    ]),
    # L24 the bathroom shelf
    ("Мыло детское 2 куска для внуков.\nЗубнаяпаста Жемчуг.\nШампунь Чистая линия для нормальных волос.\nГубки для посуды упаковку штук 5.", [
        ("Мыло детское 2 куска для внуков.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's bar soap; none on sale: Camay, Fax, Safeguard, Dove cream soap and AURA liquid soap are not "
           "children's soap, Johnson's Baby «Масло детское» is body oil; so none"),
        ("Зубнаяпаста Жемчуг.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "autocorrect artefact: the glued «зубнаяпаста» is зубная паста of the Жемчуг brand; no Жемчуг toothpaste "
           "is on sale (Colgate, Blend-a-med, Close Up, Aquafresh, Lacalut, Splat, President, ROCS are other brands; "
           "the «ЧЁРНЫЙ ЖЕМЧУГ» face cream is a trap); so none"),
        ("Шампунь Чистая линия для нормальных волос.", {
            "pyaterochka": [],
            "magnit": ["8442fcc99f"],
            "dixy": [],
            "perekrestok": ["3065062"],
        }, "Чистая Линия shampoo suited to normal hair: «Сила 5 трав д/в тип вол» and «Крапива для всех типов волос» "
           "(a shampoo for all hair types is for normal hair - judgement); the men's 3-in-1 "
           "shampoo-conditioner-shower gel (another product), Чистая Линия conditioner and ice cream, and other "
           "brands' shampoos excluded"),
        ("Губки для посуды упаковку штук 5.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges; none on sale (only washing-up liquids and dishwasher tablets); so none"),
    ]),
    # L25 pasta and cutlets
    ("Макароны Макфа рожки пару пачек.\nФарш Говяжий на котлеты 500 г.\nСыр плавленый Дружба 2 штуки.\nМасло сливочное Простоквашино одну пачку.", [
        ("Макароны Макфа рожки пару пачек.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Makfa pasta in the рожки (elbow) shape - brand and shape were written; Makfa sells here only «перья» "
           "(Магнит) and «СВИТКИ» (Пятёрочка), and the «Витой рожок» is unbranded, so none; Makfa flour and biscuits "
           "are other products"),
        ("Фарш Говяжий на котлеты 500 г.", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef mince (Рестория, Останкино «мгс» = modified-atmosphere pack, Мираторг; 400 г packs); «500 г» is the "
           "quantity of mince wanted (as «фарш свиной 1 кг» in set vy) and «на котлеты» a purpose; pork, pork-beef, "
           "«Домашний», «Деревенский», turkey and chicken mince and stuffed olives excluded; the capital in "
           "«Говяжий» is autocorrect's"),
        ("Сыр плавленый Дружба 2 штуки.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["6b7105d28a"],
            "perekrestok": [],
        }, "processed cheese of the Дружба kind: Дикси «Сыр плавленый Дружба Карат 55%, 400 г»; other processed "
           "cheeses (Карат Янтарь/Коралл, Виола, Hochland, President, Фетакса, Экомилк) and Дружба halva excluded; "
           "«2 штуки» is a quantity"),
        ("Масло сливочное Простоквашино одну пачку.", {
            "pyaterochka": [],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "Простоквашино butter (82%, 180 г) in Магнит and Дикси; other brands' butter excluded; «одну пачку» is a "
           "quantity"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftsNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fts\d\d ===$", line):
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
                    errors.append("fts%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fts%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fts"))
