#!/usr/bin/env python3
"""Re-create tests/data/fresh_basket_eval_a.jsonl — a second, independently written set of
everyday-food shopping lists hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 tests/data/fresh_basket_eval_a.build.py

LISTS below is literal data: each shopping list as a household would type it in a chat,
and for every item the product ids of every store that a reasonable shopper would accept.
The ids were chosen by reading the candidate titles of each store one by one (grepped
broadly by stem, synonym and the stores' own names); the per-item note records what was
deliberately excluded.  An empty list means the store has nothing acceptable ("missing").
The labels were made without looking at korzina's matcher or taxonomy.

The script only checks the data and writes the JSONL:
* every id exists in real_offers.jsonl *for that store* and that offer is in stock
  (``available`` true — an out-of-stock offer is never an acceptable answer);
* no id is repeated within an item's store list;
* every item has exactly the four store keys, in the same order as real_basket_eval;
* the labels occur in the list text, in order, each one a whole item (bounded by the
  start/end of the text, a comma or a new line).
List ids are fa01, fa02, ... in LISTS order; split is "fresh" for all.
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_a.jsonl")

ALL_EGGS_PYAT = ["3341462", "3446505", "3620510"]
ALL_EGGS_PEREK = ["3062835", "3062836", "3341462", "3446505", "3634491", "3662512", "4068694", "4202935", "44323"]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    ("молочко 1.5, творог 9%, сметанка 10%", [
        ("молочко 1.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["00af023fd1", "05c941826b", "31aa236aad", "3474103", "4308790", "45d6dee261", "7c1d7afff6", "85dd44d923",
                            "b151abcd68", "b267022f66", "d846def77b"],
        }, "drinking cow milk exactly 1.5 % (lactose-free and Сарафаново детское accepted); 0.5 %, 1 %, 1.8 %, 2.5 % excluded"),
        ("творог 9%", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4185866", "4216658"],
        }, "plain cottage cheese exactly 9 %; творожные десерты/продукты, «Творожок» Чудо, творожный сыр excluded"),
        ("сметанка 10%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4287503"],
        }, "diminutive of сметана; exactly 10 % (Зелёная Линия термостатная); 15/20/25/30 % and сливки 10 % excluded"),
    ]),
    ("кефирчик\nваренец\nмасло простоквашино", [
        ("кефирчик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir in any store; варенец, ряженка Агуша клубника, тан, кисломолочные коктейли, Актимель are not kefir"),
        ("варенец", {
            "pyaterochka": ["3610732"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "only Пятёрочка «Варенец термостатный 4%»; ряженка/кефир not substituted"),
        ("масло простоквашино", {
            "pyaterochka": [],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "Простоквашино butter (the brand makes no oil); Простоквашино milk/сметана/йогурт and other brands' butter excluded"),
    ]),
    ("2 пачки маслица 72.5, сыр маасдам, яйца с0", [
        ("2 пачки маслица 72.5", {
            "pyaterochka": ["3658095"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter exactly 72.5 % (Брест-Литовск); 82/82.5 % butter, margarine «Пышка» 72 % and chocolate butter 62 % excluded"),
        ("сыр маасдам", {
            "pyaterochka": ["3448799", "4070003"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4074230", "4260755"],
        }, "Maasdam only (incl. «Ламбер Маасдам»); plain «Сыр Ламбер 50%» (Магнит), other semi-hard cheeses excluded"),
        ("яйца с0", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3634491", "4202935", "44323"],
        }, "chicken eggs of category С0 = «отборные»/«СО» (Роскар «Экстра СО» accepted); С1, quail, Kinder excluded"),
    ]),
    ("пармизан, спагетти barilla, оливковое масло extra virgin", [
        ("пармизан", {
            "pyaterochka": ["24647", "3433812", "3462825", "3650219"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3206443", "3433812", "3912980", "3963977"],
        }, "typo for пармезан; Parmesan-type hard cheese titled Пармезан (grated, Castello Reggianito «ПАРМЕЗ.» accepted); Palermo, chips/fuet/Naturals «с пармезаном» excluded"),
        ("спагетти barilla", {
            "pyaterochka": ["4037644"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Barilla spaghetti only; Barilla capellini/penne/pipe/girandole and other brands' spaghetti excluded"),
        ("оливковое масло extra virgin", {
            "pyaterochka": ["2153521", "4082388", "63538"],
            "magnit": ["190b32a64b", "204571"],
            "dixy": [],
            "perekrestok": [],
        }, "extra-virgin olive oil (MONINI Classico «олив.нераф.» accepted); Global Village refined+virgin blend, Магнит «Pure», sunflower oil «с доб. олив», маслины, tuna in olive oil excluded"),
    ]),
    ("курочку целую, голени куриные, рис для плова", [
        ("курочку целую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4214722", "4252168", "4312266"],
        }, "whole raw chicken (тушка цыплёнка, цыплёнок-бройлер, цыплёнок корнишон); parts, duckling carcass, canned «Мясо цыпленка» excluded"),
        ("голени куриные", {
            "pyaterochka": [],
            "magnit": ["168301"],
            "dixy": [],
            "perekrestok": ["2073281", "4328959"],
        }, "raw chicken drumsticks incl. raw in marinade; smoked «Павловская курочка голень к/в», turkey drumstick fillet excluded"),
        ("рис для плова", {
            "pyaterochka": ["3413111", "3483037", "3992161"],
            "magnit": ["106021"],
            "dixy": [],
            "perekrestok": [],
        }, "rice sold «для плова» (incl. Global Village «Крупа рисовая… Рис для плова»); Увелка «Девзира с зирой» (a plov variety, but not sold as «для плова») and other rice (Кубань, Адриатика, басмати, жасмин), «Рис и греча», MAGGI «для плова» seasoning excluded"),
    ]),
    ("свиная лопатка кило\n2 банки тушенки свиной", [
        ("свиная лопатка кило", {
            "pyaterochka": ["3666473"],
            "magnit": ["107281"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork shoulder; «Лопатка Фермерская» варёно-копчёная, «Дымовица из лопатки», beef лопаточная часть excluded; «кило» is a quantity"),
        ("2 банки тушенки свиной", {
            "pyaterochka": ["2143238", "3452600", "3483538", "3675349"],
            "magnit": ["746a50c3f0"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed pork (incl. «ЕЛИН.Свин.туш.»); beef/venison тушёнка, pâtés excluded"),
    ]),
    ("филе индейки, утиная грудка, окорочка", [
        ("филе индейки", {
            "pyaterochka": ["3626093", "3662143", "3673236", "3675942", "3966112", "4013612", "4043489"],
            "magnit": ["107181", "107381"],
            "dixy": [],
            "perekrestok": ["3662143", "3673236", "3688509", "3950353", "3966112", "3979117", "4216558", "4326921", "4345931"],
        }, "raw boneless turkey fillet of any part (breast, малое филе/вырезка, thigh, drumstick, fillet steaks, Индилайт «Медальоны»), raw in marinade accepted; азу, буженина, фарш, котлеты, ham/pastrami, canned SETRA excluded"),
        ("утиная грудка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4332272"],
        }, "raw duckling breast fillet; сырокопчёное duck fillet, Оливье с утиной грудкой, duck окорочок/тушка excluded"),
        ("окорочка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken leg quarters anywhere; «Окорочок утёнка» (duck) is a trap, chicken бедро/голень are other cuts"),
    ]),
    ("сервилат самый дешевый, колбаска молочная, сосиски молочные", [
        ("сервилат самый дешевый", {
            "pyaterochka": ["3379266", "3385833", "3440935", "3442569", "3660417", "3671899", "3696443", "4039999"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3654318", "4064566", "4135604", "4166796", "4217621", "4283094", "4390257", "4394293", "4400591"],
        }, "typo for сервелат; any сервелат (incl. Егорьевский имбирный с/к, abbreviated «Колб.СЕРВ.КРЕМЛЕВ.»); the tier «самый дешевый» does not narrow the set; other smoked sausages excluded"),
        ("колбаска молочная", {
            "pyaterochka": ["3661283", "4038405", "4091338"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4338321", "4352004"],
        }, "boiled sausage «Молочная» (incl. Стародворье «Молочная Дугушка»); сосиски молочные, Вязанка «Молокуша», other boiled sausages excluded"),
        ("сосиски молочные", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "сосиски «Молочные»; колбаса молочная, сливочные/детские сосиски excluded"),
    ]),
    ("скумбрия холодного копчения\nсемга слабосоленая\nшпроты", [
        ("скумбрия холодного копчения", {
            "pyaterochka": ["3454689"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4358592"],
        }, "cold-smoked mackerel (whole or pieces); canned mackerel (в т/с, натуральная), Магнит «Скумбрия рубленная» spread excluded"),
        ("семга слабосоленая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3387452", "3387453"],
        }, "lightly salted сёмга; trout, frozen salmon, Оливье со слабосоленой семгой, salad Филадельфия с лососем excluded"),
        ("шпроты", {
            "pyaterochka": ["3468684", "3469704", "3475329", "3504456", "3609788", "3648434"],
            "magnit": ["109251"],
            "dixy": [],
            "perekrestok": [],
        }, "canned шпроты (incl. «из салаки» and «из балтийской кильки»); килька in tomato sauce or spiced-salted excluded"),
    ]),
    ("треску, горбушу, кальмар тушка", [
        ("треску", {
            "pyaterochka": ["3626338", "3644547"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4023639", "4352492", "4352493", "4358015", "4406364"],
        }, "cod as fish (тушка, fillet, steak, frozen); икра трески, рыбные котлеты из трески, cat food с треской excluded"),
        ("горбушу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4351939"],
        }, "pink salmon as fish; икра горбуши (trap) and canned «Горбуша натуральная» excluded"),
        ("кальмар тушка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4122013", "4355942"],
        }, "frozen squid carcasses; boiled соломка/щупальца in brine, пресервы, dried squid snack excluded"),
    ]),
    ("укропчик, петрушка, редиска, перец болгарский", [
        ("укропчик", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill alone; dried dill, herb assortments (петрушка-укроп-лук), сельдь/сыр «с укропом» excluded"),
        ("петрушка", {
            "pyaterochka": [],
            "magnit": ["200411"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh parsley alone; Перекрёсток herb assortments and «с петрушкой» products excluded"),
        ("редиска", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["25180"],
        }, "red radish; daikon excluded"),
        ("перец болгарский", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["2080290", "4228843", "6177", "6178"],
        }, "fresh sweet pepper of any colour (Рамиро, ассорти 2 шт); black pepper, canned перец-гриль excluded"),
    ]),
    ("кабачки 2 шт, шампиньоны, чеснок", [
        ("кабачки 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["44110", "48632"],
        }, "fresh courgettes incl. цуккини; икра из кабачков, «Кабачки в аджике» excluded"),
        ("шампиньоны", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3210027", "4280106"],
        }, "fresh champignons; marinated Bonduelle, вешенки, salad with champignons excluded"),
        ("чеснок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic bulbs; salted garlic, dried granules, garlic-flavoured snacks/oil excluded"),
    ]),
    ("голубика, клубника, хурму", [
        ("голубика", {
            "pyaterochka": ["54727"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3641622", "3949603", "4052118", "4129944", "4438675", "48663"],
        }, "fresh blueberries alone; berry mixes (голубика-малина, клубника-голубика), blue-mould cheese excluded"),
        ("клубника", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["11034", "3457076", "4391361"],
        }, "fresh strawberries; berry mixes, strawberry yogurts/croissants/donuts/ryazhenka excluded"),
        ("хурму", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4309366"],
        }, "fresh persimmon"),
    ]),
    ("пшено, перловка, мука ржаная", [
        ("пшено", {
            "pyaterochka": ["3674169"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats (boil-in-bag accepted); пшеничная мука/хлопья excluded"),
        ("перловка", {
            "pyaterochka": [],
            "magnit": ["820f08519d"],
            "dixy": [],
            "perekrestok": [],
        }, "pearl barley (Увелка «Перловая крупа»); ячневая крупа excluded"),
        ("мука ржаная", {
            "pyaterochka": ["3653414"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye flour; wheat flour (incl. «хлебопекарная»), rye bread/хлебцы excluded"),
    ]),
    ("мексиканская смесь, гавайская смесь, наггетсы", [
        ("мексиканская смесь", {
            "pyaterochka": ["3699703"],
            "magnit": ["204671"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen Mexican vegetable mix; «Стейк индейки По-мексикански» and other frozen mixes excluded"),
        ("гавайская смесь", {
            "pyaterochka": ["3699702"],
            "magnit": ["b6f4eb0634"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen Hawaiian vegetable mix; Чудо йогурт «Гавайский микс» excluded"),
        ("наггетсы", {
            "pyaterochka": ["3683201", "4057693"],
            "magnit": ["109401", "167971", "199041"],
            "dixy": [],
            "perekrestok": [],
        }, "chicken or turkey nuggets; breading mix «для наггетсов», Мираторг «Хрумпилсы», котлеты excluded"),
    ]),
    ("пельмени мираторг\nвареники с картошкой", [
        ("пельмени мираторг", {
            "pyaterochka": ["3613537", "3613651", "4000407"],
            "magnit": ["160301", "167901", "213711"],
            "dixy": [],
            "perekrestok": [],
        }, "Мираторг pelmeni only; other brands' pelmeni and Мираторг котлеты/наггетсы excluded"),
        ("вареники с картошкой", {
            "pyaterochka": ["2125815", "3464203", "3697765"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "vareniki with potato filling (with onion or mushrooms accepted); блинчики с картофелем/грибами, pelmeni excluded"),
    ]),
    ("пельмешки сибирская коллекция, сметанка", [
        ("пельмешки сибирская коллекция", {
            "pyaterochka": ["3671957", "3693405", "3693417", "3693418", "3985043"],
            "magnit": ["111711", "4907605c6d"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "Сибирская коллекция pelmeni (titles «Sибирская», «SИБИРСКАЯ», «СИБИР.КОЛЛЕК.Пельм.» too); its блинчики с мясом and other brands excluded"),
        ("сметанка", {
            "pyaterochka": ["3664287", "3665624"],
            "magnit": ["199001", "de14617e33"],
            "dixy": [],
            "perekrestok": ["3293409", "3444929", "3478958", "3634033", "3651188", "3664287", "3665624", "3665625",
                            "4095525", "4121592", "4121609", "4217906", "4217907", "4262694", "4262697", "4272205",
                            "4287503", "4314536", "4314537", "4335470", "4349770", "4431124", "58101"],
        }, "sour cream of any fat incl. lactose-free; sour-cream-flavoured chips/гренки/арахис, «Сметанник» cake excluded"),
    ]),
    ("фасоль белая, икра кабачковая, паштет печеночный", [
        ("фасоль белая", {
            "pyaterochka": [],
            "magnit": ["203101"],
            "dixy": [],
            "perekrestok": ["20062", "3635745"],
        }, "plain canned white beans; red beans, «Фасоль печеная в томатном соусе», beans in BBQ sauce, bean salads excluded"),
        ("икра кабачковая", {
            "pyaterochka": ["3495888", "3681570", "3903538", "51725"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "squash caviar; eggplant/pepper caviar, fish roe, икорные изделия excluded"),
        ("паштет печеночный", {
            "pyaterochka": ["3274799", "3373724", "3656033"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3373724"],
        }, "liver pâté; Егорьевский «Деревенский» 3373724 accepted in Пятёрочка too (Перекрёсток titles the same id «Паштет из печени»); Гастроном №1/Рублевский/Бахрушинъ of unstated kind, tuna/turkey/duck pâtés, Hame excluded"),
    ]),
    ("яйца подешевле, хлебушка, молоко топленое", [
        ("яйца подешевле", {
            "pyaterochka": ALL_EGGS_PYAT,
            "magnit": [],
            "dixy": [],
            "perekrestok": ALL_EGGS_PEREK,
        }, "chicken eggs of any category/pack; the tier «подешевле» does not narrow the set; quail eggs, Kinder, mayonnaise «на перепелиных яйцах» excluded"),
        ("хлебушка", {
            "pyaterochka": ["3372334", "3455614", "3455615", "3480920", "3500217", "3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "diminutive of хлеб: loaves incl. батон нарезной and the misspelt title «Хреб Ржаной Край»; хлебцы, гренки, сдоба, tortilla, «Хлебный спас» cookies excluded"),
        ("молоко топленое", {
            "pyaterochka": ["3605407"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["048cfd6df0", "454220ffc6", "6f87bafd7a", "ad7b14885c"],
        }, "baked milk; plain milk and «со вкусом топлёного молока» wafers/пряники/сыр excluded"),
    ]),
    ("сливки 20%, круассаны, йогурт activia", [
        ("сливки 20%", {
            "pyaterochka": [],
            "magnit": ["535b7bd00d", "c02145f904"],
            "dixy": [],
            "perekrestok": ["4178851"],
        }, "cream exactly 20 %; сметана 20 %, 10/11/33 % cream, dry creamer excluded"),
        ("круассаны", {
            "pyaterochka": ["3489008", "3489010", "3621621", "3621622", "3621623", "3621626", "3621627", "3626932",
                            "3626933", "3900907", "3900908", "3900909", "3900912"],
            "magnit": ["b72da0bbe2"],
            "dixy": [],
            "perekrestok": [],
        }, "packaged croissants of any filling incl. mini; donuts, muffins, рулеты excluded"),
        ("йогурт activia", {
            "pyaterochka": ["3483915", "4035471", "4035472", "4035473", "4035474", "4035476", "4035562", "4035564",
                            "4038830", "4038831", "4045357"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Активиа biyogurt of any flavour (titles «Активиа», «АКТИВИЯ», «АКТИВ.Биойогурт»); Актимель, other biyogurts, Bio-Max excluded"),
    ]),
    ("кусок говядины, сулугуни, сыр голландский", [
        ("кусок говядины", {
            "pyaterochka": ["3606378", "3677033", "3917642", "3991972"],
            "magnit": ["199481"],
            "dixy": [],
            "perekrestok": [],
        }, "raw beef cut (мякоть, шейная/лопаточная часть, steaks); tongue, фарш, котлеты, тушёнка, cured/smoked beef, холодец excluded"),
        ("сулугуни", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3203422", "3484610", "4050805"],
        }, "сулугуни incl. sticks; чечил, моцарелла excluded"),
        ("сыр голландский", {
            "pyaterochka": [],
            "magnit": ["a75e794e26"],
            "dixy": [],
            "perekrestok": ["3498368", "3668519"],
        }, "Голландский cheese incl. sliced/grated; Российский, Эдам and other semi-hard cheeses excluded"),
    ]),
    ("грейпфрут, персики, яйца перепелиные", [
        ("грейпфрут", {
            "pyaterochka": [],
            "magnit": ["168611", "199701"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh grapefruit; multi-fruit juice and grapefruit air freshener excluded"),
        ("персики", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295869"],
        }, "fresh peaches (Персик Инжирный); peach yogurts, nectars, baby products excluded"),
        ("яйца перепелиные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4321659"],
        }, "quail eggs only; chicken eggs, mayonnaise «на перепелиных яйцах», Оливье с перепелиным яйцом excluded"),
    ]),
    ("пангасиус, корейка свиная", [
        ("пангасиус", {
            "pyaterochka": [],
            "magnit": ["168351"],
            "dixy": [],
            "perekrestok": [],
        }, "pangasius fillet; other white fish (tilapia, hake, pollock) not substituted"),
        ("корейка свиная", {
            "pyaterochka": ["3666497"],
            "magnit": ["107271"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork loin; smoked «Корейка фермерская в/к» and варёно-копчёная корейка Черкизово excluded"),
    ]),
    ("брынза, сахар рафинад, соль морская", [
        ("брынза", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4373714", "4394485"],
        }, "brynza cheese; фета, Фетакса, Сиртаки, salad «из свеклы и брынзы» excluded"),
        ("сахар рафинад", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "sugar cubes («Сахар белый прессованный»); «Сахар тростниковый нерафинированный Демерара» is a trap"),
        ("соль морская", {
            "pyaterochka": [],
            "magnit": ["a48e91c3fa"],
            "dixy": [],
            "perekrestok": [],
        }, "sea salt; nuts/seeds/juice «с морской солью», seasoning mixes excluded"),
    ]),
    ("хинкали, блинчики с мясом", [
        ("хинкали", {
            "pyaterochka": ["3446970"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen khinkali; pelmeni not substituted"),
        ("блинчики с мясом", {
            "pyaterochka": ["3403651", "3662908"],
            "magnit": ["1000394738"],
            "dixy": [],
            "perekrestok": [],
        }, "pancakes with meat filling (veal accepted, Магнит «Блины с мясом»); ham+cheese, chicken+mushroom, potato, sweet and plain pancakes excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fa"))
