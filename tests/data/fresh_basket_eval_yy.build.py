#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yy.jsonl -- shopping lists of a small cafe's owner and staff restocking from
supermarkets between deliveries, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yy.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed to a Telegram bot -- copied byte for byte from
fresh_basket_eval_yy.blind_lists.txt, which was written before any offer was read -- and for every item
the product ids of every store that a reasonable shopper who wrote exactly that item would accept.
Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations,
Latin and Cyrillic brand spellings, e/yo) and read one by one; then all titles matching each item's stem
that were not accepted were listed and re-read.  The note of each item records what was accepted, what
was deliberately left out and any judgement that rests on outside knowledge.  An empty list means the
store has nothing acceptable (the item is "missing" there).  Nothing of korzina (its matcher, data,
holdout files or the labels of other sets) was read or run.

labelled_lists.build checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and writes the
JSONL in the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are
fyy01, fyy02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yy.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyy01
    ("молоко 3.2% 12 литров, сливки 10 процентов побольше, сахарок порционный в стиках, салфеточки бумажные белые", [
        ("молоко 3.2% 12 литров", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875",
                       "8000026014", "1812450001", "1000323041", "1000139951", "be3e0e74c3",
                       "1000049786", "1000445488", "1000127183", "1059990140", "4aff59ccac",
                       "18ca387556", "8000081425", "1000172272", "1899800825", "8000058295"],
            "dixy": ["2000594992", "2000238271", "2000509793", "2000066819", "2000560951",
                     "10J0077073", "2000589411", "2000600213", "2000557212"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "cow drinking milk labelled exactly 3.2% (pasteurised/UHT/sterilised; children's drinking "
           "milk Агуша, Тема, Зелёная Линия «для детского питания с 8 месяцев» and lactose-free Аммм "
           "3.2% included as in real_basket_eval; Дикси Му-у «Для капучино» 3.2% accepted: plain UHT "
           "milk sold for coffee, which is what a café wants); топлёное (Эго, Северная долина), "
           "ranges 3.2-4 / 3.2-6 / 3.4-6, other fat levels, oat drinks 3.2% excluded; «12 литров» is "
           "a quantity, not a pack size"),
        ("сливки 10 процентов побольше", {
            "pyaterochka": [],
            "magnit": ["1000506066", "913cd14db9", "1899911837", "1000128456", "1000144079",
                       "1000537609", "3201860040", "1000052910", "1000456519", "1000461011",
                       "1000006089"],
            "dixy": [],
            "perekrestok": ["68419", "4271735", "4267108", "3431574", "44849"],
        }, "cream of exactly 10% (drinking/UHT/sterilised, «для кофе», incl. portion cups 10x10 g); "
           "Parmalat 11%, 20%/33% cream, curd «в сливках», ice cream and milkshakes «со сливками» "
           "excluded; «побольше» is a wish, not a filter; Дикси and Пятёрочка have no 10% cream"),
        ("сахарок порционный в стиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sugar sticks / portion sachets in any store (only loose, cubed and cane sugar, vanilla "
           "sugar 8 g); missing everywhere"),
        ("салфеточки бумажные белые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "white paper table napkins: none; Магнит WELLFORT «Барокко … в асс» (printed) and "
           "Перекрёсток Home Story «киви» napkins are coloured/printed, ZEWA items are facial "
           "tissues, wet wipes excluded; missing everywhere"),
    ]),
    # fyy02
    ("кофе в зернах лавацца 1кг, молоко ультрапастеризованное 3.2 ящик, сироп ванильный", [
        ("кофе в зернах лавацца 1кг", {
            "pyaterochka": ["3396617"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lavazza coffee beans in a 1 kg pack: only Пятёрочка LAVAZZA «CREMA E AROMA зер. в/у 1кг»; "
           "Lavazza ground 250 g (Дикси, Перекрёсток) and 1 kg beans of other brands (Jacobs, "
           "Coffesso, Jardin…) excluded"),
        ("молоко ультрапастеризованное 3.2 ящик", {
            "pyaterochka": [],
            "magnit": ["1000244834", "1812450001", "1000323041", "be3e0e74c3", "1000049786",
                       "1000172272", "1899800825", "8000058295", "18ca387556"],
            "dixy": ["2000238271", "2000066819", "2000560951", "10J0077073", "2000589411",
                     "2000600213"],
            "perekrestok": [],
        }, "cow milk 3.2% whose title says ультрапастеризованное (incl. children's UHT Агуша/Тема, "
           "Дикси «в ассортименте» and Му-у «Для капучино»); pasteurised, sterilised (Агуша "
           "стерилизованное, Мозырские) and titles that do not state the treatment (Тема «с 3 лет» "
           "500 мл, Аммм 205 г, Село Зелёное 2 кг, Пятёрочка Агуша 500 г) excluded; «ящик» is a "
           "quantity"),
        ("сироп ванильный", {
            "pyaterochka": [],
            "magnit": ["d96e73322a"],
            "dixy": [],
            "perekrestok": ["4277907"],
        }, "vanilla syrup: Магнит «Сироп МАГНИТ Ваниль» and Перекрёсток «Сироп Мадагаскарская ваниль "
           "Маркет»; other syrup flavours, fruit in syrup excluded"),
    ]),
    # fyy03
    ("чай гринфилд в пакетиках 100 шт, чай ahmad эрл грей, лимончики штук 5", [
        ("чай гринфилд в пакетиках 100 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000289445", "2000228472"],
            "perekrestok": ["2147891", "3378336", "2147890", "3450276"],
        }, "Greenfield tea in bags, packs of 100 (100х2 г / 100пак / 100х1.5 г, any blend); 25-bag "
           "packs and loose Greenfield excluded (a count that names the pack is respected)"),
        ("чай ahmad эрл грей", {
            "pyaterochka": ["3380947"],
            "magnit": ["1fa2ce7c58", "108be7a212", "bd44dec0f2"],
            "dixy": ["ЦТ0016759"],
            "perekrestok": ["5051"],
        }, "Ahmad Tea Earl Grey in any form (loose 100/200/500 g, 25 or 100 bags); other Ahmad blends "
           "(Classic, English Breakfast, Ceylon, fruit flavours, green) excluded"),
        ("лимончики штук 5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose or packed); Перекрёсток «Микс Лайм-лимон» (contains limes), "
           "ginger-lemon sets, lemon-flavoured goods and cleaners excluded; «штук 5» is a quantity"),
    ]),
    # fyy04
    ("круасанчики с шоколадом штук 10, эклерчики заварные, чизкейк ньюйорк, маффины шоколадные", [
        ("круасанчики с шоколадом штук 10", {
            "pyaterochka": [],
            "magnit": ["872b08ccfa", "82f52ab2a8", "1060048500", "500db2728b"],
            "dixy": [],
            "perekrestok": ["78035105", "78035149"],
        }, "croissants with a chocolate/cocoa filling: Магнит «с шоколадно-ореховой начинкой», 7 DAYS "
           "«с кремом какао», «Крем какао-ваниль» (half cocoa) and СЕВЕН ДЭЙЗ «какао» (cocoa cream "
           "taken as chocolate filling — judgement), Перекрёсток «плоский с тёмным шоколадом» and "
           "«Круассан-куб Шоколад»; vanilla, cherry, boiled condensed milk, strawberry, almond, "
           "mango, raspberry croissants excluded; «штук 10» is a quantity"),
        ("эклерчики заварные", {
            "pyaterochka": [],
            "magnit": ["3d3a54177f"],
            "dixy": [],
            "perekrestok": ["3977333", "78035130"],
        }, "éclairs (Магнит МИШЕЛЬ Эклер, Перекрёсток Есть Торт / «Эклер шоколадный»); profiteroles, "
           "«заварные» gingerbread/pastila/bread excluded"),
        ("чизкейк ньюйорк", {
            "pyaterochka": [],
            "magnit": ["4c81560436", "9107f9a5b1"],
            "dixy": [],
            "perekrestok": [],
        }, "New York cheesecake: Магнит CHEESEBERRY New-York, plain and «с клубникой» (still New York "
           "style); Перекрёсток Petra «Чизкейк шоколадный», cheesecake-flavoured curd desserts, "
           "chocolate and yoghurt excluded"),
        ("маффины шоколадные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78007940", "78035426"],
        }, "chocolate muffins: Перекрёсток «Кекс Перекрёсток Маффин с шоколадом» and «Маффин с "
           "кусочками шоколада»; «Маффин апельсиновый с шоколадной крошкой» (orange muffin), loaf "
           "cakes «Кекс Шоколадный» 250 g and a muffin-flavoured yoghurt excluded"),
    ]),
    # fyy05
    ("стаканчики бумажные 250 мл, крышки для стаканов, трубочки для коктейлей бумажные, салфетки zewa", [
        ("стаканчики бумажные 250 мл", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no paper cups (or any disposable tableware) in the offers; ice cream «в вафельном "
           "стаканчике» is a trap; missing everywhere"),
        ("крышки для стаканов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cup lids in the offers; missing everywhere"),
        ("трубочки для коктейлей бумажные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no drinking straws in the offers; Магнит «Трубочка с варёной сгущенкой» (pastry) and "
           "Перекрёсток «Трубочки из рисовой и кукурузной муки» (snack) are traps; missing everywhere"),
        ("салфетки zewa", {
            "pyaterochka": ["2038405"],
            "magnit": ["0e3503aea4"],
            "dixy": [],
            "perekrestok": [],
        }, "ZEWA «салфетки»: the only ZEWA napkin products are facial tissues (Пятёрочка «ZEWA "
           "Салф.бум.д/лица» 100 шт, Магнит «Салфетки для лица ЗЕВА Софт»), accepted under brand + "
           "product word; ZEWA toilet paper, towels and handkerchiefs (платки носовые) excluded"),
    ]),
    # fyy06
    ("ветчинка в нарезке для бутеров, сыр гауда слайсы, салат листовой пару пучков, томатики черри для сендвичей, хлебушек для тостов", [
        ("ветчинка в нарезке для бутеров", {
            "pyaterochka": [],
            "magnit": ["f40c256f93"],
            "dixy": [],
            "perekrestok": [],
        }, "sliced cooked ham: Магнит ЧЕРКИЗОВО «Ветчина По-черкизовски, нарезка»; hams whose title "
           "does not say sliced (Владимирский Стандарт 100 г, Вязанка, Великолукский, Перекрёсток "
           "«Ветчина куриная» 120 г), turkey ham loaf, dry-cured jamón/prosciutto excluded"),
        ("сыр гауда слайсы", {
            "pyaterochka": [],
            "magnit": ["1000452314"],
            "dixy": [],
            "perekrestok": ["4353317", "4003953"],
        }, "sliced Gouda (нарезка/ломтики): Магнит Село Зелёное «Гауда Премиум нарезка», Перекрёсток "
           "Маркет «Гауда ломтики» 45% and 48%; Gouda in a piece and other sliced cheeses excluded"),
        ("салат листовой пару пучков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000539717"],
            "perekrestok": ["4117862", "4191517", "4301539"],
        }, "leaf salad: no lettuce (лолло, романо, айсберг…) in the offers; ready mixes of salad "
           "leaves accepted as «салат листовой» (judgement): Дикси «Салат Микс Руккола мангольд и "
           "шпинат», Перекрёсток Белая Дача «рукола-мангольд-мицуна», «Салаты с Поля» and Маркет "
           "Fresh mixes; pure spinach, «Салат Мангольд», prepared salads (по-корейски etc.) and "
           "cabbage excluded; «пару пучков» is a quantity"),
        ("томатики черри для сендвичей", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000601471", "2000601472", "2000003231", "2000186544", "2000580827"],
            "perekrestok": ["3373662", "3410591", "4381951", "4381952", "4371254", "11971",
                            "3634714", "4217379"],
        }, "fresh cherry tomatoes of any colour/shape (incl. on the vine, «Черри Микс», Кумато черри "
           "мини, Сладкая Ягода); Магнит PREMIERE OF TASTE «Черри Горячее сердце» 200 г taken as "
           "fresh (judgement); marinated/salted cherry tomatoes, «коктейль» tomatoes, Теличерри "
           "pepper, cherry ketchup excluded"),
        ("хлебушек для тостов", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "toast bread: Магнит Коломенский «Хлеб ТОСТОВЫЙ» пшеничный and злаковый; «для тостов» "
           "names the kind, so other loaves, buns and хлебцы are excluded"),
    ]),
    # fyy07
    ("fairy 1л для посуды, губки для посуды побольше упаковку, перчатки резиновые хоз. размер m, доместос для туалета в кафе", [
        ("fairy 1л для посуды", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dish liquid in a 1 l bottle: Fairy is sold in 430/450/650/900 ml and 1.35 l only, "
           "none is 1 l (size respected); Fairy dishwasher tablets excluded; missing everywhere"),
        ("губки для посуды побольше упаковку", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges: Магнит «Губки для посуды МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт»; shoe sponge "
           "excluded; «побольше упаковку» is a wish"),
        ("перчатки резиновые хоз. размер m", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household rubber gloves in the offers; missing everywhere"),
        ("доместос для туалета в кафе", {
            "pyaterochka": [],
            "magnit": ["65de4380ad", "b8d9f486eb", "ffbf84b458", "b36a2da83b", "2750dd6add",
                       "258e844027", "ae9c88f524", "45a638f00b", "e407eb3e87", "84c700d8bb",
                       "a961e8e2cb"],
            "dixy": [],
            "perekrestok": [],
        }, "Domestos products, all usable in a toilet: universal gels (Ультрабелый, Лимонная "
           "свежесть, Свежесть Атлантики, Ультраблеск, Эко), the universal spray and the rim block "
           "«Атлантик Гигиена»; «для туалета в кафе» is a purpose; other brands' toilet cleaners "
           "(Bref, Туалетный утёнок, МАГНИТ гель) excluded"),
    ]),
    # fyy08
    ("сливки 33 процента для взбивания, топинг карамельный, шоколадная крошка", [
        ("сливки 33 процента для взбивания", {
            "pyaterochka": ["44799"],
            "magnit": ["1000299287", "8000056173"],
            "dixy": [],
            "perekrestok": ["44799"],
        }, "cream of exactly 33%: Магнит Вкуснотеево «для взбивания» and Молочный мир стерилизованные "
           "33%, Петмол 33% (Перекрёсток «Сливки Петмол для взбивания», Пятёрочка titles the same id "
           "«ПЕТМОЛ Крем сливочный ул/паст.33%»); President whipped cream 20% excluded"),
        ("топинг карамельный", {
            "pyaterochka": [],
            "magnit": ["e5e784ed9e"],
            "dixy": [],
            "perekrestok": [],
        }, "caramel topping: Магнит «Топпинг АБРИКО Карамель молочная»; АБРИКО chocolate/strawberry "
           "toppings, caramel syrups and sweets excluded"),
        ("шоколадная крошка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chocolate chips/drops or chocolate crumb for decoration; muffins and ice cream «с "
           "шоколадной крошкой» are traps; missing everywhere"),
    ]),
    # fyy09
    ("безлактозное молочко, alpro овсяный напиток, миндальное молоко для рафа, сливки кокосовые", [
        ("безлактозное молочко", {
            "pyaterochka": ["3146538"],
            "magnit": ["1000351083", "1000417765", "8000081425", "8000079205", "1000568396"],
            "dixy": ["2000328870"],
            "perekrestok": [],
        }, "lactose-free cow drinking milk of any fat: Valio ZERO LACTOSE, Parmalat (Natura Premium "
           "Comfort 1 l, 200 ml, Protein), Домик в деревне 1.8%, Аммм «с 8 месяцев» 3.2%; "
           "lactose-free yoghurt, curd, sour cream, butter and fermented drinks excluded"),
        ("alpro овсяный напиток", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Alpro oat drink: Alpro appears only as «Alpro/Planto» coconut-rice and almond drinks in "
           "Дикси; oat drinks of other brands (Nemoloko, Hi, Vega Natura, Овсянка Сэр!) excluded "
           "because the brand is required; missing everywhere"),
        ("миндальное молоко для рафа", {
            "pyaterochka": [],
            "magnit": ["1000563165"],
            "dixy": ["2000595771", "2000544532", "2000411028"],
            "perekrestok": ["4156915", "4085201", "4345770", "4312743", "4312739", "4312740",
                            "4322166", "4220001"],
        }, "almond drinks sold as almond milk: Nemoloko «Миндальный» (Магнит) / «миндальный на соевой "
           "основе» (Перекрёсток) and Nemoloko Professional «Миндаль», Velle, Alpro/Planto "
           "«Миндальный», Planto Almond (incl. No Sugars and Barista), Zinus, Зелёная Линия, 137 "
           "Degrees (incl. «с нектаром кокосовых соцветий»); drinks where almond is only an addition "
           "or flavour on another base (Green Milk ячменно-нутовый, Planto соевый «миндальный вкус "
           "карамель», HI «с миндалем»), nuts and almond desserts excluded; «для рафа» is a purpose"),
        ("сливки кокосовые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "coconut cream: none; Магнит «Кокосовое молоко Thai Coco 5-7%» is coconut milk, not cream; "
           "missing everywhere"),
    ]),
    # fyy10
    ("рафинад в кубиках, тростниковый сахар коричневый, заменитель сахара в таблетках", [
        ("рафинад в кубиках", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829"],
            "perekrestok": ["4092763"],
        }, "white sugar cubes (кусковой / прессованный): Магнит «Сахар РУССКИЙ белый прессованный», "
           "Дикси «Русский сахар» прессованный 1 кг and 500 г, «Сахар прессованный» 1 кг, Чайкофский "
           "кусковой, Перекрёсток «Русский Сахар белый кусковой»; granulated sugar (incl. Чайкофский "
           "«Рафинированный» сахар-песок) and brown cane sugar cubes excluded"),
        ("тростниковый сахар коричневый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000598451"],
            "perekrestok": ["2113550", "4269179", "4293934", "4269180", "4282808", "3629156"],
        }, "cane sugar (brown): Дикси «Брауни» тростниковый, Перекрёсток Мистраль кусковой "
           "нерафинированный, Маркет / Market Collection crystal and cube cane sugar (the Маркет "
           "packs that do not say «нерафинированный» taken as brown — judgement); white sugar and "
           "coconut sugar excluded"),
        ("заменитель сахара в таблетках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sweetener tablets: FitParad №10 150 г (Магнит) and Fit Parad №7 60 г (Дикси) are "
           "powder/sachet sweeteners, not tablets; missing everywhere"),
    ]),
    # fyy11
    ("кофе молотый жокей, nescafe gold 190 г, капсулы nespresso, фильтры для кофеварки", [
        ("кофе молотый жокей", {
            "pyaterochka": [],
            "magnit": ["80d20f5714", "7d84ba5b6e", "3bb33c0c9e"],
            "dixy": ["10E0076694", "2000361756"],
            "perekrestok": ["29278"],
        }, "Жокей ground coffee: Магнит «Италиано молотый», «Традиционный молотый», «По-восточному, "
           "Арабика» (fine ground coffee for cezve — title does not say молотый, the same product is "
           "«молотый» in Дикси/Перекрёсток; outside knowledge), Дикси «По-восточному молотый» and "
           "«Ирландские сливки, ароматизированный» 150 г (Жокей's flavoured line is ground — outside "
           "knowledge), Перекрёсток «По-восточному натуральный жареный молотый»; Жокей beans, instant "
           "Триумф and 3в1 excluded"),
        ("nescafe gold 190 г", {
            "pyaterochka": [],
            "magnit": ["67ebe44e72"],
            "dixy": ["ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé Gold in a 190 g pack: Магнит «NESCAFE Голд, сублимированный с молотым, 190г», "
           "Дикси «Кофе молотый в растворимом Nescafe Gold 190г»; Gold 47.5-170 g packs (size "
           "respected), Classic 190 g excluded"),
        ("капсулы nespresso", {
            "pyaterochka": [],
            "magnit": ["eacf84687f", "12153dcb82", "010245521a"],
            "dixy": [],
            "perekrestok": [],
        }, "capsules for a Nespresso machine: no Nespresso-brand capsules; Магнит JARDIN «10 капсул» "
           "(Andante, Ristretto, Vanillia) accepted as Nespresso-compatible capsules (outside "
           "knowledge, titles do not say the system); laundry capsules and medicine capsules excluded"),
        ("фильтры для кофеварки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no coffee filters; water filter jugs and cartridges (Барьер, Гейзер) are traps; missing "
           "everywhere"),
    ]),
    # fyy12
    ("пироженки картошка, бисквитный рулетик, медовик целым тортом, овсяное печенье к чаю", [
        ("пироженки картошка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000574151"],
            "perekrestok": [],
        }, "pastry «Картошка»: Дикси «Пирожное Клер Дэлис Картошка»; glazed curd bars «Сырок … "
           "Картошка», sweets «Картошка», chips «Русская картошка», herring «к картошке» excluded"),
        ("бисквитный рулетик", {
            "pyaterochka": [],
            "magnit": ["14d4d97c00"],
            "dixy": ["2000544311"],
            "perekrestok": [],
        }, "sponge swiss rolls: Магнит LUCKY DAYS «Рулет бисквитный Вареная сгущенка», Дикси «Рулет "
           "бисквитный клубничный»; rolls not said to be sponge (Сдобная Особа «с лимоном», Черемушки "
           "«Майский с маком», Экодиво fig roll, Арзамасский puff roll), meringue roll (АндерСон), "
           "wafer rolls and meat rolls excluded"),
        ("медовик целым тортом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a whole honey cake: only single portions «Пирожное Медовик» 90-110 g (Перекрёсток) exist, "
           "excluded because the user wants a whole cake; «Пирог Медовый венский» is a different "
           "cake; missing everywhere"),
        ("овсяное печенье к чаю", {
            "pyaterochka": ["3613445", "3613448"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000002140", "2000214298", "2000221434", "2000225711", "2000235792",
                     "2000251113", "2000255652", "2000325940", "2000349045", "2000351526",
                     "2000419389", "2000529080", "2000535032", "2000603032", "2000603633"],
            "perekrestok": ["2023501", "2023502", "2091843", "3035354", "3218321", "3412681",
                            "3438892", "3505244", "3603607", "3613445", "3613448", "3639545",
                            "3658003", "3663100", "3681160", "3681278", "3688135", "3901906",
                            "3901907", "3951119", "4017837", "4024594", "4032428", "4050870",
                            "4086029", "4113987", "4123144", "4172266", "4172267", "4185824",
                            "4202786", "4202788", "4202831", "4251005", "4258982", "4283932",
                            "4283934", "4283939", "4284221", "4284222", "4315655", "4315656",
                            "4356039", "4370424", "4370425", "91535"],
        }, "oatmeal cookies of any kind and size (plain, with raisins/chocolate/glaze, sugar-free, "
           "children's ФрутоНяня, protein Take A Bite, Юбилейное «Овсяное с овсяными хлопьями»); "
           "ProteinRex flapjacks (bars), Хлебный Спас «Полезный завтрак с овсяными хлопьями» (not "
           "called овсяное), yoghurts/purees with oat cookies, Белогорье «Гостовское» excluded; «к "
           "чаю» is a purpose"),
    ]),
    # fyy13
    ("яйца куриные с1 2 десятка, мучка в/с 2 кг, масло сливочное 82.5% 5 пачек", [
        ("яйца куриные с1 2 десятка", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000033", "1000247393", "e5202b5cfd", "1000247384"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399",
                     "1041042135"],
            "perekrestok": ["3001671", "2109476", "4085791", "2131763", "3182856"],
        }, "chicken eggs С1 / «1 категории» in packs of 10 («2 десятка» = two packs of ten, as "
           "«десяток» = packs of 10 only); С0/СО/отборные, С2, «высшей категории», packs of "
           "6/15/20/30, quail eggs excluded"),
        ("мучка в/с 2 кг", {
            "pyaterochka": [],
            "magnit": ["42f4e32b0a"],
            "dixy": ["ЦТ0035253", "ЦТ0037862", "ЦТ0044481", "2000553733"],
            "perekrestok": ["3915409", "3193726", "3305673", "91321", "4326495", "3681817",
                            "4262616", "2037765", "3626914", "2107396", "2112692"],
        }, "wheat flour высшего сорта in 2 kg packs (incl. хлебопекарная высшего сорта); 1 kg packs "
           "(size respected), «экстра» grade, pancake flour, flours whose title states no grade "
           "(Пышечка пшеничная 2 кг, Старооскольская 2 кг, Дикси «хлебопекарная» 2 кг, Тихорецкая "
           "особая), whole-grain, rye and other flours excluded"),
        ("масло сливочное 82.5% 5 пачек", {
            "pyaterochka": ["3026226"],
            "magnit": ["1000026602", "1000070643", "1000084229", "1000151122", "1000312970",
                       "1000433642", "1000458136", "1000521208", "1000566266", "1899900309",
                       "8000045816", "4fc2d8c8ad", "6b22928df7", "86326346d1"],
            "dixy": ["10J0079578", "2000186964", "2000509906", "2000575412", "2000581831",
                     "2000588791", "2000602271", "2000604391", "2000605413", "DI00080070"],
            "perekrestok": ["3026226", "3287314", "3369241", "3396544", "3413519", "3434127",
                            "34890", "3612778", "3628337", "3643092", "3654551", "3657363",
                            "3698785", "3922315", "3953367", "3999749", "4055506", "4135603",
                            "4196090", "4260609", "4292462", "4310021", "4343792", "86149",
                            "3699369", "4113532", "4175276"],
        }, "butter of exactly 82.5% (sweet-cream, salted or not, any pack, incl. Тысяча Озёр "
           "безлактозное 82.5%); 82% butter (Arla Natura, President, Молочный знак, Киприно, JALO "
           "KERMA), 72.5%, 62% chocolate butter, ghee and spreads excluded; «5 пачек» is a quantity"),
    ]),
    # fyy14
    ("тостовый хлеб, сыр плавленый в ломтиках, огурчики свеженькие, филе куриное копченое", [
        ("тостовый хлеб", {
            "pyaterochka": [],
            "magnit": ["30c269d29a", "67f076fea4"],
            "dixy": [],
            "perekrestok": [],
        }, "toast bread: Магнит Коломенский «Хлеб ТОСТОВЫЙ» пшеничный and злаковый; other loaves, "
           "buns and хлебцы excluded"),
        ("сыр плавленый в ломтиках", {
            "pyaterochka": [],
            "magnit": ["1000500094", "76fa471ae2"],
            "dixy": [],
            "perekrestok": [],
        }, "processed-cheese slices: Магнит Hochland «Гриль Чиз ломтики» and Рязанский «СЫР ПЛАВЛЕНЫЙ "
           "Чизбургер/Сэндвич» 150 г (sold as slices for sandwiches — outside knowledge); processed "
           "cheese in tubs, triangles and blocks, plain sliced hard cheese excluded"),
        ("огурчики свеженькие", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000271421", "2000088660", "ЦТ0001499", "2000327957"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111",
                            "2088998", "4072", "2131726"],
        }, "fresh cucumbers (smooth, spiny, long, short, Бакинские, packed or loose; Перекрёсток "
           "«Огурцы Хрустящие» sold by weight and Дикси «Огурцы корнишоны, в упаковке» 300 г taken as "
           "fresh — judgement); pickled, salted and marinated cucumbers and gherkins in jars, "
           "assorted jars, cucumber-flavoured chips and salads excluded"),
        ("филе куриное копченое", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no smoked chicken fillet; chicken sausages and a salad with smoked chicken excluded; "
           "missing everywhere"),
    ]),
    # fyy15
    ("тунец консерв. в собственном соку, майонез провансаль для сендвичей, айсберг 2 кочана, тонкий лаваш для роллов", [
        ("тунец консерв. в собственном соку", {
            "pyaterochka": [],
            "magnit": ["f4bfc133e7"],
            "dixy": ["D000010279", "2000301085", "2000533434"],
            "perekrestok": ["4003717", "4003715"],
        }, "canned tuna in its own juice («в собственном соку» / «натуральный»): Магнит МАГУРО «филе "
           "натуральное», Дикси Fortuna, Знак Качества and Магуро «натуральные», Перекрёсток Новый "
           "Океан «рубленый» and «филе-кусок» (the variants without «в масле» taken as in own juice — "
           "judgement); tuna in oil / «д/м» (с добавлением масла), Дикси «ВК филе рубленное» (medium "
           "not stated), frozen and fresh tuna, tuna rillettes excluded"),
        ("майонез провансаль для сендвичей", {
            "pyaterochka": [],
            "magnit": ["1000014596", "1000077733", "1000077734", "1000169172", "1000179908",
                       "1000233673", "1000277219", "1000348713", "1000356802", "1000422623",
                       "1000498096", "1000501598", "1000554514", "1000556519", "1000556520",
                       "1000556521", "1000558908", "1728400030", "1799700138", "8000045827",
                       "2c23c84574", "53cac67445", "56ff8ec751", "7a519275b4", "7d31b46ae3",
                       "d8bbb63f48", "da818e4a20", "ddda8365b8", "f0f427f9d4"],
            "dixy": ["1100075125", "2000000160", "2000135999", "2000156539", "2000172969",
                     "2000202369", "2000204803", "2000265607", "2000306265", "2000409572",
                     "2000429651", "2000539317", "2000570511", "2000593851", "2000602611",
                     "T000005518", "ЦТ0027566", "ЦТ0040573", "ЦТ0045065"],
            "perekrestok": ["2047206", "3016147", "3029014", "3193489", "3389322", "3412258",
                            "3419671", "3467275", "3674577", "3677986", "4072721", "4105769",
                            "4112954", "4199312", "4259097", "4259098", "4297819", "4331497",
                            "4331500", "4331515", "4331518", "4331533", "4339442", "78193"],
        }, "mayonnaise named «Провансаль» of any fat and variety (classic, с лимонным соком, "
           "оливковый, сметанный, Домашний, Сливочный, на перепелиных яйцах, с маслом авокадо); "
           "mayonnaises not named Провансаль (Ряба оливковый, Слобода оливковый, Heinz, «чистый», "
           "Махеевъ оливковый) and mayonnaise sauces excluded; «для сендвичей» is a purpose"),
        ("айсберг 2 кочана", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no iceberg lettuce (nor any head lettuce) in the offers; missing everywhere"),
        ("тонкий лаваш для роллов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4361122", "4199211"],
        }, "thin lavash: Перекрёсток Коломенский «Армянский тонкий» and Маркет «Лаваш Армянский» "
           "(Armenian lavash is the thin kind — outside knowledge); flatbreads (лепёшки) excluded"),
    ]),
    # fyy16
    ("мешки мусорные 120л, мистер пропер для мытья полов, белизна для тряпок, освежитель воздуха в туалет", [
        ("мешки мусорные 120л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no 120 l garbage bags: the only bags are Магнит «Мешки для мусора … 60л» (size "
           "respected); missing everywhere"),
        ("мистер пропер для мытья полов", {
            "pyaterochka": [],
            "magnit": ["ae95ec9c5b", "cac8e32a0f", "494fcd17ad", "dc08e0632c", "275fd6ca49"],
            "dixy": ["2000001041"],
            "perekrestok": [],
        }, "Mr. Proper floor cleaner: Магнит «для полов и стен» (Лимон 1 л, Лавандовое спокойствие 1 "
           "л / 1.5 л, Питомцы) and «Моющее средство MR.PROPER Лимон/роза 500мл» (Mr. Proper's "
           "floor-and-wall liquid — outside knowledge), Дикси «для полов и стен Лимон»; Mr. Proper "
           "sprays (универсальный, антижир) and other brands' floor cleaners (Lysol, Sanfor, BioMio, "
           "Synergetic, Грасс) excluded"),
        ("белизна для тряпок", {
            "pyaterochka": ["3413434"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«белизна» (chlorine bleach): Пятёрочка Sanfor «гель белизна 3в1»; oxygen/chlorine-free "
           "bleaches (Synergetic), ACE gel and stain removers are not «белизна» and are excluded; "
           "«для тряпок» is a purpose"),
        ("освежитель воздуха в туалет", {
            "pyaterochka": ["61286bc1eb", "20712", "3212818", "3347029", "3411982", "38668"],
            "magnit": ["1c784cc14c", "201fbef8c1", "3ab0089226", "3df85dde9e", "42fe42c702",
                       "4c2ba72398", "50ca75614b", "5d8947bd9a", "668a740138", "7502cd94c3",
                       "82650cc4a1", "8bf9c6d772", "a83cb55b28", "a9459b85ec", "a96fb4722f",
                       "ab92bcd615", "ac28f14d0a", "c6a21854cd", "cb27516695", "d012e0d603",
                       "d29ec4524b", "d373502e47", "d41ae64cf3", "d577be321d", "e19d49ff10",
                       "e2fc4a6650", "f5c85ed1cb", "2af5feac40"],
            "dixy": [],
            "perekrestok": ["3974933", "4225458", "4225730", "4246858", "4370042", "4212613"],
        }, "air fresheners of any brand and scent: aerosols, the Glade automatic unit (Пятёрочка "
           "«AUTOM.», not said to be a refill), Air Wick Freshmatic (Перекрёсток, not said to be a "
           "refill), the Air Wick unit «+держатель» and Air Wick electric diffuser kits; refills "
           "(«сменный баллон», «запасной блок», «Сменный баллон AIRWICK», «Сочное манго+сменный "
           "баллон»), aroma-oil refills, linen sachets and toilet blocks excluded; «в туалет» is a "
           "purpose"),
    ]),
    # fyy17
    ("вода питьевая 5л 4 шт, минералка с газом 0.5, сок апельсиновый 1 литр", [
        ("вода питьевая 5л 4 шт", {
            "pyaterochka": ["3635131"],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693",
                            "4263871", "4231308"],
        }, "drinking water in 5 l bottles, still (incl. children's drinking water 5 l: ФрутоНяня, "
           "Аквалайн «Для ляль», Черноголовка Бэйби, Кидси; Перекрёсток «Люкс … 5л с тарой»; "
           "Пятёрочка «Легенда Гор … 5.0» read as 5.0 l — judgement); 0.5-2.5 l bottles excluded "
           "(size respected); «4 шт» is a quantity"),
        ("минералка с газом 0.5", {
            "pyaterochka": ["6993"],
            "magnit": ["1c2ad4b953"],
            "dixy": ["ЦТ0020861", "2000188861", "2000000143"],
            "perekrestok": ["4274156", "56196", "2105574", "4201131", "51503", "81004", "20389",
                            "3655711"],
        }, "sparkling mineral water in 0.5 l bottles: titles saying минеральная + газированная "
           "(Архыз, Рычал-Су, Нарзан, Нагутская-26, Багиатти, Святой источник минеральная, Архыз "
           "Вита, Перекрёсток «Вода минеральная природная газированная») plus Borjomi (ПЭТ and glass) "
           "and Набеглави 0.5 l, which are naturally sparkling (outside knowledge); still waters, "
           "plain drinking water with gas (Aqua Minerale, Bon Aqua, Первым делом, Маркет — not "
           "mineral), medicinal Ессентуки, 0.45 l bottles and other sizes excluded"),
        ("сок апельсиновый 1 литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814", "2000107420", "2000177095"],
            "perekrestok": [],
        }, "orange juice in a 1 l pack: Дикси Rich «апельсиновый, 1 л», J7 «Апельсин с мякотью для "
           "детского питания, 0,97 л», «Я апельсиновый с мякотью, 0,97 л» (0.97 l cartons taken as "
           "the 1 l size); nectars (Добрый, Любимый 100%), сокосодержащие напитки, multi-fruit "
           "juices, 0.3 l J7 and detox juices excluded"),
    ]),
    # fyy18
    ("сироп monin карамель, шоколад горький 70 для выпечки, рогачевская сгущенка", [
        ("сироп monin карамель", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Monin syrups: none; Магнит «Сироп МАГНИТ Соленая карамель» and Перекрёсток Маркет caramel "
           "syrup excluded because the brand is required; missing everywhere"),
        ("шоколад горький 70 для выпечки", {
            "pyaterochka": ["16430"],
            "magnit": ["2b68a42ddd"],
            "dixy": ["2000220298"],
            "perekrestok": ["4182941"],
        }, "dark chocolate of exactly 70% cocoa: LINDT Превосходный 70%, ALPEN GOLD Горький 70%, "
           "«Россия Щедрая Душа» Российский горький 70%, Зелёная Линия «Шоколад на меду классический "
           "70%»; dark chocolate with no % or another % (Бабаевский, 65%, 68%, 75%, 85%), Зелёная "
           "Линия «горький на меду, 70г» (70 g, not 70%) excluded; «для выпечки» is a purpose"),
        ("рогачевская сгущенка", {
            "pyaterochka": [],
            "magnit": ["dedd707721", "1000129520", "1000383833", "6d2ef15078", "1000426691"],
            "dixy": ["2000186451", "2000014518"],
            "perekrestok": ["3376242", "4147345"],
        }, "Рогачевъ sweetened condensed milk of any size (цельное с сахаром; the flavour variant «с "
           "кофе» included under brand + product); Рогачевъ варёное (Егорка) is boiled condensed milk "
           "— a separate product — and other brands excluded"),
    ]),
    # fyy19
    ("зеленый чай листовой, каркаде, мед гречишный к чаю гостям", [
        ("зеленый чай листовой", {
            "pyaterochka": [],
            "magnit": ["df6fe065ca", "cb7ab23e14", "a9b0b5bbeb", "b9016fb572", "e24c9ca3aa"],
            "dixy": [],
            "perekrestok": ["2133936", "4330285"],
        }, "loose green tea (листовой / байховый in 90-100 g packs, flavoured incl.): ТЕСС СТАЙЛ, "
           "AHMAD Байховый, RICHARD ROYAL GREEN, INDU с саусепом, Tess Лайм (both chains), Befruitbe "
           "с ананасом; green tea in bags/pyramids, oolong (Mute Улун), black-with-green blends, "
           "iced-tea drinks and «Напиток чайный» excluded"),
        ("каркаде", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no hibiscus tea (каркаде) in the offers; missing everywhere"),
        ("мед гречишный к чаю гостям", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4320671", "3687699"],
        }, "buckwheat honey: Перекрёсток «Мёд Гречишный натуральный монофлорный Маркет» and «Мёд "
           "гречишный натуральный Маркет Перекрёсток»; other honeys, крем-мёд, buckwheat-flavoured "
           "chocolate excluded; «к чаю гостям» is a purpose"),
    ]),
    # fyy20
    ("маскарпоне 500г, творожный сыр хохланд, сливки 20% для кофе", [
        ("маскарпоне 500г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mascarpone in a 500 g pack: mascarpone is sold only in 250 g packs (Pretto, Бонфесто, "
           "Зелёная Линия), excluded because the size names the pack; missing everywhere"),
        ("творожный сыр хохланд", {
            "pyaterochka": [],
            "magnit": ["6657cd7a33", "1000032374"],
            "dixy": ["2000585832"],
            "perekrestok": [],
        }, "Hochland cream cheese of any flavour: Магнит «Сыр творожный HOCHLAND сливочный» (two "
           "ids), Дикси «Hochland с маринованными огурцами»; Hochland processed cheese, Фетакса, "
           "Grunlander and other brands' cream cheese excluded"),
        ("сливки 20% для кофе", {
            "pyaterochka": [],
            "magnit": ["1000071969", "1000461012", "1000549783", "1812420003", "1000290041"],
            "dixy": [],
            "perekrestok": ["3163857", "4267107", "44831", "4316249"],
        }, "cream of exactly 20% (UHT/sterilised/drinking); Пятёрочка PRESIDENT «Крем слив. взбит.» "
           "20% (whipped cream in a can) excluded, as are 10/33% cream and curd «со сливками»; «для "
           "кофе» is a purpose"),
    ]),
    # fyy21
    ("мыло жидкое 5л, бумажные полотенца в рулонах, туалетка 12 рулонов, антисептик для рук спиртовой", [
        ("мыло жидкое 5л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "liquid soap in a 5 l canister: none (largest are 1 l and Synergetic крем-мыло 3.5 l; size "
           "respected); missing everywhere"),
        ("бумажные полотенца в рулонах", {
            "pyaterochka": [],
            "magnit": ["84553e2983", "4079668ed1", "1782e40b42", "16ad542324", "32a9e59c4b",
                       "2616a9cbe3", "ce24df13d2"],
            "dixy": [],
            "perekrestok": [],
        }, "paper towels in rolls (any brand, ply, roll count): SOFFIONE Maxi/Дольче густо/Меню, "
           "PAPIA Decor, СОФТ ЛЮКС, ZEWA Премиум Декор and ZEWA 4 рулона; toilet paper and napkins "
           "excluded"),
        ("туалетка 12 рулонов", {
            "pyaterochka": [],
            "magnit": ["e9a925895a", "939f14debe", "013f5191a0", "2300103434"],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 12 rolls: FAMILIA Плюс, ZEWA Делюкс Ромашка, ЗЕВА ПЛЮС, ZEWA "
           "Plus Свежесть океана; 4/6/8-roll packs (the count names the pack), wet toilet paper "
           "excluded"),
        ("антисептик для рук спиртовой", {
            "pyaterochka": [],
            "magnit": ["529fbeab5e", "f418ffccec", "304cd42c6f", "4009f7c096", "36e2c03b90"],
            "dixy": [],
            "perekrestok": [],
        }, "hand antiseptic / sanitiser gels: Санитэлль «Антисептик для рук» and SANITELLE KIDS gel, "
           "ЛА ФРЕШ «антисептический», МАГНИТ Здоровье «с антисептическим эффектом», LA FRESH «с "
           "антибактериальным эффектом» (hand-sanitiser gels of this kind are alcohol-based — outside "
           "knowledge, no title says спиртовой); antibacterial soaps, wipes, deodorants and surface "
           "disinfectants excluded"),
    ]),
    # fyy22
    ("бекон нарезочка для сендвичей, чеддер, булочки для бургеров, соус цезарь для сэндвичей", [
        ("бекон нарезочка для сендвичей", {
            "pyaterochka": [],
            "magnit": ["d705bc4e4d"],
            "dixy": ["2000572451", "2000414199"],
            "perekrestok": ["3649811", "4165825", "4191111", "4296355"],
        }, "bacon in retail packs: Магнит «БЕКОН ПО-ИСПАНСКИ … нарезка», Дикси Клинский «Черный "
           "кабан» 200 г and Ближние горки 260 г, Перекрёсток Мираторг (beef bacon), Ближние Горки "
           "«для жарки», Зелёная Линия and Маркет (packs of 150-260 g taken as sliced rashers — "
           "outside knowledge); bacon-flavoured chips, croutons and pizza excluded; «для сендвичей» "
           "is a purpose"),
        ("чеддер", {
            "pyaterochka": ["6e1075104f"],
            "magnit": ["8000076647", "aa8307af5f", "27147c26e5"],
            "dixy": [],
            "perekrestok": ["3501004"],
        }, "cheddar cheese of any form (Valio, Радость Вкуса «Рыжий Чеддер в нарезке», ЧИЗ БОКС, "
           "Староминский красный, Маркет нарезка); chips and sauces with cheddar excluded"),
        ("булочки для бургеров", {
            "pyaterochka": [],
            "magnit": ["0e781a1280"],
            "dixy": [],
            "perekrestok": ["4317052"],
        }, "burger buns: Перекрёсток «Булочка для гамбургера с кунжутом» and Магнит Коломенский "
           "«БУЛОЧКИ С КУНЖУТОМ пшеничные» 180 г (sesame wheat buns taken as burger buns — "
           "judgement); hot-dog buns, brioche, sweet and filled buns excluded"),
        ("соус цезарь для сэндвичей", {
            "pyaterochka": [],
            "magnit": ["2766a93ca7"],
            "dixy": [],
            "perekrestok": [],
        }, "Caesar sauce: Магнит «Соус HEINZ, Цезарь»; the brand «Цезарь» (pelmeni, pizza, pancakes, "
           "vareniki) and a Caesar sandwich roll excluded"),
    ]),
    # fyy23
    ("сахар ванильный в пакетиках, стружка кокосовая, молотая корица", [
        ("сахар ванильный в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000220514"],
            "perekrestok": ["4272698"],
        }, "vanilla sugar in sachets: Dr.Bakers «Сахар ванильный» 8 г (Дикси, Перекрёсток); Магнит "
           "«Ванилин ХААС» (vanillin, not vanilla sugar) excluded"),
        ("стружка кокосовая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no desiccated coconut; chocolate bars «с кокосовой стружкой» are traps; missing "
           "everywhere"),
        ("молотая корица", {
            "pyaterochka": [],
            "magnit": ["aaed24508c"],
            "dixy": [],
            "perekrestok": [],
        }, "ground cinnamon: Магнит «Корица КОТАНИ, Молотая»; teas, sweets and drink mixes with "
           "cinnamon excluded"),
    ]),
    # fyy24
    ("вафли венские, савоярди для тирамису, пончики с начинкой, кексы с изюмом, пряники тульские для кафешки", [
        ("вафли венские", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000395386"],
            "perekrestok": [],
        }, "Viennese waffles: Дикси «Вафли венские Акульчев со вкусом банана» (flavour not "
           "restricted); wafers of other kinds, «Венский» cakes/puffs excluded"),
        ("савоярди для тирамису", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no savoiardi / ladyfingers in the offers; missing everywhere"),
        ("пончики с начинкой", {
            "pyaterochka": [],
            "magnit": ["e8fd402984"],
            "dixy": [],
            "perekrestok": [],
        }, "filled doughnuts: Магнит «Пончики БЕРЛИНСКИЕ с вареной сгущенкой»; nothing else is a "
           "doughnut"),
        ("кексы с изюмом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3485110", "4294659"],
        }, "raisin cakes: Перекрёсток «Кекс Русский Бисквит Венский с изюмом» and Маркет «Кекс со "
           "вкусом рома и изюмом»; raisin buns, ромовая баба and cakes without raisins excluded"),
        ("пряники тульские для кафешки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Tula gingerbread (тульский пряник); other gingerbread (Стойленские, Слана, LUCKY DAYS, "
           "Дымка, Полёт, Северные) excluded because the variety is required; missing everywhere"),
    ]),
    # fyy25
    ("пленка пищевая стрейч, фольга для кухни рулон, вилки пластиковые, молоко parmalat 1.8", [
        ("пленка пищевая стрейч", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cling film in the offers; missing everywhere"),
        ("фольга для кухни рулон", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kitchen foil in the offers; missing everywhere"),
        ("вилки пластиковые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no plastic forks (no disposable tableware at all) in the offers; missing everywhere"),
        ("молоко parmalat 1.8", {
            "pyaterochka": [],
            "magnit": ["1000351083", "1000417765", "8000079205"],
            "dixy": ["2000328870"],
            "perekrestok": [],
        }, "Parmalat milk of exactly 1.8%: Magnit Parmalat Natura Premium Comfort безлактозное 1 l, "
           "«Молоко безлактозное Parmalat 1.8% 200мл», Parmalat Protein безлактозное 1.8% 1 l; Дикси "
           "«Parmalat безлактозное 1,8%»; Parmalat 3.5% and other brands' 1.8% milk excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyy"))
