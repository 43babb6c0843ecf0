#!/usr/bin/env python3
"""Re-create fresh_basket_eval_wd.jsonl -- 25 shopping lists of a family that cooks Georgian and
Caucasian food at home most days (хачапури, харчо, шашлык, пхали, лобио) plus ordinary weekly
groceries, hand-labelled against the real offers in real_offers.jsonl (same directory).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_wd.build.py

The list texts were written first, before any offer was read, and saved read-only as
fresh_basket_eval_wd.blind_lists.txt (sha256 in BLIND_SHA256).  This script checks that the blind
file is unchanged and that every list text below equals its blind draft, apart from the items in
REPLACED (none).  LISTS is literal data: for every item the product ids of every in-stock offer of
each store that a reasonable shopper who wrote exactly that item would accept.  Candidate titles
were grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and
Cyrillic brand spellings, ё folded to е) and read one by one; the note of each item records what
was accepted, what was deliberately left out and any judgement that rests on outside knowledge.
An empty list means the store has nothing acceptable (the item is "missing" there).  The labels
were made without reading or running the tool under evaluation.

labelled_lists.build (unchanged) checks that every id exists in real_offers.jsonl *for that store*
and is in stock, that no id repeats within an item, that every item has a note and that the labels
are exactly the list's items in order (an item is the text between commas / new lines), then writes
the JSONL; labelled_lists.stats prints the counts.  List ids are fwd01, fwd02, ... in LISTS order;
every list is in split "fresh".
"""
import hashlib
import os
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_wd.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_wd.blind_lists.txt")
BLIND_SHA256 = "9191bb2f9d7c3ebfdef6ce788ba27bf1b9f01b012513f715bd2131cfe6a1eecb"

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number: (blind item text, new item text)}.  None were needed.
REPLACED = {}

P, M, D, K = "pyaterochka", "magnit", "dixy", "perekrestok"


def acc(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    return {P: list(pyaterochka), M: list(magnit), D: list(dixy), K: list(perekrestok)}


SWEET_PEPPER_K = ["6178", "6177", "2080290", "4228843"]

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fwd01 adjarian khachapuri
    ("сулугуни 2 упаковки, сыр имеретинский, мука в/с 2 кг, десяток яиц с1 на хачапури, масла сливочного 82.5 две пачки", [
        ("сулугуни 2 упаковки", acc(perekrestok=["3484610", "3203422", "4050805"]),
         "sulguni cheese of any form (Предгорье Кавказа, Умалат, Умалат sulguni sticks «палочки»); other brine cheeses "
         "(чечил, брынза, Сиртаки, фета, Фетакса) excluded; «2 упаковки» is a quantity"),
        ("сыр имеретинский", acc(),
         "no Imeretian cheese in any store; sulguni, chechil, brynza and feta-type cheeses are not accepted as "
         "substitutes (the variety written is required)"),
        ("мука в/с 2 кг", acc(pyaterochka=["3296712"], perekrestok=["91304", "8065"]),
         "wheat flour of the highest grade in 2 kg packs (the size names the pack): Makfa «высшего сорта» 2 кг, Пышечка "
         "«хлебопекарная высшего сорта» 2 кг; Пятёрочка РЯЗАНОЧКА «ЭКСТРА» 2 кг accepted (outside knowledge: «экстра» is "
         "the white-flour grade above высший); Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), Makfa в/с 1 кг "
         "(size), whole-grain, rye and rice flour, durum «крупка» and pancake mix excluded"),
        ("десяток яиц с1 на хачапури", acc(pyaterochka=["3446505"], perekrestok=["3446505", "3062836", "4068694", "3662512"]),
         "chicken eggs of class С1 in packs of 10; СО/отборные, the 6- and 20-egg packs and quail eggs excluded; «на "
         "хачапури» is a purpose"),
        ("масла сливочного 82.5 две пачки", acc(pyaterochka=["4063188", "3612680", "3948153", "3953367"]),
         "butter labelled 82.5 % (Вкуснотеево, Тысяча Озёр, «Традиционное» 175 г and 380 г); 82 % butter (Простоквашино in "
         "Магнит and Дикси, Президент кислосливочное 82 %), 72.5 % and chocolate butter excluded (a written fat % must "
         "match)"),
    ]),
    # fwd02 kharcho
    ("говядина на косточке для харчо\nрису круглого пачечку\nткемали бутылочку\nхмели сунели пакетик\nкинзы пучка 2", [
        ("говядина на косточке для харчо", acc(),
         "raw beef on the bone; none in any store: Магнит «Лопаточная часть говядины, без кости», Пятёрочка Мираторг "
         "«Мякоть бедра говяжья» and «говядина шейная часть» (bone not stated), beef tongue, stewed beef and pork cuts on "
         "the bone excluded"),
        ("рису круглого пачечку", acc(pyaterochka=["3483037"], magnit=["106651", "106021", "199371", "106641"]),
         "round-grain rice: Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, круглый»; outside "
         "knowledge: Националь «Адриатика» and Мистраль «Кубань» are round-grain rices and Пятёрочка «МИСТР.Рис для плова "
         "традиц.900г» is the product Магнит titles «круглый»; long-grain, basmati, jasmine, brown, mixes, девзира and "
         "Националь / Global Village «для плова» (grain not stated) excluded"),
        ("ткемали бутылочку", acc(pyaterochka=["54"]),
         "Кинто «Ткемали» sauce; «Соус Кавказский», the tomato sauce «по-грузински» and наршараб excluded; the bottle is "
         "packaging, not a filter"),
        ("хмели сунели пакетик", acc(magnit=["db0f0793ec"]),
         "Восточный гость «Приправа Хмел-Сунел» 40 г; Kotanyi «Кавказские травы» (a different blend), plov and other "
         "seasonings excluded"),
        ("кинзы пучка 2", acc(),
         "no fresh coriander in any store; other herbs, herb mixes and carbonade «с корианд.» excluded"),
    ]),
    # fwd03 shashlik
    ("свиная шейка 2кг, репчатый лук 2кг, лаваш армянский тонкий 2 пачки, уголь древесный для шашлыка, боржоми 2 бут", [
        ("свиная шейка 2кг", acc(pyaterochka=["3957120", "3619731", "3666472"], magnit=["199511", "107331"]),
         "raw pork neck, boneless or on the bone (Магнит «Шейная часть свинины» both, Черкизово, Рестория and Слово "
         "Мясника «Шейка»); Магнит «Стейк из шеи свинины, в маринаде» (ready marinated steaks), cooked-smoked «РЕМИТ Шейка "
         "к/в», other pork cuts and beef neck excluded; «2кг» is the quantity of a weighed cut"),
        ("репчатый лук 2кг", acc(magnit=["168731", "168741", "168721"],
                                 perekrestok=["3368252", "3623836", "79135", "79012", "4272905"]),
         "fresh bulb onions of any colour: «репчатый» red and white, Ялтинский, Магнит «Лук Светофор» (3 bulbs), "
         "Перекрёсток «Лук салатный» (judgement: a sweet bulb onion); shallots, green onion, marinated «Луковки» and herb "
         "mixes excluded; «2кг» is a quantity"),
        ("лаваш армянский тонкий 2 пачки", acc(),
         "no lavash in any store; Mission wheat tortillas and bread excluded"),
        ("уголь древесный для шашлыка", acc(perekrestok=["4318495"]),
         "charcoal (Пр!ст 2.5 кг); nothing else"),
        ("боржоми 2 бут", acc(pyaterochka=["3943982"], perekrestok=["81514", "3943982"]),
         "Borjomi mineral water of any size; other mineral waters (Ессентуки, Джермук, Нарзан, Мтаби, Архыз) excluded; "
         "«2 бут» is a quantity"),
    ]),
    # fwd04 pkhali
    ("шпинат свежий 3 пучка, грецкие орехи чищеные, гранат 2 штуки", [
        ("шпинат свежий 3 пучка", acc(perekrestok=["78000187", "3369264", "4295871"]),
         "fresh spinach leaves (Шпинат бэби, «Шпинат мини упаковка», «Салат Мини Шпинат» Маркет Fresh); the "
         "рукола-мангольд-шпинат salad mix, spinach smoothie and yoghurt excluded; «3 пучка» is a quantity"),
        ("грецкие орехи чищеные", acc(pyaterochka=["3915361", "3982582"]),
         "shelled walnuts: BOTANICA «Ядро ореха грецкого»; Mix Bar «Грецкий орех» 100 г accepted as kernels (outside "
         "knowledge: a snack pack of shelled walnuts); Магнит «Орех грецкий, неочищенный» (in shell), walnut jam, nut "
         "mixes and cheese with walnut excluded"),
        ("гранат 2 штуки", acc(),
         "no fresh pomegranate in any store; pomegranate juices, наршараб sauce, beer drink and air freshener "
         "«дикий гранат» excluded"),
    ]),
    # fwd05 lobio
    ("фасоль красная сухая, фасоль в с/с 2 банки, острую аджику", [
        ("фасоль красная сухая", acc(),
         "no dry beans in any store; canned red beans (Перекрёсток «натуральная»), beans in barbecue sauce and bean "
         "salads excluded (dry is written)"),
        ("фасоль в с/с 2 банки", acc(magnit=["203101"], perekrestok=["20062", "3635745", "3635743"]),
         "canned beans in their own liquid, any colour (no colour written): Глобус белая, Бондюэль белая, Маркет белая "
         "and красная «натуральная» (outside knowledge: plain canned beans without sauce are «в собственном соку»); "
         "beans in tomato or barbecue sauce (Пиканта, Бондюэль «в классическом Барбекю») and salads excluded"),
        ("острую аджику", acc(pyaterochka=["4064470"]),
         "КУХМАСТЕР Соус «Аджика» accepted: adjika is a hot-pepper sauce and no mild variant is indicated (outside "
         "knowledge); Mivimex «Соус Кавказский, особо острый» (not adjika), croutons «со вкусом аджики» and Дядя Ваня "
         "«Кабачки в аджике» excluded"),
    ]),
    # fwd06 weekly dairy and bread
    ("молока 2.5% два пакета, кефир 3.2% литр, хлеба черного буханку, бананы кг", [
        ("молока 2.5% два пакета", acc(
            pyaterochka=["3645808"], magnit=["a28bae784b"],
            perekrestok=["a548f45b17", "7f46c8a5c5", "faf2171541", "edf2484f0e", "69f396f368", "4310700", "af8570f806",
                         "66ec0f255d", "2093081", "587286c051", "013e119412", "6986e66cd9", "50cb0959f8", "76055bf243",
                         "3613024", "359aa76fc0", "62485733e9", "cb2f1055d7"]),
         "cow drinking milk labelled exactly 2.5 % (pasteurised, UHT, sterilised; children's Сарафаново included as in "
         "real_basket_eval; Вкуснотеево 0.2 л included, no size written); Чудо «клубника» (flavoured), other fat levels, "
         "ranges, топлёное, goat and Barista milk excluded; «два пакета» is a quantity"),
        ("кефир 3.2% литр", acc(),
         "no kefir in any store; Тан, Имунеле, Актимель, ryazhenka, варенец and yoghurts excluded"),
        ("хлеба черного буханку", acc(pyaterochka=["3480920", "3500217"]),
         "dark rye-wheat bread: «Хлеб Ржано-пшеничный, Даниловский» and Коломенское «Хлеб Даниловский» (outside "
         "knowledge: Даниловский is a rye-wheat loaf, as the other title says); «Хлеб зерновой, Ржаной Край» and «Хреб "
         "Ржаной Край» (the brand name is no proof of rye bread), Хлебный дом «Марьин, заварной» (rye not stated), white "
         "batons, crispbreads and croutons excluded"),
        ("бананы кг", acc(perekrestok=["3757", "3639749", "4112219", "4208494"]),
         "fresh bananas incl. mini, packed and organic; dried bananas, banana drinks, yoghurts and sweets excluded; «кг» "
         "is a quantity"),
    ]),
    # fwd07 drinks
    ("мацони 2 баночки, тан без газа, лимонад натахтари тархун", [
        ("мацони 2 баночки", acc(),
         "no matsoni in any store; yoghurts, Тан, варенец and other fermented milks excluded"),
        ("тан без газа", acc(pyaterochka=["3677707"]),
         "ХАЛАЛМИЛК «Напиток к/м ТАН ХАЛЯЛЬ 1% 0,5л» accepted; its title does not mention gas (outside knowledge: "
         "carbonated tans are labelled «газированный», an unlabelled tan is the still drink); no other tan or ayran"),
        ("лимонад натахтари тархун", acc(),
         "no Natakhtari in any store; Черноголовка «Тархун» (Магнит, Перекрёсток) and «Любимый Тархун» (Пятёрочка) are "
         "other brands and are excluded (the brand written is required)"),
    ]),
    # fwd08 chakhokhbili
    ("курица целиком, помидоры 1 кг, болгарский перец 3 шт, петрушка свежая пучок", [
        ("курица целиком", acc(dixy=["4cc1fb4741"], perekrestok=["3153446", "4068157", "4312266", "4214722", "4252168"]),
         "whole raw chicken (тушка цыплёнка incl. halal and grain-fed, «Цыплёнок корнишон»); Дикси «Цыпленок-бройлер "
         "охлажденный, 1 кг» taken as a whole bird sold by weight (outside knowledge); chicken parts, duckling, canned and "
         "cooked chicken excluded"),
        ("помидоры 1 кг", acc(magnit=["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
                              perekrestok=["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"]),
         "fresh tomatoes of any kind incl. cherry, cocktail, pink, plum-shaped, Бакинские, on the vine; salted and "
         "marinated tomatoes, tomatoes in juice, Магнит «Ассорти Черри и Корнишоны» (a pickled assortment — outside "
         "knowledge), ketchup, paste and juice excluded; «1 кг» is a quantity"),
        ("болгарский перец 3 шт", acc(magnit=["169191"], perekrestok=SWEET_PEPPER_K),
         "fresh sweet pepper of any colour incl. Рамиро sweet pepper; Перекрёсток «Перец в ассортименте, 2шт» taken as "
         "sweet peppers (outside knowledge); black pepper, chili, canned grilled pepper and айвар excluded"),
        ("петрушка свежая пучок", acc(magnit=["200411"]),
         "fresh parsley (Магнит «Петрушка, 1 уп.»); Перекрёсток herb mixes «петрушка-укроп-лук» and «Набор зелени» "
         "excluded (a mix is not the item); curd cheese with parsley excluded"),
    ]),
    # fwd09 khinkali filling
    ("фарш свинина говядина 1кг, зиры пакетик маленький, молотого черного перца", [
        ("фарш свинина говядина 1кг", acc(pyaterochka=["3673806", "3205754"]),
         "mixed pork and beef mince: Мираторг «свино-говяжий домашний»; САМСОН «Фарш ДОМАШНИЙ» accepted (outside "
         "knowledge: «домашний» mince is pork and beef); pure pork (Магнит), pure beef, chicken and turkey mince and Ближние "
         "горки «Деревенский» (meat not stated) excluded; «1кг» is a quantity"),
        ("зиры пакетик маленький", acc(),
         "no cumin in any store; Увелка «Рис Девзира с зирой» and plov seasonings excluded"),
        ("молотого черного перца", acc(magnit=["82dc754b2f"]),
         "ground black pepper (Восточный гость молотый); Kotanyi grinders with whole peppercorns, pepper mixes and "
         "«Смесь перцев дробленая» excluded"),
    ]),
    # fwd10 household
    ("туалетной бумаги 8 рулонов, fairy средство для посуды, стиральный порошок tide, губки посудные упаковка", [
        ("туалетной бумаги 8 рулонов", acc(pyaterochka=["3679801", "3449118", "4059050", "3900558"]),
         "toilet paper in packs of 8 rolls (the count names the pack): Papia White De Luxe, Papia 3 сл., Zewa Deluxe, "
         "Zewa Just 1; 4- and 12-roll packs (Zewa Just 1 4 рул., Zewa Plus, Familia Plus), moist toilet paper, paper "
         "towels and napkins excluded"),
        ("fairy средство для посуды", acc(pyaterochka=["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
                                           magnit=["159851"]),
         "every Fairy dish-washing liquid (brand + product); AOS, Sorti, BIASEPT, Synergetic and dishwasher tablets "
         "(Finish, Somat) excluded"),
        ("стиральный порошок tide", acc(magnit=["262159b924", "198901", "106541", "105941", "167921"]),
         "Tide washing powder of any variant (Color, Lenor Color, Детский, для чувствительной кожи); Tide liquids and "
         "capsules (Магнит, Пятёрочка) and other brands' powders excluded"),
        ("губки посудные упаковка", acc(),
         "no sponges in any store; cleaning powders and dish liquids excluded"),
    ]),
    # fwd11 satsivi
    ("бедрышки куриные 1кг, грецкий орех 500г, чесночок 3 головки", [
        ("бедрышки куриные 1кг", acc(pyaterochka=["3364509", "4007208"],
                                     perekrestok=["2160041", "4250498", "4007208", "3692842", "4328962"]),
         "raw chicken thighs with or without bone and skin (бедро, филе бедра); drumsticks, Магнит drumsticks in marinade, "
         "smoked legs and turkey or beef thigh excluded; «1кг» is a quantity"),
        ("грецкий орех 500г", acc(pyaterochka=["3915361", "3982582"], magnit=["200261"]),
         "walnuts shelled or in shell (nothing else written; «500г» read as the amount wanted, not a pack size); walnut "
         "jam, nut mixes and cheese with walnut excluded"),
        ("чесночок 3 головки", acc(perekrestok=["17662"]),
         "fresh garlic (Перекрёсток «Чеснок, 3шт»); salted garlic, dried granules and garlic-flavoured snacks excluded"),
    ]),
    # fwd12 ajapsandali
    ("баклажаны штуки 3, кабачков 2 штучки, перчик сладкий, базилик фиолетовый", [
        ("баклажаны штуки 3", acc(perekrestok=["4414"]),
         "fresh aubergines; Магнит «Баклажаны по-корейски», Leor carrot with aubergines and лютеница excluded"),
        ("кабачков 2 штучки", acc(perekrestok=["44110", "48632"]),
         "fresh courgettes incl. zucchini; Дядя Ваня «Кабачки в аджике» and baby purée excluded"),
        ("перчик сладкий", acc(magnit=["169191"], perekrestok=SWEET_PEPPER_K),
         "fresh sweet pepper of any colour incl. Рамиро; Перекрёсток «Перец в ассортименте, 2шт» taken as sweet peppers "
         "(outside knowledge); black pepper, chili and canned pepper excluded"),
        ("базилик фиолетовый", acc(),
         "no fresh basil in any store; basil-flavoured oil, drinks and cheese excluded"),
    ]),
    # fwd13 breakfast
    ("творог 9 процентов 2 пачки, сметана 20 процентов банку, геркулес овсяный пачку, яйца самые дешевые", [
        ("творог 9 процентов 2 пачки", acc(pyaterochka=["3634733"], perekrestok=["4216658", "4185866"]),
         "plain cottage cheese 9 %; 3, 4, 5, 5.5 % and fat-free curd, grainy curd in cream, children's and flavoured curds "
         "and curd cheese excluded"),
        ("сметана 20 процентов банку", acc(pyaterochka=["3664287"],
                                          perekrestok=["4314537", "3444929", "4262694", "3634033", "3664287", "4217906",
                                                       "4121609", "3651188", "58101", "3293409", "4349770"]),
         "sour cream labelled exactly 20 % (Parmalat lactose-free 20 % included); 15, 25 and 30 % and sour-cream sauces "
         "excluded; «банку» is packaging"),
        ("геркулес овсяный пачку", acc(pyaterochka=["4027131", "3472901"]),
         "rolled oats: Клинские «Хлопья овсяные Геркулес»; Увелка «Хлопья зерн.овсян.трад.» accepted (outside knowledge: "
         "traditional rolled oats are what геркулес means); instant oat porridge «без варки», fermented oat products, "
         "muesli and oat bran excluded"),
        ("яйца самые дешевые", acc(pyaterochka=["3446505", "3341462", "3620510"],
                                   perekrestok=["4202935", "3062835", "3446505", "3341462", "3062836", "44323", "4068694",
                                                "3634491", "3662512"]),
         "any chicken eggs (no class or count written; «самые дешевые» is a wish, not a filter); quail eggs and "
         "chocolate eggs excluded"),
    ]),
    # fwd14 Caucasian cheeses
    ("брынзы кусок, сыр чечил косичкой, адыгейского сыра кусок", [
        ("брынзы кусок", acc(perekrestok=["4394485", "4373714"]),
         "brynza: Mlekara Sabac «Сербская Брынза» 230 г and 515 г; Сиртаки, feta, Фетакса and the beet salad with brynza "
         "excluded; «кусок» is the form of a block"),
        ("сыр чечил косичкой", acc(),
         "chechil as a braid; Перекрёсток's chechil is sold as «спагетти», «соломка», «ассорти» or without a form "
         "(Предгорье Кавказа «Чечил копчёный» 100 г, Чизолини «Чечил» 70 г) — no title says braid, so none is accepted"),
        ("адыгейского сыра кусок", acc(),
         "no Adyghe cheese in any store; other soft and brine cheeses excluded"),
    ]),
    # fwd15 sauces
    ("абхазская аджика, соус сацебели, наршараб", [
        ("абхазская аджика", acc(),
         "no Abkhazian adjika; КУХМАСТЕР Соус «Аджика» is a tomato-based Russian-style adjika sauce (outside knowledge), "
         "not the Abkhaz paste; «Соус Кавказский» excluded"),
        ("соус сацебели", acc(),
         "no satsebeli in any store; ткемали, the tomato sauce «по-грузински» and other sauces excluded"),
        ("наршараб", acc(pyaterochka=["3607413"]),
         "Троя «Narsharab» pomegranate sauce; pomegranate juices excluded"),
    ]),
    # fwd16 soup vegetables
    ("картошку 3 кило, моркови кило, белокочанная капуста кочан, свеклу для борща 2 штучки", [
        ("картошку 3 кило", acc(dixy=["72aaa021b7"], magnit=["168701", "107511", "168671", "109571", "199751"],
                                perekrestok=["3646068", "2099571"]),
         "fresh potatoes (young, red, washed, for boiling or frying, 2.5–3 kg bags); crisps, «картофель хрустящий», "
         "potato starch and salads excluded; «3 кило» is a quantity"),
        ("моркови кило", acc(magnit=["199761"], perekrestok=["52112"]),
         "fresh carrots; Korean-style carrot, carrot nectar and juices excluded"),
        ("белокочанная капуста кочан", acc(dixy=["4738b3129c"]),
         "fresh white cabbage (Дикси «ранняя»); sauerkraut, Chinese cabbage and frozen broccoli excluded"),
        ("свеклу для борща 2 штучки", acc(magnit=["168801"], perekrestok=["19768"]),
         "fresh beetroot; Магнит «Салат Свекла с фасолью» excluded; «для борща» is a purpose"),
    ]),
    # fwd17 chicken shashlik
    ("куриные крылышки для шашлыка, кетчупа шашлычного бутылку, огурцов пару кило", [
        ("куриные крылышки для шашлыка", acc(perekrestok=["4318771"]),
         "raw chicken wings (Первая Свежесть «Крылья локтевая часть»); Горячая штучка «Хрустящие Крылышки острые» "
         "(breaded, cooked, frozen) excluded"),
        ("кетчупа шашлычного бутылку", acc(pyaterochka=["3673190"], magnit=["aff04c9216"]),
         "ketchup labelled шашлычный (Махеевъ, Слобода); Тихвинский уезд «Соус шашлычный» (a sauce, not ketchup — the "
         "word written is the product), tomato, chili and garlic ketchups excluded; «бутылку» is packaging"),
        ("огурцов пару кило", acc(magnit=["200221", "169161"], perekrestok=["4391463", "3368258", "3682401"]),
         "fresh cucumbers incl. Перекрёсток fresh «Огурцы корнишоны, 300г»; Перекрёсток «Огурцы Хрустящие, 450г» taken as "
         "fresh (outside knowledge: listed with the fresh okroshka vegetables, not with the pickles); salted, barrel and "
         "marinated cucumbers and pickled assortments excluded; «пару кило» is a quantity"),
    ]),
    # fwd18 tea table
    ("чурчхелу, черный чай крупный лист, сахару кило", [
        ("чурчхелу", acc(pyaterochka=["3631645"]),
         "«Фруктовая конфета Чурчхела Мцыри» with walnut; nothing else"),
        ("черный чай крупный лист", acc(pyaterochka=["3608792", "4079110", "3694768", "3691655"]),
         "loose black tea whose title says large-leaf (крупнолистовой / «кр/л»): Richard «All The Best Wishes» and «Year "
         "of the royal Ox», Beta Tea «Домик», Richard New-Year toy 20 г; loose black teas without the leaf size "
         "(Greenfield Golden Ceylon «листовой», Richard «Королевский Цейлон лист.», Крепкие Традиции «листовой», Akbar, "
         "Азерчай, Hilltop), tea bags, flavoured, green and oolong teas excluded"),
        ("сахару кило", acc(magnit=["07d5c3205d"]),
         "white sugar, 1 kg: Магнит РУССКИЙ «Сахар белый прессованный 1кг» accepted (judgement: no form written, pressed "
         "cube sugar is white sugar of that weight); Demerara cane sugar 500 г, powdered sugar and sweets excluded"),
    ]),
    # fwd19 wine and cognac
    ("вино киндзмараули, вино белое сухое грузинское, коньячок армянский", [
        ("вино киндзмараули", acc(magnit=["199101", "4ed39476cb"]),
         "Kindzmarauli wines (Кахури, Хареба); DARDIMANDI «Ахашени» and other semi-sweet reds excluded"),
        ("вино белое сухое грузинское", acc(),
         "no Georgian dry white wine in any store; Ведерниковъ «Ркацители» (Russian), Лыхны (Abkhaz, semi-sweet) and "
         "other countries' dry whites excluded"),
        ("коньячок армянский", acc(magnit=["202161"]),
         "Арарат «Армянский» 5 звезд; Russian cognacs (Лезгинка, Старейшина, Дагестан, Кизлярский brandy, Коктебель) "
         "and cognac liqueurs excluded"),
    ]),
    # fwd20 kids
    ("агуша йогурт, детский сок яблочный, печенье юбилейное к чаю 2 пачки, хлопья кукурузные не сладкие", [
        ("агуша йогурт", acc(),
         "no Агуша yoghurt in any store; Агуша milk, ryazhenka, purées and «вода+сок», and other brands' children's "
         "yoghurts excluded"),
        ("детский сок яблочный", acc(pyaterochka=["3684252", "3679183", "3679184"], magnit=["eef4bdbf61"],
                                     perekrestok=["80142"]),
         "single-fruit apple juice made for children: Агуша «Сок яблоко осв», Фруктовый сад «д/дет.пит.» 0.95 and 1.93 л, "
         "Сады Придонья «зелёное яблоко для детского питания», Honey Kid «яблоко» 200 мл (outside knowledge: a children's "
         "brand); mixed juices (яблоко-вишня, яблоко-шиповник), Агуша «вода+сок», nectars, adult apple juices and Сады "
         "Придонья 0.125 л (not stated as children's) excluded"),
        ("печенье юбилейное к чаю 2 пачки", acc(
            pyaterochka=["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049", "3618783"],
            magnit=["723991a07f", "199331"], perekrestok=["4352220", "4371424", "4425157"]),
         "every Юбилейное cookie (brand + product: traditional, glazed, milk, oat, whole-grain, berry, постное); "
         "Юбилейное mini-cakes (кексы) and J.Meinl coffee «Юбилейный» excluded; «к чаю» is a purpose, «2 пачки» a quantity"),
        ("хлопья кукурузные не сладкие", acc(pyaterochka=["3659060"]),
         "Любятово «Завтраки кукурузные» accepted as plain corn flakes (outside knowledge: the unglazed line); Nestlé GOLD "
         "honey-peanut flakes, sweet corn sticks «УХТЫШКИ» and corn-rice crispbreads excluded"),
    ]),
    # fwd21 dolma
    ("листья виноградные, фарш из баранины, длиннозерного риса пачка", [
        ("листья виноградные", acc(),
         "no vine leaves in any store; grapes, grape juice, nectar and grape-seed oil excluded"),
        ("фарш из баранины", acc(),
         "no lamb mince or lamb in any store; pork, beef, pork-beef, turkey and chicken mince excluded"),
        ("длиннозерного риса пачка", acc(pyaterochka=["39747", "5722"], magnit=["448fba0b94", "7936bf2f6b"]),
         "long-grain rice: Националь «Лазер длиннозерный», Мистраль «Жасмин ... длиннозерный», basmati (Националь, "
         "Мистраль) accepted as long-grain (outside knowledge); round-grain, brown (grain not stated), mixes, девзира and "
         "«для плова» rices excluded"),
    ]),
    # fwd22 weekday meat
    ("филе куриной грудки, говяжий фарш 500 г, молочные сосиски 2 уп, пельмени какие подешевле", [
        ("филе куриной грудки", acc(pyaterochka=["3963723", "2160069"],
                                    perekrestok=["2160069", "3658841", "2173555", "4328961", "4306577"]),
         "raw chicken breast fillet (Пятёрочка «ПЕР.СВ.Филе с груд.» and «Филе большое грудки») incl. Петелинка «Филе цыплёнка малое» (the inner fillet — outside knowledge); "
         "Первая Свежесть / Петелинка «Грудка куриная без кожи» (breast on the bone — outside knowledge), grilled and baked "
         "fillets, turkey and duck breast and thigh fillets excluded"),
        ("говяжий фарш 500 г", acc(pyaterochka=["3398465", "4065830", "3447375"]),
         "beef mince of any pack (Рестория, Останкино, Мираторг 400 г; «500 г» read as the amount wanted); pork-beef, "
         "pork, turkey and chicken mince excluded"),
        ("молочные сосиски 2 уп", acc(pyaterochka=["3642007"], magnit=["112421", "213611"]),
         "sausages «Молочные» (Велком, Магнит 0.33 and 0.65 кг); «Сливочные», «Детям», Докторские and other kinds "
         "excluded; «2 уп» is a quantity"),
        ("пельмени какие подешевле", acc(
            pyaterochka=["3622053", "2024541", "3683249", "3693417", "3693418", "3675532", "3666703", "3613651", "4000407",
                         "3693405", "3671957", "3985043", "3613537", "3672557"],
            magnit=["4907605c6d", "198951", "109411", "167901", "213711", "160301", "111711", "0f6321338f"],
            dixy=["862d82ab40"]),
         "any pelmeni (the wish is not a filter): Сибирская коллекция, Мираторг, Ложкаревъ, Eat Meat, Цезарь, "
         "Стародворье, Горячая штучка «Бульмени»; Ложкаревъ «Хинкали по-восточному» (a different dish), vareniki, "
         "sauces for pelmeni excluded"),
    ]),
    # fwd23 baking and pantry
    ("дрожжи сухие 2 пакетика, масло подсолнечное раф, соль крупная пачку", [
        ("дрожжи сухие 2 пакетика", acc(perekrestok=["17366"]),
         "dry yeast (Саф-Момент); frozen yeast dough and baking powder excluded"),
        ("масло подсолнечное раф", acc(pyaterochka=["3454645"], magnit=["0b2585a062", "c52c41afd8", "77ec9da5de"]),
         "refined sunflower oil (Благо, Mr.Ricco, Слобода, Олейна); Mr.Ricco blends «с доб олив» and «с доб масла "
         "авокадо», Mr.Ricco «с экстр Прованские травы», ALMADOR flavoured sunflower oils, corn, olive and grape-seed oils "
         "excluded"),
        ("соль крупная пачку", acc(),
         "coarse salt; only Магнит MAREMAN sea salt «средняя» (medium grind) and Kotanyi garlic-herb salt exist — "
         "excluded"),
    ]),
    # fwd24 pantry
    ("гречу ядрица 2 пачки, макарошки makfa, тушенки говяжьей пару банок, зеленый горошек", [
        ("гречу ядрица 2 пачки", acc(magnit=["203081"]),
         "buckwheat groats: Prosto «Крупа Гречневая» accepted as ядрица (outside knowledge: whole-kernel groats are the "
         "standard, продел would be labelled); buckwheat flakes, soba, Prosto «Рис и греча», buckwheat porridges excluded"),
        ("макарошки makfa", acc(pyaterochka=["3687625"], magnit=["199251"]),
         "Makfa pasta of any shape (Магнит «Макароны Макфа, перья», Пятёрочка «MAKFA Изд.мак.СВИТКИ»); Makfa flour, "
         "biscuits and cakes and other pasta brands excluded"),
        ("тушенки говяжьей пару банок", acc(pyaterochka=["3480976", "3902643", "3488763", "2143227", "3483539", "2160460"],
                                           magnit=["111741"]),
         "canned stewed beef (говядина тушёная of any brand); stewed pork and venison, buckwheat porridge with beef and "
         "baby purée excluded"),
        ("зеленый горошек", acc(pyaterochka=["4043589"], magnit=["203021", "213651", "111581"],
                               perekrestok=["82254", "41891", "27460", "4273266", "4345766", "4254005"]),
         "canned green peas incl. Перекрёсток «Горох Bizim Tarla зелёный, 660г» (outside knowledge: a jar of green peas, "
         "listed with the canned vegetables); pepper «горошек» and sweet corn excluded"),
    ]),
    # fwd25 greens
    ("кинза пару пучков, укроп 2 пучка, зеленого лука пучок, тархун свежий", [
        ("кинза пару пучков", acc(),
         "no fresh coriander in any store; other herbs and herb mixes excluded"),
        ("укроп 2 пучка", acc(magnit=["109841"], perekrestok=["4295468"]),
         "fresh dill; dried dill (Восточный гость), herb mixes and herring «с укропом» excluded"),
        ("зеленого лука пучок", acc(perekrestok=["4295465"]),
         "fresh green onion (Маркет Fresh); herb mixes and onion-flavoured crisps excluded"),
        ("тархун свежий", acc(),
         "no fresh tarragon in any store; Тархун lemonades and candies excluded"),
    ]),
]


def blind_texts(path):
    """The list texts of the blind draft, in order (blocks after '=== fwdNN ===' lines)."""
    texts, cur = [], None
    with open(path, encoding="utf-8") as fh:
        body = fh.read().split("# end of header\n", 1)[1]
    for line in body.split("\n"):
        if line.startswith("=== fwd") and line.endswith(" ==="):
            cur = []
            texts.append(cur)
        elif cur is not None and line:
            cur.append(line)
        elif cur is not None:
            cur = None
    return ["\n".join(t) for t in texts]


def check_blind():
    with open(BLIND, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    if digest != BLIND_SHA256:
        sys.exit("blind draft changed: sha256 %s" % digest)
    blind = blind_texts(BLIND)
    if len(blind) != len(LISTS):
        sys.exit("blind draft has %d lists, LISTS %d" % (len(blind), len(LISTS)))
    for n, (b, (text, _)) in enumerate(zip(blind, LISTS), 1):
        if n in REPLACED:
            old, new = REPLACED[n]
            b = b.replace(old, new, 1)
        if b != text:
            sys.exit("fwd%02d differs from the blind draft:\n%r\n%r" % (n, b, text))


if __name__ == "__main__":
    check_blind()
    stats(build(LISTS, OFFERS, OUT, "fwd"))
