#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yu.jsonl -- shopping lists of students moving into a dormitory, hand-labelled
against the real offers in real_offers.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yu.build.py

LISTS below is literal data: 25 lists (3-5 items) written as flatmates moving into a dormitory for the first
term would type them to a Telegram bot, copied byte for byte from fresh_basket_eval_yu.blind_lists.txt (written
before any offer was read; one list, fyu24, has one item replaced after labelling because the whole list was
empty in every store -- see the README, "Replacements"), and for every item the product ids of every in-stock
offer of every store that a reasonable shopper would accept.  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read
one by one; the note of each item records what was accepted, what was deliberately left out and any judgement
that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing"
there).  The labels were made without reading or running anything of the price-comparison tool.

The script only checks the data (labelled_lists.build: every id exists in real_offers.jsonl *for that store* and
is in stock, no id is repeated within an item, every item has a note, the labels are exactly the list's items in
order) and then writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fyu01, fyu02, ... in
LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yu.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyu01 first evening: instant noodles and tea
    ("дошик с говядиной 4 шт, чаек гринфилд пакетированный, рафинад сахарный в коробке, печеньки юбилейные к чаю", [
        ("дошик с говядиной 4 шт", {
            "pyaterochka": ["4009568"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«дошик» taken as the genericised word for instant noodles (outside knowledge: used for any brick/cup "
           "noodles, not only Доширак), so the unbranded Пятёрочка «Лапша со вкусом говядины 90 г» is accepted; chicken "
           "noodles, Роллтон «Куриная», Роллтон «Бульон говяжий» (broth), lagman and funchoza excluded; «4 шт» is a "
           "quantity. No Доширак-branded offer exists"),
        ("чаек гринфилд пакетированный", {
            "pyaterochka": ["3489539", "3450276", "3378336"],
            "magnit": ["217b3d7466"],
            "dixy": [],
            "perekrestok": [],
        }, "Greenfield tea in bags (titles with a bag count: 20x1,8 г, 100x1,5 г, 100x2 г, 25 пак); loose Greenfield "
           "(Эрл Грей Фэнтази лист. 200 г, Golden Ceylon листовой 200 г, Spring Melody «100 г» without a bag count, taken "
           "as loose) and the «Напиток чайный» Spirit Mate (mate, not tea) excluded"),
        ("рафинад сахарный в коробке", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "Магнит «РУССКИЙ Сахар белый прессованный 1кг к/уп» accepted (outside knowledge: «прессованный» sugar = "
           "refined sugar cubes, к/уп = carton box); cane sugar Демерара 500 г (loose, unrefined) and sweets excluded"),
        ("печеньки юбилейные к чаю", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every «Юбилейное» cookie (traditional, glazed, oat, постное, whole-grain, berry flavours); Магнит "
           "«Мини-кексы Юбилейное» (cupcakes), J.Meinl coffee «ЮБИЛЕЙНЫЙ», колбаса «Юбилейная» and карбонад «ЮБИЛ.» "
           "excluded"),
    ]),
    # fyu02 groceries for the term
    ("гречка ядрица в пакетиках для варки, тушонка из говядины 2 банки, лучок репчатый штуки 3, масло подсолнечное рафинир. 1л, соль поваренная йодир.", [
        ("гречка ядрица в пакетиках для варки", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "Магнит «Крупа Гречневая Prosto, 500 г» accepted on outside knowledge (Prosto groats are sold in boil-in-bags; "
           "the title does not say so, nor «ядрица»); Prosto «Рис и греча» (mix), buckwheat flakes, buckwheat porridges, "
           "soba noodles and ready meals with buckwheat excluded"),
        ("тушонка из говядины 2 банки", {
            "pyaterochka": ["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
            "magnit": ["111741"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed beef (Говядина тушеная, any grade or brand); stewed pork (Свинина тушеная, Елинский), venison, "
           "porridge with beef and pet food excluded; «2 банки» is a quantity"),
        ("лучок репчатый штуки 3", {
            "pyaterochka": [],
            "magnit": ["168731", "168721"],
            "dixy": [],
            "perekrestok": ["79135", "79012"],
        }, "fresh bulb onions: titles «Лук репчатый» (white, red) and Магнит «Лук Светофор, 1 уп. (3 шт)» (outside "
           "knowledge: a set of three bulb onions of different colours); Ялтинский, шалот, салатный, green onion, "
           "FEDERICI pickled «Луковки» and onion-flavoured snacks excluded; «штуки 3» is a quantity"),
        ("масло подсолнечное рафинир. 1л", {
            "pyaterochka": [],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "refined sunflower oil in 1 l bottles (Благо, Mr.Ricco, Слобода «для жарки»); Олейна 2 л (size), Mr.Ricco "
           "«с экстр Прованские травы» (flavoured) and «с доб масла авокадо» (blend), Almador flavoured 0,79 л, corn and "
           "olive oils excluded"),
        ("соль поваренная йодир.", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no iodised table salt in the offers; Mareman sea salt 1 кг (not iodised), salted snacks and «с солью» "
           "products excluded"),
    ]),
    # fyu03 pasta and sausages
    ("макороны рожки подешевле на неделю, сосиски молочные пару пачек, кетчуп махеевъ любой", [
        ("макороны рожки подешевле на неделю", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pasta in the horn shape: Пятёрочка «Витой рожок, 450 г»; other shapes (перья, спирали, ракушки, улитки, "
           "пружинка, спагетти, вермишель) and ice cream «в вафельном рожке» excluded; «подешевле на неделю» is a wish"),
        ("сосиски молочные пару пачек", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«Сосиски Молочные» of any size; сливочные, «Детям», докторские, венские, баварские etc. excluded; «пару "
           "пачек» is a quantity"),
        ("кетчуп махеевъ любой", {
            "pyaterochka": ["4044938", "3941585", "3673189", "3673190"],
            "magnit": ["665b5b224d"],
            "dixy": [],
            "perekrestok": [],
        }, "every Махеевъ ketchup (Томатный, Чили, Шашлычный, any size); Махеевъ sauces (сырный, терияки, манго-чили, "
           "Цезарь), горчица, хрен, джем, мармелад, mayonnaise and other brands' ketchups excluded"),
    ]),
    # fyu04 kitchen
    ("фейри лимон 450 мл, губки для мытья посуды поролоновые, мешки для мусора 30 л с завязками, перчатки хозяйственные резиновые м", [
        ("фейри лимон 450 мл", {
            "pyaterochka": ["3500750"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy «Сочный лимон» 450 мл; the same Fairy lemon in 900 мл (size), Fairy Platinum / Нежные руки / Ледяная "
           "свежесть (flavour) and AOS «Лимон» (brand) excluded"),
        ("губки для мытья посуды поролоновые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sponges in the offers (grepped губк, sponge)"),
        ("мешки для мусора 30 л с завязками", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the written 30 l size is required: Магнит «Мешки для мусора 35л 20шт ушки» (35 l) and BIG CITY LIFE «Пакеты "
           "д/мусора 60л» excluded, so missing everywhere"),
        ("перчатки хозяйственные резиновые м", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household gloves in the offers (grepped перчат)"),
    ]),
    # fyu05 bathroom
    ("туалетка 3х слойная побольше, жидкое мыльце дозатор, зубная паста сплат на всех, щетка зубная средней жесткости новая", [
        ("туалетка 3х слойная побольше", {
            "pyaterochka": ["3449118", "4059050"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper labelled 3-ply (Papia 3сл. 8 рул., Zewa Deluxe 3 сл. 8 рул.); 2-ply (Zewa Plus, Familia Plus), "
           "4-ply (Zewa Just 1), Papia «WHITE DE LUXE» (ply not stated) and moist toilet paper excluded; «побольше» is a "
           "wish"),
        ("жидкое мыльце дозатор", {
            "pyaterochka": [],
            "magnit": ["1aeb42ebee"],
            "dixy": [],
            "perekrestok": [],
        }, "liquid hand soap: AURA «Мыло жидкое … 500мл» accepted (outside knowledge: sold as a pump bottle; the title "
           "does not say refill); bar soaps (Camay, Fax, Safeguard, Dove крем-мыло) and soap gift sets excluded"),
        ("зубная паста сплат на всех", {
            "pyaterochka": ["3230372", "3691935", "3480375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "SPLAT toothpastes for adults (Special Blackwood, Черный лотос, Professional); Магнит «SPLAT JUNIOR З/п д/дет "
           "6-11лет» excluded (a children's paste for flatmates is not what was asked), Splat toothbrushes excluded"),
        ("щетка зубная средней жесткости новая", {
            "pyaterochka": ["3379809"],
            "magnit": ["faf2b81393", "af8d07dd15"],
            "dixy": [],
            "perekrestok": [],
        }, "toothbrushes labelled medium (BIOMED «Medium», Colgate 360 «ср/ж»); SPLAT «hard», Colgate «Зиг Заг» and "
           "«Шелк. нити с др. углем» and SPLAT Special Blackwood brush (stiffness not stated) excluded"),
    ]),
    # fyu06 pelmeni night
    ("пельмешки подешевле на троих, сметана 15% к пельменям, майонезик провансаль жирный 67%", [
        ("пельмешки подешевле на троих", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                            "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "every frozen pelmeni (incl. Горячая штучка «Бульмени», which are pelmeni); Ложкаревъ хинкали and Calve sauce "
           "«д/пельм.» excluded; «подешевле на троих» is a wish/quantity"),
        ("сметана 15% к пельменям", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream labelled exactly 15% (any brand and size, incl. lactose-free Parmalat and Простоквашино); 10/20/"
           "25/30% and Махеевъ «Соус Сметанный» excluded"),
        ("майонезик провансаль жирный 67%", {
            "pyaterochka": ["3695167", "3982578", "3355228", "3355242", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4297313",
                            "4105769", "3695167"],
        }, "Provençal mayonnaise with 67% in the title (Ряба, Слобода, Скит, Махеевъ «Провансаль с лимонным соком», "
           "Московский Провансаль incl. «оливковый» and «на перепелиных яйцах»); Перекрёсток «Я люблю готовить на "
           "перепелиных яйцах 67%» and Пятёрочка «Слобода, 67%, 800 мл» accepted because the same ids are titled "
           "Провансаль in the other store; Московский Провансаль 700 мл (no fat stated), 55% «домашний», Heinz "
           "«классический», Mr.Ricco, Слобода «Оливковый» (not Провансаль) and Махеевъ «С перепелиным яйцом» (no fat) "
           "excluded"),
    ]),
    # fyu07 breakfast staples
    ("рисик круглозерный, яички с0 один десяток, молоко 2.5% пару литров, сахарку песку кило", [
        ("рисик круглозерный", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641", "199371"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice: titles with «круглый» (Увелка Краснодарский, Мистраль «для плова традиционный») plus, on "
           "outside knowledge, Мистраль «Кубань» and Националь «Адриатика» (round-grain varieties) and Пятёрочка «МИСТР. "
           "Рис для плова традиц.900г» (the Мистраль product Магнит titles «круглый»); basmati, jasmine, long-grain "
           "Лазер, brown rice, Акватика mix, Националь/Global Village «для плова» (grain not stated), rice flakes, flour "
           "and drinks excluded"),
        ("яички с0 один десяток", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "eggs of class С0/СО/«отборные» in packs of 10; С1 eggs, Волжанин «отборной категории» 6 шт (pack), Kinder "
           "eggs excluded"),
        ("молоко 2.5% пару литров", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700",
                            "af8570f806", "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9",
                            "50cb0959f8", "76055bf243", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised, UHT or sterilised, any pack size incl. 0.2 l and "
           "Сарафаново children's milk); other fats, ranges, milkshakes (Чудо, Чудо детки 2,5%) and fermented drinks "
           "excluded; «пару литров» is a quantity"),
        ("сахарку песку кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no granulated white sugar in the offers; Магнит pressed sugar cubes (рафинад), cane sugar Демерара 500 г, "
           "сахарная пудра and «с сахаром» products excluded"),
    ]),
    # fyu08 porridge and coffee
    ("овсянка геркулес на завтраки, бананчиков на всех, мед цветочный баночка, кофе nescafe classic в банке", [
        ("овсянка геркулес на завтраки", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oat flakes of the «Геркулес» kind: Клинские «Геркулес» and Увелка «Хлопья зерн. овсян. трад.» "
           "(outside knowledge: «геркулес» is the everyday word for traditional rolled oats); instant porridges "
           "(Быстров, Ясно Солнышко, Nestlé, Heinz), Velle oat yoghurts, oat bran and oat cookies excluded"),
        ("бананчиков на всех", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas incl. mini and organic; dried bananas, banana drinks, smoothies and flavoured goods excluded"),
        ("мед цветочный баночка", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural flower honey in jars (Медовый дом «цветочный» разнотравье, Восточная липа, Южный цветок); "
           "«Крем-мёд … с наполнителями» (with lemon-ginger or raspberry), honey-flavoured sweets, чак-чак and "
           "«Медовые» tomatoes excluded"),
        ("кофе nescafe classic в банке", {
            "pyaterochka": ["4035364", "4035358"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nescafé Classic instant coffee 95 г and 190 г (outside knowledge: the jar sizes; the titles do not say jar); "
           "Nescafé Classic 230 г left out (pack form unknown, not a jar size), Classic Latte sachets and Nescafé "
           "Gold/Crema/Barista excluded"),
    ]),
    # fyu09 instant corner
    ("пюрешка быстрого приготовления с курочкой, лапша роллтон с говядиной, кириешки со вкусом холодца с хреном, адреналинчик раш банку 0.449", [
        ("пюрешка быстрого приготовления с курочкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no instant mashed potatoes in the offers; baby purées (Фрутоняня, Агуша «цыпленок»), chips and ready meals "
           "with mash excluded"),
        ("лапша роллтон с говядиной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Роллтон noodles exist only as «Куриная по-домашнему» (flavour) and «РОЛЛТОН Бульон говяжий» is broth, not "
           "noodles; the unbranded Пятёрочка beef noodles are not Роллтон; missing everywhere"),
        ("кириешки со вкусом холодца с хреном", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Магнит «КИРИЕШКИ Сухарики холодец/бекон/ветчина» 40 г and 100 г taken as cards for the flavour assortment "
           "including холодец с хреном (judgement); other brands with that flavour (Три корочки, Гренковъ, Фишка, Vian, "
           "Крутоны, Twister chips) excluded"),
        ("адреналинчик раш банку 0.449", {
            "pyaterochka": ["4068487", "3931838", "3931836"],
            "magnit": ["205111"],
            "dixy": [],
            "perekrestok": [],
        }, "Adrenaline Rush 0,449 l (original, «без сахара», «red energy»); Пятёрочка «0,449л Х 6» is priced as one can. "
           "Adrenaline Juicy and Game Fuel (other lines), Adrenaline Gold 0,33 l (size) and other energy drinks "
           "excluded"),
    ]),
    # fyu10 the boys' shelf
    ("шампунь от перхоти хед энд шолдерс, гель для душа мужской какой-нибудь, дезик олд спайс, станки gillette одноразовые", [
        ("шампунь от перхоти хед энд шолдерс", {
            "pyaterochka": ["3653506", "3689257"],
            "magnit": ["acec144b5f", "198881"],
            "dixy": [],
            "perekrestok": ["4406843"],
        }, "every Head & Shoulders shampoo incl. 2-in-1 (all are anti-dandruff); H&S «Бальзам-ополаскиватель» and other "
           "brands' anti-dandruff shampoos (Шаума, Clear) excluded"),
        ("гель для душа мужской какой-нибудь", {
            "pyaterochka": ["3440044", "3626165", "3241074", "3380358"],
            "magnit": ["1d4676bb70"],
            "dixy": [],
            "perekrestok": [],
        }, "men's shower gels: Palmolive Men (Спорт, 3 в 1), Чистая линия «Шамп-кондиц-гель/душа д/мужч 3в1»; on "
           "outside knowledge Fa «охлаждение экстрим» (Fa Men Xtreme) and Nivea «Заряд чистоты» (a Nivea Men gel); "
           "women's/unisex gels (Fa Йогурт, Fun, Le Petit Marseillais, Palmolive Натурэль, Nivea «увлажнение», Dove, "
           "Ветивер/Цитрус/Молоко и дыня) and gift sets (Old Spice, Palmolive) and shaving gels excluded"),
        ("дезик олд спайс", {
            "pyaterochka": ["3909980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Old Spice deodorant of any form (stick «Captain»); the Магнит Old Spice gift set (gel + deodorant) and other "
           "brands excluded"),
        ("станки gillette одноразовые", {
            "pyaterochka": [],
            "magnit": ["204267144c", "ad06daa707"],
            "dixy": [],
            "perekrestok": [],
        }, "Gillette disposable razors: Blue II 5 шт and Gillette Simply Venus 4 шт (Gillette's women's line; the item "
           "names no gender); Mach3 and Fusion system razors, Venus system razor and shaving gel excluded"),
    ]),
    # fyu11 laundry and toilet
    ("порошок для стирки автомат 3 кг, ленор концентрат, доместос для туалета любой", [
        ("порошок для стирки автомат 3 кг", {
            "pyaterochka": ["3149485", "2087255", "3688912", "3951189", "3142962", "2161528", "2161508", "3023899",
                            "2070686"],
            "magnit": ["105881", "105891"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder in 3 kg packs (Ariel, Persil, Bimax); titles without «автомат» (Ariel «Масла ши», Persil "
           "«Лаванда», Bimax, Persil color/вернель) accepted on outside knowledge (3 kg packs are automatic-machine "
           "powders); other sizes (Лоск 2,7, Tide 2,4/2,5/4, Биолан 2,4, Ariel/Bimax 6 кг, Persil 1,5, Biomio 1,5), gels, "
           "capsules and stain removers excluded"),
        ("ленор концентрат", {
            "pyaterochka": ["3465388", "3669625", "4025712"],
            "magnit": ["205131", "159881", "203041"],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioners: Пятёрочка titles say «конц.»/«Концентрированный»; Магнит Lenor 1 л / 1,8 л / 2 л "
           "accepted on outside knowledge (Lenor is sold in Russia only as a concentrate); Vernel, «Е», and Tide "
           "«Lenor Color» powder excluded"),
        ("доместос для туалета любой", {
            "pyaterochka": ["3956853", "3956850", "3607497"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Domestos products for the toilet (gels «для унитаза» Ультра белый / Ультра блеск, rim block «Power 5»); "
           "Domestos «универсальное» (as in fresh_basket_eval_d) and other brands (Bref, Comet, Cillit) excluded"),
    ]),
    # fyu12 film night
    ("лейс с крабом больш. пачку, кока кола 1.5 две бутылки, сникерсы 2 шт, попкорн для микроволновки соленый", [
        ("лейс с крабом больш. пачку", {
            "pyaterochka": ["3931228"],
            "magnit": ["106331"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's crab chips in the larger packs on offer (85 г «Королевский краб», 90 г); the small 50 г pack excluded "
           "for «больш. пачку»; crab chips of other brands (LAVA LAVA, Русская картошка, Pringles, «Картофель "
           "хрустящий») and TUC crackers excluded"),
        ("кока кола 1.5 две бутылки", {
            "pyaterochka": [],
            "magnit": ["214541"],
            "dixy": [],
            "perekrestok": [],
        }, "classic Coca-Cola 1,5 l; Coca-Cola 0,9/1/2 l (size), Coca-Cola Orange 1,5 l and Vanilla (flavour), "
           "Coca-Cola без сахара 0,9 l and other colas (Добрый, Черноголовка, Cool Cola, Evervess, Pepsi) excluded; "
           "«две бутылки» is a quantity"),
        ("сникерсы 2 шт", {
            "pyaterochka": [],
            "magnit": ["1000209560"],
            "dixy": [],
            "perekrestok": [],
        }, "Snickers bars: Магнит «SNICKERS Батончик белый 81г» (a Snickers variant); the M&M's & Friends gift box with "
           "Snickers minis excluded; «2 шт» is a quantity"),
        ("попкорн для микроволновки соленый", {
            "pyaterochka": ["3468688"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Mixbar «для печей СВЧ, соленый»; ready-popped Mixbar popcorn (сладко-солёный, карамель) and popcorn "
           "candies excluded"),
    ]),
    # fyu13 sandwiches
    ("колбаску докторскую, батон нарезной к бутерам, маслице сливочное 82.5 пачечку, чай черный листовой крупный", [
        ("колбаску докторскую", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "boiled sausage «Докторская» of any brand, size or slicing; сардельки and сосиски «Докторские» and Black "
           "Monster «The Doctor» excluded"),
        ("батон нарезной к бутерам", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Пятёрочка «Батон "
           "\"Звездный\"нар» (нар. = нарезной); other breads (Даниловский, Марьин, ржано-пшеничный, зерновой), sweet "
           "buns and chocolate «батончики» excluded"),
        ("маслице сливочное 82.5 пачечку", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled exactly 82,5% (Традиционное, Вкуснотеево, Тысяча озёр; any pack size); 82% butters "
           "(Простоквашино in Магнит and Дикси, Президент) excluded because the written fat must match, 72,5% and "
           "chocolate butter 62% excluded"),
        ("чай черный листовой крупный", {
            "pyaterochka": ["3694768", "3691655", "3608792", "4079110"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "black tea labelled large-leaf (крупнолистовой / «кр/л»): Beta Tea Домик 50 г, Richard «Новогодняя игрушка» "
           "20 г, Richard All the Best Wishes and Year of the Royal Ox 80 г tins; loose teas only labelled «листовой» "
           "(Richard Королевский Цейлон, Greenfield, Крепкие традиции, Майский «лист.»), tea bags and the green "
           "oolong «крупнолист.» excluded"),
    ]),
    # fyu14 soup and roast
    ("бедрышки куриные 1 кг, картошка 2кг мытая, морковка немного, капусты белокочанной кочан", [
        ("бедрышки куриные 1 кг", {
            "pyaterochka": ["3364509", "4007208"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160041", "4250498", "4007208", "3692842", "4328962"],
        }, "raw chicken thighs with or without bone (Бедро куриное, Филе бедра куриное/цыплёнка, Пятёрочка «Бедро "
           "цыпл-табака» and «Филе бедра без кожи ЦБ»); drumsticks, whole birds, breast, turkey thigh fillet, "
           "duckling «окорочок» and Мираторг beef «мякоть бедра» excluded; «1 кг» is a quantity"),
        ("картошка 2кг мытая", {
            "pyaterochka": [],
            "magnit": ["109571", "199751"],
            "dixy": [],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes whose title says «мытый» (incl. red washed and the 2,5 kg pack; «2кг» is a quantity); "
           "potatoes not stated washed (Новый урожай, для варки/жарки, Дикси молодой), chips and starch excluded"),
        ("морковка немного", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots; Korean-style carrot salads and Leor «Морковь пикантная» excluded"),
        ("капусты белокочанной кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage; Chinese cabbage, broccoli and Korean cauliflower salad excluded"),
    ]),
    # fyu15 cutlets and pasta
    ("фарш свино-говяжий на котлеты, спагеттины барилла, томатн. пасту, чесночок пару головок", [
        ("фарш свино-говяжий на котлеты", {
            "pyaterochka": ["3673806", "3205754"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pork-and-beef mince: Мираторг «свино-говяжий домашний» and, on outside knowledge, Самсон «Фарш ДОМАШНИЙ» "
           "(«Домашний» mince is pork-beef); pork-only, beef-only, turkey, chicken and Ближние горки «Деревенский» "
           "(meat not stated) mince and stuffed olives excluded"),
        ("спагеттины барилла", {
            "pyaterochka": ["4037644"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Barilla spaghetti; Barilla capellini (a different, thinner pasta), other Barilla shapes and other brands' "
           "spaghetti excluded"),
        ("томатн. пасту", {
            "pyaterochka": ["84652", "3486033", "31623", "3696785"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste (Помидорка, Heinz, Махеевъ «Паста ДОМАШНЯЯ томат.»); ketchups, tomato sauces and juices "
           "excluded"),
        ("чесночок пару головок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic (Перекрёсток «Чеснок, 3шт»); salted garlic ФЭГ, dried granulated garlic and garlic-flavoured "
           "goods excluded"),
    ]),
    # fyu16 breakfast
    ("хлопья кукурузные на завтрак, молоко ультрапастеризованное 3.2, йогурт питьевой клубника 2 бутылочки", [
        ("хлопья кукурузные на завтрак", {
            "pyaterochka": ["3659060", "25813"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "corn flakes: Nestlé Gold «Хлопья … кукур. мед/арахис» and Любятово «Завтраки … кукурузные» (taken as corn "
           "flakes); rings, pillows, muesli, oat/buckwheat/rice flakes, canned corn and corn sticks excluded"),
        ("молоко ультрапастеризованное 3.2", {
            "pyaterochka": ["3507208", "3694630", "3645807"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "e458dc5e25", "e2d5d93f2a", "35ac60eec2", "885d917850", "488d323508",
                            "01f728b210", "f50aeac1bb", "3645807", "b508e73840", "47a9cd6be2", "4244242", "3431579"],
        }, "UHT cow milk labelled exactly 3.2% (incl. children's Агуша and Сарафаново); pasteurised and sterilised "
           "(Можайское, Рогачевъ) milk, Домик в деревне UHT «топленое» 3.2%, ranges (3,2–6%) and other fats excluded"),
        ("йогурт питьевой клубника 2 бутылочки", {
            "pyaterochka": ["3628399", "4066181", "4035473"],
            "magnit": ["205071"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking yoghurt with strawberry: Чудо «питьевой, клубника/земляника» 270 г (the Пятёрочка card of the same "
           "270 г Чудо is accepted although it lacks «питьевой»), children's «Йогурт питьевой … Клубничного пломбира», "
           "and Активиа «с клубникой и земляникой» 260 г (outside knowledge: the drinking Activia bottle); mixes with "
           "other fruit (Epica клубника-маракуйя, Активиа with apple/pitahaya or melon), the unbranded 270 г "
           "«Биойогурт … с клубникой» (form unknown), spoonable yoghurts and milkshakes excluded"),
    ]),
    # fyu17 canned supper
    ("шпроты в масле 1 банка, горбуша консервированная натуральная, майонез sloboda 67 процентов, хлебцы ржаные хрустики", [
        ("шпроты в масле 1 банка", {
            "pyaterochka": ["3504456", "3469704", "3609788", "3475329", "3648434", "3468684"],
            "magnit": ["109251"],
            "dixy": [],
            "perekrestok": [],
        }, "sprats in oil of any size (incl. «из салаки» and «Шпроты крупные», which are in oil by definition); other "
           "canned fish excluded"),
        ("горбуша консервированная натуральная", {
            "pyaterochka": ["3609786"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned pink salmon «натуральная»; frozen горбуша fillet and other canned fish excluded"),
        ("майонез sloboda 67 процентов", {
            "pyaterochka": ["3193489", "3163111"],
            "magnit": ["104941"],
            "dixy": [],
            "perekrestok": ["3674577", "3193489", "4412152", "2108609", "3163111"],
        }, "every Слобода mayonnaise of 67% (Провансаль, оливковый, any size); Пятёрочка «Майонез Оливковый, Слобода, "
           "800 мл» lacks the fat value but is the same id titled «67%» at Перекрёсток; Слобода ketchup, cheese sauce, "
           "sunflower oil and bioyoghurts excluded"),
        ("хлебцы ржаные хрустики", {
            "pyaterochka": ["4054468", "3692903"],
            "magnit": ["8c18d20df8"],
            "dixy": [],
            "perekrestok": [],
        }, "rye crispbreads: ржано-пшеничные (Образ жизни, Croisette with herbs) and Щедрые «тонкие бородинские» "
           "(outside knowledge: Borodinsky = rye); wheat, corn-rice, multigrain, cheese-cereal crispbreads and Finn "
           "Crisp «сухарики» excluded"),
    ]),
    # fyu18 wok
    ("лапша удон для вока, соевый соусик к удону, смесь овощная замороженная мексиканская", [
        ("лапша удон для вока", {
            "pyaterochka": ["3618857"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "udon noodles; soba, funchoza, instant noodles and ready wok meals excluded"),
        ("соевый соусик к удону", {
            "pyaterochka": ["3072579", "3995914", "3484963"],
            "magnit": ["903c9b5986"],
            "dixy": [],
            "perekrestok": [],
        }, "soy sauce of any brand/size; teriyaki sauces and soy drinks excluded"),
        ("смесь овощная замороженная мексиканская", {
            "pyaterochka": ["3699703"],
            "magnit": ["204671"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen «Мексиканская смесь» (Мираторг Vитамин, Global Village); Гавайская, Азиатская, Карибская, Вок, 8 "
           "овощей, Квартет and fresh salad mixes excluded"),
    ]),
    # fyu19 the girls' shelf
    ("салфетки влажные антибакт., бумажные полотенчики, ватные диски для снятия макияжа, прокладки олвейс ultra", [
        ("салфетки влажные антибакт.", {
            "pyaterochka": [],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "4166484", "3917869"],
        }, "wet wipes labelled antibacterial (and Home Story «антисептические», taken as the same); Tolli Plus "
           "(not antibacterial), baby wipes, dry napkins and Carefree liners excluded"),
        ("бумажные полотенчики", {
            "pyaterochka": ["3449212", "3431062", "3601010"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "paper towels (Papia, Zewa, Familia); BIG CITY LIFE «Салфетки в рулоне 25x30см» (cleaning cloths), paper "
           "napkins and toilet paper excluded"),
        ("ватные диски для снятия макияжа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cotton pads in the offers (grepped ватн, диск, cotton); micellar waters excluded"),
        ("прокладки олвейс ultra", {
            "pyaterochka": ["3424970"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Always Ultra pads («ALW.Прокл.ULT.NIGH.»); Kotex, Libresse, Discreet liners and Carefree excluded"),
    ]),
    # fyu20 housewarming
    ("тортик какой-нибудь на новоселье, шоколадка альпен голд молочная, зефирки бело-розовые, сок апельсиновый 1л пачка", [
        ("тортик какой-нибудь на новоселье", {
            "pyaterochka": ["3695494", "3355932", "4047688", "3414746", "3641000", "3609745", "4475", "3695437",
                            "30953"],
            "magnit": ["8180a48de3", "ebea82fe42"],
            "dixy": [],
            "perekrestok": ["4325083", "4325084", "4346400", "4346907", "4297023", "4348437", "4155324", "4188555",
                            "4174636", "4328759", "4341676", "4330852", "4047963", "4350092", "4323561", "3002948",
                            "4295622", "3609745", "4298275", "3437011", "3466436"],
        }, "any whole cake titled «Торт»; single 60–70 г portion cakes (Медовик 70г/шт, Прага/Птичка Прохорова), "
           "Коржи, «Тортимилка» dessert, cake-baking kits, wafer sheets «для торта» and pastries excluded"),
        ("шоколадка альпен голд молочная", {
            "pyaterochka": ["3626894", "3957242", "4053758", "4021002", "4053802", "4053724", "4053537", "4053803",
                            "4078353", "4053760", "4078354", "4053804", "4053801", "4053800", "4053799", "4053732",
                            "4053798", "4053597"],
            "magnit": ["755922074b", "205931"],
            "dixy": [],
            "perekrestok": [],
        }, "every Alpen Gold milk chocolate bar (plain and with fillings/nuts, Максфан, Орео); Alpen Gold dark, bitter, "
           "white and Aerated dark excluded"),
        ("зефирки бело-розовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no zefir titled white-pink: vanilla, Антоновка, blackcurrant, strawberry, chocolate-glazed zefir and "
           "marshmallows excluded, so missing everywhere"),
        ("сок апельсиновый 1л пачка", {
            "pyaterochka": [],
            "magnit": ["204401"],
            "dixy": [],
            "perekrestok": ["3190682"],
        }, "orange juice in 0,97 l cartons (J7); J7 0,3 l and Swell 0,75 l glass (size/pack), nectars (Добрый, Любимый, "
           "Rich), mixed juices and drinks with juice excluded"),
    ]),
    # fyu21 lazy dinner
    ("вареники с картошкой замороженые, сметанки 20% баночку, кефирчик 1% на утро", [
        ("вареники с картошкой замороженые", {
            "pyaterochka": ["3697765"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Цезарь «Вареники с карт/жар.луч.» (potato with fried onion, the classic filling; taken as frozen); "
           "potato-and-mushroom varenyky (Сытый папа, Ложкаревъ) excluded as another filling; варенец excluded"),
        ("сметанки 20% баночку", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream labelled exactly 20% (any brand and size, incl. lactose-free Parmalat); 10/15/25/30% excluded"),
        ("кефирчик 1% на утро", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir in the offers (grepped кефир, kefir); 1% milk, bioyoghurts and Имунеле excluded"),
    ]),
    # fyu22 sweet tea
    ("кофе 3в1 в пакетиках, варенка банка, вафельки артек пару пачек, чай с бергамотом эрл грей", [
        ("кофе 3в1 в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 3-in-1 coffee sticks in the offers; Nescafé Classic Latte sachets and a single «Classic Cappuccino» "
           "18 г stick (other drinks), jars of instant coffee excluded"),
        ("варенка банка", {
            "pyaterochka": ["3907533"],
            "magnit": ["167911"],
            "dixy": [],
            "perekrestok": [],
        }, "boiled condensed milk in cans (Рогачев / «Егорка» вареное 360 г); plain condensed milk and everything "
           "«с вареной сгущенкой» (wafers, croissants, muffins, cakes, gingerbread) excluded"),
        ("вафельки артек пару пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Артек» wafers in the offers; other wafers (Яшкино, Коломенское, Коровка, Зерница) excluded"),
        ("чай с бергамотом эрл грей", {
            "pyaterochka": ["3380948", "3378317", "3473068", "15545", "15495", "4062548", "3424384", "3418513",
                            "3483632", "3499718"],
            "magnit": ["206041", "109361", "111701", "112311"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea with bergamot (Earl Grey of any brand and form; Ahmad «Английский №1 бергамот», Azercay "
           "«бергамот», Richard «Love … с бергамотом», Richard «Lord Grey» bergamot-lemon); teas without bergamot "
           "excluded"),
    ]),
    # fyu23 Friday
    ("пицца замороженая любая, пивко светлое только не безалкогольное, семки от мартина черные, сухарики хрустим багет", [
        ("пицца замороженая любая", {
            "pyaterochka": ["3693580", "3607265"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pizzas (Рестория «Пицца ассорти», Цезарь «Пицца с ветчиной и грибами», taken as frozen); "
           "Горячая штучка «Чебупицца» (a chebupeli-type snack), TUC «пицца» crackers and pizza-flavoured croutons "
           "excluded"),
        ("пивко светлое только не безалкогольное", {
            "pyaterochka": [],
            "magnit": ["7a049f38a7", "7f9482ca4a", "307d22d94c", "a982a99aeb", "30dda00a31", "22307d326d", "201971",
                       "167991", "204931", "168001", "111441", "111751", "160011", "108671", "108721", "104791",
                       "159311", "160021", "202121", "205571", "168011", "199071", "104801", "1f2ea4eaba"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light beer incl. the beer drink ABBE Blonde and wheat beers (Franziskaner, Hoegaarden, "
           "Kronenbourg Blanc, Miller taken as light on outside knowledge); every alcohol-free beer (Балтика №0, Bud "
           "безалкогольное, IPA 0%, all Перекрёсток beers) excluded as the user asked; dark beer (Gus Cerny, ABBE Brune) "
           "and Kozel «Rezany» (outside knowledge: a half-dark blend although the card says светлое) excluded"),
        ("семки от мартина черные", {
            "pyaterochka": ["3669122", "3403508", "3630849"],
            "magnit": ["1000229533"],
            "dixy": [],
            "perekrestok": [],
        }, "От Мартина black sunflower seeds («черн.»; «Отборные», «особые» and «отб с морской солью» taken as black "
           "sunflower seeds, the brand's default); От Мартина pumpkin seeds and peanuts, other brands and MARTINI "
           "excluded"),
        ("сухарики хрустим багет", {
            "pyaterochka": ["3360552"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3385063", "3360550", "3360552", "4199888"],
        }, "Хрусteam/Хрустим «Багет» croutons of any flavour; Хрусteam non-Багет (Сметана, Сливочный лосось, Стейк "
           "барбекю, Барная коллекция) and other brands excluded"),
    ]),
    # fyu24 first cleaning day (item 1 replaced, see README "Replacements")
    ("средство универсальное для уборки, белизну гелевую, тряпки для пола микрофибра", [
        ("средство универсальное для уборки", {
            "pyaterochka": ["3956845", "3956844", "4068001", "4067999", "3652584", "3957479"],
            "magnit": ["160001", "205981"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACEMENT for the blind item «средство для мытья полов мистер пропер» (no floor cleaner, no Mr Proper in "
           "the offers). Accepted: cleaners titled universal (Domestos «универсальное», Sanfor «универсальное», Cif "
           "«Универсальный» spray); specialised cleaners (toilet, anti-limescale, degreaser, carpet), scouring powders "
           "(Comet, Пемолюкс), Cif cream and dish soaps excluded"),
        ("белизну гелевую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Белизна» in the offers (only a toothpaste «сияющая белизна»); Vanish stain removers excluded"),
        ("тряпки для пола микрофибра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no floor cloths in the offers (grepped тряп, микрофиб, пол); BIG CITY LIFE roll wipes excluded"),
    ]),
    # fyu25 fast food at home
    ("наггетсы куриные в панировке, картофель фри замороженый в пакете, соус сырный для наггетсов, газировка 2л любая", [
        ("наггетсы куриные в панировке", {
            "pyaterochka": ["3683201"],
            "magnit": ["167971", "109401", "199041"],
            "dixy": [],
            "perekrestok": [],
        }, "chicken nuggets (Вязанка «из печи», Золотой петушок, Мираторг; CHIKON «Наггетсы КЛАССИЧЕСКИЕ» taken as "
           "chicken); turkey nuggets (Вязанка «с индейкой»), Хрумпилсы, breaded cutlets and breading mixes excluded"),
        ("картофель фри замороженый в пакете", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen French fries in the offers; chips and fresh potatoes excluded"),
        ("соус сырный для наггетсов", {
            "pyaterochka": [],
            "magnit": ["938a512a73", "911424de26", "e86487c5f3", "214641", "160311"],
            "dixy": [],
            "perekrestok": [],
        }, "cheese sauces (Heinz, Mr.Ricco, Махеевъ, Слобода «Сырный»); Calve «Цезарь» cheese dressings, cheese-flavoured "
           "snacks and a pasta kit «в сырном соусе» excluded"),
        ("газировка 2л любая", {
            "pyaterochka": ["3684655", "3684654", "3684656", "4316013", "4213891", "4000802"],
            "magnit": ["213721", "214671", "160161", "105011", "159971"],
            "dixy": [],
            "perekrestok": ["3141246", "3141247", "3013417", "3403324", "1860", "4213891", "4182586"],
        }, "carbonated soft drinks in 2 l bottles of any flavour (7Up, Mirinda, Pepsi, Fanta, Coca-Cola, Любимая Кола, "
           "Золото Саян, Черноголовка lemonades incl. Магнит «Напитки из Черноголовки» дюшес/крюшон taken as "
           "carbonated); 2 l nectars and juices, other sizes and household goods of 2 l excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyu"))
