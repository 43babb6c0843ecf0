#!/usr/bin/env python3
"""Re-create fresh_basket_eval_vc.jsonl -- shopping lists of a family in Kazan who cook Tatar dishes at
home (эчпочмак, чак-чак, беляши, губадия, кыстыбый, шурпа, плов, катык, баранина, тесто, топлёное масло)
and buy their ordinary weekly groceries, hand-labelled against the real offers in real_offers.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_vc.build.py

LISTS below is literal data: 25 lists (3-5 items) as such a family would type them to a Telegram bot, and
for every item the product ids of every store that a reasonable shopper would accept.  The list texts were
written before any offer was read and saved as fresh_basket_eval_vc.blind_lists.txt (read-only); this
script checks that every list text equals that blind draft (REPLACED, the record of items replaced in a
list empty in all four stores, is empty: no list was).  Candidate titles were grepped broadly in real_offers.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings) and read one by one; the note of each item records what
was accepted, what was deliberately left out and any judgement that rests on outside knowledge.  An empty
list means the store has nothing acceptable (the item is "missing" there).  The labels were made without
reading korzina's matcher or its data files.

labelled_lists.build checks the data -- every id exists in real_offers.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels are
exactly the list's items in order (an item is the text between commas / new lines) -- and writes the JSONL
in the format of real_basket_eval.jsonl; labelled_lists.stats prints the counts.  List ids are fvc01,
fvc02, ... in LISTS order; every list is in split "fresh".
"""
import os
import re
import sys

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_vc.jsonl")
BLIND = os.path.join(HERE, "fresh_basket_eval_vc.blind_lists.txt")

# list number (1-based) -> (item text in the blind draft, item text used instead), for a list that is
# empty in all four stores.  No list is: every list has at least one item some store carries, so nothing
# was replaced and every text equals the blind draft.
REPLACED = {}

# Reused id sets (drinking cow milk, fresh potatoes, bulb onions, fresh tomatoes, eggs).
MILK_ANY = {
    "pyaterochka": ["3694630", "3507208", "3613025", "3467788", "3425329", "3985712", "3645808", "3645807"],
    "magnit": ["a28bae784b"],
    "dixy": ["7bef60b534", "809c0dd88b"],
    "perekrestok": ["4260593", "3431579", "4310700", "4259100", "4244242", "3474103", "2093081", "3645807",
                    "4308790", "4137917", "3613024", "b508e73840", "cb2f1055d7", "3198f1a94c", "87bf941f11",
                    "d59f8e3403", "45d6dee261", "587286c051", "50f156cde3", "65f939ac7e", "814b6ca461",
                    "d4843ab680", "52d96fd806", "edf2484f0e", "7f46c8a5c5", "79cefff589", "eaf7de5f17",
                    "05c941826b", "94dd27dff1", "f5ff9c84a1", "aa8a2f9d5e", "c57983498c", "50cb0959f8",
                    "eefe3d951f", "fed089a68a", "af8570f806", "2d526e7a96", "d846def77b", "b151abcd68",
                    "e1c2a97dcd", "b48241efed", "e9b2520f64", "135852823b", "6986e66cd9", "163f87bedd",
                    "14cf035691", "a253bf9611", "cd63b1cf67", "870b27e2f9", "ecc07a0e68", "f3d85bb393",
                    "488d323508", "66ec0f255d", "e458dc5e25", "00af023fd1", "ccdc291604", "52240eee71",
                    "b267022f66", "47a9cd6be2", "f50aeac1bb", "e221fd3ddd", "47b26adef2", "f18e9a3c14",
                    "885d917850", "35ac60eec2", "9512a8a8b9", "89a1c1419e", "359aa76fc0", "b38f3e60d2",
                    "949b3dd46f", "9dbc98f064", "1076c09948", "e2d5d93f2a", "2f04f03749", "31aa236aad",
                    "7c1d7afff6", "76055bf243", "013e119412", "87b2dc7b1d", "9dfc83490b", "ce8eda981f",
                    "14753f9f39", "a548f45b17", "85dd44d923", "7b5909b56f", "62485733e9", "faf2171541",
                    "b4411ba8d4", "6b36a62006", "2f7ebb9ea8", "01f728b210", "a24f88bea8", "69f396f368"],
}
MILK_25 = {
    "pyaterochka": ["3645808"],
    "magnit": ["a28bae784b"],
    "dixy": [],
    "perekrestok": ["4310700", "2093081", "3613024", "cb2f1055d7", "587286c051", "edf2484f0e", "7f46c8a5c5",
                    "50cb0959f8", "af8570f806", "6986e66cd9", "66ec0f255d", "359aa76fc0", "76055bf243",
                    "013e119412", "a548f45b17", "62485733e9", "faf2171541", "69f396f368"],
}
MILK_15 = {
    "pyaterochka": [],
    "magnit": [],
    "dixy": [],
    "perekrestok": ["3474103", "4308790", "45d6dee261", "05c941826b", "d846def77b", "b151abcd68", "00af023fd1",
                    "b267022f66", "31aa236aad", "7c1d7afff6", "85dd44d923"],
}
POTATO = {
    "pyaterochka": [],
    "magnit": ["168701", "107511", "168671", "109571", "199751"],
    "dixy": ["72aaa021b7"],
    "perekrestok": ["3646068", "2099571"],
}
ONION = {
    "pyaterochka": [],
    "magnit": ["168731", "168741", "168721"],
    "dixy": [],
    "perekrestok": ["3368252", "3623836", "79135", "79012"],
}
TOMATO = {
    "pyaterochka": [],
    "magnit": ["169381", "107681", "168841", "107611", "107621", "107631", "199891", "168851"],
    "dixy": [],
    "perekrestok": ["4355823", "4217380", "3017019", "4327843", "3676649", "4188460", "3673307"],
}
BUTTER_ANY = {
    "pyaterochka": ["4063188", "3612680", "3963777", "3948153", "3658095", "3953367"],
    "magnit": ["199211"],
    "dixy": ["3620233da6"],
    "perekrestok": [],
}
NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def ids(d):
    """A fresh copy of a reused id set (so no two items share one list object)."""
    return {s: list(v) for s, v in d.items()}


POTATO_NOTE = ("fresh potatoes of any kind and pack (мытый, красный, молодой, для варки/жарки, 1 кг, 2.5 кг and 3 кг "
               "packs); the written weight is the quantity wanted for a weighed vegetable, not a filter; crisps "
               "(«Картофель хрустящий», Twister, Lay's), potato starch, «Картошка марципановая», ready dishes and "
               "vareniki with potato excluded")
ONION_NOTE = ("fresh bulb onions of any colour: Магнит «Лук репчатый, красный», «Лук Ялтинский» and «Лук Светофор» (3 "
              "шт; outside knowledge: a set of yellow, red and white bulb onions), Перекрёсток «Лук репчатый белый/"
              "красный» and «Лук Ялтинский»; shallot («Лук Шалот»), green onion, herb assortments with onion, "
              "Перекрёсток «Лук салатный» (the title does not say what kind of onion it is), FEDERICI «Луковки» "
              "(pickled) and herring «с луком» excluded")
TOMATO_NOTE = ("fresh tomatoes of any kind incl. cherry, cocktail, plum, pink, on the vine, Бакинские, «Дагестан» and "
               "the «Медовые черри»; Магнит «Томаты соленые», «Ассорти Черри и Корнишоны» (the title does not say it "
               "is fresh; sold beside salted vegetables), tomatoes in juice, marinated tomatoes, paste, ketchup, "
               "juice and the «Медовый хруст» apples excluded")

LISTS = [
    # L1 echpochmak
    ("баранина полтора кило, картошка 2кг на эчпочмаки, лук репчатый на эчпочмаки, мука в/с 2 кг", [
        ("баранина полтора кило", ids(NONE),
         "lamb / mutton of any cut; no raw lamb is offered in any store -- the only «ягнёнок» titles are cat and "
         "dog food (Purina, Felix, Cesar, Gourmet, Darling) and «Баранки» are bagels; «полтора кило» is a quantity"),
        ("картошка 2кг на эчпочмаки", ids(POTATO), POTATO_NOTE + "; «на эчпочмаки» is a purpose, not a filter"),
        ("лук репчатый на эчпочмаки", ids(ONION), ONION_NOTE + "; «на эчпочмаки» is a purpose"),
        ("мука в/с 2 кг", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "8065"],
        }, "wheat flour of the highest grade in a 2 kg pack (the size names the pack): Перекрёсток Makfa «высшего сорта» "
           "2кг and Пышечка «хлебопекарная высшего сорта» 2кг; Пятёрочка Рязаночка «ПШЕНИЧНАЯ ЭКСТРА» 2кг accepted on "
           "outside knowledge (экстра is the GOST grade above высший, finer and whiter); Makfa в/с 1кг (size), "
           "Перекрёсток «Мука Пшеничная, 2кг» (grade not stated), wholegrain, rye, rice flour, durum «крупка» 0.5 кг "
           "and «мучные изделия» excluded"),
    ]),
    # L2 chak-chak
    ("яиц десяток на чак-чак\nмед цветочный полкило\nмасло подсолнечное рафинированное для фритюра\nпесок сахарный", [
        ("яиц десяток на чак-чак", {
            "pyaterochka": ["3446505", "3620510"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3062835", "3446505", "3062836", "44323", "4068694", "3634491", "3662512"],
        }, "chicken eggs of any class in packs of 10 («десяток» = 10 only); packs of 6 and 20, quail eggs, «на "
           "перепелином яйце» mayonnaise and «Колб. ЯИЧНАЯ» excluded; «на чак-чак» is a purpose"),
        ("мед цветочный полкило", {
            "pyaterochka": ["3645749", "3645764"],
            "magnit": ["d32ff23653"],
            "dixy": [],
            "perekrestok": [],
        }, "natural flower honey (Медовый дом «цветочный» 320 г incl. the monofloral «Восточная липа», Магнит Медовый дом "
           "«цветочный разнотравье» 250 г); «полкило» reads as the amount wanted, not a pack size (no 500 g jar exists); "
           "крем-мёд «с наполнителями» (малина, лимон-имбирь), chak-chak «медовый», honey-flavoured sweets and "
           "«Медовые» tomatoes excluded"),
        ("масло подсолнечное рафинированное для фритюра", {
            "pyaterochka": ["3454645"],
            "magnit": ["0b2585a062", "c52c41afd8", "77ec9da5de"],
            "dixy": [],
            "perekrestok": [],
        }, "refined sunflower oil (Олейна «подсолн.раф.дез.» 2л, Благо, Mr.Ricco «раф/дезодор», Слобода «раф для жарки»); "
           "blends (Mr.Ricco «с доб олив», «с доб масла авокадо»), Mr.Ricco «с экстр Прованские травы», ALMADOR "
           "flavoured sunflower oils (базилик, чеснок; not stated refined), corn, grape and olive oils excluded; "
           "«для фритюра» is a purpose"),
        ("песок сахарный", ids(NONE),
         "white granulated sugar; none is offered: Пятёрочка «Сахар тростниковый нерафинированный Демерара» (cane sugar), "
         "Магнит «Сахар белый прессованный» (lump sugar), powdered sugar and «сахарная» corn / cookies excluded"),
    ]),
    # L3 katyk breakfast
    ("катык 2 бутылки, батон белый к чаю, сыру российского, колбасы докторской", [
        ("катык 2 бутылки", ids(NONE),
         "katyk (Tatar fermented milk); no store has it -- Пятёрочка «ХАЛАЛМИЛК Напиток к/м ТАН» is тан (a thinner salted "
         "drink), and kefir/ayran/yoghurt are other products; «2 бутылки» is a quantity"),
        ("батон белый к чаю", {
            "pyaterochka": ["3985404"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3974714"],
        }, "a white wheat loaf (батон): Перекрёсток «Батон Нарезной нарезка» and Пятёрочка «Батон \"Звездный\"нар, Хлебный "
           "Дом» («нар» = нарезной); rye and rye-wheat breads, «Хлеб Марьин, заварной», сдоба, buns, chocolate "
           "«батончики» and croutons «Багет» excluded; «к чаю» is a purpose"),
        ("сыру российского", {
            "pyaterochka": ["4046889"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3668842"],
        }, "«Российский» cheese (Брест-Литовск «российский» 50%, Зелёная Линия «Российский нарезка» 50%); other semi-hard "
           "cheeses, «сервелат российский», Российский chocolate/cognac/champagne and «Российская Корона» excluded"),
        ("колбасы докторской", {
            "pyaterochka": ["78001451", "3385812", "3620675", "3347584", "2120885", "4019606", "3016790"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4410079", "4380012", "4301347", "4352000", "4296145", "4264678", "4432115", "4255289",
                            "78001451", "3033317", "4221913", "3639615", "3347584"],
        }, "boiled «Докторская» sausage of any maker and size incl. slices (Ремит «нарезка») and Пятёрочка Царицыно «Колбаса "
           "ДОК.ОСОБ.ХАЛЯЛЬ» (Докторская особая, halal); «Сардельки Докторские», «Сосиски Докторские» and the energy "
           "drink «Black Monster The Doctor» excluded"),
    ]),
    # L4 belyash
    ("фарш говяжий 1кг на беляши, лук 1 кг, дрожжи сухие сафмомент, молоко 2.5% на тесто", [
        ("фарш говяжий 1кг на беляши", {
            "pyaterochka": ["3398465", "4065830", "3447375"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "raw beef mince (Рестория «фарш Говяжий», Останкино «ФАРШ ГОВЯЖИЙ», Мираторг «Фарш говяжий»); «1кг» is the "
           "quantity wanted, not a pack filter; pork-beef («свино-говяжий», Самсон «ДОМАШНИЙ»), Ближние горки "
           "«Деревенский» (composition not stated), pork, turkey and chicken mince excluded"),
        ("лук 1 кг", ids(ONION), ONION_NOTE + "; «1 кг» is a quantity"),
        ("дрожжи сухие сафмомент", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["17366"],
        }, "Saf-Moment dry yeast (Перекрёсток «Дрожжи сухие Саф-Момент» 11г); SAFEGUARD soap, baking powder and the frozen "
           "«ТЕСТО ДРОЖЖЕВОЕ» excluded"),
        ("молоко 2.5% на тесто", ids(MILK_25),
         "cow drinking milk labelled exactly 2.5% (pasteurised, UHT, sterilised incl. children's Сарафаново «дет.» and the "
         "0.2 l Вкуснотеево); other fat levels and ranges, топлёное, Barista, goat, condensed and flavoured milk excluded; "
         "«на тесто» is a purpose"),
    ]),
    # L5 kosh tele
    ("масло топленое 2 пачки, сахар 1 кг пачка, пищевая сода, мучки", [
        ("масло топленое 2 пачки", ids(NONE),
         "ghee (топлёное масло); none is offered: Магнит «ХОЗЯЮШКА Топленая смесь 99,7%» is a blend with vegetable fat, "
         "not butter ghee; «Молоко топлёное», «Сыр Топленое молочко» and flavoured wafers/pryaniki excluded"),
        ("сахар 1 кг пачка", ids(NONE),
         "granulated sugar in a 1 kg pack; none is offered: Магнит «РУССКИЙ Сахар белый прессованный 1кг» is lump sugar "
         "(cubes), not what plain «сахар» means, Демерара cane sugar is 500 g; «без сахара» goods excluded"),
        ("пищевая сода", ids(NONE),
         "baking soda; none is offered (Перекрёсток «Разрыхлитель для теста» is baking powder, a different product)"),
        ("мучки", {
            "pyaterochka": ["3296712"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["91304", "2003107", "3231328", "8065"],
        }, "plain white wheat flour of any pack (Рязаночка «ПШЕНИЧНАЯ ЭКСТРА», Makfa в/с 1 и 2 кг, «Мука Пшеничная, 2кг», "
           "Пышечка); wholegrain «из цельносмолотого зерна», rye, rice and durum «крупка» flour, ready mixes and "
           "«мучные изделия» excluded"),
    ]),
    # L6 weekly staples
    ("простоквашино молоко 3.2, хлебушек черненький, бананов кг, ядрица гречневая", [
        ("простоквашино молоко 3.2", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4259100", "e2d5d93f2a"],
        }, "Простоквашино drinking milk of exactly 3.2% (pasteurised 1.4 l, UHT 950 ml); Простоквашино топлёное 3.2% "
           "(Пятёрочка, Перекрёсток), Простоквашино 1.5/2.5/3.4-4.5%, other brands' 3.2% milk and Простоквашино sour "
           "cream/butter/yoghurt excluded"),
        ("хлебушек черненький", {
            "pyaterochka": ["3480920", "3500217"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "dark rye(-wheat) bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб Даниловский, Коломенское» (outside "
           "knowledge: Даниловский is a dark rye-wheat bread); «Хлеб зерновой, Ржаной Край» and «Хреб Ржаной Край» (brand, "
           "the kind of bread not stated), «Хлеб Марьин, заварной» (rye not stated), rye crispbread, croutons and Бородинская "
           "sausage excluded"),
        ("бананов кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4208494", "3757", "4112219", "3639749"],
        }, "fresh bananas incl. «Бананы мини», «фасованные» and «Банан Organic»; dried bananas, banana-flavoured yoghurts, "
           "drinks, puree, nectar and sweets excluded; «кг» is a quantity"),
        ("ядрица гречневая", {
            "pyaterochka": [],
            "magnit": ["203081"],
            "dixy": [],
            "perekrestok": [],
        }, "buckwheat groats (ядрица): Магнит «Крупа Гречневая Prosto» accepted on outside knowledge (plain «крупа "
           "гречневая» in retail is ядрица, not продел); buckwheat flakes, «Рис и греча» mix, soba, porridge, ready "
           "meals and Greek yoghurts («греч.») excluded"),
    ]),
    # L7 gubadiya
    ("рис круглый на губадию, изюма без косточки, курага для губадии, корт", [
        ("рис круглый на губадию", {
            "pyaterochka": ["3483037"],
            "magnit": ["106651", "106021", "106641", "199371"],
            "dixy": [],
            "perekrestok": [],
        }, "round-grain rice: Магнит Увелка «Краснодарский, круглый», Мистраль «для плова, традиционный, круглый», and on "
           "outside knowledge Мистраль «Кубань» and Националь «Адриатика» (both round-grain) and Пятёрочка «МИСТР.Рис для "
           "плова традиц.» (the product Магнит titles «круглый»); long-grain (Лазер, Басмати, Жасмин), brown, Девзира, "
           "Акватика mix, Global Village and Националь «для плова» (grain not stated), rice flakes, rice drinks excluded"),
        ("изюма без косточки", ids(NONE),
         "seedless raisins; none sold on their own -- only in cookies, chocolate, yoghurts, nut mixes and «Крымское» bun"),
        ("курага для губадии", ids(NONE),
         "dried apricots; none offered (Велле «Курага» is a fermented oat product; no dried apricots)"),
        ("корт", ids(NONE),
         "корт (Tatar dried curd for губадия); not offered in any store; curd, curd desserts and «корм» excluded"),
    ]),
    # L8 kystybyi
    ("картофеля 3 кг\nпшено на кыстыбый\nмолоко какое самое дешевое\nмасла сливочного 82.5", [
        ("картофеля 3 кг", ids(POTATO), POTATO_NOTE),
        ("пшено на кыстыбый", {
            "pyaterochka": ["3674169"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "millet groats (Мистраль «Пшено ЗОЛОТОЕ» 5х80г in boiling bags); wheat pasta and wheat beer («пшен.») excluded; "
           "«на кыстыбый» is a purpose"),
        ("молоко какое самое дешевое", ids(MILK_ANY),
         "any cow drinking milk, any fat level or range, pasteurised/UHT/sterilised, incl. children's (Агуша, Сарафаново "
         "«дет.»), lactose-free and 0.2-0.45 l packs; топлёное, goat, Barista (flavoured), condensed (Алексеевское 8.5%), "
         "Чудо strawberry milk, coconut and plant drinks, dry formula excluded; «самое дешевое» is a wish, not a filter"),
        ("масла сливочного 82.5", {
            "pyaterochka": ["4063188", "3612680", "3948153", "3953367"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "butter labelled exactly 82.5% (сладко-сливочное традиционное 380 г, Вкуснотеево, «Традиционное» 175 г, Тысяча "
           "озёр); 82% (Президент кислосливочное, Простоквашино in Магнит and Дикси), 72.5% Брест-Литовск and chocolate "
           "butter 62% excluded"),
    ]),
    # L9 tokmach soup
    ("курица домашняя, морковка 2 шт, укропчик в суп", [
        ("курица домашняя", ids(NONE),
         "a home-/farm-raised chicken («домашняя» is required); no title offers one -- broiler carcasses and parts (Дикси "
         "«Цыпленок-бройлер», Перекрёсток «Тушка цыплёнка», An-noor Халяль, Петелинка) and Перекрёсток «Грудка куриная "
         "Петелинка домашняя» (a broiler breast-fillet line named «домашняя», not a home-raised bird) excluded"),
        ("морковка 2 шт", {
            "pyaterochka": [],
            "magnit": ["199761"],
            "dixy": [],
            "perekrestok": ["52112"],
        }, "fresh carrots («Морковь мытая»); Korean-style carrot salads, carrot nectar/juice, baby puree and sauerkraut with "
           "carrot excluded; «2 шт» is a quantity"),
        ("укропчик в суп", {
            "pyaterochka": [],
            "magnit": ["109841"],
            "dixy": [],
            "perekrestok": ["4295468", "3364060", "4297656"],
        }, "fresh dill (Магнит «Укроп», Перекрёсток «Укроп зеленый») and fresh herb assortments that contain dill (Перекрёсток "
           "«Ассорти свежие петрушка-укроп-лук», «Набор зелени Лук, Укроп и Петрушка»); dried dill (Восточный гость), "
           "herring and cheese «с укропом» excluded"),
    ]),
    # L10 azu po-tatarski
    ("говядина для азу, соленых огурцов банку, томатная паста для азу", [
        ("говядина для азу", {
            "pyaterochka": ["3917642", "3606378", "3677033"],
            "magnit": ["199481"],
            "dixy": [],
            "perekrestok": [],
        }, "raw beef muscle meat that can be cut for азу (Мираторг «Мякоть бедра говяжья», «говядина шейная часть», Мираторг "
           "«Стейк Бафоло Black Angus, говяжий», Магнит «Лопаточная часть говядины без кости»); «Азу из индейки» "
           "(Рестория, Зелёная Линия; turkey), Мираторг «Стейк Пеппер» (pre-seasoned), beef tongue, tinned/stewed beef, "
           "sausages, холодец and ready meals excluded"),
        ("соленых огурцов банку", {
            "pyaterochka": ["4063896"],
            "magnit": ["f4d4a78066", "157851"],
            "dixy": [],
            "perekrestok": ["4404269"],
        }, "salted (brine-fermented) cucumbers: Глобус «соленые огурчики», Мелень «Огурцы соленые», Магнит «Огурцы соленые, "
           "Корнишоны» 500 г, Перекрёсток «Огурцы солёные бочковые»; marinated cucumbers (Скатерть-Самобранка «маринов», "
           "Дядя Ваня «Пикули»), Магнит «Ассорти Черри и Корнишоны» (not stated salted), fresh cucumbers excluded; "
           "«банку» is a quantity"),
        ("томатная паста для азу", {
            "pyaterochka": ["3696785", "84652", "3486033", "31623"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "tomato paste (Махеевъ «Паста ДОМАШНЯЯ томат.», Помидорка 250 мл and 480 мл, Heinz «Паста Томатная»); ketchups, "
           "tomato sauces, tomato juice, tomatoes in juice, toothpastes and pasta dishes excluded"),
    ]),
    # L11 tea with chak-chak
    ("чай принцесса нури листовой, сахар рафинад к чаю, лимона пару, чак-чак", [
        ("чай принцесса нури листовой", ids(NONE),
         "loose-leaf Принцесса Нури tea; Пятёрочка has only Принцесса Нури «Завтрак в Бенгалии» in tea bags (пак.) and "
         "Принцесса Канди (another brand) -- both excluded, the written «листовой» and brand are required"),
        ("сахар рафинад к чаю", {
            "pyaterochka": [],
            "magnit": ["07d5c3205d"],
            "dixy": [],
            "perekrestok": [],
        }, "lump sugar: Магнит «РУССКИЙ Сахар белый прессованный 1кг» accepted on outside knowledge (pressed white sugar "
           "cubes are what «рафинад» means to a shopper); cane sugar Демерара and powdered sugar excluded"),
        ("лимона пару", ids(NONE),
         "fresh lemons; none offered -- only lemon-flavoured goods, citric acid, lemon dish soap and toilet blocks, "
         "«Рулет с лимоном» and tonic"),
        ("чак-чак", {
            "pyaterochka": ["3633540", "3681362"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ready chak-chak (Тимоша «чак-чак медовый», Караван-Сарай «Чак-Чак медовый»); «Хворост песочный» cookies excluded"),
    ]),
    # L12 manty
    ("тыква на манты, бараний фарш, сливочное масло 2 пачки", [
        ("тыква на манты", ids(NONE),
         "fresh pumpkin; none offered -- pumpkin seeds, pumpkin nectar, baby purees and yoghurts «тыква» excluded"),
        ("бараний фарш", ids(NONE),
         "lamb mince; none offered (beef, pork, pork-beef, turkey and chicken mince only)"),
        ("сливочное масло 2 пачки", ids(BUTTER_ANY),
         "butter of any fat level (82.5%, 82%, 72.5%) and brand; Экомилк chocolate butter 62%, «Топленая смесь», "
         "spreads, butter-flavoured goods and puff pastry «сливочное масло» excluded; «2 пачки» is a quantity"),
    ]),
    # L13 household
    ("tide порошок автомат, бумаги туалетной 8 рулонов, средство fairy, губки для посуды пачка", [
        ("tide порошок автомат", {
            "pyaterochka": [],
            "magnit": ["262159b924", "198901", "106541", "105941", "167921"],
            "dixy": [],
            "perekrestok": [],
        }, "Tide washing powder for automatic machines (Color 4 кг and 2.5 кг, Детский 2.4 кг, «д/чувств кожи авт» 400 г); "
           "Магнит «Стиральный порошок Tide Lenor Color, 2,5 кг» accepted on outside knowledge (Tide powders with Lenor "
           "are sold as «Автомат»); Tide liquids and gel capsules (Пятёрочка, Магнит) and other brands' powders excluded"),
        ("бумаги туалетной 8 рулонов", {
            "pyaterochka": ["3679801", "3449118", "4059050", "3900558"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "toilet paper in packs of 8 rolls (Papia White De Luxe, Papia 3 слоя, Zewa Deluxe, Zewa Just 1); packs of 4 and "
           "12 rolls (Zewa Plus, Familia Plus) and moist toilet paper excluded -- the roll count names the pack"),
        ("средство fairy", {
            "pyaterochka": ["3501028", "3501026", "3691740", "3503216", "3501031", "3500750"],
            "magnit": ["159851"],
            "dixy": [],
            "perekrestok": [],
        }, "every Fairy dish-washing liquid (Нежные руки, Сочный лимон, Platinum, 450/900 мл); AOS «ЛИМОН» dish soap and "
           "other brands excluded"),
        ("губки для посуды пачка", ids(NONE),
         "dish sponges; none offered in any store"),
    ]),
    # L14 kids
    ("агуша творожки, сочок яблочный детский, печенья юбилейного", [
        ("агуша творожки", ids(NONE),
         "Агуша children's curd (творожок); none offered -- Агуша milk, ряженка, purees, juices and «вода+сок» exist, and "
         "other brands' children's curd (Тема, Мама Лама, nature, Howaru) is not Агуша"),
        ("сочок яблочный детский", {
            "pyaterochka": ["3679183", "3679184", "3684252"],
            "magnit": ["eef4bdbf61"],
            "dixy": [],
            "perekrestok": ["80142"],
        }, "single-fruit apple juice for children: Фруктовый сад «Сок ЯБЛ.осв.д/дет.пит.» 0.95 и 1.93 л, Агуша «Сок яблоко "
           "осв», Сады Придонья «зелёное яблоко для детского питания», and Пятёрочка «Сок Honey Kid, яблоко» (outside "
           "knowledge: a children's juice brand, sold under «Товары для детей»); mixed juices (яблоко-вишня, -шиповник), "
           "Агуша «вода+сок», children's juice-containing drinks and adults' apple juices excluded"),
        ("печенья юбилейного", {
            "pyaterochka": ["3958571", "3958570", "3603068", "3471173", "3662392", "4027701", "4027703", "3655049",
                            "3618783"],
            "magnit": ["723991a07f", "199331"],
            "dixy": [],
            "perekrestok": ["4352220", "4371424", "4425157"],
        }, "every «Юбилейное» cookie (традиционное, с глазурью, молочное, овсяное, постное, клюква, черника, ореховое, "
           "земляничное, со вкусом шоколада, с цельнозерновыми злаками); Юбилейное «Мини-кексы», J.Meinl coffee "
           "«ЮБИЛЕЙНЫЙ», Юбилейная sausage and carbonade excluded"),
    ]),
    # L15 vak-belyash
    ("кефир 2.5 на тесто, сметаны 15 процентов, фарш смешанный, тесто дрожжевое готовое", [
        ("кефир 2.5 на тесто", ids(NONE),
         "kefir 2.5%; no kefir at all is offered (Актимель, Имунеле, ряженка and yoghurt drinks are other products)"),
        ("сметаны 15 процентов", {
            "pyaterochka": ["3665624"],
            "magnit": ["de14617e33", "199001"],
            "dixy": [],
            "perekrestok": ["4272205", "4314536", "4262697", "3665624", "4335470", "4217907", "4121592", "4431124",
                            "4095525"],
        }, "sour cream of exactly 15% incl. lactose-free (Parmalat Comfort, Простоквашино безлактозная); 10/20/25/30% sour "
           "cream, sour-cream-flavoured crisps/croutons and mayonnaise excluded"),
        ("фарш смешанный", {
            "pyaterochka": ["3673806", "3205754"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "mixed pork-beef mince: Мираторг «свино-говяжий домашний» and Самсон «Фарш ДОМАШНИЙ» (outside knowledge: «домашний» "
           "mince is the pork-beef mix); single-meat mince (beef, pork, turkey, chicken «Премиум») and Ближние горки "
           "«Деревенский» (composition not stated) excluded"),
        ("тесто дрожжевое готовое", {
            "pyaterochka": ["4022612"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "ready yeast dough (Рестория «ТЕСТО ДРОЖЖЕВОЕ» 500 г, frozen); filo dough and Цезарь «Тесто слоеное, без "
           "дрожжевое» excluded"),
    ]),
    # L16 horse-meat delicacies
    ("казылык, конская колбаса, хлеба ржаного", [
        ("казылык", ids(NONE),
         "казылык (Tatar dried horse-meat sausage); no horse-meat product is offered"),
        ("конская колбаса", ids(NONE),
         "horse-meat sausage; none offered -- every sausage is pork, beef, chicken or turkey"),
        ("хлеба ржаного", {
            "pyaterochka": ["3480920", "3500217"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rye bread: Пятёрочка «Хлеб Ржано-пшеничный, Даниловский» and «Хлеб Даниловский, Коломенское» (outside knowledge: "
           "a rye-wheat bread; most Russian «ржаной» loaves are rye-wheat); «Хлеб зерновой, Ржаной Край», «Хреб Ржаной "
           "Край» (brand), «Хлеб Марьин, заварной» (rye not stated), rye flour, rye crispbread, croutons and «ржаные» "
           "сухарики excluded"),
    ]),
    # L17 dairy for dough
    ("катык литр, маргарина для выпечки, сузьма", [
        ("катык литр", ids(NONE),
         "katyk (Tatar fermented milk); no store has it -- Пятёрочка «ХАЛАЛМИЛК Напиток к/м ТАН ХАЛЯЛЬ» is тан (katyk "
         "thinned with water and salted, a different drink), and kefir/ayran/yoghurt are other products; «литр» is a "
         "quantity"),
        ("маргарина для выпечки", {
            "pyaterochka": ["3977160"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "baking margarine (Пятёрочка «Маргарин для выпечки Пышка» 72%, 250 г); butter, Магнит «Топленая смесь» and "
           "spreads are other products"),
        ("сузьма", ids(NONE),
         "сузьма (strained katyk); not offered in any store -- cream cheeses «творожный», curd and curd desserts excluded"),
    ]),
    # L18 vegetables
    ("помидор кило, огурчиков кг, капуста белокочанная 1 кочан, свеклы кг, яблочки подешевле", [
        ("помидор кило", ids(TOMATO), TOMATO_NOTE + "; «кило» is a quantity"),
        ("огурчиков кг", {
            "pyaterochka": [],
            "magnit": ["200221", "169161"],
            "dixy": [],
            "perekrestok": ["4391463", "3682401", "3368258"],
        }, "fresh cucumbers (короткоплодные, пупырчатые, Ботаника, «Хрустящие», fresh «корнишоны» 300 г); salted and "
           "marinated cucumbers, Магнит «Ассорти Черри и Корнишоны» (not stated fresh), «Цыплёнок корнишон», cucumber "
           "shampoo and cucumber cream cheese excluded"),
        ("капуста белокочанная 1 кочан", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["4738b3129c"],
            "perekrestok": [],
        }, "fresh white cabbage (Дикси «Капуста белокочанная ранняя»); sauerkraut, Chinese cabbage, broccoli, cauliflower "
           "salads and seaweed salad excluded; «1 кочан» is a quantity"),
        ("свеклы кг", {
            "pyaterochka": [],
            "magnit": ["168801"],
            "dixy": [],
            "perekrestok": ["19768"],
        }, "fresh beetroot («Свекла мытая»); beet salads and vegetable juices with beet excluded"),
        ("яблочки подешевле", {
            "pyaterochka": ["4271772"],
            "magnit": ["200671", "168861"],
            "dixy": [],
            "perekrestok": ["3366336", "3691532", "47795"],
        }, "fresh apples of any variety (Ред Делишес, Гренни Смит, красные, Гала, Медовый хруст, сезонные); juices, dried "
           "fruit, purees and apple-flavoured goods excluded; «подешевле» is a wish, not a filter"),
    ]),
    # L19 duck belish
    ("утка тушка, рису пропаренного, картошки кило 3", [
        ("утка тушка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4332274"],
        }, "a whole duck carcass (Перекрёсток «Тушка утёнка 1сорт потрошёная»); duck breast fillet and leg, smoked duck "
           "fillet, Оливье with duck breast and pet food with duck excluded"),
        ("рису пропаренного", ids(NONE),
         "parboiled rice; none of the offered rices is parboiled (Жасмин, Басмати, Лазер, Адриатика, Кубань, Краснодарский, "
         "бурый, Девзира, «для плова»)"),
        ("картошки кило 3", ids(POTATO), POTATO_NOTE),
    ]),
    # L20 coffee and cheese
    ("нескафе голд кофе, молоко 1.5 проц, печенья овсяного, маасдам сыр", [
        ("нескафе голд кофе", {
            "pyaterochka": ["3419749", "3928171", "3658915", "3971960", "3626895", "3419750", "3659359", "3659496",
                            "3932897"],
            "magnit": ["109351", "199191", "198971"],
            "dixy": [],
            "perekrestok": [],
        }, "every Nescafé Gold coffee (Gold 75/95/130/190 г, Gold Barista, Gold Espresso, Gold Crema, Gold Origins "
           "Colombia, «с молотым»); Nescafé Classic, Nescafé Crema (not Gold), Classic Latte sticks and other brands' "
           "«GOLD» coffee (Черная карта) excluded"),
        ("молоко 1.5 проц", ids(MILK_15),
         "cow drinking milk of exactly 1.5% incl. lactose-free (Простоквашино, Сарафаново) and children's (Сарафаново); "
         "1%, 1.8%, 2.5% and other fat levels excluded"),
        ("печенья овсяного", {
            "pyaterochka": ["3639541", "3995521", "3995522", "3655049", "4050870"],
            "magnit": ["106061", "106071"],
            "dixy": [],
            "perekrestok": [],
        }, "oatmeal cookies incl. variants (Миндальное овсяное, «Классическое» plain and with chocolate pieces, Юбилейное "
           "овсяное, Хлебный спас «Овсяное» Мультизлаковое, Злаковое ассорти, Особое); Velle fermented oat products, "
           "muesli, oat flakes and porridge excluded"),
        ("маасдам сыр", {
            "pyaterochka": ["3448799", "4070003"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4074230", "4260755"],
        }, "Maasdam cheese (Village Europe «МААСДАМ нар.», Ламбер «Маасдам», Cheese Gallery, Viola); plain Магнит «Сыр "
           "Ламбер» (not Maasdam) and other cheeses excluded"),
    ]),
    # L21 shurpa
    ("баранина на кости 2 кг, перец болгарский на шурпу, помидорки для шурпы, зелени пучки", [
        ("баранина на кости 2 кг", ids(NONE),
         "lamb on the bone; no lamb is offered (pork «Лопатка свиная, на кости» and pet food «с ягненком» excluded)"),
        ("перец болгарский на шурпу", {
            "pyaterochka": [],
            "magnit": ["169191"],
            "dixy": [],
            "perekrestok": ["2080290", "4228843", "6178", "6177"],
        }, "fresh sweet (bell) pepper of any colour incl. the pointed «Перец Рамиро сладкий» and «Перец в ассортименте, 2шт» "
           "(outside knowledge: a 200 g pack of two sweet peppers); grilled pepper in jars, ajvar, black/chili pepper "
           "and spice mixes excluded"),
        ("помидорки для шурпы", ids(TOMATO), TOMATO_NOTE + "; «помидорки» is a diminutive, not «черри»"),
        ("зелени пучки", {
            "pyaterochka": [],
            "magnit": ["200411", "109841"],
            "dixy": [],
            "perekrestok": ["3364060", "4297656", "4295468", "4295465"],
        }, "fresh culinary herbs: parsley, dill, green onion and herb assortments; salad-leaf mixes (Белая Дача, Маркет "
           "Fresh), dried herbs and «с зеленью» snacks/cheeses excluded"),
    ]),
    # L22 sweets for guests
    ("конфеты птичье молоко, зефир к чаю, подсолнечная халва", [
        ("конфеты птичье молоко", {
            "pyaterochka": ["3291332"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "«Птичье молоко» sweets (Рот Фронт «Птичье молоко настоящее»); the cakes «Птичка» (У Палыча, Прохоров) and "
           "Акконд «Птица дивная» (another soufflé sweet) excluded"),
        ("зефир к чаю", {
            "pyaterochka": ["3489477", "3981251", "3681284", "3406629", "3936545", "3907943", "4086822"],
            "magnit": ["b0da381628", "112451"],
            "dixy": [],
            "perekrestok": [],
        }, "Russian zefir, plain or glazed (Белёвский антоновский / черносмородиновый / «Зефирное детство» / ванильный гл., "
           "Вдохновение «Ягодное парфе» in chocolate, Шарлиз, глазированный 1кг, Neo-Botanica «Зефир Смузи», «Сладкие "
           "истории с клубникой»); marshmallows (LOVE IS «воздушный зефир для десертов», Бон Пари, Mixbar, Шарлиз "
           "«Marshmallows»), curd desserts with marshmallow and marshmallow-flavoured soda excluded"),
        ("подсолнечная халва", {
            "pyaterochka": ["3937598"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "sunflower halva (Тимоша «подсолнечная воздушная»); Рот-Фронт «Халва с арахисом» (peanut) and wafers «с халвой» "
           "excluded"),
    ]),
    # L23 breakfast
    ("овсянки геркулес, сметана домашняя, яиц с1, сливочное масло простоквашино", [
        ("овсянки геркулес", {
            "pyaterochka": ["4027131", "3472901"],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "rolled oats of the Геркулес kind (Клинские «Геркулес», Увелка «Хлопья зерн.овсян.трад.» -- outside knowledge: "
           "«геркулес» is the everyday name of traditional rolled oats); instant flavoured porridges, Heinz milk porridge, "
           "oat bran, Velle oat products and other flakes excluded"),
        ("сметана домашняя", ids(NONE),
         "home-made / farm sour cream («домашняя» is required); no title offers it -- ordinary sour cream of any brand "
         "(incl. the brand «Домик в деревне») excluded"),
        ("яиц с1", {
            "pyaterochka": ["3446505", "3341462"],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3446505", "3341462", "3062836", "4068694", "3662512"],
        }, "chicken eggs of class С1 in any pack (10 or 20); С0/СО/«отборные», quail eggs and mayonnaise excluded"),
        ("сливочное масло простоквашино", {
            "pyaterochka": [],
            "magnit": ["199211"],
            "dixy": ["3620233da6"],
            "perekrestok": [],
        }, "Простоквашино butter (82%, 180 г); other butters and Простоквашино milk/sour cream excluded"),
    ]),
    # L24 hygiene
    ("шампунь для детей, зубная паста 2 шт, мыла жидкого, подгузники размер 5", [
        ("шампунь для детей", ids(NONE),
         "children's shampoo; none offered -- all shampoos are adults' (Dove, Garnier, Head&Shoulders, Pantene, Schauma...)"),
        ("зубная паста 2 шт", {
            "pyaterochka": ["4009101", "3967359", "3967361", "2153182", "3359945", "3482562", "3152415", "3368036",
                            "3230372", "3691935", "3605411", "3605412", "3429353", "3642796", "3366711", "3480375"],
            "magnit": ["0b75d29d19", "32cc6f1bd5"],
            "dixy": [],
            "perekrestok": [],
        }, "any toothpaste incl. gels (Colgate Total «гель») and, as with children's milk for «молоко», Магнит SPLAT JUNIOR "
           "«З/п д/дет»; toothbrushes, mouthwash and other «паста» products (tomato, curd, chocolate) excluded; «2 шт» is a "
           "quantity"),
        ("мыла жидкого", {
            "pyaterochka": [],
            "magnit": ["1aeb42ebee"],
            "dixy": [],
            "perekrestok": [],
        }, "liquid hand soap (Aura «Мыло жидкое» 500 мл); bar soap (Safeguard, Camay, Fax), «Крем-мыло» bar, shower gels "
           "and gift sets excluded"),
        ("подгузники размер 5", {
            "pyaterochka": ["3983613", "4061716", "3680543", "3680533", "3447849"],
            "magnit": ["879b28650c", "111671"],
            "dixy": [],
            "perekrestok": ["4295217"],
        }, "size-5 diapers, taped or pants (no form written): Huggies pants р5, Pampers Pants 5, Premium Care pants р5, "
           "Active Baby-Dry р5 / 5 Junior, Huggies Ultra Comfort 5, Kokoro Junior р.5, and Пятёрочка «Трусики-подгузники "
           "Pampers, Junior» (outside knowledge: Pampers Junior = size 5); sizes 2, 3, 4 (Maxi), 6 (Extra Large, Junior "
           "Plus) excluded"),
    ]),
    # L25 plov
    ("рису для плова, желтая морковь, зира пакетик, баранья лопатка", [
        ("рису для плова", {
            "pyaterochka": ["3992161", "3483037", "3413111", "4046686"],
            "magnit": ["106021"],
            "dixy": [],
            "perekrestok": [],
        }, "rice sold for plov (Global Village «Рис для плова», Мистраль «для плова традиционный» in both chains, Националь "
           "«для плова») and Увелка «Рис Девзира с зирой» (outside knowledge: девзира is the traditional plov rice); "
           "other rices not sold for plov (Басмати, Жасмин, Лазер, Адриатика, Кубань, бурый), plov seasonings, Maggi mix and "
           "ready plov excluded"),
        ("желтая морковь", ids(NONE),
         "yellow carrots (the plov variety); only ordinary orange «Морковь мытая» is offered -- excluded"),
        ("зира пакетик", ids(NONE),
         "cumin (зира) as a spice; none offered -- «Приправа для плова» blends (Восточный гость, Kamis) and rice «с зирой» "
         "excluded"),
        ("баранья лопатка", ids(NONE),
         "lamb shoulder; no lamb is offered (pork «Лопатка свиная» and Черкизово «Лопатка Фермерская» are pork)"),
    ]),
]


def blind_lists(path):
    """The 25 list texts of the read-only blind draft (each after a '=== fvcNN ===' line)."""
    with open(path, encoding="utf-8") as fh:
        body = fh.read()
    parts = re.split(r"^=== fvc\d\d ===\n", body, flags=re.M)[1:]
    return [p.rstrip("\n") for p in parts]


def check_blind(lists):
    blind = blind_lists(BLIND)
    errors = []
    if len(blind) != len(lists):
        errors.append("blind draft has %d lists, LISTS has %d" % (len(blind), len(lists)))
    for n, ((text, _), draft) in enumerate(zip(lists, blind), 1):
        expected = draft
        if n in REPLACED:
            old, new = REPLACED[n]
            if draft.count(old) != 1:
                errors.append("fvc%02d: replaced item %r not found once in the blind draft" % (n, old))
            expected = draft.replace(old, new)
        if text != expected:
            errors.append("fvc%02d: text %r differs from the blind draft %r" % (n, text, expected))
    if errors:
        sys.exit("\n".join(errors))


if __name__ == "__main__":
    check_blind(LISTS)
    stats(build(LISTS, OFFERS, OUT, "fvc"))
