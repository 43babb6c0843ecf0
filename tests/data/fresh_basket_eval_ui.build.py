#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ui.jsonl -- 25 shopping lists of an elderly couple (she is diabetic, he must eat little
salt after a heart attack; on Sundays they bake for the grandchildren), hand-labelled against the real offers in
real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ui.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_ui.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of each list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fui01, fui02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ui.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ui.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (4, "зефир на сорбите", "пастила без сахара для меня"),
    (9, "хлебцы ржаные доктор кернер", "хлебцы доктор кернер злаковый коктейль"),
    (19, "фруктоза 500 г", "стевия в таблетках вместо фруктозы"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 завтрак бабушки-диабетика
    ("кефирчик 1% две бутылочки, творог обезжиренный пачку, хлебцы без соли, сахорозаменитель в таблетках", [
        ("кефирчик 1% две бутылочки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir of any fat in any chain (no title with «кефир»/«биокефир»); yoghurts, ayran-like and milk drinks are other "
           "products; «две бутылочки» is a quantity"),
        ("творог обезжиренный пачку", {
            "pyaterochka": ["3692659", "3687270"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4331301"],
        }, "plain fat-free cottage cheese: Молочный Знак «обезжиренный 0.5%», Домик в деревне «Творог мягкий 0,1%» (0.1% is "
           "fat-free), plain «Биотворог обезжиренный» Howaru Dophilus (cottage cheese with probiotics, like биокефир for kefir); "
           "3-9% cottage cheese (Брест-Литовск 3%, Село Зелёное 5%, Вкуснотеево 9%), children's biotvorog with fruit, curd "
           "desserts, «творожный продукт», cream cheese and сырки excluded; «пачку» is a quantity"),
        ("хлебцы без соли", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«без соли» is the variety the user needs (low-salt diet), so only crispbread declared salt-free would do; no "
           "crispbread title says so (Dr.Korner, Щедрые, Croisette, Магнит, Образ жизни, Eco-Botanica - ordinary crispbread "
           "contains salt, several are flavoured with cheese or herbs); unsalted butter («несолёное») is another product"),
        ("сахорозаменитель в таблетках", {
            "pyaterochka": ["3379758"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sweetener tablets: «Худеем за неделю Стевия банка 150 таб.»; Great Life «подсластитель» 39 г excluded (the title does "
           "not say tablets and the form could not be checked); «Заменитель сухих сливок», «Заменитель молочного продукта», "
           "sugar-free sodas, gum and sweets excluded"),
    ]),
    # L02 воскресная выпечка
    ("мука в/с 2 кг на пироги\nсахарная пудра на посыпку куличей\nразрыхлитель теста пару пакетиков\nванильный сахар dr oetker", [
        ("мука в/с 2 кг на пироги", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "8065"],
        }, "wheat flour высший сорт in 2 kg packs (a size that names the pack of a packaged good): Makfa «высшего сорта, 2кг», "
           "Пышечка «хлебопекарная высшего сорта, 2кг»; Makfa 1 kg (pack size), Рязаночка «ЭКСТРА» 2 kg (another grade), "
           "Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), whole-grain, rye, rice and durum flour excluded"),
        ("сахарная пудра на посыпку куличей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4255400"],
        }, "icing sugar (Пр!ст «Пудра сахарная»); corn sticks «в сахарной пудре» and everything else with «пудр» excluded; "
           "«на посыпку куличей» is a purpose"),
        ("разрыхлитель теста пару пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236368"],
        }, "baking powder (Пр!ст «Разрыхлитель для теста» 10 г); «пару пакетиков» is a quantity"),
        ("ванильный сахар dr oetker", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no vanilla sugar in any chain and the only Dr. Oetker product is «Глазурь со вкусом цитрусовых» (another product); "
           "vanilla ice creams, drinks and desserts excluded"),
    ]),
    # L03 каши и масло
    ("гречка ядрица пару пачек, геркулес долгой варки мне на завтрак, масло оливковое extra virgin получше", [
        ("гречка ядрица пару пачек", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats: Prosto «Крупа Гречневая» 500 г taken as ядрица (outside knowledge: no продел is on sale and plain "
           "«крупа гречневая» packs are ядрица); buckwheat flakes (Увелка, Мистраль), PROSTO «Рис и греча» mix, Nestle "
           "buckwheat porridge, soba noodles, ready buckwheat meals and «Греческий» yoghurts/cheese excluded"),
        ("геркулес долгой варки мне на завтрак", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "traditional rolled oats that need cooking: Клинские «Хлопья овсяные Геркулес», Увелка «Хлопья зерн. овсян. трад.» "
           "(«традиционные» = the long-cooking kind); instant «не требующая варки» porridge, flavoured oat porridges, "
           "multigrain flakes, oat cookies, oat drinks and oat «продукт» excluded"),
        ("масло оливковое extra virgin получше", {
            "pyaterochka": ["4082388", "2153521", "63538"],
            "magnit": ["190b32a64b", "204571"],
            "dixy": [],
            "perekrestok": [],
        }, "extra virgin olive oil: Global Village «нераф. Extra Virgin», Filippo Berio «Organic, Extra Virgin» and «EV», "
           "Monini «Экстра Вирджин»; Monini «CLAS. олив. нераф.» taken as Monini Classico, which is extra virgin (outside "
           "knowledge); Global Village «Virgen Extra … рафинированное, с добавлением нерафинированного» (a refined blend despite "
           "its name), Магнит «Pure», sunflower oil «с доб олив», olives and olive mayonnaise excluded; «получше» is a wish"),
    ]),
    # L04 сладкое для диабетика (one item replaced, see REPLACED)
    ("шоколад горький для диабетиков, печенье на фруктозе, вафли без сахара, пастила без сахара для меня", [
        ("шоколад горький для диабетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "diabetic chocolate (on sweeteners/fructose) is a different product from ordinary dark chocolate; none on sale; "
           "ordinary bitter/dark chocolate (Коркунов 70%, Alpen Gold Bitter, Merci 72%, Бабаевский, O'Zera) contains sugar and is "
           "excluded"),
        ("печенье на фруктозе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cookie on fructose or sweetener in any chain; ordinary cookies excluded"),
        ("вафли без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sugar-free wafers in any chain; ordinary wafers (Коровка, Яшкино, Коломенское, Зерница, Kit Kat…) excluded"),
        ("пастила без сахара для меня", {
            "pyaterochka": ["4049946"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "replaced item (blind «зефир на сорбите», absent everywhere): Белёвская «пастила классическая без добавления "
           "сахара»; Белёвская пастила с корицей / с кедровым орехом (with sugar), Магнит «БЕЛЕВСКАЯ ПАСТИЛА Мармелад», "
           "zefir and marmalade excluded"),
    ]),
    # L05 пироги для внуков
    ("яички с0 десяточек на выпечку\nмасло сливочное 82% 2 пачки\nсметана 20 процентов для теста\nдрожжи сухие саф момент пару пакетиков", [
        ("яички с0 десяточек на выпечку", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3634491", "44323", "3062835"],
        }, "hen eggs of class С0 («СО» / «отборные») in packs of 10: Волжское Утро «отборные, 10 шт», Маркет «СО, 10шт», Роскар "
           "«Экстра СО, 10шт», Окское «СО, 10шт»; Волжанин «отборной категории, 6шт» (not a десяток), С1 eggs (Село Зелёное, "
           "Лето 20 шт, Активита), quail eggs and mayonnaise «на перепелином яйце» excluded"),
        ("масло сливочное 82% 2 пачки", {
            "pyaterochka": ["3948153", "4063188", "3612680", "3953367", "3963777"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter 82% / 82.5% of any pack (incl. sweet-cream and sour-cream «кислосливочное» Президент, unsalted); Брест-"
           "Литовск 72.5%, Экомилк chocolate butter 62%, pastry «на сливочном масле» excluded; «2 пачки» is a quantity"),
        ("сметана 20 процентов для теста", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664287", "3651188", "4262694", "4349770", "4121609", "4217906", "3293409", "3444929", "3634033",
                            "58101", "4314537"],
        }, "sour cream of exactly 20% (any brand and pack, incl. Parmalat Comfort lactose-free 20%); 10/15/25/30% sour cream, "
           "sour-cream cakes and crisps/croutons «со вкусом сметаны» excluded; «для теста» is a purpose"),
        ("дрожжи сухие саф момент пару пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "Саф-Момент dry yeast 11 г; frozen yeast dough (Рестория «ТЕСТО ДРОЖЖЕВОЕ») and the yeast-free puff pastry are other "
           "products; «пару пакетиков» is a quantity"),
    ]),
    # L06 деду без соли
    ("соль с пониженным содержанием натрия деду, лимоны 3 шт к чаю, чесночок головки 2", [
        ("соль с пониженным содержанием натрия деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no low-sodium (potassium) salt in any chain; Mareman sea salt, Kotanyi «Чеснок-травы-соль», salted snacks and "
           "dishwasher/anti-scale products excluded"),
        ("лимоны 3 шт к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons in any chain; citric acid, lemonades, lemon-flavoured tea, sweets, cleaners and cakes «с лимоном» "
           "excluded"),
        ("чесночок головки 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic heads (Перекрёсток «Чеснок, 3шт»); ФЭГ «солёный» garlic, Восточный гость dried granulated garlic, "
           "garlic-flavoured croutons, oils and snacks excluded; «головки 2» is a quantity"),
    ]),
    # L07 водичка и кисломолочка
    ("водичка ессентуки 4 мне бутылки три, морс клюквенный без сахара, йогурт натуральный без добавок, бананчики для деда", [
        ("водичка ессентуки 4 мне бутылки три", {
            "pyaterochka": ["3977405", "3977407"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3977405"],
        }, "Ессентуки №4 mineral water of any bottle (0.45 l glass, 1 l PET); Ессентуки №17 (another water), Боржоми, Нарзан and "
           "other mineral waters excluded; «бутылки три» is a quantity"),
        ("морс клюквенный без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«без сахара» is the variety the diabetic needs; no cranberry mors says it is sugar-free - Зелёная Линия, Чудо-Ягода, "
           "Сады Придонья «клюквенный» and Добрый «Морс КЛЮКВА» are ordinary sweetened mors (outside knowledge: commercial mors "
           "contains sugar) and are excluded, as are mixed-berry mors, cranberry drinks and fresh cranberries"),
        ("йогурт натуральный без добавок", {
            "pyaterochka": ["3503857", "3433156", "3638992", "3954723", "4035474", "3632187", "3665120"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4068957", "4324114", "3601417", "3697856", "4326197", "4326198"],
        }, "plain yoghurt with no filler or flavour in the title: «греческий натуральный» Зелёная Линия, Neo «греческий "
           "классический без сахара», Teos and Простоквашино «Греческий 2%», Danone 3.3% 110 г / 350 г, Bio-Max «Классический», "
           "Активиа 2.4% 260 г, Epica drinking 2.9%, children's plain Сарафаново «термостат.» 1.5% and Верховье biyoghurt 3.5% "
           "(children's plain products count, as children's milk does for «молоко»); whether these have added sugar cannot be "
           "read from the titles - an unflavoured title is taken as plain (judgement); every yoghurt with fruit, cereal, "
           "chocolate or a flavour (Чудо, Активиа with fruit, Данон «с персиком», Epica Crispy, Даниссимо, Греческий «с "
           "наполнителем», Viola «Малина-Мята»), yoghurt-filled chocolate/sweets excluded"),
        ("бананчики для деда", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "3639749", "4208494", "4112219"],
        }, "fresh bananas (loose, packed, Organic Зелёная Линия, mini bananas); dried bananas, banana sweets, banana yoghurts "
           "and purees excluded"),
    ]),
    # L08 на пару
    ("куриная грудка 1 кг на паровые котлетки, кабачки 2 шт помоложе, морковочка на тушение кило, брокколи замороженая пакет", [
        ("куриная грудка 1 кг на паровые котлетки", {
            "pyaterochka": ["3963723", "2160069", "2160026"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160026", "3068079", "4328961", "2160069", "2173555", "3658841", "4306577"],
        }, "raw chilled chicken breast, on the bone or fillet (Первая Свежесть, Петелинка, Зелёная Линия, Троекурово; "
           "Петелинка «Филе цыплёнка малое» = the inner breast fillet, outside knowledge); «1 кг» is a quantity of weighed "
           "goods, «на паровые котлетки» a purpose; cooked Зелёная Линия breast «запеченное»/«гриль», thigh fillets, whole "
           "birds (Дикси, Перекрёсток tushki), chicken balls, купаты, canned chicken and pork «Грудинка» excluded"),
        ("кабачки 2 шт помоложе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["44110", "48632"],
        }, "fresh courgettes (Кабачки, Кабачки цуккини зелёные); «2 шт» is a quantity and «помоложе» a wish; squash caviar, "
           "courgettes «в аджике», baby purees excluded"),
        ("морковочка на тушение кило", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Морковь мытая); «кило» is a quantity; Korean carrot salads, sauerkraut with carrot, carrot "
           "nectar/juices, purees and pet food excluded"),
        ("брокколи замороженая пакет", {
            "pyaterochka": [],
            "magnit": ["23e8f39e40"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen broccoli (Морозко Green 800 г); baby purees with broccoli excluded; «пакет» is a quantity"),
    ]),
    # L09 хлеб для диабетика (one item replaced, see REPLACED)
    ("хлеб отрубной, бородинского хлебушка половинку, хлебцы доктор кернер злаковый коктейль", [
        ("хлеб отрубной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no bran bread in any chain; Даниловский, Марьин, «Хлеб зерновой, Ржаной Край», батоны, crispbread, oat bran "
           "and yoghurt «с отрубями» excluded"),
        ("бородинского хлебушка половинку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Borodinsky bread in any chain; Щедрые «Хлебцы тонкие бородинские» (crispbread), Магнит «Колбаса Бородинская» and "
           "the brand Мясной дом Бородина excluded; «половинку» is a quantity"),
        ("хлебцы доктор кернер злаковый коктейль", {
            "pyaterochka": ["3195740"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "replaced item (blind «хлебцы ржаные доктор кернер», absent everywhere): Dr.Korner «Злаковый коктейль» 100 г; Dr.Korner "
           "corn-rice crispbread with herbs or caramel (other varieties) and crispbread of other brands excluded"),
    ]),
    # L10 к чаю
    ("варенье без сахара для меня, мёд натуральный полкило, цикорий растворимый вместо кофе, овсяное печенье без сахара к чаю", [
        ("варенье без сахара для меня", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sugar-free jam in any chain; ordinary варенье (Вологодское, Магнит малиновое, Экопродукт, Janarat) and Махеевъ "
           "джемы contain sugar and are excluded"),
        ("мёд натуральный полкило", {
            "pyaterochka": ["3645764", "3645749"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural honey: Медовый дом «Южный цветок» and «Восточная липа» 320 г, Медовый дом «разнотравье» 250 г; «полкило» is "
           "an amount, not a pack size (no 500 g jar on sale); крем-мёд «с малиной» / «с лимоном и имбирём» (with fillers), "
           "chak-chak, honey cakes and honey-flavoured goods excluded"),
        ("цикорий растворимый вместо кофе", {
            "pyaterochka": ["3462819"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain instant chicory (Большая Чашка «классический»); flavoured Большая чашка «черничный» and Здравник «сливочный вкус» "
           "excluded (plain products exclude flavoured ones); coffee excluded"),
        ("овсяное печенье без сахара к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sugar-free oat cookies in any chain; ordinary oat cookies (Юбилейное овсяное, «Классическое», Хлебный спас, "
           "Любятово, Миндальное) contain sugar and are excluded"),
    ]),
    # L11 кекс и рулет
    ("корица молотая для булочек с яблоком\nизюм без косточек для кекса\nгрецкие орешки очищенные в пирог\nмак кондитерский 100 г на рулет", [
        ("корица молотая для булочек с яблоком", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no ground cinnamon in any chain; cookies, tea, pastila and drinks «с корицей» excluded"),
        ("изюм без косточек для кекса", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raisins sold on their own in any chain; nut-and-raisin mixes, chocolate, cookies and buns with raisins excluded"),
        ("грецкие орешки очищенные в пирог", {
            "pyaterochka": ["3982582", "3915361"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "shelled walnuts: BOTANICA «Ядро ореха грецкого» 140 г, Mix Bar «Грецкий орех» 100 г (taken as kernels - outside "
           "knowledge: Mix Bar sells shelled nuts); Магнит «Орех грецкий, неочищенный» (in shell), nut mixes, walnut jam and "
           "sweets excluded"),
        ("мак кондитерский 100 г на рулет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3393241"],
        }, "confectionery poppy seed, 100 g pack (Перекрёсток «Мак кондитерский, 100г»); bagels «с маком», poppy-seed cake and "
           "«Красный мак» sweets excluded"),
    ]),
    # L12 рыбка с пюре
    ("треска филе мороженая, картошка 2 кг на пюре, лучок репчатый пару луковиц к рыбе, сметанка 10% баночку", [
        ("треска филе мороженая", {
            "pyaterochka": ["3626338"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4352493", "4358015", "4352492"],
        }, "frozen cod fillet (Люди Любят «филе спинки»/«филе порционное»/«филе без кожи», Fish House «Треска филе» 600 г in the "
           "frozen-foods category); Borealis «Бакаляо По-Мурмански … филе с кожей» excluded (bacalao is salt cod by name and "
           "salting cannot be ruled out for a low-salt diet - judgement), cod steaks, whole «Треска Тушка», cod roe, fish "
           "cutlets and pet food excluded"),
        ("картошка 2 кг на пюре", {
            "pyaterochka": [],
            "magnit": ["199751", "168701", "168671", "109571", "107511"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["2099571", "3646068"],
        }, "fresh potatoes of any kind and pack (мытый, красный, молодой, Новый урожай, «для жарки», «для варки»); «2 кг» is a "
           "quantity of weighed goods and «на пюре» a purpose; potato starch, crisps, marzipan «Картошка», baby purees, "
           "vareniki and potato dishes excluded"),
        ("лучок репчатый пару луковиц к рыбе", {
            "pyaterochka": [],
            "magnit": ["168731", "168721", "168741"],
            "dixy": [],
            "perekrestok": ["79012", "79135", "3368252", "3623836"],
        }, "fresh bulb onions: red and white «Лук репчатый», Ялтинский (a sweet red bulb onion), Магнит «Лук Светофор» (3 bulb "
           "onions of different colours); shallots, green onion, herb sets, Перекрёсток «Лук салатный» (the kind is not stated), "
           "pickled Federici «Луковки» and herring «с луком» excluded; «пару луковиц» is a quantity"),
        ("сметанка 10% баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4287503"],
        }, "sour cream of exactly 10% (Зелёная Линия «термостатная 10%»); 15/20/25/30% sour cream and 10% cream excluded; "
           "«баночку» is a quantity"),
    ]),
    # L13 аптечка из супермаркета
    ("корега таблетки для протезов, пластырь бактерицидный упаковку, вата самая дешевая, зубная паста сенсодин", [
        ("корега таблетки для протезов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Corega or any denture-cleaning tablets in any chain; dishwasher tablets and toothpastes are other products"),
        ("пластырь бактерицидный упаковку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plasters in any chain"),
        ("вата самая дешевая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cotton wool in any chain; «самая дешевая» is a wish"),
        ("зубная паста сенсодин", {
            "pyaterochka": ["3368036"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Sensodyne toothpaste: Пятёрочка «SENS.Паста Total Care Компл.защ.зуб.75мл» (SENS. = Sensodyne, whose «Комплексная "
           "защита / Total Care» paste it is - outside knowledge); other toothpastes (Colgate, ROCS, Blend-a-med, Splat, "
           "Lacalut, President, Aquafresh, Close Up) excluded"),
    ]),
    # L14 для внуков и себе от простуды
    ("аскорбинка с глюкозой внукам, гематоген внучке, шиповник сушеный для отвара, ромашка аптечная в пакетиках заваривать", [
        ("аскорбинка с глюкозой внукам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no ascorbic acid «с глюкозой» in any chain; Пятёрочка «БАД к пище АСКОРБИН. вк. клубн. в табл.» is the strawberry-"
           "flavoured variety, not the one with glucose the user named, and is excluded"),
        ("гематоген внучке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no hematogen in any chain; cereal and protein bars are other products"),
        ("шиповник сушеный для отвара", {
            "pyaterochka": ["3452998"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried rose hips: Бабушкин Хуторок «Шиповник» 75 г (taken as dried rose-hip fruit - outside knowledge); Milford "
           "«Чай ШИПОВНИК фрукт.» bags (a flavoured fruit tea), Tess black tea «шиповник-яблоко», Агуша juice and purees with "
           "rose hip excluded"),
        ("ромашка аптечная в пакетиках заваривать", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chamomile tea/filter bags in any chain; «Конфеты Ромашки» and Fairy «ромашка» are other products"),
    ]),
    # L15 ватрушки
    ("творог 9% на ватрушки полкило, изюм светлый для ватрушек, сахар песок 1 кг подешевле", [
        ("творог 9% на ватрушки полкило", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4185866", "4216658"],
        }, "plain cottage cheese of exactly 9% (Вкуснотеево 300 г, Молочный знак 180 г and «традиционный» 800 г); «полкило» is an "
           "amount, not a pack size; 0.1-5.5% cottage cheese, flavoured curd products, сырники and desserts excluded"),
        ("изюм светлый для ватрушек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raisins sold on their own in any chain; mixes and baked goods with raisins excluded"),
        ("сахар песок 1 кг подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no granulated white sugar in any chain; Магнит «РУССКИЙ Сахар белый прессованный 1кг» (pressed lump sugar, another "
           "form) and Demerara cane sugar 500 г excluded; «подешевле» is a wish"),
    ]),
    # L16 каша и молоко
    ("молоко 1.5% литр, пшено на тыквенную кашу, отруби овсяные пачку, чернослив без косточки грамм 300", [
        ("молоко 1.5% литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3474103", "4308790", "45d6dee261", "05c941826b", "d846def77b", "b151abcd68", "00af023fd1",
                            "b267022f66", "31aa236aad", "7c1d7afff6", "85dd44d923"],
        }, "drinking cow milk of exactly 1.5% in the usual «литр» pack (900 ml-1 l), pasteurised or UHT, incl. lactose-free "
           "(Сарафаново, Простоквашино) and children's Сарафаново 1.5% as in all sets; every 1.5% milk on sale is such a pack; "
           "0.05/0.5/1/1.8/2.5/3.2% and ranged milks, flavoured milk, oat/rice drinks and milkshakes excluded"),
        ("пшено на тыквенную кашу", {
            "pyaterochka": ["3674169"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats (Мистраль «Пшено ЗОЛОТОЕ» 5x80 г boil-in-bag); wheat flour, pasta and «пшеничные» products "
           "excluded; «на тыквенную кашу» is a purpose"),
        ("отруби овсяные пачку", {
            "pyaterochka": ["3388018"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "oat bran (Диадар «Отруби хрустящие овсяные» 200 г, an unflavoured crunchy form of oat bran; the user named no "
           "form); yoghurt «с отрубями» excluded; «пачку» is a quantity"),
        ("чернослив без косточки грамм 300", {
            "pyaterochka": ["3608001"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pitted prunes (NaturFoods «без косточек» 250 г); «грамм 300» is an approximate amount, not a pack size; prune "
           "yoghurts, chocolate and pâté «с черносливом» excluded"),
    ]),
    # L17 салатик
    ("сыр адыгейский деду к завтраку, помидорчики грамм 500 на салатик, огурчики штуки 3 на салатик, масло подсолнечное нерафинированное в салат", [
        ("сыр адыгейский деду к завтраку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Adyghe cheese in any chain; other cheeses (Сиртаки, брынза, фета, Российский…) are other varieties"),
        ("помидорчики грамм 500 на салатик", {
            "pyaterochka": [],
            "magnit": ["199891", "168851", "168841", "169381", "107681", "107631", "107621", "107611"],
            "dixy": [],
            "perekrestok": ["3673307", "4217380", "3676649", "4188460", "4327843", "4355823", "3017019"],
        }, "fresh tomatoes of any kind and pack, cherry included as in all sets (сливовидные, розовые, на ветке, коктейльные, "
           "Бакинские, Дагестан розовый, Медовые черри red and orange); «грамм 500» is a quantity; Магнит «Ассорти Черри и "
           "Корнишоны» (a mixed pack, fresh or preserved not stated), canned/salted/sun-dried tomatoes, sauces, juices and "
           "Pepsi «Wild Cherry» excluded"),
        ("огурчики штуки 3 на салатик", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3368258", "3682401"],
        }, "fresh cucumbers (короткоплодные, среднеплодные, Ботаника, Перекрёсток «корнишоны, 300г» and «Хрустящие» in the fresh "
           "vegetables/okroshka shelf - taken as fresh, outside knowledge); pickled/salted cucumbers, Дядя Ваня пикули, the "
           "Магнит assorted pack, chicken «корнишон» excluded; «штуки 3» is a quantity"),
        ("масло подсолнечное нерафинированное в салат", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no unrefined sunflower oil in any chain; refined/deodorised sunflower oils (Олейна, Mr.Ricco, Благо, Слобода), "
           "flavoured Almador, unrefined olive oil and halva excluded"),
    ]),
    # L18 торт внукам
    ("сливки 33% для крема взбивать, сгущенка для торта внукам, печенье юбилейное на торт", [
        ("сливки 33% для крема взбивать", {
            "pyaterochka": ["12721"],
            "magnit": ["204651"],
            "dixy": [],
            "perekrestok": [],
        }, "cream of exactly 33% (Домик в деревне 480 мл / 480 г); 10/11/20% cream, creamer substitutes and coffee «Ирландские "
           "сливки» excluded"),
        ("сгущенка для торта внукам", {
            "pyaterochka": ["3484257", "2123014"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "sweetened condensed milk (Алексеевское «цельное с сахаром» 270/360/380/650 г); варёная сгущёнка (Егорка, Рогачев "
           "«вареное»), pastries and sweets with condensed milk excluded; «для торта» is a purpose"),
        ("печенье юбилейное на торт", {
            "pyaterochka": ["3618783", "3603068", "3662392", "3958570", "3958571", "4027701", "4027703", "3471173", "3655049"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4425157", "4371424"],
        }, "every Юбилейное cookie (brand + product word accepts every variant of that product, as in set vy: традиционное, "
           "постное, овсяное, молочное/витаминизированное с глазурью, ореховое, клюква, черника, земляничное, со вкусом "
           "шоколада, с цельнозерновыми злаками); Юбилейное mini-cakes, Останкино «Юбилейная» sausage and J.Meinl «ЮБИЛЕЙНЫЙ» "
           "coffee excluded; «на торт» is a purpose"),
    ]),
    # L19 сладкое для бабушки (one item replaced, see REPLACED)
    ("стевия в таблетках вместо фруктозы, конфеты диабетические, халва на фруктозе для меня", [
        ("стевия в таблетках вместо фруктозы", {
            "pyaterochka": ["3379758"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "replaced item (blind «фруктоза 500 г», absent everywhere): stevia tablets («Худеем за неделю Стевия банка 150 таб.»); "
           "Great Life «подсластитель» (not said to be stevia or tablets) and sugar-free sweets/gum excluded"),
        ("конфеты диабетические", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no diabetic sweets in any chain; Halls/SULA sugar-free lozenges and mints are sweets for the throat/breath, not "
           "diabetic confectionery, and ordinary sweets are excluded"),
        ("халва на фруктозе для меня", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no halva on fructose in any chain; ordinary sugar halva (Тимоша подсолнечная, Дружба с арахисом) and wafers «с "
           "халвой» excluded"),
    ]),
    # L20 диетический обед
    ("филе индейки на котлеты деду, судак свежемороженый, цветная капуста кочанчик, укропчик пучок свежий", [
        ("филе индейки на котлеты деду", {
            "pyaterochka": ["3966112", "3662143", "4013612"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3979117", "3688509", "3966112", "3662143"],
        }, "raw turkey breast fillet, as «куриное филе» = breast fillet in all sets: «Филе грудки индейки» (Пава-Пава, ИндиЛайт), "
           "ИндиЛайт «Филе малое» and Пятёрочка «Вырезка из индейки» (the inner breast fillet - outside knowledge), ИндиЛайт "
           "«Стейк из грудки индейки» (raw breast in slices); thigh and drumstick fillets, Магнит «Филе индейки, в маринаде» and "
           "«Стейк … По-мексикански в маринаде» (marinated, salted - not plain fillet), mince, canned turkey, nuggets, meatballs, "
           "azu and буженина excluded; «на котлеты» is a purpose"),
        ("судак свежемороженый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4334006"],
        }, "frozen zander (Люди Любят «Судак филе на коже мороженый»); other fish excluded"),
        ("цветная капуста кочанчик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh cauliflower in any chain; Магнит «Цветная капуста с морковью по-корейски» (a ready salad) and baby purees "
           "excluded"),
        ("укропчик пучок свежий", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill (Магнит «Укроп» 100 г, Маркет Fresh «Укроп зеленый» 100 г); «пучок» is a unit, not a filter; herb sets "
           "«Лук, Укроп и Петрушка» / «петрушка-укроп-лук» (mixed packs), dried dill, herring «с укропом» excluded"),
    ]),
    # L21 гигиена
    ("пеленки впитывающие 60х90 пачку, памперсы для взрослых размер м, влажные салфетки пачки две", [
        ("пеленки впитывающие 60х90 пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3692978"],
        }, "disposable absorbent underpads 60x90 cm (Kokoro «Пеленки одноразовые впитывающие детские 60х90см», 5 шт - the user "
           "did not ask for adult pads and the size matches); diapers and wipes excluded"),
        ("памперсы для взрослых размер м", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no adult diapers in any chain; all Pampers/Huggies/Kokoro diapers and pants on sale are for babies (Midi M р.3 is a "
           "baby size) and are excluded"),
        ("влажные салфетки пачки две", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "3917869", "4166484", "4174787", "3697052"],
        }, "wet wipes of any kind and pack (Tolli Plus, SALFETI, Home Story antibacterial/antiseptic, Пр!ст cosmetic, Kokoro "
           "for newborns); paper napkins, kitchen towels in a roll and Carefree «Салфетки PLUS LARGE ежедн.» (panty liners) "
           "excluded; «пачки две» is a quantity"),
    ]),
    # L22 вместо соли
    ("лавровый лист пакетик в суп, перец черный горошком вместо соли, приправа без соли, сушеный укроп", [
        ("лавровый лист пакетик в суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no bay leaves in any chain"),
        ("перец черный горошком вместо соли", {
            "pyaterochka": ["89001"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "whole black peppercorns: Kotanyi «Мельница перец черный» 36 г (whole peppercorns in a grinder); ground black pepper "
           "(Восточный гость «молотый»), Kotanyi «4 ПЕРЦА» and «СМЕСЬ ПЕРЦЕВ» (mixes of peppers), bell peppers and "
           "pepper-flavoured goods excluded"),
        ("приправа без соли", {
            "pyaterochka": ["3614555"],
            "magnit": ["b9746c06e4", "204601", "c282613dd2", "b7ce6f9f5c", "db0f0793ec"],
            "dixy": [],
            "perekrestok": [],
        }, "«без соли» is required (low-salt diet) and no title states it, so only seasonings that by their nature contain no salt "
           "are accepted: herb mixes named only by their herbs (Восточный гость «Прованские травы», Kamis «прованские травы», "
           "Maggi «Прованские травы» and «Итальянские травы» sachets, Kotanyi «Кавказские травы» sachet) and «Хмели-Сунели» "
           "(outside knowledge: pure herb/spice blends); seasonings named by purpose or that usually contain salt (Maggi "
           "«Зажарка», «10 овощей», «универсальная», «Восточные специи», Maggi dry seasoning 75 г, Восточный гость "
           "«универсальная», «к рыбе», «для плова», Kamis «к плову», Kotanyi «Чеснок-травы-соль», Kotanyi herb mill «ИТАЛ.ТР. "
           "в мельн.» - herb mills carry salt, outside knowledge) and single spices excluded"),
        ("сушеный укроп", {
            "pyaterochka": [],
            "magnit": ["3371d4526d"],
            "dixy": [],
            "perekrestok": [],
        }, "dried dill (Восточный гость «Укроп сушеный» 10 г); fresh dill and herb sets excluded"),
    ]),
    # L23 бисквит и кисель
    ("крахмал картофельный на кисель, ванилин пару пакетиков в тесто, какао порошок для бисквита, сода пищевая пачка гасить уксусом", [
        ("крахмал картофельный на кисель", {
            "pyaterochka": [],
            "magnit": ["c77aeb33ac"],
            "dixy": [],
            "perekrestok": ["4268660"],
        }, "potato starch (Магнит, Пр!ст 200 г); Пр!ст «Крахмал кукурузный» (another starch) excluded"),
        ("ванилин пару пакетиков в тесто", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no vanillin in any chain; vanilla ice creams, drinks and pastries excluded"),
        ("какао порошок для бисквита", {
            "pyaterochka": ["3614049"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cocoa powder (Коммунарка «Какао-порошок» 150 г); instant sweetened cocoa drinks (Nesquik incl. Магнит «Какао Nesquik» "
           "500 г, Ухтышки, Maccocoa hot chocolate) and pastries «какао» excluded"),
        ("сода пищевая пачка гасить уксусом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no baking soda in any chain; sodas (drinks) excluded"),
    ]),
    # L24 винегрет
    ("капуста белокочанная небольшой вилок, свеколка на винегрет 1 кг, сок томатный без соли деду, фасоль красная в банке 2 шт", [
        ("капуста белокочанная небольшой вилок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage as a whole head (Дикси «Капуста белокочанная ранняя», priced per kg - a whole head sold by "
           "weight); «небольшой» is a wish; Chinese cabbage, sauerkraut and Korean cauliflower salad excluded"),
        ("свеколка на винегрет 1 кг", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (Свекла мытая 1 кг); «1 кг» is a quantity of weighed goods and «на винегрет» a purpose; beet salads "
           "and vegetable juices with beet excluded"),
        ("сок томатный без соли деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«без соли» is required (low-salt diet) and no tomato juice is declared salt-free: Santal and Сады Придонья «с "
           "солью», Добрый nectar «с сахаром и солью», !DEAS vegetable juice «с морской солью» say they are salted, and J7, Rich, "
           "Дары Кубани, Фруктовый сад tomato juices do not say (commercial tomato juice is normally salted - outside "
           "knowledge); Сады Придонья «томатный для детского питания» is also excluded (children's juice is limited in salt, "
           "not necessarily salt-free - judgement); tomato pastes, ketchups and tomatoes in juice excluded"),
        ("фасоль красная в банке 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635743"],
        }, "canned plain red beans (Маркет «Фасоль красная натуральная» 400 г); Bonduelle red beans «в классическом Барбекю» (in "
           "sauce), baked beans in tomato sauce, white beans and bean salads excluded; «2 шт» is a quantity"),
    ]),
    # L25 шарлотка и слойки
    ("тесто слоеное дрожжевое 2 пачки, яблоки антоновка для шарлотки, сахар тростниковый для посыпки, пергамент для выпечки рулон на противень", [
        ("тесто слоеное дрожжевое 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no yeast puff pastry in any chain; Магнит Цезарь «Тесто слоеное … без дрожжевое» (yeast-free), Рестория «ТЕСТО "
           "ДРОЖЖЕВОЕ» (not puff) and Морозко «Тесто ФИЛО» are other products"),
        ("яблоки антоновка для шарлотки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Antonovka apples in any chain (the variety is required); Гала, Гренни Смит, Ред Делишес, Медовый хруст, «сезонные», "
           "«красные» apples and Белёвский «АНТОНОВ.» zefir excluded"),
        ("сахар тростниковый для посыпки", {
            "pyaterochka": ["3973713"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cane sugar (Demerara «нерафинированный» 500 г); cookies «с тростниковым сахаром» excluded"),
        ("пергамент для выпечки рулон на противень", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no baking parchment in any chain; foil and a roasting sleeve are other products"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fuiNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fui\d\d ===$", line):
            if cur is not None:
                blocks.append("\n".join(cur).strip("\n"))
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        blocks.append("\n".join(cur).strip("\n"))
    return blocks


def check_blind(lists, blind):
    errors = []
    if len(lists) != len(blind):
        errors.append("%d lists, blind draft has %d" % (len(lists), len(blind)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        expected = draft
        for num, old, new in REPLACED:
            if num == n:
                items = [p.strip() for p in re.split(r"[,\n]", expected)]
                if items.count(old) != 1:
                    errors.append("fui%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fui%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fui"))
