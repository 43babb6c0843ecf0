#!/usr/bin/env python3
"""Re-create fresh_basket_eval_ug.jsonl -- 25 shopping lists of a nursing student in a hostel on a small stipend,
typed word for word from her mother's voice messages (cheap food, hygiene and cleaning goods, tea and sweets, in the
mother's old-fashioned words and with the brands she trusts), hand-labelled against the real offers in
real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_ug.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_ug.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of each list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fug01, fug02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_ug.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_ug.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (3, "порошок стиральный для ручной стирки подешевле", "стирального порошка пачку подешевле"),
    (12, "сушек с маком полкило", "баранок с маком полкило"),
    (15, "крем для рук бархатные ручки", "крем для рук нивея"),
    (25, "освежитель воздуха для туалета с запахом лаванды", "освежитель воздуха для туалета с запахом сирени"),
]

def acc(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 крупы и яйца
    ("гречку ядрицу две пачки подешевле, вермишель паутинку для супа, яйца куриные десяток первой категории, масло постное нерафинированное для салата", [
        ("гречку ядрицу две пачки подешевле", acc(
            magnit=["203081"],
        ), "buckwheat groats: Магнит «Крупа Гречневая Prosto, 500 г» (title does not say ядрица; taken as ядрица - no "
           "продел is on sale anywhere, outside knowledge); «две пачки» is a quantity, «подешевле» a wish; buckwheat flakes "
           "(Увелка, Мистраль), NESTLE buckwheat porridge, soba noodles, ready buckwheat dishes (Главпродукт каша, Натурбуфет, "
           "«Гречка с грибами» kit) and the PROSTO rice-and-buckwheat mix excluded"),
        ("вермишель паутинку для супа", acc(
        ), "no «паутинка» (the thinnest short vermicelli) in any chain; the variety written is required, so Пятёрочка's egg "
           "«вермишель для супчика 250г» (shape not named паутинка), Federici «Макароны ВЕРМИШЕЛЬ» (long vermicelli, a "
           "spaghetti-type shape), «звездочки для супчика» and Vegeta soup with vermicelli are not accepted"),
        ("яйца куриные десяток первой категории", acc(
            pyaterochka=["3446505"],
            perekrestok=["3662512", "3062836", "3446505", "4068694"],
        ), "hen eggs of category С1 («первой категории») in packs of 10, incl. Зелёная Линия «активита С1 с селеном и "
           "йодом»; СО/отборные (Маркет СО, Окское СО, Роскар Экстра СО, Волжское Утро отборные, Волжанин отборные 6 шт), "
           "С1 packs of 20 (Лето), quail eggs and chocolate eggs (Kinder) excluded; Магнит and Дикси have no hen eggs"),
        ("масло постное нерафинированное для салата", acc(
        ), "«постное масло» is the old word for everyday sunflower oil; no unrefined sunflower oil in any chain (all "
           "sunflower oils are рафинированное/дезодорированное or flavoured Almador); olive oils (Extra Virgin «нераф.»), "
           "grape, corn and avocado-blend oils are other products"),
    ]),
    # L02 к чаю
    ("чаю индийского со слоном пачку, сахару рафинаду коробку, печенья юбилейного к чаю две пачечки, пряники мятные полкило", [
        ("чаю индийского со слоном пачку", acc(
        ), "the brand «Индийский чай» with the elephant is not on sale in any chain; other Indian/Assam teas (ШАХ «ГОЛД "
           "инд.чер.байх.», Richard, Akbar, Azercay, Ahmad) are other brands and a named brand is not replaced"),
        ("сахару рафинаду коробку", acc(
            magnit=["07d5c3205d"],
        ), "lump refined sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг к/уп» (pressed white sugar in a carton = сахар-"
           "рафинад, outside knowledge); cane sugar Демерара (нерафинированный), icing sugar, sugar cookies and sugar in "
           "other products excluded"),
        ("печенья юбилейного к чаю две пачечки", acc(
            pyaterochka=["3618783", "3603068", "3662392", "3958570", "3958571", "4027701", "4027703", "3471173",
                         "3655049"],
            magnit=["723991a07f", "199331"],
            perekrestok=["4352220", "4425157", "4371424"],
        ), "every «Юбилейное» cookie (brand + product word = every variant: traditional, glazed, milk, oat, wholegrain, "
           "berry and chocolate-flavoured), incl. Пятёрочка «Печенье постное "
           "\"ЮБИЛЕЙНОЕ\" 313г» (Юбилейное is also an old GOST cookie name; the title names the cookie Юбилейное); "
           "Юбилейное mini-cakes (Магнит «Мини-кексы Юбилейное»), Останкино «Колбаса Юбилейная», «КАРБОНАД ЮБИЛ.» and "
           "J.Meinl «Кофе ЮБИЛЕЙНЫЙ» excluded; «две пачечки» is a quantity"),
        ("пряники мятные полкило", acc(
            magnit=["203161"],
        ), "mint gingerbread: Магнит «Пряники Яшкино, мятные, 350 г»; «полкило» is a quantity; «Пряники классические» "
           "(Хлебный дом), glazed «Классические»/chocolate, blackcurrant, тульские, «Топленое молоко», вареная сгущенка "
           "and Коровка пряники (mint not stated) excluded"),
    ]),
    # L03 стирка и посуда
    ("мыла хозяйственного 72% два куска, стирального порошка пачку подешевле, белизны литровую бутылку, губки для посуды пачку подешевле", [
        ("мыла хозяйственного 72% два куска", acc(
        ), "no laundry soap (хозяйственное мыло) in any chain; toilet soaps (Camay, Fax, Safeguard, Dove крем-мыло) and "
           "liquid soap are other products"),
        ("стирального порошка пачку подешевле", acc(
            pyaterochka=["3418106", "2155021", "2070686", "3023899", "3951189", "2087255", "3149485", "3688912",
                         "2161508", "2161528", "3142962"],
            magnit=["1000286457", "262159b924", "50ee5ea8b5", "198901", "167921", "168231", "105941", "106541",
                    "105891", "105881", "111621"],
        ), "REPLACED item (blind: «порошок стиральный для ручной стирки подешевле», absent everywhere - no title says the "
           "powder is for hand washing). Any washing powder of any brand and size (Persil, Ariel, Tide, Bimax, Биолан, "
           "BIOMIO, Лоск, incl. Tide «Детский» and Пятёрочка «PERSIL СМС \"ПЕРСИЛ ЛАВАНДА\" 3 кг» / «ARIEL СМС … пор.3кг» - СМС "
           "sold in 3 kg = powder); «пачку» is a quantity, «подешевле» a wish; laundry gels, liquids, capsules (Persil, "
           "Ariel, Tide, Losk, Ласка, Woolite), Vanish stain remover and Pemolux/Comet cleaning powders excluded"),
        ("белизны литровую бутылку", acc(
        ), "no «Белизна» (chlorine bleach) in any chain; Vanish Oxi «пятновыводитель + отбеливатель» (oxygen stain "
           "remover), Bref/Domestos toilet cleaners and whitening toothpastes are other products"),
        ("губки для посуды пачку подешевле", acc(
        ), "no dish sponges in any chain; dish-washing liquids are other products"),
    ]),
    # L04 зубы
    ("зубную пасту новый жемчуг, щетку зубную средней жесткости, мыла детского кусочек", [
        ("зубную пасту новый жемчуг", acc(
        ), "no «Новый жемчуг» toothpaste in any chain; Colgate, Blend-a-med, Splat, Close Up, Aquafresh, Lacalut, Sensodyne "
           "are other brands, and «Чёрный жемчуг» is a face-cream brand"),
        ("щетку зубную средней жесткости", acc(
            pyaterochka=["3379809"],
            magnit=["af8d07dd15", "faf2b81393"],
        ), "toothbrushes of medium stiffness: Пятёрочка «COLG.З/щетка 360 OPTICE WHITE ср/ж», Магнит BIOMED Silver and Black "
           "«Medium»; SPLAT «hard», Colgate «ШЕЛК.НИТИ», SPLAT «Special BLACKWOOD» and Colgate «Зиг Заг 2+1» (stiffness not "
           "stated) excluded"),
        ("мыла детского кусочек", acc(
        ), "no baby soap in any chain; toilet soaps for adults, Johnson's baby oil and baby cream are other products; "
           "«кусочек» asks for bar soap"),
    ]),
    # L05 на кашу
    ("пшено полкило\nхлопья геркулес на кашу\nмолоко 3.2% два литра\nмаслица сливочного крестьянского 72.5% пачку", [
        ("пшено полкило", acc(
            pyaterochka=["3674169"],
        ), "millet groats: Пятёрочка «МИСТР.Пшено ЗОЛОТОЕ 5х80г» (boil-in-bag millet; form not written); «полкило» is a "
           "quantity; nothing else is пшено (wheat flour and wheat products are «пшеничн-», not millet)"),
        ("хлопья геркулес на кашу", acc(
            pyaterochka=["4027131", "3472901"],
        ), "plain rolled oat flakes to be cooked: Клинские «Хлопья овсяные \"Геркулес\" 500г» and Увелка «Хлопья зерн.овсян."
           "трад.» (traditional thick rolled oats; «геркулес» is also the everyday name for them); flavoured instant "
           "porridges (Ясно Солнышко, Heinz, «БЕЗ ВАРКИ АССОРТИ»), oat cookies, VELLE oat products, bran and other flakes "
           "(buckwheat, rice, corn, multigrain) excluded"),
        ("молоко 3.2% два литра", acc(
            pyaterochka=["3694630", "3507208", "3425329", "3645807"],
            dixy=["809c0dd88b"],
            perekrestok=["3431579", "4259100", "4244242", "3645807", "b508e73840", "52d96fd806", "eaf7de5f17",
                         "ecc07a0e68", "f3d85bb393", "488d323508", "e458dc5e25", "47a9cd6be2", "f50aeac1bb",
                         "885d917850", "35ac60eec2", "89a1c1419e", "949b3dd46f", "9dbc98f064", "e2d5d93f2a",
                         "2f04f03749", "87b2dc7b1d", "14753f9f39", "b4411ba8d4", "01f728b210", "a24f88bea8"],
        ), "drinking cow milk of exactly 3.2% in any pack (pasteurised, UHT, sterilised, children's Агуша/Сарафаново as in "
           "real_basket_eval); «два литра» is read as the quantity wanted, not as a 2 l pack; ranges (3.2-4%, 3.2-4.5%, "
           "«от 3,2% до 6%»), топлёное 3.2%, other fat levels, the Nemoloko oat drink 3.2%, condensed milk and Barista/"
           "flavoured milks excluded; Магнит has no 3.2% milk"),
        ("маслица сливочного крестьянского 72.5% пачку", acc(
            pyaterochka=["3658095"],
        ), "butter of 72.5%: Пятёрочка «Масло сливочное, Брест Литовск, 72,5%, 180 г» (72.5% butter is «Крестьянское» by "
           "the standard - outside knowledge; the title does not use the word); 82-82.5% butters, the 62% chocolate butter "
           "and spreads excluded"),
    ]),
    # L06 рыбка и картошка
    ("кильку в томате 2 банки, сайру натуральную, хлеба черного бородинского буханку, картошечки кило два", [
        ("кильку в томате 2 банки", acc(
            pyaterochka=["3468685"],
            magnit=["159901"],
        ), "canned sprat (килька) in tomato sauce: Пятёрочка «Килька черноморская, в томатном соусе», Магнит «Килька "
           "обжаренная, в томатном соусе»; «2 банки» is a quantity; the flavoured Пятёрочка «Килька балтийская … с чили в "
           "томатном соусе» (plain product asked), spiced-salted kilka (Балтийский Берег, not in tomato), sprats in oil and "
           "beans in tomato sauce excluded"),
        ("сайру натуральную", acc(
        ), "no canned saury in any chain; sprats, kilka and cod liver/roe are other fish"),
        ("хлеба черного бородинского буханку", acc(
        ), "no Borodinsky bread in any chain; «Хлебцы тонкие бородинские» (crispbread), Магнит «Колбаса Бородинская» and the "
           "brand «Мясной дом Бородина» are other products (trap); Даниловский rye-wheat bread is not Borodinsky"),
        ("картошечки кило два", acc(
            magnit=["199751", "168701", "168671", "109571", "107511"],
            dixy=["72aaa021b7"],
            perekrestok=["2099571", "3646068"],
        ), "fresh potatoes of any kind and pack (мытый, красный, молодой, новый урожай, «для жарки»/«для варки» 3 kg "
           "nets); «кило два» is a quantity; potato chips, «картофель хрустящий», starch, KNORR «картошка по-деревенски», "
           "dishes with potatoes and ZENTIS marzipan «Картошка» excluded"),
    ]),
    # L07 гигиена
    ("прокладки always ultra normal, дисков ватных упаковку, палочек ватных для ушей, дезодарант рексона женский", [
        ("прокладки always ultra normal", acc(
        ), "no Always Ultra Normal in any chain: the only Always is Пятёрочка «ALW.Прокл.ULT.NIGH.ЭКС.ЗАЩ.» (Ultra Night, "
           "another size, so not accepted); Kotex (Ультра Драй нормал, Ultra Soft нормал), Libresse and o.b. tampons are other "
           "brands and a named brand is not replaced"),
        ("дисков ватных упаковку", acc(
        ), "no cotton pads in any chain"),
        ("палочек ватных для ушей", acc(
        ), "no cotton buds in any chain; crab sticks, corn sticks and pastry sticks are other products (trap)"),
        ("дезодарант рексона женский", acc(
            pyaterochka=["3479534", "3479535", "3928499", "3955496", "3444774", "3479541"],
            magnit=["b541fbdab4", "214561"],
        ), "Rexona for women in any form (aerosol, roll-on, stick; antiperspirants count as «дезодорант» in everyday "
           "speech): Магнит «антибакт свеж жен» and «секси/яркий букет, женский»; Пятёрочка Прозрачный кристалл (aerosol and "
           "roll-on), Яркий букет, Нежно и сочно, Ярко и цветочно, Сухость пудры - these Rexona lines are women's (outside "
           "knowledge; Rexona's men's range is titled Men); Nivea, Axe, Old Spice excluded"),
    ]),
    # L08 сладкое
    ("сгущенки рогачевской банку, зефир в шоколоде, конфет коровка граммов триста", [
        ("сгущенки рогачевской банку", acc(
        ), "Рогачёв condensed milk is on sale only as варёная (Пятёрочка «Егорка» вареное, Магнит «Рогачев, вареное»), and "
           "«сгущенка» means ordinary sweetened condensed milk (as in sets g and vy); Алексеевское is another brand; "
           "Перекрёсток «Молоко Рогачевъ … стерилизованное» is drinking milk"),
        ("зефир в шоколоде", acc(
            pyaterochka=["3936545"],
        ), "classic (vanilla) zephyr in chocolate: «Зефир глазированный в шоколадной глазури с ароматом ванили 1кг»; the "
           "flavoured Вдохновение «Зефир ЯГ.ПАРФЕ в тем.шок.» (berry parfait - a flavoured variety, as flavoured milk is not "
           "«молоко»), zephyr whose glaze is not stated to be chocolate (Шарлиз «глазированный ваниль», "
           "Белёвский «гл.»), unglazed zephyr (Белёвский, Сладкие истории, NEO), marshmallows and LOVE IS excluded"),
        ("конфет коровка граммов триста", acc(
        ), "no «Коровка» candies (milk fudge) in any chain; Коровка waffles and пряники, «Коровка из Кореновки» ice cream "
           "and chocolate paste, and Пятёрочка's unnamed «Конфеты молочные 400г» are not this product"),
    ]),
    # L09 на суп
    ("окорочка куриные кило на суп\nкапусты белой кочан небольшой\nморковки штуки три на зажарку\nлуку репчатого с полкило", [
        ("окорочка куриные кило на суп", acc(
        ), "no chicken leg quarters (окорочка) in any chain; thighs (бедро, филе бедра), drumsticks (голень), whole "
           "chickens, breast fillet, pork «окорок», duck «окорочок утёнка» and smoked drumsticks are other cuts (as in set vy)"),
        ("капусты белой кочан небольшой", acc(
            dixy=["4738b3129c"],
        ), "fresh white cabbage: Дикси «Капуста белокочанная ранняя, 1 кг»; «небольшой» is a wish; sauerkraut, Chinese "
           "cabbage, broccoli, cauliflower, seaweed and Korean salads excluded"),
        ("морковки штуки три на зажарку", acc(
            magnit=["199761"],
            perekrestok=["52112"],
        ), "fresh carrots (Морковь мытая); «штуки три» is a quantity, «на зажарку» a purpose; Korean carrot salads, carrot "
           "nectar/juice and purees excluded"),
        ("луку репчатого с полкило", acc(
            magnit=["168721", "168741", "168731"],
            perekrestok=["79012", "79135", "3368252", "3623836"],
        ), "fresh bulb onions of any colour (colour not written): «Лук репчатый красный/белый», Ялтинский (a red bulb "
           "onion) and Магнит «Лук Светофор, 3 шт» (yellow, red and white bulbs) - outside knowledge for Ялтинский and "
           "Светофор; shallots (Лук Шалот), green onion, the herb mix and Перекрёсток «Лук салатный» (not stated to be a "
           "bulb onion) excluded; onion-flavoured snacks excluded"),
    ]),
    # L10 уборка
    ("пемолюкса банку для раковины, доместоса для туалета бутылку, мешки для мусора самые дешевые 30 литров, перчатки резиновые хозяйственные размер м пару", [
        ("пемолюкса банку для раковины", acc(
            pyaterochka=["3463865", "3463866"],
        ), "Pemolux cleaning powder, either scent (лимон, морской бриз); Comet is another brand"),
        ("доместоса для туалета бутылку", acc(
            pyaterochka=["3956850", "3956853"],
        ), "Domestos liquid toilet cleaner in a bottle (ДЛЯ УНИТАЗА Ультра блеск / Ультра белый 750 мл); Domestos "
           "«универсальное» cleaners (not titled for the toilet, as in set d), the Domestos Power 5 rim block (not a "
           "bottle) and Bref/Comet toilet cleaners (other brands) excluded"),
        ("мешки для мусора самые дешевые 30 литров", acc(
        ), "no 30 l bin bags in any chain; the written size is respected, so Магнит 35 l and 60 l bags are not accepted; "
           "food bags are other products"),
        ("перчатки резиновые хозяйственные размер м пару", acc(
        ), "no household rubber gloves in any chain"),
    ]),
    # L11 бумага и посуда
    ("туалетную бумагу 4 рулона, салфеток бумажных белых пачку, fairy с лимоном для мытья посуды", [
        ("туалетную бумагу 4 рулона", acc(
            pyaterochka=["3493108"],
        ), "toilet paper in a 4-roll pack: Пятёрочка «ZEWA Бумага ДЖАСТ 1 туал.4сл.4рул.»; «4 рулона» is read as the pack "
           "(like «десяток» = packs of 10), so 8- and 12-roll packs (Papia, Familia, Zewa, PAP.) are not accepted; moist "
           "toilet tissue excluded"),
        ("салфеток бумажных белых пачку", acc(
            perekrestok=["4299678", "4250535", "4250543"],
        ), "white paper napkins: Пр!ст «белые с тиснением 1 слой 100шт», Gratias «белые 2сл 24х24» and «Home белые 2 слоя "
           "33х33»; printed/decorative napkins (Gratias Паровозик, Ретро Зима, Art Bouquet…), wet wipes, the roll of "
           "wipes and Carefree liners excluded; «пачку» is a quantity"),
        ("fairy с лимоном для мытья посуды", acc(
            pyaterochka=["3501026", "3500750"],
        ), "Fairy dish liquid lemon (Сочный лимон 450 and 900 ml); Fairy Platinum (scent not stated / Ледяная свежесть), "
           "Fairy Нежные руки, AOS lemon and other brands excluded"),
    ]),
    # L12 из детства
    ("какао порошок золотой ярлык коробочку, киселя в брикетах пару штук, баранок с маком полкило, мармелад лимонные дольки к чаю коробочку", [
        ("какао порошок золотой ярлык коробочку", acc(
        ), "no «Золотой ярлык» cocoa in any chain; Коммунарка cocoa powder and Nesquik / УХТЫШКИ / Macchocolate cocoa "
           "drinks are other brands"),
        ("киселя в брикетах пару штук", acc(
        ), "no kissel concentrate in briquettes in any chain; ФрутоНяня ready kissel 200 ml is another product"),
        ("баранок с маком полкило", acc(
            pyaterochka=["2041218"],
        ), "REPLACED item (blind: «сушек с маком полкило» - no сушки with poppy seeds anywhere; Пятёрочка's only сушки are "
           "vanilla «Мини сушка»). Баранки with poppy seeds: Пятёрочка «Баранки оригинал.с маком 350г»; «полкило» is a "
           "quantity"),
        ("мармелад лимонные дольки к чаю коробочку", acc(
        ), "no «Лимонные дольки» marmalade in any chain; assorted, jelly, chewing and fruit marmalades (Белёвский, "
           "Шарлиз, Махеевъ, Lucky Days, NEO) are other products"),
    ]),
    # L13 кладовка
    ("рожков макфа пару пачек, тушенку говяжью главпродукт, рису круглозерного на молочную кашу, соль поваренную йодированную", [
        ("рожков макфа пару пачек", acc(
        ), "no Makfa рожки in any chain; Makfa перья (Магнит) and СВИТКИ (Пятёрочка) are other shapes, unbranded «Витой "
           "рожок» is another brand"),
        ("тушенку говяжью главпродукт", acc(
        ), "no Главпродукт stewed beef in any chain (Главпродукт only as buckwheat porridge with beef and liver pâté); "
           "stewed beef of other brands (Великолукский, Лужская марка, Барс, Семейный Бюджет, СНОВ, Русь) is not accepted "
           "for a named brand"),
        ("рису круглозерного на молочную кашу", acc(
            pyaterochka=["3483037"],
            magnit=["106651", "106021"],
        ), "round-grain rice: Магнит Увелка «Краснодарский, круглый» and Мистраль «Рис для плова … традиционный, круглый, 1 "
           "сорт, 900 г», Пятёрочка «МИСТР.Рис для плова традиц.900г» (the same Мистраль product, whose Магнит title says "
           "круглый); «на молочную кашу» is a purpose; titles that do not say round grain (Мистраль «Кубань», Националь "
           "Адриатика, Националь and Global Village «для плова»), long-grain, basmati, jasmine, brown, Девзира, AKВАТИКА mix, "
           "rice flakes/flour and ready rice porridge excluded"),
        ("соль поваренную йодированную", acc(
        ), "no iodised salt in any chain; Магнит Mareman sea salt (not iodised), seasonings with salt and iodine-enriched "
           "eggs excluded"),
    ]),
    # L14 молочка
    ("творога 5% пачечку\nкефир 2.5 процента литр\nсметанки 15 процентов баночку\nсырков глазированных с ванилью штуки 4", [
        ("творога 5% пачечку", acc(
            pyaterochka=["3617778"],
            perekrestok=["4216657"],
        ), "plain cottage cheese of exactly 5%: Село Зелёное «Творог 5% 500г», Молочный знак «Творог 5% 180г»; Домик в "
           "деревне «мягкий 5,5%», Савушкин «101 зерно + сливки 5%» with blackcurrant/strawberry, Danone «Творог зерненый в "
           "йогурте 5%» with fruit, other fat levels, curd desserts and cream cheeses excluded"),
        ("кефир 2.5 процента литр", acc(
        ), "no kefir in any chain"),
        ("сметанки 15 процентов баночку", acc(
            pyaterochka=["3665624"],
            magnit=["de14617e33", "199001"],
            perekrestok=["3665624", "4262697", "4272205", "4095525", "4121592", "4431124", "4217907", "4335470",
                         "4314536"],
        ), "sour cream of exactly 15% in any tub (incl. lactose-free Простоквашино and Parmalat Comfort 15%); «баночку» is "
           "not checkable from the titles and not used as a filter; 10/20/25/30% sour creams, Махеевъ «Соус Сметанный» and "
           "sour-cream-flavoured snacks excluded"),
        ("сырков глазированных с ванилью штуки 4", acc(
            pyaterochka=["3410456"],
        ), "glazed curd snack with vanilla: Пятёрочка «Сырок Б.Ю.Александров, глазированный, ванильный, в молочном шоколаде, "
           "5%»; Б.Ю.Александров «Суфле», «КАРТ.» (картошка), «в белом шоколаде» and pistachio сырки (vanilla not stated or "
           "another flavour), the unglazed Свитлогорье сырок and РАЭ «Десерт твор.гл.ван/сгущ.в/рож» (a dessert in a cone) "
           "excluded; «штуки 4» is a quantity"),
    ]),
    # L15 крем и мыло
    ("детского крема свобода тюбик, мыло дегтярное, крем для рук нивея", [
        ("детского крема свобода тюбик", acc(
        ), "no «Свобода» baby cream in any chain; Аванта «Крем детский» and Johnson's Baby cream are other brands and a "
           "named brand is not replaced"),
        ("мыло дегтярное", acc(
        ), "no tar soap in any chain"),
        ("крем для рук нивея", acc(
            pyaterochka=["3657595"],
        ), "REPLACED item (blind: «крем для рук бархатные ручки» - no Бархатные ручки anywhere). Nivea hand cream: "
           "Пятёрочка «NIVEA Крем УВЛ/МЯГК.д/рук 75мл»; Nivea face cream (CARE д/л), foot cream (EVO) and other brands excluded"),
    ]),
    # L16 кофе и сладкое
    ("кофе растворимый нескафе классик подешевле, чаю зеленого гринфилд в пакетиках, шоколадки аленка две штуки, халвы подсолнечной кусочек", [
        ("кофе растворимый нескафе классик подешевле", acc(
            pyaterochka=["4035358", "4035364", "4035361"],
        ), "Nescafé Classic instant coffee in any size (95 g, 190 g, 230 g; current Classic titles say «порошкообразный с "
           "добавлением … молотого»); «подешевле» is a wish; Nescafé Gold, Crema, Gold Espresso/Origins, Barista and the "
           "«Classic Latte» 3-in-1 coffee drink excluded"),
        ("чаю зеленого гринфилд в пакетиках", acc(
        ), "no Greenfield green tea in any chain; Greenfield black teas (Spring Melody, Kenyan Sunrise, Golden Ceylon, Earl "
           "Grey Fantasy, Redberry Crumble), the Greenfield mate drink and green teas of other brands excluded"),
        ("шоколадки аленка две штуки", acc(
            pyaterochka=["3426468", "3601839"],
        ), "Аленка milk chocolate bars (200 g and 15 g); «две штуки» is a quantity; Аленка gift sets (МАСКАРАД, ВЕСЕЛ."
           "КАНИКУЛЫ) excluded"),
        ("халвы подсолнечной кусочек", acc(
            pyaterochka=["3937598"],
        ), "sunflower halva: Тимоша «подсолнечная воздушная» (airy texture, still sunflower halva); Дружба «Халва с "
           "арахисом» (peanut) and waffles with halva excluded"),
    ]),
    # L17 стирка
    ("порошок миф автомат 3 кг, ополоскиватель для белья ленор, пятновыводитель ваниш какой есть", [
        ("порошок миф автомат 3 кг", acc(
        ), "no Миф (Myth) powder in any chain; Persil, Ariel, Tide, Bimax, Лоск are other brands and a named brand is not "
           "replaced"),
        ("ополоскиватель для белья ленор", acc(
            pyaterochka=["3465388", "3669625", "4025712"],
            magnit=["203041", "159881", "205131"],
        ), "Lenor fabric conditioner of any scent and size («ополаскиватель для белья» = кондиционер для белья); Vernel and "
           "Е conditioners (other brands), powders «Touch of Lenor»/«Tide Lenor» and hair rinses excluded"),
        ("пятновыводитель ваниш какой есть", acc(
            pyaterochka=["2080266"],
            magnit=["bb3ee4398d"],
        ), "any Vanish laundry stain remover («какой есть»): Пятёрочка «VANISH Пятнов.OXI ACTION … д/бел.ткан 1л», Магнит "
           "«VANISH Oxi Advance Пятновыводит + отбеливатель микс 250г»; Vanish Gold carpet cleaner (for carpets, not a "
           "laundry stain remover) excluded"),
    ]),
    # L18 быстрый ужин
    ("пельмени получше сибирская коллекция, майонезу провансаль ряба пачку, кетчупа балтимор к макаронам, сосисок молочных полкило", [
        ("пельмени получше сибирская коллекция", acc(
            pyaterochka=["3693418", "3671957", "3693417", "3985043", "3693405"],
            magnit=["111711", "4907605c6d"],
            dixy=["862d82ab40"],
        ), "every «Сибирская коллекция» pelmeni (Фирменные, 4 вида мяса, Особые со сливками, Телячьи - «Sибирская "
           "коллекция», «СИБИР.КОЛЛЕК.Пельм.НОВОСИБИР.», Сочные, Магнит «SИБИРСКАЯ КОЛЛЕКЦИЯ Пельм Фирменные»); «получше» is a wish; other brands (Мираторг, Цезарь, Стародворье, Ложкаревъ, Горячая "
           "штучка, Eat Meat) excluded"),
        ("майонезу провансаль ряба пачку", acc(
            pyaterochka=["3355228"],
            magnit=["204681"],
            perekrestok=["4233420"],
        ), "Ряба Провансаль mayonnaise (744 g, 630 ml); «пачку» is a quantity; Ряба «ПРОВАНС.ОЛИВК.» (the olive variety, "
           "not the classic Провансаль) and Провансаль of other brands (Слобода, Московский Провансаль, Махеевъ, Скит) "
           "excluded"),
        ("кетчупа балтимор к макаронам", acc(
        ), "no Балтимор ketchup in any chain; Heinz, Махеевъ, Слобода, Mr.Ricco, Calve, Астория, Restoria are other brands "
           "and a named brand is not replaced"),
        ("сосисок молочных полкило", acc(
            pyaterochka=["3642007"],
            magnit=["112421", "213611"],
        ), "«Молочные» frankfurters (Велком 480 g, Магнит 0,33 and 0,65 kg); «полкило» is a quantity; Сливочные, "
           "Докторские, Филейные, Баварские, «Детям» and other sausages excluded"),
    ]),
    # L19 блины
    ("муку пшеничную высший сорт на блины, соды пищевой пачку для теста, уксуса столового 9% бутылочку, маргарину для выпечки пачку", [
        ("муку пшеничную высший сорт на блины", acc(
            perekrestok=["91304", "2003107", "8065"],
        ), "wheat flour of высший сорт: Makfa 1 kg and 2 kg (the 2 kg title omits «пшеничная»; Makfa flour is wheat flour - "
           "outside knowledge), Пышечка «пшеничная хлебопекарная высшего сорта»; Перекрёсток «Мука Пшеничная, 2кг» (grade "
           "not stated), Рязаночка «ЭКСТРА» (another grade), whole-grain, durum «крупка», rye and rice flour excluded"),
        ("соды пищевой пачку для теста", acc(
        ), "no baking soda in any chain; Пр!ст baking powder (разрыхлитель) is another product"),
        ("уксуса столового 9% бутылочку", acc(
        ), "no 9% table vinegar in any chain; Магнит apple vinegar 6% is another product"),
        ("маргарину для выпечки пачку", acc(
            pyaterochka=["3977160"],
        ), "baking margarine: Пятёрочка «Маргарин для выпечки Пышка, мдж. 72%, 250гр.»; the Хозяюшка «Топленая смесь» and "
           "butter excluded"),
    ]),
    # L20 фрукты
    ("бананов штуки 3, яблочек зеленых кило, лимончик к чаю одну штучку", [
        ("бананов штуки 3", acc(
            perekrestok=["3757", "3639749", "4208494", "4112219"],
        ), "fresh bananas (loose, packed, organic, mini); «штуки 3» is a quantity; dried bananas, banana drinks, smoothies, "
           "purees and banana-flavoured goods excluded"),
        ("яблочек зеленых кило", acc(
            magnit=["200671"],
        ), "fresh green apples: Магнит «Яблоки Гренни Смит, 1 кг» (Granny Smith is a green variety - outside knowledge); "
           "red or colour-unstated apples (Ред Делишес, Гала, Медовый хруст, «Яблоки сезонные», «Яблоки красные»), apple "
           "chips, juices and purees excluded; «кило» is a quantity"),
        ("лимончик к чаю одну штучку", acc(
        ), "no fresh lemons in any chain; lemon-flavoured drinks and sweets, citric acid and «лимон» scents are other "
           "products"),
    ]),
    # L21 праздник в общежитии
    ("горошек зеленый на оливье, колбасу докторскую, шпрот в масле баночку", [
        ("горошек зеленый на оливье", acc(
            pyaterochka=["4043589"],
            magnit=["203021", "111581", "213651"],
            perekrestok=["27460", "41891", "82254", "4273266", "4345766", "4254005"],
        ), "canned green peas of any brand and size (Bonduelle, Globus, 6 соток, Знак заботы, Маркет, Пятёрочка «молодой "
           "Горошек», Перекрёсток «Горох Bizim Tarla зелёный, 660г» - listed under «Овощные консервы», taken as canned green peas); «на оливье» is a purpose; pea soups, sweet corn, beans and ready Olivier salads excluded"),
        ("колбасу докторскую", acc(
            pyaterochka=["3347584", "3620675", "3385812", "78001451", "4019606", "2120885"],
            perekrestok=["4296145", "4380012", "4301347", "4432115", "4410079", "4255289", "4264678", "3639615",
                         "4221913", "4352000", "3347584", "3033317", "78001451"],
        ), "Докторская boiled sausage of any brand, weight or slicing (incl. Окраина «Докторская» - Докторская is always "
           "boiled); Докторские sardelki and сосиски, Молочная and other sausages excluded"),
        ("шпрот в масле баночку", acc(
            pyaterochka=["3475329", "3609788", "3469704", "3648434", "3468684", "3504456"],
            magnit=["109251"],
        ), "canned sprats in oil of any brand and size, incl. «Шпроты из салаки, в масле» and «Шпроты крупные, Вкусные "
           "Консервы 240гр» (the title omits «в масле»; шпроты are by definition smoked fish in oil - outside knowledge); "
           "kilka in tomato sauce and Балтийский Берег spiced kilka «в масле» (not sprats) excluded"),
    ]),
    # L22 в душ
    ("шампунь чистая линия для жирных волос, гель для душа самый дешевый, станки одноразовые женские, мочалку", [
        ("шампунь чистая линия для жирных волос", acc(
        ), "no Чистая линия shampoo for oily hair in any chain; Чистая линия «Крапива для всех типов волос», «Сила 5 трав д/в "
           "тип вол» and the men's 3-in-1 are other varieties, and other brands are not accepted"),
        ("гель для душа самый дешевый", acc(
            pyaterochka=["3241074", "4024923", "3380358", "4054536", "3454322", "3440044", "3626165", "3642074",
                         "4092136", "4092188", "4092217", "3655723", "3664431"],
            magnit=["112331"],
            perekrestok=["4256375"],
        ), "any shower gel (also гель-крем/крем-гель для душа, Palmolive Men «Гель для душа 3 в 1» and the abbreviated "
           "Пятёрочка titles «FA Гель FUN … д/д», «PALM.Гель РОСК.МАСЕЛ … д/д» - д/д = для душа); «самый дешевый» is a "
           "ranking wish, not a filter; gift sets with a shower gel (Palmolive, Old Spice), the Чистая линия men's "
           "«Шамп-кондиц-гель/душа 3в1» (titled as a shampoo first), shaving gel and bath crystals excluded"),
        ("станки одноразовые женские", acc(
            magnit=["ad06daa707"],
        ), "women's disposable razors: Магнит «GILLETTE Simply VENUS Однор стан жен 4 штуки»; the Venus reusable razor, "
           "Gillette Blue II disposables (not women's), Mach3 and Fusion excluded"),
        ("мочалку", acc(
        ), "no bath sponges in any chain"),
    ]),
    # L23 печенье и конфеты
    ("печенья мария пачку, вафель артек пачку, карамель барбарис, пряник тульский с повидлом один", [
        ("печенья мария пачку", acc(
            magnit=["fe5facccea"],
        ), "Мария biscuits: Магнит «ЛЮБЯТОВО Печенье затяж Мария трад глаз 138г» (the only Мария; «трад глаз» may mean a "
           "glazed variety - still Мария biscuits); other затяжное biscuits (Petit Beurre, Любятово «ПОСТНОЕ») excluded"),
        ("вафель артек пачку", acc(
        ), "no «Артек» waffles in any chain; Яшкино, Коломенское, Коровка, Зерница and other waffles are other products"),
        ("карамель барбарис", acc(
        ), "no «Барбарис» caramels in any chain; Chupa Chups lollipops, HALLS, SULA, «ЛЕДЕНЦЫ МИНИ» and the «Любимый "
           "Барбарис» soft drink are other products"),
        ("пряник тульский с повидлом один", acc(
        ), "no Tula gingerbread with jam in any chain; Пятёрочка «Пряники тульские … с начинкой со вкусом марципана» has "
           "another filling"),
    ]),
    # L24 бутерброды
    ("батон нарезной свежий один, сыру российского граммов 300, масла сливочного 82.5% пачку", [
        ("батон нарезной свежий один", acc(
            pyaterochka=["3985404"],
            perekrestok=["3974714"],
        ), "«батон нарезной» loaves: Перекрёсток «Батон Нарезной нарезка Маркет», Пятёрочка «Батон \"Звездный\"нар, "
           "Хлебный Дом» («нар» = нарезной); «свежий один» is a wish and a quantity; rye bread, Марьин, сдоба, хлебцы and "
           "chocolate bars «батончик» excluded"),
        ("сыру российского граммов 300", acc(
            pyaterochka=["4046889"],
            perekrestok=["3668842"],
        ), "Российский cheese (Брест-Литовск «российский 50%» 200 g, Зелёная Линия «Сыр Российский нарезка 50%»); «граммов "
           "300» is a quantity; Российский chocolate, сервелат, cognac and champagne excluded"),
        ("масла сливочного 82.5% пачку", acc(
            pyaterochka=["3948153", "4063188", "3612680", "3953367"],
        ), "butter of exactly 82.5% (Традиционное 175 g, сладко-сливочное несолёное 380 g, Вкуснотеево 400 g, Тысяча озёр "
           "400 g); 82% butters (Президент кислосливочное, Простоквашино in Магнит and Дикси) do not match the written "
           "82.5%, 72.5% and 62% chocolate butter excluded"),
    ]),
    # L25 комната
    ("средство для мытья полов мистер пропер, тряпку для пола, освежитель воздуха для туалета с запахом сирени", [
        ("средство для мытья полов мистер пропер", acc(
        ), "no Mr Proper or any floor cleaner in any chain; toilet, dish and universal Domestos cleaners are other products"),
        ("тряпку для пола", acc(
        ), "no floor cloths in any chain"),
        ("освежитель воздуха для туалета с запахом сирени", acc(
            magnit=["204531"],
        ), "REPLACED item (blind: «… с запахом лаванды» - no lavender air freshener anywhere). Lilac-scented air "
           "freshener: Магнит «Освежитель воздуха Symphony, Душистая сирень, 300 мл»; «для туалета» is a purpose; Glade, "
           "Air Wick and Магнит air fresheners of other scents excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fugNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fug\d\d ===$", line):
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
                    errors.append("fug%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fug%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fug"))
