#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wg.jsonl -- 25 shopping lists of a mother cooking for a six-year-old with food
allergies (cow's-milk protein, gluten, eggs, nuts) plus the family's ordinary groceries, hand-labelled against the
real offers in real_offers_g.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wg.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed to a Telegram bot, and for every item the product ids of
every in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  The lists were
written blind (before any offer was read) and saved as fresh_basket_eval_wg.blind_lists.txt; this script first checks
that every list text equals that blind draft, apart from the items in REPLACED.  Candidate titles were grepped broadly
in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, e/yo folded)
and read one by one; the note of each item records what was accepted, what was deliberately left out and any
judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable.  The labels were
made without reading korzina's matcher or its data files and without the labels of any other set.

labelled_lists.build (unchanged, this directory) checks that every id exists in real_offers_g.jsonl *for that store*
and is in stock, that no id repeats within an item, that every item has a note and that the labels are exactly the
list's items in order (an item is the text between commas / new lines), then writes the JSONL; labelled_lists.stats
prints the counts.  List ids are fwg01 ... fwg25 in LISTS order; every list is in split "fresh".
"""
import hashlib
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wg.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wg.blind_lists.txt")
BLIND_SHA256 = "ac43da88b57b9420b6c43aeceed5db871f30123b124893920f89b3865e94da4c"

# Items replaced after labelling because their whole list had no acceptable offer in any store:
# list number -> [(blind item text, replacement item text)]
REPLACED = {
    18: [("порошок детский гипоаллергенный", "гель для стирки гипоаллергенный")],
}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwg01 breakfast drinks and snacks
    ("овсяное молоко несладкое\nхлебцы рисовые без глютена\nбананов штук семь\nмолоко 3.2 мужу", [
        ("овсяное молоко несладкое", {
            "pyaterochka": [],
            "magnit": ["1000233192", "1000472412"],
            "dixy": ["2000597691", "2000588852", "2000589173"],
            "perekrestok": [],
        }, "plain (unflavoured) oat drinks: Nemoloko «Классический» 3.2% 1 l and 1.5% 200 ml, Hi 3.2%, Vega "
           "Natura «Родной овес»; taking plain oat drinks as unsweetened rests on outside knowledge (no title "
           "says «без сахара»); vanilla, chocolate, banana-strawberry Nemoloko, Овсянка Сэр! flavoured/fermented "
           "drinks, oat yoghurt-type Velle products, other plant drinks (almond, soy, buckwheat, Green Milk "
           "barley-chickpea) excluded; Пятёрочка and Перекрёсток have no plain oat drink"),
        ("хлебцы рисовые без глютена", {
            "pyaterochka": ["f737df041e"],
            "magnit": [],
            "dixy": ["2000532453"],
            "perekrestok": ["4367532", "4251230"],
        }, "rice and corn-rice crispbreads (Dr.Korner кукурузно-рисовые, ФрутоНяня мини-хлебцы рисовые, Зелёная "
           "Линия «Рисовые»); no title says «без глютена» -- taking puffed rice / corn-rice cakes as gluten-free "
           "rests on outside knowledge (rice and corn contain no gluten); multigrain, rye, 5-cereal, wheat, "
           "buckwheat and vegetable crispbreads, galettes excluded"),
        ("бананов штук семь", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas incl. organic and red bananas; «Бананы для жарки» (plantains, outside knowledge), "
           "dried/sun-dried bananas and banana-flavoured goods excluded; «штук семь» is a quantity"),
        ("молоко 3.2 мужу", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014",
                       "1812450001", "1000323041", "be3e0e74c3", "1000049786", "1000445488", "1000127183",
                       "1059990140", "4aff59ccac", "18ca387556", "8000081425", "1000172272", "1899800825",
                       "8000058295", "1000139951"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951",
                     "10J0077073", "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "cow drinking milk labelled exactly 3.2% (pasteurised/UHT/sterilised; children's and lactose-free "
           "milk included per the real_basket_eval convention: Агуша, Тема, Аммм, Зелёная Линия «для детского "
           "питания»); топлёное (Северная долина, Эго), ranges 3.2-4 / 3.2-6 (Правильное, Хуторок 900 мл, "
           "Зелёная Линия «отборное»), Му-у «Для капучино», Чудо Детки milkshakes and kefir excluded; «мужу» is "
           "a purpose, not a filter"),
    ]),
    # fwg02 gluten-free pasta dinner
    ("макароны без глютена 2 пачки, фарш из индейки 500г, кабачков молодых пару, оливковое масло в салаты", [
        ("макароны без глютена 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4351513", "4323866", "4324027"],
        }, "dry pasta labelled «без глютена» (Зелёная Линия spaghetti from green pea and from corn-rice flour) "
           "plus Зелёная Линия «Трубочки из рисовой и кукурузной муки» -- taken as gluten-free tube pasta on "
           "outside knowledge (rice and corn flour only, no «без глютена» in the title); ordinary wheat pasta, "
           "buckwheat soba (usually with wheat), funchoza/glass noodles and ready noodle dishes excluded; «2 "
           "пачки» is a quantity"),
        ("фарш из индейки 500г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw minced turkey; no store has any (all «фарш» titles are other meats); turkey fillet, medallions, "
           "sausages, nuggets, cutlets and baby purees are not mince; «500г» read as the quantity wanted"),
        ("кабачков молодых пару", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh zucchini/courgettes; none in the offers -- Магнит «4 СЕЗОНА Кабачки замор нарез» (frozen), "
           "squash caviar, zucchini in adjika and baby purees with zucchini excluded"),
        ("оливковое масло в салаты", {
            "pyaterochka": ["3015194"],
            "magnit": [],
            "dixy": ["2000347675", "2000580798", "2000580611", "T000000850", "2000580797", "2000534311", "T000000852"],
            "perekrestok": ["2153522", "4321136", "4218015", "4354006", "4365079", "19133", "3617469", "4063916",
                            "27062", "4220908", "4220922", "4130610", "4137208", "3501543", "25931", "2085912",
                            "3666262", "3501258", "3501259", "3444927", "3444926", "4333525", "3336247", "4197654",
                            "2153521", "4182485", "2153523", "4353762", "3958631", "3500363", "61550", "7581",
                            "61549", "3681164", "3660319", "4343608", "4343609", "4361247", "4261313"],
        }, "any edible olive oil -- extra virgin, unrefined, refined/classic, pomace, spray; «в салаты» is a "
           "purpose, not a filter; flavoured olive oils (чеснок, лимон, трюфель), sunflower oils «с добавлением "
           "оливкового» / blends, fish and mussels in olive oil, olives, cosmetics with olive oil excluded"),
    ]),
    # fwg03 gluten-free baking
    ("мука рисовая для блинов, крахмал кукурузный, сахар 1кг подешевле, разрыхлитель без глютена", [
        ("мука рисовая для блинов", {
            "pyaterochka": [],
            "magnit": ["5221bd2444"],
            "dixy": ["2000307487"],
            "perekrestok": ["3196995", "4331381", "4367235"],
        }, "rice flour incl. wholegrain and brown-rice flour; «для блинов» is a purpose, not a filter; wheat "
           "«блинная» flour, gluten-free universal mixes (not rice flour by name), corn, buckwheat, oat, coconut "
           "and almond flours excluded"),
        ("крахмал кукурузный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "corn starch; the only starch on offer is Дикси «Магета» potato starch (excluded); Махеевъ ketchup "
           "«без крахмала» is a trap"),
        ("сахар 1кг подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs (the size names the pack); Перекрёсток «Сахар Советский Экстра, "
           "1кг» taken as granulated on outside knowledge; 900 g / 750 g / 5 kg packs, pressed and lump sugar "
           "(рафинад), cane, coconut and vanilla sugar excluded; «подешевле» is a wish, not a filter"),
        ("разрыхлитель без глютена", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baking powder labelled gluten-free; the only baking powder (Дикси Dr.Bakers 10 г) makes no "
           "gluten-free claim and baking powder often contains wheat flour/starch filler, so it is excluded for "
           "a written «без глютена»"),
    ]),
    # fwg04 coconut curry for the child
    ("кокосовое молоко в банке, рис басмати одну пачку, куриное филе на котлеты, брокколи замороженная 1 упаковку", [
        ("кокосовое молоко в банке", {
            "pyaterochka": [],
            "magnit": ["1000389522"],
            "dixy": [],
            "perekrestok": [],
        }, "canned coconut milk for cooking: Магнит Thai Coco 5-7% 400 мл (a can, outside knowledge); coconut "
           "plant drinks (Alpro/Planto coconut-rice, Green Milk), coconut-flavoured dairy, fresh coconut, "
           "coconut flour/sugar excluded"),
        ("рис басмати одну пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635865", "4254250", "3634155"],
        }, "basmati rice of any pack incl. parboiled «Селла» and 5x80 g boil-in-bags; jasmine and other "
           "long-grain rice excluded; «одну пачку» is a quantity"),
        ("куриное филе на котлеты", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "3694848", "4323072", "3273915", "2173555",
                            "3946764", "4329298", "3653837", "52888", "3191300", "3362832", "3940063", "4312563",
                            "3678985", "3649232", "3609675", "4306879", "4116904", "3034277", "4347498", "3216279",
                            "3336397"],
        }, "raw chicken breast fillet (boneless), incl. «малое филе» and raw fillet medallions; «филе "
           "цыплёнка(-бройлера)» taken as breast fillet (outside knowledge, as in set g); thigh fillet, breast "
           "on the bone (Перекрёсток «на кости», «Грудка ... ПФ»), fillet in marinade, cooked/ready dishes, "
           "schnitzels and canned chicken excluded; «на котлеты» is a purpose"),
        ("брокколи замороженная 1 упаковку", {
            "pyaterochka": [],
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["74445", "4019919", "4019915", "3444750", "2125852", "4003966", "3405386", "4225833",
                            "3489151", "4325364", "3625801", "4152339", "4238817", "2059262", "4320949"],
        }, "plain frozen broccoli of any pack; Магнит «Брокколи HORTEX, 400г» taken as frozen (Hortex is a "
           "frozen-vegetable brand, outside knowledge); fresh broccoli/broccolini/niccolini, "
           "broccoli-cauliflower mixes, baby purees, seeds excluded"),
    ]),
    # fwg05 allergy-safe sweets
    ("шоколадка без молока и орехов, мармеладки без желатина, печенье без глютена и яиц", [
        ("шоколадка без молока и орехов", {
            "pyaterochka": ["16430", "16432", "20393", "3067338", "45557"],
            "magnit": ["0071fb559e", "2b68a42ddd", "2c5c666697"],
            "dixy": ["2000001818", "2000593171", "1100072978", "2000227778", "2000220298", "2000325968",
                     "2000573952", "2000601375"],
            "perekrestok": ["4313144", "4334741", "4182941", "4182942", "4307132", "4307133", "4307131", "4307134"],
        }, "no title says «без молока»; accepted: plain bitter/dark chocolate bars without nuts and without "
           "fillings (incl. dried-fruit pieces, honey-sweetened Зелёная Линия bitter), plus Зелёная Линия "
           "«Шоколад рисовый/овсяный» (plant-milk chocolate). That bitter/dark chocolate contains no milk "
           "ingredient rests on outside knowledge (traces possible); Пятёрочка «БАБАЕВ.Шоколад ЛЮКС» taken as "
           "the dark «Люкс» (Дикси titles it «Люкс темный»). Milk, white, porous-white, dark-and-white "
           "chocolate, anything with фундук/миндаль/кешью/фисташки, filled bars (пюре, начинка, «Сочный лимон», "
           "«Трюфельный»), Бабаевский «фирменный» and «Особый» (type not stated), sweets and chocolate desserts "
           "excluded"),
        ("мармеладки без желатина", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no marmalade title states that it has no gelatine (на пектине/агаре, веган); jelly marmalades are "
           "often made on agar or pectin but chewing marmalades usually contain gelatine, and the titles do not "
           "say which -- so none is accepted; jellies (желе), jelly sweets, lollipops and gelatine itself "
           "excluded"),
        ("печенье без глютена и яиц", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "needs both claims; Перекрёсток Диетика «Овсяное сдобное безглютеновое» is gluten-free but «сдобное» "
           "(butter/egg dough) with no egg-free claim, Пастарель «Постное» oat cookies are egg-free but contain "
           "wheat/oats -- both excluded; no other cookie title claims either"),
    ]),
    # fwg06 soy yoghurt and groats
    ("соевый йогурт alpro, гречка ядрица 2 пачки подешевле, яблоки зелененькие кило, творог 9% себе", [
        ("соевый йогурт alpro", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "soy yoghurt (Alpro); none in the offers -- Alpro/Planto almond and coconut-rice drinks, Planto soy "
           "drinks, Velle oat yoghurts and dairy yoghurts excluded"),
        ("гречка ядрица 2 пачки подешевле", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286", "2000180341",
                     "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178",
                            "4009020", "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448",
                            "4090171", "4019310", "3603166", "39155", "3667612", "4059000", "3600743", "3696237",
                            "3477255", "3231481", "3493533", "3994791"],
        }, "brown buckwheat groats (ядрица) of any pack incl. quick-cooking, steamed and boil-in-bag; titles "
           "that say only «гречка»/«крупа гречневая» taken as ядрица (outside knowledge: продел would be named); "
           "green buckwheat, ready buckwheat dishes (с грибами, по-купечески, по-азиатски), buckwheat flour, "
           "flakes, bread and greek yoghurts excluded; «2 пачки» quantity, «подешевле» a wish"),
        ("яблоки зелененькие кило", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664", "3171926", "4194478", "4152180", "4047567"],
        }, "fresh green apples: Гренни Смит, Симиренко (green variety, outside knowledge) and titles «Яблоки "
           "зелёные»; Голден/Гольден (yellow), Муцу, red and other varieties, «Яблоки Органика Зелёная Линия» "
           "(brand name, not colour), juices, dried and apple-flavoured goods excluded; «кило» is a quantity"),
        ("творог 9% себе", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "0cfee9df84",
                       "1000122024", "1000530486", "1000426470", "1000426465", "1000448252", "8000055235"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076",
                     "2000280850", "2000564413", "2000312025"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "3487310"],
        }, "plain cottage cheese labelled exactly 9% (any pack, рассыпчатый, пластовой); Зелёная Линия «Творог "
           "Зернышко 9%» (grainy cottage cheese) excluded as a different product, 5%/обезжиренный/children's "
           "flavoured curd, творожный сыр and творожки excluded; «себе» is a purpose"),
    ]),
    # fwg07 breakfast cereal
    ("кукурузные хлопья без сахара и глазури, рисовое молоко, груши 1 кг", [
        ("кукурузные хлопья без сахара и глазури", {
            "pyaterochka": [],
            "magnit": ["12df5755fb"],
            "dixy": [],
            "perekrestok": [],
        }, "plain corn flakes (Магнит ЛЮБЯТОВО «Хлопья кукурузные» 600 г); no title claims «без сахара» -- "
           "plain, unglazed corn flakes taken as what the shopper means (outside knowledge: classic corn flakes "
           "carry no sugar coating); honey, glazed, cinnamon-honey corn flakes, multigrain/oat/buckwheat flakes, "
           "corn snacks and chocolate with corn flakes excluded"),
        ("рисовое молоко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rice drink; none in the offers -- Дикси Alpro/Planto «Кокосовый с рисом» (a coconut drink), oat, "
           "almond, soy, buckwheat drinks and rice porridges excluded"),
        ("груши 1 кг", {
            "pyaterochka": [],
            "magnit": ["3c38bb868f"],
            "dixy": ["2000003213", "ЦТ0024100", "D000011164"],
            "perekrestok": ["4258954", "4370831", "50819", "4370830", "79223", "6881", "3095430", "4370828",
                            "3326082", "31314", "3633264", "4370829", "47341", "200", "84531", "292", "47319",
                            "9469", "4370794", "7228", "4372904", "3326080", "3339375", "6882", "2814", "57357",
                            "3243465", "806", "79038", "48673", "3139324", "4209031"],
        }, "fresh pears of any variety incl. Chinese/nashi pears and 2-piece packs; «1 кг» read as the quantity "
           "of a weighed fruit; pear purees, juices, desserts, yoghurts, confiture, pear-flavoured goods, "
           "sorbet, pizza and toys excluded"),
    ]),
    # fwg08 millet porridge with pumpkin
    ("пшенка 1 пачка, тыкву небольшую, изюма без косточек граммов 200, маргарин безмолочный", [
        ("пшенка 1 пачка", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats (пшено) of any pack incl. boil-in-bags; Пятёрочка Myllyn Paras «Каша пшенная» "
           "(porridge product), rice-millet mixes «Дружба» and ready millet porridges excluded; «1 пачка» is a "
           "quantity"),
        ("тыкву небольшую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fresh pumpkin; none in the offers -- pumpkin purees, juices/nectars, seeds, salads and "
           "pumpkin-flavoured goods excluded"),
        ("изюма без косточек граммов 200", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316951", "3640864"],
        }, "plain raisins (Перекрёсток Маркет «Изюм Голден» 250 г, «Изюм светлый» 233 г); titles do not say «без "
           "косточек» -- packaged raisins taken as seedless on outside knowledge; «граммов 200» read as the "
           "quantity wanted; raisin-and-nut mixes, raisins in chocolate and anything «с изюмом» excluded"),
        ("маргарин безмолочный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "margarine labelled milk-free; no title claims it -- Хозяюшка «Сливочный» margarines (milk flavour), "
           "Пышка «для выпечки» (no claim; margarines often contain whey/milk powder) and Кремлевское spreads "
           "excluded"),
    ]),
    # fwg09 baby-food shelf
    ("фрутоняня пюре из яблок, детская водичка 5 литров, сок агуша яблоко 2 шт", [
        ("фрутоняня пюре из яблок", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["T000007148", "2000227782"],
            "perekrestok": [],
        }, "ФрутоНяня single-fruit apple puree of any size (incl. «без сахара»); ФрутоНяня apple mixes (груша, "
           "персик, банан, ежевика, сливки, печенье), other brands' apple purees, ФрутоНяня juices, desserts and "
           "porridges excluded"),
        ("детская водичка 5 литров", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "daea15c2c5"],
            "dixy": ["2000311289", "2000601611"],
            "perekrestok": [],
        }, "children's drinking water in 5 l bottles (the size names the bottle): ФрутоНяня «с рождения» 5 л, "
           "Аквалайн «Для ляль для детского питания» 5 л, Черноголовка Бэйби 5 л, Кидси Детская 5 л; children's "
           "water of 0.33/1.5/2.5 l and ordinary 5 l waters excluded"),
        ("сок агуша яблоко 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша apple juice; none in the offers -- Агуша «Вода и сок» / сокосодержащие drinks (яблоко-вишня, "
           "яблоко-виноград), Агуша purees and porridges, ФрутоНяня juices excluded; «2 шт» is a quantity"),
    ]),
    # fwg10 sausages and potatoes
    ("сосиски без молока\nкартошка 3 кг помытая\nогурцов свежих кило\nкетчуп хайнц детям", [
        ("сосиски без молока", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frankfurters labelled milk-free; no title claims it -- «Молочные», «Сливочные», «с натуральным "
           "молоком/сливками», «с сыром» obviously excluded, and the other sausages (Венские, Баварские, "
           "Клинские, Филейные, Детям, halal etc.) make no milk-free claim (sausages commonly contain milk "
           "protein), so none is accepted"),
        ("картошка 3 кг помытая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309"],
            "perekrestok": [],
        }, "fresh potatoes whose title says washed («мытый»): Дикси «Картофель белый/красный мытый в упаковке»; "
           "unwashed or unspecified fresh potatoes (Картофель, в сетке, для варки 3 кг, отборный, Бэби...), "
           "sweet potato/батат, boiled peeled, frozen, fried and ready potato dishes excluded; «3 кг» is a "
           "quantity"),
        ("огурцов свежих кило", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072",
                            "2131726"],
        }, "fresh cucumbers of any type (smooth, prickly, long, short, baby gherkins in a tray); Перекрёсток "
           "«Огурцы Хрустящие» (no size, sold like fresh produce) taken as fresh on outside knowledge; "
           "pickled/marinated cucumbers and gherkins in jars, cucumber-flavoured goods excluded; «кило» is a "
           "quantity"),
        ("кетчуп хайнц детям", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000538777"],
            "perekrestok": ["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365", "4274971",
                            "4116830", "4157803", "4157697", "4157703", "4116848", "4157704", "4154517", "4157702",
                            "4274973"],
        }, "every Heinz ketchup (brand + product word accepts all its variants, incl. «Heinz Pikador» whose "
           "title names Heinz); «детям» is a purpose, not a filter; Heinz sauces (барбекю, сырный, карри, "
           "цезарь), mayonnaise, baby food, Дикси «Pikador» without Heinz and other brands' ketchups excluded"),
    ]),
    # fwg11 the husband's beer evening
    ("пиво жигулевское 4 банки мужу, чипсы лейс, колбаса докторская граммов 300, сыр российский подешевле", [
        ("пиво жигулевское 4 банки мужу", {
            "pyaterochka": [],
            "magnit": ["63c65170c7", "9f7d0a8f2d", "0c7af2aa41", "e2bedcaafd"],
            "dixy": [],
            "perekrestok": [],
        }, "no beer is titled «Жигулёвское»; Магнит «ЖИГУЛИ Барное» light filtered lager (3 ids) and «ЖИГУЛИ "
           "ЭКСПОРТ» accepted as the Zhiguli lager a shopper means (judgement: Жигули is the brand shoppers call "
           "«жигулевское»); «ЖИГУЛИ ИПА» and «Барное пшеничное нефильтрованное» (other styles), other beers, "
           "medovukha, beer drinks and «Яблоки Жигулевские» excluded; «4 банки» is a quantity (titles do not say "
           "can or bottle), «мужу» a purpose"),
        ("чипсы лейс", {
            "pyaterochka": ["3453317", "3453319", "3453321"],
            "magnit": [],
            "dixy": ["2000568012", "2000001186", "ЦТ0036304", "ЦТ0044994", "2000330912", "10J0079471", "2000587092",
                     "2000587093", "2000325823", "2000603177", "2000431160"],
            "perekrestok": ["4094200", "3326764", "4035356", "4179187", "4210938"],
        }, "every Lay's potato chips product, any flavour and size, incl. рифленые and Lay's Stax; «Вязанка "
           "Филейская» sausages (contain «лейс») and other chip brands excluded"),
        ("колбаса докторская граммов 300", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d",
                       "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3",
                       "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        }, "Докторская boiled sausage of any maker and pack incl. sliced and by weight («Докторская, Особая» "
           "Царицыно included); «граммов 300» read as the quantity wanted; Докторские frankfurters excluded"),
        ("сыр российский подешевле", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese of any maker, pack, slices or by weight; Магнит «Продукт По-Российски ... на "
           "основе растительного жира» (not cheese) excluded; «подешевле» is a wish"),
    ]),
    # fwg12 bread, butter and honey
    ("хлеб без глютена, масло сливочное 82.5 папе, мед гречишный баночку", [
        ("хлеб без глютена", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bread labelled gluten-free; none in the offers -- Перекрёсток «Хлеб Гречневый» (buckwheat breads "
           "normally contain wheat flour, no claim), gluten-free flour mixes (not bread), rye/wheat breads and "
           "crispbreads excluded"),
        ("масло сливочное 82.5 папе", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                       "1000433642", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643",
                       "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831",
                     "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609",
                            "3026226", "4113532", "3434127", "3612778", "4310021", "4055506", "86149", "3369241",
                            "3698785", "3287314", "3396544", "3657363", "4292462", "4343792", "3699369", "3953367",
                            "4196090", "4135603", "3922315"],
        }, "butter labelled exactly 82.5% (сливочное/сладкосливочное, salted or not, incl. Тысяча Озёр "
           "lactose-free 82.5%); 82% butters (JALO KERMA, Арла Натура, Киприно, Молочный знак 82%, Natura, "
           "President) excluded as a different written fat value, 72.5% and flavoured butters excluded; «папе» "
           "is a purpose"),
        ("мед гречишный баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4320671", "3687699"],
        }, "buckwheat honey (Перекрёсток Маркет «Мёд Гречишный» 500 г and «Мёд гречишный» 350 г); other honeys "
           "(липовый, цветочный, горный, акациевый...), cream-honey, honey-flavoured goods excluded; «баночку» "
           "is a quantity"),
    ]),
    # fwg13 pulses and carrots
    ("киноа 1 пачка, чечевица красная 2 пачки, нут 1 пачку, морковка кг", [
        ("киноа 1 пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "quinoa; none in the offers (no title mentions киноа/quinoa)"),
        ("чечевица красная 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "red lentils; none in the offers (no title mentions чечевица)"),
        ("нут 1 пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry chickpeas; none in the offers -- chickpea flour (Garnec «Мука нутовая»), Green Milk "
           "barley-chickpea drinks and chickpea chips excluded"),
        ("морковка кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots of any kind incl. washed, packed and mini carrots; boiled peeled carrots (Дмитровские "
           "Овощи), Korean carrot salads, purees, juices and pet food with carrot excluded; «кг» is a quantity"),
    ]),
    # fwg14 summer dessert
    ("мороженое на растительном молоке, клубнички свежей лоток, фруктовый лед", [
        ("мороженое на растительном молоке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plant-milk (dairy-free) ice cream; none in the offers -- every ice cream is dairy (пломбир, "
           "сливочное, молочное, Эkzo молочное 2%); sorbets and fruit ices are not ice cream on plant milk, "
           "Planto «вкус фисташковый пломбир» is a drink"),
        ("клубнички свежей лоток", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4097821", "4183392", "3697994"],
        }, "fresh strawberries in trays (Перекрёсток «Клубника, 200г», Market Collection 200 г and «Клубника "
           "Крым» 450 г -- the Market Collection packs taken as fresh on outside knowledge); frozen "
           "strawberries, strawberries in syrup, dried, fruit mixes, jam and strawberry-flavoured goods excluded"),
        ("фруктовый лед", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316928", "4316930", "4212279", "4211368", "4345008"],
        }, "fruit ice lollies / water ice (Джелато «Лед ... фруктовый», Бон Пари «Лёд фруктовый Арбузик», "
           "Серебряный Снег «фруктовый лёд», Фабрика грёз «Фруктовый лёд»); sorbets (Amore, Зелёная Линия), "
           "Lotte «Эскимо арбуз» dessert, milk ice creams with fruit, «Арбузный лёд» chewing gum excluded"),
    ]),
    # fwg15 coffee corner
    ("кофе в зернах мне, сливки для кофе 10 процентов, сахар рафинад коробку, печенье юбилейное мужу", [
        ("кофе в зернах мне", {
            "pyaterochka": ["3396617", "3649043"],
            "magnit": ["1c2a14cd16", "3537ad66c3", "46e47f37c9", "f51c4712f0", "b0961842e9", "ef7ceaf5e3",
                       "df383edea4", "91017de33b", "285b220deb", "30cb0411c1", "aa4dd46995", "476327c381",
                       "4e13c893b9", "48fb31aaa1", "29d0446442", "3b6ffcb8f3", "e74483f8e8", "010c4606ec"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted coffee beans of any brand and size (в зернах / «зер.» / «зерновой» 1 кг); ground, instant, "
           "«молотый в растворимом», capsules and drip bags excluded; Дикси and Перекрёсток offer only "
           "ground/instant coffee; «мне» is a purpose"),
        ("сливки для кофе 10 процентов", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609",
                       "3201860040", "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "drinking cream labelled exactly 10% (UHT/sterilised, bottles and 10x10 g portion creamers); «для "
           "кофе» is a purpose, so 10% creams not labelled for coffee count too; other fat levels, Presid. "
           "whipped cream 20%, ice cream and sausages «со сливками» excluded"),
        ("сахар рафинад коробку", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829"],
            "perekrestok": ["4092763"],
        }, "white lump/pressed sugar (рафинад) of any box size; cane lump sugar (Мистраль, Маркет, Market "
           "Collection «нерафинированный») excluded as not рафинад, Магнит «Сахар-песок ... Рафинированный» is "
           "granulated, not cubes; «коробку» is a quantity"),
        ("печенье юбилейное мужу", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "every Юбилейное cookie (brand + product word: традиционное, молочное, с глазурью, овсяное); "
           "Останкино «Юбилейная» salami and Julius Meinl «Юбилейный» coffee excluded; «мужу» is a purpose"),
    ]),
    # fwg16 eggs, seeds and a loaf
    ("яйца с1 десяток для мужа, семечки без соли, нарезной батон который подешевле", [
        ("яйца с1 десяток для мужа", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "chicken eggs of class С1 («1 категории») in packs of 10 only; С0/СО/отборные, С2, высшей "
           "категории/СВ and packs of 6/15/20/30 excluded; «для мужа» is a purpose"),
        ("семечки без соли", {
            "pyaterochka": ["a42f313fd4"],
            "magnit": ["166510f6cc", "83a6516715", "c07c5cf8b5", "f87f37880a", "a9efec4e65"],
            "dixy": ["2000277205", "2000562834", "2000196729", "2000151864", "2000228392"],
            "perekrestok": ["4373719", "4155183", "85158", "3360327", "3338822", "4260366", "3014404", "3652924",
                            "3358404", "4280034", "3072541", "3403508", "3669122", "3624461", "3331102", "3276168",
                            "3276166", "3248290", "3248291", "3619418", "3630849", "3473272", "3473273", "3449918",
                            "3444686", "3695680", "3669392", "4298586"],
        }, "sunflower seeds (in shell, plus roasted kernels Маркет) that say «без соли» or do not mention salt "
           "-- taking seeds without a salt mention as unsalted rests on outside knowledge (salted packs say so); "
           "«с солью», «солёные», «с морской солью», salted/unsalted mixes, seeds with peanuts, raw loose "
           "kernels, pumpkin seeds (incl. От Мартина тыквенные «без соли») and sunflower oil excluded"),
        ("нарезной батон который подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "loaves of the «Нарезной» type (whole or pre-sliced); other batons that are merely sliced (Горчичный, "
           "Зерновой, Молочный, Новый, к завтраку, Отрубной, Утренний, plain «Батон») and «батончик» excluded; "
           "«который подешевле» is a wish"),
    ]),
    # fwg17 dairy-free porridge and purees
    ("каша безмолочная нестле, пюре кабачковое детское, хлебцы гречневые без глютена", [
        ("каша безмолочная нестле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000291139"],
            "perekrestok": [],
        }, "Nestlé dairy-free porridge (Дикси «Каша гречневая Nestle, безмолочная»); Nestlé milk porridges (с "
           "курагой, с грушей и бананом), dairy-free porridges of other brands (Hipp, Флёр Альпин) and milk "
           "porridges of Агуша/ФрутоНяня excluded"),
        ("пюре кабачковое детское", {
            "pyaterochka": [],
            "magnit": ["2d48cdb5c0"],
            "dixy": ["2000260419"],
            "perekrestok": [],
        }, "single-vegetable zucchini baby puree (ФрутоНяня «Кабачок» 80 г); vegetable mixes and meat purees "
           "with zucchini (Сады Придонья, Тёма, Тема, ФрутоНяня суп-пюре), frozen zucchini and squash caviar "
           "excluded"),
        ("хлебцы гречневые без глютена", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000136520"],
            "perekrestok": [],
        }, "buckwheat crispbreads: Дикси Dr.Korner «хрустящие гречневые с витаминами»; no title says «без "
           "глютена» -- taken as gluten-free on outside knowledge (puffed buckwheat crispbread, no gluten grain "
           "named), the same rule as for rice cakes; multigrain, rye and other crispbreads, buckwheat bread and "
           "flakes excluded"),
    ]),
    # fwg18 hypoallergenic laundry and soap
    ("гель для стирки гипоаллергенный, кондиционер для детского белья гипоаллергенный, мыло детское без отдушки", [
        ("гель для стирки гипоаллергенный", {
            "pyaterochka": [],
            "magnit": ["ad69d217c3", "71ded66add", "02a135ebb8"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED item (blind text «порошок детский гипоаллергенный» had no acceptable offer and the whole "
           "list was empty). Laundry gels whose title says «гипоаллергенный»: the three SYNERGETIC® gels in "
           "Магнит; gels without the claim (BIMAX «для чувствительной кожи», СИНЕРГЕТИК «детский», "
           "Крестовниковых «Детский Колор»), powders and capsules excluded"),
        ("кондиционер для детского белья гипоаллергенный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fabric softener for children's laundry labelled hypoallergenic; children's softeners exist in Магнит "
           "(VERNEL «Детский», Крестовниковых «детский с ромашкой», СИНЕРГЕТИК «детский») but none says "
           "гипоаллергенный, so none is accepted; adult softeners excluded"),
        ("мыло детское без отдушки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "fragrance-free children's soap; no title claims «без отдушки» -- Johnson's Baby «перед сном; с "
           "молоком» and Baby Boom children's soaps with extracts are scented/no claim, adult soaps excluded"),
    ]),
    # fwg19 child's hygiene
    ("крем детский от раздражения, салфетки влажные детские, зубная паста детская 6+", [
        ("крем детский от раздражения", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "children's cream against skin irritation/nappy rash; none in the offers -- adult creams, Пантенол "
           "Evo «универсальный», Боро Плюс, Nivea, Бархатные ручки etc. are not children's creams"),
        ("салфетки влажные детские", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "36ac79cfc0", "d50c79a365", "bd449a17ff"],
            "dixy": [],
            "perekrestok": [],
        }, "wet wipes titled as children's/baby (Huggies Elite Soft, Pampers Kids, Pampers New Baby, Pampers "
           "Aqua Pure, Каспер Детские 15 and 120 шт); universal, antibacterial, surface, intimate wipes and АУРА "
           "«Солнце и луна» (not titled детские) excluded"),
        ("зубная паста детская 6+", {
            "pyaterochka": [],
            "magnit": ["4ad21b8537", "6aa3b9d65b"],
            "dixy": [],
            "perekrestok": [],
        }, "children's toothpaste for age 6 and over: COLGATE «Клубника с фторидом (6-9 лет)», СПЛАТ «Джуниор "
           "детская 6-11лет»; pastes for younger children (Colgate 3-5, Сплат Кидс 2-6, Synergetic 3-6, Дракоша "
           "1-8) and those without an age (Colgate Доктор Заяц, Сплат Джуси, Splat Juicy Lab) excluded, adult "
           "pastes excluded"),
    ]),
    # fwg20 beef soup (borscht)
    ("говядина на суп с косточкой, свеколки 3 штучки, капуста пол кочана, луку репчатого килограмма 2, сметана 20% мужу", [
        ("говядина на суп с косточкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["85566", "923", "7338", "3020550", "46625"],
        }, "raw beef soup cuts on the bone: голень с костью, лопатка на кости, «Рагу из говядины суповое», "
           "шейный отруб на кости, «Грудинка говяжья для харчо» (taken as bone-in soup brisket on outside "
           "knowledge); boneless beef, steaks (incl. «Стриплоин с костью»), Дикси «Набор для супа Слово мясника» "
           "(meat not stated, a pork brand), pork on the bone, offal, canned and cooked beef excluded"),
        ("свеколки 3 штучки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "13998", "4375880", "3368257", "3378167", "786", "4299508"],
        }, "fresh raw beetroot (loose, washed, in a bag/net, young, in bunches, Маркет Fresh «Свекла свежая» 200 "
           "г); boiled, peeled, cut/julienned beet, Korean beet salad, chard, dried beet snacks and seeds "
           "excluded; «3 штучки» is a quantity"),
        ("капуста пол кочана", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546"],
        }, "fresh white cabbage by the head («Капуста», белокочанная, ранняя); shredded/cut packs, marinated and "
           "sauerkraut, vegetable mixes, other cabbages (брокколи, цветная, пекинская, морская) excluded; «пол "
           "кочана» is a quantity"),
        ("луку репчатого килограмма 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions incl. red and peeled onions, loose, in a net or packed; «килограмма 2» is a "
           "quantity; fried, dried onion, onion-flavoured snacks and lukum excluded"),
        ("сметана 20% мужу", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371",
                       "1000102474", "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream labelled exactly 20%; 15%/25%/other fat levels and lactose-free 15% excluded; «мужу» is a "
           "purpose"),
    ]),
    # fwg21 fish with rice and peas
    ("филе хека, рис круглый самый дешевый, зеленый горошек баночки 2, лимончика один", [
        ("филе хека", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4340327"],
        }, "raw hake fillet: Перекрёсток «Хек ... медальон из филе-кусочков без кожи замороженный» (formed from "
           "hake fillet pieces, accepted as hake fillet); Магнит «ХЕК СЕРЕБРИСТЫЙ» (whole headed fish), Дикси "
           "hake in breadcrumbs and hake baby purees excluded"),
        ("рис круглый самый дешевый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["4332035", "3674360", "3603169", "3231277", "3469128", "3469127"],
        }, "rice whose title says round(-grain) («круглый», «круглозерный», «круглозернистый») of any pack incl. "
           "5x80 g bags; long-grain, parboiled, basmati, jasmine, brown rice, rice whose grain is not stated "
           "(Адриатика, Бальдо, «кубанский» Экстра, for sushi) and rice-millet mixes excluded; «самый дешевый» "
           "is a wish"),
        ("зеленый горошек баночки 2", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92",
                       "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884",
                     "2000118079", "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175", "3483842",
                            "19134", "4206921", "3628006", "77114", "32340", "4273266", "4274246", "3026306",
                            "4380317", "4211849", "2035571", "4192227", "4188483", "4011800", "3504837", "3447858"],
        }, "canned green peas of any brand and size («баночки» = tins/jars; Магнит «Горошек 6 СОТОК/ГРИН РЭЙ» "
           "without «зелёный» taken as canned green peas); frozen peas, fresh sugar/snap peas («Горошек "
           "сладкий»), pea microgreens, peas with carrot (Bonduelle Expert) and pepper «горошек» excluded; «2» "
           "is a quantity"),
        ("лимончика один", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons, loose or 2-piece packs; lemonades, lemon-flavoured goods and limes excluded; «один» is "
           "a quantity"),
    ]),
    # fwg22 turkey noodle soup
    ("бедро индейки, подсолнечное масло рафинированное литр, лапша рисовая для супа", [
        ("бедро индейки", {
            "pyaterochka": [],
            "magnit": ["8cb9432127"],
            "dixy": [],
            "perekrestok": [],
        }, "raw turkey thigh: Магнит «ФИЛЕ БЕДРА ИНДЕЙКИ охлажденное» (boneless thigh); cooked/smoked turkey "
           "(ветчина из бедра, голень варено-копченая), turkey medallions and mince-type products excluded"),
        ("подсолнечное масло рафинированное литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "DI00080540", "2000005808", "2000555852", "DI00079242",
                     "2000005809", "2000003488"],
            "perekrestok": ["6275", "2093709", "2043188", "2068955", "2007886", "64128", "3426155", "23714", "21676",
                            "4269568"],
        }, "refined sunflower oil in 1 l bottles (the size names the bottle); 0.5/0.8/0.9/1.7/1.8/2/2.7 l, "
           "unrefined, high-oleic, spray, flavoured and blended oils (с оливковым, миндальным, зародышами "
           "пшеницы), and Перекрёсток «Аведовъ подсолнечное 1л» (refinement not stated) excluded"),
        ("лапша рисовая для супа", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry rice noodles; none in the offers -- funchoza/glass noodles (bean or starch), buckwheat soba, "
           "wheat noodles and ready dishes with rice noodles (Фо Бо, Фо Га, «Лапша рисовая с морепродуктами» "
           "Шеф) excluded"),
    ]),
    # fwg23 the family's dairy
    ("кефир 1% 2 пачки, творожки даниссимо, йогурт несладкий", [
        ("кефир 1% 2 пачки", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416",
                            "2084558", "3352331", "3604602"],
        }, "kefir and biokefir labelled exactly 1%; «биокефирный продукт», «кефирный продукт» and Bio Баланс "
           "«биопродукт кефирный» excluded (not kefir), other fat levels excluded; «2 пачки» is a quantity"),
        ("творожки даниссимо", {
            "pyaterochka": [],
            "magnit": ["8000037272", "2400019154", "1829990038", "1899800045", "1000559790", "1000011186",
                       "8000062178", "1000571387", "1000323264", "1000173275"],
            "dixy": ["2000596141", "2000599674", "DI00079718", "2000003585"],
            "perekrestok": ["78358", "4192612", "2131371"],
        }, "Даниссимо curd products of every flavour (творожный продукт / десерт / творожок); Даниссимо "
           "«Фантазия» and other Danissimo yoghurts excluded"),
        ("йогурт несладкий", {
            "pyaterochka": ["8487"],
            "magnit": ["1000181497", "dafd7c4dc4", "8000087572", "1000470924", "1000380540", "555ec5242d"],
            "dixy": ["2000537895", "2000585835", "2000596134", "2000366091", "2000297751", "2000253975", "2000569034"],
            "perekrestok": ["4264817", "4246013"],
        }, "plain yoghurts: «натуральный», plain/«классический» Greek, Козочка «без сахара», plain goat "
           "biogurts; taking plain and Greek yoghurts as unsweetened rests on outside knowledge; fruit, berry "
           "and flavoured yoghurts (also those labelled «без сахара» with fruit), «сладкий», drinking yoghurts "
           "with flavours, yoghurt products and desserts excluded"),
    ]),
    # fwg24 sandwiches
    ("сыр для бутербродов нарезкой, ветчинки в нарезке, хлеб тостовый мужу, помидорки розовые с кило", [
        ("сыр для бутербродов нарезкой", {
            "pyaterochka": ["3388814"],
            "magnit": ["8000046709", "1000500635", "bb94e30976", "e2a74deed4", "be2dd7f6c8", "1b8b3c9113",
                       "ca5cdad8ff", "1000278400", "8000046707", "8000076647", "1000318957", "1000452314",
                       "31ddd058b1", "8000072121", "1000560446"],
            "dixy": ["2000365650", "2000557451"],
            "perekrestok": ["4353317", "3500347", "4274229", "3501004", "4003953"],
        }, "real cheese sold sliced (нарезка, слайсы, ломтики), any variety incl. light, protein and flavoured "
           "slices; «для бутербродов» is a purpose; processed-cheese slices (плавленый), cheese by the piece, "
           "curd cheese and cheese snacks excluded"),
        ("ветчинки в нарезке", {
            "pyaterochka": [],
            "magnit": ["f40c256f93"],
            "dixy": [],
            "perekrestok": ["4239655"],
        }, "sliced ham: Магнит ЧЕРКИЗОВО «По-черкизовски, нарезка» and Перекрёсток Зелёная Линия «Ветчина "
           "куриная» 120 г (a 120 g pack, taken as sliced on outside knowledge); hams sold in a piece/loaf "
           "(Великолукский 325 г, Вязанка Столичная 500 г, Индилайт 400 г, Владимирский стандарт by weight), "
           "ham-flavoured goods and olives with jamón excluded"),
        ("хлеб тостовый мужу", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "toast bread (Коломенский «Хлеб ТОСТОВЫЙ» злаковый and пшеничный); other sliced breads and batons "
           "excluded; «мужу» is a purpose"),
        ("помидорки розовые с кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465", "4377073"],
        }, "fresh pink tomatoes (titles «розовые») plus Перекрёсток «Томаты Махитос Азербайджан» (Махитос is a "
           "pink variety, outside knowledge); red, yellow, cherry, cocktail, Кумато, Бычье сердце, Панамера, "
           "Голубая Леди (colour not stated as pink), salted and cut tomatoes excluded; «с кило» is a quantity"),
    ]),
    # fwg25 lunchbox
    ("молоко без лактозы 1.5%, паштет без молока, батончики без орехов, сок яблочный самый дешевый", [
        ("молоко без лактозы 1.5%", {
            "pyaterochka": ["3146538"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lactose-free cow milk labelled exactly 1.5% (Пятёрочка VALIO ZERO LACTOSE 1,5%); lactose-free milks "
           "of 1.8% and 3.2% (Parmalat, Домик в деревне, Аммм), lactose-free yoghurts, kefir drinks and butter "
           "excluded"),
        ("паштет без молока", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pâté labelled milk-free; no title claims it -- liver pâté «со сливочным маслом» and risette «с "
           "мягким творогом» contain milk, the other pâtés (Argeta, Жан де Вейрак, Магуро, Михайлов Курень, "
           "Гродфуд вегетарианский, Зелёная Линия) make no milk-free claim; pet food excluded"),
        ("батончики без орехов", {
            "pyaterochka": ["18d850b15a", "ff57463bf1"],
            "magnit": ["83347b8f41", "cb9f31803d", "91291c88e8"],
            "dixy": ["2000406650", "2000227732", "2000546078", "2000547855"],
            "perekrestok": ["3407418", "4317912", "3389812", "62061", "4211374", "3455919", "3455922", "3600317",
                            "3600318", "3600319", "4304777"],
        }, "snack bars (fruit, cereal/muesli, chocolate and wafer bars) whose titles name no nuts; judged by the "
           "title only (traces cannot be known). Excluded: bars with арахис/миндаль/кешью/фисташка/орех, Nut&Go, "
           "R.A.W., Pikki, Reeel орехово-ягодный, pistachio-flavoured protein bars, Snickers of every kind "
           "(Snickers always contains peanuts -- outside knowledge), Рот Фронт «Батончики» candies "
           "(confectionery made with ground nuts/praline -- outside knowledge), козинак, chocolate bars «с "
           "арахисом», and non-bars (Akbar tea, Mixbar popcorn/dates)"),
        ("сок яблочный самый дешевый", {
            "pyaterochka": [],
            "magnit": ["5cc1685377", "9aed063f0e", "2b7a93fdc9", "a44cb39821", "755af2f920"],
            "dixy": ["2000107422", "2000405003", "DI00078820", "2000225623", "10E0072646", "2000550673",
                     "2000005628", "2000341137", "2000148374", "2000177649", "DI00081301"],
            "perekrestok": ["47600", "4239136", "3977669", "4059743", "4222319", "3903669", "84798", "3411877",
                            "3646063", "3636704", "4001466", "4316873", "4157530", "58049", "4259039", "3002924",
                            "3387565", "4233679", "4340742", "4340738", "3049629", "4069132", "3270265", "3376409",
                            "4315654", "3612824", "4100577"],
        }, "single-fruit apple juice of any brand/size incl. green-apple, direct-pressed, clarified and "
           "children's apple juice; apple mixes (виноград, вишня, груша, персик, абрикос), juice with celery and "
           "detox juices, nectars and «сокосодержащие» drinks excluded; «самый дешевый» is a wish"),
    ]),
]


def read_blind(path):
    """Return {list number: text} from the blind draft (lists follow '=== fwgNN ===' lines)."""
    texts = {}
    cur = None
    buf = []
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            m = re.match(r"^=== fwg(\d\d) ===$", line)
            if m:
                if cur is not None:
                    texts[cur] = "\n".join(buf).rstrip("\n")
                cur = int(m.group(1))
                buf = []
            elif cur is not None:
                buf.append(line)
    if cur is not None:
        texts[cur] = "\n".join(buf).rstrip("\n")
    return texts


def check_blind():
    """Every list text must equal the blind draft, apart from the REPLACED items."""
    with open(BLIND, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    errors = []
    if digest != BLIND_SHA256:
        errors.append("blind draft sha256 %s != recorded %s" % (digest, BLIND_SHA256))
    blind = read_blind(BLIND)
    if sorted(blind) != list(range(1, len(LISTS) + 1)):
        errors.append("blind draft has lists %r" % sorted(blind))
    for n, (text, _items) in enumerate(LISTS, 1):
        expected = blind.get(n, "")
        for old, new in REPLACED.get(n, []):
            if expected.count(old) != 1:
                errors.append("fwg%02d: replaced item %r not found once in the blind text" % (n, old))
            expected = expected.replace(old, new)
        if text != expected:
            errors.append("fwg%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fwg"))
