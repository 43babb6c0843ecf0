#!/usr/bin/env python3
"""Re-create fresh_basket_eval_n.jsonl -- 25 shopping lists for household occasions, hand-labelled against the
real offers in real_offers_g.jsonl (the offers of set g, see real_offers_g.SOURCES.md).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_n.build.py

LISTS below is literal data: 25 lists (2-5 items, 94 items) written blind first, before any offer was read
(fresh_basket_eval_n.blind_lists.txt), the way a city household types a list to a Telegram bot, and for every
item the product ids of every store that a reasonable shopper who wrote exactly that item would accept.
Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations,
Latin and Cyrillic brand spellings, ё/е) and read one by one; each item was then re-checked by listing every
title matching its stem that was not accepted.  The note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has
nothing acceptable (the item is "missing" there).  The labels were made without reading or running korzina.

The script only checks the data with labelled_lists.build -- every id exists in real_offers_g.jsonl *for that
store* and is in stock (``available`` true), no id is repeated within an item, every item has a note, and the
labels are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fn01, fn02, ... in LISTS order; every
list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_n.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fn01 big weekly shop
    ("молоко простоквашино 2.5% 2 пакета, гречку ядрицу пару пачек, тушка цыпленка, помидоры розовые", [
        ("молоко простоквашино 2.5% 2 пакета", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000024178"],
            "perekrestok": [],
        },
         "Простоквашино drinking milk of exactly 2.5% (Дикси 930 мл); Простоквашино 1.5%, 3.2%, «Отборное» 3.4-4.5% "
         "and other brands' 2.5% milk excluded (the brand is required); «2 пакета» is a quantity, not a filter"),
        ("гречку ядрицу пару пачек", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286", "2000180341",
                     "2000539995", "2000219613"],
            "perekrestok": ["3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178", "4009020",
                            "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448", "4090171",
                            "4019310", "3603166", "39155", "3600743", "3696237", "3477255", "3231481", "3493533",
                            "3994791", "3667612", "4059000"],
        },
         "dry buckwheat groats (крупа гречневая / гречка), any pack incl. boil-in-bags; titles that do not say "
         "«ядрица» are accepted because ordinary brown buckwheat groats are ядрица (outside knowledge: продел is not "
         "sold under these names); green buckwheat (Bravolli, Агро-Альянс зелёная, Зелёная Линия зелёная), flakes, "
         "flour, porridges, ready dishes (Cook Chart охлаждённая, с грибами, Raisad) and Перекрёсток's bare «Гречка» "
         "(no pack, likely the deli side dish) excluded; Чёрный Хлеб «Гречка … ядрица» is the brand name, accepted"),
        ("тушка цыпленка", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75", "1782102a6a", "bba6e25510"],
            "dixy": [],
            "perekrestok": [],
        },
         "a whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА» and the two «Цыплёнок табака» (a whole young "
         "bird, flattened; raw, one in marinade - outside knowledge); parts (филе, бедро, крыло), squid/fish «тушка», "
         "duck, cutlets and canned chicken excluded"),
        ("помидоры розовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["D000004968"],
            "perekrestok": ["3695580", "21292", "3383465"],
        },
         "fresh tomatoes titled «розовые»; red, yellow, cherry, cocktail, Кумато, Бычье сердце (colour not stated), "
         "canned, salted and cut tomatoes excluded; «автомат» (laundry) matches the stem «томат» - trap"),
    ]),
    # fn02 dish-washing and kitchen restock
    ("fairy с лимоном\nгубки для посуды 10 шт\nдоместос для унитаза\nмешки для мусора 60 л", [
        ("fairy с лимоном", {
            "pyaterochka": [],
            "magnit": ["bbb10983dd", "d0bd1a2d49", "551d8403a9"],
            "dixy": ["2000265727", "2000274013", "2000371202"],
            "perekrestok": [],
        },
         "Fairy hand dish liquid «Сочный лимон» (any size; the Магнит 450 мл cards «Сочный лимон, Апельсин-лимонник» "
         "list the lemon variant among two); Fairy dishwasher tablets «Все в 1 Лимон» (a different product), Platinum "
         "Арбуз, Pure&Clean, Жасмин, Ромашка, Чайное дерево excluded"),
        ("губки для посуды 10 шт", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        },
         "kitchen sponges; Магнит «Губки для посуды … Макси, 5шт.» accepted - «10 шт» is read as the quantity wanted "
         "(two packs), not a pack size; the shoe-polish sponge ДИВИДИК excluded"),
        ("доместос для унитаза", {
            "pyaterochka": [],
            "magnit": ["65de4380ad"],
            "dixy": [],
            "perekrestok": [],
        },
         "Domestos toilet product: Магнит «Блок для унитаза ДОМЕСТОС»; the Domestos universal cleaners and the "
         "universal spray excluded (the shopper wrote «для унитаза»; convention of set d)"),
        ("мешки для мусора 60 л", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        },
         "bin bags of 60 l (Магнит НУЖНЫЕ ВЕЩИ Био ушки 60л, 20шт.); no other bin bags in the offers"),
    ]),
    # fn03 bathroom restock
    ("зуб. паста колгейт отбеливающая, шампунь клиар мужской, туалетку 3х слойную, гель для душа подешевле", [
        ("зуб. паста колгейт отбеливающая", {
            "pyaterochka": ["2157107"],
            "magnit": ["350131f5fe", "d03e638466", "02007f5dd2", "b432da8011"],
            "dixy": [],
            "perekrestok": [],
        },
         "Colgate toothpaste whose title says it whitens («отбеливающая», «Бережное отбеливание», «Профессиональное "
         "отбеливание»); Пятёрочка «Colgаtе, макс блеск» (Cyrillic letters inside the Latin brand) accepted as Colgate "
         "Max White/«Макс Блеск», a whitening line (outside knowledge); Colgate уголь/Naturals, кальций-ремин, Тотал "
         "others, kids' pastes, brushes, mouth gel excluded"),
        ("шампунь клиар мужской", {
            "pyaterochka": ["3011966"],
            "magnit": ["0d996b1e8d", "2336c3ab82", "30b37b9eaf", "07251bb98b", "668e385f91", "e300bac7aa"],
            "dixy": [],
            "perekrestok": [],
        },
         "Clear shampoos for men: titles with «мужской»/«для мужчин», plus Clear «АктивСпорт 2 в 1» (Магнит) and "
         "Пятёрочка «CLEAR VITA ABE акт.спорт 2в1», which are the Clear Men Active Sport line (outside knowledge); "
         "Clear women's, «от перхоти» without men, «максимальный объем», Nivea deodorant CLEAR excluded"),
        ("туалетку 3х слойную", {
            "pyaterochka": [],
            "magnit": ["9a0bd598be", "939f14debe", "11634cf6c9", "be21812bf9", "6189f05c16", "cdc752b01e",
                       "24f2c70304", "f88b88076f", "0f9bdfbe08"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": ["75364"],
        },
         "3-ply toilet paper of any pack; ЗЕВА ДЕЛЮКС «с ароматом ромашки» (Магнит, ply not stated) accepted as Zewa "
         "Deluxe is 3-ply (outside knowledge; the other Deluxe titles say 3-слойная); 2-ply (Familia Плюс, Zewa Plus, "
         "ЗЕВА Сирень, ЗЕВА ПЛЮС Зеленая - Plus is 2-ply), 4-ply (Soffione Империал, Zewa Natural soft, Just1) and wet "
         "toilet paper excluded"),
        ("гель для душа подешевле", {
            "pyaterochka": ["2133696"],
            "magnit": ["02ea799c6d", "04385b1c05", "056095b61f", "0a0bc36d75", "0a8c13cfae", "0e73965fab",
                       "1bcd487746", "1fde288d8a", "20ccdd6391", "21f7b36949", "27b08defc4", "2fb09fd462",
                       "35c3ab54cc", "36a7babd60", "393259057b", "5453f6025c", "5fc21b640d", "5fcf69b341",
                       "5ffca390ec", "6304efaae1", "64c0ec7e7a", "68616c4166", "6a742f49c1", "6c202199a3",
                       "869541895d", "8b4da8afe5", "8e0a633d30", "9aef66f381", "9bbd37d676", "a162a1690e",
                       "a4d6d8f2fb", "a75a504c4b", "ae24cd3ee0", "b05b3805a4", "b2be06e3a0", "b52306dd19",
                       "b69125b58a", "bd94ee174a", "c6a9be396e", "c8614395b8", "c8870b453a", "c8ade01c51",
                       "d17e3511fe", "d2dce71434", "d6e59761cf", "dc5c2dff0f", "e9f0c13a1d", "ecdf943e39",
                       "ee38106f2e", "f4f55309dc", "f59cbc4eb7", "f6184e3882", "fb86a14079", "fb9c80c277",
                       "fcfc8492ea"],
            "dixy": ["2000267924", "2000339502", "2000581931", "2000602996", "2000602997"],
            "perekrestok": ["3327880", "3415583", "3495277", "3505877", "3664430", "3664431", "3958230", "4095376",
                            "4104314", "4112906", "4144585", "4218768", "4234621", "4250600", "4299673", "4317631",
                            "4319542", "4342546", "4348829", "4353947", "4356504"],
        },
         "any shower gel incl. крем-гель, гель-уход, men's 2/3-in-1 gel+shampoo and gel+мочалка gift sets; «подешевле» "
         "is a wish, not a filter; children's/baby gels (ГОНКИ детский, FA Детский, Беббл «с рождения», Бебл "
         "шампунь-гель, Моё Солнышко пенка-гель) excluded as a different product for a household list; deodorants "
         "«Свежесть душа» and «Щедрая Душа» chocolate are traps"),
    ]),
    # fn04 breakfast
    ("геркулес овсяный, греческий йогурт натуральный, сок апельсиновый 1л", [
        ("геркулес овсяный", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91", "7e4e5763f5", "1fbd6e427e"],
            "dixy": ["2000222892", "2000002160", "2000219614", "2000186448", "1041032607", "DI00078791",
                     "2000604115", "2000601251", "2000005395"],
            "perekrestok": ["10234", "4048818", "4157124", "4005492", "4355178", "27919", "9056", "2105514",
                            "3933387", "3421663", "23772", "6752", "4321219", "24926", "2122914", "2122915",
                            "2122919", "3503161", "3469028", "4078263", "3469027"],
        },
         "plain rolled oat flakes of any brand and cooking time («геркулес» is the everyday word for oat flakes, brand "
         "Геркулес or not); Myllyn Paras «Каша овсяная» 500 г and Vila Natura «Овсянка Био» 500 г accepted as plain "
         "flakes (outside knowledge); flavoured flakes (Ясно Солнышко клюква-яблоко, Быстров с вишней), instant "
         "porridge sachets, ready porridges, cut oats (Лакоме резаная), oat flour, Velle oat products and Магнит «Хлеб "
         "ГЕРКУЛЕС» excluded"),
        ("греческий йогурт натуральный", {
            "pyaterochka": [],
            "magnit": ["1000181497", "dafd7c4dc4", "8000087572"],
            "dixy": ["2000253975", "2000585835", "2000596134", "2000297751"],
            "perekrestok": [],
        },
         "plain Greek yoghurt: Teos «Натуральный», Neo «Классический» and Greek yoghurts whose title names no flavour "
         "(Простоквашино, Савушкин Teos 250 г, Lactica, Epica, Магнит «ГРЕЧЕСКИЙ 2%»); any fruit, honey-nut or "
         "two-layer Greek yoghurt excluded («натуральный» = unflavoured)"),
        ("сок апельсиновый 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814", "2000177095", "2000107420"],
            "perekrestok": [],
        },
         "single-fruit orange juice in 1 l / 0.97 l packs (Rich, Я, J7 «для детского питания» - children's juice "
         "counts); J7 0.3 л (size), nectars (Добрый, Любимый 100%), «сокосодержащие напитки» (Pulpy, Вкусно Сок), "
         "multi-fruit juices and detox blends excluded"),
    ]),
    # fn05 kids' party
    ("фанта 2л, киндер сюрприз 3 шт, пицца пепперони замороженная, торт наполеон на праздник", [
        ("фанта 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "Fanta in a 2 l bottle: the only Fanta is Пятёрочка's 0.33 l can (a different size, excluded); «Фантазия» "
         "yoghurts and Greenfield «Fantasy» tea are traps"),
        ("киндер сюрприз 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001672", "2000253005", "2000210834"],
            "perekrestok": [],
        },
         "Kinder Surprise eggs (single 20 g eggs; «3 шт» is the quantity); Kinder Joy, Kinder chocolate bars, Молочный "
         "ломтик, Maxi King, Pingui excluded"),
        ("пицца пепперони замороженная", {
            "pyaterochka": [],
            "magnit": ["a3ef730a3c"],
            "dixy": [],
            "perekrestok": [],
        },
         "frozen pepperoni pizza: Магнит «Пицца ЛА ТРАТТОРИЯ Пепперони, 335г» (a frozen-pizza brand - outside "
         "knowledge); «Чебупицца» Горячая Штучка (a frozen snack, not a pizza) excluded; no other pepperoni pizza"),
        ("торт наполеон на праздник", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "Napoleon cake: none in the offers; Магнит коньяк «АРВЕСТ НАПОЛЕОН» and LUCKY DAYS «Коржи слоеные для торта» "
         "(cake layers, not a cake) are traps; «на праздник» is a purpose, not a filter"),
    ]),
    # fn06 romantic dinner
    ("вино красное полусухое, сыр дор блю, креветки королевские, виноград киш миш", [
        ("вино красное полусухое", {
            "pyaterochka": [],
            "magnit": ["0b1ae0651a", "0f64539c14", "26e1bd0be9", "2c27012efe", "54528225b9", "6e3725acb7",
                       "b2868ceb19", "c745fce47c", "d2d2a29fe9"],
            "dixy": [],
            "perekrestok": [],
        },
         "still red semi-dry wine of any country/grape (all Магнит 0.75 l); white, rosé, dry, semi-sweet, sparkling "
         "and semi-dry sausages («колбаса … полусухая») excluded"),
        ("сыр дор блю", {
            "pyaterochka": [],
            "magnit": ["4cef7f7bed", "9b0afa1bae", "1a90d33db1", "1000417247"],
            "dixy": ["2000317363"],
            "perekrestok": [],
        },
         "blue-veined cheese: «дор блю» (Dor Blue) is used for any blue cheese, no Dor Blue brand cheese is offered, "
         "so cheeses «с голубой плесенью» (Блфорт, Гальбани Пиканте, Рокфорти Молодея, Premiere of Taste, Grand Blu) "
         "are accepted; Магнит «Крем-сыр ДОРБЛЮ» (a cream cheese, not the blue cheese), white-mould cheeses (камамбер, "
         "бри, President Снэк «с плесенью»), gorgonzola pizzas and Craft&Eco gorgonzola in chocolate excluded"),
        ("креветки королевские", {
            "pyaterochka": [],
            "magnit": ["daa53ea23d", "d757ba985f"],
            "dixy": ["2000283070", "2000578411", "2000595631"],
            "perekrestok": ["4360313", "4364088", "4269762", "69215", "3464112", "3420956", "3331822"],
        },
         "shrimps titled «королевские» (frozen/cooked-frozen, shell-on or peeled, incl. Polar «Королевские "
         "белоногие»); ваннамей, тигровые, аргентинские, северные shrimps not titled «королевские», Bibigo dumplings "
         "«Королевские с креветками», shrimp kebabs, canned shrimps in brine and cat food excluded"),
        ("виноград киш миш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        },
         "fresh seedless grapes (кишмиш = a seedless table grape): Дикси «Виноград Мускат, без косточки»; Перекрёсток "
         "Ред Глоб, Тайфи, чёрный, Artfrut белый (seedlessness not stated), dried grapes/raisins (кишмиш can mean "
         "raisins, but «виноград» asks for fresh) and fruit mixes excluded"),
    ]),
    # fn07 sports diet
    ("куриная грудка 1 кг\nтворожок 5 процентов\nпротеиновый батончик\nрис бурый", [
        ("куриная грудка 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3673509", "3689116", "3669585", "4242120", "4208844", "53105", "3694848", "4323072",
                            "3273915", "2173555", "3946764", "4329298", "3653837", "52888", "3191300", "78003876",
                            "3362832", "3940063", "4312563", "3678985", "3649232", "3609675", "4306879", "4116904",
                            "3034277", "4347498", "3216279", "3336397"],
        },
         "raw chicken breast: «филе грудки», «грудка», breast on the bone, «филе куриное/цыплёнка(-бройлера)» (taken "
         "as breast fillet, as in set g), «малое» inner fillet and Петелинка/Петруха fillet «медальоны», Перекрёсток "
         "«Филе курицы в маринаде» (raw, marinated); «1 кг» is the quantity wanted, not a pack size; thigh fillet, "
         "cooked «Филе куриное запеченое», ready meals, Maggi seasoning, «Филейные» sausages excluded; Магнит and "
         "Пятёрочка have no raw chicken breast"),
        ("творожок 5 процентов", {
            "pyaterochka": [],
            "magnit": ["1000208909", "1000224037", "1000306424", "1000372786", "1000377235", "1000400388",
                       "1000426473", "1000441658", "1000448251", "1000453157", "1000475531", "1000512632",
                       "1000535923", "1000563526", "1000572167", "1079990193", "2400019178", "8000030462",
                       "8000068592", "8000069908", "8000079349", "161690c563", "1720c2be05", "3959a203ba",
                       "9aeeb10b64", "c7f0f0e5ec"],
            "dixy": ["2000227595", "2000244591", "2000309621", "2000322093", "2000410935", "2000512184",
                     "2000539346", "2000555052", "2000568077", "2000584511", "2000595413", "2000599971", "ЦТ0047040"],
            "perekrestok": ["3668864", "4128957", "4153930", "4166368", "4223080", "4249284", "4274201", "4294066",
                            "4299495", "4302679", "4324116", "3279582", "3617778"],
        },
         "plain cottage cheese (творог) of exactly 5%: classic, мягкий/нежный, рассыпчатый, зернёный в сливках without "
         "fruit, lactose-free, from baked milk; «творожок» with «5 процентов» is read as creamed cottage cheese, not "
         "the sweet dessert; 4.5%, 5.5% (Домик в деревне мягкий 5.5%), flavoured/fruit творог (101 Зерно клубника, с "
         "изюмом, с вареньем), Даниссимо, children's Растишка/Агуша/Биотворог, сырки, творожные пасты and творожный "
         "сыр excluded"),
        ("протеиновый батончик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000548696"],
            "perekrestok": ["4268248"],
        },
         "protein bars: Snaq Fabriq «Батончик протеиновый» (Дикси), BootyBar (Перекрёсток); protein cookies, cakes "
         "(ProteinRex), candies, puddings, yoghurts, Bombbar ice cream/soda, nut and fruit bars (Nut&Go, Pikki) "
         "excluded"),
        ("рис бурый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000000058"],
            "perekrestok": ["4345261"],
        },
         "brown rice: Националь «Рис бурый» (Дикси), Market Collection «бурый нешлифованный» (Перекрёсток, «Maрket» "
         "with a Cyrillic р); brown rice flour and the parboiled+red rice mix excluded"),
    ]),
    # fn08 sick child
    ("бананов кило, кисель в пакетиках, сухарики ванильные, детскую воду бутылку", [
        ("бананов кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        },
         "fresh bananas (any kind incl. Био and red bananas); Перекрёсток «Бананы для жарки» (plantains), "
         "banana-flavoured dairy, juices, baby crisps and a plush toy excluded; «кило» is the quantity wanted"),
        ("кисель в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000278539"],
            "perekrestok": ["3403327"],
        },
         "dry kissel mix: Русский Продукт «Клюква моментального приготовления, 25г» (a sachet) and Дикси «Кисель "
         "Русский продукт Малина/Клюква, 190 г» (a dry mix pack - outside knowledge, the title does not say dry); "
         "ready-to-drink kissel (Аппетиссимо 500 мл, Овсянка Сэр 410 мл) and ФрутоНяня children's kissel 130 г (ready) "
         "excluded"),
        ("сухарики ванильные", {
            "pyaterochka": [],
            "magnit": ["4f2c3ab423"],
            "dixy": [],
            "perekrestok": [],
        },
         "sweet vanilla rusks: Магнит «Сухарики ОГО!, ванильные»; rusks with raisins/sugar (not vanilla), savoury "
         "croutons excluded"),
        ("детскую воду бутылку", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "daea15c2c5", "162ec6aa1d"],
            "dixy": ["2000523032", "2000523034", "2000311289", "2000605054", "2000601611"],
            "perekrestok": [],
        },
         "children's drinking water of any bottle size (Черноголовка Бэйби, Кидси, ФрутоНяня, Аквалайн «Для ляль»); "
         "Агуша «Вода и сок» (a juice drink) excluded"),
    ]),
    # fn09 borscht
    ("свеколка 2 шт, капуста свежая, говядина на косточке, сметана 15 процентов", [
        ("свеколка 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "4208428", "92844", "2143053", "13998", "4375880", "3368257", "3625863",
                            "4299508", "3378167", "786"],
        },
         "fresh raw beetroot (loose, bagged, bunched, young, washed, and raw cut Белая Дача «свежая резаная» / Маркет "
         "Fresh «очищенная соломка»); boiled beetroot (варёная, «отварная»), Перекрёсток «Свёкла целая очищенная, "
         "500г» and «Свекла очищенная» (vacuum peeled beets, taken as boiled like their «варёная очищенная» siblings - "
         "doubtful, outside knowledge), dried beet snack, Korean-style beet, мангольд, seeds and pasta with beet "
         "excluded; «2 шт» is the quantity"),
        ("капуста свежая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "4208425", "198", "1546", "4268735"],
        },
         "fresh white cabbage, whole or fresh-cut (Белая Дача «свежая белокочанная резаная», Маркет Fresh «соломка»), "
         "incl. Перекрёсток bare «Капуста» and «ранняя»; in a borscht list «капуста» is white cabbage, so cauliflower, "
         "broccoli (fresh or frozen) and the Белая Дача / Маркет Fresh cabbage-carrot mixes are excluded; marinated, "
         "Korean-style, Пелюстка, sauerkraut and seeds excluded"),
        ("говядина на косточке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["85566", "923", "3020550", "2101259", "7338"],
        },
         "raw beef cuts on the bone: голень с костью, лопатка на кости, шейный отруб на кости, «Стриплоин с костью» "
         "(striploin is a beef cut - outside knowledge), «Рагу из говядины суповое» (soup cuts with bone - outside "
         "knowledge); «Грудинка говяжья для харчо» (bone not stated - doubtful), boneless beef, pork on the bone, "
         "smoked/cooked beef and ready meals excluded; Магнит, Дикси and Пятёрочка have no bone-in beef"),
        ("сметана 15 процентов", {
            "pyaterochka": [],
            "magnit": ["1000082622", "1000208902", "1000219465", "1000237597", "1000372785", "1000461810",
                       "1000463648", "1000553874", "1000558440", "1899900582", "8000035449", "8000057502",
                       "8000068594", "8000072734", "2645f50028", "b699c0f510", "c90113311e"],
            "dixy": ["2000024201", "2000220967", "2000276122", "2000279280", "2000411404", "2000544034", "2000595012"],
            "perekrestok": ["29910", "3142744", "3391034", "3423443", "3632833", "3651189", "3667086", "4221356",
                            "4226994", "4246009", "4264297", "4320001", "4335470", "4349771", "4349772"],
        },
         "sour cream of exactly 15% (any brand/size, incl. «из топлёных сливок» and lactose-free); Пятёрочка "
         "РостАгроЭкспорт «пикантная, с чесноком» 15% (flavoured), 10/20/25% sour cream, sour-cream-flavoured "
         "crisps/croutons, Ряба «Сметанный Провансаль» mayonnaise and the Сметанник cake excluded"),
    ]),
    # fn10 plov
    ("рис для плова девзира или лазер, баранина на плов, морковка 1.5 кг, лучок репчатый 1кг", [
        ("рис для плова девзира или лазер", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "the shopper named the Uzbek plov varieties девзира / лазер: no offer is titled with either; generic «рис для "
         "плова» (Агро-Альянс, Националь, Зернышко к зернышку, Мистраль, Маркет) is left out because the variety "
         "written is required - doubtful, a shopper might settle for it"),
        ("баранина на плов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "raw lamb/mutton: none in the offers; Мираторг «Кебабчичи Говядина и ягнятина» (a minced beef-lamb product), "
         "cat food «ягненок» and «Баранки» excluded"),
        ("морковка 1.5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784"],
        },
         "fresh carrots (loose, washed, mini, packed); «1.5 кг» is the quantity wanted; boiled carrots (Дмитровские "
         "Овощи варёная), Korean carrot, juices, purees, pet food «морковь» excluded"),
        ("лучок репчатый 1кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "81209", "3016772", "3368253", "3016771"],
        },
         "fresh bulb onions titled «Лук репчатый» (loose, net, packed, peeled, and «репчатый красный» since the title "
         "says репчатый); «1кг» is the quantity wanted for a weighed vegetable; dried/ground onion (Kotanyi, Айдиго), "
         "Maggi зажарка, Лукашинские goods, лукум excluded"),
    ]),
    # fn11 pancakes
    ("мука высш сорт 2кг, яйца с1 10шт, молоко 3.2 1л, сахар песок, масло подсолнечное для жарки", [
        ("мука высш сорт 2кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733"],
            "perekrestok": ["3915409", "3193726", "3305673", "91321", "4326495", "3681817", "2037765", "3626914",
                            "2107396", "2112692", "4262616"],
        },
         "wheat flour whose title says высший сорт, in 2 kg packs (the written size names the pack); 1 kg packs, flour "
         "whose grade is not stated (Магнит ПЫШЕЧКА пшеничная 2кг, СТАРООСКОЛЬСКАЯ хлебопекарная ГОСТ 2кг, Дикси "
         "«хлебопекарная, 2 кг», Старооскольская хлебопекарная), «экстра»/«особая» grades, блинная, wholegrain, rye "
         "and non-wheat flours excluded"),
        ("яйца с1 10шт", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        },
         "chicken eggs of class С1 («1 категории» = С1; Latin «C1» too) in packs of 10; С0/отборные, С2, высшей "
         "категории, 6/15/20/30 packs excluded"),
        ("молоко 3.2 1л", {
            "pyaterochka": [],
            "magnit": ["1000122658", "8000026014", "1812450001", "1000323041", "1000139951", "be3e0e74c3",
                       "1000049786", "1000445488", "18ca387556", "1000172272", "8000058295"],
            "dixy": ["2000238271", "2000066819", "2000560951", "10J0077073", "2000600213"],
            "perekrestok": ["3668699", "4162259"],
        },
         "cow drinking milk of exactly 3.2% in a «litre» pack: 0.9-1 l / 930-1000 g (the usual litre cartons), incl. "
         "Агуша children's 925 мл; 1.4 l, 1.7 l, 1.9 l, 2 l/2 kg, 500 ml, 200 ml packs, ranges 3.2-4/3.2-6, топлёное "
         "(Эго 900 г), Му-у «Для капучино», baby milk 205-210 ml and Пятёрочка's Агуша 500 г excluded"),
        ("сахар песок", {
            "pyaterochka": [],
            "magnit": ["446f5df61c"],
            "dixy": ["2000174958", "2000214171", "2000214172"],
            "perekrestok": ["3650732", "3902622", "3230933"],
        },
         "white granulated sugar of any pack («Сахар-песок», «белый песок», «кристаллический», Советский «Экстра» - "
         "granulated, outside knowledge); pressed/lump sugar (Русский сахар прессованный, кусковой), brown cane sugar "
         "(incl. Дикси «Сахар-песок Брауни тростниковый» - «сахар песок» is read as ordinary white sugar), coconut and "
         "vanilla sugar, sweeteners excluded"),
        ("масло подсолнечное для жарки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "2000005808", "2000555852", "DI00079242", "2000005809",
                     "2000003488", "ЦТ0039503", "2000563791", "2000210260", "2000154498", "2000283309", "DI00080540"],
            "perekrestok": ["6275", "2093709", "2043188", "2068955", "4022580", "2007886", "3426152", "3426155",
                            "23714", "3454645", "21676", "3478098", "2147548", "4277755", "4269569", "4269568",
                            "3642040", "4218020", "2046261", "3340103", "64128"],
        },
         "refined (deodorised) sunflower oil of any size incl. high-oleic refined and the Altaria refined spray («для "
         "жарки» = the refined oil sold for frying); unrefined oils, blends with olive/almond/wheat germ, flavoured "
         "Almador, Getuva and Аведовъ (refining not stated), Золотая Семечка нерафинированное, mustard and olive oil, "
         "sunflower seeds excluded; Магнит and Пятёрочка have no sunflower oil"),
    ]),
    # fn12 dacha barbecue
    ("шашлык из свинины, угли березовые, кетчуп шашлычный балтимор, жигулевское 4 банки", [
        ("шашлык из свинины", {
            "pyaterochka": [],
            "magnit": ["ffb7467b7c"],
            "dixy": [],
            "perekrestok": ["78003999"],
        },
         "raw pork shashlik: Магнит «Шашлык свиной МИРАТОРГ Деликатесный», Перекрёсток «Шашлык из свиной шейки "
         "охлаждённый»; Перекрёсток «Шашлык … любительский / по-московски» (meat not stated - doubtful), «Шашлык из "
         "свинины с луком жареный» (already cooked), chicken and shrimp shashlik, plain pork cuts and Heinz ketchup "
         "«для шашлыка» excluded"),
        ("угли березовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "barbecue charcoal: none in the offers; charcoal toothpastes/«древесный уголь» cosmetics, ice-cream «брикет» "
         "and fish «треугольники» are not charcoal"),
        ("кетчуп шашлычный балтимор", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "Балтимор shashlik ketchup: no Балтимор/Baltimore product in the offers; Heinz / Помидорка ketchups «для "
         "шашлыка» excluded because the brand written is required"),
        ("жигулевское 4 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "Жигулёвское beer: none offered (the only «Жигулевские» are apples); «Жигули Барное / Экспорт / ИПА» is a "
         "different beer brand and the Жигули «Барное Манго-маракуйя» a beer drink, so excluded - doubtful, a shopper "
         "might take Жигули"),
    ]),
    # fn13 quick dinner
    ("пельмени сибирская коллекция, майонез провансаль 67, огурчики маринованные", [
        ("пельмени сибирская коллекция", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        },
         "Сибирская коллекция pelmeni of any filling (Новосибирские, фирменные, с мраморной говядиной, Сочные); no "
         "other product of the brand"),
        ("майонез провансаль 67", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077734", "1000169172", "1000179908", "1000233673", "1000277219",
                       "1000348713", "1000356802", "1000422623", "1000501598", "1000556519", "1000556521",
                       "1728400030", "1799700138", "8000045827", "2c23c84574", "56ff8ec751", "7a519275b4",
                       "7d31b46ae3", "da818e4a20", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369",
                     "2000204803", "2000265607", "2000306265", "2000429651", "2000539317", "2000570511", "ЦТ0027566",
                     "ЦТ0040573", "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671", "3467275",
                            "3674577", "3677986", "4072721", "4105769", "4199312", "4259097", "4259098", "4297819",
                            "4331497", "4331500", "4331515", "4331518", "78193"],
        },
         "mayonnaise Провансаль of exactly 67%, any brand and size, incl. variants still titled Провансаль 67% (с "
         "лимонным соком, оливковый, сливочный, на перепелиных яйцах, с маслом авокадо); Провансаль without a stated % "
         "(Перекрёсток Я люблю готовить 700 г), Домашний 55%, Сметанный 50.5%, 67% mayonnaise not called Провансаль "
         "(«Чистый», «на перепелиных яйцах» Я люблю готовить) excluded"),
        ("огурчики маринованные", {
            "pyaterochka": ["3231209", "3015661"],
            "magnit": ["b83846e7e3", "d77cad8396", "ec376f9811", "e8630c700b", "adb393075f", "7c2811d92a"],
            "dixy": ["2000200415", "T000005987", "2000208489", "2000348876", "2000180487", "2000148383"],
            "perekrestok": ["4265436", "3180523", "3662073", "4061841", "4106670", "2050041", "4367072", "4307368",
                            "3472384", "4121991", "4061853", "4379606", "3976234", "4343529", "3504166", "4078446",
                            "3499242", "71250", "2101582", "4107404", "4321954"],
        },
         "marinated (vinegar-pickled) cucumbers and cornichons in jars; titles without the word accepted where the "
         "product line is marinated (Дядя Ваня «По-французски»/«По-берлински», Скатерть-Самобранка корнишоны 720 мл, "
         "Пятёрочка «Корнишоны Закарпатские, Eко» - outside knowledge); salted/barrel/малосольные cucumbers, fresh "
         "cucumbers and cornichons, 6 соток «хрустящие» and Globus «с ягодами можжевельника» (method not stated), "
         "Лукашинские «По-старорусски», vegetable assortments and cream cheese with cucumbers excluded"),
    ]),
    # fn14 laundry
    ("порошок тайд автомат 3кг\nкондиционер для белья ленор\nотбеливатель ваниш", [
        ("порошок тайд автомат 3кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "Tide automatic washing powder in a 3 kg pack: Tide powders are offered only as 2.4 kg (Детский, детский "
         "колор) and 2.5 kg (Колор), so excluded as the written size names the pack - doubtful, a shopper might take "
         "2.5 kg; Tide gel capsules and liquid excluded"),
        ("кондиционер для белья ленор", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "Lenor fabric conditioner (Пятёрочка «Lenor, скандинавская весна, 2 л»); Ariel powder «Ленор фреш» excluded"),
        ("отбеливатель ваниш", {
            "pyaterochka": [],
            "magnit": ["ac176ffbd4"],
            "dixy": [],
            "perekrestok": [],
        },
         "Vanish laundry product that whitens: Магнит «Пятновыводитель VANISH OXI ACTION, для цветного и белого белья» "
         "(Vanish is commonly called a bleach - doubtful); Vanish Oxi Advance «для цветных тканей» (colour-safe, does "
         "not whiten) and the ВАНИШ carpet cleaners excluded"),
    ]),
    # fn15 coffee breakfast
    ("кофе нескафе голд 190г, круасаны, сливочки 10% к кофе, сырки плавленые", [
        ("кофе нескафе голд 190г", {
            "pyaterochka": [],
            "magnit": ["67ebe44e72"],
            "dixy": ["ЦТ0000119"],
            "perekrestok": [],
        },
         "Nescafe Gold in the 190 g pack (the written size names the pack): Магнит «Голд, сублимированный с молотым, "
         "190г», Дикси «молотый в растворимом Nescafe Gold 190г»; Nescafe Gold 47.5-130 g, Gold Barista, Gold Aroma, "
         "Gold Alta Rica 170 г (another blend and size), Nescafe Classic/Classic Crema 190 г (not Gold) and 3-in-1 "
         "drinks excluded"),
        ("круасаны", {
            "pyaterochka": [],
            "magnit": ["0e4d3ba41d", "1060048500", "3046eb3991", "434e427072", "500db2728b", "82f52ab2a8",
                       "872b08ccfa", "dd1f7d8587"],
            "dixy": [],
            "perekrestok": ["78034635", "78034827", "78035100", "78035105", "78035144", "78035146", "78035149"],
        },
         "croissants of any kind and filling (7 DAYS mini/midi, LUCKY DAYS, Перекрёсток bakery croissants incl. "
         "«круассан-ролл»/«куб»); the typo «круасаны» is the shopper's; no croissants at Дикси or Пятёрочка"),
        ("сливочки 10% к кофе", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1000128456", "1000144079", "1000537609", "3201860040",
                       "1000052910", "1000456519", "1000461011", "1000006089", "1899911837"],
            "dixy": [],
            "perekrestok": ["4271735", "4267108", "3431574", "44849", "68419"],
        },
         "drinking cream of exactly 10% (sterilised/UHT, any pack incl. Valio «для кофе» 1 л and the 10x10 г portion "
         "cups of Альпенгурт, Campina, Зелёная Линия); «к кофе» is a purpose, not a filter; Parmalat 11%, 20% and 33% "
         "cream, fruit purees «со сливками» excluded"),
        ("сырки плавленые", {
            "pyaterochka": [],
            "magnit": ["1000227071"],
            "dixy": [],
            "perekrestok": [],
        },
         "processed-cheese bars (сырки): Магнит «Сыр плавленый Карат Дружба 45% 90г»; «Плавленый продукт ДРУЖБА» and "
         "Моя цена «Продукт плавленый Дружба с сыром» (cheese products, not cheese - doubtful, a shopper might take "
         "them), processed cheese in tubs, triangles, slices and 130-400 g packs (not сырки), curd сырки excluded"),
    ]),
    # fn16 the cat
    ("корм шеба для кошек, наполнитель комкующийся для лотка, кошачий корм сухой подешевле", [
        ("корм шеба для кошек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000537995"],
            "perekrestok": [],
        },
         "Sheba cat food of any flavour: Дикси «Sheba Ломтики в соусе Форель и креветки 75г»; other brands excluded"),
        ("наполнитель комкующийся для лотка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "clumping cat litter: the only litter is Магнит «КЭТ СТЕП, силикагелевый» (silica gel, which does not clump), "
         "excluded; yoghurts «с наполнителем» are traps"),
        ("кошачий корм сухой подешевле", {
            "pyaterochka": ["3476629", "3496914"],
            "magnit": ["082e5a8772", "1f0ce393a9", "2072b66f2f", "25a38e6577", "29d266d8c4", "44ec5dee51",
                       "55b04b68ba", "5ac79c1445", "5f2c27349b", "66c4713f53", "67188622e2", "6fb51b0eb2",
                       "75088c0c75", "81960a917d", "88df276103", "9e2b4c52dc", "a67b22c0a1", "a90d75160d",
                       "ae8959bc6c", "b2a3471d9f", "bcf8a579e3", "d0c8d93ec2", "dbf5033fdc", "f37cd2575d",
                       "f9a50d981d"],
            "dixy": ["2000372860"],
            "perekrestok": [],
        },
         "dry cat food of any brand, incl. kitten and sterilised formulas; titles without «сухой» accepted as dry "
         "where the pack is a kibble bag (Purina One 750 г/1.5 кг, Whiskas «Подушечки с паштетом» 800 г and 350 г, "
         "Whiskas «Паштет с говядиной» 1.9 кг = the dry «подушечки с паштетом» line - outside knowledge); wet food "
         "(pouches, tins, 75-85 г, soups), Магнит's bare «Корм для кошек» (type unknown) and dog food excluded; "
         "«подешевле» is a wish"),
    ]),
    # fn17 baby
    ("подгузники памперс 4, пюре фрутоняня яблоко груша, влажные салфетки для детей", [
        ("подгузники памперс 4", {
            "pyaterochka": [],
            "magnit": ["53ba3d65f3"],
            "dixy": [],
            "perekrestok": [],
        },
         "Pampers tape diapers of size 4 (= Maxi): Магнит «PAMPERS Актив Бейби Макси, 70 шт.»; Pampers pants "
         "(«Трусики», «Трусики-подгузники PAMPERS 4 Maxi» - pull-ups, a different form; doubtful), other Pampers sizes "
         "(Миди, Джуниор, Экстра Лардж, мини, Ньюборн), Huggies, Merries, Nani and Pampers wet wipes excluded"),
        ("пюре фрутоняня яблоко груша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0030383"],
            "perekrestok": [],
        },
         "ФрутоНяня apple-pear puree (Дикси «Груша-яблоко, с 5 месяцев, 250 г»); single-fruit apple or pear purees, "
         "apple-peach, apple-banana, apple with cream/berries/biscuit, ФрутоНяня pear juice excluded"),
        ("влажные салфетки для детей", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "36ac79cfc0", "d50c79a365", "bd449a17ff",
                       "667fad1c9c"],
            "dixy": [],
            "perekrestok": [],
        },
         "children's/baby wet wipes (Huggies Elite Soft, Pampers Kids/NewBaby/Аква Пьюр, Каспер Детские incl. 120 шт с "
         "клапаном, and АУРА «Солнце и луна, с ромашкой» - Aura's baby line, outside knowledge, doubtful); universal, "
         "antibacterial, surface, intimate and adult wipes (Aura, La Fresh, Салфети, Академия комфорта, Я самая) and "
         "wet toilet paper excluded"),
    ]),
    # fn18 tea for guests
    ("чай ахмад эрл грей 100 пак, зефир белый, печенье юбилейное молочное, лимон 2 шт", [
        ("чай ахмад эрл грей 100 пак", {
            "pyaterochka": [],
            "magnit": ["bd44dec0f2"],
            "dixy": ["ЦТ0016759"],
            "perekrestok": [],
        },
         "Ahmad Tea Earl Grey in 100 tea bags; Ahmad Earl Grey loose 100 г / 200 г / 500 г, 25-bag packs and other "
         "Ahmad teas excluded (the written count names the pack); Greenfield «Earl Grey Fantasy» is another brand"),
        ("зефир белый", {
            "pyaterochka": [],
            "magnit": ["44889a6882"],
            "dixy": ["2000561711"],
            "perekrestok": [],
        },
         "plain white zefir: Коломенский «Яблочный» and Семейные секреты «Антоновка» (apple zefir is white - outside "
         "knowledge; the titles do not say «белый»); bicolour (ШАРЛИЗ «Бело-розовый», Коломенский «Ваниль и малина» - "
         "doubtful), berry/fruit-coloured (клубника, клюква, малина, брусника, смородина, вишня/манго), "
         "chocolate-covered zefir and the Пастухов dessert excluded"),
        ("печенье юбилейное молочное", {
            "pyaterochka": [],
            "magnit": ["68b382d22e", "4ecdd613ad"],
            "dixy": [],
            "perekrestok": [],
        },
         "Юбилейное biscuits of the «Молочное» variety, plain and «молочное с глазурью» (still the milk variety); "
         "Юбилейное «традиционное», «с глазурью» (not milk), «Овсяное», колбаса «Юбилейная» and Julius Meinl "
         "«Юбилейный» coffee excluded"),
        ("лимон 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        },
         "fresh lemons (loose, 2-pack); «2 шт» is the quantity; lime-lemon mix, ginger-lemon set, lemon-flavoured "
         "goods and lemon liqueur excluded"),
    ]),
    # fn19 festive herring salad
    ("селедочка в масле, горошек зеленый консервированный, майонез слобода, картошка 3кг", [
        ("селедочка в масле", {
            "pyaterochka": [],
            "magnit": ["d1c803816b"],
            "dixy": ["2000162753", "2000322886", "2000236692", "2000242531", "2000179260", "2000309903"],
            "perekrestok": ["3345483", "3682728", "3622072", "3622071", "79543", "3683742", "2168484", "3683735",
                            "3463465", "3993017", "4116562", "4322376", "4323336", "4275608", "4366965", "4159336"],
        },
         "herring fillet / pieces in oil («в масле», «в масляной заливке»), incl. flavoured in-oil variants (с "
         "укропом, с дымком, со специями, с приправами, По-польски с лучком и томатом); herring whose title does not "
         "say oil (Санта-Бремор «популярное», Матиас «свежая зелень», Доброфлот, Форгрейт натуральная), whole salted "
         "herring, herring in wine/mayonnaise/tomato/marinade, cold-smoked fillet and celery juice («сельдерей») "
         "excluded"),
        ("горошек зеленый консервированный", {
            "pyaterochka": [],
            "magnit": ["02059b03ae", "077ca9bca9", "08e4c89d92", "118e7a3919", "334fc1acba", "68a96163bf",
                       "7e3054a87f"],
            "dixy": ["0230306094", "10A0036580", "1100075857", "2000118079", "2000163949", "2000189884",
                     "2000313797", "2000313828"],
            "perekrestok": ["16791", "19134", "2035571", "27460", "3026306", "32340", "3350744", "3360308",
                            "3447858", "3483842", "3504837", "3628006", "3635251", "3951175", "4004677", "4011800",
                            "4059535", "4188483", "4192227", "4206921", "4211849", "4273266", "4274246", "4283761",
                            "4380317", "77114"],
        },
         "canned green peas of any brand/size (Bonduelle, Green Ray, 6 соток, Globus, Heinz, Дядя Ваня, Фрау Марта, "
         "Бояринъ 4.15 кг …, incl. «без сахара», «молодой», «нежный», «из мозговых сортов»); Bonduelle Expert peas "
         "with carrots (a mix), Перекрёсток fresh «Горошек сладкий», pea microgreens, frozen peas (Маркет, 4 Сезона, "
         "bare «замороженный»), peppercorns («перец горошек») and chickpeas excluded"),
        ("майонез слобода", {
            "pyaterochka": [],
            "magnit": ["1000016691", "1000179908", "1000233673", "1728400015", "1728400030", "1799900201",
                       "8000023980", "8000045827", "8000045828", "7a519275b4", "b624a9bb8a", "da818e4a20"],
            "dixy": ["2000135999", "2000176263", "2000186981", "2000429651", "2000530112", "ЦТ0044024", "ЦТ0045065"],
            "perekrestok": ["2108609", "2162564", "3163111", "3193489", "3335647", "3389322", "3636361", "3674577",
                            "78193"],
        },
         "every Слобода mayonnaise (Провансаль, Оливковый, на перепелиных яйцах, Московская, с маслом авокадо / "
         "Зелёная Дача, any size); Слобода «Постный» майонезный соус 56% (a sauce), Слобода ketchups, oils and "
         "yoghurts excluded"),
        ("картошка 3кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                            "3092450"],
        },
         "fresh raw potatoes of any kind/pack (white, red, Бэби, для варки / для жарки, отборный); «3кг» is the "
         "quantity wanted for a weighed vegetable; boiled peeled potatoes, frozen cut potatoes, sweet potato, "
         "«Картошка» sweets and seasonings excluded"),
    ]),
    # fn20 fish dinner
    ("минтай филе замороженное, картофель молодой, укроп пучок", [
        ("минтай филе замороженное", {
            "pyaterochka": [],
            "magnit": ["21f5feb583"],
            "dixy": [],
            "perekrestok": [],
        },
         "frozen pollock fillet: Магнит «Минтай МАГНИТ филе без кожи свежемороженый, 600г»; Магнит «МИНТАЙ филе, "
         "полуфабрикат из замороженного сырья» (sold thawed at the fish counter - doubtful), whole pollock «тушка», "
         "pollock mince, roe and cooked Биточек excluded"),
        ("картофель молодой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "young (new-season) potatoes: none titled «молодой» except Перекрёсток «Картофель молодой с паприкой и "
         "чесноком запеченный» (a cooked dish, excluded); ordinary and «Бэби» potatoes excluded as the age is not "
         "stated - doubtful"),
        ("укроп пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "fresh dill: none in the offers; dill-flavoured goods (olives, herring, ketchup «укроп-петрушка»), pea "
         "microgreens and «Свекла в пучках» excluded"),
    ]),
    # fn21 student
    ("доширак говядина 3 шт, сосиски самые дешевые, кетчуп хайнц томатный 800г, энергетик адреналин раш", [
        ("доширак говядина 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        },
         "Доширак noodles with beef: only Перекрёсток «Лапша Доширак Чан рамен … с острой говядиной, 120г» (a Доширак "
         "line with beef - accepted, doubtful as it is the spicy Chan ramen, not the classic beef cup); Пятёрочка "
         "Доширак «чан рамен, корейская» (no beef stated) and Дикси Доширак potato puree «со вкусом курицы» excluded; "
         "«3 шт» is the quantity"),
        ("сосиски самые дешевые", {
            "pyaterochka": ["16676bb3f8", "3306014", "3631905"],
            "magnit": ["119aa8a644", "1752cd8c83", "1e5c44f755", "2dd98ca456", "37c028c01a", "5215d6a234",
                       "5ee4bc3c3d", "61299796c8", "7c9f298d18", "9323828a10", "9b4b38b86e", "a71ef90bc4",
                       "b2525e4143", "c09ecd22ea", "c7e784766f", "c890078deb", "d08287067b", "f72f36dddd"],
            "dixy": ["2000125037", "2000174171", "2000181981", "2000190007", "2000231293", "2000279644",
                     "2000286260", "2000300143", "2000308550", "2000316003", "2000318804", "2000322511",
                     "2000324158", "2000326151", "2000330718", "2000418174", "2000424551", "2000513172",
                     "2000528072", "2000563472", "2000565391", "2000566631", "2000566633", "2000572752",
                     "2000577622", "2000592098", "2000595013", "2000600471", "2000602632", "ЦТ0047282"],
            "perekrestok": ["3198697", "3207022", "3330134", "3347588", "3359555", "3390152", "3416253", "3434237",
                            "3443810", "3460864", "3464086", "3464088", "3486631", "3489558", "3635837", "3653933",
                            "3697463", "4045571", "4051414", "4062689", "4077764", "4081069", "4100627", "4100629",
                            "4135356", "4169216", "4169220", "4175216", "4221323", "4241464", "4276248", "4276249",
                            "4279045", "4316920", "4321243", "4329781", "4332703", "4337765", "4337767", "4339153",
                            "4342912", "4343709", "4344479", "4353596"],
        },
         "any сосиски (boiled/smoked, pork, beef, chicken, turkey, children's, with cheese, «гриль»); «самые дешевые» "
         "is a ranking wish, not a filter; Перекрёсток «Капуста тушеная с сосисками» (a dish), сардельки, sausages in "
         "dough, crisps and pet food excluded"),
        ("кетчуп хайнц томатный 800г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4274973"],
        },
         "Heinz «Томатный» ketchup in the 800 г pack (the written size names the pack): Перекрёсток «Кетчуп Heinz "
         "томатный, 800г»; Heinz томатный 320/350/460/550 г, Pikador томатный 300 г and other Heinz flavours (Острый, "
         "Итальянский 800 г …) excluded"),
        ("энергетик адреналин раш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000542794"],
            "perekrestok": ["4206324"],
        },
         "Adrenaline Rush energy drink of any variant: Перекрёсток «Adrenaline Rush без сахара» and Дикси «Adrenaline "
         "без сахара … 0,449 л» (the same Adrenaline Rush can - outside knowledge); other energy drinks excluded"),
    ]),
    # fn22 baking
    ("разрыхлитель пару пакетиков, ванильный сахарок, масло сливочное 82.5, блинная мука", [
        ("разрыхлитель пару пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        },
         "baking powder: Дикси «Разрыхлитель теста Dr.Bakers, 10 г» (a sachet; «пару пакетиков» is the quantity); "
         "baking soda (Сода пищевая) excluded"),
        ("ванильный сахарок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220514"],
            "perekrestok": ["4272698"],
        },
         "vanilla sugar: Dr.Bakers «Сахар ванильный, 8 г» at Дикси and Перекрёсток; Магнит «Ванилин ХААС, 1,5г» "
         "(vanillin, not vanilla sugar) and vanilla ice creams «в сахарном рожке» excluded"),
        ("масло сливочное 82.5", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642",
                       "1000458136", "1000521208", "1000566266", "1899900309", "8000045816", "4fc2d8c8ad",
                       "6b22928df7", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791",
                     "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                            "3628337", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749",
                            "4055506", "4135603", "4196090", "4260609", "4292462", "4310021", "4343792", "86149",
                            "3699369", "4113532", "4175276"],
        },
         "butter of exactly 82.5% (сливочное / сладко-сливочное, salted or not, incl. lactose-free Тысяча Озёр); "
         "butter labelled 82% (Arla Natura, Киприно, Молочный знак, President, JALO KERMA) excluded because the "
         "written 82.5 must match, and 72.5%/spreads excluded"),
        ("блинная мука", {
            "pyaterochka": [],
            "magnit": ["6ea45de7b6", "5636222689"],
            "dixy": ["2000214069"],
            "perekrestok": ["16319", "2053130", "3502352"],
        },
         "pancake flour / mix sold as «мука блинная» (Пышечка, С.Пудовъ классическая, Маркет); plain wheat flour and "
         "other flours excluded"),
    ]),
    # fn23 a cold
    ("имбирь свежий, мёд гречишный, чай с чабрецом", [
        ("имбирь свежий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3218215", "4097889"],
        },
         "fresh ginger root: Перекрёсток loose «Имбирь» and «Имбирь, 300г» (fresh root - the pack is not stated as "
         "processed); pickled white ginger (Скатерть-Самобранка пастеризованный), candied/osmotically dried ginger, "
         "ginger tea, sweets and the ginger-lemon set excluded"),
        ("мёд гречишный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4320671", "3687699"],
        },
         "buckwheat honey (Маркет «Мёд Гречишный/гречишный натуральный», 350 г and 500 г); Чак-Чак «с гречишным мёдом» "
         "and other honeys excluded"),
        ("чай с чабрецом", {
            "pyaterochka": [],
            "magnit": ["739159b9d5", "f9b0dd39e7", "245310ae46", "b411bf6170", "05c3ce571d"],
            "dixy": [],
            "perekrestok": ["3497561", "4206082", "4131559"],
        },
         "tea with thyme (чабрец), bagged or loose, incl. Майский «чабрец-мята»; teas without thyme and the cream "
         "cheese «с тимьяном» excluded"),
    ]),
    # fn24 summer okroshka
    ("квас очаковский 2л, огурцы короткоплодные, редиска пучок, колбаса докторская варёная", [
        ("квас очаковский 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "Очаковский kvass: none offered; Пятёрочка «Квас Русский узор Летний 2,5л» and Перекрёсток «Квас Медовый "
         "Зелёная Линия 1л» are other brands (and sizes), excluded"),
        ("огурцы короткоплодные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4072"],
        },
         "fresh short-fruited cucumbers: Перекрёсток «Огурцы короткоплодные»; medium (колючие/гладкие среднеплодные), "
         "long cucumbers, cucumbers whose type is not stated (Фасованные 450 г, «Огурцы, 600 г», Хрустящие, Магнит "
         "«ОГУРЦЫ гладкие», Бакинские - short bumpy cucumbers by outside knowledge, but not titled so; doubtful), "
         "pickled/salted cucumbers excluded"),
        ("редиска пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "fresh radish: none in the offers"),
        ("колбаса докторская варёная", {
            "pyaterochka": ["3636156"],
            "magnit": ["0406a2a7ef", "0505750ecb", "233ff452a9", "352b78741a", "4204e62e10", "47bbbb5374",
                       "6e16b1777a", "80689e53b3", "892b23214a", "89c39c317d", "c9c2b3f600", "fa236141ca",
                       "fa414b5a8d"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["2170372", "3385812", "3434232", "4312573"],
        },
         "Докторская boiled sausage of any maker and pack (piece, мини, sliced); titles without «вареная» accepted "
         "because Докторская is a boiled sausage by definition (outside knowledge); Рублёвский «Сосиски Докторские» "
         "(frankfurters) and the beer drink «ДОКТОР ДИЗЕЛЬ» excluded"),
    ]),
    # fn25 sports breakfast
    ("овсяные хлопья долгой варки, арахисовая паста, кефир 2.5% 1л, грудка индейки", [
        ("овсяные хлопья долгой варки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000005395"],
            "perekrestok": ["6752"],
        },
         "long-cooking oat flakes: Русский продукт «Геркулес традиционный» 500 г (the traditional, long-cooking flakes "
         "- outside knowledge, the title does not say «долгой варки»); flakes titled «быстрого приготовления», «3-5 "
         "мин», «1 минута», instant porridges, and flakes whose cooking time is not stated (Nordic, Ясно Солнышко "
         "№2/№3, Геркулес Монастырский/Нежный, Экстра, Мистраль …) excluded - doubtful, several of them are "
         "long-cooking in fact"),
        ("арахисовая паста", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "peanut butter: none offered; chocolate bars and Nut&Go bars «с арахисовой пастой» and a porridge with peanut "
         "paste excluded"),
        ("кефир 2.5% 1л", {
            "pyaterochka": [],
            "magnit": ["1000350608", "1899800689", "8000033639"],
            "dixy": ["ЦТ0028202"],
            "perekrestok": ["4245052", "4280483", "4137919", "3491537", "2173827", "2093082"],
        },
         "kefir of exactly 2.5% in a «litre» pack (900-1000 мл/г); 400-800 мл/г and 1.43 kg packs, other fat levels "
         "and kefir products excluded"),
        ("грудка индейки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "raw turkey breast: none titled as breast; Магнит «ФИЛЕ БЕДРА ИНДЕЙКИ» (thigh), Перекрёсток «Медальон из мяса "
         "индейки» Пава-Пава / Зелёная Линия (cut not stated - doubtful), stewed turkey, sausages «из грудки индейки», "
         "pâté and ready meals excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fn"))
