#!/usr/bin/env python3
"""Re-create fresh_basket_eval_tb.jsonl -- 25 shopping lists of a professional (restaurant) cook shopping for home
(exact specs: fat %, cuts, varieties, forms, pack sizes, kitchen shorthand, and ordinary household things),
hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_tb.build.py

LISTS below is literal data: 25 lists (3-4 items) as typed to a Telegram bot, written blind (before any offer was
read) and saved read-only as fresh_basket_eval_tb.blind_lists.txt, and for every item the product ids of every
in-stock offer of each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, ё folded to е) and read one by one; the note of each item records what was accepted, what was
deliberately left out and any judgement that rests on outside knowledge.  An empty list means the store has nothing
acceptable (the item is "missing" there).  The labels were made without reading or running the tool under test.

Before writing, the script checks that every list text equals the blind draft, apart from the replacements in
REPLACED (one item of a list that was empty in all four stores).  labelled_lists.build then checks the data --
every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within an item, every item
has a note, the labels are exactly the list's items in order (an item is the text between commas / new lines) --
and writes the JSONL; labelled_lists.stats prints the counts.  List ids are ftb01, ftb02, ... in LISTS order; every
list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_tb.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_tb.blind_lists.txt")

# (list number, blind item text, item text used) -- only for lists empty in all four stores
REPLACED = [
    (14, "масло оливковое extra virgin литр", "масло оливковое extra virgin пол-литра"),
]

def acc(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


NONE = acc()

# plain cow drinking milk of any fat (ftb21 «молоко для капучино получше»)
_MILK_PEREKRESTOK = [
    "4260593", "3431579", "4310700", "4259100", "4244242", "3474103", "2093081", "3645807", "4308790", "4137917",
    "3613024", "b508e73840", "cb2f1055d7", "3198f1a94c", "87bf941f11", "d59f8e3403", "45d6dee261", "587286c051",
    "50f156cde3", "65f939ac7e", "814b6ca461", "d4843ab680", "52d96fd806", "edf2484f0e", "7f46c8a5c5", "79cefff589",
    "eaf7de5f17", "05c941826b", "94dd27dff1", "f5ff9c84a1", "aa8a2f9d5e", "c57983498c", "50cb0959f8", "eefe3d951f",
    "fed089a68a", "af8570f806", "2d526e7a96", "d846def77b", "b151abcd68", "e1c2a97dcd", "b48241efed", "e9b2520f64",
    "135852823b", "6986e66cd9", "163f87bedd", "14cf035691", "a253bf9611", "cd63b1cf67", "870b27e2f9", "ecc07a0e68",
    "f3d85bb393", "488d323508", "66ec0f255d", "e458dc5e25", "00af023fd1", "ccdc291604", "52240eee71", "b267022f66",
    "47a9cd6be2", "f50aeac1bb", "e221fd3ddd", "47b26adef2", "f18e9a3c14", "885d917850", "35ac60eec2", "9512a8a8b9",
    "89a1c1419e", "359aa76fc0", "b38f3e60d2", "949b3dd46f", "9dbc98f064", "1076c09948", "e2d5d93f2a", "2f04f03749",
    "31aa236aad", "7c1d7afff6", "76055bf243", "013e119412", "87b2dc7b1d", "9dfc83490b", "ce8eda981f", "14753f9f39",
    "a548f45b17", "85dd44d923", "7b5909b56f", "62485733e9", "faf2171541", "b4411ba8d4", "6b36a62006", "2f7ebb9ea8",
    "01f728b210", "a24f88bea8", "69f396f368",
]

# cow drinking milk of exactly 3.2 % (ftb11)
_MILK32_PEREKRESTOK = [
    "14753f9f39", "f3d85bb393", "87b2dc7b1d", "2f04f03749", "9dbc98f064", "89a1c1419e", "949b3dd46f", "eaf7de5f17",
    "a24f88bea8", "e458dc5e25", "4259100", "e2d5d93f2a", "b4411ba8d4", "35ac60eec2", "52d96fd806", "885d917850",
    "488d323508", "ecc07a0e68", "01f728b210", "f50aeac1bb", "3645807", "4244242", "3431579", "b508e73840", "47a9cd6be2",
]

_BUTTER_825 = ["4063188", "3612680", "3948153", "3953367"]
_PARMESAN_PIECE_P5 = ["3650219", "3462825", "24647"]
_PARMESAN_PIECE_PER = ["3206443", "3912980"]
_PARMESAN_GRATED_P5 = ["3433812"]
_PARMESAN_GRATED_PER = ["3963977", "3433812"]
_EGGS_C0_P5 = ["3620510"]
_EGGS_C0_10_PER = ["3062835", "44323", "3634491"]
_CARROT = acc(magnit=["199761"], perekrestok=["52112"])
_SOUR_CREAM_15 = acc(
    pyaterochka=["3665624"],
    magnit=["de14617e33", "199001"],
    perekrestok=["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124", "4095525"],
)
_SOUR_CREAM_20 = acc(
    pyaterochka=["3664287"],
    perekrestok=["4314537", "3444929", "4262694", "3634033", "3664287", "4217906", "4121609", "3651188", "58101",
                 "3293409", "4349770"],
)
_CREAM_33 = acc(pyaterochka=["12721"], magnit=["204651"])
_CREAM_20 = acc(magnit=["c02145f904", "535b7bd00d"], perekrestok=["4178851"])
_CREAM_10 = acc(pyaterochka=["3634638"], magnit=["476dabe99f"], perekrestok=["4178852"])
_POTATO_MAGNIT = ["168701", "107511", "168671", "109571", "199751"]


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L01 карбонара
    ("спагетти барилла n5 пару пачек, бекон с/к 200 гр, пармезан куском для подачи, десяточек яиц с0", [
        ("спагетти барилла n5 пару пачек", acc(pyaterochka=["4037644"]),
         "Barilla spaghetti: Пятёрочка «Barilla, СПАГЕТТИ 450г» taken as n.5 (outside knowledge: Barilla's plain "
         "«Spaghetti» 450 g is the n.5 cut; the thin and thick cuts are sold as Spaghettini n.3 / Spaghettoni n.7); other "
         "Barilla shapes (Капеллини, Пенне, Пипе, Джиранделе), the Barilla pesto sauce, spaghetti of other brands (FEDERICI, "
         "«Spaghetti n.3» 500 g, no-name) and chechil cheese «спагетти» excluded; «пару пачек» is a quantity"),
        ("бекон с/к 200 гр", acc(pyaterochka=["3443644", "3445554", "3655098"], perekrestok=["3443644", "3445554"]),
         "raw-smoked (с/к = сырокопчёный) bacon in 200 g packs (Велком, Дымов Венгерский); the pack size is respected, so the "
         "150 g / 180 g bacons (Пятёрочка «с/к охл. бекон 150гр», «бекон … 180г», Market Collection 150 g, Cortador 180 g), "
         "smoked-cooked грудинка/корейка, pancetta mixes and raw pork belly excluded"),
        ("пармезан куском для подачи",
         acc(pyaterochka=_PARMESAN_PIECE_P5, perekrestok=_PARMESAN_PIECE_PER),
         "parmesan as a piece (the form written): CASTELLO Reggianido «ПАРМЕЗ.», LAIME 200 g, Cheese Gallery 175 g pack, "
         "Dolce Granto and Зелёная Линия «Пармезан молодой» sold by weight; grated/flaked parmesan excluded - Пятёрочка "
         "«Сыр Пармезан, Dolche, 150 г» carries the PLU 3433812 that Перекрёсток titles «Dolce Granto Пармезан тёртый 40%, "
         "150г», so it is taken as grated; parmesan-flavoured chips and fuet excluded; «для подачи» is a purpose"),
        ("десяточек яиц с0", acc(pyaterochka=_EGGS_C0_P5, perekrestok=_EGGS_C0_10_PER),
         "chicken eggs of class С0 (= СО = «отборные») in packs of 10 («десяточек» = a pack of ten): Волжское Утро "
         "отборные 10 шт, Окское СО, Роскар Экстра СО, Маркет СО; the Волжанин «отборной категории» pack of 6, С1 eggs and "
         "quail eggs excluded"),
    ]),
    # L02 стейк дома
    ("рибай охл. 2 стейка\nмасло сливочное 82.5% пару пачек\nрозмаринчик свежий веточки 3-4\nморская соль крупная для стейков", [
        ("рибай охл. 2 стейка", NONE,
         "no ribeye in any chain; Мираторг «Стейк Пеппер», «Стейк Бафоло Black Angus», beef shoulder/neck/thigh pieces, pork, "
         "turkey and fish steaks are other cuts"),
        ("масло сливочное 82.5% пару пачек", acc(pyaterochka=_BUTTER_825),
         "butter of exactly 82,5 % (the fat % written): Традиционное/сладко-сливочное 82,5 % of Вкуснотеево, Тысяча Озёр, "
         "no-name 175 g and 380 g; 82 % (Простоквашино in Магнит and Дикси, President кислосливочное), 72,5 %, chocolate "
         "butter 62 % and spreads excluded; «пару пачек» is a quantity"),
        ("розмаринчик свежий веточки 3-4", acc(magnit=["168781"]),
         "fresh rosemary: Магнит «Розмарин, 1 уп. (50 г)» taken as the fresh herb tray (outside knowledge: it sits among the "
         "fresh-produce cards of that promo - potatoes, onions, beet, celery, lime - and dried rosemary comes in branded "
         "10-20 g sachets); dried herb mixes, rosemary tea, trout «с розмарином» excluded"),
        ("морская соль крупная для стейков", NONE,
         "no coarse sea salt: the only sea salt is Магнит MAREMAN «Соль морская средняя» (medium grind - the grind written "
         "is required); peanuts/seeds «с морской солью» and seasoning salts excluded"),
    ]),
    # L03 плов
    ("свиная шея кило полтора, рис девзира на плов, морковки 2 кило на плов, зира целая не молотая", [
        ("свиная шея кило полтора",
         acc(pyaterochka=["3957120", "3619731", "3666472"], magnit=["199511", "107331"]),
         "raw pork neck (шейка / шейная часть), boneless or on the bone: Черкизово «Шейка п/ф … бескостный», Рестория and "
         "Слово Мясника «Шейка свиная», Магнит «Шейная часть свинины» без кости / на кости; «кило полтора» is a quantity; "
         "marinated neck steaks (Магнит «Стейк из шеи свинины, в маринаде»), smoked-cooked «Шейка из свинины к/в» (Ремит) "
         "and the cured «Шейка-Балык-Бекон Панчетта» excluded"),
        ("рис девзира на плов", acc(pyaterochka=["4046686"]),
         "devzira rice: Увелка «Рис Девзира с зирой» (devzira rice packed with cumin for plov - accepted, the rice is the "
         "variety written and cumin is the plov spice; judgement); ordinary «рис для плова» (Мистраль, Националь, Global "
         "Village), basmati, jasmine and other rices are not devzira"),
        ("морковки 2 кило на плов", _CARROT,
         "fresh carrots (Магнит «Морковь мытая, 1 уп. (1 кг)», Перекрёсток «Морковь мытая» by weight); «2 кило» and «на "
         "плов» are quantity and purpose; Korean carrot salads, carrot with aubergines (Leor), sauerkraut with carrot and "
         "carrot juices/purees excluded"),
        ("зира целая не молотая", NONE,
         "no cumin (зира) in any chain; the devzira rice «с зирой», plov seasoning mixes (Восточный гость, Kamis, Maggi) and "
         "caraway-free spice blends are other products"),
    ]),
    # L04 пицца
    ("мука пшен. в/с пакет 2 кг\nмоцарела для пиццы пару штук\nтоматы очищенные в собств. соку 2 банки\nдрожжи сухие быстродействующие пакетика 3", [
        ("мука пшен. в/с пакет 2 кг", acc(perekrestok=["91304", "8065"]),
         "wheat flour of высший сорт in 2 kg packs (the grade and pack size written): Makfa высшего сорта 2 кг, Пышечка "
         "пшеничная хлебопекарная высшего сорта 2 кг; Makfa 1 kg, «Мука Пшеничная, 2кг» (no grade stated), Рязаночка "
         "«ЭКСТРА» 2 кг (a different grade), durum «крупка» 0,5 кг, whole-grain, rye and rice flours excluded"),
        ("моцарела для пиццы пару штук", acc(pyaterochka=["3976999"], perekrestok=["3958444"]),
         "pizza mozzarella (low-moisture; «для пиццы» names the variety): Пятёрочка «Моцарелла Пицца» полутвёрдый 40 % 250 г, "
         "Перекрёсток Маркет «Моцарелла для пиццы 45%»; fresh mozzarella in brine (Galbani, Bonfesto, Unagrande, Pretto "
         "чильеджина, Маркет 130 г), «для бутербродов/сэндвичей», sticks, protein, processed «Моцарелла» Galbani and the "
         "Cheese Gallery grated mozzarella (title does not say it is pizza mozzarella) excluded; frozen pizzas excluded"),
        ("томаты очищенные в собств. соку 2 банки", NONE,
         "no canned tomatoes titled as peeled in any chain: Пятёрочка Global Village «Томаты в томатном соке» 680 г is "
         "tomatoes in their juice, but the title does not say they are peeled (the form written is required; judgement); "
         "fresh, salted and marinated tomatoes, tomato juice, paste, ketchup and fish «в томатном соусе» are other products"),
        ("дрожжи сухие быстродействующие пакетика 3", acc(perekrestok=["17366"]),
         "instant dry yeast: Саф-Момент «сухие быстродействующие хлебопекарные» 11 g; frozen yeast dough (Рестория) "
         "excluded; «пакетика 3» is a quantity"),
    ]),
    # L05 сливочный соус
    ("сливки 33% литр, шампиньоны свежие грамм 500, лук шалот", [
        ("сливки 33% литр", NONE,
         "33 % cream in a 1 l pack (the pack size written is respected): none - the only 33 % creams are Домик в деревне "
         "480 ml (Пятёрочка, Магнит); 10/11/20 % creams, whipped-cream substitutes and «Сопьо Крима» excluded"),
        ("шампиньоны свежие грамм 500", acc(perekrestok=["4280106", "3210027"]),
         "fresh champignons: Перекрёсток Маркет Fresh 400 г and Маркет Collection «Королевские» 300 г trays (brown "
         "champignons); «грамм 500» is the quantity wanted, not a pack; marinated Bonduelle champignons, oyster mushrooms, "
         "mushroom sauces, soups, julienne and salads excluded"),
        ("лук шалот", acc(perekrestok=["3369261"]),
         "shallots: Перекрёсток «Лук Шалот, 250г»; bulb onions (yellow, red, white, Ялтинский), green onion and pickled "
         "FEDERICI «Луковки» excluded"),
    ]),
    # L06 курица по-азиатски
    ("куриное бедро без кости кг, имбиря свежего корешок небольшой, соус соевый какой подешевле, медок цветочный для маринада", [
        ("куриное бедро без кости кг",
         acc(pyaterochka=["4007208"], perekrestok=["4250498", "4007208", "3692842", "4328962"]),
         "raw boneless chicken thigh (филе бедра = thigh without bone; the form written): Пятёрочка «Филе бедра без кожи ЦБ "
         "1кг охл.», Перекрёсток Первая свежесть, Петелинка, Троекурово «без кости», Зелёная Линия; «кг» is a quantity; "
         "bone-in thighs (Перекрёсток «Бедро куриное», Пятёрочка «Бедро цыпл-табака»), drumsticks, breast, turkey thigh "
         "fillet and cooked chicken excluded"),
        ("имбиря свежего корешок небольшой", NONE,
         "no fresh ginger root in any chain; pickled ginger (Магнит, Скатерть-Самобранка), candied ginger, ginger honey and "
         "ginger drinks are other products"),
        ("соус соевый какой подешевле",
         acc(pyaterochka=["3072579", "3995914", "3484963"], magnit=["903c9b5986"]),
         "any soy sauce: Сен Сой классический 1 л, «Чим-Чим», Thai-so классический, Стебель бамбука; «какой подешевле» is a "
         "wish; Sen Soy teriyaki sauce and soy drinks excluded"),
        ("медок цветочный для маринада",
         acc(pyaterochka=["3645749", "3645764"], magnit=["d32ff23653"]),
         "natural flower honey (the variety written, «цветочный» in the title): Медовый дом «Восточная липа» (monofloral, "
         "titled «цветочный»), «Южный цветок», «разнотравье»; cream-honeys with lemon-ginger or raspberry (flavoured), "
         "chak-chak, honey cakes and honey-flavoured goods excluded"),
    ]),
    # L07 тайский ужин
    ("рис жасмин 1кг\nмолоко кокосовое для карри 2 банки\nкреветки тигровые с/м\nлайм пару штук", [
        ("рис жасмин 1кг", NONE,
         "jasmine rice in a 1 kg pack: none - the only jasmine rice is Мистраль «Рис Жасмин» 500 g (Пятёрочка), excluded "
         "because the pack size written is respected; basmati and other rices, jasmine tea excluded"),
        ("молоко кокосовое для карри 2 банки", acc(pyaterochka=["3495702"]),
         "coconut milk: Пятёрочка «Кокосовое молоко … 17-19% 400мл»; «2 банки» is a quantity; coconut-flavoured drinks, "
         "yoghurts and sweets excluded"),
        ("креветки тигровые с/м", NONE,
         "no tiger prawns in any chain; king/whiteleg (ваннамей), northern, Argentine shrimps, shrimps in brine and shrimp-"
         "flavoured goods are other products"),
        ("лайм пару штук", acc(magnit=["168711"]),
         "fresh limes: Магнит «Лайм, 1 кг»; lime-flavoured drinks, Sprite, the lemon-lime juice mix, air fresheners and the "
         "lime-basil cake excluded"),
    ]),
    # L08 выпечка
    ("пудра сахарная пачку, яйца с1 на выпечку, масло слив. 82.5 для слоеного теста, разрыхлитель для теста пару пакетиков", [
        ("пудра сахарная пачку", acc(perekrestok=["4255400"]),
         "icing sugar: Перекрёсток «Пудра сахарная Пр!ст, 230г»; corn sticks «в сахарной пудре» excluded; «пачку» is a "
         "quantity"),
        ("яйца с1 на выпечку",
         acc(pyaterochka=["3446505", "3341462"], perekrestok=["3446505", "3341462", "3062836", "4068694", "3662512"]),
         "chicken eggs of class С1 in any pack (10 or 20): Село Зелёное Деревенское, Лето 20 шт, Окское, Маркет, Зелёная "
         "Линия «активита … с селеном и йодом» (ordinary С1 eggs of hens fed a supplement - accepted); С0/отборные and quail "
         "eggs excluded; «на выпечку» is a purpose"),
        ("масло слив. 82.5 для слоеного теста", acc(pyaterochka=_BUTTER_825),
         "butter of exactly 82,5 % (see ftb02); 82 % Простоквашино (Магнит, Дикси) and President 82 %, 72,5 %, chocolate "
         "butter and Магнит «Тесто слоеное … сливочное масло» (a dough, not butter) excluded; «для слоеного теста» is a "
         "purpose"),
        ("разрыхлитель для теста пару пакетиков", acc(perekrestok=["4236368"]),
         "baking powder: Перекрёсток «Разрыхлитель для теста Пр!ст, 10г»; «пару пакетиков» is a quantity"),
    ]),
    # L09 бульон
    ("суповой набор говяжий\nморковочка для бульона\nсельдерей черешковый пучок\nлучок репчатый кило на бульон", [
        ("суповой набор говяжий", NONE,
         "no beef soup set in any chain; Магнит salmon soup sets («Суповой набор из лосося», «Набор для ухи»), beef cuts "
         "and bouillon cubes are other products"),
        ("морковочка для бульона", _CARROT,
         "fresh carrots (Магнит «Морковь мытая» 1 кг, Перекрёсток «Морковь мытая»); Korean carrot salads, carrot with "
         "aubergines, sauerkraut with carrot and carrot juices excluded; «для бульона» is a purpose"),
        ("сельдерей черешковый пучок", acc(magnit=["168811"], perekrestok=["2065179"]),
         "fresh stalk celery: Магнит «Сельдерей стебель, 1 уп. (300-600 г)», Перекрёсток «Сельдерей черешковый, 1шт»; «пучок» "
         "is the unit; apple-celery juice excluded"),
        ("лучок репчатый кило на бульон",
         acc(magnit=["168731", "168741", "168721"], perekrestok=["3368252", "3623836", "79135", "79012", "4272905"]),
         "fresh bulb onions of any colour or variety (the user named none): Магнит «Лук Светофор» (3 bulbs), «Лук Ялтинский, "
         "в сетке», «Лук репчатый, красный»; Перекрёсток Ялтинский (loose and 350 g), «Лук репчатый белый/красный», «Лук "
         "салатный» (sold by the kg - taken as a sweet bulb onion, outside knowledge); shallots, green onion, herb mixes with "
         "onion, pickled FEDERICI «Луковки» and onion-flavoured snacks excluded; «кило» is a quantity"),
    ]),
    # L10 рыба
    ("филе лосося на коже охл., лимона три штучки, укропчик пучок к рыбе", [
        ("филе лосося на коже охл.", NONE,
         "no chilled raw salmon fillet in any chain; salted/smoked salmon and trout, frozen salmon steaks, carcass and soup "
         "sets (Магнит), frozen trout and salmon roe are other products or forms"),
        ("лимона три штучки", NONE,
         "no fresh lemons in any chain; citric acid, lemon-flavoured drinks, sweets and cleaners are other products"),
        ("укропчик пучок к рыбе", acc(magnit=["109841"], perekrestok=["4295468"]),
         "fresh dill: Магнит «Укроп, 1 уп. (100 г)», Перекрёсток «Укроп зеленый Маркет Fresh, 100г»; mixed herb packs "
         "(петрушка-укроп-лук, «Набор зелени»), dried dill and herring «с укропом» excluded"),
    ]),
    # L11 завтрак
    ("яйца куриные с0\nмолока 3.2% два пакета на омлет\nтостовый хлеб на завтраки\nбекон нарезкой упаковки 2", [
        ("яйца куриные с0", acc(pyaterochka=_EGGS_C0_P5, perekrestok=_EGGS_C0_10_PER + ["4202935"]),
         "chicken eggs of class С0 (= СО = «отборные») in any pack: Волжское Утро отборные, Окское СО, Роскар Экстра СО, "
         "Маркет СО, Волжанин «отборной категории» 6 шт; С1 and quail eggs excluded"),
        ("молока 3.2% два пакета на омлет",
         acc(pyaterochka=["3507208", "3694630", "3645807", "3425329"], dixy=["809c0dd88b"],
             perekrestok=_MILK32_PEREKRESTOK),
         "cow drinking milk of exactly 3.2 % (pasteurised, UHT, sterilised, incl. children's Агуша «от 3 лет» and "
         "Сарафаново «детское» 3.2 %); ranges (3.2-4 %, 3.2-4.5 %, «от 3,2% до 6%»), топлёное 3.2 % (Простоквашино, Домик в "
         "деревне), other fats and condensed milk excluded; «два пакета» is a quantity, «на омлет» a purpose"),
        ("тостовый хлеб на завтраки", NONE,
         "no toast bread in any chain; батон нарезной, rye-wheat loaves, хлебцы, ham «для тостов» and processed cheese "
         "«-тост» are other products"),
        ("бекон нарезкой упаковки 2", acc(pyaterochka=["3445554"], perekrestok=["3445554"]),
         "sliced bacon (the form written): Дымов «Венгерский» сырокопчёный - Перекрёсток titles it «нарезка», Пятёрочка "
         "carries the same PLU 3445554; bacons whose titles do not say sliced (Велком, Cortador, Market Collection, "
         "Пятёрочка «бекон 150гр/180г»), sliced грудинка and pancetta excluded; «упаковки 2» is a quantity"),
    ]),
    # L12 борщ
    ("свеколка кило для борща, капуста белокочанная на борщ кочанчик, говядина на кости для борща, сметана 20% погуще", [
        ("свеколка кило для борща", acc(magnit=["168801"], perekrestok=["19768"]),
         "fresh beetroot: Магнит «Свекла мытая, 1 уп. (1 кг)», Перекрёсток «Свекла мытая фасованная, 1кг»; beet salads, "
         "beet juices and vegetable juice mixes excluded; «кило» is a quantity"),
        ("капуста белокочанная на борщ кочанчик", acc(dixy=["4738b3129c"]),
         "fresh white cabbage as a head: Дикси «Капуста белокочанная ранняя, 1 кг» (loose heads priced per kg); Chinese "
         "cabbage, broccoli, cauliflower salads, sauerkraut and seaweed salads excluded"),
        ("говядина на кости для борща", NONE,
         "no beef on the bone in any chain; boneless shoulder (Магнит «Лопаточная часть говядины, без кости»), Пятёрочка "
         "«говядина шейная часть» (no bone stated), beef thigh meat, mince, tongue and stewed beef are other cuts/products"),
        ("сметана 20% погуще", _SOUR_CREAM_20,
         "sour cream of exactly 20 % (incl. lactose-free Parmalat Comfort 20 %): Домик в деревне, Братья Чебурашкины, "
         "Брест-Литовск, Вкуснотеево, Искренне Ваш, Простоквашино, Ростагроэкспорт, Рузская, Экомилк; 10/15/25/30 %, sour-"
         "cream sauces and snacks excluded; «погуще» is a wish"),
    ]),
    # L13 специи
    ("перец черн. горошком\nлист лавровый пачечку в бульоны\nпаприка копченая баночку\nгвоздика целая", [
        ("перец черн. горошком", acc(pyaterochka=["89001"]),
         "whole black peppercorns: Пятёрочка «KOTANYI Мельница перец черный 36г» (a grinder filled with whole black "
         "peppercorns - the form written; outside knowledge); ground black pepper (Восточный гость «молотый»), pepper mixes "
         "«4 перца»/«смесь перцев», crushed pepper and canned green peas «горошек» excluded"),
        ("лист лавровый пачечку в бульоны", NONE,
         "no bay leaves in any chain"),
        ("паприка копченая баночку", acc(magnit=["448e464caf"]),
         "smoked paprika: KOTANYI «Паприка копченая молотая 25г»; «баночку» is taken as the unit wanted (it comes in a "
         "sachet); plain sweet paprika (Восточный гость), paprika chips and crisps excluded"),
        ("гвоздика целая", acc(magnit=["ca7084daad"]),
         "whole cloves: Восточный гость «Гвоздика целая сушеная 20г»; spiced drinks «с экстрактом … гвоздики» excluded"),
    ]),
    # L14 заправки (one item replaced, see README)
    ("масло оливковое extra virgin пол-литра, уксус бальзамический, горчица дижонская для заправки", [
        ("масло оливковое extra virgin пол-литра",
         acc(pyaterochka=["2153521", "63538"], magnit=["204571"]),
         "REPLACED item (blind «масло оливковое extra virgin литр»: no 1 l extra-virgin olive oil anywhere and the list was "
         "empty in all four stores). Extra-virgin olive oil in 0.5 l bottles: Filippo Berio Organic Extra Virgin 0,5 л "
         "(Пятёрочка), Filippo Berio EV 0,5 л (Магнит), MONINI «CLAS. олив. нераф.» 500 мл (Monini Classico is an extra "
         "virgin oil - outside knowledge); 250 ml bottles (Global Village EV, Monini EV 250 г), Магнит «Pure», Global "
         "Village «Virgen Extra … рафинированное с добавлением нерафинированного» (a refined blend), olive mayonnaise, "
         "sunflower oil «с доб. олив.» and olives excluded"),
        ("уксус бальзамический", NONE,
         "no balsamic vinegar in any chain; Магнит «Уксус яблочный 6%» is another vinegar; balsams for hair and dish soap "
         "and the Бугульма balsam liqueur are other products"),
        ("горчица дижонская для заправки", NONE,
         "no Dijon mustard in any chain; Global Village «Горчица Французская» (the title does not say Dijon) and Махеевъ "
         "«Горчица Русская» excluded"),
    ]),
    # L15 тирамису
    ("маскарпоне 500 г\nсливки 33% пару пачек для крема\nпеченье савоярди 2 пачки\nкакао порошок без сахара присыпать тирамису", [
        ("маскарпоне 500 г", NONE,
         "no mascarpone in any chain; cream cheeses (Hochland, Almette, Violette, Valio), ricotta-free curd cheeses and "
         "creamy «творожный» cheeses are other products"),
        ("сливки 33% пару пачек для крема", _CREAM_33,
         "cream of exactly 33 %: Домик в деревне стерилизованные 33 % 480 мл (Пятёрочка, Магнит); 10/11/20 % creams, "
         "whipped-cream substitute Mr. Сливкин and vegetable «Сопьо Крима» excluded; «пару пачек» is a quantity"),
        ("печенье савоярди 2 пачки", NONE,
         "no savoiardi (ladyfingers) in any chain; Юбилейное and other biscuits are other products"),
        ("какао порошок без сахара присыпать тирамису", acc(pyaterochka=["3614049"]),
         "unsweetened cocoa powder: КОММУНАРКА «Какао-порошок» 150 г (plain «какао-порошок» is unsweetened cocoa - the "
         "sweetened products are sold as «какао-напиток»; outside knowledge); instant cocoa drinks (Nesquik, Nesquik Opti-"
         "Start / All Natural, Ухтышки «Какао-напиток», MACCHOCOLATE hot chocolate) contain sugar; cocoa croissants, cookies "
         "and chocolate excluded; the purpose is not a filter"),
    ]),
    # L16 пельмени
    ("фарш домашний свинина+говядина кг, мука для пельменей самая дешевая, сметанка 15% к пельмешкам", [
        ("фарш домашний свинина+говядина кг", acc(pyaterochka=["3673806", "3205754"]),
         "raw mixed pork-and-beef mince: Мираторг «свино-говяжий домашний», САМСОН «Фарш ДОМАШНИЙ» (домашний фарш = pork + "
         "beef by its standard recipe - outside knowledge); beef mince, pork mince (Магнит), turkey/chicken mince and "
         "Ближние горки «Фарш Деревенский» (meat not stated) excluded; «кг» is a quantity"),
        ("мука для пельменей самая дешевая",
         acc(pyaterochka=["3296712"], perekrestok=["91304", "2003107", "3231328", "8065"]),
         "white wheat flour of any grade and pack for dumpling dough (Рязаночка Экстра 2 кг, Makfa высшего сорта 1 and 2 кг, "
         "«Мука Пшеничная» 2 кг, Пышечка высшего сорта); «для пельменей» is a purpose (no dumpling-flour product is on "
         "sale) and «самая дешевая» a wish; whole-grain wheat, durum «крупка», rye and rice flours excluded"),
        ("сметанка 15% к пельмешкам", _SOUR_CREAM_15,
         "sour cream of exactly 15 % (incl. lactose-free Parmalat Comfort and Простоквашино безлактозная 15 %): Домик в "
         "деревне 300/450 г, Резной Палисад, Простоквашино, Молочный Знак, Брест-Литовск, Искренне Ваш, ЭкоНива; other fats, "
         "sour-cream sauces and snacks excluded"),
    ]),
    # L17 ризотто
    ("рис арборио пачки две\nпармезан тертый пакетик\nвинцо белое сухое в ризотто\nмасло сливочное несоленое", [
        ("рис арборио пачки две", NONE,
         "no arborio rice in any chain; Националь «Адриатика» (round-grain, not arborio), Краснодарский round rice, rice "
         "for plov, basmati, jasmine and the frozen «Грибное ризотто» mix are other products"),
        ("пармезан тертый пакетик",
         acc(pyaterochka=_PARMESAN_GRATED_P5, perekrestok=_PARMESAN_GRATED_PER),
         "grated parmesan (the form written): Cheese Gallery «Пармезан тёртый хлопья» 100 г, Dolce Granto «Пармезан тёртый» "
         "150 г (Перекрёсток) and the same PLU 3433812 titled «Сыр Пармезан, Dolche, 150 г» in Пятёрочка; parmesan pieces, "
         "grated mozzarella and parmesan-flavoured chips excluded; «пакетик» is the unit"),
        ("винцо белое сухое в ризотто",
         acc(magnit=["fa22983133", "748034797e", "4d14621471", "74dee1e47e", "c4cc2517c3", "52c46a1176", "0a1c8fd290",
                     "104821", "213101", "90399012cf", "213491"]),
         "still white dry wine (all Магнит): Armentia y Madrazo Виура, Chevalier Lacassan «Фрэ э Ароматик», El Pedal Виура, "
         "Gaston Andre Chablis, La Maldita Гарнача Бланка, Papo Amarelo Reserva, Viñas del Vero Luces, Ведерниковъ "
         "Ркацители, Исторический Крым Бианка/Шардоне, Кампетто Соаве, Крымское наследие Шардоне Алиготе; semi-dry (Heninger "
         "Рислинг, J.P.Chenet, Торрес, Гевюрцтраминер), semi-sweet, red/rosé, sparkling (Prosecco, Asti) and alcohol-free "
         "wines excluded; «в ризотто» is a purpose"),
        ("масло сливочное несоленое",
         acc(pyaterochka=["4063188", "3612680", "3963777", "3948153", "3658095", "3953367"], magnit=["199211"],
             dixy=["3620233da6"]),
         "unsalted butter of any fat: titles saying «несоленое» (Традиционное 82,5 % 380 г, Президент кислосливочное 82 %, "
         "Тысяча Озёр) and plain butters whose titles name no salt (Вкуснотеево 82,5 %, Традиционное 175 г, Брест-Литовск "
         "72,5 %, Простоквашино 82 % in Магнит and Дикси) - taken as unsalted (outside knowledge: Russian butter is unsalted "
         "unless labelled «солёное»); chocolate butter 62 %, spreads and the butter dough excluded"),
    ]),
    # L18 индейка
    ("индейка филе бедра кг, брусника замороженная, картошечка молодая на гарнир к индейке", [
        ("индейка филе бедра кг",
         acc(pyaterochka=["3673236", "4043489"], magnit=["107181"], perekrestok=["3673236", "4216558"]),
         "raw turkey thigh fillet: Индилайт «Филе бедра индейки» 410 г, Пятёрочка «Тонкий стейк из филе бедра индейки охл. "
         "0,4кг» (thin-cut plain thigh fillet - accepted), Магнит «Филе бедра индейки, 1 кг», Пава-Пава 450 г; «кг» is a "
         "quantity; drumstick fillet, breast, mince, азу, marinated steaks and chicken thigh fillet excluded"),
        ("брусника замороженная", NONE,
         "no frozen lingonberries in any chain; Перекрёсток «Клюква дикорастущая» (cranberry), lingonberry drinks and sweets "
         "are other products"),
        ("картошечка молодая на гарнир к индейке", acc(magnit=["168701"], dixy=["72aaa021b7"]),
         "young potatoes (the variety written): Дикси «Картофель молодой, 1 кг», Магнит «Картофель Новый урожай, 1 кг» "
         "(new-crop potatoes - taken as young, outside knowledge: in that March promo «новый урожай» is the early new "
         "potato); ordinary washed, red, «для варки/для жарки» potatoes, potato starch and crisps excluded"),
    ]),
    # L19 хозяйство
    ("пленка пищевая 30м, фольга пищевая для запекания рулон, перчатки нитриловые одноразовые упаковку", [
        ("пленка пищевая 30м", NONE,
         "no cling film in any chain; food bags (Пр!ст, Home Story), the roasting sleeve and bin bags are other products"),
        ("фольга пищевая для запекания рулон", acc(magnit=["f69098d85b"]),
         "aluminium kitchen foil roll: Магнит «Фольга особопрочная 29смх7м 14мкм»; the Home Story roasting sleeve «Рукав "
         "для запекания» (a different product) excluded; «для запекания» is a purpose"),
        ("перчатки нитриловые одноразовые упаковку", NONE,
         "no nitrile gloves in any chain"),
    ]),
    # L20 бургеры
    ("фарш говяжий кило на котлеты для бургеров\nбулки бургерные с кунжутом\nсыр чеддер слайсы\nкорнишоны маринованные баночку к бургерам", [
        ("фарш говяжий кило на котлеты для бургеров", acc(pyaterochka=["3398465", "4065830", "3447375"]),
         "raw beef mince: Рестория «фарш Говяжий», Останкино «ФАРШ ГОВЯЖИЙ», Мираторг «Фарш говяжий»; «кило» and the purpose "
         "are not filters; pork-beef, pork, chicken and turkey minces and ready beef cutlets excluded"),
        ("булки бургерные с кунжутом", NONE,
         "no burger buns in any chain; Добрынинский «Чиполлино» с кунжутом (a sweet bun), burger sauces and sesame seeds are "
         "other products"),
        ("сыр чеддер слайсы", acc(perekrestok=["4297132"]),
         "sliced cheddar (the form written): Grunlander Hochland «Чеддер 50% нарезка» 130 г; cheddar pieces whose titles do "
         "not say sliced (Пятёрочка «Чеддер красный» 240 г, La Paulina 200 г, «Чеддер фасованный» 120 г), other sliced "
         "cheeses and processed «ломтевой» cheese excluded"),
        ("корнишоны маринованные баночку к бургерам", acc(pyaterochka=["3952588"]),
         "marinated gherkins: Пятёрочка Дядя Ваня «Огурцы Пикули Одесские. Пастеризованные» 350 г (пикули = the smallest "
         "gherkin grade, marinated and pasteurised - accepted, outside knowledge); Магнит «Огурцы соленые, Корнишоны» "
         "(salted, not marinated), the Магнит «Ассорти Черри и Корнишоны» (a mix), fresh Перекрёсток «Огурцы корнишоны» "
         "300 г, salted/barrel cucumbers and «Огурчики маринованные» 720 мл (title does not say gherkins) excluded"),
    ]),
    # L21 кофе
    ("кофе в зернах арабика 1 кг, молоко для капучино получше, тростниковый сахар к кофе, корица молотая к капучино", [
        ("кофе в зернах арабика 1 кг", acc(pyaterochka=["2073687"]),
         "arabica coffee beans in a 1 kg pack (form, variety and pack size written): PAULIG «Кофе ARABICA зер. 1кг»; 1 kg "
         "beans whose titles do not say arabica (Ambassador Nero, Lavazza зерновой 1 кг, Piazza del Caffe Espresso Forte), "
         "smaller arabica packs (Paulig Arabica 250 г, Черная карта Арабика 250 г), ground and instant coffee and Магнит's "
         "ready drinks «… зерновой 300мл» excluded"),
        ("молоко для капучино получше",
         acc(pyaterochka=["3694630", "3507208", "3613025", "3467788", "3425329", "3645808", "3645807", "3985712"],
             magnit=["a28bae784b"], dixy=["809c0dd88b", "7bef60b534"], perekrestok=_MILK_PEREKRESTOK),
         "plain cow drinking milk of any fat and treatment, incl. lactose-free and children's drinking milk (as in "
         "real_basket_eval); «для капучино» is a purpose and «получше» a wish - no plain barista milk is on sale, so the "
         "purpose is not a filter (judgement); flavoured Петмол Barista (лесной орех, карамель), ЧУДО клубника, топлёное, "
         "goat and condensed milk, coconut milk, Nestogen formula and «Кофе с молоком» excluded"),
        ("тростниковый сахар к кофе", acc(pyaterochka=["3973713"]),
         "cane sugar: «Сахар тростниковый нерафинированный Демерара» 500 г; white sugar (Русский прессованный) and "
         "cookies «с тростниковым сахаром» excluded"),
        ("корица молотая к капучино", NONE,
         "no ground cinnamon in any chain; cinnamon-flavoured cereals, pastries, drinks and tea are other products"),
    ]),
    # L22 цезарь
    ("салат романо кочанчик, куриное филе охл., пармезан получше, анчоусы в масле баночка", [
        ("салат романо кочанчик", acc(perekrestok=["67334"]),
         "a head of romaine: Перекрёсток «Салат Романо, 1шт»; cut salad mixes with romaine (айсберг-романо, айсберг-романо-"
         "радичио - not a head), iceberg, rucola and other leaves excluded"),
        ("куриное филе охл.",
         acc(pyaterochka=["2160069", "3963723"],
             perekrestok=["2160069", "3658841", "2173555", "4328961", "4306577"]),
         "chilled raw chicken breast fillet («куриное филе» = breast fillet, as in real_basket_eval): Первая свежесть «Филе с "
         "груд.» / «Филе грудки», «Филе большое грудки цыпленка-бройлера», Троекурово, Петелинка, Зелёная Линия, Петелинка "
         "«Филе цыплёнка малое» (the inner breast fillet); bone-in breast «Грудка куриная … без кожи» (Первая свежесть, "
         "Петелинка домашняя), thigh fillet, grilled/baked fillet (Зелёная Линия 182 г), canned chicken and whole birds "
         "excluded"),
        ("пармезан получше",
         acc(pyaterochka=_PARMESAN_PIECE_P5 + _PARMESAN_GRATED_P5,
             perekrestok=_PARMESAN_PIECE_PER + _PARMESAN_GRATED_PER),
         "any parmesan, piece or grated (CASTELLO Reggianido, LAIME, Cheese Gallery, Dolce Granto/Dolche, Зелёная Линия "
         "«Пармезан молодой»); «получше» is a wish; parmesan-flavoured chips and fuet «с сыром пармезан» excluded"),
        ("анчоусы в масле баночка", NONE,
         "no anchovies in any chain; sprats, tuna and mussels in oil are other fish"),
    ]),
    # L23 сырники
    ("творог 9% 1кг для сырников\nмука рисовая в сырники вместо пшеничной\nсметана 25% пожирнее\nванильный сахарок пару пакетиков", [
        ("творог 9% 1кг для сырников", acc(pyaterochka=["3634733"], perekrestok=["4216658", "4185866"]),
         "cottage cheese of exactly 9 %: Вкуснотеево 9 % 300 г, Молочный знак 9 % 180 г and «традиционный 9%» 800 г; «1кг» "
         "is read as the quantity wanted (творог is bought by weight as often as in packs, and no pack of 1 kg exists; "
         "judgement); 0.1/0.5/3/4/5/5.5 % творог, grainy curd in yoghurt, curd desserts, «продукт творожный», ready "
         "сырники and curd cheese excluded"),
        ("мука рисовая в сырники вместо пшеничной", acc(pyaterochka=["3676528"]),
         "rice flour: Сто Пудовъ «Мука рисовая» 500 г; wheat, rye and durum flours excluded"),
        ("сметана 25% пожирнее", acc(perekrestok=["3665625"]),
         "sour cream of exactly 25 %: Домик в деревне 25 % 300 г; 20 % and 30 % sour creams excluded; «пожирнее» is a "
         "wish"),
        ("ванильный сахарок пару пакетиков", NONE,
         "no vanilla sugar in any chain; vanilla-flavoured sweets, drinks and ice cream are other products"),
    ]),
    # L24 гратен
    ("картошка для запекания 2 кг, сливки 20% для гратена, сыр грюйер, чесночок головки 2 в гратен", [
        ("картошка для запекания 2 кг",
         acc(magnit=_POTATO_MAGNIT, dixy=["72aaa021b7"], perekrestok=["3646068", "2099571"]),
         "fresh potatoes of any kind and pack (Магнит «Новый урожай», «для варки» 3 кг, «для жарки» 3 кг, «красный, мытый», "
         "«мытый» 2,5 кг; Дикси «молодой»; Перекрёсток «мытый», «красный мытый»); «2 кг» is a quantity and «для запекания» a "
         "purpose; potato starch, crisps, «Картошка» sweets and herring «к картошке» excluded"),
        ("сливки 20% для гратена", _CREAM_20,
         "cream of exactly 20 %: Домик в деревне 200 г / 480 г (Магнит), Молочный знак 20 % 500 мл (Перекрёсток); 10/11/33 % "
         "creams excluded; «для гратена» is a purpose"),
        ("сыр грюйер", NONE,
         "no Gruyère in any chain; Maasdam and other semi-hard cheeses are other cheeses"),
        ("чесночок головки 2 в гратен", acc(perekrestok=["17662"]),
         "fresh garlic bulbs: Перекрёсток «Чеснок, 3шт»; salted garlic (ФЭГ), dried granulated garlic (Восточный гость), "
         "garlic-flavoured croutons, sauces and oils excluded; «головки 2» is a quantity"),
    ]),
    # L25 суп
    ("треска филе с/м, лук-порей, сливки 10% в суп", [
        ("треска филе с/м", acc(pyaterochka=["3626338"], perekrestok=["4352492", "4358015", "4352493"]),
         "frozen cod fillet (с/м = свежемороженое; «мороженое/замороженное» in the titles): Fish House «Треска филе» 600 г, "
         "Люди Любят атлантическая филе без кожи, филе порционное, филе спинки; cod carcass («Треска Тушка»), cod steaks, cod "
         "roe, fish cutlets and Borealis «Треска Бакаляо По-Мурмански … филе с кожей» (bacalao is usually salted cod - the "
         "title does not say it is plain frozen fillet; judgement) excluded"),
        ("лук-порей", NONE,
         "no leeks in any chain; bulb, green and shallot onions are other products"),
        ("сливки 10% в суп", _CREAM_10,
         "cream of exactly 10 %: Сарафаново «Сливки ул/паст. дет. 10%» (children's cream - accepted like children's milk), "
         "Домик в деревне 10 % 950 г, Молочный знак 10 % 500 мл; Parmalat Comfort 11 %, 20 % and 33 % creams excluded; «в "
         "суп» is a purpose"),
    ]),
]


def read_blind(path):
    """The list texts of the blind draft: blocks after '=== ftbNN ===' lines, header lines ('#') skipped."""
    blocks, cur = [], None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for line in lines:
        if cur is None and line.startswith("#"):
            continue
        if re.match(r"^=== ftb\d\d ===$", line):
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
                    errors.append("ftb%02d: replaced item %r not found once in the blind draft" % (n, old))
                expected = expected.replace(old, new, 1)
        if text != expected:
            errors.append("ftb%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, read_blind(BLIND))
    stats(build(LISTS, OFFERS, OUT, "ftb"))
