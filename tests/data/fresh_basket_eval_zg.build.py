#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zg.jsonl -- shopping lists around health and seasons (diet and calorie
counting, lactose-free and gluten-free needs, a sick day, summer at the dacha, sport nutrition, picnics),
hand-labelled against the real offers in real_offers_g.jsonl (see real_offers_g.SOURCES.md).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zg.build.py

LISTS below is literal data: 25 lists (2-4 items) as a shopper would type them to a Telegram bot, written
blind before any offer was read (first draft: fresh_basket_eval_zg.blind_lists.txt), and for every item the
product ids of every store that a reasonable shopper would accept.  Candidate titles were grepped broadly in
real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings) and read
one by one; the note of each item records what was deliberately left out and any judgement that rests on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The
labels were made without reading korzina's matcher, its data files or any other set's labels.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, and the labels are exactly the
list's items in order (an item is the text between commas / new lines) -- and then writes the JSONL in the
format of real_basket_eval.jsonl.  List ids are fzg01, fzg02, ... in LISTS order; every list is in split
"fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zg.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 diet: low-fat breakfast
    ("творожок 0% самый дешевый, огурчики для салата на диете, хлебцы ржаные тонкие", [
        ("творожок 0% самый дешевый", {
            "pyaterochka": ["4067060"],
            "magnit": ["1000157386", "1000453156", "1899910741", "1eb57431af"],
            "dixy": [],
            "perekrestok": ["3194302"],
        }, "cottage cheese (творог, incl. soft «мягкий») of 0% or titled «обезжиренный» without a %; Магнит Резной Палисад «обезжиренный 1.8%» (written 1.8, not 0), творожные сыры/сырки/массы and desserts excluded; Дикси has no 0% творог; «самый дешевый» is a wish"),
        ("огурчики для салата на диете", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000088660", "2000205870", "2000271421", "2000327957", "ЦТ0001499"],
            "perekrestok": ["2088998", "2098997", "2131726", "3255111", "3301324", "3368260", "3632205", "4072", "44569"],
        }, "fresh cucumbers of any kind (гладкие, колючие, длинные, короткоплодные, Бакинские, фасованные); pickled/salted/marinated cucumbers and корнишоны in jars, ready salads and the stem inside «йогурт» excluded; Дикси «Огурцы корнишоны, в упаковке, 300 г» and Перекрёсток «Огурцы Хрустящие» (no jar, no brand) taken as fresh (outside knowledge)"),
        ("хлебцы ржаные тонкие", {
            "pyaterochka": [],
            "magnit": ["eb4308a4fa"],
            "dixy": [],
            "perekrestok": [],
        }, "rye crispbread; only Магнит «Хлебцы ЩЕДРЫЕ, Тонкие ржаные»; grain/multigrain/rice/buckwheat/corn-rice хлебцы are not rye"),
    ]),
    # L2 lactose-free
    ("молоко безлактозное 2 пачки\nйогурт без лактозы\nмасло слив. 82%", [
        ("молоко безлактозное 2 пачки", {
            "pyaterochka": ["3146538"],
            "magnit": ["1000351083", "1000417765", "1000568396", "8000079205", "8000081425"],
            "dixy": ["2000328870"],
            "perekrestok": [],
        }, "lactose-free cow drinking milk of any fat and size (Parmalat incl. Comfort/Protein and the 200 ml pack, Домик в деревне, Valio ZERO LACTOSE, children's Аммм «безлактозное с 8 месяцев» as children's milk counts as молоко); ordinary milk, безлактозные йогурт/творог/пудинг/кисломолочный напиток excluded; «2 пачки» is a quantity"),
        ("йогурт без лактозы", {
            "pyaterochka": [],
            "magnit": ["1000579055"],
            "dixy": ["2000569034", "2000569035", "2000595415"],
            "perekrestok": ["4267338"],
        }, "yoghurts titled безлактозный / без лактозы (Free, Viola free, Свежее завтра), any flavour; lactose-free milk, pudding Hyper and Молвест «напиток кисломолочный» excluded"),
        ("масло слив. 82%", {
            "pyaterochka": ["3026226", "3993159"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642", "1000458136", "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad", "6b22928df7", "86326346d1", "87355db645"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778", "3628337", "3637761", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3963777", "3999749", "4055506", "4135603", "4188102", "4196090", "4260609", "4281083", "4292462", "4310021", "4343792", "86149", "3699369", "4113532", "4175276", "4188099"],
        }, "butter (сливочное / сладкосливочное) of 82% or 82.5% (82,5 counts as 82), any brand, salted or not, incl. Тысяча Озёр безлактозное 82.5%; 72.5% and other fats, spreads, ghee and chocolate «82г» excluded"),
    ]),
    # L3 gluten-free baking
    ("макароны без глютена, хлебцы рисовые, мука кукурузная", [
        ("макароны без глютена", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4323866", "4351513", "4324027", "4324026"],
        }, "dry pasta titled «без глютена» (Зелёная Линия spaghetti from corn-rice flour and from green peas) plus the same series' «Трубочки из рисовой и кукурузной муки» and «Спиральки из гречневой муки» (outside knowledge: rice/corn/buckwheat flour has no gluten); noodles (фунчоза, soba — wheat-containing, rice noodle ready meal) and ordinary wheat pasta excluded; Dixy/Магнит/Пятёрочка have none"),
        ("хлебцы рисовые", {
            "pyaterochka": ["f737df041e"],
            "magnit": [],
            "dixy": ["2000532453"],
            "perekrestok": ["4251230", "4367532"],
        }, "rice crispbread incl. corn-rice хлебцы (Dr.Korner) and ФрутоНяня mini rice хлебцы, any flavour; grain/rye/buckwheat хлебцы and Зелёная Линия «Флайчипсы» (chips) excluded"),
        ("мука кукурузная", {
            "pyaterochka": [],
            "magnit": ["8b50acb2b2"],
            "dixy": ["2000583072"],
            "perekrestok": ["3288534"],
        }, "corn flour (С.Пудовъ, Garnec); universal gluten-free flour mixes and corn grits/pasta from corn flour excluded"),
    ]),
    # L4 sick day: cold remedies
    ("лимон штучки 3, мед цветочный жидкий, имбирь корешок, чай с малиной", [
        ("лимон штучки 3", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, "fresh lemons, loose or in packs of 2; Перекрёсток «Микс Лайм-лимон» (partly lime) and «Набор иммунный имбирь-лимон», lemon-flavoured goods, cleaners, лимонная кислота excluded; «3» is a quantity"),
        ("мед цветочный жидкий", {
            "pyaterochka": [],
            "magnit": ["928ff089d4"],
            "dixy": ["2000573811"],
            "perekrestok": ["3467507", "3479121", "3687710", "4316605", "4320672", "4331449", "4340910", "4340911", "4355859"],
        }, "natural honey titled цветочный (incl. «цветочное разнотравье», Горный/Шалфейный/Лесной/донниковый «цветочный») and Маркет «луговой» (meadow honey is polyfloral flower honey — outside knowledge); «жидкий» is not stated in any title; крем-мёд (Добродеево, Маркет Collection — not liquid), липовый, гречишный, акациевый, plain «горный», Берестов «Майский Алтайцвет» (not titled цветочный), Абрико «Подсолнух» and honey-flavoured goods excluded"),
        ("имбирь корешок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3218215", "4097889"],
        }, "fresh ginger root (Перекрёсток «Имбирь» loose and 300 g); pickled, ground, candied, «в сахаре», «Набор иммунный имбирь-лимон» and ginger-flavoured goods excluded"),
        ("чай с малиной", {
            "pyaterochka": [],
            "magnit": ["75e99adff2"],
            "dixy": ["2000295203", "2000578774"],
            "perekrestok": ["4113980"],
        }, "tea (leaf or bags) with raspberry flavour, incl. raspberry-blueberry and raspberry-sea-buckthorn blends; ready iced-tea drinks (Rich, YES!) excluded"),
    ]),
    # L5 summer shashlik at the dacha
    ("шашлык свиной маринованный 1.5 кг\nлаваш тонкий 2 упаковки\nкетчуп heinz для шашлыка\nуголь березовый 3 кг", [
        ("шашлык свиной маринованный 1.5 кг", {
            "pyaterochka": [],
            "magnit": ["ffb7467b7c"],
            "dixy": [],
            "perekrestok": ["78003999"],
        }, "raw marinated pork shashlik (Мираторг «Шашлык свиной», Перекрёсток «Шашлык из свиной шейки охлаждённый»); Перекрёсток «любительский»/«по-московски» (meat not named), chicken and shrimp shashlik, cooked «Шашлык из свинины … жареный», Черкизово «свинина в маринаде по-французски» and marinated ribs excluded; «1.5 кг» is the quantity wanted of a weighed good"),
        ("лаваш тонкий 2 упаковки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4361122", "4199211"],
        }, "thin lavash: Коломенский «Армянский тонкий» and Маркет «Лаваш Армянский» (Armenian lavash is the thin sheet — outside knowledge); «2 упаковки» is a quantity"),
        ("кетчуп heinz для шашлыка", {
            "pyaterochka": ["3273905"],
            "magnit": [],
            "dixy": ["2000143225"],
            "perekrestok": ["4116848", "4157803", "4207051"],
        }, "Heinz ketchup for shashlik/grill («для гриля и шашлыка», «Гриль и шашлык для мяса», «укроп-петрушка для шашлыка»); other Heinz ketchups (томатный, острый, итальянский, с чесноком), Heinz Pikador, Heinz барбекю sauce and other brands' шашлычный excluded"),
        ("уголь березовый 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "barbecue charcoal: no store's offers hold any (only «уголь» toothpaste and «треугольники»/«брикет» ice cream match the stem); kept as missing everywhere"),
    ]),
    # L6 sport: protein and carbs
    ("батончик протеиновый 50 г, рис бурый нешлифованный, бананы штук 5", [
        ("батончик протеиновый 50 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000548696"],
            "perekrestok": [],
        }, "protein bar of 50 g (written size names the bar): Дикси Snaq Fabriq 50 г; Перекрёсток BootyBar 60 г excluded for its size; protein cookies, cakes, sweets, ice cream, cheese excluded"),
        ("рис бурый нешлифованный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000000058"],
            "perekrestok": ["4345261"],
        }, "brown (unpolished) rice; white, parboiled, red/black/wild rice excluded"),
        ("бананы штук 5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas incl. Био and red bananas (a banana variety); plantains «Бананы для жарки», dried/вяленые bananas, banana-flavoured goods excluded; «штук 5» is a quantity"),
    ]),
    # L7 picnic: hot dogs
    ("сосиски на гриль подешевле, горчица ядреная, газировка 2л", [
        ("сосиски на гриль подешевле", {
            "pyaterochka": ["3631905"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sausages (сосиски) made for the grill: Пятёрочка Папа может «Сосиски ГРИЛЬ-МАСТЕР»; ordinary сосиски (incl. Дикси «Ядрена копоть»), Перекрёсток raw «Колбаски … для жарки» (not сосиски) excluded; «подешевле» is a wish"),
        ("горчица ядреная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3332502"],
        }, "mustard titled «Ядрёная» (ЕЖК Русская Ядрёная жгучая); other Русская/острая/с хреном/дижонская/зернистая mustards excluded as the variety written is not named (doubtful: a shopper may accept any hot Russian mustard); Дикси sausages «Ядрена копоть» are a trap"),
        ("газировка 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3359208", "3625699", "3625731", "3625732", "3645982", "4266676", "4327935", "4327937", "4327938"],
        }, "sweet carbonated soft drinks in 2 l bottles (лимонад, Буратино, Дюшес, Тархун, Sever Лайм); mineral/drinking water, kvas, beer and other sizes excluded (the size names the bottle)"),
    ]),
    # L8 sick day: light food
    ("бульончик куриный, сухарики без добавок, морс клюква", [
        ("бульончик куриный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken broth (ready or bouillon cubes): none offered; Дикси Роллтон «Бульон говяжий», Перекрёсток beef «для бульона» and instant soups «Куриный с сухариками» excluded"),
        ("сухарики без добавок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain unflavoured croutons/rusks: none offered; flavoured сухарики/гренки (чеснок, томаты, краб…), vanilla/raisin/sugar сухари, breadcrumbs (панировочные), Воронцовские «в ассортименте» (flavoured) excluded"),
        ("морс клюква", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4252637", "4275137"],
        }, "cranberry морс of one berry (Finnmors Клюква 0.5 l, 1.5 l); mixed морсы (клюква-виноград, J7 four berries, ФрутоНяня/Агуша berry mixes), Зелёная Линия «Напиток морсовый Клюква» (a морс-type drink, as сокосодержащие напитки are excluded for сок) excluded"),
    ]),
    # L9 counting calories
    ("йогурт греческий 2 проц, яблочки зеленые гренни, кабачки молодые, творожный сыр легкий", [
        ("йогурт греческий 2 проц", {
            "pyaterochka": [],
            "magnit": ["1000313702", "60f70a8dd4", "dafd7c4dc4", "fc153f8070"],
            "dixy": ["2000253975", "2000297751", "2000323039", "2000327453", "2000328570", "2000339952", "2000585835", "2000596134"],
            "perekrestok": ["3601418", "3601420", "4202758"],
        }, "Greek yoghurt of exactly 2% (Teos, Neo, Простоквашино, Магнит «ГРЕЧЕСКИЙ»), natural or flavoured since no flavour was written; Greek yoghurts of 1.7/1.8/2.5/3/4% excluded"),
        ("яблочки зеленые гренни", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664"],
        }, "fresh Granny Smith apples; unnamed «Яблоки зеленые фасованные»/«зелёные» (variety not stated), Симиренко, other varieties and green-apple juices/flavours excluded"),
        ("кабачки молодые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh young courgettes: none offered; Магнит frozen «Кабачки замор нарез», кабачковая икра, courgettes in adjika and baby purees excluded (fresh-produce word means fresh)"),
        ("творожный сыр легкий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "light (reduced-fat) cream cheese: none offered — every сыр творожный is 55-70% fat and none is titled лёгкий/light; творожные пасты/продукты/сырки are not cream cheese"),
    ]),
    # L10 summer dacha trip
    ("спрей от клещей и комаров, водичка 5л, молодая картошка, укропчик свежий", [
        ("спрей от клещей и комаров", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "insect repellent spray for people: none offered; Магнит Мистер Бруно repellent drops for dogs and Раптор food-moth trap excluded"),
        ("водичка 5л", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "c0d204fa30", "daea15c2c5"],
            "dixy": ["2000145479", "2000264455", "2000337258", "2000311289", "2000601611"],
            "perekrestok": ["2504", "3217460", "3373718", "3462773", "3674373", "4231308", "4263871", "4264399", "43693"],
        }, "still drinking water in 5 l bottles (the size names the bottle), incl. children's drinking water 5 l (ФрутоНяня, Черноголовка Бэйби, Кидси, Аквалайн «Для ляль» — plain water sold for children) and Перекрёсток Люкс «5л с тарой»; 0.5-2.5 l bottles, mineral and flavoured water excluded"),
        ("молодая картошка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "new-season potatoes: no title says молодой; ordinary/washed/red potatoes and Перекрёсток «Картофель Бэби, 2кг» (small potatoes, not said to be new) excluded as the variety written is not named (doubtful: a shopper may settle for Бэби), батат, boiled and frozen potatoes excluded"),
        ("укропчик свежий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh dill: none offered; dill-flavoured chips/sauces, herring «свежая зелень» and dill seeds excluded"),
    ]),
    # L11 lactose-free coffee
    ("кофе молотый 100% арабика, овсяное молоко barista, сахарозаминитель", [
        ("кофе молотый 100% арабика", {
            "pyaterochka": ["1e481d9846"],
            "magnit": ["4522417a72", "7d84ba5b6e", "a46592e215"],
            "dixy": ["2000056820", "2000604152"],
            "perekrestok": ["3606929", "3612036", "4058107", "4129183", "4166074", "4347224"],
        }, "ground coffee whose title says арабика/Arabica (Lebo, Monarch Gold Arabica, Московская кофейня, Фреско Арабика, Fresco Arabica Solo, Bushido 100% арабика, Пятёрочка «Арабика Принц Лебо мол.»); Магнит Жокей «По-восточному, Арабика» taken as ground (по-восточному is a fine grind — outside knowledge); ground coffees not stating arabica (even if known to be, e.g. Lavazza Qualita Oro), Fresco «Arabica Blend» (blend not said to be pure arabica), beans, instant and capsules excluded"),
        ("овсяное молоко barista", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "oat drink of a barista line: none offered; plain/flavoured oat drinks (Nemoloko, Vega Natura, Hi, Овсянка Сэр!), Planto Barista almond and soy drinks, Nescafe/Jacobs «Barista» coffee excluded (doubtful: a shopper might settle for a plain oat drink)"),
        ("сахарозаминитель", {
            "pyaterochka": [],
            "magnit": ["f7aa3797d3"],
            "dixy": ["2000179434"],
            "perekrestok": [],
        }, "table sweetener (Fit Parad №7, FITPARAD №10 — «Заменитель сахара»); goods «на фруктозе»/«стевия» and sugar-free sweets excluded; typo for сахарозаменитель"),
    ]),
    # L12 gluten-free breakfast
    ("гречка зеленая\nкукурузные хлопья несладкие\nмолоко миндальное", [
        ("гречка зеленая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4046132", "4119542", "4151853"],
        }, "green (unroasted) buckwheat; ordinary roasted гречка, buckwheat flour pasta and ready meals «с зеленой гречкой» excluded"),
        ("кукурузные хлопья несладкие", {
            "pyaterochka": [],
            "magnit": ["12df5755fb"],
            "dixy": [],
            "perekrestok": [],
        }, "plain corn flakes: Магнит «Хлопья кукурузные ЛЮБЯТОВО, 600г» (no flavour or glaze named — taken as the classic unsweetened kind, outside knowledge); honey, glazed, cinnamon corn flakes and chocolate with corn flakes excluded"),
        ("молоко миндальное", {
            "pyaterochka": [],
            "magnit": ["1000563165"],
            "dixy": ["2000411028", "2000544532", "2000595771"],
            "perekrestok": ["4085201", "4156915", "4220001", "4312739", "4312740", "4312743", "4322166"],
        }, "almond drinks (Alpro/Planto, Velle, Nemoloko incl. Professional, 137 Degrees, Zinus, Зелёная Линия), plain, barista or unsweetened; soy-based drinks with almond (Nemoloko «на соевой основе», Planto soy caramel), HI «с миндалем», Green Milk barley-chickpea, kefir drinks and energy drinks excluded"),
    ]),
    # L13 sport nutrition
    ("яйца куриные с1 десяток, геркулес 500г, арахисовая паста без сахара, изотоник", [
        ("яйца куриные с1 десяток", {
            "pyaterochka": [],
            "magnit": ["1000247384", "1000247393", "2047000033", "3454700001", "e5202b5cfd"],
            "dixy": ["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671"],
            "perekrestok": ["2109476", "2131763", "3001671", "3182856", "4085791"],
        }, "chicken eggs of class С1 (= «1 категории») in packs of 10; С0/СО/отборные, С2, СВ, packs of 6/15/20/30 excluded"),
        ("геркулес 500г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3469028", "4157124"],
        }, "rolled oats titled Геркулес in 500 g packs (the written size names the pack): Маркет «геркулес» 500 г, «Хлопья Геркулес овсяные, 500г»; Геркулес of 400/450 g/1 kg, other oat flakes not titled Геркулес (Ясно Солнышко, Nordic, quick-cooking), flavoured/instant oats and Фацер bread «ГЕРКУЛЕС» excluded"),
        ("арахисовая паста без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "peanut butter: none offered; chocolate «с арахисовой пастой», Nut&Go bars and a porridge with peanut paste excluded"),
        ("изотоник", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "isotonic sports drink: none offered; energy/tonic drinks (X-Turbo, E-on), Aqua Minerale Active and Добрый Active kid juices excluded"),
    ]),
    # L14 picnic snacks
    ("копченая косичка сыр, кишмиш виноград, сок вишневый 1л", [
        ("копченая косичка сыр", {
            "pyaterochka": [],
            "magnit": ["1000368975", "8000075315"],
            "dixy": [],
            "perekrestok": ["4166737"],
        }, "smoked braided cheese «Косичка копченая/копчёный» (incl. Чечил косичка копченая); unsmoked or «спагетти» chechil, smoked «Спагетти» strings and smoked mackerel «Косичка» excluded"),
        ("кишмиш виноград", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, "fresh seedless grapes: Дикси «Виноград Мускат, без косточки» (кишмиш is the common word for seedless grapes — outside knowledge); seeded varieties (Ред Глоб, Тайфи), unnamed black/white grapes, dried grapes/изюм and grape drinks excluded"),
        ("сок вишневый 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cherry juice: none offered; cherry nectars (Рич, Бариннофф), multi-fruit nectars/juices with cherry (яблоко-вишня, груша-рябина-вишня) and сокосодержащие напитки excluded"),
    ]),
    # L15 summer okroshka
    ("квас для окрошки, редиска молодая, кефирчик 2.5 для окрошки, докторская колбаса гост", [
        ("квас для окрошки", {
            "pyaterochka": ["4046570"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4332240"],
        }, "bottled kvas (Русский узор «Летний», Зелёная Линия «Медовый»); no kvas titled окрошечный is offered and «для окрошки» is read as a purpose wish, not a filter (doubtful: a sweet honey kvas is a poor okroshka base); капуста квашеная excluded"),
        ("редиска молодая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh radishes: none offered"),
        ("кефирчик 2.5 для окрошки", {
            "pyaterochka": [],
            "magnit": ["1000139426", "1000350608", "1000439735", "1000451590", "1899800689", "1899912534", "8000033639", "610b0779be"],
            "dixy": ["2000560991", "ЦТ0028202"],
            "perekrestok": ["2093082", "2173827", "3386041", "3429041", "3491537", "3604726", "4137919", "4229630", "4233125", "4245052", "4263418", "4280483", "4280893"],
        }, "kefir of exactly 2.5%, any brand and size; other fat levels and kefir products excluded; «для окрошки» is a purpose wish"),
        ("докторская колбаса гост", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "47bbbb5374", "6e16b1777a", "89c39c317d", "fa236141ca", "fa414b5a8d"],
            "dixy": [],
            "perekrestok": ["4312573"],
        }, "Докторская boiled sausage whose title says ГОСТ (whole, mini or sliced); Докторская not stated as ГОСТ (Клинский, Мясницкий ряд, Царицыно «Особая», МД Бородина without ГОСТ, Велком кусок, Окраина), сосиски Докторские and Доктор Кёрнер / Доктор Дизель traps excluded"),
    ]),
    # L16 cold season: vitamins
    ("клюква свежемороженая, сироп шиповника, чай черный с чабрецом", [
        ("клюква свежемороженая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4275459", "4289122"],
        }, "frozen cranberries (Маркет дикорастущая, Пр!ст садовая быстрозамороженная); fresh «Клюква садовая», Магнит «КЛЮКВА, 250г» (state not stated), dried/sugared/протёртая cranberries and cranberry-flavoured goods excluded"),
        ("сироп шиповника", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rose-hip syrup: none offered; Бариннофф rose-hip nectar, rose-hip teas and yoghurts excluded"),
        ("чай черный с чабрецом", {
            "pyaterochka": [],
            "magnit": ["05c3ce571d", "245310ae46", "739159b9d5", "b411bf6170", "f9b0dd39e7"],
            "dixy": [],
            "perekrestok": ["3497561", "4131559", "4206082"],
        }, "black tea with thyme (чабрец), bags or loose, incl. Майский «чабрец-мята»; cream cheese with тимьян excluded"),
    ]),
    # L17 diet dinner
    ("минтай филе без кожи, брокколи замороженная 400г, басмати рис", [
        ("минтай филе без кожи", {
            "pyaterochka": [],
            "magnit": ["21f5feb583"],
            "dixy": [],
            "perekrestok": [],
        }, "skinless pollock fillet (Магнит «филе без кожи свежемороженый»); Магнит «МИНТАЙ филе, полуфабрикат» (skin not stated) and pollock тушка excluded"),
        ("брокколи замороженная 400г", {
            "pyaterochka": [],
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["2059262", "2125852", "3405386", "3444750", "3489151", "4019915", "4152339", "4225833", "4238817", "74445"],
        }, "frozen broccoli in 400 g packs (the size names the pack); Магнит «Брокколи HORTEX, 400г» taken as frozen (Hortex sells frozen vegetables — outside knowledge); fresh broccoli, broccoli-cauliflower mixes, 300/700/900 g/1 kg packs, seeds, purees excluded"),
        ("басмати рис", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3634155", "3635865", "4254250"],
        }, "basmati rice of any pack incl. boil-in-bag Увелка 5x80 г and parboiled Shanti «Басмати Селла»; other long-grain rice excluded"),
    ]),
    # L18 keto / low-carb
    ("авокадо пара штук спелых, слабосоленая семга, перепелинные яйца, моцарелла шарики", [
        ("авокадо пара штук спелых", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["2131945", "3216120", "3445047", "3948371", "3954359", "3954360", "4065597", "4068450", "4090374", "4127617", "4254512", "4266346", "4266407", "4272853", "4379376", "49622"],
        }, "fresh whole avocados, any variety and pack (loose, 1-2 pcs, 500 g-1 kg nets; «спелых» is a wish, Ready-to-eat included); Перекрёсток «Авокадо свежий без косточки, 300г» (pitted pulp, not whole fruits), oil blends, toys, sweets and avocado-flavoured goods excluded"),
        ("слабосоленая семга", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lightly salted сёмга (Atlantic salmon): none offered; lightly salted trout (форель — a different fish), frozen salmon steaks/fillets, smoked salmon, olives with salmon excluded"),
        ("перепелинные яйца", {
            "pyaterochka": [],
            "magnit": ["8000079148"],
            "dixy": ["2000601592"],
            "perekrestok": ["3413822", "3477870"],
        }, "raw quail eggs of any pack (incl. Qegg «для детского питания»); smoked quail eggs (Маркет Collection копченые) and mayonnaises «на перепелиных яйцах» excluded; typo for перепелиные"),
        ("моцарелла шарики", {
            "pyaterochka": [],
            "magnit": ["1000070528", "1000216597", "3ceec6b968", "8fafbefa0d", "a6a7985f8b", "ac45682a48"],
            "dixy": ["2000365606"],
            "perekrestok": ["3500953", "3949283"],
        }, "mozzarella in balls: чильеджина, «мини», Fior di Latte, and Galbani 125/150 g and Макси 250 g (sold as a ball in brine — outside knowledge); cubes, protein «палочки», «для пиццы» blocks, Магнит Premiere of Taste 200 g (form not stated) and sausages «с моцареллой» excluded"),
    ]),
    # L19 dacha evening with beer
    ("жигулевское пиво 4 банки\nвобла сушеная\nсемечки жареные соленые\nлэйс сметана и зелень", [
        ("жигулевское пиво 4 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Жигулёвское beer: none offered; Жигули «Барное»/ИПА/Экспорт are a different brand (not Жигулёвское), Дикси Жигули mango beer drink and Перекрёсток «Яблоки Жигулевские» excluded (doubtful: some shoppers treat Жигули Барное as the same)"),
        ("вобла сушеная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried вобла/тарань: none offered"),
        ("семечки жареные соленые", {
            "pyaterochka": [],
            "magnit": ["5cbde10c7f"],
            "dixy": ["2000282287", "2000285542", "2000300666", "2000433743", "2000540213"],
            "perekrestok": ["3348828", "3469303", "3613320", "3642467", "3661124", "3664432", "3671291", "3674375", "3677347", "3916662", "4004281", "4066289", "4066293", "4132783", "4280033", "4323974"],
        }, "in-shell sunflower seeds whose title says salted (солёные, с солью, с морской солью); семечки without salt stated, «без соли», the salted/unsalted «микс», Крутой Окер «С арахисом и солью» (a mix), shelled kernels («ядра», «очищенные») and pumpkin seeds (семечки without a kind means sunflower) excluded"),
        ("лэйс сметана и зелень", {
            "pyaterochka": ["3453321"],
            "magnit": [],
            "dixy": ["2000001186", "ЦТ0036304", "2000325823"],
            "perekrestok": [],
        }, "Lay's chips flavour «Сметана и зелень» of any size, incl. Дикси's 37 g card «Зеленый лук/Сметана и зелень/Краб» (an assortment that includes the flavour); Lay's «Сметана и лук», «Белые грибы со сметаной» and other brands' sour-cream chips excluded"),
    ]),
    # L20 sport: after training
    ("творожок простоквашино, протеиновый коктейль, орехи грецкие чищеные", [
        ("творожок простоквашино", {
            "pyaterochka": [],
            "magnit": ["1000372783", "1000372786", "1000381716", "1000381717", "1000400388", "1000429960", "1000429961", "1000429962", "1000475531", "1000577115"],
            "dixy": ["2000024202", "2000533553", "2000540993", "2000540994", "2000540995", "ЦТ0047040"],
            "perekrestok": ["4121611", "4274201", "4280648", "4280679", "4312751", "3487310"],
        }, "Простоквашино творог (any fat, incl. «Нежный мягкий» and «зерненый в сливках») and its fruit творожки, titled «Творожок» (Перекрёсток), «Продукт творожный» (Магнит, Дикси) or «Десерт творожный» (Дикси, the same 110 g ананас-банан item); «творожок» is read as either — doubtful; other brands excluded"),
        ("протеиновый коктейль", {
            "pyaterochka": [],
            "magnit": ["1000369984", "1000369987", "1000465876", "8000077481", "8000077483"],
            "dixy": ["2000395091"],
            "perekrestok": ["4089604"],
        }, "ready high-protein milk drinks: Exponenta High-Pro (marketed as a protein drink — outside knowledge) and Молвест Protein Max; protein yoghurts/puddings/ice cream/bars and ordinary milkshakes excluded; no protein powder is offered"),
        ("орехи грецкие чищеные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912995"],
        }, "shelled walnuts: Перекрёсток «Грецкий орех Пр!ст, 100г» (a 100 g bag taken as kernels — outside knowledge); «Орехи грецкие в скорлупе», walnut jam and goods with walnut excluded"),
    ]),
    # L21 diet sweets
    ("зефир без сахара, шоколад горький 70%, зеленый чай в пакетиках", [
        ("зефир без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sugar-free zephyr: none offered; ordinary зефир and marshmallows excluded"),
        ("шоколад горький 70%", {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        }, "dark (горький) chocolate of exactly 70% cocoa, incl. Зелёная Линия «Шоколад на меду» 70% and Пятёрочка LINDT «Шок.ПРЕВ.горький какао 70%» (found on re-check); other cocoa levels and chocolate with fillings excluded"),
        ("зеленый чай в пакетиках", {
            "pyaterochka": [],
            "magnit": ["3cbdd6886d", "45d9a874e0", "49ba4f9607", "5a597956f8", "5f006c6421", "80d9ad34a0", "8ec1c56fe5", "9b8c0d1f0d", "b4e965a022", "b80010aff6", "c86aab1a9b", "e1b666c6ef"],
            "dixy": ["2000337169"],
            "perekrestok": ["2133950", "3472463", "4105406"],
        }, "green tea in bags or pyramids, plain or flavoured (no flavour was written: Tess Лайм/Флирт/Джинджер Мохито/Гет Детокс, Принцесса Ява жасмин/клубника, Кёртис, Ahmad, Kensington), incl. Tess «зелёный и оолонг»; loose green tea (листовой/байховый 100 г), black tea, Tess Гет Энерджи (tea kind not stated), iced-tea drinks and green-tea cleaners excluded"),
    ]),
    # L22 picnic in the park
    ("курица-гриль, черри помидорки, вино розовое сухое", [
        ("курица-гриль", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ready rotisserie chicken: none offered; Магнит raw «БЕДРО КУРИНОЕ гриль, охлажденное» (raw thighs for grilling), baked fillet «по-французски» and grill sausages excluded"),
        ("черри помидорки", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000003231", "2000186544", "2000580827", "2000601471", "2000601472"],
            "perekrestok": ["11971", "3373662", "3410591", "3634714", "4217379", "4371254", "4381951", "4381952"],
        }, "fresh cherry tomatoes of any colour/pack (on the vine, Кумато, микс); Магнит Premiere of Taste «Черри Горячее сердце, 200г» taken as fresh (no jar or brine named); marinated/salted cherry tomatoes and assorted jars excluded"),
        ("вино розовое сухое", {
            "pyaterochka": [],
            "magnit": ["6070ee088a", "d6690a2cdb"],
            "dixy": [],
            "perekrestok": [],
        }, "still dry rosé wine (Le Classique de Vantenac Rosé, La Maldita Garnacha rosé сухое); semi-dry/sweet rosé, sparkling rosé incl. dry Cava, wine drinks and spritzers excluded"),
    ]),
    # L23 hot summer day
    ("пломбир в стаканчике 2 шт, ессентуки номер 4, арбуз небольшой", [
        ("пломбир в стаканчике 2 шт", {
            "pyaterochka": ["3603591", "3953305"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3370940", "3371923", "3603591", "3680631", "4035404", "4053323", "4152236", "4208997", "4277968", "4289045", "4296327", "4301170", "4346104", "4346963"],
        }, "пломбир ice cream in a (wafer) cup, vanilla or flavoured since no flavour was written (chocolate crumbs, raisins, blueberry, pistachio, watermelon aroma, варёная сгущёнка); cones (рожок), Русский свиток wafer roll, Дикси «Мороженое … ванильное 4%» and Ирбитское «сливочное» (not пломбир), parfait desserts excluded; «2 шт» is a quantity"),
        ("ессентуки номер 4", {
            "pyaterochka": [],
            "magnit": ["9d46fc2eab"],
            "dixy": ["2000323928", "2000346018"],
            "perekrestok": ["3977407"],
        }, "Ессентуки №4 mineral water, any size; Ессентуки №17, unnumbered «Ессентуки целебная» (Дикси, Aqua bene) and other mineral waters excluded"),
        ("арбуз небольшой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["77410", "79044", "4072214", "4072217"],
        }, "fresh whole watermelons incl. «Бейби» and yellow ones («небольшой» is a wish); cut fruit mix «Арбуз Дыня нарезанная», watermelon-flavoured goods excluded"),
    ]),
    # L24 sick child at home
    ("сок яблочный для детей, фрутоняня яблочное пюре, сушечки простые", [
        ("сок яблочный для детей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000107422", "2000177649", "DI00080427", "ЦТ0017501"],
            "perekrestok": ["3049629", "3270265", "3646063", "4157530", "4340738", "4340742", "67047"],
        }, "single-fruit apple juice sold for children (ФрутоНяня, Сады Придонья «с 3/4 месяцев»/Kids incl. green-apple juice, J7 and Волжский Посад «для детского питания», Добрый Active kid яблочный); Перекрёсток Сады Придонья «зеленое яблоко, 125мл» accepted as the same baby juice Дикси titles «с 4 месяцев»; mixed juices (яблоко-вишня/персик/виноград), сокосодержащие напитки (Агуша, Любимый) and adult apple juice excluded"),
        ("фрутоняня яблочное пюре", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["2000227782", "T000007148"],
            "perekrestok": [],
        }, "ФрутоНяня puree of apple only (90-250 g); ФрутоНяня mixes (яблоко-банан/персик/груша/черника, with cream or biscuits), ФрутоНяня juices and other brands excluded"),
        ("сушечки простые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4280136"],
        }, "plain сушки without topping: Зелёная Линия «Сушки Ладожский малышок без сахара»; poppy-seed сушки (Невская), garlic Tarallini excluded"),
    ]),
    # L25 lactose- and gluten-free
    ("кефир без лактозы, печенье без глютена, хлебушек без глютена, сыр легкий 30%", [
        ("кефир без лактозы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lactose-free kefir: none offered; ordinary kefir, Молвест lactose-free «напиток кисломолочный» Protein Max (not kefir) and lactose-free milk/yoghurt excluded"),
        ("печенье без глютена", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4017837"],
        }, "gluten-free biscuits: Диетика «Овсяное сдобное безглютеновое»; ordinary biscuits incl. Мировые Десерты with rice balls (wheat) excluded"),
        ("хлебушек без глютена", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "gluten-free bread: none offered; Перекрёсток «Хлеб Гречневый, 280г» (not said to be gluten-free; buckwheat loaves usually contain wheat flour — outside knowledge) and хлебцы excluded"),
        ("сыр легкий 30%", {
            "pyaterochka": [],
            "magnit": ["1000564747"],
            "dixy": ["2000588771"],
            "perekrestok": [],
        }, "cheese titled лёгкий with exactly 30% fat (Landers Легкий 30%, Ламбер легкий 30%); лёгкие of 35%/15% or fat not stated, Oldenburger protein 30% and ricotta 30% (not titled лёгкий), processed cheese excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzg"))
