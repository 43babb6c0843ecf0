#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tp.jsonl -- 25 shopping lists of a household that names goods by their containers and
everyday measures («полторашка колы», «пятилитровка воды», «баклажка», «буханка черного», «кирпичик белого», «батон
нарезного», «пачка масла», «брикет пломбира», «банка горошка», «палка колбасы», «кольцо краковской», «лоток яиц»,
«сетка картошки», «пучок укропа», «вязанка бананов», «пятилитровое ведро майонеза»), mixed with ordinary items,
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tp.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tp.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  A container or
measure word is a quantity or a unit, not a product; it is respected as a pack size only where it names one
(полторашка = 1.5 l, двушка = 2 l, пятилитровка / пятилитровое ведро = 5 l, баклажка = 5-6 l, чекушка = 0.25 l,
литрушка = 1 l, десяток = 10) or a form of the product (брикет / ведёрко of ice cream, кирпичик / буханка of bread,
рожок).  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations,
Latin and Cyrillic brand spellings, ё folded to е) and read one by one; the note of each item records what was
accepted, what was deliberately left out and any judgement that rests on outside knowledge.  An empty list means the
store has nothing acceptable (the item is "missing" there).  The labels were made without reading or running the
tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftp01, ftp02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tp.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tp.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none were.
REPLACED = []

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 вечер у телевизора
    ("полторашку колы, чипсы лейс сметана-лук большую пачку, кириешки пару пачек, семки от мартина большой пакет", [
        ("полторашку колы", {
            "pyaterochka": ["3684633", "4279795"],
            "magnit": ["214541"],
            "dixy": [],
            "perekrestok": ["3684633", "4366963"],
        }, "«полторашка» = a 1.5 l bottle (pack size respected): regular cola of any brand in 1.5 l (Coca-Cola, Pepsi, Cool "
           "Cola, Любимая Кола); 0.25-1 l and 2 l bottles excluded by size; flavoured colas (Coca-Cola Orange/Vanilla, Pepsi "
           "Wild Cherry/Dark Vanilla/Mango, Добрый Cola ваниль) and sugar-free/zero colas (Cool Cola Zero, Добрый Cola без "
           "сахара, Черноголовка Кола без сахара) excluded - «кола» without a qualifier = the classic drink; Pepsi counted as a "
           "cola (its own titles say «Напит.КОЛА»)"),
        ("чипсы лейс сметана-лук большую пачку", {
            "pyaterochka": ["3453318", "4069903"],
            "magnit": ["198921"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's potato chips with sour cream and onion flavour: 225 g packs and Lay's Stax «Нежная Сметана и лук» 140 g; "
           "«большую пачку» is read as a wish, not a size; Lay's «Сметана и зелень» (herbs, not onion), green-onion, crab, "
           "cheese flavours and other brands (Русская картошка, KRACKS, LAVA LAVA) excluded"),
        ("кириешки пару пачек", {
            "pyaterochka": [],
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": [],
            "perekrestok": [],
        }, "Кириешки croutons of any flavour and pack (the brand is the product); Три корочки, Хрусteam, Воронцовские, Клины, "
           "Три Семёрки and other croutons/гренки are other brands; «пару пачек» is a quantity"),
        ("семки от мартина большой пакет", {
            "pyaterochka": ["3669122", "3403508", "3630849"],
            "magnit": ["1000229533"],
            "dixy": [],
            "perekrestok": [],
        }, "«семки» = sunflower seeds, brand От Мартина (отборные, особые, чёрные солёные, с морской солью; all 200 g); «большой "
           "пакет» is read as a wish; От Мартина pumpkin seeds and peanuts, Бабкины, Богучарские, Молодежный, От Атамана seeds "
           "excluded"),
    ]),
    # L02 с утра на неделю
    ("пятилитровку воды\nбуханочку черного\nдесяточек яичек\nпачку масла", [
        ("пятилитровку воды", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "«пятилитровка» = a 5 l bottle (pack size respected): still drinking water in 5 l - Малаховская №1, Архыз «Легенда "
           "Гор» (natural table mineral water), Honey Kid Черноголовская and Аквалайн «Для ляль» (waters sold for babies, still "
           "plain drinking water - judgement); all 0.33-2 l waters excluded by size"),
        ("буханочку черного", {
            "pyaterochka": ["3500217", "3480920"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«черный» = dark rye(-wheat) bread: Даниловский (ржано-пшеничный; the 275 g «Хлеб Даниловский» is the same dark "
           "malt custard bread - outside knowledge); «Хлеб Марьин заварной» (title does not say rye/dark), «Хлеб зерновой, Ржаной "
           "Край» and «Хреб Ржаной Край» (brand only, bread type not stated), хлебцы, гренки, сухарики, батоны excluded; "
           "«буханочка» is a unit"),
        ("десяточек яичек", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs in packs of 10 only («десяток»), any class (С0/С1, «отборные», «Экстра СО», Активита С1 enriched with "
           "selenium and iodine); packs of 6 and 20 and quail eggs excluded; mayonnaise/salads «на перепелином яйце» are traps"),
        ("пачку масла", {
            "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3658095", "3953367"],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "«пачка масла» = a pack of butter of any size and fat (72.5-82.5 %, sweet-cream or sour-cream Президент); chocolate "
           "butter (Экомилк «Масло слив.шок.62%»), margarine «Пышка», spreads, vegetable oils, baby oil and «масло» in "
           "cosmetics/fabric softener excluded"),
    ]),
    # L03 бутерброды
    ("кирпичик белого, палку докторской, сыра российского грамм триста", [
        ("кирпичик белого", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«кирпичик белого» = a brick-shaped (tin) loaf of white wheat bread; no such loaf in any chain - the only white "
           "breads are батоны (Перекрёсток «Батон Нарезной», Пятёрочка «Батон Звездный»), which a shopper asking for a "
           "кирпичик/буханка does not take (judgement); rye-wheat breads, хлебцы and sweet buns excluded"),
        ("палку докторской", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "Докторская boiled sausage of any brand, pack or weighed piece; «палка» is a quantity, so the sliced Ремит pack is "
           "accepted too; Царицыно «ДОК.ОСОБ.ХАЛЯЛЬ» taken as a Докторская (its title abbreviates «Докторская особая»); "
           "Докторские сосиски/сардельки and other boiled sausages (Молочная, Любительская…) excluded; «Мясной дом Бородина» is "
           "a brand, not бородинская"),
        ("сыра российского грамм триста", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "Российский cheese (Брест-Литовск 200 г, Зелёная Линия нарезка 150 г); «грамм триста» is the quantity wanted, not a "
           "pack size; other semi-hard cheeses (Тысяча озёр, Сливочный…), processed cheese and «Российский» chocolate/cognac "
           "excluded"),
    ]),
    # L04 оливье на свадьбу
    ("пятилитровое ведро майонеза на свадьбу, горошка банок пять, кукурузу бондюэль пару банок, палку вареной колбасы на оливье", [
        ("пятилитровое ведро майонеза на свадьбу", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a 5 l bucket of mayonnaise (size respected); the largest mayonnaise on offer is 800 ml, so missing everywhere; "
           "«на свадьбу» is a purpose"),
        ("горошка банок пять", {
            "pyaterochka": ["4043589"],
            "magnit": ["203021", "213651", "111581"],
            "dixy": [],
            "perekrestok": ["82254", "41891", "27460", "4273266", "4345766"],
        }, "canned green peas of any brand and tin size; «банок пять» is a quantity; black-pepper «горошек», dried peas, "
           "Bonduelle corn/beans/olives excluded"),
        ("кукурузу бондюэль пару банок", {
            "pyaterochka": [],
            "magnit": ["213661", "111551"],
            "dixy": [],
            "perekrestok": ["3645521", "16793"],
        }, "canned sweet corn of the brand Bonduelle (incl. «молодая»); Globus, 6 соток, Знак Заботы, Юнона, Heinz corn "
           "excluded; Пятёрочка «Кукуруза сладкая в вакуумной упаковке „Молодая“ ж/б 425мл» names no brand (possibly "
           "Bonduelle) and is excluded; corn sticks, popcorn, corn oil, baby corn cobs excluded"),
        ("палку вареной колбасы на оливье", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790", "3931387",
                            "3385815", "3661283", "3484605", "4091338", "3604158", "3467150", "4038405"],
            "magnit": ["206091", "199341"],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584", "4298091", "4384022", "4384021",
                            "4277253", "4258884", "4277251", "4345579", "4352004", "4322790", "3484605", "4338321"],
        }, "any boiled sausage (Докторская, Любительская, Молочная, Телячья, Языковая, Мясная, Филейная/Филейская, Молокуша, "
           "Сливушка, Молочная Дугушка, plain Мортаделла варёная); «палка» is a quantity, «на оливье» a purpose; Магнит «Колбаса "
           "Вязанка» / «Вязанка, Классическая» 0.5 kg, Пятёрочка «ВЯЗАНКА со шпик.» and Велком «ЯЗЫКОВАЯ кусок» taken as boiled "
           "(outside knowledge; titles do not say «варёная»); smoked, semi-smoked, cooked-smoked sausages and сервелат, "
           "truffle mortadella (flavoured), ham, sausages/сардельки/шпикачки, Cotto, Фермерская and Кремлевская (type not "
           "stated), Балыковая and Бородинская excluded"),
    ]),
    # L05 ленивый ужин
    ("брикет пломбира, пачку пельменей подешевле, полторашку спрайта", [
        ("брикет пломбира", {
            "pyaterochka": ["3955155", "4048085"],
            "magnit": ["ce5f334607"],
            "dixy": [],
            "perekrestok": [],
        }, "plain (vanilla) plombir in a brick: Славино «брикет пломбир Ванильный» 220 г, Сарафаново «пломбир ванильный брикет» "
           "220 г, 48 копеек «Пломбир» flow-pack 210 г (a brick - outside knowledge); «брикет» names the form, so cups, cones, "
           "eskimo and log/«полено» are excluded; 48 копеек with raspberry jam (flavoured) excluded"),
        ("пачку пельменей подешевле", {
            "pyaterochka": ["3622053", "3613537", "3985043", "2024541", "3683249", "3693417", "3693418", "3675532", "3666703",
                            "3613651", "4000407", "3693405", "3671957", "3672557"],
            "magnit": ["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any brand and pack (incl. Горячая штучка «Бульмени»); «подешевле» is a wish; хинкали, "
           "вареники, pelmeni sauce (Calve «д/мяс/кур/пельм.») excluded"),
        ("полторашку спрайта", {
            "pyaterochka": [],
            "magnit": ["213591"],
            "dixy": [],
            "perekrestok": [],
        }, "Sprite in a 1.5 l bottle (size respected); Пятёрочка Sprite 0.9 l and the 0.5 l «лимон, лайм и мята» flavour, "
           "7Up and other lemon-lime drinks excluded"),
    ]),
]
LISTS += [
    # L06 овощи на неделю
    ("сетку картошки\nсетку лука\nпучок укропчика свежего\nпучочек петрушки", [
        ("сетку картошки", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind and pack (loose, 1 kg, 2.5-3 kg packs, washed, red, young, «для варки/жарки»); «сетка» "
           "is a quantity; potato starch, chips, «картофель хрустящий», ready potato dishes, marzipan «Картошка» and herring "
           "«к картошке» excluded"),
        ("сетку лука", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012"],
        }, "fresh bulb onions (репчатый yellow/red/white, Ялтинский, the Магнит «Светофор» mix of three); «сетка» is a "
           "quantity; green onion, shallots (Перекрёсток «Лук Шалот» - a different onion), Перекрёсток «Лук салатный» (title "
           "does not say whether bulb or green), pickled «Луковки», dried onion and onion-flavoured goods excluded"),
        ("пучок укропчика свежего", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill (100 g packs; «пучок» is a unit); dried dill (Восточный гость), the mixed herb sets «петрушка-укроп-лук», "
           "herring «с укропом» and cheese with dill excluded"),
        ("пучочек петрушки", {
            "pyaterochka": [],
            "magnit": ["200411"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh parsley (Магнит 100 g pack); Перекрёсток has parsley only in mixed herb sets «петрушка-укроп-лук» / «Лук, "
           "Укроп и Петрушка» - another product, excluded; cream cheese with parsley excluded"),
    ]),
    # L07 к завтраку
    ("вязанку бананов, лоток яиц, пакет молока 3.2%", [
        ("вязанку бананов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "3639749", "4208494", "4112219"],
        }, "fresh bananas (loose, packed, organic, mini); «вязанка» is a quantity; dried bananas, banana-flavoured yoghurts, "
           "purees, smoothies and cereals excluded"),
        ("лоток яиц", {
            "pyaterochka": ["3446505", "3620510", "3341462"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4202935", "3062835", "3446505", "3341462", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs in any pack (6, 10, 20) and class - «лоток» is a unit, not a size (as the brief says; the 30-egg tray "
           "reading is not used, no 30-packs are on offer anyway); quail eggs and mayonnaise «на перепелином яйце» excluded"),
        ("пакет молока 3.2%", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e", "949b3dd46f",
                            "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a", "b4411ba8d4", "35ac60eec2",
                            "52d96fd806", "885d917850", "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb", "3645807",
                            "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "drinking cow milk of exactly 3.2 % (pasteurised, UHT or sterilised, any pack; children's milk Агуша «от 3 лет», "
           "Маша и Медведь, Сарафаново «детское» included as in the earlier sets); ranges («от 3,2% до 6%», 3.2-4 %, 3.2-4.5 %), "
           "other fats, топлёное, Barista flavoured milk, goat milk, condensed milk and milkshakes excluded; «пакет» is a unit"),
    ]),
    # L08 на дачу
    ("кольцо краковской, баклажку воды на дачу, бородинского буханку целую, горчицу русскую поострее", [
        ("кольцо краковской", {
            "pyaterochka": ["3683406", "3683719", "4025038", "3631119"],
            "magnit": ["160291"],
            "dixy": ["abac436e32"],
            "perekrestok": [],
        }, "Краковская semi-smoked sausage (any pack; «кольцо» is a unit); Дикси «Колбаса По-краковски полукопченая» accepted "
           "as the same sausage under its ТУ name (judgement); Атяшево «Краинская» (a different sausage - trap) excluded"),
        ("баклажку воды на дачу", {
            "pyaterochka": ["3608729", "3635131"],
            "magnit": ["e8574e2cda"],
            "dixy": [],
            "perekrestok": ["3503711"],
        }, "«баклажка» = a large plastic bottle of 5-6 l (size respected): the 5 l still drinking waters (Малаховская №1, Архыз "
           "«Легенда Гор», Honey Kid Черноголовская, Аквалайн «Для ляль» - baby waters taken as plain drinking water, "
           "judgement); no 6 l bottles on offer; all bottles up to 2 l excluded; «на дачу» is a purpose"),
        ("бородинского буханку целую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Бородинский bread in any chain; «ЩЕДРЫЕ Хлебцы тонкие бородинские» (crispbread), Магнит «Колбаса Бородинская», "
           "«Мясной дом Бородина» sausages and Даниловский bread are other products (traps); «целую» (not sliced/half) cannot "
           "matter here"),
        ("горчицу русскую поострее", {
            "pyaterochka": ["3435016"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Русская table mustard (Махеевъ «Горчица РУССКАЯ»); «поострее» is a wish; French mustard with seeds (Global Village), "
           "mustard-flavoured snacks and the mustard sauce in a crouton pack excluded"),
    ]),
    # L09 к пиву
    ("полторашку жигулевского, воблу пару штук, фисташек соленых пакетик", [
        ("полторашку жигулевского", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Жигулёвское beer in a 1.5 l bottle: no Жигулёвское at all in any chain (and the only large beer is Балтика №7 1.35 l); "
           "other beers are other brands, so missing everywhere"),
        ("воблу пару штук", {
            "pyaterochka": [],
            "magnit": ["705f039ea0"],
            "dixy": [],
            "perekrestok": [],
        }, "dried vobla: Магнит «SOLO NINA Вобла вяленая соломка 40г» (vobla cut in strips; «пару штук» is a count, not a form - "
           "judgement); dried tuna and squid snacks excluded"),
        ("фисташек соленых пакетик", {
            "pyaterochka": ["4073982", "3933060"],
            "magnit": ["f692308d66"],
            "dixy": [],
            "perekrestok": [],
        }, "roasted salted pistachios in shell (Джаз 130 г, Восточный гость 150 г, Пятёрочка weighed «обжаренные подсоленные»); "
           "pistachio-flavoured sweets, yoghurts and curd snacks excluded"),
    ]),
    # L10 чай с печеньем
    ("банку сгущенки, пачку чая гринфилд, печенье юбилейное две пачки к чаю, рафинада пачку", [
        ("банку сгущенки", {
            "pyaterochka": ["2123014", "3484257"],
            "magnit": ["109241"],
            "dixy": [],
            "perekrestok": ["3332809"],
        }, "whole condensed milk with sugar (Алексеевское, tin or doy-pack - «банка» is a unit); boiled condensed milk "
           "(Рогачев «вареное», «Егорка»), and wafers, croissants, sweets, cakes «со сгущенкой» excluded"),
        ("пачку чая гринфилд", {
            "pyaterochka": ["3464992", "3378336", "3378319"],
            "magnit": ["217b3d7466"],
            "dixy": [],
            "perekrestok": [],
        }, "any Greenfield tea (Spring Melody, Kenyan Sunrise, Golden Ceylon; bags or loose) - brand and product, every variant "
           "accepted; other tea brands excluded"),
        ("печенье юбилейное две пачки к чаю", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049", "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every Юбилейное cookie (traditional, glazed, milk, oat, lenten, wholegrain, berry, nut, chocolate-flavoured) - brand "
           "with product word accepts all variants; Julius Meinl «Юбилейный» coffee and Останкино «Юбилейная» sausage are "
           "traps"),
        ("рафинада пачку", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "lump sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг» (pressed lump sugar = рафинад); cane sugar Демерара "
           "(granulated, unrefined) and refined sunflower oil («рафинированное») excluded"),
    ]),
]
LISTS += [
    # L11 к кофе
    ("лоток клубники, сливок 20% коробочку для кофе, плитку горького шоколада", [
        ("лоток клубники", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["11034", "3457076", "4391361"],
        }, "fresh strawberries (250 g and 340 g trays, weighed «отборная»); «лоток» is a unit; the strawberry-blueberry gift "
           "mix, strawberry jam, yoghurts, cakes and drinks excluded"),
        ("сливок 20% коробочку для кофе", {
            "pyaterochka": [],
            "magnit": ["c02145f904", "535b7bd00d"],
            "dixy": [],
            "perekrestok": ["4178851"],
        }, "drinking cream of exactly 20 % (Домик в деревне 200 g / 480 g, Молочный знак 500 ml); «коробочка» is a unit, «для "
           "кофе» a purpose; 10 %, 11 %, 33 % cream, dry-cream substitutes (Mr. Сливкин, Сопьо) and sour cream excluded"),
        ("плитку горького шоколада", {
            "pyaterochka": ["4024458", "3668752", "3170308", "4053995"],
            "magnit": ["11ee50093d", "d30b66494b", "109301", "104961"],
            "dixy": [],
            "perekrestok": [],
        }, "a plain bar of bitter chocolate - titles saying «горький»/«Bitter» or ≥ 70 % cocoa (Коркунов 70 %, O'Zera Bitter, "
           "Бабаевский Элитный 75 %, Alpen Gold горький/Bitter 70 %, Merci 72 %); bars only called «тёмный» with no cocoa % "
           "(Alpen Gold Dark, Путешествие, Российский, Alpen Gold Aerated) are not stated to be bitter and are excluded "
           "(judgement); bitter/dark chocolate with orange, almonds, nuts, caramel, cherry-chili, Золотая марка «Дуэт в горьком» "
           "(a two-part bar) and sweets excluded"),
    ]),
    # L12 на ужин курица с гречкой
    ("лоток куриного филе, пачку гречки, банку огурчиков соленых, пучок зеленого лука", [
        ("лоток куриного филе", {
            "pyaterochka": ["3963723", "2160069"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chilled chicken breast fillet («куриное филе» = breast fillet, as in the earlier sets; Петелинка «Филе цыплёнка "
           "малое» = the inner breast fillet; Пятёрочка «ПЕР.СВ.Филе с груд.» = «филе с грудки»); «лоток» is a unit; bone-in «Грудка куриная … без кожи» (Первая Свежесть, "
           "Петелинка - a breast, not a fillet), thigh fillet, turkey/duck fillet, grilled/baked fillets, whole birds and "
           "drumsticks excluded"),
        ("пачку гречки", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (Prosto 500 г); Пятёрочка «PROSTO Рис и греча» (a mix), buckwheat flakes, buckwheat porridge, soba "
           "noodles and ready dishes with buckwheat excluded"),
        ("банку огурчиков соленых", {
            "pyaterochka": ["4063896"],
            "magnit": ["f4d4a78066", "157851"],
            "dixy": [],
            "perekrestok": ["4404269"],
        }, "salted (brined) cucumbers: Глобус «соленые огурчики Старорусские», Меленъ «Огурцы соленые Муромские», Магнит "
           "«Огурцы соленые, Корнишоны», Маркет «солёные бочковые»; «банка» is a unit; marinated cucumbers («Огурчики "
           "маринов.», «Пикули») - a different product - and fresh cucumbers excluded"),
        ("пучок зеленого лука", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4295465"],
        }, "fresh green onion (Маркет Fresh 100 г); bulb onions, Перекрёсток «Лук салатный» (not stated green), herb mixes "
           "with onion, onion-flavoured snacks excluded"),
    ]),
    # L13 закуска
    ("банку шпрот, чекушку водки, буханку ржаного, помидоры на салат", [
        ("банку шпрот", {
            "pyaterochka": ["3504456", "3469704", "3609788", "3475329", "3648434", "3468684"],
            "magnit": ["109251"],
            "dixy": [],
            "perekrestok": [],
        }, "canned sprats in oil of any brand and size (incl. «Шпроты из салаки» and «Шпроты крупные»); other canned fish "
           "excluded"),
        ("чекушку водки", {
            "pyaterochka": [],
            "magnit": ["08d0c3ece1", "2390182f91", "c2be88d2c4", "e2bdccf03a", "fba5be4983"],
            "dixy": [],
            "perekrestok": [],
        }, "«чекушка» = a 0.25 l bottle of vodka (size respected): Tundra, Питейный дом Домашняя, Царская Серебряная, Зеленая "
           "Марка Кедровая, Урожай на расторопше (the last two are «водка особая» with an infusion but sold and drunk as plain "
           "vodka - judgement); 0.375-1 l vodka and 0.25 l cognac, whisky and balsam excluded"),
        ("буханку ржаного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye bread: none in any chain; Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» is a rye-wheat bread (the title says "
           "so, not «ржаной») and is excluded (judgement), as is «Хлеб Даниловский»; «Ржаной Край» breads name only the brand; "
           "rye crispbread, rye croutons and rye flour excluded"),
        ("помидоры на салат", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107621", "107631", "199891", "168851", "107611"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind (red, pink, plum, on the vine, cocktail, Бакинские, cherry incl. orange honey cherry); «на салат» is "
           "a purpose; Магнит «Ассорти Черри и Корнишоны, 500 г» (a preserved assortment), salted and marinated tomatoes, "
           "tomato paste, juice and sun-dried tomatoes excluded"),
    ]),
    # L14 макароны по-флотски
    ("банку тушенки говяжьей, пачку рожков, кирпичик серого", [
        ("банку тушенки говяжьей", {
            "pyaterochka": ["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
            "magnit": ["111741"],
            "dixy": [],
            "perekrestok": [],
        }, "canned stewed beef of any brand; stewed pork, venison, chicken in its own juice, buckwheat porridge with beef and "
           "meat baby purees excluded"),
        ("пачку рожков", {
            "pyaterochka": ["4008046"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry pasta in the рожки (elbow/horn) shape: Пятёрочка «Витой рожок» 450 г; other shapes (перья, спирали, ракушки, "
           "улитки, спагетти…) are not рожки, ice-cream «рожок» cones are a trap"),
        ("кирпичик серого", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a tin loaf of grey (wheat-rye) bread: none in any chain; the Даниловский breads are dark malt rye-wheat custard "
           "breads (черный, outside knowledge) and «Хлеб Марьин заварной» does not say what it is, so both are excluded "
           "(judgement); батоны and хлебцы excluded"),
    ]),
    # L15 на щи
    ("кочан капусты на щи, головку чеснока, пучок редиски, свеклу кило", [
        ("кочан капусты на щи", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «Капуста белокочанная ранняя»); «кочан» is a unit, «на щи» a purpose; Chinese cabbage, "
           "broccoli, sauerkraut and cabbage salads excluded"),
        ("головку чеснока", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic bulbs (Перекрёсток «Чеснок, 3шт»); «головка» is a unit; salted garlic, dried/granulated garlic and "
           "garlic-flavoured snacks excluded"),
        ("пучок редиски", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["25180"],
        }, "fresh red radish (500 g pack; «пучок» is a unit); daikon («Редис Дайкон») excluded"),
        ("свеклу кило", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (washed 1 kg packs; «кило» is a quantity); beet salads and vegetable juices with beet excluded"),
    ]),
    # L16 хозяйство
    ("двушку пепси, флакон фейри, тюбик зубной пасты колгейт, кусок хозяйственного мыла", [
        ("двушку пепси", {
            "pyaterochka": ["3684656"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«двушка» = a 2 l bottle (size respected): Pepsi 2 л; Pepsi 0.33-1.5 l, Pepsi Light, Wild Cherry, Dark Vanilla, "
           "Mango and other colas excluded"),
        ("флакон фейри", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dishwashing liquid of any scent and size (Platinum, Нежные руки, Сочный лимон); other dish soaps (Synergetic, "
           "Unicum) excluded"),
        ("тюбик зубной пасты колгейт", {
            "pyaterochka": ["3605411", "3605412"],
            "magnit": ["0b75d29d19"],
            "dixy": [],
            "perekrestok": [],
        }, "Colgate toothpaste of any variant (Total 12, Кальций-Ремин; «ЗП» = зубная паста); Colgate toothbrushes and mouthwash "
           "and other toothpaste brands excluded"),
        ("кусок хозяйственного мыла", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "household (laundry) bar soap: none in any chain; toilet soaps (Camay, Safeguard, Fax, Dove cream soap) and liquid "
           "soap are other products"),
    ]),
    # L17 молочка
    ("литрушку кефира 1%, пачку творога 9%, ряженку, стаканчик сметаны 15%", [
        ("литрушку кефира 1%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir at all in any chain, so missing everywhere («литрушка» = 1 l would be respected)"),
        ("пачку творога 9%", {
            "pyaterochka": ["3634733"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216658", "4185866"],
        }, "plain cottage cheese of exactly 9 % (Вкуснотеево 300 г, Молочный знак 180 г and «традиционный» 800 г); 0.1-5.5 % творог, children's "
           "fruit творог, curd desserts, творожный сыр and curd snacks excluded"),
        ("ряженку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plain ryazhenka: the only one on offer is Агуша «Ряженка … клубника» (flavoured, a children's product) - excluded; "
           "missing everywhere"),
        ("стаканчик сметаны 15%", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124", "4095525"],
        }, "sour cream of exactly 15 % in any pack (lactose-free Parmalat Comfort and Простоквашино included, like lactose-free "
           "milk); «стаканчик» cannot be checked from the titles and is a unit; 10/20/25/30 % sour cream and cakes «Сметанник» "
           "excluded"),
    ]),
    # L18 к празднику
    ("банку кофе нескафе голд, пачку сахара килограммовую, коробку конфет рафаэло", [
        ("банку кофе нескафе голд", {
            "pyaterochka": ["3928171", "3658915", "3971960", "3626895", "3419750", "3659359", "3659496", "3932897"],
            "magnit": ["109351", "199191", "198971"],
            "dixy": [],
            "perekrestok": [],
        }, "every Nescafé Gold instant coffee (Gold, Gold Crema, Gold Barista, Gold Espresso, Gold Origins Colombia) - brand "
           "and line with product word accept every variant; «банка» (jar vs pack) is a unit; Nescafé Classic, Nescafé Crema "
           "(not Gold), Classic Latte sticks and other brands excluded"),
        ("пачку сахара килограммовую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a 1 kg pack of (granulated) sugar: none in any chain; Магнит «Сахар белый прессованный 1кг» is lump sugar (рафинад), "
           "a different product in everyday use (judgement), Демерара cane sugar is 500 g and unrefined; excluded"),
        ("коробку конфет рафаэло", {
            "pyaterochka": [],
            "magnit": ["167861"],
            "dixy": [],
            "perekrestok": ["18162"],
        }, "Raffaello (150 g boxes); «рафаэло» is a typo of the brand; other boxed sweets excluded"),
    ]),
]
LISTS += [
    # L19 пасха
    ("полкило фарша говяжьего, пачку масла сливочного 72.5, яйца с0 десяток для пасхального кулича, пакет муки для блинов", [
        ("полкило фарша говяжьего", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef mince (Рестория, Останкино, Мираторг 400 г); «полкило» is a quantity; pork mince, mixed «Домашний»/"
           "«свино-говяжий»/«Деревенский» mince, chicken and turkey mince and stuffed olives excluded"),
        ("пачку масла сливочного 72.5", {
            "pyaterochka": ["3658095"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter of exactly 72.5 % (Брест-Литовск 180 г); 82-82.5 % butter, margarine 72 % and chocolate butter excluded"),
        ("яйца с0 десяток для пасхального кулича", {
            "pyaterochka": ["3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "44323", "3634491"],
        }, "chicken eggs of class С0 («СО», «отборные» - the same class) in packs of 10; С1 eggs, the 6-pack Волжанин "
           "«отборной категории» (not 10), 20-packs and quail eggs excluded; «для пасхального кулича» is a purpose"),
        ("пакет муки для блинов", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "3231328", "8065"],
        }, "plain white wheat flour (Рязаночка экстра, Makfa высший сорт 1-2 kg, «Мука Пшеничная» 2 kg, Пышечка); «для блинов» "
           "is a purpose, «пакет» a unit; wholegrain wheat flour (Рязаночка «из цельносмолотого зерна» - another product, "
           "judgement), durum «крупка», rye and rice flour, pancake mixes and starch excluded"),
    ]),
    # L20 варенье на даче
    ("пятилитровку масла подсолнечного, сахар кило 5 на варенье, пачку желатина", [
        ("пятилитровку масла подсолнечного", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sunflower oil in a 5 l bottle (size respected); the largest bottle on offer is Олейна 2 л, so missing everywhere"),
        ("сахар кило 5 на варенье", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "granulated sugar («кило 5» is a quantity, «на варенье» a purpose): none in any chain; pressed lump sugar (Магнит) "
           "and Демерара cane sugar are other products (judgement, as for «пачку сахара»)"),
        ("пачку желатина", {
            "pyaterochka": [],
            "magnit": ["5ba197ad81"],
            "dixy": [],
            "perekrestok": ["4236371"],
        }, "food gelatine (Сытая улыбка 30 г, Пр!ст 20 г); agar, jelly desserts and marmalade excluded"),
    ]),
    # L21 день рождения
    ("ведерко пломбира на день рождения, мороженое рожок шоколадный 3 шт, тортик наполеон небольшой", [
        ("ведерко пломбира на день рождения", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "plombir in a tub («ведёрко» names the form): none in any chain; the only tub is Магнит «Мороженое Экzo, "
           "черника/ежевика, ведро» (a berry ice cream, not plombir); bricks, cups, cones and eskimo excluded"),
        ("мороженое рожок шоколадный 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a chocolate ice-cream cone: none in any chain; the cones on offer are crème-brûlée (Сарафаново) and vanilla «Радуга», "
           "the chocolate plombir of Славино is in a waffle cup (стаканчик), not a cone; pasta «рожок» is a trap"),
        ("тортик наполеон небольшой", {
            "pyaterochka": ["3695494", "4047688"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4325084", "4295622"],
        }, "a Наполеон cake (Мирэль 550 г, Русская Нива 400 г, Home Napoleon «Наполеон домашний» 500 г, Черёмушки 310 г); "
           "«небольшой» is a wish; Home Napoleon «Медово-Сметанный» (a honey cake of that brand), Пятёрочка «Пирожное "
           "наполеон» (pastries, not a cake) and Черока Napoleon cake layers excluded"),
    ]),
    # L22 новый год
    ("бутылку шампанского полусладкого, баночку красной икры, палку сервилата, коробку конфет", [
        ("бутылку шампанского полусладкого", {
            "pyaterochka": [],
            "magnit": ["213561", "111471", "159461", "1a44269ee1"],
            "dixy": [],
            "perekrestok": [],
        }, "semi-sweet sparkling wine (Российское шампанское полусладкое, Лыхны, Шато Тамань, Императорское п/сл - «шампанское» "
           "is the everyday word for sparkling wine, as in the earlier sets); brut, dry, semi-dry, sweet Asti, pink Lambrusco "
           "(a frizzante red-wine style, judgement) and alcohol-free sparkling drinks excluded"),
        ("баночку красной икры", {
            "pyaterochka": ["2046731"],
            "magnit": ["105041"],
            "dixy": [],
            "perekrestok": ["4323783", "4437727", "4320227", "4432583", "4386122", "4411673", "4428864", "3465904",
                            "4411674", "4383708", "4433327"],
        }, "salted red caviar (salmon roe: горбуша, кета, кижуч, нерка, trout roe) of any size; Пятёрочка «СВК Икра ТУНГУТУН "
           "лос. с/б 230г» taken as salmon roe («лос.» = лососевая); sturgeon/sterlet black caviar, capelin, cod and herring roe, "
           "«икра деликатесная», vegetable «икра» and chips «со вкусом красной икры» excluded"),
        ("палку сервилата", {
            "pyaterochka": ["3379266", "3440935", "4039999", "3660417", "3385833", "3671899", "3442569"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4390257", "4394293", "4283094", "4400591", "3654318", "4166796", "4064566", "4135604", "4217621"],
        }, "сервелат of any variety and pack («сервилата» is a misspelling; varieties Финский, Зернистый, Российский, "
           "Кремлевский, Австрийский, Швейцарский, Гурман, Делюкс, Коньячный, Ореховый, Имбирный are recipes of сервелат, not "
           "added flavours - judgement; «палка» is a unit, so the sliced packs are accepted); other cooked-smoked and "
           "raw-smoked sausages (Балыковая, Брауншвейгская, салями) excluded"),
        ("коробку конфет", {
            "pyaterochka": ["3487673", "3483309", "3639115", "3639113", "3911678", "4069811", "4297371", "3384697", "3181086",
                            "3642751", "3642752", "3995478", "3291332", "3468950", "4089706"],
            "magnit": ["167861", "104911", "109281", "160141", "111721", "111571", "199221", "203131", "17644f19d9",
                       "159811", "205171"],
            "dixy": [],
            "perekrestok": ["18162", "22245"],
        }, "a box of chocolates: boxed sets and assortments - Raffaello, Merci, Toffifee, Коркунов Ассорти/коллекции, Dove "
           "«Десертное ассорти», Вдохновение, Lindor sets, Импрессо gift set, Рот Фронт «Птичье молоко», Подмосковные вечера "
           "Ассорти, Бабаевский «Набор конфет Ассорти», Комильфо and Родные просторы sets, «Ассорти шоколадных конфет Твой "
           "секрет»; loose sweets by the kilo, candies in bags (Ласточка, Ленинградские, Великий клоун «ПАК»), New-year gift "
           "bags, Kinder sets, Twix minis and sweets whose packaging the title does not show (Milka 110 г, Belgid'Or, Адель, "
           "Vanden Bulcke, «Вишня в шоколаде», Трюфель Маркет, Красный Октябрь «Набор ПОДАРОК конд.изд») excluded "
           "(judgement)"),
    ]),
    # L23 бутерброды на работу
    ("батон докторской, батон нарезного, банку горчицы, пачку майонеза провансаль", [
        ("батон докторской", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "«батон докторской» = a stick of Докторская sausage (not bread - trap): the same offers as «палку докторской» "
           "(any brand, pack or weighed piece; Царицыно «ДОК.ОСОБ.ХАЛЯЛЬ» included); bread батоны, Докторские сосиски and "
           "сардельки excluded"),
        ("батон нарезного", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "the white «батон нарезной» loaf: Перекрёсток «Батон Нарезной нарезка» (sliced) and Пятёрочка «Батон "
           "„Звездный“нар» («нар» read as нарезной - judgement); rye-wheat breads, chocolate/nut «батончики» and sausage "
           "excluded"),
        ("банку горчицы", {
            "pyaterochka": ["3435016", "3621047"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "any table mustard (Махеевъ Русская, Global Village Французская); «банка» is a unit; mustard-flavoured snacks and "
           "the sauce packed with croutons excluded"),
        ("пачку майонеза провансаль", {
            "pyaterochka": ["3982578", "3355228", "3355242", "3193489", "3695167"],
            "magnit": ["204681"],
            "dixy": [],
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4412152", "4199312", "4112954", "4297313",
                            "4105769", "3695167"],
        }, "mayonnaise Провансаль of any brand and pack (incl. «Провансаль оливковый», Махеевъ «Провансаль с лимонным соком» "
           "and Московский Провансаль «на перепелиных яйцах» - Пятёрочка's title «МОС.ПРОВАНС.Майон.на переп.яйц.» names the "
           "same product id 3695167 that Перекрёсток titles «Я люблю готовить на перепелиных яйцах»; Пятёрочка «Майонез "
           "Слобода, 67%, 800 мл» is Слобода Провансаль 800 ml under the same id 3193489 as in Перекрёсток); mayonnaises not "
           "called Провансаль (Heinz Классический, Слобода Оливковый, Mr.Ricco, Махеевъ «С перепелиным яйцом», «домашний» "
           "55 %) and the Махеевъ Caesar sauce excluded"),
    ]),
    # L24 пельмени
    ("пачку пельменей сибирских, сметанку 20% в пельмешки, буханку белого", [
        ("пачку пельменей сибирских", {
            "pyaterochka": ["3985043", "3693417", "3693418", "3693405", "3671957"],
            "magnit": ["4907605c6d", "111711"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "«пельмени сибирские» read as the brand Сибирская коллекция, as people call it (judgement; no pelmeni titled "
           "«Сибирские» are on offer): Фирменные, Сочные, Особые, Новосибирские, Телячьи, 4 вида мяса; other brands (Мираторг, "
           "Цезарь, Ложкаревъ, Стародворье, Горячая штучка) excluded"),
        ("сметанку 20% в пельмешки", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4314537", "3444929", "4262694", "3664287", "4217906", "4121609", "3651188", "58101", "3293409",
                            "4349770", "3634033"],
        }, "sour cream of exactly 20 % (lactose-free Parmalat Comfort 20 % included); «в пельмешки» is a purpose; 10/15/25/30 % "
           "sour cream excluded"),
        ("буханку белого", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a loaf of white wheat bread: none in any chain - only батоны (Батон Нарезной, Батон Звездный) are white, and a "
           "батон is not a буханка (judgement, as for «кирпичик белого»); rye-wheat breads excluded"),
    ]),
    # L25 фрукты
    ("пакет сока апельсинового, сетку мандаринов, связку бананчиков, лоток винограда", [
        ("пакет сока апельсинового", {
            "pyaterochka": ["84794", "3965623"],
            "magnit": ["204401"],
            "dixy": [],
            "perekrestok": ["3965623", "3190682"],
        }, "orange juice sold as «сок» (J7 апельсиновый 0.3-0.97 l incl. the children's J7, Swell 0.75 l glass bottle - «пакет» "
           "is a unit); orange nectars (Добрый, Любимый), orange-mango/orange-mandarin nectars, multi-fruit juices, "
           "сокосодержащие напитки and orange sodas excluded"),
        ("сетку мандаринов", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins of any origin («сетка» is a unit); orange-mandarin nectars and mandarin-flavoured sweets excluded"),
        ("связку бананчиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "3639749", "4208494", "4112219"],
        }, "fresh bananas (loose, packed, organic, mini; «бананчики» is a diminutive, not mini bananas only); dried bananas and "
           "banana-flavoured goods excluded"),
        ("лоток винограда", {
            "pyaterochka": ["4327381"],
            "magnit": ["199691"],
            "dixy": [],
            "perekrestok": ["48660", "57580", "3224973", "4327381", "48657"],
        }, "fresh grapes of any variety and colour (Киш-миш, Тайфи, Шайн Мускат, белый, чёрный); «лоток» is a unit; grape "
           "juice, grape-seed oil, wine and grape-flavoured goods excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftpNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftp\d\d ===$", line):
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
                    errors.append("ftp%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftp%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftp"))
