#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ur.jsonl -- 25 shopping lists of a neighbour who shops for an elderly couple next door
(дед and баба Нина) and copies their requests into her own list with notes («деду», «для деда», «бабе нине»,
«старикам», «себе», «мне»), in the couple's old-fashioned words (геркулес, пшенка, кура, постное масло, ситро,
лаврушка, сгущенка гост…), hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ur.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_ur.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; every item was then re-checked by listing all in-stock titles
matching its stem that were not accepted.  The note of each item records what was accepted, what was deliberately
left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable
(the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item in each of the two lists that were empty in all four stores).  labelled_lists.build then checks
the data -- every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item,
every item has a note, the labels are exactly the list's items in order (an item is the text between commas / new
lines) -- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fur01, fur02, ... in LISTS
order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ur.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ur.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (10, "порошок стиральный ручная стирка пачку", "порошок стиральный автомат пачку"),
    (21, "вата медицинская бабе нине", "ватные диски бабе нине"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 кисломолочное, батон и йогурт себе
    ("кефир 1% деду 2 пакета, батон нарезной бабе нине, сметанка 15% старикам, себе йогурт греческий", [
        ("кефир 1% деду 2 пакета", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416", "2084558",
                            "3352331", "3604602"],
        },
         "kefir 1% incl. биокефир (Большая Кружка), any brand and pack; «2 пакета» is a quantity (a count of packs; "
           "titles do not say bag vs bottle), «деду» a note; other fat levels, «биокефирный/кефирный продукт», Bio Баланс "
           "«биопродукт кефирный», the strawberry «кефирный коктейль» and the Агуша children's kefir 3.2% excluded; "
           "Пятёрочка has only a 3.2% kefir"),
        ("батон нарезной бабе нине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        },
         "loaves of the variety «Нарезной» (Коломенское, Пр!ст «классический нарезка», Маркет «нарезанный» and "
           "«улучшенный»); «нарезной» read as the variety; other batons (Молочный, к завтраку, Новый, Горчичный, Зерновой,"
           " Отрубной, Утренний) and Перекрёсток's unnamed «Батон, 300г» (variety not stated) excluded; chocolate and "
           "cereal «батончики» are traps"),
        ("сметанка 15% старикам", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874", "c90113311e",
                       "1000082622", "1899900582", "1000372785", "2645f50028", "b699c0f510", "1000208902", "8000035449",
                       "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470", "29910",
                            "3391034", "3142744", "3667086", "3651189", "3423443", "4349772", "4349771"],
        },
         "sour cream 15% of any brand and pack, incl. lactose-free (Свежее завтра) and Простоквашино «из топлёных "
           "сливок» 15% (still sour cream 15%); other fat levels, the garlic-flavoured РостАгроЭкспорт «пикантная» "
           "(flavoured), sour-cream mayonnaise, chips/croutons «со сметаной», Сметанковый cheese excluded; «старикам» is a"
           " note"),
        ("себе йогурт греческий", {
            "pyaterochka": [],
            "magnit": ["1000181497", "8000087572", "dafd7c4dc4"],
            "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"],
            "perekrestok": [],
        },
         "plain Greek yoghurt (Lactica 4%, Epica 2.5%, Магнит «ГРЕЧЕСКИЙ 2%», Neo «Классический», Простоквашино, Teos "
           "«Натуральный», Савушкин Teos 2% 250 г whose title names no flavour - taken as plain); flavoured Greek yoghurts"
           " (черника, клубника, орехи и мёд, манго-чиа, персик, двухслойные with fruit) excluded - a plain product word "
           "excludes flavoured ones; Перекрёсток has only flavoured ones; «себе» is a note"),
    ]),
    # L02 каши для стариков, овсяное молоко себе
    ("для деда геркулес пачку\nбабе нине пшенку на кашку\nмолоко 3.2 им на кашу\nмне овсяное молоко alpro", [
        ("для деда геркулес пачку", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91", "7e4e5763f5", "1fbd6e427e"],
            "dixy": ["2000222892", "2000002160", "2000219614", "2000186448", "1041032607", "DI00078791", "2000604115",
                     "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "4355178", "9056", "3503161", "3469028", "2105514", "4078263", "3933387",
                            "23772", "3421663", "6752", "4321219", "24926", "2122914", "2122915", "2122919", "3469027"],
        },
         "«геркулес» = plain rolled oat flakes for porridge (outside knowledge: the Soviet brand name is the everyday "
           "word for овсяные хлопья), any brand and grade (Геркулес, Экстра №1-3, quick-cooking, Nordic, gluten-free, "
           "naked-oat flakes); «пачку» is a quantity; flavoured and instant porridge sachets (Геркулес «с "
           "вишней/клубникой/абрикос», «без варки» Быстров), ready porridges, oat flakes with bran or berries, multigrain "
           "flakes, oat biscuits, oat drinks, Фацер bread «ГЕРКУЛЕС», and titles that do not say flakes (Лакоме «резаная» "
           "cut oats, Vila Natura «Овсянка», Myllyn Paras «Каша овсяная») excluded"),
        ("бабе нине пшенку на кашку", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "«пшенка» = millet groats (пшено): Пятёрочка «Крупа пшено шлифованное в пакетиках для варки» (boil-in bags are "
           "still millet groats); «на кашку» is a purpose; Myllyn Paras «Каша … пшенная» (a porridge/flake product, not "
           "groats), the rice-and-millet mix «Дружба», ready millet porridge excluded; no millet groats in Магнит, Дикси "
           "or Перекрёсток"),
        ("молоко 3.2 им на кашу", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "8000081425", "1000244834", "1000172272", "1899800825", "8000026015",
                       "1000553875", "8000026014", "1812450001", "1000323041", "1000139951", "1000049786", "1000445488",
                       "be3e0e74c3", "1000127183", "1059990140", "8000058295", "4aff59ccac", "18ca387556"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951", "10J0077073",
                     "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        },
         "drinking cow milk of exactly 3.2 % (pasteurised, UHT, sterilised), incl. children's milk (Агуша, Тема, Зелёная"
           " Линия/Аммм «с 8 месяцев») as in real_basket_eval; ranges (3,2-4 %, 3,2-6 %), топлёное, «для капучино», 3.5 % "
           "Parmalat, other fat levels, goat milk, condensed/dry milk excluded; «на кашу» is a purpose"),
        ("мне овсяное молоко alpro", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "Alpro oat drink: absent in every chain. Outside knowledge: Alpro is sold in Russia as Planto, but no Planto "
           "oat drink is on offer either (Дикси «Alpro/Planto» coconut-rice and almond, Planto soy and almond drinks are "
           "other products); oat drinks of other brands (Nemoloko, Hi, Vega Natura, Овсянка Сэр!) are not accepted - a "
           "named brand that is absent is not replaced; «мне» is a note"),
    ]),
    # L03 пирожки бабы Нины
    ("маргарин для пирожков бабе нине, мука высший сорт 2 кг на пирожки, дрожжи саф-момент пару пакетиков, яйца с0 десяток себе", [
        ("маргарин для пирожков бабе нине", {
            "pyaterochka": [],
            "magnit": ["1000374189", "1000054609"],
            "dixy": ["2000003174"],
            "perekrestok": ["4275750", "58471"],
        },
         "margarine (Пышка «для выпечки» 72 %, Хозяюшка сливочный 60 %); «для пирожков» is a purpose; Кремлёвское "
           "spreads (спред растительно-жировой / растительно-сливочный) are not margarine and are excluded; Пятёрочка has "
           "no margarine"),
        ("мука высший сорт 2 кг на пирожки", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733", "ЦТ0044544"],
            "perekrestok": ["3915409", "3193726", "3305673", "91321", "4326495", "3681817", "4262616", "2037765", "3626914",
                            "2107396", "2112692"],
        },
         "wheat flour высший сорт in 2 kg packs («2 кг» names the pack of a packaged good, as «мука в/с 2 кг» in set "
           "vy); Магнит «Мука ПЫШЕЧКА, пшеничная, 2кг» and the Старооскольская «хлебопекарная» 2 kg packs of Магнит and "
           "Дикси taken as высший сорт (outside knowledge: the same brands are titled «высший/высшего сорта» elsewhere in "
           "the offers); 1 kg packs, «экстра» and «особая» grades, блинная, self-raising, wholegrain, rye and non-wheat "
           "flours and Дикси's unbranded «Мука пшеничная хлебопекарная, 2 кг» (grade not stated) excluded; «на пирожки» is"
           " a purpose"),
        ("дрожжи саф-момент пару пакетиков", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        },
         "Саф-Момент dry yeast 11 g sachets (Магнит, Дикси); «пару пакетиков» is a quantity; pressed yeast «Люкс Экстра»"
           " (made by Саф-Нева but not Саф-Момент; the Дикси title also says «сухие … прессованные»), yeast dough and "
           "yeast-free bread excluded"),
        ("яйца с0 десяток себе", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "3421287", "3914040", "4236458",
                            "4085790", "3182853", "4012802", "4352464", "3356111", "3432532", "2131762"],
        },
         "chicken eggs of class С0 (= «отборные/отборной категории», written СО/CO/C0 in titles) in packs of 10 "
           "(«десяток» = packs of 10 only); С1, С2, СВ/«высшей категории», packs of 6/15/20/30, quail eggs excluded; "
           "«себе» is a note"),
    ]),
    # L04 консервы и чёрный хлеб
    ("килька в томате деду 2 банки, сайра в масле бабе нине, черного хлебушка буханку деду", [
        ("килька в томате деду 2 банки", {
            "pyaterochka": [],
            "magnit": ["b755c9549a"],
            "dixy": [],
            "perekrestok": [],
        },
         "canned sprat (kilka) in tomato sauce: Магнит Доброфлот «балтийская в томатном соусе»; ЛААТСА «обжаренная с "
           "чили» (a chili-flavoured variant) excluded, as are шпроты (smoked sprats in oil), бычки and sardines in tomato"
           " (other fish); «2 банки» is a quantity; no kilka in the other chains"),
        ("сайра в масле бабе нине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "canned saury in oil: no сайра in any chain; sardines, sprats and other canned fish are other products"),
        ("черного хлебушка буханку деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78034810", "4149554", "3382146", "4329404", "3974719", "3931337", "3945535", "3126329", "3974720",
                            "4074396", "3627134", "4148558", "3658457", "2060872", "4276930", "3953836", "78034786", "3631465",
                            "3624125", "3617422", "2000243", "2024150", "4354623", "4049144", "4164733", "2053660", "3634576",
                            "3965436"],
        },
         "«чёрный хлеб» = rye or rye-wheat bread: titles saying ржаной / ржано-пшеничный, and the classic rye-wheat "
           "varieties Бородинский, Дарницкий, Столичный and Двинской (outside knowledge: these are rye-wheat «black» "
           "breads; Столичный and Двинской titles do not say rye); «буханку» read as a unit (halves, «часть изделия», "
           "sliced loaves and the rye батард accepted); wheat breads, breads whose titles do not state rye (Советский, "
           "Сельский, Боярский, Измайловский, солодовый, Рижский Хлеб Деревенский/Крестьянский, Ржевский, Пумперникель), "
           "the brand «Ржаной Край» (the brand word does not make rye bread; as in set d), rye bread with raisins or "
           "garlic, хлебцы/хлебец, гренки, wafer «Хлеб Елизавета» excluded; only Перекрёсток sells rye bread"),
    ]),
    # L05 колбаса, сыр, масло, моцарелла себе
    ("докторская колбаса грамм 300 для деда, сыр пошехонский бабе нине, масла сливочного 82.5% пачку бабе нине, мне моцарелла", [
        ("докторская колбаса грамм 300 для деда", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "352b78741a", "0406a2a7ef", "c9c2b3f600", "6e16b1777a", "89c39c317d",
                       "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["3385812", "2170372", "3434232", "4312573"],
        },
         "boiled sausage Докторская of any brand, pack or cut (ГОСТ or not, incl. Царицыно «Особая», sliced packs, the "
           "Клинский category A sold by weight); «грамм 300» is the amount wanted (a quantity of a sausage also sold by "
           "weight), not a pack filter; Докторские sausages (сосиски) excluded"),
        ("сыр пошехонский бабе нине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "Пошехонский cheese: absent in every chain; other semi-hard cheeses (Российский, Голландский…) are other "
           "varieties and a written variety is required"),
        ("масла сливочного 82.5% пачку бабе нине", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642",
                       "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070",
                     "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609", "3026226", "4113532",
                            "3434127", "3612778", "4310021", "4055506", "86149", "3369241", "3698785", "3287314", "3396544",
                            "3657363", "4292462", "4343792", "3699369", "4196090", "3953367", "4135603", "3922315", "3654551"],
        },
         "sweet-cream butter of exactly 82.5 % (Традиционное, Вологодское, unsalted, lactose-free; any brand and pack - "
           "«пачку» is a quantity); 82 % butters (Jalo Kerma, Arla Natura, Молочный знак, President, Киприно) excluded "
           "because a written fat % must match (82.5 % satisfies «82», not the reverse); 72.5 %, chocolate butter, spreads"
           " excluded"),
        ("мне моцарелла", {
            "pyaterochka": [],
            "magnit": ["1000070528", "f34553b2a5", "1000216597", "8000036544", "1000397214", "3ceec6b968", "8fafbefa0d",
                       "a6a7985f8b", "ac45682a48"],
            "dixy": ["2000365606"],
            "perekrestok": ["3668945", "3500953", "3949283"],
        },
         "mozzarella cheese of any form (balls, mini/чильеджина, cubes, for pizza, in brine, Unagrande protein sticks - "
           "still mozzarella), any brand; poultry sausages «с моцареллой» excluded; «мне» is a note"),
    ]),
    # L06 к чаю
    ("сахар рафинад деду к чаю, чай индийский со слоном бабе нине, сушек с маком полкило, пряник тульский бабе нине", [
        ("сахар рафинад деду к чаю", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000538871", "10E0076829", "2000350151"],
            "perekrestok": ["4092763"],
        },
         "white lump refined sugar (кусковой / прессованный: Русский сахар, Чайкофский кусковой, Дикси «Сахар "
           "прессованный») of any pack; granulated sugar (incl. Магнит Чайкофский «Сахар-песок … Рафинированный» - refined"
           " but not lumps), cane lump sugar (unrefined, brown), vanilla sugar excluded; «к чаю» is a purpose"),
        ("чай индийский со слоном бабе нине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "«индийский чай со слоном» names a specific product - the Indian black tea in the elephant pack (outside "
           "knowledge: the Soviet-era brand people still ask for); it is in no chain; Richman «Ассам чёрный (индийский) "
           "крупнолистовой» is Indian tea of another brand and pack and is not accepted (a named brand/pack that is absent"
           " is not replaced)"),
        ("сушек с маком полкило", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        },
         "poppy-seed sushki: Магнит Невская сушка «Сушки-мини … маковые» 200 g; «полкило» is the amount wanted, not a "
           "pack filter; plain/sugar-free sushki, vanilla and «Оригинальные» baranki, garlic Тараллини excluded"),
        ("пряник тульский бабе нине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "Тульский пряник (the filled pressed gingerbread): none in any chain; ordinary пряники (Стойленские, "
           "шоколадные, заварные клюква/апельсин, Северные) are other products"),
    ]),
    # L07 цикорий, кофейный напиток, кофе себе
    ("цикорий растворимый бабе нине вместо кофе, кофейный напиток ячменный колос деду, сгущенка гост банку, мне кофе в капсулах", [
        ("цикорий растворимый бабе нине вместо кофе", {
            "pyaterochka": [],
            "magnit": ["6e9c524bd5", "9c453f410d", "577c8fa879", "279b109298"],
            "dixy": [],
            "perekrestok": [],
        },
         "instant chicory (Большая чашка, Здоровье, Экологика сублимированный, Цикорич «порошкообразный» - powdered "
           "chicory taken as instant, outside knowledge); Пятёрочка Большая чаша «с черникой» (flavoured) excluded; "
           "«вместо кофе» is a purpose"),
        ("кофейный напиток ячменный колос деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "the barley coffee drink «Ячменный колос»: in no chain; 3-in-1 «кофейные напитки» (Nescafe, Jacobs, MacCoffee, "
           "Жокей), milk coffee drinks and Green Milk barley-chickpea drinks are other products; Стойленские пряники (ОАО "
           "Колос) are a trap"),
        ("сгущенка гост банку", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "1000003186", "1000427075", "cc9252c04f", "be9bed5042", "66294fd8e5",
                       "1000129520", "dedd707721", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["3484257", "2123014", "3491930", "3376242", "4147345", "4218934", "4211054"],
        },
         "«гост» read as real sweetened condensed whole milk of the ГОСТ composition (цельное с сахаром 8.5 %), accepted"
           " whether or not the title repeats «ГОСТ» - the chains print it inconsistently for the same product "
           "(Алексеевское 100 g says ГОСТ, 360/650 g do not); Рогачевъ «цельное 8,5%» and Алексеевское «8.5% 650г» taken "
           "as sweetened (outside knowledge: the classic tins); the Дикси 650 g sachet accepted («банку» is a quantity); "
           "варёная сгущёнка, coffee/biscuit-flavoured, Пр!ст 1 % (not the whole-milk 8.5 % product), Моя цена «Продукт "
           "молочный Сгущенка» (not milk) and desserts with condensed milk excluded"),
        ("мне кофе в капсулах", {
            "pyaterochka": [],
            "magnit": ["eacf84687f", "12153dcb82"],
            "dixy": [],
            "perekrestok": ["4329783", "4329784"],
        },
         "coffee capsules of any system and brand: Jardin Andante and Ristretto (10 capsules), Перекрёсток Tassimo L'or "
           "«16х8.5г» (T-discs, a capsule-type pod - outside knowledge); Jardin «Vanillia» (vanilla-flavoured) excluded as"
           " flavoured; laundry capsules and pharmacy capsules are traps; «мне» is a note"),
    ]),
    # L08 минералка и вода
    ("ессентуки 17 для деда, боржоми бабе нине, ситро лимонад 2 бутылки, себе вода без газа 5л", [
        ("ессентуки 17 для деда", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000336236", "2000601312"],
            "perekrestok": ["3977406"],
        },
         "mineral water Ессентуки №17 (Дикси 450 ml, Перекрёсток 450 ml) and Дикси «Вода минеральная Галерея источников "
           "№17» (outside knowledge: «№17» designates the Ессентуки-17 water; the brand bottles Ессентуки №4 and №17); "
           "Ессентуки №4, «Ессентуки целебная» and other mineral waters excluded"),
        ("боржоми бабе нине", {
            "pyaterochka": [],
            "magnit": ["67c2003564"],
            "dixy": ["2000188861", "ЦТ0020861", "2000211073", "2000315091"],
            "perekrestok": ["3393237"],
        },
         "Borjomi/Боржоми mineral water of any bottle (glass or PET, 0.5-1.25 l); the Боржоми «Флейворд Вотер» flavoured"
           " drinks excluded"),
        ("ситро лимонад 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["30822d92cf", "a5f624f2a7", "8b5709c065"],
            "dixy": [],
            "perekrestok": ["3645982", "2158026", "4271305", "3662137", "4340329", "4327937", "3625731"],
        },
         "«ситро» read as the old word for a sweet fizzy drink (dictionary sense: фруктовая газированная вода), glossed "
           "by «лимонад»: classic lemonade - drinks named «Лимонад» with no other flavour (Добрый, Старые добрые традиции,"
           " Русский Дар, Пр!ст, Чудесное далеко) and plain lemon lemonades (Волжанка, Зандукели, Черноголовка «лимон», "
           "Маркет «со вкусом лимона»); no product is named «Ситро»; Дюшес, Тархун, Байкал, Буратино (named other "
           "flavours, as in set d), lemon-lime, Лимонный Пунш, pear, melon, watermelon and Шеф fruit lemonades excluded; "
           "«2 бутылки» is a quantity. Judgement: if «ситро» were read as the specific Ситро flavour the item would be "
           "missing everywhere"),
        ("себе вода без газа 5л", {
            "pyaterochka": ["3635131"],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "4263871", "4231308", "3373718", "43693"],
        },
         "still drinking water in 5 l bottles («5л» names the pack): any brand incl. 5 l children's water (Фрутоняня, "
           "Аквалайн «Для ляль», Черноголовка Бэйби, Кидси - still drinking water; like children's milk) and bottles whose"
           " title names no gas (5 l bottles are sold still - outside knowledge: Источник здоровой жизни, Виста, Люкс «с "
           "тарой»); Пятёрочка «Легенда Гор … негаз … 5.0» taken as a 5 l bottle; 0.5-2.5 l and 6 l bottles, sparkling and"
           " flavoured water excluded"),
    ]),
    # L09 мойва коту, селёдка, картошка
    ("мойва мороженая кило (дед коту варит), селедочка в масле баночку бабе нине, картошка 3 кг старикам", [
        ("мойва мороженая кило (дед коту варит)", {
            "pyaterochka": [],
            "magnit": ["70dc656a28"],
            "dixy": ["2000563211"],
            "perekrestok": [],
        },
         "frozen whole capelin (Магнит 800 g, Дикси Borealis 700 g); «кило» is a quantity and «дед коту варит» a purpose"
           " note; capelin roe excluded"),
        ("селедочка в масле баночку бабе нине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000162753", "2000322886", "2000236692", "2000242531", "2000179260", "2000309903"],
            "perekrestok": ["3345483", "3682728", "3683735", "3463465", "3993017", "4322376", "4275608", "4159336"],
        },
         "herring fillets/pieces in oil, plain: Vici (К картошке, традиционная), Леор, Мореслав, Матиас «оригинальная», "
           "Русское море (к картошке, традиционный посол, Исландка), Балтийский Берег «по-царски … филе в масле», Русский "
           "Невод, Пр!ст, Маркет, and Перекрёсток's loose «Филе сельди без кожи в масляной заливке» («баночку» is a count "
           "of packs, not a filter); herring in oil with dill, smoke flavour, spices/seasonings, onion and tomato, herring"
           " in mayonnaise, wine or tomato dressing, whole salted herring, smoked fillets, canned «натуральная» and Santa "
           "Bremor «популярное» (medium not stated) excluded"),
        ("картошка 3 кг старикам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "3987", "4342860", "3142878", "3142879", "3074469", "43968", "3092450", "4265670"],
        },
         "fresh potatoes of any kind and pack (loose, net, washed packs, Белорусский, red, Бэби 2 kg, «для варки/для "
           "жарки» 3 kg, отборный 2.5 kg, гигант, Чик-Чик 1 kg - taken as fresh, as in set vy); «3 кг» is a quantity of a "
           "weighed good; sweet potato (батат), boiled peeled, frozen cut, fried/baked ready dishes, Магнит «Картофель "
           "АЙДАХО (СП ГМ)» (a ready dish), «Картошка» sweets and cakes, chips and potato seasonings excluded; Магнит and "
           "Пятёрочка sell no fresh potatoes"),
    ]),
    # L10 хозяйственное
    ("мыло хозяйственное 72% бабе нине, спички 10 коробков деду, порошок стиральный автомат пачку", [
        ("мыло хозяйственное 72% бабе нине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "household (laundry) soap 72 %: none in any chain; toilet, bath («Банное»), antibacterial and liquid soaps are "
           "other products"),
        ("спички 10 коробков деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "matches: none in any chain («в коробке» chocolates are a trap)"),
        ("порошок стиральный автомат пачку", {
            "pyaterochka": [],
            "magnit": ["d8aa9ce5e8", "3372dfb7f6", "3c569d2305", "cf77b09c0c", "a728270b73", "eda27ccd92", "f93558c546",
                       "2002145e39", "147d8a2d07", "d8210473b5", "9570abee2a", "e1ac0bab6d", "240fe4229e", "95636dc9ca",
                       "4d919fe5ff", "cc70715e17", "8d8c8ce3af", "9ec3c6b343", "4a43abe881", "eee3b0a174", "6d62d005d5",
                       "21dd0bf72c", "e045589f41", "0306390d77", "f400bf3623", "32662031ca"],
            "dixy": [],
            "perekrestok": [],
        },
         "REPLACED item (blind: «порошок стиральный ручная стирка пачку» - no chain sells a powder titled for hand "
           "washing, so list fur10 was empty everywhere). Laundry powder whose title says «автомат» (Ariel, BiMax, Losk, "
           "Persil, Sorti «Экстракт хлопка», Дося, Tide, Миф «Колор», Завод братьев Крестовниковых детский автомат колор),"
           " any scent, colour or children's variant and any pack size («пачку» is a quantity); powders whose titles do "
           "not state «автомат» (Persil Сенситив and «Сов», Sorti Колор актив/Цветущий лен, Tide детский колор, Dosia, Миф"
           " Морозная свежесть, Synergetic universal and concentrate, Крестовниковых «для белого»), dishwasher powders, "
           "cleaning powders and capsules excluded; only Магнит"),
    ]),
    # L11 кисломолочное по-старому
    ("ряженка для деда, простокваша бабе нине, творожок 9% пару пачек для бабы нины, варенец если будет", [
        ("ряженка для деда", {
            "pyaterochka": [],
            "magnit": ["1000385205", "1000451592", "1000439736", "1000371474", "1000348552"],
            "dixy": ["2000536771", "2000587053", "2000543673", "2000313789"],
            "perekrestok": ["4230794", "4173940"],
        },
         "plain ryazhenka of any fat and pack, incl. Агуша «Детская» 3.2 % (children's, as for milk) and Домик в деревне"
           " «Топленое молоко» 2.5 % (taken as the plain variant - its siblings are named груша/клубника); strawberry, "
           "baked-apple, pear, raspberry, banana-caramel and dried-fruit ryazhenkas excluded (flavoured)"),
        ("простокваша бабе нине", {
            "pyaterochka": [],
            "magnit": ["1000284419", "26c8070a70"],
            "dixy": ["2000543672"],
            "perekrestok": [],
        },
         "простокваша (Эго термостатная, incl. «Мечниковская»); варенец, ацидофилин, мацони, снежок, yoghurts and the "
           "Простоквашино brand (кефир, сметана…) are other products; only Магнит and Дикси"),
        ("творожок 9% пару пачек для бабы нины", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "8000055235", "1000122024",
                       "0cfee9df84", "1000530486", "1000426470", "1000426465", "1000448252"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076", "2000564413",
                     "2000312025", "2000280850"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "4294087", "3487310"],
        },
         "«творожок 9%» = plain cottage cheese 9 % (as «творожок 9 процентов» in set vy): any brand and pack, incl. "
           "рассыпчатый, пластовой and Зелёная Линия «Зернышко»; «пару пачек» is a quantity; other fat levels, children's "
           "fruit curds (Агуша), curd desserts/«творожок» with fruit, curd cheese (сыр творожный) excluded"),
        ("варенец если будет", {
            "pyaterochka": [],
            "magnit": ["1000560511", "8000093609"],
            "dixy": ["2000581091"],
            "perekrestok": [],
        },
         "варенец (Ростагроэкспорт термостатный, Славянские Кружева); «если будет» is a wish; ряженка, простокваша "
           "excluded; only Магнит and Дикси"),
    ]),
    # L12 бульон бабе Нине
    ("вермешель паутинка на супчик, кура бабе нине на бульон, морковочки кило на суп, лаврушку пакетик", [
        ("вермешель паутинка на супчик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["T000015331"],
            "perekrestok": [],
        },
         "«вермешель» is a typo for вермишель; the variety паутинка is required: Дикси Makfa «Паутинка»; other "
           "vermicelli (Makfa «короткая тонкая», Barilla Филини, Верони, Шебекинские «лёгкая», Маркет/Пр!ст вермишель), "
           "funchoza and instant noodles excluded; «на супчик» is a purpose"),
        ("кура бабе нине на бульон", {
            "pyaterochka": [],
            "magnit": ["83c54dfa06", "6bf2d45df8", "d9a7978145", "7abe5505c4", "99331702b7", "f8e8bcfe75", "1782102a6a",
                       "bba6e25510"],
            "dixy": ["2000581594", "2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3673509", "2160076", "3689116", "2160048", "3683728", "78004576", "3669585", "53105", "4242120",
                            "4208844", "3694848", "4323072", "3273915", "3653837", "2173555", "3946764", "4329298", "3191300",
                            "52888", "78003876", "3362832", "3336397", "3940063", "4312563", "3678985", "3649232", "3609675",
                            "4116904", "4306879", "3034277", "4347498", "3216279", "78005446"],
        },
         "«кура» = курица (colloquial/old word), labelled by the «курица» convention of real_basket_eval: raw chicken, "
           "whole bird (тушка, цыплёнок табака) or parts (бедро, голень, крыло, грудка on or off the bone, fillets, "
           "medallions), incl. raw parts in marinade (Голень «Алабама», Цыплёнок табака в маринаде, Филе курицы в "
           "маринаде, Шашлык куриный в кефире мясокостный); «на бульон» is a purpose, not a filter; cooked/fried/baked "
           "chicken, ready meals, котлеты, шницели, наггетсы, breaded medallions, sausages, canned chicken, baby purées, "
           "pet food and chicken seasonings excluded; Пятёрочка has no raw chicken"),
        ("морковочки кило на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "3463356", "19345", "3368256", "60529", "4299784"],
        },
         "fresh carrots of any pack (loose, washed, net 600 g-1 kg, mini 250 g, «для сока» 1 kg - fresh carrots sold for"
           " juicing); «кило» is a quantity of a weighed good, «на суп» a purpose; cooked peeled carrots (Дмитровские "
           "Овощи «варёная»), Korean carrot salads, carrot juice/nectar, smoothies, sauerkraut with carrots and frozen "
           "mixes excluded; only Дикси and Перекрёсток"),
        ("лаврушку пакетик", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        },
         "«лаврушка» = bay leaf: Kotanyi «Лист лавровый» 5 g, Пр!ст 10 g; «пакетик» is a quantity"),
    ]),
    # L13 винегрет
    ("капуста квашеная деду, свекла на винегрет, зеленого горошка баночку на винегрет, постного масла нерафинированного бутылку", [
        ("капуста квашеная деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000548651"],
            "perekrestok": ["2068014", "4243262", "4116723"],
        },
         "sauerkraut: Дикси «Фитнес» без сахара, Белоручка and Зелёная Линия «с морковью» (outside knowledge: carrot is "
           "part of classic sauerkraut); sauerkraut with cranberry, apple or caraway (flavoured variants), marinated "
           "cabbage («в маринаде»), Пелюстка with beet, kimchi, fresh cabbage excluded; Пятёрочка and Магнит have none"),
        ("свекла на винегрет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "4208428", "92844", "2143053", "786", "3378167", "13998", "4375880", "3368257", "4299508"],
        },
         "fresh beetroot (loose, net, packs, bunches, young, washed, Маркет Fresh 200 g, Белая Дача «свежая резаная»); "
           "fresh-produce words mean fresh produce, so boiled beet (also the «варёная» ones for винегрет - the purpose is "
           "not a filter), marinated, Korean, dried beet, salads, chard (мангольд) and seeds are excluded; «Свекла "
           "очищенная», «Свёкла целая очищенная» and «очищенная соломка» (raw or boiled not stated) excluded; only Дикси "
           "and Перекрёсток"),
        ("зеленого горошка баночку на винегрет", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92", "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884", "2000118079",
                     "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "3951175", "4283761", "4059535", "3635251", "3483842", "19134",
                            "4206921", "3628006", "77114", "32340", "4188483", "3504837", "4192227", "3447858", "4273266",
                            "4274246", "3350744", "3360308", "3026306", "4380317", "4211849", "2035571"],
        },
         "canned green peas in cans/jars of any brand (молодой, нежный, деликатесный, без сахара, мозговых сортов); "
           "«баночку» asks for a can, so frozen peas are excluded, and the 4.15 kg catering tin (Бояринъ) is not a "
           "«баночка»; peas with carrots (Bonduelle Expert), fresh sugar-snap «Горошек сладкий», microgreens, split dried "
           "peas, black pepper «горошек» (trap) and pet food excluded; «на винегрет» is a purpose"),
        ("постного масла нерафинированного бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4149438", "3608379", "74883", "3683883", "4311768", "2071663", "3653773", "4307791"],
        },
         "«постное масло» = sunflower oil (old word, outside knowledge); unrefined sunflower oil of any brand and bottle"
           " (Благо, Слобода, Здоровое меню, Dial-Export, Getuva high-oleic, Ароматы Жизни «из жареных семечек», Золотая "
           "Семечка, Маркет, Русский МасляникЪ, Юкка Юг); refined and deodorised oils, blends, olive/linseed/other oils "
           "and «Постный» mayonnaise sauces (trap) excluded; «бутылку» is a quantity"),
    ]),
    # L14 сладости к чаю
    ("конфеты коровка бабе нине, ириски золотой ключик деду, зефир в шоколаде к чаю, мне протеиновый батончик", [
        ("конфеты коровка бабе нине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "the milk-fudge sweets «Коровка» (Рот Фронт): none in any chain; Пятёрочка «Вафли Коровка» (wafers) and the "
           "dairy brand «Коровка из Кореновки» (ice cream, сырок, sour cream) are traps"),
        ("ириски золотой ключик деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "«Золотой ключик» toffees: none in any chain; other toffees (Meller «Ирис с шоколадом», Маркет «Ирис "
           "Сливочный») are other brands and are not accepted for a named brand"),
        ("зефир в шоколаде к чаю", {
            "pyaterochka": [],
            "magnit": ["1000354755", "0b2c20ca98"],
            "dixy": [],
            "perekrestok": [],
        },
         "chocolate-coated zefir, classic flavour: Шармэль «классический, в шоколаде» 250 g and Пастухов «Зефир молочный"
           " в бельгийском шоколаде» 60 g; Белёвские мастера «Клюква в шоколадной глазури» (a cranberry-flavoured zefir) "
           "excluded as flavoured; unglazed zefir, marshmallow in chocolate and chocolate bars with marshmallow excluded; "
           "«к чаю» is a purpose"),
        ("мне протеиновый батончик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000548696"],
            "perekrestok": ["4268248"],
        },
         "bars titled protein bars (Дикси Snaq Fabriq «Батончик протеиновый» фисташка-карамель, Перекрёсток BootyBar "
           "Crunch «протеиновый»), any flavour (protein bars have no plain variant); Bombbar «Батончик-мюсли» (not called "
           "protein), protein sweets, cookies, cakes, puddings and drinks, chocolate and cereal bars excluded; «мне» is a "
           "note"),
    ]),
    # L15 крупы и изюм
    ("крупа манная для деда, рис круглый деду на молочную кашу, изюм без косточек бабе нине", [
        ("крупа манная для деда", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "semolina groats: none in any chain; Makfa instant flavoured semolina porridge (Клюква-мед-имбирь/Гурьевская) "
           "is a ready porridge, not groats"),
        ("рис круглый деду на молочную кашу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["3231277", "3469128", "3469127", "4332035", "3674360", "3603169"],
        },
         "round-grain rice whose title says круглый/круглозерный/круглозернистый (Дикси «Крупа Рис круглый», Зернышко к "
           "зернышку, Мистраль Кубань, Националь Краснодарский, Увелка boil-in-bag; Перекрёсток Маркет, Мистраль Италика "
           "and Кубань, Увелка, unbranded 900 g), incl. 5x80 g bags; long-grain, parboiled, basmati, jasmine, brown, the "
           "rice-and-millet mix «Дружба», and varieties whose titles do not say round (Адриатика, Бальдо, Испанский, «для "
           "японской кухни», Агро-Альянс «кубанский») excluded; «на молочную кашу» is a purpose"),
        ("изюм без косточек бабе нине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316951", "3640864"],
        },
         "raisins: Перекрёсток Маркет «Изюм Голден» and «Изюм светлый» (outside knowledge: golden/light raisins are made"
           " from seedless grapes, so «без косточек» is taken as met though the titles do not say it); products with "
           "raisins (curd, cakes, yoghurt with granola, olives) excluded; no raisins in the other chains"),
    ]),
    # L16 сосиски, горчица, бородинский себе
    ("сосиски молочные деду, сардельки свинные, горчичку русскую поострее, мне хлеб бородинский", [
        ("сосиски молочные деду", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83"],
            "dixy": ["2000300143", "2000322511", "2000125037", "2000602632", "2000572752", "2000600471"],
            "perekrestok": ["3416253", "3198697", "4175216", "4100629", "3464086", "3390152", "4276248", "4329781"],
        },
         "sausages of the variety «Молочные» of any brand, pack or category (Дымов, Дмитрогорский, Одинцовский, "
           "Атяшевский, Вязанка «молочные», Великолукский, Велком, Мираторг, Мясоедов, Ближние Горки, Клинский, "
           "Гарибальди, МД Бородина, Маркет, Папа Может), incl. Индилайт «Молочные из индейки» (still the Молочные "
           "variety; meat was not specified); Вязанка «Молокуши», Окраина «с натуральным молоком», сливочные, венские and "
           "other varieties excluded"),
        ("сардельки свинные", {
            "pyaterochka": [],
            "magnit": ["d7c3fb2448"],
            "dixy": ["2000605431"],
            "perekrestok": [],
        },
         "«свинные» is a typo for свиные: pork sardelki (Ближние Горки «Свиные ГОСТ», Мясоедов «свиные ГОСТ»); Велком "
           "«Велкомовские копченые» and Дмитрогорские «Сочные» (pork not stated) excluded"),
        ("горчичку русскую поострее", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "2143139", "3333301", "3332502", "3435016", "3372044", "4337617", "4273279",
                            "4229364", "3416298", "2153858"],
        },
         "mustard whose title says «Русская» (Махеевъ, Русские закуски, Столичная, Тапако, Gustoff, Главпродукт, ЕЖК "
           "«Русская Столовая» and «Ядрёная жгучая», Натурово, Маркет, Семилукская трапеза, Махеевъ «Русская столовая»); "
           "«поострее» is a wish; flavoured (с хреном, с мёдом) and grainy (зернистая) mustards, Дижонская, Баварская, "
           "Французская, Деревенская, plain «Столовая», fruit mustards, mustard powder excluded"),
        ("мне хлеб бородинский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        },
         "Бородинский bread (Аютинский, Пр!ст «новый заварной», Маркет, Самарский БКК «особый»); other rye breads, "
           "BEERKA «Бородинские» croutons and the sausage brand МД Бородина are traps; only Перекрёсток"),
    ]),
    # L17 к чаю по-старому
    ("печенье мария для бабы нины, сухари ванильные деду, халвы подсолнечной грамм 300 деду, кисель брикетом 2 шт для бабы нины", [
        ("печенье мария для бабы нины", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "«Мария» biscuits: none in any chain (other biscuits are other products; «Санта Мария» pears and Santa Maria "
           "pepper are traps)"),
        ("сухари ванильные деду", {
            "pyaterochka": [],
            "magnit": ["4f2c3ab423"],
            "dixy": [],
            "perekrestok": [],
        },
         "sweet vanilla rusks: Магнит ОГО! «Сухарики … ванильные» 250 g (outside knowledge: ОГО! makes sweet сухари; the"
           " diminutive title is the same product); rusks with raisins/sugar, savoury croutons (сухарики with garlic, "
           "tomato…), breadcrumbs excluded"),
        ("халвы подсолнечной грамм 300 деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "plain sunflower halva: none in any chain; Рот Фронт «Дружба с арахисом» (with peanuts, sunflower base not "
           "stated), halva in chocolate, halva sweets and wafers with halva are other products"),
        ("кисель брикетом 2 шт для бабы нины", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "kissel in briquettes: no title says брикет; Дикси Русский продукт «Малина/Клюква, 190 г» and Перекрёсток "
           "«моментального приготовления, 25г» (form not stated / instant sachet), ready kissel drinks and the children's "
           "ФрутоНяня kissel excluded; brick ice creams are a trap"),
    ]),
    # L18 бутерброды бабы Нины
    ("сыр голландский Бабе Нине, масло крестьянское 72.5% для бабы нины, яички десяток с1, белый батон к чаю", [
        ("сыр голландский Бабе Нине", {
            "pyaterochka": [],
            "magnit": ["1000316963", "8000068573", "1000352345", "8000027253"],
            "dixy": [],
            "perekrestok": [],
        },
         "Голландский cheese (Брест-Литовск, Landkaas by weight and grated, Село Зелёное); grated Голландский kept "
           "(grated cheese counts as cheese in real_basket_eval); other varieties (Российский, Гауда…) excluded; only "
           "Магнит carries it; «Бабе Нине» (capitalised) is a note"),
        ("масло крестьянское 72.5% для бабы нины", {
            "pyaterochka": [],
            "magnit": ["1000384151", "1000262381", "a1a2b1e98a", "3181241105", "1855599920", "1899911038", "1844000142",
                       "1000457493"],
            "dixy": ["2000401635", "2000288309", "2000538793"],
            "perekrestok": ["2029217", "3363741", "2068941", "3645266", "3472940", "4260610", "3980020", "4051359", "3423762",
                            "4035287", "3917028", "3384196", "4068626", "3355277", "86150", "3226314", "3347817", "2071031",
                            "3406593", "3371288", "4147662"],
        },
         "butter Крестьянское 72.5 %: titles naming Крестьянское (incl. Княгининское «Крестьянское» without a %), and "
           "sweet-cream butters of 72.5 % that do not name a variety (Danke, Брест-Литовск, Молоко Шахунья «Гост», Первым "
           "делом, Кунгурский, ЭкоНива, Зелёная Линия lactose-free) - outside knowledge: under ГОСТ 32261 a 72.5 % "
           "sweet-cream butter is Крестьянское; Брест-Литовск «Традиционное» 72.5 % (names another variety), 82.5 % "
           "butters, Крем De Olio vegetable spreads excluded"),
        ("яички десяток с1", {
            "pyaterochka": [],
            "magnit": ["3454700001", "e5202b5cfd", "1000247384", "2047000033", "1000247393"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        },
         "chicken eggs of class С1 (incl. «1 категории», Latin «C1») in packs of 10; С0/отборные, С2, СВ, packs of "
           "6/15/20/30 and quail eggs excluded"),
        ("белый батон к чаю", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d"],
            "dixy": [],
            "perekrestok": ["4318510", "4264947", "2065120", "4329401", "3680023", "4102687", "4329402", "4157283", "78011178"],
        },
         "white wheat batons: Нарезной, Молочный, к завтраку, Новый, Утренний, Горчичный (a white wheat loaf made with "
           "mustard oil) and Перекрёсток's plain «Батон, 300г» (outside knowledge: a батон is a white wheat loaf); bran "
           "(Отрубной) and grain (Зерновой) batons are not white bread and are excluded; chocolate/cereal «батончики» are "
           "traps; «к чаю» is a purpose"),
    ]),
    # L19 фрукты
    ("яблоки антоновка деду, бананы бабе нине мягкие, мандаринок кило на всех, мне авокадо 2 шт", [
        ("яблоки антоновка деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "Антоновка apples: none in any chain; other apple varieties (Голден, Гала, Симиренко, Синап…) are not Антоновка"
           " - a written variety is required; Магнит zefir «Антоновка» is a trap"),
        ("бананы бабе нине мягкие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        },
         "fresh bananas (Дикси «спелые», Перекрёсток loose, Био, red bananas); «мягкие» is a wish; Перекрёсток «Бананы "
           "для жарки» (plantains, as in set g), dried and sun-dried bananas, banana-flavoured goods excluded"),
        ("мандаринок кило на всех", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        },
         "fresh mandarins (Дикси «Мандарины сладкие»); «кило» is a quantity; mandarin drinks, olives «с мандарином», "
           "juices excluded"),
        ("мне авокадо 2 шт", {
            "pyaterochka": [],
            "magnit": ["84db02dc1b"],
            "dixy": ["ЦТ0016679"],
            "perekrestok": ["49622", "4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407", "4272853",
                            "3216120", "4333280", "4254512", "4379376", "3954359", "3948371", "3445047", "3954360"],
        },
         "fresh avocado of any pack (loose, 1-2 pieces, 500 g-1 kg, Hass, organic, ready-to-eat, and Перекрёсток "
           "«Авокадо свежий без косточки, 300г» - fresh fruit, pitted); «2 шт» is a quantity; avocado oil, "
           "mayonnaise/cheese/cosmetics «с авокадо» excluded"),
    ]),
    # L20 рыба на котлеты
    ("треска филе мороженое, хек на котлеты бабе нине полкило, лучок зеленый пучок старикам, сметана 20% к рыбе", [
        ("треска филе мороженое", {
            "pyaterochka": [],
            "magnit": ["f7e065c834"],
            "dixy": [],
            "perekrestok": [],
        },
         "frozen cod fillet: Магнит «Треска МАГНИТ филе без кожи, свежемороженая»; Магнит «ТРЕСКА полуфабрикат из "
           "замороженного сырья» (a thawed semi-product, not stated as fillet or frozen), other fish (пикша, минтай) and "
           "cod liver excluded"),
        ("хек на котлеты бабе нине полкило", {
            "pyaterochka": [],
            "magnit": ["7ddc0adb14"],
            "dixy": [],
            "perekrestok": ["4340327"],
        },
         "raw hake: Магнит «ХЕК СЕРЕБРИСТЫЙ, полуфабрикат из замороженного сырья» (raw prepared hake sold chilled) and "
           "Перекрёсток Люди Любят «патагонский медальон из филе-кусочков без кожи замороженный»; «полкило» is a quantity "
           "and «на котлеты» a purpose; breaded hake (Vici «в панировке») and baby hake purées excluded"),
        ("лучок зеленый пучок старикам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "green onion: none in any chain (only bulb onions and chips «со вкусом зелёного лука», a trap)"),
        ("сметана 20% к рыбе", {
            "pyaterochka": [],
            "magnit": ["1000461809", "1000203662", "1000237596", "4221528ef6", "1899913371", "1000102474", "1000429067",
                       "1000574404", "1000574405", "30145abd36"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000509715", "2000544033", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029", "3166306",
                            "4072176", "4376610", "3181748", "4095524"],
        },
         "sour cream 20 % of any brand and pack; other fat levels, flavoured sour cream, sour-cream mayonnaise and chips"
           " excluded; «к рыбе» is a purpose"),
    ]),
    # L21 гигиена
    ("зубная паста новый жемчуг деду, крем детский бабе нине для рук, шампунь крапивный, ватные диски бабе нине", [
        ("зубная паста новый жемчуг деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "«Новый жемчуг» toothpaste: in no chain; other toothpastes (Colgate, Лесной бальзам, Splat…) are other brands "
           "and are not accepted for a named brand; «Чёрный жемчуг» face care is a trap"),
        ("крем детский бабе нине для рук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "«Детский крем» (the classic baby cream people use on their hands): no product titled детский крем in any "
           "chain; hand creams (Бархатные ручки, LAF, Кумихо, Nivea…) are other products; «для рук» is a purpose"),
        ("шампунь крапивный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "nettle shampoo: none in any chain (no shampoo names nettle/крапива); other shampoos excluded"),
        ("ватные диски бабе нине", {
            "pyaterochka": [],
            "magnit": ["51bcbab403", "472f57de85"],
            "dixy": [],
            "perekrestok": [],
        },
         "REPLACED item (blind: «вата медицинская бабе нине» - no chain sells cotton wool, so list fur21 was empty "
           "everywhere). Cotton pads: Магнит «Диски ватные» Белла Коттон 80 шт and Я Самая 120 шт; cotton buds and cotton "
           "candy («сахарная вата», trap) excluded"),
    ]),
    # L22 гороховый суп
    ("горох колотый на суп деду, ребрышки копченые свиные, сухарики ржаные к супу", [
        ("горох колотый на суп деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4306938"],
        },
         "split peas: Перекрёсток Маркет «Горох шлифованный колотый»; Пятёрочка «Горох Увелка, 800 г» (split or whole "
           "not stated) excluded; pea soup concentrate, green peas, pea pasta, microgreens and pet food excluded; «на суп»"
           " is a purpose"),
        ("ребрышки копченые свиные", {
            "pyaterochka": [],
            "magnit": ["4bfd713e94"],
            "dixy": ["2000546152"],
            "perekrestok": ["4205815"],
        },
         "smoked pork ribs, incl. smoked-cooked (копчено-варёные: Ремит «к пиву … нарезка», Иван Мясоедов, Маркет); "
           "raw/chilled ribs (ЧМПЗ «для запекания», Мираторг, Слово мясника, Хороший Кусок, Мираторг «Деликатесные» - "
           "smoking not stated) and marinated raw ribs (Черкизово) excluded"),
        ("сухарики ржаные к супу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "plain rye croutons: none; the rye(-wheat) croutons on offer are flavoured (чеснок, белые грибы, чеснок-укроп) "
           "or assorted flavours (Воронцовские «в ассортименте») and are excluded - a plain product excludes flavoured "
           "ones; «к супу» is a purpose"),
    ]),
    # L23 закуска деду, дарницкий себе
    ("ливерная колбаса для деда, сало соленое с чесночком, огурчики бочковые соленые деду, хлеб дарницкий себе", [
        ("ливерная колбаса для деда", {
            "pyaterochka": [],
            "magnit": ["18dbf31463"],
            "dixy": [],
            "perekrestok": [],
        },
         "liver sausage: Магнит Ближние Горки «Колбаса ЛИВЕРНАЯ ЯИЧНАЯ» (a standard liver-sausage variety); liver pâtés "
           "excluded"),
        ("сало соленое с чесночком", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000601572"],
            "perekrestok": ["4280740"],
        },
         "salted pork fat with garlic: Перекрёсток Зелёная Линия «Сало из свиного шпика с черным перцем и чесноком» and "
           "Дикси Мясоедов «Шпик бутербродный … с чесноком» (outside knowledge: шпик is salted back fat; the бутербродный "
           "one is minced for spreading - the form was not specified); no сало in Пятёрочка or Магнит"),
        ("огурчики бочковые соленые деду", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000406194", "2000324334"],
            "perekrestok": ["2145531", "4260395", "4379607", "3609120"],
        },
         "barrel-salted cucumbers (Круглое лето, Скатерть-самобранка, Меленъ, Павловские, Станичные); Лукашинские "
           "«малосольные бочковые» (lightly salted - another product), salted cucumbers not called бочковые, marinated "
           "cucumbers, «соленые острые с тархуном» and fresh cucumbers excluded"),
        ("хлеб дарницкий себе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974720", "4074396", "3627134", "3953836", "4354623", "2053660"],
        },
         "Дарницкий bread (Маркет, Пр!ст, Коломенское, Хлебозавод №22, Щелковохлеб); the bakery brand «Дарница» (Дарница"
           " ржаной подовый, Двинский) is not the Дарницкий variety; «себе» is a note; only Перекрёсток"),
    ]),
    # L24 мороженое и варенье
    ("пломбир в вафельном стаканчике деду, эскимо бабе нине, клубничного варенья баночку к блинам", [
        ("пломбир в вафельном стаканчике деду", {
            "pyaterochka": ["3603591"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4289045", "4208997", "3603591", "4035404", "3370940", "3371923", "4152236", "4053323", "3680631"],
        },
         "plain (vanilla) plombir in a waffle cup: titles saying «в вафельном стаканчике», and plombir «стаканчик» "
           "titles (Вологодский, Гостовский, Как Раньше, Коровка из Кореновки, Талицкое, Чистая Линия) taken as waffle "
           "cups (outside knowledge; the same Вологодский product id 3603591 is titled «в вафельном стаканчике» in "
           "Пятёрочка); flavoured plombir (варёная сгущёнка, арбуз, фисташка, черника, изюм, шоколадная крошка), "
           "non-plombir ice cream (Дикси Первым делом 4 %, Ирбитское сливочное) and cones/bricks excluded"),
        ("эскимо бабе нине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3287145", "3371925", "3628052"],
        },
         "«эскимо» without a qualifier = the classic plombir eskimo in chocolate glaze (Как Раньше, Коровка из "
           "Кореновки, Свитлогорье ванильное в глазури); eskimos with other flavours, nuts, caramel, sauce, juice or in "
           "white chocolate (Магнат, Lotte, Вин-Вин, Пестравка, Milka, Ленинградское, Сам-По, Чистая Линия «в апельсиновом"
           " соке») excluded as flavoured variants"),
        ("клубничного варенья баночку к блинам", {
            "pyaterochka": [],
            "magnit": ["3ba4bd1160", "9f6051ecca"],
            "dixy": ["2000546999"],
            "perekrestok": ["4252164", "4252950", "4198148"],
        },
         "strawberry varenye (Магнит, Ратибор, Круглое лето, Маркет, Пр!ст); strawberry jams (Махеевъ, Mr. Ricco, Пр!ст "
           "«Джем») excluded - варенье ≠ джем (set d convention); strawberry-cherry mixes, curd/сырки/ice cream with "
           "strawberry jam or varenye excluded; «баночку» is a quantity, «к блинам» a purpose"),
    ]),
    # L25 кладовка
    ("какао золотой ярлык бабе нине, толокно овсяное, соль йодированную пачку, соду пищевую бабе нине", [
        ("какао золотой ярлык бабе нине", {
            "pyaterochka": [],
            "magnit": ["25a1b729b4"],
            "dixy": [],
            "perekrestok": [],
        },
         "cocoa powder «Золотой ярлык» (Красный Октябрь): Магнит only; other cocoa powders (Российский, Чукка) and cocoa"
           " drinks (Nesquik, Хрутка, Скрепыши) are other brands/products"),
        ("толокно овсяное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "oat толокно: none in any chain; oat flakes, oat flour and oat porridges are other products"),
        ("соль йодированную пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000171442", "2000001900", "2000317165", "ЦТ0001666"],
            "perekrestok": ["4117216", "2157581", "3224598", "3224596", "4266811", "4335115", "3652519", "4328849"],
        },
         "iodised edible salt of any kind and pack (Экстра, 4Life sea, Setra, Маркет, Пр!ст «Экстра», Маркет sea «помол "
           "№0»); «пачку» is a quantity; non-iodised salt, flavoured salts, bath and dishwasher salt excluded; Пятёрочка "
           "and Магнит have no iodised salt"),
        ("соду пищевую бабе нине", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078505"],
            "perekrestok": [],
        },
         "baking soda: Дикси «Сода пищевая, 500 г»; the Palmia dish detergent «пищевая сода» (trap) excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== furNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fur\d\d ===$", line):
            if cur is not None:
                blocks.append("\n".join(cur).strip("\n"))
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        blocks.append("\n".join(cur).strip("\n"))
    return blocks


def check_blind(lists, blind):
    errors = []
    if len(lists) != len(blind):
        errors.append("%d lists, blind draft has %d" % (len(lists), len(blind)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        expected = draft
        for num, old, new in REPLACED:
            if num == n:
                items = [p.strip() for p in re.split(r"[,\n]", expected)]
                if items.count(old) != 1:
                    errors.append("fur%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fur%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fur"))
