#!/usr/bin/env python3
"""Re-create fresh_basket_eval_e.jsonl -- a fifth, independent set of shopping lists
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_e.build.py

The set is made of everyday household grocery lists as people type them to a bot in a chat: a
pensioner, a student, a parent of small children, a husband sent to the shop, someone on a diet,
someone who names brands; 2-4 items each.  LISTS below is literal data: each list as typed, and
for every item the product ids of every store that a reasonable shopper would accept.  The items
were chosen first, as a shopper would, and only then looked up in the offers; candidate titles
were grepped broadly (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings) and read one by one.  The note of each item records what was deliberately left out and
any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading korzina's matcher
or its data files, and without looking at the labels of the other sets.

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is
in stock (``available`` true), no id is repeated within an item, every item has a note, and the
labels are exactly the list's items in order (an item is the text between commas / new lines)
-- and then writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fe01, fe02,
... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_e.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fe01 -- a pensioner, one item a line
    ("кефир 2.5%\nбатон нарезной\nгречки пачку\nсушки с маком", [
        ("кефир 2.5%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no store has any кефир (grepped кеф/kefir/биокефир); ряженка, Актимель, Имунеле and other "
           "кисломолочные drinks are not кефир"),
        ("батон нарезной", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white loaf «батон нарезной» (Пятёрочка «Батон \"Звездный\"нар» = нарезной); chocolate "
           "«батончики», MILKY WAY «шок.батон» excluded"),
        ("гречки пачку", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats; Пятёрочка PROSTO «Рис и греча» (a rice+buckwheat mix), гречневые хлопья, "
           "каши, лапша соба, «Гречка с грибами» meal kit and canned buckwheat with meat excluded"),
        ("сушки с маком", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no сушки with poppy seed anywhere; Пятёрочка «Баранки оригинал.с маком» (баранки are a "
           "different, bigger and softer product) and «Мини сушка ... ваниль» (vanilla, no poppy) excluded"),
    ]),
    # fe02 -- a student
    ("доширак 3шт, сосиски подешевле, рожки, кетчуп томатный", [
        ("доширак 3шт", {
            "pyaterochka": ["4009567", "4009568"],
            "magnit": ["1000134679"],
            "dixy": [],
            "perekrestok": [],
        }, "«доширак» taken as the genericised word for instant noodles (no Доширак brand product in any "
           "store): Пятёрочка «Изделия макаронные быстрого приготовления. Лапша ... 90 г» and Магнит "
           "Роллтон «Куриная по-домашнему 90г» accepted; Роллтон бульон, ШЕБЕКИНСКИЕ «Лагман-лапша» (dry "
           "pasta), удон/соба/фунчоза and frozen noodle meals excluded. Judgement: a strict brand reading "
           "would make this item missing everywhere"),
        ("сосиски подешевле", {
            "pyaterochka": ["26457", "3359555", "4045572", "3948226", "4025037", "3663361", "3311600",
                            "3385843", "3370433", "3486631", "3607043", "3018288", "3018289", "3642007"],
            "magnit": ["206081", "112421", "213611", "159871"],
            "dixy": [],
            "perekrestok": ["4056912"],
        }, "any сосиски incl. poultry and turkey-beef ones («подешевле» is not a filter); «Хотстеры, "
           "сосиски в тесте», сардельки, шпикачки, купаты excluded"),
        ("рожки", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "horn-shaped pasta; Пятёрочка «Витой рожок» accepted; other pasta shapes (перья, спирали, "
           "ракушки, спагетти…) and ice cream «в вафельном рожке» excluded"),
        ("кетчуп томатный", {
            "pyaterochka": ["4066625", "4066624", "3625404", "3610602", "4044938", "3673189", "4086400"],
            "magnit": ["213621", "203141"],
            "dixy": [],
            "perekrestok": [],
        }, "plain tomato ketchup (Астория «Томатный душистый»/«пряный», Calve «с помидорами черри» "
           "accepted); flavoured ketchups excluded: чили, шашлычный, Heinz «с горч.», Mr.Ricco «POMODORO "
           "SPEC.чесн.», Читос «кетчуп/сыр» corn sticks"),
    ]),
    # fe03 -- a parent of a toddler
    ("творожки агуша, бананы 1 кг, пюре фрутоняня яблоко", [
        ("творожки агуша", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Агуша творожок anywhere; other Агуша products (milk, ряженка, purees, juice), children's "
           "curds of other brands (Мама Лама, Тема, Верховье биотворог) and Чудо «Творожок» excluded"),
        ("бананы 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "3639749", "4112219", "4208494"],
        }, "fresh bananas incl. mini and organic; «1 кг» is a quantity. Dried bananas, banana-flavoured "
           "yogurts/purees/curds excluded"),
        ("пюре фрутоняня яблоко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no single-apple ФрутоНяня puree; ФрутоНяня mixes «из ябл/банан/груш с печ.», «из яблок/малины "
           "со слив.», ФрутоНяня meat/fish/veg purees, and apple purees of other brands (Агуша, Gerber, "
           "Heinz, Сады Придонья) excluded"),
    ]),
    # fe04 -- a husband sent to the shop
    ("молоко 3.2 простоквашино, хлеб черный, яйца дорогие, сметана 15% 2 шт", [
        ("молоко 3.2 простоквашино", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4259100", "e2d5d93f2a"],
        }, "Простоквашино drinking milk of exactly 3.2% (pasteurised or UHT); Простоквашино топлёное 3.2%, "
           "«отборное 3.4-4.5%», 1.5/2.5% and other brands at 3.2% excluded"),
        ("хлеб черный", {
            "pyaterochka": ["3480920", "3500217"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye or rye-wheat bread: «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб Даниловский, Коломенское» "
           "(judgement from outside knowledge: Даниловский is a rye-wheat loaf). Excluded because the title "
           "does not say rye: «Хлеб Марьин, заварной», «Хреб Ржаной Край» and «Хлеб зерновой, Ржаной Край» "
           "(Ржаной Край is a bakery brand); гренки/сухарики/хлебцы excluded"),
        ("яйца дорогие", {
            "pyaterochka": ["3446505", "3341462", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4202935", "3062835", "3446505", "3341462", "3062836", "44323", "4068694",
                            "3634491", "3662512"],
        }, "chicken eggs of any category and pack («дорогие» is a price wish, not a filter); quail eggs, "
           "Kinder eggs, egg salads and mayonnaise «на перепелином яйце» excluded"),
        ("сметана 15% 2 шт", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592",
                            "4431124", "4095525"],
        }, "sour cream of exactly 15% incl. lactose-free; «2 шт» is a quantity. 10/20/25/30% sour cream and "
           "sour-cream-flavoured chips/croutons/sauces excluded"),
    ]),
    # fe05 -- on a diet
    ("творог 0%, куриная грудка, огурцы свежие", [
        ("творог 0%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no творог labelled 0%: the written fat % is matched exactly, so Пятёрочка «Творог мягкий, "
           "Домик в деревне, 0,1%», Перекрёсток «Творог обезжиренный 0.5%» and Пятёрочка «Биотворог "
           "обезжиренный» (no % stated) are excluded. Judgement: a dieter might accept 0.1%"),
        ("куриная грудка", {
            "pyaterochka": ["2160026", "2160069", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160026", "3068079", "2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast / breast fillet (Пятёрочка «ПЕР.СВ.Филе с груд.», Перекрёсток «Филе цыплёнка "
           "Петелинка малое» = inner breast fillet, judgement from outside knowledge); cooked Зелёная Линия "
           "«Филе куриной грудки гриль»/«запеченное», turkey and duck breast, whole birds, thighs, "
           "«Грудка по-черкизовски, свиная» excluded. Dixy «Цыплёнок-бройлер» is a whole bird, excluded"),
        ("огурцы свежие", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers; Перекрёсток «Огурцы Хрустящие, 450г» and «Огурцы корнишоны, 300г» taken as "
           "fresh (category «Окрошка», beside the fresh «Огурцы Ботаника», pickled ones are titled "
           "солёные) -- a judgement; salted/pickled cucumbers, Магнит «Ассорти Черри и Корнишоны» (mixed "
           "pack), cucumber-scented shampoo and йогурт (stem «огур» inside «йогурт») excluded"),
    ]),
    # fe06 -- names brands in Latin
    ("чипсы lays с луком, кола зеро 1.5", [
        ("чипсы lays с луком", {
            "pyaterochka": ["4069908", "4035377"],
            "magnit": ["213571"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's with the green-onion flavour (Lay's Stax «Зеленый лук» included); combined flavours "
           "«Сметана и лук»/«сметана и зелень», краб, сыр, паприка and other brands excluded"),
        ("кола зеро 1.5", {
            "pyaterochka": ["4306402"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4255568", "4274867"],
        }, "sugar-free cola of any brand in 1.5 l (Черноголовка «Кола без сахара», Cool Cola Zero, Добрый "
           "Cola без сахара); sugar-free colas in other sizes (Coca-Cola б/сах 0,9л, Pepsi Лайт 1л, Добрый "
           "0,5л/1л), flavoured low-calorie Pepsi (Dark Vanilla, Mango) and regular cola excluded"),
    ]),
    # fe07 -- a husband with a weekly list, one item a line
    ("сыр российский 300г\nдокторской грамм 400\nмасло сливочное 72.5\nпомидорки 1кг", [
        ("сыр российский 300г", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese in any pack («300г» of cheese is a quantity, as at a deli counter); other "
           "cheeses, «сервелат российский», Российский chocolate and cognac excluded"),
        ("докторской грамм 400", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115",
                            "4255289", "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "колбаса Докторская in any pack or by weight («грамм 400» is a quantity); «Сосиски Докторские», "
           "«Сардельки Докторские» and the energy drink «The Doctor» excluded"),
        ("масло сливочное 72.5", {
            "pyaterochka": ["3658095"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter of exactly 72.5%; 82/82.5% butter, «Масло слив.шок.62%» and spreads excluded"),
        ("помидорки 1кг", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes incl. cherry/cocktail/on the vine («1кг» is a quantity); «Томаты соленые», "
           "tomato paste/juice/ketchup/nectar excluded"),
    ]),
    # fe08 -- a grandmother baking pies
    ("яйца с1 десяток, мука высший сорт 2кг, сахарный песок", [
        ("яйца с1 десяток", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "chicken eggs of category С1 in packs of 10; СО/отборные, 6 or 20 eggs and quail eggs excluded"),
        ("мука высший сорт 2кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "8065"],
        }, "wheat flour of высший сорт in 2 kg packs; Пятёрочка «РЯЗАНОЧКА Мука ПШЕНИЧНАЯ ЭКСТРА 2кг» "
           "(экстра is its own grade), Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), Makfa 1кг, "
           "rye/rice/whole-grain flour and durum «крупка» excluded"),
        ("сахарный песок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no white granulated sugar anywhere; Пятёрочка «Сахар тростниковый нерафинированный "
           "Демерара», Магнит «Сахар белый прессованный» (cubes), canned «сахарная» corn and sugar "
           "biscuits excluded"),
    ]),
    # fe09 -- tea time
    ("чай ахмад черный, сгущ, вафли", [
        ("чай ахмад черный", {
            "pyaterochka": ["3470341", "3620106"],
            "magnit": ["a37d9d8522"],
            "dixy": [],
            "perekrestok": [],
        }, "plain black Ahmad Tea («КЛАССИЧЕСКИЙ»); flavoured Ahmad black teas (Английский №1 бергамот, "
           "чабрец) and other brands excluded"),
        ("сгущ", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "сгущёнка = whole condensed milk with sugar; варёная сгущёнка (Рогачев «Егорка», Магнит Рогачев "
           "вареное) is a different product, and wafers/croissants/cakes «со сгущенкой» excluded"),
        ("вафли", {
            "pyaterochka": ["3668255", "3668256", "3687458", "3687534", "3418863", "3257371", "3939083",
                            "3948437", "3607404", "3141421", "2126636", "3908663", "4036375", "3432952",
                            "3673372", "3607414", "3908665"],
            "magnit": ["f55f44c954", "2a32ffe31d", "7d5a68f794", "01fb3ade65", "29989b90ed", "9b5bb8a58d"],
            "dixy": [],
            "perekrestok": [],
        }, "packs of wafers of any filling, glazed or not; wafer sheets «Вафли Toreno, для торта», single "
           "chocolate-covered wafer bars (Милка вафли 30 г, «Вафля в молочном шоколаде» 28,5г), KitKat and "
           "ice cream in wafer cones excluded"),
    ]),
    # fe10 -- a student and football
    ("пиво жигулевское 4 бут, сухарики 3 корочки", [
        ("пиво жигулевское 4 бут", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Жигулёвское beer anywhere; other beers excluded"),
        ("сухарики 3 корочки", {
            "pyaterochka": [],
            "magnit": ["38f3e441a4"],
            "dixy": [],
            "perekrestok": ["2063964", "63021", "2063961", "3911761", "3014253"],
        }, "Три Корочки croutons of any flavour (Магнит «3КОРОЧКИ»); Кириешки, Хрусteam, Гренковъ and other "
           "brands excluded"),
    ]),
    # fe11 -- a parent cooking dinner
    ("фарш свино-говяжий, лук репчатый, макароны ракушки, сыр для пиццы", [
        ("фарш свино-говяжий", {
            "pyaterochka": ["3673806", "3205754"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pork-and-beef mince: Мираторг «свино-говяжий домашний» and САМСОН «Фарш ДОМАШНИЙ» (judgement "
           "from outside knowledge: «домашний» mince is pork+beef); beef-only, pork-only (Магнит «Фарш "
           "свиной»), chicken/turkey mince, Ближние горки «Деревенский» (meat not stated) and stuffed olives "
           "excluded"),
        ("лук репчатый", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012", "4272905"],
        }, "fresh bulb onions of any colour incl. Ялтинский, «Светофор» set and «Лук салатный» (a mild bulb "
           "onion, judgement); green onion, шалот, herb mixes, pickled «Луковки», onion-flavoured snacks "
           "excluded"),
        ("макароны ракушки", {
            "pyaterochka": ["4008047"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "shell-shaped pasta only; other shapes (улитки, облачка, бантики, спирали…) and chocolate "
           "«морские ракушки» excluded"),
        ("сыр для пиццы", {
            "pyaterochka": ["3976999"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3958444", "4111694"],
        }, "cheese sold for pizza («Моцарелла Пицца», «Моцарелла для пиццы») and grated mozzarella (Cheese "
           "Gallery «Моцарелла тертый», judgement: low-moisture grated mozzarella is the pizza cheese); fresh "
           "mozzarella in brine/шарики/чильеджина, mozzarella «для бутербродов»/«для сэндвичей», other grated "
           "cheeses, frozen pizzas and pizza-flavoured snacks excluded"),
    ]),
    # fe12 -- soup vegetables, one item a line
    ("капуста белокачанная\nморковка\nсвекла 1кг\nкортошка", [
        ("капуста белокачанная", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (typo «белокачанная»); китайская капуста, frozen broccoli and sauerkraut "
           "excluded"),
        ("морковка", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots; Leor «Морковь пикантная» (a salad) and carrot nectar excluded"),
        ("свекла 1кг", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot («1кг» is a quantity)"),
        ("кортошка", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (typo «кортошка»); potato starch, chips «Картофель "
           "хрустящий», marzipan «Картошка», herring «к картошке» and frozen/ready potato dishes excluded"),
    ]),
    # fe13 -- household goods
    ("стиральный порошок автомат, туалетная бумага 8 рулонов, мыло хозяйственное", [
        ("стиральный порошок автомат", {
            "pyaterochka": ["3149485", "2087255", "3688912", "3418106", "3951189", "3142962", "2161528",
                            "2161508", "3023899", "2070686", "2155021"],
            "magnit": ["262159b924", "1000286457", "50ee5ea8b5", "168231", "111621", "105881", "105891",
                       "198901", "106541", "105941", "167921"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder (incl. «СМС ... 3кг» and ARIEL «пор.»); «автомат» taken as met unless the title "
           "says hand wash (judgement: none of these is a hand-wash powder). Gels, liquids, capsules, "
           "cleaning powders (Comet, Пемолюкс) and instant-coffee «порошкообразный» excluded"),
        ("туалетная бумага 8 рулонов", {
            "pyaterochka": ["3679801", "3449118", "4059050", "3900558"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry toilet paper in packs of 8 rolls; 4- and 12-roll packs (Zewa Plus 12, Familia 12, Zewa "
           "Just 1 4рул) and moist toilet paper excluded"),
        ("мыло хозяйственное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no laundry soap anywhere; toilet soaps (Safeguard, Camay, Fax), Dove cream soap and liquid "
           "soap excluded"),
    ]),
    # fe14 -- a parent, breakfast for the kids
    ("йогурт черничный, сырки глазированные, хлопья шоколадные", [
        ("йогурт черничный", {
            "pyaterochka": ["3954722", "3483915", "4035564", "4045338", "3601418"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "yogurts whose only fruit is blueberry, incl. with cereals/flax seeds (АКТИВ. «черн./зл/с.льна» "
           "= черника); multi-fruit yogurts (яблоко-клубника-черника, черника-банан-чиа, Чудо Детки "
           "малина-черника), plain Greek yogurts, curd «101 ЗЕРНО+СЛ. черн.», chocolate with "
           "«чернично-йогуртовой начинкой» excluded"),
        ("сырки глазированные", {
            "pyaterochka": ["3378597", "4015226", "3601367", "3410456", "3472523"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snacks (Б.Ю.Александров, incl. «в белом шоколаде» and «КАРТ.в м/шок.»); "
           "Свитлогорье «Сырок творожный 120 г» (not said to be glazed), сырокопчёные products (stem "
           "«сырок») excluded"),
        ("хлопья шоколадные", {
            "pyaterochka": ["2120115", "3434742", "4072647", "3363325", "3368535", "4030128", "3933314"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chocolate/cocoa ready-to-eat breakfast cereals (Nesquik, Krosby «МЕДВ.ШОК.», Ухтышки шарики, "
           "Ухтышки «подушечки с какао начинкой» -- judgement, «хлопья» read as breakfast cereal in "
           "general); muesli/granola with chocolate, cereals of other flavours (банан, корица, мёд, "
           "фруктовые), Nesquik cocoa powder and chocolate bars «с хлопьями» excluded"),
    ]),
    # fe15 -- a fish supper
    ("скумбрия свежемороженая, рис круглый", [
        ("скумбрия свежемороженая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen mackerel anywhere; canned mackerel, hot/cold-smoked mackerel and Магнит «Скумбрия "
           "рубленная» (a spread) excluded"),
        ("рис круглый", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641", "199371"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice: titles saying «круглый» (Увелка Краснодарский, Мистраль «для плова "
           "традиционный круглый») and, by outside knowledge, Пятёрочка «МИСТР.Рис для плова традиц.» (the "
           "same Мистраль product), Мистраль «Кубань» and Националь «Адриатика» (both round-grain). Long-grain "
           "(басмати, жасмин, Лазер), brown, Девзира, «Global Village для плова» and Националь «для плова» "
           "(grain not stated), Aquatica mix and rice porridge excluded"),
    ]),
    # fe16 -- office coffee
    ("кофе якобс монарх растворимый, сливки для кофе", [
        ("кофе якобс монарх растворимый", {
            "pyaterochka": ["3372172", "3488345"],
            "magnit": ["205121", "106231"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs Monarch instant (сублимированный), incl. Monarch Intense; Monarch beans/ground, Jacobs "
           "Gold/Millicano/Velour/Crema excluded"),
        ("сливки для кофе", {
            "pyaterochka": ["4063899", "3634638"],
            "magnit": ["476dabe99f", "c02145f904", "535b7bd00d"],
            "dixy": [],
            "perekrestok": ["4178852", "4178851"],
        }, "drinking cream of 10–20% (incl. lactose-free 11% and Сарафаново children's 10%); whipping cream "
           "33%, «Заменитель сухих сливок», the vegetable «Сопьо Крима», coffee «ИРЛАНДСКИЕ СЛИВКИ» "
           "excluded. Judgement: 20% cream counts as coffee cream"),
    ]),
    # fe17 -- fruit for the family
    ("апельсины 2 кг, яблоки гренни, мандарины подешевле", [
        ("апельсины 2 кг", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges («2 кг» is a quantity); juices, nectars, orange-flavoured drinks/sweets excluded"),
        ("яблоки гренни", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "Granny Smith apples only; Ред Делишес, Гала, Медовый хруст, «красные» and «сезонные» apples "
           "excluded"),
        ("мандарины подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins of any origin («подешевле» is not a filter); mandarin juices/nectars and "
           "Chupa Chups excluded"),
    ]),
    # fe18 -- a crab salad
    ("крабовые палочки 2 уп, кукуруза сладкая, майонез провансаль 67%", [
        ("крабовые палочки 2 уп", {
            "pyaterochka": ["3131715", "3931923"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3406474", "3447879", "3131715", "86385", "4074412", "4425909", "3993014",
                            "3993018", "3337825", "3931923", "4417821", "4311581", "4166323", "4354524"],
        }, "imitation crab sticks, chilled or frozen («2 уп» is a quantity); «крабовое мясо» (a different "
           "form), real crab, crab salad and crab-flavoured chips/croutons excluded"),
        ("кукуруза сладкая", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet corn kernels («сахарная» = sweet; Heinz and Bonduelle «Кукуруза» accepted as sweet "
           "corn -- judgement); baby corn cobs «Кукуруза молодая в початках», corn flakes/sticks/chips and "
           "corn-rice crispbread excluded"),
        ("майонез провансаль 67%", {
            "pyaterochka": ["3695167", "3982578", "3355228", "3193489", "3355242"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312",
                            "4112954", "4297313", "4105769", "3695167"],
        }, "mayonnaise named Провансаль at 67% incl. Московский Провансаль variants. Cross-store evidence: "
           "Пятёрочка «Майонез Слобода, 67%» (3193489) is titled «Слобода Провансаль 67%» at Перекрёсток; "
           "Перекрёсток «Я люблю готовить на перепелиных яйцах 67%» (3695167) is titled «МОС.ПРОВАНС. ... "
           "на переп.яйц.67%» at Пятёрочка; «Московский Провансаль классический, 700мл» has no % in the "
           "title but is 67% in its other sizes. Non-Провансаль mayonnaises (Heinz Классический, Слобода "
           "Оливковый, Mr.Ricco, Махеевъ «С перепелиным яйцом», «домашний» 55%) and sauces excluded"),
    ]),
    # fe19 -- a pensioner on a budget
    ("самое дешевое молоко 3.2%, хлеб ржаной, пшенка", [
        ("самое дешевое молоко 3.2%", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["4259100", "e2d5d93f2a", "14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749",
                            "9dbc98f064", "89a1c1419e", "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25",
                            "4244242", "3431579", "b4411ba8d4", "35ac60eec2", "52d96fd806", "885d917850",
                            "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb", "3645807", "b508e73840",
                            "47a9cd6be2"],
        }, "drinking cow milk of exactly 3.2% of any brand, pack and treatment incl. children's drinking "
           "milk (Агуша, Сарафаново детское, Маша и Медведь); «самое дешевое» is not a filter. Ranges "
           "(Dixy Романов луг «от 3,2% до 6%», «3.2-4%», «3.2-4.5%»), топлёное, condensed, flavoured and "
           "goat milk excluded"),
        ("хлеб ржаной", {
            "pyaterochka": ["3480920", "3500217"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye or rye-wheat bread: «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб Даниловский, Коломенское» "
           "(Даниловский is a rye-wheat loaf, outside knowledge); «Хреб Ржаной Край» and «Хлеб зерновой, "
           "Ржаной Край» (brand word, kind not stated), «Хлеб Марьин, заварной», rye croutons, rye flour and "
           "crispbread excluded"),
        ("пшенка", {
            "pyaterochka": ["3674169"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats («МИСТР.Пшено ЗОЛОТОЕ 5х80г», boil-in-bag); wheat products (пшеничный) excluded"),
    ]),
    # fe20 -- sweets
    ("шоколадка альпен гольд, мармелад жевательный, зефир в шоколаде", [
        ("шоколадка альпен гольд", {
            "pyaterochka": ["3499535", "3626894", "3957242", "4053758", "4053806", "4053995", "4021002",
                            "4053802", "4053724", "4053537", "4053803", "4078353", "4053760", "4078354",
                            "4053804", "4053801", "4053800", "4053799", "4053732", "4053798", "4053597",
                            "4053805", "4053663"],
            "magnit": ["11ee50093d", "85264f7b3c", "755922074b", "213641", "205931"],
            "dixy": [],
            "perekrestok": [],
        }, "any Alpen Gold chocolate bar (milk, dark, white, filled, Oreo, Максфан); no flavour was written. "
           "Other brands excluded"),
        ("мармелад жевательный", {
            "pyaterochka": ["2108128", "3485963", "3928270", "4074832", "3928269", "3635491", "3956458",
                            "4065859", "3617730", "3617424", "4027387", "3928315", "3928314", "3694097",
                            "3627741"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chewy (gummy) marmalade of any brand incl. abbreviated titles («FRUIT-TEL.Марм.ЗВ.M.жев.», "
           "«Фрути-буззи, жев.марм.») and the «СВИТ БОКС» boxes (also the girls'/boys' sets with a toy); jelly marmalade (Махеевъ "
           "желейный, Шарлиз), Белевский/Lucky Days/NEO marmalade (not chewy), chewy candies (Mamba, "
           "Skittles, Fruittella конфеты), Mentos, chewing gum excluded"),
        ("зефир в шоколаде", {
            "pyaterochka": ["3681284", "3936545", "3406629", "4086822"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "zefir in chocolate or chocolate glaze; «глазированный» zefir (Шарлиз, Белевский «гл.») "
           "accepted as chocolate-glazed (judgement); plain zefir, marshmallow and «зефир для десертов» "
           "excluded"),
    ]),
    # fe21 -- drinks for the week
    ("вода питьевая 5 литров, сок добрый яблочный 1л", [
        ("вода питьевая 5 литров", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles incl. children's water (Honey kid, Аквалайн «Для ляль») and "
           "Архыз «Легенда Гор» 5 л (sold as минеральная столовая -- judgement: a low-mineral table water "
           "serves as drinking water); smaller bottles and sparkling/medicinal waters excluded"),
        ("сок добрый яблочный 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Добрый apple juice of 1 l: Магнит «ДОБРЫЙ Сок яблочный 0,3л» is the wrong size; Добрый "
           "nectars («деревенские яблочки», «Фермерские яблочки», персик/яблоко) and other brands excluded"),
    ]),
    # fe22 -- hygiene for the family
    ("зубная паста детская, прокладки олвейс, ватные диски", [
        ("зубная паста детская", {
            "pyaterochka": [],
            "magnit": ["32cc6f1bd5"],
            "dixy": [],
            "perekrestok": [],
        }, "children's toothpaste: Магнит «SPLAT JUNIOR З/п д/дет 6-11лет» (added after labelling, see the README); adult toothpastes excluded"),
        ("прокладки олвейс", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Always pads anywhere; Kotex, Libresse, Carefree and Discreet (also a P&G brand) excluded"),
        ("ватные диски", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cotton pads anywhere"),
    ]),
    # fe23 -- meat for the weekend
    ("свиные ребрышки, куриные окорочка, сало", [
        ("свиные ребрышки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pork ribs anywhere; Магнит «Корейка свиная, на кости» and «Грудинка свиная, на кости» are "
           "other cuts, excluded"),
        ("куриные окорочка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken leg quarters anywhere; thighs (бедро), drumsticks (голень), Перекрёсток «Окорочок "
           "утёнка» (duck), whole birds and smoked legs excluded"),
        ("сало", {
            "pyaterochka": ["3628186"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4383346", "4105487", "4313593", "4415868"],
        }, "salted pork fat (сало); грудинка of any kind (incl. «Грудинка Лардо»), bacon, шпикачки and "
           "«колбаса со шпиком» excluded"),
    ]),
    # fe24 -- a husband: pelmeni night
    ("пельмени говяжьи, сметана 20 процентов, горчица русская", [
        ("пельмени говяжьи", {
            "pyaterochka": ["2024541", "3613651", "3985043"],
            "magnit": ["198951", "109411", "160301", "0f6321338f"],
            "dixy": [],
            "perekrestok": [],
        }, "pelmeni with beef only, incl. veal («Телячьи») and Цезарь «с мясом бычков» (young bulls = "
           "beef); Eat Meat «Фермерские с говядиной» taken as beef-only from its title. Pork-beef, "
           "chicken-mixed, unspecified-meat pelmeni and вареники excluded"),
        ("сметана 20 процентов", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3664287", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20% incl. lactose-free; 10/15/25/30% excluded"),
        ("горчица русская", {
            "pyaterochka": ["3435016"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Russian-style mustard; «Горчица Французская», Heinz ketchup «с горч.» and mustard-flavoured "
           "snacks excluded"),
    ]),
    # fe25 -- someone on a diet, one item a line
    ("овсяные хлопья геркулес\nкефир обезжиренный\nгречишный мед\nяблоки зеленые", [
        ("овсяные хлопья геркулес", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats to be cooked: Клинские «Геркулес» and Увелка «Хлопья зерн.овсян.трад.» («геркулес» "
           "used generically for traditional rolled oats -- judgement); instant porridges, «каша ... не "
           "требующая варки», oat drinks, oat bran and oat cookies excluded"),
        ("кефир обезжиренный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no кефир anywhere"),
        ("гречишный мед", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no buckwheat honey; Магнит «Мёд нат цветочный разнотравье», Пятёрочка flower «Крем-мёд» with "
           "fillings and honey-flavoured sweets excluded"),
        ("яблоки зеленые", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "green apples: Магнит «Яблоки Гренни Смит» (a green variety, outside knowledge); Ред Делишес, "
           "Гала, Медовый хруст, «красные» and «сезонные» (colour not stated) excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fe"))
