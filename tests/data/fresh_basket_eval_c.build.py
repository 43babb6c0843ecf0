#!/usr/bin/env python3
"""Re-create tests/data/fresh_basket_eval_c.jsonl — a third, independently written set of
shopping lists hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 tests/data/fresh_basket_eval_c.build.py

The set is made of MIXED lists, as a family writes them in a chat: three to five items from different
departments (grocery, fresh produce, meat and fish, frozen food, dairy, sweets, drinks,
alcohol, household chemicals, hygiene, baby goods, pet food) in one message.  LISTS below is
literal data: each list as typed, and for every item the product ids of every store that a
reasonable shopper would accept.  Candidate titles were grepped broadly (stems, synonyms, the
chains' abbreviations such as «д/рук», «д/унит», «NEST.», «TWININ.», «сух.корм д/соб», Latin
and Cyrillic brand spellings) and read one by one; the note of each item records what was
deliberately left out.  An empty list means the store has nothing acceptable ("missing").
The labels were made without reading korzina's matcher or its data files and without looking
at holdout_basket_eval.*.

The script only checks the data and then writes the JSONL in the format of
real_basket_eval.jsonl (it writes nothing when a check fails):
* every id exists in real_offers.jsonl *for that store* and that offer is in stock
  (``available`` true — an out-of-stock offer is never an acceptable answer);
* no id is repeated within an item's store list;
* every item has exactly the four store keys, in the order of real_basket_eval, and a note;
* the labels are exactly the items of the text, in order (an item is the stripped stretch of
  text between the start/end, commas and new lines).
List ids are fc01, fc02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_c.jsonl")


def item(label, note, pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    """One expected entry: the item as written, its acceptable ids per store, and the note."""
    acc = {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
           "perekrestok": list(perekrestok)}
    return (label, acc, note)


# (text as typed, [item(label as written, note, store=[acceptable product ids]), ...])
LISTS = [
    ("бекончик, сок гранатовый, сухой корм собаке", [
        item("бекончик",
             "diminutive of бекон; products sold as bacon (raw-smoked «бекон», Велком, Дымов «Венгерский», Market Collection «Бекон венгерский», Cortador); «грудинка» of any kind (raw, к/в, and Пятёрочка «грудинка сырокопченая … нарезка» — bacon-like but not sold as bacon), корейка, the Панчетта/Шейка/Балык assortment, Kириешки «бекон» rusks and a sandwich «с беконом» excluded",
             pyaterochka=["3655098", "3445554", "4020279", "3443644", "3649921"],
             perekrestok=["4420883", "4225967", "3443644", "3445554"]),
        item("сок гранатовый",
             "pomegranate juice incl. reconstituted and children's (Nar «для детского питания»); Балтика №0 Гранат, RICH soda Гранат, flavoured waters «вкус граната», Narsharab pomegranate sauce and an air-freshener «дикий гранат» excluded",
             pyaterochka=["3165884", "3920295", "3620708"],
             magnit=["1e273f6605", "87dd042218"],
             perekrestok=["3465930", "40350"]),
        item("сухой корм собаке",
             "dry dog food: Магнит «PURINA ONE … сух.корм д/соб … 1,5кг», Пятёрочка «Корм для маленьких собак Purina one, курица рис, 1,5 кг» (a 1.5 kg bag is dry food — outside knowledge, the title does not say «сухой»); wet dog food (Pedigree, Cesar, Friskies, Дарлинг pouches) and dry cat food excluded"
             ,
             pyaterochka=["3445958"],
             magnit=["83007d8abc"]),
    ]),
    ("килька в томате 2 банки\nбаклажанчики\nрукав для запекания", [
        item("килька в томате 2 банки",
             "canned sprat in tomato sauce (Пятёрочка «обжаренная с чили в томатном соусе» accepted); шпроты in oil and spiced/salted «пряного посола» kilka excluded; «2 банки» is a quantity",
             pyaterochka=["3907223", "3468685"],
             magnit=["159901"]),
        item("баклажанчики",
             "diminutive of баклажаны: fresh aubergines; икра баклажанная/овощная, «Морковь пикантная с баклажанами», Магнит «Баклажаны по-корейски» (a salad) excluded",
             perekrestok=["4414"]),
        item("рукав для запекания",
             "roasting bag/sleeve; nothing else in the pool is sold for baking in the oven",
             perekrestok=["3694590"]),
    ]),
    ("имбирь для роллов, руккола, тампоны ob", [
        item("имбирь для роллов",
             "pickled ginger (what is eaten with rolls): Пятёрочка «Имбирь … маринованный», Магнит «Имбирь маринованный»; candied ginger «цукаты», ginger lemonade, cookies, cream-honey «с имбирём», Listerine «Имбирь-Лайм», сервелат «ИМБИР.» excluded",
             pyaterochka=["3605848"],
             magnit=["169051"]),
        item("руккола",
             "rocket alone (spelt «Руккола»/«Рукола»); salad mixes «рукола-мангольд-шпинат» and «Радичио + Рукола» excluded",
             pyaterochka=["3657675"],
             perekrestok=["3358128", "3283556"]),
        item("тампоны ob",
             "o.b. tampons; the pool has one tampon product (Пятёрочка «O.B.Тампоны Procomfort супер плюс»)",
             pyaterochka=["3367588"]),
    ]),
    ("лаймы 3 шт\nтекила подешевле\nсидр", [
        item("лаймы 3 шт",
             "fresh limes; lemon-lime sodas, «TESS Чай LIME», air fresheners, a lime cake and Listerine excluded; «3 шт» is a quantity",
             magnit=["168711"]),
        item("текила подешевле",
             "any tequila (Ольмека Белая, Сауза Сильвер); the tier word does not narrow the set",
             magnit=["202481", "111541"]),
        item("сидр",
             "cider incl. the pear cider «BON SEASON PEAR Сидр»; beer and wine excluded",
             magnit=["0650193075", "531f60601f"]),
    ]),
    ("манго спелое, кашка нестле, шеба 4 пакетика", [
        item("манго спелое",
             "fresh mango; dried mango (Mixbar «сушеное»), nectars, juices, smoothies, yogurts, tea, jam, sorbet and cake with mango excluded",
             perekrestok=["4088772", "4177044"]),
        item("кашка нестле",
             "diminutive of каша; Nestlé baby cereals («NESTLE Каша ГРЕЧНЕВАЯ сухая безмол.», «NEST.Каша сух.мол. …»); NEST. cornflakes «Хлопья GOLD» and a NEST.FITN bar, Магнит MAGGI/Дарлинг/Purina («Нестле» as maker) Nestogen formula milk and other brands' baby cereals (Фрутоняня, Heinz, Тёма) excluded",
             pyaterochka=["3415416", "3641446", "3641448"]),
        item("шеба 4 пакетика",
             "Sheba cat food, titled «ШЕБА» or «Sheba» (any flavour); Whiskas, Felix etc. excluded; «4 пакетика» is a quantity",
             pyaterochka=["3282824", "3282830", "3282834", "3970260", "3970296", "3970315"]),
    ]),
    ("крахмал картофельный, желатин, дрожжи сухие", [
        item("крахмал картофельный",
             "potato starch; corn starch «Крахмал кукурузный» excluded",
             magnit=["c77aeb33ac"],
             perekrestok=["4268660"]),
        item("желатин",
             "food gelatine; jelly desserts («Желе АППЕТИССИМО») excluded",
             magnit=["5ba197ad81"],
             perekrestok=["4236371"]),
        item("дрожжи сухие",
             "dry yeast (Саф-Момент); frozen yeast dough «ТЕСТО ДРОЖЖЕВОЕ» and «Тесто слоеное … без дрожжевое» excluded",
             perekrestok=["17366"]),
    ]),
    ("маслины без косточек, моцарела для пиццы, пятновыводитель ваниш", [
        item("маслины без косточек",
             "pitted black olives (маслины); маслины «с костью», green оливки (plain, stuffed, grilled), olive oil and «оливковый» mayonnaise excluded",
             pyaterochka=["4005881", "3436379", "3013064"],
             perekrestok=["4249106"]),
        item("моцарела для пиццы",
             "typo for моцарелла; mozzarella sold for pizza (Перекрёсток «Моцарелла для пиццы», Пятёрочка «Моцарелла Пицца»); fresh mozzarella balls, sticks, grated Cheese Gallery, sandwich slices, processed «Моцарелла» Galbani, frozen pizzas and «пицца» crackers/rusks excluded",
             pyaterochka=["3976999"],
             perekrestok=["3958444"]),
        item("пятновыводитель ваниш",
             "Vanish stain remover for laundry (Магнит «VANISH Oxi Advance Пятновыводит + отбеливатель», Пятёрочка «VANISH Пятнов.OXI ACTION»); VANISH Gold carpet cleaner excluded",
             pyaterochka=["2080266"],
             magnit=["bb3ee4398d"]),
    ]),
    ("хрен, сардельки, бреф, сыр дружба", [
        item("хрен",
             "horseradish condiment: Магнит «Хрен столовый», Пятёрочка «Хрен сливочный» (a creamy horseradish, accepted as it is sold as «Хрен»); sauerkraut «с хреном», rusks/croutons/crisps «холодец с хреном» excluded",
             pyaterochka=["3616052"],
             magnit=["c88a871b65"]),
        item("сардельки",
             "any sardelki (Докторские, Говяжьи); шпикачки and сосиски not substituted",
             pyaterochka=["3506161", "4087801"]),
        item("бреф",
             "bare brand Bref (Cyrillic «БРЕФ»/Latin «BREF»): every Bref toilet product — rim blocks («Блок д/унитаза», «Средство чистящее для унитаза … 50г», «Средство для унитазов … 2х50 г») and the Bref cleaning gel; Domestos/Comet excluded",
             pyaterochka=["3927353", "3938161", "3996095", "3674454", "3415703"],
             magnit=["1000132695", "1df2e53a6a", "204471"]),
        item("сыр дружба",
             "Дружба processed cheese (Дикси «Сыр плавленый Дружба Карат»); other processed cheeses and Магнит «ДРУЖБА Халва» (a trap) excluded",
             dixy=["6b7105d28a"]),
    ]),
    ("соус песто для пасты, феликс для котят, квасу для окрошки", [
        item("соус песто для пасты",
             "pesto sauce (Filippo Berio, Premiere of Taste «Песто Дженов»); Oldenburger cheese «Песто», a beet salad «с соусом песто» excluded; «для пасты» is what pesto is for",
             pyaterochka=["3477315"],
             magnit=["fc54ad529d"]),
        item("феликс для котят",
             "Felix food for kittens only («Felix … для котят»); adult Felix flavours and Whiskas «для котят» excluded",
             pyaterochka=["3641052"]),
        item("квасу для окрошки",
             "no kvass in any store; Перекрёсток products in its «Окрошка» category (cucumbers, green onion, sour cream, eggs) are not kvass",
             ),
    ]),
    ("ткемали\nчебуреки\nополаскиватель для рта", [
        item("ткемали",
             "tkemali plum sauce (Кинто «Ткемали»); other sauces not substituted",
             pyaterochka=["54"]),
        item("чебуреки",
             "frozen chebureki incl. «Мини чебуреки с мясом» and Твистер «Чебурек с мясом»; Перекрёсток «Братья Чебурашкины» dairy and Чебупицца excluded",
             pyaterochka=["3483781", "4078158", "4009387"]),
        item("ополаскиватель для рта",
             "mouthwash (Colgate Plax, Close Up, Listerine); hair conditioners «Бальзам-ополаскиватель» (Head&Shoulders, Pantene, Schauma, Timotei) excluded",
             pyaterochka=["3408462", "3967357", "4095191"]),
    ]),
    ("варенье малиновое, творог обезжиренный, крем для рук", [
        item("варенье малиновое",
             "raspberry варенье (Магнит «Варенье малиновое»); Махеевъ «Джем малиновый» (jam, not варенье), strawberry/blueberry/walnut варенье and ice cream «с малиновым вареньем» excluded",
             magnit=["2ae922ebdb"]),
        item("творог обезжиренный",
             "fat-free cottage cheese: «Творог обезжиренный 0.5%», «Творог мягкий … 0,1%», «Биотворог обезжиренный»; творог 3–9 %, children's flavoured биотворог, творожные продукты and творожный сыр excluded",
             pyaterochka=["3692659", "3687270"],
             perekrestok=["4331301"]),
        item("крем для рук",
             "hand cream: Пятёрочка «NIVEA Крем УВЛ/МЯГК.д/рук»; face, foot, baby and panthenol skin creams, shower «гель-крем», hair-dye «Крем-кр.», CIF «Крем» (a cleaner) and cream-soap excluded",
             pyaterochka=["3657595"]),
    ]),
    ("халва подсолнечная, казинаки, морс клюквенный 2 бутылки", [
        item("халва подсолнечная",
             "sunflower halva (Тимоша «подсолнечная»); Магнит «Халва с арахисом» (peanut halva) and wafers «с халвой» excluded",
             pyaterochka=["3937598"]),
        item("казинаки",
             "common misspelling of козинаки; kozinaki of any seed/nut (Магнит «Козинаки ассорти», Пятёрочка «Козинак Тимоша»); chocolate-glazed sweets «Козиначки с солью» excluded",
             pyaterochka=["3633509"],
             magnit=["4ebf65eb88"]),
        item("морс клюквенный 2 бутылки",
             "cranberry mors (Пятёрочка ДОБРЫЙ «Морс КЛЮКВА из виногр/клюк.» accepted — sold as cranberry mors though grape juice is in it); mixed-berry mors (клюква/черника/вишня, ягодный сбор, брусника-малина, брусника-морошка), a cranberry-orange drink, fresh cranberries and sauerkraut «с клюквой» excluded",
             pyaterochka=["3472445"],
             perekrestok=["4297529", "3190898", "3695895"]),
    ]),
    ("киндер сюрприз 2 шт, шоколадку аленка, сезар для собаки", [
        item("киндер сюрприз 2 шт",
             "Kinder Surprise eggs incl. the figure «Шок.СЮРПРИЗ фигур.мол.с игр.» and «SURP.MAXI»; Kinder Joy (a different egg), Kinder Chocolate bars, Schoko-Bons, Mini/Maxi Mix sets and the Kinder Land soda excluded",
             pyaterochka=["3353042", "3688901", "3353040"]),
        item("шоколадку аленка",
             "Алёнка chocolate bars (200 g and 15 g); Алёнка gift sets «Наб.конд.изд.» excluded",
             pyaterochka=["3426468", "3601839"]),
        item("сезар для собаки",
             "Cesar dog food (Cyrillic spelling of the brand); the «Цезарь» brand of frozen food (пельмени, вареники, блинчики, пицца, тесто), «Цезарь» sauces and salads are traps",
             pyaterochka=["4066605", "4066607"]),
    ]),
    ("холодный чай липтон, тархун, попкорн для микроволновки", [
        item("холодный чай липтон",
             "Lipton iced tea of any flavour («Холодный чай Lipton», «LIPTON Нап.ЗЕЛ.ХОЛ.ЧАЙ», «LIPTON Напиток ICE TEA»); Fuze Tea and Nestea iced teas, hot-brew Lipton tea bags excluded",
             pyaterochka=["3630727", "3487489"],
             perekrestok=["3487481", "3487476"]),
        item("тархун",
             "tarragon soda (Черноголовка «Тархун», «Любимый Тархун»); caramel «шипучка» with a tarragon flavour excluded",
             pyaterochka=["3921439"],
             magnit=["24f0ca6987"],
             perekrestok=["3013417"]),
        item("попкорн для микроволновки",
             "microwave popcorn (Mixbar «для печей СВЧ»); ready-popped popcorn, chocolate/sweets with popcorn excluded",
             pyaterochka=["3468688"]),
    ]),
    ("бейлис получше, грецкие орешки, дримс коту", [
        item("бейлис получше",
             "Baileys cream liqueur (0.7 l and 0.5 l); Jägermeister, a port «Вино ликер», Жокей coffee «ИРЛАНДСКИЕ СЛИВКИ» excluded; the tier word does not narrow the set",
             pyaterochka=["4001510"],
             magnit=["111531"]),
        item("грецкие орешки",
             "walnuts, shelled or in shell (Mix Bar, BOTANICA «Ядро ореха грецкого», Магнит «Орех грецкий, неочищенный»); nut mixes, варенье/батончики/сыр/салат «с грецким орехом» excluded",
             pyaterochka=["3982582", "3915361"],
             magnit=["200261"]),
        item("дримс коту",
             "Dreamies cat treats under any spelling («DREAMIES», «ДРИМЕС», Пятёрочка «Корм для кошек Dreamies, утка»); other brands' cat food excluded",
             pyaterochka=["3652326"],
             magnit=["12f0b7d3ff", "3b3e1365d7", "57039e0213", "f67ff9c365", "3416a5a157", "f4b55c10c2"]),
    ]),
    ("цикорий, чернослив, средство для стекол, йогурт виола", [
        item("цикорий",
             "instant chicory of any flavour (Большая чашка classic and черничный, Здравник сливочный)",
             pyaterochka=["3462819", "3473706", "3485628"]),
        item("чернослив",
             "dried prunes; yogurts, cookies, chocolate, sweets, коврижка and pâté «с черносливом» excluded",
             pyaterochka=["3608001"]),
        item("средство для стекол",
             "no glass cleaner in any store; universal cleaners (Cif spray, Domestos/Sanfor «универсальное») are not glass cleaners; titles saying «стекло» (juice/water/honey in glass jars) and «стеклянной» noodles are traps",
             ),
        item("йогурт виола",
             "Viola yogurt (Дикси «Йогурт безлактозный Viola Греческий»); Viola cheeses (Пятёрочка «Сыр плавленый Виола», «Сыр Виола 4 Сыра», Перекрёсток «Сыр … Viola Маасдам») are traps",
             dixy=["2000635792"]),
    ]),
    ("финики, тортилья, лучок зеленый", [
        item("финики",
             "dates (plain and Мазафати); sweets «ФИНИКИ В ШОК.» and a yogurt «Чернослив-финик» excluded",
             magnit=["199921", "200571"]),
        item("тортилья",
             "wheat tortillas (Mission «Лепешки тортилья»); nothing else sold as tortilla/лаваш",
             pyaterochka=["3439566"]),
        item("лучок зеленый",
             "diminutive of лук зелёный: fresh green onion; the «Лук, Укроп и Петрушка» herb set, bulb onions and chips/nuts «зеленый лук» flavour excluded",
             perekrestok=["4295465"]),
    ]),
    ("twinings эрл грей, пряники тульские, мидии замороженые", [
        item("twinings эрл грей",
             "Twinings Earl Grey («TWININ.Чай EARL GREY», «TWININ.Чай ЭРЛ ГРЕЙ»); Twinings English Breakfast and other brands' Earl Grey excluded",
             pyaterochka=["15545", "15495"]),
        item("пряники тульские",
             "Tula gingerbread («Пряники тульские \"Тульский пряник\"»); other пряники (классические, мятные, сырцовые, Lambertz) excluded",
             pyaterochka=["3971669"]),
        item("мидии замороженые",
             "typo for замороженные: frozen mussels («варёно-мороженые», in shell or meat); mussels in oil/brine, marinated, preserves and seafood mixes excluded",
             perekrestok=["3359360", "4385335"]),
    ]),
    ("мука макфа 2кг, сыр тильзитер получше, котлеты куриные", [
        item("мука макфа 2кг",
             "Makfa flour in a 2 kg pack; Makfa 1 kg flour, other brands' 2 kg flour, Makfa pasta and cakes excluded",
             perekrestok=["91304"]),
        item("сыр тильзитер получше",
             "Tilsiter cheese (Ламбер Тильзитер, Вкуснотеево Тильзитер Премиум); the «Гауда и Тильзитер» assortment (half gouda) excluded; the tier word does not narrow the set",
             pyaterochka=["3605249"],
             perekrestok=["3446834"]),
        item("котлеты куриные",
             "chicken cutlets («Котлеты из курочки», Петелинка «куриные», Ложкаревъ «Куриные» в панировке); turkey, beef, pork, fish cutlets, «по-киевски», Магнит «Котлеты Люкс» (meat not stated) and MAGGI «Для Котлет» excluded",
             pyaterochka=["3464190", "3664055", "4060844"]),
    ]),
    ("вареники с вишней\nсырники\nмартини", [
        item("вареники с вишней",
             "no cherry vareniki in any store; potato vareniki and cherry juices/nectars excluded",
             ),
        item("сырники",
             "ready or frozen syrniki incl. «с изюмом»; творог, сырки and творожный сыр excluded",
             pyaterochka=["3656807"],
             perekrestok=["4201519", "3671520", "4147834", "4147835"]),
        item("мартини",
             "Martini vermouth-type aperitif: Магнит «Напиток MARTINI Fiero» (accepted — an aromatised wine sold as a Martini aperitif); Магнит «Вино игристое MARTINI Brut» (sparkling wine) excluded",
             magnit=["3c665dc940"]),
    ]),
    ("крылышки куриные, сгущенку вареную, ирис меллер\nкартошечка молодая\nкапустка молодая", [
        item("крылышки куриные",
             "raw chicken wings (Перекрёсток «Крылья Первая Свежесть локтевая часть»); Горячая штучка «Хрустящие Крылышки острые к пиву» (ready breaded), croutons «со вкусом крылышек», грудинка «КРЫЛАТСКАЯ» excluded",
             perekrestok=["4318771"]),
        item("сгущенку вареную",
             "boiled condensed milk (Рогачев «Молоко сгущенное вареное»); plain condensed milk, wafers/croissants/cakes/muffins/candies «с вареной сгущенкой» excluded",
             pyaterochka=["3907533"],
             magnit=["167911"]),
        item("ирис меллер",
             "Meller toffee («Ирис Meller», «МЕЛЛЕР», «MELLER»); Золотой ключик and Шарлиз ирис and a milkshake «карамельной ириски» excluded",
             pyaterochka=["4066665", "3646902"],
             perekrestok=["27798"]),
        item("картошечка молодая",
             "diminutive: young potatoes (Дикси «Картофель молодой», Магнит «Картофель Новый урожай» — new-crop potatoes accepted as young); ordinary washed/red/for-frying/for-boiling potatoes, herring «к картошке», marzipan «Картошка», Knorr «картошка по-деревенски» excluded",
             magnit=["168701"],
             dixy=["72aaa021b7"]),
        item("капустка молодая",
             "diminutive: young (early) white cabbage (Дикси «Капуста белокочанная ранняя»); Chinese cabbage, sauerkraut, sea kale, broccoli/cauliflower salads excluded",
             dixy=["4738b3129c"]),
    ]),
    ("шоколадная паста, айран, икра баклажанная", [
        item("шоколадная паста",
             "sweet chocolate spreads (Cuisine Royale «шоколадно-ореховая», Коровка «Паста молочно-шоколадная», Золотой степ «Паста шоколад арахис»); tartlets/pancakes «ореховая паста», toothpaste, pasta dishes excluded",
             pyaterochka=["3432542", "3928027"],
             magnit=["d5cc1d3183"]),
        item("айран",
             "no ayran in any store; Пятёрочка «Напиток к/м ТАН» (a related but different drink) excluded",
             ),
        item("икра баклажанная",
             "aubergine caviar (Janarat «Икра баклажановая», «икра из баклажанов»); Лютеница (pepper-aubergine), Айвар, fresh aubergines and fish roe excluded",
             pyaterochka=["3692237", "3903537"]),
    ]),
    ("хлопья гречневые, сода пищевая, ананасы консервированные", [
        item("хлопья гречневые",
             "buckwheat flakes (Увелка, Мистраль); oat, rice and multigrain flakes, cornflakes excluded",
             pyaterochka=["3477319", "3634075"]),
        item("сода пищевая",
             "no baking soda in any store; «сокосодержащий» drinks, a baking powder «Разрыхлитель» excluded",
             ),
        item("ананасы консервированные",
             "canned pineapple (rings, pieces, «шайбы»); pineapple juice/nectar, sweets, yogurts and shower gel «ананас» excluded",
             pyaterochka=["2070075", "4059175"],
             magnit=["104901"]),
    ]),
    ("фунчоза\nкукурузные палочки сладкие\nкомпот", [
        item("фунчоза",
             "glass noodles (Магнит «Лапша Фунчоза»); a ready meal with «стеклянной» noodles, udon, soba and instant noodles excluded",
             magnit=["f812f77c99"]),
        item("кукурузные палочки сладкие",
             "sweet corn sticks (Кузя «в сахарной пудре», УХТЫШКИ «палочки кукурузные сладкие»); Cheetos «Кукурузные палочки» ketchup/cheese (savoury) excluded",
             pyaterochka=["3922199"],
             magnit=["206011"]),
        item("компот",
             "bottled compote of any fruit (Janarat айва, вишня); juices, nectars and mors excluded",
             pyaterochka=["3672816", "3672817"]),
    ]),
    ("лапша удон, сок ананасовый, лимонад черноголовка", [
        item("лапша удон",
             "udon noodles; soba, фунчоза, instant noodles excluded",
             pyaterochka=["3618857"]),
        item("сок ананасовый",
             "pineapple juice (SWELL «Сок Ананасовый»); pineapple nectars (J7, Магнит J7 «Нектар … ананасовый»), smoothies and sodas excluded",
             pyaterochka=["84790"]),
        item("лимонад черноголовка",
             "Черноголовка classic «Лимонад» (brand without a flavour = the classic); Черноголовка Байкал, Дюшес, Тархун, Кола, Мандарин, крюшон and a «Черноголовская» water excluded",
             magnit=["c7e1497ccb"],
             perekrestok=["3403323", "3403324"]),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fc"))
