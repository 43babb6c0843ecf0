#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yb.jsonl -- weekly grocery lists of many different households
(a pensioner, a student, a family with children, a couple, someone living alone), hand-labelled
against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from this directory's copy:

    python3 fresh_basket_eval_yb.build.py

LISTS below is literal data: 25 lists (3-4 items) as households would type them to a Telegram bot,
written (and saved as fresh_basket_eval_yb.blind_lists.txt) before any offer was read, and for every
item the product ids of every in-stock offer of each store that a reasonable shopper would accept.
Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; the note of each item
records what was accepted, what was deliberately left out and any judgement that rests on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The
labels were made without reading any matcher code or data.  One item (fyb17, first) replaces the blind
text after labelling because that list was entirely missing; see the README, "Replacements".

The script only checks the data (via labelled_lists.build: every id exists in real_offers.jsonl *for
that store* and is in stock, no id repeats within an item, every item has a note, the labels are
exactly the list's items in order) and writes the JSONL in the format of real_basket_eval.jsonl.
List ids are fyb01, fyb02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yb.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyb01 pensioner, weekly dairy and groats
    ("кефир 1% пару бутылок, бородинский хлебушек половинку, гречка подешевле, творог 5% для сырников", [
        ("кефир 1% пару бутылок", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "kefir 1%; no kefir of any fat is among the offers (only ryazhenka/yoghurts/«кисломолочный продукт»); "
           "«пару бутылок» is a quantity"),
        ("бородинский хлебушек половинку", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Borodinsky rye bread; none offered. ЩЕДРЫЕ «Хлебцы тонкие бородинские» (crispbread), Магнит «Колбаса "
           "Бородинская» and the brand «Мясной дом Бородина» are not bread; «половинку» (half a loaf) is a quantity"),
        ("гречка подешевле", {
            "pyaterochka": [], "magnit": ["203081"], "dixy": [], "perekrestok": [],
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto»; Пятёрочка PROSTO «Рис и греча» (a rice+buckwheat set), "
           "buckwheat flakes (Увелка, Мистраль), ready buckwheat porridges, soba noodles and Nemoloko buckwheat drink "
           "excluded; «подешевле» is a wish, not a filter"),
        ("творог 5% для сырников", {
            "pyaterochka": ["3617778"], "magnit": [], "dixy": [], "perekrestok": ["4216657"],
        }, "plain cottage cheese of exactly 5%: СЕЛО ЗЕЛ. «Творог 5% 500г», Молочный знак «Творог 5%»; Домик в деревне "
           "«творог мягкий» 5.5%, Карат 4%, Брест-Литовск 3%, flavoured «101 зерно+сливки» 5% and Данон «творог "
           "зерненый в йогурте» 5%, children's biotvorog and curd desserts excluded; «для сырников» is a purpose"),
    ]),
    # fyb02 student
    ("доширак с говядиной 3 штуки в стакане, пельмени какие нибудь самые дешевые, майонезик провансаль большой", [
        ("доширак с говядиной 3 штуки в стакане", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Доширак noodles with beef flavour; no Доширак is offered. Пятёрочка's unbranded «Лапша со вкусом говядины "
           "90 г» and Роллтон (other brands) excluded; «3 штуки» is a quantity"),
        ("пельмени какие нибудь самые дешевые", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532",
                            "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "any frozen pelmeni (incl. Горячая штучка «Бульмени», Сибирская коллекция, Мираторг, Цезарь, Ложкаревъ, "
           "Стародворье); вареники, Ложкаревъ хинкали and Calve sauce «для пельменей» excluded; «какие нибудь самые "
           "дешевые» is a ranking wish, not a filter"),
        ("майонезик провансаль большой", {
            "pyaterochka": ["3982578", "3355228", "3193489", "3355242", "3695167"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["4233420", "3193489", "4199312", "4112954", "3695167"],
        }, "mayonnaise «Провансаль» in a large pack (600 ml / 630 g and more): Ряба Провансаль 744 г / 630 мл, "
           "Слобода Провансаль 800 мл, Я люблю готовить Классический / Московский Провансаль 700 мл, «Московский "
           "Провансаль» оливковый 600 мл and «МОС.ПРОВАНС.Майон.на переп.яйц. 600мл»; 200-400 ml packs excluded as "
           "not «большой»; mayonnaises not named Провансаль (Слобода «Оливковый», Mr.Ricco, Heinz, Махеевъ с "
           "перепелиным яйцом) excluded. Outside knowledge: Пятёрочка «Майонез Слобода, 67%, 800 мл» is the Слобода "
           "Провансаль (Перекрёсток titles the same id so), and Перекрёсток «Я люблю готовить на перепелиных яйцах "
           "600мл» is the «Московский Провансаль на перепелиных яйцах» (Пятёрочка titles the same id so)"),
    ]),
    # fyb03 family with small children
    ("малоко 3.2% 2 шт, бананы для детей 1.5 кг, пюре фрутоняня яблоко для малыша, сосиски молочные для детей", [
        ("малоко 3.2% 2 шт", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a",
                            "b4411ba8d4", "35ac60eec2", "52d96fd806", "885d917850", "488d323508", "ecc07a0e68",
                            "01f728b210", "f50aeac1bb", "3645807", "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "«малоко» = молоко (typo): cow drinking milk of exactly 3.2% (pasteurised, UHT, sterilised, incl. children's "
           "milk Агуша «от 3 лет» and Сарафаново «детское»); топлёное 3.2% (Простоквашино, Домик в деревне), ranges "
           "(«от 3,2% до 6%», 3.2-4, 3.4-6, 3.2-4.5), other fats, condensed milk and Чудо flavoured milk excluded; "
           "«2 шт» is a quantity"),
        ("бананы для детей 1.5 кг", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas incl. «Бананы мини» and the organic banana; dried bananas, banana-flavoured yoghurts, "
           "purees, drinks and sweets excluded; «для детей» is a purpose and «1.5 кг» a quantity of a weighed good"),
        ("пюре фрутоняня яблоко для малыша", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "ФрутоНяня apple puree; the only ФрутоНяня fruit purees offered are mixes («из ябл/банан/груш с печ.», «из "
           "яблок/малины со слив.»), excluded like mixed juices are for a single fruit; ФрутоНяня meat/vegetable "
           "purees, «Кусочки фр. из ябл.», kissel, juice and other brands' apple purees (Gerber, Heinz, Агуша, Сады "
           "Придонья) excluded"),
        ("сосиски молочные для детей", {
            "pyaterochka": ["3642007"], "magnit": ["112421", "213611"], "dixy": [], "perekrestok": [],
        }, "sausages «Молочные»: Велком «Сосиски молочные», Магнит «Сосиски Молочные» 0.33 and 0.65 кг; Магнит "
           "«Сосиски Детям» (not молочные), сливочные/филейные/докторские sausages and «Колбаса Молочная» excluded; "
           "«для детей» is a purpose"),
    ]),
    # fyb04 someone living alone
    ("яйца с1 десяток 2 упаковки, сметанка 20 процентов пожирнее, картошечка молодая 2 кг", [
        ("яйца с1 десяток 2 упаковки", {
            "pyaterochka": ["3446505"], "magnit": [], "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "chicken eggs class С1 in packs of 10; С0/СО/«отборные» (Волжское утро, Окское СО, Роскар, Маркет СО), "
           "Лето С1 20 шт, Волжанин 6 шт, quail eggs and Kinder eggs excluded; «2 упаковки» is a count of packs"),
        ("сметанка 20 процентов пожирнее", {
            "pyaterochka": ["3664287"], "magnit": [], "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20% (incl. Parmalat lactose-free 20%); 10/15/25/30% and sour-cream-flavoured chips, "
           "croutons and sauces excluded; «пожирнее» is a wish already expressed by the 20%"),
        ("картошечка молодая 2 кг", {
            "pyaterochka": [], "magnit": ["168701"], "dixy": ["72aaa021b7"], "perekrestok": [],
        }, "young (new-crop) potatoes: Дикси «Картофель молодой»; Магнит «Картофель Новый урожай» taken as young "
           "potatoes (outside knowledge: «новый урожай» is how young potatoes are sold); ordinary «мытый», «для "
           "варки/жарки», «красный» potatoes, chips and starch excluded; «2 кг» is a quantity of a weighed good"),
    ]),
    # fyb05 couple, cooking dinners
    ("филе куриной грудки на котлеты, рис пропаренный длинный для плова, огурчики короткие хрустящие, помидорки черри на салат", [
        ("филе куриной грудки на котлеты", {
            "pyaterochka": ["2160069", "3963723"], "magnit": [], "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chilled chicken breast fillet (Первая свежесть, Троекурово, Петелинка, Зелёная Линия), incl. Петелинка "
           "«Филе цыплёнка малое» (the inner breast fillet; outside knowledge); «Грудка куриная … без кожи» (Первая "
           "свежесть, Петелинка) taken as bone-in breast and excluded (outside knowledge), thigh fillets, whole birds, "
           "cooked/grilled fillets, nuggets, cutlets and duck breast fillet excluded; «на котлеты» is a purpose"),
        ("рис пропаренный длинный для плова", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "parboiled long-grain rice; no title says пропаренный. Long-grain jasmine/basmati/«Лазер длиннозерный» "
           "(not stated parboiled), round «для плова» rice, Девзира, brown rice and rice mixes excluded; «для плова» "
           "is a purpose"),
        ("огурчики короткие хрустящие", {
            "pyaterochka": [], "magnit": ["200221"], "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh short cucumbers: Магнит «Огурцы короткоплодные»; Перекрёсток «Огурцы Хрустящие 450г», «Огурцы "
           "Ботаника фасованные 420г» and fresh «Огурцы корнишоны 300г» taken as short-fruited (outside knowledge: "
           "packed 300-450 g trays are short cucumbers); Магнит «среднеплодные, пупырчатые» excluded as not short; "
           "salted, pickled and barrel cucumbers and Магнит «Ассорти Черри и Корнишоны» excluded; «хрустящие» is a wish"),
        ("помидорки черри на салат", {
            "pyaterochka": [], "magnit": ["169381", "107681", "168841"], "dixy": [],
            "perekrestok": ["3676649", "4188460", "3673307"],
        }, "fresh cherry tomatoes of any colour/shape (on the vine, plum-shaped cherry, red/orange «Медовые черри»); "
           "«коктейльные», ordinary, pink and salted/marinated tomatoes and Pepsi «Wild Cherry» excluded"),
    ]),
    # fyb06 pensioner
    ("сыр российский кусочек грамм 300, маслице сливочное 82.5 простоквашино, батон нарезной к чаю", [
        ("сыр российский кусочек грамм 300", {
            "pyaterochka": ["4046889"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "«Российский» cheese as a piece: Брест-Литовск «российский 50% 200гр»; Перекрёсток «Сыр Российский нарезка» "
           "excluded because «кусочек» asks for a piece, not slices; other semi-hard cheeses (Тысяча озер утренний, "
           "Белебеевский, Голландский) and «сервелат российский» excluded; «грамм 300» is the amount wanted, not a "
           "pack filter"),
        ("маслице сливочное 82.5 простоквашино", {
            "pyaterochka": [], "magnit": ["199211"], "dixy": ["3620233da6"], "perekrestok": [],
        }, "Простоквашино butter: Магнит and Дикси «Простоквашино 82%» accepted, treating 82% and 82.5% as the same "
           "«традиционное» butter class as real_basket_eval does (Простоквашино makes no 82.5%); other brands' 82.5% "
           "butter (Вкуснотеево, Тысяча озёр, Брест-Литовск, Президент 82%) excluded because the brand is written"),
        ("батон нарезной к чаю", {
            "pyaterochka": ["3985404"], "magnit": [], "dixy": [], "perekrestok": ["3974714"],
        }, "white loaf «нарезной»: Пятёрочка «Батон Звездный нар» («нар» = нарезной) and Перекрёсток «Батон Нарезной "
           "нарезка»; chocolate/protein «батончик» bars, other breads and хлебцы excluded; «к чаю» is a purpose"),
    ]),
    # fyb07 student
    ("кофе jacobs monarch растворимый, сахар песок 1кг, печенька юбилейная молочная к чаю, туалетная бумага 4 рулона zewa", [
        ("кофе jacobs monarch растворимый", {
            "pyaterochka": ["3372172", "3488345"], "magnit": ["205121", "106231"], "dixy": [], "perekrestok": [],
        }, "Jacobs Monarch instant (сублимированный) coffee of any size, incl. «Monarch Intense, растворимый»; Monarch "
           "beans and ground, capsules/Lungo, and Jacobs Gold, Millicano, Velour, Crema, Barista excluded"),
        ("сахар песок 1кг", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "granulated white sugar 1 kg; none offered. Магнит «Сахар белый прессованный 1кг» (sugar cubes, a different "
           "form) and Пятёрочка cane sugar «Демерара» 500 г excluded"),
        ("печенька юбилейная молочная к чаю", {
            "pyaterochka": ["4027701"], "magnit": [], "dixy": [], "perekrestok": ["4371424"],
        }, "Юбилейное «молочное» biscuits: Пятёрочка «молочное с глазурью Юбилейное 232г», Перекрёсток «Юбилейное "
           "молочное с глазурью 348г»; Юбилейное традиционное, овсяное, клюква, черника, земляничное, ореховое, шоколад, "
           "постное and mini-cakes excluded"),
        ("туалетная бумага 4 рулона zewa", {
            "pyaterochka": ["3493108"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Zewa toilet paper in packs of 4 rolls: «ZEWA Бумага ДЖАСТ 1 туал.4сл.4рул.»; Zewa 8 and 12 rolls, Zewa "
           "moist toilet paper, Zewa towels and other brands excluded («4 рулона» names the pack)"),
    ]),
    # fyb08 couple, pasta night
    ("спагетти барилла номер 5, фарш говяжий для болоньезе, пармезан тертый для пасты", [
        ("спагетти барилла номер 5", {
            "pyaterochka": ["4037644"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Barilla spaghetti No. 5: Пятёрочка «Barilla, СПАГЕТТИ 450г» taken as n.5 (outside knowledge: Barilla's plain "
           "«Спагетти» is n.5); Barilla capellini, penne, pipe, girandole, other brands' spaghetti (incl. «Spaghetti "
           "n.3») and chechil «спагетти» cheese excluded"),
        ("фарш говяжий для болоньезе", {
            "pyaterochka": ["3398465", "4065830", "3447375"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "beef mince: Рестория «фарш Говяжий», Останкино «ФАРШ ГОВЯЖИЙ», Мираторг «Фарш говяжий»; pork-beef "
           "(Мираторг «свино-говяжий», САМСОН «Домашний», Ближние горки «Деревенский»), pork, turkey and Петелинка "
           "chicken mince and stuffed olives excluded; «для болоньезе» is a purpose"),
        ("пармезан тертый для пасты", {
            "pyaterochka": ["3433812"], "magnit": [], "dixy": [], "perekrestok": ["3963977", "3433812"],
        }, "grated parmesan: Cheese Gallery «Пармезан тёртый хлопья», Dolce Granto «Пармезан тёртый 150г» (Пятёрочка "
           "titles the same id «Сыр Пармезан, Dolche, 150 г»); parmesan in pieces (LAIME, Castello Reggianido, Чиз "
           "Гелери 175г, Dolce Granto by weight, Зелёная Линия), parmesan-flavoured chips and fuet excluded"),
    ]),
    # fyb09 family with school children
    ("йогурт питьевой клубника детям в школу, сырки глазированные детям, хлопья nesquik шоколадные, сок яблочный 1 л добрый", [
        ("йогурт питьевой клубника детям в школу", {
            "pyaterochka": ["4066181", "3628399", "4035473"], "magnit": ["205071"], "dixy": [], "perekrestok": [],
        }, "drinking yoghurt with strawberry (strawberry / strawberry-wild strawberry): Чудо «клубника-земляника» 270 г "
           "(Магнит titles it «питьевой»; Пятёрочка's «ЧУДО Йогурт вк.клуб/земл. 270г» is the same bottle), the "
           "children's «Йогурт питьевой … со вкус. Клубничного пломбира» 190 г, and Активиа «с клубникой и "
           "земляникой 2,0% 260г» taken as the drinking Активиа (outside knowledge: 260 g bottles); strawberry "
           "mixed with other fruit (EPICA клубника/маракуйя, Активиа with apple/pitahaya), spoonable cups, "
           "kefir-based Чудо «Десерт» cocktail, the 270 g «Биойогурт … с клубникой 1,0%» (not stated drinking) and "
           "strawberry curd/sweets excluded; «детям в школу» is a purpose"),
        ("сырки глазированные детям", {
            "pyaterochka": ["3378597", "4015226", "3601367", "3410456", "3472523"], "magnit": [], "dixy": [],
            "perekrestok": [],
        }, "glazed curd snacks (Б.Ю.Александров: «Картошка» в мол. шоколаде, фисташка, в белом шоколаде, ванильный, "
           "Суфле); unglazed Свитлогорье «Сырок творожный», РАЭ «Десерт твор. гл. … в вафельном рожке» and Б.Ю.А. "
           "«Десерт ЧИЗКЕЙК» (desserts, not сырки) excluded; «детям» is a purpose"),
        ("хлопья nesquik шоколадные", {
            "pyaterochka": ["3434742", "4072647", "3363325", "3368535"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Nesquik chocolate ready breakfast cereals («хлопья» taken loosely for the cereal): «Завтрак ШОКОЛАДНЫЙ» 250 г "
           "and 700 г, «Алфавит» chocolate, «ДУО Мол.Шок.»; Nesquik BananaCrush (banana), cocoa drinks, chocolate "
           "bars and sweets excluded"),
        ("сок яблочный 1 л добрый", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Добрый apple juice in a 1 l pack; only Магнит «ДОБРЫЙ Сок яблочный 0,3л» exists (size written, excluded). "
           "Добрый nectars («деревенские/фермерские яблочки», персик/яблоко, multi-fruit), other brands' apple juices "
           "and Добрый soft drinks excluded"),
    ]),
    # fyb10 student, evening with friends
    ("пиво жигулевское светлое 4 банки, чипсы лейс сметана и зелень, сухарики кириешки бекон 2 пачки", [
        ("пиво жигулевское светлое 4 банки", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Жигулёвское beer; none offered (Магнит has only other light beers: Amstel, Bud, Carlsberg, Holsten, "
           "Lowenbrau, Балтика №7, Старый Мельник …, which are other brands); «4 банки» is a count"),
        ("чипсы лейс сметана и зелень", {
            "pyaterochka": ["4035371"], "magnit": ["1000487857", "106341"], "dixy": [], "perekrestok": [],
        }, "Lay's «сметана и зелень»: Пятёрочка LAY'S 50г, Магнит LAYS 70г and «Lays, сметана/зелень» 90 г; Lay's "
           "«сметана и лук» (incl. Stax), «лисички в сметане», other flavours, LAVA LAVA «Сметана и зелень» (other "
           "brand), Хрусteam croutons and gin «Вайт Лейс» excluded"),
        ("сухарики кириешки бекон 2 пачки", {
            "pyaterochka": [], "magnit": ["4fb9148fb2", "e26d76ca46"], "dixy": [], "perekrestok": [],
        }, "Кириешки croutons with bacon: Магнит «КИРИЕШКИ Сухарики холодец/бекон/ветчина» 100 г and 40 г (promo cards "
           "covering several flavours incl. bacon); other brands' croutons (Хрусteam, Три корочки, Фишка …) excluded; "
           "«2 пачки» is a count"),
    ]),
    # fyb11 pensioner, breakfast and tea
    ("хлопья овсяные геркулес долгой варки, мед цветочный натуральный баночку, яблоки зеленые сезонные, печенье овсяное к чаю", [
        ("хлопья овсяные геркулес долгой варки", {
            "pyaterochka": ["4027131", "3472901"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "rolled oats for cooking: Клинские «Геркулес» 500г and УВЕЛКА «Хлопья зерн. овсян. трад.» (traditional = to be "
           "cooked; «геркулес» is taken in its everyday generic sense of rolled oats — a judgement); instant porridge "
           "«не требующая варки», porridges with fruit, Velle oat products, oat bran and cookies excluded"),
        ("мед цветочный натуральный баночку", {
            "pyaterochka": ["3645749", "3645764"], "magnit": ["d32ff23653"], "dixy": [], "perekrestok": [],
        }, "natural flower honey: МЕДОВЫЙ ДОМ «Мёд натуральный цветочный» Восточная липа and Южный цветок (glass), Магнит "
           "МЕДОВЫЙ ДОМ «Мёд нат цветочный разнотравье 250г»; «Крем-мёд» with lemon/ginger or raspberry (with fillers), "
           "чак-чак, honey cakes and honey-flavoured goods excluded"),
        ("яблоки зеленые сезонные", {
            "pyaterochka": [], "magnit": ["200671"], "dixy": [], "perekrestok": [],
        }, "fresh green apples: Магнит «Яблоки Гренни Смит» (green variety, outside knowledge); red apples (Ред Делишес, "
           "«красные», Гала, Медовый хруст) and Перекрёсток «Яблоки сезонные» (colour not stated) excluded; «сезонные» "
           "adds nothing once the colour is required"),
        ("печенье овсяное к чаю", {
            "pyaterochka": ["3639541", "3995521", "3995522", "3655049", "4050870"],
            "magnit": ["106061", "106071"], "dixy": [], "perekrestok": [],
        }, "oatmeal cookies of any kind (Классическое, с шоколадом, Миндальное, Юбилейное овсяное, Хлебный спас "
           "Мультизлаковое/Злаковое ассорти/Особое); oat flakes and porridges excluded; «к чаю» is a purpose"),
    ]),
    # fyb12 family, salad for the weekend
    ("колбаса докторская на оливье, горошек зеленый консервированый, майонез 67 процентов", [
        ("колбаса докторская на оливье", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": [], "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "boiled sausage «Докторская» of any brand and size (incl. sliced Ремит); Докторские сардельки/сосиски, "
           "«Молочная» and other boiled sausages and Monster «The Doctor» excluded; «на оливье» is a purpose"),
        ("горошек зеленый консервированый", {
            "pyaterochka": ["4043589"], "magnit": ["203021", "213651", "111581"], "dixy": [],
            "perekrestok": ["82254", "41891", "27460", "4273266", "4345766", "4254005"],
        }, "canned green peas of any brand/size; Перекрёсток «Горох Bizim Tarla зелёный 660г» accepted as canned peas "
           "(it is in «Овощные консервы»; a judgement); pea soups, pet food with peas and «перец горошек» excluded"),
        ("майонез 67 процентов", {
            "pyaterochka": ["3640161", "3982578", "3425670", "4002440", "3163111", "3355228", "3193489", "3355242",
                            "3695167"],
            "magnit": ["204681", "104941"], "dixy": [],
            "perekrestok": ["4284062", "3425669", "4352557", "2047206", "4233420", "3467275", "3674577", "3193489",
                            "4412152", "2108609", "3163111", "4199312", "4297313", "4105769", "3695167"],
        }, "mayonnaise labelled 67% (any brand/variety/size); Пятёрочка «Майонез Оливковый, Слобода, 800 мл» accepted "
           "because Перекрёсток titles the same id «67%»; Я люблю готовить «домашний 55%», Махеевъ «С перепелиным "
           "яйцом 655мл» and ЯЛГ «Московский Провансаль классический 700мл» (no fat stated) and mayonnaise-based "
           "sauces excluded"),
    ]),
    # fyb13 pensioner couple (grandfather)
    ("ряженка 4% деду, семечки жареные от мартина, селедочка в масле кусочками, шампунь от перхоти head&shoulders", [
        ("ряженка 4% деду", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "ryazhenka 4%; the only ryazhenka is Агуша «клубника 2,9%» (flavoured, other fat), excluded"),
        ("семечки жареные от мартина", {
            "pyaterochka": ["3669122", "3403508", "3630849"], "magnit": ["1000229533"], "dixy": [], "perekrestok": [],
        }, "От Мартина roasted sunflower seeds (Отборные, Особые, «черн. обж. сол.», «с морской солью»; От Мартина "
           "sunflower seeds are roasted — outside knowledge where not stated); От Мартина pumpkin seeds and peanuts, "
           "Бабкины, Богучарские, Молодежный, От Атамана (other brands) and sunflower oil excluded"),
        ("селедочка в масле кусочками", {
            "pyaterochka": ["4043492", "3603143", "3682728", "3626055", "3497722"],
            "magnit": ["29793287b9", "8f5e5b9485", "ee295ae8a7", "3068665d37", "112371"], "dixy": [],
            "perekrestok": ["4056953", "3621742", "3497722", "79542", "79544", "4360965", "4034451", "4367699",
                            "4367712", "4147685", "4364448", "4225103"],
        }, "herring fillet (pieces) in oil, incl. with dill/onion/«аромат дыма»; tubs titled «филе … в масле» without "
           "saying «кусочки» accepted as fillet pieces (outside knowledge: these preserves are cut fillet, e.g. "
           "Балтийский берег «по-царски филе в масле» 400 г = «филе-кусочки в масле»); herring in brine, wine sauces "
           "or «заливка», Матиас «деликатесное оригинальное» (oil not stated), Тесей «с укропом» (oil not stated), "
           "whole/spiced herring, «По-шведски» assortment, salads, herring roe and celery excluded"),
        ("шампунь от перхоти head&shoulders", {
            "pyaterochka": ["3653506", "3689257"], "magnit": ["acec144b5f", "198881"], "dixy": [],
            "perekrestok": ["4406843"],
        }, "Head & Shoulders shampoos incl. 2-in-1 shampoo-balms (every H&S is anti-dandruff — outside knowledge where "
           "the title does not say so); H&S balm-rinse, Clear and Schauma anti-dandruff shampoos (other brands) "
           "excluded"),
    ]),
    # fyb14 couple, household run
    ("зубная паста колгейт отбеливающая мятная, фейри для посуды лимон, вода питьевая 5 л", [
        ("зубная паста колгейт отбеливающая мятная", {
            "pyaterochka": ["3605411"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Colgate whitening toothpaste: «ЗП Colgate Total 12 Проф.Отбел.» (mint taste taken from outside knowledge); "
           "Colgate Total «Проф.чистка гель», «Кальций-Ремин», Colgate brushes and Plax, and other brands' whitening "
           "pastes excluded"),
        ("фейри для посуды лимон", {
            "pyaterochka": ["3501026", "3500750"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Fairy dishwashing liquid «Сочный лимон» 450 and 900 ml; Fairy «Нежные руки», Platinum, other AOS/Sorti "
           "lemon liquids and dishwasher tablets excluded"),
        ("вода питьевая 5 л", {
            "pyaterochka": ["3608729", "3635131"], "magnit": ["e8574e2cda"], "dixy": [], "perekrestok": ["3503711"],
        }, "still drinking water in 5 l bottles: Honey kid Черноголовская, Архыз «Легенда Гор» 5 л (a table mineral "
           "water, accepted as drinking water), Аквалайн «Для ляль» (children's), Малаховская №1; all smaller bottles "
           "(size written) and medicinal waters excluded"),
    ]),
    # fyb15 someone living alone, quick dinners
    ("пельмени сибирская коллекция классические, сметанка 15% к пельменям, укропчик свежий пучок", [
        ("пельмени сибирская коллекция классические", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Сибирская коллекция pelmeni «Классические»; the offered varieties are Фирменные, Особые (со сливками), "
           "Новосибирские, 4 вида мяса, Телячьи, Сочные — none is the written variety, so all are excluded (a judgement: "
           "«классические» read as a variety name)"),
        ("сметанка 15% к пельменям", {
            "pyaterochka": ["3665624"], "magnit": ["de14617e33", "199001"], "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream of exactly 15% (incl. lactose-free Parmalat and Простоквашино); 10/20/25/30% and sour-cream "
           "flavoured snacks excluded"),
        ("укропчик свежий пучок", {
            "pyaterochka": [], "magnit": ["109841"], "dixy": [], "perekrestok": ["4295468"],
        }, "fresh dill: Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh, 100г» (a 100 g pack taken "
           "as a bunch); dried dill, the «петрушка-укроп-лук» assortment and herring/cheese «с укропом» excluded"),
    ]),
    # fyb16 couple, evening for two
    ("вино красное сухое недорогое, сыр бри к вину, виноград кишмиш к сыру", [
        ("вино красное сухое недорогое", {
            "pyaterochka": [],
            "magnit": ["229b7b954e", "e70e8ddb93", "bade36759d", "ce196366c4", "5d8a8a24cf", "199091", "167471",
                       "205611", "104811", "82c49b7fbf", "c2612cf80f", "202001", "202011", "202281", "e8053f6404",
                       "168041", "111851", "7ad3172a4a", "213501", "213381"],
            "dixy": [], "perekrestok": [],
        }, "still red dry wine of any origin; semi-dry (п/сух), semi-sweet, rosé, white, sparkling, port, "
           "alcohol-free wines (Перекрёсток Sin Albali) and mulled-wine kits excluded; «недорогое» is a wish"),
        ("сыр бри к вину", {
            "pyaterochka": ["3693219"], "magnit": [], "dixy": [],
            "perekrestok": ["4108549", "4392389", "4325430", "3693219", "3621896", "3640880"],
        }, "Brie of any brand (President Petit Brie / Бри, Ришелье, Маркет, White Cheese From Zhukovka); processed «CRÈME "
           "DE BRIE», camembert and other mould cheeses excluded"),
        ("виноград кишмиш к сыру", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["48660", "57580", "48657"],
        }, "kishmish (seedless) grapes: «Виноград Киш-миш», «Киш-миш чёрный» and «Виноград белый без косточек» (outside "
           "knowledge: киш-миш is the everyday name of seedless table grapes); Тайфи, Шайн Мускат (named varieties), "
           "Магнит «Виноград черный», grape juices/nectars and grapeseed oil excluded"),
    ]),
    # fyb17 family with a baby.  REPLACEMENT (see README "Replacements"): the blind draft's first item
    # «творожок агуша клубника» was replaced by «пюре агуша для малыша» after labelling, because all three
    # blind items were missing in every store (no Агуша творожок, no ФрутоНяня buckwheat porridge, no diapers).
    ("пюре агуша для малыша, каша фрутоняня гречневая, подгузники памперс 4 размера", [
        ("пюре агуша для малыша", {
            "pyaterochka": ["3422803", "3606462", "3606438", "3606463", "3606461", "3943185", "3943192", "3943187",
                            "3943196"],
            "magnit": [], "dixy": [], "perekrestok": [],
        }, "REPLACEMENT item (written after the offers were read; the blind item «творожок агуша клубника» had no Агуша "
           "curd in any store). Any Агуша baby puree — fruit pouches (груша, яблоко, яблоко-персик, яблоко-банан-печенье), "
           "fruit-vegetable and fruit-cereal purees and the meat puree цыпленок-говядина; Агуша milk, juices, «вода+сок» "
           "drinks and ryazhenka, and other brands' purees (ФрутоНяня, Gerber, Heinz, Растишка, Сады Придонья) excluded"),
        ("каша фрутоняня гречневая", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "ФрутоНяня buckwheat porridge; the only ФрутоНяня porridges are multigrain and oat, excluded; Nestlé «Каша "
           "ГРЕЧНЕВАЯ сухая безмол.» and ТЕМА «мол. греч.» (other brands) excluded"),
        ("подгузники памперс 4 размера", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Pampers diapers size 4; no diapers of any brand are offered"),
    ]),
    # fyb18 family, weekend party
    ("крылышки куриные для духовки, кетчуп хайнц томатный к крылышкам, кока кола 2 л", [
        ("крылышки куриные для духовки", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["4318771"],
        }, "raw chicken wings: Перекрёсток «Крылья Первая Свежесть локтевая часть»; Горячая штучка «Хрустящие Крылышки "
           "острые к пиву» (breaded, pre-cooked frozen snack), wing-flavoured croutons and other chicken parts excluded; "
           "«для духовки» is a purpose"),
        ("кетчуп хайнц томатный к крылышкам", {
            "pyaterochka": ["4086400"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Heinz tomato ketchup: «Томатный кетчуп Heinz 342г»; HEINZ «Кетчуп томат. с горч.» (with mustard, another "
           "variety), Heinz sauces, tomato paste and other brands' ketchups excluded"),
        ("кока кола 2 л", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["1860"],
        }, "Coca-Cola 2 l: Перекрёсток «Coca-Cola, 2л»; Coca-Cola 0.9/1/1.5 l, Coca-Cola Vanilla/Orange/zero, and other "
           "colas in 2 l (Черноголовка, Любимая Кола) excluded (brand and size written)"),
    ]),
    # fyb19 pensioner, pantry stock
    ("тушенка из говядины гост, сгущенка рогачев в банке, макароны рожки по-флотски, спички хозяйственные", [
        ("тушенка из говядины гост", {
            "pyaterochka": ["3480976", "2160460"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "canned stewed beef made to ГОСТ: «Говядина Семейный Бюджет, Гост, тушеная», «ЛЮБ.ДОМ Говядина туш.ГОСТ в/с»; "
           "stewed beef without ГОСТ in the title (Великолукский высший сорт, АК СНОВ, Барс Экстра, Лужская марка, Русь "
           "Экстра), stewed pork/venison and chicken excluded"),
        ("сгущенка рогачев в банке", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Рогачёв sweetened condensed milk; only Рогачёв «вареное» (boiled, Егорка) is offered in Пятёрочка and Магнит, "
           "excluded as a different product; Алексеевское condensed milk (other brand) and Рогачевъ drinking milk "
           "excluded"),
        ("макароны рожки по-флотски", {
            "pyaterochka": ["4008046"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "elbow pasta: «Макаронные изделия … Витой рожок, 450 г» (twisted horns); spaghetti, penne/перья, pipe rigate, "
           "spirals, shells, snails and instant noodles excluded; «по-флотски» is a purpose"),
        ("спички хозяйственные", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "household matches; none offered"),
    ]),
    # fyb20 someone living alone, soup week
    ("кефирчик 2.5 процента, сардельки свиные, капуста белая на щи, лимон к чаю", [
        ("кефирчик 2.5 процента", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "kefir 2.5%; no kefir is offered (2.5% milk and yoghurts excluded)"),
        ("сардельки свиные", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "pork sardelki; the only sardelki are «Говяжьи оригинальные» and «Докторские», excluded; шпикачки (another "
           "product) and sausages excluded"),
        ("капуста белая на щи", {
            "pyaterochka": [], "magnit": [], "dixy": ["4738b3129c"], "perekrestok": [],
        }, "white cabbage: Дикси «Капуста белокочанная ранняя»; Chinese cabbage, cauliflower, broccoli, sauerkraut and "
           "sea kale excluded; «на щи» is a purpose"),
        ("лимон к чаю", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "fresh lemons; none offered (Магнит «Лайм» is another fruit; lemon-flavoured goods excluded)"),
    ]),
    # fyb21 student, tea corner
    ("чай зеленый гринфилд в пакетиках, имбирь свежий немного для чая, шоколадка аленка молочная", [
        ("чай зеленый гринфилд в пакетиках", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Greenfield green tea in bags; only Greenfield black teas (Spring Melody, Kenyan Sunrise, Golden Ceylon) are "
           "offered, excluded; other brands' green teas (Tess, Saito, Assand) excluded"),
        ("имбирь свежий немного для чая", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "fresh ginger root; only pickled ginger (Скатерть-Самобранка, Магнит «Имбирь маринованный»), candied ginger "
           "and ginger-flavoured goods are offered, excluded"),
        ("шоколадка аленка молочная", {
            "pyaterochka": ["3426468", "3601839"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Алёнка milk chocolate bars 200 g and 15 g (searched with ё and е); АЛЕНКА confectionery gift sets excluded"),
    ]),
    # fyb22 couple, rolls at home
    ("форель слабосоленая нарезка, авокадо спелое 2 шт, сыр филадельфия сливочный для роллов", [
        ("форель слабосоленая нарезка", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["3387456", "4349602", "4428364", "11778", "4019282", "6204"],
        }, "lightly salted trout sliced («филе-ломтики»); trout pieces («филе-кусок», incl. Пятёрочка РУС.МОРЕ 200г = "
           "Перекрёсток «филе-кусок» under the same id, Балтийский берег «кусок»), Silver Fish «с розмарином» and Люди "
           "Любят «филе слабосолёное» (form not stated), cold-smoked and half-smoked trout, frozen steaks, trout roe "
           "and Felix cat food excluded"),
        ("авокадо спелое 2 шт", {
            "pyaterochka": ["3148279", "2131933"], "magnit": ["168561", "109421"], "dixy": [],
            "perekrestok": ["3948371", "3356275"],
        }, "fresh avocados of any pack; «спелое» is a wish (ripeness cannot be read from titles) and «2 шт» a quantity; "
           "Дикси's 700 g pack is out of stock; avocado oil and mayonnaise excluded"),
        ("сыр филадельфия сливочный для роллов", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Philadelphia cream cheese; no Philadelphia is offered. Other brands' cream cheeses (Hochland, Almette, "
           "Violette, Valio «Сливочный») excluded because the brand is written (a judgement: «филадельфия» is sometimes "
           "used generically for roll cheese)"),
    ]),
    # fyb23 family, Sunday tea
    ("мороженое пломбир в вафельном стаканчике, зефир бело-розовый ванильный, торт наполеон к чаю", [
        ("мороженое пломбир в вафельном стаканчике", {
            "pyaterochka": ["4009747"], "magnit": ["5e86759538", "bac7d8405e", "454d2f4e9d"], "dixy": [],
            "perekrestok": [],
        }, "plombir in a waffle cup of any flavour: Свитлогорье, СЛАВИНО vanilla and chocolate «в ваф/стак», 48 КОПЕЕК "
           "«стак пломбир 88г» (taken as a waffle cup — outside knowledge); plombir in cones («рожок»), bricks, "
           "flow-packs, eskimo, «КАК РАНЬШЕ» 70 г (form not stated) and milkshakes excluded"),
        ("зефир бело-розовый ванильный", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "white-and-pink (vanilla) zefir; none offered: glazed/chocolate zefir (Шарлиз ваниль, «в шоколадной "
           "глазури»), Белевский зефир (apple-based, blackcurrant, «с ароматом ванили гл.»), strawberry, smoothie and "
           "LOVE IS marshmallow excluded"),
        ("торт наполеон к чаю", {
            "pyaterochka": ["3695494", "4047688"], "magnit": [], "dixy": [], "perekrestok": ["4325084", "4295622"],
        }, "Napoleon cakes: МИРЭЛЬ «НАПОЛЕОН КЛАССИЧЕСКИЙ», Русская Нива, Home Napoleon «Наполеон домашний», Черёмушки "
           "«Наполеон слоёный»; «Пирожное наполеон» (a pastry), Home Napoleon «Медово-Сметанный» (another cake of the "
           "brand) and «Коржи для торта Наполеон» excluded"),
    ]),
    # fyb24 someone living alone with a cat
    ("корм для кошек вискас пауч с курицей, наполнитель комкующийся для кошачьего туалета, молоко простоквашино 2.5", [
        ("корм для кошек вискас пауч с курицей", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "Whiskas adult cat pouch with chicken; the only Whiskas chicken pouches are for kittens («для котят», "
           "excluded); Whiskas with turkey, duck, beef and other brands' chicken food excluded"),
        ("наполнитель комкующийся для кошачьего туалета", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": [],
        }, "clumping cat litter; no cat litter is offered"),
        ("молоко простоквашино 2.5", {
            "pyaterochka": [], "magnit": [], "dixy": [],
            "perekrestok": ["2093081", "587286c051", "013e119412"],
        }, "Простоквашино drinking milk of exactly 2.5% (pasteurised and UHT); Простоквашино 1.5/3.2%, отборное "
           "3.4-4.5%, топлёное, безлактозное 1.5% and other brands' 2.5% milk excluded"),
    ]),
    # fyb25 family, sandwiches for the week
    ("хлеб белый нарезанный, колбаса сервелат финский, сыр ламбер, огурцы маринованые хрустящие", [
        ("хлеб белый нарезанный", {
            "pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": ["3974714"],
        }, "pre-sliced white wheat bread: Перекрёсток «Батон Нарезной нарезка»; Пятёрочка «Батон Звездный нар» "
           "(«нарезной» is the loaf type, not stated sliced), rye/rye-wheat breads (Даниловский, Марьин, Ржаной Край), "
           "хлебцы and tortillas excluded"),
        ("колбаса сервелат финский", {
            "pyaterochka": ["3442569"], "magnit": [], "dixy": [], "perekrestok": ["4394293", "4217621"],
        }, "cervelat «Финский»: Рублевский, Бахрушинъ, Папа Может; other cervelats (Кремлевский, Австрийский, Ореховый, "
           "российский, зернистый, Швейцарский, Коньячный, имбирный) excluded"),
        ("сыр ламбер", {
            "pyaterochka": ["4070003"], "magnit": ["199231"], "dixy": [], "perekrestok": ["3446834"],
        }, "Ламбер cheese of any variant (Ламбер 50% by weight, «Ламбер» Маасдам, Ламбер Тильзитер); Lambertz gingerbread "
           "excluded"),
        ("огурцы маринованые хрустящие", {
            "pyaterochka": ["2147768", "3952588"], "magnit": [], "dixy": [], "perekrestok": [],
        }, "marinated cucumbers: Скатерть-Самобранка «Огурчики маринов.», Дядя Ваня «Огурцы Пикули Одесские "
           "пастеризованные» (marinated — outside knowledge); salted/barrel cucumbers and корнишоны (Глобус "
           "«соленые огурчики», Мелень, Магнит «Огурцы соленые, Корнишоны», Маркет бочковые), the «Черри и "
           "Корнишоны» assortment and fresh cucumbers excluded; «хрустящие» is a wish"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyb"))
