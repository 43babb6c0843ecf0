#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ux.jsonl -- 25 shopping lists typed as a couple's text messages while one of them is in
the shop (short messages, additions «ещё …», «забыла: …» and corrections «не то, а …», «ой нет», «отбой …», «… вместо …»),
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ux.build.py

LISTS below is literal data: 25 lists (3-4 items, one message per line) as typed to a Telegram bot, written blind
(before any offer was read) and saved read-only as fresh_basket_eval_ux.blind_lists.txt, and for every item the
product ids of every in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.
The labels follow what the couple finally wants: an item cancelled or replaced by a later message stays in the list as
written but is labelled missing in every store, and so is a message fragment that is not a product («не то», «ой нет»,
«отбой сосисок», «не блинную», «яйца не бери есть ещё»); the note says so.  Candidate titles were grepped broadly in
real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё folded to е) and
read one by one; the note of each item records what was accepted, what was deliberately left out and any judgement
that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).
The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fux01, fux02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ux.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ux.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none were.
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 a dairy run with sausage
    ("возьми молока 2.5\nи батон нарезной возьми\nзабыла: сметанку 20%\nколбасы докторской грамм 400", [
        ("возьми молока 2.5", {
            "pyaterochka": [],
            "magnit": ["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029",
                      "1000037901", "1000445487", "1051242602", "1000563706", "1000035016", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384", "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        },
         "drinking cow milk of exactly 2.5% fat, pasteurised or UHT, any brand and pack, incl. Агуша children's "
         "2.5% milk (as in real_basket_eval); «возьми» is part of the message; топлёное 2.5% (Перекрёсток Зелёная "
         "Линия), other fats (1.5/1.8/3.2/3.4-6%), kefir/ryazhenka/yoghurt/milk shakes 2.5%, condensed milk "
         "excluded; Пятёрочка has no 2.5% milk"),
        ("и батон нарезной возьми", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        },
         "loaves titled «Батон Нарезной» (Коломенское, Пр!ст «классический нарезка», Маркет «нарезанный», Маркет "
         "«улучшенный»); other батоны (Горчичный, Зерновой, Молочный, Новый, «к завтраку», Магнит "
         "Отрубной/Утренний) and the unnamed Перекрёсток «Батон, 300г» are not «нарезной» and are excluded, as are"
         " all «батончики» (chocolate/cereal bars)"),
        ("забыла: сметанку 20%", {
            "pyaterochka": [],
            "magnit": ["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596", "1899913371",
                      "1000102474", "1000429067", "1000574404", "1000574405"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000544033", "2000509715", "2000411407"],
            "perekrestok": ["4250761", "4320002", "4229625", "3632834", "4221355", "4087849", "4241375", "3629029",
                           "3166306", "4072176", "4376610", "3181748", "4095524"],
        },
         "plain sour cream of exactly 20%, any brand and pack («забыла:» is the message prefix); 10/15/25/30% sour"
         " creams, Ряба «Сметанный» mayonnaise, sour-cream-flavoured chips/crackers and «Сметанковый» cheese "
         "excluded; Пятёрочка only has a 15% garlic sour cream"),
        ("колбасы докторской грамм 400", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "0406a2a7ef", "352b78741a", "c9c2b3f600", "89c39c317d",
                      "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "6e16b1777a", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["4312573", "3385812", "2170372", "3434232"],
        },
         "Докторская boiled sausage of any brand and pack, whole sticks, pieces and sliced packs, incl. the sold-"
         "by-weight Клинский; «грамм 400» is the amount wanted, not a pack filter; Докторские sausages (сосиски "
         "Рублёвский) and other «Доктор…» goods (Доктор Кёрнер, Доктор Дизель, Colgate Доктор Заяц) excluded"),
    ]),
    # L02 soup chicken corrected to leg quarters
    ("купи курицу на суп\nне то, а окорочка\nещё картошки 2 кг", [
        ("купи курицу на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "CANCELLED by the next message «не то, а окорочка»: the couple finally wants leg quarters instead of this"
         " chicken, so nothing is to be bought for this line and it is labelled missing in every store (raw "
         "chicken is on sale, e.g. Магнит Петруха тушка, Перекрёсток fillets, but the request was withdrawn)"),
        ("не то", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "not a product: the start of the correction «не то, а окорочка» (cancels the chicken of the previous "
         "message); nothing to buy, missing in every store"),
        ("а окорочка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "what the couple finally wants instead of «курицу на суп»: chicken leg quarters (окорочка, thigh with "
         "drumstick); no chain sells leg quarters — chicken thighs (Магнит/Петруха «Бедро», Перекрёсток/Дикси "
         "«Филе бедра»), drumsticks (Магнит «Голень» in marinade) and pork «Окорок» are other cuts and excluded "
         "(as in set vy)"),
        ("ещё картошки 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "4265670", "3987", "4342860", "3142878", "3142879", "3074469", "43968",
                           "3092450"],
        },
         "fresh potatoes of any kind and pack (loose, net, washed white/red, Белорусский, Бэби 2 кг, Чик-Чик 1 кг,"
         " «для варки»/«для жарки» 3 кг, отборный 2.5 кг, «гигант для жарки»); «2 кг» is the quantity wanted, not "
         "a pack filter; sweet potato (батат), frozen fries, boiled peeled potatoes, cooked potato dishes and "
         "purees, Магнит «Картофель АЙДАХО (СП ГМ) 100г» (a ready dish, judgement as in set g), «Картошка» "
         "cakes/curd bars excluded; Перекрёсток «Картофель Чик-Чик, 1кг» taken as fresh potatoes (outside "
         "knowledge, as in set vy)"),
    ]),
    # L03 weekday staples
    ("хлебушка черного буханочку возьми\nкефирчик 1% две штуки\nи бананов штук 5\nморковку пару штук", [
        ("хлебушка черного буханочку возьми", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78034810", "4149554", "3382146", "4329404", "3974719", "3931337", "3126329", "3974720",
                           "4074396", "3627134", "3953836", "4354623", "2053660", "4148558", "3658457", "2060872",
                           "4276930", "3631465", "3624125", "2000243", "3617422", "4164733", "3965436", "78034786"],
        },
         "black bread = plain rye or rye-wheat loaves: titles saying «ржаной»/«100% ржаной»/«ржано-пшеничный» "
         "(Батард Ржаной, Зелёная Линия, Грiдневъ, Дарница ржаной, Каравай Ржаной and Столовый ржано-пшеничный, "
         "Даниловский, Рижский Хлеб Ржаной, Самарский Старосельский and бездрожжевой, Чусовской, Экохлеб "
         "Фермерский, «ржано-пшеничный бездрожжевой 415г») and Бородинский / Дарницкий loaves (taken as dark "
         "rye(-wheat) bread, outside knowledge as in set vy); «буханочку» is read as one loaf (halves and sliced "
         "loaves accepted). Excluded: the brand Ржаной Край (Магнит, Дикси, Перекрёсток; a brand word does not "
         "make it rye bread, as in sets d/g), rye bread with raisins (Ароматный с изюмом) or garlic (Багет ржаной "
         "с чесноком), ciabatta with rye flour, pumpernickel and Ржевский цельнозерновой (Маркет Collection) and "
         "loaves whose title does not say rye (Столичный, Двинский, Ароматный, Крестьянский, Деревенский of "
         "Рижский Хлеб, Боярский, Измайловский, Советский, Сельский, солодовый, формовой), wheat bread, хлебцы, "
         "crispbread"),
        ("кефирчик 1% две штуки", {
            "pyaterochka": [],
            "magnit": ["1000451591", "1000563708", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4334308", "4328084", "4252383", "3636340", "3467794", "4263416",
                           "2084558", "3352331", "3604602"],
        },
         "kefir of exactly 1% fat, any brand and pack, биокефир included (as in set g/vy); «две штуки» is a "
         "quantity; «Биокефирный продукт» / «Кефирный продукт» (Домик в деревне) and Bio Баланс «Биопродукт "
         "кефирный» are not kefir (as in set g), other fats (2.5/3.2%) excluded"),
        ("и бананов штук 5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        },
         "fresh bananas (Дикси «Бананы спелые»; Перекрёсток Банан, Бананы Био, Бананы красные); «штук 5» is a "
         "quantity; plantains («Бананы для жарки», judgement as in set g), dried/sun-dried bananas, banana sweets "
         "and all banana-flavoured goods excluded"),
        ("морковку пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["3463356", "19345", "3368256", "60529", "4299784", "4191099"],
        },
         "fresh raw carrots of any pack (loose, washed 200 g/1 kg, tray 600 g, mini 250 g, «Морковь для сока, "
         "1кг»); «пару штук» is a quantity; boiled peeled carrots, Korean carrot salads, carrot mixes, juices, "
         "purees and smoothies excluded; Магнит and Пятёрочка have no fresh carrots"),
    ]),
    # L04 eggs cancelled, cheese
    ("яйца десяток возьми\nсыра российского грамм 300 кусочком\nяйца не бери есть ещё", [
        ("яйца десяток возьми", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "CANCELLED by the last message «яйца не бери есть ещё» (there are eggs at home), so nothing is to be "
         "bought for this line and it is labelled missing in every store (packs of 10 eggs are on sale in Магнит, "
         "Дикси and Перекрёсток, but the request was withdrawn)"),
        ("сыра российского грамм 300 кусочком", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        },
         "Российский cheese as a piece: 190-200 g pieces and cheese sold by weight (Магнит Моя цена, Дикси Тендер "
         "45%, Перекрёсток Зелёная Линия «Российский молодой»; «молодой» is a variety of Российский, accepted); "
         "«грамм 300» is the amount wanted, not a pack filter; «кусочком» is a form and excludes Брест-Литовск "
         "«слайсами» 130 г; the vegetable-fat «Продукт По-Российски» (a trap, as in set g), Российский "
         "коньяк/карбонад/какао excluded"),
        ("яйца не бери есть ещё", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "not a product: the message cancelling «яйца десяток возьми» (eggs are still at home); nothing to buy, "
         "missing in every store"),
    ]),
    # L05 apple pie
    ("муки пачку для пирога\nсахар 1 кг подешевле\nяблок кило антоновка\nещё разрыхлитель", [
        ("муки пачку для пирога", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
            "dixy": ["D000002191", "ЦТ0035253", "ЦТ0037862", "2000578792", "2000317163", "ЦТ0044481", "2000576791",
                    "2000553733", "ЦТ0044544", "2000213875"],
            "perekrestok": ["3505430", "3292690", "3915409", "3193726", "3305673", "4215036", "91320", "91321",
                           "16318", "4326495", "3681817", "4262616", "2037765", "3346668", "3626914", "2107396",
                           "3394693", "2112692", "2112693", "3502351"],
        },
         "ordinary white wheat flour of any grade (высший сорт, экстра, хлебопекарная) and pack; Магнит «Мука "
         "ПЫШЕЧКА, пшеничная, 2кг» and Старооскольская «хлебопекарная», Перекрёсток «Мука Тихорецкая особая, 2кг» "
         "and «Мука Царь, 1кг» (titles without «пшеничная», taken as wheat flour, outside knowledge) accepted; "
         "pancake flour («блинная»), self-raising «Кондитерская самоподнимающаяся» and whole-"
         "grain/«цельносмолотая» flours, Manitoba flour, rye, rice, corn, buckwheat, oat, chickpea, coconut, "
         "almond, «7 злаков» and gluten-free flours excluded (not ordinary flour); «пачку» is a quantity and «для "
         "пирога» a purpose, not filters"),
        ("сахар 1 кг подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        },
         "white granulated sugar in 1 kg packs (Дикси «Сахар-песок белый, фасованный, 1 кг»; Перекрёсток «Сахар "
         "белый песок, 1кг» and «Сахар Советский Экстра, 1кг», the latter taken as granulated, outside knowledge "
         "as in set vy); «1 кг» names the pack and is respected (Чайкофский 900 g / 750 g and the 5 kg bag "
         "excluded, as in sets g/vy); «подешевле» is a wish; lump/pressed sugar (Русский сахар 1 кг etc.) is "
         "«рафинад», not «сахар» as written, and excluded; cane and coconut sugar, vanilla sugar, icing sugar "
         "excluded"),
        ("яблок кило антоновка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "the variety Антоновка is required and no chain sells it; Гренни Смит, Голден, Гала, Симиренко, Синап, "
         "«зеленые» and all other apples are other or unnamed varieties and excluded; «кило» is a quantity"),
        ("ещё разрыхлитель", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        },
         "baking powder: Дикси «Разрыхлитель теста Dr.Bakers, 10 г» only; baking soda (Дикси «Сода пищевая»), "
         "vanilla sugar, vanillin and gelatine are other products"),
    ]),
    # L06 coffee and sweets
    ("кофейку растворимого якобс монарх\nсливочек 10% к кофе\nпеченья овсяного к чаю пачечку\nшоколадку милку с орехами", [
        ("кофейку растворимого якобс монарх", {
            "pyaterochka": ["3372171"],
            "magnit": ["2b03c3331f", "0386d066d3", "d377483cd5", "88df1b0c73", "01f9dd25ee"],
            "dixy": [],
            "perekrestok": [],
        },
         "Jacobs Monarch instant coffee of any pack: Пятёрочка «Jacobs Monarch, растворимый»; Магнит «JACOBS "
         "MONARCH, сублимированный» 95/150 g, «Монарх растворимый» 190 g and the Монарх Интенс variant (the 95 g "
         "title does not say instant; taken as instant freeze-dried, as in set g); ground and bean Monarch "
         "(Пятёрочка, Магнит, Дикси, Перекрёсток Monarch Original/Gold), Jacobs Голд, Бариста, Милликано (instant "
         "with ground), Дикси «Monarch Miligrano» (растворимый с молотым: the former Jacobs Millicano line, not "
         "the classic Monarch instant), 3в1/4в1 drinks and the cheese «МОНАРХ» excluded"),
        ("сливочек 10% к кофе", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079", "1000537609",
                      "3201860040", "1000052910", "1000456519", "1000461011", "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        },
         "drinking cream of exactly 10%, sterilised or UHT, any pack incl. 10 g coffee portions (Альпенгурт, "
         "Campina, Зелёная Линия) and Valio «для кофе»; «к кофе» is a purpose; Parmalat 11%, 20% and 33% creams, "
         "cottage cheese «в сливках», flavoured milk drinks excluded; Дикси and Пятёрочка sell no cream"),
        ("печенья овсяного к чаю пачечку", {
            "pyaterochka": ["3613448"],
            "magnit": [],
            "dixy": ["2000351526", "2000214298", "2000325940", "2000235792", "2000225711", "2000529080",
                    "2000349045", "2000535032"],
            "perekrestok": ["3681160", "3681278", "4032428", "4315655", "3438892", "4024594", "3218321", "3951119",
                           "3505244", "3901907", "2023501", "4258982", "4251005", "4113987", "3603607", "3613448",
                           "4284221", "4123144"],
        },
         "plain oatmeal cookies of any brand and pack (классическое, Особое, Домашнее, Постное, Алтайское, "
         "Янтарная сказка, Таруска «Овсянка», Юбилейное «Овсяное с овсяными хлопьями», ФрутоНяня children's oat "
         "cookies); «к чаю» is a purpose and «пачечку» a quantity; plain products exclude flavoured ones, so oat "
         "cookies with raisins, chocolate, fruit fillings or glaze (Посиделкино, Полёт, Кухмастер, Лимак, Маркет "
         "«с изюмом», Хлебный Спас Половинки/Мультизлак/Яблоко), with cereal/seed mixes (Хлебный Спас «Злаковое "
         "ассорти» incl. Пятёрочка and Магнит, Хлебный Спас «Полезный завтрак … и мёдом», Полёт 5 Злаков, "
         "Коломенское злаковое, Мировые Десерты, Экоботаника), the Изюминка cookies (name suggests raisins), "
         "protein cookies/flapjacks and diet versions on sweeteners or gluten-free (Петродиет, Искусство жить, "
         "Посиделкино на мальтите, Magic Grain, Диетика) are excluded; oat drinks, porridge and flakes are other "
         "products"),
        ("шоколадку милку с орехами", {
            "pyaterochka": [],
            "magnit": ["ed01a0e389", "a9156051a6", "2a48a6605c", "fbdae9857e"],
            "dixy": ["2000283723", "2000283718"],
            "perekrestok": ["4353882"],
        },
         "Milka chocolate bars with nuts as inclusions: с фундуком, с цельным фундуком, с фундуком и изюмом, с "
         "цельным миндалем, «Карамель и фундук» 300 g; the pack size is not restricted; Milka with nut-paste "
         "filling (ореховая паста с миндалем/фундуком), the «миндаль/лесные ягоды» assortment (may be the berry "
         "bar), the peanut-caramel-cornflakes bar, white Bubbles «фундук» (nut content unclear), plain "
         "milk/flavoured Milka bars, Milka candies, spread, cakes and ice cream excluded"),
    ]),
    # L07 cat and household
    ("корм коту whiskas пакетики\nещё наполнитель кошачий древесный\nещё туалетной бумаги упаковку", [
        ("корм коту whiskas пакетики", {
            "pyaterochka": [],
            "magnit": ["2541891", "2493341", "2493311", "2493431", "2541881", "2493691", "2493331", "2541861",
                      "2493371", "2493411"],
            "dixy": ["2000604092"],
            "perekrestok": [],
        },
         "Whiskas wet cat food in 75 g pouches of any flavour (рагу, паштет, желе, аппетитный микс; the 75 g "
         "titles do not say «пауч», taken as pouches, outside knowledge), incl. the «старше 7 лет» adult variant; "
         "«пакетики» = pouches, so Whiskas dry food (Пятёрочка 350 g, Магнит «Подушечки» 800 g, Дикси «Вкусные "
         "подушечки» 350 g) and the 1.9 kg pâté pack are excluded; kitten food («для котят») excluded because the "
         "message asks for food for the (adult) cat"),
        ("ещё наполнитель кошачий древесный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "wood (древесный) cat litter is required and no chain sells it; Магнит «КЭТ СТЕП, силикагелевый» is a "
         "silica-gel litter (another form), toothpastes «с древесным углем» and yoghurts «с наполнителем» are "
         "traps"),
        ("ещё туалетной бумаги упаковку", {
            "pyaterochka": [],
            "magnit": ["e9a925895a", "328b9015fd", "9a0bd598be", "939f14debe", "11634cf6c9", "e01188fba0",
                      "013f5191a0", "be21812bf9", "6189f05c16", "cdc752b01e", "24f2c70304", "b0339ecad9",
                      "2300103434", "f88b88076f", "0f9bdfbe08", "475d902330", "be65d013c1"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": ["75364"],
        },
         "rolls of toilet paper of any brand, ply and pack (Familia, Soffione, Zewa/ЗЕВА, Папия/Papia), "
         "scented/coloured rolls included (a scent does not make it another product); «упаковку» is a quantity; "
         "wet toilet paper (Kleenex, Мон Рулон, in packs of sheets), paper towels, handkerchiefs and facial "
         "tissues (incl. Пятёрочка ZEWA салфетки) excluded"),
    ]),
    # L08 cottage cheese corrected 9% -> 5%
    ("творожка 9% пачку\nне 9 а 5% творог\nи ряженку", [
        ("творожка 9% пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "CANCELLED by the next message «не 9 а 5% творог»: the couple finally wants 5% cottage cheese instead, so"
         " nothing is to be bought for this line and it is labelled missing in every store (9% cottage cheese is "
         "on sale in Магнит, Дикси and Перекрёсток, but the request was replaced)"),
        ("не 9 а 5% творог", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908",
                      "1000441658", "8000030462", "1000377235", "1720c2be05", "1000512632", "c7f0f0e5ec",
                      "2400019178", "1000372786", "1000475531", "1000572167", "1000208909", "1079990193",
                      "1000306424", "1000224037", "1000453157", "1000426473", "161690c563", "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595",
                    "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116", "4274201",
                           "3279582", "3617778", "4050943"],
        },
         "the corrected request (replaces «творожка 9% пачку»): plain cottage cheese of exactly 5%, any brand and "
         "pack, incl. soft «мягкий»/«Нежный» 5%, рассыпчатый, lactose-free Parmalat 5% and the plain children's "
         "«Биотворог детский 5%» (children's and lactose-free products count, as for milk); 9%/2%/0%/4%/4.5%/5.5% "
         "cottage cheese, the 9% of the cancelled line, cottage cheese from baked milk (Кубанский молочник «из "
         "топленого молока», like топлёное молоко), granular cottage cheese «в сливках»/«101 зерно» and Зелёная "
         "Линия «Зернышко/Зёрнышко» (granular, another product), and all fruit/raisin/jam curds, curd desserts, "
         "масса творожная excluded"),
        ("и ряженку", {
            "pyaterochka": [],
            "magnit": ["1000385205", "1000439736", "1000451592", "1000371474", "1000348552"],
            "dixy": ["2000536771", "2000587053", "2000543673", "2000313789"],
            "perekrestok": ["4230794", "4173940"],
        },
         "plain ryazhenka of any fat and pack, incl. thermostat ryazhenka and plain children's Агуша 3.2%; Дикси "
         "Домик в деревне «Топленое молоко» 2.5% accepted as the plain ryazhenka of that line (ryazhenka is made "
         "of baked milk; not a fruit flavour); flavoured ryazhenkas (клубника, груша, малина, печёное яблоко, "
         "банан-карамель, курага-чернослив) excluded"),
    ]),
    # L09 salad
    ("огурцов полкило\nпомидорок на салат\nзабыла: укроп пучок\nсметана для салата 15%", [
        ("огурцов полкило", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072",
                           "2131726"],
        },
         "fresh cucumbers of any kind and pack (гладкие, колючие, среднеплодные, длинноплодные, короткоплодные, "
         "Бакинские, packed 300-600 g); «полкило» is the quantity wanted; Магнит «ОГУРЦЫ гладкие, 1кг» (a fresh-"
         "produce card), Дикси «Огурцы корнишоны, в упаковке, 300 г» and Перекрёсток «Огурцы Хрустящие» taken as "
         "fresh (outside knowledge, the last two as in set vy); pickled, salted, marinated, barrel cucumbers and "
         "gherkins in jars (incl. Магнит ШЕСТЬ СОТОК «хрустящие, 720мл»), vegetable assortments, cucumber-scented "
         "cosmetics and the stem inside «йогурт» excluded"),
        ("помидорок на салат", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000331828", "2000285867", "2000410142", "D000004968", "2000580825", "2000303785",
                    "2000601471", "2000601472", "10E0075437", "ЦТ0019904", "2000580827", "2000003231", "2000186544",
                    "2000327738"],
            "perekrestok": ["4327416", "4335742", "4335744", "3383460", "4255159", "42138", "3373662", "4377073",
                           "4214021", "4217379", "4272752", "3410591", "4381951", "4381952", "4371254", "4125409",
                           "14809", "3657325", "82521", "4378622", "4375133", "2166", "14811", "4261327", "3695580",
                           "21292", "3383465", "2100224", "11971", "3634714"],
        },
         "fresh tomatoes of any variety, colour and pack: red/pink/yellow, round, plum, cocktail, on the vine, "
         "Кумато, Бычье сердце, cherry (cherry tomatoes count as «помидоры», as in real_basket_eval); «на салат» "
         "is a purpose; salted/marinated tomatoes, canned peeled/chopped tomatoes (Bonduelle, Перекрёсток Маркет "
         "«Томаты резаные» 390 g and its basil/onion-garlic versions, taken as tins), tomato paste/sauce/juice, "
         "«Протертая мякоть», seasonings «Томаты с чесноком», tomato-flavoured snacks and the stem inside "
         "«автомат» excluded"),
        ("забыла: укроп пучок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "fresh dill is sold by no chain (Дикси sells only parsley «ПЕТРУШКА УПАК 75Г», another herb); dill-"
         "flavoured ketchup, crisps and seasonings are traps"),
        ("сметана для салата 15%", {
            "pyaterochka": [],
            "magnit": ["1000219465", "1000461810", "8000068594", "1000253705", "1000237597", "1000553874",
                      "c90113311e", "2645f50028", "1000082622", "1899900582", "1000372785", "1000208902",
                      "8000035449", "1000558440", "8000057502", "8000072734", "1000463648"],
            "dixy": ["2000276122", "2000220967", "2000595012", "2000024201", "2000544034", "2000411404", "2000279280"],
            "perekrestok": ["4246009", "4226994", "4320001", "4264297", "3632833", "4221356", "3634035", "4335470",
                           "29910", "3391034", "3142744", "3651189", "3423443", "4349772", "4349771"],
        },
         "plain sour cream of exactly 15%, any brand and pack, incl. lactose-free Свежее завтра 15%; «для салата» "
         "is a purpose; Пятёрочка's only 15% sour cream is «пикантная, с чесноком» (flavoured, excluded); "
         "Простоквашино «из топленых сливок» 15% (Магнит, Перекрёсток) excluded like топлёное молоко; 10/20/25% "
         "sour creams excluded"),
    ]),
    # L10 breakfast
    ("хлопья овсяные геркулес\nещё медку баночку небольшую\nзабыла: йогурт греческий без сахара", [
        ("хлопья овсяные геркулес", {
            "pyaterochka": [],
            "magnit": ["8a13df6c91"],
            "dixy": ["2000222892", "2000219614", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "2105514", "3933387", "3421663", "23772", "6752", "24926", "3469028"],
        },
         "plain rolled oats whose title says Геркулес (the word written is required, whether read as the "
         "brand/line or the type of flakes): Магнит «ГЕРКУЛЕС, Нежный», Русский продукт Геркулес (традиционный, "
         "Монастырский, быстрого приготовления), Любимые традиции Геркулес, Nordic «Геркулес Финский», Мистраль "
         "«Геркулес Фермерский», «Экстра Геркулес», Маркет «геркулес», plain «Хлопья Геркулес»; oat flakes without"
         " Геркулес in the title (Ясно Солнышко, Nordic, Чудесный край, Пр!ст, №3 Маркет …), flavoured instant "
         "porridge sachets «Каша Геркулес …», ready «Геркулесовая каша» and the Fazer bread «ГЕРКУЛЕС» excluded"),
        ("ещё медку баночку небольшую", {
            "pyaterochka": [],
            "magnit": ["384d8d8201", "928ff089d4"],
            "dixy": ["2000573811"],
            "perekrestok": ["4355859", "4340911", "4340910", "3687699", "3479121", "3687698", "3687710", "3467507",
                           "4331449"],
        },
         "natural honey of any kind (цветочный, липовый, гречишный, горный, луговой, донниковый …) in a small jar:"
         " «баночку небольшую» names the pack and is respected, read as jars up to 350 g (judgement: honey is sold"
         " in 135-350 g jars and in 500 g jars, the large size), so the 500 g jars (Алтайцвет, Башкирхан, Мёдовед,"
         " Абрико, Маркет 500 g) are excluded; cream honey with berries or nuts (Добродеево, Маркет Collection "
         "крем-мёд), Магнит «Мед УССУРИЙСКИЙ БАЛЬЗАМ» (a honey-based balm, not plain honey; judgement), медовуха, "
         "honey-flavoured cereals, sweets, sauces, honey melon and «Медвежонок» cakes excluded"),
        ("забыла: йогурт греческий без сахара", {
            "pyaterochka": [],
            "magnit": ["1000181497", "dafd7c4dc4", "8000087572"],
            "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"],
            "perekrestok": [],
        },
         "plain (unflavoured) Greek yoghurt: Lactica Греческий 4%, Магнит «Йогурт ГРЕЧЕСКИЙ, 2%», Epica Греческий "
         "2.5%, Neo «Греческий Классический», Простоквашино Греческий, Савушкин TEOS Греческий and Teos "
         "«Натуральный»; the titles do not say «без сахара» — plain Greek yoghurt is taken as unsweetened (outside"
         " knowledge); every fruit, berry, honey-nut and two-layer Greek yoghurt is sweetened/flavoured and "
         "excluded (Перекрёсток sells only those)"),
    ]),
    # L11 beer evening, Lay's replaced by Pringles
    ("пивка светлого на вечер\nчипсов лейс сметана лук\nнет лучше принглс паприка\nещё фисташки", [
        ("пивка светлого на вечер", {
            "pyaterochka": [],
            "magnit": ["b7be4e1cdf", "8f5e8411f3", "4b9214b25a", "69a66b3a0f", "5efbef1867", "ee4fd3d93d",
                      "7e7ff281a0", "b22153f240", "e5d1876122", "42f69bfc00", "ae5974fdda", "f66314d40a",
                      "b4204a2237", "63c65170c7", "9f7d0a8f2d", "409bf95866", "e2bedcaafd", "0c7af2aa41",
                      "bc158ed1af", "cdadff0fd2", "1b3181a9dc", "cff5b47f4d", "3ea97ca924", "c7cb3e4e83",
                      "72ef636633", "2e39130955", "ec022e4637"],
            "dixy": [],
            "perekrestok": [],
        },
         "alcoholic light (светлое) beer of any brand, style and pack, filtered or not (lager, pilsner, wheat, "
         "IPA, blanche, strong Ледокол 8%), plus Эдельвейс «Напиток пивной нефильтрованный» 4.9% taken as a light "
         "wheat beer (outside knowledge, as in set vy); «на вечер» is a purpose; dark beer (Wolpertinger, "
         "Крушовице темное), alcohol-free beer and beer drinks (Stella Artois б/а, Amstel, Балтика №0, Hollandia),"
         " flavoured beer drinks (Мишенька под вишенкой, Konix Cherie, Доктор Дизель, Green Beat, Tony's Garret, "
         "Жигули Манго-маракуйя, Essa, ALKO ром/кола, Sour Ale манго), медовуха and cider excluded; Дикси, "
         "Перекрёсток and Пятёрочка sell no plain beer"),
        ("чипсов лейс сметана лук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "CANCELLED by the next message «нет лучше принглс паприка»: the couple finally wants Pringles instead, so"
         " nothing is to be bought for this line and it is labelled missing in every store (Дикси sells Lay's "
         "«Сметана и лук» 70/140 g, but the request was replaced)"),
        ("нет лучше принглс паприка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "the replacement request: Pringles paprika chips; no chain sells Pringles (the brand is required and not "
         "replaced by Lay's paprika or other paprika crisps)"),
        ("ещё фисташки", {
            "pyaterochka": [],
            "magnit": ["b3ee07a59e", "cbb2d0c598", "8b9281613e"],
            "dixy": ["2000539534", "2000539549", "2000327653"],
            "perekrestok": ["4274180", "3411931", "2020566", "4369326", "68781", "49082", "4207559", "3499562",
                           "4090837", "4073982", "49715", "2049819", "3451308", "4105870", "3943233", "3948588",
                           "3428414", "4066346", "4259987", "4309728", "72535", "3162277", "4262027", "4249887",
                           "4331200", "4262202", "3660622", "3900345", "3942813", "3640863", "3638619"],
        },
         "pistachio nuts of any brand and pack, in shell or shelled, roasted salted, baked, dried or raw, packed "
         "or by weight; crushed kernels for baking (Перекрёсток «Фисташки обжаренные дроблёные ядро») excluded as "
         "another form; pistachio-flavoured ice cream, yoghurts, sweets, chocolate, candies and cakes excluded"),
    ]),
    # L12 borscht
    ("свеклу 2 шт на борщ\nкапусты полкочана\nговядину на кости\nзабыла: томатную пасту", [
        ("свеклу 2 шт на борщ", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "2143053", "13998", "4375880", "3368257", "4299508", "3378167", "786",
                           "4208428"],
        },
         "fresh raw beetroot: loose, washed, in a bag/net/tray, bunched, young beets, Маркет Fresh 200 g, and "
         "Белая Дача «Сладкая свежая резаная» (raw, cut); «2 шт» is a quantity and «на борщ» a purpose; boiled "
         "beet (варёная, отварная соломка, кубик), pickled and Korean beet, dried beet snacks, chard (iFarm "
         "Мангольд), seeds and beet sugar excluded; «Свекла очищенная», «Свёкла целая очищенная, 500г» and «Свекла"
         " очищенная соломка Маркет Fresh» excluded because the title does not say whether they are raw or boiled "
         "(vacuum-packed peeled beet is usually boiled; judgement)"),
        ("капусты полкочана", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546"],
        },
         "fresh white cabbage sold as heads (Дикси «Капуста белокочанная»; Перекрёсток «Капуста», «Капуста "
         "белокочанная», «…ранняя»; plain «Капуста» taken as white cabbage, as in set vy); «полкочана» is a "
         "quantity of a head, so shredded 200 g packs (Белая Дача «резаная», Маркет Fresh «соломка») and cabbage-"
         "carrot mixes are excluded as another form; cauliflower, broccoli, marinated, sauerkraut, seaweed, "
         "Pelyustka and seeds excluded"),
        ("говядину на кости", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["85566", "923", "3020550", "2101259", "7338"],
        },
         "raw bone-in beef: Перекрёсток «Голень говяжья с костью», «Лопатка говяжья на кости», «Шейный отруб "
         "говяжий на кости» and «Стриплоин с костью» (title does not say beef; strip loin is a beef cut, outside "
         "knowledge) and «Рагу из говядины суповое» (рагу = beef chopped with the bone, outside knowledge); «на "
         "кости» is a form and excludes all boneless beef (мякоть, антрекот, огузок, стейки без кости, ростбиф, "
         "Перекрёсток «Грудинка говяжья для харчо» whose title does not say bone-in), beef offal, cooked/smoked "
         "beef, холодец and pet food; Магнит, Дикси and Пятёрочка sell no bone-in beef"),
        ("забыла: томатную пасту", {
            "pyaterochka": [],
            "magnit": ["63697ab89b", "d176b4306a", "3e333fcf75", "7f508c0006", "64828d44cd", "2c160abf20"],
            "dixy": ["2000000761", "2000521414", "2000569071", "2000322276", "2000536311"],
            "perekrestok": ["3690262", "3504319"],
        },
         "tomato paste of any brand and pack (Кухмастер, Помидорка, Ящик астраханских помидоров, Круглое лето, "
         "Selviano, Пр!ст, Маркет; sachets and tins included); ketchup (Помидорка «Томатный»), tomato sauces, "
         "canned tomatoes and «Протертая мякоть томатов» excluded"),
    ]),
    # L13 cleaning day
    ("фейри с лимоном бутылку большую\nещё губок для посуды пачку\nещё мешков для мусра 60л\nпорошок для стирки самый дешевый", [
        ("фейри с лимоном бутылку большую", {
            "pyaterochka": [],
            "magnit": ["bbb10983dd"],
            "dixy": ["2000274013", "2000371202"],
            "perekrestok": [],
        },
         "Fairy «Сочный лимон» dish-washing liquid in the big bottles (900 ml, 1.35 l); «бутылку большую» names "
         "the pack and is read as the large bottle (judgement: Fairy is sold in 430/450 ml standard and 650 "
         "ml-1.35 l large bottles), so the 450 ml lemon bottles (Дикси, Магнит's lemon/orange 450 ml assortment) "
         "are excluded; other Fairy scents (жасмин, ромашка, чайное дерево, арбуз Platinum, Pure&Clean), Fairy "
         "dishwasher tablets and other brands excluded"),
        ("ещё губок для посуды пачку", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        },
         "kitchen dish sponges: Магнит «Губки для посуды МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт.» only; the shoe sponge "
         "«Губка для обуви» is another product"),
        ("ещё мешков для мусра 60л", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        },
         "rubbish bags of 60 l (typo «мусра» = мусора; «60л» names the bag size and is respected): Магнит «Мешки "
         "для мусора … Био ушки 60л, 20шт.» only; no other bin bags on sale"),
        ("порошок для стирки самый дешевый", {
            "pyaterochka": [],
            "magnit": ["d8aa9ce5e8", "3372dfb7f6", "3c569d2305", "147d8a2d07", "cf77b09c0c", "a728270b73",
                      "eda27ccd92", "f93558c546", "2002145e39", "d8210473b5", "9570abee2a", "84c2d44059",
                      "e486f7b53f", "933f2db840", "e1ac0bab6d", "bed5eabde5", "240fe4229e", "95636dc9ca",
                      "4d919fe5ff", "cc70715e17", "8d8c8ce3af", "9ec3c6b343", "4a43abe881", "0cfa8dff0c",
                      "d01298315d", "eee3b0a174", "6d62d005d5", "e045589f41", "21dd0bf72c", "f7a5acd6cd",
                      "0998583ce9", "0306390d77", "f400bf3623", "467ad72946", "32662031ca", "e08459da72"],
            "dixy": [],
            "perekrestok": [],
        },
         "laundry powder of any brand, type (автомат, колор, детский, sensitive, concentrate) and pack; «самый "
         "дешевый» is a ranking wish, not a filter; the powder form is written, so laundry gels, liquids, capsules"
         " and colour-catcher sheets are excluded, as are dishwasher powders (Somat, Finish) and cleaning powders;"
         " Дикси's only laundry product is a gel, Перекрёсток's only powder is Somat"),
    ]),
    # L14 sausages called off, pelmeni instead
    ("сосисок молочных пачку возьми\nотбой сосисок, возьми пельмени\nи горчички к ним", [
        ("сосисок молочных пачку возьми", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "CANCELLED by the next message «отбой сосисок, возьми пельмени»: the couple finally wants pelmeni "
         "instead, so nothing is to be bought for this line and it is labelled missing in every store (Молочные "
         "sausages are on sale in all four chains, but the request was withdrawn)"),
        ("отбой сосисок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "not a product: the message cancelling the milk sausages («отбой» = call it off); nothing to buy, missing"
         " in every store"),
        ("возьми пельмени", {
            "pyaterochka": ["b2a466763c"],
            "magnit": ["805cabf639", "f95b2d1678", "feeac8f3fa", "66c111d7a2", "22f7803aca", "d6fdebf3e4",
                      "dabbb02c05", "f4f41d5103", "72632b1f85"],
            "dixy": ["2000282673", "2000558274", "2000318344", "2000411354", "2000565192", "2000596852",
                    "2000596851", "2000596853"],
            "perekrestok": [],
        },
         "the replacement for the milk sausages: frozen meat pelmeni of any brand, filling and pack (beef-pork, "
         "beef, veal, chicken), incl. Горячая штучка «Бульмени» and «Бигбули» — also the Дикси titles that do not "
         "say «пельмени» (Бульмени 400/700 g, Бигбули со сливочным маслом 400 g; a pelmeni line, outside "
         "knowledge, confirmed by Магнит «Пельмени ГОРЯЧАЯ ШТУЧКА Бигбули»); the only Перекрёсток pelmeni are "
         "fish-and-spinach «Четверг рыбные» (not what plain «пельмени» means; excluded); хинкали, чебуреки, "
         "ravioli, vareniki and ready dishes are other products"),
        ("и горчички к ним", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000582072", "2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "21002", "21001", "3995314", "3995313", "2143139", "3333328",
                           "3333301", "3332502", "3285595", "3297748", "4152780", "4149116", "4152778", "3358711",
                           "3358713", "3438145", "3435016", "3372044", "4337616", "4337618", "4337617", "4273279",
                           "4229365", "3416298", "4229364", "2153858", "3980912", "3456246", "4268545"],
        },
         "prepared table mustard of any type and brand (Русская, столовая, ядрёная, Дижонская, зернистая, "
         "Ротиссер, Баварская, Французская, Деревенская, «burger & hot-dog»); plain products exclude flavoured "
         "ones, so mustard with honey, with horseradish, fruit mustards (byJam.me) and Кинто «Скорпион чилийская» "
         "are excluded; Волшебное дерево «Горчица … целая, 40г» (whole mustard seed, a spice), Дядя Ваня relish, "
         "mustard sauces, mustard oil and mustard-flavoured goods excluded"),
    ]),
    # L15 baby
    ("пюрешки фрутоняня яблоко\nподгузники pampers 4ка\nвлажных салфеток детских", [
        ("пюрешки фрутоняня яблоко", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["T000007148", "2000227782"],
            "perekrestok": [],
        },
         "ФрутоНяня single-fruit apple puree of any pack (Пятёрочка «Пюре ябл. д/дет. ран. возр. 100г», Магнит "
         "«Яблочное» 100 g, Дикси «Яблоко, с 4 месяцев» 250 g and «Яблоко без сахара» 90 g); mixed purees (яблоко-"
         "персик, яблоко-банан, груша-яблоко, яблоко/груша/персик, with cream, blackberry/bilberry and biscuit), "
         "ФрутоНяня juices, drinks, desserts and porridges, and other brands' apple purees (Gipopo, Агуша) "
         "excluded"),
        ("подгузники pampers 4ка", {
            "pyaterochka": [],
            "magnit": ["53ba3d65f3"],
            "dixy": [],
            "perekrestok": [],
        },
         "Pampers taped diapers of size 4: Магнит «PAMPERS Актив Бейби Макси, 70 шт.» (Maxi = size 4, 9-14 kg; "
         "outside knowledge, the title has no number); Pampers Ньюборн/мини/Миди/Джуниор/Экстра Лардж are other "
         "sizes; Pampers pants of size 4 («Трусики … 4 Макси», «Трусики-подгузники 4 Maxi», «Трусики Макси») are "
         "the pants form, not the taped «подгузники» written, and excluded (judgement); Huggies/Merries/Nani size "
         "4 excluded (brand required); Pampers wet wipes are another product"),
        ("влажных салфеток детских", {
            "pyaterochka": [],
            "magnit": ["e5cc67293e", "47dd423390", "c3df2e5787", "36ac79cfc0", "d50c79a365", "bd449a17ff",
                      "667fad1c9c"],
            "dixy": [],
            "perekrestok": [],
        },
         "baby/children's wet wipes of any brand and pack (Pampers Kids hygiene, NewBaby and Аква Пьюр, Huggies "
         "Elite Soft, Каспер «Детские» 15 and 120 шт., and АУРА «Солнце и луна, с ромашкой» — Aura's baby line, "
         "the title does not say детские, outside knowledge); adult, antibacterial, universal, intimate and "
         "surface wet wipes (Aura, La Fresh, Салфети, Академия комфорта, Я самая), dry paper napkins and facial "
         "tissues excluded"),
    ]),
    # L16 tea party
    ("тортик наполеон к чаю небольшой\nзеленого чаю в пакетиках пачку\nзабыла: лимон один\nрафаэллку коробку", [
        ("тортик наполеон к чаю небольшой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "a Наполеон cake is required and no chain sells one (the only «Наполеон» is an Armenian cognac, a trap); "
         "other cakes (Медовик pastries, Сметанник, Пломбир-классик …) are other products; «к чаю» is a purpose "
         "and «небольшой» a wish"),
        ("зеленого чаю в пакетиках пачку", {
            "pyaterochka": [],
            "magnit": ["b4e965a022", "e1b666c6ef", "6af760c408"],
            "dixy": [],
            "perekrestok": [],
        },
         "plain (unflavoured) green tea in bags: Ahmad «Зеленый», Kensington «зеленый», Richard «Роял Грин, "
         "байховый», 25 bags each; «пачку» is a quantity; plain teas only (as in set vy), so jasmine, lime, "
         "mojito, Flirt, strawberry-vanilla, Хьюго Коктейль, Tess Get Detox (lime-cucumber aroma) green teas are "
         "excluded, as are loose green teas (Tess Стайл, Ahmad 100 g, Richard 90 g, Tess Лайм листовой), "
         "bottled/cold tea drinks and green-tea cosmetics"),
        ("забыла: лимон один", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        },
         "fresh lemons, loose or packed (Маркет Fresh 2 шт., Узбекистан); «один» is a quantity; the lime-lemon mix"
         " pack, «лимонные» nectarines, the ginger-lemon immune set, lemonades, lemon-scented cleaners and lemon-"
         "flavoured goods excluded"),
        ("рафаэллку коробку", {
            "pyaterochka": [],
            "magnit": ["3061e3f9c1", "1a45f76949", "795afcfbc6", "3f687c59d0"],
            "dixy": ["2000016072", "DI00078416", "2000001754", "2000320701"],
            "perekrestok": ["2157344", "18162", "3163976", "40690", "2105827", "3604056"],
        },
         "Raffaello candies (Latin and Cyrillic «РАФФАЭЛЛО» titles) in any box size (40-240 g); Магнит «Конфеты "
         "РАФФАЭЛЛО, Тортик, 200г» and Дикси «Конфеты \"Raffaello\" Торт, 100 г» accepted as Raffaello candies in "
         "the round cake-shaped gift box (judgement from «Конфеты» in the title); «коробку» is a quantity"),
    ]),
    # L17 herring and potatoes
    ("селедку слабосоленую\nкартошки молодой\nзабыла: лук зеленый", [
        ("селедку слабосоленую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78003365", "4352006", "3454388", "3480999", "35430", "3088471", "2078344", "70039",
                           "61803", "9419", "3009042", "4275608"],
        },
         "lightly salted (слабосолёная) herring, whole or fillet, incl. fillet in plain oil (Маркет «слабосоленое "
         "в масле»): Pelican неразделанная, Олюторская, weighed «Сельдь слабосолёная» 300+/350+/400+/500+, "
         "тихоокеанская, «филе слабосолёная», Русское Море бочковая филе, and «Сельдь атл.с/с в/у» («с/с» read as "
         "слабосолёная, outside knowledge); «слабосоленую» is a form and is required: "
         "freshly/traditionally/specially salted or plain «солёная» herring (incl. «свежесолёная», whose title "
         "does not say lightly salted), fillets in marinades, wine, mayonnaise, tomato or with spices (Магнит MARE"
         " «слабосоленая … в маринаде По-шведски», Люди Любят «с приправами»), smoked herring, canned herring and "
         "«Сельдь под шубой» excluded"),
        ("картошки молодой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "young (new-crop) potatoes are required and none are on sale: the only «Картофель молодой» is a baked "
         "dish with paprika and garlic (Перекрёсток), and «Картофель Бэби» (small potatoes) does not say young; "
         "ordinary potatoes are excluded because «молодой» is written"),
        ("забыла: лук зеленый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "fresh green onion is sold by no chain; bulb onions (лук репчатый, red, peeled), dried onion and onion-"
         "flavoured crisps/rings are other products"),
    ]),
    # L18 pasta with mince
    ("спагетти барилла пачки две\nфаршу говяжьего полкило\nсыр пармизан\nещё томаты в собственном соку", [
        ("спагетти барилла пачки две", {
            "pyaterochka": [],
            "magnit": ["9332b0bf64"],
            "dixy": ["2000016649", "2000280926"],
            "perekrestok": [],
        },
         "Barilla spaghetti of any thickness: Дикси «Barilla спагетти №5» and «Spaghettini №3» (thin spaghetti), "
         "Магнит «BARILLA Спагеттони» (thick spaghetti); «пачки две» is a quantity; other Barilla shapes (Букатини"
         " — hollow, баветте — flat, Филини, Risoni, спиральки, звёздочки, Pipe Rigate, Джирандоле, Festivi) and "
         "other brands' spaghetti (Baisad, Аида, Верони, Шебекинские, Маркет, Pasteroni) excluded; chechil cheese "
         "«Спагетти» is a trap"),
        ("фаршу говяжьего полкило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        },
         "raw beef mince, packed or by weight (Мираторг, Иван Мясоедов, Перекрёсток, Хороший Кусок «из говядины»);"
         " «полкило» is the quantity wanted, not a pack filter; mixed "
         "«Домашний»/«Деревенский»/«Фермерский»/«мясной» mince, pork and turkey mince excluded"),
        ("сыр пармизан", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "0dc02300a0", "1000384143", "632a4664e6",
                      "b10071458c", "1000526832"],
            "dixy": ["2000597551"],
            "perekrestok": ["4345021", "3496416", "3496419", "4300784"],
        },
         "parmesan (typo «пармизан») of any brand, piece, weighed or grated (Dolce Granto, Laime, Поставский "
         "«Гранд», Premiere of Taste, Чиз Галлери, Невские сыры, Маркет, Зелёная Линия; Russian-made parmesan-type"
         " cheeses are what the chains sell as «Пармезан»); ITALIAN SNACK parmesan cream cheese with grissini and "
         "ravioli with parmesan excluded"),
        ("ещё томаты в собственном соку", {
            "pyaterochka": ["71246"],
            "magnit": ["f77a551f2e"],
            "dixy": ["2000582831", "2000118119", "2000571955"],
            "perekrestok": ["3901877", "4181618", "4042450"],
        },
         "canned tomatoes in their own juice: «в собственном соку» (Botanica), «в томатном соке» (Дядя Ваня, "
         "Круглое лето, Маркет «неочищенные»; the standard Russian name of the same product), Пятёрочка «Томаты "
         "Дядя Ваня, в томатном соусе, 680 г» (the same Дядя Ваня product under a promo title; judgement), "
         "Bonduelle «очищенные в томатной мякоти» and Перекрёсток Маркет «Томаты резаные, 390г» (canned chopped "
         "tomatoes; judgement: the title does not say «в соку»); chopped tomatoes with basil or with onion and "
         "garlic (flavoured), passata «Протертая мякоть», tomato paste and fresh tomatoes excluded"),
    ]),
    # L19 butter corrected 72% -> 82%
    ("масло сливочное 72%\nой нет, масло бери 82%\nи хлебушка белого", [
        ("масло сливочное 72%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "CANCELLED by the next message «ой нет, масло бери 82%»: the couple finally wants 82% butter instead, so "
         "nothing is to be bought for this line and it is labelled missing in every store (72.5% butter is on sale"
         " in Магнит, Дикси and Перекрёсток, but the request was replaced)"),
        ("ой нет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "not a product: the start of the correction «ой нет, масло бери 82%» (cancels the 72% butter); nothing to"
         " buy, missing in every store"),
        ("масло бери 82%", {
            "pyaterochka": ["3993159", "3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                      "1000433642", "87355db645", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad",
                      "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831",
                    "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "3637761", "34890", "3628337",
                           "4260609", "3026226", "4113532", "4188099", "4188102", "3434127", "4281083", "3963777",
                           "3612778", "4310021", "4055506", "86149", "3369241", "3698785", "3287314", "3396544",
                           "3657363", "4292462", "4343792", "3699369", "3953367", "4196090", "4135603", "3922315"],
        },
         "the corrected request (replaces «масло сливочное 72%»; «масло» here is the butter of the previous "
         "message): butter of 82% or 82.5% fat (82.5% counts as «82», as in all sets), any brand and pack, "
         "сладкосливочное, несолёное, Традиционное, Вологодское, lactose-free Тысяча Озёр; 72.5% (the cancelled "
         "line), 62% chocolate butter, Волгодонское (no fat stated), spreads and vegetable oils excluded"),
        ("и хлебушка белого", {
            "pyaterochka": [],
            "magnit": ["643727af2a", "67f076fea4", "7fa10b807d"],
            "dixy": [],
            "perekrestok": ["78020935", "49457", "2065120", "3680023", "4102687", "4329402", "4157283", "4264947",
                           "4329401", "78011178", "4318510"],
        },
         "white (wheat) bread loaves — judgement: everyday «белый хлеб» covers plain wheat loaves and батоны: "
         "Горчичный «пшеничный высший сорт» (Магнит) and Хлеб Горчичный (Перекрёсток), Коломенский «ТОСТОВЫЙ "
         "пшеничный», Перекрёсток «Хлеб Французский» (a white wheat loaf, outside knowledge), and plain батоны "
         "(Нарезной, Новый, к завтраку, Молочный, Утренний, Горчичный, «Батон, 300г»); excluded: loaves with bran,"
         " grain or cereals (Батон Отрубной/Зерновой, Хлебец Белый с отрубями, тостовый злаковый, Крестьянский со "
         "злаками), rye and rye-wheat bread, loaves whose title does not say what flour they are (Советский, "
         "Сельский, формовой, Крестьянский формовой, Бабушкин, Монж, Домашний на кефире, Измайловский, Боярский, "
         "Стройный рецепт), sweet Хлеб ЧАЙНЫЙ, baguettes, ciabatta, buns and хлебцы"),
    ]),
    # L20 pantry
    ("воды питьевой 5л\nмакароны рожки пару пачек\nгречки пачки 2 ядрицы\nзабыла: масла подсолнечного рафинированного", [
        ("воды питьевой 5л", {
            "pyaterochka": ["3635131"],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871",
                           "4231308"],
        },
         "still drinking water in 5 l bottles («5л» names the pack and is respected), any brand, incl. children's "
         "drinking water 5 l (ФрутоНяня, Аквалайн, Черноголовка Бэйби, Кидси — the same product, as children's "
         "milk counts as milk) and Пятёрочка «Легенда Гор» natural table water 5.0 l; smaller bottles (0.45-1.75 "
         "l) and medicinal mineral waters (Borjomi, Ессентуки) excluded"),
        ("макароны рожки пару пачек", {
            "pyaterochka": ["2049747"],
            "magnit": ["6e98aa8b36", "367d4ecfc8", "f20a2d2027"],
            "dixy": ["2000575212", "2000544352", "2000005385"],
            "perekrestok": ["4340660", "4328907", "82772", "3435299", "4273871", "4199587"],
        },
         "dry pasta of the рожки (elbow) shape, any size and brand: Baisad, Верони, Моя цена 3 кг, Аида «Рожок», "
         "Maltagliati «Рожок крупный», Любимые традиции, Шебекинские «рожок-полубублик», Маркет «Рожки»/«Рожки "
         "Большие», Пр!ст, and Maltagliati «Chifferini Rigati» (ridged elbows; Latin title, outside knowledge); "
         "«пару пачек» is a quantity; other shapes (улитки, Pipe Rigate, Шебекинские «Витой рожок» — a twisted "
         "spiral), flavoured pasta (Роллтон «с оливковым маслом», Бакалейщики с томатами и шпинатом) and ice-cream"
         " «рожки» excluded"),
        ("гречки пачки 2 ядрицы", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "1030037286", "2000180341",
                    "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "4353613", "28960", "14301", "4061364", "3276128", "3438178",
                           "4009020", "3694322", "3019156", "3674200", "53673", "4204902", "6847", "3173448",
                           "4090171", "4019310", "3603166", "39155", "3600743", "3696237", "3477255", "3231481",
                           "3493533", "3994791", "3667612", "4059000"],
        },
         "buckwheat groats ядрица, any brand and pack incl. quick-cooking, steamed and boil-in-bag packs; titles "
         "without «ядрица» (Makfa, Тёплые Традиции, Увелка, Пассим, Агро-Альянс Экстра, Мистраль, Националь "
         "Камолино, Нижегородская, «Гречка») taken as ядрица, as in set vy (no продел is on sale); «пачки 2» is a "
         "quantity; green buckwheat, buckwheat flakes, flour, noodles, drinks, porridges and ready buckwheat "
         "dishes excluded; Магнит sells no buckwheat groats"),
        ("забыла: масла подсолнечного рафинированного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "DI00080540", "2000283309", "2000005808", "2000555852",
                    "2000154498", "DI00079242", "2000005809", "2000003488", "ЦТ0039503", "2000563791", "2000210260"],
            "perekrestok": ["6275", "2093709", "2043188", "2068955", "4022580", "2007886", "64128", "2046261",
                           "3340103", "3426152", "3426155", "23714", "3454645", "21676", "3478098", "2147548",
                           "4277755", "4269569", "4269568", "3642040"],
        },
         "refined sunflower oil («рафинированного» is required), any brand and bottle, deodorised, вымороженное "
         "and high-oleic refined included; unrefined oil, oils whose title does not say refined (Аведовъ, Getuva "
         "New Way), blends with almond/wheat-germ oil (Altero), flavoured Almador oils, the Altaria aerosol spray "
         "(another form), corn, grape, avocado and mustard oils excluded; Магнит and Пятёрочка sell no sunflower "
         "oil"),
    ]),
    # L21 fruit, apples replaced by pears
    ("мандаринок кило полтора\nяблок гренни смит\nгруши вместо яблок\nвиноградика без косточек", [
        ("мандаринок кило полтора", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        },
         "fresh mandarins: Дикси «Мандарины сладкие» only; «кило полтора» is a quantity; mandarin-flavoured "
         "yoghurt and dish soap are traps"),
        ("яблок гренни смит", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "CANCELLED by the next message «груши вместо яблок»: the couple finally wants pears instead of these "
         "apples, so nothing is to be bought for this line and it is labelled missing in every store (Гренни Смит "
         "apples are on sale in Магнит, Дикси and Перекрёсток, but the request was replaced)"),
        ("груши вместо яблок", {
            "pyaterochka": [],
            "magnit": ["3c38bb868f"],
            "dixy": ["2000003213", "ЦТ0024100", "D000011164"],
            "perekrestok": ["4258954", "4370831", "50819", "4370830", "79223", "6881", "3095430", "4370828",
                           "3326082", "31314", "3633264", "4370829", "47341", "200", "84531", "292", "47319", "9469",
                           "4370794", "7228", "4372904", "3326080", "3339375", "6882", "2814", "57357", "806",
                           "79038", "48673", "3139324", "4209031", "3243465"],
        },
         "the replacement request («вместо яблок» cancels the Гренни Смит apples): fresh pears of any variety and "
         "pack (Санта Мария, Конференц, Вильямс, Аббат, Дюрандо, Комис, Форелл, Анжу, Бере Боск, Chinese/Asian "
         "pears, «сезонная», «красные», «Груши, 2шт» …); pear juices, purees, yoghurts, lemonades, jams, the plush"
         " toys and pear-flavoured goods excluded"),
        ("виноградика без косточек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        },
         "fresh seedless grapes: Дикси «Виноград Мускат, без косточки» only; «без косточек» is required, so "
         "Перекрёсток Ред Глоб, Тайфи, чёрный and Artfrut белый (seeded or not stated) are excluded; dried "
         "grapes/raisins «без косточек» are not fresh grapes; fruit mixes, juices and grape-flavoured goods "
         "excluded"),
    ]),
    # L22 pancakes
    ("блинчики с творогом замороженные\nсгущенки к блинчикам\nкофе молотый получше", [
        ("блинчики с творогом замороженные", {
            "pyaterochka": ["3403652"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "frozen pancakes filled with cottage cheese: Пятёрочка «Блинчики Цезарь с деревенским творогом на "
         "сливочном масле 450г» (the title does not say frozen; Цезарь pancakes are a frozen product, outside "
         "knowledge as in set d); «замороженные» is a form, so Перекрёсток «Блинчики с творогом Шеф Перекрёсток, "
         "225г» (chilled ready food) is excluded; pancakes with other fillings (печень, ветчина и сыр, клубника, "
         "вишня, яблоко) excluded"),
        ("сгущенки к блинчикам", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "cc9252c04f", "1000003186", "1000427075", "be9bed5042",
                      "66294fd8e5", "dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["4218934", "3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4211054"],
        },
         "sweetened condensed milk (сгущёнка) of any brand and pack, tins, sachets and doy-packs; Рогачевъ "
         "«сгущенное цельное 8.5%» and Алексеевское 8.5% 650 g (no «с сахаром» in the title) taken as the usual "
         "sweetened product (outside knowledge), Пр!ст «с сахаром 1%» (low-fat) accepted; «к блинчикам» is a "
         "purpose; boiled condensed milk (варёная, Бела Слада), flavoured (с кофе, вкус печенье), «Продукт "
         "молочный … Сгущенка» (not milk, as in set g), unsweetened concentrated milk, dry milk and all goods «со "
         "сгущёнкой» excluded"),
        ("кофе молотый получше", {
            "pyaterochka": ["3607723", "1e481d9846"],
            "magnit": ["2700f5e3b1", "be3079e158", "f32af3a996", "f083873ce2", "bf33a13d25", "0fe86f8472",
                      "a6281deb0c", "76b0197955", "80d20f5714", "3bb33c0c9e", "7d84ba5b6e", "ab6f2df0cf",
                      "c2e5e0f5ec", "a46592e215", "97373908ef", "4522417a72", "79b9a44edb", "8d3366ce51",
                      "a2b0f72440", "46bb6aa6cb", "8269b24f19", "7046b50e4e", "222418c5e4"],
            "dixy": ["2000277619", "2000228092", "2000303593", "2000054819", "2000186346", "2000183725",
                    "2000193927", "2000267720", "10E0076694", "2000056820", "2000362026", "2000582491", "2000263796",
                    "2000574432", "2000546071", "2000568376", "2000557192", "2000557193", "2000605231", "2000235411",
                    "2000604152", "2000552471"],
            "perekrestok": ["4058107", "3965705", "4108341", "4345202", "4345201", "4340948", "4325139", "3395340",
                           "4150051", "3395339", "3689956", "4166073", "4166074", "2147872", "4320251", "4320252",
                           "72112", "72110", "3606929", "3612036", "4129183", "4122814", "4347224", "4291307",
                           "4315506", "4351047", "4253960", "4295649", "4261915", "4261911", "4262483", "6944",
                           "4342549", "4332738", "3171130", "29278", "3644175", "4261910"],
        },
         "roasted ground coffee in packs, any brand, blend and size (incl. «для турки» and «По-восточному»; "
         "abbreviated «мол»/«жар мол» titles — Пятёрочка «Принц Лебо мол100г», Магнит ЖИВОЙ КОФЕ — accepted; "
         "Магнит «ЖОКЕЙ, По-восточному, Арабика, 250г» (the same product is titled «молотый» in Дикси and "
         "Перекрёсток) and «ПЕТР ВЕЛИКИЙ, Императорский помол» taken as ground, outside knowledge); «получше» is a"
         " wish, not a filter; Магнит МОСКОВСКАЯ КОФЕЙНЯ «Мокко, 250г» and «Коломбо» (form not stated) excluded; "
         "L'OR 52 g packs («Эспрессо Делициозо натур молотый» and «Лунго Профондо», 10 capsules of 5.2 g, outside "
         "knowledge) excluded as capsules; instant coffee with ground coffee (Nescafe Gold/Barista/Classic, Jacobs"
         " Millicano, Monarch Miligrano, Московская кофейня «с растворимым»), flavoured ground coffee (Jardin "
         "Vanillia capsules, Jardin «Синнамон Кейк … ароматизированный»), capsules, Tassimo discs, drip/filter "
         "bags (Verle, Маркет Collection) and single-serve portions (Coffesso «5 пакетиков»/«5x9г» and Дикси "
         "Coffesso 45 g, taken as 5×9 g portions) excluded as other forms; beans and instant coffee excluded"),
    ]),
    # L23 drinks for guests
    ("винишка красного сухого бутылку\nсока апельсинового рич\nещё колу 2л\nзабыла: лед", [
        ("винишка красного сухого бутылку", {
            "pyaterochka": [],
            "magnit": ["1128713b37", "6dec98c122", "66dc79b1bd", "992027187d", "282e3b100c", "e3b2e41081",
                      "70de72738c", "20076532cf", "eb4f5b53b5", "1aeecf4fbf", "7b8fa4bd5e", "ba4136257e",
                      "25e2e0b426", "f076430c9a", "984016a189", "316badec71", "6c75cc20c2", "3c061d5267",
                      "ac836556b8", "63ce59d607", "b8cc734787", "da35009364", "9995f68840", "2f74e42279",
                      "97edfb5844", "d408e7403a", "179454ad06", "aefb2f40d1", "2843dc2427", "6fea0b8f60",
                      "a05527a9ea", "d05962e7be", "d982768147", "adea6d56aa", "4a0256aba7", "0d69bc12b7",
                      "d73ee8f4f1", "9a7baeb044"],
            "dixy": [],
            "perekrestok": ["3502899", "2141096"],
        },
         "still red dry wine of any country, grape and bottle (0.75 l, Don Garcia 1 l), incl. aged (выдержанное, "
         "Резерва, Крианца) wines; «бутылку» is a quantity; semi-dry, sweet, white, rosé and sparkling wines, "
         "vermouth (Martini Rosso) and wine drinks excluded; Дикси and Пятёрочка sell no red dry wine"),
        ("сока апельсинового рич", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814"],
            "perekrestok": [],
        },
         "Rich orange juice: Дикси «Сок \"Rich\" апельсиновый, 1 л» only; Rich apple/tomato juices, Rich nectars, "
         "Rich «Мандарин» soda and other brands' orange juice excluded (brand required; single-fruit juice, as in "
         "all sets)"),
        ("ещё колу 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "cola in a 2 l bottle («2л» names the pack and is respected); no chain sells a 2 l cola: Coca-Cola 0.33 "
         "l, Pepsi Dark Vanilla 0.5 l, Черноголовка/Funky Monkey 0.5 l, Добрый кола 1/1.5 l and Добрый без сахара "
         "0.33-1.5 l are other sizes; the rum-cola beer drink and cola-flavoured sweets are traps"),
        ("забыла: лед", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "food ice (ice cubes) is sold by no chain; fruit ice lollies («Лёд фруктовый», «Лед Гранат/Малина "
         "Джелато»), «Арбузный лёд» gum and «Лед Арктики» shampoo are other products"),
    ]),
    # L24 the dog and the floor
    ("корм собаке сухой педигри\nкосточки для собаки\nещё средство для мытья пола", [
        ("корм собаке сухой педигри", {
            "pyaterochka": [],
            "magnit": ["635a090395", "a3b4a1cd4c", "5f419d7ce3"],
            "dixy": [],
            "perekrestok": [],
        },
         "Pedigree dry dog food for adult dogs: Магнит 2.2 kg (говядина; маленьких пород) and 13 kg bags (the "
         "titles do not say «сухой»; 2.2/13 kg bags of Pedigree are dry food, outside knowledge); «сухой» is "
         "required, so Pedigree wet food (80/85 g pouches/pâté) is excluded; the puppy food «для щенков» excluded "
         "because the message asks for food for the (adult) dog, as kitten food was for the cat; Pedigree "
         "Dentastix treats and Purina One/Cesar excluded"),
        ("косточки для собаки", {
            "pyaterochka": [],
            "magnit": ["6c0dc1c742"],
            "dixy": [],
            "perekrestok": [],
        },
         "chew bones/bone-shaped treats for dogs: Магнит «Снэк для собак TRIOL®, Кость из жил, 4шт.» only; "
         "Pedigree Dentastix (dental sticks), Мираторг Winner treats (form not stated), TiTBiT wet food and the "
         "TRIOL toy «Гантель» excluded; meat «на кости» and «с косточкой» olives/dates are traps"),
        ("ещё средство для мытья пола", {
            "pyaterochka": [],
            "magnit": ["9851df55cf", "18d07f098b", "ae95ec9c5b", "119c855478", "ff7b4707dc", "69f4fcf56c",
                      "789291ba7a", "cac8e32a0f", "494fcd17ad", "dc08e0632c"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        },
         "floor-cleaning liquids whose title says they are for floors (Mr. Proper «для полов и стен», Lysol "
         "«д/пола/поверх», BioMio, Sanfor, Synergetic, Grass «для мытья пола»); Mr. Proper «Моющее средство "
         "Лимон/роза, 500мл» (the title does not say floors), universal and anti-grease sprays excluded"),
    ]),
    # L25 pancake flour corrected to ordinary flour
    ("десяток яиц с1 взять\nмуку блинную\nне блинную, а обычную муку", [
        ("десяток яиц с1 взять", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        },
         "chicken eggs of class С1 («1 категории» = С1, Latin «C1» included) in packs of 10 only («десяток», as in"
         " all sets); С0/СО/отборные, СВ/высшей, С2, packs of 6/15/20/30, quail eggs and liquid egg products "
         "excluded"),
        ("муку блинную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "CANCELLED by the next message «не блинную, а обычную муку»: the couple finally wants ordinary flour "
         "instead, so nothing is to be bought for this line and it is labelled missing in every store (pancake "
         "flour Пышечка/С.Пудовъ/Маркет is on sale in Магнит, Дикси and Перекрёсток, but the request was replaced)"),
        ("не блинную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        },
         "not a product: the start of the correction «не блинную, а обычную муку» (cancels the pancake flour); "
         "nothing to buy, missing in every store"),
        ("а обычную муку", {
            "pyaterochka": [],
            "magnit": ["a9121368e4", "f04dd7b81b", "42f4e32b0a"],
            "dixy": ["D000002191", "ЦТ0035253", "ЦТ0037862", "2000578792", "2000317163", "ЦТ0044481", "2000576791",
                    "2000553733", "ЦТ0044544", "2000213875"],
            "perekrestok": ["3505430", "3292690", "3915409", "3193726", "3305673", "4215036", "91320", "91321",
                           "16318", "4326495", "3681817", "4262616", "2037765", "3346668", "3626914", "2107396",
                           "3394693", "2112692", "2112693", "3502351"],
        },
         "what the couple finally wants instead of «муку блинную»: ordinary white wheat flour of any grade (высший"
         " сорт, экстра, хлебопекарная) and pack; Магнит «Мука ПЫШЕЧКА, пшеничная, 2кг» and Старооскольская "
         "«хлебопекарная», Перекрёсток «Мука Тихорецкая особая, 2кг» and «Мука Царь, 1кг» (titles without "
         "«пшеничная», taken as wheat flour, outside knowledge) accepted; pancake flour («блинная»), self-raising "
         "«Кондитерская самоподнимающаяся» and whole-grain/«цельносмолотая» flours, Manitoba flour, rye, rice, "
         "corn, buckwheat, oat, chickpea, coconut, almond, «7 злаков» and gluten-free flours excluded (not "
         "ordinary flour); the pancake flour of the cancelled line is excluded by «обычную»"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fuxNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fux\d\d ===$", line):
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
                    errors.append("fux%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fux%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fux"))
