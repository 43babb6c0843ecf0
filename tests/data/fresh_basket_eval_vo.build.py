#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vo.jsonl -- 25 big-weekly-shop lists of a family of five in a Siberian town
(payday: large packs, cheapest options, meat by the kilo, groats, frozen pelmeni, household chemicals),
hand-labelled against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vo.build.py

LISTS below is literal data: the 25 lists (3-4 items) exactly as written blind, before any offer was read
(fresh_basket_eval_vo.blind_lists.txt, read-only; its sha256 is checked below), and for every item the product
ids of every in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.
Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё folded to е) and read one by one; each item was re-checked by listing every in-stock
title matching its stem that was not accepted.  The note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has
nothing acceptable (the item is "missing" there).  The labels were made without reading or running the tool
being evaluated and without the labels of any other set.

The script checks that every list text equals the blind draft (apart from REPLACED, which is empty: no item was
replaced), then labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and
is in stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and writes the JSONL in the
format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fvo01, fvo02, ... in
LISTS order; every list is in split "fresh".
"""
import hashlib
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vo.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vo.blind_lists.txt")
BLIND_SHA256 = "2724d02bca41ff10e0d9095831bc70c35ffa8c18fd57b0f54554bba2583dd0ea"

# list id -> (blind item text, replacement text) for lists whose every item turned out absent in all four
# stores; one item at most per list.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvo01 pelmeni night
    ("пельмешки 2 пачки по кило\nсметана 20% подешевле\nмайонез провансаль 800 грамм", [
        ("пельмешки 2 пачки по кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pelmeni in 1 kg packs: «по кило» names the pack size, so it is respected; the "
           "recorded pelmeni packs are 0.45-0.9 kg (Пятёрочка Бульмени/Ложкаревъ/Стародворье 900 "
           "г, Магнит Ложкаревъ 0,9 кг, Сибирская коллекция 700-800 г, Дикси Сибирская коллекция "
           "800 г) and were left out; Calve sauce «д/пельм.» excluded"),
        ("сметана 20% подешевле", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609",
                            "3651188", "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20 % (any brand/size, the lactose-free Parmalat Comfort 20 % "
           "incl.); 10/15/25/30 % sour cream, 20 % cream (сливки), sour-cream flavoured "
           "chips/croutons/sauces excluded; «подешевле» is a wish, not a filter"),
        ("майонез провансаль 800 грамм", {
            "pyaterochka": ["3193489"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3193489"],
        }, "Provençal mayonnaise in an 800 pack: Слобода Провансаль 67 % 800 мл (Пятёрочка titles"
           " the same id 3193489 just «Майонез Слобода, 67%, 800 мл», Перекрёсток «Слобода "
           "Провансаль»; 800 мл taken as what people call «800 грамм»); Ряба Провансаль 744 г "
           "(stated weight is not 800), all smaller packs, Слобода «Оливковый» 800 мл and "
           "Mr.Ricco «на перепелином яйце» 800 мл (not provençal) and sauces excluded"),
    ]),
    # fvo02 groats and pasta for the month
    ("гречка 5 кг, рис круглозерный 2 кило, макарошки самые дешевые 3 пачки, хлопья геркулес 2 пачки", [
        ("гречка 5 кг", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (крупа гречневая); «5 кг» read as the amount the family wants, not a"
           " pack size (no 5 kg bag exists anywhere; 500 g packs can make it up); buckwheat "
           "flakes, rice+buckwheat mix PROSTO «Рис и греча», soba noodles, buckwheat "
           "porridges/ready meals, «гречневый» drink and «греческий» yoghurts excluded"),
        ("рис круглозерный 2 кило", {
            "pyaterochka": ["3483037"],
            "magnit": ["106021", "106651", "199371", "106641"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain white rice; «2 кило» read as the amount wanted. Magnit «Мистраль для "
           "плова традиционный, круглый» and «Увелка Краснодарский, круглый» say so; Пятёрочка "
           "«МИСТР.Рис для плова традиц.900г» is the same Mistral product. Outside knowledge: "
           "Националь «Адриатика» and Мистраль «Кубань» are round-grain rices (accepted). Left "
           "out: long-grain (Жасмин, Басмати, Лазер), brown «ЭКСТРА БУРЫЙ», Акватика MIX, "
           "Девзира, Националь «для плова» and Global Village «для плова» (grain not stated), "
           "rice flour/flakes/porridge/chips"),
        ("макарошки самые дешевые 3 пачки", {
            "pyaterochka": ["18497", "18460", "18453", "18463", "3438663", "3438670", "3438666", "3687625",
                            "4075778", "4075782", "4008044", "4072891", "4072894", "4077766", "4077767",
                            "4077771", "4008046", "4008047", "4008045", "4037645", "4037644", "4037652",
                            "4037654", "4037666", "94424"],
            "magnit": ["214631", "167851", "199251"],
            "dixy": [],
            "perekrestok": [],
        }, "any dry pasta (вермишель, спагетти, перья, спиральки, рожки, ракушки, улитки, "
           "бантики, звездочки, Barilla, Макфа, Federici, La Molisana…); «самые дешевые» is a "
           "wish, not a filter. Instant noodles, udon/soba/funchoza/lagman noodles, pasta kits "
           "with sauce (Увелка «Набор для приготовления Паста»), ready pasta dishes, lasagna, "
           "Macaronika «Макарон» cakes, Чечил «спагетти» cheese and toothpaste/tomato paste "
           "(«паста») excluded"),
        ("хлопья геркулес 2 пачки", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oat flakes of the Геркулес kind: Клинские «Геркулес» 500 г; Увелка «Хлопья "
           "зерн.овсян.трад.» accepted (outside knowledge: «традиционные» oat flakes are the "
           "classic геркулес that needs cooking). Instant flavoured oat porridges, Velle oat "
           "products, buckwheat/rice/multigrain/corn flakes, oat bran and oat biscuits excluded"),
    ]),
    # fvo03 meat by the kilo
    ("свинина на кости 2 кг, курицу целую 2 штуки, фарш говяжий 1 кило, сосиски молочные большая пачка", [
        ("свинина на кости 2 кг", {
            "pyaterochka": [],
            "magnit": ["107261", "107271", "107281", "107301", "107331"],
            "dixy": [],
            "perekrestok": [],
        }, "raw chilled pork cuts whose title says «на кости» (Магнит грудинка, корейка, лопатка,"
           " окорок, шейная часть); «2 кг» is the amount wanted. Left out: cuts whose title does "
           "not say bone-in (Пятёрочка Слово Мясника корейка/лопатка/шейка 800 г, Рестория "
           "шейка), boneless (б/к, «без кости»), Магнит «Рулька свиная» (a named cut of its own, "
           "from frozen), marinated steaks, mince, smoked/cooked pork (карбонад, грудинка к/в, "
           "буженина), canned свинина тушеная, pelmeni"),
        ("курицу целую 2 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4252168", "4214722"],
        }, "a whole raw chicken: Дикси «Цыпленок-бройлер охлажденный» (sold per kg), Перекрёсток "
           "«Тушка цыплёнка» (1 сорт, Халяль, Петелинка, «на зерновом откорме») and «Цыплёнок "
           "корнишон» (a small whole chicken); «2 штуки» is a count. Chicken parts (бедро, "
           "голень, крылья, филе), duck (тушка утёнка), cooked/smoked chicken, pet food excluded"),
        ("фарш говяжий 1 кило", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "minced beef (Рестория, Останкино, Мираторг 400 г packs; «1 кило» is the amount "
           "wanted); mixed pork-beef (Мираторг «свино-говяжий»), Самсон «Домашний» and Ближние "
           "горки «Деревенский» (meat not stated), pork, turkey and chicken mince, stuffed olives"
           " («фарш.») excluded"),
        ("сосиски молочные большая пачка", {
            "pyaterochka": [],
            "magnit": ["213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«Молочные» frankfurters in a big pack: Магнит «Сосиски Молочные, 0,65 кг»; the "
           "ordinary 0,33 kg Магнит pack and Пятёрочка Велком «Сосиски молочные» 480 г (a "
           "regular-size pack, not a big one) excluded, as are other sausage kinds (сливочные, "
           "детям, докторские, венские…), sardelki, шпикачки and Вязанка «Молокуша»; big pack "
           "taken as clearly larger than the usual 0.3-0.5 kg pack"),
    ]),
    # fvo04 washing and toilet paper
    ("tide порошок автомат 6кг, fairy для посуды литровый, белизны бутылочку, туалетка 12 рулонов подешевле", [
        ("tide порошок автомат 6кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Tide washing powder for machines in a 6 kg pack: «6кг» names the pack (a standard "
           "big-pack size) and is respected. Recorded Tide powders are 0.4, 2.4, 2.5 and 4 kg "
           "(Магнит) - left out; Tide liquids and capsules, and 6 kg packs of other brands "
           "(Ariel, Bimax) excluded"),
        ("fairy для посуды литровый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dish-washing liquid in a 1 l bottle: the size is respected exactly (as «сахар "
           "1кг» excludes 900 g in earlier sets); the recorded Fairy bottles are 430/450/900 ml "
           "(Пятёрочка, Магнит) and were left out; other brands (AOS, Sorti, Biasept, Synergetic)"
           " and Finish/Somat dishwasher tablets excluded"),
        ("белизны бутылочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Белизна» chlorine bleach: none recorded. Domestos universal/toilet cleaners, Vanish "
           "oxygen stain remover («пятновыводитель + отбеливатель»), Comet/Пемолюкс powders and "
           "whitening toothpastes («белизна») are not it"),
        ("туалетка 12 рулонов подешевле", {
            "pyaterochka": ["3450513", "3326206"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 12 rolls (Familia Plus, Zewa Plus); 4- and 8-roll packs, "
           "moist toilet paper (ZEWA «туал.влаж.»), paper towels and napkins excluded; "
           "«подешевле» is a wish, not a filter"),
    ]),
    # fvo05 the dairy run
    ("молоко 2.5% 4 пачки, кефир литровый 2 шт, творог 9% пару пачек, сливочное масло 82.5% две пачки", [
        ("молоко 2.5% 4 пачки", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700",
                            "af8570f806", "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9",
                            "50cb0959f8", "76055bf243", "3613024", "359aa76fc0", "cb2f1055d7", "62485733e9"],
        }, "cow drinking milk of exactly 2.5 % (pasteurised/UHT/sterilised, any size; children's "
           "milk Сарафаново «дет.» included as in real_basket_eval); other fat levels and ranges,"
           " Актимель 2,5 %, топлёное, козье, flavoured milk and milkshakes excluded; «4 пачки» "
           "is a quantity"),
        ("кефир литровый 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir in 1 l packs: no kefir at all in the recorded offers (grep кефир/кеф./биокефир "
           "finds nothing); ряженка, варенец, Актимель, Имунеле and drinking yoghurts are not "
           "kefir"),
        ("творог 9% пару пачек", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216658", "4185866"],
        }, "plain cottage cheese of exactly 9 % (Вкуснотеево 300 г, Молочный знак 180 г and "
           "«традиционный» 800 г); 0.1-5.5 % curd, grainy/flavoured curd, curd desserts, "
           "творожный сыр and сырники excluded; «пару пачек» is a quantity"),
        ("сливочное масло 82.5% две пачки", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter of exactly 82.5 % (Пятёрочка «сладко-сливочное» 380 г, Вкуснотеево 400 г, "
           "«Традиционное» 175 г, Тысяча озёр 400 г); butter labelled 82 % (Президент, Магнит and"
           " Дикси Простоквашино) does not carry the written 82.5, 72.5 % and chocolate butter 62"
           " % excluded, as are spreads and oils"),
    ]),
    # fvo06 baking day
    ("яички 3 десятка\nмука в/с 2 кг\nсахар в мешке 5 кг\nдрожжи саф-момент сухие", [
        ("яички 3 десятка", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4068694", "3062836", "3634491", "44323", "3662512", "3062835", "3446505"],
        }, "chicken eggs in packs of ten (any category С0/С1/отборные); «3 десятка» = three packs"
           " of ten. Packs of 6 (Волжанин) and 20 (Лето), quail eggs, Kinder eggs and salads with"
           " egg excluded"),
        ("мука в/с 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "8065"],
        }, "wheat flour of the highest grade (высший сорт) in a 2 kg pack - «2 кг» is the usual "
           "flour pack and is respected: Makfa «высшего сорта, 2кг», Пышечка «хлебопекарная "
           "высшего сорта, 2кг». Left out: Makfa в/с 1 кг (wrong pack), Перекрёсток «Мука "
           "Пшеничная, 2кг» (grade not stated), Пятёрочка Рязаночка «ПШЕНИЧНАЯ ЭКСТРА 2кг» (grade"
           " «экстра», not the «в/с» written), wholegrain, rye, rice flour and durum «крупка»"),
        ("сахар в мешке 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "white sugar in a 5 kg bag («в мешке 5 кг» names the pack): none recorded - Магнит "
           "«Сахар белый прессованный 1кг» (cubes, 1 kg) and Пятёрочка Демерара 500 г are not it;"
           " sugar-containing products excluded"),
        ("дрожжи саф-момент сухие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "dry yeast Саф-Момент (Перекрёсток 11 г); frozen yeast dough and «бездрожжевое» pastry"
           " excluded"),
    ]),
    # fvo07 vegetables for the week
    ("картошка 10 кг, лука репчатого 2 кило, морковка кило 2, капуста белая кочан один", [
        ("картошка 10 кг", {
            "pyaterochka": [],
            "magnit": ["107511", "168671", "109571", "199751", "168701"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind (для варки/для жарки 3 kg nets, красный, мытый, молодой, "
           "новый урожай); «10 кг» is the amount wanted. Potato starch, chips/«картофель "
           "хрустящий», ready potato dishes, «Картошка» marzipan/cake and herring «к картошке» "
           "excluded"),
        ("лука репчатого 2 кило", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "3368252", "3623836"],
        }, "fresh bulb onions (лук репчатый): white and red, Ялтинский (a red bulb onion) and "
           "Магнит «Лук Светофор, 3 шт» (outside knowledge: a set of three bulb onions of "
           "different colours); «2 кило» is the amount wanted. Green onion, shallot (лук-шалот), "
           "Перекрёсток «Лук салатный» (kind not stated), herb mixes and onion-flavoured snacks "
           "excluded"),
        ("морковка кило 2", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (мытая); Korean-style carrot salads, carrot juice/nectar, baby purees "
           "and canned vegetables excluded; «кило 2» is the amount wanted"),
        ("капуста белая кочан один", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «Капуста белокочанная ранняя», sold per kg); sauerkraut "
           "(квашеная), Chinese cabbage, broccoli, cauliflower, sea-kale salad and baby purees "
           "excluded"),
    ]),
    # fvo08 frozen convenience food
    ("вареники картошка 2 пачки, блинчики с мясом замороженные 2 уп, котлеты замороженые самые дешевые, наггетсы детишкам", [
        ("вареники картошка 2 пачки", {
            "pyaterochka": ["3697765", "3464203"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen vareniki with potato filling: Цезарь «с карт/жар.луч.» and Сытый папа «с "
           "картофелем-луком и грибами» (potato filling with mushrooms - the written filling is "
           "there); pelmeni and vareniki with other fillings excluded"),
        ("блинчики с мясом замороженные 2 уп", {
            "pyaterochka": ["3662908", "3403651"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pancakes with meat: Сибирская коллекция «Блинчики с мясом» 400 г (outside "
           "knowledge: a frozen-food brand; the title does not say frozen) and «Полуфабрикаты "
           "мясные в тесте ... замороженные. Блинчики с телятиной». Left out: Магнит «Блины с "
           "мясом 180г» (category Завтраки, a chilled ready dish, not frozen), Перекрёсток Select"
           " chicken-mushroom pancakes (chilled), pancakes with curd/fruit/potato or without "
           "filling, pancake mix"),
        ("котлеты замороженые самые дешевые", {
            "pyaterochka": ["4060841", "4060844", "3471982", "3420328", "3464190", "3452752"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen meat or poultry cutlets: Ложкаревъ «Из индейки»/«Куриные» (глуб/зам), "
           "Белорусские из индейки 560 г (category «Замороженные продукты»), and - outside "
           "knowledge, the titles do not say frozen - Мираторг «Котлеты по-киевски» 405 г and С "
           "пылу с жару «Котлеты из курочки»/«ФИЛЕЙН.говяж.» (frozen convenience brands). Left "
           "out: chilled cutlets (Ближние горки, Пава Пава, Магнит «Люкс»), Петелинка and "
           "Рестория cutlets (not shown to be frozen), fish cutlets «Четверг» (a shopper writing "
           "just «котлеты» means meat), тефтели, шницель, «Maggi для котлет»; «самые дешевые» is "
           "a wish, not a filter"),
        ("наггетсы детишкам", {
            "pyaterochka": ["3683201", "4057693"],
            "magnit": ["167971", "109401", "199041"],
            "dixy": [],
            "perekrestok": [],
        }, "nuggets of any poultry (chicken; Вязанка «с индейкой» included since no meat was "
           "written); Мираторг «Хрумпилсы» (not sold as nuggets), breading mix «для приготовления"
           " куриных наггетсов» and nugget-like ready meals excluded; «детишкам» is a purpose, "
           "not a filter"),
    ]),
    # fvo09 tea for seven
    ("чай пакетики черный 100 штук, кофе растворимый большая банка, печенье юбилейное большая пачка, пряники к чаю", [
        ("чай пакетики черный 100 штук", {
            "pyaterochka": ["4002510", "3998702", "3378327", "3662837", "3620106", "3635756", "3378336",
                            "3446638", "3950803", "2070472", "11200", "3689577"],
            "magnit": ["159991", "199261"],
            "dixy": [],
            "perekrestok": [],
        }, "plain black tea in packs of 100 bags. Outside knowledge: Принцесса Канди «цейлонский»"
           " 100х2 г is black Ceylon tea; Tess «Санрайз» is plain black. Left out: flavoured "
           "black teas (Earl Grey/bergamot Lipton and Richard, Greenfield Spring Melody, Tess "
           "шиповник-яблоко, Richard чабрец/розмарин, Tess Pleasure фруктовый, «Коллекционный "
           "фруктовый»), packs of 20/25 bags, loose-leaf tea, green/herbal tea, iced-tea drinks"),
        ("кофе растворимый большая банка", {
            "pyaterochka": ["3158301", "3496293", "3372172", "3488345", "3428977", "4035361", "4035364",
                            "3396581", "3472967"],
            "magnit": ["1000111108", "167841", "205121", "ed5e14dfe7", "109351", "199191"],
            "dixy": [],
            "perekrestok": [],
        }, "instant coffee (freeze-dried, powder, or «с молотым») in a big pack, taken as 150 g "
           "and more (190/230/240 g jars, 150 g Jacobs Monarch Intense, Черная карта, Jardin); "
           "whether the 150-240 g packs are jars or refill bags cannot be checked from the titles"
           " and is not filtered. Left out: 47-140 g packs (95 g, 130 g Nescafé Gold, 140 g "
           "Jacobs Gold), 3-in-1 sachets and coffee drinks, ground and bean coffee, chicory"),
        ("печенье юбилейное большая пачка", {
            "pyaterochka": ["3655049", "3618783", "3471173"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4371424"],
        }, "Юбилейное biscuits of any variant in a big pack, taken as 300 g and more (313 г "
           "традиционное/постное/овсяное, Перекрёсток молочное с глазурью 348 г); 112-232 g packs"
           " (incl. 232 г «с глазурью»), Юбилейное mini-cakes, колбаса «Юбилейная» and coffee "
           "«ЮБИЛЕЙНЫЙ» excluded"),
        ("пряники к чаю", {
            "pyaterochka": ["4002046", "4007696", "3628338", "3940555", "3926891", "3926890", "3469420",
                            "3971669", "3922082"],
            "magnit": ["ea8f71c5d6", "203161"],
            "dixy": [],
            "perekrestok": [],
        }, "пряники of any kind (glazed, filled, mini, тульский, сырцовые, Tago figures, Lambertz"
           " Lebkuchen); «к чаю» is a purpose. Коврижка, the Tago gingerbread house, «имбирный "
           "пряник»-flavoured dessert and biscuits excluded"),
    ]),
    # fvo10 sandwiches for work and school
    ("докторская колбаса кило, сыр российский кусочек побольше, хлеб белый 2 булки", [
        ("докторская колбаса кило", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4380012", "4410079", "3033317", "4221913", "3639615", "3347584", "4301347",
                            "4296145", "4352000", "4264678", "4432115", "4255289", "78001451"],
        }, "boiled sausage «Докторская» of any maker, piece or sliced; «кило» is the amount "
           "wanted. Докторские сосиски and сардельки and other boiled sausages excluded"),
        ("сыр российский кусочек побольше", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Российский cheese in a piece (Брест-Литовск «российский» 50 % 200 г); Перекрёсток "
           "Зелёная Линия «Сыр Российский нарезка» 150 г left out because «кусочек» asks for a "
           "piece, not slices; «побольше» is a wish, not a filter; сервелат «российский», "
           "Российский chocolate and cognac excluded"),
        ("хлеб белый 2 булки", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white (wheat) bread loaves; Перекрёсток «Батон Нарезной» and Пятёрочка Хлебный Дом "
           "«Батон \"Звездный\" нар» accepted (real_basket_eval counts батон нарезной as хлеб; a "
           "baton is white bread). Rye and rye-wheat breads (Даниловский, Ржаной Край, Марьин "
           "заварной), grain bread, tortillas, сдоба, хлебцы, гренки/сухарики excluded; «2 булки»"
           " is a count"),
    ]),
    # fvo11 chicken legs and rice
    ("окорочка куриные 3 кило, рис длиннозерный пару пачек, кетчуп побольше, масло подсолнечное рафинированное по акции", [
        ("окорочка куриные 3 кило", {
            "pyaterochka": ["3364509"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160041", "4328959", "2073281"],
        }, "raw chicken leg meat on the bone: no whole leg quarters are recorded, so thighs "
           "(Пятёрочка «Бедро цыпл-табака», Перекрёсток «Бедро куриное») and drumsticks (голень "
           "Зелёная Линия, Петелинка) - the two parts of the окорочок - are accepted (outside "
           "knowledge: окорочок = thigh + drumstick). Left out: boneless thigh fillet, breast, "
           "wings, marinated drumsticks (Магнит «в маринаде Алабама»), smoked drumsticks "
           "(Павловская курочка к/в), duck «окорочок утёнка»; «3 кило» is the amount wanted"),
        ("рис длиннозерный пару пачек", {
            "pyaterochka": ["39747", "5722"],
            "magnit": ["448fba0b94", "7936bf2f6b"],
            "dixy": [],
            "perekrestok": [],
        }, "long-grain rice: Мистраль «Жасмин, белый, длиннозерный», Националь «Лазер "
           "длиннозерный», and Basmati (Мистраль, Националь; outside knowledge: basmati is a "
           "long-grain rice). Round-grain, «для плова» rices whose grain is not stated, brown "
           "«ЭКСТРА БУРЫЙ», Акватика MIX, Девзира, rice flour/flakes excluded"),
        ("кетчуп побольше", {
            "pyaterochka": ["4066625", "4066624", "3631091", "3383950", "3625404", "3610602", "4044938",
                            "3941585", "3673189", "3673190", "4086400"],
            "magnit": ["213621", "203141", "665b5b224d", "aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "any ketchup (томатный, шашлычный, чили, с горчицей, с чесноком, с черри; Heinz, "
           "Махеевъ, Mr.Ricco, Calve, Слобода, Астория, Restoria); «побольше» is a wish, not a "
           "filter. Cheetos «кетчуп/сыр», tomato paste and other sauces excluded"),
        ("масло подсолнечное рафинированное по акции", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "refined sunflower oil (Олейна раф.дез. 2 л, Благо, Mr.Ricco раф/дезодор, Слобода раф "
           "для жарки); «по акции» is a price wish, not a filter. Blends (Mr.Ricco «с доб олив», "
           "«с доб масла авокадо»), flavoured oils (Mr.Ricco Прованские травы, Almador "
           "basilico/garlic - refinement not stated either), corn, olive and grape-seed oil "
           "excluded"),
    ]),
    # fvo12 bathroom shelf
    ("шампунь для всей семьи большой, хозяйственное мыло 3 куска, зубная паста на всех 2 шт, олвейс прокладки 2 пачки", [
        ("шампунь для всей семьи большой", {
            "pyaterochka": ["4092264", "3682464", "3307154", "3386405", "3689257"],
            "magnit": ["23eca9864a"],
            "dixy": [],
            "perekrestok": [],
        }, "shampoo in a big bottle, taken as more than the usual 400 ml (Syoss 450/500 ml, PS "
           "500 ml, Head&Shoulders 2в1 900 ml); «для всей семьи» is read as a purpose - no "
           "family-labelled shampoo exists - so men's shampoos (Nivea Men, Timotei д/муж., Clear "
           "муж.) and dry shampoo are excluded, hair-type claims are not filtered. 250-400 ml "
           "bottles, conditioners/balms, shower gels and 3-in-1 men's products excluded"),
        ("хозяйственное мыло 3 куска", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "laundry soap (хозяйственное мыло): none recorded; toilet soaps (Safeguard, Camay, "
           "Fax, Dove крем-мыло) and liquid soap are not it"),
        ("зубная паста на всех 2 шт", {
            "pyaterochka": ["4009101", "3967359", "3967361", "2153182", "3359945", "3482562", "3152415",
                            "3230372", "3691935", "3605411", "3605412", "3429353", "3642796", "3366711",
                            "3480375", "3368036"],
            "magnit": ["0b75d29d19"],
            "dixy": [],
            "perekrestok": [],
        }, "adult toothpaste of any brand (Blend-a-med, Close Up, President, ROCS, Splat, "
           "Colgate, Aquafresh, Lacalut, Sensodyne «SENS.Паста»); children's Splat Junior "
           "excluded since «на всех» means a paste for the whole family; toothbrushes and "
           "mouthwashes excluded"),
        ("олвейс прокладки 2 пачки", {
            "pyaterochka": ["3424970"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Always sanitary pads (Пятёрочка «ALW.Прокл.ULT.NIGH.»); Kotex, Libresse, Discreet and"
           " Carefree liners are other brands"),
    ]),
    # fvo13 tins for the cupboard
    ("тушенка говяжья банок 4, сгущенка 3 банки подешевле, горошек зелененький 2 банки, кукурузка в банках", [
        ("тушенка говяжья банок 4", {
            "pyaterochka": ["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
            "magnit": ["111741"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed beef (говядина тушеная, any grade/maker); stewed pork, venison, chicken"
           " in own juice, turkey and pet food excluded; «банок 4» is a quantity"),
        ("сгущенка 3 банки подешевле", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "sweetened condensed whole milk (Алексеевское, incl. the 650 g doy-pack - «3 банки» is"
           " a quantity); boiled condensed milk (Егорка, Рогачев «вареное») and products filled "
           "or flavoured with сгущенка excluded; «подешевле» is a wish"),
        ("горошек зелененький 2 банки", {
            "pyaterochka": ["4043589"],
            "magnit": ["213651", "203021", "111581"],
            "dixy": [],
            "perekrestok": ["82254", "41891", "27460", "4345766", "4273266", "4254005"],
        }, "canned green peas (Bonduelle, Globus, 6 соток, Маркет, Знак заботы, «молодой "
           "Горошек»); Перекрёсток «Горох Bizim Tarla зелёный, 660г» accepted as jarred green "
           "peas (category «Овощные консервы»). Pea soups, pet food «с горохом» excluded"),
        ("кукурузка в банках", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet-corn kernels (Bonduelle, Globus, Heinz, 6 соток, Знак заботы, Юнона, "
           "«Молодая»); Перекрёсток baby corn «в початках», corn flakes/sticks/balls, corn oil "
           "excluded"),
    ]),
    # fvo14 a quick dinner
    ("сардельки кило, пюрешка быстрого приготовления 5 шт, огурчики соленые банка", [
        ("сардельки кило", {
            "pyaterochka": ["4087801", "3506161"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "сардельки (Мясная ферма «Говяжьи оригинальные», Рублевский «Докторские»); шпикачки, "
           "сосиски and колбаса excluded; «кило» is the amount wanted"),
        ("пюрешка быстрого приготовления 5 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "instant mashed potato: none recorded (Роллтон in the offers is noodles/broth only); "
           "baby purees, Knorr «На второе» potato seasoning, potato starch and ready shnitzel "
           "with mash excluded"),
        ("огурчики соленые банка", {
            "pyaterochka": ["4063896"],
            "magnit": ["f4d4a78066", "157851"],
            "dixy": [],
            "perekrestok": ["4404269"],
        }, "salted (соленые) cucumbers: Глобус «соленые огурчики Старорусские» 900 г, Мелень "
           "«Огурцы соленые», Магнит «Огурцы соленые, Корнишоны» 500 г, Перекрёсток «Огурцы "
           "солёные бочковые»; «банка» is a quantity. Marinated cucumbers (Скатерть-Самобранка "
           "«маринов.», Дядя Ваня пикули), the pickled assortment «Черри и Корнишоны» and fresh "
           "cucumbers excluded"),
    ]),
    # fvo15 fish day
    ("минтай замороженный кг, селедка бочковая, палочки крабовые 2 упаковки, мойва", [
        ("минтай замороженный кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4350401", "4350402"],
        }, "frozen pollock (Перекрёсток Люди Любят fillet «замороженный»/«мороженое»); Магнит "
           "«Филе минтая, полуфабрикат из замороженного сырья» left out (sold thawed from frozen "
           "stock, not frozen); «кг» is the amount wanted"),
        ("селедка бочковая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4364450", "3504605"],
        }, "barrel-salted herring: Перекрёсток Русское море «слабосоленая бочковая» and Vici «из "
           "бочки». Left out: herring whose title does not say barrel (Пятёрочка Fish House "
           "«специального посола», Русское Море атлантическая, Магнит тихоокеанская), herring "
           "fillets in oil/wine sauce (Матиас, по-царски…), herring roe and сельдь под шубой"),
        ("палочки крабовые 2 упаковки", {
            "pyaterochka": ["3131715", "3931923"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3406474", "3447879", "3131715", "86385", "4074412", "3993014", "3337825",
                            "3931923", "3993018", "4425909", "4417821", "4311581", "4166323", "4354524"],
        }, "surimi crab sticks, chilled or frozen (Vici, Русское море, Меридиан, Люди Любят); "
           "«крабовое мясо» (surimi meat, a different product as in fresh_basket_eval_g), real "
           "crab, crab salads and crab-flavoured snacks excluded"),
        ("мойва", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "capelin (the fish): none recorded; capelin roe spreads (Santa Bremor, Русское море "
           "«Икра мойвы») are not the fish"),
    ]),
    # fvo16 fruit for the kids
    ("бананы кило 2, яблоки подешевле кило 2, апельсины кило, мандаринки для детей", [
        ("бананы кило 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (incl. mini and organic); dried bananas, banana sweets, yoghurts, "
           "juices and the soy drink excluded"),
        ("яблоки подешевле кило 2", {
            "pyaterochka": ["4271772"],
            "magnit": ["200671", "168861"],
            "dixy": [],
            "perekrestok": ["3366336", "3691532", "47795"],
        }, "fresh apples of any variety (Ред Делишес, Гренни Смит, красные, Гала, Медовый хруст, "
           "сезонные); juices, apple chips, purees and apple-flavoured goods excluded; "
           "«подешевле» is a wish"),
        ("апельсины кило", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges; pomelo, mandarins, juices, nectars, orange-flavoured drinks and sweets"
           " excluded"),
        ("мандаринки для детей", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins (incl. Марокко, «с листом»); mandarin-flavoured drinks, juices and "
           "sweets excluded; «для детей» is a purpose"),
    ]),
    # fvo17 drinks
    ("сок в литровых пакетах 3 шт, газировка 2 л 2 бутылки, водичка 5 литров", [
        ("сок в литровых пакетах 3 шт", {
            "pyaterochka": ["3902665", "3620708", "3902666"],
            "magnit": ["1e273f6605", "0d38e7bdfb", "ece47f47e1"],
            "dixy": [],
            "perekrestok": ["3465930", "40350", "80142", "3335518", "80181", "26869"],
        }, "fruit juice sold as «сок» in 1 l packs (size respected exactly: 0.95/0.97 l J7, "
           "Фруктовый сад and 0.9 l Rich left out, as are 0.2-0.75 l and 1.93-2 l); multi-fruit "
           "juices count since no fruit was written. Glass bottles are left out where the title "
           "says so (!DEAS «стекло», Swell ст/б); Soko Grande, NAR and LeGrand pomegranate 1 l "
           "accepted as the title does not state the container. Left out: nectars, сокосодержащие"
           " напитки, морс, tomato and vegetable juices (incl. морковно-яблочный, яблочный с "
           "сельдереем), Сады Придонья «Соки и нектары …» 1 l (title does not say whether juice "
           "or nectar)"),
        ("газировка 2 л 2 бутылки", {
            "pyaterochka": ["3684655", "3684654", "3684656", "4000802", "4316013", "4213891"],
            "magnit": ["213721", "214671", "160161", "105011", "159971"],
            "dixy": [],
            "perekrestok": ["3141246", "3141247", "3013417", "3403324", "1860", "4213891", "4182586"],
        }, "sweet carbonated soft drinks in 2 l bottles (Pepsi, 7Up, Mirinda, Fanta, Coca-Cola, "
           "Черноголовка лимонад/дюшес/тархун/байкал/крюшон/кола/мандарин, Любимая Кола, Золото "
           "Саян «сильногазированный»). Sparkling water (Перекрёсток Малаховская газированная 2 л"
           " - «газировка» read as a soda) and 0.33-1.5 l bottles excluded"),
        ("водичка 5 литров", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles: Малаховская №1, Архыз «Легенда Гор, минеральная,"
           " 5 л» (a table mineral water), and the children's drinking waters Honey kid "
           "Черноголовская and Аквалайн «для детского питания» (drinking water for anyone); "
           "smaller bottles excluded"),
    ]),
    # fvo18 the cat and the floors
    ("корм для кошки сухой большой мешок, древесный наполнитель кошке, средство для мытья полов подешевле", [
        ("корм для кошки сухой большой мешок", {
            "pyaterochka": ["3455947"],
            "magnit": ["baa5749d3a", "854cad46ea", "2871c38926", "c42755d5d4"],
            "dixy": [],
            "perekrestok": [],
        }, "dry food for adult cats in a big bag, taken as 1 kg and more (Perfect Fit 1,2 кг "
           "incl. «стер» and «чувст пищ», Дарлинг сух 1,75 кг, Purina One для кошек индейка 1,5 "
           "кг - outside knowledge: a 1.5 kg Purina One pack is dry food although the title does "
           "not say «сухой»). Left out: Пятёрочка «PUR.ONE Корм сух.кур/цел.злак.750г» (small "
           "pack, species not stated), wet food, kitten food, treats (Dreamies), dog food"),
        ("древесный наполнитель кошке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wood-pellet cat litter: no cat litter of any kind is recorded; yoghurts/ice cream «с "
           "наполнителем» are not it"),
        ("средство для мытья полов подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a floor-cleaning liquid: none recorded. Universal cleaners (Sanfor «универсальное», "
           "Domestos «универсальное», Cif spray), toilet cleaners, dish liquids and scouring "
           "powders are not sold as floor cleaners and were left out"),
    ]),
    # fvo19 zakuska
    ("сырки плавленые дружба 3 шт, шпротики 2 баночки, буханка черного, сало солененькое", [
        ("сырки плавленые дружба 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["6b7105d28a"],
            "perekrestok": [],
        }, "«Дружба» processed cheese: Дикси «Сыр плавленый Дружба Карат 55%, 400 г» accepted "
           "although it is a 400 g tub, not the small bars the word «сырки» suggests (the written"
           " brand and kind match; «3 шт» is a quantity). Other processed cheeses (Карат "
           "Янтарь/Коралл, Виола, Hochland, President, Фетакса), glazed curd bars (сырки Б.Ю. "
           "Александров) and halva «ДРУЖБА» excluded"),
        ("шпротики 2 баночки", {
            "pyaterochka": ["3504456", "3469704", "3609788", "3475329", "3648434", "3468684"],
            "magnit": ["109251"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprats in oil (incl. «крупные» and Знак качества «Шпроты из салаки»); other "
           "canned fish excluded"),
        ("буханка черного", {
            "pyaterochka": ["3500217", "3480920", "3455614"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dark (rye or rye-wheat) bread loaves: Хлеб Ржаной Край, Даниловский «Ржано-пшеничный»"
           " 300 г and Коломенское «Хлеб Даниловский» 275 г (outside knowledge: Даниловский is a "
           "rye-wheat bread, as the 300 g title says). Left out: Ржаной Край «Хлеб зерновой» "
           "(grain bread, as in fresh_basket_eval_g), Хлебный дом «Марьин, заварной» (flour not "
           "stated), white batons, хлебцы, гренки/сухарики «ржаные»"),
        ("сало солененькое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4383346", "4105487", "4313593", "4415868"],
        }, "salted pork fat (сало солёное: Белорусское из шпика, Русское); Пятёрочка Копченов "
           "«Сало домашнее, с чесноком» left out (the title does not say whether salted or "
           "smoked), bacon, brisket and шпикачки excluded"),
    ]),
    # fvo20 the kids' dairy
    ("йогурты питьевые детям 6 шт, творожки, снежок бутылки 2, ряженка 4% пару бутылок", [
        ("йогурты питьевые детям 6 шт", {
            "pyaterochka": ["3632187", "3632191", "3632188", "4066181", "4037142", "3933627", "3628400",
                            "3628399", "3628398", "3628404", "3644386", "4038830", "4038831", "4035472",
                            "4035473", "4035562", "4035564", "4035476", "4035471", "4035474", "4087592",
                            "3363988"],
            "magnit": ["206021", "205071"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking yoghurts: titles saying «питьевой»/«пит.»/«Бутылка» (Epica, Чудо, the "
           "children's calcium yoghurt); Пятёрочка Чудо 270 г (Магнит titles the same 270 g Чудо "
           "«питьевой»); outside knowledge: Активиа biyoghurts of 260 g are the drinking bottles "
           "(the 150 g ones are spoonable) and Вкуснотеево «Йогурт 1,5% персик тетра-топ 750г» is"
           " a drinking yoghurt. Left out: spoonable cups (Danone, Epica Crispy, Даниссимо, Чудо "
           "Детки, Греческий, 110-180 g), yoghurts whose form is not stated (Danone «с персиком и"
           " грушей» 260 г, biyoghurts 270 г 1,0 %, Bio-Max 125 г), Актимель/Имунеле "
           "(кисломолочный продукт/напиток), Даниссимо «коктейль», milkshakes; «детям» is a "
           "purpose"),
        ("творожки", {
            "pyaterochka": ["4007833", "3974885", "4000341", "4017719", "4037144", "4017709", "4001854",
                            "4001853", "4038850", "4038852", "4087611", "3466203", "3667315", "3667312",
                            "3982579", "3697380", "3697379", "3473938", "3697858", "3644387"],
            "magnit": ["168171"],
            "dixy": [],
            "perekrestok": [],
        }, "«творожки» read as the small sweet curd snacks children eat (детские "
           "творожки/биотворожки with fruit, Даниссимо and Данон «продукт творожный», Чудо "
           "творожный десерт, Grand Duet curd desserts, Савушкин «паста творожная десертная»). "
           "Left out: plain cottage cheese (Село Зелёное 5 %, Вкуснотеево 9 %, Домик в деревне "
           "«мягкий», Молочный знак, Дикси Брест-Литовск), plain «Биотворог обезжиренный», grainy"
           " curd (зерненый, «101 зерно»), glazed curd bars and cones (сырки incl. Свитлогорье "
           "«Сырок творожный», РАЭ, Б.Ю. Александров «Десерт ЧИЗКЕЙК»), творожный сыр, сырники, "
           "pastry «с творогом»"),
        ("снежок бутылки 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the sweet fermented milk drink «Снежок»: none recorded; «Снежка» pastry sticks and "
           "«Снежный краб» are not it"),
        ("ряженка 4% пару бутылок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ряженка of exactly 4 %: the only ряженка recorded is Агуша «клубника, 2,9%» "
           "(flavoured, other fat) - left out; варенец 4 % (a different fermented milk) excluded"),
    ]),
    # fvo21 offal day
    ("печень говяжья кило, сердечки куриные, лучок 2 кг, томатная паста большая банка", [
        ("печень говяжья кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw beef liver: none recorded; Магнит «Печень свиная для жарки» (pork), liver pâtés "
           "and pet food «с печенью» are not it"),
        ("сердечки куриные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw chicken hearts: none recorded (no chicken offal at all)"),
        ("лучок 2 кг", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "3368252", "3623836"],
        }, "«лучок» with «2 кг» read as bulb onions (the same set as «лука репчатого 2 кило»: red"
           " and white репчатый, Ялтинский, Магнит «Светофор» 3 шт); green onion (100 g bunches),"
           " shallot, «Лук салатный» and herb mixes excluded"),
        ("томатная паста большая банка", {
            "pyaterochka": ["31623", "3696785"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste in a big jar, taken as about 0.5 kg (Помидорка 480 мл, Махеевъ «Паста "
           "ДОМАШНЯЯ томат. ст/б 500г»); Heinz 310 г and Помидорка 250 мл jars are the small "
           "sizes and were left out; ketchup, tomato sauces, tomatoes in juice excluded"),
    ]),
    # fvo22 the baby
    ("влажные салфетки 2 пачки, подгузники pampers 5 размер, детский кремик", [
        ("влажные салфетки 2 пачки", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "3917869", "3697052", "4166484"],
        }, "wet wipes of any kind (universal, antibacterial, for newborns); dry paper napkins, "
           "Carefree «Салфетки» (panty liners) and moist toilet paper excluded"),
        ("подгузники pampers 5 размер", {
            "pyaterochka": ["3680533"],
            "magnit": ["879b28650c"],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers tape diapers size 5 (Active Baby-Dry 11-16 кг, «Junior»); Pampers pants of "
           "size 5 (Pants Джамбо Плюс, Premium Care Pants, «Трусики-подгузники Pampers Junior») "
           "left out because the item asks for «подгузники» and parents choose pants or tapes "
           "deliberately; other sizes and brands (Huggies, Kokoro) excluded"),
        ("детский кремик", {
            "pyaterochka": ["2159633"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3138354"],
        }, "baby cream (Johnson's Baby крем, Аванта «Крем детский»); baby oil, adult creams, "
           "Пантенол EVO excluded"),
    ]),
    # fvo23 spices and vinegar
    ("соль крупная 1 кг, уксус 9% столовый, лаврушка пачка, перчик молотый черный", [
        ("соль крупная 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "coarse (крупная) cooking salt in a 1 kg pack: none recorded; Магнит MAREMAN «Соль "
           "морская средняя 1кг» is medium grind, not coarse - left out; Kotanyi seasoning salt "
           "and dishwasher salt are not it"),
        ("уксус 9% столовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "9 % table vinegar: none recorded; Магнит «Уксус яблочный … 6%» is apple vinegar of "
           "another strength - left out"),
        ("лаврушка пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bay leaves (лавровый лист): none recorded"),
        ("перчик молотый черный", {
            "pyaterochka": [],
            "magnit": ["82dc754b2f"],
            "dixy": [],
            "perekrestok": [],
        }, "ground black pepper (Восточный гость «Перец черный, молотый» 50 г); Kotanyi «Мельница"
           " перец черный» (whole peppercorns in a grinder, not ground), pepper mixes, paprika "
           "and bell peppers excluded"),
    ]),
    # fvo24 beer with the neighbour
    ("пиво жигулевское 1.5 4 шт, семечки жареные большой пакет, сухарики к пиву 3 пачки, чипсы большая пачка", [
        ("пиво жигулевское 1.5 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Жигулёвское beer in 1.5 l bottles: no Жигулёвское recorded at all; other beers "
           "(Балтика №7 1,35 л, imported 0.45 l cans) are other brands"),
        ("семечки жареные большой пакет", {
            "pyaterochka": ["3135484"],
            "magnit": ["2cc5876614", "104971"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted sunflower seeds in a big bag, taken as 300 g and more (Бабкины 500 г - "
           "outside knowledge: Бабкины are roasted seeds, as Магнит's titles say; Бабкины "
           "«жареные» 300 г). 70-200 g packs (От Мартина, Молодежный, от Атамана), peeled kernels"
           " and pumpkin seeds excluded"),
        ("сухарики к пиву 3 пачки", {
            "pyaterochka": ["17792", "3611032", "3687988", "3360552", "3919827", "3919826"],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": ["4300172", "3916637", "4336877", "4336878", "4336879", "4349523", "3689060",
                            "4300171", "4383071", "4192519", "4221847", "3916635", "4301063", "4300950",
                            "3687989", "3688002", "3688061", "3688000", "4243985", "4327050", "2063964",
                            "63021", "2063961", "3911761", "3014253", "3385063", "4199888", "3360550",
                            "3360552", "3919827", "3070382", "4351646", "4351645", "3427611", "3492417",
                            "3492421", "3611033", "3611032"],
        }, "savoury bread snacks sold as сухарики or гренки (Кириешки, Три корочки, Хрусteam, "
           "Фишка, Гренковъ, Три семёрки, Клины, Воронцовские, Finn Crisp «Сухарики "
           "Многозерновые»; гренки accepted as the same beer-snack category); «к пиву» is a "
           "purpose. Soup cups «с сухариками», хлебцы and chips excluded"),
        ("чипсы большая пачка", {
            "pyaterochka": ["3463551", "3463552", "2153831", "3435061", "3688435", "3453318", "4061907",
                            "4062940", "4086621", "4086622", "4086623", "3986507", "3986506", "4069908",
                            "4069903", "3994660", "3994662", "3485986", "3231225", "3994439", "4343841",
                            "4343840"],
            "magnit": ["213571", "198921", "204411", "202981"],
            "dixy": [],
            "perekrestok": [],
        }, "chips in a big pack, taken as 140 g and more (Lay's 150/225 г and Stax 140 г, "
           "Pringles 160-165 г, Krachitos 160 г, Twister/«Картофель хрустящий» 150 г, Русская "
           "картошка 190 г, Delicados nachos 150 г); any flavour; 25-110 g packs, apple chips, "
           "corn sticks/balls and croutons excluded"),
    ]),
    # fvo25 Sunday tea
    ("пломбир ведерко, торт к чаю недорогой, конфеты шоколадные развесные кг", [
        ("пломбир ведерко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plombir ice cream in a tub/bucket: none recorded. Left out: plombir bricks, cones and"
           " cups (200-220 g брикет, стаканчики, рожки), Магнит «Экzo … ведро 0,52 кг» and "
           "Пятёрочка ЭКЗО 520 г (milk/fruit ice cream, not plombir), Пятёрочка "
           "«Морож.КЛ.ВЕН.пломб.ван/шок.гл 1л» (a glazed ice-cream log/cake by its name, not "
           "shown to be a tub)"),
        ("торт к чаю недорогой", {
            "pyaterochka": ["3695494", "3355932", "3982417", "4047688", "3414746", "3641000", "3609745",
                            "4475", "3695437", "30953"],
            "magnit": ["8180a48de3", "ebea82fe42"],
            "dixy": [],
            "perekrestok": ["4325083", "4325084", "4346400", "4346907", "4297023", "4348437", "4155324",
                            "4188555", "4174636", "4328759", "4341676", "4330852", "3437011", "3466436",
                            "4047963", "4350092", "3002948", "4295622", "4323561", "3609745", "4298275"],
        }, "whole cakes of any kind (incl. the wafer cake «Бабаевская Белочка»); «к чаю» and "
           "«недорогой» are a purpose and a wish. Left out: single portions «Торт … 60-70г/шт» "
           "(Прохоров), «Тортики вафельные Отломи», пирожное наполеон, рулеты, cake layers "
           "(коржи), baking mixes, «Тортимилка» dessert and wafers «для торта»"),
        ("конфеты шоколадные развесные кг", {
            "pyaterochka": ["3984791", "3641772", "4009608", "4009609", "1628", "1671", "3638690", "78005698"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "loose chocolate sweets sold by weight (Пятёрочка lists them as «…, 1 кг»): titles "
           "saying шоколадные / в шоколаде / шоколадной или мол. шок. глазурью (Красная шапочка, "
           "Золотая Лилия, Сладкое созвездие, Сгущенка с кокосом, MEGA DRIVE, Козиначки), "
           "«Трюфель молочный» and - outside knowledge - Мишка косолапый (a chocolate-covered "
           "praline). Left out: glazed sweets whose coating is not stated or is «кондитерская "
           "глазурь» (Ореховая роща, Ёжкин кот, Беловежская пуща, Seleste, Темная ночь, Konfesta,"
           " Конфеты 35, Маленькое чудо, Золотой степ, Ромашки…), jelly, soufflé, marmalade, "
           "nougat and caramel sweets, and boxed sweets (Магнит Truffle milk / Ленинградские 0,2 "
           "кг, not loose)"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: a line '== fvoNN ==' starts a list, its text runs to the next blank line."""
    texts, cur = {}, None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("#"):
                continue
            if line.startswith("== ") and line.endswith(" =="):
                cur = line[3:-3]
                texts[cur] = []
            elif line == "":
                cur = None
            elif cur is not None:
                texts[cur].append(line)
    return {k: "\n".join(v) for k, v in texts.items()}


def check_blind():
    with open(BLIND, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    errors = []
    if digest != BLIND_SHA256:
        errors.append("blind draft changed: sha256 %s != %s" % (digest, BLIND_SHA256))
    blind = blind_texts(BLIND)
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS %d" % (len(blind), len(LISTS)))
    for n, (text, _) in enumerate(LISTS, 1):
        rid = "fvo%02d" % n
        want = blind.get(rid)
        if rid in REPLACED:
            old, new = REPLACED[rid]
            want = None if want is None or want.count(old) != 1 else want.replace(old, new)
        if text != want:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, blind.get(rid)))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fvo"))
