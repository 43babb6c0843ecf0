#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zh.jsonl -- shopping lists of young people (energy drinks, instant food,
coffee to go, cosmetics, snacks, protein, delivery-style comfort food) hand-labelled against the real
offers in real_offers_g.jsonl (see real_offers_g.SOURCES.md).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zh.build.py

LISTS below is literal data: 25 lists (3-4 items) typed as a young shopper types to a Telegram bot
(Latin and Cyrillic brands, slang, diminutives, abbreviations, typos), written blind before any offer was
read (the draft is kept unchanged in fresh_basket_eval_zh.blind_lists.txt), and for every item the
product ids of every store that a reasonable shopper who wrote exactly that item would accept.
Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings) and read one by one; each item was then re-checked by
listing every title matching its stem that was not accepted.  The note of each item records what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store
has nothing acceptable (the item is "missing" there).  The labels were made without reading korzina's
matcher, its data files or the labels of any other set.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fzh01, fzh02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zh.jsonl")

NONE = []

# Magnit light beers (used by two items).
MAGNIT_LIGHT_BEER = ["0c7af2aa41", "1b3181a9dc", "2e39130955", "3ea97ca924", "409bf95866", "42f69bfc00",
                     "4b9214b25a", "5efbef1867", "63c65170c7", "69a66b3a0f", "72ef636633", "7e7ff281a0",
                     "8f5e8411f3", "9f7d0a8f2d", "ae5974fdda", "b22153f240", "b4204a2237", "b7be4e1cdf",
                     "bc158ed1af", "c7cb3e4e83", "cdadff0fd2", "cff5b47f4d", "e2bedcaafd", "e5d1876122",
                     "ee4fd3d93d", "f66314d40a"]


def acc(p=NONE, m=NONE, d=NONE, x=NONE):
    """Store ids in the fixed order pyaterochka, magnit, dixy, perekrestok."""
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(x)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # 1 energy + instant noodles
    ("редбул 2 банки, доширак с говядиной, сникерсы мини, орбит сладкая мята", [
        ("редбул 2 банки", acc(m=["40ecd31c9e"], x=["2119252", "3173468"]),
         "Red Bull energy drink of any can size (Магнит «РЕД БУЛЛ» 355 мл, Перекрёсток 355/473 мл); «2 банки» is a "
         "quantity; other energy drinks (Burn, Adrenaline) excluded"),
        ("доширак с говядиной", acc(x=["3664094"]),
         "Doshirak instant noodles with beef (Перекрёсток «Чан рамен … с острой говядиной»); Пятёрочка Доширак «чан рамен, "
         "корейская» (no beef named), Дикси Доширак potato puree «со вкусом курицы», BigBon beef noodles (other brand), "
         "Роллтон «По-домашнему с говядиной» (other brand) and Перекрёсток «Фо Бо с говядиной» (ready soup) excluded"),
        ("сникерсы мини", acc(p=["3215964"], m=["9a1e6196ae"]),
         "Snickers Minis (Пятёрочка «SNICKERS Батончики MINIS» 1 кг, Магнит «Конфеты СНИКЕРС, минис»); full-size "
         "Snickers bars (Super, Пломбир, с миндалем) and Snickers ice cream excluded"),
        ("орбит сладкая мята", acc(),
         "Orbit «Сладкая мята» chewing gum: only Orbit Гранат-малина / Сочный арбуз are offered (flavour required); "
         "Wrigley's Spearmint, Dirol, Mentos excluded (other brand); missing everywhere"),
    ]),
    # 2
    ("адреналин раш 0.449, lays сметана лук большая пачка, кола зеро 1.5л", [
        ("адреналин раш 0.449", acc(d=["2000542794"], x=["4206324"]),
         "Adrenaline Rush 0.449 l cans; both offers are the sugar-free variant (Дикси «Adrenaline без сахара 0,449 л», "
         "Перекрёсток «Adrenaline Rush без сахара 449мл») and are accepted because no variant was written (judgement: "
         "Дикси's «Adrenaline без сахара» taken as Adrenaline Rush Zero); other energy drinks excluded"),
        ("lays сметана лук большая пачка", acc(d=["2000568012", "ЦТ0044994"]),
         "Lay's «Сметана и лук» in a big pack: Дикси 140 г and «Рифленые» 225 г; Дикси 70 г (small pack) excluded as "
         "«большая пачка» names the pack; «Сметана и зелень», «Белые грибы со сметаной» and Хрустящий картофель "
         "«Сметана и лук» (other brand) excluded"),
        ("кола зеро 1.5л", acc(d=["2000562693"]),
         "sugar-free cola in 1.5 l: Дикси «Добрый Кола без сахара 1,5л»; Пятёрочка Coca-Cola «б/сах.» 0.33 л (wrong "
         "size), Магнит «ДОБРЫЙ кола, 1,5л» (with sugar), other sizes of Добрый без сахара excluded"),
    ]),
    # 3 coffee to go
    ("кофе капучино в банке, круассаны 7days, йогурт греч без сахара, батончик мюсли", [
        ("кофе капучино в банке", acc(m=["1000500918"]),
         "ready-to-drink cappuccino: Магнит «Молочный кофейный напиток Slasty Story Капучино 2.5% 245мл» (judgement: "
         "the 245 ml pack taken as a can; the title does not say); MacCoffee «Капучино» sachets, Чудо «десерт … "
         "Капучино» milkshake, cappuccino chocolate/candies and Му-у «Для капучино» milk excluded"),
        ("круассаны 7days", acc(m=["82f52ab2a8", "0e4d3ba41d", "3046eb3991", "dd1f7d8587", "1060048500",
                                   "500db2728b"]),
         "7 DAYS croissants of any filling/size (Магнит «Круассан 7 DAYS® мини …» and «Круассан-миди СЕВЕН ДЭЙЗ»); "
         "LUCKY DAYS croissants, unbranded croissants (Магнит «КРУАССАН с шоколадно-ореховой начинкой», Перекрёсток "
         "bakery croissants) and 7 DAYS cosmetics excluded"),
        ("йогурт греч без сахара", acc(m=["1000181497", "dafd7c4dc4", "8000087572"],
                                        d=["2000585835", "2000596134", "2000253975", "2000297751"]),
         "plain Greek yoghurt without fruit/flavour (judgement: plain Greek yoghurt taken as «без сахара»; titles do "
         "not state sugar): Магнит Lactica 4%, «ГРЕЧЕСКИЙ 2%», Epica Греческий 2.5%; Дикси Neo «Классический», "
         "Простоквашино Греческий, Teos «Натуральный», Савушкин TEOS 2% 250 г; every flavoured one (черника, "
         "клубника, орех-мёд, манго, инжир, двухслойные) excluded, so Перекрёсток has none"),
        ("батончик мюсли", acc(x=["4211374", "3455919", "3455922", "3600317", "3600318", "3600319", "4304777"]),
         "muesli/cereal bars (Перекрёсток «Батончик-мюсли» Bombbar, ДиYes, Здоровый Перекус, ПП); baby fruit-cereal "
         "bars (Gerber, ФрутоНяня, Пятёрочка «для детского питания»), nut bars (Nut&Go, R.A.W., Pikki), chocolate "
         "bars, loose muesli and yoghurts «с мюсли» excluded"),
    ]),
    # 4 protein / gym
    ("протеин батончик шоколад, творожок 5% 2 пачки, банан пару штук", [
        ("протеин батончик шоколад", acc(),
         "a chocolate-flavoured protein bar: the only protein bars are Дикси Snaq Fabriq «Фисташка и карамель» and "
         "Перекрёсток BootyBar «со вкусом фисташки» (flavour not chocolate); protein cookies, candies, puddings and "
         "Snickers/Mars excluded; missing everywhere"),
        ("творожок 5% 2 пачки", acc(
            m=["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908", "1000441658",
               "8000030462", "1000377235", "1720c2be05", "9aeeb10b64", "1000512632", "c7f0f0e5ec", "2400019178",
               "1000372786", "1000475531", "1000572167", "1000208909", "1079990193", "1000306424", "1000224037",
               "1000453157", "1000426473", "161690c563", "1000448251"],
            d=["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595",
               "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            x=["4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116", "4294066", "3668864",
               "4274201", "3279582", "3617778"]),
         "«творожок 5%» read as plain cottage cheese (творог) labelled exactly 5%, incl. мягкий/рассыпчатый, "
         "lactose-free Parmalat, Кубанский молочник «из топленого молока», Зелёная Линия «Зёрнышко»; 4.5 % and 5.5 % "
         "(Домик в деревне), flavoured (изюм, ягоды, варенье, 101 Зерно), «зерненый в сливках», children's "
         "биотворог, творожные продукты/десерты (Даниссимо 5.4-6.5 %, Чудо) excluded; «2 пачки» is a quantity"),
        ("банан пару штук", acc(d=["10E0074360"], x=["3652283", "4625", "2084703"]),
         "fresh bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», «Бананы красные»); Перекрёсток "
         "«Бананы для жарки» (plantains, judgement), dried/вяленые bananas and banana-flavoured goods excluded"),
    ]),
    # 5 cosmetics for him
    ("шампунь хед энд шолдерс, гель д/д мужской, дезик axe, бритва одноразовая", [
        ("шампунь хед энд шолдерс", acc(m=["f0e2ce54d8", "edd4068621", "329d78760f", "4a5d360e19", "a77bec9d06",
                                           "1fe4376ca7", "bc02222db2", "cb730b6f9a", "822ed0226f", "462209d33c",
                                           "c6681315e5", "fa1fcb3709", "03b46117d4", "6ce22476a7"]),
         "every Head & Shoulders shampoo incl. 2-in-1 (Магнит «HEAD&SHOULDERS®»); other anti-dandruff shampoos (Clear/"
         "КЛИАР, Fructis, Dove Men, Пятёрочка «SCH.Шампунь ОТ ПЕРХОТИ») excluded"),
        ("гель д/д мужской", acc(m=["1fde288d8a", "5453f6025c", "c8614395b8", "0a0bc36d75", "fb86a14079",
                                    "35c3ab54cc", "b05b3805a4", "27b08defc4", "64c0ec7e7a", "869541895d",
                                    "8b4da8afe5", "b2be06e3a0", "f4f55309dc", "8e0a633d30", "ee38106f2e",
                                    "04385b1c05"], x=["4342546"]),
         "men's shower gels: titles with «мужской»/MEN/Мен (Fa Men, Nivea Men, Palmolive Men, Ecolatier 2в1 мужской, "
         "Rexona Men 3в1) plus AXE/АКС and Old Spice gels (judgement: men's brands, titles do not say «мужской»); "
         "women's/unisex gels (Dove, Nivea, Tahiti), shaving gels and Arko Men shaving products excluded"),
        ("дезик axe", acc(m=["3c438e429f", "0e25cd905a", "0646f9c97b", "0c519559b1", "f616420535", "cc98134148",
                             "481273b9cd", "961ef5ae45", "ab7fd066d9", "5dcbb05e1a", "7cfd6ecb7a", "233fb2cf29"]),
         "every AXE/АКС deodorant or antiperspirant (spray, stick); AXE shower gels and other brands excluded"),
        ("бритва одноразовая", acc(m=["88072131b3", "41eb05fc96", "0f0e1710f2", "6997758160", "a2d5703fac",
                                      "ac7b9a9d6c", "bda8fa7ee4", "4c19c071a4"]),
         "disposable razors (Zollider Force 2/3 «одноразовые», Gillette «Бритвы одноразовые Блу Симпл3»); system "
         "razors with cassettes (Gillette Fusion/Mach3, BIC Flex, Dorco Pace 4/6, Venus), cassettes, the electric "
         "Витек shaver and shaving foams/gels excluded (Dorco 2-packs not stated disposable)"),
    ]),
    # 6
    ("роллтон курица 3 шт, майонез махеевъ 67, сосиски молочные самые дешевые", [
        ("роллтон курица 3 шт", acc(d=["ЦТ0023259"]),
         "a Rollton instant product with chicken: the only one is Дикси «Пюре картофельное Роллтон с куриным вкусом» "
         "(judgement: no product word was written, so Rollton puree counts); Роллтон «с говядиной»/«сыр с чесноком», "
         "beef bouillon, Rollton pasta, Доширак chicken puree and Пр!ст chicken puree excluded"),
        ("майонез махеевъ 67", acc(m=["2c23c84574", "1000077734"], d=["ЦТ0040573"], x=["2047206"]),
         "Махеевъ mayonnaise labelled 67%; 50.5 % ones and Перекрёсток «Махеевъ Провансаль с лимонным соком, 655мл» "
         "(no fat stated; the same product is 50.5 % in Дикси) excluded, as are Махеевъ ketchup, jam, mustard"),
        ("сосиски молочные самые дешевые", acc(p=["16676bb3f8"],
                                                 m=["c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83"],
                                                 d=["2000300143", "2000322511", "2000125037", "2000602632",
                                                    "2000572752", "2000600471"],
                                                 x=["3416253", "3464086", "3390152", "4276248", "4329781",
                                                    "3198697", "4175216", "4100629"]),
         "every «молочные» frankfurter (incl. Индилайт «Молочные из индейки»); other sausages (сливочные, "
         "филейные, with cheese/bacon) excluded; «самые дешевые» is a wish, not a filter"),
    ]),
    # 7
    ("энергос burn, семки мартин, кириешки с беконом 2 пачки, пивко", [
        ("энергос burn", acc(m=["f4ace401d4", "6c553cceef", "4178214af4", "fa27f4c150", "b332431eca"],
                             d=["2000529079", "2000268262"], x=["4315389", "3503452"]),
         "every Burn/БЁРН/БЕРН energy drink (original, Gold Rush, тропический, дарк, яблоко-киви, персик-манго Zero); "
         "Red Bull, Adrenaline, Volt, Lit Energy excluded"),
        ("семки мартин", acc(m=["5cbde10c7f", "f87f37880a"],
                             d=["2000277205", "2000562834", "2000540213", "2000196729", "2000282287", "2000151864",
                                "2000285542", "2000300666"],
                             x=["4280034", "4280033", "3348828", "3072541", "3403508", "3669391", "3669122",
                                "3624461", "3469303", "3630849", "3669392", "3661124"]),
         "От Мартина sunflower seeds of any kind (белые, полосатые, чёрные, с солью/без); «семки» means sunflower "
         "seeds, so От Мартина pumpkin seeds (тыквенные) are excluded; Martini drinks are a trap"),
        ("кириешки с беконом 2 пачки", acc(),
         "no Кириешки at all in the offers; other croutons with bacon flavour absent too (Хрусteam, Воронцовские are "
         "other brands); missing everywhere"),
        ("пивко", acc(m=MAGNIT_LIGHT_BEER + ["c97b2b855e", "2d2759556d", "ec022e4637"]),
         "any alcoholic beer, light or dark, incl. Эдельвейс «Напиток пивной нефильтрованный 4,9%» (wheat beer sold as "
         "a beer drink); alcohol-free beer (Stella Artois, Amstel), flavoured beer drinks (ром/кола, Доктор Дизель, "
         "KONIX Cherie, Мишенька под вишенкой, GreenBeat, Sour Ale), медовуха and beer snacks excluded; only Магнит "
         "sells beer"),
    ]),
    # 8 delivery-style night
    ("пиццу замороженую с пепперони, pepsi 2л, начосы с сырным соусом", [
        ("пиццу замороженую с пепперони", acc(m=["a3ef730a3c"]),
         "frozen pepperoni pizza: Магнит «Пицца ЛА ТРАТТОРИЯ Пепперони, 335г» (judgement: La Trattoria pizzas are "
         "frozen; the title does not say); Горячая штучка «Чебупицца Пепперони» (a chebupizza snack, not a pizza) and "
         "pizzas of other toppings excluded"),
        ("pepsi 2л", acc(),
         "Pepsi 2 l: only Пятёрочка «PEPSI DARK VANILLA» 0.5 л (flavoured, wrong size) is offered; other colas "
         "excluded (brand written); missing everywhere"),
        ("начосы с сырным соусом", acc(),
         "nachos with a cheese dip (or cheese-sauce flavour): the only nachos are Дикси Delicados «с оливками и "
         "паприкой» (another flavour, no dip); cheese sauces alone and other corn snacks excluded; missing everywhere"),
    ]),
    # 9
    ("монстр энерджи белый, фри замороженая, соус ббк, крылышки острые", [
        ("монстр энерджи белый", acc(),
         "Monster Energy Ultra (white): no Monster offers at all; other energy drinks excluded; missing everywhere"),
        ("фри замороженая", acc(d=["2000553851"], x=["4326042", "3489169"]),
         "frozen French fries: Дикси «Картофель фри "
         "\"И зимой И летом\"» (a frozen-vegetable brand), Перекрёсток «Картофель Фри замороженный Маркет» and «Картофель "
         "фри дольки быстрозамороженные»; Перекрёсток «Картофель резаный быстрозамороженный Пр!ст» (not stated to be "
         "fries), potato chips/straws and ready potato dishes excluded"),
        ("соус ббк", acc(p=["3376722"]),
         "barbecue sauce: Пятёрочка «Соус Heinz, барбекю»; Перекрёсток «Свинина в соусе барбекю с рисом» (ready dish) "
         "and ketchups «для гриля и шашлыка» excluded"),
        ("крылышки острые", acc(),
         "spicy chicken wings (raw in a spicy marinade or cooked): only Магнит «Крыло ПЕТРУХА цыпленка-бройлера» "
         "(plain raw wings, «острые» not met) and chips «Куриные крылышки» exist; missing everywhere"),
    ]),
    # 10
    ("nutella, блинчики с творогом замор., молочко 2.5%", [
        ("nutella", acc(m=["c2e351845d"], d=["2000001794"]),
         "Nutella hazelnut spread of any size (Магнит «НУТЕЛЛА» 350 г, Дикси «Nutella» 180 г); other nut/chocolate "
         "spreads excluded"),
        ("блинчики с творогом замор.", acc(p=["3403652"]),
         "frozen pancakes with curd filling: Пятёрочка «Блинчики Цезарь с деревенским творогом» 450 г (judgement: "
         "Цезарь is a frozen-food brand; the title does not say frozen); Перекрёсток «Блинчики с творогом Шеф "
         "Перекрёсток» (chilled ready food, not frozen) excluded"),
        ("молочко 2.5%", acc(m=["cfca1c1906", "ef94b89629", "1000143306", "1812450029", "1000418036", "8000029029",
                                "1000037901", "1000445487", "1051242602", "1000563706", "1000035016", "8000058293"],
                             d=["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384",
                                "2000600212"],
                             x=["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"]),
         "cow drinking milk labelled exactly 2.5% (pasteurised/UHT, incl. Агуша children's sterilised milk as in "
         "real_basket_eval); kefir 2.5%, butter «Северное молоко», milkshakes, Slasty coffee drink 2.5% and children's "
         "кисломолочный IMMUNO LAKTO 2.5% excluded"),
    ]),
    # 11 coffee to go / sweets
    ("холодный кофе, милкшейк клубничный, пончики, донат", [
        ("холодный кофе", acc(m=["8000062506", "8000062507", "1000500918"]),
         "ready-to-drink chilled coffee drinks: Магнит Frappe Natura Selection (plain and Moccachino) and Slasty Story "
         "Капучино; instant/ground/bean coffee, 3в1 sachets and coffee-flavoured sweets excluded"),
        ("милкшейк клубничный", acc(p=["3466825"],
                                    m=["3201860038", "1000048677", "1000070784", "1000313056", "1000320906",
                                       "1000251918"],
                                    x=["3129012", "4045398", "45254"]),
         "strawberry milkshakes (молочный коктейль клубника: Чудо, Растишка, Авишка, Чудо Детки, Angelato «Клубника со "
         "сливками», Фрутоняня «клубнично-земляничный»); mixed-fruit ones (клубника-банан, клубнично-манговый сорбет) "
         "and Простоквашино «кефирный коктейль» excluded"),
        ("пончики", acc(m=["e8fd402984"]),
         "doughnuts: Магнит «Пончики БЕРЛИНСКИЕ с вареной сгущенкой»; no other doughnuts offered"),
        ("донат", acc(m=["e8fd402984"]),
         "«донат» = doughnut; the same Магнит Berliner doughnuts are the only ones (filled doughnuts taken as donuts)"),
    ]),
    # 12 lazy dinner
    ("пельмешки сибирская колекция, сметанка 20 процентов, кетчупчик хайнц", [
        ("пельмешки сибирская колекция", acc(m=["22f7803aca", "d6fdebf3e4"], d=["2000558274", "2000565192"]),
         "Сибирская коллекция pelmeni of any filling (Магнит Новосибирские, фирменные; Дикси с мраморной говядиной, "
         "Сочные); other pelmeni brands excluded"),
        ("сметанка 20 процентов", acc(m=["30145abd36", "1000461809", "1000203662", "4221528ef6", "1000237596",
                                         "1899913371", "1000102474", "1000429067", "1000574404", "1000574405"],
                                      d=["2000276139", "2000509714", "2000220966", "2000166052", "2000544033",
                                         "2000509715", "2000411407"],
                                      x=["4250761", "4320002", "4229625", "3632834", "4221355", "4087849",
                                         "4241375", "3629029", "3166306", "4072176", "4376610", "3181748",
                                         "4095524"]),
         "sour cream labelled exactly 20%; 10/15/25 % sour cream, «сметанный» mayonnaise and sour-cream-flavoured "
         "chips/crackers excluded"),
        ("кетчупчик хайнц", acc(p=["3273905", "3273907", "3387265", "2157308", "2157309"],
                                d=["2000143225", "2000143160", "2000033799", "2000538777"],
                                x=["4295650", "4295653", "4295651", "4207051", "4157356", "4274972", "4225365",
                                   "4274971", "4116830", "4157803", "4157697", "4157703", "4116848", "4157704",
                                   "4154517", "4157702", "4274973"]),
         "every Heinz ketchup of any variety and size incl. Heinz Pikador; Heinz sauces (сырный, барбекю, карри), "
         "mayonnaise, peas, baby food and non-Heinz ketchups (Pikador without Heinz in Дикси) excluded"),
    ]),
    # 13 snacks
    ("кешью жареный, kitkat, фанта апельсин, читос сырный", [
        ("кешью жареный", acc(x=["4279869", "3428417", "3942814", "4280430", "4252731", "3900342", "4314009",
                                 "3649109", "4306959"]),
         "roasted cashews, plain or just salted (Семушка, Маркет, Пр!ст, loose «Кешью жареный», Ароматные Орехи «с "
         "морской солью»); dried/raw cashews, cashews without a stated process (Маркет 130 г, Пр!ст 500 г), seasoned "
         "ones (терияки, карри, паприка, чеснок-базилик, травы, перец, мёд-кунжут, «со специями»), caramel dragée "
         "and goods with cashew excluded"),
        ("kitkat", acc(),
         "KitKat chocolate bar: only Пятёрочка ice cream «в шок. KIT KAT» exists (an ice cream, not the bar); "
         "missing everywhere"),
        ("фанта апельсин", acc(p=["1866"]),
         "Fanta orange: Пятёрочка «Напиток FANTA газированный, ж/б 0.33л» (judgement: plain Fanta is the orange "
         "flavour); orange sodas of other brands (Добрый апельсин, Фрустайл), orange juice drinks excluded"),
        ("читос сырный", acc(d=["2000265100"]),
         "Cheetos cheese flavour: Дикси «Cheetos Сыр/Кетчуп, 50 г» (judgement: an assortment title that includes the "
         "cheese flavour); Cheetos Кетчуп-only packs (Перекрёсток) excluded"),
    ]),
    # 14
    ("водичка без газа 0.5 6 шт, хлебцы хрустящие ржаные, авокадик", [
        ("водичка без газа 0.5 6 шт", acc(m=["f54aafe234", "dcf748edda", "2553561", "d13e3cd3df"],
                                          d=["2000292748", "2000557954", "2000145439", "ЦТ0040414", "2000308567",
                                             "2000275919"],
                                          x=["3922562", "3655717", "3674371", "70516", "4316385"]),
         "still drinking/mineral water in 0.5 l bottles («0.5» names the bottle; «6 шт» is the quantity); Дикси «Aqua "
         "Minerale, 0,5 л» and «Сенежская, 0,5 л» accepted as still (judgement: the sparkling versions say "
         "«газированная»); sparkling and medicinal waters (Borjomi, Ессентуки, Нарзан, Нагутская), flavoured waters "
         "(Aqua Bene лимон, Aqua Minerale Active) and other sizes excluded"),
        ("хлебцы хрустящие ржаные", acc(m=["eb4308a4fa"]),
         "rye crispbread: Магнит «Хлебцы ЩЕДРЫЕ, Тонкие ржаные»; buckwheat (Dr.Korner), «шведские с семенами» (grain not "
         "stated), fruit and rice crispbreads excluded"),
        ("авокадик", acc(m=["84db02dc1b"], d=["ЦТ0016679"],
                         x=["49622", "4068450", "4065597", "2131945", "4127617", "4090374", "4266346", "4266407",
                            "4272853", "4254512", "4379376", "3954359", "3948371", "3445047", "3216120", "3954360",
                            "4333280"]),
         "fresh avocados of any pack (Хасс, Ready-to-eat, organic, «свежий без косточки» halves); avocado oil, "
         "cream cheese, yoghurt, cosmetics, toys and candies «авокадо» excluded"),
    ]),
    # 15 desserts
    ("пломбир эскимо, чизкейк, сок добрый яблоко", [
        ("пломбир эскимо", acc(x=["4354078", "4278655", "4130359", "3287145", "3371925", "3628052", "3650693"]),
         "stick ice cream (эскимо) of the пломбир type, any flavour/glaze (Перекрёсток Свитлогорье, Как Раньше, "
         "Коровка из Кореновки, Чистая Линия, Пестравка фисташковый, Вин-Вин); эскимо not stated пломбир (Магнат, Milka, "
         "Ленинградское сливочное, Сам-По, Lotte) excluded"),
        ("чизкейк", acc(m=["4c81560436", "9107f9a5b1"], x=["4214416"]),
         "cheesecake as a cake: Магнит Cheeseberry New-York (plain and with strawberry), Перекрёсток «Торт Petra "
         "Чизкейк шоколадный»; Дикси А.Ростагрокомплекс «Десерт … Чизкейк» 40 г (glazed curd dessert bars), "
         "Савушкин творожок «Чизкейк», Чудо сырок, cheesecake-flavoured chocolate excluded"),
        ("сок добрый яблоко", acc(m=["9aed063f0e"], d=["2000225623", "10E0072646"], x=["58049", "4259039", "4157530"]),
         "Добрый single-fruit apple juice (incl. Перекрёсток «Сок Добрый Active kid яблочный»); Добрый nectars "
         "(«Деревенские/Фермерские яблочки»), mixed juices (яблочно-виноградный, яблоко-персик/вишня), juice "
         "drinks and other brands excluded"),
    ]),
    # 16 student pantry
    ("ролтон пюре, тушняк говяжий, батон нарезной белый, кетчуп к макаронам", [
        ("ролтон пюре", acc(d=["2000577651", "2000162971", "ЦТ0023259"]),
         "Rollton instant mashed potato of any flavour (Дикси); Доширак, «Бизнес меню», Пр!ст instant puree and "
         "chilled/ready puree excluded (brand written)"),
        ("тушняк говяжий", acc(m=["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b"],
                               d=["2000313236", "2000408120", "T000000869", "2000258591", "2000192964",
                                  "2000415753", "2000220776", "2000302684", "2000557431"],
                               x=["4189729"]),
         "canned stewed beef («Говядина тушеная», any brand/grade); pork/chicken stew and ready beef dishes excluded"),
        ("батон нарезной белый", acc(x=["2065120", "3680023", "4102687", "4329402"]),
         "«Батон нарезной» loaves (Коломенское, Пр!ст, Маркет, sliced or not); other batons (Молочный, Горчичный, "
         "Зерновой, Отрубной, Утренний, «к завтраку», Новый, «Батон, 300г») excluded as not нарезной"),
        ("кетчуп к макаронам", acc(p=["2157308", "2157309", "3273905", "3273907", "3387265"],
                                   m=["c112734da7"],
                                   d=["2000033799", "2000143160", "2000143225", "2000193817", "2000194769",
                                      "2000207279", "2000207280", "2000207290", "2000224973", "2000309687",
                                      "2000320468", "2000538777", "2000551592", "2000552955", "2000567791",
                                      "2000567792", "2000603860", "2000604791"],
                                   x=["2157566", "2157567", "3054047", "3054048", "3446697", "3652684", "3673189",
                                      "3673190", "3684511", "3691258", "3941584", "3941585", "3970015", "4044938",
                                      "4078077", "4078080", "4116830", "4116848", "4149865", "4149866", "4149867",
                                      "4154517", "4157356", "4157697", "4157702", "4157703", "4157704", "4157803",
                                      "4207051", "4225365", "4227924", "4227925", "4227926", "4227927", "4227928",
                                      "4227930", "4227932", "4274971", "4274972", "4274973", "4282684", "4295650",
                                      "4295651", "4295653", "4312325"]),
         "any ketchup: «к макаронам» is a purpose, not a filter (convention), so every product titled «Кетчуп»/«Кетч.» "
         "of any variety (томатный, шашлычный, острый, лечо, чили…) is accepted, incl. Магнит «Кетчуп СЕМЕЙНЫЕ "
         "СЕКРЕТЫ, Соус по-грузински»; Cheetos «Кетчуп» snacks, tomato pastes and pasta sauces excluded"),
    ]),
    # 17
    ("наггетсы куриные замороженные, сырный соус, sprite", [
        ("наггетсы куриные замороженные", acc(m=["fd1fdcfdd7", "a36ebb7d8a"]),
         "frozen chicken nuggets: Магнит Мираторг «НАГГЕТСЫ КУРИНЫЕ Хрустящие» and Золотой Петушок «традиционные» "
         "(judgement: both are frozen, chicken products; titles do not say so); Индилайт turkey nuggets excluded"),
        ("сырный соус", acc(d=["2000167842", "2000158954"], x=["4372003"]),
         "cheese sauces: Дикси «Heinz Сырный», Astoria «майонезный Сырный», Перекрёсток «Соус Сырный майонезный "
         "Перекрёсток Select»; dishes «в сырном соусе» excluded"),
        ("sprite", acc(),
         "Sprite: not offered; other lemon-lime sodas excluded (brand written); missing everywhere"),
    ]),
    # 18 cosmetics for her
    ("паста зубная колгейт отбеливающая, дезодорант женский rexona, ватные палочки 100 шт", [
        ("паста зубная колгейт отбеливающая", acc(p=["2157107"],
                                                  m=["350131f5fe", "d03e638466", "02007f5dd2", "b432da8011"]),
         "Colgate whitening toothpaste: Магнит «Прополис, отбеливающая», «Бережное отбеливание», «Лечебные травы, "
         "отбеливающая», «Тотал 12 Профессиональное отбеливание»; Пятёрочка «Colgаtе, макс блеск» (judgement: Max "
         "White, a whitening line; title has Latin «а»/«е» inside); other Colgate pastes (уголь, кальций, Тотал "
         "without отбеливание, children's), gels and brushes excluded"),
        ("дезодорант женский rexona", acc(m=["4771da81a4", "3acde2d4bb", "1109b9c12e", "2d8a0cf27c", "8b17183829",
                                            "23103129c3", "6a9b4973c6", "3f59c948eb", "ec0e64dbb3"],
                                         d=["2000321591"], x=["4341094", "4342821"]),
         "Rexona deodorants/antiperspirants of the women's line (judgement: Rexona products not labelled Men/Мэн/"
         "мужской, e.g. Свежесть душа, Алоэ вера, Инвизибл Айс, Сухость пудры, Сочный арбуз, Клиник протект); Rexona "
         "Men and Cobalt (Пятёрочка «REXONA Антиперсп.COBALT», sold as «Кобальт мужской» in Магнит) excluded"),
        ("ватные палочки 100 шт", acc(),
         "cotton buds in a pack of 100: only Магнит «Ватные палочки Я САМАЯ, 300штук» and «…д/макияжа 200шт» exist "
         "(«100 шт» names the pack, as «десяток» does); missing everywhere"),
    ]),
    # 19 beer evening
    ("пивас светлое 4 шт, сухарики хрусteam, рыбка к пиву", [
        ("пивас светлое 4 шт", acc(m=MAGNIT_LIGHT_BEER),
         "alcoholic light beer (titles with «светлое»/«свет», filtered or not, incl. pale/IPA/wheat light beers); "
         "dark beer, Эдельвейс (not stated светлое), flavoured beer drinks, alcohol-free beer and медовуха excluded; "
         "«4 шт» is a quantity; only Магнит sells beer"),
        ("сухарики хрусteam", acc(d=["2000265801"]),
         "Хрусteam croutons: Дикси «Сухарики Хрусteam Багет Томаты/Краб/Сыр/Буженина» (any flavour); other crouton "
         "brands (Воронцовские, Take It, Фишка, Хрустимки) excluded"),
        ("рыбка к пиву", acc(p=["342922fced"],
                             m=["2955c1a6cb", "863dcd83be", "cedf126903", "adac1fd7d0", "1d5c4bba58", "989af23711"],
                             d=["2000162541"], x=["4357085"]),
         "dried/salted fish snacks for beer (путассу, жёлтый полосатик, анчоусы, горбуша соломка, корюшка, рыбка "
         "янтарная, ставридка, Форель «Пивной набор»); dried squid (not fish), meat chips, pork ears, fish pastes and "
         "raw/frozen fish excluded"),
    ]),
    # 20
    ("нескафе голд в пакете, сливки 10% для кофе 2 шт, печенька овсяная", [
        ("нескафе голд в пакете", acc(m=["e29b86ab6b", "5ed1824f2e", "5937914f18", "67ebe44e72", "eab407b5dd",
                                         "07b5ff6b13", "0c262c177c"],
                                      d=["2000587951", "2000225117", "2000225116", "2000144529", "ЦТ0000119"]),
         "Nescafé Gold instant coffee of any size incl. Gold Aroma, Gold Barista and Gold Alta Rica; the titles never "
         "say jar or bag, so «в пакете» could not be checked and every Gold pack is accepted (judgement); Nescafé "
         "Classic, 3в1 drinks and other brands excluded"),
        ("сливки 10% для кофе 2 шт", acc(m=["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079",
                                            "1000537609", "3201860040", "1000052910", "1000456519", "1000461011",
                                            "1000006089"],
                                         x=["68419", "4271735", "4267108", "3431574", "44849"]),
         "drinking cream labelled exactly 10% (bottles, cartons and 10×10 g portion cups); «для кофе» is a purpose, "
         "«2 шт» a quantity; other fat levels and ice cream «со сливками 10%» excluded"),
        ("печенька овсяная", acc(p=["3613445", "3613448"], m=["857b65e2eb"],
                                 d=["2000002140", "2000214298", "2000221434", "2000225711", "2000235792",
                                    "2000251113", "2000255652", "2000325940", "2000349045", "2000351526",
                                    "2000419389", "2000529080", "2000535032", "2000603032", "2000603633"],
                                 x=["2023501", "2023502", "2091843", "3035354", "3218321", "3412681", "3438892",
                                    "3505244", "3603607", "3613445", "3613448", "3639545", "3643376", "3658003",
                                    "3663100", "3681160", "3681278", "3688135", "3901906", "3901907", "3951119",
                                    "4017837", "4024594", "4032428", "4050870", "4086029", "4113987", "4123144",
                                    "4172266", "4172267", "4185824", "4202786", "4202788", "4202831", "4251005",
                                    "4258982", "4283932", "4283934", "4283939", "4284221", "4284222", "4315655",
                                    "4315656", "4356039", "4370424", "4370425", "91535"]),
         "every cookie titled «Печенье … овсяное» of any variety (classic, с изюмом, с шоколадом, на фруктозе/мальтите, "
         "children's, protein Take A Bite, Таруска «Овсянка»); ProteinRex flapjacks, yoghurt and puree with oat "
         "cookie, muesli bars excluded"),
    ]),
    # 21 snacks
    ("липтон холодный чай лимон, m&ms арахис, pringles паприка, печенье oreo", [
        ("липтон холодный чай лимон", acc(d=["2000285268"]),
         "Lipton Ice Tea lemon: Дикси «Холодный чай \"Lipton\" Лимон, 1,5 л»; Lipton peach and Пятёрочка «LIPTON … ICE "
         "TEA зел.» (green, flavour not lemon), other brands (Святой источник, Rich, Нести) and Lipton bag tea excluded"),
        ("m&ms арахис", acc(),
         "M&M's with peanuts: only Дикси «M&M's с апельсином» is offered; missing everywhere"),
        ("pringles паприка", acc(),
         "Pringles paprika: no Pringles offered (Lay's Stax and others excluded, brand written); missing everywhere"),
        ("печенье oreo", acc(m=["2d6c3b194d", "f4d02d704a", "2d33544c78"]),
         "every Oreo/ОРЕО cookie (classic, шоколадная начинка, клубника); Alpen Gold/Milka chocolate «Орео» and Oreo "
         "ice cream excluded"),
    ]),
    # 22 brunch
    ("яички с1 десяток пару, бекон нарезкой, моцарелла мини шарики, томаты черри", [
        ("яички с1 десяток пару", acc(m=["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
                                      d=["2000588991", "2000596671", "2000269323", "2000238733", "2000139399",
                                         "1041042135"],
                                      x=["3001671", "2109476", "4085791", "2131763", "3182856"]),
         "hen eggs of class С1 (= «1 категории») in packs of 10 («десяток»; «пару» = two packs); packs of 6/15/20/30, "
         "other classes (С0, СО, СВ, С2, unclassed) and quail eggs excluded"),
        ("бекон нарезкой", acc(m=["d705bc4e4d"], d=["2000572451", "2000414199"], x=["4165825", "4191111", "4296355"]),
         "packaged pork bacon: Магнит «БЕКОН ПО-ИСПАНСКИ … нарезка»; Дикси Клинский «Черный кабан» 200 г and Ближние горки "
         "260 г, Перекрёсток Ближние Горки «для жарки», Зелёная Линия 150 г, Маркет сырокопченый 150 г (judgement: "
         "packs of this size are sliced; titles do not say so); Мираторг «Бекон из мраморной говядины» (beef), sausages "
         "«с беконом» and bacon-flavoured snacks excluded"),
        ("моцарелла мини шарики", acc(m=["1000216597", "ac45682a48"], d=["2000365606"], x=["3500953", "3949283"]),
         "mini mozzarella balls: Pretto «Чильеджина» (cherry-size balls, judgement) and Перекрёсток «Моцарелла мини» "
         "(Маркет, Зелёная Линия в рассоле); regular mozzarella, кубики, палочки, «для пиццы», Fior di Latte excluded"),
        ("томаты черри", acc(m=["e77c4439b1"],
                             d=["2000601471", "2000601472", "2000580827", "2000003231", "2000186544"],
                             x=["3373662", "4217379", "3410591", "4381951", "4381952", "4371254", "11971",
                                "3634714"]),
         "fresh cherry tomatoes of any colour/pack (на ветке, сливовидные, Кумато, микс); marinated/salted cherry "
         "tomatoes, pickled assortments and pepper «Теличерри» excluded"),
    ]),
    # 23 the cat
    ("вискас пауч с курицей, наполнитель для кошек комкующийся, корм для кота сухой", [
        ("вискас пауч с курицей", acc(m=["2493331", "2493341", "2493431"]),
         "Whiskas wet pouches (75 г) with chicken for adult cats: Магнит «рагу с курицей», «желе курица-индейка», "
         "«паштет курица-индейка»; Whiskas for kittens «рагу с курицей», dry Whiskas, other flavours and other brands "
         "(Felix, Kitekat) excluded"),
        ("наполнитель для кошек комкующийся", acc(),
         "clumping cat litter: only Магнит «КЭТ СТЕП, силикагелевый» (silica gel, not clumping) exists; missing "
         "everywhere"),
        ("корм для кота сухой", acc(p=["3476629", "3496914"],
                                    m=["d0c8d93ec2", "dbf5033fdc", "55b04b68ba", "75088c0c75", "66c4713f53",
                                       "a90d75160d", "b2a3471d9f", "25a38e6577", "f37cd2575d", "9e2b4c52dc",
                                       "67188622e2", "f9a50d981d", "44ec5dee51", "5f2c27349b", "29d266d8c4",
                                       "082e5a8772", "5ac79c1445", "ae8959bc6c", "bcf8a579e3", "81960a917d",
                                       "1f0ce393a9", "88df276103"]),
         "dry food for adult cats of any brand (Whiskas сухой, Winner, Perfect Fit сухой, Felix «Двойная вкуснятина "
         "сухой», Purina One 680 г-1.5 кг); Purina One 750 г bags without «сухой» and Whiskas «Подушечки с "
         "паштетом» 800 г taken as dry (judgement); kitten food (Purina One/Perfect Fit «для котят», Whiskas "
         "«для котят»), wet food, dog food and the untitled Магнит «Корм для кошек» excluded"),
    ]),
    # 24 sushi at home
    ("соевый соус киккоман, рис для роллов, имбирь маринованный, листы нори", [
        ("соевый соус киккоман", acc(),
         "Kikkoman soy sauce: not offered; other soy sauces excluded (brand written); missing everywhere"),
        ("рис для роллов", acc(x=["3143475", "4285358"]),
         "sushi rice: Перекрёсток «Рис Sen Soy для суши» and «Рис для японской кухни шлифованный Market Collection»; "
         "other rice excluded"),
        ("имбирь маринованный", acc(x=["3665698", "3482300", "3361489", "4152879", "4152880", "3665823", "3683949",
                                       "4028338", "4276518", "4187203", "4187188", "4305773", "4305772", "4130670",
                                       "3644567", "3686056"]),
         "pickled (sushi) ginger, pink or white, any pack; Скатерть-Самобранка «белый пастеризованный» accepted as "
         "pickled ginger (judgement); fresh/ground ginger, ginger drinks and sweets excluded"),
        ("листы нори", acc(),
         "nori sheets: only nori chips (Дикси Naitori, Пятёрочка «Чипсы Нори») are offered; missing everywhere"),
    ]),
    # 25 healthy breakfast
    ("скир, гранола, голубика свежая", [
        ("скир", acc(m=["1000254987", "1000254989"], x=["4201120", "4201122"]),
         "spoonable skyr (Магнит Isey Skyr натуральный / печеное яблоко, Перекрёсток Зелёная Линия «Исландский "
         "Скир»); Exponenta «Bio-Skyr» drinks (напиток кисломолочный) excluded"),
        ("гранола", acc(x=["4019918", "4274667"]),
         "granola (Перекрёсток Granolife, Настин Сластин); yoghurts «с гранолой» excluded"),
        ("голубика свежая", acc(m=["73557aed71", "ab7fd3bb8a"]),
         "fresh blueberries: Магнит «ГОЛУБИКА» 100/125 г; berry mixes (Перекрёсток голубика-малина-ежевика, "
         "ананас-клубника-голубика), blueberry yoghurts/drinks and energy drinks excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzh"))
