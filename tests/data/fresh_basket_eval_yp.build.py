#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yp.jsonl -- "cooking for the week from scratch" shopping lists hand-labelled
against the real offers in real_offers.jsonl (4,190 offers: Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yp.build.py

LISTS below is literal data: 25 lists (3-5 items, 93 items) of people who cook at home for the week --
ingredients for борщ, щи, солянка, плов, голубцы, котлеты, гуляш, уха, spices, tinned goods, cereals,
vegetables, meat and fish, plus things a cook runs out of (foil, sponges, washing-up liquid, baking paper)
-- as typed to a Telegram bot, and for every item the product ids of every in-stock offer of every store
that a reasonable shopper would accept.  The texts were written first, before any offer was read, and
are byte-identical to fresh_basket_eval_yp.blind_lists.txt.  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е)
and read one by one; the note of each item records what was accepted, what was deliberately left out
and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  Nothing of korzina was read or run.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and writes the
JSONL in the format of real_basket_eval.jsonl.  List ids are fyp01, fyp02, ... in LISTS order; every
list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yp.jsonl")


def S(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    """Accepted ids per store, in the store order labelled_lists expects."""
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


SOUR_CREAM_20 = dict(
    pyaterochka=["3664287"],
    perekrestok=["3664287", "3651188", "4262694", "4349770", "4121609", "4217906", "3293409", "3444929",
                 "3634033", "4314537", "58101"],
)
SOUR_CREAM_ALL = dict(
    pyaterochka=["3664287", "3665624"],
    magnit=["de14617e33", "199001"],
    perekrestok=["4287503", "3664287", "3665624", "4262697", "4272205", "4095525", "4121592", "3651188",
                 "4262694", "4349770", "4121609", "4431124", "4217907", "3665625", "4217906", "3293409",
                 "4335470", "3478958", "4314536", "3444929", "3634033", "4314537", "58101"],
)

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 борщ vegetables
    ("свеколка 2 кг, вилок капусты белокачанной, морковочки килограмм, томатная паста помидорка", [
        ("свеколка 2 кг", S(magnit=["168801"], perekrestok=["19768"]),
         "fresh beetroot (Магнит/Перекрёсток «Свекла мытая» 1 kg); «2 кг» is the quantity of a weighed vegetable, "
         "not a filter; beetroot salads (Свекла с фасолью, с брынзой) and juices «со свеклой» excluded"),
        ("вилок капусты белокачанной", S(dixy=["4738b3129c"]),
         "fresh white cabbage: Дикси «Капуста белокочанная ранняя»; sauerkraut, Chinese cabbage, broccoli, "
         "cauliflower salad and sea-kale salad excluded; «белокачанной» is a typo"),
        ("морковочки килограмм", S(magnit=["199761"], perekrestok=["52112"]),
         "fresh carrots («Морковь мытая»); «килограмм» is a quantity; Korean-style carrot salads, carrot "
         "nectars/juices and baby purees excluded"),
        ("томатная паста помидорка", S(pyaterochka=["31623", "84652"]),
         "tomato paste of the brand Помидорка (480 ml and 250 ml); Heinz and Махеевъ tomato pastes excluded "
         "(other brand)"),
    ]),
    # L2 beef stock
    ("говядина на кости для бульона, чесночку головки три, лаврушки пачечку, перчик черный горошек пакетик", [
        ("говядина на кости для бульона", S(),
         "beef on the bone: none in the offers; Магнит «Лопаточная часть говядины, без кости», Мираторг "
         "«Мякоть бедра», «говядина шейная часть» (boneless cuts), beef tongue, steaks, stewed beef, Роллтон "
         "«Бульон говяжий» and pork on the bone excluded -- missing everywhere"),
        ("чесночку головки три", S(perekrestok=["17662"]),
         "fresh garlic heads (Перекрёсток «Чеснок, 3шт»); «головки три» is a quantity; salted garlic (ФЭГ), "
         "dried granulated garlic and garlic-flavoured goods excluded"),
        ("лаврушки пачечку", S(),
         "bay leaves: none in the offers (no «лавр» title) -- missing everywhere"),
        ("перчик черный горошек пакетик", S(),
         "whole black peppercorns in a sachet: none; Пятёрочка «KOTANYI Мельница перец черный 36г» (peppercorns "
         "in a grinder) excluded because «пакетик» names a sachet -- a shopper could go either way; ground "
         "black pepper (Восточный гость, молотый) and «4 перца»/«смесь перцев» mixes excluded"),
    ]),
    # L3 щи
    ("капустка квашенная с морковкой, грибы сушеные, перловка мистраль", [
        ("капустка квашенная с морковкой",
         S(perekrestok=["4336623", "4336624", "4336625"]),
         "sauerkraut whose title says «с морковью» (Зелёная Линия plain, with horseradish, with cranberry -- "
         "extra ingredients are not excluded since nothing else was asked); sauerkraut whose title does not "
         "mention carrot (Белая Дача, «кислая», «кисло-сладкая», «с хреном», «с клюквой», Магнит «с хреном») "
         "excluded; «квашенная» is a typo"),
        ("грибы сушеные", S(),
         "dried mushrooms: none; fresh champignons/oyster mushrooms, marinated champignons, mushroom sauces, "
         "mushroom soup and crisps «с белыми грибами» excluded -- missing everywhere"),
        ("перловка мистраль", S(),
         "pearl barley of the brand Мистраль: none; Магнит «УВЕЛКА Перловая Крупа 800г» excluded (other brand "
         "written); Мистраль rice/millet excluded -- missing everywhere"),
    ]),
    # L4 солянка
    ("колбаска полукопченая для солянки, огурчиков соленых банку, маслины б/к, каперсы маленькая баночка", [
        ("колбаска полукопченая для солянки",
         S(pyaterochka=["3631119", "3683719", "4025038", "3601522", "3683406"], magnit=["160291"],
           dixy=["abac436e32"]),
         "semi-smoked sausage: titles saying полукопчёная/п/к (Краковская Рублевский, «Краковская» 430 г and "
         "0.4 кг, Краинская Атяшево, Дикси «По-краковски» ВЛМК) plus Краковская without the word (Ближние Горки "
         "ГОСТ, Магнит «Колбаса Краковская, 0,43 кг») -- Краковская is a semi-smoked sausage by its GOST "
         "(outside knowledge); варёно-копчёные сервелаты, сырокопчёные/сыровяленые, варёные sausages, "
         "smoked trout, MAGGI «Смесь для солянки» and sausages of unknown type (Фермерская, Бородинская мини, "
         "Кремлевская) excluded; «для солянки» is a purpose, not a filter"),
        ("огурчиков соленых банку",
         S(pyaterochka=["4063896"], magnit=["f4d4a78066", "157851"], perekrestok=["4404269"]),
         "salted (fermented) cucumbers: Глобус «соленые огурчики Старорусские», МЕЛЕНЪ «Огурцы соленые», Магнит "
         "«Огурцы соленые, Корнишоны», Перекрёсток «Огурцы солёные бочковые»; «банку» read as a quantity (one "
         "pack), so the 500 g tubs count; marinated cucumbers/пикули, Магнит «Ассорти Черри и Корнишоны», fresh "
         "cucumbers and fresh «Огурцы корнишоны» 300 г excluded"),
        ("маслины б/к",
         S(pyaterochka=["4005881", "3436379", "3013064"], perekrestok=["4249106"]),
         "pitted black olives titled «Маслины без косточки» (Filippo Berio, IBERICA, Bonduelle, La Explanada); "
         "IBERICA «Маслины с костью», green/stuffed «Оливки» and «Оливки без косточки» of unstated colour "
         "excluded; «б/к» = без косточки"),
        ("каперсы маленькая баночка", S(),
         "capers: none; Перекрёсток «Коктейль De Lux из морепродуктов … с каперсами» excluded -- missing "
         "everywhere"),
    ]),
    # L5 плов
    ("баранинки на плов кг 1.5, девзиру для плова кило, приправа для плова, нут сухой пачку", [
        ("баранинки на плов кг 1.5", S(),
         "lamb/mutton: none in the offers (only «Баранки» bagels match the stem) -- missing everywhere"),
        ("девзиру для плова кило", S(),
         "devzira rice in a ~1 kg pack: none; Пятёрочка «Увелка Рис Девзира с зирой 0,405 кг» excluded because "
         "«кило» is read as the pack size of a packaged good (as «сахар 1кг» in set g) -- a shopper could go "
         "either way; ordinary «рис для плова» (Мистраль, Националь, Global Village) excluded (not devzira) "
         "-- missing everywhere"),
        ("приправа для плова", S(magnit=["9d8d6214b6", "112431", "e58b0e3be4"]),
         "plov seasoning: Восточный гость «Приправа для плова», Kamis «к плову», MAGGI «Смесь для плова с "
         "курицей» (a seasoning mix for plov -- accepted; outside knowledge); universal/other seasonings "
         "(MAGGI Зажарка, Прованские травы, Kotanyi mills) and ready plov (DeliLabs) excluded"),
        ("нут сухой пачку", S(),
         "dry chickpeas: none in the offers -- missing everywhere"),
    ]),
    # L6 голубцы
    ("фарш свиноговяжий 1кг, рис круглозерный для голубцов, капуста молодая, сметана 20 %", [
        ("фарш свиноговяжий 1кг", S(pyaterochka=["3673806", "3205754"]),
         "pork-and-beef mince: Мираторг «свино-говяжий домашний» and САМСОН «Фарш ДОМАШНИЙ» (фарш «Домашний» = "
         "pork and beef by its usual recipe -- outside knowledge); «1кг» is the quantity of meat, not a pack "
         "filter; beef-only, pork-only (Магнит «Фарш свиной»), turkey, chicken (Петелинка) and Ближние горки "
         "«Деревенский» (composition not stated) excluded; «свиноговяжий» is a typo for свино-говяжий"),
        ("рис круглозерный для голубцов",
         S(pyaterochka=["3483037"], magnit=["106651", "106021", "106641", "199371"]),
         "round-grain rice: Увелка «Краснодарский, круглый», Мистраль «Рис для плова, традиционный, круглый» "
         "(Магнит) and the same Мистраль «Рис для плова традиц. 900г» in Пятёрочка (outside knowledge: same "
         "product), Мистраль «Кубань» and Националь «Адриатика» (both round-grain varieties -- outside "
         "knowledge); long-grain, basmati, jasmine, brown, Акватика mix, Националь/Global Village «для плова» "
         "(grain not stated) and rice flakes excluded; «для голубцов» is a purpose"),
        ("капуста молодая", S(dixy=["4738b3129c"]),
         "young white cabbage: Дикси «Капуста белокочанная ранняя» (ранняя = early/young cabbage); sauerkraut, "
         "Chinese cabbage and broccoli excluded"),
        ("сметана 20 %", S(**SOUR_CREAM_20),
         "sour cream labelled exactly 20 % (lactose-free Parmalat Comfort 20 % included); 10/15/25/30 % "
         "excluded; crisps/croutons «со вкусом сметаны», sour-cream cakes and sauces excluded"),
    ]),
    # L7 котлеты
    ("фаршик куриный, белый батон на котлеты, яичек с0 десяток, панировочных сухарей пачку", [
        ("фаршик куриный", S(pyaterochka=["3652704"]),
         "chicken mince: Пятёрочка «Фарш Премиум, Петелинка» (Петелинка is a chicken brand -- outside "
         "knowledge); turkey mince (Пава Пава), pork/beef mince, «Шарики куриные» and chicken cutlets "
         "excluded"),
        ("белый батон на котлеты", S(pyaterochka=["3985404"], perekrestok=["3974714"]),
         "white loaf «батон»: Перекрёсток «Батон Нарезной» and Пятёрочка «Батон \"Звездный\" нар.»; rye bread, "
         "хлебцы, sweet buns, «батончик» bars excluded; «на котлеты» is a purpose"),
        ("яичек с0 десяток", S(pyaterochka=["3620510"], perekrestok=["3634491", "44323", "3062835"]),
         "hen eggs of class С0 (СО, «отборные») in packs of 10; С1 eggs, Волжанин «отборной категории» 6 шт "
         "and quail eggs excluded"),
        ("панировочных сухарей пачку", S(),
         "breadcrumbs: none; Гурмикс «Смесь панировочная» (a seasoned coating mix) and breaded nuggets/cutlets "
         "excluded -- missing everywhere"),
    ]),
    # L8 гуляш
    ("говядина для гуляша, паприка сладкая молотая, муки пшеничной высшего сорта 2кг, болгарского перца красного 3 шт", [
        ("говядина для гуляша", S(pyaterochka=["3917642", "3606378"], magnit=["199481"]),
         "raw boneless beef that can be cut for goulash: Мираторг «Мякоть бедра говяжья», «говядина шейная "
         "часть», Магнит «Лопаточная часть говядины, без кости»; steaks (Пеппер, Bafolo), tongue, mince, "
         "stewed beef, sausages and ready meals excluded"),
        ("паприка сладкая молотая", S(magnit=["c7a61b6523"]),
         "ground sweet paprika: Восточный гость «Паприка красная молотая» (plain red paprika is sweet -- "
         "outside knowledge); KOTANYI «Паприка копченая» excluded (smoked; sweetness not stated)"),
        ("муки пшеничной высшего сорта 2кг", S(perekrestok=["91304", "8065"]),
         "wheat flour «высшего сорта» in 2 kg packs (Makfa, Пышечка); Makfa 1 kg (other size), Перекрёсток "
         "«Мука Пшеничная, 2кг» (grade not stated), Рязаночка «ЭКСТРА» 2 кг (grade экстра, not высший), "
         "whole-grain, durum, rye and rice flour excluded"),
        ("болгарского перца красного 3 шт", S(magnit=["169191"], perekrestok=["6177"]),
         "fresh red bell pepper (Магнит «Перец болгарский, красный», Перекрёсток «Перец красный сладкий»); "
         "yellow, Рамиро (colour not stated), «Перец в ассортименте» (mixed colours) and grilled pepper in jars "
         "excluded; «3 шт» is a quantity"),
    ]),
    # L9 уха
    ("рыбный набор для ухи, пшенки немного, лук порей, укропчику свежего пучок", [
        ("рыбный набор для ухи", S(magnit=["199391", "204331", "168361"]),
         "fish soup sets: Магнит «Набор для ухи из лосося», «Суповой набор из лосося», «Набор супов из лосося»; "
         "salmon steaks/carcass and other fish excluded"),
        ("пшенки немного", S(pyaterochka=["3674169"]),
         "millet: Мистраль «Пшено золотое 5х80г» (boil-in-bag millet is still millet); «немного» is a "
         "quantity; wheat products (пшеничный) excluded"),
        ("лук порей", S(),
         "leek: none; onions (репчатый, красный, Ялтинский, шалот), green onion and herb mixes excluded -- "
         "missing everywhere"),
        ("укропчику свежего пучок", S(magnit=["109841"], perekrestok=["4295468"]),
         "fresh dill (Магнит «Укроп» 100 г, Перекрёсток «Укроп зеленый»); dried dill and mixed herb packs "
         "(«Набор зелени Лук, Укроп и Петрушка», «Ассорти петрушка-укроп-лук») excluded"),
    ]),
    # L10 fish
    ("филе минтая мороженое, тресочка на котлеты, горбуша с/м целиком", [
        ("филе минтая мороженое", S(magnit=["199381"], perekrestok=["4350402", "4350401"]),
         "frozen pollock fillet (Люди Любят ×2; Магнит «Филе минтая, полуфабрикат из замороженного сырья» taken "
         "as frozen -- outside knowledge about Магнит's wording)"),
        ("тресочка на котлеты",
         S(pyaterochka=["3626338", "3644547"], perekrestok=["4352493", "4358015", "4352492", "4023639"]),
         "raw cod (fillet, steak, whole «Тушка»): Fish House «Треска филе», Красная цена «Треска Тушка», "
         "Люди Любят fillets, Borealis steak; Borealis «Бакаляо По-Мурмански» excluded (bacalao is salted cod "
         "-- outside knowledge), ready cod cutlets «Четверг» and cod roe excluded; «на котлеты» is a purpose"),
        ("горбуша с/м целиком", S(),
         "whole frozen pink salmon: none; Перекрёсток «Горбуша … филе порционное» (not whole), canned "
         "«Горбуша натуральная» and pink-salmon caviar excluded -- missing everywhere"),
    ]),
    # L11 tinned
    ("тушняк говяжий по госту, горошек зелёный bonduelle пару банок, фасолька красная в собств соку, кильку в томатном соусе", [
        ("тушняк говяжий по госту", S(pyaterochka=["3480976", "2160460"]),
         "stewed beef whose title says ГОСТ (Семейный Бюджет, Любимый дом); beef stews without ГОСТ in the "
         "title (Великолукский «высший сорт», АК СНОВ, Лужская 1 с, Барс/Русь «Экстра»), ГОСТ pork stews, "
         "venison and buckwheat-with-beef excluded; «тушняк» = тушёнка"),
        ("горошек зелёный bonduelle пару банок", S(magnit=["111581", "213651"], perekrestok=["27460"]),
         "Bonduelle/Бондюэль green peas (any can size); «пару банок» is a quantity; other brands (Globus, 6 "
         "соток, Знак заботы, Маркет) excluded"),
        ("фасолька красная в собств соку", S(perekrestok=["3635743"]),
         "canned red beans in their own juice: Перекрёсток «Фасоль красная натуральная» (натуральная = в "
         "собственном соку -- outside knowledge); Bonduelle red beans «в Барбекю», baked beans in tomato sauce "
         "and white beans excluded"),
        ("кильку в томатном соусе", S(pyaterochka=["3907223", "3468685"], magnit=["159901"]),
         "sprats (kilka) in tomato sauce, including the Пятёрочка one «обжаренная с чили в томатном соусе» "
         "(nothing excludes chili); шпроты in oil excluded"),
    ]),
    # L12 cereals
    ("греча ядрица пачка 900 г, геркулесовые хлопья, чечевичку красную на суп, булгура пачку", [
        ("греча ядрица пачка 900 г", S(),
         "buckwheat ядрица in a 900 g pack: none; Магнит «Крупа Гречневая Prosto, 500 г» (other size), "
         "buckwheat flakes, PROSTO «Рис и греча», buckwheat porridges and soba excluded -- missing everywhere"),
        ("геркулесовые хлопья", S(pyaterochka=["4027131", "3472901"]),
         "rolled oat flakes of the Геркулес type: Клинские «Геркулес» and Увелка «Хлопья зерн. овсян. трад.» "
         "(traditional rolled oats = геркулес -- outside knowledge); instant porridge «без варки», Velle oat "
         "products, multi-grain flakes and oat cookies excluded"),
        ("чечевичку красную на суп", S(),
         "red lentils: none in the offers -- missing everywhere"),
        ("булгура пачку", S(),
         "bulgur: none in the offers -- missing everywhere"),
    ]),
    # L13 spices
    ("хмели-сунели, кориандра молотого пакетик, куркуму, соль крупного помола только не йодированная", [
        ("хмели-сунели", S(magnit=["db0f0793ec"]),
         "khmeli-suneli: Восточный гость «Приправа Хмел-Сунел»; other seasonings excluded"),
        ("кориандра молотого пакетик", S(),
         "ground coriander: none -- missing everywhere"),
        ("куркуму", S(),
         "turmeric: none (only a shampoo «с куркумой») -- missing everywhere"),
        ("соль крупного помола только не йодированная", S(),
         "coarse non-iodised salt: none; MAREMAN «Соль морская средняя» excluded (medium, not coarse grind); "
         "salted snacks and «Антисоль» excluded -- missing everywhere"),
    ]),
    # L14 things that run out
    ("фольги рулон для запекания, губок для посуды 10 штук, фейри с ароматом лимона", [
        ("фольги рулон для запекания", S(magnit=["f69098d85b"]),
         "aluminium kitchen foil: Магнит «Фольга особопрочная 29см×7м»"),
        ("губок для посуды 10 штук", S(),
         "dish sponges: none in the offers -- missing everywhere"),
        ("фейри с ароматом лимона", S(pyaterochka=["3501026", "3500750"]),
         "Fairy washing-up liquid with lemon («Сочный лимон» 900 ml and 450 ml); Fairy Нежные руки, "
         "Platinum (Ледяная свежесть / flavour not stated), AOS «Лимон» (other brand) and Finish lemon "
         "dishwasher tablets excluded"),
    ]),
    # L15 green щи
    ("щавель, два десятка яиц, молодой картошечки 2 кг, сметанка пожирнее", [
        ("щавель", S(),
         "sorrel: none (spinach excluded) -- missing everywhere"),
        ("два десятка яиц",
         S(pyaterochka=["3341462", "3620510", "3446505"],
           perekrestok=["3634491", "3662512", "3062836", "4068694", "44323", "3446505", "3062835", "3341462"]),
         "hen eggs of any class in packs of 10 or 20 (two «десятка» = 20 eggs: two 10-packs or one 20-pack); "
         "the 6-pack, quail eggs, chocolate eggs and mayonnaise «на перепелиных яйцах» excluded"),
        ("молодой картошечки 2 кг", S(magnit=["168701"], dixy=["72aaa021b7"]),
         "young potatoes: Дикси «Картофель молодой», Магнит «Картофель Новый урожай» (new-crop potatoes taken "
         "as young -- judgement); ordinary washed/red/«для жарки»/«для варки» potatoes, potato starch and "
         "crisps excluded; «2 кг» is a quantity"),
        ("сметанка пожирнее", S(**SOUR_CREAM_ALL),
         "any sour cream (10-30 %, lactose-free included); «пожирнее» is a ranking wish, not a filter; "
         "flavoured crisps/croutons, sour-cream sauces and cakes excluded"),
    ]),
    # L16 pelmeni
    ("мука для пельменей, фарш говяжий только не замороженный, лук белый", [
        ("мука для пельменей",
         S(pyaterochka=["3296712"], perekrestok=["91304", "2003107", "3231328", "8065"]),
         "white wheat flour suitable for dough (no title says «для пельменей»; the purpose is read as plain "
         "wheat flour -- judgement): Makfa 2 kg and 1 kg, «Мука Пшеничная» 2 кг, Пышечка, Рязаночка «Экстра»; "
         "whole-grain, durum «крупка», rye and rice flour excluded"),
        ("фарш говяжий только не замороженный", S(pyaterochka=["3447375", "3398465", "4065830"]),
         "beef mince (Мираторг, Рестория, Останкино); no title says frozen, so the negative wish excludes "
         "nothing here; pork-and-beef, pork, chicken and turkey mince excluded"),
        ("лук белый", S(perekrestok=["79135"]),
         "white onion: Перекрёсток «Лук репчатый белый»; red, Ялтинский, шалот, green onion, «Лук салатный» "
         "(colour not stated) and Магнит «Лук Светофор» (mixed colours) excluded"),
    ]),
    # L17 сборная солянка
    ("ветчинка, оливок зеленых с косточкой, маринованых огурчиков банку, ребрышки свиные копченые", [
        ("ветчинка",
         S(pyaterochka=["3365796", "3438509", "3469348", "4037352", "4005633", "3670825"], magnit=["167871", "109321"],
           perekrestok=["4400358", "4195681", "2072717", "3469348", "3670825", "4399593", "4395546"]),
         "sliced/deli ham titled «Ветчина» of any meat -- pork, turkey (МДБ «Ветчина д/завтр.» in both chains; turkey: Вязанка, Индилайт, Черкизово «Империя "
         "вкуса»), incl. Бахрушинъ «сыровяленая»; canned ham (Магнит «Ветчина мясная, консерва», Елинский «Экстра "
         "ГОСТ 325 г», «Ветчина Балтийская, говяжья, 325 г» -- taken as canned, outside knowledge), salads, "
         "pancakes, chebupeli, pizza and cheese «с ветчиной», окорок/хамон/prosciutto/Cotto (not called "
         "ветчина) excluded"),
        ("оливок зеленых с косточкой", S(pyaterochka=["3436776"]),
         "green olives with stone: ITLV «Оливки зел. c косточкой»; pitted, stuffed (лосось, креветка, лимон, "
         "сыр, трюфель, апельсин) and black olives excluded"),
        ("маринованых огурчиков банку", S(pyaterochka=["2147768", "3952588"]),
         "marinated cucumbers: Скатерть-Самобранка «Огурчики маринов.» and Дядя Ваня «Огурцы Пикули» (пикули are "
         "small marinated cucumbers -- outside knowledge); salted/barrel cucumbers, Магнит «Ассорти Черри и "
         "Корнишоны» (assortment) and fresh cucumbers excluded; «банку» is a quantity; «маринованых» is a typo"),
        ("ребрышки свиные копченые", S(),
         "smoked pork ribs: none; raw pork cuts on the bone, smoked грудинка/корейка/бекон excluded -- missing "
         "everywhere"),
    ]),
    # L18 meat for the week
    ("курочка целая тушка, бедро куриное без кости кило, шейку свиную на запекание, печеночки говяжьей на оладьи", [
        ("курочка целая тушка", S(dixy=["4cc1fb4741"], perekrestok=["3153446", "4312266", "4068157", "4214722", "4252168"]),
         "whole chicken carcass: Перекрёсток «Тушка цыплёнка» ×4 (incl. halal and «на зерновом откорме»), «Цыплёнок корнишон» (a whole "
         "small chicken), Дикси «Цыпленок-бройлер охлажденный, 1 кг» (sold whole -- outside knowledge); "
         "chicken parts, smoked leg, duck carcass (Тушка утёнка), canned chicken and ready meals excluded"),
        ("бедро куриное без кости кило", S(pyaterochka=["4007208"], perekrestok=["3692842", "4328962", "4250498", "4007208"]),
         "boneless chicken thigh (titles «Филе бедра» / «без кости»: Троекурово, Зелёная Линия, Первая "
         "свежесть, Петелинка; Пятёрочка «Филе бедра без кожи ЦБ 1кг охл.», ЦБ = цыплёнок-бройлер, found only "
         "on the re-check by abbreviation); turkey thigh fillets excluded; bone-in thighs (Первая Свежесть «Бедро куриное», Пятёрочка «Бедро цыпл-табака») "
         "excluded; «кило» is a quantity"),
        ("шейку свиную на запекание",
         S(pyaterochka=["3957120", "3619731", "3666472"], magnit=["199511", "107331"]),
         "raw pork neck (Черкизово, Рестория, Слово Мясника; Магнит «Шейная часть свинины» with and without "
         "bone); marinated neck steaks, smoked «Шейка к/в» (Ремит) and other cuts excluded; «на запекание» is a "
         "purpose"),
        ("печеночки говяжьей на оладьи", S(),
         "beef liver: none; Магнит «Печень свиная» (pork), liver pâtés and salad «с говяжьей печенью» excluded "
         "-- missing everywhere"),
    ]),
    # L19 рагу
    ("кабачков штуки три, баклажанчики 2 шт, помидоры на рагу, петрушки пару пучков", [
        ("кабачков штуки три", S(perekrestok=["44110", "48632"]),
         "fresh courgettes (Кабачки, Кабачки цуккини); squash caviar, baby purees and «Кабачки в аджике» "
         "excluded; «штуки три» is a quantity"),
        ("баклажанчики 2 шт", S(perekrestok=["4414"]),
         "fresh aubergines; aubergine caviar, Korean-style aubergines and vegetable spreads excluded"),
        ("помидоры на рагу",
         S(magnit=["199891", "168851", "168841", "169381", "107681", "107631", "107621", "107611"],
           perekrestok=["3673307", "4217380", "3676649", "4188460", "4327843", "4355823", "3017019"]),
         "fresh tomatoes of any kind (cherry included, as in real_basket_eval); salted, marinated and canned "
         "tomatoes «в томатном соке», tomato juice/paste/ketchup excluded; «на рагу» is a purpose"),
        ("петрушки пару пучков", S(magnit=["200411"]),
         "fresh parsley: Магнит «Петрушка, 100 г»; mixed herb packs with dill and onion excluded"),
    ]),
    # L20 dairy for sauces
    ("масло простоквашино сливочное, сливок 20% на соус, пармезану кусочек", [
        ("масло простоквашино сливочное", S(magnit=["199211"], dixy=["3620233da6"]),
         "Простоквашино butter (82 %, 180 g); other brands excluded"),
        ("сливок 20% на соус", S(magnit=["535b7bd00d", "c02145f904"], perekrestok=["4178851"]),
         "drinking/cooking cream exactly 20 % (Домик в деревне 480 г and 200 г, Молочный знак 500 ml); 10/11/33 % "
         "cream, cream substitutes and Сопьо «Крима» excluded"),
        ("пармезану кусочек",
         S(pyaterochka=["24647", "3462825", "3650219"], perekrestok=["3912980", "3206443"]),
         "Parmesan-type cheese as a piece: Зелёная Линия «Пармезан молодой» and Dolce Granto by weight, LAIME 200 "
         "г, Cheese Gallery 175 г (taken as a piece -- judgement; the grated one is sold at 100 г), CASTELLO "
         "«REGGIANIDO ПАРМЕЗ.»; grated/flaked parmesan (Cheese Gallery «тёртый хлопья», Dolce Granto «тёртый» "
         "150 г, and Пятёрочка «Сыр Пармезан, Dolche, 150 г» = the same grated product id -- outside knowledge) "
         "excluded since «кусочек» names the form; sausage «с сыром Пармезан» excluded"),
    ]),
    # L21 baking
    ("дрожжи saf-moment, ржаная мука обдирная, сахар-песок кило", [
        ("дрожжи saf-moment", S(perekrestok=["17366"]),
         "Саф-Момент dry yeast (Latin brand written, Cyrillic title); frozen yeast dough excluded"),
        ("ржаная мука обдирная", S(pyaterochka=["3653414"]),
         "rye flour «обдирная»; wheat flour excluded"),
        ("сахар-песок кило", S(),
         "granulated white sugar 1 kg: none; Магнит «Сахар белый прессованный 1кг» (lump sugar), demerara cane "
         "sugar 500 g, icing sugar and sweet corn excluded -- missing everywhere"),
    ]),
    # L22 tinned fish
    ("сайру в масле 2 банки, шпротики в масле баночку, тунца в с/с", [
        ("сайру в масле 2 банки", S(),
         "saury in oil: none in the offers -- missing everywhere"),
        ("шпротики в масле баночку",
         S(pyaterochka=["3475329", "3609788", "3469704", "3648434", "3468684", "3504456"], magnit=["109251"]),
         "sprats in oil of any brand and size (Вкусные консервы, Знак качества incl. «из салаки», Барс «в/м», "
         "«Шпроты крупные» -- шпроты are in oil by definition); kilka in tomato sauce excluded"),
        ("тунца в с/с", S(),
         "tuna in its own juice: none; tuna in (olive) oil (Морской котик, Магуро), tuna pâté, frozen tuna, "
         "dried tuna snack and tuna salads excluded -- missing everywhere; «с/с» = собственном соку"),
    ]),
    # L23 kitchen non-food
    ("аос для посуды, бумагу для выпечки рулончик, рукав для запекания мяса, салфетки вискозные", [
        ("аос для посуды", S(pyaterochka=["3678617", "3679975", "3669210", "3669211", "3669212"], magnit=["168221"]),
         "AOS washing-up liquid of any variant (Бальзам 900 г and 450 г, «БАЛЬЗ.АЛ.ВЕР.» 900 г, Лимон 450 г, "
         "«ФИТОКОМ.7 ТРАВ» 450 г -- the last two titled «д/мыт.пос.», found on the re-check; Магнит «Гель … Aos с "
         "бальзамом»); Fairy, Sorti, BIASEPT and dishwasher tablets excluded"),
        ("бумагу для выпечки рулончик", S(),
         "baking paper: none -- missing everywhere"),
        ("рукав для запекания мяса", S(perekrestok=["3694590"]),
         "roasting bag/sleeve: Home Story «Рукав для запекания, 3м»; food bags excluded"),
        ("салфетки вискозные", S(),
         "viscose cleaning cloths: none; paper and wet wipes excluded, and BIG CITY LIFE «Салфетки в рулоне "
         "25x30см» excluded because the material is not stated -- missing everywhere"),
    ]),
    # L24 холодец
    ("желатин пищевой пакетик, горчичка русская острая, хренок столовый, уксусу 9% столового", [
        ("желатин пищевой пакетик", S(magnit=["5ba197ad81"], perekrestok=["4236371"]),
         "food gelatine sachets (Сытая улыбка 30 г, Пр!ст 20 г)"),
        ("горчичка русская острая", S(pyaterochka=["3435016"]),
         "Russian mustard: Махеевъ «Горчица РУССКАЯ» (Russian mustard is hot by its recipe -- outside "
         "knowledge); French mustard and honey-mustard snacks excluded"),
        ("хренок столовый", S(magnit=["c88a871b65"]),
         "table horseradish: Махеевъ «Хрен столовый»; Uni Dan «Хрен сливочный» (creamy, not table horseradish) "
         "and sauerkraut «с хреном» excluded"),
        ("уксусу 9% столового", S(),
         "9 % table vinegar: none; Магнит «Уксус яблочный 6%» excluded (apple, 6 %) -- missing everywhere"),
    ]),
    # L25 для котлет и супа
    ("манной крупы пачку, цветная капуста замороженная, бульонные кубики knorr, подсолнечное нерафинированное масло пахучее", [
        ("манной крупы пачку", S(magnit=["a9eb0a29d1"]),
         "semolina: Магнит «Каша манная УВЕЛКА, 700г» (a 700 g pack of semolina groats, not an instant "
         "porridge -- outside knowledge); milk porridges excluded"),
        ("цветная капуста замороженная", S(),
         "frozen cauliflower: none; frozen broccoli (Морозко), Korean-style cauliflower salad and baby purees "
         "excluded -- missing everywhere"),
        ("бульонные кубики knorr", S(),
         "Knorr stock cubes: none; Knorr «Чашка супа» and «На второе», Роллтон «Бульон говяжий» (other brand, "
         "not cubes) excluded -- missing everywhere"),
        ("подсолнечное нерафинированное масло пахучее", S(),
         "unrefined sunflower oil: none; refined sunflower oils, flavoured ALMADOR oils and unrefined olive oil "
         "excluded -- missing everywhere; «пахучее» is a wish"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyp"))
