#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yw.jsonl -- Ramadan-evening shopping lists (iftar and suhoor) hand-labelled
against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yw.build.py

LISTS below is literal data: 25 lists (3-5 items) of one family's Ramadan evenings as relatives would
type them to a Telegram bot, and for every item the product ids of every store that a reasonable
shopper who wrote exactly that item would accept.  The lists were written first, before any offer was
read (fresh_basket_eval_yw.blind_lists.txt); candidate titles were then grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings,
ё/е) and read one by one; the note of each item records what was accepted, what was deliberately left
out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  Nothing of korzina (matcher, data, other sets' labels) was
read or run.

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fyw01, fyw02, ... in LISTS
order; every list is in split "fresh".  One item of fyw13 was replaced after labelling (see the
README, "Replacements"); every other text is byte-identical to the blind draft.
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yw.jsonl")


def acc(p=(), m=(), d=(), x=()):
    """Accepted ids per store, in the store order labelled_lists expects
    (p = pyaterochka, m = magnit, d = dixy, x = perekrestok)."""
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(x)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyw01 mum: the first iftar of the week
    ("финики без косточки 500г, лавашик тонкий армянский, чечевица красненькая для супа, лимончика 2 штучки, хумусик", [
        ("финики без косточки 500г", acc(),
         "pitted dates in a 500 g pack; Магнит «Финики, 1 уп. (400 г)» (400 g, pits not stated) and «Финики Мазафати, "
         "с косточкой» 500 г (with pits, excluded by «без косточки») and Пятёрочка САМ.КОНД. «Конф. ФИНИКИ В ШОК.» (sweets) left out"),
        ("лавашик тонкий армянский", acc(),
         "thin Armenian lavash; nothing in the offers (Mission «Лепешки тортилья» is not lavash; «Армянский» only on a cognac)"),
        ("чечевица красненькая для супа", acc(),
         "red lentils; no lentils at all in the offers («для супа» is a purpose)"),
        ("лимончика 2 штучки", acc(),
         "fresh lemons («2 штучки» is a quantity); no fresh lemons in the offers, only lemon-flavoured goods "
         "(drinks, tea, Fairy «лимон», wafers), all excluded"),
        ("хумусик", acc(p=["3489491", "3430176"]),
         "hummus of any kind: Пятёрочка «Хумус, с кедровыми орешками» and SAB. «Закуска ХУМУС рец. из Иерусалима»"),
    ]),
    # fyw02 dad: plov for the guests
    ("баранина 2кг, рис длиннозерный для плова, морковка желтая на плов, зиры немного", [
        ("баранина 2кг", acc(),
         "raw lamb/mutton («2кг» is a quantity of a weighed good); none in the offers (only pet food «с ягненком» "
         "and «Баранки»)"),
        ("рис длиннозерный для плова", acc(p=["5722", "39747"], m=["448fba0b94", "7936bf2f6b"]),
         "long-grain rice: Магнит НАЦИОНАЛЬ «Лазер длиннозерный», Пятёрочка Мистраль «Жасмин … длиннозерный», and "
         "basmati (Мистраль, НАЦИОНАЛЬ; basmati is a long-grain rice - outside knowledge); «для плова» is a purpose. "
         "Excluded: rice whose grain length is not stated or which is round (Мистраль «для плова традиционный» - Магнит "
         "titles it «круглый», Националь «для плова», Global Village «для плова», НАЦИОНАЛЬ «Адриатика», Мистраль "
         "«Кубань», Увелка «Краснодарский круглый»), Увелка «Девзира с зирой» (medium-grain, flavoured), brown and "
         "mixed rice, rice porridge, rice flour and the ready plov"),
        ("морковка желтая на плов", acc(),
         "yellow carrots (the variety is written); only ordinary «Морковь мытая» (Магнит, Перекрёсток) and carrot "
         "salads/juices in the offers, all excluded"),
        ("зиры немного", acc(),
         "cumin/zira spice; none (only plov seasonings ВОСТОЧНЫЙ ГОСТЬ/Kamis/MAGGI and Увелка rice «с зирой», excluded)"),
    ]),
    # fyw03 grandma: suhoor with sour cream and black bread
    ("катык, сметанки 20 процентов баночку, хлебушка черного буханку", [
        ("катык", acc(),
         "katyk (Tatar fermented milk); none in the offers"),
        ("сметанки 20 процентов баночку", acc(p=["3664287"],
                                               x=["3664287", "3651188", "4262694", "4349770", "4121609", "4217906",
                                                  "3293409", "3444929", "3634033", "4314537", "58101"]),
         "sour cream labelled exactly 20 % of any brand and size, incl. Parmalat Comfort lactose-free 20 %; 10/15/25/30 % "
         "sour creams, sour-cream-flavoured chips/croutons, МАХЕЕВЪ «Соус Сметанный» and cakes excluded; «баночку» is a count"),
        ("хлебушка черного буханку", acc(p=["3480920", "3500217"]),
         "black (rye-wheat) bread loaf: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб Даниловский, "
         "Коломенское» (Даниловский is a dark rye-wheat bread - outside knowledge). Excluded: «Хреб Ржаной Край» and "
         "«Хлеб зерновой, Ржаной Край» (brand name, rye not stated), «Хлеб Марьин, заварной» (rye not stated), batons, "
         "хлебцы, rye croutons and rye flour"),
    ]),
    # fyw04 teenager: snacks for the night
    ("спрайт 2л, чипсики лейс с крабом, kinder bueno, попкорн карамельный для детей", [
        ("спрайт 2л", acc(),
         "Sprite in a 2 l bottle; only 0.5, 0.9 and 1.5 l Sprite in the offers, excluded by the written size"),
        ("чипсики лейс с крабом", acc(p=["3931228", "4035369"], m=["106331"]),
         "Lay's crab-flavoured chips incl. «Королевский краб»; crab chips of other brands (Pringles, Русская Картошка, "
         "LAVA LAVA, Хрустящий картофель) and other Lay's flavours excluded"),
        ("kinder bueno", acc(),
         "Kinder Bueno bars; none (other Kinder products - Chocolate, Joy, Surprise, Schoko-Bons, Maxi - excluded; "
         "«Bushido Kodo Bueno» is coffee)"),
        ("попкорн карамельный для детей", acc(p=["4061096"]),
         "caramel popcorn: MIXBAR «Попкорн сладкий «Карамель» 250 гр»; MIXBAR «ПОПКОРН СЛАД-СОЛ.» (sweet-salty), salted "
         "microwave popcorn, Kinocorn sweets and chocolate «с попкорном» excluded; «для детей» is a purpose"),
    ]),
    # fyw05 mum: shurpa
    ("говядина халяль на кости, картоха на шурпу 3 кг, лук репчатый на шурпу, помидоры розовые мясистые, перец болгарский 3 шт", [
        ("говядина халяль на кости", acc(),
         "halal beef on the bone; no halal beef in the offers (the only halal goods are a chicken, a sausage and a "
         "tan); non-halal beef (Магнит «Лопаточная часть говядины, без кости», Мираторг cuts, mince) excluded"),
        ("картоха на шурпу 3 кг", acc(m=["199751", "168701", "168671", "109571", "107511"], d=["72aaa021b7"],
                                      x=["2099571", "3646068"]),
         "raw potatoes of any variety and pack («3 кг» is a quantity of a weighed good, «на шурпу» a purpose): Магнит "
         "«мытый 2,5 кг», «Новый урожай», «для жарки 3 кг», «красный», «для варки 3 кг», Дикси «Картофель молодой», "
         "Перекрёсток «мытый» and «красный мытый»; potato starch, chips, puree, vareniki and «Картошка МАРЦИПАНОВАЯ» excluded"),
        ("лук репчатый на шурпу", acc(m=["168731", "168721"], x=["79012", "79135"]),
         "bulb onions: «Лук репчатый красный/белый», Магнит «Лук Светофор (3 шт)» (a set of bulb onions) and «Лук "
         "репчатый, красный 500 г». Excluded: the sweet salad onions «Лук Ялтинский» and «Лук салатный», shallots, "
         "green onion, herb sets, «Луковки» FEDERICI (pickled)"),
        ("помидоры розовые мясистые", acc(m=["107631"], x=["4355823"]),
         "fresh pink tomatoes: Магнит «Томаты розовые» and Перекрёсток «Томат Дагестан розовый» («мясистые» is a "
         "wish); red, cherry, plum, «Бакинские» (colour not stated), canned and salted tomatoes, juices excluded"),
        ("перец болгарский 3 шт", acc(m=["169191"], x=["6177", "6178", "2080290", "4228843"]),
         "fresh sweet (bell) pepper of any colour («3 шт» is a quantity): Магнит «Перец болгарский, красный», "
         "Перекрёсток «Перец красный/жёлтый сладкий», «Перец Рамиро сладкий» and «Перец в ассортименте, 2шт» (taken as "
         "a sweet-pepper pair - outside knowledge); black pepper, Janarat «Перец-гриль» (canned) excluded"),
    ]),
    # fyw06 grandpa: tea after iftar
    ("чай азерчай, сахарок кусковой, лукум", [
        ("чай азерчай", acc(p=["4062548", "3662837", "3439925", "3649730"], m=["112311"]),
         "every Azercay tea (brand with product word): Пятёрочка АЗЕРЧАЙ «эрл грей», «БУКЕТ» 100 пак., «букет» 100 г, "
         "«букет» 25 пак.; Магнит «Чай Azercay, черный, бергамот»"),
        ("сахарок кусковой", acc(m=["07d5c3205d"]),
         "lump sugar: Магнит РУССКИЙ «Сахар белый прессованный 1кг» (pressed sugar = кусковой - outside knowledge); cane "
         "sugar Демерара (loose), sugar powder and sugar-containing goods excluded"),
        ("лукум", acc(p=["3904365", "3480149"]),
         "rahat lokum: «Рахат-Лукум традиционный Джойко» and «Рахат-Лукум Тимоша, с орехом»"),
    ]),
    # fyw07 aunt: drinks for the table
    ("сок гранатовый 100% без сахара, вода негазированная 5л бутыль, морс из клюквы", [
        ("сок гранатовый 100% без сахара", acc(p=["3165884", "3920295", "3620708"], m=["1e273f6605", "87dd042218"],
                                               x=["3465930", "40350"]),
         "pomegranate juice sold as «сок» (direct or reconstituted, any size, incl. Nar «для детского питания»); no "
         "title mentions added sugar. Excluded: RICH «Напиток … Гранат», Societe Minerale «вкус граната», Балтика №0 "
         "«Гранат», Троя «Narsharab» sauce and mixed juices"),
        ("вода негазированная 5л бутыль", acc(p=["3635131", "3608729"], m=["e8574e2cda"], x=["3503711"]),
         "still water in a 5 l bottle: Перекрёсток «Малаховская №1 … негазированная 5л», Магнит АКВАЛАЙН «Для ляль … 5л» "
         "(baby water, still), Пятёрочка «Honey kid, Черноголовская, питьевая, 5 л» (baby water, still) and «Легенда "
         "Гор, Архыз, минеральная, 5 л» (the 5 l Архыз is non-carbonated - outside knowledge); other sizes and "
         "sparkling waters excluded"),
        ("морс из клюквы", acc(p=["3472445"], x=["4297529", "3190898", "3695895"]),
         "cranberry mors: «Морс клюквенный» Зелёная Линия, Чудо-Ягода «Клюквенный», Сады Придонья «клюквенный», ДОБРЫЙ "
         "«Морс КЛЮКВА» (made with grape juice, sold as cranberry mors). Excluded: ФрутоНяня «Морс из клюк/черн/вишн» "
         "(mixed), «Ягодный сбор», бруснично-малиновый, ДОБРЫЙ «Нап. из клюкв/апел.», Магнит М Кухня морсы (other "
         "berries), cranberries, sauerkraut «с клюквой»"),
    ]),
    # fyw08 mum: roast chicken with bulgur
    ("курица халял целая, булгур крупный, нут 1кг, кинза свежая пучок", [
        ("курица халял целая", acc(x=["4068157"]),
         "a whole halal chicken: Перекрёсток «Тушка цыплёнка An-noor Халяль»; non-halal whole chickens (Дикси "
         "«Цыпленок-бройлер», Перекрёсток «Тушка цыплёнка 1 сорт», Петелинка, «Цыплёнок корнишон») excluded by «халял»"),
        ("булгур крупный", acc(), "coarse bulgur; no bulgur in the offers"),
        ("нут 1кг", acc(), "chickpeas; none in the offers (beans, peas and «Горох Bizim Tarla зелёный» excluded)"),
        ("кинза свежая пучок", acc(), "fresh coriander; none (only dill, green onion and mixed herb sets)"),
    ]),
    # fyw09 sister: healthy suhoor
    ("финики медджул, орехи грецкие без скорлупы, медку цветочного, изюм черный без косточки", [
        ("финики медджул", acc(),
         "Medjool dates; none (Магнит «Финики» 400 g - variety not stated - and «Мазафати» excluded)"),
        ("орехи грецкие без скорлупы", acc(p=["3982582", "3915361"]),
         "shelled walnuts: BOTANICA «Ядро ореха грецкого» and «Грецкий орех Mix Bar 100г» (Mix Bar packs hold kernels - "
         "outside knowledge); Магнит «Орех грецкий, неочищенный» (in shell), nut mixes, walnut jam, sweets excluded"),
        ("медку цветочного", acc(p=["3645764", "3645749"], m=["d32ff23653"]),
         "flower honey: МЕДОВЫЙ ДОМ «Мёд нат цветочный разнотравье», «Южный цветок», and «цветочный монофлорный: "
         "Восточная липа» (the title says цветочный); «Крем-мёд … с наполнителями» (raspberry, lemon-ginger), chak-chak, "
         "honey cakes and honey-flavoured goods excluded"),
        ("изюм черный без косточки", acc(),
         "dark seedless raisins; no raisins sold as such (only goods «с изюмом»)"),
    ]),
    # fyw10 mum: suhoor breakfast
    ("творог 5% пачку, яйца с0 десятка 2, сыр адыгейский копченый, огурчики свежие короткоплодные", [
        ("творог 5% пачку", acc(p=["3617778"], x=["4216657"]),
         "plain cottage cheese 5 %: СЕЛО ЗЕЛ. «Творог 5% 500г», «Творог 5% Молочный знак»; 5.5 % «мягкий», 0.5/3/9 %, "
         "Савушкин «101 ЗЕРНО+СЛ. 5%» (with berries), Данон «зерненый в йогурте» 5 % with fruit, сырники excluded"),
        ("яйца с0 десятка 2", acc(p=["3620510"], x=["3634491", "44323", "3062835"]),
         "hen eggs of class С0/СО/«отборные» in packs of 10 («2» is the number of packs): Волжское Утро «отборные, 10 "
         "шт.», Маркет «СО 10шт», Роскар «Экстра СО, 10шт», Окское «СО, 10шт»; Волжанин «отборной категории, 6шт», С1 "
         "eggs, quail eggs excluded"),
        ("сыр адыгейский копченый", acc(), "smoked Adyghe cheese; no Adyghe cheese in the offers"),
        ("огурчики свежие короткоплодные", acc(m=["200221"]),
         "fresh short cucumbers: Магнит «Огурцы короткоплодные, тепличные»; «среднеплодные», «корнишоны» (a separate "
         "gherkin type), Перекрёсток «Ботаника»/«Хрустящие» (type not stated), salted and pickled cucumbers excluded"),
    ]),
    # fyw11 brother: suhoor before dawn
    ("хлопья геркулес на сухур, бананчиков связку, йогурт греческий без сахара 2%, кофе jacobs монарх растворимый, сливочки 10%", [
        ("хлопья геркулес на сухур", acc(p=["4027131", "3472901"]),
         "rolled oats of the Геркулес type: Клинские «Хлопья овсяные Геркулес» and УВЕЛКА «Хлопья зерн. овсян. трад.» "
         "(traditional rolled oats = геркулес - outside knowledge); instant flavoured oat porridge, buckwheat/rice/corn "
         "flakes, Velle oat products, oat cookies excluded"),
        ("бананчиков связку", acc(x=["3757", "3639749", "4208494", "4112219"]),
         "fresh bananas incl. «Бананы мини» and the organic banana; dried bananas, banana-flavoured goods excluded"),
        ("йогурт греческий без сахара 2%", acc(x=["3601417", "3697856", "4326197", "4326198", "4324114"]),
         "plain Greek yoghurt 2 %: Teos «Греческий 2%» 140/250 g, Простоквашино «Греческий 2%» 135/235 g, Neo «без "
         "сахара 2%» (plain Teos/Простоквашино taken as unsweetened - outside knowledge); Пятёрочка «Греческий» 2 % with "
         "черника/вишня filler, Зелёная Линия 4 %, Viola «Малина-Мята» 3 % excluded"),
        ("кофе jacobs монарх растворимый", acc(p=["3372172", "3488345"], m=["106231", "205121"]),
         "Jacobs Monarch instant coffee incl. «Intense» and freeze-dried («сублимированный») packs; Monarch beans and "
         "ground, Jacobs Millicano, Gold, Velour, Crema excluded"),
        ("сливочки 10%", acc(p=["3634638"], m=["476dabe99f"], x=["4178852"]),
         "cream 10 %: Молочный знак «Сливки … 10%», ДОМИК В ДЕРЕВНЕ «Сливки стер 10% 950г», САРАФАНОВО «Сливки ул/паст. "
         "дет. 10%» (children's cream, as children's milk counts as milk); Parmalat 11 %, 20/33 % cream, creamer "
         "«Заменитель сухих сливок» excluded"),
    ]),
    # fyw12 aunt: oriental sweets
    ("пахлава медовая, халва тахинная с арахисом, щербет, чак чак татарский", [
        ("пахлава медовая", acc(), "honey baklava; none in the offers"),
        ("халва тахинная с арахисом", acc(),
         "tahini halva with peanuts; none stated as tahini (ДРУЖБА «Халва с арахисом» - base not stated - and Тимоша "
         "«подсолнечная» excluded; wafers «с халвой» excluded)"),
        ("щербет", acc(),
         "sherbet confection; none (Магнат eskimo «со слоем нап шербет» is ice cream)"),
        ("чак чак татарский", acc(p=["3681362", "3633540"]),
         "chak-chak: Караван-Сарай «Чак-Чак … медовый» and ТИМОША «чак-чак медовый» («татарский» just names the dish)"),
    ]),
    # fyw13 grandma: dairy for iftar (last item replaced, see README "Replacements")
    ("айранчик, тан газированный, кефир 3.2 литровый, варенец термостатный", [
        ("айранчик", acc(), "ayran; none in the offers"),
        ("тан газированный", acc(),
         "carbonated tan; the only tan, ХАЛАЛМИЛК «Напиток к/м ТАН ХАЛЯЛЬ 1% 0,5л», does not say it is carbonated and "
         "still tans exist, so it was left out (the written form is required)"),
        ("кефир 3.2 литровый", acc(), "kefir 3.2 % in 1 l; there is no kefir at all in the offers"),
        ("варенец термостатный", acc(p=["3610732"]),
         "REPLACEMENT for «ряжинка простоквашино» (no Простоквашино ryazhenka in the offers; the list was empty in every "
         "store). Accepts Пятёрочка «Варенец термостатный 4% 350 гр»; Агуша «Ряженка … клубника» is not варенец"),
    ]),
    # fyw14 mum: samsa / burek
    ("тесто слоеное бездрожжевое замороженное, фарш говяжий халяль, сыр сулугуни, укроп на посыпку", [
        ("тесто слоеное бездрожжевое замороженное", acc(m=["204691"]),
         "frozen yeast-free puff pastry: Магнит «Тесто слоеное Цезарь, без дрожжевое, сливочное масло, 0,4 кг» (sold "
         "frozen - outside knowledge); Рестория «ТЕСТО ДРОЖЖЕВОЕ» (yeast), МОРОЗКО «Тесто ФИЛО», cake layers excluded"),
        ("фарш говяжий халяль", acc(),
         "halal beef mince; none (Мираторг, Рестория, ОСТАНКИНО beef mince are not halal and are excluded by «халяль»)"),
        ("сыр сулугуни", acc(x=["4050805", "3203422", "3484610"]),
         "suluguni cheese of any form: Умалат «Сулугуни палочки» and «Сулугуни 45%, 280г», Предгорье Кавказа «Сулугуни "
         "45% 300г»; chechil, brynza, feta and mozzarella excluded"),
        ("укроп на посыпку", acc(m=["109841"], x=["4295468"]),
         "fresh dill: Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh»; dried dill (ВОСТОЧНЫЙ "
         "ГОСТЬ), mixed herb sets and herring «с укропом» excluded"),
    ]),
    # fyw15 grandma: chicken noodle soup
    ("паутинка вермишель для супа, бедрышки куриные, лавровый лист пачечку", [
        ("паутинка вермишель для супа", acc(),
         "«паутинка» (very thin) vermicelli; no title says паутинка: «вермишель для супчика 250г» and FEDERICI «Макароны "
         "ВЕРМИШЕЛЬ» (thickness not stated) and instant noodles excluded"),
        ("бедрышки куриные", acc(p=["3364509", "4007208"],
                                 x=["2160041", "4328962", "3692842", "4250498", "4007208"]),
         "raw chicken thighs with or without bone: «Бедро куриное Первая Свежесть», «Бедро цыпл-табака», thigh fillets "
         "(Зелёная Линия, Троекурово, Первая свежесть, Петелинка, Пятёрочка «Филе бедра без кожи ЦБ»); turkey thighs and "
         "beef «Мякоть бедра» excluded"),
        ("лавровый лист пачечку", acc(), "bay leaves; none in the offers"),
    ]),
    # fyw16 mum: baking for the evening
    ("масло слив. 82.5, мука в/с 2кг макфа, сахар подешевле, дрожжи саф момент 3 пакетика", [
        ("масло слив. 82.5", acc(p=["3948153", "4063188", "3612680", "3953367"]),
         "butter labelled exactly 82,5 %: «Традиционное 82,5 % 175 гр», «СЛАДКО-СЛИВОЧНОЕ … 82,5%, 380 г», ВКУСНОТЕЕВО "
         "«ТРАДИЦ. 82,5% 400г», ТЫСЯЧА ОЗЁР 82,5 %; butters of 82 % (Простоквашино, Президент) and 72,5 % excluded"),
        ("мука в/с 2кг макфа", acc(x=["91304"]),
         "Makfa wheat flour of the highest grade in a 2 kg pack: «Мука Makfa высшего сорта, 2кг»; the 1 kg Makfa pack "
         "(size written) and other brands excluded"),
        ("сахар подешевле", acc(p=["3973713"], m=["07d5c3205d"]),
         "sugar of any kind («подешевле» is a wish): Магнит «Сахар белый прессованный 1кг» and Пятёрочка «Сахар "
         "тростниковый нерафинированный Демерара 500г»; sugar powder, sugar-containing goods and «без сахара» "
         "products excluded"),
        ("дрожжи саф момент 3 пакетика", acc(x=["17366"]),
         "Саф-Момент dry yeast: «Дрожжи сухие Саф-Момент быстродействующие, 11г» («3 пакетика» is a quantity)"),
    ]),
    # fyw17 tea table with the neighbours
    ("сгущенка рогачевская, юбилейное печенье 2 пачки, вафли какие-нибудь, зефир ванильный бело-розовый", [
        ("сгущенка рогачевская", acc(),
         "Рогачёв sweetened condensed milk; the only Рогачёв condensed milks are boiled («вареное» Магнит, «Егорка» "
         "Пятёрочка) and варёная сгущёнка is not «сгущенка» (as in set g); Алексеевское condensed milk (other brand) "
         "and Рогачевъ drinking milk excluded"),
        ("юбилейное печенье 2 пачки", acc(p=["3618783", "3603068", "3662392", "3958570", "3958571", "4027701", "4027703",
                                            "3471173", "3655049"],
                                         m=["723991a07f", "199331"], x=["4352220", "4425157", "4371424"]),
         "every Юбилейное cookie (brand with product word): традиционное, молочное/с глазурью, постное, овсяное, "
         "ореховое, клюква, черника, земляничное, со вкусом шоколада, с цельнозерновыми злаками; Юбилейное «Мини-кексы», "
         "J.MEINL coffee «ЮБИЛЕЙНЫЙ» and sausage «Юбилейная» excluded"),
        ("вафли какие-нибудь", acc(p=["3673372", "3432952", "3668255", "3257371", "3418863", "3908663", "3908665",
                                      "3939083", "3948437", "4036375", "3607404", "3607414", "3687458", "3687534",
                                      "2126636", "3141421", "4090303", "3983254", "3668256"],
                                   m=["2a32ffe31d", "9b5bb8a58d", "7d5a68f794", "01fb3ade65", "f55f44c954",
                                      "29989b90ed"]),
         "any wafers (ЯШКИНО, КОЛОМЕНСКОЕ, Коровка, Зерница, Аладушкин, VARNA, ESS. PROD. «ВЕРТ-ВЕСН.» …), incl. glazed wafers, a single «Вафля в молочном шоколаде» and «Милка вафли … покрытые молочным "
         "шоколадом»; Toreno «Вафли для торта» (wafer cake sheets), KitKat (chocolate with wafer), waffle cones and "
         "«Торт вафельный» excluded"),
        ("зефир ванильный бело-розовый", acc(),
         "the classic unglazed white-and-pink vanilla zefir; every vanilla zefir in the offers is glazed (Шарлиз «глазированный "
         "ваниль», белевский «с ароматом ванили гл.», «в шоколадной глазури … ванили 1кг») and so not бело-розовый; "
         "other flavours (яблочный, черносмородиновый, клубника, абрикос-манго) excluded"),
    ]),
    # fyw18 non-food for the guests
    ("салфетки бумажные 100 шт, тарелки одноразовые глубокие, пакеты мусорные 60л", [
        ("салфетки бумажные 100 шт", acc(x=["4299678", "4250535", "4250543"]),
         "paper table napkins in packs of 100: Пр!ст «белые с тиснением 1 слой, 100шт», Gratias «белые 2сл 24х24, 100шт», "
         "Gratias Home «2 слоя 33х33см, 100шт»; 20-packs, wet wipes, panty liners and the paper-towel roll excluded"),
        ("тарелки одноразовые глубокие", acc(),
         "disposable deep plates; none (only disposable cups, razors, diapers and a cheese platter)"),
        ("пакеты мусорные 60л", acc(m=["e9bebc57c0"]),
         "60 l bin bags: BIG CITY LIFE «Пакеты д/мусора 60л 20шт»; Магнит 35 l bin bags and food bags excluded"),
    ]),
    # fyw19 teenager: treats
    ("сок rich апельсиновый 1л, чипсы не острые, конфеты рафаэлло коробку", [
        ("сок rich апельсиновый 1л", acc(),
         "Rich orange juice 1 l; Rich sells only «апельсин-манго» nectars (0.3 l, 0.9 l, 1 l) and other juices in the "
         "offers, excluded"),
        ("чипсы не острые", acc(p=["4343840", "4343841", "3463551", "3463552", "3671742", "3671743", "3931228",
                                   "3994660", "4035779", "4086624", "3943579", "3986506", "3986507", "4061907",
                                   "4086621", "3956451", "3956452", "4086623", "4069903", "4069908", "3611009",
                                   "3624025", "3624026", "3688435", "3994439", "2153831", "3435061", "4035369",
                                   "4035371", "4035377", "3453318", "3231225", "3941439", "3485986", "4035782"],
                                m=["1000487857", "162f632716", "b3b39073da", "198921", "202981", "204411", "106331",
                                   "106341", "213571"]),
         "any potato, rice or corn chips («Картофель хрустящий» included) except hot ones; excluded as hot: TWISTER «колбасок "
         "гриль с горчицей», TWISTER «холодца с хреном», Pringles «Тикка Масала» with Indian spices (judgement); paprika "
         "chips are kept (paprika is not named as hot). Apple chips ЯБЛОКОВ, onion rings snacks, croutons and nuts excluded"),
        ("конфеты рафаэлло коробку", acc(m=["167861"], x=["18162"]),
         "Raffaello sweets: Магнит «Конфеты Raffaello, 150 г», Перекрёсток «Raffaello миндаль и кокос 150г»"),
    ]),
    # fyw20 grandpa: tea with lemon and ginger
    ("ahmad tea earl grey, лимоны 3 шт для чая, корень имбиря небольшой, мята свежая", [
        ("ahmad tea earl grey", acc(p=["3380948"]),
         "Ahmad Tea Earl Grey (black tea with bergamot): AHM.TEA «Чай АНГЛИЙСКИЙ №1 бергамот 200г» (Ahmad's bergamot "
         "black tea - outside knowledge); Ahmad «классический» and «чабрец», Earl Grey of other brands (Lipton, Twinings, "
         "Richard, Greenfield, Azercay, Saito) excluded"),
        ("лимоны 3 шт для чая", acc(), "fresh lemons; none (only lemon-flavoured goods)"),
        ("корень имбиря небольшой", acc(),
         "fresh ginger root; none (Скатерть-Самобранка and Магнит pickled ginger, candied ginger, ginger cookies excluded)"),
        ("мята свежая", acc(), "fresh mint; none (BIONIQ «Мята суш.» dried, mint-flavoured goods excluded)"),
    ]),
    # fyw21 grandma: rice porridge for suhoor
    ("рис круглый для молочной каши на сухур, молоко 2.5 не ультрапастеризованное, корицу молотую, сахар ванильный пару пакетиков", [
        ("рис круглый для молочной каши на сухур", acc(p=["3483037"], m=["106651", "106021", "106641", "199371"]),
         "round-grain rice: Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, круглый» (Магнит) and the "
         "same product «МИСТР. Рис для плова традиц.» (Пятёрочка), Мистраль «Кубань» and НАЦИОНАЛЬ «Адриатика» (both "
         "round-grain - outside knowledge). Excluded: long-grain, basmati, jasmine, Националь/Global Village «для "
         "плова» (grain not stated), Девзира, brown and mixed rice, ready rice porridge"),
        ("молоко 2.5 не ультрапастеризованное", acc(x=["4310700", "2093081", "3613024", "587286c051", "edf2484f0e",
                                                        "7f46c8a5c5", "50cb0959f8", "af8570f806", "6986e66cd9",
                                                        "69f396f368"]),
         "drinking cow milk 2.5 % that is not UHT: pasteurised 2.5 % (Молочный Знак 900 г/900 мл, Простоквашино, "
         "Сарафаново incl. «детское», Зелёная Линия, Асеньевская Ферма, Рузское) and Можайское «стерилизованное 2.5%» "
         "(sterilised is not UHT; the negative wish excludes exactly UHT); every «ультрапастеризованное»/«у/паст»/"
         "«ул/паст.» 2.5 % milk excluded"),
        ("корицу молотую", acc(), "ground cinnamon; none (only cinnamon-flavoured goods)"),
        ("сахар ванильный пару пакетиков", acc(), "vanilla sugar sachets; none in the offers"),
    ]),
    # fyw22 quick iftar snack
    ("колбаса халяль не копченая, сырок плавленный дружба, черри помидорчики", [
        ("колбаса халяль не копченая", acc(p=["3016790"]),
         "halal sausage that is not smoked: ЦАРИЦ. «Колбаса ДОК. ОСОБ. ХАЛЯЛЬ вар. 500г» (boiled); non-halal sausages excluded"),
        ("сырок плавленный дружба", acc(d=["6b7105d28a"]),
         "Дружба processed cheese (brand with product word): Дикси «Сыр плавленый Дружба Карат 55%, 400 г» (accepted "
         "although it is a tub, not the small foil bar - «сырок» is the colloquial name); other processed cheeses and "
         "ДРУЖБА halva excluded"),
        ("черри помидорчики", acc(m=["168841", "169381", "107681"], x=["3673307", "3676649", "4188460"]),
         "fresh cherry tomatoes (round, plum-shaped, on the vine, honey red/orange); «Томаты коктейльные», Магнит "
         "«Ассорти Черри и Корнишоны» (jarred), Pepsi «ВАЙЛД ЧЕРРИ» excluded"),
    ]),
    # fyw23 fruit for the table
    ("гранаты 3 шт сладкие, виноградик кишмиш зелёный, арбузик небольшой", [
        ("гранаты 3 шт сладкие", acc(), "fresh pomegranates; none (only juices, drinks and a sauce)"),
        ("виноградик кишмиш зелёный", acc(x=["48660", "48657"]),
         "green (white) seedless kishmish grapes: Перекрёсток «Виноград Киш-миш» (the black one is a separate SKU, so "
         "taken as the green one) and «Виноград белый без косточек» (white seedless = green kishmish - outside "
         "knowledge); «Киш-миш чёрный», Магнит «Виноград черный», Тайфи, Шайн Мускат and grape juices excluded"),
        ("арбузик небольшой", acc(x=["4071854"]),
         "fresh watermelon: «Арбуз Чёрный принц без косточек, 3-8кг» («небольшой» is a wish); watermelon gum, ice "
         "cream and drinks excluded"),
    ]),
    # fyw24 pantry
    ("подсолнечное масло нерафинированное для салата, соль каменная крупная, томатная паста 2 баночки", [
        ("подсолнечное масло нерафинированное для салата", acc(),
         "unrefined sunflower oil; every sunflower oil in the offers is refined (БЛАГО, MR.RICCO, СЛОБОДА, ОЛЕЙНА) or "
         "flavoured (ALMADOR), all excluded"),
        ("соль каменная крупная", acc(),
         "coarse rock salt; only MAREMAN «Соль морская средняя» (sea salt, medium) in the offers, excluded"),
        ("томатная паста 2 баночки", acc(p=["31623", "3696785", "84652", "3486033"]),
         "tomato paste of any brand and size («2 баночки» is a quantity): Помидорка 480 мл and 250 мл, МАХЕЕВЪ «Паста "
         "ДОМАШНЯЯ томат.», Heinz «Паста Томатная 310 г»; tomato sauces, ketchup and juices excluded"),
    ]),
    # fyw25 dishes after the guests
    ("фейри для посуды большой, губки кухонные для посуды, finish таблетки для пмм", [
        ("фейри для посуды большой", acc(p=["3501026", "3501028"]),
         "Fairy dish liquid in the big bottle: the 900 ml Fairy «СОЧНЫЙ ЛИМОН» and «НЕЖ. РУКИ» («большой» names the pack); "
         "430/450 ml Fairy bottles excluded, AOS excluded (other brand)"),
        ("губки кухонные для посуды", acc(), "kitchen sponges; none in the offers"),
        ("finish таблетки для пмм", acc(p=["3925971", "3955097", "3948780"], m=["106111"]),
         "Finish dishwasher tablets: Powerball All in 1 Max 65 / 65 «Лимон» / 50 tablets, Магнит «Finish All In 1, 50 шт»; "
         "Somat tablets excluded (other brand)"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyw"))
