#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yl.jsonl -- shopping lists written as a spouse's precise instructions for
the other (exact brands, sizes, fat percentages, counts, 'the one in the blue pack', 'not that one'),
hand-labelled against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yl.build.py

LISTS below is literal data: 25 lists (3-5 items, 95 items) copied byte for byte from
fresh_basket_eval_yl.blind_lists.txt (written before any offer was read), and for every item the product
ids of every in-stock offer per store that a reasonable shopper who wrote exactly that item would accept.
Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations,
Latin and Cyrillic brand spellings, ё/е) and read one by one; the note of each item records what was
accepted, what was deliberately left out and any judgement that rests on outside knowledge.  An empty
list means the store has nothing acceptable (the item is "missing" there).  Nothing of the tool itself
(its matcher, data or other sets' labels) was read.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock, no id repeats within an item, every item has a note, the labels are exactly the list's items in
order -- and writes the JSONL; list ids are fyl01, fyl02, ... in LISTS order, split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yl.jsonl")


def acc(p=(), m=(), d=(), x=()):
    """Accepted ids per store, in the fixed store order."""
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(x)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyl01 dairy + eggs + bread, blue-pack milk
    ("молоко простоквашино 3.2% в синей пачке, творог 9% не обезжиренный, яички с0 десяток только не коричневые, хлебушек бородинский нарезаный", [
        ("молоко простоквашино 3.2% в синей пачке", acc(x=["4259100", "e2d5d93f2a"]),
         "Простоквашино drinking milk 3.2 % (pasteurised 1.4 l, UHT 950 ml); «в синей пачке» read as a remark about "
         "the brand's blue packaging, not a filter (pack colour is in no title). Excluded: Простоквашино топлёное 3.2 % "
         "(Перекрёсток, and Пятёрочка «ПРОСТОКВ.Молоко топленое»), 2.5/1.5 %, «отборное 3.4-4.5 %», безлактозное 1.5 %, "
         "and 3.2 % milks of other brands"),
        ("творог 9% не обезжиренный", acc(p=["3634733"], x=["4185866", "4216658"]),
         "cottage cheese 9 % exactly (Вкуснотеево 300 g; Молочный знак 180 g and «традиционный» 800 g). Excluded 5 %, "
         "5.5 % мягкий, 0.1/0.5 % (the «не обезжиренный» exclusion), 3 %, 4 % зерненый, curd desserts, творожный сыр"),
        ("яички с0 десяток только не коричневые", acc(p=["3620510"], x=["3634491", "44323", "3062835"]),
         "hen eggs of class С0/СО/«отборные» in packs of 10: Пятёрочка Волжское Утро отборные 10 шт, Перекрёсток СО "
         "Маркет, Роскар «Экстра СО», Окское СО. No title states shell colour, so «не коричневые» excludes nothing "
         "found. Excluded: С1 packs (Лето 20 шт, Село Зелёное, Маркет С1, Окское С1, активита С1), Волжанин отборные "
         "6 шт (not a десяток), quail eggs, Kinder eggs"),
        ("хлебушек бородинский нарезаный", acc(),
         "no Borodinsky bread in any store; «ЩЕДРЫЕ Хлебцы тонкие бородинские» (crispbread), колбаса «Бородинская» and "
         "the brand «Мясной дом Бородина» excluded"),
    ]),
    # fyl02 butter, sour cream, kefir, cheese
    ("маслице сливочное 82.5 только не спред, сметанку домик в деревне 20%, кефир 2.5 литровый, сыр российский кусочком грамм 300", [
        ("маслице сливочное 82.5 только не спред", acc(p=["3948153", "4063188", "3612680", "3953367"]),
         "butter with exactly 82.5 % fat: Пятёрочка «Традиционное» 175 g, «Сладко-сливочное традиционное» 380 g, "
         "Вкуснотеево 400 g, Тысяча озёр 400 g. Excluded: 82 % butters (Простоквашино in Магнит/Дикси, Президент "
         "кислосливочное) since the written 82.5 must match, Брест-Литовск 72.5 %, chocolate butter 62 %; no spread found"),
        ("сметанку домик в деревне 20%", acc(p=["3664287"], x=["3664287"]),
         "Домик в деревне sour cream 20 % (300 g). Excluded its 15 % and 25 %, other brands' 20 %, the Домик в деревне "
         "cream 20 %"),
        ("кефир 2.5 литровый", acc(),
         "no kefir at all in the recorded offers (grepped «кеф»); kefir-like «Имунеле», ряженка, yoghurt drinks not accepted"),
        ("сыр российский кусочком грамм 300", acc(p=["4046889"]),
         "Российский cheese as a piece: Пятёрочка Брест-Литовск «российский 50%» 200 g (a block). «грамм 300» read as "
         "the amount wanted, not a pack filter. Excluded: Перекрёсток «Сыр Российский нарезка» (sliced; the user asked "
         "for a piece), other semi-hard cheeses, «Российский» chocolate and cognac"),
    ]),
    # fyl03 coffee, tea, sugar, biscuits
    ("кофе якобс монарх растворимый в стеклянной банке, чай greenfield зеленый в пакетиках, рафинад белый не тростниковый, печенье юбилейное с глазурью", [
        ("кофе якобс монарх растворимый в стеклянной банке", acc(m=["106231"]),
         "Jacobs Monarch instant in a glass jar: Магнит «Jacobs Monarch, сублимированный, 95 г" "» taken as the 95 g glass "
         "jar (outside knowledge: Monarch instant 95 g is sold in jars, 150/240 g in soft packs). Excluded: Monarch 240 g "
         "(Пятёрочка, Магнит) and Monarch Intense 150 g as soft packs, Monarch beans/ground/Lungo capsules, Jacobs "
         "Millicano/Gold/Velour/Crema"),
        ("чай greenfield зеленый в пакетиках", acc(),
         "no Greenfield green tea: all Greenfield titles are black (Spring Melody, Kenyan Sunrise, Golden Ceylon, Earl Grey "
         "Fantasy, Redberry Crumble) or the mate drink; green teas of other brands excluded"),
        ("рафинад белый не тростниковый", acc(m=["07d5c3205d"]),
         "refined lump sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг» (pressed white sugar = рафинад, outside "
         "knowledge). Excluded: Демерара cane sugar (the named exclusion), сахарная пудра, sweets"),
        ("печенье юбилейное с глазурью", acc(p=["4027701", "4027703"], m=["723991a07f", "199331"], x=["4371424"]),
         "Юбилейное biscuits stated «с глазурью» (витаминизированное молочное/витаминизированное с глазурью 232 g; "
         "Магнит витаминизированное 116 g and Ореховое 116 g; Перекрёсток молочное с глазурью 348 g). Excluded Юбилейное "
         "without glaze in the title: традиционное, постное, овсяное, клюква, черника, с цельнозерновыми злаками, "
         "земляничное, «со вкусом шоколада»; Юбилейное mini-cakes; J.Meinl «Юбилейный» coffee"),
    ]),
    # fyl04 laundry + dishwasher
    ("порошок ariel автомат колор, кондиционер ленор концентрат, таблетки для пмм finish, губки для посуды поролоновые штук 5", [
        ("порошок ariel автомат колор", acc(p=["2087255"], m=["168231"]),
         "Ariel Color washing powder for automatic machines (3 kg, 6 kg). Excluded Ariel liquids/gels/capsules, Ariel "
         "powders «Touch of Lenor» and «аромат масла ши» (not Color), other brands' color powders"),
        ("кондиционер ленор концентрат", acc(p=["3465388", "3669625", "4025712"], m=["203041", "159881", "205131"]),
         "Lenor fabric conditioner, concentrated: Пятёрочка titles say «конц.»/«Концентрированный»; Магнит Lenor 2 l "
         "миндальное масло, 1.8 l золотая орхидея, 1 l альпийские луга accepted as concentrates although the title does "
         "not say so (outside knowledge: Lenor conditioners are sold as concentrates). Excluded Vernel, «Е», Tide Lenor "
         "powder, Ariel Touch of Lenor, hair conditioners"),
        ("таблетки для пмм finish", acc(p=["3925971", "3955097", "3948780"], m=["106111"]),
         "Finish dishwasher tablets (Powerball All in 1 Max 50/65, Лимон 65; Magnit All in 1 50). Somat excluded"),
        ("губки для посуды поролоновые штук 5", acc(),
         "no sponges in any store (grepped губк/поролон)"),
    ]),
    # fyl05 paper, bags, dish soap
    ("туалетка zewa 3 слоя 8 рулонов, полотенца бумажные, мешки мусорные 60л с завязками, фейри с лимоном для посуды", [
        ("туалетка zewa 3 слоя 8 рулонов", acc(p=["4059050"]),
         "Zewa toilet paper, 3 ply, 8 rolls: Zewa Deluxe 3 сл. 8 рул. Excluded Zewa Just 1 (4 ply, 8 and 4 rolls), Zewa "
         "Plus 2 ply 12 rolls (Пятёрочка, Магнит), Zewa moist toilet paper, Papia 3 ply 8 rolls (other brand)"),
        ("полотенца бумажные", acc(p=["3449212", "3601010", "3431062"]),
         "paper kitchen towels of any brand (Papia, Familia, Zewa). Napkins, handkerchiefs excluded"),
        ("мешки мусорные 60л с завязками", acc(),
         "no 60 l bags with ties: Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт 8,5мкм» does not say «с завязками» "
         "(plain roll bags; the ties are a written requirement) and Магнит 35 l «ушки» is the wrong size; excluded"),
        ("фейри с лимоном для посуды", acc(p=["3501026", "3500750"]),
         "Fairy washing-up liquid «Сочный лимон» (900 ml, 450 ml). Excluded Fairy Platinum (incl. Ледяная свежесть), Fairy "
         "Нежные руки, AOS Лимон (other brand), Finish tablets"),
    ]),
    # fyl06 beer night
    ("пивко жигулевское 0.5 4 банки, лейс со вкусом краба большую пачку, фисташки жареные соленые", [
        ("пивко жигулевское 0.5 4 банки", acc(),
         "no Жигулёвское beer in any store; other beers excluded"),
        ("лейс со вкусом краба большую пачку", acc(),
         "Lay's crab exists only in small packs (Пятёрочка 50 g and 85 g «Королевский краб», Магнит 90 g); «большую пачку» "
         "names the large pack (140 g+), so none accepted. Excluded Pringles краб, Русская картошка краб, Lava Lava, "
         "Хрусteam краб, crab sticks"),
        ("фисташки жареные соленые", acc(p=["3933060", "4073982"], m=["f692308d66"]),
         "roasted salted pistachios (Пятёрочка weighed «обжаренные подсоленные» and Джаз 130 g; Магнит Восточный гость "
         "150 g). Excluded pistachio sweets, curd snacks and yoghurt"),
    ]),
    # fyl07 drinks
    ("сок добрый апельсин 1л, вода святой источник без газа 1.5, колу добрый 2л не зеро, лимонад черноголовка дюшес", [
        ("сок добрый апельсин 1л", acc(),
         "no Добрый orange juice of 1 l: Магнит «ДОБРЫЙ Нектар апельсиновый 0,3л» is a nectar in 0.3 l, Перекрёсток «Нектар "
         "Добрый Апельсин Мандарин 1.45л» a mixed nectar, «Добрый Апельсин» 1.5 l a soda; excluded"),
        ("вода святой источник без газа 1.5", acc(x=["1913"]),
         "Святой источник still water 1.5 l. Excluded its 0.5 l, the sparkling 1.5 l and 1 l, and the children's "
         "«Светлячок» 0.33 l"),
        ("колу добрый 2л не зеро", acc(),
         "no Добрый Cola in 2 l: only 0.25 l, 0.5 l, 1 l «с пониженной калорийностью» and 1.5 l (без сахара, ваниль); all "
         "excluded (size named; «без сахара» also the named exclusion)"),
        ("лимонад черноголовка дюшес", acc(m=["251a372cbc", "e68424b7d0", "213721"], x=["3141247"]),
         "Черноголовка Дюшес in any size (Магнит 1 l, 0.5 l, 2 l; Перекрёсток 2 l). Excluded Черноголовка Лимонад/Байкал/"
         "Тархун/Крюшон/Кола/Мандарин, Kinder Land Дюшес, «шипучка» candy"),
    ]),
    # fyl08 sauces
    ("майонез слобода 67 не легкий, кетчуп heinz томатный не острый, горчичку русскую острую", [
        ("майонез слобода 67 не легкий", acc(p=["3193489", "3163111"], m=["104941"], x=["4412152", "2108609", "3674577", "3193489", "3163111"]),
         "Слобода mayonnaise 67 % (Провансаль and оливковый, any size). Пятёрочка «Майонез Оливковый, Слобода, 800 мл» has no "
         "% in its title but is the same id Перекрёсток titles «Слобода оливковый 67%, 800мл»; accepted. Excluded Слобода "
         "ketchup, sauce, oil, yoghurt and other brands' 67 %"),
        ("кетчуп heinz томатный не острый", acc(p=["4086400"]),
         "Heinz «Томатный» ketchup 342 g. Excluded Heinz «Кетчуп томат. с горч.» (another variety), Heinz sauces (чили, "
         "кисло-сладкий, терияки, Salsa, Cherry…), Heinz mayonnaise and tomato paste, other brands' tomato ketchups"),
        ("горчичку русскую острую", acc(p=["3435016"]),
         "Махеевъ «Горчица РУССКАЯ» 140 g — Russian mustard is the hot kind (outside knowledge), so «острую» is met. "
         "Excluded French mustard, mustard-flavoured snacks"),
    ]),
    # fyl09 groats and pasta
    ("гречку мистраль ядрица, рис басмати националь, спагетти barilla номер 5, геркулес не быстрого приготовления", [
        ("гречку мистраль ядрица", acc(),
         "no Мистраль buckwheat groats: Пятёрочка «Хлопья гречневые, Мистраль» are flakes; Prosto крупа гречневая is another "
         "brand; excluded"),
        ("рис басмати националь", acc(m=["7936bf2f6b"]),
         "Националь Basmati 500 g. Excluded Мистраль Basmati (other brand), Националь Адриатика/Лазер/для плова"),
        ("спагетти barilla номер 5", acc(p=["4037644"]),
         "Barilla «СПАГЕТТИ» 450 g taken as n.5 (outside knowledge: Barilla's plain Spaghetti is n.5). Excluded Barilla "
         "Капеллини, Пенне, Пипе, Джирандоле, «Spaghetti n.3» of another brand, Federici and no-name spaghetti"),
        ("геркулес не быстрого приготовления", acc(p=["4027131", "3472901"]),
         "rolled oats that need cooking: Клинские «Геркулес» 500 g and Увелка «Хлопья зерн. овсян. трад.» (traditional "
         "oat flakes = геркулес, judgement). Excluded «каша овсяная, не требующая варки» (the named exclusion), Велле "
         "fermented oat products, baby oat porridges, oat biscuits"),
    ]),
    # fyl10 sandwiches
    ("сосиски вязанка молочные, колбаса докторская папа может, сыр плавленый hochland треугольнички, ветчинку в нарезке", [
        ("сосиски вязанка молочные", acc(),
         "no sausages titled Вязанка: Магнит «Сосиски Молочные, 0,33/0,65 кг» name no brand (Магнит names Вязанка where it "
         "sells it), Велком «Сосиски молочные» is another brand; Вязанка колбаса/ветчина/наггетсы excluded"),
        ("колбаса докторская папа может", acc(),
         "no Папа может Докторская: Папа может sells only «Мясная», «Филейная», сервелаты and шпикачки here; other brands' "
         "Докторская excluded"),
        ("сыр плавленый hochland треугольнички", acc(),
         "no Hochland triangles: Магнит Hochland «плавленый, сливочный 400 г» is a tub, Пятёрочка «Сыр Hochland. Сливочный, "
         "220 г» and Перекрёсток Hochland творожный/Грюнландер are not triangles; excluded"),
        ("ветчинку в нарезке", acc(x=["4400358", "4195681"]),
         "sliced ham: Перекрёсток Черкизово «для тостов» 100 g and Клинский «Для тостов» 210 g (toast ham is sold sliced, "
         "outside knowledge). Excluded ham sticks/pieces (Пятёрочка МДБ «кусок», Велком, Черкизовская, Рублевский/Мираторг "
         "«для завтрака», Вязанка, Магнит Столичная), canned ham, Индилайт 120 g and Бахрушинъ 400 g (slicing not stated), "
         "ham-flavoured goods"),
    ]),
    # fyl11 dairy desserts
    ("йогурт активия без добавок, даниссимо ванильный, сырки б.ю. александров в молочном шоколаде, ряженочку 4%", [
        ("йогурт активия без добавок", acc(p=["4035474"]),
         "plain Activia: «Биойогурт … AсtiRegularis, Активиа 2,4% 260г» (no flavour named). Excluded every Activia with "
         "fruit, prunes or cereals, unbranded bio-yoghurts and other yoghurts"),
        ("даниссимо ванильный", acc(),
         "no vanilla Даниссимо: only Даниссимо Фантазия, fruit «продукт творожный» and drinkable cocktails; excluded"),
        ("сырки б.ю. александров в молочном шоколаде", acc(p=["3410456", "3378597", "4015226"]),
         "Б.Ю. Александров glazed curd bars in milk chocolate: ванильный 5 %, «КАРТ. в м/шок. 20%», с фисташками «в молоч. "
         "шокол.». Excluded the bar in white chocolate, «Суфле глазированный» (coating not stated) and the brownie"),
        ("ряженочку 4%", acc(),
         "no ряженка 4 %: the only ряженка is Агуша клубника 2.9 %; excluded"),
    ]),
    # fyl12 dinner meat and veg
    ("куриное филе охлажденное не замороженое, фарш говяжий не свино-говяжий, картошку 2кг, лук репчатый желтый не красный", [
        ("куриное филе охлажденное не замороженое", acc(p=["3963723", "2160069"], x=["4328961", "2160069", "2173555", "3658841", "4306577"]),
         "chilled chicken breast fillet: Первая свежесть филе грудки (750 g, 1 kg), Зелёная Линия, Петелинка, Троекурово, "
         "Петелинка «филе малое» (inner breast fillet). Excluded «Куриная грудка без кожи» (bone-in breast, not fillet) of "
         "Первая свежесть and Петелинка, thigh fillets, baked/grilled breast fillets, turkey and duck fillets, whole birds"),
        ("фарш говяжий не свино-говяжий", acc(p=["3447375", "3398465", "4065830"]),
         "beef mince: Мираторг говяжий, Рестория Говяжий, Останкино говяжий. Excluded Мираторг свино-говяжий (the named "
         "exclusion), Самсон «Домашний», Ближние горки «Деревенский», Петелинка (chicken), Пава Пава (turkey), Магнит свиной"),
        ("картошку 2кг", acc(m=["199751", "168701", "168671", "109571", "107511"], d=["72aaa021b7"], x=["2099571", "3646068"]),
         "fresh potatoes of any kind and pack (мытый 2.5 kg, новый урожай, для жарки/для варки 3 kg, красный, молодой); "
         "«2кг» is the amount wanted. Excluded chips, starch, ready dishes"),
        ("лук репчатый желтый не красный", acc(),
         "no yellow onion: Магнит красный 500 g, Ялтинский (red), «Светофор» (mixed colours incl. red); Перекрёсток красный, "
         "белый (not yellow), Ялтинский, салатный, шалот, зелёный; all excluded"),
    ]),
    # fyl13 bathroom
    ("шампунь хед энд шолдерс ментол, зубную пасту splat, гель для душа palmolive, дезик rexona женский", [
        ("шампунь хед энд шолдерс ментол", acc(m=["acec144b5f"]),
         "Head & Shoulders menthol shampoo: Магнит «Шам2в1 МентОсв/ЭнерОкеан Микс 400мл» (an assortment card covering "
         "Ментоловая свежесть). Excluded H&S «Основной уход» (Пятёрочка 900 ml, Магнит 400 ml, Перекрёсток 360 ml), "
         "Supreme Укрепление shampoo and conditioner, Clear and other anti-dandruff shampoos"),
        ("зубную пасту splat", acc(p=["3230372", "3691935", "3480375"], m=["32cc6f1bd5"]),
         "every Splat toothpaste (Special Blackwood, Чёрный лотос, Professional, and Splat Junior for children — the brand "
         "plus product word accepts every variant). Excluded Splat toothbrushes and other brands"),
        ("гель для душа palmolive", acc(p=["4024923", "3440044", "3626165"]),
         "Palmolive shower gels (Натурэль гель-крем, Men Спорт 750 ml, Men 3в1). Excluded Магнит Palmolive gift set (gel + "
         "soap) as a set, other brands"),
        ("дезик rexona женский", acc(p=["3479534", "3479535", "3928499", "3955496", "3444774", "3479541"], m=["b541fbdab4", "214561"]),
         "Rexona women's antiperspirants, any format (aerosols Прозрачный кристалл, Яркий букет, Нежно и сочно, Ярко и "
         "цветочно; stick Сухость пудры; roll-on Прозрачный кристалл; Магнит «антибакт свеж жен», «секси/яркий букет, "
         "женский»). Rexona without Men taken as the women's line (no Rexona Men on offer). Excluded Nivea, AXE, Old Spice"),
    ]),
    # fyl14 baby
    ("подгузники pampers 4 размер, влажные салфетки huggies, пюрешку фрутоняня яблочко, кашу nestle гречневую безмолочную", [
        ("подгузники pampers 4 размер", acc(p=["3680541", "3447848"]),
         "Pampers size 4: Premium Care pants р4 38 шт and Pampers Pants «Maxi» 52 шт (Maxi = size 4, outside knowledge); "
         "pants accepted as diapers (titles call them подгузники-трусики). Excluded Pampers sizes 3, 5 (Junior), 6 "
         "(Extra Large), Huggies and Kokoro size 4"),
        ("влажные салфетки huggies", acc(),
         "no Huggies wipes (Huggies only as diapers); other wet wipes excluded"),
        ("пюрешку фрутоняня яблочко", acc(),
         "no plain apple ФрутоНяня puree: ФрутоНяня purees are meat, fish, vegetables, «яблок/малины со сливками», «ябл/"
         "банан/груш с печеньем»; ФрутоНяня apple pieces (dried), nectars; Агуша/Heinz/Gerber/Сады Придонья apple purees "
         "are other brands; all excluded"),
        ("кашу nestle гречневую безмолочную", acc(p=["3415416"]),
         "«NESTLE Каша ГРЕЧНЕВАЯ сухая безмол. 200г». Excluded Nestlé milk porridges, Тема buckwheat milk porridge, "
         "ready buckwheat dishes"),
    ]),
    # fyl15 cat
    ("вискас паучи с говядиной, наполнитель для лотка древесный гранулы, корм для кота сухой purina one", [
        ("вискас паучи с говядиной", acc(m=["109231"]),
         "Whiskas wet food with beef: Магнит «Whiskas, с говядиной, мини-филе, 85 г» (85 g Whiskas is a pouch, outside "
         "knowledge). Excluded Whiskas turkey/duck/jelly-turkey and kitten chicken, Felix/Sheba/Дарлинг beef"),
        ("наполнитель для лотка древесный гранулы", acc(),
         "no cat litter at all (grepped наполн/древес/лоток); wood charcoal excluded"),
        ("корм для кота сухой purina one", acc(p=["3691531", "3455947"]),
         "Purina One dry cat food: «PUR.ONE Корм сух. кур/цел. злак. 750г» (taken as cat food: the dog lines say «для "
         "собак»/«мини») and «Корм для кошек Purina One, индейка, 1,5 кг» (1.5 kg bag = dry). Excluded Purina One 75 g "
         "cans, Purina One dog food (Пятёрочка 1.5 kg, Магнит мини), Дарлинг, Perfect Fit"),
    ]),
    # fyl16 pantry
    ("оливковое масло extra virgin не pomace, подсолнечное золотая семечка рафинированное, уксус яблочный 6%, соль йодированная мелкая не крупного помола", [
        ("оливковое масло extra virgin не pomace", acc(p=["4082388", "2153521", "63538"], m=["190b32a64b", "204571"]),
         "extra virgin olive oil: Global Village нераф. Extra Virgin, Filippo Berio Organic EV, Monini «CLAS. олив. нераф.» "
         "(Monini Classico is extra virgin, outside knowledge), Монини Экстра Вирджин, Filippo Berio EV. Excluded Global "
         "Village «Virgen Extra, рафинированное с добавлением нерафинированного» (a refined blend, not EV), Магнит «Pure», "
         "sunflower oil «с доб. олив», olives, mayonnaise"),
        ("подсолнечное золотая семечка рафинированное", acc(),
         "no Золотая семечка oil: refined sunflower oils of Олейна, Благо, Mr.Ricco, Слобода excluded (brand written); "
         "Бабкины семечки seeds excluded"),
        ("уксус яблочный 6%", acc(m=["53141da599"]),
         "Магнит apple vinegar 6 % 500 ml — the only vinegar"),
        ("соль йодированная мелкая не крупного помола", acc(),
         "no iodised salt: Магнит Mareman sea salt «средняя» is not iodised and not fine; excluded"),
    ]),
    # fyl17 fruit and veg
    ("бананы не зеленые, яблочки зеленые гренни смит, огурчики короткие, черри на ветке", [
        ("бананы не зеленые", acc(x=["3757", "3639749", "4208494", "4112219"]),
         "fresh bananas (loose, packed, Organic, mini); no title marks green/unripe bananas, so «не зеленые» excludes "
         "nothing found. Excluded dried bananas, banana-flavoured goods"),
        ("яблочки зеленые гренни смит", acc(m=["200671"]),
         "Granny Smith apples (Магнит 1 kg). Excluded Ред Делишес, Гала, Медовый хруст, сезонные, красные"),
        ("огурчики короткие", acc(m=["200221"], x=["3368258"]),
         "fresh short cucumbers: Магнит «Огурцы короткоплодные» and Перекрёсток fresh «Огурцы корнишоны 300г» (gherkins are "
         "short cucumbers). Excluded Магнит «среднеплодные», Перекрёсток «Ботаника фасованные» and «Хрустящие» (length not "
         "stated), pickled/salted cucumbers and «Ассорти Черри и Корнишоны»"),
        ("черри на ветке", acc(m=["169381"], x=["3673307"]),
         "cherry tomatoes on the vine (Магнит «Дольче Вита, на ветке», Перекрёсток «черри на ветке 250г»). Excluded loose "
         "cherry tomatoes, «Томаты на ветке» (not cherry), «Ассорти Черри и Корнишоны», Pepsi Wild Cherry"),
    ]),
    # fyl18 frozen
    ("пельмешки сибирской коллекции, вареники с картошкой и грибами, блинчики с мясом морозко", [
        ("пельмешки сибирской коллекции", acc(p=["3693418", "3671957", "3693417", "3985043", "3693405"], m=["4907605c6d", "111711"], d=["862d82ab40"]),
         "every Сибирская коллекция pelmeni (Фирменные, 4 вида мяса, Особые со сливками/на сливках, Телячьи, Новосибирские, "
         "Сочные; incl. the «Sибирская» spelling). Excluded Сибирская коллекция блинчики, other brands' pelmeni"),
        ("вареники с картошкой и грибами", acc(p=["3464203"]),
         "Сытый папа «с картофелем-луком и грибами». Excluded Цезарь «с карт/жар. луч.» (no mushrooms), blinchiki with "
         "potato and mushrooms"),
        ("блинчики с мясом морозко", acc(),
         "no Морозко pancakes with meat: Морозко blinchiki only «яблоко-корица-лимон»; Сибирская коллекция «Блинчики с "
         "мясом», Магнит «Блины с мясом 180г» (no brand), «Блинчики с телятиной» (brand not named) and Цезарь blinchiki "
         "with curd excluded"),
    ]),
    # fyl19 sweets
    ("шоколадку аленка 100г, рафаэлло маленькую коробку, мармелад haribo мишки, зефир белевский", [
        ("шоколадку аленка 100г", acc(),
         "no 100 g Алёнка: only 200 g and 15 g bars (size named); Алёнка gift sets excluded"),
        ("рафаэлло маленькую коробку", acc(),
         "Raffaello exists only as 150 g boxes (Магнит, Перекрёсток); «маленькую коробку» names the small box (90 g or "
         "less, outside knowledge), so 150 g is excluded"),
        ("мармелад haribo мишки", acc(),
         "no Haribo gummy bears: the only Haribo is «Ягоды» 80 g; Fruittella «Медвежата», Бон Пари «Забавный медвежонок» are "
         "other brands; excluded"),
        ("зефир белевский", acc(p=["3489477", "3907943", "4086822", "3981251"]),
         "Белёвский зефир of any flavour (антоновский, черносмородиновый, ванильный, «Зефирное детство»). Excluded Белёвская "
         "пастила and мармелад, other brands' zefir"),
    ]),
    # fyl20 celebration
    ("шампанское абрау дюрсо брют, сок вишневый не нектар, сыр с синей плесенью", [
        ("шампанское абрау дюрсо брют", acc(),
         "no Абрау-Дюрсо brut: Магнит «ИМПЕРАТОРСКОЕ бел п/сл (Абрау-Дюрсо)» is semi-sweet, «Абрау Купаж» a still wine, "
         "Перекрёсток «Абрау Лайт» alcohol-free; Martini Brut and other bruts are other brands; excluded"),
        ("сок вишневый не нектар", acc(),
         "no cherry juice: every cherry drink is a nectar (Rich, Il Primo, Swell, J7), a mixed juice (яблоко-вишня) or a "
         "drink; excluded"),
        ("сыр с синей плесенью", acc(x=["3920347", "3654470", "3466978", "3626124", "4108550", "3614011"]),
         "blue-mould cheese («с голубой плесенью»): Маркет 50 %, Grandblu Intense and Сливочный, Mont Blu, Cambozola, "
         "Dorblu Classic. Excluded Dorblu «A La Creme» крем-сыр, white-mould cheeses"),
    ]),
    # fyl21 dairy, precise fats
    ("сметана простоквашино 15% не 20, греческий йогурт 2% несладкий, молоко безлактозное 1.5, маслице крестьянское 72.5%", [
        ("сметана простоквашино 15% не 20", acc(m=["199001"], x=["4121592", "4431124"]),
         "Простоквашино sour cream 15 % (Магнит 315 g, Перекрёсток 300 g and безлактозная 260 g). Excluded Простоквашино "
         "20 % (the named exclusion) and other brands"),
        ("греческий йогурт 2% несладкий", acc(x=["3601417", "3697856", "4326197", "4326198", "4324114"]),
         "plain Greek yoghurt 2 %: Teos Греческий 2 % 140/250 g, Простоквашино Греческий 2 % 135/235 g, Neo «классический "
         "без сахара». Titles without a flavour taken as unsweetened plain yoghurt (judgement). Excluded Пятёрочка "
         "«Греческий 2%» with черника/вишня, Зелёная Линия 4 %, Viola 3 % Малина-Мята"),
        ("молоко безлактозное 1.5", acc(x=["4308790", "b267022f66"]),
         "lactose-free milk 1.5 % (Сарафаново, Простоквашино). Excluded Parmalat 1.8/3.5/0.05 %, Братья Чебурашкины 3.6-4.6 %"),
        ("маслице крестьянское 72.5%", acc(p=["3658095"]),
         "butter 72.5 %: Брест-Литовск «Масло сливочное 72,5%» (72.5 % butter is the «Крестьянское» class, outside "
         "knowledge). Excluded 82/82.5 % butters"),
    ]),
    # fyl22 tins
    ("тушенку говяжью гост в жестяной банке, зеленый горошек бондюэль, кукурузу консервированную сладкую, шпротики в масле, сгущенка рогачев в синей банке", [
        ("тушенку говяжью гост в жестяной банке", acc(p=["3480976", "2160460"]),
         "stewed beef stating ГОСТ: Семейный Бюджет «Гост, тушеная, 500 г» and Любимый дом «Говядина туш. ГОСТ в/с 338г»; "
         "both taken as tins (no title says glass; outside knowledge). Excluded beef stews without ГОСТ in the title "
         "(Великолукский высший сорт, АК СНОВ, Лужская марка, Барс Экстра, Магнит Русь Экстра), pork stews, оленина"),
        ("зеленый горошек бондюэль", acc(m=["111581", "213651"], x=["27460"]),
         "Bonduelle green peas (400 g, 212 ml, 200 g). Excluded Globus, 6 соток, Знак заботы, Маркет peas; other Bonduelle goods"),
        ("кукурузу консервированную сладкую", acc(p=["4043590", "3645520", "3479213"], m=["203031", "111551", "213661"], x=["16793", "2050066", "3645521", "4273333", "82253", "4372036"]),
         "canned sweet corn kernels of any brand (сахарная/сладкая, Heinz, Globus, Bonduelle, 6 соток, Знак Заботы, Юнона). "
         "Excluded baby corn cobs «в початках» (Маркет Collection), popcorn, corn sticks/flakes, corn oil"),
        ("шпротики в масле", acc(p=["3475329", "3609788", "3469704", "3648434", "3468684", "3504456"], m=["109251"]),
         "sprats in oil of any brand and size (шпроты are in oil by definition, so «Шпроты крупные» is accepted)"),
        ("сгущенка рогачев в синей банке", acc(),
         "no Рогачёв sweetened condensed milk: both Рогачёв cans are варёная (Пятёрочка «Егорка», Магнит «вареное»), "
         "excluded; Алексеевское is another brand; Рогачевъ drinking milk excluded"),
    ]),
    # fyl23 cleaning
    ("доместос гель для унитаза, белизну в бутылке литровую, жидкое мыло для рук, освежитель воздуха glade", [
        ("доместос гель для унитаза", acc(p=["3956850", "3956853"]),
         "Domestos toilet cleaner gels «для унитаза» Ультра блеск / Ультра белый 750 ml. Excluded Domestos universal "
         "cleaners (Пятёрочка, Магнит), the Domestos toilet rim block (not a gel), Bref, Comet"),
        ("белизну в бутылке литровую", acc(),
         "no Белизна (chlorine bleach) in any store; Vanish oxygen bleach excluded"),
        ("жидкое мыло для рук", acc(m=["1aeb42ebee"]),
         "liquid hand soap: Aura «Мыло жидкое … Ромашка 500мл». Excluded bar soaps, the Palmolive gift set, dish and laundry "
         "liquids"),
        ("освежитель воздуха glade", acc(p=["3440052", "3654065", "3347030", "3404252", "3440047", "3654067"]),
         "Glade air fresheners of any scent and format (aerosols, Automatic refill canisters). Excluded Air Wick, Symphony, "
         "Магнит own brand"),
    ]),
    # fyl24 tea and coffee
    ("чай lipton черный не с бергамотом, кофе lavazza в зернах, сливки 10% не 20", [
        ("чай lipton черный не с бергамотом", acc(p=["11200", "4042419"]),
         "Lipton black tea except Earl Grey: Yellow Label 100 bags and «Баланс и спокойствие» (black tea with blackcurrant "
         "and mint — the negative wish excludes only bergamot). Excluded Lipton Earl Grey (Пятёрочка, Магнит), Lipton green "
         "Matcha, Lipton ice teas"),
        ("кофе lavazza в зернах", acc(p=["45169", "3086387"], m=["105001"]),
         "Lavazza coffee beans (Qualita Oro 250 g, Lavazza 1 kg; Магнит Квалита Оро зерно). Excluded Lavazza ground 250 g"),
        ("сливки 10% не 20", acc(p=["3634638"], m=["476dabe99f"], x=["4178852"]),
         "drinking cream 10 % (Сарафаново 10 % 480 ml, sold as children's cream; Домик в деревне 10 % 950 g; Молочный знак "
         "10 % 500 ml). Excluded 20 % (the named exclusion), 33 %, Parmalat безлактозные 11 %, Сопьо Крима substitute"),
    ]),
    # fyl25 breakfast pantry
    ("несквик хлопья, мёд липовый натуральный, грецкий орех очищенный не в скорлупе, изюм темный без косточек", [
        ("несквик хлопья", acc(p=["4072647", "3926616", "3368535", "3363325", "3434742"]),
         "Nesquik breakfast cereals of any shape («хлопья» = breakfast cereal): Алфавит, BananaCrush, Шоколадный 700 g and "
         "250 g, ДУО. Excluded Nesquik cocoa (Пятёрочка, Магнит), chocolate and sweets, other brands' cereals"),
        ("мёд липовый натуральный", acc(p=["3645749"]),
         "Медовый дом «Мёд натуральный … монофлорный … Восточная липа» 320 g. Excluded Медовый дом «разнотравье», "
         "крем-мёд with fillers, honey-flavoured goods"),
        ("грецкий орех очищенный не в скорлупе", acc(p=["3982582", "3915361"]),
         "shelled walnuts: Botanica «Ядро ореха грецкого 140г» and Mix Bar «Грецкий орех 100г» (packed walnuts of this line "
         "are kernels, outside knowledge). Excluded Магнит «Орех грецкий, неочищенный» (in shell, the named exclusion), "
         "walnut jam, sweets and bars"),
        ("изюм темный без косточек", acc(),
         "no raisins sold as such (only goods «с изюмом» and a nut-raisin mix); excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyl"))
