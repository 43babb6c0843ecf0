#!/usr/bin/env python3
"""Re-create fresh_basket_eval_yt.jsonl -- 25 autumn shopping lists (a home canning / preserving weekend mixed
with everyday groceries, household goods and treats) hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_yt.build.py

LISTS below is literal data: 25 lists (3-5 items) as people of different ages type them to a Telegram bot,
copied byte for byte from fresh_basket_eval_yt.blind_lists.txt (written before any offer was read), except
for the two documented replacements in REPLACEMENTS (a whole list was empty in every store).  For every item
it holds the product ids of every in-stock offer of each store that a reasonable shopper who wrote exactly
that item would accept.  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the
chains' abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; the note of each item
records what was accepted, what was deliberately left out and any judgement resting on outside knowledge.
An empty list means the store has nothing acceptable (the item is "missing" there).  The labels were made
without reading or running anything of korzina.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock, no id repeats within an item, every item has a note, the labels are exactly the list's items in order
-- and writes the JSONL; this script also checks that every text equals its line of the blind draft (after
the documented replacement, for the two replaced lists).  List ids are fyt01 ... fyt25 in LISTS order;
every list is in split "fresh".
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_yt.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_yt.blind_lists.txt")

# list number -> (blind item, replacement item); made after labelling because every item of the list was
# missing in all four stores (see README "Replacements").
REPLACEMENTS = {
    9: ("яблоки антоновка кг 3", "яблоки зелененькие кг 3"),
    14: ("перчик черный горошек для маринада", "перчик черный молотый для маринада"),
}

E = []  # shorthand for "nothing acceptable in this store"


def S(p=E, m=E, d=E, x=E):
    """acceptable ids per store: Пятёрочка, Магнит, Дикси, Перекрёсток."""
    return {"pyaterochka": list(p), "magnit": list(m), "dixy": list(d), "perekrestok": list(x)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fyt01 canning weekend: cucumbers
    ("огурчики для засолки 3 кг, укроп зонтиками, чеснок молодой 3 головки, соль крупного помола без йода, уксусик 9% для закрутки", [
        ("огурчики для засолки 3 кг", S(m=["200221", "169161"], x=["4391463", "3682401", "3368258"]),
         "fresh cucumbers of any type (Магнит короткоплодные and пупырчатые, Перекрёсток Ботаника, «Хрустящие», fresh "
         "корнишоны 300 г in the vegetable aisle); «для засолки» is read as 'fresh, not yet salted' and does not filter the "
         "variety (titles never state pickling suitability); 3 кг is a quantity. Salted/pickled cucumbers (Глобус, МЕЛЕНЪ, "
         "Магнит «Огурцы соленые, Корнишоны», Маркет бочковые, СК.САМОБР. маринованные), pickles «Пикули», Магнит «Ассорти "
         "Черри и Корнишоны» (a jarred assortment — outside knowledge) and «Цыплёнок корнишон» excluded"),
        ("укроп зонтиками", S(),
         "dill umbrellas (seed heads for pickling) are a form the user wrote; no store has them. Fresh dill bunches (Магнит "
         "100 г, Перекрёсток Маркет Fresh, herb mixes), dried dill and herring «с укропом» excluded"),
        ("чеснок молодой 3 головки", S(),
         "«молодой» (young/green garlic) is a variety the user wrote and no title states it; Перекрёсток «Чеснок, 3шт» "
         "(ordinary garlic) excluded for that reason alone, also ФЭГ salted garlic, dried granules and garlic-flavoured goods"),
        ("соль крупного помола без йода", S(),
         "coarse non-iodised salt; the only cooking salt, Магнит MAREMAN «Соль морская средняя», is medium grind, so "
         "excluded; «Антисоль», seasonings with salt, фасоль excluded"),
        ("уксусик 9% для закрутки", S(),
         "9 % table vinegar; the only vinegar in the offers is Магнит apple vinegar 6 % (wrong strength and kind)"),
    ]),
    # fyt02 canning basics
    ("сахар 5 кг подешевле, крышки для консервирования, лимонка кислота пакетик", [
        ("сахар 5 кг подешевле", S(),
         "white granulated sugar; none is offered. Магнит РУССКИЙ «Сахар белый прессованный» (sugar cubes, not what is "
         "bought by the 5 kg for preserving) and Пятёрочка cane sugar «Демерара» excluded; «подешевле» is a wish"),
        ("крышки для консервирования", S(),
         "canning lids; no store has lids, jars or seaming tools (only food «консервы» match the stem)"),
        ("лимонка кислота пакетик", S(p=["3625350"], x=["4236367"]),
         "citric acid: Пятёрочка HAAS 250 г, Перекрёсток Пр!ст 250 г; «пакетик» is read as the usual bag pack, not a sachet "
         "size (judgement; both are small bag packs)"),
    ]),
    # fyt03 lecho / tomatoes
    ("помидоры для засолки 4 кг, перчик болгарский красненький, лук репка 3 кило, масло подсолнечное рафинированное 1л", [
        ("помидоры для засолки 4 кг", S(m=["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
                                       x=["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"]),
         "fresh tomatoes of any kind (cherry, сливовидные, коктейльные, on the vine, pink, Бакинские, orange «Медовые» cherry); "
         "«для засолки» = fresh, not yet salted, as for the cucumbers; 4 кг is a quantity. Магнит «Томаты соленые», МОЯ ЦЕНА "
         "«Томаты маринованные», tomato paste/juice/sauces, «Нектар … томат» and tomato-flavoured croutons excluded"),
        ("перчик болгарский красненький", S(m=["169191"], x=["6177"]),
         "red sweet bell pepper: Магнит «Перец болгарский, красный», Перекрёсток «Перец красный сладкий». Yellow pepper, "
         "«Перец в ассортименте, 2шт» (mixed colours), «Перец Рамиро» (a pointed variety, colour not stated), grilled pepper in "
         "jars and black pepper excluded"),
        ("лук репка 3 кило", S(m=["168731", "168741", "168721"], x=["3368252", "3623836", "79135", "79012"]),
         "bulb onions of any colour (Магнит «Светофор», Ялтинский, red; Перекрёсток Ялтинский, white, red); 3 кило is a "
         "quantity. Shallots, green onion, herb mixes and Перекрёсток «Лук салатный» (not clear whether a bulb onion) excluded"),
        ("масло подсолнечное рафинированное 1л", S(m=["0b2585a062", "c52c41afd8", "77ec9da5de"]),
         "refined sunflower oil in 1 l bottles: Магнит БЛАГО, MR.RICCO, СЛОБОДА «для жарки». Пятёрочка ОЛЕЙНА 2 л (size "
         "written), ALMADOR flavoured oils (basil, garlic), corn and olive oils excluded"),
    ]),
    # fyt04 weekday dairy and bread
    ("молоко простоквашино 2.5% 930мл, хлебушек дарницкий половинку, яички с1 2 десятка на неделю, сметанка 15% домик в деревне", [
        ("молоко простоквашино 2.5% 930мл", S(x=["2093081", "587286c051"]),
         "Простоквашино pasteurised 2.5 % 930 ml (two Перекрёсток cards). Простоквашино UHT 2.5 % 950 ml (size written), "
         "1.5 %, 3.2 %, 3.4-4.5 %, топлёное (also Пятёрочка ПРОСТОКВ. топленое), lactose-free 1.5 % and other brands' 2.5 % "
         "excluded"),
        ("хлебушек дарницкий половинку", S(),
         "Дарницкий rye-wheat bread; no store has it. Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб Даниловский» "
         "(other recipes), «Хлеб зерновой, Ржаной Край» excluded"),
        ("яички с1 2 десятка на неделю", S(p=["3446505", "3341462"], x=["3446505", "3341462", "3062836", "4068694", "3662512"]),
         "С1 hen eggs in packs of 10 or 20 (two tens or one pack of twenty — most shoppers take either): Пятёрочка СЕЛО ЗЕЛ. "
         "С1 10 and Лето С1 20; Перекрёсток Село Зелёное, Лето 20, Окское, Зелёная Линия «активита» (enriched, still С1), "
         "Маркет. СО/отборные (Волжское Утро, Окское СО, Роскар, Маркет СО), the 6-egg Волжанин pack and quail eggs excluded"),
        ("сметанка 15% домик в деревне", S(p=["3665624"], x=["3665624", "4335470"]),
         "Домик в деревне sour cream 15 % (300 г, and 450 г at Перекрёсток; no size written). Домик в деревне 20 %/25 %, other "
         "brands' 15 % (Простоквашино, Молочный Знак, Палисад…) excluded"),
    ]),
    # fyt05 sauerkraut
    ("капуста белокочанная кочанчик, морковочка мытая 1кг, клюква морож. для квашения", [
        ("капуста белокочанная кочанчик", S(d=["4738b3129c"]),
         "fresh white cabbage: Дикси «Капуста белокочанная ранняя, 1 кг». Sauerkraut (Магнит, Перекрёсток Белая Дача, Зелёная "
         "Линия…), Chinese cabbage, broccoli, cauliflower, sea-kale salad and baby purees excluded"),
        ("морковочка мытая 1кг", S(m=["199761"], x=["52112"]),
         "fresh washed carrots: Магнит «Морковь мытая, 1 уп. (1 кг)», Перекрёсток «Морковь мытая» (by weight; 1кг is then the "
         "quantity). Korean carrot salads, carrot juice/nectar, purees and sauerkraut with carrot excluded"),
        ("клюква морож. для квашения", S(),
         "frozen cranberries (form written); none is offered as frozen. Перекрёсток «Клюква дикорастущая Зелёная Линия, 250г» "
         "sits with fresh berries and does not say frozen, so excluded (a shopper who needs it for sauerkraut might take it — "
         "judgement); cranberry morses, sauerkraut with cranberry, cookies and sweets excluded"),
    ]),
    # fyt06 marinade spices
    ("уксус яблочный натуральный 6%, гвоздика пряность, душистый перец горошек, лавровый лисст", [
        ("уксус яблочный натуральный 6%", S(m=["53141da599"]),
         "Магнит «Уксус яблочный из пищевого сырья 6%» — «из пищевого сырья» is the regulatory wording for natural vinegar "
         "(outside knowledge); nothing else matches"),
        ("гвоздика пряность", S(m=["ca7084daad"]),
         "the spice clove: Магнит ВОСТОЧНЫЙ ГОСТЬ «Гвоздика целая сушеная 20г». Fruit drinks «с экстр. … гвоздики» excluded"),
        ("душистый перец горошек", S(),
         "allspice berries; none offered. Black pepper (ground, mill), pepper mixes and «душистый» in other titles excluded"),
        ("лавровый лисст", S(),
         "bay leaves (typo «лисст»); no store has them"),
    ]),
    # fyt07 household
    ("порошок tide автомат 3 кг, губки для посуды поролоновые 10 шт, пакеты мусорные 60 литров завязки, туалетка zewa 8 рулонов", [
        ("порошок tide автомат 3 кг", S(),
         "Tide washing powder for machines in a 3 kg pack (pack size written); Магнит has Tide powders of 400 г, 2.4 кг, 2.5 кг "
         "and 4 кг only, so all excluded; Tide liquids, gel capsules and other brands' 3 kg powders (Persil) excluded"),
        ("губки для посуды поролоновые 10 шт", S(),
         "foam dish sponges; no store has sponges (only dish liquids and dishwasher tablets)"),
        ("пакеты мусорные 60 литров завязки", S(),
         "60 l bin bags with ties; Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт 8,5мкм» does not say it has ties (a plain "
         "roll — judgement), so excluded; МАГНИТ 35 l bags «ушки» excluded (size)"),
        ("туалетка zewa 8 рулонов", S(p=["3900558", "4059050"]),
         "Zewa toilet paper in packs of 8 rolls: Пятёрочка Zewa Just 1 (4 plies) 8 рул. and Zewa Deluxe 8 рул. Zewa Plus 12 "
         "rolls (Пятёрочка, Магнит), ZEWA ДЖАСТ 1 4 рул., Zewa moist toilet paper, paper towels and Familia excluded"),
    ]),
    # fyt08 treats
    ("шоколадка бабаевская горькая, зефир шоколадный бело-розовый, мармеладки haribo золотые мишки", [
        ("шоколадка бабаевская горькая", S(p=["3170308"], m=["109301", "104961"]),
         "Бабаевский bitter chocolate: «Элитный 75% какао» (Пятёрочка 200 г, Магнит two 100 г cards). Бабаевский «темный с "
         "цельной карамелью и миндалем», «Фирменный», «апельсин/миндаль», «Ореховый» (not stated bitter), Бабаевский sweets "
         "and other brands' bitter chocolate (Коркунов, Alpen Gold, Merci, Коммунарка) excluded"),
        ("зефир шоколадный бело-розовый", S(),
         "the classic two-colour (white-pink) zefir in chocolate; no title states white-pink. Glazed vanilla zefirs (Шарлиз, "
         "«в шоколадной глазури с ароматом ванили» 1 кг, Белевский гл.), ВДОХНОВ. ягодное парфе, Белевский pastila-zefirs, "
         "Сладкие истории with strawberry and LOVE IS marshmallow excluded"),
        ("мармеладки haribo золотые мишки", S(),
         "HARIBO Goldbears; the only HARIBO is Пятёрочка «Жевательный мармелад HARIBO Ягоды 80г» (another product), excluded; "
         "other brands' gummy bears (FRUIT-TELL «Медвежата», БОН ПАРИ медвежонок) excluded"),
    ]),
    # fyt09 apple jam (first item replaced, see REPLACEMENTS)
    ("яблоки зелененькие кг 3, сахарок 2 кг, желфикс 2:1, корица палочками", [
        ("яблоки зелененькие кг 3", S(m=["200671"]),
         "REPLACEMENT for «яблоки антоновка кг 3» (no store has Антоновка and every item of this list was missing). Green "
         "apples: Магнит «Яблоки Гренни Смит, 1 кг» (Granny Smith is a green variety — outside knowledge). Red Delicious, "
         "«Яблоки красные», Гала, «Медовый хруст», «Яблоки сезонные» (colour not stated) and apple products excluded"),
        ("сахарок 2 кг", S(),
         "white granulated sugar, as in fyt02; only Магнит pressed cubes and Пятёрочка Демерара cane sugar exist, excluded; "
         "2 кг is a quantity"),
        ("желфикс 2:1", S(),
         "Dr. Oetker Gelfix 2:1 (gelling sugar aid); no gelling product is offered (Пятёрочка Dr. Oetker citrus glaze excluded)"),
        ("корица палочками", S(),
         "cinnamon sticks; no cinnamon spice is offered (only goods flavoured with cinnamon)"),
    ]),
    # fyt10 zucchini caviar
    ("кабачков штуки 3 помоложе, боклажаны 2 кг, томат паста баночка, перец чили острый", [
        ("кабачков штуки 3 помоложе", S(x=["44110", "48632"]),
         "fresh vegetable marrows: Перекрёсток «Кабачки» and «Кабачки цуккини зелёные» (zucchini counted as кабачки — most "
         "shoppers do); «помоложе» is a wish. Кабачковая икра, кабачки в аджике and baby purees excluded"),
        ("боклажаны 2 кг", S(x=["4414"]),
         "fresh aubergines (typo «боклажаны»): Перекрёсток «Баклажаны»; 2 кг is a quantity. Aubergine caviar, Korean-style "
         "aubergines and lutenitsa excluded"),
        ("томат паста баночка", S(p=["3696785", "84652", "3486033", "31623"]),
         "tomato paste in a jar/tin: Пятёрочка МАХЕЕВЪ «Паста ДОМАШНЯЯ томат. ст/б 500г», ПОМИДОРКА 250 мл ст/б, Heinz 310 г "
         "and Помидорка 480 мл (taken as jars — outside knowledge, their titles do not say). Ketchups, sauces, juices excluded"),
        ("перец чили острый", S(),
         "fresh hot chili peppers; none offered. Sweet chili sauces (Heinz, Махеевъ), chili ketchup, chili-flavoured "
         "snacks/chocolate and «чилийские» mussels excluded"),
    ]),
    # fyt11 grandmother's list
    ("манка 800г, кефир 1% литровку, творог 9% пачку 180, батон нарезной беленький, чай майский черный в пакетиках", [
        ("манка 800г", S(),
         "semolina 800 г; the only semolina, Магнит «Каша манная УВЕЛКА, 700г», has another pack size, excluded"),
        ("кефир 1% литровку", S(),
         "kefir 1 %; there is no kefir in the offers"),
        ("творог 9% пачку 180", S(x=["4216658"]),
         "cottage cheese 9 % in a 180 г pack: Перекрёсток «Творог 9% Молочный знак, 180г». Пятёрочка Вкуснотеево 9 % 300 г and "
         "Перекрёсток 9 % 800 г (pack written), 5 %/0.5 %/3 % cottage cheese, curd desserts and children's curds excluded"),
        ("батон нарезной беленький", S(p=["3985404"], x=["3974714"]),
         "white sliced baton: Перекрёсток «Батон Нарезной нарезка Маркет», Пятёрочка «Батон "
         "Звездный нар., Хлебный Дом» (a white baton, «нар.» taken as нарезной/нарезанный — judgement). Chocolate «батончики» "
         "excluded"),
        ("чай майский черный в пакетиках", S(p=["3399714"]),
         "Майский tea in bags: Пятёрочка «Чай Майский, смородина с мятой; душистый чабрец, 25х2 г» (Майский's flavoured black "
         "teas — outside knowledge; no flavour was excluded by the user). Майский «Новогодний шар» loose leaf 20 г excluded (form)"),
    ]),
    # fyt12 student
    ("пельмешки домашние, майонез махеев провансаль, чипсы lays краб большую пачку, адреналин раш энергетос", [
        ("пельмешки домашние", S(p=["3613537", "3672557"], m=["167901"]),
         "pelmeni of a «Домашние» line: Пятёрочка МИРАТОРГ «Пельмени ДОМАШ.» and ЦЕЗАРЬ «Пельмени ДОМАШНИЕ», Магнит Мираторг "
         "«Домашние» («домашние» read as the variety written). Other pelmeni (Сибирская коллекция, Ложкаревъ, Стародворье, "
         "Мираторг Сливочные/мраморная говядина, Бульмени, Цезарь Классика, Eat Meat, Дикси Сибирская коллекция) excluded"),
        ("майонез махеев провансаль", S(x=["2047206"]),
         "Махеевъ mayonnaise Провансаль: Перекрёсток «Майонез Махеевъ Провансаль с лимонным соком 67%, 400мл». Махеевъ «С "
         "перепелиным яйцом» (not Провансаль), Махеевъ ketchups/sauces/jams and other brands' Провансаль excluded"),
        ("чипсы lays краб большую пачку", S(),
         "Lay's crab chips in a big pack; Lay's crab exists only as 50 г and 85 г (Пятёрочка) and 90 г (Магнит) — the small "
         "and standard packs, not the big 140-225 г ones — so excluded; other brands' crab chips (Pringles, Русская картошка, "
         "LAVA LAVA) excluded"),
        ("адреналин раш энергетос", S(p=["3931836", "4068487", "3931838"], m=["205111"]),
         "Adrenaline Rush energy drinks: Пятёрочка «Адреналин раш» 0.449, «Adrenaline Rush без сахара» and «Adrenaline Rush red "
         "energy»; Магнит «Adrenaline Rush». Adrenaline Juicy, Game Fuel and Gold (other lines), Burn, Monster, Drive Me, 100кВт "
         "excluded"),
    ]),
    # fyt13 coffee for grandparents
    ("кофе якобс монарх растворимый банка, сливки 10% для кофе 500 мл, овсяное печенье к чаю внукам", [
        ("кофе якобс монарх растворимый банка", S(m=["106231"]),
         "Jacobs Monarch instant in a jar: Магнит «Jacobs Monarch, сублимированный, 95 г» (the 95 г Monarch is the glass jar — "
         "outside knowledge). Jacobs Monarch 240 г (Пятёрочка, Магнит) and Monarch Intense 150 г (Пятёрочка) taken as soft "
         "packs (outside knowledge) and excluded; Monarch beans/ground/capsules, Jacobs Crema ст/б, Gold, Millicano, Velour "
         "excluded"),
        ("сливки 10% для кофе 500 мл", S(x=["4178852"]),
         "cream 10 % in 500 ml: Перекрёсток «Сливки питьевые стерилизованные 10% Молочный знак, 500мл». Пятёрочка Сарафаново 10 % "
         "480 мл and Магнит Домик в деревне 10 % 950 г (sizes), Parmalat 11 %, 20 %/33 % cream, cream substitutes excluded"),
        ("овсяное печенье к чаю внукам", S(p=["3995521", "3995522", "3655049", "3639541", "4050870"], m=["106061", "106071"]),
         "oatmeal cookies of any kind: Пятёрочка «Классическое», «с кусочками шоколада», Юбилейное овсяное, «Миндальное "
         "овсяное», Хлебный спас «Овсяное Мультизлаковое» with apple filling; Магнит Хлебный спас «Овсяное» Злаковое ассорти and "
         "Особое. Oat flakes, oat porridges, Velle oat products excluded; «к чаю внукам» is a purpose"),
    ]),
    # fyt14 marinade (third item replaced, see REPLACEMENTS)
    ("уксусная эссенция 70%, горчица в зернах, перчик черный молотый для маринада, кориандр семена", [
        ("уксусная эссенция 70%", S(),
         "70 % acetic essence; none offered (only Магнит apple vinegar 6 %)"),
        ("горчица в зернах", S(),
         "mustard seeds for pickling (the list is about marinade spices); none offered. Table mustards (Пятёрочка «Горчица "
         "Французская Global Village», Махеевъ «Русская») excluded — judgement: in a canning list «в зернах» means seeds"),
        ("перчик черный молотый для маринада", S(m=["82dc754b2f"]),
         "REPLACEMENT for «перчик черный горошек для маринада» (no store has black peppercorns and every item of this list was "
         "missing). Ground black pepper: Магнит «Перец черный ВОСТОЧНЫЙ ГОСТЬ, молотый, 50г». Пятёрочка KOTANYI «Мельница перец "
         "черный» (whole pepper in a grinder, not ground), pepper mixes and paprika excluded"),
        ("кориандр семена", S(),
         "coriander seeds; no store has coriander"),
    ]),
    # fyt15 deli counter
    ("сок яблочный прямого отжима, сыр российский 200 гр, докторской колбаски грамм 300", [
        ("сок яблочный прямого отжима", S(p=["3920296"], m=["bc852256db"], x=["26869"]),
         "not-from-concentrate apple juice: Пятёрочка «Сок яблочный прямого отжима 0,75 л», Магнит САДЫ ПРИДОНЬЯ «Сок ябл прям "
         "отж 0,125л», Перекрёсток Сады Придонья «яблочный прямого отжима без сахара». Reconstituted apple juices (Rich, J7, "
         "Добрый, Swell, Soko Grande, ФРУКТ.САД, Агуша), nectars, mixed juices and pomegranate «прямого отжима» excluded"),
        ("сыр российский 200 гр", S(p=["4046889"], x=["3668842"]),
         "Российский cheese: Пятёрочка Брест-Литовск «российский 50% 200гр», Перекрёсток «Сыр Российский нарезка Зелёная Линия, "
         "150г» (sliced still counts; «200 гр» read as the amount wanted of a cheese usually cut to weight, not a pack filter — "
         "judgement). Сервелат «российский», chocolate «Российский», cognacs excluded"),
        ("докторской колбаски грамм 300", S(p=["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
                                            x=["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115",
                                               "4255289", "78001451", "3033317", "4221913", "3639615", "3347584"]),
         "Докторская boiled sausage of any brand and pack, sliced included (300 g is the amount wanted). Сардельки and сосиски "
         "Докторские and the energy drink «The Doctor» excluded"),
    ]),
    # fyt16 cleaning
    ("fairy лимон 900 мл, перчатки резиновые размер m, белизну для кухни бутылку", [
        ("fairy лимон 900 мл", S(p=["3501026"]),
         "Fairy lemon dish liquid 900 ml: Пятёрочка «FAIRY Ср.СОЧНЫЙ ЛИМОН д/мыт.посуды 900мл». Fairy Сочный лимон 450 мл "
         "(size), Fairy Нежные руки 900 мл / 450 мл, Platinum, AOS лимон and other brands excluded"),
        ("перчатки резиновые размер m", S(),
         "rubber household gloves; no store has gloves"),
        ("белизну для кухни бутылку", S(),
         "«Белизна» chlorine bleach; none offered. Domestos universal/toilet cleaners (chlorine-based, but not Белизна), Vanish "
         "Oxi, Comet and whitening toothpastes excluded — judgement: «белизна» names the bleach product"),
    ]),
    # fyt17 cat and fish
    ("корм феликс для кошек, древесный наполнитель в лоток 5 кг, минтай мороженый без головы", [
        ("корм феликс для кошек", S(p=["3413294", "3603050", "3603052", "3603051", "3603053"]),
         "Felix cat food of any recipe: Пятёрочка FELIX Sensations and Felix «Двойной вкус» ×3, «лосось и форель». Felix for "
         "kittens («для котят») excluded, as are other brands (Whiskas, Sheba, Purina One, Gourmet, Katty)"),
        ("древесный наполнитель в лоток 5 кг", S(),
         "wood-pellet cat litter; no store has any litter"),
        ("минтай мороженый без головы", S(),
         "frozen headless pollock (тушка); the only pollock, Перекрёсток «Минтай филе без кожи замороженный Люди Любят», is "
         "fillet — another product — so excluded (judgement); Пятёрочка «Треска Тушка» (cod) excluded"),
    ]),
    # fyt18 baby
    ("фрутоняня пюре яблоко груша, агуша творожок клубника, подгузы памперс 4 (9-14кг)", [
        ("фрутоняня пюре яблоко груша", S(),
         "ФрутоНяня apple-pear puree; none offered. ФРУТОН. «Пюре из ябл/банан/груш с печ.» (has banana and biscuit), other "
         "ФрутоНяня purees and Агуша «Груша» (brand) excluded"),
        ("агуша творожок клубника", S(),
         "Агуша strawberry curd; none offered. Агуша «Ряженка клубника» and Агуша purees/juices excluded"),
        ("подгузы памперс 4 (9-14кг)", S(p=["3680541", "3447848"]),
         "Pampers size 4 (Maxi, 9-14/15 kg): Пятёрочка PAMPERS Premium Care Pants р4 9-15 and «Трусики-подгузники Pampers, "
         "Maxi» (Maxi = size 4 — outside knowledge); pants counted as diapers («подгузники-трусики»). Pampers sizes 3, 5 "
         "(Junior), 6 (Extra Large), Huggies size 4 and Kokoro excluded"),
    ]),
    # fyt19 borscht
    ("свекла 2 кг, чесночку головки 2 на борщ, уксус столовый, масло раст. нерафинированное", [
        ("свекла 2 кг", S(m=["168801"], x=["19768"]),
         "fresh washed beetroot (1 kg packs; 2 кг is a quantity): Магнит «Свекла мытая», Перекрёсток «Свекла мытая "
         "фасованная». Beet salads and vegetable juices excluded"),
        ("чесночку головки 2 на борщ", S(x=["17662"]),
         "garlic bulbs: Перекрёсток «Чеснок, 3шт». ФЭГ salted garlic, dried granules, garlic-flavoured croutons excluded"),
        ("уксус столовый", S(),
         "table (spirit) vinegar; the only vinegar, Магнит apple vinegar 6 %, is not «столовый» — excluded"),
        ("масло раст. нерафинированное", S(),
         "unrefined vegetable oil = unrefined sunflower oil as most shoppers mean it; none offered. Unrefined/extra virgin olive "
         "oils (MONINI, Global Village, Filippo Berio) excluded — judgement: olive oil is asked for by name; refined sunflower "
         "and corn oils excluded"),
    ]),
    # fyt20 pie baking
    ("мука в/с 2 кг для пирогов, дрожжи саф момент пакетика 3, ванилинчик 2 пакета, разрыхлитель пакетиков пять", [
        ("мука в/с 2 кг для пирогов", S(p=["3296712"], x=["91304", "8065"]),
         "top-grade wheat flour in 2 kg packs: Перекрёсток Makfa высшего сорта 2 кг, Пышечка хлебопекарная высшего сорта 2 кг; "
         "Пятёрочка РЯЗАНОЧКА «ЭКСТРА» 2 кг (grade экстра is finer than высший — accepted as most shoppers would, judgement). "
         "Makfa 1 кг (pack), Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), whole-grain, rye, rice and durum «крупка» "
         "excluded"),
        ("дрожжи саф момент пакетика 3", S(x=["17366"]),
         "Саф-Момент dry yeast: Перекрёсток 11 г; 3 sachets is a quantity. Frozen yeast dough excluded"),
        ("ванилинчик 2 пакета", S(),
         "vanillin; none offered (only vanilla-flavoured goods)"),
        ("разрыхлитель пакетиков пять", S(x=["4236368"]),
         "baking powder: Перекрёсток «Разрыхлитель для теста Пр!ст, 10г»; five sachets is a quantity"),
    ]),
    # fyt21 Friday evening
    ("вино красное полусладкое хорошее, сыр с плесенью какой-нибудь, оливки зеленые б/к", [
        ("вино красное полусладкое хорошее", S(m=["e82add4994", "effe3b5e5d", "111461", "199101", "108771", "213421", "204971",
                                                 "4ed39476cb"]),
         "red semi-sweet still wine: Магнит Chevalier Lacassan «РонЖенРужМуалле» (rouge moelleux), Dardimandi Ахашени, "
         "Брояница Кадарка, Кахури and Хареба Киндзмараули, Ламбруско Ка Ди Валле red (titled as wine, not «игристое» — "
         "judgement), Луиза Чао Каберне 3 л, Лыхны red. «хорошее» is a wish. Santo Stefano «Напиток», dry/semi-dry reds, "
         "white/rosé, sparkling, port and alcohol-free wines excluded"),
        ("сыр с плесенью какой-нибудь", S(p=["3918445", "3693219"],
                                          x=["3654470", "3466978", "3626124", "4108550", "4108549", "4108547", "4108551", "3614011",
                                             "4392389", "4325430", "4325429", "3693219", "3621896", "3918445", "3640880", "3640879",
                                             "3920347"]),
         "any cheese with white or blue mould: Пятёрочка President Camembert and Petit Brie; Перекрёсток Grandblu ×2, Mont Blu, "
         "Cambozola, Бри/Камамбер (White Cheese From Zhukovka incl. truffle Camembert, Маркет, Маркет Collection, President, "
         "Ришелье), Dorblu Classic, Маркет blue. Перекрёсток «Крем-сыр Dorblu A La Creme» (a cream cheese) excluded"),
        ("оливки зеленые б/к", S(p=["3436775", "4005882"], x=["4249104"]),
         "green pitted olives: Пятёрочка ITLV «Оливки зел. без косточки», Filippo Berio «Оливки без косточки» and Перекрёсток "
         "La Explanada «Оливки без косточки» (plain «оливки» are green in Russian usage). Olives with stone, маслины (black), "
         "stuffed olives (lemon, orange, truffle, Магнит with shrimp/salmon) and Маркет olives-grill excluded"),
    ]),
    # fyt22 pantry groats
    ("крупа гречневая ядрица 900г, рис круглозерный на кашку, овсянка геркулес долгой варки, макароны макфа спиральки", [
        ("крупа гречневая ядрица 900г", S(),
         "buckwheat ядрица 900 г; the only buckwheat groats, Магнит «Крупа Гречневая Prosto, 500 г», has another pack size and "
         "does not say ядрица, excluded; buckwheat flakes, porridges, soba and rice-buckwheat mix excluded"),
        ("рис круглозерный на кашку", S(p=["3483037"], m=["106651", "106021", "199371", "106641"]),
         "round-grain rice: Магнит Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, круглый»; Пятёрочка "
         "МИСТР. «Рис для плова традиц. 900г» (the same Мистраль round rice), Магнит Националь «Адриатика» and Мистраль «Кубань» "
         "(both round-grain varieties — outside knowledge). Long-grain, basmati, jasmine, brown, Акватика mix and Националь "
         "«для плова» (grain not stated) excluded"),
        ("овсянка геркулес долгой варки", S(p=["4027131", "3472901"]),
         "traditional long-cooking rolled oats: Пятёрочка Клинские «Геркулес» 500 г and УВЕЛКА «Хлопья зерн. овсян. трад.» "
         "(«геркулес» used generically for traditional flakes — judgement). Instant oat porridges, Velle oat products, other "
         "flakes excluded"),
        ("макароны макфа спиральки", S(),
         "Makfa spirals; none offered. Макфа «перья» and MAKFA «СВИТКИ» (other shapes), FEDER./Barilla/Gusto Di Roma spirals "
         "(other brands) excluded"),
    ]),
    # fyt23 Sunday dinner
    ("курочка целиком тушка, картошечка 5 кг сетку, лук жёлтый пару кг, сметанка 20-ти процентная", [
        ("курочка целиком тушка", S(d=["4cc1fb4741"], x=["3153446", "4068157", "4312266", "4214722", "4252168"]),
         "whole raw chicken: Дикси «Цыпленок-бройлер охлажденный, 1 кг» (taken as a whole bird sold by weight — judgement), "
         "Перекрёсток «Тушка цыплёнка» 1 сорт, An-noor Халяль, Петелинка, Зелёная Линия на зерновом откорме, «Цыплёнок корнишон». "
         "Chicken parts, canned chicken, duckling carcass and fish «тушка» excluded"),
        ("картошечка 5 кг сетку", S(),
         "potatoes in a 5 kg net (pack written); no 5 kg pack exists — Магнит 1 кг, 2.5 кг and 3 кг packs, Дикси «Картофель "
         "молодой, 1 кг», Перекрёсток loose potatoes excluded for that reason alone (judgement: «5 кг сетку» names the pack)"),
        ("лук жёлтый пару кг", S(),
         "yellow onions (colour written); none is titled yellow. Red, white, Ялтинский, shallots, «Светофор» (3-bulb colour mix), "
         "«Лук салатный» and green onion excluded"),
        ("сметанка 20-ти процентная", S(p=["3664287"], x=["3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                                                        "58101", "3293409", "4349770", "4314537"]),
         "sour cream 20 % of any brand/size incl. Parmalat lactose-free 20 %: Пятёрочка Домик в деревне; Перекрёсток Братья "
         "Чебурашкины, Брест-Литовск, Вкуснотеево, Домик в деревне, Искренне ваш, Простоквашино, Ростагроэкспорт 180/500 г, "
         "Рузская, Экомилк. 10/15/25/30 % sour creams and sour-cream cakes excluded"),
    ]),
    # fyt24 against a cold
    ("медок цветочный баночку, лимончики штучки 3, имбирь корешок свежий, чаек с чабрецом листовой", [
        ("медок цветочный баночку", S(p=["3645749", "3645764"], m=["d32ff23653"]),
         "flower honey in a jar: Пятёрочка МЕДОВЫЙ ДОМ «цветочный монофлорный: Восточная липа» and «Южный цветок» (glass), "
         "Магнит МЕДОВЫЙ ДОМ «цветочный разнотравье 250г ст/б». Крем-мёд with raspberry / lemon-ginger (flavoured), chak-chak, "
         "honey cakes and honey-flavoured goods excluded"),
        ("лимончики штучки 3", S(),
         "fresh lemons; none offered. Магнит «Лайм, 1 кг» (another fruit), lemon-flavoured drinks and cleaners excluded"),
        ("имбирь корешок свежий", S(),
         "fresh ginger root; none offered. Pickled ginger (Скатерть-Самобранка, Магнит), candied ginger, ginger lemonade and "
         "ginger cookies excluded"),
        ("чаек с чабрецом листовой", S(),
         "loose-leaf tea with thyme; none offered. Магнит Ahmad «чабрец» 25 пакетиков and Richard «чабрец/розмарин» 100 "
         "пакетиков, Пятёрочка Майский «душистый чабрец» 25х2 г (all bags — form written), BIONIQ dried thyme herb excluded"),
    ]),
    # fyt25 preserving kit
    ("ключ закаточный, крышки твист 82 мм, пищевую пленку 30 м, фольгу для духовки", [
        ("ключ закаточный", S(),
         "a can-seaming key; no store has canning tools"),
        ("крышки твист 82 мм", S(),
         "82 mm twist-off lids; no store has lids"),
        ("пищевую пленку 30 м", S(),
         "cling film; none offered"),
        ("фольгу для духовки", S(m=["f69098d85b"]),
         "aluminium foil: Магнит «Фольга особопрочная 29смх7м 14мкм». Перекрёсток «Рукав для запекания Home Story» (a roasting "
         "bag, not foil) excluded"),
    ]),
]


def check_blind():
    """Every text must equal its line of the blind draft (after the documented replacement)."""
    with open(BLIND, encoding="utf-8") as fh:
        blind = [ln.rstrip("\n") for ln in fh if ln.strip() and not ln.startswith("#")]
    errors = []
    if len(blind) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS %d" % (len(blind), len(LISTS)))
    for n, ((text, _), line) in enumerate(zip(LISTS, blind), 1):
        expected = line
        if n in REPLACEMENTS:
            old, new = REPLACEMENTS[n]
            if [p.strip() for p in re.split(r"[,\n]", line)].count(old) != 1:
                errors.append("fyt%02d: replaced item %r not in the blind line" % (n, old))
            expected = line.replace(old, new)
        if text.encode("utf-8") != expected.encode("utf-8"):
            errors.append("fyt%02d: text differs from the blind draft: %r vs %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))
    print("texts: %d byte-identical to the blind draft, %d differ only by the documented replacement"
          % (len(LISTS) - len(REPLACEMENTS), len(REPLACEMENTS)))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fyt"))
