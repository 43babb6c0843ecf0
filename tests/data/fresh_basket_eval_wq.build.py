#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wq.jsonl -- a set of shopping lists of a grandmother cooking the family's Sunday lunch
(холодец, пельмени, пирожки, борщ, винегрет, компот, блинчики) plus her own everyday groceries, hand-labelled against
the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wq.build.py

LISTS below is literal data: 25 lists (3-5 items) as such a shopper would type them to a Telegram bot, and for every
item the product ids of every store that a reasonable shopper would accept.  The list texts were written before any
offer was read and saved as fresh_basket_eval_wq.blind_lists.txt (read-only, never edited); this script checks that
every list text equals that blind draft, apart from the items listed in REPLACED (none).  Candidate titles were
grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings) and read one by one; every item was re-checked by listing all titles matching its stem that were not
accepted.  The note of each item records what was accepted, what was deliberately left out and any judgement that
rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).
The labels were made without reading korzina's matcher or its data files.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in real_offers_g.jsonl *for
that store* and is in stock (``available`` true), no id is repeated within an item, every item has a note, and the
labels are exactly the list's items in order (an item is the text between commas / new lines) -- and then writes the
JSONL in the format of real_basket_eval.jsonl.  List ids are fwq01, fwq02, ... in LISTS order; every list is in
split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wq.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wq.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list id: [(blind item text, replacement item text), ...]}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwq01 холодец: meat and seasoning
    ("говяжья голяшка 2 кг, свиные ножки 4 шт, желатин пищевой 2 пакетика, чеснок крупный, горчица острая", [
        ("говяжья голяшка 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["85566"],
        }, "beef shank: Перекрёсток «Голень говяжья … с костью» (голяшка = голень, the shin cut; outside "
           "knowledge); other beef cuts (лопатка/шейный отруб на кости, суповое рагу), chicken/turkey голень and "
           "ready холодец excluded; «2 кг» is a quantity"),
        ("свиные ножки 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork trotters: none in any store (grep ножк/ноги/копыт/рульк); smoked pig ears, студень/заливное "
           "and tinned pork are not trotters"),
        ("желатин пищевой 2 пакетика", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000237733", "2000163050"],
            "perekrestok": [],
        }, "edible gelatine of any pack (Dr.Bakers 10 г, Магета 50 г); «2 пакетика» is a quantity; gelato/«Лед … "
           "Джелато» and agar products are not gelatine"),
        ("чеснок крупный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278"],
        }, "fresh garlic heads (loose, net, «отборный 1 сорта», «ранний»); «крупный» is a wish about head size "
           "that no title can confirm, not a filter; peeled cloves («отборный зубчиками»), "
           "dried/granulated/ground, chopped, grated, smoked, salted garlic, seasonings and dishes «с чесноком» "
           "excluded"),
        ("горчица острая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "21002", "2143139", "3332503", "3332502", "3333301", "3435016",
                           "3372044", "4337617", "4273279", "3416298", "4229364", "2153858", "3135056", "4322908"],
        }, "ready mustard that is hot: titles saying острая/жгучая/ядрёная, with horseradish, Кинто «Скорпион "
           "чилийская», and every «Русская» mustard (Russian table mustard is the hot sarepta kind — outside "
           "knowledge); Дижонская/по-дижонски (except Kuhne «Дижонская острая»), Баварская, зернистая (incl. ЕЖК "
           "«Русская Зернистая»), Ротиссер, Французская, медовая, фруктовая, plain "
           "«Столовая»/Домашняя/Деревенская/burger, whole seeds, mustard powder, mustard oil, sauces and bread "
           "excluded"),
    ]),
    # fwq02 холодец: knuckle, rooster, horseradish
    ("свиная рулька для холодца\nпетух суповой\nхрен столовый баночку", [
        ("свиная рулька для холодца", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork knuckle (рулька): none in any store (grep рульк/голяш/голен/ножк/на кости); boneless окорок,"
           " грудинка/корейка на кости, tinned pork, студень and заливное are not рулька; «для холодца» is a "
           "purpose"),
        ("петух суповой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a soup rooster/old bird: none in any store; broiler carcasses and parts (ПЕТРУХА, Петелинка) are a "
           "different product, the brand «Золотой Петушок» (nuggets, lasagne, canned chicken) and Makfa "
           "«Петушиные гребешки» pasta are traps"),
        ("хрен столовый баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000203670", "2000118860"],
            "perekrestok": [],
        }, "table horseradish in a jar (Махеевъ столовый, Главпродукт «Русский столовый»); mustards «с хреном», "
           "cheese and croutons with horseradish, pickles «с хреном» and wasabi snacks excluded"),
    ]),
    # fwq03 пельмени: mince, flour, eggs, onion
    ("фарш свино-говяжий 1.5 кг, мука высшего сорта 2 кг, яйца с1 десяток на тесто, лука репчатого 2 кг", [
        ("фарш свино-говяжий 1.5 кг", {
            "pyaterochka": [],
            "magnit": ["1f9a3b6240"],
            "dixy": [],
            "perekrestok": ["4364589"],
        }, "mixed pork-beef mince: Магнит «МАГНИТ СВЕЖЕСТЬ Домашний» and Перекрёсток Хороший Кусок «домашний "
           "мясной» (фарш «домашний» is the pork+beef mix — outside knowledge); pure beef or pork mince, turkey "
           "Индилайт, and Черкизово «Фермерский» / Ближние Горки «деревенский» (meat composition not stated) "
           "excluded; «1.5 кг» is a quantity"),
        ("мука высшего сорта 2 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733", "ЦТ0044544"],
            "perekrestok": ["3193726", "3305673", "91321", "4326495", "2107396", "2112692", "2037765", "3626914",
                           "3681817", "3915409", "4262616"],
        }, "wheat flour высшего сорта in 2 kg packs (the size names the pack, as «сахар 1кг» in set g), incl. "
           "«хлебопекарная» flours; Магнит «Мука ПЫШЕЧКА, пшеничная, 2кг» and Старооскольская «хлебопекарная» 2 "
           "кг in Магнит/Дикси accepted although their titles omit the grade (other chains title the same Пышечка"
           " / Старооскольская 2 кг «высший сорт» — outside knowledge); 1 kg packs, «сорт экстра»/«экстра» "
           "(Makfa, Алексеевская, Французская штучка, Печенов), ungraded Дикси «Мука пшеничная хлебопекарная, 2 "
           "кг», Тихорецкая «особая», wholegrain, rye, rice, corn and other flours excluded"),
        ("яйца с1 десяток на тесто", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["2109476", "3001671", "4085791", "2131763", "3182856"],
        }, "hen eggs of class С1 (= «1 категории», Latin «C1» included) in packs of 10; С0/СО/отборные, С2, "
           "«высшей категории», СВ and packs of 6/15/20/30 excluded; «на тесто» is a purpose"),
        ("лука репчатого 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions, loose, netted or packed, incl. red «лук репчатый красный» and peeled fresh onion; "
           "«2 кг» is the quantity of a weighed good, not a pack size; dried/ground onion, dishes and snacks «с "
           "луком» excluded"),
    ]),
    # fwq04 пельмени: meat to mince at home
    ("говядина мякоть для фарша\nлопатка свиная на фарш\nперец черный молотый для пельменей", [
        ("говядина мякоть для фарша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697004", "3917642", "1036", "4008468", "4314598", "1038", "3697006", "46627", "4373861",
                           "4012", "4010", "1031"],
        }, "boneless raw beef to mince at home: «мякоть» of бедро, духовая, огузок, шейная часть без кости, филей"
           " бедра, гуляш pieces, «для бульона без кости», «Мясо котлетное из говядины» (boneless trimmings for "
           "mince); ready mince (the item asks for meat to mince), cuts on the bone, steaks/антрекот/ростбиф "
           "portions, cooked, smoked and marinated beef, dishes and baby purées excluded"),
        ("лопатка свиная на фарш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000309996"],
            "perekrestok": ["3293544"],
        }, "raw pork shoulder (Дикси «Лопатка свиная охлажденная», Перекрёсток «Лопатка свиная без кости»); beef "
           "лопатка, other pork cuts and pork mince excluded; «на фарш» is a purpose"),
        ("перец черный молотый для пельменей", {
            "pyaterochka": [],
            "magnit": ["71d97ddd90"],
            "dixy": ["2000259286", "ЦТ0046005", "2000535254", "2000315784"],
            "perekrestok": ["4207246", "4285102", "4117709", "4202527", "20279", "88780", "4088822", "9382", "4078639",
                           "3166456", "3166496", "2127636", "3172900", "3481330", "2029582", "49761", "3481016",
                           "3687602", "3500194"],
        }, "ground black pepper of any brand and pack; peppercorns (горошек/целый), pepper «в мельнице», "
           "«дроблёный», titles that do not say ground (Kamis 42 г, Маркет 36/50 г — grinders), Теличерри, pepper"
           " mixes, sauces and snacks with pepper excluded"),
    ]),
    # fwq05 пирожки: yeast dough and cabbage filling
    ("дрожжи сухие саф момент 3 пакетика, маргарин для выпечки пачку, кочан капусты белокочанной, яичек 2 десятка", [
        ("дрожжи сухие саф момент 3 пакетика", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry instant yeast of the brand Саф-Момент, 11 г sachets (Магнит «Дрожжи САФ-МОМЕНТ», Дикси "
           "«Саф-Момент сухие быстродействующие»); pressed yeast (Люкс Экстра, Саф-Нева), yeast dough and "
           "Safeguard soap excluded; «3 пакетика» is a quantity"),
        ("маргарин для выпечки пачку", {
            "pyaterochka": [],
            "magnit": ["1000374189", "1000054609"],
            "dixy": ["2000003174"],
            "perekrestok": ["4275750", "58471"],
        }, "margarine in a pack: Пышка «для выпечки» 72 % and Хозяюшка «сливочный» 60 % (a classic baking "
           "margarine; «для выпечки» read as a purpose, as «на фарш»/«для холодца»); spreads "
           "(Кремлевский/Кремлевское «спред»), puff pastry and baking mixes excluded"),
        ("кочан капусты белокочанной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["198", "1546", "45661"],
        }, "fresh white cabbage sold as heads (Дикси and Перекрёсток «Капуста белокочанная», «… ранняя», and "
           "Перекрёсток plain «Капуста» by weight, taken as white cabbage — outside knowledge); shredded packs "
           "(резаная, соломка), mixes, sauerkraut, marinated cabbage, salads, cauliflower/broccoli/sea kale and "
           "seeds excluded"),
        ("яичек 2 десятка", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "1a8d487cea", "2047000007",
                      "2047000014", "2047000033", "3454700001", "44e0856421", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425",
                    "2000326489", "2000588991", "2000596671", "2000601652"],
            "perekrestok": ["2109476", "2131762", "2131763", "3001671", "3182853", "3182856", "3355250", "3356111",
                           "3392204", "3421287", "3432532", "3914040", "3950938", "4012802", "4076991", "4085790",
                           "4085791", "4085792", "4088955", "4168688", "4201192", "4201194", "4236458", "4263543",
                           "4337164", "4339427", "4352464", "4364349"],
        }, "hen eggs of any class in packs of 10 (two packs) or 20 (= «2 десятка»); packs of 6, 15 and 30 and "
           "quail eggs excluded"),
    ]),
    # fwq06 пирожки: liver-rice and apple fillings
    ("печенка говяжья на начинку, рис круглый для начинки, повидло яблочное", [
        ("печенка говяжья на начинку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000310966"],
            "perekrestok": [],
        }, "raw beef liver (Дикси «Печень говяжья \"Диета\" замороженная»); cod liver, liver sausage, pâtés, baby "
           "purées «говядина-печень», pet food and pancakes «с печенью» excluded; «на начинку» is a purpose"),
        ("рис круглый для начинки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["4332035", "3674360", "3603169", "3231277", "3469128", "3469127"],
        }, "white rice whose title says round-grain (круглый/круглозерный/круглозернистый, incl. boil-in-bag 5х80"
           " г and Мистраль «Италика белый круглозерный»); long-grain, parboiled, jasmine, basmati, brown, «для "
           "суши»/«для японской кухни», risotto rices not called round (Адриатика, Бальдо), Агро-Альянс "
           "«кубанский» (grain not stated), rice+millet mixes and rice dishes excluded"),
        ("повидло яблочное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3503165"],
        }, "apple povidlo (Пр!ст «Повидло яблочное»); other povidlo flavours (земляничное, малиновое, "
           "клубничное), apple jam/confiture and varenye are different products (the word written is the product)"),
    ]),
    # fwq07 борщ: vegetables and stock
    ("свекла молодая 1 кг, морковки на борщ 1 кг, капусточка, паста томатная в баночке, говядинка на косточке для бульона", [
        ("свекла молодая 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["13998", "2143053"],
        }, "young beetroot: Перекрёсток «Свекла молодая» and «Свекла в пучках» (bunched beets are the young crop "
           "— outside knowledge); «молодая» is a variety wish and is respected, so ordinary fresh beet (loose, "
           "netted, washed, packed), peeled/cut, boiled, marinated, dried beet, chard «мангольд» and seeds are "
           "excluded; «1 кг» is a quantity"),
        ("морковки на борщ 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784", "4191099"],
        }, "fresh carrots of any pack (loose, washed, netted, tray, mini, «Морковь для сока, 1кг»); boiled "
           "carrots, Korean carrot salad, juices, purées, mixes and pet food «с морковью» excluded; «1 кг» is a "
           "quantity"),
        ("капусточка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["198", "1546", "45661", "4208425", "4268735"],
        }, "fresh white cabbage (heads, «ранняя», plain «Капуста» by weight, and fresh shredded "
           "«резаная»/«соломка» packs — fine for borscht); cauliflower, broccoli, sea kale, sauerkraut, marinated"
           " and Korean cabbage, cabbage/carrot mixes, salads, stewed cabbage and seeds excluded"),
        ("паста томатная в баночке", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000000761", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste; the titles do not name the pack, so every paste is taken as sold in a jar or tin "
           "(outside knowledge) except those whose title names another pack (Дикси «пирамидка» 70 г and «саше» 30"
           " г, excluded); ketchup, tomato sauces, tomatoes in juice and fish «в томатном соусе» excluded"),
        ("говядинка на косточке для бульона", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["85566", "923", "3020550", "7338"],
        }, "raw beef on the bone for stock: голень с костью, лопатка на кости, шейный отруб на кости, «Рагу из "
           "говядины суповое» (soup pieces on the bone — outside knowledge); boneless beef (incl. «для бульона "
           "без кости»), грудинка «для харчо» (bone not stated), the striploin steak «с костью», mince and cooked"
           " beef excluded"),
    ]),
    # fwq08 борщ: to serve
    ("сметанка 20% к борщу, укропа пучка два, перец болгарский красный 2 шт, фасоль консервированная красная", [
        ("сметанка 20% к борщу", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371", "1000102474",
                      "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                           "4072176", "4376610", "3181748", "4095524", "3166306"],
        }, "sour cream labelled exactly 20 % of any brand and pack; 10/15/25/30 % sour cream, «сметанный» "
           "mayonnaise, Сметанковый cheese, sour-cream crisps and croutons excluded; «к борщу» is a purpose"),
        ("укропа пучка два", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill: none in any store (grep укроп/зелень/пучок); herring, crisps, olives, ketchup and cheese "
           "«с укропом», Дикси packed parsley/coriander and microgreens are other products"),
        ("перец болгарский красный 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh red bell pepper: none in any store (grep перец/перц/болгар/сладк/паприк); marinated peppers, "
           "ground paprika, chilli, black pepper and sauces «с болгарским перцем» excluded"),
        ("фасоль консервированная красная", {
            "pyaterochka": ["20063"],
            "magnit": ["751c38594f"],
            "dixy": [],
            "perekrestok": ["3472093"],
        }, "canned red kidney beans (Bonduelle «КЛАССИЧ. крас. ж/б», ГЛОБУС «красная 425мл», Пр!ст «красная "
           "натуральная» 360 г); white beans, beans in tomato sauce, beans with vegetables and dog food «с "
           "фасолью» excluded"),
    ]),
    # fwq09 винегрет
    ("соленые огурцы бочковые для винегрета\nгорошек зеленый консервированный 2 банки\nкапуста квашеная с морковкой\nмасло нерафинированное душистое", [
        ("соленые огурцы бочковые для винегрета", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000406194", "2000324334"],
            "perekrestok": ["2145531", "4260395", "4379607", "3609120", "4260194"],
        }, "salted barrel cucumbers whose title says бочковые (Круглое лето, Скатерть-Самобранка, Меленъ, "
           "Павловские, Станичные, and Лукашинские «По-Суздальски малосольные бочковые», lightly salted barrel "
           "cucumbers); «бочковые» is a variety and is respected, so salted cucumbers not called бочковые, "
           "marinated cucumbers/gherkins, fresh cucumbers and cucumber crisps are excluded; «для винегрета» is a "
           "purpose"),
        ("горошек зеленый консервированный 2 банки", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92", "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884", "2000118079",
                    "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175", "3483842", "19134",
                           "4206921", "3628006", "77114", "32340", "4273266", "4274246", "3350744", "3360308",
                           "3026306", "4380317", "4211849", "2035571", "4192227", "4188483", "4011800", "3504837",
                           "3447858"],
        }, "canned green peas of any brand and size (titles with a can/jar weight or volume are taken as canned, "
           "incl. «молодой», «нежный», «деликатесный» Green Ray, and the 4.15 кг Бояринъ can); frozen peas, "
           "Bonduelle Expert «с морковью», fresh «Горошек сладкий», peppercorns, chickpeas and dog food «с "
           "зеленым горошком» excluded; «2 банки» is a quantity"),
        ("капуста квашеная с морковкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2068014", "4006250", "4006123", "4243262", "4116723"],
        }, "sauerkraut whose title says «с морковью» (Белоручка, Маркет Перекрёсток «с морковью и тмином» / «с "
           "морковью и яблоком», Зелёная Линия шинкованная); Дикси «Фитнес без сахара» and «с клюквой» (carrot "
           "not stated), marinated cabbage, kimchi, Пелюстка со свеклой and Korean carrot excluded"),
        ("масло нерафинированное душистое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4307791", "3608379", "3653773", "4311768", "3683883", "2071663", "4149438",
                           "74883"],
        }, "unrefined sunflower oil of any brand/size (incl. «из жареных семечек», Золотая Семечка and Getuva "
           "high-oleic unrefined); sunflower oils whose refinement is not stated (Аведовъ, Getuva New Way) "
           "excluded; «масло нерафинированное душистое» is read as aromatic unrefined sunflower oil — outside "
           "knowledge — so unrefined olive, mustard, avocado oils, refined oils, blends (с оливковым, с льняным) "
           "and flavoured oils are excluded"),
    ]),
    # fwq10 компот
    ("сухофрукты для компота 500г, яблок антоновка кило, ягода клюква мороженая, сахар песок 3 кг", [
        ("сухофрукты для компота 500г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a dried-fruit compote mix: none in any store (grep сухофрукт/компот/узвар/сушен); single dried fruits"
           " (курага, чернослив, изюм, сушёная клюква), nut-and-fruit snack mixes, Агуша «Компот» and the ready "
           "drink «Узвар … из груши-дички» are not a compote mix"),
        ("яблок антоновка кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Antonovka apples: none in any store; the variety is respected, so other apple varieties (Гала, "
           "Гольден, Гренни, Симиренко, Синап…) and Семейные секреты «Зефир Антоновка» are excluded; «кило» is a "
           "quantity"),
        ("ягода клюква мороженая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4275459", "4289122"],
        }, "frozen cranberries (Маркет «дикорастущая быстрозамороженная» 300 г, Пр!ст «садовая "
           "быстрозамороженная» 700 г); fresh «Клюква садовая», Магнит «КЛЮКВА, 250г» (frozen not stated), "
           "dried/вяленая cranberries, cranberry purée with syrup and cranberry-flavoured goods excluded"),
        ("сахар песок 3 кг", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3902622"],
        }, "white granulated sugar of any pack (сахар-песок, «белый песок», Чайкофский «белый кристаллический»); "
           "«3 кг» is not a pack size sold anywhere and is read as the quantity; lump/pressed sugar, cane and "
           "coconut sugar (incl. «Сахар-песок Брауни тростниковый»), vanilla sugar, icing sugar and Советский "
           "«Экстра» 1 кг (form not stated) excluded"),
    ]),
    # fwq11 блинчики: batter
    ("молоко 3.2% 2 литра, мука блинная пачку, сода пищевая для блинов, масло сливочное 82.5% две пачки", [
        ("молоко 3.2% 2 литра", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014", "1812450001",
                      "1000323041", "1000139951", "be3e0e74c3", "1000049786", "1000445488", "1000127183", "1059990140",
                      "4aff59ccac", "18ca387556", "8000081425", "1000172272", "1899800825", "8000058295"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951", "10J0077073",
                    "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "cow drinking milk labelled exactly 3.2 % (pasteurised, UHT, sterilised; children's and lactose-free "
           "drinking milk included as in real_basket_eval: Агуша, Тема, Аммм, Зелёная Линия «для детского "
           "питания»); ranges 3.2-4 / 3.2-6, топлёное (Эго, Северная долина), Му-у «Для капучино», milkshakes and"
           " other fats excluded; «2 литра» is read as the amount wanted, not a pack size"),
        ("мука блинная пачку", {
            "pyaterochka": [],
            "magnit": ["6ea45de7b6", "5636222689"],
            "dixy": ["2000214069"],
            "perekrestok": ["16319", "2053130", "3502352"],
        }, "pancake flour (Пышечка блинная, С.Пудовъ «блинная классическая», Маркет Перекрёсток «Мука блинная»); "
           "plain wheat flour, cake mixes, ready pancakes and a pancake pan excluded"),
        ("сода пищевая для блинов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078505"],
            "perekrestok": [],
        }, "baking soda (Дикси «Сода пищевая, 500 г»); baking powder (разрыхлитель) and Palmia dish cleaner «пищ "
           "сода» excluded"),
        ("масло сливочное 82.5% две пачки", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
                      "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
                    "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609",
                           "3026226", "4113532", "3434127", "3612778", "4310021", "4055506", "86149", "3369241",
                           "3698785", "3287314", "3396544", "3657363", "4292462", "4343792", "3699369", "3953367",
                           "4196090", "4135603", "3922315"],
        }, "sweet-cream butter labelled exactly 82.5 % (incl. «сл/слив.», «несолёное», lactose-free Тысяча Озёр, "
           "Брест-Литовск «82.5» without %); 82 % butters (Jalo Kerma, Arla Natura, President, Киприно, Молочный "
           "знак 82 %), 72.5 %, chocolate butter 62 %, ghee, spreads and butter without a fat value excluded; "
           "«две пачки» is a quantity"),
    ]),
    # fwq12 блинчики: fillings
    ("творога 9% пару пачек, изюмчик без косточек, сгущенки рогачев баночки 2", [
        ("творога 9% пару пачек", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "0cfee9df84", "1000122024",
                      "1000530486", "1000426470", "1000426465", "1000448252", "8000055235"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076", "2000280850",
                    "2000564413", "2000312025"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "4294087", "3487310"],
        }, "plain cottage cheese labelled exactly 9 % (any brand and pack, incl. рассыпчатый, пластовой, "
           "«Домашний», Зелёная Линия «Зернышко 9%» taken as plain cottage cheese); 0/2/5/18 %, flavoured, soft "
           "«мягкий» desserts, «зерненый в сливках», творожки, сырки and masses excluded; «пару пачек» is a "
           "quantity"),
        ("изюмчик без косточек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316951", "3640864"],
        }, "raisins (Маркет «Изюм Голден», «Изюм светлый»); the titles do not say seedless, but golden/light "
           "raisins are seedless sultanas (outside knowledge); nut-and-raisin mixes, chocolate-coated raisins and"
           " goods «с изюмом» excluded"),
        ("сгущенки рогачев баночки 2", {
            "pyaterochka": [],
            "magnit": ["dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000186451", "2000014518"],
            "perekrestok": ["3376242", "4147345"],
        }, "Рогачевъ sweetened condensed milk («с сахаром», «цельное» 8.5 %, any can size); Рогачевъ boiled "
           "(вареное, Егорка) and «с кофе», other brands of сгущёнка and Рогачевъ butter excluded; «баночки 2» is"
           " a quantity"),
    ]),
    # fwq13 her everyday: dairy and bread
    ("кефира 2.5% пакет, йогуртик несладкий, хлеб дарницкий 1 буханка, батона нарезного 1 шт", [
        ("кефира 2.5% пакет", {
            "pyaterochka": [],
            "magnit": ["1000451590", "1000439735", "610b0779be", "1000139426", "1000350608", "1899800689", "1899912534",
                      "8000033639"],
            "dixy": ["ЦТ0028202", "2000560991"],
            "perekrestok": ["4280893", "4245052", "4280483", "4137919", "4229630", "4263418", "3491537", "4233125",
                           "3604726", "2173827", "2093082", "3386041", "3429041"],
        }, "kefir labelled exactly 2.5 % of any brand and pack («пакет» is read as one pack, a quantity, so the "
           "PET bottle counts too); other fats, «кефирный продукт»/биокефирный drinks and kefir cocktails "
           "excluded"),
        ("йогуртик несладкий", {
            "pyaterochka": ["8487"],
            "magnit": ["1000181497", "dafd7c4dc4", "8000087572", "1000470924", "1000380540", "555ec5242d"],
            "dixy": ["2000537895", "2000585835", "2000596134", "2000366091", "2000297751", "2000569034", "2000253975"],
            "perekrestok": ["4246013", "4264817"],
        }, "plain unflavoured yoghurt, spoonable or drinking: «натуральный», plain «Греческий» without a flavour "
           "(Lactica, Epica, Neo «Классический», Простоквашино, Teos/TEOS), Козочка «без сахара», and Зелёная "
           "Линия goat-milk biyoghurts without a flavour (plain yoghurts taken as unsweetened — outside "
           "knowledge); fruit/nut/honey yoghurts incl. fruit ones «без сахара», Зелёная Линия «Йогурт сладкий», "
           "skyr (кисломолочный продукт), Laplandia dessert yoghurts and children's yoghurts excluded"),
        ("хлеб дарницкий 1 буханка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974720", "4074396", "3627134", "3953836", "4354623", "2053660"],
        }, "Дарницкий bread, whole or sliced, incl. Пр!ст «часть изделия» (a half loaf; «1 буханка» is a "
           "quantity); the brand «Дарница» (Двинский заварной, «ржаной подовый») is a trap, as are Бородинский "
           "and other rye or rye-wheat loaves"),
        ("батона нарезного 1 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "«Батон Нарезной» loaves (Коломенское, Пр!ст «классический», Маркет Перекрёсток, Маркет «улучшенный»);"
           " other batons (Молочный, Новый, к завтраку, Отрубной, Утренний, Горчичный, Зерновой, the unnamed "
           "«Батон, 300г») are different breads even when sliced («нарезанный»); chocolate bars «батончик» "
           "excluded"),
    ]),
    # fwq14 her everyday: groats
    ("гречи ядрицы 2 пачки, овсяные хлопья геркулес на завтрак, пшено на кашу", [
        ("гречи ядрицы 2 пачки", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286", "2000180341",
                    "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178",
                           "4009020", "3694322", "3019156", "3674200", "53673", "6847", "3173448", "4090171",
                           "4019310", "3603166", "39155", "3600743", "3696237", "3477255", "3231481", "3493533",
                           "3994791"],
        }, "whole roasted buckwheat groats (ядрица) of any brand and pack, incl. steamed/quick-cooking and "
           "boil-in-bag; buckwheat titles without «ядрица» (Makfa 400 г, Тёплые традиции, Мистраль, Увелка "
           "Экстра, Агро-Альянс Экстра, Нижегородская…) are accepted because unmarked buckwheat groats are ядрица"
           " and продел is always named (outside knowledge; several of these lines are titled «ядрица» in another"
           " chain); green buckwheat, Националь «Камолино» (unclear product), cooked «Cook Chart», buckwheat "
           "dishes, drinks, flour, noodles and baby food excluded; «2 пачки» is a quantity"),
        ("овсяные хлопья геркулес на завтрак", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000222892", "2000219614", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "2105514", "3933387", "3421663", "23772", "6752", "24926", "3469028"],
        }, "oat flakes called «Геркулес» (the type the user named: Русский продукт Геркулес "
           "traditional/Монастырский/быстрого приготовления, Nordic «Геркулес Финский», Мистраль «Геркулес "
           "Фермерский», Маркет «геркулес», Экстра Геркулес 1 кг, Любимые традиции Геркулес, ГЕРКУЛЕС «Нежный»); "
           "other oat flakes not called геркулес (Ясно Солнышко №1-3, Nordic, Пр!ст, gluten-free), flavoured "
           "flakes, instant porridge cups («Каша Геркулес … абрикос») and Геркулесовая каша dishes excluded; «на "
           "завтрак» is a purpose"),
        ("пшено на кашу", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats (Пятёрочка «Крупа пшено шлифованное в пакетиках»); Myllyn Paras «Каша … пшенная» "
           "(millet flakes — outside knowledge), rice+millet mixes «Дружба», ready millet porridge and wheat "
           "products excluded"),
    ]),
    # fwq15 tea with the grandchildren
    ("кофе nescafe classic, печенье юбилейное для внуков, пряники мятные 2 упаковки, сушки маковые к чаю 1 пакет", [
        ("кофе nescafe classic", {
            "pyaterochka": [],
            "magnit": ["45760b0392", "9b7c8128ee", "fcd2266a66", "75165edd66"],
            "dixy": ["2000326563"],
            "perekrestok": [],
        }, "Nescafé Classic instant coffee of any jar/pack size, incl. Classic Crema (a variant of the Classic "
           "line) and Дикси «Nescafe Classic с добавлением натурального молотого»; Nescafé Gold, Gold "
           "Barista/Aroma/Alta Rica, 3-in-1 drinks and Пятёрочка «Кофейный напиток Nescafe Classic, 7х18 г» "
           "(3-in-1 sachets) excluded"),
        ("печенье юбилейное для внуков", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное biscuits of every variant (традиционное, молочное, с глазурью, овсяное) as brand+product; "
           "Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» coffee are traps; «для внуков» is a "
           "purpose"),
        ("пряники мятные 2 упаковки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mint gingerbread: none in any store; the flavour is respected, so chocolate, Стойленские, "
           "orange-blossom, cranberry and pear пряники are excluded"),
        ("сушки маковые к чаю 1 пакет", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "poppy-seed сушки (Магнит «Сушки-мини НЕВСКАЯ СУШКА, маковые»); plain/sugar-free сушки, баранки, "
           "garlic тараллини and pasta «полубублик» excluded; «1 пакет» is a quantity"),
    ]),
    # fwq16 fish day
    ("минтай мороженый 1 кг, селедочку слабосоленую, картошка молодая 3 кг", [
        ("минтай мороженый 1 кг", {
            "pyaterochka": [],
            "magnit": ["feaf47ac86", "21f5feb583"],
            "dixy": ["DI00079597"],
            "perekrestok": ["4352277"],
        }, "frozen raw Alaska pollock, headless carcass (тушка) or skinless fillet («свежемороженый», "
           "«замороженный»); Магнит «МИНТАЙ (филе), полуфабрикат из замороженного сырья» (sold thawed, so not "
           "frozen), pollock roe, pollock mince and cooked pollock dishes excluded; «1 кг» is a quantity"),
        ("селедочку слабосоленую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78003365", "4352006", "35430", "3088471", "2078344", "70039", "61803", "9419", "3454388",
                           "3009042", "4275608", "4366965", "3480999", "1722"],
        }, "lightly salted herring, whole or fillet, incl. fillet in oil and Перекрёсток «Сельдь атл.с/с в/у» "
           "(с/с = слабосолёная) and «Сельдь свежесолёная» (freshly salted = lightly salted — outside knowledge);"
           " herring only «солёная»/«традиционный посол», «жирная специального посола», cold-smoked, marinated "
           "«по-шведски», in wine/mayonnaise/tomato, Магнит ДОБРОФЛОТ «тихоокеанская, 245г» and ФОРГРЕЙТ "
           "«натуральная, 230г» (canned herring — outside knowledge) and salads excluded"),
        ("картошка молодая 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "new (young) potatoes: none in any store; «молодая» is respected (as for the young beet), so ordinary "
           "potatoes, Перекрёсток «Картофель Бэби» (small tubers, not stated young), sweet potato and the baked "
           "dish «Картофель молодой с паприкой… запеченный» are excluded"),
    ]),
    # fwq17 roast chicken and salad
    ("курицу целиком тушку, огурцы свежие в салат, розовые помидоры подешевле, зеленого лучку пучок", [
        ("курицу целиком тушку", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken carcass (Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная»); spatchcocked "
           "«Цыплёнок табака» (plain and marinated), chicken parts, fillets, squid/fish «тушка» and ready chicken"
           " excluded"),
        ("огурцы свежие в салат", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000271421", "2000088660", "ЦТ0001499", "2000327957"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072",
                           "2131726"],
        }, "fresh cucumbers of any type (гладкие, колючие, длинноплодные, короткоплодные, Бакинские, фасованные, "
           "Дикси «Огурцы корнишоны, в упаковке» and Перекрёсток «Огурцы Хрустящие» sold by weight — taken as "
           "fresh, since pickled titles say солёные/маринованные; outside knowledge); salted, marinated, pickled "
           "assortments, cucumber crisps and cosmetics excluded; «в салат» is a purpose"),
        ("розовые помидоры подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465"],
        }, "fresh tomatoes whose title says розовые (Азербайджан, грунтовые, фасованные); red, yellow, cherry, "
           "cocktail, Кумато and varieties whose colour is not stated (Бычье сердце, Панамера, Махитос, "
           "Фермерские) excluded, as are salted/marinated tomatoes; «подешевле» is a wish, not a filter"),
        ("зеленого лучку пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh green onions: none in any store (grep лук/зелен/перо/батун/порей); crisps «зеленый лук» are a "
           "trap"),
    ]),
    # fwq18 tea table: jam, honey, lemon
    ("варенье вишневое банку, мёду гречишного баночку, лимончика два к чаю", [
        ("варенье вишневое банку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000547000"],
            "perekrestok": ["4198147", "4252162"],
        }, "cherry varenye (Круглое лето «Варенье вишневое», Ратибор «вишнёвое», Маркет Перекрёсток «вишневое "
           "стерилизованное»); cherry jam (Махеевъ «вишневый», Пр!ст «Джем вишнёвый») is not varenye (the word "
           "written is the product), other flavours and белая черешня excluded; «банку» is a quantity"),
        ("мёду гречишного баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4320671", "3687699"],
        }, "buckwheat honey (Маркет «Мёд Гречишный натуральный монофлорный», Маркет Перекрёсток «Мёд гречишный "
           "натуральный»); other honeys (липовый, цветочный, горный, акациевый…) and Чак-Чак «с гречишным мёдом» "
           "excluded"),
        ("лимончика два к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or packed; lemon-flavoured drinks, tea, sweets, cleaners and «лимонник» excluded;"
           " «два» is a quantity, «к чаю» a purpose"),
    ]),
    # fwq19 селёдка под шубой
    ("филе сельди в масле\nмайонез провансаль для шубы\nсвеколку вареную\nяйца куриные", [
        ("филе сельди в масле", {
            "pyaterochka": [],
            "magnit": ["d1c803816b"],
            "dixy": ["2000162753", "2000322886", "2000236692", "2000242531", "2000179260", "2000309903"],
            "perekrestok": ["3345483", "3682728", "3622072", "3622071", "79543", "3683742", "2168484", "3683735",
                           "3463465", "3993017", "4322376", "4323336", "4275608", "4366965", "4159336"],
        }, "herring fillet or fillet pieces in oil of any brand, incl. variants with dill, spices or «с дымком» "
           "and «в масляной заливке»; herring in mayonnaise, wine, tomato, mustard or vinegar marinades, Викинг "
           "«По-польски в масле с лучком и томатом», cold-smoked fillet, whole herring, Santa Bremor «популярное»"
           " and Матиас «свежая зелень» (filling not stated) excluded"),
        ("майонез провансаль для шубы", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077733", "1000077734", "1000169172", "1000179908", "1000233673", "1000277219",
                      "1000348713", "1000356802", "1000422623", "1000498096", "1000501598", "1000554514", "1000556519",
                      "1000556520", "1000556521", "1000558908", "1728400030", "1799700138", "8000045827", "2c23c84574",
                      "53cac67445", "56ff8ec751", "7a519275b4", "7d31b46ae3", "d8bbb63f48", "da818e4a20", "ddda8365b8",
                      "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369", "2000204803",
                    "2000265607", "2000306265", "2000409572", "2000429651", "2000539317", "2000570511", "2000593851",
                    "2000602611", "T000005518", "ЦТ0027566", "ЦТ0040573", "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671", "3467275",
                           "3674577", "3677986", "4072721", "4105769", "4112954", "4199312", "4259097", "4259098",
                           "4297819", "4331497", "4331500", "4331515", "4331518", "4331533", "4339442", "78193"],
        }, "every mayonnaise whose title names it Провансаль, of any fat and size (incl. «с лимонным соком», "
           "«оливковый»/«сметанный» Провансаль and the «Московский Провансаль» line); mayonnaises without "
           "Провансаль in the name (Оливковый, на перепелином яйце, Heinz/Классико/Чистый, Слобода «Московская»),"
           " sauces and herring/salads in mayonnaise excluded; «для шубы» is a purpose"),
        ("свеколку вареную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000414083", "2000153342"],
            "perekrestok": ["2140811", "2140807", "3635806", "3635805", "3635807", "49505"],
        }, "cooked beetroot, whole, cubed or in strips (варёная/отварная); raw beet, «Свёкла целая очищенная, "
           "500г» (cooked not stated), marinated beet, beet salads and Korean beet excluded"),
        ("яйца куриные", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "1000247384", "1000247393", "2047000007", "2047000014",
                      "2047000033", "3454700001", "8000092349", "1a8d487cea", "44e0856421", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000212529", "2000238733", "2000269323", "2000269325", "2000284425",
                    "2000326489", "2000588991", "2000596671", "2000601112", "2000601652"],
            "perekrestok": ["2109474", "2109476", "2131762", "2131763", "3001671", "3062838", "3182853", "3182856",
                           "3303858", "3355250", "3356111", "3392204", "3421287", "3432532", "3624328", "3914040",
                           "3950938", "4012802", "4076991", "4085791", "4085792", "4088955", "4168688", "4201192",
                           "4201194", "4236458", "4263543", "4322003", "4337164", "4339427", "4352464", "4364349",
                           "4085790", "4229222"],
        }, "hen eggs of any class and pack size (6-30); Kinder/Шоки-токи chocolate eggs, quail eggs, mayonnaise "
           "and soups «с яйцом» excluded"),
    ]),
    # fwq20 drinks for the Sunday lunch
    ("квас хлебный 2л, морсу клюквенного, водички ессентуки 4", [
        ("квас хлебный 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bread kvass in a 2 l bottle (the size names the bottle, as «кола 2л» in set zh): none in any store; "
           "Пятёрочка Русский Узор «Летний» is 2.5 l and not called хлебный, Перекрёсток «Квас Медовый» is honey "
           "kvass of 1 l; sauerkraut/okroshka items are traps"),
        ("морсу клюквенного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4275137", "4252637"],
        }, "single-berry cranberry mors (Finnmors «Клюква» 1.5 l and 0.5 l); mixed-berry mors (J7, Добрый "
           "виноград-клюква, Любимый клюква-виноград, ФрутоНяня, Агуша «ягодный сбор»), Зелёная Линия «Напиток "
           "морсовый Клюква» (a mors drink, like nectar vs juice) and cranberry-flavoured soft drinks excluded"),
        ("водички ессентуки 4", {
            "pyaterochka": [],
            "magnit": ["9d46fc2eab"],
            "dixy": ["2000346018", "2000323928"],
            "perekrestok": ["3977407"],
        }, "Ессентуки №4 mineral water of any bottle size («4» is read as the water's number); Ессентуки №17, "
           "Ессентуки without a number (Aqua bene «целебная», «Ессентуки, целебная»), Галерея источников №4 (not "
           "called Ессентуки) and other mineral waters excluded"),
    ]),
    # fwq21 sweet pies: baking
    ("мука пшеничная 2 кг самая дешевая, разрыхлителя для теста пару пакетиков, сахарной пудры", [
        ("мука пшеничная 2 кг самая дешевая", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "42f4e32b0a", "f04dd7b81b"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733", "ЦТ0044544", "2000317163", "2000213875"],
            "perekrestok": ["3193726", "3305673", "91321", "4326495", "2107396", "3394693", "2112692", "2037765",
                           "3292690", "3505430", "3626914", "3681817", "3915409", "4215036", "4262616"],
        }, "white wheat flour of any grade (высший, экстра, ungraded, incl. «хлебопекарная» and Магнит "
           "Старооскольская, titled wheat flour by Перекрёсток) in 2 kg packs (the size names the pack, as in "
           "«мука высшего сорта 2 кг»); 1 kg packs, wholegrain, self-raising, Тихорецкая «особая» (wheat not "
           "stated), pancake, rye and other flours excluded; «самая дешевая» is a wish, not a filter"),
        ("разрыхлителя для теста пару пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        }, "baking powder (Дикси «Разрыхлитель теста Dr.Bakers, 10 г»); baking soda and yeast excluded; «пару "
           "пакетиков» is a quantity"),
        ("сахарной пудры", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0026194"],
            "perekrestok": [],
        }, "icing sugar (Дикси «Сахарная пудра Магета, 100 г»); granulated sugar, vanilla sugar and goods «в "
           "сахарной пудре» excluded"),
    ]),
    # fwq22 her everyday: dairy
    ("масло сливочное крестьянское 72.5, сметана деревенская 25%, творог 0% обезжиренный", [
        ("масло сливочное крестьянское 72.5", {
            "pyaterochka": [],
            "magnit": ["3181241105", "1855599920", "1844000142", "1000457493"],
            "dixy": ["2000401635"],
            "perekrestok": ["2029217", "3363741", "2068941", "3645266", "3472940", "4260610", "3980020", "3423762",
                           "4035287", "3917028", "3384196", "3355277", "86150", "3226314", "3347817", "2071031",
                           "3406593", "3371288"],
        }, "sweet-cream butter named «Крестьянское» (72.5 %; Перекрёсток «Масло Княгининское Крестьянское» "
           "without a fat value accepted, Крестьянское being the 72.5 % butter by GOST — outside knowledge); 72.5"
           " % butters not named Крестьянское (Danke, Брест-Литовск incl. its «Традиционное 72.5%», Шахунья "
           "«Гост», Первым делом, ЭкоНива, Кунгурский, lactose-free Зелёная Линия), 82.5 % butters and spreads "
           "excluded"),
        ("сметана деревенская 25%", {
            "pyaterochka": [],
            "magnit": ["a15781b1ca", "1000372781"],
            "dixy": ["2000294264", "2000100619", "2000602951"],
            "perekrestok": ["4121607"],
        }, "sour cream labelled exactly 25 %; no title says «деревенская», which is read as a farm-style wish "
           "rather than a filter (judgement), so every 25 % sour cream is accepted (Простоквашино, Домик в "
           "деревне «отборная», Хуторок); 10/15/20/30 % sour cream excluded"),
        ("творог 0% обезжиренный", {
            "pyaterochka": ["4067060"],
            "magnit": ["1000157386", "1000453156", "1899910741", "1eb57431af"],
            "dixy": [],
            "perekrestok": ["3194302"],
        }, "fat-free cottage cheese: titles with 0 % (Савушкин «Нежный» 0 %) or «обезжиренный» without a fat "
           "value (Пятёрочка, Моя цена, Село Зеленое, Danone «мягкий обезжиренный»), taken as 0 %; Резной Палисад"
           " «обезжиренный 1.8%» (a stated 1.8 % does not match 0 %), 2-9 % and flavoured curd excluded"),
    ]),
    # fwq23 sandwiches for breakfast
    ("докторская колбаса на бутерброды, сыр голландский кусочек, хлебушек серый, маслице простоквашино сливочное", [
        ("докторская колбаса на бутерброды", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d", "fa414b5a8d",
                      "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, "Докторская boiled sausage of any brand, piece or sliced, incl. Царицыно «Докторская, Особая» and «от "
           "шефа»; Докторские frankfurters (Рублёвский), Доктор Кёрнер crisps, Colgate «Доктор Заяц» and the «МД "
           "Бородина» brand on other sausages excluded; «на бутерброды» is a purpose"),
        ("сыр голландский кусочек", {
            "pyaterochka": [],
            "magnit": ["1000316963", "8000068573", "1000352345"],
            "dixy": [],
            "perekrestok": [],
        }, "Голландский cheese in a piece (Брест-Литовск 200 г, Landkaas by weight, Село Зеленое 200 г); grated "
           "Landkaas «Тертый» (form excluded by «кусочек»), Gouda/other Dutch-style cheeses not called "
           "Голландский (outside knowledge: Голландский is its own cheese type) and ГОЛЛАНДИЯ beer excluded"),
        ("хлебушек серый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974720", "4074396", "3627134", "3953836", "4354623", "2053660", "2060872", "4276930",
                           "4148558", "3617422", "4164733", "78034786", "3634576", "4049144"],
        }, "«серый хлеб» read as plain rye-wheat bread (outside knowledge): Дарницкий and Столичный loaves (both "
           "rye-wheat breads) and titles saying ржано-пшеничный (Каравай Столовый, Коломенский Даниловский, "
           "Зелёная Линия Деревенский, Самарский бездрожжевой, Чусовской, «Хлеб ржано-пшеничный бездрожжевой»); "
           "Бородинский and 100 % rye (black bread), wheat loaves/batons, breads with raisins or sprouted grains,"
           " the brands Ржаной Край/Дарница, flavoured croutons and хлебцы excluded; also loaves whose flour is "
           "not stated (Крестьянский формовой, «Хлеб формовой», Советский, Сельский, Боярский, Измайловский, "
           "Ароматный)"),
        ("маслице простоквашино сливочное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Простоквашино butter: none in any store (Простоквашино sour cream, kefir, cottage cheese and milk are"
           " other products; other butter brands do not count for a named brand)"),
    ]),
    # fwq24 pantry
    ("тушенки говяжьей гост 2 банки, сайры в масле баночки 2, рожков макарон пачку, лапша яичная для супа", [
        ("тушенки говяжьей гост 2 банки", {
            "pyaterochka": [],
            "magnit": ["738a6cb8b8"],
            "dixy": ["2000192964", "2000415753", "2000302684", "T000000869"],
            "perekrestok": [],
        }, "canned stewed beef whose title says ГОСТ (Главпродукт «высший сорт, ГОСТ», Иван Мясоедов, Мясные "
           "ряды, Семейный бюджет), plus Дикси Главпродукт «Высший сорт, 338 г» (Магнит titles the same can "
           "«высший сорт, ГОСТ» — outside knowledge); beef stew without ГОСТ (Барс Экстра, Великолукский, "
           "Гродфуд, Богатырская, Русь, Совок, Первым делом, Курганский, Пр!ст), pork, turkey and horse-meat stew"
           " excluded; «2 банки» is a quantity"),
        ("сайры в масле баночки 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned saury in oil: none in any store (grep сайр); other canned fish (скумбрия, сардина, килька, "
           "шпроты) are different fish"),
        ("рожков макарон пачку", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "367d4ecfc8", "f20a2d2027"],
            "dixy": ["2000575212", "2000544352", "2000005384", "2000005385", "2000572794"],
            "perekrestok": ["4274071", "4340660", "4328907", "82772", "3435299", "4273871"],
        }, "dry pasta shaped рожки/рожок of any brand and pack (incl. «Рожок крупный», «Витой рожок», "
           "«Рожок-полубублик», Роллтон «Рожки с оливковым маслом», Бакалейщики «Рожок Малютка с томатами и "
           "шпинатом», the 3 kg Моя цена pack); other shapes, ice-cream cones «рожок» and творожки excluded; "
           "«пачку» is a quantity"),
        ("лапша яичная для супа", {
            "pyaterochka": [],
            "magnit": ["031445c77a"],
            "dixy": [],
            "perekrestok": ["4307631", "4061766"],
        }, "dry egg noodles (ВЕРОНИ «яичная по-домашнему», Маркет «Домашняя яичная», Домшим «яичная»); noodles "
           "not stated as egg (Лагманная, Бесбармачная, Аида/Верони «Лапша», Неаполитанская, Сомен), instant "
           "noodles and noodle soups excluded; «для супа» is a purpose"),
    ]),
    # fwq25 spices for soups
    ("петрушка зелень, лаврового листа пакетик, перец душистый горошек", [
        ("петрушка зелень", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603795"],
            "perekrestok": [],
        }, "fresh parsley (Дикси «ПЕТРУШКА УПАК 75Г»); coriander, microgreens, dried herbs and «Кетчуп … "
           "укроп-петрушка» excluded"),
        ("лаврового листа пакетик", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "dried bay leaves (КОТАНИ 5 г, Пр!ст 10 г); spice mixes excluded"),
        ("перец душистый горошек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "allspice berries: none in any store (grep душист/ямайск/пимент/горош); black peppercorns and the "
           "КОТАНИ «4 перца горошек» mix are not allspice"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: the blocks between '=== fwqNN ===' marker lines."""
    texts, cur = {}, None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            m = re.match(r"^=== (fwq\d\d|end) ===$", line)
            if m:
                cur = m.group(1)
                if cur != "end":
                    texts[cur] = []
            elif cur and cur != "end":
                texts[cur].append(line)
    return {k: "\n".join(v) for k, v in texts.items()}


def check_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (text, _items) in enumerate(lists, 1):
        rid = "fwq%02d" % n
        expected = blind.get(rid)
        for old, new in REPLACED.get(rid, []):
            expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fwq"))
