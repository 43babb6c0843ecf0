#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ub.jsonl -- 25 shopping lists of a woman who cleans other people's flats
for a living (cleaning products for kitchens, bathrooms, toilets, glass, floors, ovens, limescale and
mould; gloves, sponges, rags, bin bags; food for herself), hand-labelled against the real offers in
real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ub.build.py

LISTS below is literal data: the list texts as typed to a Telegram bot (written blind, before any offer
was read, and saved read-only in fresh_basket_eval_ub.blind_lists.txt) and, for every item, the product
ids of every in-stock offer of each store that a reasonable shopper who wrote exactly that item would
accept.  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, e/yo folded) and read one by one; every item was then
re-checked by listing all in-stock titles matching its stem that were not accepted.  The note of each item
records what was accepted, what was deliberately left out and any judgement that rests on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The
labels were made without reading or running korzina.

Before writing, the script checks that every list text equals the blind draft, apart from the single
replacement recorded in REPLACED (a list that was empty in all four stores got one item replaced by a
similar item some store carries).  labelled_lists.build then checks that every id exists in
real_offers.jsonl *for that store* and is in stock, that no id repeats within an item, that every item
has a note and that the labels are exactly the list's items in order (an item is the text between
commas / new lines), and writes the JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats
prints the counts.  List ids are fub01, fub02, ... in LISTS order; every list is in split "fresh".
"""
import hashlib
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ub.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ub.blind_lists.txt")
BLIND_SHA256 = "3d6c491dc8e5f12df5cf76642bf1e4370d97ae97f8515bc30b05dd8e567b21fb"

# list number (1-based) -> (blind item, replacing item); the only change to the blind draft.
REPLACED = {
    2: ("шуманит для плиты", "юникум для плиты"),
}

E = []  # shorthand for "nothing acceptable in this store"


def S(p, m, d, k):
    """Acceptable ids per store, in the fixed store order."""
    return {"pyaterochka": p, "magnit": m, "dixy": d, "perekrestok": k}


# Shared id groups (the same offers answer several items).
CILLIT_LIMESCALE = ["2038351"]                       # Пятёрочка CILLIT BANG Ср-во АНТИНАЛЕТ+БЛЕСК 750мл
CILLIT_LIMESCALE_M = ["106101"]                      # Магнит Cillit Bang от налета и грязи, с курком 750 мл
DEGREASERS_P = ["2089767", "3362660", "3362360"]     # Cillit Bang АНТИЖИР+СИЯН., Unicum Gold, Unicum жироудалители
DEGREASERS_M = ["7f51925bae"]                        # UNICUM Жироудалитель для кухни спрей 500мл
PEMOLUX_P = ["3463865", "3463866"]                   # ПЕМОЛЮКС Порошок ЛИМОН / МОРСКОЙ БРИЗ 480г
BIN_60_M = ["e9bebc57c0"]                            # BIG CITY LIFE Пакеты д/мусора 60л 20шт
BIN_35_EARS_M = ["e927949bbd"]                       # МАГНИТ Мешки для мусора 35л 20шт ушки
WET_WIPES_P = ["3664696", "3632651"]
WET_WIPES_M = ["1000196357"]
WET_WIPES_K = ["3976937", "4174787", "3917869", "4166484", "3697052"]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fub01 a working day: toilet gel, gloves, sponges, fruit
    ("доместос 1л для унитаза\nперчатки резиновые м 3 пары\nгубки кухонные поролоновые 10 штук\nбананчики полкило", [
        ("доместос 1л для унитаза", S(E, E, E, E),
         "the written 1 l names the bottle and is respected: the only Domestos toilet gels are Пятёрочка «ДЛЯ УНИТАЗА "
         "УЛЬТРА БЕЛЫЙ/БЛЕСК, 750МЛ» (excluded for size); Domestos universal cleaners (750 ml, Пятёрочка and Магнит), the "
         "Domestos Power 5 rim block and other brands (Bref, Comet, Cillit) excluded"),
        ("перчатки резиновые м 3 пары", S(E, E, E, E),
         "no household gloves of any kind in the offers"),
        ("губки кухонные поролоновые 10 штук", S(E, E, E, E),
         "no sponges of any kind in the offers (only «губка» in no title); dish soaps excluded"),
        ("бананчики полкило", S(E, E, E, ["4208494", "3757", "4112219", "3639749"]),
         "fresh bananas incl. Organic, mini and pre-packed (Перекрёсток); «полкило» is the quantity for a weighed fruit, not a "
         "filter; dried bananas, banana yoghurts, purees, drinks and chocolate excluded"),
    ]),
    # fub02 stove, rags, kefir (all empty in the blind draft; «шуманит для плиты» replaced, see REPLACED)
    ("юникум для плиты, тряпки из микрофибры для уборки, кефирчик 1% на вечер", [
        ("юникум для плиты", S(["3362660", "3362360"], DEGREASERS_M, E, E),
         "REPLACEMENT of the blind «шуманит для плиты» (no Шуманит/Bagi degreaser anywhere). Unicum kitchen degreasers: Пятёрочка "
         "«Жироудалитель Unicum Gold, 500 мл» and «Жироудалитель Unicum, 500 мл», Магнит «UNICUM Жироудалитель для кухни спрей»; "
         "UNICUM dish soaps (GREEN TEA, ORANGE BERG. «д/мыт.пос.») are a brand trap and excluded, as are degreasers of other "
         "brands (Cillit Bang АНТИЖИР) because the brand was written"),
        ("тряпки из микрофибры для уборки", S(E, E, E, E),
         "no microfibre cloths in the offers; Магнит BIG CITY LIFE «Салфетки в рулоне 25x30см» (nonwoven wipes, no microfibre "
         "stated) and paper napkins/towels excluded"),
        ("кефирчик 1% на вечер", S(E, E, E, E),
         "no kefir (nor ряженка) at all in the offers; Имунеле/Актимель drinks, yoghurts and milk 1% excluded"),
    ]),
    # fub03 limescale, groats, chicken
    ("средство от известкового налета, гречку 2 пачечки, куриную грудку на ужин", [
        ("средство от известкового налета", S(CILLIT_LIMESCALE + ["3500607"], CILLIT_LIMESCALE_M, E, E),
         "surface limescale removers: Cillit Bang АНТИНАЛЕТ+БЛЕСК (Пятёрочка) and «от налета и грязи» (Магнит); Пятёрочка "
         "«BAGI Средство AКРИЛАН спрей» accepted on outside knowledge (Bagi Акрилан is sold as a bath/shower cleaner against "
         "limescale, rust and soap scum; the title does not say so). Calgon washing-machine softeners («CAL.Ср.д/cм.в/пред.обр/нак.», "
         "Магнит CALGON), Salton «АНТИСОЛЬ» (shoe salt-stain remover), toilet gels, citric acid (a food) and universal cleaners "
         "excluded"),
        ("гречку 2 пачечки", S(E, ["203081"], E, E),
         "buckwheat groats: Магнит «Крупа Гречневая Prosto, 500 г»; Пятёрочка PROSTO «Рис и греча» (mix), buckwheat flakes "
         "(Увелка, Мистраль), soba noodles, Nestlé/Тема porridge, the «Гречка с грибами» meal kit and canned «каша гречневая с "
         "говядиной» excluded; «2 пачечки» is a quantity"),
        ("куриную грудку на ужин", S(["2160026", "3963723", "2160069"], E, E,
                                    ["2160026", "3068079", "2160069", "3658841", "2173555", "4328961", "4306577"]),
         "raw chicken breast, with or without skin, and breast fillet: Пятёрочка «Куриная грудка … Первая свежесть», «Филе "
         "большое грудки цыпленка-бройлера», «ПЕР.СВ.Филе с груд.охл.» (Первая свежесть breast fillet; the abbreviation read on "
         "outside knowledge); Перекрёсток Грудка куриная (Первая Свежесть, Петелинка), Филе грудки (Первая Свежесть, Троекурово, "
         "Петелинка, Зелёная Линия) and Петелинка «Филе цыплёнка … малое» (the inner breast fillet, outside knowledge). Cooked "
         "«Филе куриной грудки гриль/запеченное» (Зелёная Линия), thighs, drumsticks, whole birds (Дикси, Перекрёсток), turkey and "
         "duck breast, smoked pork «грудинка»/«грудка по-черкизовски» excluded"),
    ]),
    # fub04 bin bags, bleach, bread
    ("мешки для мусора 60л плотные, белизна для уборки, хлебушек ржаной черный", [
        ("мешки для мусора 60л плотные", S(E, BIN_60_M, E, E),
         "bin bags of 60 l: Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт 8,5мкм»; «плотные» is taken as a wish (thickness is "
         "stated only here, 8.5 µm); the 35 l bags and food bags (Перекрёсток «Пакеты для завтрака/пищевых продуктов») excluded"),
        ("белизна для уборки", S(E, E, E, E),
         "no «Белизна» or other chlorine bleach in the offers; Vanish Oxi laundry bleach/stain remover, Bref «с хлор-компонентом» "
         "rim block and toothpastes «сияющая белизна» (trap) excluded"),
        ("хлебушек ржаной черный", S(["3480920", "3500217"], E, E, E),
         "dark rye(-wheat) bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб Даниловский, Коломенское» (a dark "
         "rye-wheat loaf; accepted on outside knowledge, the title does not say rye). Ржаной Край «Хлеб зерновой» and «Хреб Ржаной "
         "Край» (brand word, not stated rye bread), «Хлеб Марьин, заварной» (composition not stated), white batons, rye "
         "crispbreads/croutons, rye flour and «Колбаса Бородинская» excluded"),
    ]),
    # fub05 glass cleaner, tea, biscuits
    ("мистер мускул для стекол 500 мл, чай черный в пакетиках побольше, овсяное печенье пачечку", [
        ("мистер мускул для стекол 500 мл", S(E, E, E, E),
         "no Mr Muscle and no glass cleaner of any brand in the offers; mineral water «стекло» (glass bottle) is a trap"),
        ("чай черный в пакетиках побольше", S(
            ["4022854", "3470341", "4002510", "3650482", "3489539", "3682587", "3998702", "3489553", "3378327", "15545", "15492",
             "3662837", "3450276", "3469500", "3950803", "3628990", "3620106", "3635756", "3634052", "3378336", "3424384",
             "3418513", "3499718", "3446638", "3472459", "3649730", "3399714", "2070472", "3600100", "4042419", "3971162",
             "3971163", "3948819", "3948818", "3981152", "3948128", "11200", "3689577"],
            ["a37d9d8522", "217b3d7466", "204561", "159991", "112311", "206041", "109361", "199261", "199201", "111701",
             "168251", "213601"], E, E),
         "black tea in bags, pyramids or sachets, plain or flavoured (bergamot, thyme, berries, fruit), any count; «побольше» is "
         "a wish, not a filter. Outside knowledge: Twinings «EARL GREY 25х2г» and «ДЛЯ ЗАВТРАКА 25х2г», Lipton Earl Grey 100 "
         "пакетиков (Магнит), Greenfield «Спринг Мелоди 25пак» (Магнит), Майский «смородина с мятой; душистый чабрец» and "
         "Принцесса Канди «цейлонский» are black teas although the title does not say so; Saito «в сашетах» = tea bags in envelopes. "
         "Loose tea (weights without a bag count: Akbar, Champion, Greenfield 100/200 г, Richard 80/90 г, Азерчай 100 г, "
         "Краснодарский 200 г, tins), green/oolong/herbal/fruit/hibiscus teas (incl. Tess FLAME, Tess Pina Colada), assortment "
         "sets (Curtis, Teekanne, Maitre), ice-tea drinks and UNICUM «GREEN TEA» dish soap excluded"),
        ("овсяное печенье пачечку", S(["3615356", "3639541", "3995521", "3995522", "3655049", "4050870"],
                                     ["106061", "106071"], E, E),
         "oatmeal cookies of any flavour (Любятово с черносливом, Миндальное овсяное, «Классическое» incl. with chocolate, "
         "Юбилейное овсяное, Хлебный спас Овсяное incl. the filled «Мультизлаковое»); oat flakes, porridge, muesli, Belvita and "
         "other non-oat cookies excluded"),
    ]),
    # fub06 mould, bathroom, yoghurt, bun
    ("средство от плесени, cillit bang для ванной, йогурт питьевой 2 бутылочки, булочка с маком", [
        ("средство от плесени", S(E, E, E, E),
         "no anti-mould cleaner in the offers; the cheeses «с белой/голубой плесенью» are a trap"),
        ("cillit bang для ванной", S(CILLIT_LIMESCALE, CILLIT_LIMESCALE_M, E, E),
         "Cillit Bang's bathroom line: Пятёрочка «CILLIT BANG Ср-во АНТИНАЛЕТ+БЛЕСК» and Магнит «Средство от налета и грязи "
         "Cillit Bang»; Cillit Bang АНТИЖИР (kitchen) and the toilet gel «CIL.B. … д/туал.» excluded"),
        ("йогурт питьевой 2 бутылочки", S(
            ["3632187", "3632191", "3632188", "4066181", "4037142", "3933627", "3363988", "3628400", "3628399", "3628398",
             "3628404", "3644386", "4038830", "4038831", "4035472", "4035473", "4035562", "4035564", "4035476", "4035471",
             "4035474", "4087592", "4001851", "4045339", "4045338"],
            ["206021", "205071"], E, E),
         "drinking yoghurt, any flavour: titles saying «питьевой/пит.» (Epica 290 г, Чудо, the children's «Йогурт питьевой … "
         "2,8% 190г») and, on outside knowledge, bottled yoghurts whose title omits it: Чудо 2,4% 270 г (Магнит titles the same "
         "products «питьевой»), Вкуснотеево 750 г «тетра-топ», Активиа and Данон 260 г, the bio-yoghurts «270г 1,0%»; «2 "
         "бутылочки» is a quantity. Spoonable cups (Bio-Max 125 г, Активиа/Слобода/Epica 140–170 г, Данон 110/350 г, Даниссимо), "
         "Даниссимо/Чудо «коктейль», Имунеле, Актимель, milkshakes and Greek yoghurts excluded"),
        ("булочка с маком", S(E, E, E, E),
         "no poppy-seed bun: Пятёрочка «Баранки оригинал.с маком» (bagel rings), Перекрёсток «Рулет Сдобная Особа с маковой "
         "начинкой» (a roll cake), «Мак кондитерский» and poppy-seed cake excluded; «МАК» in Makfa/«Изд.мак.» titles is a trap"),
    ]),
    # fub07 floor day
    ("средство для мытья пола подешевле\nтряпка для мытья пола\nтворожок 5 процентов пачку\nяиц 10 штук подешевле", [
        ("средство для мытья пола подешевле", S(E, E, E, E),
         "no floor cleaner in the offers; universal cleaners (Domestos universal, Sanfor universal, Cif spray) excluded as not "
         "sold for floors; «подешевле» is a wish"),
        ("тряпка для мытья пола", S(E, E, E, E),
         "no floor cloths in the offers; Магнит BIG CITY LIFE roll wipes 25x30 cm are not floor cloths"),
        ("творожок 5 процентов пачку", S(["3617778"], E, E, ["4216657"]),
         "plain cottage cheese exactly 5 %: Пятёрочка «СЕЛО ЗЕЛ.Творог 5% 500г», Перекрёсток «Творог 5% Молочный знак»; "
         "Домик в деревне «Творог мягкий» 5,5 % (other fat), Савушкин «101 ЗЕРНО+СЛ.5%» with berries, Данон «Творог зерненый в "
         "йогурте» with fruit, children's and flavoured curd, «продукт творожный» and «сыр творожный» excluded"),
        ("яиц 10 штук подешевле", S(["3446505", "3620510"], E, E,
                                   ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"]),
         "chicken eggs in packs of 10, any class (С0/СО, С1, отборные, the enriched «активита С1 с селеном и йодом»); packs of 6 "
         "and 20 (Лето) and quail eggs excluded; «подешевле» is a wish"),
    ]),
    # fub08 scouring powder, steel wool, cheese, white loaf
    ("порошок пемолюкс банку, губки металлические для кастрюль, сырку российского грамм 300, батончик белого хлеба", [
        ("порошок пемолюкс банку", S(PEMOLUX_P, E, E, E),
         "Pemolux scouring powder, any scent: Пятёрочка «ПЕМОЛЮКС Порошок ЛИМОН/МОРСКОЙ БРИЗ чист.480г»; Comet powder (other "
         "brand) and laundry powders excluded"),
        ("губки металлические для кастрюль", S(E, E, E, E),
         "no metal scourers in the offers"),
        ("сырку российского грамм 300", S(["4046889"], E, E, ["3668842"]),
         "Russian cheese: Пятёрочка «Сыр полутвердый Брест-Литовск российский 50% 200гр», Перекрёсток «Сыр Российский нарезка 50% "
         "Зелёная Линия»; «грамм 300» reads as the quantity wanted, not a pack size. Other cheese varieties and «Сервелат "
         "российский», «Шоколад Российский» (traps) excluded"),
        ("батончик белого хлеба", S(["3985404"], E, E, ["3974714"]),
         "a white loaf (батон): Пятёрочка «Батон «Звездный» нар», Перекрёсток «Батон Нарезной нарезка Маркет»; snack and chocolate "
         "bars («батончик»), «Набор шок.батон.», dark breads, hot-dog rolls and croutons excluded"),
    ]),
    # fub09 oven, pasta, tinned beef
    ("средство для духовки самое эффективное, макароны 2 пачки, тушенка из говядины 2 банки", [
        ("средство для духовки самое эффективное", S(DEGREASERS_P, DEGREASERS_M, E, E),
         "no product titled for ovens; kitchen degreasers accepted on outside knowledge (sold for stoves, ovens, grills and hoods): "
         "Cillit Bang «АНТИЖИР+СИЯН.» and Unicum / Unicum Gold «Жироудалитель» (Пятёрочка), «UNICUM Жироудалитель для кухни» "
         "(Магнит); «самое эффективное» is a wish. Dish soaps, universal cleaners and scouring powders excluded"),
        ("макароны 2 пачки", S(
            ["18497", "18460", "18453", "18463", "3438663", "3438670", "3438666", "3687625", "4075778", "4075782", "4008044",
             "4072891", "4072894", "4077766", "4077767", "4077771", "4008046", "4008047", "4008045", "4037645", "4037644",
             "4037652", "4037654", "4037666", "94424"],
            ["214631", "167851", "199251"], E, E),
         "any dry pasta shape (вермишель incl. «для супчика», звёздочки, перья, спагетти, спиральки, бантики, пружинки, облачка, "
         "свитки, фарфалле, фузилли, рожки, ракушки, улитки, капеллини, пенне, пипе, джирандоле; Feder, La Molisana, Makfa, "
         "Barilla, Baisad, Gusto di Roma, Макфа); instant noodles (incl. «Изделия макаронные быстрого приготовления»), soba, "
         "udon, фунчоза, лагман-лапша, pasta meal kits and ready «Паста Карбонара», «Куриный оладушек со спагети», chechil "
         "«спагетти» and Macaronika «Макарон» excluded; «2 пачки» is a quantity"),
        ("тушенка из говядины 2 банки", S(["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"], ["111741"], E, E),
         "tinned stewed beef («Говядина тушеная», any grade/brand); stewed pork, venison, «Буженина», «Мясо цыпленка», the "
         "«Каша … гречневая с говядиной», pâtés and the trap brand «СОВОК Свинина тушеная» excluded; «2 банки» is a quantity"),
    ]),
    # fub10 gloves, water, snack
    ("перчатки нитриловые, вода питьевая без газа 1.5л, сникерсы пара штук", [
        ("перчатки нитриловые", S(E, E, E, E), "no gloves of any kind in the offers"),
        ("вода питьевая без газа 1.5л", S(["3630602", "2139858"], E, E, ["3020", "3966336", "1913", "37168"]),
         "still drinking/table water in 1.5 l bottles: Архыз «Легенда Гор, негазированная» and «Пилигрим, минеральная, без "
         "газа» (Пятёрочка), Evian, Архыз Горная, Святой источник, Сенежская (Перекрёсток); sparkling and medicinal waters, other "
         "sizes (0.33–1 l, 2 l, 5 l) and flavoured «Аква Минерале» drinks excluded"),
        ("сникерсы пара штук", S(E, ["1000209560"], E, E),
         "Snickers bars: Магнит «SNICKERS Батончик белый 81г» (a Snickers variant); the Пятёрочка M&M's & Friends gift sets with "
         "Snickers minis excluded; «пара штук» is a quantity"),
    ]),
    # fub11 bathroom gel, hood, sour cream, cucumbers
    ("комет гель для ванной, антижир для вытяжки, сметана 15 процентов стаканчик, огурчики 3-4 штучки", [
        ("комет гель для ванной", S(E, E, E, E),
         "no Comet bathroom gel: Comet scouring powders (Пятёрочка «COMET Порошок», Магнит «Чистящее средство Comet, 475 г») and "
         "the Comet toilet gel «д/чистки и мытья унитаза … Океан» are other Comet products and excluded"),
        ("антижир для вытяжки", S(DEGREASERS_P, DEGREASERS_M, E, E),
         "kitchen degreasers: Cillit Bang «АНТИЖИР+СИЯН.», Unicum / Unicum Gold «Жироудалитель» (Пятёрочка), «UNICUM Жироудалитель "
         "для кухни» (Магнит); the purpose «для вытяжки» is not a filter. Dish soaps, universal cleaners excluded"),
        ("сметана 15 процентов стаканчик", S(["3665624"], ["de14617e33", "199001"], E,
                                            ["4272205", "4314536", "3665624", "4335470", "4262697", "4217907", "4121592",
                                             "4431124", "4095525"]),
         "sour cream exactly 15 %, any brand and cup size, incl. lactose-free (Parmalat Comfort, Простоквашино безлактозная); "
         "10/20/25/30 % sour cream, sour-cream chips/croutons/sauces excluded; «стаканчик» is the usual pack"),
        ("огурчики 3-4 штучки", S(E, ["200221", "169161"], E, ["4391463", "3682401", "3368258"]),
         "fresh cucumbers: Магнит короткоплодные/среднеплодные; Перекрёсток Ботаника, «Огурцы Хрустящие, 450г» and «Огурцы "
         "корнишоны, 300г» (fresh trays in the vegetable shelf; taken as fresh on outside knowledge, the titles do not say "
         "fresh or pickled). Salted, marinated and pickled cucumbers, pikuli, Магнит «Ассорти Черри и Корнишоны» (a jar) and "
         "cucumber shampoos excluded"),
    ]),
    # fub12 dishes, sponges, bags, coffee
    ("fairy 900 мл для посуды, губки подешевле, пакеты мусорные 35л, растворимого кофе банку", [
        ("fairy 900 мл для посуды", S(["3501028", "3501026"], E, E, E),
         "Fairy dish soap in the written 900 ml: Пятёрочка «FAIRY Ср.НЕЖ.РУКИ … 900мл» and «СОЧНЫЙ ЛИМОН … 900мл»; Fairy 430/450 ml "
         "(Пятёрочка, Магнит Platinum) excluded for size, other brands excluded"),
        ("губки подешевле", S(E, E, E, E), "no sponges in the offers"),
        ("пакеты мусорные 35л", S(E, BIN_35_EARS_M, E, E),
         "bin bags of 35 l: Магнит «МАГНИТ Мешки для мусора 35л 20шт ушки»; 60 l bags and food/breakfast bags excluded"),
        ("растворимого кофе банку", S(
            ["3158301", "3651382", "3691889", "3684932", "3496293", "3419749", "3928171", "3658915", "4035364", "4035358",
             "3971960", "3626060", "3626048", "3636926", "3636923", "3372172", "3488345", "3444962", "3403288", "3631185",
             "3465384", "3481996", "3428977", "3489546", "3153782", "3188030", "4035361", "3485301", "3626895", "3419750",
             "3659359", "3659496", "3932897", "4069896", "3359687", "4020246", "3472967"],
            ["1000111108", "65d8c64e3e", "106261", "106291", "7c427665e1", "167841", "9ab9dd431c", "ed5e14dfe7", "106161",
             "205121", "106231", "109351", "199191", "198971", "213631", "168211", "199321"], E, E),
         "instant coffee of any brand incl. freeze-dried and «молотый в растворимом»; jar vs soft pack is stated only for a few "
         "(«ст/б»), so all instant packs are accepted. Outside knowledge: Магнит «Кофе JARDIN Colombia Medellin, 95г» (instant, "
         "Пятёрочка titles it so) and «Московская Кофейня на паяхъ, Коломбо, 95 г» taken as instant. Beans, ground coffee, drip "
         "packs, Nescafé Latte/Cappuccino sachets, Магнит ready coffee drinks «зерновой 300мл» excluded"),
    ]),
    # fub13 toilet day
    ("domestos без хлора, утенок туалетный, таблетки для бачка, бумагу туалетную 8 рулонов", [
        ("domestos без хлора", S(E, E, E, E),
         "no chlorine-free Domestos: the offered Domestos gels (toilet «УЛЬТРА БЕЛЫЙ/БЛЕСК», universal 750 ml) are the chlorine "
         "gels (outside knowledge; no title says «без хлора»); the Domestos Power 5 rim block is not a cleaning liquid; excluded"),
        ("утенок туалетный", S(E, E, E, E),
         "no Туалетный утёнок / Duck product; Перекрёсток duck meat («Окорочок/Тушка/Филе грудки утёнка») is a trap"),
        ("таблетки для бачка", S(E, E, E, E),
         "no cistern tablets; rim blocks (Bref, Domestos Power 5), dishwasher tablets and cough drops excluded"),
        ("бумагу туалетную 8 рулонов", S(["3679801", "3449118", "4059050", "3900558"], E, E, E),
         "toilet paper in packs of 8 rolls: Papia White De Luxe, Papia 3сл, Zewa Deluxe, Zewa Just 1 (Пятёрочка); 4- and 12-roll "
         "packs (Zewa, Familia; Магнит Zewa Plus 12) excluded for count, moist toilet paper (Zewa «влаж.») excluded"),
    ]),
    # fub14 bleach spray, chlorine, dinner
    ("глорикс с отбеливателем, хлорка для дезинфекции, пельмешки пачку, майонез большую пачку", [
        ("глорикс с отбеливателем", S(E, E, E, E), "no Glorix product in the offers"),
        ("хлорка для дезинфекции", S(E, E, E, E),
         "no chlorine powder/bleach; Bref «с хлор-компонентом» (a rim block) and Cillit «дезинф.д/туал.» (toilet gel) excluded"),
        ("пельмешки пачку", S(
            ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532", "3666703", "3613651",
             "4000407", "3693405", "3671957", "3672557"],
            ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"], ["862d82ab40"], E),
         "frozen pelmeni of any filling/brand (incl. Горячая штучка «Бульмени»); хинкали, Calve sauce «д/пельм.» excluded"),
        ("майонез большую пачку", S(["3695167", "3982578", "3425670", "3163111", "3355228", "3193489", "3355242"], ["204681"], E,
                                   ["4352557", "4312243", "4233420", "3193489", "3163111", "4199312", "4112954", "3695167"]),
         "mayonnaise in a large pack, taken as 600 ml/g or more (600–800 ml, 630–744 g), any brand/kind; packs of 200–400 ml "
         "(Heinz, Mr.Ricco 375/400, Махеевъ 400, Скит, Слобода 375/400, Я люблю готовить 200/390) excluded as not large; "
         "Махеевъ «Соус ЦЕЗАРЬ майонезный» and sauces excluded"),
    ]),
    # fub15 glass, towels, chocolate
    ("средство для стекол и зеркал, бумажные полотенца 2 рулончика, молочную шоколадку", [
        ("средство для стекол и зеркал", S(E, E, E, E), "no glass/mirror cleaner in the offers"),
        ("бумажные полотенца 2 рулончика", S(["3449212", "3601010", "3431062"], E, E, E),
         "paper towels, 2 rolls: Papia «3сл.2рул», Familia «2 рулона»; «ZEWA Полотенца бумажные» (no roll count) accepted on "
         "outside knowledge (the usual Zewa pack is 2 rolls). Paper napkins, toilet paper and Магнит BIG CITY LIFE roll wipes "
         "excluded"),
        ("молочную шоколадку", S(
            ["4051313", "3499535", "3478916", "3478918", "3689776", "3681277", "3680750", "3468709", "3468711", "3468708",
             "3431029", "3386238", "2090982", "3500495", "3470562", "3500494", "3500492", "3500493", "3681592", "3626894",
             "3408080", "4053758", "3606533", "4055040", "3643945", "3468710", "3468707", "3483271", "3683712", "3626",
             "3426468", "3626617", "3468717", "3601839", "4021002", "4053724", "4053537", "4053801", "4053800", "4053799",
             "4053732", "4053597", "4024593", "3970073", "3642219", "4053804", "4053798", "3900599", "3957242", "4053802",
             "4078353", "4053760", "4078354", "3981472", "3445990", "3463392", "3937321", "4043205", "3445989",
             "3687847", "3971991", "3972000"],
            ["8f909bd3bf", "c91d6a24a7", "1000149245", "bf0fd36e40", "7a62d5bf49", "755922074b", "205931", "112361", "111691",
             "8429466760"],
            E, ["4353876", "3447877", "17333", "3448606", "4371496", "4353891", "3490515"]),
         "milk-chocolate bars/tablets of any brand, plain or with nuts, fillings, biscuit pieces (Milka, Alpen Gold, Россия, "
         "Dove, Ritter Sport, Schogetten, Аленка, Белочка, Воздушный, Степ, M&M's chocolate, Kinder Chocolate, KitKat bars and "
         "tablets). Outside knowledge: Магнит Milka «с карамельной начинкой/с фундуком/с цельным фундуком», Пятёрочка «Milka "
         "Bubbles, кокос» and «Шоколад Kit Kat, 58 г», Магнит «РОССИЯ GOLD SELECTION Шоколад Карамелло» are milk chocolate "
         "though the title omits it. Dark, bitter and white chocolate, mixed dark/white+milk tablets («молочный и белый "
         "пористый», «ТЕМНЫЙ … И МОЛОЧНЫЙ», Schogetten «ТРИЛОГИЯ», KitKat Senses mixes), Kinder eggs/figures, Milka egg figure, "
         "gift sets (Milka 3х90г), sweets, chocolate-coated cookies and bars not stated milk (Бабаевский, Коммунарка, Магнит "
         "«Россия, Кофе с молоком») excluded"),
    ]),
    # fub16 home remedies
    ("сода пищевая для чистки, уксус столовый 9% бутылка, лимонная кислота от накипи, сахарку песка 1 кг", [
        ("сода пищевая для чистки", S(E, E, E, E), "no baking soda in the offers; soda drinks, cleaning and laundry powders excluded"),
        ("уксус столовый 9% бутылка", S(E, E, E, E),
         "no 9 % table vinegar: Магнит «Уксус яблочный … 6% 500мл» excluded (other kind and strength)"),
        ("лимонная кислота от накипи", S(["3625350"], E, E, ["4236367"]),
         "citric acid: Пятёрочка «HAAS Лимонная кислота 250г», Перекрёсток «Кислота лимонная Пр!ст, 250г»; the purpose «от накипи» "
         "is not a filter; lemon-flavoured products excluded"),
        ("сахарку песка 1 кг", S(E, E, E, E),
         "no granulated sugar: Магнит «Сахар белый прессованный 1кг» (cubes) and Пятёрочка «Сахар тростниковый … Демерара 500г» "
         "excluded (not «песок»); sugar-free products excluded"),
    ]),
    # fub17 freshener, carpet, soap, sausages
    ("освежитель воздуха 2 баллона, ваниш для ковров, мыло хозяйственное 72% 2 куска, сосисочки к макаронам", [
        ("освежитель воздуха 2 баллона", S(["3974933", "3974927", "3654065", "3440052"], ["204531"], E, E),
         "aerosol air fresheners: Air Wick 290 мл, Glade 300 мл (Пятёрочка), Symphony 300 мл (Магнит); «2 баллона» is a "
         "quantity. Refill cans for automatic dispensers (Air Wick «Баллон сменн.», Glade «AUTOM./AUT.» and «см.бал./см.б», Магнит "
         "«Сменный баллон Airwick», «МАГНИТ Освежитель … см/бал») excluded; Glade «СВЕЖ.УТРА аэроз.269мл» excluded on outside "
         "knowledge (269 ml is the Glade Automatic refill size); deodorants and insect aerosols excluded"),
        ("ваниш для ковров", S(E, ["a8949198f1"], E, E),
         "Vanish carpet cleaner: Магнит «VANISH Gold Средство для чистки ковров»; Vanish Oxi laundry stain removers (Пятёрочка "
         "spray, Магнит powder) excluded"),
        ("мыло хозяйственное 72% 2 куска", S(E, E, E, E),
         "no laundry soap; toilet soaps (Safeguard, Camay, Fax, Dove cream soap) and liquid soap excluded"),
        ("сосисочки к макаронам", S(
            ["26457", "3359555", "4045572", "3948226", "4025037", "3663361", "3311600", "3385843", "3370433", "3486631",
             "3607043", "3018288", "3018289", "3642007"],
            ["206081", "112421", "213611", "159871"], E, ["4056912"]),
         "any сосиски (incl. Баварские, Венские, с сыром, из мяса птицы, Магнит «Сосиски Детям»); сардельки, колбаса, sausages in "
         "dough (Хотстеры), pet food excluded"),
    ]),
    # fub18 toilet brush, gel, wipes
    ("ершик для унитаза новый, сантри гель, салфетки влажные для рук", [
        ("ершик для унитаза новый", S(E, E, E, E), "no toilet brushes in the offers"),
        ("сантри гель", S(E, E, E, E),
         "no Сантри product; other toilet/bathroom gels (Domestos, Bref, Comet, Cillit) excluded because the brand was written"),
        ("салфетки влажные для рук", S(WET_WIPES_P, WET_WIPES_M, E, WET_WIPES_K),
         "wet wipes: Tolli Plus (Пятёрочка), SALFETI антибак (Магнит), Home Story antibacterial/antiseptic/tea-tree, Пр!ст "
         "antibacterial cosmetic and Kokoro baby wipes (Перекрёсток; baby wipes accepted, «для рук» is a purpose, not a filter); "
         "dry paper napkins, moist toilet paper (Zewa) and panty liners «Салфетки … ежедн.» excluded"),
    ]),
    # fub19 kettle, dishwasher, breakfast
    ("средство от накипи для чайника, таблетки для посудомоечной машины, овсянку на завтрак, молока 2.5% литр", [
        ("средство от накипи для чайника", S(E, E, E, E),
         "no kettle descaler; Calgon washing-machine products and citric acid (a food, its own item in fub16) excluded"),
        ("таблетки для посудомоечной машины", S(["3948780", "3925971", "3955097"], ["106491", "106111"], E, E),
         "dishwasher tablets of any brand/count: Finish Powerball All in 1 (Пятёрочка 50/65 шт), Somat All in 1 and Finish All In 1 "
         "(Магнит); dishwasher-free dish soaps excluded"),
        ("овсянку на завтрак", S(["4027131", "3472901", "3932885", "3659899"], E, E, E),
         "oats for porridge: «Хлопья овсяные Клинские «Геркулес»», «УВЕЛКА Хлопья зерн.овсян.трад.», and instant oat porridge "
         "(Быстров ассорти, Ясно Солнышко с лесными ягодами); children's cereals (Nestlé, Heinz, ФрутоНяня), Велле fermented oat "
         "products, oat drinks, oat bran, muesli and oat cookies excluded"),
        ("молока 2.5% литр", S(["3645808"], E, E,
                              ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "4310700", "af8570f806", "66ec0f255d",
                               "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243", "3613024",
                               "359aa76fc0", "62485733e9", "cb2f1055d7"]),
         "drinking cow milk exactly 2.5 % (past./UHT/steril., children's milk incl. Сарафаново «детское» as in real_basket_eval) in "
         "a litre-class pack of 900 ml – 1 l / 900 г – 1 кг (the usual «литр» cartons); Магнит Вкуснотеево 0,2 л and Можайское "
         "450 мл excluded for size; other fats, ranges, kefir/yoghurt/ряженка 2.5 % excluded"),
    ]),
    # fub20 hands, gloves, noodles, tea
    ("крем для рук от сухости кожи, перчатки латексные 100 шт, доширак, зеленый чай", [
        ("крем для рук от сухости кожи", S(["3657595"], E, E, E),
         "hand cream: Пятёрочка «NIVEA Крем УВЛ/МЯГК.д/рук 75мл»; «от сухости кожи» is a purpose. Face/body creams (Nivea Care «д/л», "
         "Johnson's baby), foot cream, Магнит «Крем ПАНТЕНОЛ EVO» (not a hand cream) and Fairy «Нежные руки» dish soap excluded"),
        ("перчатки латексные 100 шт", S(E, E, E, E), "no gloves of any kind in the offers"),
        ("доширак", S(E, E, E, E),
         "no Доширак: the brand was written, so Роллтон (Магнит) and the unbranded Пятёрочка «Изделия макаронные быстрого "
         "приготовления. Лапша …» are excluded, as are soba/udon/фунчоза"),
        ("зеленый чай", S(["3495758", "3482097", "3982372", "2133950", "4074015"], ["645eef49fe"], E, E),
         "green tea of any form and flavour: Curtis Mango and Hugo (pyramids), Lipton Matcha, Tess Lime, ASSAND jasmine, Richard "
         "green with melissa/mint (Магнит). Oolongs excluded as not green tea, incl. Saito «Чай зеленый … MILKY OOLONG» (titled "
         "green; judgement on outside knowledge), ASSAND «MILKY OOLONG» and «Зеленая Панда» oolong; black/herbal teas, cold-tea "
         "drinks (Lipton, Fuze, Nestea) and UNICUM «GREEN TEA» dish soap excluded"),
    ]),
    # fub21 laminate, bags, dinner, beer
    ("средство для мытья ламината, мешки мусорные с завязками, колбаска докторская граммов 400, помидорок кило, пивка 2 бутылочки", [
        ("средство для мытья ламината", S(E, E, E, E),
         "no floor/laminate cleaner; universal cleaners excluded; Syoss «эффект ламинирования» hair products are a trap"),
        ("мешки мусорные с завязками", S(E, BIN_35_EARS_M, E, E),
         "bin bags with ties: Магнит «МАГНИТ Мешки для мусора 35л … ушки» (tie handles, taken as «с завязками»); the BIG CITY LIFE "
         "60 l roll states no ties and is excluded; food bags excluded"),
        ("колбаска докторская граммов 400", S(["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"], E, E,
                                             ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115",
                                              "4255289", "78001451", "3033317", "4221913", "3639615", "3347584"]),
         "Докторская boiled sausage of any brand, sliced or whole, any pack or sold by weight («граммов 400» is the quantity); "
         "Докторские сосиски/сардельки and other boiled sausages excluded"),
        ("помидорок кило", S(E, ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"], E,
                            ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"]),
         "fresh tomatoes incl. cherry, cocktail, plum, pink, on the vine (Магнит, Перекрёсток); «кило» is a quantity. Marinated/"
         "salted tomatoes, sun-dried tomatoes in mussels/cheese, tomato paste, juice, chips and croutons excluded"),
        ("пивка 2 бутылочки", S(["3630690"],
                               ["7a049f38a7", "7d9ffc1dd9", "7f9482ca4a", "307d22d94c", "a982a99aeb", "30dda00a31",
                                "22307d326d", "956d7ab45e", "201971", "167991", "204931", "168001", "111441", "111751",
                                "160011", "108671", "108721", "104791", "159311", "160021", "202121", "205571", "168011",
                                "199071", "199081", "213061", "213471", "104801", "1f2ea4eaba"], E, E),
         "alcoholic beer of any colour/style incl. beer drinks of beer style (Жатецкий гусь чёрный, ABBE) as in real_basket_eval; "
         "«2 бутылочки» is a quantity, so cans are accepted too. Alcohol-free beer and beer drinks (Bud 0, Балтика 0 incl. "
         "flavoured, Горьковская IPA 0%, Hoegaarden/Крушовице non-alco, Балтика «б/а»), beer snacks and «пивной» croutons "
         "excluded"),
    ]),
    # fub22 hygiene, yoghurt, crispbread
    ("антисептик для рук на работу, йогурт греческий 2 стаканчика, хлебцы для перекуса", [
        ("антисептик для рук на работу", S(E, E, E, E),
         "no hand sanitiser (gel/spray); antiseptic/antibacterial wet wipes are another product and excluded"),
        ("йогурт греческий 2 стаканчика", S(["3601419", "3601418"], E, ["2000635792"],
                                           ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"]),
         "Greek yoghurt, plain or flavoured (Пятёрочка «Греческий» вишня/черника, Дикси Viola Греческий безлактозный, Перекрёсток "
         "Neo, Teos, Простоквашино, Зелёная Линия); feta-type «для греческого салата» cheeses and «греч.» oat drinks (trap) "
         "excluded; «2 стаканчика» is a quantity"),
        ("хлебцы для перекуса", S(["4054468", "3445942", "3195740", "3497592", "3692903"],
                                 ["e30e4beec2", "87af0ffa01", "a652ba460f", "8c18d20df8", "160201"], E, E),
         "crispbreads of any grain/flavour (Croisette, Dr.Korner incl. caramel, Щедрые, Eco-Botanica, МАГНИТ, Образ жизни); "
         "croutons, сухарики, bread loaves excluded"),
    ]),
    # fub23 sanitary ware, powder, laundry, coffee
    ("средство для сантехники, чистящий порошок самый дешевый, гель стиральный, кофейку 3 в 1", [
        ("средство для сантехники", S(CILLIT_LIMESCALE + ["3500607", "3956853", "3956850", "3438042", "4000274", "3674454"],
                                     CILLIT_LIMESCALE_M, E, E),
         "cleaners for baths, sinks and toilets: Cillit Bang АНТИНАЛЕТ (Пятёрочка) / «от налета и грязи» (Магнит), Bagi Акрилан "
         "(bath cleaner, outside knowledge), Domestos «ДЛЯ УНИТАЗА» gels, Cillit «д/туал.», Comet «д/чистки и мытья унитаза», "
         "Пятёрочка «Гель для чистки Bref» (toilet gel on outside knowledge, as in fresh_basket_eval_d). Rim blocks (Bref, "
         "Domestos Power 5), universal cleaners (Domestos, Sanfor, Cif), scouring powders, drain openers (Sanfor «д/засор.труб», Магнит «ТИРЕТ ТУРБО») "
         "and kitchen degreasers excluded"),
        ("чистящий порошок самый дешевый", S(["3669892"] + PEMOLUX_P, ["204491"], E, E),
         "scouring powders: Comet «Порошок УТР.РОСА чист.» and Pemolux (Пятёрочка), Магнит «Чистящее средство Comet, 475 г» "
         "(the Comet powder can, outside knowledge); laundry powders (a trap: «Стиральный порошок», «СМС … пор.») and cocoa powder "
         "excluded; «самый дешевый» is a wish"),
        ("гель стиральный", S(
            ["3485974", "3629982", "3491763", "3485975", "3923579", "3923578", "3965697", "3965696", "3965695", "3977826",
             "3929851", "3929849", "3974988", "3974987", "3642054"],
            ["204461", "203011", "159861", "112351", "105851", "109221", "204431", "204451", "205941", "106501", "106531"],
            E, E),
         "liquid laundry detergent (gel/«жидкое средство для стирки», any brand/kind: Ariel, Tide, Persil, Ласка, Woolite, Bimax, "
         "Losk); capsules (Ariel, Tide «гель капсулы», Persil Капс, Лоск), powders, fabric conditioners, Vanish stain removers, "
         "Calgon softener gel and shower gels excluded"),
        ("кофейку 3 в 1", S(E, E, E, E),
         "no 3-in-1 coffee mix; Nescafé «CLASSIC LATTE» sachets and «Classic Cappuccino» (other instant coffee drinks), instant "
         "coffee and Магнит ready coffee drinks excluded; «3 в 1» shampoos/shower gels are a trap"),
    ]),
    # fub24 kitchen grease, melamine sponge, sweet
    ("санита антижир, меламиновая губка, сырочки глазированные 3 шт", [
        ("санита антижир", S(E, E, E, E),
         "no Sanita product; degreasers of other brands (Cillit Bang, Unicum) excluded because the brand was written"),
        ("меламиновая губка", S(E, E, E, E), "no melamine or other sponges in the offers"),
        ("сырочки глазированные 3 шт", S(["3378597", "4015226", "3601367", "3410456", "3472523", "3689778"], E, E, E),
         "glazed curd snacks (Б.Ю. Александров «Сырок КАРТ. в м/шок.», «Сырок твор.глаз.» with pistachio, «в белом шоколаде», "
         "«глазированный, ванильный», «Суфле … глазированный», «Дес. … гл.тв.» glazed curd with biscuit); the unglazed «Сырок "
         "Свитлогорье, творожный» and Б.Ю. Александров «Десерт ЧИЗКЕЙК» (glaze not stated), nougat, cheese and smoked «сыро-» "
         "goods excluded; «3 шт» is a quantity"),
    ]),
    # fub25 glass and dust, fruit, wine
    ("клин для стекол, тряпочки для пыли, пронто для мебели, мандаринки кг, винишко красное не сладкое", [
        ("клин для стекол", S(E, E, E, E),
         "no Clin or other glass cleaner; Клины croutons and «БестКлин» (maker of Unicum) are traps"),
        ("тряпочки для пыли", S(E, ["e60056529f"], E, E),
         "Магнит BIG CITY LIFE «Салфетки в рулоне 25x30см 60л» accepted on outside knowledge (universal nonwoven cleaning wipes "
         "in a roll; the title does not say cleaning); paper napkins and towels, wet wipes excluded"),
        ("пронто для мебели", S(E, E, E, E), "no Pronto or other furniture polish in the offers"),
        ("мандаринки кг", S(E, E, E, ["1537", "3034500", "3254317"]),
         "fresh mandarins (Перекрёсток: plain, Марокко, с листом Китай); «кг» is a quantity; juices, nectars, sodas, yoghurt «с "
         "мандарином» and candy excluded"),
        ("винишко красное не сладкое", S(E,
            ["229b7b954e", "e70e8ddb93", "bade36759d", "ce196366c4", "5d8a8a24cf", "199091", "167471", "205611", "160031",
             "796c28c0db", "104811", "ef2a148a06", "3e95a63a20", "4489db94a1", "82c49b7fbf", "c2612cf80f", "01cec3f672",
             "202001", "202011", "202281", "e8053f6404", "168041", "111851", "7ad3172a4a", "213501", "213381"], E, E),
         "still red wine, dry or semi-dry («не сладкое» excludes sweet and semi-sweet), any origin and size (Магнит); semi-sweet "
         "reds (Киндзмараули, Ахашени, Лыхны, Брояница, Луиза Чао, Chevalier Lacassan п/сл), red Lambrusco, port, rosé, white, "
         "sparkling and alcohol-free wines excluded"),
    ]),
]


def blind_texts():
    """The list texts of the blind draft, in order (format: '=== fubNN' then the text lines)."""
    with open(BLIND, "rb") as fh:
        raw = fh.read()
    if hashlib.sha256(raw).hexdigest() != BLIND_SHA256:
        sys.exit("blind draft changed: sha256 differs from %s" % BLIND_SHA256)
    texts, cur = [], None
    for line in raw.decode("utf-8").split("\n"):
        if line.startswith("=== "):
            if cur is not None:
                texts.append("\n".join(cur).strip("\n"))
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).strip("\n"))
    return texts


def check_against_blind():
    blind = blind_texts()
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(LISTS)))
    for n, ((text, _items), btext) in enumerate(zip(LISTS, blind), 1):
        expected = btext
        if n in REPLACED:
            old, new = REPLACED[n]
            parts = [p.strip() for p in re.split(r"[,\n]", btext)]
            if parts.count(old) != 1:
                errors.append("fub%02d: replaced item %r not in the blind text" % (n, old))
            expected = btext.replace(old, new, 1)
        if text != expected:
            errors.append("fub%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_against_blind()
    stats(build(LISTS, OFFERS, OUT, "fub"))
