#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wr.jsonl -- shopping lists of a family of five doing the big Saturday shop for
the week, hand-labelled against the real offers in real_offers.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wr.build.py

LISTS below is literal data: 25 lists (3-4 items, 92 items) as the family members dictated them to a Telegram
bot -- the children (sweets, snacks), the father (beer snacks, no alcohol), the mother (cooking, cleaning) --
with quantities, and for every item the product ids of every in-stock offer of each store that a reasonable
shopper who wrote exactly that item would accept.  Candidate titles were grepped broadly in real_offers.jsonl
(stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings) and read one by one, and each
item was re-checked by listing every in-stock title matching its stem that was not accepted; the note of each
item records what was accepted, what was deliberately left out and any judgement resting on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The labels
were made without reading or running the tool under evaluation and without the labels of any other set.

The list texts were written before any offer was read and frozen in fresh_basket_eval_wr.blind_lists.txt
(read-only, sha256 c2168b356e3f75d87534c9e99b46dd399fe0e7dd06cb8323aeb3f3506f31b08b).  This script first checks that every
list text equals the blind draft (apart from the items recorded in REPLACED -- none), then calls
labelled_lists.build, which checks that every id exists in real_offers.jsonl *for that store* and is in stock
(``available`` true), that no id repeats within an item, that every item has a note and that the labels are
exactly the list's items in order (an item is the text between commas / new lines), and writes the JSONL in
the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fwr01, fwr02, ...
in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wr.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wr.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number: (blind item text, new item text)}.  No list was entirely empty, so nothing was replaced.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwr01 mother: dairy, eggs, bread for the week
    ("молоко 3.2% 4 пакета, яички 2 десятка на неделю, масло сливочное 82.5 2 пачки, батон нарезной пару штук", [
        ("молоко 3.2% 4 пакета", {
            "pyaterochka": ["3694630", "3645807", "3425329", "3507208"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a",
                            "b4411ba8d4", "35ac60eec2", "52d96fd806", "885d917850", "488d323508", "ecc07a0e68",
                            "01f728b210", "f50aeac1bb", "3645807", "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "cow drinking milk labelled exactly 3.2% (pasteurised, UHT, sterilised, any pack size; children's "
           "milk Агуша «д/д от 3л», Сарафаново «детское» included as in real_basket_eval); ranges (3.2-4, 3.4-6,"
           " от 3,2 до 6), 2.5/3.5/3.7 %, топлёное (Простоквашино, Домик в деревне), goat, coconut, flavoured "
           "(Чудо клубника) and Barista milk excluded; Магнит has only a 2.5 % milk and a flavoured one; «4 "
           "пакета» is a quantity, not a pack-type filter"),
        ("яички 2 десятка на неделю", {
            "pyaterochka": ["3446505", "3341462", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3341462", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "hen eggs in packs of 10 or 20 (two dozen = 2×10 or 1×20), any class (С1, СО, отборные); the 6-egg "
           "Волжанин pack, quail eggs, Kinder «яйцо» and egg noodles/mayonnaise excluded; «на неделю» is a "
           "purpose, not a filter"),
        ("масло сливочное 82.5 2 пачки", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled 82.5 % (Пятёрочка «сладко-сливочное традиционное» 82,5 %, Вкуснотеево, "
           "«Традиционное» 175 г, Тысяча озёр); a written fat % must match exactly, so Простоквашино 82 % "
           "(Магнит, Дикси), Президент кислосливочное 82 %, Брест-Литовск 72.5 % and chocolate butter 62 % are "
           "excluded; «2 пачки» is a quantity"),
        ("батон нарезной пару штук", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "sliced white loaf «батон нарезной»: Пятёрочка «Батон Звездный нар» (нар = нарезной), Перекрёсток "
           "Маркет «Батон Нарезной»; chocolate/muesli «батончик» bars and other breads excluded"),
    ]),
    # fwr02 children: sweets
    ("киндер сюрприз на каждого 3 шт\nчупа-чупсы 5 штук\nмармеладные мишки haribo\nшоколадка milka с цельным орехом", [
        ("киндер сюрприз на каждого 3 шт", {
            "pyaterochka": ["3353042", "3353040", "3688901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Kinder Surprise chocolate with a toy: the Christmas egg 20 г, the MAXI egg 100 г and the "
           "«Шок.СЮРПРИЗ фигур.мол.с игр.» figure (sold as Kinder Surprise with a toy, taken as acceptable — "
           "judgement); Kinder Joy (Магнит), Kinder Chocolate bars, Schoko-Bons, MINI/MAXI MIX gift sets and the"
           " Kinder Land drink excluded"),
        ("чупа-чупсы 5 штук", {
            "pyaterochka": ["59117"],
            "magnit": ["e18062a6bf"],
            "dixy": [],
            "perekrestok": ["33015", "4359005", "3505733", "4272130", "59117", "3690389", "4366036", "4276207",
                            "17885", "4354045", "2037567", "3690030", "4366035"],
        }, "Chupa Chups lollipops, single or in bags/boxes of any flavour (Пятёрочка XXL TRIO, Магнит «Леденцы "
           "на пал мини», every Перекрёсток «Карамель Chupa Chups» incl. Max Choco, Fruit-tella, 725 г tub); the"
           " Chupa Chups chocolate ball with a toy, Chupa Chups «SOUR TUBES» jelly and lollipops of other brands"
           " excluded; «5 штук» is a quantity"),
        ("мармеладные мишки haribo", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Haribo gummy bears (Goldbären): the only Haribo offer is «Жевательный мармелад HARIBO Ягоды» "
           "(berries, not bears) — excluded; Fruit-tella «МЕДВЕЖАТА», Бон Пари «медвежонок» (not Haribo) and a "
           "soda «со вкусом мармеладных мишек» excluded; missing everywhere"),
        ("шоколадка milka с цельным орехом", {
            "pyaterochka": ["3468710", "3468708"],
            "magnit": ["1000149245"],
            "dixy": [],
            "perekrestok": ["4353876"],
        }, "Milka milk chocolate bar with whole nuts: «с цельным фундуком» and Пятёрочка «с цел.минд.» (whole "
           "almonds counted as whole nuts — judgement); Milka «с фундуком»/«с фунд.» without «цельный», "
           "hazelnut-paste and other Milka bars, Milka sweets/cookies, Ritter Sport and Dove whole-nut bars "
           "(other brands) excluded"),
    ]),
    # fwr03 father: beer snacks
    ("фисташки солененькие 2 упаковки, кириешки со вкусом холодца с хреном 3 пачки, лейс краб большую пачку, кальмарчик сушеный папе", [
        ("фисташки солененькие 2 упаковки", {
            "pyaterochka": ["4073982", "3933060"],
            "magnit": ["f692308d66"],
            "dixy": [],
            "perekrestok": [],
        }, "salted roasted pistachios (Джаз «жареные соленые», the loose «обжаренные подсоленные», Восточный "
           "гость «жар солен»); pistachio-flavoured sweets, yoghurt and curd snacks excluded"),
        ("кириешки со вкусом холодца с хреном 3 пачки", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons of the холодец-с-хреном flavour: the two Магнит КИРИЕШКИ cards "
           "«холодец/бекон/ветчина» (100 г, 40 г) list several flavours and are taken as an assortment that "
           "includes холодец — judgement; холодец-flavoured croutons of other brands (Три корочки, Гренковъ, "
           "Фишка, Vian, Крутоны Будешь?) and Twister chips excluded because the brand is written"),
        ("лейс краб большую пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a big pack (140 g and more) of Lay's crab chips: the only crab Lay's are 50 g and 85/90 g (regular "
           "packs) in Пятёрочка and Магнит, so «большую пачку» is not met — excluded; big Lay's of other "
           "flavours, Хрусteam crab croutons and the gin «Вайт Лейс» excluded; missing everywhere"),
        ("кальмарчик сушеный папе", {
            "pyaterochka": [],
            "magnit": ["e9fc0d684c"],
            "dixy": [],
            "perekrestok": [],
        }, "dried squid snack: Магнит SOLONINA «Кальмар стружка сушено-вяленый»; frozen, boiled, brined squid, "
           "squid salads and dried tuna/вобла excluded; «папе» is a purpose"),
    ]),
    # fwr04 mother: laundry and dishes
    ("стиральный порошок tide автомат 3кг, fairy 2 бутылки, губки для мытья посуды упаковку, мусорные пакеты 60 литров", [
        ("стиральный порошок tide автомат 3кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Tide automatic washing powder in a 3 kg pack: the pack size a detergent is sold in is respected (as "
           "«сахар 1кг» in set g), and Магнит's Tide powders are 4 кг Color, 2.5 кг Колор/Lenor Color, 2.4 кг "
           "Детский and 400 г — all other sizes; Tide liquids and gel capsules (not powder) and 3 кг powders of "
           "other brands (Ariel, Persil, Bimax) excluded; missing everywhere"),
        ("fairy 2 бутылки", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy washing-up liquid of any scent and size (Нежные руки, Сочный лимон, Platinum 430-900 мл); AOS "
           "and other washing-up liquids excluded; «2 бутылки» is a quantity"),
        ("губки для мытья посуды упаковку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges: no sponge/губка offer in any store (grepped губк, спонж, мочал, скреб); missing "
           "everywhere"),
        ("мусорные пакеты 60 литров", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags of 60 l: Магнит BIG CITY LIFE «Пакеты д/мусора 60л»; Магнит 35 l bags (size written), food "
           "bags and a 60 l-named roll of wipes excluded"),
    ]),
    # fwr05 mother: soup and dinner basics
    ("курица целая 2 шт, картошечка 5 кг, репчатого лука сетку, морковочки кило", [
        ("курица целая 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4252168"],
        }, "a whole raw chicken: Перекрёсток «Тушка цыплёнка» (1 сорт, Халяль, Петелинка) and «Цыплёнок "
           "корнишон» (a whole small chicken — judgement); Дикси «Цыпленок-бройлер охлажденный, 1 кг» names no "
           "part and is taken as a whole bird — judgement resting on outside knowledge; parts (бедро, голень, "
           "филе), duckling, canned chicken, nuggets, ready meals and pet food excluded"),
        ("картошечка 5 кг", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (Магнит «Новый урожай», «для варки/жарки» 3 кг, «красный, "
           "мытый», «мытый» 2,5 кг; Дикси «молодой»; Перекрёсток «мытый», «красный мытый»); «5 кг» is the "
           "quantity wanted of a weighed good, not a pack size; potato starch, chips, instant mash, vareniki and"
           " potato salads excluded"),
        ("репчатого лука сетку", {
            "pyaterochka": [],
            "magnit": ["168721", "168731"],
            "dixy": [],
            "perekrestok": ["79135", "79012"],
        }, "fresh bulb onions: titles «Лук репчатый» (red, white) and Магнит «Лук Светофор, 3 шт» (a set of "
           "yellow/red/white bulb onions — judgement resting on outside knowledge); «сетку» is the way of "
           "buying, not a filter; the special Ялтинский sweet onion (also sold «в сетке»), shallots, «лук "
           "салатный», green onions and herb sets excluded"),
        ("морковочки кило", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая, 1 кг», Перекрёсток «Морковь мытая»); Korean-style carrot "
           "salads, carrot juice/nectar, baby purees and sauerkraut with carrots excluded"),
    ]),
    # fwr06 children: breakfast
    ("несквик хлопья шоколадные, агуша молоко детское 3 шт, растишка питьевой 6 шт", [
        ("несквик хлопья шоколадные", {
            "pyaterochka": ["3434742", "4072647", "3363325", "3368535"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik chocolate breakfast cereal of any shape/size (Завтрак ШОКОЛАДНЫЙ 250 г and 700 г «Nesquick»,"
           " Алфавит, ДУО milk-and-chocolate); «хлопья» is the colloquial word for a ready breakfast; Nesquik "
           "BananaCrush (banana), Nesquik cocoa drinks, chocolate bars and sweets, and chocolate cereals of "
           "other brands excluded"),
        ("агуша молоко детское 3 шт", {
            "pyaterochka": ["3507208"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша drinking milk: Пятёрочка «АГУША Молоко ул/паст д/д от 3л 3,2%»; Агуша juices, purees, "
           "water+juice and flavoured ряженка, and children's milk of other brands (Сарафаново) excluded because"
           " the brand is written"),
        ("растишка питьевой 6 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Растишка drinkable yoghurt: only Растишка fruit purees for babies are on offer — excluded; missing "
           "everywhere"),
    ]),
    # fwr07 father: snacks and alcohol-free beer
    ("семечки от мартина 2 пачки, арахис соленый 3 пачки, сырные палочки копченые, пиво безалкогольное 4 банки", [
        ("семечки от мартина 2 пачки", {
            "pyaterochka": ["3669122", "3403508", "3630849"],
            "magnit": ["1000229533"],
            "dixy": [],
            "perekrestok": [],
        }, "От Мартина sunflower seeds of any kind (отборные, особые, черные обжаренные соленые, с морской "
           "солью); От Мартина pumpkin seeds («Семечки тыквы») and peanuts, sunflower seeds of other brands "
           "(Бабкины, Молодежный, От Атамана) and MARTINI drinks excluded"),
        ("арахис соленый 3 пачки", {
            "pyaterochka": ["3954224"],
            "magnit": ["4a8764138e"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted salted peanuts (От Мартина «обжаренный с солью», Восточный гость «жар соленый»); Джаз "
           "«Арахис жареный» (salt not stated), PARTY NUTS flavoured peanuts (морская соль и черный перец, "
           "васаби, чили, мед-горчица, сметана-лук), peanut sweets and halva excluded"),
        ("сырные палочки копченые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236799"],
        }, "smoked string-cheese sticks: Перекрёсток Чизолини «Чечил копчёный соломка»; Предгорье Кавказа «Чечил"
           " копчёный» 100 г (form not stated, usually a braid), unsmoked chechil/suluguni sticks and "
           "«спагетти», mozzarella sticks, croutons «со вкусом Сырные палочки» and corn sticks excluded"),
        ("пиво безалкогольное 4 банки", {
            "pyaterochka": [],
            "magnit": ["167351", "ab02321689"],
            "dixy": [],
            "perekrestok": ["4350458", "3636389", "4344713", "3655527", "3502293"],
        }, "alcohol-free beer of plain beer style (Bud безалкогольное, Горьковская пивоварня IPA 0 %, "
           "Hoegaarden, Балтика №0 светлое and пшеничное, Крушовице Нон-алко), «напиток пивной безалкогольный» "
           "included; flavoured alcohol-free beer drinks (Балтика №0 грейпфрут, гранат, малина), alcoholic beer,"
           " alcohol-free wine and soft drinks excluded; «4 банки» is a quantity, bottles are not excluded"),
    ]),
    # fwr08 mother: borscht
    ("говядина на кости 1.5 кг\nкочан капусты белокочанной\nсвекла 3 штуки на борщ", [
        ("говядина на кости 1.5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw beef on the bone: no beef offer says «на кости»; Магнит's bone-in cuts are pork (грудинка, "
           "корейка, лопатка, окорок, шейная часть «на кости»), Магнит «Лопаточная часть говядины, без кости», "
           "Мираторг «Мякоть бедра», steaks, tongue, and Пятёрочка «говядина шейная часть газ 400гр» (bone not "
           "stated, a 400 g gas-packed tray) excluded; canned/stewed beef and холодец excluded; missing "
           "everywhere"),
        ("кочан капусты белокочанной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage: Дикси «Капуста белокочанная ранняя, 1 кг»; sauerkraut, Chinese cabbage, "
           "broccoli, cauliflower salads and sea-kale salads excluded"),
        ("свекла 3 штуки на борщ", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (Магнит «Свекла мытая, 1 кг», Перекрёсток «Свекла мытая фасованная, 1кг»); «3 штуки»,"
           " «на борщ» are quantity and purpose; beetroot salads and vegetable juices excluded"),
    ]),
    # fwr09 children: ice cream, chips, cola
    ("мороженое пломбир в стаканчике 5 шт, принглсы со сметаной и луком, кока кола 2л 2 бутылки", [
        ("мороженое пломбир в стаканчике 5 шт", {
            "pyaterochka": ["4009747"],
            "magnit": ["454d2f4e9d", "5e86759538", "bac7d8405e"],
            "dixy": [],
            "perekrestok": [],
        }, "пломбир ice cream in a (wafer) cup: Свитлогорье «в вафельном стаканчике», Магнит 48 КОПЕЕК «стак "
           "пломбир», Славино «в ваф/стак» vanilla and chocolate (no flavour was written); cones (рожок), "
           "bricks, flow-pack tubs, эскимо, Магнит «КАК РАНЬШЕ пломбир ваниль 70г» (form not stated), "
           "plombir-flavoured yoghurts and milkshakes excluded; «5 шт» is a quantity"),
        ("принглсы со сметаной и луком", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Pringles sour cream & onion: the Pringles on offer are краб, паприка, сыр and rice «Asian "
           "Collection» — excluded; Lay's «сметана и лук» (other brand) excluded; missing everywhere"),
        ("кока кола 2л 2 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1860"],
        }, "Coca-Cola classic in a 2 l bottle (Перекрёсток); the size names the bottle and is respected, so "
           "Coca-Cola 0.9/1/1.5 l, Coca-Cola Vanilla/Orange/без сахара and 2 l colas of other brands "
           "(Черноголовка, Любимая) are excluded; «2 бутылки» is a quantity"),
    ]),
    # fwr10 mother: cleaning and paper
    ("туалетку 12 рулонов, mr proper для мытья полов, доместос гель 2 шт, бумажные полотенчики 2 рулона", [
        ("туалетку 12 рулонов", {
            "pyaterochka": ["3450513", "3326206"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 12 rolls (Familia Plus, Zewa плюс/Plus); the roll count names the pack and "
           "is respected, so 4- and 8-roll packs (Papia, Zewa Deluxe/Just 1) are excluded, as are moist toilet "
           "tissues"),
        ("mr proper для мытья полов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Mr. Proper floor cleaner: no Mr. Proper (or Мистер Пропер) offer in any store; other cleaners (Cif, "
           "Comet, Пемолюкс, Domestos) excluded because the brand is written; missing everywhere"),
        ("доместос гель 2 шт", {
            "pyaterochka": ["3956845", "3956844", "3956853", "3956850", "4068001", "4067999"],
            "magnit": ["160001", "205981"],
            "dixy": [],
            "perekrestok": [],
        }, "Domestos bottled cleaner, universal or for the toilet, any scent (750 ml); the bottled Domestos is a"
           " thick gel, so «гель» is taken as met although no title says gel — judgement resting on outside "
           "knowledge; the Domestos Power 5 rim block and Bref/Cif gels (other brands) excluded; «2 шт» is a "
           "quantity"),
        ("бумажные полотенчики 2 рулона", {
            "pyaterochka": ["3449212", "3601010", "3431062"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "paper kitchen towels in 2-roll packs (Papia 3сл.2рул, Familia 2 рулона) and ZEWA «Полотенца "
           "бумажные» (roll count not stated, taken as the usual 2-roll pack — judgement); toilet paper and "
           "wipes excluded"),
    ]),
    # fwr11 mother: baking
    ("мука пшеничная высший сорт 2кг, сахарный песок 3 кг, сухие дрожжи пару пакетиков, разрыхлителя 2 пакетика", [
        ("мука пшеничная высший сорт 2кг", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "8065"],
        }, "wheat flour of the highest grade in a 2 kg pack (the pack size is respected): Makfa «высшего сорта» "
           "2кг, Пышечка «пшеничная хлебопекарная высшего сорта» 2кг, and Рязаночка «ПШЕНИЧНАЯ ЭКСТРА» 2кг "
           "(экстра is the premium grade above высший in GOST 26574 — judgement resting on outside knowledge); "
           "Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), Makfa 1 кг, whole-grain, rye, rice and durum "
           "крупка excluded"),
        ("сахарный песок 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "granulated white sugar: the only sugars on offer are Магнит «Сахар белый прессованный» (cubes) and "
           "Демерара cane sugar — excluded; missing everywhere"),
        ("сухие дрожжи пару пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "dry baker's yeast (Саф-Момент 11 г); frozen yeast dough excluded; «пару пакетиков» is a quantity"),
        ("разрыхлителя 2 пакетика", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236368"],
        }, "baking powder (Пр!ст «Разрыхлитель для теста» 10 г); baking mixes excluded; «2 пакетика» is a "
           "quantity"),
    ]),
    # fwr12 pasta night
    ("макароны barilla 3 пачки, говяжий фарш килограмм, пармезан кусочек грамм 200, кетчупа хайнц томатного", [
        ("макароны barilla 3 пачки", {
            "pyaterochka": ["4037645", "4037644", "4037652", "4037654", "4037666"],
            "magnit": ["214631"],
            "dixy": [],
            "perekrestok": [],
        }, "Barilla dry pasta of any shape (капеллини, спагетти, пенне ригате, пипе ригате, джирандоле); Barilla"
           " pesto sauce and pasta of other brands excluded; «3 пачки» is a quantity"),
        ("говяжий фарш килограмм", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef mince (Рестория «фарш Говяжий», Останкино «ФАРШ ГОВЯЖИЙ», Мираторг «Фарш говяжий»), any pack "
           "size — «килограмм» is the quantity wanted; pork, turkey, chicken and mixed mince (свино-говяжий, "
           "«Домашний», «Деревенский», Петелинка «Премиум») and stuffed olives excluded"),
        ("пармезан кусочек грамм 200", {
            "pyaterochka": ["3650219", "3462825", "24647"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3206443", "3912980"],
        }, "parmesan-type hard cheese in a piece (LAIME 200 г, Чиз Гелери 175 г, CASTELLO REGGIANIDO «ПАРМЕЗ.» "
           "150 г, Dolce Granto by weight, Зелёная Линия «Пармезан молодой» by weight); «грамм 200» is an "
           "approximate quantity, not a pack filter; grated and flaked parmesan excluded, incl. Пятёрочка «Сыр "
           "Пармезан, Dolche, 150 г» whose PLU 3433812 Перекрёсток sells as «Dolce Granto Пармезан тёртый» "
           "(judgement); parmesan-flavoured chips and sausage excluded"),
        ("кетчупа хайнц томатного", {
            "pyaterochka": ["4086400"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz plain tomato ketchup (Пятёрочка «Томатный кетчуп Heinz 342г»); Heinz «Кетчуп томат.с горч.» (a"
           " mustard variant), Heinz sauces (кисло-сладкий, чили, сырный, Цезарь, Salsa, Cherry), Heinz tomato "
           "paste/mayonnaise and ketchups of other brands excluded"),
    ]),
    # fwr13 children: school snacks
    ("сок добрый маленький 10 шт, печенье юбилейное три пачки, бананы кило два", [
        ("сок добрый маленький 10 шт", {
            "pyaterochka": ["3637415"],
            "magnit": ["0f2cae24db"],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый juice in a small pack (0.2-0.3 l), any fruit as none was written: Пятёрочка «ДОБРЫЙ Сок "
           "мультифрут с 6 мес. 0.2л», Магнит «ДОБРЫЙ Сок яблочный 0,3л»; Добрый nectars (Магнит «Нектар "
           "апельсиновый 0,3л» — a nectar is not a juice, as in real_basket_eval), 1-2 l packs, морс, sodas and "
           "juice drinks excluded; «10 шт» is a quantity"),
        ("печенье юбилейное три пачки", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every Юбилейное biscuit (традиционное, молочное, с глазурью, овсяное, постное, ореховое, "
           "клюква/черника/земляничное, шоколадное, с цельнозерновыми злаками); Юбилейное mini-cakes (кексы), "
           "Юбилейная sausage and J.Meinl «ЮБИЛЕЙНЫЙ» coffee excluded"),
        ("бананы кило два", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "3639749", "4112219", "4208494"],
        }, "fresh bananas (Бананы, фасованные, мини, Organic); «кило два» is the quantity; dried bananas and "
           "banana-flavoured goods excluded"),
    ]),
    # fwr14 father: beer plate
    ("сервелатик папе\nкосичка сырная копченая к пиву\nгренки чесночные 2 пачки", [
        ("сервелатик папе", {
            "pyaterochka": ["3379266", "3440935", "4039999", "3660417", "3385833", "3671899", "3442569", "3696443"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4390257", "4394293", "4283094", "4400591", "3654318", "4166796", "4064566", "4135604",
                            "4217621"],
        }, "any сервелат sausage, whole or sliced (Кремлевский, Финский, Австрийский, Ореховый, Российский, "
           "Зернистый, Коньячный, Швейцарский, Егорьевский «СЕРВЕЛ.ИМБИР.» с/к, Дымов «Колб.СЕРВ.КРЕМЛЕВ.» "
           "нарезка); other smoked sausages (салями, Брауншвейгская, Краковская) excluded; «папе» is a purpose"),
        ("косичка сырная копченая к пиву", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3165362", "4236799"],
        }, "smoked chechil string cheese, the cheese sold as «косичка» (Предгорье Кавказа «Чечил копчёный» 100 "
           "г, Чизолини «Чечил копчёный соломка») — «косичка» taken as the colloquial name of chechil — "
           "judgement resting on outside knowledge; unsmoked chechil (President, Долголетие ассорти, Чизолини 40"
           " %, «спагетти»), suluguni and cheese-flavoured snacks excluded; «к пиву» is a purpose"),
        ("гренки чесночные 2 пачки", {
            "pyaterochka": ["3611032", "3687988"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3916637", "4336879", "3689060", "4300171", "4301063", "3492421", "3611032"],
        }, "garlic croutons of any brand (Три семёрки, Фишка ЧЕСНОЧНЫЕ, Black Бери!, Vian, Волнистые, Гренковъ, "
           "Зелёная Линия, Клины); croutons of other flavours (холодец, томат, сметана, икра…) and Knorr soups "
           "«с сухариками» excluded; «2 пачки» is a quantity"),
    ]),
    # fwr15 groats for the week
    ("геркулес овсяные хлопья большую пачку, гречка ядрица 2 кг, рис длиннозерный 2 пачки", [
        ("геркулес овсяные хлопья большую пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a big pack (800 g and more) of Геркулес rolled oats: the only oat flakes are Клинские «Геркулес» 500"
           " г and Увелка «Хлопья зерн.овсян.трад.» 400 г, the regular packs, so «большую пачку» is not met — "
           "excluded (as «большая пачка» in set zh); oat porridges, oat biscuits and fermented oat products "
           "excluded; missing everywhere"),
        ("гречка ядрица 2 кг", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats ядрица: Магнит «Крупа Гречневая Prosto, 500 г» (the kind is not stated; buckwheat "
           "groats not labelled «продел» are ядрица — judgement resting on outside knowledge); «2 кг» is the "
           "quantity wanted; buckwheat flakes, «Рис и греча» mix, soba noodles, buckwheat porridges and ready "
           "meals excluded"),
        ("рис длиннозерный 2 пачки", {
            "pyaterochka": ["39747", "5722"],
            "magnit": ["7936bf2f6b", "448fba0b94"],
            "dixy": [],
            "perekrestok": [],
        }, "long-grain rice: titles saying «длиннозерный» (Мистраль Жасмин, Националь Лазер) and basmati "
           "(Мистраль, Националь — basmati is a long-grain rice, judgement resting on outside knowledge); "
           "round-grain (Увелка Краснодарский, Мистраль «круглый», Кубань), Адриатика, plov rices and Девзира "
           "(grain not stated or medium), brown «ЭКСТРА БУРЫЙ», the Акватика mix, rice flakes/flour/drink "
           "excluded; «2 пачки» is a quantity"),
    ]),
    # fwr16 meat and convenience food
    ("куриные бедра 2 кг, сосиски молочные упаковку, пельмени подешевле 2 пачки, котлетки замороженные на ужин", [
        ("куриные бедра 2 кг", {
            "pyaterochka": ["3364509", "4007208"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160041", "4250498", "4007208", "3692842", "4328962"],
        }, "raw chicken thighs with or without bone/skin (Пятёрочка «Бедро цыпл-табака» Первая свежесть and "
           "«Филе бедра без кожи ЦБ», Перекрёсток «Бедро куриное», «Филе бедра» Первая свежесть / Петелинка / "
           "Троекурово / Зелёная Линия), as in real_basket_eval; turkey thighs and beef «мякоть бедра» excluded;"
           " «2 кг» is the quantity"),
        ("сосиски молочные упаковку", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "frankfurters named «Молочные» (Велком, Магнит 0,33 и 0,65 кг); Сливочные, Детям, Докторские, "
           "Венские, Баварские, Филейные and Вязанка-type «Молокуши» excluded; «упаковку» is a quantity"),
        ("пельмени подешевле 2 пачки", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                            "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any brand and filling (Бульмени, Мираторг, Сибирская коллекция, Ложкаревъ, "
           "Стародворье, Цезарь, Eat Meat); «подешевле» is a wish, not a filter; vareniki, manti, a pelmeni "
           "sauce excluded"),
        ("котлетки замороженные на ужин", {
            "pyaterochka": ["4060841", "4060844", "3471982", "3452752", "3464190"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen meat/poultry cutlets: Ложкаревъ «глуб/зам» индейка and куриные, Белорусские из индейки (in "
           "Пятёрочка's category «Замороженные продукты»), С ПЫЛУ С ЖАРУ филейные говяжьи and из курочки (a "
           "frozen convenience brand, frozen state not in the title — judgement resting on outside knowledge); "
           "chilled cutlets (Ближние горки, Пава Пава, Магнит «Люкс» охлажденные, Петелинка, Рестория «Котлета "
           "свиная» = a pork chop line), fish cutlets «Четверг» (котлетки taken as meat), Мираторг «Котлеты "
           "по-киевски» (a distinct dish) and a Maggi seasoning excluded"),
    ]),
    # fwr17 fruit for the kids
    ("яблоки зеленые 2 кг, мандаринок 2 кило, апельсинчики 2кг, виноград без косточек на детей", [
        ("яблоки зеленые 2 кг", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh green apples: Магнит «Яблоки Гренни Смит» (a green variety — judgement resting on outside "
           "knowledge); red/yellow varieties (Ред Делишес, Гала, Медовый хруст, «красные») and Перекрёсток "
           "«Яблоки сезонные» (colour not stated), green-apple juice and flavoured goods excluded; «2 кг» is the"
           " quantity"),
        ("мандаринок 2 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins (Мандарины, Марокко, «с листом Китай»); mandarin juices, nectars, sodas and sweets "
           "excluded; «2 кило» is the quantity"),
        ("апельсинчики 2кг", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges (Магнит «Апельсины, 1 кг», Перекрёсток «Апельсины»); juices, nectars, sodas, "
           "orange-flavoured yoghurts and sweets excluded; «2кг» is the quantity"),
        ("виноград без косточек на детей", {
            "pyaterochka": ["4327381"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48660", "57580", "48657", "4327381"],
        }, "seedless table grapes: «белый без косточек», Киш-миш and Киш-миш чёрный (kishmish is seedless), Шайн"
           " Мускат (sold as a seedless variety — judgement resting on outside knowledge); Тайфи (with seeds), "
           "Магнит «Виноград черный» (seeds not stated), grape juice, oil and vinegar excluded"),
    ]),
    # fwr18 children: sweets for tea
    ("конфеты вдохновение коробку, зефирки в шоколаде коробочку, вафли яшкино 2 упаковки, печенье орео 2 пачки", [
        ("конфеты вдохновение коробку", {
            "pyaterochka": ["3181086", "3384697"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "boxed Вдохновение chocolates (шоколадное пралине 215 г, набор «Трюфельный крем» 170 г); the loose 1 "
           "кг Вдохновение sweets (not a box — judgement), Вдохновение zefir and a Вернель conditioner «Нектар "
           "Вдохновения» excluded"),
        ("зефирки в шоколаде коробочку", {
            "pyaterochka": ["3681284", "3406629", "4086822"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chocolate-coated zefir in a pack: Вдохновение «Зефир ЯГ.ПАРФЕ в тем.шок.», Шарлиз «глазированный "
           "ваниль» and Белёвский «с ароматом ванили гл.» (glazed zefir counts as «в шоколаде» — judgement); the"
           " loose 1 кг glazed zefir (not a box, as for Вдохновение sweets), unglazed zefir (Белевский "
           "антоновский/черносмородиновый, Сладкие истории, LOVE IS, NEO) and glazed curd snacks excluded"),
        ("вафли яшкино 2 упаковки", {
            "pyaterochka": ["3141421", "2126636"],
            "magnit": ["f55f44c954", "7d5a68f794", "01fb3ade65", "29989b90ed"],
            "dixy": [],
            "perekrestok": [],
        }, "Яшкино wafers of any filling (сгущенка, с орешками глазированные, сливочные, с вареной сгущенкой, "
           "тонкие клубничные); Яшкино croissants and gingerbread and wafers of other brands excluded; «2 "
           "упаковки» is a quantity"),
        ("печенье орео 2 пачки", {
            "pyaterochka": ["3983256", "3640617", "3474314", "4032483", "3474313", "3640618"],
            "magnit": ["204631", "5aadea8f9c"],
            "dixy": [],
            "perekrestok": [],
        }, "Oreo biscuits of any flavour and size (classic vanilla, chocolate, strawberry, Golden); Milka/Alpen "
           "Gold chocolates and Milka sweets «с печеньем Орео» excluded; «2 пачки» is a quantity"),
    ]),
    # fwr19 mother: dishwasher, laundry, air freshener
    ("финиш таблетки в посудомойку, lenor кондиционер для белья, ваниш для белого, освежитель воздуха в туалет с лавандой", [
        ("финиш таблетки в посудомойку", {
            "pyaterochka": ["3948780", "3925971", "3955097"],
            "magnit": ["106111"],
            "dixy": [],
            "perekrestok": [],
        }, "Finish dishwasher tablets (Powerball All in 1 Max 50/65, лимон; Магнит All In 1 50 шт); Somat "
           "tablets (other brand) excluded"),
        ("lenor кондиционер для белья", {
            "pyaterochka": ["3465388", "3669625", "4025712"],
            "magnit": ["205131", "159881", "203041"],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner of any scent and size; Ariel «Touch of Lenor» and Tide «Lenor Color» "
           "powders, Vernel and Е conditioners excluded"),
        ("ваниш для белого", {
            "pyaterochka": ["2080266"],
            "magnit": ["bb3ee4398d"],
            "dixy": [],
            "perekrestok": [],
        }, "Vanish stain remover for whites: Пятёрочка «VANISH Пятнов.OXI ACTION сп.д/бел.ткан 1л» (read as "
           "«специально для белых тканей») and Магнит «VANISH Oxi Advance Пятновыводит + отбеливатель» (the "
           "stain remover + bleach line is the one for whites) — both judgements resting on outside knowledge; "
           "Vanish Gold carpet cleaner excluded"),
        ("освежитель воздуха в туалет с лавандой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lavender air freshener: no air freshener on offer has a lavender scent (Air Wick, Glade, Symphony, "
           "Магнит «Сакура/Орхид/Лайм» are other scents) — excluded; a Persil «ЛАВАНДА» powder and a lavender "
           "soft drink excluded; missing everywhere"),
    ]),
    # fwr20 bathroom
    ("детская зубная паста, шампунь джонсонс беби, гель для душа 2 шт, мыло жидкое 2 бутылки", [
        ("детская зубная паста", {
            "pyaterochka": [],
            "magnit": ["32cc6f1bd5"],
            "dixy": [],
            "perekrestok": [],
        }, "children's toothpaste: Магнит SPLAT JUNIOR «З/п д/дет 6-11лет»; adult toothpastes (Colgate, "
           "Blend-a-med, ROCS, Splat, President, Aquafresh, Lacalut, Closeup) and toothbrushes excluded"),
        ("шампунь джонсонс беби", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Johnson's Baby shampoo: the Johnson's Baby offers are a baby oil and a cream only; adult shampoos "
           "excluded; missing everywhere"),
        ("гель для душа 2 шт", {
            "pyaterochka": ["3440044", "3655723", "3642074", "4054536", "3380358", "3664431", "3626165", "4092136",
                            "4092217", "4092188", "3241074", "3454322", "4024923"],
            "magnit": ["112331"],
            "dixy": [],
            "perekrestok": ["4256375"],
        }, "any shower gel incl. men's 3-in-1 shower gels and «гель-крем для душа» (Palmolive, Fa, Nivea, Le "
           "Petit Marseillais, Dove, unbranded «ГЕЛЬ ДЛЯ ДУША» 400 мл); gift sets (Old Spice, Palmolive gel + "
           "soap) and Чистая линия «Шамп-кондиц-гель/душа 3в1» (sold as a shampoo) excluded; «2 шт» is a "
           "quantity"),
        ("мыло жидкое 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["1aeb42ebee"],
            "dixy": [],
            "perekrestok": [],
        }, "liquid hand soap (Магнит AURA «Мыло жидкое» 500 мл); bar soaps (Safeguard, Dove, Camay, Fax) and a "
           "gift set excluded; «2 бутылки» is a quantity"),
    ]),
    # fwr21 father: beer snacks and kvass
    ("читос 3 пачки, сушеная рыбка, квас очаковский двухлитровый", [
        ("читос 3 пачки", {
            "pyaterochka": [],
            "magnit": ["106081"],
            "dixy": [],
            "perekrestok": [],
        }, "Cheetos snacks of any flavour (Магнит «Кукурузные палочки Читос, кетчуп/сыр»); other corn sticks "
           "(Кузя Лакомкин) and chips excluded; «3 пачки» is a quantity"),
        ("сушеная рыбка", {
            "pyaterochka": [],
            "magnit": ["705f039ea0", "4ce84def29"],
            "dixy": [],
            "perekrestok": [],
        }, "dried/cured fish snacks: Магнит SOLO NINA «Вобла вяленая соломка» and BEERKA «Тунец сушено-вяленый "
           "соломка» (вяленая taken as сушеная); dried squid (not fish), raw/frozen/canned tuna, Хе and fish "
           "seasoning excluded"),
        ("квас очаковский двухлитровый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Очаковский kvass 2 l: no kvass of any brand is on offer; missing everywhere"),
    ]),
    # fwr22 mother: pantry
    ("масло подсолнечное самое дешевое 2 бутылки, уксус столовый 9 % бутылку, майонез провансаль 800 г ведерко, греческий йогурт не сладкий", [
        ("масло подсолнечное самое дешевое 2 бутылки", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "plain sunflower oil of any brand and size (Олейна 2 л, Благо, Mr.Ricco, Слобода «для жарки»); «самое"
           " дешевое» is a wish, not a filter; flavoured or blended sunflower oils (ALMADOR базилик/чеснок, "
           "Mr.Ricco «с экстр Прованские травы», «с доб олив», «с доб масла авокадо»), corn, grape-seed and "
           "olive oils excluded"),
        ("уксус столовый 9 % бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "9 % table vinegar: the only vinegar on offer is Магнит «Уксус яблочный 6%» (apple, 6 %) — excluded; "
           "missing everywhere"),
        ("майонез провансаль 800 г ведерко", {
            "pyaterochka": ["3193489", "3355228"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["3193489"],
        }, "Провансаль mayonnaise in the ~800 ml pack: Слобода Провансаль 800 мл (Пятёрочка titles the same PLU "
           "3193489 just «Майонез Слобода, 67%, 800 мл») and Ряба Провансаль 744 г (744 g is the 800 ml pack — "
           "judgement); pack form not stated, so «ведерко» is not checked for these; Ряба «ПРОВАНС.ОЛИВК. дпд "
           "744г» (a doy-pack, olive), Слобода «Оливковый» 800 мл, Mr.Ricco 800 мл (not Провансаль), and "
           "Провансаль packs of 200-700 ml excluded"),
        ("греческий йогурт не сладкий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain Greek yoghurt without fruit: Neo «классический без сахара», Teos Греческий 2 %, Простоквашино "
           "Греческий 2 %, Зелёная Линия «натуральный» 4 % (plain Greek yoghurts taken as unsweetened — "
           "judgement, as in set zh); Пятёрочка Греческий with вишня/черника and Дикси Viola Малина-Мята (fruit)"
           " and Greek-salad cheeses excluded"),
    ]),
    # fwr23 children: dairy snacks; kefir
    ("творожки даниссимо 4 шт, сырки глазированные 6 штук, ряженка 4% 2 бутылки, кефир 1% литровый пакет", [
        ("творожки даниссимо 4 шт", {
            "pyaterochka": ["4000341"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Даниссимо curd dessert: Пятёрочка «Даниссимо Продукт творожный с тропическим манго и маракуйей»; "
           "Даниссимо Фантазия yoghurts and Даниссимо drinkable cocktails (not творожки), Чудо/Данон curd "
           "desserts (other brands) excluded; «4 шт» is a quantity"),
        ("сырки глазированные 6 штук", {
            "pyaterochka": ["3378597", "4015226", "3601367", "3410456", "3472523", "3689778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snacks (Б.Ю.Александров Картошка, фисташки, в белом шоколаде, ванильный, Суфле "
           "глазированный, and «Дес.M.BIS. гл.тв.» — a glazed curd bar sold as «десерт», judgement); the "
           "unglazed Свитлогорье «Сырок творожный», РАЭ glazed curd in a wafer cone and Б.Ю.Александров nougat "
           "excluded; «6 штук» is a quantity"),
        ("ряженка 4% 2 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ряженка 4 %: the only ряженка is Агуша «клубника 2,9%» (flavoured, 2.9 %) — excluded; missing "
           "everywhere"),
        ("кефир 1% литровый пакет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir 1 % 1 l: no kefir in any store; missing everywhere"),
    ]),
    # fwr24 salad vegetables
    ("огурчики кг, розовые помидоры 1 кг, перчик болгарский 3 шт", [
        ("огурчики кг", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers of any kind (короткоплодные, среднеплодные пупырчатые, Ботаника, Хрустящие, fresh "
           "корнишоны); pickled/canned пикули, cucumber shampoo and cucumber-flavoured goods excluded; «кг» is "
           "the quantity"),
        ("розовые помидоры 1 кг", {
            "pyaterochka": [],
            "magnit": ["107631"],
            "dixy": [],
            "perekrestok": ["4355823", "3017019", "4327843"],
        }, "fresh pink tomatoes: Магнит «Томаты розовые», Перекрёсток «Томат Дагестан розовый» and «Томаты "
           "Бакинские» (Baku tomatoes are a pink variety — judgement resting on outside knowledge); red, cherry,"
           " cocktail, plum and on-the-vine tomatoes (colour red or not pink), salted tomatoes, tomato "
           "paste/juice excluded; «1 кг» is the quantity"),
        ("перчик болгарский 3 шт", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["6178", "6177", "4228843"],
        }, "fresh bell peppers of any colour (Магнит «Перец болгарский, красный», Перекрёсток «Перец "
           "жёлтый/красный сладкий» and «Перец в ассортименте, 2шт» — taken as sweet peppers, judgement); the "
           "pointed Рамиро pepper (a distinct variety — judgement), grilled/canned pepper, айвар, ground and "
           "pepper mixes excluded; «3 шт» is a quantity"),
    ]),
    # fwr25 drinks and tea
    ("черный чай в пакетиках 100 штук, кофе растворимый якобс самый дешевый, вода 5 литров 2 штуки, черноголовка лимонад 2 бутылки", [
        ("черный чай в пакетиках 100 штук", {
            "pyaterochka": ["4002510", "3998702", "3620106", "3635756", "3378336", "3446638", "3950803", "2070472",
                            "11200", "3689577", "3628990", "3378327", "3662837"],
            "magnit": ["159991", "199261"],
            "dixy": [],
            "perekrestok": [],
        }, "unflavoured black tea in packs of 100 bags (Brooke Bond, Saito Asian Ceylon, Ahmad классический, "
           "Bernley, Greenfield Kenyan Sunrise, Richard Royal Ceylon, Принцесса Нури, Принцесса Канди цейлонский"
           " (Ceylon tea taken as black — judgement), Lipton Yellow label, ШАХ Голд, Akbar Ceylon, Tess Санрайз,"
           " Азерчай Букет «100x2г»); Richard «Royal English Breakfast … в пак 200гр» taken as 100 × 2 г — "
           "judgement; the count names the pack, so 20/25-bag packs are excluded; flavoured black teas (Earl "
           "Grey, чабрец/розмарин, Spring Melody, шиповник-яблоко, «фруктовый»), green and herbal teas excluded "
           "(a plain product word means the plain product, as flavoured milk is not «молоко»)"),
        ("кофе растворимый якобс самый дешевый", {
            "pyaterochka": ["3684932", "3626060", "3626048", "3636926", "3636923", "3372172", "3488345", "3444962"],
            "magnit": ["106161", "205121", "106231"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs instant coffee of any line and size (Crema, Gold, Millicano, Monarch, Monarch Intense, "
           "Velour); «самый дешевый» is a wish, not a filter; Jacobs/Monarch beans and ground coffee (incl. "
           "Monarch Lungo) excluded"),
        ("вода 5 литров 2 штуки", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "drinking water in a 5 l bottle (Черноголовская Honey kid, Архыз «Легенда Гор» 5 л, Аквалайн «Для "
           "ляль», Малаховская №1 5л); the size names the bottle, so 0.33-2 l waters are excluded; «2 штуки» is "
           "a quantity"),
        ("черноголовка лимонад 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["c7e1497ccb"],
            "dixy": [],
            "perekrestok": ["3403323", "3403324"],
        }, "Черноголовка «Лимонад» (classic lemonade, any size); Черноголовка Байкал, Дюшес, Тархун, Крюшон, "
           "Мандарин, Кола, the 5 l Черноголовская water and other brands' lemonades excluded; «2 бутылки» is a "
           "quantity"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: each follows a line '=== fwrNN ===' (header lines start with '#')."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if re.fullmatch(r"=== fwr\d\d ===", line):
                if cur is not None:
                    texts.append("\n".join(cur).strip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
            elif line and not line.startswith("#"):
                sys.exit("unexpected line before the first list in %s: %r" % (path, line))
    if cur is not None:
        texts.append("\n".join(cur).strip("\n"))
    return texts


def check_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("%d lists in LISTS, %d in the blind draft" % (len(lists), len(blind)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        expected = draft
        if n in REPLACED:
            old, new = REPLACED[n]
            if draft.count(old) != 1:
                errors.append("fwr%02d: replaced item %r not found once in the blind draft" % (n, old))
            expected = draft.replace(old, new)
        if text != expected:
            errors.append("fwr%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fwr"))
