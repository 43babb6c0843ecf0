#!/usr/bin/env python3
"""Re-create fresh_basket_eval_p.jsonl -- family shopping lists for occasions, written blind and then
hand-labelled against the real offers in real_offers.jsonl (4,190 offers: Пятёрочка, Магнит, Дикси,
Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_p.build.py

LISTS below is literal data: 25 lists (2-5 items) written for a family of four -- a weekend trip to the
hypermarket, weekday top-ups, a sick child, a birthday party, guests for dinner, a fasting week, pet care,
cleaning, toiletries -- as typed to a Telegram bot, and for every item the product ids of every store that
a reasonable shopper would accept.  The list texts were drafted before any offer was read
(fresh_basket_eval_p.blind_lists.txt); one item was replaced afterwards because its whole list was empty
(see the README).  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the
chains' abbreviations, Latin and Cyrillic brand spellings) and read one by one; the note of each item
records what was deliberately left out and any judgement that rests on outside knowledge.  An empty list
means the store has nothing acceptable (the item is "missing" there).  The labels were made without
reading korzina's matcher or its data files and without running korzina.

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly
the list's items in order (an item is the text between commas / new lines) -- and then writes the JSONL in
the format of real_basket_eval.jsonl.  List ids are fp01, fp02, ... in LISTS order; every list is in split
"fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_p.jsonl")

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def acc(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # P1 weekend trip to the hypermarket
    ("фарш говяжий 1 кг\nмакароны барилла\nтушенка говяжья 3 банки\nгречки ядрицы 2 пачки", [
        ("фарш говяжий 1 кг", acc(pyaterochka=["3447375", "3398465", "4065830"]),
         "raw beef mince (Мираторг, Рестория, Останкино); Мираторг «свино-говяжий», САМСОН «ДОМАШНИЙ» and Ближние горки "
         "«Деревенский» (mixed or unstated meat), Петелинка «Премиум» (chicken), Пава-Пава (turkey), Магнит «Фарш свиной», "
         "beef pelmeni/cutlets and olives «фарш.» excluded; «1 кг» is the quantity wanted, not a pack filter"),
        ("макароны барилла", acc(pyaterochka=["4037645", "4037652", "4037654", "4037666", "4037644"],
                                 magnit=["214631"]),
         "any Barilla dry pasta shape (капеллини, пенне/пипе ригате, джирандоле, спагетти); Barilla pesto sauce excluded"),
        ("тушенка говяжья 3 банки", acc(pyaterochka=["3902643", "3488763", "3480976", "2160460", "3483539", "2143227"],
                                        magnit=["111741"]),
         "canned stewed beef (incl. «ЛЮБ.ДОМ Говядина туш.»); stewed pork (Лужская марка, Барс, Великолукский, Елинский, Магнит "
         "СОВОК), venison, buckwheat porridge with beef, beef baby purée and dog/cat food «с говядиной» excluded; «3 банки» is a quantity"),
        ("гречки ядрицы 2 пачки", acc(magnit=["203081"]),
         "buckwheat groats; Магнит «Крупа Гречневая Prosto» accepted as ядрица on outside knowledge (the title does not say "
         "ядрица/продел; plain packed buckwheat groats are ядрица); buckwheat flakes, NESTLE buckwheat porridge, PROSTO «Рис и греча» "
         "mix, соба noodles and ready meals with buckwheat excluded"),
    ]),
    # P2 weekday top-up
    ("молочка 2.5 пару пакетов, нарезной батон подешевле, бананчиков штук 6", [
        ("молочка 2.5 пару пакетов", acc(
            pyaterochka=["3645808"],
            magnit=["a28bae784b"],
            perekrestok=["4310700", "2093081", "3613024", "cb2f1055d7", "587286c051", "edf2484f0e", "7f46c8a5c5",
                         "50cb0959f8", "af8570f806", "6986e66cd9", "66ec0f255d", "359aa76fc0", "76055bf243",
                         "013e119412", "a548f45b17", "62485733e9", "faf2171541", "69f396f368"]),
         "cow drinking milk labelled exactly 2.5% (past./UHT/steril., children's milk Сарафаново incl.; Магнит Вкуснотеево "
         "0.2 l carton and Перекрёсток Можайское 450 ml accepted since no size was written); other fat levels, the milkshake "
         "«Чудо детки» 2.5% and Актимель 2.5% excluded; «пару пакетов» is a quantity"),
        ("нарезной батон подешевле", acc(pyaterochka=["3985404"], perekrestok=["3974714"]),
         "sliced white loaf: Перекрёсток «Батон Нарезной нарезка», Пятёрочка «Батон \"Звездный\" нар» (нар. = нарезной); "
         "snack bars «Батончик…» excluded; «подешевле» is a wish, not a filter"),
        ("бананчиков штук 6", acc(perekrestok=["3757", "3639749", "4208494", "4112219"]),
         "fresh bananas incl. «Бананы мини» and organic; dried bananas, banana smoothies, juices, yoghurts and sweets excluded; "
         "«штук 6» is a quantity"),
    ]),
    # P3 sick child: tea with honey
    ("медок липовый, лимончика 2, клюквенный морс 1л", [
        ("медок липовый", acc(pyaterochka=["3645749"]),
         "linden honey: Медовый дом «монофлорный … Восточная липа»; flower/разнотравье honey (Пятёрочка Южный цветок, Магнит "
         "Медовый дом), крем-мёд with fillers, honey cakes, чак-чак and Halls «мед/лимон» excluded"),
        ("лимончика 2", NONE,
         "fresh lemons -- none in any store; lemonades, lemon-flavoured drinks/sweets, citric acid and lemon-scented cleaners "
         "excluded"),
        ("клюквенный морс 1л", acc(pyaterochka=["3472445"], perekrestok=["4297529", "3190898", "3695895"]),
         "cranberry морс of about 1 l (0.97-1 l): Зелёная Линия, Чудо-Ягода «Клюквенный», Сады Придонья «клюквенный», Добрый "
         "«Морс КЛЮКВА из виногр/клюк.» (sold as cranberry морс); mixed морсы (ФрутоНяня клюква/черника/вишня 0.5 l, Чудо-Ягода "
         "«Ягодный сбор», Сады Придонья бруснично-малиновый, Магнит М Кухня), Добрый «Нап. из клюкв/апел.» and cranberry "
         "liqueur excluded"),
    ]),
    # P4 birthday party
    ("наполеон торт, свечи для торта, сок мультифрукт 2л, чипсы pringles сметана лук", [
        ("наполеон торт", acc(pyaterochka=["4047688", "3695494"], perekrestok=["4325084", "4295622"]),
         "Napoleon cakes (Русская Нива, Мирэль, Home Napoleon «Наполеон домашний», Черёмушки); Пятёрочка «Пирожное наполеон» "
         "(a pastry), Черока «Коржи для торта Наполеон» (cake layers) and Home Napoleon «Медово-Сметанный» (the brand, a honey "
         "cake) excluded"),
        ("свечи для торта", NONE, "no cake candles (or candles at all) in any store"),
        ("сок мультифрукт 2л", NONE,
         "the written 2 l names the pack; no multifruit juice of ~2 l exists: Сады Придонья мультифрукт 1 l, J7 Мультифрукт "
         "0.97 l and the 0.2 l children's packs (Honey Kid, Добрый, Фрутоняня) are other sizes, and Фруктовый сад мультифрукт "
         "1.93 l and Добрый 1.45 l are nectars, not juice"),
        ("чипсы pringles сметана лук", NONE,
         "Pringles are sold only as паприка, краб, сыр and the rice-chip «Asian Collection»; other brands' sour-cream-and-onion "
         "snacks (картофель хрустящий, TUC, луковые кольца) excluded"),
    ]),
    # P5 guests for dinner
    ("красная рыба слабосоленая, сыр пармезан кусок, вино красное сухое хорошее, оливки с косточкой", [
        ("красная рыба слабосоленая", acc(
            pyaterochka=["4006166", "3923407", "3387455"],
            perekrestok=["4019282", "4349602", "4408134", "3408551", "4408804", "3923407", "4132667", "11778", "3387456",
                         "3387453", "3387452", "4412698", "4285178", "3387455", "6204", "4428364", "4362601", "4372070",
                         "4426783", "4385583"]),
         "lightly salted salmonid fish (форель, сёмга, нерка), ломтики or кусок, incl. Silver Fish «с розмарином»; Пятёрочка "
         "«с/с» read as слабосолёная; Gustafsen «соленая» (not lightly salted), Меридиан «сырокопченая, слабосоленая» (smoked), "
         "полукопчёная, frozen steaks/fillets, caviar, canned горбуша, salads and sandwiches with salmon, herring and pet food "
         "excluded"),
        ("сыр пармезан кусок", acc(pyaterochka=["24647", "3462825"], perekrestok=["3912980", "3206443"]),
         "Parmesan in a piece (Чиз Гэлери 175 г «фас», LAIME 200 г, Зелёная Линия «молодой» and Dolce Granto by weight); "
         "grated Parmesan excluded because «кусок» was written (Cheese Gallery «тёртый хлопья», Dolce Granto «тёртый» 150 г -- "
         "Пятёрочка lists the same id 3433812 as «Сыр Пармезан, Dolche, 150 г» without the word; taken as the grated pack on "
         "the Перекрёсток title), chips and fuet with parmesan excluded"),
        ("вино красное сухое хорошее", acc(magnit=[
            "e8053f6404", "5d8a8a24cf", "7ad3172a4a", "202001", "202281", "202011", "199091", "167471", "168041", "104811",
            "111851", "205611", "213501", "213381", "ce196366c4", "bade36759d", "e70e8ddb93", "82c49b7fbf", "c2612cf80f",
            "229b7b954e"]),
         "still red dry wine («красное сухое», «кр сух», «крас сух»); полусухое/полусладкое reds, port, rosé, alcohol-free "
         "wines (Пятёрочка/Перекрёсток hold only those) excluded; «хорошее» is a wish, not a filter"),
        ("оливки с косточкой", acc(pyaterochka=["3436776"]),
         "olives with the pit: ITLV «Оливки зел. c косточкой»; IBERICA «Маслины с костью» excluded because the shopper wrote "
         "оливки (black маслины are named apart in Russian), pitted, stuffed and Перекрёсток «Оливки-гриль» (pit not stated) "
         "excluded"),
    ]),
    # P6 fasting week
    ("майонез постный, фасоль красная консерв, хлебцы гречишные, халвы подсолнечной", [
        ("майонез постный", NONE,
         "no mayonnaise is sold as постный/egg-free; the classic, olive and quail-egg mayonnaises all contain egg and are excluded"),
        ("фасоль красная консерв", acc(perekrestok=["3635743"]),
         "canned red kidney beans: «Фасоль красная натуральная Маркет Перекрёсток»; Bonduelle «Красная фасоль в классическом "
         "Барбекю» (beans in sauce), white beans, Пиканта baked beans and salads with beans excluded"),
        ("хлебцы гречишные", NONE,
         "no buckwheat crispbread; wheat, rye-wheat, corn-rice, borodinsky and 5-grain хлебцы excluded"),
        ("халвы подсолнечной", acc(pyaterochka=["3937598"]),
         "sunflower halva (Тимоша «подсолнечная воздушная»); Дружба «Халва с арахисом» (peanut halva) and waffles with halva "
         "excluded"),
    ]),
    # P7 the cat
    ("корм для кошек феликс в желе, наполнитель древесный для лотка, шеба паучи", [
        ("корм для кошек феликс в желе", acc(pyaterochka=["3413294", "3641052"]),
         "Felix wet cat food whose title says «в желе» (Sensations говядина в желе, Аппетитные кусочки для котят с курицей в "
         "желе -- kitten food kept as cat food); Felix «Двойной вкус» and «лосось и форель» do not say желе in their titles and "
         "are excluded"),
        ("наполнитель древесный для лотка", NONE, "no cat litter in any store; charcoal «Уголь древесный» is a trap"),
        ("шеба паучи", acc(pyaterochka=["3970260", "3970296", "3970315"]),
         "Sheba pouches: Sheba Pleasure «Ломтики в соусе» 85 г (sold in pouches -- outside knowledge); ШЕБА «говяд/крол.», "
         "«кур/индейк.», «телят/язык» 85 г excluded as the Sheba trays (ламистеры), not pouches -- outside knowledge, titles "
         "do not state the pack"),
    ]),
    # P8 cleaning day
    ("domestos, губки кухонные 10 шт, мистер мускул для окон, мусорные пакеты 60л", [
        ("domestos", acc(pyaterochka=["4067999", "4068001", "3956844", "3956845", "3956850", "3956853"],
                         magnit=["160001", "205981"]),
         "Domestos liquid cleaner 750 ml, universal and toilet gels; the Domestos Power 5 toilet rim block (a different "
         "product) excluded"),
        ("губки кухонные 10 шт", NONE, "no sponges in any store"),
        ("мистер мускул для окон", NONE, "no Mr Muscle and no glass cleaner in any store"),
        ("мусорные пакеты 60л", acc(magnit=["e9bebc57c0"]),
         "bin bags of 60 l (BIG CITY LIFE); Магнит 35 l bags excluded by size; food/breakfast bags excluded"),
    ]),
    # P9 toiletries
    ("зубную пасту colgate, дезодорант рексона, гель для душа палмолив", [
        ("зубную пасту colgate", acc(pyaterochka=["3605411", "3605412"], magnit=["0b75d29d19"]),
         "Colgate toothpaste (Пятёрочка «ЗП Colgate Total» = зубная паста); Colgate toothbrushes and Plax mouthwash excluded"),
        ("дезодорант рексона", acc(pyaterochka=["3479534", "3479535", "3928499", "3955496", "3444774", "3479541"],
                                   magnit=["b541fbdab4", "214561"]),
         "any Rexona deodorant/antiperspirant (aerosol, roll-on, stick); Nivea, Axe, Old Spice excluded"),
        ("гель для душа палмолив", acc(pyaterochka=["4024923", "3440044", "3626165"]),
         "Palmolive shower gels incl. «Гель-крем для душа» and «COLG-PALMOL Гель MEN СПОРТ д/душа»; Магнит «Подарочный набор "
         "Palmolive, гель для душа 250 мл/мыло» (a gift set) and other brands excluded"),
    ]),
    # P10 weekday dairy and bread
    ("кефирчик 2.5 жирности, творог 5% две пачки, хлебушек черный", [
        ("кефирчик 2.5 жирности", NONE, "no kefir in any store"),
        ("творог 5% две пачки", acc(pyaterochka=["3617778"], perekrestok=["4216657"]),
         "plain cottage cheese 5% (Село Зелёное 500 г, Молочный знак 180 г); Домик в деревне «мягкий 5,5%», Савушкин «101 "
         "зерно + сливки» 5% with blackcurrant/strawberry, Данон «зерненый в йогурте» with fruit, творожные продукты, "
         "сырки and творожный сыр excluded"),
        ("хлебушек черный", acc(pyaterochka=["3480920", "3500217"]),
         "dark (rye-wheat) bread: «Хлеб Ржано-пшеничный» and «Хлеб Даниловский» (a rye-wheat loaf -- outside knowledge); "
         "«Хлеб зерновой, Ржаной Край» and «Хреб Ржаной Край» (the brand word, bread type not stated), хлебцы, гренки and "
         "rye flour excluded"),
    ]),
    # P11 kids' breakfast
    ("хлопья несквик, питьевой йогурт клубника, овсянку геркулес", [
        ("хлопья несквик", acc(pyaterochka=["4072647", "3926616", "3368535", "3363325", "3434742"]),
         "Nesquik breakfast cereals (Алфавит, BananaCrush подушечки, шоколадный завтрак 250/700 г, ДУО); Nesquik cocoa drinks, "
         "chocolate and sweets excluded"),
        ("питьевой йогурт клубника", acc(pyaterochka=["3628399", "4066181", "4045339", "4035473"], magnit=["205071"]),
         "drinking yoghurt with strawberry: Магнит «Чудо питьевой клубника/земляника», Пятёрочка «ЧУДО Йогурт вк.клуб/земл. 2,4% "
         "270г» (the same bottle), children's «Йогурт питьевой … Клубничного пломбира», biyoghurts «с клубникой» 270 г and Активиа "
         "«с клубникой и земляникой» 260 г (sold in drinking bottles -- outside knowledge, titles do not say питьевой); spoonable "
         "cups, mixed flavours (Активиа with melon or apple/blueberry, EPICA «пит. с клуб/марак.»), «Клубника в шоколаде» cocktail and strawberry chocolate excluded"),
        ("овсянку геркулес", acc(pyaterochka=["4027131", "3472901"]),
         "rolled oats: Клинские «Геркулес» and Увелка «Хлопья зерн. овсян. трад.» (traditional flakes are what геркулес "
         "means generically -- outside knowledge); instant flavoured porridges, baby porridges, oat drinks, oat biscuits and "
         "VELLE fermented oat products excluded"),
    ]),
    # P12 sick child at home
    ("чай с ромашкой, водичка детская без газа, сушки маковые", [
        ("чай с ромашкой", NONE,
         "no chamomile tea in any store; chamomile soap, cream and «Ромашки» sweets excluded"),
        ("водичка детская без газа", acc(pyaterochka=["3608729", "3684861"], magnit=["e8574e2cda"]),
         "still children's drinking water: АКВАЛАЙН «Для ляль … д/детского питания» 5 l, Святой источник «Светлячок пит. дет. "
         "н/г» 0.33 l, Honey Kid «Черноголовская питьевая» 5 l (Honey Kid is a children's brand -- outside knowledge); adult "
         "still and sparkling waters and Агуша «вода+сок» excluded"),
        ("сушки маковые", NONE,
         "no сушки with poppy seed; Пятёрочка «Мини сушка Семейка Озби, ваниль» (vanilla) and «Баранки оригинал. с маком» "
         "(баранки, not сушки) excluded"),
    ]),
    # P13 birthday party for the kids
    ("пицца 4 сыра замороженная, мороженое пломбир в ведерке, кола 2л 2 шт", [
        ("пицца 4 сыра замороженная", NONE,
         "no four-cheese pizza: Пятёрочка Цезарь «с ветчиной и грибами» and Рестория «ассорти», Чебупицца «Пепперони», Tuc "
         "«пицца» crackers and «Моцарелла Пицца» cheese excluded"),
        ("мороженое пломбир в ведерке", NONE,
         "no plombir in a tub: plombir is sold as брикет, флоу-пак, стаканчик, рожок, эскимо; Магнит «Экzo черника/ежевика, "
         "ведро» (a flavoured ice cream, not plombir) and Пятёрочка «Морож. КЛ.ВЕН. пломб. ван/шок. гл 1л» (a glazed "
         "layered log, not a tub -- outside knowledge) excluded"),
        ("кола 2л 2 шт", acc(pyaterochka=["4316013", "4213891", "3684656"], perekrestok=["4213891", "1860"]),
         "cola of 2 l (Любимая Кола, Черноголовка Кола, Pepsi, Coca-Cola); other sizes (0.25-1.5 l), flavoured colas (vanilla, "
         "cherry, mango, orange) and zero-sugar colas of other sizes excluded; «2 шт» is a quantity"),
    ]),
    # P14 guests: seafood evening
    ("королевские креветки 1 кг, белое полусладкое вино, сыр дорблю", [
        ("королевские креветки 1 кг", acc(
            pyaterochka=["3636987"],
            perekrestok=["4385594", "3970776", "4379876", "3641931", "3432111", "4379877", "4359390", "3642960", "4379878",
                         "4012971"]),
         "shrimps titled «королевские» of any pack (1 кг read as the quantity wanted); северные, аргентинские, «средние», "
         "«мелкие», unnamed KALURI 50/70, «Ваннамей» titles that do not say королевские, shrimps in brine, crab-free "
         "«мясо креветки в заливке» and caviar/olives with shrimp excluded"),
        ("белое полусладкое вино", acc(magnit=["70ba90ae14", "4cc8c3b0a9", "202201", "167511"]),
         "still white semi-sweet wine («бел п/сл», «белое, полусладкое», incl. Монастырская трапеза 1 l); sparkling "
         "полусладкие (Шато Тамань, Лыхны, Императорское), LAVETTI sweet wine drink, dry/semi-dry whites and alcohol-free "
         "wines excluded"),
        ("сыр дорблю", acc(perekrestok=["3614011", "3920347", "3654470", "3466978", "3626124", "4108550"]),
         "blue-mould cheese: Dorblu Classic plus Grandblu, Mont Blu, Cambozola and Маркет «с голубой плесенью» (дорблю is the "
         "everyday word for any blue cheese -- outside knowledge); Dorblu «A La Creme» cream cheese and white-mould Brie/"
         "Camembert excluded"),
    ]),
    # P15 fasting week: pickles
    ("грибы шампиньоны, капуста квашенная, ржаной хлебушек, огурцы соленые бочковые", [
        ("грибы шампиньоны", acc(perekrestok=["3210027", "4280106"]),
         "fresh champignons (Маркет Fresh 400 г, «Шампиньоны Королевские» 300 г); Bonduelle marinated champignons, вешенки, "
         "mushroom sauces, soups, dumplings and salads excluded"),
        ("капуста квашенная", acc(perekrestok=["4336623", "4336624", "4336625", "4400340", "4400341", "4325076", "4325075",
                                               "4325073", "4325074"], magnit=["200101"]),
         "sauerkraut of any recipe (with carrot, хрен, клюква, кислая, кисло-сладкая); fresh white cabbage, Chinese cabbage, "
         "broccoli, Korean-style cauliflower and seaweed salad excluded"),
        ("ржаной хлебушек", NONE,
         "no bread sold as rye: «Хлеб Ржано-пшеничный» and «Даниловский» (rye-wheat) excluded because ржаной was written; "
         "«Хлеб зерновой, Ржаной Край» / «Хреб Ржаной Край» (the brand word), хлебцы and гренки excluded"),
        ("огурцы соленые бочковые", acc(perekrestok=["4404269"]),
         "barrel-style salted cucumbers (Маркет «Огурцы солёные бочковые»); jarred salted cucumbers (Магнит МЕЛЕНЪ Муромские, "
         "Пятёрочка Глобус «Старорусские»), marinated gherkins and fresh cucumbers excluded"),
    ]),
    # P16 the dog and the cat (first item replaced, see README)
    ("педигри влажный для собаки, лакомство для собаки, роял канин для кошек", [
        ("педигри влажный для собаки", acc(pyaterochka=["4060059", "4061858", "4066615", "4066619"],
                                          magnit=["4a580c8871", "2463492a14", "0b24b2c505", "a70a7277fa", "b273add5f4"]),
         "replacement item (blind text «сухой корм для собак педигри», absent everywhere): any Pedigree wet dog food, pouches "
         "and pâté, incl. «для щенков»; Cesar, Purina One dry food and cat food excluded"),
        ("лакомство для собаки", NONE,
         "no dog treats; the Dreamies treats in Магнит are for cats and excluded"),
        ("роял канин для кошек", NONE, "no Royal Canin in any store; Richard «Royal» teas are a trap"),
    ]),
    # P17 laundry
    ("порошок тайд автомат 3 кг, ополаскиватель для белья ленор, белизна самая дешевая", [
        ("порошок тайд автомат 3 кг", NONE,
         "3 кг names the pack; no Tide powder of 3 kg: Магнит sells Tide automat powders of 400 г, 2.4 кг, 2.5 кг (Колор, "
         "Lenor Color) and 4 кг, Tide liquids and capsules are other forms; Ariel «Touch of Lenor» 3 кг is another brand"),
        ("ополаскиватель для белья ленор", acc(pyaterochka=["3465388", "3669625", "4025712"],
                                              magnit=["203041", "159881", "205131"]),
         "Lenor fabric conditioner (ополаскиватель для белья = кондиционер для белья), any scent and size; Vernel, E, Tide "
         "Lenor Color powder, Ariel Touch of Lenor, hair balsams and mouthwashes excluded"),
        ("белизна самая дешевая", NONE,
         "no Белизна/chlorine bleach in any store; VANISH Oxi «Пятновыводитель + отбеливатель» powder (a stain remover) excluded, "
         "Aquafresh «сияющая белизна» toothpaste is a trap; «самая дешевая» is a wish"),
    ]),
    # P18 toiletries
    ("мыло жидкое с дозатором, прокладки always, станки жиллетт", [
        ("мыло жидкое с дозатором", acc(magnit=["1aeb42ebee"]),
         "liquid hand soap in a pump bottle: AURA «Мыло жидкое … 500мл» (the 500 ml AURA bottle has a pump -- outside "
         "knowledge, the title does not say дозатор); bar soaps, Dove cream bar and the Palmolive gift set excluded"),
        ("прокладки always", NONE,
         "no Always pads; Libresse and Kotex pads and Carefree liners excluded (brand written)"),
        ("станки жиллетт", acc(pyaterochka=["3456024"], magnit=["31edaab07b", "ad06daa707", "204267144c"]),
         "Gillette razors: Fusion ProGlide with a cartridge, Mach3, Venus and Blue II disposables; Gillette shaving gel "
         "excluded"),
    ]),
    # P19 weekend trip: grill
    ("окорочка куриные 2 кг, басмати 2 пачки, розовые помидоры, огурцы гладкие", [
        ("окорочка куриные 2 кг", acc(pyaterochka=["3364509"], magnit=["168301"],
                                     perekrestok=["2160041", "2073281", "4328959"]),
         "raw bone-in chicken leg parts (no whole «окорочок» is sold): бедро куриное, бедро цыплёнка-табака, голень, Магнит "
         "голень «в маринаде Алабама» (raw, marinated); boneless thigh fillets, smoked Павловская голень, turkey and duck "
         "legs, pork окорок excluded; «2 кг» is the quantity"),
        ("басмати 2 пачки", acc(pyaterochka=["5722"], magnit=["7936bf2f6b"]),
         "basmati rice (Мистраль, Националь); jasmine, plov rice, the Акватика mix and brown rice excluded"),
        ("розовые помидоры", acc(magnit=["107631"], perekrestok=["4355823", "4327843", "3017019"]),
         "pink tomatoes: Магнит «Томаты розовые», «Томат Дагестан розовый», «Томаты Бакинские» (a pink variety -- outside "
         "knowledge); red, cherry, plum, cream and salted tomatoes excluded"),
        ("огурцы гладкие", NONE,
         "no cucumber is sold as гладкие (smooth, long-fruit): Магнит «короткоплодные» and «среднеплодные, пупырчатые», "
         "Перекрёсток «Ботаника фасованные», «Хрустящие» and корнишоны (kinds not stated or bumpy), salted cucumbers excluded"),
    ]),
    # P20 weekday top-up
    ("сметанка 15, сосиски детские, десяток яиц с1", [
        ("сметанка 15", acc(pyaterochka=["3665624"], magnit=["de14617e33", "199001"],
                            perekrestok=["3665624", "4262697", "4272205", "4095525", "4121592", "4431124", "4217907",
                                         "4335470", "4314536"]),
         "sour cream labelled exactly 15%, incl. lactose-free 15%; 10/20/25/30% and sour-cream-flavoured snacks excluded"),
        ("сосиски детские", acc(magnit=["206081"]),
         "sausages for children: Магнит «Сосиски Детям»; молочные, сливочные, филейные and other sausages excluded"),
        ("десяток яиц с1", acc(pyaterochka=["3446505"], perekrestok=["3662512", "3062836", "3446505", "4068694"]),
         "hen eggs С1 in packs of 10 (incl. Зелёная Линия «активита С1 с селеном и йодом»); 20-egg Лето С1, СО/отборные, 6-egg "
         "packs, quail eggs and Kinder eggs excluded"),
    ]),
    # P21 sick child: vitamins
    ("апельсинов 2 кг, мандаринок кило, клюква замороженная, корешок имбиря", [
        ("апельсинов 2 кг", acc(magnit=["109471"], perekrestok=["1535"]),
         "fresh oranges; juices, jams, orange-flavoured goods excluded; «2 кг» is the quantity"),
        ("мандаринок кило", acc(perekrestok=["3254317", "1537", "3034500"]),
         "fresh mandarins (incl. «с листом Китай», Марокко); juices and sweets excluded; «кило» is the quantity"),
        ("клюква замороженная", acc(perekrestok=["4250849"]),
         "cranberries: «Клюква дикорастущая Зелёная Линия 250г» accepted although its title says neither frozen nor fresh "
         "(either serves for морс; doubtful); морс, sauerkraut with cranberry and sweets excluded"),
        ("корешок имбиря", NONE,
         "no fresh ginger root; marinated ginger (Скатерть-Самобранка, Магнит), candied ginger, ginger lemonade and honey "
         "with ginger excluded"),
    ]),
    # P22 birthday party for adults
    ("шампанское полусладкое 2 бутылки, колбаски сырокопченой, маслины без косточки", [
        ("шампанское полусладкое 2 бутылки", acc(magnit=["213561", "1a44269ee1", "159461", "111471"]),
         "white semi-sweet sparkling wine (Шампанское Российское, Императорское, Шато Тамань, Лыхны); rosé Lambrusco, sweet "
         "Asti, brut/dry sparkling, still semi-sweet wines and alcohol-free sparkling excluded; «2 бутылки» is a quantity"),
        ("колбаски сырокопченой", acc(
            pyaterochka=["4332173", "4026961", "3379266", "3619528", "3930255", "3345854", "3036120", "3640669", "3653063",
                         "3469277", "3440967", "3604156", "3413609", "3380222", "3920463", "4069196", "4064534", "4064536",
                         "3620876", "4068713", "3622973", "3460891"],
            magnit=["f784100e9d"],
            perekrestok=["4268939", "4425557", "4395547", "4214450", "4397813", "3469277", "3332887", "3140747", "4385507",
                         "3380221", "3648372", "3380222", "4069198", "4068713", "4236323", "3345854", "4214000", "4273259"]),
         "raw-smoked (сырокопчёная, с/к) sausage of any kind, sliced or whole, incl. mini-salami and snack sticks (Кнуты, "
         "Черкизово «Колбаски Снек … с/к»); сыровяленые (фуэт, Casademont сальчичон, Верона, Solemici, Сабросо Росо), "
         "варёно-/полукопчёные, bacon and poultry carpaccio excluded"),
        ("маслины без косточки", acc(pyaterochka=["4005881", "3436379", "3013064"], perekrestok=["4249106"]),
         "pitted black olives titled маслины (Filippo Berio, IBERICA, Bonduelle, La Explanada); pitted green «оливки», "
         "маслины с костью and stuffed olives excluded"),
    ]),
    # P23 guests for dinner: steak night
    ("говядина для стейка, молодой картошечки, соус барбекю, пиво светлое 6 банок", [
        ("говядина для стейка", acc(pyaterochka=["3991972", "3677033"]),
         "raw beef steaks (Мираторг «Стейк Пеппер из мраморной говядины», «Стейк Бафоло Black Angus»); шейная часть, мякоть "
         "бедра, Магнит лопаточная часть (stewing cuts), pork/turkey/fish steaks and cooked beef excluded"),
        ("молодой картошечки", acc(dixy=["72aaa021b7"], magnit=["168701"]),
         "young potatoes: Дикси «Картофель молодой», Магнит «Картофель Новый урожай» (new crop = young -- doubtful); washed, "
         "red, frying/boiling potatoes and potato products excluded"),
        ("соус барбекю", NONE,
         "no barbecue sauce; BBQ-flavoured chicken, beans and salads excluded"),
        ("пиво светлое 6 банок", acc(magnit=[
            "7f9482ca4a", "7a049f38a7", "307d22d94c", "30dda00a31", "a982a99aeb", "1f2ea4eaba", "22307d326d", "201971",
            "199081", "202121", "199071", "160021", "159311", "168001", "168011", "167991", "160011", "104791", "108721",
            "111751", "108671", "111441", "104801", "204931", "205571"]),
         "alcoholic light beer incl. ABBE Blonde beer drink, Franziskaner «св» wheat; Miller, Hoegaarden and Kronenbourg Blanc "
         "accepted as light beers although their titles do not say светлое (outside knowledge); «6 банок» read as the "
         "quantity, so bottled/PET light beers are not excluded; dark beers, alcohol-free (Балтика 0, Горьковская IPA 0%, "
         "Балтика грейп б/а) excluded"),
    ]),
    # P24 fasting week: pulses
    ("тофу натуральный, нут сухой, салат из морской капусты, чечевица красная", [
        ("тофу натуральный", NONE, "no tofu in any store"),
        ("нут сухой", NONE, "no dry chickpeas; hummus (Пятёрочка) excluded"),
        ("салат из морской капусты", acc(pyaterochka=["3950268"]),
         "seaweed salad (FISH HOUSE «Витаминный»); other salads and sauerkraut excluded"),
        ("чечевица красная", NONE, "no lentils in any store"),
    ]),
    # P25 baby care
    ("подгузники памперс 5, детские влажные салфетки, шампунь детский джонсонс", [
        ("подгузники памперс 5", acc(pyaterochka=["3680543", "3680533", "3447849", "4061716"], magnit=["879b28650c"]),
         "Pampers size 5, taped or pants (Active Baby-Dry р5, Premium Care pants р5, Pants 5, «Трусики-подгузники Pampers, "
         "Junior» -- Junior = size 5, outside knowledge); Pampers Maxi (4), Extra Large (6), Midi (3), Huggies and Kokoro "
         "excluded"),
        ("детские влажные салфетки", acc(perekrestok=["3697052"]),
         "baby wet wipes (Kokoro «для новорожденных»); antibacterial/antiseptic/universal wet wipes (Home Story, Пр!ст, "
         "SALFETI, Tolli), paper napkins and panty liners excluded"),
        ("шампунь детский джонсонс", NONE,
         "no Johnson's baby shampoo; Johnson's baby cream and oil (other products) and adult shampoos excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fp"))
