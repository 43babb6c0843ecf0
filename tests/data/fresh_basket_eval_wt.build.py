#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wt.jsonl -- shopping lists of a young couple stocking the kitchen and
bathroom of their first rented flat (plus their first week's food), hand-labelled against the real
offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wt.build.py

LISTS below is literal data: 25 lists (3-5 items) as the couple would type them to a Telegram bot,
and for every item the product ids of every in-stock offer of every store that a reasonable shopper
who wrote exactly that item would accept.  The lists were written first, before any offer was read,
and saved read-only as fresh_basket_eval_wt.blind_lists.txt; this script checks that every list text
here equals that blind draft (apart from the items in REPLACED, which is empty: nothing was replaced).
Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, ё folded to е) and read one by one; the note of each
item records what was accepted, what was deliberately left out and any judgement that rests on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The
labels were made without reading or running the tool being evaluated.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in
real_offers.jsonl *for that store* and is in stock (``available`` true), no id is repeated within an
item, every item has a note, and the labels are exactly the list's items in order (an item is the
text between commas / new lines) -- and writes the JSONL; labelled_lists.stats prints the counts.
List ids are fwt01, fwt02, ... in LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wt.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wt.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list id: {blind item: new item}}.  None was needed.
REPLACED = {}

E = []  # an empty acceptable list: the store has nothing acceptable for the item

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwt01 kitchen basics
    ("йодированную соль одну пачку, 1 кг сахару, подсолнечного рафинированного масла бутылку, муки 2 кг", [
        ("йодированную соль одну пачку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "iodised table salt; no store has any; Магнит MAREMAN «Соль морская» (not iodised), Kotanyi «Чеснок-травы-соль» seasoning, SALTON «АНТИСОЛЬ» (shoe care) and «фасоль» titles left out"),
        ("1 кг сахару", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "white granulated sugar in a 1 kg pack (the size names the pack); Магнит РУССКИЙ «Сахар белый прессованный 1кг» "
           "left out: pressed sugar is рафинад (lumps), not the sugar one means by plain «сахар» (outside knowledge); "
           "Пятёрочка cane sugar «Демерара» 500 г (brown, 500 g) and everything «без сахара»/«с сахаром» left out"),
        ("подсолнечного рафинированного масла бутылку", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": E,
            "perekrestok": E,
        }, "refined sunflower oil: Пятёрочка ОЛЕЙНА «подсолн.раф.дез.» 2 л; Магнит БЛАГО раф./дез. 1 л, MR.RICCO раф/дезодор 1 л, "
           "СЛОБОДА раф «для жарки» 1 л; left out: ALMADOR sunflower oils with basil / garlic aroma, MR.RICCO blends "
           "(«с доб олив», «с доб масла авокадо») and «с экстр Прованские травы», corn and olive oils; «бутылку» is a quantity"),
        ("муки 2 кг", {
            "pyaterochka": ["3296712"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["91304", "3231328", "8065"],
        }, "plain wheat flour in a 2 kg pack (the size names the pack): Пятёрочка РЯЗАНОЧКА «ПШЕНИЧНАЯ ЭКСТРА 2кг»; "
           "Перекрёсток Makfa высшего сорта 2 кг, «Мука Пшеничная, 2кг», Пышечка 2 кг; left out: 1 kg packs (Makfa 1 кг, "
           "Рязаночка цельносмолотая 1 кг), rye, rice and durum «крупка» flour, baking mixes"),
    ]),
    # fwt02 spices
    ("молотого черного перца пакетик\nлавровый лист одну пачечку\nпаприки пакетик\nкорица", [
        ("молотого черного перца пакетик", {
            "pyaterochka": E,
            "magnit": ["82dc754b2f"],
            "dixy": E,
            "perekrestok": E,
        }, "ground black pepper: Магнит ВОСТОЧНЫЙ ГОСТЬ «Перец черный молотый» 50 г; left out: Пятёрочка KOTANYI «Мельница "
           "перец черный» (whole peppercorns in a grinder, not ground), «4 ПЕРЦА» / «СМЕСЬ ПЕРЦЕВ» mixes, bell peppers, "
           "crisps «с черным перцем»"),
        ("лавровый лист одну пачечку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "bay leaves; no title in any store (grepped «лавр», «лист»)"),
        ("паприки пакетик", {
            "pyaterochka": E,
            "magnit": ["448e464caf", "c7a61b6523"],
            "dixy": E,
            "perekrestok": E,
        }, "ground paprika spice: Магнит KOTANYI «Паприка копченая молотая» 25 г (smoked paprika is paprika; no kind was "
           "written) and ВОСТОЧНЫЙ ГОСТЬ «Паприка красная молотая» 15 г; paprika-flavoured crisps (LAYS, Pringles, TWISTER, "
           "Naturals) left out"),
        ("корица", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "cinnamon (the spice); no store sells it; goods «с корицей» (cereal, pastila, pancakes, tea, biscuits, juice "
           "drink) left out"),
    ]),
    # fwt03 groats
    ("длиннозерный рис пачку, гречки пачки 2, геркулес овсянку, пшена пачку", [
        ("длиннозерный рис пачку", {
            "pyaterochka": ["39747", "5722"],
            "magnit": ["448fba0b94", "7936bf2f6b"],
            "dixy": E,
            "perekrestok": E,
        }, "long-grain rice: Пятёрочка Мистраль «Жасмин, белый, длиннозерный» and Мистраль «Басмати»; Магнит НАЦИОНАЛЬ «Лазер "
           "длиннозерный» and НАЦИОНАЛЬ «Басмати» (basmati taken as long-grain: outside knowledge); left out: rice whose title "
           "gives no long grain (Адриатика, Мистраль Кубань, Националь / Мистраль / Global Village «для плова», Увелка "
           "«Девзира»), round rice (Увелка Краснодарский, Мистраль «круглый»), brown «БУРЫЙ», «АКВАТИКА MIX», rice+buckwheat "
           "mix, rice flour/flakes/drinks, ready meals"),
        ("гречки пачки 2", {
            "pyaterochka": E,
            "magnit": ["203081"],
            "dixy": E,
            "perekrestok": E,
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto» 500 г; left out: buckwheat flakes (Увелка, Мистраль), PROSTO «Рис "
           "и греча» mix, baby porridge, soba noodles, ready dishes and cans «с гречкой»; «пачки 2» is a quantity"),
        ("геркулес овсянку", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "rolled oats (геркулес): Пятёрочка Клинские «Хлопья овсяные «Геркулес»» 500 г and УВЕЛКА «Хлопья зерн.овсян.трад.» "
           "400 г (traditional oat flakes = геркулес type: outside knowledge); left out: flavoured instant porridges "
           "(«без варки», Ясно Солнышко «с лесными ягодами», Heinz), oat bran, oat drinks «ВЕЛЛЕ», oat biscuits"),
        ("пшена пачку", {
            "pyaterochka": ["3674169"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "millet groats: Пятёрочка МИСТРАЛЬ «Пшено ЗОЛОТОЕ» 5x80 г (boil-in-bag pack); nothing else in any store"),
    ]),
    # fwt04 pasta
    ("макароны перья самые дешевые, спагетти баррила, вермишельку паутинку", [
        ("макароны перья самые дешевые", {
            "pyaterochka": ["18460", "4037652"],
            "magnit": ["199251"],
            "dixy": E,
            "perekrestok": E,
        }, "penne-shaped pasta: Пятёрочка FEDERICI «ПЕРЬЯ РИФЛЕНЫЕ» and Barilla «ПЕННЕ РИГАТЕ» (penne = перья); Магнит Макфа «перья»; "
           "left out: other shapes (спирали, рожок, ракушки, Barilla «ПИПЕ РИГАТЕ», бантики…); «самые дешевые» is a wish, not a filter"),
        ("спагетти баррила", {
            "pyaterochka": ["4037644"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Barilla spaghetti («баррила» = Barilla misspelt): Пятёрочка Barilla «СПАГЕТТИ 450г»; left out: Barilla «КАПЕЛЛИНИ» "
           "(another long shape), other Barilla shapes and sauce, spaghetti of other brands (FEDERICI, «Spaghetti n.3», "
           "«Изделия макаронные … Спагетти»), Перекрёсток chechil cheese «спагетти»"),
        ("вермишельку паутинку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "the very thin «паутинка» vermicelli; no title says паутинка: Пятёрочка FEDERICI «ВЕРМИШЕЛЬ» 500 г and egg "
           "«вермишель для супчика» 250 г left out (variety not stated), soups «с вермишелью» left out"),
    ]),
    # fwt05 dish-washing
    ("бутылку фейри, упаковку губок для посуды, микрофибровые тряпки, резиновые перчатки пару", [
        ("бутылку фейри", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": E,
            "perekrestok": E,
        }, "Fairy washing-up liquid, any variant and size (Нежные руки, Сочный лимон, Platinum…); other brands (AOS, Sorti, "
           "BIASEPT, UNICUM) left out although «фейри» is sometimes used for any dish soap: the brand was written; Finish / Somat "
           "dishwasher tablets left out"),
        ("упаковку губок для посуды", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "dish-washing sponges; no store has any (grepped «губк», «губок»)"),
        ("микрофибровые тряпки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "microfibre cloths; none; Магнит BIG CITY LIFE «Салфетки в рулоне 25x30см» (disposable wipes, not microfibre) left out"),
        ("резиновые перчатки пару", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "household rubber gloves; no store has any (grepped «перчат», «латекс», «нитрил»)"),
    ]),
    # fwt06 bathroom
    ("туалетная бумага большую упаковку\nжидкого мыла бутылочку\nосвежитель воздуха баллончик\nершик для туалета", [
        ("туалетная бумага большую упаковку", {
            "pyaterochka": ["3679801", "3449118", "4059050", "3900558", "3450513", "3326206"],
            "magnit": ["204551"],
            "dixy": E,
            "perekrestok": E,
        }, "toilet paper in packs of 8 or 12 rolls (Papia, Zewa Deluxe/Just 1/Plus, Familia Plus); «большую упаковку» excludes "
           "the 4-roll ZEWA «ДЖАСТ 1 … 4рул.»; ZEWA moist toilet paper («туал.влаж.») and soap «туалет.» left out"),
        ("жидкого мыла бутылочку", {
            "pyaterochka": E,
            "magnit": ["1aeb42ebee"],
            "dixy": E,
            "perekrestok": E,
        }, "liquid hand soap: Магнит AURA «Мыло жидкое … Ромашка 500мл»; bar soaps (Safeguard, Camay, Fax, Dove крем-мыло) "
           "and shower gels left out"),
        ("освежитель воздуха баллончик", {
            "pyaterochka": ["3440047", "3974933", "3974927", "3654065", "3440052"],
            "magnit": ["204531"],
            "dixy": E,
            "perekrestok": E,
        }, "hand-held aerosol air freshener: Пятёрочка GLADE «СВЕЖ.УТРА аэроз.269мл», Glade 300 мл (пион, японский сад), Air Wick "
           "290 мл (Испанские каникулы, Мальдивские мечты); Магнит Symphony 300 мл; left out as refills for automatic dispensers "
           "(«сменн.», «см.бал.», «Сменный баллон»: AIRWICK 250 мл, GLADE AUTOMATIC 269 мл, МАГНИТ «см/бал» 250 мл) — they do "
           "not work without the device (outside knowledge); Гардэкс insect aerosol left out"),
        ("ершик для туалета", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "toilet brush; no store has any (grepped «ершик», «ерш», «щетк»); toilet cleaners and blocks left out"),
    ]),
    # fwt07 cleaning
    ("средство чтоб мыть пол, доместос бутылку, чистящее для ванной подешевле, мусорные мешки 60л", [
        ("средство чтоб мыть пол", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "floor-washing liquid; no title says it is for floors (grepped «пол», «ламинат», «Mr Proper»); universal cleaners "
           "(Domestos «универсальное», Sanfor «универсальное», Cif «Универсальный» spray) left out as in the «средство для "
           "унитаза» convention of set d: the purpose written must be the product's"),
        ("доместос бутылку", {
            "pyaterochka": ["3956845", "3956844", "3956853", "3956850", "4068001", "4067999"],
            "magnit": ["160001", "205981"],
            "dixy": E,
            "perekrestok": E,
        }, "any Domestos liquid in a bottle (universal and toilet gels, 750 ml); Пятёрочка «Блок д/очищ.унитаза Domestos Power 5» "
           "(a rim block, not a bottle) and other brands left out"),
        ("чистящее для ванной подешевле", {
            "pyaterochka": ["2038351", "3500607", "3669892", "3463865", "3463866", "3436349"],
            "magnit": ["106101", "204491"],
            "dixy": E,
            "perekrestok": E,
        }, "a bathroom cleaner: limescale sprays (Пятёрочка CILLIT BANG «АНТИНАЛЕТ+БЛЕСК», Магнит Cillit Bang «от налета и грязи»), "
           "BAGI «AКРИЛАН» (for acrylic baths), scouring powders and cream used for baths and sinks (COMET, ПЕМОЛЮКС, Магнит Comet "
           "475 г, CIF крем) — these rest on outside knowledge (the titles do not say «для ванной»); left out: universal liquids "
           "(Domestos «универсальное», Sanfor, Cif «Универсальный») as in set d's convention, toilet-only cleaners (Domestos «для "
           "унитаза», Bref, CILLIT «д/туал.», Comet «для унитаза»), CILLIT BANG «АНТИЖИР» (kitchen), drain cleaners; «подешевле» is a wish"),
        ("мусорные мешки 60л", {
            "pyaterochka": E,
            "magnit": ["e9bebc57c0"],
            "dixy": E,
            "perekrestok": E,
        }, "bin bags of 60 l: Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт»; МАГНИТ «Мешки для мусора 35л» left out (size written)"),
    ]),
    # fwt08 laundry
    ("порошка автомат 3 кг, кондиционер для белья lenor бутылку, ваниш", [
        ("порошка автомат 3 кг", {
            "pyaterochka": ["3149485", "2087255", "3688912", "3951189", "3142962", "2161528", "2161508", "3023899", "2070686"],
            "magnit": ["105881", "105891"],
            "dixy": E,
            "perekrestok": E,
        }, "machine washing powder in a 3 kg pack (the size names the pack): Ariel, Persil, Bimax 3 кг; the Пятёрочка titles that do "
           "not say «авт.» are taken as machine powders (these brands' 3 kg powders are all «автомат»: outside knowledge); left "
           "out: other sizes (Биолан 2,4 кг, BIOMIO 1,5 кг, Магнит Ariel/Bimax 6 кг, Tide 4/2,5/2,4 кг, ЛОСК 2,7 кг, Persil 1,5 кг, Tide 400 г), "
           "gels, liquids and capsules"),
        ("кондиционер для белья lenor бутылку", {
            "pyaterochka": ["3465388", "3669625", "4025712"],
            "magnit": ["205131", "159881", "203041"],
            "dixy": E,
            "perekrestok": E,
        }, "Lenor fabric conditioner of any scent and size; Vernel and «Е» conditioners, Tide «Lenor Color» powder and Ariel «TOUCH OF "
           "LENOR» powder left out"),
        ("ваниш", {
            "pyaterochka": ["2080266"],
            "magnit": ["bb3ee4398d"],
            "dixy": E,
            "perekrestok": E,
        }, "Vanish laundry stain remover (Пятёрочка «VANISH Пятнов.OXI ACTION» 1 л, Магнит «VANISH Oxi Advance Пятновыводит + "
           "отбеливатель» 250 г); Магнит «VANISH Gold Средство для чистки ковров» (carpet cleaner) left out: in a laundry list "
           "«ваниш» means the stain remover"),
    ]),
    # fwt09 breakfast basics
    ("яички 1 десяток, молочка 2.5%, один батон, сливочного масла 82.5", [
        ("яички 1 десяток", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs of any class in packs of 10 («десяток» = packs of 10 only), incl. Зелёная Линия «активита С1 с селеном и "
           "йодом»; packs of 6 (Волжанин) and 20 (Лето) left out, as are mayonnaise «на перепелиных яйцах» and chocolate eggs"),
        ("молочка 2.5%", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": E,
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700", "af8570f806",
                            "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243",
                            "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk of exactly 2.5% (pasteurised, UHT or sterilised, any size), incl. children's drinking milk (Сарафаново "
           "«детское») as in real_basket_eval; other fat levels and ranges, топлёное, flavoured (Чудо клубника), milkshakes "
           "«2,5 %», kefir-type drinks and condensed milk left out"),
        ("один батон", {
            "pyaterochka": ["3985404"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3974714"],
        }, "a white loaf (батон): Пятёрочка Хлебный Дом «Батон «Звездный» нар» 350 г, Перекрёсток «Батон Нарезной нарезка» 400 г; "
           "Пятёрочка «Хлеб Даниловский» / «Ржано-пшеничный» / «зерновой» / «Марьин, заварной» (not a батон), sweet buns, chocolate «батончики» and croutons «Багет» left out"),
        ("сливочного масла 82.5", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367", "3963777"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": E,
        }, "butter of 82.5 %; butter labelled 82 % (Пятёрочка Президент кислосливочное, Магнит and Дикси Простоквашино) accepted "
           "too: real_basket_eval treats 82 and 82.5 % butter as the same («butter 82,5 % counts as «82%»»), applied here in the "
           "other direction (a judgement); Брест-Литовск 72.5 %, ЭКОМИЛК chocolate butter 62 %, margarine and pastry «сливочное "
           "масло» left out"),
    ]),
    # fwt10 first dinner
    ("курочку целиком одну\nтри кило картошки\nлуку килограмм\nпару морковок", [
        ("курочку целиком одну", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4214722", "4252168"],
        }, "a whole raw chicken: Перекрёсток «Тушка цыплёнка» (1 сорт, An-noor Халяль, Петелинка, Зелёная Линия «на зерновом "
           "откорме») and Зелёная Линия «Цыплёнок корнишон» (a small whole bird); Дикси «Цыпленок-бройлер охлажденный, 1 кг» "
           "taken as a whole carcass sold by weight (outside knowledge); parts (грудка, бедро, голень, филе), Пятёрочка «Бедро "
           "цыпл-табака», duckling, cooked/canned chicken, купаты and pet food left out"),
        ("три кило картошки", {
            "pyaterochka": E,
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (the weight reads as the amount wanted of a weighed good, not a pack size); crisps "
           "«картофель хрустящий», starch, ready dishes, «Картошка МАРЦИПАНОВАЯ» and herring «к картошке» left out"),
        ("луку килограмм", {
            "pyaterochka": E,
            "magnit": ["168731", "168741", "168721"],
            "dixy": E,
            "perekrestok": ["3368252", "3623836", "79135", "79012", "4272905"],
        }, "fresh bulb onions, any colour (репчатый белый/красный, Ялтинский, Светофор mix, Перекрёсток «Лук салатный» taken as a "
           "mild bulb onion: outside knowledge); left out: shallots «Лук Шалот» (a different vegetable in everyday cooking), green "
           "onion, herb bundles «петрушка-укроп-лук», FEDERICI «Луковки» (pickled), onion-flavoured snacks"),
        ("пару морковок", {
            "pyaterochka": E,
            "magnit": ["199761"],
            "dixy": E,
            "perekrestok": ["52112"],
        }, "fresh carrots («Морковь мытая»); Korean-style carrot salads, carrot juices/nectars, sauerkraut «с морковью» left out"),
    ]),
    # fwt11 coffee and tea
    ("якобс растворимый кофе, черный чай пакетики 100 шт, сахара рафинада пачку", [
        ("якобс растворимый кофе", {
            "pyaterochka": ["3684932", "3626060", "3626048", "3636926", "3636923", "3372172", "3488345", "3444962"],
            "magnit": ["106161", "205121", "106231"],
            "dixy": E,
            "perekrestok": E,
        }, "Jacobs instant coffee of any line (Crema, Gold, Millicano «растворимый с молотым», Monarch / Monarch Intense растворимый, "
           "Velour); Jacobs / Monarch beans and ground coffee (Monarch «в зернах», «молотый», Barista Editions, MONARCH Lungo, "
           "Asian Selection) and other brands left out"),
        ("черный чай пакетики 100 шт", {
            "pyaterochka": ["4002510", "3998702", "3378327", "3662837", "3950803", "3620106", "3635756", "3378336", "3446638",
                            "2070472", "11200", "3689577", "3628990"],
            "magnit": ["159991", "199261"],
            "dixy": E,
            "perekrestok": E,
        }, "plain black tea in packs of 100 bags (the count names the pack): Brooke Bond, Saito Asian Ceylon, Tess Санрайз, Азерчай "
           "Букет, Принцесса Нури and Канди (Канди taken as black Ceylon tea: outside knowledge), Ahmad Classic, Bernley, "
           "Greenfield Kenyan Sunrise, Richard Royal Ceylon, Lipton Yellow Label, ШАХ Голд, Richard «Royal English Breakfast … в пак 200гр» "
           "(200 g of bags taken as 100 x 2 g: an inference, the title gives no count); Магнит Akbar Ceylon, Richard Royal "
           "Ceylon; left out: flavoured black teas (Earl Grey / bergamot — Lipton, Richard; Greenfield Spring Melody; Tess "
           "шиповник-яблоко, Tess Pleasure; Richard чабрец/розмарин; «Коллекционный фруктовый»), packs of 20/25 bags, loose tea, green tea"),
        ("сахара рафинада пачку", {
            "pyaterochka": E,
            "magnit": ["07d5c3205d"],
            "dixy": E,
            "perekrestok": E,
        }, "refined lump sugar: Магнит РУССКИЙ «Сахар белый прессованный 1кг» (pressed sugar = рафинад: outside knowledge); cane "
           "sugar «Демерара» left out"),
    ]),
    # fwt12 baking
    ("уксуса 9% бутылочку, пищевую соду, сухих дрожжей пару пакетиков, разрыхлителя пакетик", [
        ("уксуса 9% бутылочку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "9 % table vinegar; none; Магнит «Уксус яблочный … 6%» left out (strength written)"),
        ("пищевую соду", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "baking soda; no store has any (grepped «сода», «соды»); soda drinks left out"),
        ("сухих дрожжей пару пакетиков", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["17366"],
        }, "dry yeast: Перекрёсток «Дрожжи сухие Саф-Момент» 11 г; Пятёрочка Рестория frozen yeast dough left out"),
        ("разрыхлителя пакетик", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4236368"],
        }, "baking powder: Перекрёсток «Разрыхлитель для теста Пр!ст» 10 г; starch and gelatine left out"),
    ]),
    # fwt13 sauces
    ("майонезу провансаль одну пачку, какой-нибудь кетчуп, горчицу баночку, соевого соуса бутылку", [
        ("майонезу провансаль одну пачку", {
            "pyaterochka": ["3695167", "3982578", "3355228", "3355242", "3193489"],
            "magnit": ["204681"],
            "dixy": E,
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954", "4297313",
                            "4105769", "3695167"],
        }, "mayonnaise sold as «Провансаль» (Московский Провансаль incl. «на перепелиных яйцах» and «оливковый», Ряба Провансаль and "
           "«ПРОВАНС.ОЛИВК.», Махеевъ Провансаль, Скит, Слобода Провансаль, Я люблю готовить Классический / Московский Провансаль); "
           "Пятёрочка «Майонез Слобода, 67%, 800 мл» (3193489) and Перекрёсток «Я люблю готовить на перепелиных яйцах 67%, 600мл» "
           "(3695167) accepted because the same product id is titled «Провансаль» in the other chain; left out: mayonnaises not "
           "called Провансаль (Heinz Классический, Mr.Ricco, Слобода «Оливковый», Махеевъ «С перепелиным яйцом», Я люблю готовить "
           "«домашний» 55 %), mayonnaise sauces (Цезарь)"),
        ("какой-нибудь кетчуп", {
            "pyaterochka": ["4066625", "4066624", "3631091", "3383950", "3625404", "3610602", "4044938", "3941585", "3673189",
                            "3673190", "4086400"],
            "magnit": ["213621", "203141", "665b5b224d", "aff04c9216"],
            "dixy": E,
            "perekrestok": E,
        }, "any ketchup (tomato, chili, shashlik, garlic, cherry tomato; Heinz, Махеевъ, Астория, Restoria, Calve, Mr.Ricco, "
           "Слобода); sauces not sold as ketchup (шашлычный соус Тихвинский, Heinz/Махеевъ sauces), ketchup-flavoured snacks left out"),
        ("горчицу баночку", {
            "pyaterochka": ["3621047", "3435016"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "table mustard: Пятёрочка Global Village «Горчица Французская» and МАХЕЕВЪ «Горчица РУССКАЯ» (a doypack; «баночку» read "
           "as a unit word, not a form); HEINZ «Кетчуп томат.с горч.» and honey-mustard snacks left out"),
        ("соевого соуса бутылку", {
            "pyaterochka": ["3072579", "3995914", "3484963"],
            "magnit": ["903c9b5986"],
            "dixy": E,
            "perekrestok": E,
        }, "soy sauce: Пятёрочка СЕН СОЙ «КЛАССИЧЕСКИЙ соевый» 1 л, «Чим-Чим» 290 мл, Thai-so «Классический, соевый»; Магнит СТЕБЕЛЬ "
           "БАМБУКА «Соус соевый»; teriyaki sauces and soy drinks left out"),
    ]),
    # fwt14 kitchen consumables
    ("фольгу рулон, бумага для выпечки, рулон пищевой пленки, пакетики для заморозки", [
        ("фольгу рулон", {
            "pyaterochka": E,
            "magnit": ["f69098d85b"],
            "dixy": E,
            "perekrestok": E,
        }, "kitchen aluminium foil: Магнит «Фольга особопрочная 29смх7м»; nothing else"),
        ("бумага для выпечки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "baking paper; none (grepped «бумаг», «пергам», «выпечк»); Перекрёсток «Упаковочная бумага Арт и Дизайн» (gift wrap) "
           "and Maggi «на бумаге для жарки» seasoning left out"),
        ("рулон пищевой пленки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "cling film; none (grepped «пленк», «стретч»; the hits are «цыпленка»)"),
        ("пакетики для заморозки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "freezer bags; none: Перекрёсток «Пакеты для завтрака» and «Пакеты для пищевых продуктов Home Story» (not said to be for "
           "freezing) and «Рукав для запекания» left out"),
    ]),
    # fwt15 hygiene
    ("шампунь для любых волос, гель д/душа мужской, зубной пасты тюбик, щетки зубные 2 шт", [
        ("шампунь для любых волос", {
            "pyaterochka": E,
            "magnit": ["8442fcc99f"],
            "dixy": E,
            "perekrestok": ["3065062"],
        }, "a shampoo for all hair types: Магнит ЧИСТАЯ ЛИНИЯ «Сила 5 трав д/в тип вол» and Перекрёсток Чистая Линия «Крапива для "
           "всех типов волос»; shampoos for a particular hair or problem (damaged, thin, coloured, long, dandruff, men's, "
           "«для нормальных волос»), dry shampoo, 2-in-1/3-in-1 and hair conditioners left out"),
        ("гель д/душа мужской", {
            "pyaterochka": ["3440044", "3626165", "3380358"],
            "magnit": ["1d4676bb70"],
            "dixy": E,
            "perekrestok": E,
        }, "men's shower gel: Пятёрочка Palmolive MEN «СПОРТ» 750 мл and Palmolive Men 3 в 1 «Арктический Ветер», NIVEA «ЗАРЯД "
           "ЧИСТОТЫ д/душа» (taken as the NIVEA MEN line: outside knowledge); Магнит ЧИСТАЯ ЛИНИЯ «Шамп-кондиц-гель/душа д/мужч "
           "3в1»; left out: shower gels not said to be men's (Fa «охлаждение экстрим» — possibly Fa Men, but the title does not "
           "say so —, «ВЕТИВЕР», Nivea, Le Petit Marseillais, Dove), the Old Spice gift set (gel + deodorant), shaving gels"),
        ("зубной пасты тюбик", {
            "pyaterochka": ["4009101", "3967359", "3967361", "2153182", "3359945", "3482562", "3152415", "3368036", "3230372",
                            "3691935", "3605411", "3605412", "3429353", "3642796", "3366711", "3480375"],
            "magnit": ["0b75d29d19"],
            "dixy": E,
            "perekrestok": E,
        }, "adult toothpaste of any brand (Blend-a-med, Close Up, President, ROCS, Sensodyne «SENS.Паста», Splat, Colgate «ЗП», "
           "Aquafresh, Lacalut); Магнит SPLAT JUNIOR «д/дет 6-11лет» (children's), mouthwashes and toothbrushes left out"),
        ("щетки зубные 2 шт", {
            "pyaterochka": ["3379809", "3411391", "3329901", "3900522"],
            "magnit": ["faf2b81393", "af8d07dd15", "7f932ca0ba"],
            "dixy": E,
            "perekrestok": E,
        }, "manual toothbrushes of any brand (Colgate, Splat, Biomed; Colgate «Зиг Заг 2+1»); «2 шт» is a quantity; toothpastes left out"),
    ]),
    # fwt16 lazy food
    ("пельменей пачку, молочных сосисок, замороженную пиццу", [
        ("пельменей пачку", {
            "pyaterochka": ["3622053", "3613537", "2024541", "3683249", "3693417", "3693418", "3675532", "3666703", "3613651",
                            "3693405", "3671957", "3672557", "3985043", "4000407"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": E,
        }, "frozen meat pelmeni of any brand and filling (incl. Горячая штучка «БУЛЬМЕНИ» and the Пятёрочка titles «Мясной "
           "полуфабрикат в тесте … Пельмени «Телячьи»» and «Полуфабрикат мясной в тесте … Пельмени «Сливочные»», found on the re-check); vareniki, chebupeli and other dough goods left out"),
        ("молочных сосисок", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": E,
            "perekrestok": E,
        }, "sausages sold as «Молочные» (Пятёрочка Велком, Магнит «Сосиски Молочные» 0,33 and 0,65 кг); other kinds (Сливочные, "
           "Докторские, Венские, Баварские, «с натуральными сливками», «Детям», Филейные) left out"),
        ("замороженную пиццу", {
            "pyaterochka": ["3693580", "3607265"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "frozen pizza: Пятёрочка РЕСТОРИЯ «Пицца ассорти» (category Заморозка) and «Цезарь Пицца с ветчиной и грибами» (Цезарь "
           "taken as frozen: outside knowledge, as in set d); «Чебупицца», pizza-flavoured crackers/croutons and mozzarella «для "
           "пиццы» left out"),
    ]),
    # fwt17 bolognese
    ("говяжьего фарша, баночку томатной пасты, любые макарошки, сыр твердый", [
        ("говяжьего фарша", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "minced beef: Пятёрочка Рестория «фарш Говяжий», ОСТАНКИНО «ФАРШ ГОВЯЖИЙ», «Фарш говяжий, Мираторг»; left out: pork-beef "
           "and unspecified mince (Мираторг «свино-говяжий», САМСОН «ДОМАШНИЙ», Ближние горки «Деревенский»), turkey and chicken "
           "mince, Магнит «Фарш свиной»"),
        ("баночку томатной пасты", {
            "pyaterochka": ["3696785", "84652", "3486033", "31623"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "tomato paste: Пятёрочка МАХЕЕВЪ «Паста ДОМАШНЯЯ томат.» 500 г, ПОМИДОРКА 250 and 480 мл, Heinz 310 г; ketchups, sauces "
           "and tomato juice left out"),
        ("любые макарошки", {
            "pyaterochka": ["18497", "18460", "18453", "18463", "3438663", "3438670", "3438666", "3687625", "4075778", "4075782",
                            "4008044", "4072891", "4072894", "4077766", "4077767", "4077771", "4008046", "4008047", "4008045",
                            "4037645", "4037644", "4037652", "4037654", "4037666", "94424"],
            "magnit": ["214631", "167851", "199251"],
            "dixy": E,
            "perekrestok": E,
        }, "any dry pasta shape and brand (FEDERICI, La Molisana, MAKFA «Изд.мак.», Barilla, Baisad, Gusto Di Roma, Макфа, egg "
           "vermicelli/stars); left out as in real_basket_eval: noodles (instant, udon, soba, funchoza, Шебекенские «Лагман-лапша»), "
           "ready pasta dishes and «Набор для приготовления … Паста» kits, pasta sauces"),
        ("сыр твердый", {
            "pyaterochka": ["3650219", "3462825", "3926818", "3448799", "4070003", "4045672", "4047497", "4046889", "4055754",
                            "4011107", "3695000", "3953338", "4087692", "3919797", "3619760", "3926819", "3665147", "3670271",
                            "3452403", "24647", "3433812", "3435839", "3670270", "3658573", "3932860", "3672506", "3914313",
                            "3504112", "3499152", "4078315", "3605249", "4062968", "3631154", "4062961"],
            "magnit": ["a75e794e26", "fb96cc90aa", "111651", "160261", "199231"],
            "dixy": ["05060beac0"],
            "perekrestok": ["4074230", "3963977", "3206443", "3433812", "4089117", "4378185", "3228233", "4280098", "4302547",
                            "4280100", "3446834", "3668842", "4029240", "3452403", "3505827", "3668519", "3498368", "4297132",
                            "4260755", "3912980", "4011107"],
        }, "plain hard or semi-hard cheese — «твёрдый сыр» in everyday speech covers both (outside knowledge): parmesan (incl. "
           "grated), Гауда, Эдам, Маасдам, Российский, Голландский, Костромской, Чеддер, Ламбер, Тильзитер (incl. Вкуснотеево «Тильзитер Премиум»), Хаварти, "
           "Белебеевский, Радость вкуса «Львиное сердце» and «Топленое молочко» (semi-hard bricks), Брест-Литовск, Тысяча Озёр (incl. Дикси «утренний»), Калачеевский, Алтайский, Грюнландер, Tete de Moine, «Сливочный» "
           "and «Лёгкий» semi-hard cheeses, the Laime Гауда+Тильзитер assortment; left out: mozzarella of any kind (incl. the "
           "semi-hard «Моцарелла Пицца» and PRETTO «д/бутерброд»), soft, white/blue-mould, brine (сулугуни, чечил, фета, брынза, "
           "Хоритаки), processed (incl. Valio «Виола 4 Сыра»), cream cheese (Пятёрочка «Сыр Hochland. Сливочный, 220 г» taken as "
           "Hochland творожный: outside knowledge), flavoured cheeses (Oldenburger Песто / с орехом / с томатом, «Ларец с "
           "лисичками»), the Say Cheese cheese plate"),
    ]),
    # fwt18 salad
    ("огурцов, помидоров, сметаны 15%, укропу один пучочек", [
        ("огурцов", {
            "pyaterochka": E,
            "magnit": ["200221", "169161"],
            "dixy": E,
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (Магнит короткоплодные, среднеплодные; Перекрёсток Ботаника, «Огурцы Хрустящие», «Огурцы корнишоны» 300 г "
           "— the last two taken as fresh, category Окрошка: outside knowledge); pickled/marinated cucumbers and пикули, "
           "cucumber-scented shampoo left out"),
        ("помидоров", {
            "pyaterochka": E,
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": E,
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind, cherry tomatoes included (as in real_basket_eval); marinated and salted tomatoes, tomato "
           "paste, ketchup, juice and sun-dried tomatoes left out"),
        ("сметаны 15%", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": E,
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4121592", "4431124", "4095525", "4217907"],
        }, "sour cream of exactly 15 % (incl. lactose-free Parmalat Comfort and Простоквашино); 10/20/25/30 % and «сметанный» "
           "sauces or crisps left out"),
        ("укропу один пучочек", {
            "pyaterochka": E,
            "magnit": ["109841"],
            "dixy": E,
            "perekrestok": ["4295468"],
        }, "fresh dill: Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh»; mixed herb bundles (петрушка-укроп-лук), "
           "dried dill ВОСТОЧНЫЙ ГОСТЬ and herring «с укропом» left out"),
    ]),
    # fwt19 fruit
    ("бананов, зеленых яблок, апельсинов", [
        ("бананов", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (incl. mini and organic); dried bananas, banana yoghurts/curds and muesli left out"),
        ("зеленых яблок", {
            "pyaterochka": E,
            "magnit": ["200671"],
            "dixy": E,
            "perekrestok": E,
        }, "fresh green apples: Магнит «Яблоки Гренни Смит» (a green variety: outside knowledge); red or unspecified apples (Ред "
           "Делишес, «Яблоки красные», Гала, Медовый хруст, «Яблоки сезонные») and apple products left out"),
        ("апельсинов", {
            "pyaterochka": E,
            "magnit": ["109471"],
            "dixy": E,
            "perekrestok": ["1535"],
        }, "fresh oranges; juices, nectars, drinks and sweets «апельсин» and mandarins left out"),
    ]),
    # fwt20 drinks
    ("воды 5л, апельсинового сока, зеленого чая", [
        ("воды 5л", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": E,
            "perekrestok": ["3503711"],
        }, "still drinking water in a 5 l bottle (the size names the bottle): Пятёрочка Черноголовская «Honey kid» 5 л and «Легенда "
           "Гор, Архыз, минеральная» 5 л (table water); Магнит АКВАЛАЙН «Для ляль» 5 л; Перекрёсток Малаховская №1 5 л — the two "
           "children's waters accepted as plain drinking water, like children's milk; bottles of 0,33–2 л, sparkling and "
           "medicinal waters left out"),
        ("апельсинового сока", {
            "pyaterochka": ["84794", "3965623"],
            "magnit": ["204401"],
            "dixy": E,
            "perekrestok": ["3965623", "3190682"],
        }, "orange juice sold as «сок» (SWELL «Сок Апельсин», J7 апельсиновый incl. the children's 0,3 л); nectars (Добрый, Rich, "
           "Любимый, J7 апельсин-мандарин), mixed juices, juice drinks and orange sodas left out"),
        ("зеленого чая", {
            "pyaterochka": ["3982372"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "plain green tea: Пятёрочка Lipton «чай зеленый в пирамидках Magnificent Matcha» (green tea with matcha, no flavouring "
           "named); flavoured green teas (TESS LIME, Curtis Mango / Hugo, ASSAND jasmine, Richard мелисса/мята/лемонграсс), oolongs, "
           "iced-tea drinks (Lipton, Nestea, Fuze) left out"),
    ]),
    # fwt21 housewarming
    ("красного сухого вина, сыра с плесенью, винограда без косточек", [
        ("красного сухого вина", {
            "pyaterochka": E,
            "magnit": ["229b7b954e", "e70e8ddb93", "bade36759d", "ce196366c4", "5d8a8a24cf", "199091", "167471", "205611",
                       "104811", "82c49b7fbf", "c2612cf80f", "202001", "202011", "202281", "e8053f6404", "168041", "111851",
                       "7ad3172a4a", "213501", "213381"],
            "dixy": E,
            "perekrestok": E,
        }, "still red dry wine of any origin and size (title «красное сухое» / «кр сух»); semi-dry (п/сух), semi-sweet, rosé, "
           "white, sparkling, port and alcohol-free wines left out"),
        ("сыра с плесенью", {
            "pyaterochka": ["3918445", "3693219"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3654470", "3466978", "3626124", "4108550", "4108549", "4108547", "3614011", "4392389", "4325430",
                            "4325429", "3693219", "3621896", "3918445", "3640880", "3640879", "3920347"],
        }, "plain white- or blue-mould cheese (Камамбер, Бри, Dorblu, Grandblu, Mont Blu, Cambozola); left out: the cream-cheese "
           "spread Dorblu «A La Creme», Камамбер «с чёрным трюфелем» (flavoured), processed «CRÈME DE BRIE»"),
        ("винограда без косточек", {
            "pyaterochka": ["4327381"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["48657", "57580", "48660", "4327381"],
        }, "fresh seedless grapes: Перекрёсток «Виноград белый без косточек», «Киш-миш» and «Киш-миш чёрный» (kishmish = seedless), "
           "Пятёрочка and Перекрёсток «Шайн Мускат нефритовый» (a seedless variety) — the last three rest on outside knowledge; left "
           "out: Перекрёсток «Тайфи» (a seeded table grape), Магнит «Виноград черный, 1 кг» (seedlessness not stated), raisins, "
           "grape juices/nectars/drinks, grapeseed oil and wine (the stem «вино» hides inside «виноград»; found on the re-check)"),
    ]),
    # fwt22 paper goods
    ("бумажных полотенец, салфеток, влажных салфеток", [
        ("бумажных полотенец", {
            "pyaterochka": ["3449212", "3431062", "3601010"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "kitchen paper towels (PAPIA, ZEWA, Familia); Магнит BIG CITY LIFE «Салфетки в рулоне» (non-paper cleaning wipes) left out"),
        ("салфеток", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4429769", "4371757", "4429397", "4429400", "4310841", "4250543", "4310840", "4250535", "4299678",
                            "4397850"],
        }, "dry paper table napkins — next to «бумажных полотенец» and «влажных салфеток» the word means these — incl. printed "
           "festive ones (Gratias, Пр!ст, Art Bouquet); left out: wet wipes (own item), CAREFREE «Салфетки … ежедн.» (panty "
           "liners), Магнит BIG CITY LIFE cleaning wipes in a roll"),
        ("влажных салфеток", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": E,
            "perekrestok": ["3976937", "4174787", "3917869", "3697052", "4166484"],
        }, "wet wipes of any kind (universal, antibacterial, cosmetic, baby); ZEWA moist toilet paper left out"),
    ]),
    # fwt23 dairy breakfast
    ("творога 5%, йогуртов без сахара, кефира 3.2, кукурузных хлопьев", [
        ("творога 5%", {
            "pyaterochka": ["3617778"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4216657"],
        }, "plain cottage cheese of exactly 5 % (Пятёрочка Село Зелёное 500 г, Перекрёсток Молочный знак 180 г); flavoured curd "
           "(Савушкин «101 ЗЕРНО+СЛ.» черника/клубника 5 %, Данон «зерненый в йогурте» 5 %), 5,5 % «мягкий», other fat levels, "
           "children's curds and curd desserts left out"),
        ("йогуртов без сахара", {
            "pyaterochka": ["3503857", "3433156", "3954723", "4035474", "3632187", "3665120", "3638992"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "yoghurt without sugar: Перекрёсток Neo «без сахара» and plain Greek yoghurts (Teos, Простоквашино «Греческий 2%», "
           "Зелёная Линия «натуральный»); Пятёрочка yoghurts with no flavour or filling named (DANONE 3,3 % 110 and 350 г, Bio-Max "
           "«Классический», Активиа 2,4 %, EPICA питьевой 2,9 %, Верховье детский 3,5 %, Сарафаново термостатный детский 1,5 %) — "
           "taking plain yoghurts as unsweetened rests on outside knowledge; every fruit, cereal, caramel or crispy yoghurt and "
           "Дикси Viola Малина-Мята left out"),
        ("кефира 3.2", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "kefir of 3.2 %; no store has any kefir"),
        ("кукурузных хлопьев", {
            "pyaterochka": ["25813"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "corn flakes: Пятёрочка NESTLE «Хлопья GOLD кукур.мед/арахис» (honey-nut corn flakes are corn flakes; no kind was "
           "written); left out: Любятово «Завтраки кукурузные» (the title does not say flakes), chocolate balls/rings/pillows "
           "(Nesquik, Kellogg's Unicorn, Krosby), muesli, oat/rice/buckwheat flakes, canned corn"),
    ]),
    # fwt24 more groats
    ("манки, перловки, гороха колотого, красной чечевицы", [
        ("манки", {
            "pyaterochka": E,
            "magnit": ["a9eb0a29d1"],
            "dixy": E,
            "perekrestok": E,
        }, "semolina: Магнит «Каша манная УВЕЛКА, 700г» taken as semolina groats (a 700 g pack, not an instant porridge: outside "
           "knowledge); nothing else"),
        ("перловки", {
            "pyaterochka": E,
            "magnit": ["820f08519d"],
            "dixy": E,
            "perekrestok": E,
        }, "pearl barley: Магнит УВЕЛКА «Перловая Крупа 800г»; УВЕЛКА «Крупа ячневая» (barley grits, a different groat) left out"),
        ("гороха колотого", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "dry split peas; none; Перекрёсток Bizim Tarla canned green peas and pea soups (Главсуп, Лидкон, Knorr, Буздякский) left out"),
        ("красной чечевицы", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "red lentils; no store has lentils (grepped «чечев»)"),
    ]),
    # fwt25 oil and spices
    ("оливкового масла extra virgin, хмели-сунели пакетик, имбирь молотый, сахара ванильного", [
        ("оливкового масла extra virgin", {
            "pyaterochka": ["2153521", "4082388"],
            "magnit": ["204571", "190b32a64b"],
            "dixy": E,
            "perekrestok": E,
        }, "olive oil whose title says Extra Virgin / EV / «Экстра Вирджин» (Filippo Berio, Global Village нераф., МОНИНИ); left out: "
           "MONINI «CLAS.олив.нераф.» (the title does not say extra virgin, as in set g), Global Village «Virgen Extra … "
           "рафинированное, с добавлением нерафинированного» (a refined blend by its own title), МАГНИТ «Pure», olives, tuna in oil"),
        ("хмели-сунели пакетик", {
            "pyaterochka": E,
            "magnit": ["db0f0793ec"],
            "dixy": E,
            "perekrestok": E,
        }, "khmeli-suneli: Магнит ВОСТОЧНЫЙ ГОСТЬ «Приправа Хмел-Сунел» 40 г; other seasonings (Kotanyi «Кавказские травы», Maggi, "
           "Kamis) left out"),
        ("имбирь молотый", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "ground ginger; none; pickled ginger (Скатерть-Самобранка, Магнит), candied ginger «АРКАДА», ginger biscuits and drinks left out"),
        ("сахара ванильного", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "vanilla sugar; none; vanilla-flavoured sweets, ice cream and drinks left out"),
    ]),
]


def blind_texts(path):
    """The list texts of the read-only blind draft, in order."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("--- fwt"):
                if cur is not None:
                    texts.append("\n".join(cur).rstrip("\n"))
                cur = []
            elif cur is not None:
                cur.append(line)
    if cur is not None:
        texts.append("\n".join(cur).rstrip("\n"))
    return texts


def check_blind(lists, path):
    """Every list text equals the blind draft, apart from the items in REPLACED."""
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, (b, (text, _)) in enumerate(zip(blind, lists), 1):
        rid = "fwt%02d" % n
        expected = b
        for old, new in REPLACED.get(rid, {}).items():
            expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, b))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fwt"))
