#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zi.jsonl -- shopping lists of pensioners and older people hand-labelled
against the real offers in real_offers.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zi.build.py

LISTS below is literal data: 25 lists (3-4 items, 85 items) written the way older shoppers type them to
a Telegram bot -- classic Soviet-era product names, small budgets, low-fat / sugar-free wishes,
medicine-adjacent goods and household basics, sometimes with full words and abbreviations with dots --
and for every item the product ids of every in-stock offer of each store that a reasonable shopper
would accept.  The list texts are byte-identical to fresh_basket_eval_zi.blind_lists.txt, written
before any offer was read.  Candidate titles were grepped broadly in real_offers.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one;
the note of each item records what was accepted, what was deliberately left out and any judgement
that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without reading korzina's matcher or its data files.

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fzi01, fzi02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zi.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fzi01
    ("кефир 1% пол литра, батон белый нарезной 1 шт., творог обезжиренный подешевле", [
        ("кефир 1% пол литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir at all in the offers (grep кеф/кисломол finds only Актимель, Имунеле, Даниссимо «коктейль "
           "кисломолочный», Чудо — not kefir); missing everywhere"),
        ("батон белый нарезной 1 шт.", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white sliced loaf: Перекрёсток «Батон Нарезной нарезка Маркет»; Пятёрочка «Батон \"Звездный\" нар, Хлебный "
           "Дом» («нар» read as нарезной — abbreviation); other breads (Марьин заварной, Даниловский, Ржаной Край), "
           "хлебцы, шоколадные/протеиновые батончики excluded; «1 шт.» is a quantity"),
        ("творог обезжиренный подешевле", {
            "pyaterochka": ["3692659", "3687270"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4331301"],
        }, "fat-free cottage cheese: Перекрёсток «Творог обезжиренный 0.5% Молочный Знак»; Пятёрочка «Творог мягкий "
           "Домик в деревне 0,1%» (0,1 % is fat-free by the GOST grading ≤1.8 %, outside knowledge) and plain "
           "«Биотворог обезжиренный … Howaru Dophilus»; 3–9 % curd, flavoured/children's biocurd, зерненый в "
           "йогурте/сливках, творожные десерты/сыры excluded; «подешевле» is a wish, not a filter"),
    ]),
    # fzi02
    ("гречка ядрица 1 кг., хлопья геркулес крупные, сахарозаменитель таблетки, чай черный индийский", [
        ("гречка ядрица 1 кг.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats ядрица in a 1 kg pack: the only buckwheat groats (Магнит «Крупа Гречневая Prosto, 500 "
           "г») is a 500 g pack and does not say ядрица; Пятёрочка PROSTO «Рис и греча» (mix), buckwheat flakes, "
           "soba, buckwheat porridge/ready meals and Greek yoghurt excluded; missing everywhere"),
        ("хлопья геркулес крупные", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats of the Геркулес type: Пятёрочка «Хлопья овсяные Клинские \"Геркулес\" 500г» and «УВЕЛКА Хлопья "
           "зерн.овсян.трад.» (traditional whole-grain oat flakes that need cooking = геркулес, outside knowledge); "
           "instant oat porridges («не требующая варки», Ясно Солнышко с ягодами, Heinz), buckwheat/rice/multigrain "
           "flakes, Велле oat products, oat biscuits and bran excluded"),
        ("сахарозаменитель таблетки", {
            "pyaterochka": ["3379758"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sweetener tablets: Пятёрочка «ХУД.ЗА НЕДЕЛЮ Стевия банка 150 таб.»; «подсластитель \"Great Life\" 39 г» "
           "excluded (form not stated, not tablets), dishwasher tablets, ascorbic-acid tablets and dairy/cream "
           "substitutes excluded"),
        ("чай черный индийский", {
            "pyaterochka": ["3689577"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "black tea that says Indian: Пятёрочка «ШАХ Чай ГОЛД инд.чер.байх.100х2г»; Richard «Royal English "
           "Breakfast» (Kenyan+Indian+Ceylon blend), Ceylon, Kenyan, Azerbaijani, Krasnodar, flavoured teas and "
           "blends without origin excluded"),
    ]),
    # fzi03
    ("масло сливочное 72.5%, сметанка 15% маленькую баночку, яйца с2 десяток", [
        ("масло сливочное 72.5%", {
            "pyaterochka": ["3658095"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter of exactly 72.5 %: Пятёрочка «Масло сливочное, Брест Литовск, 72,5%»; 82/82.5 % butters, "
           "chocolate butter 62 %, spreads and vegetable oils excluded"),
        ("сметанка 15% маленькую баночку", {
            "pyaterochka": ["3665624"],
            "magnit": ["199001", "de14617e33"],
            "dixy": [],
            "perekrestok": ["3665624", "4095525", "4121592", "4217907", "4262697", "4272205", "4314536", "4431124"],
        }, "sour cream of exactly 15 % in the ordinary 260–315 g pots (lactose-free Parmalat Comfort and "
           "Простоквашино included); «маленькую баночку» read as excluding the big 450 g Домик в деревне pot "
           "(4335470); 10/20/25/30 %, sour-cream chips/crackers/гренки, соус сметанный excluded"),
        ("яйца с2 десяток", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken eggs of class С2 in 10s: no С2 eggs in the offers (only С1, СО/отборные, quail eggs, 6/20 "
           "packs); missing everywhere"),
    ]),
    # fzi04
    ("сушечки с маком к чаю, варенье из малины для простуды, чай со слоном", [
        ("сушечки с маком к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "сушки with poppy seed: none — Пятёрочка «Баранки оригинал.с маком» are баранки (larger, softer ring), "
           "«Мини сушка Семейка Озби, ваниль» has no poppy seed; missing everywhere; «к чаю» is a purpose"),
        ("варенье из малины для простуды", {
            "pyaterochka": [],
            "magnit": ["2ae922ebdb"],
            "dixy": [],
            "perekrestok": [],
        }, "raspberry varenye: Магнит «МАГНИТ Варенье малиновое 300 г»; Махеевъ «Джем малиновый» excluded (варенье ≠ "
           "джем), other varenye (черничное, клубничное, Janarat орехи), raspberry kissel/morse/sweets excluded; "
           "«для простуды» is a purpose"),
        ("чай со слоном", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the Soviet «Индийский чай со слоном» (elephant-pack Indian tea) — no tea in the offers carries it; ШАХ "
           "«инд.» tea is a different brand; missing everywhere (brand-like, outside knowledge)"),
    ]),
    # fzi05
    ("селедка атлантическая в масле, картофель 2 кг., лук репка 1 кг., морковка мытая 1 кг.", [
        ("селедка атлантическая в масле", {
            "pyaterochka": ["4043492"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4147685", "4225103"],
        }, "herring whose title says Atlantic AND in oil: Пятёрочка «Пресервы. Филе сельди атлантической … \"Русское "
           "море\" … в масле 230 гр.», Перекрёсток «Сельдь атлантическая Матиас XXL … в масле 300г» and «Филе-кусочки "
           "сельди Матиас атлантической … в масле, 400г»; herring in oil whose species is not stated (Матиас XXL "
           "200/260 г, Тесей Царская, Меридиан, Балтийский берег, Смоленская коллекция, VICI, «Сельдь Атлантика» — "
           "Атлантика is a brand) and Atlantic herring not in oil (Fish House 1 кг, Русское Море 400 г) excluded; "
           "Pacific herring, сельдь под шубой, сельдерей excluded"),
        ("картофель 2 кг.", {
            "pyaterochka": [],
            "magnit": ["107511", "109571", "168671", "168701", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["2099571", "3646068"],
        }, "fresh potatoes of any kind and pack (мытый, красный, молодой, для варки/жарки, 1–3 kg packs or loose) — "
           "«2 кг.» read as the quantity wanted of a weighed vegetable, not a pack size; chips, «картофель "
           "хрустящий», starch, ready dishes and baby purees excluded"),
        ("лук репка 1 кг.", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "4272905", "79012", "79135"],
        }, "bulb onions (лук репчатый — red, white, Ялтинский, салатный, Светофор mix); «1 кг.» read as the "
           "quantity; green onion, herb sets, shallot (Лук Шалот — a different onion), луковки FEDERICI (pickled), "
           "onion-flavoured snacks excluded"),
        ("морковка мытая 1 кг.", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh washed carrots: Магнит «Морковь мытая, 1 уп. (1 кг)», Перекрёсток «Морковь мытая»; Korean-style "
           "carrot salads, carrot juice/nectar, baby purees, sauerkraut with carrot excluded"),
    ]),
    # fzi06
    ("килечка в томатном соусе 2 бан., хлеб черный ржаной, вермишель тонкая паутинка", [
        ("килечка в томатном соусе 2 бан.", {
            "pyaterochka": ["3468685", "3907223"],
            "magnit": ["159901"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprats (килька) in tomato sauce: Пятёрочка Килька черноморская в томатном соусе, «Килька "
           "балтийская … обжаренная с чили в томатном соусе» (still kilka in tomato), Магнит «Килька обжаренная, в "
           "томатном соусе»; шпроты in oil, Перекрёсток килька пряного посола / в масле excluded; «2 бан.» is a "
           "quantity"),
        ("хлеб черный ржаной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye bread: none — Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб Даниловский» are rye-wheat "
           "(mixed), «Хреб/Хлеб … Ржаной Край» is a brand name (the README conventions: a brand word does not make "
           "it rye bread), rye crackers/гренки/хлебцы and rye flour excluded; missing everywhere"),
        ("вермишель тонкая паутинка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "thin «паутинка» vermicelli: no title says паутинка/тонкая — FEDERICI «Макароны ВЕРМИШЕЛЬ 500г» and "
           "«вермишель для супчика 250г» are not stated to be the thin web kind; excluded; missing everywhere"),
    ]),
    # fzi07
    ("молоко 2.5% 2 пакета, изюм светлый без косточек, курага 200 гр.", [
        ("молоко 2.5% 2 пакета", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["013e119412", "2093081", "359aa76fc0", "3613024", "4310700", "587286c051", "62485733e9",
                           "66ec0f255d", "6986e66cd9", "69f396f368", "76055bf243", "7f46c8a5c5",
                           "a548f45b17", "af8570f806", "cb2f1055d7", "edf2484f0e", "faf2171541",
                           "50cb0959f8"],
        }, "drinking cow milk of exactly 2.5 % (pasteurised/UHT/sterilised, children's Сарафаново 2.5 % included by "
           "convention, Магнит Вкуснотеево 0.2 л included); other fat levels, Чудо клубника, топлёное, козье, "
           "Barista, condensed excluded; «2 пакета» is a quantity"),
        ("изюм светлый без косточек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "light seedless raisins: no plain raisins in the offers — only nut/raisin snack mixes (СЕМУШКА, Джаз "
           "Студенческий), chocolate and pastries with raisins, excluded; missing everywhere"),
        ("курага 200 гр.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots: none — only Велле «Курага» oat product (a fermented oat dessert), excluded; missing "
           "everywhere"),
    ]),
    # fzi08
    ("гематоген 2 шт., цикорий растворимый, минеральная вода ессентуки 4, пластырь бактерицидный", [
        ("гематоген 2 шт.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hematogen bars: none in the offers; missing everywhere"),
        ("цикорий растворимый", {
            "pyaterochka": ["3462819", "3473706", "3485628"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "instant chicory: Пятёрочка Большая Чашка классический and черничный, Здравник сливочный вкус (no flavour "
           "was written, so flavoured chicory is not excluded); coffee excluded"),
        ("минеральная вода ессентуки 4", {
            "pyaterochka": ["3977405", "3977407"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3977405"],
        }, "Ессентуки №4 mineral water, any bottle (0.45 l glass, 1 l PET); Ессентуки №17 (a different water, "
           "outside knowledge that №4 and №17 are not interchangeable), Боржоми, Нарзан and other mineral waters "
           "excluded"),
        ("пластырь бактерицидный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bactericidal plaster: no plasters, bandages or first-aid goods in the offers; missing everywhere"),
    ]),
    # fzi09
    ("мыло хозяйственное 72%, спички 10 коробков, соль поваренная йодированная, батарейки пальчиковые", [
        ("мыло хозяйственное 72%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "laundry soap 72 %: none — only toilet soaps (Safeguard, Camay, Fax, Dove крем-мыло), liquid soap AURA "
           "and a Palmolive gift set, excluded; missing everywhere"),
        ("спички 10 коробков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "matches: none in the offers; missing everywhere"),
        ("соль поваренная йодированная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "iodised table salt: none — Магнит MAREMAN «Соль морская средняя» is sea salt, not iodised; Kotanyi "
           "«Чеснок-травы-соль» seasoning and SALTON «АНТИСОЛЬ» excluded; missing everywhere"),
        ("батарейки пальчиковые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "AA batteries: none in the offers; missing everywhere"),
    ]),
    # fzi10
    ("печеньки юбилейные 2 пачки, зефир без сахару, чай зеленый в пакетах 25 шт.", [
        ("печеньки юбилейные 2 пачки", {
            "pyaterochka": ["3471173", "3603068", "3618783", "3655049", "3662392", "3958570", "3958571", "4027701", "4027703"],
            "magnit": ["199331", "723991a07f"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "brand + product word: every Юбилейное biscuit (традиционное, постное, овсяное, клюква, черника, с "
           "цельнозерновыми злаками, молочное/с глазурью, ореховое, земляничное, со вкусом шоколада); Юбилейное "
           "mini-cakes (Мини-кексы), колбаса «Юбилейная», J.MEINL «Кофе ЮБИЛЕЙНЫЙ» excluded; «2 пачки» is a quantity"),
        ("зефир без сахару", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sugar-free zefir: no зефир says без сахара; all zefir (Шарлиз, Белевский, Вдохновение, Сладкие истории, "
           "LOVE IS, NEO-BOTANICA) excluded; Белёвская пастила «без добавления сахара» is пастила, not zefir; "
           "missing everywhere"),
        ("чай зеленый в пакетах 25 шт.", {
            "pyaterochka": ["2133950", "4074015", "3971173"],
            "magnit": ["645eef49fe"],
            "dixy": [],
            "perekrestok": [],
        }, "green tea in packs of 25 bags: Пятёрочка TESS «LIME зеленый пак.25х1,5г», ASSAND «ЧАЙ ЗЕЛЕНЫЙ КИТАЙСКИЙ "
           "С ЖАСМИНОМ 25х2г», SAITO «Чай зеленый MILKY OOLONG … 25х1,5г» (titled green tea), Магнит RICHARD «Чай "
           "зелёный мелисса/мята/лемонграсс 25пак» (flavours were not excluded); 20-bag green teas (CURTIS HUGO, "
           "CURTIS DEL.MANGO, Lipton Matcha 20 пакетиков), ASSAND «ЧАЙ УЛУН С АРОМАТОМ МОЛОКА» (not called green), "
           "bottled green-tea drinks and black teas excluded"),
    ]),
    # fzi11
    ("сыр российский 200 гр., колбаса варёная докторская, хлеб дарницкий половинку, масло подсолнечное нераф.", [
        ("сыр российский 200 гр.", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese: Пятёрочка «Сыр полутвердый Брест-Литовск российский 50% 200гр», Перекрёсток «Сыр "
           "Российский нарезка 50% Зелёная Линия, 150г» («200 гр.» read as the amount of a cheese bought by weight, "
           "not a pack size); сервелат российский, коньяк/шоколад Российский, other cheeses excluded"),
        ("колбаса варёная докторская", {
            "pyaterochka": ["2120885", "3347584", "3385812", "3620675", "4019606", "78001451"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3033317", "3347584", "3639615", "4221913", "4255289", "4264678", "4296145", "4301347", "4352000",
                           "4380012", "4410079", "4432115", "78001451"],
        }, "boiled Докторская sausage of any maker and pack (incl. нарезка; Окраина «Докторская» without «варёная» "
           "is the boiled sausage by kind); сосиски/сардельки Докторские excluded"),
        ("хлеб дарницкий половинку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Дарницкий bread: none in the offers (Даниловский, Марьин, Ржаной Край breads are other breads); missing "
           "everywhere"),
        ("масло подсолнечное нераф.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "unrefined sunflower oil: none — every sunflower oil is refined (ОЛЕЙНА раф.дез., БЛАГО, СЛОБОДА, "
           "MR.RICCO) or aromatised (ALMADOR), olive/corn oils excluded; missing everywhere"),
    ]),
    # fzi12
    ("пшено шлифованное, свёкла 1 кг., капуста белая небольшой кочан", [
        ("пшено шлифованное", {
            "pyaterochka": ["3674169"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats: Пятёрочка «МИСТР.Пшено ЗОЛОТОЕ 5х80г» (boil-in-bag; Мистраль «Золотое» is polished millet "
           "— outside knowledge, the title does not say шлифованное); wheat flour/pasta («пшеничн») excluded"),
        ("свёкла 1 кг.", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot: Магнит «Свекла мытая, 1 уп. (1 кг)», Перекрёсток «Свекла мытая фасованная, 1кг»; beet "
           "salads and juices excluded"),
        ("капуста белая небольшой кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage: Дикси «Капуста белокочанная ранняя, 1 кг»; sauerkraut, Chinese cabbage, broccoli, "
           "cauliflower, sea-kale salad excluded; «небольшой кочан» is a wish about the head, not a filter"),
    ]),
    # fzi13
    ("мед натуральный, лимоны 2 шт, ромашка аптечная в пакетиках", [
        ("мед натуральный", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural honey: Пятёрочка МЕДОВЫЙ ДОМ «Мёд натуральный цветочный» Восточная липа and Южный цветок, Магнит "
           "МЕДОВЫЙ ДОМ разнотравье; «Крем-мёд … с наполнителями» (honey with fruit fillers), honey cakes, чак-чак, "
           "mustard-honey snacks excluded"),
        ("лимоны 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh lemons: none in the offers — only lemon-flavoured goods, lemon acid and cleaners; missing "
           "everywhere"),
        ("ромашка аптечная в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chamomile herbal tea in bags: none — Конфеты «Ромашки», Fairy «ромашка», AURA liquid soap «Ромашка» and "
           "a children's cream with chamomile are traps; missing everywhere"),
    ]),
    # fzi14
    ("ряженка 2.5, простакваша, варенец 2.5%, кефир 0%", [
        ("ряженка 2.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ряженка 2.5 %: the only ryazhenka is Агуша «клубника 2,9%» (flavoured, other fat); missing everywhere"),
        ("простакваша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "простокваша (typo written): none — every «Простоквашино» hit is the brand (milk, sour cream, butter, "
           "yoghurt); missing everywhere"),
        ("варенец 2.5%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "varenets of exactly 2.5 %: only Пятёрочка «Варенец термостатный 4%» (other fat), excluded; missing "
           "everywhere"),
        ("кефир 0%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fat-free kefir: no kefir in the offers; missing everywhere"),
    ]),
    # fzi15
    ("шпроты рижские в масле, горошек зеленый мозговой, майонез провансаль 67 процентов", [
        ("шпроты рижские в масле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Рижские» sprats in oil: no sprats say Рижские (Вкусные консервы, Знак качества, БАРС, Магнит «Шпроты в "
           "масле» — origin/brand not Riga); the written variety is required; missing everywhere"),
        ("горошек зеленый мозговой", {
            "pyaterochka": ["4043589"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned green peas of marrowfat (мозговых) varieties: Пятёрочка «Горошек зеленый из мозговых сортов "
           "\"молодой Горошек без сахара\"»; other canned peas (Бондюэль, Globus, ЗНАК ЗАБОТЫ, Маркет, 6 соток) do not "
           "say мозговой and are excluded"),
        ("майонез провансаль 67 процентов", {
            "pyaterochka": ["3355228", "3355242", "3695167", "3982578", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "3193489", "3467275", "3674577", "3695167", "4105769", "4199312", "4233420", "4297313",
                           "4412152"],
        }, "Провансаль mayonnaise of 67 % (Ряба incl. «ПРОВАНС.ОЛИВК.», Московский Провансаль incl. оливковый and на "
           "перепелиных яйцах, Слобода Провансаль incl. оливковый, Махеевъ Провансаль с лимонным соком, Скит, Я "
           "люблю готовить Классический провансаль); Пятёрочка «Майонез Слобода, 67%, 800 мл» and Перекрёсток «Я "
           "люблю готовить на перепелиных яйцах 67%, 600мл» accepted because the same product ids are titled "
           "Провансаль in the other chain; Московский Провансаль 700 мл without a fat value, Слобода «Оливковый» "
           "without Провансаль, Heinz/Mr.Ricco/Махеевъ «С перепелиным яйцом», домашний 55 % and майонезные соусы "
           "excluded"),
    ]),
    # fzi16
    ("туалетная бумага 4 рулона, порошок для ручной стирки, губка для мытья посуды, средство для мытья посуды фейри", [
        ("туалетная бумага 4 рулона", {
            "pyaterochka": ["3493108"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in a 4-roll pack: Пятёрочка «ZEWA Бумага ДЖАСТ 1 туал.4сл.4рул.» («4 рулона» read as the "
           "pack asked for, like a count that names the pack); 8- and 12-roll packs (Zewa Plus/Just 1 8 рул./Deluxe, "
           "Familia Plus, PAPIA) and moist toilet paper (ZEWA влаж.) excluded"),
        ("порошок для ручной стирки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hand-wash laundry powder: none — every washing powder is for automatic machines or does not say ручная "
           "стирка (Persil, Ariel, Tide, Bimax, Биолан, BIOMIO, ЛОСК, Персил); scouring powders Пемолюкс/Comet "
           "excluded; missing everywhere"),
        ("губка для мытья посуды", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponge: none in the offers; missing everywhere"),
        ("средство для мытья посуды фейри", {
            "pyaterochka": ["3500750", "3501026", "3501028", "3501031", "3503216", "3691740"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "brand + product: every Fairy dish-washing liquid (Сочный лимон 450/900, Нежные руки incl. ромашка/роза, "
           "Platinum); AOS, UNICUM, Finish/Somat dishwasher tablets excluded"),
    ]),
    # fzi17
    ("сардельки говяжьи, макароны рожки мелкие, кетчуп балтимор", [
        ("сардельки говяжьи", {
            "pyaterochka": ["4087801"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef sardelki: Пятёрочка «Сардельки \"Говяжьи оригинальные\" 0,400 кг»; Рублевский «Сардельки Докторские» "
           "(not beef) excluded"),
        ("макароны рожки мелкие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "small elbow pasta (рожки): none — the pasta offers are вермишель, спагетти, фарфалле, фузилли, Barilla "
           "shapes, none is рожки; missing everywhere"),
        ("кетчуп балтимор", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Балтимор ketchup: none (Heinz, Махеевъ, Слобода, Mr.Ricco, Calve, Restoria, Астория only); missing "
           "everywhere"),
    ]),
    # fzi18
    ("кисель брикет ягодный, сухофрукты для компота, чернослив без косточки", [
        ("кисель брикет ягодный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry kissel in a briquette: none — Фруто Няня «Кисель малина 200 мл» and Перекрёсток «Кисель Малиновый … "
           "500мл» are ready-to-drink kissel, excluded; missing everywhere"),
        ("сухофрукты для компота", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried-fruit mix for compote: none — nut+dried-fruit snack mixes (Джаз Студенческий, Mix Bar), dried "
           "bananas and ready compotes JANARAT excluded; missing everywhere"),
        ("чернослив без косточки", {
            "pyaterochka": ["3608001"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pitted prunes: Пятёрочка «Чернослив сушеный, без косточек, NaturFoods»; prune sweets, yoghurts, biscuits "
           "and pâté with prunes excluded"),
    ]),
    # fzi19
    ("хлебцы диетические, йогурт натуральный без сахара, сыр нежирный", [
        ("хлебцы диетические", {
            "pyaterochka": ["3195740", "3445942", "3497592", "3692903", "4054468"],
            "magnit": ["87af0ffa01", "8c18d20df8", "a652ba460f", "e30e4beec2"],
            "dixy": [],
            "perekrestok": [],
        }, "crispbreads (хлебцы — no title says «диетические»; crispbread is taken as the dietetic bread by kind, "
           "outside knowledge): Dr.Korner злаковый коктейль and кукурузно-рисовые с травами, ЩЕДРЫЕ 5 злаков and "
           "тонкие бородинские, Croisette, ОБРАЗ ЖИЗНИ ржано-пшеничные, МАГНИТ пшеничные, ECO-BOTANICA with "
           "cheese/herbs; Dr.Korner «карамель» (sweet-coated) excluded as not dietetic; bread, сухарики/гренки "
           "excluded"),
        ("йогурт натуральный без сахара", {
            "pyaterochka": ["3433156", "3503857", "3632187", "3954723", "4035474", "3638992"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3601417", "3697856", "4068957", "4324114", "4326197", "4326198"],
        }, "plain unflavoured yoghurt without filler: Перекрёсток Neo «греческий классический без сахара», «Йогурт "
           "греческий натуральный 4%», Teos and Простоквашино «Греческий 2%»; Пятёрочка ДАНОН/DANONE «Йогурт 3,3%», "
           "EPICA «Йогурт пит.2,9%», Bio-Max «Классический», Активиа 2,4% 260г, Сарафаново термостатный детский 1,5% "
           "— taken as plain/no added sugar because no flavour or filler is named (outside knowledge; sugar content "
           "is not in the titles); every yoghurt with fruit/berry/cereal/chocolate filler or a flavour, Даниссимо, "
           "Чудо, Epica Crispy excluded"),
        ("сыр нежирный", {
            "pyaterochka": ["3452403", "3499152", "3504112", "3619760", "3665147", "3670271"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3452403", "4029240", "4280100", "4289052", "4349449", "4349451", "4418717"],
        }, "low-fat cheese = «лёгкий» or ≤ 30 % fat in dry matter (judgement): Тысяча Озёр Лёгкий (30 %/15 %), Arla "
           "Natura Сливочный Лёгкий 30 %/16 %, Landers Лёгкий 30 %, Брест-Литовск «Легкий» (no % stated, taken by "
           "the name), Делиссир Хоритаки 30 %, Oldenburger Протеиновый 30 % (with walnut / tomato-basil), Bonfesto "
           "Моцарелла 30 %; 32–35 % cheeses (Пармезан 32 %, Unagrande протеиновый 32/35 %, Сиртаки/Чечил 35 %), "
           "Фетакса Лёгкая (not cheese), творожные/плавленые excluded"),
    ]),
    # fzi20
    ("мармелад без сахара, шоколад горький 70 %, печенье овсяное на фруктозе, бифидок", [
        ("мармелад без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sugar-free marmalade: none says без сахара (Белевский, Шарлиз, Махеевъ, Fruittella, Бон Пари are "
           "regular); missing everywhere"),
        ("шоколад горький 70 %", {
            "pyaterochka": ["4024458"],
            "magnit": ["11ee50093d"],
            "dixy": [],
            "perekrestok": [],
        }, "bitter chocolate of exactly 70 %: Пятёрочка «Горький шоколад А. Коркунов 70% какао», Магнит «ALPEN GOLD "
           "Bitter Шоколад горьк 70%»; Merci 72 %, Alpen Gold горький 80 г without a % (Пятёрочка), dark chocolates "
           "without a %, Золотая марка «Дуэт в горьком, 70 %» (a two-chocolate combination, outside knowledge) and "
           "Коммунарка горький с апельсином (no %) excluded"),
        ("печенье овсяное на фруктозе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "oat biscuits on fructose: none — oat biscuits (Юбилейное овсяное, Хлебный спас, «Классическое», "
           "Любятово) do not say фруктоза; missing everywhere"),
        ("бифидок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "бифидок (bifido-kefir): none; bioyoghurts «обогащенный бифидобактериями» (Bio-Max, Активиа) are "
           "yoghurts, not бифидок; missing everywhere"),
    ]),
    # fzi21
    ("сгущенка гост, мука пшеничная в/с 2 кг., дрожжи сухие для пирога", [
        ("сгущенка гост", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "whole sweetened condensed milk 8.5 % (АЛЕКСЕЕВСКОЕ цельное с сахаром; the titles do not say ГОСТ — whole "
           "condensed milk with sugar 8.5 % is the GOST product, outside knowledge); boiled condensed milk (Егорка, "
           "Рогачев вареное), sweets/wafers/cakes with сгущенка excluded"),
        ("мука пшеничная в/с 2 кг.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["8065", "91304"],
        }, "wheat flour of the высший сорт in a 2 kg pack: Перекрёсток Пышечка «пшеничная хлебопекарная высшего "
           "сорта, 2кг», Makfa «высшего сорта, 2кг»; Makfa 1 кг (size), «Мука Пшеничная, 2кг» (grade not stated), "
           "РЯЗАНОЧКА «ЭКСТРА 2кг» (grade экстра ≠ высший), whole-grain, rye, rice and durum flour excluded"),
        ("дрожжи сухие для пирога", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "dry yeast: Перекрёсток «Дрожжи сухие Саф-Момент»; frozen yeast dough excluded; «для пирога» is a purpose"),
    ]),
    # fzi22
    ("яблоки антоновские, бананы 1 кг., апельсины на сок, мандаринки абхазские", [
        ("яблоки антоновские", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Антоновка apples: none — only Ред Делишес, Гренни Смит, Гала, Медовый хруст, red and «сезонные» apples "
           "(other varieties) and Белевский зефир «Антоновский» (a trap); missing everywhere"),
        ("бананы 1 кг.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3639749", "3757", "4112219", "4208494"],
        }, "fresh bananas of any kind (фасованные, loose, мини, Organic); «1 кг.» is the quantity; dried bananas, "
           "banana sweets/smoothies/flavoured goods excluded"),
        ("апельсины на сок", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges: Магнит «Апельсины, 1 кг», Перекрёсток «Апельсины»; orange juice/nectar/soda, jam, "
           "flavoured goods excluded; «на сок» is a purpose"),
        ("мандаринки абхазские", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Abkhazian mandarins: Перекрёсток sells only «Мандарины» (origin not stated), «Мандарины Марокко» and "
           "«Мандарины с листом Китай» — the written origin is required; missing everywhere"),
    ]),
    # fzi23
    ("окорочка куриные, фарш из говядины, печень говяжья", [
        ("окорочка куриные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken leg quarters (окорочок = whole leg, thigh + drumstick): none — Перекрёсток raw «Бедро куриное "
           "Первая Свежесть», thigh fillets and «Голень цыплёнка» are single parts of the leg, not leg quarters "
           "(judgement), Пятёрочка «ПАВЛОВСКАЯ КУРОЧКА Голень ЦБ к/в» is smoked drumstick, «Окорочок утёнка» is "
           "duck, pork окорок/хамон and turkey thighs excluded; missing everywhere"),
        ("фарш из говядины", {
            "pyaterochka": ["3398465", "3447375", "4065830"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef mince: Пятёрочка Рестория «фарш Говяжий», Мираторг «Фарш говяжий», Останкино «ФАРШ ГОВЯЖИЙ»; "
           "свино-говяжий, «Домашний», «Деревенский», «Премиум» Петелинка (chicken), turkey and pork mince excluded"),
        ("печень говяжья", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef liver: none — Магнит «Печень свиная для жарки» (pork), pâtés, cat food with liver and a salad with "
           "beef liver excluded; missing everywhere"),
    ]),
    # fzi24
    ("крупа манная 1 пачка, рис круглозерный для каши, молоко топлёное 4%", [
        ("крупа манная 1 пачка", {
            "pyaterochka": [],
            "magnit": ["a9eb0a29d1"],
            "dixy": [],
            "perekrestok": [],
        }, "semolina: Магнит «Каша манная УВЕЛКА, 700г» (a 700 g pack of semolina groats, outside knowledge — not an "
           "instant porridge cup); «1 пачка» is a quantity"),
        ("рис круглозерный для каши", {
            "pyaterochka": ["3483037"],
            "magnit": ["106021", "106651", "106641", "199371"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice: Магнит Мистраль «для плова, традиционный, круглый» (Пятёрочка sells the same "
           "«МИСТР.Рис для плова традиц.900г»), Увелка «Краснодарский, круглый», Мистраль «Кубань» and Националь "
           "«Адриатика» (both round-grain, outside knowledge); long-grain, basmati, jasmine, brown, Аккватика mix, "
           "Девзира, Националь «для плова шлифованный» (grain not stated) and rice+buckwheat excluded; «для каши» is "
           "a purpose"),
        ("молоко топлёное 4%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["6f87bafd7a"],
        }, "baked milk of exactly 4 %: Перекрёсток «Молоко Эконива топлёное 4%, 1л»; топлёное 3.2 % (Простоквашино, "
           "Домик в деревне) and «Из Углича топлёное 3.6-4.2%» (a range) excluded"),
    ]),
    # fzi25
    ("кофе пеле, сахар-рафинад 1 уп., конфеты коровка молочные, пряники мятные 1 пачку", [
        ("кофе пеле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Pele (Café Pelé) coffee: none in the offers; missing everywhere"),
        ("сахар-рафинад 1 уп.", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "refined sugar cubes: Магнит «РУССКИЙ Сахар белый прессованный 1кг к/уп» (pressed white sugar in a box = "
           "сахар-рафинад, outside knowledge); cane sugar Демерара excluded; «1 уп.» is a quantity"),
        ("конфеты коровка молочные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Коровка» milk fudge sweets: none — «КОРОВКА Пряник» (gingerbread), «Вафли Коровка», «Веселая коровка» "
           "milk and iris toffees are not these sweets; missing everywhere"),
        ("пряники мятные 1 пачку", {
            "pyaterochka": [],
            "magnit": ["203161"],
            "dixy": [],
            "perekrestok": [],
        }, "mint gingerbread: Магнит «Пряники Яшкино, мятные, 350 г»; классические, тульские, с начинкой, черная "
           "смородина, Коровка пряник excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzi"))
