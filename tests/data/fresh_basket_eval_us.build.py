#!/usr/bin/env python3
"""Re-create fresh_basket_eval_us.jsonl -- 25 shopping lists of a retired military officer (clipped, numbers first,
abbreviations, exact specs and brands he trusts: staples, canned goods, tea, household items), hand-labelled against
the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_us.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_us.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are fus01, fus02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_lists import build, stats  # noqa: E402  (this directory)

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_us.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_us.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (16, "2 кор. спичек", "1 пач. салфеток бумажных 100 шт."),
]

E = []  # an empty acceptable list (store has nothing acceptable)

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 овощи на зиму
    ("5 кг картофеля\n2 кг лука репч.\n2 кг моркови\n1 кочан капусты белокоч.", [
        ("5 кг картофеля", {
            "pyaterochka": E,
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any pack or variety (new crop, red, washed, «для варки»/«для жарки» 3 kg nets, Дикси «молодой» "
           "1 kg); «5 кг» is a quantity of a weighed good; potato chips and «Картофель хрустящий», starch, vareniki, Knorr "
           "«картошка по-деревенски», salads with potatoes, baby purees and the marzipan «Картошка» excluded; Пятёрочка "
           "carries no fresh potatoes"),
        ("2 кг лука репч.", {
            "pyaterochka": E,
            "magnit": ["168731", "168741", "168721"],
            "dixy": E,
            "perekrestok": ["3368252", "3623836", "79135", "79012", "4272905"],
        }, "fresh bulb onions of any colour (no colour written): Магнит «Лук репчатый, красный», «Лук Ялтинский» net, «Лук "
           "Светофор» (3 bulbs: yellow, red, white - outside knowledge); Перекрёсток «Лук репчатый белый/красный», Ялтинский "
           "loose and 350 g, «Лук салатный» sold by kg (taken as a sweet bulb onion - outside knowledge, 99.99/kg fits a "
           "bulb, not greens); «2 кг» is a quantity; shallots (a different onion, «Лук Шалот»), green onion, herb mixes with "
           "onion, FEDERICI «Луковки» in a jar, onion-flavoured chips/snacks and «с луком» fish excluded"),
        ("2 кг моркови", {
            "pyaterochka": E,
            "magnit": ["199761"],
            "dixy": E,
            "perekrestok": ["52112"],
        }, "fresh carrots (Магнит «Морковь мытая» 1 kg, Перекрёсток «Морковь мытая» by kg); «2 кг» is a quantity; Korean "
           "carrot salads (Белая Дача, Freshsecret, «со спаржей»), sauerkraut with carrots, carrot nectars/juices, baby "
           "purees, pet food «с морковью» and Leor «Морковь пикантная» (canned) excluded"),
        ("1 кочан капусты белокоч.", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["4738b3129c"],
            "perekrestok": E,
        }, "fresh white cabbage: Дикси «Капуста белокочанная ранняя, 1 кг» (sold per piece, taken as one head); «1 кочан» is a "
           "whole head, i.e. the form of fresh cabbage; Перекрёсток «Капуста китайская» (Chinese cabbage), sauerkraut of all "
           "brands, broccoli, cauliflower salad, seaweed salad and baby purees excluded"),
    ]),
    # L02 консервы и крупы
    ("3 бан. тушенки гов. ГОСТ, 2 бан. тушенки свин., 2 пач. гречки ядрицы, 1 пач. риса круглозерн.", [
        ("3 бан. тушенки гов. ГОСТ", {
            "pyaterochka": ["3480976", "2160460"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "canned stewed beef whose title says ГОСТ: Семейный Бюджет «Говядина … Гост, тушеная» 500 g, ЛЮБ.ДОМ «Говядина "
           "туш.ГОСТ в/с» 338 g; the standard is the qualifier written, so stewed beef whose title does not name ГОСТ is "
           "excluded even where it may be made to it (Великолукский «высший сорт», Лужская марка «1с», Барс and Русь "
           "«Экстра», АК СНОВ); stewed pork/venison, buckwheat porridge with beef, pet food excluded; «3 бан.» is a count"),
        ("2 бан. тушенки свин.", {
            "pyaterochka": ["3483538", "3675349", "2143238", "3452600"],
            "magnit": ["746a50c3f0"],
            "dixy": E,
            "perekrestok": E,
        }, "canned stewed pork of any brand and grade: Лужская марка, Великолукский ГОСТ, Барс, Елинский «Свин.туш.в/с ГОСТ» "
           "(Пятёрочка), СОВОК «Свинина тушеная ГОСТ» (Магнит); stewed beef, chicken in its own juice, ready meals excluded"),
        ("2 пач. гречки ядрицы", {
            "pyaterochka": E,
            "magnit": ["203081"],
            "dixy": E,
            "perekrestok": E,
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto, 500 г» - the title does not say ядрица; taken as ядрица because no "
           "продел is on sale and whole-kernel groats are what «крупа гречневая» packs hold (outside knowledge); Пятёрочка "
           "PROSTO «Рис и греча» (a rice-buckwheat mix), buckwheat flakes (Увелка, Мистраль), soba noodles, Nestle buckwheat "
           "porridge, Тема porridge, canned porridge with beef and ready kits excluded; «2 пач.» is a count"),
        ("1 пач. риса круглозерн.", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641"],
            "dixy": E,
            "perekrestok": E,
        }, "round-grain white rice: Магнит Увелка «Краснодарский, круглый», Мистраль «Рис для плова … традиционный, круглый» "
           "(round-grain; the purpose in the name is not a different product), Мистраль «Кубань» 0.9 kg (taken as round-"
           "grain - outside knowledge: Мистраль Кубань is a Krasnodar round-grain rice); Пятёрочка «МИСТР.Рис для плова "
           "традиц.900г» (the same Мистраль product Магнит titles «круглый» - outside knowledge); Адриатика (not stated "
           "round), Националь and Global Village rice «для плова» (grain not stated), long-grain Лазер, basmati, jasmine, "
           "brown rice, Акватика mix, rice flakes/flour/porridge excluded"),
    ]),
    # L03 чай, сахар, сгущенка
    ("2 пач. чая черного листового Майский, 1 пач. сахара-песка 1 кг, 2 бан. сгущенки Рогачев", [
        ("2 пач. чая черного листового Майский", {
            "pyaterochka": ["4085553"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Майский black leaf tea: Пятёрочка «Чай Майский "
           "\"Новогодний шар\", черный лист. 20 гр» (a 20 g gift bauble of Майский black leaf tea; brand, colour and form "
           "match, the pack is not a filter; no flavour named); Майский «смородина с мятой; душистый чабрец» bags "
           "(flavoured, bagged), other brands' black leaf teas (Greenfield Golden Ceylon, Крепкие традиции, Richard, Akbar "
           "…) excluded; «2 пач.» is a count"),
        ("1 пач. сахара-песка 1 кг", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no granulated white sugar in any chain; Магнит РУССКИЙ «Сахар белый прессованный 1кг» is lump sugar, not "
           "сахар-песок; Пятёрочка «Сахар тростниковый … Демерара 500г» is cane sugar of another size; sugar-free goods and "
           "«с сахаром» products excluded"),
        ("2 бан. сгущенки Рогачев", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "the only Рогачёв condensed milk on sale is варёная (Магнит «Молоко сгущеное Рогачев, вареное», Пятёрочка «Егорка» "
           "Рогачев вареное) - boiled condensed milk is another product than «сгущенка»; Алексеевское condensed milk is "
           "another brand; Перекрёсток «Молоко Рогачевъ питьевое» is drinking milk; sweets with condensed milk excluded"),
    ]),
    # L04 молочка и яйца
    ("1 дес. яиц С1, 2 уп. молока 3.2%, 1 пач. масла слив. 82.5%, 1 бут. кефира 2.5%", [
        ("1 дес. яиц С1", {
            "pyaterochka": ["3446505"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "packs of 10 hen's eggs of class С1 («дес.» = десяток = packs of 10 only): Село Зелёное Деревенское С1 10 шт "
           "(both chains), Окское С1 10 шт, Маркет С1 10 шт, Зелёная Линия «активита С1 с селеном и йодом» 10 шт (enriched "
           "hen's eggs, still С1); Лето С1 20 шт (pack of 20), СО/отборные/Экстра packs (other class), quail eggs, "
           "chocolate eggs and mayonnaise «на перепелином яйце» excluded"),
        ("2 уп. молока 3.2%", {
            "pyaterochka": ["3507208", "3694630", "3645807", "3425329"],
            "magnit": E,
            "dixy": ["809c0dd88b"],
            "perekrestok": ["14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e",
                            "949b3dd46f", "eaf7de5f17", "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a",
                            "b4411ba8d4", "35ac60eec2", "52d96fd806", "885d917850", "488d323508", "ecc07a0e68",
                            "01f728b210", "f50aeac1bb", "3645807", "4244242", "3431579", "b508e73840", "47a9cd6be2"],
        }, "drinking cow's milk of exactly 3.2% in any pack (pasteurised, UHT, sterilised, 0.45-2 l), incl. children's "
           "drinking milk (Агуша «от 3 лет», Сарафаново «детское», Маша и Медведь) as in all sets; ranges «3,2-4 %», «3.2-4.5 "
           "%», «от 3,2% до 6%» (do not satisfy a single value), other fat levels, топлёное 3.2 % (Простоквашино, Домик в "
           "деревне), goat milk, condensed milk, flavoured milk/milkshakes and Barista milk excluded; «2 уп.» is a count; "
           "Магнит has only 2.5 % and flavoured milk"),
        ("1 пач. масла слив. 82.5%", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "butter of exactly 82.5 %: Пятёрочка «Масло сладко-сливочное традиционное несоленое 82,5%» 380 g, Вкуснотеево "
           "«Традиционное 82,5%» 400 g, «Масло сливочное Традиционное … 82,5 %» 175 g, Тысяча озёр 82,5 % 400 g; butter "
           "labelled 82 % (Простоквашино in Дикси and Магнит, President), 72.5 % Брест-Литовск, chocolate butter 62 %, "
           "spreads and other oils excluded - the written 82.5 % is a different value from 82 %"),
        ("1 бут. кефира 2.5%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no kefir at all in any chain's recorded offers (no title contains «кефир»); other cultured drinks (ряженка, "
           "yoghurts, Имунеле) are other products"),
    ]),
    # L05 рыбные консервы
    ("2 бан. килек в томате, 2 бан. шпрот рижских, 1 бан. печени трески", [
        ("2 бан. килек в томате", {
            "pyaterochka": ["3468685"],
            "magnit": ["159901"],
            "dixy": E,
            "perekrestok": E,
        }, "canned sprat (килька) in tomato sauce: Пятёрочка «Килька черноморская, в томатном соусе, Вкусные консервы», Магнит "
           "«Килька обжаренная, в томатном соусе»; the Пятёрочка «Килька … обжаренная с чили в томатном соусе» is a "
           "flavoured (chili) variant and excluded as plain products exclude flavoured ones; Перекрёсток spiced-salted "
           "Балтийский Берег kilka (not in tomato) and шпроты excluded"),
        ("2 бан. шпрот рижских", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "«рижские» (Riga sprats) is the brand/origin the officer wrote and no title names it; the sprats on sale (Пятёрочка "
           "Барс, Вкусные консервы, Знак качества incl. «из салаки», «крупные»; Магнит «Шпроты в масле, 160 г») do not say "
           "Рижские and are not accepted"),
        ("1 бан. печени трески", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no canned cod liver in any chain; cod roe («Икра трески» Пятёрочка, Fish House) and cod fish cakes are other "
           "products"),
    ]),
    # L06 бакалея и специи
    ("1 пач. соли йодир. 1 кг, 1 бут. масла подсолн. нераф. 1 л, 1 пак. лаврового листа, 1 пак. перца черного горошком", [
        ("1 пач. соли йодир. 1 кг", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no iodised salt in any chain; Магнит MAREMAN «Соль морская средняя 1кг» is sea salt without iodine named, "
           "Kotanyi «Чеснок-травы-соль» a seasoning, salted snacks and «с селеном и йодом» eggs are other products"),
        ("1 бут. масла подсолн. нераф. 1 л", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no unrefined sunflower oil in any chain: every sunflower oil on sale is refined (Магнит Благо, MR.RICCO, Слобода "
           "«раф»; Пятёрочка Олейна «раф.дез.» 2 l) or flavoured (Almador basil/garlic, MR.RICCO with herbs/olive/avocado)"),
        ("1 пак. лаврового листа", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no bay leaf in any chain (no title contains «лавр»)"),
        ("1 пак. перца черного горошком", {
            "pyaterochka": ["89001"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "whole black peppercorns: Пятёрочка «KOTANYI Мельница перец черный 36г» - a grinder filled with whole black "
           "peppercorns (outside knowledge: a mill can only hold whole corns; Kotanyi sells it as «перец черный горошек»); "
           "the form «горошком» (whole) is met and the packaging is not a filter; Магнит Восточный гость «Перец черный … "
           "молотый» (ground), Kotanyi «4 перца»/«смесь перцев» (mixes), sweet peppers, pepper-flavoured snacks and meats "
           "excluded"),
    ]),
    # L07 хозтовары
    ("2 куска мыла хозяйств. 72%, 1 бут. белизны 1 л, 1 рул. мешков для мусора 60 л", [
        ("2 куска мыла хозяйств. 72%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no laundry soap in any chain; toilet soaps (Camay, Fax, Safeguard, Dove cream soap), liquid soap and soap gift "
           "sets are other products"),
        ("1 бут. белизны 1 л", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no «Белизна» (chlorine bleach) in any chain; Vanish Oxi stain remover with oxygen bleach, whitening toothpastes, "
           "Bref toilet blocks «с хлор-компонентом» and Comet powder are other products"),
        ("1 рул. мешков для мусора 60 л", {
            "pyaterochka": E,
            "magnit": ["e9bebc57c0"],
            "dixy": E,
            "perekrestok": E,
        }, "bin bags of 60 l: Магнит BIG CITY LIFE «Пакеты д/мусора 60л 20шт»; the 60 l volume names the bag and is respected, so "
           "МАГНИТ «Мешки для мусора 35л» are excluded; BIG CITY LIFE «Салфетки в рулоне … 60л» are cleaning cloths; "
           "«1 рул.» is a count"),
    ]),
    # L08 гигиена
    ("4 рул. туалетной бумаги Zewa, 1 тюб. зубной пасты Новый жемчуг, 1 бал. пены для бритья Gillette, 1 уп. станков одноразовых Gillette", [
        ("4 рул. туалетной бумаги Zewa", {
            "pyaterochka": ["3493108"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Zewa toilet paper in packs of 4 rolls: Пятёрочка «ZEWA Бумага ДЖАСТ 1 туал.4сл.4рул.»; toilet paper is sold only "
           "in packs, so «4 рул.» names the pack (like «десяток» for eggs) and Zewa packs of 8 (Deluxe, Just 1) and 12 (Plus, "
           "both chains) are excluded; Zewa moist toilet paper (no rolls), Zewa paper towels and other brands (Papia, "
           "Familia) excluded"),
        ("1 тюб. зубной пасты Новый жемчуг", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Новый жемчуг toothpaste in any chain; other brands (Colgate, Blend-a-med, Splat, ROCS, President, Lacalut, "
           "Aquafresh, Closeup, Sensodyne) and Магнит «Крем для лица ЧЁРНЫЙ ЖЕМЧУГ» are not accepted"),
        ("1 бал. пены для бритья Gillette", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Gillette shaving foam in any chain; Магнит «Гель для бритья Gillette Mach 3» is a gel, not a foam; Arko foams "
           "and Nivea gel are other brands"),
        ("1 уп. станков одноразовых Gillette", {
            "pyaterochka": E,
            "magnit": ["204267144c"],
            "dixy": E,
            "perekrestok": E,
        }, "Gillette disposable razors: Магнит «GILLETTE Blue II Одноразовые станки с пол 5шт»; Gillette «Simply VENUS Однор "
           "стан жен» is the women's line (a different product for a man's list; «женские» razors are sold as their own "
           "category), Mach3 and Fusion razors with a cartridge and Venus razor with a cartridge are not disposable"),
    ]),
    # L09 крупы
    ("1 пач. перловки\n1 пач. пшена\n1 пач. гороха колотого\n1 пач. овсяных хлопьев Геркулес", [
        ("1 пач. перловки", {
            "pyaterochka": E,
            "magnit": ["820f08519d"],
            "dixy": E,
            "perekrestok": E,
        }, "pearl barley: Магнит УВЕЛКА «Перловая Крупа 800г»; УВЕЛКА «Крупа ячневая» (barley grits, a different groat) "
           "excluded"),
        ("1 пач. пшена", {
            "pyaterochka": ["3674169"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "millet: Пятёрочка «МИСТР.Пшено ЗОЛОТОЕ 5х80г» (boil-in-bag millet is millet; form not written); wheat products "
           "«пшеничн…» (flour, pasta, bread, beer) are not пшено"),
        ("1 пач. гороха колотого", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no dry split peas in any chain; canned green peas (Бондюэль, Globus, 6 соток, Маркет, Bizim Tarla «Горох "
           "зелёный» in the canned-vegetable category), pea soups (Knorr, Буздякский, Лидкон, Главсуп) and pet food with "
           "peas are other products"),
        ("1 пач. овсяных хлопьев Геркулес", {
            "pyaterochka": ["4027131"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "oat flakes of the Геркулес kind: Пятёрочка «Хлопья овсяные Клинские "
           "\"Геркулес\" 500г»; «Геркулес» is a written type (a flake grade of GOST 21149 and a brand - outside knowledge), "
           "so УВЕЛКА «Хлопья зерн.овсян.трад.» (traditional flakes, grade not named) is excluded; instant oat porridges, "
           "oat cookies, oat bran, oat drinks/desserts, buckwheat/rice flakes excluded"),
    ]),
    # L10 хлеб, селедка, сметана
    ("2 бух. хлеба бородинского, 1 батон нарезной, 2 шт. сельди слабосол., 1 бан. сметаны 20%", [
        ("2 бух. хлеба бородинского", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Borodinsky bread in any chain; ЩЕДРЫЕ «Хлебцы тонкие бородинские» (crispbread), Магнит «Колбаса Бородинская», "
           "Мясной Дом Бородина meats and other breads (Даниловский, Ржано-пшеничный, Марьин, «Ржаной Край») excluded"),
        ("1 батон нарезной", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3974714"],
        }, "the «батон нарезной» loaf: Перекрёсток «Батон Нарезной нарезка Маркет Перекрёсток, 400г» (sliced loaf of that "
           "type); Пятёрочка «Батон "
           "\"Звездный\"нар, Хлебный Дом, 350г» is a loaf of another name («нар» reads as нарезка/sliced; the type "
           "нарезной is not stated) and is excluded; chocolate bars «батончик», сдоба, хлебцы excluded"),
        ("2 шт. сельди слабосол.", {
            "pyaterochka": ["4043492", "3637884", "3497722"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4360965", "4364450", "4034451", "4367712", "4147685", "4364448", "4225103", "4056953",
                            "3637884", "3497722", "79542"],
        }, "lightly salted herring in any form (no whole lightly salted herring is on sale; «2 шт.» is a count, not a form): "
           "titles saying слабосолёная/слабосолёное (Русское море традиционный посол, Селедочка аппетитная, «к картошке», "
           "бочковая в заливке, Царская Люди Любят, Матиас XXL, филе-кусочки Матиас) and Атлантика «Малосольная» (малосольная "
           "= lightly salted); plain Санта Бремор Матиас fillets whose title omits the word (Пятёрочка/Перекрёсток «Матиас … "
           "оригинальное» 400 g, «Матиас ХХL Отборная» 200 g, «Матиас оригинал филе в масле» 250 g) taken as lightly "
           "salted (outside knowledge: Матиас is Santa Bremor's lightly salted herring line; other Матиас titles in the same "
           "store say слабосолёная); flavoured ones (с укропом, с ароматом дыма, wine marinades «Исландка», Меридиан "
           "«в красной-винной заливке», Раптика «в пряной заливке»), herring whose salt level is not stated (Балтийский Берег "
           "по-царски, Тесей Царская, Vici «из бочки … с пряностями», Fish House «специального посола», Русское Море "
           "атлантическая 400 g, all Магнит herring), herring roe, «Сельдь под шубой» and celery excluded"),
        ("1 бан. сметаны 20%", {
            "pyaterochka": ["3664287"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188",
                            "58101", "3293409", "4349770"],
        }, "sour cream of exactly 20 % in any tub (Домик в деревне, Parmalat Comfort lactose-free, Братья Чебурашкины, "
           "Брест-Литовск, Вкуснотеево, Искренне Ваш, Простоквашино, Ростагроэкспорт 180/500 g, Рузская, Экомилк); «бан.» (a tub/jar) "
           "cannot be checked and is not a filter; 10/15/25/30 % sour cream, sour-cream sauces, crackers and cakes "
           "excluded; Магнит has only 15 %"),
    ]),
    # L11 макароны по-флотски
    ("2 пач. макарон Макфа рожки, 1 бан. томатной пасты, 1 кг фарша говяжьего", [
        ("2 пач. макарон Макфа рожки", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Makfa рожки in any chain: Магнит «Макароны Макфа, перья» and Пятёрочка «MAKFA Изд.мак.СВИТКИ» are other shapes; "
           "the no-brand «Витой рожок» (Пятёрочка) is not Makfa; Makfa flour and cakes are other products"),
        ("1 бан. томатной пасты", {
            "pyaterochka": ["84652", "3486033", "31623", "3696785"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "tomato paste: Пятёрочка ПОМИДОРКА 250 ml and 480 ml, Heinz «Паста Томатная» 310 g, МАХЕЕВЪ «Паста ДОМАШНЯЯ томат. "
           "ст/б 500г» (taken as Махеевъ's tomato paste «Домашняя» - outside knowledge); ketchups, tomato sauces "
           "(Болоньезе, Стебель бамбука), tomato juice, canned tomatoes and pasta dishes excluded"),
        ("1 кг фарша говяжьего", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "beef mince: Пятёрочка Рестория «фарш Говяжий» 400 g, Останкино «ФАРШ ГОВЯЖИЙ» 400 g, Мираторг «Фарш говяжий» "
           "400 g; «1 кг» is a quantity; pork-beef «домашний» mince (Мираторг, Самсон, Деревенский), pork mince (Магнит), "
           "turkey/chicken mince, stuffed olives and beef cutlets excluded"),
    ]),
    # L12 чай и кофе
    ("1 пач. чая Greenfield Earl Grey 100 пак., 1 пач. чая зеленого Ахмад, 1 бан. кофе Nescafe Classic 95 г, 1 бан. цикория растворимого", [
        ("1 пач. чая Greenfield Earl Grey 100 пак.", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Greenfield Earl Grey in bags: Пятёрочка «GREENF.Чай ЭРЛ ГРЕЙ ФЭНТАЗИ чер.лист200г» is loose leaf (the «100 "
           "пак.» pack is written); Earl Grey of other brands (Lipton, Richard, Twinings, Saito, Азерчай) and other "
           "Greenfield teas (Spring Melody, Kenyan Sunrise, Redberry, Golden Ceylon) excluded"),
        ("1 пач. чая зеленого Ахмад", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Ahmad green tea in any chain: Ahmad teas on sale are black (классический, чабрец, Английский №1 бергамот); "
           "green teas of other brands (Tess, Lipton, Richard, Curtis, Assand, Saito) excluded"),
        ("1 бан. кофе Nescafe Classic 95 г", {
            "pyaterochka": ["4035358"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Nescafe Classic instant coffee 95 g: Пятёрочка «NESCAFE СLASSIC … 95г»; the written 95 g names the pack, so the "
           "190 g and 230 g Classic are excluded; «бан.» (jar) cannot be checked from the title and is not a filter; Nescafe "
           "Gold/Crema/Barista/Espresso (other products of the brand), the Classic Latte sachets and the no-brand «Кофе "
           "натуральный растворимый … 95 гр» excluded"),
        ("1 бан. цикория растворимого", {
            "pyaterochka": ["3462819"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "plain instant chicory: Пятёрочка «Цикорий Большая Чашка, классический, растворимый, 85 г»; Большая чашка "
           "«черничный» and Здравник «сливочный вкус» are flavoured and excluded"),
    ]),
    # L13 овощные консервы
    ("2 бан. горошка зел. Бондюэль, 2 бан. кукурузы сладкой, 1 бан. фасоли красной, 1 бан. икры кабачковой", [
        ("2 бан. горошка зел. Бондюэль", {
            "pyaterochka": E,
            "magnit": ["213651", "111581"],
            "dixy": E,
            "perekrestok": ["27460"],
        }, "Bonduelle canned green peas of any size (Магнит Bonduelle 212 ml and Бондюэль 400 g, Перекрёсток Бондюэль 200 g); "
           "green peas of other brands (Globus, 6 соток, Знак Заботы, Маркет, «молодой Горошек» Пятёрочка) and other "
           "Bonduelle products (corn, beans, olives, mushrooms, вок) excluded"),
        ("2 бан. кукурузы сладкой", {
            "pyaterochka": ["3645520", "4043590", "3479213"],
            "magnit": ["213661", "111551", "203031"],
            "dixy": E,
            "perekrestok": ["82253", "2050066", "3645521", "16793", "4273333", "4372036"],
        }, "canned sweet corn kernels of any brand («сладкая» or its synonym «сахарная»): titles naming сладкая/сахарная, plus "
           "Bonduelle/Бондюэль «Кукуруза» (Магнит) and «Кукуруза Heinz, 340 г» (Пятёрочка) whose titles omit the word - "
           "canned corn kernels are sweet corn (outside knowledge); «молочная кукуруза без сахара» is sweet corn without "
           "added sugar; baby corn on the cob (Маркет Collection «в початках»), popcorn, corn flakes/sticks/balls/bread, "
           "corn starch and corn oil excluded"),
        ("1 бан. фасоли красной", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["3635743"],
        }, "canned red beans: Перекрёсток «Фасоль красная натуральная Маркет»; Бондюэль «Красная фасоль в классическом "
           "Барбекю» (a flavoured bean dish), white beans (Бондюэль, Маркет, Глобус), baked beans in tomato, bean salads and "
           "pet food with green beans excluded"),
        ("1 бан. икры кабачковой", {
            "pyaterochka": ["51725", "3495888", "3681570", "3903538"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "squash caviar (икра из кабачков) of any brand: ВЕРЕС «ЭКСТРА», Дядя Ваня, КУХМАСТЕР, «Консервы икра из кабачков "
           "520г»; pepper/aubergine caviars (Айвар, Лютеница), Дядя Ваня «Кабачки в аджике», fresh courgettes and baby purees "
           "excluded"),
    ]),
    # L14 на бутерброды
    ("1 пач. масла Вологодского, 1 кусок сыра Российского, 1 батон колбасы докторской", [
        ("1 пач. масла Вологодского", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Вологодское butter in any chain; «Вологодское» names a protected butter; other butters (Простоквашино, "
           "Традиционное, Тысяча озёр, President), Вологодское milk and Вологодское jam excluded"),
        ("1 кусок сыра Российского", {
            "pyaterochka": ["4046889"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Российский cheese in a piece: Пятёрочка «Сыр полутвердый Брест-Литовск российский 50% 200гр»; «кусок» is the form "
           "written (a piece, not slices), so Перекрёсток «Сыр Российский нарезка 50% Зелёная Линия, 150г» is excluded; "
           "Российский cognac/chocolate/шампанское and other cheeses excluded"),
        ("1 батон колбасы докторской", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "78001451",
                            "3033317", "4221913", "3639615", "3347584"],
        }, "Докторская boiled sausage as a stick, packed or by weight (Ближние Горки, Вязанка, Маркет, Маркет Collection "
           "«в синюге», МД Бородина 190/500 g, Окраина, Рублевский, Велком, Клинский 190/400 g, МДБ, the Пятёрочка "
           "«Колбаса «Докторская» 450г»); «батон» is the form written (a whole stick), so the sliced Ремит «нарезка» 150 g is "
           "excluded; 190 g sticks without «нарезка» in the title are taken as small sticks; Докторские сардельки/"
           "сосиски and the energy drink «The Doctor» excluded"),
    ]),
    # L15 стирка и уборка
    ("1 пач. порошка Тайд автомат 3 кг, 1 бут. Fairy 900 мл, 1 бут. Доместос, 1 пач. соды пищевой", [
        ("1 пач. порошка Тайд автомат 3 кг", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no 3 kg Tide powder in any chain: Tide powders on sale are 400 g, 2.4 kg, 2.5 kg and 4 kg (the written 3 kg names "
           "the pack); Tide liquids and capsules, and 3 kg powders of other brands (Ariel, Persil, Bimax) excluded"),
        ("1 бут. Fairy 900 мл", {
            "pyaterochka": ["3501028", "3501026"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Fairy dish liquid in 900 ml bottles: Пятёрочка «FAIRY Ср.НЕЖ.РУКИ РОМАШ/ВИТ.Е» and «FAIRY Ср.СОЧНЫЙ ЛИМОН» 900 ml "
           "(scent variants of the product); the written 900 ml names the bottle, so Fairy 430/450 ml (Platinum, Нежные руки, "
           "Сочный лимон) are excluded; AOS, Sorti, Biasept, Synergetic and dishwasher tablets excluded"),
        ("1 бут. Доместос", {
            "pyaterochka": ["3956845", "3956844", "3956853", "3956850", "4068001", "4067999"],
            "magnit": ["160001", "205981"],
            "dixy": E,
            "perekrestok": E,
        }, "Domestos cleaner in a bottle, any variant (универсальное ультра белый / лимонная свежесть / свежесть Атлантики / "
           "леса / моря, and «для унитаза» ультра белый / ультра блеск, all 750 ml); the Domestos Power 5 toilet rim block is "
           "not a bottle and is excluded, as are Bref, Comet and other brands"),
        ("1 пач. соды пищевой", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no baking soda in any chain (no title contains «сода»/«соды»)"),
    ]),
    # L16 хозяйство (item 3 replaced, see REPLACED)
    ("4 шт. батареек АА Duracell\n2 шт. лампочек 60 Вт Е27\n1 пач. салфеток бумажных 100 шт.", [
        ("4 шт. батареек АА Duracell", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no batteries in any chain"),
        ("2 шт. лампочек 60 Вт Е27", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no light bulbs in any chain"),
        ("1 пач. салфеток бумажных 100 шт.", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4299678", "4250535", "4250543"],
        }, "replacement item (the blind «2 кор. спичек» had no match: no matches, batteries or bulbs in any chain): paper "
           "napkins in packs of 100 (Пр!ст 1-ply, Gratias white 24x24 and Gratias Home 33x33); the written 100 names the pack, "
           "so decorative 20-napkin packs (Gratias, Art Bouquet) are excluded; wet wipes, paper handkerchiefs, Carefree "
           "liners and Магнит BIG CITY LIFE cleaning cloths in a roll excluded"),
    ]),
    # L17 мясо
    ("1 кг говяжьего суп. набора, 1 кг окорочков кур., 0.5 кг сала соленого, 1 пач. пельменей Мираторг", [
        ("1 кг говяжьего суп. набора", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no beef soup set (bones with meat) in any chain; Магнит salmon soup sets, boneless beef shoulder, beef tongue, "
           "pork cuts on the bone excluded"),
        ("1 кг окорочков кур.", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no chicken leg quarters (окорочка) in any chain; thighs (Перекрёсток «Бедро куриное», Пятёрочка «Бедро "
           "цыпл-табака»), drumsticks (голень), thigh fillets, whole chickens, the duck «Окорочок утёнка» and pork «окорок» "
           "are other cuts/products"),
        ("0.5 кг сала соленого", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4383346", "4105487", "4313593", "4415868"],
        }, "plain salted pork fat: Перекрёсток «Сало Белорусское … солёное» Маркет 100 g and by kg, Заповедные «Белорусское … "
           "соленое» 100 g and «Русское солёное» 200 g; «0.5 кг» is a quantity; Пятёрочка Копченов «Сало домашнее, с "
           "чесноком» (flavoured), шпикачки and sausage «со шпиком» excluded"),
        ("1 пач. пельменей Мираторг", {
            "pyaterochka": ["3613537", "3613651", "4000407"],
            "magnit": ["167901", "213711", "160301"],
            "dixy": E,
            "perekrestok": E,
        }, "Мираторг pelmeni of any variety (Домашние, Сливочные, из мраморной говядины; brand + product accepts every "
           "variant); other brands (Сибирская коллекция, Цезарь, Ложкаревъ, Стародворье, Горячая штучка, Eat Meat) and other "
           "Мираторг products (mince, nuggets, cutlets, sausage) excluded"),
    ]),
    # L18 рыба
    ("2 бан. горбуши натур., 1 бан. скумбрии в масле, 1 кг минтая морож.", [
        ("2 бан. горбуши натур.", {
            "pyaterochka": ["3609786"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "canned pink salmon «натуральная»: Пятёрочка «ЗНАК КАЧ.Горбуша натуральная 245г»; frozen pink salmon fillet and "
           "pink-salmon caviar (Перекрёсток) excluded"),
        ("1 бан. скумбрии в масле", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no canned mackerel «в масле» in any chain: Пятёрочка «Скумбрия … натуральная, с добавлением масла» is the "
           "«натуральная с добавлением масла» kind, a different canning type from «в масле» (outside knowledge: separate "
           "standards), and is excluded; Барс «Скумбрия в т/с» (in tomato), Магнит «Скумбрия рубленная» (a preserve) and "
           "cold-smoked mackerel excluded"),
        ("1 кг минтая морож.", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4350401", "4350402"],
        }, "frozen pollock: Перекрёсток Люди Любят «Минтай филе без кожи замороженный» and «Филе … минтая без кожи порционное "
           "мороженое» 400 g; «1 кг» is a quantity; Магнит «Филе минтая, полуфабрикат из замороженного сырья» is sold thawed "
           "(made from frozen raw material - outside knowledge of Магнит's wording) while «морож.» was written, so it is "
           "excluded"),
    ]),
    # L19 к столу
    ("1 бут. водки Столичная 0.5 л, 1 бан. огурцов соленых, 1 бан. грибов маринов., 1 бут. Боржоми 0.5 л", [
        ("1 бут. водки Столичная 0.5 л", {
            "pyaterochka": E,
            "magnit": ["1ea5fbb268"],
            "dixy": E,
            "perekrestok": E,
        }, "Столичная vodka 0.5 l: Магнит «Водка Столичная 40% 0,5л»; other vodkas and «Столичная» sausage/ham/salad "
           "excluded"),
        ("1 бан. огурцов соленых", {
            "pyaterochka": ["4063896"],
            "magnit": ["f4d4a78066", "157851"],
            "dixy": E,
            "perekrestok": ["4404269"],
        }, "salted (brine-fermented) cucumbers: Пятёрочка Глобус «соленые огурчики СТАРОРУССКИЕ 900г», Магнит «Огурцы соленые "
           "МЕЛЕНЪ, Муромские» and «Огурцы соленые, Корнишоны» 500 g pack, Перекрёсток «Огурцы солёные бочковые Маркет»; "
           "«бан.» is a unit, not a filter; marinated cucumbers (Скатерть-самобранка «маринов.», Дядя Ваня пикули), fresh "
           "cucumbers and the cherry-gherkin assortment excluded"),
        ("1 бан. грибов маринов.", {
            "pyaterochka": ["3384962"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "marinated mushrooms: Пятёрочка «Шампиньоны Bonduelle, маринованные, 540 г»; Магнит «Икра грибная, маринованная» "
           "(a mushroom spread), fresh mushrooms, mushroom sauces/soups/pizza excluded"),
        ("1 бут. Боржоми 0.5 л", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": ["81514"],
        }, "Borjomi 0.5 l: Перекрёсток «Вода Боржоми … 500мл»; the written 0.5 l names the bottle, so Боржоми 1.25 l "
           "(Перекрёсток, Пятёрочка) is excluded; other mineral waters excluded"),
    ]),
    # L20 к чаю
    ("1 пач. печенья Юбилейное, 1 кг пряников, 2 пач. сушек с маком, 1 пач. зефира ванильного", [
        ("1 пач. печенья Юбилейное", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": E,
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "Юбилейное cookies of any variety (brand + product accepts every variant: традиционное, с глазурью, молочное, "
           "ореховое, овсяное, постное, клюква, черника, земляничное, со вкусом шоколада, с цельнозерновыми злаками); "
           "Юбилейное mini-cakes (Магнит «Мини-кексы»), Останкино «Юбилейная» sausage and Julius Meinl «Юбилейный» coffee "
           "excluded"),
        ("1 кг пряников", {
            "pyaterochka": ["3926891", "3469420"],
            "magnit": ["203161"],
            "dixy": E,
            "perekrestok": E,
        }, "plain unfilled пряники: Пятёрочка «Пряники глазированные без начинки: "
           "\"Классические\"» and «Пряники классические, Хлебный дом», Магнит «Пряники Яшкино, мятные» (mint is the "
           "traditional plain пряник); «1 кг» is a quantity; filled or flavoured ones (со вкусом шоколада, с начинкой "
           "вареная сгущенка, LUCKY DAYS черная смородина, Коровка with chocolate filling, Тульский with marzipan, "
           "сырцовые «Топленое молоко»), decorative Tago figures and gingerbread house, Lambertz Lebkuchen cookies, "
           "коврижка and the Konti dessert excluded"),
        ("2 пач. сушек с маком", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no сушки with poppy seeds in any chain; Пятёрочка «Баранки оригинал. с маком» are баранки (a larger, softer "
           "ring - another product) and «Мини сушка … ваниль» has no poppy seeds (vanilla flavoured)"),
        ("1 пач. зефира ванильного", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no plain vanilla zefir: the vanilla zefirs on sale are glazed/chocolate-covered (Шарлиз «глазированный ваниль», "
           "«в шоколадной глазури с ароматом ванили» 1 kg, белевский «с ароматом ванили гл.») - zefir in chocolate is taken "
           "as its own product; strawberry, apricot-mango, black-currant, apple Белёвский zefir and marshmallows excluded"),
    ]),
    # L21 приправы
    ("1 бут. уксуса 9%, 1 бан. майонеза Провансаль 67%, 1 бут. кетчупа Heinz томатного, 1 бан. хрена столового", [
        ("1 бут. уксуса 9%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no 9 % table vinegar in any chain; Магнит «Уксус яблочный … 6%» is another strength and kind"),
        ("1 бан. майонеза Провансаль 67%", {
            "pyaterochka": ["3355228", "3193489"],
            "magnit": ["204681"],
            "dixy": E,
            "perekrestok": ["2047206", "4233420", "3467275", "3674577", "3193489", "4199312", "4112954", "4297313",
                            "4105769"],
        }, "classic Провансаль mayonnaise 67 % of any brand and pack (Ряба, Махеевъ, Скит, Слобода, Я люблю готовить "
           "Классический / Московский Провансаль классический); Пятёрочка «Майонез Слобода, 67%, 800 мл» is the same X5 PLU "
           "3193489 that Перекрёсток titles «Слобода Провансаль 67%, 800мл»; Перекрёсток «Московский Провансаль классический, "
           "700мл» states no fat but the same line is 67 % in its 200/390 ml packs (judgement); Махеевъ «Провансаль с "
           "лимонным соком» is Махеевъ's classic Provansal; olive variants (Слобода/Ряба/Московский «Провансаль оливковый», "
           "Слобода «оливковый»), quail-egg mayonnaises (incl. «Московский Провансаль на перепелиных яйцах»), Heinz/MR.RICCO "
           "mayonnaises not called Провансаль, 55 % «домашний» and mayonnaise sauces excluded"),
        ("1 бут. кетчупа Heinz томатного", {
            "pyaterochka": ["4086400"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "Heinz tomato ketchup: Пятёрочка «Томатный кетчуп Heinz 342г»; HEINZ «Кетчуп томат.с горч.» (a mustard-flavoured "
           "variant), Heinz sauces (кисло-сладкий, сладкий чили, сырный, Цезарь, барбекю, терияки, брусничный, Cherry, "
           "Salsa), Heinz tomato paste/mayonnaise and other brands' tomato ketchups excluded"),
        ("1 бан. хрена столового", {
            "pyaterochka": E,
            "magnit": ["c88a871b65"],
            "dixy": E,
            "perekrestok": E,
        }, "table horseradish: Магнит «МАХЕЕВЪ Хрен столовый 140г»; Пятёрочка Uni Dan «Хрен сливочный» (creamy horseradish, "
           "another product), sauerkraut «с хреном» and croutons/chips «со вкусом холодца с хреном» excluded"),
    ]),
    # L22 молочка
    ("2 пач. творога 9%, 1 бут. ряженки 4%, 2 шт. сыра плавленого Дружба", [
        ("2 пач. творога 9%", {
            "pyaterochka": ["3634733"],
            "magnit": E,
            "dixy": E,
            "perekrestok": ["4216658", "4185866"],
        }, "plain cottage cheese of exactly 9 %: Пятёрочка «Творог Вкуснотеево, 9%, 300 г», Перекрёсток «Творог 9% Молочный "
           "знак» 180 g and «Творог традиционный 9%» 800 g; 0.1-5.5 % curds (Дикси Брест-Литовск 3 %, Село Зелёное 5 %, "
           "Карат 4 %, soft Домик в деревне), children's biotvorog with fruit, curd desserts, сырки and «творожный» "
           "products excluded"),
        ("1 бут. ряженки 4%", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no plain ряженка 4 % in any chain; Пятёрочка «Ряженка Агуша, клубника, 2,9%» is flavoured and 2.9 %"),
        ("2 шт. сыра плавленого Дружба", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": ["6b7105d28a"],
            "perekrestok": E,
        }, "processed cheese «Дружба»: Дикси «Сыр плавленый Дружба Карат 55%, 400 г»; «2 шт.» is a count; other processed "
           "cheeses (Карат Коралл/Янтарь, Виола, Hochland, President, Экомилк, Фетакса, Crème de Brie, Galbani) and "
           "Рот-Фронт «ДРУЖБА Халва» excluded"),
    ]),
    # L23 туалетные принадлежности
    ("1 кусок мыла туал. Земляничное\n1 бут. шампуня Head&Shoulders 400 мл\n1 бан. крема для обуви черного", [
        ("1 кусок мыла туал. Земляничное", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no «Земляничное» toilet soap in any chain; other toilet soaps (Camay, Fax, Safeguard, Dove) and strawberry-named "
           "foods excluded"),
        ("1 бут. шампуня Head&Shoulders 400 мл", {
            "pyaterochka": E,
            "magnit": ["acec144b5f", "198881"],
            "dixy": E,
            "perekrestok": E,
        }, "Head&Shoulders shampoo 400 ml (2-in-1 shampoos are shampoos of the brand): Магнит «HEAD&SHOULDERS Шам2в1 "
           "МентОсв/ЭнерОкеан Микс400мл» and «Шампунь Head&Shoulders, 2 в 1, Основной уход … 400 мл»; the written 400 ml names "
           "the bottle, so Перекрёсток 360 ml and Пятёрочка 300 ml / 900 ml are excluded; the H&S conditioner (бальзам) and "
           "other brands excluded"),
        ("1 бан. крема для обуви черного", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no shoe polish in any chain; face/foot/baby creams excluded"),
    ]),
    # L24 закуска
    ("2 бан. лечо, 1 бут. сока томатного 1 л, 1 бан. аджики", [
        ("2 бан. лечо", {
            "pyaterochka": ["4039916"],
            "magnit": ["732c63c911"],
            "dixy": E,
            "perekrestok": E,
        }, "lecho of any brand: Пятёрочка GlobalVillage «Лечо» 520 g, Магнит ДЯДЯ ВАНЯ «Лечо … Закарпатское» 680 g; grilled "
           "pepper, Айвар and other vegetable preserves excluded"),
        ("1 бут. сока томатного 1 л", {
            "pyaterochka": E,
            "magnit": ["b3901ed97f", "204641"],
            "dixy": E,
            "perekrestok": ["3498246", "14125"],
        }, "tomato juice in 1 l packs: Магнит RICH «Сок томатный 1л» and Дары Кубани «томатный с мякотью, 1 л», Перекрёсток "
           "Santal «томатный с мякотью восстановленный с солью, 1л» (salt is the usual seasoning of tomato juice) and Сады "
           "Придонья «томатный для детского питания, 1л» (children's juice included as in all sets); the written 1 l names "
           "the pack, so 0.95 l (Фруктовый сад), 970 ml (J7) and 2 l (Сады Придонья) are excluded; Добрый tomato nectar, "
           "!DEAS tomato-cucumber mix, ketchups and tomato pastes excluded"),
        ("1 бан. аджики", {
            "pyaterochka": ["4064470"],
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "adjika: Пятёрочка КУХМАСТЕР «Соус "
           "\"Аджика\" 260г»; croutons «со вкусом аджики» and Дядя Ваня «Кабачки в аджике» excluded"),
    ]),
    # L25 кофе, чай, мед
    ("1 бан. кофе Якобс Монарх раств. 95 г, 1 пач. чая Lipton Yellow Label 25 пак., 1 пач. чая гранулир. индийского, 1 бан. меда натур.", [
        ("1 бан. кофе Якобс Монарх раств. 95 г", {
            "pyaterochka": E,
            "magnit": ["106231"],
            "dixy": E,
            "perekrestok": E,
        }, "Jacobs Monarch instant coffee 95 g: Магнит «Кофе Jacobs Monarch, сублимированный, 95 г» (freeze-dried = instant); "
           "the written 95 g names the jar, so Monarch instant 240 g (Магнит, Пятёрочка) and Monarch Intense 150 g are "
           "excluded; Monarch beans/ground, other Jacobs coffees (Gold, Crema, Millicano, Velour, Barista) excluded"),
        ("1 пач. чая Lipton Yellow Label 25 пак.", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no Lipton Yellow Label in 25 bags: Пятёрочка «Чай черный, Lipton Yellow label, 100х2г» is the 100-bag pack (the "
           "written 25 bags names the pack); Lipton Earl Grey, «Баланс и спокойствие», Magnificent Matcha and Lipton iced teas "
           "are other products"),
        ("1 пач. чая гранулир. индийского", {
            "pyaterochka": E,
            "magnit": E,
            "dixy": E,
            "perekrestok": E,
        }, "no granulated (CTC) Indian tea in any chain; Richard «Royal English Breakfast» (a bagged Kenyan-Indian-Ceylon "
           "blend), ШАХ «ГОЛД инд.чер.байх.» bags (not stated granulated) and other black teas excluded"),
        ("1 бан. меда натур.", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": E,
            "perekrestok": E,
        }, "natural honey of any kind: Пятёрочка МЕДОВЫЙ ДОМ «Мёд натуральный цветочный монофлорный … Восточная липа» and "
           "«Южный цветок» 320 g, Магнит МЕДОВЫЙ ДОМ «Мёд нат цветочный разнотравье 250г»; Пятёрочка «Крем-мёд … с "
           "наполнителями» (with lemon-ginger or raspberry - flavoured), чак-чак, honey cakes, honey-flavoured snacks and "
           "«Медовые» tomatoes/apples excluded"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== fusNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== fus\d\d ===$", line):
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
                    errors.append("fus%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("fus%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "fus"))
