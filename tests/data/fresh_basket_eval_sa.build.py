#!/usr/bin/env python3
"""Re-create fresh_basket_eval_sa.jsonl -- 25 weekly-restock lists of a brand-loyal family of five (a baby, two school
kids, a dog): diapers and baby food by age, school snacks, dog food, household chemicals and the usual staples, typed
with exact brands, pack sizes and counts, hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_sa.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_sa.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fsa01, fsa02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_sa.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_sa.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (16, "консервы для собак 400г подешевле", "влажный корм для собак подешевле"),
]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 the four things bought every week
    ("памперсы pampers 4 размер 2 упаковки, агуша творожок 3.9 шесть штук, педигри 2.2 кг, фэйри 900 мл", [
        ("памперсы pampers 4 размер 2 упаковки", {
            "pyaterochka": [],
            "magnit": ["53ba3d65f3"],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers taped diapers of size 4 = Maxi: Магнит «PAMPERS Актив Бейби Макси, 70 шт» (outside knowledge: Pampers "
           "Maxi is size 4); «2 упаковки» is a count; other Pampers sizes (Ньюборн 1, мини 2, Миди/Миди Джамбо 3, Джуниор 5, "
           "Экстра Лардж 6), Pampers pants («Трусики»/«Трусики-подгузники» 4 Макси -- another form; the same household "
           "writes pants as «трусики памперс пантс»), Pampers wet wipes, Huggies/Merries/Nani diapers excluded; no "
           "diapers in the other chains"),
        ("агуша творожок 3.9 шесть штук", {
            "pyaterochka": [],
            "magnit": ["1000109125", "1812432013", "1812432015", "1812432014", "1000564007", "8000049983"],
            "dixy": [],
            "perekrestok": ["2137027", "69726"],
        }, "Агуша children's curd («Творог детский Агуша») of exactly 3.9 %, any flavour (Злаки, Груша, Черника, Яблоко-банан, "
           "Клубника, Малиновый пломбир, Персик) -- Агуша's 3.9 % line is the fruit line, the plain «Классический» is 4.5 %, "
           "so the written 3.9 names the fruit curds; «шесть штук» is a count; Агуша Классический 4.5 %, Засыпай-ка "
           "3.8 %, Малина-Черника 4 %, Фрутоняня/Мама Лама/Растишка curds and Агуша yoghurts, kefir, ryazhenka excluded"),
        ("педигри 2.2 кг", {
            "pyaterochka": [],
            "magnit": ["635a090395", "5f419d7ce3"],
            "dixy": [],
            "perekrestok": [],
        }, "Pedigree dry food in 2.2 kg bags for adult dogs (beef; adult and adult small breeds); the pack size is "
           "respected, so Pedigree 13 kg and 80-85 g wet food are excluded; Pedigree «для щенков» 2.2 kg excluded -- a "
           "brand without qualifier means the classic (adult) food and the household has a grown dog (judgement); "
           "Pyaterochka's Pedigree Dentastix is a treat"),
        ("фэйри 900 мл", {
            "pyaterochka": [],
            "magnit": ["186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "bbb10983dd"],
            "dixy": ["2000274013", "2000591971"],
            "perekrestok": [],
        }, "Fairy dish-washing liquid in 900 ml bottles, any scent (Жасмин и алоэ, Пьюр&Клин, Ромашка, Чайное дерево, "
           "Сочный лимон, Platinum Арбуз); other sizes (430/450/650 ml, 1.35 l) and Fairy dishwasher tablets excluded; "
           "Perekrestok has Fairy only in 430/450 ml"),
    ]),
    # L02 dairy, bread, eggs
    ("молоко домик в деревне 3.2% 2 бутылки\nбородинский хлеб буханочку\nяйца с0 десяток на неделю на сырники\nмасло сливочное простоквашино 82.5 две пачки", [
        ("молоко домик в деревне 3.2% 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["8000026015", "1000553875", "8000026014", "1812450001"],
            "dixy": ["2000594992", "2000066819"],
            "perekrestok": [],
        }, "Домик в деревне drinking milk of exactly 3.2 %, pasteurised or UHT, any volume (930 ml-1.9 l); «2 бутылки» is a "
           "count (bottle vs carton is not stated in the titles, not used as a filter); Домик в деревне 2.5 %, «отборное» "
           "(no fat stated / 3.7 %), lactose-free 1.8 %, kefir, cream and other brands' 3.2 % milk excluded"),
        ("бородинский хлеб буханочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3624125"],
        }, "Бородинский bread of any bakery, sliced or not, incl. the half loaf «часть изделия» («буханочку» read as a unit, "
           "as in set vy); trap: BEERKA «Бородинские» croutons and the sausage/frankfurter brand «МД Бородина» excluded"),
        ("яйца с0 десяток на неделю на сырники", {
            "pyaterochka": [],
            "magnit": ["2047000014", "1000247190", "1000247378", "1000247234", "1a8d487cea"],
            "dixy": ["2000326489", "2000269325", "2000212529", "2000284425", "2000601652"],
            "perekrestok": ["4201192", "4201194", "4168688", "4364349", "3392204", "4337164", "3421287", "3914040",
                            "4236458", "4085790", "3182853", "4012802", "4352464", "3356111", "3432532", "2131762"],
        }, "chicken eggs of class С0 (= «отборные»/«отборной категории», Latin «C0/CO» too) in packs of exactly 10; "
           "«на неделю»/«на сырники» are purpose; С1/С2, «высшей категории» (СВ), packs of 6/15/20/30, quail eggs and "
           "mayonnaise «на перепелином яйце» excluded"),
        ("масло сливочное простоквашино 82.5 две пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Простоквашино butter in any chain (Простоквашино milk, kefir, sour cream, curd only); other brands' 82.5 % "
           "butter is not accepted for a named brand"),
    ]),
    # L03 baby food
    ("пюре фрутоняня яблоко с 4 месяцев 5 баночек, кашка nestle гречневая безмолочная с 4 мес, сок агуша яблочный 200 мл 6 шт", [
        ("пюре фрутоняня яблоко с 4 месяцев 5 баночек", {
            "pyaterochka": ["3397865"],
            "magnit": ["68374ad0ee"],
            "dixy": ["T000007148", "2000227782"],
            "perekrestok": [],
        }, "Фрутоняня single-fruit apple puree (Пятёрочка «ФРУТОНЯНЯ Пюре ябл.д/дет.ран.возр.100г», Магнит «Яблочное 100г», "
           "Дикси «Яблоко, с 4 месяцев» 250 g and «Яблоко без сахара с 4 месяцев» 90 g); titles without an age taken as the "
           "same from-4-months apple puree (outside knowledge); «5 баночек» is a count, jar vs pouch is not a filter; "
           "apple-peach, apple-banana, apple-blackberry-biscuit, apple-cream purees, Фрутоняня apple juice and Heinz/Агуша "
           "purees excluded"),
        ("кашка nestle гречневая безмолочная с 4 мес", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000291139"],
            "perekrestok": [],
        }, "Дикси «Каша гречневая Nestle, безмолочная, 200 г» (outside knowledge: Nestlé's dairy-free buckwheat is a "
           "first-feeding porridge from 4 months); Nestle buckwheat «с курагой, молочная», Флёр Альпин dairy-free "
           "buckwheat (another brand), Hipp dairy-free oat, Агуша/Фрутоняня milk-buckwheat porridges excluded"),
        ("сок агуша яблочный 200 мл 6 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Агуша apple juice in any chain; traps: Агуша «Вода и сок Яблоко-вишня» and «Яблоко-Виноград» "
           "(juice-containing drinks), Агуша компот/морс, Фрутоняня and Добрый apple juices (other brands)"),
    ]),
    # L04 the dog
    ("паучи педигри с говядиной 85г 10 шт\nчаппи сухой 2.5кг\nкосточки для собаки жевательные", [
        ("паучи педигри с говядиной 85г 10 шт", {
            "pyaterochka": [],
            "magnit": ["93ddf1f29b"],
            "dixy": [],
            "perekrestok": [],
        }, "Pedigree wet food with beef in 85 g pouches: Магнит «Корм для собак ПЕДИГРИ говядина, 85г» (outside knowledge: "
           "Pedigree 85 g is a pouch); «10 шт» is a count; Pedigree «говядина-ягненок» and «кролик-индейка» 85 g (other "
           "varieties), the 80 g small-breed pâté trays (beef and chicken; another size and form), Pedigree dry food and "
           "Purina One/Cesar pouches excluded"),
        ("чаппи сухой 2.5кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Chappi in any chain; Pedigree 2.2 kg, Perfect Fit 1.4 kg and Purina One dry food are other brands"),
        ("косточки для собаки жевательные", {
            "pyaterochka": [],
            "magnit": ["6c0dc1c742"],
            "dixy": [],
            "perekrestok": [],
        }, "chew bones for dogs: Магнит TRIOL «Снэк для собак, Кость из жил, 4шт.»; Pedigree Dentastix (dental sticks, not "
           "bones), Мираторг Winner treats (form not stated), TiTBiT «Говядина по-строгановски», the TRIOL dumbbell toy, "
           "dates/olives «с косточкой» and chewing gum/marmalade «жевательные» excluded"),
    ]),
    # L05 school snacks
    ("сок добрый мультифрукт 0.2 десяток, барни медвежонок 6 штук, киндер шоколад т8 две упаковки, чудо питьевой йогурт клубника 2 шт", [
        ("сок добрый мультифрукт 0.2 десяток", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Добрый multi-fruit in 0.2 l anywhere: the pack size is respected and the only Добрый multi-fruit is "
           "Магнит's 1 l nectar; «десяток» here is a count of cartons; Добрый Active Kid 0.2 l (apple, apple-cherry, "
           "apple-peach, apple-raspberry-watermelon) are other flavours; Моя Семья and Сады Придонья multi-fruit are other "
           "brands"),
        ("барни медвежонок 6 штук", {
            "pyaterochka": ["3677543", "3358963", "3276703", "2143824"],
            "magnit": ["ac28fdabe7", "cc28f2014d", "3a53d94c95", "0e65fbf1c1", "5500238e96"],
            "dixy": [],
            "perekrestok": [],
        }, "Медвежонок Барни sponge bears, 150 g boxes, any filling (шоколад, молоко/молочная начинка, банан-йогурт, "
           "сгущенное молоко, клубника-ваниль, Пятёрочка «БАРНИ Пирож.МЕДВ.биск.шок.нач.вк.ор.»): the product has no plain "
           "variant, so the name accepts every filling; «6 штук» is a count; Магнит «МЕДВЕЖОНОК БАРНИ Фан Сэнд» 180 g "
           "(a sandwich biscuit, another product -- judgement) and Kinder/other sponge cakes excluded"),
        ("киндер шоколад т8 две упаковки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000001702"],
            "perekrestok": [],
        }, "Kinder Chocolate T8 = the 100 g pack of 8 bars: Дикси «Шоколад Kinder молочный с молочной начинкой, 100 г» "
           "(outside knowledge: 8 × 12.5 g); Kinder Country 23.5 g, Kinder Сюрприз/Joy eggs, Kinder Maxi King, Pingui, "
           "Молочный ломтик excluded"),
        ("чудо питьевой йогурт клубника 2 шт", {
            "pyaterochka": [],
            "magnit": ["1000201629", "1000080819"],
            "dixy": [],
            "perekrestok": [],
        }, "Чудо drinking yoghurt strawberry (Чудо's strawberry is «Клубника земляника»), 260 g and 680 g; «2 шт» is a count; "
           "Чудо «Йогурт Клубника земляника 2% 290г» (not titled drinking), Чудо milkshakes «Клубника», other Чудо drinking "
           "yoghurt flavours (черника-малина, персик-абрикос, дыня-манго), Чудо curd desserts excluded"),
    ]),
    # L06 pantry
    ("гречка увелка в пакетиках 5х80г, макароны макфа рожки 2 пачки, рис кубань 900г, тушенка говяжья гост 3 банки на макароны", [
        ("гречка увелка в пакетиках 5х80г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000272542"],
            "perekrestok": ["3603166"],
        }, "Увелка buckwheat in boiling bags 5×80 g (Дикси «Крупа Увелка гречневая в пакетах для варки, 5х80 г», Перекрёсток "
           "«Гречка Увелка Экстра, 5х80г»); the pack is respected, so Увелка 8×80 g bags and loose 800 g, Увелка buckwheat "
           "«с грибами» ready meals, Увелка rice in bags and Makfa buckwheat excluded"),
        ("макароны макфа рожки 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Makfa рожки in any chain; other Makfa shapes (перья, ракушки, спирали, улитки, витки, звездочки, вермишель) "
           "and other brands' рожки (Верони, Baisad, Любимые традиции, Шебекинские, Маркет) excluded"),
        ("рис кубань 900г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0042579"],
            "perekrestok": [],
        }, "«кубань» read as the product name: Дикси «Рис Мистраль Кубань круглозерный, 900 г»; Перекрёсток Мистраль Кубань "
           "5×80 g (another pack), Агро-Альянс «элитный кубанский» and Националь «Краснодарский» round rice (other brands' "
           "products -- judgement) excluded"),
        ("тушенка говяжья гост 3 банки на макароны", {
            "pyaterochka": [],
            "magnit": ["738a6cb8b8"],
            "dixy": ["2000192964", "2000415753", "2000302684", "T000000869"],
            "perekrestok": [],
        }, "stewed beef made to ГОСТ: titles that say ГОСТ (Главпродукт высший сорт 338 g, Иван Мясоедов, Мясные ряды, Семейный "
           "бюджет 500 g) plus Дикси «Главпродукт Высший сорт, 338 г», the same product that Магнит titles «ГОСТ» (judgement); "
           "stewed beef without ГОСТ in the title (Богатырская, Великолукский, Русь, Барс Экстра, Совок, Гродфуд, Первым "
           "Делом, Курганский «Стандарт», Перекрёсток Пр!ст), stewed pork, turkey, horse meat excluded"),
    ]),
    # L07 household chemicals
    ("таблетки финиш для посудомойки 60 шт, тайд автомат 3кг порошок, ленор конценрат, туалетка зева 8 рулонов", [
        ("таблетки финиш для посудомойки 60 шт", {
            "pyaterochka": [],
            "magnit": ["b57c035dcb"],
            "dixy": [],
            "perekrestok": [],
        }, "Finish dishwasher tablets in packs of 60: Магнит «FINISH 0% Таблетки для мытья посуды в ПММ 60шт»; Finish 25/30/32/"
           "36/50/70/100 tablets, Finish powder, salt, rinse aid, machine cleaner and Somat/Fairy/Synergetic tablets "
           "excluded"),
        ("тайд автомат 3кг порошок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Tide powder of 3 kg: the pack size is respected and Магнит has Tide automat powder only in 2.4 kg (детский) "
           "and 2.5 kg (Колор); Tide gel capsules and liquid excluded"),
        ("ленор конценрат", {
            "pyaterochka": ["70980"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lenor fabric softener: Пятёрочка «Кондиционер для белья Lenor, скандинавская весна, 2 л» taken as a concentrate "
           "(outside knowledge: Lenor liquid softeners sold in Russia are concentrates, ~30 ml per wash); Ariel powder "
           "«Ленор фреш», Vernel, Synergetic and Frosch softeners excluded"),
        ("туалетка зева 8 рулонов", {
            "pyaterochka": [],
            "magnit": ["be65d013c1"],
            "dixy": [],
            "perekrestok": ["75364"],
        }, "Zewa toilet paper in packs of 8 rolls (Магнит ЗЕВА «Сирень» 8 рулонов, Перекрёсток Zewa Deluxe Персик 8шт); the "
           "pack size is respected, so Zewa 4/6/12 rolls excluded, as are Zewa tissues, handkerchiefs, towels and other "
           "brands (Familia, Soffione, Papia)"),
    ]),
    # L08 the baby's hygiene
    ("влажные салфетки хаггис 2 пачки\nподгузники хаггис элит софт 3 размер\nкрем под подгузник бюбхен тюбик", [
        ("влажные салфетки хаггис 2 пачки", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787"],
            "dixy": [],
            "perekrestok": [],
        }, "Huggies wet wipes: Магнит «HUGGIES Elite Soft Влажн салфетки детские 56шт»; Pampers, Каспер, Аура, La Fresh wipes "
           "excluded"),
        ("подгузники хаггис элит софт 3 размер", {
            "pyaterochka": [],
            "magnit": ["2405525a2c"],
            "dixy": [],
            "perekrestok": [],
        }, "Huggies Elite Soft taped diapers size 3: Магнит «Подгузники HUGGIES® Elite Soft 3 (5-9кг), 72шт.»; Elite Soft "
           "sizes 1/2/4/5, Huggies Ультракомфорт, and the pants «Трусики-подгузники HUGGIES Elite Soft, 3» (another form) "
           "excluded"),
        ("крем под подгузник бюбхен тюбик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Bübchen products in any chain; Baby Boom children's cream-soap and other creams excluded"),
    ]),
    # L09 the baby's feeding
    ("смесь nan 2 optipro 800г, пюре gerber брокколи с 4 мес 3 шт, вода детская фрутоняня 1.5л 2 бутылки", [
        ("смесь nan 2 optipro 800г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no infant formula at all in the recorded offers (no NAN, Nutrilon, Малютка, Similac)"),
        ("пюре gerber брокколи с 4 мес 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Gerber broccoli puree; traps: Перекрёсток Gerber «Только цветная капуста с 4 месяцев» and cauliflower-potato "
           "(another vegetable), Магнит «Пюре ФРУТОНЯНЯ, Брокколи» (another brand), Gerber meat purees and bars"),
        ("вода детская фрутоняня 1.5л 2 бутылки", {
            "pyaterochka": [],
            "magnit": ["162ec6aa1d"],
            "dixy": [],
            "perekrestok": [],
        }, "Магнит «Вода питьевая ФРУТОНЯНЯ, детская, 1,5л»; the 5 l Фрутоняня water (another pack), Черноголовка Бэйби, "
           "Кидси, Аквалайн children's water and Агуша «вода и сок» excluded"),
    ]),
    # L10 hot dogs and sandwiches
    ("сосиски останкино молочные 2 пачки, сыр российский кусок граммов на 400, кетчуп хайнц томатный 800г дой-пак, майонез слобода 67 процентов 400 мл", [
        ("сосиски останкино молочные 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Останкино «Молочные» frankfurters: Останкино has only «Филейные» (Дикси) and «сливочные» (Перекрёсток), and "
           "«Папа Может» Сочные (ОМПК) is another line; other brands' «Молочные» (Дымов, Вязанка, Велком, Мираторг, Клинский, "
           "Великолукский…) excluded"),
        ("сыр российский кусок граммов на 400", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese as a piece, any weight or by weight (Брест-Литовск 200 g, Вкуснотеево 200 g, Моя цена весовой, "
           "Белебеевский 190 g, Тендер, Зелёная Линия весовой, Пр!ст кусок 200 g); «граммов на 400» is the quantity of a "
           "cut/weighed good, not a pack; Брест-Литовск «слайсами» (the user wrote «кусок») and Магнит «Продукт "
           "По-Российски … на основе растительного жира» excluded"),
        ("кетчуп хайнц томатный 800г дой-пак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4274973"],
        }, "Heinz tomato ketchup 800 g: Перекрёсток «Кетчуп Heinz томатный, 800г» (outside knowledge: Heinz 800 g is the "
           "doy-pack); Heinz tomato 320/350/460/550 g (other packs), Heinz Острый/Итальянский 800 g (other varieties), "
           "Heinz Pikador and other Heinz ketchups excluded"),
        ("майонез слобода 67 процентов 400 мл", {
            "pyaterochka": [],
            "magnit": ["1000233673"],
            "dixy": ["2000135999"],
            "perekrestok": ["3636361", "3335647", "2108609", "3674577"],
        }, "Слобода mayonnaise 67 % in the 400 pack, any variant (Провансаль, оливковый, на перепелиных яйцах, Зелёная Дача с "
           "маслом авокадо); Перекрёсток titles the same pack «400г» (accepted as the 400 pack); 94-375 g / 100-230 ml / "
           "650-800 ml packs, Слобода «Постный» 56 % and other brands' 400 ml mayonnaise excluded"),
    ]),
    # L11 dairy run
    ("кефир простоквашино 2.5% литровый, творог 5% пачки три, сметана домик в деревне 15% стаканчик 300г, ряженка 4% литр", [
        ("кефир простоквашино 2.5% литровый", {
            "pyaterochka": [],
            "magnit": ["1899800689"],
            "dixy": ["ЦТ0028202"],
            "perekrestok": ["2093082"],
        }, "Простоквашино kefir 2.5 % in the litre bottle (930 g / 930 ml, the brand's litre pack); Простоквашино 1 % and "
           "3.2 % kefir, the «Кефирный коктейль» with strawberry and other brands' 2.5 % kefir excluded"),
        ("творог 5% пачки три", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908", "1000441658",
                       "8000030462", "1000377235", "1000512632", "1720c2be05", "9aeeb10b64", "c7f0f0e5ec", "2400019178",
                       "1000372786", "1000475531", "1000572167", "1000208909", "1079990193", "1000306424", "1000224037",
                       "1000453157", "1000426473", "161690c563", "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052", "2000227595",
                     "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4050943", "4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116",
                            "4274201", "3279582", "3617778"],
        }, "plain cottage cheese of exactly 5 %, any brand and pack, crumbly or soft («мягкий»/«нежный»), from baked milk, "
           "lactose-free (Parmalat) and the plain children's «Биотворог детский 5%» (as children's milk counts as milk); "
           "«пачки три» is a count; other fat levels (0-4.5, 5.5, 9, 18 %), granular curd in cream («зерненый», «101 Зерно», "
           "Зелёная Линия «Зёрнышко» -- taken as granular), curd with raisins/jam/fruit, Растишка/Агуша/Мама Лама curds and "
           "«творожный продукт/десерт» excluded"),
        ("сметана домик в деревне 15% стаканчик 300г", {
            "pyaterochka": [],
            "magnit": ["1000237597"],
            "dixy": ["2000220967"],
            "perekrestok": [],
        }, "Домик в деревне sour cream 15 % in the 300 g pack; 450 g (the only Перекрёсток Домик sour cream), 10/20/25 % and "
           "other brands excluded; «стаканчик» cannot be checked from the titles and is not a filter"),
        ("ряженка 4% литр", {
            "pyaterochka": [],
            "magnit": ["1000371474"],
            "dixy": [],
            "perekrestok": [],
        }, "ряженка of exactly 4 % in the litre-class pack: Магнит «Из Молока Нашей Дойки 4% 900г» (900 g taken as the "
           "litre pack, as 930 ml kefir is «литровый»); Большая кружка 4 % 500 g and 800 g (smaller packs -- judgement), "
           "ряженка of 2.1-3.2 %, flavoured and children's ряженка excluded"),
    ]),
    # L12 soup and mash
    ("курочка целая тушка на суп\nкартохи кило 3 на пюре\nморковка кило на суп\nлучка репчатого пару кило на зажарку", [
        ("курочка целая тушка на суп", {
            "pyaterochka": [],
            "magnit": ["f8e8bcfe75"],
            "dixy": [],
            "perekrestok": [],
        }, "a whole raw chicken: Магнит «Тушка цыпленка-бройлера ПЕТРУХА охлажденная, 1кг»; «цыплёнок табака» (flattened, "
           "Петруха in marinade and Своя chilled -- another cut), chicken parts, duckling, fish «тушка» and canned chicken "
           "excluded"),
        ("картохи кило 3 на пюре", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0028521", "2000582631", "2000003215", "2000321309"],
            "perekrestok": ["769", "2083095", "3987", "4342860", "3142878", "3142879", "3074469", "43968", "3092450",
                            "4265670"],
        }, "fresh potatoes of any kind and pack (loose, net, washed, red, baby 2 kg, «для варки»/«для жарки» 3 kg, «гигант», "
           "«Чик-Чик» 1 kg taken as fresh as in set vy); «кило 3» is a quantity and «на пюре» a purpose; batata, boiled "
           "peeled, fried, frozen chips and Магнит «Картофель АЙДАХО (СП ГМ) 100г» (a ready dish) excluded"),
        ("морковка кило на суп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["19345", "3368256", "60529", "4299784", "3463356"],
        }, "fresh carrots of any pack (loose, washed, 200 g-1 kg, mini 250 g); «кило» is a quantity; cooked peeled carrots "
           "(Дмитровские Овощи «варёная»), cabbage-carrot mixes, Korean carrot, juices, purees and pet food excluded"),
        ("лучка репчатого пару кило на зажарку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onions, loose, net, packed or peeled, incl. Перекрёсток «Лук репчатый красный» (the title calls it "
           "репчатый; no colour was written); «пару кило» is a quantity; dried/ground onion (Kotanyi, Айдиго), onion "
           "rings snacks and Лукашинские goods excluded"),
    ]),
    # L13 fruit and vegetables
    ("бананы для малой, яблоки зеленые кило для малыша, груши конференция штук 5, огурчики на салат кило", [
        ("бананы для малой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (Дикси «Бананы спелые», Перекрёсток «Банан», «Бананы Био», «Бананы красные»); «для малой» is a "
           "purpose; dried/sun-dried bananas, «Бананы для жарки» (plantains, as in set g) and banana-flavoured goods "
           "excluded"),
        ("яблоки зеленые кило для малыша", {
            "pyaterochka": [],
            "magnit": ["18871c6e60"],
            "dixy": ["10E0076186"],
            "perekrestok": ["3366327", "4097664", "4047567", "4194478", "4152180", "3171926"],
        }, "fresh green apples: Гренни Смит, «Яблоки зелёные/зеленые» (loose and packed) and Симиренко (outside knowledge: "
           "a green variety); «кило» is a quantity; Голден/Гольден (yellow), Муцу, red varieties, apples of unstated colour "
           "(Садовые, Кубанские, ранние, фасованные…) and trap «Яблоки Органика Зелёная Линия» (Зелёная Линия is the "
           "brand, not the colour) excluded"),
        ("груши конференция штук 5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0024100"],
            "perekrestok": ["4370829"],
        }, "fresh pears of the Conference variety (Дикси «Груша Конференц», Перекрёсток «Груша конференция Россия»); «штук 5» "
           "is a quantity; other pear varieties, pear purees/juices/flavoured goods excluded"),
        ("огурчики на салат кило", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "2098997", "3301324", "3255111", "2088998", "4072", "44569", "3632205", "2131726"],
        }, "fresh cucumbers of any type and pack (гладкие, длинноплодные, колючие, короткоплодные, Бакинские 300 g; Дикси "
           "«Огурцы корнишоны, в упаковке, 300 г» and Перекрёсток «Огурцы Хрустящие» taken as fresh, as in set vy); «кило» "
           "is a quantity; pickled, salted and jarred cucumbers and gherkins (6 соток, Дядя Ваня, Globus, Лукашинские…) and "
           "everything with the stem inside «йогурт» excluded"),
    ]),
    # L14 bathroom
    ("шампунь детский джонсонс без слез, зубная паста детская сплат, мыло детское самое дешевое, гель для душа палмолив 250 мл", [
        ("шампунь детский джонсонс без слез", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Johnson's shampoo in any chain (only Johnson's Baby soap); Baby Boom and «Гонки» children's shampoos and Бэбл "
           "shampoo-gel are other brands"),
        ("зубная паста детская сплат", {
            "pyaterochka": [],
            "magnit": ["6aa3b9d65b", "be146bf29a", "cb6a253762", "c0230164e2"],
            "dixy": [],
            "perekrestok": ["4310519"],
        }, "Splat children's toothpastes of any age and flavour (Джуниор 6-11, Джуси, Кидс 2-6, Juicy Lab); Splat adult "
           "pastes (Daily, Professional, Ликвум-гель), Splat toothbrushes, rinses and floss and Synergetic children's "
           "paste excluded"),
        ("мыло детское самое дешевое", {
            "pyaterochka": ["2051922"],
            "magnit": [],
            "dixy": ["2000605356", "2000605355"],
            "perekrestok": [],
        }, "children's soap, bar or liquid (Пятёрочка Johnson's Baby soap 100 g, Дикси Baby Boom детское крем-мыло and "
           "жидкое мыло 500 ml); «самое дешевое» is a wish, not a filter; ordinary and family soaps («для всей семьи», "
           "банное) and Baby Boom shampoo excluded"),
        ("гель для душа палмолив 250 мл", {
            "pyaterochka": [],
            "magnit": ["fcfc8492ea", "02ea799c6d", "fb9c80c277", "056095b61f", "c8870b453a", "ae24cd3ee0", "b2be06e3a0",
                       "d6e59761cf", "a4d6d8f2fb"],
            "dixy": [],
            "perekrestok": ["3505877", "3664431"],
        }, "Palmolive shower gels of 250 ml, any variant (Твой массаж, Super Food, Бережный уход, Роскошь масел, Гурмэ Спа "
           "Шоколадная вуаль, Men 2-in-1/3-in-1, Спорт 3-in-1); 750 ml gels, Palmolive «Мусс» Гурмэ Спа (a mousse), "
           "Palmolive soaps and the gift set excluded"),
    ]),
    # L15 breakfast for the kids
    ("несквик какао 500г пакет, хлопья несквик шарики 2 пачки, молоко 2.5 для каши 2 литра, печенье юбилейное молочное 2 пачки", [
        ("несквик какао 500г пакет", {
            "pyaterochka": ["3420547"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Nesquik cocoa drink powder 500 g: Пятёрочка «NESQUIK Напиток быстрораств.с какао 500г» (outside knowledge: "
           "the 500 g Nesquik is the soft pack); no other Nesquik cocoa; other cocoa brands excluded"),
        ("хлопья несквик шарики 2 пачки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Nesquik cereal in any chain; Кузя Лакомкин, Любятово, Увелка corn flakes and «Шарики Ухтышки» are other "
           "brands"),
        ("молоко 2.5 для каши 2 литра", {
            "pyaterochka": [],
            "magnit": ["1051242602", "1000143306", "1812450029", "cfca1c1906", "ef94b89629", "1000418036", "8000029029",
                       "1000563706", "1000035016", "1000037901", "1000445487", "8000058293"],
            "dixy": ["2000024178", "2000546311", "2000263555", "2000313238", "2000511374", "2000273384", "2000600212"],
            "perekrestok": ["4316451", "4250778", "4153927", "4310700", "4137916", "4244153", "3431582"],
        }, "drinking cow milk of exactly 2.5 %, any brand, pasteurised or UHT, any volume, incl. Агуша children's milk 2.5 % "
           "(children's milk counts, as in all sets); «2 литра» is a quantity, «для каши» a purpose; топлёное (Зелёная "
           "Линия 2.5 %), kefir/ryazhenka/yoghurt 2.5 % and butter of «…молоко» brands excluded"),
        ("печенье юбилейное молочное 2 пачки", {
            "pyaterochka": [],
            "magnit": ["68b382d22e"],
            "dixy": [],
            "perekrestok": [],
        }, "Юбилейное «Молочное» biscuits: Магнит «Печенье ЮБИЛЕЙНОЕ, Молочное, витаминное, 112г»; Юбилейное «Витаминное "
           "молочное с глазурью» 232 g (the glazed variant, another product -- judgement), Юбилейное традиционное and "
           "овсяное, Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» coffee excluded"),
    ]),
    # L16 the dog again
    ("педигри денталстикс для средних собак, роял канин медиум эдалт 3 кг, влажный корм для собак подешевле", [
        ("педигри денталстикс для средних собак", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the only Dentastix is Пятёрочка «Лакомство для собак Pedigre Dentastix, 45 г» -- outside knowledge: 45 g is the "
           "pack for small dogs (medium dogs' Dentastix is 77 g), so it is excluded; Мираторг Winner «для собак сред пород» "
           "treats are another brand"),
        ("роял канин медиум эдалт 3 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Royal Canin in any chain; Perfect Fit «средних и крупных пород» 1.4 kg, Pedigree and Purina One dry food are "
           "other brands"),
        ("влажный корм для собак подешевле", {
            "pyaterochka": [],
            "magnit": ["29c8e3ff37", "4051471852", "b4a9c6d2c0", "d23d6a5e3a", "93ddf1f29b", "d79df2ed60", "e2d41a7149",
                       "d043b38106", "d807de44a4", "c10a3d762f", "6d20512d93"],
            "dixy": ["2000575411", "2000372875", "2000337213"],
            "perekrestok": ["4066610", "4282949", "4282950"],
        }, "REPLACEMENT item (blind text «консервы для собак 400г подешевле»; no dog food tin of 400 g in any chain, and the "
           "whole list was empty everywhere): wet dog food of any brand -- Pedigree 85 g pouches and 80 g pâtés (one title "
           "spelled with a Latin «K»), Purina One Mini 85 g (Магнит titles without «влажный» taken as the same wet pouches "
           "that Дикси titles «влажный … в подливе»), Cesar 80-85 g; «подешевле» is a wish; dry food (Pedigree 2.2/13 kg, "
           "Purina One 600 g/1.5 kg, Perfect Fit 1.4 kg), Winner Meat 500 g (form not stated), TiTBiT «Говядина "
           "по-строгановски» (a treat -- judgement), Dentastix and other treats, and cat food excluded"),
    ]),
    # L17 tea time
    ("чай гринфилд черный 100 пакетиков, кофе якобс монарх 190 г, рафинад сахар коробочку на неделю, овсяное печенье детям к чаю", [
        ("чай гринфилд черный 100 пакетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000289445"],
            "perekrestok": ["3378336", "2147890"],
        }, "plain Greenfield black tea in boxes of 100 bags (English Edition, Kenyan Sunrise, Золотой Цейлон); flavoured "
           "Greenfield black teas (Earl Grey Fantasy 100 bags, Spring Melody 100 bags, Christmas Mystery, Currant&Mint) "
           "excluded like flavoured milk for «молоко» (as in set vy); 25-bag boxes, loose tea and Greenfield Spirit Mate "
           "excluded"),
        ("кофе якобс монарх 190 г", {
            "pyaterochka": [],
            "magnit": ["01f9dd25ee"],
            "dixy": [],
            "perekrestok": [],
        }, "Jacobs Monarch in the 190 g pack: Магнит «Кофе JACOBS Монарх растворимый, 190г»; Monarch 75/95/150 g, ground 230 g, "
           "beans 230/800 g, Monarch Intense, Gold and Millicano and Monarch ground coffee in Дикси/Перекрёсток excluded"),
        ("рафинад сахар коробочку на неделю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000350151"],
            "perekrestok": ["4092763"],
        }, "white refined lump sugar (Дикси «Сахар Чайкофский кусковой 250г», Перекрёсток «Сахар Русский Сахар белый "
           "кусковой категории экстра, 1кг»); «коробочку» and «на неделю» are a unit and a purpose; brown cane lump sugar "
           "(Мистраль, Маркет, Market Collection -- unrefined), granulated Магнит «Сахар-песок ЧАЙКОФСКИЙ, "
           "Рафинированный» and cane crystal sugar excluded"),
        ("овсяное печенье детям к чаю", {
            "pyaterochka": ["3613448", "3613445"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000351526", "2000214298", "2000325940", "2000235792", "2000225711", "2000529080", "2000349045",
                     "2000535032"],
            "perekrestok": ["3681160", "3681278", "4032428", "4283932", "4315655", "4284221",
                            "3438892", "4123144", "4024594", "3218321", "3412681", "3505244", "3901907", "3951119",
                            "2023501", "4258982", "4113987", "4251005", "3603607", "3613445", "3663100", "3613448"],
        }, "plain oatmeal biscuits of any brand and pack, incl. multi-cereal «Злаковое ассорти»/«5 злаков», постное, "
           "Фрутоняня children's oat biscuits, Юбилейное «Овсяное с овсяными хлопьями», Таруска «Овсянка на горчичном масле»; "
           "«детям к чаю» is a purpose; Перекрёсток «Печенье Изюминка овсяное» (loose and 300 g: the name suggests raisins "
           "and the title does not say plain -- judgement), oat biscuits with raisins, chocolate, glaze, honey, nuts, sesame, apple-cinnamon, cranberry, apricot/candied "
           "fruit, special-diet ones (на мальтите/сорбите/фруктозе, стевия, безглютеновое, protein) and the puree/yoghurt "
           "«с овсяным печеньем» excluded"),
    ]),
    # L18 the baby and the kids
    ("трусики памперс пантс 5 размер, салфетки влажные детские без отдушки, ватные палочки детские с ограничителем 2 уп", [
        ("трусики памперс пантс 5 размер", {
            "pyaterochka": [],
            "magnit": ["d46118869f", "e71b4f2565", "fa26f024d1", "3992ccd362"],
            "dixy": [],
            "perekrestok": [],
        }, "Pampers pants of size 5 = Junior (12-17 kg): «Трусики PAMPERS® Премиум Кеа, 5 Джуниор», «Трусики-подгузники "
           "PAMPERS® 5 Junior», «Трусики PAMPERS®, Джуниор» 48 and 15 шт (outside knowledge: Pampers Junior is size 5); "
           "Pampers pants Миди/Макси/Экстра Лардж/17+, Pampers taped diapers, Huggies/Merries/Nani pants excluded"),
        ("салфетки влажные детские без отдушки", {
            "pyaterochka": [],
            "magnit": ["d50c79a365"],
            "dixy": [],
            "perekrestok": [],
        }, "children's wet wipes without fragrance: Магнит «Салфетки влажные PAMPERS® Аква Пьюр детские, 48шт.» (outside "
           "knowledge: Aqua Pure is sold as fragrance-free); children's wipes whose titles do not say fragrance-free and "
           "that are not known to be (Huggies Elite Soft, Pampers New Baby, Pampers Kids hygiene, Каспер), scented "
           "(Аура с ромашкой, La Fresh зелёный чай) and non-children's wipes excluded"),
        ("ватные палочки детские с ограничителем 2 уп", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no children's cotton buds with a stopper; Магнит «Ватные палочки Я САМАЯ, 300штук» and «д/макияжа» are ordinary "
           "cotton buds"),
    ]),
    # L19 quick dinners
    ("пельмени сибирская колекция 700г, вареники с картошкой пачку на ужин малым, наггетсы куриные детям на ужин, пиццу замороженую 2 шт", [
        ("пельмени сибирская колекция 700г", {
            "pyaterochka": [],
            "magnit": ["22f7803aca", "d6fdebf3e4"],
            "dixy": ["2000558274", "2000565192"],
            "perekrestok": [],
        }, "Сибирская коллекция pelmeni of 700 g, any variety (Новосибирские, фирменные, с мраморной говядиной, Сочные со "
           "сливочным маслом); the typo «колекция» is the same brand; Цезарь «Гордость Сибири», Мираторг, Горячая штучка and "
           "other brands' pelmeni excluded"),
        ("вареники с картошкой пачку на ужин малым", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000364412"],
            "perekrestok": [],
        }, "vareniki with a potato filling: Дикси Цезарь «с картофелем и жареным лучком» (fried onion is the usual part of a "
           "potato filling); potato-and-mushroom (Первым делом, Сытый папа) and potato-and-spinach (Цезарь, Перекрёсток) "
           "fillings are other varieties; cherry and cheese-spinach vareniki excluded"),
        ("наггетсы куриные детям на ужин", {
            "pyaterochka": [],
            "magnit": ["a36ebb7d8a", "fd1fdcfdd7"],
            "dixy": [],
            "perekrestok": [],
        }, "chicken nuggets: Мираторг «НАГГЕТСЫ КУРИНЫЕ Хрустящие» and «Наггетсы ЗОЛОТОЙ ПЕТУШОК, традиционные» (Золотой "
           "Петушок is a chicken brand -- outside knowledge); Индилайт turkey nuggets and chicken medallions/strips "
           "excluded"),
        ("пиццу замороженую 2 шт", {
            "pyaterochka": ["3482556"],
            "magnit": ["6ac714280b", "a3ef730a3c", "2fa3e5ac5d"],
            "dixy": [],
            "perekrestok": ["4216530", "4327678"],
        }, "frozen pizza of any kind: Dr.Oetker Ristorante, Ла Траттория 335 g and Цезарь 420 g (Магнит), Zotman Ice and "
           "Market Collection «Пицца Римская» (Перекрёсток) -- none of these titles says «замороженная»; they are taken "
           "as frozen from the brands' formats (outside knowledge); «2 шт» is a count; Горячая штучка «Чебупицца» (a "
           "snack in dough), pizza cheese and sauces excluded"),
    ]),
    # L20 breakfast for the kids
    ("кукурузные хлопья детям на завтрак, молоко агуша детское 3.2 4 шт, растишка йогурт 4 шт, творожок даниссимо 5 шт", [
        ("кукурузные хлопья детям на завтрак", {
            "pyaterochka": [],
            "magnit": ["12df5755fb"],
            "dixy": [],
            "perekrestok": [],
        }, "plain corn flakes: Магнит «Хлопья кукурузные ЛЮБЯТОВО, 600г»; honey, glazed and cinnamon-honey corn flakes "
           "(Любятово медовые, Магнит мед, Увелка с медом, Кузя Лакомкин глазированные, Extra Golden) excluded as flavoured; "
           "«детям на завтрак» is a purpose; chocolate with corn flakes and Cheetos excluded"),
        ("молоко агуша детское 3.2 4 шт", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000172272"],
            "dixy": [],
            "perekrestok": [],
        }, "Агуша children's milk 3.2 % of any pack (500 g/500 ml/925 ml); «4 шт» is a count; Агуша 2.5 % milk, Агуша "
           "kefir/ryazhenka/yoghurt and other brands' children's milk (Тёма, Аммм, Зелёная Линия) excluded"),
        ("растишка йогурт 4 шт", {
            "pyaterochka": ["3463087"],
            "magnit": ["1059990444", "1000211109", "8000022363", "1000559788", "1000568730", "1000334603"],
            "dixy": ["2000280864"],
            "perekrestok": ["4023796", "4341332", "3629034", "4356575"],
        }, "Растишка yoghurts, spoonable and drinking, any flavour (Растишка has no plain yoghurt); «4 шт» is a count; Растишка "
           "milkshakes and curds excluded"),
        ("творожок даниссимо 5 шт", {
            "pyaterochka": [],
            "magnit": ["2400019154", "1829990038", "1899800045", "1000559790", "1000011186", "8000037272", "1000571387",
                       "1000323264", "8000062178", "1000173275"],
            "dixy": ["2000596141", "2000599674", "DI00079718", "2000003585"],
            "perekrestok": ["78358", "2131371", "4192612"],
        }, "Даниссимо curd products («продукт творожный», «творожный десерт», Дикси «Творожок Даниссимо»), any flavour; "
           "«5 шт» is a count; trap: Даниссимо «Фантазия» and «с хрустящими шариками» yoghurts (titled «Йогурт») excluded"),
    ]),
    # L21 school and the weekend
    ("чипсы лейс сметана и зелень 2 пачки, сухарики три корочки в школу пару пачек, кока-колу 2л 2 бутылки на выходные, сок рич апельсиновый 1л", [
        ("чипсы лейс сметана и зелень 2 пачки", {
            "pyaterochka": ["3453321"],
            "magnit": [],
            "dixy": ["2000001186", "ЦТ0036304", "2000325823"],
            "perekrestok": [],
        }, "Lay's «Сметана и зелень» of any pack (225, 140, 70 g, and Дикси's 37 g sold «Зеленый лук/Сметана и зелень/Краб» in "
           "assortment, accepted because that flavour is one of the packs); «2 пачки» is a count; Lay's «Сметана и лук», "
           "«Белые грибы со сметаной», Молодой зеленый лук and other flavours excluded"),
        ("сухарики три корочки в школу пару пачек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no «Три корочки» croutons in any chain; Воронцовские, Хрусteam, Take It, ОГО and sweet rusks are other brands"),
        ("кока-колу 2л 2 бутылки на выходные", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Coca-Cola in 2 l: the pack size is respected and Пятёрочка has only 0.33 l cans (one sugar-free); Добрый кола, "
           "Черноголовка Кола, Funky Monkey cola and Pepsi are other brands"),
        ("сок рич апельсиновый 1л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814"],
            "perekrestok": [],
        }, "Rich orange juice 1 l: Дикси «Сок Rich апельсиновый, 1 л»; Rich apple/tomato juices, Rich nectars, tonics and "
           "iced teas, and other brands' orange juice (J7, Я, Добрый nectar) excluded"),
    ]),
    # L22 baby food again
    ("кашка фрутоняня молочная рисовая с 4 мес, печенье детское хайнц с 6 мес, пюрешки фрутоняня груша", [
        ("кашка фрутоняня молочная рисовая с 4 мес", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Фрутоняня milk rice porridge from 4 months: Магнит's Фрутоняня «Молочно-рисовая каша с 6 месяцев» 200 ml and "
           "«с малиной» are a ready liquid porridge for another age (the written age is respected); other Фрутоняня "
           "porridges and Агуша rice porridges excluded"),
        ("печенье детское хайнц с 6 мес", {
            "pyaterochka": ["3648884"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz baby biscuits: Пятёрочка «… растворим печенье Heinz Детское печеньице 160гр» (outside knowledge: Heinz "
           "«Детское печеньице» is from 6 months); Фрутоняня children's oat biscuits (another brand), Heinz porridge and "
           "purees excluded"),
        ("пюрешки фрутоняня груша", {
            "pyaterochka": [],
            "magnit": ["078f82bf9e"],
            "dixy": ["2000227812", "2000234542"],
            "perekrestok": [],
        }, "Фрутоняня single-fruit pear puree (Магнит «Груша натуральная, 100г», Дикси «Груша, с 4 месяцев» 100 g and 90 g); "
           "Фрутоняня pear-apple 250 g (another puree), Фрутоняня pear juice and other brands excluded"),
    ]),
    # L23 cleaning day
    ("мистер пропер для полов 1л, доместос 1л подешевле, губки для посуды поролоновые упаковка 10 шт, мешки для мусора 60 л 2 рулона", [
        ("мистер пропер для полов 1л", {
            "pyaterochka": [],
            "magnit": ["ae95ec9c5b", "494fcd17ad", "dc08e0632c"],
            "dixy": [],
            "perekrestok": [],
        }, "Mr. Proper floor (and wall) cleaner of 1 l, any scent (Лавандовое спокойствие, Лимон, Питомцы); Mr. Proper 1.5 l "
           "and 500 ml, Mr. Proper sprays and the universal «Лимон/роза» 500 ml excluded"),
        ("доместос 1л подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Domestos of 1 l: the pack size is respected and Магнит has Domestos universal gel only in 750 ml and 1.5 l; "
           "«подешевле» is a wish; the Domestos toilet block and spray are other products"),
        ("губки для посуды поролоновые упаковка 10 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dish sponges in packs of 10: the only dish sponges are Магнит «МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт.» (another pack); "
           "the shoe sponge excluded"),
        ("мешки для мусора 60 л 2 рулона", {
            "pyaterochka": [],
            "magnit": ["bf68e14036"],
            "dixy": [],
            "perekrestok": [],
        }, "60 l rubbish bags: Магнит «Мешки для мусора МАГНИТ НУЖНЫЕ ВЕЩИ Био ушки 60л, 20шт.»; «2 рулона» is a count"),
    ]),
    # L24 pasta night
    ("фарш говяжий полкило на макароны по флотски, спагетти барилла n5 пачку, томатная паста помидорка баночку, сыр пармезан получше", [
        ("фарш говяжий полкило на макароны по флотски", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000322809", "2000207953"],
            "perekrestok": ["4288090", "4013", "4357432"],
        }, "raw beef mince of any pack or by weight (Мираторг, Иван Мясоедов, Перекрёсток весовой, Хороший Кусок «из "
           "говядины»); «полкило» is a quantity and «на макароны по флотски» a purpose; mixed «домашний/деревенский/"
           "фермерский» mince, pork, turkey and pollock mince excluded"),
        ("спагетти барилла n5 пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000016649"],
            "perekrestok": [],
        }, "Barilla Spaghetti №5: Дикси «Barilla спагетти №5, 450 г»; Barilla Spaghettini №3, Спагеттони, Букатини, Баветте "
           "№13 and other Barilla shapes excluded"),
        ("томатная паста помидорка баночку", {
            "pyaterochka": [],
            "magnit": ["3e333fcf75", "7f508c0006", "2c160abf20"],
            "dixy": ["2000000761"],
            "perekrestok": [],
        }, "Помидорка tomato paste of any pack whose title does not state another form (380 g, 480 ml, 70 g); «баночку» is "
           "read as a unit; the Дикси «саше, 30 г» sachet (explicitly not a jar) excluded, as are Помидорка ketchups and "
           "лечо and other brands' tomato paste"),
        ("сыр пармезан получше", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "1000384143", "0dc02300a0", "b10071458c", "632a4664e6",
                       "1000526832"],
            "dixy": ["2000597551"],
            "perekrestok": ["4345021", "3496416", "3496419", "4300784"],
        }, "parmesan of any brand, piece, weight or grated; «получше» is a wish, not a filter; crem-cheese «из пармезана с "
           "гриссини», ravioli with parmesan and everything «гранат» excluded"),
    ]),
    # L25 sandwiches
    ("колбаса докторская на бутеры грамм 300, батон нарезной один к завтраку, масло вкуснотеево 82.5 пачка, сыр косичка копченая", [
        ("колбаса докторская на бутеры грамм 300", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "352b78741a", "0406a2a7ef", "c9c2b3f600", "6e16b1777a", "89c39c317d",
                       "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "80689e53b3", "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["3385812", "2170372", "3434232", "4312573"],
        }, "Докторская boiled sausage of any brand, pack or by weight, sliced or not (incl. «Докторская Особая» Царицыно and "
           "«Докторская от шефа»); «грамм 300» is the quantity of a cut/weighed good, «на бутеры» a purpose; «Докторские» "
           "frankfurters (Рублёвский) excluded"),
        ("батон нарезной один к завтраку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "the «Нарезной» loaf (Коломенское Нарезной, Пр!ст Нарезной классический, Маркет Нарезной 190 g and «улучшенный»), "
           "sliced or not; «один» is a count, «к завтраку» a purpose; traps: «Батон к завтраку нарезанный Пр!ст» and other "
           "sliced («нарезанный», «нарезка») loaves of other kinds (Молочный, Отрубной, Утренний, Горчичный, Зерновой, Новый, "
           "plain «Батон, 300г») excluded"),
        ("масло вкуснотеево 82.5 пачка", {
            "pyaterochka": [],
            "magnit": ["8000045816", "1000521208"],
            "dixy": ["2000509906", "2000581831"],
            "perekrestok": ["3612778", "4310021"],
        }, "Вкуснотеево butter 82.5 % (Традиционное 180/200/340 g); «пачка» is a count; other brands' 82.5 % butter and "
           "Вкуснотеево cheese/curd/milk excluded"),
        ("сыр косичка копченая", {
            "pyaterochka": [],
            "magnit": ["1000368975", "8000075315"],
            "dixy": [],
            "perekrestok": ["4166737"],
        }, "smoked braided cheese («Косичка копченая», «Чечил косичка копченая»); unsmoked чечил, чечил «спагетти» (also with "
           "dill) and the smoked mackerel «Косичка» excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fsaNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fsa\d\d ===$", line):
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
                    errors.append("fsa%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fsa%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fsa"))
