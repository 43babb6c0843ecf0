#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vg.jsonl -- 25 shopping lists of a taxi driver who types his family's list one-handed
at red lights (no punctuation to speak of, abbreviations, typos, numbers glued to words), hand-labelled against the
real offers in real_offers.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vg.build.py

LISTS below is literal data: every list text exactly as written in the blind draft
fresh_basket_eval_vg.blind_lists.txt (written and frozen before any offer was read), and for every item the product
ids of every in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.
Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings) and read one by one; each item was re-checked by listing every in-stock title matching its
stem that was not accepted.  The note of each item records what was accepted, what was deliberately left out and any
judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without reading or running the tool being evaluated.

The script first checks that every list text equals the blind draft (apart from the items listed in REPLACED -- none)
and that the draft file is the one whose sha256 is recorded below; labelled_lists.build then checks that every id
exists in real_offers.jsonl *for that store* and is in stock, that no id repeats within an item, that every item has
a note and that the labels are exactly the list's items in order (an item is the text between commas / new lines),
and writes the JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are
fvg01, fvg02, ... in LISTS order; every list is in split "fresh".
"""
import hashlib
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vg.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vg.blind_lists.txt")
BLIND_SHA256 = "1f2811786f29df97fb16fc0e7138894d6ca296340ca20834dc06f09d481b90aa"

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number (1-based): [(item as in the blind draft, item as in LISTS), ...]}.  No list was empty, so none.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvg01 monday morning
    ("мол2.5 2шт\nбатон нарезн 1шт\nяйца дес\nкофе 3в1 подешевле", [
        ("мол2.5 2шт", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700", "af8570f806",
                            "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243",
                            "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "«мол» = молоко; cow drinking milk labelled exactly 2.5% (pasteurised/UHT/sterilised, any pack incl. "
           "Магнит Вкуснотеево 0.2 л and Можайское 450 мл; children's milk Сарафаново «дет.» included as in "
           "real_basket_eval); «2шт» is a quantity. 3.2%, 1.5%, ranges, Barista 7.1%, топлёное, milkshakes, "
           "yoghurt drinks and kefir 2.5% excluded; Дикси has only 3.2% / 3.2-6% milk"),
        ("батон нарезн 1шт", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "«батон нарезн» = a white батон loaf of the нарезной kind: Перекрёсток «Батон Нарезной нарезка "
           "Маркет» and Пятёрочка «Батон \"Звездный\" нар, Хлебный Дом» («нар» = sliced; a plain white батон, "
           "accepted — judgement, as «нарезн» is also read as «нарезанный»). Other breads (Даниловский, Марьин, "
           "Ржаной Край), хлебцы, сухарики «Багет», «батончик» snacks and sweets excluded; «1шт» is a quantity"),
        ("яйца дес", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "«дес» = десяток: chicken eggs in packs of 10 of any category (С0/С1/отборные); packs of 6 "
           "(Волжанин) and 20 (Лето), quail eggs, Kinder eggs and mayonnaise «на перепелиных яйцах» excluded"),
        ("кофе 3в1 подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "3-in-1 coffee sticks (coffee + sugar + creamer): no offer is a 3в1 mix. Excluded: Пятёрочка "
           "«Напиток кофейный Classic Cappuccino 18 г» and NESCAFÉ «CLASSIC LATTE» sticks (cappuccino/latte "
           "drinks, not 3в1), all instant and ground coffee, Магнит ready coffee drinks («Кофе с молоком "
           "300мл», «Кофе Капучино/Латте … зерновой»), 3в1 shampoos/shower gels and Ariel «3 в 1» capsules; "
           "«подешевле» is a wish, not a filter"),
    ]),
    # fvg02 dinner: chicken and potatoes
    ("окорочка кур 2кг\nкартоха3кг\nлук репчат\nмайонез провансаль 2шт", [
        ("окорочка кур 2кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken leg quarters (окорочка): no chicken окорочок is on offer. Перекрёсток «Окорочок утёнка» "
           "(duck), chicken голень/бедро/филе бедра (other cuts), whole birds, marinated Магнит «Голень куриная "
           "… Алабама», купаты, nuggets and pet food excluded; «2кг» is the quantity wanted"),
        ("картоха3кг", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "«картоха» = fresh potatoes of any kind (мытый, красный, для варки/жарки, молодой, новый урожай); "
           "«3кг» is the quantity wanted for weighed goods, so 1 kg and 2.5 kg packs are kept. Chips "
           "(«картофель хрустящий»), Knorr «картошка по-деревенски», marzipan «картошка», potato starch, "
           "vareniki and ready salads excluded"),
        ("лук репчат", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "3368252", "3623836"],
        }, "bulb onions of any colour: Магнит «Лук репчатый, красный», «Лук Светофор» (3 bulbs of different "
           "colour), «Лук Ялтинский»; Перекрёсток «Лук репчатый белый/красный», «Лук Ялтинский» (Yalta onion is "
           "a red bulb onion — outside knowledge). Shallots, green onion, herb sets, Перекрёсток «Лук салатный» "
           "(title does not say it is a bulb onion), FEDERICI «Луковки» (pickled) and onion-flavoured snacks "
           "excluded"),
        ("майонез провансаль 2шт", {
            "pyaterochka": ["3695167", "3982578", "3355228", "3355242", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954", "4297313",
                            "4105769", "3695167"],
        }, "mayonnaise sold as «Провансаль» of any brand, incl. olive and quail-egg Провансаль variants. "
           "Outside knowledge (shared Пятёрочка/Перекрёсток ids): Пятёрочка 3193489 «Майонез Слобода, 67%, 800 "
           "мл» is titled «Слобода Провансаль» at Перекрёсток, and Перекрёсток 3695167 «Я люблю готовить на "
           "перепелиных яйцах» is titled «МОС.ПРОВАНС.Майон.» at Пятёрочка — both accepted. Mayonnaises without "
           "Провансаль (Heinz классический, Mr.Ricco, Слобода оливковый, Махеевъ с перепелиным яйцом, Я люблю "
           "готовить домашний 55%) and sauces excluded; «2шт» is a quantity"),
    ]),
    # fvg03 drinks and snacks for the car
    ("енергетик адреналин 2шт\nвода негаз 0.5 6шт\nсемки от мартина 2пач", [
        ("енергетик адреналин 2шт", {
            "pyaterochka": ["4068487", "3931838", "3931839", "4056230", "4056232", "3931837", "3931836"],
            "magnit": ["111591", "205111"],
            "dixy": [],
            "perekrestok": [],
        }, "«енергетик» = энергетик; every Adrenaline energy drink (Rush, без сахара, Juicy, Red Energy, Game "
           "Fuel, Gold Black/White 0.33); other energy drinks (Burn, Black Monster, Драйв Ми, E-ON «Алм.Раш», "
           "Gorilla, Торнадо, 100кВт) excluded; «2шт» is a quantity"),
        ("вода негаз 0.5 6шт", {
            "pyaterochka": ["3024", "3635119"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1914"],
        }, "still drinking/table water in 0.5 l bottles (Evian, Легенда Гор, Святой источник); «6шт» is a "
           "quantity. Excluded: other sizes (Байкал 0.45 l, 0.33, 0.75, 1 l+), sparkling water, medicinal and "
           "medicinal-table waters (Нарзан Элита — Нарзан is a medicinal-table water, outside knowledge), "
           "waters whose gas is not stated (Пятёрочка Мтаби, Arivali 0.5 l), flavoured Аква Минерале / Societe "
           "Minerale drinks"),
        ("семки от мартина 2пач", {
            "pyaterochka": ["3669122", "3403508", "3630849"],
            "magnit": ["1000229533"],
            "dixy": [],
            "perekrestok": [],
        }, "«семки» = sunflower seeds; every От Мартина sunflower-seed pack (отборные, особые, с морской "
           "солью); От Мартина pumpkin seeds and peanuts, other brands (Бабкины, Богучарские, Молодежный, от "
           "Атамана) excluded; «2пач» is a quantity"),
    ]),
    # fvg04 toilet paper and dishes
    ("туалетка12рул\nfairy д/посуды\nпакеты мусор 60л\nгубки д/посуды", [
        ("туалетка12рул", {
            "pyaterochka": ["3450513", "3326206"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "«туалетка» = toilet paper; «12рул» names the pack, so only 12-roll packs (Familia Plus, Zewa Plus); "
           "4- and 8-roll packs (Papia, Zewa Deluxe/Just 1, PAP. White de Luxe), Zewa moist toilet paper, paper "
           "towels and napkins excluded"),
        ("fairy д/посуды", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "every Fairy dish-washing liquid (Нежные руки, Сочный лимон, Platinum, any size); other brands (AOS, "
           "Sorti, BIASEPT), Finish/Somat dishwasher tablets excluded"),
        ("пакеты мусор 60л", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "rubbish bags of 60 l (BIG CITY LIFE 60л 20шт); Магнит «Мешки для мусора 35л» (other size), food "
           "bags «для завтрака»/«для пищевых продуктов» and BIG CITY LIFE «Салфетки в рулоне … 60л» (napkins) "
           "excluded"),
        ("губки д/посуды", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dish-washing sponges: no sponge, scourer or «губка» is on offer in any store; dish liquids and "
           "cleaning powders are not sponges"),
    ]),
    # fvg05 sandwiches
    ("масло слив 82\nсыр росиский\nколбаса докторск 500гр", [
        ("масло слив 82", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "«масло слив» = butter; fat 82% or 82.5% (sweet-cream and Президент кислосливочное 82% incl.); "
           "Брест-Литовск 72.5%, Экомилк chocolate butter 62%, vegetable oils, Johnson's baby oil and products "
           "«со сливочным маслом» excluded"),
        ("сыр росиский", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "«росиский» = Российский cheese: Пятёрочка «Сыр полутвердый Брест-Литовск российский 50%», "
           "Перекрёсток «Сыр Российский нарезка 50% Зелёная Линия»; other semi-hard cheeses (Голландский, "
           "Белебеевский, Костромской, Гауда, Тильзитер…), processed cheeses and «продукт … по-российски» "
           "excluded"),
        ("колбаса докторск 500гр", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289", "78001451",
                            "3033317", "4221913", "3639615", "3347584"],
        }, "boiled sausage Докторская of any maker and pack, incl. Царицыно «ДОК.ОСОБ.ХАЛЯЛЬ» (Докторская "
           "особая), sliced Ремит and loose-weight Рублевский/Велком; «500гр» is read as the amount wanted "
           "(sausage is also sold by weight), not a pack filter. Сосиски/сардельки «Докторские», other boiled "
           "sausages (Молочная, Телячья, Любительская…) and the energy drink «Black Monster The Doctor» excluded"),
    ]),
    # fvg06 groats and pasta
    ("гречка 2пач,рис длиннозерн,мкароны макфа,сахр1кг", [
        ("гречка 2пач", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto 500 г»; Пятёрочка «PROSTO Рис и греча» "
           "(rice-buckwheat mix), «Набор … Гречка с грибами», buckwheat flakes, soba noodles, canned meat «с "
           "гречкой» and baby food excluded; «2пач» is a quantity"),
        ("рис длиннозерн", {
            "pyaterochka": ["39747", "5722"],
            "magnit": ["7936bf2f6b", "448fba0b94"],
            "dixy": [],
            "perekrestok": [],
        }, "long-grain rice: titles saying длиннозерный (Мистраль Жасмин, Националь Лазер) and basmati "
           "(Мистраль, Националь — basmati is a long-grain rice, outside knowledge). Round/plov rice (Увелка "
           "Краснодарский круглый, Мистраль для плова «круглый», Кубань), Адриатика (medium grain), rice whose "
           "grain is not stated (Националь «для плова», Global Village «для плова», Девзира, brown «ЭКСТРА "
           "БУРЫЙ», АКВАТИКА MIX), rice flour/flakes/noodles excluded"),
        ("мкароны макфа", {
            "pyaterochka": ["3687625"],
            "magnit": ["199251"],
            "dixy": [],
            "perekrestok": [],
        }, "«мкароны» = макароны; Makfa pasta of any shape (Пятёрочка «MAKFA Изд.мак.СВИТКИ», Магнит «Макароны "
           "Макфа, перья»); Makfa flour and biscuits/pastries, pasta of other brands excluded"),
        ("сахр1кг", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "«сахр» = сахар; white sugar in 1 kg packs — only Магнит «Сахар белый прессованный 1кг» (lump sugar; "
           "accepted as sugar of the written size). Пятёрочка cane sugar «Демерара» 500 г (other size), icing "
           "sugar, «сахарная» corn, sweets and sugar-free goods excluded"),
    ]),
    # fvg07 frozen pelmeni
    ("пельмени сибирск колекция\nсметана20\nкетчуп хайц", [
        ("пельмени сибирск колекция", {
            "pyaterochka": ["3985043", "3693417", "3693418", "3693405", "3671957"],
            "magnit": ["4907605c6d", "111711"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "«сибирск колекция» = the brand Сибирская коллекция (also spelled «Sибирская коллекция», "
           "«СИБИР.КОЛЛЕК.»): every pelmeni of that brand (Фирменные, Особые со сливками, Сочные, "
           "Новосибирские, 4 вида мяса, Телячьи); pelmeni of other brands (Мираторг, Цезарь, Ложкаревъ, "
           "Стародворье…) excluded"),
        ("сметана20", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188", "58101",
                            "3293409", "4349770"],
        }, "sour cream labelled exactly 20% (incl. Parmalat Comfort lactose-free 20%); 10/15/25/30% sour cream, "
           "sauces and chips «со вкусом сметаны», cakes «Сметанник» excluded; Магнит has only 15%"),
        ("кетчуп хайц", {
            "pyaterochka": ["3631091", "4086400"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«хайц» = Heinz; every Heinz ketchup (Томатный, томатный с горчицей); Heinz sauces (кисло-сладкий, "
           "Сладкий чили, Сырный, Цезарь, Salsa, Cherry…), Heinz mayonnaise/tomato paste and other ketchup "
           "brands excluded"),
    ]),
    # fvg08 kids' juice and biscuits
    ("сок детям яблочн 2шт\nпеченька юбилейн\nбананов 1кг", [
        ("сок детям яблочн 2шт", {
            "pyaterochka": ["4074641", "3920296", "3684252", "3679183", "3679184", "3903669"],
            "magnit": ["ece47f47e1", "eef4bdbf61", "0f2cae24db", "bc852256db", "202971"],
            "dixy": [],
            "perekrestok": ["3190706", "4304867", "4316044", "80142", "26869"],
        }, "single-fruit apple juice of any size, children's («д/дет.пит.», Агуша, Honey Kid, Сады Придонья "
           "зелёное яблоко) and regular; «детям» is a purpose, not a filter. Apple nectars (Global Village, "
           "Любимый, Добрый «деревенские/фермерские яблочки»), mixed juices (яблоко-вишня, яблоко-шиповник, "
           "яблоко-персик, яблочно-виноградный, «яблочный с сельдереем»), Агуша «вода+сок», drinks with juice "
           "and apple purees excluded"),
        ("печенька юбилейн", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049", "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every «Юбилейное» biscuit (традиционное, молочное/с глазурью, овсяное, постное, с цельнозерновыми "
           "злаками, клюква/черника/земляничное/ореховое/шоколад); Магнит «Мини-кексы Юбилейное» (cakes), "
           "J.Meinl coffee «ЮБИЛЕЙНЫЙ» and Останкино «Колбаса Юбилейная» excluded"),
        ("бананов 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (any, incl. mini and organic; «1кг» is the quantity); Пятёрочка dried bananas, "
           "banana-flavoured yoghurts/purees/snacks excluded"),
    ]),
    # fvg09 laundry
    ("порошок tide автомат3кг\nленор кондиц\nмыло хоз", [
        ("порошок tide автомат3кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Tide washing powder for automatic machines in a 3 kg pack: no 3 kg Tide powder exists — Магнит Tide "
           "powders are 2.4 kg (Детский), 2.5 kg (Колор, Lenor Color), 4 kg (Color) and 400 g; «3кг» names the "
           "pack and is respected. Tide liquids and capsules, and 3 kg powders of other brands (Ariel, Persil, "
           "Bimax) excluded"),
        ("ленор кондиц", {
            "pyaterochka": ["3465388", "3669625", "4025712"],
            "magnit": ["205131", "159881", "203041"],
            "dixy": [],
            "perekrestok": [],
        }, "«ленор кондиц» = Lenor fabric conditioner, every scent and size; Vernel/«Е» conditioners, Tide "
           "«Lenor Color» powder and Ariel «Touch of Lenor» powder excluded"),
        ("мыло хоз", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "laundry soap (хозяйственное мыло): none on offer; toilet soap (Safeguard, Camay, Fax, Dove "
           "крем-мыло), liquid soap and laundry detergents excluded"),
    ]),
    # fvg10 coffee and tea
    ("кофе якобс раствор\nсгущ 2банки\nчай черн пакет 100шт", [
        ("кофе якобс раствор", {
            "pyaterochka": ["3684932", "3626060", "3626048", "3636926", "3636923", "3372172", "3488345", "3444962"],
            "magnit": ["106161", "205121", "106231"],
            "dixy": [],
            "perekrestok": [],
        }, "«якобс раствор» = Jacobs instant coffee of any line (Monarch, Monarch Intense, Gold, Crema, Velour, "
           "Millicano — instant with ground coffee); Magnit «Jacobs Monarch … сублимированный» is instant. "
           "Jacobs/Monarch beans and ground coffee, Monarch Lungo capsules-like ground packs and instant coffee "
           "of other brands excluded"),
        ("сгущ 2банки", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "«сгущ» = sweetened condensed milk (Алексеевское «цел.сг.сах.»/«сгущ.цел.с/с»; the doy-pack counts — "
           "«2банки» is a quantity). Boiled condensed milk (Рогачев «вареное», «Егорка»), sweets, waffles, "
           "pastries and cakes with (boiled) condensed milk excluded"),
        ("чай черн пакет 100шт", {
            "pyaterochka": ["4002510", "3998702", "3378327", "3662837", "3450276", "3950803", "3620106", "3635756", "3378336",
                            "3424384", "3499718", "3446638", "3472459", "2070472", "3948128", "11200", "3689577"],
            "magnit": ["159991", "206041", "109361", "199261", "199201", "213601"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea in packs of 100 bags («100шт» names the pack), plain or flavoured (Earl Grey/bergamot, "
           "thyme, fruit) since no flavour was written. Outside knowledge: Пятёрочка «Принцесса Канди, "
           "цейлонский, 100х2 г» and Магнит «Lipton Earl Grey, 100 пакетиков» are black teas although the "
           "titles do not say «черный». Packs of 20/25 bags, loose-leaf tea, green, oolong and herbal teas, "
           "iced-tea drinks excluded"),
    ]),
    # fvg11 pasta with minced beef
    ("фарш говяж 1кг\nрожки 2пач\nтомат паста банка\nморковь1кг", [
        ("фарш говяж 1кг", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«фарш говяж» = minced beef (Рестория, Останкино, Мираторг «Фарш говяжий»); «1кг» is the quantity. "
           "Pork-beef (Мираторг «свино-говяжий домашний») and unspecified mixes (Самсон/Ближние горки "
           "«Домашний/Деревенский»), chicken, turkey and pork mince, beef cuts excluded"),
        ("рожки 2пач", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«рожки» = elbow/horn pasta: Пятёрочка «Макаронные изделия … Витой рожок 450 г»; other pasta shapes "
           "(перья, спирали, ракушки, улитки, спагетти…) and ice cream «в вафельном рожке» excluded; «2пач» is "
           "a quantity"),
        ("томат паста банка", {
            "pyaterochka": ["84652", "3696785", "3486033", "31623"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste (Помидорка 250 мл/480 мл, Махеевъ «Паста ДОМАШНЯЯ томат. ст/б», Heinz «Паста "
           "Томатная»); «банка» is read as the unit wanted. Ketchups, tomato sauces, tomato juice, tomatoes in "
           "juice and canned tomatoes excluded"),
        ("морковь1кг", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая 1 кг», Перекрёсток «Морковь мытая» by weight — «1кг» is the "
           "quantity); Korean-style «Морковь пикантная», carrot juice/nectar and purees excluded"),
    ]),
    # fvg12 cola and snacks
    ("колы 2л 2шт\nлейс сметана зелень\nкириешки 3пач", [
        ("колы 2л 2шт", {
            "pyaterochka": ["3684656", "4316013", "4213891"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1860", "4213891"],
        }, "regular cola of any brand in 2 l bottles (Pepsi, Coca-Cola, Любимая Кола, Черноголовка Кола); «2шт» "
           "is a quantity. Other sizes, sugar-free/light/zero colas, flavoured colas (Vanilla, Wild Cherry, "
           "Orange, Mango, Снежная Ириска) and other soft drinks excluded"),
        ("лейс сметана зелень", {
            "pyaterochka": ["4035371"],
            "magnit": ["1000487857", "106341"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's potato chips «сметана и зелень» of any pack; Lay's «сметана и лук», «сыр с зеленью», «лисички "
           "в сметане», Stax «сметана и лук», LAVA LAVA «Сметана и зелень» (other brand) and croutons «со "
           "вкусом сметаны и зелени» excluded"),
        ("кириешки 3пач", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки rye croutons (Магнит «КИРИЕШКИ Сухарики холодец/бекон/ветчина» 40 г and 100 г); croutons "
           "of other brands (Три корочки, Хрусteam, Фишка, Гренковъ…) excluded; «3пач» is a quantity"),
    ]),
    # fvg13 dairy for the family
    ("тварог9% 2пач\nкефир1%\nйогурт детям не сладкий", [
        ("тварог9% 2пач", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216658", "4185866"],
        }, "«тварог» = творог; cottage cheese labelled exactly 9% (Вкуснотеево, Молочный знак 180 г and 800 г "
           "«традиционный»); 3/5/5.5/0.1/0.5% cottage cheese, children's fruit curds, «сыр творожный» and curd "
           "desserts excluded"),
        ("кефир1%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir 1%: no kefir of any fat is on offer; yoghurts and other fermented-milk products (Актимель, "
           "Имунеле, Биолакт, «кефирный» drinks) are not kefir"),
        ("йогурт детям не сладкий", {
            "pyaterochka": ["3954723", "3503857", "3433156", "3632187", "4035474", "3665120", "3638992"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain yoghurt without flavour or filling, taken as unsweetened («не сладкий»); «детям» is a "
           "purpose, so children's and adult plain yoghurts both count. Judgement on outside knowledge: titles "
           "without a flavour — Bio-Max «Классический», Danone «Йогурт 3,3%» 110 г/350 г, EPICA «Йогурт пит. "
           "2,9%», Активиа 2,4% 260 г, Верховье «Биойог. … дет. 3,5%», Сарафаново «Йогурт термостат. дет. "
           "1,5%», Greek Teos/Простоквашино 2% — are plain (unsweetened) yoghurts; Neo «без сахара» and Зелёная "
           "Линия «натуральный» say so. Every fruit, berry, grain, caramel or dessert yoghurt (Чудо, Даниссимо, "
           "Epica Crispy, Fruttis, Активиа with fillings, Viola «Малина-Мята»), fermented-milk drinks and curd "
           "desserts excluded"),
    ]),
    # fvg14 herring and potatoes
    ("хлеб черн\nселедочку\nкартошка молод\nогурцов 1кг", [
        ("хлеб черн", {
            "pyaterochka": ["3500217", "3480920"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«хлеб черн» = dark (rye or rye-wheat) bread: Пятёрочка «Хлеб Даниловский, Коломенское» and «Хлеб "
           "Ржано-пшеничный, Даниловский» (Даниловский is a dark rye-wheat loaf — outside knowledge). «Хлеб "
           "зерновой, Ржаной Край» and «Хреб Ржаной Край» (brand word, not stated rye/dark), «Хлеб Марьин, "
           "заварной» (colour not stated), white батоны, хлебцы (incl. «бородинские»), гренки/сухарики and rye "
           "flour excluded"),
        ("селедочку", {
            "pyaterochka": ["3637884", "4043492", "3401016", "3401018", "3497722", "3638123", "3697250", "3603143", "3603144",
                            "3682728", "3626055"],
            "magnit": ["29793287b9", "8f5e5b9485", "44f4c820e1", "ee295ae8a7", "3068665d37", "112371"],
            "dixy": [],
            "perekrestok": ["3504605", "4056953", "3621742", "3497722", "3637884", "79542", "79544", "4255361", "4402738",
                            "4402737", "4360965", "4364450", "4034451", "4367699", "4367712", "4147685", "4364448", "4225103"],
        }, "«селедочку» = salted herring, whole or as fillet/pieces in oil, brine or marinade (Матиас, Царская, "
           "по-исландски, по-шведски, из бочки, «Селёдочка к картошке»…). Магнит «Сельдь тихоокеанская, 245 г» "
           "excluded as canned (245 g is a tin size — outside knowledge); herring roe «Икра сельди», salads "
           "«Сельдь под шубой», celery «Сельдерей», mackerel, sprats and other fish excluded"),
        ("картошка молод", {
            "pyaterochka": [],
            "magnit": ["168701"],
            "dixy": ["72aaa021b7"],
            "perekrestok": [],
        }, "young (new-crop) potatoes: Дикси «Картофель молодой, 1 кг», Магнит «Картофель Новый урожай, 1 кг» "
           "(new harvest = young potatoes — judgement); ordinary washed/red/для варки/для жарки potatoes (not "
           "stated young), chips and potato dishes excluded"),
        ("огурцов 1кг", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers of any type (короткоплодные, среднеплодные, Ботаника, «Хрустящие» 450 г and "
           "«корнишоны» 300 г — both taken as fresh: Перекрёсток sells them in the fresh-vegetable «Окрошка» "
           "section — judgement); «1кг» is the quantity. Salted/pickled cucumbers and gherkins (Мелёнъ, «Огурцы "
           "соленые, Корнишоны», «солёные бочковые», Глобус, Скатерть-Самобранка, Дядя Ваня пикули), "
           "cucumber-scented shampoo and curd cheese «с огурцами» excluded"),
    ]),
    # fvg15 fish and groats
    ("минтай морож\nгречку самую дешевую\nмасло подсолн 1л", [
        ("минтай морож", {
            "pyaterochka": [],
            "magnit": ["199381"],
            "dixy": [],
            "perekrestok": ["4350401", "4350402"],
        }, "frozen pollock: Перекрёсток «Минтай филе без кожи замороженный» and «Филе … минтая без кожи "
           "порционное мороженое», Магнит «Филе минтая, полуфабрикат из замороженного сырья» (sold frozen — "
           "judgement); other fish (хек, треска, пангасиус…) excluded"),
        ("гречку самую дешевую", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (only Магнит «Крупа Гречневая Prosto»); «самую дешевую» is a wish, not a filter. "
           "Rice-buckwheat mix, buckwheat flakes, «Гречка с грибами» kit and buckwheat drinks/porridges excluded"),
        ("масло подсолн 1л", {
            "pyaterochka": [],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "sunflower oil in 1 l bottles («1л» names the bottle): Благо, Mr.Ricco раф/дезодор., Слобода для "
           "жарки. Mr.Ricco blends «с доб. олив.»/«с доб. масла авокадо» and «с экстр. Прованские травы» "
           "(flavoured/blended), Пятёрочка Олейна 2 л (other size) and ALMADOR flavoured 0.79 l oils, seeds and "
           "halva excluded"),
    ]),
    # fvg16 frankfurters and salad things
    ("сосиски молочн 1кг\nгорошек зел банка\nмайонез махеев 2шт\nяйца с0 2дес", [
        ("сосиски молочн 1кг", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«сосиски молочн» = Молочные frankfurters (Велком 480 г, Магнит 0.33 кг and 0.65 кг); «1кг» is the "
           "quantity. Other frankfurters (Сливочные, Детям, Баварские, Венские, Докторские…), boiled sausage "
           "«Молочная» and Вязанка «Молокуша» excluded"),
        ("горошек зел банка", {
            "pyaterochka": ["4043589"],
            "magnit": ["203021", "213651", "111581"],
            "dixy": [],
            "perekrestok": ["82254", "41891", "27460", "4273266", "4345766", "4254005"],
        }, "canned green peas of any brand and size (Globus, Bonduelle/Бондюэль, 6 соток, Знак заботы, Маркет, "
           "Bizim Tarla «Горох … зелёный» in the canned-vegetable section — taken as canned green peas, "
           "judgement); «банка» is the unit. Pea soups, dry peas and dog food «с горохом» excluded"),
        ("майонез махеев 2шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2047206", "4312243"],
        }, "every Махеевъ mayonnaise (Провансаль с лимонным соком, С перепелиным яйцом); Махеевъ ketchups, "
           "jams, sauces (incl. «Соус ЦЕЗАРЬ майонезный»), mustard and horseradish excluded; «2шт» is a quantity"),
        ("яйца с0 2дес", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "chicken eggs of category С0 (= СО = отборные) in packs of 10 («2дес» = two tens, a quantity): "
           "Пятёрочка Волжское Утро «отборные 10 шт», Перекрёсток Окское СО, Роскар Экстра СО, Маркет СО. С1 "
           "eggs, Волжанин «отборной категории» 6 шт (not a десяток) and quail eggs excluded"),
    ]),
    # fvg17 car care and water
    ("влажн салфетки в машину\nорбит мята 5шт\nнезамерзайка 5л\nвода 1.5 без газа 2шт", [
        ("влажн салфетки в машину", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "3917869", "3697052", "4166484"],
        }, "wet wipes of any kind (universal, antibacterial, antiseptic, cosmetic, baby); «в машину» is a "
           "purpose, not a filter. Dry paper napkins, paper towels, Zewa moist toilet paper and Carefree "
           "«салфетки» (panty liners) excluded"),
        ("орбит мята 5шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Orbit mint chewing gum: the only Orbit offer is Пятёрочка «ORBIT Жев.рез.БЕЛОСН.BUBBLEMINT драже» "
           "(bubblegum-mint flavour, not mint) — excluded; Dirol/Mentos/Eclipse mint gums are other brands"),
        ("незамерзайка 5л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "windscreen washer antifreeze: none on offer in any store (no «незамерзающая жидкость»/«омыватель»)"),
        ("вода 1.5 без газа 2шт", {
            "pyaterochka": ["3630602", "2139858"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3020", "3966336", "1913", "37168"],
        }, "still drinking/table water in 1.5 l bottles (Архыз, Пилигрим «минеральная, без газа», Evian, Святой "
           "источник, Сенежская); «2шт» is a quantity. Sparkling, medicinal/medicinal-table waters, other sizes "
           "(0.5/1/2/5 l, Малаховская 2 л) and flavoured waters excluded"),
    ]),
    # fvg18 salad and chicken
    ("курица филе 1кг\nпомидоры 1кг\nогурцы 1кг\nсметана15", [
        ("курица филе 1кг", {
            "pyaterochka": ["2160069", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chilled chicken breast fillet («курица филе» = куриное филе = breast fillet, as in "
           "real_basket_eval), any pack; «1кг» is the quantity. Перекрёсток «Филе цыплёнка Петелинка малое» "
           "(inner breast fillet) accepted. Thigh fillet (филе бедра), breast on the bone («Грудка куриная … "
           "без кожи»), cooked fillets (гриль, запечённое), duck and turkey fillet, nuggets and canned chicken "
           "excluded"),
        ("помидоры 1кг", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind, cherry included (as in real_basket_eval); «1кг» is the quantity. "
           "Pickled/salted tomatoes, «Ассорти Черри и Корнишоны», tomato paste, juice, ketchup and "
           "tomato-flavoured snacks excluded"),
        ("огурцы 1кг", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers of any type (Перекрёсток «Хрустящие» 450 г and «корнишоны» 300 г taken as fresh — "
           "judgement); «1кг» is the quantity. Salted/pickled cucumbers and gherkins excluded"),
        ("сметана15", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124", "4095525"],
        }, "sour cream labelled exactly 15% (incl. lactose-free Parmalat Comfort and Простоквашино 15%); "
           "10/20/25/30% sour cream, sauces and snacks «со вкусом сметаны» excluded"),
    ]),
    # fvg19 kids' breakfast
    ("киндер детям\nмолоко3.2\nхлопья несквик 2пач", [
        ("киндер детям", {
            "pyaterochka": ["3688901", "3353042", "3353040"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«киндер» alone = the classic Kinder product, the Kinder Surprise egg/figure with a toy (Пятёрочка "
           "«Яйцо СЮРПРИЗ», «SURP.MAXI», «Шок.СЮРПРИЗ фигур. … с игр.»); «детям» is a purpose. Kinder Joy "
           "(Магнит), Kinder Chocolate bars, Schoko-Bons, Mini/Maxi Mix gift sets and the Kinder Land drink are "
           "other Kinder products — excluded"),
        ("молоко3.2", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e", "949b3dd46f",
                            "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a", "b4411ba8d4", "35ac60eec2",
                            "52d96fd806", "885d917850", "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb", "3645807",
                            "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "cow drinking milk labelled exactly 3.2% (pasteurised/UHT/sterilised, any pack; children's milk "
           "Агуша «д/д от 3л» and Сарафаново «детское» included as in real_basket_eval). Ranges (3.2-4%, "
           "3.2-4.5%, «от 3,2% до 6%»), топлёное 3.2%, condensed milk, milkshakes and kefir excluded"),
        ("хлопья несквик 2пач", {
            "pyaterochka": ["3434742", "4072647", "3363325", "3926616", "3368535"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik breakfast cereal of any kind (шоколадный завтрак 250/700 г, Алфавит, ДУО, BananaCrush "
           "подушечки); Nesquik cocoa drinks, chocolate and sweets, Nestlé Gold corn flakes and other brands "
           "excluded; «2пач» is a quantity"),
    ]),
    # fvg20 beer evening
    ("пиво жигули 4шт\nрыбки к пивку\nчипсы подешевле", [
        ("пиво жигули 4шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Жигули/Жигулёвское beer: none on offer; other beers (Балтика, Lowenbrau, Krusovice, Жатецкий гусь…) "
           "and alcohol-free beer drinks excluded"),
        ("рыбки к пивку", {
            "pyaterochka": [],
            "magnit": ["705f039ea0", "4ce84def29"],
            "dixy": [],
            "perekrestok": [],
        }, "«рыбки к пивку» = dried/cured fish snacks: Магнит SOLO NINA «Вобла вяленая соломка», BEERKA «Тунец "
           "сушено-вяленый соломка». Dried squid (SOLONINA «Кальмар стружка»), salted trout/herring fillets, "
           "fish in oil, pickled squid and «Крылышки острые к пиву» excluded"),
        ("чипсы подешевле", {
            "pyaterochka": ["3463551", "3463552", "2153831", "3435061", "3453318", "3671743", "3688435", "4061907", "4062940",
                            "4086621", "4086622", "4086623", "4086624", "3986507", "3986506", "3943579", "3931228", "3941439",
                            "4069908", "4069903", "3624025", "3624026", "3611009", "3994660", "3994662", "3671742", "3485986",
                            "3231225", "4343841", "4343840", "4035369", "4035377", "4035371", "3994439", "4035782", "4035779",
                            "3956451", "3956452"],
            "magnit": ["162f632716", "b3b39073da", "1000487857", "213571", "106331", "106341", "198921", "204411",
                       "202981"],
            "dixy": [],
            "perekrestok": [],
        }, "any savoury chips of any brand and flavour: potato chips (Lay's, Pringles, Русская картошка, "
           "Naturals, Lorenz, Bon Giorno, LAVA LAVA, «KRAC.») incl. «Картофель хрустящий» (Twister, Московский "
           "картофель), rice Pringles and corn nachos chips; «подешевле» is a wish. Apple chips, "
           "croutons/сухарики/гренки, crackers, corn sticks/balls, onion rings and Магнит gin «Вайт Лейс» "
           "excluded"),
    ]),
    # fvg21 bathroom
    ("освежитель возд в туалет\nшампунь clear мужск\nколгейт\nмыло жидк", [
        ("освежитель возд в туалет", {
            "pyaterochka": ["3440047", "3974933", "3974927", "3654065", "3440052"],
            "magnit": ["204531"],
            "dixy": [],
            "perekrestok": [],
        }, "ready-to-use air-freshener sprays of any brand (Glade aerosols, Air Wick 290 мл, Symphony); «в "
           "туалет» is a purpose. Refill canisters for automatic dispensers («см.бал.», «смен.», Airwick "
           "«Сменный баллон», Магнит «Освежитель возд … см/бал») need a device and are excluded, as are toilet "
           "rim blocks, toilet cleaners, deodorants and insect aerosols"),
        ("шампунь clear мужск", {
            "pyaterochka": ["3420658"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Clear men's shampoo: Пятёрочка «CLEAR Шам.бал-опол. … 2в1 муж»; Clear «Детокс против перхоти» (not "
           "stated men's) and «Clear Vita Abe» (the women's line — outside knowledge), other brands' men's "
           "shampoos (Nivea, Timotei, Чистая линия) excluded"),
        ("колгейт", {
            "pyaterochka": ["3605411", "3605412"],
            "magnit": ["0b75d29d19"],
            "dixy": [],
            "perekrestok": [],
        }, "«колгейт» alone = Colgate toothpaste (the brand's classic product), any variant (Total 12, "
           "Кальций-Ремин); Colgate toothbrushes and Plax mouthwash, other brands' toothpastes excluded"),
        ("мыло жидк", {
            "pyaterochka": [],
            "magnit": ["1aeb42ebee"],
            "dixy": [],
            "perekrestok": [],
        }, "«мыло жидк» = liquid hand soap: Магнит AURA «Мыло жидкое … Ромашка 500мл»; bar/toilet soap, shower "
           "gels, dish liquids and liquid laundry detergents excluded"),
    ]),
    # fvg22 sandwiches and tea
    ("сервелат палку\nсыр ломтик\nбатон 2шт\nчай гринфилд 100пак", [
        ("сервелат палку", {
            "pyaterochka": ["3440935", "4039999", "3660417", "3385833", "3671899", "3442569"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4390257", "4394293", "4283094", "4400591", "3654318", "4166796", "4135604", "4217621"],
        }, "«сервелат палку» = a whole stick of сервелат (варёно-копчёный), any maker; sliced packs («нарезка», "
           "ЕГОР. «СЕРВЕЛ. ИМБИР. … нар.150г», Останкино «Швейцарский в нарезке») are not a «палка» and are "
           "excluded, as are other smoked sausages (салями, Краковская, Брауншвейгская…)"),
        ("сыр ломтик", {
            "pyaterochka": ["3448799", "3452403", "3932860"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4074230", "3228233", "4280098", "4302547", "4280100", "3668842", "3452403", "3505827", "3668519",
                            "4297132", "4260755"],
        }, "«сыр ломтик» = sliced real cheese (titles with «нарезка», «нар.»): Маасдам, Лёгкий, Havarti, Natura "
           "Сливочный, Российский, Эдам, Голландский, Grunlander Чеддер, Tete de Moine. Sliced processed cheese "
           "(Hochland «пл.-тост», Valio «плав. ломт.», Galbani «плавленый ломтевой»), curd cheese «нарезка», "
           "blocks, grated cheese and mozzarella excluded"),
        ("батон 2шт", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "a white батон loaf: Пятёрочка «Батон \"Звездный\" нар, Хлебный Дом», Перекрёсток «Батон Нарезной "
           "нарезка Маркет»; other breads (Даниловский, Марьин, Ржаной Край), «батончик» snacks/sweets and "
           "сухарики «Багет» excluded; «2шт» is a quantity"),
        ("чай гринфилд 100пак", {
            "pyaterochka": ["3378336", "3450276"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Greenfield tea in packs of 100 bags («100пак» names the pack): Kenyan Sunrise 100х2 г and «ГРИНФ. "
           "Spring Melody» 100х1,5 г; Greenfield 20/25-bag packs (Redberry Crumble, Магнит Spring Melody 25 "
           "пак) and loose-leaf Greenfield excluded"),
    ]),
    # fvg23 fruit
    ("апельсины 2кг\nяблоки 2кг\nмандарины кило\nвиноград бескосточк\nлимона 2шт", [
        ("апельсины 2кг", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges (by weight; «2кг» is the quantity); orange juice/nectar, drinks and orange-flavoured "
           "sweets excluded"),
        ("яблоки 2кг", {
            "pyaterochka": ["4271772"],
            "magnit": ["200671", "168861"],
            "dixy": [],
            "perekrestok": ["3366336", "3691532", "47795"],
        }, "fresh apples of any variety (Ред Делишес, Гренни Смит, красные, Гала, Медовый хруст, сезонные); "
           "apple juice, purees, chips and apple-flavoured goods excluded"),
        ("мандарины кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins (incl. Марокко and «с листом»); mandarin drinks, juice mixes and olives excluded; "
           "«кило» is the quantity"),
        ("виноград бескосточк", {
            "pyaterochka": ["4327381"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48657", "48660", "57580", "4327381"],
        }, "seedless grapes: Перекрёсток «Виноград белый без косточек»; Кишмиш (white and black) and Шайн "
           "Мускат are seedless varieties (outside knowledge). Магнит «Виноград черный» and Перекрёсток «Тайфи» "
           "(seeded/not stated), grape juice, grape-seed oil excluded"),
        ("лимона 2шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh lemons: none on offer; citric acid, lemon-flavoured products and lemon cleaners excluded"),
    ]),
    # fvg24 quick dinner
    ("котлеты замор\nвареники с картошк\nсметаны\nхлеба 1буханку", [
        ("котлеты замор", {
            "pyaterochka": ["4060841", "3471982", "4060844", "3420328", "3452752", "3464190"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen meat/poultry cutlets: Ложкаревъ «Из индейки» and «Куриные» (глуб/зам), Белорусские из "
           "индейки (frozen section), Мираторг «Котлеты по-киевски», С пылу с жару «ФИЛЕЙН. говяж.» and «из "
           "курочки» (these two brands sell frozen cutlets — outside knowledge). Chilled cutlets (Ближние "
           "горки, Пава Пава, Магнит «Люкс», Петелинка «сливочные»), Рестория «Котлета свиная» (not stated "
           "frozen), fish cutlets «Четверг», patties mix Maggi and nuggets excluded"),
        ("вареники с картошк", {
            "pyaterochka": ["3697765", "3464203"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vareniki with potato filling: Цезарь «с карт./жар. луч.», Сытый папа «с картофелем-луком и грибами» "
           "(potato-based filling — judgement); pelmeni, other fillings and potato dishes excluded"),
        ("сметаны", {
            "pyaterochka": ["3665624", "3664287"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4314537", "3478958", "3444929", "4262697", "4262694", "3634033", "3665624",
                            "4335470", "3664287", "3665625", "4217907", "4217906", "4121592", "4121609", "4431124", "3651188",
                            "58101", "3293409", "4095525", "4349770", "4287503"],
        }, "sour cream of any fat (10-30%, incl. lactose-free and «термостатная»); sour-cream sauces, "
           "chips/croutons «со вкусом сметаны», cakes «Сметанник»/«медово-сметанный» excluded"),
        ("хлеба 1буханку", {
            "pyaterochka": ["3500217", "3480920", "3455615", "3372334", "3455614"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a loaf of bread (буханка) of any kind: Пятёрочка «Хлеб Даниловский», «Хлеб Ржано-пшеничный, "
           "Даниловский», «Хлеб зерновой, Ржаной Край», «Хлеб Марьин, заварной» and «Хреб Ржаной Край, 300 г» "
           "(a typo for Хлеб in the chain's title). Батоны (Пятёрочка «Звездный», Перекрёсток «Нарезной») "
           "excluded — a батон is not a буханка (judgement); хлебцы, сдоба, сухарики and flour excluded"),
    ]),
    # fvg25 drinks for the shift
    ("кофе холодный в банке\nредбул 2шт\nсникерс 3шт\nвода газ", [
        ("кофе холодный в банке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned cold (ready-to-drink) coffee: none in a can. Магнит ready coffee drinks «Кофе с молоком "
           "300мл», «Кофе Капучино/Латте/Флэт Уайт/Американо … зерновой» 100-320 мл (coffee-to-go cups, neither "
           "cold nor canned — judgement), Parmalat «Кокт. КАПУЧЧИНО 0.5л» (milkshake), instant/ground coffee "
           "and cold tea excluded"),
        ("редбул 2шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Red Bull: not on offer; other energy drinks (Adrenaline, Burn, Black Monster, Драйв Ми…) excluded"),
        ("сникерс 3шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«сникерс» alone = the classic Snickers bar: not on offer. Магнит «SNICKERS Батончик белый» (white "
           "Snickers, a different variant) and Пятёрочка M&M's&Friends gift sets containing Snickers minis "
           "excluded"),
        ("вода газ", {
            "pyaterochka": ["3630603", "3634921", "3635130", "4053893", "3951439"],
            "magnit": ["972a7fe2ec", "bb72363521", "13256eedcb"],
            "dixy": [],
            "perekrestok": ["3625734", "20388", "37169"],
        }, "sparkling drinking/table water of any size and brand (Архыз, Пилигрим, Легенда Гор, Акваграцио, "
           "Святой Источник, GORJI, Магнит питьевая газ, Аш-Тау, Малаховская, Сенежская). Waters labelled "
           "лечебная/лечебно-столовая (Ессентуки, Боржоми, Джермук, Нагутская/«НАГ-26», ЗАПОВ.ЗДОР., ROKADA, "
           "S.Pellegrino, Багиатти, Псыж, Рычал-су, Эдельвейс), waters whose gas is not stated (Мтаби, Arivali, "
           "Легенда Гор 5 л), still water and flavoured sparkling drinks excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft, in order (header lines start with '#')."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("--- fvg") and line.endswith(" ---"):
                if cur is not None:
                    texts.append("\n".join(cur).strip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).strip("\n"))
    return texts


def check_blind():
    with open(BLIND, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    errors = []
    if digest != BLIND_SHA256:
        errors.append("blind draft sha256 %s != recorded %s" % (digest, BLIND_SHA256))
    blind = read_blind(BLIND)
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(LISTS)))
    for n, (draft, (text, _)) in enumerate(zip(blind, LISTS), 1):
        expected = draft
        for old, new in REPLACED.get(n, []):
            if expected.count(old) != 1:
                errors.append("fvg%02d: replaced item %r not found once in the draft" % (n, old))
            expected = expected.replace(old, new)
        if text != expected:
            errors.append("fvg%02d: list text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fvg"))
