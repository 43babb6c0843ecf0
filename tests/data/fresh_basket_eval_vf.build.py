#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vf.jsonl -- shopping lists of a couple in their thirties hosting a board-game
evening for six friends (snacks, dips, home-made pizza, beer and soft drinks, ice) plus their own weekly
groceries, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vf.build.py

LISTS below is literal data: 25 lists (3-4 items, 90 items) as such a couple would type them to a Telegram
bot, and for every item the product ids of every store that a reasonable shopper who wrote exactly that item
would accept.  The lists were written before any offer was read and saved, read-only, as
fresh_basket_eval_vf.blind_lists.txt; this script first checks that every list text equals that blind draft
(apart from the items in REPLACED, which is empty: nothing was replaced).  Candidate titles were grepped
broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings) and read one by one; the note of each item records what was accepted, what was deliberately left
out and any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable
(the item is "missing" there).  The labels were made without reading or running korzina.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in real_offers_g.jsonl
*for that store* and is in stock (``available`` true), no id repeats within an item, every item has a note,
and the labels are exactly the list's items in order (an item is the text between commas / new lines) -- and
writes the JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids
are fvf01, fvf02, ... in LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vf.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vf.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number: [(blind item, new item), ...]}.  No list was empty, so nothing was replaced.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvf01 beer and ice for the game night
    ("пиво светлое 8 банок, нефильтрованное пивко пару бутылок, безалкогольное пиво для ани, лед пищевой 2 пакета", [
        ("пиво светлое 8 банок", {
            "pyaterochka": [],
            "magnit": ["b7be4e1cdf", "8f5e8411f3", "4b9214b25a", "69a66b3a0f", "5efbef1867", "ee4fd3d93d", "7e7ff281a0",
                       "b22153f240", "e5d1876122", "42f69bfc00", "ae5974fdda", "f66314d40a", "b4204a2237", "63c65170c7",
                       "9f7d0a8f2d", "409bf95866", "e2bedcaafd", "0c7af2aa41", "bc158ed1af", "cdadff0fd2", "1b3181a9dc",
                       "cff5b47f4d", "3ea97ca924", "c7cb3e4e83", "72ef636633", "2e39130955", "ec022e4637"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light (светлое) beer of any brand, filtered or unfiltered, incl. wheat and IPA, strong Охота/Ледокол "
           "and the Эдельвейс «напиток пивной» (outside knowledge: a light wheat beer sold as a beer drink); «8 банок» is a "
           "quantity, so bottles and cans both count (most titles do not say). Left out: dark beer (Wolpertinger, Крушовице "
           "тёмное), alcohol-free Stella Artois, flavoured beer drinks (Amstel, Мишенька под вишенкой, Dr.Diesel, Green Beat, "
           "Балтика №0, Hollandia), ALKO rum-cola, медовуха, cider. Дикси holds only flavoured beer drinks; Пятёрочка and "
           "Перекрёсток have no beer"),
        ("нефильтрованное пивко пару бутылок", {
            "pyaterochka": [],
            "magnit": ["69a66b3a0f", "7e7ff281a0", "b22153f240", "b4204a2237", "409bf95866", "3ea97ca924", "72ef636633",
                       "c97b2b855e", "ec022e4637"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic beer whose title says нефильтрованное (light or dark: Балтика Крафти, Волковская ИПА and Бланш де Мазай, "
           "Жигули Барное пшеничное and ИПА, Шлосскеллер, Konix IPA, Wolpertinger тёмное) plus the Эдельвейс unfiltered beer "
           "drink (outside knowledge: a wheat beer); «пивко» = beer, «пару бутылок» a quantity. Left out: filtered beers, "
           "Мишенька под вишенкой (cherry beer drink), alcohol-free Amstel лайм-мята"),
        ("безалкогольное пиво для ани", {
            "pyaterochka": [],
            "magnit": ["58f80cdc50"],
            "dixy": [],
            "perekrestok": [],
        }, "alcohol-free beer: only Magnit Stella Artois безалкогольное. Left out: flavoured alcohol-free beer drinks (Amstel "
           "лайм-мята/малина-лайм/апельсин, Балтика №0 малина/гранат, Hollandia малина-мята) — not plain beer; alcohol-free "
           "cider; «для ани» is a purpose"),
        ("лед пищевой 2 пакета", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "food ice (bagged ice cubes): none in any store. Left out: fruit ice lollies «Лёд фруктовый»/«Лед Гранат Джелато», "
           "«Ледокол» beer, «ICE TEA»"),
    ]),
    # fvf02 snacks and dip
    ("pringles оригинальные, начос кукурузные, соус сальса для начос, попкорн соленый 2 пачки", [
        ("pringles оригинальные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Pringles Original: no Pringles in any store (grepped pringl/принглс). Other chips (Lay's, Pomsticks) are not Pringles"),
        ("начос кукурузные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000265269"],
            "perekrestok": [],
        }, "corn tortilla chips (nachos): Дикси Delicados Nachos с оливками и паприкой (no flavour was written, so a flavoured "
           "pack counts). Left out: potato chips, Зелёная Линия «флайчипсы» corn-rice crisps (not nachos)"),
        ("соус сальса для начос", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "salsa dip: none (grepped сальс/salsa/дип/мексик). Ketchups, tomato sauces and «Mr.Ricco Острый Pomodoro» are not "
           "salsa"),
        ("попкорн соленый 2 пачки", {
            "pyaterochka": [],
            "magnit": ["ee4d3c9d31"],
            "dixy": ["2000284017"],
            "perekrestok": [],
        }, "salted popcorn: Magnit Lucky Days солёный, Дикси Cranpers для СВЧ с солью (microwave form not excluded). Left out: "
           "sweet/cheese/chocolate/caramel and «солёная карамель» popcorn, Коринкорн ассорти, Пятёрочка Mixbar «сл-сол.вк» "
           "(abbreviation read as sweet-salty/creamy-salty, not plainly salted — judgement), Mixbar cheese"),
    ]),
    # fvf03 home-made pizza dough
    ("мука для пиццы 2 кг, дрожжи сухие на 2 замеса, моцарелла для пиццы 3 упаковки, томатная паста для основы", [
        ("мука для пиццы 2 кг", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "2000317163", "ЦТ0044481", "2000553733", "ЦТ0044544", "2000213875"],
            "perekrestok": ["3505430", "3292690", "3915409", "3193726", "3305673", "4215036", "91321", "4326495", "3681817",
                            "4262616", "2037765", "3346668", "3626914", "2107396", "3394693", "2112692"],
        }, "no store sells flour labelled «для пиццы», so plain white wheat flour (высший сорт / экстра / хлебопекарная) is "
           "taken as what a pizza baker would buy; «2 кг» names the pack (flour is sold in 1 and 2 kg packs), so only 2 kg packs. "
           "Тихорецкая «особая» 2 кг taken as plain wheat flour (outside knowledge). Left out: 1 kg packs (Makfa хлебопекарная, "
           "Пышечка, Предпортовая 1 кг, Царь 1 кг, Manitoba 1 кг, Французская штучка 1 кг), блинная, whole-grain "
           "(Французская штучка цельнозерновая 2 кг, Рязаночка), self-raising, rye, rice, corn, gluten-free, nut and oat flours"),
        ("дрожжи сухие на 2 замеса", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry yeast: Саф-Момент 11 г in both chains (Magnit's title does not say сухие; outside knowledge: Saf-Moment is "
           "instant dry yeast, Дикси titles it «сухие быстродействующие»). Left out: «Люкс Экстра» 100 г (Дикси's title says "
           "«сухие … прессованные», Magnit sells the same product as «ДРОЖЖИ ПРЕССОВАННЫЕ» — fresh pressed yeast), yeast dough"),
        ("моцарелла для пиццы 3 упаковки", {
            "pyaterochka": [],
            "magnit": ["1000070528", "f34553b2a5", "1000216597", "8000036544", "8fafbefa0d", "a6a7985f8b", "ac45682a48",
                       "1000397214", "3ceec6b968"],
            "dixy": ["2000365606"],
            "perekrestok": ["3668945", "3500953", "3949283"],
        }, "mozzarella cheese of any form (balls, mini, чильеджина, кубики, fior di latte, protein «палочки», Зелёная Линия «для "
           "пиццы»); «для пиццы» is read as a purpose, not as the low-moisture pizza type only (only Перекрёсток sells one), and "
           "«3 упаковки» is a quantity. Left out: Скаморца, pizzas and sausages «с моцареллой», Dr.Oetker pizza"),
        ("томатная паста для основы", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000000761", "2000521414", "2000569071", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste of any brand and pack (incl. 30-70 g sachets/pyramids). Left out: ketchups, tomato sauces (Славянский "
           "дар для Болоньезе, Pugliese Basil Sauce), canned and chopped tomatoes, tomato juice, fish «в томатном соусе»"),
    ]),
    # fvf04 pizza toppings
    ("колбаску пепперони граммов 300, шампиньоны свежие полкило, красный болгарский перец 2 шт, маслинки без косточки баночку", [
        ("колбаску пепперони граммов 300", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pepperoni sausage: none. Left out: Magnit pizza «Пепперони» (Ла Траттория) and «Чебупицца Пепперони»; other salami "
           "(Итальянская, Миланская, Фламенко…) are not pepperoni"),
        ("шампиньоны свежие полкило", {
            "pyaterochka": ["af18b48e5a"],
            "magnit": ["4de59ad542"],
            "dixy": ["DI00079986", "1100074529", "2000332389", "2000088639", "ЦТ0046651"],
            "perekrestok": ["59120", "6176", "2071820", "3685051", "3950281", "3622668", "3683919", "3652049", "4136012",
                            "4355283", "4270844", "4280106", "3669839", "4051468"],
        }, "fresh champignons, whole, royal, mini, sliced trays and packs; «полкило» is the quantity wanted of a weighed good. "
           "Judgements: Пятёрочка «ДСК Грибы Шампиньоны 400 г» taken as fresh (its category is «Овощи и фрукты»); Перекрёсток "
           "300 g «резаные»/«кубики»/«мини Маркет» trays, «для гриля Маркет 700г» and «Смесь мини микс шампиньоны» taken as "
           "fresh. Left out as canned/marinated/frozen: Lorado, Bonduelle, Lutik, Pucci, Бояринъ, Пр!ст 400 g, «резаные Маркет "
           "400г» (400 g is the canned size and fresh Маркет packs say «Fresh» — judgement), marinated and Korean-style "
           "mushrooms, frozen packs, ready «Шампиньоны-гриль с зеленью», ravioli and salads"),
        ("красный болгарский перец 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh red bell pepper: none in any store. Left out: marinated peppers (Скатерть-Самобранка, Дядя Ваня чили), ground "
           "«Паприка … перец красный молотый», black pepper, olives «со сладким перцем», лечо"),
        ("маслинки без косточки баночку", {
            "pyaterochka": [],
            "magnit": ["ffc8624869", "a4c260b58b", "67a5bec16c"],
            "dixy": ["2000280423", "2000573831", "2000284987", "D000011668", "2000300243", "2000293466"],
            "perekrestok": ["3013064", "4049135", "4340423", "4340420", "4102524", "4340492", "4340498", "3628531",
                            "3468532"],
        }, "pitted black olives (маслины без косточки) of any brand/size. Left out: маслины/оливки с косточкой (incl. Spainolli "
           "«Оливки чёрные с косточкой»), green olives, stuffed Охибланка (with salmon/feta), Olivea вяленые, 28Olives Белла "
           "ди Серигнола (pits not stated), Market Collection «Оливки Каламата» (titled оливки, a purple-brown olive — judgement)"),
    ]),
    # fvf05 soft drinks
    ("кола 2л 3 бутылки\nапельсиновый сок 2 пачки\nминералки с газом пару бутылок\nлимонад черноголовка для детей гостей", [
        ("кола 2л 3 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cola in 2 l bottles: the size names the bottle and no store has a 2 l cola. Left out: Coca-Cola 0.33 l, Добрый Кола "
           "1/1.5 l, Добрый Кола без сахара 0.33-1.5 l, Черноголовка Кола 0.5 l, Funky Monkey 0.5 l, Pepsi Dark Vanilla 0.5 l"),
        ("апельсиновый сок 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000107420", "2000405002", "DI00078814", "2000177095"],
            "perekrestok": [],
        }, "juice sold as orange «сок» (J7 апельсин incl. the children's one, Rich апельсиновый, Я апельсиновый с мякотью); "
           "«2 пачки» a quantity. Left out: nectars (Добрый, «Любимый 100% апельсин» is titled нектар), сокосодержащие напитки "
           "(Pulpy, Вкусно Сок, Любимый), J7 «Продукт питьевой», mixed juices (Ideas ананас-апельсин-гранат), sodas, fresh oranges"),
        ("минералки с газом пару бутылок", {
            "pyaterochka": ["3193325", "6993"],
            "magnit": ["f701a87ff6", "67c2003564", "1c2ad4b953", "2132714cae", "9d46fc2eab"],
            "dixy": ["ЦТ0020861", "2000211073", "2000315091", "2000188861", "2000283682", "10E0072597", "2000015389",
                     "2000000144", "2000000143", "ЦТ0043947", "2000222632", "2000571952", "2000572194", "2000346018",
                     "2000323928", "2000206433", "2000601311", "2000602351", "2000599872", "2000294825"],
            "perekrestok": ["54819", "4274135", "4274156", "88995", "74767", "56196", "3485716", "2105574", "3393237",
                            "2083111", "2029732", "4201131", "51503", "20676", "81004", "2075986", "3655711", "3977407",
                            "20389", "4358151", "4250375", "4241397", "4138195"],
        }, "sparkling mineral water (title says минеральная / лечебно-столовая, or a known mineral-water brand) of any size. "
           "Outside knowledge: Боржоми, Нарзан, Набеглави, Ессентуки №4 and «Галерея источников №4», Славяновская, Аш-Тау, "
           "Rokada and Стэлмас are sold carbonated although some titles do not say «газированная»; Рычал-Су is a mineral water. "
           "Left out: still waters, plain «питьевая» waters (Bona Aqua, Aqua Minerale, Святой Источник питьевая, Сенежская "
           "питьевая, Маркет, Пр!ст, Шишкин лес), Маркет Collection «природная газированная», medicinal Ессентуки №17 / "
           "«Галерея №17», «Ессентуки целебная» and Aqua bene «Ессентуки целебная» (medicinal, number not stated), Кувака and "
           "Обуховская 13 (gas not stated), flavoured waters and Borjomi Flavored Water"),
        ("лимонад черноголовка для детей гостей", {
            "pyaterochka": [],
            "magnit": ["b4875f70d2"],
            "dixy": [],
            "perekrestok": [],
        }, "Черноголовка's classic «Лимонад» (convention: a brand without a flavour means the classic product): Magnit «НАПИТКИ "
           "ИЗ ЧЕРНОГОЛОВКИ, Оригинальный» taken as the classic lemonade (outside knowledge). Left out: Черноголовка Байкал, "
           "Буратино, Дюшес, Тархун, Лимонный Пунш, Лимон Лайм, «лимон» (a flavour line), Кола, мандарин, Черноголовка baby "
           "water and lemonades of other brands"),
    ]),
    # fvf06 guacamole and nachos topping
    ("авокадо 3 шт, лаймы 4 шт, сметаны 20% для соуса, сыр чеддер", [
        ("авокадо 3 шт", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["49622", "4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407", "4272853",
                            "4254512", "4379376", "3954359", "3948371", "3445047", "3216120", "3954360", "4333280"],
        }, "fresh avocados, any pack (count is a quantity), incl. Перекрёсток «Авокадо свежий без косточки, 300г» (fresh flesh, "
           "fine for guacamole — judgement). Left out: avocado oil, mayonnaise with avocado oil, cream cheese/yoghurt with "
           "avocado, chickpea chips, toys and a key ring"),
        ("лаймы 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["325", "3678347"],
        }, "fresh limes (loose and the 3-piece Маркет Fresh pack). Left out: «Микс Лайм-лимон» (a mixed net), «Набор для мохито», "
           "lime-flavoured drinks, sweets and cosmetics"),
        ("сметаны 20% для соуса", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream of exactly 20 %, any brand and size. Left out: 10/15/25/30 % sour cream, Пятёрочка «пикантная с чесноком» "
           "15 %, «сметанный» mayonnaise (Ряба Провансаль сметанный), chips and sauces «сметана и лук»"),
        ("сыр чеддер", {
            "pyaterochka": ["6e1075104f"],
            "magnit": ["8000076647", "aa8307af5f", "27147c26e5"],
            "dixy": [],
            "perekrestok": ["3501004"],
        }, "cheddar cheese (Valio, Радость вкуса «Рыжий Чеддер», Чиз Бокс, Староминский сыродел красный, Маркет нарезка). Left "
           "out: chips and tteokbokki «с сыром Чеддер»/«в сырном соусе чеддер»"),
    ]),
    # fvf07 weekly dairy and bread
    ("молоко 3.2 ультрапастеризованное, творожок 5% пачку, батон нарезной на бутерброды утром, яиц с1 упаковку 10 шт", [
        ("молоко 3.2 ультрапастеризованное", {
            "pyaterochka": [],
            "magnit": ["1000244834", "1812450001", "1000323041", "be3e0e74c3", "1000049786", "18ca387556", "1000172272",
                       "1899800825", "8000058295"],
            "dixy": ["2000238271", "2000066819", "2000560951", "10J0077073", "2000600213"],
            "perekrestok": [],
        }, "cow drinking milk of exactly 3.2 % whose title says ультрапастеризованное (children's UHT milk Агуша 925 мл and Тема "
           "200 мл included, as in the conventions). Left out: pasteurised milk, sterilised milk (Агуша «стерилизованное», "
           "Мозырские) — the process written is respected —, milk whose process is not stated (Пятёрочка Агуша 500 г, Тема "
           "«с 3 лет» 500 мл, Аммм, Простоквашино 1.4 л, Село Зелёное 2 кг), ranges 3.2-4/3.2-6 %, топлёное, Дикси Му-у «Для "
           "капучино» (barista milk), other fat levels, goat milk"),
        ("творожок 5% пачку", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908", "1000441658",
                       "8000030462", "1000377235", "1720c2be05", "9aeeb10b64", "1000512632", "c7f0f0e5ec", "2400019178",
                       "1000372786", "1000475531", "1000572167", "1000208909", "1079990193", "1000306424", "1000224037",
                       "1000453157", "1000426473", "161690c563", "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595",
                     "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116", "4274201",
                            "3279582", "3617778"],
        }, "plain cottage cheese of exactly 5 % (traditional, рассыпчатый, soft «мягкий/нежный», lactose-free Parmalat, Кубанский "
           "молочник «из топлёного молока»); «пачку» a quantity. Left out: 4.5/5.5 % (Домик в деревне мягкий 5.5 %), flavoured "
           "curd (изюм, клубника, варенье), зерненый/«101 зерно + сливки» and Зелёная Линия «Зёрнышко» (grainy cottage cheese — "
           "judgement), baby биотворог, Растишка, Даниссимо"),
        ("батон нарезной на бутерброды утром", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "white loaf of the «Нарезной» kind, sliced or not. Left out: other batons (Отрубной, Утренний, Горчичный, Зерновой, "
           "Молочный, Новый, к завтраку, plain «Батон, 300г»), sausages and chocolate «батончик»"),
        ("яиц с1 упаковку 10 шт", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "4085791", "2131763", "2109476", "3182856"],
        }, "hen eggs of class С1 (= «1 категории») in packs of 10. Left out: С0/СО/отборные, С2, СВ/высшей категории, packs of 6, "
           "15, 20 and 30 (Ешь хорошее 6 шт, Синявинское 20 шт, Вараксино and Роскар 15 шт, Окское 30 шт, Маркет 20 шт), quail "
           "eggs"),
    ]),
    # fvf08 weekly meat, groats and salad veg
    ("филе куриное кило, гречки ядрицы пачки 2, помидорок с кило, огурцы кило", [
        ("филе куриное кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3669585", "4242120", "4208844", "4323072", "3273915", "2173555", "3946764", "4329298", "3653837",
                            "52888", "3191300", "78003876", "3362832", "3940063", "4312563", "3678985", "3649232", "3609675",
                            "4306879", "4116904", "3034277", "4347498", "3216279", "3336397", "2160076", "3689116",
                            "3694848"],
        }, "raw chicken breast fillet, chilled, incl. «малое филе» and medallions cut from the fillet and Перекрёсток «Филе "
           "курицы в маринаде» (raw, marinated); «филе цыплёнка(-бройлера)» taken as breast fillet and Перекрёсток "
           "«Филе грудки фермерское» (species not stated) as chicken — outside knowledge/judgement; «кило» "
           "is the quantity wanted. Left out: thigh fillet (бедро), breast on the bone («Грудка Псковская», «Филе грудки … на "
           "кости»), cooked/fried/baked fillet, ready meals, sausages, nuggets, Magnit цыплёнок табака and шницель"),
        ("гречки ядрицы пачки 2", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286", "2000180341",
                     "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178", "4009020",
                            "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448", "4090171", "4019310",
                            "39155", "3603166", "3600743", "3696237", "3477255", "3231481", "3493533", "3994791",
                            "3667612", "4059000"],
        }, "buckwheat groats (ядрица), incl. quick-cooking, steamed and boil-in-bag; packs whose title says only «гречка»/«крупа "
           "гречневая» (Makfa, Тёплые традиции, Мистраль, Увелка Экстра, Нижегородская, Пассим, Националь Камолино, plain "
           "«Гречка») are taken as ядрица — outside knowledge: продел is always labelled as such. Left out: green buckwheat, "
           "buckwheat flour, flakes, porridges and baby porridges, cooked buckwheat (Cook Chart, Raisad, with mushrooms), "
           "buckwheat drinks"),
        ("помидорок с кило", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000331828", "2000285867", "2000410142", "D000004968", "2000580825", "2000303785", "2000601471",
                     "2000601472", "10E0075437", "ЦТ0019904", "2000580827", "2000003231", "2000186544", "2000327738"],
            "perekrestok": ["4327416", "4335742", "4335744", "4378622", "3383460", "4255159", "42138", "3373662", "4377073",
                            "4214021", "4217379", "4272752", "3410591", "4381951", "4381952", "4371254", "4125409", "14809",
                            "3657325", "82521", "4375133", "2166", "14811", "4261327", "3695580", "21292", "3383465",
                            "2100224", "11971", "3634714"],
        }, "fresh tomatoes of any variety and colour, cherry and cocktail included (convention); «с кило» is the quantity. Left "
           "out: canned, pickled, sun-dried tomatoes, tomato paste/juice/sauce, pickled «Ассорти» jars, seasonings"),
        ("огурцы кило", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "2098997", "3301324", "3255111", "2088998", "4072", "2131726"],
        }, "fresh cucumbers (smooth, spiny, long, short, Бакинские, fresh корнишоны tray in Дикси). Left out: pickled/salted "
           "cucumbers and корнишоны in jars (Пятёрочка Закарпатские, Скатерть-Самобранка, Globus, Лукашинские, Дядя Ваня "
           "ассорти), Перекрёсток «Огурцы Хрустящие» (weighed, could be deli pickles — judgement), everything matching "
           "«йогурт»"),
    ]),
    # fvf09 salty snacks for beer
    ("фисташек соленых побольше, арахиса соленого 2 пакета, сухарики 3 корочки 4 пачки, tuc крекер 2 пачки", [
        ("фисташек соленых побольше", {
            "pyaterochka": [],
            "magnit": ["b3ee07a59e", "cbb2d0c598", "8b9281613e"],
            "dixy": ["2000539534", "2000539549", "2000327653"],
            "perekrestok": ["4274180", "3411931", "2020566", "49082", "4207559", "3499562", "4090837", "4073982", "49715",
                            "2049819", "3451308", "4105870", "3428414", "4066346", "4259987", "4309728", "72535", "3162277",
                            "4249887", "3660622", "3900345", "3942813", "3640863", "3638619", "4369326"],
        }, "pistachios whose title says солёные/подсоленные (roasted, in shell, Camel «печёные подсоленные»), any size; "
           "«побольше» is a wish. Left out: raw pistachios, pistachios not "
           "stated salted (Good-Food 130 г, Семушка очищенные, «Фисташки неочищенные»), dried and crushed kernels, pistachio ice "
           "cream, chocolate and yoghurt"),
        ("арахиса соленого 2 пакета", {
            "pyaterochka": [],
            "magnit": ["81631c53d8"],
            "dixy": [],
            "perekrestok": [],
        }, "salted roasted peanuts: Magnit Семушка жареный солёный. Left out: flavoured Chico&Rico (бекон, сыр, васаби, "
           "Мексика), sunflower seeds «с арахисом и солью», peanuts in sugar, peanut paste and chocolate"),
        ("сухарики 3 корочки 4 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the brand «Три корочки» is absent everywhere (grepped корочк); other croutons (Хрусteam, Воронцовские, Фишка, Take "
           "It) are other brands"),
        ("tuc крекер 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000215277"],
            "perekrestok": ["3329546"],
        }, "any TUC cracker (brand + product word: Дикси «Сметана и лук», Перекрёсток Original с солью). Left out: other "
           "crackers (Бэйкер Хаус, Скрепыши, Пр!ст Смайл) and chocolate «с солёным крекером»"),
    ]),
    # fvf10 dip platter
    ("хумус классический пару баночек, стебли сельдерея, гриссини", [
        ("хумус классический пару баночек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "classic hummus: none. Left out: Перекрёсток «Хумус Груня из сладкого батата с чимичурри» (sweet-potato hummus, not "
           "classic)"),
        ("стебли сельдерея", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh celery stalks: none. Left out: juices and soups with celery"),
        ("гриссини", {
            "pyaterochka": [],
            "magnit": ["7e115e5c26"],
            "dixy": [],
            "perekrestok": [],
        }, "Italian bread sticks: Magnit «Хлебные палочки Семейка Озби простые» (plain crunchy bread sticks — judgement that "
           "they are grissini). Left out: «Крем-сыр Italian Snack из пармезана с гриссини» (a cheese snack pack), «Деревенские "
           "палочки» garlic croutons"),
    ]),
    # fvf11 pizza toppings 2
    ("ветчина для пиццы, пармезан кусочек на терку, свежий базилик пучок, масло оливковое подешевле", [
        ("ветчина для пиццы", {
            "pyaterochka": ["3675521", "6cfb6eef55"],
            "magnit": ["a6a1de83c0", "1027b0fdf8", "48db2d6df7", "f40c256f93"],
            "dixy": [],
            "perekrestok": ["4239655"],
        }, "cooked ham of any meat (pork, turkey Индилайт «Кампана», chicken Зелёная Линия), sliced or whole; «для пиццы» a "
           "purpose. Left out: cooked-smoked «Окорок» (По-тамбовски, Мясницкий ряд — another product name), raw pork leg, "
           "dry-cured prosciutto/хамон (Черкизово ассорти, Егорьевская «Хамон»), processed cheese «с "
           "ветчиной», pizzas and pancakes with ham"),
        ("пармезан кусочек на терку", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "0dc02300a0", "1000384143", "632a4664e6"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416"],
        }, "parmesan(-style) cheese as a piece or by weight («кусочек» is the form written): Dolce Granto and Laime весовой, "
           "Лаиме Ризерва 100 г, Пармезан Гранд 200 г, Premiere of Taste весовой, Чиз Галлери 100 г (packs without a form word "
           "taken as pieces), Laime 200 г, Маркет кусок 200 г. Left out: grated parmesan (Дольче тёртый, Dolce Granto тёртый, "
           "Маркет/Зелёная Линия тёртый, Маркет «порционированный … тёртый»), Italian Snack cream cheese, ravioli with parmesan"),
        ("свежий базилик пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh basil: none. Left out: seasonings «томаты, базилик», basil sauce, basil seeds drink, ketchup/cheese/sausages "
           "with basil"),
        ("масло оливковое подешевле", {
            "pyaterochka": ["3015194"],
            "magnit": [],
            "dixy": ["2000347675", "2000580798", "2000580611", "T000000850", "2000580797", "2000534311", "T000000852"],
            "perekrestok": ["2153522", "4321136", "4218015", "4354006", "4365079", "19133", "3617469", "4063916", "27062",
                            "4220908", "4220922", "4130610", "4137208", "25931", "2085912", "3666262", "3501258", "3501259",
                            "3444927", "3444926", "4333525", "3336247", "4197654", "2153521", "4182485", "2153523", "4353762",
                            "3958631", "3500363", "61550", "7581", "61549", "3681164", "3660319", "4343608", "4343609",
                            "4361247", "4261313"],
        }, "any plain olive oil — extra virgin, unrefined, refined/«Classic», pomace and «рафинированное с добавлением "
           "нерафинированного», incl. the EV spray; «подешевле» is a wish, not a filter. Left out: flavoured olive oils (с "
           "чесноком, с лимоном, трюфель), Coosur «рафинированное с добавлением масел» (blend of oils not stated as olive — "
           "judgement), sunflower oils «с добавлением оливкового», Благо смесь, Befresh авокадо-оливковое, mayonnaises, "
           "products «в оливковом масле»; Magnit has no olive oil"),
    ]),
    # fvf12 table ware
    ("салфеток бумажных пачку на стол, стаканы пластиковые на 8 человек, одноразовые тарелки 10 шт, мешки мусорные 60 литров рулон", [
        ("салфеток бумажных пачку на стол", {
            "pyaterochka": [],
            "magnit": ["a9b3dab026"],
            "dixy": [],
            "perekrestok": ["3951668"],
        }, "paper table napkins: Magnit Wellfort «Бум салфетки 3слоя» (Бум = бумажные), Перекрёсток Home Story 33x33. Left out: "
           "wet wipes, facial tissues (Zewa «для лица»), handkerchiefs, laundry colour-catcher sheets"),
        ("стаканы пластиковые на 8 человек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "disposable plastic cups: none. Left out: ice cream «в вафельном стаканчике», curd «стакан»"),
        ("одноразовые тарелки 10 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "disposable plates: none. Left out: disposable razors («одноразовые» станки)"),
        ("мешки мусорные 60 литров рулон", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l garbage bags: Magnit «Нужные вещи Био ушки 60л, 20шт». No other garbage bags in the offers"),
    ]),
    # fvf13 coffee corner
    ("кофе в зернах 1кг, сливки 10 процентов для кофемашины, тростниковый сахар", [
        ("кофе в зернах 1кг", {
            "pyaterochka": ["3396617"],
            "magnit": ["1c2a14cd16", "f51c4712f0", "df383edea4", "91017de33b", "285b220deb", "476327c381", "e74483f8e8",
                       "010c4606ec"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted coffee beans in 1 kg packs (the size names the pack): Lavazza «зер.» 1 кг, Coffesso, Jacobs Крема/Эспрессо, "
           "Jardin «зерновой» 1 кг (beans, not the ready drink), Амбассадор, Чёрная карта, Эгоист Нуар. Left out: bean packs of "
           "200-800 g (Jacobs Монарх 800 г, Пятёрочка 800 г, Жокей 500 г…), ground, instant and capsule coffee, «Жокей "
           "По-восточному» (ground)"),
        ("сливки 10 процентов для кофемашины", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609", "3201860040",
                       "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "drinking cream of exactly 10 %, UHT or sterilised, cartons and 10x10 g portions (the coffee-machine purpose is not a "
           "filter). Left out: 11 % Parmalat, 20/33 % cream, «сметана сливочная 10 %», ice cream, curd «+ сливки»"),
        ("тростниковый сахар", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000598451"],
            "perekrestok": ["2113550", "4269179", "4293934", "4269180", "4282808", "3629156"],
        }, "cane sugar, granulated or lump (form not written). Left out: white beet sugar"),
    ]),
    # fvf14 breakfast
    ("йогурт греческий без сахара для соуса, мюсли на завтрак, бананов связочку, яблоки гренни кг", [
        ("йогурт греческий без сахара для соуса", {
            "pyaterochka": [],
            "magnit": ["1000181497", "dafd7c4dc4", "8000087572"],
            "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"],
            "perekrestok": [],
        }, "plain Greek yoghurt, taken as unsweetened although no title says «без сахара» (outside knowledge: plain Lactica, "
           "«ГРЕЧЕСКИЙ 2%», Epica Греческий, Neo «Классический», Простоквашино Греческий, Савушкин TEOS 2 % 250 г and Teos "
           "«Натуральный» have no added sugar). Left out: every flavoured Greek yoghurt (черника, клубника, манго-чиа, орехи и "
           "мёд, персик, двухслойные), skyr, «по-гречески» ready dishes"),
        ("мюсли на завтрак", {
            "pyaterochka": [],
            "magnit": ["343cbf7aa0"],
            "dixy": [],
            "perekrestok": ["4019918", "4274667"],
        }, "muesli, incl. granola (baked muesli — judgement: Granolife клубника-малина, Настин Сластин). Left out: plain oat "
           "flakes and «5 злаков» porridge flakes, instant porridge, muesli bars, yoghurts and ice cream with muesli/granola"),
        ("бананов связочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh dessert bananas (incl. Био and red bananas). Left out: Перекрёсток «Бананы для жарки» (plantains — outside "
           "knowledge), dried/вяленые bananas, banana-flavoured dairy and puree"),
        ("яблоки гренни кг", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664"],
        }, "fresh Granny Smith apples (loose or 4-piece pack; «кг» the quantity). Left out: other varieties incl. unnamed "
           "«зелёные» apples and Симиренко, apple juice/puree/chips"),
    ]),
    # fvf15 pasta night
    ("говяжий фарш 500г, спагетти barilla для мужа, песто соус баночку", [
        ("говяжий фарш 500г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "raw minced beef (Мираторг, Иван Мясоедов, Перекрёсток weighed, Хороший Кусок «из говядины»); «500г» read as the "
           "quantity wanted of a weighed good, so 400 g packs count. Left out: mixed «Домашний»/«Деревенский»/«Фермерский» "
           "mince (pork-beef), pork, turkey and pollock mince, pelmeni and ready dishes"),
        ("спагетти barilla для мужа", {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000016649", "2000280926"],
            "perekrestok": [],
        }, "Barilla spaghetti: Spaghetti №5, Spaghettini №3 (thin spaghetti) and Спагеттони (thick spaghetti) — judgement that "
           "all three are spaghetti. Left out: other Barilla shapes (Букатини, баветте, Pipe Rigate, спиральки, Risoni, Филини, "
           "Стеллине, Джирандоле, Festivi) and spaghetti of other brands"),
        ("песто соус баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pesto sauce: none. Left out: Magnit cheeses «ПЕСТО Грин/Рэд» (a cheese line named pesto), Пятёрочка Dr.Oetker pizza "
           "with pesto, Pugliese tomato-basil sauce"),
    ]),
    # fvf16 drinks for the non-beer friends
    ("сидр не сладкий, тоник швепс пару бутылок, вода газированная 1.5л 6 шт", [
        ("сидр не сладкий", {
            "pyaterochka": [],
            "magnit": ["b6c67df9c6", "222556dcdb"],
            "dixy": ["2000564434", "2000569832", "2000588332", "2000315203"],
            "perekrestok": [],
        }, "alcoholic cider (apple or pear) not marked sweet: no title states the sweetness, so every cider not labelled sweet "
           "is accepted (judgement; the titles give no way to check «не сладкий»). Left out: Magnit Highbliss «Сладк[ий]», "
           "Перекрёсток alcohol-free «Сидр Малина и бузина», beer drinks"),
        ("тоник швепс пару бутылок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Schweppes tonic: no Schweppes in any store (grepped швепс/schweppes). Left out: Rich Индиан Тоник and Rich/Evervess "
           "Bitter (another brand), gin-tonic cans, facial toners"),
        ("вода газированная 1.5л 6 шт", {
            "pyaterochka": [],
            "magnit": ["2132714cae", "f86e07cf40", "9d46fc2eab", "2867a91b94"],
            "dixy": ["2000015389", "ЦТ0046867", "ЦТ0043947", "2000222632", "2000572194", "2000206433", "2000601311",
                     "2000599872", "2000581852", "2000282423"],
            "perekrestok": ["88995", "74767", "3485716", "2083111", "2029732", "4264400", "4344077", "3674370", "2075986",
                            "4316382", "4250375"],
        }, "plain sparkling water in 1.5 l bottles (the size names the bottle), drinking or table/лечебно-столовая mineral "
           "water; Ессентуки №4, «Галерея источников №4», Славяновская and Аш-Тау taken as carbonated (outside knowledge). Left "
           "out: other sizes, still water, Архыз «природная» 1.5 л (gas not stated), Кувака (gas not stated), medicinal "
           "Ессентуки «целебная» and №17, flavoured waters and drinks (Планета воды груша)"),
    ]),
    # fvf17 dessert for guests
    ("пломбир в ведерке большой, печеньки орео 2 пачки, горький шоколадик 70 процентов", [
        ("пломбир в ведерке большой", {
            "pyaterochka": [],
            "magnit": ["b9cb5f988b"],
            "dixy": ["2000602331"],
            "perekrestok": ["3334702"],
        }, "plain (vanilla) plombir in a large tub: Коровка из Кореновки пломбир 1 кг, Как раньше пломбир ванильный 400 г, Чистая "
           "Линия «Семейное» ванильный 450 г (tubs of 400 g and more taken as «большое ведёрко» — judgement; no title says "
           "ведёрко). Left out: flavoured plombir (ваниль-черника, фисташка, манго-маракуйя), small packs (Вологодский 250 г, "
           "Петрохолод 220 г, 48 копеек 210 г), cups, cones, eskimo, other ice creams, plombir cakes and milkshakes"),
        ("печеньки орео 2 пачки", {
            "pyaterochka": [],
            "magnit": ["2d6c3b194d", "f4d02d704a", "2d33544c78"],
            "dixy": [],
            "perekrestok": [],
        }, "Oreo cookies, any filling (brand + product word). Left out: Alpen Gold and Milka chocolate bars «Орео», Oreo ice cream"),
        ("горький шоколадик 70 процентов", {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        }, "plain dark/bitter chocolate with exactly 70 % cocoa (Lindt Превосходный 70 %, Alpen Gold Горький 70 %, Россия "
           "Российский 70 %, Зелёная Линия «на меду классический 70%»). Left out: bitter chocolate without a stated 70 % "
           "(Бабаевский, Коммунарка, Зелёная Линия «Классический горький на меду, 70г» — 70 g is the weight), 60/65/68/75 %, "
           "filled and flavoured bars"),
    ]),
    # fvf18 beer snacks
    ("сушеный кальмар к пиву, сыр косичка копченая для пива, вобла 3 шт, гренок с чесноком пару пачек", [
        ("сушеный кальмар к пиву", {
            "pyaterochka": [],
            "magnit": ["c422dbe3ff", "fd129d68ed"],
            "dixy": ["2000175972", "2000175974"],
            "perekrestok": [],
        }, "dried squid snack (сушёный, сушено-вяленый, солёно-сушёные кольца, incl. the crab-flavoured one). Left out: frozen "
           "squid, squid salads and spreads, Korean-style squid"),
        ("сыр косичка копченая для пива", {
            "pyaterochka": [],
            "magnit": ["1899910911", "1000368975", "8000075315"],
            "dixy": [],
            "perekrestok": ["4166737"],
        }, "smoked braided cheese (косичка / «Коса копчёный», Чечил косичка копчёная). Left out: cheese «спагетти» and «пряди» "
           "(strings, not a braid), Станицыно «Молокосодержащий продукт Коса копчёная» (not cheese), smoked Скаморца, Охотничий, Гурманский, smoked fish «косичка» (скумбрия)"),
        ("вобла 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried vobla: none (grepped вобл/тарань). Left out: other dried fish snacks (путассу, анчоусы, корюшка, ставридка, "
           "жёлтый полосатик, янтарная рыбка) — not vobla"),
        ("гренок с чесноком пару пачек", {
            "pyaterochka": ["400d61212a"],
            "magnit": ["5a8a28eceb"],
            "dixy": ["2000594153", "2000431152", "2000301073", "2000545311", "2000572411"],
            "perekrestok": ["3387861", "3687988"],
        }, "garlic croutons (гренки/сухарики со вкусом чеснока): ГРЕНКОВЪ, Beerka Бородинские чеснок-укроп, Добрынов палочки с "
           "чесноком, Vian Чеснок, Take It сухарики Чеснок, Рижские, Фишка Чесночные; assortment packs «777 чеснок/красная икра» "
           "and «Фишка Чесночные/Холодец с хреном» accepted because garlic is one of the variants (judgement). Left out: "
           "croutons of other flavours, Хрустимки «томат, чеснок и зелень» (tomato first), sweet сухари, panko, garlic crackers"),
    ]),
    # fvf19 household
    ("стиральный порошок ариэль, бумага туалетная упаковка 8 рулонов, фейри побольше", [
        ("стиральный порошок ариэль", {
            "pyaterochka": [],
            "magnit": ["d8aa9ce5e8", "3372dfb7f6", "4d919fe5ff", "cc70715e17", "8d8c8ce3af"],
            "dixy": [],
            "perekrestok": [],
        }, "Ariel washing powder of any variant and size. Left out: Ariel gel and capsules (the form «порошок» is written)"),
        ("бумага туалетная упаковка 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["9a0bd598be", "6189f05c16", "be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "toilet paper in packs of 8 rolls (the count names the pack): Soffione Премио (white and лаванда), Зева Сирень, Zewa "
           "Deluxe Персик 8 шт. Left out: packs of 4, 6 and 12 rolls, moist toilet paper, napkins and handkerchiefs"),
        ("фейри побольше", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6", "b3ebaa28e5",
                       "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1", "7c5bd74e06", "43a0e3032e"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "Fairy hand dish-washing liquid, any scent and size («фейри» alone means the classic product; «побольше» is a wish for "
           "a big bottle, not a filter). Left out: Fairy dishwasher tablets «All in 1»/«Все в 1»"),
    ]),
    # fvf20 the cat
    ("корм для кота сухой роял канин, наполнитель древесный для кошачьего лотка, шеба паучи 6 шт", [
        ("корм для кота сухой роял канин", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Royal Canin dry cat food: the brand is absent everywhere (grepped royal/роял/канин). Other dry cat foods (Whiskas, "
           "Purina One) are other brands"),
        ("наполнитель древесный для кошачьего лотка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wood-pellet cat litter: none. Left out: Magnit «Кэт Степ» silica-gel litter (another kind), toothpaste «с древесным "
           "углём»"),
        ("шеба паучи 6 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000537995"],
            "perekrestok": [],
        }, "Sheba wet-food pouches: Дикси Sheba «Ломтики в соусе Форель и креветки» 75 г, taken as a pouch (outside knowledge: "
           "this Sheba line is sold in pouches); «6 шт» a quantity. No other Sheba in the offers"),
    ]),
    # fvf21 sauces and aromatics
    ("красный лук 3 шт, чесночка головки три, кетчупа heinz бутылку, майонез провансаль для соуса", [
        ("красный лук 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3016771"],
        }, "fresh red onion: Перекрёсток «Лук репчатый красный, 500г». Left out: yellow/white onions (variety written), peeled "
           "onion, fried onion, seasonings, «Лукум»"),
        ("чесночка головки три", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278"],
        }, "fresh garlic bulbs (loose, «в упаковке 1 шт», Фермерский отборный 1 шт and 150 г, ранний). Left out: peeled cloves "
           "«зубчиками» (the form «головки» is written), grated, dried, granulated, smoked, salted and pickled garlic, garlic "
           "salt, a garlic press"),
        ("кетчупа heinz бутылку", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971",
                            "4116830", "4157803", "4157697", "4157703", "4116848", "4157704", "4154517", "4157702",
                            "4274973"],
        }, "every Heinz ketchup (brand + product word: томатный, острый, итальянский, для гриля, с чесноком, укроп-петрушка, "
           "Heinz Pikador whose title names Heinz); «бутылку» read as the quantity, so doy-packs count. Left out: Дикси "
           "«Pikador Томатный» without Heinz in the title, other Heinz sauces, Heinz mayonnaise, other ketchups"),
        ("майонез провансаль для соуса", {
            "pyaterochka": [],
            "magnit": ["d8bbb63f48", "ddda8365b8", "2c23c84574", "53cac67445", "1000077733", "1000558908", "1000077734",
                       "1000498096", "1799700138", "1000501598", "56ff8ec751", "7d31b46ae3", "1000554514", "1000556519",
                       "1000556521", "f0f427f9d4", "da818e4a20", "7a519275b4", "1000277219", "1000169172", "8000045827",
                       "1000233673", "1728400030", "1000179908", "1000422623", "1000014596", "1000356802", "1000348713",
                       "1000556520"],
            "dixy": ["2000570511", "T000005518", "ЦТ0040573", "2000593851", "2000409572", "2000204803", "2000156539",
                     "ЦТ0027566", "2000265607", "1100075125", "2000000160", "2000135999", "ЦТ0045065", "2000429651",
                     "2000539317", "2000602611", "2000306265", "2000202369", "2000172969"],
            "perekrestok": ["3412258", "4072721", "2047206", "4339442", "4259098", "4259097", "4297819", "3677986", "4331515",
                            "4331518", "4331533", "4331500", "4331497", "3016147", "3467275", "3419671", "3674577",
                            "3193489", "78193", "3389322", "4199312", "3029014", "4112954", "4105769"],
        }, "mayonnaise named Провансаль (incl. Московский Провансаль, «с лимонным соком», оливковый, сметанный, with avocado "
           "oil, на перепелиных яйцах), any fat and size. Left out: mayonnaises not named Провансаль (Махеевъ/Слобода "
           "Оливковый, Heinz Классический, Master Gurme, Маркет Оливковый), mayonnaise sauces"),
    ]),
    # fvf22 sausages for beer
    ("охотничьи колбаски к пиву, горчичка дижонская к колбаскам, хлеб тостовый для гренок", [
        ("охотничьи колбаски к пиву", {
            "pyaterochka": ["3385825"],
            "magnit": ["704a1e1642"],
            "dixy": ["2000397424"],
            "perekrestok": [],
        }, "Охотничьи thin smoked sausages: МДБ Колбаски Охотничьи п/к, Дмитрогорский Колбаски Охотничьи, and Дикси «Колбаса "
           "Охотничья Царицыно сырокопчёная 250 г» (judgement: the Охотничья kind is sold as thin links even when titled "
           "колбаса). Left out: Kinto «соус … охотничий», «Сыр Охотничий», other sausages"),
        ("горчичка дижонская к колбаскам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000582072"],
            "perekrestok": ["21002", "3995313", "4149116", "4337616", "3358713"],
        }, "Dijon mustard, incl. «по-дижонски» (Кухмастер, Dijon-style). Left out: Русская, столовая, зернистая, ротиссер, "
           "баварская, французская, fruit and honey mustards, Дымов «Пиколини Дижонская горчица» sausages, pork and cucumbers "
           "«по-дижонски»"),
        ("хлеб тостовый для гренок", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "sliced toast bread (Коломенский пшеничный and злаковый). Left out: batons, croutons, rusks"),
    ]),
    # fvf23 soup vegetables
    ("картошки кило 3, морковочки на суп, капусту белокочанную кочан, свеколку на борщ", [
        ("картошки кило 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh raw potatoes, loose or bagged, any variety (incl. Бэби, «для жарки», «для варки», Перекрёсток «Картофель Чик-Чик "
           "1кг» taken as a brand of fresh potatoes — judgement); «кило 3» is the quantity. Left out: sweet potato (батат), "
           "boiled peeled potatoes, frozen fries, chips, sweets «Картошка», herring «к картошке», dog food"),
        ("морковочки на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784", "4191099"],
        }, "fresh carrots (loose, washed, bagged, mini, «Морковь для сока, 1кг»). Left out: boiled peeled carrots (Дмитровские овощи), Korean carrot, "
           "juices, smoothies, sauerkraut «с морковью», pet food"),
        ("капусту белокочанную кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["198", "1546", "45661"],
        }, "a whole head of fresh white cabbage (Перекрёсток plain «Капуста» taken as white cabbage — judgement). Left out: "
           "shredded/cut packs (Белая Дача резаная, Маркет соломка — the form «кочан» is written), marinated and sauerkraut, "
           "other cabbages, «Капуста Пелюстка со свеклой»"),
        ("свеколку на борщ", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "4208428", "92844", "2143053", "13998", "4375880", "3368257", "82265", "3625863",
                            "4299508", "3378167", "786"],
        }, "fresh raw beetroot (loose, washed, bunched, bagged, peeled and cut fresh packs; «Свекла очищенная» weighed taken as raw "
           "— judgement). Left out: boiled beetroot (варёная, отварная, and «Свёкла целая очищенная, 500г», taken as the "
           "vacuum-packed boiled kind), Korean beet, dried beet snack, mangold, seeds, salads"),
    ]),
    # fvf24 weekly dairy 2
    ("маслица сливочного 82.5 пачки 2, российский сыр самый дешевый, кефирчику 1% бутылочку", [
        ("маслица сливочного 82.5 пачки 2", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
                       "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
                     "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609", "3026226",
                            "4113532", "3434127", "3612778", "4310021", "4055506", "86149", "3369241", "3698785",
                            "3287314", "3396544", "3657363", "4292462", "4343792", "3699369", "3953367", "4196090",
                            "4135603", "3922315"],
        }, "butter of exactly 82.5 % (сливочное/сладкосливочное, any size, incl. lactose-free Тысяча Озёр); «пачки 2» a quantity. "
           "Left out: 82 % butter (Jalo Kerma, Арла Натура, President, Киприно, Молочный знак, Natura — a written fat must match), "
           "other fats, spreads, ghee, oils"),
        ("российский сыр самый дешевый", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese of any brand, weight or slices; «самый дешевый» is a wish, not a filter. Left out: Magnit «Продукт "
           "По-Российски … на основе растительного жира» (not cheese), other cheeses"),
        ("кефирчику 1% бутылочку", {
            "pyaterochka": [],
            "magnit": ["1000563708", "1899911984", "1000166736", "1000451591"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4334308", "4328084", "4252383", "3636340", "3467794", "4263416", "2084558", "3352331",
                            "3604602", "4242643", "4255904"],
        }, "kefir of exactly 1 %, incl. Биокефир Большая кружка (kefir with bifidobacteria); «бутылочку» read as a quantity, so "
           "any pack counts. Left out: «биокефирный/кефирный продукт» (Домик в деревне), Bio Баланс «биопродукт кефирный», "
           "kefir cocktails, other fat levels"),
    ]),
    # fvf25 tea time
    ("черный чай 100 пакетиков, печенюшки овсяные к чаю, медок баночку", [
        ("черный чай 100 пакетиков", {
            "pyaterochka": ["18087", "3141303", "2070399"],
            "magnit": ["f27576dc9c", "8e34db68c9", "262636efc4", "539736f8c3", "1305f039da", "c237948667", "79c875b985",
                       "f528489d63", "1ce117e378", "62e44aad83", "0b0945cde7", "62e737f079", "f2ec203f7f"],
            "dixy": ["2000520549", "2000289445", "2000568232", "2000224056", "2000295224"],
            "perekrestok": ["3378336", "2147890", "3662837", "2070399"],
        }, "plain black tea in packs of 100 bags (the count names the pack; Ceylon, Kenya, English Breakfast, Азерчай Букет "
           "blends). Left out: flavoured black tea (Earl Grey/бергамот, чабрец, Tess Сиеста, Greenfield Spring Melody, Forest "
           "Dream), packs of 25 bags, loose-leaf 100 г packs, green tea"),
        ("печенюшки овсяные к чаю", {
            "pyaterochka": ["3613448", "3613445"],
            "magnit": ["857b65e2eb", "2ce3b04f91"],
            "dixy": ["2000351526", "2000214298", "2000325940", "2000235792", "2000225711", "2000255652", "2000002140",
                     "2000529080", "2000349045", "2000603633", "2000251113", "2000419389", "2000603032", "2000221434",
                     "2000535032"],
            "perekrestok": ["3681160", "3681278", "4202831", "4017837", "4032428", "3035354", "4185824", "4283932",
                            "3639545", "3658003", "4202788", "4202786", "4315655", "3438892", "4315656", "4024594",
                            "3218321", "2091843", "3951119", "3412681", "4172266", "4172267", "3505244", "3901907",
                            "3901906", "2023501", "91535", "2023502", "4283934", "4283939", "4258982", "4251005",
                            "4113987", "3603607", "4086029", "3613445", "3663100", "4050870", "3613448", "3688135",
                            "4284221", "4123144", "4284222", "4356039"],
        }, "oatmeal cookies of any kind (classic, with raisins, chocolate, glazed halves, сдобное, on sweeteners, children's), "
           "incl. Magnit Любятово «Колечки овсяные с мёдом» (oat cookie rings — judgement). Left out: protein flapjacks and "
           "protein cookies (ProteinRex, Take A Bite), Хлебный Спас «Полезный завтрак с овсяными хлопьями» (not named oat "
           "cookie), oat flakes, porridge, oat drinks and chocolate"),
        ("медок баночку", {
            "pyaterochka": [],
            "magnit": ["ec1ad9dc52", "384d8d8201", "dadb78005d", "928ff089d4", "44c60c9317", "980d05dc00"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["4355859", "4320670", "4320672", "4320671", "4340911", "4340910", "3687699", "3479121",
                            "3687698", "3687710", "4316603", "4316605", "3467507", "4331449"],
        }, "natural honey of any kind (цветочный, липовый, гречишный, акациевый, горный, донниковый…). Left out: Magnit «Мед "
           "Уссурийский бальзам» (a honey blend with herbal additions — judgement), Добродеево «Крем-мёд с малиной» "
           "and Маркет Collection крем-мёд с малиной/клубникой/кедровым орехом (flavoured), медовуха, goods with honey"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: the lines after each '=== fvfNN' marker, up to the next marker."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("=== fvf"):
                if cur is not None:
                    texts.append("\n".join(cur).rstrip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).rstrip("\n"))
    return texts


def check_blind(lists, path):
    """Every list text must equal the blind draft, apart from the items recorded in REPLACED."""
    drafts = blind_texts(path)
    errors = []
    if len(drafts) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(drafts), len(lists)))
    for n, (draft, (text, _)) in enumerate(zip(drafts, lists), 1):
        expected = draft
        for old, new in REPLACED.get(n, []):
            if old not in expected:
                errors.append("fvf%02d: replaced item %r not in the blind draft" % (n, old))
            expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fvf%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fvf"))
