#!/usr/bin/env python3
"""Re-create fresh_basket_eval_uu.jsonl -- 25 shopping lists of a couple making homemade pizza, sushi rolls and burgers
on Friday nights (dough, cheeses, toppings, sauces, sushi rice and fish, buns, mince, vegetables, drinks and dessert),
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_uu.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_uu.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item in each list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fuu01, fuu02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_uu.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_uu.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (7, "рис для суши килограмм", "рис круглый для суши"),
    (10, "соевый соус киккоман бутылочку", "соевый соус бутылочку"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 тесто для пиццы
    ("мука пшеничная высшего сорта пакет 2 кг на тесто, дрожжи сухие саф-момент пару пакетиков, масло оливковое extra virgin для теста, соль морская мелкая", [
        ("мука пшеничная высшего сорта пакет 2 кг на тесто", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "8065"],
        }, "wheat flour of высший сорт in 2 kg packs (the size names the pack): Makfa «высшего сорта» 2 кг (Makfa flour without "
           "a cereal named is wheat flour - outside knowledge) and Пышечка «пшеничная хлебопекарная высшего сорта» 2 кг; "
           "Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), Рязаночка «ЭКСТРА» 2 кг (another grade), 1 kg Makfa, "
           "wholegrain, rye, rice and durum «крупка» flours excluded; «на тесто» is a purpose"),
        ("дрожжи сухие саф-момент пару пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "Саф-Момент dry instant yeast 11 г; «пару пакетиков» is a quantity; frozen yeast dough (Рестория «ТЕСТО "
           "ДРОЖЖЕВОЕ») and yeast-free puff pastry are other products"),
        ("масло оливковое extra virgin для теста", {
            "pyaterochka": ["4082388", "2153521", "63538"],
            "magnit": ["204571", "190b32a64b"],
            "dixy": [],
            "perekrestok": [],
        }, "extra virgin olive oil: Global Village «нераф. Extra Virgin», Filippo Berio Organic Extra Virgin, Filippo Berio "
           "«EV», MONINI «Экстра Вирджин» and Пятёрочка «MONINI Масло CLAS.олив.нераф.» (Monini Classico is an extra virgin "
           "oil - outside knowledge); Global Village «Virgen Extra … рафинированное, с добавлением нерафинированного» (a "
           "refined/virgin blend, i.e. not extra virgin) and Магнит «Масло оливковое Pure» excluded, as are sunflower oils "
           "«с добавлением оливкового», olive mayonnaises and olives; «для теста» is a purpose"),
        ("соль морская мелкая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fine sea salt in any chain; Магнит MAREMAN «Соль морская средняя» is medium grind (grind written by the user "
           "is required); salted nuts, seeds, chips and juices «с солью» are not salt"),
    ]),
    # L02 маргарита
    ("томаты в собственном соку пару банок на соус\nбазилик свежий зеленый на маргариту\nмоцарелла для пиццы 250г\nчесночок пару зубчиков на соус", [
        ("томаты в собственном соку пару банок на соус", {
            "pyaterochka": ["3327872"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned tomatoes in juice: Global Village «Томаты в томатном соке» 680 г (tomatoes in tomato juice are what "
           "«в собственном соку» means on Russian labels); marinated and salted tomatoes, tomato paste, ketchup, juices and "
           "sprats «в томатном соусе» excluded; «пару банок» is a quantity, «на соус» a purpose"),
        ("базилик свежий зеленый на маргариту", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh basil in any chain; basil-flavoured oil, drinks «с семенами базилика», cheese and cake «с базиликом», "
           "Barilla/Filippo Berio pesto and dried Italian herb mixes are other products"),
        ("моцарелла для пиццы 250г", {
            "pyaterochka": ["3976999"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4418717", "3025963", "3958444"],
        }, "mozzarella in 250 g packs (the size names the pack): Пятёрочка «Моцарелла Пицца» 250 г, Bonfesto «Моцарелла мягкий "
           "30%» 250 г, Galbani «Моцарелла макси» 250 г, Маркет «Моцарелла для пиццы» 250 г; «для пиццы» is a purpose, so "
           "fresh mozzarella of that size counts; other sizes (100-200 g, 280 g, 4x30 g), grated mozzarella, Galbani "
           "«плавленый ломтевой Моцарелла» (processed cheese) and burrata excluded"),
        ("чесночок пару зубчиков на соус", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic bulbs (Перекрёсток «Чеснок, 3шт»); «пару зубчиков» is a quantity; Восточный гость dried granulated "
           "garlic, ФЭГ salted garlic, garlic croutons/crisps, garlic-flavoured oil and cheese excluded"),
    ]),
    # L03 пепперони
    ("пепперони нарезкой, моцареллу тертую, соус для пиццы, халапеньо маринованный", [
        ("пепперони нарезкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pepperoni sausage in any chain; the «Чебупицца Пепперони» snacks are frozen pastries, and salami, chorizo and "
           "mini-salami are other sausages (the variety written is required)"),
        ("моцареллу тертую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4111694"],
        }, "grated mozzarella (Cheese Gallery «Моцарелла тертый» 150 г); block, ball, mini and stick mozzarella (form written "
           "is required), grated parmesan and grated голландский excluded"),
        ("соус для пиццы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no pizza sauce in any chain; ketchups, Mr.Ricco «Болоньезе» (a meat pasta sauce), «Карбонара», pesto and "
           "Кухмастер «Краснодарский» are other sauces; Tuc «пицца» crackers and «со вкусом пиццы» croutons are snacks"),
        ("халапеньо маринованный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no jalapeño peppers in any chain; mussels «с перцем халапеньо» and Crackzel «с халапеньо» pretzels are other "
           "products, as are Janarat «Перец-гриль» and fresh sweet peppers"),
    ]),
    # L04 гавайская
    ("ананасы консервированные кольцами для гавайской, ветчинку для пиццы, кукурузу сладкую банку, сыр гауда полкило", [
        ("ананасы консервированные кольцами для гавайской", {
            "pyaterochka": ["2070075"],
            "magnit": ["104901"],
            "dixy": [],
            "perekrestok": [],
        }, "canned pineapple rings: GREEN RAY «Ананасы КОЛЬЦА» 565 г and Lorado «шайбы» 580 мл (шайбы = rings); «Ананасы "
           "кусочки в легком сиропе» (pieces - the form written is required), pineapple juice/nectar, sweets and drinks "
           "with pineapple excluded"),
        ("ветчинку для пиццы", {
            "pyaterochka": ["3469348", "4005633", "3365796", "3438509", "3670825", "4037352"],
            "magnit": ["109321", "167871"],
            "dixy": [],
            "perekrestok": ["4395546", "4399593", "4400358", "4195681", "3670825", "3469348", "2072717"],
        }, "ham sold as «Ветчина» of any meat and form (cooked pork or turkey ham, chunks, slices, Бахрушинъ «сыровяленая»); "
           "«для пиццы» is a purpose; canned ham excluded: Магнит «Ветчина мясная, консерва, 325 г» and the 325 g Пятёрочка "
           "«Ветчина Балтийская, говяжья» and Елинский «Ветчина Экстра, ГОСТ» (325 g tins - outside knowledge); "
           "окорок, хамон, корейка, грудинка, pizza/pancakes/чебупели «с ветчиной» and cheese «с ветчиной» excluded"),
        ("кукурузу сладкую банку", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": [],
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet (сахарная) corn kernels of any brand and tin size (Heinz, Bonduelle, Globus, 6 соток, Знак Заботы, "
           "Юнона, vacuum-packed «Молодая»); «банку» is a quantity; Heinz «Кукуруза, 340 г» taken as canned sweet corn "
           "(outside knowledge); baby corn cobs «в початках», corn oil, starch, popcorn, corn flakes and snacks excluded"),
        ("сыр гауда полкило", {
            "pyaterochka": ["3926818"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Gouda (LIEBENDORF «Сыр Гауда 45% 1кг»); «полкило» is read as the amount of a cheese bought by weight, not as a "
           "pack size, so the 1 kg piece counts; the Laime «Гауда» и «Тильзитер» assortment (half of it another cheese) and "
           "other semi-hard cheeses excluded"),
    ]),
    # L05 пицца с грибами
    ("шампиньоны свежие 400г на пиццу\nперчик болгарский красный 2 шт\nлучок репчатый одну луковицу на пиццу\nмаслинки без косточек для пиццы", [
        ("шампиньоны свежие 400г на пиццу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3210027"],
        }, "fresh button mushrooms in 400 g trays (Маркет Fresh «Шампиньоны» 400 г); the 300 g «Шампиньоны Королевские» tray "
           "(size written is required), Bonduelle marinated champignons (not fresh), oyster mushrooms and dishes with "
           "mushrooms excluded"),
        ("перчик болгарский красный 2 шт", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["6177"],
        }, "fresh red bell pepper: Магнит «Перец болгарский, красный», Перекрёсток «Перец красный сладкий»; «2 шт» is a "
           "quantity; yellow pepper, «Перец в ассортименте, 2шт» (mixed colours), «Перец Рамиро сладкий» (colour not "
           "stated), grilled pepper in jars, paprika and black pepper excluded"),
        ("лучок репчатый одну луковицу на пиццу", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012"],
        }, "fresh bulb onions of any colour: Магнит «Лук Светофор» (3 bulbs of different colours), «Лук Ялтинский», «Лук "
           "репчатый, красный»; Перекрёсток «Лук Ялтинский» (loose and 350 g), «Лук репчатый белый», «Лук репчатый "
           "красный»; shallots, green onion, herb mixes, «Лук салатный» (what it is cannot be told from the title) and "
           "FEDERICI «Луковки» in a jar excluded; «одну луковицу» is a quantity"),
        ("маслинки без косточек для пиццы", {
            "pyaterochka": ["3013064", "3436379", "4005881"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4249106"],
        }, "pitted black olives sold as «Маслины без косточки» (Bonduelle, Iberica, Filippo Berio, La Explanada); Iberica «с "
           "костью» (pits - the form written is required), green «Оливки» and stuffed olives excluded"),
    ]),
    # L06 четыре сыра
    ("горгонзолу, пармизан кусочком, сыр дор блю подешевле", [
        ("горгонзолу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Gorgonzola in any chain; Cambozola, Dorblu, Grandblu, Mont Blu and Маркет blue cheeses are other blue "
           "cheeses (the variety written is required)"),
        ("пармизан кусочком", {
            "pyaterochka": ["3650219", "3462825", "24647"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3206443", "3912980"],
        }, "parmesan in a piece («пармизан» is a typo): CASTELLO «REGGIANIDO ПАРМЕЗ.» 150 г, LAIME «ПАРМЕЗАН» 200 г, Чиз Гелери "
           "«Пармезан 32% 175г фас», Dolce Granto «Пармезан 40%» by weight, Зелёная Линия «Пармезан молодой» by weight (the "
           "Castello, Laime and Чиз Гелери packs are wedges - outside knowledge); grated parmesan (Cheese Gallery «тёртый "
           "хлопья», Dolce Granto «тёртый» 150 г) excluded, and so is Пятёрочка «Сыр Пармезан, Dolche, 150 г», whose "
           "product id 3433812 is titled «Dolce Granto Пармезан тёртый 40%, 150г» at Перекрёсток; parmesan-flavoured crisps "
           "excluded"),
        ("сыр дор блю подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3614011"],
        }, "Dorblu blue cheese (Аллгой «Dorblu Classic с голубой плесенью» 100 г); «подешевле» is a wish; Dorblu is a brand, "
           "so other blue cheeses (Grandblu, Mont Blu, Cambozola, Маркет «с голубой плесенью») are excluded although some "
           "people say «дорблю» for any blue cheese, and the Dorblu «A La Creme» крем-сыр is a cream cheese, not the cheese"),
    ]),
    # L07 суши (item 1 replaced)
    ("рис круглый для суши, нори для роллов, уксус рисовый для суши риса, васаби в тюбике на роллы", [
        ("рис круглый для суши", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED (blind item «рис для суши килограмм», no sushi rice in any chain): round-grain rice, «для суши» is a "
           "purpose: Увелка «Краснодарский, круглый», Мистраль «для плова … традиционный, круглый», Мистраль «Кубань» (round-"
           "grain Kuban rice - outside knowledge) and Пятёрочка «МИСТР.Рис для плова традиц.900г» (the same Mistral product "
           "Магнит titles «круглый»); basmati, jasmine, long-grain «Лазер», brown, wild-rice mixes, Националь «Адриатика» "
           "(Italian-type rice, grain not stated), Националь and Global Village «для плова» (grain not stated), rice with "
           "buckwheat, rice flour, flakes and porridge excluded"),
        ("нори для роллов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no nori sheets in any chain; «Салат из морской капусты» (kelp salad) is another product"),
        ("уксус рисовый для суши риса", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no rice vinegar in any chain; Магнит «Уксус яблочный … 6%» is apple vinegar (the kind written is required)"),
        ("васаби в тюбике на роллы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no wasabi paste in any chain; PARTY NUTS «со вкусом Васаби» peanuts, horseradish (Uni Dan «Хрен сливочный», "
           "Махеевъ «Хрен столовый») and croutons «с хреном» are other products"),
    ]),
    # L08 филадельфия
    ("семга слабосоленая нарезка для роллов\nсыр филадельфия для филадельфии\nогурцы свежие 3 штуки\nавокадо спелое 2 штуки", [
        ("семга слабосоленая нарезка для роллов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3387453"],
        }, "lightly salted Atlantic salmon in slices (Русское Море «Сёмга филе-ломтики слабосолёная» 120 г); the same сёмга as "
           "«филе-кусок» (a piece - the form written is required), lightly salted trout, нерка and keta (other fish), "
           "frozen salmon, salads and sandwiches with salmon excluded"),
        ("сыр филадельфия для филадельфии", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Philadelphia cream cheese in any chain (Philadelphia is a brand; a named brand that is absent is not replaced "
           "by Hochland, Almette, Violette or Савушкин creamy curd cheeses); Перекрёсток «Салат Филадельфия» is a salad"),
        ("огурцы свежие 3 штуки", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (короткоплодные, среднеплодные пупырчатые, Ботаника, «Огурцы Хрустящие» 450 г, «Огурцы "
           "корнишоны, 300г»); «3 штуки» is a quantity; Перекрёсток «Огурцы Хрустящие» and «Огурцы корнишоны, 300г» "
           "(vegetable shelf, no brine or jar named) taken as fresh (outside knowledge); salted, pickled and barrel "
           "cucumbers, the «Ассорти Черри и Корнишоны» jar, cucumber shampoos and cheese «с огурцами» excluded"),
        ("авокадо спелое 2 штуки", {
            "pyaterochka": ["3148279", "2131933"],
            "magnit": ["168561", "109421"],
            "dixy": [],
            "perekrestok": ["3948371", "3356275"],
        }, "fresh avocados of any pack (Хасс 2 шт, 700 г net, by weight, Puro Gusto); «спелое» is a wish that titles cannot "
           "confirm, «2 штуки» a quantity; the Дикси «Авокадо Хасс» pack is out of stock; Mr.Ricco oil «с добавлением масла "
           "авокадо» and mayonnaise with avocado oil excluded"),
    ]),
    # L09 калифорния
    ("крабовые палочки vici для роллов, сливочный сыр hochland для роллов, икра масаго, кунжут белый на роллы", [
        ("крабовые палочки vici для роллов", {
            "pyaterochka": ["3131715"],
            "magnit": ["109381"],
            "dixy": [],
            "perekrestok": ["3406474", "3447879", "3131715", "4417821", "4311581", "4166323"],
        }, "Vici crab sticks of any size, chilled or frozen (incl. «Палочки Vici снежный краб», «Surimi Kama»); Vici «Крабовое "
           "мясо» (a different product), crab sticks of Русское Море, Меридиан and Люди Любят (other brands) excluded"),
        ("сливочный сыр hochland для роллов", {
            "pyaterochka": ["3467389"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3348645", "4091852"],
        }, "Hochland plain cream cheese: «Сыр творожный Hochland сливочный» 140 г, «Сыр творожный Hochland Для кулинарии» (plain "
           "cream cheese for cooking) and Пятёрочка «Сыр Hochland. Сливочный, 220 г» (taken as the 220 g tub of Hochland "
           "творожный сливочный - outside knowledge); Hochland «с зеленью» (flavoured), Hochland processed cheeses "
           "(«плавленый, сливочный» 400 г, «Сыр пл.-тост С ВЕТ.»), Hochland Грюнландер and other brands' cream cheeses "
           "excluded"),
        ("икра масаго", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no masago (capelin roe for sushi) in any chain; the spreadable «Икра мойвы деликатесная» in sauce (Санта Бремор, "
           "Русское Море, Fish House), salmon, trout and sturgeon caviar and vegetable «икра» are other products"),
        ("кунжут белый на роллы", {
            "pyaterochka": [],
            "magnit": ["c1996d45f5"],
            "dixy": [],
            "perekrestok": [],
        }, "sesame seeds: Восточный гость «Семена кунжута» 40 г, taken as white sesame (seeds sold without a colour are the "
           "white hulled ones; black sesame is titled «черный» - outside knowledge); buns, crackers and sweets «с кунжутом» "
           "excluded"),
    ]),
    # L10 соусы к роллам (item 1 replaced)
    ("соевый соус бутылочку, имбирь маринованый розовый к суши, соус унаги для запеченых роллов, палочки для суши", [
        ("соевый соус бутылочку", {
            "pyaterochka": ["3072579", "3995914", "3484963"],
            "magnit": ["903c9b5986"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED (blind item «соевый соус киккоман бутылочку», no Kikkoman in any chain): soy sauce of any brand and "
           "bottle size (Сен Сой «КЛАССИЧЕСКИЙ» 1 л, «Чим-Чим» 290 мл, Thai-so «Классический» 250 мл, Стебель Бамбука 280 г); "
           "«бутылочку» is a quantity; teriyaki sauces and soy drinks excluded"),
        ("имбирь маринованый розовый к суши", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pickled ginger is sold (Пятёрочка «Имбирь СКАТЕРТЬ-САМОБРАНКА маринованный с/б 200гр», Магнит «Имбирь "
           "маринованный, 200 г») but neither title says pink, and pickled ginger is sold both pink and white, so the colour "
           "written cannot be confirmed: missing everywhere; ginger cookies, candied ginger and ginger drinks excluded"),
        ("соус унаги для запеченых роллов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no unagi sauce in any chain; teriyaki sauces (Heinz, Сэн Сой, Махеевъ, Premiere of Taste) are another sauce"),
        ("палочки для суши", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chopsticks in any chain; crab sticks, corn sticks, cheese sticks, sweet pastry «палочки» and lollipops are "
           "other products"),
    ]),
    # L11 темпура
    ("сухари панко, креветки тигровые замороженные, соус спайси, масло подсолнечное рафинированное для фритюра 2 литра", [
        ("сухари панко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no panko breadcrumbs in any chain; Гурмикс «Смесь панировочная» for nuggets/chicken is a seasoned coating mix, "
           "and croutons/сухарики are snacks"),
        ("креветки тигровые замороженные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no tiger prawns in any chain; королевские, ваннамей/белоногие, аргентинские and северные shrimps are other kinds "
           "(the variety written is required), shrimps in brine and shrimp-flavoured roe/olives excluded"),
        ("соус спайси", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no spicy (mayo) sauce for rolls in any chain; Mivimex «Кавказский, особо острый», Махеевъ «Чили» ketchup, Heinz "
           "«Сладкий чили» and Бакарди «Спайсд» rum are other products"),
        ("масло подсолнечное рафинированное для фритюра 2 литра", {
            "pyaterochka": ["3454645"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "refined sunflower oil in a 2 l bottle (the size names the pack of a packaged good): ОЛЕЙНА «раф.дез.» 2 л; the 1 l "
           "refined oils of Магнит (Благо, Mr.Ricco, Слобода «для жарки»), Almador and Mr.Ricco flavoured or blended oils, "
           "corn and grape-seed oil excluded; «для фритюра» is a purpose"),
    ]),
    # L12 бургеры
    ("булочки для бургеров с кунжутом, фарш говяжий полкило на котлеты, сыр чеддер ломтиками получше, помидоры для бургеров", [
        ("булочки для бургеров с кунжутом", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no burger buns in any chain; Добрынинский «Чиполлино» с кунжутом (a sweet bun loaf), плюшки, сдобные палочки "
           "and chebureki are other bakery"),
        ("фарш говяжий полкило на котлеты", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef mince (Рестория «фарш Говяжий», Останкино «ФАРШ ГОВЯЖИЙ», Мираторг «Фарш говяжий», all 400 г); «полкило» is a "
           "quantity of mince, «на котлеты» a purpose; pork-beef «домашний» mixes, «Деревенский» (meat not stated), "
           "pork, chicken and turkey mince and ready cutlets excluded"),
        ("сыр чеддер ломтиками получше", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4297132"],
        }, "sliced cheddar (Grunlander Hochland «Чеддер 50% нарезка» 130 г); «получше» is a wish; cheddar in a piece "
           "(Пятёрочка «Чеддер красный» 240 г, La Paulina 200 г, «Чеддер» фасованный 120 г - the form written is required) "
           "and processed slices of other cheeses excluded"),
        ("помидоры для бургеров", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind (round, plum, pink, on the vine, cocktail, cherry - cherry tomatoes count as помидоры); "
           "salted and marinated tomatoes, the pickled «Ассорти Черри и Корнишоны», tomatoes in juice, paste, ketchup and "
           "tomato-flavoured snacks excluded"),
    ]),
    # L13 добавки в бургер
    ("кетчуп хайнц к бургерам\nгорчица дижонская с зернами\nогурчики маринованные для бургеров\nсалат айсберг в бургеры", [
        ("кетчуп хайнц к бургерам", {
            "pyaterochka": ["3631091", "4086400"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz ketchups (brand + product accepts every variant): «HEINZ Кетчуп томат.с горч.» 350 г and «Томатный кетчуп "
           "Heinz» 342 г; Heinz sauces that are not ketchup (терияки, кисло-сладкий, сырный, Цезарь, Cherry, Salsa, "
           "брусничный), Heinz tomato paste and other brands' ketchups excluded"),
        ("горчица дижонская с зернами", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Dijon mustard in any chain; Global Village «Горчица Французская» and Махеевъ «Горчица РУССКАЯ» are other "
           "mustards (the variety written is required); ketchup «с горчицей» and honey-mustard snacks excluded"),
        ("огурчики маринованные для бургеров", {
            "pyaterochka": ["2147768", "3952588"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "marinated cucumbers: Скатерть-Самобранка «Огурчики маринов.» 720 мл and Дядя Ваня «Огурцы Пикули Одесские. "
           "Пастеризованные» (пикули are marinated gherkins - outside knowledge); salted/brined cucumbers (Глобус «соленые "
           "огурчики», Мелень «соленые», Магнит «Огурцы соленые, Корнишоны», Маркет «бочковые» - a different pickling), the "
           "tomato-and-gherkin assortment jar and fresh cucumbers excluded"),
        ("салат айсберг в бургеры", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["77107", "4312456"],
        }, "iceberg lettuce (Маркет Fresh «Салат Айсберг» 1 шт, Выгодно «Айсберг свежий мытый» 200 г); salad mixes of iceberg "
           "with romaine/radicchio/frisée, Магнит «Салат листовой», романо and rucola excluded"),
    ]),
    # L14 гарнир и напитки
    ("картошка фри замороженная пару пачек, кола 2л бутылку, соус сырный самый дешевый", [
        ("картошка фри замороженная пару пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen French fries in any chain; fresh potatoes (incl. Магнит «Картофель для жарки»), crisps, Knorr «Картошка "
           "по-деревенски» mixes and potato starch are other products"),
        ("кола 2л бутылку", {
            "pyaterochka": ["3684656", "4316013", "4213891"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1860", "4213891"],
        }, "plain cola in 2 l bottles (the size names the pack): Pepsi 2 л, Любимая Кола 2 л, Черноголовка Кола 2 л, Coca-Cola "
           "2 л; other sizes, flavoured colas (Wild Cherry, ванилла, апельсин, Mango, Dark Vanilla, Добрый Cola ваниль, "
           "«Снежная Ириска») and sugar-free colas excluded; «бутылку» is a quantity"),
        ("соус сырный самый дешевый", {
            "pyaterochka": [],
            "magnit": ["938a512a73", "911424de26", "e86487c5f3", "214641", "160311"],
            "dixy": [],
            "perekrestok": [],
        }, "cheese sauce (Heinz «Сырный» 200 г and 230 г, Mr.Ricco «Сырный», Махеевъ «Сырный», Слобода «Сырный»); «самый "
           "дешевый» is a wish; Calve «Цезарь сырный» (a Caesar dressing, titled «Соус сырный Calve, Цезарь» at Магнит), "
           "Mr.Ricco «Карбонара», cheese-flavoured snacks and «Круггетсы сыр/соус» excluded"),
    ]),
    # L15 куриный бургер
    ("куриное филе 1 кг для бургеров, соус цезарь для куриного бургера, бекон нарезкой на бургеры, булки бриошь", [
        ("куриное филе 1 кг для бургеров", {
            "pyaterochka": ["3963723", "2160069"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast fillet of any pack (Первая Свежесть «Филе большое грудки» 750 г, «ПЕР.СВ.Филе с груд.охл.подл.1кг» "
           "and by weight, Троекурово 900 г, "
           "Петелинка, Зелёная Линия, Петелинка «Филе цыплёнка … малое» = inner breast fillet - outside knowledge); «1 кг» is "
           "a quantity; Первая Свежесть «Куриная грудка, без кожи» (breast on the bone), thigh fillet, whole birds, legs, "
           "wings, grilled/baked fillet (cooked), nuggets, cutlets and ready meals excluded"),
        ("соус цезарь для куриного бургера", {
            "pyaterochka": ["3427659", "3679725"],
            "magnit": ["ec731c0f45", "213671", "111631"],
            "dixy": [],
            "perekrestok": [],
        }, "Caesar sauce of any brand (Calve «ЦЕЗАРЬ СЫРНЫЙ д/салата» = «Соус сырный Calve, Цезарь», Махеевъ «ЦЕЗАРЬ "
           "майонезный», Heinz «Цезарь» 200 г and 230 г); Цезарь-brand pizza and puff pastry, the «Сэндвич-ролл Цезарь» "
           "and other sauces excluded"),
        ("бекон нарезкой на бургеры", {
            "pyaterochka": ["3445554"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3445554"],
        }, "sliced bacon: Дымов «Венгерский» 200 г (Перекрёсток titles it «нарезка»; Пятёрочка sells the same product id); "
           "bacon whose title does not say sliced (Велком 200 г, Cortador 180 г, Market Collection «Бекон венгерский» 150 г, "
           "Пятёрочка «бекон» 150 г and 180 г - the form written is required), грудинка, панчетта and ham excluded"),
        ("булки бриошь", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no brioche buns in any chain; sweet bun loaves, плюшки and donuts are other bakery"),
    ]),
    # L16 к столу
    ("пиво светлое нефильтр. пару бутылок, вино белое сухое к роллам, лимончик к вину", [
        ("пиво светлое нефильтр. пару бутылок", {
            "pyaterochka": [],
            "magnit": ["7f9482ca4a", "30dda00a31", "204931", "111751", "108671"],
            "dixy": [],
            "perekrestok": [],
        }, "alcoholic light unfiltered beer: Franziskaner «Weissbier пиво св н/ф пшен», Lowenbrau «свет паст н/ф», Carlsberg "
           "«Wild Unfiltered, светлое», Hoegaarden 4,9 % and Kronenbourg 1664 Blanc (cloudy white wheat beers - outside "
           "knowledge); «пару бутылок» is a quantity (cans count); filtered or unstated light beers, dark beers and beer "
           "drinks, alcohol-free and flavoured beers (Балтика №0, Bud, Hoegaarden/Крушовице alcohol-free) excluded"),
        ("вино белое сухое к роллам", {
            "pyaterochka": [],
            "magnit": ["fa22983133", "748034797e", "4d14621471", "74dee1e47e", "c4cc2517c3", "52c46a1176", "0a1c8fd290",
                       "104821", "90399012cf", "213101", "213491"],
            "dixy": [],
            "perekrestok": [],
        }, "still dry white wine of any grape and country (Виура, Гарнача Бланка, Chablis, Соаве, Ркацители, Шардоне blends, "
           "Papo Amarelo, Vinas del Vero Luces, Chevalier Lacassan «бел сух»); semi-dry, semi-sweet and sweet whites, "
           "sparkling wines (Gancia Prosecco Dry), red and rosé wines, alcohol-free wines (all Перекрёсток and Пятёрочка "
           "wines) excluded"),
        ("лимончик к вину", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons in any chain; Магнит «Лайм» is another fruit, and lemon-flavoured drinks, sweets, dish soaps, "
           "cleaners and olives «лимон» are not lemons"),
    ]),
    # L17 тесто по-итальянски
    ("мука 00 для пиццы, дрожжи живые, сахарок для теста", [
        ("мука 00 для пиццы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Italian type 00 flour in any chain; Russian высший сорт, экстра, wholegrain, durum and rice flours are other "
           "grades (the grade written is required)"),
        ("дрожжи живые", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh (pressed) yeast in any chain; Саф-Момент dry yeast is another form, frozen yeast dough another product"),
        ("сахарок для теста", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "ordinary white sugar (Русский «Сахар белый прессованный» 1 кг; no form was written); Пятёрочка «Сахар "
           "тростниковый нерафинированный Демерара» (brown cane sugar with a molasses taste, not plain sugar), Пр!ст «Пудра "
           "сахарная» (icing sugar, sold as «пудра»), sugar-free and sugared goods excluded"),
    ]),
    # L18 пицца с салями
    ("салями для пиццы нарезку, оливки зеленые, орегано сушеный для соуса, томатная паста маленькая баночка на соус", [
        ("салями для пиццы нарезку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4425557", "3140747"],
        }, "sliced salami: Маркет Collection «Пражская салями … нарезка» 100 г and Останкино «Салями … Итальянская в нарезке» "
           "150 г; salami whose title does not say sliced (Клинский Венская 300 г, Егорьевский «Салями Парма» 100 г, "
           "Черкизово «Салями Астория», Рублевский «Лучеза» 70 г, the Маркет Collection «Палермо-Салями Монреаль-Флоренция» "
           "assortment), mini-salami sticks, truffle salami, chorizo and cheese «с колбасой Салями» excluded"),
        ("оливки зеленые", {
            "pyaterochka": ["3436776", "3436775", "4005882"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4249104"],
        }, "plain green olives with or without pits: ITLV «Оливки зел.», Filippo Berio and La Explanada «Оливки без косточки» "
           "(both brands sell their black ones as «Маслины», so their «Оливки» are green - outside knowledge); stuffed or "
           "flavoured olives (лимон, голубой сыр, креветка, лосось, апельсин, трюфель), Маркет «Оливки-гриль в масле», "
           "black «Маслины» and olive oil excluded"),
        ("орегано сушеный для соуса", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no oregano in any chain; Italian and Provençal herb mixes (Kotanyi, Maggi, Восточный гость, Kamis) are mixes, not "
           "oregano"),
        ("томатная паста маленькая баночка на соус", {
            "pyaterochka": ["84652"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste in a small jar: ПОМИДОРКА «Паста томатная паст.ст/б 250мл»; larger jars (Помидорка 480 мл, Махеевъ "
           "«Паста ДОМАШНЯЯ томат.» 500 г) and Heinz «Паста Томатная» 310 г (neither jar nor a small size stated) excluded, "
           "as are ketchups and tomato sauces"),
    ]),
    # L19 говяжьи бургеры
    ("котлеты для бургеров, лук красный сладкий, соус барбекю к бургерам, яйца десяток с1 в фарш", [
        ("котлеты для бургеров", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no burger patties in any chain; ordinary домашние/куриные/рыбные/по-киевски cutlets, Первая свежесть «Бифштекс "
           "Изобилие» and steaks are other products"),
        ("лук красный сладкий", {
            "pyaterochka": [],
            "magnit": ["168721", "168741"],
            "dixy": [],
            "perekrestok": ["79012", "3368252", "3623836"],
        }, "fresh red onions: «Лук репчатый, красный» and «Лук Ялтинский» (the sweet red Crimean onion - outside knowledge) in "
           "both chains; «сладкий» describes red salad onions and is not a further filter; white onions, the three-colour "
           "«Лук Светофор» pack, shallots, «Лук салатный» (colour not stated) and green onion excluded"),
        ("соус барбекю к бургерам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no barbecue sauce in any chain; Слобода «Кетчуп Шашлычный», Тихвинский уезд «Соус шашлычный», beans «в "
           "классическом Барбекю», Мираторг «Хрумпилсы … БАРБЕКЮ» and barbecue-flavoured snacks are other products"),
        ("яйца десяток с1 в фарш", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "chicken eggs of class С1 in packs of 10 (Село Зелёное «Деревенское», Окское, Зелёная Линия «активита» with selenium "
           "and iodine, Маркет); packs of 20 (Лето) and 6, class СО/отборные excluded; «в фарш» is a purpose"),
    ]),
    # L20 десерт
    ("мороженое пломбир на десерт, сливки 33 процента для взбивания пару пачек, клубника свежая к пломбиру", [
        ("мороженое пломбир на десерт", {
            "pyaterochka": ["4048085", "4009747", "3955155"],
            "magnit": ["454d2f4e9d", "26315e53ae", "ce5f334607", "5e86759538"],
            "dixy": [],
            "perekrestok": [],
        }, "plain (vanilla) plombir ice cream of any form - flow-pack, brick, cup, waffle cup (48 копеек, Свитлогорье «пломбир "
           "с ароматом ванили», Сарафаново «пломбир ванильный брикет», «КАК РАНЬШЕ пломбир ваниль», Славино брикет and "
           "«пломбир ванил в ваф/стак»); flavoured plombirs (с малиной, шоколадный, крем-брюле), glazed eskimos (Перекрёсток "
           "«Эскимо пломбир … в шоколадной глазури», Milka, Магнат), the four-layer «Радуга» cone, non-plombir ice creams "
           "and plombir-flavoured yoghurts and milkshakes excluded"),
        ("сливки 33 процента для взбивания пару пачек", {
            "pyaterochka": ["12721"],
            "magnit": ["204651"],
            "dixy": [],
            "perekrestok": [],
        }, "33 % cream (Домик в деревне «Сливки стерилиз.33%» 480 мл / «33 %, 480 г»); «пару пачек» is a quantity, «для "
           "взбивания» a purpose; 10, 11 and 20 % cream, the dairy-free «Сопьо Крима» and dry creamer excluded"),
        ("клубника свежая к пломбиру", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["11034", "4391361", "3457076"],
        }, "fresh strawberries (Маркет Fresh 250 г and 340 г, «Клубника отборная» by weight); the strawberry-blueberry mix, "
           "strawberry-flavoured milk, yoghurts, pastries and sweets excluded"),
    ]),
    # L21 роллы с лососем
    ("лосось охлажденный филе на роллы, тунец консервированный для роллов, лучок зеленый пучок на посыпку роллов", [
        ("лосось охлажденный филе на роллы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chilled raw salmon fillet in any chain; Магнит's frozen salmon steaks, carcasses and soup sets (frozen, not "
           "chilled fillet), lightly salted сёмга/trout, trout and нерка (other fish) excluded"),
        ("тунец консервированный для роллов", {
            "pyaterochka": ["3373006", "3610561"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned tuna (Морской котик «Тунец филе в масле» 170 г, Магуро «Филе Тунца, в оливковом масле» 200 г); Магуро tuna "
           "pâté, Санта Бремор «Паста тунец/лосось», frozen tuna fillets, dried tuna snacks and tuna salads excluded"),
        ("лучок зеленый пучок на посыпку роллов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295465"],
        }, "green onion (Маркет Fresh «Лук зеленый» 100 г); «пучок» is a quantity; herb mixes «петрушка-укроп-лук» / «Лук, "
           "Укроп и Петрушка», bulb onions and snacks «с зеленым луком» excluded"),
    ]),
    # L22 белая пицца
    ("сливки 20% для соуса к пицце, фарш куриный полкило, сыр российский для пиццы, помидорки черри на пиццу", [
        ("сливки 20% для соуса к пицце", {
            "pyaterochka": [],
            "magnit": ["c02145f904", "535b7bd00d"],
            "dixy": [],
            "perekrestok": ["4178851"],
        }, "20 % cream (Домик в деревне «Сливки стер 20%» 200 г and 480 г, Молочный знак «Сливки питьевые стерилизованные 20%» "
           "500 мл); 10, 11 and 33 % cream excluded"),
        ("фарш куриный полкило", {
            "pyaterochka": ["3652704"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken mince: Петелинка «Фарш Премиум» 500 г (Петелинка is a chicken brand and this is its chicken mince - "
           "outside knowledge); «полкило» is a quantity; turkey mince (Пава Пава), beef, pork and mixed mince, chicken "
           "meatballs and cutlets excluded"),
        ("сыр российский для пиццы", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese (Брест-Литовск «российский» 200 г, Зелёная Линия «Сыр Российский нарезка» 150 г); other "
           "semi-hard cheeses (голландский, Белебеевский, Маасдам…) excluded; «для пиццы» is a purpose"),
        ("помидорки черри на пиццу", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841"],
            "dixy": [],
            "perekrestok": ["3676649", "4188460", "3673307"],
        }, "fresh cherry tomatoes of any colour and shape (Дольче Вита на ветке, Черри 250 г, сливовидные черри, Медовые "
           "красные/оранжевые, черри на ветке); cocktail, plum and round tomatoes (not cherry), the pickled «Ассорти Черри и "
           "Корнишоны», Pepsi «Wild Cherry» and Calve ketchup «с помидорами черри» excluded"),
    ]),
    # L23 булочки для бургеров сами
    ("молоко 3.2% на булочки, маслице сливочное 82% пачку, яички с0 десяток", [
        ("молоко 3.2% на булочки", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e", "949b3dd46f",
                            "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a", "b4411ba8d4", "35ac60eec2",
                            "52d96fd806", "885d917850", "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb", "3645807",
                            "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "drinking cow milk of exactly 3.2 %, pasteurised, UHT or sterilised, any pack (incl. children's drinking milk "
           "Агуша «от 3л», Маша и Медведь, Сарафаново «детское», as in real_basket_eval); ranges (3,2-4 %, 3,2-4,5 %, «от "
           "3,2% до 6%»), other fat levels, топлёное milk (also at 3,2 %), goat milk, Barista and flavoured milk, the oat "
           "drink «3,2%» and condensed milk excluded; «на булочки» is a purpose"),
        ("маслице сливочное 82% пачку", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3953367"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "butter of 82 or 82,5 % in any pack (сладко-сливочное «Традиционное», Вкуснотеево, Президент кислосливочное, "
           "Тысяча Озёр, Простоквашино); «пачку» is a quantity; 72,5 % butter, chocolate butter 62 % and puff pastry with "
           "butter excluded"),
        ("яички с0 десяток", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "chicken eggs of class СО (= отборные) in packs of 10 (Волжское Утро «отборные, 10 шт», Окское СО, Роскар «Экстра "
           "СО», Маркет СО); С1 eggs, the 6-egg «отборной категории» pack and packs of 20 excluded"),
    ]),
    # L24 снеки
    ("наггетсы куриные замороженные пачку, соус кисло-сладкий, картофель по-деревенски замороженный", [
        ("наггетсы куриные замороженные пачку", {
            "pyaterochka": ["3683201"],
            "magnit": ["167971", "109401", "199041"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen chicken nuggets: CHIKON «Наггетсы КЛАССИЧЕСКИЕ» (Chikon is a chicken brand - outside knowledge), Вязанка "
           "«куриные из печи», Золотой петушок «из мяса цыпленка», Мираторг «куриные, Классические» (all frozen-shelf "
           "products - outside knowledge); Вязанка nuggets «с индейкой» (turkey), Мираторг «Хрумпилсы», круггетсы, "
           "chicken cutlets and the Гурмикс nugget coating mix excluded"),
        ("соус кисло-сладкий", {
            "pyaterochka": ["3476280"],
            "magnit": ["a2b5f9847c"],
            "dixy": [],
            "perekrestok": [],
        }, "sweet-and-sour sauce (Heinz «кисло-сладкий» 230 г and 200 г); sweet chili, mango-chili, teriyaki and other sauces "
           "excluded"),
        ("картофель по-деревенски замороженный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen country-style potato wedges in any chain; Knorr «КАРТОШКА ПО-ДЕРЕВЕНСКИ» is a dry seasoning mix, fresh "
           "potatoes and crisps are other products"),
    ]),
    # L25 запечённые роллы
    ("угорь копченый, соус терияки бутылку, рис круглый подешевле 2 кг, кунжутное масло для заправки", [
        ("угорь копченый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no smoked eel in any chain; smoked trout, salmon and mackerel are other fish"),
        ("соус терияки бутылку", {
            "pyaterochka": ["3503548", "3408179"],
            "magnit": ["5cc4e199c5", "587b021940"],
            "dixy": [],
            "perekrestok": [],
        }, "teriyaki sauce of any brand and pack (Heinz «ТЕРИЯКИ деликат.» 230 г, Сэн Сой «ТЕРИЯКИ ПРЕМИУМ» 120 г, Premiere of "
           "Taste «Терияки» 400 г, Махеевъ «Терияки» 230 г); «бутылку» is a quantity; Pringles «терияки» chips and ready "
           "meals «в соусе терияки» excluded"),
        ("рис круглый подешевле 2 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice is sold only in 800-900 g packs (Увелка «Краснодарский, круглый» 800 г, Мистраль «традиционный, "
           "круглый» 900 г, Мистраль «Кубань» 0,9 кг, Пятёрочка Мистраль «для плова традиц.» 900 г); rice is a packaged good "
           "and «2 кг» names the pack, which no chain has, so missing everywhere; «подешевле» is a wish"),
        ("кунжутное масло для заправки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sesame oil in any chain; sesame seeds and sunflower/olive/grape-seed oils are other products"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fuuNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fuu\d\d ===$", line):
            if cur is not None:
                blocks.append("\n".join(cur).strip("\n"))
            cur = []
        elif cur is not None:
            cur.append(line)
    if cur is not None:
        blocks.append("\n".join(cur).strip("\n"))
    return blocks


def check_blind(lists, blind):
    errors = []
    if len(lists) != len(blind):
        errors.append("%d lists, blind draft has %d" % (len(lists), len(blind)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        expected = draft
        for num, old, new in REPLACED:
            if num == n:
                items = [p.strip() for p in re.split(r"[,\n]", expected)]
                if items.count(old) != 1:
                    errors.append("fuu%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fuu%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fuu"))
