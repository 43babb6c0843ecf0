#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yg.jsonl -- office-kitchen / tea-corner / work-lunch shopping lists
hand-labelled against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yg.build.py

LISTS below is literal data: 25 lists (3-5 items, 92 items) as a secretary, an office manager or
colleagues would type them to a Telegram bot, copied byte for byte from
fresh_basket_eval_yg.blind_lists.txt (written before any offer was read), except one item of fyg10
replaced after labelling because that list was empty in every store (see the README, "Replacements").
For every item the product ids of every in-stock offer of each store that a reasonable shopper would
accept are listed.  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the
chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; the note of each
item records what was accepted, what was deliberately left out and any judgement that rests on
outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing"
there).  The labels were made without reading or running anything of korzina.

The script only checks the data (labelled_lists.build: every id exists in real_offers.jsonl *for that
store* and is in stock, no id repeats within an item, every item has a note, the labels are exactly
the list's items in order) and then writes the JSONL in the format of real_basket_eval.jsonl.  List
ids are fyg01, fyg02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yg.jsonl")

E = []  # empty: nothing acceptable in that store

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyg01 tea corner restock
    ("чай greenfield черный в пакетиках 100шт, сахар в стиках, печенье юбилейное в офис, салфеточки бумажные на стол", [
        ("чай greenfield черный в пакетиках 100шт", {
            "pyaterochka": ["3450276", "3378336"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Greenfield black tea in packs of 100 bags (ГРИНФ. Spring Melody 100x1,5 g, Kenyan Sunrise 100x2 g); "
           "the 100-bag count names the pack: Greenfield 20- and 25-bag packs (Redberry Crumble, Магнит Spring Melody 25), "
           "loose Greenfield (Spring Melody 100 g, Golden Ceylon 200 g, Эрл Грей Фэнтази 200 g) and the mate drink excluded"),
        ("сахар в стиках", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no sugar sticks in any store; Магнит «Сахар белый прессованный 1кг» (cubes), Демерара 500 g (loose cane "
           "sugar) and powdered sugar are not sticks"),
        ("печенье юбилейное в офис", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": E,
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every «Юбилейное» cookie (traditional, glazed, oat, lenten, wholegrain, berry and chocolate flavours); "
           "«в офис» is a wish; Магнит «Мини-кексы Юбилейное» (cakes) and Останкино «Колбаса Юбилейная» excluded"),
        ("салфеточки бумажные на стол", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4250543", "4250535", "4299678", "4397850", "4310841", "4310840", "4371757", "4429769",
                            "4429397", "4429400"],
        }, "paper table napkins, white or printed (Gratias, Пр!ст, Art Bouquet); Gratias 3-ply 33x33 «Ёлка акварель», "
           "«Подарки», «Тройка» accepted as paper napkins although «бумажные» is not written (outside knowledge); wet "
           "wipes, Carefree liners and Магнит BIG CITY LIFE «Салфетки в рулоне 25x30» (cleaning cloths on a roll) excluded"),
    ]),
    # fyg02 coffee machine
    ("кофе в зернах 1кг для кофемашины, молоко для кофе 3.2, сливки порционые 10%, сахар рафинад коробочка", [
        ("кофе в зернах 1кг для кофемашины", {
            "pyaterochka": ["3472968", "2073687", "3086387"],
            "magnit": ["160171", "275856ead6"],
            "dixy": E,
            "perekrestok": E,
        }, "coffee beans in 1 kg packs (Ambassador Nero, Paulig Arabica, Lavazza, Piazza del Caffe Espresso Forte); "
           "the 1 kg names the pack, so 800 g Jacobs Monarch / Черная карта / Monarch Asian and 230-500 g beans are "
           "excluded; Магнит «Кофе Американо зерновой 230мл» etc. are ready drinks; «для кофемашины» is a purpose"),
        ("молоко для кофе 3.2", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": E,
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a",
                            "b4411ba8d4", "52d96fd806", "885d917850", "488d323508", "ecc07a0e68", "f50aeac1bb",
                            "3431579", "b508e73840", "47a9cd6be2"],
        }, "cow drinking milk labelled exactly 3.2 % (pasteurised, UHT or sterilised, children's Агуша incl.); «для "
           "кофе» is a purpose; ranges (3.2-6, 3.2-4, 3.2-4.5), топлёное 3.2 % (Простоквашино, Домик в деревне), "
           "Barista 7.1 %, 3.4-3.7 % and other fats, condensed and coconut milk excluded; Магнит has no 3.2 % milk"),
        ("сливки порционые 10%", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no portion cream (single-serve 10 g cups) in any store; bottled 10 % cream (Домик в деревне 950 g, "
           "Сарафаново 480 ml, Молочный знак 500 ml) is not the portion form the user named"),
        ("сахар рафинад коробочка", {
            "pyaterochka": E,
            "magnit": ["07d5c3205d"],
            "dixy": E,
            "perekrestok": E,
        }, "refined sugar cubes in a box: Магнит «РУССКИЙ Сахар белый прессованный 1кг к/уп» (pressed = rafinad, "
           "к/уп = carton); cane sugar Демерара and powdered sugar excluded"),
    ]),
    # fyg03 disposables and dish washing
    ("стаканчики бумажные 250мл, ложечки одноразовые, фейри лимон на кухню офиса, губки для посуды поролоновые", [
        ("стаканчики бумажные 250мл", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no cup is titled paper; Перекрёсток «Стаканы одноразовые 250мл в ассортименте Маркет, 6шт» does not say "
           "paper or plastic and was left out; ice cream «в вафельном стаканчике» and «Моностакан» yoghurt are traps"),
        ("ложечки одноразовые", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no disposable spoons in any store; the brand «Ложкаревъ» (pelmeni, cutlets) is a trap"),
        ("фейри лимон на кухню офиса", {
            "pyaterochka": ["3501026", "3500750"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Fairy dish soap «Сочный лимон» 450 and 900 ml; other Fairy scents (Нежные руки, Platinum, Ледяная "
           "свежесть, роза/жасмин), AOS «Лимон» and Finish tablets «Лимон» excluded; «на кухню офиса» is a purpose"),
        ("губки для посуды поролоновые", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no dish sponges in any store"),
    ]),
    # fyg04 lunch box
    ("йогурт греческий несладкий, бананы штук 6, салатик цезарь с курицей, сок яблочный литровый", [
        ("йогурт греческий несладкий", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain Greek yoghurt (Neo «классический без сахара», Teos Греческий 2 %, Простоквашино Греческий 2 %, "
           "Зелёная Линия «натуральный» 4 %); Teos and Простоквашино Греческий 2 % taken as plain (no flavour or filler "
           "in the title; outside knowledge); Пятёрочка «Греческий» with вишня/черника filler and Дикси Viola Греческий "
           "Малина-Мята excluded by «несладкий»"),
        ("бананы штук 6", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3757", "3639749", "4208494", "4112219"],
        }, "fresh bananas incl. organic and mini bananas; «штук 6» is a quantity; dried bananas, banana chips and "
           "banana-flavoured goods excluded"),
        ("салатик цезарь с курицей", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4225649"],
        }, "ready Caesar salad: Перекрёсток Select «Салат Цезарь» 220 g taken as the chicken Caesar (outside "
           "knowledge: shrimp Caesars are titled «с креветками»); «Сэндвич-ролл Цезарь», Caesar sauces (Calve, "
           "Махеевъ, Heinz) and the brand Цезарь (pizza, pastry) excluded"),
        ("сок яблочный литровый", {
            "pyaterochka": ["3679183"],
            "magnit": ["ece47f47e1", "202971"],
            "dixy": E,
            "perekrestok": ["3190706", "80142", "26869"],
        }, "single-fruit apple juice in ~1 l packs (0.95-1 l: Фруктовый сад 0.95 l, Rich 1 l, J7 0.97 l, Сады "
           "Придонья 1 l incl. the children's «зелёное яблоко»); 0.125-0.75 l, 0.9 l (Rich 900 ml) and 1.93 l packs "
           "excluded by «литровый»; apple-grape, apple-cherry, apple-peach, apple-celery, carrot-apple juices, "
           "nectars and juice drinks excluded"),
    ]),
    # fyg05 sandwiches
    ("хлеб тостовый нарезной, ветчина в нарезке, сыр ломтиками, огурцы свежие пару штук, провансаль майонезик 67", [
        ("хлеб тостовый нарезной", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no toast bread in any store; ham «для тостов», Hochland «Сыр пл.-тост» and «Батон нарезной» are not "
           "toast bread"),
        ("ветчина в нарезке", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4400358", "4195681", "4399593"],
        }, "sliced ham: Черкизово and Клинский «Для тостов» (sliced for toast) and Индилайт turkey ham 120 g (a 120 g "
           "pack taken as sliced; outside knowledge); ham sold as a piece/loaf (325-500 g: Вязанка, Велком, "
           "Черкизовский, МДБ «в/у кусок», Мираторг, Рублевский, Империя Вкуса 400 g), canned ham and pizza/pancakes "
           "with ham excluded"),
        ("сыр ломтиками", {
            "pyaterochka": ["3448799", "3452403", "3932860", "4078315"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4074230", "4280098", "4302547", "4280100", "3228233", "3668842", "3452403", "3505827",
                            "3668519", "4297132", "4260755"],
        }, "real cheese sold sliced («нарезка»/«нар.»: Маасдам, Лёгкий, Havarti, Сливочный, Российский, Эдам, "
           "голландский, Чеддер, Tete de Moine); Laime «Ассорти полутвердых сыров Гауда и Тильзитер» 160 g taken as "
           "sliced (outside knowledge); processed slices (Hochland «пл.-тост», Valio «плав. ломт.», Galbani «плавленый "
           "ломтевой») excluded as processed cheese; blocks, grated cheese and Дикси «Тысяча озер утренний 240 г» (form "
           "not stated) excluded"),
        ("огурцы свежие пару штук", {
            "pyaterochka": E,
            "magnit": ["200221", "169161"],
            "dixy": E,
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (short, medium, «Хрустящие» 450 g, fresh gherkins «корнишоны 300г» in the fresh-veg "
           "category); pickled/salted cucumbers and «Ассорти Черри и Корнишоны» excluded; «пару штук» is a quantity"),
        ("провансаль майонезик 67", {
            "pyaterochka": ["3982578", "3355228", "3355242", "3193489"],
            "magnit": ["204681"],
            "dixy": E,
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4297313",
                            "4105769"],
        }, "mayonnaise «Провансаль» 67 % incl. olive Provansal and Махеевъ «Провансаль с лимонным соком»; Пятёрочка "
           "«Майонез Слобода, 67%, 800 мл» (3193489) accepted because Перекрёсток sells the same id as «Слобода "
           "Провансаль 67%»; Heinz «Классический», Mr.Ricco, Слобода «Оливковый» (not Provansal), «на перепелиных "
           "яйцах», 55 % and Я люблю готовить «Московский Провансаль» 700 ml without a fat value excluded"),
    ]),
    # fyg06 tea break
    ("чай зелёный в пакетиках, мед цветочный к чаю, лимончик пару шт, сушки с маком к чаю в офис", [
        ("чай зелёный в пакетиках", {
            "pyaterochka": ["3495758", "3482097", "3982372", "2133950", "4074015", "3971173"],
            "magnit": ["645eef49fe"],
            "dixy": E,
            "perekrestok": E,
        }, "green tea in bags or pyramids, flavoured included (Curtis mango / Hugo, Lipton Matcha, Tess Lime, Assand "
           "jasmine, Saito «Чай зеленый MILKY OOLONG», Richard green with melissa/mint); Assand «Улун с ароматом молока» "
           "(not called green), loose «Зеленая Панда» oolong, bottled green-tea drinks (Lipton, Nestea, Fuze) and "
           "UNICUM «GREEN TEA» dish soap excluded"),
        ("мед цветочный к чаю", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": E,
            "perekrestok": E,
        }, "natural flower honey (Медовый дом «цветочный» linden and «Южный цветок», Магнит «цветочный разнотравье»); "
           "cream honey with lemon-ginger or raspberry fillers, чак-чак, honey cakes and honey-flavoured goods excluded"),
        ("лимончик пару шт", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no fresh lemons in any store; lemon-scented cleaners, lemonade, citric acid and lemon cake are traps"),
        ("сушки с маком к чаю в офис", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no сушки with poppy seeds; Пятёрочка «Баранки оригинал. с маком» (баранки, a larger softer ring, not "
           "сушки) and «Мини сушка Семейка Озби, ваниль» (vanilla, no poppy) excluded"),
    ]),
    # fyg07 instant coffee corner
    ("кофе растворимый нескафе классик, сливки сухие, сахар-песок килограмм, вафли артек к чаю коллегам", [
        ("кофе растворимый нескафе классик", {
            "pyaterochka": ["4035364", "4035358", "4035361"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Nescafé Classic instant coffee (95, 190, 230 g); Nescafé Gold/Crema/Gold Barista, the «NESCAFÉ CLASSIC LATTE» "
           "and «Classic Cappuccino» coffee-drink sachets and unbranded instant coffee excluded"),
        ("сливки сухие", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3415102"],
        }, "dry coffee creamer: «Заменитель сухих сливок Mr. Сливкин» (what is sold as «сухие сливки»; outside "
           "knowledge); liquid cream, Пятёрочка «Сопьо Крима (Сливки)» (liquid cream substitute) and Жокей «Ирландские "
           "сливки» coffee excluded"),
        ("сахар-песок килограмм", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no granulated white sugar in any store; Магнит pressed sugar 1 kg (cubes), Демерара cane sugar 500 g and "
           "powdered sugar excluded"),
        ("вафли артек к чаю коллегам", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no «Артек» wafers in any store; other wafers (Яшкино, Коровка, Коломенское, Зерница…) are other brands"),
    ]),
    # fyg08 cleaning supplies
    ("полотенца бумажные 2 рулончика, aos для посуды, мешки мусорные 60 л, перчатки для мытья посуды", [
        ("полотенца бумажные 2 рулончика", {
            "pyaterochka": ["3449212", "3431062", "3601010"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "paper towels (Papia 2 rolls, Familia 2 rolls, Zewa); «2 рулончика» read as the quantity wanted, so the Zewa "
           "pack with no roll count is accepted too; toilet paper and napkins excluded"),
        ("aos для посуды", {
            "pyaterochka": ["3679975", "3678617", "3669211", "3669212", "3669210"],
            "magnit": ["168221"],
            "dixy": E,
            "perekrestok": E,
        }, "every AOS dish-washing liquid/gel (бальзам, алоэ, лимон, 7 трав; 450/900 g)"),
        ("мешки мусорные 60 л", {
            "pyaterochka": E,
            "magnit": ["e9bebc57c0"],
            "dixy": E,
            "perekrestok": E,
        }, "60 l bin bags (BIG CITY LIFE 60 л 20 шт); the 60 l names the bag size, so Магнит 35 l bags excluded; food and "
           "breakfast bags excluded"),
        ("перчатки для мытья посуды", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no household gloves in any store"),
    ]),
    # fyg09 sweets for tea
    ("овсяное печенье с изюмчиком, зефир в шок. глазури, конфеты ассорти коробку", [
        ("овсяное печенье с изюмчиком", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no oatmeal cookie with raisins; plain/chocolate-chip «Печенье овсяное Классическое», Юбилейное овсяное, "
           "Хлебный спас «Овсяное» (ассорти/особое/яблоко-корица), «Миндальное овсяное» and Каскад «Злаковое клюква и "
           "изюм» (not oatmeal) excluded"),
        ("зефир в шок. глазури", {
            "pyaterochka": ["3681284", "3936545", "3406629", "4086822"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "zephyr in chocolate glaze (Вдохновение «в тем. шок.», «в шоколадной глазури» 1 kg); Шарлиз «глазированный "
           "ваниль» and Белёвский «гл.» taken as chocolate-glazed (outside knowledge: «глазированный зефир» = in "
           "chocolate glaze); unglazed zephyr (Белёвский антоновский/черносмородиновый, Сладкие истории, NEO), "
           "marshmallows and pastila excluded"),
        ("конфеты ассорти коробку", {
            "pyaterochka": ["3487673", "3659498", "3681522", "3639113", "3639115", "3911678", "4089706", "3642751",
                            "3483309"],
            "magnit": ["160141", "111721", "111571", "203131", "17644f19d9"],
            "dixy": E,
            "perekrestok": ["22245"],
        }, "boxed chocolate assortments (Merci, Коркунов «Ассорти», Твой секрет, Lindor «Ассорти», Dove «Десертное "
           "ассорти», Подмосковные вечера, Бабаевский «Ассорти»); loose assorted sweets by the kilo (Остров мечты, "
           "Шарлиз нуга), single-filling boxes (Вишня в шоколаде, Lindor milk, Коркунов «Ореховая коллекция»), "
           "Новогодние подарки, chewing candies, caramel and chocolate bars excluded"),
    ]),
    # fyg10 water cooler and cups (one item replaced, see README)
    ("вода для кулера 19л, стаканчики пластиковые 200мл, чай ahmad черный 25 пак", [
        ("вода для кулера 19л", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no 19 l cooler bottles in any store (largest water is 5 l)"),
        ("стаканчики пластиковые 200мл", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no 200 ml plastic cups; Перекрёсток «Стаканы одноразовые 250мл в ассортименте» is 250 ml and of unstated "
           "material"),
        ("чай ahmad черный 25 пак", {
            "pyaterochka": ["3470341"],
            "magnit": ["a37d9d8522", "204561"],
            "dixy": E,
            "perekrestok": E,
        }, "REPLACEMENT (blind text «чай ahmad эрл грей 25 пак», absent everywhere): Ahmad black tea in 25-bag packs "
           "(Классический, чабрец); Ahmad 100x2 g and loose «Английский №1» 200 g excluded by the 25-bag count"),
    ]),
    # fyg11 meal prep
    ("гречка в пакетиках для варки, грудка куриная филе, помидоры черри для ланчбоксов, контейнеры одноразовые с крышкой", [
        ("гречка в пакетиках для варки", {
            "pyaterochka": E,
            "magnit": ["203081"],
            "dixy": E,
            "perekrestok": E,
        }, "buckwheat in boil-in bags: Магнит «Крупа Гречневая Prosto, 500 г» (Prosto sells groats in 5x100 g cooking "
           "bags; outside knowledge); Prosto «Рис и греча» (a mix), buckwheat flakes, noodles, porridge and ready "
           "dishes with buckwheat excluded"),
        ("грудка куриная филе", {
            "pyaterochka": ["3963723"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast fillet incl. «филе цыплёнка малое» (inner fillet); bone-in «грудка без кожи» (Первая "
           "свежесть, Петелинка), grilled/baked fillet (Зелёная Линия 182 g), turkey/duck breast, thigh fillet and "
           "whole birds excluded"),
        ("помидоры черри для ланчбоксов", {
            "pyaterochka": E,
            "magnit": ["169381", "107681", "168841"],
            "dixy": E,
            "perekrestok": ["3676649", "4188460", "3673307"],
        }, "fresh cherry tomatoes (round, plum-shaped, on the vine, red or orange); cocktail tomatoes, ordinary "
           "tomatoes, salted tomatoes and «Ассорти Черри и Корнишоны» (preserve) excluded"),
        ("контейнеры одноразовые с крышкой", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no disposable food containers in any store; food bags and foil excluded"),
    ]),
    # fyg12 quick lunch
    ("лапша доширак курица 3 шт, сосиски молочные для микроволновки, кетчуп шашлычный heinz побольше", [
        ("лапша доширак курица 3 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no Доширак in any store; Роллтон «Куриная по-домашнему» and unbranded «Лапша с куриным вкусом» are other "
           "brands"),
        ("сосиски молочные для микроволновки", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": E,
            "perekrestok": E,
        }, "sausages titled «Молочные» (Велком 480 g, Магнит 0.33 and 0.65 kg); сливочные, докторские, Детям, "
           "Баварские, Венские, cheese sausages excluded; «для микроволновки» is a purpose"),
        ("кетчуп шашлычный heinz побольше", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no Heinz shashlik ketchup; Heinz «томатный»/«томат. с горч.» (other variety), Махеевъ and Слобода "
           "«Шашлычный» (other brands) excluded; «побольше» is a wish"),
    ]),
    # fyg13 healthy snack
    ("творожок простоквашино 5%, мюсли ореховые, молоко безлактозное 1.5%, яблоки зеленые кисленькие", [
        ("творожок простоквашино 5%", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no Простоквашино cottage cheese in any store; 5 % cottage cheese of other brands (Село Зелёное, Молочный "
           "знак, Савушкин) and Простоквашино milk/sour cream/yoghurt excluded"),
        ("мюсли ореховые", {
            "pyaterochka": ["3398286"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "muesli with nuts: Matti «орех-яблоко»; honey-berry, berry, banana, tropical-fruit and chocolate muesli and "
           "yoghurts with muesli excluded"),
        ("молоко безлактозное 1.5%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["b267022f66", "4308790"],
        }, "lactose-free milk 1.5 % (Простоквашино, Сарафаново); lactose-free 0.05/1.8/3.5 % and 3.6-4.6 % and regular "
           "1.5 % milk excluded"),
        ("яблоки зеленые кисленькие", {
            "pyaterochka": E,
            "magnit": ["200671"],
            "dixy": E,
            "perekrestok": E,
        }, "green sour apples: Гренни Смит (outside knowledge: green and tart); Ред Делишес, «Яблоки красные», Гала, "
           "Медовый хруст and «Яблоки сезонные» (colour not stated) excluded"),
    ]),
    # fyg14 good coffee
    ("кофе лавацца в зернах, сливки 11% для кофе, горький шоколад 70 проц", [
        ("кофе лавацца в зернах", {
            "pyaterochka": ["45169", "3086387"],
            "magnit": ["105001"],
            "dixy": E,
            "perekrestok": E,
        }, "Lavazza coffee beans (Qualita Oro 250 g, Lavazza 1 kg); Lavazza ground «мол.» excluded"),
        ("сливки 11% для кофе", {
            "pyaterochka": ["4063899"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "drinking cream labelled 11 % (Parmalat Comfort lactose-free 11 %); 10 %, 20 %, 33 % cream excluded"),
        ("горький шоколад 70 проц", {
            "pyaterochka": ["4024458"],
            "magnit": ["11ee50093d"],
            "dixy": E,
            "perekrestok": E,
        }, "dark chocolate labelled 70 % (Коркунов, Alpen Gold Bitter); Merci 72 %, O'Zera 55 %, dark chocolate without "
           "a % and Магнит «Золотая марка, Дуэт в горьком, 70 %» (a two-layer «duet» bar, not plain dark chocolate) "
           "excluded"),
    ]),
    # fyg15 snack plate
    ("сыр ассорти нарезка, крекеры, кишмиш виноград зеленый", [
        ("сыр ассорти нарезка", {
            "pyaterochka": ["4078315"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3440590"],
        }, "assorted cheese platters: Laime «Ассорти полутвердых сыров Гауда и Тильзитер» (taken as sliced; outside "
           "knowledge) and «Сырная тарелка Say Cheese №7»; single-cheese slices, Чечил «ассорти» (one string cheese), "
           "processed-cheese «ассорти» (Виола) excluded"),
        ("крекеры", {
            "pyaterochka": ["4024592", "3950922", "3490862", "3943974", "3943973", "3238700"],
            "magnit": ["199291"],
            "dixy": E,
            "perekrestok": E,
        }, "every cracker (TUC of any flavour, sesame-flax, «Забавные животные»); chocolate «с соленым крекером», "
           "pretzels (Crackzel) and crispbread excluded"),
        ("кишмиш виноград зеленый", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no fresh grapes in any store; grape juices excluded"),
    ]),
    # fyg16 corporate party
    ("мандарины 2 кг, конфеты раффаэлло, шампанское брют на корпоратив, икра красная баночка", [
        ("мандарины 2 кг", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins (loose, Morocco, China with leaves); «2 кг» is a quantity; juices excluded"),
        ("конфеты раффаэлло", {
            "pyaterochka": E,
            "magnit": ["167861"],
            "dixy": E,
            "perekrestok": ["18162"],
        }, "Raffaello 150 g"),
        ("шампанское брют на корпоратив", {
            "pyaterochka": E,
            "magnit": ["168031", "c44a8ef112", "51cda6b802"],
            "dixy": E,
            "perekrestok": E,
        }, "sparkling wine labelled brut («шампанское» colloquially = any sparkling wine): Премиум rosé brut, "
           "Giacobazzi Prosecco brut, Martini Brut; semi-sweet/semi-dry/dry (Gancia Prosecco Dry), sweet Asti and the "
           "alcohol-free «Нектар БРЮТ» and Free Feather excluded"),
        ("икра красная баночка", {
            "pyaterochka": ["2046731"],
            "magnit": ["105041"],
            "dixy": E,
            "perekrestok": ["4323783", "4437727", "4320227", "4432583", "4386122", "4411673", "4428864", "3465904",
                            "4411674", "4383708", "4433327"],
        }, "salmon/trout roe (горбуша, кета, кижуч, нерка, форель); Пятёрочка «СВК Икра ТУНГУТУН лос. с/б 230г» read "
           "as salmon roe in a glass jar (outside knowledge); sturgeon/sterlet roe, herring, capelin and cod roe, "
           "«икорные изделия» in sauce and vegetable «икра» excluded"),
    ]),
    # fyg17 tea party
    ("чай каркаде, курабье, варенье малиновое к чаю", [
        ("чай каркаде", {
            "pyaterochka": ["3981153"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "hibiscus tea: «Ароматизированный чайный напиток из гибискуса с кусочками малины» (bagged karkade with "
           "raspberry; flavour not restricted); the Fuze Tea bottle «лесные ягоды-гибискус» and Vernel «гибискус» "
           "excluded"),
        ("курабье", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no курабье in any store"),
        ("варенье малиновое к чаю", {
            "pyaterochka": E,
            "magnit": ["2ae922ebdb"],
            "dixy": E,
            "perekrestok": E,
        }, "raspberry varenye (Магнит 300 g); strawberry/blueberry/walnut varenye, raspberry cream honey and ice cream "
           "with raspberry varenye excluded"),
    ]),
    # fyg18 sandwich table
    ("батон нарезной на бутерброды в офис, масло сливочное 82.5% пачка, докторская для бутербродов на работу, сыр российский куском, листья салата", [
        ("батон нарезной на бутерброды в офис", {
            "pyaterochka": ["3985404"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3974714"],
        }, "«Батон нарезной» (Маркет 400 g) and Пятёрочка «Батон \"Звездный\" нар» («нар» read as нарезной); other "
           "bread, chocolate «батончики» and «сосиски в тесте» excluded; «на бутерброды в офис» is a purpose"),
        ("масло сливочное 82.5% пачка", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "butter labelled 82.5 % (Традиционное, Вкуснотеево, Тысяча Озёр, 175-400 g); 82 % (Простоквашино in Магнит "
           "and Дикси, Президент), 72.5 % and chocolate butter excluded"),
        ("докторская для бутербродов на работу", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "cooked sausage «Докторская» of any maker, piece, weighed or sliced; «Сосиски/Сардельки Докторские» "
           "excluded"),
        ("сыр российский куском", {
            "pyaterochka": ["4046889"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "«Российский» cheese as a piece (Брест-Литовск 200 g); Зелёная Линия «Российский нарезка» excluded by "
           "«куском»; other cheeses and «сервелат российский» excluded"),
        ("листья салата", {
            "pyaterochka": E,
            "magnit": ["200461"],
            "dixy": E,
            "perekrestok": ["77107", "4312456", "67334", "3395353", "4355043", "4312455", "4299309", "4301537"],
        }, "fresh lettuce (листовой, айсберг, романо, фриллис) and washed lettuce mixes; rocket (рукола/руккола), "
           "radicchio+rocket, spinach and chard mixes, ready salads, salad dressings and the salad-bowl excluded"),
    ]),
    # fyg19 diet lunch
    ("йогурт активиа питьевой, кефир однопроцентный на обед, ржаные хлебцы хрустящие для ланча, миндаль обжаренный", [
        ("йогурт активиа питьевой", {
            "pyaterochka": ["4038830", "4038831", "4035472", "4035473", "4035562", "4035564", "4035476", "4035471",
                            "4035474"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Activia in the 260 g format (outside knowledge: Activia's drinking yoghurt is the 260 g bottle, the spoon "
           "yoghurt is 150 g); 150 g Activia cups excluded; unbranded bio-yoghurts (Bio-Max, «зимн коллек», 270 g 1 %) "
           "not accepted as Activia"),
        ("кефир однопроцентный на обед", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no kefir in any store; drinking yoghurts and Имунеле/Актимель excluded"),
        ("ржаные хлебцы хрустящие для ланча", {
            "pyaterochka": ["3692903"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "rye crispbread: Щедрые «тонкие бородинские» (Borodinsky = rye bread style; outside knowledge); rye-wheat "
           "(Croisette, Образ жизни), wheat, corn-rice, 5-grain and cereal crispbread, Finn Crisp Multigrain and rye "
           "croutons excluded"),
        ("миндаль обжаренный", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no plain almonds in any store; almond drinks, chocolate with almonds, nut mixes (Семушка, Mixbar) and "
           "macadamia excluded"),
    ]),
    # fyg20 salads for lunch
    ("крабовый салат готовый, тунец консерва в с/с, кукурузка бондюэль", [
        ("крабовый салат готовый", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4406507"],
        }, "ready crab salad (Перекрёсток Select «Салат Крабовый»); crab sticks «Салатные» and crab-flavoured chips "
           "excluded"),
        ("тунец консерва в с/с", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no canned tuna in its own juice; tuna in oil (Морской котик, Магуро), frozen tuna, dried tuna snack, "
           "tuna paste and ready tuna salads excluded"),
        ("кукурузка бондюэль", {
            "pyaterochka": E,
            "magnit": ["213661", "111551"],
            "dixy": E,
            "perekrestok": ["3645521", "16793"],
        }, "canned Bonduelle sweet corn (212 ml, 340 g, 170 g, «молодая»); corn of other brands (Heinz, Globus, "
           "6 соток, Юнона…), Bonduelle peas/beans/olives and corn sticks excluded"),
    ]),
    # fyg21 office bathroom and kitchen
    ("синергетик для посуды, полотенца кухонные, освежитель воздуха в офисный туалет, жидкое мыло дозатор", [
        ("синергетик для посуды", {
            "pyaterochka": ["3682367", "3501662"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Synergetic dish-washing liquids; Synergetic shampoo excluded"),
        ("полотенца кухонные", {
            "pyaterochka": ["3449212", "3431062", "3601010"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "paper kitchen towels (Papia, Zewa, Familia): in an office consumables list «полотенца кухонные» read as "
           "paper kitchen towels (judgement); no textile kitchen towels exist in the offers"),
        ("освежитель воздуха в офисный туалет", {
            "pyaterochka": ["3404252", "3654067", "3440047", "3347030", "3974933", "3974927", "3654065", "3440052"],
            "magnit": ["69dbe62e8a", "204531"],
            "dixy": E,
            "perekrestok": E,
        }, "air fresheners: aerosols (Glade, Air Wick, Symphony) and refill cans for automatic dispensers (Glade "
           "«см.бал.», Магнит «см/бал»); toilet rim blocks (Bref) and laundry conditioners excluded; «в офисный туалет» "
           "is a purpose"),
        ("жидкое мыло дозатор", {
            "pyaterochka": E,
            "magnit": ["1aeb42ebee"],
            "dixy": E,
            "perekrestok": E,
        }, "liquid hand soap (AURA 500 ml); «дозатор» read as «for the dispenser» (either a pump bottle or a refill "
           "would do; the title does not say which); bar soap, cream-soap bars and shower gels excluded"),
    ]),
    # fyg22 capsule machine
    ("кофе в капсулах nespresso, молоко 2.5 ультрапастеризованное, корица молотая к кофе", [
        ("кофе в капсулах nespresso", {
            "pyaterochka": E,
            "magnit": ["4bac1ba15f"],
            "dixy": E,
            "perekrestok": E,
        }, "Nespresso-system capsules: Магнит «MONARCH Lungo 8 Intenso … 52г 10шт» (Jacobs/Monarch aluminium capsules "
           "for Nespresso machines; outside knowledge: 10 x 5.2 g); «nespresso» read as the capsule system, not only the "
           "Nespresso brand (none in the offers); laundry capsules and ground/bean coffee excluded"),
        ("молоко 2.5 ультрапастеризованное", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": E,
            "perekrestok": ["a548f45b17", "faf2171541", "66ec0f255d", "013e119412", "359aa76fc0", "62485733e9",
                            "cb2f1055d7"],
        }, "UHT cow milk 2.5 % (incl. Сарафаново children's 2.5 % and Вкуснотеево 0.2 l); pasteurised 2.5 % "
           "(Простоквашино, Сарафаново, Зелёная Линия, Асеньевская, Рузское), sterilised 2.5 % (Можайское) and other "
           "fats excluded"),
        ("корица молотая к кофе", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no ground cinnamon in any store; goods flavoured with cinnamon (pastila, cereal, tea, pancakes) excluded"),
    ]),
    # fyg23 vegetarian lunch
    ("хумус обычный классика, хлебцы гречневые на перекус, авокадики 2 шт", [
        ("хумус обычный классика", {
            "pyaterochka": ["3430176"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "plain hummus: Sabra «ХУМУС рец. из Иерусалима» (no topping or flavour named); «Хумус, с кедровыми "
           "орешками» excluded by «обычный классика»"),
        ("хлебцы гречневые на перекус", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no buckwheat crispbread in any store; buckwheat flakes, soba noodles and other crispbread excluded"),
        ("авокадики 2 шт", {
            "pyaterochka": ["3148279", "2131933"],
            "magnit": ["168561", "109421"],
            "dixy": E,
            "perekrestok": ["3948371", "3356275"],
        }, "fresh avocado of any pack (2 pcs, 700 g, weighed); «2 шт» is a quantity; Дикси Хасс 700 g is out of stock; "
           "avocado-oil mayonnaise excluded"),
    ]),
    # fyg24 colleague's birthday
    ("пироженка картошка, торт наполеон на др коллеге, бумажные тарелки одноразовые", [
        ("пироженка картошка", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no «Картошка» pastry in any store; Zentis «Картошка марципановая» (marzipan confection), chips «Русская "
           "картошка» and herring «к картошке» are traps"),
        ("торт наполеон на др коллеге", {
            "pyaterochka": ["3695494", "4047688"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4325084", "4295622"],
        }, "Napoleon cakes (Мирэль, Русская Нива, Home Napoleon «Наполеон домашний», Черёмушки «Наполеон слоёный»); "
           "«Пирожное наполеон» (pastry, not a cake), Home Napoleon «Медово-Сметанный» (the brand, another cake) and "
           "«Коржи для торта Наполеон» excluded"),
        ("бумажные тарелки одноразовые", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no disposable plates in any store; «Сырная тарелка» is a cheese platter"),
    ]),
    # fyg25 tea corner extras
    ("чай tess в пирамидках, сахар кусковой 500г, коровка конфеты, топленое молоко 4%", [
        ("чай tess в пирамидках", {
            "pyaterochka": E,
            "magnit": ["5afb786a1b"],
            "dixy": E,
            "perekrestok": E,
        }, "Tess tea in pyramids (Pina Colada 20 pyramids); Tess packs titled as ordinary bags («пак.», «пакет.», "
           "«25х1,5г», «пакетиков») or loose, and Curtis/Lipton pyramids (other brands) excluded"),
        ("сахар кусковой 500г", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no lump sugar in 500 g packs; Магнит pressed sugar is 1 kg (size excluded); Демерара 500 g is loose cane "
           "sugar"),
        ("коровка конфеты", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no «Коровка» candies; Коровка wafers and gingerbread, «Коровка из Кореновки» ice cream and paste and "
           "unbranded «Конфеты молочные 400г» excluded"),
        ("топленое молоко 4%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["6f87bafd7a"],
        }, "baked milk labelled 4 % (Эконива 1 l); топлёное 3.2 % (Простоквашино, Домик в деревне) and 3.6-4.2 % "
           "(Из Углича) excluded; pryaniki «Топленое молоко» and wafers with baked-milk flavour excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyg"))
