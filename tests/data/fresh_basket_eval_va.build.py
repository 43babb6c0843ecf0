#!/usr/bin/env python3
"""Re-create fresh_basket_eval_va.jsonl -- a blind, hand-labelled set of mid-week top-up shopping lists of a
family of three in a small town, labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_va.build.py

LISTS below is literal data: 25 lists (3-5 items, 92 items) as such a family would type them to a Telegram bot,
written and frozen in fresh_basket_eval_va.blind_lists.txt *before* any offer was read, and for every item the
product ids of every in-stock offer of each store that a reasonable shopper would accept.  Candidate titles were
grepped broadly in real_offers.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand
spellings, e/yo folded) and read one by one; each item was re-checked by listing every in-stock title matching its
stem that was not accepted.  The note of each item records what was accepted, what was deliberately left out and
any judgement that rests on outside knowledge.  An empty list means the store has nothing acceptable (the item is
"missing" there).  The labels were made without reading or running the tool being evaluated.

Before building, the script checks that every list text is byte-identical to the blind draft (apart from the
items listed in REPLACED, which is empty: no item was replaced).  labelled_lists.build (unchanged, same directory)
then checks the data -- every id exists in real_offers.jsonl *for that store* and is in stock, no id repeats within
an item, every item has a note, the labels are exactly the list's items in order -- and writes the JSONL; ids are
fva01, fva02, ... in LISTS order, every list in split "fresh"; labelled_lists.stats prints the counts.
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_va.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_va.blind_lists.txt")

# Items replaced after labelling because their whole list was empty in all four stores:
# {list number: (item as in the blind draft, item as labelled)}.  None was needed.
REPLACED = {}

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # L1 bread, milk, a treat
    ("черного хлеба полбуханки, молоко 2.5 процента два пакета, kinder сюрприз", [
        ("черного хлеба полбуханки", {
            "pyaterochka": ["3480920", "3500217", "3372334"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dark (rye-wheat) bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский», «Хлеб Даниловский, "
           "Коломенское» 275 г and «Хлеб Марьин, заварной» (outside knowledge: both are dark rye-wheat loaves; "
           "titles do not say rye); «полбуханки» is a quantity, whole loaves accepted. Excluded: Ржаной Край "
           "«Хлеб зерновой» and «Хреб Ржаной Край» (brand name only, not stated to be rye/dark bread), батоны, "
           "хлебцы, гренки/сухарики, rye flour"),
        ("молоко 2.5 процента два пакета", {
            "pyaterochka": ["3645808"],
            "magnit": ["a28bae784b"],
            "dixy": [],
            "perekrestok": ["4310700", "2093081", "3613024", "cb2f1055d7", "587286c051", "edf2484f0e",
                            "7f46c8a5c5", "50cb0959f8", "af8570f806", "6986e66cd9", "66ec0f255d", "359aa76fc0",
                            "76055bf243", "013e119412", "a548f45b17", "62485733e9", "faf2171541", "69f396f368"],
        }, "drinking cow milk of exactly 2.5 % (pasteurised/UHT/sterilised, children's milk Сарафаново "
           "included, any pack incl. Магнит Вкуснотеево 0.2 l and Можайское 450 ml -- «два пакета» is a "
           "quantity). Other fat levels, ranges, топлёное, goat milk, Barista excluded"),
        ("kinder сюрприз", {
            "pyaterochka": ["3353042", "3353040", "3688901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Kinder Surprise: Пятёрочка egg «Яйцо СЮРПРИЗ CHRIST», «Яйцо KINDER SURP.MAXI» and the Kinder "
           "Сюрприз chocolate figure with a toy (judgement: same product line, different shape). Kinder Joy "
           "(Магнит), Kinder Chocolate bars, Schoko-Bons, MINI/MAXI MIX sets, Kinder Land soda and CHUPA CHUPS "
           "chocolate ball with toy excluded"),
    ]),
    # L2 loaf, kefir, mince, lollipops
    ("батон 1шт\nкефир однопроцентный литр\nфарш свиноговяжий полкило\nчупа-чупсы 3 шт", [
        ("батон 1шт", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white loaf «батон»: Пятёрочка «Батон \"Звездный\" нар.», Перекрёсток «Батон Нарезной нарезка»; "
           "chocolate/protein «батончики», MILKY WAY «шок.батон.» and other breads excluded"),
        ("кефир однопроцентный литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir at all among the offers (no title contains «кефир»); nothing acceptable in any store"),
        ("фарш свиноговяжий полкило", {
            "pyaterochka": ["3673806", "3205754"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pork-and-beef mince: Пятёрочка Мираторг «свино-говяжий домашний» and САМСОН «Фарш ДОМАШНИЙ» "
           "(outside knowledge: «Домашний» mince is the standard pork+beef blend); «полкило» is a quantity, 400 "
           "g packs accepted. Excluded: beef-only (Рестория, Останкино, Мираторг говяжий), turkey (Пава Пава), "
           "chicken (Петелинка), Ближние горки «Деревенский» (composition not stated), Магнит «Фарш свиной» "
           "(pork only), stuffed olives"),
        ("чупа-чупсы 3 шт", {
            "pyaterochka": ["59117"],
            "magnit": ["e18062a6bf"],
            "dixy": [],
            "perekrestok": ["4366035", "33015", "17885", "59117", "2037567", "3505733", "3690389", "3690030",
                            "4272130", "4276207", "4354045", "4359005", "4366036"],
        }, "Chupa Chups lollipops of any flavour or pack (incl. XXL Trio, mini assortments, Max Choco, the 725 "
           "g box, «Fruit-tella» flavour); «3 шт» is a quantity. Chupa Chups chocolate ball with toy and Chupa "
           "Chups jelly SOUR TUBES excluded (not lollipops), other brands' lollipops excluded"),
    ]),
    # L3 milk, thighs for dinner, dish soap
    ("молоко простоквашино, бедрышки куриные на ужин, fairy побольше", [
        ("молоко простоквашино", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4259100", "2093081", "587286c051", "50f156cde3", "d4843ab680", "d846def77b",
                            "b267022f66", "e2d5d93f2a", "013e119412"],
        }, "Простоквашино drinking milk of any fat and treatment, incl. lactose-free and «отборное»; "
           "Простоквашино топлёное (Пятёрочка «ПРОСТОКВ.Молоко топленое», Перекрёсток) and other Простоквашино "
           "products (сметана, йогурт) excluded"),
        ("бедрышки куриные на ужин", {
            "pyaterochka": ["3364509", "4007208"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160041", "4250498", "4007208", "3692842", "4328962"],
        }, "raw chilled chicken thighs with or without bone/skin, incl. thigh fillets; Пятёрочка «Бедро "
           "цыпл-табака охл.» taken as raw chicken thigh. Excluded: drumsticks (голень), Павловская курочка "
           "smoked голень, breast, wings, Магнит голень in marinade, beef «мякоть бедра»"),
        ("fairy побольше", {
            "pyaterochka": ["3503216", "3501026", "3501028", "3500750", "3501031", "3691740"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "Fairy dish-washing liquids of any scent and size («побольше» read as a wish for a bigger bottle, "
           "not a filter); AOS, Sorti, BIASEPT and dishwasher tablets (Finish, Somat) excluded; Перекрёсток has "
           "no Fairy"),
    ]),
    # L4 borscht vegetables
    ("сметана 15 % баночка, капусты кочанчик маленький, свеклы 3 штуки на борщ, морковочки на борщ кг", [
        ("сметана 15 % баночка", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["3665624", "4262697", "4272205", "4095525", "4121592", "4431124", "4217907",
                            "4335470", "4314536"],
        }, "sour cream of exactly 15 % (incl. lactose-free Parmalat/Простоквашино); 10/20/25/30 %, chips and "
           "sauces «со вкусом сметаны» excluded; «баночка» is the usual cup pack"),
        ("капусты кочанчик маленький", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage head (Дикси «Капуста белокочанная ранняя»); «маленький» is a wish. Chinese "
           "cabbage, broccoli, sauerkraut, seaweed salad and purees excluded"),
        ("свеклы 3 штуки на борщ", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh washed beetroot; beet salads and juices excluded"),
        ("морковочки на борщ кг", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh washed carrots; Korean-style carrot salads, nectars, purees and carrot-flavoured goods "
           "excluded"),
    ]),
    # L5 eggs, cheese, bananas
    ("яичек десяток штук, сыр российский кусок подешевле, бананы малой", [
        ("яичек десяток штук", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "hen eggs in packs of 10, any category (С0/СО/С1/отборные); packs of 6 and 20 and quail eggs "
           "excluded"),
        ("сыр российский кусок подешевле", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Российский cheese in a piece: Пятёрочка Брест-Литовск «российский» 200 г; Перекрёсток «Сыр "
           "Российский нарезка» excluded because the user wrote «кусок» (slices are another form); «подешевле» "
           "is a wish. Other cheese types excluded"),
        ("бананы малой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "4112219", "3639749", "4208494"],
        }, "fresh bananas of any kind (incl. мини, фасованные, Organic); dried bananas, banana-flavoured "
           "yoghurts, purees and sweets excluded"),
    ]),
    # L6 cottage cheese, apples, biscuits
    ("творог 5 проц 2 пачечки, яблоки кг, печенье юбилейное пачки 2", [
        ("творог 5 проц 2 пачечки", {
            "pyaterochka": ["3617778"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4216657"],
        }, "plain cottage cheese of exactly 5 % (Пятёрочка СЕЛО ЗЕЛ. 500 г, Перекрёсток Молочный знак 180 г); "
           "«2 пачечки» is a quantity. Excluded: Савушкин «101 ЗЕРНО+СЛ.» 5 % with blackcurrant/strawberry and "
           "Данон «Творог зерненый в йогурте» 5 % (flavoured), Домик в деревне «Творог мягкий» 5.5 %, 0.1/3/4/9 "
           "%, children's curds, творожные сыры/десерты"),
        ("яблоки кг", {
            "pyaterochka": ["4271772"],
            "magnit": ["200671", "168861"],
            "dixy": [],
            "perekrestok": ["3366336", "3691532", "47795"],
        }, "fresh apples of any variety; apple juices, nectars, purees, chips, vinegar and apple-flavoured "
           "goods excluded"),
        ("печенье юбилейное пачки 2", {
            "pyaterochka": ["3618783", "3603068", "3662392", "3958570", "3958571", "4027701", "4027703",
                            "3471173", "3655049"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4425157", "4371424"],
        }, "Юбилейное cookies of any variant (traditional, молочное/с глазурью, овсяное, постное, with cereals, "
           "клюква, черника, ореховое, шоколадное); Юбилейное mini-cakes (Магнит «Мини-кексы»), J.Meinl coffee "
           "«ЮБИЛЕЙНЫЙ», sausage «Юбилейная» and карбонад excluded"),
    ]),
    # L7 rye bread, pelmeni, sour cream, gummies
    ("хлеб ржаной полбуханки, пельмешки на ужин, сметанка 20% 1 банка, жевательного мармелада пачку", [
        ("хлеб ржаной полбуханки", {
            "pyaterochka": ["3480920", "3500217", "3372334"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» and, on outside knowledge (titles do not "
           "say rye), «Хлеб Даниловский, Коломенское» and «Хлеб Марьин, заварной» (dark rye-wheat loaves); "
           "rye-wheat accepted as what is sold as everyday rye bread. Excluded: Ржаной Край «Хлеб "
           "зерновой»/«Хреб Ржаной Край» (brand only), rye flour, rye croutons/сухарики, хлебцы"),
        ("пельмешки на ужин", {
            "pyaterochka": ["2024541", "3693418", "3622053", "3671957", "3693417", "3672557", "3985043",
                            "3683249", "3613537", "3666703", "4000407", "3613651", "3675532", "3693405"],
            "magnit": ["4907605c6d", "0f6321338f", "198951", "167901", "160301", "109411", "111711", "213711"],
            "dixy": ["862d82ab40"],
            "perekrestok": [],
        }, "frozen meat pelmeni of any filling and brand (Сибирская коллекция, Мираторг, Ложкаревъ, Цезарь, "
           "Стародворье, Бульмени, Eat Meat); Calve sauce «д/пельм.» excluded; Перекрёсток has none"),
        ("сметанка 20% 1 банка", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664287", "3651188", "4262694", "4349770", "4121609", "4217906", "3293409",
                            "3444929", "4314537", "58101"],
        }, "sour cream of exactly 20 % (incl. lactose-free Parmalat); other fat levels and «со вкусом сметаны» "
           "goods excluded"),
        ("жевательного мармелада пачку", {
            "pyaterochka": ["2108128", "3928270", "4074832", "3928269", "3635491", "3956458", "4065859",
                            "3617730", "3617424", "4027387", "3694097"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chewing (жевательный) marmalade/gummies of any brand: Fruittella, Бон Пари, Chupa Chups Sour Tubes, "
           "Mooeys, HARIBO, Mamba Фрумеладки, «Свит бокс». Excluded: jelly marmalade (Белевский ассорти, Шарлиз "
           "желейный, Махеевъ желейный), Магнит LUCKY DAYS and NEO Natura marmalade (type not stated, judged "
           "jelly), marmalade candies Sweet Time, chocolate «с мармеладом», curd dessert with marmalade"),
    ]),
    # L8 whole chicken, rice, onions, sponges
    ("курица тушка целиком, рису круглого на молочную кашу, луку репчатого килограмм, губок кухонных пачку", [
        ("курица тушка целиком", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4cc1fb4741"],
            "perekrestok": ["3153446", "4068157", "4312266", "4214722", "4252168"],
        }, "whole raw chicken: Дикси «Цыпленок-бройлер охлажденный, 1 кг» (a whole bird), Перекрёсток «Тушка "
           "цыплёнка» (incl. An-noor halal, Петелинка, Зелёная Линия «на зерновом откорме») and «Цыплёнок "
           "корнишон» (a small whole chicken). Duckling carcass, chicken parts, squid/fish «тушка» excluded"),
        ("рису круглого на молочную кашу", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "199371", "106641"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice («на молочную кашу» is a purpose, not a filter): Магнит Увелка «Краснодарский, "
           "круглый» and Мистраль «для плова, традиционный, круглый»; Пятёрочка «МИСТР.Рис для плова традиц.» "
           "(same Mistral product, Магнит titles it round), Магнит Националь «Адриатика» and Мистраль «Кубань» "
           "(outside knowledge: round-grain varieties). Excluded: basmati, jasmine, long-grain «Лазер», brown "
           "rice, Акватика mix, Девзира, Националь/Global Village «для плова» (grain not stated), rice flakes, "
           "rice flour, rice-and-buckwheat mix"),
        ("луку репчатого килограмм", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012"],
        }, "bulb onions: Магнит «Лук репчатый, красный», «Лук Ялтинский», «Лук Светофор» (bulbs), Перекрёсток "
           "«Лук репчатый белый/красный», «Лук Ялтинский»; «килограмм» is the quantity, not a filter. Excluded: "
           "shallots, «Лук салатный» (not stated to be bulb), green onion, herb mixes, pickled «Луковки»"),
        ("губок кухонных пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no dish sponges or scourers among the offers (no «губк/губок/мочалк/скребок»); nothing acceptable"),
    ]),
    # L9 milk, sausage, kids' yoghurt
    ("молоко домик в деревне 3.2, докторской колбасы 300гр, растишку малому", [
        ("молоко домик в деревне 3.2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["b508e73840"],
        }, "Домик в деревне drinking milk of exactly 3.2 % (Перекрёсток UHT 925 ml); Домик в деревне "
           "0.5/1.5/2.5/3.5/3.7/6 % and топлёное 3.2 % and other brands' 3.2 % excluded"),
        ("докторской колбасы 300гр", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115",
                            "4255289", "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "boiled Докторская sausage of any brand and pack (loose, 150-500 g, нарезка, халяль «ДОК.ОСОБ.»; "
           "«300гр» is the quantity wanted); Докторские сосиски and сардельки excluded"),
        ("растишку малому", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Растишка's classic product is the children's curd/yoghurt, which no store offers; the only Растишка "
           "products are Пятёрочка fruit purées for babies (excluded: another product); Danone yoghurts/curds "
           "of other lines excluded"),
    ]),
    # L10 potatoes, sausages, peas, juice
    ("картоху 3 кило\nсасиски малочные\nгорошка зеленого баночку\nсок фрутоняня яблочный", [
        ("картоху 3 кило", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind/pack (Магнит incl. для варки/жарки 3 кг, мытый 2.5 кг; Дикси молодой; "
           "Перекрёсток мытый/красный); «3 кило» is the quantity. Chips, starch, frozen ready dishes, baby "
           "purées and «к картошке» herring excluded"),
        ("сасиски малочные", {
            "pyaterochka": ["3642007"],
            "magnit": ["112421", "213611"],
            "dixy": [],
            "perekrestok": [],
        }, "«Молочные» sausages (сосиски) of any brand/pack; Сливочные, Детям, Докторские etc. and «Молочная» "
           "boiled sausage (колбаса) excluded"),
        ("горошка зеленого баночку", {
            "pyaterochka": ["4043589"],
            "magnit": ["203021", "213651", "111581"],
            "dixy": [],
            "perekrestok": ["82254", "41891", "27460", "4273266", "4345766", "4254005"],
        }, "canned green peas of any brand/size; Перекрёсток «Горох Bizim Tarla зелёный 660г» (category canned "
           "vegetables) taken as green peas in a jar. Pea soups and pet food with peas excluded"),
        ("сок фрутоняня яблочный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no ФрутоНяня apple juice: Пятёрочка has ФрутоНяня pear juice and apple-cherry nectar, Магнит "
           "ФрутоНяня multifruit juice (all excluded); other brands' apple juices excluded (brand written)"),
    ]),
    # L11 buckwheat, cutlets, cucumbers, toilet paper
    ("крупу гречневую 1 пачку, замороженые котлеты из курицы, огурчиков свежих штуки 4, туалетной бумаги 4 рулончика", [
        ("крупу гречневую 1 пачку", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats: Магнит «Крупа Гречневая Prosto»; buckwheat flakes (Увелка, Мистраль), PROSTO "
           "rice-and-buckwheat mix, ready buckwheat porridge/meals, soba noodles and baby cereals excluded"),
        ("замороженые котлеты из курицы", {
            "pyaterochka": ["4060844", "3464190"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen minced chicken cutlets: Пятёрочка ЛОЖКАРЕВЪ «Котлеты \"Куриные\" ... глуб/зам.» and «С ПЫЛУ С "
           "ЖАРУ Котлеты из курочки» (outside knowledge: a frozen-food brand; title does not say frozen). "
           "Excluded: Петелинка «Котлеты сливочные куриные» (outside knowledge: a chilled product), Мираторг "
           "«Котлеты по-киевски» (a different stuffed dish), turkey, pork, beef and fish cutlets, "
           "Хрумпилсы/nuggets, Магнит «Котлеты Люкс охлажденные», MAGGI mix"),
        ("огурчиков свежих штуки 4", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (Магнит короткоплодные/среднеплодные, Перекрёсток Ботаника, «Огурцы Хрустящие», "
           "fresh корнишоны); salted, pickled and marinated cucumbers, cucumber-scented shampoo excluded"),
        ("туалетной бумаги 4 рулончика", {
            "pyaterochka": ["3493108"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dry toilet paper in a 4-roll pack (Пятёрочка ZEWA «ДЖАСТ 1 ... 4рул.»); «4 рулончика» names the "
           "pack, so 8- and 12-roll packs (PAPIA, ZEWA Deluxe/Just 1 8 рул./Plus, Familia Plus, Магнит Zewa "
           "Plus 12) are excluded, as are moist toilet paper ZEWA «туал.влаж.», paper towels and napkins"),
    ]),
    # L12 fish, lemon, curd snacks
    ("минтай замороженный, лимон 1шт в чай, сырки глазированные три штуки", [
        ("минтай замороженный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4350401", "4350402"],
        }, "frozen pollock: Перекрёсток Люди Любят fillets «замороженный/мороженое». Магнит «Филе минтая, "
           "полуфабрикат из замороженного сырья» excluded (made from frozen raw material, sold thawed -- not "
           "the frozen product written)"),
        ("лимон 1шт в чай", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no fresh lemons among the offers; limes (Магнит «Лайм»), lemon-flavoured drinks/goods, lemonade "
           "excluded"),
        ("сырки глазированные три штуки", {
            "pyaterochka": ["3378597", "4015226", "3601367", "3410456", "3472523"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "glazed curd snacks (Б.Ю.Александров in milk/white chocolate, «КАРТ.», with pistachio, «Суфле»); "
           "Пятёрочка «Сырок Свитлогорье, творожный 120 г» excluded (not stated glazed); processed cheese, "
           "smoked «сыро-копчёные» goods excluded"),
    ]),
    # L13 courgettes, chicken mince, sour cream, baby wipes
    ("кабачок 2 штуки небольших, фарша куриного 500 гр, сметанки баночку, влажных салфеток детских пачку", [
        ("кабачок 2 штуки небольших", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["44110", "48632"],
        }, "fresh courgettes (Перекрёсток «Кабачки», «Кабачки цуккини зелёные»); squash caviar (икра из "
           "кабачков), pickled courgettes and baby purées excluded"),
        ("фарша куриного 500 гр", {
            "pyaterochka": ["3652704"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chicken mince: Пятёрочка «Фарш Премиум, Петелинка, 500 г» (outside knowledge: Петелинка is a "
           "chicken brand, title does not name the meat). Turkey, beef, pork and pork-beef mince excluded"),
        ("сметанки баночку", {
            "pyaterochka": ["3664287", "3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4287503", "3664287", "3665624", "4262697", "4272205", "4095525", "4121592",
                            "3651188", "4262694", "4349770", "4121609", "4431124", "4217907", "3665625",
                            "4217906", "3293409", "4335470", "3478958", "4314536", "3444929", "4314537", "58101"],
        }, "sour cream of any fat (10-30 %) and brand, incl. lactose-free; chips/croutons «со вкусом сметаны», "
           "sauces and cakes excluded"),
        ("влажных салфеток детских пачку", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3697052"],
        }, "baby wet wipes: Перекрёсток «Салфетки влажные для новорожденных Kokoro». Excluded: wet wipes not "
           "stated to be for children (Tolli Plus, Salfeti antibacterial, Home Story, Пр!ст cosmetic), paper "
           "napkins, moist toilet paper"),
    ]),
    # L14 pasta, beef mince, tomato paste, chocolate
    ("макфа макарошки 2 пачки, фарш говядина 0.5 кг, томатную пасту маленькую, аленку шоколадку для сына", [
        ("макфа макарошки 2 пачки", {
            "pyaterochka": ["3687625"],
            "magnit": ["199251"],
            "dixy": [],
            "perekrestok": [],
        }, "MAKFA dry pasta of any shape (Пятёрочка «MAKFA Изд.мак.СВИТКИ», Магнит «Макароны Макфа, перья»); "
           "MAKFA flour (Перекрёсток), MAKFA biscuits/cakes and other brands' pasta excluded"),
        ("фарш говядина 0.5 кг", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "beef mince (Рестория «фарш Говяжий», Останкино «ФАРШ ГОВЯЖИЙ», Мираторг «Фарш говяжий», 400 g "
           "packs; «0.5 кг» is the quantity wanted). Pork-beef, pork, turkey, chicken and Ближние горки "
           "«Деревенский» (meat not stated) excluded"),
        ("томатную пасту маленькую", {
            "pyaterochka": ["84652", "3486033"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste in a small pack: Пятёрочка ПОМИДОРКА 250 ml and Heinz 310 g; judgement: «маленькую» "
           "read as a size wish that excludes the large packs (Помидорка 480 ml, Махеевъ «Паста ДОМАШНЯЯ "
           "томат.» 500 g). Ketchups, tomato juice, tomatoes in juice excluded"),
        ("аленку шоколадку для сына", {
            "pyaterochka": ["3426468", "3601839"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Аленка milk chocolate bars (Пятёрочка 200 g and 15 g); АЛЕНКА confectionery gift sets excluded"),
    ]),
    # L15 milk, loaf, mandarins, washing powder
    ("молоко самое дешевое, батона один, мандарины кг, порошок автомат", [
        ("молоко самое дешевое", {
            "pyaterochka": ["3694630", "3507208", "3613025", "3467788", "3425329", "3985712", "3645808",
                            "3645807"],
            "magnit": ["a28bae784b"],
            "dixy": ["7bef60b534", "809c0dd88b"],
            "perekrestok": ["4260593", "3431579", "4310700", "4259100", "4244242", "3474103", "2093081",
                            "3645807", "4308790", "4137917", "3613024", "b508e73840", "cb2f1055d7", "3198f1a94c",
                            "87bf941f11", "d59f8e3403", "45d6dee261", "587286c051", "50f156cde3", "65f939ac7e",
                            "814b6ca461", "d4843ab680", "52d96fd806", "edf2484f0e", "7f46c8a5c5", "79cefff589",
                            "eaf7de5f17", "05c941826b", "94dd27dff1", "f5ff9c84a1", "aa8a2f9d5e", "c57983498c",
                            "50cb0959f8", "eefe3d951f", "fed089a68a", "af8570f806", "2d526e7a96", "d846def77b",
                            "b151abcd68", "e1c2a97dcd", "b48241efed", "e9b2520f64", "135852823b", "6986e66cd9",
                            "163f87bedd", "14cf035691", "a253bf9611", "cd63b1cf67", "870b27e2f9", "ecc07a0e68",
                            "f3d85bb393", "488d323508", "66ec0f255d", "e458dc5e25", "00af023fd1", "ccdc291604",
                            "52240eee71", "b267022f66", "47a9cd6be2", "f50aeac1bb", "e221fd3ddd", "47b26adef2",
                            "f18e9a3c14", "885d917850", "35ac60eec2", "9512a8a8b9", "89a1c1419e", "359aa76fc0",
                            "b38f3e60d2", "949b3dd46f", "9dbc98f064", "1076c09948", "e2d5d93f2a", "2f04f03749",
                            "31aa236aad", "7c1d7afff6", "76055bf243", "013e119412", "87b2dc7b1d", "9dfc83490b",
                            "ce8eda981f", "14753f9f39", "a548f45b17", "85dd44d923", "7b5909b56f", "62485733e9",
                            "faf2171541", "b4411ba8d4", "6b36a62006", "2f7ebb9ea8", "01f728b210", "a24f88bea8",
                            "69f396f368"],
        }, "any drinking cow milk (any fat, pasteurised/UHT/sterilised, children's and lactose-free); «самое "
           "дешевое» is a wish, not a filter. Топлёное, goat milk, Barista flavoured, Чудо strawberry milk, "
           "condensed and coconut milk, baby formula excluded"),
        ("батона один", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "white loaf «батон» (Пятёрочка «Батон \"Звездный\" нар.», Перекрёсток «Батон Нарезной»); chocolate and "
           "cereal «батончики» and other breads excluded"),
        ("мандарины кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["1537", "3034500", "3254317"],
        }, "fresh mandarins (Перекрёсток, incl. Марокко and «с листом»); mandarin-flavoured drinks, nectars, "
           "juices and sweets excluded"),
        ("порошок автомат", {
            "pyaterochka": ["3149485", "2087255", "3688912", "3418106", "3951189", "3142962", "2161528",
                            "2161508", "3023899", "2070686", "2155021"],
            "magnit": ["262159b924", "1000286457", "50ee5ea8b5", "168231", "111621", "105881", "105891", "198901",
                       "106541", "105941", "167921"],
            "dixy": [],
            "perekrestok": [],
        }, "washing powder for automatic machines of any brand/size; Пятёрочка titles often omit «автомат» "
           "(Ariel «СМС ... пор. 3кг», Persil, Bimax, Биолан, BIOMIO 3 kg/2.4 kg/1.5 kg powders, Магнит Tide "
           "Lenor Color 2.5 kg) -- judgement: none is a hand-wash powder, so they are accepted. Excluded: "
           "liquid gels, capsules, cleaning powders (Comet, Пемолюкс), cocoa/coffee «порошок»"),
    ]),
    # L16 pizza night
    ("замороженную пиццу на вечер, колу 1.5 литра, lays чипсики", [
        ("замороженную пиццу на вечер", {
            "pyaterochka": ["3693580", "3607265"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen pizza: Пятёрочка РЕСТОРИЯ «Пицца ассорти» (category Заморозка) and «Цезарь Пицца с ветчиной "
           "и грибами» (outside knowledge: Цезарь pizza is sold frozen). Чебупицца (a pizza-flavoured snack), "
           "«Моцарелла для пиццы» cheese, pizza-flavoured crackers/croutons excluded"),
        ("колу 1.5 литра", {
            "pyaterochka": ["3684633", "4306402", "4279795"],
            "magnit": ["214541"],
            "dixy": [],
            "perekrestok": ["4255568", "4366963", "3684633", "4274867"],
        }, "cola in 1.5 l bottles, regular or sugar-free (Pepsi, Coca-Cola, Черноголовка без сахара, Любимая "
           "Кола, Cool Cola (Zero), Добрый Cola без сахара). Excluded: other sizes, flavoured colas (Pepsi Wild "
           "Cherry/Dark Vanilla/Mango, Coca-Cola Orange, Добрый Cola ваниль)"),
        ("lays чипсики", {
            "pyaterochka": ["3671742", "3671743", "3931228", "4069903", "4069908", "3688435", "3994439",
                            "4035369", "4035371", "4035377", "3453318"],
            "magnit": ["1000487857", "198921", "106331", "106341", "213571"],
            "dixy": [],
            "perekrestok": [],
        }, "Lay's potato chips of any flavour and size, incl. Lay's Stax; Джин «Вайт Лейс», other brands' chips "
           "excluded; Перекрёсток has no Lay's"),
    ]),
    # L17 pancake things
    ("яиц с1 десяток\nмучки 2кг пакет\nсливочное маслице 82.5", [
        ("яиц с1 десяток", {
            "pyaterochka": ["3446505"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3062836", "4068694", "3662512"],
        }, "hen eggs of category С1 in packs of 10; СО/отборные, packs of 6 and 20 (Лето С1 20 шт) and quail "
           "eggs excluded"),
        ("мучки 2кг пакет", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "3231328", "8065"],
        }, "wheat flour in 2 kg packs (Рязаночка ЭКСТРА, Makfa, «Мука Пшеничная», Пышечка); «2кг» names the "
           "pack, so 1 kg and 0.5 kg packs are excluded; rye, rice and durum «крупка» flour excluded"),
        ("сливочное маслице 82.5", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sweet-cream butter of exactly 82.5 % (Пятёрочка традиционное 380 g, Вкуснотеево 400 g, "
           "«Традиционное» 175 g, Тысяча озёр 400 g). Excluded: 82 % (Президент кислосливочное, Простоквашино "
           "in Магнит/Дикси -- a written fat % must match), 72.5 %, chocolate butter 62 %, spreads"),
    ]),
    # L18 bread, kefir, vareniki, sauerkraut
    ("буханка хлеба свежего, кефирчика 2.5% литр, вареничков с картошкой, квашеной капусты", [
        ("буханка хлеба свежего", {
            "pyaterochka": ["3480920", "3500217", "3372334", "3455615", "3455614"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a loaf of bread: every bread loaf sold (Пятёрочка Даниловский ×2, Марьин, Ржаной Край «Хлеб "
           "зерновой» and «Хреб Ржаной Край» -- read as «Хлеб»); «буханка» excludes the long «батон» loaves; "
           "хлебцы, сдоба, tortillas, сухарики excluded"),
        ("кефирчика 2.5% литр", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no kefir at all among the offers; other fermented drinks (Актимель, Имунеле, Биолакт, ряженка) "
           "excluded"),
        ("вареничков с картошкой", {
            "pyaterochka": ["3697765", "3464203"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "frozen vareniki with potato filling: Цезарь «с карт/жар.луч.» and Сытый папа «с картофелем-луком и "
           "грибами» (judgement: potato filling with onion/mushrooms still read as vareniki with potato); "
           "Перекрёсток and Магнит have none"),
        ("квашеной капусты", {
            "pyaterochka": [],
            "magnit": ["200101"],
            "dixy": [],
            "perekrestok": ["4400341", "4400340", "4325076", "4325075", "4325074", "4325073", "4336623",
                            "4336625", "4336624"],
        }, "sauerkraut of any recipe (кислая, кисло-сладкая, with carrot, cranberry or horseradish, Белая "
           "Дача); fresh cabbage, Korean-style salads, seaweed excluded"),
    ]),
    # L19 milk, kids' curd, bananas
    ("молочка пакет, творожок агуша для малого 3 шт, бананы связочку небольшую", [
        ("молочка пакет", {
            "pyaterochka": ["3694630", "3507208", "3613025", "3467788", "3425329", "3985712", "3645808",
                            "3645807"],
            "magnit": ["a28bae784b"],
            "dixy": ["7bef60b534", "809c0dd88b"],
            "perekrestok": ["4260593", "3431579", "4310700", "4259100", "4244242", "3474103", "2093081",
                            "3645807", "4308790", "4137917", "3613024", "b508e73840", "cb2f1055d7", "3198f1a94c",
                            "87bf941f11", "d59f8e3403", "45d6dee261", "587286c051", "50f156cde3", "65f939ac7e",
                            "814b6ca461", "d4843ab680", "52d96fd806", "edf2484f0e", "7f46c8a5c5", "79cefff589",
                            "eaf7de5f17", "05c941826b", "94dd27dff1", "f5ff9c84a1", "aa8a2f9d5e", "c57983498c",
                            "50cb0959f8", "eefe3d951f", "fed089a68a", "af8570f806", "2d526e7a96", "d846def77b",
                            "b151abcd68", "e1c2a97dcd", "b48241efed", "e9b2520f64", "135852823b", "6986e66cd9",
                            "163f87bedd", "14cf035691", "a253bf9611", "cd63b1cf67", "870b27e2f9", "ecc07a0e68",
                            "f3d85bb393", "488d323508", "66ec0f255d", "e458dc5e25", "00af023fd1", "ccdc291604",
                            "52240eee71", "b267022f66", "47a9cd6be2", "f50aeac1bb", "e221fd3ddd", "47b26adef2",
                            "f18e9a3c14", "885d917850", "35ac60eec2", "9512a8a8b9", "89a1c1419e", "359aa76fc0",
                            "b38f3e60d2", "949b3dd46f", "9dbc98f064", "1076c09948", "e2d5d93f2a", "2f04f03749",
                            "31aa236aad", "7c1d7afff6", "76055bf243", "013e119412", "87b2dc7b1d", "9dfc83490b",
                            "ce8eda981f", "14753f9f39", "a548f45b17", "85dd44d923", "7b5909b56f", "62485733e9",
                            "faf2171541", "b4411ba8d4", "6b36a62006", "2f7ebb9ea8", "01f728b210", "a24f88bea8",
                            "69f396f368"],
        }, "any drinking cow milk (any fat/treatment/pack; «пакет» read as one pack, not a packaging filter); "
           "топлёное, goat, Barista, Чудо strawberry milk, condensed/coconut milk and baby formula excluded"),
        ("творожок агуша для малого 3 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no Агуша curd (творожок) in any store: Агуша is present only as milk, purées, juices, ряженка and "
           "«вода+сок» (excluded); other brands' children's curds (Тёма, Мама Лама, Верховье, nature) excluded "
           "because the brand was written"),
        ("бананы связочку небольшую", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3757", "4112219", "3639749", "4208494"],
        }, "fresh bananas (any kind; «связочку небольшую» is a wish); dried bananas and banana-flavoured goods "
           "excluded"),
    ]),
    # L20 chicken and rice dinner, soap
    ("филе куриной грудки кило, рис длинный пачка, огурцов немного, помидорки штук 5, детское мыло кусок", [
        ("филе куриной грудки кило", {
            "pyaterochka": ["2160069", "3963723"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2160069", "3658841", "2173555", "4328961", "4306577"],
        }, "raw chilled chicken breast fillet (Первая Свежесть, Троекурово, Петелинка, Зелёная Линия; Петелинка "
           "«Филе цыплёнка малое» = inner breast fillet, outside knowledge); «кило» is the quantity. Excluded: "
           "«Грудка куриная без кожи» (breast on the bone, not fillet), thigh fillets, grilled/baked fillets, "
           "duck breast"),
        ("рис длинный пачка", {
            "pyaterochka": ["39747", "5722"],
            "magnit": ["7936bf2f6b", "448fba0b94"],
            "dixy": [],
            "perekrestok": [],
        }, "long-grain white rice: jasmine «длиннозерный», basmati (long-grain by nature), Магнит Националь "
           "«Лазер длиннозерный». Excluded: brown rice (АГРО-АЛ. «ЭКСТРА БУРЫЙ», length not stated), Акватика "
           "mix, round/plov rice, Девзира, rice products"),
        ("огурцов немного", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers; salted, pickled and marinated cucumbers excluded"),
        ("помидорки штук 5", {
            "pyaterochka": [],
            "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
            "dixy": [],
            "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
        }, "fresh tomatoes of any kind incl. cherry, cocktail, plum, pink, on the vine; salted/marinated "
           "tomatoes, tomatoes in juice, tomato paste/juice/ketchup excluded"),
        ("детское мыло кусок", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no children's soap among the offers; toilet soaps not for children (Safeguard, Dove, Camay, Fax) "
           "and liquid soap excluded"),
    ]),
    # L21 sandwich things, tea
    ("колбаса вареная, сырки дружба 2 шт, чай черный пакетики", [
        ("колбаса вареная", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790",
                            "3931387", "3385815", "3661283", "3484605", "4091338", "4038405", "3604158",
                            "3467150"],
            "magnit": ["206091", "199341"],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115",
                            "4255289", "78001451", "3033317", "4221913", "3639615", "3347584", "4298091",
                            "4384022", "4384021", "4277253", "4258884", "4277251", "4345579", "4352004",
                            "4322790", "4415248", "4338321", "3484605"],
        }, "boiled sausage (колбаса варёная) of any kind: Докторская, Молочная, Любительская, телячья, "
           "языковая, Мясная, Филейная/Филейская, Молокуша, Сливушка, Мортаделла варёная. Outside knowledge for "
           "titles without «вар.»: Пятёрочка ВЕЛКОМ «Колбаса ЯЗЫКОВАЯ», «Колбаса Молочная Гост», «Колб.ВЯЗАНКА "
           "со шпик.» and Магнит «Колбаса Вязанка (Классическая)» are boiled sausages. Excluded: "
           "варёно-/полу-/сырокопчёные, сыровяленые, liver sausage, ham, сосиски/сардельки/шпикачки, Черкизово "
           "«Фермерская» and «Кремлевская» Владимирский стандарт and Магнит «Бородинская мини» (type not "
           "stated)"),
        ("сырки дружба 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["6b7105d28a"],
            "perekrestok": [],
        }, "Дружба processed cheese: the only Дружба cheese sold is Дикси «Сыр плавленый Дружба Карат 55%, 400 "
           "г» -- judgement: accepted as the same Дружба processed cheese although it is a tub, not the small "
           "foil «сырки» («2 шт» a quantity). Other processed cheeses (Карат Коралл/Янтарь, Виола, Hochland, "
           "President), glazed curd «сырки», Дружба halva excluded"),
        ("чай черный пакетики", {
            "pyaterochka": ["3470341", "4002510", "3378327", "15545", "15492", "3662837", "3950803", "3628990",
                            "3620106", "3635756", "3634052", "3378336", "3424384", "3418513", "3499718",
                            "3446638", "3649730", "2070472", "3600100", "3971162", "11200", "3689577", "3998702",
                            "3469500"],
            "magnit": ["a37d9d8522", "159991", "112311", "206041", "109361", "199261", "111701"],
            "dixy": [],
            "perekrestok": [],
        }, "black tea in bags, plain or classic Earl Grey/bergamot (Ahmad, Brooke Bond, Tess Sunrise, Twinings, "
           "Азерчай, Принцесса Нури/Канди, Richard, Bernley, Greenfield Kenyan Sunrise, Lipton, Краснодарскiй, "
           "Saito, Шах, Лисма, Akbar). Judgement: Принцесса Канди «цейлонский» taken as black. Excluded: "
           "fruit/berry/herb-flavoured black teas (Greenfield Redberry/Spring Melody, Tess Goldberry/Pleasure "
           "(outside knowledge: fruit-flavoured)/шиповник-яблоко, Richard and Ahmad with чабрец, Lipton "
           "смородина-мята, Saito mango/rose-lychee, Beta Mix Fruit, Майский смородина, fruit assortments), "
           "loose-leaf tea, green/oolong/herbal teas and iced-tea drinks"),
    ]),
    # L22 pork neck dinner, marshmallow
    ("свинина шейка, картошечки кг 2, лука пару штук, хлебушка свежего, зефирок к чаю", [
        ("свинина шейка", {
            "pyaterochka": ["3957120", "3619731", "3666472"],
            "magnit": ["199511", "107331", "199561"],
            "dixy": [],
            "perekrestok": [],
        }, "raw pork neck (шейка/шейная часть, boneless or on the bone, incl. Магнит raw neck steaks in "
           "marinade). Excluded: smoked-cooked РЕМИТ «Шейка ... к/в» and Панчетта, other pork cuts, pork-neck "
           "sausages"),
        ("картошечки кг 2", {
            "pyaterochka": [],
            "magnit": ["168701", "107511", "168671", "109571", "199751"],
            "dixy": ["72aaa021b7"],
            "perekrestok": ["3646068", "2099571"],
        }, "fresh potatoes of any kind/pack incl. young potatoes; «кг 2» is the quantity. Chips, starch, "
           "purées, ready dishes excluded"),
        ("лука пару штук", {
            "pyaterochka": [],
            "magnit": ["168731", "168741", "168721"],
            "dixy": [],
            "perekrestok": ["3368252", "3623836", "79135", "79012"],
        }, "bulb onions (репчатый red/white, Ялтинский, Светофор); «пару штук» is the quantity. Shallots, «Лук "
           "салатный», green onion, herb mixes, pickled «Луковки» excluded"),
        ("хлебушка свежего", {
            "pyaterochka": ["3480920", "3500217", "3372334", "3455615", "3455614", "3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "any bread: all loaves (Даниловский ×2, Марьин, Ржаной Край ×2) and батоны (Звездный нарезной, Батон "
           "Нарезной Перекрёсток); хлебцы, сдоба, tortillas, сухарики/гренки excluded"),
        ("зефирок к чаю", {
            "pyaterochka": ["3489477", "3981251", "3681284", "3406629", "3936545", "3907943", "4086822"],
            "magnit": ["112451", "b0da381628"],
            "dixy": [],
            "perekrestok": [],
        }, "зефир of any kind (plain, glazed, in chocolate, Белевский incl. «Изделие кондитерское пастильное. "
           "Белевский зефир»); «к чаю» is a purpose. Excluded: LOVE IS «воздушный зефир для десертов» (mini "
           "marshmallows), Бон Пари marshmallows, desserts with marshmallow, marshmallow-flavoured drinks"),
    ]),
    # L23 milk, bread, juice, floor cleaner
    ("молоко 3.2 процента, хлеб белый кирпичик, сок добрый мультифрукт, средство полы мыть", [
        ("молоко 3.2 процента", {
            "pyaterochka": ["3694630", "3507208", "3425329", "3645807"],
            "magnit": [],
            "dixy": ["809c0dd88b"],
            "perekrestok": ["3431579", "4259100", "4244242", "3645807", "b508e73840", "52d96fd806", "eaf7de5f17",
                            "ecc07a0e68", "f3d85bb393", "488d323508", "e458dc5e25", "47a9cd6be2", "f50aeac1bb",
                            "885d917850", "35ac60eec2", "89a1c1419e", "949b3dd46f", "9dbc98f064", "e2d5d93f2a",
                            "2f04f03749", "87b2dc7b1d", "14753f9f39", "b4411ba8d4", "01f728b210", "a24f88bea8"],
        }, "drinking cow milk of exactly 3.2 % (incl. children's Агуша/Сарафаново, UHT/pasteurised/sterilised, "
           "any pack). Ranges (Дикси Романов луг «от 3,2% до 6%», «3.2-4%», «3.2-4.5%»), топлёное 3.2 % and "
           "other fat levels excluded"),
        ("хлеб белый кирпичик", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no white tin loaf (кирпичик) among the offers: the only white breads are long «батон» loaves "
           "(different shape), the loaves sold are rye-wheat/grain breads; nothing acceptable"),
        ("сок добрый мультифрукт", {
            "pyaterochka": ["3637415"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Добрый multifruit juice: Пятёрочка «ДОБРЫЙ Сок мультифрут с 6 мес. 0.2л» (children's juice counts). "
           "Перекрёсток «Нектар Добрый мультифруктовый» excluded (a nectar, not juice), other Добрый "
           "juices/nectars of single fruits and other brands' multifruit juices excluded"),
        ("средство полы мыть", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "no floor cleaner among the offers (no title says пол/полы/ламинат); universal cleaners (Domestos "
           "универсальное, Sanfor универсальное, Cif spray), toilet cleaners and carpet cleaner excluded"),
    ]),
    # L24 sausages and pasta, ice cream
    ("сосисочки пачка, макароны спиральки, кетчупчик для макарон, эскимо ребенку", [
        ("сосисочки пачка", {
            "pyaterochka": ["3370433", "3607043", "3663361", "4045572", "26457", "3311600", "4025037", "3486631",
                            "3359555", "3018288", "3018289", "3642007", "3948226", "3385843"],
            "magnit": ["159871", "112421", "206081", "213611"],
            "dixy": [],
            "perekrestok": ["4056912"],
        }, "sausages (сосиски) of any kind, brand and pack (молочные, сливочные, баварские, венские, с сыром, "
           "из мяса птицы, turkey-beef); «Хотстеры» (in dough), сардельки, шпикачки, колбаски excluded"),
        ("макароны спиральки", {
            "pyaterochka": ["18463", "4077767", "3438670", "94424", "4037666"],
            "magnit": ["214631", "167851"],
            "dixy": [],
            "perekrestok": [],
        }, "spiral-shaped dry pasta: FEDER. «СПИРАЛЬКИ», Fusilli, Barilla/Магнит Girandole «спирали», and "
           "«пружинки/пружинка» (La Molisana, Baisad; judgement: spring-shaped spirals). Excluded: other shapes "
           "(spaghetti, перья, рожки, витой рожок, ракушки, улитки, бантики, MAKFA «СВИТКИ» -- shape not stated "
           "as spiral), instant noodles"),
        ("кетчупчик для макарон", {
            "pyaterochka": ["4066625", "4066624", "3631091", "3383950", "3625404", "3610602", "4044938",
                            "3941585", "3673189", "3673190", "4086400"],
            "magnit": ["213621", "203141", "665b5b224d", "aff04c9216"],
            "dixy": [],
            "perekrestok": [],
        }, "ketchup of any brand and flavour (томатный, чили, шашлычный, с чесноком, с горчицей, с черри); «для "
           "макарон» is a purpose. Cheetos «кетчуп/сыр» and tomato paste excluded"),
        ("эскимо ребенку", {
            "pyaterochka": ["4047712", "3926883", "3940931"],
            "magnit": ["ddb32be15c", "388962e3d1", "214721"],
            "dixy": [],
            "perekrestok": ["4311103"],
        }, "ice cream on a stick whose title says эскимо (Milka, Магнат, Maxiduo, Молочный Знак пломбир); "
           "«ребенку» is a purpose. Cones, cups, bricks, tubs and «Радуга» (form not stated) excluded"),
    ]),
    # L25 butter, sour cream, new potatoes, chocolate
    ("масло крестьянское 72.5% пачка, сметаны 20 жирности, молодой картошки, milka шоколадку", [
        ("масло крестьянское 72.5% пачка", {
            "pyaterochka": ["3658095"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter of 72.5 %: Пятёрочка «Масло сливочное, Брест Литовск, 72,5%» (outside knowledge: "
           "«Крестьянское» is the standard name of 72.5 % sweet-cream butter). 82/82.5 % butter and spreads "
           "excluded"),
        ("сметаны 20 жирности", {
            "pyaterochka": ["3664287"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3664287", "3651188", "4262694", "4349770", "4121609", "4217906", "3293409",
                            "3444929", "4314537", "58101"],
        }, "sour cream of exactly 20 % (incl. lactose-free Parmalat); other fat levels excluded"),
        ("молодой картошки", {
            "pyaterochka": [],
            "magnit": ["168701"],
            "dixy": ["72aaa021b7"],
            "perekrestok": [],
        }, "young (new) potatoes: Дикси «Картофель молодой» and Магнит «Картофель Новый урожай» (judgement: "
           "new-crop potatoes read as young potatoes). Ordinary washed/red potatoes and potatoes «для "
           "варки/жарки» excluded"),
        ("milka шоколадку", {
            "pyaterochka": ["3643945", "3683712", "3689776", "3483271", "3680750", "3645519", "3681277",
                            "3468707", "3468708", "3468709", "3468710", "3468711", "3606533", "3900599",
                            "4024593", "4055040", "3910353", "3907200", "3981472"],
            "magnit": ["1000149245", "8f909bd3bf", "c91d6a24a7", "111691", "112361"],
            "dixy": [],
            "perekrestok": ["4353891", "4371496", "4353876"],
        }, "Milka chocolate bars of any flavour and size, incl. bars with biscuit/Oreo pieces, shaped bars "
           "(ёлочки, egg) and the 3×90 g gift set of bars; Milka cookies, cakes, wafers, candies, ice cream and "
           "mixed gift sets excluded"),
    ]),
]


def blind_texts(path):
    """The 25 list texts of the blind draft: each follows a line '=== fvaNN ===' up to the next one."""
    with open(path, encoding="utf-8") as fh:
        body = fh.read()
    parts = re.split(r"^=== fva\d\d ===\n", body, flags=re.M)[1:]
    return [p.rstrip("\n") for p in parts]


def check_blind(lists, path):
    blind = blind_texts(path)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        expected = draft
        if n in REPLACED:
            old, new = REPLACED[n]
            expected = draft.replace(old, new, 1)
        if text != expected:
            errors.append("fva%02d: text %r differs from the blind draft %r" % (n, text, draft))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS, BLIND)
    stats(build(LISTS, OFFERS, OUT, "fva"))
