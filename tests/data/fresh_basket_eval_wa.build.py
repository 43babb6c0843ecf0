#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wa.jsonl -- shopping lists of a couple expecting a baby (late pregnancy; the
husband shops for his wife), hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wa.build.py

LISTS below is literal data: 25 lists (3-5 items) as such a household would type them to a Telegram bot
-- healthy food she is allowed, her cravings (pickles, sweet, sour), plain food without additives, things
for the maternity-hospital bag, household basics -- and for every item the product ids of every in-stock
offer of every store that a reasonable shopper who wrote exactly that item would accept.  The lists were
written first, before any offer was read, and saved read-only as fresh_basket_eval_wa.blind_lists.txt;
this script checks that every list text equals that blind draft, apart from the items in REPLACED (an
item replaced because its whole list was empty in all four stores).  Candidate titles were grepped
broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings) and read one by one; the note of each item records what was accepted, what was deliberately
left out and any judgement resting on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool
being evaluated.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and writes the
JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are
fwa01, fwa02, ... in LISTS order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wa.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wa.blind_lists.txt")

# list id -> (item as written in the blind draft, item as it is now); see the README, "Replacements".
REPLACED = {
    "fwa16": ("крем детский под подгузник", "крем детский в роддом"),
    "fwa17": ("печенюшки овсяные без сахара", "овсяные печенюшки"),
}

E = []  # an empty list: nothing acceptable in that store

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwa01 cravings: pickles and sour
    ("огурчики бочковые соленые, квашеной капусты банку, лимонов штуки 3", [
        ("огурчики бочковые соленые", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4404269"],
        }, "barrel-salted cucumbers: only Перекрёсток «Огурцы солёные бочковые Маркет» says бочковые; salted cucumbers "
           "that do not say barrel (Магнит «Огурцы соленые МЕЛЕНЪ, Муромские», Магнит «Огурцы соленые, Корнишоны», "
           "Пятёрочка «Глобус соленые огурчики СТАРОРУССКИЕ»), marinated and fresh cucumbers, «ОГУРЕЧНАЯ СВЕЖЕСТЬ» "
           "shampoo excluded"),
        ("квашеной капусты банку", {
            "pyaterochka": E,
            "magnit": ["200101"],
            "dixy": E,
            "perekrestok": ["4400341", "4400340", "4325076", "4325075", "4325074", "4325073", "4336623", "4336625",
                            "4336624"],
        }, "sauerkraut of any kind (кислая, кисло-сладкая, with carrot, cranberry or horseradish, Белая Дача "
           "«фитнес»/«Деревенская»); «банку» is a quantity; Korean-style cauliflower, sea-kale salad, fresh white/"
           "Chinese cabbage, broccoli excluded"),
        ("лимонов штуки 3", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh lemons in any store; citric acid, lemonades, lemon-flavoured drinks, sweets and cleaners excluded"),
    ]),
    # fwa02 maternity-hospital bag
    ("вода детская фрутоняня 5л\nкрекеры несладкие\nдетские влажные салфетки с клапаном\nпрокладки послеродовые", [
        ("вода детская фрутоняня 5л", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "the brand ФрутоНяня is required and no store has ФрутоНяня water; children's waters of other brands "
           "(Пятёрочка «Вода Honey kid, Черноголовская, питьевая, 5 л», Магнит «АКВАЛАЙН Для ляль Вода питьевая "
           "д/детского питания 5л», Пятёрочка Святой Источник «Светлячок» 0,33 л) and ФрутоНяня juices, nectars and "
           "purees excluded"),
        ("крекеры несладкие", {
            "pyaterochka": ["4024592", "3950922", "3490862", "3943974", "3943973"],
            "magnit": ["199291"],
            "dixy": E,
            "perekrestok": E,
        }, "savoury crackers: TUC of any flavour (краб, пицца, сметана-лук, сыр) and Пятёрочка «Крекер \"С кунжутом и "
           "семенами льна\"» (taken as unsweetened -- outside knowledge); Пятёрочка «Крекер Забавные животные» (a sweet "
           "children's cracker -- outside knowledge), chocolate «с соленым крекером TUC», sushki, crispbread and "
           "cookies excluded"),
        ("детские влажные салфетки с клапаном", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3697052"],
        }, "baby wet wipes: Kokoro «для новорожденных» 20 шт; no title says whether the pack has a lid (клапан), so "
           "this cannot be checked and is not used to exclude; universal Tolli Plus, antibacterial/antiseptic wipes "
           "(Home Story, SALFETI, Пр!ст «косметические»), ZEWA moist toilet paper excluded (not baby wipes)"),
        ("прокладки послеродовые", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no postpartum pads in any store; ordinary sanitary pads (Kotex, Always, Libresse), Discreet/Carefree "
           "panty liners and baby diapers excluded"),
    ]),
    # fwa03 healthy dairy
    ("творог 5% без добавок, йогурт натуральный без сахара и без добавок, бананы спелые (не зеленые)", [
        ("творог 5% без добавок", {
            "pyaterochka": ["3617778"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4216657"],
        }, "plain cottage cheese of exactly 5% (Село Зелёное 500 г, Молочный знак 180 г); Домик в деревне «Творог "
           "мягкий» 5,5%, Брест-Литовск 3%, grained curd with cream or fruit (Савушкин «101 ЗЕРНО+СЛ.», Данон «в "
           "йогурте»), children's flavoured curds, curd desserts and сырники excluded"),
        ("йогурт натуральный без сахара и без добавок", {
            "pyaterochka": ["3954723", "3503857", "3433156", "4035474", "3632187"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain yoghurts: Neo «без сахара», Зелёная Линия «натуральный»; plain Greek yoghurts (Teos, Простоквашино "
           "2%) and yoghurts whose title names no flavour or filling (DANONE/ДАНОН 3,3% 110 г and 350 г, Bio-Max "
           "«Классический», Активиа 2,4% 260 г, EPICA «Йогурт пит.2,9%») taken as the unsweetened natural variant -- "
           "outside knowledge; Пятёрочка Сарафаново «Йогурт термостат.дет.1,5%» and «ВЕРХОВЬЕ Биойог.об.пробиот.дет.3,5%» "
           "(children's yoghurts, sweetness unknown), every fruit/flavoured yoghurt, Viola Greek «Малина-Мята», Actimel and Имунеле excluded"),
        ("бананы спелые (не зеленые)", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas incl. «Organic» and «мини»; ripeness cannot be checked and is a wish; dried bananas and "
           "banana-flavoured goods excluded"),
    ]),
    # fwa04 copied from her message
    ("молоко 3.2 (только не ультрапастеризованное)\nтворог домик в деревне 9%\nяблоки зеленые (кислые!)\nгречневой крупы ядрицы пачку", [
        ("молоко 3.2 (только не ультрапастеризованное)", {
            "pyaterochka": ["3425329"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["eaf7de5f17", "4259100", "52d96fd806", "ecc07a0e68"],
        }, "pasteurised cow milk of exactly 3.2% (Зелёная Линия, Простоквашино 1.4 л, Село Зелёное 1.947 л, Углече "
           "Поле); Пятёрочка «Молоко Село зеленое, 3,2%, 2 л» states no treatment and is taken as the pasteurised Село "
           "Зелёное 2 l bottle (Перекрёсток titles it пастеризованное) -- outside knowledge; UHT milk (Маша и Медведь, "
           "Сарафаново, Агуша, Весёлая коровка, Вкуснотеево, Вологодское, Пр!ст…), sterilised milk (Можайское, "
           "Рогачевъ; she wants fresh milk), топлёное, ranges (3.2-4, 3.2-4.5, 3.2-6, 3.4-6) and 3.7% excluded"),
        ("творог домик в деревне 9%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Домик в деревне curd exists only as Пятёрочка «Творог мягкий» 0,1% and 5,5%; 9% curds of other brands "
           "(Вкуснотеево, Молочный знак) excluded because the brand was written"),
        ("яблоки зеленые (кислые!)", {
            "pyaterochka": E,
            "magnit": ["200671"],
            "dixy": E,
            "perekrestok": E,
        }, "green sour apples: Магнит «Яблоки Гренни Смит»; red apples (Ред Делишес, Гала, Медовый хруст, «красные»), "
           "Перекрёсток «Яблоки сезонные» (colour not stated), apple chips, juices and sweets excluded"),
        ("гречневой крупы ядрицы пачку", {
            "pyaterochka": E,
            "magnit": ["203081"],
            "dixy": E,
            "perekrestok": E,
        }, "Магнит «Крупа Гречневая Prosto, 500 г» does not say ядрица but is taken as ядрица (the ordinary packed "
           "buckwheat groats; продел is always named) -- outside knowledge; buckwheat flakes (Увелка, Мистраль), "
           "Prosto «Рис и греча», soba noodles, canned каша and baby food excluded"),
    ]),
    # fwa05 sweet cravings
    ("пломбир в вафельном стаканчике 2 шт, зефирки белые, халва подсолнечная (без глазури)", [
        ("пломбир в вафельном стаканчике 2 шт", {
            "pyaterochka": ["4009747"],
            "magnit": ["454d2f4e9d", "5e86759538", "bac7d8405e"],
            "dixy": E,
            "perekrestok": E,
        }, "plombir ice cream in a waffle cup: Свитлогорье, Славино «в ваф/стак» vanilla and chocolate plombir, "
           "Магнит «48 КОПЕЕК Мороженое стак пломбир 88г» (стак. = the brand's waffle cup -- outside knowledge); "
           "plombir briquettes and flow-packs, эскимо, рожки, Магнит «КАК РАНЬШЕ пломбир ваниль, 70г» (form not "
           "stated) excluded"),
        ("зефирки белые", {
            "pyaterochka": ["3489477"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "unglazed white zefir: Белёвский «Антоновский» (white apple zefir -- outside knowledge); glazed or "
           "chocolate zefir (Шарлиз, Белевский «с ароматом ванили гл.», Вдохновение), coloured/flavoured zefir "
           "(черносмородиновый, с клубникой, Immuno абрикос-манго), Белевский «Зефирное детство» (colour and flavour "
           "not stated), LOVE IS, «MARSHMAL.PREM.… МИНИ ФОРМ.БЕЛ» and «Кислые в кубе» marshmallows (not zefir) excluded"),
        ("халва подсолнечная (без глазури)", {
            "pyaterochka": ["3937598"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Тимоша «ХАЛВА подсолнечная воздушная» (unglazed); Магнит Дружба «Халва с арахисом», wafers with halva "
           "excluded"),
    ]),
    # fwa06 healthy dinner
    ("индюшиное филе грудки, брокколи замороженную пачку, бурый рис (нешлифованный), оливковое масло нерафинированное", [
        ("индюшиное филе грудки", {
            "pyaterochka": ["3966112", "3662143", "4013612"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3688509", "3979117", "4326921", "3966112", "3662143"],
        }, "raw turkey breast meat: «Филе грудки индейки» (Индилайт, Пава-Пава, Зелёная Линия), Индилайт «Стейк "
           "(из) грудки», Индилайт «Филе малое» and Пятёрочка «Вырезка из индейки» (the small inner breast fillet -- "
           "outside knowledge); thigh and drumstick fillets, Магнит «Филе индейки, в маринаде» and Перекрёсток «Стейк "
           "индейки По-мексикански в маринаде» (part not stated, marinated), mince, азу, медальоны, canned SETRA "
           "fillet, ham, pastrami and sausages excluded"),
        ("брокколи замороженную пачку", {
            "pyaterochka": E,
            "magnit": ["23e8f39e40"],
            "dixy": E,
            "perekrestok": E,
        }, "МОРОЗКО Green frozen broccoli 800 г; ФрутоНяня broccoli purees and vegetable mixes excluded"),
        ("бурый рис (нешлифованный)", {
            "pyaterochka": ["2167599"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "АГРО-АЛЬЯНС «Рис ЭКСТРА БУРЫЙ»; Увелка Девзира «слабошлифованная», white, basmati, jasmine and plov rice, "
           "Мистраль «АКВАТИКА MIX» excluded"),
        ("оливковое масло нерафинированное", {
            "pyaterochka": ["63538", "2153521", "4082388"],
            "magnit": ["204571", "190b32a64b"],
            "dixy": E,
            "perekrestok": E,
        }, "unrefined olive oil: MONINI «нераф.», Global Village «нераф. Extra Virgin», Filippo Berio Organic Extra "
           "Virgin / «EV» and Монини «Экстра Вирджин» (extra virgin oil is unrefined -- outside knowledge); Global "
           "Village «рафинированное, с добавлением нерафинированного», Магнит «Масло оливковое Pure», sunflower oil "
           "«с доб олив», olive mayonnaise, olives and tuna in olive oil excluded"),
    ]),
    # fwa07 maternity-hospital bag and the baby
    ("пеленки одноразовые впитывающие 60х90\npampers для новорожденных\nвода без газа 0.5 6 бутылок\nсушечки с маком 2 пачки\nватные палочки с ограничителем", [
        ("пеленки одноразовые впитывающие 60х90", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3692978"],
        }, "Kokoro «Пеленки одноразовые впитывающие детские 60х90см»; nothing else is an underpad"),
        ("pampers для новорожденных", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Pampers exist only in sizes 3-6 and as pants; no newborn (size 1) Pampers; Kokoro «Mini р.2» and Huggies "
           "excluded because the brand was written"),
        ("вода без газа 0.5 6 бутылок", {
            "pyaterochka": ["3024", "3635119"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["1914"],
        }, "still drinking or table water in 0,5 l bottles: Evian «н/газ», Легенда Гор «столовая негаз», Святой "
           "источник «негазированная, 500мл»; Магнит «НАРЗАН ЭЛИТА, негазированная» (a medicinal-table water -- "
           "outside knowledge), sparkling and medicinal waters (Ессентуки, Джермук, Нагутская, GORJI), 0,45/0,33 l "
           "bottles (Байкал 450 мл, Светлячок), waters whose gas is not stated (Мтаби, Arivali), flavoured Аква "
           "Минерале and drinks excluded"),
        ("сушечки с маком 2 пачки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no sushki with poppy seeds; Пятёрочка «Баранки оригинал.с маком» (baranki, not sushki), «Мини сушка "
           "Семейка Озби, ваниль» (no poppy), poppy-seed roll and baking poppy excluded"),
        ("ватные палочки с ограничителем", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no cotton buds in any store"),
    ]),
    # fwa08 sour and salty cravings
    ("помидоры маринованные, маслины без косточек баночку, селедочку в масле", [
        ("помидоры маринованные", {
            "pyaterochka": E,
            "magnit": ["236bd5a9d5"],
            "dixy": E,
            "perekrestok": E,
        }, "МОЯ ЦЕНА «Томаты маринованные»; Магнит «Томаты соленые, красные» (salted, not marinated), «Ассорти Черри "
           "и Корнишоны» (a mix), fresh tomatoes, tomato juice and paste excluded"),
        ("маслины без косточек баночку", {
            "pyaterochka": ["3013064", "3436379", "4005881"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4249106"],
        }, "pitted black olives (маслины) Bonduelle, IBERICA, Filippo Berio, La Explanada; маслины «с костью», green "
           "and stuffed olives, olive oil excluded"),
        ("селедочку в масле", {
            "pyaterochka": ["4043492", "3603143", "3682728", "3626055", "3637884", "3497722"],
            "magnit": ["29793287b9", "8f5e5b9485", "ee295ae8a7", "3068665d37", "112371"],
            "dixy": E,
            "perekrestok": ["4056953", "3621742", "3497722", "3637884", "79542", "79544", "4360965", "4034451",
                            "4367699", "4367712", "4147685", "4364448", "4225103"],
        }, "herring fillet or pieces in oil, also with dill, onion or «с ароматом дыма»; Пятёрочка «САН.БР.Филе "
           "сельди МАТ.ХХL дел.ж/б» (Перекрёсток titles the same id «в масле») and Матиас «деликатесное "
           "оригинальное» 400 г (Matias «оригинал» is in oil -- outside knowledge) accepted; Пятёрочка «Сельдь Тесей "
           "Царская, с укропом» (oil not stated), herring in wine or spicy заливка, рассол or «бочковая … в заливке», "
           "whole/special-salted herring, Магнит «ассорти По-шведски», shuba salad and herring roe excluded"),
    ]),
    # fwa09 washing the baby's things
    ("порошок детский ушастый нянь, кондиционер для детского белья, мыло хозяйственное 72 процента кусок, туалетку zewa", [
        ("порошок детский ушастый нянь", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Ушастый нянь products; Магнит «Стиральный порошок Tide, Детский» and other powders excluded because "
           "the brand was written"),
        ("кондиционер для детского белья", {
            "pyaterochka": ["3625310"],
            "magnit": ["5f87c5ca15"],
            "dixy": E,
            "perekrestok": E,
        }, "children's laundry conditioner: Vernel/ВЕРНЕЛЬ «детский»; adult conditioners (Lenor, other Vernel, Е "
           "«Сенситив») and hair conditioners excluded"),
        ("мыло хозяйственное 72 процента кусок", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no laundry soap in any store; toilet soaps (Safeguard, Camay, Fax, Dove) and liquid soap excluded"),
        ("туалетку zewa", {
            "pyaterochka": ["3493108", "4059050", "3900558", "3326206"],
            "magnit": ["204551"],
            "dixy": E,
            "perekrestok": E,
        }, "Zewa toilet-paper rolls (Just 1, Deluxe, Plus); ZEWA moist toilet paper («туал.влаж.» PURE and NATURAL "
           "CAMOMILE), ZEWA paper towels and other brands (Papia, Familia) excluded"),
    ]),
    # fwa10 copied from her message
    ("сок гранатовый (100% не нектар)\nчернослив без косточек\nкурагу грамм 300\nкефирчик 1% (свежий смотри дату)", [
        ("сок гранатовый (100% не нектар)", {
            "pyaterochka": ["3920295", "3620708", "3165884"],
            "magnit": ["87dd042218", "1e273f6605"],
            "dixy": E,
            "perekrestok": ["3465930", "40350"],
        }, "pomegranate juice, direct or reconstituted (a product sold as «сок» is 100% juice), incl. Nar «для "
           "детского питания»; pomegranate-flavoured drinks (Rich «Гранат», Vit&Go, Viteo), Narsharab sauce and the "
           "Балтика №0 beer drink excluded"),
        ("чернослив без косточек", {
            "pyaterochka": ["3608001"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "NaturFoods «Чернослив сушеный, без косточек»; yoghurts, sweets, cookies and pâté with prunes excluded"),
        ("курагу грамм 300", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no dried apricots in any store; Велле oat product «Курага» and dried-fruit mixes excluded"),
        ("кефирчик 1% (свежий смотри дату)", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no kefir in any store; Actimel, Имунеле, «Биолакт», ряженка and yoghurts excluded"),
    ]),
    # fwa11 maternity-hospital bag
    ("галетное печенье подешевле, вода агуша 0.5, салфетки влажные без спирта", [
        ("галетное печенье подешевле", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no galety in any store; Любятово «Мария» (glazed затяжное), Petit Beurre, «Goute», crackers and other "
           "cookies excluded; «подешевле» is a wish"),
        ("вода агуша 0.5", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Агуша water; Агуша «вода+сок» 300 мл is a juice drink, and 0,5 l waters of other brands are excluded "
           "because the brand was written"),
        ("салфетки влажные без спирта", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3697052"],
        }, "no title says «без спирта»; Kokoro «для новорожденных» accepted as baby wipes are alcohol-free -- "
           "outside knowledge; Tolli Plus (composition unknown), antibacterial and antiseptic wipes (Home Story, "
           "SALFETI, Пр!ст «антибактериальные косметические») and moist toilet paper excluded"),
    ]),
    # fwa12 plain food without additives
    ("масло сливочное 82.5 натуральное, яйца десяток (покрупнее), хлебушка цельнозернового, сыр адыгейский кусок", [
        ("масло сливочное 82.5 натуральное", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "butter of exactly 82,5% (unbranded «сладко-сливочное традиционное» 380 г, Вкуснотеево, «Традиционное» "
           "175 г, Тысяча озёр); Простоквашино 82% (Магнит, Дикси), Президент кислосливочное 82%, Брест-Литовск "
           "72,5%, margarine, топлёная смесь and chocolate butter excluded"),
        ("яйца десяток (покрупнее)", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "hen eggs in packs of 10 of any class (С1, СО/отборные/Экстра СО); «покрупнее» is a wish; packs of 6 and "
           "20, quail eggs excluded"),
        ("хлебушка цельнозернового", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no wholegrain bread; Пятёрочка «Хлеб зерновой, Ржаной Край» (зерновой is not цельнозерновой), crispbread "
           "and Юбилейное cookies «с цельнозерновыми злаками» excluded"),
        ("сыр адыгейский кусок", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Адыгейский cheese in any store; other cheeses excluded"),
    ]),
    # fwa13 sour cravings
    ("тархун газировка, мармелад кислый, грейпфрутов 2 шт", [
        ("тархун газировка", {
            "pyaterochka": ["3921439"],
            "magnit": ["24f0ca6987"],
            "dixy": E,
            "perekrestok": ["3013417"],
        }, "tarragon soda: «Любимый Тархун» 1,5 л, Черноголовка «Тархун» 0,5 л and 2 л; other lemonades (Байкал, "
           "Дюшес, classic), «шипучка» caramel excluded"),
        ("мармелад кислый", {
            "pyaterochka": ["3928270", "3635491"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "sour marmalade: БОН ПАРИ «КИСЛЫЕ ЗМЕЙКИ», Чупа Чупс «SOUR TUBES»; other jelly and gummy marmalades "
           "(Haribo, Fruittella, Mamba, Белевский, Махеевъ, Lucky Days…), «Кислые в кубе» marshmallow and Магнит "
           "«БЕЛЕВСКАЯ ПАСТИЛА Мармелад» excluded"),
        ("грейпфрутов 2 шт", {
            "pyaterochka": E,
            "magnit": ["168611", "199701"],
            "dixy": E,
            "perekrestok": E,
        }, "fresh grapefruit (in a net or by weight); grapefruit juice, drinks, shampoo and air freshener excluded"),
    ]),
    # fwa14 breakfast
    ("геркулес (который варить надо а не быстрый), молоко 2.5% литр, медок натуральный, орехи грецкие чищенные", [
        ("геркулес (который варить надо а не быстрый)", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "rolled oats that need cooking: Клинские «Геркулес», Увелка «Хлопья зерн.овсян.трад.» (traditional flakes "
           "are the геркулес kind -- outside knowledge); Быстров «без варки», ready каша (Ясно Солнышко, Heinz), "
           "Velle oat products, oat cookies and bran excluded"),
        ("молоко 2.5% литр", {
            "pyaterochka": ["3645808"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "4310700", "af8570f806",
                            "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8",
                            "76055bf243", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"],
        }, "cow milk of exactly 2.5% in the ~1 l pack (900 мл to 1 л / 1 кг, any heat treatment, incl. Сарафаново "
           "«детское»); «литр» read as the pack size: Магнит Вкуснотеево 0,2 л and Можайское 450 мл excluded; other "
           "fat levels, milkshakes and Чудо flavoured milk excluded"),
        ("медок натуральный", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": E,
            "perekrestok": E,
        }, "natural honey (Медовый дом «Восточная липа», «Южный цветок», «разнотравье»); «Крем-мёд … с "
           "наполнителями» (лимон-имбирь, малина), чак-чак, honey cakes and sweets excluded"),
        ("орехи грецкие чищенные", {
            "pyaterochka": ["3915361", "3982582"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "walnut kernels: BOTANICA «Ядро ореха грецкого», Mix Bar «Грецкий орех» 100 г (taken as shelled kernels -- "
           "outside knowledge); Магнит «Орех грецкий, неочищенный», nut mixes, bars, чурчхела and varenye with "
           "walnuts excluded"),
    ]),
    # fwa15 copied from her message
    ("сосиски детские (без сои!)\nмакарошки из твердых сортов пшеницы\nсыр (не плавленый любой)\nсвежие огурчики", [
        ("сосиски детские (без сои!)", {
            "pyaterochka": E,
            "magnit": ["206081"],
            "dixy": E,
            "perekrestok": E,
        }, "Магнит «Сосиски Детям» (children's sausages; «без сои» is not in the title and is taken as met because "
           "children's sausages are made without soy -- outside knowledge); молочные, сливочные and other sausages "
           "excluded"),
        ("макарошки из твердых сортов пшеницы", {
            "pyaterochka": ["18497", "18460", "18453", "18463", "3438663", "3438670", "3438666", "3687625", "4075778", "4075782",
                            "4008044", "4072891", "4072894", "4077766", "4077767", "4077771", "4008046", "4008047",
                            "4008045", "4037645", "4037644", "4037652", "4037654", "4037666"],
            "magnit": ["214631", "167851", "199251"],
            "dixy": E,
            "perekrestok": E,
        }, "dry pasta of durum wheat: titles saying «из твердых сортов» or «группа А» (group A is durum wheat by the "
           "Russian standard -- outside knowledge), Barilla, Federici («FEDER.») and La Molisana (Italian dry pasta "
           "is durum by law -- outside knowledge) and Макфа (group A -- outside knowledge); Baisad «пружинка» (wheat "
           "not stated), instant noodles, soba and pasta dishes excluded"),
        ("сыр (не плавленый любой)", {
            "pyaterochka": ["4045672", "3976999", "3619760", "4011107", "3605249", "3669895", "3448799", "3658573",
                            "3914313", "4062968", "3672506", "4070003", "3631154", "3918445", "4047497", "3695000",
                            "24647", "3462825", "4055754", "3919797", "4046889", "3436718", "3670271", "3926818",
                            "3435839", "3499152", "3670270", "3926819", "4062961", "3452403", "4087692", "3433812",
                            "3433594", "3504112", "3953338", "4078315", "3932860", "3650219", "3693219", "3665147"],
            "magnit": ["fb96cc90aa", "a75e794e26", "199231", "160261", "111651"],
            "dixy": ["05060beac0"],
            "perekrestok": ["3912980", "3498368", "3453245", "4418717", "4111694", "4263132", "4377387", "4078445",
                            "3452403", "4050804", "3480834", "4263131", "3433594", "4377381", "15105", "4394484",
                            "4260755", "3920347", "4108547", "4108549", "4392389", "3640879", "4325430", "4325429",
                            "3654470", "4029240", "3025963", "3466978", "3640880", "4108551", "4121963", "4089117",
                            "3621896", "3206443", "4011107", "3432217", "3505827", "4366826", "3432218", "4121964",
                            "4050805", "4227953", "3165362", "4226887", "4384302", "4236799", "3436716", "3668842",
                            "3963977", "4394485", "3446529", "4236800", "4302547", "3626124", "4074230", "24160",
                            "3668519", "4280100", "4349449", "4352845", "4050535", "3446834", "4349451", "3433812",
                            "3958444", "4050536", "3203422", "3620040", "4108550", "3614011", "3693219", "3918445",
                            "4280098", "3484610", "4373714", "3228233", "4289052", "4378185", "4297132", "3421874"],
        }, "any real cheese: hard, semi-hard, «лёгкий», soft, white and blue mould, brine cheeses (сулугуни, чечил, "
           "брынза, фета, Delissir Хоритаки, Фетика, Сиртаки «Сыр … рас.35%»), kajmak-style Mlekara «А ла Каймак», "
           "mozzarella and burrata, grated, sliced and assortment packs; processed cheese (incl. Пятёрочка «Сыр Виола "
           "4 Сыра, Valio» -- a processed cheese, outside knowledge), творожный/cream cheese (incl. Пятёрочка «Сыр "
           "Hochland. Сливочный, 220 г», taken as the творожный tub), Фетакса, «Продукт рассольный Сиртаки», Dorblu "
           "«Крем-сыр», сырки, cheese snacks and sausages/salads with cheese excluded"),
        ("свежие огурчики", {
            "pyaterochka": E,
            "magnit": ["200221", "169161"],
            "dixy": E,
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers: Магнит короткоплодные and среднеплодные, Перекрёсток «Огурцы Ботаника», «Огурцы "
           "Хрустящие, 450г» and «Огурцы корнишоны, 300г» (both in the fresh «Окрошка» shelf, taken as fresh -- "
           "outside knowledge); salted and marinated cucumbers excluded"),
    ]),
    # fwa16 maternity-hospital bag (one item replaced, see REPLACED)
    ("прокладки урологические в роддом, трусы послеродовые одноразовые, крем детский в роддом, мыло детское твердое", [
        ("прокладки урологические в роддом", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no urological pads in any store; Discreet panty liners and ordinary sanitary pads excluded"),
        ("трусы послеродовые одноразовые", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no disposable postpartum underwear; baby pants-diapers (Pampers, Huggies, Kokoro «Подгузники-трусики») "
           "excluded"),
        ("крем детский в роддом", {
            "pyaterochka": ["2159633"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3138354"],
        }, "REPLACED item (blind draft: «крем детский под подгузник», absent everywhere like the rest of the list): "
           "baby cream -- Пятёрочка «Крем Johnsons Baby, увлажнение», Перекрёсток «Крем детский Аванта с витаминами и "
           "ромашкой»; Johnson's baby oil, adult face/hand/foot creams (Nivea, EVO, Tolk, Чёрный жемчуг) excluded"),
        ("мыло детское твердое", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no baby soap; toilet soaps (Safeguard, Camay, Fax, Dove «крем-мыло»), AURA liquid soap excluded"),
    ]),
    # fwa17 dairy and cookies for her (one item replaced, see REPLACED)
    ("ряженку 4% простоквашино, творожки агуша 3 шт, овсяные печенюшки", [
        ("ряженку 4% простоквашино", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "the only ряженка is Пятёрочка «Ряженка Агуша, клубника, 2,9%» (other brand, fat and a flavour) -- "
           "excluded; Простоквашино milk, sour cream and butter excluded"),
        ("творожки агуша 3 шт", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Агуша curd; other children's curds (Тема, Мама Лама, nature, Верховье, «М/М Биотвор.»), Чудо curd "
           "desserts and Агуша purees, juices and ряженка excluded"),
        ("овсяные печенюшки", {
            "pyaterochka": ["3995521", "3995522", "3655049", "3639541", "3615356", "4050870"],
            "magnit": ["106061", "106071"],
            "dixy": E,
            "perekrestok": E,
        }, "REPLACED item (blind draft: «печенюшки овсяные без сахара», absent everywhere like the rest of the list): "
           "oatmeal cookies of any kind -- «Печенье овсяное \"Классическое\"» plain and with chocolate pieces, "
           "Юбилейное «овсяное», «Миндальное овсяное», Любятово «Печ.овс.с черносл/льн.сем.», Хлебный спас «Овсяное» "
           "(Мультизлаковое, Злаковое ассорти, Особое); Velle oat products, oat flakes, muesli and cereal cookies not "
           "called овсяное (Belvita, Каскад Злаковое, «МЮСЛИ») excluded"),
    ]),
    # fwa18 household basics
    ("средство для посуды fairy, губки для посуды (обычные поролоновые), мешки мусорные на 60л, бумажных полотенец упаковку", [
        ("средство для посуды fairy", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": E,
            "perekrestok": E,
        }, "Fairy hand dishwashing liquid of any scent and size incl. Platinum; AOS, BIASEPT, Sorti and dishwasher "
           "tablets (Finish, Somat) excluded"),
        ("губки для посуды (обычные поролоновые)", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no sponges in any store"),
        ("мешки мусорные на 60л", {
            "pyaterochka": E,
            "magnit": ["e9bebc57c0"],
            "dixy": E,
            "perekrestok": E,
        }, "BIG CITY LIFE «Пакеты д/мусора 60л 20шт»; Магнит «Мешки для мусора 35л» excluded (size written)"),
        ("бумажных полотенец упаковку", {
            "pyaterochka": ["3449212", "3431062", "3601010"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "paper towels: PAPIA, ZEWA, Familia; BIG CITY LIFE «Салфетки в рулоне 25x30см» (reusable cleaning wipes, "
           "not paper towels -- outside knowledge), paper napkins and toilet paper excluded"),
    ]),
    # fwa19 sweet cravings and sleep
    ("сгущенка по госту (цельная с сахаром), яблочной пастилы пачку, чай ромашковый (для сна)", [
        ("сгущенка по госту (цельная с сахаром)", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": E,
            "perekrestok": ["3332809"],
        }, "Алексеевское whole sweetened condensed milk 8,5% of any pack; no title says ГОСТ, but «молоко цельное "
           "сгущённое с сахаром 8,5%» is the name of the standard's product -- outside knowledge; boiled condensed "
           "milk (Рогачев, «Егорка») and wafers, sweets, cakes with сгущёнка excluded"),
        ("яблочной пастилы пачку", {
            "pyaterochka": ["4049946", "4086820", "4086821"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Белёвская пастила (an apple pastila -- outside knowledge): «классическая без добавления сахара», «с "
           "кедровым орехом», «с корицей»; Магнит «БЕЛЕВСКАЯ ПАСТИЛА Мармелад» (marmalade), zefir and a donut «с "
           "посыпкой из пастилы» excluded"),
        ("чай ромашковый (для сна)", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no chamomile tea; «Ромашки» sweets, Fairy «РОМАШ» and other products with chamomile excluded"),
    ]),
    # fwa20 soup and meatballs
    ("минтай филе мороженое (для тефтелек), картошки кг 2, морковь пару штук для супа, свеклы 2 шт", [
        ("минтай филе мороженое (для тефтелек)", {
            "pyaterochka": E,
            "magnit": ["199381"],
            "dixy": E,
            "perekrestok": ["4350401", "4350402"],
        }, "pollock fillet: Люди Любят frozen fillets and Магнит «Филе минтая, полуфабрикат из замороженного сырья» "
           "(frozen raw material; accepted although it may be sold thawed); other fish, fish cutlets excluded"),
        ("картошки кг 2", {
            "pyaterochka": E,
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (loose, 2,5 and 3 кг bags, new, red, for boiling/frying); «кг 2» is a "
           "quantity; potato starch, crisps, ready dishes and marzipan «Картошка» excluded"),
        ("морковь пару штук для супа", {
            "pyaterochka": E,
            "magnit": ["199761"],
            "dixy": E,
            "perekrestok": ["52112"],
        }, "fresh carrots; Leor «Морковь пикантная», Korean-style vegetables and juices excluded"),
        ("свеклы 2 шт", {
            "pyaterochka": E,
            "magnit": ["168801"],
            "dixy": E,
            "perekrestok": ["19768"],
        }, "fresh beetroot; beetroot salads excluded"),
    ]),
    # fwa21 pickles with black bread
    ("корнишоны маринованные, опята маринованные баночку, буханку черного", [
        ("корнишоны маринованные", {
            "pyaterochka": ["3952588"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Дядя Ваня «Огурцы Пикули Одесские. Пастеризованные» (tiny pickled cucumbers, taken as marinated gherkins "
           "-- outside knowledge); Магнит «Огурцы соленые, Корнишоны» (salted), «Ассорти Черри и Корнишоны» (a mix), "
           "Скатерть-Самобранка «Огурчики маринов.» (not said to be gherkins), fresh «Огурцы корнишоны» and chicken "
           "«Цыплёнок корнишон» excluded"),
        ("опята маринованные баночку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no honey mushrooms; Bonduelle marinated champignons, Магнит «Икра грибная, маринованная», fresh "
           "mushrooms excluded"),
        ("буханку черного", {
            "pyaterochka": ["3500217", "3480920", "3372334"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "dark rye-wheat loaves: Даниловский (Коломенское, and «Ржано-пшеничный, Даниловский»), Хлебный дом «Марьин, "
           "заварной» (a rye-wheat custard bread -- outside knowledge); «Хлеб зерновой, Ржаной Край» and «Хреб Ржаной Край» (the "
           "brand word does not say what bread it is), rye crispbread, croutons, rye flour and the «Бородинская» sausage excluded"),
    ]),
    # fwa22 maternity-hospital bag
    ("вода 1.5 без газа 2 шт\nбатончики мюсли пару штук\nсок яблочный маленький с трубочкой\nсалфетки влажные маленькая пачка\nпрокладки на ночь always", [
        ("вода 1.5 без газа 2 шт", {
            "pyaterochka": ["3630602", "2139858"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3020", "3966336", "1913", "37168"],
        }, "still water in 1.5 l bottles: Архыз Легенда Гор «негазированная», Пилигрим «минеральная, без газа» (taken "
           "as a table water -- outside knowledge), Evian, Архыз Горная, Святой источник, Сенежская «негазированная»; "
           "sparkling and medicinal waters (Нагутская-26, Ессентуки), 1, 2 and 5 l bottles, flavoured drinks excluded"),
        ("батончики мюсли пару штук", {
            "pyaterochka": ["3671314", "3965897", "3430185", "3430184"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "cereal (muesli) bars: Corny Big «Злаковая полоска», Nestlé Fitness «Батонч. … с цел.зл.»; fruit-nut bars "
           "(Fitofruit), SLIM BITE, Bombbar and SmartBar protein bars, chocolate bars and loose muesli excluded"),
        ("сок яблочный маленький с трубочкой", {
            "pyaterochka": ["3684252"],
            "magnit": ["eef4bdbf61", "bc852256db"],
            "dixy": E,
            "perekrestok": E,
        }, "single-fruit apple juice in small cartons: Honey Kid «яблоко» 200 мл, АГУША «Сок яблоко осв 200мл т/пак», "
           "Сады Придонья «Сок ябл прям отж 0,125л» (no title mentions the straw; these cartons are taken as the kind "
           "with one); 0,3 l bottles (Soko Grande, Rich, Добрый), 1 l packs, apple-cherry/apple-rosehip/multifruit "
           "juices, nectars and Агуша «вода+сок» excluded"),
        ("салфетки влажные маленькая пачка", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3976937", "3917869", "4166484", "3697052"],
        }, "wet wipes in small packs of 15-20 (Home Story antibacterial/antiseptic/tea-tree, Kokoro «для "
           "новорожденных»); packs of 60, 72, 80 and 150 (Tolli Plus, SALFETI, Пр!ст) and moist toilet paper "
           "excluded"),
        ("прокладки на ночь always", {
            "pyaterochka": ["3424970"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Пятёрочка «ALW.Прокл.ULT.NIGH.ЭКС.ЗАЩ.» (Always Ultra Night); Kotex «УЛЬТРА НАЙТ» and other brands, "
           "Discreet liners excluded"),
    ]),
    # fwa23 iron for her
    ("говядина на косточке для супа, печени говяжьей полкило, кабачков парочку", [
        ("говядина на косточке для супа", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no beef on the bone; boneless beef (Магнит «Лопаточная часть говядины, без кости», Мираторг «Мякоть "
           "бедра», steaks, mince), Пятёрочка «говядина шейная часть» (bone not stated), pork on the bone, stewed "
           "beef and холодец excluded"),
        ("печени говяжьей полкило", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no beef liver; Магнит «Печень свиная для жарки», liver pâtés and the salad «с говяжьей печенью» excluded"),
        ("кабачков парочку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["44110", "48632"],
        }, "fresh кабачки and «Кабачки цуккини зелёные»; кабачковая икра and canned кабачки excluded"),
    ]),
    # fwa24 light snack
    ("йогурты activia 3 шт, клюквенный морс литр, гречневые хлебцы хрустящие, сыр творожный", [
        ("йогурты activia 3 шт", {
            "pyaterochka": ["3483915", "4038830", "4045357", "4038831", "4035472", "4035473", "4035562", "4035564",
                            "4035476", "4035471", "4035474"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Активиа bio-yoghurts of any flavour and size (incl. «АКТИВ.Биойогурт черн./зл/с.льна»); unbranded "
           "Пятёрочка «Биойогурт обог…» («зимн коллек», «Чернослив-финик-сем.льна», «Вишн-яблоком-малиной», 1,0% "
           "270 г) do not name Активиа and are excluded, as are Actimel, Bio-Max, Danone, Epica and Чудо"),
        ("клюквенный морс литр", {
            "pyaterochka": ["3472445"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3695895", "3190898", "4297529"],
        }, "cranberry mors of about 1 l: Добрый «Морс КЛЮКВА» 1 л, Сады Придонья «клюквенный» 1 л, Чудо-Ягода "
           "«Клюквенный» 970 мл, Зелёная Линия 1 л; mixed mors (брусника-морошка, ягодный сбор, бруснично-малиновый), "
           "ФрутоНяня 0,5 л mixed mors, Добрый cranberry-orange drink and fresh cranberries excluded"),
        ("гречневые хлебцы хрустящие", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no buckwheat crispbread; corn-rice (Dr.Korner), rye-wheat, wheat, 5-grain, «Злаковый коктейль», "
           "бородинские and cheese crispbread and buckwheat flakes excluded"),
        ("сыр творожный", {
            "pyaterochka": ["4050140", "4042782", "4042781", "3915832", "3467389"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4391081", "16402", "2062815", "16401", "4091852", "3348646", "3467390", "3348645",
                            "3165032", "4050136", "3915831"],
        }, "творожный (cream) cheese of any flavour (сливочный, с зеленью, с огурцами, травы, «Для кулинарии»), incl. "
           "Пятёрочка «Сыр Hochland. Сливочный, 220 г» (taken as the творожный tub -- outside knowledge); Dorblu "
           "«Крем-сыр с голубой плесенью», Mlekara kajmak, processed cheese, curd, сырки and a sandwich «с творожным "
           "сыром» excluded"),
    ]),
    # fwa25 plain everyday food
    ("сметана 15% без растительных жиров, колбаса докторская самая дешевая, белый нарезной батон", [
        ("сметана 15% без растительных жиров", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": E,
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream (сметана) of exactly 15%, incl. lactose-free Parmalat and Простоквашино; no «сметанный "
           "продукт» with vegetable fat exists; 10/20/25/30% sour cream, sour-cream-flavoured snacks and sauces "
           "excluded"),
        ("колбаса докторская самая дешевая", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "Докторская boiled sausage of any brand, pack or slicing; «самая дешевая» is a wish, not a filter; "
           "«Сосиски Докторские», «Сардельки Докторские» and other boiled sausages excluded"),
        ("белый нарезной батон", {
            "pyaterochka": ["3985404"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3974714"],
        }, "Перекрёсток «Батон Нарезной нарезка Маркет», Пятёрочка «Батон \"Звездный\"нар» («нар» = нарезной -- "
           "outside knowledge); sweet buns and «батончик» bars excluded"),
    ]),
]


def blind_texts():
    """The list texts of the read-only blind draft, in order."""
    texts = []
    with open(BLIND, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("=== "):
                texts.append([])
            elif texts:
                texts[-1].append(line)
            elif not line.startswith("#"):
                sys.exit("unexpected line before the first list in %s: %r" % (BLIND, line))
    return ["\n".join(t).strip("\n") for t in texts]


def check_against_blind():
    blind = blind_texts()
    errors = []
    if len(blind) != len(LISTS):
        errors.append("%d blind lists, %d LISTS" % (len(blind), len(LISTS)))
    for n, ((text, _), draft) in enumerate(zip(LISTS, blind), 1):
        rid = "fwa%02d" % n
        expect = draft
        if rid in REPLACED:
            old, new = REPLACED[rid]
            if draft.count(old) != 1:
                errors.append("%s: replaced item %r not found once in the blind draft" % (rid, old))
            expect = draft.replace(old, new)
        if text != expect:
            errors.append("%s: text differs from the blind draft: %r != %r" % (rid, text, expect))
    for rid in REPLACED:
        if not ("fwa01" <= rid <= "fwa%02d" % len(LISTS)):
            errors.append("REPLACED names an unknown list %s" % rid)
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_against_blind()
    stats(build(LISTS, OFFERS, OUT, "fwa"))
