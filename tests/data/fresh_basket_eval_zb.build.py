#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zb.jsonl -- shopping lists of people on a diet or with food restrictions
(low-fat, sugar-free, lactose-free, gluten-free, high-protein, vegetarian, diabetic) plus the ordinary food
the same households buy, hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zb.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, and for every item the
product ids of every in-stock offer of every store that a reasonable shopper would accept.  The lists were
written before any offer was read (fresh_basket_eval_zb.blind_lists.txt); four items were replaced after
labelling because their lists had become entirely empty (see the README, "Replacements").  Candidate
titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё/е) and read one by one; the note of each item records what was accepted, what
was deliberately left out and any judgement that rests on outside knowledge.  An empty list means the
store has nothing acceptable (the item is "missing" there).  No matcher code or data was read.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and then writes
the JSONL in the format of real_basket_eval.jsonl.  List ids are fzb01, fzb02, ... in LISTS order; every
list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zb.jsonl")

E = []  # an empty store list, for readability

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 low-fat dairy and crispbread
    ("творог обезжиреный 2 пачки, кефирчик 1% литровый, хлебцы из гречки, огурчики 1 кг", [
        ("творог обезжиреный 2 пачки", {
            "pyaterochka": ["3687270", "3692659"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4331301"],
        }, "plain fat-free cottage cheese: Перекрёсток «Творог обезжиренный 0.5%», Пятёрочка «Биотворог обезжиренный» "
           "Howaru and Домик в деревне «Творог мягкий 0,1%» (0.1 % is fat-free by any reading; outside knowledge that "
           "«мягкий творог» is plain cottage cheese); 3-9 % curds, flavoured/children's biotvorog, творожные десерты and "
           "творожный сыр excluded; «2 пачки» is a quantity"),
        ("кефирчик 1% литровый", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no kefir at all in the offers (grepped кефир/биокефир); «Имунеле» and yoghurt drinks are not kefir"),
        ("хлебцы из гречки", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no buckwheat crispbread; Dr.Korner «Злаковый коктейль» (mixed grains), rice-corn, wheat, rye-wheat and "
           "5-grain хлебцы and buckwheat flakes (хлопья гречневые) excluded"),
        ("огурчики 1 кг", {
            "pyaterochka": E,
            "magnit": ["200221", "169161"],
            "dixy": E,
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers of any type and pack (короткоплодные, среднеплодные, корнишоны 300 г); Перекрёсток «Огурцы "
           "Хрустящие, 450г» taken as fresh (category Окрошка, no brine/marinade stated); salted, pickled, barrel "
           "cucumbers and Магнит «Ассорти Черри и Корнишоны» (a mixed pack) excluded; «1 кг» is a quantity of a "
           "weighed good"),
    ]),
    # L2 lactose intolerance breakfast
    ("молоко безлактозное 2 шт, греческий йогуртик без сахара, хлопья геркулес подешевле", [
        ("молоко безлактозное 2 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E,
            "perekrestok": ["9dfc83490b", "ccdc291604", "9512a8a8b9", "135852823b", "b267022f66", "4308790"],
        }, "cow drinking milk whose title says безлактозное, any fat (Parmalat 0.05/1.8/3.5 %, Братья Чебурашкины, "
           "Простоквашино, Сарафаново); regular milk, Parmalat Comfort cream and lactose-free sour cream excluded; "
           "«2 шт» is a quantity"),
        ("греческий йогуртик без сахара", {
            "pyaterochka": E, "magnit": E, "dixy": E,
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain Greek yoghurt: Neo «без сахара», Teos Греческий 2 % (140 and 250 g), Простоквашино Греческий 2 % "
           "(135 and 235 g), Зелёная Линия «греческий натуральный 4%»; plain Teos/Простоквашино titles do not say "
           "«без сахара» -- accepted on outside knowledge that the unflavoured Greek yoghurts are unsweetened; "
           "Пятёрочка «Греческий» with cherry/blueberry filling and Дикси Viola Греческий Малина-Мята excluded"),
        ("хлопья геркулес подешевле", {
            "pyaterochka": ["4027131", "3472901"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "rolled oats of the Геркулес type: Клинские «Геркулес» and УВЕЛКА «Хлопья зерн.овсян.трад.» (traditional "
           "thick rolled oats = геркулес, outside knowledge); instant porridges with fruit, oat cookies, Велле oat "
           "products and other flakes excluded; «подешевле» is a wish"),
    ]),
    # L3 diabetic sweets (item 3 replaced, see README)
    ("шоколадку без сахара, печенье для диабетиков, заменитель сахара", [
        ("шоколадку без сахара", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no chocolate titled sugar-free / for diabetics; dark and bitter chocolates (70-75 %) contain sugar and "
           "Nestlé Fitness cereal bars (Пятёрочка category «Диабетическое питание») are bars, not chocolate"),
        ("печенье для диабетиков", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "names a kind of product (diabetic / sugar-free cookies); none titled so. BOMBBAR «Печенье неглазированное "
           "Шоколадный брауни» excluded: its title says nothing about sugar (that the brand is sugar-free is "
           "outside knowledge a shopper could not read off the offer); Nestlé Fitness bars are not cookies"),
        ("заменитель сахара", {
            "pyaterochka": ["3379758", "3935865"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "replacement item (the blind «фруктоза для выпечки» had nothing anywhere): sugar substitutes -- ХУДЕЕМ ЗА "
           "НЕДЕЛЮ «Стевия» 150 tablets and «подсластитель Great Life»; «Заменитель сухих сливок» Mr. Сливкин, «Заменитель "
           "молочного продукта Сопьо Крима», cane sugar Демерара and pressed sugar excluded"),
    ]),
    # L4 gluten-free
    ("безглютеновые макарошки, рисовая мука для блинов, хлебцы безглютеновые, хлопья кукурузные несладкие", [
        ("безглютеновые макарошки", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no pasta titled gluten-free (grepped глютен/gluten, рисов, кукуруз, гречн); all pasta offers are wheat; "
           "glass noodles inside a Perfetto ready meal excluded"),
        ("рисовая мука для блинов", {
            "pyaterochka": ["3676528"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "rice flour (Сто Пудовъ «Мука рисовая» 500 г); wheat, rye, durum and whole-wheat flours excluded; «для "
           "блинов» is a purpose, not a filter"),
        ("хлебцы безглютеновые", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no crispbread titled gluten-free; Dr.Korner corn-rice хлебцы excluded although corn and rice contain no "
           "gluten -- «безглютеновые» is a label claim a coeliac shopper checks, and the titles do not make it"),
        ("хлопья кукурузные несладкие", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no unsweetened corn flakes: Nestlé Gold «мед/арахис» is sweetened, Любятово «Завтраки кукурузные» do not "
           "say unsweetened (and are sweetened breakfast cereal), corn sticks are in sugar powder; rice flakes, "
           "multigrain flakes and canned corn excluded"),
    ]),
    # L5 high-protein dinner
    ("филе куриной грудки 2кг, капуста брокколи заморозка, бурый рис нешлифованный", [
        ("филе куриной грудки 2кг", {
            "pyaterochka": ["2160069", "3963723"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw boneless chicken breast fillet incl. «малое филе» (inner fillet) and Пятёрочка «Филе большое грудки"
           " цыпленка-бройлера»; «Грудка куриная без кожи» (Первая Свежесть, Петелинка) excluded as breast on the bone "
           "(outside knowledge: these are sold bone-in), cooked «гриль»/«запеченное» fillet, thigh fillet, turkey and "
           "duck breast excluded; «2кг» is a quantity of a weighed good"),
        ("капуста брокколи заморозка", {
            "pyaterochka": E, "magnit": ["23e8f39e40"], "dixy": E, "perekrestok": E,
        }, "frozen broccoli (Морозко Green 800 г); baby purees with broccoli excluded; no fresh broccoli exists"),
        ("бурый рис нешлифованный", {
            "pyaterochka": ["2167599"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "brown rice (АГРО-АЛЬЯНС «Рис ЭКСТРА БУРЫЙ»; brown rice is unpolished by definition); Увелка «Девзира "
           "слабошлифованная», Мистраль «Акватика MIX», white, basmati, jasmine and plov rice excluded"),
    ]),
    # L6 vegetarian pantry (item 3 replaced, see README)
    ("сыр тофу, молоко соевое, фасоль белая в банке, красную чечевицу для супа", [
        ("сыр тофу", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no tofu in the offers (grepped тофу/tofu/соев)"),
        ("молоко соевое", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "the only soy drink is Магнит GREEN MILK «Напиток соевый Банан» -- banana-flavoured, excluded like flavoured "
           "cow milk is excluded from «молоко»; oat, rice and almond drinks are other products"),
        ("фасоль белая в банке", {
            "pyaterochka": E, "magnit": ["203101"], "dixy": E, "perekrestok": ["20062", "3635745"],
        }, "replacement item (the blind «нут» had nothing anywhere): canned white beans (Глобус, Бондюэль, Маркет "
           "«натуральная»); ПИКАНТА «Фасоль печеная в томатном соусе» (colour not stated, in sauce), red beans, green "
           "beans in pet food and salads with beans excluded"),
        ("красную чечевицу для супа", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no lentils at all in the offers"),
    ]),
    # L7 protein snacks
    ("протеиновый батончик bombbar, творог 0% 3 шт, исландский скир", [
        ("протеиновый батончик bombbar", {
            "pyaterochka": ["3904804", "3904802"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "Bombbar bars (Грецкие орехи с мёдом, Тирамису; the titles say «Батончик неглазированный Bombbar» -- that "
           "Bombbar bars are protein bars is outside knowledge); BOMBBAR cookie, SmartBar Protein (other brand), "
           "Protein Rex cake and Nestlé Fitness bars excluded"),
        ("творог 0% 3 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no cottage cheese labelled 0 %: a written fat % must match exactly, so Домик в деревне 0,1 %, Молочный Знак "
           "«обезжиренный 0.5%» and Howaru «обезжиренный» (no value) are excluded; «3 шт» is a quantity"),
        ("исландский скир", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no skyr in the offers (grepped скир/skyr/исланд; «Сельдь Исландка» is herring)"),
    ]),
    # L8 lighter dairy (decimal commas of the blind text written as points, see README)
    ("сметана 10% подешевле, ряженка 2.5 процента, молоко 1.5% для каши", [
        ("сметана 10% подешевле", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["4287503"],
        }, "sour cream of exactly 10 % (Зелёная Линия термостатная); 15/20/25/30 % sour cream, lactose-free 15/20 %, "
           "crisps and croutons «со вкусом сметаны» and «сметанный» sauce excluded; «подешевле» is a wish"),
        ("ряженка 2.5 процента", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no ряженка of 2.5 %; Агуша «Ряженка клубника 2,9%» (other fat, flavoured, children's) and Варенец 4 % "
           "excluded"),
        ("молоко 1.5% для каши", {
            "pyaterochka": E, "magnit": E, "dixy": E,
            "perekrestok": ["7c1d7afff6", "05c941826b", "00af023fd1", "b151abcd68", "b267022f66", "d846def77b",
                            "4308790", "31aa236aad", "85dd44d923", "3474103", "45d6dee261"],
        }, "cow drinking milk of exactly 1.5 % incl. lactose-free and children's (Сарафаново детское) as in "
           "real_basket_eval; 1 %, 1.8 %, 2.5 % milk, Nemoloko «лайт 1,5%» oat drink and Имунеле excluded; «для "
           "каши» is a purpose"),
    ]),
    # L9 diabetic staples
    ("стевия, хлеб цельнозерновой, зеленый чай пакетированный, варенье без сахара", [
        ("стевия", {
            "pyaterochka": ["3379758"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "stevia sweetener (ХУДЕЕМ ЗА НЕДЕЛЮ «Стевия» 150 tablets); «подсластитель Great Life» excluded because its "
           "title does not say stevia"),
        ("хлеб цельнозерновой", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no bread titled whole-grain; «Хлеб зерновой, Ржаной Край» (зерновой ≠ цельнозерновой), Даниловский, "
           "Марьин, batons, whole-grain cookies (Belvita, Юбилейное) and whole-wheat flour excluded"),
        ("зеленый чай пакетированный", {
            "pyaterochka": ["3495758", "3482097", "3982372", "2133950", "4074015", "3971173"],
            "magnit": ["645eef49fe"],
            "dixy": E,
            "perekrestok": E,
        }, "green tea in bags or pyramids of any flavour (no flavour was written): Curtis mango and Hugo (зел., "
           "пирамидки), Lipton Matcha pyramids, Tess Lime, ASSAND jasmine 25 bags, SAITO «Чай зеленый» Milky Oolong, "
           "Richard green tea with melissa/mint; ASSAND «ЧАЙ УЛУН … MILKY OOLONG» excluded because its title does not "
           "say green, Магнит TESS «Pina Colada» pyramids (colour not stated), loose-leaf oolong «Молочный туман», Greenfield black teas, maté, and bottled iced teas "
           "(Lipton, Nestea, Fuze) excluded"),
        ("варенье без сахара", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no varenye or jam titled sugar-free; Вологодское/Магнит/Janarat варенье and Махеевъ jams contain sugar"),
    ]),
    # L10 diet snacks
    ("пепси без сахара 1л, попкорн с солью, фисташки несоленые", [
        ("пепси без сахара 1л", {
            "pyaterochka": ["3684651"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "Pepsi Light 1 l (outside knowledge: Pepsi Light is the sugar-free Pepsi); regular Pepsi 1 l, Pepsi Wild "
           "Cherry, «низкокалорийный» Pepsi Dark Vanilla/Mango (flavoured, 0.33/1.5 l), Evervess and other brands' "
           "sugar-free colas (Добрый, Черноголовка, Coca-Cola, Cool Cola Zero) excluded"),
        ("попкорн с солью", {
            "pyaterochka": ["3468688"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "salted popcorn (Mixbar for microwave, «соленый»); Mixbar «СЛАД-СОЛ.» (sweet-and-salty) and «Карамель», "
           "Kinocorn sweets excluded"),
        ("фисташки несоленые", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "all pistachio offers are salted («жар солен», «жареные соленые», «подсоленные»); pistachio sweets and "
           "yoghurts excluded"),
    ]),
    # L11 plant milks and breakfast
    ("овсяное молоко без сахара, альпро миндальное без сахара, мюсли без сахара, семена чиа", [
        ("овсяное молоко без сахара", {
            "pyaterochka": ["3659096", "3659097"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "Nemoloko oat drink «классическое» and «классическое лайт 1,5%» -- the titles do not say «без сахара»; "
           "accepted on outside knowledge that the classic Nemoloko has no added sugar; Магнит NEMOLOKO «овс шок» "
           "(chocolate, sweetened), Nemoloko buckwheat «греч.» and the rice drink excluded"),
        ("альпро миндальное без сахара", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no Alpro; Магнит «PLANTO Нап минд Almond об кальц» is Danone's Russian successor to Alpro (outside "
           "knowledge) but its title is the calcium «original», not the no-sugar variant, so excluded; GREEN MILK "
           "«МИНДАЛЬ» is another brand"),
        ("мюсли без сахара", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no muesli titled sugar-free; AXA honey muesli, Matti, ОГО baked muesli, Kellogg's granola and muesli "
           "yoghurts/cookies excluded"),
        ("семена чиа", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no chia seeds; yoghurts and marmalade «с семенами чиа», sesame and flax seeds excluded"),
    ]),
    # L12 turkey and vegetables
    ("филе индюшки, кабачки 3 шт, гречка ядрица самая дешевая, обезжиренный кефирчик", [
        ("филе индюшки", {
            "pyaterochka": ["3966112", "3662143", "4013612"],
            "magnit": ["107381"],
            "dixy": E,
            "perekrestok": ["3688509", "3979117", "4326921", "3966112", "3662143"],
        }, "raw turkey breast fillet: «Филе грудки индейки», «Филе индейки … малое», «Стейк (из) грудки индейки» "
           "Индилайт (a breast-fillet cut), Пятёрочка «Вырезка из индейки» (= inner fillet, outside knowledge), "
           "Магнит «Филе индейки, в маринаде» (raw, marinated, as for chicken in real_basket_eval); thigh and shin "
           "fillet (филе бедра/голени), Медальоны Индилайт (title does not say fillet), steak «По-мексикански», "
           "canned SETRA fillet, ham, sausages, mince, cutlets and pet food excluded"),
        ("кабачки 3 шт", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["44110", "48632"],
        }, "fresh courgettes incl. «цуккини зелёные»; кабачковая икра, Дядя Ваня courgettes in adjika and baby purees "
           "excluded; «3 шт» is a quantity"),
        ("гречка ядрица самая дешевая", {
            "pyaterochka": E, "magnit": ["203081"], "dixy": E, "perekrestok": E,
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto» -- the title does not say ядрица; accepted on outside "
           "knowledge that plain «крупа гречневая» is ядрица (продел is always labelled); Prosto «Рис и греча» (mix), "
           "buckwheat flakes, Nestlé porridge, soba and ready meals with buckwheat excluded; «самая дешевая» is a wish"),
        ("обезжиренный кефирчик", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no kefir at all in the offers; Мажитель «напиток сывороточный … обезжир» is a whey drink, not kefir"),
    ]),
    # L13 light sandwiches
    ("ветчина из индейки, сыр легкий, хлебцы dr korner", [
        ("ветчина из индейки", {
            "pyaterochka": ["4005633"], "magnit": E, "dixy": E, "perekrestok": ["2072717", "4399593"],
        }, "ham made of turkey (Вязанка «Ветчина из индейки», Черкизово «из индейки», Индилайт «Ветчина Филе грудки "
           "индейки»); pork/beef hams, Магнит Вязанка «Столичная» (meat not stated), turkey pastrami, carpaccio and "
           "sausage excluded"),
        ("сыр легкий", {
            "pyaterochka": ["3619760", "3665147", "3670271", "3452403", "3504112", "3499152"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4280100", "4029240", "3452403"],
        }, "reduced-fat cheeses sold as «Лёгкий/Легкий» (Arla Natura Сливочный Легкий, Landers, Брест-Литовск, Тысяча "
           "Озёр Лёгкий incl. sliced); «Фетакса Легкая» excluded (Фетакса is not cheese by convention), regular and "
           "«Протеиновый» cheeses not titled light, сырки and creamy cheese excluded"),
        ("хлебцы dr korner", {
            "pyaterochka": ["3445942", "3195740"], "magnit": ["160201"], "dixy": E, "perekrestok": E,
        }, "all Dr.Korner crispbreads (прованские травы, Злаковый коктейль, caramel corn-rice); other brands' "
           "хлебцы excluded"),
    ]),
    # L14 vegetarian dinner
    ("котлеты растительные, фарш растительный, наггетсы вегетарианские, соус соевый подешевле", [
        ("котлеты растительные", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no plant-based patties; meat, chicken, turkey and fish cutlets, «Бургер-соус на основе растительных масел» "
           "excluded"),
        ("фарш растительный", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no plant-based mince; meat mince and «фаршированные» olives excluded"),
        ("наггетсы вегетарианские", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no vegetarian nuggets; chicken and turkey nuggets and nugget coating mix excluded"),
        ("соус соевый подешевле", {
            "pyaterochka": ["3072579", "3995914", "3484963"], "magnit": ["903c9b5986"], "dixy": E, "perekrestok": E,
        }, "every soy sauce (Сэн Сой Классический 1 л, Чим-Чим, Thai-so, Стебель Бамбука); teriyaki ready meals "
           "excluded; «подешевле» is a wish"),
    ]),
    # L15 protein breakfast
    ("даниссимо протеин, яйца с1 2 десятка, бананы пару кг", [
        ("даниссимо протеин", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no Даниссимо protein line; Даниссимо Фантазия yoghurts, the curd product «манго и маракуйя» and "
           "Даниссимо kefir cocktails excluded"),
        ("яйца с1 2 десятка", {
            "pyaterochka": ["3446505", "3341462"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3446505", "3341462", "3062836", "4068694", "3662512"],
        }, "chicken eggs of class С1 in packs of 10 or 20 («2 десятка» = 20 eggs: two tens or one twenty-pack; "
           "Зелёная Линия «активита С1 с селеном и йодом» included); СО/отборные/Экстра eggs, 6-packs, quail eggs, "
           "Kinder eggs and mayonnaise «на перепелином яйце» excluded"),
        ("бананы пару кг", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["3757", "4112219", "3639749", "4208494"],
        }, "fresh bananas (loose, mini, packed, Organic Зелёная Линия); dried bananas, banana sweets, smoothies and "
           "banana-flavoured goods excluded; «пару кг» is a quantity"),
    ]),
    # L16 low-fat sauces
    ("майонез легкий, кетчуп без сахара, горчицу русскую", [
        ("майонез легкий", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no light mayonnaise: all are 67 % or unstated, and Я люблю готовить «домашний 55%» is not sold as light; "
           "«Соус на основе растительных масел 30%» (Астория) is not mayonnaise"),
        ("кетчуп без сахара", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no ketchup titled sugar-free (Heinz, Махеевъ, Слобода, Mr.Ricco, Астория, Restoria, Кальве all ordinary)"),
        ("горчицу русскую", {
            "pyaterochka": ["3435016"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "Махеевъ «Горчица РУССКАЯ столовая»; Global Village «Горчица Французская», Heinz ketchup «с горч.», "
           "honey-mustard snacks excluded"),
    ]),
    # L17 healthy fats
    ("льняное масло нерафинированное, тыквенные семечки, грецкие орешки очищ., авокадо 2 штучки", [
        ("льняное масло нерафинированное", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no linseed oil; «Лен ВАШЕ ЗДОРОВЬЕ» (flax seeds), olive, sunflower, corn and grape-seed oils excluded"),
        ("тыквенные семечки", {
            "pyaterochka": ["3600083", "3503953"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "pumpkin seeds (Бабкины жареные, От Мартина солёные); sunflower seeds, pumpkin purees and nectars excluded"),
        ("грецкие орешки очищ.", {
            "pyaterochka": ["3915361", "3982582"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "shelled walnuts: BOTANICA «Ядро ореха грецкого» and Mix Bar «Грецкий орех» 100 г (the title does not say "
           "shelled; taken as kernels on outside knowledge that Mix Bar bags hold kernels); Магнит «Орех грецкий, "
           "неочищенный», nut mixes, Bombbar with walnuts, walnut jam and cheese excluded"),
        ("авокадо 2 штучки", {
            "pyaterochka": ["3148279", "2131933"],
            "magnit": ["168561", "109421"],
            "dixy": E,
            "perekrestok": ["3948371", "3356275"],
        }, "fresh avocados of any pack (2-pack, 700 g, by weight); «2 штучки» is a quantity; the Дикси 700 g pack is "
           "out of stock; Mr.Ricco oil «с доб. масла авокадо» and mayonnaise «с мас. авок.» excluded"),
    ]),
    # L18 sugar-free sweets (item 2 replaced, see README)
    ("мороженое без сахара, пастила без сахара, мармеладки без сахара", [
        ("мороженое без сахара", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no ice cream titled sugar-free; all пломбир/эскимо offers are ordinary"),
        ("пастила без сахара", {
            "pyaterochka": ["4049946"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "replacement item (the blind «джем на фруктозе» had nothing anywhere): «Белёвская пастила классическая без "
           "добавления сахара»; Белёвская пастила с корицей / с кедровым орехом (with sugar), зефир and Магнит "
           "«БЕЛЕВСКАЯ ПАСТИЛА Мармелад» excluded"),
        ("мармеладки без сахара", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no marmalade titled sugar-free; Ecobotanica «Мармел черсморчиа» does not say so (excluded), jelly and "
           "chewy marmalades are sweetened; the sugar-free Белёвская пастила is пастила, not marmalade"),
    ]),
    # L19 lactose-free
    ("творог безлактозный, сыр без лактозы, сливочное масло безлактозное", [
        ("творог безлактозный", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no lactose-free cottage cheese; lactose-free milk, sour cream, cream, yoghurt and mozzarella excluded"),
        ("сыр без лактозы", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["4121963", "4121964", "4377381", "4377387"],
        }, "cheeses titled безлактозный: Unagrande mozzarella «для сэндвичей», «Чильеджина», «протеиновый» 4х30 г and "
           "«протеиновый чильеджина»; hard cheeses are often naturally lactose-free but no title says so (outside "
           "knowledge not applied), Дикси Viola lactose-free Greek yoghurt is not cheese"),
        ("сливочное масло безлактозное", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no lactose-free butter; Простоквашино 82 % and Вкуснотеево 82,5 % butter are ordinary"),
    ]),
    # L20 whole-grain and gluten-light pasta
    ("макароны цельнозерновые, лапша гречневая, киноа", [
        ("макароны цельнозерновые", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no whole-grain pasta; durum-wheat («из твердых сортов») pasta is not whole-grain"),
        ("лапша гречневая", {
            "pyaterochka": ["3618853"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "buckwheat noodles «Лапша гречневая Соба»; udon, funchoza, instant noodles and lagman excluded"),
        ("киноа", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no quinoa grain; VИТАМИН «Киноа с овощами/базиликом» 400 г is a frozen ready vegetable mix, excluded"),
    ]),
    # L21 canned protein and salad
    ("тунца в с/с 3 банки, фасоль красная консервированная, салат листовой айсберг", [
        ("тунца в с/с 3 банки", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no tuna in its own juice: Морской котик «в масле» and Магуро «в оливковом масле» excluded, as are tuna "
           "pâté, frozen tuna, dried tuna snack and tuna salads; «3 банки» is a quantity"),
        ("фасоль красная консервированная", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["3635743"],
        }, "canned red beans (Маркет «натуральная» 400 г); Бондюэль «Красная фасоль в классическом Барбекю» (beans in "
           "sauce), white beans and salads with red beans excluded"),
        ("салат листовой айсберг", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["77107", "4312456"],
        }, "iceberg lettuce (head, and Выгодно «Айсберг свежий мытый» 200 г); iceberg mixes with romaine/radicchio, "
           "Магнит «Салат листовой» (variety not stated), Романо, рукола and Фриллис excluded"),
    ]),
    # L22 Greek salad
    ("томатики черри, свежий шпинат, сыр фета, зеленые оливки б/к", [
        ("томатики черри", {
            "pyaterochka": E,
            "magnit": ["169381", "107681", "168841"],
            "dixy": E,
            "perekrestok": ["3676649", "4188460", "3673307"],
        }, "fresh cherry tomatoes of any colour/shape/pack (на ветке, сливовидные, медовые красные/оранжевые); "
           "cocktail, plum and regular tomatoes, Магнит «Ассорти Черри и Корнишоны» and marinated tomatoes excluded"),
        ("свежий шпинат", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["78000187", "3369264", "4295871"],
        }, "fresh spinach leaves (бэби, мини, and «Салат Мини Шпинат» Маркет Fresh); рукола-мангольд-шпинат mix, "
           "smoothies, yoghurt and pet food with spinach excluded"),
        ("сыр фета", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["4227953"],
        }, "cheese titled фета (Sveza «фета нежная»); Фетакса (by convention), Экомилк «Фетика», Сиртаки brine cheese "
           "«для греческого салата», Сербская брынза excluded -- other named cheeses, not feta"),
        ("зеленые оливки б/к", {
            "pyaterochka": ["3436775", "4005882"], "magnit": E, "dixy": E, "perekrestok": ["4249104"],
        }, "pitted green olives: ITLV «Оливки зел. без косточки», Filippo Berio and La Explanada «Оливки без косточки» "
           "(«оливки» without colour = green in Russian usage); маслины, olives with stones, stuffed olives (апельсин, "
           "трюфель, лимон, креветка, лосось) and «Оливки-гриль в масле» excluded"),
    ]),
    # L23 fibre for breakfast
    ("отруби овсяные, курага без сахара, чернослив б/к, хлопья овсяные долгой варки", [
        ("отруби овсяные", {
            "pyaterochka": ["3388018"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "oat bran (ДИАДАР «Отруби хрустящие овсяные»); yoghurt «с отрубями» excluded"),
        ("курага без сахара", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no dried apricots; Велле «Курага» oat product excluded"),
        ("чернослив б/к", {
            "pyaterochka": ["3608001"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "pitted prunes (NaturFoods «без косточек»); yoghurts, pâté, chocolate and cake with prunes excluded"),
        ("хлопья овсяные долгой варки", {
            "pyaterochka": ["4027131", "3472901"], "magnit": E, "dixy": E, "perekrestok": E,
        }, "long-cooking rolled oats: Клинские «Геркулес» and УВЕЛКА «традиционные» (outside knowledge: геркулес / "
           "traditional flakes are the long-cooking kind); instant «без варки» porridge and flavoured porridges "
           "excluded"),
    ]),
    # L24 vegan snack (item 3 replaced, see README)
    ("хумусик классический, лаваш цельнозерновой, миндальное молочко", [
        ("хумусик классический", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no plain classic hummus: Пятёрочка «Хумус, с кедровыми орешками» (flavour) and Sabra «ХУМУС рец. из "
           "Иерусалима» excluded -- Sabra sells «Классический» and «Рецепт из Иерусалима» as different varieties "
           "(outside knowledge), and the written variety is required"),
        ("лаваш цельнозерновой", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": E,
        }, "no lavash at all; Mission wheat tortillas excluded"),
        ("миндальное молочко", {
            "pyaterochka": ["3681869"], "magnit": ["db2040cb74"], "dixy": E, "perekrestok": E,
        }, "replacement item (the blind «соевый йогурт» had nothing anywhere and the whole list was empty): almond "
           "drinks GREEN MILK «МИНДАЛЬ» 750 мл and PLANTO «Нап минд Almond» 1 л; almond chocolate, cookies and "
           "Lenor «миндальное масло» excluded"),
    ]),
    # L25 low-salt, low-sugar basics
    ("минералка без газа 1.5, сок томатный без соли, сельдерей стебли, натуральный йогурт без сахара и добавок", [
        ("минералка без газа 1.5", {
            "pyaterochka": ["2139858", "3630602"], "magnit": E, "dixy": E, "perekrestok": ["3020"],
        }, "still mineral water in 1.5 l bottles: Пилигрим «минеральная, без газа», Evian «минеральная столовая "
           "негазированная», Архыз Легенда Гор «негазированная» 1,5 л (title does not say mineral; the same line is "
           "titled «минеральная природная столовая» in Пятёрочка's 0.75 l offer); sparkling and medicinal waters, "
           "Нагутская-26 (carbonated, outside knowledge), 0.5/0.75/1/5 l bottles, plain drinking waters (Святой "
           "источник, Сенежская, Архыз «Горная природная питьевая», Малаховская) and flavoured waters excluded"),
        ("сок томатный без соли", {
            "pyaterochka": E, "magnit": E, "dixy": E, "perekrestok": ["14125"],
        }, "tomato juice without salt: only Сады Придонья «томатный для детского питания» (outside knowledge: "
           "children's juice has no added salt); «с солью» juices (Сады Придонья 2 л, Santal), juices that do not say "
           "salt-free (Rich, J7, Дары Кубани, Фруктовый сад -- ordinary tomato juice is salted), Добрый tomato nectar "
           "and !DEAS vegetable juice excluded"),
        ("сельдерей стебли", {
            "pyaterochka": E, "magnit": ["168811"], "dixy": E, "perekrestok": ["2065179"],
        }, "stalk celery («Сельдерей стебель», «Сельдерей черешковый»); juice with celery excluded"),
        ("натуральный йогурт без сахара и добавок", {
            "pyaterochka": ["3954723", "3503857", "3433156"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain unflavoured spoonable yoghurt: Greek yoghurts as in fzb02, Bio-Max «Классический», DANONE/ДАНОН «Йогурт "
           "3,3%» 110 and 350 г (no flavour in the title; taken as Danone's natural yoghurt, outside knowledge); "
           "flavoured and fruit yoghurts, drinking yoghurts (Epica пит., Activia 260 г bottles), children's yoghurts "
           "and yoghurt drinks excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzb"))
