#!/usr/bin/env python3
"""Re-create fresh_basket_eval_zc.jsonl -- a set of picnic / barbecue / road-trip shopping lists
hand-labelled against the real offers in real_offers_g.jsonl.

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_zc.build.py

LISTS below is literal data: 25 lists (3-4 items) for a weekend picnic, a barbecue and a road trip, as
people type them to a Telegram bot, and for every item the product ids of every in-stock offer of every
store that a reasonable shopper who wrote exactly that item would accept.  The lists were written first
(fresh_basket_eval_zc.blind_lists.txt, before any offer was read); the texts here are byte-identical to
that draft.  Candidate titles were grepped broadly in real_offers_g.jsonl (stems, synonyms, the chains'
abbreviations, Latin and Cyrillic brand spellings, ё/е) and read one by one; the note of each item
records what was accepted, what was deliberately left out and any judgement resting on outside
knowledge.  An empty list means the store has nothing acceptable (the item is "missing" there).  No
matcher or tool code of korzina was read.

The script only checks the data (via labelled_lists.build: every id exists in real_offers_g.jsonl *for
that store* and is in stock, no id repeats within an item, every item has a note, the labels are exactly
the list's items in order) and then writes the JSONL in the format of real_basket_eval.jsonl.  List ids
are fzc01, fzc02, ... in LISTS order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_zc.jsonl")

NONE = {"pyaterochka": [], "magnit": [], "dixy": [], "perekrestok": []}


def acc(pyaterochka=(), magnit=(), dixy=(), perekrestok=()):
    return {"pyaterochka": list(pyaterochka), "magnit": list(magnit), "dixy": list(dixy),
            "perekrestok": list(perekrestok)}


# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fzc01 shashlik kit
    ("шашлык из свинины маринованый 2 кг, лучок репчатый на маринад, лавашик тонкий пару упаковок, кетчуп к шашлыку балтимор", [
        ("шашлык из свинины маринованый 2 кг", acc(
            magnit=["ffb7467b7c"],
            perekrestok=["78003999", "78004170", "78004173"]),
         "raw (chilled) pork shashlik: Мираторг «Шашлык свиной Деликатесный», Перекрёсток «из свиной шейки», "
         "«любительский» and «по-московски» (outside knowledge: chilled shashlik is sold marinated, and the two "
         "Перекрёсток own-production shashliks without a meat word are pork); «2 кг» is a quantity. Excluded: "
         "«Шашлык из свинины с луком жареный» (cooked), chicken/shrimp shashlik, Черкизово «Свинина в маринаде "
         "по-французски» / «по-дижонски» and marinated ribs (marinated pork, but not shashlik)"),
        ("лучок репчатый на маринад", acc(
            dixy=["10E0074356", "2000270979"],
            perekrestok=["45463", "3969", "3016771", "81209", "3016772", "3368253"]),
         "fresh bulb onions sold as «Лук репчатый» incl. the red one («Лук репчатый красный» is still репчатый) and "
         "peeled onions; dried/ground onion (Kotanyi, Айдиго) and onion-flavoured goods excluded; purpose not a filter"),
        ("лавашик тонкий пару упаковок", acc(
            perekrestok=["4199211", "4361122"]),
         "thin Armenian lavash (Коломенский «Армянский тонкий», Маркет «Армянский» — Armenian lavash is the thin "
         "kind, outside knowledge); «пару упаковок» is a quantity; no other store sells lavash"),
        ("кетчуп к шашлыку балтимор", NONE,
         "the brand Балтимор (Baltimor) is required and no store has it; Heinz/Махеевъ/Слобода/Пр!ст «шашлычный» "
         "ketchups deliberately left out"),
    ]),
    # fzc02 fire and meat
    ("шея свиная кусок, уголь березовый мешок 3 кг, жидкость д/розжига", [
        ("шея свиная кусок", acc(
            magnit=["afb09aae99"],
            perekrestok=["4363415", "912"]),
         "raw pork neck as a piece (Черкизово «Шейка свиная» 750 г, Хороший Кусок, Перекрёсток без кости); cooked/"
         "smoked шейка, ready neck shashlik (not a piece) and beef neck excluded"),
        ("уголь березовый мешок 3 кг", NONE,
         "no charcoal in any store (only «уголь» toothpastes/gels)"),
        ("жидкость д/розжига", NONE, "no lighter fluid in any store"),
    ]),
    # fzc03 grill sausages
    ("колбаски для гриля 2 упаковки, горчица русская для сосисок, бородинский хлеб нарезка", [
        ("колбаски для гриля 2 упаковки", acc(
            pyaterochka=["3631905"],
            magnit=["7550e64eb5"],
            dixy=["2000419133", "2000577622"],
            perekrestok=["4374698"]),
         "sausages sold for grilling/frying: Папа может «ГРИЛЬ-МАСТЕР» and «Сочный гиль» (sic, = гриль), Черкизово "
         "«Колбаски По-домашнему с чесноком» (outside knowledge: raw sausages for frying), Хороший Кусок «Колбаски для "
         "жарки», купаты «Пикничок» (raw grilling sausages); «2 упаковки» is a quantity. Excluded: smoked/dry "
         "колбаски (охотничьи, Пиколини), boiled chicken колбаски, ordinary/Bavarian wieners, сардельки"),
        ("горчица русская для сосисок", acc(
            dixy=["2000187666", "2000531852", "ЦТ0021675"],
            perekrestok=["3120635", "4276808", "2143139", "3333328", "3332503", "3333301", "3332502", "4337617",
                         "3435016", "3372044", "4273279", "3416298", "4229364", "2153858"]),
         "every mustard whose title names it «Русская» (incl. ЕЖК's «Русская» Столовая/Ядрёная/С хреном/Зернистая); "
         "plain «столовая» without «Русская», Дижонская, Баварская, honey/fruit mustards, mustard powder and "
         "mustard sauces excluded; purpose not a filter"),
        ("бородинский хлеб нарезка", acc(
            perekrestok=["3382146", "4329404", "3974719", "3624125"]),
         "Borodinsky bread, sliced (all four titles say нарезка/нарезанный); гренки «Бородинские» and the brand "
         "МД Бородина excluded"),
    ]),
    # fzc04 chicken wings in soy-honey
    ("крылья куриные, соевый соус kikkoman классический, мёд жидкий для маринада, чесночок 2 головки", [
        ("крылья куриные", acc(
            magnit=["99331702b7"]),
         "raw chicken wings (Петруха «Крыло … плечевая часть»); chips «Куриные крылышки» flavour excluded"),
        ("соевый соус kikkoman классический", NONE,
         "the brand Kikkoman is required and no store has it; Стебель Бамбука, Sen Soy, Mivimex, Магнит soy sauces "
         "deliberately left out"),
        ("мёд жидкий для маринада", acc(
            magnit=["ec1ad9dc52", "384d8d8201", "dadb78005d", "44c60c9317", "980d05dc00", "928ff089d4"],
            dixy=["2000322020", "2000573811"],
            perekrestok=["4355859", "4320670", "4320672", "4320671", "4340911", "4340910", "3687699", "3479121",
                         "3687698", "3687710", "4316603", "4316605", "3467507", "4331449"]),
         "natural honey of any kind; no title says whether it is liquid or crystallised, so every plain honey is "
         "accepted and only the forms that are not liquid are excluded (крем-мёд Добродеево / Маркет Collection); "
         "Берестов «Мед Уссурийский бальзам» excluded as a honey-based balm (outside knowledge), honey-flavoured "
         "goods excluded"),
        ("чесночок 2 головки", acc(
            dixy=["DI00078769", "ЦТ0039681"],
            perekrestok=["45692", "4018137", "4090538", "51157", "77278"]),
         "fresh garlic incl. Фермерский Чеснок «отборный зубчиками» 100 г (peeled fresh cloves); «2 головки» is a "
         "quantity. Dried/granulated/ground garlic, «измельчённый», «тёртый» paste, salted garlic and garlic-flavoured "
         "goods excluded"),
    ]),
    # fzc05 salad vegetables
    ("черри помидоры на веточке, огурцы гладкие 1кг, перцы болгарские красные 3 шт", [
        ("черри помидоры на веточке", acc(
            dixy=["2000601472", "2000580827"],
            perekrestok=["4381951", "4381952"]),
         "fresh cherry tomatoes on the vine («черри … на ветке»); loose cherry tomatoes, «Коктейль на ветке» "
         "(cocktail tomatoes, larger), «коктейльные на ветке», «Томаты на ветке» 500 г and marinated cherries excluded"),
        ("огурцы гладкие 1кг", acc(
            magnit=["a228350700"],
            dixy=["2000271421"],
            perekrestok=["2098997"]),
         "fresh cucumbers whose title says «гладкие»; «1кг» is a quantity. Cucumbers of unstated skin (Огурцы 600 г, "
         "Фасованные, Хрустящие, Бакинские), колючие, короткоплодные and long/длинноплодные excluded; pickles excluded"),
        ("перцы болгарские красные 3 шт", NONE,
         "no fresh sweet pepper in any store (only ground paprika, black pepper and marinated peppers)"),
    ]),
    # fzc06 disposable tableware
    ("бумажные тарелки одноразовые 10шт, стаканчики пластик 200мл, влажные салфетки большая пачка", [
        ("бумажные тарелки одноразовые 10шт", NONE, "no disposable plates in any store"),
        ("стаканчики пластик 200мл", NONE,
         "no disposable cups in any store (only ice cream «в стаканчике»)"),
        ("влажные салфетки большая пачка", acc(
            magnit=["337392b1b2", "4655517315", "667fad1c9c", "bd449a17ff", "73ec40a66f"]),
         "wet wipes for hands/body in packs of 72-120 (La Fresh 120, Академия Комфорта 80, Аура «Солнце и луна» 72, "
         "Каспер 120, Салфети 72; children's wipes count); «большая пачка» excludes packs of 15-56 (Huggies 56, "
         "Pampers 40-50, Аура 20, Каспер 15, La Fresh 15); intimate wipes, surface wipes, dry facial tissues excluded"),
    ]),
    # fzc07 drinks
    ("ессентуки 4 1.5л, кока кола 2л пару, сок добрый яблочный 2 л", [
        ("ессентуки 4 1.5л", acc(
            magnit=["9d46fc2eab"]),
         "Ессентуки №4 in 1.5 l (size respected); №4 in 1 l / 0.45 l, №17, «Ессентуки целебная» 1.5 л (no number) and "
         "Галерея источников №4 (another brand) excluded"),
        ("кока кола 2л пару", NONE,
         "Coca-Cola 2 l is in no store (only 0.33 l cans in Пятёрочка); Добрый Кола and Черноголовка Кола are "
         "other brands; «пару» is a quantity"),
        ("сок добрый яблочный 2 л", NONE,
         "Добрый apple juice exists only as 1 l, 0.33 l, 300 ml and 200 ml; the written 2 l is respected; nectars "
         "and mixed juices excluded anyway"),
    ]),
    # fzc08 car snacks
    ("лейс краб большая пачка, кириешки со вкусом бекона, арахис солёный в пакетике", [
        ("лейс краб большая пачка", NONE,
         "the only Lay's crab is Дикси's 37 g assortment pack (Зеленый лук/Сметана и зелень/Краб), excluded as not "
         "a big pack; other Lay's flavours excluded"),
        ("кириешки со вкусом бекона", NONE,
         "no Кириешки in any store; Chico&Rico peanuts «со вкусом бекона» excluded"),
        ("арахис солёный в пакетике", acc(
            magnit=["81631c53d8"]),
         "salted roasted peanuts (Семушка «жареный, соленый»); flavoured Chico&Rico peanuts (бекон, сыр, васаби, "
         "Мексика), peanut chocolates and seed mixes excluded"),
    ]),
    # fzc09 sauces and herbs
    ("майонез провансаль 67% жирности, аджика острая, соус ткемали из красной сливы, укроп свежий пучок 1", [
        ("майонез провансаль 67% жирности", acc(
            magnit=["1000014596", "1000077734", "1000169172", "1000179908", "1000233673", "1000277219", "1000348713",
                    "1000356802", "1000422623", "1000501598", "1000556519", "1000556521", "1728400030", "1799700138",
                    "8000045827", "2c23c84574", "56ff8ec751", "7a519275b4", "7d31b46ae3", "da818e4a20",
                    "f0f427f9d4"],
            dixy=["1100075125", "2000000160", "2000135999", "2000156539", "2000172969", "2000202369", "2000204803",
                  "2000265607", "2000306265", "2000429651", "2000539317", "2000570511", "ЦТ0027566", "ЦТ0040573",
                  "ЦТ0045065"],
            perekrestok=["2047206", "3016147", "3029014", "3193489", "3389322", "3412258", "3419671", "3467275",
                         "3674577", "3677986", "4072721", "4105769", "4199312", "4259097", "4259098", "4297819",
                         "4331497", "4331500", "4331515", "4331518", "78193"]),
         "mayonnaise whose title says Провансаль and exactly 67 % (incl. Провансаль оливковый / с лимонным соком / с "
         "маслом авокадо and the «Московский Провансаль» line); 50.5 %/55 %, «сметанный», titles without a fat value "
         "(Махеевъ 655 мл, ЯЛГ Московский Провансаль 700 г) and 67 % mayonnaises not called Провансаль (Heinz "
         "Классический, Слобода Оливковый, «на перепелиных яйцах», ЯЛГ «Чистый») excluded"),
        ("аджика острая", acc(
            magnit=["dbcdd7821e"]),
         "ready adjika (Томат Регион «АДЖИКА» 120 г; adjika is a hot sauce by definition, so the missing word "
         "«острая» is not held against it — outside knowledge); dry «Смесь для аджики», «Кабачки в аджике» and "
         "Помидорка «Кетчуп Аджика» excluded"),
        ("соус ткемали из красной сливы", NONE,
         "the only tkemali is Кинто «Ткемали классический» (Магнит), whose plum colour is not stated; excluded "
         "because red-plum tkemali was asked for"),
        ("укроп свежий пучок 1", NONE,
         "no fresh dill in any store (only dill-flavoured goods and seeds/dried)"),
    ]),
    # fzc10 beef shashlik
    ("говядина на шашлык, маринад для шашлыка готовый, уксус 9 процентов для маринада", [
        ("говядина на шашлык", acc(
            perekrestok=["3697004", "3917642", "3077141", "1036", "4008468", "4314598", "3697006", "1038",
                         "4373861"]),
         "raw boneless beef pieces of the tender hip/loin cuts used for shashlik (мякоть бедра, огузок, антрекот "
         "без кости, филей верхней части бедра, духовая без кости, мраморная мякоть) — which cuts suit shashlik is "
         "outside knowledge. Excluded: bone-in cuts, шейная часть, грудинка, голень, гуляш (stewing pieces), фарш, "
         "portioned steaks (Мачете, Фланк, Рибай, Пеппер, Тендер), Кебабчичи, ready dishes"),
        ("маринад для шашлыка готовый", acc(
            magnit=["5b67a944cd"]),
         "ready shashlik marinade (Махеевъ 300 г); dry seasonings «для шашлыка» (Kotanyi, Восточный гость) and "
         "shashlik ketchups excluded"),
        ("уксус 9 процентов для маринада", NONE,
         "only a 6 % grape vinegar exists (Перекрёсток); 9 % is respected"),
    ]),
    # fzc11 hot dogs
    ("сосиски молочные какие подешевле, булочки для хотдога, heinz кетчуп томатный, жигулевское пиво в банках", [
        ("сосиски молочные какие подешевле", acc(
            pyaterochka=["16676bb3f8"],
            magnit=["c890078deb", "b2525e4143", "f72f36dddd", "1752cd8c83"],
            dixy=["2000300143", "2000322511", "2000125037", "2000602632", "2000572752", "2000600471"],
            perekrestok=["3416253", "3464086", "3390152", "4276248", "4329781", "3198697", "4175216", "4100629"]),
         "sausages named «Молочные» of any maker and meat (incl. Индилайт turkey «Молочные» and the 100 g weighed "
         "cards); the price wish is not a filter. Вязанка «Молокуши», Окраина «с натуральным молоком», сливочные "
         "and other sausages excluded"),
        ("булочки для хотдога", acc(
            perekrestok=["4317073"]),
         "hot-dog buns (Маркет «Булочка для хот-дога» 4 шт); burger buns, brioche and sweet buns excluded"),
        ("heinz кетчуп томатный", acc(
            pyaterochka=["2157309"],
            dixy=["2000033799", "2000538777"],
            perekrestok=["4116830", "4154517", "4157702", "4274973", "4295651"]),
         "Heinz tomato ketchup of any size, incl. «Кетчуп Heinz Pikador томатный» (title names Heinz); other Heinz "
         "ketchups (острый, шашлык, итальянский, чеснок), Дикси «Pikador Томатный» (no Heinz in the title) and other "
         "brands excluded"),
        ("жигулевское пиво в банках", NONE,
         "no «Жигулёвское» beer in any store; Магнит «ЖИГУЛИ Барное» is a different brand (and no title says can), "
         "excluded"),
    ]),
    # fzc12 chicken thighs in kefir
    ("бедро куриное без кости, кефир 2.5% для маринада, лук красный", [
        ("бедро куриное без кости", acc(
            dixy=["2000581594"],
            perekrestok=["2160048", "78004576", "3683728"]),
         "raw boneless chicken thigh («Филе бедра»); bone-in thighs (Магнит Петелинка, Петруха, «гриль») excluded as "
         "«без кости» was written"),
        ("кефир 2.5% для маринада", acc(
            magnit=["1000139426", "1000350608", "1000439735", "1000451590", "1899800689", "1899912534", "8000033639",
                    "610b0779be"],
            dixy=["2000560991", "ЦТ0028202"],
            perekrestok=["2093082", "2173827", "3386041", "3429041", "3491537", "3604726", "4137919", "4229630",
                         "4233125", "4245052", "4263418", "4280483", "4280893"]),
         "kefir labelled exactly 2.5 % (2,5 %), any size; 1 %, 3.2 %, 3.2-4 % and kefir products/drinks excluded"),
        ("лук красный", acc(
            perekrestok=["3016771"]),
         "fresh red onion («Лук репчатый красный»); yellow onions excluded"),
    ]),
    # fzc13 lamb
    ("баранина для шашлыка, кинза свежая, гранатовый сок", [
        ("баранина для шашлыка", NONE,
         "no lamb/mutton in any store (only pet food «ягнёнок» and Мираторг Кебабчичи beef-and-lamb mince, excluded)"),
        ("кинза свежая", acc(
            dixy=["2000603793"]),
         "fresh coriander (Дикси «КИНЗА 1 УПАКОВКА 75Г»); ground coriander and goods flavoured with кинза excluded"),
        ("гранатовый сок", acc(
            pyaterochka=["40350"],
            magnit=["9c8f954bbb", "1af6e004b6"],
            perekrestok=["3661182", "3165884", "3497974", "4222320", "3497977", "3427396", "2045973", "3684607",
                         "4331160", "4331161", "4100581", "4145061"]),
         "single-fruit pomegranate juice, restored or direct, any size, incl. children's (Nar) and Barinoff «с "
         "сахаром»; mixed juices (ананас-апельсин-гранат), сокосодержащие напитки (Santal, Любимый), nectars and fresh "
         "pomegranates excluded"),
    ]),
    # fzc14 grilled vegetables
    ("шампиньоны 500 г, кабачок молодой, баклажаны 2 шт, масло оливковое", [
        ("шампиньоны 500 г", acc(
            magnit=["4de59ad542"],
            dixy=["DI00079986", "1100074529", "2000332389", "2000088639", "ЦТ0046651"],
            perekrestok=["4270844", "4051468", "59120", "4280106", "3669839", "2071820", "3685051", "4136012",
                         "3622668", "3683919", "3652049", "4355283", "3950281", "6176"]),
         "fresh champignons, loose or in trays of any size («500 г» of a weighed good is a quantity), incl. "
         "королевские, мини, микс, кубики/резаные 300 г trays, «свежие нарезанные», Маркет «для гриля» 700 г and "
         "Зелёная Линия органик 350 г (taken as fresh). Excluded as canned (as in set g): Пятёрочка ДСК 400 г, "
         "Lutik/Bonduelle/Pucci/Бояринъ, Маркет/Пр!ст «резаные» 400 г, Lorado; also marinated, frozen, «по-корейски» "
         "and the cooked «Шампиньоны-гриль с зеленью»"),
        ("кабачок молодой", NONE,
         "no fresh courgette in any store (only frozen cut, кабачковая икра, purées)"),
        ("баклажаны 2 шт", NONE,
         "no fresh aubergine in any store (Магнит «Баклажаны на гриле» is a jar, excluded)"),
        ("масло оливковое", acc(
            pyaterochka=["3015194"],
            dixy=["2000347675", "2000534311", "2000580611", "2000580797", "2000580798", "T000000850", "T000000852"],
            perekrestok=["19133", "2085912", "2153521", "2153522", "2153523", "25931", "27062", "3336247", "3444926",
                         "3444927", "3500363", "3501258", "3501259", "3501543", "3617469", "3660319", "3666262",
                         "3681164", "3958631", "4063916", "4130610", "4137208", "4182485", "4197654", "4218015",
                         "4220908", "4220922", "4261313", "4321136", "4333525", "4343608", "4343609", "4353762",
                         "4354006", "4361247", "4365079", "61549", "61550", "7581"]),
         "any olive oil: extra virgin, unrefined, refined, pomace and refined+virgin blends, spray; flavoured olive "
         "oils (с чесноком, с лимоном, трюфель), sunflower oils «с добавлением оливкового», seafood «в масле» and "
         "cosmetics with olive oil excluded"),
    ]),
    # fzc15 road-trip drinks
    ("вода негаз 5л, черноголовка лимонад 2 л, холодный чай lipton лимон", [
        ("вода негаз 5л", acc(
            magnit=["7f00277465", "daea15c2c5", "c0d204fa30"],
            dixy=["2000337258", "2000264455", "2000311289", "2000145479", "2000601611"],
            perekrestok=["2504", "3462773", "3217460", "4264399", "3674373", "3373718", "43693", "4263871",
                         "4231308"]),
         "still drinking water in 5 l bottles, incl. children's water (Фрутоняня, Аквалайн «Для ляль», Черноголовка "
         "Бэйби, Кидси — still water, as children's milk counts as milk) and 5 l bottles whose title does not say "
         "негазированная (Источник здоровой жизни, Виста, Люкс «с тарой» — 5 l bottles are still, outside knowledge); "
         "smaller bottles and sparkling/mineral water excluded"),
        ("черноголовка лимонад 2 л", NONE,
         "Черноголовка classic «Лимонад» in 2 l is in no store (only Буратино 2 л, Лимон Лайм 1 л, Лимон 0.5 л, "
         "Байкал/Дюшес/Тархун); as in set d a brand plus «лимонад» means the classic flavour, and 2 l is respected; "
         "Пр!ст/Маркет 2 l lemonades are other brands"),
        ("холодный чай lipton лимон", acc(
            dixy=["2000285268"]),
         "Lipton ice tea lemon (Дикси 1.5 l); Lipton peach, Lipton green ICE TEA without a flavour, Святой источник "
         "lemon tea and Нести excluded"),
    ]),
    # fzc16 fire and rubbish
    ("фольга для гриля, пакеты для мусора 60л, спички самые дешевые, зажигалка", [
        ("фольга для гриля", NONE, "no aluminium foil in any store"),
        ("пакеты для мусора 60л", acc(
            magnit=["bf68e14036"]),
         "rubbish bags of 60 l (Магнит «Мешки для мусора … 60л»)"),
        ("спички самые дешевые", NONE, "no matches in any store; the price wish is not a filter"),
        ("зажигалка", NONE, "no lighters in any store"),
    ]),
    # fzc17 Georgian picnic
    ("купаты куриные, сулугуни на гриль, лепешки, яйца куриные с1 10 шт", [
        ("купаты куриные", NONE,
         "the only купаты (Магнит «Купаты ПИКНИЧОК») do not say chicken; excluded because «куриные» was written"),
        ("сулугуни на гриль", acc(
            magnit=["1000368974", "6d81c195d5"],
            perekrestok=["4133358"]),
         "suluguni cheese of any form (weighed 45 %, 100 g, Зелёная Линия 280 г); the purpose «на гриль» is not a "
         "filter; other cheeses excluded"),
        ("лепешки", acc(
            perekrestok=["78030338"]),
         "flatbread sold as «Лепёшка» (с чесноком из тандыра); Перекрёсток «Лепёшка сырная с зеленью и чесноком» "
         "excluded as a cheese-filled pastry rather than bread; lavash and pita not asked for"),
        ("яйца куриные с1 10 шт", acc(
            magnit=["1000247384", "1000247393", "2047000033", "3454700001", "e5202b5cfd"],
            dixy=["1041042135", "2000139399", "2000238733", "2000269323", "2000588991", "2000596671"],
            perekrestok=["2109476", "2131763", "3001671", "3182856", "4085791"]),
         "hen eggs of class С1 (incl. Latin «C1» and «1 категории») in packs of 10; С0/СО/отборные, С2, высшая "
         "категория, packs of 6/15/20/30 and Kinder eggs excluded"),
    ]),
    # fzc18 dacha style
    ("картофель молодой 2 кг, сало соленое кусочком, хлеб черный подешевле", [
        ("картофель молодой 2 кг", NONE,
         "no title says young potatoes; ordinary, Бэби, для жарки/варки potatoes and batata excluded, as is the cooked "
         "«Картофель молодой … запеченный»"),
        ("сало соленое кусочком", acc(
            dixy=["2000601572"],
            perekrestok=["4280740"]),
         "salted pork fat in a piece: Зелёная Линия «Сало из свиного шпика с черным перцем и чесноком» 100 г and "
         "Мясоедов «Шпик бутербродный с чесноком» 200 г (taken as a salted piece, outside knowledge); the "
         "seasonings are not held against them. Бекон, грудинка excluded"),
        ("хлеб черный подешевле", acc(
            magnit=["6929a8d5f0"],
            dixy=["2000195093"],
            perekrestok=["4149554", "3382146", "4329404", "3974719", "3931337", "3945535", "3126329", "3974720",
                         "4074396", "3627134", "4148558", "3658457", "2060872", "4276930", "3953836", "3455614",
                         "3631465", "3624125", "2000243", "3617422", "4354623", "4049144", "4164733", "2053660",
                         "3634576", "3965436", "78034786", "2024150", "4361611"]),
         "rye and rye-wheat («black») bread: titles saying ржаной/ржано-пшеничный, Бородинский, Дарницкий, plus "
         "(outside knowledge) Столичный, Дарница «Двинский заварной», Ржаной Край classic and «заварной» and the "
         "Westphalian Pumpernickel; the price wish is not a filter. Excluded: wheat and unstated breads (Измайловский, "
         "Крестьянский, Ароматный, Боярский, солодовый, Ржевский), Ржаной Край «зерновой», Даниловский «зерновой», "
         "rye bread with raisins, rye crispbread («вафельный ржаной»), хлебцы"),
    ]),
    # fzc19 fish on the grill
    ("стейк семги, лимончики пару штук, соус терияки", [
        ("стейк семги", acc(
            perekrestok=["4336040", "2068358"]),
         "salmon steaks: «Лосось … атлантический сёмга стейк» (frozen) and «Лосось Чили стейк» (outside knowledge: "
         "Chilean farmed salmon is Atlantic salmon = сёмга). Smoked/salted salmon, fillet slices, spreads, olives "
         "«с лососем» excluded"),
        ("лимончики пару штук", acc(
            dixy=["10E0074364"],
            perekrestok=["1536", "3677353", "3148269", "49780"]),
         "fresh lemons, loose or in packs of 2; «пару штук» is a quantity. The lime-lemon mix, ginger-lemon sets and "
         "lemon-flavoured goods excluded"),
        ("соус терияки", NONE,
         "no teriyaki sauce in any store (only ready dishes and cashews «в соусе терияки»)"),
    ]),
    # fzc20 driver's drinks
    ("безалкогольное пиво, очаковский квас 2 литра, адреналин раш 0.5", [
        ("безалкогольное пиво", acc(
            magnit=["58f80cdc50"]),
         "alcohol-free beer (Stella Artois светлое безалкогольное); flavoured alcohol-free beer drinks (Amstel лайм-"
         "мята/малина-лайм/апельсин, Балтика №0 малина/гранат, Hollandia малина-мята) excluded, as flavoured beer "
         "drinks are excluded from «пиво» in real_basket_eval"),
        ("очаковский квас 2 литра", NONE,
         "no Очаково kvass in any store; Русский узор 2.5 л and Зелёная Линия «Медовый» are other brands"),
        ("адреналин раш 0.5", acc(
            dixy=["2000542794"],
            perekrestok=["4206324"]),
         "Adrenaline Rush in the 0.449 l can, taken as the «0.5» a driver means (it is the brand's big can; no 0.5 l "
         "exists) — a judgement; the sugar-free version is accepted (Дикси «Adrenaline без сахара» taken as "
         "Adrenaline Rush, as in set zh). Other energy drinks excluded"),
    ]),
    # fzc21 kebab evening
    ("люля кебаб, сацебели, огурцы маринованные", [
        ("люля кебаб", acc(
            perekrestok=["4319416", "4332167"]),
         "lyulya kebab, raw («Люля-кебаб мясной из говядины рубленый … охлаждённый») and the ready Шеф Перекрёсток "
         "«Люля-кебаб с говядиной» 150 г; Мираторг «Кебабчичи», «Кебабы мясные с картофелем» and chicken «Кебаб» "
         "ready meals excluded"),
        ("сацебели", acc(
            pyaterochka=["9238"],
            magnit=["235b5c46db"]),
         "satsebeli sauce (Кинто «Сацебели», incl. the «охотничий» variant); ready meals «с соусом Сацебели» excluded"),
        ("огурцы маринованные", acc(
            pyaterochka=["3231209"],
            magnit=["b83846e7e3", "ec376f9811", "e8630c700b", "adb393075f", "7c2811d92a"],
            dixy=["2000200415", "T000005987", "2000208489", "2000348876", "2000180487", "2000148383"],
            perekrestok=["4265436", "3180523", "3662073", "4061841", "4106670", "2050041", "4367072", "4307368",
                         "3472384", "4121991", "4061853", "4379606", "3976234", "4343529", "3504166", "4078446",
                         "3499242", "71250", "2101582", "4107404", "4321954"]),
         "marinated cucumbers and gherkins whose title says маринованные, plus Дядя Ваня «По-французски» корнишоны "
         "and «По-берлински» огурчики (Дикси titles the same products «маринованные»). Excluded: salted/бочковые/"
         "малосольные cucumbers, vegetable assortments, jars whose title does not say marinated (Скатерть-Самобранка "
         "корнишоны 720 мл, Шесть соток «хрустящие», Закарпатские, Globus, Лукашинские «По-старорусски»), fresh "
         "gherkins 300 г"),
    ]),
    # fzc22 hygiene on the road
    ("бумажные салфетки белые, скатерть одноразовая, туалетная бумага 4 рулона в дорогу, антисептик для рук", [
        ("бумажные салфетки белые", NONE,
         "no white paper napkins: Home Story «киви» 20 шт (green) and Wellfort «Барокко в асс.» (patterned) excluded "
         "because «белые» was written; Zewa facial tissues are not napkins"),
        ("скатерть одноразовая", NONE, "no disposable tablecloths (Скатерть-Самобранка is a food brand)"),
        ("туалетная бумага 4 рулона в дорогу", acc(
            magnit=["11634cf6c9", "e01188fba0", "be21812bf9", "24f2c70304", "b0339ecad9", "f88b88076f", "0f9bdfbe08",
                    "475d902330"],
            dixy=["2000294361", "2000142974"]),
         "toilet paper in packs of 4 rolls (a count that names the pack); packs of 6/8/12 rolls and Мон Рулон wet "
         "toilet paper (80 sheets) excluded; «в дорогу» is a purpose"),
        ("антисептик для рук", acc(
            magnit=["529fbeab5e", "304cd42c6f", "4009f7c096"]),
         "hand antiseptics (Санителль, Ла Фреш «гель для рук антисептический», Магнит гель для рук «с "
         "антисептическим эффектом»); surface disinfectants (Lysol, Санфор) and antibacterial wet wipes excluded"),
    ]),
    # fzc23 smoked sausages and bread
    ("охотничьи колбаски, горчица медовая, батон нарезной к сосискам, помидоры розовые на салат", [
        ("охотничьи колбаски", acc(
            pyaterochka=["3385825"],
            magnit=["704a1e1642"]),
         "Охотничьи колбаски (МДБ п/к 230 г, Дмитрогорский 100 г card); Дикси Царицыно «Колбаса Охотничья» "
         "сырокопченая excluded (a колбаса, not колбаски), Кинто «охотничий» sauce and Охотничий cheese excluded"),
        ("горчица медовая", acc(
            perekrestok=["3434688"]),
         "honey mustard (Столичная «С мёдом»); honey-mustard sauces and dressings excluded"),
        ("батон нарезной к сосискам", acc(
            perekrestok=["2065120", "3680023", "4102687", "4329402"]),
         "the loaf type «Нарезной» (Коломенское, Пр!ст классический, Маркет Перекрёсток, Маркет улучшенный); other "
         "batons (Утренний, Отрубной, Молочный, Горчичный, Зерновой, Новый, к завтраку, plain «Батон») excluded even "
         "when sliced («нарезка» ≠ «нарезной»)"),
        ("помидоры розовые на салат", acc(
            dixy=["D000004968"],
            perekrestok=["3695580", "21292", "3383465"]),
         "fresh tomatoes titled розовые; red, yellow, cherry, Кумато and tomatoes of unstated colour (Бычье сердце, "
         "Голубая Леди, Махитос) excluded"),
    ]),
    # fzc24 car snacks 2
    ("крекер, сушечки с маком в дорогу, печенье юбилейное молочное в дорогу, орбит жвачка мята", [
        ("крекер", acc(
            magnit=["9594d52eb0", "896bbb8390", "5f22aa6eec"],
            dixy=["2000215277"],
            perekrestok=["3329546", "4050551"]),
         "crackers of any flavour (Бэйкер Хаус, Скрепыши, Tuc, Смайл Пр!ст); chocolate bars «с крекером» excluded"),
        ("сушечки с маком в дорогу", acc(
            magnit=["99f439b486"]),
         "poppy-seed сушки (Невская сушка «Сушки-мини маковые»); plain/sugar-free сушки and Тараллини excluded"),
        ("печенье юбилейное молочное в дорогу", acc(
            magnit=["4ecdd613ad", "68b382d22e"]),
         "Юбилейное «Молочное» biscuits incl. «Молочное с глазурью»; Юбилейное традиционное, «витаминное с "
         "глазурью» (not молочное) and овсяное excluded"),
        ("орбит жвачка мята", NONE,
         "Orbit exists only as гранат-малина and арбуз, so the mint flavour is missing everywhere"),
    ]),
    # fzc25 grill extras
    ("кукуруза в початках, халуми, овощи гриль замороженные, шпажки деревянные", [
        ("кукуруза в початках", NONE,
         "no corn on the cob in any store (only canned sweet corn and corn snacks)"),
        ("халуми", acc(
            magnit=["1000372106"],
            perekrestok=["4282006"]),
         "halloumi cheese (Бутербродов «Халуми … для жарки», Зелёная Линия «Сыр Халуми для жарки»)"),
        ("овощи гриль замороженные", NONE,
         "no frozen grilled vegetables (only frozen mixes Каталонская/Мексика/Итальянская, not grilled, and a jar "
         "«Баклажаны на гриле»)"),
        ("шпажки деревянные", NONE, "no skewers in any store"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fzc"))
