#!/usr/bin/env python3
"""Re-create fresh_basket_eval_k.jsonl -- 25 shopping lists written blind (as households type them to a
Telegram bot over a month) and hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_k.build.py

LISTS below is literal data: the 25 lists of fresh_basket_eval_k.blind_lists.txt, unchanged and in that
order, and for every item the product ids of every store that a reasonable shopper who wrote exactly that
item would accept.  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings) and read one by one, then each item was re-checked by
listing every in-stock title matching its stem that was not accepted.  The note of each item records what
was deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store
has nothing acceptable (the item is "missing" there).  The labels were made without reading korzina's
matcher, its data files or any other set's labels.

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly
the list's items in order (an item is the text between commas / new lines) -- and then writes the JSONL in
the format of real_basket_eval.jsonl.  List ids are fk01, fk02, ... in LISTS order; every list is in split
"fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_k.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fk01 weekly dairy run
    ("молоко 2.5 две пачки, творог 5 процентов, нарезной батон, яички десяток, масло слив 82.5", [
        ("молоко 2.5 две пачки", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700",
                            "af8570f806", "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9",
                            "50cb0959f8", "76055bf243", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk of exactly 2.5% of any pack size (past./UHT/steril., incl. Сарафаново "
           "children's milk and the Магнит 0.2 l Вкуснотеево); «две пачки» is a quantity, not a "
           "filter; other fat levels, milkshakes and flavoured milk excluded"),
        ("творог 5 процентов", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese of exactly 5%; Савушкин «101 зерно + сливки» 5% with "
           "blackcurrant/strawberry and Данон «творог зерненый в йогурте» with fruit filling "
           "(flavoured), Домик в деревне мягкий 5.5%, Дикси Брест-Литовск 3%, творожные сыры/продукты"
           " and children's fruit биотворог excluded"),
        ("нарезной батон", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white loaf «Батон … нар(езной)» (Пятёрочка Звёздный, Перекрёсток «Батон Нарезной нарезка»"
           " -- sliced, still the loaf); chocolate/cereal bars («батончик»), other breads, хлебцы "
           "excluded; Магнит and Дикси have no батон in stock"),
        ("яички десяток", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs of any class in packs of 10; 20-packs (Лето), the 6-pack Волжанин, quail "
           "eggs, Kinder chocolate eggs, egg-containing salads and «Колбаса яичная» excluded"),
        ("масло слив 82.5", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled exactly 82.5% (incl. «сладко-сливочное»); 82% butters (Президент, "
           "Простоквашино in Магнит and Дикси) excluded because a written fat % must match exactly; "
           "chocolate butter 62% and 72.5% excluded"),
    ]),
    # fk02 a baby at home
    ("пюрешка фрутоняня яблочная, печеньки детские, подгузники 5, сок агуша яблоко", [
        ("пюрешка фрутоняня яблочная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store has a single-fruit apple puree of ФрутоНяня: Пятёрочка's ФрутоНяня purees are "
           "meat, fish, vegetable or mixed (яблоко/банан/груша с печеньем, яблоко/малина со сливками "
           "-- another flavour), its «Кусочки фр. из ябл.» are dried fruit pieces; apple purees of "
           "Агуша, Gerber, Heinz, Сады Придонья are other brands"),
        ("печеньки детские", {
            "pyaterochka": ["4055479", "4045242", "3927157"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's cookies (Honey Kid «печенье детское растворимое» and the «печенье растворимое "
           "для детей раннего возраста»); puree «с печеньем», cake-and-toy gift sets and adult "
           "cookies excluded"),
        ("подгузники 5", {
            "pyaterochka": ["3983613", "4061716", "3680543", "3680533", "3447849"],
            "magnit": ["879b28650c", "111671"],
            "dixy": [],
            "perekrestok": ["4295217"],
        }, "size-5 diapers, taped or pants (трусики-подгузники), any brand; Pampers «Junior» taken as"
           " size 5 (outside knowledge); sizes 2/3/4/6, «Maxi» (4), «Extra Large» (6) excluded"),
        ("сок агуша яблоко", {
            "pyaterochka": [],
            "magnit": ["eef4bdbf61"],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша single-fruit apple juice; Агуша яблоко-вишня / яблоко-шиповник (mixed), Пятёрочка "
           "«Агуша вода+сок яблоко» (a water-juice drink), Агуша purees and other brands' apple juice"
           " excluded"),
    ]),
    # fk03 cleaning
    ("доместос 1 бутылка, губки для мытья посуды, тайд автомат", [
        ("доместос 1 бутылка", {
            "pyaterochka": ["3956845", "3956844", "3956853", "3956850", "4068001", "4067999"],
            "magnit": ["160001", "205981"],
            "dixy": [],
            "perekrestok": [],
        }, "any bottled Domestos liquid/gel (universal and toilet cleaners); the Domestos Power 5 rim"
           " block (not a bottle) excluded"),
        ("губки для мытья посуды", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dish sponge is in stock in any store"),
        ("тайд автомат", {
            "pyaterochka": ["3453873", "3485975", "3642054"],
            "magnit": ["262159b924", "106511", "106501", "106531", "198901", "106541", "105941", "167921"],
            "dixy": [],
            "perekrestok": [],
        }, "any Tide laundry detergent for washing machines (powders «автомат», liquid gels, capsules"
           " -- all machine products; Tide Lenor Color 2.5 kg powder taken as автомат, outside "
           "knowledge); other brands excluded"),
    ]),
    # fk04 personal care
    ("паста колгейт, шампунь чистая линия, дезик рексона, прокладки always ультра", [
        ("паста колгейт", {
            "pyaterochka": ["3605411", "3605412"],
            "magnit": ["0b75d29d19"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate toothpaste («ЗП Colgate Total»); Colgate toothbrushes and Plax mouthwash, other "
           "brands' pastes excluded"),
        ("шампунь чистая линия", {
            "pyaterochka": [],
            "magnit": ["8442fcc99f", "1d4676bb70"],
            "dixy": [],
            "perekrestok": ["3065062"],
        }, "Чистая линия shampoo incl. the men's 3-in-1 shampoo-conditioner-shower gel; Чистая линия "
           "conditioner (бальзам-ополаскиватель) and the ice-cream brand «Чистая линия» excluded"),
        ("дезик рексона", {
            "pyaterochka": ["3479534", "3479541", "3479535", "3955496", "3444774", "3928499"],
            "magnit": ["b541fbdab4", "214561"],
            "dixy": [],
            "perekrestok": [],
        }, "any Rexona deodorant/antiperspirant (aerosol, roll-on, stick); Nivea, Axe, Old Spice "
           "excluded"),
        ("прокладки always ультра", {
            "pyaterochka": ["3424970"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Always Ultra pads («ALW.Прокл.ULT.NIGH.» = Always Ultra Night); Kotex, Libresse, Discreet"
           " liners excluded"),
    ]),
    # fk05 pets
    ("корм для кошек феликс, наполнитель для лотка комкующийся, педигри сухой", [
        ("корм для кошек феликс", {
            "pyaterochka": ["3413294", "3603050", "3603052", "3603051", "3603053", "3641052"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "any Felix cat food incl. the kitten pouch «для котят»; other brands excluded"),
        ("наполнитель для лотка комкующийся", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cat litter is in stock in any store (hits for «наполнитель» are fruit fillings)"),
        ("педигри сухой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "only wet Pedigree (pouches/paté 80-85 g) is in stock; dry food was asked, so missing "
           "everywhere"),
    ]),
    # fk06 barbecue
    ("шашлык свиной, уголь древесный, кетчуп к шашлыку, пиво жигулевское", [
        ("шашлык свиной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no product sold as pork shashlik; raw pork neck/карбонад and Магнит «Стейк из шеи свинины"
           " в маринаде» are cuts, not шашлык, and are left out (a stricter reading; a shopper might "
           "buy neck to make it)"),
        ("уголь древесный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4318495"],
        }, "charcoal; only Перекрёсток Пр!ст 2.5 kg"),
        ("кетчуп к шашлыку", {
            "pyaterochka": ["4066625", "4066624", "3631091", "3383950", "3625404", "3610602", "4044938",
                            "3941585", "3673189", "3673190", "4086400"],
            "magnit": ["213621", "203141", "665b5b224d", "aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "«к шашлыку» is a purpose, not a filter, so any ketchup (the «шашлычный» ones included); "
           "Магнит Тихвинский уезд «Соус шашлычный» (a sauce, not ketchup) and Cheetos «кетчуп/сыр» "
           "excluded"),
        ("пиво жигулевское", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Жигулёвское beer in stock in any store"),
    ]),
    # fk07 baking
    ("мука пшеничная 2кг, пудра сахарная, разрыхлитель 2 пакетика, сливочное масло 72.5", [
        ("мука пшеничная 2кг", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "3231328", "8065"],
        }, "wheat flour in 2 kg packs (the written size names the pack; Makfa «высшего сорта 2кг» is "
           "wheat flour); 1 kg packs, whole-grain 1 kg, durum «крупка» 0.5 kg, rye and rice flour "
           "excluded"),
        ("пудра сахарная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4255400"],
        }, "icing sugar; Кузя corn sticks «в сахарной пудре» and Rexona «сухость пудры» excluded"),
        ("разрыхлитель 2 пакетика", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236368"],
        }, "baking powder (Пр!ст 10 g sachet); «2 пакетика» is the quantity"),
        ("сливочное масло 72.5", {
            "pyaterochka": ["3658095"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter of exactly 72.5% (Брест-Литовск); 82/82.5% butters excluded"),
    ]),
    # fk08 sick day
    ("лимончик 2 шт, мед гречишный, имбирь, морс клюквенный", [
        ("лимончик 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons in stock in any store; lemon-flavoured goods, lemonade and Bref/AOS "
           "«лимон» cleaners excluded"),
        ("мед гречишный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no buckwheat honey: the honeys in stock are липовый, «Южный цветок», разнотравье and "
           "cream honeys with lemon-ginger or raspberry, all another variety; медовик cakes, honey "
           "muesli excluded"),
        ("имбирь", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh ginger root is not in stock; marinated ginger (Пятёрочка Скатерть-самобранка, "
           "Магнит 200 g), candied ginger, ginger cookies and lemonade excluded (fresh-produce word)"),
        ("морс клюквенный", {
            "pyaterochka": ["3472445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3695895", "3190898", "4297529"],
        }, "cranberry mors (Добрый «Морс КЛЮКВА из виногр./клюкв.» accepted: sold as cranberry mors);"
           " mixed-berry mors (брусника/морошка, клюква/черника/вишня ФрутоНяня, ягодный сбор), "
           "Добрый «Напиток из клюквы/апельсина» and Магнит's облепиха/клубника mors excluded"),
    ]),
    # fk09 guests
    ("рыбка красная слабосоленая, икорка красная, шампанское брют, тортик наполеон", [
        ("рыбка красная слабосоленая", {
            "pyaterochka": ["3923407", "3387455", "4006166"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3408551", "4362601", "3387452", "3387453", "4408134", "3923407", "4412698",
                            "4285178", "4132667", "4372070", "4408804", "3387455", "3387456", "4349602",
                            "4426783", "4428364", "4385583", "11778", "4019282", "6204"],
        }, "lightly salted salmonid fish (форель, сёмга, нерка), pieces or slices, «с/с» read as "
           "слабосолёная (Пятёрочка 3923407 is titled «слабосолёная» at Перекрёсток), incl. trout «с "
           "розмарином»; frozen steaks/fillets, semi-/cold-smoked trout, canned горбуша/лосось, "
           "Gustafsen «соленая» (not stated слабосолёная) and salmon-flavoured snacks excluded"),
        ("икорка красная", {
            "pyaterochka": ["2046731"],
            "magnit": ["105041"],
            "dixy": [],
            "perekrestok": ["4323783", "4437727", "4320227", "4432583", "4386122", "4411673", "4428864",
                            "3465904", "4411674", "4383708", "4433327"],
        }, "salmon/trout roe (горбуша, кета, кижуч, нерка, форель; Пятёрочка «СВК Икра ТУНГУТУН лос.»"
           " = лососевая); imitation «икорное рыбное изделие» (Fish House, «Икра деликатесная»), "
           "sterlet roe (black), red-caviar-flavoured chips/croutons and salads excluded"),
        ("шампанское брют", {
            "pyaterochka": [],
            "magnit": ["168031", "c44a8ef112", "51cda6b802"],
            "dixy": [],
            "perekrestok": [],
        }, "sparkling wine of brut sweetness, any colour (Премиум розовое брют, Giacobazzi Prosecco "
           "брют, MARTINI Brut); полусладкое/полусухое/сладкое sparkling wines, Gancia Prosecco "
           "Dry/Rose «сух» (dry is not brut), the alcohol-free Free Feather and Пятёрочка's "
           "alcohol-free «Нектар брют» excluded"),
        ("тортик наполеон", {
            "pyaterochka": ["3695494", "4047688"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4325084", "4295622"],
        }, "Napoleon cakes (Мирэль, Русская Нива, Home Napoleon «Наполеон домашний», Черёмушки); "
           "Пятёрочка «Пирожное наполеон 300 г» (pastries, not a torte), Home Napoleon "
           "«Медово-сметанный» (another cake of that brand) and cake layers «Коржи для торта "
           "Наполеон» excluded"),
    ]),
    # fk10 written in a hurry, one item a line
    ("сосисочки молочные\nмакарошки\nкетчуп хайнц томатный", [
        ("сосисочки молочные", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«Молочные» sausages of any brand/size; Докторские sausages and sardelki excluded"),
        ("макарошки", {
            "pyaterochka": ["18497", "18460", "18453", "18463", "3438663", "3438666", "3687625", "4008044",
                            "4072891", "4072894", "4077766", "4077767", "4077771", "4008046", "4008047",
                            "4008045", "4037645", "4037644", "4037652", "4037654", "4037666", "94424",
                            "4075782", "4075778", "3438670"],
            "magnit": ["214631", "167851", "199251"],
            "dixy": [],
            "perekrestok": [],
        }, "any dry pasta (вермишель, перья, спагетти, спиральки, пружинки, бантики, рожки, ракушки, "
           "фарфалле, egg «звёздочки/вермишель для супчика»); instant noodles, удон, соба, фунчоза, "
           "Магнит Шебекинские «Лагман-лапша» (noodles), ready «Паста карбонара», toothpastes, tomato"
           " paste, chechil «спагетти» and Macaronika «Макарон» cakes excluded"),
        ("кетчуп хайнц томатный", {
            "pyaterochka": ["4086400"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz tomato ketchup; Heinz «кетчуп томатный с горчицей» (another flavour) and other "
           "brands excluded"),
    ]),
    # fk11 weekly run
    ("курица тушка, картошки 3 кг, лук репчатый 1 кг, ядрица 2 пачки", [
        ("курица тушка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4252168"],
        }, "whole chicken carcass (Перекрёсток «Тушка цыплёнка», Цыплёнок корнишон; Дикси "
           "«Цыпленок-бройлер охлажденный, 1 кг» taken as a whole bird -- outside knowledge); chicken"
           " parts, duckling carcass, squid «тушка», canned chicken excluded"),
        ("картошки 3 кг", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any pack (the 3 kg is the quantity wanted, not a pack filter), incl. "
           "young potatoes; Zentis marzipan «картошка», potato chips, sauces/herring «к картошке» "
           "excluded"),
        ("лук репчатый 1 кг", {
            "pyaterochka": [],
            "magnit": ["168721", "168731"],
            "dixy": [],
            "perekrestok": ["79135", "79012"],
        }, "bulb onions titled «лук репчатый» (white/red) and Магнит «Лук Светофор» (a set of three "
           "bulb onions); Ялтинский, шалот, «лук салатный» (special salad onions) and green onion "
           "excluded; «1 кг» is the quantity"),
        ("ядрица 2 пачки", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (Магнит «Крупа Гречневая Prosto» taken as ядрица -- the title does not "
           "say; outside knowledge); buckwheat flakes, the «Рис и греча» mix, buckwheat ready meals "
           "excluded"),
    ]),
    # fk12 breakfast
    ("геркулес овсяные хлопья, бананчики, греческий йогурт без добавок, мюсли с орехами", [
        ("геркулес овсяные хлопья", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oat flakes (Клинские «Геркулес», Увелка «хлопья зерн. овсяные традиционные»); "
           "instant flavoured oat porridge, baby cereals, oat drinks, fermented oat desserts and oat "
           "cookies excluded"),
        ("бананчики", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas incl. mini and organic; dried bananas and banana-flavoured goods excluded"),
        ("греческий йогурт без добавок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain Greek yoghurt; Пятёрочка Greek yoghurts with cherry/blueberry filling and Дикси "
           "Viola малина-мята (flavoured), Сиртаки/Фетика cheeses excluded"),
        ("мюсли с орехами", {
            "pyaterochka": ["3492142", "3398286"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "muesli with nuts (AXA мёд/шоколад/орех, Matti орех-яблоко); muesli without nuts (ягоды, "
           "банан-шоколад, тропические фрукты, Kellogg's с молочным шоколадом), yoghurts «с мюсли» "
           "and muesli cookies excluded"),
    ]),
    # fk13 tea time
    ("зеленый чай greenfield в пакетиках, юбилейное печенье, зефирки в шоколаде", [
        ("зеленый чай greenfield в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no green Greenfield tea is in stock: Greenfield offers are black teas (Spring Melody, "
           "Kenyan Sunrise, Golden Ceylon, Redberry) and a mate drink"),
        ("юбилейное печенье", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703",
                            "3655049", "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every Юбилейное cookie variant (traditional, glazed, oat, fruit, cereal, chocolate); "
           "Юбилейное mini-cakes (Магнит), J.Meinl «Юбилейный» coffee, sausage «Юбилейная» excluded"),
        ("зефирки в шоколаде", {
            "pyaterochka": ["3681284", "3406629", "3936545", "4086822"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chocolate-coated zephyr («в тём. шок.», «в шоколадной глазури», and «глазированный» taken"
           " as chocolate-glazed -- outside knowledge); unglazed zephyr (Белёвский, Love Is, Сладкие "
           "истории, Neo) excluded"),
    ]),
    # fk14 a child's treats
    ("сырок глазированный бю александров, киндер сюрприз, сок добрый яблочный маленький", [
        ("сырок глазированный бю александров", {
            "pyaterochka": ["3378597", "3601367", "3410456", "3472523", "4015226"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Б.Ю. Александров glazed curd snacks titled «сырок» of any flavour (картошка, белый "
           "шоколад, ваниль, суфле, фисташка); the brand's «Десерт» products (M.Bis, чизкейк), nougat"
           " and brownie, and другие сырки excluded"),
        ("киндер сюрприз", {
            "pyaterochka": ["3353042", "3353040", "3688901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Kinder Surprise eggs incl. the Christmas and Maxi eggs and the «Kinder Сюрприз» chocolate"
           " figure with a toy; Kinder Joy, Kinder Chocolate bars, Schoko-Bons and mix gift sets "
           "excluded"),
        ("сок добрый яблочный маленький", {
            "pyaterochka": [],
            "magnit": ["0f2cae24db"],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый apple juice in a small pack (0.3 l); Добрый nectars («деревенские/фермерские "
           "яблочки», персик/яблоко) and other brands excluded"),
    ]),
    # fk15 football on TV
    ("чипсы принглс сметана лук, кириешки с беконом, пиво балтика 7, арахис соленый", [
        ("чипсы принглс сметана лук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Pringles sour cream & onion in stock (only краб, паприка, сыр and Asian rice chips); "
           "other brands' sour cream & onion chips excluded"),
        ("кириешки с беконом", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons with bacon flavour: Магнит's cards «холодец/бекон/ветчина» 40 g and 100"
           " g list the flavours sold under one card and are accepted as including bacon (a judgement"
           " on the card)"),
        ("пиво балтика 7", {
            "pyaterochka": [],
            "magnit": ["104801"],
            "dixy": [],
            "perekrestok": [],
        }, "Балтика №7 beer; Балтика №0 (alcohol-free), flavoured Балтика drinks and Жатецкий Гусь "
           "excluded"),
        ("арахис соленый", {
            "pyaterochka": ["3954224"],
            "magnit": ["4a8764138e"],
            "dixy": [],
            "perekrestok": [],
        }, "salted roasted peanuts; unsalted «Арахис жареный Джаз», flavoured Party Nuts (морская "
           "соль и перец, мёд-горчица, сметана-лук, васаби, чили) and peanut sweets excluded"),
    ]),
    # fk16 laundry and floors
    ("кондиционер lenor, ваниш пятновыводитель, мистер пропер полы", [
        ("кондиционер lenor", {
            "pyaterochka": ["3465388", "3669625", "4025712"],
            "magnit": ["205131", "159881", "203041"],
            "dixy": [],
            "perekrestok": [],
        }, "any Lenor fabric conditioner; Ariel «Touch of Lenor» and Tide Lenor powders excluded"),
        ("ваниш пятновыводитель", {
            "pyaterochka": ["2080266"],
            "magnit": ["bb3ee4398d"],
            "dixy": [],
            "perekrestok": [],
        }, "Vanish stain removers (Oxi Action spray, Oxi Advance powder); Vanish Gold carpet cleaner "
           "excluded"),
        ("мистер пропер полы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Mr. Proper (or any floor cleaner) in stock in any store"),
    ]),
    # fk17 diet week
    ("творог обезжир, грудка куриная охлажденная, кефир 1, огурчики", [
        ("творог обезжир", {
            "pyaterochka": ["3692659", "3687270"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4331301"],
        }, "fat-free cottage cheese (0.1-0.5%, «обезжиренный» incl. the plain Howaru «биотворог "
           "обезжиренный»); fuller-fat tvorog and creamy curd cheeses excluded"),
        ("грудка куриная охлажденная", {
            "pyaterochka": ["2160026", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160026", "3068079", "2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "chilled chicken breast, on the bone or as breast fillet («Филе грудки», Петелинка «Филе "
           "цыплёнка малое» taken as inner breast fillet -- outside knowledge); thighs, drumsticks, "
           "whole birds, купаты and frozen/cooked chicken excluded"),
        ("кефир 1", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir is in stock in any store"),
        ("огурчики", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers incl. fresh корнишоны (Перекрёсток 300 g in its «Окрошка» shelf); salted,"
           " marinated and pickled cucumbers, Магнит «Ассорти Черри и Корнишоны» (a pickled "
           "assortment -- outside knowledge), cucumber shampoo and cream cheese excluded "
           "(fresh-produce word)"),
    ]),
    # fk18 pasta dinner
    ("пармезан кусочком, barilla спагетти, томаты в с/с, соус песто", [
        ("пармезан кусочком", {
            "pyaterochka": ["3650219", "3462825", "24647"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3206443", "3912980"],
        }, "parmesan in a piece (Castello Reggianido, Laime, Cheese Gallery 175 g, Dolce Granto by "
           "weight, Зелёная Линия «Пармезан молодой»); grated parmesan (Cheese Gallery хлопья, Dolce "
           "Granto тёртый 150 g -- the same id 3433812 is sold at Пятёрочка as «Сыр Пармезан, Dolche,"
           " 150 г» and is excluded there too), parmesan chips and fuet «с сыром пармезан» excluded"),
        ("barilla спагетти", {
            "pyaterochka": ["4037644"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Barilla spaghetti; Barilla capellini, penne, pipe, girandole and other brands' spaghetti "
           "excluded"),
        ("томаты в с/с", {
            "pyaterochka": ["3327872"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomatoes in their own juice (Global Village «Томаты в томатном соке» 680 g); fresh, "
           "marinated and salted tomatoes, tomato juices, tomato paste and sauces excluded"),
        ("соус песто", {
            "pyaterochka": ["3477315"],
            "magnit": ["fc54ad529d"],
            "dixy": [],
            "perekrestok": [],
        }, "pesto sauce; salad «с соусом песто» and Oldenburger «Песто» cheese excluded"),
    ]),
    # fk19 borscht
    ("свекла, капуста белокочанная, говядина на кости, сметана 15 проц, томатная паста в банке", [
        ("свекла", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot; beet salads and chips excluded"),
        ("капуста белокочанная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «ранняя»); broccoli, cauliflower salad, Chinese cabbage "
           "excluded"),
        ("говядина на кости", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no beef on the bone in stock: Магнит «Лопаточная часть без кости», Мираторг "
           "мякоть/steaks, Пятёрочка «говядина шейная часть» (bone not stated), tongue and canned "
           "beef excluded"),
        ("сметана 15 проц", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592",
                            "4431124", "4095525"],
        }, "sour cream of exactly 15% incl. lactose-free; other fat levels and sour-cream-flavoured "
           "chips excluded"),
        ("томатная паста в банке", {
            "pyaterochka": ["3696785", "84652", "3486033", "31623"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste in a jar (Махеевъ «Паста домашняя томатная ст/б», Помидорка ст/б 250 ml; "
           "Heinz 310 g and Помидорка 480 ml taken as glass jars -- outside knowledge); tomato juice,"
           " ketchup, «Паста Балтийский берег» (fish) excluded"),
    ]),
    # fk20 olivier salad
    ("майонез 67 провансаль, горошек консервированный, докторская колбаса, огурцы маринованые", [
        ("майонез 67 провансаль", {
            "pyaterochka": ["3695167", "3982578", "3355228", "3355242", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312",
                            "4297313", "4105769", "3695167"],
        }, "«Провансаль» mayonnaise labelled 67% of any brand and variant (оливковый, с лимонным "
           "соком, на перепелиных яйцах); the id 3695167 (Перекрёсток «на перепелиных яйцах 67%» = "
           "Пятёрочка «Московский Провансаль на перепелиных яйцах») and 3193489 (Слобода; titled "
           "«Провансаль» at Перекрёсток) accepted in both; 67% mayonnaises not called провансаль "
           "(Heinz классический, Mr.Ricco, Слобода оливковый, Махеевъ с перепелиным яйцом), Я люблю "
           "готовить «Московский Провансаль» 700 ml (no % in the title), 55% «домашний» and Цезарь "
           "sauce excluded"),
        ("горошек консервированный", {
            "pyaterochka": ["4043589"],
            "magnit": ["203021", "213651", "111581"],
            "dixy": [],
            "perekrestok": ["82254", "41891", "27460", "4273266", "4345766"],
        }, "canned green peas of any brand; peppercorns («перец горошек») excluded"),
        ("докторская колбаса", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115",
                            "4255289", "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "Докторская boiled sausage of any brand/size/slicing; Докторские sardelki and sausages "
           "excluded"),
        ("огурцы маринованые", {
            "pyaterochka": ["3952588", "2147768"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marinated cucumbers/gherkins (Дядя Ваня пикули пастеризованные, Скатерть-самобранка "
           "маринованные); salted cucumbers (Глобус, Мелёнъ, Магнит корнишоны солёные, Перекрёсток "
           "бочковые), Магнит «Ассорти Черри и Корнишоны» (mixed with tomatoes) and fresh cucumbers "
           "excluded"),
    ]),
    # fk21 pancakes
    ("мука блинная, молоко 3.2% литр, сгущенка рогачев, подсолнечное масло рафинированное", [
        ("мука блинная", {
            "pyaterochka": ["3232252"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pancake flour mix (Оладушкин «Смесь БЛИНЫ ЦАРСКИЕ мучная» 800 g); plain wheat flour, "
           "ready pancakes (блинчики) and оладьи excluded"),
        ("молоко 3.2% литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2f04f03749", "89a1c1419e", "b4411ba8d4", "488d323508", "ecc07a0e68",
                            "01f728b210", "f50aeac1bb"],
        }, "cow drinking milk of exactly 3.2% in a nominal 1 l (or 1 kg) pack: «литр» is read as the "
           "pack; 0.9-0.975 l packs (the common «литровые» 900/925/950/970/973 ml), 1.4 l, 2 l, 450 "
           "ml, топлёное and ranges 3.2-4 / 3.2-6 excluded -- strict reading, the main doubt of this "
           "item"),
        ("сгущенка рогачев", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Рогачёв condensed milk is in stock only as boiled («вареное», Пятёрочка Егорка 360 g, "
           "Магнит 360 g), and varёnka is not сгущёнка; Алексеевское (another brand) and Рогачёвъ "
           "drinking milk excluded"),
        ("подсолнечное масло рафинированное", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "refined sunflower oil; blends (Mr.Ricco с оливковым / с авокадо), flavoured oils (ALMADOR"
           " базилик/чеснок, Mr.Ricco прованские травы), corn and olive oils excluded"),
    ]),
    # fk22 coffee
    ("кофе нескафе голд, сливки 10% для кофе, сахар рафинад кусковой", [
        ("кофе нескафе голд", {
            "pyaterochka": ["3928171", "3658915", "3971960", "3626895", "3419750", "3659359", "3659496",
                            "3932897"],
            "magnit": ["109351", "199191", "198971"],
            "dixy": [],
            "perekrestok": [],
        }, "any Nescafé Gold instant coffee (Gold, Gold Crema, Barista, Espresso, Origins); Nescafé "
           "Classic, Crema (not Gold) and Classic Latte sachets excluded"),
        ("сливки 10% для кофе", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "cream of exactly 10% (drinking/UHT, incl. Сарафаново children's cream); «для кофе» is a "
           "purpose, not a filter; Mr. Сливкин creamer excluded"),
        ("сахар рафинад кусковой", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "lump sugar (Магнит «РУССКИЙ Сахар белый прессованный 1кг» -- pressed sugar cubes, taken "
           "as рафинад; outside knowledge); unrefined Demerara cane sugar excluded"),
    ]),
    # fk23 fish supper
    ("скумбрия х/к, селедочка, молодая картошечка", [
        ("скумбрия х/к", {
            "pyaterochka": ["3454689"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4358592"],
        }, "cold-smoked mackerel (whole or pieces); canned mackerel and Магнит «Скумбрия рубленная» "
           "excluded"),
        ("селедочка", {
            "pyaterochka": ["3637884", "4043492", "3401016", "3401018", "3497722", "3638123", "3697250",
                            "3603143", "3603144", "3682728", "3626055", "3693862"],
            "magnit": ["29793287b9", "8f5e5b9485", "44f4c820e1", "ee295ae8a7", "3068665d37", "112371"],
            "dixy": [],
            "perekrestok": ["3504605", "4056953", "3621742", "3497722", "3637884", "79542", "79544",
                            "4255361", "4402738", "4402737", "4360965", "4364450", "4034451", "4367699",
                            "4367712", "4147685", "4364448", "4225103"],
        }, "salted herring of any form (whole, fillet, pieces in oil or marinade, Матиас; Пятёрочка "
           "«Р.МОРЕ Сел.АППЕТИТ.» = селёдочка аппетитная); Магнит «Сельдь тихоокеанская, 245 г» taken"
           " as canned (weight of a tin, outside knowledge) and excluded; herring roe, «шуба» salads "
           "and celery (сельдерей) excluded"),
        ("молодая картошечка", {
            "pyaterochka": [],
            "magnit": ["168701"],
            "dixy": ["72aaa021b7"],
            "perekrestok": [],
        }, "young potatoes (Дикси «Картофель молодой»; Магнит «Картофель Новый урожай» taken as young"
           " -- outside knowledge); ordinary washed/red potatoes excluded"),
    ]),
    # fk24 baby care
    ("салфетки влажные для детей, крем детский, пюре мясное индейка", [
        ("салфетки влажные для детей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697052"],
        }, "children's wet wipes (Kokoro «для новорожденных»); universal Tolli, antibacterial and "
           "antiseptic wipes, paper napkins and panty liners excluded"),
        ("крем детский", {
            "pyaterochka": ["2159633"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3138354"],
        }, "children's skin cream (Johnson's Baby, Аванта); baby oil and cream soups excluded"),
        ("пюре мясное индейка", {
            "pyaterochka": ["3353099"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-meat turkey puree for babies (ФрутоНяня «индейка»); ФрутоНяня «мясо индейки с "
           "овощами» (meat-and-vegetable) and other meats excluded"),
    ]),
    # fk25 kids' party
    ("кола 1.5 л 2 шт, сок мультифруктовый, пицца замороженная подешевле, пломбир в стаканчике", [
        ("кола 1.5 л 2 шт", {
            "pyaterochka": ["3684633", "4279795"],
            "magnit": ["214541"],
            "dixy": [],
            "perekrestok": ["4366963", "3684633"],
        }, "regular cola of any brand in 1.5 l bottles (Pepsi, Любимая Кола, Coca-Cola, Cool Cola); "
           "«2 шт» is the quantity; other sizes, sugar-free/zero/light and flavoured colas (вишня, "
           "ваниль, апельсин, манго) excluded"),
        ("сок мультифруктовый", {
            "pyaterochka": ["3637415", "3684253"],
            "magnit": ["159931"],
            "dixy": [],
            "perekrestok": ["3941462"],
        }, "multifruit juice (Добрый and Honey Kid children's juices, ФрутоНяня, J7 «Мультифрукт с "
           "мякотью»); multifruit nectars (Фруктовый сад, Добрый) and Пятёрочка «Соки и нектары Сады "
           "Придонья, мультифрукт» (sold as nectar -- outside knowledge) excluded"),
        ("пицца замороженная подешевле", {
            "pyaterochka": ["3693580", "3607265"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pizza (Рестория «Пицца ассорти» on the frozen shelf; Цезарь pizza taken as frozen "
           "-- outside knowledge); «Чебупицца» snacks, pizza-flavoured crackers/croutons and "
           "mozzarella «для пиццы» excluded; «подешевле» is a wish, not a filter"),
        ("пломбир в стаканчике", {
            "pyaterochka": ["4009747"],
            "magnit": ["454d2f4e9d", "5e86759538", "bac7d8405e"],
            "dixy": [],
            "perekrestok": [],
        }, "plombir ice cream in a (waffle) cup of any flavour; cones («рожок»), briquettes, eskimo, "
           "the 1 l tub, Магнит «Как раньше пломбир ваниль 70 г» (form not stated) and "
           "plombir-flavoured yoghurts/milkshakes excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fk"))
