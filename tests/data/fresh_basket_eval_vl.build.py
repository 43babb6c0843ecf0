#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vl.jsonl -- shopping lists of a housewife on a tight budget (family of four)
who writes a price ceiling and a pack size next to most items, hand-labelled against the real offers in
real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vl.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed to a Telegram bot, and for every item the
product ids of every in-stock offer of every store that a reasonable shopper who wrote exactly that item
would accept.  The list texts were written before any offer was read and saved in
fresh_basket_eval_vl.blind_lists.txt (read-only); this script first checks that every list text equals
that blind draft, apart from the single item recorded in REPLACED.  Candidate titles were grepped
broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings) and read one by one; the note of each item records what was accepted, what was deliberately
left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  Price ceilings («до 100 руб», «не дороже 80 р») are compared
with the offer's ``price``; «руб кг» ceilings with the price per kg (price / pack weight, or the price
itself for goods sold by weight).  The labels were made without reading or running korzina.

labelled_lists.build (unchanged, this directory) checks the data -- every id exists in
real_offers_g.jsonl *for that store* and is in stock, no id is repeated within an item, every item has a
note, the labels are exactly the list's items in order (an item is the text between commas / new lines)
-- and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fvl01, fvl02, ... in LISTS
order; every list is in split "fresh".
"""
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vl.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vl.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# list number -> (item as written in the blind draft, item used instead).
REPLACED = {
    15: ("пшено до 60 р", "пшено в пакетиках до 70 р"),
}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvl01
    ("молоко 2.5% не дороже 80 р, хлеб белый подешевле, яйца десяток до 100 руб, масло сливочное пачка 180 г", [
        ("молоко 2.5% не дороже 80 р", {
            "pyaterochka": [],
            "magnit": ["1051242602", "ef94b89629", "8000029029", "1000563706", "1000037901", "1000445487"],
            "dixy": ["2000273384"],
            "perekrestok": ["4250778", "4153927", "4310700", "3431582"],
        }, "cow drinking milk labelled exactly 2.5% (pasteurised/UHT/sterilised, children's milk incl. Агуша 200 "
           "ml) priced <= 80.00; 2.5% milks above 80 (Домик в деревне 1.4 l/950 g, Минская марка, Из Вологды, "
           "Простоквашино, Сафiйка, Село Зелёное, Хуторок, ПЭТ Зелёная Линия 81.99, Молочный знак UHT 86.99), "
           "топлёное, other fats, condensed, dry and flavoured milk excluded"),
        ("хлеб белый подешевле", {
            "pyaterochka": [],
            "magnit": ["7fa10b807d", "643727af2a", "67f076fea4", "71b3f9704a"],
            "dixy": [],
            "perekrestok": ["78007697", "78001023", "78010859", "4318510", "4264947", "2065120", "4329401", "3680023", "4102687",
                            "4329402", "4157283", "78011178", "78020935", "49457"],
        }, "white wheat loaves: батоны of any kind (нарезной, молочный, новый, к завтраку, горчичный, утренний), "
           "wheat breads said to be пшеничный/тостовый пшеничный/горчичный/французский, plain baguettes and "
           "ciabatta; rye and rye-wheat breads (Бородинский, Дарницкий, Столичный, Ароматный…), "
           "grain/bran/multigrain breads (incl. «Батон Отрубной», «Хлебец Белый с отрубями», «Батон Зерновой»), "
           "garlic/spicy baguettes, raisin and tea breads (сдоба), buns, хлебцы, and breads whose title does not "
           "say what flour they are (Советский, Сельский, Боярский, Бабушкин, Монж, «Хлеб формовой», "
           "Крестьянский Пр!ст, Домашний на кефире, Рижский Деревенский, Стройный рецепт) excluded; «подешевле» "
           "is a wish"),
        ("яйца десяток до 100 руб", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "e5202b5cfd", "1000247384", "1a8d487cea"],
            "dixy": ["1041042135"],
            "perekrestok": ["3355250", "4085790", "4085792", "4085791", "3182856", "3182853"],
        }, "chicken eggs in packs of 10, any class (С0/С1/С2), priced <= 100.00; packs of 6/15/20/30, quail "
           "eggs, egg products and eggs above 100 excluded"),
        ("масло сливочное пачка 180 г", {
            "pyaterochka": [],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1", "1000384151",
                       "1000433642", "1000151122", "1000262381", "8000045816", "a1a2b1e98a", "3181241105", "1855599920",
                       "1899911038", "1844000142", "1000070643", "1899900309", "1000457493"],
            "dixy": ["2000186964", "2000401635", "2000588791", "2000288309", "DI00080070", "2000602271", "2000605413",
                     "10J0079578"],
            "perekrestok": ["2029217", "3363741", "2068941", "3999749", "3413519", "3643092", "3637761", "4260610", "3423762",
                            "34890", "4260609", "3026226", "4113532", "4188099", "3434127", "3963777", "3384196", "2043237", "3355277",
                            "86149", "86150", "3369241", "3226314", "3347817", "2071031", "3698785", "3287314", "3396544", "3406593",
                            "3657363", "3371288", "4292462", "4147662", "4135603", "3654551"],
        }, "butter (сливочное/сладкосливочное, Крестьянское 72.5 % or Традиционное 82.5 %, any fat) in 180 g "
           "packs; 150/160/175/200/340/360/400 g packs, chocolate butter (62 %), spreads and margarine excluded; "
           "Перекрёсток «Масло … Крестьянское, 180г» titles without the word сливочное accepted as butter "
           "(Крестьянское is a butter grade)"),
    ]),
    # fvl02
    ("гречка 900 г до 90 руб\nсамый дешевый рис круглый\nрожки makfa 450 г\nсахар пачка 1 кг", [
        ("гречка 900 г до 90 руб", {
            "pyaterochka": ["3601663"],
            "magnit": [],
            "dixy": ["2000180341", "2000219613"],
            "perekrestok": ["3231481", "3600743"],
        }, "buckwheat groats in a 900 g (0.9 kg) pack priced <= 90.00; 400/500/750/800 g packs, boil-in-bag "
           "multipacks, 900 g packs above 90 (Агро-Альянс, Мистраль, Националь, Аривера, Степь, Маркет), green "
           "buckwheat, flakes and ready dishes excluded; Перекрёсток «Гречка» 47.99 has no pack size and is "
           "excluded"),
        ("самый дешевый рис круглый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["3231277", "3469128", "3469127", "4332035", "3674360", "3603169"],
        }, "white round-grain rice (круглый/круглозёрный/круглозернистый, incl. Кубань, Краснодарский, Италика, "
           "boil-in-bag); long-grain, parboiled, basmati/jasmine, brown, plov rice, and rice not said to be "
           "round (Бальдо, Адриатика, Испанский, sushi/Japanese rice) excluded; «самый дешевый» is a wish"),
        ("рожки makfa 450 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Makfa рожки in any store (Makfa sells перья, спирали, улитки, ракушки, вермишель here); рожки of "
           "other brands (Baisad, Верони, Аида, Моя цена, Любимые традиции, Шебекинские, Маркет, Пр!ст) excluded "
           "because the brand was written"),
        ("сахар пачка 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar (сахар-песок / белый кристаллический) in 1 kg packs; 750/900 g and 5 kg "
           "packs, pressed/lump sugar (рафинад), cane and coconut sugar, vanilla sugar and icing sugar excluded; "
           "Перекрёсток «Сахар Советский Экстра, 1кг» accepted as white crystalline sugar"),
    ]),
    # fvl03
    ("курочка целая до 250 руб кг, картошка сетка 3 кг, морковка подешевле", [
        ("курочка целая до 250 руб кг", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75", "1782102a6a", "bba6e25510"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken at <= 250 per kg: Магнит «Тушка цыпленка-бройлера ПЕТРУХА» 1 kg 179.99 and the "
           "two whole spatchcocked «Цыплёнок табака» 1 kg (chilled, and in marinade; whole bird, raw — outside "
           "knowledge); whole duckling, chicken parts, fillets, cooked chicken and canned chicken excluded; no "
           "whole chicken in the other chains"),
        ("картошка сетка 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3142878", "3142879"],
        }, "fresh potatoes in a 3 kg pack (Перекрёсток «для варки»/«для жарки», 3 kg); loose potatoes and packs "
           "of unstated weight (Перекрёсток «Картофель в сетке», Дикси «в упаковке»), 1/2/2.5 kg packs, sweet "
           "potato, boiled, fried and frozen potato and Магнит «Картофель АЙДАХО» (a ready dish) excluded"),
        ("морковка подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "3463356", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots of any pack (loose, 200 g–1 kg, mini carrots); boiled carrots, Korean-style carrot "
           "salads and mixes excluded; «подешевле» is a wish"),
    ]),
    # fvl04
    ("масло подсолнечное бутылка 1 л не дороже 130\nмучка 2 кг\nдрожжи сухие 1 пакетик\nсметанка 15% до 70 р", [
        ("масло подсолнечное бутылка 1 л не дороже 130", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000002844", "2000268261", "2000005808", "2000555852"],
            "perekrestok": ["97647", "2007886", "4269568"],
        }, "sunflower oil (refined or unrefined) in a 1 l bottle priced <= 130.00; 1 l oils above 130 (Слобода, "
           "Ideal, Злато 132.90, Благо вымороженное, Олейна, Затея, Корона Изобилия, Sunny Gold), other volumes "
           "(0.5–0.9 l, 1.7–2.7 l), blends with olive/almond oil, flavoured oils and sprays excluded"),
        ("мучка 2 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733", "ЦТ0044544", "2000213875", "2000317163"],
            "perekrestok": ["3505430", "3915409", "3292690", "3193726", "3305673", "4215036", "91321", "4326495", "3681817", "4262616",
                            "2037765", "3346668", "3626914", "2107396", "3394693", "2112692"],
        }, "wheat flour (высший сорт, хлебопекарная, экстра) in 2 kg packs; 1 kg packs, whole-grain and rye "
           "flour and other grains' flour excluded; Перекрёсток «Мука Тихорецкая особая, 2кг» accepted as wheat "
           "flour (outside knowledge: «особая» is a wheat flour grade name)"),
        ("дрожжи сухие 1 пакетик", {
            "pyaterochka": [],
            "magnit": ["974240f926"],
            "dixy": ["DI00080124"],
            "perekrestok": [],
        }, "dry instant yeast sachets (САФ-Момент 11 g); Магнит «ДРОЖЖИ ПРЕССОВАННЫЕ Люкс Экстра» and Дикси "
           "«Дрожжи Люкс Экстра сухие … прессованные, 100 г» (a 100 g block of fresh pressed yeast despite the "
           "word сухие — outside knowledge) excluded; yeast dough excluded"),
        ("сметанка 15% до 70 р", {
            "pyaterochka": [],
            "magnit": ["8000068594", "c90113311e", "1899900582", "2645f50028", "1000558440", "8000072734"],
            "dixy": ["2000279280"],
            "perekrestok": ["4246009", "4320001", "4264297", "3632833", "29910", "3142744", "4349772"],
        }, "sour cream labelled 15% priced <= 70.00; 15% sour creams above 70 (Домик в деревне, Простоквашино "
           "300 g, Брест-Литовск, Пискарёвский 450 g, Хуторок, Экомилк 300 g, «из топлёных сливок»), other fats "
           "and the garlic-flavoured Пятёрочка sour cream excluded"),
    ]),
    # fvl05
    ("сосиски молочные до 300 руб, спиральки 2 пачки, кетчуп до 100 руб, сырочки плавленые", [
        ("сосиски молочные до 300 руб", {
            "pyaterochka": ["16676bb3f8"],
            "magnit": ["c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83"],
            "dixy": ["2000300143", "2000322511", "2000125037", "2000602632", "2000572752", "2000600471"],
            "perekrestok": ["3198697", "4100629", "3464086", "3390152", "4276248", "4329781"],
        }, "сосиски «Молочные» (pork/beef recipe, incl. Вязанка and the turkey «ИНДИЛАЙТ Молочные из индейки») "
           "priced <= 300.00 per pack; Ближние Горки 349.99 and Клинский 389.99 молочные, Вязанка «Молокуши», «с "
           "натуральным молоком» and other sausages excluded"),
        ("спиральки 2 пачки", {
            "pyaterochka": ["94430"],
            "magnit": ["7e1d66d2df", "8ec199aafc", "4cae925c1a"],
            "dixy": ["2000002143", "2000347024", "2000411998", "2000418252", "2000572792"],
            "perekrestok": ["62190", "3501219", "4336730", "4340662", "82766", "4273872", "4117157"],
        }, "dry pasta spirals of any brand (спирали, спиральки, Fusilli, Роллтон «Спирали с оливковым маслом»); "
           "витки, «витой рожок», пружинки, серпантин, other shapes and Зелёная Линия buckwheat-flour spirals "
           "excluded; «2 пачки» is a quantity"),
        ("кетчуп до 100 руб", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": ["c112734da7"],
            "dixy": ["2000552955", "2000567792", "2000567791", "2000207279", "2000194769", "2000320468", "2000224973",
                     "2000603860", "2000604791"],
            "perekrestok": ["4295650", "4295653", "4295651", "3691258", "3054047", "3054048", "3970015", "4044938", "3941585",
                            "3941584", "3652684", "3684511"],
        }, "any ketchup (томатный, шашлычный, острый, чесночный, по-грузински…) priced <= 100.00; ketchups above "
           "100 and ketchup-flavoured snacks excluded"),
        ("сырочки плавленые", {
            "pyaterochka": [],
            "magnit": ["1e6783292f", "1000060573", "1000227071"],
            "dixy": [],
            "perekrestok": [],
        }, "processed-cheese bars of the Дружба type: Карат «Сыр плавленый Дружба» 90 g and the Дружба bars "
           "titled «Плавленый продукт» (100 g, Моя цена 70 g; accepted as the same сырок although it is a cheese "
           "product — outside knowledge); tubs, wedges/triangles, slices, sausage-shaped smoked cheese and curd "
           "сырки excluded"),
    ]),
    # fvl06
    ("творог 5% пачка 200 г\nкефир 1 литр до 90\nряженки 4 процента\nйогурт для детей не сладкий", [
        ("творог 5% пачка 200 г", {
            "pyaterochka": [],
            "magnit": ["8000079349", "1000512632", "1000372786"],
            "dixy": ["2000244591", "ЦТ0047040", "2000227595"],
            "perekrestok": ["4302679"],
        }, "plain cottage cheese 5% in 200 g packs (incl. Хуторок «мягкий»); other pack sizes, зерненый/«в "
           "сливках», flavoured and children's curd, other fats excluded"),
        ("кефир 1 литр до 90", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000208649"],
            "perekrestok": ["2084558"],
        }, "kefir of any fat in a 1 l pack (1 l, 1000 g) priced <= 90.00; 1 l kefirs above 90 (Северное молоко "
           "91.99, Вкуснотеево, ЭкоНива 1 kg) and 900–970 ml packs excluded; a 1000 g pack is taken as the litre "
           "pack"),
        ("ряженки 4 процента", {
            "pyaterochka": [],
            "magnit": ["1000451592", "1000439736", "1000371474"],
            "dixy": [],
            "perekrestok": [],
        }, "ryazhenka labelled 4% (Большая кружка, Из молока Нашей дойки); 2.5–3.5 % and flavoured ryazhenka "
           "excluded"),
        ("йогурт для детей не сладкий", {
            "pyaterochka": ["8487", "0f0e8e4bd1"],
            "magnit": ["1000181497", "8000087572", "dafd7c4dc4", "1000380540", "555ec5242d"],
            "dixy": ["2000537895", "2000585835", "2000596134", "2000366091", "2000297751", "2000569034", "2000253975"],
            "perekrestok": [],
        }, "plain unsweetened cow-milk yoghurts (натуральный, классический, plain Greek, incl. drinkable "
           "Активиа/Epica натуральный and lactose-free Free); «для детей» is a purpose; fruit yoghurts (also "
           "those «без сахара», which are sweet with fruit), «сладкий», children's fruit yoghurts, goat-milk "
           "yoghurts (Козочка с облачка, Зелёная Линия), Биолакт and curd products excluded; Пятёрочка Домик в "
           "деревне «классический» and plain Greek yoghurts taken as unsweetened (outside knowledge)"),
    ]),
    # fvl07
    ("тушенка говяжья банка 325 г не дороже 200, гречка ядрица кило, лука репчатого", [
        ("тушенка говяжья банка 325 г не дороже 200", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df"],
            "dixy": ["2000192964", "2000415753"],
            "perekrestok": ["4189729"],
        }, "stewed beef in a 325 g can priced <= 200.00; 325 g cans above 200 (Великолукский 249.99, Барс "
           "219.90), 338/340/500/525 g cans, pork, turkey and horse-meat stews excluded"),
        ("гречка ядрица кило", {
            "pyaterochka": ["3332671", "3601663"],
            "magnit": [],
            "dixy": ["2000294696", "DI00080511", "2000300392", "ЦТ0042599", "2000272542", "2000180341", "2000539995", "2000219613"],
            "perekrestok": ["3014874", "3446736", "28960", "14301", "4061364", "3276128", "3438178", "4009020", "3694322", "3019156",
                            "3674200", "53673", "4204902", "6847", "3173448", "4090171", "4019310", "3603166", "39155", "3696237",
                            "3477255", "3231481", "3600743", "3994791"],
        }, "buckwheat groats (ядрица; plain buckwheat groats are ядрица) of any pack — «кило» is read as the "
           "quantity wanted, so 400 g–3 kg packs and boil-in-bags count; green buckwheat, flakes, ready dishes, "
           "buckwheat noodles/flour/bread excluded"),
        ("лука репчатого", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh onions (loose, net, packs, red onion, peeled onion); dried/ground onion excluded"),
    ]),
    # fvl08
    ("окорочка до 250 за кг, рис длиннозерный 800 г, томатная паста до 80 р, лаврушки", [
        ("окорочка до 250 за кг", {
            "pyaterochka": [],
            "magnit": ["83c54dfa06", "6bf2d45df8", "d9a7978145"],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken leg quarters (окорочка) in any store; bone-in raw chicken thighs at <= 250 per kg "
           "accepted as the nearest cut a shopper would take (Петелинка 184.99/kg, Петруха 750 g = 213/kg, "
           "Магнит «БЕДРО КУРИНОЕ гриль, охлажденное» 209.99/kg taken as raw thighs for grilling — outside "
           "knowledge); drumsticks in marinade, boneless thigh fillets (> 250/kg) and pork окорок excluded"),
        ("рис длиннозерный 800 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no long-grain rice in an 800 g pack in any store (long-grain rice comes in 450/500/900 g, 1 kg and "
           "4x125/5x80 g packs); 800 g packs of other rice (Бальдо, Пилаф, Испанский, для плова) excluded"),
        ("томатная паста до 80 р", {
            "pyaterochka": [],
            "magnit": ["d176b4306a", "2c160abf20"],
            "dixy": ["2000521414", "2000569071"],
            "perekrestok": ["3690262"],
        }, "tomato paste priced <= 80.00 (70 g pyramids/sachets, Кухмастер 270 g); larger packs above 80 and "
           "ketchup excluded"),
        ("лаврушки", {
            "pyaterochka": [],
            "magnit": ["8993a9d009"],
            "dixy": [],
            "perekrestok": ["3500197"],
        }, "dried bay leaves (Котани 5 g, Пр!ст 10 g)"),
    ]),
    # fvl09
    ("чай черный 100 пакетиков до 150, рафинад 500 г, печенье юбилейное пачку, сгущенка до 100 руб", [
        ("чай черный 100 пакетиков до 150", {
            "pyaterochka": ["2070399"],
            "magnit": ["0b0945cde7"],
            "dixy": ["2000295203"],
            "perekrestok": [],
        }, "black tea in 100 bags/pyramids priced <= 150.00, flavoured black tea included (no flavour was "
           "written): Принцесса Нури высокогорный (Пятёрочка 139.99), Принцесса Канди (Магнит 149.99), Tess "
           "Forest Dream (Дикси 84.90); 100-bag packs above 150, 20/25-bag packs, loose tea, green and herbal "
           "tea excluded"),
        ("рафинад 500 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000538871"],
            "perekrestok": [],
        }, "white lump sugar (прессованный/кусковой рафинад) in 500 g packs (Русский сахар); 250 g and 1 kg "
           "packs, cane lump sugar and granulated sugar excluded"),
        ("печенье юбилейное пачку", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "858769ffec", "68b382d22e"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное cookies of any variant (традиционное, молочное, с глазурью, овсяное); the sausage "
           "«Юбилейная» and Julius Meinl «Юбилейный» coffee excluded"),
        ("сгущенка до 100 руб", {
            "pyaterochka": [],
            "magnit": ["cc9252c04f", "be9bed5042"],
            "dixy": [],
            "perekrestok": ["3491930", "3913111"],
        }, "sweetened condensed milk (цельное с сахаром) priced <= 100.00 (Магнит Алексеевское 270 g and "
           "Главпродукт 380 g, Перекрёсток Алексеевское 100 g and Пр!ст 1% 270 g); condensed milk above 100 (all "
           "Дикси packs), boiled, coffee/cocoa-flavoured condensed milk and sweets with condensed milk excluded"),
    ]),
    # fvl10
    ("порошок стиральный 3 кг не дороже 400\nfairy подешевле\nтуалетная бумага 8 рул\nгубки посудные 10 шт", [
        ("порошок стиральный 3 кг не дороже 400", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 3 kg laundry powder at <= 400 in any store (Магнит BIMAX 3 kg cost 419.99, Persil 3 kg "
           "499.99–599.99); other pack sizes, gels and capsules excluded"),
        ("fairy подешевле", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6", "b3ebaa28e5",
                       "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1", "7c5bd74e06", "43a0e3032e"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "Fairy hand dish-washing liquid of any scent and size; Fairy dishwasher tablets and other brands "
           "excluded; «подешевле» is a wish"),
        ("туалетная бумага 8 рул", {
            "pyaterochka": [],
            "magnit": ["9a0bd598be", "6189f05c16", "be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "toilet paper in packs of 8 rolls (Soffione Премио, Зева Сирень, Zewa Deluxe 8 шт); 4/6/12-roll packs "
           "and wet toilet paper excluded"),
        ("губки посудные 10 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pack of 10 dish sponges in any store; Магнит «Губки для посуды … Макси, 5шт» (pack of 5) and a "
           "shoe sponge excluded"),
    ]),
    # fvl11
    ("минтайчик мороженый, селедочка подешевле, горошек зеленый банка 400 г, майонез провансаль 67% до 90 руб", [
        ("минтайчик мороженый", {
            "pyaterochka": [],
            "magnit": ["feaf47ac86", "21f5feb583"],
            "dixy": ["DI00079597"],
            "perekrestok": ["4352277"],
        }, "frozen pollock, whole gutted or fillet (Магнит Borealis тушка, Магнит филе, Дикси Мореслав, "
           "Перекрёсток Люди любят); Магнит «МИНТАЙ полуфабрикат из замороженного сырья» (thawed fish sold "
           "chilled) and pollock mince excluded"),
        ("селедочка подешевле", {
            "pyaterochka": [],
            "magnit": ["d1c803816b", "66f52db6e3", "7279e41fcb"],
            "dixy": ["2000162753", "2000322886", "2000236692", "2000242531", "2000179260", "2000309903"],
            "perekrestok": ["78003365", "4238247", "3345483", "3480999", "4116562", "3463843", "3682728", "3622072", "3622071",
                            "4337858", "79543", "4352006", "3683742", "2168478", "2168484", "3683735", "3454388", "3463469", "3463468",
                            "3463465", "3993017", "1722", "35430", "3088471", "2078344", "70039", "61803", "9419", "4322376",
                            "4323336", "4219588", "3164086", "3009042", "4275608", "4366965", "4159336"],
        }, "salted herring of any form: whole salted herring, fillets and fillet pieces in oil, marinade, wine, "
           "mayonnaise-mustard or tomato-oil dressing; cold-smoked herring, canned natural herring (Доброфлот, "
           "Форгрейт — outside knowledge), the herring «закуска … с овощами» and herring salads excluded; "
           "«подешевле» is a wish"),
        ("горошек зеленый банка 400 г", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "08e4c89d92", "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "10A0036580", "2000313797", "2000118079", "0230306094"],
            "perekrestok": ["4004677", "16791", "3951175", "3483842", "19134", "4206921", "3628006", "32340", "4188483", "3504837",
                            "4192227", "3350744"],
        }, "canned green peas in the standard can: 400 g net, or 425 ml (the same can, 400 g net — outside "
           "knowledge); 200/212/300/310/360/390/420/425 g/450 g packs, frozen peas, peas with carrots, sugar "
           "snap peas excluded"),
        ("майонез провансаль 67% до 90 руб", {
            "pyaterochka": [],
            "magnit": ["1799700138", "1000556519", "56ff8ec751", "7d31b46ae3", "8000045827", "1000179908", "7a519275b4",
                       "1000014596"],
            "dixy": ["ЦТ0040573", "ЦТ0027566", "1100075125", "2000429651"],
            "perekrestok": ["3412258", "2047206", "4259098", "4297819", "3677986", "4331515", "4331518", "4331500", "3016147",
                            "78193", "3389322"],
        }, "Провансаль mayonnaise labelled 67% priced <= 90.00, variants of Провансаль included (оливковый, с "
           "лимонным соком, Московский, классический); Провансаль 50.5/55 %, 67% mayonnaises not called "
           "Провансаль (Heinz, Слобода оливковый, перепелиные), and Провансаль 67% above 90 excluded"),
    ]),
    # fvl12
    ("геркулес 500 г не дороже 60, молоко 3.2 пакет 1 л, бананчики до 120 руб кг", [
        ("геркулес 500 г не дороже 60", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000604115"],
            "perekrestok": [],
        }, "plain oat flakes (геркулес) in 500 g packs priced <= 60.00: only Дикси Organic life «1 минута» "
           "54.99; 500 g oat flakes above 60 (Геркулес Монастырский/традиционный, Ясно солнышко, Nordic, Маркет "
           "79.99), 350/400/420/600 g and 1 kg packs, flavoured flakes and instant porridge cups excluded"),
        ("молоко 3.2 пакет 1 л", {
            "pyaterochka": [],
            "magnit": ["1000139951", "be3e0e74c3", "18ca387556"],
            "dixy": ["2000560951"],
            "perekrestok": [],
        }, "cow drinking milk labelled exactly 3.2% in a 1 l pack (1 l or 1 kg, incl. Дикси «925мл/1000мл в "
           "ассортименте»); 0.9–0.97 l, 1.4 l+ packs, ranges 3.2–4 %, топлёное excluded; the pack material "
           "(пакет) cannot be checked from the titles"),
        ("бананчики до 120 руб кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh bananas at <= 120 per kg: Дикси «Бананы спелые» 164.90/kg, Перекрёсток «Бананы Био» 179.99 "
           "and «Бананы красные» 169.99; Перекрёсток «Банан» 34.90 taken as the price of one banana (per-kg "
           "price unknown, ~190/kg — outside knowledge) and excluded; «Бананы для жарки» (plantains) and dried "
           "bananas excluded"),
    ]),
    # fvl13
    ("фарш свиной 400 г до 300 руб, перья макфа, сыр российский 200 г до 200", [
        ("фарш свиной 400 г до 300 руб", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pork mince in a 400 g pack in any store: Магнит «Фарш свиной ДАЛЬНИЕ ДАЛИ» is 700 g and "
           "Перекрёсток «Фарш Перекрёсток свиной» is sold by weight at 349.99/kg; mixed "
           "«Домашний»/«Фермерский»/«деревенский» minces, beef, turkey and fish mince excluded"),
        ("перья макфа", {
            "pyaterochka": [],
            "magnit": ["61313f9ca5"],
            "dixy": ["ЦТ0046807"],
            "perekrestok": [],
        }, "Makfa перья (Магнит MAKFA перья, Дикси Makfa «Перья Любительские»); перья of other brands and other "
           "Makfa shapes excluded"),
        ("сыр российский 200 г до 200", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6"],
            "dixy": [],
            "perekrestok": ["3629975"],
        }, "Российский cheese in 200 g packs priced <= 200.00 (incl. Пр!ст «Российский молодой кусок»); 130 g "
           "slices, 190 g packs, cheese sold by weight excluded"),
    ]),
    # fvl14
    ("капуста белая кочан\nсвекла до 50 руб кг\nморковочки\nлучка\nкартошечки", [
        ("капуста белая кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078734"],
            "perekrestok": ["45661", "198", "1546"],
        }, "fresh white cabbage sold as heads (Дикси «Капуста белокочанная», Перекрёсток «Капуста белокочанная», "
           "«ранняя» and plain «Капуста», taken as white cabbage); shredded 200 g packs, marinated, sauerkraut "
           "and other cabbages excluded"),
        ("свекла до 50 руб кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00079991"],
            "perekrestok": ["45532", "92844", "3378167"],
        }, "fresh beetroot at <= 50 per kg (loose or 1 kg bags); beetroot above 50/kg (мытая 74.99, в сетке "
           "99.99, 600 g tray = 83/kg, 200 g pack), boiled/peeled, pickled, young bunched beet and chard "
           "excluded"),
        ("морковочки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "3463356", "19345", "3368256", "60529", "4299784"],
        }, "fresh carrots of any pack (loose, 200 g–1 kg, mini carrots); boiled carrots and Korean-style carrot "
           "salads excluded"),
        ("лучка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions (loose, net, packs, red onion, peeled onion); dried/ground onion excluded; no "
           "green onion is carried"),
        ("картошечки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "3987", "4342860", "3142878", "3142879", "3074469", "43968", "3092450", "4265670"],
        }, "fresh potatoes of any kind and pack (loose, net, 1–3 kg, baby, red, for frying/boiling, Чик-Чик); "
           "sweet potato, boiled/fried/frozen potato and Магнит «Картофель АЙДАХО» (a ready dish) excluded"),
    ]),
    # fvl15
    ("вермишель паутинка 400 г, пшено в пакетиках до 70 р, манка 800 г, перловку самую дешевую", [
        ("вермишель паутинка 400 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no паутинка vermicelli in a 400 g pack: Дикси Makfa «Паутинка» is 450 g; plain вермишель (not "
           "паутинка) excluded"),
        ("пшено в пакетиках до 70 р", {
            "pyaterochka": ["3603170"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED item (blind text «пшено до 60 р», absent everywhere): millet groats in boil-in-bags priced "
           "<= 70.00 — Пятёрочка «Крупа пшено шлифованное в пакетиках для варки» 400 g at 69.99; millet porridge "
           "(Myllyn Paras «Каша пшенная») and rice-millet mixes (Увелка «Дружба») excluded"),
        ("манка 800 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no semolina in any store; Makfa instant semolina porridge cups excluded"),
        ("перловку самую дешевую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pearl barley in any store"),
    ]),
    # fvl16
    ("нескафе классик 95 г до 250 руб, зеленого чаю в пакетиках, песок сахарный 1 кг", [
        ("нескафе классик 95 г до 250 руб", {
            "pyaterochka": [],
            "magnit": ["75165edd66", "9b7c8128ee"],
            "dixy": [],
            "perekrestok": [],
        }, "Nescafé Classic instant coffee, 95 g, priced <= 250.00 (Классик and Классик Крема — a variant of the "
           "Classic line); Classic 60/190 g, Nescafé Gold and 3-in-1 drinks excluded"),
        ("зеленого чаю в пакетиках", {
            "pyaterochka": [],
            "magnit": ["b4e965a022", "e1b666c6ef", "5a597956f8", "6af760c408", "c86aab1a9b", "45d9a874e0", "b80010aff6",
                       "49ba4f9607", "80d9ad34a0", "3cbdd6886d", "5f006c6421", "9b8c0d1f0d", "8ec1c56fe5"],
            "dixy": ["2000337169"],
            "perekrestok": ["4317677", "3472463", "2133950"],
        }, "green tea in bags or pyramids, flavoured green tea included (жасмин, лайм, мохито, Флирт, Детокс, "
           "Велнес) since no flavour was written; loose green tea, black, oolong, green-and-oolong mixes and "
           "herbal tea excluded"),
        ("песок сахарный 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000214171"],
            "perekrestok": ["3230933", "3650732"],
        }, "white granulated sugar in 1 kg packs (as for «сахар пачка 1 кг»); 750/900 g and 5 kg packs, lump "
           "sugar, cane and coconut sugar excluded"),
    ]),
    # fvl17
    ("яблоки до 100 руб кг\nапельсины детям\nлимончик одну штуку\nлимонад бутылка 1.5 л не дороже 60", [
        ("яблоки до 100 руб кг", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": [],
            "perekrestok": ["3366339", "4152138", "4152181", "4047567", "4152180", "3283268", "3616014", "4271017", "4341473"],
        }, "fresh apples at <= 100 per kg (loose at <= 100/kg, 1 kg packs at <= 100, the 2 kg pack at 85/kg); "
           "apples above 100/kg, 1.5 kg packs (> 126/kg), packs counted in pieces (2 шт/4 шт, per-kg price "
           "unknown) and Перекрёсток «Яблоко красное» 39.90 (taken as the price of one apple — outside "
           "knowledge) excluded"),
        ("апельсины детям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000312804"],
            "perekrestok": ["4260539", "3629179", "77110", "48651", "77001353", "55655", "3022836", "3663839", "98632", "60619",
                            "4209029"],
        }, "fresh oranges of any kind (incl. blood oranges, Навелин, packs); cut orange pieces, juice and "
           "flavoured goods excluded; «детям» is a purpose"),
        ("лимончик одну штуку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose, 2-packs — «одну штуку» is a quantity); the lime-lemon mix and lemon-flavoured "
           "goods excluded"),
        ("лимонад бутылка 1.5 л не дороже 60", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3976891", "2158026", "3373647"],
        }, "lemonade (drinks named «лимонад» or the classic lemonade kinds Дюшес, Тархун, Буратино…) in 1.5 l "
           "bottles priced <= 60.00 (Волжанка лимон, лимон-лайм; Рамено лайм-мята); other sizes (0.5/1/2 l), "
           "fruit sodas titled «Напиток газированный …», still fruit drinks, iced tea and colas excluded"),
    ]),
    # fvl18
    ("пельмени пачка 800 г не дороже 250\nсметанка 20% 300 г\nхлеб ржаной до 50 р", [
        ("пельмени пачка 800 г не дороже 250", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 800 g pack of pelmeni at <= 250 (Мираторг 299.99–329.90, Цезарь 299.90); other sizes excluded"),
        ("сметанка 20% 300 г", {
            "pyaterochka": [],
            "magnit": ["1000461809", "1000203662", "1000237596", "4221528ef6", "1899913371", "1000429067"],
            "dixy": ["2000276139", "2000509714", "2000220966", "2000166052", "2000411407"],
            "perekrestok": ["4250761", "4229625", "4221355", "4087849", "4241375", "4072176", "4376610", "4095524"],
        }, "sour cream labelled 20% in 300 g packs; 180/200/280/350 g packs and other fats excluded"),
        ("хлеб ржаной до 50 р", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3126329", "3974720", "4074396", "3627134", "3658457", "2060872", "2024150",
                            "4354623", "4164733", "2053660", "3634576"],
        }, "rye and rye-wheat bread priced <= 50.00: titles saying ржаной/ржано-пшеничный plus Дарницкий, "
           "Бородинский and Столичный (rye-wheat by recipe — outside knowledge); rye breads above 50 (Ржаной "
           "Край, Старосельский, Грiдневъ, Рижский, Экохлеб, 100% ржаной), rye baguettes with garlic, raisin "
           "bread and crispbread excluded"),
    ]),
    # fvl19
    ("шампунь 400 мл самый дешевый, хозяйственное мыло, зубная паста до 100 руб, порошок автомат tide", [
        ("шампунь 400 мл самый дешевый", {
            "pyaterochka": ["3246199", "3011966", "2092382"],
            "magnit": ["0d996b1e8d", "75b3911ef4", "47dd0ace9e", "bf97e64cb9", "814b17941c", "8f8aac1b69", "edd4068621",
                       "4a5d360e19", "a77bec9d06", "1fe4376ca7", "bc02222db2", "cb730b6f9a", "822ed0226f", "462209d33c",
                       "03b46117d4", "1aa7d7f342", "1ef83cd37e", "f902fc9f05", "2a6fb72c89", "5b34832689", "6ce22476a7",
                       "9bf74ec5cf", "e300bac7aa", "30b37b9eaf", "b484b28e9c", "07251bb98b", "a419804581", "751242848d",
                       "668e385f91", "3876166198", "0efbec465d", "b06f255d8e", "2aac1e8162", "37b4273291", "e173bb90e3",
                       "fd29fe4e6d", "17a8adbed9", "9d969ecd85", "be8f6081ad", "5ee6a06eed", "b3318ce2db", "9cae370ab9",
                       "5a9487c941", "fdd7f4c870", "1c0baca467", "8f2a293272", "337e57b951"],
            "dixy": [],
            "perekrestok": [],
        }, "hair shampoo in a 400 ml bottle (2-in-1 shampoos incl., 400 g bottles of the same size — Тимотей, "
           "Clear Vita — accepted); 200/250/270/300/350/360/380/600/650/900 ml, dry shampoo, "
           "shower-gel-and-shampoo combos excluded; «самый дешевый» is a wish"),
        ("хозяйственное мыло", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no laundry soap (хозяйственное мыло) in any store; toilet/cream/liquid soaps excluded"),
        ("зубная паста до 100 руб", {
            "pyaterochka": [],
            "magnit": ["5c5da323dc", "964d902e56", "d5a001b980", "350131f5fe", "65ee960a88", "812ec1602a", "564e0e888e",
                       "303c23d71f", "ceb9d42341"],
            "dixy": [],
            "perekrestok": [],
        }, "toothpaste of any kind (incl. children's Доктор Заяц, Дракоша and 40 ml travel tubes) priced <= "
           "100.00; toothpastes above 100 and oral gel excluded"),
        ("порошок автомат tide", {
            "pyaterochka": [],
            "magnit": ["bed5eabde5", "0306390d77", "f400bf3623"],
            "dixy": [],
            "perekrestok": [],
        }, "Tide laundry powder for automatic machines (Автомат Детский, Колор автомат); Tide «детский колор» "
           "2.4 kg (title without «автомат») accepted as an automatic powder — outside knowledge; Tide gel "
           "capsules and liquid excluded"),
    ]),
    # fvl20
    ("сардельки до 350 руб кг, горчички, батон нарезной до 45 р, огурцы свеженькие", [
        ("сардельки до 350 руб кг", {
            "pyaterochka": [],
            "magnit": ["1d9befa508"],
            "dixy": [],
            "perekrestok": [],
        }, "сардельки at <= 350 per kg: Магнит «Сардельки СОЧНЫЕ» 100 g at 32.80 (328/kg); Ближние Горки 580 g "
           "(446/kg), Мясоедов 400 g (750/kg) and Велком smoked 450 g (378/kg) excluded"),
        ("горчички", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000582072", "2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "21002", "21001", "3995314", "3995313", "2143139", "3333328", "3332503", "3333301",
                            "3332502", "3285595", "3297748", "4152780", "4149116", "4152778", "4322908", "3358711", "3358713",
                            "3438145", "3435016", "3372044", "4337616", "4337618", "4337617", "4273279", "4229365", "4229364",
                            "3416298", "2153858", "3434688", "3135056", "3980912", "3456246", "4268545"],
        }, "prepared table mustard of any kind (русская, столовая, дижонская, зернистая, с хреном/мёдом, "
           "баварская); whole mustard seed («Горчица … целая»), fruit mostarda (byJam.me) and mustard powder "
           "excluded"),
        ("батон нарезной до 45 р", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3680023", "4102687", "4329402"],
        }, "«Нарезной» batons priced <= 45.00 (Пр!ст классический, Маркет 190 g, Маркет улучшенный); Коломенское "
           "Нарезной 75.99 and other batons (Молочный, к завтраку, Новый, Утренний) excluded"),
        ("огурцы свеженькие", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "2098997", "3301324", "3255111", "2088998", "4072", "44569", "3632205", "2131726"],
        }, "fresh cucumbers of any kind (smooth, prickly, long, short, gherkin-type корнишоны in a 300 g tray, "
           "packs); canned/pickled cucumbers and assortments excluded"),
    ]),
    # fvl21
    ("скумбрия в масле банка, сайра до 150 руб, рис круглозерный кило", [
        ("скумбрия в масле банка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0041121", "2000274868"],
            "perekrestok": [],
        }, "canned mackerel in oil (Дикси 5 Морей, Мореслав); Магнит Форгрейт «натуральная с добавлением масла», "
           "mackerel in tomato sauce, smoked and thawed mackerel excluded"),
        ("сайра до 150 руб", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no saury in any store"),
        ("рис круглозерный кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["3231277", "3469128", "3469127", "4332035", "3674360", "3603169"],
        }, "white round-grain rice of any pack — «кило» is read as the quantity wanted (as for «самый дешевый "
           "рис круглый»); rice not said to be round, sushi rice and mixes excluded"),
    ]),
    # fvl22
    ("мука пшеничная 2 кг до 100 руб, десяточек яиц с1, маргарина для выпечки пачку, разрыхлитель 10 г", [
        ("мука пшеничная 2 кг до 100 руб", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a", "a9121368e4", "f04dd7b81b"],
            "dixy": ["ЦТ0044481", "2000553733", "ЦТ0044544", "2000213875"],
            "perekrestok": ["3292690", "4215036", "3681817", "3626914"],
        }, "wheat flour in 2 kg packs priced <= 100.00 (Пышечка, Старооскольская, Магнит, Любимые традиции, "
           "Алексеевская Экстра, Печенов, Ситно, У Палыча…); 2 kg flours above 100, 1 kg packs and whole-grain "
           "flour excluded"),
        ("десяточек яиц с1", {
            "pyaterochka": [],
            "magnit": ["3454700001", "e5202b5cfd", "1000247384", "2047000033", "1000247393"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "chicken eggs of class С1 (also «1 категории») in packs of 10; С0/СО/отборные, С2, «высшей "
           "категории», packs of 6/15/20/30 and quail eggs excluded"),
        ("маргарина для выпечки пачку", {
            "pyaterochka": [],
            "magnit": ["1000374189", "1000054609"],
            "dixy": ["2000003174"],
            "perekrestok": ["4275750", "58471"],
        }, "margarine in packs (Пышка «для выпечки», Хозяюшка сливочный); «для выпечки» is taken as the purpose, "
           "every pack margarine is a baking margarine; spreads excluded"),
        ("разрыхлитель 10 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220512"],
            "perekrestok": [],
        }, "baking powder sachet 10 g (Dr.Bakers)"),
    ]),
    # fvl23
    ("вафли подешевле, пряники до 100 руб, сушки 200 г, карамель леденцы", [
        ("вафли подешевле", {
            "pyaterochka": ["3000449", "3673372", "3957302"],
            "magnit": ["98361dfdef", "c66dcb1c29", "ff8a1f323c", "df2cfb12b6"],
            "dixy": ["2000575912", "2000571911", "2000395386"],
            "perekrestok": ["4323197", "4323148", "4323149"],
        }, "packs of wafers of any flavour (incl. Viennese «венские» wafers and a 35 g children's wafer); wafer "
           "rolls, Kinder Maxi King bar, chocolate with wafer and ice cream cones excluded; «подешевле» is a "
           "wish"),
        ("пряники до 100 руб", {
            "pyaterochka": [],
            "magnit": ["00fc72aa0c", "a7710b95fa", "19b02edf30"],
            "dixy": ["2000572672"],
            "perekrestok": ["4213198"],
        }, "пряники priced <= 100.00 (Lucky Days, Слана, Стойленские, Дымка, Русские пряники); Полёт 149.99 and "
           "gingerbread-flavoured drinks excluded"),
        ("сушки 200 г", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": [],
        }, "сушки in 200 g packs (Магнит Невская сушка мини маковые); 300 g сушки, баранки and Italian taralli "
           "180 g excluded"),
        ("карамель леденцы", {
            "pyaterochka": ["3608136", "2057838", "2163162", "41334"],
            "magnit": ["671fc15e2d", "a1d114a96e", "4b6f90c5a1", "8d8a43950e", "15a0ad0a86"],
            "dixy": ["2000528445", "2000285190"],
            "perekrestok": ["4291408", "47448", "47451", "4369884"],
        }, "hard candies: карамель (леденцовая, filled unglazed Мечта, Lucky Days mini, Chupa Chups, sugar-free "
           "Sula) and леденцы (Бон Пари, Halls); chocolate-glazed Москвичка, toffee, caramel sauces and "
           "caramel-flavoured goods excluded"),
    ]),
    # fvl24
    ("кабачков, помидоры до 200 руб кг, свежих огурчиков, чесночка", [
        ("кабачков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh courgettes in any store; frozen cut courgettes and courgettes in adjika excluded"),
        ("помидоры до 200 руб кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0075437"],
            "perekrestok": [],
        }, "fresh tomatoes at <= 200 per kg: Дикси «Томаты красные» 179.90/kg; all other fresh tomatoes cost "
           "more per kg (packs converted: 600 g at 149.90 = 250/kg, cherry 200–250 g trays 400–1000/kg), canned "
           "and dried tomatoes excluded"),
        ("свежих огурчиков", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "2098997", "3301324", "3255111", "2088998", "4072", "44569", "3632205", "2131726"],
        }, "fresh cucumbers of any kind (as for «огурцы свеженькие»); canned/pickled cucumbers excluded"),
        ("чесночка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078769", "ЦТ0039681"],
            "perekrestok": ["45692", "77278", "4018137", "4090538", "51157"],
        }, "fresh garlic (loose, 1 head, peeled cloves, Фермерский 150 g, ранний); crushed/dried/smoked/salted "
           "garlic and garlic press excluded"),
    ]),
    # fvl25
    ("печень куриная 500 г, куриный суповой набор, вермишель подешевле, питьевая вода 5 литров", [
        ("печень куриная 500 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken liver in any store; frozen beef liver, liver pâté and baby purées excluded"),
        ("куриный суповой набор", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chicken soup set in any store; Дикси «Набор для супа Слово мясника» (a pork/beef soup set — "
           "outside knowledge) excluded"),
        ("вермишель подешевле", {
            "pyaterochka": [],
            "magnit": ["e60106f6b1", "2c49a7a5d2", "7d3bf66fd0"],
            "dixy": ["T000015331", "2000004708"],
            "perekrestok": ["3501218", "3435295", "82761"],
        }, "dry vermicelli of any brand (incl. паутинка, «вермишелька лёгкая», Barilla Филини); instant noodles "
           "(Роллтон), glass noodles (фунчоза) and spinach vermicelli excluded; «подешевле» is a wish"),
        ("питьевая вода 5 литров", {
            "pyaterochka": [],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "4263871", "4231308", "3373718", "43693"],
        }, "still drinking water in 5 l bottles, children's drinking water included (Фрутоняня, Аквалайн для "
           "ляль, Черноголовка Бэйби, Кидси); Перекрёсток «Люкс вода питьевая, 5л с тарой» accepted; smaller "
           "bottles excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft: the lines after each '### fvlNN' up to the next blank line."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line.startswith("### fvl"):
                cur = []
                texts.append(cur)
            elif cur is not None and line.strip():
                cur.append(line)
            else:
                cur = None
    return ["\n".join(t) for t in texts]


def check_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, ((text, _), btext) in enumerate(zip(lists, blind), 1):
        expect = btext
        if n in REPLACED:
            old, new = REPLACED[n]
            if btext.count(old) != 1:
                errors.append("fvl%02d: replaced item %r not found once in the blind text" % (n, old))
            expect = btext.replace(old, new)
        if text != expect:
            errors.append("fvl%02d: text %r differs from the blind draft %r" % (n, text, btext))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fvl"))
