#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tc.jsonl -- 25 shopping lists of a household re-ordering from an old receipt, an
e-receipt in a banking app or a previous delivery order (theme fresh_receipt_reorder): receipt-style capitalised lines
with abbreviations, sizes, counts and prices («ЯЙЦО КУР. С1 10ШТ», «СМЕТАНА 20% 300Г 124.99», «x2», «1 шт») mixed
with items typed by hand, hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tc.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tc.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item each of two lists that were empty in all four stores).  labelled_lists.build then checks the
data -- every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every
item has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines)
-- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftc01, ftc02, ... in LISTS order;
every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tc.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tc.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (13, "сухой корм феликс для кошек", "сухой корм для кошек пачку"),
    (25, "кетчупа хайнц шашлычного бутылку", "кетчупа шашлычного"),
]

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def acc(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


BANANAS = acc(perekrestok=["3757", "3639749", "4208494", "4112219"])
BANANAS_NOTE = ("fresh bananas: loose, «фасованные», Зелёная Линия organic and «мини» (baby dessert bananas); the "
                "amount is a quantity; dried bananas, banana drinks/smoothies/purees/yoghurts and banana-flavoured goods "
                "excluded; only Перекрёсток carries fresh bananas")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 a dairy run copied from an e-receipt
    ("МОЛОКО ДОМИК В ДЕРЕВНЕ 2.5% 1400Г x2\nКЕФИР 1% 900Г 1 шт\nТВОРОГ 9% 200Г ПРОСТОКВАШИНО\nбатон нарезной 1 шт посвежее", [
        ("МОЛОКО ДОМИК В ДЕРЕВНЕ 2.5% 1400Г x2", NONE,
         "brand Домик в деревне, 2.5 % and the 1400 g (1.4 l) pack are required; «x2» is a count. The only 1.4 l Домик в "
         "деревне milks are 3.7 % (Пятёрочка 3467788, Перекрёсток 87bf941f11) and the only 2.5 % one is 950 ml "
         "(Перекрёсток cb2f1055d7), so nothing matches; other brands' 2.5 % milks excluded (brand written)"),
        ("КЕФИР 1% 900Г 1 шт", NONE,
         "no kefir of any kind in the recorded offers (stems кефир/кефирн grepped in all chains)"),
        ("ТВОРОГ 9% 200Г ПРОСТОКВАШИНО", NONE,
         "brand Простоквашино, 9 % and 200 g required; Простоквашино sells no творог in these offers (only milk, sour "
         "cream, butter, yoghurt); other 9 % curds (Молочный знак 180 g, Вкуснотеево 300 g, 800 g) are other brands"),
        ("батон нарезной 1 шт посвежее", acc(pyaterochka=["3985404"], perekrestok=["3974714"]),
         "white loaf «батон нарезной»: Перекрёсток «Батон Нарезной нарезка Маркет» 400 g, Пятёрочка Хлебный Дом «Батон "
         "\"Звездный\"нар» 350 g (taken as «нарезной» - outside knowledge: Звёздный is sold as «батон нарезной»); «1 шт» a "
         "count, «посвежее» a wish; chocolate/protein «батончики», croutons «Багет», rye breads excluded"),
    ]),
    # L02 breakfast, half copied from a delivery order
    ("ЯЙЦО КУР. С1 10ШТ, сыра российского граммов 300, КОЛБ. ДОКТОРСКАЯ ВАР. 400Г, хлебушек белый самый дешевый", [
        ("ЯЙЦО КУР. С1 10ШТ", acc(pyaterochka=["3446505"], perekrestok=["3062836", "3662512", "3446505", "4068694"]),
         "hen eggs of class С1 in packs of 10: Окское, Маркет, Село Зелёное Деревенское, Зелёная Линия «активита с селеном и "
         "йодом» (enriched, still С1 ×10); С1 packs of 20 (Лето), СО/отборные/Экстра packs, 6-egg packs, quail eggs, "
         "Kinder eggs and egg pasta excluded"),
        ("сыра российского граммов 300", acc(pyaterochka=["4046889"], perekrestok=["3668842"]),
         "Российский cheese: Брест-Литовск «российский» 50 % 200 g, Зелёная Линия «Российский нарезка» 50 % 150 g; «граммов "
         "300» is the amount of a cheese usually cut by weight, not a pack size; other semi-hard cheeses and «Сервелат "
         "российский», cognac «Российский» excluded"),
        ("КОЛБ. ДОКТОРСКАЯ ВАР. 400Г", acc(perekrestok=["4380012", "4410079", "4221913", "4352000", "4432115"]),
         "boiled Докторская sausage in 400 g packs (Ближние Горки ×2, Клинский, Маркет, Окраина - the Окраина title does not "
         "say «варёная»; Докторская is a boiled sausage, outside knowledge); the 400 g written on the receipt names the pack, "
         "so 190/370/450/500 g, sliced 150 g and by-weight Докторская excluded, as are Докторские sausages/сардельки; "
         "Пятёрочка sells Докторская only in 100/450/500 g"),
        ("хлебушек белый самый дешевый", acc(pyaterochka=["3985404"], perekrestok=["3974714"]),
         "white wheat bread: the only white loaves are batons (Перекрёсток «Батон Нарезной» 400 g, Пятёрочка «Батон "
         "\"Звездный\"» 350 g), accepted as «белый хлеб»; «самый дешевый» is a wish; rye and rye-wheat breads "
         "(Даниловский, Марьин заварной, Ржаной Край), grain bread, tortillas and хлебцы excluded"),
    ]),
    # L03 fruit from a delivery order
    ("бананов кило два\nЯБЛОКИ ГОЛДЕН ВЕС\nмандаринок детишкам\nГРУШИ КОНФЕРЕНС ВЕС", [
        ("бананов кило два", BANANAS, BANANAS_NOTE),
        ("ЯБЛОКИ ГОЛДЕН ВЕС", NONE,
         "the variety Golden (Delicious) is required; no chain lists it - Гренни Смит, «красные», Гала, Медовый хруст, "
         "Ред Делишес and unnamed «сезонные» apples are other varieties; apple juices, purees and chips excluded"),
        ("мандаринок детишкам", acc(perekrestok=["1537", "3034500", "3254317"]),
         "fresh mandarins (plain, Марокко, «с листом» Китай); «детишкам» is a purpose; mandarin sodas, nectars, yoghurts "
         "and sweets excluded"),
        ("ГРУШИ КОНФЕРЕНС ВЕС", acc(magnit=["200051"], perekrestok=["6223"]),
         "fresh pears of the Conference variety (Магнит «Конференция» 1 kg, Перекрёсток «Конференс»); «ВЕС» marks goods sold "
         "by weight, not a filter; Урожай and Форелл pears, pear nectars/purees/sodas excluded"),
    ]),
    # L04 tea things copied from an old paper receipt
    ("ЧАЙ ГРИНФИЛД ГОЛДЕН ЦЕЙЛОН 100ПАК, САХАР-ПЕСОК 1КГ ФАС., печенюшки юбилейные к чаю, ЗЕФИР БЕЛО-РОЗ. 250Г", [
        ("ЧАЙ ГРИНФИЛД ГОЛДЕН ЦЕЙЛОН 100ПАК", NONE,
         "Greenfield Golden Ceylon in 100 bags required; the only Golden Ceylon is loose-leaf 200 g (Пятёрочка 3378319, "
         "excluded: not bags); Greenfield Kenyan Sunrise 100 bags and Spring Melody are other teas"),
        ("САХАР-ПЕСОК 1КГ ФАС.", NONE,
         "granulated white sugar in 1 kg packs: none on sale; Магнит «Сахар белый прессованный 1кг» is lump sugar, "
         "Пятёрочка «Демерара» 500 g is cane sugar, sweets «с сахаром» are other products"),
        ("печенюшки юбилейные к чаю", acc(
            pyaterochka=["4027701", "4027703", "3655049", "3618783", "3958571", "3958570", "3603068", "3471173", "3662392"],
            magnit=["723991a07f", "199331"],
            perekrestok=["4352220", "4371424", "4425157"]),
         "every Юбилейное cookie (brand + product word: all variants - traditional, glazed, milk, овсяное, постное, "
         "wholegrain, berry, chocolate, nut); Юбилейное mini-cakes (Магнит «Мини-кексы»), Останкино «Юбилейная» sausage and "
         "J.Meinl «Юбилейный» coffee excluded; «к чаю» is a purpose"),
        ("ЗЕФИР БЕЛО-РОЗ. 250Г", NONE,
         "white-and-pink zephyr 250 g required; no title says бело-розовый: Белевский Антоновский/ванильный/черносмородиновый/"
         "«Зефирное детство», Сладкие истории «с клубникой», glazed and Шарлиз zephyrs, LOVE IS marshmallow excluded"),
    ]),
    # L05 coffee from an e-receipt
    ("КОФЕ ЯКОБС МОНАРХ РАСТВ. 95Г СТ/Б, сливочек 10% в кофеек, шоколадка милка с фундуком", [
        ("КОФЕ ЯКОБС МОНАРХ РАСТВ. 95Г СТ/Б", acc(magnit=["106231"]),
         "Jacobs Monarch instant 95 g in a glass jar: Магнит «Jacobs Monarch, сублимированный, 95 г» (the title does not name "
         "the jar; the 95 g Monarch is sold in glass - outside knowledge); Monarch 150 g Intense and 240 g, Monarch beans/"
         "ground, Jacobs Gold/Millicano/Crema/Velour excluded"),
        ("сливочек 10% в кофеек", acc(pyaterochka=["3634638"], magnit=["476dabe99f"], perekrestok=["4178852"]),
         "drinking cream of exactly 10 %: Домик в деревне 950 g, Молочный знак 500 ml, Сарафаново children's 10 % 480 ml; 11 % "
         "lactose-free Parmalat, 20/33 % creams, dry creamer «Mr. Сливкин» and «Сопьо Крима» excluded"),
        ("шоколадка милка с фундуком", acc(pyaterochka=["3468711", "3468710"], magnit=["c91d6a24a7", "1000149245"],
                                               perekrestok=["4353876"]),
         "Milka milk-chocolate bars with hazelnuts (crushed or whole, 80-90 g); filled bars with hazelnut paste or caramel "
         "(Пятёрочка 4024593, 3681277), plain, almond, Oreo and Bubbles bars, Milka sweets/cookies excluded"),
    ]),
    # L06 spaghetti bolognese, from a delivery order
    ("МАКАР. MAKFA СПАГЕТТИ 450Г x2, говяжьего фарша полкило, ТОМАТНАЯ ПАСТА 70Г Ж/Б, пармезан кусочек на посыпку", [
        ("МАКАР. MAKFA СПАГЕТТИ 450Г x2", NONE,
         "Makfa spaghetti 450 g required; Makfa sells only перья (Магнит) and свитки (Пятёрочка) here; Barilla/Federici/other "
         "spaghetti are other brands; chechil cheese «спагетти» excluded"),
        ("говяжьего фарша полкило", acc(pyaterochka=["3398465", "4065830", "3447375"]),
         "beef mince: Рестория, Останкино, Мираторг 400 g packs; «полкило» is a quantity; pork, turkey, chicken and mixed "
         "(«Домашний», «Деревенский», «свино-говяжий») minces excluded"),
        ("ТОМАТНАЯ ПАСТА 70Г Ж/Б", NONE,
         "tomato paste in a 70 g tin required; only larger pastes on sale (Heinz 310 g, Помидорка 250/480 ml glass, Махеевъ "
         "500 g glass), so nothing matches; ketchups and tomato sauces excluded"),
        ("пармезан кусочек на посыпку", acc(pyaterochka=["3650219", "3462825", "24647"], perekrestok=["3206443", "3912980"]),
         "Parmesan(-type) cheese as a piece: Dolce Granto by weight, Зелёная Линия «Пармезан молодой», Castello Reggianido "
         "«ПАРМЕЗ.», LAIME 200 g, Чиз Гелери 175 g «фас»; «кусочек» is the form, so grated Parmesan (Перекрёсток 3963977, "
         "3433812 and Пятёрочка 3433812, the same PLU titled «тёртый» at Перекрёсток) excluded; «на посыпку» is a purpose; "
         "Parmesan-flavoured chips and fuet «С Сыром Пармезан» excluded"),
    ]),
    # L07 soup, mixed receipt and hand-typed
    ("КАРТОФЕЛЬ ВЕС 2.5КГ\nлук репчатый на суп\nморковки штучки три\nГОВЯДИНА НА КОСТИ Д/СУПА", [
        ("КАРТОФЕЛЬ ВЕС 2.5КГ", acc(magnit=["107511", "168671", "109571", "199751", "168701"], dixy=["72aaa021b7"],
                                     perekrestok=["3646068", "2099571"]),
         "fresh potatoes of any pack and colour (мытый, красный, «для варки», «для жарки», «Новый урожай», молодой); «ВЕС» "
         "and «2.5КГ» are the receipt's weighed quantity, not a pack size; starch, chips, croquettes, vareniki, baby purees "
         "and ready dishes excluded"),
        ("лук репчатый на суп", acc(magnit=["168721", "168731", "168741"], perekrestok=["79135", "79012", "3368252", "3623836"]),
         "bulb onions of any colour (репчатый красный/белый, «Светофор» mixed bulbs, Ялтинский - a репчатый variety, outside "
         "knowledge); «на суп» is a purpose; green onion, shallots, Перекрёсток «Лук салатный» (title does not say what it "
         "is), herb mixes, pickled «Луковки», onion-flavoured chips excluded"),
        ("морковки штучки три", acc(magnit=["199761"], perekrestok=["52112"]),
         "fresh washed carrots (Магнит 1 kg pack, Перекрёсток loose); the count is a quantity; Korean carrot salads, carrot "
         "juices/nectars, sauerkraut with carrot and purees excluded"),
        ("ГОВЯДИНА НА КОСТИ Д/СУПА", NONE,
         "no bone-in beef for soup on sale: Мираторг «Мякоть бедра», Магнит «Лопаточная часть без кости», steaks and "
         "Пятёрочка «говядина шейная часть» 400 g (bone not stated) are boneless cuts; beef tongue, холодец, stewed beef "
         "and bouillon excluded"),
    ]),
    # L08 chicken supper from a delivery order
    ("ФИЛЕ ГРУДКИ ЦБ ОХЛ. 1КГ, рис пропаренный длиннозерный, огурчики гладкие свежие, ТОМАТЫ СЛИВОВИДНЫЕ ВЕС", [
        ("ФИЛЕ ГРУДКИ ЦБ ОХЛ. 1КГ", acc(pyaterochka=["2160069", "3963723"],
                                          perekrestok=["2160069", "3658841", "4328961", "2173555", "4306577"]),
         "chilled broiler-chicken breast fillet of any pack (Первая Свежесть, Троекурово, Зелёная Линия, Петелинка, Пятёрочка "
         "«Филе с груд.» and «Филе большое грудки»), incl. Петелинка «малое филе» (the inner breast fillet); «1КГ» is the "
         "weighed quantity; bone-in «грудка без кожи», thigh fillet, grilled/baked fillets, turkey and duck breast, nuggets "
         "and sausages excluded"),
        ("рис пропаренный длиннозерный", NONE,
         "parboiled long-grain rice required; no title says «пропаренный»: Националь «Лазер длиннозерный», basmati, jasmine, "
         "brown, round and plov rices are not labelled parboiled"),
        ("огурчики гладкие свежие", NONE,
         "smooth-skinned fresh cucumbers required; no title says гладкие: Магнит «короткоплодные, тепличные» (skin not stated), "
         "«среднеплодные, пупырчатые» (knobbly), Перекрёсток корнишоны, «Ботаника», «Хрустящие» excluded; salted, pickled "
         "cucumbers excluded"),
        ("ТОМАТЫ СЛИВОВИДНЫЕ ВЕС", acc(magnit=["199891", "168841"], perekrestok=["4217380"]),
         "fresh plum tomatoes: Магнит «Томаты сливовидные» 600 g and «Томаты Черри, сливовидные» 250 g (plum-shaped cherry - "
         "the variety is satisfied), Перекрёсток Flamenco «сливовидные красные» 450 g; «ВЕС» not a filter; round, pink, "
         "cocktail, on-the-vine and round cherry tomatoes, canned/salted tomatoes excluded"),
    ]),
    # L09 pelmeni night copied from an e-receipt (a price was left in)
    ("ПЕЛЬМЕНИ СИБИРСКАЯ КОЛЛЕКЦИЯ 800Г 1 шт, СМЕТАНА 20% 300Г 124.99, махеевский майонез провансаль", [
        ("ПЕЛЬМЕНИ СИБИРСКАЯ КОЛЛЕКЦИЯ 800Г 1 шт", acc(magnit=["111711"], dixy=["862d82ab40"]),
         "Сибирская коллекция pelmeni in 800 g packs (Магнит «Сочные», Дикси «Особые на сливках»); the 700 g packs (Пятёрочка "
         "Особые/Фирменные/Новосибирские/4 вида мяса/Телячьи, Магнит «Фирменные» 0,7 кг), Сибирская коллекция blinchiki and "
         "other brands excluded"),
        ("СМЕТАНА 20% 300Г 124.99", acc(pyaterochka=["3664287"],
                                           perekrestok=["4314537", "4262694", "3634033", "3664287", "4217906", "4121609",
                                                        "4349770"]),
         "sour cream of exactly 20 % in 300 g packs, any brand (the receipt line names no brand), incl. Parmalat Comfort "
         "lactose-free; the price is left over from the receipt, not a filter; 15/25/30 % and 20 % packs of 175/180/200/500 g "
         "excluded; Магнит has no 20 % sour cream"),
        ("махеевский майонез провансаль", acc(perekrestok=["2047206"]),
         "Махеевъ Провансаль mayonnaise (Махеевъ's Провансаль is the one «с лимонным соком», doy-pack 400 ml); Махеевъ «С "
         "перепелиным яйцом» and Махеевъ ketchups/sauces/jams, other brands' Провансаль excluded"),
    ]),
    # L10 for the kids, from a delivery order
    ("ЙОГУРТ ПИТ. АГУША ЯБЛ-БАН 2.7% 200Г x4, КОКТЕЙЛЬ МОЛ. ЧУДО ШОКОЛАД 2%, сок добрый яблочный литровый, сырки глазированные творожные", [
        ("ЙОГУРТ ПИТ. АГУША ЯБЛ-БАН 2.7% 200Г x4", NONE,
         "Агуша drinking yoghurt apple-banana 2.7 % 200 g: Агуша sells only juices, milk, ряженка, purees here; other "
         "brands' yoghurts excluded"),
        ("КОКТЕЙЛЬ МОЛ. ЧУДО ШОКОЛАД 2%", acc(magnit=["9c5c6e229e"]),
         "Чудо chocolate milkshake 2 % (Магнит 960 g); Чудо strawberry/vanilla shakes, «Чудо Десерт» cocoa shake 3 % "
         "(Пятёрочка 4000196 - other fat and flavour), М/М and unbranded children's shakes, Чудо yoghurts excluded"),
        ("сок добрый яблочный литровый", NONE,
         "Добрый apple juice in a 1 l pack required; Добрый apple juice exists only as 0.3 l (Магнит 0f2cae24db, size "
         "excluded); Добрый apple nectars («деревенские/фермерские яблочки»), Rich/J7 apple juices are other products/brands"),
        ("сырки глазированные творожные", acc(pyaterochka=["3378597", "4015226", "3601367", "3410456", "3472523"]),
         "glazed curd snacks of any flavour (Б.Ю.Александров vanilla, «Картошка», pistachio, white-chocolate, «Суфле»); "
         "un-glazed Свитлогорье сырок, РАЭ curd desserts in a waffle cone, Б.Ю.А. «Десерт ЧИЗКЕЙК», curd desserts, "
         "творожки excluded"),
    ]),
    # L11 household order
    ("ТУАЛ.БУМАГА ZEWA PLUS 2СЛ 8РУЛ, СР-ВО Д/ПОСУДЫ FAIRY ЛИМОН 450МЛ, губок кухонных упаковку, мешков мусорных 60л рулон", [
        ("ТУАЛ.БУМАГА ZEWA PLUS 2СЛ 8РУЛ", NONE,
         "Zewa Plus two-ply in packs of 8 rolls required; Zewa Plus is sold only in 12-roll packs (Магнит 204551, Пятёрочка "
         "3326206 - pack excluded); Zewa Deluxe/Just 1, moist toilet tissue, Papia and Familia are other products"),
        ("СР-ВО Д/ПОСУДЫ FAIRY ЛИМОН 450МЛ", acc(pyaterochka=["3500750"]),
         "Fairy lemon washing-up liquid 450 ml («Сочный лимон»); the 900 ml lemon bottle, Fairy Нежные руки and Platinum, "
         "AOS lemon and dishwasher tablets excluded"),
        ("губок кухонных упаковку", NONE,
         "no kitchen sponges on sale in any chain"),
        ("мешков мусорных 60л рулон", acc(magnit=["e9bebc57c0"]),
         "60 l rubbish bags (BIG CITY LIFE 20 pcs); the 35 l bags (volume is the product size) and BIG CITY LIFE cloths "
         "excluded"),
    ]),
    # L12 laundry, copied from a receipt
    ("СТИР. ПОРОШОК TIDE АВТОМАТ 3КГ, конденционер ленор, белизна подешевле", [
        ("СТИР. ПОРОШОК TIDE АВТОМАТ 3КГ", NONE,
         "Tide automatic powder in a 3 kg pack required; Tide powders are 2.4/2.5/4 kg and 400 g (Магнит), so nothing "
         "matches; Tide liquids/capsules and other brands' 3 kg powders excluded"),
        ("конденционер ленор", acc(pyaterochka=["3465388", "3669625", "4025712"], magnit=["205131", "159881", "203041"]),
         "every Lenor fabric conditioner (typo «конденционер»); Vernel and other conditioners, «Tide Lenor Color» powder and "
         "Ariel «Touch of Lenor» excluded"),
        ("белизна подешевле", NONE,
         "no «Белизна» (chlorine bleach) on sale; Vanish Oxi stain remover, whitening toothpastes excluded"),
    ]),
    # L13 the cat (item 3 replaced, see REPLACED)
    ("КОРМ Д/КОШЕК WHISKAS ПАУЧ ГОВЯД. 75Г x10\nнаполнитель кошачий комкующийся мешок\nсухой корм для кошек пачку", [
        ("КОРМ Д/КОШЕК WHISKAS ПАУЧ ГОВЯД. 75Г x10", NONE,
         "Whiskas beef pouch 75 g required; the Whiskas beef pouch on sale is 85 g (Магнит 109231 - the written pack size "
         "is respected, so excluded); Whiskas turkey/duck/chicken, Darling beef 75 g (other brand) excluded"),
        ("наполнитель кошачий комкующийся мешок", NONE,
         "no cat litter in any chain («наполнитель» only in dairy titles)"),
        ("сухой корм для кошек пачку", acc(pyaterochka=["3455947", "3691531"],
                                           magnit=["baa5749d3a", "854cad46ea", "2871c38926", "c42755d5d4"]),
         "REPLACED item (blind «сухой корм феликс для кошек»: no dry Felix anywhere). Dry cat food of any brand: Perfect Fit "
         "1.2 kg ×3, Darling 1.75 kg, Purina One «для кошек» индейка 1.5 kg (dry - outside knowledge: the 1.5 kg cat food is "
         "kibble), Пятёрочка «PUR.ONE Корм сух.кур/цел.злак. 750г» (taken as the cat recipe - outside knowledge: the dog "
         "recipes are sold as «для собак»/«мини»); wet pouches/tins, treats and dog food excluded"),
    ]),
    # L14 the baby
    ("ПОДГУЗНИКИ PAMPERS ACTIVE BABY 4 MAXI, влажных салфеточек для малыша пачку, пюрешки фрутоняня яблочные", [
        ("ПОДГУЗНИКИ PAMPERS ACTIVE BABY 4 MAXI", NONE,
         "Pampers Active Baby-Dry size 4 (Maxi) required; Active Baby-Dry is sold only in size 5 (Магнит, Пятёрочка); "
         "Pampers Pants/Premium Care, Huggies and Kokoro size 4 are other products"),
        ("влажных салфеточек для малыша пачку", acc(perekrestok=["3697052"]),
         "baby wet wipes: Kokoro «для новорожденных»; universal/antibacterial/cosmetic wipes (Tolli, Home Story, Пр!ст, "
         "SALFETI), paper napkins and panty liners excluded"),
        ("пюрешки фрутоняня яблочные", NONE,
         "Фрутоняня apple puree required; Фрутоняня sells only mixed purees with apple (apple-banana-pear with biscuit, "
         "apple-raspberry with cream), meat/vegetable purees, apple pieces and porridges; Агуша/Gerber/Heinz apple purees "
         "are other brands"),
    ]),
    # L15 football night, copied from a receipt
    ("ПИВО ЖИГУЛЕВСКОЕ СВЕТЛ. 0.5Л Ж/Б x6, лейс крабовые большую пачку, фисташек соленых к пиву, КИРИЕШКИ ХОЛОДЕЦ С ХРЕНОМ 40Г", [
        ("ПИВО ЖИГУЛЕВСКОЕ СВЕТЛ. 0.5Л Ж/Б x6", NONE,
         "no Жигулёвское beer in any chain; other light beers in 0.5 l cans (Holba, Prazacka) are other brands"),
        ("лейс крабовые большую пачку", NONE,
         "Lay's crab flavour in a big pack required; the crab Lay's on sale are 50 g (Пятёрочка 4035369), 85 g «Королевский "
         "краб» (Пятёрочка 3931228) and 90 g (Магнит 106331) - the standard and small packs, while Lay's big packs are "
         "140-225 g, so «большую пачку» is not met (judgement); other flavours excluded"),
        ("фисташек соленых к пиву", acc(pyaterochka=["4073982", "3933060"], magnit=["f692308d66"]),
         "roasted salted pistachios (Джаз 130 g, loose «неочищенные обжаренные подсоленные», Восточный гость 150 g); "
         "pistachio sweets, yoghurts and сырки excluded"),
        ("КИРИЕШКИ ХОЛОДЕЦ С ХРЕНОМ 40Г", acc(magnit=["e26d76ca46"]),
         "Кириешки croutons 40 g: the Магнит card «холодец/бекон/ветчина 40г» covers the холодец flavour (sold as «холодец с "
         "хреном» - outside knowledge); the 100 g card (size) and other brands' «холодец с хреном» croutons (Три корочки, "
         "Гренковъ, Vian, Фишка, Крутоны) excluded"),
    ]),
    # L16 herring and potatoes
    ("СЕЛЬДЬ Ф/КУС. В МАСЛЕ 250Г\nкартошки молодой кило\nзелёного лучку пучок", [
        ("СЕЛЬДЬ Ф/КУС. В МАСЛЕ 250Г", NONE,
         "herring fillet pieces in oil, 250 g, plain: no title matches all three - Matias «оригинал филе в масле» 250 g and "
         "Балтийский Берег «филе в/мас с укр» 250 g are whole fillets (the latter and Пятёрочка 3626055 also with dill), "
         "Атлантика «филе-кусочки в масле» is 240 g, Vici «К картошке» 240 g fillet; other sizes, wine/brine marinades, "
         "whole herring, herring salads and roe excluded"),
        ("картошки молодой кило", acc(magnit=["168701"], dixy=["72aaa021b7"]),
         "young potatoes: Дикси «Картофель молодой»; Магнит «Картофель Новый урожай» (recorded in March - new-crop potatoes "
         "then are early imported young potatoes, outside knowledge); «кило» is a quantity; ordinary washed/red/«для варки» "
         "potatoes excluded"),
        ("зелёного лучку пучок", acc(perekrestok=["4295465"]),
         "fresh green onion (Маркет Fresh 100 g); «пучок» a quantity; herb mixes with dill and parsley, bulb onions, "
         "green-onion chips excluded"),
    ]),
    # L17 pantry groats from a delivery order
    ("ГРЕЧКА ЯДРИЦА 800Г УВЕЛКА x2\nгеркулес пару пачек\nРИС КРУГЛОЗЕРН. 900Г\nблинной муки пачку", [
        ("ГРЕЧКА ЯДРИЦА 800Г УВЕЛКА x2", NONE,
         "Увелка buckwheat ядрица 800 g required; Увелка sells only buckwheat flakes, rice, barley, semolina here; Prosto "
         "buckwheat 500 g and buckwheat noodles/porridges excluded"),
        ("геркулес пару пачек", acc(pyaterochka=["4027131", "3472901"]),
         "rolled oats: Клинские «Геркулес» 500 g and Увелка «Хлопья зерн.овсян.трад.» 400 g (traditional oat flakes are what "
         "«геркулес» means - outside knowledge); instant flavoured porridges, oat drinks, oat cookies, muesli excluded"),
        ("РИС КРУГЛОЗЕРН. 900Г", acc(pyaterochka=["3483037"], magnit=["106021", "106641"]),
         "round-grain rice in 900 g packs: Мистраль «для плова, традиционный, круглый» 900 g (Магнит) and the same product "
         "titled «МИСТР.Рис для плова традиц.900г» at Пятёрочка, Мистраль «Кубань» 0.9 kg (a round-grain rice - outside "
         "knowledge); Увелка «круглый» 800 g (size), Адриатика and Националь «для плова» (shape not stated), long-grain, "
         "basmati, jasmine, brown rice excluded"),
        ("блинной муки пачку", acc(pyaterochka=["3232252"]),
         "pancake flour mix: Аладушкин «Смесь БЛИНЫ ЦАРСКИЕ муч.» 800 g (блинная мука is such a mix - outside knowledge); "
         "plain wheat/rye/rice flour, ready pancakes and cake mixes excluded"),
    ]),
    # L18 baking, copied from a receipt
    ("МУКА ПШЕН. В/С 2КГ, РАЗРЫХЛИТЕЛЬ ТЕСТА 10Г, маргарин для выпечки получше, ванильный сахар для пирога", [
        ("МУКА ПШЕН. В/С 2КГ", acc(perekrestok=["91304", "8065"]),
         "wheat flour, высший сорт, 2 kg packs: Makfa высшего сорта 2 kg, Пышечка хлебопекарная высшего сорта 2 kg; Перекрёсток "
         "«Мука Пшеничная, 2кг» (grade not stated), Рязаночка «ЭКСТРА» 2 kg (another grade), 1 kg packs, wholemeal, durum, rye "
         "and rice flour excluded"),
        ("РАЗРЫХЛИТЕЛЬ ТЕСТА 10Г", acc(perekrestok=["4236368"]),
         "baking powder 10 g (Пр!ст); no other baking powder on sale"),
        ("маргарин для выпечки получше", acc(pyaterochka=["3977160"]),
         "baking margarine (Пышка 72 % 250 g); «получше» is a wish; butter and spreads excluded"),
        ("ванильный сахар для пирога", NONE,
         "no vanilla sugar or vanillin on sale; vanilla-flavoured sweets and drinks excluded"),
    ]),
    # L19 a diet week
    ("ТВОРОГ ОБЕЗЖИР. 0% 180Г, кефирчика 1 процентного, бананчиков парочку", [
        ("ТВОРОГ ОБЕЗЖИР. 0% 180Г", NONE,
         "fat-free curd of exactly 0 % in 180 g required; Молочный Знак «обезжиренный 0.5%» 180 g (another fat %), Домик в "
         "деревне «мягкий 0,1%» 170 g and the Howaru «Биотворог обезжиренный» 180 g (no % stated) excluded; curd desserts "
         "excluded"),
        ("кефирчика 1 процентного", NONE,
         "no kefir of any kind in the recorded offers"),
        ("бананчиков парочку", BANANAS, BANANAS_NOTE),
    ]),
    # L20 Olivier salad, half from an old New-Year receipt
    ("ГОРОШЕК ЗЕЛ. БОНДЮЭЛЬ 400Г\nКОЛБАСА ВАР. МОЛОЧНАЯ 500Г\nогурчиков маринованных баночку на оливье\nмайонез 67% в мягкой пачке", [
        ("ГОРОШЕК ЗЕЛ. БОНДЮЭЛЬ 400Г", acc(magnit=["111581"]),
         "Bonduelle green peas 400 g (Магнит «Бондюэль, 400 г»); Bonduelle 212 ml and 200 g cans (size), Globus, 6 соток, "
         "Маркет and other brands' peas, Bonduelle corn excluded"),
        ("КОЛБАСА ВАР. МОЛОЧНАЯ 500Г", acc(pyaterochka=["3661283"]),
         "boiled Молочная sausage 500 g: Великолукский «Молочная Гост» 500 g (a boiled sausage - outside knowledge); the 400 g "
         "Молочные (Маркет, Рублевский, Пятёрочка 4091338, Стародворье «Дугушка») excluded for size, Вязанка «Молокуша» is "
         "another sausage"),
        ("огурчиков маринованных баночку на оливье", acc(pyaterochka=["2147768", "3952588"]),
         "marinated cucumbers in jars: Скатерть-самобранка «Огурчики маринов.» 720 ml, Дядя Ваня «Огурцы Пикули Одесские "
         "пастеризованные» 350 g (pickled gherkins - outside knowledge); salted/barrel cucumbers (Меленъ, Глобус "
         "Старорусские, Магнит «соленые Корнишоны», Маркет бочковые) are another product, the Магнит cherry-and-gherkin "
         "assortment and fresh cucumbers excluded"),
        ("майонез 67% в мягкой пачке", acc(pyaterochka=["3355242", "3355228"], magnit=["204681"], perekrestok=["2047206"]),
         "67 % mayonnaise in a soft pack: titles saying дой-пак/дпд (Махеевъ Провансаль 400 ml, Ряба Провансаль оливковый "
         "744 g) and Ряба Провансаль 744 g at Магнит and Пятёрочка (the 744 g Ряба is a doy-pack - outside knowledge); 67 % "
         "mayonnaises whose titles do not name a soft pack (Слобода, Я люблю готовить, Mr.Ricco, Heinz, Скит, Московский "
         "Провансаль) excluded, as are 55 % and mayonnaise-based sauces"),
    ]),
    # L21 drinks delivery
    ("ВОДА ПИТ. НЕГАЗ. 5Л x2, ЕССЕНТУКИ №4 0.5Л, колы двухлитровую, рич апельсиновый сок", [
        ("ВОДА ПИТ. НЕГАЗ. 5Л x2", acc(pyaterochka=["3608729", "3635131"], magnit=["e8574e2cda"], perekrestok=["3503711"]),
         "still drinking water in 5 l bottles: Малаховская №1 негазированная 5 l, the children's drinking waters Honey kid "
         "Черноголовская 5 l and Аквалайн «Для ляль» 5 l, Архыз «Легенда Гор, минеральная» 5 l (table water; 5 l bottles "
         "are still - outside knowledge, as for the children's waters); smaller bottles and sparkling waters excluded"),
        ("ЕССЕНТУКИ №4 0.5Л", NONE,
         "Ессентуки №4 in 0.5 l required; it is sold in 0.45 l glass (Перекрёсток/Пятёрочка 3977405) and 1 l (Пятёрочка "
         "3977407), so the written size is not met; Ессентуки №17 and «Заповедник здоровья Вода №4» excluded"),
        ("колы двухлитровую", acc(pyaterochka=["3684656", "4316013", "4213891"], perekrestok=["1860", "4213891"]),
         "regular cola in 2 l bottles: Coca-Cola 2 l, Pepsi 2 l, Черноголовка Кола 2 l, Любимая Кола 2 l; other sizes, "
         "sugar-free and flavoured colas (ваниль, вишня, апельсин) excluded"),
        ("рич апельсиновый сок", NONE,
         "Rich orange juice required; Rich sells only apple/grapefruit/tomato juices and nectars (orange-mango) here; J7 and "
         "Swell orange juices are other brands"),
    ]),
    # L22 sweets, copied from a receipt
    ("ШОК. АЛЕНКА МОЛОЧН. 100Г x3, коровку конфеты полкило, вафельки яшкино, жевательного мармелада для детей", [
        ("ШОК. АЛЕНКА МОЛОЧН. 100Г x3", NONE,
         "Алёнка milk chocolate 100 g required; only 200 g (Пятёрочка 3426468) and 15 g (3601839) bars are on sale; Алёнка "
         "gift sets excluded"),
        ("коровку конфеты полкило", NONE,
         "no «Коровка» candies on sale; Коровка wafers and gingerbread, Коровка из Кореновки ice cream/paste, toffees (Meller, "
         "Золотой ключик) excluded"),
        ("вафельки яшкино", acc(pyaterochka=["3141421", "2126636"],
                                magnit=["f55f44c954", "01fb3ade65", "7d5a68f794", "29989b90ed"]),
         "every Яшкино wafer (with nuts, glazed, condensed-milk, cream, thin strawberry); Яшкино croissants and gingerbread, "
         "other brands' wafers excluded"),
        ("жевательного мармелада для детей", acc(
            pyaterochka=["2108128", "3928270", "4074832", "3928269", "3956458", "3635491", "4065859", "3617730", "3617424",
                         "3694097", "4027387"]),
         "chewy marmalade/gummies of any brand (Fruit-tella, Бон Пари, Мууз, Chupa Chups Sour Tubes, Haribo, Mamba "
         "Фрумеладки, Свит бокс); «для детей» a purpose; jelly marmalade (Белевский, Махеевъ, Шарлиз, Lucky Days, "
         "NEO-Botanica), chewy candies (Skittles, Mamba Кислая, Fruittella «конфеты жевательные»), marshmallow excluded"),
    ]),
    # L23 hygiene, from an online order
    ("ЗУБН. ПАСТА COLGATE 100МЛ, шампунь хедэн шолдерс от перхоти, жидкого мыла для рук флакон, рексону дезодорант для жены", [
        ("ЗУБН. ПАСТА COLGATE 100МЛ", acc(magnit=["0b75d29d19"]),
         "Colgate toothpaste 100 ml (Кальций-Ремин); Colgate Total 75 ml (size), Colgate brushes and mouthwash, other brands "
         "excluded"),
        ("шампунь хедэн шолдерс от перхоти", acc(pyaterochka=["3653506", "3689257"], magnit=["acec144b5f", "198881"],
                                                   perekrestok=["4406843"]),
         "Head & Shoulders shampoo (misspelt «хедэн шолдерс»), incl. 2-in-1 shampoos; H&S balsam-conditioner and other "
         "brands' shampoos excluded"),
        ("жидкого мыла для рук флакон", acc(magnit=["1aeb42ebee"]),
         "liquid hand soap (AURA antibacterial 500 ml); bar soaps, shower gels and gift sets excluded"),
        ("рексону дезодорант для жены", acc(pyaterochka=["3479534", "3479541", "3479535", "3444774", "3928499", "3955496"],
                                              magnit=["b541fbdab4", "214561"]),
         "every women's Rexona deodorant/antiperspirant (aerosols, roll-on, stick); «для жены» read as the women's line - "
         "all Rexona titles here are women's; Nivea, Axe, Old Spice and men's deodorants excluded"),
    ]),
    # L24 cheese and bread from a delivery order
    ("СЫР ЛАМБЕР 50% 230Г, хлеб зерновой нарезка, МАСЛО СЛИВ. ЭКОМИЛК 82.5% 180Г, малиновое вареньице баночку", [
        ("СЫР ЛАМБЕР 50% 230Г", acc(magnit=["199231"]),
         "Ламбер cheese 50 %: Магнит «Сыр Ламбер, 50 %, цена за 100 г» is cut by weight, so a 230 g piece can be bought; "
         "Ламбер Тильзитер 150 g and Ламбер Маасдам 45 % 180 g are other cheeses/packs, Lambertz gingerbread excluded"),
        ("хлеб зерновой нарезка", acc(pyaterochka=["3455615"]),
         "grain bread, sliced: «Хлеб зерновой, Ржаной Край, 300 г» (the title does not say sliced; Ржаной Край 300 g loaves "
         "are sold sliced in bags - outside knowledge); rye «Хреб Ржаной Край», rye-wheat breads, batons, multigrain "
         "crispbreads and cereals excluded"),
        ("МАСЛО СЛИВ. ЭКОМИЛК 82.5% 180Г", NONE,
         "Экомилк butter 82.5 % 180 g required; Экомилк sells only «Масло слив.шок. 62%» (chocolate butter) here; other "
         "brands' 82.5 % butters excluded"),
        ("малиновое вареньице баночку", acc(magnit=["2ae922ebdb"]),
         "raspberry варенье (Магнит «Варенье малиновое» 300 g glass); raspberry jams (Махеевъ «Джем малиновый»), strawberry/"
         "blueberry/nut varenye, ice cream with raspberry varenye and pastries with jam excluded"),
    ]),
    # L25 barbecue (item 2 replaced, see REPLACED)
    ("ШАШЛЫК ИЗ СВИН. ШЕЙКИ МАРИН. 1КГ, кетчупа шашлычного, лаваша армянского тонкого пару", [
        ("ШАШЛЫК ИЗ СВИН. ШЕЙКИ МАРИН. 1КГ", NONE,
         "marinated pork-neck shashlik required; none on sale: Магнит «Стейк из шеи свинины, в маринаде» is a steak, raw "
         "un-marinated pork neck (Черкизово, Рестория, Слово Мясника, Магнит «Шейная часть») is not shashlik, smoked «Шейка» "
         "excluded"),
        ("кетчупа шашлычного", acc(pyaterochka=["3673190"], magnit=["aff04c9216"]),
         "REPLACED item (blind «кетчупа хайнц шашлычного бутылку»: no Heinz shashlik ketchup anywhere). Shashlik ketchup of any "
         "brand: Махеевъ «Кетчуп ШАШЛЫЧ.» 700 g, Слобода «Кетчуп Шашлычный» 320 g; tomato/chili/garlic ketchups and "
         "Тихвинский уезд «Соус шашлычный» (a sauce) excluded"),
        ("лаваша армянского тонкого пару", NONE,
         "no lavash on sale; Mission wheat tortillas are another flatbread"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftcNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftc\d\d ===$", line):
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
                    errors.append("ftc%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftc%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftc"))
