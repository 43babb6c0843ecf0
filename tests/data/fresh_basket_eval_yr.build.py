#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yr.jsonl -- shopping lists for a teenagers' party and sleepover at home,
hand-labelled against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yr.build.py

LISTS below is literal data: 25 lists (3-5 items) as a parent or the teenagers themselves would type them
to a Telegram bot, copied byte for byte from fresh_basket_eval_yr.blind_lists.txt (written before any
offer was read), and for every item the product ids of every in-stock offer of each store that a
reasonable shopper would accept.  Candidate titles were grepped broadly in real_offers.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; the
note of each item records what was accepted, what was deliberately left out and any judgement that rests
on outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing"
there).  The labels were made without reading or running anything of the price-comparison tool.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and then writes
the JSONL in the format of real_basket_eval.jsonl.  List ids are fyr01, fyr02, ... in LISTS order;
every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yr.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyr01 crisps and soda for the evening (teen)
    ("чипсики lays со вкусом краба большую пачку, кока колу 2 литра 2 бутылки, сухарики 3 корочки любые, попкорн в микроволновку соленый", [
        ("чипсики lays со вкусом краба большую пачку", {
            "pyaterochka": ["3931228"],
            "magnit": ["106331"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's potato crisps with crab flavour (Пятёрочка «Королевский краб» 85 г, Магнит 90 г); «большую пачку" \
           " read as 'not the small snack pack': the 50 г Lay's crab (Пятёрочка 4035369) is excluded and the largest" \
           " crab packs sold (85-90 г) are accepted; crab crisps of other brands (LAVA LAVA, Pringles, Русская" \
           " Картошка) and other Lay's flavours excluded"),
        ("кока колу 2 литра 2 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1860"],
        }, "Coca-Cola in a 2 l bottle (the brand is written; «2 бутылки» is the quantity); Coca-Cola 0.33-1.5 l" \
           " (Магнит 1.5 l, Пятёрочка 0.9 l, Vanilla/Orange/sugar-free) and other colas 2 l (Черноголовка, Любимая)" \
           " excluded"),
        ("сухарики 3 корочки любые", {
            "pyaterochka": [],
            "magnit": ["38f3e441a4"],
            "dixy": [],
            "perekrestok": ["2063964", "63021", "2063961", "3911761", "3014253"],
        }, "every Три корочки rusks, any flavour («любые»), incl. the packs with a sauce sachet and Магнит" \
           " «3КОРОЧКИ Cухарики» (Latin C); Кириешки, Хрусteam, Три Семёрки and гренки of other brands excluded"),
        ("попкорн в микроволновку соленый", {
            "pyaterochka": ["3468688"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "salted microwave popcorn (Mixbar «для печей СВЧ, соленый»); ready-popped MIXBAR sweet-salty and" \
           " caramel popcorn excluded (not for the microwave)"),
    ]),
    # fyr02 frozen food for the party
    ("пицца замороженая ветчина грибы 2 шт, наггетсы куриные побольше, кетчуп хайнц к наггетсам", [
        ("пицца замороженая ветчина грибы 2 шт", {
            "pyaterochka": ["3607265"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pizza with ham and mushrooms; Пятёрочка «Цезарь Пицца с ветчиной и грибами, 420г» taken as frozen" \
           " (outside knowledge: Цезарь sells frozen pizzas; the title does not say so); РЕСТОРИЯ «Пицца ассорти»" \
           " (no ham/mushrooms stated) and Чебупицца excluded; «2 шт» is the quantity"),
        ("наггетсы куриные побольше", {
            "pyaterochka": ["3683201"],
            "magnit": ["167971", "109401", "199041"],
            "dixy": [],
            "perekrestok": [],
        }, "chicken nuggets (Вязанка, Золотой Петушок «из мяса цыпленка», Мираторг); Пятёрочка «CHIKON Наггетсы" \
           " КЛАССИЧЕСКИЕ» accepted as chicken nuggets (outside knowledge: CHIKON is a chicken brand, the title" \
           " does not name the meat); Вязанка turkey nuggets, Хрумпилсы, Круггетсы and the breading mix excluded;" \
           " «побольше» is a quantity wish"),
        ("кетчуп хайнц к наггетсам", {
            "pyaterochka": ["3631091", "4086400"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "every Heinz ketchup (Томатный 342 г, «Кетчуп томат. с горч.»); Heinz sauces (Salsa, Cherry, Сырный," \
           " Цезарь, кисло-сладкий, терияки), Heinz mayonnaise and ketchups of other brands excluded; «к" \
           " наггетсам» is a purpose"),
    ]),
    # fyr03 ice cream bar
    ("мороженко пломбир в ведерке, топпинг шоколадный, посыпка кондитерская разноцветная, сливки взбитые в баллончике", [
        ("мороженко пломбир в ведерке", {
            "pyaterochka": ["61150"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plombir ice cream in a tub: Пятёрочка «Морож.КЛ.ВЕН.пломб.ван/шок.гл 1л» accepted as a 1 l tub" \
           " (outside knowledge: 1 l ice cream is sold in tubs; the title does not say «ведро»); Магнит Экzo" \
           " «ведро» 0.52 кг is blueberry/blackberry fruit ice cream, not plombir, excluded; briquettes, cups, cones and" \
           " eskimos excluded (form written)"),
        ("топпинг шоколадный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chocolate topping / syrup in the offers; MILKA eskimo «с шоколадным соусом», Dr. Oetker citrus" \
           " glaze and the cake-mix set with a glaze are not toppings"),
        ("посыпка кондитерская разноцветная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sprinkles sold on their own; the cake-mix set «Шоколадное настроение» (with 10 г of посыпка)," \
           " Перекрёсток «Мак кондитерский» and the doughnut «с посыпкой» are not sprinkles"),
        ("сливки взбитые в баллончике", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no whipped cream in an aerosol can; liquid cream (10-33 %), Mr. Сливкин creamer and Airwick refill" \
           " «баллон» excluded"),
    ]),
    # fyr04 disposable tableware
    ("тарелочки одноразовые бумажные, стаканчики одноразовые пластик 200 мл, салфетки бумажные на стол 100 шт, вилки одноразовые 50 шт, пакеты для мусора на 60 литров", [
        ("тарелочки одноразовые бумажные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable plates in the offers («Сырная тарелка Say Cheese» is a cheese platter)"),
        ("стаканчики одноразовые пластик 200 мл", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the written 200 ml size names the cup: Перекрёсток «Стаканы одноразовые 250мл … 6шт» excluded (250 ml," \
           " material not stated); ice cream «в вафельном стаканчике» and whisky gift packs with a glass excluded"),
        ("салфетки бумажные на стол 100 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4250543", "4250535", "4299678"],
        }, "paper table napkins in packs of 100 (Gratias Home 33x33, Gratias 24x24, Пр!ст); the count names the pack," \
           " so the 20-sheet decorative Gratias / Art Bouquet packs are excluded; wet wipes, panty liners" \
           " (CAREFREE) and Магнит BIG CITY LIFE «Салфетки в рулоне» (cleaning cloths) excluded"),
        ("вилки одноразовые 50 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable forks in the offers"),
        ("пакеты для мусора на 60 литров", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags of 60 l (BIG CITY LIFE 60л 20шт); МАГНИТ 35 l bags excluded (size written); Перекрёсток" \
           " «Пакеты для завтрака» excluded"),
    ]),
    # fyr05 drinks
    ("сок добрый мультифрукт 2 литра, спрайт 1.5л, фанту апельсиновую, минералочка газированная", [
        ("сок добрый мультифрукт 2 литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Добрый multifruit in 2 l: Перекрёсток «Нектар Добрый мультифруктовый, 1.45л» and Пятёрочка «ДОБРЫЙ" \
           " Сок мультифрут с 6 мес. 0.2л» excluded by the written size; other Добрый 2 l nectars (бодрый цитрус," \
           " деревенские яблочки, апельсин-грейпфрут-…) are not multifruit; multifruit of other brands (J7," \
           " Фруктовый сад, Сады Придонья) excluded (brand written)"),
        ("спрайт 1.5л", {
            "pyaterochka": [],
            "magnit": ["213591"],
            "dixy": [],
            "perekrestok": [],
        }, "Sprite 1.5 l; Пятёрочка Sprite 0.9 l and «Спрайт … лимона, лайма и мяты» 0.5 l excluded (size written)," \
           " 7Up excluded"),
        ("фанту апельсиновую", {
            "pyaterochka": ["3661229"],
            "magnit": ["198961", "105011"],
            "dixy": [],
            "perekrestok": [],
        }, "orange Fanta of any size; Магнит plain «Напиток Fanta, газированный, 2 л» accepted as orange (outside" \
           " knowledge: plain Fanta is the orange one); Fanta груша, цитрус, Мангуава, Mirinda, FANTOLA and Добрый" \
           " Апельсин excluded"),
        ("минералочка газированная", {
            "pyaterochka": ["3634921", "3943982", "3621697", "3977405", "3977407", "3635130", "3630603", "3656207",
                            "3688643", "3656206"],
            "magnit": ["972a7fe2ec", "edf1174b69", "13256eedcb"],
            "dixy": [],
            "perekrestok": ["3197823", "2105576", "81514", "3943982", "3977405", "3629622", "81003", "4391568"],
        }, "sparkling mineral water (table and medicinal-table: Пилигрим, Боржоми, Джермук, Ессентуки №4, Легенда" \
           " Гор, Заповедник здоровья «Вода №4 пит.мин.л-ст.газ.» and «НАГ-26 мин.л-ст.газ.», GORJI, ROKADA, АШ-ТАУ," \
           " S.Pellegrino, Багиатти, Псыж, Рычал су, Эдельвейс); outside knowledge:" \
           " Пятёрочка «Вода минеральная Боржоми, 1,25 л» and «Нагутская-26» (gas not stated) taken as sparkling," \
           " «Вода Архыз Легенда Гор, газированная» taken as mineral (the same water is titled «минеральная» at" \
           " 0.5 l); medicinal №17 waters (Ессентуки, «ЗАПОВ.ЗДОР. Вода№17 … лечеб.», treatment waters), still waters" \
           " (incl. ACQUA PANNA), Мтаби and Arivali (gas not stated), МАГНИТ «Вода питьевая газ»," \
           " and plain drinking waters that are not mineral (Святой источник, Сенежская, Малаховская, Акваграцио)" \
           " excluded; flavoured Perrier drinks excluded"),
    ]),
    # fyr06 breakfast the morning after
    ("яйца с0 10шт, молоко домик в деревне 2.5%, бекончик нарезка на завтрак, сок апельсиновый без мякоти", [
        ("яйца с0 10шт", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "hen eggs of class С0/СО/«отборные» in packs of 10 (Волжское Утро отборные, Окское СО, Роскар Экстра СО," \
           " Маркет СО); С1 eggs, Волжанин «отборной категории» 6 шт (count written), quail eggs and Kinder eggs" \
           " excluded"),
        ("молоко домик в деревне 2.5%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["cb2f1055d7"],
        }, "Домик в деревне drinking milk 2.5 %; Домик в деревне 0.5/1.5/3.2/3.5/3.7/6 % and топлёное, and 2.5 % milk of" \
           " other brands excluded"),
        ("бекончик нарезка на завтрак", {
            "pyaterochka": ["3443644", "3445554", "3655098", "3649921", "4020279"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3443644", "3445554", "4420883", "4225967"],
        }, "packaged raw-smoked bacon 150-200 г (Велком, Дымов «нарезка», Market Collection, Cortador, unbranded" \
           " Пятёрочка packs); outside knowledge: these 150-200 г bacon packs are sliced although only Дымов says" \
           " «нарезка»; грудинка (incl. Пятёрочка «грудинка сырокопченая … нарезка»), Панчетта, raw pork belly and" \
           " the sandwich with bacon excluded"),
        ("сок апельсиновый без мякоти", {
            "pyaterochka": ["84794"],
            "magnit": ["204401"],
            "dixy": [],
            "perekrestok": [],
        }, "single-fruit orange juice not stated to have pulp (SWELL «Сок Апельсин», J7 апельсиновый 0.97 л; pulp" \
           " cannot be checked, the title does not say «с мякотью»); «без мякоти» excludes J7 «с мякотью» (Пятёрочка" \
           " and Перекрёсток); orange nectars (Добрый, Любимый), mixed juices, сокосодержащие напитки, Fanta" \
           " excluded"),
    ]),
    # fyr07 pancakes in the morning (parent)
    ("мука пшеничная на блины, молоко 3.2% на блинчики, сахарок, маслице 82.5% сливочное, сгущеночка рогачев", [
        ("мука пшеничная на блины", {
            "pyaterochka": ["3605057", "3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "3231328", "8065"],
        }, "wheat flour (Makfa высшего сорта, Пышечка хлебопекарная, Рязаночка экстра and whole-grain Рязаночка);" \
           " Makfa «высшего сорта» without «пшеничная» accepted (outside knowledge: it is wheat flour); С.Пудовъ" \
           " durum «крупка», rye and rice flour excluded; «на блины» is a purpose"),
        ("молоко 3.2% на блинчики", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a",
                            "b4411ba8d4", "35ac60eec2", "52d96fd806", "885d917850", "488d323508", "ecc07a0e68",
                            "01f728b210", "f50aeac1bb", "3645807", "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "cow drinking milk labelled exactly 3.2 % (pasteurised/UHT/sterilised, incl. children's milk Агуша «от" \
           " 3л» and Сарафаново «детское», as in real_basket_eval); ranges (3.2-4, 3.2-6, 3.4-6 …), топлёное 3.2 %," \
           " condensed milk, other fats and Магнит's only milks (2.5 %, Чудо клубника) excluded"),
        ("сахарок", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "white sugar of any form (Магнит «Сахар белый прессованный 1кг»); brown cane sugar «Демерара» excluded" \
           " (a different product for most shoppers); sugar-free goods and «сахарная кукуруза» excluded"),
        ("маслице 82.5% сливочное", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled 82.5 %; butter labelled 82 % (Простоквашино in Дикси and Магнит, Президент) excluded" \
           " because a written fat % must match exactly, 72.5 % and chocolate butter 62 % excluded"),
        ("сгущеночка рогачев", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain Рогачёв sweetened condensed milk: the only Рогачёв condensed milks are boiled (Магнит «Рогачев," \
           " вареное», Пятёрочка «вареное … Егорка Рогачев»), excluded as варёная сгущёнка is a different product;" \
           " Перекрёсток «Молоко Рогачевъ питьевое» is drinking milk; Алексеевское condensed milk excluded (brand" \
           " written)"),
    ]),
    # fyr08 sweets (teen)
    ("мармеладных мишек харибо, чупа-чупсы штук 10, kinder шоколад, m&m's", [
        ("мармеладных мишек харибо", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Haribo gummy bears: the only Haribo is «Жевательный мармелад HARIBO Ягоды» (berries, not bears);" \
           " Fruit-tella «МЕДВЕЖАТА», Бон Пари «Забавный медвежонок» (other brands) and the drink «со вкусом" \
           " мармеладных мишек» excluded"),
        ("чупа-чупсы штук 10", {
            "pyaterochka": ["59117"],
            "magnit": ["e18062a6bf"],
            "dixy": [],
            "perekrestok": ["33015", "4359005", "3505733", "4272130", "59117", "3690389", "4366036", "4276207",
                            "17885", "4354045", "2037567", "3690030", "4366035"],
        }, "Chupa Chups lollipops of any flavour and pack (singles, XXL, mini bags, assortments); outside knowledge:" \
           " Перекрёсток titles them «Карамель Chupa Chups …» and these are lollipops; «штук 10» is the quantity;" \
           " Chupa Chups chocolate ball with a toy, «SOUR TUBES» marmalade and other lollipops (Леденцовая Страна," \
           " Sweet Ness, Lenco) excluded"),
        ("kinder шоколад", {
            "pyaterochka": ["3408080"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3447877", "17333", "3448606"],
        }, "Kinder chocolate bars (Kinder Chocolate, «со злаками», Kinder Макси); Kinder Surprise/Joy eggs, the" \
           " chocolate figure with a toy, Schoko-Bons sweets, Mini/Maxi Mix sets and the Kinder Land drink excluded" \
           " (most shoppers mean the bar by «киндер шоколад»)"),
        ("m&m's", {
            "pyaterochka": ["3687449"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "M&M's dragées: only the M&M's gift set «M&MS Наб.конд.изд.подар. 325г» (taken as M&M's packs, contents" \
           " not listed); M&M's chocolate bars «с разноцветным драже», the cookies «с драже M&Ms» and the mixed «M&M's" \
           " & Friends» sets (Snickers, Twix, Mars …) excluded"),
    ]),
    # fyr09 syrniki for breakfast
    ("творог 9% на сырники, сметанку 15 %, джемик клубничный", [
        ("творог 9% на сырники", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216658", "4185866"],
        }, "plain cottage cheese 9 % (Вкуснотеево, Молочный знак 180 г and «традиционный» 800 г); other fats," \
           " творожный сыр, curd desserts and ready сырники excluded"),
        ("сметанку 15 %", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream 15 % incl. lactose-free (Parmalat Comfort, Простоквашино безлактозная); 10/20/25/30 %," \
           " sour-cream sauces and crisps «сметана и лук» excluded"),
        ("джемик клубничный", {
            "pyaterochka": ["3369992", "3661658"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry jam (Махеевъ клубника 300 г and КЛУБНИЧНЫЙ 400 г); Вологодское «ВАРЕНЬЕ клубничное» excluded" \
           " (варенье ≠ джем), other jams and muffins «с клубничным джемом» excluded"),
    ]),
    # fyr10 nachos night
    ("начосы кукурузные, соус сальса, сыр чеддер ломтиками, тортильи пшеничные", [
        ("начосы кукурузные", {
            "pyaterochka": ["3463551", "3463552"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "corn nachos chips (DELICADOS original and cheese-flavoured; no flavour written); potato crisps and corn" \
           " sticks excluded"),
        ("соус сальса", {
            "pyaterochka": [],
            "magnit": ["105021"],
            "dixy": [],
            "perekrestok": [],
        }, "salsa sauce (Heinz Salsa); other Heinz sauces and ketchups excluded"),
        ("сыр чеддер ломтиками", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4297132"],
        }, "sliced cheddar (Grunlander «Чеддер … нарезка»); Пятёрочка cheddar 120/200/240 г pieces (not sliced) and" \
           " other sliced cheeses excluded"),
        ("тортильи пшеничные", {
            "pyaterochka": ["3439566"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wheat tortillas (Mission «Лепешки тортилья пшеничные»); nachos and лаваш excluded"),
    ]),
    # fyr11 hot dogs
    ("булки для хотдогов, сосиски молочные для хот-догов, горчица не острая, лук жареный хрустящий, огурчики маринованные для хотдогов", [
        ("булки для хотдогов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no hot-dog buns in the offers (Хотстеры «сосиски в тесте» and burger sauces are not buns)"),
        ("сосиски молочные для хот-догов", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«молочные» frankfurters (Велком, Магнит «Сосиски Молочные» 0.33 and 0.65 кг); сливочные, «Детям»," \
           " Докторские, «с натуральными сливками», Баварские and other sausages excluded; «для хот-догов» is a" \
           " purpose"),
        ("горчица не острая", {
            "pyaterochka": ["3621047"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mild mustard: Global Village «Горчица Французская» accepted (outside knowledge: French mustard is" \
           " mild); МАХЕЕВЪ «Горчица РУССКАЯ» excluded by «не острая» (outside knowledge: Russian table mustard" \
           " is the hot kind); snacks «с горчицей» excluded"),
        ("лук жареный хрустящий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no crispy fried onion; fresh onions and crisps «со вкусом … лука» excluded"),
        ("огурчики маринованные для хотдогов", {
            "pyaterochka": ["2147768", "3952588"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marinated (pickled in vinegar) cucumbers: Скатерть-Самобранка «Огурчики маринов.» and Дядя Ваня" \
           " «Огурцы Пикули Одесские. Пастеризованные» (outside knowledge: пикули are marinated gherkins);" \
           " salted/barrel cucumbers (Глобус, МЕЛЕНЪ, Магнит корнишоны соленые, Перекрёсток бочковые), the" \
           " tomato-gherkin assortment and fresh cucumbers excluded"),
    ]),
    # fyr12 cocoa and marshmallows
    ("какаошка несквик, маршмелоу, юбилейное печенье к какао", [
        ("какаошка несквик", {
            "pyaterochka": ["3696920", "4033873"],
            "magnit": ["167811"],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink powder (Магнит «Какао Nesquik, 500 г», OPTI-START, ALL NATURAL); Nesquik cereals," \
           " chocolate bars and sweets excluded; other cocoa brands excluded"),
        ("маршмелоу", {
            "pyaterochka": ["3454215", "4052615", "4059074", "4059073", "4024311"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marshmallows (MARSHMALLOW Premium mini, Бон Пари «Кислые в кубе. Маршмеллоу», MIXBAR and Шарлиз" \
           " Marshmallows); LOVE IS «воздушный зефир для десертов» accepted as marshmallow (outside knowledge);" \
           " Russian зефир and пастила, the doughnut «Marshmallow», the curd dessert with marshmallow and the" \
           " marshmallow-flavoured soda excluded"),
        ("юбилейное печенье к какао", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every Юбилейное biscuit (traditional, glazed, milk, oat, постное, with cereals, berry and chocolate" \
           " flavours); Юбилейное mini-cakes, Колбаса «Юбилейная» and J.MEINL coffee «ЮБИЛЕЙНЫЙ» excluded"),
    ]),
    # fyr13 nibbles
    ("попкорн сладкий готовый, арахис солененький, семечки подсолнуха от мартина", [
        ("попкорн сладкий готовый", {
            "pyaterochka": ["4061096"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ready sweet popcorn (MIXBAR «Карамель» 250 г); MIXBAR «ПОПКОРН СЛАД-СОЛ.» (sweet-salty, a different" \
           " flavour) and salted microwave popcorn excluded"),
        ("арахис солененький", {
            "pyaterochka": ["3954224"],
            "magnit": ["4a8764138e"],
            "dixy": [],
            "perekrestok": [],
        }, "salted roasted peanuts (От Мартина «обжаренный с солью», Восточный гость «жар соленый»); Джаз «Арахис" \
           " жареный» (salt not stated), PARTY NUTS with flavourings (incl. «Морской Солью И Черным Перцем», a" \
           " seasoned variety), nut mixes and peanut sweets excluded"),
        ("семечки подсолнуха от мартина", {
            "pyaterochka": ["3669122", "3403508", "3630849"],
            "magnit": ["1000229533"],
            "dixy": [],
            "perekrestok": [],
        }, "От Мартина sunflower seeds (отборные, особые, «с морской солью», black roasted salted); От Мартина" \
           " pumpkin seeds and peanuts, and sunflower seeds of other brands (Бабкины, Богучарские, Молодежный," \
           " от Атамана) excluded"),
    ]),
    # fyr14 home-made pizza
    ("тесто для пиццы, моцарелла тертая, колбаска пепперони для пиццы, маслины б/к на пиццу", [
        ("тесто для пиццы", {
            "pyaterochka": ["4022612"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dough titled for pizza; Рестория frozen «ТЕСТО ДРОЖЖЕВОЕ 500г» accepted (judgement: pizza dough is a" \
           " yeast dough and most shoppers would take it); puff pastry (Цезарь), filo and pizza flour excluded"),
        ("моцарелла тертая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4111694"],
        }, "grated mozzarella (Cheese Gallery «Моцарелла тертый»); mozzarella balls, blocks «для пиццы» (not stated" \
           " grated), Пятёрочка «Моцарелла Пицца» 250 г piece, processed «Моцарелла» slices and grated Голландский" \
           " excluded"),
        ("колбаска пепперони для пиццы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pepperoni sausage; salami of other kinds (Клинский, Останкино, Астория, Пражская …) and «Чебупицца" \
           " Пепперони» excluded"),
        ("маслины б/к на пиццу", {
            "pyaterochka": ["3013064", "3436379", "4005881"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4249106"],
        }, "pitted black olives titled «Маслины без косточки» (Bonduelle, IBERICA, Filippo Berio, La Explanada);" \
           " IBERICA «с костью», green/stuffed «Оливки» and olive mayonnaise excluded"),
    ]),
    # fyr15 drinks (teen)
    ("лимонадик черноголовка, липтон холодный чай с лимоном, молочный коктейль чудо шоколадный", [
        ("лимонадик черноголовка", {
            "pyaterochka": [],
            "magnit": ["c7e1497ccb"],
            "dixy": [],
            "perekrestok": ["3403323", "3403324"],
        }, "Черноголовка classic «Лимонад» (0.5/1/2 l); Черноголовка Байкал, Дюшес, Тархун, Крюшон, Мандарин and" \
           " Кола excluded (a brand without a flavour means the classic product, as in fresh_basket_eval_d)"),
        ("липтон холодный чай с лимоном", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3487476"],
        }, "Lipton ice tea lemon 1 l; Lipton green ice teas (incl. земляника-клюква), Fuze Tea «лимон-лемонграсс»," \
           " Nestea and Lipton bagged tea excluded"),
        ("молочный коктейль чудо шоколадный", {
            "pyaterochka": ["4000196"],
            "magnit": ["9c5c6e229e"],
            "dixy": [],
            "perekrestok": [],
        }, "Чудо chocolate milkshake (Магнит «ЧУДО, Шоколад, 2%, 960г», Пятёрочка «Чудо Десерт … с какао со вкусом" \
           " Шоколадный трюфель»); Чудо strawberry, vanilla, крем-брюле, банан-печенье, and chocolate milkshakes of" \
           " other brands (М/М, children's unbranded) excluded"),
    ]),
    # fyr16 birthday bits
    ("тортик медовик, свечи на торт, шарики воздушные", [
        ("тортик медовик", {
            "pyaterochka": ["3985854", "4475"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3002948"],
        }, "honey layer cake: Черёмушки «Медовик» 380 г, Пятёрочка «Торт слоеный Медовик 70г/шт» (a portion cake;" \
           " size not written) and «Торт У Палыча, Медовый» (outside knowledge: the same layered honey cake);" \
           " Home Napoleon «Медово-Сметанный» (a Napoleon), «Персидская Ночь … с мёдом», other cakes and honey" \
           " excluded"),
        ("свечи на торт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cake candles in the offers"),
        ("шарики воздушные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no balloons; party poppers (хлопушки), «Декоративные изделие для вечеринок» (not said to be balloons)," \
           " corn balls, mozzarella balls and «Муравейные Шарики» excluded"),
    ]),
    # fyr17 toasts for breakfast
    ("хлеб тостовый на гренки, сыр плавленый ломтиками, ветчина нарезка для тостов, масло слив. 72.5%", [
        ("хлеб тостовый на гренки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no toast bread in the offers; батон нарезной, rye breads, гренки and сухарики excluded"),
        ("сыр плавленый ломтиками", {
            "pyaterochka": ["24145", "3501012", "4043317"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sliced processed cheese of any flavour (Hochland «пл.-тост С ВЕТ. ломт.», VALIO «плав. ломт.», Galbani" \
           " «плавленый ломтевой Моцарелла»); processed cheese in tubs/bricks and sliced hard cheeses excluded"),
        ("ветчина нарезка для тостов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4400358", "4195681"],
        }, "sliced ham: Черкизово and Клинский «Для тостов» (outside knowledge: sold sliced); ham loaves and pieces" \
           " («для завтрака» 330-400 г, 450-500 г, canned 325 г) and turkey ham 120 г (slicing not stated) excluded"),
        ("масло слив. 72.5%", {
            "pyaterochka": ["3658095"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter 72.5 % (Брест Литовск); 82/82.5 % butter and margarine 72 % excluded"),
    ]),
    # fyr18 light breakfast
    ("питьевые йогурты клубничные, мюсли с орешками, бананы на утро, клубника свежая к блинам", [
        ("питьевые йогурты клубничные", {
            "pyaterochka": ["3628399", "4066181", "4035473"],
            "magnit": ["205071"],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry drinking yoghurt: Чудо питьевой клубника/земляника (Пятёрочка «ЧУДО Йогурт вк.клуб/земл." \
           " 270г» taken as the same bottle), «Йогурт питьевой … со вкус. Клубничного пломбира» and Активиа" \
           " «с клубникой и земляникой» 260 г (outside knowledge: the 260 г Активиа bottle is drinkable); strawberry" \
           " mixed with other fruit (клуб/марак., яблоко-питахайя, банан), cups (150 г, 85 г), unbranded" \
           " «Биойогурт … с клубникой, 270г» (form not stated), Имунеле/Актимель drinks and sweets excluded"),
        ("мюсли с орешками", {
            "pyaterochka": ["3492142", "3398286", "3691085"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "muesli with nuts (AXA «медов. шокол/орех», Matti «орех-яблоко», Kellogg's Extra «орех/фрукт/яг»);" \
           " muesli without nuts (berries, banana, chocolate, tropical fruit), cereals, flakes, muesli biscuits" \
           " and yoghurt «мюсли с … орехами» excluded"),
        ("бананы на утро", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (incl. Organic, mini, фасованные); dried bananas, banana drinks, purees and sweets" \
           " excluded"),
        ("клубника свежая к блинам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["11034", "4391361", "3457076"],
        }, "fresh strawberries (Маркет Fresh 250/340 г, «Клубника отборная»); the strawberry-blueberry mix, jams and" \
           " strawberry-flavoured goods excluded"),
    ]),
    # fyr19 freezer snacks (teen)
    ("картошка фри замороженая, стрипсы куриные, чебупели ветчина сыр", [
        ("картошка фри замороженая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen French fries; fresh potatoes («для жарки» 3 кг), crisps and «Картофель хрустящий» excluded"),
        ("стрипсы куриные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken strips; Мираторг «Хрумпилсы из курицы», nuggets and breaded chicken cutlets excluded"),
        ("чебупели ветчина сыр", {
            "pyaterochka": ["3395673"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Горячая штучка «Чебупели с ветчиной и сыром»; Чебупицца, Хотстеры and чебуреки excluded"),
    ]),
    # fyr20 tea-time sweets
    ("зефир ванильный пачку, вафли какие нибудь, печенюшки oreo, шоколадка альпен гольд с орехом", [
        ("зефир ванильный пачку", {
            "pyaterochka": ["3406629", "3936545", "4086822"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vanilla зефир, glazed or not (Шарлиз «глазированный ваниль», «в шоколадной глазури с ароматом ванили»" \
           " 1 кг, Белевский «с ароматом ванили гл.»); fruit зефир (клубника, абрикос-манго, антоновка," \
           " черносмородиновый, ягодное парфе), marshmallows and пастила excluded; «пачку» is the quantity"),
        ("вафли какие нибудь", {
            "pyaterochka": ["3668255", "3668256", "3687458", "3687534", "3418863", "3257371", "3939083", "3948437",
                            "3607404", "3673372", "3607414", "3141421", "2126636", "3908663", "3908665", "4036375",
                            "4090303", "3432952", "3983254"],
            "magnit": ["9b5bb8a58d", "f55f44c954", "2a32ffe31d", "7d5a68f794", "01fb3ade65", "29989b90ed"],
            "dixy": [],
            "perekrestok": [],
        }, "any sweet wafers («какие нибудь»), incl. glazed wafers and the single chocolate-coated wafers (Милка" \
           " вафли, «Вафля в молочном шоколаде»); Toreno «для торта» (cake sheets), wafer cakes (Бабаевская Белочка," \
           " «Отломи»), KitKat and chocolates «с вафлей», ice cream «вафельный» excluded"),
        ("печенюшки oreo", {
            "pyaterochka": ["3983256", "3640617", "3474314", "4032483", "3474313", "3640618"],
            "magnit": ["204631", "5aadea8f9c"],
            "dixy": [],
            "perekrestok": [],
        }, "every Oreo biscuit (classic, Golden, strawberry, chocolate filling, 95/154/228 г); chocolate bars and" \
           " sweets with Oreo pieces (Alpen Gold, Milka) excluded"),
        ("шоколадка альпен гольд с орехом", {
            "pyaterochka": ["4053758", "4053806", "4053800", "4053799", "4053732", "4053760", "4053663"],
            "magnit": ["205931"],
            "dixy": [],
            "perekrestok": [],
        }, "Alpen Gold bars with nuts: фундук (milk, dark, with raisins), миндаль (white with coconut, salted with" \
           " caramel), арахис (salted with crackers, with corn flakes) -- peanuts and almonds count as «орехи» as" \
           " most shoppers use the word; Alpen Gold without nuts, the Oreo bar «со вкусом арах. пасты» (flavour" \
           " only), the bar with инжир/кокос/крекер and other brands excluded"),
    ]),
    # fyr21 party kit
    ("трубочки коктейльные, скатерть одноразовая на стол, влажные салфеточки для рук", [
        ("трубочки коктейльные", {
            "pyaterochka": ["3993427"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cocktail straws: Пятёрочка «Кух.принадл.для взрослых: Труб.для кокт.4шт» (= трубочки для коктейля," \
           " found only in the re-check of abbreviated titles); Пятёрочка «Трубочки, со сгущенным молоком» is a" \
           " pastry"),
        ("скатерть одноразовая на стол", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable tablecloth; «Скатерть-Самобранка» is a brand of pickled ginger"),
        ("влажные салфеточки для рук", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "3917869", "3697052", "4166484"],
        }, "wet wipes usable for hands (Tolli Plus, SALFETI антибак, Home Story antibacterial/antiseptic, Пр!ст" \
           " косметические, Kokoro baby wipes); «для рук» is a purpose; dry paper napkins, panty liners and" \
           " paper towels excluded"),
    ]),
    # fyr22 soda for the sleepover (teen)
    ("газировка без сахара, пепси 1 литр, чипсы pringles только не острые", [
        ("газировка без сахара", {
            "pyaterochka": ["3660913", "3684651", "4306402"],
            "magnit": ["d3c955edcb"],
            "dixy": [],
            "perekrestok": ["4255568", "4274867"],
        }, "sugar-free soft drinks (Coca-Cola «б/сах.», Pepsi Лайт, Черноголовка Кола без сахара, Добрый Кола б/сах," \
           " Cool Cola Zero); Pepsi ЛАЙТ taken as sugar-free (outside knowledge); drinks only «с пониженной" \
           " калорийностью»/«низкокалорийный» (Добрый, Pepsi Dark Vanilla/Mango, Rich tonics), sugar-free energy" \
           " drinks (Adrenaline), alcohol-free wine drinks (Abrau) and Evervess «б/а» (= безалкогольный) excluded"),
        ("пепси 1 литр", {
            "pyaterochka": ["3684639"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3684639"],
        }, "classic Pepsi 1 l; Pepsi Лайт 1 l, Wild Cherry, Pepsi 0.33/0.5/1.5/2 l excluded"),
        ("чипсы pringles только не острые", {
            "pyaterochka": ["3485986", "3231225", "3994660"],
            "magnit": ["204411", "202981"],
            "dixy": [],
            "perekrestok": [],
        }, "every Pringles not sold as hot: сыр, краб, паприка (judgement: paprika flavour is not labelled or known" \
           " as hot) and the rice «Asian Collection» терияки-барбекю; «только не острые» excludes the «Тикка Масала»" \
           " «с индийскими специями» (a spiced flavour); other crisps excluded"),
    ]),
    # fyr23 coffee and tea for the parents
    ("кофе растворимый нескафе, черный чай в пакетиках на утро, сахар-рафинад кусковой, нутелла", [
        ("кофе растворимый нескафе", {
            "pyaterochka": ["3928171", "3658915", "4035364", "4035358", "3971960", "4035361", "3485301", "3626895",
                            "3419750", "3659359", "3659496", "3932897"],
            "magnit": ["109351", "199191", "198971"],
            "dixy": [],
            "perekrestok": [],
        }, "every Nescafé instant coffee (Gold, Classic, Crema, Espresso, Barista and «с добавлением молотого»," \
           " Origins); Nescafé Classic Latte sachets (a coffee drink) and other brands excluded"),
        ("черный чай в пакетиках на утро", {
            "pyaterochka": ["4022854", "3470341", "4002510", "3650482", "3489539", "3682587", "3998702", "3489553",
                            "3378327", "15545", "15492", "3662837", "3450276", "3469500", "3950803", "3628990",
                            "3620106", "3635756", "3634052", "3378336", "3424384", "3418513", "3499718", "3446638",
                            "3472459", "3649730", "2070472", "3600100", "4042419", "3971162", "3971163", "3948819",
                            "3948818", "3981152", "3948128", "11200", "3689577"],
            "magnit": ["a37d9d8522", "217b3d7466", "204561", "159991", "112311", "206041", "109361", "199261",
                       "199201", "111701", "168251", "213601"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea in bags, sachets or pyramids, flavoured or not (nothing else written): Ahmad, Akbar, Azercay/" \
           " Азерчай, Lipton, Richard, Saito, Tess, Greenfield, Twinings, Brooke Bond, Bernley, Лисма, Принцесса, ШАХ," \
           " Краснодарский …; Earl Grey, English Breakfast and «цейлонский» taken as black (outside knowledge);" \
           " loose-leaf tea (no bag count), green/oolong/herbal/mate, Tess «Pina Colada», Майский «смородина с" \
           " мятой» (tea type not stated), the Curtis mixed collection and ice teas excluded"),
        ("сахар-рафинад кусковой", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "lump refined sugar: Магнит «Сахар белый прессованный 1кг» (outside knowledge: pressed white sugar =" \
           " кусковой рафинад); cane sugar «нерафинированный» excluded"),
        ("нутелла", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Nutella; other chocolate-nut spreads (Cuisine Royale, Коровка из Кореновки, Золотой Степ) excluded" \
           " (brand written)"),
    ]),
    # fyr24 sandwiches
    ("батон нарезной на бутеры, докторскую колбаску, сыр российский на бутерброды", [
        ("батон нарезной на бутеры", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "«Батон нарезной» (Перекрёсток Маркет, Пятёрочка «Батон Звездный нар» = нарезной); rye breads, сдоба" \
           " and chocolate «батончики» excluded"),
        ("докторскую колбаску", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "Докторская boiled sausage of any brand, pack or sliced; Докторские sausages/сардельки and Monster «The" \
           " Doctor» excluded"),
        ("сыр российский на бутерброды", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese (Брест-Литовск российский 50 %, Зелёная Линия нарезка 50 %); other semi-hard cheeses" \
           " and «сервелат российский» excluded"),
    ]),
    # fyr25 crab salad
    ("крабовые палки, кукурузку консервированную, свежие огурцы 3 шт, майонезик махеевъ", [
        ("крабовые палки", {
            "pyaterochka": ["3131715", "3931923"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3406474", "3447879", "3131715", "86385", "4074412", "4425909", "3993014", "3993018",
                            "3337825", "3931923", "4417821", "4311581", "4166323", "4354524"],
        }, "crab sticks, chilled or frozen (Vici, Русское Море, Меридиан, Люди Любят «Палочки крабовые»); «крабовое" \
           " мясо» (a different form), real crab, crab salad and crab-flavoured snacks excluded"),
        ("кукурузку консервированную", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet-corn kernels (Bonduelle/Бондюэль, Globus, Heinz, 6 соток, Знак Заботы, Юнона, Пятёрочка" \
           " vacuum packs); Маркет Collection «Кукуруза молодая в початках» (baby-corn cobs), corn oil, starch and" \
           " corn snacks excluded"),
        ("свежие огурцы 3 шт", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (короткоплодные, среднеплодные, Ботаника, «Огурцы Хрустящие» 450 г and fresh корнишоны" \
           " 300 г, taken as fresh from the Перекрёсток vegetable shelf); salted, marinated cucumbers and goods «с" \
           " огурцами» excluded; «3 шт» is the quantity"),
        ("майонезик махеевъ", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2047206", "4312243"],
        }, "every Махеевъ mayonnaise (Провансаль с лимонным соком, С перепелиным яйцом); Махеевъ «Соус ЦЕЗАРЬ" \
           " майонезный», other Махеевъ sauces, ketchups and jams, and mayonnaise of other brands excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyr"))
