#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yi.jsonl -- shopping lists for healthy eating and special diets
(gluten-free, lactose-free, low-fat, sugar-free, vegan, diabetic, high-protein and sports food),
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yi.build.py

LISTS below is literal data: 25 lists (3-5 items) as people on a diet would type their weekly shop
to a Telegram bot, copied byte for byte from fresh_basket_eval_yi.blind_lists.txt (written before
any offer was read) except three items replaced because their whole list was empty in every store
(see REPLACED and the README), and for every item the product ids of every store that a reasonable
shopper would accept.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems,
synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one;
the note of each item records what was accepted, what was deliberately left out and any judgement
that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without reading or running anything of the tool itself.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and
is in stock (``available`` true), no id is repeated within an item, every item has a note, and the
labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL.  List ids are fyi01, fyi02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yi.jsonl")

# Blind item -> replacement used in LISTS (only for lists that were empty in all four stores).
REPLACED = {
    "fyi02": ("тофушка копченая", "тофушка натуральная"),
    "fyi18": ("конфеты на фруктозе", "карамель без сахара"),
    "fyi23": ("витамин с шипучий", "напиток витаминизированный"),
}

E = []  # shorthand for "nothing acceptable in this store"

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyi01 lactose-free / low-fat breakfast
    ("молоко безлактозное valio 1.5, творожок обезжиреный, йогурт греческий 2% без сахара, хлебцы из цельного зерна", [
        ("молоко безлактозное valio 1.5", {
            "pyaterochka": ["3146538"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Valio lactose-free drinking milk 1.5% (Пятёрочка «VALIO Молоко ZERO LACTOSE 1,5%»); lactose-free milks of "
           "other brands (Parmalat, Домик в деревне 1.8%, Аммм 3.2%) and other Valio/Viola products excluded"),
        ("творожок обезжиреный", {
            "pyaterochka": ["4067060"],
            "magnit": ["1000157386", "1000453156", "1eb57431af", "8000073444", "1899910741"],
            "dixy": E,
            "perekrestok": ["3194302"],
        }, "plain cottage cheese titled «обезжиренный» or 0% (incl. soft DANONE «Творог мягкий обезжиренный», Савушкин "
           "Нежный 0%, Резной Палисад «обезжиренный 1.8%» as titled); Lactica 1.5% and 2% curds (not called "
           "обезжиренный), Exponenta High-Pro «продукт обезжиренный» (not творог), Чудо/Даниссимо «творожок» desserts, "
           "flavoured kids' curds excluded"),
        ("йогурт греческий 2% без сахара", {
            "pyaterochka": E,
            "magnit": ["dafd7c4dc4"],
            "dixy": ["2000585835", "2000596134", "2000297751", "2000253975"],
            "perekrestok": E,
        }, "plain Greek yoghurt of exactly 2% (Магнит «Йогурт ГРЕЧЕСКИЙ, 2%», Neo «Классический», Простоквашино "
           "«Греческий», Савушкин Teos without flavour, Teos «Натуральный»); plain Greek yoghurt taken as без сахара "
           "(outside knowledge: no sweetener in the unflavoured line); flavoured Teos (черника, клубника, манго-чиа, "
           "орех-мед), Хуторок/Neo 1.7%, Epica 2.5%, Lactica 4%, two-layer 3% and Venns 0.1% excluded"),
        ("хлебцы из цельного зерна", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no crispbread is titled whole-grain: Dr.Korner «Корнерсы цельнозерновые» (Магнит) are flavoured snack crisps, "
           "not хлебцы; Коломенский «ХЛЕБЦЫ зерновые», ЩЕДРЫЕ «5 злаков», Magic Grain «мультизлаковые», Бурже «шведские "
           "с семенами», Dr.Korner extruded cereal crispbreads and rice/corn crispbreads do not say whole grain and were "
           "left out"),
    ]),
    # fyi02 vegan pantry (one item replaced, see REPLACED)
    ("альпро овсяное, тофушка натуральная, нут сухой 800г, хумус классика", [
        ("альпро овсяное", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Alpro/Planto oat drink in the offers; Дикси «Alpro/Planto» coconut-rice and almond drinks and other "
           "brands' oat drinks (Nemoloko, Hi, Vega Natura) are not Alpro oat"),
        ("тофушка натуральная", {
            "pyaterochka": E,
            "magnit": ["8000092760"],
            "dixy": E,
            "perekrestok": E,
        }, "REPLACEMENT of blind «тофушка копченая» (the whole list was empty): plain tofu, Магнит «Сыр Тофу натуральный "
           "Россоя»; no other tofu in the offers"),
        ("нут сухой 800г", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no dry chickpeas in the offers; chickpea flour (Garnec), barley-chickpea drinks (Green Milk), chickpea chips "
           "and peas (Горох Увелка/Маркет) excluded"),
        ("хумус классика", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "the only hummus is Перекрёсток Груня «из сладкого батата с чимичурри» -- not classic, excluded"),
    ]),
    # fyi03 gluten-free
    ("макароны безглютеновые, мука рисовая 500г, хлеб безглютеновый, греча зеленая", [
        ("макароны безглютеновые", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4351513", "4323866", "4324027"],
        }, "pasta titled без глютена (Зелёная Линия Спагетти №3 from green pea and from corn-rice flour) plus Зелёная Линия "
           "«Трубочки из рисовой и кукурузной муки» (outside knowledge: rice and corn flour contain no gluten, same line "
           "as the corn-rice spaghetti); «Спиральки из гречневой муки» (buckwheat pasta often contains wheat), фунчоза "
           "and soba noodles and ordinary wheat pasta excluded"),
        ("мука рисовая 500г", {
            "pyaterochka": E,
            "magnit": ["5221bd2444"],
            "dixy": ["2000307487"],
            "perekrestok": ["3196995", "4331381", "4367235"],
        }, "rice flour in 500 g packs (С.Пудовъ, Гарнец, Зелёная Линия wholegrain rice flour, Гарнец brown-rice flour); "
           "«универсальная без глютена» mixes, corn, buckwheat and other flours excluded"),
        ("хлеб безглютеновый", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no bread titled без глютена / безглютеновый; rye and yeast-free («бездрожжевой») breads are not gluten-free"),
        ("греча зеленая", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4119542", "4046132", "4151853"],
        }, "green buckwheat groats (Bravolli, Агро-Альянс зелёная Экстра, Зелёная Линия «Гречка зелёная ядрица»); "
           "ordinary roasted buckwheat, «Биточки куриные с зеленой гречкой» and buckwheat flakes/flour excluded"),
    ]),
    # fyi04 high-protein
    ("батончик протеиновый бомбар, протеин сывороточный шоколад, творог high pro", [
        ("батончик протеиновый бомбар", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Bombbar protein bar; Перекрёсток «Батончик-мюсли Bombbar Клубника» is a muesli bar, Bombbar ice cream and "
           "soda are other products; protein bars of other brands (Snaq Fabriq, BootyBar) excluded"),
        ("протеин сывороточный шоколад", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no whey protein powder in the offers; whey drinks (Мажитэль, Пестравка) and cosmetic «сыворотка» excluded"),
        ("творог high pro", {
            "pyaterochka": E,
            "magnit": ["1000570520"],
            "dixy": ["2000596013", "2000596014"],
            "perekrestok": ["4355852"],
        }, "Exponenta High-Pro spoonable 160 g «продукт кисломолочный обезжиренный» of any flavour, taken as the "
           "high-protein curd the user means (outside knowledge: an ultrafiltered high-protein quark-like product; no "
           "творог is titled High-Pro); Exponenta High-Pro drinks 250 g and Bio-Skyr drinks, ordinary творог, Protein "
           "Power сырок excluded"),
    ]),
    # fyi05 sugar-free / diabetic sweets
    ("шоколадка без сахара горькая, печеньки для диабетиков, сахзам fitparad, мармеладки на стевии", [
        ("шоколадка без сахара горькая", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4313144"],
        }, "dark chocolate titled без сахара (Jean Rene тёмный с инжиром без сахара 68%); oat/rice «шоколад без сахара» "
           "Зелёная Линия (not dark chocolate), «Шоколад на меду» горький (honey-sweetened, not без сахара), Chocodate "
           "candies and ordinary dark chocolate excluded"),
        ("печеньки для диабетиков", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000251113"],
            "perekrestok": ["2140253", "4202831", "4086029", "2091843", "4172266", "4172267", "4283934", "4283939"],
        }, "cookies made without sugar on fructose, stevia, sorbitol or maltitol (Хлебный Спас «на фруктозе», Magic Grain "
           "«стевия», Петродиет «на сорбите», Полёт «Искусство жить» and Посиделкино «на мальтите») -- outside knowledge: "
           "these are the shelf's diabetic cookies, no title says «для диабетиков»; «Диетика» gluten-free cookie, protein "
           "cookies, сушки без сахара and ordinary oat cookies excluded"),
        ("сахзам fitparad", {
            "pyaterochka": E,
            "magnit": ["f7aa3797d3"],
            "dixy": ["2000179434"],
            "perekrestok": E,
        }, "FitParad sugar substitute of any number/size (№10 150 g, №7 60 g)"),
        ("мармеладки на стевии", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no marmalade titled with stevia or without sugar; «Лакомства для здоровья» and other marmalades, пастила "
           "без сахара (not marmalade) excluded"),
    ]),
    # fyi06 low-fat dairy
    ("кефир 1 процентный подешевле, ряженочка 2.5, сметана 10 процентов", [
        ("кефир 1 процентный подешевле", {
            "pyaterochka": E,
            "magnit": ["1000563708", "1000451591", "1899911984", "1000166736"],
            "dixy": ["2000227476", "2000166045"],
            "perekrestok": ["4242643", "4255904", "4328084", "4252383", "3636340", "3467794", "4263416", "2084558",
                            "3352331", "3604602", "4334308"],
        }, "kefir (incl. биокефир) of exactly 1%; «Биокефирный продукт»/«Кефирный продукт» Домик в деревне 1%, Bio Баланс "
           "«кефирный», kefir cocktails and other fats excluded; «подешевле» is a wish, not a filter"),
        ("ряженочка 2.5", {
            "pyaterochka": E,
            "magnit": ["1000348552"],
            "dixy": ["2000536771"],
            "perekrestok": ["4230794"],
        }, "ryazhenka of exactly 2.5% (Славянские кружева, Молочный знак, Домик в деревне «Топленое молоко» 2.5% -- taken "
           "as the plain taste, ryazhenka being baked milk); fruit ryazhenkas 2.1/2%/2.9% and 3.2-4% excluded"),
        ("сметана 10 процентов", {
            "pyaterochka": E,
            "magnit": ["87741a9faa", "1000241416", "65c9123e96", "1000372784", "8000030079"],
            "dixy": ["2000509087", "2000230594", "2000558211"],
            "perekrestok": ["4121582"],
        }, "sour cream of exactly 10% (incl. Экомилк «сливочная» 10%); 15/20/25/30%, «сметанный» mayonnaise and chips "
           "excluded"),
    ]),
    # fyi07 lean meat and vegetables
    ("грудка куриная 1кг, индейка филе грудки, брокколи морож", [
        ("грудка куриная 1кг", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3673509", "3669585", "4242120", "4208844", "53105", "4323072", "3273915", "2173555", "3946764",
                            "4329298", "3653837", "3694848", "52888", "3191300", "78003876", "3362832", "3940063",
                            "4312563", "3678985", "3649232", "3609675", "4306879", "4116904", "4347498", "3034277",
                            "3216279", "3336397", "2160076", "3689116"],
        }, "raw chicken breast: breast fillet with/without skin, breast on the bone, «филе цыплёнка»/«филе куриное» taken "
           "as breast fillet, малое филе and медальоны (cut from the breast fillet -- outside knowledge), Перекрёсток «Филе "
           "грудки фермерское» (bird not named, taken as chicken) and raw «Филе курицы в маринаде»; thigh fillets, "
           "breaded medallions, cooked/ready dishes, sausages «с куриной грудкой» excluded; 1кг is a quantity"),
        ("индейка филе грудки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no turkey breast fillet; Магнит «ФИЛЕ БЕДРА ИНДЕЙКИ» (thigh), Перекрёсток «Медальон из мяса индейки» (cut not "
           "stated), turkey mince, sausages and ham excluded"),
        ("брокколи морож", {
            "pyaterochka": E,
            "magnit": ["21a3b30de8", "6692f38506"],
            "dixy": ["2000184223"],
            "perekrestok": ["74445", "4019919", "4019915", "3444750", "2125852", "4003966", "3405386", "4225833",
                            "3489151", "4325364", "3625801", "4152339", "4238817", "2059262", "4320949"],
        }, "frozen broccoli of any brand/size (Магнит «Брокколи HORTEX 400г» taken as frozen -- Hortex is a frozen-food "
           "brand); fresh broccoli, broccolini and «Никколини» minis, broccoli-cauliflower mixes, purees and sausages "
           "«с брокколи» excluded"),
    ]),
    # fyi08 plant milks
    ("миндальное молоко без сахара, кокосовое молоко для кофе, соевый йогуртик, ne moloko", [
        ("миндальное молоко без сахара", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4085201", "4312743"],
        }, "almond drinks titled без сахара / No Sugars (137 Degrees, Planto Almond No Sugars); almond drinks that do not "
           "say so (Nemoloko, Velle, Alpro/Planto, Planto Almond/Barista, Zinus, HI, Зелёная Линия), caramel-flavoured "
           "Planto soy and «с нектаром кокосовых соцветий» excluded"),
        ("кокосовое молоко для кофе", {
            "pyaterochka": E,
            "magnit": ["1000389522"],
            "dixy": ["2000411037"],
            "perekrestok": E,
        }, "coconut milk: Магнит «Кокосовое молоко Thai Coco» and Дикси «Alpro/Planto Кокосовый с рисом» drink; «для кофе» "
           "is a purpose, not a filter; coconut-flavoured yoghurts, drinks and Green Milk barley-chickpea «кокос» excluded"),
        ("соевый йогуртик", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no soy yoghurt; oat fermented Velle products and dairy yoghurts excluded"),
        ("ne moloko", {
            "pyaterochka": ["3659082"],
            "magnit": ["1000563165", "1000472409", "1000233192", "1000233190", "1000472413", "1000472412", "8000079508"],
            "dixy": ["2000551611", "2000595771", "2000292048", "2000588852"],
            "perekrestok": ["4345770", "3697124"],
        }, "every Nemoloko plant drink (oat classic/chocolate/vanilla, Kids, almond, Professional banana/almond, buckwheat "
           "лайт): the brand is the product; other brands' plant drinks excluded"),
    ]),
    # fyi09 porridge and fibre
    ("овсянка долгой варки, чиа семена, отруби овсяные хрустящие", [
        ("овсянка долгой варки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000222892", "2000219614", "2000601251", "2000005395"],
            "perekrestok": ["4157124", "4005492", "2105514", "3933387", "3421663", "6752", "24926", "3469028", "3921920"],
        }, "oat flakes of the Геркулес type (thick rolled oats, ~20 min -- outside knowledge) not marked quick, incl. "
           "«традиционный», «Монастырский», Nordic «Геркулес Финский», and Лакоме «Королевская резаная» (steel-cut); "
           "«быстрого приготовления», «Нежный», «1 минута», «3-5 мин», Ясно Солнышко №1-3, Экстра/Nordic flakes without "
           "Геркулес, instant porridge sachets, gluten-free and bran flakes excluded"),
        ("чиа семена", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no chia seeds; yoghurts, desserts and oat porridge «с чиа» excluded"),
        ("отруби овсяные хрустящие", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no bran product; «Батон отрубной», «Хлеб с отрубями», Nordic flakes «с отрубями», Актибио «Отруби злаки» "
           "excluded"),
    ]),
    # fyi10 low-fat fridge
    ("сыр легкий 17%, колбаска из индейки не копченая, йогурт питьевой 1.5%, моцарелла лайт", [
        ("сыр легкий 17%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no 17% cheese; light cheeses are 15% (Тысяча Озер Лёгкий) and 30-35% (Брест-Литовск, Радость вкуса, Landers, "
           "Сыроварня Трубецких) -- a written fat % must match exactly"),
        ("колбаска из индейки не копченая", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no non-smoked turkey колбаса: Перекрёсток «Колбаса варёно-копчёная Экстра из индейки» is smoked (excluded by "
           "the negative wish); turkey ham (ИНДИЛАЙТ «Ветчина»), sausages (сосиски) and smoked turkey cuts are other "
           "products"),
        ("йогурт питьевой 1.5%", {
            "pyaterochka": E,
            "magnit": ["8000033680", "8000033684", "8000033677", "1000508295", "eb9eabd4d0", "b12dce2487", "1899900785"],
            "dixy": ["2000326716", "2000595652", "2000524055", "2000524057", "2000524056", "2000330341", "2000330336"],
            "perekrestok": ["4371732", "4298987", "4238985", "2106846", "4166076", "4166345"],
        }, "drinking yoghurt of exactly 1.5%, any flavour: titled «питьевой», plus Актибио 260 g/260 ml bottles and "
           "Зелёная Линия 300 ml (taken as drinking -- outside knowledge/pack); Зелёная Линия 250 g cups, Ростагроэкспорт "
           "«протеиновый» 290 g (not said drinking), Actimel (кисломолочный продукт) and other fats excluded"),
        ("моцарелла лайт", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no mozzarella titled light/лайт; regular 40-45% mozzarella and Unagrande «протеиновый» 35% sticks excluded"),
    ]),
    # fyi11 snacks
    ("хлебцы dr.korner, орешки грецкие, курага б/сахара, батончик фруктовый без сахара", [
        ("хлебцы dr.korner", {
            "pyaterochka": ["f737df041e"],
            "magnit": E,
            "dixy": ["2000136451", "2000136520"],
            "perekrestok": ["4367532"],
        }, "Dr.Korner crispbreads of any flavour; Магнит «Корнерсы ДОКТОР КЁРНЕР» (snack crisps, not хлебцы) excluded"),
        ("орешки грецкие", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3912995", "4259321"],
        }, "walnuts shelled or in shell; «Варенье из грецкого ореха», dates/cheese/chocolate with walnuts, nut gift sets "
           "excluded"),
        ("курага б/сахара", {
            "pyaterochka": E,
            "magnit": ["adf6cd599a"],
            "dixy": E,
            "perekrestok": E,
        }, "dried apricots, Магнит «Курага СЕМУШКА» (no sugar stated; the negative wish excludes only sugared ones); curd "
           "and ryazhenka «с курагой» excluded"),
        ("батончик фруктовый без сахара", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4317912"],
        }, "fruit bar titled без сахара (Зелёная Линия «Батончик из белевской яблочной пастилы без сахара»); fruit/nut bars "
           "that do not say без сахара (kids' fruit bars, Зелёная Линия орехово-фруктовый, R.A.W., Raw to Go, Pikki), "
           "muesli bar ДиYes «без сахара» (not a fruit bar) excluded"),
    ]),
    # fyi12 drinks
    ("чай зеленый без ароматизаторов, томатный сок без соли, кофе без кофеина", [
        ("чай зеленый без ароматизаторов", {
            "pyaterochka": E,
            "magnit": ["df6fe065ca", "b4e965a022", "e1b666c6ef", "a9b0b5bbeb", "b9016fb572", "6af760c408"],
            "dixy": E,
            "perekrestok": E,
        }, "unflavoured green tea, loose or bags (Tess Style taken as plain Chinese green -- outside knowledge, Ahmad, "
           "Kensington, Richard Royal Green); flavoured green teas (Flirt, Лайм, Мохито, Жасмин, клубника/ваниль, "
           "саусеп, Детокс, ананас), black-green mix, oolong and ready-to-drink tea excluded"),
        ("томатный сок без соли", {
            "pyaterochka": ["3652920"],
            "magnit": ["9e403e69fb"],
            "dixy": ["2000550671"],
            "perekrestok": E,
        }, "tomato juice whose title does not say salt (Пятёрочка direct-pressed, Добрый, Любимый 100%); juices titled «с "
           "солью» (Рич 200 мл, Сады Придонья, Маркет, Пр!ст) and Магнит Рич 1 л (same Rich juice, taken as salted), "
           "mixed vegetable detox juice excluded"),
        ("кофе без кофеина", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4332737"],
        }, "decaffeinated coffee: Verle «без кофеина» ground in filter bags; chicory and all caffeinated coffee excluded"),
    ]),
    # fyi13 grains
    ("рис коричневый, крупа киноа, булгур 800г, чечевичка красная", [
        ("рис коричневый", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000000058"],
            "perekrestok": ["4345261"],
        }, "brown (бурый, нешлифованный) rice; white, parboiled, jasmine, basmati rice and rice flour excluded"),
        ("крупа киноа", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no quinoa in the offers"),
        ("булгур 800г", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no bulgur in the offers"),
        ("чечевичка красная", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no lentils in the offers"),
    ]),
    # fyi14 fermented dairy
    ("сыр рикотта, творожок зерненый 5%, скир без сахара, простоквашка", [
        ("сыр рикотта", {
            "pyaterochka": E,
            "magnit": ["1000216595", "98e01d64dc"],
            "dixy": E,
            "perekrestok": ["4158126", "4284063", "4290096"],
        }, "plain ricotta of any fat; Бонджорно «Рикотта с шоколадом» (sweet dessert), ricotta casserole and cakes excluded"),
        ("творожок зерненый 5%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000584511"],
            "perekrestok": ["4223080"],
        }, "plain granular cottage cheese in cream of exactly 5% (Хуторок, Молочный знак); fruit-flavoured «101 Зерно», "
           "Село Зелёное груша/черника, Карат 4%, Магнит «со сливками 6%» excluded"),
        ("скир без сахара", {
            "pyaterochka": E,
            "magnit": ["1000254987"],
            "dixy": E,
            "perekrestok": ["4201120"],
        }, "plain («натуральный») skyr, taken as unsweetened (outside knowledge); «печеное яблоко» skyr and Exponenta "
           "Bio-Skyr drinks excluded"),
        ("простоквашка", {
            "pyaterochka": E,
            "magnit": ["26c8070a70", "1000284419"],
            "dixy": ["2000543672"],
            "perekrestok": E,
        }, "простокваша of any kind (Эго термостатная, Мечниковская); Простоквашино brand products are not простокваша"),
    ]),
    # fyi15 gluten-free / sugar-free pantry
    ("печенюшки без глютена, мюсли б/сахара, масло кокосовое, паста из нута", [
        ("печенюшки без глютена", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4017837"],
        }, "cookies titled безглютеновое (Диетика овсяное); ordinary oat cookies excluded"),
        ("мюсли б/сахара", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no muesli titled without sugar; ОГО «с тропическими фруктами», granolas, muesli bars and yoghurts with muesli "
           "excluded"),
        ("масло кокосовое", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no edible coconut oil; shampoos/shower gels with coconut oil, ghee and avocado oil excluded"),
        ("паста из нута", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no chickpea pasta; Зелёная Линия spaghetti from green pea and corn-rice flour are other pulses/grains"),
    ]),
    # fyi16 vegan
    ("котлеты из растительного мяса, растительный фарш, веганский майонез, колбаса веганская", [
        ("котлеты из растительного мяса", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no plant-based cutlets in the offers"),
        ("растительный фарш", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no plant-based mince in the offers"),
        ("веганский майонез", {
            "pyaterochka": E,
            "magnit": ["1000104853", "1000070834"],
            "dixy": E,
            "perekrestok": ["3311552"],
        }, "egg-free «Постный» mayonnaise sauces (Ряба, Слобода), taken as vegan (outside knowledge: постный = no animal "
           "products); Vegs Family «майонезный с маслом авокадо» (vegan not stated) and ordinary/light mayonnaise excluded"),
        ("колбаса веганская", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no vegan sausage; Гродфуд «Паштет вегетарианский» is a pâté, not колбаса"),
    ]),
    # fyi17 sports
    ("изотоник спортивный, вода без газа 1.5 л, бананы 1кг, экспонента шоколад", [
        ("изотоник спортивный", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no isotonic drink; Святой Источник «спорт» water, vitamin drinks and energy drinks excluded"),
        ("вода без газа 1.5 л", {
            "pyaterochka": E,
            "magnit": ["75ce595dc6", "720f82c2d2", "98aaa95b9c", "65b73d7b58", "162ec6aa1d"],
            "dixy": ["ЦТ0046868", "2000335456", "2000285345"],
            "perekrestok": ["3655718", "4344084", "4264401", "3674372", "4316383"],
        }, "plain still drinking or table-mineral water in 1.5 l bottles (Магнит ЛЕГЕНДА ГОР АРХЫЗ «питьевая природная» "
           "taken as still -- the sparkling one is titled газированная; ФрутоНяня children's water taken as still); "
           "sparkling, flavoured (лимон, персик, клубника), medicinal-table (Легенда Сибири, Славяновская, Ессентуки) "
           "waters and other sizes excluded"),
        ("бананы 1кг", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (incl. Био and red bananas); «Бананы для жарки» (plantains), dried/вяленые bananas and "
           "banana-flavoured goods excluded; 1кг is a quantity"),
        ("экспонента шоколад", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no chocolate-flavoured Exponenta (flavours on offer: клубника-арбуз, солёная карамель, черника, дыня, "
           "страчателла-пломбир, вишня-пломбир, кокос-миндаль, манго, черника-малина) -- excluded"),
    ]),
    # fyi18 diabetic (one item replaced, see REPLACED)
    ("варенье на фруктозе, хлеб диабетический, фруктоза, карамель без сахара", [
        ("варенье на фруктозе", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no varenye/jam on fructose or without sugar; ordinary jams and конфитюры excluded"),
        ("хлеб диабетический", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no bread titled diabetic; rye, grain, bran and wholegrain breads are not labelled for diabetics and were left "
           "out"),
        ("фруктоза", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fructose sold as a sweetener; cookies/crispbreads «на фруктозе» are other products"),
        ("карамель без сахара", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["47448", "47451"],
        }, "REPLACEMENT of blind «конфеты на фруктозе» (the whole list was empty): hard candy titled без сахара (Sula "
           "лесная ягода, мультивитамин); Halls mints, Scandic pastilles and chewing gum excluded"),
    ]),
    # fyi19 lactose-free
    ("сыр безлактозный, сливки безлактозные, масло сливочное безлактозное", [
        ("сыр безлактозный", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no cheese titled lactose-free; aged hard cheeses are not labelled so and were left out"),
        ("сливки безлактозные", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no lactose-free cream in the offers"),
        ("масло сливочное безлактозное", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4196090", "4068626"],
        }, "lactose-free butter of any fat (Тысяча Озёр 82.5%, Зелёная Линия 72.5%); ordinary butter excluded"),
    ]),
    # fyi20 low-fat
    ("молоко 0.5%, йогурт натуральный 0.1%, майонез лайт, сметана 15% валио", [
        ("молоко 0.5%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no drinking milk of 0.5%; айран/тан 0.5% and milkshakes 0.1% are not milk"),
        ("йогурт натуральный 0.1%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no plain yoghurt of 0.1%; Venns Greek «Черника» 0.1% is flavoured, Epos 0.05% flavoured, natural yoghurts are "
           "2-4%"),
        ("майонез лайт", {
            "pyaterochka": E,
            "magnit": ["1000490401"],
            "dixy": E,
            "perekrestok": ["4102644"],
        }, "light mayonnaise sold as «соус майонезный Лёгкий» (Моя цена 25%, Я люблю готовить 30%); Astoria «Тартар» "
           "30%, regular and постный mayonnaise excluded"),
        ("сметана 15% валио", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Valio sour cream; 15% sour cream of other brands excluded (brand written)"),
    ]),
    # fyi21 nuts and dried fruit
    ("яблочные чипсы, миндаль сырой, финики без косточки, фундук", [
        ("яблочные чипсы", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no dried apple chips; Lay's «Яблоко в карамели» are potato chips -- trap, excluded"),
        ("миндаль сырой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000327986", "2000594771"],
            "perekrestok": ["4280434", "4065823"],
        }, "almonds not roasted: titles without «жареный» (Дикси «Миндаль, ядра», OP'N'GO ядра; Перекрёсток Маркет "
           "Collection 135 г and Семушка 120 г, whose roasted siblings are titled жареный) -- taken as raw (outside "
           "knowledge); all «жареный»/«обжаренные» almonds, almond flour and sweets excluded"),
        ("финики без косточки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4050836"],
        }, "dates titled без косточки (Sun Emotions); dates «с косточкой», dates without a statement, stuffed dates «с "
           "орехом»/«с миндалём» and fresh dates on the branch excluded"),
        ("фундук", {
            "pyaterochka": E,
            "magnit": ["4d5c9ecb86"],
            "dixy": E,
            "perekrestok": E,
        }, "hazelnuts (Магнит «ФУНДУК неочищенный»); chocolate, spreads and ice cream with hazelnut excluded"),
    ]),
    # fyi22 fish
    ("семга с/с, тунец в собств соку, морская капустка", [
        ("семга с/с", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no lightly salted salmon (сёмга); salted trout (форель слабосолёная) is another fish, frozen salmon steaks "
           "and olives «с лососем» excluded"),
        ("тунец в собств соку", {
            "pyaterochka": E,
            "magnit": ["f4bfc133e7"],
            "dixy": ["D000010279", "2000301085", "2000533434"],
            "perekrestok": ["4003715", "4003717"],
        }, "canned tuna in its own juice: titled «в собственном соку» or «натуральный» (outside knowledge: same thing), and "
           "Перекрёсток Новый Океан скипджек filе-кусок/рубленый without «в масле» (siblings are titled в масле); tuna in "
           "oil, ФОРТУНА «д/м» (with oil), Капитан Вкусов «для салата» and ВК «филе рубленное» (medium not stated), "
           "frozen tuna, rillettes and salads excluded"),
        ("морская капустка", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["2000597411"],
            "perekrestok": E,
        }, "sea-kale salad: Дикси «Морская капуста с морковью по-корейски»; salads «в сырном соусе» and «с крабовыми "
           "палочками», fried Midori sheets and nori chips excluded"),
    ]),
    # fyi23 supplements and kit (one item replaced, see REPLACED)
    ("омега 3 капсулы, напиток витаминизированный, шейкер для протеина, контейнеры для еды", [
        ("омега 3 капсулы", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no supplements in the offers"),
        ("напиток витаминизированный", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3901914", "3901913", "4298614"],
        }, "REPLACEMENT of blind «витамин с шипучий» (the whole list was empty): soft drinks titled витаминизированный "
           "(Lifeline Immunity/Intellectual, Маркет Relax); Агуша «витаминизированное» milk excluded"),
        ("шейкер для протеина", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no shaker bottles; Перекрёсток fruit/tomatoes sold «в шейкере» (a pack) -- trap, excluded"),
        ("контейнеры для еды", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no food containers; «Ланч бокс» ready meal and «ЧИЗ БОКС» cheese excluded"),
    ]),
    # fyi24 vegetables
    ("шпинат замороженный, авокадо хасс, кабачок цукини, сельдерей стеблевой", [
        ("шпинат замороженный", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3444912", "4089745", "4150062"],
        }, "frozen spinach (Hortex измельчённый, И Зимой И Летом, Маркет резаный); fresh spinach, salad mixes, seeds and "
           "dishes with spinach excluded"),
        ("авокадо хасс", {
            "pyaterochka": E,
            "magnit": ["84db02dc1b"],
            "dixy": E,
            "perekrestok": ["4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407", "4254512",
                            "4379376", "3954359", "3948371", "3445047"],
        }, "fresh avocados titled Хасс/Хаас/Hass (any pack); avocados without the variety (Дикси «Авокадо», Перекрёсток "
           "«Авокадо», «отборный», «Органик», «Авокадо, 2шт», «свежий без косточки 300г»), cosmetics and toys excluded"),
        ("кабачок цукини", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no fresh zucchini; Магнит 4 СЕЗОНА frozen sliced «Кабачки», squash caviar and purees excluded (fresh-produce "
           "word)"),
        ("сельдерей стеблевой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no celery; apple-celery juices and soup excluded"),
    ]),
    # fyi25 healthy drinks
    ("кокосовая вода, комбуча, цикорий растворимый без добавок, кисель без сахара", [
        ("кокосовая вода", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no coconut water; a face mask «с кокосовой водой» excluded"),
        ("комбуча", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4353197", "4353196", "4124909", "4124908"],
        }, "kombucha of any flavour (Шеф Перекрёсток, Зелёная Линия «Напиток на чайном грибе Kombucha»)"),
        ("цикорий растворимый без добавок", {
            "pyaterochka": E,
            "magnit": ["6e9c524bd5", "577c8fa879", "279b109298", "9c453f410d"],
            "dixy": E,
            "perekrestok": E,
        }, "plain instant chicory (Большая чашка, ЦИКОРИЧ «порошкообразный» -- taken as instant powder, Экологика, "
           "Здоровье); Пятёрочка Большая чаша «с черникой» excluded by the negative wish"),
        ("кисель без сахара", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no kissel titled without sugar; Русский продукт, ФрутоНяня, Аппетиссимо and Овсянка Сэр! kissels do not say so"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyi"))
