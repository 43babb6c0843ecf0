#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tr.jsonl -- 25 shopping lists of Moscow office workers buying lunch and snacks for the
day on the way to work (ready salads and meals, sandwiches, instant noodles, small drinks, snacks), hand-labelled
against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tr.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tr.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (none were needed: no list is empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftr01, ftr02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tr.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tr.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores; none were.
REPLACED = []

E = []  # an empty acceptable list: the store has nothing acceptable

# shared labels of items that occur twice in the set
WATER_STILL_05 = {
    "pyaterochka": ["3024", "3635119"],
    "magnit": ["a5f6c8ecb8"],
    "dixy": E,
    "perekrestok": ["1914"],
}
WATER_STILL_05_NOTE = (
    "still (non-carbonated) bottled water in 0.5 l bottles: Пятёрочка EVIAN н/газ 0.5л and Легенда Гор негаз 0,5 л, "
    "Магнит НАРЗАН ЭЛИТА негазированная 500мл, Перекрёсток Святой источник негазированная 500мл (still mineral waters "
    "count as still water); the 0.5 l size names the pack and is respected: 0.33/0.45/0.75/0.85/1/1.5/5 l bottles "
    "(Магнит Байкал негазированная 450мл, Архыз, Сенежская, Шишкин лес, Evian 1.5 l) excluded; sparkling waters and "
    "Пятёрочка «Вода Мтаби, минеральная, 0,5 л» and «Вода минеральная Arivali, 0,5 л» (titles do not say still or "
    "sparkling) excluded; flavoured Аква Минерале / Vit&Go drinks and children's water excluded")
BANANAS = {
    "pyaterochka": E,
    "magnit": E,
    "dixy": E,
    "perekrestok": ["4208494", "3757", "4112219", "3639749"],
}
BANANAS_NOTE = (
    "fresh bananas, loose or packed, incl. Зелёная Линия Organic and mini bananas; the count and «на перекус» are "
    "quantity and purpose; Пятёрочка «бананы сушеные», banana yoghurts, purees, juices, smoothies and sweets excluded; "
    "only Перекрёсток carries fresh bananas")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # ftr01 обед с сэндвичем
    ("сендвич с курочкой на обед\nсок яблочный 0.2 с трубочкой\nбатончик протеиновый подешевле\nводички без газа 0.5 бутылочку", [
        ("сендвич с курочкой на обед", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4403478", "4133312"],
        }, "ready sandwiches with chicken: Перекрёсток Select «Клаб сэндвич двойной с курицей и беконом» and «Сэндвич-ролл "
           "Цезарь» (a chicken Caesar wrap sold as a sandwich - the title does not say chicken; taken as chicken Caesar, "
           "outside knowledge: ready Caesar products are made with chicken unless another filling is named); Пятёрочка "
           "Рестория «Шеф Сандвич с лососем» and Перекрёсток «Сэндвич двойной с кетой» (fish), raw chicken, chicken ready "
           "meals, tortillas and toast cheese/ham excluded"),
        ("сок яблочный 0.2 с трубочкой", {
            "pyaterochka": ["3684252"],
            "magnit": ["eef4bdbf61"],
            "dixy": E,
            "perekrestok": E,
        }, "single-fruit apple juice in 200 ml packs: Пятёрочка Honey Kid «яблоко» 200 мл, Магнит АГУША «Сок яблоко осв "
           "200мл т/пак» (children's juice counts as juice, as in real_basket_eval); «0.2» names the pack: Сады Придонья "
           "0,125 л, ДОБРЫЙ / RICH / Soko Grande 0,3 л and 0.75-1.93 l apple juices excluded; apple-cherry, apple-rosehip, "
           "apple-grape and other mixed juices, apple nectars, Агуша «вода+сок» excluded"),
        ("батончик протеиновый подешевле", {
            "pyaterochka": ["3621529", "3609088", "3904804", "3904802"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "protein bars: SmartBar Protein (dark and chocolate glaze, 40 г) and Bombbar «Батончик неглазированный» Грецкие "
           "орехи с мёдом / Тирамису 60 г (Bombbar titles do not say protein; taken as protein bars - outside knowledge: "
           "Bombbar is a protein-bar brand); «подешевле» is a wish; Магнит PROTEIN REX «Пирожное … протеиновое» (a cake), "
           "Bombbar «Печенье … брауни» (a cookie), cereal bars (Corny, Nestle Fitness), fruit-nut bars (Fitofruit, Slim "
           "Bite) and chocolate bars excluded"),
        ("водички без газа 0.5 бутылочку", WATER_STILL_05, WATER_STILL_05_NOTE + "; «бутылочку» is a quantity"),
    ]),
    # ftr02 шаурма
    ("шаурму с курицей, колу зеро 0.5, орбит мятный пару пачек", [
        ("шаурму с курицей", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no shawarma (шаурма / шаверма / донер) in any chain; Перекрёсток «Сэндвич-ролл Цезарь», tortillas, lavash and "
           "Пятёрочка «Соус … Кебаб» are other products"),
        ("колу зеро 0.5", {
            "pyaterochka": E,
            "magnit": ["d3c955edcb"],
            "dixy": E,
            "perekrestok": E,
        }, "sugar-free cola of any brand in 0.5 l: Магнит ДОБРЫЙ «Напиток Кола б/сах … 0,5л»; the 0.5 l size names the pack: "
           "Пятёрочка COCA-COLA б/сах 0,9л, PEPSI ЛАЙТ 1л, Черноголовка Кола без сахара 1.5л, Перекрёсток Cool Cola Zero "
           "1.5л and Добрый Cola без сахара 1.5л excluded; regular (sugared) colas, vanilla/cherry/orange colas and "
           "«с пониженной калорийностью» colas (not sugar-free) excluded"),
        ("орбит мятный пару пачек", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no mint Orbit gum; the only Orbit, Пятёрочка «ORBIT Жев.рез.БЕЛОСН.BUBBLEM.драже», is Bubblemint (a bubble-gum "
           "flavour, not the plain mint the user asked for); Dirol, Eclipse, Five and Mentos gums are other brands"),
    ]),
    # ftr03 лапша и снеки
    ("доширак 2 шт, кириешки бекон пачку, липтон холодный чай лимон 0.5, банан на перекус", [
        ("доширак 2 шт", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Доширак in any chain; the brand is required (as every written brand), so Магнит РОЛЛТОН and Пятёрочка's "
           "unbranded «Изделия макаронные быстрого приготовления. Лапша с куриным/говядины вкусом 90 г» are not accepted "
           "although «доширак» is often used loosely for any instant noodle"),
        ("кириешки бекон пачку", {
            "pyaterochka": E,
            "magnit": ["4fb9148fb2", "e26d76ca46"],
            "dixy": E,
            "perekrestok": E,
        }, "Кириешки croutons with bacon flavour: Магнит's promo cards «КИРИЕШКИ Сухарики холодец/бекон/ветчина» 100 г and "
           "40 г (one card for the three flavours, bacon among them; «пачку» is a quantity); Хрусteam, Три корочки, Фишка "
           "and other croutons excluded (other brands)"),
        ("липтон холодный чай лимон 0.5", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Lipton lemon iced tea in 0.5 l; Перекрёсток «Холодный чай Lipton лимон 1л» is another pack size (the 0.5 "
           "names the bottle and is respected); Lipton green / strawberry-cranberry iced teas, Nestea and Fuze Tea "
           "excluded"),
        ("банан на перекус", BANANAS, BANANAS_NOTE),
    ]),
    # ftr04 оливье
    ("салат оливье готовый небольшой, кефир маленький 1%, булочку с маком", [
        ("салат оливье готовый небольшой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4430870", "3681186", "4406510", "4436600"],
        }, "ready Olivier salad in a small pack (taken as at most 250 г): Перекрёсток Select «Салат Оливье» 180 г and 200 г, "
           "«Оливье с говядиной» 180 г and «Оливье с утиной грудкой и перепелиным яйцом» 190 г (meat Oliviers); «Салат "
           "Оливье» 500 г (not small), «Оливье со слабосоленой семгой» (a fish salad in Olivier style) and «Салат "
           "Столичный с курицей» (sold under another salad's name) excluded; "
           "Пятёрочка TWISTER crisps «Со вкусом салата оливье» and the ingredients (peas, mayonnaise) excluded"),
        ("кефир маленький 1%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no kefir at all in the recorded offers; варенец, тан, ряженка, yoghurts and Имунеле drinks are other products"),
        ("булочку с маком", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no poppy-seed bun; Пятёрочка «Баранки оригинал.с маком 350г» (bagel rings), Перекрёсток «Рулет Сдобная Особа с "
           "маковой начинкой 400г» (a roll cake), «Мак кондитерский» and the poppy-seed cake are other products"),
    ]),
    # ftr05 роллы
    ("роллы калифорния\nимбирь маринованный к роллам\nзеленый чай в бутылке", [
        ("роллы калифорния", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no sushi rolls in any chain; Перекрёсток «Салат Филадельфия с филе лосося» (a salad), «Сэндвич-ролл Цезарь» (a "
           "wrap) and crab sticks excluded"),
        ("имбирь маринованный к роллам", {
            "pyaterochka": ["3605848"],
            "magnit": ["169051"],
            "dixy": E,
            "perekrestok": E,
        }, "pickled ginger: Пятёрочка СКАТЕРТЬ-САМОБРАНКА «Имбирь … маринованный» 200 г, Магнит «Имбирь маринованный, 200 г»; "
           "candied ginger (АРКАДА цукаты), ginger biscuits, ginger lemonade and ginger-flavoured goods excluded"),
        ("зеленый чай в бутылке", {
            "pyaterochka": ["3487489"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3487481"],
        }, "bottled green iced tea without a named flavour: Пятёрочка «LIPTON Напиток ICE TEA зел.1,5л», Перекрёсток "
           "«Холодный чай Lipton зеленый 1л» (any bottle size); flavoured green tea drinks excluded as flavoured (plain "
           "products exclude flavoured ones): LIPTON «ЗЕЛ.ХОЛ.ЧАЙ вк.земл/клюк», NESTEA «ЗЕЛ.ЧАЙ СО ВК.МАЛИНЫ», «ФЬЮЗ ТИ» "
           "«зеленый чай со вкусом яблоко-киви»; black-tea and oolong drinks and green tea in bags excluded"),
    ]),
    # ftr06 завтрак-перекус
    ("сырники готовые, йогурт питьевой с клубникой на перекус, холодный кофе в жестяной банке, яблочко зеленое", [
        ("сырники готовые", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4147834", "4201519", "4147835"],
        }, "ready (cooked) syrniki: Перекрёсток Select «Сырники жареные» 220 г and 440 г and «Сырники с изюмом» 220 г "
           "(raisins are a classic variant, not a flavouring); Пятёрочка ОТ ИЛЬИНОЙ «Сырники ПО-ДОМАШ.п/ф зам.» (raw "
           "semi-finished, not ready) and Перекрёсток Зелёная Линия «Сырники творожные 5%» sold by weight (the title does "
           "not say they are cooked) excluded; curd desserts and сырки excluded"),
        ("йогурт питьевой с клубникой на перекус", {
            "pyaterochka": ["3628399", "4035473"],
            "magnit": ["205071"],
            "dixy": E,
            "perekrestok": E,
        }, "drinking yoghurt with strawberry: Магнит «Йогурт Чудо, питьевой, клубника/ земляника, 2,4 %, 270 г», Пятёрочка "
           "«ЧУДО Йогурт вк.клуб/земл.2,4% 270г» (the same Чудо 270 г bottle; the title omits «питьевой») and Активиа "
           "«с клубникой и земляникой 2,0% 260г» (the 260 г Активиа is the drinking bottle - outside knowledge); spoonable "
           "cups (Bio-Max, Верховье 150 г, Активиа 150 г, Чудо Детки 85 г), yoghurts where strawberry is mixed with another "
           "fruit (EPICA «клуб/марак.», Активиа «с дыней, клубникой…», «с яблоком, клубникой и черникой»), the children's "
           "«со вкус.Клубничного пломбира» drinking yoghurt (another flavour), the unbranded «Биойогурт … с клубникой, 270г "
           "1,0%» (form not stated), milkshakes, ryazhenka and Имунеле excluded"),
        ("холодный кофе в жестяной банке", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no canned iced coffee; Магнит «Кофе с молоком 300мл», «Кофе Латте/Капучино … зерновой 300мл» (freshly made "
           "cups), Parmalat «Кокт.КАПУЧЧИНО 0.5л», instant and ground coffee excluded"),
        ("яблочко зеленое", {
            "pyaterochka": E,
            "magnit": ["200671"],
            "dixy": E,
            "perekrestok": E,
        }, "fresh green apples: Магнит «Яблоки Гренни Смит» (Granny Smith is a green variety - outside knowledge); red "
           "apples (Магнит «Яблоки красные», Пятёрочка «Ред Делишес», Перекрёсток «Гала», «Медовый хруст») and Перекрёсток "
           "«Яблоки сезонные» (colour not stated) excluded; apple juices, purees, crisps and sweets excluded"),
    ]),
    # ftr07 суп
    ("суп в стакане куриный, хлебцы ржаные к супу, томатный сок маленький", [
        ("суп в стакане куриный", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no chicken cup soup; Магнит KNORR «ЧАШКА СУПА» comes as pea and харчо only (another flavour), Пятёрочка Vegeta "
           "«Суп грибной с вермишелью» sachet, Лидкон/Главсуп pea soups, DeliLabs retort soups, РОЛЛТОН «Бульон говяжий» "
           "and Роллтон chicken noodles are other products"),
        ("хлебцы ржаные к супу", {
            "pyaterochka": ["3692903"],
            "magnit": ["8c18d20df8"],
            "dixy": E,
            "perekrestok": E,
        }, "rye crispbread: Магнит ОБРАЗ ЖИЗНИ «Хлебцы ржано-пшеничные» (rye-wheat, rye first) and Пятёрочка ЩЕДРЫЕ «Хлебцы "
           "тонкие бородинские» (Borodinsky is a rye(-wheat) recipe, as in set vy); wheat, corn-rice, «5 злаков», "
           "«Злаковый коктейль» crispbreads, Croisette rye-wheat «с прованскими травами» (flavoured), cheese-flavoured "
           "Eco-Botanica crispbreads and croutons excluded"),
        ("томатный сок маленький", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no small tomato juice (taken as at most 0.5 l): Магнит RICH 1л, Сады Придонья 2л, Дары Кубани 1л, Фруктовый сад "
           "0,95 л, Перекрёсток J7 970мл, Santal 1л, Сады Придонья 1л are all large packs; tomato nectars (Любимый, Добрый) "
           "and multi-vegetable juices excluded anyway"),
    ]),
    # ftr08 энергия
    ("энергетик адреналин раш одну банку\nсникерсы две штуки\nорешки кешью жареные\nвода без газа полулитровая", [
        ("энергетик адреналин раш одну банку", {
            "pyaterochka": ["3931836", "3931838", "4068487"],
            "magnit": ["205111"],
            "dixy": E,
            "perekrestok": E,
        }, "Adrenaline Rush energy drinks (0.449 l cans): Пятёрочка «Адреналин раш» original, «Adrenaline Rush red energy» "
           "and «Adrenaline Rush без сахара» («Х 6» in its title is the case count; the price is per can), Магнит «Adrenaline "
           "Rush, газированный, 0,449 л»; other Adrenaline lines (Juicy, Game Fuel, Gold Black/White) are not «раш» and are "
           "excluded, as are Burn, Black Monster, Драйв Ми, Gorilla, E-ON (incl. E-ON «АЛМ.РАШ»), 100кВт"),
        ("сникерсы две штуки", {
            "pyaterochka": E,
            "magnit": ["1000209560"],
            "dixy": E,
            "perekrestok": E,
        }, "Snickers bars of any variant: Магнит «SNICKERS Батончик белый 81г» (Snickers White); Пятёрочка's M&M's & Friends "
           "gift set with Snickers Minis (a mixed gift box), Picnic, Twix and unbranded chocolate bars excluded"),
        ("орешки кешью жареные", {
            "pyaterochka": ["3428417"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "roasted cashews: Пятёрочка СЕМУШКА «Кешью жареный 150г»; Шарлиз «Драже Кешью в карамели с кунжутом» (a sweet), "
           "nut mixes (СЕМУШКА смесь, Mix Bar, Джаз Студенческий), peanuts, pistachios and macadamia excluded"),
        ("вода без газа полулитровая", WATER_STILL_05, WATER_STILL_05_NOTE),
    ]),
    # ftr09 готовый обед
    ("готовый обед курица с гречкой, морс клюквенный 0.3, мандаринки полкило", [
        ("готовый обед курица с гречкой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no ready chicken-with-buckwheat meal; Пятёрочка's ready second courses are chicken with rice or noodles "
           "(«Курица в соусе терияки с рисом», «Лапша с курицей в соусе Хойсин», Perfetto «…со стеклянной лапшой»), "
           "Натурбуфет «Мясо … с гречкой» does not say chicken, Главпродукт «Каша … гречневая с говядиной» is beef, "
           "«Гречка с грибами» is a cooking kit; raw chicken and buckwheat groats excluded"),
        ("морс клюквенный 0.3", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no cranberry mors in 0.3 l: Пятёрочка ДОБРЫЙ «Морс КЛЮКВА» 1л, Перекрёсток Сады Придонья 1л, Чудо-Ягода 970мл and "
           "Зелёная Линия 1л are other pack sizes (the 0.3 names the bottle); Фрутоняня «Морс из клюк/черн/вишн» 0,5л "
           "(mixed, children's) and Магнит М Кухня morses (other berries) excluded"),
        ("мандаринки полкило", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins sold by weight («Мандарины», «Мандарины Марокко», «Мандарины с листом Китай»); «полкило» is a "
           "quantity; juices and nectars with mandarin, the Rich mandarin soda and Черноголовка «Мандарин» excluded"),
    ]),
    # ftr10 быстрый обед
    ("ролтон куриный 2 пачки, сосиску в тесте, минералку с газом 0.5, шоколадку аленка маленькую", [
        ("ролтон куриный 2 пачки", {
            "pyaterochka": E,
            "magnit": ["1000134679"],
            "dixy": E,
            "perekrestok": E,
        }, "Роллтон chicken instant noodles: Магнит «Лапша РОЛЛТОН, Куриная по-домашнему, 90г»; РОЛЛТОН «Бульон говяжий» (a "
           "broth, beef) and Пятёрочка's unbranded «Лапша с куриным вкусом 90 г» (brand not stated) excluded"),
        ("сосиску в тесте", {
            "pyaterochka": ["3435321"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "sausages in dough: Пятёрочка «Хотстеры, сосиски в тесте, Горячая штучка, 250 г» (frozen, ready to heat); plain "
           "sausages, chebureki and pelmeni excluded"),
        ("минералку с газом 0.5", {
            "pyaterochka": ["3656206", "3635130", "3621697"],
            "magnit": ["972a7fe2ec", "13256eedcb"],
            "dixy": E,
            "perekrestok": ["81514"],
        }, "sparkling mineral water in 0.5 l: Пятёрочка ЗАПОВ.ЗДОР. «Вода НАГ-26 мин.л-ст.газ.0,5л», «Вода минеральная … газ "
           "Легенда Гор 0,5», «Джермук» 0.5 л, Магнит GORJI «Минеральная вода газ 0,5л» and «Минеральная вода АШ-ТАУ, "
           "Газированная, 500мл», Перекрёсток «Вода Боржоми … газированная, 500мл»; «минералка» read as mineral water: "
           "Магнит «МАГНИТ Вода питьевая газ 0,5л» (drinking water, not mineral) excluded; Ессентуки 0,45 л and 1-1.5 l "
           "bottles (other pack sizes), still waters and Пятёрочка «Мтаби»/«Arivali» 0,5 л (gas not stated) excluded"),
        ("шоколадку аленка маленькую", {
            "pyaterochka": ["3601839"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "a small Алёнка chocolate bar (taken as at most 100 г): Пятёрочка «Шоколад молочный "
           "\"Аленка\" 15г»; «Шоколад Аленка, молочный, Красный Октябрь, 200 г» (not small) and the АЛЕНКА gift sets "
           "excluded"),
    ]),
    # ftr11 офисный перекус
    ("греческий салат в контейнере, круасан с шоколадом, капучинно в бутылочке, жвачку дирол", [
        ("греческий салат в контейнере", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no ready Greek salad; Перекрёсток «Продукт рассольный Сиртаки … для греческого салата», Фетика «греческий» "
           "cheese, Greek yoghurts and salad leaves are other products"),
        ("круасан с шоколадом", {
            "pyaterochka": ["3626932", "3489010", "3489008", "3621626", "3900907"],
            "magnit": ["b72da0bbe2"],
            "dixy": E,
            "perekrestok": E,
        }, "croissants with a chocolate filling, incl. cocoa-cream croissants (the chocolate croissants of these shelves) and "
           "mini-croissant packs: Пятёрочка 7DAYS «Мини Круассаны с кремом "
           "\"Какао\"» 105 г and «Мини круассаны 7Days, какао» 300 г, CHIPICAO «кр.какао» 60 г and «мини кр.какао» 50 г, "
           "Шарлиз «с кремом \"какао\"» 200 г, Магнит ЯШКИНО «Круассаны мини, шоколадный крем» 180 г; vanilla, варёная "
           "сгущёнка, strawberry and cherry croissants excluded"),
        ("капучинно в бутылочке", {
            "pyaterochka": ["25371"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "a packaged ready-to-drink cappuccino: Пятёрочка «PARMAL.Кокт.КАПУЧЧИНО 0.5л» (Parmalat's cappuccino milk-coffee "
           "drink; the pack type is not stated and is taken as the bottle the user means); Магнит «Кофе Капучино большой "
           "зерновой 300мл» (a freshly made cup, not bottled), «Кофе с молоком»/«Латте», instant cappuccino sachets "
           "(Classic Cappuccino 18 г), Parmalat «ЧОКОЛАТТЕ» and cappuccino-flavoured sweets excluded"),
        ("жвачку дирол", {
            "pyaterochka": ["3498786", "3498787", "3445784", "4054304", "3612241", "4054306"],
            "magnit": ["a663f82552", "7509251fdc", "c3f6404713", "625da6208b"],
            "dixy": E,
            "perekrestok": E,
        }, "Dirol chewing gum of any flavour and format (X-Fresh, Colors XXL, XXL, pads and sticks); Orbit, Eclipse, Five, "
           "Mentos and chewy sweets excluded"),
    ]),
    # ftr12 бутерброд
    ("бутерброд с ветчиной и сыром\nкефир 2.5% пол литра\nгрушу", [
        ("бутерброд с ветчиной и сыром", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no ready ham-and-cheese sandwich; Перекрёсток «Клаб сэндвич … с курицей и беконом», «Сэндвич двойной с кетой», "
           "Пятёрочка «Сандвич с лососем», ham «для тостов», toast cheese and Магнит «Блины с ветчиной и сыром» are other "
           "products"),
        ("кефир 2.5% пол литра", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no kefir at all in the recorded offers; other fermented milks are other products"),
        ("грушу", {
            "pyaterochka": E,
            "magnit": ["168631", "200051"],
            "dixy": E,
            "perekrestok": ["48674", "6223"],
        }, "fresh pears of any variety: Магнит «Груши Урожай, 1 кг» and «Груши Конференция, 1 кг», Перекрёсток «Груши Форелл» "
           "and «Груши Конференс»; pear juices, nectars, purees, desserts, "
           "pear-flavoured drinks and chocolate excluded"),
    ]),
    # ftr13 блинчики и чай
    ("блинчики с творогом готовые, сметанку маленькую 15%, зеленого чая в пакетиках на офис, юбилейное печенье к чаю в офис", [
        ("блинчики с творогом готовые", {
            "pyaterochka": ["3403652"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "ready pancakes filled with curd: Пятёрочка ЦЕЗАРЬ «Блинчики с дер.твор.на сл.мас450г» (frozen filled pancakes, "
           "cooked and ready to heat - a ready-made product, unlike raw semi-finished syrniki); pancakes without filling, "
           "with meat, chicken, ham, potatoes, raspberry or apple, pancake mixes and «Пирожное КОЛЬЦО С ТВОРОГОМ» excluded"),
        ("сметанку маленькую 15%", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": E,
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4217907", "4121592", "4431124", "4095525"],
        }, "15% sour cream in a small pack: there is no 15% pack under 260 г, so the standard cups up to 315 г are taken as "
           "«маленькая» and larger tubs are not (Перекрёсток Домик в деревне 15% 450 г excluded); lactose-free 15% sour "
           "creams (Parmalat Comfort 300 г, Простоквашино 260 г) accepted as sour cream; 10%, 20%, 25%, 30% sour creams, "
           "sour-cream sauces and sour-cream-flavoured crisps/croutons excluded"),
        ("зеленого чая в пакетиках на офис", {
            "pyaterochka": ["3982372"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "plain green tea in bags: Пятёрочка «Lipton чай зеленый в пирамидках Magnificent Matcha 20 пакетиков» (green tea "
           "with matcha, no flavouring - outside knowledge); flavoured or scented teas excluded as flavoured: TESS «LIME "
           "зеленый», ASSAND «с жасмином», «MILKY OOLONG» (Assand, Saito), CURTIS «DEL.MANGO»/«HUGO COCKT.», Магнит RICHARD "
           "«зелёный мелисса/мята/лемонграсс»; black teas, herbal/mate drinks and bottled green tea excluded"),
        ("юбилейное печенье к чаю в офис", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": E,
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "Юбилейное cookies of every variant (traditional, glazed, milk, nut, oat, lenten, cranberry, blueberry, "
           "strawberry, chocolate, whole-grain); Магнит «Мини-кексы Юбилейное» (cakes), Julius Meinl «Кофе ЮБИЛЕЙНЫЙ», "
           "Останкино «Колбаса Юбилейная» and Мясная Ферма «КАРБОНАД ЮБИЛ.» excluded"),
    ]),
    # ftr14 после зала
    ("протеиновый батончик без сахара штучки 2, миндаль жареный пакетик, изотоник после зала", [
        ("протеиновый батончик без сахара штучки 2", {
            "pyaterochka": ["3904804", "3904802"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "sugar-free protein bars: Пятёрочка Bombbar «Батончик неглазированный» Грецкие орехи с мёдом / Тирамису 60 г "
           "(Bombbar bars are sold as protein bars without sugar - outside knowledge; the titles say neither); SmartBar "
           "Protein bars (titles do not say sugar-free; glazed) excluded, as are the Bombbar cookie, PROTEIN REX cake and "
           "cereal/fruit bars; «штучки 2» is a quantity"),
        ("миндаль жареный пакетик", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no roasted almonds; almond chocolate (Ritter Sport, Alpen Gold, Россия, Бабаевский), Адель sweets, almond "
           "drink, almond cookies and nut mixes are other products"),
        ("изотоник после зала", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no isotonic sports drink; energy drinks, mineral water and Легенда гор «0.75 л. спорт.» (water in a sports "
           "bottle) are other products"),
    ]),
    # ftr15 обед из столовой
    ("пюрешку быстрого приготовления на обед, котлеты куриные уже готовые, огурчик свежий один, хлеб нарезной к обеду", [
        ("пюрешку быстрого приготовления на обед", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no instant mashed potatoes; baby purees, Пятёрочка «Шницель с карт.пюре» (a ready meal), KNORR «НА ВТОРОЕ "
           "КАРТОШКА ПО-ДЕРЕВЕНСКИ» (a seasoning), potato starch and fresh potatoes are other products"),
        ("котлеты куриные уже готовые", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no cooked chicken cutlets: Пятёрочка Петелинка «Котлеты сливочные … куриные» (raw chilled), ЛОЖКАРЕВЪ «Котлеты "
           "\"Куриные\" в панировке, п/ф» (semi-finished) and С ПЫЛУ С ЖАРУ «Котлеты из курочки 400г» (frozen; the title "
           "does not say they are cooked) are not «уже готовые»; Магнит «Куриный оладушек со спагети» (a ready chicken "
           "fritter dish, not cutlets), nuggets and turkey cutlets excluded"),
        ("огурчик свежий один", {
            "pyaterochka": E,
            "magnit": ["200221", "169161"],
            "dixy": E,
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers of any kind and pack («один» is a quantity): Магнит «Огурцы короткоплодные, тепличные» 450 г and "
           "«Огурцы среднеплодные, пупырчатые» 600 г, Перекрёсток «Огурцы Ботаника фасованные», «Огурцы Хрустящие, 450г» and "
           "«Огурцы корнишоны, 300г» (the last two taken as fresh - outside knowledge: no brine, sold with fresh vegetables, "
           "as in set g); salted, pickled and marinated cucumbers, Магнит «Ассорти Черри и Корнишоны» (mixed, form not "
           "clear), cucumber shampoo excluded"),
        ("хлеб нарезной к обеду", {
            "pyaterochka": ["3985404"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3974714"],
        }, "a sliced white loaf: Перекрёсток «Батон Нарезной нарезка Маркет Перекрёсток, 400г» (the «нарезной» loaf, also "
           "sliced) and Пятёрочка «Батон \"Звездный\"нар, Хлебный Дом, 350г» (a white батон, «нар» = sliced) - «хлеб "
           "нарезной» is read either as the нарезной батон or as sliced bread, and both fit both readings closely enough; "
           "Пятёрочка «Хлеб Даниловский», «Хлеб Ржано-пшеничный, Даниловский», «Хлеб Марьин, заварной», «Хлеб зерновой, "
           "Ржаной Край» (other breads, slicing not stated), sweet buns, croutons «Багет» and crispbread excluded"),
    ]),
    # ftr16 паста и салат
    ("паста карбонара готовая, салат цезарь с курицей, лимонад черноголовка к обеду", [
        ("паста карбонара готовая", {
            "pyaterochka": ["3638036"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4128971"],
        }, "ready pasta carbonara: Перекрёсток «Паста Перекрёсток Select Карбонара, 250г», Пятёрочка «Паста Карбонара, "
           "Сытоедов, 300 г» (a frozen ready meal - outside knowledge: Сытоедов makes frozen ready dishes); Пятёрочка Увелка "
           "«Набор для приготовления \"Паста \"Карбонара\" в сырном соусе\"» (a cooking kit), Магнит MR.RICCO «Соус "
           "Карбонара» and dry pasta excluded"),
        ("салат цезарь с курицей", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4225649"],
        }, "ready Caesar salad: Перекрёсток «Салат Цезарь Перекрёсток Select, 220г» (the title does not say chicken; taken "
           "as chicken Caesar - outside knowledge: ready Caesar salads are chicken unless shrimp/salmon is named); Caesar "
           "sauces (Heinz, Calve, Махеевъ), the Цезарь brand (pelmeni, blinchiki, pizza, puff pastry) and the «Сэндвич-ролл "
           "Цезарь» (a wrap) excluded"),
        ("лимонад черноголовка к обеду", {
            "pyaterochka": E,
            "magnit": ["c7e1497ccb"],
            "dixy": E,
            "perekrestok": ["3403323", "3403324"],
        }, "Черноголовка «Лимонад» (the classic lemonade; any size): Магнит «ЧЕРНОГОЛОВКА Напиток Лимонад газ 0,5л», "
           "Перекрёсток «Лимонад газированный Черноголовка» 1л and 2л; Черноголовка Байкал, Дюшес, Тархун, Крюшон, Мандарин "
           "and Кола are other drinks of the brand (a brand without a qualifier means the classic product, as in set d), "
           "other lemonades excluded"),
    ]),
    # ftr17 творожок и фрукты
    ("творожок 5% пару пачечек\nбананы 2 шт\nбатончик мюсли на перекус\nсок апельсиновый 0.2", [
        ("творожок 5% пару пачечек", {
            "pyaterochka": ["3617778"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4216657"],
        }, "plain cottage cheese 5% (as «творожок 9 процентов» in set vy): Пятёрочка СЕЛО ЗЕЛ. «Творог 5% 500г», Перекрёсток "
           "«Творог 5% Молочный знак, 180г»; «пару пачечек» is a quantity; Домик в деревне «Творог мягкий 5,5%» (another "
           "fat %), Савушкин «Творог 101 ЗЕРНО+СЛ.5%» with blueberry/strawberry and Данон «Творог зерненый в йогурте 5%» "
           "with fruit (flavoured), Чудо «Творожок» curd desserts, children's biotvorog, 0.5%, 3%, 9% cottage cheese "
           "excluded"),
        ("бананы 2 шт", BANANAS, BANANAS_NOTE),
        ("батончик мюсли на перекус", {
            "pyaterochka": ["3671314", "3965897", "3430185", "3430184"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "cereal (muesli) bars: Пятёрочка «Злаковая Полоска Corny Big, белый шоколад» and «Злаковая полоска с черникой "
           "\"Corny BIG\"», NESTLE FITNESS «Батонч.ШОКОЛАД с цел.зл» and «Батонч.КЛУБН.с цел.зл» (a bar of any flavour is "
           "still a muesli bar); loose muesli (Matti, AXA, ОГО, Kellogg's), fruit-nut bars (Fitofruit, Slim Bite), protein "
           "bars (SmartBar, Bombbar) and chocolate bars excluded"),
        ("сок апельсиновый 0.2", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no orange juice in 0.2 l: J7 «Апельсиновый с мякотью» 0,3 л (Пятёрочка, Перекрёсток) and 0.97 l, Магнит J7 0,97 л, "
           "Пятёрочка SWELL «Сок Апельсин» 0.75л are other pack sizes (the 0.2 names the pack); orange nectars and "
           "multi-fruit juices excluded anyway"),
    ]),
    # ftr18 здоровый перекус
    ("овсянка в стаканчике, греческий йогурт баночку, смузи банан клубника", [
        ("овсянка в стаканчике", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no oat porridge in a cup; Пятёрочка «БЫСТРОВ. БЕЗ ВАРКИ. АССОРТИ» (a box of sachets), Ясно Солнышко porridge "
           "boxes, rolled oats (Увелка, Геркулес), Велле oat products and children's porridges are other forms"),
        ("греческий йогурт баночку", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain Greek yoghurt of any brand and pot size: Перекрёсток Neo «греческий классический без сахара 2%», Teos "
           "«Греческий 2%» 140 г and 250 г, Простоквашино «Греческий 2%» 135 г and 235 г, Зелёная Линия «греческий "
           "натуральный 4%»; flavoured Greek yoghurts (Пятёрочка «Греческий … "
           "\"вишня\"/\"черника\"», Дикси Viola «Греческий Малина-Мята») excluded as flavoured"),
        ("смузи банан клубника", {
            "pyaterochka": E,
            "magnit": ["1000584946"],
            "dixy": E,
            "perekrestok": E,
        }, "a strawberry-banana smoothie: Магнит J7 «Смузи клубника-банан-яблоко со злаками и витаминами 300мл» (apple is "
           "the usual smoothie base); М Кухня «банан и манго» and «груша шпинат и мята», J7 kiwi-pineapple-mango smoothie "
           "and «Коктейль Полезный перекус», Растишка fruit «смусси» puree and yoghurt «смусси» excluded"),
    ]),
    # ftr19 снеки
    ("ред булл маленький, лейс сметана и зелень погрызть, сухарики хрустим самые дешевые, семечки от мартина погрызть", [
        ("ред булл маленький", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Red Bull in any chain; other energy drinks (Adrenaline, Burn, Monster, Драйв Ми…) are other brands"),
        ("лейс сметана и зелень погрызть", {
            "pyaterochka": ["4035371"],
            "magnit": ["1000487857", "106341"],
            "dixy": E,
            "perekrestok": E,
        }, "Lay's crisps with sour cream and herbs, any pack: Пятёрочка «LAY'S со вкусом сметаны и зелени 50г», Магнит «LAYS "
           "Чипсы картоф Сметана и зелень 70г» and «Чипсы Lays, сметана/зелень, 90 г»; Lay's «сметана и лук» (incl. Stax), "
           "«нежный сыр с зеленью», «лисички в сметане», LAVA LAVA «Сметана и зелень» (another brand), Хрусteam croutons with "
           "sour cream and Магнит «Джин Вайт Лейс» excluded"),
        ("сухарики хрустим самые дешевые", {
            "pyaterochka": ["3360552", "3919826", "3919827"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3385063", "3360550", "3360552", "4199888", "3919827", "3070382", "4351646", "4351645"],
        }, "Хрусteam (Хрустим) croutons of every flavour and size (Багет, Барная коллекция, 40-100 г); «самые дешевые» is a "
           "wish; Кириешки, Три корочки, Фишка, Гренковъ and other croutons (other brands) excluded"),
        ("семечки от мартина погрызть", {
            "pyaterochka": ["3669122", "3403508", "3630849"],
            "magnit": ["1000229533"],
            "dixy": E,
            "perekrestok": E,
        }, "От Мартина sunflower seeds of any variant (Отборные, особые, black roasted salted, with sea salt); От Мартина "
           "«Семечки тыквы» (pumpkin seeds - «семечки» alone means sunflower seeds) and «Арахис … От Мартина» excluded, as "
           "are Бабкины, Богучарские, Молодежный, от Атамана seeds (other brands)"),
    ]),
    # ftr20 салаты
    ("винегрет готовый, селедка под шубой, морсик брусничный", [
        ("винегрет готовый", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3681084", "4133219"],
        }, "ready vinegret: Перекрёсток Select «Винегрет овощной» 180 г and «с маслом» 500 г (no size written); beetroot, "
           "sauerkraut and other ready salads excluded"),
        ("селедка под шубой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3682462", "4199785"],
        }, "ready «Сельдь под шубой» salad (Перекрёсток Select 250 г and 500 г); herring itself and other salads excluded"),
        ("морсик брусничный", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no lingonberry mors: Пятёрочка ДОБРЫЙ «Морс БРУСН/МОРОШ.» (lingonberry-cloudberry) and Перекрёсток Сады Придонья "
           "«бруснично-малиновый» are mixed-berry morses; cranberry, sea-buckthorn and berry-mix morses excluded"),
    ]),
    # ftr21 к чаю
    ("пирожок с капустой, ряженка маленькая, овсяное печеньице к чаю, сок мультифрукт 0.2", [
        ("пирожок с капустой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no cabbage pie; chebureki, sweet pies and pastries, cabbage itself and sauerkraut are other products"),
        ("ряженка маленькая", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no plain ryazhenka; the only one, Пятёрочка «Ряженка Агуша, клубника, 2,9%, 200 г», is flavoured (plain products "
           "exclude flavoured ones); варенец and kefir-type drinks are other products"),
        ("овсяное печеньице к чаю", {
            "pyaterochka": ["3995521", "3655049"],
            "magnit": ["106071"],
            "dixy": E,
            "perekrestok": E,
        }, "plain oatmeal cookies: Пятёрочка «Печенье овсяное \"Классическое\" 250г» and «Печенье овсяное, Юбилейное, 313 г», "
           "Магнит «Печенье Хлебный спас, Овсяное, Особое»; oat cookies with add-ins or fillings excluded as flavoured "
           "(«Классическое с кусочками шоколада», «Миндальное овсяное», Хлебный спас «Злаковое ассорти» and «Мультизлаковое "
           "с нач. Яблоко и корица»), other cookies excluded"),
        ("сок мультифрукт 0.2", {
            "pyaterochka": ["3684253", "3637415"],
            "magnit": ["159931"],
            "dixy": E,
            "perekrestok": E,
        }, "multi-fruit juice in 200 ml packs: Пятёрочка Honey Kid «мультифрукт, 200 мл» and ДОБРЫЙ «Сок мультифрут с 6 "
           "мес.0.2л», Магнит «Сок Фрутоняня, мультифрукт, 0,2 л» (children's juices count as juice); 1 l and 0.97 l "
           "multi-fruit juices (Сады Придонья, J7) are other pack sizes; multi-fruit nectars (Фруктовый сад, Добрый) excluded"),
    ]),
    # ftr22 азиатский обед
    ("лапша вок с курицей готовая, холодный чай, фисташки солененькие", [
        ("лапша вок с курицей готовая", {
            "pyaterochka": ["3912678"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "a ready wok-style noodle dish with chicken: Пятёрочка «ВТОРОЕ ОБЕДЕННОЕ БЛЮДО. Лапша с курицей в соусе Хойсин, "
           "0,3 кг» (frozen ready meal); Perfetto «Курица в соусе терияки с овощами и \"стеклянной\" лапшой» (a chicken dish "
           "with a glass-noodle garnish), «Курица … с рисом», Chapche with beef, Бондюэль/Пятёрочка «Овощи по-азиатски "
           "Вок» (vegetables), instant noodles and dry udon/soba excluded"),
        ("холодный чай", {
            "pyaterochka": ["3630727", "3487489", "3667164", "3972369", "4043888", "4043892", "3918977", "3913470"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3487481", "3487476"],
        }, "bottled iced tea of any kind, flavour and size (Lipton, Nestea, Fuze Tea; green, black, oolong): iced tea is "
           "itself a flavoured sweetened drink, so no flavour is excluded here; tea in bags, loose tea and herbal drinks "
           "excluded"),
        ("фисташки солененькие", {
            "pyaterochka": ["4073982", "3933060"],
            "magnit": ["f692308d66"],
            "dixy": E,
            "perekrestok": E,
        }, "salted roasted pistachios: Пятёрочка «Орехи Фисташки жареные соленые Джаз 130г» and «Фисташки неочищенные "
           "обжаренные подсоленные», Магнит ВОСТОЧНЫЙ ГОСТЬ «Фисташка жар солен 150г»; pistachio sweets, yoghurt and curd "
           "snacks «с фисташками» excluded"),
    ]),
    # ftr23 столовая
    ("гречка с грибами готовая на обед\nпюре с котлетой\nкомпотик попить\nвафельки к чайку", [
        ("гречка с грибами готовая на обед", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no ready buckwheat with mushrooms; Пятёрочка «Набор для приготовления \"Гречка с грибами в сочном соусе по-"
           "сибирски\"» is a cooking kit (not ready), Натурбуфет «Мясо … с гречкой» and canned buckwheat with beef are other "
           "dishes"),
        ("пюре с котлетой", {
            "pyaterochka": ["3469600"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "a ready mashed-potato-and-cutlet meal: Пятёрочка Российская Корона «Шницель с карт.пюре п/соус.300г» (frozen "
           "ready meal; a рубленый шницель is a flattened breaded cutlet - outside knowledge); raw cutlets, baby purees and "
           "other ready meals excluded"),
        ("компотик попить", {
            "pyaterochka": ["3672816", "3672817"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "compote of any fruit: Пятёрочка JANARAT «Компот из айвы» and «Компот из вишни» 1000 мл; morses, nectars and juices "
           "excluded"),
        ("вафельки к чайку", {
            "pyaterochka": ["3668255", "3668256", "3687458", "3687534", "3418863", "3257371", "3939083", "3948437",
                            "3607404", "3673372", "3607414", "3141421", "2126636", "3908663", "3908665", "4036375",
                            "4090303", "3432952", "3983254"],
            "magnit": ["9b5bb8a58d", "f55f44c954", "2a32ffe31d", "7d5a68f794", "01fb3ade65", "29989b90ed"],
            "dixy": E,
            "perekrestok": E,
        }, "sweet wafers of any filling and pack (Яшкино, Коломенское, Коровка, Аладушкин, Зерница, Varna, Essen, Хrust&go, "
           "chocolate-covered single wafers incl. Milka «вафли … покрытые молочным шоколадом» and the «Вафля в молочном "
           "шоколаде» 28,5 г): wafers always carry a filling, so fillings are not treated as flavours; Toreno «Вафли … для "
           "торта» (cake sheets), wafer cakes (Бабаевская Белочка, «Отломи» тортики), Kit Kat and other chocolate bars with "
           "wafer, wafer sweets and ice cream in wafer cones excluded"),
    ]),
    # ftr24 сырный перекус
    ("сыр в нарезке маленький, хлебцы получше, питьевой йогурт черника, сушки к чаю пакетик", [
        ("сыр в нарезке маленький", {
            "pyaterochka": ["3448799", "3452403", "3932860"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4074230", "3228233", "4302547", "4280100", "3668842", "3452403", "3505827", "3668519",
                            "4297132", "4260755"],
        }, "sliced real cheese in a small pack (taken as at most 150 г): Пятёрочка VILLAEUR «МААСДАМ нар.45% 150г», Тысяча "
           "Озёр «Лёгкий, нарезка» 125 г, Castello Havarti «нарезка» 150 г; Перекрёсток Cheese Gallery Маасдам 125 г, Tete de "
           "Moine «нарезка» 100 г, Natura Havarti 150 г and «Сливочный Легкий» 150 г, Зелёная Линия Российский and "
           "голландский 150 г, Тысяча Озёр Лёгкий 125 г, Маркет Эдам 125 г, Grunlander Чеддер 130 г, Viola Маасдам 120 г; "
           "Natura «Сливочный 45% нарезка, 300г» (not small), processed slices (Hochland toast, Valio «плав.», Galbani "
           "«плавленый ломтевой»), cream-cheese slices (Савушкин «творожный»), unsliced blocks and sliced sausage excluded"),
        ("хлебцы получше", {
            "pyaterochka": ["3195740", "3497592", "3692903"],
            "magnit": ["a652ba460f", "8c18d20df8"],
            "dixy": E,
            "perekrestok": E,
        }, "unflavoured crispbread of any grain: Пятёрочка Dr.Korner «Злаковый коктейль», ЩЕДРЫЕ «5 ЗЛАКОВ с семен.льна» and "
           "«тонкие бородинские», Магнит «МАГНИТ Хлебцы пшеничные» and ОБРАЗ ЖИЗНИ «ржано-пшеничные»; «получше» is a wish; "
           "flavoured crispbreads excluded (plain products exclude flavoured ones): Dr.Korner «с прованскими травами» and "
           "«карамель», Croisette «с прованскими травами», Eco-Botanica «с тв сыр/пр трав» and «с тв сыр»; Finn Crisp "
           "«Сухарики», croutons and crackers excluded"),
        ("питьевой йогурт черника", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no blueberry drinking yoghurt: Bio-Max «c Черникой» 125 г and the Greek «черника» 140 г are spoonable cups; "
           "Активиа «с черникой, злаками и льняными семенами», the unbranded «Биойогурт … с черникой и злаками, 270г» and "
           "Valio «черникой, бананом и семенами чиа» are mixed flavours; Чудо Детки «малин-чернич.» and АКТИВ. «черн./зл/с.льна» "
           "excluded"),
        ("сушки к чаю пакетик", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no plain sushki: the only sushki, Пятёрочка «Мини сушка Семейка Озби, ваниль, 150 г», are vanilla-flavoured "
           "(plain products exclude flavoured ones); «Баранки оригинал.с маком» are bagel rings, not sushki"),
    ]),
    # ftr25 лёгкий обед
    ("кефирчик 200 мл, салат из свеклы с чесноком, бородинский хлеб нарезкой, актимель бутылочку", [
        ("кефирчик 200 мл", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no kefir at all in the recorded offers; 200 ml milks and milkshakes and other fermented milks are other products"),
        ("салат из свеклы с чесноком", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no beetroot-and-garlic salad; Магнит «Салат Свекла с фасолью» (beans), Перекрёсток «Салат из свеклы и брынзы с "
           "соусом песто», vinegret, fresh beetroot and beet juices are other products"),
        ("бородинский хлеб нарезкой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Borodinsky bread; Пятёрочка ЩЕДРЫЕ «Хлебцы тонкие бородинские» (crispbread), Магнит «Колбаса Бородинская», "
           "Мясной Дом Бородина sausages and ham, and other breads (Даниловский, Ржано-пшеничный, «Хлеб зерновой, Ржаной "
           "Край», Батон Нарезной) excluded"),
        ("актимель бутылочку", {
            "pyaterochka": ["3666190", "3965419", "4061910", "4061909"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Actimel of any flavour (peach kids, mango-mate-ginseng, grape-peach-pineapple, grape-strawberry-raspberry; "
           "95-100 г bottles); Имунеле, Активиа and other yoghurts (other brands of the same maker or other makers) excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftrNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftr\d\d ===$", line):
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
                    errors.append("ftr%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftr%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftr"))
