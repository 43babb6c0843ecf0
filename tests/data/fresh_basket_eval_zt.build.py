#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zt.jsonl -- 25 "one dinner per list" shopping lists (борщ, плов, пельмени,
карбонара, блины, оливье, цезарь, шашлык, солянка, котлеты, запеканка) hand-labelled against the real
offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zt.build.py

LISTS below is literal data: the 25 lists exactly as written blind in fresh_basket_eval_zt.blind_lists.txt
(before any offer was read), and for every item the product ids of every in-stock offer per store that a
reasonable shopper who wrote exactly that item would accept.  Candidate titles were grepped broadly in
real_offers.jsonl (stems, synonyms, Latin/Cyrillic brand spellings, the chains' abbreviations, ё/е) and read
one by one; every item was re-checked by listing all titles matching its stem that were not accepted.  The
note of each item records what was accepted, what was deliberately left out and any judgement resting on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).
The labels were made without reading korzina's matcher or its data files.

The script only checks the data (see labelled_lists.build) and writes the JSONL in the format of
real_basket_eval.jsonl.  List ids are fzt01, fzt02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zt.jsonl")

E = []  # empty: nothing acceptable in that store

# Shared id lists (used by more than one item).
EGGS_C0_10 = {"pyaterochka": ["3620510"], "magnit": E, "dixy": E,
              "perekrestok": ["3634491", "44323", "3062835"]}
MILK_32 = {
    "pyaterochka": ["3694630", "3507208", "3425329", "3645807"],
    "magnit": E,
    "dixy": ["809c0dd88b"],
    "perekrestok": ["3431579", "4259100", "4244242", "3645807", "b508e73840", "52d96fd806", "eaf7de5f17",
                    "ecc07a0e68", "f3d85bb393", "488d323508", "e458dc5e25", "47a9cd6be2", "f50aeac1bb",
                    "885d917850", "35ac60eec2", "89a1c1419e", "949b3dd46f", "9dbc98f064", "e2d5d93f2a",
                    "2f04f03749", "87b2dc7b1d", "14753f9f39", "b4411ba8d4", "01f728b210", "a24f88bea8"],
}
SOUR_15 = {"pyaterochka": ["3665624"], "magnit": ["de14617e33", "199001"], "dixy": E,
           "perekrestok": ["3665624", "4262697", "4272205", "4095525", "4121592", "4431124", "4217907",
                           "4335470", "4314536"]}


def S(p=E, m=E, d=E, x=E):
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(x)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fzt01 борщ
    ("свеколка для борща кило, капуста белокачанная пол кочана, говяжья грудинка на кости, сметана 20% для заправки", [
        ("свеколка для борща кило", S(m=["168801"], x=["19768"]),
         "fresh beetroot (Магнит «Свекла мытая» 1 кг, Перекрёсток «Свекла мытая фасованная» 1 кг); «кило» is a quantity; "
         "«Салат Свекла с фасолью», «Салат из свеклы и брынзы», juice «мультиовощи со свеклой» excluded"),
        ("капуста белокачанная пол кочана", S(d=["4738b3129c"]),
         "white cabbage: Дикси «Капуста белокочанная ранняя» (the typo «белокачанная» read as белокочанная; «пол кочана» is a "
         "quantity); sauerkraut (all Перекрёсток/Магнит «квашеная»), «Капуста китайская», broccoli, sea-kale salad excluded"),
        ("говяжья грудинка на кости", S(),
         "beef brisket on the bone: absent everywhere. Traps: Магнит «Грудинка свиная, на кости» (pork), «Лопаточная часть "
         "говядины, без кости» (other cut), smoked pork «Грудинка» products, «говядина шейная часть» (neck)"),
        ("сметана 20% для заправки", S(p=["3664287"],
                                      x=["3664287", "3651188", "4262694", "4349770", "4121609", "4217906", "3293409",
                                         "4314537", "3444929", "3634033", "58101"]),
         "sour cream exactly 20 % (lactose-free Parmalat Comfort 20 % included); 10/15/25/30 % excluded, cakes «Сметанник», "
         "croutons «со вкусом сметаны» excluded; «для заправки» is a purpose, not a filter; Магнит has only 15 %"),
    ]),
    # fzt02 борщ
    ("томатная паста в банке 70г, морковка штуки 3, лук репчатый сетка", [
        ("томатная паста в банке 70г", S(),
         "the written 70 g can names the pack: no 70 g tomato paste anywhere. Excluded: Пятёрочка Heinz «Паста Томатная» 310 г, "
         "Помидорка 480 мл / 250 мл, МАХЕЕВЪ «Паста ДОМАШНЯЯ томат.» 500 г (wrong size); tomato juice/ketchup, «Паста Карбонара» traps"),
        ("морковка штуки 3", S(m=["199761"], x=["52112"]),
         "fresh carrots («Морковь мытая»; «штуки 3» is a quantity, a 1 kg pack is fine); «Морковь пикантная с баклажанами» "
         "(canned), carrot juice, Korean carrot salad excluded"),
        ("лук репчатый сетка", S(m=["168721", "168731"], x=["79012", "79135"]),
         "bulb onions labelled репчатый (any colour, as no colour was written) and Магнит «Лук Светофор» 3 шт (mixed bulb onions); "
         "«сетка» is read as the usual way onions are sold (a pack word like «пачка»), not a filter. Excluded: «Лук Ялтинский» "
         "(a named sweet salad variety, outside knowledge), «Лук салатный», shallot, green onion, FEDERICI «Луковки» (pickled)"),
    ]),
    # fzt03 плов
    ("рис девзира для плова 1кг, баранья лопатка кило, морковь желтая для плова 2 кг, зира целая", [
        ("рис девзира для плова 1кг", S(p=["4046686"]),
         "Devzira rice: Пятёрочка Увелка «Рис Девзира с зирой» 405 г (a Devzira rice with cumin seeds added; accepted as the "
         "variety matches, «1кг» read as a quantity); basmati, jasmine, Лазер, Адриатика, Кубань, brown rice excluded"),
        ("баранья лопатка кило", S(),
         "lamb/mutton shoulder: absent everywhere. Traps: «Лопатка свиная» (pork, Магнит/Пятёрочка), «Лопаточная часть говядины», "
         "pet food «с ягненком», «Баранки»"),
        ("морковь желтая для плова 2 кг", S(),
         "yellow carrots (the plov variety) are required: absent everywhere; ordinary orange «Морковь мытая» (Магнит, Перекрёсток) "
         "deliberately excluded"),
        ("зира целая", S(),
         "whole cumin seed: absent everywhere. Traps: Увелка «Рис Девзира с зирой» (rice), «Приправа для плова» / «к плову» "
         "(blends, Магнит Восточный гость, Kamis)"),
    ]),
    # fzt04 плов с курицей
    ("бедро куриное без кости 1кг, рис пропаренный самый дешевый, нут 500г", [
        ("бедро куриное без кости 1кг", S(p=["4007208"], x=["4328962", "3692842", "4250498", "4007208"]),
         "raw boneless chicken thigh (филе бедра цыплёнка/куриное); «1кг» is a quantity. Excluded: bone-in «Бедро куриное "
         "Первая Свежесть», «Бедро цыпл-табака», turkey thigh fillet (Пава-Пава, Индилайт), beef «Мякоть бедра»"),
        ("рис пропаренный самый дешевый", S(),
         "parboiled rice: none labelled пропаренный anywhere (Увелка Краснодарский круглый, Мистраль Кубань, Националь Адриатика/"
         "Лазер, basmati, jasmine, Девзира excluded); «самый дешевый» is a wish"),
        ("нут 500г", S(), "chickpeas: absent everywhere (no «нут» title)"),
    ]),
    # fzt05 пельмени домашние
    ("фарш свинина+говядина 500г, мука в/с для пельменей 2кг, яйца с1 штук 10", [
        ("фарш свинина+говядина 500г", S(p=["3673806", "3205754"]),
         "mixed pork-and-beef mince: Мираторг «свино-говяжий домашний» 400 г and САМСОН «Фарш ДОМАШНИЙ» 400 г (outside "
         "knowledge: «Домашний» mince is pork + beef by the usual recipe/ГОСТ); «500г» read as a quantity. Excluded: pure "
         "beef (Мираторг, Рестория, Останкино), pork (Магнит «Фарш свиной»), chicken (Петелинка), turkey (Пава Пава), "
         "Ближние горки «Деревенский» (composition not stated)"),
        ("мука в/с для пельменей 2кг", S(x=["91304", "2003107", "8065"]),
         "wheat flour of высший сорт (Makfa 2 кг and 1 кг, Пышечка хлебопекарная в/с 2 кг; «2кг» is a quantity). Excluded: "
         "Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), Рязаночка «ЭКСТРА» (another grade), С.Пудовъ durum «крупка», "
         "whole-grain, rye and rice flour"),
        ("яйца с1 штук 10", S(p=["3446505"], x=["3662512", "3062836", "3446505", "4068694"]),
         "chicken eggs С1 in packs of 10; Лето С1 20 шт, СО/отборные and 6-packs excluded"),
    ]),
    # fzt06 пельмени из магазина
    ("пельмешки сибирская коллекция 2 пачки, сметаны 15 процентов баночку, уксус 9% столовый бутылка", [
        ("пельмешки сибирская коллекция 2 пачки",
         S(p=["3693418", "3671957", "3693417", "3985043", "3693405"], m=["4907605c6d", "111711"], d=["862d82ab40"]),
         "all pelmeni of the brand Сибирская коллекция (incl. «SИБИРСКАЯ КОЛЛЕКЦИЯ», «СИБИР.КОЛЛЕК.», «Sибирская коллекция»); "
         "«2 пачки» is a quantity. Excluded: its «Блинчики с мясом», other brands (Мираторг, Цезарь, Ложкаревъ, Стародворье), "
         "vodka «Сибирский Кедр»"),
        ("сметаны 15 процентов баночку", SOUR_15,
         "sour cream exactly 15 % (lactose-free included); «баночку» is the normal cup pack; 10/20/25/30 % excluded"),
        ("уксус 9% столовый бутылка", S(),
         "9 % table vinegar: absent everywhere; Магнит «Уксус яблочный 6%» excluded (other kind and strength)"),
    ]),
    # fzt07 карбонара
    ("спагетти barilla n5, бекон сырокопченый нарезка, пармезан куском грамм 200, сливки 20 процентов для соуса", [
        ("спагетти barilla n5", S(p=["4037644"]),
         "Barilla spaghetti: Пятёрочка «Barilla, СПАГЕТТИ 450г» (outside knowledge: Barilla's standard spaghetti is n.5). Excluded: "
         "other Barilla shapes (Капеллини, Пенне, Пипе, Джирандоле), other spaghetti brands (FEDERICI, №3 500 г, own brand)"),
        ("бекон сырокопченый нарезка",
         S(p=["3655098", "3445554", "4020279", "3443644", "3649921"], x=["4225967", "3443644", "3445554"]),
         "raw-smoked (сырокопчёный, с/к) bacon in packs of 150–200 g, taken as sliced. Excluded: Market Collection «Бекон "
         "венгерский» (smoking not stated), «грудинка сырокопченая … нарезка» and other «Грудинка» (not bacon), «Панчетта», "
         "bacon-flavoured croutons, club sandwich"),
        ("пармезан куском грамм 200", S(p=["3462825", "24647", "3650219"], x=["3912980", "3206443"]),
         "parmesan in a piece (LAIME 200 г, Cheese Gallery 175 г, CASTELLO «REGGIANIDO ПАРМЕЗ.», ЗЛ «Пармезан молодой», Dolce "
         "Granto by weight); «грамм 200» is a quantity. Excluded: grated (Dolce Granto «тёртый» = Пятёрочка 3433812, Cheese "
         "Gallery «тёртый хлопья»), parmesan-flavoured chips, fuet «С Сыром Пармезан», salami «Парма»"),
        ("сливки 20 процентов для соуса", S(m=["535b7bd00d", "c02145f904"], x=["4178851"]),
         "cream exactly 20 % (Домик в деревне 480 г / 200 г, Молочный знак 500 мл). Excluded: 10/11/33 %, «Заменитель "
         "сливок», Сопьо Крима, Baileys"),
    ]),
    # fzt08 карбонара
    ("гуанчале или панчетта, яйца крупные десяток, перец черный горошек", [
        ("гуанчале или панчетта", S(x=["4273258"]),
         "guanciale or pancetta: only Перекрёсток «Продукт мясной Шейка-Балык-Бекон Панчетта сырокопченый Маркет Collection» "
         "(named pancetta, accepted); bacon, smoked pork belly, prosciutto/хамон excluded"),
        ("яйца крупные десяток", EGGS_C0_10,
         "«крупные» read as the large categories СО/отборные/«Экстра СО» (outside knowledge: СО = 65–74.9 g, С1 = 55–64.9 g) "
         "in packs of 10; С1, 6-packs and 20-packs excluded"),
        ("перец черный горошек", S(p=["89001"]),
         "whole black peppercorns: Пятёрочка KOTANYI «Мельница перец черный» (a grinder filled with whole peppercorns, outside "
         "knowledge). Excluded: Магнит «Перец черный … молотый» (ground), KOTANYI «4 ПЕРЦА» / «СМЕСЬ ПЕРЦЕВ» (mixes), bell peppers"),
    ]),
    # fzt09 блины
    ("молоко 2.5 для блинов 2 л, мука для блинчиков пакет, маслице сливочное 82.5 смазывать, сахарок 1кг", [
        ("молоко 2.5 для блинов 2 л",
         S(p=["3645808"], x=["4310700", "2093081", "3613024", "cb2f1055d7", "587286c051", "edf2484f0e", "7f46c8a5c5",
                             "50cb0959f8", "af8570f806", "6986e66cd9", "66ec0f255d", "359aa76fc0", "76055bf243",
                             "013e119412", "a548f45b17", "62485733e9", "faf2171541"]),
         "cow milk of exactly 2.5 % in 0.9–1 l packs (children's milk included, as in real_basket_eval); «2 л» is the total "
         "quantity. Excluded: portion packs (Можайское 450 мл, Магнит Вкуснотеево 0.2 л) as no way to buy 2 litres, other fat "
         "levels, kefir/yoghurt 2.5 %"),
        ("мука для блинчиков пакет", S(p=["3232252"]),
         "pancake flour mix: Пятёрочка «АЛАДУШ. Смесь БЛИНЫ ЦАРСКИЕ муч.» 800 г. Excluded: plain flour, ready блинчики/оладьи, "
         "Гурмикс breading mixes"),
        ("маслице сливочное 82.5 смазывать", S(p=["3948153", "4063188", "3612680", "3953367"]),
         "butter of exactly 82.5 %. Excluded: 82 % (Простоквашино in Дикси/Магнит, Президент кислосливочное), 72.5 %, chocolate "
         "butter 62 %, puff pastry «сливочное масло»"),
        ("сахарок 1кг", S(m=["07d5c3205d"]),
         "white sugar: Магнит «РУССКИЙ Сахар белый прессованный» 1 кг (lump sugar is still white sugar; no form was written). "
         "Excluded: cane «Демерара», «Пудра сахарная», sugar-free goods, «сахарная кукуруза»"),
    ]),
    # fzt10 блины
    ("икорка горбуши, сгущенка рогачев с вареной, мед гречишный к блинам", [
        ("икорка горбуши", S(x=["3465904", "4437727", "4432583", "4323783", "4386122"]),
         "pink-salmon (горбуша) caviar. Excluded: кета, кижуч, нерка, trout, sturgeon caviar, Магнит «Икра лососевая … 75 г» "
         "(species not stated), capelin «икра мойвы», vegetable «икра», red-caviar-flavoured chips/croutons"),
        ("сгущенка рогачев с вареной", S(p=["3907533"], m=["167911"]),
         "Rogachev boiled condensed milk («Молоко сгущеное Рогачев, вареное», «"
         "Егорка» Рогачев вареное). Excluded: Алексеевское (other brand), Рогачевъ drinking milk, wafers/croissants «с вареной сгущенкой»"),
        ("мед гречишный к блинам", S(),
         "buckwheat honey: absent everywhere; flower honey (Медовый дом цветочный, липа), крем-мёд, чак-чак excluded"),
    ]),
    # fzt11 оливье
    ("колбаса докторская вареная для оливье 500г, горошек зеленый bonduelle, корнишоны маринованные в банке, майонез провансаль 67 на оливье", [
        ("колбаса докторская вареная для оливье 500г",
         S(p=["3347584", "3620675", "2120885", "3385812", "78001451", "4019606", "3016790"],
           x=["4296145", "4380012", "4301347", "4432115", "4410079", "4255289", "4264678", "3639615", "4221913", "4352000",
              "3347584", "3033317", "78001451"]),
         "boiled Докторская sausage of any brand and size («500г» is a quantity; Окраина «Докторская» taken as boiled, Царицыно "
         "«ДОК.ОСОБ.ХАЛЯЛЬ» accepted). Excluded: «Сардельки Докторские», «Сосиски Докторские», other boiled sausages (Молочная, "
         "Любительская), energy drink «The Doctor»"),
        ("горошек зеленый bonduelle", S(m=["111581", "213651"], x=["27460"]),
         "Bonduelle/Бондюэль green peas. Excluded: Globus, 6 соток, Знак заботы, Маркет peas, Bonduelle corn/beans/olives"),
        ("корнишоны маринованные в банке", S(),
         "pickled gherkins: none titled as маринованные корнишоны. Excluded: Магнит «Огурцы соленые, Корнишоны» (salted), "
         "«Ассорти Черри и Корнишоны», Пятёрочка Самобранка «Огурчики маринов.» (not called gherkins), «Пикули», fresh "
         "«Огурцы корнишоны»"),
        ("майонез провансаль 67 на оливье",
         S(p=["3982578", "3355228", "3355242", "3695167", "3193489"], m=["204681"],
           x=["4297313", "4412152", "4105769", "2047206", "3674577", "3467275", "4233420", "3193489", "4199312", "3695167"]),
         "Провансаль mayonnaise stated 67 %, incl. «оливковый» Провансаль and «Московский Провансаль на перепелиных яйцах». "
         "Judgement: X5 chains share product ids, so Пятёрочка 3193489 «Майонез Слобода, 67%» = Перекрёсток «Слобода Провансаль "
         "67%» and Перекрёсток 3695167 = Пятёрочка «МОС.ПРОВАНС. … на переп.яйц. 67%». Excluded: Перекрёсток «Московский Провансаль "
         "классический, 700мл» (no %), Heinz «Классический», Mr. Ricco, Слобода «Оливковый» (not Провансаль), «домашний 55%»"),
    ]),
    # fzt12 оливье
    ("картошка молодая для оливье кило, яйца куриные с0 десяток, майонез слобода 67 пачку", [
        ("картошка молодая для оливье кило", S(m=["168701"], d=["72aaa021b7"]),
         "new potatoes: Дикси «Картофель молодой» and Магнит «Картофель Новый урожай» (new-season potatoes = молодой, judgement). "
         "Excluded: ordinary washed/red/«для жарки»/«для варки» potatoes, potato starch, salads"),
        ("яйца куриные с0 десяток", EGGS_C0_10,
         "chicken eggs СО / «отборные» (= СО) / «Экстра СО» in packs of 10; С1, 6- and 20-packs excluded"),
        ("майонез слобода 67 пачку",
         S(p=["3193489", "3163111"], m=["104941"], x=["4412152", "2108609", "3674577", "3193489", "3163111"]),
         "every Слобода mayonnaise of 67 % (Провансаль and Оливковый); Пятёрочка 3163111 «Майонез Оливковый, Слобода» has no % "
         "in its title but is the same X5 id as Перекрёсток «Слобода оливковый 67%» (judgement). Excluded: Слобода ketchup, "
         "sauce, oil, «Биойогурт Слобода», other mayonnaise brands; «пачку» is a quantity"),
    ]),
    # fzt13 цезарь
    ("салат романо кочан, филе куриной грудки 2 шт, сухарики пшеничные для цезаря, соус цезарь для салата", [
        ("салат романо кочан", S(x=["67334"]),
         "romaine lettuce head (Перекрёсток «Салат Романо, 1шт»). Excluded: mixes «Айсберг и Романо», «айсберг-романо-радичио», "
         "iceberg, «Салат листовой», ready «Салат Цезарь»"),
        ("филе куриной грудки 2 шт",
         S(p=["3963723"], x=["4328961", "2160069", "2173555", "3658841", "4306577", "4063310", "4063309"]),
         "chicken breast fillet, raw (incl. Петелинка «Филе цыплёнка малое», the inner fillet) and Зелёная Линия ready «Филе куриной "
         "грудки запеченное/гриль» (still chicken-breast fillet, suits Caesar; no form written). Excluded: «Грудка куриная без кожи» "
         "(on the bone, outside knowledge), turkey/duck breast, thigh, ham «Филе грудки индейки»; «2 шт» is a quantity"),
        ("сухарики пшеничные для цезаря", S(p=["3360552"], x=["3360552", "3360550", "3385063", "4199888"]),
         "wheat croutons: Хрусteam/ХРУСТИМ «Багет» croutons (baguette = wheat bread, outside knowledge). Excluded: rye and "
         "rye-wheat (Три корочки, Три Семёрки, Гренковъ, Vian, Клины, Зелёная Линия, Крутец «пшеничные … ржаные» mix), and croutons "
         "whose bread is not stated (Хрусteam 40 г, Фишка, Хруст, Волнистые, Кириешки, Finn Crisp)"),
        ("соус цезарь для салата", S(p=["3427659", "3679725"], m=["ec731c0f45", "111631", "213671"]),
         "Caesar dressing of any brand (Heinz, Calve «Цезарь сырный», Махеевъ «Соус ЦЕЗАРЬ майонезный»). Excluded: the brand "
         "Цезарь (pelmeni, blini, pizza, pastry), ready «Салат Цезарь», «Сэндвич-ролл Цезарь»"),
    ]),
    # fzt14 цезарь
    ("помидорки черри 250г, пармезан тертый в пакетике, хлеб для тостов белый", [
        ("помидорки черри 250г",
         S(m=["168841", "169381", "107681"], x=["3673307", "3676649", "4188460"]),
         "fresh cherry tomatoes (incl. on the vine, plum-shaped and honey/orange cherry); «250г» read as a quantity of a fresh "
         "vegetable. Excluded: «Ассорти Черри и Корнишоны» (pickled), Томаты коктейльные (not cherry), Pepsi «Wild cherry», "
         "Heinz «Cherry», ketchup «С ПОМИДОРАМИ ЧЕРРИ»"),
        ("пармезан тертый в пакетике", S(p=["3433812"], x=["3963977", "3433812"]),
         "grated parmesan (Dolce Granto «тёртый» 150 г — Пятёрочка's «Сыр Пармезан, Dolche, 150 г» is the same X5 id; Cheese "
         "Gallery «тёртый хлопья» 100 г); the pack type cannot be checked from titles. Excluded: parmesan in a piece, grated "
         "голландский / моцарелла"),
        ("хлеб для тостов белый", S(),
         "white toast bread: absent everywhere. Traps: «Ветчина … для тостов», Hochland «Сыр пл.-тост», «Батон Нарезной», "
         "Даниловский/Ржаной Край breads"),
    ]),
    # fzt15 шашлык
    ("шея свиная для шашлыка 2 кг, лук красный ялтинский, кетчуп шашлычный балтимор 500г, лаваш армянский тонкий", [
        ("шея свиная для шашлыка 2 кг",
         S(p=["3957120", "3619731", "3666472"], m=["199511", "107331"]),
         "raw pork neck (шейка/шейная часть, with or without bone); «2 кг» is a quantity. Excluded: Магнит «Стейк из шеи свинины, в "
         "маринаде» (marinated steaks), smoked «Шейка из свинины к/в» (Ремит), «говядина шейная часть», other pork cuts"),
        ("лук красный ялтинский", S(m=["168741"], x=["3368252", "3623836"]),
         "Yalta red onion («Лук Ялтинский», «в сетке» included). Excluded: ordinary «Лук репчатый красный», Светофор, shallot, "
         "«Лук салатный»"),
        ("кетчуп шашлычный балтимор 500г", S(),
         "Балтимор ketchup: absent everywhere. Traps: «МАХЕЕВЪ Кетчуп ШАШЛЫЧ.» and «СЛОБОДА Кетчуп Шашлычный» (other brands)"),
        ("лаваш армянский тонкий", S(),
         "thin Armenian lavash: absent everywhere; Mission «Лепешки тортилья пшеничные» excluded (tortilla)"),
    ]),
    # fzt16 шашлык из крылышек
    ("крылышки куриные в маринаде, угли для мангала березовые, помидоры сливки на шашлык", [
        ("крылышки куриные в маринаде", S(),
         "marinated chicken wings: absent everywhere. Excluded: Перекрёсток «Крылья Первая Свежесть локтевая часть» (not "
         "marinated), Горячая штучка «Хрустящие Крылышки острые» (breaded frozen), «Голень куриная, в маринаде «Алабама»» (drumstick)"),
        ("угли для мангала березовые", S(),
         "birch charcoal: absent; Перекрёсток «Уголь древесный Пр!ст, 2.5кг» excluded because the wood is not stated (the written "
         "variety is required)"),
        ("помидоры сливки на шашлык", S(m=["199891"], x=["4217380"]),
         "plum tomatoes («сливки» = сливовидные): Магнит «Томаты сливовидные» 600 г, Перекрёсток Flamenco «сливовидные красные». "
         "Excluded: «Томаты Черри, сливовидные» (cherry), round/pink/Бакинские tomatoes, «Томаты маринованные/соленые»"),
    ]),
    # fzt17 солянка
    ("оливки без косточек для солянки, каперсы в банке, маслины черные, лимончик 1шт", [
        ("оливки без косточек для солянки", S(p=["4005882", "3436775"], x=["4249104"]),
         "pitted green olives (Filippo Berio, ITLV «зел.без косточки», La Explanada). Excluded: маслины, olives with stone, "
         "stuffed (с лососем, с креветкой, трюфель, апельсин, лимон, сыр), «Оливки-гриль в масле» (stone not stated), Оливье salads"),
        ("каперсы в банке", S(),
         "capers: absent everywhere; «Коктейль … из морепродуктов … с каперсами» excluded"),
        ("маслины черные", S(p=["4005881", "3436379", "3466502", "3013064"], x=["4249106"]),
         "маслины (black olives), pitted or with stone (Filippo Berio, IBERICA, Bonduelle, La Explanada). Excluded: green оливки"),
        ("лимончик 1шт", S(),
         "fresh lemon: absent everywhere. Excluded: «Лайм, 1 кг» (another fruit), citric acid, lemon-flavoured goods"),
    ]),
    # fzt18 солянка
    ("сервелат для солянки, сосиски молочные 2 упаковки, ветчина для солянки, огурцы соленые бочковые для солянки", [
        ("сервелат для солянки",
         S(p=["4039999", "3442569", "3385833", "3660417", "3440935", "3671899"],
           x=["4390257", "4394293", "4283094", "4064566", "4217621", "4166796", "4135604", "4400591", "3654318"]),
         "every сервелат (варёно-копчёный, any brand, sliced or not). Excluded: other smoked sausages (Кремлевская, Балыковая, "
         "Краковская, салями)"),
        ("сосиски молочные 2 упаковки", S(p=["3642007"], m=["112421", "213611"]),
         "«Молочные» sausages (Магнит 0.33 / 0.65 кг, Велком); «2 упаковки» is a quantity. Excluded: Сливочные, Детям, "
         "«с натуральными сливками», «Колбаса Молочная», Вязанка «Молокуша»"),
        ("ветчина для солянки",
         S(p=["2050027", "3670825", "3365796", "3369983", "3438509", "3469348", "4037352", "4005633"],
           m=["160271", "167871", "109321"],
           x=["4395546", "4400358", "4399593", "4195681", "2072717", "3469348", "3670825"]),
         "any ham (pork, beef, turkey; incl. Магнит canned «Ветчина мясная, консерва» and Бахрушинъ сыровяленая — no kind was "
         "written). Excluded: dishes with ham (блины, Чебупели, Кордон блю, салат, плавленый сыр «С ВЕТ.»), «Шейка-Балык-Бекон»"),
        ("огурцы соленые бочковые для солянки", S(x=["4404269"]),
         "barrel-salted cucumbers: Перекрёсток «Огурцы солёные бочковые Маркет». Excluded: salted cucumbers not called бочковые "
         "(Магнит МЕЛЕНЪ «Муромские», Пятёрочка Глобус «СТАРОРУССКИЕ»), Магнит salted «Корнишоны», marinated, fresh"),
    ]),
    # fzt19 котлеты
    ("фарш говяжий на котлеты 1 кг, батон нарезной для котлет, лук пару головок, сухари панировочные 200 г", [
        ("фарш говяжий на котлеты 1 кг", S(p=["3447375", "3398465", "4065830"]),
         "beef mince (Мираторг, Рестория, Останкино; «1 кг» is a quantity). Excluded: pork-beef mixes, pork, chicken, turkey mince, "
         "stuffed olives «фарш.»"),
        ("батон нарезной для котлет", S(p=["3985404"], x=["3974714"]),
         "«Батон Нарезной» loaves (Пятёрочка «Батон \"Звездный\" нар.» — «нар» = нарезной). Excluded: other breads, «батончик» bars"),
        ("лук пару головок", S(m=["168721", "168731", "168741"], x=["79012", "79135", "3368252", "3623836", "4272905"]),
         "bulb onions of any kind (репчатый any colour, Светофор, Ялтинский, «Лук салатный»); «пару головок» is a quantity. "
         "Excluded: shallot, green onion, herb sets, pickled «Луковки»"),
        ("сухари панировочные 200 г", S(),
         "breadcrumbs: absent everywhere. Excluded: Гурмикс «Смесь панировочная» (a seasoned breading mix), snack «сухарики»"),
    ]),
    # fzt20 котлеты куриные
    ("фарш из курицы 800г, картошка для пюре 3 кг, молоко 3.2% для пюре", [
        ("фарш из курицы 800г", S(p=["3652704"]),
         "chicken mince: Пятёрочка «Фарш Премиум, Петелинка» (Петелинка is a chicken brand, outside knowledge); «800г» is a "
         "quantity. Excluded: turkey (Пава Пава), beef, pork, mixed mince; «Шарики куриные», ready chicken cutlets"),
        ("картошка для пюре 3 кг",
         S(m=["199751", "168701", "109571", "107511"], d=["72aaa021b7"], x=["2099571", "3646068"]),
         "fresh potatoes of any kind («для пюре» a purpose; «3 кг» a quantity). Excluded: Магнит «Картофель для жарки» (labelled "
         "for frying, opposite to the stated use), potato starch, chips, Knorr mash"),
        ("молоко 3.2% для пюре", MILK_32,
         "cow milk of exactly 3.2 % (children's milk included, any pack). Excluded: ranges 3.2–4 / 3.2–4.5 / 3.2–6 %, топлёное "
         "3.2 %, condensed, other fat levels"),
    ]),
    # fzt21 творожная запеканка
    ("творог 9% два пакета, манка для запеканки, изюмчик светлый без косточек", [
        ("творог 9% два пакета", S(p=["3634733"], x=["4185866", "4216658"]),
         "cottage cheese exactly 9 % (Молочный знак 180 г / «традиционный» 800 г, Вкуснотеево 300 г); «два пакета» is a quantity. "
         "Excluded: 0.5/3/5 %, soft/grained/flavoured curd, сырники"),
        ("манка для запеканки", S(m=["a9eb0a29d1"]),
         "semolina: Магнит «Каша манная УВЕЛКА, 700г» (a 700 g bag of semolina groats, outside knowledge; not instant porridge). "
         "Nothing else titled манка/манная"),
        ("изюмчик светлый без косточек", S(),
         "light seedless raisins: absent everywhere; cookies, chocolate, nut mixes and cakes «с изюмом» excluded"),
    ]),
    # fzt22 запеканка
    ("творог 5% 400г, ванилин в пакетиках, разрыхлитель 1 пакетик", [
        ("творог 5% 400г", S(p=["3617778"], x=["4216657"]),
         "plain cottage cheese exactly 5 % (Село Зелёное 500 г, Молочный знак 180 г; «400г» read as a quantity). Excluded: "
         "«мягкий 5,5%», Данон «зерненый в йогурте 5%» and Савушкин «101 ЗЕРНО+СЛ. 5%» (flavoured), сырники 5 %"),
        ("ванилин в пакетиках", S(),
         "vanillin: absent everywhere; vanilla-flavoured croissants, drying rings, cakes excluded"),
        ("разрыхлитель 1 пакетик", S(x=["4236368"]),
         "baking powder: Перекрёсток «Разрыхлитель для теста Пр!ст, 10г»; dry yeast Саф-Момент excluded"),
    ]),
    # fzt23 макаронная запеканка
    ("макароны рожки для запеканки, сыр российский 200 грамм, молоко 1л ультрапастеризованное", [
        ("макароны рожки для запеканки", S(p=["4008046"]),
         "horn-shaped pasta: Пятёрочка «Витой рожок» 450 г (a twisted рожок, accepted as рожки). Excluded: spaghetti, перья, "
         "спирали, ракушки, улитки, вермишель, Barilla shapes, ice cream «в рожке»"),
        ("сыр российский 200 грамм", S(p=["4046889"], x=["3668842"]),
         "Российский cheese (Брест-Литовск «российский 50%» 200 г, Зелёная Линия «Российский нарезка» 150 г; «200 грамм» a "
         "quantity). Excluded: other semi-hard cheeses (Голландский, Костромской, Белебеевский, Калачеевский), chocolate "
         "«Российский», Российская Корона жюльен, cognac/champagne «Российский»"),
        ("молоко 1л ультрапастеризованное",
         S(p=["3694630", "3507208", "3645808", "3645807"], d=["809c0dd88b"],
           x=["3431579", "4244242", "3474103", "3645807", "4308790", "b508e73840", "cb2f1055d7", "d59f8e3403", "45d6dee261",
              "f3d85bb393", "488d323508", "66ec0f255d", "e458dc5e25", "00af023fd1", "ccdc291604", "52240eee71", "b267022f66",
              "47a9cd6be2", "f50aeac1bb", "e221fd3ddd", "f18e9a3c14", "885d917850", "35ac60eec2", "9512a8a8b9", "89a1c1419e",
              "359aa76fc0", "949b3dd46f", "9dbc98f064", "1076c09948", "e2d5d93f2a", "2f04f03749", "31aa236aad", "7c1d7afff6",
              "76055bf243", "013e119412", "87b2dc7b1d", "9dfc83490b", "ce8eda981f", "14753f9f39", "a548f45b17", "85dd44d923",
              "7b5909b56f", "62485733e9", "faf2171541", "6b36a62006", "01f728b210"]),
         "ultra-pasteurised (у/паст, ул/паст) cow milk in the litre carton (925 мл–1 л / 1 кг counted as «1л»), any fat, "
         "children's and lactose-free included. Excluded: 200 мл portions, pasteurised and sterilised milk (Рогачевъ, Можайское), "
         "топлёное у/паст, milkshakes «у/паст», almond drink"),
    ]),
    # fzt24 блины на кефире
    ("кефир 1 процент на блины, яйца с0 10 штук, сода пищевая пачка", [
        ("кефир 1 процент на блины", S(), "kefir: absent everywhere (no «кефир» title)"),
        ("яйца с0 10 штук", EGGS_C0_10,
         "chicken eggs СО / «отборные» / «Экстра СО» in packs of 10; С1, 6- and 20-packs excluded"),
        ("сода пищевая пачка", S(),
         "baking soda: absent everywhere; soft drinks («газированный») and «Разрыхлитель» excluded"),
    ]),
    # fzt25 плов из свинины
    ("свинина для плова лопатка кило, рис круглозерный краснодарский, куркума молотая", [
        ("свинина для плова лопатка кило", S(p=["3666473"], m=["107281"]),
         "raw pork shoulder (Слово Мясника «Лопатка свиная» 800 г, Магнит «Лопатка свиная, на кости»); «кило» is a quantity. "
         "Excluded: smoked «Лопатка Фермерская» (Черкизово), «Дымовица … из лопатки», beef «Лопаточная часть», other pork cuts"),
        ("рис круглозерный краснодарский", S(m=["106651", "106641"]),
         "round-grain Krasnodar rice: Увелка «Краснодарский, круглый» and Мистраль «Кубань» (outside knowledge: Мистраль «Кубань» "
         "is round-grain rice from the Kuban = Krasnodar region). Excluded: Националь «Адриатика» (round but not Krasnodar), "
         "Лазер, basmati, jasmine, Девзира, brown rice, rice flour"),
        ("куркума молотая", S(),
         "ground turmeric: absent everywhere; Dove shampoo «с куркумой» excluded"),
    ]),
]


def main():
    records = build(LISTS, OFFERS, OUT, "fzt")
    stats(records)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
