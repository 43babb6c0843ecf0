#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wp.jsonl -- shopping lists of a pensioner couple with diabetes and high blood
pressure (doctor's advice: без сахара / на фруктозе / с сахарозаменителем, low-salt, wholegrain bread, buckwheat,
low-fat dairy, vegetables) plus their ordinary groceries and household items, hand-labelled against the real
offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wp.build.py

LISTS below is literal data: 25 lists (3-5 items) as the couple would type them to a Telegram bot, and for every
item the product ids of every in-stock offer of each store that a reasonable shopper who wrote exactly that item
would accept.  The list texts were written blind (before any offer was read) and saved, read-only, as
fresh_basket_eval_wp.blind_lists.txt; this script checks that every list text equals that draft except for the
items in REPLACED (one item in each list that turned out empty in all four stores).  Candidate titles were grepped
broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings, ё/е)
and read one by one; every item was re-checked by listing all in-stock titles matching its stem that were not
accepted.  The note of each item records what was accepted, what was deliberately left out and any judgement that
rests on outside knowledge.  An empty list means the store has nothing acceptable.  The labels were made without
reading korzina's matcher or its data files.

labelled_lists.build (unchanged) checks that every id exists in real_offers.jsonl *for that store* and is in stock
(``available`` true), that no id repeats within an item, that every item has a note and that the labels are exactly
the list's items in order (an item is the text between commas / new lines), then writes the JSONL in the format of
real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fwp01, fwp02, ... in LISTS order;
every list is in split "fresh".
"""
import hashlib
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wp.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wp.blind_lists.txt")
BLIND_SHA256 = "f6036f8c213cbb84e26a1853ed4ba78130f8f5ec3da8d8a5040fafd78ec69662"

# list id -> (item of the blind draft, item that replaced it); only lists empty in all four stores.
REPLACED = {
    "fwp03": ("чай зеленый greenfield", "зеленого чая в пакетиках"),
    "fwp05": ("сахарозаменитель фитпарад", "стевия в таблетках"),
}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwp01 buckwheat, kefir, wholegrain bread, courgettes
    ("гречки ядрицы две пачки, кефира 1% литр, цельнозерновой хлебушек, кабачков штуки 2", [
        ("гречки ядрицы две пачки", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (ядрица); Магнит «Крупа Гречневая Prosto, 500 г» accepted as ядрица "
           "although the title does not say so (outside knowledge: plain «крупа гречневая» is "
           "ядрица unless it says продел); Пятёрочка PROSTO «Рис и греча» (mix), buckwheat flakes "
           "(Увелка, Мистраль), Nestlé buckwheat baby porridge, soba noodles and ready «каша "
           "гречневая с говядиной» excluded; «две пачки» is a quantity"),
        ("кефира 1% литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir of any fat or size in any store (grepped кеф/kefir); missing everywhere"),
        ("цельнозерновой хлебушек", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no bread titled цельнозерновой in any store; Пятёрочка «Хлеб зерновой, Ржаной Край» "
           "deliberately left out (зерновой = with grains/seeds, not stated whole-grain), other "
           "loaves (Даниловский, Ржано-пшеничный, Марьин, Батон) and wholegrain biscuits "
           "(Юбилейное, Belvita «с цельнозерновыми злаками»), Finn Crisp «Multigrain» сухарики and "
           "wholegrain flour excluded"),
        ("кабачков штуки 2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["44110", "48632"],
        }, "fresh courgettes incl. Перекрёсток «Кабачки цуккини зелёные»; Магнит ДЯДЯ ВАНЯ «Кабачки"
           " в аджике» (canned), кабачковая икра and baby purées with кабачок excluded; «штуки 2» "
           "is a quantity"),
    ]),
    # fwp02 low-fat dairy, oats, green apples, milk
    ("обезжиренный творожок\nгеркулес ясно солнышко\nяблочки зеленые кислые\nмолоко 1.5", [
        ("обезжиренный творожок", {
            "pyaterochka": ["3692659", "3687270"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4331301"],
        }, "plain fat-free cottage cheese: Пятёрочка «Творог мягкий, Домик в деревне, 0,1%», "
           "Пятёрочка «Биотворог обезжиренный … Howaru Dophilus 180г» (no flavour named, taken as "
           "plain), Перекрёсток «Творог обезжиренный 0.5% Молочный Знак»; творог 3–9 % (Брест-"
           "Литовск 3%, Молочный знак 5/9%), flavoured children's biotvorog, dessert «Творожок» "
           "Чудо, творожные продукты (Даниссимо, Данон), сырки and творожный сыр excluded"),
        ("геркулес ясно солнышко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the brand Ясно Солнышко has only «Каша овсяная … с лесными ягодами, 270 г» (flavoured "
           "instant porridge, not геркулес); rolled oats of other brands (Клинские «Геркулес», "
           "Увелка «Хлопья зерн.овсян.трад.») excluded because the brand was written; missing "
           "everywhere"),
        ("яблочки зеленые кислые", {
            "pyaterochka": [],
            "magnit": ["200671"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh green sour apples: Магнит «Яблоки Гренни Смит»; red/sweet varieties (Ред Делишес,"
           " «Яблоки красные», Гала, Медовый хруст) and Перекрёсток «Яблоки сезонные» (colour not "
           "stated) excluded; juices, purées and apple-flavoured goods excluded"),
        ("молоко 1.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["7c1d7afff6", "05c941826b", "00af023fd1", "b151abcd68", "b267022f66", "d846def77b",
                            "4308790", "31aa236aad", "85dd44d923", "3474103", "45d6dee261"],
        }, "cow drinking milk of exactly 1.5 % (incl. lactose-free Простоквашино/Сарафаново and "
           "Сарафаново «детское»); other fat levels (0.5, 1, 1.8, 2.5, 3.2 %, ranges), Nemoloko oat"
           " drink «лайт 1,5%» and children's «Имунеле» 1.5 % excluded"),
    ]),
    # fwp03 diabetic sweets and green tea
    ("шоколадку на фруктозе, печенюшки для диабетиков, зеленого чая в пакетиках", [
        ("шоколадку на фруктозе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no chocolate on fructose (or titled без сахара / для диабетиков) in any store; ordinary"
           " dark/bitter chocolate (O'Zera, Alpen Gold Bitter, Merci 72 %, Российский тёмный) "
           "deliberately left out: it contains sugar; missing everywhere"),
        ("печенюшки для диабетиков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no diabetic / sugar-free / fructose biscuits in any store (all «печенье» titles read); "
           "постное, овсяное, Belvita and Юбилейное «с цельнозерновыми злаками» are ordinary "
           "sugared biscuits and are excluded; missing everywhere"),
        ("зеленого чая в пакетиках", {
            "pyaterochka": ["3495758", "3482097", "3982372", "2133950", "4074015", "3971173"],
            "magnit": ["645eef49fe"],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED item (blind draft: «чай зеленый greenfield» — no Greenfield green tea exists, "
           "all Greenfield teas are black). Green tea in tea bags/pyramids of any flavour: "
           "Пятёрочка CURTIS «DEL.MANGO зел.» and «HUGO COCKT. зел.» pyramids, Lipton «зеленый в "
           "пирамидках Magnificent Matcha», TESS «LIME зеленый пак.», ASSAND «Чай зеленый китайский"
           " с жасмином», SAITO «Чай зеленый … MILKY OOLONG» (titled green tea; oolong accepted as "
           "the chain sells it as green), Магнит RICHARD «Чай зелёный мелисса/мята/лемонграсс "
           "25пак»; black teas, loose «Зеленая Панда» oolong (not in bags, not titled green) and "
           "ready iced-tea drinks (Lipton Ice Tea, Nestea, Fuze Tea) excluded"),
    ]),
    # fwp04 low-sodium salt and soup vegetables
    ("соль с пониженным содержанием натрия\nсвеклу\nморковки с кило\nкочанчик капусты белой", [
        ("соль с пониженным содержанием натрия", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no low-sodium salt in any store; the only salt, Магнит MAREMAN «Соль морская средняя», "
           "is ordinary salt and is left out, as are seasonings with salt (Kotanyi) and anti-scale "
           "«АНТИСОЛЬ»; missing everywhere"),
        ("свеклу", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot (Магнит «Свекла мытая, 1 уп. (1 кг)», Перекрёсток «Свекла мытая "
           "фасованная, 1кг»); juices with beet, salad «из свеклы и брынзы» and baby purées "
           "excluded"),
        ("морковки с кило", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая, 1 уп. (1 кг)», Перекрёсток «Морковь мытая»); «с "
           "кило» is a quantity; carrot salads (по-корейски), nectars/juices, pet food and purées "
           "with carrot excluded"),
        ("кочанчик капусты белой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage: Дикси «Капуста белокочанная ранняя, 1 кг»; sauerkraut (Магнит, "
           "Перекрёсток квашеная), Chinese cabbage (капуста китайская), broccoli, cauliflower, sea-"
           "kale salad excluded"),
    ]),
    # fwp05 sugar-free sweets and sweetener
    ("мармелад без сахара для деда, вафли на фруктозе, стевия в таблетках, зефир со стевией", [
        ("мармелад без сахара для деда", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sugar-free marmalade in any store; ordinary marmalade (Белевский, Махеевъ, LUCKY "
           "DAYS, Шарлиз), Ecobotanica NATURA (no «без сахара» in the title) and gummies "
           "deliberately left out; «для деда» is a purpose; missing everywhere"),
        ("вафли на фруктозе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no wafers on fructose / sugar-free in any store; ordinary wafers (Яшкино, Коровка, "
           "Коломенское …) excluded; missing everywhere"),
        ("стевия в таблетках", {
            "pyaterochka": ["3379758"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "REPLACED item (blind draft: «сахарозаменитель фитпарад» — no ФитПарад product in any "
           "store). Stevia sweetener tablets: Пятёрочка «ХУД.ЗА НЕДЕЛЮ Стевия банка 150 таб.»; "
           "drinks «без сахара» and «Заменитель сухих сливок» excluded"),
        ("зефир со стевией", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no zephyr with stevia / sugar-free in any store; ordinary зефир (Белевский, Шарлиз, "
           "Сладкие истории, NEO/ECO BOTANICA «Immuno») and marshmallows deliberately left out; "
           "missing everywhere"),
    ]),
    # fwp06 everyday staples
    ("ржаной хлеб подешевле\nсметаны 10% баночку\nяичек с1 десяточек\nлуку репчатого\nкартофеля кило 3", [
        ("ржаной хлеб подешевле", {
            "pyaterochka": ["3480920"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» accepted (rye-wheat dark loaf "
           "— judgement: the nearest to rye bread a shopper would take; no pure rye loaf exists); "
           "Пятёрочка «Хреб Ржаной Край» and «Хлеб зерновой, Ржаной Край» left out (Ржаной Край is "
           "a brand, the titles do not say the bread is rye), «Хлеб Даниловский» (no rye stated), "
           "Марьин, батоны, rye сухарики/гренки, rye flour excluded; «подешевле» is a wish"),
        ("сметаны 10% баночку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4287503"],
        }, "sour cream of exactly 10 %: Перекрёсток «Сметана термостатная 10% Зелёная Линия, 300г» "
           "(a cup; «баночку» is not a filter); 15/20/25/30 % sour creams and sour-cream sauces "
           "excluded"),
        ("яичек с1 десяточек", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "chicken eggs class С1 in packs of 10 (incl. Зелёная Линия «активита С1 с селеном и "
           "йодом»); Лето С1 20 шт, СО/отборные, quail eggs and Kinder eggs excluded"),
        ("луку репчатого", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["79135", "79012", "3368252", "3623836"],
        }, "fresh bulb onions: Магнит «Лук Светофор (3 шт)», «Лук Ялтинский, в сетке», «Лук "
           "репчатый, красный»; Перекрёсток «Лук репчатый белый/красный», «Лук Ялтинский» "
           "(Ялтинский accepted as a bulb onion — outside knowledge); shallots (Лук Шалот), green "
           "onion, Перекрёсток «Лук салатный» (title does not say bulb or green), pickled FEDERICI "
           "«Луковки», herb mixes with onion excluded"),
        ("картофеля кило 3", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any variety/pack (Магнит 1 кг, 2,5 кг and 3 кг packs, Дикси "
           "«Картофель молодой», Перекрёсток мытый / красный); «кило 3» is the quantity wanted, not"
           " a pack size; potato starch, crisps, purées, Knorr «картошка по-деревенски» and "
           "marzipan «Картошка» excluded"),
    ]),
    # fwp07 mineral water, ряженка, low-salt cheese
    ("минералка без газа, ряженка 2.5%, сыр несоленый", [
        ("минералка без газа", {
            "pyaterochka": ["3369800", "3024", "3630602", "3635131", "3635119", "4048555", "2139858"],
            "magnit": ["a5f6c8ecb8"],
            "dixy": [],
            "perekrestok": ["3020", "3966336"],
        }, "still natural mineral water: Пятёрочка ACQUA PANNA «мин.пит.стол.н/газ», Evian «н/газ» "
           "(Evian is a natural mineral water — outside knowledge; Перекрёсток titles it "
           "«минеральная»), Архыз «Легенда Гор» негазированная 1,5 л / 0,5 л / 0,75 л and "
           "«минеральная, 5 л» (the 5 l Архыз taken as still — outside knowledge), Пилигрим "
           "«минеральная, без газа»; Магнит «НАРЗАН ЭЛИТА, негазированная»; Перекрёсток Evian "
           "«минеральная столовая негазированная», «Архыз Горная природная питьевая столовая "
           "негазированная» (Архыз taken as mineral water). Sparkling or unstated-gas mineral "
           "waters (Боржоми, Ессентуки, Нагутская, Мтаби, Arivali, Джермук, Нарзан/Gorji/Rokada "
           "газ.), plain drinking waters (Святой источник, Сенежская, Шишкин лес, Малаховская, "
           "Байкал, BAIKAL430, children's waters) and flavoured waters excluded"),
        ("ряженка 2.5%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "the only ряженка is Пятёрочка «Ряженка Агуша, клубника, 2,9%» (flavoured, other fat) — "
           "left out; missing everywhere"),
        ("сыр несоленый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cheese titled несоленый / low-salt in any store; ordinary cheeses (incl. mozzarella,"
           " «Лёгкий» low-fat cheeses) and unsalted butter deliberately left out; missing "
           "everywhere"),
    ]),
    # fwp08 household paper and soap
    ("туалетной бумаги zewa упаковку, фейри бутылку, мыла хозяйственного пару кусков", [
        ("туалетной бумаги zewa упаковку", {
            "pyaterochka": ["3493108", "4059050", "3900558", "3326206"],
            "magnit": ["204551"],
            "dixy": [],
            "perekrestok": [],
        }, "dry Zewa toilet paper of any line/pack (Just 1, Deluxe, Plus); Zewa moist toilet paper "
           "(«туал.влаж.»), Zewa paper towels, Papia and Familia toilet paper excluded; «упаковку» "
           "is a quantity"),
        ("фейри бутылку", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dish-washing liquid of any variant/size (Нежные руки, Сочный лимон, Platinum); "
           "other brands (AOS, Sorti, Synergetic, Unicum, Biasept) and dishwasher tablets (Finish, "
           "Somat) excluded"),
        ("мыла хозяйственного пару кусков", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no household (laundry) soap in any store; toilet soaps (Safeguard, Camay, Fax, Dove), "
           "liquid soap and Palmolive gift set deliberately left out; missing everywhere"),
    ]),
    # fwp09 frozen fish and vegetables
    ("минтая мороженого тушку, капуста цветная мороженая, брокколи мороженой пакет, хек филе", [
        ("минтая мороженого тушку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no whole (gutted) frozen pollock in any store; pollock fillets (Магнит «Филе минтая», "
           "Перекрёсток Люди Любят филе) left out because «тушку» names the form; missing "
           "everywhere"),
        ("капуста цветная мороженая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen cauliflower in any store; Магнит «Цветная капуста с морковью по-корейски» "
           "(salad) and baby purées excluded; missing everywhere"),
        ("брокколи мороженой пакет", {
            "pyaterochka": [],
            "magnit": ["23e8f39e40"],
            "dixy": [],
            "perekrestok": [],
        }, "frozen broccoli: Магнит МОРОЗКО Green «Капуста брокколи замор 800г»; broccoli baby "
           "purées (ФрутоНяня) excluded"),
        ("хек филе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4340327"],
        }, "hake fillet: Перекрёсток «Медальоны хека Люди Любят без кожи замороженные» (skinless "
           "fillet portions — judgement: medallions are cut fillet); Магнит «Хек серебристый, "
           "полуфабрикат…» and Пятёрочка «Хек Fish House, 800 г» (no fillet stated, taken as whole "
           "gutted hake), hake baby purée and other fish fillets excluded"),
    ]),
    # fwp10 unsweetened yoghurt, fat-free curd, bananas
    ("йогуртик не сладкий, творожок 0%, бананы пару штук", [
        ("йогуртик не сладкий", {
            "pyaterochka": ["3503857", "3433156", "3632187", "3954723", "4035474"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4324114", "3601417", "3697856", "4326197", "4326198", "4068957"],
        }, "plain (unflavoured) yoghurts taken as unsweetened — judgement resting on outside "
           "knowledge: Пятёрочка DANONE «Йогурт 3,3%» 110 г / 350 г, EPICA «Йогурт пит. 2,9%» (no "
           "flavour), Bio-Max «Классический», Активиа 2,4 % 260 г with no flavour; Перекрёсток Neo "
           "«классический без сахара», Teos «Греческий 2%», Простоквашино «Греческий 2%», Зелёная "
           "Линия «греческий натуральный 4%». Every yoghurt with a fruit/flavour/filler (Чудо, "
           "Активиа с …, Fruttis, Даниссимо, Epica Crispy, «Греческий» с вишней/черникой, Viola "
           "Малина-Мята), children's yoghurts whose sweetness is not stated (Верховье, Сарафаново "
           "«дет.»), творог в йогурте and yoghurt-flavoured sweets excluded"),
        ("творожок 0%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a written fat % must match exactly: no cottage cheese labelled 0 % exists; Пятёрочка "
           "«Творог мягкий … 0,1%», Перекрёсток «Творог обезжиренный 0.5%» and Пятёрочка «Биотворог"
           " обезжиренный» (no % stated) deliberately left out, as are dessert «Творожок» Чудо and "
           "flavoured biotvorog; missing everywhere"),
        ("бананы пару штук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas incl. mini bananas and Зелёная Линия «Банан Organic»; dried bananas, "
           "banana purées/yoghurts/sweets excluded; «пару штук» is a quantity"),
    ]),
    # fwp11 groats, beans, salad vegetables
    ("перловку, фасоль в банке красную, огурцов свежих, помидорчиков", [
        ("перловку", {
            "pyaterochka": [],
            "magnit": ["820f08519d"],
            "dixy": [],
            "perekrestok": [],
        }, "pearl barley: Магнит УВЕЛКА «Перловая Крупа 800г»; УВЕЛКА «Крупа ячневая» (barley "
           "grits, a different groat) excluded"),
        ("фасоль в банке красную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635743"],
        }, "canned plain red kidney beans: Перекрёсток «Фасоль красная натуральная Маркет "
           "Перекрёсток, 400г»; Пятёрочка Бондюэль «Красная фасоль в классическом Барбекю» (in "
           "sauce) left out, as are white beans (Глобус, Бондюэль, Маркет), Пиканта «Фасоль печеная"
           " в томатном соусе», salads with beans and pet food with green beans"),
        ("огурцов свежих", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers: Магнит короткоплодные/среднеплодные; Перекрёсток «Огурцы Ботаника "
           "фасованные», «Огурцы Хрустящие, 450г» and «Огурцы корнишоны, 300г» (sold as fresh "
           "produce — judgement: the pickled ones are titled солёные/маринованные); salted/pickled "
           "cucumbers (Глобус, Меленъ, «Огурцы соленые, Корнишоны», Маркет бочковые, Скатерть-"
           "Самобранка, Дядя Ваня пикули, Магнит «Ассорти Черри и Корнишоны») excluded"),
        ("помидорчиков", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind incl. cherry, cocktail, plum, pink, on the vine (Бакинские, "
           "Дагестан, Flamenco, Медовые); marinated/salted tomatoes (Моя цена, «Томаты соленые»), "
           "Магнит «Ассорти Черри и Корнишоны» (jar), sun-dried tomatoes in mussel preserves, "
           "tomato juice/nectar/sauces excluded"),
    ]),
    # fwp12 sugar-free jam, diabetic sweets, сушки
    ("вареньице без сахара, конфеты для диабетиков, сушки несладкие", [
        ("вареньице без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no jam/varenye without sugar (or on fructose/sweetener) in any store; ordinary varenye "
           "and jams (Janarat, Экопродукт, Вологодское, Магнит малиновое, Махеевъ) and «Фрукты "
           "протертые с сахаром» deliberately left out; missing everywhere"),
        ("конфеты для диабетиков", {
            "pyaterochka": ["47451", "3680629", "3680626", "3956974"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no sweets titled «для диабетиков»; sugar-free candies on sweeteners accepted as what a "
           "diabetic shopper means (judgement resting on outside knowledge): Пятёрочка SULA "
           "«Карамель МУЛЬТИВИТ. леденц. б/сах.», HALLS «MINI MINTS б/сах.» (арбуз, мята) and "
           "«Конфеты без сахара HALLS MINI MINTS Цитрусовый пунш»; sugar-free chewing gum (Dirol), "
           "ordinary sweets and lollipops excluded"),
        ("сушки несладкие", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no unsweetened сушки in any store; Пятёрочка «Мини сушка Семейка Озби, ваниль» (sweet) "
           "and «Баранки оригинал. с маком» (баранки, not сушки) left out; missing everywhere"),
    ]),
    # fwp13 lean meat, brown rice, squash caviar
    ("грудки куриной, фарш индюшиный, бурый рис, кабачковую икру", [
        ("грудки куриной", {
            "pyaterochka": ["2160026", "3963723", "2160069"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160026", "3068079", "2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chicken breast, skinless or fillet (Первая свежесть incl. Пятёрочка «ПЕР.СВ. Филе с"
           " груд. охл. подл. 1кг», Петелинка, Троекурово, Зелёная Линия) incl. Перекрёсток «Филе "
           "цыплёнка Петелинка малое» (the inner breast fillet — outside knowledge); cooked breast "
           "(Зелёная Линия гриль / запеченное), thighs, drumsticks, whole birds, turkey breast, "
           "pork «Грудка по-черкизовски», canned chicken excluded"),
        ("фарш индюшиный", {
            "pyaterochka": ["3629402"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "turkey mince: Пятёрочка «Фарш Пава Пава, нежный, из индейки»; beef, pork, mixed and "
           "chicken mince (Петелинка «Фарш Премиум»), turkey meatballs/azu excluded"),
        ("бурый рис", {
            "pyaterochka": ["2167599"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "brown rice: Пятёрочка АГРО-АЛЬЯНС «Рис ЭКСТРА БУРЫЙ 800г»; white rices, Мистраль "
           "«АКВАТИКА MIX» (mix), Увелка «Девзира» (red-brown plov rice, not titled бурый) and "
           "PROSTO «Рис и греча» excluded"),
        ("кабачковую икру", {
            "pyaterochka": ["51725", "3495888", "3681570", "3903538"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned squash caviar (ВЕРЕС, Дядя Ваня, Кухмастер, «Консервы икра из кабачков»); "
           "aubergine, pepper (Айвар, Лютеница), mushroom caviar and fish roe excluded"),
    ]),
    # fwp14 oils, butter, crispbread
    ("масла оливкового extra virgin, сливочное масло 82.5% самое дешевое, ржаные хлебцы", [
        ("масла оливкового extra virgin", {
            "pyaterochka": ["2153521", "4082388", "63538"],
            "magnit": ["190b32a64b", "204571"],
            "dixy": [],
            "perekrestok": [],
        }, "extra virgin olive oil: Пятёрочка «Масло Filippo Berio, Organic, Extra Virgin, Olive "
           "Oil, 0,5 л», «Масло оливковое нераф. Extra Virgin, ТМ Global Village, 250мл», MONINI "
           "«CLAS. олив. нераф.» (Monini Classico is extra virgin — outside knowledge); Магнит "
           "«Масло оливковое МОНИНИ, Экстра Вирджин, 250г», «Масло Оливковое Filippo Berio EV, 0,5 "
           "л». Left out: Пятёрочка Global Village «Virgen Extra, Оливковое, рафинированное, с "
           "добавлением нерафинированного» (a refined blend despite the name), Магнит «МАГНИТ Масло"
           " оливковое Pure» (refined blend), MR.RICCO sunflower oil «с доб. олив.», olive "
           "mayonnaise, olives and goods «в (оливковом) масле»"),
        ("сливочное масло 82.5% самое дешевое", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter of exactly 82.5 %: Пятёрочка «МАСЛО СЛАДКО-СЛИВОЧНОЕ ТРАДИЦИОННОЕ НЕСОЛЕНОЕ "
           "82,5%», ВКУСНОТЕЕВО «Масло ТРАДИЦ. слив. 82,5%», «Масло сливочное Традиционное … 82,5 %"
           " 175 гр», ТЫСЯЧА ОЗЁР 82,5 %; butters labelled 82 % (Простоквашино in Магнит and Дикси,"
           " Президент кислосливочное) and 72.5 % (Брест-Литовск), chocolate butter 62 % excluded "
           "(a written fat % must match exactly); «самое дешевое» is a wish, not a filter"),
        ("ржаные хлебцы", {
            "pyaterochka": ["4054468", "3692903"],
            "magnit": ["8c18d20df8"],
            "dixy": [],
            "perekrestok": [],
        }, "rye crispbread: Пятёрочка Croisette «тонкие ржано-пшеничные», ЩЕДРЫЕ «Хлебцы тонкие "
           "бородинские» (Borodinsky = rye), Магнит ОБРАЗ ЖИЗНИ «Хлебцы ржано-пшеничные» (rye-wheat"
           " accepted — judgement, as for rye bread); wheat, multigrain/5 злаков, corn-rice "
           "(Dr.Korner), cheese crispbreads (Eco-Botanica) and rye сухарики/гренки excluded"),
    ]),
    # fwp15 laundry and kitchen
    ("порошок стиральный автомат подешевле, губок для посуды, пакетов мусорных на 60л", [
        ("порошок стиральный автомат подешевле", {
            "pyaterochka": ["3149485", "2087255", "3418106", "3142962", "2161528", "2161508", "3023899",
                            "2070686", "2155021"],
            "magnit": ["262159b924", "1000286457", "50ee5ea8b5", "168231", "111621", "105881", "105891",
                       "198901", "106541", "105941", "167921"],
            "dixy": [],
            "perekrestok": [],
        }, "laundry powder usable in an automatic machine, any brand/size/colour line (Ariel, "
           "Persil, Tide incl. Детский, Bimax, Лоск, Биолан, BIOMIO); powders whose title does not "
           "say «автомат» (Bimax 3 кг, Persil 3 кг, Биолан Color 2400 г, BIOMIO, Лоск/Персил "
           "Магнит, Tide Lenor Color) accepted because none of them is a hand-wash-only powder "
           "(judgement resting on outside knowledge); laundry gels, liquids and capsules, cleaning "
           "powders (Comet, Пемолюкс) excluded; «подешевле» is a wish"),
        ("губок для посуды", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dish sponges in any store (grepped губк/губ, скоб, тряп); napkins and wipes "
           "excluded; missing everywhere"),
        ("пакетов мусорных на 60л", {
            "pyaterochka": [],
            "magnit": ["e9bebc57c0"],
            "dixy": [],
            "perekrestok": [],
        }, "bin bags of 60 l: Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт»; МАГНИТ «Мешки для "
           "мусора 35л» (other size) and food bags (Пр!ст, Home Story) excluded"),
    ]),
    # fwp16 coffee substitutes and skimmed dairy
    ("кофейку без кофеина, цикория растворимого банку, обезжиренное молоко, сливок 10% в кофе", [
        ("кофейку без кофеина", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no decaffeinated coffee in any store (every «кофе» title read); ordinary coffees and "
           "coffee drinks left out; missing everywhere"),
        ("цикория растворимого банку", {
            "pyaterochka": ["3462819", "3473706", "3485628"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "instant chicory of any flavour: Пятёрочка «Цикорий Большая Чашка, классический, "
           "растворимый», «Большая чашка черничный растворимый», «Цикорий Здравник, сливочный вкус,"
           " 85 г» (Здравник taken as instant chicory — outside knowledge); «банку» is a quantity, "
           "not a filter"),
        ("обезжиренное молоко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["ce8eda981f", "f18e9a3c14", "9dfc83490b", "1076c09948"],
        }, "skimmed cow milk: Перекрёсток Parmalat «обезжиренное 0.05%» (lactose-free) and the 0.5 "
           "% milks (Parmalat Natura Premium, Parmalat Dietalat, Домик в деревне 0.5%) — 0.5 % "
           "taken as skimmed (judgement: the usual «обезжиренное» level in Russian shops); 1 % "
           "(Fitness Time) and higher, milk drinks, kefir and whey drinks «обезжир.» excluded"),
        ("сливок 10% в кофе", {
            "pyaterochka": ["3634638"],
            "magnit": ["476dabe99f"],
            "dixy": [],
            "perekrestok": ["4178852"],
        }, "drinking cream of exactly 10 %: Пятёрочка Сарафаново «Сливки ул/паст. дет. 10%» "
           "(children's cream, as children's milk counts as milk), Магнит Домик в деревне «Сливки "
           "стер 10% 950г», Перекрёсток Молочный знак «Сливки питьевые стерилизованные 10%»; 11 % "
           "Parmalat, 20/33 % creams, non-dairy creamers (Mr. Сливкин, Сопьо Крима) excluded; «в "
           "кофе» is a purpose"),
    ]),
    # fwp17 unsalted tomato juice and herbs
    ("томатного сока без соли, петрушечки, чесноку пару головок, укропчика в суп", [
        ("томатного сока без соли", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["14125"],
        }, "tomato juice without salt: only Перекрёсток «Сок Сады Придонья томатный для детского "
           "питания» accepted (children's juice taken as unsalted — judgement resting on outside "
           "knowledge); juices «с солью» (Сады Придонья 2л, Santal), nectar Добрый «с сахаром и "
           "солью», and tomato juices whose salt is not stated (Магнит RICH, Дары Кубани, Фруктовый"
           " сад; Перекрёсток J7 — ordinary tomato juices are salted) excluded, as are mixed "
           "vegetable juices (!DEAS)"),
        ("петрушечки", {
            "pyaterochka": [],
            "magnit": ["200411"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh parsley: Магнит «Петрушка, 1 уп. (100 г)»; herb mixes (Перекрёсток «Ассорти "
           "свежие петрушка-укроп-лук», «Набор зелени Лук, Укроп и Петрушка») left out because the "
           "item is parsley alone"),
        ("чесноку пару головок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17662"],
        }, "fresh garlic: Перекрёсток «Чеснок, 3шт»; salted garlic (ФЭГ), dried granulated garlic, "
           "garlic-flavoured oil/seasonings/snacks excluded; «пару головок» is a quantity"),
        ("укропчика в суп", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468"],
        }, "fresh dill: Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh, "
           "100г»; dried dill (Восточный гость), herb mixes and herring «с укропом» excluded; «в "
           "суп» is a purpose"),
    ]),
    # fwp18 bran, kefir, prunes
    ("отруби, кефира нежирного 0%, чернослив б/к", [
        ("отруби", {
            "pyaterochka": ["3388018"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "bran: Пятёрочка ДИАДАР «Отруби хрустящие овсяные 200г» (extruded bran, any bran "
           "accepted); yoghurts «с отрубями» excluded"),
        ("кефира нежирного 0%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir of any fat in any store (grepped кеф); missing everywhere"),
        ("чернослив б/к", {
            "pyaterochka": ["3608001"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pitted prunes: Пятёрочка «Чернослив сушеный, без косточек, NaturFoods, 250 г»; sweets, "
           "biscuits, yoghurts and pâté with prunes excluded"),
    ]),
    # fwp19 herbal teas, berries, honey
    ("каркаде чаек, сушеный шиповник, клюкву замороженную, медку натурального", [
        ("каркаде чаек", {
            "pyaterochka": ["3981153"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hibiscus tea: Пятёрочка «Ароматизированный чайный напиток из гибискуса с кусочками "
           "малины и фруктов роял распберри в пакетиках» (a hibiscus infusion = каркаде; flavour "
           "not restricted); Tess «FLAME her.tea» (hibiscus not stated), Fuze Tea «лесные ягоды-"
           "гибискус» (ready drink) and Vernel «гибискус и роза» excluded"),
        ("сушеный шиповник", {
            "pyaterochka": ["3452998"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dried rose hips: Пятёрочка «Шиповник, Бабушкин Хуторок, 75 г» (taken as dried rose-hip "
           "berries for brewing — outside knowledge); Milford «Чай ШИПОВНИК фрукт.» tea bags, Tess "
           "«шиповник-яблоко» black tea, juices/purées with rose hip excluded"),
        ("клюкву замороженную", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no frozen cranberries in any store; Перекрёсток «Клюква дикорастущая Зелёная Линия, "
           "250г» (category «Ягоды», a fresh tray) deliberately left out because the form "
           "«замороженную» was written; cranberry морс/drinks, sauerkraut with cranberry and sweets"
           " excluded; missing everywhere"),
        ("медку натурального", {
            "pyaterochka": ["3645764", "3645749"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "plain natural honey: Пятёрочка МЕДОВЫЙ ДОМ «Мёд натуральный цветочный … Южный цветок» "
           "and «… монофлорный … Восточная липа», Магнит МЕДОВЫЙ ДОМ «Мёд нат цветочный разнотравье"
           " 250г»; Пятёрочка «Крем-мёд натуральный цветочный с наполнителями» (с малиной / с "
           "лимоном и имбирём — flavoured honey products) left out, as are чак-чак, медовик, honey-"
           "flavoured sweets/cereals and «Медовые» tomatoes/apples"),
    ]),
    # fwp20 durum pasta, light cheese, pumpkin
    ("макарон твердых сортов, сыр 17%, тыковку", [
        ("макарон твердых сортов", {
            "pyaterochka": ["3687625", "4075778", "4075782", "4008044", "4072891", "4072894", "4077766",
                            "4077767", "4077771", "4008046", "4008047", "4008045", "4037645", "4037644",
                            "4037652", "4037654", "4037666", "3438663", "3438670", "3438666"],
            "magnit": ["214631", "167851", "199251"],
            "dixy": [],
            "perekrestok": [],
        }, "dry pasta of durum wheat: titles saying «из твердых сортов» or «группа А» (group A = "
           "durum wheat by GOST — outside knowledge), incl. egg soup pasta of group A; Barilla "
           "(Магнит «спирали Джирандоле»), La Molisana (Italian, durum by law) and Макфа «перья» "
           "(Makfa pasta is group A) accepted on outside knowledge; FEDERICI and Baisad (durum not "
           "stated), instant/udon/soba/funchosa/lagman noodles, ready pasta dishes and sauces "
           "excluded"),
        ("сыр 17%", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no cheese of exactly 17 % in any store; light cheeses of 15 % (Тысяча Озёр Лёгкий) and "
           "16 % (Natura Сливочный Лёгкий), 30 % light cheeses and 28 % Фетакса Легкая left out (a "
           "written fat % must match exactly); missing everywhere"),
        ("тыковку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh pumpkin in any store; pumpkin nectar, pumpkin seeds and baby purées with "
           "pumpkin excluded; missing everywhere"),
    ]),
    # fwp21 canned and salted fish
    ("скумбрия в собственном соку, селедки слабосоленой, горбуша консервы", [
        ("скумбрия в собственном соку", {
            "pyaterochka": ["97522", "3609787"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned mackerel «натуральная» (the own-juice category): Пятёрочка 5 МОРЕЙ «Скум. нат. с"
           " мас. ж/б 250г» and «Скумбрия Знак качества, атлантическая, натуральная, с добавлением "
           "масла» (judgement: «натуральная с добавлением масла» is still mackerel in its own "
           "juice); mackerel in tomato sauce (Барс), cold-smoked and «рубленная» mackerel excluded"),
        ("селедки слабосоленой", {
            "pyaterochka": ["4043492", "3637884", "3497722"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4056953", "3497722", "3637884", "79542", "79544", "4402738", "4402737", "4360965",
                            "4364450", "4034451", "4367699", "4367712", "4147685", "4364448", "4225103"],
        }, "lightly salted herring: titles saying слабосолёная/малосольная, and Матиас (matjes, "
           "lightly salted by definition — outside knowledge: Пятёрочка/Перекрёсток «Матиас "
           "деликатесное оригинальное», «Матиас ХХL», «Матиас оригинал», «Матиас … с ароматом "
           "дыма»); herring whose salting is not stated (Тесей Царская, Балтийский берег по-царски,"
           " Русское Море атлантическая 400 г, Раптика, Vici из бочки, Меридиан, Магнит Смоленская "
           "коллекция / VICI / Меридиан / «Сельдь тихоокеанская» / Золотая Fishka), herring salads,"
           " roe and celery (сельдерей) excluded"),
        ("горбуша консервы", {
            "pyaterochka": ["3609786"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned pink salmon: Пятёрочка ЗНАК КАЧ. «Горбуша натуральная 245г»; frozen горбуша "
           "fillet (Перекрёсток), roe and «Лосось по-итальянски с овощами» excluded"),
    ]),
    # fwp22 toiletries and denture care
    ("зубная паста лесной бальзам, крема для рук тюбик, шампуня подешевле, корега", [
        ("зубная паста лесной бальзам", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Лесной бальзам toothpaste in any store; other toothpastes (Blend-a-med, Colgate, "
           "Splat, ROCS, President, Lacalut, Aquafresh, Sensodyne, Closeup) excluded because the "
           "brand was written; missing everywhere"),
        ("крема для рук тюбик", {
            "pyaterochka": ["3657595"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "hand cream: Пятёрочка NIVEA «Крем УВЛ/МЯГК. д/рук 75мл»; foot cream (EVO с мочевиной), "
           "face creams, Пантенол/baby creams and cleaning creams (Cif) excluded; «тюбик» is not a "
           "filter"),
        ("шампуня подешевле", {
            "pyaterochka": ["3632673", "3632672", "3406278", "3659304", "3472122", "3688572", "4004176",
                            "4004174", "3506089", "3950554", "2102735", "3999803", "3658479", "3624618",
                            "3624617", "4092264", "3262020", "3679350", "3958227", "2071819", "3352707",
                            "3456559", "3682464", "3307154", "3386405", "3653506", "3689257"],
            "magnit": ["28ba0518bf", "f68f4f964f", "7bc067da91", "5b1250b807", "23eca9864a", "8442fcc99f",
                       "1d4676bb70", "084b343248", "204511", "198881", "160241", "168271", "167951"],
            "dixy": [],
            "perekrestok": ["4406843", "2092382", "4045740", "3065062"],
        }, "any hair shampoo incl. 2-in-1/3-in-1 shampoo-conditioners and men's/anti-dandruff "
           "shampoos; dry shampoo (SHAMTU), conditioners/balms alone, shower gels and "
           "Шампанское/шампиньоны excluded; «подешевле» is a wish"),
        ("корега", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Corega (denture adhesive/cleaner) or any denture product in any store; missing "
           "everywhere"),
    ]),
    # fwp23 sugar-free pastila, jam, halva, crispbread
    ("пастилу без сахара, джем на фруктозе, хлебцев гречневых, халва на фруктозе", [
        ("пастилу без сахара", {
            "pyaterochka": ["4049946"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sugar-free пастила: Пятёрочка «Белёвская пастила классическая без добавления сахара "
           "100г»; ordinary Белевская пастила (с корицей, с кедровым орехом), зефир and Магнит "
           "«БЕЛЕВСКАЯ ПАСТИЛА Мармелад» excluded"),
        ("джем на фруктозе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no jam on fructose / without sugar in any store; ordinary jams (Махеевъ, "
           "нестерилизованный «Персик и Манго») and varenye left out; missing everywhere"),
        ("хлебцев гречневых", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no buckwheat crispbread in any store; corn-rice (Dr.Korner), «Злаковый коктейль», 5 "
           "злаков, rye, wheat and cheese crispbreads and buckwheat flakes excluded; missing "
           "everywhere"),
        ("халва на фруктозе", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no halva on fructose / without sugar in any store; ordinary halva (Тимоша, Дружба) and "
           "wafers «с халвой» left out; missing everywhere"),
    ]),
    # fwp24 fruit
    ("яблоки семеренко, апельсинов штук 5, лимона парочку, грейпфрутики", [
        ("яблоки семеренко", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Семеренко apples in any store; Гренни Смит, Ред Делишес, Гала, Медовый хруст, "
           "«красные» and «сезонные» apples excluded because the variety was written; missing "
           "everywhere"),
        ("апельсинов штук 5", {
            "pyaterochka": [],
            "magnit": ["109471"],
            "dixy": [],
            "perekrestok": ["1535"],
        }, "fresh oranges (Магнит «Апельсины, 1 кг», Перекрёсток «Апельсины»); juices, nectars, "
           "drinks and orange-flavoured goods excluded; «штук 5» is a quantity"),
        ("лимона парочку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons in any store; Магнит «Лайм, 1 кг» (a different fruit), lemonades, "
           "lemon-flavoured goods and cleaners excluded; missing everywhere"),
        ("грейпфрутики", {
            "pyaterochka": [],
            "magnit": ["168611", "199701"],
            "dixy": [],
            "perekrestok": [],
        }, "fresh grapefruit: Магнит «Грейпфрут в сетке, 1 кг» and «Грейпфрут, 1 кг»; pomelo, mixed"
           " citrus juices/nectars and grapefruit-scented goods excluded"),
    ]),
    # fwp25 kissel, wholegrain flour, quail eggs, kefir
    ("кисельку без сахара, мука цельнозерновая, перепелиные яйца, кефир простоквашино 2.5", [
        ("кисельку без сахара", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kissel without sugar in any store; Пятёрочка «Кисель Фруто Няня, малина, 200 мл» "
           "(children's) and Перекрёсток «Кисeль Малиновый негазированный … Перекрёсток Select, "
           "500мл» (title spelled with a Latin «e»; sugar not stated, a sweet ready drink) left "
           "out; missing everywhere"),
        ("мука цельнозерновая", {
            "pyaterochka": ["3605057"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "wholegrain flour: Пятёрочка «Мука пшеничная из цельносмолотого зерна Рязаночка 1кг»; "
           "white wheat flour (Рязаночка Экстра, Makfa, Пышечка, Пр!ст), rye «обдирная» (not whole-"
           "grain), rice flour and durum крупка excluded"),
        ("перепелиные яйца", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4321659"],
        }, "quail eggs: Перекрёсток «Яйца перепелиные Маркет, 20шт»; mayonnaise «на перепелином "
           "яйце», Оливье salads with quail egg and chicken eggs excluded"),
        ("кефир простоквашино 2.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir of any brand or fat in any store (grepped кеф); Простоквашино milk/sour cream "
           "are other products; missing everywhere"),
    ]),
]


def items_of(text):
    return [part.strip() for part in re.split(r"[,\n]", text) if part.strip()]


def blind_lists(path):
    """The list texts of the blind draft, in order: each follows a line '--- fwpNN ---'."""
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    blocks = re.split(r"^--- (fwp\d\d) ---\n", raw, flags=re.M)
    out = []
    for i in range(1, len(blocks), 2):
        text = blocks[i + 1]
        if text.endswith("\n\n"):
            text = text[:-2]
        elif text.endswith("\n"):
            text = text[:-1]
        out.append((blocks[i], text))
    return out


def check_blind():
    errors = []
    with open(BLIND, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    if digest != BLIND_SHA256:
        errors.append("blind draft changed: sha256 %s != %s" % (digest, BLIND_SHA256))
    draft = blind_lists(BLIND)
    if len(draft) != len(LISTS):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(draft), len(LISTS)))
    for n, ((lid, text), (typed, _)) in enumerate(zip(draft, LISTS), 1):
        if lid != "fwp%02d" % n:
            errors.append("blind draft list %d is labelled %s" % (n, lid))
        expected = text
        if lid in REPLACED:
            old, new = REPLACED[lid]
            if old not in items_of(text):
                errors.append("%s: replaced item %r is not an item of the blind draft" % (lid, old))
            expected = text.replace(old, new, 1)
            if new not in items_of(expected):
                errors.append("%s: replacement %r is not an item" % (lid, new))
        if typed != expected:
            errors.append("%s: text %r differs from the blind draft %r" % (lid, typed, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fwp"))
