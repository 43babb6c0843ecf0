#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yj.jsonl -- 25 "on the way home from work" shopping lists hand-labelled
against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yj.build.py

LISTS below is literal data: 25 lists (3-5 items, 94 items) typed on a phone in the metro on the way
home -- dinner tonight and lunch boxes for tomorrow -- as a shopper would type them to a Telegram bot,
and for every item the product ids of every in-stock offer of each store that a reasonable shopper
would accept.  The list texts are copied byte for byte from fresh_basket_eval_yj.blind_lists.txt, which
was written (and never edited afterwards) before any offer was read.  Candidate titles were grepped
broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё/е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store
has nothing acceptable (the item is "missing" there).  Nothing of korzina was read or run.

The script only checks the data (labelled_lists.build: every id exists in real_offers.jsonl *for that
store* and is in stock, no id is repeated within an item, every item has a note, the labels are exactly
the list's items in order) and then writes the JSONL in the format of real_basket_eval.jsonl.  List ids
are fyj01, fyj02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yj.jsonl")

E = []  # an empty list: nothing acceptable in that store


def S(p=E, m=E, d=E, x=E):
    """acceptable ids per store, in the order labelled_lists.STORES expects"""
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(x)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyj01 frozen cutlets for dinner
    ("котлетки куриные замороженые, пюрешку быстрого приготовл. пару пачек, огурчиков свежих штуки 3, кефирчик 2.5 простоквашино", [
        ("котлетки куриные замороженые", S(p=["4060844", "3464190"]),
         "frozen chicken cutlets: Ложкаревъ «Куриные» в панировке (глуб/зам.) and С пылу с жару «Котлеты из курочки» "
         "(outside knowledge: С пылу с жару is a frozen brand). Excluded: Петелинка «Котлеты сливочные, куриные» "
         "(outside knowledge: Петелинка sells chilled semi-finished poultry, «замороженые» was written), turkey cutlets "
         "(Ложкаревъ «Из индейки», Белорусские, Пава Пава), Мираторг «Котлеты по-киевски» (a distinct dish), fish and "
         "pork cutlets, MAGGI «Для котлет» seasoning"),
        ("пюрешку быстрого приготовл. пару пачек", S(),
         "instant mashed potato: none in any store. Knorr «На второе Картошка по-деревенски» (a seasoning for baked "
         "potatoes), baby purees (Фрутоняня, Агуша, Gerber), Роллтон noodles/bouillon and the frozen «Шницель с карт. "
         "пюре» ready meal are not it; «пару пачек» is a quantity"),
        ("огурчиков свежих штуки 3", S(m=["200221", "169161"], x=["4391463", "3682401", "3368258"]),
         "fresh cucumbers: Магнит короткоплодные and среднеплодные; Перекрёсток Ботаника, «Огурцы Хрустящие» and fresh "
         "«Огурцы корнишоны» 300 г (all in the fresh-vegetable category «Окрошка»). Excluded: salted/pickled cucumbers "
         "(Глобус, Скатерть-Самобранка, Дядя Ваня пикули, МЕЛЕНЪ, Магнит «Огурцы соленые, Корнишоны», Маркет бочковые), "
         "the «Ассорти Черри и Корнишоны», shampoo «Огуречная свежесть», the stem inside «йогурт»; «штуки 3» is a quantity"),
        ("кефирчик 2.5 простоквашино", S(),
         "kefir: no offer titled кефир in any store (only yoghurts, bio-yoghurts, ряженка); missing everywhere"),
    ]),
    # fyj02 turkey and bulgur lunch box
    ("филе индюшки грудка, булгур 500г, черри помидорки на ветке, йогуртик греческий натуральный", [
        ("филе индюшки грудка", S(p=["3662143", "3966112", "4013612"], x=["3688509", "3979117", "4326921", "3662143", "3966112"]),
         "raw turkey breast fillet: Перекрёсток ИндиЛайт / Пава-Пава / Зелёная Линия «Филе грудки индейки»; "
         "ИндиЛайт «Стейк (из) грудки индейки» (breast meat cut into steaks) in both X5 chains; ИндиЛайт «Филе индейки "
         "малое» and Пятёрочка «Вырезка из индейки» (outside knowledge: the малое филе / вырезка of turkey is the inner "
         "breast fillet). Excluded: thigh and drumstick fillet, Магнит «Филе индейки, в маринаде» (part not stated, "
         "marinated), SETRA «Филе индейки в с/с» (canned), азу, фарш, котлеты, ветчина, sausages"),
        ("булгур 500г", S(),
         "bulgur: none in any store (no булгур/кускус offers); missing everywhere"),
        ("черри помидорки на ветке", S(m=["169381"], x=["3673307"]),
         "cherry tomatoes on the vine: Магнит «Томаты Черри «Дольче Вита», на ветке», Перекрёсток «Томаты черри на ветке». "
         "Excluded: loose cherry tomatoes (Магнит «Томаты Черри», «сливовидные», Перекрёсток «Медовые» черри) because "
         "«на ветке» was written, tomatoes on the vine that are not cherry (Магнит «Томаты на ветке, 1 кг»), cocktail "
         "tomatoes, the «Ассорти Черри и Корнишоны», KALVE ketchup «с помидорами черри», Pepsi «Вайлд Черри»"),
        ("йогуртик греческий натуральный", S(x=["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"]),
         "plain Greek yoghurt: Перекрёсток Neo «классический без сахара», Teos «Греческий» 2 % (both sizes), "
         "Простоквашино «Греческий» 2 % (both sizes), Зелёная Линия «греческий натуральный» 4 % (outside knowledge: "
         "Teos and Простоквашино «Греческий» without a flavour are the plain yoghurts). Excluded: Пятёрочка «Греческий» "
         "with cherry / blueberry filling, Дикси Viola «Греческий Малина-Мята», сыр Фетика / Сиртаки"),
    ]),
    # fyj03 salmon with rice
    ("стейк лосося охлажд, рис жасмин для гарнира, лимонов парочку, сливки 20% для соуса", [
        ("стейк лосося охлажд", S(),
         "chilled salmon steak: none. Магнит «Стейк из лосося, полуфабрикат из замороженного сырья» is thawed fish "
         "(outside knowledge: «из замороженного сырья» = defrosted), not the chilled form written, and is excluded; "
         "trout steaks (POLAR, Люди Любят, «Форель замороженная стейк») are another fish and frozen; salted/smoked "
         "salmon and trout, Магнит «Тушка лосося» / soup sets, canned «Лосось по-итальянски» are not steaks"),
        ("рис жасмин для гарнира", S(p=["39747"]),
         "jasmine rice: Пятёрочка Мистраль «Рис Жасмин». Excluded: basmati, плов, круглый, бурый, Лазер, mixes "
         "(Акватика MIX, PROSTO «Рис и греча»), jasmine tea / soap; «для гарнира» is a purpose"),
        ("лимонов парочку", S(),
         "fresh lemons: none in any store; Магнит «Лайм, 1 кг» (another fruit), лимонная кислота, lemon-flavoured drinks, "
         "sweets and cleaners are not lemons; missing everywhere"),
        ("сливки 20% для соуса", S(m=["c02145f904", "535b7bd00d"], x=["4178851"]),
         "cream 20 %: Магнит Домик в деревне стерилизованные 20 % 200 г and 480 г, Перекрёсток Молочный знак 20 %. "
         "Excluded: 10 %, 11 % (Parmalat Comfort), 33 % creams, Сопьо «Крима» (substitute), Mr. Сливкин (dry creamer), "
         "foods «со сливками»; «для соуса» is a purpose"),
    ]),
    # fyj04 frozen pancakes and something sweet
    ("блинчики с мясом морож, сметанку 20 процентов, шоколадку ritter sport с орехами", [
        ("блинчики с мясом морож", S(p=["3662908", "3403651"]),
         "frozen pancakes with meat: Пятёрочка Сибирская коллекция «Блинчики с мясом» (outside knowledge: a frozen "
         "brand) and «Блинчики с телятиной … замороженные». Excluded: Магнит «Блины с мясом 180г» (category Завтраки, "
         "a chilled ready product, frozen not stated), Магнит «Блины с ветчиной и сыром», Перекрёсток Select «Блинчики с "
         "курицей и грибами» (chilled, chicken), sweet / potato / unfilled pancakes, pancake mix"),
        ("сметанку 20 процентов", S(p=["3664287"], x=["4314537", "3444929", "4262694", "3664287", "4217906", "4121609", "3651188", "58101", "3293409", "4349770"]),
         "sour cream exactly 20 % of any brand and size, incl. Parmalat Comfort lactose-free 20 %. Excluded: 10 %, 15 %, "
         "25 %, 30 % sour creams, Махеевъ «Соус Сметанный», chips / croutons with sour-cream flavour, cakes «Сметанник»"),
        ("шоколадку ritter sport с орехами", S(p=["3626"], m=["52b81da2f5", "7e8df7fba7"], x=["3490515"]),
         "Ritter Sport bars with nuts: Пятёрочка «Молочный с ромом изюмом и орехами», Магнит «белый орех/хлопья» and "
         "«темн цельн орех», Перекрёсток «молочный цельный лесной орех». No Ritter Sport bar without nuts is on offer; "
         "other brands' nut chocolates (Alpen Gold, Milka, Бабаевский) excluded"),
    ]),
    # fyj05 dumplings for dinner, kid's snack
    ("варенички с картошкой и грибами, лучок репчатый 2 головки, нарезной батон к ужину, творожок агуша дочке, бананов штук 5", [
        ("варенички с картошкой и грибами", S(p=["3464203"]),
         "vareniki with potato and mushrooms: Пятёрочка Сытый папа «с картофелем-луком и грибами». Excluded: ЦЕЗАРЬ "
         "«Вареники с карт/жар. лучком» (no mushrooms), «Блинч. с карт/гр.» (pancakes, not vareniki), pelmeni"),
        ("лучок репчатый 2 головки", S(m=["168731", "168741", "168721"], x=["3368252", "3623836", "79135", "79012"]),
         "bulb onions: Магнит «Лук Светофор» (a set of bulb onions), «Лук репчатый, красный», «Лук Ялтинский»; "
         "Перекрёсток «Лук репчатый белый/красный» and «Лук Ялтинский» (outside knowledge: Ялтинский is a red bulb-onion "
         "variety). Excluded: shallot, «Лук салатный» (kind not stated), green onion, herb mixes, FEDERICI «Луковки» "
         "(pasta), chips with onion flavour; «2 головки» is a quantity"),
        ("нарезной батон к ужину", S(p=["3985404"], x=["3974714"]),
         "батон нарезной: Пятёрочка «Батон \"Звездный\" нар» (нар = нарезной), Перекрёсток «Батон Нарезной нарезка» "
         "(sliced). Excluded: chocolate and protein «батончики», other breads; «к ужину» is a purpose"),
        ("творожок агуша дочке", S(),
         "Агуша curd (творожок): none; Агуша milk, juices, purees and ряженка, and other brands' children's curds "
         "(Мама Лама, Тема, Верховье, nature, Чудо) are not it; «дочке» is a purpose"),
        ("бананов штук 5", S(x=["3757", "3639749", "4208494", "4112219"]),
         "fresh bananas: Перекрёсток «Бананы», «Бананы фасованные», «Банан Organic», «Бананы мини». Excluded: dried "
         "bananas, banana-flavoured drinks, yoghurts, purees and sweets; «штук 5» is a quantity"),
    ]),
    # fyj06 nuggets and fries
    ("наггетсы мираторг, фри в духовку замороженная, хайнц кетчуп томатный, кола без сахара 1л", [
        ("наггетсы мираторг", S(m=["199041"]),
         "Мираторг nuggets: Магнит «Наггетсы Мираторг, куриные, Классические». Excluded: nuggets of other brands "
         "(Вязанка, Золотой петушок, CHIKON, Вязанка с индейкой), Мираторг «Хрумпилсы из курицы» (a different product "
         "of the brand), other Мираторг goods, nugget breading mix"),
        ("фри в духовку замороженная", S(),
         "frozen French fries: none in any store; chips, «картофель хрустящий» and fresh potatoes are not it; missing "
         "everywhere"),
        ("хайнц кетчуп томатный", S(p=["4086400"]),
         "Heinz tomato ketchup: Пятёрочка «Томатный кетчуп Heinz 342г». Excluded: HEINZ «Кетчуп томат. с горч.» (another "
         "flavour than the plain tomato written), Heinz sauces (барбекю, сырный, Цезарь, кисло-сладкий…), Heinz tomato "
         "paste, ketchups of other brands"),
        ("кола без сахара 1л", S(p=["3684651"]),
         "sugar-free cola in a 1 l bottle: Пятёрочка «PEPSI Напит. ЛАЙТ 1л» (outside knowledge: Pepsi Light is sugar-free). "
         "Excluded: Coca-Cola б/сах 0,9 л, Черноголовка / Добрый / Cool Cola Zero 1.5 l and Добрый б/сах 0.5 l (other "
         "sizes), Добрый Кола «с пониженной калорийностью» 1 л (not stated sugar-free), Evervess / Черноголовка / "
         "Coca-Cola / Pepsi 1 l with sugar"),
    ]),
    # fyj07 shawarma at home
    ("лаваш тонкий для шаурмы, куриное филе 500г, сыр плавленый hochland", [
        ("лаваш тонкий для шаурмы", S(),
         "thin lavash: none in any store. Пятёрочка Mission «Лепешки тортилья» is another flatbread and is excluded; "
         "missing everywhere"),
        ("куриное филе 500г", S(p=["3963723"], x=["2160069", "3658841", "2173555", "4328961", "4306577"]),
         "raw chicken breast fillet: Пятёрочка Первая свежесть «Филе большое грудки цыпленка-бройлера»; Перекрёсток "
         "«Филе грудки куриное/цыплёнка» Первая Свежесть, Троекурово, Петелинка, Зелёная Линия and Петелинка «Филе "
         "цыплёнка малое» (the inner breast fillet). «500г» is read as the amount wanted of a weighed good, not a filter. "
         "Excluded: «Грудка куриная без кожи» (Пятёрочка/Перекрёсток Первая Свежесть, Петелинка; outside knowledge: "
         "bone-in breast, not fillet), thigh fillet, cooked Зелёная Линия fillet gril/запеченное, whole birds, canned "
         "chicken"),
        ("сыр плавленый hochland", S(m=["205961"]),
         "Hochland processed cheese: Магнит «Сыр Hochland, плавленый, сливочный». Excluded: Пятёрочка «Сыр Hochland. "
         "Сливочный, 220 г» (outside knowledge: the neighbouring X5 id 3467390 is «Сыр творожный Hochland с зеленью 220г», "
         "so this is the cream-cheese tub, not processed cheese), Hochland творожный and Грюнландер, processed cheeses of "
         "other brands (Виола, Карат, President, Экомилк, Galbani, Дружба)"),
    ]),
    # fyj08 spaghetti bolognese
    ("фаршик говяжий, спагетти барила, томат-пасту маленькую баночку, пармизан тертый, чесночку головки 2", [
        ("фаршик говяжий", S(p=["3398465", "4065830", "3447375"]),
         "minced beef: Пятёрочка Рестория «фарш Говяжий», Останкино «ФАРШ ГОВЯЖИЙ», Мираторг «Фарш говяжий». Excluded: "
         "mixed pork-beef (Мираторг «свино-говяжий домашний», Самсон «Домашний», Ближние горки «Деревенский»), "
         "Петелинка «Премиум» (chicken), turkey mince, Магнит «Фарш свиной», stuffed olives"),
        ("спагетти барила", S(p=["4037644"]),
         "Barilla spaghetti: Пятёрочка «Barilla, СПАГЕТТИ 450г». Excluded: Barilla Капеллини (another shape), penne, "
         "pipe, джирандоле, pesto; spaghetti of other brands (FEDERICI, №3, Пятёрочка private label); chechil «спагетти»"),
        ("томат-пасту маленькую баночку", S(p=["84652", "3486033"]),
         "tomato paste in a small pack: Пятёрочка Помидорка 250 мл ст/б and Heinz 310 г (pack form not stated in the "
         "title). Excluded as not small: Помидорка 480 мл, Махеевъ «Паста ДОМАШНЯЯ томат.» 500 г; ketchups, tomato sauces "
         "and juices are not paste"),
        ("пармизан тертый", S(p=["3433812"], x=["3963977", "3433812"]),
         "grated parmesan: Перекрёсток Cheese Gallery «Пармезан тёртый хлопья», Dolce Granto «Пармезан тёртый»; Пятёрочка "
         "«Сыр Пармезан, Dolche, 150 г» (outside knowledge: the same X5 id 3433812 is titled «Dolce Granto Пармезан тёртый "
         "40%, 150г» at Перекрёсток). Excluded: parmesan pieces (LAIME, Cheese Gallery 175 г, Dolce Granto by weight, "
         "Зелёная Линия «молодой»), Castello Reggianido (another cheese, not grated), grated mozzarella / голландский, "
         "chips and sausages with parmesan"),
        ("чесночку головки 2", S(x=["17662"]),
         "fresh garlic bulbs: Перекрёсток «Чеснок, 3шт». Excluded: ФЭГ «Чеснок белый солёный», dried granulated garlic, "
         "garlic-flavoured croutons, oils and sauces; «головки 2» is a quantity"),
    ]),
    # fyj09 sausages and peas
    ("сасиски вязанка, горошек зелёный консерв., белого хлеба буханку, молоко 2.5 домик в деревне", [
        ("сасиски вязанка", S(),
         "Вязанка sausages (сосиски): none. Only Вязанка колбаса / ветчина / Молокуша / nuggets are on offer; Магнит "
         "«Сосиски Молочные/Сливочные/Детям» carry no brand and are not accepted as Вязанка; sausages of other brands "
         "excluded; missing everywhere"),
        ("горошек зелёный консерв.", S(p=["4043589"], m=["203021", "213651", "111581"], x=["82254", "41891", "27460", "4273266", "4345766"]),
         "canned green peas of any brand and size: Пятёрочка «молодой Горошек без сахара», Магнит Globus and Bonduelle/"
         "Бондюэль, Перекрёсток 6 соток, Globus, Бондюэль, ЗНАК ЗАБОТЫ, Маркет. Excluded: «перец горошек», other canned "
         "vegetables"),
        ("белого хлеба буханку", S(),
         "a loaf (буханка) of white wheat bread: none. The only white breads are батоны (Пятёрочка «Звездный», "
         "Перекрёсток «Батон Нарезной»), a different form from the буханка written, and are excluded; the remaining "
         "breads are rye/rye-wheat; missing everywhere"),
        ("молоко 2.5 домик в деревне", S(x=["cb2f1055d7"]),
         "Домик в деревне drinking milk exactly 2.5 %: Перекрёсток «Молоко ультрапастеризованное Домик в деревне 2.5%». "
         "Excluded: Домик в деревне 0.5/1.5/3.2/3.5/3.7/6 % and топлёное, 2.5 % milks of other brands, Домик в деревне "
         "cream and sour cream"),
    ]),
    # fyj10 lunch to take away
    ("салат цезарь готовый, сендвич с курочкой, сок апельсин 1 литр", [
        ("салат цезарь готовый", S(x=["4225649"]),
         "ready Caesar salad: Перекрёсток «Салат Цезарь Перекрёсток Select». Excluded: Caesar sauces (CALVE, Heinz, "
         "Махеевъ), the «Сэндвич-ролл Цезарь», the brand Цезарь (pelmeni, pizza, pancakes, vareniki, pastry)"),
        ("сендвич с курочкой", S(x=["4403478", "4133312"]),
         "a ready chicken sandwich: Перекрёсток Select «Клаб сэндвич двойной с курицей и беконом» and «Сэндвич-ролл "
         "Цезарь» (outside knowledge: the Caesar roll is filled with chicken). Excluded: sandwiches with salmon (Рестория) "
         "or кета, the biscuit «Фан Сэндвич», mozzarella «для бутербродов/сэндвичей»"),
        ("сок апельсин 1 литр", S(m=["204401"], x=["3190682"]),
         "orange juice in the litre pack: J7 «апельсиновый» 0,97 л (Магнит) and 970 мл (Перекрёсток) -- 0.97 l is the "
         "standard litre carton. Excluded: 0.3 l and 0.75 l orange juices (J7, SWELL), orange nectars (Добрый, Любимый, "
         "J7 апельсин-мандарин), multi-fruit juices and nectars, «сокосодержащие» drinks, Santal red orange drink, sodas"),
    ]),
    # fyj11 pizza and beer evening
    ("пицца замороженая ветчина грибы, пиво светлое 2 банки, чипсики краб", [
        ("пицца замороженая ветчина грибы", S(p=["3607265"]),
         "frozen pizza with ham and mushrooms: Пятёрочка «Цезарь Пицца с ветчиной и грибами» (outside knowledge: Цезарь "
         "pizza is frozen). Excluded: Рестория «Пицца ассорти» (toppings not stated), Чебупицца Пепперони, pizza crackers "
         "and croutons, mozzarella «для пиццы»"),
        ("пиво светлое 2 банки", S(m=["7a049f38a7", "7f9482ca4a", "307d22d94c", "a982a99aeb", "30dda00a31", "22307d326d", "201971", "167991", "204931", "168001", "111441", "111751", "160011", "108671", "108721", "104791", "159311", "160021", "202121", "205571", "168011", "199071", "104801", "1f2ea4eaba"]),
         "alcoholic light beer of any brand and size (Магнит only): Amstel, Bud 66, Carlsberg (incl. Wild Unfiltered), "
         "Estrella Damm, Holsten, Krusovice, Lowenbrau, Staropramen, Балтика № 7, Старый Мельник, Holba, Prazacka, "
         "Franziskaner Weissbier and ABBE Blonde (light beer drinks of beer style), and -- on outside knowledge, colour "
         "not in the title -- Miller Genuine Draft, Hoegaarden and Kronenbourg 1664 Blanc (pale wheat/lager). «2 банки» is "
         "a count of packs, a quantity, not a container filter. Excluded: alcohol-free and flavoured beers (Bud "
         "безалкогольное, Балтика грейпфрут/0 Малина/№0 Гранат, Горьковская IPA 0 %, all Перекрёсток beers), dark Zatecky "
         "Gus Cerny, Velkopopovicky Kozel Rezany (outside knowledge: Řezaný is a half-dark blend although the title says "
         "светлое), ciders"),
        ("чипсики краб", S(p=["3986507", "3931228", "3485986", "4343840", "4035369", "4035782"], m=["162f632716", "106331"]),
         "crab-flavoured potato chips of any brand: Пятёрочка «Картофель хрустящий Со вкусом краба», Lay's (Королевский "
         "краб / краба), Pringles краб, Русская Картошка Краб / камчатского краба; Магнит LAVA LAVA Краба, Lays краб. "
         "Excluded: TUC crackers «Краб», Хрусteam croutons «Королевский краб», crab sticks and crab meat"),
    ]),
    # fyj12 pollock with buckwheat
    ("минтай филе замороженый, гречку в варочных пакетиках, морковь мытая кило, сметаны 15 процентов к минтаю", [
        ("минтай филе замороженый", S(x=["4350401", "4350402"]),
         "frozen pollock fillet: Перекрёсток Люди Любят «Минтай филе без кожи замороженный» and «Филе минтая … порционное "
         "мороженое». Excluded: Магнит «Филе минтая, полуфабрикат из замороженного сырья» (outside knowledge: thawed fish, "
         "not the frozen form written), cod, hake, тилапия, fish cutlets"),
        ("гречку в варочных пакетиках", S(m=["203081"]),
         "buckwheat in cooking bags: Магнит «Крупа Гречневая Prosto, 500 г» (outside knowledge: Prosto groats are sold in "
         "cooking bags, 500 g = 5 x 100 g). Excluded: PROSTO «Рис и греча» (a mix), buckwheat flakes, soba, ready "
         "buckwheat meals and baby cereals"),
        ("морковь мытая кило", S(m=["199761"], x=["52112"]),
         "fresh washed carrots: Магнит «Морковь мытая, 1 уп. (1 кг)», Перекрёсток «Морковь мытая» (by weight; «кило» is a "
         "quantity). Excluded: Korean-style carrot salads, carrot nectar, sauerkraut with carrot"),
        ("сметаны 15 процентов к минтаю", S(p=["3665624"], m=["de14617e33", "199001"], x=["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124", "4095525"]),
         "sour cream exactly 15 % of any brand and size, incl. lactose-free Parmalat Comfort and Простоквашино "
         "безлактозная. Excluded: 10, 20, 25, 30 % sour creams, sour-cream sauces; «к минтаю» is a purpose"),
    ]),
    # fyj13 shrimp pasta
    ("креветки варено-мороженые очищенные, макарошки перышки, сливки 10 проц для пасты", [
        ("креветки варено-мороженые очищенные", S(x=["3641931", "4385594"]),
         "cooked-frozen peeled shrimps: Перекрёсток Бухта Изобилия «королевские варёно-мороженые очищенные» and Люди Любят "
         "«королевские очищенные с хвостом варёно-мороженые». Excluded: unpeeled or peel not stated (Polar, Vici, Бухта "
         "Изобилия 50/70, Люди Любят неразделанные, Пятёрочка KALURI / Fish House / Красная цена / Polar), raw peeled "
         "shrimps (Люди Любят аргентинские, «Королевские очищенные … замороженные», Fish & More), shrimps in brine, caviar "
         "and olives «с креветкой»"),
        ("макарошки перышки", S(p=["18460", "4037652"], m=["199251"]),
         "penne/перья pasta: Пятёрочка FEDERICI «ПЕРЬЯ РИФЛЕНЫЕ», Barilla «ПЕННЕ РИГАТЕ»; Магнит Макфа «перья». Excluded: "
         "other shapes (спагетти, спирали, рожки, ракушки, пипе ригате, фарфалле…), macaron pastries"),
        ("сливки 10 проц для пасты", S(p=["3634638"], m=["476dabe99f"], x=["4178852"]),
         "cream exactly 10 %: Пятёрочка Сарафаново «Сливки ул/паст. дет. 10%» (children's cream counts, as children's "
         "milk does), Магнит Домик в деревне 10 %, Перекрёсток Молочный знак 10 %. Excluded: Parmalat Comfort 11 %, 20 % "
         "and 33 % creams, substitutes; «для пасты» is a purpose"),
    ]),
    # fyj14 kitchen bits that ran out
    ("пакеты для завтрака, фольга алюминиевая для запекания, губки кухонные поролоновые, финиш таблетки для пмм", [
        ("пакеты для завтрака", S(x=["3642386", "3939825"]),
         "small food/sandwich bags: Перекрёсток Пр!ст «Пакеты для завтрака 24х31см» and Home Story «Пакеты для пищевых "
         "продуктов 26х32» (the same kind of bag). Excluded: rubbish bags, tea bags, products «в пакете»"),
        ("фольга алюминиевая для запекания", S(m=["f69098d85b"]),
         "aluminium foil: Магнит «Фольга особопрочная 29смх7м». Nothing else is foil; «для запекания» is a purpose"),
        ("губки кухонные поролоновые", S(),
         "kitchen sponges: none in any store; missing everywhere"),
        ("финиш таблетки для пмм", S(p=["3948780", "3925971", "3955097"], m=["106111"]),
         "Finish dishwasher tablets of any variant: Пятёрочка Powerball All in 1 Max 50 and 65 (incl. «Лимон»), Магнит "
         "Finish All In 1 50 шт. Excluded: Somat tablets, hand dish-washing liquids"),
    ]),
    # fyj15 lunch boxes and household
    ("контейнеры для еды с крышкой, туалетку 4 рулона, fairy сочный лимон, пакеты для мусора на 60 л", [
        ("контейнеры для еды с крышкой", S(),
         "food containers with lids: none in any store (no контейнер/ланч-бокс offers); missing everywhere"),
        ("туалетку 4 рулона", S(p=["3493108"]),
         "toilet paper in a pack of 4 rolls: Пятёрочка ZEWA «ДЖАСТ 1 туал. 4сл. 4рул.». Excluded: packs of 8 and 12 rolls "
         "(PAPIA, Zewa Deluxe, Zewa Just 1 8 рул., Familia, Zewa Plus), moist toilet paper, paper towels"),
        ("fairy сочный лимон", S(p=["3501026", "3500750"]),
         "Fairy dish liquid «Сочный лимон»: Пятёрочка 900 мл and 450 мл. Excluded: other Fairy scents (Нежные руки, "
         "Platinum, Ледяная свежесть, роза-жасмин), AOS «ЛИМОН» and other brands"),
        ("пакеты для мусора на 60 л", S(m=["e9bebc57c0"]),
         "60 l rubbish bags: Магнит BIG CITY LIFE «Пакеты д/мусора 60л». Excluded: Магнит «Мешки для мусора 35л» (another "
         "size), BIG CITY LIFE «Салфетки в рулоне … 60л» (60 sheets of wipes)"),
    ]),
    # fyj16 cabbage rolls and rye bread
    ("голубцы замороженные, хлебушка черного буханочку, кефира 1 процент литр, яблоки только не голден", [
        ("голубцы замороженные", S(),
         "frozen cabbage rolls: none in any store; missing everywhere"),
        ("хлебушка черного буханочку", S(p=["3480920", "3455614", "3372334", "3500217"]),
         "a loaf of black (rye / rye-wheat) bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский», «Хреб Ржаной Край» "
         "(sic, rye bread), Хлебный дом «Марьин, заварной» and Коломенское «Хлеб Даниловский» (outside knowledge: Марьин "
         "and Даниловский are rye-wheat breads). Excluded: «Хлеб зерновой, Ржаной Край» (grain bread; the brand word does "
         "not make it rye), батоны, хлебцы, гренки, сухарики, rye flour"),
        ("кефира 1 процент литр", S(),
         "kefir: no offer titled кефир in any store; missing everywhere"),
        ("яблоки только не голден", S(p=["4271772"], m=["200671", "168861"], x=["3366336", "3691532", "47795"]),
         "fresh apples of any variety but Golden: Пятёрочка «Яблоки Ред Делишес», Магнит «Гренни Смит» and «красные», "
         "Перекрёсток «Гала», «Медовый хруст», «сезонные» (variety not stated, not Golden by title). No Golden apples are "
         "on offer, so the negative wish excludes nothing here. Excluded: apple juices, purees, chips, drinks"),
    ]),
    # fyj17 quick semi-finished dinner
    ("чебупели, провансаль майонез 67%, корнишоны маринованые баночку", [
        ("чебупели", S(p=["3395673"]),
         "Горячая штучка «Чебупели с ветчиной и сыром» (Пятёрочка). Excluded: Чебупицца / Чебупица (another product of "
         "the brand), Хотстеры, круггетсы, чебуреки"),
        ("провансаль майонез 67%", S(p=["3982578", "3355228", "3355242", "3193489"], m=["204681"], x=["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4297313", "4105769"]),
         "mayonnaise «Провансаль» 67 % of any brand, incl. olive Провансаль variants and Махеевъ «Провансаль с лимонным "
         "соком»; Пятёрочка «Майонез Слобода, 67%, 800 мл» (outside knowledge: the same X5 id 3193489 is «Слобода "
         "Провансаль 67%, 800мл» at Перекрёсток). Excluded: mayonnaises not named Провансаль (Heinz Классический, Слобода "
         "«Оливковый», Mr.Ricco, Махеевъ «С перепелиным яйцом», Я люблю готовить «на перепелиных яйцах» / «домашний» "
         "55 %), Я люблю готовить «Московский Провансаль» 700 мл (no fat % in the title), Махеевъ «Соус Цезарь»"),
        ("корнишоны маринованые баночку", S(),
         "marinated gherkins: none. Excluded: Скатерть-Самобранка «Огурчики маринов.» (not gherkins), Дядя Ваня «Огурцы "
         "Пикули», salted cucumbers and Магнит «Огурцы соленые, Корнишоны» (salted, not marinated), the «Ассорти Черри и "
         "Корнишоны», fresh Перекрёсток «Огурцы корнишоны»; missing everywhere"),
    ]),
    # fyj18 chicken thighs with rice
    ("бедро куриное без косточки, рисик басмати, соевого соуса бутылочку, мандаринок кг", [
        ("бедро куриное без косточки", S(p=["4007208"], x=["4250498", "4007208", "3692842", "4328962"]),
         "boneless chicken thigh (филе бедра): Пятёрочка «Филе бедра без кожи ЦБ»; Перекрёсток Первая свежесть, Петелинка, "
         "Троекурово, Зелёная Линия «Филе бедра». Excluded: bone-in thighs (Перекрёсток Первая Свежесть «Бедро куриное», "
         "Пятёрочка «Бедро цыпл-табака»), turkey thigh fillet, drumsticks"),
        ("рисик басмати", S(p=["5722"], m=["7936bf2f6b"]),
         "basmati rice: Пятёрочка Мистраль «Басмати», Магнит НАЦИОНАЛЬ «Рис Басмати». Excluded: jasmine, long-grain "
         "Лазер, плов, round rice, brown rice, mixes"),
        ("соевого соуса бутылочку", S(p=["3072579", "3995914", "3484963"], m=["903c9b5986"]),
         "soy sauce: Пятёрочка Сэн Сой «КЛАССИЧЕСКИЙ соевый 1л», «Чим-Чим» 290 мл, Thai-so 250 мл; Магнит Стебель Бамбука "
         "«Соус соевый 280г п/бут». «бутылочку» is a count (one bottle), not a size. Excluded: teriyaki sauces (Heinz, "
         "Сэн Сой, Махеевъ, Premiere of Taste), soy drinks"),
        ("мандаринок кг", S(x=["1537", "3034500", "3254317"]),
         "fresh mandarins: Перекрёсток «Мандарины», «Мандарины Марокко», «Мандарины с листом Китай»; «кг» is a quantity. "
         "Excluded: mandarin drinks, nectars and sweets"),
    ]),
    # fyj19 pork chops with potatoes
    ("свиные отбивные, картошечки молодой кг 2, квасик очаковский 1.5", [
        ("свиные отбивные", S(p=["3619732"]),
         "raw pork chops / escalopes: Пятёрочка «Шницель свиной, охлажденный, Рестория» (outside knowledge: a raw pork "
         "schnitzel is the sliced meat for отбивные). Excluded: uncut pieces (корейка, шейка, лопатка, грудинка), Магнит "
         "marinated steaks, Рестория «Котлета свиная», smoked/cooked pork, the frozen «Шницель с карт. пюре» meal"),
        ("картошечки молодой кг 2", S(m=["168701"], d=["72aaa021b7"]),
         "young potatoes: Дикси «Картофель молодой, 1 кг», Магнит «Картофель Новый урожай» (outside knowledge: new-crop "
         "potatoes are sold as young potatoes). Excluded: ordinary washed / red / frying potatoes, potato chips, starch; "
         "«кг 2» is a quantity"),
        ("квасик очаковский 1.5", S(),
         "kvass: none in any store (no квас / Очаково offers); missing everywhere"),
    ]),
    # fyj20 breakfast for tomorrow
    ("сырнички морож, сгущенки банку, творог 9% брикет, клубничного джема", [
        ("сырнички морож", S(p=["3656807"]),
         "frozen syrniki: Пятёрочка От Ильиной «Сырники ПО-ДОМАШ. п/ф зам.». Excluded: Перекрёсток Select «Сырники "
         "жареные» and «с изюмом» (chilled ready food) and Зелёная Линия «Сырники творожные 5%» (by weight, frozen not "
         "stated)"),
        ("сгущенки банку", S(p=["2123014", "3484257"], m=["109241"], x=["3332809"]),
         "sweetened condensed milk: Алексеевское «цельное с сахаром» in every store that has it (Пятёрочка doy-pack 650 г "
         "and ж/б 360 г «Молоко цел. сг. сах.»). «банку» is a count (one pack). Excluded: варёная сгущёнка (Рогачев "
         "«Егорка», Магнит Рогачев «вареное»), wafers, sweets, croissants, cakes «со сгущёнкой»"),
        ("творог 9% брикет", S(p=["3634733"], x=["4216658", "4185866"]),
         "plain cottage cheese exactly 9 %: Пятёрочка Вкуснотеево 9 % 300 г; Перекрёсток Молочный знак 9 % 180 г and "
         "«традиционный 9%» 800 г. The titles do not state the pack form, so «брикет» could not be checked and these "
         "packed curds are accepted. Excluded: 0.1/0.5/4/5/5.5 % curds, flavoured and grained curd, curd desserts, "
         "творожный сыр"),
        ("клубничного джема", S(p=["3369992", "3661658"]),
         "strawberry jam: Пятёрочка Махеевъ «Джем клубника» 300 г and «Джем КЛУБНИЧНЫЙ стак.» 400 г. Excluded: Магнит "
         "«Вологодское варенье клубничное» (варенье ≠ джем), jams of other fruits, muffins «с клубничным джемом»"),
    ]),
    # fyj21 light lunch box
    ("хумусик классич, хлебцы dr.korner ржаные, авокадик спелый, руколлу", [
        ("хумусик классич", S(),
         "classic hummus: none. Пятёрочка Сабра «ХУМУС рец. из Иерусалима» and «Хумус, с кедровыми орешками» are other "
         "varieties than the classic written; missing everywhere"),
        ("хлебцы dr.korner ржаные", S(),
         "Dr.Korner rye crispbreads: none. Dr.Korner on offer is «кукурузно-рисовые» (Пятёрочка, Магнит) and «Злаковый "
         "коктейль»; rye crispbreads of other brands (ЩЕДРЫЕ бородинские, ОБРАЗ ЖИЗНИ ржано-пшеничные) excluded"),
        ("авокадик спелый", S(p=["3148279", "2131933"], m=["168561", "109421"], x=["3948371", "3356275"]),
         "fresh avocados: Пятёрочка Global Village Хасс and Puro Gusto, Магнит «Авокадо Хасс» and «Авокадо, 100 г», "
         "Перекрёсток Хасс Перу and «Хасс спелое». «спелый» is read as a wish (ripeness is picked at the shelf), not a "
         "filter. Excluded: Дикси avocado (out of stock), avocado oil, mayonnaise «с мас. авок.»"),
        ("руколлу", S(p=["3657675"], x=["3358128", "3283556"]),
         "rocket salad: Пятёрочка «Салат Руккола», Перекрёсток «Рукола мытая» and «Салат Рукола». Excluded: mixes "
         "(«Радичио + Рукола», «рукола-мангольд-шпинат»), iceberg and other salads"),
    ]),
    # fyj22 chicken liver with buckwheat
    ("печенка куриная, гречка ядрица 900г, сметанку 10 процентную", [
        ("печенка куриная", S(),
         "chicken liver: none. Магнит «Печень свиная» (pork), goose-liver pâtés, cat food «с печенью» and Перекрёсток "
         "«Салат с говяжьей печенью» excluded; missing everywhere"),
        ("гречка ядрица 900г", S(),
         "buckwheat ядрица in a 900 g pack: none. Магнит Prosto «Крупа Гречневая» 500 г (another size) and buckwheat "
         "flakes, mixes, soba excluded; missing everywhere"),
        ("сметанку 10 процентную", S(x=["4287503"]),
         "sour cream exactly 10 %: Перекрёсток Зелёная Линия «Сметана термостатная 10%». Excluded: 15/20/25/30 %"),
    ]),
    # fyj23 household bits
    ("батарейки аа, влажн салфетки антибакт, зубную пасту сплат, лампочка е27, бумажные салфетки столовые", [
        ("батарейки аа", S(),
         "AA batteries: none in any store; missing everywhere"),
        ("влажн салфетки антибакт", S(m=["1000196357"], x=["3976937", "4174787", "4166484", "3917869"]),
         "antibacterial wet wipes: Магнит SALFETI «антибак»; Перекрёсток Home Story «антибактериальные», «с экстрактом "
         "чайного дерева антибактериальные», «антисептические» (same purpose), Пр!ст «антибактериальные косметические». "
         "Excluded: Tolli Plus wipes (antibacterial not stated), Kokoro baby wipes, dry paper napkins, Carefree liners"),
        ("зубную пасту сплат", S(p=["3230372", "3691935", "3480375"], m=["32cc6f1bd5"]),
         "Splat toothpaste of any variant: Пятёрочка SPECIAL BLACKWOOD, SPECIAL ЧЕРНЫЙ ЛОТОС, Professional; Магнит SPLAT "
         "JUNIOR (children's paste, a variant of the brand's toothpaste). Excluded: Splat toothbrushes, other brands' pastes"),
        ("лампочка е27", S(),
         "E27 light bulbs: none in any store; missing everywhere"),
        ("бумажные салфетки столовые", S(x=["4429769", "4371757", "4429397", "4429400", "4310841", "4250543", "4310840", "4250535", "4299678", "4397850"]),
         "paper table napkins of any design, size and ply: Перекрёсток Gratias (white and printed), Пр!ст, Art Bouquet. "
         "Excluded: wet wipes, paper towels, Магнит BIG CITY LIFE «Салфетки в рулоне 25x30» (cleaning wipes), panty liners"),
    ]),
    # fyj24 Friday evening
    ("шаурма с курицей, безалкогольное пиво баночное, фисташки жареные солёные, пломбир стаканчик вафельный", [
        ("шаурма с курицей", S(),
         "ready chicken shawarma: none in any store; missing everywhere"),
        ("безалкогольное пиво баночное", S(m=["167351", "ab02321689"], x=["4350458", "3636389", "4344713", "3655527", "3502293"]),
         "plain alcohol-free beer in cans: Магнит Горьковская «Пиво светлое Ipa 0% 0,33л ж/б» and Bud «безалкогольное» "
         "0,45 л; Перекрёсток Hoegaarden б/а, Балтика №0 «Пшеничный» and «светлое», Крушовице Нон-алко, Bud 0.5 % "
         "(outside knowledge: Балтика №0 is alcohol-free; these 0.43-0.45 l packs are the cans -- Russian bottles of "
         "these brands are 0.47 l -- the titles do not say). Excluded: flavoured alcohol-free beers (Балтика грейпфрут, "
         "№0 Грейпфрут, 0 Малина, №0 Гранат), alcoholic beers, non-alcoholic wines"),
        ("фисташки жареные солёные", S(p=["4073982", "3933060"], m=["f692308d66"]),
         "roasted salted pistachios: Пятёрочка «Орехи Фисташки жареные соленые Джаз», «Фисташки неочищенные обжаренные "
         "подсоленные»; Магнит Восточный гость «Фисташка жар солен». Excluded: pistachio sweets, yoghurt and curd snack "
         "«с фисташ.»"),
        ("пломбир стаканчик вафельный", S(p=["4009747"], m=["5e86759538", "bac7d8405e", "454d2f4e9d"]),
         "plombir in a waffle cup: Пятёрочка Свитлогорье «пломбир … в вафельном стаканчике»; Магнит СЛАВИНО «пломбир ванил "
         "/ шокол в ваф/стак» and 48 КОПЕЕК «стак пломбир 88г» (outside knowledge: the 48 Копеек cup is a waffle cup). "
         "Excluded: plombir cones (рожок), bricks, flow-pack blocks, эскимо, Магнит «КАК РАНЬШЕ пломбир» (form not "
         "stated), plombir-flavoured yoghurts and milkshakes"),
    ]),
    # fyj25 Kiev cutlets dinner
    ("котлеты по-киевски, салат из свежей капусты, зефир в шоколаде шармэль", [
        ("котлеты по-киевски", S(p=["3420328"]),
         "Kiev cutlets: Пятёрочка «МИРАТОРГ Котлеты по-киевски 405г». Excluded: other cutlets, Кордон блю, «Торт Новый "
         "Киевский»"),
        ("салат из свежей капусты", S(),
         "a ready salad of fresh cabbage: none. Sauerkraut (Магнит, Перекрёсток Белая Дача / Зелёная Линия), seaweed "
         "salad «Витаминный», Korean-style cauliflower, fresh cabbage heads (Дикси, «Капуста китайская») excluded; "
         "missing everywhere"),
        ("зефир в шоколаде шармэль", S(),
         "Шармэль chocolate-coated zephyr: none. Пятёрочка «Зефир Шарлиз глазированный» (another brand, Шарлиз ≠ "
         "Шармэль), ВДОХНОВЕНИЕ «в тем. шок.», unbranded «Зефир глазированный … 1кг», Белёвский and other zephyrs "
         "excluded; missing everywhere"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fyj"))
