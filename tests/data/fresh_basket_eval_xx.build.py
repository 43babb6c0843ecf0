#!/usr/bin/env python3
"""Re-create fresh_basket_eval_xx.jsonl -- shopping lists of a mother on maternity leave with a toddler
(1-3 years), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_xx.build.py

LISTS below is literal data: 25 lists (3-5 items) as such a mother would type them to a Telegram bot
(children's dairy and curd snacks, purees, porridge, juice boxes, nappies and wipes, plus ordinary family
meals), and for every item the product ids of every store that a reasonable shopper who wrote exactly that
item would accept.  The lists were written first and frozen in fresh_basket_eval_xx.blind_lists.txt before
any offer was read; this script checks that every list text equals that blind draft (apart from the items
in REPLACED, which is empty).  Candidate titles were grepped broadly in real_offers_g.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings) and read one by one; the note of
each item records what was accepted, what was deliberately left out and any judgement resting on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The
labels were made without reading korzina's matcher, its data files, or the labels of any other set.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and writes the JSONL
in the format of real_basket_eval.jsonl.  List ids are fxx01, fxx02, ... in LISTS order; every list is in
split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_xx.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_xx.blind_lists.txt")

# (list number, blind item text, replacement item text, reason) -- items replaced after labelling
# because their whole list was empty in all four stores.  None were needed.
REPLACED = []


def P(ids=(), m=(), d=(), x=()):
    """acceptable ids per store: P(pyaterochka, magnit, dixy, perekrestok)"""
    return {"pyaterochka": list(ids), "magnit": list(m), "dixy": list(d), "perekrestok": list(x)}


E = P()  # nothing acceptable in any store

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 curd snack, fruit puree, nappies, milk
    ("творожок агуша клубника 4 шт, пюрешку фрутоняня яблочную, памперсики 4 размер, молока 2.5% пару пакетов", [
        ("творожок агуша клубника 4 шт", P(m=["1000564007"]),
         "Агуша children's curd with strawberry only (Магнит «Творог Клубника Агуша 3.9%»); Агуша mixes «Клубника банан "
         "мелисса», «Малиновый пломбир», other flavours, other brands' strawberry curds (Растишка, Чудо, Мама Лама, Тёма) "
         "excluded; «4 шт» is a quantity"),
        ("пюрешку фрутоняня яблочную", P(["3397865"], ["68374ad0ee"], ["T000007148", "2000227782"]),
         "ФрутоНяня single-fruit apple puree (Пятёрочка «ФРУТОНЯНЯ Пюре ябл.д/дет.», any size incl. 250 g); "
         "ФрутоНяня apple mixes (яблоко-банан, яблоко-персик, груша-яблоко, яблоко-ежевика-печенье, with cream), "
         "Gipopo «Яблоко» (other brand), juices and desserts excluded"),
        ("памперсики 4 размер", P(m=["ba8611ce1a", "53ba3d65f3", "da5217477c", "42c3dfa89a", "8f86f635d0"]),
         "«памперсы» taken as the generic word for taped nappies (she names brands elsewhere), size 4: Huggies Elite "
         "Soft 4, Huggies Ultracomfort 8-14 kg (incl. «для девочек»), Pampers Active Baby «Макси» (outside knowledge: "
         "Maxi = size 4), Merries 9-14 kg (outside knowledge: L = size 4 by weight); pants (трусики) are another form "
         "and excluded, as are sizes 1-3, 5, 6 (Pampers Midi/Junior/Extra Large, Merries 6-11 kg)"),
        ("молока 2.5% пару пакетов", P(m=["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036",
                                          "8000029029", "1000037901", "1000445487", "1051242602", "1000563706",
                                          "1000035016", "8000058293"],
                                       d=["2000024178", "2000546311", "2000263555", "2000313238", "2000511374",
                                          "2000273384", "2000600212"],
                                       x=["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"]),
         "cow drinking milk of exactly 2.5% (past./UHT, incl. Агуша children's milk 2.5% 200 ml); топлёное (Зелёная "
         "Линия), ряженка «Топленое молоко», kefir/yoghurt/milkshakes 2.5%, Агуша porridges 2.5% excluded; «пару "
         "пакетов» is a quantity"),
    ]),
    # L2 porridge, juice boxes, wipes, bananas
    ("каша хайнц гречневая, сок агуша яблоко 3 шт, салфеточки влажные для малыша, бананчиков связочку", [
        ("каша хайнц гречневая", E,
         "no Heinz buckwheat porridge in any store (Пятёрочка has only «HEINZ Каша 5 злаков»); buckwheat porridges of "
         "Агуша, ФрутоНяня, Nestle, Флёр Альпин are other brands and excluded"),
        ("сок агуша яблоко 3 шт", E,
         "no Агуша apple juice; Агуша «Вода и сок», «Напиток сокосодержащий», компот and морс are not juice; apple "
         "juices of other brands excluded"),
        ("салфеточки влажные для малыша", P(m=["c3df2e5787", "e5cc67293e", "47dd423390", "d50c79a365", "36ac79cfc0",
                                               "bd449a17ff"]),
         "wet wipes whose title says they are for children (Huggies Elite Soft, Pampers Kids/New Baby/Aqua Pure, Каспер "
         "«Детские»); antibacterial/universal/intimate wipes, La Fresh, АУРА «Солнце и луна» (title does not say "
         "детские), moist toilet paper (MON RULON «детская») excluded"),
        ("бананчиков связочку", P(d=["10E0074360"], x=["3652283", "4625"]),
         "fresh bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био»); Перекрёсток «Бананы для жарки» "
         "(plantains, outside knowledge), «Бананы красные» (an exotic variety), dried bananas and banana-flavoured "
         "goods excluded"),
    ]),
    # L3
    ("творожок тема 4.2%\nпеченюшки детские\nвода детская 1.5л\nфиле куриное охлажденное", [
        ("творожок тема 4.2%", P(m=["cdd1dc21e2", "318639b600"]),
         "Тёма curd (биотворог) labelled exactly 4.2% (Банан, Яблоко-персик-банан); Тёма curds of 4% / 4.5% (Клубника "
         "банан, груша, «для малышей», Дикси Клубника-банан 4%), 4.2% curds of other brands (ФрутоНяня, Зелёная Линия) "
         "excluded"),
        ("печенюшки детские", P(["3648884"], d=["2000529080", "2000602074"], x=["4251005", "4113987"]),
         "biscuits made for young children: Heinz «Детское печеньице», ФрутоНяня овсяное (50 g, 120 g, «для детей»), "
         "Gipopo «Банан-ваниль» (outside knowledge: Gipopo is a baby-food brand, Дикси also sells its baby porridges "
         "and purees); ordinary biscuits (Юбилейное витаминное, Полет), Медвежонок Барни cakes, curds «с печеньем» "
         "excluded"),
        ("вода детская 1.5л", P(m=["162ec6aa1d"]),
         "children's drinking water in 1.5 l (Магнит ФрутоНяня 1,5 л); children's water of 0.33/2.5/5 l (Черноголовка "
         "Бэйби, Кидси, ФрутоНяня 5 л) excluded by the written size"),
        ("филе куриное охлажденное", P(d=["2000180302", "DI00080023", "2000593951", "2000407516"],
                                        x=["3669585", "4242120", "4208844", "3694848", "4323072", "3273915", "2173555",
                                           "3946764", "4329298", "3653837", "52888", "3191300", "3362832", "3940063",
                                           "4312563", "3678985", "3649232", "3609675", "4116904", "3034277", "4347498",
                                           "3216279", "3336397"]),
         "raw chilled chicken breast fillet, incl. «малое филе» and «филе цыплёнка(-бройлера)» (taken as breast fillet, "
         "as in fresh_basket_eval_g); titles without «охлаждённое» (Петелинка, Латифа, «Филе куриное Перекрёсток») are "
         "fresh-counter fillets, none says frozen, so accepted; thigh fillet, bone-in «Грудка» and «Филе грудки … на "
         "кости», breaded strips, cooked/fried fillet and ready meals excluded"),
    ]),
    # L4
    ("пюрешка из индейки, кабачки молодые 2 шт, овсяные хлопья быстрые, творог 5% на сырники", [
        ("пюрешка из индейки", P(["3422801", "2167862"]),
         "single-meat turkey baby puree (Агуша индейка 80 g, Тёма индейка 100 g); Магнит Gerber «рагу из индейки с "
         "рисом» 190 g (a mixed dish), turkey meatballs/cutlets for adults excluded"),
        ("кабачки молодые 2 шт", E,
         "no fresh courgettes in any store; Магнит frozen cut courgettes (4 Сезона), кабачковая икра, courgettes in "
         "adjika and ФрутоНяня courgette puree excluded (fresh produce meant)"),
        ("овсяные хлопья быстрые", P(m=["1fbd6e427e"], d=["2000186448", "2000604115", "DI00078791"],
                                      x=["23772", "2122914", "2122919", "3503161", "3469027"]),
         "plain oat flakes whose title says they cook quickly («быстрого приготовления», «3-5 мин», «1 минута») or "
         "are Экстра №3 (Ясно Солнышко №3, Маркет №3; outside knowledge: №3 is the quick-cooking thin flake); "
         "Геркулес, №2, Nordic and other flakes without a quick claim, Nordic «Ленивая овсянка» (no-cook overnight), "
         "flavoured instant porridges (Быстров, Геркулес с клубникой, Пр!ст «с яблоком») excluded"),
        ("творог 5% на сырники", P(m=["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349",
                                       "8000069908", "1000441658", "8000030462", "1000377235", "1720c2be05",
                                       "9aeeb10b64", "1000512632", "c7f0f0e5ec", "2400019178", "1000372786",
                                       "1000475531", "1000572167", "1000208909", "1079990193", "1000306424",
                                       "1000224037", "1000453157", "1000426473", "161690c563", "1000448251"],
                                    d=["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093",
                                       "2000555052", "2000227595", "2000539346", "2000568077", "2000309621",
                                       "2000512184", "2000599971"],
                                    x=["4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116",
                                       "4294066", "3668864", "4274201", "3279582", "3617778", "4050943"]),
         "plain cottage cheese of exactly 5% (crumbly, soft/«нежный», lactose-free, «из топленого молока», «Зёрнышко», "
         "Зелёная Линия plain children's биотворог 5%); flavoured, «с изюмом», «с вареньем», «зерненый в сливках», "
         "101 Зерно + сливки, 5.5% (Домик в деревне мягкий) and other fats excluded; «на сырники» is a purpose"),
    ]),
    # L5
    ("хаггис трусики 5ка, присыпку детскую, крем от опрелостей под подгузник", [
        ("хаггис трусики 5ка", P(m=["a78e2bc769", "78d734dc89", "2c12ecfe75", "e9c1afcca2", "95a79e7ff1", "a70e7765ba"]),
         "Huggies nappy pants size 5: Elite Soft 5, Disney «Джуниор 5» (boys/girls), «Элит софт, 5 размер», Little "
         "Walkers 13-17 kg (outside knowledge: Huggies pants 5 = 13-17 kg); Huggies pants of 3, 4/Макси 9-14 kg and 6, "
         "taped Huggies nappies 12-22 kg and other brands' pants excluded"),
        ("присыпку детскую", E, "no baby powder (присыпка) in any store"),
        ("крем от опрелостей под подгузник", E,
         "no nappy/rash cream in any store; face, hand and universal creams (Nivea, Mixit, L'Oreal) excluded"),
    ]),
    # L6
    ("сырок ростишка, йогуртики растишка, детский кефирчик, яблочки зеленые кг", [
        ("сырок ростишка", E,
         "Растишка makes no curd bar (сырок) in these offers; its curd pots («Творог Растишка …») are «творожок», a "
         "different product from «сырок» (the persona writes «растишка творожок» for those), so excluded; other "
         "brands' сырки excluded"),
        ("йогуртики растишка", P(["3463087"], ["1000211109", "8000022363", "1000568730", "1059990444", "1000334603", "1000559788"],
                                  ["2000280864"], ["3629034", "4356575", "4023796", "4341332"]),
         "every Растишка yoghurt, drinking or spoonable, any flavour (Пятёрочка «РАСТИШ.Йогурт»); Растишка curds "
         "(творог) excluded"),
        ("детский кефирчик", P(x=["18510"]),
         "kefir made for children (Перекрёсток Агуша «Кефир детский … с 8 месяцев»); ordinary kefir, children's "
         "ряженка/biolakt/drinking yoghurt, Имунеле/Actimuno kids drinks excluded"),
        ("яблочки зеленые кг", P(m=["18871c6e60"], d=["10E0076186"],
                                   x=["3366327", "4097664", "4194478", "4152180", "4047567", "3171926"]),
         "fresh green apples: Гренни Смит, «зелёные», Симиренко (outside knowledge: a green variety); «Яблоки Органика "
         "Зелёная Линия» (brand name, colour not stated), Голден, Муцу, red and unnamed apples, apple juices/purees "
         "excluded; «кг» is a quantity"),
    ]),
    # L7
    ("фарш говядина кило, макарошки звездочки, российский сыр на бутерброды, огурцы в салат", [
        ("фарш говядина кило", P(d=["2000322809", "2000207953"], x=["4288090", "4013", "4357432"]),
         "raw beef mince (Мираторг, Иван Мясоедов, Перекрёсток «говяжий», Хороший Кусок «из говядины»); mixed "
         "«домашний»/«деревенский»/«фермерский», pork, turkey and pollock mince excluded; «кило» is a quantity"),
        ("макарошки звездочки", P(m=["6d2462031e", "54953eed21"]),
         "star-shaped pasta (Makfa «Звездочки», Barilla «звёздочки Стеллине»); soup «со звёздочками» excluded"),
        ("российский сыр на бутерброды", P(m=["1000316962", "f6d00325e6", "1000057898", "8000046707"],
                                            d=["2000397412", "2000209050"], x=["3668882", "3629975"]),
         "Российский cheese of any fat and form (piece, weighed, slices); Магнит «Продукт По-Российски … на основе "
         "растительного жира» excluded"),
        ("огурцы в салат", P(m=["a228350700"], d=["2000205870", "2000271421", "2000088660", "ЦТ0001499", "2000327957"],
                               x=["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072",
                                  "2131726"]),
         "fresh cucumbers of any type (гладкие, колючие, короткоплодные, длинные, Бакинские; Перекрёсток «Огурцы "
         "Хрустящие» without a size taken as fresh loose cucumbers, Дикси «Огурцы корнишоны, в упаковке, 300 г» taken as fresh gherkins — Дикси "
         "sells its salted ones separately); pickled/salted/jarred cucumbers (Шесть соток "
         "«хрустящие» 720 мл, Globus, Лукашинские, Дядя Ваня), assortments excluded"),
    ]),
    # L8
    ("пюре gerber груша, печенье heinz, сок фрутоняня маленький, биолакт", [
        ("пюре gerber груша", E,
         "no Gerber pear puree; Gerber purees are broccoli, carrot, pumpkin, cauliflower and meat dishes; pear purees of "
         "ФрутоНяня excluded (other brand)"),
        ("печенье heinz", P(["3648884"]),
         "Heinz biscuits (Пятёрочка «… печенье Heinz Детское печеньице 160гр»); Heinz porridge and purees excluded"),
        ("сок фрутоняня маленький", P(d=["2000592316", "2000193829", "ЦТ0042596", "ЦТ0017501", "ЦТ0017504"],
                                        x=["67047"]),
         "ФрутоНяня juice in the small 0.2 l pack, any flavour; ФрутоНяня juice 0.5 l («маленький» excludes it), "
         "nectars, морс, «Напиток» and other brands' juices excluded"),
        ("биолакт", P(m=["1000137750", "1000109601", "1000429964", "1000429965", "1000429963"],
                       d=["2000537635", "2000598171"], x=["4212867", "4212869", "3452758"]),
         "every product sold as биолакт (Тёма plain/sweet/fruit, Домик в деревне «Биолакт Персик»); biokefir, "
         "biojogurt, kefir and ряженка excluded"),
    ]),
    # L9
    ("картофель мытый 3кг\nморковь для супа\nлук 1 сетку\nбедро куриное для супа\nсметанку 15 в суп", [
        ("картофель мытый 3кг", P(d=["2000003215", "2000321309"]),
         "fresh potatoes whose title says washed (Дикси «белый мытый», «красный мытый»); potatoes without «мытый» "
         "(Дикси «Картофель», «Белорусский», Перекрёсток loose, «для варки 3кг», Бэби…), sweet potato, boiled/frozen "
         "potato excluded; «3кг» read as the quantity wanted, not a pack filter"),
        ("морковь для супа", P(d=["ЦТ0036199", "DI00078733"], x=["3463356", "19345", "3368256", "60529", "4299784"]),
         "fresh carrots incl. mini carrots (Зайкино Счастье) and washed packs; boiled peeled carrots, carrot salads, "
         "juices and purees excluded; «для супа» is a purpose"),
        ("лук 1 сетку", P(d=["10E0074356", "2000270979"], x=["45463", "3969", "81209", "3016772", "3368253"]),
         "fresh (yellow) bulb onions, loose, in a net or peeled; red onions, dried/ground onion, leek, shallot, green "
         "onion excluded; «1 сетку» is a quantity"),
        ("бедро куриное для супа", P(m=["6bf2d45df8", "d9a7978145"], d=["2000581594"],
                                       x=["2160048", "78004576", "3683728"]),
         "raw chicken thighs with or without bone (Петелинка, Петруха, «филе бедра»); wings, whole birds, breast, beef "
         "«бедро говяжье», turkey thigh and Магнит «БЕДРО КУРИНОЕ гриль» (taken as a grilled ready product) excluded"),
        ("сметанку 15 в суп", P(m=["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874",
                                     "c90113311e", "2645f50028", "b699c0f510", "1000082622", "1899900582", "1000372785",
                                     "1000208902", "8000035449", "1000558440", "8000057502", "8000072734",
                                     "1000463648"],
                                  d=["2000276122", "2000220967", "2000595012", "2000024201", "2000544034",
                                     "2000411404", "2000279280"],
                                  x=["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035",
                                     "4335470", "29910", "3391034", "3142744", "3667086", "3651189", "3423443",
                                     "4349772", "4349771"]),
         "plain sour cream of exactly 15% (incl. lactose-free and «из топлёных сливок»); Пятёрочка «пикантная, с "
         "чесноком 15%», other fats, сметанный mayonnaise and sauces excluded"),
    ]),
    # L10
    ("каша nestle молочная рисовая, смесь нан 2, детская водичка 5л бутыль", [
        ("каша nestle молочная рисовая", E,
         "no Nestle rice porridge; Дикси Nestle porridges are buckwheat and oat; milk rice porridges of ФрутоНяня and "
         "Агуша are other brands and excluded"),
        ("смесь нан 2", E, "no infant formula (NAN or other) in any store"),
        ("детская водичка 5л бутыль", P(m=["7f00277465", "daea15c2c5"], d=["2000311289", "2000601611"]),
         "children's drinking water in 5 l bottles (ФрутоНяня, Аквалайн «для детского питания», Черноголовка Бэйби, "
         "Кидси); children's water of 0.33/1.5/2.5 l and ordinary water excluded"),
    ]),
    # L11
    ("сок тема 200мл, сушки малютка, йогурт питьевой детский, бананчики 3 шт", [
        ("сок тема 200мл", E, "no Тёма juice in any store; Тёма sells purees and dairy only here"),
        ("сушки малютка", P(m=["99f439b486"], x=["4280136"]),
         "small sushki: Магнит НЕВСКАЯ СУШКА «Сушки-мини, маковые», Перекрёсток «Сушки Ладожский малышок без сахара» "
         "(outside knowledge / judgement: «малютка» names the tiny sushki, both are mini sushki); Тараллини "
         "(Italian taralli), баранки and бублики excluded"),
        ("йогурт питьевой детский", P(["3463087", "56595", "21842"],
                                       ["1000206971", "1000206972", "8000022363", "1059990444", "1000334603",
                                        "1000138066", "1000094173", "1000461609", "1000559788"],
                                       [], ["4159721", "4159716", "2151254", "4023796", "4341332"]),
         "drinking yoghurt made for children (Агуша, Тёма биойогурт питьевой, ФрутоНяня питьевой, Растишка питьевой); "
         "Магнит «Йогурт Агуша Клубника земляника 2.7% 180г» taken as Агуша's drinking yoghurt bottle (outside "
         "knowledge); spoonable Растишка/СуперКид yoghurts, adult drinking yoghurts (Чудо, Тёлушка), IMMUNO LAKTO / "
         "Actimuno / Имунеле kids fermented drinks and milkshakes excluded"),
        ("бананчики 3 шт", P(d=["10E0074360"], x=["3652283", "4625"]),
         "fresh bananas as in fxx02; plantains («для жарки»), red bananas, dried bananas excluded; «3 шт» is a quantity"),
    ]),
    # L12
    ("творожок чудо детки, пюре тема говядина, греча ядрица 2 уп", [
        ("творожок чудо детки", E,
         "no Чудо «Детки» (children's line) in any store; adult Чудо творожки/desserts and other children's curds "
         "excluded"),
        ("пюре тема говядина", P(["3157361"], d=["DI00081318"], x=["4212876"]),
         "Тёма single-meat beef puree; Тёма beef mixes (с печенью, сердцем, языком, гречкой, кабачками, цыплёнок-"
         "говядина), телятина and other brands excluded"),
        ("греча ядрица 2 уп", P(["3332671", "3601663"], [],
                                 ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286",
                                  "2000180341", "2000539995", "2000219613"],
                                 ["3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178", "4009020",
                                  "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448", "4090171",
                                  "4019310", "3603166", "39155", "3600743", "3696237", "3477255", "3231481", "3493533",
                                  "3994791"]),
         "buckwheat groats (ядрица), incl. quick-cooking, steamed and boil-in-bag packs; plain «гречка»/«крупа "
         "гречневая» titles without «ядрица» accepted (outside knowledge: ordinary buckwheat groats are ядрица); green "
         "buckwheat, buckwheat flakes/flour/drinks, ready dishes and Перекрёсток «Гречка» at 47.99 with no weight "
         "(taken as a cooked side) excluded; «2 уп» is a quantity"),
    ]),
    # L13
    ("подгузники libero 3, влажные салфетки pampers, диски ватные, детский шампунь без слез", [
        ("подгузники libero 3", E, "no Libero nappies in any store; Huggies/Pampers/Merries excluded (other brands)"),
        ("влажные салфетки pampers", P(m=["e5cc67293e", "47dd423390", "d50c79a365"]),
         "every Pampers wet-wipe pack (Kids hygiene, New Baby, Aqua Pure); Huggies and other wipes excluded"),
        ("диски ватные", P(m=["51bcbab403", "472f57de85"]),
         "cotton pads (Белла Коттон, Я самая); cotton buds excluded"),
        ("детский шампунь без слез", E,
         "no children's shampoo whose title says «без слёз»; Магнит «Шампунь ГОНКИ детский 2 в 1», БЕБЛ shampoo-gel and "
         "Дикси BABY BOOM shampoo do not claim tear-free and are excluded (qualifier respected)"),
    ]),
    # L14
    ("пельмени мясные подешевле пачку, сметана 20 жирная, белый хлеб нарезку, чай черный пакетики 100 шт", [
        ("пельмени мясные подешевле пачку", P(["b2a466763c"],
                                               ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca",
                                                "d6fdebf3e4", "dabbb02c05", "f4f41d5103", "72632b1f85"],
                                               ["2000282673", "2000558274", "2000318344", "2000411354", "2000565192", "2000596851", "2000596852"]),
         "frozen pelmeni with meat filling of any kind incl. chicken (Стародворские «Сочные куриные») and Горячая штучка Бульмени; "
         "Цезарь «Царское застолье»/«Гордость Сибири» have no filling in the title and are taken as meat pelmeni "
         "(outside knowledge); Перекрёсток fish pelmeni (Четверг, треска) excluded; «подешевле» is a wish"),
        ("сметана 20 жирная", P(m=["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371",
                                     "1000102474", "1000429067", "1000574404", "1000574405"],
                                  d=["2000276139", "2000509714", "2000220966", "2000166052", "2000544033",
                                     "2000509715", "2000411407"],
                                  x=["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375",
                                     "3629029", "3166306", "4072176", "4376610", "3181748", "4095524"]),
         "plain sour cream of exactly 20%; 15/25/30% and cream 20% excluded"),
        ("белый хлеб нарезку", P(m=["643727af2a", "67f076fea4", "7fa10b807d"],
                                   x=["4318510", "4102687", "4329402", "3680023", "4329401", "4264947", "4323653"]),
         "sliced white (wheat) bread, incl. sliced batons (нарезка/нарезанный: Горчичный, Утренний, Нарезной, Молочный, "
         "«к завтраку», toast bread) and Зелёная Линия «Хлебец Белый с отрубями нарезанный»; unsliced loaves (Батон "
         "Коломенское «Нарезной» — нарезной is the shape —, «Батон Новый», «Батон, 300г», Чайный), rye/rye-wheat, "
         "bran and grain loaves (Отрубной, Зерновой, Столичный, Дарницкий), sliced loaves whose flour is not stated "
         "(Крестьянский, Смак Бабушкин) excluded"),
        ("чай черный пакетики 100 шт", P(["18087", "3141303", "2070399"],
                                           ["f27576dc9c", "8e34db68c9", "262636efc4", "539736f8c3", "1305f039da",
                                            "c237948667", "79c875b985", "f528489d63", "1ce117e378", "62e44aad83",
                                            "0b0945cde7", "62e737f079", "f2ec203f7f"],
                                           ["2000520549", "2000289445", "2000568232", "2000224056", "2000295224"],
                                           ["3378336", "2147890", "3662837", "2070399"]),
         "unflavoured black tea in packs of 100 bags (100x1.5-2 g; Пятёрочка «ярл.» = tagged bags; Азерчай «Букет» is its "
         "plain blend); flavoured black teas (Earl Grey/бергамот, чабрец, Сиеста, Pleasure, Forest Dream, Spring Melody), "
         "assortments, green tea, packs of 20/25 bags and loose tea excluded"),
    ]),
    # L15
    ("яйца с1 десять штук, сливочное масло простоквашино 82.5%, плавленые сырки 2-3 шт, батон свежий", [
        ("яйца с1 десять штук", P(m=["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
                                    d=["2000588991", "2000596671", "2000269323", "2000238733", "2000139399",
                                       "1041042135"],
                                    x=["3001671", "4085791", "2131763", "2109476", "3182856"]),
         "hen eggs of class С1 («1 категории» incl.) in packs of 10; С0/СО/отборные, С2, «высшей категории», packs of "
         "6/15/20/30, quail eggs excluded"),
        ("сливочное масло простоквашино 82.5%", E,
         "no Простоквашино butter in any store; 82.5% butters of other brands excluded"),
        ("плавленые сырки 2-3 шт", P(m=["1000227071"]),
         "processed cheese bars of the «сырок» kind (Магнит «Сыр плавленый Карат Дружба 45% 90г»); tubs, triangle "
         "portions and slices of processed cheese (Hochland, President, Viola, Экомилк, Сыробогатов 130-400 g), "
         "«Плавленый продукт»/«Продукт плавленый» Дружба (not cheese) and сырки творожные excluded"),
        ("батон свежий", P(m=["a37c992f14", "7fa10b807d"],
                            x=["4318510", "4318511", "2065120", "4329401", "3680023", "4102687", "4329402", "4157283",
                               "4264947", "78011178"]),
         "every loaf sold as «Батон» (нарезной, молочный, горчичный, зерновой, отрубной, утренний, «к завтраку», "
         "«Новый»); батончики, хлебцы and other breads excluded; «свежий» is a wish"),
    ]),
    # L16
    ("фрутоняня пюре тыква, каша фрутоняня безмолочная кукурузная, сок фрутоняня яблоко 0.2", [
        ("фрутоняня пюре тыква", E,
         "no ФрутоНяня pumpkin puree; Пятёрочка Gerber «Пюре ТЫКВА» (other brand), Heinz «Яблоко-тыква-морковь-манго» "
         "and Сады Придонья mixes excluded"),
        ("каша фрутоняня безмолочная кукурузная", E,
         "no ФрутоНяня dairy-free corn porridge; ФрутоНяня milk porridges (рисовая, гречневая, злаковая…) excluded"),
        ("сок фрутоняня яблоко 0.2", P(d=["ЦТ0017501"], x=["67047"]),
         "ФрутоНяня single-fruit apple juice 0.2 l; ФрутоНяня apple juice 0.5 l, apple mixes (яблоко-вишня, -персик, "
         "-виноград), nectars excluded"),
    ]),
    # L17
    ("кефир 1% литровый, ряженки бутылку, творог 0% мне, бифидочек", [
        ("кефир 1% литровый", P(m=["1899911984", "1000166736"], d=["2000227476", "2000166045"],
                                  x=["4334308", "4328084", "3636340", "3467794", "2084558", "3352331", "3604602"]),
         "kefir of exactly 1% in the ~1 l carton (900 g-1 l; judgement: 900-970 g/ml packs are what is sold as the "
         "litre pack); 330/400/500/800 g/ml packs, «кефирный продукт», «биокефирный продукт», «Биопродукт … кефирный» "
         "(not kefir) excluded; Биокефир Большая Кружка 1% is only in 500/800 ml and excluded by size"),
        ("ряженки бутылку", P(m=["1000385205", "1000439736", "1000451592", "1000371474", "1000348552"],
                                d=["2000536771", "2000587053", "2000543673", "2000313789"], x=["4230794", "4173940"]),
         "plain ryazhenka of any fat and pack (incl. Агуша «Детская» 3.2% and Дикси Домик в деревне «Топленое "
         "молоко» 2.5%, taken as the plain variety); fruit-flavoured ryazhenka (клубника, груша, малина, печёное "
         "яблоко, банан-карамель, курага-чернослив) excluded; «бутылку» is a quantity"),
        ("творог 0% мне", P(["4067060"], ["1899910741", "1000157386", "1000453156", "1eb57431af"], [], ["3194302"]),
         "cottage cheese labelled 0% or «обезжиренный» without another fat value (judgement: fat-free cottage cheese is "
         "what «0%» asks for); Резной Палисад «обезжиренный 1.8%», 2% and other fats excluded"),
        ("бифидочек", E,
         "no product sold as «бифидок»; Пятёрочка Простоквашино «Биопродукт кисломолочный кефирный, обогащ. "
         "бифидобакт.» and Актибио bifido yoghurts are other products and excluded"),
    ]),
    # L18
    ("печенье бебивита, детский сырок без глазури, агуша пюре яблоко-банан, молоко детское 3.2", [
        ("печенье бебивита", E, "no Bebivita products in any store; other children's biscuits excluded"),
        ("детский сырок без глазури", E,
         "no curd bar sold as children's; unglazed сырки (Коровка из Кореновки, Ростагроэкспорт, Хозяйство Васильевой, "
         "Вемол, Пискаревский) do not say детский and are excluded, as are glazed сырки and children's curd pots"),
        ("агуша пюре яблоко-банан", E,
         "no Агуша apple-banana puree; Агуша «Яблоко банан клубника и киви», «Яблоко Груша Банан Манго» (other mixes), "
         "ФрутоНяня «Яблоко-банан» (other brand) and Агуша curd «Яблоко банан» excluded"),
        ("молоко детское 3.2", P(["2144368"], ["1051242645", "1000172272", "1059990140", "1899800825", "8000081425"],
                                   [], ["3668953"]),
         "children's drinking milk of exactly 3.2% (Агуша, Тёма, Аммм безлактозное «с 8 месяцев», Зелёная Линия «для "
         "детского питания»); adult 3.2% milk, children's milk 2.5%, milkshakes and porridges excluded"),
    ]),
    # L19
    ("минтай филе без кожи замороженный, рис круглозерный на кашу, брокколи заморозка, подсолнечное масло 1л", [
        ("минтай филе без кожи замороженный", P(m=["21f5feb583"]),
         "frozen skinless pollock fillet (Магнит «Минтай МАГНИТ филе без кожи свежемороженый»); Магнит «МИНТАЙ филе, "
         "полуфабрикат из замороженного сырья» (sold thawed, skin not stated), whole/headless pollock, pollock mince "
         "and roe, other fish fillets excluded"),
        ("рис круглозерный на кашу", P(d=["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260",
                                           "2000282743", "DI00080510"],
                                        x=["4332035", "3674360", "3603169", "3231277", "3469128", "3469127"]),
         "white round-grain rice of any pack (incl. boil-in-bag 5x80 g, «Рис круглый», «круглозернистый»); Агро-Альянс "
         "«Экстра элитный кубанский» accepted as round-grain (outside knowledge: Kuban rice is round-grain); long-grain, "
         "parboiled, basmati, jasmine, brown, «для плова», risotto (Бальдо, Адриатика) and sushi/Japanese rice "
         "excluded"),
        ("брокколи заморозка", P(m=["21a3b30de8", "6692f38506"], d=["2000184223"],
                                   x=["74445", "4019919", "4019915", "3444750", "2125852", "4003966", "3405386",
                                      "4225833", "3489151", "4325364", "3625801", "4152339", "4238817", "2059262",
                                      "4320949"]),
         "frozen broccoli of any brand/size (Магнит HORTEX 400 g taken as frozen — outside knowledge: Hortex sells "
         "frozen vegetables); fresh broccoli/broccolini, broccoli-cauliflower mixes, purees, seeds excluded"),
        ("подсолнечное масло 1л", P(d=["2000002844", "2000268261", "2000005808", "2000296713", "2000555852",
                                        "DI00079242", "2000005809", "2000003488"],
                                     x=["97647", "6275", "2093709", "2043188", "2068955", "2007886", "3426155", "23714",
                                        "21676", "4269568"]),
         "sunflower oil (refined or unrefined) in a 1 l bottle; other sizes (0.25-0.9 l, 1.7/1.8/2/2.7 l), blends with "
         "olive/almond/linseed/wheat germ oil, flavoured oils and sprays excluded"),
    ]),
    # L20
    ("мясное пюре агуша кролик, овощное пюре цветная капуста, сок абрикос детский", [
        ("мясное пюре агуша кролик", P(["3422804"]),
         "Агуша rabbit meat puree; Агуша beef/turkey/chicken purees and Тёма «цыплёнок с кроликом» excluded"),
        ("овощное пюре цветная капуста", P(["2170475", "3354778"], ["0a017a327d"], [],
                                            ["2170475", "3071057", "3403346", "4084220", "4149718", "3600608"]),
         "single-vegetable cauliflower baby puree of any brand (Gerber «ЦВ.КАП.»/«Только цветная капуста», ФрутоНяня, "
         "HiPP, Semper, Маленькое Счастье, Агуша); mixes (Gerber «Цветная капуста и картофель», ФрутоНяня with corn "
         "and carrot, Сады Придонья, ФрутоНяня крем-суп) excluded"),
        ("сок абрикос детский", E,
         "no children's apricot juice; Магнит Сады Придонья «Яблоко-абрикос» 1 l (a mix, not children's) excluded"),
    ]),
    # L21
    ("хлопья кукурузные без сахара ребенку, молочко агуша 2.5, бананов кг на неделю, печенье мария 2 пачки", [
        ("хлопья кукурузные без сахара ребенку", E,
         "no corn flakes whose title says without sugar; plain Любятово «Хлопья кукурузные» (sugar not stated), honey, "
         "glazed and cinnamon flakes excluded"),
        ("молочко агуша 2.5", P(m=["1051242602"]),
         "Агуша children's milk 2.5% (200 ml); Агуша milk 3.2%, Агуша porridges/yoghurts 2.5-2.7% excluded"),
        ("бананов кг на неделю", P(d=["10E0074360"], x=["3652283", "4625"]),
         "fresh bananas as in fxx02; «кг на неделю» is a quantity"),
        ("печенье мария 2 пачки", E, "no «Мария» biscuits in any store («Санта Мария» are pears)"),
    ]),
    # L22
    ("куриные грудки, гречка в варочных пакетиках, помидоры черри ребенку, сливки 10% в соус", [
        ("куриные грудки", P(d=["2000180302", "DI00080023", "2000593951", "2000407516"],
                              x=["3673509", "3669585", "4242120", "4208844", "53105", "3694848", "4323072", "3273915",
                                 "2173555", "3946764", "4329298", "3653837", "52888", "3191300", "3362832", "3940063",
                                 "4312563", "3678985", "3649232", "3609675", "4116904", "3034277", "4347498",
                                 "3216279", "3336397"]),
         "raw chicken breast, boneless fillet or on the bone («Грудка Псковская», «Филе грудки … на кости»), incl. "
         "«филе цыплёнка(-бройлера)» taken as breast; thighs, wings, breaded/cooked chicken and ready meals excluded"),
        ("гречка в варочных пакетиках", P(d=["2000300392", "2000272542"],
                                           x=["4353613", "28960", "4061364", "4009020", "3674200", "3603166", "3696237",
                                              "3493533"]),
         "buckwheat in boil-in bags: titles saying «в пакетах для варки»/«в варочных пакетах» and multi-portion packs "
         "5x80 g, 8x62.5 g, 4x100 g (outside knowledge: Зернышко к зернышку, Мистраль, Увелка, Prosto, Маркет sell "
         "these portions in boiling bags); loose buckwheat packs, green buckwheat and ready dishes excluded"),
        ("помидоры черри ребенку", P(m=["e77c4439b1"], d=["2000601471", "2000601472", "2000580827", "2000003231",
                                                          "2000186544"],
                                      x=["3373662", "4217379", "3410591", "4381951", "4381952", "4371254", "11971",
                                         "3634714"]),
         "fresh cherry tomatoes of any colour/pack (on the vine, plum-shaped, Кумато, Микс); salted cherry tomatoes, "
         "jarred assortments, lecho, «Теличерри» pepper excluded; «ребенку» is a purpose"),
        ("сливки 10% в соус", P(m=["1000506066", "1000128456", "1000144079", "1000537609", "3201860040",
                                     "1000052910", "1000456519", "1000461011", "1000006089", "1899911837", "913cd14db9"],
                                  x=["4271735", "4267108", "3431574", "44849", "68419"]),
         "cream of exactly 10% (sterilised/UHT, any pack incl. «для кофе» creams and the 10x10 g portions of Зелёная Линия, Альпенгурт, Campina — purpose is not a "
         "filter); Parmalat 11%, 20/33% cream, сметана 10% excluded"),
    ]),
    # L23
    ("пакеты для подгузников, салфетки влажные хаггис, порошок детский для стирки, мыло детское жидкое", [
        ("пакеты для подгузников", E, "no nappy disposal bags in any store; bin bags excluded"),
        ("салфетки влажные хаггис", P(m=["c3df2e5787"]),
         "Huggies wet wipes (Elite Soft 56); Pampers and other wipes excluded"),
        ("порошок детский для стирки", P(m=["bed5eabde5", "0306390d77", "95636dc9ca", "467ad72946"]),
         "laundry powder sold as children's (Tide «детский»/«Детский», Завод братьев Крестовниковых «детский» for white "
         "and colour); children's laundry gels (Крестовниковых «Детский Колор» gel, Synergetic «детский» gel) are not "
         "powder and excluded, as are adult powders, capsules and gels"),
        ("мыло детское жидкое", P(d=["2000605355", "2000605356"]),
         "children's liquid soap (Дикси BABY BOOM «ДЕТ. ЖИДКОЕ» 500 мл and BABY BOOM «КРЕМ-МЫЛО … ДЕТ.» 500 мл, "
         "taken as liquid from the 500 ml volume); Пятёрочка Johnson's Baby bar soap 100 g (solid) and adult liquid "
         "soaps excluded"),
    ]),
    # L24
    ("растишка творожок самый дешевый, йогурт не сладкий натуральный, пюре чернослив детское", [
        ("растишка творожок самый дешевый", P(["3503854", "3476289"], ["8000022358", "1000187936"], ["2000216292"]),
         "every Растишка curd (творог) of any flavour/pack (Пятёрочка «РАСТИШ.Творог»); Растишка yoghurts and other "
         "brands' curds excluded; «самый дешевый» is a wish"),
        ("йогурт не сладкий натуральный", P(["8487", "0f0e8e4bd1"],
                                             ["1000181497", "dafd7c4dc4", "8000087572", "1000380540", "555ec5242d"],
                                             ["2000537895", "2000585835", "2000596134", "2000366091", "2000297751",
                                              "2000569034", "2000253975"]),
         "plain yoghurt without filler or sugar: «натуральный», plain Greek (Lactica, «ГРЕЧЕСКИЙ 2%», Epica, Neo "
         "«Классический», Простоквашино, Teos), drinking natural (Activia, Epica), Домик в деревне «классический» "
         "(taken as plain; outside knowledge); fruit yoghurts incl. «без сахара» with fruit (Activia, Актибио), "
         "Перекрёсток «Йогурт сладкий», goat's-milk yoghurts (Козочка, Зелёная Линия — as goat milk is not «молоко») "
         "excluded"),
        ("пюре чернослив детское", P(["3397877"], ["29cd741560"], ["2000160149"]),
         "single-fruit prune baby puree (ФрутоНяня); prune-containing mixes, dried prunes and drinks excluded"),
    ]),
    # L25
    ("сосиски для детей, спагетти макфа, консервированный горошек, сметана 10%", [
        ("сосиски для детей", P(m=["c7e784766f"], d=["2000418174"], x=["4051414", "4241464"]),
         "sausages sold for children (Великолукский «Детям», «Детям с кроликом», Зелёная Линия «детские»); milk "
         "sausages («Молочные») and Вязанка «Молокуши миникушай» do not say children's and are excluded"),
        ("спагетти макфа", E,
         "no Makfa spaghetti; Makfa «Макароны длинные» and «Capellini», other Makfa shapes and other brands' spaghetti "
         "excluded"),
        ("консервированный горошек", P(m=["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf",
                                           "08e4c89d92", "077ca9bca9"],
                                        d=["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797",
                                           "2000189884", "2000118079", "0230306094"],
                                        x=["4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175",
                                           "3483842", "19134", "4206921", "3628006", "77114", "32340", "4273266",
                                           "4274246", "3360308", "3026306", "4380317", "4211849", "2035571", "4192227",
                                           "4188483", "4011800", "3504837", "3447858"]),
         "canned green peas of any brand/size (tins and jars; titles of canning brands without «консерв.» taken as "
         "canned); frozen peas, peas with carrots, fresh sweet peas, microgreens, dried/split peas, chickpeas excluded"),
        ("сметана 10%", P(m=["87741a9faa", "1000241416", "65c9123e96", "1000372784", "8000030079"],
                           d=["2000509087", "2000230594", "2000558211"], x=["4121582"]),
         "sour cream of exactly 10% (incl. Экомилк «сливочная» 10%); other fats and cream 10% excluded"),
    ]),
]


def blind_texts():
    """List texts of the frozen blind draft, in order."""
    texts, cur = [], None
    with open(BLIND, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if re.match(r"^--- fxx\d\d ---$", line):
                if cur is not None:
                    texts.append("\n".join(cur).rstrip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
            elif not line.startswith("#") and line.strip():
                sys.exit("unexpected header line in blind draft: %r" % line)
    if cur is not None:
        texts.append("\n".join(cur).rstrip("\n"))
    return texts


def check_blind():
    texts = blind_texts()
    if len(texts) != len(LISTS):
        sys.exit("blind draft has %d lists, LISTS has %d" % (len(texts), len(LISTS)))
    errors = []
    for n, (blind, (text, _)) in enumerate(zip(texts, LISTS), 1):
        expected = blind
        for num, old, new, _why in REPLACED:
            if num == n:
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fxx%02d: text differs from the blind draft: %r != %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fxx"))
