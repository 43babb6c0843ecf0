#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tu.jsonl -- 25 shopping lists of a picky shopper who says what she does NOT want
(«йогурт без сахара», «хлеб без дрожжей», «молоко не ультрапастеризованное», «сыр не плавленый», «колбаса не
копченая», «кофе не растворимый», «масло не спред», «сасиски не куриные» ...), hand-labelled against the real offers in
real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tu.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tu.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

An exclusion («без …», «не …», «не надо …», «только не …») removes the products it names and nothing else; a
«без …» that states a property of the product («без лактозы», «без косточек», «без сахара» for cola, «без запаха»
for oil) is a requirement.  «не самые дешевые» is a wish, not an exclusion.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item has
a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) -- and
writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftu01, ftu02, ... in LISTS order; every list
is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tu.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tu.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = []

# every real cheese on offer (not processed, not curd/cream cheese, not Фетакса, not flavoured) -- used by several items
_CHEESE_ALL = {
    "pyaterochka": ["3650219", "3462825", "3926818", "3669895", "3448799", "3433594", "4078315", "4070003", "4062961",
                    "4062968", "4045672", "4047497", "3976999", "4046889", "4055754", "4011107", "3695000", "3631154",
                    "3436718", "3918445", "3953338", "4087692", "3919797", "3619760", "3693219", "3926819", "3665147",
                    "3670271", "3452403", "24647", "3433812", "3435839", "3670270", "3605249", "3658573", "3932860",
                    "3672506", "3914313", "3504112", "3499152"],
    "magnit": ["a75e794e26", "fb96cc90aa", "111651", "160261", "199231"],
    "dixy": ["05060beac0"],
    "perekrestok": ["4418717", "4074230", "4111694", "3963977", "4289052", "3206443", "3433812", "3421874", "15105",
                    "3025963", "4078445", "3433594", "3654470", "3466978", "4089117", "3228233", "4394485", "4373714",
                    "3626124", "4280098", "4302547", "4280100", "3446529", "3453245", "4227953", "4263132", "4263131",
                    "4121963", "4121964", "4050804", "4377381", "4377387", "4108550", "4108549", "4108547", "3614011",
                    "4392389", "4325430", "4378185", "4050536", "4050535", "4325429", "3446834", "3484610", "3165362",
                    "3668842", "4029240", "3452403", "3203422", "4050805", "4236800", "4236799", "3505827", "4226887",
                    "3668519", "3498368", "3432218", "3432217", "3693219", "3621896", "3918445", "3480834", "3958444",
                    "3640880", "3640879", "3620040", "4297132", "4260755", "3912980", "24160", "3436716", "3920347",
                    "4011107"],
}
# hard and semi-hard cheeses (incl. grated parmesan and sliced packs), no mozzarella, soft, brine or mould cheeses
_CHEESE_HARD = {
    "pyaterochka": ["3650219", "3462825", "3926818", "3448799", "4078315", "4070003", "4062961", "4062968", "4045672",
                    "4047497", "4046889", "4055754", "4011107", "3695000", "3631154", "3953338", "4087692", "3919797",
                    "3619760", "3926819", "3665147", "3670271", "3452403", "24647", "3433812", "3435839", "3670270",
                    "3605249", "3658573", "3932860", "3672506", "3914313", "3504112", "3499152"],
    "magnit": ["a75e794e26", "fb96cc90aa", "111651", "160261", "199231"],
    "dixy": ["05060beac0"],
    "perekrestok": ["4074230", "3963977", "3206443", "3433812", "4089117", "3228233", "4280098", "4302547", "4280100",
                    "4378185", "3446834", "3668842", "4029240", "3452403", "3505827", "3668519", "3498368", "4297132",
                    "4260755", "3912980", "4011107"],
}
# _CHEESE_ALL without blue- and white-mould cheeses
_CHEESE_NO_MOULD = {
    "pyaterochka": ["3650219", "3462825", "3926818", "3669895", "3448799", "3433594", "4078315", "4070003", "4062961",
                    "4062968", "4045672", "4047497", "3976999", "4046889", "4055754", "4011107", "3695000", "3631154",
                    "3436718", "3953338", "4087692", "3919797", "3619760", "3926819", "3665147", "3670271", "3452403",
                    "24647", "3433812", "3435839", "3670270", "3605249", "3658573", "3932860", "3672506", "3914313",
                    "3504112", "3499152"],
    "magnit": ["a75e794e26", "fb96cc90aa", "111651", "160261", "199231"],
    "dixy": ["05060beac0"],
    "perekrestok": ["4418717", "4074230", "4111694", "3963977", "4289052", "3206443", "3433812", "3421874", "15105",
                    "3025963", "4078445", "3433594", "4089117", "3228233", "4394485", "4373714", "4280098", "4302547",
                    "4280100", "3446529", "3453245", "4227953", "4263132", "4263131", "4121963", "4121964", "4050804",
                    "4377381", "4377387", "4378185", "4050536", "4050535", "3446834", "3484610", "3165362", "3668842",
                    "4029240", "3452403", "3203422", "4050805", "4236800", "4236799", "3505827", "4226887", "3668519",
                    "3498368", "3432218", "3432217", "3480834", "3958444", "3620040", "4297132", "4260755", "3912980",
                    "24160", "3436716", "4011107"],
}
# light alcoholic beers (incl. light wheat beers and the ABBE Blonde beer drink); used by two items
_BEER_LIGHT = ["7a049f38a7", "7f9482ca4a", "307d22d94c", "a982a99aeb", "30dda00a31", "22307d326d", "201971", "167991",
               "204931", "168001", "111441", "111751", "160011", "108671", "108721", "104791", "159311", "160021",
               "202121", "205571", "168011", "199071", "199081", "104801", "1f2ea4eaba"]
_BATON = {"pyaterochka": ["3985404"], "magnit": [], "dixy": [], "perekrestok": ["3974714"]}


def _s(p=(), m=(), d=(), x=()):
    """acceptable ids per store, in the store order of labelled_lists.STORES"""
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(x)}


def _c(table):
    return {s: list(table[s]) for s in ("pyaterochka", "magnit", "dixy", "perekrestok")}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 breakfast
    ("йогурт без сахара пару баночек, молоко не ультрапастеризованное 3.2%, овсянка не быстрого приготовления, бананчиков 5-6 штук", [
        ("йогурт без сахара пару баночек", _s(
            p=["3503857", "3433156"],
            x=["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"]),
         "plain yoghurt without sugar: Neo «без сахара», Зелёная Линия «натуральный», plain Greek Teos and Простоквашино 2%, "
         "Пятёрочка DANONE/ДАНОН «Йогурт 3,3%» 110 g / 350 g (outside knowledge: the unflavoured Danone 3.3% line is the natural, "
         "unsweetened yoghurt; Teos and Простоквашино Greek 2% are unsweetened too); every yoghurt with fruit, caramel, berries, "
         "cereals etc. carries sugar and is excluded, as are Bio-Max «Классический», Сарафаново «термостат.дет.», the plain "
         "drinking Activia 2.4% and EPICA «пит.2,9%» (sugar content cannot be told from the title; the first two are known to be "
         "sweetened), curd desserts, Даниссимо; «пару баночек» is a quantity"),
        ("молоко не ультрапастеризованное 3.2%", _s(
            p=["3425329"],
            x=["eaf7de5f17", "4259100", "52d96fd806", "ecc07a0e68", "b4411ba8d4", "a24f88bea8"]),
         "drinking cow milk of exactly 3.2% that is not UHT: pasteurised Зелёная Линия, Простоквашино 1.4 l, Село Зелёное 1.947 l, "
         "Углече Поле; sterilised Рогачевъ and Можайское are kept (the exclusion names UHT only); Пятёрочка «Молоко Село зеленое, "
         "3,2%, 2 л» has no treatment in the title and is taken as the pasteurised 2 l canister (outside knowledge; Перекрёсток "
         "sells it as «пастеризованное 3.2%, 1.947л»); every «ультрапастеризованное»/«ул/паст»/«у/паст» milk excluded; ranges "
         "(3.2-4%, 3.2-4.5%, от 3,2% до 6%), топлёное, 2.5/3.4-6/3.7% milks, flavoured and Barista milks excluded"),
        ("овсянка не быстрого приготовления", _s(
            p=["3472901", "4027131"]),
         "plain oat flakes that need cooking: Увелка «Хлопья зерн.овсян.трад.» and Клинские «Геркулес»; «Быстров. без варки» oat "
         "porridge, flavoured instant porridges (Ясно Солнышко, Heinz, Nestlé, ФрутоНяня), Velle oat products, multigrain and "
         "buckwheat flakes and oat cookies excluded"),
        ("бананчиков 5-6 штук", _s(
            x=["4208494", "3757", "4112219", "3639749"]),
         "fresh bananas (loose, packed, mini, the single organic banana); dried bananas, banana drinks, smoothies, purees and "
         "banana-flavoured goods excluded; «5-6 штук» is a quantity"),
    ]),
    # L02 yeast-free bread, butter, cheese, cucumbers
    ("хлеб без дрожжей\nмаслице сливочное не спред\nсыр не плавленый подешевле\nогурчиков на салатик", [
        ("хлеб без дрожжей", _s(),
         "no bread is titled yeast-free («бездрожжевой») in any chain; Даниловский, Марьин, Ржаной Край loaves and the batons "
         "do not say so; Цезарь «без дрожжевое» puff pastry is dough, not bread"),
        ("маслице сливочное не спред", _s(
            p=["4063188", "3612680", "3963777", "3948153", "3658095", "3953367"],
            m=["199211"],
            d=["3620233da6"]),
         "butter of any fat (72.5%, 82%, 82.5%, sweet-cream and sour-cream, salted or not); no spread or сливочно-растительный "
         "product is on offer, so the exclusion removes nothing here; ЭКОМИЛК chocolate butter 62% (flavoured), vegetable and "
         "olive oils excluded; Перекрёсток has no butter"),
        ("сыр не плавленый подешевле", _c(_CHEESE_ALL),
         "every real cheese: hard, semi-hard, grated, sliced, mozzarella/burrata, brine cheeses (брынза, сулугуни, чечил incl. "
         "smoked, Сиртаки 35%, Хоритаки, Sveza фета, Экомилк «Фетика» taken as a brine cheese), blue and white mould cheeses; "
         "excluded: everything «плавленый» (Виола, Карат, President, Hochland, Galbani ломтевой, CRÈME DE BRIE, Дружба), Фетакса "
         "(Пятёрочка titles the same product «Сыр плавленый Фетакса»), curd/cream cheeses (Almette, Violette, Hochland and "
         "Савушкин творожный, Dorblu крем-сыр), Пятёрочка «Сыр Hochland. Сливочный, 220 г» (outside knowledge: the 220 g "
         "Hochland «Сливочный» is the творожный tub), «Виола 4 Сыра» (a processed cheese), Сиртаки «Продукт рассольный Original», "
         "Mlekara «А ла Каймак» (a spreadable kaymak, not cheese), flavoured cheeses (Oldenburger песто / грецкий орех / томат, "
         "Камамбер and Буррата с трюфелем, Ларец с лисичками), cheese snacks and sauces; «подешевле» is a wish"),
        ("огурчиков на салатик", _s(
            m=["200221", "169161"],
            x=["4391463", "3682401", "3368258"]),
         "fresh cucumbers (короткоплодные, пупырчатые, Ботаника, «Хрустящие» 450 g and fresh корнишоны 300 g, both taken as fresh "
         "produce as in earlier sets); pickled/salted cucumbers, Magnit «Ассорти Черри и Корнишоны 500 г» (a mix, possibly a "
         "jar), cucumber-flavoured goods excluded; «на салатик» is a purpose"),
    ]),
    # L03 sandwiches
    ("колбаса не копченая на бутерброды, батончик нарезной к бутербродам, российского сыра граммов триста", [
        ("колбаса не копченая на бутерброды", _s(
            p=["3650519", "3931387", "3385815", "3447711", "3684835", "78001451", "3385812", "3620675", "3347584", "2120885",
               "3661283", "3484605", "4091338", "4019606", "3604158", "3467150", "4038405", "3016790", "4008105"],
            m=["206091", "199341"],
            x=["4410079", "4298091", "4380012", "4384022", "4384021", "4301347", "4277253", "4258884", "4277251", "4352000",
               "4296145", "4345579", "4352004", "4322790", "4264678", "4432115", "4255289", "78001451", "4338321", "3033317",
               "4221913", "3639615", "3347584", "3484605", "4286293", "4382642", "3447711", "3437861"]),
         "every колбаса that is not smoked: boiled (докторская, молочная, любительская, телячья, языковая, мортаделла, Вязанка "
         "Молокуша/Сливушка/Филейская, Папа Может Мясная/Филейная, Дугушка, Вязанка со шпиком), the liver sausage Ближние Горки "
         "«ЯИЧНАЯ лив.», and dry-cured (сыровяленая, not smoked) fuet/salchichon/Сабросо Росо/Верона -- the exclusion names smoked "
         "only; Magnit «Колбаса Вязанка» 0.5 kg (plain and «Классическая») taken as Стародворье's boiled Вязанка (outside knowledge); "
         "excluded: копчёная, сырокопчёная, варёно-копчёная (сервелаты), полукопчёная (краковская, краинская, Дикси «По-краковски»), "
         "с/к Сальчичон and chicken snack sausages, and by outside knowledge the smoked kinds whose titles omit it (Magnit Балыковая, "
         "Бородинская, Краковская, Черкизово Сальчичон; Пятёрочка Кремлевская Владимирский стандарт, Фермерская Черкизово, "
         "Брауншвейгская Рублевский); flavoured dry sausages (с трюфелем, с белыми грибами, с пармезаном, трюфельная мортаделла), "
         "ветчина, sausages, паштет excluded; «на бутерброды» is a purpose"),
        ("батончик нарезной к бутербродам", dict(_BATON),
         "a white «нарезной» loaf: Перекрёсток «Батон Нарезной нарезка» and Пятёрочка «Батон \"Звездный\" нар» (taken as a sliced "
         "white loaf of the нарезной kind); chocolate and cereal «батончики» are the trap and excluded, as are rye breads"),
        ("российского сыра граммов триста", _s(
            p=["4046889"],
            x=["3668842"]),
         "Российский cheese only (Брест-Литовск российский 50% 200 g, Зелёная Линия Российский нарезка 150 g); other semi-hard "
         "cheeses excluded; «граммов триста» is the quantity wanted of a cheese, not a pack size"),
    ]),
    # L04 tea time
    ("сок апельсиновый без мякоти 2 пачки, овсяного печенья пачку, чай черный не в пакетиках, лимончик к чайку", [
        ("сок апельсиновый без мякоти 2 пачки", _s(
            p=["84794"]),
         "single-fruit orange juice without pulp: only Пятёрочка SWELL «Сок Апельсин» 0.75 l, whose title names no pulp (kept: the "
         "exclusion removes juices named «с мякотью»); J7 «Апельсиновый с мякотью» (Перекрёсток 970 ml/300 ml, Пятёрочка "
         "children's 0.3 l) excluded, and Magnit «Сок J7, апельсиновый, 0,97 л» taken as the same J7 orange juice with pulp "
         "(outside knowledge) and excluded; nectars, multi-fruit juices and orange soft drinks excluded; «2 пачки» is a quantity"),
        ("овсяного печенья пачку", _s(
            p=["3995521", "3655049"],
            m=["106061", "106071"]),
         "plain oat cookies: Пятёрочка «Печенье овсяное \"Классическое\"» and Юбилейное «овсяное»; Хлебный спас «Овсяное» Особое and "
         "Злаковое ассорти; flavoured oat cookies (с кусочками шоколада, Миндальное, Любятово с черносливом, «Мультизлаковое» с "
         "начинкой яблоко-корица), oat flakes and porridges excluded; «пачку» is a quantity"),
        ("чай черный не в пакетиках", _s(
            p=["3694768", "3440336", "3691655", "3608792", "30719", "3665387", "2042286", "3439925", "3636930", "3600180",
               "3452991", "4085553", "3378319", "4079110"],
            x=["4199284"]),
         "plain loose-leaf black tea of any pack (Beta «Домик», Richard Королевский Цейлон / All The Best Wishes / Year of the Ox, "
         "Twinings English Breakfast tin, Akbar 200 g and Gold 250 g, Champion, Азерчай Букет 100 g, Краснодарский 200 g, Крепкие "
         "Традиции, Greenfield Golden Ceylon, Hilltop «Подарок Цейлона» 100 g, and the Rich/Майский gift toys with 20 g loose tea); "
         "titles without «пак»/«x2г» are taken as loose; bagged teas, flavoured black teas (Earl Grey/бергамот, Lord Grey, "
         "Spring Melody, с травами, Pleasure), Бета «Елка с Медвежатами» (colour not stated), oolong, assortments excluded"),
        ("лимончик к чайку", _s(),
         "no fresh lemons in any chain (Magnit sells limes only); lemon-flavoured goods, juices and cleaners excluded"),
    ]),
    # L05 coffee
    ("кофе не растворимый получше, сливки в кофе 10 процентов, шоколадку горькую", [
        ("кофе не растворимый получше", _s(
            p=["3472968", "3683616", "3689955", "3689956", "75495", "7765", "45169", "72110", "2073687", "2100058", "3980976",
               "3452816", "3395340", "3395339", "3607729", "3607723", "3608097", "3607740", "3664256", "2147888", "3153783",
               "3086387", "3434095", "2100060", "3353391", "3691657", "3649043", "3431276", "46293", "4034432", "3900893"],
            m=["ac8c4bac09", "042657fbf1", "275856ead6", "160171", "159961", "111661", "14d2756c10", "105001", "065ccd9ec9"]),
         "coffee beans and ground coffee of any brand and pack (Jacobs Monarch, Paulig, Lavazza, Egoiste, Ambassador, Jardin, "
         "Черная Карта, Julius Meinl, Venetto, Starbucks, Piazza del Caffe, Carte Noire ground, «для заваривания в чашке»); every "
         "instant coffee incl. «молотый в растворимом» / «с добавлением молотого» / Millicano and Magnit JARDIN Colombia 95 g "
         "(the 150 g sibling is «сублимированный»), Magnit's ready coffee drinks (Американо/Латте «зерновой» 230-320 ml), the "
         "flavoured ЖОКЕЙ «Ирландские сливки», and MONARCH «Lungo 8 Intenso» 10 capsules (a machine capsule, not what «кофе» on a "
         "list means) excluded; «получше» is a wish"),
        ("сливки в кофе 10 процентов", _s(
            p=["3634638"],
            m=["476dabe99f"],
            x=["4178852"]),
         "drinking cream of exactly 10% (Домик в деревне 950 g, Молочный знак 500 ml, Сарафаново 10% 480 ml); 11%, 20%, 33% "
         "cream, the coffee whitener Mr. Сливкин and the plant-based «Сопьо Крима» excluded; «в кофе» is a purpose"),
        ("шоколадку горькую", _s(
            p=["4024458", "3668752", "4053995", "3170308"],
            m=["11ee50093d", "d30b66494b", "109301", "104961"]),
         "plain bitter chocolate: titles saying горький/Bitter (Alpen Gold Bitter 70% and «горький», Merci 72%, Коркунов 70%, "
         "O'Zera Bitter) or 75% cocoa (Бабаевский Элитный); chocolate only called «тёмный» (Alpen Gold Dark, Путешествие, "
         "Российский, Aerated) or naming no class (Бабаевский «Фирменный») excluded -- «тёмный» is a different, sweeter class; bitter chocolate with orange, almonds, nuts, "
         "caramel, the «Дуэт в горьком» two-layer bar, milk and white chocolate excluded"),
    ]),
    # L06 Olivier salad
    ("майонез махеев не лайт\nкартохи килограмма 3\nгорошка консервированного пару баночек\nдокторской колбасы на оливье", [
        ("майонез махеев не лайт", _s(
            x=["2047206", "4312243"]),
         "Махеевъ mayonnaises that are not light: Провансаль с лимонным соком 67% 400 ml and «С перепелиным яйцом» 655 ml (no light "
         "Махеевъ mayonnaise is on offer); other brands' mayonnaises and Махеевъ «Соус Цезарь майонезный», ketchups, jams excluded"),
        ("картохи килограмма 3", _s(
            m=["168701", "107511", "168671", "109571", "199751"],
            d=["72aaa021b7"],
            x=["3646068", "2099571"]),
         "fresh potatoes of any variety and pack (мытый, красный, для варки/жарки 3 kg, молодой, новый урожай); «килограмма 3» is a "
         "quantity of a weighed good; potato starch, crisps, ready potato dishes and «Картошка» marzipan excluded"),
        ("горошка консервированного пару баночек", _s(
            p=["4043589"],
            m=["203021", "213651", "111581"],
            x=["4254005", "82254", "41891", "27460", "4273266", "4345766"]),
         "canned green peas of any brand and size (Globus, Bonduelle/Бондюэль, 6 соток, Знак Заботы, Маркет, Пятёрочка «молодой "
         "Горошек без сахара»); Перекрёсток «Горох Bizim Tarla зелёный, 660г» (category Овощные консервы) taken as canned green "
         "peas (outside knowledge); pea soups and «перец горошек» excluded; «пару баночек» is a quantity"),
        ("докторской колбасы на оливье", _s(
            p=["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            x=["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289", "78001451", "3033317",
               "4221913", "3639615", "3347584"]),
         "Докторская boiled sausage of any brand, pack or weighed (incl. Пятёрочка «ДОК.ОСОБ.ХАЛЯЛЬ» = Докторская особая); "
         "Докторские сосиски/сардельки, other boiled sausages excluded; «на оливье» is a purpose"),
    ]),
    # L07 tea with sweets
    ("зеленый чай только не в пакетиках, зефир не в шоколаде, сушек с маком пачку", [
        ("зеленый чай только не в пакетиках", _s(),
         "no loose green tea in any chain: all green teas are in bags or pyramids (Lipton Matcha, Curtis, Tess Lime, ASSAND "
         "jasmine), Зеленая Панда «Молочный туман» is a flavoured oolong, and bottled green-tea drinks are not tea leaves"),
        ("зефир не в шоколаде", _s(
            p=["3489477", "3981251", "3907943"],
            m=["b0da381628", "112451"]),
         "zefir that is not chocolate-coated, any fruit (Белёвский антоновский, «Зефирное детство», черносмородиновый; Magnit "
         "«Сладкие истории» с клубникой, Neo Botanica абрикос-манго); excluded: «в шоколаде»/«в шоколадной глазури» and the "
         "glazed ones whose glaze is chocolate by outside knowledge (Шарлиз «глазированный ваниль», Белёвский «с ароматом ванили "
         "гл.»), LOVE IS «воздушный зефир для десертов» (marshmallows), маршмеллоу, пастила"),
        ("сушек с маком пачку", _s(),
         "no сушки with poppy seeds in any chain: Пятёрочка «Баранки оригинал. с маком» are баранки, a different, larger ring, and "
         "«Мини сушка Семейка Озби» is vanilla"),
    ]),
    # L08 syrniki
    ("творог не обезжиренный 2 пачки, сметанки двадцатипроцентной, яиц один десяток, мука на сырники", [
        ("творог не обезжиренный 2 пачки", _s(
            p=["3617778", "3634733", "3603638", "3692660"],
            d=["7bbf07ae5b"],
            x=["4216657", "4216658", "4185866"]),
         "plain cottage cheese with fat (3%, 4% зерненый, 5%, 5.5% мягкий, 9%); excluded: обезжиренный 0.5% and мягкий 0.1% "
         "(the exclusion), fruit творог for children, 101 Зерно с ягодами, curd desserts, pastes, сырки, творожные продукты; «2 "
         "пачки» is a quantity"),
        ("сметанки двадцатипроцентной", _s(
            p=["3664287"],
            x=["4314537", "3444929", "4262694", "3664287", "4217906", "4121609", "3651188", "58101", "3293409", "4349770"]),
         "sour cream of exactly 20% (incl. Parmalat Comfort lactose-free 20%); 10/15/25/30% sour cream and sour-cream sauces or "
         "crisps excluded"),
        ("яиц один десяток", _s(
            p=["3446505", "3620510"],
            x=["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"]),
         "packs of 10 hen eggs of any class (С0, С1, отборные, «активита» с селеном и йодом); packs of 6 and 20 and quail eggs "
         "excluded"),
        ("мука на сырники", _s(
            p=["3296712", "3605057"],
            x=["91304", "2003107", "3231328", "8065"]),
         "wheat flour of any pack and grade (Makfa в/с 1 and 2 kg, «Мука Пшеничная» 2 kg, Пышечка, Рязаночка Экстра, Рязаночка "
         "цельносмолотая); rye, rice and durum «крупка» flour, potato and corn starch excluded; «на сырники» is a purpose"),
    ]),
    # L09 summer evening
    ("вода негазированная 5л 2 штуки, чипсы lays не острые, пиво светлое не безалкогольное", [
        ("вода негазированная 5л 2 штуки", _s(
            p=["3608729", "3635131"],
            m=["e8574e2cda"],
            x=["3503711"]),
         "still drinking water in 5 l bottles (the size names the pack): Малаховская №1 негазированная 5 l, and three 5 l waters "
         "whose titles do not say still -- Аквалайн and Honey kid children's water and Архыз «Легенда Гор» 5 l -- taken as still "
         "(outside knowledge: 5 l bottles are not carbonated); smaller bottles, carbonated and flavoured waters excluded; «2 штуки» "
         "is a quantity"),
        ("чипсы lays не острые", _s(
            p=["3453318", "3671743", "3688435", "3931228", "4069908", "4069903", "3671742", "4035369", "4035377", "4035371",
               "3994439"],
            m=["1000487857", "213571", "106331", "106341", "198921"]),
         "every Lay's / Lay's Stax crisp that is not sold as hot (сметана и зелень/лук, зелёный лук, краб, сыр с зеленью, лисички, "
         "красная икра, and the ribbed «ПАПРИКА», kept: paprika is not named hot); no Lay's chips called острые/чили are on offer; "
         "Pringles, Русская Картошка, Lorenz, Lava Lava, Delicados and the gin «Вайт Лейс» excluded"),
        ("пиво светлое не безалкогольное", _s(m=_BEER_LIGHT),
         "alcoholic light beer of any brand, size and pack (lagers, Hoegaarden, Kronenbourg 1664 Blanc and Franziskaner Weissbier "
         "as light wheat beers, HOLBA, Prazacka, Балтика №7 1.35 l, Miller Genuine Draft taken as a pale lager, ABBE Blonde beer "
         "drink as in real_basket_eval; Velkopopovický Kozel «Rezany» kept because Magnit titles it «светлое», although outside knowledge says it is a light-dark blend); excluded: every alcohol-free beer or beer drink (Bud, Балтика 0, Горьковская IPA 0%, "
         "Hoegaarden/Крушовице alcohol-free, Перекрёсток's whole beer shelf), dark beers (Zatecky Gus Cerny, ABBE Brune), ciders"),
    ]),
    # L10 baking
    ("масло не спред 82.5, сгущенка рогачев не вареная, мука пшеничная пакет 2 кг, яйца категории с0", [
        ("масло не спред 82.5", _s(
            p=["4063188", "3612680", "3948153", "3953367"]),
         "butter of exactly 82.5% (Пятёрочка сладко-сливочное 380 g, Вкуснотеево, «Традиционное» 175 g, Тысяча Озёр); butter "
         "titled 82% (Простоквашино in Дикси/Магнит, Президент) or 72.5% excluded by the exact-fat convention; no spreads on offer"),
        ("сгущенка рогачев не вареная", _s(),
         "Рогачёв condensed milk that is not boiled: the only Рогачёв condensed milks on offer are «вареное» (Magnit, Пятёрочка "
         "«Егорка»), which the exclusion removes; Алексеевское is another brand"),
        ("мука пшеничная пакет 2 кг", _s(
            p=["3296712"],
            x=["91304", "3231328", "8065"]),
         "wheat flour in 2 kg packs (Makfa в/с, «Мука Пшеничная», Пышечка, Рязаночка Экстра); 1 kg packs and other flours excluded"),
        ("яйца категории с0", _s(
            p=["3620510"],
            x=["4202935", "3062835", "44323", "3634491"]),
         "hen eggs of class С0 = отборные, any pack (10 or 6); С1 and quail eggs excluded"),
    ]),
    # L11 children's supper
    ("сасиски не куриные, макароны не спагетти, кетчуп хайнц только не острый, сыр твердый любой", [
        ("сасиски не куриные", _s(
            p=["26457", "3359555", "4045572", "4025037", "3663361", "3311600", "3385843", "3486631", "3607043", "3018288", "3642007"],
            m=["206081", "112421", "213611", "159871"],
            x=["4056912"]),
         "сосиски that are not chicken (молочные, сливочные, венские, баварские, докторские, Филейные, Ядрена Копоть классические, "
         "Magnit «Детям»; Перекрёсток turkey-and-beef sausages kept -- turkey is not chicken); excluded: Мясницкий ряд «из мяса "
         "птицы» (poultry), flavoured «с сыром» sausages, шпикачки, сардельки, колбаски, sausages in dough"),
        ("макароны не спагетти", _s(
            p=["18497", "18460", "18463", "3438663", "3438666", "3687625", "4075778", "4075782", "4072891", "4072894", "4077766",
               "4077767", "4008046", "4008047", "4008045", "4037645", "4037652", "4037654", "4037666", "94424"],
            m=["214631", "167851", "199251"]),
         "dry pasta of every shape except spaghetti (вермишель, перья, спиральки, бантики, облачка, свитки, звёздочки, фарфалле, "
         "фузилли, рожок, ракушки, улитки, пенне, пипе, джирандоле, пружинка, and Barilla «Капеллини», kept: the exclusion names "
         "spaghetti only); every «Спагетти» excluded, as are lagman and instant noodles, фунчоза, soba, udon, ready pasta dishes"),
        ("кетчуп хайнц только не острый", _s(
            p=["4086400", "3631091"]),
         "Heinz ketchups that are not hot: «Томатный кетчуп Heinz» and «HEINZ Кетчуп томат. с горч.» (mustard ketchup, not named "
         "hot); no hot Heinz ketchup is on offer; Heinz sauces (Cherry, Salsa, сырный, чили, кисло-сладкий), Heinz tomato paste "
         "and other brands' ketchups excluded"),
        ("сыр твердый любой", _c(_CHEESE_HARD),
         "hard and semi-hard cheeses of any kind and form (Российский, Голландский, Гауда, Маасдам, Тильзитер, Чеддер, Эдам, "
         "Костромской, Белебеевский, Ламбер, Львиное сердце, лёгкие 15-30% cheeses, parmesan incl. grated, Tete de Moine, sliced "
         "packs, the Laime assortment); «любой» adds nothing; excluded: soft, brine and mould cheeses, every mozzarella (incl. "
         "Пятёрочка «Моцарелла Пицца полутвердый» and grated pizza mozzarella -- pasta-filata cheese is not what «твердый сыр» "
         "means), processed and curd cheeses as for «сыр»"),
    ]),
    # L12 pelmeni night
    ("пельмени не самые дешевые, сметанки пятнадцатипроцентной баночку, кефирчику 2.5%", [
        ("пельмени не самые дешевые", _s(
            p=["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532", "3666703", "3613651",
               "4000407", "3693405", "3671957", "3672557"],
            m=["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            d=["862d82ab40"]),
         "every pelmeni (incl. Горячая штучка «Бульмени»); «не самые дешевые» is a ranking wish, not an exclusion, so no product "
         "is removed; khinkali and the Calve sauce «д/пельм.» excluded"),
        ("сметанки пятнадцатипроцентной баночку", _s(
            p=["3665624"],
            m=["de14617e33", "199001"],
            x=["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124", "4095525"]),
         "sour cream of exactly 15% (incl. lactose-free Parmalat Comfort and Простоквашино 15%); other fats excluded; «баночку» is a "
         "unit of quantity"),
        ("кефирчику 2.5%", _s(),
         "no kefir of any fat is on offer in any chain"),
    ]),
    # L13 meatballs and plov
    ("фарш не куриный 1 кг, лучка репчатого килограмм, рис не пропаренный, морковочки штучки 3", [
        ("фарш не куриный 1 кг", _s(
            p=["3398465", "3205754", "4065830", "3681614", "3673806", "3629402", "3447375"],
            m=["199571"]),
         "raw mince that is not chicken: pork, beef, pork-beef «Домашний», Ближние горки «Деревенский» (composition not stated, "
         "not named chicken) and Пава Пава turkey mince (turkey is not chicken); Петелинка «Фарш Премиум» excluded as chicken mince "
         "(outside knowledge: Петелинка is a chicken brand); «1 кг» is a quantity"),
        ("лучка репчатого килограмм", _s(
            m=["168731", "168741", "168721"],
            x=["3368252", "3623836", "79135", "79012", "4272905"]),
         "fresh bulb onions of any colour (репчатый белый/красный, Ялтинский, the «Светофор» set of three, Перекрёсток «Лук "
         "салатный» taken as a sweet bulb onion); green onion, shallots, pickled «Луковки», herb sets excluded; «килограмм» is a "
         "quantity"),
        ("рис не пропаренный", _s(
            p=["2167599", "3992161", "3483037", "39747", "5722", "3413111"],
            m=["7936bf2f6b", "199371", "106641", "448fba0b94", "106651", "106021"]),
         "plain rice of any kind not titled parboiled (round, long-grain Лазер, Адриатика, Кубань, для плова, basmati, jasmine, "
         "brown «Экстра бурый»); no rice is titled «пропаренный», so the exclusion only removes Мистраль «Акватика MIX» (outside "
         "knowledge: parboiled long-grain with wild rice); PROSTO «Рис и греча» (a mix), «Девзира с зирой» (seasoned), rice flakes, "
         "porridges, crackers excluded"),
        ("морковочки штучки 3", _s(
            m=["199761"],
            x=["52112"]),
         "fresh carrots (мытая); Korean carrot salads and carrot juices excluded; «штучки 3» is a quantity"),
    ]),
    # L14 dairy for a lactose-intolerant
    ("сырки не в шоколаде 5 шт, молоко без лактозы, грушек килограммчик", [
        ("сырки не в шоколаде 5 шт", _s(
            p=["3957043"]),
         "curd snacks (сырки) that are not chocolate-coated: only Свитлогорье «Сырок творожный» 120 g; excluded: сырки «в молочном "
         "шоколаде», «в белом шоколаде», «КАРТ.в м/шок.», Б.Ю.Александров «Суфле глазированный» (outside knowledge: their glaze "
         "is chocolate), curd desserts in waffle cones, Чудо desserts; «5 шт» is a quantity"),
        ("молоко без лактозы", _s(
            x=["9dfc83490b", "ccdc291604", "9512a8a8b9", "135852823b", "b267022f66", "4308790"]),
         "lactose-free drinking milk of any fat and treatment (Parmalat, Братья Чебурашкины, Простоквашино, Сарафаново); ordinary "
         "milk, lactose-free cream, sour cream, mozzarella and yoghurt excluded"),
        ("грушек килограммчик", _s(
            m=["200051", "168631"],
            x=["6223", "48674"]),
         "fresh pears (Конференция/Конференс, Урожай, Форелл); pear purees, drinks and pear-flavoured sweets excluded"),
    ]),
    # L15 sweets
    ("шоколадка милка без орехов, печенье без шоколада, вафелек пачку, колу без сахара бутылку", [
        ("шоколадка милка без орехов", _s(
            p=["3689776", "3680750", "3468709", "3643945", "3468707", "3483271", "3683712", "3907200", "3981472", "4055040"],
            m=["8f909bd3bf", "112361", "111691"],
            x=["4371496", "4353891"]),
         "Milka chocolate bars of any flavour without nuts (plain milk, Bubbles, ёлочки, Oreo, карамельная начинка, TUC крекер, "
         "персик, шоколадная/молочная начинки с печеньем, бананово-йогуртовая); excluded: bars with hazelnuts, almonds, peanuts or "
         "nut paste, Bubbles «кокос» (coconut is called «кокосовый орех»), the «Наб.под.шоколад 3х90г» gift set (contents not "
         "stated), the egg «с ореховой начинкой», Milka sweets, cookies, cakes, wafers and ice cream"),
        ("печенье без шоколада", _s(
            p=["3632839", "3632838", "3632837", "4055479", "4045242", "3974475", "3444932", "3488053", "3486073", "3642014",
               "3341241", "3358756", "3926561", "3639541", "3685286", "3607262", "3607261", "3958571", "3958570", "3603068",
               "3471173", "3662392", "3978913", "3646780", "4087724", "3650632", "3995521", "3655049", "3618783", "3973181",
               "3973180", "3483849", "3917983", "3636288", "3636287", "4060937", "3991931", "3438765", "3685845", "4050870",
               "3615356"],
            m=["887d91b1b8", "7bbd996fef", "bbea927309", "106061", "106071"],
            x=["4352220"]),
         "cookies of any kind whose titles name no chocolate, cocoa or chocolate glaze (сахарное, затяжное, постное, сдобное, "
         "овсяное, Юбилейное традиционное/клюква/черника/земляничное/злаки, BelVita, Лорентини, имбирное, Орешек, бискотти с "
         "орехом, Honey kid baby cookies, Малышок, Love is, Купелька, Нежное суфле); excluded: chocolate pieces, chocolate "
         "glaze (incl. Юбилейное «с глазурью» and Любятово Dinosaurs «в мол глаз», chocolate glazes by outside knowledge), cocoa "
         "cookies (Oreo, BelVita с какао, «Воздушное шоколадное»), Кухмастер «Американо» (outside knowledge: chocolate drops), "
         "«Печенье Orion 360 г» (outside knowledge: the 12-pack Choco Pie), бискотти «Неробьянко» (black-and-white, cocoa), "
         "Любятово «Мария трад глаз» (glazed, glaze not stated), MAKFA «Бисквиты Венские» and crackers (not печенье), "
         "пряники, пирожные"),
        ("вафелек пачку", _s(
            p=["3668255", "3668256", "3687458", "3687534", "3418863", "3257371", "3939083", "3948437", "3607404", "3673372",
               "3607414", "3141421", "2126636", "3908663", "3908665", "4036375", "3432952"],
            m=["9b5bb8a58d", "f55f44c954", "2a32ffe31d", "7d5a68f794", "01fb3ade65", "29989b90ed"]),
         "packs of wafers of any filling (wafers always carry a flavour, so none is removed for it): шоколадные, сливочные, с "
         "халвой, со сгущенкой, с орешками, тонкие с кремом, Коровка, Зерница, Аладушкин, Varna, Хrust&go; excluded: single "
         "chocolate-coated wafer bars (Milka, «Вафля в молочном шоколаде» 28,5 g), KitKat and other chocolate with wafer, wafer "
         "cakes and «Отломи» тортики, Toreno wafer sheets «для торта», wafer sweets and cones"),
        ("колу без сахара бутылку", _s(
            p=["3660913", "4306402", "3684651"],
            m=["d3c955edcb"],
            x=["4255568", "4274867"]),
         "sugar-free cola in bottles: Coca-Cola «б/сах.», Черноголовка, Добрый без сахара, Cool Cola Zero, and PEPSI «ЛАЙТ» "
         "(outside knowledge: Pepsi Light is sugar-free); regular colas, Добрый «с пониженной калорийностью», flavoured colas "
         "(Vanilla, Orange, Wild Cherry, Dark Vanilla, Mango) excluded"),
    ]),
    # L16 wine evening
    ("оливок без косточек баночку, сыр без плесени, вина красного сухого бутылку, виноград без косточек полкило", [
        ("оливок без косточек баночку", _s(
            p=["3436775", "4005882"],
            x=["4249104"]),
         "pitted green olives (La Explanada, ITLV зел. без косточки in a doy-pack, Filippo Berio); olives with stone, stuffed "
         "olives (апельсин, трюфель, сыр, лимон, креветка, лосось), grilled olives in oil and «маслины» (black olives, another "
         "word) excluded; «баночку» is a unit of quantity"),
        ("сыр без плесени", _c(_CHEESE_NO_MOULD),
         "every real cheese as for «сыр» (see ftu02) except blue- and white-mould cheeses (Grandblu, Mont Blu, Dorblu, Cambozola, "
         "голубая плесень Маркет, Бри, Камамбер, Petit Brie, Ришелье); processed, curd and flavoured cheeses excluded as for «сыр»"),
        ("вина красного сухого бутылку", _s(
            m=["229b7b954e", "e70e8ddb93", "bade36759d", "ce196366c4", "5d8a8a24cf", "199091", "167471", "205611", "104811",
               "82c49b7fbf", "c2612cf80f", "202001", "202011", "202281", "e8053f6404", "168041", "111851", "7ad3172a4a",
               "213501", "213381"]),
         "still red dry wine of any origin and size (0.75 l and the 1 l Вранац); semi-dry («п/сух», «полусухое»), semi-sweet, "
         "white, rosé, sparkling, port and alcohol-free wines (Перекрёсток Sin Albali) excluded"),
        ("виноград без косточек полкило", _s(
            p=["4327381"],
            x=["48660", "57580", "48657", "4327381"]),
         "seedless fresh grapes: Киш-миш, Киш-миш чёрный, «Виноград белый без косточек», and Шайн Мускат (outside knowledge: a "
         "seedless variety); Тайфи and Magnit «Виноград черный» (seeded or not stated) excluded; «полкило» is a quantity"),
    ]),
    # L17 herring and potatoes
    ("скумбрия не копченая 2 шт\nселедка целая не надо филе\nмолодой картошечки кило\nукропчика свежего на картошку", [
        ("скумбрия не копченая 2 шт", _s(),
         "no mackerel that is not smoked, as fish: the only mackerels on offer are cold-smoked (Люди Любят, Балтийский берег) or "
         "canned (5 Морей, Знак качества, БАРС в т/с, Балтийский Берег «рубленная» in a jar), and canned fish is not a fish "
         "bought «2 шт»"),
        ("селедка целая не надо филе", _s(
            p=["3638123", "3697250"]),
         "whole salted herring, not fillet: Пятёрочка Fish House «Сельдь Атлантическая, специального посола» 1 kg and Русское Море "
         "«Сельдь атлантическая» 400 g (titles name no fillet; taken as whole fish by outside knowledge); every «филе»/«ф/кус»/"
         "«филе-кусочки» herring excluded, as are Тесей «Царская» 400 g (outside knowledge: fillet pieces in oil, as Перекрёсток's "
         "«Царская» titles say), Magnit «Сельдь тихоокеанская, 245 г» (a can size), herring roe, «под шубой» salads"),
        ("молодой картошечки кило", _s(
            m=["168701"],
            d=["72aaa021b7"]),
         "young potatoes: Дикси «Картофель молодой» and Magnit «Картофель Новый урожай» (new-crop potatoes, taken as young); "
         "ordinary washed, red, «для варки/жарки» potatoes excluded (variety written); «кило» is a quantity"),
        ("укропчика свежего на картошку", _s(
            m=["109841"],
            x=["4295468"]),
         "fresh dill (Magnit «Укроп» 100 g, Маркет Fresh «Укроп зеленый»); dried dill, mixed herb sets (петрушка-укроп-лук) and "
         "herring «с укропом» excluded"),
    ]),
    # L18 healthy dinner
    ("филе куриное не в маринаде, гречка не в пакетиках для варки, огурцов свежих килограмм, помидоров свежих килограмм", [
        ("филе куриное не в маринаде", _s(
            p=["2160069", "3963723"],
            x=["2160069", "3658841", "2173555", "4328961", "4306577"]),
         "raw chilled chicken breast fillet (Первая Свежесть, Троекурово, Петелинка incl. «малое» inner fillet, Зелёная Линия); "
         "no marinated fillet is on offer; cooked fillets (гриль, запеченное), bone-in «Грудка куриная без кожи», thigh fillets, "
         "whole birds, drumsticks in marinade, turkey and duck excluded"),
        ("гречка не в пакетиках для варки", _s(),
         "no buckwheat groats outside boil-in bags: the only buckwheat is Magnit «Крупа Гречневая Prosto, 500 г», excluded "
         "(outside knowledge: PROSTO packs its groats in boil-in bags, 500 g = 5 x 100 g); buckwheat flakes, porridges, soba and "
         "ready buckwheat dishes are other products"),
        ("огурцов свежих килограмм", _s(
            m=["200221", "169161"],
            x=["4391463", "3682401", "3368258"]),
         "fresh cucumbers, as in ftu02; pickled and salted cucumbers excluded; «килограмм» is a quantity"),
        ("помидоров свежих килограмм", _s(
            m=["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            x=["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"]),
         "fresh tomatoes of any variety incl. cherry and cocktail tomatoes; salted and marinated tomatoes, tomato juice, paste, "
         "ketchup and tomato-flavoured goods excluded; «килограмм» is a quantity"),
    ]),
    # L19 pantry
    ("подсолнечное масло без запаха, соль не йодированная, сахар песок пачку 1кг, мука обычная не блинная", [
        ("подсолнечное масло без запаха", _s(
            p=["3454645"],
            m=["0b2585a062", "c52c41afd8", "77ec9da5de"]),
         "refined (deodorised) sunflower oil -- «без запаха» means refined: Благо and MR.RICCO «раф/дез», Олейна «раф.дез.», "
         "Слобода «раф для жарки» (refined, taken as deodorised); unrefined, blends with olive/avocado oil, oils with herbs or "
         "garlic/basil aroma (Almador), corn, olive and grape-seed oils excluded"),
        ("соль не йодированная", _s(
            m=["a48e91c3fa"]),
         "table salt that is not iodised: only MAREMAN «Соль морская средняя» 1 kg (not titled iodised; sea salt is salt); salted "
         "snacks, seasoning mixes and the Antisol cleaner excluded"),
        ("сахар песок пачку 1кг", _s(),
         "no granulated sugar in 1 kg packs: Magnit «Сахар белый прессованный 1кг» is lump sugar and Пятёрочка's Demerara 500 g "
         "is cane sugar"),
        ("мука обычная не блинная", _s(
            p=["3296712"],
            x=["91304", "2003107", "3231328", "8065"]),
         "ordinary white wheat flour of any pack (Makfa в/с, «Мука Пшеничная», Пышечка, Рязаночка Экстра); no pancake mix is on "
         "offer; wholegrain, rye, rice and durum flour excluded («обычная»)"),
    ]),
    # L20 dacha
    ("тушенка не свиная 2 банки, макороны рожки пару пачек, чаю в пакетиках пачку", [
        ("тушенка не свиная 2 банки", _s(
            p=["3480976", "3902643", "3488763", "2143227", "3483539", "2160460", "3643282", "3624482", "3499223"],
            m=["111741", "f64f9ea765", "cf0bd61524"]),
         "canned stewed meat that is not pork: говядина тушёная of any brand, Оленина тушеная, and meat «в собственном соку» of "
         "chicken (Елинский «Мясо цыпленка Гост», РУЗКОМ), turkey (SETRA) and rabbit (Балтийский деликатес) -- sold as тушёнка "
         "in the chains' canned-meat shelves; excluded: свинина тушёная (the exclusion), canned Буженина (pork), pâtés, canned "
         "fish and cat food"),
        ("макороны рожки пару пачек", _s(
            p=["4008046"]),
         "horn pasta: Пятёрочка «Витой рожок» (twisted horns); other shapes (пипе ригате, улитки, ракушки, перья) and ice-cream "
         "«рожки» excluded; «пару пачек» is a quantity"),
        ("чаю в пакетиках пачку", _s(
            p=["3470341", "4002510", "3998702", "3378327", "15492", "3662837", "3469500", "3950803", "3628990", "3620106",
               "3635756", "3634052", "3378336", "3446638", "3649730", "3600100", "3971162", "11200", "2070472", "3689577",
               "3982372"],
            m=["a37d9d8522", "159991", "199261"]),
         "plain tea in bags, black or green (colour not written): Ahmad классический, Akbar Ceylon, Richard Royal Ceylon / Royal "
         "English Breakfast, Brooke Bond, Saito Asian Ceylon and Japanese Morning (taken as plain: no aroma named), Tess "
         "Sunrise, Twinings для завтрака, Азерчай Букет, Лисма, Принцесса Нури/Канди, Bernley, Greenfield Kenyan Sunrise, "
         "Краснодарскiй, Lipton Yellow Label, Шах, Lipton «Magnificent Matcha» green; flavoured teas (Earl Grey, чабрец, "
         "фрукты, ягоды, жасмин, лайм, Tess Pleasure -- outside knowledge: fruit-flavoured, as Пятёрочка's «ПЛЭЖА … аром.троп.фр.» "
         "says), herbal and fruit infusions, loose tea and assortments excluded; «пачку» is a quantity"),
    ]),
    # L21 household
    ("порошок стиральный не колор, бумаги туалетной пачку, губки кухонные для посуды упаковку", [
        ("порошок стиральный не колор", _s(
            p=["3149485", "3688912", "3418106", "3951189", "3142962", "2161508", "2070686"],
            m=["262159b924", "105891", "167921"]),
         "washing powders that are not Color: Ariel Touch of Lenor / масло ши, Persil свежесть Вернель and Лаванда (СМС 3 kg, a "
         "powder), Bimax 1000 пятен and Белые вершины, Tide для чувствительной кожи and Детский, BioMio «д/цвет.бел.» (for "
         "coloured and white, not a Color line); every «Color»/«Колор» powder excluded, as are gels, liquids, capsules and "
         "cleaning powders (Comet, Пемолюкс)"),
        ("бумаги туалетной пачку", _s(
            p=["3679801", "3449118", "3493108", "4059050", "3900558", "3450513", "3326206"],
            m=["204551"]),
         "dry toilet paper rolls of any pack (Zewa, Papia, Familia); moist toilet paper (ZEWA «влаж.»), paper towels and napkins "
         "excluded"),
        ("губки кухонные для посуды упаковку", _s(),
         "no kitchen sponges in any chain (only napkins, wipes and dish liquids)"),
    ]),
    # L22 dairy run
    ("йогурт питьевой не клубничный, кефир не обезжиренный литр, ряженочки 4 процента, батона белого один", [
        ("йогурт питьевой не клубничный", _s(
            p=["3632187", "3632188", "3933627", "3628400", "3628398", "3628404", "3644386", "4037142", "3363988", "4038830",
               "4035562", "4035564", "4035476", "4035471", "4035474", "4087592", "4045338", "4001851"],
            m=["206021"]),
         "drinking yoghurt of any flavour without strawberry: Чудо 270 g bottles (titles «питьевой» or Чудо 2.4% 270 g, the same "
         "bottles; «ягодное мороженое» kept: no strawberry named), EPICA «пит.» plain and mango, Вкуснотеево tetra-top 750 g, "
         "Activia 260 g bottles (outside knowledge: the 260 g Activia is the drinking one; the 150 g cups are spoonable), the 270 g "
         "«Биойогурт … с черникой и злаками» and Danone 2.8% 260 g (taken as bottles); excluded: every yoghurt with «клубника» / "
         "«клубничн» in it (Чудо клубника-земляника, EPICA клубника-маракуйя, «Клубничный пломбир», Activia with strawberry), "
         "spoonable yoghurts, Актимель and Имунеле, milkshakes"),
        ("кефир не обезжиренный литр", _s(),
         "no kefir of any fat is on offer in any chain"),
        ("ряженочки 4 процента", _s(),
         "no ряженка of 4% in any chain: the only ряженка is Агуша «клубника» 2.9%"),
        ("батона белого один", dict(_BATON),
         "a white loaf (батон): Перекрёсток «Батон Нарезной» and Пятёрочка «Батон \"Звездный\"»; rye and rye-wheat breads and "
         "chocolate/cereal «батончики» excluded"),
    ]),
    # L23 football
    ("пиво не темное 4 банки, чипсы со сметаной и луком, арахис не соленый, воблы пару штук", [
        ("пиво не темное 4 банки", _s(m=_BEER_LIGHT),
         "alcoholic beer that is not dark = the light beers of ftu09 (lagers, light wheat beers, ABBE Blonde); dark beers "
         "(Zatecky Gus Cerny incl. Пятёрочка's «Пивной напиток», ABBE Brune) excluded, as are alcohol-free beers and beer "
         "drinks and ciders (convention: «пиво» is alcoholic); «4 банки» is a count of packs, so bottles are kept"),
        ("чипсы со сметаной и луком", _s(
            p=["3435061", "3453318", "4069903", "4343841", "4035779"],
            m=["198921"]),
         "potato crisps flavoured sour cream and onion of any brand (Lay's and Lay's Stax, KRAC., Русская Картошка "
         "«сметаны и лука» / «Зеленый лук и сметана»); «сметана и зелень» (herbs, not onion), «зелёный лук» alone, Party Nuts "
         "peanuts and TUC crackers with that flavour excluded"),
        ("арахис не соленый", _s(
            p=["3451269"]),
         "plain peanuts not titled salted: Пятёрочка «Арахис жареный Джаз» 150 g; «соленый»/«с солью» peanuts and flavoured "
         "Party Nuts (васаби, чили, мёд-горчица, сметана-лук, морская соль и перец) excluded"),
        ("воблы пару штук", _s(),
         "no whole вобла in any chain: Magnit SOLO NINA «Вобла вяленая соломка» 40 g is shredded fish snack, not the fish "
         "bought by the piece"),
    ]),
    # L24 strawberry dessert
    ("пломбир не в стаканчике, клубнички коробочку, сливки 33% взбивать, вафельные трубочки", [
        ("пломбир не в стаканчике", _s(
            p=["4048085", "3955155", "3693306"],
            m=["ce5f334607", "26315e53ae"],
            x=["4311103"]),
         "plain (vanilla) plombir in any form but a cup: bricks (Славино, Сарафаново, Чистая линия), 48 копеек flow-pack 210 g, "
         "the vanilla plombir eskimo in chocolate glaze (Молочный Знак), Magnit «Как раньше пломбир ваниль 70г» (form not stated, "
         "kept); excluded: every «стаканчик»/«ваф/стак» (the exclusion), flavoured plombir (малина, крем-брюле, «Радуга», шоколадный, "
         "Пятёрочка «КЛ.ВЕН. пломб.ван/шок.гл» with chocolate), non-plombir ice creams (Магнат, Milka, Экзо, MaxiDuo)"),
        ("клубнички коробочку", _s(
            x=["11034", "4391361", "3457076"]),
         "fresh strawberries (Маркет Fresh 250/340 g, «Клубника отборная» by weight); the strawberry-blueberry Artfruit mix, "
         "jams, yoghurts and strawberry-flavoured goods excluded; «коробочку» is a unit of quantity"),
        ("сливки 33% взбивать", _s(
            p=["12721"],
            m=["204651"]),
         "cream of exactly 33% (Домик в деревне 480 g / 480 ml); 10/11/20% cream excluded; «взбивать» is a purpose"),
        ("вафельные трубочки", _s(
            p=["3469477"]),
         "wafer rolls: Пятёрочка «Трубочки, со сгущенным молоком, 400 г» (taken as wafer rolls); flat wafers, wafer cones and "
         "wafer bars excluded"),
    ]),
    # L25 toasts
    ("ветчина не куриная, сыра нарезанного ломтиками упаковку, хлеба для тостов упаковку", [
        ("ветчина не куриная", _s(
            p=["3469348", "4005633", "3365796", "3438509", "3670825", "4037352"],
            m=["109321", "167871"],
            x=["4395546", "4399593", "4400358", "4195681", "3670825", "3469348", "2072717"]),
         "chilled ham that is not chicken: pork hams (для завтрака, для тостов, по-черкизовски, из окорока), turkey hams "
         "(Вязанка, Индилайт, Черкизово Империя Вкуса), Бахрушинъ dry-cured pork ham, Magnit «Ветчина Столичная, Вязанка» "
         "(composition not stated, not named chicken); no chicken ham is on offer; canned hams (Magnit «консерва», Пятёрочка "
         "Балтийская говяжья and Елинский «Экстра» 325 g -- outside knowledge: 325 g cans) and ham salads excluded"),
        ("сыра нарезанного ломтиками упаковку", _c({"pyaterochka": ["3448799", "3452403", "3932860"], "magnit": [], "dixy": [],
                                                      "perekrestok": ["4074230", "4280098", "4302547", "4280100", "3668842",
                                                                      "3452403", "3505827", "3668519", "4297132", "4260755"]}),
         "real cheese sold sliced (titles «нарезка»/«нар.»: Маасдам, Российский, Голландский, Эдам, Чеддер, Havarti, Natura, "
         "Тысяча Озёр Лёгкий); excluded: processed slices («плав. ломт.», «пл.-тост», Galbani ломтевой -- «сыр» is real cheese, as "
         "in all sets), Tete de Moine «нарезка» (shaved rosettes, not slices), packs whose titles do not say sliced (Grünländer "
         "130 g, Arla Natura 150 g, Тысяча Озёр Сливочный 125 g, Unagrande «для сэндвичей», Pretto «д/бутерброд.»), "
         "творожный Савушкин нарезка"),
        ("хлеба для тостов упаковку", _s(),
         "no toast bread in any chain; the hams and processed cheese «для тостов» are the trap"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftuNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftu\d\d ===$", line):
            if cur is not None:
                blocks.append("\n".join(cur).strip("\n"))
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        blocks.append("\n".join(cur).strip("\n"))
    return blocks


def check_blind(lists, blind):
    errors = []
    if len(lists) != len(blind):
        errors.append("%d lists, blind draft has %d" % (len(lists), len(blind)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        expected = draft
        for num, old, new in REPLACED:
            if num == n:
                items = [p.strip() for p in re.split(r"[,\n]", expected)]
                if items.count(old) != 1:
                    errors.append("ftu%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftu%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftu"))
