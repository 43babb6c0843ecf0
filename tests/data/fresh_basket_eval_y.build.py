#!/usr/bin/env python3
"""Re-create fresh_basket_eval_y.jsonl -- festive-table shopping lists (New Year, a birthday, a name day)
hand-labelled against the real offers in real_offers_g.jsonl (see real_offers_g.SOURCES.md).

Stdlib only, deterministic.  Run from anywhere:

    python3 fresh_basket_eval_y.build.py

LISTS below is literal data: 25 festive lists (2-5 items, 85 items) as a shopper would type them to a
Telegram bot -- salads (оливье, шуба, мимоза, крабовый, цезарь), cold cuts and cheese plates, caviar and
fish, hot dishes, drinks, cake and fruit -- and for every item the product ids of every store that a
reasonable shopper who wrote exactly that item would accept.  The lists were written blind first
(fresh_basket_eval_y.blind_lists.txt) and labelled afterwards.  Candidate titles were grepped broadly in
real_offers_g.jsonl (stems, synonyms, the chains' abbreviations, Latin and Cyrillic brand spellings,
ё/е, Latin look-alike letters inside Cyrillic words) and read one by one; every item was then re-checked
against all titles matching its stem that were not accepted.  The note of each item records what was
accepted, what was deliberately left out and any judgement that rests on outside knowledge.  An empty
list means the store has nothing acceptable (the item is "missing" there).  The labels were made without
reading korzina's matcher, its data files or any other labelled set.

The script only checks the data -- every id exists in real_offers_g.jsonl *for that store* and is in
stock (``available`` true), no id is repeated within an item, every item has a note, and the labels
are exactly the list's items in order (an item is the text between commas / new lines) -- and then
writes the JSONL in the format of real_basket_eval.jsonl.  List ids are fy01, fy02, ... in LISTS
order; every list is in split "fresh".
"""
import os

from labelled_lists import build, stats  # this directory

HERE = os.path.dirname(os.path.abspath(__file__))
OFFERS = os.path.join(HERE, "real_offers_g.jsonl")
OUT = os.path.join(HERE, "fresh_basket_eval_y.jsonl")

# (text as typed, [(item label as written, {store: [acceptable product ids]}, note), ...])
LISTS = [
    # fy01
    ("колбаска докторская на оливье, горошек консервированный пару банок, огурцы маринованые корнишоны, майонез махеев 67%", [
        ("колбаска докторская на оливье", {
            "pyaterochka": ["3636156"],
            "magnit": ["4204e62e10", "892b23214a", "352b78741a", "0406a2a7ef", "c9c2b3f600", "6e16b1777a",
                       "89c39c317d", "fa414b5a8d", "47bbbb5374", "fa236141ca", "233ff452a9", "80689e53b3",
                       "0505750ecb"],
            "dixy": ["2000404595", "2000556092"],
            "perekrestok": ["3385812", "2170372", "3434232", "4312573"],
        }, "Doctor's boiled sausage (Докторская) of any brand and form incl. ГОСТ, «Особая», нарезка, мини; the "
           "purpose «на оливье» is not a filter; Рублёвский «Докторские» sausages (сосиски) excluded"),
        ("горошек консервированный пару банок", {
            "pyaterochka": [],
            "magnit": ["7e3054a87f", "118e7a3919", "334fc1acba", "02059b03ae", "68a96163bf", "08e4c89d92",
                       "077ca9bca9"],
            "dixy": ["2000163949", "2000313828", "1100075857", "10A0036580", "2000313797", "2000189884",
                     "2000118079", "0230306094"],
            "perekrestok": ["4004677", "27460", "16791", "3951175", "4283761", "4059535", "3635251", "3483842",
                            "19134", "4206921", "3628006", "77114", "32340", "4188483", "4011800", "3504837",
                            "4192227", "3447858", "4273266", "4274246", "3350744", "3360308", "3026306",
                            "4380317", "4211849", "2035571"],
        }, "canned green peas of any brand/size (incl. the 4.15 kg Бояринъ tin and Cyrillic «БОНДЮЭЛЬ» titles); "
           "frozen peas, Bonduelle Expert «с морковью» (mixed), Перекрёсток «Горошек сладкий» (fresh sugar "
           "peas), microgreens, black pepper «горошек» and dog food «с горошком» excluded"),
        ("огурцы маринованые корнишоны", {
            "pyaterochka": ["3231209", "3015661"],
            "magnit": ["b83846e7e3", "d77cad8396", "ec376f9811"],
            "dixy": ["2000180487"],
            "perekrestok": ["4265436", "3180523", "3662073", "4061841"],
        }, "marinated gherkins: titles naming «корнишоны» that are marinated or unstated jars (Eко Закарпатские, "
           "Скатерть-Самобранка 720 мл, Дядя Ваня По-французски); ordinary marinated cucumbers not called "
           "корнишоны (variety written), salted корнишоны, Дикси fresh «Огурцы корнишоны, в упаковке», Шесть "
           "соток «Ассорти черри/корнишоны» excluded"),
        ("майонез махеев 67%", {
            "pyaterochka": [],
            "magnit": ["1000077734", "2c23c84574"],
            "dixy": ["ЦТ0040573"],
            "perekrestok": ["2047206"],
        }, "Махеевъ mayonnaise labelled 67% (all are Провансаль с лимонным соком); Махеевъ 50.5% mayonnaises, "
           "Перекрёсток Махеевъ 655 мл without a fat % on the title, Махеевъ ketchups/jams/mustard excluded"),
    ]),
    # fy02
    ("селедка филе в масле, свеколка 1 кг, лук репка 1 кг, майонез провансаль подешевле", [
        ("селедка филе в масле", {
            "pyaterochka": [],
            "magnit": ["d1c803816b"],
            "dixy": ["2000162753", "2000322886", "2000236692", "2000242531", "2000179260", "2000309903"],
            "perekrestok": ["3345483", "3682728", "3622072", "3622071", "79543", "3683742", "2168484",
                            "3683735", "3463465", "3993017", "4322376", "4323336", "4275608", "4366965",
                            "4159336"],
        }, "herring fillet (филе / филе-кусочки) in oil, incl. with dill/spices/«с дымком» and «в масляной "
           "заливке»; herring in mayonnaise, wine, tomato or mayonnaise-mustard sauce, marinade По-шведски, "
           "cold-smoked fillet, whole/unfilleted herring, Викинг «По-польски в масле с лучком и томатом» (a "
           "sauce dish), Санта Бремор «Популярное» and «Матиас свежая зелень» (oil not stated) and the salad "
           "«Сельдь под шубой» excluded"),
        ("свеколка 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000153342", "2000414083", "DI00079991"],
            "perekrestok": ["45532", "2140811", "2140807", "4208428", "92844", "2143053", "786", "3635806",
                            "3635805", "3635807", "49505", "3378167", "13998", "4375880", "3368257", "82265",
                            "3625863", "4299508", "3444580"],
        }, "beetroot as a vegetable: fresh (loose, packed, young, bunched, peeled, cut) and plain boiled beet "
           "(whole, кубик, соломка) — both fit шуба; marinated beet, beet salads, Korean beet, dried snack, "
           "мангольд, seeds, chips and sugar excluded; «1 кг» is the quantity"),
        ("лук репка 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074356", "2000270979"],
            "perekrestok": ["45463", "3969", "3016771", "81209", "3016772", "3368253"],
        }, "fresh bulb onion (Лук репчатый loose, in net, packed, peeled, red onion included — «репка» = bulb "
           "onion); dried/ground onion, onion-ring snacks and лукум excluded"),
        ("майонез провансаль подешевле", {
            "pyaterochka": [],
            "magnit": ["1000077733", "1000498096", "d8bbb63f48", "1000558908", "1000077734", "ddda8365b8",
                       "2c23c84574", "53cac67445", "1799700138", "1000501598", "1000554514", "1000556519",
                       "1000556521", "56ff8ec751", "7d31b46ae3", "1000277219", "1000169172", "f0f427f9d4",
                       "8000045827", "1000233673", "1728400030", "1000179908", "da818e4a20", "7a519275b4",
                       "1000422623", "1000014596", "1000356802", "1000348713"],
            "dixy": ["2000570511", "T000005518", "ЦТ0040573", "2000593851", "2000409572", "ЦТ0027566",
                     "2000204803", "2000156539", "2000265607", "1100075125", "2000000160", "2000135999",
                     "ЦТ0045065", "2000429651", "2000539317", "2000602611", "2000202369", "2000306265",
                     "2000172969"],
            "perekrestok": ["3412258", "4072721", "2047206", "4339442", "4259098", "4259097", "4297819",
                            "3677986", "4331515", "4331518", "4331533", "4331500", "4331497", "3016147",
                            "3467275", "3419671", "3674577", "3193489", "78193", "3389322", "4199312",
                            "3029014", "4112954", "4105769"],
        }, "mayonnaise whose title says «Провансаль» (any brand, fat %, flavour variant: с лимонным соком, "
           "оливковый, на перепелиных яйцах, сливочный, сметанный); mayonnaises not called Провансаль "
           "(Классический, Оливковый, Московская without «провансаль», Heinz), mayonnaise-type sauces excluded; "
           "«подешевле» is a wish"),
    ]),
    # fy03
    ("сайра в масле 2 банки\nсыр российский грамм 300\nморковь 3 штуки\nяйца с1 два десятка", [
        ("сайра в масле 2 банки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "canned saury in oil — no saury at all in any store (absent everywhere); other canned fish not "
           "accepted"),
        ("сыр российский грамм 300", {
            "pyaterochka": [],
            "magnit": ["1000316962", "f6d00325e6", "1000057898", "8000046707"],
            "dixy": ["2000397412", "2000209050"],
            "perekrestok": ["3668882", "3629975"],
        }, "Российский cheese of any brand/form (piece, весовой, слайсы, «молодой»); «грамм 300» is the "
           "quantity; Продукт «По-Российски» on vegetable fat, cognac/tea/cocoa «российский» excluded"),
        ("морковь 3 штуки", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["ЦТ0036199", "DI00078733"],
            "perekrestok": ["4191099", "3444579", "3463356", "19345", "3368256", "60529", "4299784"],
        }, "carrots as a vegetable: fresh (loose, washed, mini, «для сока» 1 кг) and Дмитровские plain boiled "
           "peeled carrot (fits мимоза); Korean carrot salads, carrot juice/puree, mixes, dried, seeds, pet food "
           "excluded"),
        ("яйца с1 два десятка", {
            "pyaterochka": [],
            "magnit": ["3454700001", "e5202b5cfd", "1000247384", "44e0856421", "2047000033", "1000247393"],
            "dixy": ["2000588991", "2000596671", "2000269323", "2000238733", "2000139399", "1041042135"],
            "perekrestok": ["3001671", "4088955", "2109476", "4085791", "2131763", "3950938", "3182856"],
        }, "hen eggs of class С1 / «1 категории» in packs of 10 or 20 (= two dozen as 2×10 or 1×20); "
           "С0/СО/отборные, С2, 6/15/30 packs, quail eggs excluded"),
    ]),
    # fy04
    ("икра горбуши 140г, масло слив. 82.5 пару пачек, багет", [
        ("икра горбуши 140г", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "pink-salmon (горбуша) caviar in a 140 g pack — the only горбуша caviar (Дикси Московский "
           "рыбокомбинат) is 90 g, so the written pack size is not met (absent everywhere); «ИКРА "
           "КРАСНАЯ»/«лососевая» without species, trout caviar and vegetable «икра» excluded"),
        ("масло слив. 82.5 пару пачек", {
            "pyaterochka": ["3026226"],
            "magnit": ["6b22928df7", "1000084229", "1000312970", "1000026602", "1000458136", "86326346d1",
                       "1000433642", "1000151122", "8000045816", "1000521208", "4fc2d8c8ad", "1000070643",
                       "1899900309", "1000566266"],
            "dixy": ["2000186964", "2000575412", "2000604391", "2000588791", "2000509906", "2000581831",
                     "DI00080070", "2000602271", "2000605413", "10J0079578"],
            "perekrestok": ["4175276", "3999749", "3413519", "3643092", "34890", "3628337", "4260609",
                            "3026226", "4113532", "3434127", "3612778", "4310021", "4055506", "86149",
                            "3369241", "3698785", "3287314", "3396544", "3657363", "4292462", "4343792",
                            "3699369", "4196090", "3953367", "4135603", "3922315", "3654551"],
        }, "butter labelled exactly 82.5% (сливочное / сладко-сливочное, salted/unsalted, lactose-free; "
           "Пятёрочка «ТЫС.ОЗЕР Масло сл/слив.82,5%»); butter 82% (Arla Natura, President, Молочный знак 82%, "
           "Киприно, JALO KERMA м.д.ж. 82%), 72.5%, chocolate butter, spreads and «со сливочным маслом» foods "
           "excluded"),
        ("багет", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["78007697", "78001023", "78010859"],
        }, "plain baguettes (Парижский, Традиционный, Багет 230 г); garlic baguettes, Магнит «Багет ПИКАНТНЫЙ» "
           "(flavoured) and croutons «Багет» excluded"),
    ]),
    # fy05
    ("сырокопченая колбаса нарезка, сервелат финский, ветчинка в нарезке, буженина", [
        ("сырокопченая колбаса нарезка", {
            "pyaterochka": [],
            "magnit": ["985a580a4d", "4a8c9560a0", "06d16516c6", "2dbd01217d", "403c330318", "e1bb99c49a",
                       "21cb360c4b"],
            "dixy": ["2000558771", "2000603172", "2000402841"],
            "perekrestok": [],
        }, "sliced (нарезка) cold-smoked sausage/salami incl. assorted sausage slices; whole sticks (not "
           "sliced), сыровяленая sausages (different process, e.g. ЕКГФ с трюфелем), non-sausage cuts "
           "(шейка/балык, хамон, bacon, carpaccio) and meat chips excluded"),
        ("сервелат финский", {
            "pyaterochka": ["0da064a041"],
            "magnit": ["8ee202a921"],
            "dixy": ["2000422431"],
            "perekrestok": ["4323441"],
        }, "Сервелат Финский of any brand; other cervelats (Зернистый, Кремлёвский, Мускатный, Московский, "
           "Карельский…) excluded"),
        ("ветчинка в нарезке", {
            "pyaterochka": [],
            "magnit": ["f40c256f93"],
            "dixy": [],
            "perekrestok": [],
        }, "ham explicitly sliced («нарезка»); whole/unstated ham loaves (Великолукский, Вязанка Столичная, "
           "Зелёная Линия 120 г) and foods «с ветчиной» excluded"),
        ("буженина", {
            "pyaterochka": ["78001511"],
            "magnit": ["265a654f0b"],
            "dixy": [],
            "perekrestok": ["4326209"],
        }, "baked pork буженина of any brand/size; the Kotanyi seasoning «для буженины» and croutons with "
           "буженина flavour excluded"),
    ]),
    # fy06
    ("камамбер, пармезан грамм 200, сыр с голубой плесенью, виноград без косточек кишмиш", [
        ("камамбер", {
            "pyaterochka": [],
            "magnit": ["1000280920", "8000077476", "f58b273104", "6fea2c6791"],
            "dixy": [],
            "perekrestok": ["4203083"],
        }, "Camembert cheese (any brand, 45–60%); Brie (President Petit Brie), Дикси Supreme «с белой плесенью» "
           "(not named camembert) and mayonnaise «Сдобри» (stem trap) excluded"),
        ("пармезан грамм 200", {
            "pyaterochka": [],
            "magnit": ["1000578272", "1000371470", "e7e41c2d16", "1000384143", "0dc02300a0", "b10071458c",
                       "632a4664e6", "1000526832"],
            "dixy": ["2000597551"],
            "perekrestok": ["4345021", "3496416", "3496419", "4300784"],
        }, "Parmesan-type cheese in any form (piece, весовой, grated) — the form was not written; «грамм 200» is "
           "the quantity; cream-cheese snack with parmesan and ravioli excluded"),
        ("сыр с голубой плесенью", {
            "pyaterochka": [],
            "magnit": ["4cef7f7bed", "9b0afa1bae", "1a90d33db1", "1000417247"],
            "dixy": ["2000317363"],
            "perekrestok": [],
        }, "blue-mould cheese (Блфорт, Gorgonzola-type Гальбани Пиканте, Рокфорти, Premiere of Taste, Grand "
           "Blu); white-mould cheeses, ДорБлю «крем-сыр», Президент «Снэк а ля Франсэ с плесенью» (mould type "
           "not stated), gorgonzola-in-chocolate dessert, pizzas and a mould remover excluded"),
        ("виноград без косточек кишмиш", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000599092"],
            "perekrestok": [],
        }, "fresh seedless grapes: only Дикси «Виноград Мускат, без косточки»; grapes not stated seedless (Ред "
           "Глоб, Тайфи, чёрный, Artfrut белый) and dried grapes/raisins («Виноград сушёный без косточек») "
           "excluded — the list is a cheese plate and «виноград» names the fresh fruit"),
    ]),
    # fy07
    ("семга слабосоленая нарезкой, скумбрия копченая тушка, маслины без косточки 2 банки, лимоны", [
        ("семга слабосоленая нарезкой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "lightly salted сёмга — no store has any; the frozen raw «сёмга стейк», salted trout/горбуша/кета, "
           "salmon pet food and salmon-stuffed olives excluded (absent everywhere)"),
        ("скумбрия копченая тушка", {
            "pyaterochka": [],
            "magnit": ["b80335950f"],
            "dixy": [],
            "perekrestok": [],
        }, "whole smoked mackerel: Магнит Русское море «горячего копчения» 300 g (a whole fish by its weight — "
           "outside knowledge); cold-smoked «косичка»/«кусочки», canned mackerel, frozen semi-product, "
           "Перекрёсток «Скумбрия 0.3-0.5 кг» (smoking not stated) excluded"),
        ("маслины без косточки 2 банки", {
            "pyaterochka": [],
            "magnit": ["ffc8624869", "a4c260b58b", "67a5bec16c"],
            "dixy": ["2000280423", "2000573831", "D000011668", "2000284987", "2000300243", "2000293466"],
            "perekrestok": ["3013064", "4049135", "4340423", "4340420", "4102524", "4340492", "4340498",
                            "3628531", "3468532"],
        }, "black olives (маслины) stated pitted, any brand/size; with stone, stuffed (Охибланка with "
           "salmon/feta), sun-dried in oil excluded"),
        ("лимоны", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["10E0074364"],
            "perekrestok": ["1536", "3677353", "3148269", "49780"],
        }, "fresh lemons (loose, 2-packs); lime-lemon mix, lemonades, lemon-flavoured goods excluded"),
    ]),
    # fy08
    ("свиная шея 1.5 кг, картошка мытая 2кг, сыр для запекания", [
        ("свиная шея 1.5 кг", {
            "pyaterochka": [],
            "magnit": ["afb09aae99"],
            "dixy": [],
            "perekrestok": ["912", "4363415"],
        }, "raw pork neck (шейка свиная, охлаждённая / без кости); «1.5 кг» is the quantity; marinated shashlik "
           "from pork neck and cooked-smoked шейка excluded"),
        ("картошка мытая 2кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000003215", "2000321309"],
            "perekrestok": [],
        }, "potatoes sold as washed («мытый»): Дикси white and red washed potatoes; unwashed/unstated potatoes, "
           "sweet potato, chips, fries, ready dishes excluded («мытая» was written; «2кг» is the quantity)"),
        ("сыр для запекания", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "cheese sold for baking — none in any store: mozzarella «для пиццы», halloumi «для жарки» and "
           "Hochland «Гриль Чиз» are other uses (absent everywhere)"),
    ]),
    # fy09
    ("утка целая, яблоки антоновка, клюква мороженая", [
        ("утка целая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "whole duck — no duck meat in any store (pet food, duck pâté excluded); absent everywhere"),
        ("яблоки антоновка", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Antonovka apples — no store lists Антоновка (only Зефир «Антоновка»); other apple varieties excluded "
           "(variety written); absent everywhere"),
        ("клюква мороженая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4275459", "4289122"],
        }, "frozen cranberries (Перекрёсток быстрозамороженная садовая and дикорастущая); fresh «Клюква "
           "садовая», Магнит «КЛЮКВА, 250г» (frozen or fresh not stated), dried/sugared/pureed cranberries and "
           "cranberry-flavoured goods excluded"),
    ]),
    # fy10
    ("шампанское полусладкое 3 бутылки, вино красное сухое грузинское, минералка с газом", [
        ("шампанское полусладкое 3 бутылки", {
            "pyaterochka": [],
            "magnit": ["c808d17741", "5cb7d177c0", "be45bd3a54", "6189a8f90e", "8fffc021cf"],
            "dixy": [],
            "perekrestok": ["4006571"],
        }, "white or rosé sparkling wine labelled полусладкое (Абрау-Дюрсо, Советское Шампанское, Шато Тамань, "
           "Лыхны, Lambrusco Ка Ди Валле white/rosé — sold as «вино игристое»); brut/semi-dry/sweet (Асти, "
           "Москато), red sparkling (Лыхны красное, Lambrusco красное) and chocolates with sparkling wine "
           "excluded"),
        ("вино красное сухое грузинское", {
            "pyaterochka": [],
            "magnit": ["2f74e42279", "d73ee8f4f1"],
            "dixy": [],
            "perekrestok": [],
        }, "dry red wine from Georgia (Мукузани, Саперави Хареба); Abkhazian wines (Чегем, Ашта Лаша), Саперави "
           "without a Georgian origin on the title (Вайн Гайд), Georgian semi-sweet/semi-dry reds (Киндзмараули, "
           "Хванчкара, Алазанская долина, Пиросмани) and other countries' wines excluded"),
        ("минералка с газом", {
            "pyaterochka": ["6993", "3193325"],
            "magnit": ["67c2003564", "1c2ad4b953", "2132714cae", "9d46fc2eab"],
            "dixy": ["2000188861", "ЦТ0020861", "2000211073", "2000315091", "2000283682", "10E0072597",
                     "2000015389", "2000336236", "2000295005", "2000572194", "2000346018", "2000163846",
                     "2000599872", "2000323928", "2000294825", "2000000143", "2000000144", "ЦТ0043947"],
            "perekrestok": ["54819", "4274135", "4274156", "4138195", "4358151", "88995", "74767", "56196",
                            "3485716", "2105574", "3393237", "2083111", "3977406", "3977407", "2029732",
                            "3655711", "4201131", "51503", "20676", "81004", "20389", "2075986"],
        }, "sparkling mineral water: mineral waters titled газированная, plus naturally sparkling brands whose "
           "title omits it — Боржоми/Borjomi, Ессентуки, Набеглави (outside knowledge); still mineral waters, "
           "unstated ones (Славяновская, Аш-Тау Дикси, Галерея источников, Кувака, Обуховская, Стэлмас), "
           "flavoured Боржоми Флейворд Вотер and non-mineral drinking water (Aqua Minerale, Бон Аква, Святой "
           "источник питьевая) excluded"),
    ]),
    # fy11
    ("кока кола 2л, фанта апельсин 2л, сок апельсиновый rich", [
        ("кока кола 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Coca-Cola in a 2 l bottle — only 0.33 l Coca-Cola exists (Пятёрочка), plus other brands' colas "
           "(Добрый, Черноголовка) that are not Coca-Cola; absent everywhere"),
        ("фанта апельсин 2л", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Fanta orange 2 l — only a 0.33 l Fanta can (Пятёрочка); absent everywhere; Даниссимо «Фантазия» is a "
           "stem trap"),
        ("сок апельсиновый rich", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078814"],
            "perekrestok": [],
        }, "Rich orange juice: Дикси «Rich апельсиновый 1 л»; Rich nectars, apple/tomato juices, tonics, Rich "
           "Tea, Richard tea excluded"),
    ]),
    # fy12
    ("торт медовик большой, рафаэлло коробка, чай greenfield в пакетиках", [
        ("торт медовик большой", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "a whole Медовик cake — only single Медовик pastries (90–110 g) exist at Перекрёсток, not a cake; "
           "absent everywhere"),
        ("рафаэлло коробка", {
            "pyaterochka": [],
            "magnit": ["3061e3f9c1", "1a45f76949", "795afcfbc6", "3f687c59d0"],
            "dixy": ["DI00078416", "2000016072", "2000001754", "2000320701"],
            "perekrestok": ["2157344", "18162", "3163976", "40690", "2105827", "3604056"],
        }, "Raffaello sweets of any box size, Latin or Cyrillic (Магнит «РАФФАЭЛЛО, Тортик, 200г» and Дикси "
           "«Raffaello Торт» are boxes of Raffaello sweets shaped like a cake — the titles start with «Конфеты»; "
           "outside knowledge); no other product was a candidate"),
        ("чай greenfield в пакетиках", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000289445", "2000228472", "2000000294"],
            "perekrestok": ["2042290", "3626161", "2147891", "2073803", "3378336", "2095906", "3679799",
                            "2114141", "2147890", "46398", "3450276"],
        }, "Greenfield tea in tea bags (any flavour, incl. herbal Spirit Mate; «100пак», «25х2г»); loose-leaf "
           "Greenfield (200 г, 100 г, крупнолистовой) excluded"),
    ]),
    # fy13
    ("мандарины 2кг, ананас, киви 1 кг", [
        ("мандарины 2кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["DI00078763"],
            "perekrestok": [],
        }, "fresh mandarins (Дикси «Мандарины сладкие»); mandarin drinks, olives with mandarin, dish soap "
           "excluded; «2кг» is the quantity"),
        ("ананас", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4302400", "4357277", "4099977"],
        }, "whole fresh pineapple (D12, медовый); pre-cut fresh pineapple cubes, canned, frozen, dried/candied "
           "pineapple and «Дыня Ананасная» excluded"),
        ("киви 1 кг", {
            "pyaterochka": [],
            "magnit": ["48288c27b9"],
            "dixy": ["2000313184"],
            "perekrestok": ["1532", "4177001", "4156364", "4175544", "2094491", "14017", "3638652", "4322057",
                            "3292100", "3690495", "4104587"],
        }, "whole fresh kiwi (green, gold, red, mini, boxed; Магнит «КИВИ Экстра, 3шт.»); pre-cut kiwi, fruit "
           "mixes, kiwi-flavoured goods and «Киви-киви» notebooks excluded"),
    ]),
    # fy14
    ("торт прага бабаевский, шоколад бабаевский горький, кофе молотый арабика", [
        ("торт прага бабаевский", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Прага cake (Бабаевский) — no Прага cake in any store (only ice cream «шоколадная Прага» and beer "
           "ПРАГА); absent everywhere"),
        ("шоколад бабаевский горький", {
            "pyaterochka": [],
            "magnit": ["2c5c666697"],
            "dixy": ["2000001818", "2000593171", "2000227778", "1100072978"],
            "perekrestok": [],
        }, "Бабаевский dark chocolate without additions: «Горький», «Вдохновение классический горький», «элитный "
           "75%» and «Люкс тёмный» (plain dark, 55 %+ cocoa — outside knowledge); dark chocolate with "
           "grapefruit, hazelnut or caramel crisps, sweets and bars excluded"),
        ("кофе молотый арабика", {
            "pyaterochka": ["1e481d9846"],
            "magnit": ["7d84ba5b6e", "a46592e215", "4522417a72"],
            "dixy": ["2000056820", "2000604152"],
            "perekrestok": ["4058107", "4166073", "4166074", "3606929", "3612036", "4129183", "4347224"],
        }, "ground coffee whose title says arabica (incl. «Арабика Принц Лебо мол100г» = молотый; Жокей "
           "«По-восточному, Арабика» taken as ground — outside knowledge: it is a fine-ground coffee for the "
           "cezve); ground coffee not stated arabica, beans, instant (incl. «сублимированный с молотым»), "
           "capsules and drinks excluded"),
    ]),
    # fy15
    ("батон нарезной 2 шт, масло крестьянское 72.5, икра кеты", [
        ("батон нарезной 2 шт", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2065120", "3680023", "4102687", "4329402"],
        }, "the loaf type «Батон Нарезной» (whole or pre-sliced); other батоны (Отрубной, Утренний, Горчичный, "
           "Зерновой, Молочный, к завтраку, Новый, plain «Батон 300г») and chocolate батончики excluded"),
        ("масло крестьянское 72.5", {
            "pyaterochka": [],
            "magnit": ["3181241105", "1855599920", "1844000142", "1000457493"],
            "dixy": ["2000401635"],
            "perekrestok": ["2029217", "3363741", "3645266", "3472940", "4260610", "3980020", "3423762",
                            "4035287", "3917028", "3384196", "3355277", "86150", "3226314", "3347817",
                            "2071031", "3406593", "3371288"],
        }, "Крестьянское butter labelled 72.5%; Княгининское «Крестьянское» without a fat % on the title, 82.5% "
           "butter and «Крестьянский» bread excluded"),
        ("икра кеты", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "chum-salmon (кета) caviar — no store names кета caviar («ИКРА КРАСНАЯ», «лососевая» without species, "
           "горбуша and trout caviar are not кета); absent everywhere"),
    ]),
    # fy16
    ("крабовые палочки vici 2 уп, кукуруза бондюэль сладкая, рис круглозерный для салата, огурцы свежие гладкие", [
        ("крабовые палочки vici 2 уп", {
            "pyaterochka": [],
            "magnit": ["4f11f65802"],
            "dixy": ["2000307177"],
            "perekrestok": ["4124683", "3204340", "26084", "2154175", "2154177", "3408151", "4157138",
                            "4112613", "3169222", "4034752"],
        }, "Vici crab sticks of any size, chilled or frozen (incl. «Снежный краб», «с натуральным мясом краба», "
           "«для рулетиков», Vici «Палочки сурими»); Vici crab sticks with sauce filling (Crabe de L’amour), "
           "Vici crab meat (not sticks), Vici fish sticks and other brands' crab sticks excluded"),
        ("кукуруза бондюэль сладкая", {
            "pyaterochka": [],
            "magnit": ["a869e5b9ba", "d2de35fd7c"],
            "dixy": ["2000279948", "DI00079261", "10E0064890"],
            "perekrestok": [],
        }, "Bonduelle canned sweet corn (Bonduelle/БОНДЮЭЛЬ, incl. «Молодая»); other brands' corn, flakes, flour "
           "excluded"),
        ("рис круглозерный для салата", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000219612", "2000292827", "2000180350", "ЦТ0042579", "DI00079260", "2000282743"],
            "perekrestok": ["3231277", "3469128", "3469127", "4332035", "3674360", "3603169"],
        }, "round-grain white rice (titles saying круглозёрный/круглозернистый/«Рис круглый», incl. Италика); "
           "long-grain, plov, parboiled, jasmine and Дикси «Экстра элитный кубанский» (grain shape not stated) "
           "excluded"),
        ("огурцы свежие гладкие", {
            "pyaterochka": [],
            "magnit": ["a228350700"],
            "dixy": ["2000271421"],
            "perekrestok": ["2098997"],
        }, "fresh smooth-skinned cucumbers (titles saying «гладкие»); колючие, длинноплодные, короткоплодные and "
           "unstated fresh cucumbers (variety written), pickled and salted cucumbers excluded"),
    ]),
    # fy17
    ("салат айсберг, помидорки черри 2 упаковки, соус цезарь хайнц, филе куриной грудки 1 кг", [
        ("салат айсберг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Iceberg lettuce — none in any store; absent everywhere"),
        ("помидорки черри 2 упаковки", {
            "pyaterochka": [],
            "magnit": ["e77c4439b1"],
            "dixy": ["2000003231", "2000601471", "2000601472", "2000580827", "2000186544"],
            "perekrestok": ["3373662", "4217379", "11971", "3410591", "3634714", "4381951", "4381952",
                            "4371254"],
        }, "fresh cherry tomatoes of any colour/shape (incl. на ветке, сливовидные, Кумато мини, микс); "
           "marinated or salted cherry tomatoes, vegetable assortments, ketchup «черри» and Теличерри pepper "
           "excluded"),
        ("соус цезарь хайнц", {
            "pyaterochka": [],
            "magnit": ["2766a93ca7"],
            "dixy": [],
            "perekrestok": [],
        }, "Heinz Caesar sauce (Магнит «Соус HEINZ, Цезарь»); the brand Цезарь (пельмени, вареники, пицца, "
           "блинчики) and Caesar sandwiches excluded"),
        ("филе куриной грудки 1 кг", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000180302", "DI00080023", "2000593951", "2000407516", "2000317425"],
            "perekrestok": ["3689116", "3669585", "4242120", "4208844", "3694848", "4323072", "3273915",
                            "3653837", "2173555", "3946764", "4329298", "3191300", "52888", "3362832",
                            "3336397", "3940063", "4312563", "3678985", "3649232", "3609675", "4116904",
                            "4306879", "3034277", "4347498", "3216279"],
        }, "raw chicken breast fillet, chilled (incl. «филе цыплёнка(-бройлера)» taken as breast fillet, «филе "
           "куриное», medallions/малое филе); breast on the bone, «Грудка» Псковская (bone-in), thigh fillet, "
           "marinated fillet, cooked/ready dishes, sausages and a Maggi seasoning excluded; «1 кг» is the "
           "quantity"),
    ]),
    # fy18
    ("холодец, хрен столовый, горчичка русская, язык говяжий", [
        ("холодец", {
            "pyaterochka": ["3320543281"],
            "magnit": ["52535f2730"],
            "dixy": ["2000550793", "2000415933"],
            "perekrestok": [],
        }, "ready холодец / студень (beef or pork); заливное (turkey, «мясо заливное свиных голов»), a "
           "«заливной» cake and холодец-flavoured snacks excluded"),
        ("хрен столовый", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000203670", "2000118860"],
            "perekrestok": [],
        }, "table horseradish (Махеевъ столовый, Главпродукт Русский столовый); mustard «с хреном», pickles with "
           "horseradish and cheese with horseradish excluded"),
        ("горчичка русская", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000187666", "2000531852", "ЦТ0021675"],
            "perekrestok": ["3120635", "4276808", "2143139", "3333328", "3332503", "3333301", "3332502",
                            "3435016", "3372044", "4337617", "4273279", "4229364", "3416298", "2153858"],
        }, "mustard named «Русская» of any brand (incl. ЕЖК Русская зернистая / с хреном / ядрёная); Dijon, "
           "Bavarian, French, grainy and table mustards not called Русская, relish excluded"),
        ("язык говяжий", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["2155"],
        }, "beef tongue (Перекрёсток, defrosted); baby purees with tongue excluded"),
    ]),
    # fy19
    ("оливки фаршированные, сыр hochland для бутербродов, колбаса салями", [
        ("оливки фаршированные", {
            "pyaterochka": ["3255052"],
            "magnit": ["cf7092a62a"],
            "dixy": ["2000307939", "2000307938", "2000349487", "2000557391", "2000557393"],
            "perekrestok": ["4172123", "4095986", "3692529", "3692540", "3692541", "3692542", "88853", "6340",
                            "4102521", "4102520", "4301753", "4077570", "4077571", "3468536", "3628534",
                            "3628535", "3468537", "3628533", "3628536", "4095375"],
        }, "stuffed olives of any filling (lemon, anchovy, salmon, shrimp, cheese/blue cheese, sweet pepper, "
           "jalapeño, ham, sun-dried tomato; Пятёрочка «Оливки зел.с лимон.»; stuffed black Охибланка маслины "
           "included); plain pitted or with stone, olives in marinade/with garlic, «с ароматом голубого сыра» "
           "(flavoured, not stuffed) and olive oil/mayonnaise excluded"),
        ("сыр hochland для бутербродов", {
            "pyaterochka": [],
            "magnit": ["8000052561", "1000500094", "1862400011", "e399631bc4", "1862400009", "ae17955afa",
                       "3392900004", "3392940005", "1000332012"],
            "dixy": ["2000407435"],
            "perekrestok": [],
        }, "any Hochland cheese except cream cheese: processed (сливочный, с ветчиной, Гриль Чиз ломтики, "
           "ассорти) and semi-hard Grünländer; Hochland «творожный» and Фетакса (not cheese by the conventions) "
           "excluded; the purpose is not a filter"),
        ("колбаса салями", {
            "pyaterochka": [],
            "magnit": ["494e727a2c", "47ef8a1460", "6c0ebbb571", "274740067e", "e2e8ea4b7d", "b69bc113b5",
                       "faac9e377e", "48c30df1cf", "d5889cdb3d", "bc94db809e", "6f8b49cfc4", "21cb360c4b",
                       "d5f097ae4c"],
            "dixy": ["2000546175", "2000579172"],
            "perekrestok": ["4095329"],
        }, "salami of any kind (сырокопчёная, полукопчёная, варено-копчёная, Венская, Финская, Итальянская, "
           "нарезка); processed cheese «с салями» excluded"),
    ]),
    # fy20
    ("коньяк 5 звезд, водка хорошая 0.5 2 шт, томатный сок 2 литра", [
        ("коньяк 5 звезд", {
            "pyaterochka": [],
            "magnit": ["22e57207f4", "0aa1d8edbb", "1baca4b629", "240a81ef59", "99fb5aaf95", "bbe932cba5",
                       "55ae7c3a13", "791193d2ba", "7a6f564245", "e78eb3ef59", "bcf3b22da5", "3f98b873b9",
                       "c2f1e4f86f", "3b0562ad53"],
            "dixy": [],
            "perekrestok": [],
        }, "5-year-old brandy sold as коньяк: «5 звезд», «5-летний», «пятилетний» (outside knowledge: the stars "
           "of Russian/Armenian коньяк count the years); 3-, 4-, 7-year-old, КВ/КС, VS/XO/VSOP and бренди "
           "excluded"),
        ("водка хорошая 0.5 2 шт", {
            "pyaterochka": [],
            "magnit": ["32795289f4", "5a09151d49", "f8bb91864d", "5566ab37c4", "f98a033259", "1ecbe55218",
                       "9a3d8b810b", "5d4a3d8744", "eafc6715dd", "73f83e02e5", "483a8735b1", "534137b00f",
                       "090152c9de", "56c2c0738a", "a773f41952", "b96abc4aba"],
            "dixy": [],
            "perekrestok": [],
        }, "plain vodka in 0.5 l bottles (incl. «особая» unflavoured, солодовая, хлебная); flavoured vodkas "
           "(можжевельник, Lemon, кедровая, морозная клюква), grape vodka Кизлярка and other sizes excluded; "
           "«хорошая» is a wish"),
        ("томатный сок 2 литра", {
            "pyaterochka": ["3652920"],
            "magnit": ["9e403e69fb", "135a3b5716", "ced6e1653e", "c31db3f9e2"],
            "dixy": ["2000550671"],
            "perekrestok": ["3612826", "3649437"],
        }, "tomato juice of any brand/size (with or without salt, with pulp; Пятёрочка «Сок Томат прямой "
           "отжим»); «2 литра» is the quantity; tomatoes in tomato juice, detox juice tomato-coriander-pepper, "
           "tomato nectar, pastes and sauces excluded"),
    ]),
    # fy21
    ("чипсы lays сметана и лук, пицца заморож 2 шт, пломбир ванильный, лимонад черноголовка 1.5", [
        ("чипсы lays сметана и лук", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000568012", "ЦТ0044994", "2000330912"],
            "perekrestok": [],
        }, "Lay's chips flavour «Сметана и лук» (plain and рифлёные, any size); other flavours (Сметана и "
           "зелень, Молодой зелёный лук, Белые грибы со сметаной) and the mixed 37 g «Зелёный лук/Сметана и "
           "зелень/Краб» excluded"),
        ("пицца заморож 2 шт", {
            "pyaterochka": ["3482556"],
            "magnit": ["6ac714280b", "a3ef730a3c", "2fa3e5ac5d"],
            "dixy": [],
            "perekrestok": ["4216530", "4327678"],
        }, "frozen pizza (Dr.Oetker Ristorante, Ла Траттория, Цезарь, Zotman Ice, Перекрёсток «Римская» Market "
           "Collection — taken as frozen by the brands, outside knowledge); Чебупицца, pizza sauces/cheese "
           "excluded"),
        ("пломбир ванильный", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000425012", "2000403833", "2000602331", "2000292043", "2000404884"],
            "perekrestok": ["3603592", "4210656", "4289045", "4208997", "4035404", "3370940", "73965",
                            "2020557", "4057826", "4152236", "4154396", "4298191", "4053323", "3495928",
                            "3693306", "3975059", "4069595", "3680631", "3955964", "3334702"],
        }, "vanilla plombir ice cream (cup, cone, brick, tub) whose title says ваниль/ванильный; plombir with "
           "glaze, chocolate crumbs, raisins, nuts, other flavours, plain plombir without vanilla stated, and "
           "plombir-flavoured yoghurts/drinks excluded"),
        ("лимонад черноголовка 1.5", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": [],
        }, "Черноголовка «Лимонад» in a 1.5 l bottle — Черноголовка lemonades exist only as 0.5–2 l "
           "Байкал/Буратино/Дюшес/Тархун/Лимон (other flavours) and none at 1.5 l; absent everywhere"),
    ]),
    # fy22
    ("пирожные, сливки 33% 2 пачки, клубника свежая", [
        ("пирожные", {
            "pyaterochka": ["3358963", "3276703", "2143824", "3643842"],
            "magnit": ["3112081002", "2f2c23432d", "ac28fdabe7", "1000395106", "1000479223", "4d1d70c5a8",
                       "cc28f2014d", "b957ea15ff", "3a53d94c95", "0e65fbf1c1", "5500238e96", "3d3a54177f",
                       "a7b8a40db2", "cca6694fbc", "b29610c3c0"],
            "dixy": ["2000574151", "2000348394", "2000569251"],
            "perekrestok": ["53715", "53713", "53710", "3492437", "4169719", "78031846", "78031843", "78031840",
                            "78032696", "78035124", "4158543", "4169722"],
        }, "any pastries sold as «пирожное/пирожные» (Медвежонок Барни, Kinder ломтик, эклер, профитроли, "
           "корзиночка, макарон, медовик…); Чудо сырок «вишнёвое пирожное» and protein «пирожное» ProteinRex "
           "excluded"),
        ("сливки 33% 2 пачки", {
            "pyaterochka": [],
            "magnit": ["1000299287", "8000056173"],
            "dixy": [],
            "perekrestok": ["44799"],
        }, "cream of exactly 33% (whipping and sterilised); 10/11/20% cream and vegetable/coconut cream excluded"),
        ("клубника свежая", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["4097821", "4183392", "3697994"],
        }, "fresh strawberries; strawberries in syrup, frozen, dried, jams and strawberry-flavoured goods "
           "excluded"),
    ]),
    # fy23
    ("шпроты рижские, хлебцы к икре, сыр плавленный", [
        ("шпроты рижские", {
            "pyaterochka": [],
            "magnit": ["861990d37c", "cb3b169ef1", "1bdba960f3", "3382c3c046"],
            "dixy": [],
            "perekrestok": [],
        }, "sprats in oil — «рижские» taken as the classic sprats in oil (no Latvian product is sold; the phrase "
           "is generic — outside knowledge); sprats with jalapeño excluded"),
        ("хлебцы к икре", {
            "pyaterochka": [],
            "magnit": ["e1b6951c6f", "c5594dc288", "b072d79d11", "8cfe71c65b", "eb4308a4fa"],
            "dixy": ["2000136520"],
            "perekrestok": ["4101075", "4263823", "4050645"],
        }, "crispbreads of any grain; sweet crispbreads (caramel, cranberry, strawberry-banana, prunes-raisins, "
           "ФрутоНяня apple) excluded as they do not go with caviar"),
        ("сыр плавленный", {
            "pyaterochka": [],
            "magnit": ["8000038108", "1000578839", "8000052561", "1000500094", "1862400011", "e399631bc4",
                       "1862400009", "ae17955afa", "3392900004", "3392940005", "1891200068", "1891200043",
                       "1891200088", "1891200042", "1000270511", "1000517493", "1000270513", "1000193098",
                       "1000270504", "09f119dd16", "1000227071", "1000228952", "76fa471ae2", "8238ed932b",
                       "8000038138"],
            "dixy": ["2000319790", "2000541172"],
            "perekrestok": [],
        }, "processed cheese (плавленый сыр) of any brand/flavour; «плавленый продукт» (not cheese), Фетакса and "
           "Viola chocolate processed cheese (a sweet spread) excluded"),
    ]),
    # fy24
    ("грибочки маринованные, сало солёное, водочка самая дешевая", [
        ("грибочки маринованные", {
            "pyaterochka": [],
            "magnit": ["e0085ba521"],
            "dixy": ["2000555752"],
            "perekrestok": ["2151924", "4128563", "4268555", "3661126", "4289825"],
        }, "marinated mushrooms of any kind (шампиньоны, белые); mushroom «икра», canned mushrooms not stated "
           "marinated (Pucci, Lutik, Bonduelle Classique), salted mushrooms, Korean mushroom salad, fresh/frozen "
           "mushrooms excluded"),
        ("сало солёное", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": ["2000601572"],
            "perekrestok": ["4280740"],
        }, "salted pork fat: Дикси «Шпик бутербродный с чесноком» and Перекрёсток «Сало из свиного шпика с "
           "черным перцем и чесноком» (both salted lard — outside knowledge); smoked fat and a hair dye "
           "«Марсала» excluded"),
        ("водочка самая дешевая", {
            "pyaterochka": [],
            "magnit": ["32795289f4", "44eddf9c93", "5a09151d49", "36a3390683", "f8bb91864d", "5566ab37c4",
                       "f98a033259", "3efd9c7544", "1ecbe55218", "9a3d8b810b", "5d4a3d8744", "eafc6715dd",
                       "73f83e02e5", "483a8735b1", "d53928992f", "534137b00f", "090152c9de", "56c2c0738a",
                       "a773f41952", "ec5692e08e", "b96abc4aba", "1636091191", "9b40ea11bf", "14a1b27e63",
                       "c9634f2599"],
            "dixy": [],
            "perekrestok": [],
        }, "plain vodka of any size (Магнит; Дикси's only vodka is flavoured); flavoured vodkas and Кизлярка "
           "grape vodka excluded; «самая дешевая» is a wish"),
    ]),
    # fy25
    ("филе трески, креветки королевские варено-мороженые, басмати", [
        ("филе трески", {
            "pyaterochka": [],
            "magnit": ["f7e065c834"],
            "dixy": [],
            "perekrestok": [],
        }, "cod fillet (Магнит frozen fillet without skin); cod liver, cod roe, cod semi-product (not fillet), "
           "fish triangles and pelmeni excluded"),
        ("креветки королевские варено-мороженые", {
            "pyaterochka": [],
            "magnit": ["daa53ea23d", "d757ba985f"],
            "dixy": ["2000595631"],
            "perekrestok": ["3464112", "3420956", "3331822", "4269762"],
        }, "king prawns stated cooked-frozen (варено-мороженые, shell-on or peeled); king prawns raw-frozen or "
           "with state not written (Мореслав, Нортон, «королевские 50/70 замороженные», Polar сыромороженые), "
           "northern/Argentine/tiger shrimps excluded"),
        ("басмати", {
            "pyaterochka": [],
            "magnit": [],
            "dixy": [],
            "perekrestok": ["3635865", "4254250", "3634155"],
        }, "basmati rice of any brand (incl. Селла, Увелка in bags); other rice excluded"),
    ]),
]


if __name__ == "__main__":
    stats(build(LISTS, OFFERS, OUT, "fy"))
