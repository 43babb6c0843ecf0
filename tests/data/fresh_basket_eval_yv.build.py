#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yv.jsonl -- dacha-weekend shopping lists hand-labelled against the
real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yv.build.py

LISTS below is literal data: 25 lists (3-5 items) for a summer weekend at the dacha (grilling meat
and fish, salad vegetables, drinks, bread, sauces, charcoal / lighter fluid, insect repellent,
disposable tableware), written as people type them to a Telegram bot *before* any offer was read
(see fresh_basket_eval_yv.blind_lists.txt), and for every item the product ids of every in-stock
offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate
titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin
and Cyrillic brand spellings, ё/е) and read one by one; the note of each item records what was
accepted, what was deliberately left out and any judgement that rests on outside knowledge.  An
empty list means the store has nothing acceptable (the item is "missing" there).  The labels were
made without reading or running anything of korzina.

Two items differ from the blind draft (see README "Replacements"): in fyv06 and fyv23 every item was
missing in all four stores, so one item of each was replaced by a similar one that a store carries.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is
in stock, no id repeats within an item, every item has a note, the labels are exactly the list's
items in order -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are
fyv01, fyv02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yv.jsonl")

EGGS_10 = {
    "pyaterochka": [],
    "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
               "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea"],
    "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
             "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
    "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                    "3356111", "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250",
                    "2109476", "4085791", "2131763", "4012802", "4085790", "4085792", "3182856", "3182853"],
}

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyv01 shashlik
    ("шашлык из свинины маринованный 2кг, угли березовые для мангала, жидкость для разжига, лавашик армянский", [
        ("шашлык из свинины маринованный 2кг", {
            "pyaterochka": [],
            "magnit": ["ffb7467b7c"],
            "dixy": [],
            "perekrestok": ["78004170", "78004173", "78003999"],
        }, "raw pork shashlik sold ready-marinated: Магнит МИРАТОРГ «Шашлык свиной Деликатесный», Перекрёсток «Шашлык из "
           "свиной шейки охлаждённый», «Шашлык Перекрёсток любительский/по-московски охлаждённый» (meat not named in the "
           "title; taken as pork shashlik in marinade -- outside knowledge); «Шашлык из свинины с луком жареный» (a cooked "
           "dish), chicken and shrimp shashlik, Черкизово pork «в маринаде по-французски»/«По-дижонски» (not shashlik), "
           "marinades and shashlik seasonings excluded; 2кг is a quantity"),
        ("угли березовые для мангала", NONE,
         "no charcoal in any store (grepped уголь/угли/древесн/брикет: only toothpastes «с углем» and ice-cream «брикет»)"),
        ("жидкость для разжига", NONE,
         "no lighter fluid in any store (grepped розжиг/разжиг/растопк)"),
        ("лавашик армянский", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "Armenian lavash (Маркет «Армянский», Коломенский «Армянский тонкий»)"),
    ]),
    # fyv02 chicken wings and salad
    ("крылья курицы на мангал, шашлычный кетчупчик, пупырчатые огурчики, томаты розовые сладкие, пучок укропа", [
        ("крылья курицы на мангал", {
            "pyaterochka": [], "magnit": ["99331702b7"], "dixy": [], "perekrestok": [],
        }, "raw chicken wings (Петруха «Крыло цыпленка-бройлера, плечевая часть»); chips «Куриные крылышки» excluded; "
           "«на мангал» is a purpose"),
        ("шашлычный кетчупчик", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225", "2000194769", "2000309687"],
            "perekrestok": ["4207051", "4157803", "4116848", "3941584", "2157566", "3673190", "4149866", "4227932",
                            "3684511"],
        }, "ketchups named шашлычный / для шашлыка / для гриля и шашлыка (Heinz incl. «укроп-петрушка для шашлыка», "
           "Махеевъ, Круглое лето, Помидорка, Слобода, Пр!ст); Слобода «Гриль» (no shashlik in the name), tomato/hot/"
           "garlic ketchups and shashlik marinades excluded"),
        ("пупырчатые огурчики", {
            "pyaterochka": [], "magnit": [],
            "dixy": ["2000327957"],
            "perekrestok": ["3368260", "3255111", "2088998", "4072"],
        }, "fresh bumpy (spiny) cucumbers: «колючие среднеплодные», «короткоплодные», Бакинские, fresh «Огурцы корнишоны, "
           "в упаковке» (short-fruit/Baku/gherkin cucumbers are the bumpy kind -- outside knowledge); smooth and long "
           "cucumbers, cucumbers of unstated type («Огурцы, 600г», «фасованные», Перекрёсток «Огурцы Хрустящие»), "
           "pickled/salted cucumbers excluded"),
        ("томаты розовые сладкие", {
            "pyaterochka": [], "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465", "4377073"],
        }, "fresh pink tomatoes (titles «розовые»; Перекрёсток «Томаты Махитос Азербайджан» taken as pink -- Махитос is a "
           "pink variety, outside knowledge); red, yellow, cherry, cocktail, Бычье сердце/Панамера/Голубая Леди (colour not "
           "stated) and canned tomatoes excluded; «сладкие» is a wish"),
        ("пучок укропа", NONE,
         "no fresh dill anywhere (only herring/chips/ketchup «с укропом»); Дикси sells only packed parsley and coriander"),
    ]),
    # fyv03 trout
    ("форель стейк, лимоны 3 штуки, тартар соус к рыбе", [
        ("форель стейк", {
            "pyaterochka": [], "magnit": [], "dixy": ["2000571431"], "perekrestok": [],
        }, "trout steaks (ВкусАрт, frozen); lightly salted trout fillet/slices, Пятёрочка «Форель, Балтийский Берег 200 г» "
           "(a salted fish pack, not a steak) and salmon/кижуч/нерка steaks excluded"),
        ("лимоны 3 штуки", {
            "pyaterochka": [], "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or packs of 2; «Микс Лайм-лимон», lemon-scented cleaners and lemon drinks excluded; "
           "3 штуки is a quantity"),
        ("тартар соус к рыбе", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["3677955"],
        }, "tartar sauce (Astoria «Тартар» 30%); ready dishes «с соусом тартар» excluded; «к рыбе» is a purpose"),
    ]),
    # fyv04 mackerel in foil
    ("скумбрия свежемороженная, фольга для гриля и запекания, соль каменная крупная не йодир., перец горошком черный", [
        ("скумбрия свежемороженная", {
            "pyaterochka": [], "magnit": ["bbfb901429"], "dixy": [], "perekrestok": ["2124163"],
        }, "raw whole mackerel: Магнит «СКУМБРИЯ полуфабрикат из замороженного сырья» (raw, made from frozen fish) and "
           "Перекрёсток «Скумбрия 0.3-0.5 кг» (raw, state not stated -- taken as frozen, outside knowledge); hot/cold smoked, "
           "canned mackerel and fish pastes excluded"),
        ("фольга для гриля и запекания", NONE,
         "no cooking foil in any store (grepped фольг/рукав/пергамент: only a «фольгированная» face mask)"),
        ("соль каменная крупная не йодир.", {
            "pyaterochka": [], "magnit": [],
            "dixy": ["ЦТ0044186", "DI00080806"],
            "perekrestok": ["3450465", "3255026", "3613636", "3613637"],
        }, "coarse non-iodised rock salt: Salina «каменная … помол №1», «Соль поваренная пищевая крупная», Илецкая "
           "«помол 1», Дикси «пищевая/поваренная пищевая, помол №1» (помол №1 counted as coarse; Илецк and the unnamed "
           "помол-№1 salts taken as rock salt -- outside knowledge); iodised, «Экстра» (fine), sea, Himalayan (fine), "
           "evaporated, Adyghe and flavoured salts and dishwasher/bath salt excluded"),
        ("перец горошком черный", {
            "pyaterochka": [],
            "magnit": ["9303052c5b"],
            "dixy": ["2000024941", "2000303083", "ЦТ0046007", "2000557371", "2000260537", "2000315723"],
            "perekrestok": ["4207245", "4202515", "3904322", "9505", "3641165", "88779", "3661159", "9387", "3395331",
                            "4113011", "3479407", "3166460", "3213422", "69129", "3172904", "3481023", "3689196",
                            "3500195", "2084314"],
        }, "whole black peppercorns (горошек/горошком/целый; Santa Maria «Теличерри 70г» taken as whole Tellicherry "
           "peppercorns -- outside knowledge); ground, crushed, «4 перца» mixes, the Kotanyi grinder and black pepper of "
           "unstated form (Маркет 36/50 г, Kamis 42 г) excluded"),
    ]),
    # fyv05 pork neck
    ("свиная шея куском, лучок репчатый 2 кг, уксус 9% для маринада", [
        ("свиная шея куском", {
            "pyaterochka": [], "magnit": ["afb09aae99"], "dixy": [], "perekrestok": ["4363415", "912"],
        }, "raw pork neck in one piece (Черкизово «Шейка свиная охлажденная», Хороший Кусок, Перекрёсток «без кости»); "
           "ready-cut shashlik from pork neck, smoked-boiled «Шейка» and beef neck excluded"),
        ("лучок репчатый 2 кг", {
            "pyaterochka": [], "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions incl. «в сетке», «очищенный» and «Лук репчатый красный» (still репчатый); dried onion "
           "excluded; 2 кг is a quantity"),
        ("уксус 9% для маринада", NONE,
         "no 9% table vinegar anywhere (only Перекрёсток grape vinegar 6%, excluded: the % is written)"),
    ]),
    # fyv06 mosquitoes and table (one item replaced, see README)
    ("спрей от комариков, спирали от комаров, стаканчики пластиковые 200 мл, салфетки бумажные столовые пачка", [
        ("спрей от комариков", NONE,
         "no insect repellent in any store (grepped комар/насеком/репелл/москит/клещ/аэрозол: only deodorants and "
         "air-fresheners, dog drops)"),
        ("спирали от комаров", NONE, "no mosquito coils (спирал matches only pasta)"),
        ("стаканчики пластиковые 200 мл", NONE, "no disposable cups (стаканчик matches only ice cream/yoghurt)"),
        ("салфетки бумажные столовые пачка", {
            "pyaterochka": [], "magnit": ["a9b3dab026"], "dixy": [], "perekrestok": ["3951668"],
        }, "REPLACEMENT item (blind draft: «одноразовые тарелки бумажные», absent everywhere). Paper table napkins "
           "(WELLFORT «Бум салфетки 3слоя», Home Story «Салфетки бумажные … 33x33см»); wet wipes, facial tissues "
           "(ЗЕВА «для лица»), handkerchiefs, paper towels and laundry sheets excluded; «пачка» is a quantity"),
    ]),
    # fyv07 drinks
    ("квасок очаковский 2 л, ессентуки №4 минералка, газировка буратино, пивасик жигулевское", [
        ("квасок очаковский 2 л", NONE,
         "no Очаковский kvass anywhere (Пятёрочка «Русский узор» 2,5 л and Перекрёсток Зелёная Линия «Квас Медовый» are "
         "other brands)"),
        ("ессентуки №4 минералка", {
            "pyaterochka": [], "magnit": ["9d46fc2eab"], "dixy": ["2000346018", "2000323928"],
            "perekrestok": ["3977407"],
        }, "Ессентуки №4 of any size; №17, «Ессентуки целебная» (no number) and «Галерея источников №4» (not named "
           "Ессентуки) excluded"),
        ("газировка буратино", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["3374813", "3359208"],
        }, "Буратино lemonade (Черноголовка 1 л and 2 л)"),
        ("пивасик жигулевское", NONE,
         "no Жигулевское beer; Магнит/Дикси «ЖИГУЛИ Барное» is a different brand (outside knowledge) and was excluded"),
    ]),
    # fyv08 hot dogs
    ("сосиски для жарки на гриле, булки для хотдога, горчица острая русская, кетчуп томатный heinz", [
        ("сосиски для жарки на гриле", {
            "pyaterochka": ["3631905"], "magnit": [], "dixy": ["2000577622"], "perekrestok": [],
        }, "sausages sold for grilling: Папа может «ГРИЛЬ-МАСТЕР», Дикси Папа Может «Сочный гиль» (title typo for гриль -- "
           "judgement); ordinary сосиски (молочные, сливочные, Баварские …), raw «Колбаски … для жарки» (another product "
           "word), купаты and сардельки excluded"),
        ("булки для хотдога", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["4317073"],
        }, "hot-dog buns (Маркет «Булочка для хот-дога 4шт»); hamburger buns, sweet buns and the mustard «burger & hot-dog» "
           "excluded"),
        ("горчица острая русская", {
            "pyaterochka": [], "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "2143139", "3332503", "3333301", "3332502", "3435016", "3372044",
                            "4337617", "4273279", "3416298", "4229364", "2153858"],
        }, "Russian mustard (titles «Русская», incl. ЕЖК «Русская Столовая/Ядрёная жгучая/С хреном острая»; Russian mustard "
           "is hot by definition); ЕЖК «Русская Зернистая» (grainy), Dijon, Bavarian, French, «Столовая»/«Домашняя»/"
           "«Деревенская» without «Русская», «Столичная С хреном/С мёдом», fruit mustards and mustard powder excluded"),
        ("кетчуп томатный heinz", {
            "pyaterochka": ["2157309"], "magnit": [],
            "dixy": ["2000033799", "2000538777"],
            "perekrestok": ["4116830", "4154517", "4157702", "4274973", "4295651"],
        }, "Heinz tomato ketchup of any size incl. Перекрёсток «Кетчуп Heinz Pikador томатный» (title says Heinz); Дикси "
           "«Pikador Томатный» (no Heinz in the title), other Heinz ketchups (острый, чесночный, итальянский, для гриля) and "
           "Heinz sauces excluded"),
    ]),
    # fyv09 salad run
    ("редис свежий, огурец гладкий, айсберг салат кочан, сметана 15 жирн, яйцо с1 упаковка 10 шт", [
        ("редис свежий", NONE, "no radish in any store"),
        ("огурец гладкий", {
            "pyaterochka": [], "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000271421"],
            "perekrestok": ["2098997", "3301324"],
        }, "fresh smooth cucumbers: «гладкие» plus long cucumbers (Дикси «длинноплодный», Перекрёсток «длинные» -- long "
           "cucumbers are smooth, outside knowledge); spiny/short/unstated-type and pickled cucumbers excluded"),
        ("айсберг салат кочан", NONE,
         "no iceberg lettuce (only rucola/chard/spinach mixes and cabbage)"),
        ("сметана 15 жирн", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874", "c90113311e",
                       "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785", "1000208902", "8000035449",
                       "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470",
                            "29910", "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        }, "sour cream 15% of any brand/size incl. «из топлёных сливок» and lactose-free; Пятёрочка РостАгроЭкспорт "
           "«пикантная, с чесноком» (flavoured), 10/20/25/30% sour cream and «сметанный» mayonnaise excluded"),
        ("яйцо с1 упаковка 10 шт", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "chicken eggs class С1 (also «1 категории»), packs of 10; С0/СО/отборные, С2, «высшей категории», packs of "
           "6/15/20/30 and quail eggs excluded"),
    ]),
    # fyv10 ribs
    ("ребрышки свиные для барбекю, барбекю соус, кукурузка в початках", [
        ("ребрышки свиные для барбекю", {
            "pyaterochka": [], "magnit": ["3bdafc777f", "6617424068"],
            "dixy": ["2000567092", "2000298445", "2000553153"],
            "perekrestok": ["46011", "4363418"],
        }, "raw pork ribs, plain or marinated (ЧМПЗ «для запекания», Мираторг «Пикантные»/«классические», Черкизово "
           "«Аппетитные в маринаде», Слово мясника «с корейки», Хороший Кусок; Перекрёсток Мираторг «Деликатесные» taken "
           "as raw -- outside knowledge); smoked-boiled ribs excluded; «для барбекю» is a purpose"),
        ("барбекю соус", {
            "pyaterochka": ["3376722"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "barbecue sauce (Heinz барбекю); the ready dish «Свинина в соусе барбекю» excluded"),
        ("кукурузка в початках", NONE,
         "no corn on the cob (only canned corn)"),
    ]),
    # fyv11 caucasian grill
    ("люля кебаб из баранины, аджика острая абхазская, лаваш тонкий 3 пачки, лимонад тархун", [
        ("люля кебаб из баранины", NONE,
         "no lamb lula kebab; Перекрёсток beef «Люля-кебаб … из говядины»/«с говядиной» and Дикси Мираторг «Кебабчичи "
         "Говядина и ягнятина» excluded (lamb was written)"),
        ("аджика острая абхазская", NONE,
         "no Abkhazian adjika; Магнит «АДЖИКА (ООО Томат Регион)» (tomato adjika, type not stated), Помидорка "
         "ketchup «Аджика» and dry seasoning «для аджики» excluded"),
        ("лаваш тонкий 3 пачки", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["4199211", "4361122"],
        }, "thin lavash: Коломенский «Армянский тонкий» and Маркет «Армянский» (Armenian lavash is the thin kind -- outside "
           "knowledge); 3 пачки is a quantity"),
        ("лимонад тархун", {
            "pyaterochka": [], "magnit": ["9469e0a196"], "dixy": [],
            "perekrestok": ["20843", "4340328", "3625732", "4327935"],
        }, "tarragon soft drinks (Старые добрые традиции «Напиток газированный ТАРХУН», Черноголовка, Чудесное далеко, "
           "Пр!ст, Маркет); pickles «с тархуном» excluded"),
    ]),
    # fyv12 bread butter cheese
    ("бородинский нарезанный, масло простоквашино 82.5%, копченый сулугуни", [
        ("бородинский нарезанный", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "sliced Borodinsky bread (all four Перекрёсток loaves are «нарезка»/«нарезанный»); гренки BEERKA «Бородинские» "
           "and the brand МД Бородина excluded"),
        ("масло простоквашино 82.5%", NONE,
         "no Простоквашино butter in any store (other brands' 82.5% butter excluded: the brand is written)"),
        ("копченый сулугуни", NONE,
         "only plain suluguni (Магнит Свежесть, Зелёная Линия) -- excluded, smoked was written"),
    ]),
    # fyv13 shrimps and wine
    ("креветки королевские замороженные, чеснок молодой пару головок, масло оливк. extra virgin 0.5, вино белое сухое подешевле", [
        ("креветки королевские замороженные", {
            "pyaterochka": [], "magnit": ["daa53ea23d", "d757ba985f"],
            "dixy": ["2000283070", "2000578411", "2000595631"],
            "perekrestok": ["4360313", "4364088", "4269762", "69215", "3464112", "3420956", "3331822"],
        }, "frozen shrimps titled «королевские» (raw-frozen and cooked-frozen, peeled or not, incl. Polar «Королевские "
           "белоногие»); vannamei, tiger and Argentine shrimps not titled королевские, northern shrimps, shrimps in brine/"
           "marinade on skewers, dumplings and cat food excluded"),
        ("чеснок молодой пару головок", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["77278"],
        }, "young garlic: Перекрёсток «Чеснок ранний» (taken as young garlic -- judgement); ordinary fresh garlic (age not "
           "stated), dried/granulated/grated/salted garlic excluded; «пару головок» is a quantity"),
        ("масло оливк. extra virgin 0.5", {
            "pyaterochka": ["3015194"], "magnit": [],
            "dixy": ["2000580798", "T000000850"],
            "perekrestok": ["3617469", "4063916", "27062", "4130610", "3666262", "3501259", "3444927", "3444926",
                            "2153521", "61549", "4343609", "4365079"],
        }, "extra-virgin olive oil in 0.5 l bottles (Пятёрочка «IDEAL Масло EXTR.VIR.олив.500мл»; Barbera «Extra Vergine» "
           "500 г taken as the half-litre bottle -- judgement); 0.2/0.25/0.375/0.75/1 l, pomace/refined/«Classic», "
           "unrefined oils not stated to be extra virgin (De Cecco, Sita, Monini, Costa d'Oro, Frantoi Cutrera), garlic/"
           "lemon/truffle-flavoured oils and sunflower oil «с добавлением оливкового» excluded"),
        ("вино белое сухое подешевле", {
            "pyaterochka": [],
            "magnit": ["01de06b977", "02507ad3f8", "04516a47c7", "0b845d9920", "0dacfed04a", "0f4d49c5a1", "15025c63db",
                       "505d47a56d", "55db4467cc", "58c42ead4d", "715024d773", "81e5535fde", "8664bd4027", "8fc27edd40",
                       "9111e6bce0", "9e45b7a262", "9e6ee9ccf9", "be67f7ed8c", "c6c844d469", "c96b9bca7c", "cd9e940465",
                       "e216d600a4", "e37dec0c08", "e387b9ab8b", "eb1742ab37"],
            "dixy": [],
            "perekrestok": ["3473805"],
        }, "still white dry wine of any grape/country/size; semi-dry, semi-sweet, sweet, rosé, red and sparkling wine "
           "(incl. КАВА «белое сухое») excluded; «подешевле» is a wish"),
    ]),
    # fyv14 steak
    ("стейки рибай, морская соль крупная, розмарин свежий", [
        ("стейки рибай", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["3478153"],
        }, "ribeye steak (Мираторг Black Angus «Рибай»); other beef steaks (Минутка, Паризьен, Канзас, Чак Ролл, Пеппер, "
           "Мачете, Фланк, Тендер), антрекот and fish steaks excluded"),
        ("морская соль крупная", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["4328849"],
        }, "coarse sea salt: Маркет «морская йодированная помол №0» (№0 = coarsest grind); fine and medium sea salt "
           "(Мареман «Средняя», Крымская «средний/мелкий помол», 4Life «мелкая») and sea salt of unstated grind "
           "excluded"),
        ("розмарин свежий", NONE,
         "no fresh rosemary (only Kotanyi dried rosemary and rosemary-flavoured bread/crackers/lemonade, excluded)"),
    ]),
    # fyv15 water and disposables
    ("вода питьевая 5л 2 шт, салфетки влажные антибакт., мусорные пакеты 120л прочные, одноразовые вилки пластик", [
        ("вода питьевая 5л 2 шт", {
            "pyaterochka": ["3635131"],
            "magnit": ["c0d204fa30", "7f00277465", "daea15c2c5"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871",
                            "4231308"],
        }, "still drinking water in 5 l bottles incl. children's water (Фрутоняня, Аквалайн «для детского питания», "
           "Черноголовка Бэйби, Кидси); Пятёрочка «Легенда Гор … столовая негаз 5.0» read as 5 l (judgement); 6 l and "
           "smaller bottles excluded; 2 шт is a quantity"),
        ("салфетки влажные антибакт.", {
            "pyaterochka": [], "magnit": ["337392b1b2", "9022eaa3a8", "73ec40a66f"], "dixy": [], "perekrestok": [],
        }, "antibacterial wet wipes (LA FRESH, АУРА, САЛФЕТИ «антибактериальные»); children's, universal, intimate, "
           "surface (AURA «д/поверхностей») wipes excluded"),
        ("мусорные пакеты 120л прочные", NONE,
         "no 120 l bin bags (Магнит sells only 60 l)"),
        ("одноразовые вилки пластик", NONE, "no disposable cutlery in any store"),
    ]),
    # fyv16 dessert
    ("арбуз целый, черешни кило, пломбир в вафельном стаканчике 3 шт, клюквенный морсик", [
        ("арбуз целый", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["77410", "4072214", "79044", "4072217"],
        }, "whole watermelons (red, «Бейби без косточек», yellow); cut «Арбуз и дыня, 140г» and watermelon-flavoured "
           "goods excluded"),
        ("черешни кило", NONE, "no fresh sweet cherries (only yoghurts/jam with черешня)"),
        ("пломбир в вафельном стаканчике 3 шт", {
            "pyaterochka": ["3603591"], "magnit": [], "dixy": [],
            "perekrestok": ["4208997", "4289045", "3603591", "4035404", "3370940", "3371923", "4152236", "4053323",
                            "3680631"],
        }, "plain (vanilla) plombir in a waffle cup; plombir titled just «стаканчик» accepted (plombir cups are waffle cups "
           "-- outside knowledge); flavoured plombir (варёная сгущёнка, фисташка, черника, арбуз, изюм, шоколадная крошка), "
           "cones, eskimo, tubs, «сливочное» ice cream, Дикси «Первым Делом ванильное … стаканчик 4%» (not plombir) and "
           "plombir of unstated form (Чистая Линия 70 г, Сам-По 85 г, Хладокомбинат №1 70 г) excluded; 3 шт is a quantity"),
        ("клюквенный морсик", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["4275137", "4252637", "4297181"],
        }, "cranberry mors (Finnmors «Клюква» 0.5/1.5 l; Зелёная Линия «Напиток морсовый Клюква» accepted as mors -- "
           "judgement); mixed-berry mors (клюква-виноград, J7 mixes, ФрутоНяня) excluded"),
    ]),
    # fyv17 beer snacks
    ("баварские колбаски, пиво только не светлое, чипсы рифленые, фисташечки соленые", [
        ("баварские колбаски", {
            "pyaterochka": [], "magnit": ["9323828a10", "5ee4bc3c3d"], "dixy": ["2000308550"],
            "perekrestok": ["3359555", "4100627"],
        }, "Bavarian sausages, sold as «Сосиски Баварские» (Дымов, Владимирский стандарт, Мираторг; colloquially "
           "«колбаски» -- judgement); «Баварские с сыром» (a flavour variant), Баварушка/Баварушки (brand) and Стародворье "
           "«Сочинки По-баварски» excluded"),
        ("пиво только не светлое", {
            "pyaterochka": [], "magnit": ["c97b2b855e", "2d2759556d"], "dixy": [], "perekrestok": [],
        }, "negative wish excludes light beer: dark beers accepted (WOLPERTINGER тёмное, КРУШОВИЦЕ тёмное); all light "
           "beers, Эдельвейс wheat beer drink (a light beer), flavoured/alcohol-free beer drinks, медовуха excluded"),
        ("чипсы рифленые", {
            "pyaterochka": [], "magnit": [],
            "dixy": ["2000568012", "2000587093", "2000412095"],
            "perekrestok": ["4250245"],
        }, "ridged potato chips of any flavour (Lay's «Рифленые», Московский картофель «рифленые/рифлёные»); flat chips "
           "and ridged pasta excluded"),
        ("фисташечки соленые", {
            "pyaterochka": [],
            "magnit": ["b3ee07a59e", "cbb2d0c598", "8b9281613e"],
            "dixy": ["2000539534", "2000539549", "2000327653"],
            "perekrestok": ["4274180", "3411931", "2020566", "4369326", "49082", "4207559", "3499562", "4090837",
                            "4073982", "49715", "2049819", "3451308", "4105870", "3428414", "4066346", "4259987",
                            "4309728", "72535", "3162277", "4249887", "3660622", "3900345", "3942813", "3640863",
                            "3638619"],
        }, "salted pistachios (in shell or not, incl. Camel «печёные подсоленные» and Пр!ст «с солью»); pistachios without "
           "salt stated (Good-Food, Семушка «очищенные», «неочищенные», dried, raw, crushed kernels) and pistachio-"
           "flavoured sweets/ice cream excluded"),
    ]),
    # fyv18 fish on the grill
    ("дорадо охл, сибас 2 шт, петрушечка пучок", [
        ("дорадо охл", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["3651444", "81555"],
        }, "chilled dorado: Перекрёсток «Дорадо 400-600 Турция»/«Дорадо Турция 0.2-0.6 кг» (sold by weight from the fish "
           "counter; taken as chilled -- outside knowledge); Магнит «ДОРАДО, полуфабрикат из замороженного сырья» excluded "
           "(thawed from frozen, not chilled)"),
        ("сибас 2 шт", {
            "pyaterochka": [], "magnit": ["248a1ce8f6"], "dixy": [], "perekrestok": ["3651443"],
        }, "sea bass (Магнит thawed «СИБАС, полуфабрикат из замороженного сырья», Перекрёсток «Сибас 400-600 Турция»; no "
           "state was written); 2 шт is a quantity"),
        ("петрушечка пучок", {
            "pyaterochka": [], "magnit": [], "dixy": ["2000603795"], "perekrestok": [],
        }, "fresh parsley (Дикси «ПЕТРУШКА УПАК 75Г»: a pack stands for a bunch -- judgement); parsley-flavoured ketchup "
           "excluded"),
    ]),
    # fyv19 turkey
    ("бедро индейки без кости, йогурт греческий натуральный без сахара, баклажаны 3 шт", [
        ("бедро индейки без кости", {
            "pyaterochka": [], "magnit": ["8cb9432127"], "dixy": [], "perekrestok": [],
        }, "boneless turkey thigh (Магнит «ФИЛЕ БЕДРА ИНДЕЙКИ охлажденное»); turkey medallions, smoked drumstick, sausages, "
           "stew and pet food excluded"),
        ("йогурт греческий натуральный без сахара", {
            "pyaterochka": [], "magnit": ["1000181497", "dafd7c4dc4", "8000087572"],
            "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"],
            "perekrestok": [],
        }, "plain Greek yoghurt (Lactica, «ГРЕЧЕСКИЙ 2%», Epica, Neo «Классический», Простоквашино, Савушкин TEOS, Teos "
           "«Натуральный»; plain Greek yoghurts taken as without added sugar -- outside knowledge); all flavoured/"
           "two-layer Greek yoghurts (черника, клубника, мёд-орех, инжир …) excluded"),
        ("баклажаны 3 шт", NONE,
         "no fresh aubergines (only Магнит «Баклажаны на гриле» preserve, excluded)"),
    ]),
    # fyv20 soft drinks
    ("coca cola 1.5, сок rich яблочный, черноголовка дюшес, пищевой лед в кубиках", [
        ("coca cola 1.5", NONE,
         "Coca-Cola only in 0.33 l cans (Пятёрочка) -- excluded, 1.5 l was written; Добрый/Черноголовка/Funky Monkey cola "
         "is another brand"),
        ("сок rich яблочный", {
            "pyaterochka": [], "magnit": ["2b7a93fdc9", "a44cb39821"], "dixy": ["DI00078820"],
            "perekrestok": ["3903669"],
        }, "Rich apple juice of any size; Rich nectars, tonics, mixed drinks and other brands' apple juice excluded"),
        ("черноголовка дюшес", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["53165"],
        }, "Черноголовка «Дюшес»; Дюшес of other brands (Добрый, Старые добрые традиции, Русский дар, Чудесное далеко, "
           "Маркет, Пр!ст) excluded"),
        ("пищевой лед в кубиках", NONE, "no packed ice in any store"),
    ]),
    # fyv21 vegetarian grill
    ("шампиньоны крупные для гриля, халлуми для гриля, кабачки цукини молоденькие", [
        ("шампиньоны крупные для гриля", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["3669839"],
        }, "large fresh champignons: Маркет «Шампиньоны для гриля 700г»; fresh champignons of unstated size (loose, "
           "250/300/400 г, королевские, мини, резаные), canned, marinated, frozen and the ready dish «Шампиньоны-гриль с "
           "зеленью» excluded"),
        ("халлуми для гриля", {
            "pyaterochka": [], "magnit": ["1000372106"], "dixy": [], "perekrestok": ["4282006", "3958445"],
        }, "halloumi cheese (Бутербродов «Халуми … для жарки», Зелёная Линия «Халуми для жарки», Market Collection "
           "«Халлуми»)"),
        ("кабачки цукини молоденькие", NONE,
         "no fresh courgettes (only frozen cut courgettes, squash caviar, baby purees -- excluded)"),
    ]),
    # fyv22 lard and vodka
    ("сало с прослоечкой соленое, горчица с зернышками, черный хлебушек, водка беленькая 0.5", [
        ("сало с прослоечкой соленое", NONE,
         "no salted lard with a meat layer; Зелёная Линия «Сало из свиного шпика с перцем и чесноком» and Дикси «Шпик "
         "бутербродный с чесноком» (back fat, no layer) and smoked-boiled грудинка excluded"),
        ("горчица с зернышками", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["21001", "3333328", "3438145", "4337618", "4152778", "4268545"],
        }, "grainy mustard («Зернистая»; Кинто «Ротисьер» and Маркет «Горчица Французская» taken as whole-grain -- outside "
           "knowledge); Dijon, Bavarian, Russian, table and fruit mustards, «Горчица Волшебное дерево целая 40г» (mustard "
           "seeds) excluded"),
        ("черный хлебушек", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["78034810", "4149554", "3382146", "4329404", "3974719", "3624125", "3126329", "3974720",
                            "4074396", "3627134", "3953836", "4354623", "2053660", "4148558", "3658457", "2060872",
                            "4276930", "3631465", "2000243", "3617422", "3965436", "78034786", "4164733", "4361611"],
        }, "dark rye bread: loaves titled ржаной / ржано-пшеничный / Бородинский / Дарницкий, and Пумперникель; breads not "
           "stated to be rye (Двинский, Измайловский, Столичный, Ржевский …), rye baguette with garlic, rye-wheat bread with "
           "raisins, chiabatta with rye flour, crispbreads and Магнит «ДАНИЛОВСКИЙ зерновой» excluded"),
        ("водка беленькая 0.5", {
            "pyaterochka": [], "magnit": ["1ecbe55218"], "dixy": [], "perekrestok": [],
        }, "Беленькая vodka 0.5 l («БЕЛЕНЬКАЯ, Золотая … 0,5л»); Беленькая ЛЮКС 0.7 l (size written) and other vodkas "
           "excluded"),
    ]),
    # fyv23 bugs and sun (one item replaced, see README)
    ("фумигатор раптор, крем для лица с spf, средство от клещей", [
        ("фумигатор раптор", NONE,
         "no Raptor fumigator (Магнит «Ловушка от пищевой моли РАПТОР» is a moth trap, excluded)"),
        ("крем для лица с spf", {
            "pyaterochka": [], "magnit": ["3e0afde675", "6d74d858c9", "c797efff10"], "dixy": [], "perekrestok": [],
        }, "REPLACEMENT item (blind draft: «крем от загара spf 50», absent everywhere). Face creams with SPF (LIBREDERM "
           "«Крем гиалур 3D SPF15» taken as a face cream -- outside knowledge, LIBREDERM Collagen SPF15, L'OREAL Гиалурон "
           "Эксперт SPF20); face creams without SPF, BB-creams and body/hand creams excluded"),
        ("средство от клещей", NONE,
         "no tick repellent for people (Магнит «Капли репеллентные для собак МИСТЕР БРУНО» is for dogs, excluded)"),
    ]),
    # fyv24 crab salad
    ("vici крабовые палочки, бондюэль кукуруза, майонез ряба провансаль 67%, яйца куриные десяток", [
        ("vici крабовые палочки", {
            "pyaterochka": [], "magnit": ["4f11f65802"], "dixy": ["2000307177"],
            "perekrestok": ["4105474", "4105475", "4157138", "4112613", "3169222", "4124683", "3204340", "26084",
                            "2154175", "2154177", "3408151", "4034752"],
        }, "every Vici crab-stick product (chilled/frozen, «Снежный краб», «с мясом краба», filled Crabe De L'amour, «для "
           "рулетиков»; «Палочки сурими Vici» taken as crab sticks -- outside knowledge); Vici «Крабовое мясо» (not sticks) "
           "and other brands' crab sticks excluded"),
        ("бондюэль кукуруза", {
            "pyaterochka": [], "magnit": ["a869e5b9ba", "d2de35fd7c"],
            "dixy": ["2000279948", "DI00079261", "10E0064890"],
            "perekrestok": [],
        }, "Bonduelle canned corn of any size (incl. «Молодая»); other brands' corn and Bonduelle peas/olives excluded"),
        ("майонез ряба провансаль 67%", {
            "pyaterochka": [], "magnit": ["56ff8ec751", "7d31b46ae3", "1000556519", "1000556521"],
            "dixy": ["1100075125", "2000000160", "2000172969"],
            "perekrestok": ["4331515", "4331518"],
        }, "Ряба «Провансаль» 67% of any size, incl. «Провансаль Оливковый 67%» (title says Провансаль); Ряба «Оливковый "
           "67%» without Провансаль, 50.5% and «Сметанный» mayonnaise, «Постный» sauce excluded"),
        ("яйца куриные десяток", EGGS_10,
         "chicken eggs of any class in packs of 10 (С0/СО/отборные, С1/«1 категории», С2, «высшей категории», "
         "«в ассортименте»); packs of 6/15/20/30, quail eggs and liquid egg products excluded"),
    ]),
    # fyv25 campfire evening
    ("маршмелоу большие для жарки на костре, деревянные шпажки, чай черный в пакетиках какой нибудь, сахар кусковой рафинад, спички пачка", [
        ("маршмелоу большие для жарки на костре", NONE,
         "no large plain marshmallows; Магнит «Маршмеллоу манго в молочном шоколаде», Дикси «Маршмеллоу на палочке Reeel» "
         "15 г, Перекрёсток «Маршмеллоу Бананы с шоколадной начинкой» and зефир excluded"),
        ("деревянные шпажки", NONE, "no skewers in any store (only shrimps «на шпажках»)"),
        ("чай черный в пакетиках какой нибудь", {
            "pyaterochka": ["18087", "2070399", "3141303", "510"],
            "magnit": ["05c3ce571d", "0b0945cde7", "0e0ba22a84", "12c93e2db3", "1305f039da", "1cb4934c51", "1ce117e378",
                       "245310ae46", "262636efc4", "41cb31723f", "4c2b5b0e84", "527c289095", "539736f8c3", "543ee3fdd2",
                       "56284b2938", "591cd0328d", "62e44aad83", "62e737f079", "6ef8a14558", "7304afe46d", "739159b9d5",
                       "75e99adff2", "77d6909a1a", "79c875b985", "8518655d6a", "85a472ac98", "8c57f14bbe", "8e34db68c9",
                       "91c9c098ea", "95bb72cd41", "9ed6ab900f", "9ffe7d26ae", "a0f6844207", "a2edebfe73", "b411bf6170",
                       "b9a96edc01", "ba15dbb109", "bd44dec0f2", "c237948667", "c30034aa00", "c4994ca2ba", "c6300a9d93",
                       "c67b0d7ef5", "cf54caa8df", "cfbea01d00", "dc9080ff20", "e421942210", "e8cfbd68be", "edf75508f3",
                       "eead07c0ce", "efc1b6f0d8", "f0009c3a1e", "f101163507", "f27576dc9c", "f2ec203f7f", "f48f2ca4d2",
                       "f528489d63"],
            "dixy": ["2000224056", "2000226734", "2000262681", "2000289445", "2000295224", "2000420414", "2000518878",
                     "2000520542", "2000520549", "2000567055", "2000567056", "2000568231", "2000568232", "2000578774",
                     "2000578775", "2000601831", "ЦТ0038390", "2000000294", "2000228472", "2000295203", "2000335959",
                     "2000603372", "ЦТ0016759"],
            "perekrestok": ["2042290", "2070399", "2073803", "2095906", "2114141", "2133939", "2147890", "2147891",
                            "3338198", "3338246", "3378336", "3399714", "3418513", "3439932", "3440334", "3450276",
                            "3626161", "3626164", "3662837", "3902078", "4113980", "4312239", "4344242", "4344243",
                            "46398", "5051", "96196", "4206081", "4206082", "4206083"],
        }, "black tea in bags/pyramids/sachets of any brand and flavour («какой нибудь» = any; Earl Grey, berry, thyme "
           "black teas included; Пятёрочка DILMAH «чер.ярл.» = black, tagged bags); loose-leaf tea, green/oolong/herbal/"
           "fruit teas, mixed assortments (Richard Royal Tea Collection, Кёртис Dessert Tea Collection, Мэтр де Те, ТЕСС "
           "ассорти), Tess Get Energy/Cosmopolitan and bottled iced tea excluded"),
        ("сахар кусковой рафинад", {
            "pyaterochka": [], "magnit": [], "dixy": ["2000350151"], "perekrestok": ["4092763"],
        }, "white refined sugar cubes (Чайкофский «кусковой», Русский Сахар «белый кусковой»); unrefined and cane sugar "
           "cubes (Мистраль, Маркет «тростниковый кусковой») excluded"),
        ("спички пачка", NONE, "no matches or lighters in any store"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyv"))
