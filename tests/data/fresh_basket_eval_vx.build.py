#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vx.jsonl -- shopping lists of a home baker (cakes and cupcakes to order)
and her family, hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vx.build.py

LISTS below is literal data: 25 lists (3-5 items) as such a shopper would type them to a Telegram bot,
and for every item the product ids of every store that a reasonable shopper would accept.  The lists
were written first, before any offer was read, and saved as fresh_basket_eval_vx.blind_lists.txt
(read-only, never edited); this script checks that every list text equals that blind draft apart from
the items in REPLACED.  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms,
the chains' abbreviations, Latin and Cyrillic brand spellings) and read one by one; the note of each
item records what was accepted, what was deliberately left out and any judgement that rests on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing"
there).  The labels were made without reading or running the tool being evaluated.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in
real_offers.jsonl *for that store* and is in stock (``available`` true), no id is repeated within an
item, every item has a note, and the labels are exactly the list's items in order (an item is the
text between commas / new lines) -- and then writes the JSONL in the format of real_basket_eval.jsonl.
List ids are fvx01, fvx02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vx.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vx.blind_lists.txt")

# Items of the blind draft replaced after labelling because their whole list was empty in all four
# stores: (list id, item as in the blind draft, item as in LISTS).  Nothing else differs.
REPLACED = [
    ("fvx11", "фольга пищевая 20 м", "фольга прочная для запекания"),
    ("fvx21", "черника замороженая для начинки", "голубика свежая для начинки"),
    ("fvx23", "шоколад темный callebaut", "шоколад горький 75% для ганаша"),
]

E = []  # shorthand for "nothing acceptable in this store"

BUTTER_825 = ["4063188", "3612680", "3948153", "3953367"]
BUTTER_NOTE = ("butter labelled 82,5 % (Пятёрочка «сладко-сливочное традиционное» 380 г, Вкуснотеево «ТРАДИЦ.слив.82,5%», "
               "«Традиционное» 175 г, Тысяча Озёр 400 г); the written 82.5 is matched exactly, so butter labelled 82 % "
               "(Простоквашино in Магнит and Дикси, Президент кислосливочное) is excluded, as are Брест-Литовск 72,5 %, "
               "ЭКОМИЛК chocolate butter 62 %, margarine «Пышка» and spreads")
CREAM_33 = {"pyaterochka": ["12721"], "magnit": ["204651"], "dixy": E, "perekrestok": E}
CREAM_33_NOTE = ("cream 33 % (Домик в деревне 480 мл in Пятёрочка and Магнит); creams of 10/11/20 % (Домик в деревне, "
                 "Сарафаново, Parmalat, Молочный знак), the plant «Сопьо Крима (Сливки)», dry creamer Mr. Сливкин and goods "
                 "«со сливками» excluded")
BLUEBERRY = {"pyaterochka": ["54727"], "magnit": E, "dixy": E,
             "perekrestok": ["4129944", "4438675", "48663", "3641622", "3949603", "4052118"]}
BLUEBERRY_NOTE = ("fresh blueberries (голубика) of any pack; Пятёрочка «Голубика 125г» taken as a fresh punnet (the title "
                  "does not say fresh, but frozen goods are titled so); Перекрёсток berry mixes (малина-голубика, "
                  "клубника-голубика) excluded")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvx01 cream for a cake order
    ("сливки 33% 3 пачки, маскарпоне 2 банки, сахарная пудра 2 пачки, мука в/с 2 кг", [
        ("сливки 33% 3 пачки", dict(CREAM_33), CREAM_33_NOTE + "; «3 пачки» is a quantity"),
        ("маскарпоне 2 банки", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no mascarpone in any store (grepped маскарп/mascarp); творожный and плавленый cheeses and the creamy "
         "Перекрёсток Mlekara «А ла Каймак сливочный» are not mascarpone"),
        ("сахарная пудра 2 пачки", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["4255400"]},
         "icing sugar (Пр!ст 230 г); corn sticks «в сахарной пудре» and a deodorant «сухость пудры» excluded"),
        ("мука в/с 2 кг", {"pyaterochka": ["3296712"], "magnit": E, "dixy": E, "perekrestok": ["91304", "8065"]},
         "wheat flour of the top grade in a 2 kg pack (Makfa высшего сорта 2 кг, Пышечка хлебопекарная высшего сорта 2 кг); "
         "Пятёрочка Рязаночка «ПШЕНИЧНАЯ ЭКСТРА 2кг» accepted on outside knowledge (grade «экстра» is finer than высший, a baker "
         "asking for в/с takes it); Перекрёсток «Мука Пшеничная, 2кг» excluded (grade not stated), Makfa 1 кг excluded (the "
         "written 2 кг names the pack), whole-grain, rye, rice and durum «крупка» flour excluded"),
    ]),
    # fvx02 cream cheese frosting
    ("сыр творожный для крема 3 шт\nмаслице сливочное 82.5 не растительное\nяйца с0 2 десятка\nбумага для запекания", [
        ("сыр творожный для крема 3 шт", {
            "pyaterochka": ["4050140", "4042781", "3467389"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["16401", "4091852", "3348645", "4050136", "4391081"],
        }, "plain (сливочный / unflavoured) cream cheese in tubs: Виолетта/Violette сливочный, Valio «Сливочный», Almette "
           "Сливочный, Hochland сливочный and «Для кулинарии», ЭкоМилк творожный 350 г; Пятёрочка «Сыр Hochland. Сливочный, 220 г» "
           "accepted on outside knowledge (220 г is the Hochland творожный tub; Перекрёсток sells the 220 г tub as творожный); "
           "herb/cucumber/dill variants (Almette, Hochland, Violette, Valio, Савушкин с травами) excluded as not usable for a "
           "cream, Савушкин «Сливочный нарезка» excluded (sliced, cannot be whipped), processed cheeses (Hochland/Виола/"
           "President плавленый сливочный), semi-hard «Сливочный» cheeses (Arla Natura, Natura нарезка, Тысяча Озёр, "
           "Брест-Литовск), Mlekara «А ла Каймак» (a kaymak, not sold as творожный) and Dorblu «A La Creme» blue cheese "
           "excluded; «3 шт» is a quantity"),
        ("маслице сливочное 82.5 не растительное", {"pyaterochka": BUTTER_825, "magnit": E, "dixy": E, "perekrestok": E},
         BUTTER_NOTE + "; «не растительное» asks for real butter, which all accepted packs are"),
        ("яйца с0 2 десятка", {
            "pyaterochka": ["3620510"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "chicken eggs of category С0/СО/отборные in packs of 10 (or 20, none of С0 exists); Волжанин отборные 6 шт "
           "excluded (pack of 6), С1 eggs, quail eggs and mayonnaise «на перепелиных яйцах» excluded"),
        ("бумага для запекания", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no baking paper / parchment in any store; toilet paper, wrapping paper «Упаковочная бумага Арт и Дизайн», foil and "
         "the Перекрёсток «Рукав для запекания» (a roasting bag, not paper) excluded"),
    ]),
    # fvx03 chocolate cake
    ("шоколад горький 70% 3 плитки, какао порошок не сладкий, клубника свежая 2 коробки", [
        ("шоколад горький 70% 3 плитки", {
            "pyaterochka": ["4024458", "4053995"],
            "magnit": ["11ee50093d"],
            "dixy": E,
            "perekrestok": E,
        }, "plain bitter chocolate of 70 % cocoa: А. Коркунов 70 %, Магнит ALPEN GOLD Bitter 70 %; Пятёрочка «Шоколад горький "
           "Alpen Gold Альпен Гольд, 80г» accepted on outside knowledge (the same 80 г Bitter bar Магнит titles «горьк 70%»); "
           "Бабаевский Элитный 75 %, MERCI 72 %, O'Zera Dark & Orange 55 %, Ozera Bitter and Российский тёмный (no % stated), "
           "Alpen Gold Dark / Aerated / with nuts or cherry, Коммунарка горький с апельсином and Золотая марка «Дуэт в горьком» "
           "(not plain bitter chocolate) excluded; «3 плитки» is a quantity"),
        ("какао порошок не сладкий", {"pyaterochka": ["3614049"], "magnit": E, "dixy": E, "perekrestok": E},
         "cocoa powder (Коммунарка «Какао-порошок» 150 г); sweet instant cocoa drinks (Nesquik, Магнит «Какао Nesquik», "
         "Ухтышки, Macchocolate hot chocolate) excluded because «не сладкий» asks for plain cocoa"),
        ("клубника свежая 2 коробки", {
            "pyaterochka": E, "magnit": E, "dixy": E,
            "perekrestok": ["11034", "4391361", "3457076"],
        }, "fresh strawberries (Маркет Fresh 250/340 г, «Клубника отборная»); the mix «клубника-голубика в сердце», "
           "strawberry-flavoured goods and jams excluded; «2 коробки» is a quantity"),
    ]),
    # fvx04 the kids
    ("молочко детское 3.2, хлебушек белый к супу, бананчики для детей, творожок агуша ребенку", [
        ("молочко детское 3.2", {
            "pyaterochka": ["3507208", "3645807", "3694630"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["35ac60eec2", "3645807"],
        }, "children's drinking milk of exactly 3.2 %: Агуша «д/д от 3л» 3,2 %, Сарафаново детское 3.2 %; Пятёрочка "
           "«Молоко Сарафаново, ультрапастеризованное, 3,2%, 970 мл» accepted because the same product id 3645807 is titled "
           "«Молоко детское … Сарафаново» in Перекрёсток; Пятёрочка «Маша и Медведь» 3,2 % accepted on outside knowledge "
           "(a children's brand); children's milk of 1.5/2.5 % and Сарафаново «отборное детское» 3.4-4 % excluded (fat must "
           "match), adult milk, НЕСТОЖЕН formula and flavoured milk excluded"),
        ("хлебушек белый к супу", {"pyaterochka": ["3985404"], "magnit": E, "dixy": E, "perekrestok": ["3974714"]},
         "white wheat bread loaves incl. the sliced «Батон нарезной» (Пятёрочка «Батон Звездный нар», Перекрёсток «Батон "
         "Нарезной нарезка»); Даниловский, ржано-пшеничный, «Марьин заварной» and «зерновой, Ржаной Край» (dark/rye bread), "
         "сдоба, плюшки, хлебцы and сухарики excluded"),
        ("бананчики для детей", {
            "pyaterochka": E, "magnit": E, "dixy": E,
            "perekrestok": ["3757", "4208494", "4112219", "3639749"],
        }, "fresh bananas incl. mini bananas and the organic banana; dried bananas, banana-flavoured yoghurts, "
           "curds, purees and smoothies excluded; «для детей» is a purpose, not a filter"),
        ("творожок агуша ребенку", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no Агуша curd (творожок) in any store; Агуша milk, ряженка, juices and purees are other products, and children's "
         "curds of other brands (Тема, Мама Лама, Верховье, Чудо Детки) are not Агуша"),
    ]),
    # fvx05 cupcake decoration
    ("краситель гелевый красный, капсулы для капкейков, посыпка для капкейков, разрыхлитель для бисквита 3 пакетика", [
        ("краситель гелевый красный", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no food colouring in any store (grepped краси/гелев)"),
        ("капсулы для капкейков", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no paper baking cups in any store; «капсулы» titles are laundry capsules (Ariel, Persil, Лоск, Tide)"),
        ("посыпка для капкейков", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no sprinkles sold on their own; the Пятёрочка baking kit «Печем дома Торт Шоколадное настроение» only contains "
         "10 г of посыпка and is excluded, as is poppy seed «Мак кондитерский»"),
        ("разрыхлитель для бисквита 3 пакетика", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["4236368"]},
         "baking powder (Пр!ст «Разрыхлитель для теста» 10 г); yeast and baking mixes excluded; «3 пакетика» is a quantity"),
    ]),
    # fvx06 berries for decoration
    ("малинка свежая, голубика для украшения, мята свежая пучок", [
        ("малинка свежая", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["21151", "3641616", "3949602"]},
         "fresh raspberries (Маркет Fresh 125/250 г, «Малина в сердце» 125 г); raspberry-blueberry mixes, raspberry "
         "sorbet, kisel, yoghurts and blinchiki with raspberry excluded"),
        ("голубика для украшения", dict(BLUEBERRY), BLUEBERRY_NOTE + "; «для украшения» is a purpose"),
        ("мята свежая пучок", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no fresh mint in any store; Пятёрочка BIONIQ «Мята суш.измельч.» (dried), mint chewing gum, tea, toothpaste and "
         "Магнит rosemary excluded"),
    ]),
    # fvx07 pantry for baking
    ("мука 5 кг, сахарок самый дешевый, сода 1 пачка, ванильный сахар 5 пакетиков", [
        ("мука 5 кг", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "flour is sold in packs, so «5 кг» names the pack (as «сахар 1кг» in set g); no store has a 5 kg pack (only 0.5-2 кг: "
         "Рязаночка, Makfa, Пышечка, Перекрёсток «Мука Пшеничная 2кг»), so nothing is accepted"),
        ("сахарок самый дешевый", {"pyaterochka": E, "magnit": ["07d5c3205d"], "dixy": E, "perekrestok": E},
         "white sugar; Магнит «РУССКИЙ Сахар белый прессованный 1кг» (lump sugar) accepted as sugar; cane sugar «Демерара», "
         "icing sugar, sweetener «Great Life» and goods «с сахаром»/«без сахара» excluded; «самый дешевый» is a wish, not a "
         "filter"),
        ("сода 1 пачка", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no baking soda in any store (grepped сода/гидрокарб); soda drinks are not meant"),
        ("ванильный сахар 5 пакетиков", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no vanilla sugar or vanillin in any store; vanilla-flavoured ice cream, cookies and curd snacks excluded"),
    ]),
    # fvx08 a big order
    ("сливочный сыр hochland 2 упаковки, масло 82.5% 5 пачек, сгущенка рогачевъ 3 банки", [
        ("сливочный сыр hochland 2 упаковки", {
            "pyaterochka": ["3467389"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3348645", "4091852"],
        }, "Hochland cream cheese (творожный) unflavoured: Перекрёсток «Сыр творожный Hochland сливочный 60%, 140г» and "
           "«Для кулинарии» 180 г; Пятёрочка «Сыр Hochland. Сливочный, 220 г» accepted on outside knowledge (the 220 г "
           "творожный tub); Hochland творожный с зеленью excluded (flavoured), Магнит Hochland плавленый сливочный 400 г "
           "(processed) and Hochland Грюнландер/Чеддер (semi-hard) excluded, other brands' cream cheese excluded"),
        ("масло 82.5% 5 пачек", {"pyaterochka": BUTTER_825, "magnit": E, "dixy": E, "perekrestok": E},
         BUTTER_NOTE + "; «масло 82.5%» can only mean butter; «5 пачек» is a quantity"),
        ("сгущенка рогачевъ 3 банки", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no plain Рогачёв condensed milk: the only Рогачёв condensed milks are boiled (Пятёрочка «вареное … Егорка Рогачев», "
         "Магнит «Рогачев, вареное»), and варёная сгущёнка is not «сгущенка» (set g convention); Алексеевское condensed "
         "milk (other brand) and Перекрёсток «Молоко Рогачевъ питьевое» excluded"),
    ]),
    # fvx09 soup for the family
    ("курица целиком 1 шт\nкартошка мытая 3 кило\nлук репчатый 1 кг на суп\nморковка для супа\nгречка ядрица две пачки", [
        ("курица целиком 1 шт", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4252168"],
        }, "a whole raw chicken: Дикси «Цыплёнок-бройлер охлажденный, 1 кг» (whole bird sold by weight), Перекрёсток «Тушка "
           "цыплёнка» (1 сорт, An-noor Халяль, Петелинка) and «Цыплёнок корнишон охлаждённый Зелёная Линия» (a whole small "
           "chicken, accepted on outside knowledge); chicken parts (голень, бедро, филе), the duckling carcass, smoked and "
           "canned chicken excluded"),
        ("картошка мытая 3 кило", {
            "pyaterochka": E,
            "magnit": ["109571", "199751"],
            "dixy": E,
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes whose title says мытый (Магнит «Картофель красный, мытый, 1 кг» and «Картофель мытый 2,5 кг», "
           "Перекрёсток «Картофель мытый» and «красный мытый»); potatoes not said to be washed (Магнит «для варки»/«для жарки» "
           "3 кг and «Новый урожай», Дикси «Картофель молодой») excluded since «мытая» was written; «3 кило» is the quantity of "
           "a weighed good, not a pack filter; chips, «Картошка» cakes and puree excluded"),
        ("лук репчатый 1 кг на суп", {
            "pyaterochka": E,
            "magnit": ["168721", "168731"],
            "dixy": E,
            "perekrestok": ["79135", "79012"],
        }, "fresh bulb onions: titles «Лук репчатый» (red, white) and Магнит «Лук Светофор» (3 bulbs of ordinary onions, "
           "accepted on outside knowledge); the sweet salad onion «Ялтинский», shallots, «Лук салатный», green onion and "
           "herring «с луком» excluded; «1 кг» is a quantity"),
        ("морковка для супа", {"pyaterochka": E, "magnit": ["199761"], "dixy": E, "perekrestok": ["52112"]},
         "fresh carrots (Магнит «Морковь мытая 1 кг», Перекрёсток «Морковь мытая»); Korean-style carrot salads, carrot "
         "juices and nectars excluded"),
        ("гречка ядрица две пачки", {"pyaterochka": E, "magnit": ["203081"], "dixy": E, "perekrestok": E},
         "buckwheat groats ядрица; Магнит «Крупа Гречневая Prosto, 500 г» accepted on outside knowledge (Prosto sells "
         "ядрица; продел would be named); buckwheat flakes (Увелка, Мистраль), Nestlé buckwheat porridge, the Prosto «Рис и "
         "греча» mix, soba noodles and ready meals with buckwheat excluded"),
    ]),
    # fvx10 mousse cake
    ("шоколад белый для растопки, желатин листовой для муссов, агар-агар, сливки 35%", [
        ("шоколад белый для растопки", {"pyaterochka": ["3468716"], "magnit": E, "dixy": E, "perekrestok": E},
         "plain white chocolate: Пятёрочка «Шоколад Воздушный, белый, пористый, 85 г» (plain aerated white chocolate, melts "
         "like any white bar); white chocolate with almonds, coconut, caramel, cookies, nuts or strawberry (Alpen Gold, "
         "Россия, Ritter Sport, KitKat, Toblerone), the milk-and-white duos and Магнит «РОССИЯ Шоколад молочный пористый "
         "белый» (title names both milk and white, taken as not plain white) excluded"),
        ("желатин листовой для муссов", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no leaf gelatine: Магнит «Желатин пищевой СЫТАЯ УЛЫБКА, 30г» and Перекрёсток «Желатин пищевой Пр!ст, 20г» do not "
         "say листовой (small sachets are granulated gelatine), so they are excluded"),
        ("агар-агар", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no agar-agar in any store"),
        ("сливки 35%", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no 35 % cream; 33 % cream (Домик в деревне) excluded since the fat % must match exactly, 10/11/20 % creams and the "
         "35 % liqueurs/rum excluded"),
    ]),
    # fvx11 kitchen consumables (one item replaced, see REPLACED)
    ("пергамент, фольга прочная для запекания, пленка пищевая для торта", [
        ("пергамент", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no baking parchment in any store; wrapping paper and the roasting bag excluded"),
        ("фольга прочная для запекания", {"pyaterochka": E, "magnit": ["f69098d85b"], "dixy": E, "perekrestok": E},
         "REPLACED item (blind draft: «фольга пищевая 20 м», which no store carries). Kitchen aluminium foil: Магнит "
         "«Фольга особопрочная 29смх7м 14мкм»; the Перекрёсток «Рукав для запекания» (a roasting bag) excluded"),
        ("пленка пищевая для торта", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no cling film in any store; food bags (Пр!ст «Пакеты для завтрака», Home Story «Пакеты для пищевых продуктов») are "
         "not film and excluded"),
    ]),
    # fvx12 fillings
    ("вишня замороженная без косточки, смородина черная заморож., лимоны 2 шт на цедру, апельсины для цедры", [
        ("вишня замороженная без косточки", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no frozen cherries (no frozen berries at all); cherry juices, compote, jelly and flavoured goods excluded"),
        ("смородина черная заморож.", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no frozen (or fresh) blackcurrants; blackcurrant zefir, tea, yoghurt drink and mors excluded"),
        ("лимоны 2 шт на цедру", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no fresh lemons; Магнит «Лайм, 1 кг» (a different fruit), lemonades, lemon-scented cleaners and citric acid excluded"),
        ("апельсины для цедры", {"pyaterochka": E, "magnit": ["109471"], "dixy": E, "perekrestok": ["1535"]},
         "fresh oranges (Магнит «Апельсины, 1 кг», Перекрёсток «Апельсины»); Mirinda, juices, mandarins and olives stuffed "
         "with orange excluded"),
    ]),
    # fvx13 dairy for the family
    ("сметанка 20% для торта, творог 9% пачки 2, кефир 1% для оладушек, сыр российский для бутербродов", [
        ("сметанка 20% для торта", {
            "pyaterochka": ["3664287"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20 % incl. Parmalat Comfort безлактозная 20 % (lactose-free counts, as for milk); sour "
           "creams of 10/15/25/30 % excluded, as are cakes «Сметанник»/«Медово-Сметанный» and chips «сметана и зелень»"),
        ("творог 9% пачки 2", {
            "pyaterochka": ["3634733"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4216658", "4185866"],
        }, "cottage cheese of exactly 9 % (Вкуснотеево 300 г, Молочный знак 180 г and «традиционный» 800 г); 0.1/0.5/3/4/5/5.5 % "
           "curds, зерненый, children's biotvorog and curd desserts excluded"),
        ("кефир 1% для оладушек", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no kefir of any fat in any store; Даниссимо «Коктейль кисломолочный», Актимель and yoghurts excluded"),
        ("сыр российский для бутербродов", {
            "pyaterochka": ["4046889"], "magnit": E, "dixy": E, "perekrestok": ["3668842"],
        }, "Российский cheese (Брест-Литовск российский 50 % 200 г, Зелёная Линия «Российский нарезка 50%»); other semi-hard "
           "cheeses, Российский chocolate, коньяк «Российский» and сервелат «российский» excluded"),
    ]),
    # fvx14 fillings and toppings
    ("вареная сгущенка для крема, орехи грецкие чищеные для торта, кокосовая стружка 2 пакета", [
        ("вареная сгущенка для крема", {"pyaterochka": ["3907533"], "magnit": ["167911"], "dixy": E, "perekrestok": E},
         "boiled condensed milk (Рогачев «Егорка» вареное, Магнит «Рогачев, вареное»); plain sweetened condensed milk "
         "(Алексеевское) and goods with boiled condensed milk (waffles, croissants, muffins, Барни, pryaniki, donut, cakes) "
         "excluded"),
        ("орехи грецкие чищеные для торта", {"pyaterochka": ["3982582", "3915361"], "magnit": E, "dixy": E, "perekrestok": E},
         "shelled walnuts: BOTANICA «Ядро ореха грецкого» 140 г and «Грецкий орех Mix Bar 100г» (accepted on outside knowledge: "
         "the Mix Bar snack pack holds kernels); Магнит «Орех грецкий, неочищенный» excluded since чищеные was written; "
         "walnut jam, cheese and salad with walnut, other nuts excluded"),
        ("кокосовая стружка 2 пакета", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["4236369"]},
         "desiccated coconut (Пр!ст «Стружка кокосовая высушенная» 80 г); coconut milk, chocolate with coconut, candies and "
         "squid «стружка» excluded"),
    ]),
    # fvx15 tiramisu
    ("кофе в зернах мужу, савоярди для тирамису 2 пачки, коньяк для пропитки, несквик ребенку", [
        ("кофе в зернах мужу", {
            "pyaterochka": ["3472968", "3689955", "75495", "45169", "2073687", "3607729", "3608097", "3153783", "3086387",
                            "3434095", "2100060", "3691657", "3649043", "3431276"],
            "magnit": ["ac8c4bac09", "042657fbf1", "275856ead6", "160171", "105001", "065ccd9ec9"],
            "dixy": E,
            "perekrestok": E,
        }, "whole-bean coffee of any brand and size («зер.», «в зернах», «зерновой»); ground, instant, «молотый в растворимом» "
           "coffee, Магнит ready drinks «Кофе Американо/Капучино/Латте … зерновой 300мл» (cups of coffee), coffee drinks and "
           "sweetcorn «в зёрнах» excluded"),
        ("савоярди для тирамису 2 пачки", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no savoiardi in any store; ready tiramisu cakes/desserts, Bombbar «Тирамису», Венские бисквиты and sugar cookies "
         "excluded"),
        ("коньяк для пропитки", {
            "pyaterochka": E,
            "magnit": ["167711", "160091", "1cd40d56de", "202161", "213541", "205891", "b1c39e6b98", "199151", "202401",
                       "9715c97fe3", "168081", "159611", "109071", "06fdae55c4", "202061", "199161", "159661", "168091",
                       "202441", "213301", "104881", "202071", "111521", "160101", "109121", "19c7ce37b4", "aa844ca52b",
                       "9941010bb7"],
            "dixy": E,
            "perekrestok": E,
        }, "any коньяк of any age and size (Магнит); бренди (Barrel, Кизлярский), настойки «на коньяке» (Nemiroff, "
           "Сормовская), liqueurs, rum and the Перекрёсток cake «меренга-шоколад-коньяк» excluded; «для пропитки» is a purpose"),
        ("несквик ребенку", {"pyaterochka": ["3696920", "4033873"], "magnit": ["167811"], "dixy": E, "perekrestok": E},
         "a brand without a product word means its classic product, the Nesquik cocoa drink (Пятёрочка «NESQUIK Какао-нап. "
         "OPTI-START», «NESQUIK ALL NATURAL какао-напиток», Магнит «Какао Nesquik, 500 г»); Nesquik cereals, chocolate bars "
         "and candies excluded"),
    ]),
    # fvx16 dinner: bolognese
    ("фарш говядина 1 кг, макароны barilla 2 пачки, томатная паста для болоньезе, пармезан к спагетти", [
        ("фарш говядина 1 кг", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "beef mince (Рестория «фарш Говяжий», Останкино «ФАРШ ГОВЯЖИЙ», Мираторг «Фарш говяжий»); mixed pork-beef "
           "(Мираторг «свино-говяжий домашний», Самсон «ДОМАШНИЙ», Ближние горки «Деревенский»), pork (Магнит), turkey and "
           "chicken mince excluded; «1 кг» is the quantity of a meat purchase, not a pack filter"),
        ("макароны barilla 2 пачки", {
            "pyaterochka": ["4037645", "4037644", "4037652", "4037654", "4037666"],
            "magnit": ["214631"],
            "dixy": E,
            "perekrestok": E,
        }, "Barilla dry pasta of any shape (капеллини, спагетти, пенне ригате, пипе ригате, джирандоле); Barilla pesto sauce "
           "and other brands' pasta (Federici, Фарфалле/Фузилли/Спагетти «n.30/n.31/n.3» without a brand) excluded"),
        ("томатная паста для болоньезе", {
            "pyaterochka": ["3696785", "84652", "3486033", "31623"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "tomato paste (Махеевъ «Паста ДОМАШНЯЯ томат.», Помидорка 250 мл and 480 мл, Heinz 310 г); Магнит Mr.Ricco «Соус "
           "томатный Болоньезе» (a sauce), ketchups, tomato juices and canned tomatoes excluded; «для болоньезе» is a purpose"),
        ("пармезан к спагетти", {
            "pyaterochka": ["3650219", "3462825", "24647", "3433812"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3963977", "3206443", "3433812", "3912980"],
        }, "parmesan-type hard cheese in any form (piece, grated, flakes), incl. Castello «REGGIANIDO ПАРМЕЗ.» and Зелёная "
           "Линия «Пармезан молодой»; fuet with parmesan and parmesan-flavoured chips excluded"),
    ]),
    # fvx17 macarons and buns
    ("крахмал кукурузный для крема, мука миндальная для макарон, корица молотая для булочек", [
        ("крахмал кукурузный для крема", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["4268659"]},
         "corn starch (Пр!ст «Крахмал кукурузный» 200 г); potato starch (Магнит, Пр!ст) excluded"),
        ("мука миндальная для макарон", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no almond flour in any store; wheat/rice/rye flour, almond milk and almond cookies excluded"),
        ("корица молотая для булочек", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no ground cinnamon in any store; goods «с корицей» (cereal, pastila, tea, pancakes, cookies) excluded"),
    ]),
    # fvx18 breakfast for the husband
    ("сливки 10% к кофе мужу, сыр филадельфия 2 шт, бекон нарезка подешевле", [
        ("сливки 10% к кофе мужу", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": E,
            "perekrestok": ["4178852"],
        }, "cream of exactly 10 % (Сарафаново детские 10 % 480 мл, Домик в деревне 10 % 950 г, Молочный знак 10 % 500 мл); "
           "Parmalat Comfort 11 %, 20 % and 33 % creams, dry creamer and «Сопьо Крима» excluded"),
        ("сыр филадельфия 2 шт", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no Philadelphia cheese in any store; Перекрёсток «Салат Филадельфия» (a salad) and other brands' cream cheeses "
         "excluded"),
        ("бекон нарезка подешевле", {
            "pyaterochka": ["3443644", "3445554", "3655098", "3649921", "4020279"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3443644", "3445554", "4420883", "4225967"],
        }, "packaged bacon of 150-200 г, taken as sliced (as in set zh; Дымов Венгерский says нарезка): Велком, Дымов, "
           "«Мясной прод. … бекон 150гр», «бекон 180г», Market Collection, Cortador; грудинка (also sliced грудинка), the "
           "assortment «Шейка-Балык-Бекон Панчетта», raw pork belly, croutons and a sandwich with bacon excluded"),
    ]),
    # fvx19 household
    ("порошок ариель подешевле, туалетка 3 слоя 2 упаковки, губки для посуды 2 упаковки, фейри 1 бутылка", [
        ("порошок ариель подешевле", {
            "pyaterochka": ["3149485", "2087255", "3688912"],
            "magnit": ["168231"],
            "dixy": E,
            "perekrestok": E,
        }, "Ariel washing powder of any variant and size (Touch of Lenor, Колор, «аромат масла ши», Магнит Ariel Color 6 кг); "
           "Ariel liquids, gels and capsules are not powder and excluded, as are other brands' powders"),
        ("туалетка 3 слоя 2 упаковки", {"pyaterochka": ["3449118", "4059050"], "magnit": E, "dixy": E, "perekrestok": E},
         "toilet paper of 3 layers (PAPIA «3сл.8рул», Zewa Deluxe «3 сл.»); 2-layer (Familia, Zewa Plus) and 4-layer (Zewa "
         "Just 1) paper, PAP. «WHITE DE LUXE» (layers not stated), wet toilet paper, napkins, handkerchiefs and paper towels "
         "excluded"),
        ("губки для посуды 2 упаковки", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no dish sponges in any store"),
        ("фейри 1 бутылка", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": E,
            "perekrestok": E,
        }, "Fairy washing-up liquid of any variant and size; other brands' dish liquids (AOS, Sorti, Biasept) and "
           "dishwasher tablets excluded; «1 бутылка» is a quantity"),
    ]),
    # fvx20 tiramisu cream
    ("маскарпоне galbani 500, ванилин 2 пакетика для крема, лимонная кислота для бисквита", [
        ("маскарпоне galbani 500", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no mascarpone in any store; Galbani mozzarella and burrata are other cheeses"),
        ("ванилин 2 пакетика для крема", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no vanillin or vanilla sugar in any store; vanilla-flavoured goods excluded"),
        ("лимонная кислота для бисквита", {"pyaterochka": ["3625350"], "magnit": E, "dixy": E, "perekrestok": ["4236367"]},
         "citric acid (HAAS 250 г, Пр!ст «Кислота лимонная» 250 г); lemons, lemon-flavoured goods excluded"),
    ]),
    # fvx21 berry fillings (one item replaced, see REPLACED)
    ("малина замороженная 1 кг, клубника замороженная на конфитюр, голубика свежая для начинки", [
        ("малина замороженная 1 кг", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no frozen raspberries (no frozen berries at all); fresh raspberries are not frozen and excluded, as are raspberry "
         "sorbet and kisel"),
        ("клубника замороженная на конфитюр", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no frozen strawberries; fresh strawberries, strawberry yoghurts and jams excluded"),
        ("голубика свежая для начинки", dict(BLUEBERRY),
         "REPLACED item (blind draft: «черника замороженая для начинки», carried by no store). " + BLUEBERRY_NOTE),
    ]),
    # fvx22 family staples
    ("масло подсолнечное рафинированное для жарки, рис круглый для каши детям, пельмешки на ужин мужу, сосиски молочные к макаронам", [
        ("масло подсолнечное рафинированное для жарки", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": E,
            "perekrestok": E,
        }, "refined sunflower oil (Олейна раф.дез. 2 л, Благо, Mr.Ricco раф/дезодор, Слобода «раф для жарки»); Mr.Ricco "
           "blends «с доб олив»/«с доб масла авокадо» and «с экстр Прованские травы», ALMADOR flavoured oils (refining not "
           "stated), corn, olive and grape-seed oils excluded"),
        ("рис круглый для каши детям", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641", "199371"],
            "dixy": E,
            "perekrestok": E,
        }, "round-grain rice: Магнит Увелка «Краснодарский, круглый» and Мистраль «для плова, традиционный, круглый»; "
           "Пятёрочка «МИСТР.Рис для плова традиц.900г» accepted as the same Мистраль product; Магнит Мистраль «Кубань» and "
           "Националь «Адриатика» accepted on outside knowledge (both are round-grain rices); long-grain, basmati, jasmine, "
           "brown and parboiled rice, Националь/Global Village «для плова» (grain not stated), rice with zira, rice flour "
           "and the rice drink excluded"),
        ("пельмешки на ужин мужу", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                            "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": E,
        }, "frozen pelmeni of any brand and filling (incl. Горячая штучка «Бульмени», Мираторг, Сибирская коллекция, "
           "Ложкаревъ, Стародворье, Цезарь, Eat Meat); vareniki, chebureki, blinchiki and khinkali excluded"),
        ("сосиски молочные к макаронам", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": E,
            "perekrestok": E,
        }, "«Молочные» sausages (Велком «Сосиски молочные», Магнит «Сосиски Молочные» 0,33 and 0,65 кг); Сливочные, Детям, "
           "«с натуральными сливками», Баварские, Венские, Докторские, Филейные and sardelki excluded"),
    ]),
    # fvx23 ganache (one item replaced, see REPLACED)
    ("шоколад горький 75% для ганаша, какао алкализованное, масло какао", [
        ("шоколад горький 75% для ганаша", {
            "pyaterochka": ["3170308"],
            "magnit": ["109301", "104961"],
            "dixy": E,
            "perekrestok": E,
        }, "REPLACED item (blind draft: «шоколад темный callebaut», carried by no store). Plain dark chocolate of 75 % cocoa "
           "(Бабаевский Элитный 75 %, 200 г and 100 г); 70 % and 72 % bars, Бабаевский with caramel and almonds, Фирменный "
           "and flavoured dark chocolate excluded"),
        ("какао алкализованное", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no cocoa powder titled alkalised; Пятёрочка Коммунарка «Какао-порошок» does not say алкализованный and is excluded, "
         "as are Nesquik and other cocoa drinks"),
        ("масло какао", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "no cocoa butter in any store; butter, chocolate butter (ЭКОМИЛК «Масло слив.шок.») and cocoa powder excluded"),
    ]),
    # fvx24 tea time
    ("сгущенка 2 банки для крема, печенье юбилейное для мужа к чаю, чай гринфилд 2 пачки", [
        ("сгущенка 2 банки для крема", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": E,
            "perekrestok": ["3332809"],
        }, "sweetened condensed milk (Алексеевское, tin, doy-pack or other pack; «2 банки» is a quantity); boiled condensed "
           "milk (Егорка/Рогачев вареное) and goods with condensed milk (waffles, candies, трубочки, cakes) excluded"),
        ("печенье юбилейное для мужа к чаю", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": E,
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every Юбилейное cookie (traditional, oat, lean, glazed, with berries or whole grain, шоколадный, земляничный); "
           "Магнит «Мини-кексы Юбилейное» (cakes), Останкино «Колбаса Юбилейная» and J.MEINL «Кофе ЮБИЛЕЙНЫЙ» excluded"),
        ("чай гринфилд 2 пачки", {
            "pyaterochka": ["3489539", "3378317", "3450276", "3464992", "3378336", "3378319"],
            "magnit": ["217b3d7466"],
            "dixy": E,
            "perekrestok": E,
        }, "every Greenfield tea, bagged or loose (Redberry Crumble, Earl Grey Fantasy, Spring Melody, Kenyan Sunrise, Golden "
           "Ceylon); Greenfield «Нап.чайн. СПИР.МАТЭ» (a mate herbal drink, not tea) excluded"),
    ]),
    # fvx25 weekend order
    ("яйца 3 десятка для выпечки, молоко 1 литр, сахарная пудра 1 кг, сливки 33 самые лучшие", [
        ("яйца 3 десятка для выпечки", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs of any category in packs of 10 («десяток»; no pack of 30 exists), incl. Зелёная Линия «активита с "
           "селеном и йодом»; packs of 6 and 20, quail eggs and mayonnaise on quail eggs excluded"),
        ("молоко 1 литр", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["ce8eda981f", "f18e9a3c14", "52240eee71", "e221fd3ddd", "9dfc83490b", "ccdc291604",
                            "9512a8a8b9", "7c1d7afff6", "faf2171541", "2f04f03749", "b48241efed", "b4411ba8d4",
                            "488d323508", "01f728b210", "62485733e9", "f50aeac1bb", "fed089a68a", "a253bf9611"],
        }, "drinking cow milk of any fat in a pack titled 1 л (incl. lactose-free Parmalat and Dietalat); the written size "
           "names the pack, so 0.9-0.975 л packs, 1 кг packs (Вологодское, Рузское, Углече Поле), 1.4 л and 2 л packs are "
           "excluded, as are топлёное (Эконива 1 л), goat milk, Barista, flavoured milk and milk drinks"),
        ("сахарная пудра 1 кг", {"pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E},
         "the only icing sugar (Перекрёсток Пр!ст 230 г) is not a 1 кг pack; for a packed good the written size names the "
         "pack, so nothing is accepted"),
        ("сливки 33 самые лучшие", dict(CREAM_33), CREAM_33_NOTE + "; «самые лучшие» is a wish, not a filter"),
    ]),
]


def blind_lists():
    """The 25 list texts of the blind draft, keyed fvx01..fvx25."""
    lists, cur, buf = {}, None, []
    with open(BLIND, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        m = re.fullmatch(r"=== (fvx\d\d) ===", line)
        if m:
            cur, buf = m.group(1), []
        elif cur is not None and line == "":
            lists[cur], cur = "\n".join(buf), None
        elif cur is not None:
            buf.append(line)
    if cur is not None:
        lists[cur] = "\n".join(buf)
    return lists


def check_blind():
    blind = blind_lists()
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS %d" % (len(blind), len(LISTS)))
    replaced = {}
    for rid, old, new in REPLACED:
        replaced.setdefault(rid, []).append((old, new))
    for n, (text, _) in enumerate(LISTS, 1):
        rid = "fvx%02d" % n
        expect = blind.get(rid)
        if expect is None:
            errors.append("%s missing in blind draft" % rid)
            continue
        for old, new in replaced.get(rid, []):
            if expect.count(old) != 1:
                errors.append("%s: replaced item %r not found once in blind text" % (rid, old))
            expect = expect.replace(old, new)
        if text != expect:
            errors.append("%s: text %r differs from blind draft %r" % (rid, text, expect))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fvx"))
