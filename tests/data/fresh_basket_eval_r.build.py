#!/usr/bin/env python3
"""Re-create fresh_basket_eval_r.jsonl -- shopping lists of an ordinary week in a small town,
hand-labelled against the real offers in real_offers.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_r.build.py

LISTS below is literal data: lists (2-5 items) written blind first (fresh_basket_eval_r.blind_lists.txt)
as a shopper would type them to a Telegram bot, and for every item the product ids of every store
(in-stock offers only) that a reasonable shopper who wrote exactly that item would accept.  Candidate
titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё/е) and read one by one; the note of each item records what was accepted,
what was deliberately left out and any judgement that rests on outside knowledge.  An empty list means
the store has nothing acceptable (the item is "missing" there).  Made without reading korzina.

The script only checks the data (labelled_lists.build: ids exist for that store and are in stock, no
id repeats within an item, every item has a note, labels are exactly the list's items in order) and
writes the JSONL in the format of real_basket_eval.jsonl.  Ids fr01, fr02, ... in LISTS order; split
"fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_r.jsonl")


def S(p=(), m=(), d=(), x=()):
    """acceptable ids per store: Пятёрочка, Магнит, Дикси, Перекрёсток"""
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(x)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # weekday dinner: pasta with mince
    ("фарш говяжий на котлеты, рожки макфа, пармезан тертый, томатной пасты баночку", [
        ("фарш говяжий на котлеты", S(p=["3447375", "3398465", "4065830"]),
         "raw beef mince only (Мираторг, Рестория, Останкино); pork, pork-beef «свино-говяжий», turkey, "
         "«Премиум»/«Деревенский»/«Домашний» mince of unstated meat, beef котлеты and stuffed olives "
         "«фарш.» excluded; «на котлеты» is a purpose, not a filter"),
        ("рожки макфа", S(),
         "Makfa pasta in the shape рожки; the only Makfa pasta in stock are Пятёрочка «СВИТКИ» and Магнит "
         "«перья», and the only «рожок» pasta (Пятёрочка «Витой рожок» 450 г) is not Makfa -> absent; "
         "ice cream «в рожке» is a trap"),
        ("пармезан тертый", S(p=["3433812"], x=["3963977", "3433812"]),
         "grated parmesan: Перекрёсток Cheese Gallery «тёртый хлопья» and Dolce Granto «тёртый» 150 г; "
         "Пятёрочка «Сыр Пармезан, Dolche, 150 г» accepted as the same grated Dolce Granto product (same "
         "product id 3433812 as Перекрёсток's «тёртый»; outside-knowledge judgement); parmesan pieces "
         "(Чиз Гелери 175 г, LAIME 200 г, CASTELLO Reggianido 150 г, Зелёная Линия, Dolce Granto by "
         "weight) not stated grated -> excluded; chips «со вкусом пармезана», fuet «с сыром пармезан», "
         "grated мозарелла/голландский excluded"),
        ("томатной пасты баночку", S(p=["31623", "84652", "3486033", "3696785"]),
         "tomato paste (Помидорка 480 мл and 250 мл glass, Heinz 310 г, МАХЕЕВЪ «Паста ДОМАШНЯЯ томат.ст/б 500г» found on re-check); «баночку» is a quantity; "
         "ketchup, tomato juice and pasta dishes excluded"),
    ]),
    # child's school snacks
    ("сок добрый яблоко маленькие, печенье юбилейное 2 пачки, бананы для детей, растишка", [
        ("сок добрый яблоко маленькие", S(m=["0f2cae24db"]),
         "Добрый apple juice in a small pack: Магнит «ДОБРЫЙ Сок яблочный 0,3л»; Добрый nectars (Фермерские/"
         "Деревенские яблочки, яблоко-черноплодная рябина-вишня, персик/яблоко), multifruit juice «с 6 мес.», "
         "морс and soda excluded (nectar is not сок, and not single apple)"),
        ("печенье юбилейное 2 пачки", S(
            p=["3618783", "3603068", "3662392", "3958570", "3958571", "4027701", "4027703", "3471173", "3655049"],
            m=["723991a07f", "199331"],
            x=["4352220", "4425157", "4371424"]),
         "any Юбилейное biscuits (traditional, glazed, flavoured, oat, wholegrain, lenten); «2 пачки» is a "
         "quantity; Юбилейное mini-cakes (Магнит мини-кексы), Мясная Ферма «КАРБОНАД ЮБИЛ.», J.Meinl coffee "
         "«ЮБИЛЕЙНЫЙ» and колбаса «Юбилейная» excluded"),
        ("бананы для детей", S(x=["3757", "3639749", "4208494", "4112219"]),
         "fresh bananas incl. mini and organic; «для детей» is a purpose; dried bananas, banana smoothies, "
         "purees, yoghurts, candies and chocolate with banana excluded"),
        ("растишка", S(),
         "the Растишка product a parent means is the children's творожок/йогурт; only Пятёрочка Растишка "
         "fruit purees 85 г are in stock (pear-apple, apple-banana with curd and cream, fruit smoothie) -> "
         "excluded as a different product, so absent everywhere (judgement; a lenient reading would accept "
         "the three purees 4003446, 4003447, 4003451)"),
    ]),
    # sick day
    ("лимона 2 шт, мед гречишный натуральный, чай черный в пакетиках 100шт, бульон куриный кубики", [
        ("лимона 2 шт", S(),
         "fresh lemons: none in stock in any chain; lemonade, lemon acid, lemon-flavoured goods and "
         "cleaners «лимон» are traps -> absent"),
        ("мед гречишный натуральный", S(),
         "buckwheat honey: none; the honeys in stock are flower honeys (Медовый дом разнотравье, Южный "
         "цветок, Восточная липа) and крем-мёд with fillers -> excluded, absent"),
        ("чай черный в пакетиках 100шт", S(
            p=["3635756", "4002510", "3950803", "11200", "2070472", "3662837", "3689577", "3378336", "3446638",
               "3378327", "3998702", "3620106", "3628990"],
            m=["199261", "159991"]),
         "unflavoured black tea in packs of 100 bags («100шт» names the pack): Bernley, Brooke Bond, Принцесса "
         "Нури, Lipton Yellow Label, Принцесса Канди цейлонский (black Ceylon, not stated «черный»: outside "
         "knowledge), Азерчай Букет, Шах Голд, Greenfield Kenyan Sunrise, Richard Royal Ceylon, Tess Санрайз, "
         "Saito Asian Ceylon, Ahmad классический, Richard English Breakfast «в пак 200гр» (=100x2 г, outside "
         "knowledge), Магнит Richard Royal Ceylon and Akbar Ceylon 100 bags; flavoured black tea (Earl Grey/"
         "бергамот, чабрец, фруктовый, шиповник, Spring Melody), 20/25-bag packs, loose tea and green tea excluded"),
        ("бульон куриный кубики", S(),
         "chicken stock cubes: none; Магнит Роллтон «Бульон говяжий» 90 г is beef and not cubes -> absent"),
    ]),
]

LISTS += [
    # garden (blind item «семена огурцов» replaced, see README)
    ("перчатки хозяйственные резиновые, мешки мусорные 120 л, мусорных пакетов 60 литров", [
        ("перчатки хозяйственные резиновые", S(),
         "household rubber gloves: no glove of any kind in stock -> absent"),
        ("мешки мусорные 120 л", S(),
         "«120 л» names the bag size: only 60 л (Магнит BIG CITY LIFE) and 35 л (МАГНИТ БИО) bin bags are in "
         "stock -> excluded, absent"),
        ("мусорных пакетов 60 литров", S(m=["e9bebc57c0"]),
         "60 l bin bags: Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт»; the 35 л МАГНИТ bags excluded (size "
         "written); replacement item, written after the offers were read"),
    ]),
    # the dog
    ("корм педигри для собак, лакомство для собачки, пакетики для выгула", [
        ("корм педигри для собак", S(p=["4060059", "4061858", "4066615", "4066619"],
                                   m=["2463492a14", "0b24b2c505", "a70a7277fa", "b273add5f4"]),
         "any Pedigree food for adult dogs (wet pouches, pâté for small breeds, all flavours); Магнит "
         "«Корм для щенков PEDIGREE» excluded (puppy food, not written), Cesar and Purina One dog food "
         "excluded (other brands), whisky «Fox & Dogs» a trap"),
        ("лакомство для собачки", S(),
         "dog treats: none in stock; dog food (Pedigree, Cesar, Purina One) is not a treat -> absent"),
        ("пакетики для выгула", S(),
         "dog-walking poop bags: none in stock; bin bags excluded -> absent"),
    ]),
    # fishing trip
    ("пиво жигулевское 2 шт\nвобла пара штук\nхлебушка черного\nсальце", [
        ("пиво жигулевское 2 шт", S(),
         "Жигулёвское beer: none in stock in any chain (grep жигул) -> absent"),
        ("вобла пара штук", S(),
         "whole dried vobla («пара штук» counts fish): none; Магнит SOLO NINA «Вобла вяленая соломка 40г» is "
         "shredded snack in a bag -> excluded (judgement), absent"),
        ("хлебушка черного", S(p=["3480920", "3500217"]),
         "black (rye or rye-wheat) bread loaves: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб "
         "Даниловский, Коломенское» (Даниловский is a rye-wheat bread: outside knowledge); «Хлеб зерновой, "
         "Ржаной Край» and «Хреб Ржаной Край» excluded (brand word, grain bread of unstated flour), хлебцы, "
         "сухарики/гренки ржаные, пшеничный батон and Хлеб Марьин заварной excluded (Марьин is not black)"),
        ("сальце", S(p=["3628186"], x=["4313593", "4383346", "4415868", "4105487"]),
         "salted pork fat сало: Перекрёсток Заповедные Белорусское/Русское, Маркет Белорусское (pack and by "
         "weight), Пятёрочка «Сало домашнее, с чесноком, Копченов»; грудинка, бекон, лардо-грудинка, "
         "шпикачки and «колб. со шпик.» excluded (not сало)"),
    ]),
    # bathhouse evening
    ("квас очаковский, кальмар сушеный к пиву, чай травяной, веник березовый", [
        ("квас очаковский", S(),
         "kvass (Очаковский or any): none in stock -> absent"),
        ("кальмар сушеный к пиву", S(m=["e9fc0d684c"]),
         "dried squid snack: Магнит SOLONINA «Кальмар стружка сушено-вяленый 70г»; frozen squid, squid in "
         "brine/sauce, boiled соломка in brine and squid salads excluded"),
        ("чай травяной", S(p=["3496179", "3184567"]),
         "herbal infusion without tea leaves: Пятёрочка Русский Иван-чай (кипрей со смородиной) and TESS "
         "«FLAME her.tea» (herbal tea: outside knowledge of the abbreviation); black tea with herbs "
         "(Доброе утро/Добрый вечер «черный с травами», Майский смородина-мята, Lipton with mint, Ahmad/"
         "Richard чабрец), green tea with мелисса, fruit tea Milford «ШИПОВНИК фрукт.» and iced tea excluded"),
        ("веник березовый", S(),
         "birch bath broom: none in stock -> absent"),
    ]),
    # name-day
    ("торт наполеончик, шампанское брют 0.75, рафаэлло конфеты, салфетки бумажные белые", [
        ("торт наполеончик", S(p=["4047688", "3695494"], x=["4325084", "4295622"]),
         "Napoleon cakes: Пятёрочка Русская Нива 400 г and Мирэль классический 550 г, Перекрёсток Home Napoleon "
         "500 г and Черёмушки 310 г; Пятёрочка «Пирожное наполеон» (pastries, not a cake) and Перекрёсток cake "
         "layers «Коржи для торта Наполеон» excluded, Home Napoleon «Медово-Сметанный» is another cake"),
        ("шампанское брют 0.75", S(m=["51cda6b802", "c44a8ef112", "168031"]),
         "sparkling wine «брют» 0.75 l (шампанское taken colloquially as any игристое): Магнит MARTINI Brut, "
         "Giacobazzi Просекко брют, «Вино Премиум, игристое, розовое брют»; semi-sweet/semi-dry/sweet "
         "sparkling (Российское полусладкое, Лыхны, Асти, Императорское п/сл, Шато Тамань), Prosecco Dry "
         "(extra-dry, sweeter than brut) and alcohol-free «брют» nectar / Free Feather excluded"),
        ("рафаэлло конфеты", S(m=["167861"], x=["18162"]),
         "Raffaello sweets 150 г (Магнит, Перекрёсток); Сарафаново milk is a grep trap"),
        ("салфетки бумажные белые", S(x=["4299678", "4250535", "4250543"]),
         "white paper napkins: Перекрёсток Пр!ст белые 100 шт, Gratias белые 24x24 and Home белые 33x33; "
         "decorated Gratias/Art Bouquet napkins (not white), wet wipes, Carefree liners and Магнит paper "
         "towels «Салфетки в рулоне» excluded"),
    ]),
]

LISTS += [
    # New Year shopping
    ("горошек бондюэль 2 банки, майонез провансаль 67% махеев, икру красную, мандарины абхазские, шпротики рижские", [
        ("горошек бондюэль 2 банки", S(m=["111581", "213651"], x=["27460"]),
         "Bonduelle green peas (Магнит 400 г and 212 мл, Перекрёсток 200 г); «2 банки» is a quantity; peas of "
         "other brands (Globus, 6 соток, Знак заботы, Маркет, Пятёрочка «молодой Горошек») and other Bonduelle "
         "products (corn, beans, olives) excluded"),
        ("майонез провансаль 67% махеев", S(x=["2047206"]),
         "Махеевъ Provençal 67%: Перекрёсток «Махеевъ Провансаль с лимонным соком дой-пак 67%»; Махеевъ «С "
         "перепелиным яйцом» (not Провансаль), Махеевъ sauce Цезарь and Provençal mayonnaise of other "
         "brands (Слобода, Ряба, Я люблю готовить, Скит, Московский Провансаль) excluded"),
        ("икру красную", S(p=["2046731"], m=["105041"],
                           x=["3465904", "4437727", "4432583", "4411674", "4433327", "4320227", "4323783",
                              "4428864", "4386122", "4383708", "4411673"]),
         "salmon/trout roe (горбуша, кета, кижуч, нерка, форель; any size); Пятёрочка «СВК Икра ТУНГУТУН лос.с/б "
         "230г» accepted as salmon roe («лос.» = лососёвая; doubtful, outside knowledge); sturgeon/стерлядь "
         "(black) roe, capelin/cod/herring roe, «икра деликатесная» / «икорное изделие» imitations, vegetable "
         "икра, chips and гренки «со вкусом красной икры» and the salad with red caviar excluded"),
        ("мандарины абхазские", S(),
         "the origin Abkhazia is required: Перекрёсток has mandarins from China («с листом Китай») and Morocco "
         "and plain «Мандарины» of unstated origin -> excluded, absent; drinks and nectars «мандарин» are traps"),
        ("шпротики рижские", S(p=["3475329", "3609788", "3469704", "3648434", "3468684", "3504456"], m=["109251"]),
         "sprats in oil; «рижские» taken as the everyday name of sprats in oil, not as an origin (judgement; no "
         "Latvian sprats are in stock): Вкусные консервы, Знак качества (incl. «из салаки»), «Шпроты крупные», "
         "БАРС «из балтийск.кильки в/м», Магнит «Шпроты в масле»; nothing else matches «шпрот»"),
    ]),
    # Lent
    ("тофу без добавок, хлеб ржаной постный, капуста квашеная с морковью, опята маринованные", [
        ("тофу без добавок", S(), "tofu: none in stock -> absent"),
        ("хлеб ржаной постный", S(),
         "rye bread: no loaf titled rye; «Хлеб Ржано-пшеничный, Даниловский» (rye-wheat) and the brand «Ржаной "
         "Край» (grain bread) excluded as not rye (strict reading of «ржаной»), rye flour, хлебцы, сухарики and "
         "гренки excluded -> absent; «постный» would not be a filter (rye bread is lenten)"),
        ("капуста квашеная с морковью", S(x=["4336623", "4336624", "4336625"]),
         "sauerkraut whose title says «с морковью»: Перекрёсток Зелёная Линия with carrot, with carrot and "
         "horseradish, with carrot and cranberry; sauerkraut not stating carrot (кислая, кисло-сладкая, с "
         "хреном, с клюквой, Белая Дача, Магнит «с хреном») excluded, Korean-style carrot salads excluded"),
        ("опята маринованные", S(),
         "pickled honey mushrooms: none; Магнит fresh вешенки, грибная икра and Bonduelle marinated "
         "шампиньоны are other mushrooms -> absent"),
    ]),
    # breakfast
    ("геркулес на кашу, молочко 2.5 две пачки, маслице сливочное 82.5%", [
        ("геркулес на кашу", S(p=["4027131", "3472901"]),
         "rolled oats: Пятёрочка Клинские «Геркулес» 500 г and Увелка «Хлопья зерн.овсян.трад.» (traditional "
         "rolled oats); buckwheat/rice/multigrain flakes, instant flavoured porridge, ВЕЛЛЕ fermented oat "
         "products, oat biscuits and bran excluded"),
        ("молочко 2.5 две пачки", S(
            p=["3645808"], m=["a28bae784b"],
            x=["4310700", "2093081", "3613024", "cb2f1055d7", "587286c051", "edf2484f0e", "7f46c8a5c5", "50cb0959f8",
               "af8570f806", "6986e66cd9", "66ec0f255d", "359aa76fc0", "76055bf243", "013e119412", "a548f45b17",
               "62485733e9", "faf2171541", "69f396f368"]),
         "cow drinking milk labelled exactly 2.5% (pasteurised, UHT, sterilised; children's milk Сарафаново "
         "«дет.» included as in real_basket_eval; any size incl. Магнит Вкуснотеево 0,2 л); «две пачки» is a "
         "quantity; other fats, ranges, топлёное, flavoured (Чудо 2%), Barista, goat and condensed milk, "
         "простокваша/Актимель 2,5% excluded"),
        ("маслице сливочное 82.5%", S(p=["3948153", "4063188", "3612680", "3953367"]),
         "butter 82.5%: Пятёрочка «Традиционное» 175 г, сладко-сливочное несолёное 380 г, Вкуснотеево 400 г, "
         "Тысяча озёр 400 г; butter labelled 82% (Президент кислосливочное, Магнит/Дикси Простоквашино 82%) "
         "excluded because the shopper wrote 82.5, 72.5% Брест-Литовск and chocolate butter 62% excluded"),
    ]),
    # weekday dinner: chicken and rice
    ("куриные голени, рис длинный для плова, морковки 1 кг, лучку репчатого", [
        ("куриные голени", S(m=["168301"], x=["2073281", "4328959"]),
         "raw chicken drumsticks incl. raw in marinade: Перекрёсток Петелинка and Зелёная Линия, Магнит «Голень "
         "куриная, в маринаде Алабама»; Пятёрочка Павловская курочка «Голень ЦБ к/в» (smoked-cooked) and "
         "turkey drumstick fillets excluded"),
        ("рис длинный для плова", S(p=["5722", "39747"], m=["7936bf2f6b", "448fba0b94"]),
         "long-grain rice (the grain length written is required, «для плова» is a purpose): Пятёрочка Мистраль "
         "Басмати and Жасмин «длиннозерный», Магнит Националь Басмати and «Лазер длиннозерный»; rice «для "
         "плова» of unstated grain (Националь, Global Village, Мистраль традиционный = круглый in Магнит's "
         "title), Девзира, round rice (Краснодарский, Адриатика, Кубань), brown/mix rice and «Рис и греча» "
         "excluded"),
        ("морковки 1 кг", S(m=["199761"], x=["52112"]),
         "fresh carrots (Магнит «Морковь мытая 1 кг», Перекрёсток «Морковь мытая» by weight); «1 кг» is a "
         "quantity; Korean carrot salads, juices, purees and sauerkraut with carrot excluded"),
        ("лучку репчатого", S(m=["168721", "168741", "168731"], x=["79012", "79135", "3368252", "3623836"]),
         "bulb onions: Перекрёсток репчатый красный and белый, Ялтинский (loose and 350 г), Магнит репчатый "
         "красный, Ялтинский and «Лук Светофор (3 шт)» (mixed-colour bulbs); Ялтинский accepted as a red "
         "bulb-onion variety (outside knowledge); green onion, шалот, «Лук салатный» (unclear form), herb "
         "sets and onion-flavoured snacks excluded"),
    ]),
    # lazy dinner
    ("пельмени сибирские коллекция, сметанка 15% 2 шт, кетчупчик к пельменям", [
        ("пельмени сибирские коллекция", S(p=["3693418", "3671957", "3693417", "3985043", "3693405"],
                                          m=["4907605c6d", "111711"], d=["862d82ab40"]),
         "any pelmeni of the brand Сибирская коллекция (Фирменные, 4 вида мяса, Особые со сливками/на "
         "сливках, Телячьи, Новосибирские, Сочные; Latin «S» in «Sибирская» and «SИБИРСКАЯ»); other brands "
         "(Цезарь, Мираторг, Ложкаревъ, Стародворье, Бульмени, Eat Meat) excluded"),
        ("сметанка 15% 2 шт", S(p=["3665624"], m=["de14617e33", "199001"],
                                x=["3665624", "4262697", "4272205", "4095525", "4121592", "4431124", "4217907",
                                   "4335470", "4314536"]),
         "sour cream labelled exactly 15% incl. lactose-free (Простоквашино, Parmalat Comfort); «2 шт» is a "
         "quantity; 10/20/25/30% sour cream, sauces and snacks «со вкусом сметаны» excluded"),
        ("кетчупчик к пельменям", S(
            p=["3941585", "4044938", "4086400", "3625404", "4066624", "4066625", "3383950", "3631091", "3673189",
               "3673190", "3610602"],
            m=["665b5b224d", "aff04c9216", "203141", "213621"]),
         "any ketchup (tomato, шашлычный, chili, garlic, with mustard, with cherry tomatoes); «к пельменям» is a "
         "purpose; Calve garlic sauce «д/…пельм.», tomato paste and Читос «кетчуп/сыр» excluded"),
    ]),
    # sandwiches for work
    ("колбаса докторская по госту, нарезной батон какой подешевле, гауда кусок, огурчики короткоплодные", [
        ("колбаса докторская по госту", S(
            p=["3347584", "3620675", "3385812", "78001451", "4019606", "2120885"],
            x=["4296145", "4380012", "4301347", "4432115", "4410079", "4255289", "4264678", "3639615", "4221913",
               "4352000", "3347584", "3033317", "78001451"]),
         "Докторская boiled sausage of any maker, pack, slices or by weight; «по госту» cannot be read from "
         "the titles (none says ГОСТ) and is taken as a quality wish, not a filter (judgement); Докторские "
         "сардельки and сосиски excluded"),
        ("нарезной батон какой подешевле", S(p=["3985404"], x=["3974714"]),
         "батон нарезной: Перекрёсток «Батон Нарезной нарезка Маркет» and Пятёрочка «Батон "
         "\"Звездный\"нар» («нар» = нарезной); «подешевле» is a wish; chocolate and protein «батончики» are traps"),
        ("гауда кусок", S(p=["3926818"]),
         "Gouda cheese in a piece: Пятёрочка LIEBENDORF «Сыр Гауда 45% 1кг»; Laime «Ассорти … Гауда и "
         "Тильзитер» 160 г (sliced mix) and Тильзитер excluded"),
        ("огурчики короткоплодные", S(m=["200221"], x=["3368258"]),
         "fresh short-fruited cucumbers: Магнит «Огурцы короткоплодные, тепличные»; Перекрёсток fresh «Огурцы "
         "корнишоны, 300г» (category «Окрошка»; gherkins are a short-fruited type: outside knowledge); "
         "Магнит среднеплодные, Перекрёсток Ботаника and «Хрустящие» (length not stated), pickled/salted "
         "cucumbers, пикули and yoghurt (stem «огур» in «йогурт») excluded"),
    ]),
]

LISTS += [
    # barbecue at the dacha
    ("свиная шейка на шашлык, уголь березовый мешок, розжиг жидкий", [
        ("свиная шейка на шашлык", S(p=["3957120", "3619731", "3666472"], m=["199511", "107331", "199561"]),
         "raw pork neck: Пятёрочка Черкизово «Шейка п/ф из свинины … охл.», Рестория 400 г, Слово Мясника 800 г, "
         "Магнит «Шейная часть свинины» boneless and on the bone, Магнит «Стейк из шеи свинины, в маринаде» (raw "
         "neck in marinade, fit for shashlik); Ремит «Шейка из свинины к/в» (smoked), Панчетта «Шейка-Балык-Бекон», "
         "other pork cuts (лопатка, корейка, окорок, грудинка, Стейк из свинины «Алабама» of unstated cut) excluded"),
        ("уголь березовый мешок", S(),
         "birch charcoal: Перекрёсток «Уголь древесный Пр!ст, 2.5кг» does not say birch -> excluded (the wood "
         "written is taken as required; judgement, a lenient reading would accept 4318495), absent; toothpaste and "
         "shaving foam «с углем» are traps"),
        ("розжиг жидкий", S(), "lighter fluid: none in stock -> absent"),
    ]),
    # child's snacks after school
    ("йогуртик питьевой клубничный, сырки глазированные 3 шт, чипсы lays сметана зелень", [
        ("йогуртик питьевой клубничный", S(p=["3628399", "4066181", "3632191"], m=["205071"]),
         "drinking yoghurt with a strawberry flavour: Магнит «Йогурт Чудо, питьевой, клубника/земляника», Пятёрочка "
         "ЧУДО «Йогурт вк.клуб/земл.2,4% 270г» (the same 270 г bottle Магнит titles «питьевой»: outside "
         "knowledge), «Йогурт питьевой … со вкус.Клубничного пломбира» (children's), EPICA «Йогурт пит.с "
         "клуб/марак.»; spoonable and unstated-form yoghurts (Активиа 260 г, Биойогурт с клубникой 270 г, Верховье, "
         "NATURE, Чудо Детки), other flavours, milkshakes «Коктейль … клубника», Чудо strawberry milk and "
         "творожные десерты excluded"),
        ("сырки глазированные 3 шт", S(p=["4015226", "3472523", "3378597", "3410456", "3601367"]),
         "glazed curd snacks (сырок) of any flavour: Б.Ю.Александров «Сырок твор.глаз.» фисташки, Суфле "
         "глазированный, «Сырок КАРТ.в м/шок.», ванильный в молочном шоколаде, в белом шоколаде; «3 шт» is a "
         "quantity; Свитлогорье «Сырок … творожный 120 г» (not glazed), Б.Ю.Александров desserts (Нуга, Чизкейк, "
         "M.BIS) and сырокопчёная колбаса (stem «сыр») excluded"),
        ("чипсы lays сметана зелень", S(p=["4035371"], m=["1000487857", "106341"]),
         "Lay's sour cream and herbs: Пятёрочка 50 г, Магнит 70 г and 90 г; other Lay's flavours (сметана и лук, "
         "нежный сыр с зеленью, лисички в сметане, зелёный лук, краб, паприка, красная икра) and Джин «Вайт Лейс» "
         "excluded"),
    ]),
    # a baby at home
    ("фрутоняня пюре яблоко, подгузники памперс 5 размер, влажные салфетки для малышей", [
        ("фрутоняня пюре яблоко", S(),
         "single-fruit apple puree of ФрутоНяня: none; ФрутоНяня purees in stock are mixes (яблоко-малина со "
         "сливками, яблоко-банан-груша с печеньем), vegetable, meat and fish purees; apple fruit pieces "
         "«Кусочки фр.из ябл.», nectar and juice are other products -> excluded, absent"),
        ("подгузники памперс 5 размер", S(p=["3680533", "3680543", "4061716", "3447849"], m=["879b28650c"]),
         "Pampers size 5 (Junior, 11-16/12-17 кг), open diapers and pants («подгузники-трусики»): Пятёрочка "
         "Active Baby-Dry р5, Premium Care pants р5, Pants 5 Джамбо Плюс, «Трусики-подгузники Pampers, Junior» "
         "(Junior = size 5: outside knowledge), Магнит Active BabyDry 5 Junior; other sizes (3, 4, 6/Extra "
         "Large, Maxi), Huggies and Kokoro excluded"),
        ("влажные салфетки для малышей", S(x=["3697052"]),
         "baby wet wipes: Перекрёсток «Салфетки влажные для новорожденных Kokoro»; antibacterial/antiseptic/"
         "cosmetic wipes and Tolli Plus universal wipes (not for babies) excluded"),
    ]),
    # coffee and tea at the office
    ("нескафе голд банка, сахар рафинад быстрорастворимый, печенье овсяное с изюмом", [
        ("нескафе голд банка", S(p=["3659359", "3419750", "3419749", "3971960", "3928171", "3932897", "3658915",
                                      "3626895", "3659496"],
                                   m=["198971", "199191", "109351"]),
         "any Nescafé Gold instant coffee (Gold, Gold Barista, Gold Crema, Gold Espresso, Gold Origins Colombia; "
         "any size); «банка» taken as the usual unit of instant coffee, not as a pack filter (most titles do not "
         "state jar or soft pack; judgement); Nescafé Classic, Crema (not Gold) and Classic Latte sachets excluded"),
        ("сахар рафинад быстрорастворимый", S(),
         "quick-dissolving refined sugar cubes: none says «быстрорастворимый»; Магнит РУССКИЙ «Сахар белый "
         "прессованный 1кг» (plain cubes) and cane sugar Демерара excluded -> absent (the variety written is required)"),
        ("печенье овсяное с изюмом", S(),
         "oat biscuits with raisins: none; oat biscuits without raisins (Классическое, с шоколадом, Юбилейное, "
         "Хлебный спас), cereal biscuits «клюква и изюм» (Каскад, Мюсли; not oat) excluded -> absent"),
    ]),
    # weekday dinner: buckwheat and sausages
    ("ядрица гречневая 2 пачки, сосисок молочных пачку, горчица русская острая", [
        ("ядрица гречневая 2 пачки", S(m=["203081"]),
         "buckwheat groats ядрица: Магнит «Крупа Гречневая Prosto, 500 г» (ядрица not stated; accepted as ordinary "
         "buckwheat groats, outside knowledge); buckwheat flakes, soba, buckwheat baby porridge, ready meals with "
         "buckwheat and «Рис и греча» excluded"),
        ("сосисок молочных пачку", S(p=["3642007"], m=["112421", "213611"]),
         "«Молочные» sausages: Пятёрочка Велком, Магнит 0,33 кг and 0,65 кг; other sausages (Сливочные, Детям, "
         "Баварские, Докторские, Венские, Филейные …) excluded"),
        ("горчица русская острая", S(p=["3435016"]),
         "Russian mustard: Пятёрочка МАХЕЕВЪ «Горчица РУССКАЯ столов.» («острая» is how Russian mustard is; not a "
         "separate filter); French mustard and snacks «с горчицей» excluded"),
    ]),
    # name-day / guests: herring and vodka
    ("водочка хорошая пол литра, селедка филе, свекла вареная, майонез на перепелиных", [
        ("водочка хорошая пол литра", S(m=["2fc1277b9b", "1ea5fbb268", "199131", "202321", "202051", "199141", "202041",
                                           "167671", "167591", "159761", "160071", "108971", "111501", "204991",
                                           "213221"]),
         "plain vodka in 0.5 l bottles («пол литра» names the size; «хорошая» is a wish): Drink House Deluxe, "
         "Столичная, Беленькая Люкс, Крещенская, Русский Стандарт, Белуга, Белуга Нобл, Мороша, Tundra, Хаски, "
         "Журавли, Белая Берёзка, Shustoff, Талка; flavoured / «особая» vodkas (Перепелка, Зелёная Марка "
         "Кедровая, Талка Сибирский Кедр, Зимняя Деревенька можжевеловая, Хортиця Ultra Premium «особая») and "
         "other sizes (0,25/0,375/0,45/0,7/1 л) excluded"),
        ("селедка филе", S(
            p=["4043492", "3497722", "3637884", "3682728", "3626055", "3401016", "3401018"],
            m=["3068665d37", "ee295ae8a7", "44f4c820e1", "8f5e5b9485", "29793287b9", "112371"],
            x=["3504605", "79542", "4402737", "4402738", "4056953", "4034451", "4364450", "79544", "4147685",
               "4255361", "3497722", "4364448", "4367699", "4367712", "3621742", "4360965", "3637884", "4225103"]),
         "herring fillet / fillet pieces in oil, brine or wine dressing (titles saying филе, ф/к, ф/кус): "
         "Матиас, Русское Море, Балтийский Берег, Меридиан, Vici, Санта Бремор, Смоленская коллекция, Золотая "
         "Fishka, Раптика, Люди Любят, Атлантика; herring whose title does not say fillet (Тесей Царская, Русское "
         "Море атлантическая 400 г, Fish House 1 кг whole, Магнит «Сельдь тихоокеанская 245 г»), салат «Сельдь под "
         "шубой», herring roe and сельдерей excluded"),
        ("свекла вареная", S(),
         "boiled beetroot: none; fresh beetroot (Перекрёсток, Магнит «Свекла мытая»), beetroot salads and juice "
         "excluded -> absent"),
        ("майонез на перепелиных", S(p=["3425670", "3695167"], x=["3425669", "4312243", "4352557", "3695167"]),
         "mayonnaise on quail eggs: Mr.Ricco (375 мл, 630 мл, Organic 800 мл), Махеевъ «С перепелиным яйцом», "
         "Я люблю готовить / МОС.ПРОВАНС «на переп.яйц.» 600 мл; quail eggs, Olivier salads with quail egg and "
         "ordinary mayonnaise excluded"),
    ]),
    # cleaning day
    ("тайд автомат порошок, для посуды средство самое дешевое, губок для посуды упаковку", [
        ("тайд автомат порошок", S(m=["262159b924", "198901", "167921", "105941"]),
         "Tide washing powder for machines («авт»/«автомат» in the title): д/чувств кожи 400 г, Color 4 кг, "
         "Детский 2,4 кг, Колор 2,5 кг; Tide Lenor Color 2,5 кг (automat not stated) excluded on the strict reading, "
         "liquid Tide, gel capsules and Tide Color «СМС … жидк.» excluded (not powder)"),
        ("для посуды средство самое дешевое", S(
            p=["4057348", "4057350", "3503216", "3678617", "3669210", "3669211", "3501026", "3500750", "3501031",
               "3679975", "3669212", "3501028", "3691740", "3682367"],
            m=["168221", "159851"]),
         "any hand dishwashing liquid (BIASEPT, Sorti, Fairy incl. abbreviated «FAIRY Ср.НЕЖ.РУКИ…»/«Сред.НЕЖ.Р.…», "
         "AOS incl. «Сред.БАЛЬЗ.АЛ.ВЕР.»/«ФИТОКОМ.7 ТРАВ», SYNERGETIC «Ср.д/мыт.пос/игр.» — the abbreviated ones found "
         "on re-check; Магнит Aos, Fairy Platinum); «самое дешевое» is a "
         "ranking wish; dishwasher tablets (Finish, Somat) excluded"),
        ("губок для посуды упаковку", S(), "dish sponges: none in stock -> absent"),
    ]),
    # dairy for the week
    ("сметана домик в деревне 20, творог 9% пачка, яйца 10 шт с1", [
        ("сметана домик в деревне 20", S(p=["3664287"], x=["3664287"]),
         "Домик в деревне sour cream 20% 300 г; Домик в деревне 15%/25% sour cream, its cream «Сливки 20%» and "
         "other brands' 20% sour cream excluded"),
        ("творог 9% пачка", S(p=["3634733"], x=["4185866", "4216658"]),
         "cottage cheese labelled 9%: Пятёрочка Вкуснотеево 300 г, Перекрёсток Молочный знак 180 г and 800 г; «пачка» "
         "is a quantity; other fats, curd desserts, children's биотворог and зернёный творог excluded"),
        ("яйца 10 шт с1", S(p=["3446505"], x=["3662512", "3062836", "3446505", "4068694"]),
         "chicken eggs class С1 in packs of 10: Маркет, Окское, Село Зелёное Деревенское, Зелёная Линия активита; "
         "СО/отборные (other class), 6- and 20-packs (Лето С1 20 шт) and quail eggs excluded"),
    ]),
    # weekday dinner: potatoes and sprats
    ("черный хлеб нарезка, килька в томате, картошечка 2 кг", [
        ("черный хлеб нарезка", S(),
         "sliced black bread: no black/rye loaf says it is sliced (Пятёрочка Даниловский loaves do not) -> excluded, "
         "absent (the form written is required); the sliced «Батон Нарезной» is white bread"),
        ("килька в томате", S(p=["3468685", "3907223"], m=["159901"]),
         "sprat in tomato sauce: Пятёрочка Вкусные консервы «Килька черноморская, в томатном соусе», «Килька "
         "балтийская неразделанная обжаренная с чили в томатном соусе», Магнит «Килька обжаренная, в томатном "
         "соусе»; Перекрёсток spiced-salted and in-oil kilka and sprats in oil (БАРС «из балтийск.кильки») excluded"),
        ("картошечка 2 кг", S(m=["199751", "168701", "168671", "109571", "107511"], d=["72aaa021b7"],
                              x=["2099571", "3646068"]),
         "fresh potatoes of any kind and pack (Магнит мытый 2,5 кг, Новый урожай, для жарки 3 кг, красный, для "
         "варки 3 кг; Дикси «Картофель молодой, 1 кг»; Перекрёсток мытый and красный мытый by weight); «2 кг» is "
         "the quantity wanted, not a pack; starch, crisps, Knorr mash, vareniki, marzipan «Картошка» excluded"),
    ]),
    # baking
    ("подсолнечное масло нерафинированное, мука в/с 2 кг пшеничная, дрожжи саф-момент, яйцо куриное", [
        ("подсолнечное масло нерафинированное", S(),
         "unrefined sunflower oil: none; the sunflower oils in stock are refined (Mr.Ricco, Благо, Слобода, Олейна) "
         "or flavoured (ALMADOR базилик/чеснок), «нераф.» oils are olive -> excluded, absent"),
        ("мука в/с 2 кг пшеничная", S(x=["91304", "8065"]),
         "wheat flour of the highest grade in 2 kg packs («2 кг» names the pack of flour): Перекрёсток Makfa "
         "«высшего сорта, 2кг» and Пышечка «пшеничная хлебопекарная высшего сорта, 2кг»; Перекрёсток «Мука "
         "Пшеничная, 2кг» (grade not stated), Рязаночка «ПШЕНИЧНАЯ ЭКСТРА 2кг» (экстра is a different grade), "
         "1 kg packs, whole-grain, rye, rice and durum flour excluded"),
        ("дрожжи саф-момент", S(x=["17366"]),
         "Saf-Moment dry yeast 11 г (Перекрёсток); frozen yeast dough excluded"),
        ("яйцо куриное", S(p=["3341462", "3620510", "3446505"],
                           x=["3634491", "4202935", "3662512", "3062836", "3446505", "4068694", "44323", "3062835",
                              "3341462"]),
         "chicken eggs of any class and pack (С0/С1/отборные, 6/10/20 шт); quail eggs, mayonnaise «на … яйце» and "
         "salads excluded"),
    ]),
    # a diet week / stomach
    ("ессентуки 4 минералка, кефирчик однопроцентный, овсяные хлопья быстрого приготовления", [
        ("ессентуки 4 минералка", S(p=["3977405", "3977407"], x=["3977405"]),
         "Ессентуки №4 mineral water (0,45 л glass, 1 л PET); Ессентуки №17 (another water) excluded"),
        ("кефирчик однопроцентный", S(), "kefir: no kefir of any fat is in stock -> absent"),
        ("овсяные хлопья быстрого приготовления", S(),
         "quick-cooking oat flakes: none says so; traditional rolled oats (Геркулес, Увелка «трад.»), instant "
         "flavoured porridge «не требующая варки» with additions, Ясно Солнышко porridge with berries and ВЕЛЛЕ "
         "oat products excluded -> absent"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fr"))
