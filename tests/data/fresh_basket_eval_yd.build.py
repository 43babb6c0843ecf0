#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yd.jsonl -- notes left for a partner of what has run out at home,
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yd.build.py

LISTS below is literal data: 25 lists (3-4 items) written first, before any offer was read, as a
household member would type them to a Telegram bot for a partner (brand preferences, things not to buy,
sizes and counts, the usual restock), copied byte for byte from fresh_basket_eval_yd.blind_lists.txt, and
for every item the product ids of every in-stock offer of each store that a reasonable shopper who wrote
exactly that item would accept.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one, then
every title matching the item's stem that was not accepted was listed and re-read; the note of each item
records what was accepted, what was deliberately left out and any judgement that rests on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  No
matcher or tool code was read.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fyd01, fyd02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yd.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1
    ("молоко только простоквашино 2.5, яйца с0 десяток пару упаковок, маслице сливочное 82.5 не спред, хлеб бородинский нарезанный", [
        ("молоко только простоквашино 2.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000024178"],
            "perekrestok": [],
        }, "Простоквашино drinking milk of exactly 2.5 % (only Дикси has it); Простоквашино 1.5 %, 3.2 % and «Отборное» 3.4-4.5 %, other brands' 2.5 % milk and Простоквашино kefir/yoghurt excluded ('только простоквашино' makes the brand required)"),
        ("яйца с0 десяток пару упаковок", {
            "pyaterochka": [],
            "magnit": ["1000247190", "1000247234", "1000247378", "2047000014", "1a8d487cea"],
            "dixy": ["2000212529", "2000269325", "2000284425", "2000326489", "2000601652"],
            "perekrestok": ["2131762", "3182853", "3356111", "3392204", "3421287", "3432532", "3914040", "4012802",
                       "4168688", "4201192", "4201194", "4236458", "4337164", "4352464", "4364349", "4085790"],
        }, "hen eggs of class С0/СО/«отборные» in packs of 10 ('пару упаковок' is a count of packs); С1/С2/«1 категории», «высшей категории» (СВ), packs of 6/15/20/30, quail eggs and chocolate eggs excluded; Дикси «Роскар Экстра категория С0» counted as С0"),
        ("маслице сливочное 82.5 не спред", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970", "1000433642", "1000458136", "1000521208",
                       "1000566266", "1899900309", "8000045816", "4fc2d8c8ad", "6b22928df7", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831", "2000588791", "2000602271", "2000604391",
                       "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127", "34890", "3612778",
                       "3628337", "3643092", "3654551", "3657363", "3698785", "3922315", "3953367", "3999749",
                       "4055506", "4135603", "4196090", "4260609", "4292462", "4310021", "4343792", "86149",
                       "3699369", "4113532", "4175276"],
        }, "butter of exactly 82.5 % (incl. Пятёрочка «ТЫС.ОЗЕР Масло сл/слив.82,5%», salted/unsalted, lactose-free, any pack); 82 % butters (Arla Natura, President, Киприно, Молочный знак, JALO KERMA), 72.5 % butters, chocolate butter, spreads and margarine excluded ('не спред')"),
        ("хлеб бородинский нарезанный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "3624125", "3974719", "4329404"],
        }, "Borodinsky bread sold sliced («нарезка»/«нарезанный»), Перекрёсток only; МД Бородина sausages and BEERKA «Бородинские» croutons excluded"),
    ]),
    # L2
    ("кефирчик 1% 2 шт, творог 9 процентов в пачке, сметана 20 только не домик в деревне", [
        ("кефирчик 1% 2 шт", {
            "pyaterochka": [],
            "magnit": ["1000166736", "1000451591", "1000563708", "1899911984"],
            "dixy": ["2000166045", "2000227476"],
            "perekrestok": ["2084558", "3352331", "3467794", "3604602", "3636340", "4242643", "4252383", "4255904",
                       "4263416", "4328084", "4334308"],
        }, "kefir 1 % incl. «Биокефир» ('2 шт' is a quantity); «кефирный/биокефирный продукт» and Bio Баланс «биопродукт кефирный» excluded (not kefir)"),
        ("творог 9 процентов в пачке", {
            "pyaterochka": [],
            "magnit": ["1000122024", "1000386975", "1000426465", "1000426470", "1000448252", "1000530486", "8000055235", "0cfee9df84",
                       "18fc386178", "3d536f7add", "57c16fad2a", "93ff6e854f"],
            "dixy": ["2000266304", "2000280850", "2000312025", "2000423589", "2000564413", "2000566980", "2000567931", "2000568076",
                       "2000569975"],
            "perekrestok": ["4129495", "4153929", "4249279", "4249286", "4294087", "4299497", "3192865", "3487310"],
        }, "plain cottage cheese 9 % (packs of any size, crumbly/«пластовой» included; 'в пачке' not a filter since all are packaged); flavoured, «зерненый в сливках», творожная масса, 5 %/2 %/18 % excluded; Перекрёсток «Творог Зернышко 9% Зелёная Линия» taken as plain (a brand name, no cream or filling stated)"),
        ("сметана 20 только не домик в деревне", {
            "pyaterochka": [],
            "magnit": ["1000102474", "1000203662", "1000429067", "1000461809", "1000574404", "1000574405", "1899913371", "30145abd36"],
            "dixy": ["2000166052", "2000276139", "2000411407", "2000509714", "2000509715", "2000544033"],
            "perekrestok": ["3166306", "3181748", "3629029", "3632834", "4072176", "4087849", "4095524", "4221355",
                       "4229625", "4241375", "4250761", "4320002", "4376610"],
        }, "sour cream 20 % of any brand except Домик в деревне (the user excludes it); Домик в деревне 20 %, 10/15/25/30 %, sour-cream-flavoured snacks and «Сметанковый» cheese excluded"),
    ]),
    # L3
    ("туалетка zewa 3 слоя, салфетки бумажные белые какие были, фейри для посуды лимон, губки для посуды самые простые", [
        ("туалетка zewa 3 слоя", {
            "pyaterochka": [],
            "magnit": ["0f9bdfbe08", "11634cf6c9", "24f2c70304", "939f14debe", "cdc752b01e", "f88b88076f"],
            "dixy": ["2000142974"],
            "perekrestok": ["75364"],
        }, "Zewa toilet paper 3-ply (Deluxe) of any scent and roll count; Магнит «ЗЕВА ДЕЛЮКС, Белая с ароматом ромашки, 4 рулона» has no ply in its title and is taken as 3-ply because Zewa Deluxe is the 3-ply line (outside knowledge); Zewa Plus (2-ply), Zewa Just1/Нэчерал софт (4-ply), Zewa towels/handkerchiefs and other brands excluded"),
        ("салфетки бумажные белые какие были", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "white paper table napkins: none in the offers; WELLFORT «Барокко» (printed design, 'в асс'), Перекрёсток «Салфетки бумажные киви» (coloured) excluded as not white; ZEWA facial tissues («Салф.бум.д/лица», «Салфетки для лица») excluded as tissues, not napkins"),
        ("фейри для посуды лимон", {
            "pyaterochka": [],
            "magnit": ["551d8403a9", "bbb10983dd", "d0bd1a2d49"],
            "dixy": ["2000265727", "2000274013", "2000371202"],
            "perekrestok": [],
        }, "Fairy hand dish-washing liquid with lemon («Сочный лимон», incl. the Магнит 450 ml assortment «Сочный лимон, Апельсин-лимонник»), any size; Fairy dishwasher tablets «Все в 1 Лимон» and other Fairy scents excluded"),
        ("губки для посуды самые простые", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges (only Магнит «МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт.»); a shoe sponge excluded; 'самые простые' is a wish, not a filter"),
    ]),
    # L4
    ("кофе в зернах не бери с ароматизатором, сливки 10% для кофе маленькие, сахар рафинад самый дешевый", [
        ("кофе в зернах не бери с ароматизатором", {
            "pyaterochka": ["3396617", "3649043"],
            "magnit": ["010c4606ec", "1c2a14cd16", "285b220deb", "29d0446442", "30cb0411c1", "3537ad66c3", "3b6ffcb8f3", "46e47f37c9",
                       "476327c381", "48fb31aaa1", "4e13c893b9", "91017de33b", "aa4dd46995", "b0961842e9", "df383edea4", "e74483f8e8",
                       "ef7ceaf5e3", "f51c4712f0"],
            "dixy": [],
            "perekrestok": [],
        }, "whole coffee beans (в зернах/зерновой/«зер.») of any brand without flavouring (arabica/espresso/«мокко» blends are not flavourings); ground, instant, capsules and flavoured coffee (Жокей «Ирландские сливки, ароматизированный», Jardin «Синнамон Кейк», Vanillia) excluded; no beans in Дикси/Перекрёсток"),
        ("сливки 10% для кофе маленькие", {
            "pyaterochka": [],
            "magnit": ["1000006089", "1000128456", "1899911837", "3201860040"],
            "dixy": [],
            "perekrestok": ["3431574", "4271735", "68419"],
        }, "cream 10 % in small packs: 10×10 g portion packs and 195-200 ml packs ('маленькие'); 10 % cream of 450 ml-1 l, 11 %/20 %/33 % cream excluded; 'для кофе' is a purpose, not a filter"),
        ("сахар рафинад самый дешевый", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["10E0076829", "2000350151", "2000468691", "2000538871"],
            "perekrestok": ["4092763"],
        }, "white sugar cubes (прессованный/кусковой); granulated sugar incl. Магнит «Сахар-песок ЧАЙКОФСКИЙ, Рафинированный» (refined but granulated, not рафинад), cane sugar cubes and powdered/vanilla sugar excluded; 'самый дешевый' is a wish"),
    ]),
    # L5
    ("греча ядрица 2 пачки, рис круглый для каши малому, спагетти барилла номер 5, масло подсолнечное рафинированное без запаха", [
        ("греча ядрица 2 пачки", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["1030037286", "2000180341", "2000219613", "2000272542", "2000294696", "2000300392", "2000539995", "DI00080511",
                       "ЦТ0042599"],
            "perekrestok": ["14301", "28960", "3019156", "3173448", "3231481", "3276128", "3438178", "3446736",
                       "3477255", "3493533", "3600743", "3603166", "3667612", "3674200", "3694322", "3696237",
                       "39155", "3994791", "4009020", "4019310", "4059000", "4061364", "4090171", "4204902",
                       "4353613", "53673", "6847"],
        }, "buckwheat groats of any brand incl. boil-in-bag and quick-cooking (пропаренная/быстроразваривающаяся) ядрица ('2 пачки' is a quantity); titles without «ядрица» (Makfa/«Теплые Традиции»/Мистраль/Увелка Экстра/Националь Камолино/Нижегородская…) accepted because packaged buckwheat groats are ядрица unless sold as продел (outside knowledge); green buckwheat, flakes, flour, ready dishes (с грибами, по-купечески), porridges and Перекрёсток «Гречка» without pack size (probably a deli side dish) excluded"),
        ("рис круглый для каши малому", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180350", "2000219612", "2000282743", "2000292827", "DI00079260", "ЦТ0042579"],
            "perekrestok": ["3231277", "3469127", "3469128", "3603169", "3674360", "4332035"],
        }, "round-grain rice (title says круглый/круглозерный/круглозернистый), any brand and bag; long-grain, parboiled, jasmine/basmati, pilaf rice, risotto Адриатика/Бальдо and Агро-Альянс «кубанский» (round variety but not stated), sushi/japanese rice excluded; 'для каши малому' is a purpose"),
        ("спагетти барилла номер 5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000016649"],
            "perekrestok": [],
        }, "Barilla spaghetti №5 only (Дикси); Barilla Spaghettini №3, Спагеттони, Букатини, other Barilla shapes and other brands' spaghetti excluded"),
        ("масло подсолнечное рафинированное без запаха", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000003488", "2000005808", "2000005809", "2000154498", "2000210260", "2000268261", "2000283309",
                       "2000555852", "2000563791", "DI00079242", "DI00080540", "ЦТ0039503"],
            "perekrestok": ["2007886", "2043188", "2046261", "2068955", "2093709", "2147548", "21676", "23714",
                       "3340103", "3426152", "3426155", "3454645", "3478098", "3642040", "4022580", "4218020",
                       "4269568", "4269569", "4277755", "6275", "64128"],
        }, "refined sunflower oil (рафинированное, deodorised or not stated; incl. high-oleic refined and a refined spray); unrefined, blends with olive/almond/linseed, garlic/herb-flavoured oils and Аведовъ without «рафинированное» excluded; no sunflower oil in Магнит/Пятёрочка"),
    ]),
    # L6
    ("йогурт греческий без добавок, сыр российский кусочек грамм 300, докторской грамм 400 в нарезке", [
        ("йогурт греческий без добавок", {
            "pyaterochka": [],
            "magnit": ["1000181497", "8000087572", "dafd7c4dc4"],
            "dixy": ["2000253975", "2000297751", "2000585835", "2000596134"],
            "perekrestok": [],
        }, "plain Greek yoghurt (Греческий without any flavour or filling: Lactica 4 %, «ГРЕЧЕСКИЙ 2%», Epica 2.5 %, Teos «Натуральный», Савушкин «Греческий TEOS», Neo «Классический», Простоквашино «Греческий»); all fruit/honey/nut/two-layer Greek yoghurts excluded; titles without a flavour taken as unflavoured (outside knowledge)"),
        ("сыр российский кусочек грамм 300", {
            "pyaterochka": [],
            "magnit": ["1000057898", "1000316962", "f6d00325e6"],
            "dixy": ["2000209050", "2000397412"],
            "perekrestok": ["3629975", "3668882"],
        }, "Российский cheese as a piece or by weight (incl. «Российский молодой»); 'грамм 300' is an amount of a weighed good, not a filter; Брест-Литовск «Российский слайсами» excluded ('кусочек')"),
        ("докторской грамм 400 в нарезке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000556092"],
            "perekrestok": ["4312573"],
        }, "Докторская boiled sausage sold sliced («нарезка»); 'грамм 400' is an amount; whole Докторская sticks/loaves of 100-500 g and Докторские sausages (сосиски) excluded"),
    ]),
    # L7
    ("чай черный гринфилд 100 пакетиков, медку цветочного баночку, лимоны пару штук, печенья юбилейного пачку", [
        ("чай черный гринфилд 100 пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000228472", "2000289445"],
            "perekrestok": ["2147890", "2147891", "3378336", "3450276"],
        }, "Greenfield black tea in packs of 100 bags (any variety incl. Earl Grey, Kenyan Sunrise, Golden Ceylon, Spring Melody); 25-bag packs, loose-leaf tea and herbal Greenfield excluded"),
        ("медку цветочного баночку", {
            "pyaterochka": [],
            "magnit": ["928ff089d4"],
            "dixy": ["2000573811"],
            "perekrestok": ["3467507", "3479121", "4316605", "4320672", "4331449", "4340910", "4340911", "4355859"],
        }, "honey whose title says «цветочный» (incl. «цветочное разнотравье», «Горный/Лесной/Шалфейный/донниковый … цветочный»); monofloral honeys not labelled цветочный (липовый, гречишный, акациевый, луговой, горный Магнит), крем-мёд and honey-flavoured goods excluded; 'баночку' is a quantity"),
        ("лимоны пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3148269", "3677353", "49780"],
        }, "fresh lemons, loose or 2-piece packs; lime-lemon mix, lemon juice/citric acid/lemon-flavoured goods excluded"),
        ("печенья юбилейного пачку", {
            "pyaterochka": [],
            "magnit": ["23c5c2875e", "4ecdd613ad", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "«Юбилейное» cookies of any variant (молочное, традиционное, with glaze, овсяное); Юбилейная sausage and Julius Meinl «Юбилейный» coffee excluded"),
    ]),
    # L8
    ("бананов 1.5 кг, яблоки зеленые симиренко, картошка 3 кг мытая, лука репчатого сетку", [
        ("бананов 1.5 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["2084703", "3652283", "4625"],
        }, "fresh bananas ('1.5 кг' is an amount), incl. organic and Перекрёсток «Бананы красные» (a banana variety, nothing was excluded by the user); «Бананы для жарки» (plantains), dried and sun-dried bananas excluded"),
        ("яблоки зеленые симиренко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3171926"],
        }, "apples of the variety Симиренко only (Перекрёсток); other green apples (Гренни Смит, «зеленые» packs) excluded because the variety was written"),
        ("картошка 3 кг мытая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309"],
            "perekrestok": [],
        }, "washed potatoes («мытый»), Дикси white and red; potatoes without «мытый» (in nets, 2.5-3 kg bags, loose), sweet potatoes and processed potato excluded; '3 кг' is an amount"),
        ("лука репчатого сетку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3969"],
        }, "onions sold in a net («в сетке», Перекрёсток only); loose onions, 500/600 g packs, «в упаковке, 1 шт», red onions, peeled and dried onion excluded ('сетку' names the pack)"),
    ]),
    # L9
    ("порошок ариэль автомат для белого, ленор кондиционер 2л, ваниш для цветного а не для белого", [
        ("порошок ариэль автомат для белого", {
            "pyaterochka": [],
            "magnit": ["8d8c8ce3af", "d8aa9ce5e8"],
            "dixy": [],
            "perekrestok": [],
        }, "Ariel washing powder for automatic machines, not Color: Магнит «Автомат, Горный родник» and «Автомат, Ленор фреш» taken as the regular (white/universal) line (outside knowledge, the titles do not say 'для белого'); Ariel Color powders, capsules and gels excluded"),
        ("ленор кондиционер 2л", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner 2 l (Пятёрочка only); Vernel, Synergetic, «Е» 2 l and Ariel «Ленор фреш» powder excluded"),
        ("ваниш для цветного а не для белого", {
            "pyaterochka": [],
            "magnit": ["6a5dfe63c5", "ac176ffbd4"],
            "dixy": [],
            "perekrestok": [],
        }, "Vanish stain remover suitable for coloured fabrics: «Oxi Адванс для цветных тканей» and «OXI ACTION, для цветного и белого белья» (also for colours, so not the white-only product the user rejects); Vanish carpet cleaners and other brands (Synergetic, ACE) excluded"),
    ]),
    # L10
    ("корм феликс пауч 4 шт, наполнитель для лотка древесный только не силикагелевый, лакомство для кошки подушечки", [
        ("корм феликс пауч 4 шт", {
            "pyaterochka": [],
            "magnit": ["0aa722ea47", "0adb281b8b", "159c859f66", "1bc3a52946", "238c0d6220", "258ae7de32", "3d18463c21", "4b45bf5084",
                       "4f374f40d8", "54a53edec1", "5c2b5eca31", "5e3ba75210", "8555865978", "860a44990e", "88bfe8e014", "9f6054f9aa",
                       "b357a754b6", "b5120b46c3", "ba1a288ef8", "bbcb5d5f30", "bbcc3f6e2b", "bc08b83fbb", "bceeba235b", "bf4253574e",
                       "c44cca57cb", "d08035f21d", "e615cc80e5", "f46b40c2dc", "2586511", "2586551", "2586561", "2586581",
                       "2586621", "2586641", "2586661", "2586671", "2586681", "2586691", "2586701", "2586731",
                       "2586741", "2586751", "2586791", "5167901", "5167911", "5168331", "5168341", "5168351",
                       "5178631", "5178641", "5227421", "5252471", "5257221", "5389101", "5389501"],
            "dixy": ["2000325835"],
            "perekrestok": ["4249859"],
        }, "Felix wet cat food in 75/85 g portions (pouches), any recipe, incl. Felix soups 48 g and «консервированный» 85 g portions (taken as pouches, outside knowledge); kitten food and Felix dry food excluded; '4 шт' is a quantity"),
        ("наполнитель для лотка древесный только не силикагелевый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wood cat litter: none in the offers; the only litter (КЭТ СТЕП) is silica gel, which the user rejects"),
        ("лакомство для кошки подушечки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cat treats («подушечки» like Dreamies): none; Whiskas «Подушечки с паштетом» 800 g and Whiskas «Вкусные подушечки для котят» are complete dry food, not treats; dog treats excluded"),
    ]),
    # L11
    ("майонез махеевъ провансаль, кетчуп хайнц томатный не острый, горчица русская в тюбике", [
        ("майонез махеевъ провансаль", {
            "pyaterochka": [],
            "magnit": ["1000077733", "1000077734", "1000498096", "1000558908", "2c23c84574", "d8bbb63f48", "ddda8365b8"],
            "dixy": ["2000593851", "2000602611", "T000005518", "ЦТ0040573"],
            "perekrestok": ["2047206", "4339442"],
        }, "Махеевъ «Провансаль» mayonnaise of any fat and size, incl. «с лимонным соком»; Махеевъ «Оливковый» and «на перепелином яйце» excluded"),
        ("кетчуп хайнц томатный не острый", {
            "pyaterochka": ["2157309"],
            "magnit": [],
            "dixy": ["2000033799", "2000538777"],
            "perekrestok": ["4116830", "4154517", "4157702", "4274973"],
        }, "Heinz tomato ketchup («Томатный», any size incl. Пятёрочка doy-pack); Heinz hot/extra-hot, Italian, grill, garlic and dill ketchups excluded ('не острый'); Heinz Pikador (a separate budget line, titled «Heinz Pikador» in Перекрёсток and «Pikador» in Дикси) excluded"),
        ("горчица русская в тюбике", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["2143139", "2153858", "3120635", "3332502", "3333301", "3372044", "3416298", "3435016",
                       "4229364", "4273279", "4276808", "4337617"],
        }, "mustard of the variety «Русская» of any brand (incl. «Русская столовая», «Ядрёная жгучая»); 'в тюбике' cannot be checked — no title names the pack (tube/jar), so every Русская mustard is accepted; Русская with horseradish, grainy, Dijon, «Столовая» without «Русская» and honey mustard excluded"),
    ]),
    # L12
    ("зубная паста сплат, мыло жидкое дой пак, гель для душа мужской не нивея, шампунь хеденшолдерс ментол", [
        ("зубная паста сплат", {
            "pyaterochka": [],
            "magnit": ["05bcdac370", "582435118c", "5c5da323dc", "5fb3a6894f", "8c74c7a89c", "941096778d", "964d902e56", "cd7248cfbd"],
            "dixy": [],
            "perekrestok": [],
        }, "Splat toothpaste for adults (Professional, Daily, Ликвум-гель, 40 ml travel tubes); Splat Kids/Junior/Juicy children's pastes excluded (as kitten food is excluded for a cat), as are Splat brushes, mouthwash and floss"),
        ("мыло жидкое дой пак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "liquid soap in a doy-pack/refill: no title says дой-пак/запасной/сменный; all liquid soaps in bottles excluded"),
        ("гель для душа мужской не нивея", {
            "pyaterochka": [],
            "magnit": ["04385b1c05", "1fde288d8a", "27b08defc4", "35c3ab54cc", "393259057b", "64c0ec7e7a", "869541895d", "8b4da8afe5",
                       "8e0a633d30", "a162a1690e", "a4d6d8f2fb", "ae24cd3ee0", "b05b3805a4", "b2be06e3a0", "ee38106f2e", "f4f55309dc"],
            "dixy": [],
            "perekrestok": [],
        }, "men's shower gel of any brand except Nivea: FA Men, Old Spice, Palmolive Men (incl. Магнит «ПАЛМОЛИВ, Спорт, 3 в 1», taken as Palmolive Men, outside knowledge), AXE/АКС (men's brand, outside knowledge), Ecolatier 2в1 мужской; all Nivea Men gels excluded ('не нивея'); women's and children's gels and MILANA (no gender stated) excluded"),
        ("шампунь хеденшолдерс ментол", {
            "pyaterochka": [],
            "magnit": ["edd4068621"],
            "dixy": [],
            "perekrestok": [],
        }, "Head & Shoulders shampoo with menthol (Магнит «2 в 1, Ментол освежающий/Энергия океана»); other H&S variants incl. «Лед Арктики» (menthol is not named) excluded"),
    ]),
    # L13
    ("водички 5л две штуки, сок добрый яблоко 1л, минералка есентуки 17", [
        ("водички 5л две штуки", {
            "pyaterochka": ["3635131"],
            "magnit": ["7f00277465", "c0d204fa30", "daea15c2c5"],
            "dixy": ["2000145479", "2000264455", "2000311289", "2000337258", "2000601611"],
            "perekrestok": ["2504", "3217460", "3373718", "3462773", "3674373", "4231308", "4263871", "4264399",
                       "43693"],
        }, "still drinking water in 5 l bottles, incl. children's 5 l water (still drinking water) and Пятёрочка «Вода минеральная природная питьевая столовая негаз Легенда Гор 5.0» (table water, '5.0' taken as 5 l); sparkling, 0.5-2.5 l bottles, 6 l and 18.9 l excluded; 'две штуки' is a quantity"),
        ("сок добрый яблоко 1л", {
            "pyaterochka": [],
            "magnit": ["9aed063f0e"],
            "dixy": ["10E0072646"],
            "perekrestok": ["58049"],
        }, "Добрый single-fruit apple juice in 1 l packs; 0.3/0.33 l Добрый apple juice, apple nectars, apple-grape juice and apple mixes excluded ('1л' names the pack)"),
        ("минералка есентуки 17", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000336236"],
            "perekrestok": ["3977406"],
        }, "Ессентуки №17 mineral water (any size); Ессентуки №4, unnumbered «Ессентуки целебная» and «Галерея источников №17» excluded"),
    ]),
    # L14
    ("молоко 3.2 не ультрапастеризованное, ряженка 4 процента, творожок агуша для малого", [
        ("молоко 3.2 не ультрапастеризованное", {
            "pyaterochka": [],
            "magnit": ["1000122658", "1000127183", "1000445488", "1000553875", "8000026014", "8000026015", "4aff59ccac"],
            "dixy": ["2000509793", "2000557212", "2000594992"],
            "perekrestok": ["3668699", "4162259"],
        }, "cow's drinking milk of exactly 3.2 %, pasteurised or not stated (Дикси Простоквашино 3,2 % 1.4 l and Село Зеленое 3,2 % 2 kg taken as pasteurised); ultra-pasteurised and sterilised milk excluded ('не ультрапастеризованное' read as wanting fresh milk), also baked milk, children's milk, «для капучино» and ranges 3.2-4/3.2-6 %"),
        ("ряженка 4 процента", {
            "pyaterochka": [],
            "magnit": ["1000371474", "1000439736", "1000451592"],
            "dixy": [],
            "perekrestok": [],
        }, "ряженка of exactly 4 %; 2-3.5 % ряженка and flavoured ряженка excluded"),
        ("творожок агуша для малого", {
            "pyaterochka": [],
            "magnit": ["1000109125", "1000177278", "1000564007", "1051242603", "1812432013", "1812432014", "1812432015", "8000049983"],
            "dixy": [],
            "perekrestok": ["2137027", "4174763", "69726"],
        }, "Агуша children's curd (творог детский, plain and fruit); Агуша ряженка, kefir, yoghurt and porridge excluded; 'для малого' is a purpose"),
    ]),
    # L15
    ("лаваш тонкий пару упаковок, хлопья геркулес долгой варки, батончик нарезной половинку", [
        ("лаваш тонкий пару упаковок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4199211", "4361122"],
        }, "thin Armenian lavash (Перекрёсток «Армянский тонкий» and «Армянский» — Armenian lavash is the thin kind, outside knowledge); flatbreads (лепёшки) excluded"),
        ("хлопья геркулес долгой варки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000005395", "2000219614", "2000222892", "2000601251"],
            "perekrestok": ["2105514", "24926", "3421663", "3469028", "3933387", "4005492", "4157124", "6752"],
        }, "oat flakes «Геркулес» (type/brand named Геркулес, traditional long-cooking), incl. Монастырский, традиционный, Nordic Финский, Мистраль Фермерский; flakes marked quick («быстрого приготовления», «3-5 мин», «1 минута»), Магнит «ГЕРКУЛЕС, Нежный» (thin quick flakes), Ясно Солнышко №1-3/Экстра (not Геркулес), instant porridge cups and Геркулес bread excluded"),
        ("батончик нарезной половинку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "loaf of the «Нарезной» variety (whole or sliced; 'половинку' is an amount); other batons (Молочный, Горчичный, Зерновой, Отрубной, Утренний, «к завтраку», «Новый») excluded"),
    ]),
    # L16
    ("мука пшеничная в/с 2кг на блины, дрожжи сухие пакетик 11 г, соды пищевой пачку, сахарной пудры немного", [
        ("мука пшеничная в/с 2кг на блины", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a"],
            "dixy": ["2000553733", "ЦТ0035253", "ЦТ0037862", "ЦТ0044481"],
            "perekrestok": ["2037765", "2107396", "2112692", "3193726", "3305673", "3626914", "3681817", "3915409",
                       "4262616", "4326495", "91321"],
        }, "wheat flour of высший сорт in 2 kg packs (incl. «хлебопекарная высшего сорта»); 1 kg packs, блинная flour, «экстра» grade, flours whose grade is not stated (Магнит Пышечка 2 кг, Старооскольская 2 кг, Дикси «хлебопекарная, 2 кг»), whole-grain and non-wheat flours excluded; 'на блины' is a purpose"),
        ("дрожжи сухие пакетик 11 г", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry instant yeast in 11 g sachets (Саф-Момент; Магнит's title omits «сухие», Саф-Момент is dry yeast — outside knowledge); pressed yeast excluded"),
        ("соды пищевой пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078505"],
            "perekrestok": [],
        }, "baking soda (Дикси only); Palmia dish detergent with soda excluded"),
        ("сахарной пудры немного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0026194"],
            "perekrestok": [],
        }, "powdered sugar (Дикси only); goods coated in powdered sugar and TAFT styling powder excluded; 'немного' is an amount"),
    ]),
    # L17
    ("сосиски молочные не куриные, пельмени сибирская коллекция только говядина, горошек бондюэль нежный", [
        ("сосиски молочные не куриные", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["1752cd8c83", "b2525e4143", "c890078deb", "f72f36dddd"],
            "dixy": ["2000125037", "2000300143", "2000322511", "2000572752", "2000600471", "2000602632"],
            "perekrestok": ["3198697", "3390152", "3416253", "3464086", "4100629", "4175216", "4276248", "4329781"],
        }, "«Молочные» sausages of any brand, none of them chicken; Магнит Индилайт «Молочные из индейки» accepted because the user excluded only chicken; сливочные/докторские and other sausages excluded"),
        ("пельмени сибирская коллекция только говядина", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000558274"],
            "perekrestok": [],
        }, "Сибирская коллекция pelmeni with beef only («с мраморной говядиной», Дикси); beef-pork and «Сочные со сливочным маслом» (filling not stated) excluded"),
        ("горошек бондюэль нежный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["1100075857"],
            "perekrestok": ["3635251"],
        }, "Bonduelle green peas «Нежный» (Дикси 200 g, Перекрёсток 300 g); Bonduelle «Молодой», Classique, unnamed Bonduelle peas and Heinz «Нежный» excluded"),
    ]),
    # L18
    ("сыр плавленый треугольники, ветчина нарезка в упаковке, огурчики свежие короткие, помидоры черри на ветке", [
        ("сыр плавленый треугольники", {
            "pyaterochka": [],
            "magnit": ["1862400009", "09f119dd16"],
            "dixy": ["2000319790"],
            "perekrestok": [],
        }, "processed cheese whose title says triangles/portions (Viola «треугольники», Hochland «порционный», Viola «8 порций»); processed cheese in tubs/slices or with no portion word (even Viola/Hochland 130-140 g boxes that may be triangles) excluded — the form cannot be checked there"),
        ("ветчина нарезка в упаковке", {
            "pyaterochka": [],
            "magnit": ["f40c256f93"],
            "dixy": [],
            "perekrestok": [],
        }, "packaged sliced ham («нарезка», Магнит Черкизово only); whole ham sticks and Перекрёсток «Ветчина куриная … 120г» (not stated sliced) excluded"),
        ("огурчики свежие короткие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000327957"],
            "perekrestok": ["4072"],
        }, "fresh short-fruited cucumbers: Перекрёсток «Огурцы короткоплодные» and Дикси fresh «Огурцы корнишоны, в упаковке» (gherkin cucumbers are short, outside knowledge); medium/long/«гладкие»/Бакинские fresh cucumbers and all pickled/salted cucumbers excluded"),
        ("помидоры черри на ветке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000580827", "2000601472"],
            "perekrestok": ["4381951", "4381952"],
        }, "cherry tomatoes on the vine («черри … на ветке»); loose/packed cherry tomatoes, cocktail tomatoes on the vine («Коктейль»/«коктейльные»), ordinary vine tomatoes and marinated cherries excluded"),
    ]),
    # L19
    ("подгузы памперс 4, влажные салфетки детские без запаха, пюрешка фрутоняня яблоко", [
        ("подгузы памперс 4", {
            "pyaterochka": [],
            "magnit": ["53ba3d65f3"],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers tape diapers size 4 (Магнит «Актив Бейби Макси» — Maxi is size 4, outside knowledge); Pampers pants (трусики), Midi (size 3), Junior/XL, and Huggies/Merries/Nani excluded"),
        ("влажные салфетки детские без запаха", {
            "pyaterochka": [],
            "magnit": ["47dd423390", "c3df2e5787", "d50c79a365"],
            "dixy": [],
            "perekrestok": [],
        }, "children's wet wipes from lines sold as fragrance-free: Pampers «Аква Пьюр», Pampers New Baby, Huggies Elite Soft (outside knowledge — no title says 'без запаха'); Pampers Kids hygiene and Каспер «Детские» (scent unknown), adult/antibacterial/scented wipes excluded"),
        ("пюрешка фрутоняня яблоко", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["2000227782", "T000007148"],
            "perekrestok": [],
        }, "ФрутоНяня single-fruit apple purée (Пятёрочка «Пюре ябл.», Магнит «Яблочное», Дикси «Яблоко» 90/250 g); apple mixes (with banana, peach, blackberry, cream, pear) and other fruits excluded"),
    ]),
    # L20
    ("мусорные пакеты 60л с завязками, фольга пищевая рулон, пленку для продуктов, полотенца бумажные два рулончика", [
        ("мусорные пакеты 60л с завязками", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l bin bags with tie handles: Магнит «Био ушки 60л» («ушки» = tie handles); no other bin bags in the offers"),
        ("фольга пищевая рулон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "food foil: none in the offers"),
        ("пленку для продуктов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cling film: none in the offers"),
        ("полотенца бумажные два рулончика", {
            "pyaterochka": [],
            "magnit": ["16ad542324", "1782e40b42", "2616a9cbe3", "32a9e59c4b", "4079668ed1"],
            "dixy": [],
            "perekrestok": [],
        }, "paper towels in 2-roll packs ('два рулончика' read as the pack); 1-roll SOFFIONE Maxi and the 4-roll Zewa pack excluded"),
    ]),
    # L21
    ("масло оливковое extra virgin для салатов, соль крупная не йодированная, перчик черный горошком, лаврушки пакетик", [
        ("масло оливковое extra virgin для салатов", {
            "pyaterochka": ["3015194"],
            "magnit": [],
            "dixy": ["2000347675", "2000534311", "2000580798", "T000000850", "T000000852"],
            "perekrestok": ["2153521", "27062", "3336247", "3444926", "3444927", "3501258", "3501259", "3617469",
                       "3666262", "4063916", "4130610", "4197654", "4218015", "4321136", "4333525", "4343608",
                       "4343609", "4365079", "61549", "7581"],
        }, "extra virgin olive oil (title says Extra Virgin/Extra Vergine/EV/«EXTR.VIR.»), any size incl. a spray; EV oils with garlic/lemon/truffle, Pomace, refined and oils called only «нерафинированное» without EV (Cobram, De Cecco, Monini, Sita…) excluded; 'для салатов' is a purpose"),
        ("соль крупная не йодированная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00080806", "ЦТ0044186"],
            "perekrestok": ["3255026", "3450465", "3613636", "3613637"],
        }, "coarse table salt not iodised: «крупная» and «помол №1» (the coarse grade, outside knowledge); iodised, «Экстра», fine, medium sea salt, Himalayan, herb salts, dishwasher and bath salt excluded"),
        ("перчик черный горошком", {
            "pyaterochka": [],
            "magnit": ["9303052c5b"],
            "dixy": ["2000024941", "2000260537", "2000303083", "2000315723", "2000557371", "ЦТ0046007"],
            "perekrestok": ["3166460", "3172904", "3213422", "3395331", "3479407", "3481023", "3500195", "3641165",
                       "3661159", "3689196", "3904322", "4113011", "4202515", "4207245", "69129", "88779",
                       "9387", "9505"],
        }, "whole black peppercorns («горошек/горошком/целый»); ground pepper, peppercorns in a grinder, «4 перца» mixes and titles with no form (Kamis 42 г, Маркет 36/50 г, Santa Maria «Теличерри») excluded"),
        ("лаврушки пакетик", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "dried bay leaves (Магнит Котани 5 g, Перекрёсток Пр!ст 10 g)"),
    ]),
    # L22
    ("сырки глазированные б.ю. александров ванильные, йогурты растишка, сок детский яблочный маленькие", [
        ("сырки глазированные б.ю. александров ванильные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Б.Ю. Александров glazed curd snacks: none in the offers (Пятёрочка has only a Б.Ю.Александров curd mass); other brands' vanilla сырки excluded because the brand was written"),
        ("йогурты растишка", {
            "pyaterochka": ["3463087"],
            "magnit": ["1000211109", "1000334603", "1000559788", "1000568730", "1059990444", "8000022363"],
            "dixy": ["2000280864"],
            "perekrestok": ["3629034", "4023796", "4341332", "4356575"],
        }, "Растишка yoghurts, spoonable and drinking, any flavour; Растишка curd and milkshakes excluded"),
        ("сок детский яблочный маленькие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000177649", "ЦТ0017501"],
            "perekrestok": ["3270265", "4157530", "4340738", "4340742", "67047"],
        }, "children's single-fruit apple juice in small packs (125-200 ml) whose title marks it as children's (ФрутоНяня, «Kids», Active kid, «с 4 месяцев»/«3 месяца+»); adult apple juices, children's apple mixes, 0.5 l ФрутоНяня and 0.97-2 l children's juices, and Сады Придонья 125/200 ml without a children's mark excluded"),
    ]),
    # L23
    ("тунца в собственном соку банки 2, фасоль красная в собственном соку не в томате, кукуруза в банке сладкая", [
        ("тунца в собственном соку банки 2", {
            "pyaterochka": [],
            "magnit": ["f4bfc133e7"],
            "dixy": ["2000301085", "2000533434", "D000010279"],
            "perekrestok": ["4003715", "4003717"],
        }, "canned tuna in its own juice: «в собственном соку» and «натуральный/натуральное» (the canning term for own juice); Перекрёсток Новый Океан «филе-кусок»/«рубленый» without «в масле» taken as own juice since the same line has separate «в масле» cans (outside knowledge); tuna in oil, «для салата»/«ВК рубленный»/«Фортуна рубл. д/м» (medium unclear), frozen tuna and tuna spreads excluded; 'банки 2' is a quantity"),
        ("фасоль красная в собственном соку не в томате", {
            "pyaterochka": ["20063"],
            "magnit": ["751c38594f"],
            "dixy": [],
            "perekrestok": ["3472093"],
        }, "canned red kidney beans without tomato sauce (Bonduelle «КЛАССИЧ.крас.», Глобус красная, Пр!ст «красная натуральная»); beans in tomato sauce, white beans and beans with vegetables excluded"),
        ("кукуруза в банке сладкая", {
            "pyaterochka": [],
            "magnit": ["27836bac30", "a869e5b9ba", "cfc404aebb", "d2de35fd7c", "fb00d5f8b1"],
            "dixy": ["1041027555", "10E0064890", "2000163950", "2000279948", "2000313796", "2000318963", "2000556891", "DI00079261"],
            "perekrestok": ["3447859", "4316301", "4321444"],
        }, "canned sweet corn kernels of any brand (сладкая/сахарная, or unqualified Bonduelle/«Молодая» — canned corn is sweet corn); baby purée with corn and corn snacks excluded"),
    ]),
    # L24
    ("жигулевское барное 4 банки, чипсы lays с крабом, семки от мартина большая пачка", [
        ("жигулевское барное 4 банки", {
            "pyaterochka": [],
            "magnit": ["0c7af2aa41", "63c65170c7", "9f7d0a8f2d", "b4204a2237"],
            "dixy": [],
            "perekrestok": [],
        }, "Жигули «Барное» beer (the user's 'жигулевское барное' means this beer), light filtered and wheat unfiltered; Жигули ИПА/Экспорт and the flavoured beer drink «Жигули Барное Манго-маракуйя» excluded; '4 банки' is a count of packs (titles do not say can or bottle)"),
        ("чипсы lays с крабом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000325823"],
            "perekrestok": [],
        }, "Lay's chips with crab flavour: only the Дикси 37 g assortment «Зеленый лук/Сметана и зелень/Краб»; other Lay's flavours, «Русская картошка Камчатский краб» and crab-flavoured squid excluded"),
        ("семки от мартина большая пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000196729", "2000540213"],
            "perekrestok": ["3403508", "3624461", "3630849", "3669122", "3669391", "3669392", "4280033", "4280034"],
        }, "От Мартина sunflower seeds in large packs (200 g and more); 100/150 g packs and pumpkin seeds excluded ('большая пачка' names the pack)"),
    ]),
    # L25
    ("таблетки finish для посудомойки, белизна гель, перчатки хозяйственные размер m", [
        ("таблетки finish для посудомойки", {
            "pyaterochka": [],
            "magnit": ["129779f2b2", "148c738f30", "811d49bac8", "aa9c917668", "b57c035dcb", "bf2da7cbfb", "bf6352e294", "cc12d9a881"],
            "dixy": [],
            "perekrestok": [],
        }, "Finish dishwasher tablets of any line and count; Finish machine cleaner tablets, powder, gel, rinse aid and salt excluded"),
        ("белизна гель", {
            "pyaterochka": ["3413434"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Белизна» gel (Пятёрочка Sanfor «гель белизна 3в1»); ACE gel bleach and oxygen bleaches excluded because they are not sold as Белизна"),
        ("перчатки хозяйственные размер m", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "household rubber gloves: none in the offers"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyd"))
