#!/usr/bin/env python3
"""Re-create fresh_basket_eval_uf.jsonl -- 25 shopping lists of a Dagestani family in Moscow (lamb, rice, herbs,
cheeses, flatbreads, tea with sweets, guests every weekend: хинкал, чуду, курзе, урбеч, шурпа, plus ordinary groceries
and household goods of the brands they trust), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_uf.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_uf.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores; none was needed in this set).  labelled_lists.build
then checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats
within an item, every item has a note, the labels are exactly the list's items in order (an item is the text between
commas / new lines) -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fuf01, fuf02, ...
in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_uf.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_uf.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores.
# Every list of this set has at least one item carried by some store, so nothing was replaced.
REPLACED = [
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 хинкал на выходные
    ("баранина на кости для хинкала 2 кило, мука макфа в/с 2кг, чесночок пару головок для соуса, томатная паста в баночке", [
        ("баранина на кости для хинкала 2 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lamb or mutton in any chain (grepped баран/ягн/ягнят/барашк/lamb); only cat and dog food «с ягненком» and the Дикси "
           "Мираторг «Кебабчичи Говядина и ягнятина» (a ready minced beef-and-lamb product) exist - both excluded; beef or pork "
           "on the bone is another meat; «2 кило» and «для хинкала» are quantity and purpose"),
        ("мука макфа в/с 2кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0035253"],
            "perekrestok": [],
        }, "Makfa wheat flour высший сорт in a 2 kg pack (Дикси «Мука "
           "\"Makfa\" пшеничная высший сорт, 2 кг»); the brand, the grade and the 2 kg pack are required: Дикси Makfa "
           "«Хлебопекарная высший сорт, 1 кг» (1 kg pack) and Перекрёсток «Мука Makfa … сорт экстра, 2кг» (экстра, not в/с) "
           "excluded; other brands of flour, Makfa pasta/groats/porridge excluded"),
        ("чесночок пару головок для соуса", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "77278", "4018137", "51157"],
        }, "fresh garlic bulbs (loose «Чеснок», Дикси «Чеснок в упаковке, 1 шт», Перекрёсток «Чеснок ранний», Фермерский «отборный "
           "1 сорта, 1шт» and «Фермерский, 150г»); «пару головок» and «для соуса» are quantity and purpose; peeled cloves "
           "(Фермерский «отборный зубчиками, 100г» - not heads), grated, dried, granulated, smoked and salted garlic, garlic salt "
           "and everything «с чесноком» excluded; Фермерский Чеснок 150 г taken as a net of fresh bulbs and «ранний» as fresh young "
           "garlic (outside knowledge)"),
        ("томатная паста в баночке", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000000761", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste (Кухмастер, Помидорка, Ящик астраханских помидоров, Selviano, Пр!ст, Маркет); «в баночке» is a pack "
           "form that the titles mostly do not state, so only titles naming another pack are excluded: Дикси «Круглое лето, "
           "пирамидка, 70 г» and «Помидорка, саше, 30 г»; ketchups, tomato sauces, juices, tomatoes in juice and goods «в "
           "томатном соусе» excluded"),
    ]),
    # L02 чуду с творогом и зеленью
    ("творог 9% полкило на чуду\nкинзы 3 пучка\nукропчик пучочек\nмасло сливочное простоквашино 82.5", [
        ("творог 9% полкило на чуду", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "0cfee9df84", "1000122024",
                       "1000530486", "1000426470", "1000426465", "1000448252", "8000055235"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076", "2000280850",
                     "2000564413", "2000312025"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "4294087", "3487310"],
        }, "plain cottage cheese of exactly 9% in any pack (180 g-750 g, рассыпчатый, пластовой, «Домашний»); «полкило» is the "
           "amount wanted, not a pack size (cottage cheese comes in 180-750 g packs), «на чуду» a purpose; other fats (0-5%, "
           "18%), fruit/children's творог, зерненый творог в сливках, творожная масса, curd desserts and «продукт творожный» "
           "excluded; Зелёная Линия «Творог Зернышко 9%» taken as plain cottage cheese («Зернышко» is the product name, no cream "
           "stated)"),
        ("кинзы 3 пучка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603793"],
            "perekrestok": [],
        }, "fresh coriander leaves (Дикси «КИНЗА 1 УПАКОВКА 75Г», a packed bunch); «3 пучка» is a quantity; ground coriander seed "
           "(Восточный гость «Кориандр молотый»), yoghurt/juice/cheese «с кинзой» excluded"),
        ("укропчик пучочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh dill in any chain; herring, olives, chechil, chips and croutons «с укропом» and Heinz ketchup «укроп-петрушка» "
           "are other products"),
        ("масло сливочное простоквашино 82.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Простоквашино butter in any chain (the brand's milk, kefir, sour cream, cottage cheese and yoghurts are on sale, "
           "not its butter); 82.5% butter of other brands is not accepted for a brand the user named"),
    ]),
    # L03 плов
    ("рис басмати кило подешевле, морковка на плов 2 кг, нут пачечку в плов, изюм темный без косточек граммов 300", [
        ("рис басмати кило подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635865", "4254250", "3634155"],
        }, "basmati rice of any pack (Dunar Дейли 500 g, Shanti «Басмати Селла» 1 kg - parboiled basmati, Увелка 5x80 g boil-in-"
           "bags); «кило» is a quantity and «подешевле» a wish; other long-grain, jasmine, round and parboiled non-basmati rice "
           "excluded"),
        ("морковка на плов 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "19345", "3368256", "60529", "4299784", "3463356"],
        }, "fresh raw carrots of any pack (loose, washed 200 g-1 kg, «для сока» 1 kg, «на подложке», mini carrots 250 g); «2 кг» "
           "and «на плов» are quantity and purpose; Дмитровские Овощи «целая варёная очищенная» (cooked), Korean carrot salads, "
           "carrot mixes with cabbage, juices, smoothies and purees excluded; Магнит and Пятёрочка carry no fresh carrots"),
        ("нут пачечку в плов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chickpeas in any chain; Garnec «Мука нутовая», Green Milk «ячменно-нутовый» drinks, chickpea chips and hummus are "
           "other products"),
        ("изюм темный без косточек граммов 300", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dark raisins in any chain: Перекрёсток has only «Изюм Голден» and «Изюм светлый» (the colour the user wrote "
           "excludes them) and the «Виноград сушёный» packs, whose colour is not stated (not accepted); raisin-filled sweets, "
           "compotes and chocolate excluded"),
    ]),
    # L04 сыры для гостей
    ("брынзу коровью кусок, сулгуни копченый, сыр адыгейский для гостей, сыр косичка пару штук", [
        ("брынзу коровью кусок", {
            "pyaterochka": ["3356581"],
            "magnit": ["9c07667d61", "1000358774"],
            "dixy": [],
            "perekrestok": [],
        }, "brynza: Пятёрочка «Сыр СЕРБСКАЯ БРЫНЗА мяг.45% 250г», Магнит «Сыр БРЫНЗА СЕРБСКАЯ, 45% (Фармаком)» and «Сыр "
           "рассольный Sveza Брынза 45%»; no title states the milk, and these brynzas are made from cow's milk (outside "
           "knowledge; a sheep or goat brynza would say so); «рассольный продукт» (Сиртаки, Premier of Taste), Фетакса, Фетика, "
           "halloumi and feta-filled goods excluded"),
        ("сулгуни копченый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no smoked suluguni in any chain: the suluguni on sale (Магнит Свежесть 100 g and by weight, Зелёная Линия 280 g) is "
           "not smoked (the form the user wrote excludes it), and the smoked braids (Магнит «Косичка копченая», «Коса копченый», "
           "Перекрёсток «Косичка копченый») do not say suluguni - they are the next item's product; smoked chechil "
           "«спагетти»/«пряди», scamorza and other smoked cheeses excluded"),
        ("сыр адыгейский для гостей", {
            "pyaterochka": [],
            "magnit": ["de08dbdc63", "1899800173", "1000464833"],
            "dixy": ["2000418432"],
            "perekrestok": ["4280949"],
        }, "Adyghe cheese of any maker and pack (Гиагинский 100 g and by weight, Предгорье Кавказа by weight and 110 g, Зелёная "
           "Линия «Адыгейский мягкий» by weight); «для гостей» is a purpose; Adyghe salt (Абадзехская, Бжедугская) excluded"),
        ("сыр косичка пару штук", {
            "pyaterochka": [],
            "magnit": ["1000368975", "8000075315", "1899910911"],
            "dixy": [],
            "perekrestok": ["4166737"],
        }, "braided pasta-filata cheese: Магнит «Сыр М Свежесть Косичка копченая 40%», «Сыр Чечил косичка копченая», «Сыр Коса "
           "копченый 40% весовой» (a larger braid of the same cheese - taken as a косичка, outside knowledge) and Перекрёсток "
           "«Сыр Косичка копченый 40% Маркет»; «пару штук» is a quantity; chechil «спагетти», smoked «Пряди домашние», «Сыр "
           "Спагетти копченый» (strands, not a braid), Станицыно «Молокосодержащий продукт … Коса копченая» (not cheese) and "
           "the smoked mackerel «Косичка» excluded"),
    ]),
    # L05 лепёшки и хлеб
    ("лаваш тонкий три пачки\nлепешки тандырные\nбатон нарезной к завтраку одну штуку", [
        ("лаваш тонкий три пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4361122", "4199211"],
        }, "thin lavash: Коломенский «Армянский тонкий» and «Лаваш Армянский Маркет Перекрёсток» (Armenian lavash is the thin "
           "sheet kind - outside knowledge); «три пачки» is a quantity; tandoor and cheese flatbreads, tortillas and pita are "
           "other products"),
        ("лепешки тандырные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain tandoor flatbread in any chain: the only one, Перекрёсток «Лепёшка с чесноком из тандыра», is flavoured "
           "with garlic (plain products exclude flavoured ones); «Лепёшка сырная с зеленью и чесноком», lavash, chebureki "
           "excluded"),
        ("батон нарезной к завтраку одну штуку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "the loaf called «Нарезной» (Коломенское «Нарезной», Пр!ст «Нарезной классический», Маркет «Нарезной нарезанный» and "
           "«Нарезной улучшенный нарезанный»); «к завтраку» is a purpose and «одну штуку» a quantity; other batons - Пр!ст "
           "«Батон к завтраку» (a loaf named «к завтраку», trap), «Молочный», «Новый», «Горчичный», «Зерновой», Магнит "
           "«Утренний нарезка», «ОТРУБНОЙ нарезка» - and the unnamed Перекрёсток «Батон, 300г» (variety not stated) excluded; "
           "«нарезка»/«нарезанный» alone means sliced, not the «Нарезной» loaf"),
    ]),
    # L06 чай с азерчаем
    ("чай азерчай с бергамотом, рахат лукум к чаю, халва подсолнечная грамм 300, лимончики 2 штучки", [
        ("чай азерчай с бергамотом", {
            "pyaterochka": [],
            "magnit": ["e13c422583", "4c2b5b0e84"],
            "dixy": ["2000362149"],
            "perekrestok": ["3439932"],
        }, "Azercay black tea with bergamot, loose (100 g) or in bags (25 and 100 bags); Azercay «Букет», «Ленкорань» and «с "
           "чабрецом», and bergamot teas of other brands (Ahmad, Greenfield, Curtis, Richard, Принцесса Нури…) excluded"),
        ("рахат лукум к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4281441", "4317487"],
        }, "Turkish delight: Азовская КФ «Рахат-лукум с клюквой и кешью» and Восточный Шарм «Лукум гранатовый с барбарисом» "
           "(лукум = рахат-лукум; the sweet is always flavoured, so the flavours are not a reason to exclude); «к чаю» is a "
           "purpose"),
        ("халва подсолнечная грамм 300", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain sunflower halva in any chain: РотФронт «Халва Дружба, с арахисом» (with peanuts), «Халва РОТ ФРОНТ, в "
           "шоколаде» (chocolate-coated), halva sweets «с миндалем»/«глазированная» and Коломенский wafers «с халвой» excluded"),
        ("лимончики 2 штучки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose, Маркет Fresh 2 шт, Узбекистан loose and 2 шт); «2 штучки» is a quantity; lemonade, lemon-"
           "scented cleaners, lemon teas and drinks, chocolate and wafers «Лимон» excluded"),
    ]),
    # L07 гости в субботу
    ("кока кола 2л пару бутылок, сок добрый яблочный 2 пачки, виноград кишмиш кило, мандарины абхазкие", [
        ("кока кола 2л пару бутылок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Coca-Cola in a 2 l bottle in any chain: Пятёрочка has only 0.33 l cans (regular and «б/сах.»), and the size the "
           "user wrote names the pack; Добрый, Черноголовка and Funky Monkey colas are other brands; «пару бутылок» is a "
           "quantity"),
        ("сок добрый яблочный 2 пачки", {
            "pyaterochka": [],
            "magnit": ["9aed063f0e"],
            "dixy": ["2000225623", "10E0072646"],
            "perekrestok": ["58049", "4259039", "4157530"],
        }, "Добрый apple juice of any size: «яблочный осветлённый» 1 l and 0.33 l, «Яблоко» 1 l and 300 ml and the children's "
           "«Active kid яблочный» 200 ml (children's juice of the fruit counts, as in the earlier sets); «2 пачки» is a count of "
           "packs, not a pack type; Добрый nectars («Деревенские яблочки», «Фермерские яблочки»), mixed juices (яблоко-"
           "виноград, яблоко-персик, яблоко-вишня) and juice drinks excluded"),
        ("виноград кишмиш кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, "fresh seedless grapes: Дикси «Виноград Мускат, без косточки» (кишмиш is the everyday word for seedless grapes - "
           "outside knowledge); «кило» is a quantity; grapes whose titles do not say seedless (Ред Глоб, Тайфи, чёрный, Artfrut "
           "белый), dried grapes/raisins, vine leaves and grape-flavoured goods excluded"),
        ("мандарины абхазкие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Abkhazian mandarins in any chain: Дикси «Мандарины сладкие» does not state the origin the user asked for, so it "
           "is not accepted (judgement: the origin is the variety written); mandarin drinks and olives «с мандарином» excluded"),
    ]),
    # L08 шашлык из баранины
    ("бараньи ребрышки на шашлык, лук красный салатный, гранаты 3 штуки", [
        ("бараньи ребрышки на шашлык", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lamb in any chain (see the first item of fuf01); pork ribs and ready shashlik are other meats"),
        ("лук красный салатный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3016771"],
        }, "fresh red onion (Перекрёсток «Лук репчатый красный, 500г»); yellow onions excluded (colour written); dried onion and "
           "onion chips excluded"),
        ("гранаты 3 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000015855"],
            "perekrestok": ["50828", "3695843", "4371417", "4335750", "4371415"],
        }, "fresh pomegranates (Дикси «Гранат сочный», Перекрёсток loose, Азербайджан, «Мина Ширин», «отборный» and «Гранат для "
           "сока Азербайджан» - fresh fruit sold for juicing); «3 штуки» is a "
           "quantity; juices, sauces, lukum, pomegranate-flavoured dairy, drinks and cleaners excluded"),
    ]),
    # L09 курзе
    ("фарш бараний кило для курзе, лучок репчатый для курзе пару кило, мука пшеничная для теста, сметана 20 процентов к курзе", [
        ("фарш бараний кило для курзе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lamb mince (no lamb at all) in any chain; beef, pork and chicken mince and the Мираторг beef-and-lamb «Кебабчичи» "
           "are other products"),
        ("лучок репчатый для курзе пару кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (loose, «в сетке», 500-600 g packs, «очищенный», red «Лук репчатый красный» - the user did not ask "
           "for a colour); «пару кило» and «для курзе» are quantity and purpose; dried onion (Kotanyi, Айдиго), onion chips and "
           "lukum excluded"),
        ("мука пшеничная для теста", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
            "dixy": ["D000002191", "ЦТ0035253", "2000578792", "2000317163", "ЦТ0044481", "2000576791", "2000553733",
                     "ЦТ0044544", "2000213875", "ЦТ0037862"],
            "perekrestok": ["3505430", "4278294", "3292690", "3915409", "3193726", "3305673", "4215036", "91320", "91321",
                            "16318", "4326495", "3681817", "4262616", "2037765", "3346668", "3626914", "2107396", "3394693",
                            "2112692", "2112693", "3502351"],
        }, "plain white wheat flour of any brand, grade (высший, экстра, хлебопекарная) and pack; «для теста» is a purpose; "
           "pancake flours/mixes («блинная»), self-raising «самоподнимающаяся», whole-grain («цельнозерновая», «из "
           "цельносмолотого зерна»), «7 Злаков», rye, rice, corn, buckwheat, oat, chickpea, almond, coconut and gluten-free flours "
           "excluded; Storie Di Farine «Манитоба из мягких сортов пшеницы» accepted as plain (strong) white wheat flour, and "
           "«Мука Тихорецкая особая» and «Мука Царь, 1кг», whose titles do not say пшеничная, taken as wheat flour (outside "
           "knowledge)"),
        ("сметана 20 процентов к курзе", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371", "1000102474",
                       "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream of exactly 20% in any pack; other fats (10, 15, 25, 30%), flavoured sour cream, «сметанный» mayonnaise "
           "and sour-cream flavoured snacks excluded"),
    ]),
    # L10 хозяйственное
    ("порошочек tide автомат 3кг, fairy с лимоном для посуды, губки для посуды десяток, пакеты мусорные 60л покрепче рулон", [
        ("порошочек tide автомат 3кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Tide powder in a 3 kg pack: Магнит has Tide «Автомат, Детский, 2,4кг», «детский колор, 2,4кг» and «Колор, "
           "автомат, 2,5кг» (the size the user wrote names the pack), Tide gel capsules and liquid; other brands' 3 kg powders "
           "(Persil, Bimax) are not Tide"),
        ("fairy с лимоном для посуды", {
            "pyaterochka": [],
            "magnit": ["bbb10983dd", "d0bd1a2d49", "551d8403a9"],
            "dixy": ["2000265727", "2000274013", "2000371202"],
            "perekrestok": [],
        }, "Fairy dish liquid «Сочный лимон» of any size (450 ml, 900 ml, 1.35 l), incl. the two Магнит 450 ml cards «Сочный "
           "лимон, Апельсин-лимонник» that offer the lemon scent among two; other Fairy scents (Жасмин, Ромашка, Пьюр&Клин, "
           "Platinum Арбуз, бергамот), Fairy dishwasher tablets «Все в 1 Лимон» (for machines) and other brands' lemon dish "
           "liquids excluded"),
        ("губки для посуды десяток", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen sponges (Магнит Нужные вещи «Губки для посуды Макси, 5шт.»); «десяток» here is the number of sponges wanted "
           "(two packs of 5), not an egg-style pack size; shoe sponges excluded"),
        ("пакеты мусорные 60л покрепче рулон", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l bin bags (Магнит Нужные вещи «Мешки для мусора … Био ушки 60л, 20шт.»; bin bags of this kind come on a roll); "
           "«покрепче» is a wish; the volume the user wrote is respected"),
    ]),
    # L11 завтрак
    ("молоко домик в деревне 3.2 пару пакетов, сметанка 15 проц баночку, мед цветочный получше, сыр российский кусочек на бутеры", [
        ("молоко домик в деревне 3.2 пару пакетов", {
            "pyaterochka": [],
            "magnit": ["8000026015", "1000553875", "8000026014", "1812450001"],
            "dixy": ["2000594992", "2000066819"],
            "perekrestok": [],
        }, "Домик в деревне drinking milk of exactly 3.2%, pasteurised or UHT, any size (930 ml-1.9 l); «пару пакетов» is a "
           "quantity; Домик в деревне 2.5%, 3.7% «отборное», the «отборное» 1.4 l whose fat is not stated, lactose-free 1.8%, "
           "kefir, cream and ряженка, and 3.2% milk of other brands excluded"),
        ("сметанка 15 проц баночку", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874", "c90113311e",
                       "2645f50028", "1000082622", "1899900582", "1000372785", "1000208902", "8000035449", "1000558440",
                       "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470", "29910",
                            "3391034", "3142744", "3651189", "3423443", "4349772", "4349771"],
        }, "plain sour cream of exactly 15% in any pack, incl. lactose-free Свежее завтра; «баночку» (a tub) cannot be checked from "
           "the titles and is not used as a filter; Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» (flavoured) and "
           "Простоквашино «из топлёных сливок» (a baked-cream variety, excluded like топлёное молоко for «молоко») excluded; other "
           "fats excluded"),
        ("мед цветочный получше", {
            "pyaterochka": [],
            "magnit": ["928ff089d4"],
            "dixy": ["2000573811"],
            "perekrestok": ["4355859", "4316605", "4331449", "3467507", "4320672", "4340911", "4340910", "3479121", "3687710"],
        }, "honey sold as flower honey: titles saying «цветочный» (Медовая долина, Ульеград «Таёжный цветочный», Маркет "
           "«цветочный», «цветочный луговой», «Горный … цветочный», «Лесной … цветочный», «Шалфейный … цветочный», Пр!ст "
           "«цветочное разнотравье», «донниковый цветочный») and Маркет Перекрёсток «луговой» (meadow honey is polyfloral flower "
           "honey - outside knowledge); «получше» is a wish; honeys named only by another plant or place without «цветочный» "
           "(липовый, гречишный, акациевый, «Подсолнух», Магнит «горный», «Майский», «Уссурийский бальзам», Медовед «Горный» "
           "and «Акация»), крем-мёд with fruit or nuts and honey-flavoured goods excluded"),
        ("сыр российский кусочек на бутеры", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese in a piece or by weight (Брест-Литовск 200 g, Вкуснотеево 200 g, Моя цена by weight, Белебеевский "
           "190 g, Тендер by weight, «Российский молодой» of Зелёная Линия and Пр!ст); «кусочек» is a form, so Брест-Литовск "
           "«Российский слайсами» is excluded; «Продукт По-Российски … на основе растительного жира» (not cheese) excluded; «на "
           "бутеры» is a purpose"),
    ]),
    # L12 урбеч с мёдом
    ("урбеч из льна банку, мед гречишный баночку к урбечу, масло сливочное 82% пачки 2", [
        ("урбеч из льна банку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no flax urbech in any chain; Зелёная Линия «Паста Урбеч из ядер кешью» is another variety (the seed the user wrote "
           "is required); flax seeds, linseed porridge and oil blends excluded"),
        ("мед гречишный баночку к урбечу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4320671", "3687699"],
        }, "buckwheat honey (Маркет «Гречишный натуральный монофлорный» 500 g, Маркет Перекрёсток «гречишный натуральный» "
           "350 g); other honeys, чак-чак «с гречишным мёдом» and «Шоколад белый Гречишный» excluded"),
        ("масло сливочное 82% пачки 2", {
            "pyaterochka": ["3993159", "3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
                       "87355db645", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309",
                       "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
                     "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "3637761", "34890", "3628337", "4260609",
                            "3026226", "4113532", "4188099", "4188102", "3434127", "4281083", "3963777", "3612778",
                            "4310021", "4055506", "86149", "3369241", "3698785", "3287314", "3396544", "3657363", "4292462",
                            "4343792", "3699369", "3953367", "4196090", "4135603", "3922315"],
        }, "butter of 82% or 82.5% (82.5% counts as «82», as in the earlier sets), sweet-cream, salted or unsalted, any pack "
           "(150-400 g), incl. lactose-free Тысяча Озёр; «пачки 2» is a quantity; 72.5% «Крестьянское», butters whose fat is "
           "not stated (Княгининское Крестьянское, Волгодонское), ghee, «топленая смесь», spreads and margarine excluded; "
           "Тольяттимолоко and «ИЗ ВОЛОГДЫ» «Масло … Традиционное 82,5%» taken as butter (the titles omit «сливочное»)"),
    ]),
    # L13 зелень на чуду
    ("шпинат свежий на чуду\nщавель пучок\nзеленый лучок на чуду пучочек\nпетрушка 2 пучка", [
        ("шпинат свежий на чуду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000539716"],
            "perekrestok": ["3662100", "4138348", "67321", "3498346", "4306471", "3394991", "4229890", "3445684", "3414810",
                            "4354591"],
        }, "fresh spinach leaves (Дикси «Шпинат Мини в упаковке, 75 г», Перекрёсток loose «Шпинат», «весовой Маркет Fresh», "
           "Scoro, Белая Дача, Маркет «Премиум упаковка», «упаковка, 50г», «Шпинат, 50г», «Салат Шпинат, 75г» - spinach leaves "
           "in the salad-leaf range) and the living «Шпинат в горшочке» / «Салат шпинат в горшочке» (fresh spinach on its root - "
           "judgement); frozen spinach (Hortex, И Зимой И Летом, Маркет «резаный "
           "быстрозамороженный»), salad mixes with rucola and chard, seeds, microgreen kits, spinach pasta, soups and cat food "
           "excluded"),
        ("щавель пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sorrel in any chain; the Шеф Перекрёсток soup «Щи из щавеля и шпината» is a ready dish"),
        ("зеленый лучок на чуду пучочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no green onion in any chain; bulb onions and Lay's chips «Молодой зелёный лук» / «Зеленый лук» are other products"),
        ("петрушка 2 пучка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley (Дикси «ПЕТРУШКА УПАК 75Г», a packed bunch); «2 пучка» is a quantity; Heinz ketchup «укроп-петрушка» "
           "excluded"),
    ]),
    # L14 чуду с тыквой
    ("тыкву кило на чуду, масло топленое для чуду, сахарный песок пачку 1 кг", [
        ("тыкву кило на чуду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh pumpkin in any chain; pumpkin seeds, pumpkin nectar, pumpkin salads, sausages «с тыквой», chips and dish "
           "gel «Золотая тыква» are other products"),
        ("масло топленое для чуду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4202027"],
        }, "clarified butter: Зелёная Линия «Масло Гхи топлёное 99%» (ghee = топлёное масло); Хозяюшка «Смесь топленая» / "
           "«Топленая смесь» 99.7% (a blend with vegetable fat, not butter - outside knowledge), ordinary butter, топлёное "
           "молоко, ряженка and «из топлёных сливок» products excluded"),
        ("сахарный песок пачку 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs (Дикси «Сахар-песок белый, фасованный, 1 кг», Перекрёсток «Сахар белый песок, "
           "1кг» and «Сахар Советский Экстра, 1кг» - taken as granulated, outside knowledge); the pack size is respected: Дикси "
           "5 kg and Чайкофский 900 g, Магнит Чайкофский 900 g and Перекрёсток Чайкофский 750 g excluded; pressed and lump sugar, "
           "cane, coconut and vanilla sugar excluded"),
    ]),
    # L15 сладкое для гостей
    ("пахлава к чаю для гостей, рафаэлло коробку гостям, курабье печенье пачки 2, зефир белый ванильный к чаю", [
        ("пахлава к чаю для гостей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pakhlava/baklava in any chain; lukum, halva and чак-чак are other oriental sweets"),
        ("рафаэлло коробку гостям", {
            "pyaterochka": [],
            "magnit": ["3061e3f9c1", "1a45f76949", "795afcfbc6", "3f687c59d0"],
            "dixy": ["2000016072", "DI00078416", "2000001754", "2000320701"],
            "perekrestok": ["2157344", "18162", "3163976", "40690", "2105827", "3604056"],
        }, "Raffaello candies in any box size (40-240 g), incl. the «Тортик» 200 g and «Торт» 100 g boxes, which the chains title "
           "«Конфеты» (a cake-shaped box of the candies - judgement); «коробку» is a quantity and «гостям» a purpose; other "
           "coconut candies excluded"),
        ("курабье печенье пачки 2", {
            "pyaterochka": ["3281716"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kurabye cookies (Пятёрочка «ПЕЧЕНЬЕ КУРАБЬЕ, ШАРЛИЗ, 300 Г»); «пачки 2» is a quantity; other shortbread excluded"),
        ("зефир белый ванильный к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no white vanilla zephyr in any chain: Шарлиз «Бело-розовый» and Коломенский «Ваниль и малина» are two-tone with a "
           "berry half, the others are fruit (Антоновка, брусника, смородина, клубника, клюква, яблочный, малина), chocolate-"
           "coated or marshmallow sweets"),
    ]),
    # L16 сухофрукты и орехи
    ("курага без косточки полкило, финики коробочку, грецкий орех очищенный 200г на начинку, миндаль граммов 200", [
        ("курага без косточки полкило", {
            "pyaterochka": [],
            "magnit": ["adf6cd599a"],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots (Магнит «Курага СЕМУШКА, 150г»; курага is the pitted dried apricot by definition, so «без косточки» "
           "holds); «полкило» is the amount wanted; compotes, yoghurts, curd masses and chocolate sweets with курага excluded"),
        ("финики коробочку", {
            "pyaterochka": [],
            "magnit": ["82f9dd4cba", "0821e51f12", "f937066c9b"],
            "dixy": ["2000410751", "ЦТ0024102"],
            "perekrestok": ["4259389", "3978163", "4118056", "3942207", "3942208", "4086940", "82963", "3438657", "4077824",
                            "4050836", "4286640", "4179210", "4172391", "4172390", "4172388", "4117069", "4259390",
                            "4322373", "3903859", "3010841", "4286638", "4242136", "4286634", "3943237", "3504025",
                            "4286637", "4294247", "4259388", "4287359", "3620598", "78004530", "3469374", "4103572",
                            "3665243", "4027943", "51072"],
        }, "plain dates of any kind and pack (dried, with or without stone, Королевские, Меджул, Аджва, Сагай, Суккари, Мазафати, "
           "Деглет нур, by weight) and Перекрёсток «Финики свежие на ветке, 250г» (dates, not a flavoured product - judgement); "
           "«коробочку» is a quantity; stuffed dates (Delight Season «с грецким орехом», «с миндалём», «с начинкой из орехов», "
           "Market Collection «с орехом ассорти») and porridge with dates excluded"),
        ("грецкий орех очищенный 200г на начинку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912995"],
        }, "shelled walnuts: Перекрёсток «Грецкий орех Пр!ст, 100г» (a 100 g pack of kernels - outside knowledge: walnuts in "
           "shell are sold loose, as the excluded «Орехи грецкие в скорлупе»); «200г на начинку» is read as the amount needed for "
           "the filling (two packs), not a pack size - judgement; walnut jam, cheese and desserts with walnuts and stuffed dates "
           "excluded"),
        ("миндаль граммов 200", {
            "pyaterochka": [],
            "magnit": ["fd9ad7f0a4"],
            "dixy": ["2000539539", "2000327986", "2000594771"],
            "perekrestok": ["4117048", "4280434", "3428419", "4065823", "4280433", "3640846", "4306957", "4269170",
                            "4313961"],
        }, "almond kernels, raw or roasted, any pack or by weight; «граммов 200» is an approximate quantity; almond mixes with "
           "cranberry, almond flour, milk, oil, sweets, chocolate, croissants and cosmetics excluded"),
    ]),
    # L17 бакалея
    ("масло подсолнечное золотая семечка, соль поваренную самую дешевую, уксус яблочный бутылочку, дрожжи саф-момент 3 пакетика", [
        ("масло подсолнечное золотая семечка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00080540", "2000283309", "2000154498"],
            "perekrestok": ["74883", "64128", "2046261", "3340103"],
        }, "every Золотая Семечка sunflower oil (refined 0.5-1.8 l and the unrefined 1 l - the user named the brand, not the "
           "kind); Золотая Семечка sunflower seeds and other brands' oils excluded"),
        ("соль поваренную самую дешевую", {
            "pyaterochka": [],
            "magnit": ["d35c77aa75"],
            "dixy": ["2000171442", "2000001900", "ЦТ0031984", "2000317165", "2000543511", "2000543512", "ЦТ0001667",
                     "ЦТ0044186", "ЦТ0001666", "DI00080806"],
            "perekrestok": ["2157581", "4117216", "3450465", "3224598", "3224596", "3613636", "3613637", "4259187", "4266810",
                            "4335115", "4266811", "3652519", "4328849", "3255026", "3231335"],
        }, "plain food salt of any grind and pack: «Экстра», помол №1, вываренная, каменная, iodised, and plain or iodised sea "
           "salt (Мареман, 4Life, Крымская, Маркет); «самую дешевую» is a ranking wish, not a filter; Himalayan pink salt (a "
           "coloured speciality salt - judgement), flavoured salts (Вкусная соль, «с грузинскими травами», «душистые травы», "
           "чесночная, Adyghe «Абадзехская»/«Бжедугская»), dishwasher salt and bath salt excluded"),
        ("уксус яблочный бутылочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no apple vinegar in any chain; Перекрёсток «Уксус виноградный СП Мирный 6%» is grape vinegar, and olives «с красным "
           "винным уксусом» are another product"),
        ("дрожжи саф-момент 3 пакетика", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "Саф-Момент dry instant yeast 11 g sachets; «3 пакетика» is a quantity; pressed yeast «Люкс Экстра (Саф-Нева)» (the "
           "producer's name, not the Саф-Момент product - trap) and Дикси «Дрожжи "
           "\"Люкс\" Экстра сухие … прессованные» excluded"),
    ]),
    # L18 для малого
    ("агуша творожок для малого, сок агуша яблоко 200мл, бананчики для малого штук 5, детское печенье для малыша", [
        ("агуша творожок для малого", {
            "pyaterochka": [],
            "magnit": ["1000564007", "8000049983", "1000177278", "1000109125", "1051242603", "1812432015", "1812432014",
                       "1812432013"],
            "dixy": [],
            "perekrestok": ["4174763", "2137027", "69726"],
        }, "every Агуша children's творог (classic and fruit/cereal variants - a brand with a product word accepts all variants "
           "of that product); Агуша yoghurts, kefir, ряженка, porridges, purees and other brands' children's творог (Тёма, Мама "
           "Лама, Растишка, ФрутоНяня) excluded"),
        ("сок агуша яблоко 200мл", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Агуша apple juice in 200 ml in any chain: Агуша «Компот курага/изюм/ябл.», «Морс», the 300 ml «Напиток "
           "сокосодержащий» Яблоко-Виноград / «Вода и сок» Яблоко-вишня and fruit purees are other products; Добрый Active kid "
           "apple juice 200 ml is another brand"),
        ("бананчики для малого штук 5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh dessert bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био» and «Бананы красные» - a red "
           "dessert variety, the user did not ask for a colour); «штук 5» is a quantity; «Бананы для жарки» (plantains), dried "
           "and sun-dried bananas, banana sweets, marshmallow, purees and yoghurts excluded"),
        ("детское печенье для малыша", {
            "pyaterochka": ["3648884"],
            "magnit": [],
            "dixy": ["2000529080", "2000602074"],
            "perekrestok": ["4251005", "4113987"],
        }, "cookies made for small children: Heinz «Детское печеньице», ФрутоНяня oat cookies (50 g and 120 g) and Дикси «Печенье "
           "Gipopo Банан-ваниль 80г» (ФрутоНяня and Gipopo are baby-food brands - outside knowledge for Gipopo, whose title does "
           "not say «детское»); purees «с печеньем» and Растишка творог «с печеньем» excluded; ordinary cookies are not children's "
           "cookies"),
    ]),
    # L19 халяль
    ("курица целая тушкой, сосиски халяль пачку, колбаса вареная халяль, пельмени из баранины", [
        ("курица целая тушкой", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75", "bba6e25510"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная, 1кг» and «Цыплёнок табака СВОЯ "
           "охлажденный, 1кг» (a whole chick cut open for tabaka, raw and unseasoned - judgement); Магнит «Цыпленок табака "
           "ПЕТРУХА в маринаде» (seasoned, excluded like flavoured products), chicken parts (бедро, крыло, филе), ready "
           "chicken dishes, duckling «Тушка утенка» and fish «тушка» excluded"),
        ("сосиски халяль пачку", {
            "pyaterochka": [],
            "magnit": ["119aa8a644"],
            "dixy": ["2000316003"],
            "perekrestok": ["4353596"],
        }, "halal sausages: Магнит «Сосиски ЦАРИЦЫНО Восточные с говядиной, халяль», Перекрёсток «Сосиски Идель … халяль» and "
           "Дикси «Сосиски \"Царицыно\" Идель Восточные с говядиной» (the same Царицыно product; Идель is Царицыно's halal line, "
           "as the other two titles show); «пачку» is a quantity; sausages neither halal nor Идель excluded"),
        ("колбаса вареная халяль", {
            "pyaterochka": [],
            "magnit": ["c86fb2504c"],
            "dixy": [],
            "perekrestok": [],
        }, "halal boiled sausage: Магнит «Колбаса ГОВЯЖЬЯ ОСОБАЯ, Халяль, мини (Царицыно)» (Говяжья особая is a boiled sausage - "
           "outside knowledge, the title does not say «вареная»); Дикси «Эко Дорожная, халяль, полукопченая» (semi-smoked) and "
           "non-halal boiled sausages excluded"),
        ("пельмени из баранины", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lamb pelmeni in any chain (no lamb at all); pork, beef, veal, chicken and fish pelmeni are other products"),
    ]),
    # L20 чай для гостей
    ("чай ахмад английский завтрак 100 пакетиков, сахар рафинад к чаю гостям, варенье вишневое баночку", [
        ("чай ахмад английский завтрак 100 пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Ahmad English Breakfast in 100 bags in any chain: Дикси «Ahmad Tea Английский завтрак, листовой, 200 г» and "
           "Пятёрочка «AHM.TEA Чай АНГЛИЙСКИЙ ЗАВТР.кор.200г» (a 200 g box of loose tea) are loose leaf (the form and bag count "
           "the user wrote exclude them); Ahmad «Классический» 100 bags, Earl Grey "
           "and flavoured Ahmad teas are other teas"),
        ("сахар рафинад к чаю гостям", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829"],
            "perekrestok": ["4092763"],
        }, "white lump sugar (рафинад = pressed/lump refined sugar: Русский сахар «прессованный» 500 g and 1 kg, Дикси «Сахар "
           "прессованный, 1 кг», Чайкофский «кусковой», Перекрёсток Русский Сахар «белый кусковой»); Магнит «Сахар-песок "
           "ЧАЙКОФСКИЙ, Рафинированный» (granulated), cane lump sugar (Мистраль «нерафинированный», Маркет «тростниковый "
           "кусковой») and granulated sugar excluded"),
        ("варенье вишневое баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000547000"],
            "perekrestok": ["4198147", "4252162"],
        }, "cherry varenye (Круглое лето, Ратибор «вишнёвое», Маркет Перекрёсток «вишневое стерилизованное»); «баночку» is a "
           "quantity; cherry jams (Махеевъ, Пр!ст, Mr.Ricco клубника-вишня - варенье ≠ джем), «из белой черешни» (sweet cherry) "
           "and cherry vareniki excluded"),
    ]),
    # L21 кисломолочное
    ("кефир 2.5% один литр\nайран бутылку\nряженочки 4% пару бутылок\nснежок бутылочку", [
        ("кефир 2.5% один литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 2.5% kefir in a 1 l pack in any chain: the 2.5% kefirs come in 400-930 ml and 1.43 kg packs (the size the user "
           "wrote names the pack, as «сахар 1кг» excluded 900 g in set g); other fats and «кефирный продукт» excluded"),
        ("айран бутылку", {
            "pyaterochka": [],
            "magnit": ["1000051020", "1000157764", "1000011316"],
            "dixy": ["2000566977", "2000586373", "2000591714"],
            "perekrestok": [],
        }, "ayran of any size (Магнит 0.5 l and 1 l, Никон 400 ml, «Айран Классический» 1 l, Ростагроэкспорт «Продукт "
           "кисломолочный … Айран» 1 l); «бутылку» is a quantity; тан (Ростагроэкспорт, Дар Гор), kefir and ряженка excluded"),
        ("ряженочки 4% пару бутылок", {
            "pyaterochka": [],
            "magnit": ["1000439736", "1000451592", "1000371474"],
            "dixy": [],
            "perekrestok": [],
        }, "plain ряженка of exactly 4% (Большая кружка 500 g and 800 g, Из Молока Нашей Дойки 900 g); «пару бутылок» is a "
           "quantity; ряженка of 2.5%, 3.2%, children's and fruit ряженка excluded"),
        ("снежок бутылочку", {
            "pyaterochka": [],
            "magnit": ["34811ecb49"],
            "dixy": ["2000536774", "2000604081"],
            "perekrestok": [],
        }, "plain снежок (Торжок 2.5%, Домик в деревне 2.5%, Хуторок 2.5%); «бутылочку» is a quantity; the ФрутоНяня children's "
           "снежок «Клубника-земляника» (flavoured) excluded"),
    ]),
    # L22 овощи к столу
    ("помидоры розовые кило, огурчики короткие кило, перец болгарский 3 штуки", [
        ("помидоры розовые кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465"],
        }, "fresh pink tomatoes (Дикси «Томаты Азербайджанские розовые», Перекрёсток «Томаты розовые Азербайджан», «розовые "
           "грунтовые», «розовые фасованные, 500г»); «кило» is a quantity; red, yellow, cherry, cocktail, Кумато tomatoes and "
           "those whose colour is not stated (Бычье сердце, Дагестан, Махитос, Панамера, Фермерские, азербайджанские 500 г) "
           "excluded, as are canned, dried and marinated tomatoes"),
        ("огурчики короткие кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000327957"],
            "perekrestok": ["4072", "3368260"],
        }, "fresh short cucumbers: Перекрёсток «Огурцы короткоплодные» and «Огурцы Бакинские, 300г» (the short knobbly Baku "
           "cucumber - outside knowledge) and Дикси «Огурцы корнишоны, в упаковке, 300 г» (fresh gherkins are short cucumbers - "
           "outside knowledge; no brine or jar named); «кило» is a quantity; long, medium («среднеплодные»), smooth cucumbers "
           "and those whose length is not stated (Хрустящие, «Огурцы, 600 г», фасованные), pickled and salted cucumbers "
           "excluded"),
        ("перец болгарский 3 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh bell pepper in any chain; marinated peppers, black pepper, paprika, lecho, sauces «с болгарским перцем» and "
           "olives «со сладким перцем» are other products"),
    ]),
    # L23 после гостей
    ("салфетки бумажные на стол гостям, одноразовые тарелки большие, туалетная бумага зева 8 рулонов, средство для мытья пола после гостей", [
        ("салфетки бумажные на стол гостям", {
            "pyaterochka": [],
            "magnit": ["a9b3dab026"],
            "dixy": [],
            "perekrestok": ["3951668"],
        }, "paper table napkins (Wellfort «Бум салфетки 3слоя Барокко 16шт», Home Story «Салфетки бумажные киви 2 слоя 33x33см»); "
           "Zewa facial tissues («Салф.бум.д/лица», «Салфетки для лица»), wet wipes, handkerchiefs, paper towels and laundry "
           "«Салфетки для стирки» excluded"),
        ("одноразовые тарелки большие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable plates in any chain; disposable razors (Zollider, Gillette «одноразовые») are other goods"),
        ("туалетная бумага зева 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "Zewa toilet paper in packs of 8 rolls (Магнит «ЗЕВА, Сирень, 2-слойная, 8 рулонов», Перекрёсток «Zewa Deluxe Персик "
           "3 слоя, 8шт»); the roll count names the pack: Zewa 4, 6 and 12 rolls and the Soffione 8 rolls (another brand) "
           "excluded; Zewa towels, tissues and handkerchiefs excluded"),
        ("средство для мытья пола после гостей", {
            "pyaterochka": [],
            "magnit": ["ae95ec9c5b", "119c855478", "ff7b4707dc", "69f4fcf56c", "789291ba7a", "cac8e32a0f", "494fcd17ad",
                       "dc08e0632c", "9851df55cf", "18d07f098b"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "floor cleaners whose title says they are for floors (BioMio, Sanfor, Synergetic, Грасс «для мытья пола», Mr.Proper "
           "«для полов и стен» 0.5-1.5 l, Lysol «дезинфицирующее д/пола и поверх»); universal sprays, toilet, dish and "
           "glass cleaners excluded"),
    ]),
    # L24 шурпа
    ("лопатка баранья для шурпы, фасоль красная сухая пачку, картошечки 3 кило", [
        ("лопатка баранья для шурпы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lamb shoulder (no lamb at all) in any chain; pork and beef shoulder are other meats"),
        ("фасоль красная сухая пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dry red beans in any chain: every red bean on sale is canned (Bonduelle «ж/б 425мл», Глобус 425 ml, Пр!ст "
           "«натуральная» 360 g) and the form the user wrote («сухая») excludes them; beans in tomato sauce, with vegetables, "
           "green beans and dog food excluded"),
        ("картошечки 3 кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        }, "fresh potatoes of any kind and pack (loose, washed, red, Бэби 2 kg, «для варки»/«для жарки» 3 kg, «гигант для "
           "жарки», «отборный», Чик-Чик 1 kg - taken as fresh potatoes, outside knowledge); «3 кило» is a quantity; sweet potato "
           "(«Батат»), boiled peeled, frozen cut potatoes, Магнит «Картофель АЙДАХО (СП ГМ)» (a ready dish), chips, puree, "
           "«Картошка» cakes and sweets excluded"),
    ]),
    # L25 кофе для гостей
    ("кофе якобс монарх растворимый банку побольше, сливочки 10% для кофе коробочку, минералка боржоми гостям, яйца с0 десяток на выпечку", [
        ("кофе якобс монарх растворимый банку побольше", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "0386d066d3", "d377483cd5", "88df1b0c73", "01f9dd25ee"],
            "dixy": ["2000200961"],
            "perekrestok": [],
        }, "Jacobs Monarch instant coffee of any size (95-190 g, «сублимированный», «Интенс»), incl. Дикси «Кофе растворимый с "
           "молотым \"Monarch\" Miligrano» (a Monarch instant variant - brand with product word accepts all variants); Магнит "
           "«JACOBS Монарх Интенс, 95г» taken as instant (outside knowledge, as in set g); «банку» cannot be checked from the "
           "titles (jar or refill) and «побольше» is a wish, so neither is a filter; Monarch ground and bean coffee, Jacobs "
           "Голд/Милликано/3в1 and Monarch cheese (Магнит «Сыр МОНАРХ») excluded"),
        ("сливочки 10% для кофе коробочку", {
            "pyaterochka": [],
            "magnit": ["1000506066", "1000128456", "1000144079", "1000537609", "3201860040", "1000052910", "1000456519",
                       "1000461011", "1000006089", "913cd14db9", "1899911837"],
            "dixy": [],
            "perekrestok": ["4271735", "4267108", "3431574", "44849", "68419"],
        }, "drinking cream of exactly 10%, sterilised or UHT, any pack (200 ml-1 l, incl. Valio «для кофе» 1 l and the 10x10 g "
           "portion cups of Альпенгурт, Campina and Зелёная Линия); "
           "«коробочку» is a quantity and «для кофе» a purpose; Parmalat 11%, 20% and 33% cream, «сливочная» sour cream, "
           "dry creamer and cream-flavoured goods excluded"),
        ("минералка боржоми гостям", {
            "pyaterochka": [],
            "magnit": ["67c2003564"],
            "dixy": ["ЦТ0020861", "2000211073", "2000315091", "2000188861"],
            "perekrestok": ["3393237"],
        }, "Borjomi mineral water of any size and bottle (PET 0.5-1.25 l, glass 0.5 l); the flavoured «Боржоми Флейворд Вотер» "
           "drinks (вишня-гранат, цитрусы-имбирь) and other mineral waters excluded"),
        ("яйца с0 десяток на выпечку", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "4352464", "3356111",
                            "3432532", "2131762", "3421287", "3914040", "4236458", "4012802", "4085790", "3182853"],
        }, "hen eggs of category С0 («СО», «CO», «отборные», «отборной категории», Роскар «Экстра категория С0») in packs of "
           "10, incl. Деревенские напевы «Халяль отборное С0»; «на выпечку» is a purpose; С1, С2, СВ/«высшей категории», "
           "packs of 6, 15, 20 and 30, quail eggs and mayonnaise «на перепелином яйце» excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fufNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fuf\d\d ===$", line):
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
                    errors.append("fuf%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fuf%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fuf"))
