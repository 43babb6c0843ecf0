#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vs.jsonl -- shopping lists of a man recovering for two weeks after dental
surgery (soft and liquid food only) who shops for himself and his wife, hand-labelled against the real
offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vs.build.py

LISTS below is literal data: 25 lists (3-5 items) as such a shopper would type them to a Telegram bot, and
for every item the product ids of every in-stock offer of every store that a reasonable shopper who wrote
exactly that item would accept.  The list texts were written blind, before any offer was read, and saved
as fresh_basket_eval_vs.blind_lists.txt (read-only); this script checks that every list text equals that
draft (apart from the items in REPLACED, which is empty: nothing was replaced) and that the draft is
unchanged (sha256).  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the
chains' abbreviations, Latin and Cyrillic brand spellings, Latin look-alike letters such as «Kофе») and read
one by one; the note of each item records what was accepted, what was deliberately left out and any
judgement resting on outside knowledge.  An empty list means the store has nothing acceptable.  The labels
were made without reading or running korzina or any other set's labels.

labelled_lists.build (unchanged, same directory) checks that every id exists in real_offers.jsonl *for that
store* and is in stock, that no id repeats within an item, that every item has a note and that the labels
are exactly the list's items in order (an item is the text between commas / new lines), then writes the
JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fvs01,
fvs02, ... in LISTS order; every list is in split "fresh".
"""
import hashlib
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vs.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vs.blind_lists.txt")
BLIND_SHA256 = "a54cb313887ed5dbdb744f891f0889184859803afe0d1f72a9857dbfd5761c2b"

# Items replaced after labelling because a whole list was empty in all four stores:
# {list number (1-based): [(blind item, replacement item), ...]}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 kefir, fruit puree, drinking yoghurt
    ("кефирчик 1% 2 бутылки, пюрешка фрутоняня из яблок, йогурт питьевой без кусочков", [
        ("кефирчик 1% 2 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir 1%: no store has any kefir (no title contains «кефир»); Bio-Max/Активиа bioyoghurts, "
           "ТАН, Имунеле, Актимель and ряженка are other products; «2 бутылки» is a quantity"),
        ("пюрешка фрутоняня из яблок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "FrutoNyanya single-fruit apple puree: none; Пятёрочка ФРУТОН. «Пюре из ябл/банан/груш с печ.»"
           " and «из яблок/малины со слив.» are mixes (flavour written = apple only, as «сок яблочный» = "
           "single fruit), ФРУТОН. «Кусочки фр.из ябл.» is a dried fruit snack, Агуша/Gerber/Heinz/Сады "
           "Придонья apple purees are other brands"),
        ("йогурт питьевой без кусочков", {
            "pyaterochka": ["3632187", "3632191", "3632188", "4066181", "3628400", "3628399", "3628398", "3628404",
                            "3644386", "4037142", "3363988", "4038830", "4038831", "4035472", "4035473", "4035562",
                            "4035476", "4035474", "4087592", "4045339", "4001851"],
            "magnit": ["206021", "205071"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking yoghurt without pieces: titles saying питьевой (Epica 290 г, Чудо, Magnit Чудо) "
           "plus, on outside knowledge, the bottle formats sold as drinking yoghurt: Чудо 270 г "
           "(Пятёрочка title of the orange one says «Бутылка пластик»), Вкуснотеево 750 г «тетра-топ», "
           "Активиа 260 г, the 260 г «зимняя коллекция» bioyoghurt, the 270 г 1% bioyoghurt with "
           "strawberry and Данон 260 г with peach and pear; left out: Чудо «с семенами чиа», Активиа / "
           "270 г bioyoghurt «со злаками» / «с черникой, злаками и льняными семенами» (pieces), all "
           "85-180 г cups (spoonable), Данон 3,3% 110 г/350 г (not known to be drinking), Даниссимо/Чудо "
           "«Коктейль кисломолочный йогуртный», Актимель, Имунеле (not yoghurt)"),
    ]),
    # L2 baby turkey puree, instant oatmeal, milk
    ("пюре детское индейка с 6 месяцев\nовсяная кашка быстрого приготовления\nмолоко 2.5% на кашу", [
        ("пюре детское индейка с 6 месяцев", {
            "pyaterochka": ["3353099"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baby turkey puree for 6+ months: Пятёрочка Фрутоняня «индейка, с 6-ти месяцев»; ФРУТОН. «Пюре"
           " из мяса индейки с овощ.» left out (mixed with vegetables, age not stated); Пава-Пава turkey "
           "mince/fillets are not puree"),
        ("овсяная кашка быстрого приготовления", {
            "pyaterochka": ["3932885", "3659899"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "instant oat porridge for adults: Пятёрочка «Каша овсяная, не требующая варки» assortment and,"
           " on outside knowledge, Ясно Солнышко «Каша овсяная с лесными ягодами» 270 г (portion sachets "
           "of instant oatmeal); left out: oat flakes that need cooking (Увелка традиционные, Геркулес), "
           "baby cereals (Nestle, Heinz, Фрутоняня овсяные), ready baby porridge drinks, Velle oat "
           "yoghurt-like products, oat drinks and cookies"),
        ("молоко 2.5% на кашу", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["2093081", "587286c051", "013e119412", "50cb0959f8", "76055bf243", "a548f45b17",
                            "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700", "af8570f806",
                            "66ec0f255d", "6986e66cd9", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk of exactly 2.5% (past./UHT/steril., any pack size incl. Вкуснотеево 0.2 л, "
           "children's Сарафаново as in real_basket_eval); «на кашу» is a purpose, not a filter; other "
           "fat values, ranges, flavoured milk, milkshakes and kids' 2.5% fermented drinks left out"),
    ]),
    # L3 kissel, apple juice, ice cream, a loaf for the wife
    ("кисель брикетом 2 шт, яблочный сок без мякоти, пломбирчик в ведерке, батон для жены", [
        ("кисель брикетом 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry kissel in a briquette: none; the only kissels are Пятёрочка «Кисель Фруто Няня, малина, "
           "200 мл» and Перекрёсток Select «Кисeль Малиновый» 500 мл (spelled with a Latin e), both ready"
           " liquid drinks, not briquettes"),
        ("яблочный сок без мякоти", {
            "pyaterochka": ["4074641", "3903669", "3679183", "3679184", "3684252"],
            "magnit": ["ece47f47e1", "eef4bdbf61", "0f2cae24db", "202971"],
            "dixy": [],
            "perekrestok": ["3190706", "4304867", "4316044", "80142"],
        }, "single-fruit apple juice that is clarified or not stated as pulpy (Soko Grande/Swell "
           "«осветленный», RICH, J7, Добрый, children's Фруктовый сад, Honey Kid, Агуша «яблоко осв», "
           "Сады Придонья «зелёное яблоко для детского питания»); left out: direct-pressed apple juices "
           "(Пятёрочка 0,75 л, Magnit Сады Придонья 0,125 л, Перекрёсток Сады Придонья «прямого отжима») "
           "— on outside knowledge these are usually cloudy/unclarified —, apple nectars, mixed juices "
           "(яблоко-вишня, -виноград, -шиповник, -персик), Агуша «вода+сок»"),
        ("пломбирчик в ведерке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plombir in a tub: none; the only «ведро» is Magnit Экзо черника/ежевика (milk ice cream, not "
           "plombir); Пятёрочка «Морож.КЛ.ВЕН.пломб.ван/шок.гл 1л» does not say tub/ведёрко (left out), "
           "other plombirs are brickets, cups, cones and eskimo"),
        ("батон для жены", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white loaf «батон»: Пятёрочка Батон «Звездный» нарезной, Перекрёсток Батон Нарезной; "
           "chocolate/protein «батончики» and other breads left out"),
    ]),
    # L4 soft curd, sour cream, bananas, semolina
    ("творожок мягкий 5 процентов, сметанки 20% одну баночку, бананы совсем спелые, крупа манная пачку", [
        ("творожок мягкий 5 процентов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "soft (мягкий) cottage cheese of exactly 5%: none; Пятёрочка Домик в деревне «Творог мягкий» "
           "is 5,5% or 0,1%, Село Зелёное 5% and Перекрёсток Молочный знак 5% are regular (not soft) "
           "curd, Савушкин «101 зерно+сливки» 5% and Данон «зерненый в йогурте» 5% are flavoured grained "
           "curd"),
        ("сметанки 20% одну баночку", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664287", "3651188", "4262694", "4349770", "4121609", "4217906", "3293409", "3444929",
                            "3634033", "4314537", "58101"],
        }, "sour cream of exactly 20% (any brand, incl. lactose-free Parmalat); «одну баночку» is a "
           "quantity; 10/15/25/30% left out"),
        ("бананы совсем спелые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (Перекрёсток incl. organic and mini); «совсем спелые» is a wish, not a filter; "
           "Пятёрочка dried bananas and banana-flavoured goods left out"),
        ("крупа манная пачку", {
            "pyaterochka": [],
            "magnit": ["a9eb0a29d1"],
            "dixy": [],
            "perekrestok": [],
        }, "semolina: Magnit «Каша манная УВЕЛКА, 700г» taken as a pack of semolina groats (outside "
           "knowledge: Увелка sells dry манная крупа in 700 г packs); no other semolina"),
    ]),
    # L5 instant mash, chicken broth, cream
    ("картофельное пюре быстрого приготовления, бульончик из курицы, сливки 10% 2 пачки", [
        ("картофельное пюре быстрого приготовления", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "instant mashed potatoes: none; Knorr «На второе картошка по-деревенски» is a seasoning mix, "
           "Пятёрочка «Шницель с карт.пюре» a ready meal, Фрутоняня «Пюре из кабачков и картоф.» baby "
           "food"),
        ("бульончик из курицы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken broth (ready or cubes): none; the only broth is Magnit Роллтон «Бульон говяжий» "
           "(beef); chicken-flavoured instant noodles left out"),
        ("сливки 10% 2 пачки", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "drinking cream of exactly 10% (Пятёрочка Сарафаново «дет.» cream, Magnit Домик в деревне 950 "
           "г, Перекрёсток Молочный знак); Parmalat 11%, 20/33% cream, Сметана 10% and cream substitutes "
           "left out; «2 пачки» is a quantity"),
    ]),
    # L6 ryazhenka, snezhok, ground coffee for the wife
    ("ряженки 4% пару, снежок сладкий, жене кофе молотый", [
        ("ряженки 4% пару", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ryazhenka 4%: none; the only ryazhenka is Пятёрочка Агуша «клубника, 2,9%» (other fat, "
           "flavoured)"),
        ("снежок сладкий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "snezhok (sweet fermented milk drink): none; «Снежка»/«Снежный»/«Снежана» titles are pastries,"
           " crab sticks and a poultry roll"),
        ("жене кофе молотый", {
            "pyaterochka": ["3683616", "3689956", "7765", "72110", "2100058", "3452816", "3046297", "3980976",
                            "3395340", "3395339", "3607723", "3607740", "3664256", "2147888", "3353391", "46293",
                            "4034432", "3900893"],
            "magnit": ["159961", "111661", "14d2756c10"],
            "dixy": [],
            "perekrestok": [],
        }, "ground coffee of any brand (incl. flavoured Жокей «Ирландские сливки», Paulig Mokka and "
           "Черная карта «для заваривания в чашке», which are ground); left out: beans, instant coffee "
           "incl. «молотый в растворимом» / «с добавлением молотого», Magnit MONARCH Lungo «52г 10шт» "
           "(capsules, outside knowledge), Magnit JARDIN Colombia Medellin 95 г (instant, see «кофе "
           "растворимый жене») and Московская Кофейня «Коломбо» 95 г (form not stated), ready coffee "
           "drinks"),
    ]),
    # L7 baby rice cereal, baby purees, 5 l water
    ("детская каша рисовая безмолочная\nпюре тёма с говядиной\ngerber грушевое пюре\nвода питьевая негаз 5л", [
        ("детская каша рисовая безмолочная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baby dairy-free rice cereal: none; Nestle «Каша гречневая безмол.» is buckwheat, Тёма «Каша "
           "... рис.кл/бан» is a ready milk porridge, Перекрёсток «Каша молочная рисовая» is an adult "
           "ready milk porridge"),
        ("пюре тёма с говядиной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Тёма beef puree: none; Тёма offers are «Консервы Тема, цыпленок», биотворог and milk "
           "porridges; beef purees of Фрутоняня and Агуша (цыпленок-говядина) are other brands"),
        ("gerber грушевое пюре", {
            "pyaterochka": ["3674654"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Gerber pear puree: Пятёрочка GERBER «Пюре СПЕЛАЯ ГРУША»; Gerber mango/apple and Heinz/Агуша "
           "pear purees left out"),
        ("вода питьевая негаз 5л", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles: Перекрёсток Малаховская №1 «негазированная 5л», and, on "
           "outside knowledge that 5 l bottles are still, Пятёрочка Honey kid Черноголовская 5 л, "
           "Пятёрочка Архыз «Легенда Гор, минеральная» 5 л (low-mineral table water) and Magnit Аквалайн "
           "«Для ляль» 5 л (baby water); other sizes and sparkling/medicinal waters left out"),
    ]),
    # L8 mushroom cream soup, cheese and tomatoes for the wife
    ("грибной суп-пюре, сыр жене, помидоры жене на салат", [
        ("грибной суп-пюре", {
            "pyaterochka": ["3942568"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mushroom cream soup: Пятёрочка DeliLabs «Суп-пюре с белыми грибами» (ready, retort pouch); "
           "Vegeta «Суп грибной с вермишелью» (dry soup, not a puree) and the mushroom seasonings/risotto"
           " mixes left out"),
        ("сыр жене", {
            "pyaterochka": ["4045672", "3976999", "3619760", "4011107", "3605249", "3669895", "3448799", "3658573",
                            "3914313", "4062968", "3672506", "4070003", "3631154", "3918445", "4047497", "3695000",
                            "24647", "3462825", "4055754", "3919797", "4046889", "3436718", "3670271", "3926818",
                            "3435839", "3499152", "3670270", "3926819", "4062961", "3452403", "4087692", "3433812",
                            "3433594", "3504112", "3953338", "4078315", "3932860", "3650219", "3693219", "3665147"],
            "magnit": ["fb96cc90aa", "a75e794e26", "199231", "160261", "111651"],
            "dixy": ["05060beac0"],
            "perekrestok": ["3912980", "3498368", "3453245", "4418717", "4111694", "4263132", "4377387", "4078445",
                            "3452403", "4050804", "3480834", "4263131", "3433594", "4377381", "15105", "4260755",
                            "3920347", "4108547", "4108549", "4392389", "3640879", "4325430", "4325429", "3654470",
                            "4029240", "3025963", "3466978", "3640880", "4108551", "4121963", "4089117", "3621896",
                            "3206443", "4011107", "3432217", "3505827", "4366826", "3432218", "4121964", "4050805",
                            "4227953", "3165362", "4226887", "4384302", "4236799", "3436716", "3668842", "3963977",
                            "4394485", "3446529", "4236800", "4302547", "3626124", "4074230", "24160", "3668519",
                            "4280100", "4349449", "4352845", "4050535", "3446834", "4349451", "3433812", "3958444",
                            "4050536", "3203422", "3620040", "4108550", "3614011", "3693219", "3918445", "4280098",
                            "3484610", "4373714", "3440590", "3228233", "4289052", "4378185", "4297132", "3421874"],
        }, "any real cheese: hard, semi-hard, soft, white/blue mould, brine (сулугуни, чечил, брынза, "
           "фета, Сиртаки), mozzarella/burrata, grated, sliced, the Say Cheese platter and the Laime "
           "assortment; left out: плавленый (incl. Hochland плав., President, Карат, Виола, «Crème de "
           "Brie», Galbani «плавленый ломтевой Моцарелла»), творожный/cream cheese (Almette, Hochland, "
           "Violette, Савушкин, Valio, Экомилк, Dorblu «A La Creme», Mlekara «А ла Каймак»), Фетакса, "
           "Перекрёсток «Продукт рассольный Сиртаки Original», and on outside knowledge Пятёрочка «Сыр "
           "Hochland. Сливочный, 220 г» and «Сыр Виола 4 Сыра, Valio» (processed cheese); snacks, "
           "sausages and dishes with cheese"),
        ("помидоры жене на салат", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind (round, plum, pink, on the vine, cherry and cocktail); Magnit "
           "«Томаты соленые» and «маринованные», juices, sauces and dried tomatoes left out; «на салат» "
           "is a purpose"),
    ]),
    # L9 Greek yoghurt, Agusha curd, kissel, tomato juice
    ("греческий йогуртик несладкий, агушу творожок детский, кисель из клюквы, сок из томатов", [
        ("греческий йогуртик несладкий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain Greek yoghurt without sugar/filling: Перекрёсток Neo «классический без сахара», Teos "
           "«Греческий 2%» 140/250 г, Простоквашино «Греческий 2%» 135/235 г and Зелёная Линия «греческий"
           " натуральный 4%» — the plain ones taken as unsweetened (outside knowledge); Пятёрочка "
           "«Греческий» with cherry/blueberry filling and Дикси Viola «Малина-Мята» left out"),
        ("агушу творожок детский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша curd: none; Агуша offers are purees, juices, milk, ryazhenka and water+juice; other "
           "children's curds (Тёма, Мама Лама, Верховье, М/М) are other brands"),
        ("кисель из клюквы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cranberry kissel: none; the only kissels are raspberry (Фрутоняня, Перекрёсток Select «Кисeль"
           " Малиновый»); cranberry морсы are other drinks"),
        ("сок из томатов", {
            "pyaterochka": [],
            "magnit": ["b3901ed97f", "73e225090c", "204641", "205971"],
            "dixy": [],
            "perekrestok": ["3196547", "3498246", "14125"],
        }, "tomato juice (incl. «с мякотью», «с солью», children's Сады Придонья); tomato nectars "
           "(Любимый «спелый томат», Добрый «томатный с сахаром и солью»), vegetable mixes (!DEAS "
           "томатно-огуречный, мультиовощной) left out"),
    ]),
    # L10 ice creams, Chudo milkshake, condensed milk
    ("эскимошка, мороженка шоколадная, молочный коктейль чудо, сгущенка в банке", [
        ("эскимошка", {
            "pyaterochka": ["4047712", "3926883", "3940931"],
            "magnit": ["ddb32be15c", "388962e3d1", "214721"],
            "dixy": [],
            "perekrestok": ["4311103"],
        }, "eskimo ice creams (Milka, Магнат, Maxiduo, Молочный Знак «Эскимо пломбир»); Пятёрочка "
           "«Страчателла ... в печенье и глазури» (not stated eskimo), cones, cups, brickets and tubs "
           "left out"),
        ("мороженка шоколадная", {
            "pyaterochka": ["3926883"],
            "magnit": ["214721", "bac7d8405e"],
            "dixy": [],
            "perekrestok": [],
        }, "chocolate ice cream: Магнат «Шоколадный трюфель эскимо сливочное шок.» (Пятёрочка, Magnit) "
           "and Magnit Славино «пломбир шокол в ваф/стак»; vanilla ice creams in chocolate glaze or with "
           "chocolate sauce (Milka, Молочный Знак эскимо, КЛ.ВЕН. «пломб.ван/шок.гл», Коровка «полено с "
           "шоколадом», «Страчателла») left out"),
        ("молочный коктейль чудо", {
            "pyaterochka": ["3378996", "4000196", "4000197", "3929856"],
            "magnit": ["9c5c6e229e", "05c1d02b23", "4fad133e87", "a3ea0c6767"],
            "dixy": [],
            "perekrestok": [],
        }, "Чудо milkshakes of any flavour (Чудо, «Чудо Десерт», «Чудо детки»); Magnit «Молоко ЧУДО, 2%, "
           "клубника, 200мл» accepted as the same flavoured-milk drink of the brand (judgement); Чудо "
           "yoghurts, curd desserts and «Коктейль кисломолочный йогуртный» (fermented) and other brands' "
           "milkshakes (М/М, unbranded children's) left out"),
        ("сгущенка в банке", {
            "pyaterochka": ["3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": [],
        }, "sweetened condensed milk in a can: Пятёрочка Алексеевское «ж/б 360г» and Magnit Алексеевское "
           "380 г (outside knowledge: sold in a tin); Пятёрочка Алексеевское 650 г «д/п» (doypack) and "
           "Перекрёсток Алексеевское 270 г (not stated as a can; this size is a doypack, outside "
           "knowledge) left out, as are boiled condensed milk (Егорка, Рогачев) and sweets with condensed"
           " milk"),
    ]),
    # L11 rolled oats, honey, butter, eggs
    ("геркулеса пачку на кашу, медок жидкий, маслица сливочного 82.5 пачку, яйца 1 десяток на омлет", [
        ("геркулеса пачку на кашу", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats (геркулес): Пятёрочка Клинские «Геркулес» 500 г and Увелка «Хлопья "
           "зерн.овсян.трад.» (traditional rolled oats); instant oatmeal «не требующая варки», baby oat "
           "cereals, oat cookies and bran left out"),
        ("медок жидкий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "liquid honey: no title says жидкий; Медовый дом honeys (Пятёрочка «Восточная липа», «Южный "
           "цветок», Magnit «разнотравье») do not state their form, so left out (the form written is "
           "respected); honey-flavoured goods left out"),
        ("маслица сливочного 82.5 пачку", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter of exactly 82.5% (Пятёрочка unbranded «сладко-сливочное традиционное», Вкуснотеево, "
           "«Традиционное» 175 г, Тысяча Озёр); Президент 82%, Простоквашино 82% (Magnit, Дикси), "
           "Брест-Литовск 72,5% and chocolate butter 62% left out"),
        ("яйца 1 десяток на омлет", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs in packs of 10 (any class); packs of 6 and 20 and quail eggs left out; «на "
           "омлет» is a purpose"),
    ]),
    # L12 baby purees, cookies for the wife
    ("агуша яблоко банан пюрешка, пюре heinz тыква, печенье жене", [
        ("агуша яблоко банан пюрешка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша apple-banana puree: none; Пятёрочка Агуша «Яблоко-Банан-Печенье» has biscuit (other "
           "flavour), other Агуша purees are pear, apple, apple-peach and other mixes"),
        ("пюре heinz тыква", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz pumpkin puree: none; Heinz purees are apple and pear; pumpkin appears only in mixes of "
           "other brands (Агуша, unbranded «Яблоко Тыква Морковь Манго») and in the Фрутоняня cream soup"),
        ("печенье жене", {
            "pyaterochka": ["3973180", "4032483", "3488053", "3438765", "3444932", "3618783", "3632837", "3632838",
                            "3639541", "3656930", "3978460", "3483849", "3973181", "3603068", "3662392", "3636287",
                            "3636288", "3685845", "3358756", "3978913", "3642014", "3486073", "3643999", "3615356",
                            "3660318", "3991931", "4087724", "3926561", "3646780", "3958570", "3958571", "3632839",
                            "3632899", "3685286", "3646010", "3646011", "3650632", "3474314", "3640617", "3687133",
                            "3983256", "4061294", "4081844", "3639098", "3639099", "3906739", "3905704", "4063526",
                            "4074625", "3974475", "4049048", "4049049", "4060930", "4060937", "3995521", "3392568",
                            "3995522", "3474313", "3640618", "4027701", "4027703", "3607261", "3607262", "3944161",
                            "3917983", "4050870", "3341241", "3974474", "3471173", "3655049"],
            "magnit": ["5aadea8f9c", "5972a8b686", "5c128ea15d", "eebd013a3f", "887d91b1b8", "7bbd996fef", "723991a07f",
                       "bbea927309", "fe5facccea", "221699383a", "199331", "204631", "106061", "106071", "214581"],
            "dixy": [],
            "perekrestok": ["4346896", "4352220", "4425157", "4371424", "4420333"],
        }, "any cookies sold as «печенье» (sugar, shortbread, oat, Юбилейное, Oreo, Milka, Belvita, Twix "
           "Top, Choco Pie «Печенье», Bombbar, M&M's and Bounty cookies, lenten cookies); left out: "
           "babies' soluble cookies (Honey Kid, «печенье раств.» for infants), chocolate bars/sweets/ice "
           "cream/desserts/purees «с печеньем», gift sets, пряники, крекеры, бисквиты and пирожные, and "
           "titles where «печ.» means baked meat"),
    ]),
    # L13 mouth-rinse supplies (chamomile, soda, salt), Activia
    ("ромашка в пакетиках для полоскания, сода пищевая для полоскания, соль обычная, activia йогурт", [
        ("ромашка в пакетиках для полоскания", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chamomile in tea bags: none; «ромашка» occurs only in sweets «Ромашки», liquid soap, dish "
           "soap and a baby cream; black/herbal teas without chamomile left out"),
        ("сода пищевая для полоскания", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baking soda: none; no title contains «сода»"),
        ("соль обычная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain table salt: none; Magnit MAREMAN «Соль морская средняя» is sea salt (not «обычная», "
           "left out), Kotanyi «Чеснок-травы-соль» a seasoning, the rest are salted snacks"),
        ("activia йогурт", {
            "pyaterochka": ["3483915", "4045357", "4035471", "4035472", "4035473", "4035474", "4035476", "4035562",
                            "4035564", "4038830", "4038831"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Activia bioyoghurts of any flavour, spoonable or drinking (titles with "
           "Активиа/АКТИВИЯ/«АКТИВ.»); the unbranded «обог.» bioyoghurts of the winter collection "
           "(тыква-банан-корица, чернослив-финик, вишня-яблоко-малина) do not name Activia and are left "
           "out, as are Bio-Max, Слобода, Верховье and other brands"),
    ]),
    # L14 turkey mince, courgette, carrots, cream for purees
    ("индюшиный фарш, кабачок молоденький, морковка на пюре, сливки 20 процентов", [
        ("индюшиный фарш", {
            "pyaterochka": ["3629402"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "turkey mince: Пятёрочка Пава Пава «Фарш нежный из индейки»; beef, pork, chicken (Петелинка "
           "«Премиум») and mixed minces and turkey fillets left out"),
        ("кабачок молоденький", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["44110", "48632"],
        }, "fresh courgettes (Перекрёсток Кабачки, Кабачки цуккини); «молоденький» is a wish; икра из "
           "кабачков, pickled courgettes and baby purees left out"),
        ("морковка на пюре", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Magnit «Морковь мытая 1 кг», Перекрёсток «Морковь мытая»); Korean-style carrot"
           " salads, carrot juices/nectars and baby purees left out; «на пюре» is a purpose"),
        ("сливки 20 процентов", {
            "pyaterochka": [],
            "magnit": ["c02145f904", "535b7bd00d"],
            "dixy": [],
            "perekrestok": ["4178851"],
        }, "drinking cream of exactly 20% (Magnit Домик в деревне 200 г and 480 г, Перекрёсток Молочный "
           "знак 500 мл); 10/11/33% cream and 20% sour cream left out"),
    ]),
    # L15 cod fillet, potatoes, milk
    ("филе трески без костей, картошки 2кг на пюре, молочко 3.2 1 литр", [
        ("филе трески без костей", {
            "pyaterochka": ["3626338"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4352492", "4358015", "4352493"],
        }, "cod fillet (fillet taken as boneless): Пятёрочка Fish House «Треска филе», Перекрёсток Люди "
           "Любят «филе без кожи», «филе порционное», «филе спинки без кожи»; left out: Borealis «Бакаляо"
           " По-Мурмански» (on outside knowledge bacalao is salted cod), cod steak (with bone), whole cod"
           " «Тушка», cod cutlets and cod roe"),
        ("картошки 2кг на пюре", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (Magnit 1 кг, 2,5 кг, 3 кг, «для варки», «для жарки», "
           "red; Дикси «Картофель молодой»; Перекрёсток мытый/красный); «2кг» is the quantity wanted for "
           "a weighed good, not a pack size (as in fresh_basket_eval_g); potato starch, chips, dishes and"
           " baby purees left out"),
        ("молочко 3.2 1 литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["b4411ba8d4", "2f04f03749", "488d323508", "01f728b210", "f50aeac1bb"],
        }, "cow drinking milk of exactly 3.2% in a 1 l pack (Перекрёсток Рогачевъ, Белый Город, "
           "Славянские Кружева, Эконива ×2); the written pack size is respected, so 3.2% milk of "
           "0.45-0.975 l, 1.4-2 l and 1 кг (Вологодское, Углече Поле — not litre packs) is left out, as "
           "are топлёное 3.2% and ranges"),
    ]),
    # L16 curd mass, pudding, jelly
    ("творожная масса ванильная, шоколадный пудинг, желе фруктовое", [
        ("творожная масса ванильная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sweet curd mass with vanilla: none; Б.Ю. Александров «Десерт ЧИЗКЕЙК твор.ван» and РАЭ "
           "«Десерт твор.гл.с ван. в в/рож.» are glazed curd bars, not curd mass; Чудо/Даниссимо curd "
           "desserts are fruit-flavoured"),
        ("шоколадный пудинг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chocolate pudding: none; the only pudding is Пятёрочка GR.DESSERT «Пудинг ДВ.ОРЕХ» (nut "
           "flavour); chocolate mousses/desserts do not exist either"),
        ("желе фруктовое", {
            "pyaterochka": [],
            "magnit": ["3f1cd65f55", "898d94e3a6"],
            "dixy": [],
            "perekrestok": [],
        }, "ready fruit jelly: Magnit Аппетиссимо «Желе» cherry and apple; jelly sweets, marmalade, pet "
           "food «в желе» and drinks with coconut jelly left out"),
    ]),
    # L17 nectar, smoothie, kissel
    ("персиковый нектар, смузи любой, киселек вишневый", [
        ("персиковый нектар", {
            "pyaterochka": [],
            "magnit": ["b19b709ea0"],
            "dixy": [],
            "perekrestok": ["4304863"],
        }, "peach nectar: RICH «Персиковый» (Magnit) and «персик с мякотью» (Перекрёсток); Добрый "
           "«персик/яблоко» (mix) and other nectars left out"),
        ("смузи любой", {
            "pyaterochka": [],
            "magnit": ["1000577879", "8000043552", "1000322391", "1000584946"],
            "dixy": [],
            "perekrestok": [],
        }, "any smoothie drink (Magnit М Кухня банан-манго and груша-шпинат-мята, J7 smoothies with "
           "cereals — «любой» accepts all); left out: Valio «смусси» yoghurts (spoonable yoghurt), "
           "Растишка «Фруктовый смусси» (baby puree) J7 «Коктейль Полезный перекус» (not called a "
           "smoothie) and Neo/Eco Botanica «Зефир Cмузи» (marshmallow)"),
        ("киселек вишневый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cherry kissel: none; the only kissels are raspberry (Фрутоняня, Перекрёсток Select «Кисeль "
           "Малиновый»); cherry nectars/compotes are other drinks"),
    ]),
    # L18 pâté, hummus, avocado, toast bread and olives for the wife
    ("паштетик печеночный, хумус баночку, авокадо мягкое, хлеб тостовый жене, оливки без косточек жене", [
        ("паштетик печеночный", {
            "pyaterochka": ["3274799", "3656033", "3966502", "3959234", "3373724"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3373724"],
        }, "liver pâté: «Паштет из печени» Егорьевская (Пятёрочка 3274799; the same product 3373724 is "
           "«Паштет Деревенский, Егорьевский МК» at Пятёрочка and «Паштет из печени Егорьевская "
           "Деревенский» at Перекрёсток), Главпродукт «печеночный со сливочным маслом», Hame «с гусиной "
           "печенью» 105 г and 250 г; left out: Гастроном №1 «деликатесный»/«нежный», Рублевский "
           "«запеченный», Бахрушинъ «с маслом запеченный» (liver not stated), poultry/turkey/duck and "
           "tuna pâtés, pet food"),
        ("хумус баночку", {
            "pyaterochka": ["3430176", "3489491"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hummus (Пятёрочка Sabra-style «Закуска ХУМУС» and «Хумус с кедровыми орешками»); «баночку» is"
           " a quantity"),
        ("авокадо мягкое", {
            "pyaterochka": ["3148279", "2131933"],
            "magnit": ["168561", "109421"],
            "dixy": [],
            "perekrestok": ["3948371", "3356275"],
        }, "fresh avocados of any pack (Хасс, loose, «спелое»); «мягкое» is a ripeness wish, not a "
           "filter; avocado oil blends left out"),
        ("хлеб тостовый жене", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toast bread: none; «для тостов» occurs only in ham titles and «пл.-тост» in processed cheese;"
           " other breads (Даниловский, Ржаной Край, батон) are not toast bread"),
        ("оливки без косточек жене", {
            "pyaterochka": ["3436775", "4005882"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4249104"],
        }, "pitted olives: ITLV «Оливки зел.без косточки», Filippo Berio «Оливки без косточки», La "
           "Explanada «Оливки без косточки»; left out: маслины (black olives: Bonduelle, Iberica, Filippo"
           " Berio, La Explanada — the word written is «оливки»), olives with stones, stuffed olives "
           "(лимон, апельсин, трюфель, сыр, креветка, лосось) and Оливки-гриль (pitting not stated)"),
    ]),
    # L19 baby cereal and purees
    ("каша nestle пшеничная, мясное пюре с кроликом, детское пюре из кабачков самое лучшее", [
        ("каша nestle пшеничная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nestlé wheat cereal: none; Nestlé cereals on offer are multigrain with apple/banana, oat with"
           " pear/banana and dairy-free buckwheat"),
        ("мясное пюре с кроликом", {
            "pyaterochka": ["3676774"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baby meat puree with rabbit: Пятёрочка Фрутоняня «кролик с рисом»; other meat purees "
           "(говядина, индейка, цыпленок) left out"),
        ("детское пюре из кабачков самое лучшее", {
            "pyaterochka": ["4046050"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-vegetable courgette baby puree: Сады Придонья «Пюре кабачковое д/дет.пит.»; mixes "
           "(Фрутоняня «из кабачков и картоф.», «брокколи, кабачков и цветной капусты», «Яблоко Груша "
           "Кабачок») left out; «самое лучшее» is a wish"),
    ]),
    # L20 chicken broth ingredients
    ("паутинка вермишель, курица на бульон, лучок репчатый для бульона, морковки кило на бульон", [
        ("паутинка вермишель", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«паутинка» (very thin nest vermicelli): none states паутинка; Federici «Макароны ВЕРМИШЕЛЬ» "
           "(long) and «вермишель для супчика» (egg soup vermicelli, thickness not stated) left out since"
           " the variety written is not named"),
        ("курица на бульон", {
            "pyaterochka": ["2160026", "3364509", "3963723", "4007208"],
            "magnit": ["168301"],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["2160041", "2073281", "4328959", "2160026", "3068079", "4318771", "3153446", "4068157",
                            "4312266", "4250498", "4007208", "3692842", "4328962", "2160069", "3658841", "2173555",
                            "4328961", "4306577", "4252168"],
        }, "raw chicken, whole or parts (тушка, цыплёнок-бройлер, корнишон, грудка/филе, бедро/филе "
           "бедра, голень, крылья, incl. Magnit «Голень куриная в маринаде Алабама» — raw parts in "
           "marinade count as in real_basket_eval); «на бульон» is a purpose; smoked Павловская курочка "
           "голень, grilled/baked breast, купаты, canned chicken, chicken balls/nuggets, turkey and duck "
           "left out"),
        ("лучок репчатый для бульона", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012", "4272905"],
        }, "bulb onions of any colour (Magnit Светофор, Ялтинский, красный; Перекрёсток Ялтинский, белый,"
           " красный, «салатный»); shallots, spring onions, herb bunches and dishes with onion left out"),
        ("морковки кило на бульон", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Magnit «Морковь мытая 1 кг», Перекрёсток «Морковь мытая»); «кило» is the "
           "quantity wanted for a weighed good; Korean carrot salads and juices left out"),
    ]),
    # L21 fermented milk drinks
    ("простокваша бутылочка, варенца бутылку, айрана пару бутылочек", [
        ("простокваша бутылочка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "prostokvasha: none («ПРОСТОКВ.»/«Простоквашино» is a brand of milk, sour cream, butter and "
           "yoghurt)"),
        ("варенца бутылку", {
            "pyaterochka": ["3610732"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "varenets: Пятёрочка «Варенец термостатный 4% 350 гр» (pack type not stated; «бутылку» read as"
           " a quantity); boiled condensed milk and «вареная» sausages left out"),
        ("айрана пару бутылочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ayran: none; Пятёрочка ХАЛАЛМИЛК «ТАН» is a different salted fermented drink"),
    ]),
    # L22 ice cream, yoghurt, baby puree, oranges for the wife
    ("мороженое пломбир самое дешевое, клубничный йогурт, пюре фрутоняня слива, апельсины жене", [
        ("мороженое пломбир самое дешевое", {
            "pyaterochka": ["4048085", "4048582", "4051902", "4009747", "3955964", "3955155", "3693306", "61150"],
            "magnit": ["454d2f4e9d", "26315e53ae", "ce5f334607", "5e86759538", "bac7d8405e"],
            "dixy": [],
            "perekrestok": ["4311103"],
        }, "any plombir ice cream (brickets, flow-packs, cups, cones, 1 l, incl. flavoured plombir: "
           "крем-брюле, шоколадный, с малиновым вареньем, ван/шок; Молочный Знак «Эскимо пломбир»); "
           "«самое дешевое» is a ranking wish; milk/cream ice creams not called plombir (Milka, Магнат, "
           "Maxiduo, Экзо, Радуга Чистая линия, Страчателла) and sorbets left out"),
        ("клубничный йогурт", {
            "pyaterochka": ["4035473", "3628399", "4045339", "3665121"],
            "magnit": ["205071"],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry yoghurt: Активиа «с клубникой и земляникой», Чудо «клуб/земл» (Пятёрочка, Magnit),"
           " bioyoghurt «с клубникой» 270 г, Верховье children's bioyoghurt «с клубникой»; mixes with "
           "other fruit (клубника-банан, клубника-малина, клубника-маракуйя, яблоко-клубника-черника, "
           "клубника-яблоко-питахайя, дыня-клубника-земляника), the children's yoghurt «со вкусом "
           "клубничного пломбира», ryazhenka and curd with strawberry left out"),
        ("пюре фрутоняня слива", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "FrutoNyanya plum puree: none (no plum/prune puree of any brand)"),
        ("апельсины жене", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges (Magnit 1 кг, Перекрёсток); orange juices, nectars and flavoured goods left out"),
    ]),
    # L23 semolina, milk, cocoa
    ("манная крупа 1 кг, молоко какое подешевле, nesquik какао порошок", [
        ("манная крупа 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "semolina in a 1 kg pack: none; the only semolina is Magnit Увелка 700 г (pack size written is"
           " respected)"),
        ("молоко какое подешевле", {
            "pyaterochka": ["3694630", "3507208", "3613025", "3467788", "3425329", "3985712", "3645808", "3645807"],
            "magnit": ["a28bae784b"],
            "dixy": ["7bef60b534", "809c0dd88b"],
            "perekrestok": ["4260593", "3431579", "4310700", "4259100", "4244242", "3474103", "2093081", "3645807",
                            "4308790", "4137917", "3613024", "b508e73840", "cb2f1055d7", "3198f1a94c", "87bf941f11",
                            "d59f8e3403", "45d6dee261", "587286c051", "50f156cde3", "65f939ac7e", "814b6ca461",
                            "d4843ab680", "52d96fd806", "edf2484f0e", "7f46c8a5c5", "79cefff589", "eaf7de5f17",
                            "05c941826b", "94dd27dff1", "f5ff9c84a1", "aa8a2f9d5e", "c57983498c", "50cb0959f8",
                            "eefe3d951f", "fed089a68a", "af8570f806", "2d526e7a96", "d846def77b", "b151abcd68",
                            "e1c2a97dcd", "b48241efed", "e9b2520f64", "135852823b", "6986e66cd9", "163f87bedd",
                            "14cf035691", "a253bf9611", "cd63b1cf67", "870b27e2f9", "ecc07a0e68", "f3d85bb393",
                            "488d323508", "66ec0f255d", "e458dc5e25", "00af023fd1", "ccdc291604", "52240eee71",
                            "b267022f66", "47a9cd6be2", "f50aeac1bb", "e221fd3ddd", "47b26adef2", "f18e9a3c14",
                            "885d917850", "35ac60eec2", "9512a8a8b9", "89a1c1419e", "359aa76fc0", "b38f3e60d2",
                            "949b3dd46f", "9dbc98f064", "1076c09948", "e2d5d93f2a", "2f04f03749", "31aa236aad",
                            "7c1d7afff6", "76055bf243", "013e119412", "87b2dc7b1d", "9dfc83490b", "ce8eda981f",
                            "14753f9f39", "a548f45b17", "85dd44d923", "7b5909b56f", "62485733e9", "faf2171541",
                            "b4411ba8d4", "6b36a62006", "2f7ebb9ea8", "01f728b210", "a24f88bea8", "69f396f368"],
        }, "any cow drinking milk (past./UHT/steril., any fat incl. ranges, lactose-free, children's "
           "Агуша/Сарафаново/Маша и Медведь, any pack size); «какое подешевле» is a ranking wish; "
           "топлёное, goat, coconut, Barista flavoured, Чудо clubnika, condensed, oat/rice drinks, "
           "milkshakes and Nestogen left out"),
        ("nesquik какао порошок", {
            "pyaterochka": ["3696920", "4033873"],
            "magnit": ["167811"],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink powder (Пятёрочка «Какао-нап.OPTI-START» and «ALL NATURAL» 128 г, Magnit "
           "«Какао Nesquik, 500 г»); Nesquik chocolate, cereals, sweets and other cocoa brands left out"),
    ]),
    # L24 cheese soup, sour cream, curd, coffee and sausage for the wife
    ("крем суп сырный\nсметанки 15 процентов в суп\nобезжиренный творог\nкофе растворимый жене\nдокторская колбаса жене", [
        ("крем суп сырный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cheese cream soup: none; the only cream soups are DeliLabs mushroom and Фрутоняня baby "
           "vegetable soups; cheese sauces left out"),
        ("сметанки 15 процентов в суп", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["3665624", "4262697", "4272205", "4095525", "4121592", "4431124", "4217907", "4335470",
                            "4314536"],
        }, "sour cream of exactly 15% (incl. lactose-free Parmalat/Простоквашино and Magnit «РЕЗ ПАЛИСАД "
           "Сметана 15%»); other fat values left out; «в суп» is a purpose"),
        ("обезжиренный творог", {
            "pyaterochka": ["3692659", "3687270"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4331301"],
        }, "fat-free cottage cheese: Пятёрочка Домик в деревне «Творог мягкий 0,1%», «Биотворог "
           "обезжиренный» Howaru, Перекрёсток «Творог обезжиренный 0.5%»; 3-9% curds, children's "
           "flavoured biotvorog, curd desserts and cream cheeses left out"),
        ("кофе растворимый жене", {
            "pyaterochka": ["3158301", "3651382", "3691889", "3684932", "3419749", "3928171", "3658915", "4035364",
                            "4035358", "3971960", "3403288", "3631185", "3465384", "3481996", "3626060", "3626048",
                            "3636926", "3636923", "3372172", "3488345", "3444962", "3428977", "3489546", "3153782",
                            "3188030", "4035361", "3485301", "3626895", "3419750", "3659359", "3659496", "3932897",
                            "4069896", "3359687", "4020246", "3472967", "3496293", "3396581"],
            "magnit": ["1000111108", "65d8c64e3e", "7c427665e1", "167841", "9ab9dd431c", "ed5e14dfe7", "106161",
                       "205121", "106231", "109351", "199191", "198971", "168211", "199321", "106261", "106291",
                       "106251"],
            "dixy": [],
            "perekrestok": [],
        }, "instant coffee of any brand (incl. titles spelled «Kофе» with a Latin K: Черная карта "
           "Gold/Exclusive Brasilia, Ambassador Platinum 95 г) incl. freeze-dried and «молотый в "
           "растворимом»/«с добавлением молотого»; Magnit «Кофе JARDIN Colombia Medellin, 95г» accepted "
           "as instant (outside knowledge: Пятёрочка sells the same coffee as «растворимый», Magnit's 150"
           " г one says «сублимированный»); left out: 3-in-1/latte/cappuccino «напиток кофейный», ground "
           "coffee, beans, ready coffee drinks and Московская Кофейня «Коломбо» 95 г (form not stated)"),
        ("докторская колбаса жене", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "Doktorskaya boiled sausage of any brand and pack (incl. sliced and sold by weight); "
           "Докторские сосиски/сардельки and other boiled sausages (Молочная, Любительская, Мясная) left "
           "out"),
    ]),
    # L25 children's curd, Rastishka, Agusha juice
    ("творожок тема детский, растишка йогурт, сок агуша", [
        ("творожок тема детский", {
            "pyaterochka": ["3466203"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Тёма children's curd: Пятёрочка «Биотворог Тема, клубника-банан»; children's curds of other "
           "brands (Мама Лама, Верховье, М/М, nature) left out"),
        ("растишка йогурт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Растишка yoghurt: none; Растишка offers are fruit purees only"),
        ("сок агуша", {
            "pyaterochka": [],
            "magnit": ["666fe2f86c", "eef4bdbf61", "ca4384782b"],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша juices of any flavour (Magnit яблоко-вишня, яблоко осв., яблоко-шиповник); Пятёрочка "
           "«Напиток Агуша, вода+сок» (a water-juice drink) left out"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: each list follows a line '== Lnn ==' (header lines start with '#')."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("== L") and line.endswith(" =="):
                if cur is not None:
                    texts.append("\n".join(cur).rstrip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).rstrip("\n"))
    return texts


def check_blind():
    with open(BLIND, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    if digest != BLIND_SHA256:
        sys.exit("blind draft changed: sha256 %s != %s" % (digest, BLIND_SHA256))
    draft = blind_texts(BLIND)
    if len(draft) != len(LISTS):
        sys.exit("blind draft has %d lists, LISTS has %d" % (len(draft), len(LISTS)))
    for n, (text, (typed, _)) in enumerate(zip(draft, LISTS), 1):
        for old, new in REPLACED.get(n, []):
            text = text.replace(old, new, 1)
        if text != typed:
            sys.exit("list %d differs from the blind draft: %r != %r" % (n, typed, text))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fvs"))
