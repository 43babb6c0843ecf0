#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vz.jsonl -- 25 shopping lists of a man on a strict keto diet (fatty meat,
eggs, cheese, butter, cream, avocado, nuts, greens; no sugar, bread or potatoes) shopping for the week, his
wife adding a few ordinary things, hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vz.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed to a Telegram bot, and for every item the
product ids of every in-stock offer of every store that a reasonable shopper who wrote exactly that item
would accept.  The lists were written before any offer was read and saved read-only as
fresh_basket_eval_vz.blind_lists.txt; this script checks that every list text equals that blind draft,
apart from the single item replaced afterwards (REPLACED).  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded
to е) and read one by one; the note of each item records what was accepted, what was deliberately left out
and any judgement resting on outside knowledge.  An empty list means the store has nothing acceptable (the
item is "missing" there).  The labels were made without reading korzina's matcher or its data files.

labelled_lists.build (unchanged) checks that every id exists in real_offers.jsonl *for that store* and is
in stock (``available`` true), that no id repeats within an item, that every item has a note and that the
labels are exactly the list's items in order (an item is the text between commas / new lines), then writes
the JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are
fvz01, fvz02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vz.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vz.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# list id -> (blind item text, new item text).  Everything else is byte-identical to the blind draft.
REPLACED = {
    "fvz19": ("колбаски баварские для жарки", "сосиски баварские для жарки"),
}

E = []  # shorthand for "nothing acceptable in this store"

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvz01 keto breakfast basics
    ("яиц с0 два десятка мне на неделю, бекон нарезанный тонко, маслице сливочное 82.5% пару пачек, авокадо hass спелые", [
        ("яиц с0 два десятка мне на неделю", {
            "pyaterochka": ["3620510"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "chicken eggs of class С0 / СО / «отборные» in packs of 10 (two packs = «два десятка»; a 20-pack of С0 "
           "would also do, none exists); Роскар «Экстра СО» is class СО (Экстра is the line name); С1 eggs (Село "
           "Зелёное, Лето 20 шт, Окское С1, Маркет С1, Зелёная Линия С1), Волжанин «отборной категории» 6 шт (not a "
           "10-pack), quail eggs, Kinder eggs and mayonnaise «на перепелином яйце» excluded"),
        ("бекон нарезанный тонко", {
            "pyaterochka": ["3443644", "3445554", "3655098", "3649921", "4020279"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3443644", "3445554", "4420883", "4225967"],
        }, "packaged raw-smoked bacon of 150-200 g (Велком, Дымов Венгерский, Cortador, Market Collection венгерский, "
           "Пятёрочка «Мясной прод. … бекон 150гр» / «Продукт мясной … бекон 180г»); outside knowledge: such packs are "
           "sold sliced (Перекрёсток titles the Дымов pack «нарезка»), none is a slab; грудинка of any kind, Маркет "
           "Collection «Шейка-Балык-Бекон Панчетта» assortment, bacon-flavoured croutons (Кириешки) and the club "
           "sandwich «с беконом» excluded"),
        ("маслице сливочное 82.5% пару пачек", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "cow butter labelled exactly 82,5% (сладкосливочное традиционное 380 г, Вкуснотеево 400 г, «Традиционное» "
           "175 г, Тысяча Озёр 400 г); butters labelled 82% (Простоквашино in Магнит and Дикси, President "
           "кислосливочное) are excluded because a written fat % must match exactly, 72,5% Брест-Литовск, Экомилк "
           "chocolate butter 62% and «Топленая смесь» excluded; «пару пачек» is a quantity"),
        ("авокадо hass спелые", {
            "pyaterochka": ["3148279"],
            "magnit": ["168561"],
            "dixy": E,
            "perekrestok": ["3948371", "3356275"],
        }, "avocados whose title says Хасс; «спелые» cannot be checked from titles and is read as a wish (Перекрёсток "
           "«Хасс спелое» and the other Hass packs accepted alike); Пятёрочка Puro Gusto «фасованный» and Магнит "
           "«Авокадо, 100 г» (variety not stated), Дикси «Авокадо Хасс 700 г» (out of stock) and avocado-oil "
           "sunflower oil excluded"),
    ]),
    # fvz02 pork and fat
    ("шея свиная кг\nсало соленое с мясной прослойкой\nсливки 33% жирные\nогурцы свежие штуки 4", [
        ("шея свиная кг", {
            "pyaterochka": ["3957120", "3619731", "3666472"],
            "magnit": ["199511", "107331"],
            "dixy": E,
            "perekrestok": E,
        }, "raw chilled pork neck, boneless or on the bone (Черкизово «Шейка п/ф из свинины», Рестория and Слово "
           "Мясника «Шейка свиная», Магнит «Шейная часть свинины» б/к and на кости); «кг» is a quantity; Ремит «Шейка "
           "к/в» (smoked), Магнит «Стейк из шеи свинины, в маринаде» (marinated steaks -- the marinade may carry "
           "sugar), Маркет Collection «Шейка-Балык-Бекон» and other pork cuts excluded"),
        ("сало соленое с мясной прослойкой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no salted salo whose title says it has a meat layer: Перекрёсток «Сало Белорусское из свиного шпика» "
           "(100 g, Заповедные, and by weight -- Belarusian salo is fatback without a meat layer), «Сало Заповедные "
           "Русское солёное» and Пятёрочка Копченов «Сало домашнее, с чесноком» do not state it, so none is accepted; "
           "грудинка/бекон, «Лардо» варёно-копчёная and шпикачки excluded"),
        ("сливки 33% жирные", {
            "pyaterochka": ["12721"],
            "magnit": ["204651"],
            "dixy": E,
            "perekrestok": E,
        }, "cow cream of exactly 33% (Домик в деревне 480 мл/г in both chains); 10/11/20% creams, Сопьо Крима (plant "
           "substitute), Mr. Сливкин dry creamer, Parmesan «33%» and pelmeni «со сливками» excluded"),
        ("огурцы свежие штуки 4", {
            "pyaterochka": E,
            "magnit": ["200221", "169161"],
            "dixy": E,
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers of any type (короткоплодные, среднеплодные, Ботаника, «Огурцы Хрустящие» 450 г, fresh "
           "«Огурцы корнишоны» 300 г in the vegetable range); «штуки 4» is a quantity; salted, pickled, marinated "
           "cucumbers (Меленъ, Глобус, Дядя Ваня, бочковые, Магнит «Огурцы соленые, Корнишоны»), «Ассорти Черри и "
           "Корнишоны», cucumber shampoo and yoghurts (stem «огур» inside «йогурт») excluded"),
    ]),
    # fvz03 italian keto dinner
    ("пармезан кусок грамм 200, брокколи мороженая пачку, шпинат свежий листовой, оливковое масло extra virgin нерафинированное", [
        ("пармезан кусок грамм 200", {
            "pyaterochka": ["3650219", "3462825", "24647"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3206443", "3912980"],
        }, "Parmesan in a piece (Castello Reggianido «ПАРМЕЗ.» 150 г, Laime 200 г, Чиз Гелери «фас» 175 г, Dolce "
           "Granto by weight, Зелёная Линия «Пармезан молодой» by weight); «грамм 200» is read as the amount wanted, "
           "not a pack size; grated/flaked parmesan excluded: Перекрёсток «Dolce Granto Пармезан тёртый 150г» and "
           "«Cheese Gallery … тёртый хлопья», and Пятёрочка «Сыр Пармезан, Dolche, 150 г» (same product id 3433812 "
           "as the grated Dolce Granto pack -- outside knowledge from the other chain's title); parmesan chips, "
           "crisps and Фуэт «с сыром Пармезан» excluded"),
        ("брокколи мороженая пачку", {
            "pyaterochka": E,
            "magnit": ["23e8f39e40"],
            "dixy": E,
            "perekrestok": E,
        }, "frozen broccoli (Морозко Green 800 г); baby purees with broccoli (ФрутоНяня, Агуша, Пюре «Яблоко "
           "Брокколи») excluded"),
        ("шпинат свежий листовой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3369264", "78000187", "4295871"],
        }, "fresh spinach leaves (Шпинат мини 125 г, Шпинат бэби мытый, «Салат Мини Шпинат Маркет Fresh» -- a pack "
           "of baby spinach leaves); the rucola-mangold-spinach mix, Valio smoothie yoghurt «со шпинатом», cat food "
           "and the pear-spinach smoothie excluded"),
        ("оливковое масло extra virgin нерафинированное", {
            "pyaterochka": ["2153521", "4082388"],
            "magnit": ["204571", "190b32a64b"],
            "dixy": E,
            "perekrestok": E,
        }, "olive oil whose title says Extra Virgin / EV / Экстра Вирджин (Filippo Berio Organic EV and EV, Global "
           "Village нераф. Extra Virgin, Монини Экстра Вирджин); Global Village «Virgen Extra … рафинированное, с "
           "добавлением нерафинированного» (a refined blend), Monini «CLAS. олив. нераф.» (title does not say extra "
           "virgin), Магнит «Масло оливковое Pure», sunflower oils «с доб олив» and olive mayonnaise excluded"),
    ]),
    # fvz04 burger without bun
    ("фарш говяжий жирный 1 кг, чеддер сыр, сметана 30%, салат айсберг один кочанчик", [
        ("фарш говяжий жирный 1 кг", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "pure beef mince (Рестория, Останкино, Мираторг «фарш говяжий»); no title states the fat content, so "
           "«жирный» cannot be checked and is read as a wish, «1 кг» as the amount wanted; pork-beef mince "
           "(Мираторг «свино-говяжий»), «Домашний», «Деревенский», «Премиум» Петелинка (chicken), turkey and Магнит "
           "pork mince excluded"),
        ("чеддер сыр", {
            "pyaterochka": ["4047497", "3658573", "3914313"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4297132"],
        }, "Cheddar cheese of any colour, pack or slicing (Чеддер красный 240 г, La Paulina, «Чеддер» 120 г, "
           "Grunlander Hochland Чеддер нарезка)"),
        ("сметана 30%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3478958"],
        }, "sour cream of exactly 30% (President 180 г); 10/15/20/25% sour creams, sour-cream flavoured chips, "
           "crackers and croutons excluded"),
        ("салат айсберг один кочанчик", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["77107"],
        }, "a whole head of iceberg lettuce (Маркет Fresh «Айсберг 1шт»); Перекрёсток «Выгодно Айсберг свежий мытый "
           "200г» (washed pieces in a bag, too small for a head -- outside knowledge), iceberg mixes with романо/"
           "радичио/фриссе and other lettuces excluded"),
    ]),
    # fvz05 nuts and coffee
    ("грецкие орехи очищенные 500г, миндаль сырой не жареный, семечки тыквы очищенные, кофе в зернах самый лучший", [
        ("грецкие орехи очищенные 500г", {
            "pyaterochka": ["3982578", "3915361"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "shelled walnuts (BOTANICA «Ядро ореха грецкого» 140 г; Mix Bar «Грецкий орех» 100 г taken as kernels -- "
           "outside knowledge, Mix Bar packs shelled nuts); «500г» is read as the amount wanted (no pack of that "
           "size exists); Магнит «Орех грецкий, неочищенный», walnut jam, nut mixes and salads excluded"),
        ("миндаль сырой не жареный", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no plain almonds in any chain; almond chocolate, almond drinks (Green Milk, Planto), Raffaello, almond "
           "cookies, Lenor «миндальное масло» and nut mixes excluded"),
        ("семечки тыквы очищенные", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no title says the pumpkin seeds are shelled: Пятёрочка «Семечки тыквенные Бабкины, жареные, 70 г» and "
           "«Семечки тыквы, соленый, От Мартина, 100 г» do not state «очищенные», so they are not accepted; "
           "sunflower seeds (incl. Богучарские «очищенные»), pumpkin nectar and purees excluded"),
        ("кофе в зернах самый лучший", {
            "pyaterochka": ["3472968", "3689955", "75495", "45169", "2073687", "3607729", "3608097", "3153783",
                            "3086387", "3434095", "2100060", "3691657", "3649043", "3431276"],
            "magnit": ["ac8c4bac09", "042657fbf1", "275856ead6", "160171", "105001", "065ccd9ec9"],
            "dixy": E,
            "perekrestok": E,
        }, "roasted coffee beans of any brand and size (titles «зер.», «в зернах», «зерновой», «зерно»); «самый "
           "лучший» is a wish, not a filter; ground, instant and «молотый в растворимом» coffee, Magnit's ready "
           "drinks «Кофе Американо / Капучино / Латте … зерновой 300мл» (cups of coffee), grain breads and "
           "«зернистая» caviar excluded"),
    ]),
    # fvz06 fish
    ("скумбрия х/к, семга слабосоленая кусок, майонез провансаль 67% без сахара", [
        ("скумбрия х/к", {
            "pyaterochka": ["3454689"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4358592"],
        }, "cold-smoked mackerel, whole or in pieces (Балтийский берег 300 г, Люди Любят «кусочки холодного "
           "копчения»); canned mackerel (Барс в т/с, Знак качества натуральная, Балтийский берег «рубленная») "
           "excluded"),
        ("семга слабосоленая кусок", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3387452"],
        }, "lightly salted сёмга as a fillet piece (Русское Море «филе-кусок слабосолёная» 200 г); the sliced pack "
           "(«филе-ломтики»), all trout (форель -- a different fish, however it is salted), salads and Оливье «со "
           "слабосоленой семгой», salmon soup sets and croutons «Сёмга» excluded"),
        ("майонез провансаль 67% без сахара", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no mayonnaise title says it is sugar-free; outside knowledge: Russian provansal mayonnaises (Слобода, "
           "Ряба, Махеевъ, Я люблю готовить, Mr.Ricco, Heinz, Скит) contain sugar, so none is accepted for «без "
           "сахара»; sauces «майонезный» excluded anyway"),
    ]),
    # fvz07 chicken thighs and vegetables
    ("бедра куриные с кожей 2 кг\nцветная капуста кочан\nкабачки молоденькие 3 шт\nчеснок головка пару", [
        ("бедра куриные с кожей 2 кг", {
            "pyaterochka": ["3364509"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["2160041"],
        }, "raw bone-in chicken thighs (Первая Свежесть «Бедро цыпл-табака охл.» 1 кг, «Бедро куриное … "
           "натуральное»); outside knowledge: bone-in thighs are sold with skin; «2 кг» is the amount wanted; thigh "
           "fillets (Петелинка «без кожи», Троекурово «без кости», Первая свежесть and Зелёная Линия «Филе бедра») "
           "excluded because fillets are skinless or do not say they keep the skin; duck legs and whole birds "
           "excluded"),
        ("цветная капуста кочан", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh cauliflower in any chain; Магнит «Цветная капуста с морковью по-корейски», baby purees with "
           "cauliflower, white cabbage and washing gels «для цветного» excluded"),
        ("кабачки молоденькие 3 шт", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["44110", "48632"],
        }, "fresh courgettes (Кабачки, Кабачки цуккини зелёные); «молоденькие» is a wish, «3 шт» a quantity; "
           "squash caviar (икра из кабачков), Дядя Ваня «Кабачки в аджике» and baby purees excluded"),
        ("чеснок головка пару", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["17662"],
        }, "fresh garlic bulbs (Чеснок 3 шт); salted garlic (ФЭГ «Чеснок белый солёный»), dried granulated garlic, "
           "seasonings, garlic oil and snacks «с чесноком» excluded"),
    ]),
    # fvz08 dairy for coffee
    ("творог 9% не обезжиренный пачки 2, маскарпоне баночку 250г, сливки 20% к кофе", [
        ("творог 9% не обезжиренный пачки 2", {
            "pyaterochka": ["3634733"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4216658", "4185866"],
        }, "plain cottage cheese of exactly 9% (Вкуснотеево 300 г, Молочный знак 180 г and «традиционный» 800 г); "
           "«не обезжиренный» is satisfied by 9%; 0.1/0.5/3/4/5/5.5% curds, curd desserts, kids' curds and "
           "творожный сыр excluded; «пачки 2» is a quantity"),
        ("маскарпоне баночку 250г", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no mascarpone in any chain; cream cheeses («сыр творожный» Almette, Hochland, Violette) are not "
           "mascarpone and are excluded"),
        ("сливки 20% к кофе", {
            "pyaterochka": E,
            "magnit": ["c02145f904", "535b7bd00d"],
            "dixy": E,
            "perekrestok": ["4178851"],
        }, "cow cream of exactly 20% (Домик в деревне стер. 200 г and 480 г, Молочный знак 500 мл); «к кофе» is a "
           "purpose, not a filter; 10/11/33% creams, dry creamer and Сопьо Крима excluded"),
    ]),
    # fvz09 wife's ordinary things
    ("нарезной батон себе, картошку кг 3 на пюре, гречку ядрицу пачку, молоко 2.5% литра два, бананов штук 5 детям", [
        ("нарезной батон себе", {
            "pyaterochka": ["3985404"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3974714"],
        }, "батон нарезной (Хлебный Дом «Батон \"Звездный\" нар» -- «нар» read as нарезной, Маркет «Батон Нарезной "
           "нарезка»); other breads (Даниловский, Марьин, ржано-пшеничный, Ржаной Край), sweet buns, chocolate "
           "bars «батон/батончик» excluded"),
        ("картошку кг 3 на пюре", {
            "pyaterochka": E,
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (новый урожай, «для варки» 3 кг, «для жарки» 3 кг, красный мытый, "
           "мытый 2.5 кг, молодой); «кг 3» is the amount and «на пюре» a purpose, neither is a filter; potato "
           "starch, crisps, vareniki, baby purees and herring «к картошке» excluded"),
        ("гречку ядрицу пачку", {
            "pyaterochka": E,
            "magnit": ["203081"],
            "dixy": E,
            "perekrestok": E,
        }, "buckwheat groats (Магнит «Крупа Гречневая Prosto, 500 г»; outside knowledge: plain «крупа гречневая» is "
           "ядрица, the title does not say продел); Prosto «Рис и греча» mix, buckwheat flakes (Увелка, Мистраль), "
           "soba noodles, ready meals and baby cereals excluded"),
        ("молоко 2.5% литра два", {
            "pyaterochka": ["3645808"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4310700", "2093081", "3613024", "cb2f1055d7", "587286c051", "edf2484f0e", "7f46c8a5c5",
                            "50cb0959f8", "af8570f806", "6986e66cd9", "66ec0f255d", "359aa76fc0", "76055bf243",
                            "013e119412", "a548f45b17", "62485733e9", "faf2171541"],
        }, "cow drinking milk of exactly 2.5% in packs of about a litre (0.9-1 l; children's Сарафаново 2.5% "
           "included as plain milk); «литра два» is the amount, read as two litre-size packs, so Магнит Вкуснотеево "
           "0,2 л and Перекрёсток Можайское 450 мл are excluded; other fat levels, ranges, kefir/yoghurt/Актимель "
           "2.5%, топлёное, goat milk and Barista milks excluded"),
        ("бананов штук 5 детям", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3757", "3639749", "4208494", "4112219"],
        }, "fresh bananas (loose, фасованные, Organic, mini bananas); dried bananas, banana sweets, banana yoghurts, "
           "purees, cereals and chewing gum excluded; «штук 5» and «детям» are quantity and purpose"),
    ]),
    # fvz10 steak night
    ("стейк рибай мраморный, масло гхи топленое, руккола свежая пучочек, черри", [
        ("стейк рибай мраморный", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no ribeye in any chain; Мираторг «Стейк Пеппер из мраморной говядины» and «Стейк Бафоло Black Angus» are "
           "other cuts, pork, turkey, salmon and trout steaks and «Стейк Барбекю» croutons excluded"),
        ("масло гхи топленое", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no ghee / clarified butter in any chain; Магнит Хозяюшка «Топленая смесь 99,7%» is a blended "
           "(vegetable-milk) fat, not butter ghee, and топлёное молоко is milk; both excluded"),
        ("руккола свежая пучочек", {
            "pyaterochka": ["3657675"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3358128", "3283556"],
        }, "fresh rocket in any pack (Салат Руккола 75 г, Рукола мытая 50 г, Салат Рукола 125 г); «пучочек» is read "
           "as an amount; mixes (Радичио + Рукола, рукола-мангольд-шпинат) excluded"),
        ("черри", {
            "pyaterochka": E,
            "magnit": ["169381", "107681", "168841"],
            "dixy": E,
            "perekrestok": ["3676649", "4188460", "3673307"],
        }, "in a shopping list «черри» alone means cherry tomatoes: fresh cherry tomatoes of any colour or shape, on "
           "the vine or loose (Дольче Вита на ветке, Черри 250 г, Черри сливовидные, Медовые черри красные и "
           "оранжевые, черри на ветке); Магнит «Томаты коктейльные» (cocktail tomatoes, a larger type), other "
           "tomatoes, Магнит «Ассорти Черри и Корнишоны» (pickled), ketchup «с помидорами черри» and Pepsi Wild "
           "Cherry excluded"),
    ]),
    # fvz11 cold cuts
    ("колбаса сырокопченая жирная, салями итальянская, хамон нарезкой, оливки зеленые без косточки банку", [
        ("колбаса сырокопченая жирная", {
            "pyaterochka": ["3379266", "3345854", "3469277", "3380222", "3622973", "3440967", "3620876", "3413609",
                            "3460891", "3380221", "3604156", "4332173", "3036120", "4026961", "4069196", "4068713",
                            "3920463", "4064536", "3640669", "3653063", "4064534", "3930255", "3619528"],
            "magnit": ["199021", "105061"],
            "dixy": E,
            "perekrestok": ["4385507", "4236323", "4425557", "4403606", "4068713", "4397813", "4268939", "4214450",
                            "3380222", "3380221", "4214000", "3469277", "3648372", "4069198", "3332887", "4395547",
                            "4273259", "3345854", "3140747"],
        }, "pork/beef raw-smoked sausage (сырокопчёная / с/к, incl. полусухая, салями, сервелат с/к, мини-салями, "
           "chorizo с/к, snack sticks Кнуты, sliced and assorted packs of с/к sausages); «жирная» is a wish (no "
           "title states fat) and is taken to exclude poultry sausages; outside knowledge: Магнит «Колбаса "
           "Сальчичон, 0,35 кг» and «Черкизово, Сальчичон, 0,35 кг» are the Черкизово с/к сальчичон that "
           "Пятёрочка titles «с/к», Перекрёсток Рублевский «Брауншвейгская полусухая» is a сырокопчёная type; "
           "сыровяленые sausages (Верона, Фуэт, Casademont, Solemici, Индилайт), варёно-копчёные and полукопчёные "
           "ones, Салями «Астория» (process not stated), bacon, грудинка, poultry карпаччо and Черкизово chicken "
           "snacks excluded"),
        ("салями итальянская", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3140747"],
        }, "a salami named Italian (Останкино «Салями … Итальянская» с/к нарезка); sausages called Итальянская "
           "without the word салями (Ремит «ИТАЛЬЯНСК.CLASSIC», Клинский «Итальянская») and other salamis (Венская, "
           "Парма, Пражская, Лучеза, Астория, мини-салями, Solemici with truffle) excluded"),
        ("хамон нарезкой", {
            "pyaterochka": ["3611775"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4385680", "3613991"],
        }, "jamón, sliced (Маркет Collection «Хамон … нарезка»; Егорьевский «Окорок Хамон» 55 г and Casademont "
           "«Хамон свиной сыровяленый» 100 г taken as sliced packs -- outside knowledge, packs of that size are "
           "sliced); prosciutto crudo, Cotto, Кулателло, other ham and окорок excluded"),
        ("оливки зеленые без косточки банку", {
            "pyaterochka": ["3436775", "4005882"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4249104"],
        }, "plain pitted green olives (ITLV «Оливки зел. без косточки» д/п, Filippo Berio «Оливки без косточки», La "
           "Explanada «Оливки без косточки»; «оливки» without a colour are green olives, black ones are sold as "
           "маслины); «банку» is a quantity, so the doy-pack is accepted; olives with stone, stuffed olives "
           "(Мансанилья с сыром, лимон, апельсин, трюфель, креветка, лосось), grilled olives in oil and маслины "
           "excluded"),
    ]),
    # fvz12 sweet things without sugar
    ("эритритол, стевия таблетированная, какао порошок без сахара натуральный, горький шоколад 90%", [
        ("эритритол", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no erythritol in any chain; Пятёрочка «подсластитель Great Life» (composition not stated) and stevia "
           "tablets excluded"),
        ("стевия таблетированная", {
            "pyaterochka": ["3379758"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "stevia tablets (Худеем за неделю «Стевия банка 150 таб.»); Great Life sweetener (not stated to be "
           "stevia, form unknown) excluded"),
        ("какао порошок без сахара натуральный", {
            "pyaterochka": ["3614049"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "plain cocoa powder (Коммунарка «Какао-порошок» 150 г; outside knowledge: plain cocoa powder has no added "
           "sugar); instant cocoa drinks (Nesquik, Ухтышки, Macchocolate «горячий шоколад»), chocolate and "
           "cocoa-flavoured goods excluded"),
        ("горький шоколад 90%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no chocolate of 90% cocoa in any chain; the darkest are 70-75% (Бабаевский Элитный 75%, Коркунов 70%, "
           "Alpen Gold Bitter 70%, Merci 72%, Золотая марка 70%, Ozera Bitter), all excluded because a written "
           "percentage must match"),
    ]),
    # fvz13 offal and butter
    ("печень говяжья свежая, куриные сердечки, лук репчатый желтый сетку, масло сливочное president", [
        ("печень говяжья свежая", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no beef liver in any chain; Магнит «Печень свиная для жарки» (pork, frozen), cod liver, liver pâtés, "
           "liver sausage and the salad «с говяжьей печенью» excluded"),
        ("куриные сердечки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no chicken hearts in any chain; cheese «Львиное сердце», berries «в сердце» and other chicken parts "
           "excluded"),
        ("лук репчатый желтый сетку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no yellow onion in any chain: Магнит sells only red onion, Ялтинский (red) and «Лук Светофор» (an "
           "assortment of three colours), Перекрёсток red, white, Ялтинский, салатный, шалот and green onion -- all "
           "excluded because the colour was written; «сетку» is a quantity"),
        ("масло сливочное president", {
            "pyaterochka": ["3963777"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "President butter (Пятёрочка «Масло кислосливочное несоленое Президент 82%» -- cultured butter is "
           "сливочное масло); other President products (cheeses, sour cream), other brands' butter and J.Meinl "
           "«Президент» coffee excluded"),
    ]),
    # fvz14 wife: tea and family
    ("печенье к чаю какое-нибудь, сок апельсиновый литр для дочки, макароны рожки или перья, сахар песок кг", [
        ("печенье к чаю какое-нибудь", {
            "pyaterochka": ["3973180", "4032483", "3488053", "3438765", "3444932", "3618783", "3632837", "3632838",
                            "3639541", "3656930", "3978460", "3483849", "3973181", "3603068", "3662392", "3636287",
                            "3636288", "3685845", "3358756", "3978913", "3642014", "3486073", "3643999", "3991931",
                            "4087724", "3926561", "3646780", "3958570", "3958571", "3632839", "3632899", "3685286",
                            "3646010", "3646011", "3650632", "3474314", "3640617", "3983256", "4061294", "4081844",
                            "3639098", "3639099", "3906739", "3905704", "4063526", "4074625", "3974475", "4049048",
                            "4049049", "4060930", "4060937", "3995521", "3392568", "3995522", "3474313", "3640618",
                            "4027701", "4027703", "3607261", "3607262", "3944161", "3917983", "4050870", "3341241",
                            "3974474", "3471173", "3655049"],
            "magnit": ["5aadea8f9c", "5972a8b686", "5c128ea15d", "eebd013a3f", "887d91b1b8", "7bbd996fef",
                       "723991a07f", "bbea927309", "fe5facccea", "221699383a", "199331", "204631", "106061",
                       "106071", "214581"],
            "dixy": E,
            "perekrestok": ["4346896", "4352220", "4425157", "4371424", "78036450", "78036451", "78036449", "4420333"],
        }, "any product sold as печенье (sugar, затяжное, сдобное, овсяное, Юбилейное, Oreo, Milka, Belvita, "
           "Choco Pie, Бисккотти, Hellema, New Yorkers, Bombbar, Любятово, Хлебный спас …) and Перекрёсток's bakery "
           "«Кукис» (cookies); «какое-нибудь» and «к чаю» are not filters; crackers (TUC, «с кунжутом», «Забавные "
           "животные»), Lambertz gingerbread «Lebkuchen Cookie», baby dissolving biscuits (Honey Kid, «печенье раств. "
           "д/пит. дет.»), Velle oat product, chocolate bars and sweets with cookie pieces, ice cream, milkshakes, "
           "purees, pâtés, gift boxes and cat food excluded"),
        ("сок апельсиновый литр для дочки", {
            "pyaterochka": E,
            "magnit": ["204401"],
            "dixy": E,
            "perekrestok": ["3190682"],
        }, "single-fruit orange juice in a litre pack (J7 апельсиновый 0,97 л in both chains -- J7's litre carton "
           "holds 0.97 l); «литр» names the pack, so J7 0.3 л and Swell 0.75 л are excluded; nectars (Добрый, "
           "Любимый, Rich, J7 апельсин-мандарин), multi-fruit juices, сокосодержащие напитки, Mirinda and orange "
           "colas excluded; «для дочки» is a purpose"),
        ("макароны рожки или перья", {
            "pyaterochka": ["18460", "4008046", "4037652"],
            "magnit": ["199251"],
            "dixy": E,
            "perekrestok": E,
        }, "dry pasta of the two shapes written: перья / penne (FEDERICI «ПЕРЬЯ РИФЛЕНЫЕ», Barilla «ПЕННЕ РИГАТЕ», "
           "Макфа «перья») and рожки («Витой рожок»); other shapes (spaghetti, spirals, улитки, ракушки, pipe, "
           "farfalle, вермишель…), instant noodles and ice-cream cones «в рожке» excluded"),
        ("сахар песок кг", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no granulated white sugar in any chain; Магнит «Сахар белый прессованный» (cubes), Пятёрочка «Сахар "
           "тростниковый нерафинированный Демерара» (brown cane sugar), powdered sugar (Пр!ст «Пудра сахарная») "
           "and sugar-free / sugared goods excluded"),
    ]),
    # fvz15 tins and eggs
    ("тунец в собственном соку баночки 2, печень трески натуральная, яйца перепелиные упаковку", [
        ("тунец в собственном соку баночки 2", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no tuna in its own juice in any chain; tuna in oil (Морской котик, Магуро «в оливковом масле»), tuna "
           "pâté, frozen tuna fillet, dried tuna snack, tuna salads and cat food excluded"),
        ("печень трески натуральная", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no cod liver in any chain; cod roe (икра трески) and cod fish cakes excluded"),
        ("яйца перепелиные упаковку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4321659"],
        }, "quail eggs (Маркет 20 шт); mayonnaises «на перепелином яйце», Оливье «с перепелиным яйцом», vodka "
           "«Перепелка» and chicken eggs excluded"),
    ]),
    # fvz16 keto baking
    ("масло кокосовое нерафинированное, миндальная мучка, псиллиум, стружка кокосовая без сахара", [
        ("масло кокосовое нерафинированное", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no coconut oil in any chain; coconut milk, shampoo and soap «с кокосовым маслом» excluded"),
        ("миндальная мучка", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no almond flour in any chain; wheat, rye, rice and durum flours and almond cookies excluded"),
        ("псиллиум", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no psyllium in any chain; «Клетчатка Сибирская» (a mixed fibre product) and oat bran are not psyllium "
           "and are excluded"),
        ("стружка кокосовая без сахара", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4236369"],
        }, "plain desiccated coconut (Пр!ст «Стружка кокосовая высушенная» 80 г; outside knowledge: plain dried "
           "coconut flakes carry no added sugar, the title names no sweetening); coconut sweets, chocolate, drinks "
           "and coconut-flavoured yoghurts excluded"),
    ]),
    # fvz17 pork belly and sauerkraut
    ("грудинка свиная\nкапуста квашеная без сахара\nгорчица самая дешевая\nукроп свежий пучком", [
        ("грудинка свиная", {
            "pyaterochka": ["4063792"],
            "magnit": ["107261"],
            "dixy": E,
            "perekrestok": E,
        }, "raw pork belly (Промагро «Грудинка свиная б/к охл», Магнит «Грудинка свиная, на кости, охлажденная»); "
           "«грудинка свиная» as written names the raw cut, so smoked and cooked грудинка (Останкино «Особая», "
           "Дымов «Крылатская» к/в, сырокопчёная нарезка, Коптильный двор «Столичная», Маркет and Останкино "
           "копчёно-варёная, «Лардо»), bacon and pork brisket «по-черкизовски» excluded"),
        ("капуста квашеная без сахара", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4325076"],
        }, "sauerkraut that can be taken as sugar-free: Перекрёсток «Капуста квашеная кислая» (sold beside the "
           "«кисло-сладкая» one, so «кислая» is read as made without sugar -- outside knowledge); the "
           "«кисло-сладкая» and cranberry versions (sweet) and the other sauerkrauts (Белая Дача Деревенская and "
           "фитнес, Зелёная Линия с морковью / с хреном, «с хреном», Магнит «с хреном») excluded because no title "
           "says they are without sugar; fresh cabbage, Chinese cabbage and kimchi excluded"),
        ("горчица самая дешевая", {
            "pyaterochka": ["3621047", "3435016"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "any table mustard (Global Village «Французская», Махеевъ «Русская»); «самая дешевая» is a wish, not a "
           "filter; mustard-flavoured chips, peanuts and pretzels excluded"),
        ("укроп свежий пучком", {
            "pyaterochka": E,
            "magnit": ["109841"],
            "dixy": E,
            "perekrestok": ["4295468"],
        }, "fresh dill (Магнит «Укроп» 100 г, Маркет Fresh «Укроп зеленый» 100 г); «пучком» is read as the form of "
           "an amount; dried dill, herb mixes with parsley and onion, herring and cream cheese «с укропом» "
           "excluded"),
    ]),
    # fvz18 cheeses
    ("моцарелла шарик, брынза из коровьего молока, сулугуни копченый кусок, сыр фета настоящий", [
        ("моцарелла шарик", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["15105", "3025963", "3432218", "4263132", "3480834", "4418717"],
        }, "mozzarella as a (single) ball in brine: Galbani 125 г and «макси» 250 г, Bonfesto «1 шарик», Unagrande "
           "«Фиор ди латте в воде», Маркет «Моцарелла мягкий» 130 г and Bonfesto «Моцарелла мягкий 30%» 250 г (both "
           "taken as a ball in brine -- outside knowledge); mini balls and чильеджина («шарик» is one ball), "
           "Pretto «д/бутерброд», «Моцарелла Пицца» blocks, «для пиццы», grated, sticks, sandwich slices, protein "
           "sticks, processed «Моцарелла» Galbani and burrata excluded"),
        ("брынза из коровьего молока", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4394485", "4373714"],
        }, "brynza of cow's milk: Mlekara Sabac «Сербская Брынза» 230 г and «мягкий» 515 г (outside knowledge: "
           "Mlekara Šabac makes it from cow's milk; the titles do not name the milk); the beetroot salad «с "
           "брынзой», Фетакса, Сиртаки and feta excluded"),
        ("сулугуни копченый кусок", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no smoked suluguni in any chain; plain suluguni (Предгорье Кавказа 300 г, Умалат 280 г, Умалат "
           "«палочки») and smoked чечил are excluded because «копченый» was written"),
        ("сыр фета настоящий", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4227953"],
        }, "cheese sold as фета (Sveza «фета нежная» 45% 250 г); «настоящий» is read as excluding feta imitations: "
           "Фетакса (in brine or without, Лёгкая), «Сыр плавленый Фетакса», Сиртаки «Продукт рассольный» and «Сыр "
           "рассольный Сиртаки», Экомилк «Фетика» and brynza excluded"),
    ]),
    # fvz19 sausages for frying (one item replaced, see REPLACED)
    ("сардельки говяжьи без крахмала, сосиски баварские для жарки, кетчуп без сахара heinz", [
        ("сардельки говяжьи без крахмала", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no beef sardelki that can be taken as starch-free: Пятёрочка Мясная Ферма «Сардельки \"Говяжьи "
           "оригинальные\"» is a «Продукт мясосодержащий» (made with non-meat fillers), so «без крахмала» is not "
           "met; Рублевский «Сардельки Докторские» (not beef) and all сосиски excluded"),
        ("сосиски баварские для жарки", {
            "pyaterochka": ["3359555", "4025037", "3663361"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "REPLACED item (blind text «колбаски баварские для жарки», absent everywhere, like the other two items of "
           "this list): sausages named «Баварские» (Дымов «Сосиски БАВАРСКИЕ», «сосиски \"Баварские\" 0,44кг», "
           "«Сосиски Баварские полиамид 420 г»); «для жарки» is a purpose; other сосиски (Венские, молочные, "
           "сливочные, докторские, с сыром), шпикачки and the cookie «Баварский крем» excluded"),
        ("кетчуп без сахара heinz", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no sugar-free Heinz ketchup in any chain; Heinz «Кетчуп томат. с горч.» and «Томатный кетчуп Heinz "
           "342г» contain sugar (outside knowledge; no title says otherwise), other brands' ketchups excluded"),
    ]),
    # fvz20 drinks
    ("минералка ессентуки номер 4, кола зеро, лимончика 2 штуки в воду", [
        ("минералка ессентуки номер 4", {
            "pyaterochka": ["3977405", "3977407"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3977405"],
        }, "Ессентуки №4 mineral water in any size (0,45 л glass, 1 л PET); Ессентуки №17, other mineral waters "
           "and Заповедник Здоровья «Вода №4 пит.мин.л-ст.газ.1,5л» (the title does not say Ессентуки) excluded"),
        ("кола зеро", {
            "pyaterochka": ["3660913", "3684651", "4306402"],
            "magnit": ["d3c955edcb"],
            "dixy": E,
            "perekrestok": ["4255568", "4274867"],
        }, "sugar-free cola of any brand and size (Coca-Cola «б/сах.» 0,9 л, Pepsi «ЛАЙТ» -- a sugar-free diet cola, "
           "Черноголовка Кола без сахара, Добрый Кола б/сах, Cool Cola Zero, Добрый Cola без сахара); colas with "
           "sugar, «с пониженной калорийностью» (reduced, not zero sugar), flavoured colas (vanilla, orange, cherry, "
           "mango, «Снежная Ириска») and energy drinks excluded"),
        ("лимончика 2 штуки в воду", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh lemons in any chain; lemon-flavoured water, tonics, dish soaps, cleaners, cakes and sweets "
           "excluded"),
    ]),
    # fvz21 wife: household
    ("бумагу туалетную 3 слоя 8 рулонов, fairy лимон для мытья посуды, порошок стиральный подешевле автомат", [
        ("бумагу туалетную 3 слоя 8 рулонов", {
            "pyaterochka": ["3449118", "4059050"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "toilet paper of 3 plies in packs of 8 rolls (Papia белая 3сл. 8рул., Zewa Deluxe 3 сл. 8 рул.); Papia "
           "«WHITE DE LUXE туалет. 8рул» (plies not stated), Zewa Just 1 4-ply, 2-ply 12-roll packs, moist toilet "
           "paper and paper towels excluded"),
        ("fairy лимон для мытья посуды", {
            "pyaterochka": ["3501026", "3500750"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Fairy washing-up liquid «Сочный лимон» 450 и 900 мл; Fairy Нежные руки, Platinum and other scents, AOS "
           "«Лимон» and dishwasher tablets (Finish Лимон) excluded"),
        ("порошок стиральный подешевле автомат", {
            "pyaterochka": ["3149485", "2087255", "3688912", "3418106", "3951189", "3142962", "2161528", "2161508",
                            "3023899", "2070686", "2155021"],
            "magnit": ["262159b924", "1000286457", "50ee5ea8b5", "168231", "111621", "105881", "105891", "198901",
                       "106541", "105941", "167921"],
            "dixy": E,
            "perekrestok": E,
        }, "washing powder of any brand (Ariel, Persil, Tide, Bimax, Лоск, BioMio, Биолан); «автомат» is taken as "
           "met unless a title says hand wash (none does -- outside knowledge: these powders are sold for "
           "automatic machines, several titles say «авт.»); «подешевле» is a wish; liquids, gels, capsules, "
           "conditioners, cleaning powder (Пемолюкс) and instant coffee «порошкообразный» excluded"),
    ]),
    # fvz22 seafood dinner
    ("семга стейк, креветки очищенные мороженые, сливки 22, спаржа зеленая свежая пучок", [
        ("семга стейк", {
            "pyaterochka": E,
            "magnit": ["199401"],
            "dixy": E,
            "perekrestok": E,
        }, "salmon steaks (Магнит «Стейк из лосося, полуфабрикат из замороженного сырья»; outside knowledge: сёмга "
           "is Atlantic salmon, sold as лосось); trout steaks (Polar, Люди Любят, Перекрёсток by weight), "
           "halibut and cod steaks, salmon soup sets and whole salmon excluded"),
        ("креветки очищенные мороженые", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4292180", "4359390", "4367793", "4012971", "3641931", "4385594"],
        }, "peeled frozen shrimps, raw or cooked-frozen (Вкус Арт Ваннамей очищенная, Королевские очищенные 26/30, "
           "аргентинские очищенные, Fish & More королевские «очищенные с хвостом» 860 г -- frozen, outside "
           "knowledge, Бухта Изобилия варёно-мороженые очищенные, Люди Любят очищенные варёно-мороженые); "
           "unpeeled, headless shell-on and «в панцире» shrimps, shrimps in brine, «креветки в заливке», Пятёрочка "
           "Kaluri / Fish House / Polar / «мелкие неразд.» (peeling not stated or unpeeled), shrimp-flavoured "
           "snacks and olives «с креветкой» excluded"),
        ("сливки 22", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no 22% cream in any chain; 10/11/20/33% creams excluded because the fat % was written"),
        ("спаржа зеленая свежая пучок", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no asparagus in any chain; Магнит «Морковь по-корейски со спаржей» (soy «asparagus») excluded"),
    ]),
    # fvz23 nuts
    ("арахисовая паста без сахара и соли, макадамия, пекан, кешью сырой", [
        ("арахисовая паста без сахара и соли", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no peanut butter in any chain; Золотой Степ «Паста шоколад арахис» and Коровка chocolate paste are "
           "sweet chocolate spreads, excluded"),
        ("макадамия", {
            "pyaterochka": ["4137255"],
            "magnit": ["200311"],
            "dixy": E,
            "perekrestok": E,
        }, "macadamia nuts (Пятёрочка «Орех Макадамия», Магнит «Орех Макадамия, 100 г»)"),
        ("пекан", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no pecans in any chain; pecan-flavoured yoghurt, milkshake and Сдобная Особа «Кленовый Пекан» cake "
           "excluded"),
        ("кешью сырой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no raw cashews in any chain; Семушка «Кешью жареный» (roasted) and Шарлиз «Кешью в карамели» excluded"),
    ]),
    # fvz24 fermented dairy
    ("сметана 25% домик в деревне, кефир 3.2% жирный, йогурт греческий натуральный без сахара 2 баночки", [
        ("сметана 25% домик в деревне", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3665625"],
        }, "Домик в деревне sour cream of 25% (300 г); Домик в деревне 15/20% and other brands' sour creams "
           "excluded"),
        ("кефир 3.2% жирный", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no kefir in any chain; drinking yoghurts, milk 3.2% and kefir-type «кисломолочный» drinks excluded"),
        ("йогурт греческий натуральный без сахара 2 баночки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain Greek yoghurt without added sugar (Neo «классический без сахара», Teos «Греческий 2%» 140/250 г, "
           "Простоквашино «Греческий 2%» 135/235 г, Зелёная Линия «греческий натуральный 4%»; outside knowledge: "
           "plain Teos and Простоквашино Greek yoghurts have no added sugar); Greek yoghurts with fruit (Пятёрочка "
           "вишня/черника, Дикси Viola малина-мята) excluded; «2 баночки» is a quantity"),
    ]),
    # fvz25 meat for the oven
    ("филе индейки бедро, баранина на кости, ребрышки свиные для запекания", [
        ("филе индейки бедро", {
            "pyaterochka": ["3673236", "4043489"],
            "magnit": ["107181"],
            "dixy": E,
            "perekrestok": ["3673236", "4216558"],
        }, "raw turkey thigh fillet (Индилайт «Филе бедра индейки» 410 г, Пятёрочка «Тонкий стейк из филе бедра "
           "индейки» -- the same fillet cut thin, Магнит «Филе бедра индейки, 1 кг», Пава-Пава «Филе бедра "
           "индейки»); breast fillet, «филе малое», голень, медальоны, вырезка, marinated turkey (Магнит «Филе "
           "индейки, в маринаде», Индилайт голень «в пряном маринаде»), mince, азу, canned and cooked turkey "
           "excluded"),
        ("баранина на кости", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no lamb or mutton in any chain; pet food «с ягненком», баранки and Lebkuchen excluded"),
        ("ребрышки свиные для запекания", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no pork ribs in any chain; other pork cuts (корейка на кости, грудинка на кости, лопатка) are not ribs "
           "and are excluded; «для запекания» is a purpose"),
    ]),
]


def blind_lists():
    """The list texts of the blind draft, in order (lines after a "--- fvzNN" marker up to the next one)."""
    texts, ids, cur = [], [], None
    with open(BLIND, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#") and cur is None:
                continue
            if line.startswith("--- "):
                ids.append(line[4:].strip())
                cur = []
                texts.append(cur)
            elif cur is not None:
                cur.append(line)
    return ids, ["\n".join(t).strip("\n") for t in texts]


def check_blind():
    ids, texts = blind_lists()
    errors = []
    if len(texts) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(texts), len(LISTS)))
    for n, ((text, _), bid, btext) in enumerate(zip(LISTS, ids, texts), 1):
        rid = "fvz%02d" % n
        if bid != rid:
            errors.append("blind list %s is in position of %s" % (bid, rid))
        expected = btext
        if rid in REPLACED:
            old, new = REPLACED[rid]
            items = [p.strip() for p in re.split(r"[,\n]", btext)]
            if items.count(old) != 1:
                errors.append("%s: replaced item %r not once in the blind text" % (rid, old))
            expected = btext.replace(old, new, 1)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    for rid in REPLACED:
        if rid not in ids:
            errors.append("REPLACED names unknown list %s" % rid)
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fvz"))
