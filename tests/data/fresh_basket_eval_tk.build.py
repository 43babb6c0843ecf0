#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tk.jsonl -- 25 shopping lists typed in a hurry as one or two run-on sentences, items
chained with «и», «ещё», «плюс», «а также» (a comma or a new line still separates the items, as the shared checker
splits items only there), hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tk.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tk.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; each item was then re-checked by listing every in-stock title
matching its stem that was not accepted.  The note of each item records what was accepted, what was deliberately
left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable
(the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftk01, ftk02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_lists import build, stats  # noqa: E402  (this directory)

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tk.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tk.blind_lists.txt")
PREFIX = "ftk"

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none were
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # ftk01
    ("зайди после работы возьми молока 3.2 пару литров, и батон нарезной, и сметанки 20%, а еще творога пачки две", [
        ("зайди после работы возьми молока 3.2 пару литров", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a",
                            "b4411ba8d4", "35ac60eec2", "52d96fd806", "885d917850", "488d323508", "ecc07a0e68",
                            "01f728b210", "f50aeac1bb", "3645807", "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "drinking cow milk of exactly 3.2% in any pack (pasteurised, UHT, sterilised, 0.45-2 l), incl. "
           "children's drinking milk (Агуша «от 3 лет», Сарафаново «детское», as in real_basket_eval); «пару "
           "литров» is a quantity, «зайди после работы» is chat; ranges (Романов луг «от 3,2% до 6%», Правильное "
           "Молоко 3.2-4%, 3.2-4.5%, 3.4-6%), other fat levels, топлёное 3.2% (Простоквашино, Домик в деревне), "
           "goat milk, flavoured milk and milkshakes, condensed milk excluded; Магнит has no 3.2% milk (only a "
           "2.5% Вкуснотеево and ЧУДО клубника)"),
        ("и батон нарезной", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white wheat loaf «нарезной»: Перекрёсток «Батон Нарезной нарезка» (sliced нарезной loaf) and "
           "Пятёрочка «Батон \"Звездный\" нар» 350 г (outside knowledge: «нар» abbreviates нарезной/нарезка; a "
           "plain white батон); chocolate/protein «батончики», сдоба, хлебцы, rye-wheat breads excluded; no батон"
           " in Магнит or Дикси"),
        ("и сметанки 20%", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20% (incl. Parmalat Comfort lactose-free 20%, by analogy with lactose-free "
           "milk); 10/15/25/30% sour cream and everything «со вкусом сметаны» (chips, crackers, croutons), "
           "sour-cream cakes excluded"),
        ("а еще творога пачки две", {
            "pyaterochka": ["3617778", "3634733", "3692659", "3692660", "3687270"],
            "magnit": [],
            "dixy": ["7bbf07ae5b"],
            "perekrestok": ["4216657", "4216658", "4331301", "4185866"],
        }, "plain cottage cheese of any fat and pack («пачки две» is a quantity): Село Зелёное 5%, Вкуснотеево "
           "9%, Домик в деревне «мягкий» 0.1%/5.5%, the plain unflavoured Howaru «Биотворог обезжиренный» (bio "
           "cottage cheese, like биокефир for кефир), Брест-Литовск 3%, Молочный знак 0.5/5/9%; Карат «домашний "
           "зерненый» (salted curd grains in cream, sold as a separate product), flavoured curds (Савушкин 101 "
           "зерно черника/клубника, Данон «в йогурте», children's curds with fruit), творожные "
           "продукты/десерты/пасты, сырки, творожный сыр, сырники and cakes with curd excluded"),
    ]),
    # ftk02
    ("в субботу шашлыки так что возьми свиную шейку кило три, и лука репчатого побольше, и кетчуп шашлычный, плюс уголь березовый мешок", [
        ("в субботу шашлыки так что возьми свиную шейку кило три", {
            "pyaterochka": ["3957120", "3619731", "3666472"],
            "magnit": ["199511"],
            "dixy": [],
            "perekrestok": [],
        }, "raw chilled boneless pork neck: Черкизово «Шейка п/ф … бескостный», Рестория «Шейка свиная» (a raw "
           "chilled semi-finished meat line, like its «Шницель/Котлета свиная» - outside knowledge), Слово "
           "Мясника «Шейка свиная», Магнит «Шейная часть свинины, без кости»; «кило три» is a quantity and "
           "«шашлыки» a purpose; Магнит «Шейная часть … на кости» (bone-in neck cut; шейка is the boneless neck),"
           " the marinated «Стейк из шеи свинины, в маринаде», cooked-smoked Ремит «Шейка из свинины к/в», "
           "panchetta «Шейка-Балык-Бекон», other pork cuts and beef «шейная часть» excluded"),
        ("и лука репчатого побольше", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012"],
        }, "fresh bulb onions of any colour («побольше» is a wish): red/white «Лук репчатый», Ялтинский (a red "
           "bulb-onion variety) and Магнит «Лук Светофор, 3 шт» (a pack of three bulb onions of different colours"
           " - outside knowledge); shallots («Лук Шалот»), green onion, Перекрёсток «Лук салатный» (form not "
           "stated), the herb mix with onion, onion-flavoured snacks and herring «с луком» excluded"),
        ("и кетчуп шашлычный", {
            "pyaterochka": ["3673190"],
            "magnit": ["aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "ketchup of the «шашлычный» kind: Махеевъ «Кетчуп ШАШЛЫЧ.», Слобода «Кетчуп Шашлычный»; tomato, chili,"
           " garlic, cherry-tomato and mustard ketchups, Тихвинский уезд «Соус шашлычный» (a sauce, not ketchup) "
           "and chips/croutons «с шашлыком» excluded; Дикси and Перекрёсток carry no ketchup"),
        ("плюс уголь березовый мешок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "birch charcoal: the only charcoal on sale, Перекрёсток «Уголь древесный Пр!ст, 2.5кг», does not name "
           "the wood, so the written variety (берёзовый) cannot be confirmed and it is left out; charcoal "
           "toothpaste and «Белая Березка» vodka are other products"),
    ]),
    # ftk03
    ("малому в садик нужно сок яблочный маленькие коробочки, и печенье мария, и пюрешки фрутоняня в пакетиках", [
        ("малому в садик нужно сок яблочный маленькие коробочки", {
            "pyaterochka": ["3684252"],
            "magnit": ["eef4bdbf61", "bc852256db"],
            "dixy": [],
            "perekrestok": [],
        }, "single-fruit apple juice in small cartons (the pack size and form the user wrote): Honey Kid «яблоко»"
           " 200 мл (a children's 0.2 l carton - outside knowledge), Агуша «Сок яблоко осв 200мл т/пак», Сады "
           "Придонья «Сок ябл прям отж 0,125л» (taken as the 125 ml carton, like the same maker's «125мл ТБА» "
           "apple-cherry); small PET/glass bottles (Добрый 0,3л пл/бут, RICH ПЭТ 0.3л, Soko Grande 0,3л), 0.75-2 "
           "l packs, mixed juices (яблоко-вишня, яблоко-шиповник, apple-grape, carrot-apple), nectars, "
           "«вода+сок», morses and purées excluded"),
        ("и печенье мария", {
            "pyaterochka": [],
            "magnit": ["fe5facccea"],
            "dixy": [],
            "perekrestok": [],
        }, "«Мария» biscuits: Любятово «Печенье затяж Мария трад глаз» 138 г (a Мария biscuit; «трад глаз» read "
           "as the traditional recipe); other biscuits and «Мария»-free titles excluded; no Мария elsewhere"),
        ("и пюрешки фрутоняня в пакетиках", {
            "pyaterochka": ["3662199", "3662198"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ФрутоНяня fruit purée in pouches: the two 250 г ФрутоНяня purées (яблоко/банан/груша с печеньем, "
           "яблоко/малина со сливками), taken as the 250 g soft pouches of the brand (outside knowledge: "
           "ФрутоНяня purées of 80-100 g are glass jars, the 250 g ones pouches); ФрутоНяня meat, fish and "
           "vegetable purées in 80-100 g jars, the 200 ml cream soups, kissel, juices, porridge, Агуша/ДП/Gerber "
           "pouches (other brands) excluded"),
    ]),
    # ftk04
    ("мужики придут на футбол возьми чипсы лейс сметана и лук большую пачку, и пива светлого банок шесть, а еще кириешки холодец и хрен", [
        ("мужики придут на футбол возьми чипсы лейс сметана и лук большую пачку", {
            "pyaterochka": ["3453318"],
            "magnit": ["198921"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's sour cream & onion chips in the large bag (225 г); «большую пачку» is the pack size the user "
           "wrote; Lay's Stax «Нежная Сметана и лук» 140 г (a tube of the Stax line, not a bag), Lay's "
           "«сметана/зелень», «лисички в сметане», other flavours, Русская картошка / KRACKS / Twister "
           "sour-cream-and-onion (other brands) and «Джин Вайт Лейс» excluded"),
        ("и пива светлого банок шесть", {
            "pyaterochka": [],
            "magnit": ["7a049f38a7", "7f9482ca4a", "307d22d94c", "a982a99aeb", "30dda00a31", "22307d326d", "201971",
                       "167991", "204931", "168001", "111441", "111751", "160011", "108671", "108721", "104791",
                       "159311", "160021", "202121", "205571", "168011", "199071", "199081", "104801", "1f2ea4eaba"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light (pale) beer in any pack (as in real_basket_eval, incl. the beer-style «ABBE BLONDE "
           "Пивной нап Свет»); «банок шесть» is a count of packs (quantity); titles without colour taken as pale "
           "by style: Hoegaarden and Kronenbourg 1664 Blanc (white wheat beers), Miller Genuine Draft (pale "
           "lager), HOLBA «10 pale» - outside knowledge; Velkopopovický Kozel «Rezany» accepted because the title"
           " says «светлое»; dark beers (Zatecky Gus Cerny, ABBE Brune), alcohol-free beer and beer drinks (Bud "
           "0, Балтика 0, Hoegaarden 0.0, Крушовице нон-алко, Горьковская IPA 0%), flavoured beer drinks (малина,"
           " грейпфрут, гранат) and ciders excluded; Пятёрочка has only a dark beer, Перекрёсток only "
           "alcohol-free ones"),
        ("а еще кириешки холодец и хрен", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons of the «холодец с хреном» flavour (brand required): Магнит's promo cards «КИРИЕШКИ "
           "Сухарики холодец/бекон/ветчина» 100 г and 40 г cover the холодец-flavour pack among three flavours "
           "and are accepted; «холодец с хреном» croutons of other brands (Три корочки, Фишка, Крутоны Будешь?, "
           "Гренковъ, Vian, Twister potato sticks), real холодец and хрен excluded"),
    ]),
    # ftk05
    ("на борщ свеклы пару штук, и капусты белокачанной полкочана, и морковки, еще томатную пасту баночку", [
        ("на борщ свеклы пару штук", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (Магнит «Свекла мытая» 1 кг, Перекрёсток «Свекла мытая фасованная» 1 кг); «пару штук» "
           "is a quantity, «на борщ» a purpose; beetroot salads, juices with beetroot excluded"),
        ("и капусты белокачанной полкочана", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «Капуста белокачанная ранняя, 1 кг»); «полкочана» is a quantity; "
           "Перекрёсток «Капуста китайская», broccoli, sauerkraut of all kinds and cabbage salads excluded; "
           "«белокачанной» is a typo for белокочанной"),
        ("и морковки", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая» 1 кг, Перекрёсток «Морковь мытая»); Korean-style carrot salads,"
           " carrot juices, nectars, purées and pet food «с морковью» excluded"),
        ("еще томатную пасту баночку", {
            "pyaterochka": ["3696785", "84652", "3486033", "31623"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste of any brand and pack («баночку» is a quantity): Махеевъ «Паста ДОМАШНЯЯ томат.», "
           "Помидорка 250/480 мл, Heinz 310 г; ketchups, tomato sauces, tomatoes in juice excluded; only "
           "Пятёрочка carries tomato paste"),
    ]),
    # ftk06
    ("стирать нечем поэтому порошок для белого автомат, и кондицонер для белья ленор, и ваниш пятновыводитель", [
        ("стирать нечем поэтому порошок для белого автомат", {
            "pyaterochka": ["3149485", "2070686", "2161508", "3142962"],
            "magnit": ["105891", "262159b924"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for white/light laundry for automatic machines, i.e. the ordinary (non-Color) powders:"
           " Ariel «TOUCH OF LENOR FRESH авт.», Persil «свежесть вернель» 3 кг, Bimax «Белые вершины» and «1000 "
           "пятен» 3 кг (Bimax and Persil 3 kg powders are «автомат» powders - outside knowledge; Магнит's "
           "identical Persil title says «Автомат»), Магнит Persil «Автомат, свежесть от Вернель» and Tide "
           "«д/чувств кожи авт» 400 г (a non-colour automatic powder); Color powders (Ariel, Persil, Tide, Bimax,"
           " Биолан, Лоск Колор), BioMio «д/цвет.бел.», Tide «Детский» (a powder for baby clothes), gels, "
           "capsules and liquids (not powder), cleaning powders (Comet, Пемолюкс) excluded"),
        ("и кондицонер для белья ленор", {
            "pyaterochka": ["3465388", "3669625", "4025712"],
            "magnit": ["205131", "159881", "203041"],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner of any scent and size; Vernel and «Е» conditioners (other brands), Ariel "
           "«Touch of Lenor» and Tide «Lenor» washing powders, hair conditioners excluded; «кондицонер» is a typo"),
        ("и ваниш пятновыводитель", {
            "pyaterochka": ["2080266"],
            "magnit": ["bb3ee4398d"],
            "dixy": [],
            "perekrestok": [],
        }, "Vanish stain removers: «OXI ACTION» spray for white fabrics 1 л, «Oxi Advance Пятновыводит + "
           "отбеливатель» powder 250 г; Vanish Gold carpet cleaner and other brands excluded"),
    ]),
    # ftk07
    ("коту корм влажный пакетики штук десять, и наполнитель древесный, а также сухой корм вискас подушечки", [
        ("коту корм влажный пакетики штук десять", {
            "pyaterochka": ["3445962", "3445965", "3413294", "3603050", "3603052", "3603051", "3603053", "3641052",
                            "4002292", "4002293", "4002291", "3970315", "3970296", "3970260", "4087104", "4089560"],
            "magnit": ["109291", "205061", "203071", "205991", "109231", "352ede07f1", "58257706ac", "9ae06fbef3"],
            "dixy": [],
            "perekrestok": [],
        }, "wet cat food in pouches («пакетики»; «штук десять» is a quantity), any brand, flavour and age: "
           "Дарлинг «75г пауч», and - pouch form from outside knowledge, the titles say only «85 г/75 г» or "
           "«консервированный» - Felix (incl. Sensations, «для котят»), Purina ONE 75 г, Sheba Pleasure «Ломтики "
           "в соусе», Whiskas 85 г (incl. «для котят» and «Праздничное меню»), Perfect Fit 85 г; kitten food is "
           "cat food and is kept; Gourmet Gold 85 г (tins), Sheba «говяд/крол», «кур/индейк», «телят/язык» 85 г "
           "(the Sheba Classic pâté trays), Katty 415 г ж/б (tins), dry food, Dreamies treats and all dog food "
           "excluded"),
        ("и наполнитель древесный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wood cat litter: no cat litter of any kind in any chain (the «наполнитель» titles are fruit fillings "
           "of yoghurts/ice cream)"),
        ("а также сухой корм вискас подушечки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Whiskas dry food («Вкусные подушечки»): Whiskas is carried only as wet pouches; other dry cat food "
           "(Perfect Fit, Purina ONE, Дарлинг) is another brand and cereal «подушечки» are breakfast cereals"),
    ]),
    # ftk08
    ("закончились специи соли пачку, и перец черный молотый, и лавровый лист, а еще сахару кило", [
        ("закончились специи соли пачку", {
            "pyaterochka": [],
            "magnit": ["a48e91c3fa"],
            "dixy": [],
            "perekrestok": [],
        }, "plain edible salt in a pack: Магнит «MAREMAN Соль морская средняя 1кг»; Kotanyi «Чеснок-травы-соль» "
           "(a seasoning), salted nuts/chips, descaler «АНТИСОЛЬ» excluded; no plain salt in the other chains"),
        ("и перец черный молотый", {
            "pyaterochka": [],
            "magnit": ["82dc754b2f"],
            "dixy": [],
            "perekrestok": [],
        }, "ground black pepper: Восточный гость «Перец черный, молотый» 50 г; Kotanyi «Мельница перец черный» "
           "(whole peppercorns in a grinder, not ground), pepper mixes («4 перца», «смесь перцев», crushed), bell"
           " peppers and goods «с черным перцем» excluded"),
        ("и лавровый лист", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bay leaves: none in any chain"),
        ("а еще сахару кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "white granulated sugar in a 1 kg pack («кило» names the pack of a packaged good, as «сахар 1кг» in "
           "set g): none on sale; Магнит «Сахар белый прессованный 1кг» is lump (cube) sugar, a different product"
           " (as рафинад ≠ сахар-песок), Пятёрочка «Сахар тростниковый нерафинированный Демерара 500г» is cane "
           "sugar in 500 g; sugar-free goods, condensed milk «с сахаром», sweeteners excluded"),
    ]),
    # ftk09
    ("к чаю пряников, и зефир белый, и конфет шоколадных грамм триста, плюс лимончик", [
        ("к чаю пряников", {
            "pyaterochka": ["3926891", "3926890", "3469420", "3971669", "3922082", "3628338", "3940555", "4002046",
                            "4007696"],
            "magnit": ["ea8f71c5d6", "203161"],
            "dixy": [],
            "perekrestok": [],
        }, "пряники of any kind (classic, glazed, chocolate-flavoured, mint, filled, mini, Tula, figured Tago, "
           "Lambertz Lebkuchen); «к чаю» is a purpose; the Tago gingerbread house (a decorative kit), "
           "gingerbread-flavoured desserts and «Хлебный дом» cakes/biscuits excluded"),
        ("и зефир белый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "white zefir: no zefir titled or known as white - Шарлиз and «Зефир глазированный» are "
           "chocolate-glazed, Белёвский зефир (Антоновский, «Зефирное детство», черносмородиновый, «с ароматом "
           "ванили гл.») is the apple-pastila kind whose colour is not stated or not white, Магнит «с клубникой» "
           "and Botanica «абрикос манго» are coloured; marshmallows («воздушный зефир для десертов», Marshmallows"
           " mini) are another product"),
        ("и конфет шоколадных грамм триста", {
            "pyaterochka": ["3670735", "78005190", "3487673", "3659498", "3681522", "3483309", "4089706", "3972266",
                            "5232", "3639113", "4069805", "4069811", "3911678", "3216220", "3181086", "3384697",
                            "4024641", "3941511", "3984791", "3641772", "4092522", "4087420", "3468950", "3021419",
                            "3992365", "3611868", "1628", "1671", "3611870", "3638690", "4001937", "4009608",
                            "3964565", "4009609", "4297371", "78005698", "3639115", "3642751", "3642752", "3650391",
                            "3453000", "3995478", "3394294", "3348297", "3348296", "3606977"],
            "magnit": ["204611", "167801", "eaa8d0a3bb", "104911", "109281", "160141", "111721", "111571", "199221",
                       "07df701043", "bdab73268a", "203131", "71fe6c7283", "7c7c50799b", "17644f19d9", "159811",
                       "91188900ff"],
            "dixy": [],
            "perekrestok": ["4373844", "4305316", "22245"],
        }, "chocolate candies, loose or boxed («грамм триста» is a quantity): titles saying шоколадные / из "
           "шоколада / «шок.» / «в шоколаде» / «покрытая шоколадом» / «шоколадной глазурью» (incl. fruit and nuts"
           " in chocolate, Bounty candies «покр.мол.шок.», Kinocorn and wafer candies glazed with chocolate), "
           "chocolate assortments (Коркунов, Merci, Lindor, Dove, Импрессо, Вдохновение, Комильфо, Milka, Kinder "
           "Schoko-Bons, Бабаевский «Ассорти», «Подмосковные вечера») and, from outside knowledge, classic "
           "chocolate candies whose titles do not say so: Мишка косолапый, Белочка, Ласточка, Ленинградские, "
           "Северная Аврора, truffles («Трюфель», TRUFFLE MILK, Belgid'Or «трюфели»), Vanden Bulcke «морские "
           "ракушки» (Belgian chocolate pralines), Toffifee (Магнит titles it «шоколадные»); left out: candies "
           "whose glaze is not stated or is «кондитерская глазурь» (Конфеты 35, Золотой Степ, Ромашки, Родные "
           "просторы, Жаклин, Seleste, Азовская, Вечеринка, Адель…), soufflé candies (Птичье молоко, Птица "
           "дивная, Райские облака), Raffaello (not chocolate), jelly, chewy, marmalade, milk and toffee candies,"
           " marshmallows, Twix/Nuts/Nesquik mini bars, chocolate bars «с начинкой трюфельный», new-year mixed "
           "gift boxes, ice cream"),
        ("плюс лимончик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a fresh lemon: no fresh lemons in any chain; citric acid, lemon-scented detergents, lemon-flavoured "
           "sweets, drinks and olives excluded"),
    ]),
    # ftk10
    ("мне на утро кофе растворимый нескафе голд, и сливки для кофе 10%, и сыр гауда кусочком, ещё хлебцы хрустящие", [
        ("мне на утро кофе растворимый нескафе голд", {
            "pyaterochka": ["3419749", "3928171", "3658915", "3971960", "3626895", "3419750", "3659359", "3659496",
                            "3932897"],
            "magnit": ["109351", "199191", "198971"],
            "dixy": [],
            "perekrestok": [],
        }, "Nescafé Gold instant coffee in any size and Gold variant (Gold, Gold Barista, Gold Crema, Gold "
           "Espresso, Gold Origins Colombia; a brand with a product word accepts the brand's variants); Nescafé "
           "Classic/Crema/Classic Latte, other brands' «Gold» coffees (Jacobs Gold, Черная карта Gold, Tchibo "
           "Gold Select, Moccona Continental Gold, Milagro Gold Roast) and the unbranded Пятёрочка «Кофе "
           "натуральный растворимый сублимированный … 95 гр» excluded"),
        ("и сливки для кофе 10%", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "drinking cream of exactly 10% in any pack: Сарафаново «Сливки ул/паст.дет.10%» (children's cream, as "
           "children's milk counts as milk), Домик в деревне 10% 950 г, Молочный знак 10%; «для кофе» is a "
           "purpose; 11% Parmalat, 20/33% cream, non-dairy creamers (Сопьо Крима, Mr. Сливкин) excluded"),
        ("и сыр гауда кусочком", {
            "pyaterochka": ["3926818"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Gouda in a piece (not sliced/grated): Liebendorf «Сыр Гауда 45% 1кг» (a block); the Laime «Гауда и "
           "Тильзитер» assortment (sliced assortment pack) and other cheeses excluded; no Gouda elsewhere"),
        ("ещё хлебцы хрустящие", {
            "pyaterochka": ["3195740", "3497592", "3692903"],
            "magnit": ["a652ba460f", "8c18d20df8"],
            "dixy": [],
            "perekrestok": [],
        }, "plain crispbread («хлебцы»; all crispbreads are «хрустящие»): Dr.Korner «Злаковый коктейль», Щедрые "
           "«5 злаков с семенами льна» and «тонкие бородинские», Магнит «Хлебцы пшеничные», Образ жизни "
           "«ржано-пшеничные»; flavoured crispbreads (с прованскими травами, с творожным сыром, карамель), Finn "
           "Crisp «Сухарики», bread and croutons excluded"),
    ]),
    # ftk11
    ("гречки ядрицы пачки две, и курицу целую тушку, и огурцы свежие, ещё помидоры розовые", [
        ("гречки ядрицы пачки две", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (ядрица): Магнит «Крупа Гречневая Prosto, 500 г» (title without «ядрица», taken as "
           "ядрица - no продел is on sale; outside knowledge); «пачки две» is a quantity; the Prosto "
           "rice-and-buckwheat mix, buckwheat flakes, soba noodles, buckwheat porridges and ready buckwheat "
           "dishes excluded"),
        ("и курицу целую тушку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4214722", "4252168"],
        }, "a whole raw chicken carcass: Дикси «Цыпленок-бройлер охлажденный, 1 кг» (a whole broiler sold by "
           "weight), Перекрёсток «Тушка цыплёнка» (1 сорт, An-noor Халяль, Петелинка, Зелёная Линия на зерновом "
           "откорме) and «Цыплёнок корнишон охлаждённый» (a whole small chicken); chicken parts (грудка, бедро, "
           "голень, филе), duckling carcass, canned chicken, nuggets and ready dishes excluded"),
        ("и огурцы свежие", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers: Магнит короткоплодные/среднеплодные packs, Перекрёсток «Огурцы Ботаника», «Огурцы "
           "Хрустящие, 450г» and «Огурцы корнишоны, 300г» (produce packs with no brine, jar or salting named - "
           "taken as fresh, outside knowledge); salted, pickled and barrel cucumbers, cucumber-scented shampoos, "
           "cheese «с огурцами» excluded"),
        ("ещё помидоры розовые", {
            "pyaterochka": [],
            "magnit": ["107631"],
            "dixy": [],
            "perekrestok": ["4355823"],
        }, "fresh pink tomatoes: Магнит «Томаты розовые» 700 г, Перекрёсток «Томат Дагестан розовый»; red, "
           "cherry, cocktail, plum, orange tomatoes and Перекрёсток «Томаты Бакинские» (colour not stated), "
           "salted/marinated tomatoes, tomatoes in juice excluded"),
    ]),
    # ftk12
    ("на ужин пельменей пачку, и майонез провансаль\nа еще сметаны 15 процентов, и аджику острую", [
        ("на ужин пельменей пачку", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                            "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen pelmeni of any brand, filling and size (incl. Горячая штучка «Бульмени» - large pelmeni); "
           "«пачку» is a quantity; хинкали, vareniki, sauce «д/пельм.» excluded; Перекрёсток carries no pelmeni"),
        ("и майонез провансаль", {
            "pyaterochka": ["3695167", "3982578", "3355228", "3193489", "3355242"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954",
                            "4297313", "4105769", "3695167"],
        }, "Provansal mayonnaise of any brand and pack, incl. Provansal variants (оливковый, с лимонным соком, на"
           " перепелиных яйцах) whose name is Провансаль; Пятёрочка «Майонез Слобода, 67%, 800 мл» (3193489) and "
           "Перекрёсток «Майонез Я люблю готовить на перепелиных яйцах 67%, 600мл» (3695167) are the same X5 "
           "products that the other chain titles «Провансаль» («Слобода Провансаль 67% 800мл», "
           "«МОС.ПРОВАНС.Майон.на переп.яйц.»); mayonnaises not named Провансаль (Mr.Ricco, Heinz Классический, "
           "Слобода «Оливковый», Махеевъ «С перепелиным яйцом», «Я люблю готовить домашний 55%») and sauces "
           "excluded"),
        ("а еще сметаны 15 процентов", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream of exactly 15% (incl. lactose-free Parmalat Comfort and Простоквашино 15%); 10/20/25/30% "
           "sour cream, Махеевъ «Соус Сметанный», sour-cream-flavoured snacks excluded"),
        ("и аджику острую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hot adjika: the only adjika, Кухмастер «Соус \"Аджика\" 260г», does not say «острая» (the hot variety "
           "the user wrote), so it is left out; croutons «со вкусом аджики» excluded"),
    ]),
    # ftk13
    ("бумаги туалетной упаковку побольше, и фейри для посуды, и губки для посуды, плюс мешки для мусора 60 л", [
        ("бумаги туалетной упаковку побольше", {
            "pyaterochka": ["3679801", "3449118", "3493108", "4059050", "3900558", "3450513", "3326206"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "dry toilet paper of any brand, ply and roll count («упаковку побольше» is a wish, not a filter): "
           "Papia, Zewa (Deluxe, Just 1, Плюс), Familia Plus; ZEWA moist toilet paper («туал.влаж.», a wet-wipe "
           "product), paper napkins and wrapping paper excluded"),
        ("и фейри для посуды", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy washing-up liquid of any scent and size (Нежные руки, Сочный лимон, Platinum); AOS, Sorti, "
           "Biasept (other brands) and dishwasher tablets (Finish, Somat) excluded"),
        ("и губки для посуды", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges: none in any chain"),
        ("плюс мешки для мусора 60 л", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l refuse bags (the size names the pack): Big City Life «Пакеты д/мусора 60л 20шт»; Магнит's own 35"
           " l bags excluded"),
    ]),
    # ftk14
    ("на шарлотку муки, и разрыхлитель, и сахар ванильный пару пакетиков, ещё яблок кило два подешевле", [
        ("на шарлотку муки", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "3231328", "8065"],
        }, "ordinary white wheat flour of any grade and pack: Рязаночка «ПШЕНИЧНАЯ ЭКСТРА» 2 кг, Makfa высшего "
           "сорта 1/2 кг, «Мука Пшеничная» 2 кг, Пышечка «хлебопекарная высшего сорта»; «на шарлотку» is a "
           "purpose; rye, rice, whole-grain wheat («из цельносмолотого зерна») and durum («крупка») flours, "
           "pancake mixes excluded"),
        ("и разрыхлитель", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4236368"],
        }, "baking powder: Пр!ст «Разрыхлитель для теста» 10 г; yeast and soda are other products"),
        ("и сахар ванильный пару пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vanilla sugar: none in any chain; vanilla-flavoured sweets, ice cream and drinks are other products"),
        ("ещё яблок кило два подешевле", {
            "pyaterochka": ["4271772"],
            "magnit": ["200671", "168861"],
            "dixy": [],
            "perekrestok": ["3366336", "3691532", "47795"],
        }, "fresh apples of any variety («кило два» is a quantity, «подешевле» a wish): Ред Делишес, Гренни Смит,"
           " «Яблоки красные», Гала, Медовый хруст, «Яблоки сезонные»; apple juices, purées, dried apple pieces, "
           "apple-flavoured goods excluded"),
    ]),
    # ftk15
    ("шампунь и бальзам 2в1 для мужа, и зубную пасту колгейт, и гель для душа, а также дезодорант рексона", [
        ("шампунь и бальзам 2в1 для мужа", {
            "pyaterochka": ["3420658", "3262020", "3689257"],
            "magnit": ["acec144b5f", "198881"],
            "dixy": [],
            "perekrestok": ["4406843"],
        }, "2-in-1 shampoo + conditioner (the «и» here is inside one product): Clear «Шам.бал-опол. … 2в1 муж», "
           "Timotei «Шамп. ЭФКАЛИПТ 2в1 д/муж.», Head&Shoulders «2в1» (Основной уход, Ментол/Энергия океана); "
           "«для мужа» is a purpose; 3-in-1 products (Pantene «Шамп/бал … 3в1», Pantene «питание и блеск 3 в 1», "
           "Чистая Линия «Шамп-кондиц-гель/душа … 3в1») are another form than the 2в1 written, plain shampoos and"
           " separate balms excluded"),
        ("и зубную пасту колгейт", {
            "pyaterochka": ["3605411", "3605412"],
            "magnit": ["0b75d29d19"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate toothpaste of any kind (Total 12, Кальций-Ремин); Colgate toothbrushes and Plax mouthwash, "
           "toothpastes of other brands (Blend-a-med, Splat, R.O.C.S., President, Sensodyne, Aquafresh, Lacalut, "
           "Closeup) excluded"),
        ("и гель для душа", {
            "pyaterochka": ["3440044", "3642074", "4054536", "3380358", "3655723", "3664431", "3626165", "4092136",
                            "4092217", "4092188", "3241074", "3454322", "4024923"],
            "magnit": ["112331", "1d4676bb70"],
            "dixy": [],
            "perekrestok": ["4256375"],
        }, "shower gel of any brand, scent and size (incl. Пятёрочка «Гель … д/д» = для душа: Fa FUN, Palmolive "
           "Роскошь масел), incl. gel-creams and men's 3-in-1 shower gels (Palmolive Men «Гель для душа 3 в 1», "
           "Чистая Линия «Шамп-кондиц-гель/душа 3в1» - both are shower gels); gift sets with a shower gel plus "
           "deodorant/soap (Old Spice, Palmolive sets), laundry gels, dish gels, micellar water excluded"),
        ("а также дезодорант рексона", {
            "pyaterochka": ["3479534", "3479541", "3479535", "3955496", "3444774", "3928499"],
            "magnit": ["b541fbdab4", "214561"],
            "dixy": [],
            "perekrestok": [],
        }, "Rexona deodorants/antiperspirants of any format (aerosol, roll-on, stick) and line (the user wrote no"
           " gender); Nivea, Axe, Old Spice deodorants (other brands) excluded"),
    ]),
    # ftk16
    ("бананчиков связочку одну, и апельсинов кило, и мандаринов, ещё винограда без косточек", [
        ("бананчиков связочку одну", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (incl. organic, mini and pre-packed); «связочку одну» is a quantity; dried bananas, "
           "banana-flavoured goods excluded; only Перекрёсток carries fresh bananas"),
        ("и апельсинов кило", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges («кило» is a quantity of a weighed good); orange juice, nectars, orange drinks, olives "
           "«с апельсином», orange-flavoured sweets excluded"),
        ("и мандаринов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins (incl. «Марокко», «с листом Китай»); mixed juices with mandarin excluded"),
        ("ещё винограда без косточек", {
            "pyaterochka": ["4327381"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48660", "57580", "48657", "4327381"],
        }, "seedless grapes: Киш-миш (white and black), «Виноград белый без косточек» and Shine Muscat («Шайн "
           "Мускат нефритовый», a seedless table variety - outside knowledge); Тайфи (has seeds) and Магнит "
           "«Виноград черный» (seeds not stated), grape juices, nectars and wine excluded"),
    ]),
    # ftk17
    ("на окрошку колбасы докторской полкило, и редиски, и огурцов\nи еще кваса для окрошки бутылку не забудь", [
        ("на окрошку колбасы докторской полкило", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "boiled sausage «Докторская» of any maker, pack, slicing or weighed (incl. Царицыно «ДОК.ОСОБ. ХАЛЯЛЬ»"
           " - a Докторская особая); «полкило» is a quantity, «на окрошку» a purpose; Докторские сосиски and "
           "сардельки, other boiled sausages (Молочная, Любительская, Телячья…) excluded; Магнит and Дикси carry "
           "no Докторская"),
        ("и редиски", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["25180"],
        }, "fresh red radishes (Перекрёсток «Редис красный, 500г»); «Редис Дайкон» (daikon) and Магнит «Редька "
           "красная, 1 кг» (a radish root, редька, not редиска) excluded"),
        ("и огурцов", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (as «огурцы свежие» in ftk11: Магнит короткоплодные/среднеплодные, Перекрёсток "
           "Ботаника, «Хрустящие» and «корнишоны, 300г» taken as fresh); salted, pickled and barrel cucumbers "
           "excluded"),
        ("и еще кваса для окрошки бутылку не забудь", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kvass: none in any chain (ordinary or okroshka kvass); sauerkraut («квашеная») is another product"),
    ]),
    # ftk18
    ("малышу памперсы 4 размер, и влажные салфетки детские, и пюре мясное детское баночки три", [
        ("малышу памперсы 4 размер", {
            "pyaterochka": ["3983632", "3680541", "3447848"],
            "magnit": ["160221"],
            "dixy": [],
            "perekrestok": ["4295222", "4295219"],
        }, "disposable diapers of size 4 (9-14/15 кг), any brand: «памперсы» is taken as the everyday generic "
           "word for diapers, not the Pampers brand, and covers both taped diapers and pants; accepted Huggies "
           "pants р4, Pampers Premium Care pants р4, Pampers «Maxi» pants (Maxi = size 4, 9-14 кг - outside "
           "knowledge), Huggies Ultra Comfort «для девочек 4» («малышу» does not name the sex), Kokoro Maxi р.4 "
           "diapers and pants; sizes 2, 3, 5 (Junior), 6 (Extra Large) excluded"),
        ("и влажные салфетки детские", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697052"],
        }, "baby wet wipes: Kokoro «Салфетки влажные для новорожденных»; universal/antibacterial/cosmetic wet "
           "wipes (Tolli Plus, SALFETI, Home Story, Пр!ст), paper napkins and panty liners excluded"),
        ("и пюре мясное детское баночки три", {
            "pyaterochka": ["3422803", "3353100", "3353099", "3353095"],
            "magnit": ["203151"],
            "dixy": [],
            "perekrestok": [],
        }, "baby meat purée (meat only): Агуша «цыпленок-говядина», ФрутоНяня говядина, индейка, цыпленок; "
           "«баночки три» is a quantity; meat-and-vegetable/cereal purées (ФрутоНяня кролик с рисом, говядина с "
           "гречкой и морковью, говядина/индейка с овощами), fish purées (хек), fruit and vegetable purées "
           "excluded"),
    ]),
    # ftk19
    ("к картошке селедочку в масле, и картошки мешок, и лучок зеленый, плюс водочки бутылку", [
        ("к картошке селедочку в масле", {
            "pyaterochka": ["4043492", "3603143", "3682728", "3497722"],
            "magnit": ["29793287b9", "3068665d37", "112371"],
            "dixy": [],
            "perekrestok": ["4056953", "3621742", "3497722", "79542", "4360965", "4034451", "4367712", "4147685",
                            "4364448", "4225103"],
        }, "herring fillet (pieces) in oil with no flavour added: Русское море «традиционный посол в масле», "
           "Тесей Царская «в масле», Балтийский берег «по-царски … в масле», Vici «К картошке филе в масле», "
           "Смоленская коллекция «ф/кус в масле», Меридиан, Атлантика, Матиас оригинал/XXL «в масле», Люди Любят "
           "Царская «в масле», Русское море «Селедочка аппетитная»/«Селёдочка к картошке» «в масле»; Пятёрочка "
           "«САН.БР.Филе сельди МАТ.ХХL дел.ж/б 200г» is the same X5 item (3497722) that Перекрёсток titles "
           "«филе-кусочки в масле»; herring in oil with dill, onion or smoke aroma, herring in brine/wine or "
           "spicy dressings, whole salted herring, Matias «деликатесное оригинальное» 400 г (oil not stated), "
           "herring salads and roe excluded"),
        ("и картошки мешок", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack («мешок» read as a quantity of a weighed good): Новый урожай, для"
           " варки/жарки 3 кг, красный/мытый, молодой; potato starch, crisps, «картофель хрустящий», marzipan "
           "«картошка» excluded"),
        ("и лучок зеленый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295465"],
        }, "fresh green onion: Перекрёсток «Лук зеленый Маркет Fresh, 100г»; the herb mix «Лук, Укроп и "
           "Петрушка», bulb onions and onion-flavoured snacks excluded"),
        ("плюс водочки бутылку", {
            "pyaterochka": [],
            "magnit": ["2fc1277b9b", "202321", "204991", "08d0c3ece1", "167591", "111501", "199131", "160071",
                       "202041", "108971", "0eb9645e38", "202051", "167671", "2390182f91", "6947733dde", "bddc13f20f",
                       "199141", "1ea5fbb268", "213221", "202361", "e1592f3647", "159761", "112211", "e2bdccf03a",
                       "4d87a1d2d7", "2e5457171a"],
            "dixy": [],
            "perekrestok": [],
        }, "vodka of any brand and bottle size («бутылку» is a quantity), incl. «особая» vodkas without a named "
           "flavour (Хортиця Ultra Premium, Перепелка Фермерская); flavoured/infused vodkas (Зимняя Деревенька "
           "можжевеловая, Талка «Сибирский Кедр», Зеленая Марка «Кедровая», Урожай «на расторопше») excluded as "
           "flavoured; only Магнит sells vodka"),
    ]),
    # ftk20
    ("на болоньезе спагетти, и фарш говяжий, и сыр пармезан, и томаты в собственном соку", [
        ("на болоньезе спагетти", {
            "pyaterochka": ["18453", "4008044", "4077771", "4037644"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry spaghetti of any brand (Federici, Barilla, Spaghetti n.3, «Изделия макаронные … Спагетти»); «на "
           "болоньезе» is a purpose; capellini and other shapes, chechil cheese «спагетти», Магнит «Куриный "
           "оладушек со спагети», Mr.Ricco «Болоньезе» sauce excluded"),
        ("и фарш говяжий", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw beef mince: Рестория «фарш Говяжий», Останкино «ФАРШ ГОВЯЖИЙ», Мираторг «Фарш говяжий»; mixed and"
           " other minces (Мираторг свино-говяжий, Самсон «Домашний», Ближние горки «Деревенский», Петелинка, "
           "Пава-Пава индейка, Магнит «Фарш свиной») excluded"),
        ("и сыр пармезан", {
            "pyaterochka": ["3650219", "3462825", "24647", "3433812"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3963977", "3206443", "3433812", "3912980"],
        }, "Parmesan(-type) hard cheese in any form (piece, grated, flakes): Castello «REGGIANIDO ПАРМЕЗ.», "
           "Laime, Чиз Гелери, Dolche/Dolce Granto, Cheese Gallery «тёртый хлопья», Зелёная Линия «Пармезан "
           "молодой»; chips/crisps «с пармезаном» and fuet «с сыром пармезан» excluded"),
        ("и томаты в собственном соку", {
            "pyaterochka": ["3327872"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned tomatoes in their own juice: Global Village «Томаты в томатном соке» (the same product); "
           "fresh, salted and marinated tomatoes, tomato paste and juice excluded"),
    ]),
    # ftk21
    ("дочке йогурт питьевой клубничный, и сырки глазированные, и кефир 1 процент, плюс ряженку", [
        ("дочке йогурт питьевой клубничный", {
            "pyaterochka": ["3628399", "4066181"],
            "magnit": ["205071"],
            "dixy": [],
            "perekrestok": [],
        }, "strawberry drinking yoghurt: Чудо «питьевой, клубника/земляника» 270 г (Магнит) and the same Чудо 270"
           " г «вк.клуб/земл.» (Пятёрочка; outside knowledge: the Чудо 270 г bottle is the drinking yoghurt, as "
           "Магнит's title says), the children's «Йогурт питьевой … со вкус. Клубничного пломбира» 190 г; «дочке»"
           " is a purpose; mixed flavours (Epica «клуб/марак.», Чудо Детки «КЛУБН/МАЛ.» - also «вязкий», Активиа "
           "with several fruits), the bio-yoghurt «с клубникой, 270г» (drinking not stated), spoonable yoghurts, "
           "milkshakes and strawberry ryazhenka excluded"),
        ("и сырки глазированные", {
            "pyaterochka": ["3378597", "4015226", "3601367", "3410456", "3472523"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snacks: Б.Ю. Александров «Сырок … в м/шок.», «Сырок твор.глаз. … с орехами», «в белом "
           "шоколаде», «глазированный, ванильный», «Сырок Суфле … глазированный»; the unglazed Свитлогорье «Сырок"
           " творожный», glazed curd desserts in wafer cones (РАЭ), the «Десерт ЧИЗКЕЙК», processed cheese and "
           "plain curd excluded"),
        ("и кефир 1 процент", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kefir 1%: no kefir of any fat in any chain"),
        ("плюс ряженку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ryazhenka: the only ryazhenka, Агуша «Ряженка клубника 2,9%», is flavoured and left out (plain "
           "products exclude flavoured ones)"),
    ]),
    # ftk22
    ("вечером гости вина красного сухого бутылочку, и сыр с плесенью, а еще оливки с косточкой", [
        ("вечером гости вина красного сухого бутылочку", {
            "pyaterochka": [],
            "magnit": ["229b7b954e", "e70e8ddb93", "bade36759d", "ce196366c4", "5d8a8a24cf", "199091", "167471",
                       "205611", "104811", "82c49b7fbf", "c2612cf80f", "202001", "202011", "202281", "e8053f6404",
                       "168041", "111851", "7ad3172a4a", "213501", "213381"],
            "dixy": [],
            "perekrestok": [],
        }, "red dry still wine of any origin and bottle (0.75 or 1 l; «бутылочку» is a quantity); semi-dry, "
           "semi-sweet, rosé, white and sparkling wines, port, alcohol-free wines (Перекрёсток Sin Albali "
           "Cabernet Tempranillo 0,5%) excluded; only Магнит sells wine"),
        ("и сыр с плесенью", {
            "pyaterochka": ["3918445", "3693219"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3654470", "3466978", "3626124", "4108550", "4108549", "4108547", "3614011", "4392389",
                            "4325430", "4325429", "3693219", "3621896", "3918445", "3640880", "3640879", "3920347"],
        }, "mould cheese, white or blue, any brand (Camembert, Brie, Dorblu, Grandblu, Mont Blu, Cambozola, "
           "Маркет «с голубой плесенью»); the truffle-flavoured Камамбер «с чёрным трюфелем» (flavoured), Dorblu "
           "«Крем-сыр A La Creme» (cream cheese, as in real_basket_eval), other cheeses excluded"),
        ("а еще оливки с косточкой", {
            "pyaterochka": ["3436776"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "green olives with stone: ITLV «Оливки зел. c косточкой»; pitted and stuffed olives (incl. with "
           "shrimp, salmon, orange, truffle paste, lemon, cheese), Перекрёсток «Оливки-гриль в масле» (stone not "
           "stated) and маслины (black olives: IBERICA «Маслины с костью» - in Russian usage оливки are the green"
           " ones) excluded"),
    ]),
    # ftk23
    ("на ужин рыбу филе трески замороженное, и креветки, и лимон, ещё рис длиннозерный", [
        ("на ужин рыбу филе трески замороженное", {
            "pyaterochka": ["3626338"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4352492", "4358015", "4352493"],
        }, "frozen cod fillet: Пятёрочка Fish House «Треска филе, 600 г» (a frozen-fish brand - outside "
           "knowledge), Перекрёсток Люди Любят «филе без кожи замороженная», «филе порционное мороженое», «филе "
           "спинки без кожи замороженная»; cod carcass («Тушка»), steaks, Borealis «Бакаляо По-Мурмански» (a "
           "salted-cod speciality), cod roe and fish cakes excluded"),
        ("и креветки", {
            "pyaterochka": ["3420429", "3605498", "3636987", "3635799", "3663836"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4078304", "4292180", "3495300", "4277440", "3970776", "3642960", "4371402", "4359390",
                            "4379878", "4379876", "4379877", "4367793", "4012971", "3432111", "3641931", "4385594",
                            "4343270"],
        }, "plain frozen or cooked-frozen shrimps of any kind and size (royal, northern, vannamei, argentine; "
           "peeled or not); shrimps «с пряностями» (flavoured), shrimps preserved in brine or «в заливке», "
           "roe/olives/chips «с креветкой» excluded"),
        ("и лимон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a fresh lemon: none in any chain (see ftk09)"),
        ("ещё рис длиннозерный", {
            "pyaterochka": ["39747", "5722"],
            "magnit": ["448fba0b94", "7936bf2f6b"],
            "dixy": [],
            "perekrestok": [],
        }, "long-grain rice: Мистраль «Жасмин, белый, длиннозерный», Националь «Лазер длиннозерный», and basmati "
           "(Мистраль, Националь - basmati is a long-grain rice, outside knowledge; nothing else was written); "
           "round and medium-grain rice (Кубань, Краснодарский, Адриатика, «для плова … круглый»), rice «для "
           "плова» whose grain is not stated (Националь), brown «ЭКСТРА БУРЫЙ» and the wild-rice mix «АКВАТИКА», "
           "the rice-buckwheat mix excluded"),
    ]),
    # ftk24
    ("на праздник кока колу два литра, и сок апельсиновый, и минералку без газа, плюс шампанское полусладкое", [
        ("на праздник кока колу два литра", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1860"],
        }, "classic Coca-Cola in a 2 l bottle (the size names the pack): Перекрёсток «Coca-Cola, 2л»; Coca-Cola "
           "of other sizes (0.9 l, 1 l, 1.5 l), Coca-Cola Zero/Vanilla/Orange, other colas (Pepsi, Добрый, "
           "Черноголовка, Любимая, Evervess, Cool Cola) excluded"),
        ("и сок апельсиновый", {
            "pyaterochka": ["84794", "3965623"],
            "magnit": ["204401"],
            "dixy": [],
            "perekrestok": ["3965623", "3190682"],
        }, "single-fruit orange juice (incl. J7 children's orange juice): Swell «Сок Апельсин», J7 «Апельсиновый "
           "(с мякотью)»; orange nectars, orange drinks, multi-fruit juices, Fanta/Mirinda excluded"),
        ("и минералку без газа", {
            "pyaterochka": ["3369800", "3024", "2139858", "3630602", "3635131", "3635119", "4048555"],
            "magnit": ["a5f6c8ecb8"],
            "dixy": [],
            "perekrestok": ["3020"],
        }, "still mineral water: Acqua Panna «прир.мин. … н/газ», Evian «н/газ» (Перекрёсток titles Evian "
           "«минеральная столовая негазированная»), Пилигрим «минеральная, без газа», Легенда Гор Архыз «негаз» "
           "0.5/0.75 l and «негазированная» 1.5 l (Легенда Гор is mineral table water, as its 0.5 l titles say), "
           "Легенда Гор «минеральная, 5 л» (5 l bottles are still - outside knowledge), Нарзан Элита "
           "«негазированная»; sparkling mineral waters (Боржоми, Ессентуки, Нагутская, Джермук, Пилигрим газ.), "
           "mineral waters whose gas is not stated (Мтаби, Arivali), drinking (non-mineral) waters (Святой "
           "источник, Сенежская, Малаховская, Байкал, Архыз «Горная природная питьевая») and flavoured waters "
           "excluded"),
        ("плюс шампанское полусладкое", {
            "pyaterochka": [],
            "magnit": ["111471", "159461", "213561", "1a44269ee1"],
            "dixy": [],
            "perekrestok": [],
        }, "semi-sweet sparkling wine («шампанское» as in real_basket_eval): Лыхны «игристое, белое, "
           "полусладкое», Шато Тамань «игристое, белое, полусладкое», «Шампанское Российское, Классическое, "
           "белое, полусладкое», Абрау «ИМПЕРАТОРСКОЕ бел п/сл»; brut, dry, semi-dry, sweet (Asti) sparkling "
           "wines, Lambrusco Ка Ди Валле (semi-sparkling rosé/red), still semi-sweet wines (incl. Abrau Light, "
           "not stated sparkling), the aerated wine drinks LAVETTI and Santo Stefano («напиток», not wine) and "
           "alcohol-free sparkling drinks excluded"),
    ]),
    # ftk25
    ("на завтрак хлопья кукурузные, и мед, а ещё орехи грецкие", [
        ("на завтрак хлопья кукурузные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain corn flakes: none identifiable - Nestlé «Хлопья GOLD кукур. мед/арахис» are honey-nut "
           "flavoured, Любятово «Завтраки кукурузные» does not say flakes (the form is not stated), and the rest "
           "are buckwheat/oat/rice/multigrain flakes, corn sticks or canned corn"),
        ("и мед", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural honey: Медовый дом «Восточная липа», «Южный цветок», «разнотравье»; crème honey with fillings"
           " (малина, лимон-имбирь), chak-chak and honey-flavoured goods excluded"),
        ("а ещё орехи грецкие", {
            "pyaterochka": ["3982582", "3915361"],
            "magnit": ["200261"],
            "dixy": [],
            "perekrestok": [],
        }, "walnuts, shelled or in shell: Mix Bar «Грецкий орех», Botanica «Ядро ореха грецкого», Магнит «Орех "
           "грецкий, неочищенный»; walnut jam, nut mixes, cheese «с грецким орехом» excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftkNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftk\d\d ===$", line):
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
                    errors.append("%s%02d: replaced item %r not found once in the blind draft" % (PREFIX, n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("%s%02d: text %r differs from the blind draft %r" % (PREFIX, n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, PREFIX))
