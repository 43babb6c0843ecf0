#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wh.jsonl -- shopping lists of relatives organising a village wake (поминки)
and, a month later, a country wedding (40-60 guests), plus their ordinary weekly groceries, hand-labelled
against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wh.build.py

LISTS below is literal data: 25 lists (3-5 items) as such a family would type them to a Telegram bot,
and for every item the product ids of every in-stock offer of every store that a reasonable shopper who
wrote exactly that item would accept.  The lists were written blind, before any offer was read, and saved
as fresh_basket_eval_wh.blind_lists.txt (read-only); this script checks that every list text equals that
draft except for the replacements recorded in REPLACED.  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е,
Latin look-alike letters) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store
has nothing acceptable (the item is "missing" there).  The labels were made without reading or running
korzina (nothing under /work/main or /work/wt-*) and without the labels of any other set.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and then writes the
JSONL in the format of real_basket_eval.jsonl.  List ids are fwh01, fwh02, ... in LISTS order; every list
is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wh.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wh.blind_lists.txt")

# Items of the blind draft replaced after labelling because their whole list was empty in all four
# stores: (list id, blind item text) -> new item text.  Nothing else differs from the blind draft.
REPLACED = {
    ("fwh15", "мешки мусорные 120 л прочные"): "мешки мусорные на 60 литров прочные",
}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwh01 kutya for the wake
    ("рис круглый для кутьи 3 кг, изюм без косточек 1 кг, мед 2 банки, орехи грецкие очищенные 500г", [
        ("рис круглый для кутьи 3 кг", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "199371", "106641"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain white rice; «3 кг» and «для кутьи» are quantity/purpose, not filters. Magnit Увелка "
           "«Краснодарский, круглый» and Мистраль «для плова, традиционный, круглый» accepted from their titles; "
           "outside knowledge: Пятёрочка «МИСТР.Рис для плова традиц.900г» is the same Мистраль product Magnit titles "
           "«круглый»; Magnit Националь «Адриатика» and Мистраль «Кубань» are round-grain rices. Left out: basmati, "
           "jasmine, «Лазер длиннозерный», brown rice, Увелка Девзира, Global Village and Националь «для плова» (grain "
           "shape not stated), rice mixes (Акватика, «Рис и греча»), rice flour/flakes/drinks, ready dishes"),
        ("изюм без косточек 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store sells raisins as such; raisin only appears inside biscuits, yoghurt, chocolate, nut mixes, "
           "сырники and a «Крымское» bun, all excluded"),
        ("мед 2 банки", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural honey in jars (Медовый дом «Восточная липа», «Южный цветок», «разнотравье»); «2 банки» is a "
           "quantity. Left out: крем-мёд with lemon-ginger / raspberry fillers (flavoured), чак-чак, honey cakes "
           "(Медовик), honey-flavoured muesli/biscuits/sweets, «Медовые» tomatoes and «Медовый хруст» apples"),
        ("орехи грецкие очищенные 500г", {
            "pyaterochka": ["3915361", "3982582"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "shelled walnuts; «500г» read as the quantity wanted (no store has such a pack). BOTANICA «Ядро ореха "
           "грецкого» accepted; outside knowledge: Mix Bar «Грецкий орех 100г» is a pack of shelled kernels. Left "
           "out: Magnit «Орех грецкий, неочищенный» (in shell, contradicts «очищенные»), other nuts, walnut bars, "
           "чурчхела, walnut jam, sweets and salads with walnuts"),
    ]),
    # fwh02 pancakes for the wake
    ("молоко 2.5% 10 литров\nяйца 3 десятка\nмасло растительное рафинированное 5 литров\nсоды пищевой пачечку", [
        ("молоко 2.5% 10 литров", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700",
                            "af8570f806", "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9",
                            "50cb0959f8", "76055bf243", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk of exactly 2.5% (pasteurised, UHT, sterilised; children's milk Сарафаново incl., as in "
           "real_basket_eval); «10 литров» is a quantity, so small packs (Вкуснотеево 0.2 l, Можайское 450 ml) count. "
           "Left out: other fat levels and ranges, топлёное, goat, Barista flavoured milk, condensed milk, milkshakes, "
           "kefir-type drinks of 2.5%"),
        ("яйца 3 десятка", {
            "pyaterochka": ["3446505", "3341462", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4202935", "3062835", "3446505", "3341462", "3062836", "44323", "4068694", "3634491",
                            "3662512"],
        }, "hen's eggs of any class; «3 десятка» = 30 eggs, a quantity, so packs of 6, 10 and 20 all count. Left out: "
           "quail eggs, mayonnaise «на перепелиных яйцах», Оливье salads with egg, Kinder eggs"),
        ("масло растительное рафинированное 5 литров", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de", "5c3afa29a7", "7f5e87f6b1"],
            "dixy": [],
            "perekrestok": [],
        }, "refined vegetable oil for frying: refined sunflower oil (Олейна, Благо, MR.RICCO, Слобода «для жарки»), "
           "refined corn oil (Благо) and MR.RICCO refined sunflower «с доб олив» blend; «5 литров» read as the quantity "
           "wanted (no store sells a 5 l bottle). Left out: flavoured oils (MR.RICCO «Прованские травы», ALMADOR basil/"
           "garlic), unrefined/olive oils (Global Village, Monini, Filippo Berio, Magnit Pure), «с доб масла авокадо» "
           "(refining not stated), grape-seed oil, butter"),
        ("соды пищевой пачечку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no baking soda in any store; Пр!ст «Разрыхлитель для теста» (baking powder) is a different product, "
           "excluded; «сода» otherwise only appears in soft drinks"),
    ]),
    # fwh03 kisel and compote for the wake
    ("кисель клюквенный в брикетах 10 пачек, сухофрукты для компота 2 кг, сахар песок 10 кг, лимонная кислота 2 пакетика", [
        ("кисель клюквенный в брикетах 10 пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kisel concentrate in briquettes anywhere; Пятёрочка Фруто Няня «Кисель, малина» 200 ml and Перекрёсток "
           "Select «Кисeль Малиновый» 500 ml (Latin «e» in the title) are ready raspberry drinks, cranberry морс and "
           "cranberry products are not kisel; all excluded"),
        ("сухофрукты для компота 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dried-fruit compote mix in any store. Left out: single dried fruits (prunes NaturFoods, dried mango, "
           "banana chips), nut-and-dried-fruit snack mixes (Джаз, Mix Bar), ready compotes in jars (Janarat), cranberries"),
        ("сахар песок 10 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no white granulated sugar anywhere. Left out: cane sugar «Демерара» (not сахар-песок), Magnit «Сахар белый "
           "прессованный» (cubes), Пр!ст «Пудра сахарная» (icing sugar), sweeteners, sugar-free goods, condensed milk «с сахаром»"),
        ("лимонная кислота 2 пакетика", {
            "pyaterochka": ["3625350"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236367"],
        }, "citric acid (HAAS 250 g, Пр!ст 250 g); «2 пакетика» is a quantity. Nothing else matches"),
    ]),
    # fwh04 disposable tableware for 50
    ("тарелки одноразовые на 50 человек, стаканчики пластиковые 200мл 100 штук, вилки одноразовые 60 шт, ложки одноразовые, салфетки бумажные белые 3 пачки", [
        ("тарелки одноразовые на 50 человек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable plates in any store (only a cheese platter «Сырная тарелка», excluded)"),
        ("стаканчики пластиковые 200мл 100 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the only disposable cups, Перекрёсток «Стаканы одноразовые 250мл … Маркет, 6шт», are 250 ml (the written "
           "cup size is 200 ml) and of unstated material, excluded; ice cream «в вафельном стаканчике» excluded"),
        ("вилки одноразовые 60 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable forks in any store"),
        ("ложки одноразовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable spoons in any store («Ложкаревъ» is a pelmeni brand)"),
        ("салфетки бумажные белые 3 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4250543", "4250535", "4299678"],
        }, "white paper table napkins (Gratias Home белые, Gratias белые 24х24, Пр!ст белые с тиснением); «3 пачки» is "
           "a quantity. Left out: printed/decorative napkins (Ёлка, Кот против ёлки, Ретро Зима, Паровозик, Тройка, "
           "Подарки, Art Bouquet — not white), wet wipes, Magnit BIG CITY LIFE «Салфетки в рулоне» (cleaning wipes), "
           "Carefree panty liners, paper towels"),
    ]),
    # fwh05 olivier salad for 50
    ("колбаса докторская 3 кг, горошек зеленый 10 банок, майонез провансаль ведро, огурчики соленые для оливье", [
        ("колбаса докторская 3 кг", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "boiled sausage «Докторская» of any maker, weighed or packed, whole or sliced (Ремит нарезка); «3 кг» is a "
           "quantity; Пятёрочка «ЦАРИЦ.Колбаса ДОК.ОСОБ.ХАЛЯЛЬ вар.» (Докторская особая, halal) incl. Left out: Докторские сосиски/сардельки, other boiled sausages (Молочная, Мясная, Любительская, "
           "Телячья…), the energy drink «The Doctor»"),
        ("горошек зеленый 10 банок", {
            "pyaterochka": ["4043589"],
            "magnit": ["203021", "213651", "111581"],
            "dixy": [],
            "perekrestok": ["82254", "41891", "27460", "4273266", "4345766", "4254005"],
        }, "canned green peas; outside knowledge: Перекрёсток «Горох Bizim Tarla зелёный, 660г» (category «Овощные "
           "консервы») taken as green peas in a jar. Left out: pea soups, peppercorns, pet food with peas"),
        ("майонез провансаль ведро", {
            "pyaterochka": ["3695167", "3982578", "3355228", "3355242", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["4233420", "3193489", "4199312", "4112954", "3695167"],
        }, "mayonnaise named Провансаль (incl. «Провансаль оливковый», «Московский Провансаль» on quail eggs) in the "
           "large packs (600 ml / g and more); «ведро» asks for a big pack and the container type is not in the titles, "
           "so packs of 200-400 ml (Махеевъ 400, Скит 400, Слобода 400/200, Я люблю готовить 200/390) are left out. "
           "Outside knowledge: Пятёрочка «Майонез Слобода, 67%, 800 мл» is the same id Перекрёсток titles «Слобода "
           "Провансаль»; Перекрёсток «Я люблю готовить на перепелиных яйцах 67%, 600мл» is the same id Пятёрочка titles "
           "«МОС.ПРОВАНС.». Left out: mayonnaises not named Провансаль (Heinz, Mr.Ricco, Слобода оливковый, Махеевъ "
           "с перепелиным яйцом, «домашний» 55%), sauces"),
        ("огурчики соленые для оливье", {
            "pyaterochka": ["4063896"],
            "magnit": ["f4d4a78066", "157851"],
            "dixy": [],
            "perekrestok": ["4404269"],
        }, "salted (brined) cucumbers: Глобус «соленые огурчики Старорусские», Меленъ «соленые», Magnit «Огурцы "
           "соленые, Корнишоны», Перекрёсток «солёные бочковые». Left out: marinated cucumbers and пикули, «Ассорти "
           "Черри и Корнишоны», fresh cucumbers and fresh корнишоны, cucumber-flavoured goods"),
    ]),
    # fwh06 herring under a fur coat
    ("селедочка филе в масле 4 упаковки\nсвекла 5 кг\nморковка для шубы 3 кг\nлук репчатый сетку 5 кг", [
        ("селедочка филе в масле 4 упаковки", {
            "pyaterochka": ["4043492", "3682728", "3626055", "3603143", "3497722"],
            "magnit": ["29793287b9", "8f5e5b9485", "ee295ae8a7", "3068665d37", "112371"],
            "dixy": [],
            "perekrestok": ["4056953", "3621742", "3497722", "79542", "79544", "4360965", "4034451", "4367699",
                            "4367712", "4147685", "4364448", "4225103"],
        }, "herring fillet / fillet pieces in oil, incl. with dill, onion or smoke aroma. Outside knowledge: Пятёрочка "
           "«Сельдь Тесей Царская, в масле» taken as fillet pieces (herring preserves in oil are sold as fillet); "
           "Пятёрочка «САН.БР.Филе сельди МАТ.ХХL дел.ж/б» is the same id Перекрёсток titles «филе-кусочки в масле». "
           "Left out: fillets whose oil is not stated (МАТИАС «деликатесное оригинальное», Тесей «с укропом»), herring in "
           "brine, wine or «заливка», whole herring (Fish House, Русское Море 400 г, Magnit тихоокеанская), «По-шведски» "
           "assortment, РАПТИКА in sauces, herring roe, «Сельдь под шубой» salads, celery"),
        ("свекла 5 кг", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot; «5 кг» is a quantity. Left out: beet salads, vegetable juices with beet"),
        ("морковка для шубы 3 кг", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots; «3 кг» is a quantity. Left out: Korean carrot salads, sauerkraut with carrot, carrot juice "
           "and nectar, baby purees, pet food"),
        ("лук репчатый сетку 5 кг", {
            "pyaterochka": [],
            "magnit": ["168721"],
            "dixy": [],
            "perekrestok": ["79135", "79012"],
        }, "bulb onion titled «Лук репчатый» (Magnit red, Перекрёсток white and red); «сетку 5 кг» is a quantity. Left "
           "out as named special varieties: Ялтинский (sweet salad onion, also Magnit «в сетке»), Шалот, «Лук салатный», "
           "Magnit «Светофор» 3-colour pack; green onion, herb mixes, onion-flavoured chips"),
    ]),
    # fwh07 hot dish for the wake
    ("окорочка куриные 10 кг, картошка мешок, лист лавровый 2 пакетика, перец черный молотый 2 пачки", [
        ("окорочка куриные 10 кг", {
            "pyaterochka": ["3364509"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160041", "2073281", "4328959"],
        }, "no store titles «окорочок»; raw bone-in chicken leg parts (thigh «бедро», drumstick «голень») accepted as "
           "the parts of the leg quarter a shopper would take (judgement). Left out: boneless thigh fillets, breast, "
           "whole birds, Magnit «Голень куриная, в маринаде «Алабама»» (pre-marinated), smoked Павловская курочка "
           "голень, turkey and duck legs, pork «окорок»"),
        ("картошка мешок", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind (new, red, washed, «для варки/жарки», 1-3 kg bags, by weight); «мешок» is a "
           "quantity. Left out: chips, starch, puree mixes, dumplings with potato, sauces"),
        ("лист лавровый 2 пакетика", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no bay leaves in any store"),
        ("перец черный молотый 2 пачки", {
            "pyaterochka": [],
            "magnit": ["82dc754b2f"],
            "dixy": [],
            "perekrestok": [],
        }, "ground black pepper (Восточный гость «молотый»). Left out: KOTANYI «Мельница перец черный» (whole "
           "peppercorns in a grinder, not ground), KOTANYI pepper mixes, bell peppers, pepper-flavoured goods"),
    ]),
    # fwh08 weekly groceries
    ("хлебушек белый кирпичик, кефирчик 1% литр, творог 9 процентов пачку", [
        ("хлебушек белый кирпичик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no white tin loaf in any store. Left out: batons (Пятёрочка «Батон Звездный», Перекрёсток «Батон Нарезной») "
           "— «кирпичик» asks for a tin loaf —, rye and rye-wheat breads (Даниловский, Марьин, Ржаной Край), crispbread, "
           "croutons, tortillas"),
        ("кефирчик 1% литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir at all in the offers"),
        ("творог 9 процентов пачку", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216658", "4185866"],
        }, "plain cottage cheese of exactly 9% (Вкуснотеево 300 g, Молочный знак 180 g and 800 g). Left out: other "
           "fat levels (Дикси Брест-Литовск 3%, Село Зелёное 5%…), curd cheese, flavoured/children's curd, зерненый"),
    ]),
    # fwh09 wedding drinks
    ("шампанское полусладкое 10 бутылок, водка ящик, сок томатный 3 литра, минералка с газом 1.5 л 12 шт", [
        ("шампанское полусладкое 10 бутылок", {
            "pyaterochka": [],
            "magnit": ["213561", "111471", "159461", "1a44269ee1"],
            "dixy": [],
            "perekrestok": [],
        }, "semi-sweet white sparkling wine: «Шампанское Российское … полусладкое», Лыхны and Шато Тамань «игристое "
           "белое полусладкое», Абрау-Дюрсо «ИМПЕРАТОРСКОЕ бел п/сл». Left out: Lambrusco (frizzante, not what one "
           "buys as шампанское), sweet Асти, brut/dry/semi-dry (Премиум, Gancia, Martini, Giacobazzi), still "
           "semi-sweet wines and wine drinks, alcohol-free sparkling (Free Feather, Абрау Лайт)"),
        ("водка ящик", {
            "pyaterochka": [],
            "magnit": ["2fc1277b9b", "202321", "204991", "08d0c3ece1", "167591", "111501", "199131", "160071",
                       "202041", "108971", "0eb9645e38", "202051", "167671", "2390182f91", "6947733dde",
                       "bddc13f20f", "199141", "1ea5fbb268", "213221", "202361", "159761", "e2bdccf03a",
                       "4d87a1d2d7", "e1592f3647"],
            "dixy": [],
            "perekrestok": [],
        }, "plain vodka of any brand and bottle size; «ящик» is a quantity. Left out: «водка особая» and flavoured "
           "vodkas (Зеленая Марка Кедровая, Талка Сибирский Кедр, Зимняя Деревенька можжевеловая, Урожай на "
           "расторопше, Хортиця Ultra Premium особая, Перепелка Фермерская особая), настойки, other spirits"),
        ("сок томатный 3 литра", {
            "pyaterochka": [],
            "magnit": ["b3901ed97f", "73e225090c", "204641", "205971"],
            "dixy": [],
            "perekrestok": ["3196547", "3498246", "14125"],
        }, "tomato juice (with or without pulp/salt, children's Сады Придонья incl.); «3 литра» read as the quantity "
           "wanted (no 3 l jar in any store). Left out: tomato nectars (Любимый «спелый томат», Добрый), mixed vegetable "
           "juices (!DEAS томатно-огуречный), canned and fresh tomatoes, ketchup"),
        ("минералка с газом 1.5 л 12 шт", {
            "pyaterochka": ["3630603", "3634921", "3688643", "3656207"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2105576"],
        }, "sparkling mineral water (table or medicinal-table) in 1.5 l bottles; «1.5 л» names the bottle, «12 шт» is "
           "a quantity. Outside knowledge: Пятёрочка «Вода Архыз Легенда Гор, газированная, 1,5 л» is a mineral table "
           "water (the chain's 0.5 l of the same water is titled «минеральная»); «Вода Нагутская-26, минеральная, 1,5 "
           "л» is only sold carbonated. Left out: medicinal Ессентуки №17 / «Вода№17 … лечеб.», still waters, other "
           "sizes (0.5, 1, 1.25, 2 l), drinking (non-mineral) sparkling waters (Святой источник, Сенежская, Малаховская), "
           "flavoured and soft drinks"),
    ]),
    # fwh10 wedding tea table
    ("торт медовик килограммовый, конфеты в коробках подешевле, чай черный пакетированный 100 пакетиков", [
        ("торт медовик килограммовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«килограммовый» names a cake of about 1 kg; the honey cakes on offer are far smaller (Пятёрочка «У Палыча, "
           "Медовый» 600 g and a 70 g piece «Торт слоеный Медовик», Перекрёсток Черёмушки «Медовик» 380 g), so none "
           "is accepted; other cakes (Наполеон, Прага, «Медово-Сметанный» Home Napoleon) excluded"),
        ("конфеты в коробках подешевле", {
            "pyaterochka": ["3483309", "3487673", "3659498", "3681522", "4089706", "3639113", "4069805", "4069811",
                            "3911678", "3639115", "4297371", "3384697", "3181086", "3642751", "3642752", "3995478",
                            "3379941", "3468950", "3606977", "3291332", "5232", "4063866", "3992365", "3021419",
                            "4092522"],
            "magnit": ["167861", "104911", "109281", "160141", "111721", "111571", "199221", "203131", "17644f19d9",
                       "159811", "205171", "204611", "167801"],
            "dixy": [],
            "perekrestok": ["18162", "22245"],
        }, "boxed chocolates: titles saying набор/ассорти/коллекция of chocolate candies (Merci, Коркунов, Dove "
           "«Десертное ассорти», Линдор, Вдохновение, Импрессо, Бабаевский, Подмосковные вечера, Комильфо, Родные "
           "просторы, «Твой секрет», «Вишня в шоколаде», Красный Октябрь «Набор ПОДАРОК») and — outside knowledge — "
           "candies sold only in boxes: Raffaello, Toffifee, Вдохновение 215 g, Рот Фронт «Птичье молоко», Milka "
           "pralines 110 g / 135.6 g, Vanden Bulcke sea shells, Belgid'Or truffles. «подешевле» is a wish. Left out: "
           "loose/weighed candies (1 kg packs, «цена за 100 г»), candies in bags or flow-packs (Белочка, Мишка "
           "косолапый, Ласточка, Ленинградские, Северная Аврора, Великий клоун, Красный мак, Twix minis, Птица дивная), candies "
           "whose packaging is neither stated nor known to me (Адель, Grondard marzipan, Trufello, Главторг, "
           "Шоколадница, Золотая марка, Маркет Collection «Трюфель»), New Year children's gifts, Kinder sets, chewing "
           "candies, caramel, marshmallow, tea and cosmetics gift sets"),
        ("чай черный пакетированный 100 пакетиков", {
            "pyaterochka": ["4002510", "3998702", "3378327", "3662837", "3950803", "3620106", "3635756", "3378336",
                            "3446638", "2070472", "11200", "3689577"],
            "magnit": ["159991", "199261"],
            "dixy": [],
            "perekrestok": [],
        }, "plain (unflavoured) black tea in packs of 100 bags; outside knowledge: Принцесса Канди «цейлонский» is "
           "black tea. Left out: flavoured black teas (Earl Grey / бергамот, чабрец, Spring Melody, шиповник-яблоко, "
           "fruit), packs of 20/25 bags, loose tea, green/herbal tea, iced tea drinks"),
    ]),
    # fwh11 shashlik for the wedding
    ("свиная шейка 8 кг, уксус 9% столовый для маринада, специи для шашлыка, кетчуп шашлычный 2 бутылки", [
        ("свиная шейка 8 кг", {
            "pyaterochka": ["3957120", "3619731", "3666472"],
            "magnit": ["199511", "107331"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork neck (boneless or on the bone); «8 кг» is a quantity. Left out: Magnit «Стейк из шеи свинины, в "
           "маринаде» (pre-marinated steaks, the list has its own marinade), smoked РЕМИТ «Шейка … к/в», Перекрёсток "
           "«Шейка-Балык-Бекон Панчетта», other pork cuts, beef «шейная часть»"),
        ("уксус 9% столовый для маринада", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 9% table vinegar anywhere; Magnit «Уксус яблочный … 6%» is apple vinegar of another strength, excluded"),
        ("специи для шашлыка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no shashlik seasoning anywhere. Left out: other seasonings (Кавказские травы, хмели-сунели, для плова, "
           "универсальная, Maggi), ready-marinated meat, croutons «с шашлыком»"),
        ("кетчуп шашлычный 2 бутылки", {
            "pyaterochka": ["3673190"],
            "magnit": ["aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "shashlik ketchup (Махеевъ «ШАШЛЫЧ.», Слобода «Шашлычный»); «2 бутылки» is a quantity, doy-packs count. "
           "Left out: tomato, chili, garlic and cherry-tomato ketchups"),
    ]),
    # fwh12 weekly groceries
    ("сыр российский грамм 400, колбаска сырокопченая палка, помидорки розовые кило", [
        ("сыр российский грамм 400", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "cheese «Российский» (Брест-Литовск 200 g, Зелёная Линия нарезка 150 g); «грамм 400» is a quantity. Left "
           "out: other cheeses (Тысяча озер, голландский…), «Российский» chocolate/cognac/champagne"),
        ("колбаска сырокопченая палка", {
            "pyaterochka": ["3469277", "3622973", "3440967", "3620876", "3413609", "3460891", "3604156", "3036120",
                            "4026961", "4069196", "4068713", "3920463", "4064536", "4064534", "3640669", "3930255",
                            "3619528"],
            "magnit": ["105061"],
            "dixy": [],
            "perekrestok": ["4385507", "4236323", "4068713", "4397813", "4268939", "4214000", "3469277", "4069198",
                            "4403606"],
        }, "raw-smoked (сырокопчёная, incl. полусухая) sausage sold as a stick; «палка» excludes titles saying нарезка / "
           "нар. (and Егорьевская Брауншвейгская 100 g, titled «в нарезке» by Перекрёсток), sliced assortments (Велком, "
           "Ремит Trio mio, Бахрушинъ, Маркет Collection), Клинский Мини-салями, snack sticks (Кнуты, Черкизово «Колбаски "
           "Снек»). Outside knowledge: Magnit «Колбаса Черкизово, Сальчичон, 0,35 кг» is the Черкизово 0.35 kg salchichon Пятёрочка titles «с/к»; Рублевский «Брауншвейгская полусухая» is raw-smoked by definition. Left out: Magnit «Колбаса Сальчичон, 0,35 кг» (maker and process not stated), Бородинская мини, Краковская and other semi-smoked. Left out also: сыровяленые (фуэт, Casademont, Верона, Solemici), варёно-копчёные сервелаты, "
           "Черкизово Салями «Астория» (smoking type not stated), bacon, ham, carpaccio"),
        ("помидорки розовые кило", {
            "pyaterochka": [],
            "magnit": ["107631"],
            "dixy": [],
            "perekrestok": ["4355823", "3017019", "4327843"],
        }, "fresh pink tomatoes: Magnit «Томаты розовые», Перекрёсток «Томат Дагестан розовый»; outside knowledge: "
           "«Томаты Бакинские» are a pink variety. «кило» is a quantity. Left out: red, cherry, plum-shaped, «на ветке», "
           "«коктейльные» tomatoes, salted/marinated tomatoes, tomato juice"),
    ]),
    # fwh13 drinks and bread for the wake
    ("водка самая дешевая 20 бутылок, морс клюквенный 1л 6 бутылок, хлеб черный 10 буханок", [
        ("водка самая дешевая 20 бутылок", {
            "pyaterochka": [],
            "magnit": ["2fc1277b9b", "202321", "204991", "08d0c3ece1", "167591", "111501", "199131", "160071",
                       "202041", "108971", "0eb9645e38", "202051", "167671", "2390182f91", "6947733dde",
                       "bddc13f20f", "199141", "1ea5fbb268", "213221", "202361", "159761", "e2bdccf03a",
                       "4d87a1d2d7", "e1592f3647"],
            "dixy": [],
            "perekrestok": [],
        }, "plain vodka of any brand and bottle size (as «водка ящик»); «самая дешевая» is a wish and «20 бутылок» a "
           "quantity. Left out: «водка особая» and flavoured vodkas (кедровая, можжевеловая, на расторопше, Сибирский "
           "Кедр, Хортиця особая, Перепелка особая)"),
        ("морс клюквенный 1л 6 бутылок", {
            "pyaterochka": ["3472445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3695895", "3190898", "4297529"],
        }, "cranberry mors in ~1 l bottles (Добрый «Морс КЛЮКВА» 1 l, Сады Придонья 1 l, Зелёная Линия 1 l, Чудо-Ягода "
           "970 ml taken as the litre bottle); «6 бутылок» is a quantity. Left out: Добрый cranberry-orange «напиток», "
           "cranberry liqueur, cranberries, sauerkraut with cranberry"),
        ("хлеб черный 10 буханок", {
            "pyaterochka": ["3480920", "3500217", "3455614"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dark rye(-wheat) loaves: Даниловский «Ржано-пшеничный»; outside knowledge: Коломенское «Хлеб Даниловский» "
           "is the same dark rye-wheat bread and the plain «Хреб [sic] Ржаной Край» loaf is a rye-wheat bread. Left out: "
           "«Хлеб зерновой, Ржаной Край» (grain bread), «Хлеб Марьин, заварной» (colour/flour not stated), batons, "
           "crispbread, croutons, rye flour"),
    ]),
    # fwh14 stuffed cabbage rolls
    ("фарш свино-говяжий 5 кг, рис длиннозерный 2 кг, капуста белокочанная 3 кочана, сметаны 20% банки 4", [
        ("фарш свино-говяжий 5 кг", {
            "pyaterochka": ["3673806", "3205754"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "minced pork-and-beef: Мираторг «свино-говяжий домашний»; outside knowledge: САМСОН «Фарш ДОМАШНИЙ» — "
           "«Домашний» mince is by standard pork with beef. Left out: beef, pork (Magnit «Фарш свиной»), turkey and "
           "chicken mince, Ближние горки «Деревенский» (composition not stated), pelmeni"),
        ("рис длиннозерный 2 кг", {
            "pyaterochka": ["39747", "5722"],
            "magnit": ["448fba0b94", "7936bf2f6b"],
            "dixy": [],
            "perekrestok": [],
        }, "long-grain white rice: Мистраль «Жасмин … длиннозерный», Националь «Лазер длиннозерный»; outside knowledge: "
           "basmati (Мистраль, Националь) is long-grain. Left out: round-grain and «для плова» rices, Девзира, brown "
           "rice (grain not stated), rice mixes, rice products"),
        ("капуста белокочанная 3 кочана", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «ранняя», sold by kg); «3 кочана» is a quantity. Left out: sauerkraut, "
           "Chinese cabbage, broccoli, cauliflower, seaweed salad"),
        ("сметаны 20% банки 4", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20%, any pack (incl. Parmalat lactose-free); «банки 4» is a quantity. Left out: 10, "
           "15, 25, 30% sour cream, sour-cream flavoured chips/sauces, cakes"),
    ]),
    # fwh15 household for the feast (one item replaced, see REPLACED)
    ("скатерти одноразовые, мешки мусорные на 60 литров прочные, губки для посуды упаковка, fairy 1 л", [
        ("скатерти одноразовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable tablecloths in any store («Скатерть-Самобранка» is a pickled-ginger brand)"),
        ("мешки мусорные на 60 литров прочные", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED item (blind draft: «мешки мусорные 120 л прочные», absent everywhere, as was the whole list). "
           "Garbage bags of 60 l: Magnit BIG CITY LIFE «Пакеты д/мусора 60л 20шт»; «прочные» is a wish that titles "
           "cannot show. Left out: Magnit «Мешки для мусора 35л» (other size), food and breakfast bags"),
        ("губки для посуды упаковка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dish sponges in any store"),
        ("fairy 1 л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the written size names the bottle: Fairy is sold in 430/450 ml and 900 ml bottles only (Пятёрочка FAIRY "
           "900 мл «Сочный лимон», «Нежные руки»), none is 1 l, so all are left out (900 ml ≠ 1 l, as «Сахар-песок 900г» "
           "≠ «сахар 1кг» in fresh_basket_eval_g); other brands (AOS, Sorti, BIASEPT, Synergetic, Unicum) and dishwasher "
           "tablets excluded"),
    ]),
    # fwh16 crab salad
    ("крабовые палочки 10 упаковок, кукуруза сладкая 6 банок, огурцы свежие 3 кг", [
        ("крабовые палочки 10 упаковок", {
            "pyaterochka": ["3131715", "3931923"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3406474", "3447879", "3131715", "86385", "4074412", "4425909", "3993014", "3993018",
                            "3337825", "3931923", "4417821", "4311581", "4166323", "4354524"],
        }, "imitation crab sticks, chilled or frozen, incl. titles «Палочки … снежный краб» and Vici Surimi Kama; "
           "«10 упаковок» is a quantity. Left out: «крабовое мясо» (Vici, Русское море, Люди Любят), real crab, crab "
           "salad, crab-flavoured chips/crackers/croutons"),
        ("кукуруза сладкая 6 банок", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet (сахарная) corn kernels; outside knowledge: Heinz, Bonduelle and Бондюэль canned corn are sweet "
           "corn. Left out: Маркет Collection «Кукуруза молодая в початках» (baby cobs), corn starch, flakes, sticks, "
           "crispbread, corn oil"),
        ("огурцы свежие 3 кг", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (short- and medium-fruited, Ботаника, fresh корнишоны); judgement: Перекрёсток «Огурцы "
           "Хрустящие, 450г» (fresh-vegetable category) taken as fresh. Left out: salted, marinated, пикули, cucumber "
           "assortments, cucumber-flavoured goods"),
    ]),
    # fwh17 pies for the wedding
    ("мука высший сорт 10 кг, дрожжи саф-момент сухие 5 пакетиков, маргарин для выпечки 2 пачки, ванилин 3 пакетика", [
        ("мука высший сорт 10 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "8065"],
        }, "wheat flour whose title says высший сорт (Makfa 1 and 2 kg, Пышечка хлебопекарная 2 kg); «10 кг» is a "
           "quantity. Left out: Перекрёсток «Мука Пшеничная, 2кг» and Рязаночка «ЭКСТРА» (grade not высший / not "
           "stated), wholemeal, rye, rice and durum «крупка» flour"),
        ("дрожжи саф-момент сухие 5 пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "Саф-Момент dry yeast 11 g. Left out: frozen yeast dough (Рестория), yeast-free puff pastry"),
        ("маргарин для выпечки 2 пачки", {
            "pyaterochka": ["3977160"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baking margarine (Пышка «для выпечки» 72%). Nothing else matches"),
        ("ванилин 3 пакетика", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no vanillin or vanilla sugar anywhere; vanilla-flavoured drinks, sweets and detergents excluded"),
    ]),
    # fwh18 weekly groceries
    ("крупа гречневая ядрица на гарнир, макароны ракушки подешевле, пельмешки кило", [
        ("крупа гречневая ядрица на гарнир", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats; outside knowledge: Magnit «Крупа Гречневая Prosto, 500 г» taken as ядрица (whole kernels, "
           "the usual form of крупа гречневая). Left out: buckwheat flakes, soba, buckwheat porridge and baby cereal, "
           "«Рис и греча» mix, ready meals with buckwheat, «Греческий» yoghurts"),
        ("макароны ракушки подешевле", {
            "pyaterochka": ["4008047"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "shell pasta («Макаронные изделия … Ракушки 450 г»); «подешевле» is a wish. Left out: other shapes "
           "(спирали, перья, улитки, бантики, спагетти…), Vanden Bulcke «морские ракушки» chocolates"),
        ("пельмешки кило", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                            "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen pelmeni of any filling and brand, incl. Горячая штучка «Бульмени»; «кило» is a quantity. Left out: "
           "хинкали, вареники, sauces «для пельменей», Camay soap"),
    ]),
    # fwh19 weekly household
    ("корм для кошки влажный, бумага туалетная 12 рулонов, порошок стиральный автомат 3кг", [
        ("корм для кошки влажный", {
            "pyaterochka": ["3445962", "3445965", "3413294", "2154055", "2092231", "3983129", "3983130", "3983131",
                            "3983132", "4002292", "4002293", "4002291", "3663442", "3663913", "3970315", "3970296",
                            "3970260", "3603050", "3603052", "3603051", "3603053", "3931375", "3931376", "4087104",
                            "4089560", "3282824", "3282830", "3282834"],
            "magnit": ["352ede07f1", "58257706ac", "9ae06fbef3", "203071", "205991", "109231"],
            "dixy": [],
            "perekrestok": [],
        }, "wet food (cans, pouches, 75-85 g and 415 g tins) for adult cats: Felix, Gourmet Gold, Katty, Purina One, "
           "Sheba/ШЕБА, Whiskas, Дарлинг, Perfect Fit 85 g. Left out: kitten food (Felix «для котят», Whiskas «для "
           "котят»), dry food (Purina One, Perfect Fit 1.2 kg, Дарлинг 1.75 kg), Dreamies treats, dog food"),
        ("бумага туалетная 12 рулонов", {
            "pyaterochka": ["3450513", "3326206"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 12 rolls (Familia Plus, Zewa плюс/Plus); the count names the pack. Left out: "
           "packs of 8 (PAPIA, Zewa Just 1), paper towels, soap"),
        ("порошок стиральный автомат 3кг", {
            "pyaterochka": ["3149485", "2087255", "3688912", "3951189", "3142962", "2161528", "2161508", "3023899",
                            "2070686"],
            "magnit": ["105881", "105891"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder in 3 kg packs; «3кг» names the pack. Titles with «авт.»/«Автомат» accepted; outside "
           "knowledge: the 3 kg Ariel, Persil and Bimax powders whose titles omit it are automatic-machine powders. "
           "Left out: other pack sizes (Biolan 2.4 kg, Tide 2.4/2.5/4 kg, Лоск 2.7 kg, Persil 1.5 kg, Ariel/Bimax "
           "6 kg, Tide 400 g), liquid detergents, gels and capsules, scouring powders, cocoa and coffee powders"),
    ]),
    # fwh20 for the wake
    ("кагор 3 бутылки, свечи, платочки бумажные", [
        ("кагор 3 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Cahors / church dessert wine in any store; other red semi-sweet wines excluded"),
        ("свечи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no candles in any store"),
        ("платочки бумажные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4022007", "4069753"],
        }, "paper handkerchiefs (Home Story 3 layers, Eco Story 4 layers). Left out: table napkins, paper towels, wet "
           "wipes"),
    ]),
    # fwh21 wedding starters
    ("огурчики маринованные 3 банки\nгрибы маринованные\nоливки без косточек\nмаслины черные 2 банки", [
        ("огурчики маринованные 3 банки", {
            "pyaterochka": ["2147768", "3952588"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marinated cucumbers: Скатерть-Самобранка «Огурчики маринов.»; outside knowledge: Дядя Ваня «Огурцы Пикули "
           "Одесские» are marinated gherkins. Left out: salted/barrel cucumbers, Magnit «Ассорти Черри и Корнишоны» "
           "(mixed with tomatoes), fresh cucumbers"),
        ("грибы маринованные", {
            "pyaterochka": ["3384962"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marinated mushrooms (Bonduelle «Шампиньоны … маринованные»). Left out: Magnit «Икра грибная, маринованная» "
           "(a spread), fresh champignons and oyster mushrooms, mushroom sauces, soups, julienne, frozen risotto mix"),
        ("оливки без косточек", {
            "pyaterochka": ["3436775", "4005882"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4249104"],
        }, "pitted (green) olives, plain: ITLV «Оливки зел. без косточки», Filippo Berio and La Explanada «Оливки без "
           "косточки». Left out: olives with stone, stuffed olives (lemon, cheese, orange, truffle, shrimp, salmon), "
           "grilled olives in oil, black маслины, olive oil"),
        ("маслины черные 2 банки", {
            "pyaterochka": ["3013064", "3436379", "3466502", "4005881"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4249106"],
        }, "black olives (маслины), pitted or with stone (Bonduelle, IBERICA ×2, Filippo Berio, La Explanada); «2 банки» "
           "is a quantity. Left out: green olives, stuffed olives"),
    ]),
    # fwh22 wedding hot dish
    ("курица целая 6 штук, чесночку головки 3 на маринад, укропа свежего 2 пучка к курице", [
        ("курица целая 6 штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4214722", "4252168"],
        }, "whole raw chicken: Дикси «Цыпленок-бройлер охлажденный», Перекрёсток «Тушка цыплёнка» (incl. Халяль and "
           "«на зерновом откорме») and the whole «Цыплёнок корнишон» (a small whole chicken). Left out: chicken parts, "
           "duck, canned chicken, whole fish «тушка»"),
        ("чесночку головки 3 на маринад", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic bulbs (Перекрёсток «Чеснок, 3шт»). Left out: salted garlic ФЭГ, dried granulated garlic, "
           "garlic-flavoured goods"),
        ("укропа свежего 2 пучка к курице", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill (Magnit «Укроп, 1 уп.», Перекрёсток «Укроп зеленый Маркет Fresh»). Left out: mixed herb bunches "
           "(петрушка-укроп-лук), dried dill, herring «с укропом»"),
    ]),
    # fwh23 weekly dairy
    ("масло простоквашино 82% сливочное, молоко домик в деревне, сметанка 15% 300г, десяток яиц с1 подешевле", [
        ("масло простоквашино 82% сливочное", {
            "pyaterochka": [],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "Простоквашино butter 82%. Left out: other butter brands, Простоквашино milk/sour cream/yoghurt"),
        ("молоко домик в деревне", {
            "pyaterochka": ["3467788"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["87bf941f11", "3198f1a94c", "1076c09948", "45d6dee261", "cb2f1055d7", "b508e73840",
                            "2f7ebb9ea8", "d59f8e3403", "7b5909b56f"],
        }, "Домик в деревне drinking cow milk of any fat and pack. Left out: Домик в деревне «топленое» (baked milk), "
           "curd and sour cream of the brand, other brands"),
        ("сметанка 15% 300г", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4217907", "4121592", "4095525"],
        }, "sour cream of exactly 15% in 300 g packs (incl. Parmalat lactose-free); «300г» names the pack. Left out: "
           "Magnit Простоквашино 315 g, Перекрёсток Домик в деревне 450 g and Простоквашино lactose-free 260 g, other "
           "fat levels"),
        ("десяток яиц с1 подешевле", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "hen's eggs of class С1 in packs of 10; «подешевле» is a wish. Left out: С0/СО and «отборные», packs of 6 "
           "and 20 (Лето С1 20 шт), quail eggs"),
    ]),
    # fwh24 fish for the fasting day
    ("минтай замороженный 5 кг, сельдь слабосоленая, шпроты 5 банок", [
        ("минтай замороженный 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4350401", "4350402"],
        }, "frozen pollock (Люди Любят fillet «замороженный» / «мороженое»); «5 кг» is a quantity. Left out: Magnit "
           "«Филе минтая, полуфабрикат из замороженного сырья» (sold defrosted, not frozen), hake, cod, pollock roe"),
        ("сельдь слабосоленая", {
            "pyaterochka": ["4043492"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4056953", "4402738", "4402737", "4360965", "4364450", "4034451", "4367699", "4367712",
                            "4147685", "4364448", "4225103"],
        }, "herring whose title says слабосолёная / малосольная, any form (fillet in oil, in wine or other dressing, "
           "barrel). Left out: herring whose salting is not stated (Матиас «оригинал»/«с ароматом дыма», Тесей, Меридиан, "
           "Смоленская коллекция, Vici «из бочки в рассоле», Fish House «специального посола»…), lightly salted trout, "
           "salmon and sockeye, herring roe and salads"),
        ("шпроты 5 банок", {
            "pyaterochka": ["3504456", "3469704", "3609788", "3475329", "3648434", "3468684"],
            "magnit": ["109251"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprats in oil (from kilka or салака, any size). Nothing else matches"),
    ]),
    # fwh25 fruit for the wedding
    ("яблоки 5 кг, мандарины 3 кг, виноград кишмиш без косточек 2 кг, апельсины 3 кг", [
        ("яблоки 5 кг", {
            "pyaterochka": ["4271772"],
            "magnit": ["200671", "168861"],
            "dixy": [],
            "perekrestok": ["3366336", "3691532", "47795"],
        }, "fresh apples of any variety; «5 кг» is a quantity. Left out: apple juice, purees, chips, desserts, "
           "apple-flavoured drinks and soap"),
        ("мандарины 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins (plain, Марокко, «с листом»). Left out: mixed citrus juice, candies and caramel «мандарин»"),
        ("виноград кишмиш без косточек 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48660", "57580", "48657"],
        }, "fresh seedless grapes: Перекрёсток «Виноград Киш-миш», «Киш-миш чёрный», «Виноград белый без косточек»; «2 кг» "
           "is a quantity. Left out: Шайн Мускат (Пятёрочка, Перекрёсток — a named variety not sold as кишмиш / seedless), "
           "Тайфи (seeded), Magnit «Виноград черный» (seeds not stated), grape juices and nectars, wines, grape-seed oil"),
        ("апельсины 3 кг", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges. Left out: orange juices, drinks, biscuits, shower gels"),
    ]),
]


def read_blind(path):
    """Return {list id: text} of the blind draft (lines after '=== fwhNN' up to the next '===')."""
    lists, cur, lines = {}, None, []
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("=== "):
                if cur:
                    lists[cur] = "\n".join(lines).strip("\n")
                cur, lines = line[4:].strip(), []
            elif cur and not line.startswith("#"):
                lines.append(line)
    if cur:
        lists[cur] = "\n".join(lines).strip("\n")
    return lists


def check_blind():
    blind = read_blind(BLIND)
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS %d" % (len(blind), len(LISTS)))
    used = set()
    for n, (text, _) in enumerate(LISTS, 1):
        rid = "fwh%02d" % n
        parts = re.split(r"([,\n])", blind.get(rid, ""))
        for i, part in enumerate(parts):
            key = (rid, part.strip())
            if key in REPLACED:
                parts[i] = part.replace(part.strip(), REPLACED[key])
                used.add(key)
        if "".join(parts) != text:
            errors.append("%s: text differs from the blind draft: %r != %r" % (rid, text, "".join(parts)))
    if used != set(REPLACED):
        errors.append("REPLACED entries not applied: %r" % sorted(set(REPLACED) - used))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fwh"))
