#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yz.jsonl -- shopping lists of a family hosting guests from abroad for a
week (typical Russian food and drinks plus everyday needs), hand-labelled against the real offers in
real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yz.build.py

LISTS below is literal data: 25 lists (3-5 items) as a household would type them to a Telegram bot,
copied from fresh_basket_eval_yz.blind_lists.txt (written before any offer was read; fyz16 has one
item replaced, see the README, "Replacements"), and for every item the product ids of every in-stock
offer of each store that a reasonable shopper would accept.  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е)
and read one by one; the note of each item records what was accepted, what was deliberately left out
and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading korzina's matcher,
its data files or the labels of any other set.

The script only checks the data (via labelled_lists.build: every id exists in real_offers.jsonl *for
that store* and is in stock, no id is repeated within an item, every item has a note, the labels are
exactly the list's items in order -- an item is the text between commas / new lines) and then writes
the JSONL in the format of real_basket_eval.jsonl.  List ids are fyz01, fyz02, ... in LISTS order;
every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yz.jsonl")

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def acc(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyz01 pelmeni night
    ("пельмешки сибирская коллекция иностранцам попробовать, сметанку 20% к пельменям, укропчику пучочек", [
        ("пельмешки сибирская коллекция иностранцам попробовать",
         acc(pyaterochka=["3985043", "3693417", "3693418", "3693405", "3671957"],
             magnit=["4907605c6d", "111711"], dixy=["862d82ab40"]),
         "every pelmeni of the brand Сибирская коллекция (incl. «СИБИР.КОЛЛЕК.», «SИБИРСКАЯ» / «Sибирская» with a Latin S; "
         "Особые на сливках, Фирменные, Телячьи, Новосибирские, 4 вида мяса, Сочные); other pelmeni brands (Мираторг, "
         "Цезарь, Ложкаревъ, Стародворье, Бульмени, Eat Meat) and Сибирская коллекция «Блинчики с мясом» excluded; "
         "«иностранцам попробовать» is a purpose, not a filter"),
        ("сметанку 20% к пельменям",
         acc(pyaterochka=["3664287"],
             perekrestok=["3293409", "3444929", "3634033", "3651188", "3664287", "4121609", "4217906", "4262694",
                          "4314537", "4349770", "58101"]),
         "sour cream of exactly 20 % (incl. Parmalat Comfort lactose-free 20 %); 10/15/25/30 %, Махеевъ «Соус Сметанный», "
         "crisps/croutons «со вкусом сметаны» excluded; «к пельменям» is a purpose"),
        ("укропчику пучочек",
         acc(magnit=["109841"], perekrestok=["4295468"]),
         "fresh dill (Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh 100г»); «пучочек» read as the "
         "amount; dried dill (Восточный гость), mixed herb packs (петрушка-укроп-лук, «Набор зелени») and herring/cheese "
         "«с укропом» excluded"),
    ]),
    # fyz02 okroshka
    ("квасок хлебный 2л, огурцы свежие короткоплодные, редисочка пучок, колбаса докторская для окрошки, яички с0 десяточек", [
        ("квасок хлебный 2л", NONE,
         "no kvass of any kind in the offers (grepped квас/kvas/хлебн); «Водка ХЛЕБНАЯ ПОЛОВИНКА», Хлебный спас cookies "
         "are traps"),
        ("огурцы свежие короткоплодные",
         acc(magnit=["200221"], perekrestok=["3368258"]),
         "fresh cucumbers of the short-fruited kind: Магнит «Огурцы короткоплодные, тепличные»; Перекрёсток fresh «Огурцы "
         "корнишоны, 300г» taken as short-fruited (outside knowledge: gherkins are a short-fruited cucumber); Магнит "
         "«среднеплодные», Перекрёсток «Огурцы Ботаника фасованные 420г» and «Огурцы Хрустящие 450г» (kind not stated) "
         "excluded; salted/pickled cucumbers and «йогурт» (stem inside) excluded"),
        ("редисочка пучок",
         acc(perekrestok=["25180"]),
         "red radish (Перекрёсток «Редис красный, 500г»; «пучок» read as the amount); «Редис Дайкон» (daikon) excluded"),
        ("колбаса докторская для окрошки",
         acc(pyaterochka=["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
             perekrestok=["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                          "78001451", "3033317", "4221913", "3639615", "3347584"]),
         "boiled sausage Докторская of any brand, weight or sliced (Пятёрочка «Мясное колбасное изделие … «Докторская» 450г» "
         "included); Сардельки/Сосиски «Докторские» and Black Monster «The Doctor» excluded; «для окрошки» is a purpose"),
        ("яички с0 десяточек",
         acc(pyaterochka=["3620510"], perekrestok=["3062835", "44323", "3634491"]),
         "chicken eggs of class С0 / СО / «отборные» in packs of 10 (Перекрёсток Окское СО, Роскар Экстра СО, Маркет СО; "
         "Пятёрочка Волжское Утро отборные 10 шт); С1 eggs, Волжанин «отборной категории» 6 шт, 20-packs, quail eggs, "
         "Kinder eggs and mayonnaise «на перепелином яйце» excluded"),
    ]),
    # fyz03 tea time
    ("сгущеночку рогачев ж/б, сушки мелкие с маком к чаю, чай черный крупнолистовой к сушкам, лимон к чаю 1 шт", [
        ("сгущеночку рогачев ж/б", NONE,
         "sweetened condensed milk of the brand Рогачёв: only boiled condensed milk of the brand is carried (Магнит "
         "«Молоко сгущеное Рогачев, вареное» 360 г, Пятёрочка «Егорка» Рогачев вареное), excluded because «сгущёнка» is "
         "plain sweetened condensed milk, not варёнка; Алексеевское (other brand) and Перекрёсток «Молоко Рогачевъ» (drinking "
         "milk) excluded"),
        ("сушки мелкие с маком к чаю", NONE,
         "no sushki with poppy seeds; Пятёрочка «Мини сушка Семейка Озби, ваниль» (vanilla) and «Баранки оригинал. с маком» "
         "(baranki, not sushki) excluded"),
        ("чай черный крупнолистовой к сушкам",
         acc(pyaterochka=["3608792", "4079110", "3694768", "3691655"]),
         "black tea whose title says large-leaf («крупнолистовой» / «кр/л»): Richard All The Best Wishes 80 г, Richard Year "
         "of the royal Ox 80 г, BETA TEA Домик цейл. кр/л 50 г, Richard Новогодняя игрушка цейлон. кр/л 20 г; loose teas "
         "that only say «листовой»/«лист.» (Greenfield Golden Ceylon, Richard Королевский Цейлон, Крепкие Традиции, Майский "
         "Новогодний шар, Greenfield Earl Grey Fantasy), bagged teas, green/herbal teas and Hilltop «Подарок Цейлона» (leaf "
         "size not stated) excluded"),
        ("лимон к чаю 1 шт", NONE,
         "no fresh lemons in the offers; lemon-flavoured drinks, dish soap «Сочный лимон», Halls and toilet blocks excluded"),
    ]),
    # fyz04 pantry
    ("греча ядрица 900г, тушенка говяжья гост для гостей, лук репчатый сеточку, масло подсолнечное нераф. пахучее", [
        ("греча ядрица 900г", NONE,
         "buckwheat groats ядрица in a 900 g pack: the only buckwheat groats are Магнит «Крупа Гречневая Prosto, 500 г» "
         "(neither 900 g nor said to be ядрица), excluded; buckwheat flakes, porridge, soba, Prosto «Рис и греча» and "
         "ready meals with buckwheat excluded"),
        ("тушенка говяжья гост для гостей",
         acc(pyaterochka=["3480976", "2160460"]),
         "canned stewed beef labelled ГОСТ (Семейный Бюджет Гост 500 г, Любимый дом ГОСТ в/с 338 г); stewed beef without "
         "ГОСТ in the title (Магнит Русь Экстра, Великолукский высший сорт, АК СНОВ, Барс Экстра, Лужская марка 1с), stewed "
         "pork, оленина and pet food «с говядиной» excluded"),
        ("лук репчатый сеточку",
         acc(magnit=["168721"], perekrestok=["79135", "79012"]),
         "bulb onions titled «Лук репчатый» of any colour (Магнит «красный» 500 г pack, Перекрёсток «белый», «красный» by "
         "weight); «сеточку» read as the usual pack / amount, not a filter; Ялтинский, Светофор, шалот, «Лук салатный» "
         "(specialty onions not titled репчатый), green onion and herb sets excluded"),
        ("масло подсолнечное нераф. пахучее", NONE,
         "no unrefined sunflower oil: all sunflower oils are refined (Благо, Mr.Ricco, Слобода, Олейна раф.) or aromatised "
         "(ALMADOR с ароматом базилика / маслом чеснока); unrefined olive oils excluded"),
    ]),
    # fyz05 sweets for the guests
    ("зефирчик бело-розовый ванильный, пастилу белевскую, пряники тульские с повидлом печатные, конфеты мишка косолапый", [
        ("зефирчик бело-розовый ванильный", NONE,
         "no white-and-pink vanilla zefir; glazed vanilla zefir (Шарлиз, Белёвский «с ароматом ванили гл.», 1 кг "
         "глазированный), Белёвский Антоновский/чёрносмородиновый/«Зефирное детство», Сладкие истории с клубникой, "
         "LOVE IS, Вдохновение in chocolate and marshmallows excluded (colour/flavour not the one written)"),
        ("пастилу белевскую",
         acc(pyaterochka=["4049946", "4086820", "4086821"]),
         "Белёвская пастила of any flavour (классическая без добавления сахара, с кедровым орехом, с корицей); Магнит "
         "«БЕЛЕВСКАЯ ПАСТИЛА Мармелад Ассорти» (brand name on marmalade), Белёвский зефир «Изделие кондитерское пастильное» "
         "and a donut «с посыпкой из пастилы» excluded"),
        ("пряники тульские с повидлом печатные", NONE,
         "no Tula gingerbread with jam filling: Пятёрочка «Тульский пряник» с имбирем и начинкой со вкусом марципана is "
         "the wrong filling; other пряники (Яшкино мятные, LUCKY DAYS чёрная смородина, классические, Коровка, мини-пряники "
         "с варёной сгущёнкой, Tago, Lambertz) are not Tula gingerbread"),
        ("конфеты мишка косолапый",
         acc(pyaterochka=["1671", "3611870"]),
         "Красный Октябрь «Мишка косолапый» candies, 1 кг and 200 г"),
    ]),
    # fyz06 zakuski and vodka
    ("огурчики малосольные хрустящие, капусточку квашеную с морковью, опята маринованные в банке, водка русский стандарт 0.5 для гостей", [
        ("огурчики малосольные хрустящие", NONE,
         "no lightly salted cucumbers; fully salted (Мелень Муромские, Магнит соленые корнишоны, Перекрёсток бочковые, "
         "Глобус Старорусские), marinated (Скатерть-Самобранка) and Дядя Ваня пикули excluded: малосольные is a different "
         "product"),
        ("капусточку квашеную с морковью",
         acc(perekrestok=["4336623"]),
         "sauerkraut titled «с морковью» (Зелёная Линия шинкованная с морковью); the Зелёная Линия variants with cranberry "
         "or horseradish added, sauerkraut whose title does not mention carrot (кислая, кисло-сладкая, Белая Дача, с хреном, "
         "с клюквой) and Korean-style carrot excluded"),
        ("опята маринованные в банке", NONE,
         "no marinated honey mushrooms; Bonduelle marinated champignons, mushroom caviar, вешенки and mushroom sauces excluded"),
        ("водка русский стандарт 0.5 для гостей",
         acc(magnit=["199141"]),
         "Русский Стандарт vodka 0.5 l (Магнит); the 0.375 l bottle (bddc13f20f) and other vodkas excluded"),
    ]),
    # fyz07 caviar and blini
    ("икра красная горбуши хорошая, икорку кабачковую, блинчики тонкие готовые, маслице сливочное 72.5", [
        ("икра красная горбуши хорошая",
         acc(perekrestok=["4323783", "4437727", "4432583", "4386122", "3465904"]),
         "pink-salmon (горбуша) roe of any brand and size; roe of кета, кижуч, нерка, trout, sturgeon and «Икра лососевая» "
         "without the species (Магнит 75 г, Пятёрочка СВК «ТУНГУТУН лос.») excluded, as are capelin/herring/cod roe, "
         "«икорные изделия» and crisps/croutons «со вкусом красной икры»; «хорошая» is a wish"),
        ("икорку кабачковую",
         acc(pyaterochka=["51725", "3495888", "3681570", "3903538"]),
         "squash caviar (Верес Экстра, Дядя Ваня, Кухмастер, «Консервы икра из кабачков»); eggplant, pepper (Айвар, "
         "Лютеница) and mushroom caviar excluded"),
        ("блинчики тонкие готовые",
         acc(pyaterochka=["3443976"], perekrestok=["4338980", "4335251"]),
         "ready plain pancakes without filling (Солнцепёк «без начинки», Перекрёсток Select «без начинки» 200/400 г); "
         "pancakes with a filling (meat, ham and cheese, chicken, tvorog, apple, raspberry, nut paste) are a different "
         "dish and excluded, as is the pancake mix «Блины царские»"),
        ("маслице сливочное 72.5",
         acc(pyaterochka=["3658095"]),
         "butter of exactly 72.5 % (Брест-Литовск 180 г); 82/82.5 % butters, chocolate butter 62 % and margarine 72 % "
         "excluded"),
    ]),
    # fyz08 dairy
    ("кефир 3.2 простоквашино, творог 5% пачечку, ряженка 4 процента бутылочку", [
        ("кефир 3.2 простоквашино", NONE,
         "no kefir of any brand in the offers (grepped кеф); Простоквашино milk, sour cream and yoghurt are other products"),
        ("творог 5% пачечку",
         acc(pyaterochka=["3617778"], perekrestok=["4216657"]),
         "plain cottage cheese of exactly 5 % (Село Зелёное 500 г, Молочный знак 180 г; «пачечку» read as the amount); "
         "flavoured or grainy curd (Данон «зерненый в йогурте» 5 %, Савушкин «101 зерно + сливки» 5 %), Домик в деревне "
         "мягкий 5.5 %, children's biotvorog and other fat levels excluded"),
        ("ряженка 4 процента бутылочку", NONE,
         "no ryazhenka of 4 %; the only ryazhenka is Агуша клубника 2.9 % (flavoured, other fat), excluded; варенец "
         "4 % is a different product"),
    ]),
    # fyz09 breakfast
    ("сырники замороженые пару пачек, сырочки глазированные б.ю. александров, мёд цветочный натуральный, сметанку 15 проц", [
        ("сырники замороженые пару пачек",
         acc(pyaterochka=["3656807"]),
         "frozen syrniki (От Ильиной «по-домашнему п/ф зам.»); Перекрёсток Select «Сырники жареные / с изюмом» and Зелёная "
         "Линия «Сырники творожные» taken as chilled ready food (not said to be frozen; outside knowledge of the Select / "
         "counter range) and excluded"),
        ("сырочки глазированные б.ю. александров",
         acc(pyaterochka=["3378597", "4015226", "3601367", "3410456", "3472523", "3689778", "3656310"]),
         "glazed curd bars of Б.Ю. Александров: every «Сырок» (Картошка в мол. шоколаде, с фисташками, в белом шоколаде, "
         "ванильный, Суфле) and the glazed curd «Десерт … гл. тв.» / «Десерт ЧИЗКЕЙК твор.» bars (same kind of glazed curd "
         "bar, sold as «десерт творожный глазированный»); Б.Ю. «Нуга гл. в мол. шок.» (not said to be curd) and the brownie "
         "excluded"),
        ("мёд цветочный натуральный",
         acc(pyaterochka=["3645749", "3645764"], magnit=["d32ff23653"]),
         "natural flower honey (Медовый дом разнотравье 250 г, «Восточная липа» monofloral and «Южный цветок», both titled "
         "«Мёд натуральный цветочный»); крем-мёд with raspberry or lemon-ginger fillers, чак-чак and honey-flavoured goods "
         "excluded"),
        ("сметанку 15 проц",
         acc(pyaterochka=["3665624"], magnit=["199001", "de14617e33"],
             perekrestok=["3665624", "4095525", "4121592", "4217907", "4262697", "4272205", "4314536", "4335470",
                          "4431124"]),
         "sour cream of exactly 15 % (incl. Parmalat and Простоквашино lactose-free 15 %); 10/20/25/30 % excluded"),
    ]),
    # fyz10 borscht
    ("свеколка на борщ, капуста белакачанная, морковочка 1 кг, говядина на кости 1.5кг, чесночку головку", [
        ("свеколка на борщ",
         acc(magnit=["168801"], perekrestok=["19768"]),
         "fresh beetroot (washed, 1 кг packs); beetroot salads and juices excluded; «на борщ» is a purpose"),
        ("капуста белакачанная",
         acc(dixy=["4738b3129c"]),
         "fresh white cabbage (Дикси «ранняя, 1 кг»; typo «белакачанная» in the text); sauerkraut, Chinese cabbage, "
         "broccoli, cauliflower and sea-kale salad excluded"),
        ("морковочка 1 кг",
         acc(magnit=["199761"], perekrestok=["52112"]),
         "fresh carrots (Магнит «Морковь мытая, 1 уп. (1 кг)», Перекрёсток «Морковь мытая» by weight; «1 кг» is the amount "
         "of a weighed good); Korean carrots, carrot juice/nectar and purees excluded"),
        ("говядина на кости 1.5кг", NONE,
         "no bone-in beef: Магнит «Лопаточная часть говядины, без кости», Пятёрочка Мираторг мякоть бедра, «говядина шейная "
         "часть» 400 г (bone not stated), steaks, mince, tongue and bone-in pork excluded"),
        ("чесночку головку",
         acc(perekrestok=["17662"]),
         "fresh garlic (Перекрёсток «Чеснок, 3шт»); salted garlic (ФЭГ), dried garlic and garlic-flavoured goods excluded"),
    ]),
    # fyz11 herring and potatoes
    ("селедку филе в масле иваси, картоху 2кг, майонез 67% махеев, горошек зеленый бондюэль в банке", [
        ("селедку филе в масле иваси", NONE,
         "herring fillet in oil of the kind «иваси» (written as a variety): no herring fillet is titled иваси; the иваси "
         "offers are sardines (Магнит «Иваси (Сардина) тихоокеанская» 245 г, Пятёрочка «Сардина т/о ИВАСИ натур.», РРФ "
         "«Сардина ИВАСИ х/к тушка») and not fillet in oil, excluded; herring fillets in oil without иваси (Матиас, "
         "Балтийский берег, Русское море, Меридиан, Тесей …) excluded"),
        ("картоху 2кг",
         acc(magnit=["168701", "107511", "168671", "109571", "199751"], dixy=["72aaa021b7"],
             perekrestok=["3646068", "2099571"]),
         "fresh potatoes of any pack (Магнит Новый урожай, для варки 3 кг, для жарки 3 кг, красный, мытый 2.5 кг; Дикси "
         "молодой; Перекрёсток мытый / красный мытый); «2кг» is the amount of a weighed good; crisps, starch, purees and "
         "herring «к картошке» excluded"),
        ("майонез 67% махеев",
         acc(perekrestok=["2047206"]),
         "Махеевъ mayonnaise of 67 % (Провансаль с лимонным соком); Махеевъ «С перепелиным яйцом» 655 мл (no fat stated), "
         "Махеевъ «Соус ЦЕЗАРЬ майонезный», Махеевъ ketchups/jams and 67 % mayonnaise of other brands excluded"),
        ("горошек зеленый бондюэль в банке",
         acc(magnit=["213651", "111581"], perekrestok=["27460"]),
         "Bonduelle/Бондюэль canned green peas of any size; green peas of other brands (Globus, 6 соток, Знак заботы, Маркет, "
         "«молодой Горошек») and Bonduelle corn/beans/olives excluded"),
    ]),
    # fyz12 dessert
    ("мороженка пломбир стаканчик гостям, медовик тортик к чаю, торт птичье молоко небольшой", [
        ("мороженка пломбир стаканчик гостям",
         acc(pyaterochka=["4009747"], magnit=["454d2f4e9d", "5e86759538", "bac7d8405e"]),
         "plombir ice cream in a (wafer) cup: Свитлогорье, 48 копеек «стак пломбир», Славино ванильный and шоколадный "
         "«в ваф/стак» (flavour not written, so both); plombir in cones, bricks, eskimo and flow-packs excluded"),
        ("медовик тортик к чаю",
         acc(pyaterochka=["3985854", "4475"], perekrestok=["3002948", "4325083"]),
         "honey layer cake: Черёмушки «Медовик», Пятёрочка «Торт слоеный Медовик 70г/шт», У Палыча «Медовый» 600 г and "
         "Home Napoleon «Медово-Сметанный с вареной сгущенкой» (outside knowledge: both are medovik-type honey layer cakes); "
         "Черёмушки «Персидская ночь с фундуком и мёдом» and other cakes excluded"),
        ("торт птичье молоко небольшой",
         acc(pyaterochka=["30953", "3985860"]),
         "bird's-milk souffle cake: У Палыча «Торт ПТИЧКА КЛАССИЧЕСКАЯ» 700 г and «Торт суфлейный Птичка Прохорова» 65 г "
         "(outside knowledge: «Птичка» is the generic-name version of the Птичье молоко souffle cake); «небольшой» read as a "
         "wish, not a size; Рот Фронт «Птичье молоко» candies excluded"),
    ]),
    # fyz13 porridge breakfast
    ("овсяные хлопья геркулес крупные, молочко 2.5% подешевле, батончик нарезной белый", [
        ("овсяные хлопья геркулес крупные",
         acc(pyaterochka=["4027131"]),
         "rolled oats titled «Геркулес» (Клинские «Геркулес» 500 г; outside knowledge: Геркулес are the large whole "
         "flakes, so «крупные» is met); Увелка «Хлопья зерн. овсян. трад.» (not titled Геркулес), instant oat porridge, "
         "oat cookies, Велле oat products and other flakes excluded"),
        ("молочко 2.5% подешевле",
         acc(pyaterochka=["3645808"], magnit=["a28bae784b"],
             perekrestok=["4310700", "2093081", "3613024", "cb2f1055d7", "587286c051", "edf2484f0e", "7f46c8a5c5",
                          "50cb0959f8", "af8570f806", "6986e66cd9", "66ec0f255d", "359aa76fc0", "76055bf243",
                          "013e119412", "a548f45b17", "62485733e9", "faf2171541", "69f396f368"]),
         "cow drinking milk of exactly 2.5 % (pasteurised, UHT or sterilised, any size, incl. children's drinking milk "
         "Сарафаново «детское»); other fat levels, milk cocktails, Чудо клубника 2 % and goat milk excluded; «подешевле» "
         "is a wish"),
        ("батончик нарезной белый",
         acc(pyaterochka=["3985404"], perekrestok=["3974714"]),
         "white sliced loaf «батон нарезной» (Пятёрочка «Батон Звездный нар.», Перекрёсток «Батон Нарезной нарезка Маркет»); "
         "snack bars «батончик» (Snickers, Bombbar, Fitofruit …) are traps"),
    ]),
    # fyz14 Russian sweets
    ("конфетки красный октябрь ассорти коробку, шоколадку аленку 200 гр, ириски кис кис, халва подсолнечная без шоколада", [
        ("конфетки красный октябрь ассорти коробку",
         acc(pyaterochka=["3379941"]),
         "an assortment of Красный Октябрь confectionery: Пятёрочка «КР.ОКТЯБРЬ Набор ПОДАРОК конд.изд 500г» taken as an "
         "assorted gift box (outside knowledge; the title does not list the contents); single-kind Красный Октябрь sweets "
         "(Мишка косолапый, Ласточка, Аленка, Золотой ключик) and assortments of other makers (Коркунов, Бабаевский, "
         "Подмосковные вечера, Merci) excluded"),
        ("шоколадку аленку 200 гр",
         acc(pyaterochka=["3426468"]),
         "Аленка milk chocolate 200 г; the 15 г bar and Аленка gift sets excluded"),
        ("ириски кис кис", NONE,
         "no «Кис-кис» toffees; Красный Октябрь «Золотой ключик», Meller and Шарлиз toffees are other products"),
        ("халва подсолнечная без шоколада",
         acc(pyaterochka=["3937598"]),
         "sunflower halva without chocolate (Тимоша подсолнечная воздушная); Дружба halva «с арахисом» (peanut) and "
         "wafers «с халвой» excluded; «без шоколада» would exclude chocolate-glazed halva (none carried)"),
    ]),
    # fyz15 drinks
    ("морсик клюквенный 1л, лимонад байкал черноголовка, водичка ессентуки 17 лечебная", [
        ("морсик клюквенный 1л",
         acc(pyaterochka=["3472445"], perekrestok=["3695895", "4297529"]),
         "cranberry mors in a 1 l pack (Сады Придонья клюквенный 1л, Зелёная Линия клюквенный 1л, Добрый «Морс КЛЮКВА из "
         "виногр/клюк.» 1л); Чудо-Ягода «Клюквенный» 970 мл (not the 1 l size written), mixed-berry mors (брусника-малина, "
         "брусника-морошка, ягодный сбор, ФрутоНяня клюква-черника-вишня 0.5 л), Добрый «Напиток из клюквы/апельсина», "
         "cranberries and cranberry liqueur excluded"),
        ("лимонад байкал черноголовка",
         acc(magnit=["098a68a212", "368aba5d6f"], perekrestok=["3141246"]),
         "Байкал soft drink of Напитки из Черноголовки, any size (1 л, 0.5 л, 2 л); Пятёрочка «Напиток Байкал 0,33 л» (brand "
         "not stated), other Черноголовка flavours (Дюшес, Тархун, Лимонад, Кола, Мандарин, Крюшон), Байкал water and "
         "«шипучка» candies excluded"),
        ("водичка ессентуки 17 лечебная",
         acc(pyaterochka=["3977406", "3977408"], perekrestok=["3977406"]),
         "Ессентуки №17 medicinal mineral water of any size (0.45 л glass, 1 л PET); Ессентуки №4, «Заповедник здоровья "
         "Вода №17» (not Ессентуки-branded), Боржоми, Нарзан and other mineral waters excluded"),
    ]),
    # fyz16 bakery (one item replaced, see README)
    ("хлебушек дарницкий, бараночки с маком, пирожки с капустой печеные", [
        ("хлебушек дарницкий", NONE,
         "no Дарницкий bread; Даниловский, «Хлеб Ржано-пшеничный, Даниловский», Марьин, Ржаной Край and rye flour excluded "
         "(not Дарницкий)"),
        ("бараночки с маком",
         acc(pyaterochka=["2041218"]),
         "REPLACEMENT of the blind item «бараночки ванильные» (the whole list was empty in every store; see README): "
         "baranki with poppy seeds (Пятёрочка «Баранки оригинал. с маком 350г»); vanilla mini sushki excluded"),
        ("пирожки с капустой печеные", NONE,
         "no cabbage pirozhki; strudels, pies «Сдобная особа», cakes «Пирожное …» and sauerkraut excluded"),
    ]),
    # fyz17 household
    ("т/б 8 рулонов, зубные щетки средней жесткости, шампунь для всех типов волос, мешки мусорные 60 литров покрепче", [
        ("т/б 8 рулонов",
         acc(pyaterochka=["4059050", "3900558"]),
         "toilet paper in packs of 8 rolls (Zewa Deluxe 8 рул., Zewa Just 1 8 рул.); 4- and 12-roll packs, moist toilet "
         "paper, paper towels and napkin rolls excluded"),
        ("зубные щетки средней жесткости",
         acc(pyaterochka=["3379809"], magnit=["faf2b81393", "af8d07dd15"]),
         "toothbrushes of medium hardness (Colgate 360 Optic White «ср/ж», Biomed Black/Silver «Medium»); Splat «hard» and "
         "Colgate «шелковые нити с древесным углем» (hardness not stated) excluded"),
        ("шампунь для всех типов волос",
         acc(magnit=["8442fcc99f"], perekrestok=["3065062"]),
         "shampoo whose title says it is for all hair types (Чистая линия «Сила 5 трав д/в тип вол», Чистая Линия Крапива "
         "«для всех типов волос»); shampoos for a particular hair type or problem or without a hair-type statement, men's "
         "3-in-1, dry shampoo and Чистая линия «Шамп-кондиц-гель/душа д/мужч» excluded"),
        ("мешки мусорные 60 литров покрепче",
         acc(magnit=["e9bebc57c0"]),
         "bin bags of 60 l (BIG CITY LIFE «Пакеты д/мусора 60л 20шт»); «покрепче» is a wish; Магнит 35 л bags and BIG "
         "CITY LIFE «Салфетки в рулоне … 60л» excluded"),
    ]),
    # fyz18 spirits
    ("водочка белуга, шампанское абрау полусладкое, коньячок армянский 5 лет", [
        ("водочка белуга",
         acc(magnit=["160071", "202041"]),
         "Белуга vodka of any line (Белуга, Белуга Нобл); other vodkas excluded"),
        ("шампанское абрау полусладкое",
         acc(magnit=["1a44269ee1"]),
         "semi-sweet sparkling wine of Абрау-Дюрсо (Магнит «Вино игристое ИМПЕРАТОРСКОЕ бел п/сл (Абрау-Дюрсо)»); Abrau "
         "Light (still wine / «винный напиток»), Абрау Купаж red still wine, alcohol-free Абрау Лайт, «Шампанское Российское "
         "Классическое полусладкое» (maker not stated) and other sparkling wines excluded"),
        ("коньячок армянский 5 лет",
         acc(magnit=["202161"]),
         "Armenian brandy aged 5 years: Арарат «Армянский, 5 звезд» (outside knowledge: five stars = five years); Russian "
         "5-year cognacs (Старейшина, Коктебель, Золотой Резерв, Киновский, VINTAGE, Старый Кенигсберг) and brandies "
         "excluded"),
    ]),
    # fyz19 fish for zakuski
    ("скумбрию х/к целую, воблочку вяленую, шпротики рижские в масле, кильку в томате", [
        ("скумбрию х/к целую",
         acc(pyaterochka=["3454689"]),
         "whole cold-smoked mackerel: Пятёрочка «Скумбрия холодного копчения, Балтийский берег, 300 г» taken as a whole "
         "fish (outside knowledge: no «филе»/«кусочки» in the title and 300 g is one fish); Перекрёсток «кусочки холодного "
         "копчения» (pieces), canned mackerel and Магнит «Скумбрия рубленная» excluded"),
        ("воблочку вяленую",
         acc(magnit=["705f039ea0"]),
         "dried vobla (SOLO NINA «Вобла вяленая соломка 40г»; the form was not written, so the strips count); dried "
         "squid/tuna snacks and сыровяленые meats excluded"),
        ("шпротики рижские в масле", NONE,
         "sprats «рижские» (written as the kind): no sprat title says Рижские; sprats in oil of Знак качества, Вкусные "
         "консервы, Барс, Магнит «Шпроты в масле» excluded"),
        ("кильку в томате",
         acc(pyaterochka=["3468685", "3907223"], magnit=["159901"]),
         "sprat (килька) in tomato sauce, incl. the «обжаренная с чили» variant (flavour not restricted); Перекрёсток "
         "килька пряного посола / в масле and Барс «Шпроты из балтийской кильки» excluded"),
    ]),
    # fyz20 cold cuts
    ("сало соленое с чесноком, сервелат финский нарезкой, сосиски молочные вязанка пачку", [
        ("сало соленое с чесноком",
         acc(pyaterochka=["3628186"]),
         "salted pork fat with garlic: Пятёрочка «Сало домашнее, с чесноком, Копченов, 300 г» (taken as salted, outside "
         "knowledge; smoked is not stated); Перекрёсток Белорусское / Русское солёное сало (garlic not stated), grudinka, "
         "lardo and шпикачки excluded"),
        ("сервелат финский нарезкой", NONE,
         "Finnish servelat sliced: Finnish servelat is carried only as whole sticks (Перекрёсток Бахрушинъ «сервелат "
         "финский» 300 г, Папа Может «Финский» 350 г; Пятёрочка Рублевский «Сервелат Финский» 350 г), excluded because the "
         "sliced form was written; the sliced servelat (Останкино «Швейцарский в нарезке») is not Finnish"),
        ("сосиски молочные вязанка пачку", NONE,
         "Вязанка milk sausages: none; Магнит «Сосиски Молочные» 0.33/0.65 кг (brand not stated), Велком «молочные», "
         "Вязанка Молокуша (boiled sausage) and other Вязанка products excluded"),
    ]),
    # fyz21 the guests' kids
    ("творожок агуша детям, печеньице юбилейное, гематоген детям", [
        ("творожок агуша детям", NONE,
         "no Агуша curd; Агуша juices, purees, milk, «вода+сок» and ряженка excluded; other children's curds (Тема, Мама "
         "Лама, Верховье) are other brands"),
        ("печеньице юбилейное",
         acc(pyaterochka=["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                          "3618783"],
             magnit=["723991a07f", "199331"], perekrestok=["4352220", "4371424", "4425157"]),
         "every Юбилейное cookie (traditional, glazed, milk, nut, oat, постное, cereal, cranberry, blueberry, strawberry, "
         "chocolate-flavoured); Юбилейное mini cakes, J.Meinl «ЮБИЛЕЙНЫЙ» coffee and «Колбаса Юбилейная» excluded"),
        ("гематоген детям", NONE, "no hematogen bars in the offers"),
    ]),
    # fyz22 Sunday breakfast
    ("блины с творогом морозко, варенье малиновое домашнее, медок гречишный жидкий, чай greenfield в пакетиках 100 шт", [
        ("блины с творогом морозко", NONE,
         "Морозко pancakes with tvorog: none; Пятёрочка «Блинчики Морозко, яблоко-корица-лимон» (other filling) and «ЦЕЗАРЬ "
         "Блинчики с дер. твор.» (Цезарь brand; the maker Морозко is not on the title) excluded"),
        ("варенье малиновое домашнее",
         acc(magnit=["2ae922ebdb"]),
         "raspberry varenye (Магнит «Варенье малиновое 300 г»); «домашнее» read as a wish (home-style), not a product line; "
         "raspberry jam (Махеевъ «Джем малиновый» = джем, not варенье), other varenye flavours and raspberry ice cream "
         "excluded"),
        ("медок гречишный жидкий", NONE,
         "no buckwheat honey; flower honeys and крем-мёд excluded"),
        ("чай greenfield в пакетиках 100 шт",
         acc(pyaterochka=["3450276", "3378336"]),
         "Greenfield tea in packs of 100 bags (Spring Melody 100х1,5г, Kenyan Sunrise 100х2г); Greenfield 20/25-bag packs, "
         "loose Greenfield and the Greenfield «Спирит Матэ» drink excluded"),
    ]),
    # fyz23 cleaning
    ("fairy для посуды лимон, губочки для мытья посуды, порошок tide автомат 3кг, кондиционер ленор для белья", [
        ("fairy для посуды лимон",
         acc(pyaterochka=["3501026", "3500750"]),
         "Fairy dish soap «Сочный лимон» (900 мл, 450 мл); Fairy Platinum, «Нежные руки», AOS Лимон and Finish lemon "
         "tablets excluded"),
        ("губочки для мытья посуды", NONE, "no sponges in the offers (grepped губ/спонж)"),
        ("порошок tide автомат 3кг", NONE,
         "Tide automatic washing powder in a 3 kg pack: Tide powders come in 4 кг, 2.5 кг, 2.4 кг and 400 г only "
         "(excluded by the size written); Tide liquids and capsules excluded"),
        ("кондиционер ленор для белья",
         acc(pyaterochka=["3465388", "3669625", "4025712"], magnit=["205131", "159881", "203041"]),
         "Lenor fabric softener of any scent and size; Tide «Lenor Color» powder and Ariel «Touch of Lenor» powder excluded"),
    ]),
    # fyz24 pickles and sauces
    ("помидорчики соленые в банке, аджику острую, хрен столовый погорячее", [
        ("помидорчики соленые в банке",
         acc(magnit=["107661"]),
         "salted tomatoes (Магнит «Томаты соленые, красные, 800 г»; «в банке» read as the usual packing of preserved "
         "tomatoes, not a filter); marinated tomatoes (Моя цена), fresh tomatoes, tomato juice and paste excluded"),
        ("аджику острую",
         acc(pyaterochka=["4064470"]),
         "adjika (Кухмастер «Соус Аджика»; taken as hot — outside knowledge: adjika is a hot pepper paste and no mild "
         "variant is stated); croutons and crisps «со вкусом аджики» and кабачки «в аджике» excluded"),
        ("хрен столовый погорячее",
         acc(magnit=["c88a871b65"]),
         "table horseradish (Махеевъ «Хрен столовый»); Uni Dan «Хрен сливочный» (creamy sauce), sauerkraut «с хреном» and "
         "snacks «холодец с хреном» excluded; «погорячее» is a wish"),
    ]),
    # fyz25 beer evening
    ("пивко жигулевское барное, семечки от мартина большие, кириешки с хреном и холодцом, квас очаковский 1.5 две шт", [
        ("пивко жигулевское барное", NONE,
         "no Жигулёвское beer; other beers excluded"),
        ("семечки от мартина большие",
         acc(pyaterochka=["3669122", "3403508", "3630849"], magnit=["1000229533"]),
         "От Мартина sunflower seeds of any kind (отборные, чёрные обжаренные солёные, особые, с морской солью); "
         "«большие» read as a wish (all packs are 200 г); От Мартина pumpkin seeds and peanuts, Бабкины семечки excluded"),
        ("кириешки с хреном и холодцом",
         acc(magnit=["4fb9148fb2", "e26d76ca46"]),
         "Кириешки croutons of the «холодец с хреном» flavour: Магнит «КИРИЕШКИ Сухарики холодец/бекон/ветчина» 100 г and "
         "40 г (an assortment listing, taken to include the холодец flavour — outside knowledge: the Кириешки flavour is "
         "«холодец с хреном»); croutons of other brands with that flavour (Гренковъ, Vian, Будешь?, Фишка, Три корочки, "
         "Twister) excluded"),
        ("квас очаковский 1.5 две шт", NONE, "no kvass in the offers (Очаково or any)"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyz"))
