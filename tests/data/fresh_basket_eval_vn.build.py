#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vn.jsonl -- 25 shopping lists of a household stocking up before a forecast winter
storm and power cuts, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vn.build.py

LISTS below is literal data: 25 lists (3-5 items) as a household would type them to a Telegram bot, and for
every item the product ids of every in-stock offer of every store that a reasonable shopper who wrote exactly
that item would accept.  The lists were written before any offer was read and saved in
fresh_basket_eval_vn.blind_lists.txt (read-only, never edited afterwards); this script checks that every list
text equals that blind draft, apart from the items listed in REPLACED (one item of a list that turned out to be
empty in all four stores).  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the
chains' abbreviations, Latin and Cyrillic brand spellings) and read one by one; each item was re-checked by
listing every title matching its stem that was not accepted.  The note of each item records what was accepted,
what was deliberately left out and any judgement that rests on outside knowledge.  An empty list means the
store has nothing acceptable (the item is "missing" there).  The labels were made without reading or running
the tool being evaluated.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in real_offers_g.jsonl *for
that store* and is in stock (``available`` true), no id is repeated within an item, every item has a note, and
the labels are exactly the list's items in order (an item is the text between commas / new lines) -- and writes
the JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fvn01,
fvn02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vn.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vn.blind_lists.txt")

# (list id, item in the blind draft, item used instead, why) -- only for lists empty in all four stores
REPLACED = [
    ("fvn02", "свечки хозяйственные", "бумажные полотенца пару упаковок",
     "the whole list was empty in all four stores (no store sells matches, candles or batteries); paper towels are the nearest household emergency consumable a store (Магнит) carries"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvn01
    ("тушняк говяжий 5 банок, гречка пачки 2, вода питьевая 5л x2, свечей штук 10", [
        ("тушняк говяжий 5 банок", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b"],
            "dixy": ["2000313236", "2000408120", "T000000869", "2000258591", "2000192964", "2000415753", "2000220776", "2000302684",
                     "2000557431"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef («Говядина тушёная», any brand, ГОСТ or not, 325-525 g); pork, horse meat, "
           "turkey, chicken/duck «в собственном соку» and «Капуста тушёная с сосисками» excluded; «тушняк» is "
           "slang for тушёнка; «5 банок» is a quantity"),
        ("гречка пачки 2", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "2000180341", "2000539995", "2000219613",
                     "1030037286"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178",
                            "4009020", "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448",
                            "4090171", "4019310", "3603166", "39155", "3667612", "4059000", "3696237", "3477255",
                            "3231481", "3600743", "3493533", "3994791"],
        }, "buckwheat groats (ядрица, продел, quick-cooking, steamed, boil-in-bag packs); green buckwheat "
           "(Агро-Альянс зелёная, Зелёная Линия зелёная, Bravolli «Греча зелёная»), ready buckwheat dishes (Cook "
           "Chart «охлаждённая», Raisad гарнир, Дядя Ваня/Увелка «с грибами», «по-азиатски» Шеф), buckwheat "
           "flakes, flour, soba noodles, porridges, baby food excluded; Перекрёсток «Гречка» 47.99 with no brand "
           "or weight taken as plain groats (the title names nothing else); «пачки 2» is a quantity"),
        ("вода питьевая 5л x2", {
            "pyaterochka": ["3635131"],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "4263871", "4231308", "3373718",
                            "43693"],
        }, "plain drinking water in 5 l bottles (питьевая/природная/артезианская, incl. children's drinking "
           "water 5 l: Фрутоняня, Аквалайн «Для ляль», Черноголовка Бэйби, Кидси — still drinking water sold as "
           "such); Пятёрочка Легенда Гор «питьевая столовая ... 5.0» taken as 5 l (outside knowledge: the volume "
           "is written without unit); other sizes (1.5/2/6/18.9 l), medicinal mineral and flavoured waters "
           "excluded; «x2» is a quantity"),
        ("свечей штук 10", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "household/table candles; no store has any candle (grepped свеч/свечк/candle) — missing everywhere; "
           "«штук 10» is a quantity"),
    ]),
    # fvn02
    ("спичек 5 коробков, бумажные полотенца пару упаковок, батарейки пальчиковые 8 шт", [
        ("спичек 5 коробков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "matches; no store has matches (grepped спичк/спичеч) — missing everywhere"),
        ("бумажные полотенца пару упаковок", {
            "pyaterochka": [],
            "magnit": ["84553e2983", "4079668ed1", "1782e40b42", "32a9e59c4b", "2616a9cbe3", "16ad542324", "ce24df13d2"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED item (blind draft: «свечки хозяйственные»; the whole list was empty in all four stores — no "
           "store sells matches, candles or batteries). Paper towels of any brand/ply/pack (ЗЕВА, Soffione, "
           "Papia, Софт Люкс; 1, 2 and 4 rolls); toilet paper, napkins, handkerchiefs excluded; «пару упаковок» "
           "is a quantity"),
        ("батарейки пальчиковые 8 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "AA batteries; no store has batteries (grepped батар/элемент "
           "питания/Duracell/Energizer/GP/LR6/alkaline) — missing everywhere"),
    ]),
    # fvn03
    ("сгущенки 3 банки\nшпроты 2 банки\nсайра 2 банки\nгалеты не сладкие", [
        ("сгущенки 3 банки", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "1000003186", "1000427075", "cc9252c04f", "be9bed5042", "66294fd8e5", "1000129520",
                       "dedd707721", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4218934", "4211054"],
        }, "sweetened condensed milk (молоко цельное сгущённое с сахаром, any brand/size incl. the 650 g sachet "
           "and the 1% Пр!ст; Магнит Алексеевское 8.5% 650 г without «с сахаром» is the classic sweetened "
           "product); boiled (варёная), «с кофе», «вкус печенье», Моя цена «Продукт молочный Сгущенка», БЕЛА "
           "СЛАДА варёное and sweets with condensed milk excluded; «3 банки» is a quantity"),
        ("шпроты 2 банки", {
            "pyaterochka": [],
            "magnit": ["861990d37c", "cb3b169ef1", "1bdba960f3", "3382c3c046"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprats in oil; ВКУСНЫЕ КОНСЕРВЫ «с халапеньо» (flavoured) excluded — a plain item means the "
           "classic product; only Магнит carries sprats; «2 банки» is a quantity"),
        ("сайра 2 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned saury; no store has saury (grepped сайр) — missing everywhere"),
        ("галеты не сладкие", {
            "pyaterochka": ["85edc75963"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "galettes (unsweetened hard biscuits): Пятёрочка ДЫМКА «Галеты КЛАССИЧЕСКИЕ» (classic galettes are "
           "unsweetened — outside knowledge); crackers (Tuc, Бэйкер Хаус, Скрепыши, Смайл) are not galettes and "
           "excluded"),
    ]),
    # fvn04
    ("молоко с длинным сроком 3.2, буханка хлеба, яиц десяток подешевле, маслице 82.5 сливочное", [
        ("молоко с длинным сроком 3.2", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000244834", "1000172272", "1899800825", "1812450001", "1000323041", "1000139951", "1000049786",
                       "be3e0e74c3", "8000058295", "18ca387556", "1059990140", "8000081425"],
            "dixy": ["2000238271", "2000066819", "2000560951", "10J0077073", "2000600213"],
            "perekrestok": ["3668953"],
        }, "long-life (UHT «ультрапастеризованное» or sterilised) cow drinking milk of exactly 3.2%, children's "
           "milk incl.; pasteurised milk (short shelf life), ranges 3.2-4/3.2-6, топлёное, Дикси Му-у «Для "
           "капучино» (barista), Магнит «цельное концентрированное» (evaporated) excluded; Дикси «Село Зеленое "
           "3,2% 2 кг» and «Простоквашино 3,2% 1,4 л» (no treatment stated; these PET bottles are pasteurised, "
           "as Магнит titles «Село Зеленое пастеризованное 3.2% 2кг») excluded. Outside knowledge: Пятёрочка "
           "«АГУША Молоко детское 3.2% 500г» is the product Магнит titles «Агуша детское стерилизованное 3.2% "
           "500мл»; Магнит «Тема детское с 3 лет 3.2% 500мл» and Аммм «безлактозное с 8 месяцев 3.2%» and "
           "Перекрёсток Зелёная Линия «для детского питания с 8 месяцев 3.2% 210мл» are aseptic long-life packs "
           "— all accepted"),
        ("буханка хлеба", {
            "pyaterochka": [],
            "magnit": ["a37c992f14", "7fa10b807d", "d3cf97a497", "643727af2a", "54f3720614", "fb4c130c20", "6929a8d5f0", "30c269d29a",
                       "67f076fea4"],
            "dixy": ["2000195093", "2000203640"],
            "perekrestok": ["4318510", "4318511", "4264947", "2065120", "4329401", "3680023", "4102687", "4329402",
                            "4157283", "78011178", "4149554", "3382146", "4329404", "3974719", "78020935", "3931337",
                            "3945535", "3126329", "3974720", "4074396", "3627134", "4148558", "4318513", "3658457",
                            "2060872", "4276930", "2065126", "3953836", "4148561", "4159802", "78034683", "78010499",
                            "66538", "66541", "49457", "4361611", "78034786", "3455614", "3455615", "4361612",
                            "3484089", "3427407", "3357380", "3631465", "78009384", "3624125", "3246712", "3617422",
                            "2000243", "78000800", "4291434", "78009545", "78009395", "2024150", "3455248", "4354623",
                            "4049144", "4164733", "2053660", "3634576", "3965436", "4323653", "4323654", "4287370",
                            "4323651"],
        }, "a loaf of bread: any хлеб (white, rye, rye-wheat, grain, toast loaves, sliced or not, incl. "
           "Перекрёсток «Хлебец … нарезанный» 250-300 g loaves) and батоны (as in real_basket_eval «хлеб» "
           "includes «батон нарезной»); raisin bread, flavoured loaves (картофельный с розмарином, гречневый), "
           "«Хлеб чайный» (a sweet bun loaf), baguettes, ciabatta, lavash, crispbread (хлебцы, «Хлеб Елизавета "
           "вафельный»), croutons, sausages of МД Бородина and «Гречка Чёрный Хлеб» excluded"),
        ("яиц десяток подешевле", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "1000247190", "e5202b5cfd", "1000247378", "1000247384", "1000247234",
                       "1a8d487cea", "2047000033", "1000247393"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529", "2000238733", "2000284425",
                     "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "3421287",
                            "3914040", "3001671", "4236458", "3355250", "4085790", "4085792", "2109476", "4085791",
                            "2131763", "3182856", "3182853", "4012802", "4352464", "3356111", "3432532", "2131762"],
        }, "chicken eggs in packs of 10, any class (С0/СО, С1, С2, отборные, высшей категории, деревенские, «в "
           "ассортименте»); packs of 6/15/20/30, quail eggs, egg products excluded; «подешевле» is a wish, not a "
           "filter"),
        ("маслице 82.5 сливочное", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000433642", "1000151122",
                       "8000045816", "1000521208", "4fc2d8c8ad", "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831", "DI00080070", "2000602271",
                     "2000605413", "10J0079578"],
            "perekrestok": ["4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609", "3026226",
                            "4113532", "3434127", "3612778", "4310021", "4055506", "86149", "3369241", "3698785",
                            "3287314", "3396544", "3657363", "4292462", "4343792", "3699369", "4196090", "3953367",
                            "4135603", "3922315", "3654551"],
        }, "butter of exactly 82.5% (сливочное/сладко-сливочное «Традиционное», Пятёрочка «сл/слив.82,5%», "
           "Перекрёсток Брест-Литовск «82.5» without %); 82% butters (JALO KERMA, Arla, President, Киприно, "
           "Молочный знак 82%), 72.5% and chocolate butter, ghee excluded — a written fat % must match exactly"),
    ]),
    # fvn05
    ("рис 2 кг, макароны самые дешевые, фасоль в томате банки 3", [
        ("рис 2 кг", {
            "pyaterochka": ["3674167", "3647681", "3493524"],
            "magnit": ["442b8a34cc"],
            "dixy": ["2000219612", "2000594951", "T000024619", "2000203655", "DI00080510", "2000180347", "2000292827", "2000180350",
                     "2000310624", "2000180346", "ЦТ0042579", "2000350727", "2000350733", "DI00079260", "2000587451", "0230703063",
                     "2000274400", "2000000058", "2000600234", "2000002128", "2000261091", "2000288318", "2000282743"],
            "perekrestok": ["3635865", "4345261", "3143475", "4254250", "3469129", "3469126", "4371462", "4285358",
                            "4290674", "3231277", "3469128", "3469127", "3483037", "39747", "4332035", "3674360",
                            "3674166", "57930", "3413111", "3608771", "4217253", "3608320", "3634155", "3603168",
                            "3634156", "3603169", "3469125"],
        }, "rice groats of any kind (long/round grain, parboiled, basmati, jasmine, brown, for plov/sushi, "
           "boil-in-bag packs); ready rice dishes (Бериложка, Перекрёсток Select/Шеф, «Рис с овощами», «Рис "
           "Светофор»), rice mixes (Увелка Дружба рис+пшено, пропаренный+красный), puffed rice, rice "
           "flour/noodles/crispbread excluded; «2 кг» is read as the amount wanted (rice is sold in 400-1000 g "
           "packs), not a pack size"),
        ("макароны самые дешевые", {
            "pyaterochka": ["94425", "2049747", "94429", "94430"],
            "magnit": ["e60106f6b1", "2c49a7a5d2", "7d3bf66fd0", "6e98aa8b36", "f20a2d2027", "5296e76f4b", "3578fbe574", "c058112781",
                       "54953eed21", "9332b0bf64", "7e1d66d2df", "af7a5a4e7c", "eb8a3570e8", "8ec199aafc", "6d2462031e", "61313f9ca5",
                       "06594d00ff", "4cae925c1a", "3bb34798f6", "a5c4322325", "3563bce441", "0facf2dd98", "bcb882d827", "367d4ecfc8",
                       "811f1a2896"],
            "dixy": ["2000224712", "2000280926", "2000320175", "2000016649", "2000590812", "2000302407", "ЦТ0046806", "T000015331",
                     "ЦТ0046807", "ЦТ0046808", "2000002143", "2000347024", "T000015329", "ЦТ0021284", "2000573915", "2000575212",
                     "2000588314", "2000544352", "2000411998", "2000004708", "2000005384", "2000005385", "2000005386", "2000418252",
                     "2000288871", "2000288865", "2000572794", "2000437863", "2000572792", "2000349519", "2000299086"],
            "perekrestok": ["3446522", "3501218", "3435295", "82761", "4360107", "52306", "62190", "4199587",
                            "4266382", "4300500", "4274091", "4274093", "4274071", "4329570", "3435300", "3501222",
                            "4329571", "4340660", "3435299", "4328907", "4340661", "3501219", "4336730", "4340662",
                            "82772", "82766", "4117154", "4273869", "4273871", "4347044", "3623096", "3501223",
                            "3435297", "4273870", "4117174", "82760", "4351513", "4323866", "4273872", "4324026",
                            "4117113", "4117157"],
        }, "any dry pasta sold as макароны/макаронные изделия/вермишель/спагетти/перья/рожки etc. (incl. Роллтон "
           "«с оливковым маслом», coloured and gluten-free pasta, ризони/птитим shapes, Магнит ВЕРОНИ/АИДА "
           "«Лапша» sold as макароны); noodles sold as «Лапша» (яичная, лагманная, бесбармачная, соба, рисовая, "
           "instant), фунчоза, lasagne sheets, ready pasta dishes (по-флотски, Спагетти Неро с креветками), "
           "macarons and chechil «спагетти» cheese excluded; «самые дешевые» is a wish, not a filter"),
        ("фасоль в томате банки 3", {
            "pyaterochka": ["39419", "2076588"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635744", "4258947"],
        }, "canned beans in tomato sauce (white or baked «печёная»); beans «с овощами в томатном соусе» / «с "
           "овощами», beans in their own juice (Bonduelle красная, ГЛОБУС, Пр!ст «натуральная») and dog food "
           "with beans excluded; «банки 3» is a quantity"),
    ]),
    # fvn06
    ("упаковку воды без газа, батарейки ааа duracell, спичек коробков 10, влажных салфеток пачки 3", [
        ("упаковку воды без газа", {
            "pyaterochka": ["3635131", "3022169"],
            "magnit": ["7f00277465", "66495c6789", "304286ca6a", "75ce595dc6", "f54aafe234", "daea15c2c5", "88b9e05d55", "c95864c020",
                       "dcf748edda", "720f82c2d2", "1fc76f7548", "13c178dfce", "2553561", "ad4385c755", "162ec6aa1d", "c1a11550b2",
                       "2456431", "d13e3cd3df", "c0d204fa30", "98aaa95b9c"],
            "dixy": ["ЦТ0046868", "2000335456", "2000292748", "2000285345", "0230406005", "2000557954", "2000557955", "2000337258",
                     "2000346012", "2000412537", "2000292003", "2000264455", "2000145439", "2000523032", "2000523034", "2000311289",
                     "2000145479", "2000331007", "2000602232", "2000605054", "2000601611", "ЦТ0040414"],
            "perekrestok": ["3662650", "4176", "3922562", "2504", "3494063", "3655717", "3655718", "45414",
                            "3462773", "4264470", "3217460", "4344084", "4264401", "4264399", "3674372", "3674371",
                            "3674373", "4299316", "4316383", "4316385", "4263871", "3905054", "70516", "4327336",
                            "4231308", "32529", "3373718", "3264150", "43693"],
        }, "still drinking water of any size (title says негазированная/негаз/н/газ, or a 5-18.9 l bottle, "
           "children's water, Святой Источник «спорт»/«Светлячок» — these are sold only still; outside "
           "knowledge); sparkling water, small bottles whose title does not say still (Дикси Aqua Minerale 0.5/1 "
           "l, Сенежская 0.5 l), medicinal mineral and flavoured waters excluded; «упаковку» (a shrink-pack of "
           "bottles) is a quantity, not a product constraint"),
        ("батарейки ааа duracell", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "AAA Duracell batteries; no store has batteries of any brand (grepped батар/Duracell/Дюрасел/элемент "
           "питания/LR03) — missing everywhere"),
        ("спичек коробков 10", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "matches; no store has matches — missing everywhere"),
        ("влажных салфеток пачки 3", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "337392b1b2", "4655517315", "9022eaa3a8", "36ac79cfc0", "2499871",
                       "d50c79a365", "667fad1c9c", "bd449a17ff", "73ec40a66f"],
            "dixy": [],
            "perekrestok": [],
        }, "wet wipes for hands/body of any kind (universal, antibacterial, children's, scented: LA FRESH, АУРА, "
           "КАСПЕР, САЛФЕТИ, АКАДЕМИЯ КОМФОРТА, Pampers, Huggies); intimate-hygiene wipes (Я САМАЯ), AURA wipes "
           "«д/поверхностей» (cleaning), moist toilet paper (МОН РУЛОН «влажная»), dry napkins/tissues and "
           "laundry «Салфетки для стирки» excluded; «пачки 3» is a quantity"),
    ]),
    # fvn07
    ("тушенка свиная гост, перловка 2 пачки, лучок репчатый кг, морковки пару кило", [
        ("тушенка свиная гост", {
            "pyaterochka": [],
            "magnit": ["10442db11c"],
            "dixy": ["2000204154", "2000302685"],
            "perekrestok": [],
        }, "canned stewed pork whose title says ГОСТ (Магнит Скопинский «СВИНИНА ТУШЕНАЯ, ГОСТ», Дикси Иван "
           "Мясоедов / Семейный бюджет ГОСТ); stewed pork without ГОСТ in the title (Барс Экстра, Великолукский, "
           "Богатырская, Гродфуд, Пр!ст Классическая), beef and other meats excluded — the written standard is "
           "respected"),
        ("перловка 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pearl barley groats; no store has перловка/ячневая (only barley-chickpea drinks) — missing "
           "everywhere"),
        ("лучок репчатый кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (лук репчатый, incl. red, peeled, netted/packed, sold by kg or pack); dried/ground "
           "onion, onion-flavoured snacks and dishes excluded; «кг» is the amount wanted"),
        ("морковки пару кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "3463356", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots (мытая, отечественная, белорусская, мини, «для сока» 1 кг, on a tray); boiled peeled "
           "carrots (Дмитровские Овощи «варёная»), Korean carrot salads, sauerkraut with carrot, carrot "
           "purees/juices excluded; «пару кило» is the amount wanted"),
    ]),
    # fvn08
    ("чай в пакетиках, кофе растворимый nescafe подешевле, сахара 2 кг, юбилейное печенье пачек 3", [
        ("чай в пакетиках", {
            "pyaterochka": ["18087", "510", "3141303", "2070399"],
            "magnit": ["dc80802708", "b4e965a022", "ba15dbb109", "f27576dc9c", "0e0ba22a84", "6a2d8005b0", "e1b666c6ef", "8e34db68c9",
                       "739159b9d5", "e8cfbd68be", "b9a96edc01", "4847971ed6", "8c57f14bbe", "f0009c3a1e", "5a597956f8", "733494b63f",
                       "4c2b5b0e84", "6af760c408", "c86aab1a9b", "45d9a874e0", "b80010aff6", "49ba4f9607", "80d9ad34a0", "3cbdd6886d",
                       "5f006c6421", "9b8c0d1f0d", "262636efc4", "9ed6ab900f", "75e99adff2", "245310ae46", "374c5de17d", "56284b2938",
                       "539736f8c3", "cf54caa8df", "1305f039da", "77d6909a1a", "591cd0328d", "efc1b6f0d8", "8ec1c56fe5", "eead07c0ce",
                       "b411bf6170", "b7f85f55f2", "f101163507", "e421942210", "bd44dec0f2", "c237948667", "79c875b985", "41cb31723f",
                       "f528489d63", "a2edebfe73", "8518655d6a", "c6300a9d93", "1ce117e378", "62e44aad83", "91c9c098ea", "dc9080ff20",
                       "9ffe7d26ae", "a0f6844207", "c67b0d7ef5", "95bb72cd41", "c4994ca2ba", "f48f2ca4d2", "6ef8a14558", "05c3ce571d",
                       "c30034aa00", "0b0945cde7", "62e737f079", "7304afe46d", "f2ec203f7f", "527c289095", "85a472ac98", "edf75508f3",
                       "1cb4934c51", "543ee3fdd2", "12c93e2db3"],
            "dixy": ["2000337169", "2000518878", "2000520549", "2000520542", "2000420414", "2000578774", "2000578775", "2000289445",
                     "2000568231", "2000568232", "2000224056", "ЦТ0016759", "2000228472", "2000000294", "2000567055", "2000262681",
                     "2000335959", "2000603372", "2000567056", "2000295203", "2000226734", "ЦТ0038390", "2000295224", "2000601831"],
            "perekrestok": ["3902078", "5051", "4113980", "3338198", "2042290", "3626161", "2147891", "2073803",
                            "3378336", "2095906", "2114141", "2147890", "46398", "3450276", "3418513", "4317677",
                            "4312239", "4344242", "4344243", "3440334", "3338246", "2133939", "4105406", "4105407",
                            "3472463", "2133950", "3662837", "3439932", "4206083", "3399714", "2070399", "96196",
                            "4206082", "3626164", "4206081"],
        }, "black, green, oolong and flavoured tea in bags or pyramids (titles «N пакетиков», «25х2 г», "
           "«пирамидок», «100 пак», «25шт»), assortments included; loose-leaf tea, herbal «чай травяной»/«чайный "
           "напиток»/фиточай/иван-чай/rooibos, fruit tea (Tess Cosmopolitan «фруктовый»), ready iced-tea drinks "
           "excluded; Richard «Велнес Дижестив» is green tea with herbs and is accepted"),
        ("кофе растворимый nescafe подешевле", {
            "pyaterochka": [],
            "magnit": ["fcd2266a66", "e29b86ab6b", "5ed1824f2e", "5937914f18", "67ebe44e72", "eab407b5dd", "07b5ff6b13", "45760b0392",
                       "0c262c177c", "75165edd66", "9b7c8128ee"],
            "dixy": ["2000587951", "2000225117", "2000225116", "2000144529", "2000326563", "ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé instant coffee of any line (Classic, Classic Crema, Gold, Gold Aroma, Gold Barista «молотый "
           "в растворимом», Alta Rica, «сублимированный с молотым»); 3-in-1 drinks and Пятёрочка «Кофейный "
           "напиток Nescafe Classic 7х18 г» (a coffee drink in sticks) excluded; «подешевле» is a wish"),
        ("сахара 2 кг", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar (сахар-песок, «белый песок», «белый кристаллический», Советский Экстра), any "
           "pack size incl. the 5 kg sack; refined cubes (прессованный/кусковой), cane and coconut sugar, "
           "vanilla sugar excluded; «2 кг» is the amount wanted (sugar is sold in 750 g-1 kg packs)"),
        ("юбилейное печенье пачек 3", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "858769ffec", "68b382d22e"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "any Юбилейное cookie (traditional, milk, with glaze, Дикси «Юбилейное Овсяное»; a brand with a "
           "product word accepts all its variants); Останкино «Юбилейная» salami and Julius Meinl «Юбилейный» "
           "coffee excluded"),
    ]),
    # fvn09
    ("влажные салфетки для детей 2 пачки\nтуалетной бумаги побольше\nчайные свечки\nзажигалки 2 шт", [
        ("влажные салфетки для детей 2 пачки", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "36ac79cfc0", "d50c79a365", "667fad1c9c", "bd449a17ff"],
            "dixy": [],
            "perekrestok": [],
        }, "children's/baby wet wipes (КАСПЕР Детские, Pampers NewBaby/Аква Пьюр/Kids hygiene, Huggies Elite "
           "Soft детские, АУРА «Солнце и луна, с ромашкой» — AURA's children's line, outside knowledge); adult "
           "antibacterial/universal wipes, intimate and surface wipes excluded; «2 пачки» is a quantity"),
        ("туалетной бумаги побольше", {
            "pyaterochka": [],
            "magnit": ["e9a925895a", "328b9015fd", "9a0bd598be", "939f14debe", "11634cf6c9", "e01188fba0", "013f5191a0", "be21812bf9",
                       "6189f05c16", "cdc752b01e", "24f2c70304", "b0339ecad9", "2300103434", "f88b88076f", "0f9bdfbe08", "475d902330",
                       "be65d013c1"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": ["75364"],
        }, "toilet paper of any brand/ply/pack (ZEWA/ЗЕВА, Soffione, Papia, Familia); moist toilet paper (МОН "
           "РУЛОН «влажная»), paper towels, napkins, handkerchiefs excluded; «побольше» is a quantity wish (no "
           "pack size is required)"),
        ("чайные свечки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tea-light candles; no store has candles — missing everywhere"),
        ("зажигалки 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lighters; no store has lighters (grepped зажигал/lighter) — missing everywhere"),
    ]),
    # fvn10
    ("горбуша в с/с, килька в томате 4 банки, горошек зеленый банки 2", [
        ("горбуша в с/с", {
            "pyaterochka": [],
            "magnit": ["fe303b7cfa"],
            "dixy": [],
            "perekrestok": ["3653861"],
        }, "canned pink salmon in its own juice («в с/с» = в собственном соку): Магнит «ГОРБУША, 5 МОРЕЙ, "
           "натуральная» and Перекрёсток «Горбуша натуральная Пр!ст» (canned «натуральная» fish is packed in its "
           "own juice — outside knowledge); frozen fillet, salted/smoked slices, dried snacks, caviar and fish "
           "paste excluded"),
        ("килька в томате 4 банки", {
            "pyaterochka": [],
            "magnit": ["b755c9549a"],
            "dixy": [],
            "perekrestok": [],
        }, "canned Baltic sprat (килька) in tomato sauce (Доброфлот); ЛААТСА «обжаренная с чили в томатном "
           "соусе» (fried, chili-flavoured variant) and sprats in oil excluded; only Магнит carries it; «4 "
           "банки» is a quantity"),
        ("горошек зеленый банки 2", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92", "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884", "2000118079", "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "3951175", "4283761", "4059535", "3635251", "3483842",
                            "19134", "4206921", "3628006", "77114", "32340", "4188483", "4011800", "3504837",
                            "4192227", "3447858", "4273266", "4274246", "3350744", "3360308", "3026306", "4380317",
                            "4211849", "2035571"],
        }, "canned green peas of any brand/size (incl. «молодой», «нежный», «деликатесный», «без сахара», the "
           "4.15 kg Бояринъ catering tin; Зелёная Линия «Горошек Изысканный 450г» taken as canned — outside "
           "knowledge); frozen peas, «Горошек сладкий» (fresh sugar-snap peas sold by weight in produce), peas "
           "with carrots, dried split peas, microgreens, peppercorns excluded; «банки 2» is a quantity"),
    ]),
    # fvn11
    ("овсянки геркулес пачки 2, пшенки пачку, соль пачка, мука 2 кило, дрожжи сухие 3 пакетика", [
        ("овсянки геркулес пачки 2", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91", "7e4e5763f5", "1fbd6e427e"],
            "dixy": ["2000222892", "2000219614", "2000186448", "1041032607", "DI00078791", "2000604115", "2000601251", "2000005395"],
            "perekrestok": ["4048818", "4157124", "4005492", "9056", "3503161", "3469028", "2105514", "4078263",
                            "3933387", "23772", "3421663", "6752", "4321219", "24926", "2122914", "2122915",
                            "2122919", "3469027"],
        }, "plain rolled oat flakes (геркулес, Экстра, Ясно Солнышко №1-3, quick-cooking, wholegrain, "
           "gluten-free, from naked oats; Vila Natura «Овсянка Био 500г» taken as plain oat flakes — outside "
           "knowledge); flavoured/instant flakes (Быстров «без варки», «с вишней», Ясно Солнышко клюква-яблоко), "
           "flakes with bran, Nordic «Ленивая овсянка», cut oat groats (Лакоме «резаная»), porridge sachets, oat "
           "drinks/cookies and Фацер «Хлеб ГЕРКУЛЕС» excluded; «пачки 2» is a quantity"),
        ("пшенки пачку", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats (пшено): only Пятёрочка «Крупа пшено шлифованное в пакетиках для варки»; rice+millet "
           "mixes (Увелка Дружба), millet porridge flakes (Myllyn Paras «Каша пшенная»), wheat flour/bread "
           "excluded"),
        ("соль пачка", {
            "pyaterochka": [],
            "magnit": ["d35c77aa75"],
            "dixy": ["2000328011", "2000171442", "2000001900", "ЦТ0031984", "2000317165", "2000543511", "2000543512", "ЦТ0001667",
                     "ЦТ0044186", "ЦТ0001666", "DI00080806"],
            "perekrestok": ["3605522", "4117216", "2157581", "3450465", "3224598", "3224596", "4221321", "3613636",
                            "3613637", "4266811", "4335115", "4259187", "4266810", "3652519", "4328849", "3255026",
                            "3231335"],
        }, "table salt of any kind (поваренная, йодированная, Экстра, морская пищевая, Гималайская розовая, "
           "помол №1); dishwasher salt (Finish, Somat/Сомат «специальная», Yes's), bath salts, seasoned salts "
           "(Вкусная соль с пряностями, адыгейская, «душистые травы», «с грузинскими травами», «чесночная») "
           "excluded"),
        ("мука 2 кило", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4"],
            "dixy": ["ЦТ0035253", "D000002191", "ЦТ0037862", "2000578792", "ЦТ0044481", "2000576791", "2000553733", "ЦТ0044544",
                     "2000213875", "2000317163"],
            "perekrestok": ["3505430", "3915409", "3292690", "3193726", "3305673", "4215036", "91320", "91321",
                            "3502351", "16318", "4326495", "3681817", "4262616", "2037765", "3626914", "2107396",
                            "3394693", "2112692"],
        }, "plain white wheat flour (высший сорт, хлебопекарная, экстра, Manitoba), any pack size; wholegrain, "
           "self-raising, rice/buckwheat and other flours excluded; «2 кило» is the amount wanted (1 kg and 2 kg "
           "packs both fit)"),
        ("дрожжи сухие 3 пакетика", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry yeast (САФ-Момент sachets; Магнит «Дрожжи САФ-МОМЕНТ, 11г» is instant dry yeast — outside "
           "knowledge); pressed fresh yeast (Люкс Экстра «прессованные»; Дикси «Люкс Экстра сухие хлебопекарные "
           "прессованные» is contradictory and taken as pressed), yeast dough excluded; «3 пакетика» is a "
           "quantity"),
    ]),
    # fvn12
    ("картошечки 5 кг, капусту кочан, свеклы 2 штуки, курица тушка целая", [
        ("картошечки 5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450", "4265670"],
        }, "fresh potatoes of any variety/pack (белый/красный мытый, Бэби, отборный, для варки/жарки, в сетке, "
           "Чик-Чик, Белорусский); sweet potato (батат), fries, fried/boiled/baked potatoes, Магнит «Картофель "
           "АЙДАХО (СП ГМ)» (a ready side dish), mash, crisps and the «Картошка» curd snack excluded; «5 кг» is "
           "the amount wanted"),
        ("капусту кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546"],
        }, "a whole head of fresh white cabbage (Дикси «Капуста белокочанная», Перекрёсток «Капуста белокочанная "
           "(ранняя)», «Капуста» by weight); shredded/cut cabbage (Белая Дача, соломка), salads, sauerkraut, "
           "marinated and Korean cabbage, cauliflower, broccoli, seeds excluded — «кочан» asks for a whole head"),
        ("свеклы 2 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "786", "3378167", "13998", "4375880", "3368257",
                            "4299508"],
        }, "fresh raw beetroot (свежая, молодая, мытая, в пучках, в сетке/пакете, on a tray); boiled beetroot, "
           "peeled vacuum-packed beets (Перекрёсток «целая очищенная» / «очищенная» — sold cooked, outside "
           "knowledge), cut/julienned, marinated, Korean-style, chard (мангольд), dried snacks and salads "
           "excluded; «2 штуки» is a quantity"),
        ("курица тушка целая", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75", "1782102a6a", "bba6e25510"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная»; Магнит «Цыплёнок табака» "
           "(СВОЯ chilled, ПЕТРУХА in marinade) is a whole young bird butterflied and is accepted (raw birds in "
           "marinade count, as in real_basket_eval); chicken parts, fillets, duck carcass, fish «тушка» "
           "excluded; Дикси and Перекрёсток sell only chicken parts"),
    ]),
    # fvn13
    ("молоко стерилизованное 6 пачек, творожок 9%, сметанки 20%", [
        ("молоко стерилизованное 6 пачек", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1051242602", "1000139951", "447ce591a3"],
            "dixy": [],
            "perekrestok": [],
        }, "sterilised cow drinking milk of any fat (Агуша детское 2.5%/3.2%, Мозырские 3.2% 1 l, Пармалат 3.5% "
           "1 kg); Пятёрочка «АГУША Молоко детское 3.2% 500г» accepted as the product Магнит titles «Агуша "
           "детское стерилизованное 3.2% 500мл» (outside knowledge); UHT «ультрапастеризованное» milk (a "
           "different treatment — the user wrote стерилизованное), pasteurised milk, evaporated «цельное "
           "концентрированное стерилизованное», milkshakes excluded; «6 пачек» is a quantity"),
        ("творожок 9%", {
            "pyaterochka": [],
            "magnit": ["3d536f7add", "93ff6e854f", "18fc386178", "57c16fad2a", "1000386975", "8000055235", "1000122024", "0cfee9df84",
                       "1000530486", "1000426470", "1000426465", "1000448252"],
            "dixy": ["2000423589", "2000567931", "2000566980", "2000266304", "2000569975", "2000568076", "2000564413", "2000312025",
                     "2000280850"],
            "perekrestok": ["4249286", "4249279", "4153929", "4129495", "4299497", "3192865", "4294087", "3487310"],
        }, "plain cottage cheese of exactly 9% (any brand/pack, рассыпчатый, пластовой, «Зернышко» 9%); "
           "«творожок» is a diminutive of творог (as in fresh_basket_eval_zh «творожок 5%»); 5%/0%/3.9% "
           "children's and fruit curds, curd desserts and cheese excluded"),
        ("сметанки 20%", {
            "pyaterochka": [],
            "magnit": ["1000461809", "1000203662", "1000237596", "4221528ef6", "1899913371", "1000102474", "1000429067", "1000574404",
                       "1000574405", "30145abd36"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000509715", "2000544033", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                            "3166306", "4072176", "4376610", "3181748", "4095524"],
        }, "sour cream of exactly 20% (any brand/pack); 10/15/25% sour cream and «Провансаль сметанный» "
           "mayonnaise excluded"),
    ]),
    # fvn14
    ("лапша быстрого приготовления 10 пачек, пюре быстрого приготовления 5 шт, каша овсяная в пакетиках", [
        ("лапша быстрого приготовления 10 пачек", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": ["ЦТ0037844"],
            "perekrestok": ["3947754", "3664094"],
        }, "instant noodles (Доширак Чан рамен, BigBon, Роллтон «Вермишель По-домашнему с говядиной» — Rollton's "
           "instant vermicelli, outside knowledge); dry wheat/egg/rice noodles to be boiled (лагманная, яичная, "
           "соба, фунчоза), ready noodle dishes (Главобед, Шеф), instant mash and bouillon excluded; only "
           "Пятёрочка, Дикси and Перекрёсток carry it; «10 пачек» is a quantity"),
        ("пюре быстрого приготовления 5 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000000080", "2000577651", "2000178886", "2000162971", "ЦТ0023259"],
            "perekrestok": ["3614553"],
        }, "instant mashed potato (Роллтон, Доширак, Бизнес меню «с куриным филе», Пр!ст «с сухариками» "
           "cups/packs of 40-110 g; Бизнес меню taken as a dry instant cup — outside knowledge); chilled ready "
           "mash (Кунцево 240 г, Перекрёсток Select 450 г), baby purees excluded; «5 шт» is a quantity"),
        ("каша овсяная в пакетиках", {
            "pyaterochka": [],
            "magnit": ["2123200142", "1000155179", "1000155178", "1000206048", "1000535160", "1000106287", "1000026173", "1000026174"],
            "dixy": ["2000579452", "2000572014", "2000538758", "2000595591", "2000600674", "2000536417", "2000303390", "2000116559",
                     "2000320771", "2000113479"],
            "perekrestok": ["4130513", "4130515", "3480283", "3480284", "3480288", "3453942", "3453945", "3453946",
                            "4312717", "4312718", "3480286", "4043319"],
        }, "instant oat porridge in portion sachets and multipacks of sachets (Геркулес, Быстров «без варки», "
           "Увелка 5×40 г, Магнит/Моя цена, Makfa, Lava Lava, Первым делом, Мистраль, Пр!ст, Маркет "
           "«моментальная», 35-41 g; Дикси Быстров «Ассорти 240г», Organic life «240 г» and Перекрёсток Быстров "
           "«210г» boxes taken as boxes of sachets — outside knowledge); baby porridges, ready porridges (Шеф), "
           "plain oat flakes, oat drinks/cookies excluded"),
    ]),
    # fvn15
    ("вода 10 л, батарейки энерджайзер, свечи длинные", [
        ("вода 10 л", {
            "pyaterochka": ["3635131", "3022169"],
            "magnit": ["7f00277465", "66495c6789", "1c2ad4b953", "2132714cae", "304286ca6a", "75ce595dc6", "f54aafe234", "daea15c2c5",
                       "88b9e05d55", "e695c3605d", "c807b47bac", "c95864c020", "dcf748edda", "65b73d7b58", "f86e07cf40", "f7cae1b805",
                       "720f82c2d2", "1fc76f7548", "13c178dfce", "2553561", "ad4385c755", "162ec6aa1d", "c1a11550b2", "2456431",
                       "d13e3cd3df", "c0d204fa30", "2867a91b94", "98aaa95b9c"],
            "dixy": ["2000336899", "ЦТ0046868", "ЦТ0046867", "2000572194", "2000335456", "2000292748", "2000285345", "2000599872",
                     "2000294825", "2000345852", "2000308567", "2000345691", "0230405026", "0230406005", "2000557951", "2000557954",
                     "2000557955", "2000337258", "2000346012", "2000581851", "2000581852", "2000412537", "2000292003", "2000264455",
                     "2000275919", "2000145439", "2000523032", "2000523034", "2000311289", "2000425131", "2000145479", "2000331007",
                     "2000602232", "2000605054", "2000601611", "2000282423", "ЦТ0040414"],
            "perekrestok": ["3662650", "76309", "4176", "3922562", "2504", "3494063", "3655717", "3655718",
                            "45414", "74767", "56196", "3462773", "4264470", "3217460", "4344084", "4264400",
                            "4344077", "4264401", "4264399", "3674370", "3674372", "3674371", "3674373", "3662649",
                            "4299308", "4316382", "4316384", "4299316", "4316383", "4316385", "4263871", "3905054",
                            "70516", "4327335", "4327336", "4231308", "3951439", "20389", "32529", "3373718",
                            "3268251", "3264150", "43693"],
        }, "drinking water, still or sparkling, any bottle size (питьевая/природная/артезианская/столовая, "
           "children's water incl.); «10 л» is read as the amount wanted (no store sells a 10 l bottle; 5 l, 6 l "
           "and the 18.9 l cooler bottle as well as small bottles satisfy it); medicinal "
           "(лечебно-столовая/лечебная: Ессентуки, Боржоми, Нарзан, Джермук, Аш-Тау, Славяновская, Кармадон, "
           "Эдельвейс, Рычал-Су, Кувака, Обуховская, Липецкая, Донат, Стэлмас — outside knowledge where the "
           "title does not say so), flavoured waters and Перекрёсток Дворцовая / unbranded «Вода минеральная "
           "природная газированная 0.5л» (class unknown) excluded"),
        ("батарейки энерджайзер", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Energizer batteries; no store has batteries of any brand — missing everywhere"),
        ("свечи длинные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "long household/table candles; no store has candles — missing everywhere"),
    ]),
    # fvn16
    ("паштет печеночный пару банок, колбаса сырокопченая палка, сыр твердый кусок, хлеб черный 1 буханка", [
        ("паштет печеночный пару банок", {
            "pyaterochka": ["3966502", "121c493676"],
            "magnit": ["72650c06ba", "6771fd64ae"],
            "dixy": [],
            "perekrestok": [],
        }, "liver pâté (Пятёрочка Егорьевская «Паштет из печени», «Паштет с гусиной печенью» 250 g can, Магнит "
           "«ПАШТЕТ ПЕЧЕНОЧНЫЙ … ГОСТ» and МИХАЙЛОВ КУРЕНЬ «Печеночный»); chicken (Argeta), turkey, duck, "
           "salmon, vegetarian pâtés, Зелёная Линия «Паштет По-домашнему» (kind not stated) and pet food "
           "excluded; «пару банок» is a quantity"),
        ("колбаса сырокопченая палка", {
            "pyaterochka": ["3966938"],
            "magnit": ["6af3d2dba7", "65eabc7d3d", "4ea41a31dc", "63dfb9d92b", "54d2bfe83d", "012f52ac6f", "64b09aa833", "494e727a2c",
                       "9a7d190daf", "b1886148dd", "363ea9366e", "f35109da30", "9cac16391e", "40d5bd1fe4", "47ef8a1460", "6c0ebbb571",
                       "48c30df1cf", "d5889cdb3d"],
            "dixy": ["2000546175", "2000413915", "2000539576", "2000572231", "2000310948", "2000397424", "2000284194", "2000598631"],
            "perekrestok": ["4338643", "4322133", "4100196", "4141051", "4321977", "4364470", "4095329"],
        }, "raw-smoked (сырокопчёная, incl. полусухая) sausage sold as a whole stick (Брауншвейгская, Сальчичон, "
           "Миланская, Итальянская incl. Пятёрочка Клинский «Колбасное изделие … сырокопченая полусухая "
           "Итальянская», Чоризо, Сервелетти, salami, «мини» sticks); sliced packs («нарезка», assortments — "
           "«палка» asks for a stick), dry-cured сыровяленая sausages (Casademont, Казылык, Фуэт), "
           "semi-smoked/cooked-smoked salami (Финская, Венская), balyk, bacon, ham, carpaccio, snack sausages "
           "(Пиколини) and meat chips excluded"),
        ("сыр твердый кусок", {
            "pyaterochka": ["3367104", "3637088"],
            "magnit": ["1000578533", "1000578272", "1000371470", "1000500641", "1000500639", "1000500634", "1000426484", "f524067ea6",
                       "1000367086", "1000367084", "1000387429", "07ea28435e", "1000316963", "1000242775", "1000451006", "1000242776",
                       "1000316960", "1000316962", "1000316961", "f7f5ec29c3", "e1ddb3122f", "bdf248d14f", "f6d00325e6", "48c9a80520",
                       "8000068573", "59a960bc76", "4a1b7dbb6f", "959ebe85ab", "1000153883", "e7e41c2d16", "1000074377", "13cdfe21e3",
                       "1000564747", "a296745f42", "1000567797", "f3ad590715", "f1ec862f1b", "8000032665", "612aa92a54", "1000057898",
                       "19a309a351", "1000384143", "0dc02300a0", "267e62ed23", "0ff9b3b851", "1000332012", "9408329d97", "90021816c1",
                       "f55c16f629", "1000352345", "1000565717", "1000383360", "8000040121", "eea589ee34", "27147c26e5", "aa8307af5f",
                       "632a4664e6", "1000512567", "0086507076"],
            "dixy": ["2000588771", "2000420018", "2000302672", "2000397447", "2000397412", "2000184737", "2000325240", "2000176772",
                     "2000279127", "2000281063", "2000282400", "2000209050", "2000597551", "2000300247", "2000407435", "2000566494",
                     "2000541532", "2000578152", "2000579911", "2000578151", "2000557813"],
            "perekrestok": ["4357611", "4289617", "4003954", "3500346", "4353316", "3496416", "3668882", "3629975",
                            "4370306", "3505826"],
        }, "hard and semi-hard cheese in a piece or sold by weight (Российский, Голландский, Гауда, Маасдам, "
           "Эдам, Тильзитер, Ламбер, Пармезан incl. «колотый», Грюйер, Асьяго, Сметанковый, Сливочный 45%, "
           "Белебеевский, Брест-Литовск, flavoured hard cheeses with nuts/pesto/pepper); sliced "
           "(нарезка/слайсы/ломтики) and grated cheese (the user asked for a piece), soft, brine (халуми, "
           "фетика), blue-mould, pasta-filata and smoked cheeses (скаморца, пряди, коса, качокавалло, "
           "«копчёный»), caciotta, tofu, processed and curd cheese, Предгорье Кавказа «Ассорти» and «Продукт "
           "По-Российски» (vegetable fat) excluded; Пятёрочка «Сыр Чеддер, Valio, 120 г» excluded as Valio's "
           "sliced pack (outside knowledge)"),
        ("хлеб черный 1 буханка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000195093"],
            "perekrestok": ["78034810", "4149554", "3382146", "4329404", "3974719", "3931337", "3945535", "3126329",
                            "3974720", "4074396", "3627134", "4148558", "3658457", "2060872", "4276930", "3953836",
                            "78034786", "3455614", "3357380", "3631465", "3624125", "3617422", "2000243", "78009545",
                            "2024150", "4354623", "4049144", "4164733", "2053660", "3634576", "3965436"],
        }, "black (rye or rye-wheat) bread loaves: ржаной, ржано-пшеничный, Бородинский, Дарницкий, Столичный, "
           "Двинский, заварной (incl. Ржаной Край «заварной»), Пумперникель, Даниловский, солодовый, «Батард "
           "Ржаной» (outside knowledge: Столичный, Двинский, Даниловский, заварной and malt loaves are dark "
           "rye-wheat breads); white and wheat loaves, grain loaves (Ржаной Край «зерновой», Даниловский "
           "«зерновой», magnit «Ржаной Край, нарезка» with no kind stated), wheat-rye «пшенично-ржаной» хлебец, "
           "raisin bread, rye crispbread, garlic rye baguette excluded; «1 буханка» is a quantity"),
    ]),
    # fvn17
    ("шоколад горький 2 плитки, грецких орехов пакет, кураги полкило", [
        ("шоколад горький 2 плитки", {
            "pyaterochka": ["16430", "16432", "3067338", "45557"],
            "magnit": ["2b68a42ddd", "2c5c666697"],
            "dixy": ["2000001818", "2000593171", "2000227778", "2000220298"],
            "perekrestok": ["4182941", "4334741"],
        }, "plain bitter chocolate: titles saying «горький» (Бабаевский, Alpen Gold 70%, Lindt 70%/85%, Россия "
           "«Российский горький 70%», Зелёная Линия «на меду классический 70%») and Бабаевский «элитный 75%» "
           "(75% cocoa is bitter chocolate); «тёмный» chocolate without a bitter grade, bitter chocolate with "
           "nuts, raisins, fillings or fruit pieces, sweets excluded; «2 плитки» is a quantity"),
        ("грецких орехов пакет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3912995", "4259321"],
        }, "walnuts, shelled (Пр!ст 100 g) or in shell (Перекрёсток «Орехи грецкие в скорлупе»); cheeses, "
           "desserts, dried fruit and jam with walnuts excluded; «пакет» is a quantity"),
        ("кураги полкило", {
            "pyaterochka": [],
            "magnit": ["adf6cd599a"],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots (курага): only Магнит «Курага СЕМУШКА, 150г»; curd masses, compotes, porridges and "
           "sweets with курага excluded; «полкило» is the amount wanted"),
    ]),
    # fvn18
    ("масло подсолнечное нерафинированное бутылку, сахарок пару пачек, соль йодированную", [
        ("масло подсолнечное нерафинированное бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000290945", "2000296713", "2000559953"],
            "perekrestok": ["4067112", "4149438", "3608379", "74883", "3683883", "4311768", "2071663", "3653773",
                            "4307791"],
        }, "unrefined sunflower oil of any brand/size (incl. «из жареных семечек», high-oleic unrefined); "
           "refined oil, sunflower oils with added olive/linseed oil, oils whose title does not say "
           "нерафинированное (Getuva New Way, Аведовъ) and seeds excluded; «бутылку» is a quantity"),
        ("сахарок пару пачек", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3230933", "3650732", "3902622"],
        }, "white granulated sugar (as for «сахара 2 кг»); «сахарок» is a diminutive of сахар; refined cubes, "
           "cane, coconut and vanilla sugar excluded; «пару пачек» is a quantity"),
        ("соль йодированную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000171442", "2000001900", "2000317165", "ЦТ0001666"],
            "perekrestok": ["4117216", "2157581", "3224598", "3224596", "4266811", "4335115", "3652519", "4328849"],
        }, "iodised table salt (Экстра йодированная, 4Life морская йодированная, Setra йодированная); "
           "non-iodised, seasoned, dishwasher and bath salts excluded"),
    ]),
    # fvn19
    ("тунца консервы 3 банки, кукурузка, майонез провансаль банку", [
        ("тунца консервы 3 банки", {
            "pyaterochka": ["3610561"],
            "magnit": ["bc43ddc83b", "f4bfc133e7", "fa610b1a57"],
            "dixy": ["D000010279", "2000535351", "2000533435", "2000301085", "2000552775", "2000533434"],
            "perekrestok": ["4003716", "4003717", "4003714", "4003715"],
        }, "canned tuna of any kind (натуральный/в собственном соку, в масле, рубленый, филе-кусочки, «для "
           "салата», Пятёрочка Магуро in a glass jar); tuna rillettes, salads, frozen/fresh tuna fillet "
           "excluded; «3 банки» is a quantity"),
        ("кукурузка", {
            "pyaterochka": [],
            "magnit": ["cfc404aebb", "a869e5b9ba", "d2de35fd7c", "27836bac30", "fb00d5f8b1"],
            "dixy": ["2000163950", "2000279948", "DI00079261", "10E0064890", "1041027555", "2000313796", "2000556891", "2000318963"],
            "perekrestok": ["3447859", "4321444", "4316301"],
        }, "canned sweet corn (сладкая/сахарная/молодая, any size); «кукурузка» is a diminutive of кукуруза; "
           "corn chips, sticks, flakes, flour, grits, salads excluded"),
        ("майонез провансаль банку", {
            "pyaterochka": [],
            "magnit": ["1000077733", "1000498096", "d8bbb63f48", "1000558908", "1000077734", "ddda8365b8", "2c23c84574", "53cac67445",
                       "1799700138", "1000501598", "1000554514", "1000556519", "1000556521", "56ff8ec751", "7d31b46ae3", "1000277219",
                       "1000169172", "f0f427f9d4", "8000045827", "1000233673", "1728400030", "1000179908", "da818e4a20", "7a519275b4",
                       "1000422623", "1000014596", "1000356802", "1000348713", "1000556520"],
            "dixy": ["2000570511", "T000005518", "ЦТ0040573", "2000593851", "2000409572", "ЦТ0027566", "2000204803", "2000156539",
                     "2000265607", "1100075125", "2000000160", "2000135999", "ЦТ0045065", "2000429651", "2000539317", "2000602611",
                     "2000202369", "2000306265", "2000172969"],
            "perekrestok": ["3412258", "4072721", "2047206", "4339442", "4259098", "4259097", "4297819", "3677986",
                            "4331515", "4331518", "4331533", "4331500", "4331497", "3016147", "3467275", "3419671",
                            "3674577", "3193489", "78193", "3389322", "4199312", "3029014", "4112954", "4105769"],
        }, "any mayonnaise sold as «Провансаль» (any brand, fat 50.5-67%, incl. Московский/Классический, «с "
           "лимонным соком», оливковый, «на перепелиных яйцах», «сметанный», «с маслом авокадо»); other "
           "mayonnaises excluded; «банку» is a quantity (doy-packs and jars both accepted)"),
    ]),
    # fvn20
    ("икра кабачковая 2 банки\nогурцы маринованные банку\nлечо банку\nваренка", [
        ("икра кабачковая 2 банки", {
            "pyaterochka": [],
            "magnit": ["381b954c56", "946989d11a"],
            "dixy": [],
            "perekrestok": [],
        }, "canned squash caviar (Магнит Ресторация Обломов «Икра из кабачков», Семейные секреты «Икра "
           "кабачковое»); aubergine and mushroom caviar, fish roe, frozen/marinated courgettes excluded; «2 "
           "банки» is a quantity"),
        ("огурцы маринованные банку", {
            "pyaterochka": ["3231209", "3015661"],
            "magnit": ["b83846e7e3", "d77cad8396", "ec376f9811", "adb393075f", "e8630c700b", "e66a4613a3", "7c2811d92a"],
            "dixy": ["2000200415", "T000005987", "2000208489", "2000348876", "2000180487", "2000148383", "2000604671"],
            "perekrestok": ["4265436", "3180523", "3662073", "4061841", "4106670", "2050041", "4367072", "4307368",
                            "3472384", "4121991", "3976234", "4343529", "3504166", "4061853", "4379606", "4078446",
                            "4342683", "3499242", "2101582", "71250", "4107404", "4321954"],
        }, "marinated cucumbers and gherkins in jars of any recipe (по-берлински, по-французски, с пряной "
           "зеленью, по-Дижонски, с можжевельником; Магнит Дядя Ваня «По-берлински»/«По-французски», "
           "Скатерть-Самобранка корнишоны 720 мл, «ШЕСТЬ СОТОК хрустящие», Globus and Пятёрочка «Корнишоны "
           "Закарпатские» taken as marinated — the same products are titled маринованные elsewhere or sold only "
           "marinated, outside knowledge); salted/barrel/lightly salted cucumbers (a different product), fresh "
           "cucumbers, mixed vegetable jars, Лукашинские «По-старорусски с дубовым листом» (salted style, not "
           "stated) excluded; «банку» is a quantity"),
        ("лечо банку", {
            "pyaterochka": [],
            "magnit": ["7cd3628dbb", "e681c4bce6"],
            "dixy": [],
            "perekrestok": [],
        }, "canned lecho (Магнит Валдайский Погребок «Любительское», Помидорка); ketchups «Лечо» (Махеевъ, "
           "Слобода) excluded"),
        ("варенка", {
            "pyaterochka": [],
            "magnit": ["1000346225", "8000034109", "1000244735", "1000379971", "205bde5081", "1000244512", "3ab993278c"],
            "dixy": ["2000335387", "2000311392"],
            "perekrestok": ["3684740", "4245765", "4250610"],
        }, "boiled condensed milk («варёнка» = варёная сгущёнка: Коровка из Кореновки, Алексеевское, "
           "Волоконовское, Магнит, Рогачевъ/Егорка, БЕЛА СЛАДА, Молочный Знак «варёное с сахаром»); plain "
           "condensed milk and all sweets, ice creams, pastries «с варёной сгущёнкой» excluded"),
    ]),
    # fvn21
    ("антисептик для рук побольше, влажные салфетки антибактериальные 2 уп, мешков для мусора пару рулонов, туалетная бумага 12 рулонов подешевле", [
        ("антисептик для рук побольше", {
            "pyaterochka": [],
            "magnit": ["529fbeab5e", "304cd42c6f", "4009f7c096"],
            "dixy": [],
            "perekrestok": [],
        }, "hand sanitiser (САНИТЕЛЛЬ «Антисептик для рук», Магнит «Гель для рук … с антисептическим эффектом», "
           "ЛА ФРЕШ «Гель для рук, антисептический»); surface disinfectants (Lysol, Санфор) excluded; «побольше» "
           "is a quantity wish"),
        ("влажные салфетки антибактериальные 2 уп", {
            "pyaterochka": [],
            "magnit": ["337392b1b2", "9022eaa3a8", "73ec40a66f"],
            "dixy": [],
            "perekrestok": [],
        }, "antibacterial wet wipes (LA FRESH 120 шт, АУРА 20 шт, САЛФЕТИ 72 шт); ordinary, children's and "
           "surface wipes excluded; «2 уп» is a quantity"),
        ("мешков для мусора пару рулонов", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags: only Магнит «Мешки для мусора МАГНИТ НУЖНЫЕ ВЕЩИ Био ушки 60л, 20шт.»; «пару рулонов» is a "
           "quantity"),
        ("туалетная бумага 12 рулонов подешевле", {
            "pyaterochka": [],
            "magnit": ["e9a925895a", "939f14debe", "013f5191a0", "2300103434"],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 12 rolls (ZEWA/ЗЕВА Плюс, ZEWA Делюкс, Familia Плюс); packs of 4/6/8 rolls "
           "excluded — the written pack size is respected; «подешевле» is a wish"),
    ]),
    # fvn22
    ("каша с мясом в банке, фасоль красная 2 банки, сухари ржаные, сок яблочный 2 л пачка", [
        ("каша с мясом в банке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned porridge with meat (гречневая/перловая каша с говядиной/свининой); no store carries it "
           "(grepped каша with мяс/говяд/свин, the canned-meat brands Главпродукт/Барс/Гродфуд/Великолукский) — "
           "missing everywhere"),
        ("фасоль красная 2 банки", {
            "pyaterochka": ["20063"],
            "magnit": ["751c38594f"],
            "dixy": [],
            "perekrestok": ["3472093"],
        }, "canned red kidney beans (Bonduelle «КЛАССИЧ.крас.ж/б», Глобус красная, Пр!ст «красная натуральная»); "
           "white beans, beans in tomato sauce or with vegetables, dog food excluded; «2 банки» is a quantity"),
        ("сухари ржаные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain rye rusks; no store has them — only flavoured rye-wheat snack croutons (Take It «Чеснок», "
           "Воронцовские «в ассортименте», гренки) and sweet rusks with raisins, which are excluded — missing "
           "everywhere"),
        ("сок яблочный 2 л пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3646063", "4069132"],
        }, "single-fruit apple juice in a 2 l pack (Перекрёсток Сады Придонья «зелёное яблоко, 2л», Волжский "
           "Посад «яблочный для детского питания, 2л» — children's juice of that fruit counts); 1 l/0.2 l/3 l "
           "packs, mixed juices, nectars and juice drinks (Любимый «Напиток сокосодержащий» 1.93 l) excluded — "
           "the written size is respected"),
    ]),
    # fvn23
    ("бананчиков кило, яблоки кг 2, мандарины кило 2, кефирчик 1% пару пачек, батон пару штук", [
        ("бананчиков кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы красные»); plantains «для жарки», "
           "dried bananas (вяленые/сушёные), banana-flavoured products excluded; «бананчиков» is a diminutive, "
           "«кило» the amount wanted"),
        ("яблоки кг 2", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0074363", "10E0076186", "10E0076185", "2000499049"],
            "perekrestok": ["48645", "99994", "4039875", "3366336", "3366339", "4047904", "4194479", "4152138",
                            "4194477", "3366324", "4152181", "4097665", "3366327", "4097664", "4258744", "3366346",
                            "3980656", "4047567", "4194478", "4152180", "3283268", "4194480", "3616014", "4287238",
                            "4374590", "4381176", "4271017", "4381173", "3639577", "3366344", "4047903", "79341",
                            "77001777", "4381179", "4342539", "4341473", "3171926", "2168511", "81962", "4208423",
                            "4286927", "3356276", "4258743"],
        }, "fresh apples of any variety/pack (Гренни Смит, Голден, Гала, красные, зелёные, фасованные, "
           "Органика…); fruit mixes, juices, purees, dried and baked-apple products excluded; «кг 2» is the "
           "amount wanted"),
        ("мандарины кило 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins: only Дикси «Мандарины сладкие»; olives «с мандарином» and mandarin-scented goods "
           "excluded; «кило 2» is the amount wanted"),
        ("кефирчик 1% пару пачек", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416",
                            "2084558", "3352331", "3604602"],
        }, "kefir (incl. биокефир) of exactly 1%; «Биокефирный продукт», «Кефирный продукт», Bio Баланс "
           "«Биопродукт кефирный» (not kefir), other fat levels excluded; «кефирчик» is a diminutive, «пару "
           "пачек» a quantity"),
        ("батон пару штук", {
            "pyaterochka": [],
            "magnit": ["a37c992f14", "7fa10b807d"],
            "dixy": [],
            "perekrestok": ["4318510", "4318511", "4264947", "2065120", "4329401", "3680023", "4102687", "4329402",
                            "4157283", "78011178"],
        }, "white loaves sold as «Батон» (нарезной, молочный, к завтраку, горчичный, зерновой, отрубной, Новый, "
           "Утренний); other breads, sweet bars (батончики) excluded; «пару штук» is a quantity"),
    ]),
    # fvn24
    ("фарш кг, рожки макфа 2 пачки, томатная паста банку, лук репчатый пару кило", [
        ("фарш кг", {
            "pyaterochka": [],
            "magnit": ["b77abe71d3", "1f9a3b6240", "0376e5e67d", "7a27d3e67f"],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["3681614", "4288090", "4013", "7354", "4364589", "4357432"],
        }, "raw minced meat of any kind (pork, beef, mixed «Домашний/Деревенский/Фермерский», turkey Индилайт); "
           "fish mince (минтай), stuffed products and dumplings excluded; «кг» is the amount wanted"),
        ("рожки макфа 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Makfa рожки (elbow macaroni of the Makfa brand); no store has Makfa рожки — the stores carry Makfa "
           "ракушки/перья/спирали/улитки/витки/петушиные гребешки (other shapes) and рожки of other brands "
           "(ВЕРОНИ, АИДА, Шебекинские, Маркет, Роллтон, Baisad), all excluded — brand and shape are both "
           "required; missing everywhere"),
        ("томатная паста банку", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000521414", "2000569071", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        }, "tomato paste of any brand/pack (cans, jars, doy-packs, 30-70 g sachets/pyramids); ketchups, tomatoes "
           "and sauces excluded; «банку» is a quantity"),
        ("лук репчатый пару кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (as for «лучок репчатый кг»); dried onion and onion-flavoured snacks excluded; "
           "«пару кило» is the amount wanted"),
    ]),
    # fvn25
    ("сухое молоко, кофе 3в1 пачку, сахар рафинад пачка", [
        ("сухое молоко", {
            "pyaterochka": [],
            "magnit": ["fc5c1012de"],
            "dixy": [],
            "perekrestok": ["4272039"],
        }, "dry (powdered) whole milk (Магнит «Молоко сух цельное ГОСТ 0,2кг», Перекрёсток Молочный Знак «Молоко "
           "сухое цельное 26%»); infant formula, dry porridges and creamers excluded"),
        ("кофе 3в1 пачку", {
            "pyaterochka": [],
            "magnit": ["50c83bd3a0", "7b7ccd7e8a", "755c5490b7", "746de8284b", "a2274b9d99", "e67fe7ef5f", "4be2b27047", "d340d565fe",
                       "03b9d053de"],
            "dixy": [],
            "perekrestok": [],
        }, "3-in-1 instant coffee drinks (MacCoffee, Nescafé 3в1 Классический/Крепкий/Мягкий сливочный/Strong, "
           "Jacobs, Maxwell House, Жокей, Московская кофейня на паяхъ; single sachets and boxes of sachets); "
           "plain instant coffee and Пятёрочка «Кофейный напиток Nescafe Classic, 7х18 г» (3-in-1 not stated) "
           "excluded; «пачку» is a quantity"),
        ("сахар рафинад пачка", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000538871", "10E0076829", "2000350151"],
            "perekrestok": ["4092763"],
        }, "refined sugar cubes (прессованный/кусковой белый: Русский сахар, Чайкофский кусковой, Дикси «Сахар "
           "прессованный»); granulated sugar incl. Магнит «Сахар-песок ЧАЙКОФСКИЙ, Рафинированный» (refined but "
           "granulated, not рафинад cubes), unrefined cane sugar cubes excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: '#' header lines, then '=== fvnNN ===' followed by the text."""
    lists, cur, buf = {}, None, []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        m = re.match(r"^=== (fvn\d\d) ===$", line)
        if m:
            if cur:
                lists[cur] = "\n".join(buf).rstrip("\n")
            cur, buf = m.group(1), []
        elif cur:
            buf.append(line)
        elif line.strip() and not line.startswith("#"):
            sys.exit("unexpected line in the blind draft: %r" % line)
    if cur:
        lists[cur] = "\n".join(buf).rstrip("\n")
    return lists


def check_blind(lists):
    blind = read_blind(BLIND)
    errors = []
    if sorted(blind) != ["fvn%02d" % n for n in range(1, len(lists) + 1)]:
        errors.append("blind draft has lists %r" % sorted(blind))
    for n, (text, _) in enumerate(lists, 1):
        rid = "fvn%02d" % n
        expected = blind.get(rid, "")
        for r_id, old, new, _why in REPLACED:
            if r_id == rid:
                if expected.count(old) != 1:
                    errors.append("%s: replaced item %r not found once in the blind text" % (rid, old))
                expected = expected.replace(old, new)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fvn"))
