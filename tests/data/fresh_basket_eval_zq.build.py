#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zq.jsonl -- a large family's weekly shop (amounts: kilos, packs, dozens,
litres; vegetables and fruit, meat and poultry, dairy, cereals, bread, a few household goods), hand-
labelled against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zq.build.py

LISTS below is literal data: 25 lists (3-4 items, 85 items) as a household would type them to a
Telegram bot, written blind (fresh_basket_eval_zq.blind_lists.txt) before any offer was read, and for
every item the product ids of every store that a reasonable shopper would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё/е) and read one by one; the note of each item records what was accepted,
what was deliberately left out and any judgement resting on outside knowledge.  An empty list means
the store has nothing acceptable (the item is "missing" there).  The labels were made without reading
korzina's matcher or its data files.

The script only checks the data (via labelled_lists.build: every id exists in real_offers.jsonl *for
that store* and is in stock, no id repeats within an item, every item has a note, the labels are
exactly the list's items in order) and then writes the JSONL in the format of real_basket_eval.jsonl.
List ids are fzq01, fzq02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zq.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fzq01 root vegetables
    ("картошки 5 кг, лук репчатый 2 кило, морковочка 1.5 кг, капусты белокочанной кочан небольшой", [
        ("картошки 5 кг", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (новый урожай, молодой, красный, мытый, для варки/жарки 3 кг, 2.5 кг); "
           "«5 кг» is the quantity wanted of a weighed vegetable, not a filter; chips, хрустящий картофель, вареники "
           "and salads with potato, potato starch, baby purees excluded"),
        ("лук репчатый 2 кило", {
            "pyaterochka": [],
            "magnit": ["168721"],
            "dixy": [],
            "perekrestok": ["79135", "79012"],
        }, "bulb onions whose title says «репчатый» (white, red); Ялтинский (sweet Crimean red onion), Шалот, «Лук "
           "салатный», Магнит «Лук Светофор» (3-onion gift pack), green onion and herb mixes excluded; «2 кило» is a quantity"),
        ("морковочка 1.5 кг", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Морковь мытая); Korean-style carrot salads, sauerkraut with carrot, juices and baby purees "
           "excluded; «1.5 кг» is a quantity"),
        ("капусты белокочанной кочан небольшой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «Капуста белокочанная ранняя, 1 кг», sold by weight); sauerkraut (квашеная), "
           "Chinese cabbage, cauliflower, broccoli and sea kale excluded; «кочан небольшой» is a quantity/wish"),
    ]),
    # fzq02 dairy for the week
    ("молоко 2.5% 4 литра, творог 5% 3 пачки по 200, сметанка 15 пару банок", [
        ("молоко 2.5% 4 литра", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700",
                            "af8570f806", "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9",
                            "50cb0959f8", "76055bf243", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk of exactly 2.5 % (pasteurised, UHT, sterilised; children's milk Сарафаново «детское» "
           "counts as milk, as in real_basket_eval); every pack size incl. Магнит Вкуснотеево 0.2 л and Можайское "
           "450 мл («4 литра» is the quantity wanted, not a pack size); other fat levels, ranges, топлёное, козье, "
           "Чудо flavoured milk and condensed milk excluded"),
        ("творог 5% 3 пачки по 200", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain cottage cheese 5 % in 200 g packs («по 200» names the pack): none. Excluded: Перекрёсток «Творог 5% "
           "Молочный знак, 180г» (180 g, not 200), Пятёрочка СЕЛО ЗЕЛ. «Творог 5% 500г» (500 g), Домик в деревне "
           "«Творог мягкий 5,5%» (5.5 %), Савушкин «Творог 101 ЗЕРНО+СЛ. 5%» flavoured 130 g, Данон «Творог зерненый "
           "в йогурте 5%» with fruit, 9 % / 4 % / 3 % curds"),
        ("сметанка 15 пару банок", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream of exactly 15 % (incl. lactose-free Parmalat Comfort and Простоквашино безлактозная); 10 %, 20 %, "
           "25 %, 30 %, sour-cream sauces and snacks «со вкусом сметаны» excluded; «пару банок» is a quantity"),
    ]),
    # fzq03 eggs, butter, cheese
    ("яйца с1 3 десятка, маслице сливочное 82.5 две пачки, сыр российский кило", [
        ("яйца с1 3 десятка", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "chicken eggs of class С1 in packs of 10 («3 десятка» = three packs of ten; no pack of 30 exists); Лето С1 "
           "20 шт, СО/отборные, quail eggs, Kinder eggs and mayonnaise «на перепелином яйце» excluded"),
        ("маслице сливочное 82.5 две пачки", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled 82.5 % (incl. «сладко-сливочное»); butter labelled 82 % (Простоквашино in Магнит and "
           "Дикси, Президент кислосливочное 82 %) excluded because the written 82.5 must match the label exactly; "
           "72.5 %, chocolate butter, puff pastry and pâté «со сливочным маслом» excluded"),
        ("сыр российский кило", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese of any brand/pack (Брест-Литовск 200 г, Зелёная Линия нарезка 150 г); «кило» is the "
           "quantity wanted; сервелат «российский», cognac and champagne «Российское» excluded"),
    ]),
    # fzq04 meat for the week
    ("курица целая 2 тушки, фарш свино-говяжий кг, сосиски молочные 2 упаковки", [
        ("курица целая 2 тушки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4252168"],
        }, "whole chicken carcasses (тушка цыплёнка, incl. halal An-noor and the small «цыплёнок корнишон»); Дикси "
           "«Цыпленок-бройлер охлажденный, 1 кг» taken as a whole bird (outside knowledge: title names no part); "
           "parts (голень, бедро, филе), Пятёрочка «Бедро цыпл-табака», duckling, canned chicken excluded"),
        ("фарш свино-говяжий кг", {
            "pyaterochka": ["3673806"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "minced meat whose title says pork-and-beef (Мираторг «свино-говяжий домашний»); «Фарш ДОМАШНИЙ» Самсон, "
           "«Деревенский» Ближние горки and «Премиум» Петелинка (composition not stated), pure beef, pure pork (Магнит "
           "«Фарш свиной»), turkey mince and stuffed olives excluded; «кг» is a quantity"),
        ("сосиски молочные 2 упаковки", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«Молочные» sausages (Велком, Магнит 0.33 and 0.65 кг); сливочные, «Детям», «с натуральными сливками», "
           "Докторские, Баварские etc. and the boiled sausage «Колбаса Молочная» excluded"),
    ]),
    # fzq05 cereals and pasta
    ("гречка ядрица 4 пачки, рис круглый 2 кг, макароны makfa 4 пачки, геркулес 2 пачки", [
        ("гречка ядрица 4 пачки", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats; Магнит «Крупа Гречневая Prosto, 500 г» taken as ядрица (outside knowledge: the usual "
           "whole-kernel buckwheat; title does not say ядрица or продел); buckwheat flakes (Увелка, Мистраль), "
           "«Рис и греча» mix, ready porridges, Nestle baby cereal, soba noodles and buckwheat drink excluded"),
        ("рис круглый 2 кг", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641", "199371"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice; «2 кг» is read as the quantity wanted (rice is sold in 0.8-0.9 кг packs, no 2 кг pack "
           "exists). Accepted: Увелка «Краснодарский, круглый», Мистраль «для плова традиционный, круглый» (Магнит) and "
           "the same Мистраль «Рис для плова традиц. 900г» (Пятёрочка, outside knowledge: same product); Мистраль "
           "«Кубань» and Националь «Адриатика» taken as round-grain (outside knowledge). Excluded: long-grain "
           "(Лазер, Жасмин), Басмати, бурый, Девзира, Акватика mix, Националь/Global Village «для плова» (grain not "
           "stated), rice porridge, rice flour, rice flakes"),
        ("макароны makfa 4 пачки", {
            "pyaterochka": ["3687625"],
            "magnit": ["199251"],
            "dixy": [],
            "perekrestok": [],
        }, "Makfa pasta of any shape (Макфа «перья», MAKFA «Изд.мак. СВИТКИ» nests); Makfa flour and Makfa biscuits / "
           "cakes excluded"),
        ("геркулес 2 пачки", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats: Клинские «Геркулес» and Увелка «Хлопья зерн. овсян. трад.» (traditional rolled oats = "
           "геркулес, outside knowledge); instant oat porridges, oat cookies, VELLE oat yoghurt-like products, oat "
           "bran and baby cereals excluded"),
    ]),
    # fzq06 bread
    ("хлеб дарницкий 2 буханки, батон нарезной 3 шт, лаваш тонкий армянский 3 листа", [
        ("хлеб дарницкий 2 буханки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Дарницкий rye-wheat bread: none. Excluded: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский», «Хлеб "
           "Даниловский», «Хлеб Марьин заварной», «Хлеб зерновой, Ржаной Край» (other breads) and crispbreads"),
        ("батон нарезной 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "«Батон Нарезной» (Маркет Перекрёсток, sliced); Пятёрочка «Батон "
           "\"Звездный\" нар, Хлебный Дом» excluded (a named different loaf; «нар» read as sliced, not as the нарезной "
           "recipe); chocolate «батончики» excluded"),
        ("лаваш тонкий армянский 3 листа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "thin Armenian lavash: none in any store; Mission tortillas (Пятёрочка «Лепешки тортилья») excluded as a "
           "different flatbread"),
    ]),
    # fzq07 fruit
    ("бананчики 2 кг, яблоки гренни смит кило, мандаринки 3 кг подешевле", [
        ("бананчики 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (incl. Organic, «Бананы мини», фасованные; «бананчики» is a diminutive, not mini bananas); "
           "dried bananas, banana sweets, smoothies, mueslis, yoghurts and purees with banana excluded"),
        ("яблоки гренни смит кило", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "Granny Smith apples only; Ред Делишес, красные, Гала, Медовый хруст, «Яблоки сезонные» and apple-flavoured "
           "goods excluded"),
        ("мандаринки 3 кг подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins of any origin (incl. «с листом Китай», Марокко); «подешевле» is a wish, not a filter; "
           "Chupa Chups caramel «мандарин» excluded"),
    ]),
    # fzq08 salad vegetables
    ("огурцы 2 кг, помидоры розовые 2 кило, перчик болгарский красный 3 шт", [
        ("огурцы 2 кг", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (короткоплодные, среднеплодные, Ботаника, «Огурцы Хрустящие 450г» and fresh «Огурцы "
           "корнишоны 300г» in the vegetables section — taken as fresh, outside knowledge from their category); "
           "salted, pickled, barrel cucumbers (Магнит МЕЛЕНЪ, Корнишоны солёные, Перекрёсток «солёные бочковые», "
           "Пятёрочка огурчики маринованные/пикули) and cucumber-scented shampoos excluded"),
        ("помидоры розовые 2 кило", {
            "pyaterochka": [],
            "magnit": ["107631"],
            "dixy": [],
            "perekrestok": ["4355823", "3017019", "4327843"],
        }, "pink tomatoes: Магнит «Томаты розовые», Перекрёсток «Томат Дагестан розовый» and «Томаты Бакинские» (Baku "
           "tomatoes are a pink variety — outside knowledge); red, on-the-vine, plum, cherry, honey cherry, marinated "
           "and salted tomatoes excluded"),
        ("перчик болгарский красный 3 шт", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["6177"],
        }, "red bell pepper (Магнит «Перец болгарский, красный», Перекрёсток «Перец красный сладкий»); yellow sweet "
           "pepper, «Перец в ассортименте 2шт», pointed Рамиро, grilled canned pepper, ground paprika and black "
           "pepper excluded"),
    ]),
    # fzq09 cultured milk for the kids
    ("кефир 1% 2 литра, ряженочка 4%, йогурт питьевой детям 6 шт, снежок 2 бутылки", [
        ("кефир 1% 2 литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir 1 %: no kefir of any fat level is in the recorded offers (stems «кеф», «биокеф» checked)"),
        ("ряженочка 4%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ryazhenka 4 %: none; Пятёрочка «Ряженка Агуша, клубника, 2,9%» excluded (2.9 %, flavoured)"),
        ("йогурт питьевой детям 6 шт", {
            "pyaterochka": ["4066181", "3933627", "3632187", "3632191", "3632188", "3628400", "3628399", "3628398",
                            "3628404", "3644386", "4037142", "3363988", "4038830", "4038831", "4035472", "4035473",
                            "4035562", "4035564", "4035476", "4035471", "4035474", "4087592", "4001851"],
            "magnit": ["206021", "205071"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking yoghurt of any flavour; «детям» is a purpose, not a filter. Accepted: titles saying «питьевой»/"
           "«пит.», Чудо yoghurts 270 г (the bottle Магнит sells as «питьевой»), Вкуснотеево «тетра-топ 750г», Активиа "
           "biyoghurts 260 г and the «зимн. коллекция» 260 г, Данон «с персиком и грушей» 260 г (260-270 g bottles "
           "taken as drinking — outside knowledge). Excluded: spoonable cups (Активиа/Bio-Max/Верховье 125-150 г, "
           "Даниссимо, Epica Crispy, Fruttis, Valio smoothie 140 г, Danone 3.3 % 110/350 г), «Биойогурт … 270г 1,0%» "
           "(form not stated), Даниссимо and Чудо «коктейль», Актимель, Greek yoghurts, kids' 70-85 g cups"),
        ("снежок 2 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "снежок (sweet cultured milk drink): none; «Снежка» pastry sticks, «Снежный краб» crab sticks and Кола "
           "«Снежная Ириска» excluded"),
    ]),
    # fzq10 meat on the bone
    ("окорочка куриные 3 кг, свиная лопатка 2 кг, говядина для супа на косточке", [
        ("окорочка куриные 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken leg quarters (окорочок): none. Excluded as other cuts: бедро (Перекрёсток «Бедро куриное», "
           "Пятёрочка «Бедро цыпл-табака»), голень (Петелинка, Зелёная Линия, Павловская курочка копчёная, Магнит "
           "«в маринаде Алабама»), thigh fillets; duck «Окорочок утёнка» and pork «Окорок» excluded"),
        ("свиная лопатка 2 кг", {
            "pyaterochka": ["3666473"],
            "magnit": ["107281"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork shoulder (Слово Мясника 800 г, Магнит «на кости»); Черкизово «Лопатка Фермерская варено-копченая», "
           "Перекрёсток «Дымовица … из лопатки свинины», beef «Лопаточная часть говядины» and other pork cuts excluded"),
        ("говядина для супа на косточке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef on the bone for soup: none. Excluded: Пятёрочка «говядина шейная часть газ 400гр» (bone not stated), "
           "Магнит «Лопаточная часть говядины, без кости», Мираторг «Мякоть бедра говяжья», steaks, stewed beef, "
           "jellied meat, salmon soup sets"),
    ]),
    # fzq11 baking
    ("мука для пирога 2 кг, сахар песок 5 кг, дрожжи сухие саф-момент 2 пакетика, соль йодированая", [
        ("мука для пирога 2 кг", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "3231328", "8065"],
        }, "wheat flour in 2 кг packs (2 кг is a standard flour pack, so the size is respected): Рязаночка «ПШЕНИЧНАЯ "
           "ЭКСТРА 2кг», Makfa высшего сорта 2кг, «Мука Пшеничная, 2кг», Пышечка 2кг; «для пирога» is a purpose. "
           "Excluded: 1 кг packs (Makfa 1кг, Рязаночка цельносмолотая 1кг), rye, rice and durum («крупка») flour"),
        ("сахар песок 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "granulated sugar (сахар-песок): none. Excluded: Магнит «Сахар белый прессованный 1кг» (lump sugar), "
           "Пятёрочка cane sugar «Демерара» 500 г"),
        ("дрожжи сухие саф-момент 2 пакетика", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "Саф-Момент dry yeast (11 г sachet); frozen yeast dough and «без дрожжевое» puff pastry excluded"),
        ("соль йодированая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "iodised salt: none. Excluded: Магнит MAREMAN «Соль морская средняя 1кг» (sea salt, iodisation not stated), "
           "Kotanyi «Чеснок-травы-соль» seasoning, salted snacks"),
    ]),
    # fzq12 household
    ("туалетная бумага 24 рулона, стиральный порошок автомат 3 кг, fairy для посуды большой", [
        ("туалетная бумага 24 рулона", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in a 24-roll pack (a roll count names the pack): none. Excluded: 12-roll packs (Familia Plus, "
           "Zewa Plus in Пятёрочка and Магнит), 8-roll and 4-roll packs (Papia, Zewa Deluxe/Just 1), Zewa moist toilet "
           "paper, paper towels"),
        ("стиральный порошок автомат 3 кг", {
            "pyaterochka": ["3149485", "2087255", "3142962", "2161528", "2161508", "3023899", "2070686"],
            "magnit": ["105881", "105891"],
            "dixy": [],
            "perekrestok": [],
        }, "machine-wash («автомат») laundry powder in 3 кг packs, any brand: Ariel «авт.» 3кг, Persil 3кг, Bimax 3кг "
           "(Пятёрочка's Persil and Bimax titles omit «автомат»; these 3 кг powders are machine powders — outside "
           "knowledge). Excluded: other pack sizes (Magnit 6 кг Ariel/Bimax, Tide 4 / 2.5 / 2.4 кг, Лоск 2.7 кг, Persil "
           "1.5 кг, Tide 400 г, Биолан 2400 г, Biomio 1.5 кг), washing gels and capsules, scouring powders (Пемолюкс, "
           "Comet)"),
        ("fairy для посуды большой", {
            "pyaterochka": ["3501028", "3501026"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy washing-up liquid in the big bottle: the 900 мл Fairy (Нежные руки, Сочный лимон); «большой» "
           "excludes the 430-450 мл bottles (Пятёрочка Fairy 450 мл ×3, Platinum 430 мл; Магнит Platinum 430 мл); other "
           "brands (AOS, Sorti, Biasept) and dishwasher tablets excluded"),
    ]),
    # fzq13 oil and sauces
    ("масло подсолнечное нерафинированное 2 бутылки, майонез провансаль 800 гр, кетчуп шашлычный 2 шт", [
        ("масло подсолнечное нерафинированное 2 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "unrefined sunflower oil: none. Excluded: refined oils (Олейна раф. дез., Благо, Mr.Ricco, Слобода «для "
           "жарки»), ALMADOR sunflower oil flavoured with basil/garlic (refining not stated), olive oil "
           "«рафинированное с добавлением нерафинированного»"),
        ("майонез провансаль 800 гр", {
            "pyaterochka": ["3193489"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3193489"],
        }, "Provençal mayonnaise in the 800 pack: Слобода Провансаль 67 % 800 мл (the Пятёрочка title omits "
           "«Провансаль», same product id); «800 гр» read as the 800 pack although it is in ml. Excluded: Ряба "
           "Провансаль 744 г (not 800), other sizes (630, 700, 600, 400, 390, 375, 200 мл), Слобода «Оливковый» 800 мл "
           "and Mr.Ricco «на перепелином яйце» 800 мл (not Провансаль)"),
        ("кетчуп шашлычный 2 шт", {
            "pyaterochka": ["3673190"],
            "magnit": ["aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "шашлычный ketchup (Махеевъ «ШАШЛЫЧ.» 700 г, Слобода «Шашлычный» 320 г); tomato, chili, garlic ketchups and "
           "Тихвинский Уезд «Соус шашлычный» (a sauce, not ketchup) excluded"),
    ]),
    # fzq14 frozen
    ("пельмени 2 пачки по кило, вареники с картошечкой, котлеты замороженые по-киевски", [
        ("пельмени 2 пачки по кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pelmeni in 1 кг packs («по кило» names the pack): none. Excluded: 900 г (Бульмени, Ложкаревъ, Стародворье), "
           "800 г (Мираторг, Цезарь, Eat Meat, Сибирская коллекция), 750/700/450 г packs"),
        ("вареники с картошечкой", {
            "pyaterochka": ["3464203", "2125815", "3697765"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vareniki with a potato filling, incl. potato with onion / mushrooms / fried onion (Сытый папа, Ложкаревъ "
           "«карт. и гриб.», Цезарь «с карт/жар.луч.»); vareniki with other fillings and pelmeni excluded"),
        ("котлеты замороженые по-киевски", {
            "pyaterochka": ["3420328"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Chicken Kiev cutlets (Мираторг «Котлеты по-киевски 405г», taken as frozen — outside knowledge, the title "
           "does not say); other cutlets (свиная, домашние, куриные в панировке, из индейки, рыбные) and the «Новый "
           "Киевский» cake excluded"),
    ]),
    # fzq15 tea and biscuits
    ("чай черный 100 пакетиков, кофе растворимый jacobs, печенье юбилейное 3 пачки", [
        ("чай черный 100 пакетиков", {
            "pyaterochka": ["4002510", "3998702", "3378327", "3662837", "3450276", "3950803", "3620106", "3635756",
                            "3378336", "3424384", "3499718", "3446638", "3472459", "2070472", "3948128", "11200",
                            "3689577"],
            "magnit": ["159991", "206041", "109361", "199261", "199201", "213601"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea in packs of 100 tea bags, any brand and any flavour (bergamot, thyme, fruit are not excluded "
           "because none was written); Lipton Earl Grey and Принцесса Канди «цейлонский» taken as black tea (outside "
           "knowledge). Excluded: packs of 20/25 bags, loose-leaf tea, green/oolong/herbal tea, iced-tea drinks, "
           "Teekanne gift set"),
        ("кофе растворимый jacobs", {
            "pyaterochka": ["3684932", "3626060", "3626048", "3636926", "3636923", "3372172", "3488345", "3444962"],
            "magnit": ["106161", "205121", "106231"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs instant coffee of every line and size (Gold, Crema, Monarch/Intense, Millicano «растворимый с "
           "молотым», Velour; «сублимированный» = freeze-dried instant); Jacobs beans and ground coffee (Monarch "
           "зерно/молотый, Barista Editions Crema молотый) excluded"),
        ("печенье юбилейное 3 пачки", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424"],
        }, "Юбилейное biscuits of every variety (traditional, glazed, milk, oat, постное, with cereals, cranberry, "
           "blueberry, strawberry, nut); Юбилейное mini-cakes, J.Meinl «Юбилейный» coffee and «Юбилейная» salami "
           "excluded"),
    ]),
    # fzq16 drinks by the bottle
    ("сок яблочный 2л 3 шт, вода 5 литров 2 бутыли, морс клюквенный 1л", [
        ("сок яблочный 2л 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "apple juice in 2 л packs: none. Excluded: other sizes (RICH 1 л, J7 0.97 л, Сады Придонья 1 л, прямого "
           "отжима 0.75 л, Swell 750 мл, 0.3 л), mixed juices (яблочно-виноградный, морковно-яблочный, с сельдереем), "
           "nectars, Агуша «вода+сок»"),
        ("вода 5 литров 2 бутыли", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 л bottles: Черноголовская «Honey kid» 5 л and Аквалайн «Для ляль» 5 л (children's "
           "drinking water still counts as water), Легенда Гор Архыз 5 л (natural mineral table water), Малаховская Пр!ст "
           "5 л. Other sizes, sparkling and medicinal waters excluded"),
        ("морс клюквенный 1л", {
            "pyaterochka": ["3472445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3695895", "4297529"],
        }, "cranberry mors in 1 л packs (Добрый «Морс КЛЮКВА», Сады Придонья клюквенный, Зелёная Линия клюквенный). "
           "Excluded: Чудо-Ягода «Клюквенный» 970 мл (not 1 л), mixed-berry mors (брусника/морошка, ягодный сбор, "
           "клубника-вишня, облепиховый, ФрутоНяня клюква/черника/вишня 0.5 л)"),
    ]),
    # fzq17 soup vegetables
    ("свекла кило, чеснок 3 головки, укропчик пару пучков, кабачок пару штук", [
        ("свекла кило", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (Свекла мытая); beet salads and vegetable juices excluded"),
        ("чеснок 3 головки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic (Перекрёсток «Чеснок, 3шт»); salted garlic, dried garlic granules, garlic seasonings and "
           "products «с чесноком» excluded"),
        ("укропчик пару пучков", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill (Магнит «Укроп, 100 г», Перекрёсток «Укроп зеленый Маркет Fresh»); herb mixes (петрушка-укроп-"
           "лук), dried dill and herring «с укропом» excluded"),
        ("кабачок пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["44110", "48632"],
        }, "fresh marrows/courgettes (Кабачки, Кабачки цуккини зелёные); кабачковая икра and canned marrows in adjika "
           "excluded"),
    ]),
    # fzq18 poultry
    ("филе грудки 2 кг, фарш из индейки кг, печень куриная полкило", [
        ("филе грудки 2 кг", {
            "pyaterochka": ["3963723", "2160069"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast fillet («филе грудки» without a species read as chicken), incl. «Филе цыплёнка малое» "
           "(inner breast fillet) and Пятёрочка «ПЕР.СВ.Филе с груд.охл.подл.1кг» (abbreviated title; the same id is Перекрёсток's «Филе грудки куриное Первая Свежесть»). Excluded: «Куриная грудка/Грудка куриная без кожи» (breast on the bone, not fillet), "
           "turkey and duck breast fillet, thigh fillet, ready grilled/baked breast (Зелёная Линия 182 г), ham"),
        ("фарш из индейки кг", {
            "pyaterochka": ["3629402"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "turkey mince (Пава Пава «нежный, из индейки»); «кг» is a quantity; turkey cutlets, meatballs, fillets and "
           "other minces excluded"),
        ("печень куриная полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken liver: none. Excluded: Магнит «Печень свиная для жарки», liver pâtés, beef-liver salad"),
    ]),
    # fzq19 sandwich fillings
    ("сыр плавленый 4 шт, колбаса докторская кило, сардельки говяжьи 1 кг", [
        ("сыр плавленый 4 шт", {
            "pyaterochka": ["4043317", "3677490", "3683694", "3943414", "3908611", "3908610", "3908603", "3908600",
                            "3906892", "3906891", "3924969", "3501012", "3680079", "3467389"],
            "magnit": ["205961", "168121", "167821"],
            "dixy": ["6b7105d28a"],
            "perekrestok": ["3906892", "3906891"],
        }, "processed cheese of any kind and flavour (tubs, slices «ломтевой»/«ломт.», Виола, Карат Янтарь/Коралл, "
           "Дружба, President, Hochland, Экомилк, Фетакса плавленый — Перекрёсток sells the same two Фетакса ids as «Сыр "
           "Фетакса без рассола» 200/400 г and they are accepted there too); Valio «Виола 4 Сыра» 180 г and Hochland "
           "«Сливочный» 220 г taken as processed cheese (outside knowledge: tubs; title does not say плавленый). "
           "Excluded: творожный cheese (Almette, Hochland/Violette «творожный»), hard and soft cheeses, curd snacks; "
           "«4 шт» is a quantity"),
        ("колбаса докторская кило", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "Докторская boiled sausage of any brand, pack or slicing; «кило» is the quantity wanted. Сосиски and "
           "сардельки «Докторские» and the Black Monster «The Doctor» energy drink excluded"),
        ("сардельки говяжьи 1 кг", {
            "pyaterochka": ["4087801"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef sardelki (Мясная Ферма «Говяжьи оригинальные» 0.4 кг; «1 кг» is a quantity); Рублевский «Сардельки "
           "Докторские» and шпикачки excluded (not beef-labelled / not sardelki)"),
    ]),
    # fzq20 breakfast cereals and groats
    ("хлопья кукурузные большая пачка, пшено кило, манка 2 пачки, каша овсяная быстрого приготовления порционная", [
        ("хлопья кукурузные большая пачка", {
            "pyaterochka": ["25813"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "corn flakes: Nestlé «Хлопья GOLD кукур. мед/арахис 300г» (flavour not restricted; the only corn-flake pack, "
           "so «большая пачка» excludes nothing). Excluded: Любятово «Завтраки кукурузные» 300 г (form not stated), "
           "Ухтышки corn sticks, Nesquik/Cini Minis/Krosby other cereals, chocolate with corn flakes"),
        ("пшено кило", {
            "pyaterochka": ["3674169"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats (Мистраль «Пшено ЗОЛОТОЕ 5х80г», boil-in-bag); «кило» is read as the quantity wanted (no "
           "1 кг pack exists); wheat flour and pasta «из пшеницы» excluded"),
        ("манка 2 пачки", {
            "pyaterochka": [],
            "magnit": ["a9eb0a29d1"],
            "dixy": [],
            "perekrestok": [],
        }, "semolina: Магнит «Каша манная УВЕЛКА, 700г» taken as dry semolina groats (outside knowledge: a 700 г bag "
           "of манная крупа; not a ready porridge); nothing else"),
        ("каша овсяная быстрого приготовления порционная", {
            "pyaterochka": ["3932885", "3659899"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "instant oat porridge in portion sachets: «Быстров без варки ассорти … каша овсяная» 228 г and Ясно "
           "Солнышко «Каша овсяная с лесными ягодами» 270 г (box of portion sachets — outside knowledge). Excluded: "
           "baby cereals (Heinz, Nestlé «каша сух. мол. овс.», ФрутоНяня), rolled oats, VELLE oat products, oat "
           "cookies"),
    ]),
    # fzq21 more fruit
    ("апельсины 3 кило, груши конференс, виноград кишмиш без косточек, лимоны пару", [
        ("апельсины 3 кило", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges; orange jam, juices, drinks and orange-flavoured cakes excluded"),
        ("груши конференс", {
            "pyaterochka": [],
            "magnit": ["200051"],
            "dixy": [],
            "perekrestok": ["6223"],
        }, "Conference pears (Конференция / Конференс); Урожай, Форелл pears and pear-flavoured goods excluded"),
        ("виноград кишмиш без косточек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48660", "57580", "48657"],
        }, "seedless kishmish grapes: «Виноград Киш-миш», «Киш-миш чёрный» and «Виноград белый без косточек» (seedless "
           "table grapes are sold as kishmish — outside knowledge). Excluded: Шайн Мускат (a named variety), Тайфи, "
           "Магнит «Виноград черный» (seeds not stated), Актимель with grape"),
        ("лимоны пару", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh lemons: none. Excluded: citric acid, lemon-flavoured sweets, toilet blocks and olives «лимон»"),
    ]),
    # fzq22 household 2
    ("мешки для мусора 120 л, губки для посуды 10 штук, салфетки бумажные столовые, средство для мытья пола", [
        ("мешки для мусора 120 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "120 л bin bags: none. Excluded: BIG CITY LIFE «Пакеты д/мусора 60л», МАГНИТ «Мешки для мусора 35л» (other "
           "volumes), Пр!ст «Пакеты для завтрака»"),
        ("губки для посуды 10 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges: none in any store"),
        ("салфетки бумажные столовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4429769", "4371757", "4429397", "4429400", "4310841", "4250543", "4310840", "4250535",
                            "4299678", "4397850"],
        }, "paper table napkins of any print, ply and count (Gratias 24×24 / 33×33, Пр!ст, Art Bouquet). Excluded: wet "
           "wipes (Tolli, SALFETI, Home Story, Kokoro, Пр!ст косметические), Carefree panty liners «салфетки», BIG CITY "
           "LIFE cleaning cloths «Салфетки в рулоне», paper towels"),
        ("средство для мытья пола", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "floor cleaner: none. Excluded: scouring powders (Пемолюкс, Comet), toilet blocks, washing-up liquids"),
    ]),
    # fzq23 fish
    ("минтай замороженый 2 кг, селедка слабосоленая, крабовые палочки 2 пачки", [
        ("минтай замороженый 2 кг", {
            "pyaterochka": [],
            "magnit": ["199381"],
            "dixy": [],
            "perekrestok": ["4350401", "4350402"],
        }, "frozen pollock, whole or fillet (Магнит «Филе минтая, полуфабрикат из замороженного сырья», Люди Любят "
           "fillets 400 г); «2 кг» is a quantity; hake, cod, pangasius, tilapia excluded"),
        ("селедка слабосоленая", {
            "pyaterochka": ["4043492"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4056953", "4402738", "4402737", "4360965", "4364450", "4034451", "4367699", "4367712",
                            "4147685", "4364448", "4225103"],
        }, "herring labelled lightly salted (слабосолёная / «Малосольная»), any cut, oil or marinade. Excluded: herring "
           "whose title does not say lightly salted (Матиас «деликатесное оригинальное»/«оригинал», Тесей Царская, "
           "Балтийский Берег по-царски, Меридиан, Vici «из бочки», Fish House «специального посола», Смоленская "
           "коллекция, Магнит «Сельдь тихоокеанская»), herring roe, «Сельдь под шубой», celery"),
        ("крабовые палочки 2 пачки", {
            "pyaterochka": ["3131715", "3931923"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3406474", "3447879", "3131715", "86385", "4074412", "4425909", "3993014", "3993018",
                            "3337825", "3931923", "4417821", "4311581", "4166323", "4354524"],
        }, "crab sticks of any brand, chilled or frozen (Vici, Русское Море, Меридиан, Люди Любят, «Снежный краб» "
           "sticks). Excluded: «крабовое мясо» (Vici, Русское море, Люди Любят — not sticks), real crab, crab salad, "
           "crab-flavoured croutons/chips"),
    ]),
    # fzq24 tins
    ("тушенка говяжья 4 банки, горошек зеленый 3 банки, кукуруза консервированная 2 банки, фасоль красная в собственном соку", [
        ("тушенка говяжья 4 банки", {
            "pyaterochka": ["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
            "magnit": ["111741"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed beef (говядина тушёная, any brand/grade); stewed pork, venison, chicken meat in own juice, "
           "buckwheat porridge with beef and cat food excluded"),
        ("горошек зеленый 3 банки", {
            "pyaterochka": ["4043589"],
            "magnit": ["203021", "213651", "111581"],
            "dixy": [],
            "perekrestok": ["82254", "41891", "27460", "4273266", "4345766"],
        }, "canned green peas of any brand/size"),
        ("кукуруза консервированная 2 банки", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet-corn kernels of any brand/size (Heinz «Кукуруза 340 г» taken as canned). Excluded: Маркет "
           "Collection «Кукуруза молодая в початках» (baby-corn cobs, not kernels), corn starch, corn snacks/flakes"),
        ("фасоль красная в собственном соку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635743"],
        }, "canned red kidney beans in their own juice («Фасоль красная натуральная Маркет Перекрёсток» — «натуральная» "
           "= in own juice, outside knowledge); Бондюэль red beans «в классическом Барбекю», white beans, baked beans in "
           "tomato sauce and bean salads excluded"),
    ]),
    # fzq25 kids' dairy
    ("сырки глазированные 5 шт, творожки агуша 4 шт, простокваша, масло сливочное простоквашино", [
        ("сырки глазированные 5 шт", {
            "pyaterochka": ["3378597", "4015226", "3601367", "3410456", "3472523", "3636507", "3636506"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snacks of any flavour and glaze (Б.Ю.Александров in milk/white chocolate, суфле, фисташки; РАЭ "
           "«Десерт твор. гл.» — glazed curd dessert, the same product type); Свитлогорье «Сырок творожный» 120 г (not "
           "glazed), Б.Ю.Алекс. «Десерт ЧИЗКЕЙК твор.» (glaze not stated), sausages «сырокопчёные» excluded"),
        ("творожки агуша 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша curd cups: none. Excluded: other Агуша products (milk, ryazhenka, juices, purees), Чудо «Творожок» "
           "curd dessert, Тема/Мама Лама/Верховье biotvorog (other brands)"),
        ("простокваша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "prostokvasha (cultured milk): none. Every «Простоквашино» title is a brand, not the product (milk, sour "
           "cream, butter, yoghurt) and is excluded"),
        ("масло сливочное простоквашино", {
            "pyaterochka": [],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "Простоквашино butter (82 % 180 г); other Простоквашино products and other butters excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzq"))
