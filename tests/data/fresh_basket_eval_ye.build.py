#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ye.jsonl -- shopping notes for someone who shops for you (a neighbour, a courier,
a grown-up child), with instructions about substitutes, hand-labelled against the real offers in
real_offers.jsonl (this directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ye.build.py

LISTS below is literal data: 25 lists (3-5 items, 94 items) as typed to a Telegram bot, copied byte for byte from
fresh_basket_eval_ye.blind_lists.txt (written before any offer was read), and for every item the product ids of
every in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate
titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic
brand spellings, ё/е) and read one by one; the note of each item records what was accepted, what was deliberately
left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable
(the item is "missing" there).  Nothing of korzina was read or run.

Two lists (fye19, fye24) were empty in every store; in each, one item was replaced by a similar item that some store
carries (REPLACEMENTS below; see the README, section "Replacements").  check_blind() verifies that every list text
equals the blind draft, byte for byte, except for exactly these two documented replacements.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in stock
(``available`` true), no id is repeated within an item, every item has a note, the labels are exactly the list's
items in order (an item is the text between commas / new lines) -- and writes the JSONL; labelled_lists.stats
prints the counts.  List ids are fye01 ... fye25 in LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ye.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ye.blind_lists.txt")

# list number -> (item of the blind draft, item that replaces it); only for lists empty in every store.
REPLACEMENTS = {
    19: ("средство для мытья полов любое", "средство для уборки универсальное любое"),
    24: ("свечи хозяйственные", "освежитель воздуха любой"),
}

L19_TEXT = "губки для посуды 5 шт или 10, перчатки хозяйственные м или l, средство для уборки универсальное любое, белизна или любой хлорный отбеливатель"
L24_TEXT = "батарейки аа дюрасел или энерджайзер, лампочка светодиодная е27, спички 2 коробка любые, освежитель воздуха любой"

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 weekday staples for mum
    ("молоко 3.2 если нет 3.2 то 2.5, хлебушек бородинский если нет то любой черный, яйца с0 десяток можно с1, сметанка 15% любой фирмы", [
        ("молоко 3.2 если нет 3.2 то 2.5", {
            "pyaterochka": ["3694630", "3645807", "3425329", "3507208", "3645808"],
            "magnit": ["a28bae784b"],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a",
                            "b4411ba8d4", "35ac60eec2", "52d96fd806", "885d917850", "488d323508", "ecc07a0e68",
                            "01f728b210", "f50aeac1bb", "3645807", "4244242", "3431579", "b508e73840", "47a9cd6be2",
                            "a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700",
                            "af8570f806", "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9",
                            "50cb0959f8", "76055bf243", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "the item names two alternatives, so cow drinking milk labelled exactly 3.2% or exactly 2.5% (pasteurised/UHT/"
           "sterilised, any pack, incl. children's milk Агуша «от 3л», Сарафаново «детское», Маша и Медведь); ranges "
           "(Романов луг «от 3,2% до 6%», 3.2-4, 3.2-4.5), топлёное 3.2% (Простоквашино, Домик в деревне), other fats, "
           "goat milk and Чудо «2% клубника» excluded"),
        ("хлебушек бородинский если нет то любой черный", {
            "pyaterochka": ["3480920", "3500217", "3372334"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Borodinsky loaf anywhere, so any dark (rye / rye-wheat) bread loaf: Даниловский «Ржано-пшеничный» and "
           "Коломенское «Даниловский», Хлебный дом «Марьин заварной» (outside knowledge: both are rye-wheat dark breads); "
           "ЩЕДРЫЕ «Хлебцы тонкие бородинские» (crispbread), Колбаса «Бородинская», МД Бородина, rye гренки/сухарики, "
           "rye flour and the Ржаной Край loaves («Хлеб зерновой», «Хреб Ржаной Край» -- the brand word does not make "
           "them rye bread and the title does not say the kind, as in set d) excluded; Батон «Звездный» is white"),
        ("яйца с0 десяток можно с1", {
            "pyaterochka": ["3620510", "3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491", "3446505", "3062836", "4068694", "3662512"],
        }, "chicken eggs of class С0/СО/«отборные» or С1 in packs of 10 (Роскар «Экстра СО» incl.); packs of 6 "
           "(Волжанин отборные) and 20 (Лето С1) and quail eggs excluded"),
        ("сметанка 15% любой фирмы", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream exactly 15% of any brand and size, incl. lactose-free (Parmalat Comfort, Простоквашино); 20/25/30% "
           "sour cream, sour-cream flavoured chips/croutons, Махеевъ «Соус Сметанный» and cakes excluded"),
    ]),
    # L2 for the neighbour: dairy, fruit, toilet paper
    ("кефир 1% простоквашино если нет любой 1%, творог 9% в пачке, бананов штук 5 не зеленых, туалетная бумага zewa или любая трехслойная", [
        ("кефир 1% простоквашино если нет любой 1%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir of any brand or fat in any store (grepped кефир/kefir/биокефир, incl. out-of-stock offers); "
           "Простоквашино milk, sour cream, yoghurt and butter are not kefir"),
        ("творог 9% в пачке", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216658", "4185866"],
        }, "packaged cottage cheese exactly 9% (Вкуснотеево 300 г, Молочный знак 180 г and «традиционный» 800 г); "
           "«в пачке» read as pre-packed (not weighed) -- the titles do not say brick or tub, so no pack form could be "
           "checked; 0.5/3/4/5/5.5% curd, flavoured/children's curd, творожный сыр and творожные продукты excluded"),
        ("бананов штук 5 не зеленых", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "3639749", "4208494", "4112219"],
        }, "fresh bananas (loose, фасованные, Organic, мини); «штук 5» is a quantity and «не зеленых» (ripeness) "
           "cannot be read from a title, so it is a wish; dried bananas, banana nectar and banana-flavoured goods excluded"),
        ("туалетная бумага zewa или любая трехслойная", {
            "pyaterochka": ["3493108", "4059050", "3900558", "3326206", "3449118"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "two alternatives: any Zewa toilet-paper rolls (Plus 2-ply, Deluxe 3-ply, Just 1 4-ply) or any 3-ply toilet "
           "paper (PAPIA 3сл.); Zewa «туал.влаж.» (moist toilet paper, a wipes product), Zewa paper towels, PAPIA "
           "«WHITE DE LUXE» (ply not stated) and 2-ply Familia Plus excluded"),
    ]),
    # L3 pantry for the courier
    ("гречка ядрица 2 пачки любой фирмы, рис длиннозерный любой, масло подсолнечное рафинир. не дороже 150р, соль йодированная если нет то обычную", [
        ("гречка ядрица 2 пачки любой фирмы", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats; Magnit «Крупа Гречневая Prosto» accepted as ядрица (outside knowledge: plain гречневая "
           "крупа is ядрица unless it says продел/зелёная); «2 пачки» is a quantity; PROSTO «Рис и греча» mix, buckwheat "
           "flakes, soba noodles, baby and canned buckwheat porridge excluded"),
        ("рис длиннозерный любой", {
            "pyaterochka": ["39747", "5722", "2167599"],
            "magnit": ["448fba0b94", "7936bf2f6b"],
            "dixy": [],
            "perekrestok": [],
        }, "long-grain rice of any brand: titles saying длиннозерный (Мистраль Жасмин, НАЦИОНАЛЬ Лазер) plus basmati "
           "(Мистраль, НАЦИОНАЛЬ) and АГРО-АЛЬЯНС «ЭКСТРА БУРЫЙ» (outside knowledge: basmati and this brown rice are "
           "long-grain); round-grain (Увелка Краснодарский, Мистраль Кубань/для плова, НАЦИОНАЛЬ Адриатика), «для "
           "плова» rices without a grain length (НАЦИОНАЛЬ, Global Village), Девзира, the Акватика wild-rice mix, rice "
           "porridge, rice flour/flakes and ready meals with rice excluded"),
        ("масло подсолнечное рафинир. не дороже 150р", {
            "pyaterochka": [],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "refined sunflower oil priced at most 150 р (БЛАГО, MR.RICCO, СЛОБОДА 1 л at 107.99-109.99); ОЛЕЙНА 2 л "
           "(179.99, over the cap), MR.RICCO blends «с доб олив»/«с доб масла авокадо» and «с экстр Прованские травы», "
           "ALMADOR flavoured oils (not stated refined), corn, grape and olive oils excluded"),
        ("соль йодированная если нет то обычную", {
            "pyaterochka": [],
            "magnit": ["a48e91c3fa"],
            "dixy": [],
            "perekrestok": [],
        }, "no iodised salt anywhere, so plain cooking salt: MAREMAN «Соль морская средняя 1кг» accepted as ordinary "
           "food salt (outside knowledge: food-grade sea salt of medium grind); salted goods («с солью», «с морской "
           "солью»), Kotanyi seasoning «Чеснок-травы-соль» and the descaler АНТИСОЛЬ excluded"),
    ]),
    # L4 laundry day for the grown-up son
    ("порошок persil автомат если нет то ариэль, кондицонер для белья ленор, фейри для посуды или любое другое", [
        ("порошок persil автомат если нет то ариэль", {
            "pyaterochka": ["3951189", "3023899", "2070686", "3149485", "2087255", "3688912"],
            "magnit": ["50ee5ea8b5", "105881", "105891", "168231"],
            "dixy": [],
            "perekrestok": [],
        }, "two alternatives: Persil or Ariel washing powder (any variant: Color, Вернель, Лаванда, Touch of Lenor, масло "
           "ши); powders whose title does not say «автомат» (Persil 1,5/3 кг, «PERSIL СМС ЛАВАНДА 3 кг», Ariel «СМС "
           "... пор. 3кг») accepted -- outside knowledge: these Persil/Ariel powders are sold for automatic machines "
           "and «СМС» 3 кг is a powder; gels, liquids and capsules of both brands (form «порошок» written), Tide "
           "(incl. «Tide Lenor Color»), Losk, Bimax, BioMio, Биолан powders and scouring powders (Comet, Пемолюкс) excluded"),
        ("кондицонер для белья ленор", {
            "pyaterochka": ["3465388", "3669625", "4025712"],
            "magnit": ["205131", "159881", "203041"],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric softener of any scent and size (typo «кондицонер»); Vernel/ВЕРНЕЛЬ and «Е» softeners, "
           "Ariel «TOUCH OF LENOR» powder, Tide Lenor powder and hair conditioners/rinses excluded"),
        ("фейри для посуды или любое другое", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750", "3679975", "3678617",
                            "3669211", "3669212", "3669210", "4057348", "4057350"],
            "magnit": ["159851", "168221"],
            "dixy": [],
            "perekrestok": [],
        }, "any hand dish-washing liquid: Fairy of every variant and, by «или любое другое», AOS, BIASEPT and Sorti; "
           "dishwasher tablets (Finish, Somat) and disposable tableware excluded"),
    ]),
    # L5 dinner groceries for the courier
    ("куриное филе 1 кг охлажденное не замороженное, картошки 3 кг молодой если есть, лук репчатый с кило, морковки штуки 4, чесночок 2 головки китайский не надо", [
        ("куриное филе 1 кг охлажденное не замороженное", {
            "pyaterochka": ["3963723", "2160069"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "chilled raw chicken breast fillet (филе грудки куриное/цыплёнка incl. Пятёрочка «ПЕР.СВ.Филе с груд.охл.» -- "
           "found only on the re-check of all «филе» titles --, Петелинка «Филе цыплёнка малое», the inner fillet); «1 кг» is the quantity of a weighed good; bone-in «Грудка куриная без кожи» (not fillet), "
           "thigh fillet, turkey and duck breast, the cooked «гриль»/«запеченное» fillets, whole birds, drumsticks, "
           "купаты and canned chicken excluded"),
        ("картошки 3 кг молодой если есть", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind (молодой, «Новый урожай», для варки/жарки, красный, мытый); «молодой если есть» "
           "is a preference, not a filter, and «3 кг» a quantity (the 2,5 кг pack stays); potato starch, marzipan "
           "«Картошка», Knorr mixes and herring/salads «к картошке» excluded"),
        ("лук репчатый с кило", {
            "pyaterochka": [],
            "magnit": ["168721", "168731", "168741"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "3368252", "3623836"],
        }, "fresh bulb onions (репчатый white/red, Светофор mix, Ялтинский -- a red bulb onion); «с кило» is a quantity; "
           "shallots, green onion, herb sets, FEDERICI «Луковки» (pickled) and onion-flavoured goods excluded"),
        ("морковки штуки 4", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (мытая); «штуки 4» is a quantity; Korean-style carrot salads, Leor «Морковь пикантная», "
           "sauerkraut with carrot and purees excluded"),
        ("чесночок 2 головки китайский не надо", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic heads (Перекрёсток «Чеснок, 3шт»; its origin is not stated, so the negative wish «китайский не "
           "надо» excludes nothing here); salted garlic ФЭГ, dried granulated garlic and garlic-flavoured goods excluded"),
    ]),
    # L6 sandwich things for dad
    ("сыр российский можно другой фирмы, колбаска докторская любая только не из курицы, масло сливочное 82.5 не спред", [
        ("сыр российский можно другой фирмы", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "cheese of the Российский kind of any brand (Брест-Литовск российский 50%, Зелёная Линия Российский "
           "нарезка 50%); other cheeses (Тысяча озер «утренний», гауда, тильзитер), «сервелат российский», Российский "
           "chocolate and cognac excluded"),
        ("колбаска докторская любая только не из курицы", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "Докторская boiled sausage of any brand, size or slicing; none is titled as made of chicken, so the negative "
           "wish removes nothing; «Сардельки/Сосиски Докторские» (other products) and the energy drink «The Doctor» excluded"),
        ("масло сливочное 82.5 не спред", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled exactly 82,5% (Вкуснотеево, Тысяча озёр, «Традиционное» 175 г and 380 г); 82% (Простоквашино "
           "in Магнит and Дикси, Президент кислосливочное) does not match the written 82.5, 72,5% Брест-Литовск, "
           "chocolate butter 62% and puff pastry «сливочное масло» excluded; no spread was a candidate"),
    ]),
    # L7 for the granddaughter (grandma sends the neighbour)
    ("творожок агуша для внучки, пюре фрутоняня яблоко или груша, печенье детское любое, сок в коробочках детский", [
        ("творожок агуша для внучки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Агуша curd anywhere; Агуша juices, purees, milk, ряженка and «вода+сок», and children's curds of other "
           "brands (Тема, Мама Лама, Howaru, Верховье, Савушкин) excluded because the brand was written"),
        ("пюре фрутоняня яблоко или груша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no single-fruit apple or pear ФрутоНяня puree in the offers; ФрутоНяня «Пюре из ябл/банан/груш с печ.» and "
           "«из яблок/малины со слив.» (mixes with other fruit), its meat/vegetable/fish purees, «Кусочки фр. из ябл.» "
           "(fruit snack, not puree), juices and porridges, and Агуша «Груша»/«Яблоко» purees (another brand) excluded"),
        ("печенье детское любое", {
            "pyaterochka": ["4055479", "4045242", "3927157"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baby/children's biscuits labelled детское/для детского питания (Honey Kid растворимое с 5/6 мес, "
           "«печенье раств. д/пит. дет. с ран. в-та»); ordinary cookies with a child-friendly shape or name (Dinosaurs, "
           "МАЛЫШОК «Праздник сластёны», Юбилейное) and the Агуша puree «Яблоко-Банан-Печенье» excluded"),
        ("сок в коробочках детский", {
            "pyaterochka": ["3637415", "3684253", "3684252", "3684254"],
            "magnit": ["666fe2f86c", "eef4bdbf61", "ca4384782b", "159931", "bc852256db", "8527bad76f"],
            "dixy": [],
            "perekrestok": [],
        }, "children's juice in small cartons of 125-200 ml: Агуша «т/пак» 200 мл, ФрутоНяня 0,2 л, ДОБРЫЙ «с 6 мес.» "
           "0,2 л, Honey Kid 200 мл, Сады Придонья 125 мл (outside knowledge: the 125 ml ТБА cartons are its children's "
           "line, the title does not say детский); 0,95-1,93 л and 1 л packs (not «коробочки»), J7 «для детского "
           "питания» 0,3 л (pack form not stated), ФрутоНяня 500 мл, nectars, сокосодержащие напитки and Агуша "
           "«вода+сок» excluded"),
    ]),
    # L8 tea and coffee for the parents
    ("кофе якобс монарх растворимый если нет то нескафе голд, чай гринфилд в пакетиках или ахмад, сахар рафинад не тростниковый, печенье юбилейное или любое к чаю", [
        ("кофе якобс монарх растворимый если нет то нескафе голд", {
            "pyaterochka": ["3372172", "3488345", "3928171", "3658915", "3971960", "3626895", "3419750", "3659359",
                            "3659496", "3932897", "3419749"],
            "magnit": ["205121", "106231", "109351", "199191", "198971"],
            "dixy": [],
            "perekrestok": [],
        }, "two alternatives: Jacobs Monarch instant (incl. «сублимированный» and Monarch Intense) or Nescafé Gold instant "
           "of any variant (Gold, Gold Crema, Gold Barista / «с молотым», Gold Espresso, Gold Origins Colombia, «NESC.Кофе GOLD BARISTA раст.» -- found on the abbreviation re-check); "
           "Jacobs Monarch beans/ground/Lungo capsules-style packs, Jacobs Gold/Millicano/Crema/Velour, Nescafé "
           "Classic/Crema/Classic Latte excluded"),
        ("чай гринфилд в пакетиках или ахмад", {
            "pyaterochka": ["3489539", "3450276", "3378336", "3470341", "3620106"],
            "magnit": ["217b3d7466", "a37d9d8522", "204561"],
            "dixy": [],
            "perekrestok": [],
        }, "Greenfield or Ahmad tea in bags (any flavour; «в пакетиках» read as applying to both alternatives); loose "
           "tea of both brands (Greenfield Spring Melody 100 г, Earl Grey Fantasy 200 г, Golden Ceylon 200 г, AHMAD "
           "Английский №1 200 г), Greenfield «Напиток чайный Спирит Матэ» (a mate drink, not tea) and other brands excluded"),
        ("сахар рафинад не тростниковый", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "white lump sugar: РУССКИЙ «Сахар белый прессованный 1кг» accepted as рафинад (outside knowledge: прессованный "
           "sugar is the cubed refined sugar); cane sugar «Демерара» excluded by the negative wish"),
        ("печенье юбилейное или любое к чаю", {
            "pyaterochka": ["3973180", "4032483", "3488053", "3438765", "3444932", "3618783", "3632837", "3632838",
                            "3639541", "3656930", "3978460", "3483849", "3973181", "3603068", "3662392", "3636287",
                            "3636288", "3685845", "3358756", "3978913", "3642014", "3486073", "3643999", "3991931",
                            "4087724", "3926561", "3646780", "3958570", "3958571", "3632839", "3685286", "3646010",
                            "3646011", "3650632", "3474314", "3640617", "3983256", "4061294", "4081844", "3639098",
                            "3639099", "3906739", "3905704", "4063526", "4074625", "3974475", "4049048", "4049049",
                            "4060930", "4060937", "3995521", "3392568", "3995522", "3474313", "3640618", "4027701",
                            "4027703", "3607261", "3607262", "3944161", "3917983", "4050870", "3341241", "3974474",
                            "3471173", "3655049"],
            "magnit": ["5aadea8f9c", "5972a8b686", "5c128ea15d", "eebd013a3f", "887d91b1b8", "7bbd996fef", "723991a07f",
                       "bbea927309", "fe5facccea", "221699383a", "199331", "204631", "106061", "106071", "214581"],
            "dixy": [],
            "perekrestok": ["4346896", "4352220", "4425157", "4371424", "4420333"],
        }, "«или любое» drops the brand: every product sold as печенье (Юбилейное, Oreo, Milka, BelVita, oatmeal, "
           "сдобное, затяжное, сахарное, Choco Pie, Хлебный спас, Bombbar ...); baby biscuits (Honey Kid, "
           "«печенье раств. для детей»), chocolate bars and sweets «с печеньем», gift boxes, ice cream, пряники (incl. "
           "Lambertz «Lebkuchen Cookie»), crackers, wafers and the Агуша puree with biscuit excluded"),
    ]),
    # L9 bathroom for the grown-up daughter
    ("паста зубная splat любая, шампунь чистая линия можно любой, гель для душа любой только не мужской, мыло кусковое", [
        ("паста зубная splat любая", {
            "pyaterochka": ["3230372", "3691935", "3480375", "4009101", "3967359", "3967361", "3429353", "3642796",
                            "3366711", "2153182", "3359945", "3482562", "3152415", "3368036", "3605411", "3605412"],
            "magnit": ["0b75d29d19", "32cc6f1bd5"],
            "dixy": [],
            "perekrestok": [],
        }, "«любая» follows the brand, so by the set's convention it drops it: every toothpaste (Splat Special/"
           "Professional/Junior, Colgate, Blend-a-med, Close Up, Aquafresh, Lacalut, President, R.O.C.S., Sensodyne "
           "«Паста Total Care»); read the other way («any Splat») only the 3 Pyaterochka Splat pastes and Magnit SPLAT "
           "JUNIOR would stay; toothbrushes, mouthwashes and food «паста» excluded"),
        ("шампунь чистая линия можно любой", {
            "pyaterochka": ["3632673", "3632672", "3406278", "3659304", "3472122", "3688572", "4004176", "4004174",
                            "3950554", "2102735", "3999803", "3624618", "3624617", "4092264", "3262020", "3679350",
                            "3958227", "2071819", "3352707", "3456559", "3682464", "3307154", "3386405", "3653506",
                            "3689257"],
            "magnit": ["8442fcc99f", "1d4676bb70", "28ba0518bf", "f68f4f964f", "7bc067da91", "5b1250b807", "23eca9864a",
                       "084b343248", "204511", "198881", "160241", "168271", "167951"],
            "dixy": [],
            "perekrestok": ["3065062", "4406843", "2092382", "4045740"],
        }, "«можно любой» drops the brand: every hair shampoo, incl. 2в1/3в1 shampoos (Чистая Линия «Шамп-кондиц-гель "
           "д/душа 3в1», Head&Shoulders 2в1, Timotei 2в1) and men's shampoos; SHAMTU dry shampoo «сух.», "
           "conditioners/balms and shower gels excluded"),
        ("гель для душа любой только не мужской", {
            "pyaterochka": ["3642074", "4054536", "3380358", "4092136", "4092217", "4092188", "3454322", "4024923",
                            "3655723", "3664431"],
            "magnit": ["112331"],
            "dixy": [],
            "perekrestok": ["4256375"],
        }, "any shower gel / гель-крем / крем-гель для душа (incl. «FA Гель FUN ... д/д» and «PALM.Гель РОСК.МАСЕЛ ... д/д», "
           "found on the abbreviation re-check) except men's: COLG-PALMOL «Гель MEN СПОРТ», Palmolive Men 3в1, "
           "Чистая Линия 3в1 «д/мужч» and Fa «охлаждение экстрим» (outside knowledge: a Fa Men Xtreme line) excluded by "
           "the negative wish; gift sets (Old Spice, Palmolive with soap), shaving gels and cleaning gels excluded"),
        ("мыло кусковое", {
            "pyaterochka": ["3441614", "3415591"],
            "magnit": ["bc2f51385f", "204481", "111641", "204501"],
            "dixy": [],
            "perekrestok": [],
        }, "bar soap (Camay, Fax 5x70 г, Safeguard, Dove «Крем-мыло» 135 г); the titles do not say «кусковое», the "
           "gram weights show bars; the Palmolive gift set (gel + soap) excluded"),
    ]),
    # L10 the cat while we are away (neighbour)
    ("корм для кошки шеба пауч если нет то феликс, наполнитель древесный любой фирмы, мешки для мусора 60л или 30л", [
        ("корм для кошки шеба пауч если нет то феликс", {
            "pyaterochka": ["3970315", "3970296", "3970260", "3282824", "3282830", "3282834", "3413294", "3603050",
                            "3603052", "3603051", "3603053"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "two alternatives: Sheba wet food for adult cats (Pleasure «Ломтики в соусе» 85 г and ШЕБА 85 г, any "
           "flavour) or Felix wet food for cats (Sensations, Двойной вкус, лосось и форель); the 85 g Sheba packs are "
           "taken as pouches although the titles say «консервированный»/nothing of the pack (outside knowledge: Sheba "
           "85 g is sold in pouches); Felix «для котят» excluded (kitten food is not «для кошки»), other brands excluded"),
        ("наполнитель древесный любой фирмы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cat litter of any kind in the offers; Пр!ст «Уголь древесный» (charcoal) and fruit fillings "
           "(«наполнитель») of yoghurts and ice cream are traps"),
        ("мешки для мусора 60л или 30л", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "garbage bags of 60 l or 30 l: BIG CITY LIFE «Пакеты д/мусора 60л»; МАГНИТ «Мешки для мусора 35л» (neither "
           "written size), BIG CITY LIFE «Салфетки в рулоне ... 60л», food and breakfast bags excluded"),
    ]),
    # L11 water run (courier)
    ("есентуки 4 если нет то боржоми, вода без газа 5л любая, лимоны 2 шт покрупнее", [
        ("есентуки 4 если нет то боржоми", {
            "pyaterochka": ["3977405", "3977407", "3943982"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3977405", "81514", "3943982"],
        }, "two alternatives (typo «есентуки»): Ессентуки №4 of any size (0,45 л glass, 1 л PET) or Боржоми (0,5 л, "
           "1,25 л); Ессентуки №17 and «Заповедник здоровья Вода №17» (another number) and other mineral waters excluded"),
        ("вода без газа 5л любая", {
            "pyaterochka": ["3635131", "3608729"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles of any brand: Малаховская №1 негазированная, Легенда Гор «Архыз, "
           "минеральная, 5 л» (gas not stated; outside knowledge: Архыз 5 l is still table water), Honey kid "
           "Черноголовская and АКВАЛАЙН «Для ляль» children's water 5 л (plain still water, «любая»); other sizes and "
           "sparkling water excluded"),
        ("лимоны 2 шт покрупнее", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons in any store; Магнит «Лайм, 1 кг» (another fruit), lemon-flavoured drinks, sweets, cleaners "
           "and juices excluded"),
    ]),
    # L12 pelmeni night (neighbour)
    ("пельмени цезарь или любые из говядины, сметана 20% можно другой фирмы, майонез провансаль только не махеев", [
        ("пельмени цезарь или любые из говядины", {
            "pyaterochka": ["3666703", "3672557", "2024541", "3613651", "3985043"],
            "magnit": ["0f6321338f", "198951", "109411", "160301"],
            "dixy": [],
            "perekrestok": [],
        }, "two alternatives: Цезарь pelmeni of any kind (Классика, Домашние, «с мясом бычков») or pelmeni of any brand "
           "made of beef (Ложкаревъ «из отборной говядины», Мираторг «из мраморной говядины», Eat Meat «Фермерские с "
           "говядиной», Сибирская коллекция «Телячьи» -- veal taken as beef); pork-beef and mixed-meat pelmeni "
           "(Мираторг Домашние/Сливочные, Сибирская коллекция Фирменные/Сочные/Особые/Новосибирские/4 вида мяса), "
           "Стародворье «отборные», Бульмени and Ложкаревъ «с томленым маслом» (meat not stated) excluded"),
        ("сметана 20% можно другой фирмы", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream exactly 20% of any brand (incl. lactose-free Parmalat Comfort); 15/25/30% and sour-cream "
           "flavoured snacks excluded"),
        ("майонез провансаль только не махеев", {
            "pyaterochka": ["3355228", "3355242", "3695167", "3982578", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954", "4297313",
                            "4105769"],
        }, "mayonnaise sold as Провансаль of any brand but Махеевъ (Ряба, Скит, Слобода, «Московский Провансаль» / Я "
           "люблю готовить, incl. their «оливковый» provansals); Пятёрочка «Майонез Слобода, 67%, 800 мл» accepted "
           "because it is the same product id as Перекрёсток's «Слобода Провансаль 67%, 800мл»; Махеевъ «Провансаль с "
           "лимонным соком» excluded by the negative wish; mayonnaises not called провансаль (Heinz классический, Mr. "
           "Ricco, Слобода «Оливковый», Я люблю готовить «домашний 55%»/«на перепелиных яйцах» in Перекрёсток) and "
           "sauces excluded"),
    ]),
    # L13 salad vegetables (grown-up son)
    ("помидоры только не черри, огурцы короткие, перец болгарский красный если нет то желтый, укроп пучок или петрушка", [
        ("помидоры только не черри", {
            "pyaterochka": [],
            "magnit": ["107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843"],
        }, "fresh tomatoes except cherry: коктейльные, на ветке, розовые, сливовидные (Flamenco), Бакинские, Дагестан "
           "розовый, plain «Томаты»; every cherry tomato (Дольче Вита, сливовидные черри, Медовые черри, черри на ветке) "
           "excluded by the negative wish; salted tomatoes, the cherry-and-gherkin jar and tomato products excluded"),
        ("огурцы короткие", {
            "pyaterochka": [],
            "magnit": ["200221"],
            "dixy": [],
            "perekrestok": ["3368258"],
        }, "fresh short cucumbers: «Огурцы короткоплодные» and fresh «Огурцы корнишоны» 300 г (gherkins are short by "
           "definition); среднеплодные, and packs whose length is not stated (Перекрёсток «Огурцы Ботаника», «Огурцы "
           "Хрустящие»), salted/pickled cucumbers and пикули excluded"),
        ("перец болгарский красный если нет то желтый", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["6177", "6178"],
        }, "fresh sweet (bell) pepper, red or -- as the written fallback -- yellow; Рамиро (a pointed pepper, colour not "
           "stated), «Перец в ассортименте» (colours not stated), canned/grilled peppers, ajvar and ground pepper excluded"),
        ("укроп пучок или петрушка", {
            "pyaterochka": [],
            "magnit": ["109841", "200411"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill or parsley (100 г packs count as a bunch); herb mixes with onion (Перекрёсток «Ассорти свежие "
           "петрушка-укроп-лук», «Набор зелени Лук, Укроп и Петрушка») are a different product and excluded, as are "
           "dried dill and dill-flavoured goods"),
    ]),
    # L14 hot dogs for the kids (grown-up daughter shops)
    ("сосиски молочные вязанка если нет любые молочные, горчица русская но не острая, кетчуп любой только не острый, булочки для хот догов если нет то для бургеров", [
        ("сосиски молочные вязанка если нет любые молочные", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "no Вязанка sausages, so «Молочные» sausages of any brand (Велком, Магнит «Сосиски Молочные» 0,33/0,65 кг); "
           "Сливочные, «Детям», Венские, Баварские, Докторские, Филейные, с сыром, poultry sausages and Вязанка "
           "«Молокуша» (a boiled колбаса) excluded"),
        ("горчица русская но не острая", {
            "pyaterochka": ["3435016"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "МАХЕЕВЪ «Горчица РУССКАЯ столовая» -- the negative wish excludes titles that say острая and this one does not "
           "(outside knowledge: Russian mustard is usually fairly hot, but no milder Russian mustard is offered); "
           "Global Village «Горчица Французская» (another kind), mustard-flavoured snacks and pretzels excluded"),
        ("кетчуп любой только не острый", {
            "pyaterochka": ["4066625", "4066624", "3631091", "3383950", "3625404", "3610602", "4044938", "3673189",
                            "3673190", "4086400"],
            "magnit": ["213621", "203141", "aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "every ketchup except hot ones: Махеевъ «Чили» (Магнит and Пятёрочка) excluded by the negative wish; "
           "шашлычный, «с горчицей», «чесн.» and Астория «Томатный пряный» (spiced, not said to be hot) kept; Cheetos "
           "«кетчуп/сыр» excluded"),
        ("булочки для хот догов если нет то для бургеров", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no hot-dog or burger buns in any store; burger sauces (Астория, Mr.Ricco), sweet buns (Чиполлино, Плюшка, "
           "Крымское) and Хотстеры (sausages in dough) excluded"),
    ]),
    # L15 healthy breakfast for mum
    ("йогурт греческий без добавок любой фирмы, мюсли без сахара можно с орехами, мед цветочный только не липовый, грецкие орехи очищенные если нет то миндаль", [
        ("йогурт греческий без добавок любой фирмы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain Greek yoghurt of any brand (Neo «классический без сахара», Teos and Простоквашино «Греческий» 2% -- "
           "taken as plain, no flavour is named --, Зелёная Линия «натуральный» 4%); Viola «Малина-Мята» and Пятёрочка "
           "«Греческий» with cherry/bilberry filling excluded; Bio-Max «Классический» is not Greek"),
        ("мюсли без сахара можно с орехами", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no muesli titled без сахара: AXA «медовые», ОГО «запечённые», Kellogg's «Гран-мюсли с мол. шок.» and Matti "
           "muesli (sugar not stated either way) excluded because the written «без сахара» cannot be confirmed; "
           "yoghurts with muesli, muesli cookies and flakes excluded"),
        ("мед цветочный только не липовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain honey in the offers; Пятёрочка «Крем-мёд натуральный цветочный с наполнителями» (с малиной, с "
           "лимоном и имбирём) is flavoured cream honey, not what was asked, and honey-flavoured goods excluded"),
        ("грецкие орехи очищенные если нет то миндаль", {
            "pyaterochka": ["3915361", "3982582"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "shelled walnuts (BOTANICA «Ядро ореха грецкого», Mix Bar «Грецкий орех» 100 г -- taken as kernels, outside "
           "knowledge: Mix Bar sells shelled nuts) or almonds (none offered plain); Магнит «Орех грецкий, неочищенный» "
           "(in shell), hazelnuts, macadamia, nut mixes, walnut jam and chocolate with nuts excluded"),
    ]),
    # L16 pasta bolognese (courier)
    ("фарш говяжий если нет то свино-говяжий, макароны барилла можно другой фирмы, томатная паста если нет то соус томатный, пармезан или любой твердый сыр", [
        ("фарш говяжий если нет то свино-говяжий", {
            "pyaterochka": ["3398465", "4065830", "3447375", "3673806"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "two alternatives: beef mince (Рестория, Останкино, Мираторг) or pork-beef mince (Мираторг «свино-говяжий "
           "домашний»); mince whose meat is not stated (САМСОН «Домашний», Ближние горки «Деревенский»), pork mince "
           "(Магнит), chicken/turkey mince (Петелинка, Пава Пава) and stuffed olives excluded"),
        ("макароны барилла можно другой фирмы", {
            "pyaterochka": ["4037645", "4037644", "4037652", "4037654", "4037666", "18497", "18460", "18453", "18463",
                            "4075778", "4075782", "4008044", "4072891", "4072894", "4077766", "4077767", "4077771",
                            "4008046", "4008047", "4008045", "94424", "3438663", "3438670", "3438666"],
            "magnit": ["214631", "167851", "199251"],
            "dixy": [],
            "perekrestok": [],
        }, "«можно другой фирмы» drops the brand: any dry pasta (Barilla, Federici, Gusto Di Roma, Макфа, Baisad, LA MOLISANA "
           "«Изд. макар.» -- found on the abbreviation re-check -- and "
           "unbranded спагетти/рожки/ракушки/фарфалле/фузилли/вермишель/звёздочки); instant noodles, udon, soba, "
           "фунчоза, лагман-лапша, the Увелка pasta kit, Barilla pesto, ready dishes and Macaronika macarons excluded"),
        ("томатная паста если нет то соус томатный", {
            "pyaterochka": ["3696785", "84652", "3486033", "31623", "3494993"],
            "magnit": ["8349b030ba"],
            "dixy": [],
            "perekrestok": [],
        }, "two alternatives: tomato paste (Махеевъ «Паста ДОМАШНЯЯ томат.», Помидорка, Heinz) or tomato sauce (MR.RICCO "
           "«Соус томатный Болоньезе», «Стебель бамбука» «Соус томатный по-грузински»); ketchups, tomato juice, "
           "marinated/salted tomatoes and fish or beans «в томатном соусе» excluded"),
        ("пармезан или любой твердый сыр", {
            "pyaterochka": ["3650219", "3462825", "24647", "3433812", "4011107"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3963977", "3206443", "3433812", "3912980", "4011107"],
        }, "parmesan of any form (piece, тёртый, хлопья, Castello «Reggianido пармез.», Зелёная Линия «Пармезан "
           "молодой» although titled полутвёрдый) or a cheese titled твёрдый (Palermo); cheeses the titles call "
           "полутвёрдый (Российский, Гауда, Маасдам, Чеддер, Белебеевский, Грюнландер, «Моцарелла Пицца») excluded "
           "because the user wrote твёрдый, as were parmesan-flavoured chips"),
    ]),
    # L17 baby things (grandma shops for the young parents)
    ("влажн. салфетки детские, подгузники памперс 4 или хаггис 4, пюре мясное детское с 6 мес", [
        ("влажн. салфетки детские", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697052"],
        }, "children's wet wipes (Kokoro «для новорожденных»); antibacterial/antiseptic/cosmetic wipes (SALFETI, Home "
           "Story, Пр!ст), Tolli Plus universal wipes, panty liners and paper napkins excluded"),
        ("подгузники памперс 4 или хаггис 4", {
            "pyaterochka": ["3983632", "3680541", "3447848"],
            "magnit": ["160221"],
            "dixy": [],
            "perekrestok": [],
        }, "two alternatives: Pampers or Huggies diapers of size 4, taped or pants (подгузники-трусики are sold as "
           "подгузники): Huggies Ultra Comfort 4, Huggies трусики р4, Pampers Premium Care pants р4 and Pampers "
           "«Трусики-подгузники Maxi» (outside knowledge: Maxi = size 4); sizes 2/3/5/6/Junior/Extra Large and "
           "Kokoro (another brand) excluded"),
        ("пюре мясное детское с 6 мес", {
            "pyaterochka": ["3353100", "3353099", "3353095", "3422803"],
            "magnit": ["203151"],
            "dixy": [],
            "perekrestok": [],
        }, "single-meat (or two-meat) baby purees suitable from 6 months: ФрутоНяня говядина/индейка/цыплёнок «с 6-ти "
           "месяцев», Агуша «цыпленок-говядина» 80 г and Магнит «Фрутоняня, мясное, цыпленок» 80 г (age not in the "
           "title; outside knowledge: these 80 g meat purees are from 6 months); meat-with-vegetables/rice purees "
           "(«из говядины с овощами», «индейки с овощ.», «кролик с рисом», «гов. с греч/мор. 8+»), fish purees and "
           "fruit/vegetable purees excluded"),
    ]),
    # L18 Russian supper (neighbour)
    ("селедочка в масле если нет то филе селедки, хлеб ржаной любой, капуста квашеная не маринованная, маслице подсолнечное нерафинированное", [
        ("селедочка в масле если нет то филе селедки", {
            "pyaterochka": ["3637884", "4043492", "3401016", "3401018", "3497722", "3603143", "3603144", "3682728",
                            "3626055", "3693862"],
            "magnit": ["29793287b9", "8f5e5b9485", "44f4c820e1", "ee295ae8a7", "3068665d37", "112371"],
            "dixy": [],
            "perekrestok": ["3504605", "4056953", "3621742", "3497722", "3637884", "79542", "79544", "4255361",
                            "4402738", "4402737", "4360965", "4364450", "4034451", "4367699", "4367712", "4147685",
                            "4364448", "4225103"],
        }, "two alternatives: herring in oil, or herring fillet in any dressing (filet/филе-кусочки/ф/к in oil, "
           "brine, wine or spicy dressing, Матиас, Русское Море incl. «Р.МОРЕ Сел.АППЕТИТ. ф/к ... мас.» found on the abbreviation "
           "re-check, Меридиан, Vici, РАПТИКА); Тесей «Сельдь Царская, с "
           "укропом» 400 г accepted as fillet pieces in oil like its «в масле» twin (outside knowledge); whole salted "
           "herring (Русское Море «атлантическая» 400 г, Fish House 1000 г, Магнит «Сельдь тихоокеанская» 245 г), "
           "«Сельдь под шубой» salads, herring roe and celery (сельдерей) excluded"),
        ("хлеб ржаной любой", {
            "pyaterochka": ["3480920", "3500217", "3372334"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye / rye-wheat bread loaves (Даниловский «Ржано-пшеничный», Коломенское «Даниловский», Хлебный дом «Марьин "
           "заварной» -- the last two rye-wheat by outside knowledge); the Ржаной Край loaves (brand name, kind not "
           "stated, as in sets d and g), rye crispbread, rye croutons/сухарики and rye flour excluded"),
        ("капуста квашеная не маринованная", {
            "pyaterochka": [],
            "magnit": ["200101"],
            "dixy": [],
            "perekrestok": ["4400341", "4400340", "4325076", "4325075", "4325074", "4325073", "4336623", "4336625",
                            "4336624"],
        }, "sauerkraut of any style (кислая, кисло-сладкая, шинкованная, with carrot, cranberry or horseradish); no "
           "marinated cabbage was a candidate; fresh white, Chinese and cauliflower cabbage excluded"),
        ("маслице подсолнечное нерафинированное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sunflower oil titled нерафинированное; refined oils (БЛАГО, MR.RICCO, СЛОБОДА, ОЛЕЙНА) and ALMADOR "
           "flavoured sunflower oils (refining not stated, flavoured) excluded; MONINI «олив. нераф.» is olive oil"),
    ]),
    # L19 cleaning day (grown-up son)
    (L19_TEXT, [
        ("губки для посуды 5 шт или 10", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sponges (губки/мочалки/скребки) of any kind in the offers"),
        ("перчатки хозяйственные м или l", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household gloves of any size in the offers"),
        ("средство для уборки универсальное любое", {
            "pyaterochka": ["3956845", "3956844", "4068001", "4067999", "3652584", "3957479"],
            "magnit": ["160001", "205981"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACEMENT of the blind item «средство для мытья полов любое» (no floor cleaner anywhere; the whole list "
           "was empty): any universal household cleaner -- Domestos «универсальное» (ультра белый, лимонная свежесть, "
           "свежесть Атлантики/леса/моря), Sanfor «универсальное», Cif «Универсальный» spray; Domestos toilet cleaners "
           "and blocks, Bref toilet cleaners, scouring powders, dish liquids and laundry products excluded"),
        ("белизна или любой хлорный отбеливатель", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Белизна and no product sold as a chlorine bleach; Vanish Oxi «отбеливатель» (oxygen bleach, not chlorine), "
           "Domestos cleaners (chlorine-based but sold as cleaners, not bleach) and «белизна» toothpastes excluded"),
    ]),
    # L20 coffee corner (neighbour)
    ("кофе в зернах lavazza или illy, сливки 10% если нет то 20%, шоколад горький 70% любой фирмы но не дороже 150 р", [
        ("кофе в зернах lavazza или illy", {
            "pyaterochka": ["45169"],
            "magnit": ["105001"],
            "dixy": [],
            "perekrestok": [],
        }, "coffee beans of Lavazza (Qualità Oro «зер.»/«зерно») or illy (none offered); LAVAZZA «мол.» (ground) and "
           "beans of other brands (Jacobs Monarch, Egoiste, Venetto, Piazza del Caffe) excluded"),
        ("сливки 10% если нет то 20%", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f", "c02145f904", "535b7bd00d"],
            "dixy": [],
            "perekrestok": ["4178852", "4178851"],
        }, "two alternatives: drinking cream exactly 10% (Домик в деревне, Молочный знак, Сарафаново «дет.» 10%) or "
           "exactly 20% (Домик в деревне 200/480 г, Молочный знак); Parmalat Comfort 11%, 33% cream, dry creamer "
           "substitutes, plant «Сопьо Крима» and cream liqueur excluded"),
        ("шоколад горький 70% любой фирмы но не дороже 150 р", {
            "pyaterochka": [],
            "magnit": ["11ee50093d"],
            "dixy": [],
            "perekrestok": [],
        }, "dark (горький) chocolate bar labelled 70% at most 150 р: ALPEN GOLD Bitter 70% 80 г (74.99); MERCI 72%, "
           "Золотая марка «Дуэт в горьком, 70 %» (a two-chocolate bar), Пятёрочка «Шоколад горький Alpen Gold, 80г» "
           "(percentage not stated), Коммунарка «горький с апельсином» (flavoured, % not stated) and тёмный/Dark bars "
           "without 70% excluded"),
    ]),
    # L21 Friday evening (grown-up daughter)
    ("вино красное сухое любое не дороже 600р, камамбер можно бри, виноград без косточек зеленый, багетик французский", [
        ("вино красное сухое любое не дороже 600р", {
            "pyaterochka": [],
            "magnit": ["5d8a8a24cf", "199091", "167471", "205611", "104811", "202001", "202011", "202281", "e8053f6404",
                       "168041", "111851", "7ad3172a4a", "213501", "213381", "229b7b954e"],
            "dixy": [],
            "perekrestok": [],
        }, "still red dry wine of any origin priced at most 600 р (249.99-599.99, incl. Вранац 1 л and ALTOZANO «кр сух» "
           "at 599.99); red dry wines over 600 р (ARMENTIA Резерва 699.99, CASTILLO SANTA BARBARA Робле 749.99 / Вьехо "
           "899.99), semi-dry (п/сух, Crianza FINCA TORRE TALLADA) and semi-sweet reds, white/rosé/sparkling wines, "
           "alcohol-free wines, port and mulled-wine kits excluded"),
        ("камамбер можно бри", {
            "pyaterochka": ["3918445", "3693219"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4108547", "4108551", "4325429", "3918445", "3640879", "4108549", "4392389", "4325430",
                            "3693219", "3621896", "3640880"],
        }, "two alternatives: camembert (President, Ришелье, Маркет, White Cheese From Zhukovka incl. «с чёрным "
           "трюфелем») or brie (President Бри and Petit Brie, Ришелье, Маркет incl. «Двойные сливки», Zhukovka); the "
           "processed cheese «CRÈME DE BRIE» excluded"),
        ("виноград без косточек зеленый", {
            "pyaterochka": ["4327381"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48657", "4327381"],
        }, "green/white seedless grapes: «Виноград белый без косточек» and Шайн Мускат «нефритовый» (outside knowledge: a "
           "green seedless variety); Киш-миш чёрный and Магнит «Виноград черный» (black), Киш-миш without colour, Тайфи "
           "(pink, with seeds), grape juices and drinks excluded"),
        ("багетик французский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no baguette in any store; Хрусteam «Багет» croutons, French mustard and «мясо по-французски» mix are traps"),
    ]),
    # L22 barbecue at the dacha (son shops)
    ("свиная шейка полтора кг, маринад для шашлыка любой, уголь березовый для мангала, лаваш тонкий армянский не дороже 80р", [
        ("свиная шейка полтора кг", {
            "pyaterochka": ["3957120", "3619731", "3666472"],
            "magnit": ["199511", "107331", "199561"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork neck of any pack (boneless or on the bone, ЧЕРКИЗОВО «Шейка п/ф», Рестория, Слово Мясника) incl. "
           "Магнит «Стейк из шеи свинины, в маринаде» (raw neck in marinade, as raw parts in marinade count in "
           "real_basket_eval); «полтора кг» is the quantity of a weighed good; smoked РЕМИТ «Шейка к/в», Панчетта, "
           "other cuts (корейка, лопатка, окорок) and «Стейк из свинины в маринаде Алабама» (cut not stated) excluded"),
        ("маринад для шашлыка любой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no marinade sold as such; meat, poultry and seafood «в маринаде», шашлычный ketchup/sauce excluded"),
        ("уголь березовый для мангала", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no charcoal titled березовый: Пр!ст «Уголь древесный 2.5кг» does not say the wood, and the written variety "
           "is required, so it is excluded (a looser reader might accept it)"),
        ("лаваш тонкий армянский не дороже 80р", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no lavash of any kind in the offers"),
    ]),
    # L23 for grandpa's diet (courier)
    ("овсянка геркулес не быстрого приготовления, молоко безлактозное любое, изюмчик без косточек светлый, кефир 2.5 если нет то 3.2", [
        ("овсянка геркулес не быстрого приготовления", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oat flakes of the Геркулес type: Клинские «Геркулес» 500 г and УВЕЛКА «Хлопья зерн. овсян. трад.» "
           "(outside knowledge: «традиционные» flakes are the Геркулес kind that need cooking); «Каша овсяная, не "
           "требующая варки» (quick oats, excluded by the negative wish), flavoured porridges, baby porridge, oat "
           "bran, VELLE oat products and oat cookies excluded"),
        ("молоко безлактозное любое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["9dfc83490b", "ccdc291604", "9512a8a8b9", "135852823b", "b267022f66", "4308790"],
        }, "lactose-free drinking cow milk of any brand and fat (Parmalat 0.05/1.8/3.5%, Простоквашино and Сарафаново "
           "1.5%, Братья Чебурашкины 3.6-4.6%); lactose-free sour cream, cream, yoghurt and mozzarella and plant drinks "
           "excluded"),
        ("изюмчик без косточек светлый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no raisins sold on their own; nut-and-raisin mixes, biscuits, buns, chocolate and сырники «с изюмом» excluded"),
        ("кефир 2.5 если нет то 3.2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir of any fat in any store (as for fye02); 2.5/3.2% milk and ряженка are not kefir"),
    ]),
    # L24 household bits for grandma (neighbour)
    (L24_TEXT, [
        ("батарейки аа дюрасел или энерджайзер", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no batteries of any brand in the offers"),
        ("лампочка светодиодная е27", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no light bulbs in the offers"),
        ("спички 2 коробка любые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no matches in the offers"),
        ("освежитель воздуха любой", {
            "pyaterochka": ["3974933", "3974927", "3654065", "3440052"],
            "magnit": ["204531"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACEMENT of the blind item «свечи хозяйственные» (no candles anywhere; the whole list was empty): any "
           "ready-to-use air-freshener spray (Air Wick 290 мл, Glade 300 мл, Symphony 300 мл); refill cans for "
           "automatic dispensers (Airwick «Сменный баллон», GLADE «AUTOM. см.бал.», «см.б аэр», МАГНИТ «см/бал Микс», "
           "and GLADE «СВЕЖ.УТРА аэроз. 269мл» -- outside knowledge: 269 ml is the refill size) excluded"),
    ]),
    # L25 tea with grandma (grown-up daughter)
    ("сок апельсиновый рич если нет то добрый, мандарины абхазские если нет любые, зефир бело-розовый если нет то ванильный, чай каркаде", [
        ("сок апельсиновый рич если нет то добрый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no orange juice of Rich or Добрый: ДОБРЫЙ «Нектар апельсиновый» 0,3 л and Rich «апельсин-манго» are nectars "
           "(nectars are not «сок», as in real_basket_eval), Добрый mixed-citrus nectars likewise; orange juices of "
           "other brands (J7, SWELL) excluded because the brands were written"),
        ("мандарины абхазские если нет любые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "no Abkhazian mandarins, so fresh mandarins of any origin (plain, Марокко, «с листом Китай»); mandarin "
           "juices, nectars and sweets excluded"),
        ("зефир бело-розовый если нет то ванильный", {
            "pyaterochka": ["3406629", "3936545", "4086822"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no white-and-pink zefir, so vanilla zefir (Шарлиз «глазированный ваниль», «в шоколадной глазури с ароматом "
           "ванили» 1 кг, белевский «с ароматом ванили гл.»); fruit/berry zefir (клубника, антоновка, черносмородиновый, "
           "абрикос-манго, ягодное парфе), «Зефирное детство» and LOVE IS «воздушный зефир» (flavour not stated), "
           "marshmallow sweets and drinks excluded"),
        ("чай каркаде", {
            "pyaterochka": ["3981153"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hibiscus tea: «Ароматизированный чайный напиток из гибискуса ... роял распберри в пакетиках» (каркаде is "
           "hibiscus, here flavoured with raspberry); Fuze Tea «лесные ягоды-гибискус» (bottled black-tea drink) and "
           "Vernel «гибискус» excluded"),
    ]),
]


def check_blind():
    """Every list text equals its line in the blind draft, except the documented REPLACEMENTS."""
    with open(BLIND, encoding="utf-8") as fh:
        blind = [line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")]
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(LISTS)))
    for n, ((text, _), draft) in enumerate(zip(LISTS, blind), 1):
        if n in REPLACEMENTS:
            old, new = REPLACEMENTS[n]
            if draft.count(old) != 1 or draft.replace(old, new) != text:
                errors.append("fye%02d: text is not the blind draft with %r -> %r" % (n, old, new))
        elif text != draft:
            errors.append("fye%02d: text differs from the blind draft" % n)
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fye"))
