#!/usr/bin/env python3
"""Re-create fresh_basket_eval_za.jsonl -- shopping lists of students sharing a rented flat,
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_za.build.py

LISTS below is literal data: 25 lists (3-4 items) as students would type them to a Telegram bot
(cheap staples, instant food, snacks, beer and soft drinks, cleaning and hygiene basics), copied
byte for byte from fresh_basket_eval_za.blind_lists.txt (written before any offer was read), and for
every item the product ids of every store that a reasonable shopper would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё/е) and read one by one; the note of each item records what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the
store has nothing acceptable (the item is "missing" there).  The labels were made without reading
korzina's matcher or its data files.

The script only checks the data (labelled_lists.build: every id exists in real_offers.jsonl *for that
store* and is in stock, no id is repeated within an item, every item has a note, the labels are
exactly the list's items in order) and then writes the JSONL in the format of real_basket_eval.jsonl.
List ids are fza01, fza02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_za.jsonl")



def acc(p=(), m=(), d=(), x=()):
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(x)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fza01 instant dinner
    ("доширак с говядиной 3 пачки, майонезик провансаль подешевле, хлебушек белый", [
        ("доширак с говядиной 3 пачки", acc(),
         "Доширак brand required: no Доширак offer exists; Пятёрочка's unbranded «Изделия макаронные быстрого "
         "приготовления. Лапша со вкусом говядины 90 г» excluded (brand not stated), as are Роллтон and other "
         "noodles; «3 пачки» is a quantity"),
        ("майонезик провансаль подешевле", acc(
            p=["3982578", "3355228", "3355242", "3193489", "3695167"],
            m=["204681"],
            x=["3695167", "2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954", "4297313",
               "4105769"]),
         "mayonnaise sold as «Провансаль» (incl. «Московский Провансаль», Провансаль оливковый, Махеевъ Провансаль "
         "с лимонным соком), any size; Пятёрочка «Майонез Слобода, 67%, 800 мл» (3193489) accepted because "
         "Перекрёсток sells the same id as «Слобода Провансаль 67%, 800мл»; id 3695167 («МОС.ПРОВАНС.Майон.на "
         "переп.яйц.» in Пятёрочка, «Я люблю готовить на перепелиных яйцах» in Перекрёсток) taken as the Московский "
         "Провансаль quail-egg variant in both; Слобода «оливковый», Heinz «Классический», Mr.Ricco (incl. «на "
         "перепелином яйце»), Я люблю готовить «домашний» 55% and sauces excluded; "
         "«подешевле» is a wish"),
        ("хлебушек белый", acc(p=["3985404"], x=["3974714"]),
         "white wheat bread incl. «Батон нарезной» (Хлебный Дом «Звёздный» нарезной, Маркет Перекрёсток нарезка); "
         "rye-wheat and custard breads (Даниловский, Ржано-пшеничный, Марьин заварной, Ржаной Край зерновой), "
         "хлебцы, гренки, лепёшки and сдоба excluded"),
    ]),
    # fza02 beer night
    ("пивас жигулевское 4 банки, лейс краб большая пачка, кириешки с беконом на вечер", [
        ("пивас жигулевское 4 банки", acc(),
         "Жигулёвское beer: no offer in any store (other beers are not this product)"),
        ("лейс краб большая пачка", acc(),
         "Lay's crab flavour in a big pack: only the 50 g small pack (Пятёрочка 4035369), the regular 85 g "
         "«Королевский краб» (Пятёрочка 3931228) and the regular 90 g (Магнит 106331) exist, none of them a big "
         "pack (Lay's big packs are 140-225 g) - judgement on pack sizes; Pringles краб, Русская Картошка краб, "
         "LAVA LAVA краб and Хрустящий картофель «Со вкусом краба» are other brands"),
        ("кириешки с беконом на вечер", acc(m=["4fb9148fb2", "e26d76ca46"]),
         "Кириешки bacon croutons: Магнит «КИРИЕШКИ Сухарики холодец/бекон/ветчина» 40 g and 100 g are promo "
         "cards for the flavour assortment, taken to include bacon (outside knowledge); Три корочки, Хрусteam, "
         "гренки of other brands and bacon meat excluded"),
    ]),
    # fza03 household run
    ("туалетка 3-слойная 8 рулонов, fairy лимон, губки для посуды 5 шт, мешки под мусор 60л с завязками", [
        ("туалетка 3-слойная 8 рулонов", acc(p=["3449118", "4059050"]),
         "3-ply toilet paper in packs of 8: PAPIA 3сл 8рул and Zewa Deluxe 3 сл 8 рул; Zewa Just 1 4-ply (8 and 4 "
         "rolls), 2-ply 12-roll packs (Familia, Zewa Plus), wet toilet paper and «PAP.Бумага WHITE DE LUXE 8рул» "
         "(ply not stated; Papia De Luxe is 4-ply - outside knowledge) excluded"),
        ("fairy лимон", acc(p=["3501026", "3500750"]),
         "Fairy dish liquid lemon («Сочный лимон» 450 and 900 ml); other Fairy scents (Нежные руки, Platinum, "
         "Ледяная свежесть) and AOS Лимон excluded"),
        ("губки для посуды 5 шт", acc(),
         "no dish sponges in any store"),
        ("мешки под мусор 60л с завязками", acc(),
         "bin bags 60 l with ties: Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт» does not say it has ties and "
         "МАГНИТ 35 л «ушки» is the wrong size, so excluded; nothing else"),
    ]),
    # fza04 cheap dinner
    ("греча 2 пачки, сосиски самые дешевые какие есть, кетчуп острый", [
        ("греча 2 пачки", acc(m=["203081"]),
         "buckwheat groats (Prosto Крупа Гречневая 500 г); PROSTO «Рис и греча» mix, buckwheat flakes, buckwheat "
         "porridges (Nestle, Тема), canned каша with beef, soba and «греческий» yoghurts excluded; «2 пачки» is a "
         "quantity"),
        ("сосиски самые дешевые какие есть", acc(
            p=["26457", "3359555", "4045572", "3948226", "4025037", "3663361", "3311600", "3385843", "3370433",
               "3486631", "3607043", "3018288", "3018289", "3642007"],
            m=["206081", "112421", "213611", "159871"],
            x=["4056912"]),
         "any сосиски (молочные, сливочные, баварские, with cheese, poultry, turkey-beef, Сосиски Детям); "
         "сардельки, шпикачки, хотстеры (sausages in dough), колбаски and купаты excluded; «самые дешевые» is a "
         "wish, not a filter"),
        ("кетчуп острый", acc(p=["3941585"], m=["665b5b224d"]),
         "hot ketchup: Махеевъ «Чили» ketchup (chili taken as hot - outside knowledge); tomato, шашлычный, "
         "«Томатный пряный», garlic and cherry-tomato ketchups, Heinz «Сладкий чили» sauce and other sauces "
         "excluded"),
    ]),
    # fza05 pasta night
    ("макарошки рожки подешевле, тушняк говяжий 2 банки, сыр тертый для пасты", [
        ("макарошки рожки подешевле", acc(p=["4008046"]),
         "pasta in the рожки shape (Пятёрочка «Витой рожок» 450 г); other shapes (спагетти, перья, спиральки, "
         "ракушки, улитки, фузилли, вермишель) and instant noodles excluded; «подешевле» is a wish"),
        ("тушняк говяжий 2 банки", acc(
            p=["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
            m=["111741"]),
         "canned stewed beef (говядина тушёная, any grade/size); свинина/оленина тушёная, каша с говядиной, "
         "«Мясо с гречкой» and pet food with beef excluded; «2 банки» is a quantity"),
        ("сыр тертый для пасты", acc(
            p=["3433812"],
            x=["4111694", "3963977", "3433812", "3498368"]),
         "grated cheese of any kind (parmesan, mozzarella, голландский); Пятёрочка «Сыр Пармезан, Dolche, 150 г» "
         "accepted because Перекрёсток sells the same id as «Dolce Granto Пармезан тёртый 40%, 150г»; whole "
         "parmesan pieces (LAIME, Castello, Чиз Гелери, Зелёная Линия, Dolce Granto by weight), mozzarella «для "
         "пиццы» block and parmesan-flavoured chips excluded; «для пасты» is a purpose"),
    ]),
    # fza06 exam night
    ("адреналин раш 0.5, сникерс 2 шт, нескафе классик", [
        ("адреналин раш 0.5", acc(p=["3931836", "3931838", "4068487"], m=["205111"]),
         "Adrenaline Rush in the large can: the large can is 0.449 l (no 0.5 l exists; judgement - the big Rush "
         "can shrank from 0.5 to 0.449 l), incl. Rush «red energy» and «без сахара»; Adrenaline Juicy, Game Fuel "
         "and Gold (0.33 l) are other lines; Burn, Monster, Драйв Ми, E-ON excluded"),
        ("сникерс 2 шт", acc(m=["1000209560"]),
         "Snickers bar (Магнит «SNICKERS Батончик белый 81г» - a Snickers variant); Пятёрочка gift set «M&M's & "
         "Friends» (mixed box with Snickers minis) excluded; «2 шт» is a quantity"),
        ("нескафе классик", acc(p=["4035364", "4035358", "4035361"]),
         "Nescafé Classic instant coffee (95, 190, 230 g); Nescafé Gold, Crema, Barista, Espresso and «Classic "
         "Latte» coffee-drink sachets excluded"),
    ]),
    # fza07 breakfast
    ("яйца десяток 2 упаковки, молочко 2.5 для хлопьев, хлопья кукурузные без сахара, бананов штук 5 на перекус", [
        ("яйца десяток 2 упаковки", acc(
            p=["3446505", "3620510"],
            x=["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"]),
         "hen eggs in packs of 10, any class (С0/СО/С1/отборные); packs of 6 and 20 and quail-egg mayonnaise "
         "excluded; «2 упаковки» is a quantity"),
        ("молочко 2.5 для хлопьев", acc(
            p=["3645808"],
            m=["a28bae784b"],
            x=["4310700", "2093081", "3613024", "cb2f1055d7", "587286c051", "edf2484f0e", "7f46c8a5c5", "50cb0959f8",
               "af8570f806", "6986e66cd9", "66ec0f255d", "359aa76fc0", "76055bf243", "013e119412", "a548f45b17",
               "62485733e9", "faf2171541", "69f396f368"]),
         "cow drinking milk labelled exactly 2.5% (past./UHT/steril., any size incl. Вкуснотеево 0.2 l; "
         "children's Сарафаново 2.5% counted as milk per convention); other fats, ranges, Чудо 2% клубника, "
         "milkshakes and soy drinks excluded; «для хлопьев» is a purpose"),
        ("хлопья кукурузные без сахара", acc(),
         "unsweetened corn flakes: no title says «без сахара»; Любятово «Завтраки кукурузные» (ordinary corn flakes "
         "contain sugar - outside knowledge), Nestle GOLD мёд/арахис, Kellogg's Unicorn, Nesquik, Ухтышки, canned "
         "corn «без сахара» and corn sticks excluded"),
        ("бананов штук 5 на перекус", acc(x=["4208494", "3757", "4112219", "3639749"]),
         "fresh bananas (loose, packed, mini, Organic); dried bananas, banana-flavoured goods and smoothies "
         "excluded; «штук 5» is a quantity"),
    ]),
    # fza08 pelmeni
    ("пельмени 1 кг подешевле, сметана 15 процентная к пельменям, лук репка 1кг", [
        ("пельмени 1 кг подешевле", acc(
            p=["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532", "3666703",
               "3613651", "4000407", "3693405", "3671957", "3672557"],
            m=["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            d=["862d82ab40"]),
         "frozen pelmeni of any brand/filling/pack (450-900 g); «1 кг» read as the amount wanted (pelmeni are also "
         "sold loose by weight; no 1 kg pack exists) - judgement; вареники, хинкали and Calve sauce «для пельменей» "
         "excluded; «подешевле» is a wish"),
        ("сметана 15 процентная к пельменям", acc(
            p=["3665624"],
            m=["de14617e33", "199001"],
            x=["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124", "4095525"]),
         "sour cream exactly 15% (incl. lactose-free Parmalat and Простоквашино); 10/20/25/30% and sour-cream "
         "flavoured snacks excluded; «к пельменям» is a purpose"),
        ("лук репка 1кг", acc(m=["168731", "168721"], x=["79135", "79012"]),
         "fresh bulb onions (лук репчатый white/red, Магнит «Светофор» set of 3 bulbs); Ялтинский and салатный "
         "(sweet salad varieties), шалот, green onion and herb mixes excluded; «1кг» is a quantity of a weighed "
         "good"),
    ]),
    # fza09 football
    ("coca cola 2л, балтика 7 пару банок, фисташки к пиву солененькие, сыр косичка копч. к пиву", [
        ("coca cola 2л", acc(x=["1860"]),
         "Coca-Cola classic in a 2 l bottle; Coca-Cola 0.9/1/1.5 l, Zero/Vanilla/Orange, Добрый/Черноголовка/"
         "Любимая/Evervess colas and Pepsi excluded"),
        ("балтика 7 пару банок", acc(m=["104801"]),
         "Балтика №7 beer (Магнит 1.35 l bottle accepted: «пару банок» is a count of packs, not a size); Балтика №0 "
         "alcohol-free drinks and other beers excluded"),
        ("фисташки к пиву солененькие", acc(p=["4073982", "3933060"], m=["f692308d66"]),
         "salted roasted pistachios (Джаз «жареные соленые», «неочищенные обжаренные подсоленные», Восточный Гость "
         "«жар солен»); pistachio sweets, yoghurt and curd snacks excluded"),
        ("сыр косичка копч. к пиву", acc(x=["3165362"]),
         "smoked braided chechil: Предгорье Кавказа «Чечил копчёный 45%, 100г» (sold as a braid - outside "
         "knowledge); unsmoked chechil, «спагетти» and Чизолини «копчёный соломка» (string form, not a braid) "
         "excluded"),
    ]),
    # fza10 bathroom
    ("шампунь clear мужской, гель для душа мужской 3в1, зубная паста colgate, жидкое мыло для рук в ванную", [
        ("шампунь clear мужской", acc(p=["3420658"]),
         "Clear men's shampoo: CLEAR «Шам.бал-опол. UL.CONT. 2в1 муж» (Ultimate Control 2-in-1 for men); Clear "
         "«Детокс против перхоти» and «Vita Abe вып.вол» (not stated as men's) and other brands excluded"),
        ("гель для душа мужской 3в1", acc(p=["3626165", "3440044"], m=["1d4676bb70"]),
         "men's 3-in-1 shower gel: Palmolive Men «3 в 1 Арктический Ветер», Чистая Линия «шамп-кондиц-гель/душа "
         "д/мужч 3в1», and Palmolive MEN «СПОРТ» 750 ml (the Palmolive Men gels are sold as 3-in-1 - outside "
         "knowledge); gels not stated as men's (Fa, Nivea, Le Petit Marseillais, Dove), shaving gels and the Old "
         "Spice gift set excluded"),
        ("зубная паста colgate", acc(p=["3605411", "3605412"], m=["0b75d29d19"]),
         "Colgate toothpaste (Total 12, Кальций-Ремин); Colgate toothbrushes and Plax mouthwash and other brands "
         "excluded"),
        ("жидкое мыло для рук в ванную", acc(m=["1aeb42ebee"]),
         "liquid hand soap (AURA 500 ml); bar soaps (Safeguard, Camay, Fax, Dove крем-мыло), the Palmolive gift "
         "set and dish liquids excluded; «в ванную» is a purpose"),
    ]),
    # fza11 pantry
    ("лапша роллтон с курицей, чай черный пакетированный, сахар песок 1 кг пачка", [
        ("лапша роллтон с курицей", acc(m=["1000134679"]),
         "Роллтон chicken noodles («Куриная по-домашнему»); Пятёрочка unbranded «Лапша с куриным вкусом 90 г» "
         "(brand not stated), other noodles and ready meals with chicken excluded"),
        ("чай черный пакетированный", acc(
            p=["4022854", "3470341", "4002510", "3650482", "3489539", "3682587", "3998702", "3489553", "3378327",
               "15545", "15492", "3662837", "3469500", "3950803", "3628990", "3620106", "3635756", "3634052",
               "3378336", "3450276", "3424384", "3418513", "3499718", "3446638", "3472459", "3649730", "3399714", "2070472",
               "3600100", "4042419", "3971162", "3971163", "3948819", "3948818", "3981152", "3948128", "11200",
               "3689577"],
            m=["a37d9d8522", "217b3d7466", "204561", "159991", "112311", "206041", "109361", "199261", "199201",
               "111701", "168251", "213601"]),
         "black tea in bags/pyramids/sachets, plain or flavoured (бергамот, чабрец, fruit); outside knowledge: "
         "Twinings Earl Grey and «Для завтрака», Lipton/Saito Earl Grey, Greenfield Spring Melody (incl. «ГРИНФ.Чай СПР.МЕЛ.ч.ар.» 100 bags), Майский "
         "«смородина с мятой; душистый чабрец» and Принцесса Канди taken as black; loose/leaf tea (Akbar 200 г, "
         "Азерчай 100 г, Greenfield leaf, Richard 80-90 г, Доброе утро/Добрый вечер 75 г, tins), green, oolong, "
         "herbal and hibiscus teas, Curtis and Teekanne assortments, TESS Pina Colada (colour not stated) and "
         "iced-tea drinks excluded"),
        ("сахар песок 1 кг пачка", acc(),
         "granulated sugar 1 kg: none; Магнит «Сахар белый прессованный 1кг» (cubes, not песок) and Пятёрочка "
         "cane «Демерара» 500 г excluded"),
    ]),
    # fza12 laundry day
    ("порошок для стирки автомат, освежитель воздуха для туалета, кондей для белья", [
        ("порошок для стирки автомат", acc(
            p=["3149485", "2087255", "3688912", "3418106", "3951189", "3142962", "2161528", "2161508", "3023899",
               "2070686", "2155021"],
            m=["262159b924", "1000286457", "50ee5ea8b5", "168231", "111621", "105881", "105891", "198901",
               "106541", "105941", "167921"]),
         "washing powder for machines: titles with «авт./автомат» plus 1.5-6 kg powders of Ariel, Persil, Bimax, "
         "Tide, Лоск, Биолан, BioMio whose title does not say «автомат» (hand-wash powders come in small packs - "
         "outside knowledge); gels, liquid detergents, capsules and scouring powders (Comet, Пемолюкс) excluded"),
        ("освежитель воздуха для туалета", acc(
            p=["3974933", "3974927", "3654065", "3440052"],
            m=["204531"]),
         "air-freshener sprays (Air Wick 290 ml, Glade 300 ml, Symphony 300 ml); refill cans for automatic "
         "dispensers (Airwick «сменный баллон», Glade «см.бал.», Магнит «см/бал», and Glade «СВЕЖ.УТРА аэроз. "
         "269мл», the Glade Automatic refill size - outside knowledge) and toilet rim blocks excluded; «для "
         "туалета» is a purpose"),
        ("кондей для белья", acc(
            p=["3465388", "3669625", "3660969", "3625268", "3625310", "3625267", "3627017", "3627015", "4025712"],
            m=["205131", "159881", "203041", "168241", "109371", "204441", "5f87c5ca15", "fe75ae637f",
               "e9a603915f", "6571916326"]),
         "fabric conditioner of any brand/scent/size (Lenor, Vernel, Е Сенситив); detergents «свежесть от Vernel», "
         "hair conditioners and balms excluded"),
    ]),
    # fza13 movie night
    ("пицца замороженная, нагетсы, соус сырный для начос, пепси 1л", [
        ("пицца замороженная", acc(p=["3693580", "3607265"]),
         "frozen pizza: Рестория «Пицца ассорти» (category Заморозка) and Цезарь «Пицца с ветчиной и грибами» 420 г "
         "(taken as frozen - outside knowledge); Чебупицца (a snack), Tuc «пицца» crackers, «Моцарелла Пицца» "
         "cheese and pizza-flavoured croutons excluded"),
        ("нагетсы", acc(p=["3683201", "4057693"], m=["167971", "109401", "199041"]),
         "frozen nuggets of any poultry (chicken; Вязанка turkey nuggets included as no meat was written); "
         "breading mix «для куриных наггетсов» and Хрумпилсы excluded"),
        ("соус сырный для начос", acc(m=["938a512a73", "911424de26", "e86487c5f3", "214641", "160311"]),
         "cheese sauce (Heinz, Mr.Ricco, Махеевъ, Слобода «Сырный»); Calve «Цезарь сырный» salad dressing, "
         "cheese-flavoured nachos and «Карбонара в сырном соусе» kit excluded; «для начос» is a purpose"),
        ("пепси 1л", acc(p=["3684639"], x=["3684639"]),
         "classic Pepsi 1 l; Pepsi Light 1 l (a brand without qualifier means the classic product), Pepsi 0.33/0.5/"
         "1.5/2 l, Wild Cherry, Mango, Dark Vanilla and other colas excluded"),
    ]),
    # fza14 cooking for the flat
    ("картоха 3 кг на пюре, морковь пару штук на суп, бедра куриные, подсолнечное масло раф для жарки", [
        ("картоха 3 кг на пюре", acc(
            m=["168701", "107511", "168671", "109571", "199751"],
            d=["72aaa021b7"],
            x=["3646068", "2099571"]),
         "fresh potatoes (any kind, loose or bagged, incl. «для жарки»/«для варки»); «3 кг» is a quantity of a "
         "weighed good and «на пюре» a purpose; chips, starch, Knorr potato dishes and marzipan «Картошка» "
         "excluded"),
        ("морковь пару штук на суп", acc(m=["199761"], x=["52112"]),
         "fresh carrots; Leor «Морковь пикантная с баклажанами» (a salad), carrot juices and purees excluded"),
        ("бедра куриные", acc(p=["3364509", "4007208"], x=["2160041", "4250498", "4007208", "3692842", "4328962"]),
         "raw chicken thighs with or without bone (incl. «Бедро цыпл-табака», «Филе бедра» ЦБ/цыплёнка/куриное); "
         "drumsticks (голень), breast, whole birds, turkey thigh and beef «мякоть бедра» excluded"),
        ("подсолнечное масло раф для жарки", acc(p=["3454645"], m=["0b2585a062", "c52c41afd8", "77ec9da5de"]),
         "refined sunflower oil (Олейна 2 л, Благо, Mr.Ricco, Слобода «для жарки»); ALMADOR flavoured oils "
         "(refining not stated), olive, grape and corn oils excluded; «для жарки» is a purpose"),
    ]),
    # fza15 quick breakfast
    ("овсянка быстрого приготовления с яблоком, питьевой йогурт клубничный, мед натуральный недорогой", [
        ("овсянка быстрого приготовления с яблоком", acc(),
         "instant oat porridge with apple: none; Быстров «Ассорти для гурманов» (flavours not stated), baby "
         "cereals (Фрутоняня овс. с мол/ябл/бан, Nestle, Heinz), Velle fermented oat products and plain oat "
         "flakes (Геркулес, Увелка) excluded"),
        ("питьевой йогурт клубничный", acc(
            p=["3628399", "4066181", "4035473", "4045339"],
            m=["205071"]),
         "drinkable strawberry yoghurt: Чудо «клубника/земляника» 270 г (Пятёрочка's same product taken as "
         "drinkable, as Магнит titles it «питьевой»), children's «Йогурт питьевой … со вкусом Клубничного "
         "пломбира» 190 г, Активиа «с клубникой и земляникой» 260 г and Биойогурт «с клубникой» 270 г (the 260/270 g "
         "bottles taken as drinkable - outside knowledge); mixes with other fruit (клубника/маракуйя, дыня, "
         "яблоко+черника, банан), spoonable cups, curd and chocolate excluded"),
        ("мед натуральный недорогой", acc(p=["3645749", "3645764"], m=["d32ff23653"]),
         "natural honey (Медовый Дом); крем-мёд with raspberry/lemon-ginger fillers, чак-чак and honey-flavoured "
         "goods excluded; «недорогой» is a wish"),
    ]),
    # fza16 cleaning day
    ("domestos для толчка, перчатки резиновые хозяйственные, тряпки для пола, крот для труб", [
        ("domestos для толчка", acc(
            p=["3956853", "3956850", "3956845", "3956844", "4068001", "4067999"],
            m=["160001", "205981"]),
         "Domestos cleaning gel, both «для унитаза» and «универсальное» (the classic Domestos bleach gel used for "
         "toilets - judgement); the Domestos Power 5 rim block (a different product form), Bref, Comet and other "
         "brands excluded"),
        ("перчатки резиновые хозяйственные", acc(),
         "no household rubber gloves in any store"),
        ("тряпки для пола", acc(),
         "no floor cloths; Магнит BIG CITY LIFE «Салфетки в рулоне 25x30см» (small wipes) and paper/wet napkins "
         "excluded"),
        ("крот для труб", acc(),
         "Крот drain cleaner: none; Sanfor «5 минут» and Tiret Turbo are other brands"),
    ]),
    # fza17 lazy lunch
    ("пюрешка быстрого приготовления, колбаса докторская подешевле, огурчики маринованные банка", [
        ("пюрешка быстрого приготовления", acc(),
         "instant mashed potato: none; Knorr «На второе картошка по-деревенски» (potato pieces in sauce), "
         "Фрутоняня baby purees and frozen «Шницель с карт. пюре» excluded"),
        ("колбаса докторская подешевле", acc(
            p=["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            x=["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289", "78001451",
               "3033317", "4221913", "3639615", "3347584"]),
         "Докторская boiled sausage of any maker/size (incl. sliced and by weight); «Сосиски Докторские», "
         "«Сардельки Докторские» and Black Monster «The Doctor» excluded; «подешевле» is a wish"),
        ("огурчики маринованные банка", acc(p=["2147768", "3952588"]),
         "marinated cucumbers in a jar: Скатерть-Самобранка «Огурчики маринов.» and Дядя Ваня «Огурцы Пикули "
         "Одесские пастеризованные» (pasteurised pickles taken as marinated - outside knowledge); salted/barrel "
         "cucumbers (Глобус, Мелень, Магнит корнишоны солёные, Маркет бочковые), the cherry-tomato assortment and "
         "fresh cucumbers excluded"),
    ]),
    # fza18 morning after
    ("редбул 0.25, круассанчики с шоколадной начинкой, сок апельсиновый литровый", [
        ("редбул 0.25", acc(),
         "Red Bull: no offer in any store; other energy drinks excluded"),
        ("круассанчики с шоколадной начинкой", acc(
            p=["3626932", "3621626", "3900907", "3489010", "3489008"],
            m=["b72da0bbe2"]),
         "croissants with chocolate/cocoa filling (Яшкино «шоколадный крем», 7DAYS «Какао» 105 and 300 г, Шарлиз "
         "«какао», Chipicao cocoa cream - cocoa cream taken as chocolate filling); vanilla, condensed-milk, "
         "strawberry and cherry croissants and 7 DAYS garlic mini rolls excluded"),
        ("сок апельсиновый литровый", acc(m=["204401"], x=["3190682"]),
         "single-fruit orange juice in the litre carton (J7 0.97 l, with or without pulp; 0.97 l taken as the "
         "litre pack); J7 0.3 l, SWELL 0.75 l, nectars (Добрый, Любимый, Rich, J7 апельсин-мандарин), multi-fruit "
         "juice, juice drinks and Mirinda excluded"),
    ]),
    # fza19 party
    ("семечки от мартина жареные, пиво корона экстра, попкорн соленый для микроволновки, лимонад черноголовка 1.5 л", [
        ("семечки от мартина жареные", acc(p=["3669122", "3403508", "3630849"], m=["1000229533"]),
         "От Мартина sunflower seeds (all От Мартина sunflower seeds are roasted - outside knowledge; Отборные, "
         "Особые, чёрные обжаренные солёные, с морской солью); От Мартина pumpkin seeds and peanuts, Бабкины, "
         "Молодежный, Богучарские and MARTINI drinks excluded"),
        ("пиво корона экстра", acc(),
         "Corona Extra: no offer in any store"),
        ("попкорн соленый для микроволновки", acc(p=["3468688"]),
         "salted microwave popcorn (Mixbar «для печей СВЧ, соленый»); ready sweet/sweet-salty popcorn and popcorn "
         "sweets excluded - «для микроволновки» names the kind of product"),
        ("лимонад черноголовка 1.5 л", acc(),
         "Черноголовка «Лимонад» in 1.5 l: only 0.5 l (Магнит), 1 l and 2 l (Перекрёсток) exist, so missing; "
         "Байкал, Дюшес, Тархун, Мандарин, Крюшон and Кола are other drinks"),
    ]),
    # fza20 plov
    ("рис круглый на плов подешевле, фарш куриный 500г, томатная паста маленькая баночка, чеснок пару головок", [
        ("рис круглый на плов подешевле", acc(p=["3483037"], m=["106651", "106021", "106641", "199371"]),
         "round-grain rice: Увелка «Краснодарский, круглый», Мистраль «для плова традиционный, круглый» (Пятёрочка's "
         "«МИСТР.Рис для плова традиц.900г» is the same product), Мистраль «Кубань» and Националь «Адриатика» "
         "(both round-grain - outside knowledge); long-grain, басмати, жасмин, девзира, brown, «Aquatica mix», "
         "Националь and Global Village «для плова» (grain not stated) excluded"),
        ("фарш куриный 500г", acc(p=["3652704"]),
         "chicken mince 500 g: Петелинка «Фарш Премиум» 500 г (Петелинка is a chicken brand - outside knowledge); "
         "turkey, beef, pork and mixed mince excluded"),
        ("томатная паста маленькая баночка", acc(p=["84652", "3486033"]),
         "tomato paste in a small pack: Помидорка 250 мл glass jar and Heinz 310 г; the 480 ml and 500 g jars "
         "(Помидорка, Махеевъ) excluded as not small - judgement on size"),
        ("чеснок пару головок", acc(x=["17662"]),
         "fresh garlic (Перекрёсток «Чеснок, 3шт»); salted garlic, dried garlic and seasonings excluded; «пару "
         "головок» is a quantity"),
    ]),
    # fza21 shaving
    ("дезик old spice, станки gillette, пена для бритья gillette", [
        ("дезик old spice", acc(p=["3909980"]),
         "Old Spice deodorant (solid Captain); the Magnit gift set (shower gel + deodorant) and other brands "
         "excluded"),
        ("станки gillette", acc(p=["3456024"], m=["204267144c", "31edaab07b", "ad06daa707", "38ebc655bf"]),
         "Gillette razors: Fusion ProGlide Flexball, Mach3, Blue II disposables and the Venus line (Gillette's "
         "women's razors, «VENUS Станок» taken as Gillette - outside knowledge); Барьер cassettes and shaving gel "
         "excluded"),
        ("пена для бритья gillette", acc(),
         "Gillette shaving foam: none; Gillette Mach 3 shaving gel (gel, not foam) and Arko foams excluded"),
    ]),
    # fza22 girls' shelf
    ("прокладки always ультра нормал, ватные диски побольше пачку, бальзам для волос pantene", [
        ("прокладки always ультра нормал", acc(),
         "Always pads: none; Kotex «Ультра Драй нормал», Libresse and Carefree liners are other brands"),
        ("ватные диски побольше пачку", acc(),
         "no cotton pads in any store"),
        ("бальзам для волос pantene", acc(p=["3148662", "3640020"]),
         "Pantene hair conditioner (бальзам-ополаскиватель «Густые и крепкие» 360 ml, «3 Minute Miracle» 200 ml); "
         "Pantene shampoos incl. 3-in-1 shampoo-balm and other brands' balms excluded"),
    ]),
    # fza23 tea break
    ("кофе 3в1 10 пакетиков, печенье юбилейное с шоколадом, вафли артек большие", [
        ("кофе 3в1 10 пакетиков", acc(),
         "3-in-1 coffee in a 10-sachet pack: none; single «Classic Cappuccino» 18 г sachet, Nescafé «Classic Latte» "
         "7 sachets and instant coffee excluded"),
        ("печенье юбилейное с шоколадом", acc(
            p=["4027701", "4027703"],
            m=["723991a07f", "199331"],
            x=["4425157", "4371424"]),
         "Юбилейное cookies with chocolate: «со вкусом шоколада» and the glazed ones («с глазурью», «молочное с "
         "глазурью», «Ореховое с глазурью»; the Юбилейное glaze taken as the chocolate coating - outside "
         "knowledge); plain, oat, berry, цельнозерновые, постное Юбилейное, the mini cakes «Юбилейное с кус мол "
         "шок» and Meinl coffee excluded"),
        ("вафли артек большие", acc(),
         "Артек wafers: none; wafers of other brands (Яшкино, Коломенское, Коровка, Зерница…) excluded"),
    ]),
    # fza24 beer snacks
    ("квас очаковский 1.5, воблу к пиву, арахис соленый жареный", [
        ("квас очаковский 1.5", acc(),
         "Очаковский kvass: no kvass in any store"),
        ("воблу к пиву", acc(m=["705f039ea0"]),
         "vobla: Магнит SOLO NINA «Вобла вяленая соломка» 40 г (dried vobla strips); dried squid and tuna snacks "
         "excluded"),
        ("арахис соленый жареный", acc(p=["3954224"], m=["4a8764138e"]),
         "roasted salted peanuts (От Мартина «обжаренный с солью», Восточный Гость «жар соленый»); Джаз «Арахис "
         "жареный» (salt not stated), PARTY NUTS flavoured/marinated peanuts (incl. «с морской солью и черным "
         "перцем»), halva, nougat and sweets excluded"),
    ]),
    # fza25 pancakes
    ("мука в/с 2 кг для блинов, молоко 3.2 для блинов, масло сливочное 82.5 пачка, яйца с1 десяток для блинов", [
        ("мука в/с 2 кг для блинов", acc(p=["3296712"], x=["91304", "8065"]),
         "wheat flour of the top grade in 2 kg packs: Makfa высшего сорта 2кг, Пышечка высшего сорта 2кг and "
         "Рязаночка «ЭКСТРА» 2кг (экстра ranks at least as high as в/с - outside knowledge); Перекрёсток «Мука "
         "Пшеничная, 2кг» (grade not stated), 1 kg packs, whole-grain, rye, rice and durum «крупка» flour excluded"),
        ("молоко 3.2 для блинов", acc(
            p=["3694630", "3507208", "3425329", "3645807"],
            d=["809c0dd88b"],
            x=["3431579", "4259100", "4244242", "3645807", "b508e73840", "52d96fd806", "eaf7de5f17", "ecc07a0e68",
               "f3d85bb393", "488d323508", "e458dc5e25", "47a9cd6be2", "f50aeac1bb", "885d917850", "35ac60eec2",
               "89a1c1419e", "949b3dd46f", "9dbc98f064", "e2d5d93f2a", "2f04f03749", "87b2dc7b1d", "14753f9f39",
               "b4411ba8d4", "01f728b210", "a24f88bea8"]),
         "cow drinking milk labelled exactly 3.2% (past./UHT/steril., any size; children's Агуша and Сарафаново "
         "counted as milk); топлёное 3.2%, ranges («от 3,2% до 6%», 3.2-4, 3.4-6), condensed milk and other fats "
         "excluded"),
        ("масло сливочное 82.5 пачка", acc(p=["4063188", "3612680", "3948153", "3953367"]),
         "butter labelled exactly 82.5% (any pack); 82% (Президент, Простоквашино in Магнит and Дикси), 72.5% and "
         "puff pastry «сливочное масло» excluded - a written fat % must match"),
        ("яйца с1 десяток для блинов", acc(p=["3446505"], x=["3446505", "3062836", "4068694", "3662512"]),
         "class С1 hen eggs in packs of 10; С0/СО/отборные, packs of 6 and 20 excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fza"))
