#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xe.jsonl -- 25 back-to-school family shopping lists hand-labelled against
the real offers in real_offers.jsonl (Пятёрочка 2,188, Магнит 951, Дикси 14, Перекрёсток 1,037 offers).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xe.build.py

LISTS below is literal data: 25 lists (3-5 items, 94 items) of a family getting two school children
ready for September (breakfasts, lunch boxes, after-school snacks, kitchen and cleaning basics), typed
as to a Telegram bot, copied byte for byte from fresh_basket_eval_xe.blind_lists.txt (written before
any offer was read), and for every item the product ids of every in-stock offer of each store that a
reasonable shopper who wrote exactly that item would accept.  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е)
and read one by one; the note of each item records what was accepted, what was deliberately left out
and any judgement resting on outside knowledge.  An empty list means the store has nothing acceptable
(the item is "missing" there).  Nothing of korzina (its matcher, data, holdout files or other sets'
labels) was read or run.

The script only checks the data (via labelled_lists.build: every id exists in real_offers.jsonl *for
that store* and is in stock, no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order -- an item is the text between commas / new lines), checks that the
list texts are byte-identical to the blind draft, then writes the JSONL in the format of
real_basket_eval.jsonl.  List ids are fxe01, fxe02, ... in LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xe.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xe.blind_lists.txt")


def S(p=(), m=(), d=(), x=()):
    """Accepted ids per store, in the order pyaterochka, magnit, dixy, perekrestok."""
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(x)}


NONE = ()

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxe01 breakfast
    ("хлопья nesquik шоколадные подушечки, молочко 3.2, бананы пару кило на неделю, йогурт питьевой клубничьный", [
        ("хлопья nesquik шоколадные подушечки", S(), (
            "Nesquik cereal in the form «подушечки» (filled pillows) with chocolate: none. Nesquik «Завтрак "
            "ШОКОЛАДНЫЙ»/«ДУО»/Nesquick 700 г (balls, outside knowledge) and «Алфавит» (letters) are another form; "
            "Nesquik BananaCrush «подушечки» are banana; Ухтышки/Вкусти Хрусти/Kellogg's pillows are not Nesquik. "
            "Missing everywhere.")),
        ("молочко 3.2", S(
            p=["3507208", "3694630", "3645807", "3425329"],
            d=["809c0dd88b"],
            x=["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e", "949b3dd46f",
               "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a", "b4411ba8d4", "35ac60eec2",
               "52d96fd806", "885d917850", "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb", "3645807",
               "4244242", "3431579", "b508e73840", "47a9cd6be2"]), (
            "cow drinking milk labelled exactly 3.2 % (past./UHT/steril., children's milk Агуша «от 3 лет» and "
            "Сарафаново «детское» included); ranges 3.2-4 / 3.2-4.5 / от 3,2 до 6 (Романов луг, Правильное Молоко, "
            "Из Вологды), топлёное 3.2 % (Простоквашино, Домик в деревне), 3.4-6 % and other fats, goat milk, "
            "condensed and flavoured milk excluded; Магнит has no 3.2 % milk")),
        ("бананы пару кило на неделю", S(x=["4208494", "3757", "4112219", "3639749"]), (
            "fresh bananas incl. «Бананы мини» and the single organic banana; «пару кило» is a quantity. Dried "
            "bananas, banana purees, yoghurts, smoothies, nectar and chocolate excluded")),
        ("йогурт питьевой клубничьный", S(
            p=["3628399", "4066181", "4035473", "4045339"],
            m=["205071"]), (
            "drinking yoghurt with strawberry (or strawberry/wild strawberry) flavour: Чудо клубника-земляника 270 г "
            "(Пятёрочка «ЧУДО Йогурт вк.клуб/земл.» is the same 270 g bottle), the children's «Йогурт питьевой» "
            "«Клубничного пломбира» 190 г, Активиа «с клубникой и земляникой» 260 г and «Биойогурт … с клубникой» "
            "270 г (outside knowledge: 260-270 g bottles are the drinkable formats). Mixed-fruit drinks (EPICA "
            "клубника/маракуйя, Активиа with apple/blueberry/melon, Актимель, Имунеле), spoonable cups (Верховье "
            "150 г, Агуша/Nature 70 г), Чудо «Коктейль кисломолочный» and Агуша ряженка excluded")),
    ]),
    # fxe02 porridge corner
    ("овсянка геркулес не быстрого варения, медок цветочный к каше, изюмчик светлый, грецкие орехи очищенные 200г", [
        ("овсянка геркулес не быстрого варения", S(p=["4027131", "3472901"]), (
            "traditional rolled oat flakes: Клинские «Геркулес» 500 г and Увелка «Хлопья зерн.овсян.трад.» (outside "
            "knowledge: «геркулес» is the common name of traditional oat flakes). Negative wish excludes quick/instant "
            "oats: Быстров «не требующая варки», Ясно Солнышко porridge with berries, Heinz/Фрутоняня/Nestlé baby "
            "porridge, Велле oat products")),
        ("медок цветочный к каше", S(p=["3645749", "3645764"], m=["d32ff23653"]), (
            "natural flower honey: Медовый дом «цветочный … Восточная липа» and «Южный цветок», Магнит «Мёд нат "
            "цветочный разнотравье»; «к каше» is a purpose. Крем-мёд «с наполнителями» (малина, лимон-имбирь), "
            "чак-чак, medovik cakes and honey-flavoured goods excluded")),
        ("изюмчик светлый", S(), (
            "raisins sold as such: none. Nut/raisin mixes (Семушка, Джаз, Mix Bar), raisin cookies, chocolate and "
            "yoghurts with raisins excluded. Missing everywhere")),
        ("грецкие орехи очищенные 200г", S(p=["3982582", "3915361"]), (
            "shelled walnut kernels (Mix Bar 100 г, BOTANICA 140 г). Judgement: 200 г read as the quantity wanted "
            "(walnuts are also sold loose by weight; no 200 g pack exists), not as a pack filter. Магнит «Орех "
            "грецкий, неочищенный» (in shell) excluded by «очищенные»; walnut jam, cheese with walnut, nut mixes "
            "excluded")),
    ]),
    # fxe03 lunch box sweets
    ("сырки глазированные б.ю. александров 4 шт, юбилейное традиционное, сок яблочный маленькие пачки 0.2, батончики мюсли без шоколада", [
        ("сырки глазированные б.ю. александров 4 шт", S(p=["3378597", "4015226", "3601367", "3410456", "3472523"]), (
            "Б.Ю. Александров glazed curd snacks of any flavour (Картошка в мол. шоколаде, фисташка, в белом "
            "шоколаде, ванильный, Суфле); «4 шт» is a count. The brand's «Брауни» biscuit, РАЭ glazed curd dessert "
            "(other brand) and Свитлогорье unglazed сырок excluded")),
        ("юбилейное традиционное", S(p=["3471173"]), (
            "Юбилейное «традиционное» cookies only. Other Юбилейное variants (glazed, молочное, clюква, черника, "
            "овсяное, постное, цельнозерновое, земляничное, шоколадное), Юбилейное mini cakes, J.Meinl «ЮБИЛЕЙНЫЙ» "
            "coffee and «Колбаса Юбилейная» excluded")),
        ("сок яблочный маленькие пачки 0.2", S(p=["3684252"], m=["eef4bdbf61"]), (
            "single-fruit apple juice in 0.2 l cartons: Honey Kid «яблоко» 200 мл, Агуша «яблоко осв» 200 мл. "
            "0.3 l bottles (Soko Grande, RICH, Добрый), 0.125 l Сады Придонья, mixed apple juices (яблоко-вишня, "
            "яблоко-шиповник), nectars and Агуша «вода+сок» excluded")),
        ("батончики мюсли без шоколада", S(p=["3430184", "3965897"]), (
            "cereal (muesli) bars whose title names no chocolate: Nestlé Fitness «КЛУБН.» and Corny BIG «с черникой». "
            "Fitness «ШОКОЛАД» and Corny «белый шоколад» excluded by the negative wish; fruit-nut bars (Fitofruit, "
            "Slim Bite), protein bars (Bombbar, SmartBar), Picnic and chocolate bars are not muesli bars")),
    ]),
    # fxe04 sandwiches
    ("хлеб тостовый нарезанный, сыр ломтиками для бутербродов, ветчина подешевле, маслице простоквашино 82.5 в брикете", [
        ("хлеб тостовый нарезанный", S(), (
            "toast bread: none in the offers (only Даниловский/ржано-пшеничный loaves, Ржаной Край, sweet rolls). "
            "Ham and cheese «для тостов» are traps. Missing everywhere")),
        ("сыр ломтиками для бутербродов", S(
            p=["3452403", "3932860", "3448799"],
            x=["4074230", "3228233", "4280098", "4302547", "4280100", "3668842", "3452403", "3505827", "3668519",
               "4297132", "4260755"]), (
            "real cheese sold sliced («нарезка», «нар.»): Тысяча Озёр Лёгкий, Castello/Natura Havarti, Viola/Villa "
            "Europa/Cheese Gallery Маасдам, Natura Сливочный, Российский/Голландский Зелёная Линия, Эдам Маркет, "
            "Grunlander Чеддер, Tete de Moine rosettes. Processed slices (Hochland «пл.-тост», Valio «плав. ломт.», "
            "Galbani «плавленый ломтевой»), творожный cheese «нарезка» and block cheeses excluded; Pretto «МОЦАРЕЛЛА "
            "д/бутерброд.» and Unagrande «для сэндвичей» are not stated to be sliced (excluded)")),
        ("ветчина подешевле", S(
            p=["2050027", "3369983", "3469348", "4005633", "3365796", "3438509", "3670825", "4037352"],
            m=["109321", "167871"],
            x=["4395546", "4399593", "4400358", "4195681", "3670825", "3469348", "2072717"]), (
            "any product sold as «Ветчина» (pork, beef, turkey; incl. Мираторг «Ветчина для завтрака» and the "
            "Бахрушинъ «сыровяленая» ham); «подешевле» is a wish. Окорок (к/в, Хамон, Кулателло), canned «Ветчина "
            "мясная, консерва», pizza/blini/croutons/cheese «с ветчиной» excluded")),
        ("маслице простоквашино 82.5 в брикете", S(), (
            "Простоквашино butter labelled 82.5 %: none — Магнит and Дикси sell Простоквашино butter labelled «82 %» "
            "(a written fat % must match exactly); 82.5 % butters of other brands (Вкуснотеево, Тысяча Озёр, "
            "Традиционное) are not Простоквашино. Missing everywhere")),
    ]),
    # fxe05 lunch box savoury
    ("колбаска докторская гост, огурцы гладкие короткие, черри помидорчики на веточке, салат айсберг кочанчик, лаваш тонкий армянский 2 уп", [
        ("колбаска докторская гост", S(p=["3347584"], x=["3033317", "3347584"]), (
            "Докторская made to GOST: no title says «ГОСТ»; accepted only those labelled «высший сорт» (outside "
            "knowledge: that grade exists only under GOST 23670) — Велком «высший сорт» and МД Бородина 500 г "
            "(Пятёрочка sells the same X5 id 3347584 without the grade in its title). Докторская «категории А» and "
            "titles without a grade, Докторские сосиски/сардельки and the energy drink «The Doctor» excluded")),
        ("огурцы гладкие короткие", S(), (
            "fresh cucumbers stated to be smooth and short: none. Магнит «короткоплодные, тепличные» does not say "
            "smooth (short greenhouse cucumbers are usually the bumpy type — outside knowledge), Магнит «пупырчатые», "
            "Перекрёсток Ботаника/«Хрустящие»/корнишоны state neither or the opposite; pickled cucumbers excluded. "
            "Missing everywhere")),
        ("черри помидорчики на веточке", S(m=["169381"], x=["3673307"]), (
            "cherry tomatoes on the vine. Loose cherry (Магнит «Томаты Черри», «сливовидные», Перекрёсток «Медовые "
            "черри»), «Томаты на ветке» (not cherry), коктейльные, marinated/pickled tomatoes and Pepsi «ВАЙЛД ЧЕРРИ» "
            "excluded")),
        ("салат айсберг кочанчик", S(x=["77107"]), (
            "a whole iceberg head (Маркет Fresh «1шт»). «Выгодно Айсберг свежий мытый 200г» taken as cut leaves "
            "(outside knowledge: a head weighs more; its sister pack is «резаная»), salad mixes with iceberg and "
            "other lettuces excluded")),
        ("лаваш тонкий армянский 2 уп", S(), (
            "thin Armenian lavash: none in the offers (tortillas are another product). Missing everywhere")),
    ]),
    # fxe06 lunch box kit
    ("контейнеры для ланча с крышкой, пакеты с застежкой zip lock, салфетки бумажные белые 100 шт", [
        ("контейнеры для ланча с крышкой", S(), (
            "food/lunch containers: none in the offers. Missing everywhere")),
        ("пакеты с застежкой zip lock", S(), (
            "zip-lock bags: none. Перекрёсток «Пакеты для завтрака» Пр!ст and Home Story «Пакеты для пищевых "
            "продуктов» do not have a zip closure in their titles; bin bags excluded. Missing everywhere")),
        ("салфетки бумажные белые 100 шт", S(x=["4250543", "4250535", "4299678"]), (
            "white paper napkins in packs of 100 (Gratias Home белые 33x33, Gratias белые 24x24, Пр!ст белые с "
            "тиснением). Printed Gratias/Art Bouquet packs of 20, wet wipes, sanitary pads and Magnit «Салфетки в "
            "рулоне» excluded")),
    ]),
    # fxe07 after-school snacks
    ("сок j7 апельсиновый, чипсы только не острые, кириешки не острые детям, попкорн сладкий карамельный", [
        ("сок j7 апельсиновый", S(p=["3965623"], m=["204401"], x=["3965623", "3190682"]), (
            "J7 orange juice (0.3 l and 0.97 l; the Пятёрочка 0.3 l is titled «для детского питания»). J7 "
            "«апельсин-мандарин» nectar, J7 multifruit/apple/tomato juices and smoothies excluded")),
        ("чипсы только не острые", S(
            p=["3463551", "3463552", "2153831", "3435061", "3453318", "3671743", "3688435", "4061907", "4086621",
               "4086623", "4086624", "3986507", "3986506", "3943579", "3931228", "3941439", "4069908", "4069903",
               "3624025", "3624026", "3611009", "3994660", "3671742", "3485986", "3231225", "4343841", "4343840",
               "4035369", "4035377", "4035371", "3994439", "4035782", "4035779", "3956451", "3956452"],
            m=["162f632716", "b3b39073da", "1000487857", "213571", "106331", "106341", "198921", "204411",
               "202981"]), (
            "potato chips (incl. «Картофель хрустящий»), corn nachos chips and rice Pringles; the negative wish "
            "excludes pungent flavours: Twister «колбасок гриль с горчицей», «холодца с хреном» and Pringles «Тикка "
            "Масала» «с индийскими специями» (judgement: taken as hot). Paprika flavours kept (no title says hot). "
            "Apple chips (ЯБЛОКОВ), Читос corn sticks, corn balls and the gin «Вайт Лейс» excluded")),
        ("кириешки не острые детям", S(m=["4fb9148fb2", "e26d76ca46"]), (
            "Кириешки croutons: Магнит's cards «холодец/бекон/ветчина» 40 г and 100 г (the title names no hot "
            "flavour). Other brands' croutons (Хрусteam, Три корочки, Фишка, Гренковъ…) are not Кириешки")),
        ("попкорн сладкий карамельный", S(p=["4061096"]), (
            "sweet caramel popcorn (MIXBAR «Карамель»). MIXBAR «СЛАД-СОЛ.» (sweet-salty, no caramel), salted "
            "microwave popcorn and Kinocorn sweets excluded")),
    ]),
    # fxe08 fruit and veg for the kids
    ("морковочка мытая, зеленые яблочки для детей, грушки конференц, мандаринчики сладкие кило", [
        ("морковочка мытая", S(m=["199761"], x=["52112"]), (
            "fresh washed carrots. Морковь по-корейски, Leor «Морковь пикантная», sauerkraut with carrot and carrot "
            "juices excluded")),
        ("зеленые яблочки для детей", S(m=["200671"]), (
            "fresh green apples: Гренни Смит (outside knowledge: a green variety). Red apples (Ред Делишес, «Яблоки "
            "красные», Гала, Медовый хруст) and «Яблоки сезонные» (colour not stated) excluded; apple juices, "
            "purees and sweets excluded")),
        ("грушки конференц", S(m=["200051"], x=["6223"]), (
            "fresh Conference pears. Урожай and Форелл pears, pear purees/juices excluded")),
        ("мандаринчики сладкие кило", S(x=["1537", "3034500", "3254317"]), (
            "fresh mandarins (incl. Марокко, «с листом» Китай); «сладкие» is a wish, «кило» a quantity. Mandarin "
            "drinks, nectars and yoghurts excluded")),
    ]),
    # fxe09 kitchen basics
    ("жидкое мылко для рук запаска, фейри с лимоном большой, губки кухонные 5 шт в упаковке, мешки для мусора 60 литров с завязками", [
        ("жидкое мылко для рук запаска", S(), (
            "a refill pack of liquid hand soap: none. Магнит AURA «Мыло жидкое … 500мл» is not stated to be a refill "
            "(excluded); bar soaps and shower gels excluded. Missing everywhere")),
        ("фейри с лимоном большой", S(p=["3501026"]), (
            "Fairy lemon dish soap in the big bottle (900 мл). The 450 мл «Сочный лимон» excluded by «большой»; "
            "other Fairy scents, AOS lemon and dishwasher tablets excluded")),
        ("губки кухонные 5 шт в упаковке", S(), (
            "kitchen sponges: none in the offers. Missing everywhere")),
        ("мешки для мусора 60 литров с завязками", S(), (
            "60 l bin bags with ties: none. Магнит BIG CITY LIFE «Пакеты д/мусора 60л» do not state ties (excluded), "
            "Магнит «Мешки для мусора 35л … ушки» are the wrong size. Missing everywhere")),
    ]),
    # fxe10 weekday dinners
    ("гречка ядрица в пакетах для варки, курочка целая охлажденная, картохи мытой 3 кг, лучок репка", [
        ("гречка ядрица в пакетах для варки", S(m=["203081"]), (
            "buckwheat in boil-in-bags: Магнит «Крупа Гречневая Prosto, 500 г» (outside knowledge: Prosto groats are "
            "sold in cooking bags, the buckwheat is ядрица). Prosto «Рис и греча» mix, buckwheat flakes, instant "
            "kits and meat «с гречкой» excluded")),
        ("курочка целая охлажденная", S(d=["4cc1fb4741"], x=["3153446", "4068157", "4312266", "4252168", "4214722"]), (
            "whole chilled chicken: Перекрёсток «Тушка цыплёнка» (Петелинка, An-noor, plain) and «Цыплёнок корнишон "
            "охлаждённый»; Дикси «Цыпленок-бройлер охлажденный, 1 кг» taken as a whole bird (no part named — "
            "outside knowledge); Перекрёсток «Тушка цыплёнка на зерновом откорме Зелёная Линия» taken as chilled "
            "(sold in the fresh-meat section, frozen birds are titled «замороженная» — judgement). Parts, fillets, "
            "duck, canned chicken excluded")),
        ("картохи мытой 3 кг", S(m=["109571", "199751"], x=["3646068", "2099571"]), (
            "washed potatoes («мытый»; 3 кг is a quantity, so the 1 кг and 2,5 кг packs count). Potatoes not stated "
            "washed (Магнит «для варки»/«для жарки» 3 кг, «Новый урожай», Дикси «Картофель молодой») excluded, "
            "chips and «Картофель хрустящий» excluded")),
        ("лучок репка", S(m=["168721", "168741", "168731"], x=["3368252", "3623836", "79135", "79012"]), (
            "bulb onions («репка» = репчатый) of any colour: red, white, Ялтинский, Магнит «Лук Светофор» 3 шт. "
            "Перекрёсток «Лук салатный» (kind not stated), «Лук Шалот» (shallots, another onion), green onions and "
            "herb mixes, FEDERICI pickled «Луковки» excluded")),
    ]),
    # fxe11 kids' pasta dinner
    ("сасиски детские, макароны barilla ракушки, кетчуп томатный не острый, пармезан в стружке", [
        ("сасиски детские", S(m=["206081"]), (
            "sausages for children: Магнит «Сосиски Детям». Молочные, сливочные, Докторские and other sausages are "
            "not children's; сосиски в тесте excluded")),
        ("макароны barilla ракушки", S(), (
            "Barilla shells (conchiglie): none. Barilla spaghetti, capellini, penne, Pipe Rigate (a different shape) "
            "and Джирандоле excluded; Пятёрочка «Ракушки 450 г» is not Barilla. Missing everywhere")),
        ("кетчуп томатный не острый", S(
            p=["4066625", "4066624", "3625404", "3610602", "4044938", "3673189", "4086400"],
            m=["213621", "203141"]), (
            "plain tomato ketchup: Heinz «Томатный», Махеевъ «Томатный» (300 г and 700 г), Restoria «ТОМАТНЫЙ», "
            "Астория «Томатный душистый» and «Томатный пряный» (spiced is not hot), Кальве «с помидорами черри», "
            "Mr.Ricco «томатный», Слобода «томатный». Чили, шашлычный, Heinz «с горч.» and Mr.Ricco «чесн.» excluded "
            "(hot / other varieties)")),
        ("пармезан в стружке", S(x=["3963977"]), (
            "parmesan shavings: Cheese Gallery «Пармезан тёртый хлопья» (flakes = shavings). Parmesan pieces "
            "(Castello Reggianido, LAIME, Dolce Granto, Зелёная Линия, Чиз Гелери 175 г), finely grated Dolce Granto "
            "«тёртый», chips and fuet with parmesan excluded")),
    ]),
    # fxe12 weekend breakfast
    ("блинчики с творогом замороженые одну пачку, сметана 15% домик в деревне, варенье клубничное домашнее", [
        ("блинчики с творогом замороженые одну пачку", S(p=["3403652"]), (
            "frozen pancakes with curd: ЦЕЗАРЬ «Блинчики с дер.твор.» (taken as frozen — outside knowledge). "
            "Pancakes with meat, chicken, apple, raspberry, nut paste, potato, plain pancakes and pancake mix "
            "excluded")),
        ("сметана 15% домик в деревне", S(p=["3665624"], x=["3665624", "4335470"]), (
            "Домик в деревне sour cream 15 % (300 г and 450 г). Домик в деревне 20/25 % and other brands' 15 % "
            "excluded")),
        ("варенье клубничное домашнее", S(m=["82bf2ad868"]), (
            "strawberry varenye (ВОЛОГОДСКОЕ ВАРЕНЬЕ клубничное); «домашнее» read as a wish (home-style), not the "
            "Экопродукт «ДОМАШНЕЕ» line. Strawberry jam (Махеевъ «Джем» клубника — варенье ≠ джем), other fruits "
            "and ice cream with varenye excluded")),
    ]),
    # fxe13 dairy and eggs
    ("яйца отборные десяток 2 упаковки, творог 9% 2 пачки по 180, сгущенку рогачев ж/б", [
        ("яйца отборные десяток 2 упаковки", S(p=["3620510"], x=["3062835", "44323", "3634491"]), (
            "hen eggs of class «отборные»/СО in packs of 10 (Волжское Утро, Окское, Роскар Экстра СО, Маркет). С1 "
            "eggs, the Волжанин pack of 6 and packs of 20 excluded; «2 упаковки» is a count")),
        ("творог 9% 2 пачки по 180", S(x=["4216658"]), (
            "cottage cheese 9 % in 180 g packs (Молочный знак); «по 180» names the pack. Вкуснотеево 9 % 300 г and "
            "Молочный знак 9 % 800 г excluded by size; other fats, flavoured and children's curd excluded")),
        ("сгущенку рогачев ж/б", S(), (
            "Рогачев sweetened condensed milk: none — Рогачев is offered only as «вареное» (boiled) condensed milk "
            "(Пятёрочка «Егорка», Магнит), which is another product; Алексеевское condensed milk is another brand. "
            "Missing everywhere")),
    ]),
    # fxe14 cocoa and tea time
    ("какао несквик банка, зефирки ванильные к какао, вафли яшкино шоколадные в пачке, чаек черный в пакетиках 100шт", [
        ("какао несквик банка", S(), (
            "Nesquik cocoa drink in a tin/jar: none stated. Пятёрочка Nesquik OPTI-START 135 г and ALL NATURAL 128 г "
            "and Магнит «Какао Nesquik, 500 г» do not say банка (small packs / the 500 g pack taken as a bag — "
            "outside knowledge). Nesquik chocolate, cereal and sweets excluded. Missing everywhere")),
        ("зефирки ванильные к какао", S(p=["3406629", "3936545", "4086822"]), (
            "vanilla zephyr: Шарлиз «глазированный ваниль», «в шоколадной глазури с ароматом ванили» 1 кг, Белевский "
            "«с ароматом ванили»; «к какао» is a purpose. Zephyr of other or unstated flavours (Антоновка, "
            "черносмородиновый, ягодное парфе, клубника, «Зефирное детство», LOVE IS), marshmallows without a "
            "stated vanilla flavour and Bon Pari sour marshmallow excluded")),
        ("вафли яшкино шоколадные в пачке", S(), (
            "Яшкино chocolate wafers: none — Яшкино wafers offered are сливочные, с варёной сгущёнкой, сгущенка, "
            "клубничные and «глазированные с орешками»; chocolate wafers of other brands (Коломенское Каприччио, "
            "Коровка, Зерница) excluded. Missing everywhere")),
        ("чаек черный в пакетиках 100шт", S(
            p=["4002510", "3998702", "3378327", "3662837", "3450276", "3950803", "3620106", "3635756", "3378336",
               "3424384", "3499718", "3446638", "3472459", "2070472", "3948128", "11200", "3689577"],
            m=["159991", "206041", "109361", "199261", "199201", "213601"]), (
            "black tea in packs of 100 bags («100х…г», «100 пак»), plain or flavoured black (Earl Grey, чабрец, "
            "Spring Melody, fruit); Lipton Earl Grey and Принцесса Канди taken as black (outside knowledge). Packs "
            "of 20/25 bags, loose-leaf tea, green/herbal tea and Richard «Royal English Breakfast … в пак 200гр» "
            "(bag count not stated) excluded")),
    ]),
    # fxe15 laundry for school clothes
    ("стиральный порошок для детского белья, ленор кондей для белья, пятновыводитель vanish oxi", [
        ("стиральный порошок для детского белья", S(m=["167921"]), (
            "washing powder for children's laundry: Tide «Детский» 2,4 кг. Tide «д/чувств кожи» (not stated for "
            "children), ordinary/colour powders, gels, capsules and Vernel «детский» conditioner excluded")),
        ("ленор кондей для белья", S(p=["3465388", "3669625", "4025712"], m=["205131", "159881", "203041"]), (
            "every Lenor fabric conditioner (Золотая орхидея, Масло ши, Haute Couture, Альпийские луга, Миндальное "
            "масло). Ariel «TOUCH OF LENOR» and Tide «Lenor Color» powders, Vernel and Е conditioners excluded")),
        ("пятновыводитель vanish oxi", S(p=["2080266"], m=["bb3ee4398d"]), (
            "Vanish Oxi stain removers (OXI ACTION 1 л, Oxi Advance 250 г). Vanish Gold carpet cleaner excluded")),
    ]),
    # fxe16 after-school tea
    ("кефирчик или ряженка, булочки с маком к чаю, овсяное печенье мягкое", [
        ("кефирчик или ряженка", S(), (
            "kefir or ryazhenka (either accepted): no kefir at all; the only ryazhenka is Агуша «клубника» — a "
            "flavoured children's ryazhenka, excluded as plain drinking dairy excludes flavoured (as milk does). "
            "Missing everywhere")),
        ("булочки с маком к чаю", S(), (
            "buns with poppy seeds: none. «Баранки … с маком» (bagels), Сдобная Особа «Рулет с маковой начинкой» "
            "(roll cake) and a poppy-seed cake excluded. Missing everywhere")),
        ("овсяное печенье мягкое", S(p=["3995521", "3995522", "3639541", "4050870"], m=["106061", "106071"]), (
            "oatmeal cookies of the usual soft kind: «Печенье овсяное Классическое» (also with chocolate pieces), "
            "«Миндальное овсяное», Хлебный спас «Овсяное» (Особое, Злаковое ассорти, «Мультизлаковое» with filling). "
            "Judgement: no title states «мягкое»; classic Russian oatmeal cookies are soft, so «мягкое» is taken to "
            "exclude only Юбилейное «овсяное» (a crisp biscuit — outside knowledge). Velle oat products and Bounty "
            "«Мягкое печенье» (not oatmeal) excluded")),
    ]),
    # fxe17 wraps for the lunch box
    ("тортилья пшеничная для роллов, филе куриное охл 1 кг, моцарелла тертая для пиццы пачку, кукурузу bonduelle сладкую", [
        ("тортилья пшеничная для роллов", S(p=["3439566"]), (
            "wheat tortillas (Mission «Лепешки тортилья пшеничные»); «для роллов» is a purpose. Nachos chips "
            "excluded")),
        ("филе куриное охл 1 кг", S(p=["2160069", "3963723"], x=["2160069", "3658841", "2173555", "4328961", "4306577"]), (
            "chilled chicken breast fillet (Первая Свежесть «Филе с грудки»/«Филе большое грудки», Троекурово, "
            "Петелинка incl. «малое» inner fillet, Зелёная Линия); 1 кг is a quantity. «Грудка … без кожи» (bone "
            "not stated, not «филе»), cooked fillets (гриль, запечённое), рулет and sausages excluded")),
        ("моцарелла тертая для пиццы пачку", S(x=["4111694"]), (
            "grated mozzarella (Cheese Gallery «Моцарелла тертый»); «для пиццы» is a purpose. Block «Моцарелла для "
            "пиццы»/«Моцарелла Пицца», balls, cherry, sticks and processed «Моцарелла» slices excluded")),
        ("кукурузу bonduelle сладкую", S(m=["213661", "111551"], x=["3645521", "16793"]), (
            "Bonduelle canned corn (Магнит titles omit «сладкая»: Bonduelle canned corn is sweet corn — outside "
            "knowledge). Other brands (Heinz, Globus, 6 соток, Знак Заботы, Юнона, Пятёрочка «Молодая» without a "
            "brand) and Bonduelle peas/beans/olives excluded")),
    ]),
    # fxe18 cooking for the week
    ("фаршик домашний свинина говядина, рис длиннозернистый, пасту томатную 70г, чесночка головку", [
        ("фаршик домашний свинина говядина", S(p=["3205754", "3673806"]), (
            "pork-and-beef «домашний» mince: САМСОН «Фарш ДОМАШНИЙ», Мираторг «свино-говяжий домашний». Beef-only, "
            "pork-only, turkey, «Премиум» Петелинка (poultry) and «Деревенский» (composition not stated) mince and "
            "stuffed olives excluded")),
        ("рис длиннозернистый", S(p=["39747", "5722"], m=["7936bf2f6b", "448fba0b94"]), (
            "long-grain rice: Мистраль Жасмин «длиннозерный», Националь «Лазер длиннозерный», basmati (Мистраль, "
            "Националь — long-grain by outside knowledge). Round rice, plov rice, Адриатика, Кубань, brown «Экстра "
            "бурый» (grain not stated), rice mixes and rice products excluded")),
        ("пасту томатную 70г", S(), (
            "tomato paste in a 70 g pack: none — only 250 ml/480 ml Помидорка, Heinz 310 г and Махеевъ 500 г jars; "
            "70 г names the pack. Missing everywhere")),
        ("чесночка головку", S(x=["17662"]), (
            "fresh garlic (Перекрёсток «Чеснок, 3шт»; one head is a quantity). Dried granulated garlic, salted "
            "garlic and garlic-flavoured goods excluded")),
    ]),
    # fxe19 cleaning
    ("чистящее для плиты антижир, domestos для унитаза гель, перчатки резиновые хозяйственные м, тряпочки из микрофибры 3 шт", [
        ("чистящее для плиты антижир", S(p=["2089767", "3362660", "3362360"], m=["7f51925bae"]), (
            "kitchen degreasers: Cillit Bang «АНТИЖИР+СИЯНИЕ», Unicum «Жироудалитель» (plain and Gold, Магнит «для "
            "кухни»). Cillit Bang «АНТИНАЛЕТ», universal creams/powders (Cif, Comet, Пемолюкс) and Domestos "
            "universal excluded")),
        ("domestos для унитаза гель", S(p=["3956853", "3956850"]), (
            "Domestos toilet cleaner (the 750 ml «ДЛЯ УНИТАЗА» liquids are gels — outside knowledge). Domestos "
            "universal cleaners and the Domestos Power 5 rim block (not a gel) excluded; Bref/Comet are other "
            "brands")),
        ("перчатки резиновые хозяйственные м", S(), (
            "rubber household gloves: none in the offers. Missing everywhere")),
        ("тряпочки из микрофибры 3 шт", S(), (
            "microfibre cloths: none in the offers. Missing everywhere")),
    ]),
    # fxe20 healthy breakfast
    ("гранола с орехами и медом, греческий йогурт несладкий, малинка замороженная для смузи", [
        ("гранола с орехами и медом", S(), (
            "granola with nuts and honey: none. Kellogg's «Гран-мюсли орех/фрукт/яг.» names no honey; AXA «Мюсли "
            "медов. шокол/орех» is muesli, not granola; yoghurts with granola excluded. Missing everywhere")),
        ("греческий йогурт несладкий", S(x=["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"]), (
            "plain Greek yoghurt: Neo «без сахара», Teos «Греческий», Простоквашино «Греческий», Зелёная Линия "
            "«натуральный» (plain ones taken as unsweetened — outside knowledge). Greek yoghurts with fruit filling "
            "(Пятёрочка вишня/черника, Дикси Viola малина-мята) and feta «греческий» excluded")),
        ("малинка замороженная для смузи", S(), (
            "frozen raspberries: none. Перекрёсток fresh raspberries (Маркет Fresh, «в сердце») and raspberry-"
            "blueberry mixes are fresh; raspberry sorbet, kissel and jam excluded. Missing everywhere")),
    ]),
    # fxe21 little ones' drinks and purees
    ("водичка детская 5 литров, соки фрутоняня маленькие, пюрешки в мягкой упаковке детям", [
        ("водичка детская 5 литров", S(p=["3608729"], m=["e8574e2cda"]), (
            "children's drinking water 5 l (Honey Kid Черноголовская, Аквалайн «Для ляль»). Adult 5 l mineral water "
            "and Святой Источник «Светлячок» 0.33 l excluded")),
        ("соки фрутоняня маленькие", S(m=["159931"]), (
            "small ФрутоНяня juices: «Сок Фрутоняня, мультифрукт, 0,2 л». ФрутоНяня pear juice 500 мл (not small), "
            "ФрутоНяня nectar, kissel, purees and porridge excluded")),
        ("пюрешки в мягкой упаковке детям", S(
            p=["3606462", "3606438", "3606463", "3606461", "3638365", "3638366", "3638364", "3943185", "3943192",
               "3943187", "3943196", "3674654", "3674646", "3674637"]), (
            "children's fruit/vegetable purees in pouches: titles saying «Pouch-pack»/«PouchPack» (Агуша, ДП) plus "
            "Агуша «протертое» 90 г and Gerber 90 г (outside knowledge: these 90 g lines are pouches). Meat and fish "
            "purees 80-100 г (jars), ФрутоНяня 250 г, Растишка 85 г and no-brand 90 г purees (pack not stated) "
            "excluded")),
    ]),
    # fxe22 treats
    ("kinder delice, мармелат haribo, сушки с маком к чаю пакет, сок добрый мультифрукт 1л", [
        ("kinder delice", S(), (
            "Kinder Délice sponge cake: none. Kinder Chocolate, Surprise, Joy, Schoko-Bons, Mini/Maxi Mix and the "
            "Kinder Land soft drink excluded. Missing everywhere")),
        ("мармелат haribo", S(p=["4065859"]), (
            "Haribo gummies (HARIBO Ягоды). Gummies of other brands (Fruittella, Бон Пари, Mamba, Chupa Chups) "
            "excluded")),
        ("сушки с маком к чаю пакет", S(), (
            "сушки with poppy seeds: none. «Баранки … с маком» (larger, softer bagels) and Озби «Мини сушка, "
            "ваниль» excluded. Missing everywhere")),
        ("сок добрый мультифрукт 1л", S(), (
            "Добрый multifruit juice 1 l: none — Добрый «Сок мультифрут с 6 мес.» is 0.2 l, Перекрёсток Добрый "
            "«мультифруктовый» is a nectar of 1.45 l; other Добрый drinks excluded. Missing everywhere")),
    ]),
    # fxe23 paper and hygiene
    ("туалетная бумага папия, полотенца бумажные кухонные 2 рулончика, влажные салфетки для детей без отдушки, зубная паста для детей 6+", [
        ("туалетная бумага папия", S(p=["3679801", "3449118"]), (
            "Papia toilet paper: PAPIA «белая 3сл. 8рул» and «PAP. Бумага WHITE DE LUXE» (PAP. = Papia). Zewa and "
            "Familia toilet paper and Papia towels excluded")),
        ("полотенца бумажные кухонные 2 рулончика", S(p=["3449212", "3601010"]), (
            "paper towels in 2-roll packs (Papia 3сл. 2рул, Familia 2 рулона); «2 рулончика» names the pack. ZEWA "
            "«Полотенца бумажные» (roll count not stated) excluded")),
        ("влажные салфетки для детей без отдушки", S(x=["3697052"]), (
            "children's wet wipes: Kokoro «для новорожденных» (no fragrance named, so the negative wish does not "
            "exclude it). Universal, antibacterial and cosmetic wipes (Tolli, SALFETI, Home Story, Пр!ст) are not "
            "for children")),
        ("зубная паста для детей 6+", S(m=["32cc6f1bd5"]), (
            "children's toothpaste for age 6+: SPLAT JUNIOR «д/дет 6-11 лет». Adult pastes and toothbrushes "
            "excluded")),
    ]),
    # fxe24 fish day
    ("минтай филе морож, рис пропаренный, морковка по корейски острая, укроп зеленый 1 пучок на суп", [
        ("минтай филе морож", S(m=["199381"], x=["4350401", "4350402"]), (
            "pollock fillet (Люди Любят «замороженный»/«мороженое»; Магнит «Филе минтая, полуфабрикат из "
            "замороженного сырья» accepted — judgement: made from frozen fish, may be sold thawed). Other fish "
            "excluded")),
        ("рис пропаренный", S(), (
            "parboiled rice: none stated (Жасмин, Басмати, round and plov rice are not parboiled). Missing "
            "everywhere")),
        ("морковка по корейски острая", S(p=["3431787"], x=["4400339"]), (
            "Korean-style carrot salad (Freshsecret, Белая Дача «Классическая»); no title says «острая», the salad "
            "is spicy by nature (outside knowledge). Магнит «со спаржей» and «Цветная капуста с морковью "
            "по-корейски» (other salads), «Баклажаны по-корейски» and «Хе» excluded")),
        ("укроп зеленый 1 пучок на суп", S(m=["109841"], x=["4295468"]), (
            "fresh dill (Магнит «Укроп, 1 уп. (100 г)», Маркет Fresh «Укроп зеленый»); «1 пучок» is a quantity. "
            "Dried dill and mixed herb bunches (петрушка-укроп-лук) excluded")),
    ]),
    # fxe25 tea table
    ("печенье мария к чаю, greenfield чай ассорти, рафинад сахар 1 кг, лимон 1 штучку", [
        ("печенье мария к чаю", S(m=["fe5facccea"]), (
            "«Мария» biscuits (Любятово «Печенье затяж Мария трад»). Other biscuits excluded")),
        ("greenfield чай ассорти", S(), (
            "a Greenfield assortment pack: none. Single Greenfield teas (Spring Melody, Kenyan Sunrise, Golden "
            "Ceylon, Earl Grey Fantasy, Redberry Crumble, mate) excluded by «ассорти». Missing everywhere")),
        ("рафинад сахар 1 кг", S(m=["07d5c3205d"]), (
            "lump refined sugar 1 кг: РУССКИЙ «Сахар белый прессованный 1кг» (прессованный = рафинад). Demerara "
            "cane sugar, sugar-free goods and sweets excluded")),
        ("лимон 1 штучку", S(), (
            "fresh lemons: none (Магнит «Лайм, 1 кг» is another fruit; lemon-flavoured drinks, cleaners and "
            "sweets excluded). Missing everywhere")),
    ]),
]


def check_blind(lists):
    """The list texts must be byte-identical to the blind draft (lines that are not '#' comments)."""
    with open(BLIND, "rb") as fh:
        blind = [ln for ln in fh.read().decode("utf-8").split("\n") if ln and not ln.startswith("#")]
    texts = [text for text, _ in lists]
    if [t.encode("utf-8") for t in texts] != [b.encode("utf-8") for b in blind]:
        for n, (t, b) in enumerate(zip(texts, blind), 1):
            if t != b:
                print("fxe%02d differs from the blind draft:\n  %r\n  %r" % (n, t, b))
        sys.exit("list texts are not byte-identical to %s" % BLIND)


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fxe"))
