#!/usr/bin/env python3
"""Re-create fresh_basket_eval_uy.jsonl -- 25 shopping lists dictated to a smart speaker / phone assistant and
arriving as its speech-to-text transcript (a pensioner, a busy father and a teenager), hand-labelled against the real
offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_uy.build.py

LISTS below is literal data: 25 lists (3-4 items) as the recogniser wrote them (lower case, no final punctuation,
numbers in words, Latin brands as heard in Cyrillic, a few mis-hearings, «и ещё» / «потом» / «запиши» at the start of
an item; the assistant breaks the dictation into lines or commas at the speaker's pauses), written blind (before any
offer was read) and saved read-only as fresh_basket_eval_uy.blind_lists.txt, and for every item the product ids of
every in-stock offer of each store that a reasonable shopper who dictated exactly that item would accept.  Candidate
titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of each list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item has a
note, the labels are exactly the list's items in order (an item is the text between commas / new lines) -- and
writes the JSONL; labelled_lists.stats prints the counts.  List ids are fuy01, fuy02, ... in LISTS order; every list
is in split "fresh".
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_lists import build, stats  # noqa: E402  (this directory)

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_uy.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_uy.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (20, "сыр плавленый хохланд в треугольничках", "сыр плавленый хохланд сливочный"),
    (22, "принглс оригинальные", "принглс с паприкой"),
]

E = []  # an empty acceptable list ("missing" in that store)

# (text as dictated, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 pensioner, morning dairy run
    ("запиши молоко три и два процента два пакета\nбатон нарезной одну штучку\nи ещё кефира однопроцентного две бутылки\nтворог девятипроцентный полкило", [
        ("запиши молоко три и два процента два пакета", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": E,
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a",
                            "b4411ba8d4", "35ac60eec2", "52d96fd806", "885d917850", "488d323508", "ecc07a0e68",
                            "01f728b210", "f50aeac1bb", "3645807", "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "«запиши» is the command to the assistant, «три и два процента» = 3.2 %, «два пакета» a quantity (the pack type is "
           "not a filter): drinking cow milk of exactly 3.2 %, pasteurised/UHT/sterilised, any size, incl. children's drinking "
           "milk (Агуша от 3 лет, Сарафаново детское, Маша и Медведь); baked milk (Простоквашино топлёное, Домик в деревне "
           "топленое), ranges (Романов луг «от 3,2% до 6%», Из Вологды 3.2-4.5 %, Правильное Молоко 3.2-4 %), other fat "
           "levels, flavoured milk and cocoa/oat drinks excluded; Магнит has no 3.2 % milk"),
        ("батон нарезной одну штучку", {
            "pyaterochka": ["3985404"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3974714"],
        }, "«батон нарезной» loaf: Перекрёсток «Батон Нарезной нарезка Маркет»; Пятёрочка «Батон \"Звездный\"нар, Хлебный Дом» "
           "taken as нарезной («нар» = нарезной, Хлебный Дом's Звёздный is a нарезной loaf - outside knowledge); rye/wheat-rye "
           "breads, сдоба, tortillas and the водка «ХЛЕБНАЯ ПОЛОВИНКА» excluded; «одну штучку» is a quantity"),
        ("и ещё кефира однопроцентного две бутылки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no kefir of any fat in any chain; варенец, ряженка, Актимель/Имунеле and yoghurts are other products"),
        ("творог девятипроцентный полкило", {
            "pyaterochka": ["3634733"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4216658", "4185866"],
        }, "plain cottage cheese of exactly 9 % (Вкуснотеево 300 g, Молочный знак 180 g and «традиционный» 800 g); «полкило» "
           "is the amount wanted, not a pack size; 0.1/0.5/3/3.8/4/5/5.5 % curd, grained curd, children's and fruit curds, curd "
           "desserts, сырки and творожный сыр excluded"),
    ]),
    # L02 pensioner, borscht
    ("говядины на косточке на борщ килограмм\nсвёклы парочку\nкапусту белокочанную небольшой кочан\nсметану пятнадцать процентов", [
        ("говядины на косточке на борщ килограмм", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no bone-in beef in any chain: Магнит «Лопаточная часть говядины, без кости», Мираторг «Мякоть бедра», steaks, "
           "mince, tongue, stewed beef and pork «на кости» excluded; Пятёрочка «говядина шейная часть газ 400гр.» excluded "
           "because its title does not say «на кости» (bone status cannot be read from the title); «на борщ» and «килограмм» "
           "are purpose and quantity"),
        ("свёклы парочку", {
            "pyaterochka": E,
            "magnit": ["168801"],
            "dixy": E,
            "perekrestok": ["19768"],
        }, "fresh raw beetroot (washed, 1 kg packs); «парочку» is a quantity; beet salads and vegetable juices excluded"),
        ("капусту белокочанную небольшой кочан", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["4738b3129c"],
            "perekrestok": E,
        }, "fresh white cabbage: Дикси «Капуста белокочанная ранняя, 1 кг» (heads priced per kg); «небольшой» is a wish; "
           "sauerkraut, Korean-style cauliflower, broccoli, sea-kale salad and Chinese cabbage («Капуста китайская») excluded"),
        ("сметану пятнадцать процентов", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": E,
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream of exactly 15 %, any brand and size, incl. lactose-free (Parmalat Comfort, Простоквашино "
           "безлактозная - as lactose-free milk counts as milk); 10/20/25/30 % sour cream, sour-cream sauces and "
           "sour-cream-flavoured chips/croutons excluded"),
    ]),
    # L03 busy father, baby
    ("подгузники памперс четвёрка\nдетское пюре фруто няня яблоко\nи ещё влажных салфеток детских пару пачек", [
        ("подгузники памперс четвёрка", {
            "pyaterochka": ["3159433", "3680541", "3447848"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Pampers of size 4 («четвёрка»): Пятёрочка «РAM.Подг.ACTIVE BABY DRY р4» (title spelled with a Cyrillic Р), "
           "Premium Care Pants р4 9-15 кг and «Трусики-подгузники Pampers, Maxi» (Maxi = size 4 - outside knowledge); "
           "pants are accepted because «подгузники» names no form and the titles call them «подгузники»; «памперс» after "
           "«подгузники» is read as the brand, so Huggies 4 and Kokoro Maxi р.4 are excluded; Pampers of sizes 3, 5, 6 "
           "(Магнит Premium Care 3 Midi, Active BabyDry 5 Junior, Pants 6) excluded"),
        ("детское пюре фруто няня яблоко", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "«фруто няня» as heard = ФрутоНяня; no single-apple ФрутоНяня puree in any chain: ФРУТОН. «Пюре из ябл/банан/груш "
           "с печ.» and «из яблок/малины со слив.» are mixed, the other ФрутоНяня purees are meat/fish/vegetable; apple "
           "purees of Агуша, Gerber, Heinz, Сады Придонья are other brands (brand required)"),
        ("и ещё влажных салфеток детских пару пачек", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3697052"],
        }, "baby wet wipes: Kokoro «для новорожденных»; antibacterial/antiseptic/cosmetic wipes (Home Story, Пр!ст, SALFETI), "
           "Tolli Plus (the title does not say for children) and paper napkins excluded; «пару пачек» is a quantity"),
    ]),
    # L04 teenager, snacks
    ("пепси макс два литра, чипсы лейс со сметаной и зеленью, мармеладных мишек харибо пачку, сникерс две штуки", [
        ("пепси макс два литра", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Pepsi Max in any chain; plain Pepsi (incl. Пятёрочка «Напиток Pepsi, 2 л»), Pepsi Light, Wild Cherry, Mango, "
           "Dark Vanilla are other variants; «два литра» names the bottle"),
        ("чипсы лейс со сметаной и зеленью", {
            "pyaterochka": ["4035371"],
            "magnit": ["1000487857", "106341"],
            "dixy": E,
            "perekrestok": E,
        }, "«лейс» = Lay's; the «и» here joins the flavour «сметана и зелень», it does not separate items: Lay's sour cream & "
           "herbs chips of any size; Lay's «сметана и лук», «нежный сыр с зеленью», «лисички в сметане», Stax, other flavours, "
           "LAVA LAVA «Сметана и зелень» (other brand) and croutons excluded"),
        ("мармеладных мишек харибо пачку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no HARIBO gummy bears in any chain: HARIBO «Ягоды» is not bears, FRUIT-TELLA «МЕДВЕЖАТА» and Бон Пари «Забавный "
           "медвежонок» are other brands, «Мишка косолапый» are chocolates"),
        ("сникерс две штуки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no classic Snickers bar in any chain: Магнит «SNICKERS Батончик белый» is the white variant (a brand alone means "
           "the classic product), Пятёрочка M&M's & Friends gift sets contain Snickers minis among other sweets"),
    ]),
    # L05 pensioner, fish day
    ("селедку целую солёную не филе\nминтай мороженый на котлеты\nпотом гречку ядрицу две пачки\nмасла подсолнечного нерафинированного бутылку", [
        ("селедку целую солёную не филе", {
            "pyaterochka": ["3638123", "3697250"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "whole salted herring, explicitly not fillet: Пятёрочка Fish House «Сельдь Атлантическая, специального посола» 1 kg "
           "and «Сельдь Русское Море, атлантическая, 400 г» taken as whole salted fish (titles name no fillet, weights and "
           "prices of whole herring - outside knowledge); all «филе», «ф/к», «филе-кусочки», Тесей «Сельдь Царская в "
           "масле/с укропом» (a fillet preserve), Магнит «Сельдь тихоокеанская, 245 г» (neither whole nor salted stated, "
           "weight of a preserve), herring roe, «под шубой» salads excluded"),
        ("минтай мороженый на котлеты", {
            "pyaterochka": E,
            "magnit": ["199381"],
            "dixy": E,
            "perekrestok": ["4350401", "4350402"],
        }, "pollock: Перекрёсток frozen fillets (Люди Любят, 400 g); Магнит «Филе минтая, полуфабрикат из замороженного "
           "сырья» accepted (pollock made from frozen raw fish; whether it is sold still frozen cannot be read from the "
           "title - judgement); «на котлеты» is a purpose; cod, hake, fish cutlets and cod roe excluded"),
        ("потом гречку ядрицу две пачки", {
            "pyaterochka": E,
            "magnit": ["203081"],
            "dixy": E,
            "perekrestok": E,
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto» taken as ядрица (no продел is on sale - outside knowledge); "
           "Пятёрочка PROSTO «Рис и греча» mix, buckwheat flakes, soba, baby porridge and ready buckwheat dishes excluded"),
        ("масла подсолнечного нерафинированного бутылку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no unrefined sunflower oil in any chain: Олейна, Благо, Mr.Ricco, Слобода are refined, Almador is flavoured, "
           "unrefined olive oils are another oil"),
    ]),
    # L06 busy father, barbecue
    ("полтора кило шашлыка из свинины\nпиво жигулевское барное шесть бутылок\nкетчуп хайнц для шашлыка\nлаваш армянский тонкий пару упаковок", [
        ("полтора кило шашлыка из свинины", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no pork shashlik (marinated pork pieces) in any chain; Магнит «Стейк из свинины, в маринаде «Алабама»» and «Стейк "
           "из шеи свинины, в маринаде» are steaks, raw bone-in pork cuts are not a shashlik, shashlik ketchups/sauces and "
           "croutons «с шашлыком» excluded"),
        ("пиво жигулевское барное шесть бутылок", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Жигулёвское (Барное) beer in any chain; the other beers are other brands"),
        ("кетчуп хайнц для шашлыка", {
            "pyaterochka": ["3631091", "4086400"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Heinz ketchup (no Heinz shashlik ketchup exists here; «для шашлыка» is a purpose, and a brand with a product word "
           "accepts every ketchup of the brand): «Томатный кетчуп Heinz 342г», «HEINZ Кетчуп томат.с горч.»; Heinz "
           "sauces (терияки, брусничный, кисло-сладкий, сладкий чили, сырный, Цезарь), Heinz mayonnaise/tomato paste and "
           "other brands' shashlik ketchups (Махеевъ, Слобода) excluded"),
        ("лаваш армянский тонкий пару упаковок", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no lavash in any chain; Mission wheat tortillas are another flatbread"),
    ]),
    # L07 teenager, after school
    ("адреналин раш две банки\nкиндер шоколадку две штуки\nдоширак со вкусом говядины", [
        ("адреналин раш две банки", {
            "pyaterochka": ["3931836"],
            "magnit": ["205111"],
            "dixy": E,
            "perekrestok": E,
        }, "classic Adrenaline Rush energy drink 0.449 l; the variants «без сахара», «red energy», Juicy, Game Fuel, Gold "
           "Black/White (a brand alone means the classic drink), E-ON «Алм.Раш» and other energy drinks excluded; «две банки» "
           "is a quantity"),
        ("киндер шоколадку две штуки", {
            "pyaterochka": ["3408080"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["17333", "3448606"],
        }, "Kinder Chocolate bars with milk filling (150 g, 100 g) and Kinder Макси (the same bar in bigger sticks - outside "
           "knowledge); Kinder Chocolate «со злаками» (the Country variant), Kinder Surprise/Joy eggs, the Ded Moroz "
           "figure, Schoko-Bons, mixes and the Kinder Land drink excluded"),
        ("доширак со вкусом говядины", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Доширак in any chain; «доширак» is read as the brand (as written), so Пятёрочка's unbranded «Лапша со вкусом "
           "говядины 90 г» and Роллтон are excluded (judgement: the word is also used generically for cup noodles)"),
    ]),
    # L08 pensioner, washing up and laundry
    ("стирального порошка тайд автомат пачку\nфэйри лимон для посуды\nгубок для посуды упаковку подешевле", [
        ("стирального порошка тайд автомат пачку", {
            "pyaterochka": E,
            "magnit": ["262159b924", "198901", "106541", "105941", "167921"],
            "dixy": E,
            "perekrestok": E,
        }, "Tide washing powder for machines, any variant (Color, Колор, Детский, «д/чувств кожи»); Магнит «Tide Lenor "
           "Color, 2,5 кг» taken as «автомат» (the title does not say it; Tide Lenor powders are machine powders - outside "
           "knowledge); Tide liquids and gel capsules (not powder) and other brands' powders excluded"),
        ("фэйри лимон для посуды", {
            "pyaterochka": ["3501026", "3500750"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "«фэйри» = Fairy: Fairy «Сочный лимон» dish soap 450 and 900 ml; Fairy Нежные руки, Platinum (incl. Магнит «Ледяная "
           "свежесть»), AOS «Лимон» (other brand) and dishwasher tablets excluded"),
        ("губок для посуды упаковку подешевле", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no dish sponges in any chain"),
    ]),
    # L09 busy father, lazy dinner
    ("пельмешков сибирская коллекция две пачки\nсметану двадцатипроцентную\nмайонезик махеев провансаль\nхлеба белого в нарезке", [
        ("пельмешков сибирская коллекция две пачки", {
            "pyaterochka": ["3985043", "3693417", "3693418", "3693405", "3671957"],
            "magnit": ["4907605c6d", "111711"],
            "dixy": ["862d82ab40"],
            "perekrestok": E,
        }, "Сибирская коллекция pelmeni of any kind (Фирменные, Особые со сливками/на сливках, Новосибирские, 4 вида мяса, "
           "Телячьи «Sибирская коллекция», Сочные; «СИБИР.КОЛЛЕК.» abbreviations read); other brands' pelmeni excluded; "
           "«две пачки» is a quantity"),
        ("сметану двадцатипроцентную", {
            "pyaterochka": ["3664287"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188", "58101",
                            "3293409", "4349770"],
        }, "sour cream of exactly 20 %, any brand and size, incl. Parmalat Comfort lactose-free; 10/15/25/30 % sour cream "
           "excluded"),
        ("майонезик махеев провансаль", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["2047206"],
        }, "Махеевъ Провансаль mayonnaise («с лимонным соком», 67 %); Махеевъ «С перепелиным яйцом» (not Провансаль), Махеевъ "
           "sauces and other brands' Провансаль excluded"),
        ("хлеба белого в нарезке", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3974714"],
        }, "sliced white bread: Перекрёсток «Батон Нарезной нарезка» (a white loaf, sliced); Пятёрочка «Батон \"Звездный\"нар» "
           "excluded (its «нар» = нарезной names the loaf type; that it is sold sliced is not stated), rye and rye-wheat "
           "breads excluded"),
    ]),
    # L10 teenager, breakfast
    ("несквик хлопья для завтрака, молоко два и пять процента литр, бананчиков штук шесть, йогурт активия клубника", [
        ("несквик хлопья для завтрака", {
            "pyaterochka": ["3434742", "4072647", "3363325", "3368535"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "«несквик» = Nesquik breakfast cereal (chocolate): «Завтрак ШОКОЛАДНЫЙ готовый», «Алфавит», «Завтрак ДУО», «Завтрак "
           "шоколадный, готовый, Nesquick, 700 г»; Nesquik BananaCrush (banana-flavoured pillows), Nesquik cocoa drinks "
           "(Магнит «Какао Nesquik»), Nesquik chocolate/sweets and other brands' cereals excluded"),
        ("молоко два и пять процента литр", {
            "pyaterochka": ["3645808"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "4310700", "af8570f806", "66ec0f255d",
                            "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243", "3613024",
                            "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "«два и пять процента» = 2.5 %: drinking cow milk of exactly 2.5 % (incl. children's Сарафаново); «литр» names the "
           "pack and is read as the ordinary «litre» pack of 0.9-1 l (900 ml, 900 g, 930-970 ml, 1 l, 1 kg - judgement); "
           "Магнит Вкуснотеево 0.2 l and Перекрёсток Можайское 450 ml excluded by size, other fat levels excluded"),
        ("бананчиков штук шесть", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (loose, packed, organic, mini bananas); «штук шесть» is a quantity; dried bananas, banana-flavoured "
           "sweets, purees, yoghurts and drinks excluded"),
        ("йогурт активия клубника", {
            "pyaterochka": ["4035473"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "«активия» = Активиа: the strawberry Активиа biyoghurt «с клубникой и земляникой» (strawberry and wild strawberry "
           "- taken as the strawberry flavour); Активиа mixes in which strawberry is one of three fruits (клубника-яблоко-"
           "питахайя, яблоко-клубника-черника, дыня-клубника-земляника), other Активиа flavours and unbranded strawberry "
           "bioyoghurts excluded"),
    ]),
    # L11 pensioner, tea with a neighbour
    ("чай ахмат английский завтрак листовой\nпеченье юбилейное пачки две\nзефира ванильного коробочку", [
        ("чай ахмат английский завтрак листовой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "«ахмат» as heard = Ahmad Tea; no Ahmad English Breakfast loose tea in any chain: «AHM.TEA Чай АНГЛИЙСКИЙ №1 "
           "бергамот» is English No.1 with bergamot, the other Ahmad teas are bagged classic/thyme teas; Richard «Royal English "
           "Breakfast» bags are another brand"),
        ("печенье юбилейное пачки две", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": E,
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "Юбилейное cookies of any variant (традиционное, с глазурью, молочное, овсяное, постное, ореховое, клюква, черника, "
           "земляничное, шоколад, с цельнозерновыми злаками) - a brand with a product word accepts every variant; Юбилейное "
           "mini-cakes, Останкино «Юбилейная» sausage and J.Meinl «Юбилейный» coffee excluded"),
        ("зефира ванильного коробочку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no plain vanilla zefir in any chain: the vanilla ones are all chocolate-glazed (Шарлиз «глазированный ваниль», "
           "«Зефир глазированный в шоколадной глазури с ароматом ванили», Белевский «с ароматом ванили гл.») - zefir in "
           "chocolate is taken as a different confection (judgement); Белевский apple/blackcurrant, strawberry zefir and "
           "marshmallows excluded"),
    ]),
    # L12 busy father, car trip
    ("воды негазированной пять литров самую дешевую\nессентуки номер семнадцать\nсемечки от мартина пару пачек\nжвачку орбит сладкая мята", [
        ("воды негазированной пять литров самую дешевую", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": E,
            "perekrestok": ["3503711"],
        }, "still water in 5 l bottles («пять литров» names the bottle, «самую дешевую» is a wish): Малаховская №1 "
           "негазированная 5 л; Архыз «Легенда Гор, минеральная, 5 л», Honey kid Черноголовская 5 л and Аквалайн «Для ляль» "
           "5 л taken as still (5 l bottles and baby water are still water - outside knowledge); smaller bottles and "
           "sparkling water excluded"),
        ("ессентуки номер семнадцать", {
            "pyaterochka": ["3977406", "3977408", "3688644"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3977406"],
        }, "Ессентуки №17 mineral water of any bottle (0.45 l glass, 1 l PET); Пятёрочка «ЗАПОВ.ЗДОР.Вода№17 пит.мин.лечеб.» "
           "taken as Ессентуки №17 (Заповедник здоровья bottles Essentuki water, the number is the Essentuki well - outside "
           "knowledge); Ессентуки №4, Нагутская-26 and other waters excluded"),
        ("семечки от мартина пару пачек", {
            "pyaterochka": ["3669122", "3403508", "3630849"],
            "magnit": ["1000229533"],
            "dixy": E,
            "perekrestok": E,
        }, "От Мартина sunflower seeds (отборные, особые, с морской солью); От Мартина pumpkin seeds and peanuts (plain "
           "«семечки» are sunflower seeds) and other brands' seeds excluded"),
        ("жвачку орбит сладкая мята", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Orbit «Сладкая мята» in any chain: the only Orbit is «Белоснежный Bubblemint»; Dirol, Mentos, Five are other "
           "brands"),
    ]),
    # L13 teenager, movie night
    ("попкорна для микроволновки три пакетика\nколу зеро банку\nсухарики кириешки с беконом", [
        ("попкорна для микроволновки три пакетика", {
            "pyaterochka": ["3468688"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "microwave popcorn: Mixbar «для печей СВЧ, соленый»; ready-popped Mixbar popcorn (sweet-salty, caramel), "
           "popcorn-flavoured sweets/chocolate and sweet corn excluded; «три пакетика» is a quantity"),
        ("колу зеро банку", {
            "pyaterochka": ["4306402", "3660913"],
            "magnit": ["d3c955edcb"],
            "dixy": E,
            "perekrestok": ["4255568", "4274867"],
        }, "sugar-free cola of any brand (no brand was said; «зеро» = zero sugar): COCA-COLA «б/сах.» 0.9 l, Черноголовка «без "
           "сахара», Добрый «б/сах» / «без сахара», Cool Cola Zero; «банку» is read as a count of one pack, not as a can-only filter (as «пару банок» "
           "in earlier sets); regular, vanilla and «с пониженной калорийностью» colas excluded"),
        ("сухарики кириешки с беконом", {
            "pyaterochka": E,
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": E,
            "perekrestok": E,
        }, "Кириешки croutons with bacon flavour: Магнит's two promo cards «КИРИЕШКИ Сухарики холодец/бекон/ветчина» (100 g "
           "and 40 g) list the bacon variant among their flavours (judgement: the card covers it); other brands' croutons "
           "and raw bacon excluded"),
    ]),
    # L14 pensioner, baking a pie
    ("муки высшего сорта два кило\nяиц десяток отборных\nдрожжей сухих саф момент пару пакетиков\nмаслица сливочного восемьдесят два процента для пирога", [
        ("муки высшего сорта два кило", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["91304", "8065"],
        }, "wheat flour of высший сорт in 2 kg packs («два кило» names the pack, as «мука в/с 2 кг» in set vy): Makfa, "
           "Пышечка; Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), Рязаночка «ЭКСТРА» 2 kg (another grade), 1 kg "
           "and 0.5 kg packs, wholegrain, rye, rice and durum «крупка» excluded"),
        ("яиц десяток отборных", {
            "pyaterochka": ["3620510"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "hen eggs of the отборная (СО) class in packs of 10: Волжское Утро «отборные, 10 шт», Окское СО, Роскар Экстра СО, "
           "Маркет Перекрёсток СО; Волжанин «отборной категории, 6шт» (not a десяток), С1 eggs, 20-packs and quail eggs "
           "excluded"),
        ("дрожжей сухих саф момент пару пакетиков", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["17366"],
        }, "Саф-Момент dry yeast 11 g; frozen yeast dough and yeast-free puff pastry excluded"),
        ("маслица сливочного восемьдесят два процента для пирога", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": E,
        }, "butter of 82 % (82.5 % counts as 82), sweet-cream or sour-cream, any size; Брест-Литовск 72.5 %, chocolate butter "
           "62 %, spreads and everything «со сливочным маслом» excluded; «для пирога» is a purpose"),
    ]),
    # L15 busy father, cat and dog
    ("вискаса паучи для кошки\nкомкующийся наполнитель для лотка\nпедигри сухой корм для собак", [
        ("вискаса паучи для кошки", {
            "pyaterochka": ["4087104", "4089560"],
            "magnit": ["205991", "109231"],
            "dixy": E,
            "perekrestok": E,
        }, "Whiskas wet food in 85 g pouches for adult cats (Пятёрочка's «Корм консервированный … Whiskas … 85г» titles are "
           "the 85 g pouches - outside knowledge); Whiskas kitten food («для котят») excluded as another product for another "
           "animal than «для кошки» (judgement), Felix, Sheba, Gourmet, Purina One, Perfect Fit, Darling, Katty excluded"),
        ("комкующийся наполнитель для лотка", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no cat litter in any chain"),
        ("педигри сухой корм для собак", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no dry Pedigree in any chain: all Pedigree offers are wet food (80-85 g); Purina One dry dog food is another brand"),
    ]),
    # L16 teenager, bathroom
    ("хеден шолдерс шампунь одну бутылку\nдезик акс\nзубная паста кол гейт отбеливающая", [
        ("хеден шолдерс шампунь одну бутылку", {
            "pyaterochka": ["3653506", "3689257"],
            "magnit": ["acec144b5f", "198881"],
            "dixy": E,
            "perekrestok": ["4406843"],
        }, "«хеден шолдерс» as heard = Head & Shoulders shampoo of any variant, incl. 2-in-1 shampoo-conditioners (Supreme "
           "Укрепление, «Шампунь-бальзам Head&Sholders 2в1», Ментол/Энергия океана 2в1, Основной уход); H&S "
           "бальзам-ополаскиватель (a conditioner) and other brands' anti-dandruff shampoos (Clear, Schauma) excluded"),
        ("дезик акс", {
            "pyaterochka": ["3959469"],
            "magnit": ["203001"],
            "dixy": E,
            "perekrestok": E,
        }, "«дезик» = deodorant, «акс» = AXE: AXE stick «Анархия» and Axe Excite spray (no form was said); Nivea, Rexona, "
           "Old Spice excluded"),
        ("зубная паста кол гейт отбеливающая", {
            "pyaterochka": ["3605411"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "«кол гейт» as heard = Colgate: whitening Colgate toothpaste «Total 12 Проф.Отбел.»; Colgate Total «Проф.чистка», "
           "Magnit Colgate «Кальций-Ремин» (not whitening), Colgate toothbrushes and mouthwash and other brands' whitening "
           "pastes excluded"),
    ]),
    # L17 pensioner, porridge
    ("овсянку геркулес пачку\nриса круглозёрного на кашку пачку\nпшёнки пачечку", [
        ("овсянку геркулес пачку", {
            "pyaterochka": ["4027131"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Геркулес oat flakes: Клинские «Геркулес»; Увелка «Хлопья зерн.овсян.трад.» excluded because the title does not "
           "say Геркулес (the flake type the user named), instant oat porridges, oat drinks/products and oat cookies "
           "excluded"),
        ("риса круглозёрного на кашку пачку", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641"],
            "dixy": E,
            "perekrestok": E,
        }, "round-grain rice: Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, круглый» (the same Мистраль "
           "product is Пятёрочка «МИСТР.Рис для плова традиц.»), Мистраль «Кубань» (Кубань is Мистраль's round-grain rice - "
           "outside knowledge); Адриатика (a medium-grain risotto rice, roundness not stated), rice «для плова» of other "
           "brands without a grain shape, basmati, jasmine, brown, long-grain and mixes excluded; «на кашку» is a purpose"),
        ("пшёнки пачечку", {
            "pyaterochka": ["3674169"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "millet groats (Мистраль «Пшено Золотое» 5x80 g boil-in-bag); wheat pasta/flour/tortillas excluded"),
    ]),
    # L18 busy father, quick dinner
    ("сосисок молочных вязанка\nспагетти барила номер пять\nпотом сыр российский граммов триста\nпомидорчиков штук пять", [
        ("сосисок молочных вязанка", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Вязанка milk sausages in any chain: Велком «Сосиски молочные» and Магнит «Сосиски Молочные» (brand not stated) "
           "are not Вязанка, the Вязанка offers are sausage/ham/nuggets (brand required)"),
        ("спагетти барила номер пять", {
            "pyaterochka": ["4037644"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "«барила» as heard = Barilla: Barilla «СПАГЕТТИ 450г» taken as n.5 (Barilla's plain Spaghetti is n.5 - outside "
           "knowledge); Barilla capellini/penne/pipe/girandole, unbranded «Spaghetti n.3», Federici and other spaghetti and "
           "Чечил «спагетти» cheese excluded"),
        ("потом сыр российский граммов триста", {
            "pyaterochka": ["4046889"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3668842"],
        }, "Российский cheese (Брест-Литовск «российский» 50 %, Зелёная Линия «Российский нарезка» 50 %); «граммов триста» is "
           "a quantity; other cheeses excluded"),
        ("помидорчиков штук пять", {
            "pyaterochka": E,
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": E,
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind (round, plum, cocktail, on the vine, pink, cherry incl. orange cherry); the diminutive "
           "and «штук пять» are not filters; salted, marinated and canned tomatoes, the pickled «Ассорти Черри и "
           "Корнишоны», tomato paste/juice/ketchup excluded"),
    ]),
    # L19 teenager, sweets
    ("милку шоколадку с орешками, эскимо пломбирное парочку, фанту апельсиновую полтора литра, чоко пай упаковку", [
        ("милку шоколадку с орешками", {
            "pyaterochka": ["3468711", "3468708", "3468710", "4024593", "3681277", "3900599"],
            "magnit": ["c91d6a24a7", "1000149245"],
            "dixy": E,
            "perekrestok": ["4353876"],
        }, "Milka chocolate bars whose title names nuts: with hazelnuts/whole hazelnuts/whole almonds, hazelnut-paste filling "
           "with crushed hazelnuts, milk-caramel filling with roasted hazelnuts (300 g), peanuts with caramel pieces, rice "
           "balls and cornflakes (judgement: nuts are named, extra inclusions not forbidden); plain, caramel, Oreo, TUC, "
           "Bubbles, peach, white-chocolate bars, Milka candies with nut filling, the nut-filled egg figure, cookies, pastries "
           "and ice cream excluded"),
        ("эскимо пломбирное парочку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4311103"],
        }, "plombir eskimo on a stick: Молочный Знак «Эскимо пломбир с ванилью в шоколадной сливочной глазури 15%»; Milka and "
           "Магнат eskimos (сливочное, not пломбир), MAXIDUO «эскимо вафельный микс» (not stated plombir), «КАК РАНЬШЕ "
           "пломбир ваниль 70г» (form not stated), plombir in cups, cones and bricks excluded"),
        ("фанту апельсиновую полтора литра", {
            "pyaterochka": E,
            "magnit": ["198961"],
            "dixy": E,
            "perekrestok": E,
        }, "Fanta orange in 1.5 l bottles (size names the bottle): Магнит «Fanta, апельсин, 1,5 л»; Пятёрочка Fanta апельсин "
           "0.9 l (size), Fanta «цитрус», груша, мангуава, Магнит «Fanta, газированный, 2 л» (size), Mirinda and Fantola "
           "excluded"),
        ("чоко пай упаковку", {
            "pyaterochka": E,
            "magnit": ["214581"],
            "dixy": E,
            "perekrestok": E,
        }, "«чоко пай» = Choco Pie: Магнит «Печенье Choco Pie, в шоколадной глазури, 180 г»; Пятёрочка «Печенье Orion, 360 г» "
           "excluded (the title does not say Choco Pie), Пятёрочка «Choco Pie Apple-Cinnamon» excluded (a flavoured variant; the "
           "name alone means the classic Choco Pie), Lorentini «Вишневый пай» and other biscuits excluded"),
    ]),
    # L20 pensioner, health (item 2 replaced, see REPLACED)
    ("ряженку четыре процента\nсыр плавленый хохланд сливочный\nборжоми в стекле", [
        ("ряженку четыре процента", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no plain ряженка in any chain: the only ряженка is Агуша «клубника, 2,9%» (flavoured, another fat level); "
           "варенец 4 % is another product"),
        ("сыр плавленый хохланд сливочный", {
            "pyaterochka": E,
            "magnit": ["205961"],
            "dixy": E,
            "perekrestok": E,
        }, "REPLACEMENT item (blind text «сыр плавленый хохланд в треугольничках», absent everywhere, as was the whole list): "
           "Hochland processed cheese «сливочный» (Магнит 400 g); Пятёрочка «Сыр Hochland. Сливочный, 220 г» excluded (not "
           "stated processed; Hochland's 220 g «Сливочный» packs are the творожный cheese), Hochland тост slices «с "
           "ветчиной», Hochland творожный and Грюнландер, President/Виола/Карат processed cheeses excluded"),
        ("боржоми в стекле", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Borjomi in glass: no title states glass - Пятёрочка and Перекрёсток 1.25 l are PET, Перекрёсток «Вода Боржоми … "
           "500мл» does not say glass (0.5 l Borjomi is bottled in both glass and PET), so nothing is accepted (judgement: "
           "the packaging the user asked for cannot be confirmed)"),
    ]),
    # L21 busy father, household
    ("туалетной бумаги зева двухслойной упаковку\nи потом доместоса бутылочку для унитаза\nмешки для мусора шестьдесят литров\nгель для стирки ариэль", [
        ("туалетной бумаги зева двухслойной упаковку", {
            "pyaterochka": ["3326206"],
            "magnit": ["204551"],
            "dixy": E,
            "perekrestok": E,
        }, "«зева» = Zewa 2-ply toilet paper (Zewa Plus 12 rolls); Zewa Deluxe 3-ply, Zewa Just 1 4-ply, Zewa moist toilet "
           "paper, Papia, Familia and other brands excluded"),
        ("и потом доместоса бутылочку для унитаза", {
            "pyaterochka": ["3956853", "3956850"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Domestos toilet cleaner in a bottle («ДЛЯ УНИТАЗА УЛЬТРА БЕЛЫЙ/БЛЕСК» 750 ml); Domestos Power 5 rim block (not a "
           "bottle), Domestos «универсальное» cleaners (incl. all Магнит Domestos), Bref, Cillit, Comet excluded"),
        ("мешки для мусора шестьдесят литров", {
            "pyaterochka": E,
            "magnit": ["e9bebc57c0"],
            "dixy": E,
            "perekrestok": E,
        }, "60 l rubbish bags (BIG CITY LIFE «Пакеты д/мусора 60л 20шт»); Магнит 35 l bags excluded (size)"),
        ("гель для стирки ариэль", {
            "pyaterochka": ["3485974", "3629982"],
            "magnit": ["204461", "205941"],
            "dixy": E,
            "perekrestok": E,
        }, "Ariel liquid laundry detergent (gel) in bottles: Горный родник, Color 1.04-1.95 l; Ariel liquid capsules (another "
           "form, though titled «Гель … кап.»), Ariel powders and other brands' gels excluded"),
    ]),
    # L22 teenager, party (item 3 replaced, see REPLACED)
    ("пиццу замороженную пепперони\nсок добрый мультифрукт литровый\nпринглс с паприкой", [
        ("пиццу замороженную пепперони", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no frozen pepperoni pizza in any chain: Горячая штучка «Чебупицца Пепперони» is a snack pie, Рестория «Пицца "
           "ассорти» and Цезарь «Пицца с ветчиной и грибами» are other toppings"),
        ("сок добрый мультифрукт литровый", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no 1 l Добрый multifruit juice in any chain: Пятёрочка «ДОБРЫЙ Сок мультифрут с 6 мес. 0.2л» (size), Перекрёсток "
           "«Нектар Добрый мультифруктовый, 1.45л» (a nectar, size), other Добрый flavours and other brands' multifruit "
           "juices excluded"),
        ("принглс с паприкой", {
            "pyaterochka": ["3231225"],
            "magnit": ["204411"],
            "dixy": E,
            "perekrestok": E,
        }, "REPLACEMENT item (blind text «принглс оригинальные», absent everywhere, as was the whole list): Pringles paprika "
           "165 g; Pringles crab, cheese and the rice-based Asian Collection excluded"),
    ]),
    # L23 pensioner, salad
    ("огурчиков полкило\nпомидоры розовые получше\nукропчика свежего пучочек\nсметанку десять процентов на салат", [
        ("огурчиков полкило", {
            "pyaterochka": E,
            "magnit": ["200221", "169161"],
            "dixy": E,
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (short- and medium-fruited packs, Ботаника); Перекрёсток «Огурцы Хрустящие, 450г» and «Огурцы "
           "корнишоны, 300г» taken as fresh (sold with the fresh vegetables - outside knowledge); salted, marinated, "
           "«бочковые» cucumbers, пикули, the pickled assortment, cucumber shampoo and yoghurts (stem «огурт») excluded; "
           "«полкило» is a quantity"),
        ("помидоры розовые получше", {
            "pyaterochka": E,
            "magnit": ["107631"],
            "dixy": E,
            "perekrestok": ["4355823", "3017019", "4327843"],
        }, "pink tomatoes: Магнит «Томаты розовые», Перекрёсток «Томат Дагестан розовый» and «Томаты Бакинские» (loose and "
           "350 g; Baku tomatoes are a pink variety - outside knowledge); red, plum, cherry and cocktail tomatoes excluded; "
           "«получше» is a wish"),
        ("укропчика свежего пучочек", {
            "pyaterochka": E,
            "magnit": ["109841"],
            "dixy": E,
            "perekrestok": ["4295468"],
        }, "fresh dill (100 g packs - a bunch); mixed herb packs (петрушка-укроп-лук, Маркет «Набор зелени»), dried dill and "
           "herrings/cheeses «с укропом» excluded"),
        ("сметанку десять процентов на салат", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4287503"],
        }, "sour cream of exactly 10 % (Зелёная Линия термостатная); 15/20 % sour cream excluded; «на салат» is a purpose"),
    ]),
    # L24 busy father, breakfast
    ("кофе якобс монарх растворимый большую банку\nещё сливки для кофе десять процентов\nсыр ламбер кусочек\nдокторской колбасы граммов триста", [
        ("кофе якобс монарх растворимый большую банку", {
            "pyaterochka": ["3372172", "3488345"],
            "magnit": ["205121", "106231"],
            "dixy": E,
            "perekrestok": E,
        }, "«якобс монарх» = Jacobs Monarch instant coffee (incl. Intense; «сублимированный» is instant); «большую банку» is a "
           "wish without a size and the jar/soft-pack cannot be read from the titles, so it is not a filter (judgement); "
           "Monarch beans and ground, Jacobs Gold/Millicano/Velour/Crema and Monarch lungo capsules excluded"),
        ("ещё сливки для кофе десять процентов", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": E,
            "perekrestok": ["4178852"],
        }, "drinking cream of exactly 10 % (Сарафаново children's UHT cream, Домик в деревне 950 g, Молочный знак 500 ml); "
           "«для кофе» is a purpose; 11 % lactose-free, 20/33 % cream, dry-cream substitutes and Irish-cream coffee excluded"),
        ("сыр ламбер кусочек", {
            "pyaterochka": ["4070003"],
            "magnit": ["199231"],
            "dixy": E,
            "perekrestok": ["3446834"],
        }, "Ламбер cheese of any variant (Ламбер 50 %, Ламбер Маасдам, Ламбер Тильзитер) - a brand with a product word; «кусочек» "
           "is a quantity; Lambertz gingerbread and other cheeses excluded"),
        ("докторской колбасы граммов триста", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "Докторская boiled sausage of any brand, loaf or sliced; Пятёрочка «ЦАРИЦ.Колбаса ДОК.ОСОБ.ХАЛЯЛЬ вар.» read as "
           "Докторская особая (abbreviation); Докторские sausages (сосиски, сардельки), other boiled sausages and the Black "
           "Monster «The Doctor» drink excluded; «граммов триста» is a quantity"),
    ]),
    # L25 teenager, lunch alone
    ("лапшу роллтон с курицей, куриных наггетсов пачку, картошку фри замороженную, спрайт полтора литра", [
        ("лапшу роллтон с курицей", {
            "pyaterochka": E,
            "magnit": ["1000134679"],
            "dixy": E,
            "perekrestok": E,
        }, "Роллтон chicken instant noodles («Куриная по-домашнему» 90 g); Роллтон beef broth, unbranded «Лапша с куриным "
           "вкусом», lagman, funchoza and ready chicken-noodle dishes excluded"),
        ("куриных наггетсов пачку", {
            "pyaterochka": ["3683201"],
            "magnit": ["167971", "109401", "199041"],
            "dixy": E,
            "perekrestok": E,
        }, "chicken nuggets (Вязанка куриные, Золотой петушок, Мираторг Классические; CHIKON «Наггетсы КЛАССИЧЕСКИЕ» taken as "
           "chicken - outside knowledge: a chicken brand); Вязанка turkey nuggets, Хрумпилсы BBQ, cheese-filled Круггетсы and "
           "nugget breading mix excluded"),
        ("картошку фри замороженную", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no frozen French fries in any chain; fresh potatoes, chips and potato dishes are other products"),
        ("спрайт полтора литра", {
            "pyaterochka": E,
            "magnit": ["213591"],
            "dixy": E,
            "perekrestok": E,
        }, "Sprite in 1.5 l bottles (Магнит); Пятёрочка Sprite 0.9 l (size) and «Спрайт … лимона, лайма и мяты» 0.5 l, 7Up "
           "and Добрый лимон-лайм excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fuyNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fuy\d\d ===$", line):
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
                    errors.append("fuy%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fuy%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fuy"))
