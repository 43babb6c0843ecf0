#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vr.jsonl -- 25 shopping lists of two friends packing food for a three-day
hiking and camping trip in the Urals (plus a few things for home), hand-labelled against the real offers
in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vr.build.py

LISTS below is literal data: 25 lists (3-5 items) as typed to a Telegram bot, and for every item the
product ids of every in-stock offer of each store that a reasonable shopper who wrote exactly that item
would accept.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, e/yo folded) and read one by one; the note of each item
records what was accepted, what was deliberately left out and any judgement that rests on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  The labels
were made without seeing the tool being evaluated.

The list texts were written before any offer was read and saved in fresh_basket_eval_vr.blind_lists.txt
(read-only).  This script first checks that every list text equals that blind draft, apart from the
replacements recorded in REPLACED (none), then labelled_lists.build checks the data -- every id exists in
real_offers_g.jsonl *for that store* and is in stock, no id repeats within an item, every item has a note,
the labels are exactly the list's items in order -- and writes the JSONL; labelled_lists.stats prints the
counts.  List ids are fvr01, fvr02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vr.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vr.blind_lists.txt")

# list number -> (blind item text, replacement item text); items replaced after labelling because their
# whole list was empty in all four stores.  None were needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fvr01 tushonka, instant buckwheat, condensed milk, tea bags
    ("тушенки говяжьей 4 банки, каша гречневая быстрого приготовления, сгущенки 1 банку на двоих, чай пакетированный на 3 дня", [
        ("тушенки говяжьей 4 банки", {
            "pyaterochka": [],
            "magnit": ["0e5a1570df", "cdc0e084b1", "738a6cb8b8", "84ac027a5b"],
            "dixy": ["2000313236", "2000408120", "T000000869", "2000258591", "2000192964", "2000415753",
                     "2000220776", "2000302684", "2000557431"],
            "perekrestok": ["4189729"],
        }, "canned stewed beef (Говядина тушеная, any brand/size/grade, incl. Дикси «Совок» and the cheap «Первым "
           "Делом» кусковая); «4 банки» is a quantity; pork, horse, turkey stew and Перекрёсток «Капуста с сосисками "
           "тушеная» excluded"),
        ("каша гречневая быстрого приготовления", {
            "pyaterochka": [],
            "magnit": ["1000325304"],
            "dixy": [],
            "perekrestok": [],
        }, "instant buckwheat porridge: only Магнит «Каша Магнит гречневая с грибами и луком 40г» (a 40 g sachet, "
           "taken as instant - outside knowledge); buckwheat groats incl. «быстроразваривающаяся»/boil-in-bag, "
           "buckwheat flakes, baby cereals (Nestle, Агуша, ФрутоНяня), canned «Дядя Ваня» and Увелка ready meals, "
           "Перекрёсток kitchen «Каша гречневая с жареным луком и грибами» excluded"),
        ("сгущенки 1 банку на двоих", {
            "pyaterochka": [],
            "magnit": ["1000564283", "8000034052", "cc9252c04f", "1000003186", "1000427075", "be9bed5042",
                       "66294fd8e5", "dedd707721", "1000129520", "1000383833"],
            "dixy": ["2000165425", "T000025031", "2000309566", "2000186451", "2000014518"],
            "perekrestok": ["4218934", "3484257", "2123014", "3491930", "3376242", "4147345", "3913111", "4211054"],
        }, "sweetened condensed milk (молоко сгущённое с сахаром / цельное 8.5 %, also Пр!ст 1 % and Дикси "
           "Алексеевское «сашет» 650 g; Магнит Алексеевское 650 g and Рогачевъ «цельное» without «с сахаром» are the "
           "same sweetened product); «1 банку на двоих» is a quantity, not a container filter; boiled (варёное), «с "
           "кофе», «вкус печенье», Моя цена «Продукт молочный Сгущенка» and sweets with condensed milk excluded"),
        ("чай пакетированный на 3 дня", {
            "pyaterochka": ["18087", "510", "3141303", "2070399"],
            "magnit": ["b4e965a022", "ba15dbb109", "f27576dc9c", "cfbea01d00", "0e0ba22a84", "6a2d8005b0",
                       "e1b666c6ef", "8e34db68c9", "e8cfbd68be", "b9a96edc01", "739159b9d5", "4847971ed6",
                       "8c57f14bbe", "f0009c3a1e", "5a597956f8", "733494b63f", "4c2b5b0e84", "262636efc4",
                       "9ed6ab900f", "9b8c0d1f0d", "75e99adff2", "245310ae46", "374c5de17d", "56284b2938",
                       "539736f8c3", "cf54caa8df", "1305f039da", "77d6909a1a", "591cd0328d", "efc1b6f0d8",
                       "8ec1c56fe5", "eead07c0ce", "b411bf6170", "b7f85f55f2", "6af760c408", "c86aab1a9b",
                       "45d9a874e0", "b80010aff6", "49ba4f9607", "80d9ad34a0", "3cbdd6886d", "5f006c6421",
                       "f101163507", "e421942210", "c237948667", "bd44dec0f2", "79c875b985", "41cb31723f",
                       "f528489d63", "a2edebfe73", "8518655d6a", "c6300a9d93", "1ce117e378", "62e44aad83",
                       "91c9c098ea", "9ffe7d26ae", "a0f6844207", "95bb72cd41", "c4994ca2ba", "f48f2ca4d2",
                       "6ef8a14558", "05c3ce571d", "c30034aa00", "0b0945cde7", "62e737f079", "7304afe46d",
                       "85a472ac98", "f2ec203f7f", "527c289095", "edf75508f3", "1cb4934c51", "543ee3fdd2",
                       "12c93e2db3", "dc9080ff20", "c67b0d7ef5"],
            "dixy": ["2000337169", "2000518878", "2000520549", "2000520542", "2000420414", "2000578774",
                     "2000578775", "2000289445", "2000568231", "2000568232", "2000224056", "ЦТ0016759",
                     "2000228472", "2000000294", "2000567055", "2000262681", "2000335959", "2000603372",
                     "2000567056", "2000295203", "2000226734", "ЦТ0038390", "2000295224", "2000601831"],
            "perekrestok": ["3902078", "5051", "4113980", "3338198", "2042290", "3626161", "2147891", "2073803",
                            "3378336", "2095906", "2114141", "2147890", "46398", "3450276", "3418513", "4317677",
                            "4312239", "4344242", "4344243", "3440334", "3338246", "2133939", "4105406", "4105407",
                            "3472463", "2133950", "3662837", "3439932", "4206083", "3399714", "2070399", "96196",
                            "4206082", "4206081", "3626164"],
        }, "black, green, oolong and flavoured tea in bags/pyramids/sachets («пакетиков», «NхN г», «пак», «пирамид», "
           "Пятёрочка «ярл.»), incl. assortment boxes (Tess 12 видов, Curtis Dessert, Richard Royal Tea Collection, "
           "Мэтр де Те); loose-leaf/granulated tea by weight, herbal/fruit infusions (травяной, фиточай, иван-чай, "
           "ройбуш, Tess Flame, Greenfield Spirit Mate, Herbarus, Чага-чай, Tess Cosmopolitan «фруктовый»), iced-tea "
           "drinks and cosmetics «с зелёным чаем» excluded; «на 3 дня» is a purpose"),
    ]),
    # fvr02 noodles, dry sausage, croutons, matches
    ("доширака 6 штук\nсырокопченой колбасы палку на поход\nржаных сухариков пару пачек\nспичек 3 коробка", [
        ("доширака 6 штук", {
            "pyaterochka": ["3402845"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664094"],
        }, "Доширак noodles (both stores carry only «Чан рамен» 120 g, any flavour accepted); Дикси «Пюре "
           "картофельное Доширак» excluded (not noodles); «6 штук» is a quantity"),
        ("сырокопченой колбасы палку на поход", {
            "pyaterochka": ["3966938"],
            "magnit": ["6af3d2dba7", "65eabc7d3d", "4ea41a31dc", "63dfb9d92b", "54d2bfe83d", "012f52ac6f",
                       "64b09aa833", "494e727a2c", "9a7d190daf", "b1886148dd", "363ea9366e", "f35109da30",
                       "9cac16391e", "40d5bd1fe4", "47ef8a1460", "6c0ebbb571", "48c30df1cf", "d5889cdb3d"],
            "dixy": ["2000546175", "2000413915", "2000539576", "2000572231", "2000310948", "2000397424",
                     "2000284194", "2000598631"],
            "perekrestok": ["4338643", "4322133", "4321977", "4364470", "4100196", "4141051", "4095329"],
        }, "whole dry-cured smoked sausage sticks (колбаса/салями/сервелетти «сырокопчёная», incl. полусухая and 100 "
           "g «мини» sticks); «палку» excludes sliced packs (нарезка, срез, ассорти нарезка); сыровяленая, "
           "полукопчёная, варёно-копчёная (Финская/Венская салями, сервелаты), колбаски (Пиколини), балык, карпаччо, "
           "бекон and хамон excluded"),
        ("ржаных сухариков пару пачек", {
            "pyaterochka": [],
            "magnit": ["7a105553d3"],
            "dixy": ["2000572411"],
            "perekrestok": [],
        }, "rye snack croutons: Дикси «Сухарики ржано-пшеничные Take It/OP'N'GO» and Магнит «Сухарики ВОРОНЦОВСКИЕ» "
           "(Воронцовские are rye-wheat croutons - outside knowledge); гренки (the word written is сухарики), wheat "
           "baguette croutons (Хрусteam Багет), sweet сухари with raisins, панировочные, Хрустимки excluded"),
        ("спичек 3 коробка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "matches: no offer in any store (nothing titled спички)"),
    ]),
    # fvr03 instant oats, raisins, dried apricots, walnuts
    ("овсянка быстрого приготовления по 2 пакетика на человека, изюма грамм 300, кураги 200 г, грецкий орех очищенный 200г", [
        ("овсянка быстрого приготовления по 2 пакетика на человека", {
            "pyaterochka": [],
            "magnit": ["2123200142", "1000155179", "1000155178", "1000206048", "1000106287", "1000535160",
                       "1000026173", "1000026174"],
            "dixy": ["2000579452", "2000538758", "2000595591", "2000600674", "2000536417", "2000303390",
                     "2000116559", "2000320771", "2000113479"],
            "perekrestok": ["4130513", "4130515", "3453942", "3453945", "3480286", "3480283", "3480284", "3480288",
                            "4312717", "4312718", "4043319"],
        }, "instant oat porridge in portion sachets (каша овсяная моментальная/быстрого приготовления 35-41 g and "
           "multipacks 5-6 x 35-40 g, Быстров «без варки»); Быстров boxes of 210 g/240 g taken as sachet boxes "
           "(outside knowledge); bulk oat flakes (Геркулес, Ясно Солнышко, Nordic, «быстрого приготовления» 400-500 "
           "g packs), Organic life 240 g (no sachets stated), baby cereals, liquid Агуша/ФрутоНяня, ready Шеф "
           "porridges and other grains (полба, лён) excluded; «по 2 пакетика на человека» is a quantity"),
        ("изюма грамм 300", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4316951", "3640864", "3651928"],
        }, "raisins (Изюм светлый/Голден) and Перекрёсток «Смесь винограда сушёная» (a mix of raisins); «грамм 300» "
           "is the quantity wanted, not a pack size; baked goods, curd, chocolate and nut mixes with raisins "
           "excluded"),
        ("кураги 200 г", {
            "pyaterochka": [],
            "magnit": ["adf6cd599a"],
            "dixy": [],
            "perekrestok": [],
        }, "dried apricots: Магнит «Курага СЕМУШКА 150г»; «кураги 200 г» reads as the quantity wanted, so the 150 g "
           "pack is accepted; curd masses, yoghurts and candies with kuraga excluded"),
        ("грецкий орех очищенный 200г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "shelled walnuts in a 200 g pack: none - Перекрёсток has «Грецкий орех Пр!ст, 100г» (wrong size, a "
           "written pack size is respected) and «Орехи грецкие в скорлупе» (in shell); cheeses/dates with walnuts "
           "excluded"),
    ]),
    # fvr04 dark chocolate, sugar cubes, wet wipes, 3-in-1 coffee
    ("шоколадка горькая 2 шт, рафинад одну пачку, влажных салфеток 2 пачки, кофе 3в1 десять пакетиков", [
        ("шоколадка горькая 2 шт", {
            "pyaterochka": ["16615", "20393", "3197262", "3067338", "3170181", "45557", "4024716"],
            "magnit": ["0071fb559e", "2b68a42ddd", "6cfae67d2b", "2c5c666697"],
            "dixy": ["2000001818", "2000593171", "1100072978", "2000227778", "2000326210", "2000220298",
                     "2000326212", "2000578351", "2000328569", "2000325968", "2000598771", "2000573952",
                     "2000016728", "2000601375", "2000591731"],
            "perekrestok": ["4313144", "4272335", "4334741", "4182941", "4182942", "3995225", "4114351"],
        }, "dark chocolate bars: titles saying горький/тёмный (Пятёрочка «тем.»), or 70-75 % cocoa (Бабаевский "
           "«элитный 75%»), with or without nuts/fillings; Пятёрочка «БАБАЕВ.Шоколад ЛЮКС» taken as the dark "
           "Бабаевский Люкс (Дикси titles the same bar «Люкс темный» - outside knowledge); milk/white chocolate, "
           "«Темный и белый» bars, Бабаевский «фирменный»/«Особый»/Коммунарка «Трюфельный» (no dark stated), sweets "
           "and baked goods «в тёмном шоколаде» excluded; «2 шт» is a quantity"),
        ("рафинад одну пачку", {
            "pyaterochka": [],
            "magnit": ["2e68df9fc4"],
            "dixy": ["2000468691", "2000350151", "2000538871", "10E0076829"],
            "perekrestok": ["4092763"],
        }, "sugar cubes (сахар прессованный / кусковой, white): Магнит Русский прессованный, Дикси Русский "
           "сахар/Чайкофский кусковой/«Сахар прессованный», Перекрёсток Русский Сахар кусковой; Магнит «Сахар-песок "
           "ЧАЙКОФСКИЙ, Рафинированный» (granulated) and cane-sugar cubes (тростниковый, not рафинад) excluded"),
        ("влажных салфеток 2 пачки", {
            "pyaterochka": [],
            "magnit": ["c3df2e5787", "e5cc67293e", "47dd423390", "337392b1b2", "4655517315", "9022eaa3a8",
                       "36ac79cfc0", "2499871", "d50c79a365", "667fad1c9c", "bd449a17ff", "73ec40a66f"],
            "dixy": [],
            "perekrestok": [],
        }, "wet wipes for hands/body: universal, antibacterial, refreshing and baby wipes (Pampers, Huggies, "
           "Каспер); Aura wipes «д/поверхностей», intimate-hygiene wipes, wet toilet paper and dry tissues excluded; "
           "«2 пачки» is a quantity"),
        ("кофе 3в1 десять пакетиков", {
            "pyaterochka": [],
            "magnit": ["50c83bd3a0", "7b7ccd7e8a", "755c5490b7", "746de8284b", "a2274b9d99", "e67fe7ef5f",
                       "4be2b27047", "d340d565fe", "03b9d053de"],
            "dixy": [],
            "perekrestok": [],
        }, "3-in-1 instant coffee sachets of any brand (Nescafé 3в1, Jacobs 3в1, Maxwell House 3в1, Жокей 3в1 "
           "10х12г, МакКофе 3в1, Московская кофейня 3в1 20 пак.); «десять пакетиков» is read as the number of "
           "sachets wanted (sachets are sold singly), not a box size; Пятёрочка «Кофейный напиток Nescafe Classic "
           "7х18 г» (no 3в1 stated), МакКофе Капучино and ground MacCoffee excluded"),
    ]),
    # fvr05 pork tushonka, pasta, salt, salo
    ("тушенка свиная в жестяной банке\nмакароны рожки 1 кг\nсоли пачку небольшую\nсальца соленого кусок", [
        ("тушенка свиная в жестяной банке", {
            "pyaterochka": [],
            "magnit": ["10442db11c", "00378960af", "bad91e2152", "cb1e84dc80"],
            "dixy": ["2000553351", "2000329129", "2000423791", "2000303429", "2000204154", "2000302685"],
            "perekrestok": ["4189730"],
        }, "canned stewed pork (Свинина тушеная, any brand/size); no title states the container and none says glass "
           "(ст/б), so all are taken as tins (judgement); beef, turkey, horse stew excluded"),
        ("макароны рожки 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "рожки pasta in a 1 kg pack: none - Пятёрочка/Магнит/Дикси/Перекрёсток carry рожки only in 400-450 g "
           "packs and Магнит «Моя цена Рожки 3кг» (a written pack size is respected)"),
        ("соли пачку небольшую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000328011", "ЦТ0031984", "2000543511", "2000543512"],
            "perekrestok": ["3605522", "3613636", "3613637", "4259187", "4266810", "4221321"],
        }, "plain salt (поваренная, морская, каменная, гималайская) in packs under 1 kg: Дикси 500 g (4Life, "
           "Крымская мелкая/средняя, Экстра), Перекрёсток 180-500 g (Илецкая, 4Life, Зелёная Линия "
           "гималайская/Крымская, Маркет вываренная); «небольшую» excludes the ordinary 1 kg packs (Магнит Мареман, "
           "Дикси/Перекрёсток 1 кг); flavoured salts (Вкусная соль, адыгейская, с травами, чесночная), dishwasher "
           "salt (Finish, Сомат) excluded"),
        ("сальца соленого кусок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000601572"],
            "perekrestok": ["4280740"],
        }, "salted pork fat: Перекрёсток «Сало из свиного шпика с черным перцем и чесноком» and Дикси «Шпик "
           "бутербродный Мясоедов с чесноком» (шпик = сало, taken as salted - outside knowledge); smoked/boiled "
           "грудинка and raw pork belly excluded"),
    ]),
    # fvr06 Snickers, peanuts, Rollton, crispbread
    ("snickers 4 шт, арахис соленый 2 пачки, роллтон лапша подешевле, хлебцы хрустящие ржаные 2 пачки", [
        ("snickers 4 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000348756", "DI00078665", "2000189225"],
            "perekrestok": [],
        }, "Snickers bars (Дикси: with almonds, Super, Пломбир flavour); Snickers Minis bags (Пятёрочка 1 kg, Магнит "
           "«Конфеты СНИКЕРС минис 100г») excluded as a bag of mini candies, not bars; Snickers ice cream excluded"),
        ("арахис соленый 2 пачки", {
            "pyaterochka": [],
            "magnit": ["81631c53d8"],
            "dixy": [],
            "perekrestok": [],
        }, "plain salted roasted peanuts: Магнит «Арахис СЕМУШКА, жареный, соленый»; CHICO&RICO flavoured peanuts "
           "(сыр, бекон, васаби, Мексика) excluded as flavoured"),
        ("роллтон лапша подешевле", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3947754"],
        }, "Роллтон instant noodles: Перекрёсток «Вермишель Роллтон По-домашнему с говядиной 85г» (Rollton's instant "
           "noodle block - judgement); Роллтон potato puree, bouillon and dry pasta (Ракушки/Спирали/Рожки с "
           "оливковым маслом) excluded"),
        ("хлебцы хрустящие ржаные 2 пачки", {
            "pyaterochka": [],
            "magnit": ["eb4308a4fa"],
            "dixy": [],
            "perekrestok": [],
        }, "rye crispbread: Магнит «Хлебцы ЩЕДРЫЕ, Тонкие ржаные»; other хлебцы (5 злаков, гречневые, рисовые, "
           "кукурузные, шведские с семенами, с чесноком) do not say rye"),
    ]),
    # fvr07 hunting sausages, hard cheese, galettes, 5 l water
    ("колбаска охотничья, сыр твердый подешевле, галеты пачку, вода питьевая 5 литров баклажка", [
        ("колбаска охотничья", {
            "pyaterochka": ["3385825"],
            "magnit": ["704a1e1642"],
            "dixy": ["2000397424"],
            "perekrestok": [],
        }, "hunting sausages: Пятёрочка МДБ «Колбаски Охотничьи п/к», Магнит «Колбаски ОХОТНИЧЬИ полукопченые», "
           "Дикси Царицыно «Колбаса Охотничья сырокопченая» (the diminutive колбаска covers the Охотничья recipe - "
           "judgement); Охотничий cheese and sauce excluded"),
        ("сыр твердый подешевле", {
            "pyaterochka": ["3388814", "3367104", "3637088", "6e1075104f"],
            "magnit": ["8000046709", "0086507076", "8000032666", "1000578272", "1000371470", "1000500641",
                       "1000500639", "1000500635", "1000500634", "1000426484", "bb94e30976", "e2a74deed4",
                       "8555af9284", "be2dd7f6c8", "1b8b3c9113", "f524067ea6", "07ea28435e", "f7f5ec29c3",
                       "1000367086", "1000367084", "1000387429", "1000316963", "1000242775", "1000451006",
                       "1000242776", "1000316960", "1000316962", "1000316961", "e1ddb3122f", "f6d00325e6",
                       "bdf248d14f", "1000471929", "48c9a80520", "59a960bc76", "4a1b7dbb6f", "8000068573",
                       "959ebe85ab", "e7e41c2d16", "13cdfe21e3", "a296745f42", "f3ad590715", "1000153883",
                       "1000074377", "1000564747", "1000567797", "f1ec862f1b", "612aa92a54", "19a309a351",
                       "8000032665", "1000057898", "0dc02300a0", "267e62ed23", "0ff9b3b851", "9408329d97",
                       "1000384143", "90021816c1", "f55c16f629", "ca5cdad8ff", "1000278400", "8000046707",
                       "8000076647", "1000318957", "1000452314", "1000352345", "1000565717", "1000383360",
                       "8000040121", "eea589ee34", "31ddd058b1", "8000072121", "aa8307af5f", "632a4664e6",
                       "1000512567", "1000332012", "1000560446", "b10071458c", "27147c26e5", "8000027253",
                       "1000526832"],
            "dixy": ["2000588771", "2000420018", "2000302672", "2000365650", "2000397447", "2000397412",
                     "2000184737", "2000325240", "2000176772", "2000279127", "2000281063", "2000282400",
                     "2000209050", "2000597551", "2000557451", "2000300247", "2000578151", "2000407435",
                     "2000566494", "2000541532", "2000578152", "2000579911", "2000557813"],
            "perekrestok": ["4345021", "4357611", "4289617", "4353317", "3500346", "3500347", "4353316", "3496416",
                            "3496419", "4300784", "3668882", "3629975", "4370306", "4274229", "4271631", "3501004",
                            "3505826", "4003954", "4003953"],
        }, "hard and semi-hard cheese as the everyday «твёрдый сыр» (Российский, Голландский, Гауда, Эдам, Маасдам, "
           "Тильзитер, Ламбер, Пармезан, Чеддер, Грюйер, Гойя, Асьяго, Сливочный, Сметанковый, Белебеевский, Брест-"
           "Литовск, Ларец, Песто, Oldenburger, grated hard cheese, sliced and weighed) - taking semi-hard as "
           "«твёрдый» is a judgement on everyday usage; soft, brine and pasta-filata cheeses (моцарелла, сулугуни, "
           "чечил/косичка/пряди/спагетти, брынза, фетакса, адыгейский, халуми, скаморца, качотта, буррата), mould "
           "cheeses, рикотта, маскарпоне, cream cheese, processed cheese, Предгорье Кавказа «Ассорти», smoked "
           "«Гурманский», Cheese House «Cheese 20%» (type unknown) and tofu excluded; «подешевле» is a wish"),
        ("галеты пачку", {
            "pyaterochka": ["85edc75963"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "galettes: Пятёрочка «ДЫМКА Галеты КЛАССИЧЕСКИЕ»; crackers (Tuc, Бэйкер Хаус, Смайл, Скрепыши) are not "
           "галеты"),
        ("вода питьевая 5 литров баклажка", {
            "pyaterochka": ["3635131"],
            "magnit": ["7f00277465", "daea15c2c5", "c0d204fa30"],
            "dixy": ["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            "perekrestok": ["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871",
                            "4231308"],
        }, "still drinking water in 5 l bottles, incl. natural table mineral water (Пятёрочка «Легенда Гор 5.0») and "
           "children's drinking water 5 l (ФрутоНяня, Аквалайн «Для ляль», Черноголовка Бэйби, Кидси); a written "
           "size is respected - 1.5/1.75/2.5 l excluded"),
    ]),
    # fvr08 home: milk, white bread, eggs, butter
    ("молоко 3.2% два пакета\nхлебушек белый 1 буханка\nяиц куриных десяточек\nмаслице сливочное 82%", [
        ("молоко 3.2% два пакета", {
            "pyaterochka": ["2144368"],
            "magnit": ["1051242645", "1000122658", "1000244834", "8000026015", "1000553875", "8000026014",
                       "1812450001", "1000323041", "1000139951", "be3e0e74c3", "1000049786", "1000445488",
                       "1000127183", "1059990140", "4aff59ccac", "18ca387556", "8000081425", "1000172272",
                       "1899800825", "8000058295"],
            "dixy": ["2000594992", "2000557212", "2000238271", "2000509793", "2000066819", "2000560951",
                     "10J0077073", "2000600213"],
            "perekrestok": ["3668953", "3668699", "4162259"],
        }, "cow drinking milk labelled exactly 3.2 % (pasteurised/UHT/sterilised, any pack, incl. children's and "
           "lactose-free milk: Агуша, Тема, Аммм, Зелёная Линия «для детского питания»); ranges 3.2-4 / 3.2-6, "
           "топлёное (Эго, Северная долина), Му-у «Для капучино», Чудо milkshakes and condensed milk excluded; «два "
           "пакета» is a quantity"),
        ("хлебушек белый 1 буханка", {
            "pyaterochka": [],
            "magnit": ["643727af2a", "67f076fea4", "3d48c1e07c"],
            "dixy": [],
            "perekrestok": ["78020935", "49457"],
        }, "white wheat bread loaf: Магнит «Хлеб ГОРЧИЧНЫЙ пшеничный», «Хлеб ТОСТОВЫЙ пшеничный», «Хлеб ЧАЙНЫЙ "
           "ГОСТ», Перекрёсток «Хлеб Перекрёсток Французский», «Хлеб Горчичный» (Чайный, Французский and Горчичный "
           "taken as white wheat bread - outside knowledge); батоны, багеты, чиабатта, rye and rye-wheat breads "
           "(Дарницкий, Бородинский, Столичный, Крестьянский), grain/bran/malt breads, «Советский», «Сельский», "
           "«формовой» (flour not stated) excluded"),
        ("яиц куриных десяточек", {
            "pyaterochka": [],
            "magnit": ["3454700001", "2047000007", "2047000014", "2047000033", "1000247393", "1000247190",
                       "e5202b5cfd", "1000247378", "1000247384", "1000247234", "1a8d487cea"],
            "dixy": ["2000588991", "2000326489", "2000596671", "2000269323", "2000269325", "2000212529",
                     "2000238733", "2000284425", "2000139399", "2000601652", "1041042135"],
            "perekrestok": ["4201192", "4201194", "4168688", "4339427", "4364349", "3392204", "4337164", "4352464",
                            "3356111", "3432532", "2131762", "3421287", "3914040", "3001671", "4236458", "3355250",
                            "2109476", "4085791", "2131763", "4012802", "4085790", "4085792", "3182856", "3182853"],
        }, "chicken eggs in packs of exactly 10, any category (С0/СО/отборные, С1/1 категории, С2, высшей "
           "категории); packs of 6/15/20/30, quail eggs, chocolate eggs and mayonnaise «на перепелиных яйцах» "
           "excluded"),
        ("маслице сливочное 82%", {
            "pyaterochka": ["3993159", "3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                       "1000433642", "87355db645", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad",
                       "1000070643", "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831",
                     "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["3654551", "4175276", "3999749", "3413519", "3643092", "3637761", "34890", "3628337",
                            "4260609", "3026226", "4113532", "4188099", "4188102", "3434127", "4281083", "3963777",
                            "3612778", "4310021", "4055506", "86149", "3369241", "3698785", "3287314", "3396544",
                            "3657363", "4292462", "4343792", "3699369", "3953367", "4196090", "4135603", "3922315"],
        }, "butter labelled 82 % or 82.5 % (сливочное/сладкосливочное/Традиционное/Вологодское, salted or not, incl. "
           "lactose-free Тысяча Озёр); Крестьянское 72.5 %, шоколадное 62 %, топлёное, spreads and margarine "
           "excluded"),
    ]),
    # fvr09 liver pate, saury, black tea
    ("паштет печеночный в жестянке, сайра консервы, черный чай 100 пак", [
        ("паштет печеночный в жестянке", {
            "pyaterochka": ["3966502"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "liver pâté in a tin: Пятёрочка «Консервы мясорастительные паштетные стерилизованные: Паштет с гусиной "
           "печенью 250 г» (sterilised canned pâté, taken as a tin - outside knowledge); Пятёрочка Егорьевская "
           "«Паштет из печени», Магнит Йошкар-Олинский «ПАШТЕТ ПЕЧЕНОЧНЫЙ» 100 g and Михайлов Курень «Печеночный» "
           "250 g excluded because nothing says tin/консервы (chilled pâtés in film), ARGETA «жесть+ключ» excluded "
           "(chicken, not liver), pet food excluded"),
        ("сайра консервы", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned saury: no offer in any store (nothing titled сайра)"),
        ("черный чай 100 пак", {
            "pyaterochka": ["18087", "3141303", "2070399"],
            "magnit": ["f27576dc9c", "8e34db68c9", "4c2b5b0e84", "262636efc4", "9ed6ab900f", "539736f8c3",
                       "cf54caa8df", "1305f039da", "591cd0328d", "b411bf6170", "c237948667", "bd44dec0f2",
                       "79c875b985", "f528489d63", "a2edebfe73", "1ce117e378", "62e44aad83", "0b0945cde7",
                       "62e737f079", "f2ec203f7f", "543ee3fdd2", "dc9080ff20"],
            "dixy": ["2000520549", "2000520542", "2000289445", "2000568232", "2000224056", "ЦТ0016759",
                     "2000228472", "2000262681", "2000295203", "2000226734", "2000295224"],
            "perekrestok": ["2147891", "3378336", "2147890", "3450276", "3662837", "2070399"],
        }, "black tea in boxes of 100 bags (100 пакетиков / 100х2 г / 100 пак / 100 пир. / 100 шт), plain and "
           "flavoured black (Эрл Грей, чабрец, Tess Pleasure/Сиеста/Forest Dream); the written count names the box, "
           "so 20/25-bag boxes, loose tea, green tea and assortment boxes excluded"),
    ]),
    # fvr10 dried fruit, almonds, dates, muesli
    ("сухофрукты ассорти, миндаля граммов 200, финики 1 упаковка, мюсли не сладкие 1 пачка", [
        ("сухофрукты ассорти", {
            "pyaterochka": [],
            "magnit": ["42489824d4"],
            "dixy": [],
            "perekrestok": [],
        }, "assorted dried fruit: Магнит «Фруктовая смесь МААГ 150г» (MAAG mix of dried fruit - outside knowledge); "
           "nut-and-fruit mixes (НАТУРФУДС, Семушка орехи+изюм, Маркет коктейль), raisin-only «Смесь винограда», "
           "candied fruit (цукаты), glazed «Ассорти КРЕМЛИНА» and fresh-fruit mixes excluded"),
        ("миндаля граммов 200", {
            "pyaterochka": [],
            "magnit": ["fd9ad7f0a4"],
            "dixy": ["2000539539", "2000327986", "2000594771"],
            "perekrestok": ["4117048", "4280434", "3428419", "4065823", "4280433", "3640846", "4306957", "4269170",
                            "4313961"],
        }, "almonds, raw or roasted, packed or weighed (Дикси «Миндаль, ядра»); «граммов 200» is a quantity; almond "
           "mixes (с клюквой), dates with almonds and chocolate excluded"),
        ("финики 1 упаковка", {
            "pyaterochka": [],
            "magnit": ["82f9dd4cba", "0821e51f12", "f937066c9b"],
            "dixy": ["2000410751", "ЦТ0024102"],
            "perekrestok": ["4259389", "3978163", "4118056", "3942207", "3942208", "4086940", "82963", "3438657",
                            "4077824", "4050836", "4286640", "4179210", "4172391", "4172390", "4172388", "4117069",
                            "4259390", "4322373", "3903859", "3010841", "4286638", "4242136", "4286634", "3943237",
                            "3504025", "4286637", "4259388", "4287359", "3620598", "78004530", "3469374", "4103572",
                            "3665243", "4027943", "51072"],
        }, "dates of any variety (dried, with or without stone, packed or weighed; Меджул, Аджва, Сагай, Суккари, "
           "Королевские); stuffed dates (с миндалём, с грецким орехом, с начинкой), dates in chocolate glaze and "
           "fresh dates on the branch excluded; «1 упаковка» is a quantity"),
        ("мюсли не сладкие 1 пачка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "unsweetened muesli: none - the only muesli (Магнит «Мюсли ОГО с тропическими фруктами») is not stated "
           "sugar-free; granola, muesli bars and yoghurts with muesli excluded"),
    ]),
    # fvr11 instant mash, noodles, sausages, ketchup
    ("картофельное пюре быстрого приготовления, лапша самая дешевая, сосисок упаковку на жарку, кетчуп в мягкой упаковке", [
        ("картофельное пюре быстрого приготовления", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000000080", "2000577651", "2000178886", "2000162971", "ЦТ0023259"],
            "perekrestok": ["3614553"],
        }, "instant mashed potato (dry cup/sachet): Дикси Роллтон (с говядиной, сыр-чеснок, с куриным вкусом), "
           "Доширак со вкусом курицы, «Бизнес меню» с куриным филе 110 г (an instant cup - outside knowledge); "
           "Перекрёсток Пр!ст «Пюре картофельное с сухариками»; chilled ready puree (Кунцево, Перекрёсток Select), "
           "Перекрёсток «Пюре Картошечка 250г» (form not stated), baby purees and ready meals with puree excluded"),
        ("лапша самая дешевая", {
            "pyaterochka": ["d7d44e6c8e", "3402845"],
            "magnit": ["031445c77a", "f3da9c547b", "d2f2370002", "af9d71aa92", "af7a5a4e7c", "07265a036c",
                       "a5c4322325"],
            "dixy": ["2000592093", "ЦТ0037844", "T000023442"],
            "perekrestok": ["3980622", "3947754", "4052435", "4303687", "4307631", "4061765", "4061768", "4061766",
                            "3664094", "4303688", "4326610"],
        }, "any noodles, dry or instant: Доширак, BigBon, Роллтон instant вермишель, egg/лагман/бешбармак/домашняя "
           "лапша, Неаполитанская, Макароны «Лапша» (Верони, Аида), soba, somen and glass noodles (фунчоза, incl. "
           "Пятёрочка Домшим «вермишель Фунчоза» and Магнит Сэн Сой фунчоза kit); «самая дешевая» is a wish; ready "
           "dishes (Главобед лапша в соусе, рисовая лапша с морепродуктами, Фо, Ми Хом, фунчоза salads) and short "
           "pasta вермишель excluded"),
        ("сосисок упаковку на жарку", {
            "pyaterochka": ["3631905", "3306014", "16676bb3f8"],
            "magnit": ["9323828a10", "5ee4bc3c3d", "d08287067b", "9b4b38b86e", "7c9f298d18", "c7e784766f",
                       "c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83", "a71ef90bc4", "c09ecd22ea",
                       "37c028c01a", "61299796c8", "5215d6a234", "2dd98ca456", "119aa8a644", "1e5c44f755"],
            "dixy": ["2000513172", "2000418174", "2000565391", "2000592098", "2000308550", "2000566633",
                     "2000300143", "2000190007", "2000279644", "2000174171", "2000330718", "2000326151",
                     "2000324158", "2000577622", "2000322511", "2000595013", "2000566631", "2000286260",
                     "2000316003", "2000563472", "ЦТ0047282", "2000125037", "2000602632", "2000318804",
                     "2000231293", "2000572752", "2000600471", "2000424551", "2000528072", "2000181981"],
            "perekrestok": ["3416253", "4337767", "4279045", "4339153", "4081069", "4337765", "3464088", "3464086",
                            "3359555", "4353596", "3460864", "3330134", "3390152", "3486631", "3443810", "4276248",
                            "3697463", "3635837", "3434237", "4342912", "4343709", "4329781", "4332703", "4321243",
                            "4276249", "4344479", "3489558", "4051414", "3198697", "3207022", "4169220", "4169216",
                            "3653933", "4175216", "4100627", "4100629", "3347588", "4062689", "4045571", "4135356",
                            "4241464", "4077764", "4316920", "4221323"],
        }, "any сосиски (молочные, сливочные, венские, баварские, с сыром, из индейки, children's, гриль), packed; "
           "«на жарку» is a purpose; сардельки, колбаски and Перекрёсток «Капуста с сосисками» excluded"),
        ("кетчуп в мягкой упаковке", {
            "pyaterochka": ["3273905", "3273907", "3387265", "2157308", "2157309"],
            "magnit": [],
            "dixy": ["2000143225", "2000143160", "2000033799", "2000567792", "2000567791", "2000207290",
                     "2000207280", "2000551592", "2000309687", "2000193817", "2000224973", "2000603860"],
            "perekrestok": ["4312324", "4295650", "4295653", "4295651", "4157356", "4157803", "4157697", "4157703",
                            "4116848", "4157704", "4157702", "4312325", "2157567", "3970015", "4044938", "3673189",
                            "3941585", "3446697", "3941584", "2157566", "3673190", "4227924", "4227925", "4227926",
                            "4227928", "4227930", "4227932", "4227927"],
        }, "ketchup in a soft pack: titles saying дой-пак/д/п (Пятёрочка Heinz 350 g) and, from outside knowledge, "
           "the doy-pack formats Heinz 320 g, Heinz Pikador 300 g, Махеевъ 300/500/700 g, Слобода 320 g, Mr.Ricco "
           "Pomodoro Speciale 300 g; Heinz 460/550/800 g, Помидорка, Кухмастер, ЕЖК, Круглое лето, Первым Делом, "
           "Astoria, Sahar, Пр!ст, Mr.Ricco 550 g and Магнит Семейные секреты excluded (container unknown or "
           "bottle/jar); Cheetos «Кетчуп» excluded"),
    ]),
    # fvr12 matches, lighter, antibacterial wipes, garbage bags
    ("спички 2 коробка, зажигалку 1 шт, антибактериальные влажные салфетки пачки 3, пакеты для мусора 30л", [
        ("спички 2 коробка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "matches: no offer in any store"),
        ("зажигалку 1 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lighter: no offer in any store"),
        ("антибактериальные влажные салфетки пачки 3", {
            "pyaterochka": [],
            "magnit": ["337392b1b2", "9022eaa3a8", "73ec40a66f"],
            "dixy": [],
            "perekrestok": [],
        }, "antibacterial wet wipes: Магнит LA FRESH, АУРА, САЛФЕТИ «антибактериальные»; other wet wipes (not "
           "antibacterial) and Aura surface wipes excluded; «пачки 3» is a quantity"),
        ("пакеты для мусора 30л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "30 l garbage bags: none - Магнит has only «Мешки для мусора ... 60л» (a written size is respected)"),
    ]),
    # fvr13 Nescafe, sugar sticks, dry creamer, Yubileinoe
    ("nescafe растворимый, сахар в стиках порционный 20 шт, сливки сухие в пакетиках, юбилейное печенье две пачки к чаю", [
        ("nescafe растворимый", {
            "pyaterochka": [],
            "magnit": ["fcd2266a66", "e29b86ab6b", "5ed1824f2e", "5937914f18", "67ebe44e72", "eab407b5dd",
                       "07b5ff6b13", "45760b0392", "0c262c177c", "75165edd66", "9b7c8128ee"],
            "dixy": ["2000587951", "2000225117", "2000225116", "2000144529", "2000326563", "ЦТ0000119"],
            "perekrestok": [],
        }, "Nescafé instant coffee (Classic, Classic Crema, Gold, Gold Aroma, Gold Barista «молотый в растворимом», "
           "Дикси Gold Alta Rica - instant, outside knowledge); Nescafé 3в1 coffee drinks and Пятёрочка «Кофейный "
           "напиток Nescafe Classic 7х18 г» excluded (not instant coffee as such)"),
        ("сахар в стиках порционный 20 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "portion sugar sticks: no offer in any store"),
        ("сливки сухие в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry creamer in sachets: no offer in any store (Магнит Альпенгурт «Сливки для кофе 10% 10шт*10г» are "
           "liquid portions)"),
        ("юбилейное печенье две пачки к чаю", {
            "pyaterochka": [],
            "magnit": ["4ecdd613ad", "23c5c2875e", "68b382d22e", "858769ffec"],
            "dixy": ["2000535032"],
            "perekrestok": [],
        }, "Юбилейное cookies of any variant (Магнит витаминное/молочное/с глазурью, Дикси «Юбилейное Овсяное»); "
           "Дикси Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» coffee excluded; «две пачки» is a "
           "quantity"),
    ]),
    # fvr14 sprats, GOST beef stew, barley porridge with beef
    ("шпрот 2 банки\nтушёнка из говядины гост\nкаша перловая с говядиной", [
        ("шпрот 2 банки", {
            "pyaterochka": [],
            "magnit": ["861990d37c", "cb3b169ef1", "1bdba960f3", "b98acadada", "3382c3c046"],
            "dixy": [],
            "perekrestok": [],
        }, "sprats in oil (Шпроты, any brand, incl. «с халапеньо»); «2 банки» is a quantity"),
        ("тушёнка из говядины гост", {
            "pyaterochka": [],
            "magnit": ["738a6cb8b8"],
            "dixy": ["2000192964", "2000415753", "2000302684"],
            "perekrestok": [],
        }, "canned stewed beef whose title says ГОСТ (Главпродукт, Иван Мясоедов, Мясные ряды, Семейный бюджет); "
           "beef stew without ГОСТ in the title and pork ГОСТ stew excluded"),
        ("каша перловая с говядиной", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned pearl-barley porridge with beef: no offer in any store"),
    ]),
    # fvr15 Alpen Gold, marmalade, small sushki, Greenfield
    ("alpen gold 3 шт, мармелад, сушки маленькие пакет, гринфилд чай пакетики", [
        ("alpen gold 3 шт", {
            "pyaterochka": ["4053758"],
            "magnit": ["d5635fb03d", "2032fb5a0b", "f7d3306012", "0071fb559e", "2b68a42ddd", "b91506c103",
                       "bcde84a4a7", "142e0dbdd9", "f0ff871a33", "def53248b5", "6cfae67d2b", "d5f2c8190a",
                       "d8e11f8019", "e29d69ec44", "6e9f4b5667", "0c54d47b99", "10e6d7e476", "f0d9c24d7f",
                       "e1dde2301c", "139ff320b9", "34b14f4d9d", "7f2fc67594"],
            "dixy": ["ЦТ0042895", "2000004713", "2000178894", "2000000252", "2000220297"],
            "perekrestok": ["4329952", "4329961", "4329958", "4021002", "4356448"],
        }, "Alpen Gold chocolate bars of any flavour (milk, dark, white, пористый, Max Fun, Oreo); Alpen Gold "
           "cookies, Alpenland yoghurt and Альпенгурт cream excluded; «3 шт» is a quantity"),
        ("мармелад", {
            "pyaterochka": ["3694097", "3210545"],
            "magnit": ["bf25673720", "1d6be782be", "84ddf92864", "c9bf86aa33", "50c0f0263e", "c05e22f287",
                       "5b2fa61fb1", "78cd5088f9", "a53d8621de"],
            "dixy": ["2000586474", "2000543569", "2000536851", "2000587811", "2000602472"],
            "perekrestok": ["3682141", "3421480", "98115", "98114", "3381643", "3381644", "3381647", "3381650"],
        }, "marmalade of any kind (желейный, жевательный, дольки, Fruit-tel, Белевская пастила «Мармелад», Chupa "
           "Chups Страйпсы); Магнит toy-surprise packs (Мармелад в яйце Щенячий патруль, СВИТ БОКС с игрушкой) and "
           "Alpen Gold cookies with marmalade excluded"),
        ("сушки маленькие пакет", {
            "pyaterochka": [],
            "magnit": ["99f439b486"],
            "dixy": [],
            "perekrestok": ["4280136"],
        }, "small сушки: Магнит «Сушки-мини НЕВСКАЯ СУШКА маковые» and Перекрёсток «Сушки Ладожский малышок» "
           "(«малышок» = small сушки - judgement); баранки and Дикси «Тараллини» excluded"),
        ("гринфилд чай пакетики", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000289445", "2000228472", "2000000294"],
            "perekrestok": ["2042290", "3626161", "2147891", "2073803", "3378336", "2095906", "2114141", "2147890",
                            "46398", "3450276"],
        }, "Greenfield tea in bags (any flavour); loose Greenfield (100 g/200 g) and the herbal Greenfield Spirit "
           "Mate excluded"),
    ]),
    # fvr16 home: processed cheese, baton, cucumbers, tomatoes
    ("сырки плавленые дружба 4 шт, нарезного батона 1 штуку, огурцы свежие полкило, помидоры полкило", [
        ("сырки плавленые дружба 4 шт", {
            "pyaterochka": [],
            "magnit": ["1000227071"],
            "dixy": [],
            "perekrestok": [],
        }, "processed cheese Дружба: Магнит «Сыр плавленый Карат Дружба 45% 90г»; Магнит «Плавленый продукт ДРУЖБА» "
           "and Моя цена «Продукт плавленый Дружба с сыром» excluded (cheese products, not cheese); halva Дружба and "
           "rice/millet Увелка Дружба excluded; «4 шт» is a quantity"),
        ("нарезного батона 1 штуку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "батон нарезной: Перекрёсток Коломенское «Нарезной», Пр!ст «Нарезной классический», Маркет «Нарезной "
           "нарезанный» and «Нарезной улучшенный»; other batons (Молочный, к завтраку, Новый, Горчичный, Зерновой, "
           "Отрубной) and the untyped Перекрёсток «Батон, 300г» excluded"),
        ("огурцы свежие полкило", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000205870", "2000327957", "2000271421", "2000088660", "ЦТ0001499"],
            "perekrestok": ["3368260", "44569", "3632205", "2098997", "3301324", "3255111", "2088998", "4072",
                            "2131726"],
        }, "fresh cucumbers (гладкие, колючие, длинные, бакинские, корнишоны fresh, weighed or packed); «полкило» is "
           "a quantity; pickled, salted, marinated and jarred cucumbers excluded"),
        ("помидоры полкило", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000331828", "2000285867", "2000410142", "D000004968", "2000580825", "2000303785",
                     "2000601471", "2000601472", "10E0075437", "ЦТ0019904", "2000580827", "2000003231",
                     "2000186544", "2000327738"],
            "perekrestok": ["4327416", "4335742", "4335744", "4378622", "3383460", "4255159", "42138", "3373662",
                            "4377073", "4214021", "4217379", "4272752", "3410591", "4381951", "4381952", "4371254",
                            "4125409", "14809", "3657325", "82521", "4375133", "2166", "14811", "4261327",
                            "3695580", "21292", "3383465", "2100224", "11971", "3634714"],
        }, "fresh tomatoes of any kind incl. cherry, cocktail, plum, pink, Кумато, on the vine; «полкило» is a "
           "quantity; canned, marinated, salted, sun-dried, chopped («резаные») tomatoes, tomato paste/juice "
           "excluded"),
    ]),
    # fvr17 home: toilet paper, Fairy, sponges
    ("туалетная бумага рулона 4 подешевле, фейри для посуды одну бутылку, губок для посуды штук 5", [
        ("туалетная бумага рулона 4 подешевле", {
            "pyaterochka": [],
            "magnit": ["11634cf6c9", "e01188fba0", "be21812bf9", "24f2c70304", "b0339ecad9", "f88b88076f",
                       "0f9bdfbe08", "475d902330"],
            "dixy": ["2000294361", "2000142974"],
            "perekrestok": [],
        }, "toilet paper in packs of 4 rolls (ЗЕВА/ZEWA Делюкс, Плюс, Нэчерал софт, Just1, Папия/Papia); «рулона 4» "
           "read as the 4-roll pack; 6/8/12-roll packs, wet toilet paper excluded; «подешевле» is a wish"),
        ("фейри для посуды одну бутылку", {
            "pyaterochka": [],
            "magnit": ["d076c21852", "186ff3d636", "4cf63843e3", "a401696a68", "514b218200", "a8a6d84ae6",
                       "b3ebaa28e5", "8d877b13ce", "bbb10983dd", "d0bd1a2d49", "551d8403a9", "df2c291ad1",
                       "7c5bd74e06", "43a0e3032e"],
            "dixy": ["2000517533", "2000265727", "2000274013", "2000591971", "2000371202"],
            "perekrestok": ["4141118", "4011474"],
        }, "Fairy washing-up liquid of any scent and size; Fairy dishwasher tablets (All in 1 / Все в 1) excluded; "
           "«одну бутылку» is a quantity"),
        ("губок для посуды штук 5", {
            "pyaterochka": [],
            "magnit": ["0c37e6092e"],
            "dixy": [],
            "perekrestok": [],
        }, "dish sponges: Магнит «Губки для посуды МАГНИТ НУЖНЫЕ ВЕЩИ Макси, 5шт.»; shoe sponge excluded; «штук 5» "
           "is a quantity"),
    ]),
    # fvr18 home: round rice, peas, corn, mayonnaise
    ("рис круглый на молочную кашу 1 кг, горошек консервированный зеленый 1 банка, кукуруза сладкая консервированная 1 банка, майонеза пачку", [
        ("рис круглый на молочную кашу 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice in a 1 kg pack: none - round rice is sold in 900 g, 500 g and 5х80 g packs (a written "
           "pack size is respected)"),
        ("горошек консервированный зеленый 1 банка", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92",
                       "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884",
                     "2000118079", "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "4059535", "3635251", "4283761", "3951175", "3483842",
                            "19134", "4206921", "3628006", "77114", "32340", "4273266", "4274246", "3350744",
                            "3360308", "3026306", "4380317", "4211849", "2035571", "4192227", "4188483", "4011800",
                            "3504837", "3447858"],
        }, "canned green peas (зелёный/молодой/деликатесный, any brand and size incl. the 4.15 kg catering tin; "
           "Магнит Грин Рэй/6 соток «молодой» without «зелёный» are the same product); frozen peas, peas with "
           "carrots, «Горошек сладкий» (fresh sugar peas), pea microgreens and dog food excluded; «1 банка» is a "
           "quantity"),
        ("кукуруза сладкая консервированная 1 банка", {
            "pyaterochka": [],
            "magnit": ["cfc404aebb", "a869e5b9ba", "d2de35fd7c", "27836bac30", "fb00d5f8b1"],
            "dixy": ["2000163950", "2000279948", "DI00079261", "10E0064890", "1041027555", "2000313796",
                     "2000556891", "2000318963"],
            "perekrestok": ["3447859", "4316301", "4321444"],
        }, "canned sweet corn (сладкая/сахарная/молодая in grains, any brand; Магнит Бондюэль 212 мл/340 г taken as "
           "sweet corn - outside knowledge); corn sticks, flakes, baby puree and salads excluded; «1 банка» is a "
           "quantity"),
        ("майонеза пачку", {
            "pyaterochka": ["3277400"],
            "magnit": ["1000108624", "d8bbb63f48", "5861fc587f", "ddda8365b8", "2c23c84574", "269c8ab257",
                       "d2dba12ffc", "1b1e1ef668", "53cac67445", "1000520539", "1000077733", "1000558908",
                       "1000077734", "1000498096", "1799700138", "1000450507", "1000501598", "56ff8ec751",
                       "7d31b46ae3", "1000554514", "1000556519", "1000556521", "f0f427f9d4", "da818e4a20",
                       "b624a9bb8a", "7a519275b4", "1000277219", "1000169172", "8000045828", "1728400015",
                       "1799900201", "8000045827", "1000233673", "1728400030", "1000179908", "1000016691",
                       "8000023980", "fa82a39b34", "1000351363", "1000422623", "1000014596", "1000356802",
                       "1000348713", "8000056331", "8000059708"],
            "dixy": ["2000567053", "2000570511", "2000202331", "T000005518", "ЦТ0040573", "2000593851",
                     "2000409572", "2000204803", "2000156539", "ЦТ0027566", "2000265607", "2000265115",
                     "1100075125", "2000000160", "2000202332", "2000530112", "2000186981", "ЦТ0044024",
                     "2000135999", "ЦТ0045065", "2000429651", "2000539317", "2000572811", "2000602611",
                     "2000306265", "2000202369", "2000172969", "2000176263", "2000599457"],
            "perekrestok": ["4284062", "3425670", "3640161", "3425669", "3412258", "4072721", "2047206", "4339442",
                            "2093561", "4261699", "4259098", "4259097", "4297819", "3677986", "4331515", "4331518",
                            "4331533", "4279915", "4331500", "4331497", "3016147", "3467275", "3419671", "3636361",
                            "3674577", "3193489", "78193", "3389322", "2162564", "3335647", "2108609", "3163111",
                            "4225978", "4199312", "3029014", "4112954", "4105769", "3695167"],
        }, "mayonnaise of any brand/fat (провансаль, оливковый, на перепелиных яйцах, домашний, с лимонным соком, "
           "with avocado oil); «майонезный соус»/«соус майонезный» (Постный, Лёгкий 25%, Коул-слоу, Astoria сырный) "
           "and herring in mayonnaise excluded; «пачку» is a quantity"),
    ]),
    # fvr19 still water, Lay's, energy drinks
    ("вода негазированная 1.5л 4 бутылки, лейс чипсы, энергетики 2 банки", [
        ("вода негазированная 1.5л 4 бутылки", {
            "pyaterochka": [],
            "magnit": ["75ce595dc6", "65b73d7b58", "720f82c2d2", "162ec6aa1d", "98aaa95b9c"],
            "dixy": ["ЦТ0046868", "2000335456", "2000285345"],
            "perekrestok": ["3655718", "4344084", "4264401", "3674372", "4316383"],
        }, "still water in 1.5 l bottles: drinking water (Магнит, ОВК, Святой Источник, Пр!ст, Маркет, Люкс, "
           "Tassay), natural table mineral water «негазированная» (Архыз, Горная вершина, Сенежская) and children's "
           "water ФрутоНяня 1.5 л; Магнит Архыз «природная» and ФрутоНяня taken as still (outside knowledge); "
           "sparkling, flavoured (клубника, лимон, персик), medicinal-table (лечебно-столовая) and other sizes "
           "(0.5/1.75/2 l) excluded"),
        ("лейс чипсы", {
            "pyaterochka": ["3453317", "3453319", "3453321"],
            "magnit": [],
            "dixy": ["2000568012", "2000001186", "ЦТ0036304", "ЦТ0044994", "2000330912", "10J0079471", "2000587092",
                     "2000587093", "2000325823", "2000603177", "2000431160"],
            "perekrestok": ["4094200", "3326764", "4035356", "4179187", "4210938"],
        }, "Lay's potato chips of any flavour and size, incl. Lay's Stax; other chips brands excluded"),
        ("энергетики 2 банки", {
            "pyaterochka": [],
            "magnit": ["f4ace401d4", "81c81e1a31", "6c553cceef", "4178214af4", "fa27f4c150", "b332431eca",
                       "eaee7b7235", "d14454fd02", "40ecd31c9e"],
            "dixy": ["2000600293", "2000600292", "2000565672", "2000572753", "2000542794", "2000529079",
                     "2000268262", "2000291275", "2000291276", "2000603931", "2000595892", "2000596692"],
            "perekrestok": ["4229369", "4199222", "4363397", "4206324", "4274186", "4315389", "3503452", "2119252",
                            "3173468"],
        }, "energy drinks (Red Bull, Burn, Adrenaline, Gorilla, Drango, Tornado, Volt, E-ON, Lit Energy, Flash Up "
           "incl. «энергия ... тонизирующий»; Дикси X-Turbo «напиток тонизирующий» taken as energy drink - outside "
           "knowledge), cans or bottles; J7 Energy juice, Kombucha «energy», kefir «Active Energy» and tonic candies "
           "excluded; «2 банки» is a quantity"),
    ]),
    # fvr20 sliced dry-cured sausage, sliced rye bread, smoked string cheese
    ("колбаса сыровяленая нарезка, хлеб ржаной в нарезке, копченый сыр косичка 1 уп", [
        ("колбаса сыровяленая нарезка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000603391", "2000308847"],
            "perekrestok": [],
        }, "sliced dry-cured sausage: Дикси Мясницкий ряд «Верона» and ЕКГФ «с трюфелем» (сыровяленая нарезка); "
           "whole/unsliced сыровяленая (Casademont Лонганиза/Фуэт, Магнит Casademont Сальчичон 100 g and Перекрёсток "
           "Казылык 90 g - slicing not stated), сырокопчёная нарезка and meat chips excluded"),
        ("хлеб ржаной в нарезке", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3382146", "4329404", "3974719", "3974720", "4074396", "3627134", "3658457", "4276930",
                            "3953836", "3624125", "2053660", "3965436"],
        }, "sliced rye bread: titles saying ржаной/ржано-пшеничный plus Бородинский and Дарницкий (rye-wheat black "
           "breads - outside knowledge), each «нарезка/нарезанный»; unsliced rye breads, Столичный/Измайловский (rye "
           "not stated), Ржаной Край (a brand, not a type), Дикси «Хлеб Елизавета вафельный ржаной» and rye "
           "baguettes excluded"),
        ("копченый сыр косичка 1 уп", {
            "pyaterochka": [],
            "magnit": ["1899910911", "1000368975", "8000075315"],
            "dixy": [],
            "perekrestok": ["4166737"],
        }, "smoked braided string cheese (косичка/коса копчёная): Магнит М Свежесть «Косичка копченая», «Сыр Коса "
           "копченый» weighed, «Чечил косичка копченая»; Перекрёсток Маркет «Косичка копченый»; спагетти/пряди, "
           "Охотничий копчёный, скаморца and smoked mackerel «косичка» excluded; «1 уп» is a quantity"),
    ]),
    # fvr21 cashews, sunflower seeds, kozinak, halva, cereal bars
    ("кешью 150 г, семечек жареных пакет, козинак, халва подсолнечная 250г, батончики злаковые 6 шт", [
        ("кешью 150 г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3428417", "3942814", "4280430", "4252731", "3942810", "4259621", "4303530"],
        }, "plain cashews in 150 g packs (Семушка жареный, Маркет жареный, Маркет/Market Collection сушёные) and "
           "weighed plain cashews (Перекрёсток «Кешью жареный», «Кешью сырой» - a 150 g portion can be weighed); "
           "packs of 50/100/113/120/130/135/500 g and flavoured cashews (терияки, карри, паприка, с мёдом, со "
           "специями) excluded"),
        ("семечек жареных пакет", {
            "pyaterochka": ["a42f313fd4"],
            "magnit": ["166510f6cc", "83a6516715", "5cbde10c7f", "c07c5cf8b5", "f87f37880a", "a9efec4e65"],
            "dixy": ["2000277205", "2000562834", "2000540213", "2000196729", "2000282287", "2000151864",
                     "2000228392", "2000285542", "2000300666", "2000433743"],
            "perekrestok": ["4323974", "4373719", "4066293", "4155183", "85158", "3360327", "3338822", "4260366",
                            "3014404", "4132783", "3652924", "3358404", "4004281", "4280034", "4280033", "3348828",
                            "3072541", "3403508", "3669391", "3669122", "3624461", "3469303", "3677347", "3331102",
                            "3276168", "3276166", "3664432", "4066289", "3674375", "3248290", "3248291", "3916662",
                            "3671291", "3619418", "3613320", "3630849", "3473272", "3473273", "3449918", "3444686",
                            "3642467", "3695680", "3669392", "3661124"],
        }, "roasted sunflower seeds, salted or not, any brand/pack; branded snack семечки without «жареные» in the "
           "title (От Мартина, Белочка, Золотая Семечка, Бабкины, Степановна) taken as roasted (outside knowledge); "
           "pumpkin seeds, seeds with peanuts, raw/очищенные seeds and хлебцы with seeds excluded"),
        ("козинак", {
            "pyaterochka": ["3387472"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "козинак: Пятёрочка «Козинак MixBar подсолнечный»"),
        ("халва подсолнечная 250г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sunflower halva 250 g: none - Пятёрочка/Магнит «Халва Дружба с арахисом» 250 g does not say подсолнечная "
           "(taken as peanut-halva variant), РотФронт «в шоколаде» 400 g and halva candies excluded"),
        ("батончики злаковые 6 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000227732"],
            "perekrestok": ["3407418", "4211374", "3455919", "3455922", "3600317", "3600318", "3600319", "4304777"],
        }, "cereal/muesli bars: titles saying «злаковый» or «батончик-мюсли» (Gerber фруктово-злаковый/злаковый, "
           "ДиYes, Здоровый Перекус, Bombbar мюсли, ПП мюсли); fruit bars (ФрутоНяня, Пятёрочка baby fruit bars), "
           "nut bars (Nut&Go, R.A.W., Pikki, Reeel), protein and chocolate bars, РотФронт «Батончики» candies "
           "excluded; «6 шт» is a quantity"),
    ]),
    # fvr22 Maggi soup, bouillon cubes, vermicelli, onion
    ("суп в пакетике магги, бульонных кубиков упаковку, вермишели пачка, лук репчатый 1 килограмм", [
        ("суп в пакетике магги", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Maggi packet soup: no offer in any store - only Maggi seasonings/«На второе» mixes, which are not soup"),
        ("бульонных кубиков упаковку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bouillon cubes: no offer in any store; Дикси «Бульон говяжий Роллтон Домашний 90/100 г» (granulated "
           "bouillon, not cubes) excluded"),
        ("вермишели пачка", {
            "pyaterochka": [],
            "magnit": ["e60106f6b1", "2c49a7a5d2", "7d3bf66fd0"],
            "dixy": ["T000015331", "2000004708"],
            "perekrestok": ["3446522", "82761", "3501218", "3435295"],
        }, "dry vermicelli pasta (Вермишель, Вермишелька, Паутинка, Barilla Филини, incl. Makfa spinach vermicelli); "
           "glass noodles «вермишель фунчоза» and Роллтон instant вермишель excluded; «пачка» is a quantity"),
        ("лук репчатый 1 килограмм", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh onions (репчатый, red, peeled, in a net, weighed or packed); «1 килограмм» is the quantity wanted "
           "for a weighed vegetable; dried ground onion excluded"),
    ]),
    # fvr23 Lipton, honey, lemon
    ("чай lipton 25 пакетиков, мед в баночке, один лимончик к чаю", [
        ("чай lipton 25 пакетиков", {
            "pyaterochka": ["510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Lipton tea bags, box of 25: Пятёрочка «Чай Lipton Yellow Label, черный, 25х2 г»; Lipton Ice Tea/cold tea "
           "bottles excluded"),
        ("мед в баночке", {
            "pyaterochka": [],
            "magnit": ["ec1ad9dc52", "384d8d8201", "39fc837a1f", "dadb78005d", "44c60c9317", "980d05dc00",
                       "928ff089d4"],
            "dixy": ["2000322020", "2000573811"],
            "perekrestok": ["4355859", "4320670", "4320672", "4320671", "4340911", "4340910", "3687699", "3479121",
                            "3687698", "3687710", "4316603", "4316605", "3467507", "4331449"],
        }, "natural honey in jars (any floral type, 135-500 g); honey sticks/portion packs do not occur; honey-"
           "flavoured goods, Halls, Медвежонок Барни and medallions excluded"),
        ("один лимончик к чаю", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (weighed, single or 2-piece pack); «один» is a quantity; Перекрёсток «Микс Лайм-лимон» and "
           "«Набор иммунный имбирь-лимон» excluded (sets), lemon-flavoured goods excluded"),
    ]),
    # fvr24 MacCoffee, oat cookies, wafers, condensed milk tube
    ("maccoffee 3 в 1 на 3 дня, печенье овсяное 1 пачка, вафли любые пачку, сгущенка в тюбике", [
        ("maccoffee 3 в 1 на 3 дня", {
            "pyaterochka": [],
            "magnit": ["03b9d053de"],
            "dixy": [],
            "perekrestok": [],
        }, "MacCoffee 3-in-1: Магнит «Напиток кофейный МАККОФЕ, растворимый, 3 в 1, 20г»; МакКофе Капучино Ди "
           "Торино, МакШоколад and Дикси ground «MacCoffee Pure Espresso» excluded; «на 3 дня» is a purpose"),
        ("печенье овсяное 1 пачка", {
            "pyaterochka": ["3613448", "3613445"],
            "magnit": ["857b65e2eb"],
            "dixy": ["2000351526", "2000214298", "2000325940", "2000235792", "2000225711", "2000255652",
                     "2000002140", "2000529080", "2000349045", "2000535032", "2000603633", "2000251113",
                     "2000419389", "2000603032", "2000221434"],
            "perekrestok": ["3681160", "3681278", "4202831", "4017837", "4032428", "3035354", "4185824", "4283932",
                            "3639545", "3658003", "4202788", "4202786", "4315655", "3438892", "4315656", "4024594",
                            "3218321", "2091843", "3951119", "3412681", "4172266", "4172267", "3505244", "3901907",
                            "3901906", "2023501", "91535", "2023502", "4283934", "4283939", "4258982", "4251005",
                            "4113987", "3603607", "4086029", "3613445", "3663100", "4050870", "3613448", "4356039",
                            "3688135", "4284221", "4123144", "4284222"],
        }, "oat cookies of any flavour (classic, с изюмом, с шоколадом, на мальтите/сорбите, children's ФрутоНяня, "
           "Юбилейное Овсяное, Таруска «Овсянка»); protein oat cookies/flapjacks (ProteinRex, Take A Bite) and "
           "Хлебный Спас «Полезный завтрак с овсяными хлопьями» (not called овсяное) excluded; «1 пачка» is a "
           "quantity"),
        ("вафли любые пачку", {
            "pyaterochka": ["3000449", "3673372", "3957302", "1191"],
            "magnit": ["98361dfdef", "c66dcb1c29", "ff8a1f323c", "3112081001", "df2cfb12b6"],
            "dixy": ["2000575912", "2000571911", "2000395386"],
            "perekrestok": ["4323197", "4323149", "4323148"],
        }, "wafers of any kind («вафли любые»: сливочные, топлёное молоко, шоколадные, лимонные, венские, Torero "
           "mini, Take a Bitey, Kinder Maxi King); incl. Коломенский «Вафли с халвой»; wafer rolls (Яшкино "
           "«Вафельные рулетики»), трубочки, wafer candies, chocolate bars and chocolate «с вафлей», ice cream in "
           "wafer cones and wafer cakes excluded; «пачку» is a quantity"),
        ("сгущенка в тюбике", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "condensed milk in a tube: no offer in any store says tube (туба/тюбик)"),
    ]),
    # fvr25 home: kefir, cottage cheese, bananas, chicken fillet
    ("кефирчик 1 процентный литр, творог пятипроцентный пачку, бананы около килограмма, куриное филе грудки около кило", [
        ("кефирчик 1 процентный литр", {
            "pyaterochka": [],
            "magnit": ["1899911984"],
            "dixy": [],
            "perekrestok": ["2084558"],
        }, "kefir 1 % in a 1 l pack: Магнит Северное молоко «Вологодский 1% 1л», Перекрёсток Пискаревский «1%, 1л»; "
           "«литр» names the pack, so 800-970 ml/g packs and «кефирный/биокефирный продукт» excluded"),
        ("творог пятипроцентный пачку", {
            "pyaterochka": [],
            "magnit": ["1000563526", "1000535923", "3959a203ba", "8000068592", "8000079349", "8000069908",
                       "1000441658", "8000030462", "1000377235", "1720c2be05", "9aeeb10b64", "1000512632",
                       "c7f0f0e5ec", "2400019178", "1000372786", "1000475531", "1000572167", "1000208909",
                       "1079990193", "1000306424", "1000224037", "1000453157", "1000426473", "161690c563",
                       "1000448251"],
            "dixy": ["2000410935", "2000595413", "2000244591", "ЦТ0047040", "2000322093", "2000555052",
                     "2000227595", "2000539346", "2000568077", "2000309621", "2000512184", "2000599971"],
            "perekrestok": ["4050943", "4249284", "4302679", "4166368", "4153930", "4128957", "4299495", "4324116",
                            "4274201", "3279582", "3617778"],
        }, "plain cottage cheese 5 % (рассыпчатый, мягкий/нежный, из топлёного молока, lactose-free, children's "
           "Зелёная Линия «Биотворог детский»); творог with raisins/jam, зернёный в сливках and flavoured 101 Зерно, "
           "curd desserts, творожный сыр and other fat levels excluded; «пачку» is a quantity"),
        ("бананы около килограмма", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074360"],
            "perekrestok": ["3652283", "4625", "2084703"],
        }, "fresh bananas (incl. red and organic); «около килограмма» is a quantity; dried/вяленые bananas and "
           "«Бананы для жарки» (plantains - outside knowledge) excluded"),
        ("куриное филе грудки около кило", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "4323072", "3273915", "2173555", "3946764",
                            "4329298", "3653837", "52888", "3191300", "78003876", "3362832", "3940063", "4312563",
                            "3678985", "3649232", "3609675", "4306879", "4116904", "3034277", "4347498", "3216279",
                            "3336397"],
        }, "raw chicken breast fillet (филе грудки / филе цыплёнка(-бройлера), incl. малое филе, medallions cut from "
           "the fillet and Перекрёсток «Филе курицы в маринаде»); «филе цыплёнка» taken as breast fillet; breast on "
           "the bone («на кости», Псковская «Грудка»), cooked/fried fillet, thighs/wings and ready meals excluded; "
           "«около кило» is a quantity"),
    ]),
]


def blind_texts(path):
    """The 25 list texts of the blind draft (blocks after "=== fvrNN ===" lines; "#" lines are its header)."""
    texts = {}
    current = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            m = re.match(r"^=== fvr(\d\d) ===$", line)
            if m:
                current = int(m.group(1))
                texts[current] = []
            elif current is not None:
                texts[current].append(line)
    return {n: "\n".join(lines).strip("\n") for n, lines in texts.items()}


def check_blind():
    blind = blind_texts(BLIND)
    errors = []
    if sorted(blind) != list(range(1, len(LISTS) + 1)):
        errors.append("blind draft has lists %r, LISTS has %d" % (sorted(blind), len(LISTS)))
    for n, (text, _) in enumerate(LISTS, 1):
        expected = blind.get(n, "")
        if n in REPLACED:
            old, new = REPLACED[n]
            if expected.count(old) != 1:
                errors.append("fvr%02d: replaced item %r not in the blind text" % (n, old))
            expected = expected.replace(old, new)
        if text != expected:
            errors.append("fvr%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fvr"))
