#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zo.jsonl -- 25 shopping lists for a week of breakfasts and quick snacks,
hand-labelled against the real offers in real_offers.jsonl (Пятёрочка, Магнит, Дикси, Перекрёсток).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zo.build.py

LISTS below is literal data: 25 lists (3-4 items, 85 items) as a household would type them to a Telegram
bot, written blind (before any offer was read; see fresh_basket_eval_zo.blind_lists.txt, whose lists are
byte-identical to the texts below), and for every item the product ids of every in-stock offer of every
store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles were grepped
broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё/е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store
has nothing acceptable (the item is "missing" there).  The labels were made without reading korzina's
matcher or its data files.

The script only checks the data (via labelled_lists.build: every id exists in real_offers.jsonl *for
that store* and is in stock, no id is repeated within an item, every item has a note, the labels are
exactly the list's items in order) and then writes the JSONL in the format of real_basket_eval.jsonl.
List ids are fzo01, fzo02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zo.jsonl")

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def acc(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fzo01 porridge morning
    ("геркулес подешевле, молочко 2.5% пару пакетов, бананы кило", [
        ("геркулес подешевле", acc(pyaterochka=["4027131", "3472901"]),
         "rolled oat flakes: Клинские «Геркулес» and УВЕЛКА «Хлопья зерн.овсян.трад.» (outside knowledge: «геркулес» is "
         "the everyday word for traditional rolled oats); instant/no-cook porridges (Быстров, Ясно Солнышко), baby "
         "porridges, Велле oat desserts, oat bran, multigrain/buckwheat/rice flakes and oat cookies excluded; "
         "«подешевле» is a wish"),
        ("молочко 2.5% пару пакетов", acc(
            pyaterochka=["3645808"],
            magnit=["a28bae784b"],
            perekrestok=["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700",
                         "af8570f806", "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9",
                         "50cb0959f8", "76055bf243", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"]),
         "cow drinking milk of exactly 2.5% (past./UHT/steril., any pack size incl. Вкуснотеево 0.2 l and Можайское "
         "450 ml; children's Сарафаново 2.5% incl.); other fat levels and ranges, Агуша ряженка, Актимель/Имунеле 2.5%, "
         "milkshakes (М/М 2.3%, Чудо) excluded; «пару пакетов» is a quantity"),
        ("бананы кило", acc(perekrestok=["3757", "4112219", "3639749", "4208494"]),
         "fresh bananas (loose, mini, packed, organic Зелёная Линия); dried bananas, banana-flavoured cereals, curds, "
         "sweets excluded; «кило» is a quantity"),
    ]),
    # fzo02 kid's breakfast
    ("хлопья nesquik для ребенка, йогуртики питьевые клубничные 4 шт, батон нарезной к завтраку", [
        ("хлопья nesquik для ребенка", acc(pyaterochka=["3434742", "4072647", "3363325", "3926616"]),
         "every Nesquik ready breakfast cereal (шоколадный завтрак, Алфавит, ДУО, BananaCrush pillows); Nesquik cocoa "
         "drinks, chocolate bars and sweets excluded, as are Kellogg's/Ухтышки/NESTLE GOLD cereals of other brands"),
        ("йогуртики питьевые клубничные 4 шт", acc(
            pyaterochka=["3628399", "3632191", "4035473", "4066181"],
            magnit=["205071"]),
         "drinking yoghurt whose lead flavour is strawberry: Чудо клубника-земляника 270 г (Магнит titles it "
         "«питьевой»; Пятёрочка «ЧУДО Йогурт вк.клуб/земл. 270г» is the same bottle), EPICA «пит. с клуб/марак.», "
         "Активиа «с клубникой и земляникой» 260 г and the children's «Йогурт питьевой … со вкус. Клубничного "
         "пломбира». Outside knowledge: Активиа 260 g is the drinking bottle. Excluded: mixes led by other fruit "
         "(Активиа яблоко-клубника-черника, дыня-клубника), the unbranded «Биойогурт с клубникой 270г» (drinkable "
         "form not stated), spoonable cups (Чудо Детки 85 г, Верховье 150 г), кисломолочные напитки (Имунеле, "
         "Актимель), «Коктейль йогуртный» Чудо Десерт, strawberry milkshakes"),
        ("батон нарезной к завтраку", acc(pyaterochka=["3985404"], perekrestok=["3974714"]),
         "«Батон нарезной»: Перекрёсток Маркет and Пятёрочка «Батон "
         "\"Звездный\" нар, Хлебный Дом» (outside knowledge: «нар» = нарезной); сдоба, хлебцы, «батончики» excluded"),
    ]),
    # fzo03 eggs and toast
    ("яйца с1 десяток на неделю, масло простоквашино 82.5, сыр гауда нарезкой, хлеб тостовый для бутербродов", [
        ("яйца с1 десяток на неделю", acc(
            pyaterochka=["3446505"],
            perekrestok=["3446505", "3062836", "4068694", "3662512"]),
         "chicken eggs of class С1 in packs of 10 (Село Зелёное, Окское, Зелёная Линия «активита», Маркет); Лето С1 "
         "20 шт, СО/отборные, 6-packs and quail eggs excluded"),
        ("масло простоквашино 82.5", acc(magnit=["199211"], dixy=["3620233da6"]),
         "Простоквашино butter; the only one sold is titled 82% and is accepted (judgement: Простоквашино's "
         "traditional butter, the 82 / 82.5 'traditional' class — the user evidently means it); other brands "
         "(Вкуснотеево, Тысяча Озёр, Президент, Брест-Литовск) excluded"),
        ("сыр гауда нарезкой", NONE,
         "missing everywhere: no sliced Gouda; LIEBENDORF Гауда 1 кг (block) and Laime assortment «Гауда и "
         "Тильзитер» 160 г (two cheeses, slicing not stated) excluded, as are other sliced cheeses (Маасдам, Эдам, "
         "Российский, Сливочный)"),
        ("хлеб тостовый для бутербродов", NONE,
         "missing everywhere: no toast bread in the offers; батоны, grain bread, хлебцы and «Ветчина для тостов» / "
         "«Сыр пл.-тост» excluded"),
    ]),
    # fzo04 cottage cheese breakfast
    ("творог 5% 2 пачки по 200, сметана 15 процентов жирности, медок цветочный натуральный", [
        ("творог 5% 2 пачки по 200", NONE,
         "missing everywhere: «по 200» names the pack size and no plain 5% cottage cheese comes in 200 g "
         "(Молочный знак 5% 180 г and Село Зелёное 5% 500 г excluded for size); 5.5% Домик в деревне мягкий, "
         "зерненый/«101 зерно + сливки» with berries, Данон in yoghurt and children's curds excluded"),
        ("сметана 15 процентов жирности", acc(
            pyaterochka=["3665624"],
            magnit=["de14617e33", "199001"],
            perekrestok=["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                         "4095525"]),
         "sour cream of exactly 15% (incl. lactose-free Parmalat Comfort and Простоквашино); 10/20/25/30% and "
         "sour-cream-flavoured crisps/croutons excluded"),
        ("медок цветочный натуральный", acc(pyaterochka=["3645749", "3645764"], magnit=["d32ff23653"]),
         "natural flower honey: МЕДОВЫЙ ДОМ «цветочный разнотравье», «Южный цветок» and «цветочный монофлорный "
         "Восточная липа»; крем-мёд with raspberry or lemon-ginger (flavoured), honey cakes, чак-чак, honey-flavoured "
         "cereals/biscuits excluded"),
    ]),
    # fzo05 coffee and tea stock-up
    ("кофе жокей молотый, чай липтон пакетированный 100 шт, сахар-рафинад", [
        ("кофе жокей молотый", acc(pyaterochka=["3046297"]),
         "Жокей ground coffee: the only one is «ЖОКЕЙ Кофе ИРЛАНДСКИЕ СЛИВКИ мол.150г» (flavoured, «мол.» = молотый; "
         "every variant of the brand's ground coffee accepted); other brands' ground coffee excluded"),
        ("чай липтон пакетированный 100 шт", acc(pyaterochka=["3424384", "11200"], magnit=["206041"]),
         "Lipton tea in packs of 100 bags (Earl Grey, Yellow Label); Lipton 25-bag/20-pyramid packs and Lipton iced "
         "tea excluded"),
        ("сахар-рафинад", acc(magnit=["07d5c3205d"]),
         "refined sugar cubes: «РУССКИЙ Сахар белый прессованный 1кг» (outside knowledge: «прессованный» = "
         "рафинад in cubes); unrefined Демерара cane sugar and sugar-free goods excluded"),
    ]),
    # fzo06 sausages for breakfast
    ("сосиски молочные вязанка, колбаса докторская для бутеров, огурчики гладкие пару штук", [
        ("сосиски молочные вязанка", NONE,
         "missing everywhere: no Вязанка sausages; Магнит «Сосиски Молочные, 0,33/0,65 кг» name no brand and are "
         "excluded, as are Велком «Сосиски молочные» (other brand) and Вязанка колбаса/ветчина/наггетсы"),
        ("колбаса докторская для бутеров", acc(
            pyaterochka=["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            perekrestok=["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                         "78001451", "3033317", "4221913", "3639615", "3347584"]),
         "boiled «Докторская» sausage of any brand, piece or sliced (incl. Царицыно «Док. особ. халяль»); "
         "сосиски/сардельки «Докторские», Молочная, Любительская and other boiled sausages excluded; the purpose is "
         "not a filter"),
        ("огурчики гладкие пару штук", acc(magnit=["200221"]),
         "fresh smooth cucumbers: Магнит «Огурцы короткоплодные, тепличные» (outside knowledge: short greenhouse "
         "cucumbers are the smooth-skinned kind; Магнит sells the bumpy ones separately as «среднеплодные, "
         "пупырчатые»); пупырчатые, корнишоны and Перекрёсток Ботаника / «Хрустящие» (skin not stated) excluded"),
    ]),
    # fzo07 muesli and kefir
    ("мюсли с орехами без сахара, кефирчик 2.5, яблоки гренни смит", [
        ("мюсли с орехами без сахара", NONE,
         "missing everywhere: no muesli titled without sugar; AXA honey-chocolate-nut, Matti орех-яблоко, Kellogg's "
         "Extra гран-мюсли (sweetened / sugar-free not stated), baked ОГО muesli, muesli cookies and yoghurt with "
         "muesli excluded"),
        ("кефирчик 2.5", NONE,
         "missing everywhere: no kefir in the offers; drinking yoghurts, Имунеле/Актимель and milk 2.5% excluded"),
        ("яблоки гренни смит", acc(magnit=["200671"]),
         "fresh Granny Smith apples; Гала, Ред Делишес, Медовый хруст, красные and seasonal apples, juices and "
         "apple-flavoured goods excluded"),
    ]),
    # fzo08 weekend continental breakfast
    ("джем абрикосовый махеев, круасаны с шоколадной начинкой, масло крестьянское 72.5 пачку, кофе в зернах арабика", [
        ("джем абрикосовый махеев", NONE,
         "missing everywhere: Махеевъ jams offered are raspberry, peach-mango, orange, strawberry and forest berries, "
         "none apricot; «Сдобные палочки с абрикосовым джемом» excluded"),
        ("круасаны с шоколадной начинкой", acc(
            pyaterochka=["3626932", "3621626", "3489010", "3489008", "3900907"],
            magnit=["b72da0bbe2"]),
         "croissants filled with chocolate/cocoa cream: ЯШКИНО мини «шоколадный крем», 7DAYS «какао» (105 г and "
         "300 г), CHIPICAO «кр. какао» and Шарлиз «с кремом какао» (judgement: cocoa cream is how these brands "
         "title their chocolate filling); vanilla, strawberry, cherry and варёная сгущёнка croissants excluded"),
        ("масло крестьянское 72.5 пачку", acc(pyaterochka=["3658095"]),
         "butter 72.5%: Брест Литовск «Масло сливочное 72,5%» 180 г (outside knowledge: 72.5% is the «Крестьянское» "
         "class of butter); 82/82.5% butter and chocolate butter 62% excluded"),
        ("кофе в зернах арабика", acc(
            pyaterochka=["2073687", "3434095", "3431276", "45169"],
            magnit=["105001"]),
         "coffee beans sold as arabica: PAULIG Arabica 1 кг and 250 г, Черная карта Арабика, and Lavazza Qualità Oro "
         "beans (outside knowledge: a 100% arabica blend); beans without arabica in the title (Jacobs Monarch, "
         "Ambassador Nero, Egoiste Velvet, Paulig Classic, Venetto, Черная карта 800 г, J.Meinl, Piazza del Caffe), "
         "ground arabica (Восэба) and Магнит ready drinks «… зерновой 230мл» excluded"),
    ]),
    # fzo09 office snack drawer
    ("каша овсяная быстрого приготовления в пакетиках, изюм светлый без косточки, грецкий орех очищенный", [
        ("каша овсяная быстрого приготовления в пакетиках", acc(pyaterochka=["3932885", "3659899"]),
         "instant oat porridge in portion sachets: Быстров «без варки» ассорти 228 г and Ясно Солнышко с лесными "
         "ягодами 270 г (outside knowledge: both are boxes of single-serve sachets; titles do not say «в пакетиках»); "
         "rolled oats, baby dry porridges (Nestlé, Heinz, Фрутоняня, ТЕМА) and ready-to-drink baby porridge excluded"),
        ("изюм светлый без косточки", NONE,
         "missing everywhere: no raisins sold on their own; nut-raisin mixes, raisin cookies and chocolate excluded"),
        ("грецкий орех очищенный", acc(pyaterochka=["3915361", "3982582"]),
         "shelled walnuts: BOTANICA «Ядро ореха грецкого» and «Грецкий орех Mix Bar 100г» (outside knowledge: a "
         "100 g snack bag of kernels); Магнит «Орех грецкий, неочищенный», walnut jam, chocolate and bars excluded"),
    ]),
    # fzo10 child's snacks
    ("сырки глазированные б.ю. александров, даниссимо клубничный, какао несквик 500г, молочко детское", [
        ("сырки глазированные б.ю. александров", acc(
            pyaterochka=["3378597", "4015226", "3601367", "3410456", "3472523", "3689778", "3646108", "3656310"]),
         "glazed curd snacks of Б.Ю. Александров: «Сырок» ваниль, в белом шоколаде, «Картошка», фисташки, «Суфле», "
         "«Дес. … гл. тв.» with biscuit, «Нуга гл. в мол. шок.» and «Десерт ЧИЗКЕЙК твор.» (outside knowledge: the "
         "40 g Нуга and Чизкейк are the brand's chocolate-glazed сырки); the brand's «Брауни» biscuit, РАЭ and "
         "Свитлогорье сырки (other brands) excluded"),
        ("даниссимо клубничный", NONE,
         "missing everywhere: Даниссимо offered only as Фантазия (карамель, шарики), curd products (манго-маракуйя, "
         "фисташковое/крем-брюле/орех-клён мороженое) and drinks (смородина, манго); none is strawberry"),
        ("какао несквик 500г", acc(magnit=["167811"]),
         "Nesquik cocoa drink 500 г; Nesquik 128 г / 135 г (size), Nesquik cereals and chocolate excluded"),
        ("молочко детское", acc(
            pyaterochka=["3507208", "3613025", "3645808", "3645807", "3694630"],
            perekrestok=["50cb0959f8", "31aa236aad", "76055bf243", "35ac60eec2", "aa8a2f9d5e", "3645807"]),
         "children's drinking cow milk: Агуша «от 3 лет», Сарафаново «детское» (Пятёрочка «Молоко Сарафаново … 3,2%» "
         "3645807 is the id Перекрёсток titles «Молоко детское»), Маша и Медведь (outside knowledge: a milk for "
         "children's nutrition); dry formula NESTOGEN «детское молочко» (a powder, not milk to drink), milkshakes, "
         "baby porridges and children's cream excluded"),
    ]),
    # fzo11 healthy breakfast
    ("хлебцы гречневые dr korner, авокадо хасс спелое, семга слабосоленая ломтики", [
        ("хлебцы гречневые dr korner", NONE,
         "missing everywhere: Dr.Korner offered only as кукурузно-рисовые (прованские травы, карамель) and «Злаковый "
         "коктейль»; buckwheat flakes and other crispbreads excluded"),
        ("авокадо хасс спелое", acc(pyaterochka=["3148279"], magnit=["168561"], perekrestok=["3356275", "3948371"]),
         "fresh Hass avocados (Global Village 2 шт, Магнит 2 шт, Перекрёсток «Хасс спелое» and «Хасс Перу» 700 г); "
         "«спелое» is read as a wish, not a filter; avocados without Hass in the title (Магнит «Авокадо, 100 г», Puro "
         "Gusto), Дикси (out of stock) and avocado oil excluded"),
        ("семга слабосоленая ломтики", acc(perekrestok=["3387453"]),
         "lightly salted salmon (сёмга) slices: Русское Море «филе-ломтики слабосолёная»; сёмга филе-кусок, trout "
         "(форель) slices, salmon salads, caviar and salmon-flavoured croutons excluded"),
    ]),
    # fzo12 sandwiches
    ("сыр российский самый дешевый, ветчинка нарезка, помидорки черри на веточке", [
        ("сыр российский самый дешевый", acc(pyaterochka=["4046889"], perekrestok=["3668842"]),
         "«Российский» cheese (Брест-Литовск российский 50%, Зелёная Линия нарезка); other semi-hard cheeses and "
         "Российский chocolate/cognac excluded; «самый дешевый» is a wish"),
        ("ветчинка нарезка", acc(perekrestok=["4400358", "4195681"]),
         "sliced ham: Черкизово and Клинский «Ветчина … для тостов» (outside knowledge: sold sliced for toast); hams "
         "in a piece (Для завтрака, по-Черкизовски, Столичная, Велком, Вязанка, Балтийская, Экстра, 0.33–0.5 кг), "
         "Индилайт (slicing not stated), canned ham and other sliced meats (буженина, карбонад) excluded"),
        ("помидорки черри на веточке", acc(perekrestok=["3673307"]),
         "cherry tomatoes on the vine (Перекрёсток «Томаты черри на ветке»); loose cherry/«Медовые» cherry, Магнит "
         "«Томаты на ветке 1 кг» (not cherry) and other tomatoes excluded"),
    ]),
    # fzo13 granola bowl
    ("гранола с ягодами, йогурт греческий натуральный 2%, черника замороженая, мед гречишный жидкий", [
        ("гранола с ягодами", acc(pyaterochka=["3691085"]),
         "granola with berries: KELLOGGS Extra «Гран-мюс. орех/фрукт/яг.»; the milk-chocolate one, plain muesli and "
         "Слобода yoghurt «с гранолой» excluded"),
        ("йогурт греческий натуральный 2%", acc(
            perekrestok=["4324114", "3601417", "3697856", "4326197", "4326198"]),
         "plain Greek yoghurt of exactly 2%: Neo «классический без сахара», Teos «Греческий» 140/250 г, Простоквашино "
         "«Греческий» 135/235 г (judgement: Greek yoghurts with no flavour named taken as natural); Зелёная Линия "
         "натуральный 4% (fat), Пятёрочка «Греческий» 2% with cherry/blueberry filling and Viola malina-mint 3% "
         "excluded"),
        ("черника замороженая", NONE,
         "missing everywhere: no frozen bilberries/blueberries; fresh голубика, berry mixes, blueberry yoghurts, "
         "bars and tea excluded"),
        ("мед гречишный жидкий", NONE,
         "missing everywhere: no buckwheat honey; flower honeys (разнотравье, липа, Южный цветок) and крем-мёд "
         "excluded"),
    ]),
    # fzo14 tea break
    ("гринфилд зеленый чай пакетики, печенье юбилейное с молоком, вафли артек 2 пачки", [
        ("гринфилд зеленый чай пакетики", NONE,
         "missing everywhere: Greenfield offered only as black teas (Spring Melody, Kenyan Sunrise, Redberry Crumble, "
         "Earl Grey Fantasy, Golden Ceylon) and the mate drink «Spirit Mate»; other brands' green tea excluded"),
        ("печенье юбилейное с молоком", acc(pyaterochka=["4027701"], perekrestok=["4371424"]),
         "Юбилейное «молочное» biscuits (both glazed); traditional, oat, cranberry, blueberry, whole-grain, "
         "strawberry, chocolate, nut, lenten Юбилейное and Юбилейное mini-cakes excluded"),
        ("вафли артек 2 пачки", NONE,
         "missing everywhere: no Артек wafers; Яшкино, Коломенское, Коровка, Зерница, VARNA, Аладушкин wafers "
         "excluded"),
    ]),
    # fzo15 coffee at work
    ("кофе якобс монарх растворимый 150г, сливки 10 процентов для кофе, сахар 1кг песок", [
        ("кофе якобс монарх растворимый 150г", acc(pyaterochka=["3372172"]),
         "Jacobs Monarch instant coffee 150 г: «Jacobs Monarch Intense, растворимый, 150 г»; Monarch instant 95/240 г "
         "(size), Monarch beans/ground, Jacobs Gold/Millicano/Velour/Crema excluded"),
        ("сливки 10 процентов для кофе", acc(
            pyaterochka=["3634638"], magnit=["476dabe99f"], perekrestok=["4178852"]),
         "drinking cream of exactly 10% (Домик в деревне, Молочный знак, Сарафаново children's 10%); 11% lactose-free, "
         "20/33% cream and dry creamers excluded"),
        ("сахар 1кг песок", NONE,
         "missing everywhere: no granulated white sugar; Магнит «Сахар белый прессованный 1кг» (cubes) and Демерара "
         "500 г excluded"),
    ]),
    # fzo16 omelette
    ("яйца перепелиные 20 шт, бекон в нарезке, моцарелла для омлета", [
        ("яйца перепелиные 20 шт", acc(perekrestok=["4321659"]),
         "quail eggs, pack of 20 (Маркет); chicken eggs and salads with quail egg excluded"),
        ("бекон в нарезке", acc(
            pyaterochka=["3443644", "3445554", "3655098", "3649921", "4020279"],
            perekrestok=["3443644", "3445554", "4420883", "4225967"]),
         "packaged bacon: Дымов «нарезка» and the 150–200 g packs of Велком, Cortador, Market Collection and the "
         "unbranded «бекон с/к 150 г/180 г» (judgement, as in fresh_basket_eval_zh: packaged bacon of 150–260 g is "
         "sold sliced); pancetta (Шейка-Балык-Бекон), грудинка and bacon-flavoured croutons excluded"),
        ("моцарелла для омлета", acc(
            pyaterochka=["3669895", "3433594", "3976999"],
            perekrestok=["4418717", "4111694", "15105", "3025963", "4078445", "3433594", "3453245", "4263132",
                         "4263131", "4121963", "4121964", "4050804", "4377381", "4377387", "3432218", "3432217",
                         "3480834", "3958444"]),
         "any mozzarella cheese (balls, mini, ciliegine, grated, sticks, for pizza/sandwiches, lactose-free); Galbani "
         "«Сыр плавленый ломтевой Моцарелла» (processed), burrata and other cheeses excluded; «для омлета» is a "
         "purpose, not a filter"),
    ]),
    # fzo17 syrniki morning
    ("сырники замороженные с изюмом, сгущеночка рогачевская, сметанка 20% в стаканчике", [
        ("сырники замороженные с изюмом", NONE,
         "missing everywhere: Перекрёсток «Сырники с изюмом» Select is a chilled ready dish (not frozen), От Ильиной "
         "«Сырники по-домашнему п/ф зам.» have no raisins; fried Select and Зелёная Линия syrniki excluded"),
        ("сгущеночка рогачевская", NONE,
         "missing everywhere: the only Рогачёв products are boiled condensed milk (Магнит «Рогачев, вареное», "
         "Пятёрочка «Егорка» вареное) — варёная сгущёнка is its own product, as in the earlier sets; Алексеевское "
         "sweetened condensed milk (other brand) excluded"),
        ("сметанка 20% в стаканчике", acc(
            pyaterochka=["3664287"],
            perekrestok=["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                         "58101", "3293409", "4349770"]),
         "sour cream of exactly 20%; no title states the pack form, all are taken as cups (judgement); 15/25/30% "
         "and sour-cream crisps excluded"),
    ]),
    # fzo18 lunchbox snacks
    ("батончики мюсли, сок апельсиновый 1л без мякоти, мандарины абхазия, творожки чудо", [
        ("батончики мюсли", acc(pyaterochka=["3671314", "3965897", "3430184"]),
         "cereal (muesli) bars: Corny Big белый шоколад and черника, NESTLE FITNESS «Батонч. КЛУБН. с цел. зл.»; "
         "fruit-nut Fitofruit, protein SmartBar/Bombbar, SLIM BITE fruit bar, chocolate bars and muesli cookies "
         "excluded"),
        ("сок апельсиновый 1л без мякоти", NONE,
         "missing everywhere: J7 orange juice 970 ml is «с мякотью» (Перекрёсток) or does not state pulp (Магнит "
         "0,97 л); 0.3 l J7, Swell 0.75 l, nectars and multi-fruit juices excluded"),
        ("мандарины абхазия", NONE,
         "missing everywhere: mandarins offered are from Morocco, China or of unstated origin; the origin written is "
         "required"),
        ("творожки чудо", acc(pyaterochka=["4037144", "3644387"], magnit=["168171"]),
         "Чудо «Творожок» curd desserts of any flavour (апельсин, малина-ежевика, клубника-земляника); Чудо yoghurts, "
         "milkshakes and other brands' curds excluded"),
    ]),
    # fzo19 quick sandwiches
    ("хлеб зерновой, паштет печеночный из курицы, творожный сыр альметте сливочный", [
        ("хлеб зерновой", acc(pyaterochka=["3455615"]),
         "grain bread: «Хлеб зерновой, Ржаной Край»; rye-wheat, Даниловский, Марьин, grain crispbreads (хлебцы 5 "
         "злаков) excluded"),
        ("паштет печеночный из курицы", NONE,
         "missing everywhere: no pâté stated to be of chicken liver; Главпродукт «Паштет печеночный со сливочным "
         "маслом» and Егорьевская «Паштет из печени» (animal not stated), Hame «с мясом птицы» (not liver), goose-"
         "liver, duck, fish and Argeta turkey pâtés excluded"),
        ("творожный сыр альметте сливочный", acc(perekrestok=["16401"]),
         "Almette «Сливочный» cream cheese; Almette с зеленью / с огурцами, Hochland/Violette/Valio/Савушкин "
         "сливочный (other brands) excluded"),
    ]),
    # fzo20 porridge groats
    ("манная крупа, пшено для каши, молоко 3.2 домик в деревне, масло сливочное 82% 180г", [
        ("манная крупа", acc(magnit=["a9eb0a29d1"]),
         "semolina: Магнит «Каша манная УВЕЛКА, 700г» (judgement: a 700 g pack is the dry semolina groats); baby "
         "porridges excluded"),
        ("пшено для каши", acc(pyaterochka=["3674169"]),
         "millet groats: Мистраль «Пшено ЗОЛОТОЕ 5х80г» (boil-in-bag); wheat products excluded"),
        ("молоко 3.2 домик в деревне", acc(perekrestok=["b508e73840"]),
         "Домик в деревне drinking milk of exactly 3.2% (ultra-pasteurised 925 ml); Домик в деревне топлёное 3.2%, "
         "3.5/3.7/6% and other brands' 3.2% excluded"),
        ("масло сливочное 82% 180г", acc(pyaterochka=["3963777"], magnit=["199211"], dixy=["3620233da6"]),
         "butter of 82% in 180 g packs (Простоквашино, Президент кислосливочное); 82.5% packs of 175/380/400 г "
         "(size), 72.5% and chocolate butter excluded"),
    ]),
    # fzo21 pancakes
    ("блинчики с ветчиной и сыром, ряженка 4% пол литра, киви пару штук, сыр сливочный", [
        ("блинчики с ветчиной и сыром", acc(magnit=["1000498736"]),
         "pancakes filled with ham and cheese (Магнит «Блины с ветчиной и сыром 360г»); pancakes with meat, chicken, "
         "curd, berries, plain pancakes and Чебупели excluded"),
        ("ряженка 4% пол литра", NONE,
         "missing everywhere: the only ряженка is Агуша клубника 2.9% 200 г (flavour, fat, size)"),
        ("киви пару штук", acc(perekrestok=["4045962"]),
         "fresh kiwi (Перекрёсток «Киви, 3шт»); kiwi smoothies and curds excluded"),
        ("сыр сливочный", acc(
            pyaterochka=["3435839", "3670270", "3619760", "3504112"],
            magnit=["fb96cc90aa"],
            perekrestok=["4280098", "4280100"]),
         "semi-hard cheese of the «Сливочный» variety (Тысяча Озёр, Брест-Литовск, Arla Natura incl. «Легкий»); "
         "processed «сливочный» (Viola, Valio, President, Hochland, Экомилк), cream cheeses «творожный сливочный» "
         "(Almette, Violette, Valio, Савушкин) and Hochland «Сливочный, 220 г» (outside knowledge: the Hochland "
         "220 г tub is творожный), Mlekara «А ла Каймак» and Grandblu blue cheese excluded"),
    ]),
    # fzo22 capsule coffee and croissants
    ("кофе в капсулах нескафе дольче густо, круассаны 7 days, груши конференц", [
        ("кофе в капсулах нескафе дольче густо", NONE,
         "missing everywhere: no Dolce Gusto capsules; MONARCH Lungo capsules (52 г, 10 шт, not Dolce Gusto), Nescafé "
         "instant coffee and 3-in-1 sticks excluded"),
        ("круассаны 7 days", acc(pyaterochka=["3626932", "3626933", "3621627", "3621623", "3621626", "3621621",
                                              "3621622"]),
         "every 7DAYS croissant (mini 105 г and 300 г, any filling); 7 DAYS «Мини сух. B.ROL» (bread rolls), "
         "CHIPICAO, Шарлиз and ЯШКИНО croissants excluded"),
        ("груши конференц", NONE,
         "missing everywhere: pears offered are Форелл and Магнит «Урожай»; the variety written is required"),
    ]),
    # fzo23 afternoon snacks
    ("пудинг шоколадный, йогурт activia питьевой, миндаль жареный, черносливчик без косточки", [
        ("пудинг шоколадный", NONE,
         "missing everywhere: the only pudding is GRAND DESSERT «Двойной орех»; chocolate milkshakes and curd "
         "desserts excluded"),
        ("йогурт activia питьевой", acc(pyaterochka=["4038830", "4038831", "4035472", "4035473", "4035562",
                                                     "4035564", "4035476", "4035471", "4035474"]),
         "Активиа biojoghurt in 260 г bottles, every flavour (outside knowledge: the 260 г Activia is the drinking "
         "bottle); Активиа 150 г cups (spoonable), other brands' drinking yoghurts and Актимель excluded"),
        ("миндаль жареный", NONE,
         "missing everywhere: no almonds sold on their own; Семушка nut-raisin mix, almond chocolate/sweets, almond "
         "drink excluded"),
        ("черносливчик без косточки", acc(pyaterochka=["3608001"]),
         "pitted prunes (NaturFoods «Чернослив сушеный, без косточек»); prune yoghurts, pâté and chocolate excluded"),
    ]),
    # fzo24 grandma's tea
    ("сырок плавленый дружба, колбаска сырокопченая нарезка, белый батон нарезанный, чай черный ахмад", [
        ("сырок плавленый дружба", NONE,
         "missing everywhere: «сырок» is the small processed-cheese bar and the only Дружба is Дикси «Сыр плавленый "
         "Дружба Карат 55%, 400 г» (a tub; judgement: excluded by the form written); Карат Коралл/Янтарь, Viola, "
         "President and Hochland processed cheese (other names) excluded"),
        ("колбаска сырокопченая нарезка", acc(
            pyaterochka=["3653063", "3379266", "3380222", "3380221"],
            perekrestok=["4425557", "3380222", "3380221", "3648372", "3332887", "3140747"]),
         "sliced raw-smoked (сырокопчёная, с/к) sausage: titles with «нарезка/в нарезке/нар.» (Пражская салями, "
         "Брауншвейгская, Столичная, Trio mio, Сальчичон, Салями Итальянская, Ремит Абриколет, Егорьевский сервелат "
         "имбирный) and Пятёрочка Егорьевские Брауншвейгская/Столичная 100 г (same ids Перекрёсток titles «в "
         "нарезке»); whole sticks, сыровяленые (фуэт, Casademont), варёно-копчёные sliced (Дымов Кремлёвский, "
         "Останкино Швейцарский), unsliced-or-unstated 100 г packs (Ароматная, Палермо, Совиньон) excluded"),
        ("белый батон нарезанный", acc(perekrestok=["3974714"]),
         "a sliced white loaf: Перекрёсток «Батон Нарезной нарезка»; Пятёрочка «Батон Звездный нар» (нарезной, "
         "slicing not stated), grain/rye bread and сдоба excluded"),
        ("чай черный ахмад", acc(pyaterochka=["3380948", "3470341", "3620106"], magnit=["a37d9d8522", "204561"]),
         "Ahmad Tea black tea of any kind (классический 25/100 пак., чабрец, «АНГЛИЙСКИЙ №1» бергамот 200 г — "
         "outside knowledge: English No.1 is a black tea); other brands excluded"),
    ]),
    # fzo25 sweets for tea
    ("печенюшки овсяные с изюмом, зефир белый ванильный, пряники мятные тульские, чай принцесса нури в пакетиках", [
        ("печенюшки овсяные с изюмом", NONE,
         "missing everywhere: oat cookies offered are plain «Классическое», with chocolate, Юбилейное овсяное, "
         "Хлебный спас «Злаковое ассорти»/«Особое»/«Мультизлаковое» apple-cinnamon and «Миндальное овсяное» — none "
         "with raisins; «Каскад Злаковое клюква и изюм» and «Печенье злаковое МЮСЛИ» are not oat cookies"),
        ("зефир белый ванильный", NONE,
         "missing everywhere: vanilla zefir offered only glazed (Шарлиз «глазированный ваниль», «в шоколадной "
         "глазури» 1 кг, Белевский «с ароматом ванили гл.»); strawberry, apricot-mango, Антоновка, blackcurrant "
         "zefir and marshmallows for desserts excluded"),
        ("пряники мятные тульские", NONE,
         "missing everywhere: Яшкино «Пряники мятные» are not Tula pryaniki and the only «Тульский пряник» has "
         "marzipan filling; other pryaniki excluded"),
        ("чай принцесса нури в пакетиках", acc(pyaterochka=["3950803"]),
         "Принцесса Нури tea bags («Завтрак в Бенгалии» 100 пак.); Принцесса Канди (other line) excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzo"))
