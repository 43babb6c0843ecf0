#!/usr/bin/env python3
"""Re-create fresh_basket_eval_f.jsonl -- a further independent set of shopping lists
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_f.build.py

The set is made of mixed household lists as people type them in Telegram to a shopping bot --
food and non-food together: laundry and dish detergents, paper goods, hygiene and cosmetics,
baby goods, pet goods, drinks (water, juice, soda, beer, wine) and staple foods -- written by
different personas (a family, a single man, an elderly couple, a young mother, a student, someone
who writes brands in Latin, someone who writes them in Cyrillic), 2-4 items each.  LISTS below is
literal data: each list as it would be typed in a chat, and for every item the product ids of
every store that a reasonable shopper would accept.  Candidate titles were grepped broadly
(stems, synonyms, the chains' abbreviations such as "д/стир.", "д/мыт.пос.", "т/б", "ж/б",
"а/пер", "д/д", Latin and Cyrillic brand spellings) and read one by one; the note of each item
records what was deliberately left out and any judgement that rests on outside knowledge.  An
empty list means the store has nothing acceptable (the item is "missing" there).  The labels
were made without reading korzina's matcher or its data files.

The lists were first written without looking at the offers; after the first labelling pass, 20
items that no chain holds were removed and three item texts of ff23/ff25 were rewritten (see
fresh_basket_eval_f.README.md, Scope).

The script only checks the data -- every id exists in real_offers.jsonl *for that store* and is
in stock (``available`` true), no id is repeated within an item, every item has a note, and the
labels are exactly the list's items in order (an item is the text between commas / new lines)
-- and then writes the JSONL in the format of real_basket_eval.jsonl.  List ids are ff01, ff02,
... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_f.jsonl")


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # a family
    ("парошок для стирки колор\nтуалетную бумагу 2 упаковки\nкофе растворимый якобс\nмолоко 2.5", [
        ("парошок для стирки колор", {
            "pyaterochka": ["2087255", "3418106", "2161528", "3023899", "2155021"],
            "magnit": ["1000286457", "50ee5ea8b5", "168231", "111621", "105881", "198901", "106541", "105941"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for coloured laundry («Color»/«Колор»/«д/цвет.бел.»), any brand («парошок» is a typo for порошок); colour gels, liquids and capsules (Persil/Ariel/Tide/Losk Color), powders not for colour (Ariel Touch of Lenor, Persil Лаванда/Вернель, Tide Детский, Bimax 1000 пятен), the toilet cleaner «Бреф Колор Актив» and Dirol «Colors» gum are excluded"),
        ("туалетную бумагу 2 упаковки", {
            "pyaterochka": ["3679801", "3449118", "3493108", "4059050", "3900558", "3450513", "3326206"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "dry toilet paper of any brand and ply; «2 упаковки» is a quantity, not a pack size; Zewa moist toilet paper («туал.влаж.»), paper towels, napkins and handkerchiefs excluded; Перекрёсток has no toilet paper"),
        ("кофе растворимый якобс", {
            "pyaterochka": ["3684932", "3626060", "3626048", "3636926", "3636923", "3372172", "3488345", "3444962"],
            "magnit": ["106161", "205121", "106231"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs instant coffee of any line (Monarch, Gold, Crema, Velour, Millicano = instant with ground coffee); Jacobs beans and ground coffee (Monarch в зернах/молотый, Barista Editions Crema молотый, MONARCH Lungo/Asian Selection at Магнит) and other brands' instant coffee excluded"),
        ("молоко 2.5", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700", "af8570f806", "66ec0f255d", "2093081", "587286c051", "013e119412", "50cb0959f8", "76055bf243", "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7", "6986e66cd9"],
        }, "drinking cow milk of exactly 2.5 % (children's drinking milk Сарафаново 2.5 % included, as in real_basket_eval); other fat levels, ranges, topped/flavoured milk, kefir-type and «Актимель 2,5%», the milkshake «Чудо детки 2,5 %» and butter «72,5 %» are excluded; Дикси's two milks are 3.2 % and 3.2–6 %"),
    ]),
    # a young woman
    ("шампунь для окрашенных волос, зубную пасту колгейт отбеливающую, йогурт питьевой клубника", [
        ("шампунь для окрашенных волос", {
            "pyaterochka": ["3506089"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a shampoo for coloured hair: only L'Oréal Elseve «Шамп-уход ЭКСП.ЦВЕТ.» (Эксперт цвета, a line for coloured hair — outside knowledge of the abbreviation); shampoos for other needs (volume, repair, dandruff, men), Gliss Kur «в ассортименте», balms/conditioners and the Ariel/Tide «Color» detergents are excluded"),
        ("зубную пасту колгейт отбеливающую", {
            "pyaterochka": ["3605411"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate whitening toothpaste: Пятёрочка «ЗП Colgate Total 12 Проф.Отбел.»; Colgate Total «Проф.чистка гель», Магнит COLGATE «Кальций-Ремин» (not whitening), Colgate toothbrushes and mouthwash, and other brands' whitening pastes (Blend-a-med 3DW, President White, Aquafresh, Splat) excluded"),
        ("йогурт питьевой клубника", {
            "pyaterochka": ["3628399", "4035473", "4066181"],
            "magnit": ["205071"],
            "dixy": [],
            "perekrestok": [],
        }, "drinking yoghurt with strawberry (strawberry/wild-strawberry counts): Чудо 270 г «клуб/земл.» (Магнит titles the same product «питьевой»), Активиа 260 г «с клубникой и земляникой» accepted as the drinking bottle (outside knowledge: Активиа 260 г is the drinkable format), the children's drinking yoghurt «со вкусом Клубничного пломбира»; mixed flavours (EPICA клубника/маракуйя, Активиа яблоко-клубника-черника, дыня-клубника-земляника), spoonable cups (Верховье 150 г, Чудо детки «вязкий»), the unbranded «Биойогурт … с клубникой 270г» whose form the title does not state, kefir-type «Коктейль … Чудо Десерт», and sweets «со вкусом клубничного йогурта» are excluded"),
    ]),
    # a cat owner
    ("корм коту сухой, наполнитель силикагелевый, сметана 20 процентов", [
        ("корм коту сухой", {
            "pyaterochka": ["3691531", "3455947"],
            "magnit": ["baa5749d3a", "854cad46ea", "2871c38926", "c42755d5d4"],
            "dixy": [],
            "perekrestok": [],
        }, "dry food for adult cats: Perfect Fit «сух» (3 kinds), Дарлинг «д/кош сух»; Пятёрочка PUR.ONE «Корм сух.кур/цел.злак. 750г» and «Корм для кошек Purina One, индейка, 1,5 кг» accepted as dry cat food (outside knowledge: Purina ONE 750 g chicken/whole-grain is the cat pack; 1.5 kg packs are dry); wet food (pouches, cans, 85 g), Dreamies treats, kitten wet food and Purina ONE dog food excluded"),
        ("наполнитель силикагелевый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "none of the chains has any cat litter; yoghurts, ice cream and honey «с наполнителем» are traps"),
        ("сметана 20 процентов", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188", "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20 % (lactose-free Parmalat Comfort 20 % included); 10/15/25/30 % sour cream, sour-cream sauce, croutons and chips «со вкусом сметаны», the cake «Сметанник» excluded; Магнит has only 15 %"),
    ]),
    # a single man
    ("пельмени подешевле, пена для бритья жиллет, полотенца бумажные 2 рулона", [
        ("пельмени подешевле", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532", "3666703", "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "any frozen meat pelmeni («подешевле» is a wish, not a filter), incl. Горячая штучка «Бульмени» (pelmeni); the sauce «для мяс/кур/пельм.» excluded; Перекрёсток has no pelmeni"),
        ("пена для бритья жиллет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Gillette shaving foam anywhere; Gillette Mach3 shaving gel (Магнит), Arko foam (Магнит, Перекрёсток), Nivea shaving gels and Gillette razors/blades are traps"),
        ("полотенца бумажные 2 рулона", {
            "pyaterochka": ["3449212", "3431062", "3601010"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "kitchen paper towels (PAPIA 2 рулона, Zewa, Familia 2 рулона); «2 рулона» is read as the quantity, so the Zewa pack whose roll count is not in the title is accepted; toilet paper, napkins and Магнит «BIG CITY LIFE Салфетки в рулоне» (cleaning wipes) excluded"),
    ]),
    # an elderly couple
    ("батон нарезной\nмыло хозяйственное", [
        ("батон нарезной", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "a sliced white loaf: Перекрёсток «Батон Нарезной», Пятёрочка «Батон «Звездный» нар» («нар» = нарезной); chocolate bars «батон»/«батончик» excluded"),
        ("мыло хозяйственное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no laundry soap anywhere; toilet soaps (Camay, Fax, Safeguard, Dove крем-мыло), liquid soap AURA and dish detergents are traps"),
    ]),
    # a young mother
    ("пюре детское тыква, подгузники-трусики 5, детский крем, влажные салфетки детские", [
        ("пюре детское тыква", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no single-ingredient pumpkin baby puree anywhere; mixed purees that contain pumpkin (Агуша яблоко-тыква-персик-банан, «Яблоко Тыква Морковь Манго»), Фрутоняня «крем-суп из тыквы, картофеля и моркови», pumpkin nectars and pumpkin seeds are excluded as traps"),
        ("подгузники-трусики 5", {
            "pyaterochka": ["3983613", "4061716", "3680543", "3447849"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295217"],
        }, "pull-up diapers (трусики) of size 5: Huggies р5, Pampers Pants 5, Pampers Premium Care «Подг-тр.» р5, Pampers «Трусики-подгузники Junior» (Junior = size 5, outside knowledge), Kokoro «Подгузники-трусики Junior р.5»; Huggies pants «р4», open diapers of size 5 (Pampers Active Baby-Dry, Huggies Ultra Comfort 5), pants of size 4 and 6 (Extra Large, Junior Plus р.6) excluded"),
        ("детский крем", {
            "pyaterochka": ["2159633"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3138354"],
        }, "a baby skin cream: Johnson's Baby «Крем … увлажнение», Аванта «Крем детский»; Johnson's baby oil, adult face/hand creams and Фрутоняня «крем-суп» excluded"),
        ("влажные салфетки детские", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697052"],
        }, "baby wet wipes: only Kokoro «для новорожденных»; wipes not said to be for babies (Tolli Plus, antibacterial/antiseptic wipes, SALFETI) and moist toilet paper excluded"),
    ]),
    # a party
    ("вода негазированная 5л, сок мультифрукт, кока кола зеро, вино красное полусладкое", [
        ("вода негазированная 5л", {
            "pyaterochka": ["3635131", "3608729"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "still water in 5-litre bottles: Малаховская №1 негазированная 5 л; Архыз «Легенда Гор … 5 л» (the title does not say still; the 5-litre Архыз is still — outside knowledge), children's water 5 л (Honey kid Черноголовская, Аквалайн «Для ляль»; children's water is still — outside knowledge); still water in smaller bottles and sparkling water excluded"),
        ("сок мультифрукт", {
            "pyaterochka": ["3637415", "3684253", "26868"],
            "magnit": ["159931"],
            "dixy": [],
            "perekrestok": ["3941462"],
        }, "multi-fruit juice (children's juices included): J7 Мультифрукт, Фрутоняня/Добрый «с 6 мес.»/Honey Kid мультифрукт, Пятёрочка «Соки и нектары Сады Придонья, мультифрукт» (the title does not say whether it is juice or nectar; accepted); multi-fruit nectars (Фруктовый сад, Добрый), Pulpy «Тропический», «Любимый тропический микс» (сокосодержащий) and multi-vegetable juices excluded"),
        ("кока кола зеро", {
            "pyaterochka": ["3660913"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Coca-Cola without sugar: Пятёрочка «COCA-COLA Напиток б/сах.» (Coca-Cola Zero); regular, Vanilla and Orange Coca-Cola and other brands' sugar-free colas (Добрый Cola без сахара, Cool Cola Zero) excluded"),
        ("вино красное полусладкое", {
            "pyaterochka": [],
            "magnit": ["e82add4994", "effe3b5e5d", "111461", "199101", "213421", "204971", "4ed39476cb", "108771"],
            "dixy": [],
            "perekrestok": [],
        }, "still red semi-sweet wine (кр п/сл, incl. the 3-litre Луиза Чао and Магнит «Ламбруско Ка Ди Валле, красное, полусладкое», which is titled as wine, not sparkling); red dry/semi-dry, white and rosé semi-sweet, sparkling wines, port and alcohol-free wines excluded; only Магнит sells wine"),
    ]),
    # a cleaning day
    ("средство для мытья полов, чай черный листовой", [
        ("средство для мытья полов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no product says it is for floors; universal cleaners (Domestos «универсальное», Sanfor «универсальное», Cif Универсальный), toilet cleaners, carpet cleaner Vanish, dish and laundry detergents are excluded as traps"),
        ("чай черный листовой", {
            "pyaterochka": ["3380948", "3694768", "3378317", "3473068", "3440336", "3691655", "3608792", "3472456", "30719", "15495", "4062548", "3665387", "2042286", "3464992", "4079110", "3483632", "3439925", "3636930", "3639871", "3639873", "3600180", "3452991", "4085553", "3378319"],
            "magnit": ["3784399dbf"],
            "dixy": [],
            "perekrestok": ["4199284"],
        }, "loose black tea, plain or flavoured (bergamot, herbs, fruit) — a title with a weight and no bag count is taken as loose; Twinings «Англ.завтрак»/«Эрл грей» ж/б accepted as black (outside knowledge); tea bags, pyramids and sachets, green tea and oolong, Бета «Елка с Медвежатами» (colour not stated), iced-tea drinks and Иван-чай excluded"),
    ]),
    # Latin brand names
    ("ariel капсулы, persil гель, head&shoulders ментол, nescafe classic", [
        ("ariel капсулы", {
            "pyaterochka": ["3421897"],
            "magnit": ["198871", "167791", "160181"],
            "dixy": [],
            "perekrestok": [],
        }, "Ariel laundry capsules (Color, 3в1 Горный родник, Горный родник 35 шт; Пятёрочка «ARIEL Гель ГОРН.РОД.жид.авт.кап.15шт», liquid capsules, added after labelling, see the README); Ariel powders and liquids and other brands' capsules (Persil, Tide, Losk) excluded"),
        ("persil гель", {
            "pyaterochka": ["3923579", "3923578", "3977826", "3929851", "3929849"],
            "magnit": ["105851", "109221", "204431"],
            "dixy": [],
            "perekrestok": [],
        }, "Persil liquid laundry gel of any variant (Color, Power, Premium, Sensitive); Persil powders and capsules (Duo-caps, «Персил Капс»), and «Свежесть от Vernel» products of other brands excluded"),
        ("head&shoulders ментол", {
            "pyaterochka": [],
            "magnit": ["acec144b5f"],
            "dixy": [],
            "perekrestok": [],
        }, "Head & Shoulders menthol shampoo: only Магнит «Шам2в1 МентОсв/ЭнерОкеан Микс» (a mixed listing of Ментоловая свежесть and Энергия океана; accepted); H&S Основной уход and Supreme Укрепление excluded"),
        ("nescafe classic", {
            "pyaterochka": ["4035364", "4035358", "4035361"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nescafé Classic instant coffee (95 г, 190 г, 230 г); Nescafé Gold/Crema/Gold Espresso/Barista, the coffee drinks «NESCAFÉ CLASSIC LATTE» and «Classic Cappuccino», and Paulig Classic excluded"),
    ]),
    # Cyrillic brand names
    ("фейри лимон, даниссимо, лейс сметана и лук, ласка для черного", [
        ("фейри лимон", {
            "pyaterochka": ["3501026", "3500750"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy «Сочный лимон» dish liquid (450 ml, 900 ml); other Fairy scents (Нежные руки, Platinum, Ледяная свежесть) and AOS «Лимон» excluded"),
        ("даниссимо", {
            "pyaterochka": ["4000341", "4087609", "3644549", "3602086", "3666192", "3503856", "3934324"],
            "magnit": ["104991", "109261"],
            "dixy": [],
            "perekrestok": [],
        }, "any spoonable Даниссимо (творожный продукт and «Фантазия» yoghurt), as the brand alone names no variety; the drinkable «Даниссимо Коктейль кисломолочный» and Danone products that are not Даниссимо excluded"),
        ("лейс сметана и лук", {
            "pyaterochka": ["3453318", "4069903"],
            "magnit": ["198921"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's sour cream & onion chips (incl. Lay's Stax «Нежная Сметана и лук»); Lay's «сметана и зелень», «лисички в сметане», other flavours and other brands' sour cream & onion chips excluded"),
        ("ласка для черного", {
            "pyaterochka": ["3965697"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Ласка liquid detergent «ДЛЯ ТЁМНОГО» (for dark/black laundry); Ласка для цветного/белого/шерсти, «Уход/восст.» and Woolite Dark (another brand) excluded"),
    ]),
    # cosmetics
    ("гель для душа с ароматом кокоса, мицелярная вода", [
        ("гель для душа с ароматом кокоса", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no coconut shower gel anywhere; Dove «Крем-мыло … кокосовое молочко», Dove shampoo «с кокосовым маслом», other shower gels (молоко и дыня, ананас, малина и пион) and coconut foods are traps"),
        ("мицелярная вода", {
            "pyaterochka": ["3418507", "3686874", "3666280"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "micellar water (Garnier, Nivea, Чистая линия «Ч.ЖЕМЧ.»; «мицелярная» is a common misspelling); Garnier «Мицеллярное молочко» and the Le Petit Marseillais «мицеллярный гель для душа» excluded"),
    ]),
    # a dog owner
    ("сухой корм для собак крупных пород\nовсянка геркулес", [
        ("сухой корм для собак крупных пород", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dry food for large breeds anywhere; Purina ONE «мини»/«для маленьких собак», wet Pedigree/Cesar/Darling and cat food are traps"),
        ("овсянка геркулес", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats of the Геркулес type: Клинские «Геркулес» and Увелка «Хлопья зерн.овсян.трад.» (traditional rolled oats = геркулес, outside knowledge); instant/flavoured porridges, baby porridges, oat drinks, bran and «Велле» oat desserts excluded"),
    ]),
    # beer evening
    ("пиво чешское 2 бутылки, орешки соленые", [
        ("пиво чешское 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["307d22d94c", "a982a99aeb", "22307d326d", "108721", "104791", "199071", "199081"],
            "dixy": [],
            "perekrestok": [],
        }, "beer of Czech brands: Holba, Prazacka (made in Чехия), Krušovice, Staropramen, Velkopopovický Kozel (Czech brands; where they are brewed is outside knowledge and was not used); «2 бутылки» is a quantity, cans are not excluded; Žatecký Gus Černý (a Russian brand, «пивной напиток»), German/other beers and alcohol-free beer excluded; only Магнит sells beer"),
        ("орешки соленые", {
            "pyaterochka": ["3954224", "4073982", "3933060", "4039148", "3661412"],
            "magnit": ["4a8764138e", "f692308d66"],
            "dixy": [],
            "perekrestok": [],
        }, "salted nuts: salted peanuts and pistachios, Chaka «ореховый, соленый» mix, PARTY NUTS peanuts «с морской солью и черным перцем»; nuts whose title does not say salted (Джаз арахис жареный, Семушка кешью), sweet or flavoured nuts (мёд-горчица, сметана-лук, васаби, чили), nut-and-fruit mixes and salted sunflower seeds excluded"),
    ]),
    # a student
    ("роллтон с курицей 5 шт, зубная щетка средней жесткости, салфетки влажные антибактериальные", [
        ("роллтон с курицей 5 шт", {
            "pyaterochka": [],
            "magnit": ["1000134679"],
            "dixy": [],
            "perekrestok": [],
        }, "Роллтон instant noodles with chicken: Магнит «Лапша РОЛЛТОН, Куриная по-домашнему, 90г»; Роллтон beef broth, an unbranded Пятёрочка «Лапша с куриным вкусом 90 г» (brand written), udon/soba/funchoza and ready meals excluded"),
        ("зубная щетка средней жесткости", {
            "pyaterochka": ["3379809"],
            "magnit": ["faf2b81393", "af8d07dd15"],
            "dixy": [],
            "perekrestok": [],
        }, "a medium toothbrush: Colgate 360 «ср/ж», BIOMED Black/Silver «Medium»; brushes whose hardness is not in the title (Colgate Зиг Заг, Colgate Шелковые нити, Splat Blackwood) and Splat «hard» excluded"),
        ("салфетки влажные антибактериальные", {
            "pyaterochka": [],
            "magnit": ["1000196357"],
            "dixy": [],
            "perekrestok": ["3976937", "4174787", "4166484", "3917869"],
        }, "antibacterial wet wipes (antiseptic Home Story wipes included); baby wipes, universal Tolli Plus and dry napkins excluded"),
    ]),
    # an elderly woman
    ("крупа манка, средство для посуды подешевле", [
        ("крупа манка", {
            "pyaterochka": [],
            "magnit": ["a9eb0a29d1"],
            "dixy": [],
            "perekrestok": [],
        }, "semolina: Магнит «Каша манная УВЕЛКА, 700г» accepted as the dry groats (the 700 g Увелка pack is semolina groats — outside knowledge); no other chain sells semolina"),
        ("средство для посуды подешевле", {
            "pyaterochka": ["3679975", "3678617", "3669211", "3669212", "3669210", "3501028", "3501026", "3691740", "3503216", "3501031", "3500750", "3682367", "3501662", "3500058", "3500057", "4057348", "4057350"],
            "magnit": ["168221", "159851"],
            "dixy": [],
            "perekrestok": [],
        }, "any hand dishwashing liquid/gel (AOS, Fairy, Synergetic, Unicum «д/мыт.пос.», Biasept, Sorti), «подешевле» is a wish; dishwasher tablets (Finish, Somat), Unicum Жироудалитель and cleaners excluded"),
    ]),
    # hygiene
    ("прокладки ежедневные, шампунь от перхоти, дезодарант женский", [
        ("прокладки ежедневные", {
            "pyaterochka": ["40764"],
            "magnit": ["f59c7148a3"],
            "dixy": [],
            "perekrestok": [],
        }, "panty liners: Carefree «Салфетки … ежедн.» and Discreet «Ежедн прокл»; regular and night pads (Kotex, Always, Libresse) and tampons excluded"),
        ("шампунь от перхоти", {
            "pyaterochka": ["3958227", "3653506", "3689257", "3420658", "3013914"],
            "magnit": ["084b343248", "198881", "acec144b5f"],
            "dixy": [],
            "perekrestok": ["4406843"],
        }, "anti-dandruff shampoo incl. 2-in-1: titles «против перхоти»/«от перхоти», plus Head & Shoulders and Clear shampoos whose title does not repeat it (both are anti-dandruff brands — outside knowledge; Перекрёсток titles the same H&S Основной уход «против перхоти»); the H&S balm, other shampoos excluded"),
        ("дезодарант женский", {
            "pyaterochka": ["3421454", "3330270", "3479534", "3479541", "3479535", "3955496", "3444774", "3928499"],
            "magnit": ["b541fbdab4", "214561"],
            "dixy": [],
            "perekrestok": [],
        }, "women's deodorants and antiperspirants («дезодарант» is a typo): titles with «жен»/«женский», plus Rexona women's lines (Прозрачный кристалл, Яркий букет, Ярко и цветочно, Сухость пудры, Нежно и сочно) and Nivea «PURE» (women's lines — outside knowledge); men's deodorants (Nivea for Men/Men, Axe, Old Spice) and Nivea «Невидимый для черного/белого» at Магнит (gender not stated) excluded"),
    ]),
    # a family dinner
    ("фарш домашний, спирали макаронные, кетчуп томатный, гель для посуды", [
        ("фарш домашний", {
            "pyaterochka": ["3205754", "3673806"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "minced meat sold as «Домашний» (Самсон «Фарш ДОМАШНИЙ», Мираторг «свино-говяжий домашний»); beef, pork-only, turkey, «Деревенский» and «Премиум» mince and stuffed olives excluded"),
        ("спирали макаронные", {
            "pyaterochka": ["18463", "4077767", "4037666", "3438670", "94424"],
            "magnit": ["214631", "167851"],
            "dixy": [],
            "perekrestok": [],
        }, "spiral pasta: спиральки, Fusilli, Barilla Джирандоле (Магнит titles it «спирали»), La Molisana «пружинки» and Baisad «пружинка» (spring = spiral shape); other shapes (витой рожок, перья, ракушки, спагетти) and the candy «Спираль» excluded"),
        ("кетчуп томатный", {
            "pyaterochka": ["4066625", "4066624", "3625404", "4044938", "3673189", "4086400", "3610602"],
            "magnit": ["213621", "203141"],
            "dixy": [],
            "perekrestok": [],
        }, "plain tomato ketchup (Астория «Томатный душистый/пряный», Restoria, Махеевъ «Томатный», Heinz «Томатный», Calve «с помидорами черри», Mr.Ricco «томатный», Слобода «томатный»); chili, shashlik, garlic and mustard ketchups and Heinz sauces excluded"),
        ("гель для посуды", {
            "pyaterochka": ["3679975", "3678617", "3669211", "3669212", "3669210", "3501028", "3501026", "3691740", "3503216", "3501031", "3500750", "3682367", "3501662", "3500058", "3500057", "4057348", "4057350"],
            "magnit": ["168221", "159851"],
            "dixy": [],
            "perekrestok": [],
        }, "hand dishwashing liquid; most titles say «средство» rather than «гель» but the products are the same gels, so all are accepted; dishwasher tablets and laundry gels excluded"),
    ]),
    # an evening with wine
    ("вино белое сухое, сыр бри, виноград без косточек, салфетки цветные", [
        ("вино белое сухое", {
            "pyaterochka": [],
            "magnit": ["fa22983133", "748034797e", "4d14621471", "74dee1e47e", "c4cc2517c3", "52c46a1176", "0a1c8fd290", "104821", "213101", "90399012cf", "213491"],
            "dixy": [],
            "perekrestok": [],
        }, "still white dry wine («бел сух»); semi-dry (п/сух), semi-sweet, sparkling (Gancia Prosecco Dry) and alcohol-free white wines excluded; only Магнит sells wine"),
        ("сыр бри", {
            "pyaterochka": ["3693219"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4108549", "4392389", "4325430", "3693219", "3621896", "3640880"],
        }, "Brie cheese (incl. President Petit Brie and «Бри Двойные сливки»); Camembert and the processed cheese «CRÈME DE BRIE» excluded"),
        ("виноград без косточек", {
            "pyaterochka": ["4327381"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["48657", "48660", "57580", "4327381"],
        }, "seedless grapes: «Виноград белый без косточек», Киш-миш (kishmish = seedless) and Shine Muscat (seedless — outside knowledge); Тайфи and Магнит «Виноград черный» (seeds not stated) excluded"),
        ("салфетки цветные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4371757", "4310841", "4310840", "4429769", "4429397", "4429400", "4397850"],
        }, "coloured/printed paper napkins (Gratias festive designs, Art Bouquet декоративные — judged colourful from their design names); white napkins, handkerchiefs and wet wipes excluded"),
    ]),
    # laundry day
    ("гель для стирки черного белья, кондиционер ленор, отбеливатель", [
        ("гель для стирки черного белья", {
            "pyaterochka": ["3965697", "3974987"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "liquid detergent for dark/black laundry: Ласка «ДЛЯ ТЁМНОГО», Woolite Premium Dark; colour, white, wool and universal gels excluded"),
        ("кондиционер ленор", {
            "pyaterochka": ["3465388", "3669625", "4025712"],
            "magnit": ["205131", "159881", "203041"],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric conditioner of any scent; Vernel and other conditioners, Tide/Ariel «touch of Lenor» detergents and hair conditioners excluded"),
        ("отбеливатель", {
            "pyaterochka": [],
            "magnit": ["bb3ee4398d"],
            "dixy": [],
            "perekrestok": [],
        }, "a laundry bleach: Магнит «VANISH Oxi Advance Пятновыводит + отбеливатель»; Vanish «Пятнов. … д/бел.ткан.» (a stain remover, not called bleach), whitening toothpastes and Domestos cleaners excluded"),
    ]),
    # a child
    ("сок яблочный детский, печенье детское, зубная паста детская", [
        ("сок яблочный детский", {
            "pyaterochka": ["3679183", "3679184", "3684252"],
            "magnit": ["eef4bdbf61", "bc852256db"],
            "dixy": [],
            "perekrestok": ["80142"],
        }, "apple juice for children: Фруктовый сад «д/дет.пит.», Honey Kid яблоко, Агуша яблоко, Сады Придонья «для детского питания» зелёное яблоко; Магнит «САДЫ ПРИДОНЬЯ Сок ябл прям отж 0,125л» accepted as the children's 125 ml pack (outside knowledge); mixed apple juices (apple-cherry, apple-rosehip), Агуша «вода+сок», nectars and adult apple juices excluded"),
        ("печенье детское", {
            "pyaterochka": ["4055479", "4045242", "3927157"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "biscuits for babies/children (Honey Kid «Печенье детское растворимое», «печенье раств. д/пит.дет.»); Магнит «Печенье МАЛЫШОК, ПРАЗДНИК СЛАСТЁНЫ» (not said to be for children), Агуша puree «Яблоко-Банан-Печенье» and regular biscuits excluded"),
        ("зубная паста детская", {
            "pyaterochka": [],
            "magnit": ["32cc6f1bd5"],
            "dixy": [],
            "perekrestok": [],
        }, "children's toothpaste: Splat Junior «д/дет 6-11лет»; adult toothpastes excluded"),
    ]),
    # pets and milk
    ("корм для попугаев, молоко безлактозное", [
        ("корм для попугаев", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no bird food anywhere; cat food «говядина/птица» and dog food are traps"),
        ("молоко безлактозное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["9dfc83490b", "ccdc291604", "9512a8a8b9", "135852823b", "b267022f66", "4308790"],
        }, "lactose-free cow milk of any fat; lactose-free cream, sour cream, mozzarella and the Viola lactose-free yoghurt at Дикси excluded"),
    ]),
    # a date
    ("вино игристое брют, апельсиновый сок 1л, конфеты шоколадные", [
        ("вино игристое брют", {
            "pyaterochka": [],
            "magnit": ["c44a8ef112", "51cda6b802", "168031"],
            "dixy": [],
            "perekrestok": [],
        }, "brut sparkling wine of any colour (Giacobazzi Просекко брют, MARTINI Brut, «Премиум, игристое, розовое брют»); Gancia Prosecco «Dry», semi-sweet/sweet sparkling wines, Шампанское Российское полусладкое and alcohol-free «брют» drinks excluded"),
        ("апельсиновый сок 1л", {
            "pyaterochka": [],
            "magnit": ["204401"],
            "dixy": [],
            "perekrestok": ["3190682"],
        }, "orange juice in a ~1-litre pack (J7 0,97 л / 970 мл counted as «1л»); J7 300 мл, Swell 0,75 л, orange nectars and orange drinks excluded"),
        ("конфеты шоколадные", {
            "pyaterochka": ["3670735", "78005190", "3483309", "3487673", "3659498", "3681522", "4089706", "5232", "3639113", "4069805", "4069811", "4297371", "3639115", "3911678", "3216220", "3181086", "3384697", "3941511", "3984791", "3641772", "4092522", "4087420", "3468950", "3021419", "3992365", "3611868", "1628", "1671", "3611870", "41398", "3291332", "3638690", "4001937", "3964565", "4009609", "78005698", "3642751", "3642752", "3650391", "3453000", "3995478", "4063866", "3348297", "3348296", "3394294", "3606977", "4009608", "3972266", "4024641", "3340581"],
            "magnit": ["204611", "eaa8d0a3bb", "104911", "109281", "203091", "8e2cf179b5", "160141", "111721", "111571", "199221", "07df701043", "bdab73268a", "203131", "199301", "71fe6c7283", "7c7c50799b", "17644f19d9", "159811", "205171"],
            "dixy": [],
            "perekrestok": ["4373844", "4305316", "22245"],
        }, "chocolate candies: titles with шоколад/шоколадной глазурью/в шоколаде/трюфель/пралине, boxed assortments (Коркунов, Merci, Lindor, Вдохновение, Комильфо, Dove), and classic chocolate candies named without the word (Мишка косолапый, Белочка, Ласточка, Ромашка, Птичье молоко Рот Фронт, Ленинградские, Северная Аврора, Vanden Bulcke ракушки — outside knowledge); Toffifee and Twix Minis (sold as candies) accepted; candies with «кондитерской глазурью» or unstated glaze (Золотой Степ, 35, Жаклин, Ореховая роща, Птица дивная, KONFESTA), caramel, toffee, jelly, marshmallow, Raffaello (no chocolate), Kinder Joy eggs, chocolate bars and bar gift sets excluded"),
    ]),
    # Latin brand names again
    ("old spice дезодорант, coca-cola 0.5", [
        ("old spice дезодорант", {
            "pyaterochka": ["3909980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Old Spice deodorant: Пятёрочка «OLD SPICE Твердый дезодорант Captain»; the Магнит gift set «гель для душа 250 мл/ Дезодорант» (a set, not a deodorant) and other brands excluded"),
        ("coca-cola 0.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no classic Coca-Cola in 0.5 l anywhere; Coca-Cola 0,9/1/1,5/2 л, «Кока-Кола Ванилла» and «Coca-Cola Orange» 0,5 л, and other colas are traps"),
    ]),
    # a household top-up
    ("мешки для мусора 60л, чай с бергамотом, сахар кусковой", [
        ("мешки для мусора 60л", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "60-litre bin bags: Магнит «BIG CITY LIFE Пакеты д/мусора 60л»; 35-litre bags, food bags and «Салфетки в рулоне» excluded"),
        ("чай с бергамотом", {
            "pyaterochka": ["3380948", "3378317", "3473068", "15545", "15495", "4062548", "3424384", "3418513", "3483632", "3499718"],
            "magnit": ["112311", "206041", "109361", "111701"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea with bergamot, bags or loose: titles with бергамот, Earl Grey/Эрл грей, Richard «Lord Grey» (bergamot and lemon) — Earl Grey = bergamot is outside knowledge; teas with other flavourings excluded"),
        ("сахар кусковой", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "lump sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг»; cane sugar Демерара (loose crystals), sugar-free products and «без сахара» drinks excluded"),
    ]),
    # a mixed list
    ("масло подсолнечное рафинированное, освежитель в туалет, сок вишневый 1 литр", [
        ("масло подсолнечное рафинированное", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "refined sunflower oil (Олейна 2 л, Благо, Mr.Ricco «раф/дезодор», Слобода «для жарки»); flavoured or blended oils (Mr.Ricco с экстрактом Прованских трав / с оливковым / с маслом авокадо, ALMADOR с базиликом/чесноком), olive and grape-seed oils excluded"),
        ("освежитель в туалет", {
            "pyaterochka": ["3502329", "3663481", "3440047", "3974933", "3974927", "3654065", "3440052"],
            "magnit": ["204531"],
            "dixy": [],
            "perekrestok": [],
        }, "an air-freshener spray of any scent (no product says it is for the toilet): Air Wick Pure and 290 ml sprays, Glade 300 ml sprays, Glade «СВЕЖ.УТРА аэроз.269мл» (title does not say refill), Symphony; refill cans for automatic dispensers («сменный баллон», «см.бал.», «см.аэр.», Магнит «МАГНИТ Освежитель … см/бал») excluded"),
        ("сок вишневый 1 литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cherry juice anywhere — only cherry nectars (Rich 1 л, J7 970 мл, Swell, IL PRIMO), apple-cherry juices and drinks, which are excluded as traps (nectar ≠ juice, as in real_basket_eval)"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "ff"))
