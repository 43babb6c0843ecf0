#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ty.jsonl -- 25 shopping lists of a household buying for a big event (a school prom
picnic, a works party, a family anniversary for 30 guests: big quantities and multiples on every line, disposable
tableware and party household goods, everyday food), hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ty.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_ty.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item in each of two lists that were empty in all four stores).  labelled_lists.build then checks the
data -- every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every
item has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines)
-- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fty01, fty02, ... in LISTS order;
every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ty.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ty.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (5, "уголь березовый 3 мешка", "уголь древесный 3 мешка"),
    (25, "скатерть одноразовая 4 штуки", "стаканы одноразовые 100 штук"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 выпускной пикник
    ("вода питьевая 20 бутылок по 1.5л\nстаканчики одноразовые 200 шт\nсалфетки бумажные 3 упаковки\nмешки для мусора 120л пару рулонов", [
        ("вода питьевая 20 бутылок по 1.5л", {
            "pyaterochka": ["3630603", "3630602"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3966336", "37169", "37168", "1913", "20388", "3020"],
        }, "bottled drinking water in 1.5 l bottles («по 1.5л» names the bottle; «20 бутылок» is a quantity): Архыз, "
           "Сенежская, Святой источник and the table mineral water Evian (столовая = everyday drinking water); carbonation "
           "was not written, so still and carbonated drinking waters are both accepted; medicinal-table and medicinal "
           "waters (Багиатти, ЗАПОВ.ЗДОР. №4/№17, Нагутская-26 - outside knowledge: лечебно-столовая), «минеральная» "
           "waters of unstated class (Пилигрим), flavoured and tea drinks and other sizes (0.5/1/2/5 l) excluded"),
        ("стаканчики одноразовые 200 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4392209"],
        }, "disposable cups (Маркет 250 ml, 6 шт; «200 шт» is a quantity); ice cream «в вафельном стаканчике», «Моностакан» "
           "yoghurt drinks and whisky gift packs «+стакан» excluded"),
        ("салфетки бумажные 3 упаковки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4310841", "4429769", "4371757", "4429397", "4429400", "4250543", "4250535", "4299678",
                            "4310840", "4397850"],
        }, "paper table napkins of any ply, size and print (Gratias, Art Bouquet, Пр!ст); the Gratias «3сл 33х33» titles "
           "without the word «бумажные» taken as paper napkins (same series); wet wipes, paper handkerchiefs, CAREFREE "
           "«Салфетки» (panty liners), BIG CITY LIFE «Салфетки в рулоне 25x30» (cleaning cloths) excluded"),
        ("мешки для мусора 120л пару рулонов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 120 l rubbish sacks in any chain; the written 120 l size is respected, so Магнит 60 l and 35 l bin bags and "
           "food/sandwich bags are excluded"),
    ]),
    # L02 оливье на юбилей
    ("картошки 5 кг на оливье, колбаса докторская 2 батона, горошек зеленый 6 банок, маянез провансаль 4 пачки по 800г", [
        ("картошки 5 кг на оливье", {
            "pyaterochka": [],
            "magnit": ["107511", "168671", "109571", "199751", "168701"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (для варки/для жарки 3 кг, красный, мытый, новый урожай, молодой); «5 кг» "
           "and «на оливье» are quantity and purpose; crisps «картофель хрустящий», starch, frozen/ready potato dishes, "
           "potato vareniki and «к картошке» herring excluded"),
        ("колбаса докторская 2 батона", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4380012", "4410079", "3033317", "4221913", "3639615", "3347584", "4301347", "4296145",
                            "4352000", "4264678", "4432115", "78001451"],
        }, "boiled sausage Докторская, whole sticks of any weight incl. sold by weight; «2 батона» asks for sticks, so "
           "Ремит «нарезка» 150 g is excluded; Докторские сардельки/сосиски and the drink «ЗЕ ДОКТОР» excluded"),
        ("горошек зеленый 6 банок", {
            "pyaterochka": ["4043589"],
            "magnit": ["213651", "203021", "111581"],
            "dixy": [],
            "perekrestok": ["82254", "41891", "27460", "4345766", "4273266"],
        }, "canned green peas of any brand and tin size (Bonduelle, Globus, 6 соток, Маркет, Знак Заботы, «молодой горошек»); "
           "Перекрёсток «Горох Bizim Tarla зелёный, 660г» left out (title says «горох», product type not certain), pea "
           "soups and pet food with peas excluded"),
        ("маянез провансаль 4 пачки по 800г", {
            "pyaterochka": ["3193489", "3355228", "3355242"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["3193489"],
        }, "Провансаль mayonnaise in the big pack the writer calls «800»: Слобода Провансаль 800 ml (Пятёрочка titles the "
           "same id 3193489 «Майонез Слобода, 67%, 800 мл» without «Провансаль» - accepted on the shared id) and Ряба "
           "Провансаль / Провансаль оливковый 744 g (outside knowledge: the 744 g doy-pack is the 800 ml pack); "
           "«маянез» is a typo; other pack sizes (200-700 ml, 375-400 ml), Слобода/Mr.Ricco «Оливковый»/«на перепелином "
           "яйце» 800 ml (not Провансаль) and mayonnaise sauces excluded"),
    ]),
    # L03 корпоратив, напитки
    ("сок апельсиновый 10 пачек по литру, кока кола 2л 6 бутылок, лед пищевой 3 пакета", [
        ("сок апельсиновый 10 пачек по литру", {
            "pyaterochka": [],
            "magnit": ["204401"],
            "dixy": [],
            "perekrestok": ["3190682"],
        }, "single-fruit orange juice in the litre pack (J7 0.97 l, the usual «литровая пачка»); 0.3 l and 0.75 l bottles "
           "(«по литру» names the pack), nectars, multi-fruit juices, сокосодержащие напитки, Fanta/Mirinda and orange "
           "flavoured goods excluded"),
        ("кока кола 2л 6 бутылок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1860"],
        }, "Coca-Cola in 2 l bottles; the brand and the 2 l size are required, so other colas (Pepsi, Добрый, Черноголовка, "
           "Любимая Кола, Cool Cola, Evervess), Coca-Cola 0.33-1.5 l and Coca-Cola Vanilla/Orange/без сахара excluded"),
        ("лед пищевой 3 пакета", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no bagged ice in any chain; «ледяная» chewing gum/Fairy and HALLS «лед.» sweets are traps"),
    ]),
    # L04 нарезка на 30 человек
    ("шесть батонов нарезных, масло сливочное 82% пять пачек, сыр российский 2 кило, сервилат 3 палки подешевле", [
        ("шесть батонов нарезных", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "батон нарезной: Перекрёсток «Батон Нарезной нарезка» (sliced is still a батон нарезной) and Пятёрочка «Батон "
           "\"Звездный\"нар» («нар» = нарезной, the chain's abbreviation); other breads, chocolate «батончики» and gift "
           "sets excluded"),
        ("масло сливочное 82% пять пачек", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter of 82 % or 82.5 % (counts as 82), incl. sweet-cream and sour-cream (Президент кислосливочное) butter; "
           "Брест-Литовск 72.5 %, Экомилк chocolate butter 62 %, spreads and goods «со сливочным маслом» excluded"),
        ("сыр российский 2 кило", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese (Брест-Литовск 200 g, Зелёная Линия sliced 150 g; «2 кило» is a quantity); other cheeses "
           "(Голландский, Белебеевский, Ламбер…), Российский cognac and Российская Корона julienne excluded"),
        ("сервилат 3 палки подешевле", {
            "pyaterochka": ["3440935", "4039999", "3660417", "3385833", "3671899", "3442569"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4390257", "4394293", "4283094", "3654318", "4166796", "4135604", "4217621", "4400591"],
        }, "cervelat sausage (boiled-smoked сервелат of any recipe: Кремлёвский, Финский, Австрийский, Ореховый, Коньячный, "
           "Зернистый…) in whole sticks; «сервилат» is a typo, «подешевле» a wish; sliced packs (Дымов «нар.» 110 g, "
           "Егорьевский «нар.» 150 g, Останкино «в нарезке» 100 g) excluded because «3 палки» asks for sticks"),
    ]),
    # L05 шашлыки на работе
    ("шашлык свиной маринованный 6 кг, уголь древесный 3 мешка, жидкость для розжига 2 шт, лаваш тонкий 10 листов", [
        ("шашлык свиной маринованный 6 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no marinated pork shashlik in any chain; Магнит marinated pork steaks («Стейк из свинины/из шеи свинины в "
           "маринаде») are another cut, raw pork neck is not marinated, and shashlik ketchups/sauces and croutons «с "
           "шашлыком» are other products"),
        ("уголь древесный 3 мешка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4318495"],
        }, "REPLACEMENT item (blind text «уголь березовый 3 мешка»: the only charcoal on sale does not say birch, and the "
           "whole list was empty in all four stores): barbecue charcoal Пр!ст 2.5 кг; toothpaste «с древесным углём» "
           "excluded"),
        ("жидкость для розжига 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lighter fluid in any chain"),
        ("лаваш тонкий 10 листов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lavash in any chain; Mission tortillas are another flatbread"),
    ]),
    # L06 овощи на нарезку
    ("помидоры 4 кг\nогурчики 4 кило\nукроп 5 пучков", [
        ("помидоры 4 кг", {
            "pyaterochka": [],
            "magnit": ["107611", "107621", "107631", "199891", "169381", "107681", "168841", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind (on the vine, pink, plum, Бакинские, cherry and cocktail - cherry counts as "
           "помидоры); «4 кг» is a quantity; marinated and salted tomatoes, Магнит «Ассорти Черри и Корнишоны» (a "
           "pickled jar - outside knowledge), juices, sauces, sun-dried tomatoes in seafood and tomato-flavoured snacks "
           "excluded"),
        ("огурчики 4 кило", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3368258", "3682401"],
        }, "fresh cucumbers (diminutive «огурчики»; fresh-produce word = fresh produce): short/medium cucumbers, Ботаника, "
           "Перекрёсток «Огурцы корнишоны, 300г» and «Огурцы Хрустящие» in the vegetable section taken as fresh (outside "
           "knowledge); salted, pickled and marinated cucumbers (Мелень, Глобус, Скатерть-Самобранка, Дядя Ваня, бочковые), "
           "«огуречная» shampoo and cream cheese with cucumber excluded"),
        ("укроп 5 пучков", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill (100 g packs; «5 пучков» is a quantity); dried dill, the mixed herb packs «петрушка-укроп-лук» (not "
           "dill alone) and herring/cheese «с укропом» excluded"),
    ]),
    # L07 детский праздник в классе
    ("сок детский маленький 30 штук, пирожное картошка 30 шт, шарики воздушные упаковку, тарелки бумажные 50 шт", [
        ("сок детский маленький 30 штук", {
            "pyaterochka": ["3637415", "3684253", "3684252", "3684254", "3965623"],
            "magnit": ["666fe2f86c", "eef4bdbf61", "ca4384782b", "159931"],
            "dixy": [],
            "perekrestok": ["3965623"],
        }, "children's juice in small portion packs (≤ 0.3 l): Агуша 200 ml, ФрутоНяня 0.2 l, Добрый «с 6 мес.» 0.2 l, Honey "
           "Kid 200 ml, J7 orange 0.3 l «для детского питания» (Перекрёсток's title of the same id 3965623 omits it); "
           "1 l / 0.5 l children's juices (not «маленький»), juices not stated as children's (Сады Придонья 125 ml, "
           "Добрый 0.3 l, RICH, Soko Grande), nectars, «вода+сок», сокосодержащие напитки and kissel excluded"),
        ("пирожное картошка 30 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «картошка» cake in any chain; ZENTIS «Картошка МАРЦИПАНОВАЯ» (marzipan sweets), Б.Ю.Александров «Сырок "
           "КАРТ.» and other пирожные (Барни, профитроли…) are other products"),
        ("шарики воздушные упаковку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no balloons in any chain; corn «шарики», chicken «Шарики» and mozzarella balls are traps"),
        ("тарелки бумажные 50 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no paper plates in any chain; «Сырная тарелка» is a cheese platter"),
    ]),
    # L08 фрукты на юбилей
    ("ящик мандарин, яблок 5 кило, виноград без косточек 3 кг", [
        ("ящик мандарин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins of any origin (loose, Марокко, Китай с листом); «ящик» is a quantity; mandarin drinks, nectars "
           "and sweets excluded"),
        ("яблок 5 кило", {
            "pyaterochka": ["4271772"],
            "magnit": ["200671", "168861"],
            "dixy": [],
            "perekrestok": ["3366336", "3691532", "47795"],
        }, "fresh apples of any variety (Гренни Смит, красные, Гала, Медовый хруст, сезонные, Ред Делишес); juices, purees, "
           "crisps, jelly, soap and sweets with apple excluded"),
        ("виноград без косточек 3 кг", {
            "pyaterochka": ["4327381"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48657", "48660", "57580", "4327381"],
        }, "seedless grapes: «белый без косточек», Киш-миш and Киш-миш чёрный (kishmish is seedless by definition - outside "
           "knowledge), Шайн Мускат (sold seedless - outside knowledge); Тайфи (has seeds) and Магнит «Виноград черный» "
           "(seedlessness not stated) excluded, as are grape juices and dairy with grape"),
    ]),
    # L09 алкоголь на банкет
    ("водка 0.5 десять бутылок, вино красное сухое 6 бутылок, коньяк 3 звезды 2 бутылки получше, минералка с газом 12 бутылок", [
        ("водка 0.5 десять бутылок", {
            "pyaterochka": [],
            "magnit": ["2fc1277b9b", "202321", "204991", "167591", "111501", "199131", "160071", "202041", "108971",
                       "202051", "167671", "2e5457171a", "199141", "1ea5fbb268", "213221", "159761", "112211"],
            "dixy": [],
            "perekrestok": [],
        }, "unflavoured vodka in 0.5 l bottles («0.5» names the bottle), any brand, incl. «особая» vodkas without a flavour "
           "name (Перепелка Фермерская, Хортиця Ultra Premium); flavoured vodkas (Зимняя Деревенька можжевеловая, "
           "Зеленая Марка Кедровая, Талка Сибирский Кедр) and 0.25/0.375/0.45/0.7/1 l bottles excluded"),
        ("вино красное сухое 6 бутылок", {
            "pyaterochka": [],
            "magnit": ["229b7b954e", "e70e8ddb93", "199091", "bade36759d", "ce196366c4", "167471", "205611", "5d8a8a24cf",
                       "104811", "82c49b7fbf", "c2612cf80f", "202001", "202011", "202281", "e8053f6404", "168041",
                       "111851", "7ad3172a4a", "213501", "213381"],
            "dixy": [],
            "perekrestok": [],
        }, "still red dry wine of any origin and grape (0.75 l and the 1 l Вранац); semi-dry (п/сух), semi-sweet, white, rosé, "
           "sparkling, port and alcohol-free wines (Перекрёсток Sin Albali) excluded"),
        ("коньяк 3 звезды 2 бутылки получше", {
            "pyaterochka": [],
            "magnit": ["167711", "160091", "205891", "199161", "9941010bb7"],
            "dixy": [],
            "perekrestok": [],
        }, "three-year cognac («3 звезды» = the 3-year grade - outside knowledge: Russian ordinary cognacs are graded 3/4/5 "
           "stars by years), any bottle size: Grande France 3 года, КиНовский 3 года / трехлетний, Старейшина 3 года; "
           "«получше» is a wish; 4-7-year, КВ/КС, 5-star (Арарат, Фазерс Олд Баррель, Монте Шоко 5*) cognacs, brandy and "
           "cognac liqueurs excluded"),
        ("минералка с газом 12 бутылок", {
            "pyaterochka": ["3943982", "3977406", "3977408", "3621697", "3977405", "3977407", "3635130", "3656206",
                            "3688643", "3688644", "3634921", "3630603"],
            "magnit": ["972a7fe2ec", "13256eedcb", "edf1174b69"],
            "dixy": [],
            "perekrestok": ["3197823", "2105576", "81514", "3943982", "3977406", "3977405", "3629622", "81003", "4391568"],
        }, "carbonated mineral water of any class and size (table, medicinal-table and medicinal: Ессентуки, Боржоми, "
           "Джермук, Пилигрим, ЗАПОВ.ЗДОР., S.Pellegrino…); Пятёрочка Боржоми 1.25 l title has no «газ», accepted on the id shared with Перекрёсток's "
           "«газированная»; Архыз «газированная» 1.5 l accepted as the table mineral water it is (the 0.5 l of the brand "
           "is titled «минеральная … столовая»); carbonated plain drinking water (Сенежская, Святой источник, Малаховская, "
           "Магнит «Вода питьевая газ»), minerals whose carbonation is not stated (Arivali, Мтаби, Нагутская-26 1.5 l, "
           "Архыз 5 l), still waters and flavoured waters excluded"),
    ]),
    # L10 салаты на 30 человек
    ("яйца три десятка, крабовые палочки 5 упаковок на салат, кукуруза консервированная 4 банки", [
        ("яйца три десятка", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4068694", "3062836", "3634491", "44323", "3662512", "3062835", "3446505"],
        }, "chicken eggs in packs of 10 («десяток» = packs of 10, so «три десятка» = three such packs), any category (С0, "
           "С1, отборные) incl. enriched Активита; packs of 6 and 20 and quail eggs excluded"),
        ("крабовые палочки 5 упаковок на салат", {
            "pyaterochka": ["3131715", "3931923"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3406474", "3447879", "3131715", "86385", "4074412", "3993014", "3337825", "3931923",
                            "3993018", "4425909", "4417821", "4311581", "4166323", "4354524"],
        }, "crab sticks (surimi) chilled or frozen, any brand and pack, incl. «Палочки Vici снежный краб»; «крабовое мясо» "
           "(Vici, Русское море, Люди Любят), real king-crab tins, crab salad and crab-flavoured crisps excluded"),
        ("кукуруза консервированная 4 банки", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet-corn kernels of any brand and tin; Маркет Collection «Кукуруза молодая в початках» (pickled baby "
           "cobs, a different salad item), popcorn, corn sticks/flakes/crisps, corn oil and starch excluded"),
    ]),
    # L11 горячее на юбилей
    ("курица целая 5 тушек, картофель молодой 8 кг, сметана 20% 4 банки, чесночок 5 головок", [
        ("курица целая 5 тушек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4252168"],
        }, "whole raw chicken: тушка цыплёнка (incl. Халяль, Петелинка), Дикси «Цыпленок-бройлер охлажденный, 1 кг» (a whole "
           "carcass sold by weight - outside knowledge) and Зелёная Линия «Цыплёнок корнишон» (a whole small chicken); "
           "parts (breast, thigh, drumstick), duckling, canned chicken, nuggets and cat food excluded"),
        ("картофель молодой 8 кг", {
            "pyaterochka": [],
            "magnit": ["168701"],
            "dixy": ["72aaa021b7"],
            "perekrestok": [],
        }, "young (new-season) potatoes: Дикси «Картофель молодой» and Магнит «Картофель Новый урожай» (new crop = young "
           "potatoes - outside knowledge); ordinary washed/cooking potatoes (не молодой) and crisps excluded"),
        ("сметана 20% 4 банки", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188", "58101",
                            "3293409", "4349770"],
        }, "sour cream of exactly 20 % in any pot, incl. lactose-free Parmalat 20 %; 10/15/25/30 % sour cream, sour-cream "
           "sauces and «сметанный» cakes excluded"),
        ("чесночок 5 головок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic bulbs (Перекрёсток «Чеснок, 3шт»); ФЭГ salted garlic, dried granulated garlic and garlic-flavoured "
           "goods excluded"),
    ]),
    # L12 выпускной, пикник
    ("чипсы lays 10 пачек, кириешки 15 пачек самые дешевые, фанта по 2 литра 8 бутылок, шпажки для канапе 100 штук", [
        ("чипсы lays 10 пачек", {
            "pyaterochka": ["3671743", "3688435", "3453318", "4069908", "4069903", "3931228", "3671742", "3994439",
                            "4035369", "4035377", "4035371"],
            "magnit": ["1000487857", "213571", "106331", "106341", "198921"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's potato chips of any flavour and pack, incl. Lay's Stax; other brands (Pringles, Русская картошка, Twister, "
           "LAVA LAVA…) and Магнит «Джин Вайт Лейс» (gin - trap) excluded"),
        ("кириешки 15 пачек самые дешевые", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons (40 g and 100 g); «самые дешевые» is a wish; other croutons (Три корочки, Хрусteam, Хрустим, "
           "Три Семёрки, Клины) are other brands"),
        ("фанта по 2 литра 8 бутылок", {
            "pyaterochka": [],
            "magnit": ["105011"],
            "dixy": [],
            "perekrestok": [],
        }, "Fanta in 2 l bottles (Магнит «Напиток Fanta, газированный, 2 л», the classic orange Fanta); Fanta 0.9/1.5 l, "
           "Mirinda and «Фантола» excluded"),
        ("шпажки для канапе 100 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no canapé skewers in any chain"),
    ]),
    # L13 новогодний корпоратив
    ("шампанского полусладкого 10 бутылок, конфеты в коробках 6 штук, икра красная 4 баночки", [
        ("шампанского полусладкого 10 бутылок", {
            "pyaterochka": [],
            "magnit": ["213561", "1a44269ee1", "111471", "159461"],
            "dixy": [],
            "perekrestok": [],
        }, "semi-sweet sparkling wine (шампанское = вино игристое, as in real_basket_eval): Шампанское Российское "
           "полусладкое, Императорское п/сл, Лыхны and Шато Тамань игристое полусладкое; brut/dry/semi-dry and sweet "
           "(Асти) sparkling wines, Lambrusco (frizzante red/rosé), Abrau Light (not stated sparkling), LAVETTI (a sweet "
           "gas drink) and alcohol-free sparkling drinks excluded"),
        ("конфеты в коробках 6 штук", {
            "pyaterochka": ["3487673", "3468950", "3639113", "3639115", "3911678", "4297371", "4069811", "3384697",
                            "3181086", "3642751", "3642752", "3291332", "3483309", "3995478", "4089706", "5232",
                            "4063866", "3992365"],
            "magnit": ["167861", "104911", "109281", "160141", "111721", "111571", "199221", "17644f19d9", "159811",
                       "205171", "204611"],
            "dixy": [],
            "perekrestok": ["18162", "22245"],
        }, "boxed chocolates: titles «Набор конфет» / «подарочный набор» and assortments sold in a box (outside knowledge, "
           "titles rarely say «коробка»): Коркунов Ассорти/коллекции, Merci, Raffaello, Toffifee, Вдохновение, Lindor, "
           "Птичье молоко Рот Фронт, Dove «Десертное ассорти», Импрессо, Твой секрет, Комильфо, Родные просторы, "
           "Бабаевский набор, Milka pralines 110 g; loose sweets by weight (1 кг, «цена за 100 г»), bagged sweets "
           "(«фл/п», «ПАК», Ласточка, Мишка косолапый, Twix minis), Подмосковные вечера ассорти and Красный Октябрь "
           "«Набор ПОДАРОК» (packaging not known), New-year gift sets, Kinder sets and chocolate bars excluded"),
        ("икра красная 4 баночки", {
            "pyaterochka": ["2046731"],
            "magnit": ["105041"],
            "dixy": [],
            "perekrestok": ["4386122", "4323783", "4411673", "4428864", "3465904", "4437727", "4320227", "4411674",
                            "4432583", "4383708", "4433327"],
        }, "red caviar = salmon-family roe (горбуша, кета, кижуч, нерка, лососевая, СВК «Икра ТУНГУТУН лос.») incl. trout "
           "roe (sold as red caviar - outside knowledge), any jar; sturgeon/sterlet (black) caviar, capelin, cod and "
           "herring roe, «икорное изделие» imitations, vegetable «икра» and caviar-flavoured snacks excluded"),
    ]),
    # L14 упаковка и хранение
    ("фольга пищевая 2 рулона, пленка пищевая 3 рулона, контейнеры одноразовые с крышкой 50 шт, пакеты майка 100 штук", [
        ("фольга пищевая 2 рулона", {
            "pyaterochka": [],
            "magnit": ["f69098d85b"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen aluminium foil (Магнит «Фольга особопрочная 29смх7м»); nothing else is foil"),
        ("пленка пищевая 3 рулона", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cling film in any chain; food bags are another product"),
        ("контейнеры одноразовые с крышкой 50 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable containers in any chain"),
        ("пакеты майка 100 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no T-shirt carrier bags in any chain; Перекрёсток breakfast/food bags (flat bags) and Магнит bin bags are "
           "other products"),
    ]),
    # L15 блины на масленицу для всех
    ("мука пшеничная 2 пачки по 2 кг, молоко 3.2% шесть литров, яиц 20 штук, сахара 3 кило", [
        ("мука пшеничная 2 пачки по 2 кг", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "3231328", "8065"],
        }, "wheat flour in 2 kg packs («по 2 кг» names the pack), any grade (no grade written): Makfa в/с 2 кг (Makfa "
           "flour is wheat - outside knowledge), «Мука Пшеничная, 2кг», Пышечка, Рязаночка экстра; 1 kg and 0.5 kg packs, "
           "wholegrain 1 kg, rye, rice and durum «крупка» flour excluded"),
        ("молоко 3.2% шесть литров", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "2f04f03749", "87b2dc7b1d", "9dbc98f064", "89a1c1419e", "3645807",
                            "949b3dd46f", "eaf7de5f17", "a24f88bea8", "4244242", "3431579", "e458dc5e25", "4259100",
                            "e2d5d93f2a", "b4411ba8d4", "35ac60eec2", "52d96fd806", "885d917850", "488d323508",
                            "ecc07a0e68", "b508e73840", "47a9cd6be2", "01f728b210", "f50aeac1bb"],
        }, "drinking cow milk of exactly 3.2 % (pasteurised, UHT, sterilised, any pack), incl. children's milk (Агуша "
           "«от 3л», Сарафаново детское) as in real_basket_eval; «шесть литров» is a quantity; ranges (от 3,2% до 6%, "
           "3.2-4 %, 3.2-4.5 %), other fat levels, топлёное milk, condensed milk and flavoured milk excluded"),
        ("яиц 20 штук", {
            "pyaterochka": ["3446505", "3341462", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4202935", "4068694", "3341462", "3062836", "3634491", "44323", "3662512", "3062835",
                            "3446505"],
        }, "chicken eggs of any category and pack (6, 10, 20); «20 штук» counts the eggs wanted, it is a quantity, not a "
           "pack size; quail eggs excluded"),
        ("сахара 3 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no granulated white sugar in any chain; plain «сахар» is granulated sugar, so Магнит «Сахар белый прессованный» "
           "(pressed cubes) and Пятёрочка cane «Демерара» 500 g are left out, as are sugar-free goods and sweeteners"),
    ]),
    # L16 кофе-брейк на работе
    ("нескафе голд 3 штуки, чай черный в пакетиках 100 шт 2 упаковки, печенье овсяное 2 кг", [
        ("нескафе голд 3 штуки", {
            "pyaterochka": ["3928171", "3658915", "3659359", "3659496"],
            "magnit": ["109351", "199191", "198971"],
            "dixy": [],
            "perekrestok": [],
        }, "Nescafé Gold, the classic instant coffee (with added ground coffee), any jar/pack size; a brand line without a "
           "qualifier means the classic product, so the sub-lines Gold Barista, Gold Crema, Gold Espresso, Gold Origins "
           "Colombia, Nescafé Classic/Crema and Classic Latte sachets are excluded"),
        ("чай черный в пакетиках 100 шт 2 упаковки", {
            "pyaterochka": ["4002510", "3998702", "3378327", "3662837", "3950803", "3620106", "3635756", "3446638",
                            "2070472", "11200", "3689577", "3628990"],
            "magnit": ["159991", "199261"],
            "dixy": [],
            "perekrestok": [],
        }, "plain black tea in packs of 100 bags («100 шт» names the pack): Brooke Bond, Saito Asian Ceylon, Tess Sunrise, "
           "Азерчай Букет, Принцесса Нури, Ahmad классический, Bernley, Richard Royal Ceylon, Принцесса Канди (a black "
           "Ceylon tea - outside knowledge), Lipton Yellow Label, Шах Голд, Akbar Ceylon and Richard Royal English "
           "Breakfast «в пак 200гр» (100 × 2 g - inferred from the weight); flavoured teas (Earl Grey/бергамот, чабрец, "
           "шиповник-яблоко, Greenfield Spring Melody, Imperial «фруктовый», Tess фруктовый), 20/25-bag packs, loose tea "
           "and green/herbal teas excluded"),
        ("печенье овсяное 2 кг", {
            "pyaterochka": ["3639541", "3995521", "3995522", "3655049", "4050870"],
            "magnit": ["106061", "106071"],
            "dixy": [],
            "perekrestok": [],
        }, "oatmeal cookies of any recipe (classic, with chocolate pieces, almond, Юбилейное овсяное, Хлебный спас овсяное "
           "incl. «Мультизлаковое» with apple filling); «2 кг» is a quantity; VELLE «Продукт овсяный завтрак» (not a "
           "cookie), oat flakes and other cookies excluded"),
    ]),
    # L17 юбилей, торт
    ("торт медовик 3 штуки, свечи для торта набор, сливки 33% 4 коробочки, клубника 2 кг", [
        ("торт медовик 3 штуки", {
            "pyaterochka": ["4475"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3002948"],
        }, "whole medovik cakes: Черёмушки «Медовик» 380 g and У Палыча «Медовый» 600 g (the honey layer cake - outside "
           "knowledge); the 70 g single-portion «Торт слоеный Медовик 70г/шт» (a piece, not a cake), Home Napoleon "
           "«Медово-Сметанный», Наполеон, Прага and other cakes, honey and honey-flavoured goods excluded"),
        ("свечи для торта набор", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cake candles in any chain; wafer sheets «для торта» and cake layers are other products"),
        ("сливки 33% 4 коробочки", {
            "pyaterochka": ["12721"],
            "magnit": ["204651"],
            "dixy": [],
            "perekrestok": [],
        }, "cream of exactly 33 % (Домик в деревне 480 g/ml); 10/11/20 % cream, creamer and sour cream excluded"),
        ("клубника 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["11034", "4391361", "3457076"],
        }, "fresh strawberries (Маркет Fresh 250/340 g, отборная); the Artfruit «клубника-голубика в сердце» gift mix, "
           "strawberry-flavoured and strawberry-filled goods excluded"),
    ]),
    # L18 крылышки на гриле
    ("куриные крылья 5 кг для гриля, кетчуп шашлычный 3 бутылки, хлеб белый шесть буханок, влажные салфетки 4 пачки", [
        ("куриные крылья 5 кг для гриля", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4318771"],
        }, "raw chicken wings (Первая Свежесть «Крылья … локтевая часть»); «для гриля» is a purpose; ready frozen breaded "
           "«Хрустящие Крылышки» Горячая штучка, brisket «КРЫЛАТСКАЯ» and wing-flavoured croutons excluded"),
        ("кетчуп шашлычный 3 бутылки", {
            "pyaterochka": ["3673190"],
            "magnit": ["aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "shashlik ketchup (Слобода «Шашлычный» 320 g, Махеевъ «ШАШЛЫЧ.» 700 g doy-packs; «3 бутылки» is a count, not a "
           "container filter); tomato/chili/garlic ketchups and Тихвинский уезд «Соус шашлычный» (a sauce, not ketchup) "
           "excluded"),
        ("хлеб белый шесть буханок", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white wheat bread: only батон нарезной is on sale (Пятёрочка «Звездный»нар, Перекрёсток «Батон Нарезной»), "
           "accepted as white bread; «буханка» is read as a unit; rye, rye-wheat, grain and заварной breads, Даниловский "
           "(kind not stated), crispbreads, sweet buns and croutons excluded"),
        ("влажные салфетки 4 пачки", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "3917869", "3697052", "4166484"],
        }, "wet wipes of any kind and count (antibacterial, cosmetic, for newborns, universal); dry paper napkins, wet toilet "
           "paper (ZEWA «туал.влаж.») and wet pet food excluded"),
    ]),
    # L19 футбол с коллегами
    ("пиво светлое литров 15, вобла вяленая 10 штук, арахис соленый 10 пачек", [
        ("пиво светлое литров 15", {
            "pyaterochka": [],
            "magnit": ["7a049f38a7", "7f9482ca4a", "307d22d94c", "a982a99aeb", "30dda00a31", "22307d326d", "201971",
                       "167991", "204931", "168001", "111441", "111751", "160011", "108671", "108721", "104791",
                       "159311", "160021", "202121", "205571", "168011", "199071", "199081", "104801", "1f2ea4eaba"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light beer of any brand and size incl. the light beer drink ABBE Blonde (as in real_basket_eval), light "
           "wheat/white beers (Franziskaner Weissbier, Hoegaarden, Kronenbourg 1664 Blanc - pale beers, outside knowledge), "
           "Holba Horska «10 pale», Miller Genuine Draft (a pale lager) and Kozel «Rezany» titled «светлое»; «литров 15» "
           "is a quantity; dark beer (Zatecky Gus Cerny, ABBE Brune), alcohol-free beer and beer drinks (Балтика 0, Bud "
           "безалкогольное, Горьковская IPA 0%, all Перекрёсток beer), cider and beer snacks excluded"),
        ("вобла вяленая 10 штук", {
            "pyaterochka": [],
            "magnit": ["705f039ea0"],
            "dixy": [],
            "perekrestok": [],
        }, "dried vobla: SOLO NINA «Вобла вяленая соломка 40г» (shredded; no form was written and «10 штук» is a count, so "
           "it is not excluded); dried tuna and squid snacks and сыровяленые meats excluded"),
        ("арахис соленый 10 пачек", {
            "pyaterochka": ["3954224"],
            "magnit": ["4a8764138e"],
            "dixy": [],
            "perekrestok": [],
        }, "salted roasted peanuts (Восточный гость «жар соленый», От Мартина «обжаренный с солью»); Джаз «жареный» (salt "
           "not stated), flavoured peanuts (PARTY NUTS with pepper, honey-mustard, sour cream, wasabi, sweet chili), "
           "peanut chocolate/bars/paste excluded"),
    ]),
    # L20 рыбный стол
    ("филе селедки в масле 5 упаковок, семга слабосоленая нарезка 6 упаковок, маслины без косточек 5 банок, лимоны 10 штук", [
        ("филе селедки в масле 5 упаковок", {
            "pyaterochka": ["4043492", "3497722", "3682728", "3603143"],
            "magnit": ["29793287b9", "112371", "3068665d37"],
            "dixy": [],
            "perekrestok": ["4364448", "4056953", "4147685", "3621742", "79542", "3497722", "4360965", "4034451",
                            "4367712", "4225103"],
        }, "plain herring fillet or fillet pieces in oil (Матиас, Меридиан, VICI «К картошке», Смоленская коллекция, Русское "
           "море, Балтийский берег «по-царски», Люди Любят/Тесей «Царская в масле» - Тесей taken as fillet pieces, outside "
           "knowledge; Пятёрочка «САН.БР. Филе сельди МАТ.ХХL» accepted on the id shared with Перекрёсток's «в масле»); "
           "flavoured variants («с укропом», «с луком», «с ароматом дыма»), herring in brine/wine/other «заливка», «По-"
           "шведски», whole/unstated herring (Fish House 1 кг, Русское море атлантическая, Матиас «деликатесное "
           "оригинальное» without «в масле»), roe and salads excluded"),
        ("семга слабосоленая нарезка 6 упаковок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3387453"],
        }, "lightly salted сёмга sliced (Русское Море «филе-ломтики»); the unsliced «филе-кусок» (нарезка is written), "
           "trout (another fish), frozen salmon steaks/tushka, salads and salmon-flavoured snacks excluded"),
        ("маслины без косточек 5 банок", {
            "pyaterochka": ["3013064", "3436379", "4005881"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4249106"],
        }, "pitted black olives (маслины) of any brand; olives with pits, green olives («Оливки» без косточки, stuffed, "
           "grilled), olive oil and olive mayonnaise excluded"),
        ("лимоны 10 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons in any chain; lemonade, lemon-flavoured goods, olives stuffed with lemon and cleaners «лимон» "
           "are traps"),
    ]),
    # L21 уборка после праздника
    ("губок для посуды штук 10, фейри для посуды 2 бутылки, полотенца бумажные 8 рулонов", [
        ("губок для посуды штук 10", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dish sponges in any chain"),
        ("фейри для посуды 2 бутылки", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dish-washing liquid of any scent and bottle (Platinum, Нежные руки, Сочный лимон, 430-900 ml); other brands "
           "(AOS, Sorti, BIASEPT, UNICUM) and dishwasher tablets (Finish, Somat) excluded"),
        ("полотенца бумажные 8 рулонов", {
            "pyaterochka": ["3449212", "3431062", "3601010"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "paper kitchen towels (PAPIA, ZEWA, Familia); «8 рулонов» is a quantity; toilet paper, napkins and the BIG CITY "
           "LIFE cloths in a roll excluded"),
    ]),
    # L22 завтрак на выпускной / лагерь
    ("йогурт питьевой 30 штук, булочки с маком три десятка, сырки глазированные 30 штук, вода негазированная 0.5 30 бутылок", [
        ("йогурт питьевой 30 штук", {
            "pyaterochka": ["3632187", "3632191", "3632188", "4066181", "3933627", "4037142", "3628400", "3628399",
                            "3628398", "3628404", "3644386", "4038830", "4038831", "4035472", "4035473", "4035562",
                            "4035564", "4035476", "4035471", "4035474"],
            "magnit": ["206021", "205071"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking yoghurt of any flavour (no flavour written): titles «питьевой»/«пит.» (Чудо, EPICA, children's), Чудо "
           "270 g bottles (Магнит titles the same line «питьевой») and Активиа 260 g (the drinking Activia - outside "
           "knowledge); spoonable yoghurts (105-150 g, Греческий, Даниссимо), unbranded 260/270 g «Биойогурт» whose form "
           "is not stated, kefir-type «Коктейль кисломолочный» drinks, Актимель and Имунеле excluded"),
        ("булочки с маком три десятка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no poppy-seed buns in any chain; баранки с маком, poppy-seed roll (рулет) and cake, and кондитерский мак are "
           "other products"),
        ("сырки глазированные 30 штук", {
            "pyaterochka": ["3378597", "4015226", "3601367", "3410456", "3472523"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snacks of any flavour (Б.Ю.Александров in milk/white chocolate, Картошка, Суфле); the unglazed "
           "Свитлогорье «Сырок творожный» and сырокопчёные meats excluded"),
        ("вода негазированная 0.5 30 бутылок", {
            "pyaterochka": ["3024", "3635119"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1914"],
        }, "still water in 0.5 l bottles: drinking water (Святой источник) and table mineral water (Evian, Легенда Гор "
           "«столовая негаз»); Нарзан (medicinal-table - outside knowledge), minerals whose carbonation is not stated "
           "(Arivali, Мтаби), carbonated waters, 0.45/0.33 l bottles and flavoured still drinks excluded"),
    ]),
    # L23 горячее на юбилей
    ("говядина мякоть 4 кг, рис длиннозерный пять пачек, морковки 3 кило, масло подсолнечное пару бутылок", [
        ("говядина мякоть 4 кг", {
            "pyaterochka": ["3917642"],
            "magnit": ["199481"],
            "dixy": [],
            "perekrestok": [],
        }, "boneless raw beef (Мираторг «Мякоть бедра», Магнит «Лопаточная часть говядины, без кости»); portion steaks, "
           "шейная часть (bone not stated), mince, tongue, stewed/dried/smoked beef and холодец excluded"),
        ("рис длиннозерный пять пачек", {
            "pyaterochka": ["39747"],
            "magnit": ["448fba0b94"],
            "dixy": [],
            "perekrestok": [],
        }, "rice titled long-grain (Националь «Лазер длиннозерный», Мистраль «Жасмин, белый, длиннозерный»); round rice "
           "(Кубань, Краснодарский, Мистраль «для плова» круглый), Адриатика, «для плова» rices whose grain is not "
           "stated, basmati (not titled длиннозерный), brown and mixed rice, rice flakes/drinks excluded"),
        ("морковки 3 кило", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (морковь мытая); Korean carrot salads, sauerkraut with carrot, carrot nectar/juice and baby purees "
           "excluded"),
        ("масло подсолнечное пару бутылок", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "sunflower oil (refined or not, any bottle): Благо, Mr.Ricco, Слобода «для жарки», Олейна 2 л; flavoured oils "
           "(Almador базилик/чеснок, Mr.Ricco «Прованские травы»), blends with olive/avocado oil, corn, olive and grape-seed "
           "oils excluded"),
    ]),
    # L24 сладкий стол
    ("зефир в шоколаде 5 коробок, вафли 2 кило, шоколадки милка 20 штук", [
        ("зефир в шоколаде 5 коробок", {
            "pyaterochka": ["3681284", "3936545", "3406629", "4086822"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chocolate-coated zefir: «в тем.шок.», «в шоколадной глазури» and «глазированный»/«гл.» zefir (glazed zefir is "
           "chocolate-glazed unless another glaze is named - outside knowledge); unglazed zefir (Белевский Антоновка, "
           "Черносмородиновый, Зефирное детство, Сладкие истории, Immuno), marshmallows and LOVE IS excluded"),
        ("вафли 2 кило", {
            "pyaterochka": ["3668255", "3668256", "3687458", "3687534", "3418863", "3257371", "3939083", "3948437",
                            "3607404", "3673372", "3607414", "3908663", "3908665", "4036375", "3141421", "2126636",
                            "3432952", "3983254", "4090303"],
            "magnit": ["9b5bb8a58d", "f55f44c954", "2a32ffe31d", "01fb3ade65", "7d5a68f794", "29989b90ed"],
            "dixy": [],
            "perekrestok": [],
        }, "wafers of any filling and pack (Яшкино, Коломенское, Коровка, Зерница, ESS.PROD., VARNA, Аладушкин, Хrust&go, "
           "chocolate-covered Milka and single wafer bars titled «вафли»/«Вафля»); wafer cakes (Отломи, Бабаевская "
           "Белочка), Toreno wafer sheets «для торта», chocolate bars «с вафлей» (Kit Kat, Dove) and wafer-cone ice cream "
           "excluded"),
        ("шоколадки милка 20 штук", {
            "pyaterochka": ["3689776", "3681277", "3468709", "3468711", "3468708", "3680750", "3900599", "3907200",
                            "3606533", "3643945", "3468710", "3468707", "3483271", "3683712", "3981472", "4024593",
                            "4055040", "3645519"],
            "magnit": ["8f909bd3bf", "c91d6a24a7", "1000149245", "112361", "111691"],
            "dixy": [],
            "perekrestok": ["4353876", "4371496", "4353891"],
        }, "Milka chocolate bars of any flavour and size (32-300 g, Bubbles, Oreo, with nuts/fillings) incl. the gift pack of "
           "3 × 90 g bars; Milka pralines, cookies, cakes, wafers, ice cream and the figure egg (not a bar), and other "
           "brands excluded"),
    ]),
    # L25 сервировка
    ("вилки одноразовые 100 штук, ложки пластиковые 100 шт, стаканы одноразовые 100 штук", [
        ("вилки одноразовые 100 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable forks in any chain"),
        ("ложки пластиковые 100 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plastic spoons in any chain; Ложкаревъ (a frozen-food brand) is a trap"),
        ("стаканы одноразовые 100 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4392209"],
        }, "REPLACEMENT item (blind text «скатерть одноразовая 4 штуки»: no disposable tablecloths, forks or spoons on sale, "
           "the whole list was empty in all four stores): disposable cups Маркет 250 ml; whisky packs «+ стакан» and ice "
           "cream in cups excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftyNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fty\d\d ===$", line):
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
                    errors.append("fty%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fty%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fty"))
