#!/usr/bin/env python3
"""Re-create fresh_basket_eval_i.jsonl -- a set of household shopping lists (weekly runs, dishes, occasions,
non-food) hand-labelled against the real offers in real_offers.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_i.build.py

LISTS below is literal data: 25 lists (2-5 items) as households would type them to a Telegram bot, and for
every item the product ids of every store that a reasonable shopper who wrote exactly that item would
accept (in-stock offers only).  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms,
the chains' abbreviations, Latin and Cyrillic brand spellings) and read one by one; every item was then
re-checked against all titles matching its stem that were not accepted.  The note of each item records what
was accepted, what was deliberately left out and any judgement that rests on outside knowledge.  An empty
list means the store has nothing acceptable (the item is "missing" there).  The labels were made without
reading korzina's matcher or its data files.

The script only checks the data with the shared checker labelled_lists.py -- every id exists in
real_offers.jsonl *for that store* and is in stock (``available`` true), no id is repeated within an item,
every item has a note, and the labels are exactly the list's items in order (an item is the text between
commas / new lines) -- and then writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fi01,
fi02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_i.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 weekly run (milk, butter, eggs, toilet paper)
    ("молочко 2.5% 2 пакета, пачку масла 72.5, яички с1 десяток, туалетную бумагу трехслойную", [
        ("молочко 2.5% 2 пакета", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["013e119412", "2093081", "359aa76fc0", "3613024", "4310700", "50cb0959f8",
                            "587286c051", "62485733e9", "66ec0f255d", "6986e66cd9", "69f396f368", "76055bf243",
                            "7f46c8a5c5", "a548f45b17", "af8570f806", "cb2f1055d7", "edf2484f0e", "faf2171541"],
        }, "cow drinking milk labelled exactly 2.5% of any pack size (past./UHT/steril., children's "
           "Сарафаново incl.; Магнит Вкуснотеево 0.2 l box accepted, no size was written); other fat levels, "
           "the Чудо детки banana milkshake 2.5% and Актимель 2.5% excluded; «2 пакета» is the quantity, not "
           "a filter"),
        ("пачку масла 72.5", {
            "pyaterochka": ["3658095"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter of exactly 72.5% (Пятёрочка Брест-Литовск); 82/82.5% butters (Простоквашино, Президент, "
           "Тысяча озёр, Традиционное) and vegetable oils excluded; Перекрёсток and Дикси have no 72.5% "
           "butter"),
        ("яички с1 десяток", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062836", "3446505", "3662512", "4068694"],
        }, "chicken eggs of class С1 in packs of 10 (incl. Зелёная Линия «активита с селеном и йодом»); Лето "
           "С1 20 pcs, СО/отборные, quail eggs excluded"),
        ("туалетную бумагу трехслойную", {
            "pyaterochka": ["3449118", "4059050"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper stated as 3-ply (PAPIA «3сл.», Zewa Deluxe «3 сл.»); 2-ply Zewa Plus/Familia, 4-ply "
           "Zewa Just 1, wet toilet paper and Пятёрочка «PAP.Бумага WHITE DE LUXE» (ply not stated; outside "
           "knowledge says Papia De Luxe is 4-ply) excluded; Магнит has only 2-ply Zewa Plus"),
    ]),
    # L2 borscht
    ("свеклу 1 кг\nкапусту белокачанную\nговядину на косточке\nтоматную пасту\nсметанку 20%", [
        ("свеклу 1 кг", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (both are 1 kg washed packs, so «1 кг» is satisfied either way); beet salads, "
           "juices with beet excluded"),
        ("капусту белокачанную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «белокочанная ранняя»; the typo «белокачанную» is the user's); "
           "sauerkraut (капуста квашеная), Chinese cabbage, broccoli, cauliflower salad, sea-kale salad and "
           "baby purees excluded"),
        ("говядину на косточке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw beef on the bone (for broth); nothing qualifies: Магнит «Лопаточная часть говядины, без "
           "кости» and the boneless steaks/мякоть are explicitly boneless, Пятёрочка «говядина шейная часть "
           "газ 400гр» does not say bone (a 400 g gas-pack piece, taken as boneless), Магнит pork «на кости» "
           "cuts are pork (trap), canned beef, holodets and pelmeni excluded"),
        ("томатную пасту", {
            "pyaterochka": ["31623", "3486033", "84652", "3696785"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste (Помидорка ×2, Heinz «Паста Томатная», МАХЕЕВЪ «Паста ДОМАШНЯЯ томат.» = Махеевъ "
           "tomato paste Домашняя, outside knowledge); ketchups, tomatoes in juice, tomato sauces, juices and"
           " pasta dishes («Паста Карбонара») excluded"),
        ("сметанку 20%", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3293409", "3444929", "3634033", "3651188", "3664287", "4121609", "4217906",
                            "4262694", "4314537", "4349770", "58101"],
        }, "sour cream of exactly 20% (Parmalat Comfort lactose-free 20% incl.); 10/15/25/30% sour creams, "
           "sauces, crisps/croutons with sour cream flavour and the «Сметанник» cake excluded; Магнит has "
           "only 15%"),
    ]),
    # L3 olivier salad
    ("колбасу докторскую полкило, горошек зеленый ж/б 2 банки, майонез слобода 67%", [
        ("колбасу докторскую полкило", {
            "pyaterochka": ["2120885", "3347584", "3385812", "3620675", "4019606", "78001451"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3033317", "3347584", "3639615", "4221913", "4255289", "4264678", "4296145",
                            "4301347", "4352000", "4380012", "4410079", "4432115", "78001451"],
        }, "boiled sausage «Докторская» of any maker, pack or weighed (sliced Ремит incl.); «полкило» read as"
           " the quantity wanted, not a pack filter; Докторские сосиски/сардельки and the energy drink «The "
           "Doctor» excluded"),
        ("горошек зеленый ж/б 2 банки", {
            "pyaterochka": ["4043589"],
            "magnit": ["111581", "203021", "213651"],
            "dixy": [],
            "perekrestok": ["27460", "41891", "4273266", "4345766", "82254"],
        }, "canned green peas; «ж/б» read as «canned» (none of the titles says glass jar); pepper «горошек» "
           "and frozen vegetables excluded; «2 банки» is the quantity"),
        ("майонез слобода 67%", {
            "pyaterochka": ["3163111", "3193489"],
            "magnit": ["104941"],
            "dixy": [],
            "perekrestok": ["2108609", "3163111", "3193489", "3674577", "4412152"],
        }, "Слобода mayonnaise of 67% (Провансаль and Оливковый); Пятёрочка «Майонез Оливковый, Слобода, 800 "
           "мл» does not print the % but is the same id as Перекрёсток's «Слобода оливковый 67%, 800мл» "
           "(accepted); other brands (Ряба, Махеевъ, Mr.Ricco, Heinz) and Слобода ketchup/sauce/oil/yoghurt "
           "excluded"),
    ]),
    # L4 pancakes (блины)
    ("мука в/с 2 кг, молоко 3.2 1 литр, яйца куриные с2 десяток", [
        ("мука в/с 2 кг", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "8065"],
        }, "wheat flour of the highest grade in 2 kg packs («2 кг» names the pack size of a packaged staple):"
           " Makfa в/с 2кг, Пышечка хлебопекарная высшего сорта 2кг; Пятёрочка РЯЗАНОЧКА «ПШЕНИЧНАЯ ЭКСТРА "
           "2кг» accepted as (outside knowledge) «экстра» is the whitest baking grade above высший; "
           "Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), 1 kg Makfa, whole-grain, rye, rice and "
           "durum flour and pancake mixes excluded"),
        ("молоко 3.2 1 литр", {
            "pyaterochka": ["3507208", "3645807", "3694630"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["01f728b210", "14753f9f39", "2f04f03749", "3431579", "35ac60eec2", "3645807",
                            "4244242", "47a9cd6be2", "488d323508", "87b2dc7b1d", "885d917850", "89a1c1419e",
                            "949b3dd46f", "9dbc98f064", "b4411ba8d4", "b508e73840", "e2d5d93f2a", "e458dc5e25",
                            "eaf7de5f17", "ecc07a0e68", "f3d85bb393", "f50aeac1bb"],
        }, "drinking cow milk of exactly 3.2% in a ~1 l pack (900 ml - 1 kg taken as «1 литр»; children's "
           "Агуша/Сарафаново incl.); 450 ml, 1.4 l, 1.947 l and 2 l packs, топлёное, ranges (Дикси Романов "
           "луг «от 3,2% до 6%»), other fat levels excluded; Магнит has no 3.2% milk"),
        ("яйца куриные с2 десяток", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken eggs of class С2 in packs of 10; no store has С2 eggs: С1 (Окское, Село Зелёное, Маркет, "
           "Зелёная Линия, Лето 20 шт) and СО/отборные eggs and quail eggs are other classes and are excluded"),
    ]),
    # L5 plov
    ("рис для плова девзира, свиную шейку без кости 1.5 кг, морковки кило, зиру", [
        ("рис для плова девзира", {
            "pyaterochka": ["4046686"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "девзира rice: Пятёрочка Увелка «Рис Девзира с зирой» (девзира rice packed with cumin, still "
           "девзира rice, accepted); ordinary «рис для плова» (Мистраль, Националь, Global Village), basmati,"
           " jasmine, brown rice and the Kamis/Восточный гость plov seasonings excluded - the variety девзира"
           " was written"),
        ("свиную шейку без кости 1.5 кг", {
            "pyaterochka": ["3957120", "3619731", "3666472"],
            "magnit": ["199511"],
            "dixy": [],
            "perekrestok": [],
        }, "raw boneless pork neck: Магнит «Шейная часть свинины, без кости», Пятёрочка Черкизово «Шейка ... "
           "бескостный»; Пятёрочка «Шейка свиная» Рестория 400 г and Слово Мясника 800 г accepted as boneless"
           " (bone not stated; outside knowledge: retail «шейка» is the boneless neck, bone-in is sold as "
           "«шейная часть на кости»). Excluded: Магнит «Шейная часть свинины, на кости» (trap), Магнит «Стейк"
           " из шеи свинины, в маринаде» (marinated steaks), Ремит smoked-cooked «Шейка к/в», the Панчетта "
           "cold cut and Пятёрочка «говядина шейная часть» (beef); «1.5 кг» is the quantity"),
        ("морковки кило", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит 1 kg washed pack, Перекрёсток weighed); «кило» is the quantity; Korean "
           "carrot salads, carrot juices/nectars, baby purees and sauerkraut with carrot excluded; Пятёрочка "
           "has no fresh carrots"),
        ("зиру", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cumin (зира) as a spice; no store sells it: plov seasonings (Kamis «к плову», Восточный гость "
           "«для плова») are blends, not зира, and Пятёрочка «Рис Девзира с зирой» is rice - excluded"),
    ]),
    # L6 pizza
    ("дрожжи быстродействующие, моцарела тертая, колбаска пепперони", [
        ("дрожжи быстродействующие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "fast-acting dry yeast (Саф-Момент «быстродействующие»); frozen yeast dough (Рестория) and Цезарь "
           "«бездрожжевое» puff pastry excluded"),
        ("моцарела тертая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4111694"],
        }, "grated mozzarella (Cheese Gallery «Моцарелла тертый»; the typo «моцарела» is the user's); "
           "mozzarella balls, mini, sticks, blocks «для пиццы» / «Моцарелла Пицца» that are not said to be "
           "grated, and Galbani processed slices «плавленый ломтевой Моцарелла» excluded"),
        ("колбаска пепперони", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pepperoni sausage; no store has one: «Чебупицца Пепперони» (Горячая штучка, frozen snack) is a "
           "trap, and salami of other kinds (Клинский мини-салями, Салями Венская, Астория) is not pepperoni "
           "- excluded"),
    ]),
    # L7 syrniki
    ("творог 5% 2 пачки, мука рисовая, сметана 15 подешевле", [
        ("творог 5% 2 пачки", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese of exactly 5% (Село Зелёное 5% 500г, Молочный знак 5% 180г); flavoured "
           "Савушкин «Творог 101 зерно + сливки 5%» черника/клубника, Данон «Творог зерненый в йогурте 5%» "
           "with fruit filling, «Творог мягкий 5,5%», 3/4/9% and children's biotvorog excluded"),
        ("мука рисовая", {
            "pyaterochka": ["3676528"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rice flour (Сто Пудовъ); wheat/rye/durum flour, rice itself and «Рисовые чипсы» excluded"),
        ("сметана 15 подешевле", {
            "pyaterochka": ["3665624"],
            "magnit": ["199001", "de14617e33"],
            "dixy": [],
            "perekrestok": ["3665624", "4095525", "4121592", "4217907", "4262697", "4272205", "4314536",
                            "4335470", "4431124"],
        }, "sour cream of exactly 15% (lactose-free Parmalat Comfort and Простоквашино 15% incl.); "
           "10/20/25/30% and flavoured snacks excluded; «подешевле» is a wish, not a filter"),
    ]),
    # L8 charlotte (шарлотка)
    ("яблочки гренни смит 1.5 кг, разрыхлитель для теста, сахарная пудра", [
        ("яблочки гренни смит 1.5 кг", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh Granny Smith apples (Магнит «Яблоки Гренни Смит, 1 кг»); other varieties (Магнит «Яблоки "
           "красные», Перекрёсток Гала / Медовый хруст / «сезонные», Пятёрочка Ред Делишес) and "
           "apple-flavoured goods excluded; «1.5 кг» is the quantity of a weighed fruit, not a pack filter"),
        ("разрыхлитель для теста", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236368"],
        }, "baking powder (Пр!ст «Разрыхлитель для теста»); soda, yeast and baking mixes excluded"),
        ("сахарная пудра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4255400"],
        }, "powdered sugar (Пр!ст «Пудра сахарная»); Кузя corn sticks «в сахарной пудре» and Rexona «сухость "
           "пудры» excluded"),
    ]),
    # L9 okroshka
    ("квас окрошечный 2л, редисочка, колбаса вареная без шпика", [
        ("квас окрошечный 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kvass for okroshka; there is no kvass at all in the offers (Перекрёсток's category «Окрошка» "
           "holds eggs and sausages, not kvass)"),
        ("редисочка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["25180"],
        }, "fresh red radish (Перекрёсток «Редис красный»); daikon («Редис Дайкон») is a different vegetable "
           "and is excluded"),
        ("колбаса вареная без шпика", {
            "pyaterochka": ["2120885", "3347584", "3385812", "3620675", "4019606", "78001451", "3016790",
                            "3484605", "3604158", "3661283", "3931387"],
            "magnit": ["199341"],
            "dixy": [],
            "perekrestok": ["3033317", "3347584", "3639615", "4221913", "4255289", "4264678", "4296145",
                            "4301347", "4352000", "4380012", "4410079", "4432115", "78001451", "3484605",
                            "4258884", "4277251", "4277253", "4338321", "4352004", "4384022"],
        }, "boiled sausage of a kind made without fat cubes: Докторская (incl. Царицыно «ДОК.ОСОБ.ХАЛЯЛЬ "
           "вар.»), Молочная, Мясная (Папа может), Филейская, Телячья, Вязанка Сливушка / Молокуша / "
           "Филейская; Магнит «Вязанка, Классическая» accepted as the boiled Вязанка without шпик (outside "
           "knowledge). Excluded: Вязанка «со шпиком» (trap), Любительская, Мортаделла, Языковая (recipes "
           "with шпик, outside knowledge), Магнит «Колбаса Вязанка, 0,5 кг» (variety not stated), Фермерская,"
           " Балыковая, Бородинская (type not stated / smoked), smoked and dry sausages, сосиски, сардельки, "
           "ветчина"),
    ]),
    # L10 breakfast
    ("мюсли запеченые с бананом, кофе нескафе дольче густо капсулы, сливочки 10 проц", [
        ("мюсли запеченые с бананом", {
            "pyaterochka": ["2137586"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baked muesli with banana: ОГО «МЮСЛИ зап.сух.с банан.» (the typo «запеченые» is the user's); ОГО "
           "baked muesli with tropical fruit, Matti «банан-шоколад» (not said to be baked, and chocolate "
           "added), AXA / Matti muesli of other flavours, Kellogg's granola, muesli cookies and muesli "
           "yoghurts excluded"),
        ("кофе нескафе дольче густо капсулы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nescafé Dolce Gusto coffee capsules; none in the offers: the only «капсулы» are laundry capsules "
           "(Persil, Ariel, Tide, Losk - traps), Magnit «Gusto Di Roma» is pasta, and Nescafé Gold/Classic "
           "are instant coffee - excluded"),
        ("сливочки 10 проц", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "cream of exactly 10% (Сарафаново children's 10%, Домик в деревне 10% 950 г, Молочный знак 10%); "
           "11% Parmalat, 20/33% cream, cream substitutes (Mr. Сливкин, Сопьо Крима) excluded"),
    ]),
    # L11 child's lunchbox
    ("сок яблочный маленький с трубочкой 3 шт, сырок б.ю. александров, юбилейное печенье молочное", [
        ("сок яблочный маленький с трубочкой 3 шт", {
            "pyaterochka": ["3684252"],
            "magnit": ["eef4bdbf61", "bc852256db"],
            "dixy": [],
            "perekrestok": [],
        }, "single-fruit apple juice in a small carton with a straw: Агуша «Сок яблоко осв 200мл т/пак», "
           "Honey Kid apple 200 ml and Сады Придонья apple 0.125 l (taken as straw cartons, outside "
           "knowledge); small PET bottles (Добрый 0.3 l «пл/бут», Rich «ПЭТ 0.3л», Soko Grande 0.3 l) have no"
           " straw, 1 l+ packs are not small, Агуша яблоко-шиповник is mixed, Агуша «вода+сок» and nectars "
           "excluded"),
        ("сырок б.ю. александров", {
            "pyaterochka": ["3378597", "3410456", "3472523", "3601367", "4015226"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snacks «Сырок» by Б.Ю. Александров of any flavour (Картошка, ванильный, Суфле, в "
           "белом шоколаде, фисташки); products titled otherwise - «Нуга гл.», «Десерт ЧИЗКЕЙК», «Дес. "
           "M.BIS.», «Бисквит Брауни» - and Свитлогорье сырок (other brand) excluded"),
        ("юбилейное печенье молочное", {
            "pyaterochka": ["4027701"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4371424"],
        }, "Юбилейное «молочное» cookies (Пятёрочка «витаминизированное молочное с глазурью», Перекрёсток "
           "«молочное с глазурью»); other Юбилейное flavours (традиционное, ореховое, овсяное, клюква, "
           "черника, земляничное, шоколад, постное, цельнозерновое), mini-cakes and the sausage «Юбилейная» "
           "excluded"),
    ]),
    # L12 diet
    ("грудка куриная охлажденная 1 кг, брокколи замороженная, хлебцы доктор корнер, тунец в собственном соку", [
        ("грудка куриная охлажденная 1 кг", {
            "pyaterochka": ["2160026", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160026", "2160069", "2173555", "3068079", "3658841", "4328961", "4306577"],
        }, "raw chilled chicken breast, with or without skin, incl. breast fillet and Петелинка «Филе "
           "цыплёнка малое» (the inner breast fillet, outside knowledge); «1 кг» is the quantity of a weighed"
           " good. Excluded: cooked Зелёная Линия «Филе куриной грудки гриль / запеченное», thigh fillets, "
           "whole birds (Дикси «Цыпленок-бройлер»), drumsticks, купаты, nuggets, canned chicken"),
        ("брокколи замороженная", {
            "pyaterochka": [],
            "magnit": ["23e8f39e40"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen broccoli (Морозко Green «Капуста брокколи замор»); baby purees with broccoli excluded"),
        ("хлебцы доктор корнер", {
            "pyaterochka": ["3195740", "3445942"],
            "magnit": ["160201"],
            "dixy": [],
            "perekrestok": [],
        }, "Dr.Korner crispbreads of any flavour (Злаковый коктейль, кукурузно-рисовые с прованскими травами,"
           " карамель; the user wrote the brand in Cyrillic); other crispbread brands (Щедрые, Croisette, "
           "Образ жизни, Магнит, Eco-Botanica) excluded"),
        ("тунец в собственном соку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned tuna in its own juice; none in the offers: Пятёрочка Морской котик «Тунец филе в масле» "
           "and Магуро «Филе Тунца, в оливковом масле» are in oil (trap), Вкус Арт / Люди Любят tuna is "
           "frozen fish, Магуро «Паштет из тунца», Santa Bremor tuna paste, dried tuna snacks, tuna salads "
           "and cat food excluded"),
    ]),
    # L13 hangover
    ("минералку с газом, морс добрый клюквенный, пиво левенбрау 2 шт", [
        ("минералку с газом", {
            "pyaterochka": ["3621697", "3634921", "3635130", "3630603", "3656206", "3656207", "3688643",
                            "3688644", "3943982", "3977405", "3977406", "3977407", "3977408"],
            "magnit": ["13256eedcb", "972a7fe2ec", "edf1174b69"],
            "dixy": [],
            "perekrestok": ["2105576", "3197823", "3629622", "3943982", "3977405", "3977406", "4391568", "81003",
                            "81514"],
        }, "sparkling mineral water (Боржоми, Ессентуки №4/№17, Нарзан-type table waters, Джермук, Пилигрим, "
           "Нагутская-26, Легенда Гор, Багиатти, S.Pellegrino, Псыж, Эдельвейс, Рычал-Су, Аш-Тау, Gorji, "
           "Rokada). Judgements: Пятёрочка Боржоми 1.25 l (gas not printed) is the same id as Перекрёсток's "
           "«газированная»; «Нагутская-26, 1,5 л» is a carbonated mineral water (outside knowledge); «Архыз "
           "Легенда Гор, газированная» is the brand's mineral table water (cf. the 0.5 l «минеральная ... "
           "газ»). Excluded: still waters (Магнит НАРЗАН ЭЛИТА «негазированная» - trap, Evian, Архыз негаз.),"
           " sparkling drinking (non-mineral) water (Святой источник, Сенежская, Малаховская, Магнит «Вода "
           "питьевая газ», Акваграцио), Мтаби and Arivali (gas not stated), soft drinks"),
        ("морс добрый клюквенный", {
            "pyaterochka": ["3472445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый cranberry mors (Пятёрочка «ДОБРЫЙ Морс КЛЮКВА из виногр/клюк.1л»); Добрый «БРУСН/МОРОШ.» "
           "mors, the Добрый cranberry-orange drink, other brands' cranberry mors (Чудо-Ягода, Сады Придонья,"
           " Зелёная Линия, ФрутоНяня) excluded"),
        ("пиво левенбрау 2 шт", {
            "pyaterochka": [],
            "magnit": ["159311", "160021", "202121", "30dda00a31"],
            "dixy": [],
            "perekrestok": [],
        }, "Löwenbräu beer of any variant (оригинальное, светлое, нефильтрованное 4.9%; the user wrote the "
           "brand in Cyrillic); other beers and alcohol-free beer drinks excluded"),
    ]),
    # L14 guests
    ("сырную нарезку, вино красное полусухое получше, торт медовик", [
        ("сырную нарезку", {
            "pyaterochka": ["3452403", "3448799", "3932860"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3228233", "3440590", "3452403", "3505827", "3668519", "3668842", "4074230",
                            "4260755", "4280098", "4280100", "4297132", "4302547"],
        }, "sliced real cheese sold as «нарезка»/«нар.» (Тысяча Озёр Лёгкий, Маасдам Villaeur / Cheese "
           "Gallery / Viola, Castello and Natura Havarti, Эдам, голландский, Российский, Natura Сливочный, "
           "Чеддер, Tete de Moine) and the assorted cheese plate «Сырная тарелка Say Cheese №7»; processed "
           "slices (Hochland «пл.-тост», Valio «плав. ломт.», Galbani «плавленый ломтевой»), Савушкин «Сыр "
           "творожный ... нарезка», whole pieces and weighed cheese (Магнит Ламбер «цена за 100 г») and "
           "Pretto mozzarella «д/бутерброд.» (not said to be sliced) excluded"),
        ("вино красное полусухое получше", {
            "pyaterochka": [],
            "magnit": ["01cec3f672", "160031", "3e95a63a20", "4489db94a1", "796c28c0db", "ef2a148a06"],
            "dixy": [],
            "perekrestok": [],
        }, "still red semi-dry wine (Trulli Негроамаро, Duca Della Rocca, Integro Примитиво and Негроамаро, "
           "J.P.Chenet Каберне/Сира, Finca Torre Tallada Crianza); red dry/semi-sweet, rosé semi-dry, "
           "sparkling wines and alcohol-free Перекрёсток wines excluded; «получше» is a wish, not a filter"),
        ("торт медовик", {
            "pyaterochka": ["4475", "3985854"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3002948"],
        }, "honey layer cake: Черёмушки «Медовик», У Палыча «Торт Медовый» (медовый торт = медовик) and "
           "Пятёрочка «Торт слоеный Медовик 70г/шт» (a single-portion medovik, no size was written); Home "
           "Napoleon «Медово-Сметанный с вареной сгущенкой» (a Napoleon-type cake with boiled condensed milk,"
           " not titled medovik), Наполеон, Прага, чак-чак and honey muesli excluded"),
    ]),
    # L15 picnic / barbecue
    ("голени куриные в маринаде 2 кг, мешок угля, кетчуп heinz шашлычный, стаканы одноразовые пачку", [
        ("голени куриные в маринаде 2 кг", {
            "pyaterochka": [],
            "magnit": ["168301"],
            "dixy": [],
            "perekrestok": [],
        }, "raw chicken drumsticks in marinade (Магнит «Голень куриная, в маринаде «Алабама»»); plain "
           "drumsticks (Перекрёсток Петелинка, Зелёная Линия), smoked-cooked Павловская курочка «Голень ЦБ "
           "к/в», Индилайт turkey «Филе голени индейки ... в маринаде» (trap) and marinated pork steaks "
           "excluded; «2 кг» is the quantity"),
        ("мешок угля", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4318495"],
        }, "barbecue charcoal (Пр!ст «Уголь древесный, 2.5кг»); nothing else is charcoal"),
        ("кетчуп heinz шашлычный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz barbecue/shashlik ketchup; none in the offers: Heinz ketchups are «Томатный» and «томат.с "
           "горч.» (other variants), Heinz sauces (Salsa, Cherry, сырный, кисло-сладкий...) are not ketchups,"
           " and shashlik ketchups of other brands (Слобода «Кетчуп Шашлычный», Махеевъ «Кетчуп ШАШЛЫЧ.») are"
           " traps"),
        ("стаканы одноразовые пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4392209"],
        }, "disposable cups (Маркет «Стаканы одноразовые 250мл, 6шт»); whisky/rum gift packs «+ стакан» and "
           "ice cream «в вафельном стаканчике» excluded"),
    ]),
    # L16 fasting (пост)
    ("печенье постное, фасоль в томатном соусе, соус соевый классический", [
        ("печенье постное", {
            "pyaterochka": ["3444932", "3488053", "3618783"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cookies sold as «постное/постные» (Бискотти «Печенье ПОСТНЫЕ РОГАЛИКИ», Любятово «Печенье ПОСТНОЕ"
           " затяж.», «Печенье постное ЮБИЛЕЙНОЕ»); other cookies are not stated to be lenten and are "
           "excluded"),
        ("фасоль в томатном соусе", {
            "pyaterochka": [],
            "magnit": ["3bdf7d899a"],
            "dixy": [],
            "perekrestok": [],
        }, "canned beans in tomato sauce (Пиканта «Фасоль печеная в томатном соусе»); plain canned beans "
           "(Глобус, Бондюэль, Маркет), Bonduelle red beans «в классическом Барбекю» (barbecue sauce), bean "
           "salads and sprats/kilka «в томатном соусе» excluded"),
        ("соус соевый классический", {
            "pyaterochka": ["3072579", "3484963", "3995914"],
            "magnit": ["903c9b5986"],
            "dixy": [],
            "perekrestok": [],
        }, "plain soy sauce: СЕН СОЙ «КЛАССИЧЕСКИЙ», Thai-so «Классический», and Чим-Чим / Стебель бамбука "
           "«Соус соевый» with no flavour named (judged as the classic variant); there are no flavoured soy "
           "sauces in the offers to exclude; other sauces of these brands (Стебель бамбука «томатный "
           "по-грузински») excluded"),
    ]),
    # L17 baby
    ("пюре детское груша 2 шт, подгузники huggies 3, каша нестле гречневая безмолочная, детское масло джонсонс", [
        ("пюре детское груша 2 шт", {
            "pyaterochka": ["3406318", "3606462", "3674654"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-fruit pear baby purée (Heinz «НЕЖНАЯ ГРУШКА», Агуша «Груша», Gerber «СПЕЛАЯ ГРУША»); mixed"
           " purées (яблоко-груша-кабачок, яблоко-груша-брокколи, Растишка груша-яблоко, ФрутоНяня "
           "яблоко/банан/груша с печеньем), pear juice, pear porridge and fresh pears excluded"),
        ("подгузники huggies 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Huggies diapers of size 3; none in the offers: Huggies are only size 4/5 (Магнит Ultra Comfort, "
           "Пятёрочка pants р4/р5) and the size-3 diapers are Pampers Premium Care 3 (Магнит) and Kokoro "
           "«Midi M р.3» pants (Перекрёсток) - other brands, traps"),
        ("каша нестле гречневая безмолочная", {
            "pyaterochka": ["3415416"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nestlé dairy-free buckwheat baby cereal («NESTLE Каша ГРЕЧНЕВАЯ сухая безмол.»); Nestlé milk "
           "porridges (овсяная с грушей/бананом, мультизлаковая), Тема/ФрутоНяня/Heinz porridges excluded"),
        ("детское масло джонсонс", {
            "pyaterochka": ["1933"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Johnson's Baby oil («JOHNSONS BABY Масло детское 200мл»; brand written in Cyrillic); Johnson's "
           "Baby cream excluded"),
    ]),
    # L18 cat
    ("сухой корм для стерилизованных кошек, влажный корм для котят 5 шт, лакомство dreamies с курицей", [
        ("сухой корм для стерилизованных кошек", {
            "pyaterochka": [],
            "magnit": ["854cad46ea"],
            "dixy": [],
            "perekrestok": [],
        }, "dry food for sterilised cats (Perfect Fit «д/кош стер сух с курицей 1,2кг»); Purina One wet «для "
           "стерилизованных кошек» 75 g (wet, trap), Purina One «индейка, 1,5 кг» and Perfect Fit «для дом» /"
           " «чувст пищ», Дарлинг dry food (not stated for sterilised cats) excluded"),
        ("влажный корм для котят 5 шт", {
            "pyaterochka": ["3641052"],
            "magnit": ["205061", "109291"],
            "dixy": [],
            "perekrestok": [],
        }, "wet kitten food: Felix «для котят, с курицей в желе» 85 g, Магнит Whiskas «Корм для котят, "
           "курица, 85 г» (×2 ids; 85 g pouches taken as wet food, outside knowledge); adult cat food "
           "excluded"),
        ("лакомство dreamies с курицей", {
            "pyaterochka": [],
            "magnit": ["12f0b7d3ff", "f4b55c10c2", "f67ff9c365"],
            "dixy": [],
            "perekrestok": [],
        }, "Dreamies cat treats with chicken (60 g, 30 g, and «кур/кош мята» chicken with catnip); Dreamies "
           "with salmon, beef/cheese, beef, and Пятёрочка Dreamies «утка» excluded"),
    ]),
    # L19 hygiene
    ("зубная паста splat, дезодорант рексона женский, шампунь пантин", [
        ("зубная паста splat", {
            "pyaterochka": ["3230372", "3480375", "3691935"],
            "magnit": ["32cc6f1bd5"],
            "dixy": [],
            "perekrestok": [],
        }, "Splat toothpaste of any line (Special Blackwood, Professional, Special Черный лотос, and Магнит "
           "SPLAT JUNIOR children's toothpaste - brand plus product accepts every variant); Splat "
           "toothbrushes and other toothpaste brands excluded"),
        ("дезодорант рексона женский", {
            "pyaterochka": ["3444774", "3479534", "3479535", "3479541", "3928499", "3955496"],
            "magnit": ["214561", "b541fbdab4"],
            "dixy": [],
            "perekrestok": [],
        }, "Rexona women's deodorants/antiperspirants, spray, roll-on or stick: Магнит titles say "
           "«женский»/«жен»; the Пятёрочка Rexona lines (Сухость пудры, Прозрачный кристалл, Яркий букет, "
           "Нежно и сочно, Ярко и цветочно) are accepted as women's on outside knowledge (no «Men» in the "
           "title); Nivea, Axe, Old Spice and men's deodorants excluded"),
        ("шампунь пантин", {
            "pyaterochka": ["3658479", "3999803"],
            "magnit": ["160241"],
            "dixy": [],
            "perekrestok": ["2092382"],
        }, "Pantene shampoos incl. 3-in-1 shampoo-conditioners (Пятёрочка «Шамп/бал. PRO-V 3в1», Магнит "
           "«питание и блеск, 3 в 1»); other shampoo brands excluded"),
    ]),
    # L20 cleaning and laundry
    ("гель для стирки персил колор, средство для чистки плиты, комет для унитаза", [
        ("гель для стирки персил колор", {
            "pyaterochka": ["3923579", "3977826"],
            "magnit": ["105851", "109221", "204431"],
            "dixy": [],
            "perekrestok": [],
        }, "Persil Color liquid laundry gel (Пятёрочка «КОЛОР ГЕЛЬ 1,3 л», «ПРЕМИУМ КОЛОР ГЕЛЬ»; Магнит 1.3 "
           "l, 20 and 40 washes); Persil Color powder and capsules, Persil gels that are not Color (Свежесть "
           "от Vernel, Сенситив, Премиум) excluded"),
        ("средство для чистки плиты", {
            "pyaterochka": ["2089767"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen degreaser for the stove: Cillit Bang «АНТИЖИР+СИЯН.» (accepted on outside knowledge: it "
           "is sold for stoves, ovens and hoods); Cillit Bang «АНТИНАЛЕТ+БЛЕСК» and Магнит «от налета и "
           "грязи» (limescale), toilet cleaners, Pemolux powder and dishwashing liquids excluded"),
        ("комет для унитаза", {
            "pyaterochka": ["4000274"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Comet toilet cleaner (Comet «Океан» «д/чистки и мытья унитаза»); Domestos and Bref toilet "
           "cleaners (other brands) excluded"),
    ]),
    # L21 pasta dinner
    ("фарш куриный 2 уп, спагетти барилла, соус томатный для пасты", [
        ("фарш куриный 2 уп", {
            "pyaterochka": ["3652704"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw chicken mince: Петелинка «Фарш Премиум» (Петелинка is a chicken brand; accepted as chicken "
           "mince on outside knowledge); turkey mince (Пава Пава), beef, pork and mixed mince (Мираторг, "
           "Самсон «Домашний», Ближние горки «Деревенский») excluded"),
        ("спагетти барилла", {
            "pyaterochka": ["4037644"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Barilla spaghetti; other Barilla shapes (Capellini, Penne, Pipe, Girandole), other brands' "
           "spaghetti and chechil «спагетти» excluded"),
        ("соус томатный для пасты", {
            "pyaterochka": [],
            "magnit": ["8349b030ba"],
            "dixy": [],
            "perekrestok": [],
        }, "tomato pasta sauce (Mr.Ricco «Соус томатный Болоньезе»); ketchups, tomato paste, Стебель бамбука "
           "«томатный по-грузински» (a Georgian table sauce), Barilla pesto, carbonara sauce and pasta kits "
           "excluded"),
    ]),
    # L22 tea for guests
    ("чай ахмад эрл грей, вафли коровка с топленым молоком, конфеты raffaello", [
        ("чай ахмад эрл грей", {
            "pyaterochka": ["3380948"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Ahmad Tea black tea with bergamot: Пятёрочка «AHM.TEA Чай АНГЛИЙСКИЙ №1 бергамот» (Earl Grey = "
           "black tea with bergamot; accepted on that outside knowledge although not named Earl Grey); Ahmad "
           "Classic / чабрец teas and other brands' Earl Grey (Twinings, Lipton, Richard, Greenfield, Saito, "
           "Азерчай) excluded"),
        ("вафли коровка с топленым молоком", {
            "pyaterochka": ["3607404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Коровка wafers with baked-milk flavour («Вафли Коровка, топленое молоко»); Коровка wafers with "
           "chocolate filling, Коровка gingerbread/ice cream/paste, and Зерница wafers «со вкусом топленого "
           "молока» (other brand) excluded"),
        ("конфеты raffaello", {
            "pyaterochka": [],
            "magnit": ["167861"],
            "dixy": [],
            "perekrestok": ["18162"],
        }, "Raffaello sweets (any box size); other sweets excluded"),
    ]),
    # L23 student
    ("доширак говядина 5 шт, сосиски куриные самые дешевые, средство для посуды aos", [
        ("доширак говядина 5 шт", {
            "pyaterochka": ["4009568"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef-flavoured instant noodles: Пятёрочка «Изделия макаронные быстрого приготовления. Лапша со "
           "вкусом говядины 90 г» (brand not stated; «доширак» is used generically for instant noodles, "
           "judged acceptable); chicken-flavoured instant noodles, Роллтон chicken noodles and beef bouillon,"
           " udon/soba/funchoza/lagman noodles excluded"),
        ("сосиски куриные самые дешевые", {
            "pyaterochka": ["3948226"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken sausages: Мясницкий ряд «Сосиски из мяса птицы «Каждому по вкусу»» (poultry sausages "
           "taken as chicken); pork/beef sausages (Молочные, Сливочные, Баварские, Венские...), Зелёная Линия"
           " turkey-and-beef sausages and «Хотстеры» in dough excluded; «самые дешевые» is a wish, not a "
           "filter"),
        ("средство для посуды aos", {
            "pyaterochka": ["3669210", "3669211", "3678617"],
            "magnit": ["168221"],
            "dixy": [],
            "perekrestok": [],
        }, "AOS dishwashing liquid of any scent and size (бальзам, лимон, 450 g / 900 g; the user wrote the "
           "brand in Latin, titles are AOS/Aos); Fairy, Biasept, Sorti and dishwasher tablets excluded"),
    ]),
    # L24 party drinks and snacks
    ("кока колу 1.5 л 2 шт, чипсы принглс со сметаной и луком", [
        ("кока колу 1.5 л 2 шт", {
            "pyaterochka": [],
            "magnit": ["214541"],
            "dixy": [],
            "perekrestok": [],
        }, "classic Coca-Cola in 1.5 l bottles (Магнит); Coca-Cola in other sizes (Перекрёсток 1 l / 2 l, "
           "Пятёрочка 0.9 l), Coca-Cola Orange 1.5 l, Vanilla and zero-sugar versions, other colas (Добрый, "
           "Черноголовка, Любимая, Evervess, Cool Cola, Pepsi) excluded; «2 шт» is the quantity"),
        ("чипсы принглс со сметаной и луком", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Pringles Sour Cream & Onion; none in the offers: Pringles are паприка, сыр, краб and rice-chip "
           "Asian flavours (other flavours), and Lay's / Русская картошка / Lay's Stax «сметана и лук» are "
           "other brands (traps)"),
    ]),
    # L25 fish dinner
    ("горбуша свежемороженная, рис басмати 1 кг, фольгу для запекания", [
        ("горбуша свежемороженная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4351939"],
        }, "frozen raw pink salmon (Люди Любят «Горбуша ... филе порционное замороженое»; typo "
           "«свежемороженная» is the user's); canned «Горбуша натуральная», pink-salmon caviar and other "
           "frozen salmon (Магнит «Тушка лосося», нерка) excluded"),
        ("рис басмати 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "basmati rice in a 1 kg pack («1 кг» names the pack size of a packaged staple); only 500 g basmati"
           " packs exist (Магнит Националь, Пятёрочка Мистраль) - excluded by size; other rice excluded"),
        ("фольгу для запекания", {
            "pyaterochka": [],
            "magnit": ["f69098d85b"],
            "dixy": [],
            "perekrestok": [],
        }, "aluminium kitchen foil (Магнит «Фольга особопрочная 29смх7м»); nothing else is foil"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fi"))
