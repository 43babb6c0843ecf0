#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ve.jsonl -- shopping lists of an elderly Orthodox woman preparing the
Christmas Eve supper (кутья, узвар, lenten dishes) and the Christmas dinner of 7 January for her
children, hand-labelled against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ve.build.py

LISTS below is literal data: 25 lists (3-5 items) as such a shopper would type them to a Telegram
bot, and for every item the product ids of every in-stock offer of every store that a reasonable
shopper who wrote exactly that item would accept.  The lists were written blind, before any offer was
read, and frozen in fresh_basket_eval_ve.blind_lists.txt (read-only); this script checks that every
list text equals that draft (apart from the items listed in REPLACED, which is empty: no item was
replaced).  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, ё folded to е) and read one by one; the note of
each item records what was accepted, what was deliberately left out and any judgement that rests on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing"
there).  The labels were made without reading or running the tool being evaluated.

labelled_lists.build (unchanged) checks the data -- every id exists in real_offers.jsonl *for that
store* and is in stock (``available`` true), no id is repeated within an item, every item has a note,
and the labels are exactly the list's items in order (an item is the text between commas / new
lines) -- and writes the JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats prints
the counts.  List ids are fve01, fve02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ve.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ve.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number (1-based): [(blind item text, replacement item text, reason), ...]}.  None was needed.
REPLACED = {}


def S(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    """Acceptable ids per store, in the store order labelled_lists expects."""
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


NONE = S()

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 kutia from wheat
    ("пшеница для кутьи, мак пищевой 2 пачки, медку липового баночку, изюм без косточек грамм 300", [
        ("пшеница для кутьи", NONE,
         "whole (polished) wheat grain for kutia; no store has it. Pasta «из твердых сортов пшеницы», wheat flour, "
         "Пятёрочка С.Пудовъ «Мука из твердой пшеницы (крупка)», МИСТР. «Пшено» (millet, not wheat), wheat "
         "crisps/croutons and wheat beer excluded"),
        ("мак пищевой 2 пачки", S(perekrestok=["3393241"]),
         "food poppy seed: Перекрёсток «Мак кондитерский, 100г» (confectionery poppy seed is food poppy); "
         "Пятёрочка «Баранки ... с маком», poppy-seed roll/cake, «Красный мак» candies, macadamia nuts excluded; "
         "«2 пачки» is a quantity"),
        ("медку липового баночку", S(pyaterochka=["3645749"]),
         "linden honey: Пятёрочка «Мёд ... монофлорный: Восточная липа МЕДОВЫЙ ДОМ 320г»; flower honeys "
         "(Медовый дом «Южный цветок», Магнит «цветочный разнотравье»), крем-мёд with raspberry / lemon-ginger, "
         "chak-chak and honey-flavoured goods excluded; «баночку» is a pack word"),
        ("изюм без косточек грамм 300", NONE,
         "seedless raisins; no plain raisins in any store. Nut/fruit snack mixes (Mix Bar, Джаз «Студенческий», "
         "Семушка «Смесь жареных орехов/изюма»), chocolate, cookies, yoghurt and buns with raisins excluded; "
         "«грамм 300» is an approximate quantity"),
    ]),
    # L02 kutia from rice
    ("рис круглый 1 кг\nмаку стакан\nизюму полкило\nорешков грецких очищенных 200 г", [
        ("рис круглый 1 кг", NONE,
         "round-grain rice in a 1 kg pack (a written size that names the pack is respected, as «сахар 1кг» in "
         "fresh_basket_eval_g); the round-grain rices on offer are not 1 kg: Магнит Увелка «Краснодарский, "
         "круглый, 800 г», Мистраль «Кубань, 0,9 кг» and «для плова, традиционный, круглый, 900 г», Националь "
         "«Адриатика, 900 г» (round-grain by outside knowledge) -- excluded by size; long-grain, basmati, "
         "jasmine, brown, plov rice, rice flour/flakes/porridge excluded"),
        ("маку стакан", S(perekrestok=["3393241"]),
         "food poppy seed: Перекрёсток «Мак кондитерский, 100г»; poppy-seed baranki/roll/cake and «Красный "
         "мак» candies excluded; «стакан» is a quantity"),
        ("изюму полкило", NONE,
         "raisins; none in any store (only snack mixes and sweets with raisins, excluded); «полкило» is a "
         "quantity"),
        ("орешков грецких очищенных 200 г", NONE,
         "shelled walnuts in a 200 g pack; the shelled walnuts on offer are Пятёрочка Mix Bar «Грецкий орех "
         "100г» and BOTANICA «Ядро ореха грецкого 140г» -- excluded because the written size names the pack "
         "(convention of fresh_basket_eval_g); Магнит «Орех грецкий, неочищенный» (in shell), walnut jam, "
         "nut mixes, walnut cheese/bars excluded"),
    ]),
    # L03 uzvar
    ("сухофрукты для узвара, черносливу без косточек, груша сушеная, сахарный песок самый дешевый", [
        ("сухофрукты для узвара", NONE,
         "mixed dried fruit for compote (узвар); none. Nut-and-dried-fruit snack mixes (Mix Bar «Коктейль "
         "сухофрукты и орехи», Джаз «Студенческий»), single dried fruits (prunes, mango, banana), dried rose "
         "hips, ready compotes Janarat excluded"),
        ("черносливу без косточек", S(pyaterochka=["3608001"]),
         "Пятёрочка NaturFoods «Чернослив сушеный, без косточек»; chocolate, yoghurt, candies, pâté and "
         "коврижка with prunes excluded"),
        ("груша сушеная", NONE,
         "dried pear; none. Fresh pears, pear juice/nectar, pear-flavoured desserts excluded"),
        ("сахарный песок самый дешевый", NONE,
         "white granulated sugar; none. Магнит РУССКИЙ «Сахар белый прессованный» (lump sugar, not песок) and "
         "Пятёрочка «Сахар тростниковый нерафинированный Демерара» (speciality brown cane sugar, not what "
         "«сахарный песок» means -- outside knowledge) excluded, as are powdered sugar, sugar cookies, sweet "
         "corn; «самый дешевый» is a wish, not a filter"),
    ]),
    # L04 lenten pickles
    ("капустки квашеной, грибочки соленые, огурцы бочковые, постное масло нерафинированное", [
        ("капустки квашеной", S(magnit=["200101"],
                                perekrestok=["4336623", "4336624", "4336625", "4400340", "4400341", "4325076",
                                             "4325075", "4325073", "4325074"]),
         "sauerkraut of any cut and variant (with carrot, horseradish or cranberry, кислая, кисло-сладкая, "
         "«фитнес»); Chinese cabbage, seaweed salad, Korean-style cauliflower, fresh cabbage excluded"),
        ("грибочки соленые", NONE,
         "salted mushrooms; none. Пятёрочка Bonduelle «Шампиньоны, маринованные» (marinated, not salted), "
         "Магнит «Икра грибная, маринованная», fresh mushrooms, mushroom sauces/soups/chips excluded"),
        ("огурцы бочковые", S(perekrestok=["4404269"]),
         "barrel cucumbers: Перекрёсток «Огурцы солёные бочковые Маркет»; salted cucumbers not said to be "
         "barrel ones (Магнит МЕЛЕНЪ «Муромские», Магнит «Огурцы соленые, Корнишоны», Пятёрочка Глобус "
         "«Старорусские»), marinated cucumbers and fresh cucumbers excluded"),
        ("постное масло нерафинированное", NONE,
         "«постное масло» is sunflower oil in everyday speech (outside knowledge); no unrefined sunflower oil "
         "is on offer (all are раф./дез.). Unrefined olive oils (Global Village Extra Virgin, Monini, Filippo "
         "Berio) excluded as not what «постное масло» means; ALMADOR flavoured sunflower oils excluded"),
    ]),
    # L05 vinegret vegetables
    ("свеклы 2 кило, моркови столовой 1 кг, картошка подешевле, луковиц репчатых штук 5", [
        ("свеклы 2 кило", S(magnit=["168801"], perekrestok=["19768"]),
         "fresh beetroot (Перекрёсток «Свекла мытая фасованная, 1кг», Магнит «Свекла мытая»); Магнит «Салат "
         "Свекла с фасолью», juices with beet excluded; «2 кило» is a quantity"),
        ("моркови столовой 1 кг", S(magnit=["199761"], perekrestok=["52112"]),
         "fresh carrots («Морковь мытая»); Korean-style carrot salads, carrot nectar/juice, baby purées, "
         "sauerkraut with carrot excluded; «1 кг» is a quantity of produce, «столовой» = ordinary carrot"),
        ("картошка подешевле", S(magnit=["199751", "168701", "168671", "109571", "107511"], dixy=["72aaa021b7"],
                                 perekrestok=["2099571", "3646068"]),
         "fresh potatoes of any kind and bag (мытый, красный, молодой, «Новый урожай», «для жарки», «для "
         "варки»); potato starch, crisps, Zentis marzipan «Картошка», ready salads and vareniki excluded; "
         "«подешевле» is a wish"),
        ("луковиц репчатых штук 5", S(magnit=["168731", "168721", "168741"],
                                      perekrestok=["79012", "79135", "3368252", "3623836"]),
         "bulb onions of any colour: «Лук репчатый» red/white, «Лук Ялтинский» (a red bulb-onion variety) and "
         "Магнит «Лук Светофор, 1 уп. (3 шт)» (yellow/red/white bulbs) -- both by outside knowledge; shallot, "
         "green onion, Перекрёсток «Лук салатный» (type not stated), herb sets, onion-flavoured snacks excluded; "
         "«штук 5» is a quantity"),
    ]),
    # L06 baking for lenten pies
    ("муки высшего сорта 2 кг, сухих дрожжей 2 пакетика, подсолнечное масло для жарки", [
        ("муки высшего сорта 2 кг", S(pyaterochka=["3296712"], perekrestok=["91304", "8065"]),
         "top-grade wheat flour in 2 kg packs (the written size names the pack): Makfa «высшего сорта, 2кг», "
         "Пышечка «хлебопекарная высшего сорта, 2кг», and Пятёрочка РЯЗАНОЧКА «ПШЕНИЧНАЯ ЭКСТРА 2кг» (экстра is "
         "the white grade finer than высший -- outside knowledge); Перекрёсток «Мука Пшеничная, 2кг» (grade not "
         "stated), Makfa 1 kg (size), whole-grain, rye, rice flour and durum «крупка» excluded"),
        ("сухих дрожжей 2 пакетика", S(perekrestok=["17366"]),
         "dry yeast: Саф-Момент 11 г; frozen yeast dough, baking powder excluded; «2 пакетика» is a quantity"),
        ("подсолнечное масло для жарки", S(pyaterochka=["3454645"], magnit=["c52c41afd8", "0b2585a062", "77ec9da5de"]),
         "sunflower oil (all on offer are refined): Олейна, Mr.Ricco, Благо, Слобода «для жарки»; blends "
         "(Mr.Ricco «с доб олив», «с доб масла авокадо»), flavoured oils (Mr.Ricco «Прованские травы», ALMADOR "
         "basil/garlic), corn, olive and grape-seed oils excluded; «для жарки» is a purpose"),
    ]),
    # L07 lenten vareniki and cabbage
    ("вареники с картофелем 2 пачки, капусты белой кочан, шампиньоны свежие полкило", [
        ("вареники с картофелем 2 пачки", S(pyaterochka=["3697765", "3464203", "2125815"]),
         "frozen vareniki with a potato filling: Цезарь «с карт/жар.луч.», Сытый папа «с картофелем-луком и "
         "грибами», Ложкарев «карт и гриб.» (the filling is potato-based); pelmeni, khinkali excluded; «2 пачки» "
         "is a quantity"),
        ("капусты белой кочан", S(dixy=["4738b3129c"]),
         "fresh white cabbage: Дикси «Капуста белокочанная ранняя, 1 кг»; Chinese cabbage, sauerkraut, broccoli, "
         "cauliflower, seaweed excluded"),
        ("шампиньоны свежие полкило", S(perekrestok=["3210027", "4280106"]),
         "fresh champignons incl. «Королевские» (brown); Пятёрочка Bonduelle marinated champignons, oyster "
         "mushrooms (Вешенки), mushroom salads excluded; «полкило» is a quantity"),
    ]),
    # L08 lenten soup and beans
    ("грибы сушеные белые, перловки 1 пачка, фасоли белой полкило, чесночку головки 3", [
        ("грибы сушеные белые", NONE,
         "dried porcini; none. Fuet «С Белыми Грибами», crisps/soup with white mushrooms, fresh mushrooms "
         "excluded"),
        ("перловки 1 пачка", S(magnit=["820f08519d"]),
         "pearl barley: Магнит УВЕЛКА «Перловая Крупа 800г»; УВЕЛКА «Крупа ячневая» (barley grits, not pearl "
         "barley) excluded"),
        ("фасоли белой полкило", S(magnit=["203101"], perekrestok=["3635745", "20062"]),
         "white beans; no dry white beans are on offer, canned natural white beans (Маркет «Фасоль белая "
         "натуральная», Бондюэль «белая», Магнит Глобус «Фасоль белая») accepted; red beans, baked beans in "
         "tomato sauce (Пиканта), Bonduelle red beans BBQ, green beans, salads with beans excluded; «полкило» is "
         "a quantity"),
        ("чесночку головки 3", S(perekrestok=["17662"]),
         "fresh garlic: Перекрёсток «Чеснок, 3шт»; ФЭГ «Чеснок белый солёный» (pickled), dried granulated "
         "garlic, garlic-flavoured goods excluded; «головки 3» is a quantity"),
    ]),
    # L09 herring and black bread
    ("селедочки парочку, лучку зеленого пучочек, черного хлеба буханочку, киселя клюквенного пачку", [
        ("селедочки парочку", S(pyaterochka=["4043492", "3497722", "3603143", "3603144", "3638123", "3697250",
                                             "3637884", "3682728", "3626055"],
                                magnit=["3068665d37", "ee295ae8a7", "8f5e5b9485", "29793287b9", "112371"],
                                perekrestok=["3504605", "79542", "4056953", "4034451", "4364450", "79544", "4147685",
                                             "3497722", "4364448", "4367699", "4367712", "3621742", "4360965",
                                             "3637884", "4225103"]),
         "salted herring whole or as fillet/pieces in oil or brine, incl. with dill, onion or smoke aroma; "
         "Пятёрочка «Сельдь Русское Море, атлантическая, 400 г» and Fish House «специального посола, 1000 г» "
         "taken as salted herring; herring in wine or spiced marinades (Исландка красно-/беловинная заливка, "
         "Меридиан «в красной-винной заливке», Раптика «по ис.ф/к в пр.з./с.вик.», Золотая Fishka «По-шведски» "
         "ассорти), Магнит «Сельдь тихоокеанская, 245 г» (245 g is the standard can of canned herring -- outside "
         "knowledge), herring roe and «под шубой» salads excluded; «парочку» is a quantity"),
        ("лучку зеленого пучочек", S(perekrestok=["4295465"]),
         "fresh green onion: Перекрёсток «Лук зеленый Маркет Fresh, 100г»; herb sets with onion (лук+укроп+"
         "петрушка), bulb onions excluded"),
        ("черного хлеба буханочку", S(pyaterochka=["3480920", "3500217"]),
         "dark (rye or rye-wheat) bread loaf: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб "
         "Даниловский, Коломенское» (the same rye-wheat bread -- outside knowledge); «Хлеб Ржаной Край» and «Хлеб "
         "зерновой, Ржаной Край» (brand name, type not stated / grain bread), Хлебный дом «Хлеб Марьин, заварной» (type "
         "not stated), batons, sweet buns, crispbread and "
         "croutons excluded"),
        ("киселя клюквенного пачку", NONE,
         "cranberry kissel; none. Raspberry kissel drinks (Перекрёсток Select «Кисeль Малиновый», ФрутоНяня "
         "малина), cranberry mors and fresh cranberries excluded"),
    ]),
    # L10 fish for the lenten table
    ("хек мороженый 1 кг, лимончик 1 штучку, рису длиннозерного пачку", [
        ("хек мороженый 1 кг", S(pyaterochka=["3638883"], perekrestok=["4340327"]),
         "frozen hake: Пятёрочка «Хек Fish House, 800 г» (frozen section) and Перекрёсток «Медальоны хека Люди "
         "Любят без кожи замороженные»; Магнит «Хек серебристый, полуфабрикат из замороженного сырья» excluded "
         "(sold chilled from frozen raw material, not frozen), baby purée with hake excluded; «1 кг» is a "
         "quantity of fish"),
        ("лимончик 1 штучку", NONE,
         "fresh lemon; none (Магнит «Лайм» is not a lemon). Lemon-flavoured drinks, candies, cleaners, citric "
         "acid, lemon cake excluded"),
        ("рису длиннозерного пачку", S(pyaterochka=["5722", "39747"], magnit=["448fba0b94", "7936bf2f6b"]),
         "long-grain white rice: Националь «Лазер длиннозерный», basmati (Националь, Мистраль) and Мистраль "
         "«Жасмин, белый, длиннозерный» -- basmati is a long-grain rice (outside knowledge); plov rice, Девзира, "
         "round rice (Адриатика, Кубань, Краснодарский), «Экстра бурый» (grain not stated), wild-rice mix "
         "«Акватика» excluded"),
    ]),
    # L11 Christmas Eve evening tea
    ("кагору бутылку, мятных пряников, сушечек с маком, чаю черного листового", [
        ("кагору бутылку", NONE,
         "Cahors (sweet church wine); none. Port (Монтейро Руби), other red wines and liqueurs excluded"),
        ("мятных пряников", S(magnit=["203161"]),
         "mint gingerbread: Магнит «Пряники Яшкино, мятные»; пряники whose flavour is not mint (классические, "
         "chocolate, black currant, топлёное молоко, Tula with marzipan, Lebkuchen, figures, gingerbread house) "
         "excluded"),
        ("сушечек с маком", NONE,
         "сушки with poppy seed; none. Пятёрочка «Баранки оригинал. с маком» (баранки are a different, larger "
         "and softer product than сушки) and vanilla mini-сушки Озби excluded"),
        ("чаю черного листового", S(pyaterochka=["2042286", "3600180", "3636930", "3440336", "3452991", "4085553",
                                                 "3691655", "3378319", "3665387", "3694768", "4079110", "3608792",
                                                 "3439925", "30719"],
                                    perekrestok=["4199284"]),
         "plain black tea sold loose: titles saying листовой / лист. / крупнолистовой or a loose pack without a "
         "bag count (Champion 100 г, Краснодарский 200 г, Акбар 200 г and Gold 250 г, Азерчай «букет» 100 г, "
         "Hilltop gift tin, Майский «Новогодний шар» and Richard New-Year toy with leaf tea, Twinings «АНГЛ.ЗАВТ.» "
         "tin -- English Breakfast is black tea, outside knowledge); leaf vs granulated is not stated for every "
         "loose tea. Tea bags and pyramids, flavoured teas (bergamot/Earl Grey/Lord Grey, fruit, herbs, "
         "чабрец), green/oolong, Бета «Елка с Медвежатами» (colour not stated) and iced-tea drinks excluded"),
    ]),
    # L12 Christmas duck
    ("утку целую, антоновки кило, гречки ядрицы, майонезу провансаль", [
        ("утку целую", S(perekrestok=["4332274"]),
         "whole duck: Перекрёсток «Тушка утёнка 1сорт потрошёная охлаждённая»; duckling legs and breast fillet, "
         "smoked duck fillet, duck pâté, salad and pet food excluded"),
        ("антоновки кило", NONE,
         "Antonovka apples; none. Other varieties (Гренни Смит, Гала, Ред Делишес, Медовый хруст, «Яблоки "
         "красные», «сезонные») excluded because the variety is named"),
        ("гречки ядрицы", S(magnit=["203081"]),
         "buckwheat groats ядрица: Магнит «Крупа Гречневая Prosto, 500 г» (groats sold as «крупа гречневая» are "
         "ядрица unless продел -- outside knowledge); buckwheat flakes, «Рис и греча» mix, ready kasha, soba, "
         "meal kits excluded"),
        ("майонезу провансаль", S(pyaterochka=["3982578", "3355228", "3355242", "3695167", "3193489"],
                                  magnit=["204681"],
                                  perekrestok=["4297313", "4412152", "4105769", "2047206", "3674577", "3467275",
                                               "4233420", "3193489", "4199312", "4112954", "3695167"]),
         "mayonnaise named Провансаль (any fat, incl. «оливковый», «с лимонным соком», Московский Провансаль "
         "«на перепелиных яйцах»); Пятёрочка «Майонез Слобода, 67%, 800 мл» (3193489) accepted because "
         "Перекрёсток titles the same id «Слобода Провансаль 67%, 800мл», and Перекрёсток «Я люблю готовить на "
         "перепелиных яйцах 67%» (3695167) because Пятёрочка titles the same id «МОС.ПРОВАНС.»; mayonnaises not "
         "named Провансаль (Heinz классический, Слобода оливковый, Mr.Ricco, Махеевъ «С перепелиным яйцом», «Я "
         "люблю готовить домашний») and sauces excluded"),
    ]),
    # L13 Christmas goose
    ("гусь потрошеный, яблоки кислые 2 кг, курагу пол кило", [
        ("гусь потрошеный", NONE,
         "gutted goose; none. Pâtés «с гусиной печенью» excluded"),
        ("яблоки кислые 2 кг", S(magnit=["200671"]),
         "sour apples: Магнит «Яблоки Гренни Смит» (a sour green variety -- outside knowledge); sweet varieties "
         "(Гала, Ред Делишес, Медовый хруст), «Яблоки красные» and «Яблоки сезонные» (taste not stated), apple "
         "chips and juice excluded; «2 кг» is a quantity"),
        ("курагу пол кило", NONE,
         "dried apricots; none. Velle «Курага» oat product and candies with apricot excluded"),
    ]),
    # L14 kholodets
    ("свиные ножки для холодца\nговядины на косточке\nжелатину пакетик\nхрену столового баночку", [
        ("свиные ножки для холодца", NONE,
         "pig trotters; none. Магнит «Рулька свиная» (hock, not trotters), ready холодец/студень excluded"),
        ("говядины на косточке", NONE,
         "beef on the bone; none. Boneless beef (Магнит «Лопаточная часть говядины, без кости», Мираторг «Мякоть "
         "бедра»), Пятёрочка «говядина шейная часть» (bone not stated), beef mince, tongue, steaks and pork on "
         "the bone excluded"),
        ("желатину пакетик", S(magnit=["5ba197ad81"], perekrestok=["4236371"]),
         "food gelatin (Пр!ст 20г, СЫТАЯ УЛЫБКА 30г); starch excluded"),
        ("хрену столового баночку", S(magnit=["c88a871b65"]),
         "table horseradish: Магнит МАХЕЕВЪ «Хрен столовый 140г д/пак» («баночку» is a pack word); Пятёрочка Uni "
         "Dan «Хрен сливочный» (creamy horseradish), sauerkraut with horseradish and croutons «с хреном» "
         "excluded"),
    ]),
    # L15 Olivier salad
    ("колбаски докторской грамм 400, зеленого горошка баночку, яичек куриных десяток, майонеза махеев", [
        ("колбаски докторской грамм 400", S(pyaterochka=["3347584", "3620675", "3385812", "78001451", "4019606",
                                                         "2120885", "3016790"],
                                            perekrestok=["4296145", "4380012", "4301347", "4432115", "4410079",
                                                         "4255289", "4264678", "3639615", "4221913", "4352000",
                                                         "3347584", "3033317", "78001451"]),
         "Докторская boiled sausage of any brand, pack or sold by weight, incl. Пятёрочка ЦАРИЦ. «Колбаса "
         "ДОК.ОСОБ.ХАЛЯЛЬ вар.» (Докторская особая); «грамм 400» is an approximate quantity; Докторские "
         "sausages/sardelki and the energy drink «The Doctor» excluded"),
        ("зеленого горошка баночку", S(pyaterochka=["4043589"], magnit=["203021", "111581", "213651"],
                                       perekrestok=["27460", "41891", "82254", "4273266", "4345766", "4254005"]),
         "canned green peas of any brand and size, incl. Перекрёсток «Горох Bizim Tarla зелёный, 660г» (canned "
         "green peas in the vegetable-conserves shelf); pea soups, black pepper «горошек» and pet food with peas "
         "excluded"),
        ("яичек куриных десяток", S(pyaterochka=["3620510", "3446505"],
                                    perekrestok=["3634491", "3662512", "3062836", "3446505", "4068694", "44323",
                                                 "3062835"]),
         "chicken eggs in packs of 10, any class (С1, СО/отборные, «с селеном и йодом»); packs of 6 and 20, "
         "quail eggs, mayonnaise «на перепелином яйце» excluded"),
        ("майонеза махеев", S(perekrestok=["2047206", "4312243"]),
         "Махеевъ mayonnaise of any kind (Провансаль с лимонным соком, С перепелиным яйцом); Махеевъ sauces, "
         "ketchups, jams, horseradish and mustard excluded (no Махеевъ mayonnaise at Пятёрочка or Магнит)"),
    ]),
    # L16 herring under a fur coat
    ("сельдь слабосоленая филе, свеколки, майонез 67 процентный, огурчиков маринованных баночку", [
        ("сельдь слабосоленая филе", S(pyaterochka=["4043492", "3497722", "3603143", "3603144", "3637884",
                                                    "3682728", "3626055"],
                                       magnit=["3068665d37", "ee295ae8a7", "8f5e5b9485", "29793287b9", "112371"],
                                       perekrestok=["3504605", "79542", "4056953", "4034451", "4364450", "79544",
                                                    "4147685", "3497722", "4364448", "4367699", "4367712",
                                                    "3621742", "4360965", "3637884", "4225103"]),
         "herring fillet / fillet pieces preserved in oil or brine; such preserves are lightly salted, so titles "
         "that do not state the salting (Матиас, Vici «из бочки», Смоленская коллекция, Балтийский берег, Vici, "
         "Меридиан) are accepted, and Пятёрочка «Сельдь Тесей Царская, в масле / с укропом» is taken as fillet "
         "pieces (outside knowledge); whole herring (Fish House «специального посола», Русское Море "
         "«атлантическая, 400 г»), herring in wine/spiced marinades (Исландка, Меридиан красно-винная, Раптика), "
         "«По-шведски» ассорти, canned herring, roe and salads excluded"),
        ("свеколки", S(magnit=["168801"], perekrestok=["19768"]),
         "fresh beetroot («Свекла мытая»); beet salads and juices excluded"),
        ("майонез 67 процентный", S(pyaterochka=["4002440", "3982578", "3640161", "3355228", "3355242", "3695167",
                                                 "3193489", "3425670", "3163111"],
                                    magnit=["204681", "104941"],
                                    perekrestok=["4297313", "4412152", "3425669", "4105769", "4284062", "2108609",
                                                 "2047206", "3674577", "3467275", "4233420", "3193489", "3163111",
                                                 "4352557", "4199312", "3695167"]),
         "mayonnaise labelled 67% of any brand and kind; Пятёрочка «Майонез Оливковый, Слобода, 800 мл» "
         "(3163111) accepted because Перекрёсток titles the same id «67%»; packs whose title states no fat "
         "(Махеевъ «С перепелиным яйцом, 655мл», «Московский Провансаль классический, 700мл»), «домашний» 55% "
         "and sauces excluded"),
        ("огурчиков маринованных баночку", S(pyaterochka=["2147768", "3952588"]),
         "marinated cucumbers: Скатерть-Самобранка «Огурчики маринов. 720мл» and Дядя Ваня «Огурцы Пикули "
         "Одесские. Пастеризованные» (pickles in marinade -- outside knowledge); salted and barrel cucumbers, "
         "Магнит «Огурцы соленые, Корнишоны», Магнит «Ассорти Черри и Корнишоны» (mixed with tomatoes), fresh "
         "cucumbers incl. Перекрёсток «Огурцы корнишоны, 300г» excluded"),
    ]),
    # L17 chicken for the grandchildren
    ("курочку целиком, сметанки жирной 20%, укропу свежего пучочек", [
        ("курочку целиком", S(dixy=["4cc1fb4741"], perekrestok=["3153446", "4312266", "4068157", "4214722", "4252168"]),
         "whole raw chicken: «Тушка цыплёнка» (incl. halal and «на зерновом откорме»), Перекрёсток «Цыплёнок корнишон» (a small whole "
         "chicken) and Дикси «Цыпленок-бройлер охлажденный, 1 кг» (taken as a whole carcass -- outside "
         "knowledge); parts, fillets, canned chicken, nuggets, купаты, baby food excluded"),
        ("сметанки жирной 20%", S(pyaterochka=["3664287"],
                                  perekrestok=["3664287", "3651188", "4262694", "4349770", "4121609", "4217906",
                                               "3293409", "3444929", "4314537", "58101", "3634033"]),
         "sour cream of exactly 20% (incl. lactose-free Parmalat Comfort); 10/15/25/30% and sour-cream flavoured "
         "snacks excluded; «жирной» restates the 20%"),
        ("укропу свежего пучочек", S(magnit=["109841"], perekrestok=["4295468"]),
         "fresh dill: Перекрёсток «Укроп зеленый Маркет Fresh» and Магнит «Укроп, 1 уп. (100 г)» (a produce pack, "
         "taken as fresh); Восточный гость «Укроп сушеный», herb sets, herring/cheese «с укропом» excluded"),
    ]),
    # L18 tea after the Christmas dinner
    ("тортик наполеон к чаю, конфеты шоколадные в коробке, чай ахмад, лимона один", [
        ("тортик наполеон к чаю", S(pyaterochka=["4047688", "3695494"], perekrestok=["4325084", "4295622"]),
         "Napoleon cake: Русская Нива «Торт Наполеон», МИРЭЛЬ «Торт НАПОЛЕОН КЛАССИЧЕСКИЙ», Home Napoleon «Наполеон "
         "домашний», Черёмушки «Наполеон слоёный»; Home Napoleon «Медово-Сметанный» (brand word only), Пятёрочка "
         "«Пирожное наполеон» (pastries, not a cake), Черока «Коржи для торта Наполеон» excluded; «к чаю» is a "
         "purpose"),
        ("конфеты шоколадные в коробке", S(pyaterochka=["4297371", "3291332", "3384697", "3487673", "3659498",
                                                        "3681522", "3639113", "3911678", "4069805", "4069811",
                                                        "3639115", "3642751", "3642752", "3483309", "3995478",
                                                        "3181086", "3606977", "4089706", "3468950", "5232",
                                                        "4063866", "3021419", "3992365"],
                                           magnit=["17644f19d9", "159811", "205171", "203131", "160141", "111571",
                                                   "111721", "199221", "104911", "109281", "204611", "167801"],
                                           perekrestok=["22245"]),
         "boxed chocolate candies: titles saying набор / ассорти / подарочный набор or lines sold only boxed "
         "(Коркунов ассорти/коллекции, Merci, Lindor наборы, Вдохновение 170-215 г, Dove «Десертное ассорти», "
         "Impresso, Бабаевский набор, Комильфо, Родные просторы 180 г, Подмосковные вечера ассорти, Toffifee, Рот "
         "Фронт «Птичье молоко» 225 г, Vanden Bulcke «морские ракушки» 250 г, Milka «Конфеты» 110/135,6 г -- the box by "
         "outside knowledge); "
         "Raffaello (not chocolate), candies sold loose by the kilo, bags/flow-packs (Великий клоун ПАК, Северная "
         "Аврора фл/п, Птица дивная), New-Year gift sets, Kinder sets, candies whose packaging is not stated "
         "(Белочка/Мишка косолапый 200 г, Ласточка, Ленинградские, Трюфель/Truffle, Belgid'Or, Мишки в лесу, Золотой "
         "Степ 192 г, Адель, Grondard) and "
         "Магнит «Подарочный набор Dove» (product not stated; Dove is also a cosmetics brand) excluded"),
        ("чай ахмад", S(pyaterochka=["3620106", "3380948", "3470341"], magnit=["a37d9d8522", "204561"]),
         "every Ahmad Tea tea (классический, чабрец, Английский №1 бергамот; bags or loose); other brands "
         "excluded"),
        ("лимона один", NONE,
         "fresh lemon; none (Магнит «Лайм» is not a lemon). Lemon-flavoured goods excluded"),
    ]),
    # L19 drinks for the Christmas table
    ("шампанского полусладкого, вино красное не сладкое, томатного соку, минеральной воды без газа", [
        ("шампанского полусладкого", S(magnit=["1a44269ee1", "159461", "111471", "213561"]),
         "semi-sweet white sparkling wine (what «шампанское» means in a shop): Абрау-Дюрсо «ИМПЕРАТОРСКОЕ бел "
         "п/сл», Шато Тамань and Лыхны «игристое, белое, полусладкое», «Шампанское Российское, Классическое, "
         "белое, полусладкое»; brut/dry/semi-dry sparkling, Asti (sweet), Lambrusco red/rosé frizzante, LAVETTI "
         "«Напиток газ», still Abrau Light and alcohol-free sparkling excluded"),
        ("вино красное не сладкое", S(magnit=["4489db94a1", "ce196366c4", "bade36759d", "3e95a63a20", "ef2a148a06",
                                              "e70e8ddb93", "01cec3f672", "e8053f6404", "82c49b7fbf", "5d8a8a24cf",
                                              "c2612cf80f", "7ad3172a4a", "229b7b954e", "796c28c0db", "202001",
                                              "202281", "202011", "199091", "160031", "167471", "168041", "104811",
                                              "111851", "205611", "213501", "213381"]),
         "still red wine that is not sweet = dry or semi-dry (сух / п/сух / полусух), any country and size; "
         "semi-sweet reds (Ахашени, Киндзмараули, Кадарка, Лыхны, Луиза Чао, Chevalier Lacassan п/сл), "
         "Lambrusco, port, rosé/white wines and alcohol-free wines excluded"),
        ("томатного соку", S(magnit=["73e225090c", "b3901ed97f", "204641", "205971"],
                             perekrestok=["14125", "3196547", "3498246"]),
         "tomato juice sold as «сок томатный» (with or without salt/pulp, incl. Сады Придонья «для детского "
         "питания»); Добрый and Любимый tomato nectars, !DEAS «Томатно-огуречный», fresh and marinated "
         "tomatoes excluded"),
        ("минеральной воды без газа", S(pyaterochka=["3630602", "3635119", "2139858", "4048555", "3024", "3369800",
                                                     "3635131"],
                                        magnit=["a5f6c8ecb8"],
                                        perekrestok=["3966336", "3020"]),
         "still mineral water: titles saying минеральная (or «природная ... столовая», Перекрёсток Архыз) and "
         "негазированная/без газа/н/газ; Пятёрочка «Вода Архыз Легенда Гор, негазированная» (the same mineral "
         "water its other titles call минеральная) and «Вода Легенда Гор, Архыз, минеральная, 5 л» (5 l bottles "
         "are still -- outside knowledge) accepted; sparkling waters, mineral waters whose gas is not stated "
         "(Мтаби, Arivali, Нагутская-26), plain drinking water (Святой источник, Сенежская, Малаховская, Шишкин "
         "лес, Байкал, Honey kid) and flavoured water drinks excluded"),
    ]),
    # L20 treats for the grandchildren
    ("мандаринок 2 кг, апельсинов кило, бананов спелых полкило, kinder сюрприз внукам", [
        ("мандаринок 2 кг", S(perekrestok=["3254317", "1537", "3034500"]),
         "fresh mandarins of any origin; mandarin-flavoured goods excluded; «2 кг» is a quantity"),
        ("апельсинов кило", S(magnit=["109471"], perekrestok=["1535"]),
         "fresh oranges; juices, nectars and orange-flavoured goods excluded"),
        ("бананов спелых полкило", S(perekrestok=["3757", "3639749", "4208494", "4112219"]),
         "fresh bananas incl. organic and mini bananas; dried bananas, banana-flavoured goods excluded; «спелых» "
         "is a wish, «полкило» a quantity"),
        ("kinder сюрприз внукам", S(pyaterochka=["3353042", "3688901", "3353040"]),
         "Kinder Surprise (egg, MAXI egg and the Christmas «СЮРПРИЗ фигур. ... с игр.» figure with a toy); Kinder "
         "Joy, Kinder Chocolate, Schoko-Bons, Mini/Maxi Mix sets and the Kinder Land drink excluded; «внукам» "
         "is a purpose"),
    ]),
    # L21 curd pastries (ватрушки)
    ("творог 9% для ватрушек, сметанки 15% для теста, ванильного сахару, яиц с0", [
        ("творог 9% для ватрушек", S(pyaterochka=["3634733"], perekrestok=["4185866", "4216658"]),
         "plain cottage cheese of exactly 9%; 0.5/3/5/5.5% and grained/flavoured curd, curd cheese, desserts and "
         "сырники excluded"),
        ("сметанки 15% для теста", S(pyaterochka=["3665624"], magnit=["de14617e33", "199001"],
                                     perekrestok=["3665624", "4262697", "4272205", "4095525", "4121592", "4431124",
                                                  "4217907", "4335470", "4314536"]),
         "sour cream of exactly 15% (incl. lactose-free Простоквашино and Parmalat Comfort); 10/20/25/30% "
         "excluded; «для теста» is a purpose"),
        ("ванильного сахару", NONE,
         "vanilla sugar; none. Vanilla-flavoured ice cream, drinks and sweets excluded"),
        ("яиц с0", S(pyaterochka=["3620510"], perekrestok=["3634491", "44323", "3062835", "4202935"]),
         "chicken eggs of class С0/СО/отборные, any pack (10 or 6); С1 eggs and quail eggs excluded"),
    ]),
    # L22 cream for the cake
    ("масло сливочное 82.5 простоквашино 2 пачки, сливок 33% для крема, сахарной пудры пакетик, "
     "сгущенка самая лучшая", [
        ("масло сливочное 82.5 простоквашино 2 пачки", S(magnit=["199211"], dixy=["3620233da6"]),
         "Простоквашино butter: Магнит and Дикси «Масло (сливочное) Простоквашино 82%, 180 г» accepted -- 82 and "
         "82,5% are treated as the same traditional-butter class (real_basket_eval: «butter 82,5 % counts as "
         "82%»), a judgement; other brands (Вкуснотеево, Тысяча озёр, Президент, Брест-Литовск 72,5%) and "
         "chocolate butter excluded; «2 пачки» is a quantity"),
        ("сливок 33% для крема", S(pyaterochka=["12721"], magnit=["204651"]),
         "cream of exactly 33% (Домик в деревне); 10/11/20% cream, cream substitutes (Mr. Сливкин, Сопьо Крима) "
         "excluded; «для крема» is a purpose"),
        ("сахарной пудры пакетик", S(perekrestok=["4255400"]),
         "powdered sugar: Перекрёсток «Пудра сахарная Пр!ст, 230г»; goods «в сахарной пудре» excluded"),
        ("сгущенка самая лучшая", S(pyaterochka=["2123014"], magnit=["109241"], perekrestok=["3332809"]),
         "sweetened condensed milk (Алексеевское цельное с сахаром 8,5%); boiled condensed milk (Рогачев "
         "«вареное»), wafers/cakes/croissants/candies with condensed milk excluded; «самая лучшая» is a wish"),
    ]),
    # L23 cabbage pie
    ("дрожжей прессованных, мука для пирогов, капуста свежая на пирог, яиц куриных 2 десятка", [
        ("дрожжей прессованных", NONE,
         "fresh (pressed) yeast; none. Саф-Момент dry yeast and frozen yeast dough excluded"),
        ("мука для пирогов", S(pyaterochka=["3296712"], perekrestok=["91304", "2003107", "3231328", "8065"]),
         "white wheat flour for baking (Makfa 1 and 2 kg, «Мука Пшеничная, 2кг», Пышечка, Рязаночка ЭКСТРА); "
         "whole-grain, rye and rice flour, durum «крупка», ready dough excluded; «для пирогов» is a purpose"),
        ("капуста свежая на пирог", S(dixy=["4738b3129c"]),
         "fresh white cabbage: Дикси «Капуста белокочанная ранняя»; Chinese cabbage, sauerkraut, broccoli "
         "excluded"),
        ("яиц куриных 2 десятка", S(pyaterochka=["3341462", "3620510", "3446505"],
                                    perekrestok=["3634491", "3662512", "3062836", "3446505", "4068694", "44323",
                                                 "3062835", "3341462"]),
         "chicken eggs in packs of 10 or 20 (two dozen = 20), any class; packs of 6 and quail eggs excluded"),
    ]),
    # L24 roast pork neck
    ("шейка свиная для запекания 1.5 кг\nгорчицы русской\nлиста лаврового пакетик\nперцу черного горошком", [
        ("шейка свиная для запекания 1.5 кг", S(pyaterochka=["3957120", "3619731", "3666472"],
                                                magnit=["199511", "107331"]),
         "raw pork neck in a piece, boneless or on the bone (Черкизово «Шейка п/ф», Рестория, Слово Мясника, "
         "Магнит «Шейная часть свинины»); Ремит «Шейка из свинины к/в» (smoked-cooked), Магнит «Стейк из шеи "
         "свинины, в маринаде» (steaks), other cuts excluded; «1.5 кг» is a quantity of meat"),
        ("горчицы русской", S(pyaterochka=["3435016"]),
         "Russian mustard: МАХЕЕВЪ «Горчица РУССКАЯ»; Global Village «Горчица Французская» and mustard-flavoured "
         "snacks excluded"),
        ("листа лаврового пакетик", NONE,
         "bay leaves; none"),
        ("перцу черного горошком", S(pyaterochka=["89001"]),
         "whole black peppercorns: Пятёрочка KOTANYI «Мельница перец черный 36г» (a grinder filled with whole "
         "black peppercorns -- outside knowledge); ground black pepper (Восточный гость «молотый»), pepper "
         "mixes (4 перца, смесь перцев) and sweet peppers excluded"),
    ]),
    # L25 cold cuts for the Christmas table
    ("сыру российского, колбасы сырокопченой палку, икра красная баночку, батона нарезного", [
        ("сыру российского", S(pyaterochka=["4046889"], perekrestok=["3668842"]),
         "Российский cheese (Брест-Литовск «российский 50%», Зелёная Линия «Российский нарезка 50%»); сервелат "
         "«российский», chocolate «Российский» excluded"),
        ("колбасы сырокопченой палку", S(pyaterochka=["3413609", "3380221", "3380222", "3920463", "4069196",
                                                      "4026961", "4064534", "4064536", "3379266", "3620876",
                                                      "3469277", "4068713", "3619528", "3930255", "3622973",
                                                      "3460891", "3440967", "3036120", "3640669", "3653063",
                                                      "3604156"],
                                         magnit=["199021", "105061"],
                                         perekrestok=["4425557", "4395547", "4214450", "4397813", "3469277", "3332887",
                                                      "3140747", "4385507", "3380221", "3648372", "3380222",
                                                      "4069198", "4068713", "4236323", "4268939", "4214000",
                                                      "4273259", "4403606"]),
         "raw-smoked sausage (сырокопчёная / с/к, incl. полусухая, whole or sliced, assortments); Магнит "
         "«Колбаса Сальчичон, 0,35 кг» and «Черкизово, Сальчичон, 0,35 кг» (the Черкизово salchichón that "
         "Пятёрочка titles «с/к ... 0,35 кг») and Перекрёсток Рублевский «Брауншвейгская полусухая» "
         "(Braunschweig is raw-smoked -- outside knowledge) accepted; dry-cured сыровяленые (fuet, Casademont, "
         "Solemici, Верона, Индилайт), boiled-smoked servelats, снековые колбаски (Кнуты, Черкизово «Снек из "
         "кур»), Клинский «Мини-салями», bacon, brisket, carpaccio and sausages whose type is not stated "
         "(Салями Астория, Кремлевская, Бородинская мини) excluded; «палку» is a quantity"),
        ("икра красная баночку", S(pyaterochka=["2046731"], magnit=["105041"],
                                   perekrestok=["3465904", "4437727", "4432583", "4411674", "4433327", "4320227",
                                                "4323783", "4428864", "4386122", "4383708", "4411673"]),
         "red caviar = salmonid roe (горбуша, кета, нерка, кижуч, форель; Пятёрочка СВК «ТУНГУТУН лос.»); "
         "sturgeon/sterlet (black) caviar, capelin/cod roe, vegetable «икра», mushroom «икра» and crisps «Красная "
         "икра» excluded; «баночку» is a pack word"),
        ("батона нарезного", S(pyaterochka=["3985404"], perekrestok=["3974714"]),
         "Батон Нарезной: Перекрёсток «Батон Нарезной нарезка Маркет Перекрёсток» and Пятёрочка Хлебный Дом «Батон "
         "\"Звездный\"нар» (нар. = нарезной); other breads, сдоба and "
         "chocolate «батончики» excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the frozen blind draft: the lines between '=== Lnn ===' markers."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if re.match(r"^=== L\d\d ===$", line):
                if cur is not None:
                    texts.append("\n".join(cur))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur))
    return texts


def check_blind():
    blind = blind_texts(BLIND)
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(LISTS)))
    for n, (draft, (text, _)) in enumerate(zip(blind, LISTS), 1):
        expected = draft
        for old, new, _reason in REPLACED.get(n, []):
            expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("L%02d differs from the blind draft: %r != %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fve"))
