#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wy.jsonl -- shopping lists of a young woman who cooks from food blogs (bowls,
smoothies, syrniki, shakshuka, homemade granola) and buys the exact ingredients the recipes name, plus her
ordinary groceries and cosmetics, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wy.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed to a Telegram bot, and for every item the product
ids of every in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.
The list texts were written first, before any offer was read, and saved read-only as
fresh_basket_eval_wy.blind_lists.txt; this script checks that every list text equals that blind draft, apart
from the items recorded in REPLACED (lists that turned out empty in all four stores, where one item was
replaced by a similar item some store carries).  Candidate titles were grepped broadly in real_offers_g.jsonl
(stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded to е) and read one by
one; the note of each item records what was accepted, what was deliberately left out and any judgement that
rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing"
there).  The labels were made without reading or running the tool being evaluated.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in real_offers_g.jsonl
*for that store* and is in stock (``available`` true), no id is repeated within an item, every item has a
note, and the labels are exactly the list's items in order (an item is the text between commas / new
lines) -- and writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fwy01, fwy02, ... in
LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wy.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wy.blind_lists.txt")

# (list number, item as written in the blind draft, item that replaced it) -- only for lists whose every
# blind item was empty in all four stores; exactly one item per such list.
REPLACED = [
    (9, "лосось слабосоленый кусок", "форель слабосоленая кусок"),
    (21, "овсяное молоко alpro 1л", "овсяное молоко 1л"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwy01 smoothie bowl
    ("йогурт греческий 2 процента, клубнику замороженную, бананы на смузи кило, семена чиа пакетик", [
        ("йогурт греческий 2 процента", {
            "pyaterochka": [],
            "magnit": ["dafd7c4dc4"],
            "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"],
            "perekrestok": [],
        },
        "plain Greek yoghurt labelled exactly 2% (Магнит «ГРЕЧЕСКИЙ, 2%», Neo «Классический», Простоквашино, "
         "Савушкин TEOS, Teos «Натуральный»); flavoured Greek yoghurts (черника, клубника, манго-чиа, "
         "орехи-мёд, инжир…) excluded because a bare «йогурт греческий» written as a recipe ingredient means "
         "the plain one (judgement); Epica 2.5%, Lactica 4%, Хуторок/Neo 1.7%, Venns 0.1% and 3% two-layer "
         "ones excluded by fat; Перекрёсток has only flavoured Greek yoghurts"),
        ("клубнику замороженную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000184203"],
            "perekrestok": ["3489160", "4289123"],
        },
        "frozen strawberries (быстрозамороженная); fresh and dried strawberries, berry mixes with strawberry,"
         " cheesecake «с клубникой замороженный» and strawberry-flavoured goods excluded"),
        ("бананы на смузи кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        },
        "fresh bananas incl. Био and red bananas (a dessert variety); Перекрёсток «Бананы для жарки» "
         "(plantains, outside knowledge), dried/вяленые bananas and banana-flavoured goods excluded; «кило» is"
         " the quantity wanted, «на смузи» a purpose"),
        ("семена чиа пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "chia seeds; no store sells them — only yoghurts/desserts «с семенами чиа», Быстров oat porridge "
         "«Клубника и чиа» and flax seeds (МАГНИТ «Семена льна»), all excluded; «пакетик» is the quantity"),
    ]),
    # fwy02 syrniki
    ("творог 9 процентов две пачки\nрисовой муки пачку\nяиц десяток на сырники\nсметанку 15 процентов к сырникам", [
        ("творог 9 процентов две пачки", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "0cfee9df84",
                       "1000122024", "1000530486", "1000426470", "1000426465", "1000448252", "8000055235"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076", "2000280850",
                     "2000564413", "2000312025"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "4294087", "3487310"],
        },
        "plain cottage cheese labelled exactly 9% (any brand and pack, рассыпчатый, пластовой, «Домашний», "
         "Зелёная Линия «Зернышко» taken as plain crumbly cottage cheese); 0-5.5% and 18% творог, "
         "flavoured/children's творог, «зерненый в сливках», творожные сырки (16.5%) and творожные продукты "
         "excluded; «две пачки» is the quantity"),
        ("рисовой муки пачку", {
            "pyaterochka": [],
            "magnit": ["5221bd2444"],
            "dixy": ["2000307487"],
            "perekrestok": ["3196995", "4331381", "4367235"],
        },
        "rice flour incl. whole-grain and brown-rice flour (Гарнец «из бурого риса цельнозерновая»); "
         "corn-rice pasta, ready syrniki «на рисовой муке», gluten-free blends and other flours excluded"),
        ("яиц десяток на сырники", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
                       "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529", "2000238733",
                     "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250",
                            "2109476", "4085791", "2131763", "4012802", "4085790", "4085792", "3182856", "3182853"],
        },
        "chicken eggs in packs of 10, any category (С0/СО/отборные, С1/1 категории, С2, высшей категории), "
         "since no class was written; packs of 6/15/20/30, quail eggs, liquid egg white/yolk/меланж, chocolate"
         " eggs and egg noodles excluded"),
        ("сметанку 15 процентов к сырникам", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000237597", "1000553874", "c90113311e",
                       "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785", "1000208902",
                       "8000035449", "1000558440", "8000057502", "8000072734", "1000463648", "1000253705"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4320001", "4264297", "3632833", "4221356", "4335470", "29910", "3391034", "3142744",
                            "3667086", "3651189", "3423443", "4349772", "4349771", "3634035"],
        },
        "plain sour cream labelled exactly 15% (any brand/pack, incl. lactose-free and «из топлёных сливок»);"
         " 10/20/25/30% sour cream, Пятёрочка РостАгроЭкспорт «пикантная, с чесноком» 15% (a flavoured "
         "spread), «сметанный» mayonnaise and chips «со сметаной» excluded; «к сырникам» is a purpose"),
    ]),
    # fwy03 shakshuka
    ("томаты в с/с две банки, перец болгарский красный пару штук, яички с1, фету для шакшуки", [
        ("томаты в с/с две банки", {
            "pyaterochka": [],
            "magnit": ["f77a551f2e"],
            "dixy": ["2000582831", "2000118119", "2000571955"],
            "perekrestok": ["3901877", "4181618", "4042450"],
        },
        "canned tomatoes in their own juice: Дикси Botanica «целые очищенные в собственном соку»; tomatoes «в"
         " томатном соке» (Дядя Ваня in Магнит and Дикси, Круглое лето, Маркет «неочищенные»); Перекрёсток "
         "Bonduelle «очищенные в томатной мякоти» and Маркет «Томаты резаные» 390 г (taken as canned chopped "
         "tomatoes, outside knowledge) — tomato juice/pulp is what «собственный сок» means for canned "
         "tomatoes; Маркет «резаные» with basil or with onion and garlic (flavoured), Пятёрочка Дядя Ваня «в "
         "томатном соусе» (a seasoned preserve), marinated/salted tomatoes, passata («Протертая мякоть "
         "томатов»), paste and fresh tomatoes excluded"),
        ("перец болгарский красный пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "fresh red bell pepper; no store has fresh bell peppers — only ground paprika, marinated peppers, "
         "lecho, sauces and ready meals «с болгарским перцем», all excluded; «пару штук» is the quantity"),
        ("яички с1", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384", "8000092349",
                       "44e0856421"],
            "dixy": ["2000588991", "2000601112", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["4322003", "3062838", "3001671", "2109476", "2109474", "3303858", "4085791", "2131763",
                            "3950938", "4088955", "4229222", "3182856"],
        },
        "chicken eggs of category С1 (also written «C1» in Latin or «1 категории»), any pack size since no "
         "count was written (6, 10, 15, 20, 30); С0/СО/отборные, С2, СВ/высшей категории, quail eggs excluded"),
        ("фету для шакшуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "feta cheese; no store sells feta itself — Сербская брынза / Sveza Брынза (a different brine cheese),"
         " Фетакса (processed/«плавленый» Hochland cheese), «Сиртаки Original» (a «продукт рассольный», not "
         "cheese) and pies or olives with feta excluded (judgement: a recipe asking for feta is not satisfied "
         "by brynza)"),
    ]),
    # fwy04 homemade granola
    ("хлопья овсяные долгой варки для гранолы, пекан орехи, кленовый сироп, кокосовую стружку, клюкву сушеную", [
        ("хлопья овсяные долгой варки для гранолы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000222892", "2000219614", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "2105514", "3933387", "3421663", "6752", "3469028", "4005492"],
        },
        "thick traditional oat flakes: titles naming the flakes «Геркулес» (традиционный, Монастырский, "
         "Фермерский, Nordic «Геркулес Финский», Маркет «геркулес», plain «Хлопья Геркулес овсяные») without a"
         " quick-cooking word — judgement resting on outside knowledge that Геркулес is the long-cooking (≈20 "
         "min) flake; excluded: «быстрого приготовления», «3-5 мин», «1 минута», «без варки», Магнит "
         "«ГЕРКУЛЕС, Нежный» (thin quick flakes), «Экстра» and Ясно Солнышко №1/№2/№3 (Экстра types; №1 is "
         "titled «быстрого приготовления»), Nordic/Myllyn Paras/голозёрные flakes whose titles do not say how "
         "long they cook, cut oats (Лакоме «резаная», not flakes), flavoured and baby porridges"),
        ("пекан орехи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "pecan nuts; no store sells pecans (the stem only matches «запеканка», «для запекания»)"),
        ("кленовый сироп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "maple syrup; none in any store — only coffee syrups (ваниль, карамель, клубника…), fruit in syrup "
         "and Зелёная Линия yoghurt «с кленовым сиропом», all excluded"),
        ("кокосовую стружку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "desiccated coconut flakes; none in any store — Магнит «Чипсы кокосовые ВКУСЫ МИРА» (a toasted snack "
         "of large chips, judgement: not стружка), a whole coconut, coconut flour/sugar and chocolate «с "
         "кокосовой стружкой» excluded"),
        ("клюкву сушеную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["50767", "4328122", "4330656"],
        },
        "dried cranberries (Семушка «сушеная», Зелёная Линия «вяленая», Маркет «сушёная пропитанная сахарным "
         "сиропом» — infused dried cranberries are the usual kind); fresh/frozen cranberries (Магнит «КЛЮКВА, "
         "250г», Перекрёсток садовая, быстрозамороженная), «Клюква в сахарной пудре» (a confection), протёртая"
         " cranberry, granola and mixes with cranberry excluded"),
    ]),
    # fwy05 buddha bowl
    ("нут сухой пачечку, киноа пачка 1, авокадики 2 штучки, тахини паста", [
        ("нут сухой пачечку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "dry chickpeas; no store sells chickpeas (dry or canned) — only chickpea flour, chickpea chips, "
         "hummus and barley-chickpea drinks, all excluded"),
        ("киноа пачка 1", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "quinoa; no store sells quinoa (no title matches киноа/квиноа/quinoa)"),
        ("авокадики 2 штучки", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["49622", "4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407",
                            "4272853", "4254512", "4379376", "3954359", "3948371", "3445047", "3216120", "3954360",
                            "4333280"],
        },
        "fresh avocados of any variety/pack (Хасс/Хаас, by weight, 1-2 шт, 500-700 г, 1 кг, Ready-to-eat, "
         "organic), incl. Перекрёсток «Авокадо свежий без косточки, 300г» (fresh pitted avocado); avocado oil,"
         " avocado-flavoured mayonnaise, cheese, chips and cosmetics excluded; «2 штучки» is the quantity"),
        ("тахини паста", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "tahini (sesame paste); no store sells it (no title matches тахини or кунжутная паста)"),
    ]),
    # fwy06 everyday staples
    ("молоко 2.5% подешевле, хлебушек цельнозерновой нарезанный, бумажные полотенца рулончика два", [
        ("молоко 2.5% подешевле", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029",
                       "1000037901", "1000445487", "1051242602", "1000563706", "1000035016", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384", "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        },
        "cow drinking milk labelled exactly 2.5% (pasteurised/UHT/sterilised, any pack, incl. Агуша "
         "children's milk as in real_basket_eval); Зелёная Линия «топленое» 2.5%, "
         "kefir/ряженка/yoghurt/cocktails 2.5% and butter 72.5/82.5% excluded; «подешевле» is a wish, not a "
         "filter"),
        ("хлебушек цельнозерновой нарезанный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4323651"],
        },
        "whole-grain bread that the title says is sliced: Зелёная Линия «Хлебец цельнозерновой нарезанный» (a"
         " loaf, not crispbread); Market Collection «Пумперникель … цельнозерновой» and «Ржевский "
         "цельнозерновой» 450 г excluded because the written «нарезанный» cannot be confirmed from their "
         "titles; «зерновой» breads (Ржаной Край, Даниловский, Геркулес), bran breads, crispbreads/Корнерсы "
         "and whole-grain flour excluded"),
        ("бумажные полотенца рулончика два", {
            "pyaterochka": [],
            "magnit": ["84553e2983", "4079668ed1", "1782e40b42", "16ad542324", "32a9e59c4b", "2616a9cbe3",
                       "ce24df13d2"],
            "dixy": [],
            "perekrestok": [],
        },
        "paper kitchen towels of any brand, ply and pack (1, 2 or 4 rolls); «рулончика два» is the quantity "
         "wanted, not a pack filter; paper tissues/napkins and toilet paper excluded; Дикси and Перекрёсток "
         "have no paper towels"),
    ]),
    # fwy07 make-up removal
    ("мицеллярная вода гарньер, ватные диски 2 упаковки, крем для рук увлажняющий", [
        ("мицеллярная вода гарньер", {
            "pyaterochka": [],
            "magnit": ["59fcca430f", "5a5d9237b3", "d49aec0ad1", "ad7309e8b7", "a77b5c1046", "313e91a77c"],
            "dixy": [],
            "perekrestok": [],
        },
        "Garnier micellar water of any variant (Чистая кожа, для всех типов кожи, с маслами, Витамин С, "
         "Гиалурон-алоэ, розовая); Nivea, Dove, L'Oréal and Чёрный жемчуг micellar water, Dove micellar gel "
         "and other Garnier products excluded"),
        ("ватные диски 2 упаковки", {
            "pyaterochka": [],
            "magnit": ["51bcbab403", "472f57de85"],
            "dixy": [],
            "perekrestok": [],
        },
        "cotton pads of any brand/count (Bella Cotton 80, Я САМАЯ 120); cotton buds excluded; «2 упаковки» is"
         " the quantity"),
        ("крем для рук увлажняющий", {
            "pyaterochka": [],
            "magnit": ["e127dec47f", "dc6c5636fd", "86e9b2a954"],
            "dixy": [],
            "perekrestok": ["4250602"],
        },
        "hand creams whose title says увлажняющий (LAF, Кумихо, Бархатные ручки «Увлажняющий») and Deepfresh "
         "«для рук и тела … увлажняющий» (a hand-and-body cream, judgement: acceptable); "
         "nourishing/night/SOS/macadamia/argan hand creams, Dove «для сухой кожи», universal creams and "
         "lotions whose titles do not say moisturising, hand sanitiser gels and gift sets excluded"),
    ]),
    # fwy08 green smoothie
    ("шпинат свежий пучок\nкиви 4 шт\nмолоко миндальное без сахара\nимбиря корешок небольшой", [
        ("шпинат свежий пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000539716"],
            "perekrestok": ["3414810", "4354591", "3662100", "4138348", "67321", "3498346", "3445684", "4306471",
                            "3394991", "4229889"],
        },
        "fresh spinach in any form (bagged leaves, by weight, «Салат Шпинат», spinach «в горшочке» — a live "
         "pot of fresh leaves); «пучок» read as one pack, not a form filter; frozen spinach (Hortex, И зимой и"
         " летом, Маркет), salad mixes with spinach, seeds/microgreen kits and dishes with spinach excluded"),
        ("киви 4 шт", {
            "pyaterochka": [],
            "magnit": ["48288c27b9"],
            "dixy": ["2000313184"],
            "perekrestok": ["1532", "4156364", "4177001", "4175544", "2094491", "14017", "3638652", "4322057",
                            "4104587"],
        },
        "whole fresh kiwi fruit of any variety (green, Gold, red) and pack; Перекрёсток «Киви мини, 125г» "
         "(kiwiberry, a different small fruit — outside knowledge) and «Киви нарезанный кусочками» (pre-cut) "
         "excluded, fruit mixes, jam, kiwi-flavoured goods excluded; «4 шт» is the quantity"),
        ("молоко миндальное без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4085201", "4312743"],
        },
        "almond drinks whose titles say без сахара / No Sugars (137 Degrees «миндальный без сахара», Planto "
         "«Almond No Sugars»); almond drinks whose sugar content the title does not state (Nemoloko, Velle "
         "«Классический», Alpro/Planto «Миндальный», Planto Barista, Zinus, Зелёная Линия, HI, Green Milk) "
         "excluded because the written «без сахара» cannot be confirmed, 137 Degrees «с нектаром кокосовых "
         "соцветий» (sweetened) and Planto soy «миндальный вкус карамель» excluded"),
        ("имбиря корешок небольшой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3218215", "4097889"],
        },
        "fresh ginger root (by weight or 300 g pack); ground, pickled (маринованный, Скатерть-Самобранка "
         "«белый пастеризованный»), candied/in sugar/dried ginger, the «иммунный» ginger-lemon set and "
         "ginger-flavoured goods excluded; «небольшой» is the quantity"),
    ]),
    # fwy09 poke bowl
    ("рис для суши 1 кг, форель слабосоленая кусок, эдамаме, соус терияки для поке", [
        ("рис для суши 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "sushi rice in a 1 kg pack; the only sushi rices (Перекрёсток Sen Soy «для суши» 250 г and Market "
         "Collection «для японской кухни» 500 г) are excluded by the written pack size, which is respected for"
         " packaged goods as in fresh_basket_eval_g («сахар 1кг»); plain round-grain rice (not sold as sushi "
         "rice) excluded"),
        ("форель слабосоленая кусок", {
            "pyaterochka": [],
            "magnit": ["d049c4430b"],
            "dixy": [],
            "perekrestok": ["4362530", "4066444"],
        },
        "REPLACED item (blind text «лосось слабосоленый кусок» was empty everywhere, as was the whole list). "
         "Lightly salted trout fillet as a piece (Океан «слабосоленая филе кусок», Люди Любят and Пр!ст "
         "«филе-кусок слабосолёная»); sliced trout (филе-ломтики) excluded by the written «кусок», 3 FISH "
         "«Пивной набор» (a beer snack), frozen trout steak, trout roe and Пятёрочка Балтийский Берег «Форель,"
         " 200 г» (salting not stated) excluded"),
        ("эдамаме", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "edamame (green soy beans); no store sells them (no title matches эдамаме/edamame/соевые бобы)"),
        ("соус терияки для поке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "teriyaki sauce; none in any store — only ready dishes «терияки» (wok rice, chicken on rice) and "
         "cashews «в соусе терияки», all excluded; «для поке» is a purpose"),
    ]),
    # fwy10 oat pancakes
    ("овсяная мука, разрыхлитель для оладий пакетик, кефирчик 1% на оладьи, ягоды замороженные ассорти", [
        ("овсяная мука", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3307518"],
        },
        "oat flour (Garnec «овсяная»); oat flakes, other flours and oat porridges excluded"),
        ("разрыхлитель для оладий пакетик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        },
        "baking powder (Dr.Bakers «Разрыхлитель теста» 10 г); baking soda excluded (a different product); "
         "«для оладий» is a purpose, «пакетик» the quantity"),
        ("кефирчик 1% на оладьи", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416",
                            "2084558", "3352331", "3604602"],
        },
        "kefir (incl. Большая Кружка «Биокефир») labelled exactly 1%; «кефирный продукт», «биокефирный "
         "продукт», Bio Баланс «Биопродукт кефирный» (not kefir), other fats and kefir cocktails excluded; «на"
         " оладьи» is a purpose"),
        ("ягоды замороженные ассорти", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "a frozen mixed-berry assortment; no store sells one — single frozen berries (Перекрёсток малина, "
         "черника, клубника, клюква; Дикси клубника) do not satisfy the written «ассорти» (judgement); "
         "Перекрёсток «Ягодный микс голубика-малина-ежевика, 300г» is a fresh (not frozen) mix and is "
         "excluded; frozen pineapple/mango/plum and frozen fruit desserts excluded"),
    ]),
    # fwy11 curry
    ("кокосовое молоко 2 банки по 400 мл, паста карри, рис басмати пачка", [
        ("кокосовое молоко 2 банки по 400 мл", {
            "pyaterochka": [],
            "magnit": ["1000389522"],
            "dixy": [],
            "perekrestok": [],
        },
        "canned coconut milk for cooking, 400 ml (Thai Coco 5-7% 400 мл); coconut-rice drinks (Alpro/Planto),"
         " barley-chickpea «кокос» drinks, coconut-flavoured milkshakes and cosmetics «с кокосовым молоком» "
         "excluded; «2 банки» is the quantity"),
        ("паста карри", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "curry paste; no store sells it — Heinz «Карри-манго» sauce, curry powder (Приправа карри) and curry "
         "cashews excluded"),
        ("рис басмати пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635865", "4254250", "3634155"],
        },
        "basmati rice of any brand/pack (Dunar, Shanti «Басмати Селла» — parboiled basmati, Увелка in cooking"
         " bags); jasmine and other long-grain rice excluded"),
    ]),
    # fwy12 pasta night
    ("спагетти барилла 2 пачки, пармезана кусочек небольшой, базилика свежего пучочек, черри помидорки 250 г", [
        ("спагетти барилла 2 пачки", {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000016649", "2000280926"],
            "perekrestok": [],
        },
        "Barilla spaghetti: Дикси «Barilla спагетти №5», and the thinner/thicker spaghetti cuts Дикси "
         "«Spaghettini №3» and Магнит «Спагеттони» (judgement: variants of spaghetti); other Barilla shapes "
         "(букатини, баветте, Pipe Rigate, Джирандоле, Festivi, филини, ризони, спиральки, стеллине) and "
         "spaghetti of other brands excluded; «2 пачки» is the quantity"),
        ("пармезана кусочек небольшой", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "0dc02300a0", "1000384143", "632a4664e6"],
            "dixy": ["2000597551"],
            "perekrestok": ["3496416"],
        },
        "parmesan (incl. Russian-made «Пармезан» hard cheeses) as a piece — by weight or a 100-200 g piece; "
         "grated parmesan (Dolce «тертый», Dolce Granto «Тёртый», Маркет «тёртый»/«порционированный твёрдый "
         "тёртый», Зелёная Линия «тёртый») excluded by the written «кусочек», as are crème cheese «из "
         "пармезана» and ravioli with parmesan; «небольшой» is the quantity"),
        ("базилика свежего пучочек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "fresh basil; no store sells it — only basil-flavoured ketchup, oil, cashews, sausages, soap and "
         "seasonings, all excluded"),
        ("черри помидорки 250 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003231", "2000186544"],
            "perekrestok": ["3373662", "3410591", "11971", "3634714"],
        },
        "fresh cherry tomatoes in 250 g packs (red, plum-shaped, Кумато «черри мини», «Черри Микс»); the "
         "written pack size is respected, so 200 g and 500 g cherry packs are excluded, as are cocktail "
         "tomatoes, marinated/salted cherry tomatoes and cherry ketchup"),
    ]),
    # fwy13 avocado toast
    ("хлеб на закваске, авокадо спелый, яйца перепелок, сливочный сыр philadelphia", [
        ("хлеб на закваске", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3931337", "4149554", "4148561", "3427407", "3357380", "3617422", "3455248", "78034786",
                            "4287370", "78033782"],
        },
        "sourdough bread: Грiдневъ «ржаной на закваске» and the breads titled «бездрожжевой» (rye, rye-wheat,"
         " wheat, Стройный рецепт, бездрожжевая чиабатта) — judgement resting on outside knowledge that "
         "yeast-free bread is leavened with закваска; breads whose titles do not say either (incl. Магнит "
         "«Чиабатта»), crispbreads and oat drinks «на йогуртовой закваске» excluded"),
        ("авокадо спелый", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["49622", "4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407",
                            "4272853", "4254512", "4379376", "3954359", "3948371", "3445047", "3216120", "3954360",
                            "4333280"],
        },
        "fresh avocados of any variety/pack (the same set as «авокадики 2 штучки»); «спелый» is a wish — "
         "ripeness is not stated in titles except Puro Gusto «Ready-to-eat», so it is not used as a filter; "
         "avocado oil and avocado-flavoured goods excluded"),
        ("яйца перепелок", {
            "pyaterochka": [],
            "magnit": ["8000079148"],
            "dixy": ["2000601592"],
            "perekrestok": ["3413822", "3477870"],
        },
        "raw quail eggs (incl. Qegg «для детского питания»); Перекрёсток Молодецкие «перепелиные копченые» "
         "excluded as a ready smoked snack rather than eggs to cook (judgement); chicken eggs excluded"),
        ("сливочный сыр philadelphia", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "Philadelphia cream cheese (brand written, so required); no store sells Philadelphia — other "
         "cream/curd cheeses (Almette, Hochland, Violette, Pretto, Cream Nuvo, Кремчиз Зелёная Линия…) "
         "excluded for the brand"),
    ]),
    # fwy14 porridge
    ("овсянка самая дешевая, арахисовая паста без сахара 1 банка, корицу молотую для каши", [
        ("овсянка самая дешевая", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91", "7e4e5763f5", "1fbd6e427e"],
            "dixy": ["2000222892", "2000002160", "2000219614", "2000186448", "1041032607", "DI00078791", "2000604115",
                     "2000601251", "2000005395"],
            "perekrestok": ["10234", "4048818", "3921920", "4157124", "4005492", "4355178", "27919", "9056",
                            "2105514", "3933387", "3421663", "23772", "6752", "4321219", "24926", "2122914",
                            "2122915", "2122919", "3503161", "3469028", "4078263", "3469027"],
        },
        "plain oats for porridge: oat flakes of any type and cooking time (Геркулес, Экстра, №1-3, quick, "
         "«Ленивая овсянка», with oat bran, gluten-free, голозёрные), Myllyn Paras «Каша овсяная» 500 г and "
         "Vila Natura «Овсянка» (plain oats), Лакоме cut oats; flavoured flakes and instant porridge sachets "
         "(клюква-яблоко, с вишней, с клубникой, без варки Быстров), baby cereals, oat flour, oat drinks and "
         "oat biscuits excluded; «самая дешевая» is a wish, not a filter"),
        ("арахисовая паста без сахара 1 банка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "peanut butter without sugar; no store sells peanut butter at all — only chocolate, bars and porridge"
         " «с арахисовой пастой», all excluded; «1 банка» is the quantity"),
        ("корицу молотую для каши", {
            "pyaterochka": [],
            "magnit": ["aaed24508c"],
            "dixy": [],
            "perekrestok": [],
        },
        "ground cinnamon (Котани «Корица Молотая»); cinnamon-flavoured tea, biscuits and sweets excluded; "
         "«для каши» is a purpose"),
    ]),
    # fwy15 bathroom shelf
    ("шампунь для окрашенных волос женский, гель для душа какой подешевле, тканевая маска, прокладки олвейс ультра", [
        ("шампунь для окрашенных волос женский", {
            "pyaterochka": [],
            "magnit": ["47dd0ace9e", "337e57b951"],
            "dixy": [],
            "perekrestok": [],
        },
        "shampoo for coloured hair: Fructis «Стойкий цвет» and Elseve «Эксперт цвета/Цвет и блеск» (lines for"
         " coloured hair, outside knowledge; neither is a men's line, so «женский» holds); Концепт «оттеночный"
         " серебряный» (a toning anti-yellow shampoo, not a shampoo for coloured hair), men's, anti-dandruff, "
         "2-in-1, dry and children's shampoos and other women's shampoos not made for coloured hair excluded"),
        ("гель для душа какой подешевле", {
            "pyaterochka": ["2133696"],
            "magnit": ["36a7babd60", "5ffca390ec", "c6a9be396e", "0e73965fab", "20ccdd6391", "9aef66f381",
                       "0a8c13cfae", "1fde288d8a", "5fc21b640d", "393259057b", "9bbd37d676", "d2dce71434",
                       "e9f0c13a1d", "6a742f49c1", "dc5c2dff0f", "2fb09fd462", "a75a504c4b", "21f7b36949",
                       "fb86a14079", "5453f6025c", "c8614395b8", "ecdf943e39", "0a0bc36d75", "6c202199a3",
                       "ee38106f2e", "04385b1c05", "fcfc8492ea", "02ea799c6d", "fb9c80c277", "a162a1690e",
                       "1bcd487746", "056095b61f", "c8870b453a", "b05b3805a4", "27b08defc4", "35c3ab54cc",
                       "64c0ec7e7a", "869541895d", "8b4da8afe5", "c8ade01c51", "b2be06e3a0", "d6e59761cf",
                       "b52306dd19", "f6184e3882", "a4d6d8f2fb", "f4f55309dc", "8e0a633d30", "ae24cd3ee0",
                       "b69125b58a", "bd94ee174a", "68616c4166", "6304efaae1", "d17e3511fe", "5fcf69b341",
                       "f59cbc4eb7"],
            "dixy": ["2000581931", "2000339502", "2000267924"],
            "perekrestok": ["4317631", "4299673", "3327880", "3495277", "4342546", "4144585", "4250600", "4104314",
                            "4095376", "4353947", "3505877", "3664431", "4234621", "4218768", "4112906", "4348829",
                            "4356504", "3664430", "3958230", "3415583", "4319542"],
        },
        "any adult shower gel (гель/крем-гель/гель-уход для душа, any scent and size, incl. men's and "
         "2-in-1/3-in-1 gels, since no gender or type was written); children's and baby gels (ГОНКИ, FA "
         "Детский, БЕББЛ, Моё Солнышко, БЕБЛ шампунь-гель), gift sets with a sponge (Camay, Dove «Набор») and "
         "deodorants «Свежесть душа» excluded; «какой подешевле» is a wish, not a filter"),
        ("тканевая маска", {
            "pyaterochka": [],
            "magnit": ["36bcc3695b", "15cd83a1b8", "835ac25c02", "b6800eef91", "23e2b26e1b", "91b3880643",
                       "60bf98605e", "7621f7b335", "f0d94d1ba8", "f7747e8a88", "aa6d0eaad1", "2a9004e50d",
                       "0a0edb2420", "545e1cea4d", "4129620be8", "68764a7d3b", "2617b60964", "145c91061d",
                       "ef1393ce3b", "5bcb6301d4", "10ef9c86bd", "45eac37ab6", "f91aca0682", "d4a26fa056",
                       "f06d1067e1", "93c9ad29a4", "5f648433b4"],
            "dixy": [],
            "perekrestok": ["4322271", "4322272"],
        },
        "sheet face masks: titles saying тканевая/«ткан» (Garnier, L'Oréal, Funny Organix, Consly) plus "
         "VILENTA 28 мл/28 г weekday masks and LULULUN 7-sheet packs, taken as sheet masks (outside "
         "knowledge); eye sheet masks/patches, hydrogel (7 DAYS), foil (Кумихо), clay/cream/alginate masks and"
         " masks whose titles do not show they are sheet masks (Nivea Органик Роуз, Mychoi, Чёрный жемчуг "
         "22-24 г) excluded"),
        ("прокладки олвейс ультра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "Always Ultra pads (brand and line written); no store sells Always — Discreet/Alldays pantyliners (a "
         "different P&G brand), Kotex, Naturella, OLA! Ultra, Bella, Laurier, Lin Yun and Seni excluded"),
    ]),
    # fwy16 caprese salad
    ("руккола 1 пачка, моцареллу мини шарики, бальзамический крем", [
        ("руккола 1 пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "rocket/arugula; no store sells rocket on its own — only salad mixes with rocket "
         "(руккола-мангольд-шпинат/мицуна), excluded (judgement: a mix is not what «руккола» asks for)"),
        ("моцареллу мини шарики", {
            "pyaterochka": [],
            "magnit": ["1000216597", "ac45682a48"],
            "dixy": ["2000365606"],
            "perekrestok": ["3500953", "3949283"],
        },
        "mini mozzarella balls: Pretto «Чильеджина» (cherry-size balls, outside knowledge) and Маркет/Зелёная"
         " Линия «Моцарелла мини»; regular balls, Fior di Latte, cubes, sticks, pizza mozzarella and sausages "
         "with mozzarella excluded"),
        ("бальзамический крем", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "plain balsamic cream (crema di balsamico); none in any store — Перекрёсток Кинто «Соус-крем "
         "бальзамический гранат» is a pomegranate-flavoured variant and is excluded because a bare "
         "«бальзамический крем» means the plain one (judgement, as for flavoured yoghurts), Гурмикс «Заправка "
         "салатная Бальзамик» (a dry seasoning, outside knowledge), grape vinegar and Рижский бальзам excluded"),
    ]),
    # fwy17 keto baking
    ("миндальная мука, эритрит, какао без сахара, горький шоколад 70 процентов какао", [
        ("миндальная мука", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4308549"],
        },
        "almond flour (Зелёная Линия «Мука миндальная»); almonds, coconut/oat/other flours excluded"),
        ("эритрит", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "erythritol; no store sells pure erythritol — FitParad №7/№10 «Заменитель сахара» "
         "(erythritol-sucralose-stevia blends, outside knowledge; the title does not say erythritol) and "
         "stevia biscuits excluded (judgement)"),
        ("какао без сахара", {
            "pyaterochka": [],
            "magnit": ["25a1b729b4", "f675db585c"],
            "dixy": [],
            "perekrestok": [],
        },
        "plain cocoa powder, unsweetened by nature (Золотой ярлык «Какао натуральный», «Какао-порошок "
         "РОССИЙСКИЙ» — outside knowledge that plain cocoa powder has no sugar); Чукка «гранулированный», "
         "Хрутка/Скрепыши/MacChoco cocoa drinks and Nesquik (sweetened instant drinks) excluded"),
        ("горький шоколад 70 процентов какао", {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        },
        "plain dark chocolate labelled exactly 70% cocoa (Lindt Excellence, Alpen Gold «Горький, 70%», Россия"
         " «Российский горький 70%», Зелёная Линия «на меду классический 70%» — honey-sweetened but still 70% "
         "dark); 75%/85% and unlabelled dark chocolates, dark chocolate with fillings/nuts/fruit and sweets in"
         " dark chocolate excluded"),
    ]),
    # fwy18 household
    ("воды без газа 5 литров баклажку\nтуалетной бумаги упаковку побольше\nпакеты мусорные 60 литров", [
        ("воды без газа 5 литров баклажку", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871",
                            "4231308"],
        },
        "still drinking water in 5 l bottles, incl. children's drinking water (Фрутоняня, Аквалайн «Для "
         "ляль», Черноголовка Бэйби, Кидси — still water, counted like children's milk) and 5 l waters whose "
         "titles do not say «негазированная» (Источник здоровой жизни, Виста, Люкс «с тарой» — 5 l drinking "
         "water is still, outside knowledge); sparkling, mineral/medicinal and flavoured waters and other "
         "sizes excluded"),
        ("туалетной бумаги упаковку побольше", {
            "pyaterochka": [],
            "magnit": ["e9a925895a", "328b9015fd", "9a0bd598be", "939f14debe", "11634cf6c9", "e01188fba0",
                       "013f5191a0", "be21812bf9", "6189f05c16", "cdc752b01e", "24f2c70304", "b0339ecad9",
                       "2300103434", "f88b88076f", "0f9bdfbe08", "475d902330", "be65d013c1"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": ["75364"],
        },
        "dry toilet paper of any brand, ply, scent and pack (4-12 rolls, Перекрёсток Zewa Deluxe «8шт»); "
         "«упаковку побольше» is a wish like «подешевле», not a filter; МОН РУЛОН moist toilet paper (incl. "
         "the children's one), Zewa facial tissues and paper towels excluded"),
        ("пакеты мусорные 60 литров", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        },
        "rubbish bags of 60 l (Магнит «Мешки для мусора … Био ушки 60л, 20шт.»); no other rubbish bags in any"
         " store"),
    ]),
    # fwy19 tofu noodles
    ("тофу пачку, соевый соус классический 1 бутылка, лапшу удон 2 пачки", [
        ("тофу пачку", {
            "pyaterochka": [],
            "magnit": ["8000092760"],
            "dixy": [],
            "perekrestok": [],
        },
        "tofu (Россоя «Сыр Тофу натуральный» 120 г); no other tofu in any store; «пачку» is the quantity"),
        ("соевый соус классический 1 бутылка", {
            "pyaterochka": ["3385361"],
            "magnit": ["3e45dc3ab8", "83c9a5b62e"],
            "dixy": ["2000322380", "2000260452"],
            "perekrestok": [],
        },
        "plain/classic soy sauce in bottles (titles saying «классический» or plain «соевый» with no flavour);"
         " Перекрёсток «Соус соевый, 30г» (a single-portion cup, not a bottle — judgement), Sen Soy «чёрный "
         "перец» (a flavoured sauce), funchoza with miso sauce, soy asparagus excluded"),
        ("лапшу удон 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "udon noodles; no store sells udon (soba, somen, funchoza, lagman and egg noodles are other noodles "
         "and are excluded); «2 пачки» is the quantity"),
    ]),
    # fwy20 hummus
    ("лимончики три штучки для хумуса, чесночка две головки, оливковое масло extra virgin для салата, зира молотая", [
        ("лимончики три штучки для хумуса", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        },
        "fresh lemons (by weight or 2-packs); the lime-lemon mix, the ginger-lemon «иммунный» set, lemon "
         "juice and lemon-flavoured goods excluded; «три штучки» is the quantity, «для хумуса» a purpose"),
        ("чесночка две головки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "4018137", "51157", "77278"],
        },
        "fresh garlic bulbs (by weight, 1 шт, Фермерский 150 г, ранний); Фермерский «отборный зубчиками» 100 "
         "г (loose cloves, not heads — judgement), dried/granulated/ground/crushed/grated/salted/smoked garlic"
         " and garlic salt excluded"),
        ("оливковое масло extra virgin для салата", {
            "pyaterochka": ["3015194"],
            "magnit": [],
            "dixy": ["2000347675", "2000580798", "T000000850", "2000534311", "T000000852"],
            "perekrestok": ["4321136", "4218015", "4365079", "3617469", "4063916", "27062", "4130610", "3666262",
                            "3501258", "3501259", "3444927", "3444926", "4333525", "3336247", "4197654", "2153521",
                            "7581", "61549", "4343608", "4343609"],
        },
        "olive oil whose title says Extra Virgin / Extra Vergine / «EV» / Пятёрочка «EXTR.VIR.» (any "
         "brand/size, incl. the Altaria spray); unrefined oils whose titles do not say extra virgin (Anfosso, "
         "Cobram, Colavita «Mediterranean» нерафинированное, De Cecco, Monini, Frantoi, Sita, Costa d'Oro, "
         "Gonnelli, Getuva), flavoured EV oils (лимон, чеснок, трюфель), pomace/refined/«100%»/Classic oils "
         "and blends excluded; «для салата» is a purpose"),
        ("зира молотая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "ground cumin (зира); no store sells cumin (only sauerkraut «с тмином», a different spice in a dish)"),
    ]),
    # fwy21 matcha latte
    ("матча, овсяное молоко 1л, сироп топинамбура", [
        ("матча", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "matcha tea powder; no store sells matcha — only a Dove hand cream «Матча чай», excluded"),
        ("овсяное молоко 1л", {
            "pyaterochka": [],
            "magnit": ["1000233192"],
            "dixy": ["2000597691", "2000589173"],
            "perekrestok": [],
        },
        "REPLACED item (blind text «овсяное молоко alpro 1л» was empty everywhere, as was the whole list). "
         "Plain oat drinks in 1 l packs (Nemoloko «Классический» 3.2%, Hi 3.2%, Vega Natura «Родной овес»); "
         "flavoured oat drinks (Nemoloko «Шоколадный» 1 л, ваниль, banana-strawberry kids, Овсянка Сэр!) and "
         "200-250 ml packs excluded (written size respected)"),
        ("сироп топинамбура", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "Jerusalem-artichoke syrup; none in any store — Зелёная Линия «Клюква протёртая с сиропом "
         "топинамбура» and stevia biscuits with topinambur are other products, excluded"),
    ]),
    # fwy22 energy balls
    ("финики без косточки 500 гр, грецкие орехи очищенные грамм 200, кокосовое масло, йогурт натуральный не сладкий без добавок", [
        ("финики без косточки 500 гр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4050836"],
        },
        "pitted dates: only Sun Emotions «без косточки сушёные» 150 г says pitted; «500 гр» read as the "
         "quantity wanted (dried fruit is also sold by weight — judgement), not as a pack filter; dates with "
         "stones or whose titles do not say pitted, dates stuffed with nuts and dates in chocolate excluded"),
        ("грецкие орехи очищенные грамм 200", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912995"],
        },
        "shelled walnuts: Пр!ст «Грецкий орех» 100 г taken as kernels (a 100 g pack at that price, "
         "judgement); walnuts in shell, walnut jam and goods with walnuts excluded; «грамм 200» is the "
         "approximate quantity"),
        ("кокосовое масло", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
        "coconut oil (food); no store sells it — only shampoos, balms and shower gels with coconut oil, "
         "excluded"),
        ("йогурт натуральный не сладкий без добавок", {
            "pyaterochka": ["8487"],
            "magnit": ["dafd7c4dc4", "8000087572", "1000181497", "1000470924", "1000380540", "555ec5242d"],
            "dixy": ["2000537895", "2000585835", "2000596134", "2000366091", "2000297751", "2000253975", "2000569034"],
            "perekrestok": ["4264817", "4246013"],
        },
        "plain yoghurt with no flavour or filling, of any fat and form (spoonable, термостатный, drinking "
         "«Натуральный» Активиа/Epica, lactose-free Free, plain goat yoghurts, plain Greek yoghurts "
         "Lactica/Epica/Neo «Классический»/Простоквашино/TEOS/Teos «Натуральный», Козочка «без сахара») — "
         "plain «натуральный»/Greek yoghurts taken as unsweetened (outside knowledge); Зелёная Линия «Йогурт "
         "сладкий», every flavoured or «без сахара» fruit yoghurt (fruit is an addition), skyr, мацони and "
         "айран (other products) excluded"),
    ]),
    # fwy23 syrniki (sweet)
    ("творожок мягкий 5%, ванильный сахар пару пакетиков, изюм светлый без косточек в сырники, сгущенка банка", [
        ("творожок мягкий 5%", {
            "pyaterochka": [],
            "magnit": ["8000030462", "c7f0f0e5ec", "1000475531"],
            "dixy": ["2000322093", "2000227595"],
            "perekrestok": ["4274201", "3279582"],
        },
        "plain soft cottage cheese (творог мягкий/«Нежный мягкий») labelled exactly 5%; soft творог with "
         "raisins or fruit (Вкуснотеево «с изюмом», Зелёная Линия fruit), 5.5% (Домик в деревне), 4/4.5/0% and"
         " DANONE «обезжиренный», regular crumbly 5% творог (not «мягкий»), «творожок» curd desserts (Чудо, "
         "Савушкин, Даниссимо, Простоквашино with fruit) excluded"),
        ("ванильный сахар пару пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220514"],
            "perekrestok": ["4272698"],
        },
        "vanilla sugar (Dr.Bakers «Сахар ванильный» 8 г); Магнит «Ванилин ХААС» (vanillin, a different baking"
         " product), vanilla-flavoured goods and plain sugar excluded; «пару пакетиков» is the quantity"),
        ("изюм светлый без косточек в сырники", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3640864", "4316951"],
        },
        "light raisins: Маркет «Изюм светлый» and «Изюм Голден» (golden = light raisins); both taken as "
         "seedless (light/golden raisins are made from seedless grapes — outside knowledge, the titles do not "
         "say); goods with raisins (сухари, сырники, творожная масса, pastries) excluded"),
        ("сгущенка банка", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "cc9252c04f", "1000003186", "1000427075", "be9bed5042",
                       "66294fd8e5", "dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["4218934", "3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4211054"],
        },
        "sweetened condensed milk («молоко сгущённое (цельное) с сахаром», any size, incl. the 1% Пр!ст and "
         "the Алексеевское сашет — «банка» read as one pack, a quantity); boiled condensed milk (варёная), "
         "flavoured condensed milk (Рогачевъ «с кофе», Алексеевское «вкус печенье»), Моя цена «Продукт "
         "молочный Сгущенка» (not milk) and sweets/desserts with condensed milk excluded"),
    ]),
    # fwy24 body care
    ("скраб для тела, дезодорант dove, зубная паста splat отбеливающая", [
        ("скраб для тела", {
            "pyaterochka": [],
            "magnit": ["821e719bfe", "73e272e58e", "333942d845"],
            "dixy": [],
            "perekrestok": [],
        },
        "body scrubs (7 DAYS «Скраб для тела» кофейный / кокос) and Dove «Гель-скраб Нежное обновление» (an "
         "exfoliating body gel-scrub — judgement: acceptable as a body scrub); face scrubs and peelings "
         "(L'Oréal, Чёрный жемчуг, 7 DAYS, MIXIT) and the WITH LOVE gift set excluded"),
        ("дезодорант dove", {
            "pyaterochka": [],
            "magnit": ["c15d3d0db9", "e4f602d65c", "f3603ee966", "efb32e856f", "8d3fb18ae5", "94e3af7830",
                       "646a69deee"],
            "dixy": [],
            "perekrestok": ["4349774"],
        },
        "Dove deodorants and antiperspirants of any form and line (spray, roll-on, stick, incl. Dove men's "
         "since no gender was written); Dove shower gels, shampoos, creams, chocolate and candies (trap: Dove "
         "is also a chocolate brand) and other deodorant brands excluded"),
        ("зубная паста splat отбеливающая", {
            "pyaterochka": [],
            "magnit": ["5c5da323dc", "8c74c7a89c", "05bcdac370"],
            "dixy": [],
            "perekrestok": [],
        },
        "SPLAT whitening toothpastes (Professional «Отбеливание Плюс» 40 мл, Daily «Whitening, отбеливающая»,"
         " Professional «Сенситив Уайт» — White = whitening); SPLAT pastes whose titles do not say whitening "
         "(Daily Complex/Super Fresh, Биокальций, Ликвум-гель, Сенситив Ультра, children's), SPLAT "
         "rinses/brushes/floss and whitening pastes of other brands excluded"),
    ]),
    # fwy25 fish dinner
    ("филе трески замороженное без кожи, брокколи замороженная упаковка, сливки 20% для соуса к рыбе", [
        ("филе трески замороженное без кожи", {
            "pyaterochka": [],
            "magnit": ["f7e065c834"],
            "dixy": [],
            "perekrestok": [],
        },
        "frozen skinless cod fillet (Треска МАГНИТ «филе без кожи, свежемороженая»); whole cod (ТРЕСКА "
         "полуфабрикат), fish triangles/fingers from cod-family fish, cod liver and cod dumplings excluded"),
        ("брокколи замороженная упаковка", {
            "pyaterochka": [],
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["74445", "4019919", "4019915", "3444750", "2125852", "4003966", "3405386", "4225833",
                            "3489151", "4325364", "3625801", "4152339", "4238817", "2059262", "4320949"],
        },
        "frozen broccoli of any brand/pack; Магнит «Брокколи HORTEX, Хортекс, 400г» taken as frozen (Hortex "
         "is a frozen-vegetable brand, outside knowledge); fresh broccoli/broccolini, broccoli-cauliflower "
         "mixes, baby purées and soups excluded; «упаковка» is the quantity"),
        ("сливки 20% для соуса к рыбе", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000461012", "1000549783", "1812420003", "1000290041"],
            "dixy": [],
            "perekrestok": ["3163857", "4267107", "44831", "4316249"],
        },
        "cream labelled exactly 20% (sterilised/UHT, any size); 10/11/33% cream, portion coffee creamers, "
         "Пятёрочка President «Крем слив.взбит.» 20% (whipped-cream topping), cream-flavoured drinks and ice "
         "cream excluded; «для соуса к рыбе» is a purpose"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: each list starts with a line '--- fwyNN'; the following lines up to
    the next such line (trailing blank lines dropped) are the text verbatim; '#' header lines come first."""
    texts = []
    cur = None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("--- fwy"):
                if cur is not None:
                    texts.append(cur)
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append(cur)
    out = []
    for lines in texts:
        while lines and lines[-1] == "":
            lines.pop()
        out.append("\n".join(lines))
    return out


def check_blind(lists, blind_path, replaced):
    """Every list text must equal the blind draft, apart from the REPLACED items."""
    blind = read_blind(blind_path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    per_list = {}
    for n, old, new in replaced:
        per_list.setdefault(n, []).append((old, new))
    for n, (text, _items) in enumerate(lists, 1):
        if n > len(blind):
            break
        expected = blind[n - 1]
        for old, new in per_list.get(n, []):
            if expected.count(old) != 1:
                errors.append("fwy%02d: replaced item %r not found once in the blind text" % (n, old))
            expected = expected.replace(old, new, 1)
        if len(per_list.get(n, [])) > 1:
            errors.append("fwy%02d: more than one item replaced" % n)
        if text != expected:
            errors.append("fwy%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND, REPLACED)
    stats(build(LISTS, OFFERS, OUT, "fwy"))
