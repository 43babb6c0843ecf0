#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xc.jsonl -- Maslenitsa-week shopping lists hand-labelled against the real
offers in real_offers.jsonl (same directory; Пятёрочка 2,188, Магнит 951, Дикси 14, Перекрёсток 1,037 offers).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xc.build.py

LISTS below is literal data: 25 lists (3-5 items) on the theme "Maslenitsa week: pancakes of every kind,
fillings, toppings, and a big Sunday family lunch afterwards", written as people type them to a Telegram bot
*before* any offer was read (copied byte for byte from fresh_basket_eval_xc.blind_lists.txt), and for every
item the product ids of every in-stock offer per store that a reasonable shopper who wrote exactly that item
would accept.  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, ё -> е) and read one by one; each item was re-checked by
listing all titles matching its stem that were not accepted.  The note of each item records what was
accepted, what was deliberately left out and any judgement resting on outside knowledge.  An empty list
means the store has nothing acceptable (the item is "missing" there).  Nothing of the tool (korzina) was
read or run.

The script only checks the data with labelled_lists.build -- every id exists in real_offers.jsonl *for that
store* and is in stock (``available`` true), no id is repeated within an item, every item has a note, and
the labels are exactly the list's items in order (an item is the text between commas / new lines) -- and
then writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fxc01, fxc02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xc.jsonl")

def acc(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


NONE = acc  # NONE() = missing in every store

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fxc01 Monday: the basic batter
    ("мучка высший сорт 2 кило, молоко 3.2 2 пакета, яйца отборные 2 десятка, подсолнечное масло рафинир. для жарки, сахарку пачку", [
        ("мучка высший сорт 2 кило", acc(
            perekrestok=["91304", "8065"],
        ), "wheat flour of высший сорт in 2 kg packs (Makfa в/с 2 кг; Пышечка хлебопекарная в/с 2 кг); «2 кило» taken as "
           "the pack size (flour is sold in fixed packs), so Makfa 1 кг is excluded; «Мука Пшеничная, 2кг» (sort not "
           "stated), Рязаночка «ЭКСТРА» 2 кг (a different grade), whole-grain, rye, rice and durum «крупка» excluded"),
        ("молоко 3.2 2 пакета", acc(
            pyaterochka=["3694630", "3507208", "3425329", "3645807"],
            dixy=["809c0dd88b"],
            perekrestok=["3431579", "4259100", "4244242", "3645807", "b508e73840", "52d96fd806", "eaf7de5f17",
                         "ecc07a0e68", "f3d85bb393", "488d323508", "e458dc5e25", "47a9cd6be2", "f50aeac1bb",
                         "885d917850", "35ac60eec2", "89a1c1419e", "949b3dd46f", "9dbc98f064", "e2d5d93f2a",
                         "2f04f03749", "87b2dc7b1d", "14753f9f39", "b4411ba8d4", "01f728b210", "a24f88bea8"],
        ), "cow drinking milk labelled exactly 3.2 % (pasteurised/UHT/sterilised, any pack; children's milk Агуша "
           "«от 3л», Сарафаново «детское» included as in real_basket_eval); «2 пакета» is a quantity; топлёное 3.2 % "
           "(Простоквашино, Домик в деревне), ranges (Романов луг «от 3,2% до 6%», 3.2-4 %, 3.4-6 %), 2.5/3.5/3.7 %, "
           "goat, coconut, condensed milk and Чудо «клубника» excluded; Магнит has only 2.5 % and flavoured milk"),
        ("яйца отборные 2 десятка", acc(
            pyaterochka=["3620510"],
            perekrestok=["3062835", "44323", "3634491"],
        ), "hen eggs of class отборные/СО in packs of 10 («2 десятка» = two packs of ten; no СО pack of 20 exists); "
           "Волжанин «отборной категории» 6 шт, all С1 eggs (10/20 шт), quail eggs and Kinder eggs excluded"),
        ("подсолнечное масло рафинир. для жарки", acc(
            pyaterochka=["3454645"],
            magnit=["0b2585a062", "c52c41afd8", "77ec9da5de"],
        ), "refined sunflower oil (Олейна раф. дез.; Благо, MR.RICCO раф/дезодор, Слобода «раф для жарки»); «для жарки» "
           "is a purpose that refined oil satisfies; MR.RICCO «с доб олив» and «с экстр Прованские травы», MR.RICCO "
           "«с доб масла авокадо» (blends/flavoured), ALMADOR sunflower oil «с ароматом базилика»/«чеснока» (flavoured, "
           "not stated refined), olive and grape-seed oils excluded"),
        ("сахарку пачку", acc(
            magnit=["07d5c3205d"],
        ), "white sugar; the only white sugar is Магнит «Сахар белый прессованный 1кг» (pressed lump sugar, sold in a "
           "«пачка» box -- accepted, outside knowledge that пачка сахара commonly means such a box); cane sugar "
           "«Демерара» 500 г (brown specialty sugar) and everything «с сахаром»/«без сахара» excluded"),
    ]),
    # fxc02 thin pancakes on kefir
    ("кефирчик 2.5% для блинов, содочка гасить уксусом, мука пшеничная макфа 2кг, ванилинчик пару пакетиков", [
        ("кефирчик 2.5% для блинов", NONE(),
         "kefir 2.5 %: no offer titled кефир in any store; ряженка/йогурт/биойогурт 2.5 % are not kefir"),
        ("содочка гасить уксусом", NONE(),
         "baking soda: none in any store; Перекрёсток «Разрыхлитель для теста Пр!ст» (baking powder) is another "
         "product and is excluded; «газированная» waters are traps"),
        ("мука пшеничная макфа 2кг", acc(
            perekrestok=["91304"],
        ), "Makfa wheat flour in a 2 kg pack (Перекрёсток «Мука Makfa высшего сорта, 2кг» -- wheat by outside knowledge, "
           "Makfa's в/с flour is wheat); Makfa 1 кг excluded by the written pack size; other brands excluded"),
        ("ванилинчик пару пакетиков", NONE(),
         "vanillin: none in any store; vanilla ice creams, «ванильный» desserts and Oreo/croissants «ваниль» are traps"),
    ]),
    # fxc03 pancakes with caviar
    ("икра красная горбуши 140г, сметану 20% побольше, сливочное 82.5 только не спред не маргарин, зеленого лучка пучочек", [
        ("икра красная горбуши 140г", NONE(),
         "pink-salmon (горбуша) red caviar in a 140 g pack: none; горбуша caviar exists only in Перекрёсток as 95 g, "
         "100 g, 200 g and 240 g packs (excluded by the written pack size); keta, kizhuch, nerka, trout and sturgeon "
         "caviar, capelin «икра мойвы», vegetable «икра» and Lay's «Красная икра» chips excluded"),
        ("сметану 20% побольше", acc(
            pyaterochka=["3664287"],
            perekrestok=["4314537", "3444929", "4262694", "3664287", "4217906", "4121609", "3651188", "58101",
                         "3293409", "4349770"],
        ), "sour cream labelled exactly 20 % of any brand and pack (Parmalat Comfort lactose-free 20 % included); "
           "«побольше» is a wish, not a filter; 10/15/25/30 % sour cream, «Сметанный»/«Сметанник» cakes and chips "
           "«со вкусом сметаны» excluded; Магнит has only 15 %"),
        ("сливочное 82.5 только не спред не маргарин", acc(
            pyaterochka=["4063188", "3612680", "3948153", "3953367"],
        ), "butter labelled exactly 82.5 % (сладко-сливочное Традиционное 380 г, Вкуснотеево Традиционное, «Масло "
           "сливочное Традиционное» 175 г, Тысяча Озёр); the negative wish excludes spreads and margarine (Пятёрочка "
           "«Маргарин для выпечки Пышка» 72 %); butter 82 % (Президент кислосливочное, Простоквашино in Дикси and "
           "Магнит), 72.5 %, chocolate butter 62 % excluded -- 82 ≠ 82.5"),
        ("зеленого лучка пучочек", acc(
            perekrestok=["4295465"],
        ), "fresh green onion (Перекрёсток «Лук зеленый Маркет Fresh, 100г», the bunch-size pack); the herb mixes "
           "«Ассорти петрушка-укроп-лук» and «Набор зелени Лук, Укроп и Петрушка», bulb onions and green-onion chips "
           "excluded"),
    ]),
    # fxc04 sweet toppings
    ("сгущеное молоко рогачевъ, абрикосовый джем махеев 400г, медок цветочный к блинчикам, топпинг карамельный для блинов", [
        ("сгущеное молоко рогачевъ", NONE(),
         "Рогачёв sweetened condensed milk: the only Рогачёв condensed milks are boiled («Молоко сгущеное Рогачев, "
         "вареное» in Магнит, «вареное ... Егорка Рогачев» in Пятёрочка) -- варёная сгущёнка is a different product "
         "from сгущёнка (as in fresh_basket_eval_g) and is excluded; Алексеевское condensed milk (other brand) and "
         "Перекрёсток «Молоко Рогачевъ питьевое» (drinking milk) excluded"),
        ("абрикосовый джем махеев 400г", NONE(),
         "Махеевъ apricot jam: none; Махеевъ jams exist only as raspberry, peach/mango, strawberry, orange and forest "
         "berries; «Снежка» buns «с абрикосовым джемом» excluded"),
        ("медок цветочный к блинчикам", acc(
            pyaterochka=["3645749", "3645764"],
            magnit=["d32ff23653"],
        ), "natural flower honey (Медовый дом «цветочный разнотравье»; «цветочный монофлорный: Восточная липа»; "
           "«цветочный: Южный цветок»); «к блинчикам» is a purpose; Пятёрочка «Крем-мёд ... с наполнителями» (with "
           "lemon / raspberry), чак-чак, honey cakes and honey-flavoured goods excluded"),
        ("топпинг карамельный для блинов", NONE(),
         "caramel topping/sauce: none; caramel candies, Chupa Chups, «карамелизированное молоко» roll and caramel "
         "tarts excluded"),
    ]),
    # fxc05 curd filling
    ("творог 9 процентов 2 пачки на начинку, изюмчик без косточек 200г, ванильный сахар д/р 3 пакетика", [
        ("творог 9 процентов 2 пачки на начинку", acc(
            pyaterochka=["3634733"],
            perekrestok=["4216658", "4185866"],
        ), "plain cottage cheese labelled 9 % (Вкуснотеево 9 % 300 г; Молочный знак 9 % 180 г and «традиционный» 9 % 800 г); "
           "«2 пачки» is a quantity; 3 %, 4 %, 5 %, 5.5 %, 0.1 %, 0.5 % curd, flavoured and children's curd, "
           "cream cheese and блинчики «с творогом» excluded"),
        ("изюмчик без косточек 200г", NONE(),
         "raisins: no plain raisins in any store; only goods containing raisins (cookies, chocolate, nut mixes, "
         "сырники с изюмом, «Крымское» bun) -- excluded"),
        ("ванильный сахар д/р 3 пакетика", NONE(),
         "vanilla sugar: none; vanilla ice creams, «ванильный» desserts and baking mixes excluded"),
    ]),
    # fxc06 pancakes with salmon rolls
    ("семга или форель слабосоленая нарезка, сливочный сыр hochland, огурчик свежий, укропчику пучок", [
        ("семга или форель слабосоленая нарезка", acc(
            perekrestok=["3387453", "3387456", "4349602", "4428364", "11778", "4019282", "6204"],
        ), "lightly salted Atlantic salmon (сёмга) or trout sold sliced («ломтики», «филе ломтики»), either accepted; "
           "«нарезка» is a form and excludes «филе-кусок» (Русское Море, Балтийский Берег, Мирамар, Океан, Vici, "
           "Рыбстандарт, Gustafsen, Люди Любят, Меридиан) and Пятёрочка «РУС.МОРЕ Форель слабосоленая в/у 200г» (the "
           "same id is titled «филе-кусок» in Перекрёсток); Silver Fish «слабосолёная с розмарином» 120 г (form not "
           "stated, flavoured), нерка ломтики (sockeye, not сёмга/форель), cold-/semi-smoked trout, frozen trout, "
           "salads and sandwiches with salmon excluded"),
        ("сливочный сыр hochland", acc(
            pyaterochka=["3467389"],
            perekrestok=["3348645", "4091852"],
        ), "Hochland cream cheese (творожный): Перекрёсток «Hochland сливочный 60%» 140 г and «Hochland Для кулинарии» "
           "(plain cream cheese, judged by outside knowledge); Пятёрочка «Сыр Hochland. Сливочный, 220 г» taken as the "
           "Hochland творожный сливочный 220 г tub (outside knowledge; Перекрёсток sells the 220 g Hochland творожный "
           "line); Hochland «с зеленью» (flavoured), Hochland Грюнландер (semi-hard), Пятёрочка «HOCHL.Сыр пл.-тост С ВЕТ.» "
           "and Магнит «Сыр Hochland, плавленый, сливочный, 55 %, 400 г» (processed cheese -- a trap) excluded; other "
           "brands' cream cheeses (Almette, Violette, Valio, Савушкин) excluded"),
        ("огурчик свежий", acc(
            magnit=["200221", "169161"],
            perekrestok=["4391463", "3682401", "3368258"],
        ), "fresh cucumbers of any kind (короткоплодные, пупырчатые, Ботаника, Перекрёсток «Огурцы Хрустящие, 450г» -- "
           "taken as fresh by outside knowledge, a produce brand --, fresh «Огурцы корнишоны, 300г»); salted, "
           "marinated and «Пикули» cucumbers, cucumber shampoo and the stem inside «йогурт» excluded"),
        ("укропчику пучок", acc(
            magnit=["109841"],
            perekrestok=["4295468"],
        ), "fresh dill (Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh, 100г»); dried dill "
           "«Восточный гость», herb mixes and herring «с укропом» excluded"),
    ]),
    # fxc07 lazy Maslenitsa: ready pancakes
    ("блинчики с мясом замороженые, блины с творогом готовые, сметанка 15 на блины", [
        ("блинчики с мясом замороженые", acc(
            pyaterochka=["3662908", "3403651"],
        ), "frozen pancakes filled with meat: Сибирская коллекция «Блинчики с мясом» 400 г (a frozen brand -- outside "
           "knowledge) and «Блинчики с телятиной ... замороженные» (veal is meat); Магнит «Блины с мясом 180г» is a "
           "chilled ready-food item (not frozen) and is excluded, as are pancakes with ham and cheese, chicken and "
           "mushrooms, potato/mushroom, curd or sweet fillings and unfilled pancakes"),
        ("блины с творогом готовые", acc(
            pyaterochka=["3403652"],
        ), "ready-made pancakes with curd filling (Пятёрочка «ЦЕЗАРЬ Блинчики с дер.твор.» 450 г -- frozen ready "
           "blinchiki; «готовые» = not home-made); pancakes with other fillings, unfilled pancakes, «Смесь БЛИНЫ "
           "ЦАРСКИЕ» (batter mix) and сырники excluded"),
        ("сметанка 15 на блины", acc(
            pyaterochka=["3665624"],
            magnit=["de14617e33", "199001"],
            perekrestok=["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                         "4095525"],
        ), "sour cream labelled exactly 15 % of any brand and pack, lactose-free included; 10/20/25/30 % and chips "
           "«со вкусом сметаны» excluded"),
    ]),
    # fxc08 meat and liver fillings
    ("фарш говяжий 500г для блинчиков, лук репка 1 кило, рис круглозерный для начинки, печень куриная охлажденная", [
        ("фарш говяжий 500г для блинчиков", acc(
            pyaterochka=["3398465", "4065830", "3447375"],
        ), "pure beef mince (Рестория «фарш Говяжий» 400 г, Останкино «ФАРШ ГОВЯЖИЙ» 400 г, Мираторг «Фарш говяжий» "
           "400 г); «500г» of a meat is read as the amount wanted, not a pack filter (as «куриное филе 1кг» in set g); "
           "свино-говяжий, «Домашний», «Деревенский», pork, turkey and Петелинка «Премиум» (chicken) mince and "
           "olives «фаршированные» excluded"),
        ("лук репка 1 кило", acc(
            magnit=["168721", "168731"],
            perekrestok=["79135", "79012"],
        ), "bulb onions («лук репка» = репчатый): titles saying «Лук репчатый» of any colour and Магнит «Лук Светофор» "
           "(a bag of yellow/red/white bulb onions -- outside knowledge); «1 кило» is an amount; the sweet salad "
           "varieties Ялтинский and «Лук салатный», shallots, green onion, FEDERICI «Луковки» (pickled) excluded"),
        ("рис круглозерный для начинки", acc(
            pyaterochka=["3483037"],
            magnit=["106651", "106021", "106641", "199371"],
        ), "round-grain rice: titles saying «круглый» (Увелка Краснодарский; Мистраль «для плова, традиционный, круглый») "
           "and, by outside knowledge, the same Мистраль «для плова традиц.» 900 г in Пятёрочка, Мистраль «Кубань» "
           "and Националь «Адриатика» (both round-grain varieties); long-grain, basmati, jasmine, Лазер, Девзира, "
           "brown rice, Националь/Global Village «для плова» (grain not stated), rice flour, flakes and noodles "
           "excluded; «для начинки» is a purpose"),
        ("печень куриная охлажденная", NONE(),
         "chilled chicken liver: none; Магнит «Печень свиная для жарки» (pork, frozen), liver pâtés and pet food "
         "«с печенью» excluded"),
    ]),
    # fxc09 kids' pancakes
    ("nutella 350г, бананчики для блинов, клубничка замороженная 300г", [
        ("nutella 350г", NONE(),
         "Nutella: none in any store; Пятёрочка «Паста Cuisine Royale ... шоколадно-ореховая, 330 г» (another brand), "
         "Коровка milk-chocolate paste and pancakes/tartlets «ореховая паста» excluded"),
        ("бананчики для блинов", acc(
            perekrestok=["3757", "3639749", "4112219", "4208494"],
        ), "fresh bananas (loose, «фасованные», «мини», Organic Зелёная Линия); dried bananas, banana candies and "
           "banana-flavoured goods excluded"),
        ("клубничка замороженная 300г", NONE(),
         "frozen strawberries: none; only fresh strawberries (Перекрёсток Маркет Fresh, «отборная») and strawberry-"
         "flavoured goods -- excluded because «замороженная» is a form"),
    ]),
    # fxc10 buckwheat blini
    ("мука гречневая для блинов, дрожжи саф момент 11г 2 шт, молоко топленое 4% топленка, масло топленое гхи", [
        ("мука гречневая для блинов", NONE(),
         "buckwheat flour: none; buckwheat groats, flakes, soba noodles, porridge and wheat/rye/rice flour excluded"),
        ("дрожжи саф момент 11г 2 шт", acc(
            perekrestok=["17366"],
        ), "Саф-Момент dry yeast 11 g («2 шт» is a quantity); Рестория «ТЕСТО ДРОЖЖЕВОЕ» and yeast-free dough excluded"),
        ("молоко топленое 4% топленка", acc(
            perekrestok=["6f87bafd7a"],
        ), "baked (топлёное) milk labelled exactly 4 % (Эконива 4 %); топлёное 3.2 % (Простоквашино, Домик в деревне, "
           "Пятёрочка ПРОСТОКВ.), «из Углича» 3.6-4.2 % (range), waffles/cheese «топленое молоко» excluded"),
        ("масло топленое гхи", NONE(),
         "ghee / clarified butter: none; Магнит «ХОЗЯЮШКА Топленая смесь 99,7%» is a butter-and-vegetable-fat blend "
         "(not ghee) and is excluded"),
    ]),
    # fxc11 oat pancakes on a diet
    ("мука овсяная для панкейков, молоко без лактозы 1.5, творог 0% обезжир", [
        ("мука овсяная для панкейков", NONE(),
         "oat flour: none; oat flakes (Геркулес, Увелка), oat porridge, oat cookies and oat drinks excluded"),
        ("молоко без лактозы 1.5", acc(
            perekrestok=["b267022f66", "4308790"],
        ), "lactose-free cow milk labelled 1.5 % («1.5» read as the fat, as lactose-free milk is not sold in 1.5 l); "
           "lactose-free 0.05 %, 1.8 %, 3.5 % and 3.6-4.6 % and regular 1.5 % milk excluded"),
        ("творог 0% обезжир", NONE(),
         "cottage cheese labelled 0 %: none; Перекрёсток «Творог обезжиренный 0.5%» (0.5 ≠ 0), Пятёрочка «Творог "
         "мягкий ... 0,1%» and «Биотворог обезжиренный ... Howaru» (fat not stated; обезжиренный allows up to 1.8 %) "
         "excluded"),
    ]),
    # fxc12 pancake kitchen (non-food)
    ("сковорода для блинов 22см, лопатка силиконовая, бумажные полотенца zewa, пергамент для выпечки рулон", [
        ("сковорода для блинов 22см", NONE(),
         "pancake pan: no cookware in any store"),
        ("лопатка силиконовая", NONE(),
         "silicone spatula: none; «Лопатка свиная» (pork shoulder, Магнит and Пятёрочка) and «Лопатка Фермерская» "
         "(smoked pork) are traps"),
        ("бумажные полотенца zewa", acc(
            pyaterochka=["3431062"],
        ), "Zewa paper towels (Пятёрочка «ZEWA Полотенца бумажные»); Zewa toilet paper (dry and moist), PAPIA and "
           "Familia towels (other brands) excluded"),
        ("пергамент для выпечки рулон", NONE(),
         "baking parchment: none; «Маргарин для выпечки», baking mixes and sets excluded"),
    ]),
    # fxc13 herring and potatoes
    ("селедочка филе в масле матиас, лучок красный сладкий, картошечка молодая мытая, водочка 0.5 хорошая", [
        ("селедочка филе в масле матиас", acc(
            pyaterochka=["3497722"],
            perekrestok=["3497722", "79542", "79544", "4034451", "4147685", "4225103"],
        ), "Матиас herring fillet in oil, any variant (оригинал, XXL отборная филе-кусочки, «с ароматом дыма»); "
           "Пятёрочка «САН.БР.Филе сельди МАТ.ХХL дел.ж/б 200г» accepted because the same id is «Сельдь Матиас ХХL "
           "Отборная филе-кусочки в масле, 200г» in Перекрёсток; «Матиас деликатесное оригинальное филе» 400 г (both "
           "chains; «в масле» not stated) excluded, as are herring of other brands, herring in wine marinade and "
           "brine, «под шубой» salads and herring caviar"),
        ("лучок красный сладкий", acc(
            magnit=["168721", "168741"],
            perekrestok=["79012", "3368252", "3623836"],
        ), "red onion: «Лук репчатый, красный» and Ялтинский onion (a sweet red Crimean variety -- outside knowledge); "
           "«сладкий» is a wish; white/yellow onion, «Светофор» mixed bag, shallots and salad onion excluded"),
        ("картошечка молодая мытая", NONE(),
         "potatoes that are both young and washed: none; Дикси «Картофель молодой» and Магнит «Картофель Новый урожай» "
         "are not said to be washed, and the washed potatoes (Магнит «мытый», «красный, мытый»; Перекрёсток «мытый», "
         "«красный мытый») are not young -- both written qualifiers are required"),
        ("водочка 0.5 хорошая", acc(
            magnit=["2fc1277b9b", "202321", "204991", "167591", "111501", "199131", "160071", "202041", "108971",
                    "202051", "167671", "199141", "1ea5fbb268", "213221", "159761", "112211", "2e5457171a"],
        ), "vodka in 0.5 l bottles, including unflavoured «особая» vodkas (Хортиця Ultra Premium, Перепелка "
           "Фермерская); «хорошая» is a wish; the flavoured Зеленая Марка Кедровая, Талка Сибирский Кедр and Зимняя "
           "Деревенька можжевеловая, and 0.25/0.375/0.45/0.7/1 l bottles excluded; only Магнит sells vodka"),
    ]),
    # fxc14 Sunday lunch: roast chicken
    ("курица целая тушка на запекание, картофан 3 кг, морковочка 1кг, чесночок головки 3 шт, лимона 2 штучки", [
        ("курица целая тушка на запекание", acc(
            dixy=["4cc1fb4741"],
            perekrestok=["3153446", "4068157", "4312266", "4214722", "4252168"],
        ), "a whole raw chicken: Перекрёсток «Тушка цыплёнка» (1 сорт, Халяль, Петелинка, на зерновом откорме) and "
           "«Цыплёнок корнишон» (a whole small chicken); Дикси «Цыпленок-бройлер охлажденный, 1 кг» taken as a whole "
           "bird (no part named -- outside knowledge); chicken parts, duckling «Тушка утёнка», squid/fish «тушка», "
           "canned chicken and ready meals excluded"),
        ("картофан 3 кг", acc(
            dixy=["72aaa021b7"],
            magnit=["168701", "107511", "168671", "109571", "199751"],
            perekrestok=["3646068", "2099571"],
        ), "fresh potatoes of any kind («3 кг» of a weighed good is an amount); potato starch, chips, «Картошка "
           "марципановая», Knorr «картошка по-деревенски» and potato salads excluded"),
        ("морковочка 1кг", acc(
            magnit=["199761"],
            perekrestok=["52112"],
        ), "fresh carrots («1кг» is an amount); Korean carrot salad, «Морковь пикантная с баклажанами» and carrot "
           "juices/purees excluded"),
        ("чесночок головки 3 шт", acc(
            perekrestok=["17662"],
        ), "fresh garlic bulbs (Перекрёсток «Чеснок, 3шт»); salted garlic, dried garlic granules and garlic-flavoured "
           "goods excluded"),
        ("лимона 2 штучки", NONE(),
         "fresh lemons: none; lemonades, lemon-scented cleaners and lemon-flavoured goods excluded"),
    ]),
    # fxc15 olivier salad
    ("докторская колбаска для оливье, горошек зеленый бондюэль 2 баночки, корнишончики маринованые, майонез махеевъ 67% 800г", [
        ("докторская колбаска для оливье", acc(
            pyaterochka=["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            perekrestok=["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                         "78001451", "3033317", "4221913", "3639615", "3347584"],
        ), "Докторская boiled sausage of any brand, piece, loaf or slices (Окраина «Докторская» included -- Докторская "
           "is a boiled sausage by definition); Докторские sausages (сосиски) and сардельки, other boiled sausages "
           "and the energy drink «The Doctor» excluded"),
        ("горошек зеленый бондюэль 2 баночки", acc(
            magnit=["213651", "111581"],
            perekrestok=["27460"],
        ), "Bonduelle/Бондюэль canned green peas, any size («2 баночки» is a quantity); Globus, 6 соток, Маркет, "
           "ЗНАК ЗАБОТЫ peas, Bonduelle corn, beans, olives and mushrooms excluded"),
        ("корнишончики маринованые", acc(
            pyaterochka=["3952588"],
        ), "marinated gherkins: Пятёрочка «Дядя Ваня Огурцы Пикули Одесские. Пастеризованные» (пикули are the "
           "smallest grade of marinated gherkins -- outside knowledge); Скатерть-Самобранка «Огурчики маринов.» "
           "(size not stated), Магнит «Огурцы соленые, Корнишоны» (salted, not marinated), Магнит «Ассорти Черри и "
           "Корнишоны» (an assortment), Глобус «соленые огурчики», fresh «Огурцы корнишоны» and the chicken «Цыплёнок "
           "корнишон» excluded"),
        ("майонез махеевъ 67% 800г", NONE(),
         "Махеевъ mayonnaise 67 % in an 800 g/ml pack: none; Махеевъ Провансаль 67 % 400 мл (wrong pack size) and "
         "«С перепелиным яйцом» 655 мл (wrong size, fat not stated), Слобода 800 мл and other brands excluded"),
    ]),
    # fxc16 Sunday lunch: pork neck
    ("свиная шея кусок 1кг, горчица зернистая французская, хрен столовый с уксусом", [
        ("свиная шея кусок 1кг", acc(
            pyaterochka=["3957120", "3619731", "3666472"],
            magnit=["199511", "107331"],
        ), "raw pork neck in one piece, with or without bone («1кг» is an amount): Магнит «Шейная часть свинины» (б/к, "
           "на кости), Пятёрочка Черкизово «Шейка ... крупнокусковой», «Шейка свиная, Слово Мясника, 800 г» and "
           "«Шейка свиная Рестория, 400 г» (form not stated; taken as a piece -- outside knowledge); neck steaks "
           "in marinade (Магнит), smoked «Шейка» (РЕМИТ к/в), other pork cuts and Панчетта excluded"),
        ("горчица зернистая французская", acc(
            pyaterochka=["3621047"],
        ), "Пятёрочка «Горчица Французская Global Village» accepted -- «французская» mustard in Russian retail is "
           "whole-grain (outside knowledge); Махеевъ «Горчица РУССКАЯ», mustard-flavoured snacks and pretzels excluded"),
        ("хрен столовый с уксусом", acc(
            magnit=["c88a871b65"],
        ), "Махеевъ «Хрен столовый» (table horseradish is prepared with vinegar -- outside knowledge); Пятёрочка «Хрен "
           "сливочный» (creamy), sauerkraut «с хреном» and croutons «со вкусом холодца и хрена» excluded"),
    ]),
    # fxc17 tea after the pancakes
    ("чай гринфилд в пакетиках черный, сушки с маком челночок, пряники тульские с повидлом 1 шт, вареньице малиновое к чаю", [
        ("чай гринфилд в пакетиках черный", acc(
            pyaterochka=["3378336", "3450276", "3489539"],
            magnit=["217b3d7466"],
        ), "Greenfield black tea in bags, any variant (brand rule): Kenyan Sunrise 100x2 г, «ГРИНФ.Чай СПР.МЕЛ.ч.ар. "
           "... 100х1,5г» and «GREENF.Чай REDBER.CRUM.чер.аром.20х1,8г» (flavoured black, bagged) and Магнит «GREENFIELD "
           "Чай Спринг Мелоди 25пак» (Spring Melody is a black tea with thyme -- outside knowledge); Пятёрочка "
           "«Greenfield Spring Melody, черный, 100 г» (no bag count -- the loose pack; the bagged one is 100х1,5г), "
           "«Golden Ceylon листовой», «ЭРЛ ГРЕЙ ФЭНТАЗИ чер.лист200г» (loose) and «GREENF.Нап.чайн.СПИР.МАТЭ» (a "
           "herbal tea drink) excluded, as are other tea brands"),
        ("сушки с маком челночок", NONE(),
         "Челночок сушки with poppy seeds: no сушки of that brand; Пятёрочка «Баранки оригинал. с маком» (bublik, "
         "not сушки, other brand) and «Мини сушка Семейка Озби, ваниль» excluded"),
        ("пряники тульские с повидлом 1 шт", NONE(),
         "Tula gingerbread with jam filling: none; Пятёрочка «Пряники тульские ... с имбирем и начинкой со вкусом "
         "марципана» (marzipan, not повидло) and all other пряники excluded"),
        ("вареньице малиновое к чаю", acc(
            magnit=["2ae922ebdb"],
        ), "raspberry varenye (Магнит «Варенье малиновое 300 г»); Махеевъ «Джем Малиновый» (jam ≠ варенье, as in "
           "fresh_basket_eval_d), ice cream «малиновое варенье», other varenye excluded"),
    ]),
    # fxc18 drinks for the table
    ("морс клюквенный 1 литр любой, сок агуша яблочный 200мл детям, минералка с газом 1.5", [
        ("морс клюквенный 1 литр любой", acc(
            pyaterochka=["3472445"],
            perekrestok=["3695895", "4297529"],
        ), "cranberry mors in 1 l packs (Сады Придонья, Зелёная Линия; Добрый «Морс КЛЮКВА из виногр/клюк.» 1 л, "
           "sold as cranberry mors); Чудо-Ягода «Клюквенный» 970 мл (not 1 l), lingonberry/raspberry and mixed-berry "
           "mors, 0.5 l mors excluded; «любой» is a wish"),
        ("сок агуша яблочный 200мл детям", acc(
            magnit=["eef4bdbf61"],
        ), "Агуша apple juice 200 ml (Магнит «АГУША Сок яблоко осв 200мл»); Агуша apple-cherry and apple-rosehip "
           "juices (mixed), Агуша «вода+сок яблоко» 300 мл and apple purees excluded"),
        ("минералка с газом 1.5", acc(
            pyaterochka=["3630603", "3656207", "3634921", "3688643"],
            perekrestok=["2105576"],
        ), "sparkling mineral water (table or medicinal-table) in 1.5 l bottles: Багиатти, Пилигрим «минеральная, "
           "газированная», ЗАПОВ.ЗДОР. «№4 ... л-ст.газ.», Архыз «Легенда Гор, газированная» (a mineral water -- "
           "Пятёрочка titles the same line «минеральная»), Нагутская-26 1,5 л (naturally sparkling -- outside "
           "knowledge); drinking (non-mineral) sparkling waters Святой источник/Сенежская 1.5 л, purely medicinal "
           "«№17 ... лечеб.», still waters and other sizes excluded"),
    ]),
    # fxc19 dessert
    ("сливки 33% для взбивания 500мл, шоколад горький 70% для глазури, медовик торт, черника замороженая для блинов", [
        ("сливки 33% для взбивания 500мл", NONE(),
         "33 % cream in a 500 ml pack: none; Домик в деревне 33 % exists only as 480 г (Магнит) / 480 мл (Пятёрочка) "
         "-- excluded by the written pack size; 10/11/20 % cream, cream substitutes and ice cream excluded"),
        ("шоколад горький 70% для глазури", acc(
            pyaterochka=["4024458", "4053995"],
            magnit=["11ee50093d"],
        ), "dark (bitter) chocolate 70 %: ALPEN GOLD Bitter 70 % 80 г, Коркунов «Горький шоколад 70% какао», and "
           "Пятёрочка «Шоколад горький Alpen Gold Альпен Гольд, 80г» (no % in the title; the same 80 g bar is "
           "titled 70 % in Магнит -- outside knowledge); MERCI 72 %, Бабаевский 75 %, Золотая марка «Дуэт в горьком» "
           "70 % (a two-part bar), Ozera «Bitter» 90 г (% not stated), O'Zera «Dark & Orange» 55 %, «тёмный» chocolates "
           "without a %, bitter chocolate with orange and beer «тёмное» excluded"),
        ("медовик торт", acc(
            pyaterochka=["4475", "3985854"],
            perekrestok=["3002948", "4325083"],
        ), "honey-layer cake: «Торт Черёмушки Медовик», «Торт У Палыча, Медовый», «Торт слоеный Медовик 70г/шт» (single "
           "portion) and Home Napoleon «Медово-Сметанный» (a honey-and-sour-cream layer cake = medovik -- outside "
           "knowledge); «Персидская Ночь с фундуком и мёдом», Napoleon, Прага and other cakes excluded"),
        ("черника замороженая для блинов", NONE(),
         "frozen bilberries: none; fresh blueberries (голубика) are another berry and not frozen; bilberry yoghurts, "
         "cakes and cookies excluded"),
    ]),
    # fxc20 cold cuts for the table
    ("сыр российский брусочек, ветчинка нарезка тонкая, шампиньоны маринованые целые", [
        ("сыр российский брусочек", acc(
            pyaterochka=["4046889"],
        ), "Российский cheese in a piece (Брест-Литовск «российский 50% 200гр»); Перекрёсток «Сыр Российский нарезка» "
           "(slices, the written form is a bar) excluded, as are cognacs/shampagne/chocolate «Российский»"),
        ("ветчинка нарезка тонкая", acc(
            perekrestok=["4400358", "4195681"],
        ), "sliced ham: Черкизово and Клинский «Ветчина ... для тостов» (sold in slices -- outside knowledge); ham "
           "sold as a piece or loaf («для завтрака», «по-черкизовски», «из окорока», «Экстра ГОСТ» in tins), "
           "Бахрушинъ dry-cured 400 г and Индилайт turkey ham (form not stated), pizza/pancakes «с ветчиной» excluded"),
        ("шампиньоны маринованые целые", acc(
            pyaterochka=["3384962"],
        ), "marinated whole champignons: Пятёрочка «Шампиньоны Bonduelle, маринованные, 540 г» (Bonduelle's marinated "
           "champignons are whole button mushrooms -- outside knowledge); fresh champignons, oyster mushrooms and "
           "salads with champignons excluded"),
    ]),
    # fxc21 setting the big table
    ("салфетки бумажные 3-слойные, свечи столовые белые, фольга для запекания 10м, мусорные мешки 60 л", [
        ("салфетки бумажные 3-слойные", acc(
            perekrestok=["4429769", "4371757", "4429397", "4429400", "4310841", "4310840", "4397850"],
        ), "three-ply paper table napkins of any design (Gratias Ёлка, Кот против ёлки, Подарки, Тройка, Ретро Зима, "
           "Паровозик; Art Bouquet); 1- and 2-ply napkins, wet wipes, panty liners and Магнит «BIG CITY LIFE Салфетки "
           "в рулоне 25x30см» (cleaning cloths) excluded"),
        ("свечи столовые белые", NONE(),
         "table candles: none in any store"),
        ("фольга для запекания 10м", NONE(),
         "baking foil in a 10 m roll: none; Магнит «Фольга особопрочная 29смх7м» is a 7 m roll -- excluded by the "
         "written length"),
        ("мусорные мешки 60 л", acc(
            magnit=["e9bebc57c0"],
        ), "60 l bin bags (Магнит «BIG CITY LIFE Пакеты д/мусора 60л 20шт»); 35 l bags, breakfast and food bags "
           "excluded"),
    ]),
    # fxc22 drinks for the adults
    ("шампанское брют абрау, вино красное полусладкое грузинское киндзмараули, коньяк 0.5, томатный сок 1л", [
        ("шампанское брют абрау", NONE(),
         "Абрау-Дюрсо brut sparkling wine: none; Абрау-Дюрсо «ИМПЕРАТОРСКОЕ» is полусладкое, «Абрау Купаж» is a still "
         "red, «Абрау Light» is a wine drink, Перекрёсток «Абрау Лайт» is alcohol-free; brut wines of other brands "
         "(MARTINI Brut, GIACOBAZZI, «Вино Премиум ... розовое брют» -- producer not stated) excluded"),
        ("вино красное полусладкое грузинское киндзмараули", acc(
            magnit=["199101", "4ed39476cb"],
        ), "Kindzmarauli red semi-sweet wine (Кахури, Хареба; Kindzmarauli is Georgian by appellation); Ахашени and "
           "other semi-sweet reds excluded"),
        ("коньяк 0.5", acc(
            magnit=["160091", "1cd40d56de", "202161", "213541", "b1c39e6b98", "199151", "202401", "9715c97fe3",
                    "168081", "159611", "06fdae55c4", "202061", "159661", "111521", "160101", "109121",
                    "19c7ce37b4", "aa844ca52b", "9941010bb7"],
        ), "any коньяк in a 0.5 l bottle; 0.25/0.7/1 l bottles, бренди (BARREL, Кизлярский), cognac-based liqueurs "
           "(«Клюква на коньяк», Nemiroff «рябина на коньяке») and the cognac cake excluded; only Магнит sells cognac"),
        ("томатный сок 1л", acc(
            magnit=["b3901ed97f", "204641"],
            perekrestok=["3498246", "14125"],
        ), "tomato juice in 1 l packs (RICH, Дары Кубани «с мякотью», Santal «с солью», Сады Придонья «для детского "
           "питания» -- children's juice of the fruit counts); 0.95/0.97 l (Фруктовый сад, J7) and 2 l packs, "
           "Добрый tomato nectar, tomato-cucumber juice and tomatoes «в томатном соке» excluded"),
    ]),
    # fxc23 dairy for the week
    ("творожок зерненый, ряженка или варенец, масло сливочное вологодское", [
        ("творожок зерненый", acc(
            pyaterochka=["3603638"],
        ), "plain grainy cottage cheese (Карат «домашний, зерненый, 4%»); Данон «Творог зерненый в йогурте» with fruit "
           "filling and Савушкин «101 ЗЕРНО+СЛ.» with bilberry/strawberry (flavoured) excluded, as is caviar «зернистая»"),
        ("ряженка или варенец", acc(
            pyaterochka=["3610732"],
        ), "ряженка or варенец, either accepted: Пятёрочка «Варенец термостатный 4%»; Агуша «Ряженка, клубника» "
           "(a flavoured children's product) excluded"),
        ("масло сливочное вологодское", NONE(),
         "Вологодское butter: none; «Молоко Вологодское» and «Вологодское варенье» are traps; other butters excluded"),
    ]),
    # fxc24 American pancakes with apples
    ("сироп кленовый к панкейкам, корица молотая для яблок, яблочки зеленые на начинку", [
        ("сироп кленовый к панкейкам", NONE(),
         "maple syrup: none; fruit «в сиропе», Кремобон «Кленовый Пекан» and Коркунов «со вкус.клен.сир.» excluded"),
        ("корица молотая для яблок", NONE(),
         "ground cinnamon: none; cookies, cereals, pancakes, tea and drinks «с корицей» excluded"),
        ("яблочки зеленые на начинку", acc(
            magnit=["200671"],
        ), "fresh green apples (Магнит «Яблоки Гренни Смит, 1 кг»); red apples (Магнит «Яблоки красные», Ред Делишес), "
           "Гала, Медовый хруст and «Яблоки сезонные» (colour not stated), apple juices, purees and snacks excluded"),
    ]),
    # fxc25 evening after the guests
    ("кофе молотый для турки жокей, несквик какао 500г, зефирчик, коровки конфетки, fairy для посуды после гостей", [
        ("кофе молотый для турки жокей", acc(
            pyaterochka=["3046297"],
        ), "Жокей ground coffee (Пятёрочка «ЖОКЕЙ Кофе ИРЛАНДСКИЕ СЛИВКИ мол. 150г» -- a flavoured variant, accepted "
           "under the brand rule; «для турки» is a purpose any ground coffee serves); other brands excluded"),
        ("несквик какао 500г", acc(
            magnit=["167811"],
        ), "Nesquik cocoa drink powder 500 г (Магнит «Какао Nesquik, 500 г»); Nesquik cocoa 128 г / 135 г (wrong pack "
           "size), Nesquik cereals, chocolate and candies, other cocoa excluded"),
        ("зефирчик", acc(
            pyaterochka=["3489477", "3981251", "3681284", "3406629", "3936545", "3907943", "4086822"],
            magnit=["112451", "b0da381628"],
        ), "zefir of any flavour, glazed or not (Белёвский «Антоновский», «Зефирное детство», «Черносмородиновый», "
           "«с ароматом ванили»; Шарлиз; ВДОХНОВ. «ЯГ.ПАРФЕ в тем.шок.»; Сладкие истории «с клубникой»; NEO/ECO "
           "BOTANICA «Зефир Смузи»); LOVE IS «воздушный зефир для десертов» (marshmallow -- outside knowledge), "
           "пастила and marshmallow snacks excluded"),
        ("коровки конфетки", NONE(),
         "«Коровка» fudge candies: none; Вафли Коровка, «КОРОВКА Пряник», ice cream «Коровка из Кореновки», "
         "Коровка milk-chocolate paste and milk «Веселая коровка» are traps"),
        ("fairy для посуды после гостей", acc(
            pyaterochka=["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            magnit=["159851"],
        ), "Fairy hand dish-washing liquid of any variant and size (Platinum, Сочный лимон, Нежные руки); dishwasher "
           "tablets (Finish, Somat), AOS, BIASEPT and Sorti excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fxc"))
