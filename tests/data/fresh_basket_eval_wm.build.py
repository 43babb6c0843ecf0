#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wm.jsonl -- 25 shopping lists of a daughter and a son taking food parcels
(передачки) to their mother in hospital after an operation, plus their own weekly groceries, hand-labelled
against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wm.build.py

LISTS below is literal data: 25 lists (3-5 items) as the two would type them to a Telegram bot, and for every
item the product ids of every in-stock offer of each store that a reasonable shopper who wrote exactly that
item would accept.  The list texts were written first, before any offer was read, and frozen in
fresh_basket_eval_wm.blind_lists.txt (read-only); this script checks that every list text here equals that
blind draft (apart from the replacements in REPLACED, none) and that the draft file is unchanged (sha256).
Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations,
Latin and Cyrillic brand spellings, ё folded to е) and read one by one; every item was re-checked by listing
all in-stock titles matching its stem that were not accepted.  The note of each item records what was
accepted, what was deliberately left out and any judgement that rests on outside knowledge.  An empty list
means the store has nothing acceptable (the item is "missing" there).  The labels were made without reading
or running the tool under evaluation and without the labels of any other set.

labelled_lists.build (unchanged, same directory) checks the data -- every id exists in real_offers.jsonl
*for that store* and is in stock (``available`` true), no id is repeated within an item, every item has a
note, and the labels are exactly the list's items in order (an item is the text between commas / new
lines) -- and writes the JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats prints the
counts.  List ids are fwm01, fwm02, ... in LISTS order; every list is in split "fresh".
"""
import hashlib
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wm.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wm.blind_lists.txt")
BLIND_SHA256 = "24d82a02c6b014c3b06ad6ade17e27e7984215d6ca1f4e992edaa716fc6e5e94"

# Items replaced after labelling because a whole list was empty in all four stores:
# {list id: [(item as in the blind draft, item as used here), ...]}.  None were needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwm01 parcel: kefir, soft fruit, still water, wet wipes
    ("кефир 1% для мамы, бананчики мягкие, водичку негазированную 0.5, салфеток влажных пачку", [
        ("кефир 1% для мамы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir of any fat is in the offers (grepped кефир/кеф/kefir, биокефир, кефирный); drinking "
           "yoghurts, Имунеле, Актимель, ряженка and тан are other products; «для мамы» is a purpose, not a "
           "filter"),
        ("бананчики мягкие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas (Перекрёсток plain, mini, packed, organic); «мягкие» (ripeness) is a wish titles "
           "cannot show; banana yoghurts/curds, purees, dried bananas, smoothies, Santal banana nectar "
           "excluded"),
        ("водичку негазированную 0.5", {
            "pyaterochka": ["3024", "3635119"],
            "magnit": ["a5f6c8ecb8"],
            "dixy": [],
            "perekrestok": ["1914"],
        }, "still water in 0.5 l bottles (Evian н/газ 0.5, Легенда Гор негаз 0,5, Нарзан Элита негазированная"
           " 500 мл, Святой источник негазированная 500 мл); sparkling 0.5 l, Байкал 0.45 l (not 0.5), baby "
           "water 0.33 l, Мтаби/Arivali 0.5 l (gas not stated), flavoured still drinks (Аква Минерале Лимон, "
           "Vit&Go, Фрутмотив) and larger bottles excluded"),
        ("салфеток влажных пачку", {
            "pyaterochka": ["3664696", "3632651"],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "3917869", "3697052", "4166484"],
        }, "wet wipes of any kind (Tolli Plus, SALFETI antibacterial, Home Story antibacterial/antiseptic, "
           "Пр!ст cosmetic, Kokoro baby); ZEWA wet toilet paper, Carefree «Салфетки PLUS» (panty liners), dry"
           " paper napkins, Big City Life «Салфетки в рулоне» and face masks excluded"),
    ]),
    # fwm02 parcel: small juice, biscuits, paper cups
    ("сок по 200 мл яблочный 3 шт\nгалетного печенья пачку\nбумажных стаканчиков упаковку", [
        ("сок по 200 мл яблочный 3 шт", {
            "pyaterochka": ["3684252"],
            "magnit": ["eef4bdbf61"],
            "dixy": [],
            "perekrestok": [],
        }, "single-fruit apple juice in 200 ml packs (Пятёрочка Honey Kid яблоко 200 мл, Магнит Агуша яблоко "
           "осв. 200 мл; children's juice included); Агуша apple-cherry / apple-rosehip mixes, Сады Придонья "
           "0.125 l, 0.3 l bottles (Добрый, Rich, Soko Grande), 1 l packs, apple nectars and Агуша «вода+сок»"
           " excluded; «3 шт» is a quantity"),
        ("галетного печенья пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no галеты / галетное печенье in the offers (grepped галет); затяжное biscuits (Мария, Petit "
           "Beurre, Гутэ, постное), crackers (TUC, Забавные животные) and sugar biscuits are other products"),
        ("бумажных стаканчиков упаковку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cup titled paper; Перекрёсток «Стаканы одноразовые 250мл в ассортименте Маркет, 6шт» does not "
           "say paper (may be plastic) and is left out; whisky sets «/стакан», ice cream «в вафельном "
           "стаканчике» are traps"),
    ]),
    # fwm03 parcel
    ("бифидок 2 бутылки, груши мягкие спелые, печеньки мария, трубочки для питья", [
        ("бифидок 2 бутылки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no бифидок in the offers (grepped бифид/бифил); bio-yoghurts «обогащенный бифидобактериями» "
           "(Активиа, Bio-Max) and Актимель are other products"),
        ("груши мягкие спелые", {
            "pyaterochka": [],
            "magnit": ["200051", "168631"],
            "dixy": [],
            "perekrestok": ["6223", "48674"],
        }, "fresh pears (Магнит Конференция, Урожай; Перекрёсток Конференс, Форелл); ripeness is a wish "
           "titles cannot show; pear purees, juices, nectars, pear-flavoured drinks and desserts excluded"),
        ("печеньки мария", {
            "pyaterochka": [],
            "magnit": ["fe5facccea"],
            "dixy": [],
            "perekrestok": [],
        }, "Магнит Любятово «Печенье затяж Мария трад» (Мария biscuits); other затяжное biscuits (Petit "
           "Beurre, Гутэ, Любятово постное) excluded"),
        ("трубочки для питья", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no drinking straws in the offers; Пятёрочка «Трубочки, со сгущенным молоком» are pastries"),
    ]),
    # fwm04 son's weekly
    ("пельмешей подешевле, пиво светлое 4 банки, молочные сосиски 1 пачка", [
        ("пельмешей подешевле", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                            "3666703", "3613651", "4000407", "3693405", "3671957",
                            "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen pelmeni of any brand and filling (incl. Горячая штучка «Бульмени», Мираторг, Сибирская "
           "коллекция, Ложкаревъ, Цезарь, Стародворье); хинкали, вареники, Calve sauce «для пельменей» "
           "excluded; «подешевле» is a wish, not a filter"),
        ("пиво светлое 4 банки", {
            "pyaterochka": [],
            "magnit": ["7a049f38a7", "7f9482ca4a", "307d22d94c", "a982a99aeb", "30dda00a31", "22307d326d",
                       "201971", "167991", "204931", "168001", "111441", "111751", "160011",
                       "108671", "108721", "104791", "159311", "160021", "202121", "205571",
                       "168011", "199071", "104801", "1f2ea4eaba"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light beer (incl. ABBE Blonde beer drink, Franziskaner Weissbier, Hoegaarden and "
           "Kronenbourg 1664 Blanc as pale wheat beers, Miller Genuine Draft taken as a light lager - colour "
           "not in the title); «4 банки» is a quantity, so bottle/PET sizes are not filtered; alcohol-free "
           "beers/beer drinks (Bud 0, Балтика 0, Горьковская IPA 0%, Hoegaarden/Крушовице безалкогольный), "
           "dark beer (Zatecky Gus Cerny, ABBE Brune) and Velkopopovický Kozel Řezaný (a light/dark blend, "
           "outside knowledge, although Магнит titles it светлое) excluded"),
        ("молочные сосиски 1 пачка", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "sausages named «Молочные» (Велком; Магнит 0.33 and 0.65 kg); сливочные, «Детям», докторские, "
           "венские and others excluded; «1 пачка» is a quantity"),
    ]),
    # fwm05 parcel
    ("детский творожок агуша для мамы, питьевой йогуртик без сахара, сок j7 маленький, белого зефирчика пачку", [
        ("детский творожок агуша для мамы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Агуша curd in the offers (Агуша appears only as juice, fruit/meat puree, milk, ряженка, "
           "«вода+сок»); children's curds of other brands (Тема, Мама Лама, Верховье, nature) excluded "
           "because the brand was written"),
        ("питьевой йогуртик без сахара", {
            "pyaterochka": ["3632187", "4035474"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "unflavoured drinking yoghurts taken as without sugar (outside knowledge): Epica «Йогурт пит. 2,9%"
           " 290г» and Активиа 2,4% 260 g (no flavour named; 260 g Активиа is the drinking bottle); fruit "
           "drinking yoghurts (Чудо, Epica клубника/манго, Активиа with fruit), children's «со вкусом "
           "пломбира», spoonable plain yoghurts (Danone 3.3%, Bio-Max) excluded"),
        ("сок j7 маленький", {
            "pyaterochka": ["3965623"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3965623"],
        }, "J7 juice in the small 0.3 l bottle (orange with pulp, same PLU in Пятёрочка and Перекрёсток); "
           "0.97 l J7 juices and nectars, J7 smoothies and «Коктейль Полезный перекус» 0.3 l excluded"),
        ("белого зефирчика пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plain white zefir: Пятёрочка zefir is glazed (Шарлиз ваниль, «в шоколадной глазури», Белевский"
           " «ванили гл.»), coloured/flavoured (черносмородиновый, клубника, абрикос-манго) or Белёвский "
           "apple zefir (Антоновский, «Зефирное детство» - a different pastila-style product, colour not "
           "stated); LOVE IS marshmallow and «MARSHMAL.PREM. ... БЕЛ» (marshmallow, not zefir) excluded"),
    ]),
    # fwm06 own weekly vegetables, chicken, groats
    ("картохи 5 кг, репчатый лук 1 кг, морковки покрупнее 1кг, тушку курицы целиком, гречу 2 пачки", [
        ("картохи 5 кг", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any variety and pack (Магнит 1 kg, 2.5 kg, 3 kg; Дикси молодой; Перекрёсток "
           "мытый/красный); «5 кг» is the quantity wanted of a weighed good, not a pack filter; starch, "
           "crisps («Русская картошка», «Картофель хрустящий»), ZENTIS «Картошка марципановая», herring «К "
           "картошке» excluded"),
        ("репчатый лук 1 кг", {
            "pyaterochka": [],
            "magnit": ["168731", "168721"],
            "dixy": [],
            "perekrestok": ["79135", "79012"],
        }, "bulb onions titled репчатый (white, red) and Магнит «Лук Светофор» (3 bulb onions of three "
           "colours); the specialty Ялтинский and «Лук салатный» onions and shallots, green onion and herb "
           "mixes excluded; «1 кг» is a quantity"),
        ("морковки покрупнее 1кг", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh washed carrots; Korean carrot salads, sauerkraut with carrot, carrot nectar/juice excluded;"
           " «покрупнее» is a wish, «1кг» a quantity"),
        ("тушку курицы целиком", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4214722", "4252168"],
        }, "whole chicken carcass (Перекрёсток «Тушка цыплёнка» incl. halal and Зелёная Линия «на зерновом "
           "откорме», «Цыплёнок корнишон» as a small whole bird); Дикси «Цыпленок-бройлер охлажденный, 1 кг» "
           "taken as a whole bird sold by weight (outside knowledge); chicken parts, duckling «Тушка утёнка»,"
           " squid/cod «тушка» excluded"),
        ("гречу 2 пачки", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (Магнит Prosto «Крупа Гречневая»); buckwheat flakes (Увелка, Мистраль), Prosto "
           "«Рис и греча» mix, Nestlé baby buckwheat porridge, soba noodles and ready meals with buckwheat "
           "excluded; «2 пачки» is a quantity"),
    ]),
    # fwm07 parcel + kitchen
    ("ряженочки 4% бутылочку, маковые сушечки, детские влажные салфеточки, полотенца бумажные для кухни", [
        ("ряженочки 4% бутылочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the only ряженка is Пятёрочка Агуша клубника 2.9% (flavoured, other fat) - excluded; no 4% "
           "ряженка"),
        ("маковые сушечки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no сушки with poppy: Семейка Озби «Мини сушка» is vanilla and Пятёрочка «Баранки оригинал. с "
           "маком» are баранки, not сушки"),
        ("детские влажные салфеточки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697052"],
        }, "wet wipes stated as for babies (Kokoro «для новорожденных»); wipes not stated as children's "
           "(Tolli, Home Story, Пр!ст, SALFETI) excluded"),
        ("полотенца бумажные для кухни", {
            "pyaterochka": ["3449212", "3431062", "3601010"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "paper towels in rolls (Papia, ZEWA, Familia); toilet paper, napkins and Big City Life «Салфетки в"
           " рулоне» (not titled as paper towels) excluded; «для кухни» is the ordinary use"),
    ]),
    # fwm08 own weekly dairy and bread
    ("молоко 2.5 процента 2 пак\nяйца с1 один десяток\nмасло 82.5 сливочное 1 пачка\nбатон нарезной белый 1шт", [
        ("молоко 2.5 процента 2 пак", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700",
                            "af8570f806", "66ec0f255d", "2093081", "587286c051",
                            "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243",
                            "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow drinking milk of exactly 2.5% in any pack (pasteurised/UHT/sterilised, incl. Сарафаново "
           "children's milk and Магнит Вкуснотеево 0.2 l); other fats, ranges, топлёное, Чудо клубника, "
           "простокваша 2.5% and milkshakes excluded; «2 пак» is a quantity"),
        ("яйца с1 один десяток", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "chicken eggs of class С1 in packs of 10 (Село Зелёное, Окское, Маркет, Зелёная Линия «активита» "
           "enriched); СО / отборные, Лето С1 20 pcs, Волжанин 6 pcs and quail eggs excluded"),
        ("масло 82.5 сливочное 1 пачка", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter of exactly 82.5% (Пятёрочка Традиционное 175 g, Вкуснотеево, Тысяча Озёр, сладко-сливочное"
           " 380 g); 82% butter (Простоквашино in Магнит/Дикси, Президент кислосливочное) excluded because "
           "the written 82.5 must match; 72.5% and chocolate butter 62% excluded"),
        ("батон нарезной белый 1шт", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white sliced loaves: Перекрёсток «Батон Нарезной нарезка Маркет», Пятёрочка «Батон \"Звездный\"нар,"
           " Хлебный Дом» («нар» = нарезной); chocolate/protein «батончики», сдоба, other breads excluded"),
    ]),
    # fwm09 parcel
    ("вода святой источник без газа 1.5л, киселя упаковку, овсяное печенье мягенькое", [
        ("вода святой источник без газа 1.5л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1913"],
        }, "Святой источник still 1.5 l; its 500 ml still water, 1.5 l sparkling, Пятёрочка 1.0 l sparkling "
           "and «Светлячок» baby water 0.33 l excluded"),
        ("киселя упаковку", {
            "pyaterochka": ["3416978"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4436845"],
        }, "кисель in any form (Фруто Няня малина 200 мл, Перекрёсток Select малиновый 500 мл); morses, "
           "compotes excluded"),
        ("овсяное печенье мягенькое", {
            "pyaterochka": ["3615356", "3639541", "3995521", "3995522", "4050870"],
            "magnit": ["106061", "106071"],
            "dixy": [],
            "perekrestok": [],
        }, "oatmeal cookies (Любятово овсяное, «Миндальное овсяное», «Классическое» овсяное incl. with "
           "chocolate pieces, Хлебный спас Овсяное); «мягенькое» read as the usual soft oatmeal cookie: "
           "Юбилейное «Печенье овсяное» (a crisp biscuit, outside knowledge), Velle oat products, oat flakes "
           "and Каскад «Злаковое» (not oat) excluded"),
    ]),
    # fwm10 parcel + toilet paper
    ("детское пюре для мамы груша, творог нежирный мягкий, сок добрый по 200 мл, туалетной бумаги 4 рулона", [
        ("детское пюре для мамы груша", {
            "pyaterochka": ["3674654", "3406318", "3606462"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "single-fruit pear baby puree (Gerber спелая груша, Heinz нежная грушка, Агуша Груша); mixes with "
           "pear (Растишка груш и яблок, Фрутоняня ябл/банан/груш, apple-pear-zucchini) excluded; «для мамы» "
           "is a purpose"),
        ("творог нежирный мягкий", {
            "pyaterochka": ["3692659"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "soft low-fat cottage cheese: Домик в деревне «Творог мягкий» 0,1%; the same soft curd 5.5% (not "
           "low-fat), Молочный Знак обезжиренный 0.5% and Брест-Литовск 3% «Клинок» (not soft), grainy and "
           "flavoured curds excluded"),
        ("сок добрый по 200 мл", {
            "pyaterochka": ["3637415"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый juice in 0.2 l packs (Пятёрочка «ДОБРЫЙ Сок мультифрут с 6 мес. 0.2л»); Добрый 0.3 l "
           "juice, nectars, morses, sodas and Cola excluded"),
        ("туалетной бумаги 4 рулона", {
            "pyaterochka": ["3493108"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in a pack of 4 rolls (ZEWA Just 1 4 рул.); «4 рулона» read as the pack size, so 8- "
           "and 12-roll packs and wet toilet paper excluded"),
    ]),
    # fwm11 own weekly
    ("макарошки макфа, говяжий фарш полкило, российский сыр грамм 300, помидоров штук 5", [
        ("макарошки макфа", {
            "pyaterochka": ["3687625"],
            "magnit": ["199251"],
            "dixy": [],
            "perekrestok": [],
        }, "Makfa pasta of any shape (Пятёрочка «MAKFA Изд.мак. СВИТКИ», Магнит «Макароны Макфа, перья»); "
           "Makfa flour and MAKFA D.COL. biscuits/pastries, other pasta brands excluded"),
        ("говяжий фарш полкило", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef mince (Рестория, Останкино, Мираторг); pork, pork-beef (Мираторг домашний, Самсон Домашний, "
           "Ближние горки Деревенский - meat not stated), chicken (Петелинка) and turkey mince excluded; "
           "«полкило» is a quantity"),
        ("российский сыр грамм 300", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese (Брест-Литовск 50% 200 g, Зелёная Линия нарезка 50%); other semi-hard cheeses "
           "excluded; «грамм 300» is the amount wanted, not a pack filter"),
        ("помидоров штук 5", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind incl. cherry, cocktail, pink, on the vine; Магнит «Томаты соленые» and"
           " «Ассорти Черри и Корнишоны» (jarred), tomatoes in juice, sun-dried tomatoes in mussel/cheese "
           "products, ketchup and tomato juice excluded; «штук 5» is a quantity"),
    ]),
    # fwm12 parcel
    ("активиа питьевая, кило бананов, одноразовые ложечки", [
        ("активиа питьевая", {
            "pyaterochka": ["4038830", "4038831", "4035472", "4035473", "4035562", "4035564", "4035476", "4035471",
                            "4035474"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Активиа bio-yoghurts in 260 g, taken as the drinking bottle (outside knowledge: spoonable Активиа"
           " is 150 g cups), any flavour; Активиа 150 g cups (incl. «АКТИВ.Биойогурт ... 150г») and unbranded"
           " 270 g bio-yoghurts excluded"),
        ("кило бананов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas; banana-flavoured products, dried bananas excluded; «кило» is a quantity"),
        ("одноразовые ложечки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no disposable spoons in the offers; Ложкаревъ (pelmeni, cutlets) is a brand trap, «Одноразовые "
           "станки» are razors"),
    ]),
    # fwm13 own weekly
    ("самый дешевый растворимый кофе, черный чай пакетированный, сахарного песка кило", [
        ("самый дешевый растворимый кофе", {
            "pyaterochka": ["3158301", "3651382", "3691889", "3684932", "3496293", "3419749", "3928171", "4035364",
                            "4035358", "3971960", "3403288", "3631185", "3465384",
                            "3481996", "3626048", "3626060", "3636926", "3636923",
                            "3372172", "3488345", "3444962", "3428977", "3489546",
                            "3153782", "3188030", "4035361", "3485301", "3626895",
                            "3419750", "3659359", "3659496", "3932897", "4069896",
                            "3359687", "4020246", "3396581", "3472967", "3658915"],
            "magnit": ["1000111108", "65d8c64e3e", "106251", "106261", "106291", "7c427665e1", "167841",
                       "ed5e14dfe7", "9ab9dd431c", "106161", "205121", "106231", "109351",
                       "199191", "198971", "168211", "199321", "213631"],
            "dixy": [],
            "perekrestok": [],
        }, "every instant coffee (powder, freeze-dried, «молотый в растворимом» / «с добавлением молотого», "
           "incl. titles spelled «Kофе» with a Latin K, «расворимый», «нат.рас.»); Магнит «Кофе JARDIN "
           "Colombia Medellin, 95г» taken as instant (the same line is titled растворимый elsewhere) and "
           "Магнит «Кофе Московская Кофейня на паяхъ, Коломбо, 95 г» taken as instant (outside knowledge: a "
           "95 g jar line); beans, ground coffee, ready coffee drinks, NESCAFÉ Latte «напиток кофейный», "
           "chicory and cocoa excluded; «самый дешевый» is a wish, not a filter"),
        ("черный чай пакетированный", {
            "pyaterochka": ["4022854", "3470341", "4002510", "3650482", "3489539", "3682587", "3998702", "3489553",
                            "3378327", "15545", "15492", "3662837", "3450276",
                            "3469500", "3950803", "3628990", "3620106", "3635756",
                            "3634052", "3378336", "3424384", "3418513", "3499718",
                            "3446638", "3472459", "3649730", "3399714", "2070472",
                            "3600100", "4042419", "3971162", "3971163", "3948819",
                            "3948818", "3981152", "3948128", "11200", "3689577"],
            "magnit": ["a37d9d8522", "217b3d7466", "204561", "159991", "112311", "206041", "109361", "199261",
                       "199201", "111701", "168251", "213601"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea in bags, pyramids or sachets, flavoured included (Earl Grey, thyme, fruit); Greenfield "
           "Spring Melody, Принцесса Канди and Майский (смородина с мятой / чабрец) taken as black (outside "
           "knowledge); loose-leaf tea and packs without bag count (Akbar 200 г, Greenfield 100/200 г, "
           "Richard 80 г, Hilltop 100 г), green, oolong, herbal (TESS Flame, шиповник, иван-чай, Greenfield "
           "mate), Curtis assortment, TESS Pina Colada (type not stated) and iced-tea drinks excluded"),
        ("сахарного песка кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no granulated white sugar in the offers: Магнит «РУССКИЙ Сахар белый прессованный» (cubes) and "
           "Пятёрочка cane sugar «Демерара» are other products"),
    ]),
    # fwm14 parcel
    ("сок в маленьких пачках мультифрукт, печенье в индивидуальной упаковке, детская вода 0.33", [
        ("сок в маленьких пачках мультифрукт", {
            "pyaterochka": ["3684253", "3637415"],
            "magnit": ["159931"],
            "dixy": [],
            "perekrestok": [],
        }, "multifruit juice in small cartons (Honey Kid мультифрукт 200 мл, Добрый мультифрут 0.2 л, "
           "Фрутоняня мультифрукт 0,2 л); 1 l+ multifruit juices and nectars, Моя семья «Нап. яблочный микс» "
           "175 ml (a juice drink) excluded"),
        ("печенье в индивидуальной упаковке", {
            "pyaterochka": ["3944161", "4087724", "4091598", "3632838", "3632837", "3632899", "3632839", "3974474",
                            "3974475"],
            "magnit": ["214581", "5972a8b686"],
            "dixy": [],
            "perekrestok": [],
        }, "cookies sold as single pieces or in individual portion packs, partly outside knowledge: "
           "single-serve packs up to 50 g (BOMBBAR cookie 40 g, «Снежное ассорти» 35 g, Dinosaurs «мини» 50 "
           "g), Choco Pie (each piece wrapped; Магнит titles it «Печенье», Пятёрочка «Мучное кондитерское "
           "изделие»), BelVita «Утреннее» 225 g, «Утренние сэндвичи» 253 g and «Софт Бэйкс» 250 g (packed in "
           "portion packs); ordinary cookie packs (Oreo 95 g and larger), Honey Kid baby biscuits 35 g, "
           "Medvezhonok Barni and other пирожные, wafers and crackers excluded"),
        ("детская вода 0.33", {
            "pyaterochka": ["3684861"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baby water in 0.33 l (Святой источник «Светлячок» пит. дет. н/г 0,33л); 5 l baby waters (Honey "
           "Kid, Аквалайн «Для ляль») excluded because the size was written"),
    ]),
    # fwm15 parcel
    ("баночку меда, лимончика 2 шт, зеленый чаек, ванильных сухарей пачку", [
        ("баночку меда", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural honey in jars (Медовый дом липа, южный цветок, разнотравье); крем-мёд with fillers "
           "(лимон-имбирь, малина), chak-chak, honey-flavoured goods excluded"),
        ("лимончика 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons in the offers; lemon-flavoured drinks, sweets, dish soap, olives and pastries are"
           " traps"),
        ("зеленый чаек", {
            "pyaterochka": ["3495758", "3482097", "3982372", "2133950", "4074015", "3971173"],
            "magnit": ["645eef49fe"],
            "dixy": [],
            "perekrestok": [],
        }, "green tea of any form and flavour (Curtis Mango/Hugo, Lipton Matcha, TESS Lime, ASSAND jasmine, "
           "Richard мелисса-мята, SAITO «Чай зеленый» Milky Oolong as titled green); oolongs not titled green"
           " (ASSAND Milky Oolong, Зеленая Панда), TESS Pina Colada (type not stated), Greenfield mate, "
           "iced-tea drinks (Lipton, Nestea, Fuze) and dish soap «GREEN TEA» excluded"),
        ("ванильных сухарей пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sweet (vanilla) rusks in the offers; savoury сухарики and гренки (Хрусteam, Три корочки, "
           "Кириешки) and vanilla sushki are other products"),
    ]),
    # fwm16 parcel
    ("хурма мягкая, печенья юбилейного пару пачек, влажную туалетную бумагу", [
        ("хурма мягкая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4309366"],
        }, "fresh persimmon (Перекрёсток «Хурма Шиш Бурун»); softness is a wish titles cannot show"),
        ("печенья юбилейного пару пачек", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every Юбилейное cookie (traditional, glazed, oat, with whole grains, berry, chocolate, постное); "
           "Юбилейное mini-cakes, J.Meinl coffee «Юбилейный» and Колбаса Юбилейная excluded; «пару пачек» is "
           "a quantity"),
        ("влажную туалетную бумагу", {
            "pyaterochka": ["3473456", "3473455"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wet toilet paper (ZEWA Pure, Natural Camomile); dry toilet paper and wet wipes excluded"),
    ]),
    # fwm17 own weekly
    ("кефир 2.5% самый дешевый, круглого риса пачку, филе грудки куриное 1 кг, огурцов свежих с килограмм", [
        ("кефир 2.5% самый дешевый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir of any fat in the offers; milk, ряженка, drinking yoghurts and Актимель 2.5% are other "
           "products"),
        ("круглого риса пачку", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice: titles saying круглый (Увелка Краснодарский, Мистраль «для плова традиционный "
           "круглый» - the same product in Пятёрочка «МИСТР.Рис для плова традиц.») and Мистраль «Кубань» (a "
           "round-grain rice, outside knowledge); long-grain, basmati, jasmine, brown, Адриатика and «для "
           "плова» rices whose grain is not stated, rice flakes excluded"),
        ("филе грудки куриное 1 кг", {
            "pyaterochka": ["2160069", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast fillet (Первая Свежесть, Троекурово, Петелинка, Зелёная Линия, Петелинка «Филе"
           " цыплёнка малое» = inner breast fillet); bone-in «Грудка куриная ... без кожи», thigh fillets, "
           "cooked/grilled fillets, nuggets excluded; «1 кг» is a quantity"),
        ("огурцов свежих с килограмм", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (Магнит короткоплодные/среднеплодные; Перекрёсток Ботаника, «Огурцы Хрустящие» "
           "and «Огурцы корнишоны» 300 g from its fresh «Окрошка» shelf, taken as fresh); salted, pickled and"
           " «пикули» cucumbers excluded"),
    ]),
    # fwm18 parcel
    ("йогурт греческий нежирный, персики помягче, морсик из клюквы, пеленок одноразовых пачку", [
        ("йогурт греческий нежирный", {
            "pyaterochka": ["3601419", "3601418"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198"],
        }, "Greek yoghurt of 2% fat, taken as нежирный (Neo без сахара, Teos, Простоквашино, Пятёрочка "
           "«Греческий» 2% with cherry/blueberry); Зелёная Линия 4%, Дикси Viola 3%, Сиртаки/Фетика cheeses "
           "excluded"),
        ("персики помягче", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295869"],
        }, "fresh peaches (Перекрёсток «Персик Инжирный»); nectarines, peach yoghurts/desserts/puree "
           "excluded; softness is a wish"),
        ("морсик из клюквы", {
            "pyaterochka": ["3472445"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3695895", "3190898", "4297529"],
        }, "cranberry mors (Сады Придонья, Чудо-Ягода, Зелёная Линия; Добрый «Морс КЛЮКВА из виногр/клюк.»); "
           "mixed-berry morses (брусника-малина, ягодный сбор, клюква/черника/вишня, облепиха), Добрый "
           "cranberry-orange drink excluded"),
        ("пеленок одноразовых пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3692978"],
        }, "disposable absorbent pads (Kokoro 60x90 «детские» - the same pads are used for adults; "
           "size/purpose not written); diapers excluded"),
    ]),
    # fwm19 parcel
    ("пюре мясное индейка детское, геркулес овсянка, сладких яблок кг", [
        ("пюре мясное индейка детское", {
            "pyaterochka": ["3353099"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "turkey meat baby puree (Фрутоняня индейка 80 g); Фрутоняня turkey-with-vegetables puree (a "
           "meat-and-vegetable puree), chicken/beef/rabbit purees and turkey cutlets/mince excluded"),
        ("геркулес овсянка", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oat flakes (Клинские «Геркулес», Увелка «Хлопья зерн. овсян. трад.»); instant flavoured "
           "oat porridge, oat cookies, Velle oat products, oat bran and oat milk excluded"),
        ("сладких яблок кг", {
            "pyaterochka": ["4271772"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3366336", "3691532"],
        }, "fresh apples of varieties known as sweet (outside knowledge): Ред Делишес, Гала, Медовый хруст; "
           "Гренни Смит (sour) and apples of unstated variety (Магнит «Яблоки красные», Перекрёсток «Яблоки "
           "сезонные») excluded; «кг» is a quantity"),
    ]),
    # fwm20 son's weekly
    ("сосисочки, макароны-рожки, кетчупа бутылку, майонеза провансаль пачку, жигулевское пивко", [
        ("сосисочки", {
            "pyaterochka": ["26457", "3359555", "4045572", "3948226", "4025037", "3663361", "3311600", "3385843",
                            "3370433", "3486631", "3607043", "3018288", "3018289",
                            "3642007"],
            "magnit": ["206081", "112421", "213611", "159871"],
            "dixy": [],
            "perekrestok": ["4056912"],
        }, "sausages (сосиски) of any kind incl. poultry, with cheese, children's; сардельки, купаты, "
           "sausages in dough (Хотстеры), колбаса excluded"),
        ("макароны-рожки", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "horn-shaped pasta: «Макаронные изделия ... Витой рожок»; other shapes (перья, спиральки, "
           "пружинки, ракушки, улитки, спагетти, вермишель) excluded"),
        ("кетчупа бутылку", {
            "pyaterochka": ["4066625", "4066624", "3631091", "3383950", "3625404", "3610602", "4044938", "3941585",
                            "3673189", "3673190", "4086400"],
            "magnit": ["213621", "203141", "665b5b224d", "aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "every ketchup (tomato, chili, шашлычный, with garlic/mustard/cherry tomatoes); «бутылку» read as "
           "the unit bought, so doy-packs count; Heinz/Calve sauces, tomato paste and Cheetos «кетчуп/сыр» "
           "excluded"),
        ("майонеза провансаль пачку", {
            "pyaterochka": ["3355228", "3355242", "3193489"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954",
                            "4297313", "4105769"],
        }, "mayonnaise of the Провансаль type (Ряба, Слобода incl. «Провансаль оливковый», Скит, Махеевъ с "
           "лимонным соком, Я люблю готовить Провансаль); Пятёрочка «Майонез Слобода, 67%, 800 мл» accepted "
           "as the same PLU Перекрёсток titles «Слобода Провансаль»; olive, quail-egg (incl. «Московский "
           "Провансаль» brand on quail eggs / оливковый), Heinz and Mr.Ricco classic, домашний 55% excluded"),
        ("жигулевское пивко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Жигулёвское beer in the offers; other beers excluded because the beer was named"),
    ]),
    # fwm21 parcel
    ("минералка без газа, сок яблочный 0.2, пасту зубную", [
        ("минералка без газа", {
            "pyaterochka": ["3369800", "2139858", "3635119", "4048555", "3024", "3630602"],
            "magnit": ["a5f6c8ecb8"],
            "dixy": [],
            "perekrestok": ["3020"],
        }, "still mineral water of any size (ACQUA PANNA, Пилигрим, Легенда Гор 0.5/0.75/1.5 l, Нарзан Элита,"
           " Evian - Пятёрочка's «EVIAN н/газ» and «Архыз Легенда Гор, негазированная» taken as mineral as "
           "titled elsewhere); sparkling and medicinal waters, still waters not titled mineral (Святой "
           "источник, Шишкин лес, Сенежская, Малаховская, Архыз «Горная» питьевая, Байкал), Легенда Гор 5 l "
           "(gas not stated) and flavoured drinks excluded"),
        ("сок яблочный 0.2", {
            "pyaterochka": ["3684252"],
            "magnit": ["eef4bdbf61"],
            "dixy": [],
            "perekrestok": [],
        }, "single-fruit apple juice in 0.2 l packs (Honey Kid яблоко 200 мл, Агуша яблоко осв. 200 мл); "
           "mixes, 0.125 l, 0.3 l and 1 l packs, nectars excluded"),
        ("пасту зубную", {
            "pyaterochka": ["4009101", "3967359", "3967361", "2153182", "3359945", "3482562", "3152415", "3230372",
                            "3691935", "3605411", "3605412", "3429353", "3642796",
                            "3366711", "3480375"],
            "magnit": ["0b75d29d19"],
            "dixy": [],
            "perekrestok": [],
        }, "adult toothpaste of any brand; Splat Junior children's toothpaste, toothbrushes and mouthwash "
           "excluded"),
    ]),
    # fwm22 own weekly dairy
    ("творога 5% 2 пачки, сметанки 15 процентов, буханку бородинского, плавленного сыра пару штук", [
        ("творога 5% 2 пачки", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese of exactly 5% (Село Зелёное 500 g, Молочный знак 180 g); 101 Зерно «+сливки»"
           " with berries, Данон zerneny in yoghurt, сырники 5%, other fats excluded; «2 пачки» is a quantity"),
        ("сметанки 15 процентов", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream of exactly 15% incl. lactose-free (Parmalat Comfort, Простоквашино безлактозная); "
           "10/20/25/30% and sour-cream-flavoured snacks excluded"),
        ("буханку бородинского", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Borodinsky bread in the offers; «Колбаса Бородинская» and the brand «Мясной дом Бородина» are "
           "traps"),
        ("плавленного сыра пару штук", {
            "pyaterochka": ["24145", "3501012", "4043317", "3677490", "3683694", "3943414", "3908611", "3908610",
                            "3908603", "3908600", "3924969", "3680079"],
            "magnit": ["205961", "168121", "167821"],
            "dixy": ["6b7105d28a"],
            "perekrestok": [],
        }, "processed cheese of any flavour and form (blocks, tubs, slices «пл.-тост», «плав. ломт.»); Valio "
           "«Виола 4 Сыра» 180 g taken as processed (outside knowledge); Фетакса (titled «Сыр плавленый "
           "Фетакса» in Пятёрочка - a feta-style product), творожный and hard cheeses, Hochland «Сливочный» "
           "220 g (a cream cheese) excluded"),
    ]),
    # fwm23 parcel
    ("снежка бутылку, кефир простоквашино 3.2, вода в маленьких бутылочках", [
        ("снежка бутылку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no снежок in the offers; drinking yoghurts and milkshakes are other products"),
        ("кефир простоквашино 3.2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir in the offers; Простоквашино milk, sour cream and butter are other products"),
        ("вода в маленьких бутылочках", {
            "pyaterochka": ["3024", "3626092", "3939624", "3635130", "3635119", "3684861"],
            "magnit": ["972a7fe2ec", "bb72363521", "13256eedcb", "a5f6c8ecb8", "3f67d9898c"],
            "dixy": [],
            "perekrestok": ["1914"],
        }, "plain drinking/mineral water in bottles of 0.5 l or less, still or sparkling (gas was not "
           "written), incl. «Светлячок» 0.33 l and Байкал 0.45 l; medicinal and medicinal-table waters "
           "(Боржоми, Ессентуки, Джермук, Нагутская), flavoured drinks and bottles above 0.5 l excluded"),
    ]),
    # fwm24 own household
    ("бумага туалетная трехслойная, fairy для мытья посуды, губки посуду мыть, мусорные пакеты на 60 л", [
        ("бумага туалетная трехслойная", {
            "pyaterochka": ["3449118", "4059050"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "3-ply toilet paper (Papia белая 3сл., ZEWA Deluxe 3 сл.); 2-ply (Zewa Plus, Familia Plus), 4-ply "
           "(ZEWA Just 1) and Papia «WHITE DE LUXE» (ply not stated, a 4-ply line by outside knowledge) "
           "excluded"),
        ("fairy для мытья посуды", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dishwashing liquids of any scent; AOS, Sorti, Biasept, Synergetic and dishwasher tablets "
           "(Finish, Somat) excluded"),
        ("губки посуду мыть", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dish sponges in the offers"),
        ("мусорные пакеты на 60 л", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l bin bags (Big City Life 60л 20шт); Магнит 35 l bags, food/breakfast bags excluded"),
    ]),
    # fwm25 parcel
    ("компотик, детское печенье, пюре яблоко банан, салфеток бумажных на стол", [
        ("компотик", {
            "pyaterochka": ["3672816", "3672817"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ready compote drinks (JANARAT айва, вишня); morses, кисель, nectars excluded"),
        ("детское печенье", {
            "pyaterochka": ["4055479", "4045242", "3927157"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baby biscuits titled детское / для детского питания (Honey Kid, «печенье раств. д/пит. дет.»); "
           "kids-themed cookies and crackers not stated as children's food (Dinosaurs, Малышок, «Забавные "
           "животные») excluded"),
        ("пюре яблоко банан", {
            "pyaterochka": ["3606463"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "apple-banana fruit puree: Агуша «Яблоко-Банан-Печенье» (apple and banana with a little biscuit) "
           "accepted; purees adding other fruit (Фрутоняня ябл/банан/груш, apple-pumpkin-peach-banana) and "
           "Растишка apple-banana with curd and cream excluded"),
        ("салфеток бумажных на стол", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4429769", "4371757", "4429397", "4429400", "4310841", "4250543", "4310840", "4250535",
                            "4299678", "4397850"],
        }, "paper table napkins (Gratias incl. printed 3-ply 33x33 ones titled without «бумажные», Пр!ст, Art"
           " Bouquet); paper handkerchiefs, wet wipes, panty liners excluded"),
    ]),
]


def blind_lists(path):
    """The list texts of the blind draft: after the '#' header, each list starts with a line '### fwmNN'."""
    with open(path, "rb") as fh:
        raw = fh.read()
    if hashlib.sha256(raw).hexdigest() != BLIND_SHA256:
        sys.exit("%s changed: sha256 %s, expected %s" % (path, hashlib.sha256(raw).hexdigest(), BLIND_SHA256))
    texts, cur = {}, None
    for line in raw.decode("utf-8").split("\n"):
        if line.startswith("### "):
            cur = line[4:].strip()
            texts[cur] = []
        elif cur is not None:
            texts[cur].append(line)
    return {k: "\n".join(v).strip("\n") for k, v in texts.items()}


def check_blind(lists):
    blind = blind_lists(BLIND)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS %d" % (len(blind), len(lists)))
    for n, (text, _) in enumerate(lists, 1):
        rid = "fwm%02d" % n
        expected = blind.get(rid)
        if expected is None:
            errors.append("%s: not in the blind draft" % rid)
            continue
        for old, new in REPLACED.get(rid, []):
            if old not in expected:
                errors.append("%s: replaced item %r not in the blind text" % (rid, old))
            expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (rid, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fwm"))
